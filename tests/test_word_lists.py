"""The attribution rules' word lists as data (framing.word_lists): every list loads, and a bad file is named."""

import pytest

from framing import word_lists
from framing.word_lists import FORMATS, WordListError, alternation, column, load_word_list, words


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_list_loads_with_a_reason_for_each_entry(name):
    entries = load_word_list(name).entries()
    assert entries and all(entry["why"] for entry in entries)


def test_selecting_by_column_and_reading_a_column():
    assert words("pronouns", kind="relative") == {"who", "which"}
    assert (
        "Sen." in words("abbreviations", kind="title") and column("abbreviations", "stands_for")["Sgt."] == "sergeant"
    )
    with pytest.raises(WordListError, match="has no column 'colour'|has no column colour"):
        words("pronouns", colour="red")
    with pytest.raises(WordListError, match="no word list named 'nouns'"):
        load_word_list("nouns")


def write(folder, text):
    path = folder / "pronouns.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text, message",
    [
        ("word,why,example\nhe,x,\n", r"pronouns\.csv: line 1: no column kind"),
        ("word,kind,why,example\nhe,personal,,\n", r"pronouns\.csv: line 2: blank why"),
        ("word,kind,why,example\nhe,personal,a,\nhe,personal,b,\n", r"line 3: 'he' is already listed on line 2"),
        ("word,kind,why,example\nhe,possessive,a,\n", r"line 2: kind 'possessive' is not one of personal, relative"),
        ("word,kind,why,example\n he,personal,a,\n", r"line 2: ' he' has spaces at its edges"),
        ("word,kind,why,example\nhe,personal\n", r"line 2: the row does not have as many fields as the header"),
        ("word,kind,why,example\n", r"pronouns\.csv: no entries"),
    ],
)
def test_a_bad_file_is_named_with_its_line_and_problem(tmp_path, text, message):
    write(tmp_path, text)
    with pytest.raises(WordListError, match=message):
        load_word_list("pronouns", tmp_path)


def test_a_missing_or_undecodable_file_is_named(tmp_path):
    with pytest.raises(WordListError, match="file not found"):
        load_word_list("pronouns", tmp_path)
    (tmp_path / "pronouns.csv").write_bytes(b"word,kind,why,example\n\xff\xfe,personal,a,\n")
    with pytest.raises(WordListError, match="cannot be read as a UTF-8 CSV file"):
        load_word_list("pronouns", tmp_path)


def test_alternation_puts_longer_entries_first():
    assert alternation({"news", "news agency"}) == r"(?:news\ agency|news)"
    assert alternation({"street"}, capitalise=True) == "(?:Street)"


def test_no_entry_names_an_evaluation_article():
    """An entry is there for a construction, not for one article: no list names an article of the evaluation rounds
    (their ids look like a01, c12, k06) as where it was needed."""
    for name in FORMATS:
        for entry in load_word_list(name).entries():
            assert "eval" not in entry["example"].lower() and "eval" not in entry["why"].lower(), (name, entry)


def test_the_lists_live_beside_the_reporting_verbs():
    assert (word_lists.WORD_LIST_DIR / "reporting_verbs.csv").exists()
    assert all((word_lists.WORD_LIST_DIR / f"{name}.csv").exists() for name in FORMATS)


def test_the_stop_list_leaves_out_every_abbreviated_title():
    """Distinctive words leave out the titles abbreviations.csv lists (lower case, without the full stop): one list of
    titles, kept in step by this test."""
    titles = {word.rstrip(".").lower() for word in words("abbreviations", kind="title")}
    assert titles <= words("stop_words", kind="title", left_out="yes")
    assert words("stop_words", kind="title") == titles
