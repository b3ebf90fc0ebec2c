"""Claims of lesson 03 and its solution (see tests/claims/__init__.py)."""

import ast
import functools
import os
import xml.etree.ElementTree as ElementTree

import textblob
from vaderSentiment import vaderSentiment

import framing
from claims import Claim, numbers_in, quick_checks
from course_story import course_story
from framing.sentiment import word_ratings
from paths import ROOT, STORY_DIR
from tools import course

SIMULATED = ROOT / "data" / "class-simulated"


@functools.cache
def _data():
    """Sentences, scores, hand codes and the comparison table, as the lesson builds them."""
    sentences = framing.split_sentences(course_story().clean)
    scores = course_story().scores
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    compared = framing.sentiment_tool_labels(codes, scores)
    compared["textblob"], compared["vader"] = compared["TextBlob"], compared["VADER"]
    return sentences, scores, codes, compared


@functools.cache
def _by_voice(by_article=True):
    voices = framing.sentence_voices(course_story().clean, course_story().attributions)
    return framing.sentiment_by_voice(_data()[3], voices, by_article=by_article)


def _tools():
    compared = _data()[3]
    return {"TextBlob": compared["TextBlob"], "VADER": compared["VADER"]}


@functools.cache
def _first_table():
    codes = _data()[2]
    return framing.compared_with_rule(framing.codes_as_first_made(codes)["label"], _tools(), framing.LABELS)


@functools.cache
def _now_table():
    return framing.compared_with_rule(_data()[3]["label"], _tools(), framing.LABELS)


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


def textblob_list_size():
    """en-sentiment.xml: 2,918 senses of 1,528 words (2,643 adjective senses); 2,860 entries in memory, adverbs in -ly
    made from adjectives among them."""
    xml = os.path.join(os.path.dirname(textblob.__file__), "en", "en-sentiment.xml")
    words = [w for w in ElementTree.parse(xml).getroot().findall("word")]
    forms = {w.get("form") for w in words}
    assert (len(words), len(forms)) == (2918, 1528), (len(words), len(forms))
    assert sum(w.get("pos") == "JJ" for w in words) > len(words) / 2
    lexicon = framing.sentiment._pattern_sentiment()
    assert len(lexicon) == 2860 and round(len(forms), -2) == 1500 and round(len(lexicon), -2) == 2900
    assert "steadily" in lexicon and "steadily" not in forms


def steadily_is_a_made_adverb():
    lexicon = framing.sentiment._pattern_sentiment()
    assert lexicon["steadily"][None] == tuple(lexicon["steady"][None])
    assert framing.scored_words("steadily")["polarity"].round(2).tolist() == [0.17]


def negation_turns_and_weakens():
    assert vaderSentiment.N_SCALAR == -0.74
    positive, negated = framing.vader_compound("a successful visit"), framing.vader_compound("not a successful visit")
    assert negated < 0 < positive and abs(negated) < positive


def not_a_successful_visit_weaker(sentence):
    valence = framing.vader_scored_words("not a successful visit")
    assert valence["word"].tolist() == ["successful"] and round(valence["valence"].iloc[0], 3) == round(2.8 * -0.74, 3)
    values = [framing.vader_compound("not a successful visit"), framing.vader_compound("a successful visit")]
    assert [round(v, 2) for v in values] == [-0.47, 0.59] and numbers_in(sentence)[:3] == [-0.47, 0.59, -0.74]


def rule_6_example():
    codes = _data()[2].set_index(["article_id", "sentence_no"])
    row = codes.loc[("strategic-partnership", 3)]
    assert row["sentence"].startswith("The visit comes at a complex time for Iraq") and row["label"] == "negative"
    guide = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    assert "6. A phrase that describes the situation as difficult makes the sentence negative" in guide
    assert "1. Code the sentence as a whole, including quoted words." in guide


