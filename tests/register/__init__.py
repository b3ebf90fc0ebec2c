"""The register of quantified statements: every sentence of lesson prose that counts, ranks or generalises.

A sentence of a lesson's (or its solution's) markdown that says "all five", "four of the five", "only",
"most", "more than", "N of M", "none", "both", "half" ... is a claim a student will repeat. Each such
sentence must contain the ``words`` of one :class:`Statement` registered for its lesson in
``tests/register/lessonNN.py``, and each statement says how it is known to be true:

* ``check``: a function that recomputes the statement from data/ and framing, and raises (an ``assert``
  with a message) when the data and the prose disagree; or
* ``covered_by``: an existing test function whose source asserts these very words (so the link cannot rot);
  or
* ``not_about_the_articles``: why the sentence is not a claim about the articles (a statement about a tool,
  a definition, an instruction to the student), in a few words.

``tests/test_statement_register.py`` fails when a quantified sentence is not registered, when a registered
statement is no longer in the lesson, and when a check fails. When it fails, fix the prose or the register,
never the data.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from tools import course

NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
QUANTIFIER = re.compile(
    rf"\b(?:all {NUMBER}|all (?:of )?the (?:articles|five)|{NUMBER} of (?:the |our |its |these |their |those )?(?:{NUMBER}|\w+)"
    r"|only|most|more than|fewer than|less than|none|no article|every article|each article|both|neither|majority|half)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Statement:
    """One registered statement: ``words`` as they stand in the lesson, and how they are known to be true."""

    words: str
    check: Callable[[], None] | None = None
    covered_by: Callable | None = None
    not_about_the_articles: str = ""

    def __post_init__(self):
        if sum(bool(x) for x in (self.check, self.covered_by, self.not_about_the_articles)) != 1:
            raise ValueError(f"{self.words!r}: give exactly one of check, covered_by, not_about_the_articles")


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip()


def lesson_files(number: str):
    """The lesson notebook and its solution for a two-digit lesson number."""
    return [
        path
        for folder in (course.LESSONS, course.SOLUTIONS)
        for path in course.lesson_paths(folder)
        if path.name.startswith(number + "-")
    ]


@functools.cache
def prose_sentences(number: str) -> tuple[str, ...]:
    """Every sentence (or list item, or table row) of the markdown of lesson ``number`` and its solution."""
    out = []
    for path in lesson_files(number):
        for cell in course.read(path).cells:
            text = course.source(cell)
            if cell.cell_type != "markdown" or text.startswith(course.NAV_MARK):
                continue
            for line in text.splitlines():
                out.extend(_plain(s) for s in re.split(r"(?<=[.!?])\s+(?=[A-Z*`\"(])", line) if s.strip())
    return tuple(out)


def quantified_sentences(number: str) -> list[str]:
    return [s for s in prose_sentences(number) if QUANTIFIER.search(s)]
