"""Search patterns written by students: tables of them kept as CSV files, and a matcher that cannot hang.

Several lessons search the articles with regular expressions that a student writes: facts (``facts.csv``, lesson
01), word variants (``word-choice.csv``, lesson 02), actors (``actors.csv``, lesson 03) and speaker groups
(``speaker-groups.csv``, lesson 04), and the patterns typed into ``find_pattern`` and ``kwic``.

``load_pattern_table`` reads such a file through ``framing.hand_csv`` and checks every row, so that a slip gives a
message naming the file, the line and the problem instead of a traceback, or a silent wrong result: a pattern that
is not a valid regular expression, and one that matches an empty piece of text (``Iran|``, ``.*``), which would
"match" every sentence.

``compile_pattern`` turns a pattern into a :class:`Matcher`, the one way the course runs a student's pattern. It uses
the ``regex`` package (as ``re`` does, case-insensitive), which reads the course's patterns exactly as ``re`` does
but gives up on a search after a time limit: a pattern with a repeat inside a repeat, such as ``(.|\\s)*Erbil``, can
make a search try more ways than there are atoms in the universe. A matcher stops a pass over the sentences after
``PATTERN_TIME_LIMIT`` seconds with a ``PatternTooSlowError`` that names the pattern, and its file and line when it
came from one. A matcher never returns an empty match.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import regex

from framing._tables import require_columns
from framing.hand_csv import (
    HandFileError,
    blank_cells,
    example_rows,
    in_line_order,
    marked_rows,
    read_hand_csv,
    repeated_keys,
    warn_notes,
)
from framing.problems import Problem

PATTERN_FLAGS = regex.IGNORECASE
"""Patterns match regardless of case."""

PATTERN_TIME_LIMIT = 5.0
"""The longest one pattern may search, in seconds, in one pass over a table of sentences (or one text): the course's
patterns take milliseconds on a story of a hundred articles, and well under a second on five thousand."""

MAX_PATTERNS = 1000
"""The most rows a table of patterns may have: each pattern is searched in every sentence, so 1,000 patterns on a
story of 50 articles already take seconds in each lesson; a hand-made table has tens of rows."""

SOURCE_ATTR = "pattern_file"
"""The key in a pattern table's ``attrs`` under which ``load_pattern_table`` keeps the file it read, so that a
pattern too slow to search can be named with its file and line."""


class PatternFileError(HandFileError):
    """A pattern CSV file is missing, malformed or holds a bad pattern.

    ``problems`` lists each problem found (a :class:`framing.problems.Problem`, with a ``code``; ``codes`` lists
    them); the message spells them out (see ``framing.hand_csv.HandFileError``).
    """


class PatternTooSlowError(PatternFileError):
    """A search with a student's pattern went on longer than ``PATTERN_TIME_LIMIT`` and was stopped."""


def _is_empty_match(match) -> bool:
    return match.end() == match.start()


@dataclass(frozen=True)
class Matcher:
    """A student's pattern, compiled case-insensitively, whose searches stop after ``PATTERN_TIME_LIMIT`` seconds
    with a ``PatternTooSlowError``, and never return an empty match. ``source`` is the file the pattern came from
    and ``name`` what it finds ("fact 'gaza'"), for messages.

    >>> matcher = compile_pattern("gaza|")
    >>> matcher.search("In Gaza.").group(0), matcher.search("In Iraq.")
    ('Gaza', None)
    >>> [m.group(0) for m in matcher.finditer("Gaza, gaza")]
    ['Gaza', 'gaza']
    """

    pattern: str
    compiled: regex.Pattern
    name: str = ""
    source: str = ""

    def search(self, text: str):
        """The first match in ``text`` that is not empty, or None."""
        return self.search_each([text])[0]

    def finditer(self, text: str) -> list:
        """Every match in ``text`` that is not empty, in order."""
        return self.finditer_each([text])[0]

    def search_each(self, texts: Iterable[str]) -> list:
        """``search`` on each of ``texts``, all within one time limit."""
        return self._each(texts, first_only=True)

    def finditer_each(self, texts: Iterable[str]) -> list[list]:
        """``finditer`` on each of ``texts``, all within one time limit."""
        return self._each(texts, first_only=False)

    def _each(self, texts: Iterable[str], first_only: bool) -> list:
        deadline = time.monotonic() + PATTERN_TIME_LIMIT
        found = []
        for number, text in enumerate(texts, start=1):
            left = deadline - time.monotonic()
            try:
                if left <= 0:
                    raise TimeoutError
                matches = (m for m in self.compiled.finditer(text, timeout=left) if not _is_empty_match(m))
                found.append(next(matches, None) if first_only else list(matches))
            except TimeoutError:
                raise PatternTooSlowError([self._too_slow(number, text)]) from None
        return found

    def _too_slow(self, number: int, text: str) -> Problem:
        where = ""
        if self.source:
            line = _line_of_pattern(Path(self.source), self.pattern)
            where = f"{self.source}: " + (f"line {line}: " if line else "")
        named = f" for {self.name}" if self.name else ""
        shown = text if len(text) <= 60 else text[:60] + "..."
        return Problem(
            "pattern_too_slow",
            f"{where}the pattern '{self.pattern}'{named} was stopped after {PATTERN_TIME_LIMIT:g} seconds, at text "
            f"{number} ({shown!r}): a repeat inside a repeat, such as (\\w+\\s*)* or (.|\\s)*, makes a search try "
            "every way of cutting the words into pieces. Write the words themselves, and a limited gap between "
            "them, such as Pezeshkian.{0,80}Erbil",
        )


