"""framing.voice: the article's own voice, the words it quotes and the speech it reports, kept apart."""

import pandas as pd
import pytest

import framing
from framing.voice import VOICES, own_voice_articles, sentence_voices, voice_of_matches, voice_spans, voice_words

TEXT = (
    "Officials said the talks went well. “We are ready,” Ali said.\n\n"
    "The minister called the plan “a disaster” for workers, unions said."
)


def articles(text=TEXT):
    return pd.DataFrame({"article_id": ["a"], "text": [text]})


def test_quoted_reported_and_own_voices_from_the_attributions():
    found = framing.find_attributions(articles())
    spans = voice_spans(TEXT, found)
    voices = {TEXT[a:b]: v for a, b, v in spans}
    assert voices["We are ready,"] == "quoted" and voices["a disaster"] == "quoted"
    assert voices["the talks went well"] == "reported"
    assert all(v in VOICES for _, _, v in spans)
    words = voice_words(articles(), found).set_index("word")["voice"]
    assert words["officials"] == "own" and words["ready"] == "quoted" and words["talks"] == "reported"


def test_a_partly_quoted_clause_is_reported_around_its_quoted_words():
    text = 'The minister called the plan "a disaster" for workers, unions said.'
    statements = pd.DataFrame({"kind": ["direct"], "start": [0], "end": [text.index(", unions")]})
    spans = [(text[a:b], v) for a, b, v in voice_spans(text, statements)]
    assert spans == [
        ('The minister called the plan "', "reported"),
        ("a disaster", "quoted"),
        ('" for workers', "reported"),
    ]


def test_without_attributions_only_quotations_are_marked():
    assert [v for _, _, v in voice_spans(TEXT)] == ["quoted", "quoted"]


def test_sentences_take_the_voice_of_most_of_their_words():
    table = sentence_voices(articles(), framing.find_attributions(articles()))
    assert list(table.columns) == ["article_id", "sentence_no", *VOICES, "voice"]
    assert table[list(VOICES)].sum(axis=1).round(3).eq(1.0).all()
    assert len(table) == len(framing.split_sentences(articles()))
    quoted = sentence_voices(articles("“We will sign three deals today,” she said."))
    assert quoted["voice"].tolist() == ["quoted"]


def test_own_voice_keeps_positions_and_line_breaks():
    own = own_voice_articles(articles(), framing.find_attributions(articles()))["text"].iloc[0]
    assert len(own) == len(TEXT) and own.count("\n") == TEXT.count("\n")
    assert "ready" not in own and "disaster" not in own and "Officials" in own


def test_matches_take_the_voice_where_they_stand():
    text = 'Gaza was calm. He said: "Gaza is calm."'
    found = pd.DataFrame({"article_id": ["a", "a"], "sentence_no": [1, 2], "match": ["Gaza", "Gaza"]})
    assert voice_of_matches(found, articles(text)).tolist() == ["own", "quoted"]


@pytest.mark.parametrize(
    "call",
    [
        lambda: voice_spans(TEXT, pd.DataFrame({"kind": ["indirect"]})),
        lambda: voice_words(pd.DataFrame({"text": ["x"]})),
        lambda: voice_of_matches(pd.DataFrame({"article_id": ["a"]}), articles()),
    ],
)
def test_missing_columns_are_named(call):
    with pytest.raises(ValueError, match="column"):
        call()


def test_the_course_story_sentences_line_up_with_split_sentences(course):
    table = sentence_voices(course.clean, course.attributions)
    assert (
        table[["article_id", "sentence_no"]].values.tolist()
        == course.sentences[["article_id", "sentence_no"]].values.tolist()
    )
    assert set(table["voice"]) <= set(VOICES) and (table["voice"] == "own").sum() > len(table) / 2
