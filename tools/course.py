"""Build the course's notebooks: navigation, outputs and exercises, from one source.

Usage (from the project root, in the project's environment):

    python tools/course.py build        # the four steps below, in order
    python tools/course.py figures      # measure the course's figures into data/figures.json; fill documents' markers
    python tools/course.py navigation   # rewrite navigation cells, contents and README course map
    python tools/course.py execute [NOTEBOOK ...]  # run notebooks/ and solutions/ in place
    python tools/course.py exercises    # generate exercises/ from solutions/
    python tools/course.py check        # fail if anything above is out of date (no kernel needed)
    python tools/course.py times        # each lesson's time estimated from its material, beside the time it states
    python tools/course.py claims       # unmarked sentences that look like claims about the articles, for review
    python tools/course.py site         # the course as a website in build/site/ (tools/site.py; --help for options)

What each step owns:

* figures: ``data/figures.json``'s course figures (``tools/course_figures.py``) and the text between every
  ``<!--fig:ID-->`` and ``<!--/fig-->`` marker of the documents (``framing.figures``).

* navigation: the first and last cell of every notebook in notebooks/ and
  solutions/ (marked ``<!--NAVIGATION-->``), the file notebooks/00-contents.ipynb
  and the course map in README.md between ``<!-- COURSE MAP -->`` markers. Titles,
  framing questions and times come from each lesson's opening cell.
* execute: the outputs stored in notebooks/ and solutions/.
* exercises: the whole of exercises/, made from solutions/: code between
  ``### BEGIN SOLUTION`` and ``### END SOLUTION`` becomes a stub, prose between
  ``<!-- BEGIN SOLUTION -->`` and ``<!-- END SOLUTION -->`` becomes a prompt, and
  outputs are removed.
"""

from __future__ import annotations

import argparse
import copy
import os
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import nbformat

from framing.jupyter_hooks import COURSE_KERNEL, STORED_LANGUAGE_INFO

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `tools` and `framing` importable from this checkout
    sys.path.insert(0, str(ROOT))
LESSONS, SOLUTIONS, EXERCISES = (ROOT / "notebooks", ROOT / "solutions", ROOT / "exercises")
CONTENTS_NAME = "00-contents.ipynb"
NAV_MARK = "<!--NAVIGATION-->"
MAP_START, MAP_END = "<!-- COURSE MAP START -->", "<!-- COURSE MAP END -->"
CODE_BEGIN, CODE_END = "### BEGIN SOLUTION", "### END SOLUTION"
PROSE_BEGIN, PROSE_END = "<!-- BEGIN SOLUTION -->", "<!-- END SOLUTION -->"
CODE_STUB = [
    "# YOUR CODE HERE: write it here (or use the fill-in version above), and delete the line below",
    'raise NotImplementedError("Fill in the blanks (____) above, remove the # in front of those lines, '
    'and delete this line")',
]
PROSE_STUB = "*Write your answer here.*"
LESSON_NAME = re.compile(r"^\d{2}-[a-z0-9-]+\.ipynb$")
SUFFIXES = {"notebooks": "", "exercises": "-exercises", "solutions": "-solutions"}
"""What each folder adds to a lesson's file name, so that a lesson, its exercises and its worked answers never open
as three tabs with one name: ``03-sentiment.ipynb``, ``03-sentiment-exercises.ipynb``,
``03-sentiment-solutions.ipynb``."""
TOOLKIT_NAME = "00-toolkit.ipynb"
TOOLKIT_REFERENCE = re.compile(r"\(Toolkit, section (\d+): ([^)]+)\)")
"""How an exercise's hint names the toolkit section it needs: ``(Toolkit, section 5: Filtering rows)``."""


class CourseError(Exception):
    """A notebook does not follow the course conventions; the message says where."""


@dataclass(frozen=True)
class Lesson:
    path: Path
    title: str
    question: str
    time: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def number(self) -> str:
        return self.path.name[:2]


def source(cell) -> str:
    return cell.source if isinstance(cell.source, str) else "".join(cell.source)


def read(path: Path):
    return nbformat.read(path, as_version=4)


def write(notebook, path: Path) -> None:
    text = nbformat.writes(notebook) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def course_settings() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["tool"]["course"]


def binder_url(relative_path: str) -> str:
    settings = course_settings()
    return (
        f"https://mybinder.org/v2/gh/{settings['binder_repository']}/{settings['binder_ref']}"
        f"?urlpath=lab/tree/{relative_path}"
    )


def site_url() -> str:
    """Where the course website is published (GitHub Pages of ``binder_repository``)."""
    owner, name = course_settings()["binder_repository"].split("/")
    return f"https://{owner}.github.io/{name}/"


