"""framing.hand_csv and framing.coding_sheets: the one coding-sheet format, the seeded class sample, the writer that
never overwrites, and the reader that reads a spreadsheet's slips or names them (file, line), never changing a file."""

import codecs
import hashlib
import os
import time

import pandas as pd
import pytest

import framing
from framing.coding_sheets import (
    ACTIVITIES,
    CodingSheetError,
    SheetExistsError,
    attribution_risks,
    attribution_sheet,
    class_sample,
    frame_sheet,
    normalise_code,
    read_sheet,
    sentiment_sheet,
    write_attribution_sheet,
    write_frame_sheet,
    write_sentiment_sheet,
    write_sheet,
)
from framing.hand_csv import HandFileError, read_hand_csv, refuse_special
from paths import ROOT, STORY_DIR

STORY = "pezeshkian-iraq-2024"


@pytest.fixture(scope="module")
def articles():
    return framing.clean_articles(framing.load_articles(STORY_DIR))


@pytest.fixture(scope="module")
def sentences(articles):
    return framing.split_sentences(articles)


@pytest.fixture(scope="module")
def attributions(articles):
    return framing.find_attributions(articles)


@pytest.fixture(scope="module")
def codebook():
    return framing.load_codebook(ROOT / "data" / "generic-frames" / "codebook.csv")


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def filled(sheet, codes):
    """The sheet with its code column filled, as a student would."""
    return sheet.assign(code=codes)


def save(tmp_path, sheet, name="sheet.csv", **options):
    path = tmp_path / name
    sheet.to_csv(path, index=False, **options)
    return path


def error_of(path, **options):
    with pytest.raises(CodingSheetError) as caught:
        read_sheet(path, **options)
    return str(caught.value)


# The sample


def test_the_sentiment_sheet_has_the_format_and_the_sentences_exactly(sentences):
    sheet = sentiment_sheet(sentences, STORY, "coder-1")
    assert list(sheet.columns) == list(ACTIVITIES["sentiment"].columns)
    assert list(sheet.columns[:5]) == ["story", "sample", "activity", "coder", "unit_id"]
    assert len(sheet) == 30 and sheet["unit_id"].is_unique
    assert set(sheet["sample"]) == {"class-seed-7-n30"} and set(sheet["coder"]) == {"coder-1"}
    assert (sheet["code"] == "").all() and (sheet["note"] == "").all()
    merged = sheet.merge(sentences, on=["article_id", "sentence_no"], suffixes=("", "_split"))
    assert len(merged) == 30 and (merged["sentence"] == merged["sentence_split"]).all()
    assert set(sheet["unit_id"]) == {f"{a}:s{n}" for a, n in zip(sheet["article_id"], sheet["sentence_no"])}


def test_the_sample_spreads_over_all_articles(sentences):
    sheet = sentiment_sheet(sentences, STORY, "coder-1", n=30)
    counts = sheet["article_id"].value_counts()
    assert set(counts.index) == set(sentences["article_id"])
    assert counts.max() - counts.min() <= 1
    small = sentiment_sheet(sentences, STORY, "coder-1", n=5)
    assert set(small["article_id"]) == set(sentences["article_id"])


def test_the_same_seed_gives_the_same_sample_whoever_asks_and_in_any_row_order(sentences):
    one = sentiment_sheet(sentences, STORY, "coder-1", seed=7)
    other = sentiment_sheet(sentences.sample(frac=1, random_state=3), STORY, "coder-2", seed=7)
    assert set(one["unit_id"]) == set(other["unit_id"])
    assert set(one["unit_id"]) != set(sentiment_sheet(sentences, STORY, "coder-1", seed=8)["unit_id"])


def test_a_sample_larger_than_the_units_takes_them_all_and_says_how_many(sentences):
    sheet = sentiment_sheet(sentences, STORY, "c", n=1000)
    assert len(sheet) == len(sentences) and set(sheet["sample"]) == {f"class-seed-7-n{len(sentences)}"}


def test_class_sample_puts_the_rows_marked_first_before_all_others():
    units = pd.DataFrame({"unit_id": [f"u{i}" for i in range(10)], "article_id": ["a", "b"] * 5})
    first = units["unit_id"].isin(["u3", "u8"])
    chosen = class_sample(units, 4, seed=1, first=first)
    assert set(chosen["unit_id"][:2]) == {"u3", "u8"}
    assert len(chosen) == 4


