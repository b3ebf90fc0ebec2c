"""Whose words are these? The article's own voice, the words it quotes, and the speech it reports.

A loaded word inside quotation marks is the source's choice; the same word in the article's narration is the
outlet's. A reported clause ("Tehran says the region is used by separatist groups") is the outlet's paraphrase of a
source: its words are the outlet's, its claim is the source's. Framing studies that count words without telling
these apart credit an outlet with its sources' language. So every measure of the course can keep three voices
apart:

* ``quoted``: inside quotation marks (``framing.find_quotations``; the marks themselves are no one's words),
  whoever is quoted, scare quotes too;
* ``reported``: the content of a statement the article attributes without quoting it (reported speech and
  "according to", from ``framing.find_attributions``), and the unquoted words of a partly quoted clause;
* ``own``: everything else, the article's narration.

The voices come from the quotation and attribution stages, so they share their errors: a reported clause the
extractor misses counts as ``own``. Check a surprising count in its sentences.
"""

from __future__ import annotations

import bisect
import re

import pandas as pd

from framing._tables import require_columns
from framing.quotations import find_quotations
from framing.sentences import sentence_spans

__all__ = [
    "VOICES",
    "article_voices",
    "own_voice_articles",
    "sentence_voices",
    "voice_of_matches",
    "voice_spans",
    "voice_words",
]

VOICES = ("own", "quoted", "reported")
"""The three voices, in the order tables show them."""

_WORD = re.compile(r"\w[\w'’-]*")


def voice_spans(text: str, statements: pd.DataFrame | None = None) -> list[tuple[int, int, str]]:
    """The quoted and reported stretches of an article's text, as (start, end, voice), in order; the rest is own.

    ``statements`` are this article's rows of ``find_attributions`` (their ``kind``, ``start`` and ``end``); without
    them only quotations are marked.

    >>> text = 'Officials said the talks went well. “We are ready,” Ali said.'
    >>> statements = pd.DataFrame({"kind": ["indirect"], "start": [15], "end": [34]})
    >>> [(text[a:b], voice) for a, b, voice in voice_spans(text, statements)]
    [('the talks went well', 'reported'), ('We are ready,', 'quoted')]
    """
    quoted = [(q.start, q.end) for q in find_quotations(text)]
    spans = [(start, end, "quoted") for start, end in quoted]
    if statements is not None and len(statements):
        require_columns(statements, ["kind", "start", "end"], what="statements")
        for row in statements.itertuples(index=False):
            if row.kind not in ("indirect", "according-to", "direct") or pd.isna(row.start):
                continue
            spans += [(a, b, "reported") for a, b in _outside(int(row.start), int(row.end), quoted)]
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, voice in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            if voice == "quoted" and last[2] == "reported":  # quotation marks win over a clause around them
                merged[-1] = (last[0], start, last[2])
                merged.append((start, end, voice))
            elif end > last[1] and voice == last[2]:
                merged[-1] = (last[0], end, voice)
            elif end > last[1]:
                merged.append((last[1], end, voice))
            continue
        merged.append((start, end, voice))
    return [(a, b, v) for a, b, v in merged if a < b]


