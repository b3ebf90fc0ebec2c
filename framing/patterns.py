"""Tables of search patterns kept as CSV files, so students can add rows.

Several lessons search the articles with a list of regular expressions kept in
a CSV file (facts in notebook 01, word variants in notebook 02). This module
reads such a file and checks it, so that a typo in a pattern gives a message
naming the file, the line and the problem instead of a traceback from ``re``.
"""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.loading import ArticleLoadError, decode_utf8, normalise_newlines
from framing.problems import Problem, codes_of

PATTERN_FLAGS = re.IGNORECASE
"""Patterns match regardless of case."""


def compile_pattern(pattern: str) -> re.Pattern:
    """Compile a search pattern as the course uses it (case-insensitive), or
    raise ``ValueError`` saying which pattern is invalid and why.

    >>> compile_pattern("gaza war").search("the Gaza war").group(0)
    'Gaza war'
    """
    try:
        return re.compile(pattern, PATTERN_FLAGS)
    except re.error as error:
        raise ValueError(f"pattern {pattern!r} is not a valid regular expression ({error})") from None


class PatternFileError(ValueError):
    """A pattern CSV file is missing, malformed or holds a bad pattern.

    ``problems`` lists each problem found (a :class:`framing.problems.Problem`, with a ``code``); the message is
    those problems, one per line.
    """

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        self.codes = codes_of(self.problems)
        super().__init__("\n".join(self.problems))


def load_pattern_table(path: str | Path, key_column: str | list[str], columns: list[str]) -> pd.DataFrame:  # noqa: C901 (its checks move to framing.hand_csv with issue 24's loaders)
    """Read a CSV of patterns and check it.

    The file must have the key column(s), ``pattern`` and every name in
    ``columns``; keys (a column, or a combination of columns) must be unique
    and not blank; every pattern must be a valid regular expression. Raises
    ``PatternFileError`` naming the file and line otherwise.
    """
    keys = [key_column] if isinstance(key_column, str) else list(key_column)
    path = Path(path)
    if not path.is_file():
        raise PatternFileError(Problem("file_not_found", f"{path}: file not found"))
    try:
        text = normalise_newlines(decode_utf8(path.read_bytes(), path))
    except ArticleLoadError as error:
        raise PatternFileError(error.problems) from None
    if not text.strip():
        raise PatternFileError(Problem("file_empty", f"{path}: the file is empty"))
    try:
        table = pd.read_csv(StringIO(text), dtype=str, keep_default_na=False, skip_blank_lines=True)
    except pd.errors.ParserError as error:
        raise PatternFileError(Problem("not_valid_csv", f"{path}: not valid CSV ({error})")) from None
    needed = [*keys, "pattern", *[c for c in columns if c not in (*keys, "pattern")]]
    missing = [name for name in needed if name not in table.columns]
    if missing:
        raise PatternFileError(Problem("missing_columns", f"{path}: missing column(s) {', '.join(missing)}"))
    problems = []
    for position, row in table.iterrows():
        line = position + 2  # header is line 1
        key = " / ".join(row[k].strip() for k in keys)
        for k in keys:
            if not row[k].strip():
                problems.append(Problem("cell_blank", f"{path}: line {line}: {k} is blank"))
        if not row["pattern"].strip():
            problems.append(Problem("cell_blank", f"{path}: line {line}: pattern is blank for {key!r}"))
            continue
        try:
            re.compile(row["pattern"], PATTERN_FLAGS)
        except re.error as error:
            problems.append(
                Problem(
                    "bad_pattern",
                    f"{path}: line {line}: pattern {row['pattern']!r} for {key!r} is not a valid regular expression "
                    f"({error})",
                )
            )
    repeated = table[table.duplicated(subset=keys)]
    if not repeated.empty:
        names = sorted({" / ".join(row[k] for k in keys) for _, row in repeated.iterrows()})
        problems.append(
            Problem("key_used_twice", f"{path}: {' and '.join(keys)} used more than once: {', '.join(names)}")
        )
    if problems:
        raise PatternFileError(problems)
    return table


def find_pattern(sentences: pd.DataFrame, pattern: str) -> pd.DataFrame:
    """The sentences that match ``pattern`` (case-insensitive), with the words matched.

    Returns ``article_id``, ``sentence_no``, ``match`` (the first matching
    words) and ``sentence``.

    >>> table = pd.DataFrame({"article_id": ["a", "b"], "sentence_no": [1, 1],
    ...                       "sentence": ["Iraq hosts 2,500 US troops.", "No number here."]})
    >>> find_pattern(table, r"2,500")[["article_id", "match"]].values.tolist()
    [['a', '2,500']]
    """
    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    compiled = compile_pattern(pattern)
    found = sentences["sentence"].map(lambda sentence: compiled.search(sentence))
    hits = sentences.loc[found.notna(), ["article_id", "sentence_no", "sentence"]].copy()
    hits.insert(2, "match", pd.Series([match.group(0) for match in found.dropna()], index=hits.index, dtype="str"))
    return hits.reset_index(drop=True)
