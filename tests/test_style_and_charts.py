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
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "pattern found in a sentence",
        "not found by the pattern",
    ]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["y", "x"]  # first row drawn at the top
    filled = [line for line in ax.lines if line.get_markerfacecolor() != "none"]
    assert len(filled) == 3
    plt.close("all")


def test_presence_grid_legend_can_be_renamed():
    grid = pd.DataFrame({"a": [True, False]}, index=["x", "y"])
    ax = framing.plot_presence_grid(grid, title="t", row_label="r", present_label="yes", absent_label="no")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["yes", "no"]
    plt.close("all")


def test_presence_grid_refuses_an_empty_table():
    with pytest.raises(ValueError, match="non-empty"):
        framing.plot_presence_grid(pd.DataFrame(), title="t", row_label="r")


def test_describe_presence_grid_lists_everywhere_single_and_none():
    grid = pd.DataFrame({"a": [True, True, False], "b": [True, False, False]}, index=["x", "y", "z"])
    assert framing.describe_presence_grid(grid) == (
        "A grid of 3 facts (rows) by 2 articles (columns). In all 2 articles: x. In only one article: y (a). In none: "
        "z."
    )


def test_describe_values_orders_largest_first():
    text = framing.describe_values(pd.Series({"a": 1.5, "b": 3}), unit="points")
    assert text == "Horizontal bars, one per article, from largest to smallest: b 3 points, a 1.5 points."


# --- every text description against its chart, as drawn (issue 13, item 8b) ---
#
# Each describe_* in framing/charts.py stands beside a chart as its alternative text, so it must say what the chart
# shows in the order the chart shows it. Each test below draws the chart, reads back from Matplotlib what was
# drawn (tick labels top to bottom, bar lengths, panels left to right, axis labels) and compares it with the text.

import re  # noqa: E402

import numpy as np  # noqa: E402

from framing import charts  # noqa: E402

PAIRS = {
    "describe_values": "plot_values",
    "describe_presence_grid": "plot_presence_grid",
    "describe_variant_counts": "plot_variant_counts",
    "describe_distinctive_words": "plot_distinctive_words",
    "describe_sentence_scores": "plot_sentence_scores",
    "describe_similarity": "plot_similarity_heatmap",
    "describe_article_words": "plot_article_words",
    "describe_fact_positions": "plot_fact_positions",
}
PAIRS_ELSEWHERE = {"describe_student_agreement": "plot_student_agreement"}
"""Descriptions and charts of other modules (framing.class_report, tested in tests/test_class_report.py)."""


def top_to_bottom(ax):
    """The y tick labels as a reader sees them, from the top of the chart down."""
    labels = [(tick, label.get_text()) for tick, label in zip(ax.get_yticks(), ax.get_yticklabels())]
    return [text for _, text in sorted(labels, key=lambda pair: -pair[0] if not ax.yaxis_inverted() else pair[0])]


def bars_top_to_bottom(ax):
    """(label, length) of every horizontal bar, from the top of the chart down, segments of a stack in order."""
    labels = {round(tick): label.get_text() for tick, label in zip(ax.get_yticks(), ax.get_yticklabels())}
    bars = [(patch.get_y() + patch.get_height() / 2, patch.get_x(), patch.get_width()) for patch in ax.patches]
    bars.sort(key=lambda bar: (-bar[0] if not ax.yaxis_inverted() else bar[0], bar[1]))
    return [(labels[round(centre)], width) for centre, _, width in bars]


def title(ax):
    return ax.get_title() or ax.get_title(loc="left")


def test_every_chart_function_has_a_description_and_a_test_here():
    describes = {name for name in dir(charts) if name.startswith("describe_")}
    plots = {name for name in dir(charts) if name.startswith("plot_")}
    assert describes == set(PAIRS), f"a describe_* function without an entry in PAIRS: {describes ^ set(PAIRS)}"
    assert plots == set(PAIRS.values()), f"a plot_* function without a description: {plots ^ set(PAIRS.values())}"
    tested = {name[len("test_description_of_") :] for name in globals() if name.startswith("test_description_of_")}
    assert tested == {name[len("plot_") :] for name in PAIRS.values()}, (
        "every pair needs a test_description_of_<chart> below"
    )


