"""Claims of lesson 01 and its solution (see tests/claims/__init__.py)."""

import functools
import itertools
import re
from types import SimpleNamespace

import framing
from claims import Claim, quick_checks
from course_story import course_story

ALIKE = ["visits-baghdad", "inaugural-visit", "first-foreign-trip"]


@functools.cache
def story():
    """What lesson 01 builds: the articles, the cleaned texts, sentences, lengths, lines removed and the fact table."""
    articles = course_story().articles
    clean = course_story().clean
    sentences = course_story().sentences
    facts = course_story().facts
    found = framing.find_facts(sentences, facts)
    coverage = framing.fact_coverage(found, facts, clean["article_id"])
    return SimpleNamespace(
        articles=articles,
        clean=clean,
        sentences=sentences,
        facts=facts,
        found=found,
        coverage=coverage,
        lengths=framing.article_lengths(clean, sentences),
        removed=framing.non_article_lines(articles),
        text=clean.set_index("article_id")["text"],
        ids=list(clean["article_id"]),
    )


def articles_with(fact_id):
    return list(story().coverage.columns[story().coverage.loc[fact_id]])


def with_metadata(column):
    articles = story().articles
    return list(articles.loc[articles[column].str.strip() != "", "article_id"])


def check_metadata_is_shown_in_the_texts():
    for row in story().articles.itertuples():
        for column in ("headline", "date_shown", "byline", "wire_credit"):
            value = getattr(row, column)
            assert value in row.text, f"{row.article_id}: {column} {value!r} is not in the text"
        for credit in filter(None, row.photo_credit.split("; ")):
            assert credit in row.text, f"{row.article_id}: photo credit {credit!r} is not in the text"


def check_headlines():
    assert with_metadata("headline") == ["first-foreign-trip", "next-door-iraq"]


def check_dates():
    assert with_metadata("date_shown") == ["first-foreign-trip"]
    assert story().articles.set_index("article_id").loc["first-foreign-trip", "date_shown"] == "2024-09-11"
    lines = [
        line.strip() for line in story().articles.set_index("article_id").loc["next-door-iraq", "text"].splitlines()
    ]
    assert "Updated:" in lines, "next-door-iraq's page has an 'Updated:' label on a line of its own, with no date"


def check_took_office():
    """took_office's pattern matches "assumed office in July" and "assuming office last month" (a Sept. 11 report)."""
    found = framing.find_pattern(story().sentences, story().facts.set_index("fact_id").loc["took_office", "pattern"])
    matched = dict(zip(found["article_id"], found["sentence"]))
    assert "assumed office in July" in matched["inaugural-visit"]
    assert (
        "assuming office last month" in matched["next-door-iraq"]
        and "July" not in matched["next-door-iraq"].split("last month")[0]
    )
    assert "arrived in Baghdad on Sept. 11" in story().text["next-door-iraq"]
    assert with_metadata("date_shown") == ["first-foreign-trip"], "next-door-iraq shows no date of publication"
    assert story().coverage.loc["took_office", "next-door-iraq"]


def check_byline_and_wire():
    by_id = story().articles.set_index("article_id")
    assert with_metadata("byline") == with_metadata("wire_credit") == ["next-door-iraq"]
    assert by_id.loc["next-door-iraq", "byline"] == "Adam Morrow"
    assert by_id.loc["next-door-iraq", "text"].rstrip().splitlines()[-1] == "Reuters contributed to this report."


def check_three_show_nothing():
    articles = story().articles
    bare = articles[(articles[["headline", "date_shown", "byline", "wire_credit", "photo_credit"]] == "").all(axis=1)]
    assert list(bare["article_id"]) == ["visits-baghdad", "inaugural-visit", "strategic-partnership"]


