"""Claims of lesson 03 and its solution (see tests/claims/__init__.py)."""

import ast
import functools

import framing
from claims import Claim, quick_checks
from course_story import course_story
from framing.agreement import kappa_range_one_change
from framing.sentiment import word_ratings
from paths import STORY_DIR
from tools import course


@functools.cache
def _data():
    """Sentences, scores, hand codes and the comparison table, as the lesson builds them."""
    sentences = framing.split_sentences(course_story().clean)
    scores = course_story().scores
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    compared = codes.merge(scores, on=["article_id", "sentence_no", "sentence"])
    compared["textblob"], compared["vader"] = (
        framing.to_label(compared["polarity"]),
        framing.to_label(compared["vader_compound"]),
    )
    return sentences, scores, codes, compared


def _sentence(article_id, number):
    scores = _data()[1]
    return scores[(scores["article_id"] == article_id) & (scores["sentence_no"] == number)].iloc[0]


def _containing(words):
    scores = _data()[1]
    return scores[scores["sentence"].str.contains(words, regex=False)]


def no_exclamation_or_question_mark():
    sentences = _data()[0]
    assert len(sentences) == 78 and not sentences["sentence"].str.contains(r"[!?]").any(), "a sentence has ! or ?"


def negative_called_neutral_net_to_nothing():
    """TextBlob's 17 neutral calls on negative codes: scores within the neutral band, "several" and "middle" among them."""
    compared = _data()[3]
    missed = compared[(compared["label"] == "negative") & (compared["textblob"] == "neutral")]
    assert len(missed) == 17 and (missed["polarity"].abs() <= 0.05).all()
    for word in ("several", "middle"):
        assert missed["sentence"].str.contains(rf"(?i)\b{word}\b").any(), word


def half_score_zero_in_four_articles():
    zero = framing.sentiment_by_article(_data()[1])["share_scored_zero"]
    assert zero.drop("strategic-partnership").between(0.46, 0.54).all() and zero["strategic-partnership"] == 0.27, zero


def hamas_and_israel_sentences():
    by_actor = framing.sentiment_by_actor(_data()[1], framing.load_actors(STORY_DIR / "actors.csv")).set_index(
        ["actor", "article_id"]
    )["sentences"]
    assert sorted(by_actor["Hamas"].tolist()) == [0, 0, 1, 1, 1], by_actor["Hamas"]
    assert set(by_actor["Israel"]) <= {2, 3}, by_actor["Israel"]


def armed_groups_positive_in_four():
    by_actor = framing.sentiment_by_actor(_data()[1], framing.load_actors(STORY_DIR / "actors.csv"))
    armed = by_actor[by_actor["actor"] == "armed groups"].set_index("article_id")
    assert (armed["polarity"] > 0).sum() == 4, armed
    israel = by_actor[(by_actor["actor"] == "Israel") & (by_actor["article_id"] == "visits-baghdad")].iloc[0]
    assert israel["sentences"] == 2 and round(israel["polarity"], 2) == 0.40


def textblob_lists_none_of_the_war_words():
    ratings = word_ratings(["war", "strikes", "militias", "atrocities", "genocide"])
    assert ratings["textblob"].isna().all(), ratings


def tit_for_tat_most_positive():
    row = _sentence("visits-baghdad", 5)
    assert (
        "tit-for-tat strikes" in row["sentence"]
        and row["polarity"] == _data()[1].query("article_id == 'visits-baghdad'")["polarity"].max() == 0.8
    )


def no_casualties_scores_negative():
    assert framing.vader_compound("no casualties") < 0 and framing.vader_scored_words(
        "no casualties"
    ).values.tolist() == [["no", -1.2, -1.2]]


def casualty_sentences():
    rows = _containing("casualties").set_index("article_id")
    assert list(rows.index) == ["strategic-partnership", "next-door-iraq"]
    assert "no immediate details on damages or casualties reported" in rows.loc["strategic-partnership", "sentence"]
    assert "had not resulted in casualties" in rows.loc["next-door-iraq", "sentence"]
    assert (rows["polarity"] == 0).all() and (rows["vader_compound"] < -0.05).all()
    words = {a: framing.vader_scored_words(s)["word"].tolist() for a, s in rows["sentence"].items()}
    assert words == {"strategic-partnership": ["unclear", "no", "damages"], "next-door-iraq": ["damage", "attack"]}, (
        words
    )
    assert word_ratings(["explosion", "casualties"])["vader"].isna().all()


def curly_marks_hide_a_word():
    text = _sentence("visits-baghdad", 6)["sentence"]
    assert "agreements,”" in text and framing.vader_scored_words(text, straighten=False).empty
    assert framing.vader_scored_words(text)["word"].tolist() == ["agreements"]


def seventy_eight_codes_seven_revised():
    sentences, _, codes, _ = _data()
    revised = codes["note"].str.startswith("revised in issue 13")
    assert len(codes) == len(sentences) == 78 and revised.sum() == 7


