"""The answers of the quick checks (framing/quick_checks.csv), recomputed from data/.

Each quick check about the articles has a ``check_NN_N`` function that recomputes from data/ the facts its question
and its explanations state, and that the choice marked correct is the true one. Lesson 07 runs on any story folder,
so its checks are about the method. tests/test_quick_checks.py runs them all; the claims of the lessons
(tests/claims/) point their quick-check sentences at them.
"""

import functools
import inspect
import re
from types import SimpleNamespace

import pandas as pd

import framing
from course_story import course_story
from framing.quick_checks import load_quick_checks
from paths import STORY_DIR


def checks():
    return load_quick_checks()


def rows(check_id):
    table = checks()
    return table[table["check_id"] == check_id].set_index("choice")


def correct_letter(check_id):
    table = rows(check_id)
    return table.index[table["correct"]][0]


def letter_of(check_id, words):
    """The letter of the one choice of ``check_id`` whose text contains ``words``."""
    table = rows(check_id)
    hits = table.index[table["text"].str.contains(words, regex=False)]
    assert len(hits) == 1, f"{check_id}: expected one choice containing {words!r}, found {list(hits)}"
    return hits[0]


@functools.cache
def story():
    clean = course_story().clean
    sentences = course_story().sentences
    facts = course_story().facts
    scores = course_story().scores
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    compared = codes.merge(scores, on=["article_id", "sentence_no", "sentence"])
    compared["textblob"] = framing.to_label(compared["polarity"])
    counts = course_story().counts
    return SimpleNamespace(
        clean=clean,
        sentences=sentences,
        ids=list(clean["article_id"]),
        scores=scores,
        compared=compared,
        counts=counts,
        coverage=framing.fact_coverage(framing.find_facts(sentences, facts), facts, clean["article_id"]),
    )


def sentence(article_id, number):
    s = story().sentences
    return s[(s["article_id"] == article_id) & (s["sentence_no"] == number)]["sentence"].item()


def check_01_1():
    """strategic-partnership lacks the armed-groups fact, the other four have it, and it has a near miss."""
    row = story().coverage.loc["armed_groups_attack_us"]
    assert not row["strategic-partnership"] and row.drop("strategic-partnership").all()
    near = framing.find_pattern(story().sentences, "Iranian proxies targeting US and Israeli interests")
    assert list(near["article_id"]) == ["strategic-partnership"] and not re.search(
        r"Iraq|troops", near["sentence"].item()
    )
    assert correct_letter("01.1") == letter_of("01.1", "none of its sentences matches that fact's pattern")


def check_02_1():
    """The chart has a bar for u.s.-led in next-door-iraq (4 uses, none elsewhere), short of z = 1.96; the other four write
    us-led (and us), next-door-iraq neither; all five report the 2003 US-led invasion."""
    scores = framing.distinctive_words(story().counts, top=5)
    bar = scores[(scores["article_id"] == "next-door-iraq") & (scores["word"] == "u.s.-led")]
    assert len(bar) == 1 and bar["count"].item() == 4 and bar["rest_count"].item() == 0 and bar["z"].item() < 1.96
    others = [a for a in story().ids if a != "next-door-iraq"]
    for spelled, usual in (("u.s", "us"), ("u.s.-led", "us-led")):
        counts = story().counts.loc[[usual, spelled]]
        assert (counts.loc[spelled, others] == 0).all() and counts.loc[spelled, "next-door-iraq"] > 0
        assert (counts.loc[usual, others] > 0).all() and counts.loc[usual, "next-door-iraq"] == 0
    assert story().coverage.loc["invasion_2003"].all()
    assert correct_letter("02.1") == letter_of("02.1", "The spelling difference of `u.s` again")


