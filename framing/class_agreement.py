"""The class as a coding team: a folder of students' coding sheets, read together and measured.

``read_class_sheets`` reads every sheet of a folder (``framing.coding_sheets``), aligns them on their unit ids and
refuses, naming the file, a sheet of another story, sample or activity, a coder id used twice, or a unit whose text
differs between sheets. ``measure_class_agreement`` then measures the class:

- Krippendorff's alpha (``krippendorff_alpha``: nominal, and ordinal for an ordered scale such as negative <
  neutral < positive) for any number of coders and missing codes, computed by the ``krippendorff`` package, with a
  seeded bootstrap interval (``alpha_interval``);
- Cohen's kappa for every pair of coders (``pairwise_kappas``, with ``framing.cohen_kappa``);
- the class majority code of each unit with its margin (``majority_codes``), and the units where the class split
  most (``split_units``), with their text;
- how many units each coder coded and shared with others (``coder_coverage``).

``tools_against_class`` sets a tool's labels beside the class majority, the rule "always the most common code",
and the average student's agreement with the rest of the class.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import krippendorff
import numpy as np
import pandas as pd

from framing._tables import require_columns
from framing.agreement import cohen_kappa
from framing.coding_checks import compared_with_rule, sentiment_tool_labels, verdicts
from framing.coding_sheets import CLASS_SEED, Activity, CodingSheet, CodingSheetError, read_sheet, text_difference

DRAWS = 2000
"""Bootstrap draws for alpha's interval: enough for a stable 95% interval, and about a second of computing."""

SPLIT_UNITS = 10
"""How many of the most split units ``measure_class_agreement`` lists."""

SKIPPED_NAMES = (".", "~$", ".~lock")
"""Names that start so are a system's or an office program's own files (hidden files, Excel's and LibreOffice's
lock files), never a student's sheet: they are passed over."""


@dataclass(frozen=True)
class ClassCodes:
    """The sheets of a class, read and aligned: ``codes`` has one row per code given (``unit_id``, ``coder``,
    ``code``; an empty code is a missing code, left out), ``units`` one row per unit of any sheet with its context
    columns, ``sheets`` the sheets as read, and ``notes`` what was read differently or passed over."""

    activity: Activity
    story: str
    sample: str
    sheets: tuple[CodingSheet, ...]
    codes: pd.DataFrame
    units: pd.DataFrame
    notes: tuple[str, ...]

    @property
    def scale(self) -> tuple[str, ...]:
        return self.activity.scale


def _sheet_files(folder: Path) -> tuple[list[Path], list[str]]:
    if not folder.is_dir():
        raise CodingSheetError([f"{folder}: folder not found (or not a folder): give the folder of the sheets"])
    files, notes = [], []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(SKIPPED_NAMES):
            continue
        if path.suffix.lower() == ".csv":
            files.append(path)
        else:
            notes.append(f"{path.name}: not read (not a .csv file; save a sheet as CSV UTF-8 to include it)")
    if not files:
        raise CodingSheetError([f"{folder}: holds no .csv coding sheet"])
    return files, notes


def _one_kind(sheets: list[CodingSheet], field: str, wanted: str | None) -> tuple[str, list[str]]:
    """The value of ``field`` that the sheets share (``wanted``, or the most common), and a problem per other sheet."""
    values = Counter(getattr(s, field) if field != "activity" else s.activity.name for s in sheets)
    value = wanted if wanted is not None else values.most_common(1)[0][0]
    problems = []
    for sheet in sheets:
        found = getattr(sheet, field) if field != "activity" else sheet.activity.name
        if found != value:
            others = values.get(value, 0)
            problems.append(
                f"{sheet.path}: is a sheet of {field} {found!r}, but the class's is {value!r}"
                + (f" ({others} sheet{'s' if others != 1 else ''})" if wanted is None else "")
                + "; move it out of the folder, or make the sheet again for this class"
            )
    return value, problems


def _coder_problems(sheets: list[CodingSheet]) -> list[str]:
    by_coder: dict[str, list[CodingSheet]] = {}
    for sheet in sheets:
        by_coder.setdefault(sheet.coder.casefold(), []).append(sheet)
    return [
        f"coder id {group[0].coder!r} is used by {' and '.join(str(s.path) for s in group)}: each student chooses "
        "an id of their own; change it in the coder column of every row of one of them"
        for group in by_coder.values()
        if len(group) > 1
    ]


