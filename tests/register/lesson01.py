"""Quantified statements of lesson 01 and its solution (see tests/register/__init__.py)."""

import functools
import itertools
import re
from types import SimpleNamespace

import framing
import test_quick_checks
from paths import STORY_DIR
from register import Statement

ALIKE = ["visits-baghdad", "inaugural-visit", "first-foreign-trip"]


@functools.cache
def story():
    """What lesson 01 builds: the articles, the cleaned texts, sentences, lengths, lines removed and the fact table."""
    articles = framing.load_articles(STORY_DIR)
    clean = framing.clean_articles(articles)
    sentences = framing.split_sentences(clean)
    facts = framing.load_facts(STORY_DIR / "facts.csv")
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


NOT_ARTICLES = "a statement about the course or its tools"
INSTRUCTION = "an instruction or question to the student"
HEADING = "a heading of the lesson"

STATEMENTS: list[Statement] = [
    # opening and method
    Statement(
        "Before a single word is chosen, which facts does each article select",
        not_about_the_articles="the lesson's framing question",
    ),
    Statement("**Prerequisites:** none.", not_about_the_articles=NOT_ARTICLES),
    Statement("You only need to run code cells", not_about_the_articles=INSTRUCTION),
    Statement(
        "build a table of which facts each article includes", not_about_the_articles="a learning goal of the lesson"
    ),
    Statement("`load_articles` reads both and checks them", not_about_the_articles=NOT_ARTICLES),
    Statement(
        "The metadata columns record only what the texts themselves show", check=check_metadata_is_shown_in_the_texts
    ),
    Statement(
        "A blank cell means the text shows none.",
        not_about_the_articles="how articles.csv records an absence (a convention)",
    ),
    Statement("The rules remove whole lines only", not_about_the_articles=NOT_ARTICLES),
    Statement(
        "The second is article text, so no rule names it",
        not_about_the_articles="the rules' verdict on an example line, shown in the output",
    ),
    Statement("Now every line of every article:", not_about_the_articles="introduces the table below it"),
    Statement("`clean_articles` applies the rules to every article.", not_about_the_articles=NOT_ARTICLES),
    Statement("How long is each article?", not_about_the_articles=HEADING),
    Statement("A *word* here is a run of letters or digits", not_about_the_articles="a definition of a word"),
    Statement(
        "TextBlob can split words too, but only after downloading extra data",
        not_about_the_articles="a statement about the TextBlob library",
    ),
    Statement("Now all five articles, one row per sentence:", not_about_the_articles="introduces the table below it"),
    Statement("Selection: which facts does each article include?", not_about_the_articles=HEADING),
    Statement(
        "A pattern is our translation of a fact into text",
        not_about_the_articles="how a search pattern can fail (method)",
    ),
    Statement(
        "The table can only show what an article leaves out *of our list*.",
        not_about_the_articles="a limit of the method",
    ),
    Statement(
        "the text printed above it lists the facts that all five articles include",
        not_about_the_articles="says what the chart's description lists",
    ),
    Statement(
        "How many of our facts does each article include?", not_about_the_articles="introduces the count below it"
    ),
    Statement("Facts that only one article includes", not_about_the_articles=HEADING),
    Statement(
        "The facts that only one article includes are where selection is easiest to see.",
        not_about_the_articles="advice on where to look (method)",
    ),
    Statement("We do not decide which choice is right", not_about_the_articles="the lesson's stance"),
    Statement(
        "A count is only as good as its definition of a word or a sentence", not_about_the_articles="a point of method"
    ),
    Statement("What would you need to know before citing one of them", not_about_the_articles=INSTRUCTION),
    Statement("Pick a fact that only one article includes.", not_about_the_articles=INSTRUCTION),
    Statement("Which facts do all five include?", not_about_the_articles=INSTRUCTION),
    Statement("(Think of what none of the five reports.)", not_about_the_articles=INSTRUCTION),
    # metadata
    Statement("Only `first-foreign-trip` and `next-door-iraq` carry a headline.", check=check_headlines),
    Statement("Only `first-foreign-trip` shows a date (2024-09-11).", check=check_dates),
    Statement(
        "Only `next-door-iraq` has a byline (Adam Morrow) and credits a wire service", check=check_byline_and_wire
    ),
    Statement("Three of the texts show no headline, date or byline.", check=check_three_show_nothing),
    # cleaning and counts
    Statement("Seventeen lines, in three of the five texts", check=check_removed_lines),
    Statement(
        "`first-foreign-trip` loses six, `strategic-partnership` one (the unrelated headline), and `visits-baghdad` and `inaugural-visit` none.",
        check=check_removed_lines,
    ),
    Statement(
        "The average sentence is of similar length in all five, from 23.6 to 28.7 words.",
        check=check_sentence_length_range,
    ),
    # selection
    Statement(
        "All five articles give the figure of 2,500 US troops; `next-door-iraq` gives it twice",
        check=check_troops_in_all_five,
    ),
    Statement(
        "Four facts are in all five articles: the 2,500 US troops, the 2003 invasion that removed Saddam Hussein, the war in Gaza, and Pezeshkian's plan to visit the Kurdish region.",
        check=check_shared_core,
    ),
    Statement(
        "that sentence names neither Iraq nor troops, so the pattern leaves it out",
        check=check_attacks_in_four_and_the_wider_sentence,
    ),
    Statement("This shared core is what all five *texts* include", check=check_shared_core),
    Statement(
        "The texts do not name their outlets, and three of them (`visits-baghdad`, `inaugural-visit` and `first-foreign-trip`) tell many of the same facts in the same order",
        check=lambda: (check_no_outlet_named(), check_three_texts_alike()),
    ),
    Statement("`next-door-iraq` includes the most, but it is also the longest article", check=check_next_door_most),
    Statement(
        "Only `next-door-iraq` ties the start of the war in Gaza to an earlier event",
        check=check_only_next_door_hamas_and_strikes,
    ),
    Statement(
        'It is also the only one to report US "sporadic military strikes', check=check_only_next_door_hamas_and_strikes
    ),
    Statement(
        'Only `inaugural-visit` reports that the two countries "inked 14 memoranda of understanding (MoUs)"',
        check=check_only_inaugural,
    ),
    Statement("Neither reader is given both.", check=check_neither_reader_given_both),
    Statement("Both place an incident near the airport just before the visit", check=check_airport_incident),
    Statement("four of our 18 facts appear in all five, and five appear in only one.", check=check_shared_core),
    Statement("Three of the texts tell many of the same facts in the same order", check=check_three_texts_alike),
    Statement(
        "how many independent choices might they stand for, given that three of the texts are so alike?",
        check=check_three_texts_alike,
    ),
    # solution
    Statement(
        "Two of the articles say Pezeshkian will visit the Shiite holy cities of Karbala and Najaf.",
        check=check_shrine_cities,
    ),
    Statement("If you find only one, check that your pattern accepts either name", not_about_the_articles=INSTRUCTION),
    Statement("How many of the facts in `facts.csv` does each article include?", not_about_the_articles=INSTRUCTION),
    Statement("sorted from most to fewest.", not_about_the_articles=INSTRUCTION),
    Statement("so that only the chart is shown.", not_about_the_articles=INSTRUCTION),
    Statement(
        "Does the article that includes the most facts give the best account?", not_about_the_articles=INSTRUCTION
    ),
    Statement(
        "`next-door-iraq` includes the most of our facts, but it is also by far the longest article (625 words against 301 to 430 for the others)",
        check=check_model_answer_lengths,
    ),
    Statement(
        "your fact appears in at least one article and in fewer than five.",
        not_about_the_articles="what the exercise's self-check requires",
    ),
    Statement(
        "Choose one fact that only one article includes (the lesson listed them).", not_about_the_articles=INSTRUCTION
    ),
    Statement(
        'Only `next-door-iraq` writes that Israel "launched an offensive in the Gaza Strip',
        check=check_only_next_door_offensive,
    ),
    # quick checks (framing/quick_checks.csv); test_quick_checks recomputes each one's facts and answer
    Statement(
        "The pattern for that fact is faulty, so none of the table's cells can be trusted until it is rewritten.",
        check=test_quick_checks.check_01_1,
    ),
    Statement(
        "Only that none of its sentences matches that fact's pattern; it may say something close in other words.",
        check=test_quick_checks.check_01_1,
    ),
]