def check_removed_lines():
    per_article = story().removed["article_id"].value_counts()
    assert len(story().removed) == 17 and len(per_article) == 3
    assert per_article.reindex(story().ids, fill_value=0).to_dict() == {
        "visits-baghdad": 0,
        "inaugural-visit": 0,
        "first-foreign-trip": 6,
        "strategic-partnership": 1,
        "next-door-iraq": 10,
    }


def check_sentence_length_range():
    per_sentence = story().lengths["words_per_sentence"]
    assert (per_sentence.min(), per_sentence.max()) == (23.6, 28.7)


def check_troops_in_all_five():
    hits = framing.find_pattern(story().sentences, "2,500")
    assert set(hits["article_id"]) == set(story().ids)
    assert (
        hits["article_id"].value_counts()["next-door-iraq"] == 2
        and hits["article_id"].value_counts().drop("next-door-iraq").eq(1).all()
    )
    assert (
        hits[hits["article_id"] == "next-door-iraq"]["sentence_no"].tolist()[0] == 1
    )  # the standfirst is its first sentence


def check_shared_core():
    per_fact = story().coverage.sum(axis=1)
    assert list(per_fact.index[per_fact == 5]) == ["us_troops", "invasion_2003", "gaza_war", "kurdish_region_visit"]
    assert len(story().facts) == 18 and (per_fact == 1).sum() == 5


def check_attacks_in_four_and_the_wider_sentence():
    assert articles_with("armed_groups_attack_us") == [
        "visits-baghdad",
        "inaugural-visit",
        "first-foreign-trip",
        "next-door-iraq",
    ]
    wider = framing.find_pattern(story().sentences, "Iranian proxies targeting US and Israeli interests")
    assert wider["article_id"].tolist() == ["strategic-partnership"]
    sentence = wider["sentence"].iloc[0]
    assert not re.search(r"Iraq|troops|forces", sentence), (
        "the strategic-partnership sentence names Iraq or troops after all"
    )


def check_three_texts_alike():
    """The three texts pair most of their sentences in order (lesson 05's alignment), far more than any other pair."""
    sentences = story().sentences
    pairs = {frozenset(p): len(framing.align_sentences(sentences, *p)) for p in itertools.combinations(story().ids, 2)}
    alike = [pairs[frozenset(p)] for p in itertools.combinations(ALIKE, 2)]
    others = [n for p, n in pairs.items() if not p <= set(ALIKE)]
    assert min(alike) >= 8 and min(alike) > max(others), f"aligned sentences: {pairs}"


def check_no_outlet_named():
    assert "outlet" not in story().articles.columns
    assert all(
        ("outlet not named" in origin) or origin in ("unknown",) or "(inference)" in origin
        for origin in story().articles["origin_inferred"]
    )


def check_next_door_most():
    per_article = story().coverage.sum()
    assert per_article.idxmax() == "next-door-iraq" and (per_article == per_article.max()).sum() == 1
    assert story().lengths["words"].idxmax() == "next-door-iraq"


def check_only_next_door_hamas_and_strikes():
    assert articles_with("hamas_oct7") == articles_with("us_strikes_killed_leaders") == ["next-door-iraq"]
    caused = framing.find_pattern(
        story().sentences,
        r"Gaza.*\b(in response to|after|following|triggered|sparked)\b|\b(in response to|after|following)\b.*Gaza",
    )
    assert caused["article_id"].tolist() == ["next-door-iraq"], caused[["article_id", "sentence"]]
    assert "sporadic military strikes that have killed several Iraqi militant leaders" in story().text["next-door-iraq"]


def check_only_inaugural():
    for fact_id in ("mous_14", "soleimani", "office_statement_gaza"):
        assert articles_with(fact_id) == ["inaugural-visit"], fact_id


def check_neither_reader_given_both():
    assert not set(articles_with("hamas_oct7")) & set(articles_with("office_statement_gaza"))