@pytest.mark.parametrize(
    "options, words",
    [
        ({"coder": "Ana Smith"}, "coder is an id"),
        ({"coder": ""}, "coder is an id"),
        ({"story": ""}, "story names the story"),
        ({"seed": -1}, "seed must be"),
        ({"seed": 1.5}, "seed must be"),
        ({"n": 0}, "n is how many"),
        ({"n": True}, "n is how many"),
    ],
)
def test_bad_sheet_settings_are_named(sentences, options, words):
    settings = {"story": STORY, "coder": "c1", **options}
    with pytest.raises(ValueError, match=words):
        sentiment_sheet(sentences, **settings)


def test_sentences_without_their_columns_are_refused():
    with pytest.raises(ValueError, match="sentence"):
        sentiment_sheet(pd.DataFrame({"article_id": ["a"]}), STORY, "c1")


def test_the_frame_sheet_has_every_question_for_every_article_by_default(codebook, articles):
    sheet = frame_sheet(codebook, articles["article_id"], STORY, "c1")
    assert len(sheet) == len(codebook) * len(articles) and sheet["unit_id"].is_unique
    assert list(sheet.columns) == list(ACTIVITIES["generic-frames"].columns)
    assert sheet["unit_id"].iloc[0] == f"{articles['article_id'].iloc[0]}:attribution-of-responsibility:q1"
    sampled = frame_sheet(codebook, articles["article_id"], STORY, "c1", n=10)
    assert len(sampled) == 10 and sampled["article_id"].nunique() == 5


def test_attribution_risks_name_each_kind_of_inferred_speaker():
    rows = pd.DataFrame(
        {
            "article_id": ["a"] * 5,
            "sentence_no": [1, 2, 3, 4, 5],
            "speaker": ["Ana Ruiz", "Ana Ruiz", "he", "Ana Ruiz", "the ministry"],
            "speaker_type": ["person", "person", "pronoun", "person", "organisation"],
            "how": [
                "speaker named before the verb",
                "a quotation with no cue of its own: it continues Ana Ruiz's words in paragraph 1",
                "speaker named before the verb",
                "speaker named before the verb; 'Ruiz' is Ana Ruiz, named in full earlier",
                "speaker named before the verb",
            ],
        }
    )
    text = pd.DataFrame(
        {
            "article_id": ["a"] * 5,
            "sentence_no": [1, 2, 3, 4, 5],
            "sentence": ["Ana Ruiz said so.", "“We stay.”", "He said no.", "Ruiz agreed.", "The ministry said so."],
        }
    )
    risks = attribution_risks(rows, text).tolist()
    assert risks[0] == "" and risks[3] == "" and risks[4] == ""
    assert "carried on" in risks[1] and "not in the sentence" in risks[1]
    assert risks[2] == "a pronoun the tool could not resolve"


def test_attribution_sheet_puts_risky_rows_first_across_all_articles(attributions, sentences):
    sheet = attribution_sheet(attributions, sentences, STORY, "c1", n=20)
    risky = (sheet["risk"] != "").tolist()
    assert any(risky) and risky == sorted(risky, reverse=True)  # every risky row before every other row
    assert sheet["article_id"].nunique() == attributions["article_id"].nunique()
    assert sheet["unit_id"].is_unique and len(sheet) == 20
    every_risky = attribution_risks(attributions, sentences)
    assert sum(risky) == min(20, int((every_risky != "").sum()))
    lookup = {(a, n): s for a, n, s in sentences[["article_id", "sentence_no", "sentence"]].itertuples(index=False)}
    assert all(
        lookup[(a, n)] == s for a, n, s in sheet[["article_id", "sentence_no", "sentence"]].itertuples(index=False)
    )


def test_attributions_and_sentences_of_other_articles_are_refused(attributions, sentences):
    with pytest.raises(ValueError, match="different articles"):
        attribution_sheet(attributions, sentences[sentences["article_id"] == "visits-baghdad"], STORY, "c1")


# Writing


