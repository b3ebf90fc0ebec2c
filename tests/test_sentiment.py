"""Sentiment scores, actor summaries, hand codes and agreement measures."""

import math

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import framing  # noqa: E402
from framing.agreement import HandCodingError  # noqa: E402
from paths import STORY_DIR  # noqa: E402

SENTENCES = pd.DataFrame(
    {
        "article_id": ["a", "a", "b"],
        "sentence_no": [1, 2, 1],
        "sentence": ["A bloody war in Gaza.", "Iran and the US signed a good agreement.", "Hamas said nothing."],
    }
)


def test_textblob_and_vader_scores_work_offline():
    assert framing.textblob_scores("a bloody eight-year war") == (-0.8, 0.9)
    assert framing.textblob_scores("It was not good.")[0] < 0
    assert framing.vader_compound("the war") < 0 and framing.vader_compound("a good agreement") > 0
    assert framing.textblob_scores("") == (0.0, 0.0) and framing.vader_compound("") == 0.0


@pytest.mark.parametrize("function", [framing.textblob_scores, framing.vader_compound, framing.scored_words, framing.vader_scored_words])
def test_scores_refuse_non_text(function):
    with pytest.raises(TypeError, match="expected a string"):
        function(None)


def test_scored_words_show_what_drove_a_score():
    assert framing.scored_words("dignitaries from at least 70 countries").values.tolist() == [["least", -0.3, 0.4]]
    assert framing.scored_words("Iraq hosts US troops.").empty
    assert framing.vader_scored_words("Political parties met.").values.tolist() == [["parties", 1.7]]


def test_sentence_sentiment_adds_three_columns_and_keeps_the_input():
    scored = framing.sentence_sentiment(SENTENCES)
    assert list(scored.columns) == ["article_id", "sentence_no", "sentence", "polarity", "subjectivity", "vader_compound"]
    assert "polarity" not in SENTENCES.columns
    assert scored.loc[0, "polarity"] == -0.8 and scored.loc[2, "polarity"] == 0.0
    with pytest.raises(ValueError, match="sentences table has no column"):
        framing.sentence_sentiment(pd.DataFrame({"article_id": ["a"]}))


def test_story_sentiment_scores_every_sentence_of_a_folder(make_story):
    folder = make_story({"one.txt": "3 MIN READ\nA bloody war. A good day.\n", "two.txt": "Nothing here.\n"})
    scored = framing.story_sentiment(folder)
    assert scored[["article_id", "sentence_no"]].values.tolist() == [["one", 1], ["one", 2], ["two", 1]]
    assert scored["polarity"].tolist()[0] < 0 < scored["polarity"].tolist()[1]


def test_story_sentiment_bad_folder_names_the_problem(tmp_path):
    with pytest.raises(framing.ArticleLoadError, match="story folder not found"):
        framing.story_sentiment(tmp_path / "missing")


def test_to_label_band():
    assert framing.to_label([-0.06, -0.05, 0.05, 0.06]).tolist() == ["negative", "neutral", "neutral", "positive"]
    assert framing.to_label([0.2, -0.2], band=0.3).tolist() == ["neutral", "neutral"]
    with pytest.raises(ValueError, match="band must be"):
        framing.to_label([0.1], band=-1)
    with pytest.raises(ValueError, match="missing values"):
        framing.to_label([float("nan")])


def test_sentiment_by_article_reports_counts():
    table = framing.sentiment_by_article(framing.sentence_sentiment(SENTENCES))
    assert table.loc["a", "sentences"] == 2 and table.loc["b", "sentences"] == 1
    assert table.loc["b", "share_scored_zero"] == 1.0
    assert list(table.index) == ["a", "b"]


def test_sentiment_by_actor_counts_sentences_and_leaves_gaps_empty():
    actors = pd.DataFrame({"actor": ["Iran", "Hamas"], "pattern": [r"\bIran\b", "Hamas"]})
    table = framing.sentiment_by_actor(framing.sentence_sentiment(SENTENCES), actors)
    iran_a = table[(table["actor"] == "Iran") & (table["article_id"] == "a")].iloc[0]
    assert iran_a["sentences"] == 1
    iran_b = table[(table["actor"] == "Iran") & (table["article_id"] == "b")].iloc[0]
    assert iran_b["sentences"] == 0 and math.isnan(iran_b["polarity"])
    shown = framing.with_counts(table)
    assert shown.loc["Iran", "b"] == "no sentences" and shown.loc["Hamas", "b"] == "0.00 (n = 1)"


def test_story_actors_file_is_valid_and_us_pattern_is_case_sensitive():
    actors = framing.load_actors(STORY_DIR / "actors.csv")
    us = actors.set_index("actor").loc["United States", "pattern"]
    table = pd.DataFrame({"article_id": ["a", "a"], "sentence_no": [1, 2], "sentence": ["Tell us more.", "US troops left."]})
    assert framing.find_pattern(table, us)["sentence_no"].tolist() == [2]
    iran = actors.set_index("actor").loc["Iran", "pattern"]
    table = pd.DataFrame({"article_id": ["a", "a"], "sentence_no": [1, 2], "sentence": ["Iran-aligned groups.", "Iran’s president."]})
    assert framing.find_pattern(table, iran)["sentence_no"].tolist() == [2]


