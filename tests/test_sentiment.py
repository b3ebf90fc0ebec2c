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


@pytest.mark.parametrize(
    "function",
    [
        framing.textblob_scores,
        framing.vader_compound,
        framing.scored_words,
        framing.vader_scored_words,
        framing.sentiment.plain_punctuation,
        framing.sentiment.word_ratings,
    ],
)
def test_scores_refuse_non_text(function):
    with pytest.raises(TypeError, match="expected a string"):
        function(None if function is not framing.sentiment.word_ratings else [None])


def test_scored_words_show_what_drove_a_score():
    assert framing.scored_words("dignitaries from at least 70 countries").values.tolist() == [["least", -0.3, 0.4]]
    assert framing.scored_words("Iraq hosts US troops.").empty
    assert framing.vader_scored_words("Political parties met.").values.tolist() == [["parties", 1.7, 1.7]]
    assert framing.vader_scored_words("Nothing here.").empty and list(framing.vader_scored_words("").columns) == [
        "word",
        "rating",
        "valence",
    ]


# --- VADER: typography, its own tokens, the compound score ---

CURLY = "Prior to the journey, he stated, “We are planning to sign several agreements,” according to Iran’s state television."


def test_plain_punctuation_straightens_quotes_and_changes_nothing_else():
    straight = framing.sentiment.plain_punctuation(CURLY)
    assert (
        "“" not in straight
        and "”" not in straight
        and "’" not in straight
        and '"We are planning' in straight
        and "Iran's" in straight
    )
    assert len(straight) == len(CURLY)
    assert framing.sentiment.plain_punctuation("‘a’ „b‟ said—then… 2003–2004") == "'a' \"b\" said - then... 2003 - 2004"
    assert (
        framing.sentiment.plain_punctuation("No change here, 'plain' \"ASCII\".")
        == "No change here, 'plain' \"ASCII\"."
    )


def test_vader_scores_a_word_touching_a_curly_quotation_mark():
    """The same quotation typed with curly or straight marks scores the same; as typed, VADER misses the curly one."""
    straight = CURLY.replace("“", '"').replace("”", '"').replace("’", "'")
    assert framing.vader_compound(CURLY) == framing.vader_compound(straight) == 0.2732
    assert framing.vader_compound(CURLY, straighten=False) == 0.0
    assert framing.vader_scored_words(CURLY)["word"].tolist() == ["agreements"]
    assert framing.vader_scored_words(CURLY, straighten=False).empty
    assert (
        framing.vader_compound("I don’t like it") == framing.vader_compound("I don't like it") < 0
    )  # a curly apostrophe hid the negation


def test_vader_scored_words_are_vaders_own_tokens_and_valences():
    """The words listed are those VADER used, and their valences add up to VADER's compound score."""
    from framing.sentiment import _vader, _vader_valences

    analyzer = _vader()
    texts = framing.split_sentences(framing.clean_articles(framing.load_articles(STORY_DIR)))["sentence"].tolist()
    texts += [
        "",
        "Not bad at all!!",
        "It is good but the war is bad?",
        "kind of good",
        "no good",
        "VERY GOOD news",
        "great 😀 day",
        "not a very good plan",
    ]
    for raw in texts:
        text = framing.sentiment.plain_punctuation(raw)
        _, valences = _vader_valences(text)
        assert analyzer.score_valence(valences, text)["compound"] == framing.vader_compound(raw), raw
    # "agreements" touching a curly mark is not a word VADER used: it is not listed as one
    assert "agreements" not in framing.vader_scored_words(CURLY, straighten=False)["word"].tolist()
    # negation looks back three words, and "no" before a rated word is a negation with no valence of its own
    assert framing.vader_scored_words("not a very good plan")["valence"].tolist()[0] < 0
    assert framing.vader_scored_words("not at all a good plan")["valence"].tolist()[0] > 0
    assert framing.vader_scored_words("no good")["valence"].tolist() == [0.0, -1.406]
    words = framing.vader_scored_words("Iranian influence has grown since a bloody eight-year war.")
    total = words["valence"].sum()
    assert round(total / (total**2 + 15) ** 0.5, 4) == framing.vader_compound(
        "Iranian influence has grown since a bloody eight-year war."
    )


def test_word_ratings_tell_unlisted_from_zero():
    table = framing.sentiment.word_ratings(["war", "bloody", "genocide", "moderate"])
    assert list(table.columns) == ["textblob", "vader"] and list(table.index) == [
        "war",
        "bloody",
        "genocide",
        "moderate",
    ]
    assert math.isnan(table.loc["war", "textblob"]) and table.loc["war", "vader"] == -2.9
    assert table.loc["moderate", "textblob"] == 0.0 and math.isnan(
        table.loc["moderate", "vader"]
    )  # listed at 0 is not unlisted
    assert table.loc["bloody"].tolist() == [-0.8, -1.9] and table.loc["genocide"].isna().all()
    assert framing.sentiment.word_ratings("War").loc["War", "vader"] == -2.9