def _text_problems(sheets: list[CodingSheet], text: str) -> list[str]:
    """A problem per sheet whose text of a unit differs from the text most sheets give it."""
    texts: dict[str, Counter] = {}
    for sheet in sheets:
        for unit, written in zip(sheet.units["unit_id"], sheet.units[text]):
            texts.setdefault(unit, Counter())[written] += 1
    usual = {unit: counts.most_common(1)[0][0] for unit, counts in texts.items()}
    problems = []
    for sheet in sheets:
        for line, unit, written in zip(sheet.units["line"], sheet.units["unit_id"], sheet.units[text]):
            if problem := text_difference(written, usual[unit], "the text most sheets give"):
                problems.append(f"{sheet.path}: line {line}: unit {unit}: {problem}")
    return problems


def read_class_sheets(
    folder: str | Path, activity: str | None = None, story: str | None = None, sample: str | None = None
) -> ClassCodes:
    """Read every .csv coding sheet in ``folder`` (``read_sheet``), never changing one, and align them on their unit
    ids. ``activity``, ``story`` and ``sample`` say what the class coded; by default, what most sheets say.

    Raises ``CodingSheetError`` listing every problem, each naming its file: the slips ``read_sheet`` names
    (missing columns, codes outside the scale...), a sheet of another activity, story or sample, a coder id used by
    two sheets, and a unit whose text is not the one the other sheets give it. Files that are not .csv are passed
    over with a note; an office program's lock files and hidden files silently.
    """
    files, notes = _sheet_files(Path(folder))
    sheets, problems = [], []
    for path in files:
        try:
            sheets.append(read_sheet(path))
        except CodingSheetError as error:
            problems += error.problems
    if sheets:
        kinds = {}
        for field, wanted in (("activity", activity), ("story", story), ("sample", sample)):
            kinds[field], found = _one_kind(sheets, field, wanted)
            problems += found
        problems += _coder_problems(sheets)
    if not problems:
        problems += _text_problems(sheets, sheets[0].activity.text)
    if problems:
        raise CodingSheetError(problems)
    for sheet in sheets:
        notes += [f"{sheet.path.name}: {note}" for note in sheet.notes]
    first = sheets[0].activity
    codes = pd.concat(
        [s.units.loc[s.units["code"].notna(), ["unit_id", "code"]].assign(coder=s.coder) for s in sheets],
        ignore_index=True,
    )[["unit_id", "coder", "code"]]
    units = pd.concat([s.units[["unit_id", *first.context]] for s in sheets]).drop_duplicates("unit_id")
    return ClassCodes(
        first, kinds["story"], kinds["sample"], tuple(sheets), codes, units.reset_index(drop=True), tuple(notes)
    )


def _check_codes(codes: pd.DataFrame, scale) -> None:
    require_columns(codes, ["unit_id", "coder", "code"], "codes", maker="read_class_sheets")
    outside = sorted(set(codes["code"]) - set(scale))
    if outside:
        raise ValueError(f"codes outside the scale ({', '.join(scale)}): {', '.join(map(repr, outside))}")
    if codes.duplicated(["unit_id", "coder"]).any():
        raise ValueError("a coder codes a unit twice in the codes table")


def code_counts(codes: pd.DataFrame, scale) -> pd.DataFrame:
    """How many coders gave each code (columns, in the scale's order) to each unit (rows, in first-seen order).

    >>> codes = pd.DataFrame({"unit_id": ["u1", "u1", "u2"], "coder": ["a", "b", "a"], "code": ["yes", "no", "no"]})
    >>> code_counts(codes, ("yes", "no")).values.tolist()
    [[1, 1], [0, 1]]
    """
    _check_codes(codes, scale)
    table = pd.crosstab(
        pd.Categorical(codes["unit_id"], categories=list(dict.fromkeys(codes["unit_id"]))),
        pd.Categorical(codes["code"], categories=list(scale)),
        dropna=False,
    )
    table.index.name, table.columns.name = "unit_id", None
    return table


def _alpha(counts: np.ndarray, level: str) -> float:
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(
            krippendorff.alpha(
                value_counts=counts, value_domain=list(range(counts.shape[1])), level_of_measurement=level
            )
        )


