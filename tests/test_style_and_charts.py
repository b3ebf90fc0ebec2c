"""Course style and the shared charts: palette, labels, legend and text descriptions."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import framing  # noqa: E402


def test_palette_is_okabe_ito():
    assert set(framing.PALETTE) == set(framing.OKABE_ITO.values())
    assert len(framing.PALETTE) == 8


def test_use_course_style_sets_the_colour_cycle():
    framing.use_course_style()
    assert matplotlib.rcParams["axes.prop_cycle"].by_key()["color"] == framing.PALETTE


def test_article_colours_are_stable_and_limited():
    assert framing.article_colours(["x", "y"]) == {"x": framing.PALETTE[0], "y": framing.PALETTE[1]}
    with pytest.raises(ValueError, match="9 articles but only 8"):
        framing.article_colours([str(i) for i in range(9)])


def test_presence_grid_has_title_labels_and_legend():
    grid = pd.DataFrame({"a": [True, False], "b": [True, True]}, index=["x", "y"])
    ax = framing.plot_presence_grid(grid, title="Facts", row_label="Fact")
    assert "Facts" in (ax.get_title(), ax.get_title(loc="left"))
    assert ax.get_xlabel() == "Article" and ax.get_ylabel() == "Fact"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["mentioned", "not mentioned"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["y", "x"]  # first row drawn at the top
    filled = [line for line in ax.lines if line.get_markerfacecolor() != "none"]
    assert len(filled) == 3
    plt.close("all")


def test_presence_grid_refuses_an_empty_table():
    with pytest.raises(ValueError, match="non-empty"):
        framing.plot_presence_grid(pd.DataFrame(), title="t", row_label="r")


def test_describe_presence_grid_lists_everywhere_single_and_none():
    grid = pd.DataFrame({"a": [True, True, False], "b": [True, False, False]}, index=["x", "y", "z"])
    assert framing.describe_presence_grid(grid) == (
        "A grid of 3 facts (rows) by 2 articles (columns). In all 2 articles: x. In only one article: y (a). In none: z."
    )


def test_describe_values_orders_largest_first():
    text = framing.describe_values(pd.Series({"a": 1.5, "b": 3}), unit="points")
    assert text == "Horizontal bars, one per article, from largest to smallest: b 3 points, a 1.5 points."
