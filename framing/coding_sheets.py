"""One coding-sheet format for every hand-coding activity, a seeded class sample, and a careful reader.

A *coding sheet* is a CSV file a student fills in: one row per unit to code, with the columns

    story, sample, activity, coder, unit_id, <the unit's context>, code, <evidence>, note

``story`` names the story, ``sample`` the seeded sample (``class-seed-7-n30``: seed 7, 30 units), ``activity`` the
kind of coding (``ACTIVITIES``), ``coder`` an id the student chooses (no name needed), ``unit_id`` a stable id of the
unit (``visits-baghdad:s6``: article and sentence number), and ``code`` starts empty. The activities:

- ``sentiment``: units are sentences exactly as ``split_sentences`` gives them; codes negative, neutral, positive;
- ``generic-frames``: units are an article and a question of the frame codebook; codes yes or no, with the
  article's own words that back a yes in ``evidence``;
- ``attribution-check``: units are rows of ``find_attributions``; code yes when the speaker is right, no when not.

The same seed gives every student the same sample, so that a class's codes line up unit by unit. A sample is spread
over all the articles (``class_sample``), and an attribution check puts the risky rows first (``attribution_risks``).
Writing never overwrites a file (``write_sheet``); reading (``read_sheet``) never changes one, reads the usual slips of
spreadsheet programs correctly or names them with the file and the line (``framing.hand_csv``), and normalises a code
whose meaning is clear ("Positive ", "pos", "Y") with a note, never on disk.

>>> sentences = pd.DataFrame({"article_id": ["a", "a", "b"], "sentence_no": [1, 2, 1],
...                           "sentence": ["Talks began.", "They failed.", "Troops left."]})
>>> sentiment_sheet(sentences, story="demo", coder="coder-7", n=2)[["sample", "unit_id", "sentence", "code"]]
              sample unit_id      sentence code
0  class-seed-7-n2    a:s2  They failed.
1  class-seed-7-n2    b:s1  Troops left.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.generic_frames import blank_coding_sheet
from framing.hand_csv import (  # noqa: F401  (YES_NO, normalise_code and text_difference: read from here too)
    YES_NO,
    HandFileError,
    normalise_code,
    read_hand_csv,
    straighten,
    text_difference,
)
from framing.hand_csv import lines_text as _lines
from framing.sentiment import LABELS

CLASS_SEED = 7
"""The seed of the class sample unless another is chosen: every student who keeps it codes the same units."""

SHEET_KEYS = ("story", "sample", "activity", "coder")
"""The columns that hold one value for the whole sheet, repeated on every row so that no row can lose them."""

CODER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}")
"""A coder id: letters, digits, '-', '_' and '.', up to 40 characters: safe in a file name, and no name needed."""


@dataclass(frozen=True)
class Activity:
    """A hand-coding activity: its ``name``, the ``question`` each code answers, the ``scale`` of codes (in order
    when ``ordered``), the ``context`` columns that show a unit, the ``text`` column compared between sheets, and the
    ``extra`` columns a coder may fill besides the code."""

    name: str
    question: str
    scale: tuple[str, ...]
    ordered: bool
    context: tuple[str, ...]
    text: str
    extra: tuple[str, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        """The sheet's columns, in order."""
        return (*SHEET_KEYS, "unit_id", *self.context, "code", *self.extra)


ACTIVITIES = {
    activity.name: activity
    for activity in (
        Activity(
            "sentiment",
            "What impression does this sentence, as written, give a reader of the situation it describes?",
            LABELS,
            True,
            ("article_id", "sentence_no", "sentence"),
            "sentence",
            ("note",),
        ),
        Activity(
            "generic-frames",
            "Answer the question for this article, yes or no; for a yes, copy the article's own words into evidence.",
            ("yes", "no"),
            False,
            ("article_id", "frame", "question_no", "question"),
            "question",
            ("evidence", "note"),
        ),
        Activity(
            "attribution-check",
            "Did the tool give these words to the right speaker? yes or no (for a carried quotation, read the "
            "paragraphs before it).",
            ("yes", "no"),
            False,
            ("article_id", "sentence_no", "risk", "speaker", "verb", "kind", "quote", "how", "sentence"),
            "sentence",
            ("note",),
        ),
    )
}
"""The course's hand-coding activities, by name."""

