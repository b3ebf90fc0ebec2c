"""Split articles into sentences, offline.

TextBlob's ``.sentences`` needs NLTK data that must be downloaded, which fails
on many school networks and in CI. This module uses *sentencex*, a rule-based
splitter with no downloads, and adds two steps that make it work better on
news copy:

1. Split on line breaks first: in a cleaned article each line is a paragraph,
   and a sentence never runs across paragraphs.
2. Re-join a split that falls inside a name: straight after an abbreviation
   that ends no sentence ("Sen.", "Maj.-Gen.", "Lt. Col.", ``abbreviations.csv``),
   after a middle initial ("Ruth A. Keane"), or inside a party tag ("D-N.Y.",
   "R-S.C."), which the splitter takes for full stops; and after a time of day
   followed by a day or month ("6 a.m. Tuesday").

``sentence_spans`` gives the sentences as character offsets into the text, so
that the attribution extractor works with the very sentences the lessons number.
"""

from __future__ import annotations

import re

import pandas as pd
import sentencex

from framing._tables import require_columns
from framing.word_lists import words

NO_SENTENCE_END_AFTER = frozenset().union(
    *(words("abbreviations", kind=kind) for kind in ("title", "after-name", "reference", "other"))
)
"""Abbreviations after which a sentence does not end when a capital follows ("Sen. Ruth Keane", "No. 10")."""

_COMPOUND_TITLE = re.compile(r"^(?:[A-Z][a-z]{0,4}\.)(?:-[A-Z][a-z]{0,4}\.)+$")  # Maj.-Gen., Lt.-Col.
_INSIDE_A_NAME = re.compile(r"(?:\b[A-Z][\w’'-]+\s+[A-Z]\.|\b[DRI]-[A-Z]\.|\b[DRI]-[A-Z]\.[A-Z]\.)$")
"""The end of a piece that stops inside a name: a middle initial ("Ruth A."), or a party tag cut after its first
letter ("D-N." of "D-N.Y.")."""


_TIMES = words("abbreviations", kind="time")
_CALENDAR = words("calendar_words")


def _time_then_day(piece: str, following: str) -> bool:
    """True for a time of day followed by a day or month ("at 6 a.m. Tuesday"): one sentence, not two."""
    return bool(piece.split()) and piece.split()[-1] in _TIMES and following.split(" ", 1)[0].strip(",.") in _CALENDAR


def _ends_inside_a_name(piece: str) -> bool:
    words_ = piece.split()
    if not words_:
        return False
    last = words_[-1].lstrip("(“\"'‘")
    return last in NO_SENTENCE_END_AFTER or bool(_COMPOUND_TITLE.match(last)) or bool(_INSIDE_A_NAME.search(piece))


def _paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of one paragraph ``text[start:end]`` as offsets: sentencex's pieces, re-joined inside names."""
    spans: list[tuple[int, int]] = []
    position = start
    for piece in sentencex.segment("en", text[start:end]):
        stripped = piece.strip()
        if not stripped:
            continue
        found = text.find(stripped, position, end)
        found = found if found >= 0 else position
        span = (found, found + len(stripped))
        position = span[1]
        before = text[spans[-1][0] : spans[-1][1]] if spans else ""
        if spans and (_ends_inside_a_name(before) or _time_then_day(before, stripped)):
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
    return spans


_LINE = re.compile(r"[^\n]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Every sentence of a text as (start, end) offsets, in order: the sentences ``split_text`` gives.

    >>> text = "Sen. Ann Marsh, D-N.Y., agreed.\\nIt passed."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Sen. Ann Marsh, D-N.Y., agreed.', 'It passed.']
    """
    if not isinstance(text, str):
        raise TypeError(f"sentence_spans expects a string, got {type(text).__name__}")
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        if line.group(0).strip():
            spans += _paragraph_spans(text, line.start(), line.end())
    return spans


def split_text(text: str) -> list[str]:
    """Split one text into sentences, without downloads.

    >>> split_text("Maj.-Gen. Qassem Soleimani was killed in 2020. Iran retaliated.")
    ['Maj.-Gen. Qassem Soleimani was killed in 2020.', 'Iran retaliated.']
    >>> split_text("Hamas's Oct. 7 attack came before the U.S. response.\\nA new paragraph.")
    ["Hamas's Oct. 7 attack came before the U.S. response.", 'A new paragraph.']
    >>> split_text("“Fine,” Senator Ruth A. Keane, R-S.C., said. He left.")
    ['“Fine,” Senator Ruth A. Keane, R-S.C., said.', 'He left.']
    """
    if not isinstance(text, str):
        raise TypeError(f"split_text expects a string, got {type(text).__name__}")
    return [text[start:end] for start, end in sentence_spans(text)]


def split_sentences(articles: pd.DataFrame, text_column: str = "text") -> pd.DataFrame:
    """One row per sentence: ``article_id``, ``sentence_no`` (from 1 in each
    article) and ``sentence``.

    Pass cleaned articles (see ``clean_articles``) so that captions and page
    furniture do not count as sentences.

    >>> table = pd.DataFrame({"article_id": ["a"], "text": ["Mr. Smith left. He said so."]})
    >>> split_sentences(table)["sentence"].tolist()
    ['Mr. Smith left.', 'He said so.']
    """
    require_columns(articles, ["article_id", text_column])
    rows = [
        {"article_id": article_id, "sentence_no": number, "sentence": sentence}
        for article_id, text in zip(articles["article_id"], articles[text_column])
        for number, sentence in enumerate(split_text(text), start=1)
    ]
    return pd.DataFrame(rows, columns=["article_id", "sentence_no", "sentence"])