def test_sentence_sentiment_adds_three_columns_and_keeps_the_input():
    scored = framing.sentence_sentiment(SENTENCES)
    assert list(scored.columns) == [
        "article_id",
        "sentence_no",
        "sentence",
        "polarity",
        "subjectivity",
        "vader_compound",
    ]
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
    table = pd.DataFrame(
        {"article_id": ["a", "a"], "sentence_no": [1, 2], "sentence": ["Tell us more.", "US troops left."]}
    )
    assert framing.find_pattern(table, us)["sentence_no"].tolist() == [2]
    iran = actors.set_index("actor").loc["Iran", "pattern"]
    table = pd.DataFrame(
        {"article_id": ["a", "a"], "sentence_no": [1, 2], "sentence": ["Iran-aligned groups.", "Iran’s president."]}
    )
    assert framing.find_pattern(table, iran)["sentence_no"].tolist() == [2]


# --- hand codes and agreement ---


def write_codes(tmp_path, text):
    path = tmp_path / "codes.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_hand_codes_checks_labels_and_sentences(tmp_path):
    path = write_codes(
        tmp_path,
        "article_id,sentence_no,sentence,label\na,1,A bloody war in Gaza.,negative\nb,1,Hamas said nothing.,neutral\n",
    )
    assert framing.load_hand_codes(path, SENTENCES)["label"].tolist() == ["negative", "neutral"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("article_id,sentence_no,label\na,1,negative\n", r"codes\.csv: line 1: missing column\(s\) sentence"),
        (
            "article_id,sentence_no,sentence,label\na,1,A bloody war in Gaza.,bad\n",
            r"codes\.csv: line 2: label 'bad' is not one of negative, neutral, positive",
        ),
        (
            "article_id,sentence_no,sentence,label\na,1,A bloody war in Gaza.,negative\na,1,A bloody war in "
            "Gaza.,neutral\n",
            r"line 3: sentence a 1 is coded twice",
        ),
        (
            "article_id,sentence_no,sentence,label\na,9,Gone.,neutral\n",
            r"line 2: there is no sentence 9 in article 'a'",
        ),
        (
            "article_id,sentence_no,sentence,label\na,1,A peaceful day.,neutral\n",
            r"line 2: sentence 1 of 'a' now reads 'A bloody war in Gaza\.'",
        ),
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
    with pytest.raises(HandCodingError, match=r"bad\.csv: line 2, column 8: not UTF-8 text"):
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
    assert (
        table.loc["negative", "negative"] == 1
        and table.loc["negative", "neutral"] == 1
        and table.loc["positive", "negative"] == 1
    )
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


def test_weighted_kappa_counts_a_miss_by_its_distance():
    truth = ["negative", "neutral", "positive", "negative"]
    near, far = ["neutral", "neutral", "positive", "negative"], ["positive", "neutral", "positive", "negative"]
    # unweighted, a near miss and a far miss cost the same; weighted, the far one costs more
    assert framing.cohen_kappa(truth, near, labels=framing.LABELS) == pytest.approx(
        framing.cohen_kappa(truth, far, labels=framing.LABELS)
    )
    assert framing.cohen_kappa(truth, near, labels=framing.LABELS, weights="linear") > framing.cohen_kappa(
        truth, far, labels=framing.LABELS, weights="linear"
    )
    # by hand: observed disagreement 1/6, expected 7/18, kappa 1 - 3/7
    assert framing.cohen_kappa(truth[:3], near[:3], labels=framing.LABELS, weights="linear") == pytest.approx(4 / 7)
    assert framing.cohen_kappa(truth, truth, labels=framing.LABELS, weights="quadratic") == 1.0
    # with two labels, every weighting is the plain kappa
    first, second = ["a", "a", "b", "b", "a"], ["a", "b", "b", "b", "b"]
    assert framing.cohen_kappa(first, second, labels=["a", "b"], weights="linear") == pytest.approx(
        framing.cohen_kappa(first, second)
    )


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"weights": "linear"}, "needs the labels in their order"),
        ({"weights": "cubic", "labels": ["a", "b"]}, "weights must be None, 'linear' or 'quadratic'"),
        ({"labels": ["a"]}, "labels not in the list of labels: b"),
    ],
)
def test_cohen_kappa_bad_input(kwargs, message):
    with pytest.raises(ValueError, match=message):
        framing.cohen_kappa(["a", "b"], ["a", "b"], **kwargs)


