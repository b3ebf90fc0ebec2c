"""Load a story folder: ``articles.csv`` plus the text files it names.

A *story folder* is the unit of this course. It holds one plain-text file per
article and a file ``articles.csv`` with one row per article. The two required
columns are ``article_id`` (a short, unique, readable name) and ``file`` (the
text file's name, relative to the folder). Every other column is metadata and
is passed through untouched. See ``data/README.md`` for the full format.
"""

from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path

import pandas as pd

REQUIRED_COLUMNS = ("article_id", "file")
"""Columns every ``articles.csv`` must have."""

RESERVED_COLUMNS = ("text", "raw_text")
"""Columns that ``load_articles`` and ``clean_articles`` add; a CSV may not use them."""

INDEX_FILE = "articles.csv"


class ArticleLoadError(ValueError):
    """A story folder could not be loaded.

    The message names every file and problem found. The individual problems are
    also available as a list of strings in ``problems``.
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        if len(self.problems) == 1:
            message = self.problems[0]
        else:
            message = f"{len(self.problems)} problems:\n" + "\n".join(f"- {p}" for p in self.problems)
        super().__init__(message)


def normalise_newlines(text: str) -> str:
    """Remove a leading byte-order mark and turn CRLF and CR line ends into LF.

    >>> normalise_newlines("\\ufeffone\\r\\ntwo\\rthree")
    'one\\ntwo\\nthree'
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_utf8(data: bytes, path: Path) -> str:
    """Decode UTF-8 bytes, or raise ArticleLoadError saying where the first bad byte is."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise ArticleLoadError(
            [
                f"{path}: not UTF-8 text: byte 0x{data[error.start]:02x} at line {line}, "
                f"column {column} (byte offset {error.start}) cannot be decoded. "
                "Save the file as UTF-8 and try again."
            ]
        ) from None


def _read_index(folder: Path) -> pd.DataFrame:
    index_path = folder / INDEX_FILE
    if not folder.exists():
        raise ArticleLoadError([f"{folder}: story folder not found"])
    if not folder.is_dir():
        raise ArticleLoadError([f"{folder}: not a folder (a story folder holds {INDEX_FILE} and text files)"])
    if not index_path.is_file():
        raise ArticleLoadError([f"{index_path}: missing; a story folder needs an {INDEX_FILE} that lists its articles"])
    text = normalise_newlines(decode_utf8(index_path.read_bytes(), index_path))
    if not text.strip():
        raise ArticleLoadError([f"{index_path}: the file is empty; it needs a header row and one row per article"])
    try:
        rows = list(csv.reader(io.StringIO(text), strict=True))
    except csv.Error as error:
        raise ArticleLoadError([f"{index_path}: not valid CSV ({error})"]) from None
    header = [name.strip() for name in rows[0]]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ArticleLoadError(
            [f"{index_path}: missing required column(s) {', '.join(missing)}; the header row is {','.join(header)}"]
        )
    problems = []
    duplicated = sorted({name for name in header if header.count(name) > 1})
    if duplicated:
        problems.append(f"{index_path}: column name(s) used twice: {', '.join(duplicated)}")
    reserved = [name for name in RESERVED_COLUMNS if name in header]
    if reserved:
        problems.append(f"{index_path}: column name(s) {', '.join(reserved)} are reserved for the loaded text")
    body = [(number, row) for number, row in enumerate(rows[1:], start=2) if any(cell.strip() for cell in row)]
    if not body:
        problems.append(f"{index_path}: no articles listed (only a header row)")
    for number, row in body:
        if len(row) != len(header):
            problems.append(f"{index_path}: line {number} has {len(row)} fields, the header has {len(header)}")
    if problems:
        raise ArticleLoadError(problems)
    table = pd.DataFrame([row for _, row in body], columns=header, dtype=str)
    table["article_id"] = table["article_id"].str.strip()
    table["file"] = table["file"].str.strip()
    table.index = [number for number, _ in body]  # CSV line numbers, for messages
    return table


def _check_rows(folder: Path, table: pd.DataFrame) -> list[str]:
    index_path = folder / INDEX_FILE
    problems = []
    seen: dict[str, int] = {}
    for line, row in table.iterrows():
        article_id = row["article_id"]
        if not article_id:
            problems.append(f"{index_path}: line {line}: article_id is blank")
        elif article_id in seen:
            problems.append(
                f"{index_path}: line {line}: duplicate article_id {article_id!r} (first used on line {seen[article_id]})"
            )
        else:
            seen[article_id] = line
        if not row["file"]:
            problems.append(f"{index_path}: line {line}: file is blank for article {article_id!r}")
    return problems


def _read_text(folder: Path, name: str, article_id: str) -> str:
    index_path = folder / INDEX_FILE
    root = folder.resolve()
    path = folder / name
    if Path(name).is_absolute() or not path.resolve().is_relative_to(root):
        raise ArticleLoadError(
            [f"{index_path}: file {name!r} for article {article_id!r} is outside the story folder; "
             "list files by their name inside the folder"]
        )
    if not path.is_file():
        raise ArticleLoadError([f"{path}: file listed for article {article_id!r} in {INDEX_FILE} does not exist"])
    text = normalise_newlines(decode_utf8(path.read_bytes(), path))
    if not text.strip():
        raise ArticleLoadError([f"{path}: the text of article {article_id!r} is empty"])
    return text


def load_articles(folder: str | Path) -> pd.DataFrame:
    """Load every article of a story folder into a DataFrame.

    Returns one row per article, in the order of ``articles.csv``, with the
    columns ``article_id``, ``file``, every metadata column of the CSV (as
    strings; a blank cell is an empty string) and ``text``, the article as
    received. A byte-order mark is removed and CRLF or CR line ends become LF;
    nothing else is changed.

    Raises ``ArticleLoadError`` (a ``ValueError``) naming the file and the
    problem if anything is wrong; nothing is half-loaded. A ``.txt`` file in
    the folder that ``articles.csv`` does not list gives a warning.

    Example, from the project's top folder::

        articles = load_articles("data/pezeshkian-iraq-2024")
        list(articles["article_id"])
        # ['visits-baghdad', 'inaugural-visit', 'first-foreign-trip', 'strategic-partnership', 'next-door-iraq']
    """
    folder = Path(folder)
    table = _read_index(folder)
    problems = _check_rows(folder, table)
    texts = []
    for _, row in table.iterrows():
        if not row["article_id"] or not row["file"]:
            continue
        try:
            texts.append(_read_text(folder, row["file"], row["article_id"]))
        except ArticleLoadError as error:
            problems.extend(error.problems)
    if problems:
        raise ArticleLoadError(problems)

    listed = {(folder / name).resolve() for name in table["file"]}
    for extra in sorted(folder.glob("*.txt")):
        if extra.resolve() not in listed:
            warnings.warn(
                f"{extra}: not listed in {folder / INDEX_FILE}, so it was not loaded", UserWarning, stacklevel=2
            )
    articles = table.reset_index(drop=True)
    articles["text"] = texts
    return articles
