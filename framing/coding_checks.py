"""What one student's filled coding sheet says about the tools: lesson 07's checks, with their uncertainty.

- An attribution check (``attribution_check``) gives the share of rows whose speaker is right, a precision, only
  once every row is marked, and always with Wilson's 95% interval and the number of rows behind it; an unmarked
  or partly marked sheet says "not checked yet".
- A sentiment sheet (``sentiment_agreement``) gives each tool's agreement with the coder beside the rule "always
  the most common code" and Cohen's kappa, and says in plain words when a tool does no better than that rule: then
  its scores are no evidence of tone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from statistics import NormalDist

import pandas as pd

from framing._tables import require_columns
from framing.agreement import accuracy, cohen_kappa
from framing.coding_sheets import CodingSheet, _a, read_sheet

FEW_UNITS = 20
"""Below this many coded units, a summary says that one code moves its figures a lot."""


def wilson_interval(successes: int, trials: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson's score interval for a proportion of ``successes`` in ``trials``: unlike the plain ``p ± 1.96 SE``,
    it stays between 0 and 1 and is not zero-width at 0 or 1 of a few trials.

    >>> [round(x, 3) for x in wilson_interval(7, 10)]
    [0.397, 0.892]
    >>> [round(x, 3) for x in wilson_interval(20, 20)]
    [0.839, 1.0]
    """
    for name, value in (("successes", successes), ("trials", trials)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{name} must be a whole number of 0 or more, not {value!r}")
    if trials == 0 or successes > trials:
        raise ValueError(f"need 1 or more trials and no more successes than trials, not {successes} of {trials}")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence is a share between 0 and 1 (0.95 for 95%), not {confidence!r}")
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    share = successes / trials
    spread = z * z / trials
    centre = (share + spread / 2) / (1 + spread)
    half = z * math.sqrt(share * (1 - share) / trials + spread / (4 * trials)) / (1 + spread)
    return max(0.0, centre - half), min(1.0, centre + half)


def _sheet(sheet: CodingSheet | str | Path, activity: str) -> CodingSheet:
    if isinstance(sheet, CodingSheet):
        if sheet.activity.name != activity:
            raise ValueError(f"{sheet.path}: is {_a(sheet.activity.name)} sheet, not {_a(activity)} sheet")
        return sheet
    return read_sheet(sheet, activity=activity)


@dataclass(frozen=True)
class AttributionCheck:
    """An attribution check as far as it has gone: ``rows`` in the sheet, ``marked`` yes or no, and, only once every
    row is marked, ``right`` (marked yes), the ``precision`` (right / rows) with Wilson's 95% interval ``low`` to
    ``high``, and the same for the ``risky`` rows (put first in the sample) and the others. ``message`` says it in
    words; it is what the object prints."""

    rows: int
    marked: int
    right: int | None
    precision: float | None
    low: float | None
    high: float | None
    risky_rows: int
    risky_right: int | None
    message: str

    def __str__(self) -> str:
        return self.message

    __repr__ = __str__


def _share(right: int, rows: int) -> str:
    if rows == 0:
        return "none"
    low, high = wilson_interval(right, rows)
    return f"{right} of {rows} right ({right / rows:.2f}; 95% interval {low:.2f} to {high:.2f})"


def attribution_check(sheet: CodingSheet | str | Path) -> AttributionCheck:
    """Summarise a filled attribution check (a path or a ``read_sheet`` result). No precision until every row is
    marked: a half-checked sample would report the rows checked first, the risky ones.

    >>> units = pd.DataFrame({"unit_id": ["a:s1:r1", "a:s2:r1"], "risk": ["a carried quotation", ""],
    ...                       "code": ["yes", None]})
    >>> from framing.coding_sheets import ACTIVITIES
    >>> sheet = CodingSheet(Path("check.csv"), ACTIVITIES["attribution-check"], "demo", "s", "c1", units, ())
    >>> attribution_check(sheet)
    Not checked yet: 1 of 2 rows marked. Mark every row yes or no (is the speaker right?) to get a precision.
    """
    sheet = _sheet(sheet, "attribution-check")
    units = sheet.units
    rows, marked = len(units), int(units["code"].notna().sum())
    risky = units["risk"].fillna("").str.strip() != ""
    if marked < rows:
        message = (
            f"Not checked yet: {'none' if marked == 0 else marked} of {rows} rows marked. Mark every row yes or no "
            "(is the speaker right?) to get a precision."
        )
        return AttributionCheck(rows, marked, None, None, None, None, int(risky.sum()), None, message)
    right_rows = units["code"] == "yes"
    right, risky_right = int(right_rows.sum()), int((right_rows & risky).sum())
    low, high = wilson_interval(right, rows)
    message = (
        f"The speaker is right on {right} of {rows} rows checked: precision {right / rows:.2f} (Wilson's 95% "
        f"interval {low:.2f} to {high:.2f}, from {rows} rows). Risky rows, which the sample puts first: "
        f"{_share(risky_right, int(risky.sum()))}; the others: {_share(right - risky_right, int((~risky).sum()))}. "
        "The sample holds more risky rows than the story does, so read the two groups apart."
    )
    if rows < FEW_UNITS:
        message += f" With fewer than {FEW_UNITS} rows, one mark moves the precision a lot."
    return AttributionCheck(rows, rows, right, right / rows, low, high, int(risky.sum()), risky_right, message)


def sentiment_tool_labels(sentences: pd.DataFrame, scored: pd.DataFrame | None = None) -> pd.DataFrame:
    """TextBlob's and VADER's label (``framing.to_label``) for each sentence of ``sentences`` (``article_id``,
    ``sentence_no``, ``sentence``), from ``scored`` (``sentence_sentiment``'s table) or scored here.

    >>> table = pd.DataFrame({"article_id": ["a"], "sentence_no": [1], "sentence": ["A bloody war."]})
    >>> sentiment_tool_labels(table)[["TextBlob", "VADER"]].values.tolist()
    [['negative', 'negative']]
    """
    from framing.sentiment import sentence_sentiment, to_label

    keys = ["article_id", "sentence_no", "sentence"]
    require_columns(sentences, keys, what="sentences")
    if scored is None:
        scored = sentence_sentiment(sentences[keys])
    require_columns(scored, [*keys, "polarity", "vader_compound"], "scored sentences", maker="sentence_sentiment")
    merged = sentences.merge(scored[[*keys, "polarity", "vader_compound"]], on=keys, how="left")
    unscored = merged[merged["polarity"].isna()]
    if len(unscored):
        first = unscored.iloc[0]
        raise ValueError(
            f"{len(unscored)} sentence(s) have no scores, such as sentence {first['sentence_no']} of "
            f"{first['article_id']!r}: were they scored from other articles, or retyped?"
        )
    return merged.assign(TextBlob=to_label(merged["polarity"]).values, VADER=to_label(merged["vader_compound"]).values)


@dataclass(frozen=True)
class SentimentAgreement:
    """One coder's sentiment codes against the tools: ``table`` (``compared_with_rule``) has, for TextBlob, VADER
    and the rule "always the most common code", the sentences compared (``units``), how many ``agreed``, the
    ``agreement`` and Cohen's ``kappa``; ``message`` says in words whether each tool does better than the rule, the
    plain words lesson 07 prints. Without codes, ``table`` is empty and the message says "not coded yet"."""

    coded: int
    rows: int
    table: pd.DataFrame
    message: str

    def __str__(self) -> str:
        return self.message

    __repr__ = __str__


def most_common_code(codes, scale) -> str:
    """The most common code (the first in ``scale`` among equals): the rule every tool must beat.

    >>> most_common_code(["neutral", "negative", "negative"], ("negative", "neutral", "positive"))
    'negative'
    """
    counts = pd.Series(list(codes)).value_counts()
    return max(scale, key=lambda code: (counts.get(code, 0), -list(scale).index(code)))


def compared_with_rule(truth, labels: dict, scale) -> pd.DataFrame:
    """For each coding in ``labels`` (name: labels, in the order of ``truth``) and for the rule "always the most
    common code" of ``truth``: the ``units`` compared, how many ``agreed``, the ``agreement`` (share) and Cohen's
    ``kappa`` with ``truth``, one row each, the rule last (shares rounded to 2 places).

    >>> compared_with_rule(["negative", "negative", "positive"], {"tool": ["negative", "positive", "positive"]},
    ...                    ("negative", "neutral", "positive"))
                       units  agreed  agreement  kappa
    method
    tool                   3       2       0.67    0.4
    always 'negative'      3       2       0.67    0.0
    """
    truth = pd.Series(list(truth))
    rule = most_common_code(truth, scale)
    labels = {**labels, f"always '{rule}'": [rule] * len(truth)}
    rows = [
        {
            "method": name,
            "units": len(truth),
            "agreed": int((truth == pd.Series(list(found))).sum()),
            "agreement": round(accuracy(truth, list(found)), 2),
            "kappa": round(cohen_kappa(truth, list(found), labels=list(scale)), 2),
        }
        for name, found in labels.items()
    ]
    return pd.DataFrame(rows).set_index("method")


def verdicts(table: pd.DataFrame, against: str, what: str = "units", evidence_of: str = "tone") -> list[str]:
    """One sentence per coding of ``table`` (from ``compared_with_rule``): does it do better than the rule, its
    last row? A tool that does not is no evidence of ``evidence_of`` (what the codes record) in these texts.

    >>> table = pd.DataFrame({"units": [30, 30], "agreed": [12, 16], "agreement": [0.4, 0.53], "kappa": [0.1, 0.0]},
    ...                      index=["TextBlob", "always 'negative'"])
    >>> import textwrap
    >>> print(textwrap.fill(verdicts(table, "your codes", "sentences")[0], 100))
    TextBlob agrees with your codes on 12 of 30 sentences (0.40; kappa 0.10): no better than always
    'negative' (0.53), so its labels are no evidence of tone here.
    """
    rule_name, rule = table.index[-1], table["agreement"].iloc[-1]
    found = []
    for name, row in table.iloc[:-1].iterrows():
        share = (
            f"{name} agrees with {against} on {int(row['agreed'])} of {int(row['units'])} {what} "
            f"({row['agreement']:.2f}; kappa {row['kappa']:.2f})"
        )
        if row["agreement"] <= rule:
            no_better = f"no better than {rule_name} ({rule:.2f})"
            found.append(f"{share}: {no_better}, so its labels are no evidence of {evidence_of} here.")
        else:
            found.append(f"{share}: better than {rule_name} ({rule:.2f}).")
    return found


def sentiment_agreement(sheet: CodingSheet | str | Path, scored: pd.DataFrame | None = None) -> SentimentAgreement:
    """Compare one coder's filled sentiment sheet (a path or a ``read_sheet`` result) with TextBlob and VADER, on
    the sentences coded so far; ``scored`` is ``sentence_sentiment``'s table, or the sheet's sentences are scored
    here. No figure before the first code."""
    sheet = _sheet(sheet, "sentiment")
    coded = sheet.units[sheet.units["code"].notna()]
    rows = len(sheet.units)
    if coded.empty:
        message = f"Not coded yet: none of the {rows} sentences has a code, so there is no agreement to report."
        return SentimentAgreement(0, rows, pd.DataFrame(), message)
    labelled = sentiment_tool_labels(coded, scored)
    tools = {"TextBlob": labelled["TextBlob"], "VADER": labelled["VADER"]}
    table = compared_with_rule(labelled["code"], tools, sheet.activity.scale)
    found = verdicts(table, "your codes", "sentences")
    if len(coded) < rows:
        found.append(f"{rows - len(coded)} of the {rows} sentences have no code yet; these figures leave them out.")
    if len(coded) < FEW_UNITS:
        found.append(f"With fewer than {FEW_UNITS} sentences coded, one code moves these figures a lot.")
    return SentimentAgreement(len(coded), rows, table, " ".join(found))
