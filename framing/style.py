"""One look for every chart and table in the course.

The palette is Okabe and Ito's (2008), designed to stay distinguishable for
readers with the common forms of colour blindness. ``use_course_style`` sets
Matplotlib's defaults once, in each notebook's setup cell.
"""

from __future__ import annotations

import matplotlib as mpl
from cycler import cycler

OKABE_ITO = {
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "black": "#000000",
}
"""The eight Okabe-Ito colours by name."""

PALETTE = [
    OKABE_ITO[name]
    for name in ("blue", "orange", "bluish green", "vermillion", "reddish purple", "sky blue", "yellow", "black")
]
"""The colour order used for series: the darker, most distinct colours first."""


def use_course_style() -> None:
    """Set Matplotlib defaults (palette, a readable size, no top or right frame) and, in a notebook, show tables with
    text left-aligned (:func:`aligned_table_html`).

    Figures are saved without a creation date, so a re-run stores the same image.
    """
    _show_tables_aligned()
    mpl.rcParams.update(
        {
            "axes.prop_cycle": cycler(color=PALETTE),
            "figure.figsize": (8, 4.5),
            "figure.dpi": 80,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
            "font.size": 11,
            "svg.hashsalt": "same-story-five-frames",
        }
    )


def article_colours(article_ids) -> dict[str, str]:
    """A fixed colour for each article, in the order given, so that an article
    has the same colour in every chart of a notebook.

    >>> article_colours(["a", "b"])
    {'a': '#0072B2', 'b': '#E69F00'}
    """
    ids = list(article_ids)
    if len(ids) > len(PALETTE):
        raise ValueError(f"{len(ids)} articles but only {len(PALETTE)} distinguishable colours; compare fewer at once")
    return dict(zip(ids, PALETTE))


RIGHT_ALIGNED_TEXT = ("left",)
"""Text columns read right-aligned: a concordance's left context, so that every line meets the keyword."""


def _is_text(column) -> bool:
    return column.dtype == object or str(column.dtype) in ("string", "str")


def aligned_table_html(frame) -> str | None:
    """A table's HTML as pandas writes it, with its text columns left-aligned and numbers right-aligned.

    Browsers right-align every cell of a pandas table, so sentences are hard to read and a concordance's right
    context does not line up on the keyword. Each text cell gets ``style="text-align: left"`` (a concordance's
    ``left`` column ``right``), an inline style that JupyterLab keeps even in a notebook it does not yet trust.
    A table with more than one header row, or one shown with columns left out, is returned as pandas writes it.

    >>> import pandas as pd
    >>> html = aligned_table_html(pd.DataFrame({"left": ["we will"], "match": ["sign"], "count": [2]}))
    >>> html.count('style="text-align: right"'), html.count('style="text-align: left"')
    (1, 1)
    """
    html = frame._repr_html_()
    if html is None or frame.columns.nlevels > 1 or frame.index.nlevels > 1 or len(frame.columns) == 0:
        return html
    import re

    body = re.search(r"<tbody>(.*)</tbody>", html, re.DOTALL)
    if not body:
        return html
    sides = [
        ("right" if str(name) in RIGHT_ALIGNED_TEXT else "left") if _is_text(frame.iloc[:, i]) else None
        for i, name in enumerate(frame.columns)
    ]

    def align(row: re.Match) -> str:
        cells = row.group(0).split("<td>")
        if len(cells) - 1 != len(sides):  # columns left out ("..."): leave the row as pandas wrote it
            return row.group(0)
        return cells[0] + "".join(
            (f'<td style="text-align: {side}">' if side else "<td>") + cell for side, cell in zip(sides, cells[1:])
        )

    aligned = re.sub(r"<tr>.*?</tr>", align, body.group(1), flags=re.DOTALL)
    return html[: body.start(1)] + aligned + html[body.end(1) :]


def _show_tables_aligned() -> None:
    """Display every DataFrame of this IPython session with :func:`aligned_table_html` (nothing outside IPython)."""
    try:
        shell = get_ipython()  # noqa: F821 (IPython puts it in builtins)
    except NameError:
        return
    import pandas as pd

    shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, aligned_table_html)
