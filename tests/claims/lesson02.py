"""Claims of lesson 02 and its solution (see tests/claims/__init__.py)."""

import functools
import math
import re
from types import SimpleNamespace

import numpy as np

import framing
from claims import Claim, numbers_in, quick_checks
from course_story import course_story
from paths import STORY_DIR

THREE = ["visits-baghdad", "inaugural-visit", "first-foreign-trip"]
GROUPS = "armed groups in Iraq tied to Iran"


@functools.cache
def story():
    """What lesson 02 builds: sentences, the lexicon's matches with their voices, word counts and distinctive words,
    on all the words and on the own voice."""
    clean = course_story().clean
    sentences = course_story().sentences
    lexicon = framing.load_lexicon(STORY_DIR / "word-choice.csv")
    attributions = course_story().attributions
    matches = framing.match_lexicon(sentences, lexicon)
    matches["voice"] = framing.voice_of_matches(matches, clean, attributions)
    counts = course_story().counts
    scores = framing.distinctive_words(counts, top=5)
    own_clean = framing.own_voice_articles(clean, attributions)
    own_counts = framing.word_counts(own_clean)
    return SimpleNamespace(
        clean=clean,
        sentences=sentences,
        attributions=attributions,
        ids=list(clean["article_id"]),
        text=clean.set_index("article_id")["text"],
        lexicon=lexicon,
        matches=matches,
        variants=framing.variant_table(matches, lexicon, clean["article_id"]),
        counts=counts,
        scores=scores,
        in_context=framing.words_in_context(scores, clean, attributions, width=30).set_index(["article_id", "word"]),
        own_counts=own_counts,
        own_scores=framing.distinctive_words(own_counts, top=5),
    )


def sentence_of(article_id, pattern):
    hits = framing.find_pattern(story().sentences[story().sentences["article_id"] == article_id], pattern)
    assert len(hits) == 1, f"{article_id}: expected one sentence matching {pattern!r}, found {len(hits)}"
    return hits["sentence"].iloc[0]


def users(concept, variant):
    row = story().variants.loc[(concept, variant)]
    return list(row.index[row > 0])


def voices_of(voice):
    matches = story().matches
    return {
        (variant, article)
        for variant, article in matches.loc[matches["voice"] == voice, ["variant", "article_id"]].values
    }


def top(scores, article_id):
    return scores.loc[scores["article_id"] == article_id, "word"].tolist()


def check_three_write_gaza_war():
    assert users("the war in Gaza", "Gaza war") == THREE


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


def check_militia_most_common():
    groups = story().variants.loc[GROUPS]
    totals, articles = groups.sum(axis=1), (groups > 0).sum(axis=1)
    assert totals.idxmax() == articles.idxmax() == "militia / militias" and (totals == totals.max()).sum() == 1
    expected = {
        "armed groups": ["inaugural-visit", "first-foreign-trip"],
        "armed factions": ["inaugural-visit"],
        "armed organizations": ["visits-baghdad"],
        "militant factions": ["next-door-iraq"],
        "terrorist group": ["next-door-iraq"],
    }
    for variant, articles_using in expected.items():
        assert users(GROUPS, variant) == articles_using, variant
    assert set(groups.index) == {"militia / militias", *expected}


def check_proxies_regional():
    """ "Iranian proxies" is a concept of its own, in a sentence about regional conflicts that names neither Iraq nor its
    groups, and is not counted with the armed groups in Iraq."""
    assert users("armed groups in the region tied to Iran", "Iranian proxies") == ["strategic-partnership"]
    sentence = sentence_of("strategic-partnership", "Iranian proxies")
    assert sentence.startswith("Recent regional conflicts") and not re.search(r"Iraq|militia|group", sentence)
    assert not any("prox" in v for v in story().variants.loc[GROUPS].index)


def check_eight_of_70_not_own(sentence):
    voices = story().matches["voice"]
    assert numbers_in(sentence)[:2] == [int((voices != "own").sum()), len(voices)] == [8, 70]


def statement_speakers(article_id, sentence_no):
    found = story().attributions
    return set(found.loc[(found["article_id"] == article_id) & (found["sentence_no"] == sentence_no), "speaker"])


def check_three_quoted():
    assert voices_of("quoted") == {
        ("war and genocide in Gaza", "inaugural-visit"),
        ("Zionist regime", "inaugural-visit"),
        ("situation in Gaza", "next-door-iraq"),
    }
    assert statement_speakers("inaugural-visit", 4) == {"Pezeshkian's office"}
    assert statement_speakers("next-door-iraq", 6) == {"al-Sudani’s office"}