def test_description_of_values():
    values = pd.Series({"a": 300, "b": 630, "c": 300, "d": 425})
    ax = framing.charts.plot_values(values, title="Words per article", xlabel="Words")
    text = framing.describe_values(values, unit="words")
    drawn = bars_top_to_bottom(ax)
    assert [label for label, _ in drawn] == ["b", "d", "a", "c"]  # largest at the top, ties in the order given
    described = re.findall(r"(\w+) (\d+) words", text)
    assert [(label, float(width)) for label, width in drawn] == [(name, float(value)) for name, value in described]
    assert "from largest to smallest" in text and ax.get_xlabel() == "Words" and ax.get_ylabel() == "Article"
    plt.close("all")
    with pytest.raises(ValueError, match="non-empty Series"):
        framing.charts.plot_values(pd.Series(dtype=float), title="t", xlabel="x")


def test_description_of_presence_grid():
    grid = pd.DataFrame({"a": [True, True, False, True], "b": [True, False, False, True]}, index=["w", "x", "y", "z"])
    ax = framing.plot_presence_grid(grid, title="Facts", row_label="Fact")
    text = framing.describe_presence_grid(grid)
    rows = top_to_bottom(ax)
    assert rows == ["w", "x", "y", "z"]
    everywhere = re.search(r"In all 2 articles: ([^.]+)\.", text).group(1).split(", ")
    assert everywhere == [r for r in rows if r in everywhere]  # listed in the order drawn
    columns = [label.get_text() for label in ax.get_xticklabels()]
    filled = {
        (rows[len(rows) - 1 - round(line.get_ydata()[0])], columns[round(line.get_xdata()[0])])
        for line in ax.lines
        if line.get_markerfacecolor() != "none"
    }
    for row in everywhere:
        assert {(row, column) for column in columns} <= filled
    single = dict(re.findall(r"(\w+) \((\w+)\)", text.split("In only one article:")[1]))
    assert all((row, column) in filled and sum(r == row for r, _ in filled) == 1 for row, column in single.items())
    assert "(rows)" in text and "(columns)" in text and ax.get_xlabel() == "Article" and ax.get_ylabel() == "Fact"
    plt.close("all")


def test_description_of_variant_counts():
    table = pd.DataFrame(
        {"a": [1, 0, 2], "b": [0, 3, 0], "c": [0, 0, 0]}, index=["Gaza war", "Israel-Hamas war", "violence in Gaza"]
    )
    ax = framing.plot_variant_counts(table, title="Names")
    text = framing.describe_variant_counts(table)
    drawn = [(label, width) for label, width in bars_top_to_bottom(ax) if width > 0]
    articles_in_text = re.findall(r"(\w+): ", text)
    assert articles_in_text == top_to_bottom(ax) == ["a", "b", "c"]  # first article at the top, as described
    described = [
        (article, float(count))
        for article, part in re.findall(r"(\w+): ([^.]+)\.", text)
        for count in re.findall(r"(\d+)(?:,|$)", part)
    ]
    assert described == [(label, float(width)) for label, width in drawn]
    assert "c: none." in text and "one per article" in text and ax.get_xlabel() == "Occurrences (count)"
    plt.close("all")


def test_description_of_distinctive_words():
    """A group of tied words too large for its panel is one bar, "N words tied", in the chart and in the text."""
    counts = framing.word_counts(
        pd.DataFrame({"article_id": ["a", "b"], "text": ["zebra apple 70 31 war war", "war peace peace moon"]})
    )
    scores = framing.distinctive_words(counts, top=2)
    figure = framing.plot_distinctive_words(scores, title="Words", top=2)
    text = framing.describe_distinctive_words(scores, top=2)
    panels = [title(ax) for ax in figure.axes]
    assert panels == re.findall(r"(\w+): ", text) == ["a", "b"]  # panels left to right, as described
    for ax, (_article, part) in zip(figure.axes, re.findall(r"(\w+): ([^.]+(?:\.\d[^.]*)*)\.", text)):
        drawn = [(label, f"{z:.1f}") for label, z in bars_top_to_bottom(ax)]
        described = re.findall(r"([\w.' -]+?)(?: at)? (-?\d+\.\d)(?=,|$)", part)
        assert drawn == [(label.strip(), z) for label, z in described]
    a = scores[scores["article_id"] == "a"]
    assert a["ties"].tolist() == [4, 4]  # four words used once in a and never in b tie: none is picked out
    assert f"a: 4 words tied at {a['z'].iloc[0]:.1f}." in text
    assert [label for label, _ in bars_top_to_bottom(figure.axes[0])] == ["4 words tied"]
    assert [label for label, _ in bars_top_to_bottom(figure.axes[1])] == ["peace", "moon"]  # no tie left out
    assert all(ax.get_xlabel() == "z-score" for ax in figure.axes)
    plt.close("all")


