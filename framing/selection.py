"""Selection: which facts each article includes, and which it leaves out.

Framing starts before word choice: a reporter selects some facts and omits
others. A *facts file* (CSV) lists facts of a story, each with a regular
expression that finds a sentence stating it. This module finds those sentences
in every article and tabulates fact by article, keeping the matched words so
every cell of the table can be checked against the text.

Facts file columns: ``fact_id`` (short name), ``fact`` (a description) and
``pattern`` (a case-insensitive regular expression).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.patterns import find_pattern, load_pattern_table, table_matchers


def load_facts(path: str | Path) -> pd.DataFrame:
    """Read and check a facts file (``fact_id``, ``fact``, ``pattern``).

    Raises ``PatternFileError`` naming the file and line for a missing column,
    a blank or repeated ``fact_id``, an invalid pattern, or one that matches
    empty text (see ``load_pattern_table``).
    """
    return load_pattern_table(path, key_column="fact_id", columns=["fact"], what="facts file")


def find_facts(sentences: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """Every sentence that states a fact: ``fact_id``, ``article_id``,
    ``sentence_no``, ``match`` and ``sentence``.

    >>> sentences = pd.DataFrame({"article_id": ["a", "b"], "sentence_no": [1, 1],
    ...     "sentence": ["Soleimani was killed in 2020.", "Iraq hosts 2,500 US troops."]})
    >>> facts = pd.DataFrame({"fact_id": ["troops"], "fact": ["US troops"], "pattern": ["2,500"]})
    >>> find_facts(sentences, facts)[["fact_id", "article_id"]].values.tolist()
    [['troops', 'b']]
    """
    require_columns(facts, ["fact_id", "pattern"], what="facts")
    found = [
        find_pattern(sentences, matcher).assign(fact_id=fact_id)
        for fact_id, matcher in zip(facts["fact_id"], table_matchers(facts, ["fact_id"], "facts"))
    ]
    columns = ["fact_id", "article_id", "sentence_no", "match", "sentence"]
    if not found:
        return pd.DataFrame(columns=columns)
    return pd.concat(found, ignore_index=True)[columns]


def fact_coverage(found: pd.DataFrame, facts: pd.DataFrame, article_ids: list[str]) -> pd.DataFrame:
    """A True/False table: one row per fact (in the facts file's order), one
    column per article (in the order given), True where the article states it.

    >>> found = pd.DataFrame({"fact_id": ["troops"], "article_id": ["b"]})
    >>> facts = pd.DataFrame({"fact_id": ["troops", "soleimani"]})
    >>> fact_coverage(found, facts, ["a", "b"]).values.tolist()
    [[False, True], [False, False]]
    """
    require_columns(found, ["fact_id", "article_id"], what="found facts")
    require_columns(facts, ["fact_id"], what="facts")
    pairs = set(zip(found["fact_id"], found["article_id"]))
    coverage = pd.DataFrame(
        [[(fact_id, article_id) in pairs for article_id in article_ids] for fact_id in facts["fact_id"]],
        index=pd.Index(facts["fact_id"], name="fact_id"),
        columns=pd.Index(list(article_ids), name="article_id"),
    )
    return coverage