def negative_is_the_most_common_code():
    counts = _data()[2]["label"].value_counts()
    assert counts.idxmax() == "negative" and counts["negative"] > counts.drop("negative").max(), counts


def accuracies():
    compared = _data()[3]
    textblob = round(framing.accuracy(compared["label"], compared["textblob"]), 2)
    vader = round(framing.accuracy(compared["label"], compared["vader"]), 2)
    always = round((compared["label"] == "negative").mean(), 2)
    assert (textblob, always, vader) == (0.41, 0.36, 0.68), (textblob, always, vader)
    assert len(compared) == 78


def vader_confusion():
    table = framing.confusion_table(_data()[3]["label"], _data()[3]["vader"])
    assert (
        table.loc["negative"].tolist() == [23, 3, 2]
        and table.loc["neutral", "positive"] == 13
        and table.loc["neutral"].sum() == 25
    ), table


def casualty_codes_agree():
    compared = _data()[3]
    rows = compared[compared["sentence"].str.contains("casualties")]
    assert (rows["label"] == "negative").all() and (rows["vader"] == "negative").all(), rows


def kappas():
    compared = _data()[3]
    values = [
        round(framing.cohen_kappa(compared["label"], compared["textblob"]), 2),
        round(framing.cohen_kappa(compared["label"], compared["vader"]), 2),
        round(framing.cohen_kappa(compared["textblob"], compared["vader"]), 2),
    ]
    assert values == [0.12, 0.52, 0.26], values


def tools_disagree():
    compared = _data()[3]
    assert framing.accuracy(compared["textblob"], compared["vader"]) < 0.6


def weighted_kappas_and_one_step_misses():
    compared = _data()[3]
    weighted = [
        round(framing.cohen_kappa(compared["label"], compared[t], labels=framing.LABELS, weights="linear"), 2)
        for t in ("textblob", "vader")
    ]
    assert weighted == [0.22, 0.59], weighted
    misses = compared[compared["label"] != compared["textblob"]]
    two_steps = ((misses["label"] == "negative") & (misses["textblob"] == "positive")) | (
        (misses["label"] == "positive") & (misses["textblob"] == "negative")
    )
    assert (~two_steps).sum() > two_steps.sum() * 2


def about_half_score_zero():
    share = (_data()[1]["polarity"] == 0).mean()
    assert 0.4 <= share <= 0.6, share


def misread_words_are_rated():
    ratings = word_ratings(["experienced", "least", "parties", "united"])
    assert ratings.loc[["experienced", "least"], "textblob"].tolist() == [0.8, -0.3]
    assert ratings.loc[["parties", "united"], "vader"].tolist() == [1.7, 1.8]


def negation_reaches_three_words():
    assert (
        framing.vader_compound("not a very successful visit")
        < 0
        < framing.vader_compound("not at all a successful visit")
    )
    assert framing.vader_compound("not resulted in casualties") == 0.0  # nothing listed to turn round


def kappa_swings_on_ten():
    compared = _data()[3]
    ten = compared[compared["article_id"] == "visits-baghdad"].head(10)
    low, high = kappa_range_one_change(ten["label"], ten["vader"], labels=framing.LABELS)
    assert high - low > 0.25, (low, high)


def lowest_polarity_sentence():
    scores = _data()[1]
    lowest = scores[scores["polarity"] == scores["polarity"].min()]
    assert len(lowest) == 1 and lowest.iloc[0]["article_id"] == "next-door-iraq"
    assert len(framing.scored_words(lowest.iloc[0]["sentence"])) == 1


def killing_sentence_scores_mildly():
    row = _sentence("next-door-iraq", 12)
    assert row["sentence"].startswith("The United States has responded with sporadic military strikes that have killed")
    assert framing.scored_words(row["sentence"]).values.tolist() == [
        ["military", -0.1, 0.1],
        ["killed", -0.2, 0.0],
        ["several", 0.0, 0.0],
    ]
    assert row["polarity"] == -0.1 > _data()[1]["polarity"].min()


def example_coding_differs_on_two():
    solution = course.read(course.SOLUTIONS / "03-sentiment-solutions.ipynb")
    line = next(
        line for cell in solution.cells for line in course.source(cell).splitlines() if line.startswith("my_labels = [")
    )
    example = ast.literal_eval(line.split("=", 1)[1].strip())
    codes = _data()[2].query("article_id == 'next-door-iraq' and sentence_no <= 10").set_index("sentence_no")
    differ = [n for n, mine in zip(codes.index, example) if mine != codes.loc[n, "label"]]
    assert differ == [8, 10], differ
    assert "(rule 3)" in codes.loc[8, "note"] and "(rule 6)" in codes.loc[10, "note"]


def check_accuracies_and_kappas():
    accuracies()
    kappas()


