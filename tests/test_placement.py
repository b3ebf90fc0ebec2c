"""Placement (issue 14): where each article first reports each fact, and each article's lead."""

from functools import lru_cache

import pandas as pd
import pytest

import framing
from framing.placement import first_positions, leads, position_grid
from tests.paths import STORY_DIR

FACTS = pd.DataFrame(
    {
        "fact_id": ["troops", "gaza", "oil"],
        "fact": ["US troops", "Gaza", "oil"],
        "pattern": ["2,500", "Gaza", r"\boil\b"],
    }
)
SENTENCES = pd.DataFrame(
    {
        "article_id": ["a", "a", "a", "a", "a", "b", "b", "c"],
        "sentence_no": [1, 2, 3, 4, 5, 1, 2, 1],
        "sentence": [
            "Pezeshkian arrived.",
            "Iraq hosts 2,500 US troops.",
            "The war in Gaza.",
            "Again 2,500 troops.",
            "Gaza again.",
            "The war in Gaza.",
            "About 2,500 troops.",
            "Only one sentence, on Gaza.",
        ],
    }
)


@lru_cache(maxsize=1)
def story():
    articles = framing.clean_articles(framing.load_articles(STORY_DIR))
    return framing.split_sentences(articles), framing.load_facts(STORY_DIR / "facts.csv")


def test_first_positions_one_row_per_fact_and_article_in_order():
    table = first_positions(SENTENCES, FACTS)
    assert list(table.columns[:4]) == ["fact", "article_id", "sentence_no", "share"]
    assert list(zip(table["fact"], table["article_id"])) == [
        (f, a) for f in ["troops", "gaza", "oil"] for a in ["a", "b", "c"]
    ]
    troops = table[table["fact"] == "troops"].set_index("article_id")
    assert (
        troops.loc["a", "sentence_no"] == 2 and troops.loc["a", "share"] == 0.25
    )  # (2 - 1) / (5 - 1), the first of two
    assert troops.loc["b", "sentence_no"] == 2 and troops.loc["b", "share"] == 1.0  # the last sentence
    assert troops.loc["a", "match"] == "2,500" and troops.loc["a", "sentence"] == "Iraq hosts 2,500 US troops."
    assert troops.loc["a", "sentences"] == 5


def test_an_absent_fact_is_na_and_a_fact_never_found_keeps_its_rows():
    table = first_positions(SENTENCES, FACTS)
    assert pd.isna(table.set_index(["fact", "article_id"]).loc[("troops", "c"), "sentence_no"])
    oil = table[table["fact"] == "oil"]
    assert (
        len(oil) == 3 and oil["sentence_no"].isna().all() and oil["share"].isna().all() and (oil["match"] == "").all()
    )
    assert str(table["sentence_no"].dtype) == "Int64"


def test_an_article_of_one_sentence_has_share_zero():
    row = first_positions(SENTENCES, FACTS).set_index(["fact", "article_id"]).loc[("gaza", "c")]
    assert row["sentence_no"] == 1 and row["share"] == 0.0 and row["sentences"] == 1


def test_share_is_counted_by_rank_whatever_the_numbering():
    renumbered = SENTENCES.assign(sentence_no=SENTENCES["sentence_no"] * 10)
    assert first_positions(renumbered, FACTS)["share"].equals(first_positions(SENTENCES, FACTS)["share"])


def test_first_positions_uses_lesson_01_matching():
    sentences, facts = story()
    table = first_positions(sentences, facts)
    found = framing.find_facts(sentences, facts)
    reported = table.dropna(subset=["sentence_no"])
    assert set(zip(reported["fact"], reported["article_id"])) == set(zip(found["fact_id"], found["article_id"]))
    first = found.groupby(["fact_id", "article_id"])["sentence_no"].min()
    assert all(first[(row.fact, row.article_id)] == row.sentence_no for row in reported.itertuples())
    assert len(table) == len(facts) * sentences["article_id"].nunique()
    assert table["share"].dropna().between(0, 1).all()