def test_a_sheet_is_written_once_and_never_overwritten(tmp_path, sentences):
    path = tmp_path / "sentiment-c1.csv"
    sheet = write_sentiment_sheet(path, sentences, STORY, "c1")
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    assert len(pd.read_csv(path, encoding="utf-8-sig")) == len(sheet)
    path.write_text(path.read_text(encoding="utf-8-sig").replace(",,", ",negative,", 1), encoding="utf-8-sig")
    before = digest(path)
    with pytest.raises(SheetExistsError, match="never written over") as caught:
        write_sentiment_sheet(path, sentences, STORY, "c1")
    assert "sentiment-c1-2.csv" in str(caught.value) and digest(path) == before
    (tmp_path / "sentiment-c1-2.csv").write_text("x")
    with pytest.raises(SheetExistsError, match="sentiment-c1-3.csv"):
        write_sheet(sheet, path)


def test_the_other_writers_write_their_sheets(tmp_path, codebook, articles, attributions, sentences):
    frames = write_frame_sheet(tmp_path / "frames.csv", codebook, articles["article_id"], STORY, "c1")
    checks = write_attribution_sheet(tmp_path / "checks.csv", attributions, sentences, STORY, "c1")
    assert read_sheet(tmp_path / "frames.csv").units["unit_id"].tolist() == frames["unit_id"].tolist()
    assert read_sheet(tmp_path / "checks.csv").units["unit_id"].tolist() == checks["unit_id"].tolist()


def test_writing_needs_a_csv_name_and_a_folder_that_exists(tmp_path, sentences):
    sheet = sentiment_sheet(sentences, STORY, "c1")
    with pytest.raises(ValueError, match=r"\.csv"):
        write_sheet(sheet, tmp_path / "sheet.xlsx")
    with pytest.raises(FileNotFoundError, match="does not exist"):
        write_sheet(sheet, tmp_path / "missing" / "sheet.csv")
    with pytest.raises(ValueError, match="sentiment_sheet"):
        write_sheet(pd.DataFrame({"a": [1]}), tmp_path / "sheet.csv")


# Reading


@pytest.fixture
def blank(sentences):
    return sentiment_sheet(sentences, STORY, "c1", n=6)


def test_a_filled_sheet_reads_back_with_its_codes(tmp_path, blank):
    path = tmp_path / "sheet.csv"
    write_sheet(filled(blank, ["negative", "", "positive", "neutral", "", "negative"]), path)
    sheet = read_sheet(path, activity="sentiment")
    assert (sheet.story, sheet.sample, sheet.coder, sheet.activity.name) == (
        STORY,
        "class-seed-7-n6",
        "c1",
        "sentiment",
    )
    assert sheet.units["code"].fillna("").tolist() == ["negative", "", "positive", "neutral", "", "negative"]
    assert sheet.units["code"].isna().sum() == 2
    assert sheet.coded == 4 and sheet.notes == ()
    assert sheet.units["line"].tolist() == [2, 3, 4, 5, 6, 7]
    assert sheet.units["sentence_no"].dtype.kind == "i"


def test_unambiguous_codes_are_normalised_with_a_note_and_the_file_is_unchanged(tmp_path, blank):
    path = save(tmp_path, filled(blank, ["Positive ", "pos", "NEG", " neutral", "negative", "Neutral"]))
    before = digest(path)
    sheet = read_sheet(path)
    assert sheet.units["code"].tolist() == ["positive", "positive", "negative", "neutral", "negative", "neutral"]
    assert any("'Positive ' read as 'positive'" in note and "line 2" in note for note in sheet.notes)
    assert any("'pos' read as 'positive'" in note for note in sheet.notes)
    assert digest(path) == before


def test_yes_no_answers_are_read_as_yes_and_no(tmp_path, codebook):
    sheet = frame_sheet(codebook, ["a"], STORY, "c1", n=8)
    path = save(tmp_path, filled(sheet, ["Yes", "y", "1", "TRUE", "No", "n", "0", "false"]))
    assert read_sheet(path).units["code"].tolist() == ["yes"] * 4 + ["no"] * 4


