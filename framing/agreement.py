"""Agreement between codings: people against tools, and people against people.

A sentiment score is only worth reporting if it agrees with careful human
reading. These functions compare two sets of labels for the same sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd

from framing._tables import require_columns
from framing.hand_csv import (
    HandFileError,
    blank_cells,
    example_rows,
    in_line_order,
    marked_rows,
    read_choices,
    read_hand_csv,
    repeated_keys,
    squeeze,
    straighten,
    warn_notes,
    whole_numbers,
)
from framing.problems import Problem
from framing.sentiment import LABELS

HAND_CODE_COLUMNS = ("article_id", "sentence_no", "sentence", "label")
"""The columns of a file of hand-coded sentences; a ``note`` column and others are kept."""


class HandCodingError(HandFileError):
    """A hand-coding file is missing, malformed, or does not match the sentences; ``problems`` lists each problem
    (file, line, what is wrong)."""


def load_hand_codes(path: str | Path, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read a file of hand-coded sentences: ``article_id``, ``sentence_no``,
    ``sentence`` and ``label`` (negative, neutral or positive).

    The file is read by ``framing.hand_csv.read_hand_csv`` (a semicolon export,
    a byte-order mark and Excel's empty rows are read; an Excel workbook, text
    in Windows-1252, a comma without quotes are named). A label with stray
    spaces or capitals ("Negative "), or the start of one ("neg"), is read with
    a warning. With ``sentences`` (from ``split_sentences``), also check that
    every coded sentence is still the sentence with that number, word for word,
    so that codes cannot drift from the text. Raises ``HandCodingError`` naming
    the file, the line and each problem: a blank or repeated sentence, a
    sentence number that is not one, a label that is not one of ``LABELS``, a
    comment or example row, a sentence that is not in the article or reads
    differently (with a hint when only its quotation marks differ).
    """
    try:
        hand = read_hand_csv(path, HAND_CODE_COLUMNS, what="file of hand codes")
    except HandCodingError:
        raise
    except HandFileError as error:
        raise HandCodingError(error.problems) from None
    path = hand.path
    problems = example_rows(hand.table, ["article_id"], path)
    table = hand.table.drop(index=marked_rows(hand.table, ["article_id"]))
    table["article_id"] = table["article_id"].str.strip()
    numbers, number_problems = whole_numbers(table, "sentence_no", path)
    labels, label_problems, notes = read_choices(table, "label", LABELS, path, blank=f"code it {', '.join(LABELS)}")
    problems += blank_cells(table, ["article_id"], path) + number_problems + label_problems
    keyed = table.assign(sentence_no=["" if pd.isna(n) else str(n) for n in numbers])
    problems += repeated_keys(
        keyed,
        ["article_id", "sentence_no"],
        path,
        lambda key: f"sentence {key[0]} {key[1]} is coded twice (first on line {{first}}); code each sentence once",
    )
    if sentences is not None:
        problems += _sentence_problems(table.assign(sentence_no=numbers), sentences, path)
    if problems:
        raise HandCodingError(in_line_order(problems))
    warn_notes(hand, notes)
    return table.assign(sentence_no=numbers.astype("int64"), label=labels.astype(str)).reset_index(drop=True)


