"""framing.class_agreement: a folder of students' sheets read together, Krippendorff's alpha checked against the
published worked example, the clear errors a class's folder needs, and the tools against the class majority."""

import hashlib
import shutil
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import framing
from framing.agreement import cohen_kappa
from framing.class_agreement import (
    alpha_interval,
    code_counts,
    coder_coverage,
    krippendorff_alpha,
    majority_codes,
    measure_class_agreement,
    pairwise_kappas,
    read_class_sheets,
    sentiment_tools_against_class,
    split_units,
    student_agreement,
    tools_against_class,
)
from framing.coding_sheets import CodingSheetError, sentiment_sheet, write_sheet
from paths import ROOT, STORY_DIR

STORY = "pezeshkian-iraq-2024"
SIMULATED = ROOT / "data" / "class-simulated"
YES_NO = ("yes", "no")

# Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
# University of Pennsylvania, Departmental Papers (ASC) 43, section C ("Nominal data, any number of observers, missing
# values"), its reliability data of 4 observers (A to D) by 12 units; "." is a missing value. The paper gives nominal
# alpha = 0.743 for these data, and goes on to the other metrics with them (ordinal alpha = 0.815). The same data and
# both values are in the krippendorff package's own documentation and tests (fast-krippendorff: the docstring of
# krippendorff.alpha cites "page 8" of the paper, and tests/test_krippendorff.py asserts 0.815 for the ordinal metric).
PUBLISHED = {
    "A": "1 2 3 3 2 1 4 1 2 . . .",
    "B": "1 2 3 3 2 2 4 1 2 5 . 3",
    "C": ". 3 3 3 2 3 4 2 2 5 1 .",
    "D": "1 2 3 3 2 4 4 1 2 5 1 .",
}


@pytest.fixture(scope="module")
def published_codes():
    rows = [
        (f"unit-{number}", coder, value)
        for coder, values in PUBLISHED.items()
        for number, value in enumerate(values.split(), start=1)
        if value != "."
    ]
    return pd.DataFrame(rows, columns=["unit_id", "coder", "code"])


def test_alpha_gives_the_published_values_of_krippendorff_2011(published_codes):
    scale = ("1", "2", "3", "4", "5")
    assert len(published_codes) == 41  # 48 cells, 7 of them missing, as in the paper
    assert round(krippendorff_alpha(published_codes, scale, "nominal"), 3) == 0.743
    assert round(krippendorff_alpha(published_codes, scale, "ordinal"), 3) == 0.815


def test_the_units_coded_once_change_nothing_and_the_order_of_the_scale_counts_for_ordinal(published_codes):
    scale = ("1", "2", "3", "4", "5")
    once = pd.concat([published_codes, pd.DataFrame({"unit_id": ["extra"], "coder": ["A"], "code": ["4"]})])
    assert krippendorff_alpha(once, scale) == krippendorff_alpha(published_codes, scale)
    assert krippendorff_alpha(published_codes, scale[::-1], "nominal") == krippendorff_alpha(published_codes, scale)
    shuffled = ("3", "1", "5", "2", "4")
    assert round(krippendorff_alpha(published_codes, shuffled, "ordinal"), 3) != 0.815


def codes_of(table):
    """A codes table from {unit: codes of coders a, b, c...} (None for a missing code)."""
    rows = [
        (unit, coder, code)
        for unit, codes in table.items()
        for coder, code in zip("abcdefgh", codes)
        if code is not None
    ]
    return pd.DataFrame(rows, columns=["unit_id", "coder", "code"])


def test_perfect_agreement_is_one_and_plain_errors_when_alpha_cannot_be_computed():
    assert krippendorff_alpha(codes_of({"u1": ["yes", "yes"], "u2": ["no", "no"]}), YES_NO) == 1.0
    with pytest.raises(ValueError, match="one code throughout|is the same"):
        krippendorff_alpha(codes_of({"u1": ["yes", "yes"], "u2": ["yes", "yes"]}), YES_NO)
    with pytest.raises(ValueError, match="coded by two coders"):
        krippendorff_alpha(codes_of({"u1": ["yes", None], "u2": [None, "no"]}), YES_NO)
    with pytest.raises(ValueError, match="outside the scale"):
        krippendorff_alpha(codes_of({"u1": ["yes", "maybe"]}), YES_NO)
    with pytest.raises(ValueError, match="level"):
        krippendorff_alpha(codes_of({"u1": ["yes", "no"]}), YES_NO, "interval")


