"""Stage 1 of attribution: every quotation in an article, found as an object of its own.

A *quotation* is the words between an opening and a closing quotation mark.
News writing has conventions that a search for pairs of marks gets wrong, and
this module follows them:

- curly marks (“ ”), straight marks (" "), and the two mixed in one pair, as
  text pasted from several sources often has (“like this"); two apostrophes
  stand for a double mark, as some archives print quotations (''like this'');
- British style, with single marks outside (‘like this,’ she said) and double
  marks inside; the opening mark of a paragraph decides which style it uses;
- marks nested inside a quotation are part of it (“She told me, ‘Go,’” he said);
- the open-paragraph convention: when a quotation runs over several
  paragraphs, each paragraph but the last ends with no closing mark, and the
  next paragraph opens with a new opening mark. That is one quotation;
- a quotation left open at the end of a paragraph (or of the article) that
  does not continue ends where its paragraph ends, and is marked not closed.

A paragraph is a line of text; blank lines between paragraphs are allowed.
Apostrophes (don’t, Farouks’) are not quotation marks: a single closing mark
counts only after punctuation or before a space or punctuation that ends a
quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE_MARKS = '“”"'
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
_PARAGRAPH = re.compile(r"[^\n]+")
_DOUBLE = re.compile(r"''|[“”\"]")
_PAIR = "''"
"""Two apostrophes for a double mark, as some archives print quotations (''We will win,'' she said)."""


def _width(text: str, position: int) -> int:
    """How many characters the quotation mark at ``position`` takes: 2 for a pair of apostrophes, else 1."""
    return 2 if text.startswith(_PAIR, position) else 1


_OPENING_CONTEXT = " \t([{—–-/"


@dataclass
class Quotation:
    """One quotation: its parts (one per paragraph it spans) as character offsets into the article text.

    ``start`` and ``end`` are the offsets of the first and last quoted
    character (without the marks); ``paragraph_no`` is the paragraph where it
    starts (1-based); ``closed`` is False when the last part has no closing mark.
    """

    parts: list[tuple[int, int]]
    paragraph_no: int
    closed: bool = True
    mark_start: int = 0
    mark_end: int = 0
    paragraphs: list[int] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def text(self, article_text: str) -> str:
        """The quoted words, parts joined by a space."""
        return " ".join(article_text[a:b].strip() for a, b in self.parts).strip()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of every paragraph: every line that is not blank.

    >>> paragraphs("One.\\n\\nTwo.\\n")
    [(0, 4), (6, 10)]
    """
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group(0).strip()]


def _is_opening_straight(text: str, position: int, start: int) -> bool:
    before = text[position - 1] if position > start else " "
    after_at = position + _width(text, position)
    after = text[after_at] if after_at < len(text) else " "
    return (before in _OPENING_CONTEXT or before in DOUBLE_MARKS + SINGLE_OPEN) and not after.isspace()


def _typed_as_closing(text: str, position: int, end: int) -> bool:
    """True for an opening mark typed where a closing one belongs: after a comma or full stop and before a space
    (“Apparently not,“ he said)."""
    after = text[position + 1] if position + 1 < end else " "
    return text[position - 1] in ",.!?…" and after.isspace()


def _double_spans(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(open mark offset, close mark offset or paragraph end, closed) for the double-mark quotations of a paragraph."""
    spans, open_at = [], None
    for match in _DOUBLE.finditer(text, start, end):
        position, mark = match.start(), match.group(0)
        if open_at is None:
            if mark == "”" or (mark in ('"', _PAIR) and not _is_opening_straight(text, position, start)):
                continue  # a closing mark with nothing open: a typo or a fragment; leave it
            open_at = position
        elif mark == "“" and position > open_at + 1 and not _typed_as_closing(text, position, end):
            spans.append((open_at, position, False))  # a new opening before a close: the first was never closed
            open_at = position
        else:
            if mark == _PAIR and text.startswith("'", position + 2):
                position += 1  # ''...'them,''' : the first apostrophe closes the quotation inside, the pair after it
            spans.append((open_at, position, True))
            open_at = None
    if open_at is not None:
        spans.append((open_at, end, False))
    return spans


def _single_spans(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Quotations in single marks (British style), where the paragraph's first opening mark is single."""
    spans, position = [], start
    while True:
        opening = text.find(SINGLE_OPEN, position, end)
        if opening < 0:
            return spans
        if opening > start and text[opening - 1] not in _OPENING_CONTEXT + DOUBLE_MARKS:
            position = opening + 1
            continue
        closing, search = -1, opening + 1
        while True:
            candidate = text.find(SINGLE_CLOSE, search, end)
            if candidate < 0:
                break
            before = text[candidate - 1]
            after = text[candidate + 1] if candidate + 1 < end else " "
            if (
                before in ",.!?…—"
                or (after in ",.;:!?)—" and before.isalpha())
                or (after.isspace() and before in ",.!?")
            ):
                closing = candidate
                break
            search = candidate + 1
        if closing < 0:
            spans.append((opening, end, False))
            return spans
        spans.append((opening, closing, True))
        position = closing + 1


_ANY_OPENING = re.compile(r"''|[“\"‘]")


def _first_opening(text: str, start: int, end: int) -> str:
    """Which style the paragraph's first opening mark is: "double", "single", or "" for none."""
    for match in _ANY_OPENING.finditer(text, start, end):
        position, mark = match.start(), match.group(0)
        if mark == "“" or (mark in ('"', _PAIR) and _is_opening_straight(text, position, start)):
            return "double"
        if mark == SINGLE_OPEN and (position == start or text[position - 1] in _OPENING_CONTEXT):
            return "single"
    return ""


def _starts_with_opening(text: str, start: int, end: int) -> bool:
    stripped = text[start:end].lstrip()
    return bool(stripped) and (stripped[0] in '“"‘' or stripped.startswith(_PAIR))


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation of an article, in order (see the module's docstring for the conventions followed).

    >>> text = "“We tried,” she said, “but the money ran out.\\n\\n“We will try again.”"
    >>> [q.text(text) for q in find_quotations(text)]
    ['We tried,', 'but the money ran out. We will try again.']
    >>> [q.paragraphs for q in find_quotations(text)]
    [[1], [1, 2]]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotations expects the article's text as a string, got {type(text).__name__}")
    found: list[Quotation] = []
    pending: Quotation | None = None  # a quotation left open at the end of the previous paragraph
    for number, (start, end) in enumerate(paragraphs(text), start=1):
        style = _first_opening(text, start, end)
        spans = (
            _single_spans(text, start, end) if style == "single" else _double_spans(text, start, end) if style else []
        )
        if pending is not None:
            same_family = (text[start:end].lstrip()[:1] == SINGLE_OPEN) == (text[pending.mark_start] == SINGLE_OPEN)
            if spans and _starts_with_opening(text, start, end) and same_family:
                first_open, first_close, first_closed = spans.pop(0)
                pending.parts.append((first_open + _width(text, first_open), first_close))
                pending.paragraphs.append(number)
                pending.closed, pending.mark_end = first_closed, first_close + _width(text, first_close)
                if first_closed:
                    pending = None
            else:
                pending = None
        for open_at, close_at, closed in spans:
            quotation = Quotation(
                [(open_at + _width(text, open_at), close_at)],
                number,
                closed,
                open_at,
                close_at + (_width(text, close_at) if closed else 0),
                [number],
            )
            found.append(quotation)
            pending = None if closed else quotation
    for quotation in found:
        quotation.parts = [(a, b) for a, b in quotation.parts if text[a:b].strip()] or quotation.parts
    return [q for q in found if q.text(text)]
