"""Claims of lesson 02 and its solution (see tests/claims/__init__.py)."""

import functools
import math
import re
from types import SimpleNamespace

import framing
from claims import Claim, quick_checks
from course_story import course_story
from paths import STORY_DIR

THREE = ["visits-baghdad", "inaugural-visit", "first-foreign-trip"]


@functools.cache
def story():
    """What lesson 02 builds: sentences, the lexicon's variant table, word counts and distinctive words."""
    clean = course_story().clean
    sentences = course_story().sentences
    lexicon = framing.load_lexicon(STORY_DIR / "word-choice.csv")
    counts = course_story().counts
    return SimpleNamespace(
        clean=clean,
        sentences=sentences,
        ids=list(clean["article_id"]),
        text=clean.set_index("article_id")["text"],
        variants=framing.variant_table(framing.match_lexicon(sentences, lexicon), lexicon, clean["article_id"]),
        counts=counts,
        scores=framing.distinctive_words(counts, top=6),
    )


def sentence_of(article_id, pattern):
    hits = framing.find_pattern(story().sentences[story().sentences["article_id"] == article_id], pattern)
    assert len(hits) == 1, f"{article_id}: expected one sentence matching {pattern!r}, found {len(hits)}"
    return hits["sentence"].iloc[0]


def users(concept, variant):
    row = story().variants.loc[(concept, variant)]
    return list(row.index[row > 0])


def check_militia_most_common():
    groups = story().variants.loc["armed groups in Iraq tied to Iran"]
    totals, articles = groups.sum(axis=1), (groups > 0).sum(axis=1)
    assert totals.idxmax() == articles.idxmax() == "militia / militias" and (totals == totals.max()).sum() == 1
    expected = {
        "armed groups": ["inaugural-visit", "first-foreign-trip"],
        "armed factions": ["inaugural-visit"],
        "armed organizations": ["visits-baghdad"],
        "proxies": ["strategic-partnership"],
        "militant factions": ["next-door-iraq"],
    }
    for variant, articles_using in expected.items():
        assert users("armed groups in Iraq tied to Iran", variant) == articles_using, variant
    assert (
        "Iranian proxies" in story().text["strategic-partnership"]
        and "militia groups" in story().text["next-door-iraq"]
    )


def check_offensive_phrase():
    sentence = sentence_of("next-door-iraq", "offensive in the Gaza Strip")
    clause = sentence[: sentence.index("terrorist attack") + len("terrorist attack")]
    assert clause.startswith("Since Israel launched an offensive") and "Hamas" in clause
    assert not re.search(r"Palestin|civilian|people|children|killed|dead", clause, re.IGNORECASE)


def check_order_of_events():
    """The offensive answers Hamas's attack, and the factions' attacks come "Since" the offensive, in one sentence."""
    sentence = sentence_of("next-door-iraq", "offensive in the Gaza Strip")
    assert re.search(
        r"^Since Israel launched an offensive .* in response to Hamas’s Oct\. 7, 2023, terrorist attack, militant "
        r"factions based in Iraq have staged several attacks on U\.S\. forces deployed in the country\.$",
        sentence,
    )


def check_only_proxies_and_terrorist_group():
    assert users("armed groups in Iraq tied to Iran", "proxies") == ["strategic-partnership"]
    assert users("armed groups in Iraq tied to Iran", "terrorist group") == ["next-door-iraq"]
    assert [a for a in story().ids if "terrorist group" in story().text[a]] == ["next-door-iraq"]


def three_sentences():
    hits = framing.find_pattern(story().sentences, r"tit-for-tat|reciprocal attacks")
    assert hits["article_id"].tolist() == THREE
    return hits["sentence"].tolist()


def check_same_structure():
    for sentence in three_sentences():
        assert re.search(r"\bsince\b", sentence, re.IGNORECASE) and "in Gaza in October" in sentence, sentence
        assert re.search(r"\b(it|The nation)\b has \w+", sentence, re.IGNORECASE), sentence


def check_wording_changes():
    """Each wording the lesson lists for the three close sentences is in the article it names, and only there."""
    sentences = dict(zip(THREE, three_sentences()))
    listed = {
        "has experienced": ["visits-baghdad"],
        "has endured": ["inaugural-visit"],
        "has suffered": ["first-foreign-trip"],
        "an increasing number of": ["visits-baghdad"],
        "escalating": ["inaugural-visit", "first-foreign-trip"],
        "tit-for-tat strikes": ["visits-baghdad"],
        "reciprocal attacks": ["inaugural-visit"],
        "tit-for-tat attacks": ["first-foreign-trip"],
        "Israel's war on Palestinians": ["visits-baghdad", "first-foreign-trip"],
        "the Israel-Hamas war": ["inaugural-visit"],
        "broke out": ["visits-baghdad"],
        "erupted": ["inaugural-visit", "first-foreign-trip"],
    }
    for words, articles in listed.items():
        assert [a for a, s in sentences.items() if words in s.replace("’", "'")] == articles, words
    assert sentences["visits-baghdad"].startswith("Since ") and not any(
        sentences[a].startswith("Since") for a in THREE[1:]
    )