def check_five_reported():
    """The five reported matches; each arch- word stands in a clause on the Kurdish region whose speaker is Iran (state
    media report the visit in the same sentence in inaugural-visit and first-foreign-trip)."""
    arch = {("arch-enemy", "visits-baghdad"), ("arch-rival", "inaugural-visit"), ("arch-foe", "first-foreign-trip")}
    assert voices_of("reported") == {
        ("Gaza conflict", "inaugural-visit"),
        ("US invasion / U.S. invasion", "next-door-iraq"),
        *arch,
    }
    found = story().attributions
    for variant, article_id in arch:
        rows = found[(found["article_id"] == article_id) & found["quote"].str.contains(variant)]
        assert rows["speaker"].tolist() == ["Iran"], (variant, rows["speaker"].tolist())
        number = rows["sentence_no"].item()
        here = course_story().sentence[(article_id, number)] + course_story().sentence[(article_id, number - 1)]
        assert "Kurd" in here  # in visits-baghdad, "the region" is the Kurdish region of the sentence before
        assert statement_speakers(article_id, number) <= {"Iran", "State media"}


def check_us_invasion_doubtful():
    """The reported "U.S. invasion" stands in a relative clause of background in a sentence that opens "According to
    Iranian media", and the extractor's statement covers the whole sentence after the attribution."""
    sentence = course_story().sentence[("next-door-iraq", 23)]
    assert sentence.startswith("According to Iranian media,") and ", which achieved semi-autonomy" in sentence
    assert "U.S. invasion" in sentence.split(", which", 1)[1]
    found = story().attributions
    row = found[(found["article_id"] == "next-door-iraq") & (found["sentence_no"] == 23)]
    assert row["kind"].tolist() == ["according-to"] and row["quote"].iloc[0].endswith(
        "following the U.S. invasion in 2003"
    )


def check_only_terrorist_group():
    assert users(GROUPS, "terrorist group") == ["next-door-iraq"]
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


def check_attack_sentences_compared():
    """Each quoted wording stands in its article's attack sentence; only strategic-partnership's names a purpose, and
    only next-door-iraq's does not tie the groups to Iran."""
    hits = wide_attack_sentences().set_index("article_id")["sentence"]
    listed = {
        "visits-baghdad": [
            "Iraqi militia groups affiliated with Iran",
            "on several occasions",
            "US troops",
        ],
        "inaugural-visit": ["Iran-aligned armed groups", "persistently", "US troops", "since the Gaza war"],
        "first-foreign-trip": ["Iran-aligned militia groups", "repeatedly", "US troops", "since the Gaza war"],
        "strategic-partnership": ["Iranian proxies", "US and Israeli interests", "in support of Hamas"],
        "next-door-iraq": [
            "militant factions based in Iraq",
            "several attacks",
            "U.S. forces deployed in the country",
            "in response to Hamas’s Oct. 7, 2023, terrorist attack",
        ],
    }
    for article_id, words in listed.items():
        assert all(w in hits[article_id] for w in words), article_id
    assert [a for a, s in hits.items() if "in support of" in s] == ["strategic-partnership"]
    assert [a for a, s in hits.items() if "Iran" not in s] == ["next-door-iraq"]


def check_the_and_iran_everywhere():
    assert (story().counts.loc[["the", "iran"]] > 0).all().all()


def hand_computation(alpha_0=None):
    counts = story().counts
    y_a, n_a = counts.loc["terrorist", "next-door-iraq"], counts["next-door-iraq"].sum()
    y_r, n_r = counts.loc["terrorist"].sum() - y_a, counts.to_numpy().sum() - n_a
    size = n_a + n_r if alpha_0 is None else alpha_0
    alpha_w = (y_a + y_r) / (n_a + n_r) * size
    delta = math.log((y_a + alpha_w) / (n_a + size - y_a - alpha_w)) - math.log(
        (y_r + alpha_w) / (n_r + size - y_r - alpha_w)
    )
    return SimpleNamespace(
        y_a=y_a,
        n_a=n_a,
        y_r=y_r,
        n_r=n_r,
        alpha_w=alpha_w,
        alpha_0=size,
        z=delta / math.sqrt(1 / (y_a + alpha_w) + 1 / (y_r + alpha_w)),
    )


def check_default_prior_is_the_corpus():
    counts = story().counts
    explicit = framing.distinctive_words(counts, prior_size=counts.to_numpy().sum(), top=5)
    assert explicit["word"].tolist() == story().scores["word"].tolist()
    assert explicit["z"].round(12).tolist() == story().scores["z"].round(12).tolist()


