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
counts, but there is no single right value. By default alpha_0 is the size of
the whole corpus, so each word's pseudo-count alpha_w is its count in the whole
corpus: the prior weighs as much as all the articles together, not "a little".

Many words of a short article tie: every word used once in one article and
nowhere else gets the same z-score. ``distinctive_words`` reports how many
words share each z-score (``ties``) and breaks ties by the count in the
article, then alphabetically, where digits come before letters.

Function words ("the", "he", "when", "he's") and abbreviated titles ("mr",
"sen") rise to the top of a list for reasons of grammar and house style, not
word choice, so ``distinctive_words`` leaves them out of its lists by default
(``stop_words="english"``: the rows of ``framing/stop_words.csv`` marked
``left_out``, each with its reason). They are left out of the lists, not of
the counts: every z-score is the same with or without the stop list, and
``left_out_words`` names the ones that would have been listed. The file also
names words kept on purpose, with the reason: "us" (lower case joins it to the
country "US"), "u.s", "said" and the modal verbs ("may", "could"), which carry
an article's stance.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from framing._tables import require_columns
from framing.progress import progress
from framing.word_lists import load_word_list, words
from framing.words import tokenize

STOP_WORDS = "english"
"""The default stop list of ``distinctive_words``: the course's English function words and abbreviated titles, the
rows of ``framing/stop_words.csv`` whose ``left_out`` is yes (scikit-learn's text tools name theirs the same way)."""


@dataclass(frozen=True)
class WordCountMatrix:
    """Word counts of many articles, stored sparsely (only the words an article uses).

    ``matrix[i, j]`` is how often ``words[j]`` occurs in article
    ``article_ids[i]``. A story of 5,000 articles uses about a hundred thousand
    different words; a full table of every word for every article would hold
    500 million numbers, most of them zero, so only the non-zero counts are kept
    (a SciPy compressed sparse row matrix).
    """

    matrix: sparse.csr_matrix
    words: tuple[str, ...]
    article_ids: tuple[str, ...]

    def to_frame(self) -> pd.DataFrame:
        """The full table: one row per word (in alphabetical order), one column per article."""
        table = pd.DataFrame(self.matrix.T.toarray(), index=list(self.words), columns=list(self.article_ids))
        table.index.name, table.columns.name = "word", "article_id"
        return table


def _normalised_words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in tokenize(text)]


def count_words(articles: pd.DataFrame) -> WordCountMatrix:
    """Lower-case word counts of every article, stored sparsely (see ``WordCountMatrix``).

    Use this for a story of many articles; ``word_counts`` gives the same counts
    as a table, which is easier to read for a few articles.

    >>> counts = count_words(pd.DataFrame({"article_id": ["a", "b"], "text": ["War, war.", "Peace"]}))
    >>> counts.words, counts.matrix.toarray().tolist()
    (('peace', 'war'), [[0, 2], [1, 0]])
    """
    require_columns(articles, ["article_id", "text"])
    tokens = [_normalised_words(text) for text in progress(articles["text"], len(articles), "Counting words")]
    vocabulary = sorted(set().union(*tokens)) if tokens else []
    column = {word: number for number, word in enumerate(vocabulary)}
    rows = np.repeat(np.arange(len(tokens)), [len(t) for t in tokens])
    columns = np.fromiter((column[w] for t in tokens for w in t), dtype=np.int64, count=len(rows))
    matrix = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.int64), (rows, columns)), shape=(len(tokens), len(vocabulary))
    )
    matrix.sum_duplicates()
    return WordCountMatrix(matrix, tuple(vocabulary), tuple(articles["article_id"]))


def word_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """A table of lower-case word counts: one row per word, one column per article.

    Typographic apostrophes are made straight first ("Iran’s" and "Iran's" are
    one word), because a newsroom's choice of apostrophe is not word choice.
    For a story of hundreds of articles use ``count_words``, which stores only
    the non-zero counts.

    >>> word_counts(pd.DataFrame({"article_id": ["a", "b"], "text": ["War, war.", "Peace"]})).to_dict()
    {'a': {'peace': 0, 'war': 2}, 'b': {'peace': 1, 'war': 0}}
    """
    return count_words(articles).to_frame()


