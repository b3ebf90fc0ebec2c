"""framing.patterns' Matcher: every student pattern runs under a time limit, through one place, and never returns an
empty match; and the row checks of framing.hand_csv that the loaders share, with bad input."""

from __future__ import annotations

import os
import shutil
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import framing
import framing.patterns
from framing.hand_csv import (
    HandFileError,
    blank_cells,
    example_rows,
    in_line_order,
    lines_text,
    read_choices,
    repeated_keys,
    whole_numbers,
)
from framing.patterns import (
    MAX_PATTERNS,
    Matcher,
    PatternFileError,
    PatternTooSlowError,
    compile_pattern,
    matches_empty_text,
    table_matchers,
)
from framing.problems import Problem, summarise_problems

SLOW = r"Pezeshkian (.|\s)*Erbil\d"
"""A pattern with a repeat inside a repeat that even the regex package cannot search quickly."""

SENTENCE = (
    "Iranian President Masoud Pezeshkian landed in Baghdad on Wednesday as part of an official visit to the country, "
    "which is a key ally of both Washington and Tehran, and went on to Erbil."
)
SENTENCES = pd.DataFrame(
    {"article_id": ["a", "b"], "sentence_no": [1, 1], "sentence": [SENTENCE, "Iraq hosts troops."]}
)


@pytest.fixture
def limit_one_second(monkeypatch):
    monkeypatch.setattr(framing.patterns, "PATTERN_TIME_LIMIT", 1.0)


def stopped_within(seconds: float, work) -> PatternTooSlowError:
    started = time.monotonic()
    with pytest.raises(PatternTooSlowError) as caught:
        work()
    assert time.monotonic() - started < seconds
    return caught.value


# --- the limit holds in every function that runs a student's pattern ---------------------------------------------


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "run",
    [
        lambda: framing.find_pattern(SENTENCES, SLOW),
        lambda: framing.kwic(SENTENCES, SLOW),
        lambda: framing.highlight_html(SENTENCE, [SLOW]),
        lambda: framing.find_facts(SENTENCES, pd.DataFrame({"fact_id": ["x"], "fact": ["x"], "pattern": [SLOW]})),
        lambda: framing.match_lexicon(
            SENTENCES, pd.DataFrame({"concept": ["c"], "variant": ["v"], "pattern": [SLOW], "note": [""]})
        ),
        lambda: framing.attribution.actor_mentions(SENTENCES, pd.DataFrame({"actor": ["x"], "pattern": [SLOW]})),
        lambda: framing.attribution.assign_groups(
            pd.DataFrame({"speaker": [SENTENCE]}), pd.DataFrame({"group": ["g"], "pattern": [SLOW]})
        ),
        lambda: framing.frame_shifts(
            pd.DataFrame({"first_no": [1], "second_no": [1], "first_sentence": [SENTENCE], "second_sentence": ["x"]}),
            pd.DataFrame({"concept": ["c"], "variant": ["v"], "pattern": [SLOW]}),
        ),
        lambda: framing.sentiment_by_actor(
            SENTENCES.assign(polarity=0.0, vader_compound=0.0), pd.DataFrame({"actor": ["x"], "pattern": [SLOW]})
        ),
    ],
    ids=[
        "find_pattern",
        "kwic",
        "highlight_html",
        "find_facts",
        "match_lexicon",
        "actor_mentions",
        "assign_groups",
        "frame_shifts",
        "sentiment_by_actor",
    ],
)
def test_a_pattern_with_nested_repeats_is_stopped_and_named_everywhere(limit_one_second, run):
    error = stopped_within(10, run)
    assert error.codes == ["pattern_too_slow"] and SLOW in str(error) and "was stopped after 1 seconds" in str(error)
    assert isinstance(error, ValueError) and isinstance(error, PatternFileError)