def check_prior_weight():
    hand = hand_computation()
    assert (hand.y_a, hand.n_a, hand.y_r, hand.n_r, hand.alpha_w, hand.alpha_0) == (4, 625, 0, 1360, 4, 1985)
    assert hand.alpha_0 == story().counts.to_numpy().sum()  # as heavy as all five articles


def check_no_prior_reaches_1_96(sentence):
    """Over every prior from 1 to 20,000 pseudo-counts, the z-score of "terrorist" stays below 1.96; its highest is
    about 1.94, near 430."""
    sizes = np.arange(1, 20001)
    z = np.array([hand_computation(alpha_0=float(size)).z for size in sizes])
    assert {1.96, 1.94, 430} <= set(numbers_in(sentence))  # "a lighter one" is no number
    assert z.max() < 1.96 and round(z.max(), 2) == 1.94 and abs(sizes[z.argmax()] - 430) <= 10, sizes[z.argmax()]


def check_same_computation(sentence):
    row = story().scores.query("article_id == 'next-door-iraq' and word == 'terrorist'")
    hand = hand_computation().z
    assert len(row) == 1 and abs(row["z"].iloc[0] - hand) < 1e-12 and round(hand, 2) == 1.54
    assert numbers_in(sentence) == [round(hand, 1)] == [1.5]


def check_ties_in_first_foreign_trip(sentence):
    """The chart's tie bar in first-foreign-trip: 25 listed words used once there and nowhere else, one z-score."""
    rows = story().scores.query("article_id == 'first-foreign-trip'")
    label, z = framing.words_and_ties(rows)[-1]
    everything = framing.distinctive_words(story().counts, top=len(story().counts)).query(
        "article_id == 'first-foreign-trip'"
    )
    same = everything[(everything["z"] - z).abs() < 1e-12]
    assert label == "25 words tied" and len(same) == 25 == numbers_in(sentence)[0]
    assert (same["count"] == 1).all() and (same["rest_count"] == 0).all()
    assert (
        f"first-foreign-trip: ahead 1.3, saying 1.3, 25 words tied at {z:.1f}."
        in framing.describe_distinctive_words(story().scores)
    )


def check_left_out_we():
    left = framing.left_out_words(story().counts, top=5)
    assert left[["article_id", "word", "count"]].values.tolist() == [["first-foreign-trip", "we", 3]]
    row = framing.words_in_context(left.assign(z=0.0), story().clean, story().attributions).iloc[0]
    assert (row["own"], row["quoted"], row["reported"]) == (0, 3, 0)


def check_last_is_a_verb():
    assert "expected to last three days" in story().in_context.loc[("next-door-iraq", "last"), "context"]


def last_uses():
    return framing.kwic(story().sentences[story().sentences["article_id"] == "next-door-iraq"], r"\blast\b", width=20)


def check_last_four_dates_and_a_verb():
    uses = last_uses()
    following = uses["right"].str.split().str[0].str.strip(",.").tolist()
    assert len(uses) == 5 and sorted(following) == sorted(["three", "month", "October", "month", "year"]), following


def check_attack_mostly_reported():
    row = story().in_context.loc[("next-door-iraq", "attack")]
    assert (row["own"], row["quoted"], row["reported"]) == (2, 0, 3)
    found = story().attributions
    reported = found[(found["article_id"] == "next-door-iraq") & found["quote"].str.contains("attack")]
    assert set(reported["speaker"]) == {"The U.S. Embassy in Iraq", "Kataib Hezbollah"} and len(reported) == 3


def own_share():
    return story().own_counts.sum() / story().counts.sum()


def check_share_not_own(sentence):
    share = 1 - own_share()
    assert all(share[a] > 1 / 3 for a in THREE), share.round(3).to_dict()
    assert round(100 * share["strategic-partnership"]) == 6 and 6 in numbers_in(sentence)
    assert share["next-door-iraq"] < 1 / 3


def check_own_voice_tops_stay():
    for scores in (story().scores, story().own_scores):
        assert top(scores, "next-door-iraq")[:3] == ["u.s", "last", "terrorist"]
        assert top(scores, "strategic-partnership")[0] == "israeli"
        assert top(scores, "first-foreign-trip")[:2] == ["ahead", "saying"]


def check_own_voice_leaves():
    leaving = {"next-door-iraq": ["attack"], "inaugural-visit": ["2020", "conflict", "relations"]}
    for article_id, words in leaving.items():
        assert set(words) <= set(top(story().scores, article_id)), article_id
        assert not set(words) & set(top(story().own_scores, article_id)), article_id
    for word in leaving["inaugural-visit"]:
        row = story().in_context.loc[("inaugural-visit", word)]
        assert row["own"] == 1 and row["quoted"] + row["reported"] == 1, word
    check_attack_mostly_reported()