def krippendorff_alpha(codes: pd.DataFrame, scale, level: str = "nominal") -> float:
    """Krippendorff's alpha of ``codes`` (``unit_id``, ``coder``, ``code``; any number of coders, missing codes
    left out) on ``scale``, by the ``krippendorff`` package. ``level`` is "nominal" (every disagreement counts the
    same) or "ordinal" (``scale`` in order: a disagreement counts more the more codes lie between). 1 is perfect
    agreement, 0 what chance gives. Units coded by one coder add nothing. A ``ValueError`` says in plain words when
    alpha cannot be computed: no unit with two codes, or one code throughout.

    >>> codes = pd.DataFrame({"unit_id": ["u1", "u1", "u2", "u2", "u3", "u3"], "coder": ["a", "b"] * 3,
    ...                       "code": ["yes", "yes", "no", "no", "yes", "no"]})
    >>> round(krippendorff_alpha(codes, ("yes", "no")), 3)
    0.444
    """
    if level not in ("nominal", "ordinal"):
        raise ValueError(f"level is 'nominal' or 'ordinal', not {level!r}")
    counts = code_counts(codes, scale).to_numpy()
    pairable = counts[counts.sum(axis=1) >= 2]
    if len(pairable) == 0:
        raise ValueError("alpha needs at least one unit coded by two coders or more; there is none")
    if (pairable.sum(axis=0) > 0).sum() < 2:
        raise ValueError(
            "every code of the units coded twice or more is the same, so alpha cannot tell agreement from chance"
        )
    return _alpha(pairable, level)


def alpha_interval(
    codes: pd.DataFrame,
    scale,
    level: str = "nominal",
    draws: int = DRAWS,
    seed: int = CLASS_SEED,
    confidence: float = 0.95,
) -> tuple[float, float]:
    """A bootstrap interval for ``krippendorff_alpha``: the units coded twice or more are drawn with replacement
    ``draws`` times (seeded, so the interval is the same on every run) and the middle ``confidence`` share of the
    alphas is kept. Draws whose units all got one code are left out. It resamples units, not the pairs of codes
    that Hayes and Krippendorff's (2007) bootstrap resamples, so it is close to, not the same as, their KALPHA's.
    """
    krippendorff_alpha(codes, scale, level)  # the plain-words errors
    if isinstance(draws, bool) or not isinstance(draws, int) or draws < 100:
        raise ValueError(f"draws must be a whole number of 100 or more, not {draws!r}")
    counts = code_counts(codes, scale).to_numpy()
    pairable = counts[counts.sum(axis=1) >= 2]
    generator = np.random.default_rng(seed)
    alphas = []
    for _ in range(draws):
        drawn = pairable[generator.integers(0, len(pairable), len(pairable))]
        if (drawn.sum(axis=0) > 0).sum() >= 2:
            alphas.append(_alpha(drawn, level))
    alphas = np.array([a for a in alphas if np.isfinite(a)])
    if len(alphas) < draws / 2:
        raise ValueError("too few units vary for a bootstrap interval: code more units")
    tail = (1 - confidence) / 2
    return float(np.quantile(alphas, tail)), float(np.quantile(alphas, 1 - tail))


def pairwise_kappas(codes: pd.DataFrame, scale) -> pd.DataFrame:
    """Cohen's kappa (``framing.cohen_kappa``) for every pair of coders, on the units both coded: ``first``,
    ``second``, ``shared`` units, ``agreement`` (share) and ``kappa`` (missing below two shared units), rounded
    to 3 places, the lowest kappa first.

    >>> codes = pd.DataFrame({"unit_id": ["u1", "u2", "u1", "u2"], "coder": ["a", "a", "b", "b"],
    ...                       "code": ["yes", "no", "yes", "yes"]})
    >>> pairwise_kappas(codes, ("yes", "no")).values.tolist()
    [['a', 'b', 2, 0.5, 0.0]]
    """
    _check_codes(codes, scale)
    by_coder = {coder: dict(zip(rows["unit_id"], rows["code"])) for coder, rows in codes.groupby("coder", sort=False)}
    rows = []
    for first, second in combinations(by_coder, 2):
        shared = [u for u in by_coder[first] if u in by_coder[second]]
        a, b = [by_coder[first][u] for u in shared], [by_coder[second][u] for u in shared]
        agreement = round(float(np.mean([x == y for x, y in zip(a, b)])), 3) if shared else float("nan")
        kappa = round(cohen_kappa(a, b, labels=list(scale)), 3) if len(shared) >= 2 else float("nan")
        rows.append({"first": first, "second": second, "shared": len(shared), "agreement": agreement, "kappa": kappa})
    table = pd.DataFrame(rows, columns=["first", "second", "shared", "agreement", "kappa"])
    return table.sort_values(["kappa", "first", "second"], kind="stable", na_position="last").reset_index(drop=True)