def _sentence_problems(codes: pd.DataFrame, sentences: pd.DataFrame, path: Path) -> list[Problem]:
    """A problem for each coded sentence that is not in its article, or that reads differently there."""
    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    lookup = {
        (a, int(n)): s for a, n, s in sentences[["article_id", "sentence_no", "sentence"]].itertuples(index=False)
    }
    articles = set(sentences["article_id"])
    problems = []
    for line, article_id, number, written in zip(
        codes.index, codes["article_id"], codes["sentence_no"], codes["sentence"]
    ):
        if not article_id or pd.isna(number):
            continue
        actual = lookup.get((article_id, int(number)))
        if article_id not in articles:
            shown = ", ".join(sorted(articles)[:8]) + (" ..." if len(articles) > 8 else "")
            problems.append(
                Problem("sentence_not_found", f"{path}: line {line}: there is no article {article_id!r} ({shown})")
            )
        elif actual is None:
            problems.append(
                Problem(
                    "sentence_not_found",
                    f"{path}: line {line}: there is no sentence {number} in article {article_id!r}",
                )
            )
        elif actual != written:
            hint = ""
            if straighten(squeeze(actual)) == straighten(squeeze(written)):
                hint = (
                    " (only its quotation marks, apostrophes, dashes or spaces differ: a retyped sentence? Copy it "
                    "from the sentences table)"
                )
            problems.append(
                Problem(
                    "sentence_changed",
                    f"{path}: line {line}: sentence {number} of {article_id!r} now reads {actual[:60]!r}...{hint}",
                )
            )
    return problems


def _paired(first, second) -> tuple[pd.Series, pd.Series]:
    first, second = pd.Series(first).reset_index(drop=True), pd.Series(second).reset_index(drop=True)
    if len(first) != len(second):
        raise ValueError(f"the two codings have different lengths ({len(first)} and {len(second)})")
    if len(first) == 0:
        raise ValueError("there is nothing to compare: both codings are empty")
    return first, second


def accuracy(truth, predicted) -> float:
    """The share of items on which two codings agree.

    >>> accuracy(["negative", "neutral"], ["negative", "positive"])
    0.5
    """
    truth, predicted = _paired(truth, predicted)
    return float((truth == predicted).mean())


def confusion_table(truth, predicted, labels=LABELS, names=("hand code", "tool")) -> pd.DataFrame:
    """Counts of each pair of labels: rows are ``truth``, columns ``predicted``.

    >>> confusion_table(["negative", "neutral"], ["neutral", "neutral"]).values.tolist()
    [[0, 1, 0], [0, 1, 0], [0, 0, 0]]
    """
    truth, predicted = _paired(truth, predicted)
    table = pd.crosstab(
        pd.Categorical(truth, categories=labels), pd.Categorical(predicted, categories=labels), dropna=False
    )
    table.index.name, table.columns.name = names
    return table.reindex(index=list(labels), columns=list(labels), fill_value=0)


def cohen_kappa(first, second, labels=None, weights: str | None = None) -> float:
    """Cohen's kappa: agreement between two codings, corrected for the
    agreement expected by chance from each coding's label frequencies.
    1 is perfect agreement, 0 is what chance alone would give, and a negative
    kappa means less agreement than chance.

    With ``weights="linear"`` (or ``"quadratic"``), ``labels`` must list the
    labels in their order (such as ``LABELS``): a disagreement between labels
    two steps apart (negative and positive) then counts twice (four times) as
    much as one between neighbours (negative and neutral).

    >>> cohen_kappa(["a", "a", "b", "b"], ["a", "a", "b", "b"])
    1.0
    >>> round(cohen_kappa(["a", "a", "b", "b"], ["a", "b", "a", "b"]), 3)
    0.0
    >>> round(cohen_kappa(["a", "b"], ["b", "a"]), 3)
    -1.0
    >>> truth, tool = ["negative", "neutral", "positive"], ["neutral", "neutral", "positive"]
    >>> round(cohen_kappa(truth, tool), 2), round(cohen_kappa(truth, tool, labels=LABELS, weights="linear"), 2)
    (0.5, 0.57)
    """
    first, second = _paired(first, second)
    if weights not in (None, "linear", "quadratic"):
        raise ValueError(f"weights must be None, 'linear' or 'quadratic', got {weights!r}")
    if weights and labels is None:
        raise ValueError("a weighted kappa needs the labels in their order, for example labels=framing.LABELS")
    labels = sorted(set(first) | set(second)) if labels is None else list(labels)
    unknown = (set(first) | set(second)) - set(labels)
    if unknown:
        raise ValueError(f"labels not in the list of labels: {', '.join(sorted(map(str, unknown)))}")
    position = {label: i for i, label in enumerate(labels)}
    step = max(len(labels) - 1, 1)
    power = {None: 0, "linear": 1, "quadratic": 2}[weights]

    def disagreement(a, b) -> float:  # 0 for the same label, up to 1 for the labels furthest apart
        if a == b:
            return 0.0
        return 1.0 if power == 0 else (abs(position[a] - position[b]) / step) ** power

    counts_first, counts_second = Counter(first), Counter(second)  # counted once: a class compares hundreds of pairs
    share_first = {label: counts_first[label] / len(first) for label in labels}
    share_second = {label: counts_second[label] / len(second) for label in labels}
    observed = sum(disagreement(a, b) for a, b in zip(first, second)) / len(first)
    expected = sum(share_first[a] * share_second[b] * disagreement(a, b) for a in labels for b in labels)
    if expected == 0.0:
        return 1.0 if observed == 0.0 else 0.0
    return 1.0 - observed / expected