def check_short_articles():
    counts = story().counts
    words = counts.sum()
    assert abs(words.min() - 300) <= 10 and abs(words.max() - 630) <= 10  # "about"
    for article_id in counts.columns:
        used = counts.loc[counts[article_id] > 0, article_id]
        assert (used <= 2).mean() > 0.5, article_id


def check_summary_names():
    assert users("the war in Gaza", "Israel's war on Palestinians") == ["visits-baghdad", "first-foreign-trip"]
    assert users("the war in Gaza", "Israel-Hamas war") == ["inaugural-visit"]
    assert users("the war in Gaza", "violence in Gaza") == ["strategic-partnership"]
    assert users("the war in Gaza", "offensive in the Gaza Strip") == ["next-door-iraq"]
    check_three_write_gaza_war()


def check_saddam_everywhere():
    hits = framing.find_pattern(story().sentences, "Saddam Hussein")
    assert sorted(set(hits["article_id"])) == sorted(story().ids)


def check_security_forces_described_differently():
    text = story().text
    assert "integrated into its security apparatus" in text["visits-baghdad"]
    assert "integrated with its security apparatus" in text["inaugural-visit"]
    assert "linked to its security forces" in text["first-foreign-trip"]
    assert "informally linked" in text["next-door-iraq"] and "some of which are linked to" in text["next-door-iraq"]


def check_attack_and_terrorist_in_next_door_only():
    for pattern in ("terrorist", "rocket attack", "Kataib Hezbollah"):
        assert [a for a in story().ids if re.search(pattern, story().text[a])] == ["next-door-iraq"], pattern
    terrorist = framing.find_pattern(story().sentences, "terrorist")["sentence"]
    assert all(any(name in s for s in terrorist) for name in ("Kataib Hezbollah", "ISIS", "Hamas"))


def check_own_voice_gaza():
    gaza = set(story().lexicon.loc[story().lexicon["concept"] == "the war in Gaza", "variant"])
    not_own = {(v, a) for v, a in voices_of("quoted") | voices_of("reported") if v in gaza}
    assert not_own == {
        ("Gaza conflict", "inaugural-visit"),
        ("war and genocide in Gaza", "inaugural-visit"),
        ("situation in Gaza", "next-door-iraq"),
    }
    own = {(v, a) for v, a in voices_of("own") if v in gaza}
    assert {v for v, a in own if a == "inaugural-visit"} == {"Israel-Hamas war", "Gaza war"}
    assert {v for v, a in own if a == "next-door-iraq"} == {"offensive in the Gaza Strip"}
    assert sentence_of("inaugural-visit", "Gaza conflict").startswith("Both Tehran and Baghdad indicated")