def majority_codes(codes: pd.DataFrame, scale) -> pd.DataFrame:
    """The class's majority code of each unit: ``coders`` who coded it, ``majority`` (empty for a tie), ``votes``
    for it, ``margin`` (its votes minus the next code's) and ``share`` (votes / coders).

    >>> codes = pd.DataFrame({"unit_id": ["u1"] * 3 + ["u2"] * 2, "coder": list("abcab"),
    ...                       "code": ["yes", "yes", "no", "yes", "no"]})
    >>> majority_codes(codes, ("yes", "no"))[["unit_id", "majority", "margin"]].values.tolist()
    [['u1', 'yes', 1], ['u2', '', 0]]
    """
    counts = code_counts(codes, scale)
    ordered = np.sort(counts.to_numpy(), axis=1)
    top, runner_up = ordered[:, -1], ordered[:, -2] if counts.shape[1] > 1 else np.zeros(len(counts), dtype=int)
    coders = counts.sum(axis=1).to_numpy()
    majority = np.where(top > runner_up, np.array(scale)[counts.to_numpy().argmax(axis=1)], "")
    return pd.DataFrame(
        {
            "unit_id": counts.index,
            "coders": coders,
            "majority": majority,
            "votes": top,
            "margin": top - runner_up,
            "share": np.round(top / coders, 3),
        }
    )


def split_units(codes: pd.DataFrame, units: pd.DataFrame, scale, top: int = SPLIT_UNITS) -> pd.DataFrame:
    """The ``top`` units (coded by two coders or more) where the class split most: the lowest share of pairs of
    coders that agree first, then the smallest margin. With the votes for each code (one column per code of
    ``scale``), the majority and the unit's context columns from ``units``."""
    counts = code_counts(codes, scale)
    coders = counts.sum(axis=1)
    pairs = coders * (coders - 1) / 2
    agreeing = (counts * (counts - 1) / 2).sum(axis=1)
    table = majority_codes(codes, scale).set_index("unit_id").join(counts)
    table["pairs_agreeing"] = (agreeing / pairs.where(pairs > 0)).round(3)
    table = table[table["coders"] >= 2].sort_values(["pairs_agreeing", "margin"], kind="stable").head(top)
    context = units.drop_duplicates("unit_id").set_index("unit_id")
    return table.join(context).reset_index()


def coder_coverage(class_codes: ClassCodes) -> pd.DataFrame:
    """For each coder: the ``file``, the ``units`` in their sheet, how many they ``coded``, and how many of those
    they ``shared`` with at least one other coder (the units that count for agreement)."""
    coded_by = class_codes.codes.groupby("unit_id")["coder"].nunique()
    rows = []
    for sheet in class_codes.sheets:
        coded = sheet.units.loc[sheet.units["code"].notna(), "unit_id"]
        rows.append(
            {
                "coder": sheet.coder,
                "file": sheet.path.name,
                "units": len(sheet.units),
                "coded": len(coded),
                "shared": int((coded.map(coded_by) >= 2).sum()),
            }
        )
    return pd.DataFrame(rows, columns=["coder", "file", "units", "coded", "shared"])


@dataclass(frozen=True)
class ClassAgreement:
    """A class's agreement on one sample: ``alphas`` (one row per level: ``alpha``, its bootstrap interval ``low``
    to ``high``, or a ``note`` saying why there is none), ``kappas`` (``pairwise_kappas``), ``majority``
    (``majority_codes``), ``split`` (``split_units``), ``coverage`` (``coder_coverage``), and the ``notes`` of the
    reading. ``message`` says the figures in words; it is what the object prints."""

    activity: str
    story: str
    sample: str
    coders: int
    units: int
    alphas: pd.DataFrame
    kappas: pd.DataFrame
    majority: pd.DataFrame
    split: pd.DataFrame
    coverage: pd.DataFrame
    notes: tuple[str, ...]
    message: str

    def __str__(self) -> str:
        return self.message

    __repr__ = __str__


