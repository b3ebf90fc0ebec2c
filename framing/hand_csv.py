"""Read a CSV file that a person edited by hand, with a clear message for each of the usual slips.

Students fill in coding sheets in a spreadsheet program or a text editor, and save them in whatever way that program
offers. ``read_hand_csv`` reads such a file without ever changing it, and either reads a slip correctly (saying what
it read differently in ``notes``) or raises ``HandFileError`` naming the file, the line and the problem:

- refused before the file is opened: a folder, a pipe or device, a file too large to be a hand-made table;
- named: an empty file, an Excel workbook (.xlsx or .xls) under a .csv name, RTF, PDF or UTF-16 text, text in
  Windows-1252 or Mac Roman (Excel's "CSV (Windows)" and "CSV (Macintosh)"), with the line and column of the first
  character that is not UTF-8, a double quote never closed, a row with more cells than the header (a comma typed
  inside a cell without double quotes around it), missing or repeated columns;
- read: a byte-order mark, Windows and old Mac line ends, semicolons or tabs between columns (a European Excel
  export; noted), Excel's empty columns at the right and its empty ``,,,`` rows (skipped, not reported one by one),
  and rows with fewer cells than the header (the missing cells are empty).

Every problem is a :class:`framing.problems.Problem`, whose ``code`` chooses the advice the story check shows
(``framing.story.FIXES``). The loaders of the files a student edits (``load_facts``, ``load_hand_codes``,
``load_frame_coding``...) read through ``read_hand_csv`` and then check their rows with the functions below, each
naming the file and the line: ``blank_cells``, ``repeated_keys`` (with the line of the first use),
``whole_numbers``, ``read_choices`` (a label read without its stray spaces and capitals, "Yes", "y" and "1" read as
yes, with a note), ``example_rows`` (a comment or example row left in) and ``text_difference`` (a sentence retyped
with straight quotes). ``summarise_problems`` keeps a report short when one slip repeats on thousands of lines.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "codes.csv").write_bytes("\\ufeffunit_id;code\\r\\nu1;Positive \\r\\n;\\r\\n".encode("utf-8"))
>>> sheet = read_hand_csv(folder / "codes.csv", ["unit_id", "code"])
>>> sheet.table.to_dict("index")
{2: {'unit_id': 'u1', 'code': 'Positive '}}
>>> sheet.notes
('uses semicolons between columns (a spreadsheet export): read with semicolons',)
"""

from __future__ import annotations

import csv
import difflib
import io
import os
import re
import stat
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing.loading import drop_blank_trailing_columns, normalise_newlines, not_plain_text, os_problem
from framing.problems import SHOWN_ALIKE, Problem, codes_of, summarise_problems  # noqa: F401  (SHOWN_ALIKE: read from here too)

MAX_BYTES = 50_000_000
"""The largest file read (50 MB): a class's coding sheet is a few kilobytes, so a larger file is the wrong file."""

SHOWN_PROBLEMS = 20
"""At most this many problems are spelt out in an error's message; the rest are counted."""


YES_NO = {"yes": "yes", "y": "yes", "1": "yes", "true": "yes", "no": "no", "n": "no", "0": "no", "false": "no"}
"""Answers read as yes or no where yes or no is asked, with capitals and spaces ignored: what spreadsheets and quick
typists write (1 and 0, TRUE and FALSE are what a spreadsheet makes of a ticked box)."""

EXAMPLE_CELL = re.compile(
    r"^\s*(?:#|//|e\.\s?g\.|for example\b|example\b|sample row\b|your\b.{0,40}\bhere\b|todo\b|xxx+\b|\.\.\.\s*$|…\s*$)",
    re.IGNORECASE,
)
"""The start of a cell that marks a row as a comment or an example left in ("# facts of my story", "example",
"e.g. gaza", "your fact here", "..."), looked for in a row's name cells: the loaders read every row as data."""

DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs"}
"""The separators a hand-edited CSV may use, in the order they are tried: commas are the format, semicolons are
what Excel writes where the decimal mark is a comma, tabs what a copy from a spreadsheet gives."""

SAVE_AS = "in your spreadsheet program choose Save As > CSV UTF-8 (comma delimited)"

