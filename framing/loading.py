"""Load a story folder: ``articles.csv`` plus the text files it names.

A *story folder* is the unit of this course. It holds one plain-text file per
article and a file ``articles.csv`` with one row per article. The two required
columns are ``article_id`` (a short, unique, readable name) and ``file`` (the
text file's name, relative to the folder). Every other column is metadata and
is passed through untouched. See ``data/README.md`` for the full format.

Every problem becomes an ``ArticleLoadError`` that names the file and the
cause in plain words: the file system's refusals (a link loop, a name too long,
no permission, a file that vanished), files that are not UTF-8 plain text
(RTF, Word, PDF, UTF-16) and the usual spreadsheet slips (semicolons, curly
quotes, Excel's empty columns, a misspelt file name, with a "did you mean").
"""

from __future__ import annotations

import codecs
import csv
import difflib
import errno
import io
import os
import unicodedata
import warnings
from pathlib import Path

import pandas as pd

from framing.problems import Problem, codes_of, summarise_problems

REQUIRED_COLUMNS = ("article_id", "file")
"""Columns every ``articles.csv`` must have."""

RESERVED_COLUMNS = ("text", "raw_text")
"""Columns that ``load_articles`` and ``clean_articles`` add; a CSV may not use them."""

INDEX_FILE = "articles.csv"

MAX_NAME_BYTES = 255
"""The longest file or folder name (one part of a path), in UTF-8 bytes, that common file systems allow."""

MAX_SUGGESTION_FILES = 2000
"""At most this many file names are compared when looking for a 'did you mean' suggestion."""

_FS_ERRORS = (OSError, RuntimeError, ValueError)  # RuntimeError: a link loop (Python 3.11); ValueError: a NUL byte
_CURLY_DOUBLE_QUOTES = "“”„‟"
_OTHER_DELIMITERS = {";": "';'", "\t": "tabs", "|": "'|'"}


class ArticleLoadError(ValueError):
    """A story folder could not be loaded.

    The message names every file and problem found (at most ``SHOWN_ALIKE`` of one kind; the rest are counted).
    The individual problems are
    also available in ``problems``: each a :class:`framing.problems.Problem`, a
    string with a ``code`` that names the kind of problem (``codes`` lists them).
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        self.codes = codes_of(self.problems)
        if len(self.problems) == 1:
            message = self.problems[0]
        else:
            shown = summarise_problems(self.problems)
            message = f"{len(self.problems)} problems:\n" + "\n".join(f"- {p}" for p in shown)
        super().__init__(message)


def normalise_newlines(text: str) -> str:
    """Remove a leading byte-order mark and turn CRLF and CR line ends into LF.

    Other line separators (U+2028, U+2029, U+0085, form feed) are left as they
    are here, so the text as loaded is the text as received; the cleaning step
    treats them as line breaks (see ``framing.cleaning.split_lines``).

    >>> normalise_newlines("\\ufeffone\\r\\ntwo\\rthree")
    'one\\ntwo\\nthree'
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def describe_os_error(error: BaseException) -> str:
    """Say in plain words why the file system refused a path (the words follow the path's name).

    >>> describe_os_error(PermissionError(13, "Permission denied"))
    'cannot be read: permission denied (you are not allowed to read it, or a folder it is in)'
    >>> describe_os_error(RuntimeError("Symlink loop from 'a.txt'"))
    'is a symbolic link that leads back to itself (a link loop), so it cannot be read'
    """
    number = getattr(error, "errno", None)
    if isinstance(error, RuntimeError) or number == errno.ELOOP:
        return "is a symbolic link that leads back to itself (a link loop), so it cannot be read"
    if isinstance(error, ValueError):
        return "has a NUL character (an invisible control character) in its name, which no file name may hold"
    if isinstance(error, PermissionError):
        return "cannot be read: permission denied (you are not allowed to read it, or a folder it is in)"
    if number == errno.ENAMETOOLONG:
        return f"has a name that is too long for the file system (over {MAX_NAME_BYTES} bytes)"
    if isinstance(error, FileNotFoundError):
        return "disappeared before it could be read (was it moved, renamed or deleted meanwhile?)"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    detail = getattr(error, "strerror", None) or str(error)
    return f"could not be read ({type(error).__name__}: {detail})"


