"""Word choice: which of several names for the same thing each article uses.

A *word-choice lexicon* is a CSV file with one row per variant:

- ``concept``: the thing being named, in neutral words ("the war in Gaza");
- ``variant``: one way the articles name it ("Israel-Hamas war");
- ``pattern``: a case-insensitive regular expression that finds the variant;
- ``note`` (optional): anything a reader should know about the row.

``match_lexicon`` finds every occurrence of every variant, and says whether it
stands inside quotation marks (someone else's words, reported) or in the
article's own voice. ``variant_table`` counts them by article;
``articles_by_voice`` lists, for each variant, the articles that use it in
their own voice, inside a quotation, and in a reported clause (give the matches
a ``voice`` column with ``framing.voice_of_matches`` first).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.patterns import load_pattern_table, table_matchers

_QUOTE_PAIRS = (("“", "”"), ('"', '"'))


def load_lexicon(path: str | Path) -> pd.DataFrame:
    """Read and check a word-choice lexicon (``concept``, ``variant``, ``pattern``).

    A blank or repeated concept/variant pair, a missing column or an invalid
    pattern raises ``PatternFileError`` naming the file and line. A missing
    ``note`` column is added, empty.
    """
    lexicon = load_pattern_table(path, key_column=["concept", "variant"], columns=[], what="word-choice lexicon")
    if "note" not in lexicon.columns:
        lexicon["note"] = ""
    return lexicon


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Character spans of the sentence that stand inside quotation marks.

    Curly quotes pair “ with ”; straight quotes pair in order. An opening
    mark without a closing one runs to the end of the sentence (a quotation
    that continues into the next sentence).

    >>> quoted_spans('He said "we will sign" today.')
    [(9, 21)]
    >>> quoted_spans("“We have several co-operation areas,” he said.")
    [(1, 36)]
    """
    spans = []
    for opening, closing in _QUOTE_PAIRS:
        position = 0
        while True:
            start = sentence.find(opening, position)
            if start < 0:
                break
            end = sentence.find(closing, start + 1)
            if end < 0:
                spans.append((start + 1, len(sentence)))
                break
            spans.append((start + 1, end))
            position = end + 1
    return sorted(spans)


def match_lexicon(sentences: pd.DataFrame, lexicon: pd.DataFrame) -> pd.DataFrame:
    """Every occurrence of every variant: ``concept``, ``variant``,
    ``article_id``, ``sentence_no``, ``match``, ``quoted`` (True when the
    words stand inside quotation marks) and ``sentence``.

    >>> sentences = pd.DataFrame({"article_id": ["a", "b"], "sentence_no": [1, 1],
    ...     "sentence": ["Since the Israel-Hamas war began.", 'He spoke of "the Gaza war".']})
    >>> lexicon = pd.DataFrame({"concept": ["war", "war"], "variant": ["Israel-Hamas war", "Gaza war"],
    ...     "pattern": ["Israel-Hamas war", "Gaza war"]})
    >>> match_lexicon(sentences, lexicon)[["variant", "article_id", "quoted"]].values.tolist()
    [['Israel-Hamas war', 'a', False], ['Gaza war', 'b', True]]
    """
    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    require_columns(lexicon, ["concept", "variant", "pattern"], what="lexicon")
    columns = ["concept", "variant", "article_id", "sentence_no", "match", "quoted", "sentence"]
    rows = []
    matchers = table_matchers(lexicon, ["concept", "variant"], "lexicon")
    units = list(sentences[["article_id", "sentence_no", "sentence"]].itertuples(index=False))
    for concept, variant, matcher in zip(lexicon["concept"], lexicon["variant"], matchers):
        found = matcher.finditer_each(sentences["sentence"])
        for (article_id, sentence_no, sentence), matches in zip(units, found):
            spans = None
            for match in matches:
                spans = quoted_spans(sentence) if spans is None else spans
                quoted = any(start <= match.start() and match.end() <= end for start, end in spans)
                rows.append([concept, variant, article_id, sentence_no, match.group(0), quoted, sentence])
    return pd.DataFrame(rows, columns=columns).astype({"quoted": bool})