RISK_SIGNS = (
    ("resolved to", "a pronoun or description resolved to someone named before it"),
    ("taken for", "an unnamed speaker taken for someone named before it"),
    ("named later", "a description matched to someone named later"),
    ("no cue of its own", "a quotation carried on from the speaker of an earlier paragraph"),
)
"""Words of the ``how`` column that mark a row whose speaker the tool inferred rather than read, with the reason
shown on the sheet: in the course's measures these are where most wrong speakers are (lesson 04)."""


class CodingSheetError(HandFileError):
    """A coding sheet, or a folder of them, cannot be used as it is; the message names each file, line and problem."""


class SheetExistsError(FileExistsError):
    """A coding sheet was not written because a file of that name exists: sheets are never overwritten."""


@dataclass(frozen=True)
class CodingSheet:
    """A coding sheet as read: the sheet's ``story``, ``sample``, ``activity`` and ``coder``, and ``units``: one row
    per unit with ``unit_id``, the context columns, ``code`` (normalised; missing where the coder left it empty),
    the extra columns and ``line`` (the file's line). ``notes`` says what was read differently from how it is
    written (a normalised code, semicolons); the file itself is never changed."""

    path: Path
    activity: Activity
    story: str
    sample: str
    coder: str
    units: pd.DataFrame
    notes: tuple[str, ...]

    @property
    def coded(self) -> int:
        """How many units have a code."""
        return int(self.units["code"].notna().sum())


def sample_id(seed: int, n: int) -> str:
    """The name of a seeded sample of ``n`` units.

    >>> sample_id(7, 30)
    'class-seed-7-n30'
    """
    return f"class-seed-{seed}-n{n}"


def _key(seed: int, text: str) -> str:
    return hashlib.sha256(f"{seed}:{text}".encode()).hexdigest()


def _check_sample_size(seed, n) -> None:
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ValueError(f"seed must be a whole number of 0 or more (the class's seed is {CLASS_SEED}), not {seed!r}")
    if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 1):
        raise ValueError(f"n is how many units to sample: a whole number of 1 or more, or None for all, not {n!r}")


def class_sample(units: pd.DataFrame, n: int | None, seed: int = CLASS_SEED, first=None) -> pd.DataFrame:
    """``n`` rows of ``units`` (all when ``n`` is None or larger), chosen by ``seed`` and spread over the articles:
    each article in turn gives its next unit, so that every article is in the sample once ``n`` reaches their number.
    Rows where ``first`` (a boolean Series) is true come before all others. The rows come back in the order chosen.

    The choice depends only on the seed and the unit ids (a hash of each, not a random generator and not the rows'
    order), so anyone with the same units and seed gets the same sample on any computer.

    >>> ids = [f"{a}:s{i}" for a in "ab" for i in range(1, 4)]
    >>> units = pd.DataFrame({"unit_id": ids, "article_id": [i[0] for i in ids]})
    >>> sorted(class_sample(units, 2)["article_id"])
    ['a', 'b']
    """
    require_columns(units, ["unit_id", "article_id"], "units")
    _check_sample_size(seed, n)
    if units["unit_id"].duplicated().any():
        raise ValueError(
            f"unit ids must be unique; repeated: {', '.join(units.loc[units['unit_id'].duplicated(), 'unit_id'][:5])}"
        )
    tier = (
        pd.Series(0, index=units.index)
        if first is None
        else (~pd.Series(first, index=units.index).astype(bool)).astype(int)
    )
    order = pd.DataFrame(
        {
            "tier": tier,
            "article": units["article_id"].map(lambda a: _key(seed, str(a))),
            "unit": units["unit_id"].map(lambda u: _key(seed, str(u))),
        }
    )
    order["rank"] = order.sort_values("unit").groupby(["tier", "article"]).cumcount()
    chosen = order.sort_values(["tier", "rank", "article"]).index[: len(units) if n is None else n]
    return units.loc[chosen]


def _check_names(story: str, coder: str) -> None:
    if not isinstance(story, str) or not story.strip() or any(c in story for c in ',\n\r"'):
        raise ValueError(f"story names the story on every row, such as the story folder's name; got {story!r}")
    if not isinstance(coder, str) or not CODER_ID.fullmatch(coder):
        raise ValueError(
            f"coder is an id you choose (no name needed): letters, digits, '-', '_' or '.', up to 40 characters, "
            f"such as 'coder-17'; got {coder!r}"
        )