def test_the_bootstrap_interval_is_seeded_and_holds_alpha(published_codes):
    scale = ("1", "2", "3", "4", "5")
    first = alpha_interval(published_codes, scale, draws=500, seed=3)
    assert first == alpha_interval(published_codes, scale, draws=500, seed=3)
    assert first[0] <= krippendorff_alpha(published_codes, scale) <= first[1]
    assert first != alpha_interval(published_codes, scale, draws=500, seed=4)
    with pytest.raises(ValueError, match="draws"):
        alpha_interval(published_codes, scale, draws=10)


def test_pairwise_kappas_are_cohen_kappa_on_the_units_both_coded():
    codes = codes_of({"u1": ["yes", "yes", "no"], "u2": ["no", "no", None], "u3": ["yes", "no", "no"]})
    table = pairwise_kappas(codes, YES_NO).set_index(["first", "second"])
    assert table.loc[("a", "b"), "shared"] == 3 and table.loc[("a", "c"), "shared"] == 2
    assert table.loc[("a", "b"), "kappa"] == round(cohen_kappa(["yes", "no", "yes"], ["yes", "no", "no"], YES_NO), 3)
    assert np.isnan(pairwise_kappas(codes_of({"u1": ["yes", "no"]}), YES_NO)["kappa"].iloc[0])


def test_majority_codes_and_the_most_split_units():
    codes = codes_of({"u1": ["yes", "yes", "yes"], "u2": ["yes", "no", "no"], "u3": ["yes", "no", None]})
    majority = majority_codes(codes, YES_NO).set_index("unit_id")
    assert majority.loc["u1", ["majority", "votes", "margin", "share"]].tolist() == ["yes", 3, 3, 1.0]
    assert majority.loc["u2", ["majority", "margin"]].tolist() == ["no", 1]
    assert majority.loc["u3", "majority"] == ""  # a tie
    units = pd.DataFrame({"unit_id": ["u1", "u2", "u3"], "sentence": ["One.", "Two.", "Three."]})
    split = split_units(codes, units, YES_NO, top=2)
    assert split["unit_id"].tolist() == ["u3", "u2"] and split["sentence"].tolist() == ["Three.", "Two."]
    assert split[["yes", "no"]].values.tolist() == [[1, 1], [1, 2]]


def test_code_counts_keep_every_code_of_the_scale():
    assert list(code_counts(codes_of({"u1": ["no"]}), framing.LABELS + ("no",)).columns)[-1] == "no"


def test_student_agreement_is_against_the_majority_of_the_others():
    codes = codes_of({"u1": ["yes", "yes", "no"], "u2": ["no", "no", "no"], "u3": ["yes", "no", "no"]})
    table = student_agreement(codes, YES_NO).set_index("coder")
    assert table.loc["c", ["units", "agreed"]].tolist() == [2, 1]  # u1: the others say yes, c no; u2 agrees; u3 tied
    assert table.loc["a", ["units", "agreed"]].tolist() == [2, 1]  # u1 tied; u2 agrees; u3: the others say no, a yes
    assert table.loc["b", ["units", "agreed"]].tolist() == [1, 1]  # u1 and u3 tied: a and c differ


def test_tools_against_the_class_beside_the_rule_and_the_average_student():
    codes = codes_of(
        {
            "u1": ["yes", "yes", "yes"],
            "u2": ["no", "no", "yes"],
            "u3": ["no", "no", "no"],
            "u4": ["yes", "yes", "no"],
            "u5": ["no", "yes", "yes"],
        }
    )
    tools = pd.DataFrame({"unit_id": ["u1", "u2", "u3", "u4", "u5"], "tool": ["no"] * 5})
    found = tools_against_class(codes, tools, YES_NO)
    assert list(found.table.index) == ["tool", "always 'yes'", "average student (against the rest of the class)"]
    assert found.table.loc["tool", ["units", "agreed", "agreement"]].tolist() == [5, 2, 0.4]
    assert found.table.loc["always 'yes'", "agreement"] == 0.6
    students = student_agreement(codes, YES_NO)
    assert found.table.iloc[2]["agreement"] == round(students["agreement"].mean(), 2)
    assert "no better than always 'yes' (0.60)" in str(found)
    assert "tool does worse than the average student" in str(found)


# A folder of sheets


@pytest.fixture(scope="module")
def sentences():
    return framing.split_sentences(framing.clean_articles(framing.load_articles(STORY_DIR)))


