"""Distinctive words: the weighted log-odds ratio with an informative Dirichlet prior.

Which words does one article use more than the others? Raw counts favour
common words, and simple ratios favour rare ones (a word used once by one
article and never by the others has an infinite ratio). Monroe, Colaresi and
Quinn (2008, "Fightin' Words", *Political Analysis* 16(4), section 3.5)
propose the log-odds ratio with an informative Dirichlet prior: every word's
count is topped up by a pseudo-count proportional to its frequency in the
whole corpus, and the difference in log-odds is divided by its approximate
standard deviation, giving a z-score.

For word w, article counts y_a (total n_a), counts in the rest of the corpus
y_r (total n_r), and prior pseudo-counts alpha_w summing to alpha_0:

    delta_w = log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
            - log((y_r + alpha_w) / (n_r + alpha_0 - y_r - alpha_w))
    var_w  ~= 1 / (y_a + alpha_w) + 1 / (y_r + alpha_w)
    z_w     = delta_w / sqrt(var_w)

The prior's total weight alpha_0 (``prior_size``) matters: larger values pull
every estimate towards the corpus average, which is the point with small
counts, but there is no single right value.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from framing._tables import require_columns
from framing.words import tokenize


def word_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """A table of lower-case word counts: one row per word, one column per article.

    Typographic apostrophes are made straight first ("Iran’s" and "Iran's" are
    one word), because a newsroom's choice of apostrophe is not word choice.

    >>> word_counts(pd.DataFrame({"article_id": ["a", "b"], "text": ["War, war.", "Peace"]})).to_dict()
    {'a': {'peace': 0, 'war': 2}, 'b': {'peace': 1, 'war': 0}}
    """
    require_columns(articles, ["article_id", "text"])
    counts = {
        article_id: pd.Series([w.lower().replace("’", "'") for w in tokenize(text)], dtype="str").value_counts()
        for article_id, text in zip(articles["article_id"], articles["text"])
    }
    table = pd.DataFrame(counts).fillna(0).astype(int).sort_index()
    table.index.name = "word"
    table.columns.name = "article_id"
    return table


def log_odds_ratio(focus: pd.Series, rest: pd.Series, prior: pd.Series) -> pd.DataFrame:
    """Weighted log-odds of every word in ``focus`` against ``rest``, with a
    Dirichlet ``prior`` of pseudo-counts (all three indexed by word).

    Returns ``count`` (in focus), ``rest_count``, ``delta`` (the log-odds
    ratio), ``variance`` and ``z``, sorted by ``z``, largest first.

    >>> focus = pd.Series({"militia": 5, "the": 20})
    >>> rest = pd.Series({"militia": 1, "the": 80})
    >>> prior = pd.Series({"militia": 1.0, "the": 10.0})
    >>> log_odds_ratio(focus, rest, prior).index[0]
    'militia'
    """
    words = prior.index
    for name, series in (("focus", focus), ("rest", rest), ("prior", prior)):
        if not isinstance(series, pd.Series):
            raise TypeError(f"{name} must be a pandas Series of counts indexed by word")
        if (series < 0).any():
            raise ValueError(f"{name} has negative counts")
    if (prior <= 0).any():
        raise ValueError("every prior pseudo-count must be positive (a word with no prior cannot be scored)")
    y_a = focus.reindex(words, fill_value=0).astype(float)
    y_r = rest.reindex(words, fill_value=0).astype(float)
    alpha = prior.astype(float)
    alpha_0, n_a, n_r = alpha.sum(), y_a.sum(), y_r.sum()
    if n_a == 0 or n_r == 0:
        raise ValueError("both the focus and the rest need at least one word")
    delta = np.log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha)) - np.log((y_r + alpha) / (n_r + alpha_0 - y_r - alpha))
    variance = 1.0 / (y_a + alpha) + 1.0 / (y_r + alpha)
    result = pd.DataFrame(
        {"count": y_a.astype(int), "rest_count": y_r.astype(int), "delta": delta, "variance": variance, "z": delta / np.sqrt(variance)}
    )
    result.index.name = "word"
    return result.sort_values(["z", "count"], ascending=[False, False], kind="stable")


def distinctive_words(counts: pd.DataFrame, prior_size: float | None = None, top: int = 8) -> pd.DataFrame:
    """The ``top`` most distinctive words of each article against the other articles.

    ``counts`` is a ``word_counts`` table. The prior is the whole corpus's
    word frequencies scaled to a total of ``prior_size`` pseudo-counts
    (default: the corpus size, which is the plain corpus counts). Returns a
    long table: ``article_id``, ``rank``, ``word``, ``count``, ``rest_count``,
    ``delta``, ``z``.
    """
    if not isinstance(counts, pd.DataFrame) or counts.shape[1] < 2:
        raise ValueError("distinctive_words needs a word_counts table with at least two articles")
    corpus = counts.sum(axis=1)
    corpus = corpus[corpus > 0]
    size = float(corpus.sum()) if prior_size is None else float(prior_size)
    if size <= 0:
        raise ValueError(f"prior_size must be positive, got {prior_size!r}")
    prior = corpus / corpus.sum() * size
    frames = []
    for article_id in counts.columns:
        scores = log_odds_ratio(counts[article_id], counts.drop(columns=article_id).sum(axis=1), prior).head(top)
        scores = scores.reset_index().assign(article_id=article_id, rank=range(1, len(scores) + 1))
        frames.append(scores[["article_id", "rank", "word", "count", "rest_count", "delta", "z"]])
    return pd.concat(frames, ignore_index=True)