def _outside(start: int, end: int, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``start:end`` outside the quoted spans."""
    parts, position = [], start
    for q_start, q_end in quoted:
        if q_end <= position or q_start >= end:
            continue
        if q_start > position:
            parts.append((position, q_start))
        position = max(position, q_end)
    if position < end:
        parts.append((position, end))
    return parts


class _VoiceIndex:
    """Which voice holds a position of one article's text (binary search over its spans)."""

    def __init__(self, spans: list[tuple[int, int, str]]):
        self.spans = spans
        self.starts = [start for start, _, _ in spans]

    def at(self, position: int) -> str:
        index = bisect.bisect_right(self.starts, position) - 1
        if index >= 0 and self.spans[index][0] <= position < self.spans[index][1]:
            return self.spans[index][2]
        return "own"


def _statements_of(attributions: pd.DataFrame | None, article_id) -> pd.DataFrame | None:
    if attributions is None or not len(attributions):
        return None
    return attributions[attributions["article_id"] == article_id]


def article_voices(articles: pd.DataFrame, attributions: pd.DataFrame | None = None) -> dict:
    """Each article's voice spans (see ``voice_spans``), by article id."""
    require_columns(articles, ["article_id", "text"], what="articles")
    return {
        article_id: voice_spans(text, _statements_of(attributions, article_id))
        for article_id, text in zip(articles["article_id"], articles["text"])
    }


def voice_words(articles: pd.DataFrame, attributions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every word of every article with its voice: ``article_id``, ``start``, ``word`` (lower case), ``voice``.

    >>> articles = pd.DataFrame({"article_id": ["a"], "text": ['Gaza, he said: “Gaza”.']})
    >>> voice_words(articles)[["word", "voice"]].values.tolist()
    [['gaza', 'own'], ['he', 'own'], ['said', 'own'], ['gaza', 'quoted']]
    """
    rows = []
    spans = article_voices(articles, attributions)
    for article_id, text in zip(articles["article_id"], articles["text"]):
        index = _VoiceIndex(spans[article_id])
        rows += [(article_id, m.start(), m.group(0).lower(), index.at(m.start())) for m in _WORD.finditer(text)]
    return pd.DataFrame(rows, columns=["article_id", "start", "word", "voice"])


def sentence_voices(articles: pd.DataFrame, attributions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each sentence (numbered as ``split_sentences`` numbers them) with the share of its words in each voice and
    its ``voice``: the voice of most of its words (``own`` on a tie with it).

    Columns: ``article_id``, ``sentence_no``, ``own``, ``quoted``, ``reported`` (shares of the sentence's words)
    and ``voice``.
    """
    words = voice_words(articles, attributions)
    rows = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        mine = words[words["article_id"] == article_id]
        starts = mine["start"].to_numpy()
        for number, (start, end) in enumerate(sentence_spans(text), start=1):
            inside = mine["voice"][(starts >= start) & (starts < end)]
            shares = inside.value_counts(normalize=True).reindex(list(VOICES), fill_value=0.0)
            voice = "own" if shares["own"] >= shares.max() else shares.idxmax()
            rows.append((article_id, number, *(round(float(shares[v]), 3) for v in VOICES), voice))
    return pd.DataFrame(rows, columns=["article_id", "sentence_no", *VOICES, "voice"])


def own_voice_articles(articles: pd.DataFrame, attributions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The articles with every quoted and reported word blanked out: the outlet's own voice alone.

    Characters are replaced by spaces, so positions and line breaks stay where they were. Count words on it to count
    the outlet's own choices (``framing.word_counts``, ``framing.distinctive_words``).

    >>> articles = pd.DataFrame({"article_id": ["a"], "text": ['Gaza, he said: “Gaza war”.']})
    >>> own_voice_articles(articles)["text"].tolist()
    ['Gaza, he said: “        ”.']
    """
    spans = article_voices(articles, attributions)
    texts = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        characters = list(text)
        for start, end, _ in spans[article_id]:
            characters[start:end] = [c if c == "\n" else " " for c in text[start:end]]
        texts.append("".join(characters))
    return articles.assign(text=texts)


def voice_of_matches(
    matches: pd.DataFrame, articles: pd.DataFrame, attributions: pd.DataFrame | None = None
) -> pd.Series:
    """The voice of each match of a pattern table (``match_lexicon``, ``kwic``, ``find_pattern``): the voice at the
    match's first character, found from its sentence (``article_id``, ``sentence_no``) and its words (``match``).

    A match whose words come twice in one sentence takes the voice of the first.
    """
    require_columns(matches, ["article_id", "sentence_no", "match"], what="matches")
    spans = article_voices(articles, attributions)
    starts = {
        article_id: [start for start, _ in sentence_spans(text)]
        for article_id, text in zip(articles["article_id"], articles["text"])
    }
    texts = dict(zip(articles["article_id"], articles["text"]))
    voices = []
    for article_id, sentence_no, match in zip(matches["article_id"], matches["sentence_no"], matches["match"]):
        text, sentence_start = texts[article_id], starts[article_id][int(sentence_no) - 1]
        found = text.find(match, sentence_start)
        voices.append(_VoiceIndex(spans[article_id]).at(found) if found >= 0 else "own")
    return pd.Series(voices, index=matches.index, name="voice")