def kappa_range_one_change(first, second, labels=None) -> tuple[float, float]:
    """The lowest and highest Cohen's kappa that ``first`` and ``second`` would have if any one label of
    ``second`` were changed to another label: how far one decision moves kappa on a few sentences.

    >>> kappa_range_one_change(["a", "a", "b", "b"], ["a", "a", "b", "b"])
    (0.5, 0.5)
    """
    first, second = _paired(first, second)
    labels = sorted(set(first) | set(second)) if labels is None else list(labels)
    kappas = []
    for i in range(len(second)):
        for label in labels:
            if label != second[i]:
                changed = second.copy()
                changed[i] = label
                kappas.append(cohen_kappa(first, changed, labels))
    if not kappas:
        raise ValueError("there is only one label, so no label can be changed")
    return round(min(kappas), 4), round(max(kappas), 4)


def codes_by_article(codes: pd.DataFrame) -> pd.DataFrame:
    """For each article, the number of sentences with each hand code and the
    ``net_share``: (positive - negative) / sentences, from -1 (all negative)
    to +1 (all positive). Articles stay in their order.

    >>> codes = pd.DataFrame(
    ...     {"article_id": ["a", "a", "a", "b"], "label": ["negative", "negative", "positive", "neutral"]}
    ... )
    >>> codes_by_article(codes)
                sentences  negative  neutral  positive  net_share
    article_id
    a                   3         2        0         1     -0.333
    b                   1         0        1         0      0.000
    """
    require_columns(codes, ["article_id", "label"], what="hand codes")
    counts = pd.crosstab(
        pd.Categorical(codes["article_id"], categories=list(dict.fromkeys(codes["article_id"]))),
        pd.Categorical(codes["label"], categories=LABELS),
        dropna=False,
    )
    table = pd.DataFrame({"sentences": counts.sum(axis=1), **{label: counts[label] for label in LABELS}})
    table["net_share"] = ((table["positive"] - table["negative"]) / table["sentences"]).round(3)
    table.index.name = "article_id"
    return table


def discordant_pairs(reference, other) -> pd.DataFrame:
    """The pairs of items that ``reference`` puts in one order and ``other`` in the
    opposite order or level: ``lower`` is below ``higher`` in ``reference`` but
    not in ``other``. Pairs tied in ``reference`` are left out. Both are Series
    over the same index (such as articles).

    >>> net = pd.Series({"a": -0.3, "b": 0.0, "c": 0.2})
    >>> discordant_pairs(net, pd.Series({"a": -0.1, "b": 0.05, "c": 0.1})).empty
    True
    >>> discordant_pairs(net, pd.Series({"a": 0.3, "b": 0.05, "c": 0.1})).values.tolist()
    [['a', 'b'], ['a', 'c']]
    """
    reference, other = pd.Series(reference), pd.Series(other)
    if set(reference.index) != set(other.index):
        raise ValueError("the two series must cover the same items")
    if reference.isna().any() or other.isna().any():
        raise ValueError("the series contain missing values")
    items = list(reference.index)
    rows = [
        (a, b) if reference[a] < reference[b] else (b, a)
        for i, a in enumerate(items)
        for b in items[i + 1 :]
        if reference[a] != reference[b]
    ]
    rows = [(low, high) for low, high in rows if not other[low] < other[high]]
    return pd.DataFrame(rows, columns=["lower", "higher"])