def test_kappa_range_one_change():
    from framing.agreement import kappa_range_one_change

    truth, coded = ["a", "a", "a", "a", "b", "c"], ["a", "a", "a", "a", "b", "c"]
    low, high = kappa_range_one_change(truth, coded)
    assert low < high < 1.0  # any change from perfect agreement lowers kappa, some changes more than others
    kappas = []
    for i in range(6):
        for label in "abc":
            if label != coded[i]:
                kappas.append(framing.cohen_kappa(truth, coded[:i] + [label] + coded[i + 1 :], labels="abc"))
    assert (low, high) == (round(min(kappas), 4), round(max(kappas), 4))
    with pytest.raises(ValueError, match="only one label"):
        kappa_range_one_change(["a", "a"], ["a", "a"])
    with pytest.raises(ValueError, match="different lengths"):
        kappa_range_one_change(["a"], ["a", "b"])


def test_codes_by_article_and_discordant_pairs():
    from framing.agreement import codes_by_article, discordant_pairs

    codes = pd.DataFrame(
        {"article_id": ["b", "b", "a", "a", "a"], "label": ["positive", "positive", "negative", "neutral", "positive"]}
    )
    table = codes_by_article(codes)
    assert (
        list(table.index) == ["b", "a"]
        and table.loc["b"].tolist() == [2, 0, 0, 2, 1.0]
        and table.loc["a", "net_share"] == 0.0
    )
    with pytest.raises(ValueError, match="hand codes table has no column"):
        codes_by_article(pd.DataFrame({"article_id": ["a"]}))
    net = pd.Series({"a": -0.2, "b": 0.1, "c": 0.1})
    assert discordant_pairs(
        net, pd.Series({"a": -1, "b": 5, "c": 2})
    ).empty  # b and c tie in the reference: not compared
    assert discordant_pairs(net, pd.Series({"a": 3, "b": 3, "c": 4})).values.tolist() == [
        ["a", "b"]
    ]  # a tie in the other counts
    with pytest.raises(ValueError, match="same items"):
        discordant_pairs(net, pd.Series({"a": 1}))
    with pytest.raises(ValueError, match="missing values"):
        discordant_pairs(net, pd.Series({"a": 1, "b": None, "c": 2}))


def test_revised_hand_codes_say_so_and_did_not_favour_vader():
    """data/README.md: seven codes were revised after the tools' results were known; the revision lowered VADER's
    agreement and raised TextBlob's. The first codes are rebuilt from the notes ("revised in issue 13, first coded X")."""
    sentences = framing.split_sentences(framing.clean_articles(framing.load_articles(STORY_DIR)))
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    first = codes["note"].str.extract(r"^revised in issue 13, first coded (negative|neutral|positive)\b")[0]
    assert first.notna().sum() == 7 and (first.dropna() != codes.loc[first.notna(), "label"]).all()
    assert (first.dropna() == "negative").sum() == 6 and (first.dropna() == "neutral").sum() == 1
    assert (codes.loc[first.notna(), "label"].value_counts().to_dict()) == {"neutral": 6, "positive": 1}
    first_codes = codes.assign(label=first.fillna(codes["label"]))
    compared = codes.merge(framing.sentence_sentiment(sentences), on=["article_id", "sentence_no", "sentence"])
    tools = {"TextBlob": framing.to_label(compared["polarity"]), "VADER": framing.to_label(compared["vader_compound"])}
    now = {name: framing.accuracy(compared["label"], labels) for name, labels in tools.items()}
    before = {name: framing.accuracy(first_codes["label"], labels) for name, labels in tools.items()}
    assert now["VADER"] < before["VADER"] and now["TextBlob"] > before["TextBlob"]


def test_sentence_scores_chart():
    scored = framing.sentence_sentiment(SENTENCES)
    figure = framing.plot_sentence_scores(scored, title="Scores")
    assert len(figure.axes) == 2 and figure.legends
    assert all(ax.get_ylabel() == "Score" for ax in figure.axes) and figure.axes[-1].get_xlabel().startswith(
        "Sentence number"
    )
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


def test_codes_as_first_made_flip_the_textblob_comparison_but_not_kappa():
    """Review 00-05 finding 21: on the codes as first made, 'always negative' agrees on 34 of 78 (0.436) and TextBlob
    on 0.385, below it; on the revised codes TextBlob is above it (0.41 against 0.36). Kappa is 0.12 either way."""
    sentences = framing.split_sentences(framing.clean_articles(framing.load_articles(STORY_DIR)))
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    first = framing.codes_as_first_made(codes)
    assert (
        first["revised"].sum() == 7
        and (first.loc[first["revised"], "label"] != codes.loc[first["revised"], "label"]).all()
    )
    labels = framing.sentiment_tool_labels(codes, framing.sentence_sentiment(sentences))
    tools = {"TextBlob": labels["TextBlob"]}
    now = framing.compared_with_rule(codes["label"], tools, framing.LABELS)
    before = framing.compared_with_rule(first["label"], tools, framing.LABELS)
    assert now.loc["TextBlob", "agreement"] > now.loc["always 'negative'", "agreement"]
    assert before.loc["TextBlob", "agreement"] < before.loc["always 'negative'", "agreement"]
    assert (before.loc["always 'negative'", "agreed"], round(before.loc["TextBlob", "agreed"] / 78, 3)) == (34, 0.385)
    assert now.loc["TextBlob", "kappa"] == before.loc["TextBlob", "kappa"] == 0.12