# --- hand codes and agreement ---

def write_codes(tmp_path, text):
    path = tmp_path / "codes.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_hand_codes_checks_labels_and_sentences(tmp_path):
    path = write_codes(tmp_path, 'article_id,sentence_no,sentence,label\na,1,A bloody war in Gaza.,negative\nb,1,Hamas said nothing.,neutral\n')
    assert framing.load_hand_codes(path, SENTENCES)["label"].tolist() == ["negative", "neutral"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("article_id,sentence_no,label\na,1,negative\n", r"codes\.csv: missing column\(s\) sentence"),
        ("article_id,sentence_no,sentence,label\na,1,A bloody war in Gaza.,bad\n", r"codes\.csv: line 2: label 'bad' is not one of negative, neutral, positive"),
        ("article_id,sentence_no,sentence,label\na,1,A bloody war in Gaza.,negative\na,1,A bloody war in Gaza.,neutral\n", r"line 3: sentence a 1 is coded twice"),
        ("article_id,sentence_no,sentence,label\na,9,Gone.,neutral\n", r"line 2: there is no sentence 9 in article 'a'"),
        ("article_id,sentence_no,sentence,label\na,1,A peaceful day.,neutral\n", r"line 2: sentence 1 of 'a' now reads 'A bloody war in Gaza\.'"),
    ],
)
def test_load_hand_codes_errors(tmp_path, text, message):
    with pytest.raises(HandCodingError, match=message):
        framing.load_hand_codes(write_codes(tmp_path, text), SENTENCES)


def test_load_hand_codes_missing_and_unreadable_files(tmp_path):
    with pytest.raises(HandCodingError, match="file not found"):
        framing.load_hand_codes(tmp_path / "none.csv")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"article_id,sentence_no,sentence,label\na,1,caf\xe9,neutral\n")
    with pytest.raises(HandCodingError, match=r"bad\.csv: cannot be read as a UTF-8 CSV"):
        framing.load_hand_codes(bad)


def test_story_hand_codes_match_the_current_sentences():
    clean = framing.clean_articles(framing.load_articles(STORY_DIR))
    sentences = framing.split_sentences(clean)
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    assert len(codes) >= 40
    assert len(codes) == len(sentences), "every sentence of the story is coded"


def test_accuracy_and_confusion_table():
    truth, predicted = ["negative", "negative", "neutral", "positive"], ["negative", "neutral", "neutral", "negative"]
    assert framing.accuracy(truth, predicted) == 0.5
    table = framing.confusion_table(truth, predicted)
    assert table.loc["negative", "negative"] == 1 and table.loc["negative", "neutral"] == 1 and table.loc["positive", "negative"] == 1
    assert table.to_numpy().sum() == 4 and list(table.columns) == list(framing.LABELS)
    with pytest.raises(ValueError, match="different lengths"):
        framing.accuracy(["a"], ["a", "b"])
    with pytest.raises(ValueError, match="nothing to compare"):
        framing.confusion_table([], [])


def test_cohen_kappa_known_values():
    # Worked example: 50 items, agreement 0.7, chance agreement 0.5, kappa 0.4.
    first = ["yes"] * 25 + ["no"] * 25
    second = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert framing.cohen_kappa(first, second) == pytest.approx(0.4)
    assert framing.cohen_kappa(["a", "a"], ["a", "a"]) == 1.0
    assert framing.cohen_kappa(["a", "b", "a", "b"], ["b", "a", "b", "a"]) == pytest.approx(-1.0)


def test_sentence_scores_chart():
    scored = framing.sentence_sentiment(SENTENCES)
    figure = framing.plot_sentence_scores(scored, title="Scores")
    assert len(figure.axes) == 2 and figure.legends
    assert all(ax.get_ylabel() == "Score" for ax in figure.axes) and figure.axes[-1].get_xlabel().startswith("Sentence number")
    plt.close("all")
    assert framing.describe_sentence_scores(scored).startswith("One panel per article")
    with pytest.raises(ValueError, match="sentence_sentiment"):
        framing.plot_sentence_scores(pd.DataFrame(), title="x")


def test_textblob_scores_are_textblobs_own_numbers():
    """textblob_scores calls TextBlob's analyser function directly (3 × faster); the numbers must be TextBlob's."""
    from textblob import TextBlob

    sentences = framing.split_sentences(framing.clean_articles(framing.load_articles(STORY_DIR)))["sentence"].tolist()
    sentences += ["", "Not bad at all!!", "very very good :)", "I don't like it", "A bloody eight-year war."]
    for sentence in sentences:
        blob = TextBlob(sentence).sentiment
        assert framing.textblob_scores(sentence) == (round(blob.polarity, 4), round(blob.subjectivity, 4)), sentence