@pytest.fixture
def make_class(tmp_path, sentences):
    """Write sheets: {file name: (coder, codes)}; codes a list (or one code for all); the sheets' options."""

    def make(sheets: dict, n: int = 6, **options):
        folder = tmp_path / "class"
        folder.mkdir(exist_ok=True)
        for name, (coder, codes) in sheets.items():
            sheet = sentiment_sheet(sentences, options.get("story", STORY), coder, seed=options.get("seed", 7), n=n)
            write_sheet(sheet.assign(code=codes), folder / name)
        return folder

    return make


CODES = ["negative", "neutral", "positive", "negative", "neutral", "positive"]


def test_a_class_folder_is_read_and_aligned_on_unit_ids(make_class):
    folder = make_class({"a.csv": ("c1", CODES), "b.csv": ("c2", CODES[::-1]), "c.csv": ("c3", CODES[:5] + [""])})
    (folder / "notes.txt").write_text("the instructor's notes")
    (folder / "~$a.csv").write_text("Excel's lock file")
    found = read_class_sheets(folder)
    assert (found.activity.name, found.story, found.sample) == ("sentiment", STORY, "class-seed-7-n6")
    assert len(found.codes) == 17 and found.units["unit_id"].is_unique and len(found.units) == 6
    assert found.notes == ("notes.txt: not read (not a .csv file; save a sheet as CSV UTF-8 to include it)",)


def test_sheets_with_partly_different_units_are_counted_never_dropped(make_class, tmp_path, sentences):
    folder = make_class({"a.csv": ("c1", CODES), "b.csv": ("c2", CODES)})
    other = sentiment_sheet(sentences, STORY, "c3", n=6).head(4)
    extra = sentiment_sheet(sentences, STORY, "c3", n=78)
    extra = extra[~extra["unit_id"].isin(other["unit_id"])].head(2).assign(sample="class-seed-7-n6")
    write_sheet(pd.concat([other, extra]).assign(code="negative"), folder / "c.csv")
    found = read_class_sheets(folder)
    coverage = coder_coverage(found).set_index("coder")
    assert coverage.loc["c3", ["units", "coded"]].tolist() == [6, 6]
    assert coverage.loc["c3", "shared"] == len(set(other["unit_id"]) & set(found.sheets[0].units["unit_id"]))
    report = measure_class_agreement(found, draws=200)
    only_c3 = ~extra["unit_id"].isin(found.sheets[0].units["unit_id"])
    assert report.units == len(set(found.codes["unit_id"])) == 6 + only_c3.sum()
    assert "coded by one coder only, so add nothing to alpha" in str(report)


@pytest.mark.parametrize(
    "change, words",
    [
        ({"story": "another-story"}, "c.csv: is a sheet of story 'another-story', but the class's is"),
        ({"seed": 8}, "c.csv: is a sheet of sample 'class-seed-8-n6', but the class's is 'class-seed-7-n6'"),
    ],
)
def test_a_sheet_of_another_story_or_sample_is_named(make_class, change, words):
    folder = make_class({"a.csv": ("c1", CODES), "b.csv": ("c2", CODES)})
    make_class({"c.csv": ("c3", CODES)}, **change)
    with pytest.raises(CodingSheetError, match=words.replace("(", r"\(").replace(")", r"\)")):
        read_class_sheets(folder)


def test_a_coder_id_used_twice_names_both_files(make_class):
    folder = make_class({"a.csv": ("c1", CODES), "b.csv": ("C1", CODES), "c.csv": ("c2", CODES)})
    with pytest.raises(CodingSheetError) as caught:
        read_class_sheets(folder)
    assert "coder id 'c1' is used by" in str(caught.value)
    assert "a.csv and" in str(caught.value) and "b.csv" in str(caught.value)


def test_missing_columns_and_codes_outside_the_scale_name_the_file_and_line(make_class):
    folder = make_class({"a.csv": ("c1", CODES), "b.csv": ("c2", CODES[:2] + ["great"] + CODES[3:])})
    pd.read_csv(folder / "a.csv", encoding="utf-8-sig").drop(columns=["sentence"]).to_csv(folder / "c.csv", index=False)
    with pytest.raises(CodingSheetError) as caught:
        read_class_sheets(folder)
    message = str(caught.value)
    assert "b.csv: line 4: 'great' is not a code of this sheet" in message
    assert "c.csv: line 1: missing column(s) sentence of a sentiment sheet" in message


