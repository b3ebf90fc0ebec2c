"""Keyword in context: every occurrence of a pattern with the words around it.

A concordance ("keyword in context", KWIC) lines up each occurrence of a word
or phrase with a few words of context on either side, so that a reader sees at
once how each article uses it.
"""

from __future__ import annotations

import bisect

import pandas as pd

from framing._tables import require_columns
from framing.patterns import compile_pattern
from framing.sentences import sentence_spans
from framing.voice import VOICES, _VoiceIndex, article_voices
from framing.words import WORD_PATTERN


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


def words_in_context(
    scores: pd.DataFrame, articles: pd.DataFrame, attributions: pd.DataFrame | None = None, width: int = 40
) -> pd.DataFrame:
    """Each word of a ``distinctive_words`` table with its uses in each voice and one line of context.

    Columns: ``article_id``, ``word``, ``z``, ``own``, ``quoted`` and ``reported`` (how many times the article uses
    the word in each voice, see ``framing.voice``; without ``attributions`` only quotations are told apart), and
    ``context``: the word's first use in the article's own voice (its first use, if it has none there), with up to
    ``width`` characters either side, within its sentence. Words are found as ``word_counts`` counts them.

    >>> articles = pd.DataFrame({"article_id": ["a"], "text": ['He said “war, war.” War came.']})
    >>> scores = pd.DataFrame({"article_id": ["a"], "word": ["war"], "z": [1.0]})
    >>> words_in_context(scores, articles)[["own", "quoted", "context"]].values.tolist()
    [[1, 2, 'War came.']]
    """
    require_columns(scores, ["article_id", "word", "z"], what="distinctive words")
    require_columns(articles, ["article_id", "text"], what="articles")
    if not isinstance(width, int) or width < 1:
        raise ValueError(f"width must be a positive whole number of characters, got {width!r}")
    texts = dict(zip(articles["article_id"], articles["text"]))
    unknown = sorted(set(scores["article_id"]) - set(texts), key=str)
    if unknown:
        raise ValueError(f"no text for article(s) {', '.join(map(repr, unknown))} in the articles given")
    spans = article_voices(articles, attributions)
    uses = {article_id: _uses(text, spans[article_id]) for article_id, text in texts.items()}
    rows = []
    for article_id, word, z in scores[["article_id", "word", "z"]].itertuples(index=False):
        found = uses[article_id].get(word, [])
        by_voice = [sum(voice == v for _, _, voice in found) for v in VOICES]
        rows.append([article_id, word, z, *by_voice, _context(texts[article_id], found, width)])
    return pd.DataFrame(rows, columns=["article_id", "word", "z", *VOICES, "context"])


def _uses(text: str, spans: list[tuple[int, int, str]]) -> dict[str, list[tuple[int, int, str]]]:
    """Every word of a text, lower case with straight apostrophes, with the (start, end, voice) of each use."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    voice_at = _VoiceIndex(spans).at  # one index per text: a binary search for each word
    for match in WORD_PATTERN.finditer(text):
        word = match.group(0).lower().replace("’", "'")
        found.setdefault(word, []).append((match.start(), match.end(), voice_at(match.start())))
    return found


def _context(text: str, found: list[tuple[int, int, str]], width: int) -> str:
    """One line around the first own-voice use in ``found`` (or the first use), cut at its sentence's edges."""
    if not found:
        return ""
    start, end, _ = next((use for use in found if use[2] == "own"), found[0])
    sentences = sentence_spans(text)
    index = max(bisect.bisect_right([a for a, _ in sentences], start) - 1, 0)
    first, last = sentences[index] if sentences else (0, len(text))
    before, after = text[first:start], text[end:last]
    left = _cut_left(before, width) + before[len(before.rstrip()) :] if before.strip() else ""
    right = after[: len(after) - len(after.lstrip())] + _cut_right(after, width) if after.strip() else ""
    return (left + text[start:end] + right).strip()
