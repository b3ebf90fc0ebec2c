"""Small checks shared by the functions that take a table of articles or sentences."""

from __future__ import annotations

import pandas as pd


def require_columns(table: pd.DataFrame, columns: list[str], what: str = "articles", maker: str | None = None) -> None:
    """Raise a clear error unless ``table`` is a DataFrame with all of ``columns``. ``maker`` names the function
    that makes such a table, for the hint (by default ``load_articles`` or ``split_sentences``).

    >>> require_columns(pd.DataFrame({"article_id": []}), ["article_id"])
    >>> require_columns(pd.DataFrame(), ["text"])
    Traceback (most recent call last):
    ...
    ValueError: the articles table has no column(s) text; did you load it with load_articles?
    """
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"expected a pandas DataFrame of {what}, got {type(table).__name__}")
    missing = [column for column in columns if column not in table.columns]
    if missing:
        if maker:
            hint = f"make it with {maker}"
        else:
            hint = (
                "did you load it with load_articles?" if what == "articles" else "did you make it with split_sentences?"
            )
        raise ValueError(f"the {what} table has no column(s) {', '.join(missing)}; {hint}")