def check_03_1():
    """Sentence 9 of first-foreign-trip and 4 of inaugural-visit score 0; the only listed word of the first is "middle", rated 0."""
    scores = story().scores.set_index(["article_id", "sentence_no"])["polarity"]
    assert scores[("first-foreign-trip", 9)] == 0 and "have repeatedly attacked US troops" in sentence(
        "first-foreign-trip", 9
    )
    assert (
        scores[("inaugural-visit", 4)] == 0
        and "the ongoing atrocities committed by the Zionist regime (Israel) against the Palestinian people"
        in sentence("inaugural-visit", 4)
    )
    rated = framing.scored_words(sentence("first-foreign-trip", 9))
    assert rated["words"].tolist() == ["middle"] and rated["polarity"].tolist() == [0.0]
    assert "Iran-aligned" in sentence("first-foreign-trip", 9)
    assert correct_letter("03.1") == letter_of("03.1", "rates none of its words above or below 0")


def check_03_2():
    """TextBlob 41 per cent, always-negative 36; negative is the commonest code (28 of 78); TextBlob calls 48 neutral, 17 of the 28."""
    c = story().compared
    assert round(framing.accuracy(c["label"], c["textblob"]), 2) == 0.41
    assert round(framing.accuracy(c["label"], ["negative"] * len(c)), 2) == 0.36
    codes = c["label"].value_counts()
    assert (
        codes.idxmax() == "negative" and (codes == codes.max()).sum() == 1 and codes["negative"] == 28 and len(c) == 78
    )
    assert c["textblob"].value_counts().idxmax() == "neutral" and (c["textblob"] == "neutral").sum() == 48
    assert ((c["label"] == "negative") & (c["textblob"] == "neutral")).sum() == 17
    first = framing.codes_as_first_made(c)["label"]  # A: below the rule on the first codes; kappa 0.12 on both
    assert framing.accuracy(first, c["textblob"]) < framing.accuracy(first, ["negative"] * len(c))
    assert round(framing.cohen_kappa(first, c["textblob"]), 2) == round(
        framing.cohen_kappa(c["label"], c["textblob"]), 2
    )
    assert correct_letter("03.2") == letter_of("03.2", "an accuracy needs a yardstick")


def check_04_1():
    """Precision and recall 1.0 on the five; on real news held out from the rules (PolNeAR dev, data/figures.json)
    quotations and all attributions are found less well, and far fewer of all attributions than of quotations."""
    gold = pd.read_csv(STORY_DIR / "attributions-gold.csv", keep_default_na=False)
    development = framing.precision_recall(framing.compare_by_sentence(course_story().attributions, gold))
    assert development["precision"] == development["recall"] == 1.0
    quotations = framing.figure("attribution.polnear.dev.fully-quoted.recall")
    everything = framing.figure("attribution.polnear.dev.all.recall")
    assert everything < quotations < 1.0
    assert correct_letter("04.1") == letter_of("04.1", "Freeze the rules, measure them on articles she did not read")


def check_05_1():
    """Sentence 11 of visits-baghdad pairs with sentence 10 of first-foreign-trip at 0.38, outside the alignment in order, which
    pairs sentence 10 with sentence 10 (the planned Kurdish visit); both 11 and the end of 10 report Iran's staging-ground claim."""
    matched = framing.reuse.match_sentences(story().sentences, "first-foreign-trip", "visits-baghdad")
    pair = matched[matched["second_no"] == 11].iloc[0]
    assert pair["first_no"] == 10 and round(pair["similarity"], 2) == 0.38 and not pair["in_alignment"]
    aligned = matched[matched["second_no"] == 10].iloc[0]
    assert aligned["first_no"] == 10 and aligned["in_alignment"]
    facts = framing.find_facts(story().sentences, course_story().facts)

    def at(article_id, number):
        return set(facts[(facts["article_id"] == article_id) & (facts["sentence_no"] == number)]["fact_id"])

    assert at("first-foreign-trip", 10) == {"kurdish_region_visit", "iran_says_israel_in_kurdish_region"}
    assert at("visits-baghdad", 10) == {"kurdish_region_visit"} and at("visits-baghdad", 11) == {
        "iran_says_israel_in_kurdish_region"
    }
    first, second = pair["first_sentence"], pair["second_sentence"]
    assert first.endswith("staging ground for Iranian separatist groups as well as agents of its arch-foe Israel.")
    assert "staging ground" in second and "arch-enemy Israel" in second and "separatist organizations" in second
    assert correct_letter("05.1") == letter_of("05.1", "A true pair")


