"""Keyword in context: every occurrence of a pattern with the words around it.

A concordance ("keyword in context", KWIC) lines up each occurrence of a word
or phrase with a few words of context on either side, so that a reader sees at
once how each article uses it.
"""

from __future__ import annotations

import pandas as pd

from framing._tables import require_columns
from framing.patterns import compile_pattern


def kwic(sentences: pd.DataFrame, pattern: str, width: int = 40) -> pd.DataFrame:
    """One row per occurrence of ``pattern`` (case-insensitive) in ``sentences``.

    Columns: ``article_id``, ``sentence_no``, ``left`` (up to ``width``
    characters before the match, within the sentence), ``match`` and
    ``right`` (up to ``width`` characters after it). Context is cut at a
    word boundary and marked with "…" where it was shortened.

    >>> table = pd.DataFrame({"article_id": ["a"], "sentence_no": [1],
    ...     "sentence": ["Iraq hosts several Iran-backed militia groups in its forces."]})
    >>> kwic(table, "militia", width=20).iloc[0][["left", "match", "right"]].tolist()
    ['…several Iran-backed', 'militia', 'groups in its…']
    """
    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    if not isinstance(width, int) or width < 1:
        raise ValueError(f"width must be a positive whole number of characters, got {width!r}")
    compiled = compile_pattern(pattern)
    rows = []
    for article_id, sentence_no, sentence in sentences[["article_id", "sentence_no", "sentence"]].itertuples(
        index=False
    ):
        for match in compiled.finditer(sentence):
            rows.append(
                {
                    "article_id": article_id,
                    "sentence_no": sentence_no,
                    "left": _cut_left(sentence[: match.start()], width),
                    "match": match.group(0),
                    "right": _cut_right(sentence[match.end() :], width),
                }
            )
    return pd.DataFrame(rows, columns=["article_id", "sentence_no", "left", "match", "right"])


def _cut_left(text: str, width: int) -> str:
    text = text.rstrip()
    if len(text) <= width:
        return text
    cut = text[-width:]
    space = cut.find(" ")
    return "…" + (cut[space + 1 :] if 0 <= space < len(cut) - 1 else cut)


def _cut_right(text: str, width: int) -> str:
    text = text.lstrip()
    if len(text) <= width:
        return text
    cut = text[:width]
    space = cut.rfind(" ")
    return (cut[:space] if space > 0 else cut) + "…"