def _line_of_pattern(path: Path, pattern: str) -> int | None:
    """The line of ``path`` whose pattern is ``pattern`` (read again: only a pattern too slow asks), or None."""
    try:
        table = read_hand_csv(path, ["pattern"]).table
    except (HandFileError, OSError):
        return None
    lines = table.index[table["pattern"] == pattern]
    return int(lines[0]) if len(lines) else None


def compile_pattern(pattern: str, name: str = "", source: str = "") -> Matcher:
    """Compile a search pattern as the course uses it (case-insensitive, under a time limit), or raise
    ``PatternFileError`` (a ``ValueError``) saying which pattern is invalid and why. ``name`` and ``source`` name
    the pattern in messages (see ``Matcher``).

    >>> compile_pattern("gaza war").search("the Gaza war").group(0)
    'Gaza war'
    >>> compile_pattern("(Gaza")
    Traceback (most recent call last):
    ...
    framing.patterns.PatternFileError: pattern '(Gaza' is not a valid regular expression (missing ) at position 5)
    """
    if not isinstance(pattern, str):
        raise TypeError(f"a pattern is a string of text, not {type(pattern).__name__}")
    try:
        compiled = regex.compile(pattern, PATTERN_FLAGS)
    except regex.error as error:
        named = f" for {name}" if name else ""
        hint = ""
        if pattern.lstrip()[:1] in ("*", "+", "?"):
            hint = (
                f"; {pattern.lstrip()[0]} repeats the character before it, so it cannot come first: to find words "
                "that end in 'tion', write \\w*tion"
            )
        raise PatternFileError(
            [Problem("bad_pattern", f"pattern '{pattern}'{named} is not a valid regular expression ({error}){hint}")]
        ) from None
    return Matcher(pattern, compiled, name, source)


def matches_empty_text(pattern: str) -> bool:
    """True when ``pattern`` can match a piece of text of no characters, in a text made of letters, digits, spaces
    and punctuation: then it "matches" every sentence (``Iran|``, ``.*``, ``x?``).

    >>> matches_empty_text("Iran|"), matches_empty_text(".*"), matches_empty_text("Iran"), matches_empty_text("(?=x)")
    (True, True, False, False)
    """
    compiled = regex.compile(pattern, PATTERN_FLAGS)
    return any(_is_empty_match(m) for m in compiled.finditer("A sentence, 2 words. Yes!", timeout=1.0))


def table_matchers(table: pd.DataFrame, keys: Sequence[str], what: str = "") -> list[Matcher]:
    """A ``Matcher`` for each row's ``pattern`` in a table of patterns, named by its ``keys`` ("fact_id 'gaza'"), with
    the file it came from when ``load_pattern_table`` read it."""
    require_columns(table, [*keys, "pattern"], what=what or "patterns", maker="load_pattern_table")
    source = table.attrs.get(SOURCE_ATTR, "")
    return [
        compile_pattern(pattern, f"{' and '.join(keys)} {' / '.join(map(str, values))!r}", source)
        for pattern, values in zip(table["pattern"], zip(*(table[k] for k in keys)))
    ]


