"""The course's measured figures, each with one home: ``data/figures.json``.

A measured figure (a held-out precision, an agreement, a count a document quotes) is written to
``data/figures.json`` by the code that measures it, with the date and what was measured, and read by everything
that reports it: lessons read it with :func:`figure`, and the Markdown documents (the instructor guide, the data
READMEs, the quick checks) carry a marker that ``python tools/course.py figures`` fills in from the file::

    the speaker was right for <!--fig:attribution.eval-6.held-out.quotations.speaker_right-->0.788<!--/fig--> of them

A marker may give a format after the id, as Python's ``format`` takes it (``<!--fig:some.id:.0%-->79%<!--/fig-->``).
The markers are invisible in rendered Markdown and in a notebook's rendered cells. A test fails when a marked value
differs from the file, so a figure changed in one document alone is caught, and a figure changed in the file reaches
every document with one build.

Nothing here runs a measurement: measuring belongs to the tools that know how (``tools/measure_attribution.py``,
``tools/course.py figures``), which call :func:`record_figures`.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

__all__ = [
    "FIGURES_PATH",
    "FIGURE_MARKER",
    "Figure",
    "FigureError",
    "fill_figure_markers",
    "figure",
    "figure_markers",
    "format_figure",
    "load_figures",
    "record_figures",
]

FIGURES_PATH = Path(__file__).resolve().parent.parent / "data" / "figures.json"
"""Where the figures live: ``data/figures.json`` beside the course's other data."""

FIGURE_MARKER = re.compile(r"<!--fig:(?P<id>[\w.\-]+)(?::(?P<spec>[^>]*?))?-->(?P<text>.*?)<!--/fig-->", re.DOTALL)
"""A figure quoted in a document: ``<!--fig:ID-->value<!--/fig-->``, or ``<!--fig:ID:SPEC-->`` with a format spec."""

_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*(?:\.[a-z0-9][a-z0-9_\-]*)+$")


class FigureError(ValueError):
    """The figures file or a marker is wrong; the message names the file and the figure."""


@dataclass(frozen=True)
class Figure:
    """One measured figure: its ``value``, the ``date`` it was measured, ``what`` it measures and ``how``.

    ``how`` names the command or notebook that measured it, so that anyone can measure it again (or, for a held-out
    run, see why it cannot be re-run: the rules have been revised on that text since).
    """

    value: float | int | str
    date: str
    what: str
    how: str


def load_figures(path: Path | str | None = None) -> dict[str, Figure]:
    """Every figure in the file, by id.

    >>> figures = load_figures()
    >>> all(isinstance(f, Figure) for f in figures.values())
    True
    """
    path = Path(path) if path is not None else FIGURES_PATH
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FigureError(f"{path}: no figures file here (the course's figures live in data/figures.json)") from None
    except json.JSONDecodeError as error:
        raise FigureError(f"{path}, line {error.lineno}: not valid JSON ({error.msg})") from None
    if not isinstance(raw, dict):
        raise FigureError(f"{path}: expected an object of figures by id, found {type(raw).__name__}")
    figures = {}
    for figure_id, record in raw.items():
        if not _ID.match(figure_id):
            raise FigureError(f"{path}: {figure_id!r} is not a figure id (lower-case words joined by dots)")
        if not isinstance(record, dict) or set(record) != {"value", "date", "what", "how"}:
            raise FigureError(f"{path}: figure {figure_id!r} needs exactly the keys value, date, what and how")
        try:
            datetime.date.fromisoformat(record["date"])
        except (TypeError, ValueError):
            raise FigureError(f"{path}: figure {figure_id!r} has date {record['date']!r}; write YYYY-MM-DD") from None
        figures[figure_id] = Figure(**record)
    return figures


def figure(figure_id: str, path: Path | str | None = None) -> float | int | str:
    """The value of one figure.

    >>> figure("no.such.figure")
    Traceback (most recent call last):
    ...
    framing.figures.FigureError: no figure 'no.such.figure' in data/figures.json
    """
    figures = load_figures(path)
    if figure_id not in figures:
        where = "data/figures.json" if path is None else str(path)
        raise FigureError(f"no figure {figure_id!r} in {where}")
    return figures[figure_id].value


def record_figures(figures: dict[str, Figure], path: Path | str | None = None) -> list[str]:
    """Write ``figures`` into the file, keeping the figures it already holds under other ids.

    A figure measured again with the same value keeps the date it was first measured with. Returns the ids whose
    value changed (or that are new). The file is written only when something changed, sorted by id, so that a diff
    shows exactly which figure moved.
    """
    path = Path(path) if path is not None else FIGURES_PATH
    current = load_figures(path) if path.exists() else {}
    changed = [i for i, f in figures.items() if i not in current or current[i].value != f.value]
    kept_dates = {i: replace(f, date=current[i].date) for i, f in figures.items() if i not in changed}
    merged = {**current, **figures, **kept_dates}
    for figure_id in merged:
        if not _ID.match(figure_id):
            raise FigureError(f"{figure_id!r} is not a figure id (lower-case words joined by dots)")
    text = json.dumps({i: asdict(merged[i]) for i in sorted(merged)}, indent=1, ensure_ascii=False) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return changed


def format_figure(value: float | int | str, spec: str | None = None) -> str:
    """A figure as a document writes it: ``format(value, spec)``; without a spec, a share (a float) with three
    decimals, as the course writes them, and anything else as stored; the spec ``percent`` writes a share as whole
    per cent ("68" for 0.679, for "68 per cent").

    >>> format_figure(0.99), format_figure(0.788, ".0%"), format_figure(304), format_figure(1234, ",")
    ('0.990', '79%', '304', '1,234')
    >>> format_figure(0.679, "percent")
    '68'
    """
    if spec == "percent":  # "68 per cent": the share as a whole number of per cent, as the lessons write it
        if not isinstance(value, (int, float)):
            raise FigureError(f"cannot write {value!r} as per cent")
        return str(round(value * 100))
    if not spec and isinstance(value, float):
        spec = ".3f"
    if spec:
        try:
            return format(value, spec)
        except (TypeError, ValueError) as error:
            raise FigureError(f"cannot write {value!r} with the format {spec!r} ({error})") from None
    return str(value)


def figure_markers(text: str) -> list[tuple[str, str | None, str]]:
    """The figure markers in a text: (id, format spec, the value as written).

    >>> figure_markers("right for <!--fig:a.b-->0.788<!--/fig--> and <!--fig:a.c:.0%-->79%<!--/fig-->")
    [('a.b', None, '0.788'), ('a.c', '.0%', '79%')]
    """
    return [(m["id"], m["spec"] or None, m["text"]) for m in FIGURE_MARKER.finditer(text)]


def fill_figure_markers(text: str, figures: dict[str, Figure], where: str = "text") -> str:
    """The text with every marked figure written from ``figures``; an unknown id is an error naming ``where``.

    >>> figures = {"a.b": Figure(0.79, "2026-01-01", "x", "y")}
    >>> fill_figure_markers("<!--fig:a.b-->0.788<!--/fig-->", figures)
    '<!--fig:a.b-->0.790<!--/fig-->'
    """

    def fill(match: re.Match) -> str:
        if match["id"] not in figures:
            raise FigureError(
                f"{where}: the marker names figure {match['id']!r}, which data/figures.json does not hold"
            )
        spec = match["spec"] or None
        written = format_figure(figures[match["id"]].value, spec)
        return f"<!--fig:{match['id']}{':' + spec if spec else ''}-->{written}<!--/fig-->"

    return FIGURE_MARKER.sub(fill, text)