@pytest.mark.parametrize(
    "sentences,facts,message",
    [
        (SENTENCES.drop(columns="sentence_no"), FACTS, "sentences table has no column.*sentence_no"),
        (SENTENCES, FACTS.drop(columns="pattern"), "facts table has no column.*pattern"),
        (SENTENCES.iloc[:0], FACTS, "sentences table is empty"),
        (SENTENCES, FACTS.iloc[:0], "facts table has no rows"),
        (pd.concat([SENTENCES, SENTENCES.iloc[[0]]]), FACTS, "sentence 1 of article 'a' twice"),
    ],
)
def test_first_positions_bad_input(sentences, facts, message):
    with pytest.raises(ValueError, match=message):
        first_positions(sentences, facts)


def test_first_positions_refuses_a_non_table():
    with pytest.raises(TypeError, match="DataFrame"):
        first_positions(["a sentence"], FACTS)


def test_leads_first_n_sentences_one_row_per_article():
    table = leads(SENTENCES)
    assert table.values.tolist() == [
        ["a", "Pezeshkian arrived. Iraq hosts 2,500 US troops.", 2],
        ["b", "The war in Gaza. About 2,500 troops.", 2],
        ["c", "Only one sentence, on Gaza.", 1],
    ]
    assert leads(SENTENCES, n=1)["lead"].tolist() == [
        "Pezeshkian arrived.",
        "The war in Gaza.",
        "Only one sentence, on Gaza.",
    ]


def test_leads_follow_sentence_numbers_not_row_order():
    shuffled = SENTENCES.iloc[::-1]
    assert leads(shuffled)["lead"].tolist() == [
        "Only one sentence, on Gaza.",
        "The war in Gaza. About 2,500 troops.",
        "Pezeshkian arrived. Iraq hosts 2,500 US troops.",
    ]


def test_leads_of_the_five_articles():
    sentences, _ = story()
    table = leads(sentences)
    assert len(table) == 5 and (table["sentences"] == 2).all()
    assert (
        table.set_index("article_id").loc["next-door-iraq", "lead"].startswith("Along with 2,500 U.S. troops")
    )  # its standfirst


@pytest.mark.parametrize("n", [0, -1, 1.5, "2", True])
def test_leads_bad_n(n):
    with pytest.raises(ValueError, match="whole number of 1 or more"):
        leads(SENTENCES, n=n)


def test_leads_bad_table():
    with pytest.raises(ValueError, match="no column"):
        leads(SENTENCES.drop(columns="sentence"))
    with pytest.raises(ValueError, match="empty"):
        leads(SENTENCES.iloc[:0])


def test_position_grid_has_a_row_per_fact_and_a_column_per_article_in_the_table_order():
    positions = pd.DataFrame(
        {
            "fact": ["y", "y", "x", "x"],
            "article_id": ["b", "a", "b", "a"],
            "sentence_no": pd.array([3, pd.NA, 1, 2], dtype="Int64"),
        }
    )
    grid = position_grid(positions)
    assert list(grid.index) == ["y", "x"] and list(grid.columns) == ["b", "a"]
    assert grid.loc["y"].tolist() == [3, pd.NA] and grid.loc["x"].tolist() == [1, 2]
    assert (grid.index.name, grid.columns.name) == ("fact", "article_id")


def test_position_grid_of_the_course_story_matches_first_positions():
    sentences = framing.split_sentences(framing.clean_articles(framing.load_articles(STORY_DIR)))
    positions = first_positions(sentences, framing.load_facts(STORY_DIR / "facts.csv"))
    grid = position_grid(positions)
    for row in positions.itertuples():
        cell = grid.loc[row.fact, row.article_id]
        if pd.isna(row.sentence_no):
            assert pd.isna(cell), (row.fact, row.article_id)
        else:
            assert cell == row.sentence_no, (row.fact, row.article_id)


def test_position_grid_bad_input():
    with pytest.raises(ValueError, match="no column.s. sentence_no; make it with first_positions"):
        position_grid(pd.DataFrame({"fact": ["x"], "article_id": ["a"]}))
    with pytest.raises(TypeError, match="expected a pandas DataFrame"):
        position_grid([("x", "a", 1)])