def hub_link() -> str:
    """An nbgitpuller link that copies the course into a hub account and opens its contents (``YOUR-HUB`` to fill)."""
    from urllib.parse import quote

    settings = course_settings()
    repository = settings["binder_repository"]
    name = repository.split("/")[1]
    return (
        f"https://YOUR-HUB/hub/user-redirect/git-pull?repo={quote('https://github.com/' + repository, safe='')}"
        f"&branch={settings['default_branch']}&urlpath={quote(f'lab/tree/{name}/notebooks/{CONTENTS_NAME}', safe='')}"
    )


def lesson_paths(folder: Path = LESSONS) -> list[Path]:
    """The lesson notebooks of a folder (notebooks/, exercises/ or solutions/), in order."""
    suffix = SUFFIXES.get(folder.name, "")
    return sorted(
        p
        for p in folder.glob("*.ipynb")
        if LESSON_NAME.match(p.name) and p.name != CONTENTS_NAME and p.stem.endswith(suffix)
    )


def lesson_name(path: Path | str) -> str:
    """The lesson a notebook of any folder belongs to, as its file name in notebooks/ (``03-sentiment.ipynb``).

    >>> lesson_name("solutions/03-sentiment-solutions.ipynb"), lesson_name("exercises/03-sentiment-exercises.ipynb")
    ('03-sentiment.ipynb', '03-sentiment.ipynb')
    """
    stem = Path(path).stem
    for suffix in ("-exercises", "-solutions"):
        if stem.endswith(suffix):
            return stem[: -len(suffix)] + ".ipynb"
    return stem + ".ipynb"


def companion(name: Path | str, folder: Path) -> Path:
    """The notebook of lesson ``name`` (a file name from any folder) in ``folder``: the lesson, exercises or solutions.

    >>> companion("03-sentiment.ipynb", SOLUTIONS).name
    '03-sentiment-solutions.ipynb'
    """
    return folder / (Path(lesson_name(name)).stem + SUFFIXES[folder.name] + ".ipynb")


def toolkit_sections(path: Path | None = None) -> dict[int, str]:
    """The toolkit's numbered sections, from its ``## N. Name`` headings: {number: name}."""
    sections = {}
    for cell in read(path or LESSONS / TOOLKIT_NAME).cells:
        if cell.cell_type == "markdown":
            for number, name in re.findall(r"^## (\d+)\. (.+?)\s*$", source(cell), re.MULTILINE):
                sections[int(number)] = name
    return sections


def opening_cell(notebook, path: Path):
    for cell in notebook.cells:
        if cell.cell_type == "markdown" and not source(cell).startswith(NAV_MARK):
            return cell
    raise CourseError(f"{path}: no opening markdown cell")


def read_lesson(path: Path) -> Lesson:
    text = source(opening_cell(read(path), path))
    fields = {}
    for key, pattern in (
        ("title", r"^# (.+)$"),
        ("question", r"^\*\*Framing question:\*\*\s*(.+)$"),
        ("time", r"^\*\*Time:\*\*\s*(.+)$"),
    ):
        match = re.search(pattern, text, re.MULTILINE)
        if not match:
            raise CourseError(f"{path}: the opening cell has no line matching {pattern!r}")
        fields[key] = re.sub(r"\s*<!--.*?-->", "", match.group(1)).strip()  # claim marks stay in the lesson
    return Lesson(path, **fields)


def nav_cell(text: str):
    return nbformat.v4.new_markdown_cell(f"{NAV_MARK}\n{text}")


def _link(lesson: Lesson | None, prefix: str, arrow: str) -> str:
    if lesson is None:
        return ""
    return (
        f"[{arrow} {lesson.title}]({prefix}{lesson.name})"
        if arrow == "<"
        else f"[{lesson.title} {arrow}]({prefix}{lesson.name})"
    )


def navigation_for(folder: Path, lessons: list[Lesson], position: int) -> tuple[str, str]:
    """The top and bottom navigation text of lesson ``position`` in ``folder``."""
    lesson = lessons[position]
    previous = lessons[position - 1] if position > 0 else None
    following = lessons[position + 1] if position + 1 < len(lessons) else None
    exercise = f"../exercises/{companion(lesson.name, EXERCISES).name}"
    if folder == LESSONS:
        badge = f"[![Open in Binder](https://mybinder.org/badge_logo.svg)]({binder_url('notebooks/' + lesson.name)})"
        links = " | ".join(
            filter(None, [_link(previous, "", "<"), f"[Contents]({CONTENTS_NAME})", _link(following, "", ">")])
        )
        top = f"{badge} {links}"
        after = (
            f"**Next:** [{following.title}]({following.name})"
            if following
            else f"**Next:** this is the last lesson so far; go back to the [contents]({CONTENTS_NAME})."
        )
        answers = f"../solutions/{companion(lesson.name, SOLUTIONS).name}"
        practise = f"**Practise:** [exercises for this lesson]({exercise}) (answers in [solutions]({answers}))."
        bottom = f"{practise}\n\n{after}\n\n{links}"
        return top, bottom
    launch = binder_url("exercises/" + companion(lesson.name, EXERCISES).name)
    badge = f"[![Open the exercises in Binder](https://mybinder.org/badge_logo.svg)]({launch})"
    links = f"[< Back to the lesson](../notebooks/{lesson.name}) | [Contents](../notebooks/{CONTENTS_NAME})"
    if following:
        links += f" | [Next lesson: {following.title} >](../notebooks/{following.name})"
    return f"{badge} {links}", links