def test_codes_as_first_made_bad_input():
    with pytest.raises(ValueError, match="no column.s. note"):
        framing.codes_as_first_made(pd.DataFrame({"label": ["neutral"]}))
    same = pd.DataFrame({"label": ["neutral"], "note": ["no revision"]})
    assert framing.codes_as_first_made(same)["label"].tolist() == ["neutral"]


def test_order_kept_share_of_the_course_ranking():
    """Review 00-05 finding 23: VADER's article means keep the hand codes' order in about 13% of resamples of the
    sentences, TextBlob's in about 3% (the reviewer's bootstrap: 13% and 3%)."""
    sentences = framing.split_sentences(framing.clean_articles(framing.load_articles(STORY_DIR)))
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    compared = codes.merge(framing.sentence_sentiment(sentences), on=["article_id", "sentence_no", "sentence"])
    kept = framing.order_kept_share(compared, ["vader_compound", "polarity"])
    assert 0.10 <= kept["vader_compound"] <= 0.16 and 0.01 <= kept["polarity"] <= 0.05, kept
    assert kept.equals(framing.order_kept_share(compared, ["vader_compound", "polarity"]))  # seeded


def test_order_kept_share_reverse_and_bad_input():
    compared = pd.DataFrame(
        {"article_id": list("aabb"), "label": ["negative"] * 2 + ["positive"] * 2, "up": [-1, -1, 1, 1]}
    )
    assert framing.order_kept_share(compared.assign(down=-compared["up"]), ["up", "down"], draws=100).tolist() == [
        1.0,
        0.0,
    ]
    with pytest.raises(ValueError, match="100 or more"):
        framing.order_kept_share(compared, "up", draws=10)
    with pytest.raises(ValueError, match="labels other than negative, neutral, positive: 'Positive'"):
        framing.order_kept_share(compared.assign(label="Positive"), "up", draws=100)
    with pytest.raises(ValueError, match="no column.s. score"):
        framing.order_kept_share(compared, "score")


def test_sentiment_by_voice_of_the_course_story():
    """Issue 24: lesson 03 scores own-voice and quoted sentences apart. 22 of the 28 sentences coded negative are in
    the outlets' own voice; strategic-partnership's VADER mean is -0.189 over its own voice, its one reported
    sentence (Araghchi's) +0.84."""
    clean = framing.clean_articles(framing.load_articles(STORY_DIR))
    sentences = framing.split_sentences(clean)
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    compared = framing.sentiment_tool_labels(codes, framing.sentence_sentiment(sentences))
    voices = framing.sentence_voices(clean, framing.find_attributions(clean))
    overall = framing.sentiment_by_voice(compared, voices, by_article=False)
    assert overall.index.tolist() == ["own", "quoted", "reported"] and overall["sentences"].sum() == 78
    assert overall.loc["own", "negative"] == 22 and overall["negative"].sum() == 28
    by_article = framing.sentiment_by_voice(compared, voices)
    assert by_article.loc[("strategic-partnership", "reported"), "vader_compound"] == 0.84
    assert by_article.loc[("strategic-partnership", "own"), "vader_compound"] == -0.189
    assert list(dict.fromkeys(by_article.index.get_level_values(0))) == list(clean["article_id"])


def test_sentiment_by_voice_without_codes_and_bad_input():
    scores = pd.DataFrame({"article_id": ["a", "a"], "sentence_no": [1, 2], "polarity": [0.5, 0.0],
                           "vader_compound": [0.2, -0.2]})  # fmt: skip
    voices = pd.DataFrame({"article_id": ["a", "a"], "sentence_no": [1, 2], "voice": ["reported", "own"]})
    table = framing.sentiment_by_voice(scores, voices)
    assert table.columns.tolist() == ["sentences", "polarity", "vader_compound"]
    assert table.index.tolist() == [("a", "own"), ("a", "reported")]
    with pytest.raises(ValueError, match="sentence 2 of 'a' has no voice"):
        framing.sentiment_by_voice(scores, voices.head(1))
    with pytest.raises(ValueError, match="no column.s. voice; make it with sentence_voices"):
        framing.sentiment_by_voice(scores, voices.drop(columns="voice"))
    with pytest.raises(ValueError, match="no column.s. vader_compound; make it with sentence_sentiment"):
        framing.sentiment_by_voice(scores.drop(columns="vader_compound"), voices)