def test_distinctive_words_description_without_ties_column():
    scores = pd.DataFrame({"article_id": ["a", "a"], "rank": [1, 2], "word": ["war", "gaza"], "z": [2.5, 1.0]})
    assert "not shown" not in framing.describe_distinctive_words(scores)
    assert framing.plot_distinctive_words(scores, title="t").axes[0].get_xlabel() == "z-score"
    plt.close("all")


def test_description_of_sentence_scores():
    scores = pd.DataFrame(
        {
            "article_id": ["b", "b", "b", "a"],
            "sentence_no": [1, 2, 3, 1],
            "polarity": [0.0, -0.5, 0.25, 0.1],
            "vader_compound": [0.2, -0.6, 0.0, 0.3],
        }
    )
    figure = framing.plot_sentence_scores(scores, title="Scores")
    text = framing.describe_sentence_scores(scores)
    panels = [title(ax) for ax in sorted(figure.axes, key=lambda ax: -ax.get_position().y0)]
    assert panels == re.findall(r"(\w+): \d+ sentences", text) == ["b", "a"]  # panels top to bottom, as described
    for ax in figure.axes:
        article = title(ax)
        part = re.search(rf"{article}: ([^;]+;[^;]+;[^.]+\.\d+[^.]*\.\d+)", text).group(1)
        heights = [patch.get_height() for patch in ax.patches]
        dots = ax.lines[0].get_ydata() if ax.lines[0].get_marker() == "o" else ax.lines[1].get_ydata()
        assert f"{len(heights)} sentences" in part and f"{sum(h == 0 for h in heights)} scored 0" in part
        assert f"lowest TextBlob {min(heights):.2f}" in part and f"highest {max(heights):.2f}" in part
        assert f"VADER from {min(dots):+.2f} to {max(dots):+.2f}" in part
    assert figure.axes[-1].get_xlabel() == "Sentence number (reading order)" and figure.axes[0].get_ylabel() == "Score"
    plt.close("all")


def test_description_of_similarity_heatmap():
    matrix = pd.DataFrame([[1, 0.2, 0.01], [0.2, 1, 0.0], [0.01, 0.0, 1]], index=list("abc"), columns=list("abc"))
    ax = framing.plot_similarity_heatmap(matrix, title="Shared")
    text = framing.describe_similarity(matrix, top=2)
    cells = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts}
    for first, second, value in re.findall(r"(\w) and (\w) (\d\.\d{3})", text):
        i, j = list(matrix.index).index(first), list(matrix.columns).index(second)
        assert cells[(i, j)] == value  # the value printed in the cell is the one described
    image = ax.images[0]
    luminance = [np.dot(image.cmap(x)[:3], [0.2126, 0.7152, 0.0722]) for x in (0.0, 1.0)]
    assert "darker is less similar" in text and luminance[0] < luminance[1]
    assert f"{len(matrix)} articles by {len(matrix)}" in text and ax.get_xlabel() == ax.get_ylabel() == "Article"
    plt.close("all")


@pytest.mark.parametrize("size", [3, 40])
def test_description_of_article_words(size):
    words = pd.Series({f"a{i:02d}": 100 + 10 * i for i in range(size)})
    ax = framing.plot_article_words(words, title="Words per article")
    text = framing.describe_article_words(words)
    if size <= 30:
        drawn = dict(bars_top_to_bottom(ax))
        assert list(drawn) == list(words.index)  # first article at the top
        assert ax.get_xlabel() == "Words" and ax.get_ylabel() == "Article"
    else:
        assert sum(patch.get_height() for patch in ax.patches) == size
        drawn = {
            "low": min(patch.get_x() for patch in ax.patches),
            "high": max(patch.get_x() + patch.get_width() for patch in ax.patches),
        }
        assert ax.get_xlabel() == "Words per article" and ax.get_ylabel() == "Articles (count)"
    low, high = min(drawn.values()), max(drawn.values())
    assert f"Word counts of {size} articles: from {low:g}" in text and f"to {high:g}" in text
    plt.close("all")


