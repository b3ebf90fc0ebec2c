"""Bad input for a class's folder (issue 26, item 5): a hundred sheets with the slips students' spreadsheets make, each
read correctly or named clearly, nothing on disk changed; and files of 100,000 rows read or refused within seconds."""

import codecs
import hashlib
import random
import shutil
import time

import pytest

import framing
from framing.class_agreement import measure_class_agreement, read_class_sheets
from framing.coding_sheets import CodingSheetError, read_sheet, sentiment_sheet
from paths import STORY_DIR

STORY = "pezeshkian-iraq-2024"
SHEETS = 100


@pytest.fixture(scope="module")
def blank():
    sentences = framing.split_sentences(framing.clean_articles(framing.load_articles(STORY_DIR)))
    return sentiment_sheet(sentences, STORY, "coder", n=30)


def hashes(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def class_folder(folder, blank):
    """100 sheets: coder-001 empty, coder-002 a semicolon export with a byte-order mark and Windows line ends,
    coder-003 with a byte-order mark, coder-004 with 'Positive ' and 'pos'; the others plain UTF-8."""
    folder.mkdir()
    draw = random.Random(26)
    for number in range(1, SHEETS + 1):
        coder = f"coder-{number:03d}"
        codes = [draw.choice(framing.LABELS) if draw.random() < 0.3 else "negative" for _ in range(len(blank))]
        if number == 4:
            codes[:2] = ["Positive ", "pos"]
        sheet = blank.assign(coder=coder, code=codes)
        path = folder / f"{coder}.csv"
        if number == 1:
            path.write_bytes(b"")
        elif number == 2:
            path.write_bytes(codecs.BOM_UTF8 + sheet.to_csv(index=False, sep=";", lineterminator="\r\n").encode())
        elif number == 3:
            path.write_bytes(codecs.BOM_UTF8 + sheet.to_csv(index=False).encode())
        else:
            path.write_bytes(sheet.to_csv(index=False).encode())
    return folder


@pytest.mark.timeout(180)
def test_a_hundred_sheets_each_read_or_named_and_none_changed(tmp_path, blank):
    folder = class_folder(tmp_path / "class", blank)
    before = hashes(folder)
    started = time.monotonic()
    for path in sorted(folder.iterdir()):
        if path.name == "coder-001.csv":
            with pytest.raises(CodingSheetError, match=r"coder-001.csv: the file is empty"):
                read_sheet(path)
        else:
            assert read_sheet(path).coded == len(blank)
    semicolons, positive = read_sheet(folder / "coder-002.csv"), read_sheet(folder / "coder-004.csv")
    assert "semicolons" in semicolons.notes[0] and semicolons.units["code"].notna().all()
    assert positive.units["code"].tolist()[:2] == ["positive", "positive"]
    assert any("'Positive ' read as 'positive'" in n for n in positive.notes)
    assert any("'pos' read as 'positive'" in n for n in positive.notes)
    assert read_sheet(folder / "coder-003.csv").units["unit_id"].tolist() == blank["unit_id"].tolist()

    with pytest.raises(CodingSheetError) as caught:
        read_class_sheets(folder)
    assert caught.value.problems == [f"{folder / 'coder-001.csv'}: " + caught.value.problems[0].split(": ", 1)[1]]

    readable = tmp_path / "readable"
    readable.mkdir()
    for path in folder.iterdir():
        if path.name != "coder-001.csv":
            shutil.copy(path, readable / path.name)
    report = measure_class_agreement(readable)
    assert report.coders == SHEETS - 1 and report.units == len(blank)
    assert len(report.kappas) == (SHEETS - 1) * (SHEETS - 2) // 2
    assert any(n.startswith("coder-002.csv: uses semicolons") for n in report.notes)
    assert any(n.startswith("coder-004.csv: line 2: 'Positive ' read as 'positive'") for n in report.notes)
    assert time.monotonic() - started < 60
    assert hashes(folder) == before


ROWS = 100_000


def big_sheet(blank, codes):
    row = blank.iloc[0]
    header = ",".join(blank.columns)
    lines = [
        f'{row["story"]},{row["sample"]},sentiment,c1,u{i},a,{i},"Sentence {i}.",{codes(i)},'
        for i in range(1, ROWS + 1)
    ]
    return (header + "\n" + "\n".join(lines) + "\n").encode()


@pytest.mark.timeout(60)
def test_a_100000_row_sheet_is_read_within_seconds(tmp_path, blank):
    path = tmp_path / "big.csv"
    path.write_bytes(big_sheet(blank, lambda i: framing.LABELS[i % 3]))
    started = time.monotonic()
    sheet = read_sheet(path)
    assert time.monotonic() - started < 10
    assert len(sheet.units) == ROWS and sheet.coded == ROWS


@pytest.mark.timeout(60)
def test_100000_bad_codes_are_refused_within_seconds_with_a_short_message(tmp_path, blank):
    path = tmp_path / "bad.csv"
    path.write_bytes(big_sheet(blank, lambda i: "maybe"))
    started = time.monotonic()
    with pytest.raises(CodingSheetError) as caught:
        read_sheet(path)
    assert time.monotonic() - started < 10
    assert len(caught.value.problems) == ROWS
    assert len(str(caught.value)) < 5000 and f"and {ROWS - 20} more" in str(caught.value)


@pytest.mark.timeout(60)
def test_100000_empty_excel_rows_are_skipped_not_reported(tmp_path, blank):
    path = tmp_path / "empty-rows.csv"
    text = blank.assign(code="neutral").head(3).to_csv(index=False)
    path.write_bytes((text + ",,,,,,,,,\n" * ROWS).encode())
    started = time.monotonic()
    sheet = read_sheet(path)
    assert time.monotonic() - started < 10
    assert len(sheet.units) == 3 and sheet.notes == ()
