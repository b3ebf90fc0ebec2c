"""Split articles into sentences, offline.

TextBlob's ``.sentences`` needs NLTK data that must be downloaded, which fails
on many school networks and in CI. This module uses *sentencex*, a rule-based
splitter with no downloads, and adds two steps that make it work better on
news copy:

1. Split on line breaks first: in a cleaned article each line is a paragraph,
   and a sentence never runs across paragraphs.
2. Re-join a split that falls straight after a title abbreviation such as
   "Maj.-Gen." or "Lt. Col.", which the splitter takes for a full stop.
"""

from __future__ import annotations

import re

import pandas as pd
import sentencex

from framing._tables import require_columns

TITLE_ABBREVIATIONS = frozenset(
    "Mr. Mrs. Ms. Dr. Prof. Gen. Maj. Col. Lt. Capt. Cmdr. Adm. Sgt. Cpl. Pvt. Brig. Rep. Sen. Gov. "
    "Amb. Pres. Rev. Fr. Sr. Jr. St. Hon. No. Nos. Vol. Art.".split()
)
"""Abbreviations after which a sentence does not end (when a capital follows)."""

_COMPOUND_TITLE = re.compile(r"^(?:[A-Z][a-z]{0,4}\.)(?:-[A-Z][a-z]{0,4}\.)+$")  # Maj.-Gen., Lt.-Col.


def _ends_with_title(segment: str) -> bool:
    words = segment.split()
    if not words:
        return False
    last = words[-1].lstrip("(“\"'‘")
    return last in TITLE_ABBREVIATIONS or bool(_COMPOUND_TITLE.match(last))


def split_text(text: str) -> list[str]:
    """Split one text into sentences, without downloads.

    >>> split_text("Maj.-Gen. Qassem Soleimani was killed in 2020. Iran retaliated.")
    ['Maj.-Gen. Qassem Soleimani was killed in 2020.', 'Iran retaliated.']
    >>> split_text("Hamas's Oct. 7 attack came before the U.S. response.\\nA new paragraph.")
    ["Hamas's Oct. 7 attack came before the U.S. response.", 'A new paragraph.']
    """
    if not isinstance(text, str):
        raise TypeError(f"split_text expects a string, got {type(text).__name__}")
    sentences: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            continue
        pieces = [piece.strip() for piece in sentencex.segment("en", paragraph) if piece.strip()]
        merged: list[str] = []
        for piece in pieces:
            if merged and _ends_with_title(merged[-1]):
                merged[-1] = f"{merged[-1]} {piece}"
            else:
                merged.append(piece)
        sentences.extend(merged)
    return sentences


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