def variant_table(matches: pd.DataFrame, lexicon: pd.DataFrame, article_ids) -> pd.DataFrame:
    """Counts of each variant in each article, with a row for every variant of
    the lexicon (in its order) and a column for every article (in the order
    given), zeros included. Indexed by ``concept`` and ``variant``.

    >>> matches = pd.DataFrame({"concept": ["war"], "variant": ["Gaza war"], "article_id": ["b"]})
    >>> lexicon = pd.DataFrame({"concept": ["war", "war"], "variant": ["Israel-Hamas war", "Gaza war"]})
    >>> variant_table(matches, lexicon, ["a", "b"]).values.tolist()
    [[0, 0], [0, 1]]
    """
    require_columns(matches, ["concept", "variant", "article_id"], what="matches")
    require_columns(lexicon, ["concept", "variant"], what="lexicon")
    index = pd.MultiIndex.from_frame(lexicon[["concept", "variant"]])
    counts = matches.groupby(["concept", "variant", "article_id"]).size()
    table = counts.unstack("article_id", fill_value=0) if not counts.empty else pd.DataFrame(index=index)
    table = table.reindex(index=index, columns=list(article_ids), fill_value=0).fillna(0).astype(int)
    table.columns.name = "article_id"
    return table


def articles_using(table: pd.DataFrame) -> pd.Series:
    """For each variant, the articles that use it, as one comma-separated string.

    >>> table = pd.DataFrame({"a": [1, 0], "b": [2, 0]}, index=["Gaza war", "Israel-Hamas war"])
    >>> articles_using(table).tolist()
    ['a, b', '']
    """
    return table.apply(lambda row: ", ".join(str(c) for c, n in row.items() if n > 0), axis=1)


VOICE_COLUMNS = ("own", "quoted", "reported")
"""The voices ``articles_by_voice`` keeps apart, in its column order (as ``framing.voice.VOICES``)."""


def articles_by_voice(matches: pd.DataFrame, lexicon: pd.DataFrame) -> pd.DataFrame:
    """For each variant of the lexicon (in its order), the articles that use it in each voice: columns ``own``,
    ``quoted`` and ``reported``, each a comma-separated list of article ids (a count after an id that uses it more
    than once). Indexed by ``concept`` and ``variant``.

    ``matches`` needs a ``voice`` column (``framing.voice_of_matches``); without one, its ``quoted`` column is used,
    and every other match counts as ``own``.

    >>> matches = pd.DataFrame({"concept": ["war"] * 3, "variant": ["Gaza war"] * 3, "article_id": ["a", "a", "b"],
    ...     "voice": ["own", "own", "quoted"]})
    >>> articles_by_voice(matches, pd.DataFrame({"concept": ["war"], "variant": ["Gaza war"]})).values.tolist()
    [['a (2)', 'b', '']]
    """
    require_columns(matches, ["concept", "variant", "article_id"], what="matches")
    require_columns(lexicon, ["concept", "variant"], what="lexicon")
    if "voice" in matches.columns:
        voices = matches["voice"]
    else:
        require_columns(matches, ["quoted"], what="matches (a voice or a quoted column)")
        voices = matches["quoted"].map({True: "quoted", False: "own"})
    unknown = sorted(set(voices) - set(VOICE_COLUMNS))
    if unknown:
        raise ValueError(
            f"unknown voice(s) {', '.join(map(repr, unknown))}: a voice is one of {', '.join(VOICE_COLUMNS)}"
        )
    counted = matches.assign(voice=voices).groupby(["concept", "variant", "voice", "article_id"], sort=False).size()
    table = pd.DataFrame("", index=pd.MultiIndex.from_frame(lexicon[["concept", "variant"]]), columns=VOICE_COLUMNS)
    for (concept, variant, voice, article_id), count in counted.items():
        if (concept, variant) in table.index:
            entry = f"{article_id} ({count})" if count > 1 else str(article_id)
            before = table.loc[(concept, variant), voice]
            table.loc[(concept, variant), voice] = f"{before}, {entry}" if before else entry
    table.columns.name = "voice"
    return table