def set_navigation(notebook, top: str, bottom: str) -> None:
    cells = [
        cell for cell in notebook.cells if not (cell.cell_type == "markdown" and source(cell).startswith(NAV_MARK))
    ]
    first, last = nav_cell(top), nav_cell(bottom)
    for cell, role in ((first, "top"), (last, "bottom")):
        cell["id"] = f"navigation-{role}"
    notebook.cells = [first, *cells, last]


def contents_notebook(lessons: list[Lesson]):
    table = course_map(lessons)
    text = (
        "# Same Story, Five Frames: contents\n\n"
        "Five articles about one event, Iranian President Masoud Pezeshkian's first foreign trip (to Iraq, "
        "September 2024), compared step by step. Work through the lessons in order; each ends with exercises.\n\n"
        f"{table}\n\n"
        "Each lesson has an exercise notebook in `exercises/` (`NN-name-exercises.ipynb`) and worked answers in "
        "`solutions/` (`NN-name-solutions.ipynb`). "
        "The articles and their documentation are in `data/` ([data/README.md](../data/README.md))."
    )
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_markdown_cell(text)
    cell["id"] = "contents"
    notebook.cells = [cell]
    notebook.metadata = {"kernelspec": dict(COURSE_KERNEL), "language_info": dict(STORED_LANGUAGE_INFO)}
    return notebook


def course_map(lessons: list[Lesson]) -> str:
    rows = ["| Lesson | The question it answers | Time | Exercises |", "|---|---|---|---|"]
    for lesson in lessons:
        rows.append(
            f"| [{lesson.title}]({lesson.name}) | {lesson.question} | {lesson.time} | "
            f"[exercises](../exercises/{companion(lesson.name, EXERCISES).name}) |"
        )
    return "\n".join(rows)


def readme_with_map(readme: str, lessons: list[Lesson]) -> str:
    if MAP_START not in readme or MAP_END not in readme:
        raise CourseError(f"README.md: the course map markers {MAP_START} and {MAP_END} are missing")
    rows = ["| Lesson | The question it answers | Time | Launch |", "|---|---|---|---|"]
    for lesson in lessons:
        rows.append(
            f"| [{lesson.title}](notebooks/{lesson.name}) | {lesson.question} | {lesson.time} | "
            f"[Binder]({binder_url('notebooks/' + lesson.name)}) |"
        )
    readme = re.sub(
        r"\(https://mybinder\.org/v2/gh/[^)]*?urlpath=lab/tree/notebooks/" + re.escape(CONTENTS_NAME) + r"\)",
        f"({binder_url('notebooks/' + CONTENTS_NAME)})",
        readme,
    )
    head, rest = readme.split(MAP_START, 1)
    _, tail = rest.split(MAP_END, 1)
    readme = f"{head}{MAP_START}\n" + "\n".join(rows) + f"\n{MAP_END}{tail}"
    readme = _between(
        readme, "<!-- SITE LINK START -->", "<!-- SITE LINK END -->", f"[the course website]({site_url()})"
    )
    return _between(readme, "<!-- HUB LINK START -->", "<!-- HUB LINK END -->", f"\n```text\n{hub_link()}\n```\n")


def _between(text: str, start: str, end: str, content: str) -> str:
    """``text`` with what stands between the markers ``start`` and ``end`` replaced by ``content``."""
    if start not in text or end not in text:
        raise CourseError(f"README.md: the markers {start} and {end} are missing")
    head, rest = text.split(start, 1)
    return f"{head}{start}{content}{end}{rest.split(end, 1)[1]}"


CAPSTONE_TIME = re.compile(r"^\*\*Time:\*\*\s*(\d+) minutes in class", re.MULTILINE)


def in_class_minutes(path: Path) -> int | None:
    """The in-class minutes a capstone states ("N minutes in class ..."), or None."""
    match = CAPSTONE_TIME.search(source(opening_cell(read(path), path)))
    return int(match.group(1)) if match else None


