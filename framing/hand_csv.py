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
import io
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing.loading import describe_os_error, drop_blank_trailing_columns, normalise_newlines, not_plain_text

MAX_BYTES = 50_000_000
"""The largest file read (50 MB): a class's coding sheet is a few kilobytes, so a larger file is the wrong file."""

SHOWN_PROBLEMS = 20
"""At most this many problems are spelt out in an error's message; the rest are counted."""

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
    """A hand-edited file cannot be read as it is. ``problems`` lists each problem (file, line, what is wrong); the
    message spells out the first ``SHOWN_PROBLEMS`` of them and counts the rest."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        shown = self.problems[:SHOWN_PROBLEMS]
        more = len(self.problems) - len(shown)
        if len(self.problems) == 1:
            message = self.problems[0]
        else:
            message = f"{len(self.problems)} problems:\n" + "\n".join(f"- {p}" for p in shown)
            if more:
                message += f"\n- and {more} more"
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
        raise HandFileError([f"{path}: file not found"]) from None
    except (OSError, RuntimeError, ValueError) as error:
        raise HandFileError([f"{path}: {describe_os_error(error)}"]) from None
    if stat.S_ISDIR(info.st_mode):
        raise HandFileError([f"{path}: is a folder, not a file"])
    if not stat.S_ISREG(info.st_mode):
        raise HandFileError([f"{path}: is a device or a pipe, not a file; it was not opened"])
    if info.st_size > max_bytes:
        raise HandFileError(
            [
                f"{path}: is {_size(info.st_size)}, more than the {_size(max_bytes)} a hand-made table could be; "
                "is it the right file?"
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


def _first_bad_byte(data: bytes, error: UnicodeDecodeError, path: Path) -> str:
    """Where the first byte that is not UTF-8 is, and which encoding the file is most likely in."""
    before = data[: error.start]
    line = before.count(b"\n") + 1
    column = len(before) - (before.rfind(b"\n") + 1) + 1
    byte = data[error.start]
    encoding, likely = _likely_encoding(data)
    shown = bytes([byte]).decode(encoding, errors="replace")
    return (
        f"{path}: line {line}, column {column}: not UTF-8 text: byte 0x{byte:02x} ({shown!r} in "
        f"{likely.split(' (')[0]}) cannot be read. The file is probably in {likely}; {SAVE_AS}, and read that file"
    )


def _decode(data: bytes, path: Path) -> str:
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise HandFileError(
            [f"{path}: the file is empty; it needs its header row and one row per unit (was it saved before closing?)"]
        )
    for magic, kind in _WORKBOOKS:
        if data.startswith(magic):
            named = f"saved under a {path.suffix} name" if path.suffix else "without a file type"
            raise HandFileError([f"{path}: is {kind} {named}, not a CSV file; open it, and {SAVE_AS}"])
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


def _missing_columns(path: Path, header: list[str], required: Sequence[str], what: str) -> str:
    missing = [c for c in required if c not in header]
    if any(q in cell for cell in header for q in _CURLY_DOUBLE_QUOTES):
        return (
            f"{path}: line 1: the header puts curly quotes “ ” around column names; a CSV file understands only "
            'straight double quotes "'
        )
    shown = ",".join(header) if len(",".join(header)) <= 200 else ",".join(header)[:200] + "..."
    return (
        f"{path}: line 1: missing column(s) {', '.join(missing)}; a {what} has the columns {', '.join(required)}, "
        f"and the header row of this file is {shown!r}"
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
            problem = (
                f'{path}: line {start}: a double quote " opened on this line is never closed, so the rest of the '
                'file reads as one cell; close it, or write a double quote inside a cell as two ("")'
            )
        else:
            problem = f"{path}: line {reader.line_num}: not valid CSV ({error}); check the double quotes on this line"
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
        raise HandFileError([f"{path}: {describe_os_error(error)}"]) from None
    text = _decode(data, path)
    header_line = next((line for line in text.split("\n") if line.strip()), "")
    delimiter, notes = _choose_delimiter(path, header_line, required)
    records = [(line, row) for line, row in _records(path, text, delimiter) if any(cell.strip() for cell in row)]
    if not records:
        raise HandFileError([f"{path}: every line is empty; the file needs its header row and one row per unit"])
    width = len(drop_blank_trailing_columns([records[0][1]])[0])
    header = [name.strip().lower() for name in records[0][1][:width]]
    if any(c not in header for c in required):
        raise HandFileError([_missing_columns(path, header, required, what)])
    problems = [
        f"{path}: line 1: column {name!r} appears twice"
        for name in dict.fromkeys(header)
        if header.count(name) > 1 and name
    ]
    rows, lines = [], []
    for line, row in records[1:]:
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            problems.append(
                f"{path}: line {line}: has {len(row)} cells, the header has {width}: a comma inside a cell needs "
                'double quotes around the whole cell ("like, this"); a spreadsheet program adds them when it saves'
            )
            continue
        rows.append((row + [""] * width)[:width])
        lines.append(line)
    if problems:
        raise HandFileError(problems)
    table = pd.DataFrame(rows, columns=header, dtype=str, index=pd.Index(lines, name="line"))
    return HandTable(path, table, tuple(notes))