def _alpha_row(codes: pd.DataFrame, scale, level: str, draws: int, seed: int) -> dict:
    try:
        alpha = krippendorff_alpha(codes, scale, level)
    except ValueError as error:
        return {"level": level, "alpha": float("nan"), "low": float("nan"), "high": float("nan"), "note": str(error)}
    try:
        low, high = alpha_interval(codes, scale, level, draws, seed)
        note = f"95% interval from {draws} bootstrap draws of the units (seed {seed})"
    except ValueError as error:
        low, high, note = float("nan"), float("nan"), str(error)
    return {"level": level, "alpha": round(alpha, 3), "low": round(low, 3), "high": round(high, 3), "note": note}


def _alpha_words(alphas: pd.DataFrame) -> str:
    said = []
    for level, row in alphas.iterrows():
        if np.isnan(row["alpha"]):
            said.append(f"{level} alpha cannot be computed: {row['note']}")
        elif np.isnan(row["low"]):
            said.append(f"{level} alpha {row['alpha']:.2f} (no interval: {row['note']})")
        else:
            said.append(
                f"{level} alpha {row['alpha']:.2f} (95% bootstrap interval {row['low']:.2f} to {row['high']:.2f})"
            )
    return "Krippendorff's " + "; ".join(said) + "."


def _agreement_message(class_codes: ClassCodes, alphas, kappas, majority, coverage) -> str:
    coders, coded = len(class_codes.sheets), len(majority)
    pairable = int((majority["coders"] >= 2).sum())
    words = [
        f"{coders} coder{'s' if coders != 1 else ''} of the {class_codes.activity.name} sample {class_codes.sample} "
        f"of {class_codes.story}: {coded} units coded, {pairable} of them by two coders or more.",
        _alpha_words(alphas),
    ]
    kappa = kappas["kappa"].dropna()
    if len(kappa):
        words.append(
            f"Cohen's kappa of the {len(kappa)} pairs of coders runs from {kappa.min():.2f} to {kappa.max():.2f} "
            f"(median {kappa.median():.2f})."
        )
    ties = int(((majority["majority"] == "") & (majority["coders"] >= 2)).sum())
    if ties:
        words.append(f"{ties} unit{'s are' if ties != 1 else ' is'} tied: no majority code.")
    alone = coded - pairable
    if alone:
        words.append(
            f"{alone} unit{'s were' if alone != 1 else ' was'} coded by one coder only, so add nothing to alpha."
        )
    partial = coverage[coverage["coded"] < coverage["units"]]
    if len(partial):
        words.append(f"{len(partial)} sheet(s) leave units uncoded: {', '.join(partial['file'][:5])}.")
    return " ".join(words)


def measure_class_agreement(
    source: str | Path | ClassCodes, draws: int = DRAWS, seed: int = CLASS_SEED, top: int = SPLIT_UNITS
) -> ClassAgreement:
    """Measure a class's agreement: ``source`` is a folder of sheets (read with ``read_class_sheets``) or what that
    function returned. Alpha is nominal, and also ordinal when the activity's scale is ordered (sentiment)."""
    class_codes = source if isinstance(source, ClassCodes) else read_class_sheets(source)
    scale, codes = class_codes.scale, class_codes.codes
    levels = ["nominal", "ordinal"] if class_codes.activity.ordered else ["nominal"]
    alphas = pd.DataFrame([_alpha_row(codes, scale, level, draws, seed) for level in levels]).set_index("level")
    kappas = pairwise_kappas(codes, scale)
    majority = majority_codes(codes, scale)
    split = split_units(codes, class_codes.units, scale, top)
    coverage = coder_coverage(class_codes)
    message = _agreement_message(class_codes, alphas, kappas, majority, coverage)
    return ClassAgreement(
        class_codes.activity.name,
        class_codes.story,
        class_codes.sample,
        len(class_codes.sheets),
        len(majority),
        alphas,
        kappas,
        majority,
        split,
        coverage,
        class_codes.notes,
        message,
    )