def guide_with_times(guide: str, lessons: list[Lesson]) -> str:
    """INSTRUCTORS.md with its table at a glance's Time column and its session plans written from the lessons."""
    from tools import schedules

    times, capstone, toolkit, glance = [], None, None, {}
    for lesson in lessons:
        stated = stated_minutes(lesson.path)
        if lesson.number == "00" and stated:
            toolkit = stated[0]
            glance[lesson.title] = (stated, "toolkit")
        elif stated:
            times.append(schedules.LessonTime(lesson.number, stated[1], stated[2]))
            glance[lesson.title] = (stated, "lesson")
        else:
            capstone = in_class_minutes(lesson.path)
            glance[lesson.title] = ((capstone,), "in class")
    if capstone is None or toolkit is None:
        raise CourseError("INSTRUCTORS.md: the plans need the toolkit's time and the capstone's time in class")
    head, rest = guide.split(schedules.GLANCE_START, 1) if schedules.GLANCE_START in guide else (guide, "")
    if rest:
        block, tail = rest.split(schedules.GLANCE_END, 1)
        rows = []
        for row in block.strip("\n").split("\n"):
            cells = row.split(" | ")
            title = cells[0].lstrip("| ").strip()
            if title in glance and len(cells) > 1:
                numbers, word = glance[title]
                if word == "in class":
                    cells[1] = re.sub(r"^\d+ min", f"{numbers[0]} min", cells[1])
                else:
                    cells[1] = schedules.glance_time(cells[1], *numbers, word)
            rows.append(" | ".join(cells))
        guide = f"{head}{schedules.GLANCE_START}\n" + "\n".join(rows) + f"\n{schedules.GLANCE_END}{tail}"
    return schedules.replace_between(
        guide,
        schedules.SCHEDULES_START,
        schedules.SCHEDULES_END,
        schedules.schedules(times, capstone, toolkit),
        "INSTRUCTORS.md",
    )


def build_navigation() -> list[Path]:
    """Return the files whose navigation changed (after writing them)."""
    return _navigation(write_files=True)


def _update(path: Path, expected: str, write_files: bool, changed: list[Path]) -> None:
    """Note ``path`` as changed when its text is not ``expected``, and write it if asked."""
    if not path.exists() or path.read_text(encoding="utf-8") != expected:
        changed.append(path)
        if write_files:
            path.write_text(expected, encoding="utf-8")


def _navigation(write_files: bool) -> list[Path]:
    lessons = [read_lesson(path) for path in lesson_paths()]
    changed: list[Path] = []
    for folder in (LESSONS, SOLUTIONS):
        for position, lesson in enumerate(lessons):
            path = companion(lesson.name, folder)
            if not path.exists():
                raise CourseError(f"{path}: missing; every lesson needs a solutions notebook named after it")
            notebook = read(path)
            set_navigation(notebook, *navigation_for(folder, lessons, position))
            _update(path, nbformat.writes(notebook) + "\n", write_files, changed)
    _update(LESSONS / CONTENTS_NAME, nbformat.writes(contents_notebook(lessons)) + "\n", write_files, changed)
    guide_path = ROOT / "INSTRUCTORS.md"
    if guide_path.exists():
        guide = guide_path.read_text(encoding="utf-8")
        _update(guide_path, guide_with_times(guide, lessons), write_files, changed)
    readme_path = ROOT / "README.md"
    _update(readme_path, readme_with_map(readme_path.read_text(encoding="utf-8"), lessons), write_files, changed)
    return changed


def strip_code_solution(text: str, where: str) -> str:
    """Replace each BEGIN/END SOLUTION block of a code cell by a stub, keeping its indentation."""
    lines, result, inside, indent = text.split("\n"), [], False, ""
    for line in lines:
        stripped = line.strip()
        if stripped == CODE_BEGIN:
            if inside:
                raise CourseError(f"{where}: {CODE_BEGIN} inside another solution block")
            inside, indent = True, line[: len(line) - len(line.lstrip())]
            result.extend(indent + stub for stub in CODE_STUB)
        elif stripped == CODE_END:
            if not inside:
                raise CourseError(f"{where}: {CODE_END} without {CODE_BEGIN}")
            inside = False
        elif not inside:
            result.append(line)
    if inside:
        raise CourseError(f"{where}: {CODE_BEGIN} without {CODE_END}")
    return "\n".join(result)