def first_codes_flip(sentence):
    """On the codes as first made, always negative 0.44, TextBlob 0.38: below the rule."""
    first = _first_table()
    rule, textblob_share = first.loc["always 'negative'", "agreement"], first.loc["TextBlob", "agreement"]
    assert (rule, textblob_share) == (0.44, 0.38) and textblob_share < rule
    assert numbers_in(sentence)[:2] == [44, 38]


def revision_moved_six_and_one():
    codes = _data()[2]
    first = framing.codes_as_first_made(codes)
    moved = list(zip(first.loc[first["revised"], "label"], codes.loc[first["revised"], "label"]))
    assert sorted(moved) == [("negative", "neutral")] * 6 + [("neutral", "positive")]
    now = _now_table()
    assert _first_table().loc["always 'negative'", "agreed"] > now.loc["always 'negative'", "agreed"]
    assert _first_table().loc["TextBlob", "agreement"] < now.loc["TextBlob", "agreement"]


def kappa_holds_under_both(sentence):
    first, now = _first_table(), _now_table()
    assert first.loc["TextBlob", "kappa"] == now.loc["TextBlob", "kappa"] == 0.12
    assert (now.loc["VADER", "kappa"], first.loc["VADER", "kappa"]) == (0.52, 0.55)
    assert numbers_in(sentence) == [0.12, 0.52, 0.55]


def kappa_lower_bound():
    """Kappa is at most 1; below 0 for less agreement than chance; its minimum depends on the marginals: two
    codings with lopsided labels cannot reach -1."""
    assert framing.cohen_kappa(["a", "b"], ["b", "a"]) == -1.0
    lopsided = framing.cohen_kappa(["a", "a", "a", "b"], ["b", "a", "a", "a"])
    assert -1 < lopsided < 0
    assert framing.cohen_kappa(["a", "a", "a", "b"], ["a", "b", "b", "b"]) > -1


def voices_of_the_sentences():
    overall = _by_voice(False)
    assert overall["sentences"].to_dict() == {"own": 56, "quoted": 4, "reported": 18}


def negative_codes_by_voice():
    overall = _by_voice(False)
    sources = overall.drop("own")
    assert (overall.loc["own", "negative"], overall["negative"].sum()) == (22, 28)
    assert (sources["sentences"].sum(), sources["negative"].sum(), sources["positive"].sum()) == (22, 6, 8)


def next_door_iraq_own_voice():
    table = _by_voice().loc["next-door-iraq"]
    assert (table.loc["own", "sentences"], table.loc["own", "negative"]) == (20, 10)
    sources = table.drop("own")
    assert (sources["sentences"].sum(), sources["negative"].sum()) == (6, 2)
    assert table.loc["own", "negative"] / 20 > sources["negative"].sum() / 6 and table["negative"].sum() == 12


def inaugural_visit_by_voice():
    table = _by_voice().loc["inaugural-visit"]
    assert table.loc["quoted", "sentences"] == 1 and table.loc["quoted", "negative"] == 1
    assert (table.loc["reported", "sentences"], table.loc["reported", "positive"]) == (5, 3)
    sentence = course_story().sentence[("inaugural-visit", 4)]
    assert "atrocities" in sentence and "genocide" in sentence and "Pezeshkian's office" in sentence
    codes = _data()[2].set_index(["article_id", "sentence_no"])["label"]
    assert (
        codes[("inaugural-visit", 3)] == codes[("inaugural-visit", 8)] == codes[("inaugural-visit", 12)] == "positive"
    )
    assert course_story().sentence[("inaugural-visit", 3)].startswith("Both Tehran and Baghdad indicated")
    assert "media office disclosed" in course_story().sentence[("inaugural-visit", 8)]
    assert course_story().sentence[("inaugural-visit", 12)].startswith("Sources acquainted with the matter")
    assert "14 memoranda" in course_story().sentence[("inaugural-visit", 8)]
    assert "withdrawal plans" in course_story().sentence[("inaugural-visit", 12)]


