"""A problem found in a student's file: a sentence to read, and a code that says which kind of problem it is.

A loader collects every problem it finds, then raises one error listing them all (``ArticleLoadError``,
``PatternFileError``...). Each problem is a :class:`Problem`: it reads as its message, so it prints and compares as
text, and its ``code`` lets the story check (``framing.story``) choose the advice to show without reading the
message's words. Every code a loader uses has advice there (a test checks it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

__all__ = ["Problem", "codes_of", "summarise_problems"]

SHOWN_ALIKE = 5
"""At most this many problems of one kind (one code) are spelt out in a report; the rest are counted in one line, so
that a slip repeated on 100,000 lines makes a short report."""


class Problem(str):
    """One problem: the message a student reads (the string itself) and its ``code``.

    >>> problem = Problem("text_empty", "a.txt: the text of article 'a' is empty")
    >>> problem, problem.code
    ("a.txt: the text of article 'a' is empty", 'text_empty')
    >>> Problem("Not a code", "x")
    Traceback (most recent call last):
    ...
    ValueError: a problem code is lower-case words joined by _, not 'Not a code'
    """

    code: str

    def __new__(cls, code: str, message: str) -> Problem:
        if not code.replace("_", "").isalnum() or code != code.lower():
            raise ValueError(f"a problem code is lower-case words joined by _, not {code!r}")
        problem = super().__new__(cls, message)
        problem.code = code
        return problem

    def __reduce__(self):
        return Problem, (self.code, str(self))


def codes_of(problems: list) -> list[str]:
    """The codes of a list of problems (``unknown`` for a plain string).

    >>> codes_of([Problem("text_empty", "a"), "b"])
    ['text_empty', 'unknown']
    """
    return [getattr(problem, "code", "unknown") for problem in problems]


def summarise_problems(problems: Sequence[str], shown: int = SHOWN_ALIKE) -> list[str]:
    """The problems with at most ``shown`` of each code spelt out; the rest of a code are counted in one line put
    after the last one shown (with the same code, so that its advice still applies). Problems without a code (plain
    strings) are all kept.

    >>> summary = summarise_problems([Problem("cell_blank", f"line {n}") for n in range(100_000)], shown=2)
    >>> summary, summary[-1].code
    (['line 0', 'line 1', 'and 99,998 more problems like the one before'], 'cell_blank')
    """
    codes = [getattr(problem, "code", None) for problem in problems]
    counts = Counter(codes)
    seen: Counter = Counter()
    summary: list[str] = []
    for problem, code in zip(problems, codes):
        seen[code] += 1
        if code is None or seen[code] <= shown:
            summary.append(problem)
        if code is not None and seen[code] == shown and counts[code] > shown:
            summary.append(Problem(code, f"and {counts[code] - shown:,} more problems like the one before"))
    return summary