def _sheet(activity: Activity, units: pd.DataFrame, story: str, coder: str, sample: str) -> pd.DataFrame:
    sheet = units.assign(story=story, sample=sample, activity=activity.name, coder=coder, code="")
    for column in activity.extra:
        sheet[column] = ""
    return sheet[list(activity.columns)].reset_index(drop=True)


def _in_article_order(table: pd.DataFrame, articles, *columns: str) -> pd.DataFrame:
    position = {a: i for i, a in enumerate(dict.fromkeys(articles))}
    return table.assign(_a=table["article_id"].map(position)).sort_values(["_a", *columns]).drop(columns="_a")


def sentence_units(sentences: pd.DataFrame) -> pd.DataFrame:
    """The sentences (from ``split_sentences``) with their ``unit_id``: article id, ``:s`` and the sentence number
    (the ``s`` keeps a spreadsheet from reading ``1:6`` as a time).

    >>> sentence_units(pd.DataFrame({"article_id": ["a"], "sentence_no": [6], "sentence": ["Hi."]}))["unit_id"].tolist()
    ['a:s6']
    """
    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    ids = sentences["article_id"].astype(str) + ":s" + sentences["sentence_no"].astype(str)
    return sentences.assign(unit_id=ids)


def sentiment_sheet(
    sentences: pd.DataFrame, story: str, coder: str, seed: int = CLASS_SEED, n: int | None = 30
) -> pd.DataFrame:
    """A blank sentiment sheet: ``n`` sentences of ``sentences`` (from ``split_sentences``, exactly as it gives
    them), sampled with ``seed`` across all the articles (``class_sample``), in reading order."""
    _check_names(story, coder)
    units = sentence_units(sentences)
    chosen = class_sample(units, n, seed)
    chosen = _in_article_order(chosen, sentences["article_id"], "sentence_no")
    return _sheet(ACTIVITIES["sentiment"], chosen, story, coder, sample_id(seed, len(chosen)))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")


def frame_sheet(
    codebook: pd.DataFrame, article_ids, story: str, coder: str, seed: int = CLASS_SEED, n: int | None = None
) -> pd.DataFrame:
    """A blank generic-frames sheet: every question of ``codebook`` (from ``load_codebook``) for each of
    ``article_ids`` (``blank_coding_sheet``), or ``n`` of them sampled with ``seed`` across the articles. Unit ids
    read ``article:frame:q2``.

    >>> book = pd.DataFrame({"frame": ["human interest"], "question_no": [2], "question": ["Is there a face?"]})
    >>> frame_sheet(book, ["a"], story="demo", coder="c1")["unit_id"].tolist()
    ['a:human-interest:q2']
    """
    _check_names(story, coder)
    units = blank_coding_sheet(codebook, article_ids)
    units["unit_id"] = units["article_id"] + ":" + units["frame"].map(_slug) + ":q" + units["question_no"].astype(str)
    chosen = class_sample(units, n, seed).sort_index()
    return _sheet(ACTIVITIES["generic-frames"], chosen, story, coder, sample_id(seed, len(chosen)))


def _named_in(speaker: str, sentence: str) -> bool:
    """Whether the sentence names the speaker: the whole name, or the last word of a name (a surname) as a word."""
    speaker, sentence = straighten(speaker).strip(), straighten(sentence)
    if not speaker:
        return False
    if speaker.lower() in sentence.lower():
        return True
    last = speaker.split()[-1]
    is_name = len(last) > 2 and any(c.isupper() for c in last)  # "Pezeshkian", "al-Sudani"; not "media"
    return is_name and re.search(rf"\b{re.escape(last)}\b", sentence) is not None