def check_no_one_named_as_attacker():
    for sentence in three_sentences():
        assert not re.search(r"militia|armed|group|faction|prox|\bUS\b|U\.S\.|American|Iran", sentence), sentence


def wide_attack_sentences():
    return framing.find_pattern(story().sentences, r"(targeted|attacked|attacks on|targeting) (US|U\.S\.)")


def check_four_report_attacks_and_the_wider_sentence():
    facts = course_story().facts
    found = framing.find_facts(story().sentences, facts)
    assert sorted(found.loc[found["fact_id"] == "armed_groups_attack_us", "article_id"]) == sorted(
        set(story().ids) - {"strategic-partnership"}
    )
    sentence = sentence_of("strategic-partnership", "Iranian proxies targeting US and Israeli interests")
    assert not re.search(r"Iraq|troops|forces", sentence)


def check_all_five_sentences():
    hits = wide_attack_sentences()
    assert len(hits) == 5 and sorted(hits["article_id"]) == sorted(story().ids)


def check_the_and_iran_everywhere():
    assert (story().counts.loc[["the", "iran"]] > 0).all().all()


def hand_computation():
    counts = story().counts
    y_a, n_a = counts.loc["terrorist", "next-door-iraq"], counts["next-door-iraq"].sum()
    y_r, n_r = counts.loc["terrorist"].sum() - y_a, counts.to_numpy().sum() - n_a
    alpha_w, alpha_0 = y_a + y_r, n_a + n_r
    delta = math.log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w)) - math.log(
        (y_r + alpha_w) / (n_r + alpha_0 - y_r - alpha_w)
    )
    return SimpleNamespace(
        y_a=y_a,
        n_a=n_a,
        y_r=y_r,
        n_r=n_r,
        alpha_w=alpha_w,
        alpha_0=alpha_0,
        delta=delta,
        z=delta / math.sqrt(1 / (y_a + alpha_w) + 1 / (y_r + alpha_w)),
    )


def check_default_prior_is_the_corpus():
    counts = story().counts
    explicit = framing.distinctive_words(counts, prior_size=counts.to_numpy().sum(), top=6)
    assert explicit["word"].tolist() == story().scores["word"].tolist()
    assert explicit["z"].round(12).tolist() == story().scores["z"].round(12).tolist()


def check_prior_weight():
    hand = hand_computation()
    assert (hand.y_a, hand.n_a, hand.y_r, hand.n_r, hand.alpha_w, hand.alpha_0) == (4, 625, 0, 1360, 4, 1985)
    assert hand.alpha_0 == story().counts.to_numpy().sum()  # as heavy as all five articles


def check_same_computation():
    row = story().scores.query("article_id == 'next-door-iraq' and word == 'terrorist'")
    assert (
        len(row) == 1
        and abs(row["z"].iloc[0] - hand_computation().z) < 1e-12
        and round(hand_computation().z, 2) == 1.54
    )


def check_ties_in_first_foreign_trip():
    rows = story().scores.query("article_id == 'first-foreign-trip'")
    tied = rows[rows["ties"] == 25]
    assert tied["word"].tolist() == ["31", "69", "70"] and round(tied["z"].iloc[0], 3) == 0.949
    assert (tied["count"] == 1).all() and (tied["rest_count"] == 0).all() and tied["rank"].tolist() == [4, 5, 6]
    everything = framing.distinctive_words(story().counts, top=len(story().counts)).query(
        "article_id == 'first-foreign-trip'"
    )
    same = everything[(everything["z"] - tied["z"].iloc[0]).abs() < 1e-12]
    assert len(same) == 25 and (same["count"] == 1).all() and (same["rest_count"] == 0).all()
    assert same["word"].tolist() == sorted(same["word"]) and same["word"].str[0].str.isdigit().sum() >= 3


def check_short_articles():
    counts = story().counts
    words = counts.sum()
    assert abs(words.min() - 300) <= 10 and abs(words.max() - 630) <= 10  # "about"
    for article_id in counts.columns:
        used = counts.loc[counts[article_id] > 0, article_id]
        assert (used <= 2).mean() > 0.5, article_id


def check_saddam_everywhere():
    hits = framing.find_pattern(story().sentences, "Saddam Hussein")
    assert sorted(set(hits["article_id"])) == sorted(story().ids)


def check_attack_and_terrorist_in_next_door_only():
    for pattern in ("terrorist", "rocket attack", "Kataib Hezbollah"):
        assert [a for a in story().ids if re.search(pattern, story().text[a])] == ["next-door-iraq"], pattern
    terrorist = framing.find_pattern(story().sentences, "terrorist")["sentence"]
    assert all(any(name in s for s in terrorist) for name in ("Kataib Hezbollah", "ISIS", "Hamas"))


