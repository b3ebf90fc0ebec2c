"""data/figures.json: one home for every measured figure (framing.figures), and the documents that quote it."""

import json

import pytest

from framing.figures import (
    Figure,
    FigureError,
    figure,
    figure_markers,
    fill_figure_markers,
    format_figure,
    load_figures,
    record_figures,
)

GOOD = {"value": 0.5, "date": "2026-01-02", "what": "a share", "how": "a tool"}


def write(tmp_path, content):
    path = tmp_path / "figures.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_load_and_read_one_figure(tmp_path):
    path = write(tmp_path, {"a.b": GOOD})
    assert load_figures(path) == {"a.b": Figure(**GOOD)}
    assert figure("a.b", path) == 0.5


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", r"line 1: not valid JSON"),
        ([1, 2], "expected an object of figures by id"),
        ({"NoDots": GOOD}, "is not a figure id"),
        ({"a.b": {"value": 1}}, "needs exactly the keys value, date, what and how"),
        ({"a.b": {**GOOD, "date": "7 Dec 2026"}}, "write YYYY-MM-DD"),
    ],
)
def test_a_bad_figures_file_is_named_with_the_problem(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(FigureError, match=message) as error:
        load_figures(path)
    assert str(path) in str(error.value)


def test_a_missing_file_and_an_unknown_id_are_plain_errors(tmp_path):
    with pytest.raises(FigureError, match="no figures file here"):
        load_figures(tmp_path / "none.json")
    with pytest.raises(FigureError, match="no figure 'x.y'"):
        figure("x.y", write(tmp_path, {"a.b": GOOD}))


def test_record_keeps_other_figures_sorts_and_reports_changes(tmp_path):
    path = write(tmp_path, {"z.z": GOOD})
    changed = record_figures({"a.b": Figure(1, "2026-01-01", "n", "h"), "z.z": Figure(**GOOD)}, path)
    assert changed == ["a.b"]
    assert list(json.loads(path.read_text(encoding="utf-8"))) == ["a.b", "z.z"]
    before = path.stat().st_mtime_ns
    assert record_figures({"a.b": Figure(1, "2026-01-01", "n", "h")}, path) == []
    assert path.stat().st_mtime_ns == before, "an unchanged file is not rewritten"
    assert record_figures({"a.b": Figure(1, "2027-05-05", "n", "h")}, path) == []
    assert load_figures(path)["a.b"].date == "2026-01-01", "the same value measured again keeps its first date"
    assert record_figures({"a.b": Figure(2, "2027-05-05", "n", "h")}, path) == ["a.b"]
    assert load_figures(path)["a.b"] == Figure(2, "2027-05-05", "n", "h")
    with pytest.raises(FigureError, match="is not a figure id"):
        record_figures({"Bad id": Figure(**GOOD)}, path)


def test_format_and_markers():
    assert format_figure(0.9) == "0.900" and format_figure(12) == "12" and format_figure("one in five") == "one in five"
    assert format_figure(0.7881, ".1%") == "78.8%"
    with pytest.raises(FigureError, match="cannot write 'x' with the format '.2f'"):
        format_figure("x", ".2f")
    figures = {"a.b": Figure(0.75, "2026-01-01", "w", "h")}
    text = "right for <!--fig:a.b-->0.700<!--/fig--> and <!--fig:a.b:.0%-->70%<!--/fig-->"
    assert figure_markers(text) == [("a.b", None, "0.700"), ("a.b", ".0%", "70%")]
    assert (
        fill_figure_markers(text, figures)
        == "right for <!--fig:a.b-->0.750<!--/fig--> and <!--fig:a.b:.0%-->75%<!--/fig-->"
    )
    with pytest.raises(FigureError, match="README.md: the marker names figure 'c.d'"):
        fill_figure_markers("<!--fig:c.d-->1<!--/fig-->", figures, where="README.md")


def test_the_course_figures_file_loads():
    figures = load_figures()
    assert figures, "data/figures.json holds no figures"
    assert all(f.what.strip() and f.how.strip() for f in figures.values())


def test_every_document_quotes_the_figures_file():
    """A figure changed in one document alone fails here; one changed in data/figures.json reaches every document
    with `python tools/course.py figures`."""
    from tools import course

    stale = course.stale_figure_documents()
    assert not stale, f"figure markers differ from data/figures.json: run `python tools/course.py figures` ({stale})"


def test_no_figure_is_typed_without_its_marker():
    from tools import course

    copies = course.unmarked_figures()
    assert not copies, (
        "write these figures with their markers, so that they come from data/figures.json:\n" + "\n".join(copies)
    )


def test_the_course_figures_are_the_ones_the_data_give():
    """The course's figures (tools/course_figures.py) recomputed now equal what data/figures.json holds."""
    from tools.course_figures import course_figures

    recorded = load_figures()
    measured = {i: f.value for i, f in course_figures().items()}
    assert measured == {i: recorded[i].value for i in measured if i in recorded}, "run `python tools/course.py figures`"
    assert set(measured) <= set(recorded), "run `python tools/course.py figures`"