def attribution_risks(attributions: pd.DataFrame, sentences: pd.DataFrame) -> pd.Series:
    """Why each attribution row (from ``find_attributions``) is risky to trust, in plain words ("" for none): a
    speaker the tool inferred (``RISK_SIGNS`` in its ``how`` column: a resolved pronoun or description, a carried
    quotation), a pronoun it left unresolved, or a speaker whose name is not in the sentence.

    >>> how = ["speaker named before the verb", "'She' resolved to Ann Lee"]
    >>> rows = pd.DataFrame({"article_id": ["a", "a"], "sentence_no": [1, 2], "speaker": ["Ann Lee", "Ann Lee"],
    ...                      "speaker_type": ["person", "person"], "how": how})
    >>> said = ["Ann Lee said so.", "She agreed."]
    >>> text = pd.DataFrame({"article_id": ["a", "a"], "sentence_no": [1, 2], "sentence": said})
    >>> attribution_risks(rows, text).tolist()
    ['', "a pronoun or description resolved to someone named before it; the speaker's name is not in the sentence"]
    """
    require_columns(
        attributions,
        ["article_id", "sentence_no", "speaker", "speaker_type", "how"],
        "attributions",
        maker="find_attributions",
    )
    lookup = _sentence_lookup(attributions, sentences)
    reasons = []
    for row in attributions.itertuples(index=False):
        found = [reason for words, reason in RISK_SIGNS if words in str(row.how)]
        if row.speaker_type == "pronoun":
            found.append("a pronoun the tool could not resolve")
        elif not _named_in(str(row.speaker), lookup[(row.article_id, int(row.sentence_no))]):
            found.append("the speaker's name is not in the sentence")
        reasons.append("; ".join(found))
    return pd.Series(reasons, index=attributions.index, dtype=str)


def _sentence_lookup(attributions: pd.DataFrame, sentences: pd.DataFrame) -> dict:
    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    lookup = {
        (a, int(n)): s for a, n, s in sentences[["article_id", "sentence_no", "sentence"]].itertuples(index=False)
    }
    missing = [
        (a, int(n))
        for a, n in zip(attributions["article_id"], attributions["sentence_no"])
        if (a, int(n)) not in lookup
    ]
    if missing:
        a, n = missing[0]
        raise ValueError(
            f"the attributions and the sentences come from different articles: there is no sentence {n} in article "
            f"{a!r} (and {len(missing) - 1} more); split the same cleaned articles that find_attributions read"
        )
    return lookup


def attribution_sheet(
    attributions: pd.DataFrame,
    sentences: pd.DataFrame,
    story: str,
    coder: str,
    seed: int = CLASS_SEED,
    n: int | None = 20,
) -> pd.DataFrame:
    """A blank attribution check: ``n`` rows of ``attributions`` (from ``find_attributions``) sampled with ``seed``
    across all the articles, the risky rows first (``attribution_risks``, shown in the ``risk`` column), each with
    its sentence. Unit ids read ``article:s6:r1``: the first row of sentence 6."""
    _check_names(story, coder)
    require_columns(
        attributions,
        ["article_id", "sentence_no", "start", "speaker", "verb", "kind", "quote", "how", "speaker_type"],
        "attributions",
        maker="find_attributions",
    )
    lookup = _sentence_lookup(attributions, sentences)
    rows = attributions.sort_values(["sentence_no", "start"], kind="stable")
    rows = rows.assign(
        row=rows.groupby(["article_id", "sentence_no"]).cumcount() + 1,
        sentence=[lookup[(a, int(n))] for a, n in zip(rows["article_id"], rows["sentence_no"])],
        risk=attribution_risks(rows, sentences),
    )
    rows["unit_id"] = rows["article_id"] + ":s" + rows["sentence_no"].astype(str) + ":r" + rows["row"].astype(str)
    chosen = class_sample(rows, n, seed, first=rows["risk"] != "")
    chosen = _in_article_order(
        chosen.assign(_safe=chosen["risk"] == ""), attributions["article_id"], "sentence_no", "row"
    )
    chosen = chosen.sort_values("_safe", kind="stable")
    return _sheet(ACTIVITIES["attribution-check"], chosen, story, coder, sample_id(seed, len(chosen)))


def _free_name(path: Path) -> Path:
    number = 2
    while path.with_name(f"{path.stem}-{number}{path.suffix}").exists():
        number += 1
    return path.with_name(f"{path.stem}-{number}{path.suffix}")


def write_sheet(sheet: pd.DataFrame, path: str | Path) -> Path:
    """Write a blank sheet (from ``sentiment_sheet``, ``frame_sheet`` or ``attribution_sheet``) to ``path`` (a
    .csv name), never over a file that exists: then ``SheetExistsError`` says so and names a free name. The file is
    UTF-8 with a byte-order mark, the mark by which Excel knows UTF-8 (without it, Excel shows “ as â€œ)."""
    path = Path(path)
    require_columns(
        sheet,
        list(SHEET_KEYS) + ["unit_id", "code"],
        "coding sheet",
        maker="sentiment_sheet, frame_sheet or attribution_sheet",
    )
    if path.suffix.lower() != ".csv":
        raise ValueError(f"{path}: a coding sheet is a .csv file; give a name ending in .csv")
    if not path.parent.is_dir():
        raise FileNotFoundError(f"{path}: the folder {path.parent} does not exist; create it first, or choose another")
    try:
        with open(path, "x", encoding="utf-8-sig", newline="") as handle:
            sheet.to_csv(handle, index=False)
    except FileExistsError:
        raise SheetExistsError(
            f"{path}: a file of this name exists, and a coding sheet is never written over one (it may hold codes). "
            f"To go on coding, open it and fill it in; to start a new sheet, give another name, such as "
            f"{_free_name(path).name!r}."
        ) from None
    return path


