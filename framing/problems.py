"""A problem found in a student's file: a sentence to read, and a code that says which kind of problem it is.

A loader collects every problem it finds, then raises one error listing them all (``ArticleLoadError``,
``PatternFileError``...). Each problem is a :class:`Problem`: it reads as its message, so it prints and compares as
text, and its ``code`` lets the story check (``framing.story``) choose the advice to show without reading the
message's words. Every code a loader uses has advice there (a test checks it).
"""

from __future__ import annotations

__all__ = ["Problem", "codes_of"]


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