def strategic_partnership_vader_by_voice():
    table = _by_voice().loc["strategic-partnership"]
    assert table["sentences"].to_dict() == {"own": 10, "reported": 1}
    assert (table.loc["own", "vader_compound"], table.loc["reported", "vader_compound"]) == (-0.189, 0.84)
    assert framing.sentiment_by_article(_data()[1]).loc["strategic-partnership", "vader_compound"] == -0.096
    assert "Araghchi emphasized" in course_story().sentence[("strategic-partnership", 10)]


def vader_order_small_gaps():
    means = framing.sentiment_by_article(_data()[1])["vader_compound"]
    assert (means["visits-baghdad"], means["first-foreign-trip"]) == (0.1, 0.105)


def order_kept_shares(sentence):
    kept = framing.order_kept_share(_data()[3], ["vader_compound", "polarity"])
    shares = [round(100 * kept["vader_compound"], 1), round(100 * kept["polarity"], 1)]
    assert shares == numbers_in(sentence)[:2] == [13.5, 3], (shares, numbers_in(sentence))


@functools.cache
def _simulated():
    return framing.measure_class_agreement(SIMULATED)


def simulated_alphas(sentence):
    alphas = _simulated().alphas["alpha"]
    assert [round(alphas["nominal"], 2), round(alphas["ordinal"], 2)] == numbers_in(sentence) == [0.48, 0.6]
    readme = (SIMULATED / "README.md").read_text(encoding="utf-8")
    assert "These sheets are simulated" in readme and "25% get a code that departs" in readme


def simulated_tools(sentence):
    result = framing.sentiment_tools_against_class(framing.read_class_sheets(SIMULATED), _data()[1])
    assert result.table.loc["VADER", "agreement"] == 0.8 and numbers_in(sentence) == [0.8, 1]
    assert "copies the course's hand codes" in (SIMULATED / "README.md").read_text(encoding="utf-8")


def summary_kappas():
    now = _now_table()
    assert 0.41 <= now.loc["VADER", "kappa"] <= 0.6 and now.loc["TextBlob", "kappa"] <= 0.2


def summary_voices():
    negative_codes_by_voice()
    assert _by_voice(False).loc["reported", "positive"] > 0


def weighted_above_plain(sentence):
    compared = _data()[3]
    for tool in ("TextBlob", "VADER"):
        plain = framing.cohen_kappa(compared["label"], compared[tool])
        assert framing.cohen_kappa(compared["label"], compared[tool], labels=framing.LABELS, weights="linear") > plain
    assert numbers_in(sentence)[-2:] == [0.12, 0.52]


def two_casualty_sentences():
    assert len(_containing("casualties")) == 2


def class_sample():
    sheet = framing.sentiment_sheet(_data()[0], story="x", coder="c1")
    assert len(sheet) == 30 and sheet["article_id"].nunique() == 5 and sheet["sample"].iloc[0] == "class-seed-7-n30"
    lookup = _data()[0].set_index(["article_id", "sentence_no"])["sentence"]
    assert all(lookup[(a, n)] == t for a, n, t in zip(sheet["article_id"], sheet["sentence_no"], sheet["sentence"]))


def typography_pulls_down_two_means():
    scores = _data()[1]
    typed = scores["sentence"].map(lambda s: framing.vader_compound(s, straighten=False))
    changed = set(scores.loc[typed != scores["vader_compound"], "article_id"])
    means = scores.assign(vader_compound=typed).groupby("article_id")["vader_compound"].mean()
    straight = scores.groupby("article_id")["vader_compound"].mean()
    assert changed == {"visits-baghdad", "next-door-iraq"} and all(means[a] < straight[a] for a in changed)


def source_sentences_range():
    sources = _by_voice().drop("own", level="voice").groupby(level="article_id")["sentences"].sum()
    assert (sources.min(), sources.max()) == (1, 6), sources