@pytest.mark.timeout(60)
def test_the_error_names_the_file_and_line_a_pattern_came_from(tmp_path, limit_one_second):
    path = tmp_path / "facts.csv"
    path.write_text(f'fact_id,fact,pattern\nok,fine,Baghdad\nslow,too slow,"{SLOW}"\n', encoding="utf-8")
    facts = framing.load_facts(path)
    error = stopped_within(10, lambda: framing.find_facts(SENTENCES, facts))
    assert str(error).startswith(f"{path}: line 3: the pattern '{SLOW}' for fact_id 'slow' was stopped")


@pytest.mark.timeout(60)
def test_the_limit_is_for_a_whole_pass_not_each_sentence(monkeypatch):
    """A pattern that takes some milliseconds on each of many texts is stopped after the limit in all of them."""
    monkeypatch.setattr(framing.patterns, "PATTERN_TIME_LIMIT", 0.5)
    matcher = compile_pattern("(a|aa)+b")
    text = "a" * 22 + "c"
    started = time.monotonic()
    assert matcher.search(text) is None
    each = time.monotonic() - started
    assert each < 0.5, "one text alone should take less than the limit"
    error = stopped_within(5, lambda: matcher.search_each([text] * int(2 / each)))
    assert "at text" in str(error)


def test_the_course_patterns_are_read_as_re_reads_them():
    """The regex package gives the same matches as re for every pattern the course's data and lessons use."""
    import re

    sentences = framing.split_sentences(framing.clean_articles(framing.load_articles(framing_story())))["sentence"]
    tables = [framing.load_facts, framing.load_lexicon, framing.load_actors, framing.load_speaker_groups]
    names = ["facts.csv", "word-choice.csv", "actors.csv", "speaker-groups.csv"]
    patterns = {p for load, name in zip(tables, names) for p in load(framing_story() / name)["pattern"]}
    for pattern in patterns:
        ours = [[m.span() for m in found] for found in compile_pattern(pattern).finditer_each(sentences)]
        theirs = [[m.span() for m in re.finditer(pattern, s, re.IGNORECASE) if m.end() > m.start()] for s in sentences]
        assert ours == theirs, pattern


def framing_story() -> Path:
    from paths import STORY_DIR

    return STORY_DIR


# --- the Matcher ------------------------------------------------------------------------------------------------


def test_a_matcher_never_returns_an_empty_match():
    matcher = compile_pattern("Gaza|")
    assert matcher.search("Iraq.") is None
    assert [m.group(0) for m in matcher.finditer("Gaza and gaza")] == ["Gaza", "gaza"]
    assert framing.find_pattern(SENTENCES, "Iraq|")["article_id"].tolist() == ["b"]


def test_compile_pattern_refuses_bad_input():
    with pytest.raises(PatternFileError, match=r"pattern '\(Gaza' is not a valid regular expression") as caught:
        compile_pattern("(Gaza")
    assert caught.value.codes == ["bad_pattern"]
    with pytest.raises(PatternFileError, match="cannot come first: to find words that end in 'tion'"):
        compile_pattern("*tion")
    with pytest.raises(TypeError, match="a pattern is a string of text, not float"):
        compile_pattern(float("nan"))
    assert isinstance(compile_pattern("Iran"), Matcher)


@pytest.mark.parametrize(
    "pattern, empty",
    [("Iran|", True), ("|Iran", True), (".*", True), ("(Iran)?", True), ("\\b", True), ("x*", True)]
    + [("Iran", False), ("(?=Iran)", False), ("militias?", False), ("(?-i:\\bUS\\b)|U\\.S\\.", False)],
)
def test_matches_empty_text(pattern, empty):
    assert matches_empty_text(pattern) is empty


def test_table_matchers_name_each_pattern_and_need_the_columns(tmp_path):
    matchers = table_matchers(pd.DataFrame({"actor": ["Iran"], "pattern": ["Iran"]}), ["actor"])
    assert matchers[0].name == "actor 'Iran'" and matchers[0].source == ""
    with pytest.raises(ValueError, match="no column"):
        table_matchers(pd.DataFrame({"actor": ["Iran"]}), ["actor"])


