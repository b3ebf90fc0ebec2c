"""Every file a student lists or edits, with one realistic slip each (one slip per story folder, as a student makes
them with a spreadsheet program or a text editor), and a clean baseline.

For each slip, what the lessons do with the file (load it, and search its patterns) and the folder check
(``check_story_folder``) must agree: the slip is read correctly (and the folder is "ready", with a note where one is
due), or the lessons stop with a clear message naming the file, the line and the problem (a ``Problem`` with a code
the check has advice for) and the check says "not ready" with that advice. Never a raw exception, never a hang (each
slip has a deadline), never a changed byte on disk, and never a report of thousands of lines.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import framing
import framing.patterns
from framing.hand_csv import HandFileError
from framing.loading import ArticleLoadError
from framing.story import FIXES, check_story_folder, fix_for
from paths import ROOT, STORY_DIR

CODEBOOK = ROOT / "data" / "generic-frames" / "codebook.csv"
STUDENT_FILES = (
    "articles.csv",
    "facts.csv",
    "word-choice.csv",
    "actors.csv",
    "speaker-groups.csv",
    "sentiment-hand-coded.csv",
    "generic-frames-coded.csv",
    "entman-functions.csv",
)
PATTERN_FILES = ("facts.csv", "word-choice.csv", "actors.csv", "speaker-groups.csv")
TEXT_COLUMN = {name: "note" for name in STUDENT_FILES} | {"articles.csv": "headline", "facts.csv": "fact"}
"""A free-text column of each file, where a slip of typing lands."""

DEADLINE = 20
"""Seconds within which the lessons' loaders, and the folder check, read or refuse any one slip."""

LARGEST_REPORT = 20_000
"""The longest folder-check report any slip may give, in characters (a report of 100,000 phantom problems was 21 MB)."""


@dataclass(frozen=True)
class Outcome:
    """What a slip must give: ``read`` (and the folder is ready), ``note`` (ready, with a note holding ``words``) or
    ``problem`` (one of ``codes``, naming the file and, when given, the ``line``; with ``words`` in its message)."""

    kind: str
    codes: tuple[str, ...] = ()
    line: int | None = None
    words: str = ""


READ = Outcome("read")


def note(words: str) -> Outcome:
    return Outcome("note", words=words)


def problem(*codes: str, line: int | None = None, words: str = "") -> Outcome:
    return Outcome("problem", codes, line, words)


# --- editing a copy of the course's story folder, as a student would ---------------------------------------------


def read_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def write_rows(path: Path, rows, delimiter: str = ",", encoding: str = "utf-8", line_end: str = "\n") -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=line_end).writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding, errors="replace"))


def edit_cell(path: Path, line: int, column: str, value: str) -> None:
    rows = read_rows(path)
    rows[line - 1][rows[0].index(column)] = value
    write_rows(path, rows)


def first_line_where(path: Path, column: str, test) -> int:
    rows = read_rows(path)
    position = rows[0].index(column)
    return next(number for number, row in enumerate(rows[1:], start=2) if test(row[position]))


# --- the generic slips: each made in every file ---------------------------------------------------------------


def semicolons(path, name):
    write_rows(path, read_rows(path), delimiter=";")
    return problem("wrong_delimiter") if name == "articles.csv" else note("semicolons between columns")


def tabs(path, name):
    write_rows(path, read_rows(path), delimiter="\t")
    return problem("wrong_delimiter") if name == "articles.csv" else note("tabs between columns")


def byte_order_mark(path, name):
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    return READ


def windows_line_ends(path, name):
    write_rows(path, read_rows(path), line_end="\r\n")
    return READ


def _in_excel_encoding(path, name, encoding):
    rows = read_rows(path)
    column = rows[0].index(TEXT_COLUMN[name])
    rows[1][column] = rows[1][column] + " – Iran’s “view”"
    write_rows(path, rows, encoding=encoding)
    return problem("not_utf8", line=2, words="UTF-8")


def windows_1252(path, name):
    return _in_excel_encoding(path, name, "cp1252")


def mac_roman(path, name):
    return _in_excel_encoding(path, name, "mac_roman")


def utf16(path, name):
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    return problem("utf16")


def xlsx_renamed(path, name):
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 200 + b"xl/workbook.xml")
    return problem("not_plain_text" if name == "articles.csv" else "spreadsheet_workbook")


def empty_file(path, name):
    path.write_bytes(b"")
    return problem("index_empty" if name == "articles.csv" else "file_empty")