def os_error_code(error: BaseException) -> str:
    """The problem code of a file-system refusal (see ``describe_os_error``).

    >>> os_error_code(PermissionError(13, "Permission denied"))
    'permission_denied'
    """
    number = getattr(error, "errno", None)
    if isinstance(error, RuntimeError) or number == errno.ELOOP:
        return "link_loop"
    if isinstance(error, ValueError):
        return "control_character"
    if isinstance(error, PermissionError):
        return "permission_denied"
    if number == errno.ENAMETOOLONG:
        return "name_too_long"
    if isinstance(error, FileNotFoundError):
        return "disappeared"
    if isinstance(error, IsADirectoryError):
        return "is_a_folder"
    return "unreadable"


def os_problem(path, error: BaseException) -> Problem:
    """A file-system refusal as a problem naming the path."""
    return Problem(os_error_code(error), f"{path}: {describe_os_error(error)}")


def _save_as(path: Path) -> str:
    if path.suffix.lower() == ".csv":
        return "in your spreadsheet program choose Save As > CSV UTF-8 (comma delimited)"
    return "in your editor choose Save As > Plain Text (.txt), UTF-8"


def not_plain_text(data: bytes, path: Path) -> str | None:
    """The problem, if ``data`` is clearly not UTF-8 plain text: RTF, a zip file (.docx), PDF, UTF-16 or UTF-32.

    Returns a sentence naming ``path`` and the kind of file, or None.

    >>> not_plain_text(b"{\\\\rtf1\\\\ansi Hello}", Path("a.txt"))
    'a.txt: is a Rich Text (RTF) file, not plain text; in your editor choose Save As > Plain Text (.txt), UTF-8'
    >>> not_plain_text("Hello".encode("utf-16"), Path("a.txt"))
    'a.txt: is UTF-16 text; save it as UTF-8 (in your editor choose Save As > Plain Text (.txt), UTF-8)'
    >>> not_plain_text(b"Hello", Path("a.txt")) is None
    True
    """
    kinds = (
        (b"{\\rtf", "a Rich Text (RTF) file"),
        (b"PK\x03\x04", "a Word document or another zipped file (.docx, .xlsx, .odt)"),
        (b"%PDF", "a PDF file"),
    )
    for magic, kind in kinds:
        if data.startswith(magic):
            return Problem("not_plain_text", f"{path}: is {kind}, not plain text; {_save_as(path)}")
    encoding = _wide_encoding(data)
    if encoding:
        code = "utf16" if encoding == "UTF-16" else "utf32"
        return Problem(code, f"{path}: is {encoding} text; save it as UTF-8 ({_save_as(path)})")
    return None


