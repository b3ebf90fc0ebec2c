"""Pattern files, pattern search and the fact-by-article table."""

import pandas as pd
import pytest

import framing
from framing import PatternFileError

SENTENCES = pd.DataFrame(
    {
        "article_id": ["a", "a", "b", "c"],
        "sentence_no": [1, 2, 1, 1],
        "sentence": [
            "Iraq hosts 2,500 US troops.",
            "Soleimani was killed in 2020.",
            "KARBALA and Najaf.",
            "Nothing here.",
        ],
    }
)


def write(tmp_path, content, name="facts.csv"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_load_facts_reads_a_valid_file(tmp_path):
    path = write(
        tmp_path, 'fact_id,fact,pattern\ntroops,"About 2,500 US troops","2,500"\nshrines,Shrine cities,Karbala|Najaf\n'
    )
    facts = framing.load_facts(path)
    assert facts["fact_id"].tolist() == ["troops", "shrines"]
    assert facts.loc[0, "pattern"] == "2,500"


@pytest.mark.parametrize(
    "content, message",
    [
        ("", r"facts\.csv: the file is empty"),
        ("fact_id,pattern\nx,y\n", r"facts\.csv: line 1: missing column\(s\) fact"),
        ("fact_id,fact,pattern\n ,desc,y\n", r"facts\.csv: line 2: fact_id is blank"),
        ("fact_id,fact,pattern\nx,desc, \n", r"facts\.csv: line 2: pattern is blank for 'x'"),
        (
            "fact_id,fact,pattern\nx,desc,ok\ny,desc,(unclosed\n",
            r"facts\.csv: line 3: pattern '\(unclosed' for 'y' is not a valid regular expression",
        ),
        (
            "fact_id,fact,pattern\nx,desc,a\nx,desc,b\n",
            r"facts\.csv: line 3: fact_id 'x' is used twice \(first on line 2\)",
        ),
        (b"fact_id,fact,pattern\nx,caf\xe9,a\n", r"facts\.csv: line 2, column 6: not UTF-8 text: byte 0xe9"),
        (
            'fact_id,fact,pattern\nx,"desc,a\n',
            r"facts\.csv: line 2: a double quote \" opened on this line is never closed",
        ),
    ],
)
def test_load_facts_names_the_file_and_problem(tmp_path, content, message):
    with pytest.raises(PatternFileError, match=message):
        framing.load_facts(write(tmp_path, content))


def test_load_facts_missing_file(tmp_path):
    with pytest.raises(PatternFileError, match=r"nothing\.csv: file not found"):
        framing.load_facts(tmp_path / "nothing.csv")


def test_pattern_file_error_is_a_value_error():
    assert issubclass(PatternFileError, ValueError)


def test_load_pattern_table_checks_extra_columns(tmp_path):
    path = write(tmp_path, "concept,pattern\nwar,Gaza war\n", name="lexicon.csv")
    assert len(framing.load_pattern_table(path, key_column="concept", columns=[])) == 1
    with pytest.raises(PatternFileError, match=r"lexicon\.csv: line 1: missing column\(s\) variant"):
        framing.load_pattern_table(path, key_column="concept", columns=["variant"])


def test_find_pattern_is_case_insensitive_and_keeps_the_match():
    hits = framing.find_pattern(SENTENCES, r"karbala|najaf")
    assert hits[["article_id", "sentence_no", "match"]].values.tolist() == [["b", 1, "KARBALA"]]
    assert list(hits.columns) == ["article_id", "sentence_no", "match", "sentence"]


def test_find_pattern_with_no_hits_is_an_empty_table():
    hits = framing.find_pattern(SENTENCES, "Kataib Hezbollah")
    assert hits.empty and list(hits.columns) == ["article_id", "sentence_no", "match", "sentence"]


def test_find_pattern_refuses_a_bad_pattern_clearly():
    with pytest.raises(ValueError, match=r"pattern '\(oops' is not a valid regular expression"):
        framing.find_pattern(SENTENCES, "(oops")


def test_find_pattern_needs_a_sentences_table():
    with pytest.raises(ValueError, match="sentences table has no column"):
        framing.find_pattern(pd.DataFrame({"article_id": ["a"], "text": ["x"]}), "x")


def test_find_facts_and_fact_coverage():
    facts = pd.DataFrame(
        {
            "fact_id": ["troops", "soleimani", "kataib"],
            "fact": ["", "", ""],
            "pattern": ["2,500", "Soleimani", "Kataib"],
        }
    )
    found = framing.find_facts(SENTENCES, facts)
    assert found[["fact_id", "article_id", "sentence_no"]].values.tolist() == [
        ["troops", "a", 1],
        ["soleimani", "a", 2],
    ]
    coverage = framing.fact_coverage(found, facts, ["c", "b", "a"])
    assert list(coverage.columns) == ["c", "b", "a"] and list(coverage.index) == ["troops", "soleimani", "kataib"]
    assert coverage.values.tolist() == [[False, False, True], [False, False, True], [False, False, False]]
    assert coverage.dtypes.eq(bool).all()


def test_find_facts_with_no_facts():
    empty = framing.find_facts(SENTENCES, pd.DataFrame({"fact_id": [], "pattern": []}))
    assert empty.empty and list(empty.columns) == ["fact_id", "article_id", "sentence_no", "match", "sentence"]


def test_find_facts_needs_a_pattern_column():
    with pytest.raises(ValueError, match="facts table has no column"):
        framing.find_facts(SENTENCES, pd.DataFrame({"fact_id": ["x"]}))