def check_00_1():
    """The mask has one value for each of the 78 sentences, most False; sentences[gaza] has 11 rows, ~gaza 67."""
    sentences = story().sentences
    gaza = sentences["sentence"].str.contains("Gaza")
    assert len(gaza) == len(sentences) == 78 and set(gaza) == {True, False} and (~gaza).sum() > gaza.sum()
    assert len(sentences[gaza]) == gaza.sum() == 11 and len(sentences[~gaza]) == 67 and len(sentences) == 78
    assert correct_letter("00.1") == letter_of(
        "00.1", "A column of `True` or `False`, with one value for each of the 78"
    )


def check_00_2():
    """U\\.S\\. finds 15, all in next-door-iraq; the other four write US; the unescaped U.S. also matches pieces of other
    words ("ups," of groups, "usse" of Hussein) in every article, and none of its matches is a US."""
    sentences, ids = story().sentences, story().ids
    escaped = framing.kwic(sentences, r"U\.S\.")
    assert len(escaped) == 15 and set(escaped["article_id"]) == {"next-door-iraq"} and set(escaped["match"]) == {"U.S."}
    others = [a for a in ids if a != "next-door-iraq"]
    us = framing.kwic(sentences, r"(?-i:\bUS\b)")
    assert set(us["article_id"]) == set(others)
    loose = framing.kwic(sentences, "U.S.")
    assert (loose["match"] == "U.S.").sum() == 15 and len(loose) > 15
    pieces = loose[loose["match"] != "U.S."]
    assert set(pieces["article_id"]) == set(ids), "the unescaped pattern matches pieces of other words in every article"
    assert not loose["match"].str.startswith("US").any()
    assert ((pieces["match"] == "ups,") & pieces["left"].str.endswith("gro")).any()
    assert ((pieces["match"] == "usse") & pieces["left"].str.endswith("H") & pieces["right"].str.startswith("in")).any()
    assert correct_letter("00.2") == letter_of("00.2", "an unescaped `.` matches any one character")


def check_06_1():
    """Of the five first sentences, only next-door-iraq's matches a fact's pattern (us_troops, 2,500 US troops); the others
    report the visit or the agreements expected, and give us_troops in sentence 3, 4 or 6. The second sentence of
    first-foreign-trip reports the arrival in Baghdad and matches no fact (no fact is about the arrival); that article's first
    facts come in sentence 3."""
    positions = framing.first_positions(story().sentences, course_story().facts)
    assert len(course_story().facts) == 18
    firsts = positions[positions["sentence_no"] == 1]
    assert list(firsts["article_id"]) == ["next-door-iraq"] and list(firsts["fact"]) == ["us_troops"]
    assert "2,500 US troops" in course_story().facts.set_index("fact_id").loc["us_troops", "fact"]
    assert "New agreements are expected to be signed between Tehran and Baghdad" in sentence("first-foreign-trip", 1)
    assert "embarked on his inaugural foreign visit to Iraq" in sentence("inaugural-visit", 1)
    troops = positions[positions["fact"] == "us_troops"].set_index("article_id")["sentence_no"]
    others = [a for a in story().ids if a != "next-door-iraq"]
    assert set(troops.index) == set(story().ids) and set(troops[others]) == {3, 4, 6}
    facts = course_story().facts
    second = sentence("first-foreign-trip", 2)
    assert (
        "arrived in Baghdad" in second
        and not framing.find_facts(story().sentences[story().sentences["sentence"] == second], facts).shape[0]
    )
    assert not facts["fact"].str.contains("arriv", case=False).any()
    assert positions[positions["article_id"] == "first-foreign-trip"]["sentence_no"].min() == 3
    assert correct_letter("06.1") == letter_of("06.1", "That it matches no pattern of the 18 facts")