def excel_empty_rows(path, name):
    width = len(read_rows(path)[0])
    path.write_bytes(path.read_bytes() + ("," * (width - 1) + "\n").encode() * 100_000)
    return READ


def excel_empty_columns(path, name):
    write_rows(path, [row + ["", ""] for row in read_rows(path)])
    return READ


def comma_without_quotes(path, name):
    rows = read_rows(path)
    column = rows[0].index(TEXT_COLUMN[name])
    rows[1][column] += ", and more"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = ",".join(rows[1])  # typed in a text editor: no double quotes around the cell
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return problem("row_width", "curly_quotes", line=2)


def quote_never_closed(path, name):
    rows = read_rows(path)
    column = rows[0].index(TEXT_COLUMN[name])
    cells = ['"' + c.replace('"', '""') + '"' if ("," in c or '"' in c) else c for c in rows[1]]
    cells[column] = '"unfinished'
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return problem("unclosed_quote", "not_valid_csv", "row_width")


def header_only(path, name):
    write_rows(path, read_rows(path)[:1])
    if name == "articles.csv":
        return problem("no_articles")
    if name in PATTERN_FILES:
        return note("has no rows yet")
    if name == "generic-frames-coded.csv":
        return note("has no answers yet")
    return READ


def comment_row(path, name):
    rows = read_rows(path)
    rows.insert(1, ["# my notes: rows below"] + [""] * (len(rows[0]) - 1))
    write_rows(path, rows)
    return problem("file_blank", line=2) if name == "articles.csv" else problem("example_row", line=2)


def example_row(path, name):
    rows = read_rows(path)
    if name == "articles.csv":  # the example of data/README.md
        rows.insert(1, ["paper-a", "paper-a.txt"] + [""] * (len(rows[0]) - 2))
        write_rows(path, rows)
        return problem("file_missing", "file_name_differs", words="paper-a.txt")
    rows.insert(1, ["example"] + rows[1][1:])
    write_rows(path, rows)
    return problem("example_row", line=2)


def repeated_row(path, name):
    rows = read_rows(path)
    rows.insert(2, list(rows[1]))
    write_rows(path, rows)
    if name == "articles.csv":
        return problem("duplicate_article_id", line=3, words="first used on line 2")
    return problem("key_used_twice", line=3, words="first on line 2")


def misspelt_column(path, name):
    rows = read_rows(path)
    rows[0][0] = rows[0][0][:-1]
    write_rows(path, rows)
    return problem("missing_required_column" if name == "articles.csv" else "missing_columns")