@pytest.mark.parametrize(
    "written, expected",
    [
        ("positive", ("positive", None)),
        ("  POSITIVE  ", ("positive", None)),
        ("", (None, None)),
        ("neu", ("neutral", None)),
        ("n", (None, "'n' could be negative or neutral: write the whole word")),
        ("good", (None, "'good' is not a code of this sheet (negative, neutral, positive)")),
        ("1", (None, "'1' is not a code of this sheet (negative, neutral, positive)")),
    ],
)
def test_normalise_code(written, expected):
    assert normalise_code(written, framing.LABELS) == expected


def test_codes_outside_the_scale_are_named_with_their_lines(tmp_path, blank):
    message = error_of(save(tmp_path, filled(blank, ["negative", "good", "ne", "neutral", "postive", ""])))
    assert "sheet.csv: line 3: 'good' is not a code of this sheet" in message
    assert "line 4: 'ne' could be negative or neutral" in message
    assert (
        "line 6: 'postive' is not a code of this sheet (negative, neutral, positive); did you mean 'positive'?"
        in message
    )


def test_duplicate_unit_ids_are_named_with_both_lines(tmp_path, blank):
    sheet = blank.copy()
    sheet.loc[4, "unit_id"] = sheet.loc[1, "unit_id"]
    message = error_of(save(tmp_path, sheet))
    assert f"unit_id {sheet.loc[1, 'unit_id']!r} is on lines 3, 6" in message


def test_sheet_wide_columns_must_hold_one_value(tmp_path, blank):
    sheet = blank.copy()
    sheet.loc[2, "coder"] = "c2"
    sheet.loc[3, "story"] = ""
    message = error_of(save(tmp_path, sheet))
    assert "the coder differs between rows ('c1' on lines 2, 3, 5, 6, 7; 'c2' on line 4)" in message
    assert "line 5: the story is empty" in message


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda s: s.drop(columns=["sentence"]), "missing column(s) sentence of a sentiment sheet"),
        (lambda s: s.drop(columns=["coder"]), "missing column(s) coder"),
        (lambda s: s.assign(activity="tone"), "must name one activity of sentiment, generic-frames, attribution-check"),
        (lambda s: s.assign(sentence_no="three"), "line 2: sentence_no 'three' is not a whole number"),
        (lambda s: s.assign(unit_id=["", "x", "y", "z", "w", "v"]), "line 2: the unit_id is empty"),
        (lambda s: s.head(0), "has no units, only a header row"),
    ],
)
def test_malformed_sheets_are_named(tmp_path, blank, change, words):
    assert words in error_of(save(tmp_path, change(blank)))


def test_a_sheet_of_another_activity_is_refused_when_one_is_asked_for(tmp_path, blank):
    assert "is a sentiment sheet, not an attribution-check sheet" in error_of(
        save(tmp_path, blank), activity="attribution-check"
    )


def test_the_note_column_may_be_left_out(tmp_path, blank):
    assert read_sheet(save(tmp_path, blank.drop(columns=["note"]))).units["note"].eq("").all()


def test_a_retyped_sentence_gets_a_hint_about_quotation_marks(tmp_path, sentences):
    sheet = sentiment_sheet(sentences, STORY, "c1", n=78)
    curly = sheet.index[sheet["sentence"].str.contains("“")][0]
    sheet.loc[curly, "sentence"] = sheet.loc[curly, "sentence"].replace("“", '"').replace("”", '"')
    path = save(tmp_path, sheet)
    assert read_sheet(path).coded == 0  # without a reference the text is not checked
    message = error_of(path, reference=sentences)
    assert f"line {curly + 2}: the text differs from the sentence given (only in its quotation marks" in message


def test_a_unit_not_among_the_reference_units_is_named(tmp_path, blank, sentences):
    message = error_of(save(tmp_path, blank), reference=sentences[sentences["article_id"] != "next-door-iraq"])
    assert "next-door-iraq" in message and "is not among the units given" in message


# The slips of spreadsheet programs (framing.hand_csv)


