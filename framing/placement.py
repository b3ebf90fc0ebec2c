"""Placement: where in each article a fact is first reported, and what the lead says.

Lesson 01 records *whether* an article reports a fact. News writing also puts
what it judges most important first (the inverted pyramid), so *where* a fact
first appears is a second measure of salience. This module finds the first
sentence of each article that reports each fact, with the same patterns and
the same matching as lesson 01 (``framing.load_facts`` and ``framing.find_facts``),
and gives each article's lead (its first sentences).

What it measures and misses: a fact's position is the first sentence that
matches the fact's pattern, so a sentence that reports the fact in other words
is missed, and a match that does not report the fact counts (check the
``match`` column). Positions are counted in the sentences given: pass the
sentences of cleaned articles (``clean_articles`` then ``split_sentences``), in
which a standfirst that cleaning keeps is sentence 1.
"""

from __future__ import annotations

import pandas as pd

from framing._tables import require_columns
from framing.selection import find_facts

POSITION_COLUMNS = ["fact", "article_id", "sentence_no", "share", "sentences", "match", "sentence"]


def _check_sentences(sentences: pd.DataFrame) -> None:
    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    if sentences.empty:
        raise ValueError("the sentences table is empty: there are no sentences to place facts in")
    if sentences.duplicated(["article_id", "sentence_no"]).any():
        article_id, number = sentences.loc[
            sentences.duplicated(["article_id", "sentence_no"]), ["article_id", "sentence_no"]
        ].iloc[0]
        raise ValueError(
            f"the sentences table has sentence {number} of article {article_id!r} twice; make it with split_sentences"
        )


def first_positions(sentences: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """The first sentence of each article that reports each fact.

    One row per fact (in the facts table's order) and article (in the order of
    the sentences table), with columns:

    - ``fact``: the fact's ``fact_id``;
    - ``article_id``;
    - ``sentence_no``: the number of the first sentence that matches the fact's
      pattern (from 1, as ``split_sentences`` numbers them), or ``<NA>`` if the
      article never reports it;
    - ``share``: the position as a share of the article,
      ``(sentence_no - 1) / (sentences - 1)``, rounded to 4 decimals: 0 for the
      first sentence, 1 for the last, NaN if the article never reports the fact
      (counted by rank, so a table numbered from another start or with gaps
      gets the same shares). An article of one sentence has ``share`` 0 (its
      only sentence is its first);
    - ``sentences``: how many sentences the article has;
    - ``match`` and ``sentence``: the words matched and the sentence, for checking
      (empty strings where the fact is absent).

    A fact no article reports still has its rows, all ``<NA>``. Raises
    ``ValueError`` for a table without the needed columns, an empty sentences or
    facts table, or a sentence numbered twice.

    >>> sentences = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "sentence_no": [1, 2, 3, 1],
    ...     "sentence": ["Iraq hosts 2,500 US troops.", "Gaza.", "More on 2,500 troops.", "Gaza."]})
    >>> facts = pd.DataFrame({"fact_id": ["troops"], "fact": ["US troops"], "pattern": ["2,500"]})
    >>> first_positions(sentences, facts)[["fact", "article_id", "sentence_no", "share"]].values.tolist()
    [['troops', 'a', 1, 0.0], ['troops', 'b', <NA>, nan]]
    """
    _check_sentences(sentences)
    require_columns(facts, ["fact_id", "pattern"], what="facts")
    if facts.empty:
        raise ValueError("the facts table has no rows: add facts (fact_id, fact, pattern) to place")
    found = find_facts(sentences, facts)
    first = found.sort_values("sentence_no", kind="stable").drop_duplicates(["fact_id", "article_id"])
    first = {(row.fact_id, row.article_id): row for row in first.itertuples(index=False)}
    lengths = sentences.groupby("article_id", sort=False)["sentence_no"].size()
    # rank of each sentence within its article (0 for the first), looked up once instead of per fact
    ranks = dict(
        zip(
            zip(sentences["article_id"], sentences["sentence_no"]),
            sentences.groupby("article_id", sort=False)["sentence_no"].rank(method="min").astype(int) - 1,
        )
    )
    rows = []
    for fact_id in facts["fact_id"]:
        for article_id, length in lengths.items():
            hit = first.get((fact_id, article_id))
            if hit is None:
                rows.append([fact_id, article_id, pd.NA, float("nan"), int(length), "", ""])
                continue
            rank = ranks[(article_id, hit.sentence_no)]
            share = rank / (length - 1) if length > 1 else 0.0
            rows.append(
                [fact_id, article_id, int(hit.sentence_no), round(share, 4), int(length), hit.match, hit.sentence]
            )
    table = pd.DataFrame(rows, columns=POSITION_COLUMNS)
    table["sentence_no"] = table["sentence_no"].astype("Int64")
    table["share"] = table["share"].astype(float)
    return table


def leads(sentences: pd.DataFrame, n: int = 2) -> pd.DataFrame:
    """Each article's lead: its first ``n`` sentences, joined by a space.

    One row per article (in the sentences table's order) with ``article_id``,
    ``lead`` and ``sentences`` (how many sentences the lead has: fewer than
    ``n`` when the article is shorter). Sentences are taken in ``sentence_no``
    order. Raises ``ValueError`` for missing columns, an empty table or an
    ``n`` below 1.

    >>> sentences = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "sentence_no": [1, 2, 3, 1],
    ...     "sentence": ["One.", "Two.", "Three.", "Only."]})
    >>> leads(sentences).values.tolist()
    [['a', 'One. Two.', 2], ['b', 'Only.', 1]]
    """
    _check_sentences(sentences)
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n is the number of sentences in a lead and must be a whole number of 1 or more, not {n!r}")
    order = list(dict.fromkeys(sentences["article_id"]))
    first = sentences.sort_values(["sentence_no"], kind="stable").groupby("article_id", sort=False).head(n)
    grouped = first.assign(sentence=first["sentence"].astype(str)).groupby("article_id", sort=False)["sentence"]
    table = pd.DataFrame({"lead": grouped.agg(" ".join), "sentences": grouped.size()}).reindex(order)
    return table.rename_axis("article_id").reset_index()[["article_id", "lead", "sentences"]]


def position_grid(positions: pd.DataFrame) -> pd.DataFrame:
    """The positions of ``first_positions`` as a grid: one row per fact, one column per article (both in the
    table's order), each cell the number of the first sentence that reports the fact, ``<NA>`` where none does.

    >>> positions = pd.DataFrame(
    ...     {"fact": ["x", "x"], "article_id": ["b", "a"], "sentence_no": pd.array([3, pd.NA], dtype="Int64")}
    ... )
    >>> grid = position_grid(positions)
    >>> list(grid.columns), grid.loc["x"].tolist()
    (['b', 'a'], [3, <NA>])
    """
    require_columns(positions, ["fact", "article_id", "sentence_no"], "positions", maker="first_positions")
    grid = positions.pivot(index="fact", columns="article_id", values="sentence_no")
    grid = grid.reindex(
        index=list(dict.fromkeys(positions["fact"])), columns=list(dict.fromkeys(positions["article_id"]))
    )
    grid.index.name, grid.columns.name = "fact", "article_id"
    return grid.astype("Int64")