def check_06_2():
    """Morality: 13 of 15 items agreed (86.7 per cent), kappa 0.423; each coder said yes to 2 of 15; chance agreement about
    77 per cent; (0.867 - 0.769) / (1 - 0.769) is about 0.42; both disagreements marked borderline in a note."""
    codebook = framing.load_codebook(STORY_DIR.parent / "generic-frames" / "codebook.csv")
    articles = course_story().articles
    first = framing.load_frame_coding(STORY_DIR / "generic-frames-coded.csv", codebook, articles)
    second = framing.load_frame_coding(STORY_DIR / "generic-frames-coded-second.csv", codebook, articles)
    row = framing.coding_agreement(first, second).set_index("frame").loc["morality"]
    assert (row["items"], row["agreed"], row["percent_agreement"], row["kappa"]) == (15, 13, 86.7, 0.423)
    yes = [(coding[coding["frame"] == "morality"]["answer"] == "yes").sum() for coding in (first, second)]
    assert yes == [2, 2]
    both_yes = first.merge(second, on=["article_id", "frame", "question_no"], suffixes=("_1", "_2")).query(
        "frame == 'morality'"
    )
    assert ((both_yes["answer_1"] == "yes") & (both_yes["answer_2"] == "yes")).sum() == 1
    chance = (2 / 15) ** 2 + (13 / 15) ** 2
    assert round(chance * 100) == 77 and round(chance, 3) == 0.769
    assert round((13 / 15 - chance) / (1 - chance), 2) == round((0.867 - 0.769) / (1 - 0.769), 2) == 0.42
    both = first.merge(second, on=["article_id", "frame", "question_no"], suffixes=("_1", "_2"))
    differ = both[(both["frame"] == "morality") & (both["answer_1"] != both["answer_2"])]
    assert len(differ) == 2 and (differ["note_1"] + " " + differ["note_2"]).str.contains("borderline", case=False).all()
    assert correct_letter("06.2") == letter_of("06.2", "chance alone would make them agree")


ANSWER_CHECKS = {
    "00.1": check_00_1,
    "00.2": check_00_2,
    "01.1": check_01_1,
    "02.1": check_02_1,
    "03.1": check_03_1,
    "03.2": check_03_2,
    "04.1": check_04_1,
    "05.1": check_05_1,
    "06.1": check_06_1,
    "06.2": check_06_2,
}


def check_07_1():
    """Not about the articles: lesson 07's sheet holds 30 rows, the check gives a precision with Wilson's interval
    (27 of 30: about 0.74 to 0.97), and the sample puts the risky rows first."""
    low, high = framing.wilson_interval(27, 30)
    assert (round(low, 2), round(high, 2)) == (0.74, 0.97)
    assert inspect.signature(framing.attribution_sheet).parameters["n"].default == 20  # lesson 07 asks for 30
    assert "risky rows first" in framing.attribution_sheet.__doc__
    assert correct_letter("07.1") == letter_of("07.1", "not the statements it missed")


def check_07_2():
    """Not about the articles: the codebook gives conflict 4 questions and economic consequences 3, as the column names say."""
    codebook = framing.load_codebook(STORY_DIR.parent / "generic-frames" / "codebook.csv")
    sizes = codebook.groupby("frame").size()
    assert (sizes["conflict"], sizes["economic consequences"]) == (4, 3)
    articles = course_story().articles
    table = framing.frame_scores_in_story(STORY_DIR / "generic-frames-coded.csv", codebook, articles)
    assert {"conflict (of 4)", "economic consequences (of 3)"} <= set(table.columns)
    assert sizes["conflict"] == 2 * 2, "two yes answers are half the conflict questions"
    assert correct_letter("07.2") == letter_of("07.2", "each yes backed by a quotation")


# Lesson 07 runs on any story folder, so its checks are about the method, not the course's articles.
METHOD_CHECKS = {"07.1": check_07_1, "07.2": check_07_2}