def student_agreement(codes: pd.DataFrame, scale) -> pd.DataFrame:
    """Each coder against the rest of the class: on every unit they coded that others coded too, the majority of
    the *other* coders (leave-one-out; a unit where the others tie is left out, as u1 for coders a and b below).
    ``units`` compared, ``agreed``, ``agreement`` (share) and Cohen's ``kappa`` (missing below two units).

    >>> codes = pd.DataFrame({"unit_id": ["u1"] * 3 + ["u2"] * 3, "coder": list("abcabc"),
    ...                       "code": ["yes", "yes", "no", "no", "no", "no"]})
    >>> student_agreement(codes, ("yes", "no"))[["coder", "units", "agreed"]].values.tolist()
    [['a', 1, 1], ['b', 1, 1], ['c', 2, 1]]
    """
    counts = code_counts(codes, scale)
    position = {code: i for i, code in enumerate(scale)}
    rows = []
    for coder, given in codes.groupby("coder", sort=False):
        others = counts.loc[given["unit_id"]].to_numpy().copy()
        others[np.arange(len(given)), given["code"].map(position).to_numpy()] -= 1
        ordered = np.sort(others, axis=1)
        decided = ordered[:, -1] > (ordered[:, -2] if others.shape[1] > 1 else 0)
        own = given["code"].to_numpy()[decided]
        majority = np.array(scale)[others.argmax(axis=1)][decided]
        agreed = int((own == majority).sum())
        kappa = cohen_kappa(list(own), list(majority), labels=list(scale)) if len(own) >= 2 else float("nan")
        rows.append(
            {
                "coder": coder,
                "units": len(own),
                "agreed": agreed,
                "agreement": round(agreed / len(own), 3) if len(own) else float("nan"),
                "kappa": round(kappa, 3),
            }
        )
    return pd.DataFrame(rows, columns=["coder", "units", "agreed", "agreement", "kappa"])


@dataclass(frozen=True)
class ToolsAgainstClass:
    """Tools against a class's majority: ``table`` has a row per tool, the rule "always the most common code" and
    the average student (each against the majority of the others), with ``units``, ``agreed``, ``agreement`` and
    ``kappa``; ``students`` has each coder's row (``student_agreement``); ``message`` says it in words."""

    table: pd.DataFrame
    students: pd.DataFrame
    message: str

    def __str__(self) -> str:
        return self.message

    __repr__ = __str__


def tools_against_class(
    codes: pd.DataFrame, tools: pd.DataFrame, scale, evidence_of: str = "what the class codes"
) -> ToolsAgainstClass:
    """Each tool's labels (``tools``: ``unit_id`` and one column per tool) against the class majority of ``codes``
    (units with a majority of two coders or more; ties left out), beside the rule "always the most common majority
    code" and the average student's agreement with the rest of the class (``student_agreement``). The student is
    measured against one coder fewer than a tool is: that is what a class can offer as a human reference."""
    require_columns(tools, ["unit_id"], "tool labels", maker="sentiment_tool_labels")
    majority = majority_codes(codes, scale)
    majority = majority[(majority["coders"] >= 2) & (majority["majority"] != "")].merge(tools, on="unit_id")
    if majority.empty:
        raise ValueError("no unit has a class majority (two coders or more, no tie) and a tool's label")
    names = [c for c in tools.columns if c != "unit_id"]
    table = compared_with_rule(majority["majority"], {n: majority[n] for n in names}, scale)
    words = verdicts(table, "the class majority", evidence_of=evidence_of)
    students = student_agreement(codes, scale)
    compared = students[students["units"] > 0]
    if len(compared):
        average = round(float(compared["agreement"].mean()), 2)
        table.loc["average student (against the rest of the class)"] = [
            int(compared["units"].sum()),
            int(compared["agreed"].sum()),
            average,
            round(float(compared["kappa"].mean()), 2),
        ]
        words.append(
            f"The average student agrees with the majority of the other students on {average:.2f} (of "
            f"{len(compared)} students: from {compared['agreement'].min():.2f} to {compared['agreement'].max():.2f})."
        )
        for name in names:
            side = "as well as or better than" if table.at[name, "agreement"] >= average else "worse than"
            words.append(f"{name} does {side} the average student.")
    return ToolsAgainstClass(table.astype({"units": int, "agreed": int}), students, " ".join(words))


def sentiment_tools_against_class(class_codes: ClassCodes, scored: pd.DataFrame | None = None) -> ToolsAgainstClass:
    """TextBlob and VADER (``sentiment_tool_labels``) against a sentiment class's majority (``tools_against_class``);
    ``scored`` is ``sentence_sentiment``'s table, or the class's sentences are scored here."""
    if class_codes.activity.name != "sentiment":
        raise ValueError(f"the class coded {class_codes.activity.name}, not sentiment")
    labelled = sentiment_tool_labels(class_codes.units, scored)
    tools = labelled[["unit_id", "TextBlob", "VADER"]]
    return tools_against_class(class_codes.codes, tools, class_codes.scale, evidence_of="tone")