def write_sentiment_sheet(path, sentences, story, coder, seed: int = CLASS_SEED, n: int | None = 30) -> pd.DataFrame:
    """Write ``sentiment_sheet(sentences, story, coder, seed, n)`` to ``path`` (never over a file); return it."""
    sheet = sentiment_sheet(sentences, story, coder, seed, n)
    write_sheet(sheet, path)
    return sheet


def write_frame_sheet(
    path, codebook, article_ids, story, coder, seed: int = CLASS_SEED, n: int | None = None
) -> pd.DataFrame:
    """Write ``frame_sheet(codebook, article_ids, story, coder, seed, n)`` to ``path`` (never over a file);
    return it."""
    sheet = frame_sheet(codebook, article_ids, story, coder, seed, n)
    write_sheet(sheet, path)
    return sheet


def write_attribution_sheet(
    path, attributions, sentences, story, coder, seed: int = CLASS_SEED, n: int | None = 20
) -> pd.DataFrame:
    """Write ``attribution_sheet(attributions, sentences, story, coder, seed, n)`` to ``path`` (never over a file);
    return it."""
    sheet = attribution_sheet(attributions, sentences, story, coder, seed, n)
    write_sheet(sheet, path)
    return sheet


def _one_value(table: pd.DataFrame, column: str, path: Path) -> tuple[str | None, list[str]]:
    """The one value a sheet-wide column holds, or the problems: empty cells, or several values."""
    values = table[column].str.strip()
    blank = values.index[values == ""]
    found = list(dict.fromkeys(values[values != ""]))
    problems = []
    if len(blank):
        problems.append(f"{path}: {_lines(blank)}: the {column} is empty; every row carries the sheet's {column}")
    if len(found) > 1:
        where = "; ".join(f"{v!r} on {_lines(values.index[values == v])}" for v in found[:4])
        problems.append(f"{path}: the {column} differs between rows ({where}); a sheet has one {column}")
    return (found[0] if len(found) == 1 else None), problems


def _activity_of(hand, wanted: str | None) -> Activity:
    names = list(dict.fromkeys(hand.table["activity"].str.strip().str.lower()))
    names = [n for n in names if n]
    path = hand.path
    if len(names) != 1 or names[0] not in ACTIVITIES:
        found = f"it holds {', '.join(map(repr, names))}" if names else "it is empty"
        raise CodingSheetError(
            [f"{path}: the activity column must name one activity of {', '.join(ACTIVITIES)} on every row; {found}"]
        )
    if wanted is not None and names[0] != wanted:
        raise CodingSheetError([f"{path}: is a {names[0]} sheet, not a {wanted} sheet; is it the right file?"])
    return ACTIVITIES[names[0]]


def _code_problems(table: pd.DataFrame, activity: Activity, path: Path) -> tuple[pd.Series, list[str], list[str]]:
    """The normalised codes, the problems (file, line, code) and the notes on codes read differently than written."""
    read = {cell: normalise_code(cell, activity.scale) for cell in table["code"].unique()}
    codes = table["code"].map(lambda cell: read[cell][0])
    problems = [
        f"{path}: line {line}: {read[cell][1]}" for line, cell in table["code"].items() if read[cell][1] is not None
    ]
    notes = [
        f"{_lines(table.index[table['code'] == cell])}: {cell!r} read as {code!r}"
        for cell, (code, _) in read.items()
        if code is not None and cell != code
    ]
    return codes, problems, notes


def _id_problems(table: pd.DataFrame, path: Path) -> list[str]:
    ids = table["unit_id"].str.strip()
    problems = [f"{path}: {_lines(ids.index[ids == ''])}: the unit_id is empty"] if (ids == "").any() else []
    repeated = ids[ids.duplicated(keep=False) & (ids != "")]
    for unit, lines in repeated.groupby(repeated, sort=False).groups.items():
        problems.append(f"{path}: unit_id {unit!r} is on {_lines(lines)}: each unit is coded once in a sheet")
    return problems