def _z_scores(
    y_a: np.ndarray, y_r: np.ndarray, alpha: np.ndarray, alpha_0: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """delta, variance and z of the weighted log-odds (the formulas in the module's docstring)."""
    n_a, n_r = y_a.sum(), y_r.sum()
    if n_a == 0 or n_r == 0:
        raise ValueError("both the focus and the rest need at least one word")
    delta = np.log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha)) - np.log(
        (y_r + alpha) / (n_r + alpha_0 - y_r - alpha)
    )
    variance = 1.0 / (y_a + alpha) + 1.0 / (y_r + alpha)
    return delta, variance, delta / np.sqrt(variance)


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
    delta, variance, z = _z_scores(y_a.to_numpy(), y_r.to_numpy(), alpha.to_numpy(), alpha.sum())
    result = pd.DataFrame(
        {"count": y_a.astype(int), "rest_count": y_r.astype(int), "delta": delta, "variance": variance, "z": z}
    )
    result.index.name = "word"
    return result.sort_values(["z", "count"], ascending=[False, False], kind="stable")


def _ties(z: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """For each position in ``chosen``, how many entries of ``z`` (itself included) have the same value.

    Values count as the same when they differ by less than a millionth of a millionth of their size (words with
    the same counts get bit-identical z-scores; this only guards against rounding).

    >>> _ties(np.array([1.0, 2.0, 1.0, 1.0]), np.array([1, 0])).tolist()
    [1, 3]
    >>> _ties(np.repeat([1.0, 2.0], 20), np.arange(40))[[0, 39]].tolist()  # many positions: sorted once
    [20, 20]
    """
    values = z[chosen]
    tolerance = 1e-12 * np.maximum(np.abs(values), 1.0)
    if len(chosen) <= 32:  # a few values: one pass over z each is cheaper than sorting z
        return np.array([int(np.count_nonzero(np.abs(z - v) <= t)) for v, t in zip(values, tolerance)], dtype=int)
    ordered = np.sort(z)
    return (
        np.searchsorted(ordered, values + tolerance, side="right")
        - np.searchsorted(ordered, values - tolerance, side="left")
    ).astype(int)


def _top(z: np.ndarray, count: np.ndarray, top: int) -> np.ndarray:
    """Positions of the ``top`` largest z (ties: larger count first, then alphabetical order), best first."""
    if len(z) > top:
        threshold = np.partition(z, len(z) - top)[len(z) - top]
        candidates = np.flatnonzero(z >= threshold)
    else:
        candidates = np.arange(len(z))
    order = np.lexsort((candidates, -count[candidates], -z[candidates]))
    return candidates[order][:top]


def stop_list(stop_words: str | Iterable[str] | None = STOP_WORDS) -> frozenset[str]:
    """The words a ``stop_words`` option leaves out, in lower case with straight apostrophes.

    ``"english"`` is the course's list (``framing/stop_words.csv``), ``None`` leaves nothing out, and any
    collection of words is taken as it is.

    >>> {"the", "he's", "mr"} <= stop_list() and not {"us", "u.s", "said", "may"} & stop_list()
    True
    >>> stop_list(None), sorted(stop_list(["Mr", "Iran’s"]))
    (frozenset(), ["iran's", 'mr'])
    """
    if stop_words is None:
        return frozenset()
    if isinstance(stop_words, str):
        if stop_words != STOP_WORDS:
            raise ValueError(
                f"stop_words must be {STOP_WORDS!r} (the course's list), None, or a list of words; got {stop_words!r}"
            )
        return words("stop_words", left_out="yes")
    listed = list(stop_words)
    if not all(isinstance(word, str) for word in listed):
        raise TypeError("stop_words must be a list of words (strings)")
    return frozenset(word.lower().replace("’", "'") for word in listed)


def stop_word_reasons() -> pd.DataFrame:
    """Every entry of the course's stop list (``framing/stop_words.csv``): ``word``, ``kind``, ``left_out`` (True
    for the words ``distinctive_words`` leaves out by default, False for the words kept on purpose) and ``why``."""
    rows = load_word_list("stop_words").entries()
    table = pd.DataFrame(rows, columns=["word", "kind", "left_out", "why"])
    return table.assign(left_out=table["left_out"].eq("yes"))


def _as_matrix(counts: pd.DataFrame | WordCountMatrix) -> WordCountMatrix:
    """A ``count_words`` matrix from either form of counts, checked: two articles or more, each with words."""
    if isinstance(counts, pd.DataFrame):
        if counts.shape[1] < 2:
            raise ValueError("distinctive_words needs a word_counts table with at least two articles")
        counts = WordCountMatrix(sparse.csr_matrix(counts.to_numpy().T), tuple(counts.index), tuple(counts.columns))
    elif not isinstance(counts, WordCountMatrix):
        raise ValueError("distinctive_words needs a word_counts table or a count_words matrix")
    if counts.matrix.shape[0] < 2:
        raise ValueError("distinctive_words needs at least two articles to compare")
    lengths = np.asarray(counts.matrix.sum(axis=1)).ravel()
    empty = [article_id for article_id, length in zip(counts.article_ids, lengths) if length == 0]
    if empty:
        raise ValueError(f"no words to compare in article(s) {', '.join(map(repr, empty))}: leave them out first")
    return counts


def distinctive_words(
    counts: pd.DataFrame | WordCountMatrix,
    prior_size: float | None = None,
    top: int = 8,
    stop_words: str | Iterable[str] | None = STOP_WORDS,
) -> pd.DataFrame:
    """The ``top`` most distinctive words of each article against the other articles.

    ``counts`` is a ``word_counts`` table or a ``count_words`` matrix. The
    prior is the whole corpus's word frequencies scaled to a total of
    ``prior_size`` pseudo-counts (default: the corpus size, which is the plain
    corpus counts). "The rest" of an article is the whole corpus minus that
    article. ``stop_words`` are left out of the lists, not of the counts
    (default: the course's function words and abbreviated titles, see
    ``stop_list``; ``None`` keeps every word; ``left_out_words`` names the
    ones left out). Returns a long table: ``article_id``, ``rank``, ``word``,
    ``count``, ``rest_count``, ``delta``, ``z`` and ``ties``: how many listed
    words of the article (this one included) have the same z-score. Ties are
    broken by the count in the article (larger first), then alphabetically
    (digits before letters), so where ``ties`` is more than 1 the list could
    as well show other words: look at them before you read anything into the
    order.

    Raises ValueError, naming them, if fewer than two articles are given or an
    article has no words (leave such articles out first).

    >>> counts = word_counts(pd.DataFrame({"article_id": ["a", "b"], "text": ["He said he ran", "She ran"]}))
    >>> distinctive_words(counts, top=1)["word"].tolist()
    ['said', 'ran']
    >>> distinctive_words(counts, top=1, stop_words=None)["word"].tolist()
    ['he', 'she']
    """
    counts = _as_matrix(counts)
    leave_out = stop_list(stop_words)
    corpus = np.asarray(counts.matrix.sum(axis=0)).ravel()
    used = np.flatnonzero(corpus > 0)
    corpus, words_used = corpus[used], np.asarray(counts.words, dtype=object)[used]
    size = float(corpus.sum()) if prior_size is None else float(prior_size)
    if size <= 0:
        raise ValueError(f"prior_size must be positive, got {prior_size!r}")
    alpha = corpus / corpus.sum() * size
    listed = np.flatnonzero([word not in leave_out for word in words_used])
    matrix = counts.matrix[:, used].tocsr()
    frames = []
    for row, article_id in enumerate(progress(counts.article_ids, len(counts.article_ids), "Distinctive words")):
        y_a = matrix[row].toarray().ravel().astype(float)
        delta, _, z = _z_scores(y_a, corpus - y_a, alpha, alpha.sum())
        best = listed[_top(z[listed], y_a[listed], top)]
        frames.append(
            pd.DataFrame(
                {
                    "article_id": article_id,
                    "rank": range(1, len(best) + 1),
                    "word": words_used[best],
                    "count": y_a[best].astype(int),
                    "rest_count": (corpus[best] - y_a[best]).astype(int),
                    "delta": delta[best],
                    "z": z[best],
                    "ties": _ties(z[listed], np.searchsorted(listed, best)),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def left_out_words(
    counts: pd.DataFrame | WordCountMatrix,
    prior_size: float | None = None,
    top: int = 8,
    stop_words: str | Iterable[str] | None = STOP_WORDS,
) -> pd.DataFrame:
    """The stop words that would be among each article's ``top`` distinctive words without the stop list.

    Columns: ``article_id``, ``rank`` (the place the word would have had), ``word``, ``count``, ``z`` and ``why``
    (the reason in ``framing/stop_words.csv``; blank for a word of a list of your own).

    >>> counts = word_counts(pd.DataFrame({"article_id": ["a", "b"], "text": ["He said he ran", "She ran"]}))
    >>> left_out_words(counts, top=1)[["article_id", "word"]].values.tolist()
    [['a', 'he'], ['b', 'she']]
    """
    everything = distinctive_words(counts, prior_size, top, stop_words=None)
    left = everything[everything["word"].isin(stop_list(stop_words))]
    reasons = stop_word_reasons().set_index("word")["why"]
    left = left.assign(why=left["word"].map(reasons).fillna(""))
    return left[["article_id", "rank", "word", "count", "z", "why"]].reset_index(drop=True)


def words_and_ties(rows: pd.DataFrame) -> list[tuple[str, float]]:
    """One article's listed words, best first, as (word, z), except that a group of tied words that the list cuts
    short (its ``ties`` is more than the words it shows) is one entry, "N words tied": which of them the list shows
    is down to alphabetical order, not to the text.

    >>> rows = pd.DataFrame({"word": ["war", "31", "69"], "z": [2.0, 1.0, 1.0], "ties": [1, 25, 25]})
    >>> words_and_ties(rows)
    [('war', 2.0), ('25 words tied', 1.0)]
    """
    entries = [(str(word), float(z)) for word, z in zip(rows["word"], rows["z"])]
    if rows.empty or "ties" not in rows.columns:
        return entries
    last = float(rows["z"].iloc[-1])
    tied = (abs(rows["z"] - last) <= 1e-12 * max(abs(last), 1.0)).to_numpy()
    group = int(rows["ties"].iloc[-1])
    if group <= int(tied.sum()):
        return entries
    return [entry for entry, in_tie in zip(entries, tied) if not in_tie] + [(f"{group} words tied", last)]


def top_words(scores: pd.DataFrame) -> pd.Series:
    """Each article's listed words, best first, joined by commas (one line per article, in the table's order); a
    group of tied words that the list cuts short is "N words tied" (see ``words_and_ties``).

    >>> scores = pd.DataFrame({"article_id": ["a", "a", "b"], "word": ["war", "gaza", "peace"]})
    >>> top_words(scores).to_dict()
    {'a': 'war, gaza', 'b': 'peace'}
    >>> top_words(scores.assign(z=[2.0, 1.0, 1.0], ties=[1, 3, 1]))["a"]
    'war, 3 words tied'
    """
    require_columns(scores, ["article_id", "word"], what="distinctive words")
    with_ties = {"z", "ties"} <= set(scores.columns)
    lines = {
        article_id: ", ".join(word for word, _ in words_and_ties(rows)) if with_ties else ", ".join(rows["word"])
        for article_id, rows in scores.groupby("article_id", sort=False)
    }
    return pd.Series(lines, name="word", dtype=object).rename_axis("article_id")
