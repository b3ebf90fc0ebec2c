"""Word lists of the attribution rules and distinctive words, kept as data: one CSV file per idea, beside this module.

Each file has a ``word`` column (the entry), the columns its idea needs, a ``why`` column (what the entry is
for, in plain words) and an ``example`` column: for an entry added because of a construction met in development
text, an example of that construction, paraphrased with invented names (never copied from the text). A rule that
fits one article and no other is not a rule, so no entry is there for a single article.

==========================  ============================================================  ==========================
file                        what it lists                                                 read by
==========================  ============================================================  ==========================
``abbreviations.csv``       abbreviations with a full stop that ends no sentence          sentences, speakers
                            ("Sen.", "Jr.", "Inc."), by kind, with the word a title
                            abbreviates
``titles.csv``              words of a title or one-word description before a name        speakers, extractor
                            ("Foreign Minister", "Coach"), by kind
``pronouns.csv``            pronouns that can name a speaker, by kind                     speakers, extractor
``organisation_words.csv``  words that show a name is an organisation's ("Ministry"),      speakers, extractor
                            that stand for one named before ("the company"), or that
                            describe one before its name ("operator")
``media_words.csv``         words that show a name is a news outlet's ("Gazette")          speakers, extractor
``agencies.csv``            news and photo agencies, as credits and captions name them     cleaning, credits,
                                                                                           page_lines, speakers
``anonymous_words.csv``     heads of descriptions of unnamed sources ("officials")         speakers, extractor
``place_words.csv``         words that end the name of a place or building ("Street")      speakers
``us_states.csv``           US states and their news-agency abbreviations ("Pa."), which   speakers
                            after a town describe where a speaker is from
``calendar_words.csv``      days and months, which start no name                           speakers, extractor
``sex_words.csv``           words in a title or description that show a person's sex       speakers
``given_names.csv``         given names that look like words or descriptions ("Grace",     speakers
                            "Tyler")
``name_suffixes.csv``       what may follow a name and is not part of it ("KC", "Jr")      speakers
``document_words.csv``      documents that speak for whoever issued them ("the filing")   speakers, extractor
``stop_words.csv``          function words and abbreviated titles ("the", "he's", "Mr")    log_odds
                            that distinctive words leave out, by kind, and words kept on
                            purpose (``left_out`` blank: "us", "said", the modal verbs)
==========================  ============================================================  ==========================

``load_word_list`` reads and checks a file and names the file, the line and the problem when something is
wrong, as ``framing.cues.load_cues`` does for the reporting verbs; ``words`` gives the entries of a list, or of
the rows where a column has a given value. The lists are read once (cached) and never change while a program runs.

>>> "minister" in words("titles"), words("pronouns", kind="relative") == {"who", "which"}
(True, True)
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WORD_LIST_DIR = Path(__file__).resolve().parent
"""Where the word lists live: beside this module and ``reporting_verbs.csv``."""

YES = "yes"
"""The value of a yes-or-no column that is true (a blank cell is false)."""


@dataclass(frozen=True)
class ListFormat:
    """What one word list's file must hold: the columns besides ``word``, ``why`` and ``example``, and the values a
    column allows (a blank cell is allowed in every column but ``word``, ``why`` and the ``required`` ones)."""

    columns: tuple[str, ...] = ()
    allowed: tuple[tuple[str, tuple[str, ...]], ...] = ()
    required: tuple[str, ...] = ()


_YES_OR_BLANK = (YES, "")
FORMATS: dict[str, ListFormat] = {
    "abbreviations": ListFormat(
        ("kind", "stands_for"),
        (("kind", ("title", "after-name", "company", "reference", "place", "time", "other")),),
        ("kind",),
    ),
    "titles": ListFormat(
        ("kind",),
        (
            (
                "kind",
                (
                    "office",
                    "title-word",
                    "rank",
                    "honorific",
                    "religion-or-royalty",
                    "law",
                    "organisation-role",
                    "sport",
                    "occupation",
                    "part-in-story",
                    "party",
                ),
            ),
        ),
        ("kind",),
    ),
    "pronouns": ListFormat(("kind",), (("kind", ("personal", "relative")),), ("kind",)),
    "organisation_words": ListFormat(
        ("in_name", "stands_for_one_named", "describes_before_name", "never_in_a_persons_name", "before_a_name"),
        tuple(
            (column, _YES_OR_BLANK)
            for column in (
                "in_name",
                "stands_for_one_named",
                "describes_before_name",
                "never_in_a_persons_name",
                "before_a_name",
            )
        ),
    ),
    "media_words": ListFormat(("never_in_a_persons_name",), (("never_in_a_persons_name", _YES_OR_BLANK),)),
    "agencies": ListFormat(
        ("kind", "outlet_name"), (("kind", ("news", "photo")), ("outlet_name", _YES_OR_BLANK)), ("kind",)
    ),
    "anonymous_words": ListFormat(
        ("group", "one_source", "staff"),
        (("group", _YES_OR_BLANK), ("one_source", _YES_OR_BLANK), ("staff", _YES_OR_BLANK)),
    ),
    "place_words": ListFormat(),
    "us_states": ListFormat(("abbreviation",)),
    "calendar_words": ListFormat(("kind",), (("kind", ("day", "month")),), ("kind",)),
    "sex_words": ListFormat(("sex", "kin"), (("sex", ("male", "female")), ("kin", _YES_OR_BLANK)), ("sex",)),
    "given_names": ListFormat(
        ("ends_like_a_description", "also_a_word"),
        (("ends_like_a_description", _YES_OR_BLANK), ("also_a_word", _YES_OR_BLANK)),
    ),
    "name_suffixes": ListFormat(),
    "document_words": ListFormat(
        ("institution_voice", "speaks"), (("institution_voice", _YES_OR_BLANK), ("speaks", _YES_OR_BLANK))
    ),
    "stop_words": ListFormat(
        ("kind", "left_out"),
        (
            (
                "kind",
                (
                    "article",
                    "determiner",
                    "pronoun",
                    "preposition",
                    "conjunction",
                    "auxiliary",
                    "adverb",
                    "contraction",
                    "title",
                    "modal",
                    "verb",
                    "name",
                ),
            ),
            ("left_out", _YES_OR_BLANK),
        ),
        ("kind",),
    ),
}
"""Every word list the package reads, by name (the file is ``NAME.csv``), and what its file must hold."""


class WordListError(ValueError):
    """A word list's file is missing or wrong; the message names the file, the line and the problem."""