def strip_prose_solution(text: str, where: str) -> str:
    """Replace each BEGIN/END SOLUTION block of a markdown cell by a prompt."""
    if text.count(PROSE_BEGIN) != text.count(PROSE_END):
        raise CourseError(f"{where}: {PROSE_BEGIN} and {PROSE_END} do not pair up")
    pattern = re.compile(re.escape(PROSE_BEGIN) + r".*?" + re.escape(PROSE_END), re.DOTALL)
    return pattern.sub(PROSE_STUB, text)


def exercise_from_solution(solution, path: Path, lessons: list[Lesson] | None = None):
    """The exercise notebook made from a solution notebook: answers removed, outputs cleared."""
    exercise = copy.deepcopy(solution)
    blanks = 0
    for number, cell in enumerate(exercise.cells):
        where = f"{path} cell {number}"
        text = source(cell)
        if cell.cell_type == "code":
            new = strip_code_solution(text, where)
            cell.outputs, cell.execution_count = [], None
            cell.metadata.pop("execution", None)
        elif cell.cell_type == "markdown":
            new = strip_prose_solution(text, where)
        else:
            continue
        blanks += new != text
        cell.source = new
    if blanks == 0:
        raise CourseError(
            f"{path}: no solution blocks; mark answers with {CODE_BEGIN} / {CODE_END} or {PROSE_BEGIN} / {PROSE_END}"
        )
    for cell in exercise.cells:
        if cell.cell_type == "markdown" and not source(cell).startswith(NAV_MARK):
            cell.source = re.sub(r"\A# Solutions ", "# Exercises ", source(cell))
            break
    exercise.metadata.pop("widgets", None)
    return exercise


def expected_exercises() -> dict[Path, str]:
    result = {}
    for path in lesson_paths(SOLUTIONS):
        exercise = exercise_from_solution(read(path), path)
        result[companion(path.name, EXERCISES)] = nbformat.writes(exercise) + "\n"
    return result


def build_exercises() -> list[Path]:
    changed = []
    expected = expected_exercises()
    EXERCISES.mkdir(exist_ok=True)
    for path, text in expected.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    for stale in set(EXERCISES.glob("*.ipynb")) - set(expected):
        stale.unlink()
        changed.append(stale)
    return changed


def stale_exercises() -> list[Path]:
    expected = expected_exercises()
    stale = [path for path, text in expected.items() if not path.exists() or path.read_text(encoding="utf-8") != text]
    stale += sorted(set(EXERCISES.glob("*.ipynb")) - set(expected))
    return stale


READING_WORDS_PER_MINUTE = 150
"""Reading speed for lesson prose: a careful reader, new to the subject (issue 15)."""
MINUTES_PER_CODE_CELL = 1
"""Running a cell (its output is counted apart, below)."""
OUTPUT_WORDS_PER_MINUTE = 200
"""Reading what the cells print: tables of sentences, reports, chart descriptions. A little faster than prose, since
a student scans a table for the rows the prose points at (issue 'Every statement true, round 3')."""
MINUTES_PER_CHART = 1
"""Looking at a chart, beyond reading its printed description."""
MINUTES_PER_WORKED_FORMULA = 2
"""Working through a displayed formula (a ``$$ ... $$`` block) with the numbers the lesson gives."""
MINUTES_PER_DISCUSSION_QUESTION = 4
"""The discussion allowance: minutes for each numbered question of a lesson's *Your turn*, talked over in class or
thought through alone."""
TIME_MARGIN = 0.15
"""A stated time may fall short of the estimate by this share before the time test fails: an estimate is a formula,
and a few words added to a lesson should not fail the suite (``python tools/course.py times`` warns before then)."""
MINUTES_PER_CODE_EXERCISE = 5
MINUTES_PER_WRITTEN_ANSWER = 4
"""A novice's time for one coding exercise and one written answer (a trial of lesson 06's exercises took 31 minutes
for three coding exercises, three written answers and a headline to write)."""
STATED_TIME = re.compile(
    r"^\*\*Time:\*\*\s*(\d+) minutes \((\d+) for the [a-z ]+, (\d+) for the exercises\)", re.MULTILINE
)


def _reading_words(text: str) -> int:
    """Words a student reads in a markdown cell: HTML comments (claim and figure marks), link targets and URLs are not
    read; code spans count as one word."""
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"https?://\S+", "", text)
    return len(re.sub(r"`[^`]*`", " x ", text).split())


def output_words(cell) -> int:
    """Words a student reads in a code cell's stored outputs: printed text, and a table's text (HTML tags left out)."""
    words = 0
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            words += len("".join(output.get("text", "")).split())
            continue
        data = output.get("data", {})
        if "text/html" in data:
            html = "".join(data["text/html"])
            html = re.sub(r"<style.*?</style>", " ", html, flags=re.DOTALL)
            words += len(re.sub(r"<[^>]+>", " ", html).split())
        elif "text/plain" in data and "image/png" not in data:
            words += len("".join(data["text/plain"]).split())
    return words