CLAIMS = {
    "02.three-write-gaza-war": Claim(check_three_write_gaza_war, says='Three articles also write "the Gaza war".'),
    "02.offensive-phrase": Claim(
        check_offensive_phrase,
        says="the clause names Israel and Hamas, and no one on the receiving end of the offensive; neither "
        "Palestinians nor civilians are in it.",
    ),
    "02.order-of-events": Claim(check_order_of_events, says="It also orders three events: Hamas's attack"),
    "02.militia-most-common": Claim(
        check_militia_most_common, says='"Militia" is the most common choice, but not the only one'
    ),
    "02.proxies-regional": Claim(
        check_proxies_regional,
        says='`strategic-partnership` writes "Iranian proxies", in a sentence about "Recent regional conflicts"',
    ),
    "02.eight-of-70-not-own": Claim(
        check_eight_of_70_not_own, says="Eight of the 70 matches are not in an article's own voice."
    ),
    "02.three-quoted": Claim(
        check_three_quoted,
        says='Three are quoted: ... `inaugural-visit` attributes to "Pezeshkian\'s office", ... `next-door-iraq` '
        "attributes to",
    ),
    "02.five-reported": Claim(
        check_five_reported,
        says="Five are counted as reported: `inaugural-visit`'s, `next-door-iraq`'s, (`visits-baghdad`), (`inaugural-visit`) "
        "(`first-foreign-trip`)",
    ),
    "02.us-invasion-doubtful": check_us_invasion_doubtful,
    "02.guide-arch-words": check_five_reported,
    "02.only-terrorist-group": Claim(check_only_terrorist_group, says='Only `next-door-iraq` uses "terrorist group"'),
    "02.three-same-sentence": Claim(check_same_structure, says="Three articles contain what is recognisably the same"),
    "02.arch-in-three": Claim(
        check_five_reported, says="in a claim about the Kurdish region that each of three articles"
    ),
    "02.same-structure": Claim(
        check_same_structure,
        says='The structure is the same in all three: Iraq (*it*, or "The nation") has seen attacks since a war began '
        "in Gaza in October.",
    ),
    "02.no-one-named-as-attacker": Claim(
        check_no_one_named_as_attacker, says="None of the three says who attacks whom."
    ),
    "02.wording-changes": Claim(
        check_wording_changes,
        says='the verb: "has experienced" (`visits-baghdad`), "has endured" (`inaugural-visit`), "has suffered" '
        "(`first-foreign-trip`);",
    ),
    "02.wording-changes-3": Claim(
        check_wording_changes,
        says='the attacks: "tit-for-tat strikes" (`visits-baghdad`), "reciprocal attacks" (`inaugural-visit`), '
        '"tit-for-tat attacks" (`first-foreign-trip`);',
    ),
    "02.wording-changes-4": Claim(
        check_wording_changes, says='which "broke out" (`visits-baghdad`) or "erupted" (the other two)'
    ),
    "02.four-report-attacks-and-the-wider-sentence": check_four_report_attacks_and_the_wider_sentence,
    "02.all-five-sentences": Claim(
        check_all_five_sentences,
        says="A wider pattern, for any attack on US troops, forces or interests, finds a sentence in all five "
        "articles.",
    ),
    "02.attack-sentences-compared": check_attack_sentences_compared,
    "02.the-and-iran-everywhere": check_the_and_iran_everywhere,
    "02.default-prior-is-the-corpus": check_default_prior_is_the_corpus,
    "02.prior-weight": Claim(
        check_prior_weight,
        says="The prior adds 4 pseudo-counts to this word and 1985 in all: it weighs as much as all five articles "
        "together",
    ),
    "02.prior-weight-2": Claim(
        check_prior_weight, says="which turns 4 against none into 8 against 4 (4 + 4 and 0 + 4)"
    ),
    "02.no-prior-reaches-1-96": check_no_prior_reaches_1_96,
    "02.same-computation": check_same_computation,
    "02.ties-in-first-foreign-trip": Claim(
        check_ties_in_first_foreign_trip,
        says='The bar "25 words tied" in `first-foreign-trip` stands for 25 words that the article uses once and the '
        "others never",
    ),
    "02.left-out-we": Claim(
        check_left_out_we, says='Only "we" in `first-foreign-trip`, all three of whose uses stand inside quotations.'
    ),
    "02.last-is-a-verb": Claim(check_last_is_a_verb, says='The first own-voice "last" in `next-door-iraq` is the verb'),
    "02.attack-mostly-reported": Claim(
        check_attack_mostly_reported, says='And three of that article\'s five uses of "attack" are reported'
    ),
    "02.share-not-own": check_share_not_own,
    "02.own-voice-tops-stay": Claim(
        check_own_voice_tops_stay,
        says="`next-door-iraq`, `strategic-partnership`, `first-foreign-trip`",
    ),
    "02.own-voice-leaves": Claim(
        check_own_voice_leaves,
        says='"attack" leaves `next-door-iraq`\'s (three of its five uses are reported), and "2020", "conflict" and '
        '"relations" leave `inaugural-visit`\'s (one of the two uses of each is reported or quoted)',
    ),
    "02.short-articles": Claim(
        check_short_articles, says="Each article has about 300 to 630 words, so most words occur once or twice"
    ),
    "02.summary-names": Claim(
        check_summary_names,
        says="(`visits-baghdad`, `first-foreign-trip`), (`inaugural-visit`), (`strategic-partnership`, "
        "`next-door-iraq`), and three of them also write the place-name",
    ),
    "02.saddam-everywhere": check_saddam_everywhere,
    "02.security-forces-described-differently": check_security_forces_described_differently,
    "02.last-four-dates-and-a-verb": Claim(
        check_last_four_dates_and_a_verb, says='"last" is mostly style: four of its five uses date events'
    ),
    "02.attack-and-terrorist-in-next-door-only": check_attack_and_terrorist_in_next_door_only,
    "02.attack-mostly-reported-2": Claim(
        check_attack_mostly_reported, says='But three of its five uses of "attack" are reported'
    ),
    "02.own-voice-gaza": check_own_voice_gaza,
    "02.quick-02-1": Claim(
        quick_checks.check_02_1,
        says="The chart also has a bar for `u.s.-led` in `next-door-iraq`: 4 uses, none in the other four articles.",
    ),
    "02.quick-02-1-2": Claim(
        quick_checks.check_02_1,
        says="That `next-door-iraq` is the only one of the five to report the 2003 invasion led by the United States.",
    ),
}
