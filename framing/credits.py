"""Credits: the news agencies and photo agencies a text names as its sources.

A credit line ("Reuters contributed to this report.") or a photo credit
("Photo: AA", "Atta Kenare/AFP via Getty Images") tells the reader whose work
an article rests on. It also leaves things out: a text can reuse agency copy
without saying so. This module lists what the page around the article credits,
from the lines that ``framing.cleaning`` classifies as captions and credit lines.
"""

from __future__ import annotations

import re

import pandas as pd

from framing._tables import require_columns
from framing.cleaning import AGENCY, classify_line

_PHOTO = (
    re.compile(r"Photo:\s*(?P<credit>[^()]+?)\s*$"),
    re.compile(rf"\((?P<credit>{AGENCY}[^()]*)\)\s*$"),
    re.compile(r"\((?P<credit>[^()]*/[^()]*)\)\s*$"),
    re.compile(r"(?P<credit>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*/[A-Z][\w]*(?:\s+via\s+Getty Images)?)\s*$"),
)
_WIRE = re.compile(r"^(?P<credit>.+?)\s+contributed to this (?:report|story|article)", re.IGNORECASE)


def find_credits(articles: pd.DataFrame, text_column: str = "text") -> pd.DataFrame:
    """Every photo credit and wire credit in the articles as received.

    Pass the raw text (``load_articles``'s ``text``, or ``raw_text`` after
    cleaning). Returns ``article_id``, ``kind`` ("photo" or "wire"),
    ``credit`` and the whole ``line``. A caption repeated on the page is
    listed once.

    >>> table = pd.DataFrame(
    ...     {"article_id": ["a"], "text": ["Leaders meet. / Photo: AA\\nReuters contributed to this report."]}
    ... )
    >>> find_credits(table)[["kind", "credit"]].values.tolist()
    [['photo', 'AA'], ['wire', 'Reuters']]
    """
    require_columns(articles, ["article_id", text_column])
    rows = []
    for _, article in articles.iterrows():
        metadata = article.to_dict()
        seen = set()
        for line in article[text_column].split("\n"):
            rule = classify_line(line, metadata)
            stripped = line.strip()
            if rule == "photo caption":
                credit = next((m.group("credit").strip() for p in _PHOTO if (m := p.search(stripped))), stripped)
                kind = "photo"
            elif rule == "wire credit":
                credit, kind = _WIRE.match(stripped).group("credit").strip(), "wire"
            else:
                continue
            if (kind, credit) not in seen:
                seen.add((kind, credit))
                rows.append([article["article_id"], kind, credit, stripped])
    return pd.DataFrame(rows, columns=["article_id", "kind", "credit", "line"])
