"""Agreement between codings: people against tools, and people against people.

A sentiment score is only worth reporting if it agrees with careful human
reading. These functions compare two sets of labels for the same sentences.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.sentiment import LABELS


class HandCodingError(ValueError):
    """A hand-coding file is missing, malformed, or does not match the sentences."""


def load_hand_codes(path: str | Path, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read a file of hand-coded sentences: ``article_id``, ``sentence_no``,
    ``sentence`` and ``label`` (negative, neutral or positive).

    With ``sentences`` (from ``split_sentences``), also check that every coded
    sentence is still the sentence with that number, so that codes cannot
    drift from the text. Raises ``HandCodingError`` naming the file and line.
    """
    path = Path(path)
    if not path.is_file():
        raise HandCodingError(f"{path}: file not found")
    try:
        codes = pd.read_csv(path, dtype={"article_id": str, "sentence": str, "label": str}, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise HandCodingError(f"{path}: cannot be read as a UTF-8 CSV file ({error})") from None
    missing = [c for c in ("article_id", "sentence_no", "sentence", "label") if c not in codes.columns]
    if missing:
        raise HandCodingError(f"{path}: missing column(s) {', '.join(missing)}")
    problems = []
    for position, row in codes.iterrows():
        if row["label"] not in LABELS:
            problems.append(f"{path}: line {position + 2}: label {row['label']!r} is not one of {', '.join(LABELS)}")
    repeated = codes[codes.duplicated(["article_id", "sentence_no"])]
    for position, row in repeated.iterrows():
        problems.append(f"{path}: line {position + 2}: sentence {row['article_id']} {row['sentence_no']} is coded twice")
    if sentences is not None:
        require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
        lookup = {(a, int(n)): s for a, n, s in sentences[["article_id", "sentence_no", "sentence"]].itertuples(index=False)}
        for position, row in codes.iterrows():
            actual = lookup.get((row["article_id"], int(row["sentence_no"])))
            if actual is None:
                problems.append(f"{path}: line {position + 2}: there is no sentence {row['sentence_no']} in article {row['article_id']!r}")
            elif actual != row["sentence"]:
                problems.append(f"{path}: line {position + 2}: sentence {row['sentence_no']} of {row['article_id']!r} now reads {actual[:60]!r}...")
    if problems:
        raise HandCodingError("\n".join(problems))
    return codes


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
    table = pd.crosstab(pd.Categorical(truth, categories=labels), pd.Categorical(predicted, categories=labels), dropna=False)
    table.index.name, table.columns.name = names
    return table.reindex(index=list(labels), columns=list(labels), fill_value=0)


def cohen_kappa(first, second, labels=None) -> float:
    """Cohen's kappa: agreement between two codings, corrected for the
    agreement expected by chance from each coding's label frequencies.
    1 is perfect agreement, 0 is what chance alone would give.

    >>> cohen_kappa(["a", "a", "b", "b"], ["a", "a", "b", "b"])
    1.0
    >>> round(cohen_kappa(["a", "a", "b", "b"], ["a", "b", "a", "b"]), 3)
    0.0
    """
    first, second = _paired(first, second)
    labels = sorted(set(first) | set(second)) if labels is None else list(labels)
    observed = float((first == second).mean())
    expected = sum(float((first == label).mean()) * float((second == label).mean()) for label in labels)
    if expected == 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1.0 - expected)
