"""Quick checks: one multiple-choice question inside a lesson, answered in a cell and checked on the spot.

The questions, their lettered choices and an explanation for every choice are data, in
``quick_checks.csv`` beside this file: one row per choice, with the columns ``check_id`` (such as
``01.1``: lesson 01, first check), ``question``, ``choice`` (one capital letter), ``text``,
``correct`` (``yes`` for exactly one choice of each check, ``no`` for the others) and
``explanation``. A lesson shows the question and its choices in a markdown cell, then a code cell::

    answer = ""
    framing.quick_check("01.1", answer)

With no answer, the check says how to answer. A wrong letter prints why that choice is wrong,
without naming the right one; the right letter prints why it is right. Nothing is sent anywhere
and nothing is graded. A mistyped answer or id gets a plain message, never an error.

>>> quick_check("01.1", "")  # doctest: +ELLIPSIS
Type the letter of your answer between the quotation marks, ...
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from framing.figures import FIGURE_MARKER

CHECK_FILE = Path(__file__).with_name("quick_checks.csv")
COLUMNS = ["check_id", "question", "choice", "text", "correct", "explanation"]


def load_quick_checks(path: str | Path = CHECK_FILE) -> pd.DataFrame:
    """Read the quick checks: one row per choice, with the columns of ``COLUMNS``, ``correct`` as True or False.

    Raises ``ValueError`` naming the file and the problem when a column is missing or empty, a choice
    is not a single capital letter or appears twice in one check, ``correct`` is not ``yes`` or ``no``,
    a check does not have exactly one correct choice, or one check has two different questions.

    >>> checks = load_quick_checks()
    >>> list(checks.columns) == COLUMNS
    True
    """
    path = Path(path)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [column for column in COLUMNS if column not in table.columns]
    if missing:
        raise ValueError(f"{path.name}: missing column(s) {', '.join(missing)}; expected {', '.join(COLUMNS)}")
    # A figure is quoted with its marker (framing.figures): the student reads the value alone.
    table = table[COLUMNS].apply(
        lambda column: column.str.replace(FIGURE_MARKER, lambda m: m["text"], regex=True).str.strip()
    )
    for column in COLUMNS:
        empty = table.index[table[column] == ""]
        if len(empty):
            raise ValueError(f"{path.name}: row {empty[0] + 2} has an empty {column}")
    bad_letter = table.index[~table["choice"].str.fullmatch(r"[A-Z]")]
    if len(bad_letter):
        raise ValueError(
            f"{path.name}: row {bad_letter[0] + 2}: choice {table.loc[bad_letter[0], 'choice']!r} is not one capital "
            "letter"
        )
    bad_correct = table.index[~table["correct"].isin(["yes", "no"])]
    if len(bad_correct):
        raise ValueError(
            f"{path.name}: row {bad_correct[0] + 2}: correct is {table.loc[bad_correct[0], 'correct']!r}; write yes or "
            "no"
        )
    twice = table[table.duplicated(["check_id", "choice"])]
    if len(twice):
        raise ValueError(f"{path.name}: check {twice.iloc[0]['check_id']} has choice {twice.iloc[0]['choice']} twice")
    for check_id, rows in table.groupby("check_id", sort=False):
        if (rows["correct"] == "yes").sum() != 1:
            raise ValueError(
                f"{path.name}: check {check_id} has {(rows['correct'] == 'yes').sum()} correct choices; it needs "
                "exactly one"
            )
        if rows["question"].nunique() != 1:
            raise ValueError(f"{path.name}: check {check_id} has more than one question text")
    return table.assign(correct=table["correct"] == "yes").reset_index(drop=True)


@functools.cache
def _course_checks() -> pd.DataFrame:
    return load_quick_checks(CHECK_FILE)


def quick_check_message(check_id: str, answer, checks: pd.DataFrame | None = None) -> str:
    """The message ``quick_check`` prints for ``answer`` to the check ``check_id``.

    ``answer`` is a letter (upper or lower case, spaces ignored). ``checks`` defaults to the
    course's quick checks (``load_quick_checks()``).

    >>> quick_check_message("01.9", "A")  # doctest: +ELLIPSIS
    "There is no quick check '01.9'. ...
    """
    checks = _course_checks() if checks is None else checks
    rows = checks[checks["check_id"] == str(check_id).strip()]
    if rows.empty:
        known = ", ".join(dict.fromkeys(checks["check_id"]))
        return (
            f"There is no quick check {check_id!r}. Copy the id from the cell as the lesson gave it; the quick checks "
            f"are {known}."
        )
    letters = list(rows["choice"])
    listed = ", ".join(letters[:-1]) + " or " + letters[-1]
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return (
            f'Type the letter of your answer between the quotation marks, for example answer = "{letters[0]}", '
            f"and run this cell again. The choices are {listed}."
        )
    if not isinstance(answer, str):
        return (
            f'Your answer should be one letter between quotation marks, such as "{letters[0]}"; you gave {answer!r}. '
            f"The choices are {listed}."
        )
    letter = answer.strip().strip(".)").strip().upper()
    if letter not in letters:
        return f"{answer.strip()!r} is not one of the choices. Answer with one letter: {listed}."
    row = rows[rows["choice"] == letter].iloc[0]
    if row["correct"]:
        return f"Right: {letter}. {row['explanation']}"
    return f"Not {letter}. {row['explanation']} Read the choices again and try another letter."


def quick_check(check_id: str, answer, checks: pd.DataFrame | None = None) -> None:
    """Print what your ``answer`` to the quick check ``check_id`` tells you.

    With an empty answer it prints how to answer; with a wrong letter, why that choice is wrong
    (without naming the right one); with the right letter, why it is right. A mistyped id or an
    answer that is not one of the letters gets a message saying what to type, never an error.
    ``checks`` defaults to the course's quick checks.

    >>> quick_check("01.1", "Z")
    'Z' is not one of the choices. Answer with one letter: A, B, C or D.
    """
    print(quick_check_message(check_id, answer, checks))