def curly_quotes_in_header(path, name):
    rows = read_rows(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[0] = ",".join(f"“{cell}”" for cell in rows[0])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return problem("curly_quotes")


def capitals_and_spaces_in_header(path, name):
    rows = read_rows(path)
    rows[0] = [f" {cell.title()} " for cell in rows[0]]
    write_rows(path, rows)
    return problem("missing_required_column") if name == "articles.csv" else READ


def pipe_in_its_place(path, name):
    path.unlink()
    os.mkfifo(path)
    return problem("special_file")


def folder_in_its_place(path, name):
    path.unlink()
    path.mkdir()
    return problem("is_a_folder")


def hundred_thousand_rows(path, name):
    rows = read_rows(path)
    body = rows[1:]
    write_rows(path, [rows[0]] + [body[i % len(body)] for i in range(100_000)])
    if name in PATTERN_FILES:
        return problem("too_many_rows")
    if name == "articles.csv":
        return problem("duplicate_article_id")
    return problem("key_used_twice")


GENERIC_SLIPS = (
    semicolons,
    tabs,
    byte_order_mark,
    windows_line_ends,
    windows_1252,
    mac_roman,
    utf16,
    xlsx_renamed,
    empty_file,
    excel_empty_rows,
    excel_empty_columns,
    comma_without_quotes,
    quote_never_closed,
    header_only,
    comment_row,
    example_row,
    repeated_row,
    misspelt_column,
    curly_quotes_in_header,
    capitals_and_spaces_in_header,
    pipe_in_its_place,
    folder_in_its_place,
    hundred_thousand_rows,
)


# --- the slips of one file ----------------------------------------------------------------------------------------


def pattern_slip(pattern: str, outcome: Outcome, line: int = 2):
    def slip(path, name):
        edit_cell(path, line, "pattern", pattern)
        return outcome

    slip.__name__ = f"pattern {pattern!r}"
    return slip


def cell_slip(label: str, column: str, value, outcome: Outcome, where=None):
    """Write ``value`` (or ``value(old)``) into ``column`` on line 2, or on the first line where ``where(cell)``."""

    def slip(path, name):
        line = first_line_where(path, column, where) if where else 2
        old = read_rows(path)[line - 1][read_rows(path)[0].index(column)]
        edit_cell(path, line, column, value(old) if callable(value) else value)
        return Outcome(outcome.kind, outcome.codes, line if outcome.line == -1 else outcome.line, outcome.words)

    slip.__name__ = label
    return slip


def delete_line(line: int, outcome: Outcome):
    def slip(path, name):
        rows = read_rows(path)
        del rows[line - 1]
        write_rows(path, rows)
        return outcome

    slip.__name__ = f"line {line} deleted"
    return slip


def straight(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def has_curly(text: str) -> bool:
    return any(mark in text for mark in "’‘“”")


AT_THE_LINE = -1  # in cell_slip: the line the slip was made on

OWN_SLIPS = {
    "facts.csv": (
        pattern_slip("Gaza|", problem("pattern_matches_empty", line=2)),
        pattern_slip(".*", problem("pattern_matches_empty", line=2)),
        pattern_slip("Iran*", note("is a regular expression, not a wildcard: `n*` means 'n any number of times")),
        pattern_slip("(unclosed", problem("bad_pattern", line=2)),
        pattern_slip("$2.3 million", note("matches nothing: in a pattern `$` means 'end of text'")),
        pattern_slip("e", note("matches every one of the")),
        pattern_slip("Pezeshkian (\\w+\\s*)*Erbil", note("matches nothing")),
        pattern_slip("Pezeshkian (.|\\s)*Erbil\\d", problem("pattern_too_slow", line=2, words="was stopped after")),
        pattern_slip(" ", problem("cell_blank", line=2, words="pattern is blank")),
        cell_slip("fact_id blank", "fact_id", "", problem("cell_blank", line=2)),
        cell_slip("fact_id with spaces", "fact_id", lambda old: f"  {old} ", READ),
    ),
    "word-choice.csv": (
        pattern_slip("Gaza war|", problem("pattern_matches_empty", line=2)),
        pattern_slip("*militia", problem("bad_pattern", line=2, words="cannot come first")),
        pattern_slip("militia*", note("is a regular expression, not a wildcard")),
        cell_slip("variant blank", "variant", "", problem("cell_blank", line=2)),
    ),
    "actors.csv": (
        pattern_slip("Hamas|", problem("pattern_matches_empty", line=2)),
        pattern_slip("Iran*", note("it matched 'Ira' in 'Iraq'")),
        pattern_slip("(?-i:US", problem("bad_pattern", line=2)),
        pattern_slip("Pezeshkian (.|\\s)*Erbil\\d", problem("pattern_too_slow", line=2)),
    ),
    "speaker-groups.csv": (
        pattern_slip("Pezeshkian|Araqchi|", problem("pattern_matches_empty", line=2)),
        pattern_slip("Pezeshkian*", note("is a regular expression, not a wildcard")),
        cell_slip("group blank", "group", "", problem("cell_blank", line=2)),
    ),
    "sentiment-hand-coded.csv": (
        cell_slip("sentence_no blank", "sentence_no", "", problem("cell_blank", line=2, words="sentence_no")),
        cell_slip("sentence_no in words", "sentence_no", "one", problem("not_a_number", line=2)),
        cell_slip("sentence_no 999", "sentence_no", "999", problem("sentence_not_found", line=2)),
        cell_slip("article_id misspelt", "article_id", "visits-bagdad", problem("sentence_not_found", line=2)),
        cell_slip("label with a capital and a space", "label", lambda old: old.title() + " ", READ),
        cell_slip("label shortened", "label", lambda old: old[:3], READ),
        cell_slip("label misspelt", "label", "positve", problem("not_a_choice", line=2, words="did you mean")),
        cell_slip("label blank", "label", "", problem("cell_blank", line=2)),
        cell_slip(
            "sentence retyped with straight quotes",
            "sentence",
            straight,
            problem("sentence_changed", line=AT_THE_LINE, words="quotation marks"),
            where=has_curly,
        ),
        cell_slip("sentence edited", "sentence", lambda old: old + " Indeed.", problem("sentence_changed", line=2)),
    ),
    "generic-frames-coded.csv": (
        cell_slip("answer Yes", "answer", "Yes", READ, where=lambda a: a == "yes"),
        cell_slip("answer y", "answer", "y", READ, where=lambda a: a == "yes"),
        cell_slip("answer 1", "answer", "1", READ, where=lambda a: a == "yes"),
        cell_slip("answer TRUE", "answer", "TRUE", READ, where=lambda a: a == "yes"),
        cell_slip("answer No with a space", "answer", " No", READ, where=lambda a: a == "no"),
        cell_slip("answer maybe", "answer", "maybe", problem("not_a_choice", line=2)),
        cell_slip("answer blank", "answer", "", problem("cell_blank", line=2, words="answer yes or no")),
        cell_slip("frame with capitals", "frame", lambda old: old.title() + " ", READ),
        cell_slip("frame misspelt", "frame", "conflikt", problem("not_a_choice", line=2, words="not in the codebook")),
        cell_slip("question_no blank", "question_no", "", problem("cell_blank", line=2)),
        cell_slip("question_no 9", "question_no", "9", problem("not_in_codebook", "key_used_twice", line=2)),
        cell_slip(
            "yes without a quote",
            "quote",
            "",
            problem("answer_needs_quote", line=AT_THE_LINE),
            where=lambda q: q != "",
        ),
        cell_slip(
            "quote retyped with straight quotes",
            "quote",
            straight,
            problem("quote_not_found", line=AT_THE_LINE, words="other quotation marks"),
            where=has_curly,
        ),
        delete_line(3, problem("question_unanswered", words="unanswered")),
    ),
    "entman-functions.csv": (
        cell_slip("function with capitals", "function", lambda old: old.title(), READ),
        cell_slip("function unknown", "function", "solution", problem("not_a_choice", line=2)),
        cell_slip(
            "quote not in the article", "quote", "Baghdad praised the strikes", problem("quote_not_found", line=2)
        ),
        cell_slip(
            "quote retyped with straight quotes",
            "quote",
            straight,
            problem("quote_not_found", line=AT_THE_LINE, words="other quotation marks"),
            where=has_curly,
        ),
    ),
    "articles.csv": (
        cell_slip("article_id blank", "article_id", "", problem("article_id_blank", line=2)),
        cell_slip("file misspelt", "file", "visits-bagdad.txt", problem("file_name_differs")),
        cell_slip("file blank", "file", "", problem("file_blank", line=2)),
    ),
}


def pipe_listed_as_an_article(folder: Path) -> Outcome:
    os.mkfifo(folder / "pipe.txt")
    edit_cell(folder / "articles.csv", 2, "file", "pipe.txt")
    return problem("special_file")


def text_in_windows_1252(folder: Path) -> Outcome:
    path = folder / framing.load_articles(STORY_DIR)["file"].iloc[0]
    path.write_bytes(path.read_text(encoding="utf-8").replace("'", "’").encode("cp1252", errors="replace"))
    return problem("not_utf8")


def text_emptied(folder: Path) -> Outcome:
    (folder / framing.load_articles(STORY_DIR)["file"].iloc[0]).write_bytes(b"")
    return problem("text_empty")


FOLDER_SLIPS = (pipe_listed_as_an_article, text_in_windows_1252, text_emptied)
"""Slips outside the CSV files: in the texts that articles.csv lists."""


CASES = (
    [pytest.param("articles.csv", None, id="clean baseline")]
    + [pytest.param(name, slip, id=f"{name}: {slip.__name__}") for name in STUDENT_FILES for slip in GENERIC_SLIPS]
    + [pytest.param(name, slip, id=f"{name}: {slip.__name__}") for name, slips in OWN_SLIPS.items() for slip in slips]
    + [pytest.param("articles.csv", slip, id=f"texts: {slip.__name__}") for slip in FOLDER_SLIPS]
)


# --- running a slip as the lessons and the check would -------------------------------------------------------------


@pytest.fixture
def story(tmp_path):
    """A student's copy of the course's story folder: the texts and every file a student edits."""
    folder = tmp_path / "my-story"
    folder.mkdir()
    articles = framing.load_articles(STORY_DIR)
    for name in (*STUDENT_FILES, *articles["file"]):
        shutil.copy(STORY_DIR / name, folder / name)
    return folder


@pytest.fixture
def quick_time_limit(monkeypatch):
    """A one-second limit on each pattern's search, so that the slow patterns below fail fast."""
    monkeypatch.setattr(framing.patterns, "PATTERN_TIME_LIMIT", 1.0)


def snapshot(folder: Path) -> dict[str, object]:
    """Every path in the folder with its bytes (a pipe or folder by its kind, never opened)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_fifo():
            found[path.name] = "pipe"
        elif path.is_dir():
            found[path.name] = "folder"
        else:
            found[path.name] = path.read_bytes()
    return found


def what_the_lessons_do(folder: Path, name: str):
    """Load the file as the lessons load it, and search its patterns as they do; the table loaded."""
    if name == "articles.csv":
        return framing.load_articles(folder)
    articles = framing.load_articles(folder)
    sentences = framing.split_sentences(framing.clean_articles(articles))
    path = folder / name
    if name == "facts.csv":
        facts = framing.load_facts(path)
        framing.find_facts(sentences, facts)
        return facts
    if name == "word-choice.csv":
        lexicon = framing.load_lexicon(path)
        framing.match_lexicon(sentences, lexicon)
        return lexicon
    if name == "actors.csv":
        actors = framing.load_actors(path)
        framing.attribution.actor_mentions(sentences, actors)
        return actors
    if name == "speaker-groups.csv":
        groups = framing.load_speaker_groups(path)
        speakers = framing.load_articles(STORY_DIR)  # any table with a speaker column will do
        framing.attribution.assign_groups(speakers.assign(speaker=speakers["byline"]), groups)
        return groups
    if name == "sentiment-hand-coded.csv":
        return framing.load_hand_codes(path, sentences)
    if name == "generic-frames-coded.csv":
        return framing.load_frame_coding(path, framing.load_codebook(CODEBOOK), articles)
    return framing.load_entman_functions(path, articles)


def run_within_deadline(work):
    started = time.monotonic()
    try:
        return work(), None
    except (HandFileError, ArticleLoadError) as error:  # any other exception fails the test as a raw error
        return None, error
    finally:
        assert time.monotonic() - started < DEADLINE, f"took {time.monotonic() - started:.1f} s"


def check_problem(error: Exception, expected: Outcome, name: str) -> str:
    assert error is not None, f"expected a problem {expected.codes}, but the file was read"
    assert all(isinstance(p, str) for p in error.problems) and error.problems
    chosen = [p for p in error.problems if getattr(p, "code", None) in expected.codes]
    assert chosen, f"expected a problem {expected.codes}, got {error.codes}: {error.problems[:3]}"
    first = chosen[0]
    assert name in first or "pipe.txt" in first or ".txt" in first, first
    if expected.line is not None:
        assert (
            f"line {expected.line}:" in first
            or f"line {expected.line}," in first
            or f"line {expected.line} " in (first)
        ), first
    assert expected.words in str(error), str(error)[:500]
    assert len(str(error)) < LARGEST_REPORT
    return first


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name, slip", CASES)
def test_each_slip_is_read_or_named_with_file_and_line(story, quick_time_limit, name, slip):
    if slip is None:
        expected = READ
    elif slip in FOLDER_SLIPS:
        expected = slip(story)
    else:
        expected = slip(story / name, name)
    before = snapshot(story)

    loaded, error = run_within_deadline(lambda: what_the_lessons_do(story, name))
    report, _ = run_within_deadline(lambda: check_story_folder(story))

    assert snapshot(story) == before, "a byte on disk changed"
    assert len(report) < LARGEST_REPORT, f"a report of {len(report)} characters"
    if expected.kind == "problem":
        first = check_problem(error, expected, name)
        assert "is not ready" in report, report[:1000]
        assert fix_for(first) in report and first.code in FIXES
    else:
        assert error is None, f"expected the file to be read: {error}"
        assert loaded is not None
        assert "is ready" in report, report[:2000]
        if expected.kind == "note":
            notes = [line for line in report.splitlines() if line.startswith("Note:")]
            assert any(expected.words in line for line in notes), notes


def test_the_table_covers_at_least_the_slips_the_issue_tried():
    """Issue 24 tried 91 slips, one per story folder, plus a clean baseline."""
    assert len(CASES) >= 92
    assert {name for name, *_ in (case.values for case in CASES)} == set(STUDENT_FILES)


@pytest.mark.timeout(60)
def test_slips_read_correctly_give_the_same_table_as_the_clean_file(story):
    """A semicolon export, a byte-order mark, Windows line ends and Excel's empty rows and columns read as the file
    they came from."""
    clean = {name: what_the_lessons_do(story, name) for name in STUDENT_FILES[1:]}
    for slip in (semicolons, byte_order_mark, windows_line_ends, excel_empty_rows, excel_empty_columns, tabs):
        for name in STUDENT_FILES[1:]:
            original = (story / name).read_bytes()
            slip(story / name, name)
            with pytest.warns(UserWarning) if slip in (semicolons, tabs) else contextlib.nullcontext():
                table = what_the_lessons_do(story, name)
            assert table.equals(clean[name]), (slip.__name__, name)
            (story / name).write_bytes(original)
