"""Charts used in more than one notebook, too long to write in a short cell.

Each function draws on a Matplotlib ``Axes`` (a new one if none is given),
sets a title, axis labels and legend, and returns the ``Axes``. Each has a
partner ``describe_...`` function that returns a one-paragraph text
description computed from the same data, to stand beside the chart as its
alternative text.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D

from framing.style import OKABE_ITO


def plot_presence_grid(presence: pd.DataFrame, title: str, row_label: str, column_label: str = "Article", ax=None):
    """Draw a True/False table as a grid of dots: a filled dot where True,
    a small grey ring where False. Rows are drawn top to bottom in order.
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
            Line2D([], [], marker="o", linestyle="", color=OKABE_ITO["blue"], markersize=11, label="mentioned"),
            Line2D([], [], marker="o", linestyle="", markerfacecolor="none", markeredgecolor="#999999", markersize=6, label="not mentioned"),
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
    single = [f"{r} ({presence.columns[presence.loc[r].to_numpy().astype(bool)][0]})" for r in presence.index[counts == 1]]
    if single:
        parts.append(f"In only one article: {', '.join(single)}.")
    nowhere = [str(r) for r in presence.index[counts == 0]]
    if nowhere:
        parts.append(f"In none: {', '.join(nowhere)}.")
    return " ".join(parts)


def describe_values(values: pd.Series, unit: str, what: str = "article") -> str:
    """A text description of a bar chart of one value per item, largest first.

    >>> describe_values(pd.Series({"a": 300, "b": 630}), unit="words")
    'Horizontal bars, one per article, from largest to smallest: b 630 words, a 300 words.'
    """
    ordered = values.sort_values(ascending=False, kind="stable")
    items = ", ".join(f"{name} {value:g} {unit}" for name, value in ordered.items())
    return f"Horizontal bars, one per {what}, from largest to smallest: {items}."
