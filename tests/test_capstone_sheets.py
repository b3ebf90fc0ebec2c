"""Lesson 07's hand checks: sheets written once into the story folder, never overwritten, and no figure printed
before the reading is done."""

import shutil

import pandas as pd
import pytest

import framing
from framing.capstone import NotEnough
from paths import STORY_DIR


@pytest.fixture(scope="module")
def story():
    clean = framing.clean_articles(framing.load_articles(STORY_DIR))
    sentences = framing.split_sentences(clean)
    return clean, sentences, framing.find_attributions(clean)


def attribution_sheet(story, n=30):
    _, sentences, attributions = story
    return lambda: framing.attribution_sheet(attributions, sentences, "demo", coder="me", n=n)


def filled(path, codes):
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    table["code"] = codes
    table.to_csv(path, index=False)
    return table


def test_a_sheet_is_written_once_and_then_read_never_overwritten(story, tmp_path):
    path = tmp_path / "attribution-sheet.csv"
    said = framing.start_coding_sheet(path, attribution_sheet(story))
    assert said.startswith("Wrote a blank sheet, attribution-sheet.csv, to your story folder: 30 units to code.")
    before = path.read_bytes()
    again = framing.start_coding_sheet(path, lambda: pytest.fail("a sheet that exists is not made again"))
    assert "Found attribution-sheet.csv" in again and "0 of 30 units coded so far" in again
    assert path.read_bytes() == before


def test_a_partly_coded_sheet_says_how_far_it_is(story, tmp_path):
    path = tmp_path / "attribution-sheet.csv"
    framing.start_coding_sheet(path, attribution_sheet(story, n=4))
    filled(path, ["yes", "no", "", ""])
    assert "2 of 4 units coded so far" in framing.start_coding_sheet(path, lambda: None)
    check = framing.attribution_check_in_story(path)
    assert check.precision is None and str(check).startswith("Not checked yet: 2 of 4 rows marked.")


def test_the_check_gives_a_precision_only_when_every_row_is_marked(story, tmp_path):
    path = tmp_path / "attribution-sheet.csv"
    framing.start_coding_sheet(path, attribution_sheet(story, n=10))
    assert framing.attribution_check_in_story(path).precision is None
    filled(path, ["yes"] * 8 + ["no"] * 2)
    check = framing.attribution_check_in_story(path)
    assert (check.right, check.rows, check.precision) == (8, 10, 0.8)
    assert "precision 0.80" in str(check) and "95% interval" in str(check)
    assert check.low < 0.8 < check.high


def test_a_slip_in_a_sheet_is_named_with_its_line_and_the_notebook_goes_on(story, tmp_path):
    path = tmp_path / "attribution-sheet.csv"
    framing.start_coding_sheet(path, attribution_sheet(story, n=3))
    filled(path, ["yes", "perhaps", "no"])
    before = path.read_bytes()
    for result in (framing.attribution_check_in_story(path), framing.start_coding_sheet(path, lambda: None)):
        assert "attribution-sheet.csv is not ready to read: 1 problem" in str(result)
        assert "line 3: 'perhaps' is not a code of this sheet (yes, no)" in str(result)
    assert isinstance(framing.attribution_check_in_story(path), NotEnough)
    assert path.read_bytes() == before, "nothing a student wrote is changed"


def test_a_missing_sheet_or_a_sheet_of_another_kind_is_named(story, tmp_path):
    _, sentences, _ = story
    missing = framing.sentiment_agreement_in_story(tmp_path / "sentiment-sheet.csv")
    assert isinstance(missing, NotEnough) and "No sentiment-sheet.csv in your story folder yet" in str(missing)
    path = tmp_path / "sentiment-sheet.csv"
    framing.start_coding_sheet(path, lambda: framing.sentiment_sheet(sentences, "demo", coder="me", n=5))
    wrong = framing.attribution_check_in_story(path)
    assert isinstance(wrong, NotEnough) and "is a sentiment sheet, not an attribution-check sheet" in str(wrong)


def test_sentiment_agreement_waits_for_codes_then_sets_the_tools_beside_the_rule(story, tmp_path):
    _, sentences, _ = story
    path = tmp_path / "sentiment-sheet.csv"
    framing.start_coding_sheet(path, lambda: framing.sentiment_sheet(sentences, "demo", coder="me", n=30))
    assert str(framing.sentiment_agreement_in_story(path)).startswith("Not coded yet")
    filled(path, ["negative"] * 30)
    agreement = framing.sentiment_agreement_in_story(path, framing.sentence_sentiment(sentences))
    assert agreement.coded == 30 and "always" in agreement.table.to_string().lower()


def test_a_sheet_that_cannot_be_written_says_why(story, tmp_path):
    said = framing.start_coding_sheet(tmp_path / "gone" / "attribution-sheet.csv", attribution_sheet(story, n=3))
    assert said.startswith("Could not write attribution-sheet.csv to your story folder") and "does not exist" in said


def test_the_folder_check_reads_the_sheets_and_names_their_slips(tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(STORY_DIR, folder)
    report = framing.check_story_folder(folder)
    assert "Found attribution-sheet.csv" in report and "Found sentiment-sheet.csv" in report
    filled(folder / "sentiment-sheet.csv", ["Positive "] + ["maybe"] + [""] * 28)
    report = framing.check_story_folder(folder)
    assert "is not ready" in report and "line 3" in report and "maybe" in report


def test_a_partly_coded_sentiment_sheet_shows_no_agreement_yet(story, tmp_path):
    _, sentences, _ = story
    path = tmp_path / "sentiment-sheet.csv"
    framing.start_coding_sheet(path, lambda: framing.sentiment_sheet(sentences, "demo", coder="me", n=10))
    filled(path, ["negative"] * 9 + [""])
    said = framing.sentiment_agreement_in_story(path)
    assert isinstance(said, NotEnough) and str(said).startswith("Not coded yet: 9 of the 10 sentences have a code.")
    assert "kappa" not in str(said)