CLAIMS = {
    "03.negative-called-neutral-net-to-nothing": Claim(
        negative_called_neutral_net_to_nothing, says="or only words it rates 0 or that cancel out"
    ),
    "03.no-exclamation-or-question-mark": Claim(
        no_exclamation_or_question_mark, says="none of the 78 sentences has either"
    ),
    "03.half-score-zero-in-four-articles": Claim(
        half_score_zero_in_four_articles,
        says="for four of the five articles about half the sentences score exactly 0 in TextBlob (46 to 54 per cent; "
        "27 per cent in `strategic-partnership`)",
    ),
    "03.hamas-and-israel-sentences": Claim(
        hamas_and_israel_sentences,
        says="Hamas is mentioned in one sentence in three articles and in none in the other two; Israel in two or "
        "three sentences per article.",
    ),
    "03.armed-groups-positive-in-four": Claim(
        armed_groups_positive_in_four,
        says="The sentences that mention the armed groups score slightly *positive* in four articles",
    ),
    "03.textblob-lists-none-of-the-war-words": textblob_lists_none_of_the_war_words,
    "03.tit-for-tat-most-positive": tit_for_tat_most_positive,
    "03.no-casualties-scores-negative": Claim(
        no_casualties_scores_negative,
        says="And *no casualties*, which most readers would take as relief, scores negative: *casualties* is not on "
        "VADER's list, so there is nothing to turn round, while *no* is on it, rated -1.2.",
    ),
    "03.casualty-sentences": Claim(
        casualty_sentences,
        says='`strategic-partnership` reports an explosion with "no immediate details on damages or casualties '
        'reported", which says that the harm is not yet known, not that there was none.',
    ),
    "03.casualty-sentences-2": Claim(casualty_sentences, says="TextBlob scores both sentences 0."),
    "03.casualty-sentences-3": Claim(
        casualty_sentences,
        says='VADER scores both negative, on "damage" and "attack" in one, and on "unclear", "no" and "damages" in the '
        "other.",
    ),
    "03.casualty-sentences-4": casualty_sentences,
    "03.curly-marks-hide-a-word": curly_marks_hide_a_word,
    "03.seventy-eight-codes-seven-revised": Claim(
        seventy_eight_codes_seven_revised, says="holds a label for every one of the 78 sentences"
    ),
    "03.seventy-eight-codes-seven-revised-2": Claim(
        seventy_eight_codes_seven_revised, says="seven codes were revised later, with the tools' results known"
    ),
    "03.negative-is-the-most-common-code": negative_is_the_most_common_code,
    "03.accuracies": Claim(
        accuracies,
        says="TextBlob agrees with the hand codes on 41 per cent of the sentences, barely more than a rule that calls "
        "everything negative (36 per cent).",
    ),
    "03.vader-confusion": Claim(
        vader_confusion,
        says="VADER finds most negative sentences (23 of 28), but calls 13 of the 25 neutral sentences positive, and 2 "
        "negative ones too.",
    ),
    "03.casualty-codes-agree": casualty_codes_agree,
    "03.kappas": Claim(kappas, says="And the two tools agree with each other only a little better than chance (0.26)."),
    "03.tools-disagree": Claim(
        tools_disagree, says="Two tools, both called *sentiment analysis*, disagree about the same sentences."
    ),
    "03.weighted-kappas-and-one-step-misses": Claim(
        weighted_kappas_and_one_step_misses,
        says="Weighted, TextBlob's kappa rises to 0.22 and VADER's to 0.59: most of TextBlob's misses are one step",
    ),
    "03.about-half-score-zero": Claim(about_half_score_zero, says="so about half the sentences here score exactly 0"),
    "03.misread-words-are-rated": misread_words_are_rated,
    "03.negation-reaches-three-words": Claim(
        negation_reaches_three_words,
        says="A negation reaches only three words back and cannot turn round a word that is not listed",
    ),
    "03.accuracies-and-kappas": Claim(
        check_accuracies_and_kappas,
        says="Against the 78 hand-coded sentences, TextBlob agrees 41 per cent of the time (kappa 0.12), barely more "
        'than always saying "negative" (36 per cent); VADER 68 per cent (kappa 0.52).',
    ),
    "03.kappa-swings-on-ten": Claim(kappa_swings_on_ten, says="one label moves it a long way on ten sentences"),
    "03.lowest-polarity-sentence": Claim(
        lowest_polarity_sentence,
        says="*Expected result:* one sentence from `next-door-iraq`; the words that drove it are fewer than you might "
        "think.",
    ),
    "03.killing-sentence-scores-mildly": Claim(
        killing_sentence_scores_mildly,
        says='TextBlob\'s list rates "military" (-0.1) and "killed" (-0.2) only mildly, and TextBlob averages them '
        'with "several" (0), so that sentence scores -0.1',
    ),
    "03.example-coding-differs-on-two": Claim(
        example_coding_differs_on_two,
        says="The example coding differs from the course's on two sentences, and on both the course follows a rule of "
        "the guide",
    ),
    "03.quick-03-1": Claim(
        quick_checks.check_03_1,
        says="That TextBlob's list rates none of its words above or below 0, or that their ratings cancel out.",
    ),
    "03.quick-03-2": quick_checks.check_03_2,
    "03.quick-03-2-2": quick_checks.check_03_2,
}
