"""Mark phrases in a text as HTML, safely.

The text is escaped first, so that an article containing ``<script>`` or
``<b>`` shows those characters as text instead of running or formatting them.
Only the ``<mark>`` tags added here are HTML.
"""

from __future__ import annotations

import html

import pandas as pd

from framing.patterns import compile_pattern
from framing.style import OKABE_ITO

MARK_STYLE = f"background-color: {OKABE_ITO['yellow']}; color: #000000; padding: 0 2px;"


def highlight_html(text: str, patterns) -> str:
    """Return ``text`` as HTML with every match of ``patterns`` wrapped in ``<mark>``.

    ``patterns`` is a list of regular expressions (case-insensitive), or a
    dict from a label to a pattern; the label becomes the mark's tooltip.
    Overlapping matches are merged into one mark.

    >>> highlight_html("Israel-Hamas war <b>", {"name": "Israel-Hamas war"})  # doctest: +ELLIPSIS
    '<mark title="name" style="...">Israel-Hamas war</mark> &lt;b&gt;'
    """
    if not isinstance(text, str):
        raise TypeError(f"highlight_html expects a string, got {type(text).__name__}")
    labelled = patterns.items() if isinstance(patterns, dict) else [(None, p) for p in patterns]
    spans = []
    for label, pattern in labelled:
        compiled = compile_pattern(pattern)
        spans += [(m.start(), m.end(), label) for m in compiled.finditer(text)]
    merged: list[list] = []
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            continue
        merged.append([start, end, label])
    parts, position = [], 0
    for start, end, label in merged:
        parts.append(html.escape(text[position:start]))
        title = f' title="{html.escape(label)}"' if label else ""
        parts.append(f'<mark{title} style="{MARK_STYLE}">{html.escape(text[start:end])}</mark>')
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def side_by_side_html(rows: pd.DataFrame, patterns, caption: str) -> str:
    """An HTML table, one row per article, of the sentences in ``rows``
    (``article_id`` and ``sentence``) with ``patterns`` highlighted.
    Several sentences of one article are joined in one cell.
    """
    if not {"article_id", "sentence"} <= set(rows.columns):
        raise ValueError("side_by_side_html needs a table with the columns article_id and sentence")
    body = []
    for article_id, group in rows.groupby("article_id", sort=False):
        cell = "<br>".join(highlight_html(sentence, patterns) for sentence in group["sentence"])
        body.append(
            f'<tr><th style="text-align: left; vertical-align: top;">{html.escape(str(article_id))}</th>'
            f'<td style="text-align: left;">{cell}</td></tr>'
        )
    return (
        f'<table><caption style="text-align: left;">{html.escape(caption)}</caption>'
        '<thead><tr><th style="text-align: left;">article</th><th style="text-align: left;">sentence</th></tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


KIND_COLOURS = {
    "direct": OKABE_ITO["yellow"],
    "indirect": OKABE_ITO["sky blue"],
    "according-to": OKABE_ITO["reddish purple"],
}
"""A colour per kind of statement (colour-blind-safe); every mark also carries a text label."""


def mark_attributions_html(text: str, attributions: pd.DataFrame) -> str:
    """One article as HTML with every statement's words marked and labelled in the text itself.

    ``attributions`` are the article's rows from ``find_attributions`` (they
    need ``start``, ``end``, ``kind``, ``speaker`` and ``verb``). Each marked
    span is followed by a label in brackets, such as ``[1 direct: Ana Ruiz,
    said]``, so that nothing depends on colour alone. The text is escaped.

    >>> rows = pd.DataFrame({"start": [1], "end": [9], "kind": ["direct"], "speaker": ["Ana <b>"], "verb": ["said"]})
    >>> mark_attributions_html("“We tried,” said Ana.", rows)  # doctest: +ELLIPSIS
    '“<mark ...>We tried</mark> <small><b>[1 direct: Ana &lt;b&gt;, said]</b></small>,” said Ana.'
    """
    if not isinstance(text, str):
        raise TypeError(f"mark_attributions_html expects the article's text as a string, got {type(text).__name__}")
    if not {"start", "end", "kind", "speaker", "verb"} <= set(attributions.columns):
        raise ValueError("mark_attributions_html needs rows from find_attributions (start, end, kind, speaker, verb)")
    parts, position = [], 0
    for number, row in enumerate(attributions.sort_values("start").itertuples(index=False), start=1):
        start, end = max(int(row.start), position), int(row.end)
        if end <= start:
            continue
        colour = KIND_COLOURS.get(row.kind, OKABE_ITO["yellow"])
        label = html.escape(f"[{number} {row.kind}: {row.speaker}, {row.verb}]")
        parts.append(html.escape(text[position:start]))
        parts.append(
            f'<mark style="background-color: {colour}; color: #000000;">{html.escape(text[start:end])}</mark> '
            f"<small><b>{label}</b></small>"
        )
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts).replace("\n", "<br>")