_WORKBOOKS = (
    (b"PK\x03\x04", "an Excel workbook (.xlsx) or another zipped file (.ods, .docx)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls) or another Office file"),
)
_WINDOWS_PUNCTUATION = b"\x85\x91\x92\x93\x94\x96\x97"  # … ‘ ’ “ ” – — in Windows-1252 (letters in Mac Roman)
_MAC_PUNCTUATION = b"\xc9\xd0\xd1\xd2\xd3\xd4\xd5"  # … – — “ ” ‘ ’ in Mac Roman (capital letters in Windows-1252)
_CURLY_DOUBLE_QUOTES = "“”„‟"


class HandFileError(ValueError):
    """A hand-edited file cannot be read as it is. ``problems`` lists each problem (file, line, what is wrong), most
    of them a :class:`framing.problems.Problem` (``codes`` lists their codes); the message spells out the first
    ``SHOWN_PROBLEMS`` of them, at most ``SHOWN_ALIKE`` of one kind, and counts the rest.

    >>> print(HandFileError([Problem("cell_blank", f"f.csv: line {n}: fact_id is blank") for n in range(2, 9)]))
    7 problems:
    - f.csv: line 2: fact_id is blank
    - f.csv: line 3: fact_id is blank
    - f.csv: line 4: fact_id is blank
    - f.csv: line 5: fact_id is blank
    - f.csv: line 6: fact_id is blank
    - and 2 more problems like the one before
    """

    def __init__(self, problems: Sequence[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        self.codes = codes_of(self.problems)
        if len(self.problems) == 1:
            message = self.problems[0]
        else:
            summary = summarise_problems(self.problems)
            shown = summary[:SHOWN_PROBLEMS]
            message = f"{len(self.problems)} problems:\n" + "\n".join(f"- {p}" for p in shown)
            if len(summary) > len(shown):
                message += f"\n- and {len(summary) - len(shown)} more"
        super().__init__(message)


@dataclass(frozen=True)
class HandTable:
    """A hand-edited CSV as read: ``table`` holds every non-empty row as strings, exactly as written (spaces
    included), indexed by the file's line number where the row starts; ``columns`` are the header's names (spaces
    around them removed); ``notes`` says what was read differently from a plain comma-separated UTF-8 file."""

    path: Path
    table: pd.DataFrame
    notes: tuple[str, ...]


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 1e6 else f"{count / 1e3:.1f} KB" if count >= 1e3 else f"{count} bytes"


def refuse_special(path: Path, max_bytes: int = MAX_BYTES) -> None:
    """Raise ``HandFileError`` unless ``path`` is a regular file of at most ``max_bytes``; nothing is opened, so a
    pipe or a device cannot make the caller wait.

    >>> refuse_special(Path("/dev/null"))
    Traceback (most recent call last):
    ...
    framing.hand_csv.HandFileError: /dev/null: is a device or a pipe, not a file; it was not opened
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise HandFileError([Problem("file_not_found", f"{path}: file not found")]) from None
    except (OSError, RuntimeError, ValueError) as error:
        raise HandFileError([os_problem(path, error)]) from None
    if stat.S_ISDIR(info.st_mode):
        raise HandFileError([Problem("is_a_folder", f"{path}: is a folder, not a file")])
    if not stat.S_ISREG(info.st_mode):
        raise HandFileError([Problem("special_file", f"{path}: is a device or a pipe, not a file; it was not opened")])
    if info.st_size > max_bytes:
        raise HandFileError(
            [
                Problem(
                    "file_too_large",
                    f"{path}: is {_size(info.st_size)}, more than the {_size(max_bytes)} a hand-made table could "
                    "be; is it the right file?",
                )
            ]
        )


def _likely_encoding(data: bytes) -> tuple[str, str]:
    """The encoding a non-UTF-8 file is most likely in, by its curly quotes and dashes, and how Excel names it."""
    windows = sum(data.count(bytes([b])) for b in _WINDOWS_PUNCTUATION)
    mac = sum(data.count(bytes([b])) for b in _MAC_PUNCTUATION)
    if windows > mac:
        return "cp1252", "Windows-1252 (what Excel on Windows writes for 'CSV (Comma delimited)')"
    if mac > windows:
        return "mac_roman", "Mac Roman (what Excel on a Mac writes for 'CSV (Macintosh)')"
    return "cp1252", "Windows-1252 or Mac Roman (what Excel writes for 'CSV (Comma delimited)' or 'CSV (Macintosh)')"


def _first_bad_byte(data: bytes, error: UnicodeDecodeError, path: Path) -> Problem:
    """Where the first byte that is not UTF-8 is, and which encoding the file is most likely in."""
    before = data[: error.start]
    line = before.count(b"\n") + 1
    column = len(before) - (before.rfind(b"\n") + 1) + 1
    byte = data[error.start]
    encoding, likely = _likely_encoding(data)
    shown = bytes([byte]).decode(encoding, errors="replace")
    return Problem(
        "not_utf8",
        f"{path}: line {line}, column {column}: not UTF-8 text: byte 0x{byte:02x} ({shown!r} in "
        f"{likely.split(' (')[0]}) cannot be read. The file is probably in {likely}; {SAVE_AS}, and read that file",
    )


def _decode(data: bytes, path: Path) -> str:
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise HandFileError(
            [
                Problem(
                    "file_empty",
                    f"{path}: the file is empty; it needs its header row and one row per entry (was it saved before "
                    "closing?)",
                )
            ]
        )
    for magic, kind in _WORKBOOKS:
        if data.startswith(magic):
            named = f"saved under a {path.suffix} name" if path.suffix else "without a file type"
            raise HandFileError(
                [Problem("spreadsheet_workbook", f"{path}: is {kind} {named}, not a CSV file; open it, and {SAVE_AS}")]
            )
    problem = not_plain_text(data, path)
    if problem:
        raise HandFileError([problem])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise HandFileError([_first_bad_byte(data, error, path)]) from None
    return normalise_newlines(text)


def _cells(line: str, delimiter: str) -> list[str]:
    try:
        row = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        row = line.split(delimiter)
    return [cell.strip().lower() for cell in row]


def _choose_delimiter(path: Path, header_line: str, required: Sequence[str]) -> tuple[str, list[str]]:
    """The separator whose cells hold the most required columns (commas first), and the notes about it."""
    best = max(DELIMITERS, key=lambda d: sum(c in _cells(header_line, d) for c in required))
    if best == "," or not any(c in _cells(header_line, best) for c in required):
        return ",", []
    return best, [f"uses {DELIMITERS[best]} between columns (a spreadsheet export): read with {DELIMITERS[best]}"]


def _missing_columns(path: Path, header: list[str], required: Sequence[str], what: str) -> Problem:
    missing = [c for c in required if c not in header]
    if any(q in cell for cell in header for q in _CURLY_DOUBLE_QUOTES):
        return Problem(
            "curly_quotes",
            f"{path}: line 1: the header puts curly quotes “ ” around column names; a CSV file understands only "
            'straight double quotes "',
        )
    shown = ",".join(header) if len(",".join(header)) <= 200 else ",".join(header)[:200] + "..."
    return Problem(
        "missing_columns",
        f"{path}: line 1: missing column(s) {', '.join(missing)}; a {what} has the columns {', '.join(required)}, "
        f"and the header row of this file is {shown!r}",
    )


def _records(path: Path, text: str, delimiter: str):
    """(line where the record starts, cells) for every record; HandFileError naming the line for broken quoting."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    start = 1
    try:
        for row in reader:
            yield start, row
            start = reader.line_num + 1
    except csv.Error as error:
        if "EOF" in str(error) or "end of data" in str(error):
            problem = Problem(
                "unclosed_quote",
                f'{path}: line {start}: a double quote " opened on this line is never closed, so the rest of the '
                'file reads as one cell; close it, or write a double quote inside a cell as two ("")',
            )
        else:
            problem = Problem(
                "not_valid_csv",
                f"{path}: line {reader.line_num}: not valid CSV ({error}); check the double quotes on this line",
            )
        raise HandFileError([problem]) from None


def read_hand_csv(path: str | Path, required: Sequence[str], what: str = "table") -> HandTable:
    """Read the CSV file at ``path`` that must have the columns ``required`` (names compared without case and
    spaces around them), as strings, exactly as written. Nothing on disk is changed. See the module's docstring
    for the slips read and those named; ``what`` names the kind of file in messages ("coding sheet").

    >>> read_hand_csv(Path("no-such-file.csv"), ["code"])
    Traceback (most recent call last):
    ...
    framing.hand_csv.HandFileError: no-such-file.csv: file not found
    """
    path = Path(path)
    refuse_special(path)
    try:
        data = path.read_bytes()
    except (OSError, RuntimeError, ValueError) as error:
        raise HandFileError([os_problem(path, error)]) from None
    text = _decode(data, path)
    header_line = next((line for line in text.split("\n") if line.strip()), "")
    delimiter, notes = _choose_delimiter(path, header_line, required)
    records = [(line, row) for line, row in _records(path, text, delimiter) if any(cell.strip() for cell in row)]
    if not records:
        raise HandFileError(
            [Problem("file_empty", f"{path}: every line is empty; the file needs its header row and one row per entry")]
        )
    width = len(drop_blank_trailing_columns([records[0][1]])[0])
    header = [name.strip().lower() for name in records[0][1][:width]]
    if any(c not in header for c in required):
        raise HandFileError([_missing_columns(path, header, required, what)])
    problems = [
        Problem("column_used_twice", f"{path}: line 1: column {name!r} appears twice")
        for name in dict.fromkeys(header)
        if header.count(name) > 1 and name
    ]
    rows, lines = [], []
    for line, row in records[1:]:
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            problems.append(
                Problem(
                    "row_width",
                    f"{path}: line {line}: has {len(row)} cells, the header has {width}: a comma inside a cell needs "
                    'double quotes around the whole cell ("like, this"); a spreadsheet program adds them when it '
                    "saves",
                )
            )
            continue
        rows.append((row + [""] * width)[:width])
        lines.append(line)
    if problems:
        raise HandFileError(problems)
    table = pd.DataFrame(rows, columns=header, dtype=str, index=pd.Index(lines, name="line"))
    return HandTable(path, table, tuple(notes))


# Checks of the rows of a hand-edited table. Each takes the table of a ``HandTable`` (indexed by the file's line
# numbers) and returns problems naming the file and the line.


def warn_notes(hand: HandTable, more: Sequence[str] = (), stacklevel: int = 3) -> None:
    """Issue each of ``hand.notes`` (what was read differently from a plain CSV file) and of ``more`` (cells read
    differently than written) as a ``UserWarning`` naming the file: a notebook shows it under the cell, and the
    story check as a "Note:" line."""
    for note in (*hand.notes, *more):
        warnings.warn(f"{hand.path}: {note}", UserWarning, stacklevel=stacklevel)


def in_line_order(problems: Sequence[str]) -> list[str]:
    """The problems sorted by the line they name (those naming no line first), so that a report follows the file.

    >>> in_line_order(["f.csv: line 10: b", "f.csv: line 9: a", "f.csv: every line is empty"])
    ['f.csv: every line is empty', 'f.csv: line 9: a', 'f.csv: line 10: b']
    """

    def line(problem: str) -> int:
        found = re.search(r": line (\d+)[:,]", problem)
        return int(found.group(1)) if found else 0

    return sorted(problems, key=line)


def lines_text(lines: Iterable) -> str:
    """Line numbers as a message writes them, at most eight of them.

    >>> lines_text([4]), lines_text(range(2, 12))
    ('line 4', 'lines 2, 3, 4, 5, 6, 7, 8, 9 and 2 more')
    """
    lines = list(lines)
    shown = ", ".join(map(str, lines[:8]))
    return f"line{'s' if len(lines) > 1 else ''} {shown}" + (f" and {len(lines) - 8} more" if len(lines) > 8 else "")


def blank_cells(table: pd.DataFrame, columns: Sequence[str], path: Path, ending: str = "") -> list[Problem]:
    """A problem for each empty cell (spaces count as empty) of ``columns``, line by line; ``ending`` is added to
    each message.

    >>> table = pd.DataFrame({"fact_id": ["a", " "]}, index=[2, 3])
    >>> blank_cells(table, ["fact_id"], Path("facts.csv"))
    ['facts.csv: line 3: fact_id is blank']
    """
    problems = []
    for line, row in zip(table.index, zip(*(table[c] for c in columns))):
        problems += [
            Problem("cell_blank", f"{path}: line {line}: {column} is blank{ending}")
            for column, cell in zip(columns, row)
            if not str(cell).strip()
        ]
    return problems


def repeated_keys(table: pd.DataFrame, keys: Sequence[str], path: Path, describe=None) -> list[Problem]:
    """A problem for each row whose ``keys`` (spaces around them ignored) repeat an earlier row's, naming both
    lines; rows with an empty key are left to ``blank_cells``. ``describe(values)`` words the repeated row ("sentence
    a 3 is coded twice"); by default "<keys> <values> is used twice".

    >>> table = pd.DataFrame({"fact_id": ["gaza", "troops", "gaza "]}, index=[2, 3, 7])
    >>> repeated_keys(table, ["fact_id"], Path("facts.csv"))
    ["facts.csv: line 7: fact_id 'gaza' is used twice (first on line 2); give every row its own fact_id"]
    """
    describe = describe or (
        lambda values: (
            f"{' and '.join(keys)} {' / '.join(values)!r} is used twice (first on line {{first}}); give "
            f"every row its own {' and '.join(keys)}"
        )
    )
    first: dict[tuple, int] = {}
    problems = []
    for line, values in zip(table.index, zip(*(table[k].astype(str).str.strip() for k in keys))):
        if not all(values):
            continue
        if values in first:
            message = describe(values).replace("{first}", str(first[values]))
            problems.append(Problem("key_used_twice", f"{path}: line {line}: {message}"))
        else:
            first[values] = line
    return problems


def whole_numbers(table: pd.DataFrame, column: str, path: Path, minimum: int = 1) -> tuple[pd.Series, list[Problem]]:
    """The cells of ``column`` read as whole numbers (spaces around them ignored; ``<NA>`` where they are not), and a
    problem for each empty cell or cell that is not a whole number of at least ``minimum``.

    >>> numbers, problems = whole_numbers(pd.DataFrame({"sentence_no": [" 3", "", "4.5"]}, index=[2, 3, 4]),
    ...                                   "sentence_no", Path("codes.csv"))
    >>> numbers.tolist()
    [3, <NA>, <NA>]
    >>> problems
    ['codes.csv: line 3: sentence_no is blank', "codes.csv: line 4: sentence_no '4.5' is not a whole number from 1"]
    """
    cells = table[column].str.strip()
    digits = cells.str.fullmatch(r"\d{1,9}")
    numbers = pd.Series(pd.NA, index=table.index, dtype="Int64")
    numbers[digits] = cells[digits].astype(int)
    problems = []
    for line, cell, number in zip(table.index, cells, numbers):
        if not cell:
            problems.append(Problem("cell_blank", f"{path}: line {line}: {column} is blank"))
        elif pd.isna(number) or number < minimum:
            problems.append(
                Problem("not_a_number", f"{path}: line {line}: {column} {cell!r} is not a whole number from {minimum}")
            )
    return numbers, problems


def normalise_code(written: str, scale) -> tuple[str | None, str | None]:
    """A code as written, read against ``scale``: ``(code, None)`` for a code of the scale (capitals and spaces
    around it ignored, a yes/no answer of ``YES_NO``, or the start of exactly one code such as "pos"), ``(None, None)``
    for an empty cell, and ``(None, problem)`` for anything else.

    >>> from framing.sentiment import LABELS
    >>> normalise_code("Positive ", LABELS), normalise_code("pos", LABELS), normalise_code("Y", ("yes", "no"))
    (('positive', None), ('positive', None), ('yes', None))
    >>> normalise_code("ne", LABELS)
    (None, "'ne' could be negative or neutral: write the whole word")
    >>> normalise_code("postive", LABELS)
    (None, "'postive' is not a code of this sheet (negative, neutral, positive); did you mean 'positive'?")
    """
    code, problem = _read_choice(written, scale)
    return code, (problem.format(what=f"is not a code of this sheet ({', '.join(scale)})") if problem else None)


def _read_choice(written: str, scale) -> tuple[str | None, str | None]:
    """``normalise_code``'s reading, with ``{what}`` in the problem for the caller to word."""
    scale = tuple(scale)
    cell = str(written).strip().lower()
    if not cell:
        return None, None
    if cell in scale:
        return cell, None
    if set(scale) == {"yes", "no"} and cell in YES_NO:
        return YES_NO[cell], None
    starting = [code for code in scale if code.startswith(cell)]
    if len(starting) == 1:
        return starting[0], None
    if starting:
        return None, f"{str(written).strip()!r} could be {' or '.join(starting)}: write the whole word"
    close = difflib.get_close_matches(cell, scale, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return None, f"{str(written).strip()!r} {{what}}{hint}"


def read_choices(
    table: pd.DataFrame,
    column: str,
    scale: Sequence[str],
    path: Path,
    blank: str | None = None,
    described: str = "",
) -> tuple[pd.Series, list[Problem], list[str]]:
    """The cells of ``column`` read against ``scale`` as ``normalise_code`` reads them (a label with stray spaces or
    capitals, "pos", and "Yes", "y", "1" or "TRUE" where yes or no is asked), the problems (file, line, the cell and
    the choices, or ``described``: "is not <described>") and notes saying which lines were read differently than
    written. An empty cell is a problem ending with ``blank`` when it is given, else it is read as ``None``.

    >>> table = pd.DataFrame({"answer": ["Yes ", "no", "maybe", ""]}, index=[2, 3, 4, 5])
    >>> read, problems, notes = read_choices(table, "answer", ("yes", "no"), Path("sheet.csv"), blank="answer it")
    >>> read.tolist(), notes
    (['yes', 'no', None, None], ["line 2: answer 'Yes ' read as 'yes'"])
    >>> problems
    ["sheet.csv: line 4: answer 'maybe' is not one of yes, no", 'sheet.csv: line 5: answer is blank: answer it']
    """
    read = {cell: _read_choice(cell, scale) for cell in table[column].unique()}
    values = pd.Series([read[cell][0] for cell in table[column]], index=table.index, dtype=object)
    problems = []
    for line, cell in table[column].items():
        code, problem = read[cell]
        if problem:
            what = f"is not {described or 'one of ' + ', '.join(scale)}"
            problems.append(Problem("not_a_choice", f"{path}: line {line}: {column} {problem.format(what=what)}"))
        elif code is None and blank is not None:
            problems.append(Problem("cell_blank", f"{path}: line {line}: {column} is blank: {blank}"))
    notes = [
        f"{lines_text(table.index[table[column] == cell])}: {column} {cell!r} read as {code!r}"
        for cell, (code, _) in read.items()
        if code is not None and cell != code
    ]
    return values, problems, notes


def marked_rows(table: pd.DataFrame, columns: Sequence[str]) -> list:
    """The lines of the rows whose name cells (``columns``) start as a comment or an example does
    (``EXAMPLE_CELL``)."""
    return [
        line
        for line, row in zip(table.index, zip(*(table[c] for c in columns)))
        if any(EXAMPLE_CELL.match(str(cell)) for cell in row)
    ]


def example_rows(table: pd.DataFrame, columns: Sequence[str], path: Path) -> list[Problem]:
    """A problem for each row whose name cells (``columns``) start as a comment or an example does
    (``EXAMPLE_CELL``): "# my facts", "example", "e.g. ...", "your fact here", "...".

    >>> table = pd.DataFrame({"fact_id": ["# facts of my story", "gaza"]}, index=[2, 3])
    >>> example_rows(table, ["fact_id"], Path("facts.csv"))[0][:65]
    "facts.csv: line 2: looks like a comment or an example (fact_id '#"
    """
    problems = []
    for line in marked_rows(table, columns):
        column, cell = next((c, table.at[line, c]) for c in columns if EXAMPLE_CELL.match(str(table.at[line, c])))
        problems.append(
            Problem(
                "example_row",
                f"{path}: line {line}: looks like a comment or an example ({column} {cell!r}); every row is read as "
                "data, so delete this row or write a real entry in it",
            )
        )
    return problems


def straighten(text: str) -> str:
    """The text with curly quotation marks and apostrophes made straight and dashes made hyphens, as a keyboard
    types them.

    >>> straighten("Tehran’s “deal” – done")
    'Tehran\\'s "deal" - done'
    """
    return text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"}))


def squeeze(text) -> str:
    """The text with every run of spaces and line ends as one space, and none around it.

    >>> squeeze("  two\\n words ")
    'two words'
    """
    return re.sub(r"\s+", " ", str(text)).strip()


def text_difference(written: str, expected: str, against: str = "the sentence") -> str | None:
    """How a unit's text as written in a sheet differs from the text expected (``against`` names it), or None when
    they are the same (runs of spaces count as one space); a hint when only the quotation marks, apostrophes or
    dashes differ, as in a sentence retyped on a keyboard.

    >>> text_difference('He said "no".', "He said “no”.")[:76]
    'the text differs from the sentence (only in its quotation marks, apostrophes'
    >>> text_difference("He left.", "He  left.") is None
    True
    """
    written, expected = squeeze(written), squeeze(expected)
    if written == expected:
        return None
    if straighten(written) == straighten(expected):
        return (
            f"the text differs from {against} (only in its quotation marks, apostrophes or dashes: a retyped "
            "sentence? Copy it, or leave the text as the sheet gave it)"
        )
    return f"the text differs from {against}, which reads {expected[:70]!r}{'...' if len(expected) > 70 else ''}"
