"""Sentence splitting and word counting, offline, on hard cases from the seeds."""

import pandas as pd
import pytest

import framing
from framing.sentences import split_text
from framing.words import tokenize
from paths import STORY_DIR


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Soleimani was a Maj.-Gen. in 2019. He died in 2020.",
            ["Soleimani was a Maj.-Gen. in 2019.", "He died in 2020."],
        ),
        (
            "Maj.-Gen. Qassem Soleimani was killed. Iran retaliated.",
            ["Maj.-Gen. Qassem Soleimani was killed.", "Iran retaliated."],
        ),
        ("Mr. Sudani met Lt. Col. Ahmed. They talked.", ["Mr. Sudani met Lt. Col. Ahmed.", "They talked."]),
        (
            "The attacks of Sept. 11 changed U.S. policy. Officials agreed.",
            ["The attacks of Sept. 11 changed U.S. policy.", "Officials agreed."],
        ),
        (
            "Hamas’s Oct. 7, 2023, attack came first. Israel responded.",
            ["Hamas’s Oct. 7, 2023, attack came first.", "Israel responded."],
        ),
        ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
        ("“We will sign,” he said. “We will meet.”", ["“We will sign,” he said.", "“We will meet.”"]),
        ("Prices rose 3.5 percent. Markets fell.", ["Prices rose 3.5 percent.", "Markets fell."]),
        ("First paragraph\nSecond paragraph.", ["First paragraph", "Second paragraph."]),
        ("", []),
        ("\n\n", []),
    ],
)
def test_split_text(text, expected):
    assert split_text(text) == expected


def test_split_text_refuses_non_strings():
    with pytest.raises(TypeError, match="expects a string"):
        split_text(None)


def test_split_sentences_numbers_from_one_per_article():
    table = pd.DataFrame({"article_id": ["a", "b"], "text": ["One. Two.", "Three."]})
    sentences = framing.split_sentences(table)
    assert sentences.values.tolist() == [["a", 1, "One."], ["a", 2, "Two."], ["b", 1, "Three."]]


def test_split_sentences_of_an_empty_table_has_the_columns():
    sentences = framing.split_sentences(pd.DataFrame({"article_id": [], "text": []}))
    assert sentences.empty and list(sentences.columns) == ["article_id", "sentence_no", "sentence"]


def test_split_sentences_needs_a_text_column():
    with pytest.raises(ValueError, match="no column"):
        framing.split_sentences(pd.DataFrame({"article_id": ["a"]}))


def test_seed_sentences_keep_abbreviations_whole():
    clean = framing.clean_articles(framing.load_articles(STORY_DIR))
    sentences = framing.split_sentences(clean)
    assert sentences.groupby("article_id").size().to_dict() == {
        "visits-baghdad": 13,
        "inaugural-visit": 15,
        "first-foreign-trip": 13,
        "strategic-partnership": 11,
        "next-door-iraq": 26,
    }
    # no sentence ends on an abbreviation that cannot end a sentence
    for sentence in sentences["sentence"]:
        assert not sentence.endswith(("Sept.", "Oct.", "Mr.", "Maj.-Gen.", "Gen.")), sentence
    assert sentences["sentence"].str.contains("Hamas’s Oct. 7, 2023, terrorist attack").sum() == 1


@pytest.mark.parametrize(
    "text, words",
    [
        ("Iran-backed militias", ["Iran-backed", "militias"]),
        ("Hamas’s Oct. 7 attack", ["Hamas’s", "Oct", "7", "attack"]),
        ("2,500 U.S.-led troops.", ["2,500", "U.S.-led", "troops"]),
        ("“regional ... and security”", ["regional", "and", "security"]),
        ("— , . !", []),
        ("Erbil, Najaf and Karbala", ["Erbil", "Najaf", "and", "Karbala"]),
    ],
)
def test_tokenize(text, words):
    assert tokenize(text) == words


def test_tokenize_refuses_non_strings():
    with pytest.raises(TypeError, match="expects a string"):
        tokenize(42)


def test_article_lengths():
    articles = pd.DataFrame({"article_id": ["a", "b"], "text": ["One two three. Four.", "Five six."]})
    lengths = framing.article_lengths(articles, framing.split_sentences(articles))
    assert lengths.to_dict("index") == {
        "a": {"words": 4, "sentences": 2, "words_per_sentence": 2.0},
        "b": {"words": 2, "sentences": 1, "words_per_sentence": 2.0},
    }


def test_article_lengths_with_no_sentences_is_not_a_division_error():
    articles = pd.DataFrame({"article_id": ["a"], "text": ["One."]})
    lengths = framing.article_lengths(articles, pd.DataFrame({"article_id": [], "sentence": []}))
    assert lengths.loc["a", "sentences"] == 0 and pd.isna(lengths.loc["a", "words_per_sentence"])


def test_article_lengths_needs_both_tables():
    with pytest.raises(ValueError, match="sentences table has no column"):
        framing.article_lengths(pd.DataFrame({"article_id": ["a"], "text": ["x"]}), pd.DataFrame({"x": []}))