def test_a_unit_text_that_differs_between_sheets_is_named(make_class):
    folder = make_class({"a.csv": ("c1", CODES), "b.csv": ("c2", CODES), "c.csv": ("c3", CODES)})
    sheet = pd.read_csv(folder / "c.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    sheet.loc[1, "sentence"] = "Something else entirely."
    sheet.to_csv(folder / "c.csv", index=False)
    with pytest.raises(
        CodingSheetError, match="c.csv: line 3: unit .*: the text differs from the text most sheets give, which reads"
    ):
        read_class_sheets(folder)


def test_an_empty_folder_and_a_missing_folder_are_named(tmp_path):
    with pytest.raises(CodingSheetError, match="holds no .csv coding sheet"):
        read_class_sheets(tmp_path)
    with pytest.raises(CodingSheetError, match="folder not found"):
        read_class_sheets(tmp_path / "nowhere")


def test_the_class_report_on_one_coder_says_why_there_is_no_alpha(make_class):
    report = measure_class_agreement(make_class({"a.csv": ("c1", CODES)}))
    assert report.alphas["alpha"].isna().all()
    assert "alpha cannot be computed: alpha needs at least one unit coded by two coders" in str(report)


# The simulated class of the course's story


def test_the_simulated_class_is_what_the_script_writes_byte_for_byte(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "simulate_class.py"), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    written = {p.name: p.read_bytes() for p in (tmp_path / "out").glob("*.csv")}
    stored = {p.name: p.read_bytes() for p in SIMULATED.glob("*.csv")}
    assert written == stored and len(stored) == 12
    again = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "simulate_class.py"), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 1 and "never overwritten" in again.stderr


def test_the_simulated_class_says_it_is_simulated():
    readme = (SIMULATED / "README.md").read_text(encoding="utf-8")
    assert "These sheets are simulated" in readme and "never a real class's result" in readme
    assert all(c.startswith("simulated-") for c in read_class_sheets(SIMULATED).codes["coder"])


def test_the_class_report_on_the_simulated_class():
    class_codes = read_class_sheets(SIMULATED)
    report = measure_class_agreement(class_codes)
    assert report.coders == 12 and report.units == 30 and list(report.alphas.index) == ["nominal", "ordinal"]
    for level in ("nominal", "ordinal"):
        row = report.alphas.loc[level]
        assert row["alpha"] == round(krippendorff_alpha(class_codes.codes, framing.LABELS, level), 3)
        assert row["low"] <= row["alpha"] <= row["high"]
    assert len(report.kappas) == 66 and len(report.split) == 10 and "sentence" in report.split.columns
    assert report.coverage["shared"].tolist() == report.coverage["coded"].tolist()
    hashes = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SIMULATED.iterdir()}
    tools = sentiment_tools_against_class(class_codes)
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SIMULATED.iterdir()} == hashes
    majority = report.majority.set_index("unit_id")["majority"]
    labels = framing.coding_checks.sentiment_tool_labels(class_codes.units).set_index("unit_id")
    decided = majority[majority != ""]
    for tool in ("TextBlob", "VADER"):
        assert tools.table.at[tool, "agreement"] == round(float((labels.loc[decided.index, tool] == decided).mean()), 2)
    assert tools.table.index[-1] == "average student (against the rest of the class)"


def test_sentiment_tools_against_class_refuses_another_activity(tmp_path):
    folder = tmp_path / "frames"
    folder.mkdir()
    book = framing.load_codebook(ROOT / "data" / "generic-frames" / "codebook.csv")
    for coder in ("c1", "c2"):
        write_sheet(framing.frame_sheet(book, ["a"], STORY, coder).assign(code="yes"), folder / f"{coder}.csv")
    with pytest.raises(ValueError, match="not sentiment"):
        sentiment_tools_against_class(read_class_sheets(folder))
    shutil.rmtree(folder)


def test_codes_tables_that_cannot_be_a_class_are_refused():
    twice = pd.DataFrame({"unit_id": ["u1", "u1"], "coder": ["a", "a"], "code": ["yes", "no"]})
    with pytest.raises(ValueError, match="codes a unit twice"):
        pairwise_kappas(twice, YES_NO)
    with pytest.raises(ValueError, match="read_class_sheets"):
        majority_codes(pd.DataFrame({"unit_id": ["u1"]}), YES_NO)
    tied = codes_of({"u1": ["yes", "no"]})
    with pytest.raises(ValueError, match="no unit has a class majority"):
        tools_against_class(tied, pd.DataFrame({"unit_id": ["u1"], "tool": ["yes"]}), YES_NO)
    with pytest.raises(ValueError, match="sentiment_tool_labels"):
        tools_against_class(tied, pd.DataFrame({"tool": ["yes"]}), YES_NO)
