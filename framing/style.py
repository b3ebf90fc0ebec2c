"""One look for every chart in the course.

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
    """Set Matplotlib defaults: palette, a readable size, no top or right frame.

    Figures are saved without a creation date, so a re-run stores the same image.
    """
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