def test_description_of_fact_positions():
    positions = pd.DataFrame(
        {
            "fact": ["x", "x", "x", "y", "y", "y", "z", "z", "z"],
            "article_id": ["a", "b", "c"] * 3,
            "sentence_no": [1, 3, 2, None, 5, 1, None, None, None],
            "share": [0.0, 0.5, 0.25, None, 1.0, 0.0, None, None, None],
        }
    )
    ax = framing.charts.plot_fact_positions(positions, title="Where each fact comes first")
    text = framing.charts.describe_fact_positions(positions)
    rows = top_to_bottom(ax)
    assert rows == ["x", "y", "z"] == re.findall(r"(?:: |; )(\w): ", text)  # facts top to bottom, as described
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["a", "b", "c"] and "(a, b, c)" in text
    drawn = {}
    for line in ax.lines:
        for x, y in zip(line.get_xdata(), line.get_ydata()):
            drawn[(rows[len(rows) - 1 - round(y)], line.get_label())] = f"{x:.2f}"
    described = {
        (fact, article): share
        for fact, part in re.findall(r"(\w): ([^;.]+(?:\.\d+[^;.]*)*)", text.split("top to bottom: ")[1])
        for article, share in re.findall(r"(\w) (\d\.\d\d)", part)
    }
    assert drawn == described and ("y", "a") not in drawn and "z: in no article" in text
    assert len({line.get_color() for line in ax.lines}) == 3 and len({line.get_marker() for line in ax.lines}) == 3
    assert all(line.get_color() in framing.PALETTE for line in ax.lines)
    assert (
        ax.get_xlabel().startswith("First reported at (share of the article's sentences") and ax.get_ylabel() == "Fact"
    )
    assert title(ax) == "Where each fact comes first" and ax.get_legend().get_title().get_text() == "Article"
    plt.close("all")
    for bad in (pd.DataFrame(), pd.DataFrame({"fact": ["x"], "article_id": ["a"]}), positions.iloc[[0, 0]]):
        with pytest.raises(ValueError, match="first_positions"):
            framing.charts.plot_fact_positions(bad, title="t")
        with pytest.raises(ValueError, match="first_positions"):
            framing.charts.describe_fact_positions(bad)


def chart_cells():
    """(notebook, cell source) for every code cell of the lessons and solutions that prints a chart description."""
    from tools import course

    return [
        (path, course.source(cell))
        for folder in (course.LESSONS, course.SOLUTIONS)
        for path in course.lesson_paths(folder)
        for cell in course.read(path).cells
        if cell.cell_type == "code" and "describe_" in course.source(cell)
    ]


# Notebooks whose description stands beside a chart drawn another way (an expected failure until fixed): none.
DRAWN_ELSEWHERE: set[str] = set()


@pytest.mark.parametrize("path,source", chart_cells(), ids=lambda x: x.name if hasattr(x, "name") else "")
def test_each_description_in_a_lesson_stands_beside_its_own_chart_of_the_same_data(path, source):
    """A cell that prints framing.describe_X(data, ...) draws the chart with describe_X's partner, on the same data."""
    for name, argument in re.findall(r"framing\.(describe_\w+)\(([^,)]+)", source):
        partner = {**PAIRS, **PAIRS_ELSEWHERE}[name]
        drawn = re.search(rf"{partner}\(\s*{re.escape(argument.strip())}\s*[,)]", source)
        if not drawn and path.name in DRAWN_ELSEWHERE:
            pytest.xfail(
                f"{path.name}: {name}({argument}) beside a chart drawn without {partner}; reported, not this file's to "
                "fix"
            )
        assert drawn, (
            f"{path.parent.name}/{path.name}: {name}({argument}) is printed beside a chart not drawn by "
            f"{partner}({argument}, ...)"
        )


def test_tables_show_text_left_aligned_and_a_concordance_lines_up_on_its_keyword():
    import pandas as pd

    from framing.style import aligned_table_html

    table = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "left": ["…since the war in", "in"],
            "match": ["Gaza", "Gaza"],
            "right": ["began, Iraq has", "and"],
            "sentence_no": [3, 12],
        }
    )
    html = aligned_table_html(table)
    cells = re.findall(r'<td(?: style="text-align: (\w+)")?>', html)
    assert cells == ["left", "right", "left", "left", ""] * 2, (
        "text left, a concordance's left context right, numbers as pandas has them"
    )
    wide = pd.DataFrame({f"c{n}": ["x"] for n in range(40)})
    with pd.option_context("display.max_columns", 10):
        assert aligned_table_html(wide) == wide._repr_html_(), (
            "columns left out: the table is shown as pandas writes it"
        )
    two_levels = pd.DataFrame({("a", "b"): ["x"]})
    assert aligned_table_html(two_levels) == two_levels._repr_html_()
    assert "text-align: left" not in aligned_table_html(pd.DataFrame({"n": [1, 2]}))


def test_use_course_style_shows_tables_aligned_in_a_notebook():
    import pandas as pd
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        shell.run_cell("import framing\nframing.use_course_style()")
        formatted, _ = shell.display_formatter.format(pd.DataFrame({"sentence": ["A sentence."]}))
        assert '<td style="text-align: left">A sentence.</td>' in formatted["text/html"]
    finally:
        InteractiveShell.clear_instance()