@dataclass(frozen=True)
class WordList:
    """One word list as read from its file: the path and the rows (column -> value, all strings)."""

    path: Path
    rows: tuple[tuple[tuple[str, str], ...], ...]

    def entries(self) -> list[dict[str, str]]:
        """The rows as dictionaries, in the file's order."""
        return [dict(row) for row in self.rows]


def load_word_list(name: str, folder: str | Path = WORD_LIST_DIR) -> WordList:
    """Read and check the word list ``NAME.csv`` (one of ``FORMATS``) in ``folder``.

    >>> load_word_list("pronouns").entries()[0]["word"]
    'he'
    """
    if name not in FORMATS:
        raise WordListError(f"no word list named {name!r}; the lists are {', '.join(sorted(FORMATS))}")
    return _load(str(Path(folder) / f"{name}.csv"), FORMATS[name])


@lru_cache(maxsize=64)
def _load(path: str, form: ListFormat) -> WordList:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            header, rows = reader.fieldnames or [], list(reader)
    except FileNotFoundError:
        raise WordListError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise WordListError(f"{path}: cannot be read as a UTF-8 CSV file ({error})") from None
    wanted = ("word", *form.columns, "why", "example")
    missing = [column for column in wanted if column not in header]
    if missing:
        raise WordListError(f"{path}: line 1: no column {', '.join(missing)} (the columns are {', '.join(wanted)})")
    problems, seen = [], {}
    for line, row in enumerate(rows, start=2):
        problems += [f"{path}: line {line}: {problem}" for problem in _row_problems(row, form)]
        word = (row.get("word") or "").strip()
        if word and word in seen:
            problems.append(f"{path}: line {line}: {word!r} is already listed on line {seen[word]}")
        seen.setdefault(word, line)
    if problems:
        raise WordListError("\n".join(problems))
    if not rows:
        raise WordListError(f"{path}: no entries")
    return WordList(Path(path), tuple(tuple((c, (row.get(c) or "").strip()) for c in wanted) for row in rows))


def _row_problems(row: dict, form: ListFormat) -> list[str]:
    """What is wrong with one row (an empty list when nothing is)."""
    if None in row or any(value is None for value in row.values()):
        return ["the row does not have as many fields as the header"]
    problems = [f"blank {column}" for column in ("word", "why", *form.required) if not row[column].strip()]
    if row["word"] != row["word"].strip():
        problems.append(f"{row['word']!r} has spaces at its edges")
    for column, values in form.allowed:
        if row[column].strip() not in values and row[column].strip():
            problems.append(f"{column} {row[column]!r} is not one of {', '.join(v for v in values if v)}")
    return problems


@lru_cache(maxsize=256)
def _words(name: str, where: tuple[tuple[str, str], ...]) -> frozenset[str]:
    selected = [row for row in load_word_list(name).entries() if all(row[c] == v for c, v in where)]
    return frozenset(row["word"] for row in selected)


def words(name: str, **where: str) -> frozenset[str]:
    """The entries of a word list, or of its rows whose columns have the given values.

    >>> sorted(words("calendar_words", kind="day"))[:2]
    ['Friday', 'Monday']
    """
    if name in FORMATS:
        unknown = [column for column in where if column not in FORMATS[name].columns]
        if unknown:
            raise WordListError(f"the word list {name!r} has no column {', '.join(unknown)}")
    return _words(name, tuple(sorted(where.items())))


def column(name: str, value_column: str) -> dict[str, str]:
    """Each entry of a word list with its value in one column (entries with a blank value left out).

    >>> column("abbreviations", "stands_for")["Sen."]
    'senator'
    """
    return {row["word"]: row[value_column] for row in load_word_list(name).entries() if row[value_column]}


def alternation(entries: frozenset[str] | set[str], capitalise: bool = False) -> str:
    """A regular expression group that matches any of ``entries`` (longest first, so that "news agency" wins over
    "news"); ``capitalise`` writes each with a capital first letter, for lists matched case-sensitively.

    >>> alternation({"news", "news agency"})
    '(?:news\\\\ agency|news)'
    """
    forms = {entry[:1].upper() + entry[1:] if capitalise else entry for entry in entries}
    return "(?:" + "|".join(re.escape(form) for form in sorted(forms, key=lambda f: (-len(f), f))) + ")"