def _pattern_problems(table: pd.DataFrame, keys: Sequence[str], path: Path) -> list[Problem]:
    """A blank pattern, an invalid one, and one that matches empty text, for each row."""
    problems = []
    for line, pattern, values in zip(table.index, table["pattern"], zip(*(table[k] for k in keys))):
        key = " / ".join(value.strip() for value in values)
        if not pattern.strip():
            problems.append(Problem("cell_blank", f"{path}: line {line}: pattern is blank for {key!r}"))
            continue
        try:
            compile_pattern(pattern, repr(key))
        except PatternFileError as error:
            problems.append(Problem("bad_pattern", f"{path}: line {line}: {error.problems[0]}"))
            continue
        if matches_empty_text(pattern):
            problems.append(
                Problem(
                    "pattern_matches_empty",
                    f"{path}: line {line}: pattern '{pattern}' for {key!r} can match no characters at all, so it "
                    "matches every sentence: a | with nothing on one side means 'or nothing', and * or ? after "
                    "everything means 'or none'",
                )
            )
    return problems


def load_pattern_table(
    path: str | Path,
    key_column: str | list[str],
    columns: list[str],
    what: str = "table of patterns",
    filled: Sequence[str] = (),
) -> pd.DataFrame:
    """Read a CSV of patterns and check it.

    The file must have the key column(s), ``pattern`` and every name in ``columns`` (other columns are kept); it is
    read by ``framing.hand_csv.read_hand_csv``, so a semicolon export, a byte-order mark and Excel's empty rows are
    read, and Excel's other slips named. Keys (a column, or a combination of columns) must not be blank and must be
    unique, and the columns ``filled`` must not be blank either; every pattern must be a valid regular expression
    that cannot match empty text; no row may be a comment or an example; there are at most ``MAX_PATTERNS`` rows.
    Raises ``PatternFileError`` naming the file, the line and each problem otherwise. Keys are read without spaces
    around them; patterns as written; ``what`` names the kind of file in messages.
    """
    keys = [key_column] if isinstance(key_column, str) else list(key_column)
    needed = [*keys, "pattern", *[c for c in columns if c not in (*keys, "pattern")]]
    try:
        hand = read_hand_csv(path, needed, what=what)
    except PatternFileError:
        raise
    except HandFileError as error:
        raise PatternFileError(error.problems) from None
    path, table = hand.path, hand.table
    if len(table) > MAX_PATTERNS:
        raise PatternFileError(
            [
                Problem(
                    "too_many_rows",
                    f"{path}: has {len(table):,} rows; a {what} may have at most {MAX_PATTERNS:,}, since each "
                    "pattern is searched in every sentence. Is it the right file?",
                )
            ]
        )
    named = list(dict.fromkeys([table.columns[0], *keys]))  # a comment is typed in the first column
    examples = example_rows(table, named, path)
    checked = table.drop(index=marked_rows(table, named))
    problems = examples + blank_cells(checked, [*keys, *[c for c in filled if c not in keys]], path)
    problems += _pattern_problems(checked, keys, path) + repeated_keys(checked, keys, path)
    if problems:
        raise PatternFileError(in_line_order(problems))
    warn_notes(hand)
    result = table.reset_index(drop=True)
    for key in keys:
        result[key] = result[key].str.strip()
    result.attrs[SOURCE_ATTR] = str(path)
    return result


def find_pattern(sentences: pd.DataFrame, pattern: str | Matcher) -> pd.DataFrame:
    """The sentences that match ``pattern`` (case-insensitive, or a ``Matcher``), with the words matched.

    Returns ``article_id``, ``sentence_no``, ``match`` (the first matching
    words) and ``sentence``.

    >>> table = pd.DataFrame({"article_id": ["a", "b"], "sentence_no": [1, 1],
    ...                       "sentence": ["Iraq hosts 2,500 US troops.", "No number here."]})
    >>> find_pattern(table, r"2,500")[["article_id", "match"]].values.tolist()
    [['a', '2,500']]
    """
    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    matcher = pattern if isinstance(pattern, Matcher) else compile_pattern(pattern)
    found = pd.Series(matcher.search_each(sentences["sentence"]), index=sentences.index, dtype=object)
    hits = sentences.loc[found.notna(), ["article_id", "sentence_no", "sentence"]].copy()
    hits.insert(2, "match", pd.Series([match.group(0) for match in found.dropna()], index=hits.index, dtype="str"))
    return hits.reset_index(drop=True)