def guide_exercise_5_ten():
    solution = course.read(course.SOLUTIONS / "03-sentiment-solutions.ipynb")
    code = " ".join(course.source(c) for c in solution.cells)
    assert "sentence_no <= 10" in code and "assert len(labels) == 10" in code


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
    "03.textblob-list-size": Claim(
        textblob_list_size,
        says="about 1,500 English words, mostly adjectives, rated by hand sense by sense (a word with several senses "
        "gets the average of their ratings), plus an adverb in *-ly* made automatically from each adjective, about "
        "2,900 entries in all",
    ),
    "03.steadily-is-a-made-adverb": steadily_is_a_made_adverb,
    "03.negation-turns-and-weakens": Claim(negation_turns_and_weakens, says="(VADER multiplies the rating by -0.74)"),
    "03.not-a-successful-visit-weaker": not_a_successful_visit_weaker,
    "03.rule-6-example": Claim(rule_6_example, says="(rule 6: `strategic-partnership`'s"),
    "03.first-codes-flip": first_codes_flip,
    "03.revision-moved-six-and-one": revision_moved_six_and_one,
    "03.kappa-holds-under-both": kappa_holds_under_both,
    "03.kappa-lower-bound": Claim(kappa_lower_bound, says="It is at most 1 and can be negative"),
    "03.voices-of-the-sentences": Claim(
        voices_of_the_sentences,
        says="Most sentences (56 of 78) are in the outlets' own voice; 18 mostly report a source in the article's "
        "words, and only 4 are mostly quotation.",
    ),
    "03.negative-codes-by-voice": Claim(
        negative_codes_by_voice,
        says="22 of the 28 sentences coded negative are in the outlets' own voice; the sources' 22 sentences have 6 "
        "negative codes and 8 positive ones.",
    ),
    "03.next-door-iraq-own-voice": Claim(
        next_door_iraq_own_voice,
        says="In `next-door-iraq`, 10 of the 20 own-voice sentences are coded negative, and 2 of the 6",
    ),
    "03.inaugural-visit-by-voice": Claim(
        inaugural_visit_by_voice, says="In `inaugural-visit`, the one sentence ... 3 of its 5 reported sentences"
    ),
    "03.strategic-partnership-vader-by-voice": Claim(
        strategic_partnership_vader_by_voice,
        says="VADER's mean for `strategic-partnership` is -0.096 over its 11 sentences, but -0.189 over its 10 "
        "own-voice sentences ... +0.84",
    ),
    "03.vader-order-small-gaps": Claim(vader_order_small_gaps, says="such as 0.100 against 0.105"),
    "03.order-kept-shares": order_kept_shares,
    "03.simulated-alphas": simulated_alphas,
    "03.simulated-tools": simulated_tools,
    "03.summary-kappas": Claim(summary_kappas, says="VADER agrees moderately and TextBlob little better than chance."),
    "03.summary-voices": Claim(summary_voices, says="most negative sentences are the outlets' own narration"),
    "03.weighted-above-plain": weighted_above_plain,
    "03.typography-pulls-down-two-means": Claim(
        typography_pulls_down_two_means, says="it would pull down the VADER means of two articles"
    ),
    "03.next-door-iraq-negatives-own": Claim(next_door_iraq_own_voice, says="So 10 of its 12 negative codes"),
    "03.source-sentences-range": Claim(source_sentences_range, says="one to six source sentences per article"),
    "03.guide-exercise-5-ten": Claim(guide_exercise_5_ten, says="a second coder of ten sentences"),
    "03.guide-class-sample": Claim(class_sample, says="30 sentences"),
    "03.two-casualty-sentences": Claim(two_casualty_sentences, says="Two sentences of the articles mention casualties"),
    "03.class-sample": Claim(class_sample, says="30 sentences spread over the five articles"),
    "03.quick-03-1": Claim(
        quick_checks.check_03_1,
        says="That TextBlob's list rates none of its words above or below 0, or that their ratings cancel out.",
    ),
    "03.quick-03-2": quick_checks.check_03_2,
    "03.quick-03-2-2": quick_checks.check_03_2,
}