def _number_problems(table: pd.DataFrame, activity: Activity, path: Path) -> list[str]:
    problems = []
    for column in ("sentence_no", "question_no"):
        if column in activity.context:
            bad = table.index[~table[column].str.strip().str.fullmatch(r"\d+")]
            problems += [
                f"{path}: line {line}: {column} {table.at[line, column]!r} is not a whole number" for line in bad
            ]
    return problems


def _text_key(reference: pd.DataFrame, sheet: pd.DataFrame) -> list[str]:
    for key in (["unit_id"], ["article_id", "sentence_no"], ["frame", "question_no"]):
        if all(c in reference.columns and c in sheet.columns for c in key):
            return key
    raise ValueError("the reference table needs unit_id, or article_id and sentence_no, or frame and question_no")


def _reference_problems(units: pd.DataFrame, activity: Activity, reference: pd.DataFrame, path: Path) -> list[str]:
    key = _text_key(reference, units)
    lookup = {tuple(map(str, k)): t for k, t in zip(reference[key].itertuples(index=False), reference[activity.text])}
    problems = []
    for line, row in units.iterrows():
        wanted = tuple(str(row[c]) for c in key)
        if wanted not in lookup:
            problems.append(f"{path}: line {line}: {' '.join(wanted)} is not among the units given")
        elif problem := text_difference(row[activity.text], lookup[wanted], f"the {activity.text} given"):
            problems.append(f"{path}: line {line}: {problem}")
    return problems


def _with_columns(table: pd.DataFrame, activity: Activity, path: Path) -> pd.DataFrame:
    """The table with the activity's extra columns (empty where the sheet left them out), or an error naming the
    columns a sheet of this activity must have."""
    missing = [c for c in activity.columns if c not in table.columns and c not in activity.extra]
    if missing:
        raise CodingSheetError([f"{path}: line 1: missing column(s) {', '.join(missing)} of a {activity.name} sheet"])
    return table.assign(**{c: "" for c in activity.extra if c not in table.columns})


def read_sheet(path: str | Path, activity: str | None = None, reference: pd.DataFrame | None = None) -> CodingSheet:
    """Read a filled coding sheet, never changing it. With ``activity`` ("sentiment"...), a sheet of another kind is
    refused; with ``reference`` (the sheet as written, or the sentences from ``split_sentences``, or the codebook),
    every unit must be one of its units and read as its text does.

    Raises ``CodingSheetError`` (a ``ValueError``) naming the file, the lines and each problem: the slips of
    ``framing.hand_csv``, missing columns, an empty or changing story, sample, activity or coder, an empty or
    repeated unit id, a code outside the scale (an unambiguous one, such as "Positive " or "y", is read with a
    note), a number that is not one, and, with ``reference``, a unit or a text that is not the reference's.
    """
    try:
        hand = read_hand_csv(path, [*SHEET_KEYS, "unit_id", "code"], what="coding sheet")
    except CodingSheetError:
        raise
    except HandFileError as error:
        raise CodingSheetError(error.problems) from None
    path, table = hand.path, hand.table
    if table.empty:
        raise CodingSheetError([f"{path}: has no units, only a header row"])
    sheet_activity = _activity_of(hand, activity)
    table = _with_columns(table, sheet_activity, path)
    values, problems = {}, []
    for column in SHEET_KEYS:
        values[column], found = _one_value(table, column, path)
        problems += found
    codes, code_problems, code_notes = _code_problems(table, sheet_activity, path)
    problems += _id_problems(table, path) + code_problems + _number_problems(table, sheet_activity, path)
    units = table[["unit_id", *sheet_activity.context, *sheet_activity.extra]].apply(lambda c: c.str.strip())
    units.insert(1 + len(sheet_activity.context), "code", codes)
    if not problems and reference is not None:
        problems += _reference_problems(units, sheet_activity, reference, path)
    if problems:
        raise CodingSheetError(problems)
    units = units.astype({c: int for c in ("sentence_no", "question_no") if c in units.columns}).reset_index()
    return CodingSheet(
        path, sheet_activity, values["story"], values["sample"], values["coder"], units, hand.notes + tuple(code_notes)
    )