OPTIONAL_SECTION = re.compile(r"^##+ .*\bOptional\b.*?\b(\d+) minutes\b", re.IGNORECASE)
"""The heading of a section a class may skip, with its own time ("## 6. Optional, 10 minutes: ...", "## Optional:
how the extractor works (15 minutes)"): the lesson's estimate leaves its cells out, and the heading's minutes say
what it takes (issue 25: move what overfills a lesson into its exercises or an optional section)."""


def core_cells(cells) -> tuple[list, int]:
    """The cells of a lesson outside its optional sections (``OPTIONAL_SECTION``: from such a heading to the next
    heading of the same or a higher level), and the minutes the optional sections state."""
    kept, optional_minutes, inside = [], 0, None
    for cell in cells:
        text = source(cell)
        heading = re.match(r"^(#+) ", text) if cell.cell_type == "markdown" else None
        if heading and inside is not None and len(heading[1]) <= inside:
            inside = None
        found = OPTIONAL_SECTION.match(text) if cell.cell_type == "markdown" else None
        if found:
            inside, optional_minutes = len(re.match(r"^(#+)", text)[1]), optional_minutes + int(found[1])
        if inside is None:
            kept.append(cell)
    return kept, optional_minutes


def _discussion_questions(cells) -> int:
    """The numbered questions of a lesson's *Your turn* section."""
    for cell in cells:
        text = source(cell)
        if cell.cell_type == "markdown" and "## Your turn" in text:
            section = text.split("## Your turn", 1)[1].split("\n## ", 1)[0]
            return len(re.findall(r"^\d+\. ", section, re.MULTILINE))
    return 0


@dataclass(frozen=True)
class TimeEstimate:
    """A lesson's minutes by what fills them (see ``estimated_minutes``)."""

    prose: float
    outputs: float
    cells: float
    charts: float
    formulas: float
    discussion: float
    exercises: float
    optional: int = 0
    """Minutes the lesson's optional sections state (not in ``lesson``)."""

    @property
    def lesson(self) -> int:
        return round(self.prose + self.outputs + self.cells + self.charts + self.formulas + self.discussion)