def write_bytes(tmp_path, data, name="sheet.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_semicolon_exports_with_a_byte_order_mark_and_windows_line_ends_are_read(tmp_path, blank):
    text = filled(blank, ["Negative"] * 6).to_csv(index=False, sep=";", lineterminator="\r\n")
    path = write_bytes(tmp_path, codecs.BOM_UTF8 + text.encode("utf-8"))
    sheet = read_sheet(path)
    assert sheet.units["code"].tolist() == ["negative"] * 6
    assert sheet.notes[0] == "uses semicolons between columns (a spreadsheet export): read with semicolons"


def test_tabs_between_columns_are_read(tmp_path, blank):
    path = write_bytes(tmp_path, blank.to_csv(index=False, sep="\t").encode())
    assert "tabs" in read_sheet(path).notes[0]


def test_excel_empty_rows_and_columns_are_skipped(tmp_path, blank):
    text = blank.to_csv(index=False).replace("\n", ",,\n")
    path = write_bytes(tmp_path, (text + ",,,,,,,,,,,,\n" * 50).encode())
    assert len(read_sheet(path).units) == 6


def test_a_short_row_is_read_with_its_missing_cells_empty(tmp_path, blank):
    text = blank.to_csv(index=False).splitlines()
    text[1] = text[1].rsplit(",", 2)[0] + ',"negative"'  # no note cell at all
    sheet = read_sheet(write_bytes(tmp_path, "\n".join(text).encode()))
    assert sheet.units["code"].iloc[0] == "negative" and sheet.units["note"].iloc[0] == ""


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "sheet.csv: the file is empty"),
        (b"\r\n \n", "the file is empty"),
        (codecs.BOM_UTF8, "the file is empty"),
        (b",,,\n,,,\n", "every line is empty"),
        (
            b"PK\x03\x04\x14\x00rest",
            "is an Excel workbook (.xlsx) or another zipped file (.ods, .docx) saved under a .csv name",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel workbook (.xls)"),
        ("unit_id,code\n".encode("utf-16"), "is UTF-16 text"),
        (b"{\\rtf1 unit_id,code}", "Rich Text"),
        (
            "story,unit_id,code\nx,u1,“yes”\n".encode("cp1252"),
            "line 2, column 6: not UTF-8 text: byte 0x93 ('“' in Windows-1252)",
        ),
        ("story,unit_id,code\nx,u1,“yes”\n".encode("mac_roman"), "byte 0xd2 ('“' in Mac Roman)"),
        (b'story,unit_id,code\nx,u1,"yes\nx,u2,no\n', 'line 2: a double quote " opened on this line is never closed'),
        (b"story,unit_id,code\nx,u1,yes, I think\n", "line 2: has 4 cells, the header has 3: a comma inside a cell"),
        (b"story;unit_id\nx;u1\n", "line 1: missing column(s) code"),
        ("“story”,“unit_id”,“code”\n".encode(), "curly quotes"),
        (b"story,unit_id,code,code\nx,u1,yes,no\n", "column 'code' appears twice"),
    ],
)
def test_slips_that_cannot_be_read_are_named_with_file_and_line(tmp_path, data, words):
    path = write_bytes(tmp_path, data)
    with pytest.raises(HandFileError) as caught:
        read_hand_csv(path, ["story", "unit_id", "code"])
    assert words in str(caught.value) and str(path) in str(caught.value)
    assert path.read_bytes() == data


def test_a_folder_a_missing_file_and_a_pipe_are_refused_without_opening_them(tmp_path):
    with pytest.raises(HandFileError, match="is a folder"):
        read_hand_csv(tmp_path, ["code"])
    with pytest.raises(HandFileError, match="file not found"):
        read_hand_csv(tmp_path / "nothing.csv", ["code"])
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    started = time.monotonic()
    with pytest.raises(HandFileError, match="is a device or a pipe"):
        read_sheet(pipe)
    assert time.monotonic() - started < 2


def test_a_file_too_large_to_be_a_sheet_is_refused(tmp_path):
    path = write_bytes(tmp_path, b"code\n" + b"yes\n" * 1000)
    with pytest.raises(HandFileError, match=r"is 4.0 KB, more than the 100 bytes .* is it the right file"):
        refuse_special(path, max_bytes=100)


def test_the_reader_error_is_a_coding_sheet_error_and_a_value_error(tmp_path):
    path = write_bytes(tmp_path, b"")
    with pytest.raises(ValueError):
        read_sheet(path)
    with pytest.raises(CodingSheetError):
        read_sheet(path)