def check_airport_incident():
    assert articles_with("airport_attack") == ["strategic-partnership", "next-door-iraq"]
    assert "rocket" not in story().text["strategic-partnership"] and "explosion" not in story().text["next-door-iraq"]
    for article_id in articles_with("airport_attack"):
        assert not re.search(r"same (incident|attack|explosion)|reported (by|in) ", story().text[article_id])


def check_shrine_cities():
    hits = framing.find_pattern(story().sentences, "Karbala|Najaf")
    assert sorted(set(hits["article_id"])) == ["next-door-iraq", "strategic-partnership"]
    assert all(re.search(r"will also visit|slated to visit", s) for s in hits["sentence"])


def check_took_office_four():
    assert articles_with("took_office") == [
        "inaugural-visit",
        "first-foreign-trip",
        "strategic-partnership",
        "next-door-iraq",
    ]


def check_war_names():
    """The names of the war in the four articles other than next-door-iraq, each in the article's own voice."""
    sentences, clean = story().sentences, story().clean
    names = {
        "Israel['’]s war on Palestinians": ["visits-baghdad", "first-foreign-trip"],
        "Israel-Hamas war": ["inaugural-visit"],
        "ongoing violence in Gaza": ["strategic-partnership"],
        "the Gaza war": ["visits-baghdad", "inaugural-visit", "first-foreign-trip"],
    }
    for pattern, articles in names.items():
        found = framing.find_pattern(sentences, pattern)
        assert sorted(found["article_id"]) == sorted(articles), (pattern, list(found["article_id"]))
        voices = framing.voice_of_matches(found, clean)
        assert (voices == "own").all(), f"{pattern}: not all in the article's own voice: {list(voices)}"


def check_nakuru_line():
    """Kept as article text, the Kenyan headline would be 14 more words and a twelfth sentence."""
    line = "Man Attacked By Mob After Trying To Steal Gun From Female Guard In Nakuru"
    assert story().articles.set_index("article_id").loc["strategic-partnership", "text"].rstrip().endswith(line)
    assert len(framing.tokenize(line)) == 14 and story().lengths.loc["strategic-partnership", "sentences"] == 11
    assert framing.split_text(story().text["strategic-partnership"] + "\n" + line)[-1] == line


def check_model_answer_lengths():
    words = story().lengths["words"]
    assert (
        words.idxmax() == "next-door-iraq"
        and words.max() == 625
        and (words.drop("next-door-iraq").min(), words.drop("next-door-iraq").max()) == (301, 430)
    )
    assert words.max() > 1.4 * words.drop("next-door-iraq").max()  # "by far"
    check_next_door_most()


def check_only_next_door_offensive():
    hits = framing.find_pattern(story().sentences, "launched an offensive in the Gaza Strip")
    assert hits["article_id"].tolist() == ["next-door-iraq"]


HEADING = "a heading of the lesson"


def check_outlets_unnamed_and_three_alike():
    check_no_outlet_named()
    check_three_texts_alike()