def estimate(name: str) -> TimeEstimate:
    """Minutes lesson ``name`` needs, by what fills them.

    The lesson: its prose at ``READING_WORDS_PER_MINUTE``; the words its stored outputs show at
    ``OUTPUT_WORDS_PER_MINUTE``; ``MINUTES_PER_CODE_CELL`` per code cell; ``MINUTES_PER_CHART`` per chart;
    ``MINUTES_PER_WORKED_FORMULA`` per displayed formula; and ``MINUTES_PER_DISCUSSION_QUESTION`` per *Your turn*
    question. The exercises: the exercise notebook's prose (answers removed) at the same speed, plus
    ``MINUTES_PER_CODE_EXERCISE`` per coding exercise and ``MINUTES_PER_WRITTEN_ANSWER`` per written answer.
    Navigation cells are not counted, nor the cells of an optional section (``core_cells``): its heading states its
    own minutes, kept in ``optional``.
    """
    lesson, solution = read(LESSONS / name), read(companion(name, SOLUTIONS))
    cells, optional = core_cells(lesson.cells)

    def prose(cells) -> int:
        return sum(
            _reading_words(source(c)) for c in cells if c.cell_type == "markdown" and not source(c).startswith(NAV_MARK)
        )

    code = [c for c in cells if c.cell_type == "code"]
    charts = sum("image/png" in o.get("data", {}) for c in code for o in c.get("outputs", []))
    formulas = sum(source(c).count("$$") // 2 for c in cells if c.cell_type == "markdown")
    coding = sum(c.cell_type == "code" and CODE_BEGIN in source(c) for c in solution.cells)
    written = sum(c.cell_type == "markdown" and PROSE_BEGIN in source(c) for c in solution.cells)
    exercise = exercise_from_solution(solution, companion(name, SOLUTIONS))
    return TimeEstimate(
        prose=prose(cells) / READING_WORDS_PER_MINUTE,
        outputs=sum(output_words(c) for c in code) / OUTPUT_WORDS_PER_MINUTE,
        cells=MINUTES_PER_CODE_CELL * len(code),
        charts=MINUTES_PER_CHART * charts,
        formulas=MINUTES_PER_WORKED_FORMULA * formulas,
        discussion=MINUTES_PER_DISCUSSION_QUESTION * _discussion_questions(lesson.cells),
        exercises=prose(exercise.cells) / READING_WORDS_PER_MINUTE
        + MINUTES_PER_CODE_EXERCISE * coding
        + MINUTES_PER_WRITTEN_ANSWER * written,
        optional=optional,
    )


def estimated_minutes(name: str) -> tuple[int, int]:
    """Minutes a lesson needs, estimated from its material: (lesson, exercises); see ``estimate``."""
    found = estimate(name)
    return found.lesson, round(found.exercises)


def stated_minutes(path: Path) -> tuple[int, int, int] | None:
    """The (total, lesson, exercises) minutes a lesson's opening states, or None if it states them otherwise."""
    match = STATED_TIME.search(source(opening_cell(read(path), path)))
    return tuple(int(x) for x in match.groups()) if match else None


def coalesced_streams(outputs: list) -> list:
    """The outputs with each run of stream outputs of one name (stdout, stderr) joined into one, as the kernel meant
    them: a print can reach the notebook in two messages ("text" and then its newline) when the kernel flushes between
    them, which would make two runs store different files.

    >>> parts = [nbformat.v4.new_output("stream", name="stdout", text=t) for t in ("a", "\\n", "b\\n")]
    >>> [(o.name, o.text) for o in coalesced_streams(parts)]
    [('stdout', 'a\\nb\\n')]
    """
    merged: list = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (
            output.get("output_type") == "stream"
            and previous is not None
            and previous.get("output_type") == "stream"
            and previous.get("name") == output.get("name")
        ):
            previous["text"] = previous["text"] + output["text"]
        else:
            merged.append(copy.deepcopy(output))
    return merged


def execute(paths: list[Path], timeout: int = 600) -> None:
    """Run each notebook top to bottom in its own folder and store its outputs."""
    from nbclient import NotebookClient

    environment = {"PYTHONHASHSEED": "0", "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
    saved = {key: os.environ.get(key) for key in environment}
    os.environ.update(environment)
    try:
        for path in paths:
            print(f"executing {path.relative_to(ROOT)}", flush=True)
            notebook = read(path)
            NotebookClient(
                notebook, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
            ).execute()
            for cell in notebook.cells:
                cell.metadata.pop("execution", None)
                if cell.cell_type == "code":
                    cell.outputs = coalesced_streams(cell.outputs)
            notebook.metadata["language_info"] = dict(STORED_LANGUAGE_INFO)
            notebook.metadata["kernelspec"] = dict(COURSE_KERNEL)
            write(notebook, path)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


# ------------------------------------------------------------------ figures: one home, data/figures.json

FIGURE_DOCUMENTS = ("README.md", "INSTRUCTORS.md", "GLOSSARY.md", "CONTRIBUTING.md", "framing/quick_checks.csv")
"""Files besides the notebooks and data/**/README.md that may quote a figure with a ``<!--fig:ID-->`` marker."""


def figure_documents() -> list[Path]:
    """Every document that may quote a measured figure: notebooks, solutions, guides, data READMEs, quick checks."""
    paths = [ROOT / name for name in FIGURE_DOCUMENTS]
    paths += sorted((ROOT / "data").rglob("README.md"))
    paths += [*lesson_paths(LESSONS), *lesson_paths(SOLUTIONS)]
    return [p for p in paths if p.exists()]


def _filled(path: Path, figures) -> str:
    """The file's text with every figure marker written from ``figures`` (a notebook: its markdown cells)."""
    from framing.figures import fill_figure_markers

    where = str(path.relative_to(ROOT))
    if path.suffix != ".ipynb":
        return fill_figure_markers(path.read_text(encoding="utf-8"), figures, where)
    notebook = read(path)
    for number, cell in enumerate(notebook.cells):
        if cell.cell_type == "markdown":
            cell.source = fill_figure_markers(source(cell), figures, f"{where} cell {number}")
    return nbformat.writes(notebook) + "\n"


def stale_figure_documents() -> list[Path]:
    """The documents whose figure markers differ from data/figures.json."""
    from framing.figures import load_figures

    figures = load_figures()
    return [p for p in figure_documents() if _filled(p, figures) != p.read_text(encoding="utf-8")]


HEADLINE_FIGURES = re.compile(
    r"held-out\.quotations\.(?:precision|recall|speaker_right)$"
    r"|^attribution\.polnear\.(?:train|dev|train-latest)\.(?:fully-quoted\.(?:recall|speaker_right)|all\.recall)$"
    r"|^(?!attribution\.)"
)
"""The figures a document is likely to quote (held-out quotation figures; the real-news headline figures: whole
quotations found and their named speaker right, all attributions found; the course's own figures): typed without a
marker, they are copies that can drift. (A table's other cells are quoted only in the README that holds the table.)"""


def unmarked_figures() -> list[str]:
    """Headline figures of data/figures.json with three decimals (0.788) typed in a document without a marker."""
    from framing.figures import FIGURE_MARKER, format_figure, load_figures

    shares: dict[str, list[str]] = {}
    for figure_id, figure in load_figures().items():
        if isinstance(figure.value, float) and HEADLINE_FIGURES.search(figure_id):
            shares.setdefault(format_figure(figure.value), []).append(figure_id)
    found = []
    for path in figure_documents():
        if path.suffix == ".ipynb":
            text = "\n".join(source(c) for c in read(path).cells if c.cell_type == "markdown")
        else:
            text = path.read_text(encoding="utf-8")
        text = FIGURE_MARKER.sub(" ", text)
        for written, ids in shares.items():
            if re.search(rf"(?<![\d.]){re.escape(written)}(?!\d)", text):
                found.append(
                    f"{path.relative_to(ROOT)}: {written} typed without a marker (<!--fig:{' or '.join(ids)}-->)"
                )
    return found


def build_figures() -> list[Path]:
    """Measure the course's figures into data/figures.json, then fill every document's markers from the file."""
    from framing.figures import load_figures, record_figures
    from tools.course_figures import course_figures

    for figure_id in record_figures(course_figures()):
        print(f"figure measured anew: {figure_id}")
    figures, changed = load_figures(), []
    for path in figure_documents():
        text = _filled(path, figures)
        if text != path.read_text(encoding="utf-8"):
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def _print_changed(paths: list[Path], what: str) -> None:
    for path in paths:
        print(f"{what}: {path.relative_to(ROOT)}")


def _step_claims(_args) -> int:
    sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]
    from claims import unmarked_claim_like

    strong, weak = unmarked_claim_like()
    for heading, sentences in (("state a count", strong), ("may generalise", weak)):
        print(f"{len(sentences)} unmarked sentences that {heading} (mark the claims; see tests/claims):")
        for sentence in sentences:
            print(f"  {sentence.where}: {sentence.text}")
    return 0


def _step_times(_args) -> int:
    print(f"{'lesson':32} {'estimated':>18} {'stated':>18}")
    for path in lesson_paths(LESSONS):
        parts = estimate(path.name)
        lesson, exercises = parts.lesson, round(parts.exercises)
        stated = stated_minutes(path)
        said = f"{stated[1]} + {stated[2]} = {stated[0]}" if stated else "(not in the standard form)"
        short = stated and (lesson > stated[1] or exercises > stated[2])
        warning = "  <- the estimate is above the stated time: raise it" if short else ""
        print(f"{path.name:32} {f'{lesson} + {exercises} = {lesson + exercises}':>18} {said:>18}{warning}")
        shares = (parts.prose, parts.outputs, parts.cells, parts.charts, parts.formulas, parts.discussion)
        parts_text = " + ".join(f"{x:.0f}" for x in shares)
        print(f"{'':32}   lesson = {parts_text} (prose, outputs, cells, charts, formulas, discussion)")
        if parts.optional:
            print(f"{'':32}   optional sections: {parts.optional} minutes, as their headings state (not counted)")
    return 0


def _step_check(_args) -> int:
    stale = stale_figure_documents() + _navigation(write_files=False) + stale_exercises()
    if stale:
        print("out of date (run `python tools/course.py build`):")
        _print_changed(stale, " ")
        return 1
    print("figures, navigation and exercises are up to date")
    return 0


def _step_build(args, steps=("figures", "navigation", "execute", "exercises")) -> int:
    for step in steps:
        STEPS[step](args)
    return 0


def _step_execute(args) -> int:
    execute([p.resolve() for p in args.notebooks] or [*lesson_paths(LESSONS), *lesson_paths(SOLUTIONS)])
    return 0


STEPS = {
    "build": _step_build,
    "figures": lambda args: _print_changed(build_figures(), "figures updated") or 0,
    "navigation": lambda args: _print_changed(build_navigation(), "navigation updated") or 0,
    "execute": _step_execute,
    "exercises": lambda args: _print_changed(build_exercises(), "exercise written") or 0,
    "check": _step_check,
    "times": _step_times,
    "claims": _step_claims,
}
"""Each step of the command line, by name (the module docstring says what each owns)."""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["site"]:  # tools/site.py has its own options; loaded by path, as `import site` is Python's own
        from importlib.util import module_from_spec, spec_from_file_location

        spec = spec_from_file_location("course_site", Path(__file__).with_name("site.py"))
        module = module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module.main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=list(STEPS))
    parser.add_argument("notebooks", nargs="*", type=Path, help="with execute: only these notebooks")
    args = parser.parse_args(argv)
    try:
        return STEPS[args.step](args)
    except CourseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
