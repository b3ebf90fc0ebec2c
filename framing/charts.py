"""Charts used in more than one notebook, too long to write in a short cell.

Each function draws on a Matplotlib ``Axes`` (a new one if none is given),
sets a title, axis labels and legend, and returns the ``Axes``. Each has a
partner ``describe_...`` function that returns a one-paragraph text
description computed from the same data, to stand beside the chart as its
alternative text.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from framing.log_odds import words_and_ties
from framing.style import OKABE_ITO, PALETTE

PRESENT_LABEL = "pattern found in a sentence"
ABSENT_LABEL = "not found by the pattern"
"""The legend of a presence grid, as lesson 01 draws its facts: a True cell records that a fact's pattern matched a
sentence of the article; a False cell only that it matched none (the article may say something close in other words)."""


def plot_presence_grid(
    presence: pd.DataFrame,
    title: str,
    row_label: str,
    column_label: str = "Article",
    ax=None,
    present_label: str = PRESENT_LABEL,
    absent_label: str = ABSENT_LABEL,
):
    """Draw a True/False table as a grid of dots: a filled dot where True,
    a small grey ring where False. Rows are drawn top to bottom in order.

    The legend names the two marks ``present_label`` and ``absent_label``: by default, what a table of pattern
    matches records (a pattern found in a sentence, or not found), so that an empty cell does not read as "not
    mentioned".
    """
    if not isinstance(presence, pd.DataFrame) or presence.empty:
        raise ValueError("plot_presence_grid needs a non-empty True/False DataFrame")
    if ax is None:
        _, ax = plt.subplots(figsize=(1.6 * presence.shape[1] + 3, 0.38 * presence.shape[0] + 1.6))
    rows, columns = presence.shape
    for row_position, (_, row) in enumerate(presence.iterrows()):
        y = rows - 1 - row_position
        for column_position, present in enumerate(row.astype(bool)):
            if present:
                ax.plot(column_position, y, "o", color=OKABE_ITO["blue"], markersize=11)
            else:
                ax.plot(column_position, y, "o", markerfacecolor="none", markeredgecolor="#999999", markersize=6)
    ax.set_xticks(range(columns), [str(c) for c in presence.columns], rotation=30, ha="right")
    ax.set_yticks(range(rows), [str(r) for r in presence.index[::-1]])
    ax.set_xlim(-0.5, columns - 0.5)
    ax.set_ylim(-0.7, rows - 0.3)
    ax.set_xlabel(column_label)
    ax.set_ylabel(row_label)
    ax.set_title(title)
    ax.legend(
        handles=[
            Line2D([], [], marker="o", linestyle="", color=OKABE_ITO["blue"], markersize=11, label=present_label),
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markerfacecolor="none",
                markeredgecolor="#999999",
                markersize=6,
                label=absent_label,
            ),
        ],
        loc="upper left",
        bbox_to_anchor=(1.01, 1),
        frameon=False,
    )
    ax.grid(False)
    return ax


def describe_presence_grid(presence: pd.DataFrame, row_label: str = "facts") -> str:
    """A text description of a True/False table, for use as alternative text.

    >>> grid = pd.DataFrame({"a": [True, True], "b": [True, False]}, index=["x", "y"])
    >>> describe_presence_grid(grid)
    'A grid of 2 facts (rows) by 2 articles (columns). In all 2 articles: x. In only one article: y (a).'
    """
    counts = presence.sum(axis=1)
    parts = [f"A grid of {presence.shape[0]} {row_label} (rows) by {presence.shape[1]} articles (columns)."]
    everywhere = [str(r) for r in presence.index[counts == presence.shape[1]]]
    if everywhere:
        parts.append(f"In all {presence.shape[1]} articles: {', '.join(everywhere)}.")
    single = [
        f"{r} ({presence.columns[presence.loc[r].to_numpy().astype(bool)][0]})" for r in presence.index[counts == 1]
    ]
    if single:
        parts.append(f"In only one article: {', '.join(single)}.")
    nowhere = [str(r) for r in presence.index[counts == 0]]
    if nowhere:
        parts.append(f"In none: {', '.join(nowhere)}.")
    return " ".join(parts)


def plot_values(values: pd.Series, title: str, xlabel: str, ylabel: str = "Article", ax=None):
    """Horizontal bars, one per item, largest at the top: the chart that ``describe_values`` describes.

    Ties keep the order given (a stable sort), as in ``describe_values``.
    """
    if not isinstance(values, pd.Series) or values.empty:
        raise ValueError("plot_values needs a non-empty Series of values indexed by item")
    ordered = values.sort_values(ascending=False, kind="stable")
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.35 * len(ordered) + 1.5))
    ax.barh([str(name) for name in ordered.index[::-1]], ordered.to_numpy()[::-1], color=PALETTE[0])
    ax.set(title=title, xlabel=xlabel, ylabel=ylabel)
    return ax


def describe_values(values: pd.Series, unit: str, what: str = "article") -> str:
    """A text description of a bar chart of one value per item, largest first
    (at the top): the chart ``plot_values`` draws. If you draw the bars
    yourself, draw them in this order.

    >>> describe_values(pd.Series({"a": 300, "b": 630}), unit="words")
    'Horizontal bars, one per article, from largest to smallest: b 630 words, a 300 words.'
    """
    ordered = values.sort_values(ascending=False, kind="stable")
    items = ", ".join(f"{name} {value:g} {unit}".rstrip() for name, value in ordered.items())
    return f"Horizontal bars, one per {what}, from largest to smallest: {items}."


def plot_variant_counts(
    table: pd.DataFrame, title: str, ax=None, legend_title: str = "Variant", xlabel: str = "Occurrences (count)"
):
    """Stacked horizontal bars: one bar per article, one colour per variant.

    ``table`` has one row per variant (its index gives the legend labels) and
    one column per article, as a slice of ``variant_table`` for one concept.
    """
    if not isinstance(table, pd.DataFrame) or table.empty:
        raise ValueError("plot_variant_counts needs a non-empty table of counts (variants by articles)")
    if len(table) > len(PALETTE):
        raise ValueError(f"{len(table)} variants but only {len(PALETTE)} distinguishable colours; split the concept")
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.45 * table.shape[1] + 1.8))
    data = table.T.iloc[::-1]  # first article at the top
    data.columns = [str(label) for label in table.index]
    data.plot.barh(stacked=True, ax=ax, color=PALETTE[: len(table)], width=0.7)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("Article")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(title=legend_title, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


def describe_variant_counts(table: pd.DataFrame) -> str:
    """A text description of ``plot_variant_counts``'s chart, for alternative text.

    >>> table = pd.DataFrame({"a": [1, 0], "b": [0, 2]}, index=["Gaza war", "Israel-Hamas war"])
    >>> describe_variant_counts(table)
    'Stacked bars, one per article. a: Gaza war 1. b: Israel-Hamas war 2.'
    """
    parts = []
    for article in table.columns:
        used = [f"{variant} {count}" for variant, count in table[article].items() if count > 0]
        parts.append(f"{article}: {', '.join(used) if used else 'none'}.")
    return "Stacked bars, one per article. " + " ".join(parts)


def plot_distinctive_words(scores: pd.DataFrame, title: str, top: int = 6):
    """Small multiples: for each article, its ``top`` words by z-score, as bars.

    ``scores`` is the output of ``distinctive_words``. Panels go left to right
    in the table's article order; in each, rank 1 is at the top. Where more
    words tie with the last bar than fit (the table's ``ties`` column), the tied
    words are one bar, "N words tied", rather than the few that alphabetical
    order would pick. Returns the figure.
    """
    needed = {"article_id", "rank", "word", "z"}
    if not isinstance(scores, pd.DataFrame) or not needed <= set(scores.columns) or scores.empty:
        raise ValueError("plot_distinctive_words needs the table made by distinctive_words")
    articles = list(dict.fromkeys(scores["article_id"]))
    figure, axes = plt.subplots(1, len(articles), figsize=(2.6 * len(articles) + 1, 3.4), sharex=True, squeeze=False)
    for ax, article_id, colour in zip(axes[0], articles, PALETTE * 2):
        bars = words_and_ties(scores[(scores["article_id"] == article_id) & (scores["rank"] <= top)])
        ax.barh([label for label, _ in bars][::-1], [z for _, z in bars][::-1], color=colour)
        ax.axvline(1.96, color="#555555", linestyle="--", linewidth=1)
        ax.set_title(article_id, fontsize=10)
        ax.set_xlabel("z-score")
    axes[0][0].set_ylabel("Word")
    figure.suptitle(title, x=0.01, ha="left", fontweight="bold")
    figure.legend(
        handles=[Line2D([], [], color="#555555", linestyle="--", label="z = 1.96 (the usual threshold for one test)")],
        loc="upper right",
        frameon=False,
        fontsize=9,
    )
    figure.tight_layout()
    return figure


def describe_distinctive_words(scores: pd.DataFrame, top: int = 6) -> str:
    """A text description of ``plot_distinctive_words``'s chart, for alternative text.

    Articles in the order of the panels (left to right), bars in their order (top to bottom), a group of tied words
    too large for its panel as one bar.

    >>> scores = pd.DataFrame({"article_id": ["a", "a"], "rank": [1, 2], "word": ["war", "gaza"], "z": [2.5, 1.0]})
    >>> describe_distinctive_words(scores)
    'One panel per article, bars of z-scores, highest at the top. a: war 2.5, gaza 1.0.'
    >>> describe_distinctive_words(scores.assign(ties=[1, 4]))
    'One panel per article, bars of z-scores, highest at the top. a: war 2.5, 4 words tied at 1.0.'
    """
    parts = []
    for article_id, rows in scores[scores["rank"] <= top].groupby("article_id", sort=False):
        bars = [f"{label}{' at' if label.endswith(' words tied') else ''} {z:.1f}" for label, z in words_and_ties(rows)]
        parts.append(f"{article_id}: " + ", ".join(bars) + ".")
    return "One panel per article, bars of z-scores, highest at the top. " + " ".join(parts)


def plot_sentence_scores(scores: pd.DataFrame, title: str):
    """Small multiples: for each article, TextBlob polarity (bars) and VADER
    compound (dots) of every sentence, in reading order. Returns the figure.
    """
    needed = {"article_id", "sentence_no", "polarity", "vader_compound"}
    if not isinstance(scores, pd.DataFrame) or not needed <= set(scores.columns) or scores.empty:
        raise ValueError("plot_sentence_scores needs the table made by sentence_sentiment")
    articles = list(dict.fromkeys(scores["article_id"]))
    figure, axes = plt.subplots(
        len(articles), 1, figsize=(9, 1.5 * len(articles) + 1), sharex=True, sharey=True, squeeze=False
    )
    for ax, article_id in zip(axes[:, 0], articles):
        rows = scores[scores["article_id"] == article_id]
        ax.bar(rows["sentence_no"], rows["polarity"], color=OKABE_ITO["blue"], width=0.7, label="TextBlob polarity")
        ax.plot(
            rows["sentence_no"],
            rows["vader_compound"],
            "o",
            color=OKABE_ITO["vermillion"],
            markersize=5,
            label="VADER compound",
        )
        ax.axhline(0, color="#555555", linewidth=0.8)
        ax.set_ylim(-1.05, 1.05)
        ax.set_title(article_id, fontsize=10)
        ax.set_ylabel("Score")
    axes[-1, 0].set_xlabel("Sentence number (reading order)")
    axes[-1, 0].xaxis.get_major_locator().set_params(integer=True)
    handles, labels = axes[0, 0].get_legend_handles_labels()
    figure.legend(handles, labels, loc="upper right", frameon=False, ncols=2, fontsize=9)
    figure.suptitle(title, x=0.01, ha="left", fontweight="bold")
    figure.tight_layout()
    return figure


def describe_sentence_scores(scores: pd.DataFrame) -> str:
    """A text description of ``plot_sentence_scores``'s chart, for alternative text.

    >>> scores = pd.DataFrame({"article_id": ["a", "a"], "sentence_no": [1, 2],
    ...     "polarity": [0.0, -0.5], "vader_compound": [0.2, -0.6]})
    >>> describe_sentence_scores(scores)
    'One panel per article, one bar (TextBlob) and one dot (VADER) per sentence. a: 2 sentences, 1 scored 0 by
    TextBlob; lowest TextBlob -0.50 (sentence 2), highest 0.00 (sentence 1); VADER from -0.60 to +0.20.'
    """
    parts = []
    for article_id, rows in scores.groupby("article_id", sort=False):
        low, high = rows.loc[rows["polarity"].idxmin()], rows.loc[rows["polarity"].idxmax()]
        parts.append(
            f"{article_id}: {len(rows)} sentences, {int((rows['polarity'] == 0).sum())} scored 0 by TextBlob; "
            f"lowest TextBlob {low['polarity']:.2f} (sentence {low['sentence_no']}), highest {high['polarity']:.2f} "
            f"(sentence {high['sentence_no']}); VADER from {rows['vader_compound'].min():+.2f} to "
            f"{rows['vader_compound'].max():+.2f}."
        )
    return "One panel per article, one bar (TextBlob) and one dot (VADER) per sentence. " + " ".join(parts)


def plot_similarity_heatmap(matrix: pd.DataFrame, title: str, label: str = "Jaccard similarity", ax=None):
    """A heatmap of a symmetric similarity table, each cell labelled with its value.

    Uses the *cividis* colour map, designed to read the same for people with
    colour-vision deficiencies. The diagonal (an article with itself) is left blank.
    """
    if not isinstance(matrix, pd.DataFrame) or matrix.empty or matrix.shape[0] != matrix.shape[1]:
        raise ValueError("plot_similarity_heatmap needs a square similarity table")
    if ax is None:
        size = 1.1 * len(matrix) + 2.5
        _, ax = plt.subplots(figsize=(size + 1.5, size))
    values = matrix.to_numpy(dtype=float).copy()
    np.fill_diagonal(values, np.nan)
    image = ax.imshow(values, cmap="cividis", vmin=0)
    colorbar = ax.figure.colorbar(image, ax=ax, shrink=0.8)
    colorbar.set_label(label)
    ticks = range(len(matrix))
    ax.set_xticks(ticks, [str(c) for c in matrix.columns], rotation=30, ha="right")
    ax.set_yticks(ticks, [str(i) for i in matrix.index])
    top = np.nanmax(values) if np.isfinite(values).any() else 0
    for i in ticks:
        for j in ticks:
            if i != j and len(matrix) <= 12:
                ax.text(
                    j,
                    i,
                    f"{values[i, j]:.3f}",
                    ha="center",
                    va="center",
                    fontsize=9,
                    color="black" if values[i, j] > top * 0.6 else "white",
                )
    ax.set_title(title)
    ax.set_xlabel("Article")
    ax.set_ylabel("Article")
    ax.spines[:].set_visible(False)
    return ax


def describe_similarity(matrix: pd.DataFrame, top: int = 3) -> str:
    """A text description of ``plot_similarity_heatmap``'s chart, for alternative text.

    >>> matrix = pd.DataFrame([[1, 0.2, 0.01], [0.2, 1, 0.0], [0.01, 0.0, 1]], index=list("abc"), columns=list("abc"))
    >>> describe_similarity(matrix, top=2)
    'A heatmap of 3 articles by 3; darker is less similar. Most similar pairs: a and b 0.200, a and c 0.010.
    Lowest: b and c 0.000.'
    """
    pairs = sorted(
        (
            (float(matrix.iloc[i, j]), matrix.index[i], matrix.columns[j])
            for i in range(len(matrix))
            for j in range(i + 1, len(matrix))
        ),
        reverse=True,
    )
    if not pairs:
        return "A heatmap of a single article."
    best = ", ".join(f"{a} and {b} {v:.3f}" for v, a, b in pairs[:top])
    low = pairs[-1]
    return (
        f"A heatmap of {len(matrix)} articles by {len(matrix)}; darker is less similar. Most similar pairs: {best}. "
        f"Lowest: {low[1]} and {low[2]} {low[0]:.3f}."
    )


def plot_article_words(words: pd.Series, title: str, ax=None):
    """Words per article: one bar per article for up to 30 articles, a histogram beyond."""
    if not isinstance(words, pd.Series) or words.empty:
        raise ValueError("plot_article_words needs a non-empty Series of word counts indexed by article")
    if ax is None:
        height = 0.35 * len(words) + 1.5 if len(words) <= 30 else 4
        _, ax = plt.subplots(figsize=(8, height))
    if len(words) <= 30:
        words.iloc[::-1].plot.barh(ax=ax, color=PALETTE[0])
        ax.set(xlabel="Words", ylabel="Article")
    else:
        ax.hist(words, bins=20, color=PALETTE[0])
        ax.set(xlabel="Words per article", ylabel="Articles (count)")
    ax.set_title(title)
    return ax


def describe_article_words(words: pd.Series) -> str:
    """A text description of ``plot_article_words``'s chart, for alternative text.

    >>> describe_article_words(pd.Series({"a": 100, "b": 300}))
    'Word counts of 2 articles: from 100 (a) to 300 (b); median 200.'
    """
    return (
        f"Word counts of {len(words)} article{'' if len(words) == 1 else 's'}: from {words.min():g} ({words.idxmin()}) "
        f"to {words.max():g} "
        f"({words.idxmax()}); median {words.median():g}."
    )


_POSITION_MARKERS = ["o", "s", "D", "^", "v", "P", "X", "*"]


def _position_table(positions: pd.DataFrame, caller: str) -> tuple[list, list]:
    needed = {"fact", "article_id", "share"}
    if not isinstance(positions, pd.DataFrame) or not needed <= set(positions.columns) or positions.empty:
        raise ValueError(
            f"{caller} needs the non-empty table made by framing.placement.first_positions (fact, article_id, share)"
        )
    if positions.duplicated(["fact", "article_id"]).any():
        raise ValueError(
            f"{caller}: the positions table has a fact and article twice; use the table made by first_positions"
        )
    facts = list(dict.fromkeys(positions["fact"]))
    articles = list(dict.fromkeys(positions["article_id"]))
    if len(articles) > len(PALETTE):
        raise ValueError(
            f"{len(articles)} articles but only {len(PALETTE)} distinguishable colours; compare fewer at once"
        )
    return facts, articles


def plot_fact_positions(positions: pd.DataFrame, title: str, ax=None):
    """Where each article first reports each fact: one row per fact (top to
    bottom in the table's order), one dot per article that reports it, placed
    at its ``share`` (0 = the article's first sentence, 1 = its last). Each
    article has its own colour and marker shape, offset a little up or down
    so that dots at the same place stay visible; a fact no article reports
    has an empty row. ``positions`` is the table made by
    ``framing.placement.first_positions``.
    """
    facts, articles = _position_table(positions, "plot_fact_positions")
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.42 * len(facts) + 1.8))
    step = 0.6 / max(len(articles) - 1, 1)
    for number, article_id in enumerate(articles):
        rows = positions[(positions["article_id"] == article_id) & positions["share"].notna()]
        offset = 0.3 - number * step if len(articles) > 1 else 0.0
        ys = [len(facts) - 1 - facts.index(fact) + offset for fact in rows["fact"]]
        ax.plot(
            rows["share"].astype(float).to_numpy(),
            ys,
            linestyle="",
            marker=_POSITION_MARKERS[number],
            color=PALETTE[number],
            markersize=7,
            label=str(article_id),
        )
    ax.set_yticks(range(len(facts)), [str(fact) for fact in facts[::-1]])
    ax.set_ylim(-0.6, len(facts) - 0.4)
    ax.set_xlim(-0.03, 1.03)
    ax.set_xlabel("First reported at (share of the article's sentences: 0 = first, 1 = last)")
    ax.set_ylabel("Fact")
    ax.set_title(title)
    ax.legend(title="Article", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.grid(axis="y", color="#dddddd", linewidth=0.8)
    return ax


def describe_fact_positions(positions: pd.DataFrame) -> str:
    """A text description of ``plot_fact_positions``'s chart, for alternative text:
    facts from top to bottom, and in each the articles in the legend's order.

    >>> positions = pd.DataFrame({"fact": ["x", "x", "y", "y"], "article_id": ["a", "b", "a", "b"],
    ...     "sentence_no": [1, 3, None, None], "share": [0.0, 0.5, None, None]})
    >>> describe_fact_positions(positions)
    'Dots showing where each article first reports each fact, as a share of its sentences (0 = first sentence, 1
    = last), one colour and shape per article (a, b). Facts from top to bottom: x: a 0.00 (sentence 1), b 0.50
    (sentence 3); y: in no article.'
    """
    facts, articles = _position_table(positions, "describe_fact_positions")
    parts = []
    for fact in facts:
        rows = positions[(positions["fact"] == fact) & positions["share"].notna()]
        rows = rows.set_index("article_id")
        placed = []
        for article_id in articles:
            if article_id in rows.index:
                row = rows.loc[article_id]
                where = (
                    f" (sentence {int(row['sentence_no'])})"
                    if "sentence_no" in rows.columns and pd.notna(row["sentence_no"])
                    else ""
                )
                placed.append(f"{article_id} {float(row['share']):.2f}{where}")
        parts.append(f"{fact}: {', '.join(placed) if placed else 'in no article'}")
    return (
        "Dots showing where each article first reports each fact, as a share of its sentences (0 = first sentence, 1 = "
        "last), "
        f"one colour and shape per article ({', '.join(str(a) for a in articles)}). Facts from top to bottom: "
        + "; ".join(parts)
        + "."
    )