def _wide_encoding(data: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' if ``data`` starts with that byte-order mark or is full of NUL bytes, else None."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "UTF-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:  # ASCII letters in UTF-16: every other byte is NUL
        return "UTF-32" if sample.count(0) >= len(sample) // 2 + len(sample) // 8 else "UTF-16"
    return None


def decode_utf8(data: bytes, path: Path) -> str:
    """Decode UTF-8 bytes, or raise ArticleLoadError naming the kind of file (RTF, Word, PDF,
    UTF-16) or saying where the first bad byte is."""
    problem = not_plain_text(data, path)
    if problem:
        raise ArticleLoadError([problem])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise ArticleLoadError(
            [
                Problem(
                    "not_utf8",
                    f"{path}: not UTF-8 text: byte 0x{data[error.start]:02x} at line {line}, "
                    f"column {column} (byte offset {error.start}) cannot be decoded. "
                    "Save the file as UTF-8 and try again.",
                )
            ]
        ) from None


def _read_bytes(path: Path) -> bytes:
    """The bytes of a file, or ArticleLoadError naming the file and the file system's reason."""
    try:
        return path.read_bytes()
    except _FS_ERRORS as error:
        raise ArticleLoadError([os_problem(path, error)]) from None


def _resolve(path: Path) -> Path:
    """The real location of a path (links followed), or ArticleLoadError for a link loop or a bad name."""
    try:
        return path.resolve()
    except _FS_ERRORS as error:
        raise ArticleLoadError([os_problem(path, error)]) from None


def _path_kind(path: Path) -> str:
    """'missing', 'folder', 'file' or 'special' (a pipe, a device or a socket: reading it could wait forever, so it is
    never opened); ArticleLoadError when the file system refuses to say."""
    try:
        if path.exists():
            if path.is_dir():
                return "folder"
            return (
                "special"
                if path.is_fifo() or path.is_char_device() or path.is_block_device() or path.is_socket()
                else "file"
            )
        if path.is_symlink():
            path.resolve(strict=True)  # raises for a link loop or a link to nothing
        return "missing"
    except FileNotFoundError:
        raise ArticleLoadError(
            [Problem("broken_link", f"{path}: is a symbolic link to something that does not exist")]
        ) from None
    except _FS_ERRORS as error:
        raise ArticleLoadError([os_problem(path, error)]) from None


def _folder_not_found(folder: Path) -> Problem:
    """The 'story folder not found' problem, with the absolute path looked in and the working folder."""
    try:
        working = Path.cwd()
    except OSError:
        return Problem(
            "folder_not_found", f"{folder}: story folder not found (and the working folder itself no longer exists)"
        )
    looked_in = Path(os.path.normpath(working / folder))
    return Problem(
        "folder_not_found",
        f"{folder}: story folder not found: looked in {looked_in} (the working folder, where the notebook runs, "
        f"is {working}); a path without '../' is read from the working folder",
    )


def _check_folder(folder: Path) -> None:
    kind = _path_kind(folder)
    if kind == "missing":
        raise ArticleLoadError([_folder_not_found(folder)])
    if kind in ("file", "special"):
        raise ArticleLoadError(
            [Problem("not_a_folder", f"{folder}: not a folder (a story folder holds {INDEX_FILE} and text files)")]
        )


def _read_index_text(folder: Path) -> str:
    index_path = folder / INDEX_FILE
    kind = _path_kind(index_path)
    if kind == "missing":
        raise ArticleLoadError(
            [
                Problem(
                    "index_missing",
                    f"{index_path}: missing; a story folder needs an {INDEX_FILE} that lists its articles",
                )
            ]
        )
    if kind == "folder":
        raise ArticleLoadError(
            [
                Problem(
                    "is_a_folder",
                    f"{index_path}: is a folder, not a file; {INDEX_FILE} must be a table of the articles",
                )
            ]
        )
    if kind == "special":
        raise ArticleLoadError([_special_file(index_path)])
    text = normalise_newlines(decode_utf8(_read_bytes(index_path), index_path))
    if not text.strip():
        raise ArticleLoadError(
            [Problem("index_empty", f"{index_path}: the file is empty; it needs a header row and one row per article")]
        )
    return text


def drop_blank_trailing_columns(rows: list[list[str]]) -> list[list[str]]:
    """Remove columns at the right end whose header cell and every value are blank (Excel adds them).

    >>> drop_blank_trailing_columns([["article_id", "file", "", ""], ["a", "a.txt", "", ""], ["b", "b.txt"]])
    [['article_id', 'file'], ['a', 'a.txt'], ['b', 'b.txt']]
    >>> drop_blank_trailing_columns([["article_id", ""], ["a", "x"]])
    [['article_id', ''], ['a', 'x']]
    """
    header = rows[0]
    width = len(header)

    def blank(row: list[str], position: int) -> bool:
        return position >= len(row) or not row[position].strip()

    while width > 0 and all(blank(row, width - 1) for row in rows):
        width -= 1
    if width == len(header):
        return rows
    return [row[:width] if all(blank(row, p) for p in range(width, len(row))) else row for row in rows]


def _special_file(path: Path) -> Problem:
    """A pipe, device or socket listed where a file belongs: refused before it is opened, since reading could hang."""
    return Problem(
        "special_file",
        f"{path}: is not a regular file (a pipe, a device or a socket), so it was not opened; list a saved text file",
    )


def _missing_columns_problem(index_path: Path, header: list[str], first_line: str) -> Problem:
    """Why the required columns were not found: another delimiter, curly quotes, or simply missing."""
    for delimiter, described in _OTHER_DELIMITERS.items():
        cells = [cell.strip().strip('"') for cell in first_line.split(delimiter)]
        if all(name in cells for name in REQUIRED_COLUMNS):
            return Problem(
                "wrong_delimiter",
                f"{index_path} uses {described} between columns; the course needs commas "
                "(Save as 'CSV UTF-8 (comma delimited)')",
            )
    if all(name in [c.strip(_CURLY_DOUBLE_QUOTES + " ") for c in header] for name in REQUIRED_COLUMNS):
        return Problem(
            "curly_quotes",
            f"{index_path}: the header row puts curly (typographic) quotes “ ” around column names; "
            'CSV only understands straight double quotes "',
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    return Problem(
        "missing_required_column",
        f"{index_path}: missing required column(s) {', '.join(missing)}; the header row is {','.join(header)}",
    )


def _header_problems(index_path: Path, header: list[str]) -> list[str]:
    """Blank, repeated and reserved column names."""
    problems = [
        Problem("column_unnamed", f"{index_path}: column {number} has no name")
        for number, name in enumerate(header, start=1)
        if not name
    ]
    duplicated = sorted({name for name in header if name and header.count(name) > 1})
    if duplicated:
        problems.append(
            Problem("column_used_twice", f"{index_path}: column name(s) used twice: {', '.join(duplicated)}")
        )
    reserved = [name for name in RESERVED_COLUMNS if name in header]
    if reserved:
        problems.append(
            Problem(
                "reserved_column",
                f"{index_path}: column name(s) {', '.join(reserved)} are reserved for the loaded text",
            )
        )
    return problems


def _shape_problem(index_path: Path, number: int, row: list[str], width: int) -> Problem | None:
    """A row with the wrong number of fields, saying so when curly quotes are the cause."""
    if len(row) == width:
        return None
    problem = f"{index_path}: line {number} has {len(row)} fields, the header has {width}"
    if any(quote in cell for cell in row for quote in _CURLY_DOUBLE_QUOTES):
        return Problem(
            "curly_quotes",
            problem + "; it puts curly (typographic) quotes “ ” around a field, and CSV only understands straight "
            'double quotes "',
        )
    return Problem("row_width", problem)


def _read_index(folder: Path) -> pd.DataFrame:
    index_path = folder / INDEX_FILE
    _check_folder(folder)
    text = _read_index_text(folder)
    try:
        rows = list(csv.reader(io.StringIO(text), strict=True))
    except csv.Error as error:
        raise ArticleLoadError([Problem("not_valid_csv", f"{index_path}: not valid CSV ({error})")]) from None
    rows = drop_blank_trailing_columns(rows)
    header = [name.strip() for name in rows[0]]
    if any(name not in header for name in REQUIRED_COLUMNS):
        raise ArticleLoadError([_missing_columns_problem(index_path, header, text.split("\n", 1)[0])])
    problems = _header_problems(index_path, header)
    body = [(number, row) for number, row in enumerate(rows[1:], start=2) if any(cell.strip() for cell in row)]
    if not body:
        problems.append(Problem("no_articles", f"{index_path}: no articles listed (only a header row)"))
    problems += [p for number, row in body if (p := _shape_problem(index_path, number, row, len(header)))]
    if problems:
        raise ArticleLoadError(problems)
    table = pd.DataFrame([row for _, row in body], columns=header, dtype=str)
    table["article_id"] = table["article_id"].str.strip()
    table["file"] = table["file"].str.strip()
    table.index = [number for number, _ in body]  # CSV line numbers, for messages
    return table


def file_name_problem(name: str) -> str | None:
    """What is wrong with a file name as written in articles.csv, found without asking the disk, or None.

    >>> file_name_problem("a\\x00.txt")
    'contains an invisible control character (U+0000), which no file name may hold'
    >>> file_name_problem("x" * 300 + ".txt")
    'is too long: one part of it is 304 bytes, and file systems allow at most 255'
    >>> file_name_problem("texts/a.txt") is None
    True
    """
    control = next((ch for ch in name if unicodedata.category(ch) == "Cc"), None)
    if control is not None:
        return f"contains an invisible control character (U+{ord(control):04X}), which no file name may hold"
    longest = max(
        (len(part.encode("utf-8", "surrogatepass")) for part in name.replace("\\", "/").split("/")), default=0
    )
    if longest > MAX_NAME_BYTES:
        return f"is too long: one part of it is {longest} bytes, and file systems allow at most {MAX_NAME_BYTES}"
    if os.path.normpath(name.replace("\\", "/")) == INDEX_FILE:
        return f"is {INDEX_FILE} itself; it lists itself as an article"
    return None


def file_name_code(name: str) -> str:
    """The problem code of a bad file name (see ``file_name_problem``)."""
    problem = file_name_problem(name) or ""
    return (
        "control_character"
        if "control character" in problem
        else "name_too_long"
        if "too long" in problem
        else "lists_itself"
    )


def _check_rows(folder: Path, table: pd.DataFrame) -> list[str]:
    index_path = folder / INDEX_FILE
    problems = []
    seen: dict[str, int] = {}
    for line, article_id, file_name in zip(table.index, table["article_id"], table["file"]):  # fast on 100,000 rows
        if not article_id:
            problems.append(Problem("article_id_blank", f"{index_path}: line {line}: article_id is blank"))
        elif article_id in seen:
            problems.append(
                Problem(
                    "duplicate_article_id",
                    f"{index_path}: line {line}: duplicate article_id {article_id!r} (first used on line "
                    f"{seen[article_id]})",
                )
            )
        else:
            seen[article_id] = line
        if not file_name:
            problems.append(
                Problem("file_blank", f"{index_path}: line {line}: file is blank for article {article_id!r}")
            )
        elif problem := file_name_problem(file_name):
            problems.append(
                Problem(
                    file_name_code(file_name),
                    f"{index_path}: line {line}: the file name for article {article_id!r} {problem}",
                )
            )
    return problems


def files_in(folder: Path, limit: int = MAX_SUGGESTION_FILES) -> list[str]:
    """The files in ``folder`` and its subfolders, as names inside it with '/' (hidden folders and links to
    folders skipped, at most ``limit``); an unreadable subfolder is passed over, never an error."""
    found: list[str] = []
    for root, folders, files in os.walk(folder, followlinks=False):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        relative = Path(root).relative_to(folder)
        found += [(relative / name).as_posix() for name in sorted(files)]
        if len(found) >= limit:
            break
    return found[:limit]


def suggest_file(name: str, candidates: list[str]) -> str | None:
    """A 'did you mean' hint for a listed file that does not exist: the nearest of ``candidates``, and why.

    >>> suggest_file("a.txt", ["a.txt.txt", "b.txt"])
    "did you mean 'a.txt.txt'? (Windows hides extensions: the file saved as 'a.txt' is really named 'a.txt.txt')"
    >>> suggest_file("texts\\\\a.txt", ["texts/a.txt"])
    "did you mean 'texts/a.txt'? (use / between a folder and a file, not \\\\)"
    >>> suggest_file("zzz.txt", ["a.txt"]) is None
    True
    """
    slashed = name.replace("\\", "/")
    nfc = unicodedata.normalize("NFC", slashed)
    checks = (
        (lambda c: "\\" in name and c == slashed, "use / between a folder and a file, not \\"),
        (
            lambda c: c == slashed + ".txt",
            f"Windows hides extensions: the file saved as '{slashed}' is really named '{slashed}.txt'",
        ),
        (
            lambda c: c != slashed and unicodedata.normalize("NFC", c) == nfc,
            "the names look the same but their accents are stored as different Unicode characters (NFC and NFD): "
            "retype the name in articles.csv",
        ),
        (lambda c: c.casefold() == slashed.casefold(), "the names differ in capital letters, which count"),
        (lambda c: c.rsplit("/", 1)[-1] == slashed.rsplit("/", 1)[-1], "the file is in another folder"),
    )
    for matches, reason in checks:
        found = next((c for c in candidates if matches(c)), None)
        if found is not None:
            return f"did you mean '{found}'? ({reason})"
    return _nearest(slashed, candidates)


def _nearest(name: str, candidates: list[str]) -> str | None:
    """'did you mean' the most similar candidate (compared without '.txt', which every name shares), or None."""

    def stem(text: str) -> str:
        return text[:-4] if text.lower().endswith(".txt") else text

    stems: dict[str, str] = {}
    for candidate in candidates:
        stems.setdefault(stem(candidate), candidate)
    close = difflib.get_close_matches(stem(name), list(stems), n=1, cutoff=0.6)
    return f"did you mean '{stems[close[0]]}'?" if close else None


def _does_not_exist(folder: Path, name: str, article_id: str) -> Problem:
    problem = f"{folder / name}: file listed for article {article_id!r} in {INDEX_FILE} does not exist"
    candidates = [c for c in files_in(folder) if c != INDEX_FILE]
    suggestion = suggest_file(name, candidates)
    return Problem("file_name_differs", f"{problem}; {suggestion}") if suggestion else Problem("file_missing", problem)


def text_problem(text: str) -> str | None:
    """'is empty' or 'has no words (...)' for a text with no letters or digits, else None.

    >>> text_problem("\\u200b\\u200b\\n")
    'has no words (only invisible characters such as U+200B ZERO WIDTH SPACE)'
    >>> text_problem("Hello.") is None
    True
    """
    if not text.strip():
        return "is empty"
    if any(ch.isalnum() for ch in text):
        return None
    visible = [ch for ch in text if not ch.isspace()]
    invisible = [ch for ch in visible if unicodedata.category(ch) in ("Cf", "Cc", "Zs", "Zl", "Zp", "Mn")]
    if len(invisible) == len(visible):
        first = invisible[0]
        name = f"U+{ord(first):04X} {unicodedata.name(first, '')}".strip()
        return f"has no words (only invisible characters such as {name})"
    return "has no words (no letters or digits)"


def _read_text(folder: Path, name: str, article_id: str) -> tuple[str, Path]:
    """The text of one article and the file's real location; ArticleLoadError naming the file otherwise."""
    index_path = folder / INDEX_FILE
    root = _resolve(folder)
    path = folder / name
    if Path(name).is_absolute() or not _resolve(path).is_relative_to(root):
        raise ArticleLoadError(
            [
                Problem(
                    "outside_folder",
                    f"{index_path}: file {name!r} for article {article_id!r} is outside the story folder; "
                    "list files by their name inside the folder",
                )
            ]
        )
    kind = _path_kind(path)
    if kind == "missing":
        raise ArticleLoadError([_does_not_exist(folder, name, article_id)])
    if kind == "folder":
        raise ArticleLoadError(
            [Problem("is_a_folder", f"{path}: listed for article {article_id!r}, is a folder, not a text file")]
        )
    if kind == "special":
        raise ArticleLoadError([_special_file(path)])
    text = normalise_newlines(decode_utf8(_read_bytes(path), path))
    problem = text_problem(text)
    if problem:
        code = "text_empty" if problem == "is empty" else "no_words"
        raise ArticleLoadError([Problem(code, f"{path}: the text of article {article_id!r} {problem}")])
    return text, _resolve(path)


def _unlisted_texts(folder: Path, listed: set[Path]) -> list[str]:
    """Warnings for the .txt files directly in ``folder`` that articles.csv does not list."""
    try:
        extras = sorted(folder.glob("*.txt"))
    except _FS_ERRORS:
        return []
    messages = []
    for extra in extras:
        message = f"{extra}: not listed in {folder / INDEX_FILE}, so it was not loaded"
        try:
            if extra.resolve() not in listed:
                messages.append(message)
        except _FS_ERRORS as error:
            messages.append(f"{message} (it {describe_os_error(error)})")
    return messages


def _load(folder: Path) -> tuple[pd.DataFrame, list[str]]:
    """The articles and the warnings about unlisted files; ArticleLoadError listing every problem."""
    table = _read_index(folder)
    problems = _check_rows(folder, table)
    texts, listed, seen = [], set(), set()
    for article_id, file_name in zip(table["article_id"], table["file"]):
        if not article_id or not file_name or (article_id, file_name) in seen or file_name_problem(file_name):
            continue  # a repeated row is a problem already (a repeated article_id): its text is not read again
        seen.add((article_id, file_name))
        try:
            text, real_path = _read_text(folder, file_name, article_id)
        except ArticleLoadError as error:
            problems.extend(error.problems)
            continue
        texts.append(text)
        listed.add(real_path)
    if problems:
        raise ArticleLoadError(problems)
    articles = table.reset_index(drop=True)
    articles["text"] = texts
    return articles, _unlisted_texts(folder, listed)


def load_articles(folder: str | Path) -> pd.DataFrame:
    """Load every article of a story folder into a DataFrame.

    Returns one row per article, in the order of ``articles.csv``, with the
    columns ``article_id``, ``file``, every metadata column of the CSV (as
    strings; a blank cell is an empty string) and ``text``, the article as
    received. A byte-order mark is removed and CRLF or CR line ends become LF;
    nothing else is changed.

    Raises ``ArticleLoadError`` (a ``ValueError``) naming the file and the
    problem if anything is wrong, including whatever the file system refuses
    (a link loop, a name too long, no permission, a file that vanished while
    being read); nothing is half-loaded. A ``.txt`` file in the folder that
    ``articles.csv`` does not list gives a warning.

    Example, from the project's top folder::

        articles = load_articles("data/pezeshkian-iraq-2024")
        list(articles["article_id"])
        # ['visits-baghdad', 'inaugural-visit', 'first-foreign-trip', 'strategic-partnership', 'next-door-iraq']
    """
    if not isinstance(folder, (str, os.PathLike)):
        raise ArticleLoadError(
            [
                Problem(
                    "not_a_path",
                    f"load_articles needs the path of a story folder (a string or Path), not {type(folder).__name__}",
                )
            ]
        )
    folder = Path(folder)
    try:
        articles, notes = _load(folder)
    except ArticleLoadError:
        raise
    except _FS_ERRORS as error:  # a refusal no step above expected: still name the file and the cause
        where = getattr(error, "filename", None) or folder
        raise ArticleLoadError([os_problem(where, error)]) from None
    for note in notes:
        warnings.warn(note, UserWarning, stacklevel=2)
    return articles