def test_load_pattern_table_refuses_empty_matches_and_too_many_rows(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("actor,pattern\nHamas,Hamas|\nIran,.*\n", encoding="utf-8")
    with pytest.raises(PatternFileError) as caught:
        framing.load_actors(path)
    assert caught.value.codes == ["pattern_matches_empty"] * 2 and "line 2" in caught.value.problems[0]
    path.write_text("actor,pattern\n" + "".join(f"a{i},x{i}\n" for i in range(MAX_PATTERNS + 1)), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(PatternFileError, match=r"has 1,001 rows; a table of actors may have at most 1,000"):
        framing.load_actors(path)
    assert time.monotonic() - started < 5


def test_a_speaker_group_needs_a_name(tmp_path):
    path = tmp_path / "speaker-groups.csv"
    path.write_text("group,pattern\n,Araqchi\n", encoding="utf-8")
    with pytest.raises(PatternFileError, match="line 2: group is blank"):
        framing.load_speaker_groups(path)


# --- the row checks of framing.hand_csv --------------------------------------------------------------------------


def table(column: str, cells: list[str]) -> pd.DataFrame:
    return pd.DataFrame({column: cells}, index=range(2, 2 + len(cells)), dtype=str)


def test_blank_cells_counts_spaces_as_blank():
    assert blank_cells(table("x", ["a", " ", ""]), ["x"], Path("f.csv"), " here") == [
        "f.csv: line 3: x is blank here",
        "f.csv: line 4: x is blank here",
    ]
    assert blank_cells(table("x", []), ["x"], Path("f.csv")) == []


def test_repeated_keys_name_both_lines_and_leave_blanks_alone():
    found = repeated_keys(table("id", ["a", "", "a", "", " a"]), ["id"], Path("f.csv"))
    assert [p.code for p in found] == ["key_used_twice"] * 2
    assert "line 4: id 'a' is used twice (first on line 2)" in found[0] and "line 6" in found[1]
    assert repeated_keys(table("id", []), ["id"], Path("f.csv")) == []


@pytest.mark.parametrize(
    "cell, problem",
    [("0", "is not a whole number from 1"), ("-1", "is not a whole number"), ("1.0", "is not a whole number")]
    + [("", "is blank"), ("12345678901", "is not a whole number"), ("three", "is not a whole number")],
)
def test_whole_numbers_name_what_is_not_one(cell, problem):
    numbers, problems = whole_numbers(table("n", [cell]), "n", Path("f.csv"))
    assert numbers.isna().all() or numbers.iloc[0] == 0
    assert len(problems) == 1 and problem in problems[0] and "line 2" in problems[0]


def test_read_choices_reads_what_is_clear_and_names_the_rest():
    cells = ["Yes", "y", "1", "TRUE", " no ", "N", "0", "false", "maybe", "ye s", ""]
    read, problems, notes = read_choices(table("answer", cells), "answer", ("yes", "no"), Path("f.csv"))
    assert read.tolist() == ["yes"] * 4 + ["no"] * 4 + [None, None, None]
    assert [p.code for p in problems] == ["not_a_choice", "not_a_choice"]
    assert len(notes) == 8
    _, problems, _ = read_choices(table("label", ["ne"]), "label", framing.LABELS, Path("f.csv"))
    assert "could be negative or neutral: write the whole word" in problems[0]


def test_example_rows_spot_comments_and_examples_only():
    cells = ["# my facts", "e.g. gaza", "Example", "your fact here", "...", "gaza", "examples_of_war", "us_troops"]
    lines = [p.split("line ")[1].split(":")[0] for p in example_rows(table("id", cells), ["id"], Path("f.csv"))]
    assert lines == ["2", "3", "4", "5", "6"]


def test_lines_and_order_and_summaries():
    assert lines_text([3]) == "line 3" and lines_text([3, 4]) == "lines 3, 4"
    assert in_line_order(["f: line 12: b", "f: line 3, column 2: a", "f: x"]) == [
        "f: x",
        "f: line 3, column 2: a",
        "f: line 12: b",
    ]
    problems = [Problem("cell_blank", f"f: line {n}: blank") for n in range(2, 100_002)] + ["plain one", "plain two"]
    summary = summarise_problems(problems)
    assert len(summary) == 8 and summary[5] == "and 99,995 more problems like the one before"
    assert summary[5].code == "cell_blank" and summary[-2:] == ["plain one", "plain two"]
    assert len(str(HandFileError(problems))) < 2000


# --- nothing a student wrote is overwritten -----------------------------------------------------------------------


def test_start_frame_coding_never_writes_through_a_link_or_over_a_file(tmp_path):
    codebook = framing.load_codebook(Path(framing.__file__).parent.parent / "data" / "generic-frames" / "codebook.csv")
    elsewhere = tmp_path / "elsewhere.csv"
    link = tmp_path / "generic-frames-coded.csv"
    link.symlink_to(elsewhere)  # a link to nothing yet
    assert framing.start_frame_coding(link, codebook, ["a"]).startswith("Found generic-frames-coded.csv")
    assert not elsewhere.exists()
    link.unlink()
    link.write_text("my answers", encoding="utf-8")
    framing.start_frame_coding(link, codebook, ["a"])
    assert link.read_text(encoding="utf-8") == "my answers"


def test_a_pipe_in_place_of_a_coding_is_refused_not_read(tmp_path):
    codebook = framing.load_codebook(Path(framing.__file__).parent.parent / "data" / "generic-frames" / "codebook.csv")
    articles = pd.DataFrame({"article_id": ["a"], "text": ["Some text."]})
    for name, step in (
        ("generic-frames-coded.csv", lambda p: framing.frame_scores_in_story(p, codebook, articles)),
        ("entman-functions.csv", lambda p: framing.entman_functions_in_story(p, articles)),
    ):
        os.mkfifo(tmp_path / name)
        started = time.monotonic()
        result = repr(step(tmp_path / name))
        assert time.monotonic() - started < 5 and "is a device or a pipe" in result, result


def test_pack_story_folder_keeps_a_student_file_and_replaces_only_its_own_pack(tmp_path):
    folder = tmp_path / "my-story"
    folder.mkdir()
    (folder / "a.txt").write_text("text", encoding="utf-8")
    packed = tmp_path / "packed"
    framing.pack_story_folder(folder, packed)
    framing.pack_story_folder(folder, packed)  # the same folder again: the pack is replaced
    assert sorted(p.name for p in packed.iterdir()) == ["my-story.zip"]
    (folder / "b.txt").write_text("more", encoding="utf-8")
    framing.pack_story_folder(folder, packed)  # a file more: nothing of the old pack is lost
    assert zipfile.ZipFile(packed / "my-story.zip").namelist() == ["my-story/a.txt", "my-story/b.txt"]
    (folder / "b.txt").unlink()
    message = framing.pack_story_folder(folder, packed)  # b.txt is only in the earlier pack: it is kept
    assert "my-story-2.zip" in message and "my-story.zip already there was kept" in message
    assert zipfile.ZipFile(packed / "my-story.zip").namelist() == ["my-story/a.txt", "my-story/b.txt"]
    (packed / "my-story.zip").unlink()
    (packed / "my-story.zip").write_text("my own notes", encoding="utf-8")
    framing.pack_story_folder(folder, packed)
    assert (packed / "my-story.zip").read_text(encoding="utf-8") == "my own notes"
    assert not [p for p in packed.iterdir() if p.name.endswith(".partial")]


@pytest.mark.timeout(120)
def test_the_folder_check_stops_searching_after_two_slow_patterns(tmp_path, limit_one_second):
    from paths import STORY_DIR

    folder = tmp_path / "story"
    shutil.copytree(STORY_DIR, folder)
    rows = "".join(f'slow{n},too slow,"{SLOW}{n}"\n' for n in range(50))
    (folder / "facts.csv").write_text("fact_id,fact,pattern\n" + rows, encoding="utf-8")
    started = time.monotonic()
    report = framing.check_story_folder(folder)
    assert time.monotonic() - started < 20
    assert "Problems found: 2." in report and "facts.csv: line 2: the pattern" in report