FIRST_CODE = re.compile(r"\bfirst coded (negative|neutral|positive)\b")
"""How a revised hand code's note gives the code first made ("revised in issue 13, first coded negative: ...")."""


def codes_as_first_made(codes: pd.DataFrame) -> pd.DataFrame:
    """The hand codes as they were first made: where a row's ``note`` says "first coded X", its ``label`` is X
    again, so that a result can be checked on the codes made before any revision. A ``revised`` column says which
    rows changed back.

    >>> codes = pd.DataFrame({"label": ["neutral", "positive"], "note": ["revised, first coded negative: ...", ""]})
    >>> codes_as_first_made(codes)[["label", "revised"]].values.tolist()
    [['negative', True], ['positive', False]]
    """
    require_columns(codes, ["label", "note"], what="hand codes")
    first = codes["note"].astype(str).str.extract(FIRST_CODE, expand=False)
    return codes.assign(label=first.fillna(codes["label"]), revised=first.notna())


def order_kept_share(
    compared: pd.DataFrame, columns, draws: int = 2000, seed: int = 0, reference: str = "label"
) -> pd.Series:
    """How often each score column's article means keep the hand codes' order of the articles when the sentences
    are drawn again: in each of ``draws`` bootstrap samples, every article's sentences are drawn with replacement
    (as many as it has), and the sample counts for a column when no pair of articles that the hand codes' net share
    puts in one order has the column's means in the other (``discordant_pairs``; pairs the sample's net shares tie
    are left out). A share near 1 says the order is robust; a low share, that it rests on a few sentences.

    ``compared`` has ``article_id``, the hand codes (``reference``: negative, neutral, positive) and the score
    ``columns``; the draws are seeded, so the shares are the same on every run.

    >>> compared = pd.DataFrame({"article_id": list("aabb"), "label": ["negative"] * 2 + ["positive"] * 2,
    ...                          "score": [-0.5, -0.4, 0.3, 0.6]})
    >>> order_kept_share(compared, ["score"], draws=200).tolist()
    [1.0]
    """
    columns = [columns] if isinstance(columns, str) else list(columns)
    require_columns(compared, ["article_id", reference, *columns], what="compared sentences")
    if isinstance(draws, bool) or not isinstance(draws, int) or draws < 100:
        raise ValueError(f"draws must be a whole number of 100 or more, not {draws!r}")
    unknown = sorted(set(compared[reference]) - set(LABELS))
    if unknown:
        raise ValueError(f"the hand codes hold labels other than {', '.join(LABELS)}: {', '.join(map(repr, unknown))}")
    value = compared[reference].map({"negative": -1.0, "neutral": 0.0, "positive": 1.0})
    generator = np.random.default_rng(seed)
    means = {name: [] for name in [reference, *columns]}
    for _, rows in compared.assign(_value=value).groupby("article_id", sort=False):
        picks = generator.integers(0, len(rows), size=(draws, len(rows)))
        means[reference].append(rows["_value"].to_numpy()[picks].mean(axis=1))
        for name in columns:
            means[name].append(rows[name].to_numpy(dtype=float)[picks].mean(axis=1))
    net = np.array(means[reference])  # articles x draws
    kept = {}
    for name in columns:
        tool = np.array(means[name])
        ok = np.ones(draws, dtype=bool)
        for a, b in combinations(range(len(net)), 2):
            lower_first = net[a] < net[b]
            higher_first = net[a] > net[b]
            ok &= ~(lower_first & ~(tool[a] < tool[b])) & ~(higher_first & ~(tool[b] < tool[a]))
        kept[name] = round(float(ok.mean()), 3)
    return pd.Series(kept, name="order kept")
