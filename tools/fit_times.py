"""Set each lesson's **Time:** line to its estimate, rounded up to five minutes (a maintainer's step after a rewrite).

    python tools/fit_times.py [NN ...]      # then: python tools/course.py navigation

Only the numbers change; the capstone's "N minutes in class" line keeps its words.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tools import course  # noqa: E402


def up_to_five(minutes: float) -> int:
    return int(5 * math.ceil(minutes / 5))


def main(argv: list[str]) -> int:
    for path in course.lesson_paths(course.LESSONS):
        if argv and path.name[:2] not in argv:
            continue
        lesson, exercises = (up_to_five(x) for x in course.estimated_minutes(path.name))
        notebook = course.read(path)
        cell = course.opening_cell(notebook, path)
        text = course.source(cell)
        if course.stated_minutes(path):
            total = lesson + exercises
            text = re.sub(
                r"^(\*\*Time:\*\*\s*)\d+ minutes \(\d+ for the ([a-z ]+), \d+ for the exercises\)",
                rf"\g<1>{total} minutes ({lesson} for the \2, {exercises} for the exercises)",
                text,
                flags=re.MULTILINE,
            )
        else:
            text = re.sub(
                r"^(\*\*Time:\*\*\s*)\d+( minutes in class)",
                rf"\g<1>{up_to_five(lesson + exercises)}\2",
                text,
                flags=re.M,
            )
        cell.source = text
        course.write(notebook, path)
        print(f"{path.name}: {course.source(cell).split('**Time:**')[1].splitlines()[0].strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