def check_saddam_sentences():
    for article_id in ("visits-baghdad", "inaugural-visit"):
        sentence = sentence_of(article_id, "invasion")
        assert not re.search(
            r"weapons|reason|because|justif|civilian|killed|death|dead|casualt|cost", sentence, re.IGNORECASE
        ), sentence


CLAIMS = {
    "02.militia-most-common": Claim(
        check_militia_most_common, says='"Militia" is the most common choice, but not the only one'
    ),
    "02.offensive-phrase": Claim(
        check_offensive_phrase,
        says="the clause names Israel and Hamas, and no one on the receiving end of the offensive; neither "
        "Palestinians nor civilians are in it.",
    ),
    "02.order-of-events": Claim(
        check_order_of_events, says="It also puts three events in an order: Hamas's attack first"
    ),
    "02.only-proxies-and-terrorist-group": Claim(
        check_only_proxies_and_terrorist_group, says='Only `strategic-partnership` writes "proxies"'
    ),
    "02.only-proxies-and-terrorist-group-2": Claim(
        check_only_proxies_and_terrorist_group, says='Only `next-door-iraq` uses "terrorist group"'
    ),
    "02.same-structure": Claim(
        check_same_structure,
        says='The structure is the same in all three: Iraq (*it*, or "The nation") has seen attacks since a war began '
        "in Gaza in October.",
    ),
    "02.no-one-named-as-attacker": Claim(
        check_no_one_named_as_attacker, says="None of the three sentences says who attacks whom."
    ),
    "02.wording-changes": Claim(
        check_wording_changes,
        says='the verb: "has experienced" (`visits-baghdad`), "has endured" (`inaugural-visit`), "has suffered" '
        "(`first-foreign-trip`);",
    ),
    "02.wording-changes-2": Claim(
        check_wording_changes,
        says='how the attacks grow: "an increasing number of" (`visits-baghdad`) or "escalating" (the other two);',
    ),
    "02.wording-changes-3": Claim(
        check_wording_changes,
        says='the attacks: "tit-for-tat strikes" (`visits-baghdad`), "reciprocal attacks" (`inaugural-visit`), '
        '"tit-for-tat attacks" (`first-foreign-trip`);',
    ),
    "02.wording-changes-4": Claim(
        check_wording_changes, says='which "broke out" (`visits-baghdad`) or "erupted" (the other two);'
    ),
    "02.wording-changes-5": Claim(
        check_wording_changes,
        says='the order: `visits-baghdad` opens with the war ("Since ..."), the other two end with it.',
    ),
    "02.four-report-attacks-and-the-wider-sentence": check_four_report_attacks_and_the_wider_sentence,
    "02.all-five-sentences": Claim(
        check_all_five_sentences,
        says="A wider pattern, for any attack on US troops, forces or interests, finds a sentence in all five "
        "articles:",
    ),
    "02.the-and-iran-everywhere": check_the_and_iran_everywhere,
    "02.default-prior-is-the-corpus": check_default_prior_is_the_corpus,
    "02.prior-weight": Claim(
        check_prior_weight,
        says="The prior adds 4 pseudo-counts to this word and 1985 in all: it weighs as much as all five articles "
        "together",
    ),
    "02.prior-weight-2": Claim(
        check_prior_weight, says="It turns the article's 4 uses into 4 + 4 = 8 and the rest's none into 0 + 4 = 4"
    ),
    "02.same-computation": check_same_computation,
    "02.ties-in-first-foreign-trip": Claim(
        check_ties_in_first_foreign_trip,
        says="In `first-foreign-trip`, 25 words tie, at z = 0.949, each used once in the article and nowhere else, and "
        "the chart has room for three of them.",
    ),
    "02.ties-in-first-foreign-trip-2": Claim(
        check_ties_in_first_foreign_trip, says='"31", "69" and "70" are on it because digits sort first'
    ),
    "02.short-articles": Claim(
        check_short_articles, says="Each article has about 300 to 630 words, so most words occur once or twice"
    ),
    "02.saddam-everywhere": check_saddam_everywhere,
    "02.attack-and-terrorist-in-next-door-only": check_attack_and_terrorist_in_next_door_only,
    "02.saddam-sentences": check_saddam_sentences,
    "02.quick-02-1": Claim(
        quick_checks.check_02_1,
        says="The chart also has a bar for `u.s.-led` in `next-door-iraq`: 4 uses, none in the other four articles.",
    ),
    "02.quick-02-1-2": Claim(
        quick_checks.check_02_1,
        says="That `next-door-iraq` is the only one of the five to report the 2003 invasion led by the United States.",
    ),
}