CLAIMS = {
    "01.metadata-is-shown-in-the-texts": check_metadata_is_shown_in_the_texts,
    "01.headlines": Claim(check_headlines, says="Only `first-foreign-trip` and `next-door-iraq` carry a headline."),
    "01.dates": Claim(
        check_dates,
        says="Only `first-foreign-trip` shows a date of publication (2024-09-11); `next-door-iraq` has an "
        '"Updated:" label with no date after it.',
    ),
    "01.took-office": Claim(
        check_took_office,
        says='matches "assumed office in July" in `inaugural-visit`, and "assuming office last month" in '
        '`next-door-iraq`, a text that reports the visit as on "Sept. 11"',
    ),
    "01.byline-and-wire": Claim(
        check_byline_and_wire, says="Only `next-door-iraq` has a byline (Adam Morrow) and credits a wire service"
    ),
    "01.three-show-nothing": Claim(
        check_three_show_nothing, says="Three of the texts show no headline, date or byline."
    ),
    "01.removed-lines": Claim(check_removed_lines, says="Seventeen lines, in three of the five texts"),
    "01.removed-lines-2": Claim(
        check_removed_lines,
        says="`first-foreign-trip` loses six, `strategic-partnership` one (the unrelated headline), and "
        "`visits-baghdad` and `inaugural-visit` none.",
    ),
    "01.sentence-length-range": Claim(
        check_sentence_length_range,
        says="The average sentence is of similar length in all five, from 23.6 to 28.7 words.",
    ),
    "01.troops-in-all-five": Claim(
        check_troops_in_all_five,
        says="All five articles give the figure of 2,500 US troops; `next-door-iraq` gives it twice",
    ),
    "01.shared-core": Claim(
        check_shared_core,
        says="Four facts are in all five articles: the 2,500 US troops, the 2003 invasion that removed Saddam Hussein, "
        "the war in Gaza, and Pezeshkian's plan to visit the Kurdish region.",
    ),
    "01.attacks-in-four-and-the-wider-sentence": check_attacks_in_four_and_the_wider_sentence,
    "01.shared-core-2": Claim(check_shared_core, says="This shared core is what all five *texts* include"),
    "01.outlets-unnamed-three-alike": Claim(
        check_outlets_unnamed_and_three_alike,
        says="The texts do not name their outlets, and three of them (`visits-baghdad`, `inaugural-visit` and "
        "`first-foreign-trip`) tell many of the same facts in the same order",
    ),
    "01.next-door-most": Claim(
        check_next_door_most, says="`next-door-iraq` includes the most, but it is also the longest article"
    ),
    "01.only-next-door-hamas-and-strikes": Claim(
        check_only_next_door_hamas_and_strikes,
        says="Only `next-door-iraq` ties the start of the war in Gaza to an earlier event",
    ),
    "01.only-next-door-hamas-and-strikes-2": Claim(
        check_only_next_door_hamas_and_strikes, says='It is also the only one to report US "sporadic military strikes'
    ),
    "01.only-inaugural": Claim(
        check_only_inaugural,
        says='Only `inaugural-visit` reports that the two countries "inked 14 memoranda of understanding (MoUs)"',
    ),
    "01.neither-reader-given-both": check_neither_reader_given_both,
    "01.airport-incident": check_airport_incident,
    "01.airport-nowhere-else": check_airport_incident,
    "01.summary-core": check_shared_core,
    "01.three-texts-alike-2": Claim(
        check_three_texts_alike,
        says="how many independent choices might they stand for, given that three of the texts are so alike?",
    ),
    "01.shrine-cities": Claim(
        check_shrine_cities,
        says="Two of the articles say Pezeshkian will visit the Shiite holy cities of Karbala and Najaf.",
    ),
    "01.model-answer-lengths": Claim(
        check_model_answer_lengths,
        says="`next-door-iraq` includes the most of our facts, but it is also by far the longest article (625 words "
        "against 301 to 430 for the others)",
    ),
    "01.no-cause-elsewhere": check_only_next_door_hamas_and_strikes,
    "01.took-office-four": Claim(check_took_office_four, says="`took_office` has a ✓ in four articles"),
    "01.guide-troops": Claim(check_troops_in_all_five, says="All five texts give the 2,500 US troops ... three"),
    "01.war-names": Claim(
        check_war_names,
        says="`visits-baghdad`, `first-foreign-trip` ... `inaugural-visit` ... `strategic-partnership` ... three of the "
        "four (`visits-baghdad`, `inaugural-visit`, `first-foreign-trip`)",
    ),
    "01.nakuru-line": Claim(check_nakuru_line, says="it would have added 14 words and a twelfth sentence"),
    "01.only-next-door-offensive": Claim(
        check_only_next_door_offensive,
        says='Only `next-door-iraq` writes that Israel "launched an offensive in the Gaza Strip',
    ),
    "01.quick-01-1": quick_checks.check_01_1,
    "01.quick-01-1-2": quick_checks.check_01_1,
}
