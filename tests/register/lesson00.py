"""Quantified statements of the toolkit (notebooks/00-toolkit.ipynb) and its solution (see tests/register/__init__.py)."""

import functools
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

import framing
import test_quick_checks
from paths import STORY_DIR
from register import Statement


@functools.cache
def story():
    """What the toolkit builds: the articles, their sentences, the facts found and the article lengths."""
    articles = framing.load_articles(STORY_DIR)
    clean = framing.clean_articles(articles)
    sentences = framing.split_sentences(clean)
    facts = framing.load_facts(STORY_DIR / "facts.csv")
    return SimpleNamespace(
        ids=list(articles["article_id"]),
        sentences=sentences,
        facts=facts,
        found=framing.find_facts(sentences, facts),
        lengths=framing.article_lengths(clean, sentences),
    )


def matches(pattern):
    """Every piece of text ``pattern`` matches in the sentences, with how often."""
    return framing.kwic(story().sentences, pattern)["match"].value_counts().to_dict()


INVENTED = pd.DataFrame(
    {
        "article_id": "invented",
        "sentence_no": [1, 2],
        "sentence": ["Iraq received $2.3 million.", "Iraq received 243 million dinars."],
    }
)


def check_ids():
    assert "visits-baghdad" in story().ids and "Baghdad" not in story().ids and "al-Sudani" not in story().ids


def check_most_words():
    words = story().lengths["words"]
    assert words.idxmax() == "next-door-iraq" and words.max() == 625


def check_two_over_400():
    words = story().lengths["words"]
    assert list(words[words > 400].index) == ["inaugural-visit", "next-door-iraq"]


def check_firsts_and_last():
    sentences = story().sentences
    kept = sentences[(sentences["sentence_no"] == 1) | (sentences["sentence_no"] == 26)]
    assert len(kept) == 6 and set(kept.loc[kept["sentence_no"] == 1, "article_id"]) == set(story().ids)
    assert list(kept.loc[kept["sentence_no"] == 26, "article_id"]) == ["next-door-iraq"]
    assert sentences.groupby("article_id")["sentence_no"].max().to_dict()["next-door-iraq"] == 26


def check_every_article_mentions_gaza():
    sentences = story().sentences
    assert set(sentences.loc[sentences["sentence"].str.contains("Gaza"), "article_id"]) == set(story().ids)


def check_crosstab():
    table = pd.crosstab(story().found["fact_id"], story().found["article_id"])
    assert table.loc["us_troops", "next-door-iraq"] == 2 and table.loc["gaza_war", "inaugural-visit"] == 4


def check_share():
    words = story().lengths["words"]
    share = words["next-door-iraq"] / words.sum()
    assert round(share, 2) == 0.31 and 0.3 < share < 1 / 3


def check_optional_pattern():
    pattern = story().facts.set_index("fact_id").loc["us_strikes_killed_leaders", "pattern"]
    assert pattern == r"strikes? (that have )?killed", pattern
    assert matches(pattern) == {"strikes that have killed": 1, "strike killed": 1}


def check_iran():
    assert matches(r"\w*Iran\w*") == {"Iran": 35, "Iranian": 27}
    assert sum(matches(r"\bIran\b").values()) == 35


def check_unescaped_us():
    loose, strict = matches("U.S."), matches(r"U\.S\.")
    assert strict == {"U.S.": 15} and loose["U.S."] == 15 and sum(loose.values()) > 2 * 15
    words = matches(r"\w*U.S.\w*")
    assert {"groups,", "Hussein", "discussions"} <= set(words)


def check_unescaped_us_in_every_article():
    found = framing.kwic(story().sentences, "U.S.")
    wrong = found[found["match"] != "U.S."]
    assert set(wrong["article_id"]) == set(story().ids)


def check_dollar():
    assert len(framing.find_pattern(INVENTED, "$2.3 million")) == 0
    assert len(framing.find_pattern(INVENTED, "2.3 million")) == 2
    assert list(framing.find_pattern(INVENTED, r"\$2\.3 million")["sentence_no"]) == [1]


def check_load_facts_accepts_both():
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.csv"
        path.write_text("fact_id,fact,pattern\naid,Aid,$2.3 million\naid2,Aid,2.3 million\n", encoding="utf-8")
        assert len(framing.load_facts(path)) == 2


def check_us_case():
    assert matches(r"\bus\b") == {"US": 19}
    assert matches(r"(?-i:\bus\b)") == {}


def check_apostrophes():
    assert matches("Iran's") == {"Iran's": 4} and matches("Iran’s") == {"Iran’s": 7}
    assert sum(matches(r"Iran['’]s").values()) == 11


def check_every_fact_found():
    counts = {
        fact_id: len(framing.find_pattern(story().sentences, p))
        for fact_id, p in zip(story().facts["fact_id"], story().facts["pattern"])
    }
    assert len(counts) == 18 and min(counts.values()) > 0


STATEMENTS = [
    Statement(
        "so that only the chart is shown and not the text of the object that draws it",
        not_about_the_articles="how a notebook shows a chart",
    ),
    Statement("**Prerequisites:** none.", not_about_the_articles="the toolkit's prerequisites"),
    Statement(
        "a cell can use `articles` only after the cell that made it has run",
        not_about_the_articles="how a notebook runs",
    ),
    Statement(
        "A cell shows only the value of its **last** line.", not_about_the_articles="how a notebook shows output"
    ),
    Statement("To show more than one thing, use `print`", not_about_the_articles="an instruction about print"),
    Statement(
        "The errors you will meet most often", not_about_the_articles="a statement about Python's error messages"
    ),
    Statement("`in` asks whether a value is one of the items", not_about_the_articles="a definition of in"),
    Statement(
        "All three are true: `visits-baghdad` is one of the ids (so the `or` is true, though `Baghdad` is not one), `al-Sudani` is not",
        check=check_ids,
    ),
    Statement("`next-door-iraq` has the most words, 625.", check=check_most_words),
    Statement("Two articles have more than 400 words.", check=check_two_over_400),
    Statement(
        "Six rows: sentence 1 of every article, and sentence 26, the last of `next-door-iraq`.",
        check=check_firsts_and_last,
    ),
    Statement(
        "`.isin([...])` asks whether each value is one of several", not_about_the_articles="a definition of isin"
    ),
    Statement(
        "the five article ids, so every article has a sentence that mentions Gaza",
        check=check_every_article_mentions_gaza,
    ),
    Statement(
        "`.value_counts()` counts how often each value occurs in a column, most frequent first",
        not_about_the_articles="a definition of value_counts",
    ),
    Statement(
        "here, how many different facts each article includes",
        not_about_the_articles="says what the next cell computes",
    ),
    Statement(
        "How many sentences of each article match two of the facts: `next-door-iraq` gives the 2,500 troops in two sentences, and `inaugural-visit` mentions Gaza in four.",
        check=check_crosstab,
    ),
    Statement("Here, each article's share of all the words", not_about_the_articles="says what the next cell computes"),
    Statement("`next-door-iraq` holds 0.31 of the words, nearly a third.", check=check_share),
    Statement(
        "Two rows, and the concept repeated in both.",
        not_about_the_articles="describes a table made up in the notebook",
    ),
    Statement(
        "`framing.find_pattern` and `framing.kwic` ignore case; most characters match themselves",
        not_about_the_articles="a statement about the pattern functions",
    ),
    Statement("one of the characters in the brackets", not_about_the_articles="a definition of a character class"),
    Statement("the `us_strikes_killed_leaders` fact uses both", check=check_optional_pattern),
    Statement(
        '`Iran` is in 62 places, 27 of them inside "Iranian"; `\\bIran\\b` keeps the 35 where it is a word of its own.',
        check=check_iran,
    ),
    Statement('so an unescaped `U.S.` finds far more than "U.S."', check=check_unescaped_us),
    Statement(
        'Only 15 of these matches are "U.S.": the others are pieces of other words, such as *groups,* *Hussein* and *discussions*.',
        check=check_unescaped_us,
    ),
    Statement(
        "The pattern `$2.3 million` matches neither sentence, and `2.3 million` matches both", check=check_dollar
    ),
    Statement(
        "Neither mistake gives an error: `load_facts` accepts both patterns", check=check_load_facts_accepts_both
    ),
    Statement("Only the first sentence.", check=check_dollar),
    Statement(
        "19 matches ignoring case; none when case must match, because every one of the 19 is *US* in capitals.",
        check=check_us_case,
    ),
    Statement(
        "`(?<!...)` matches only where the text in the brackets does not come just before.",
        not_about_the_articles="a definition of a lookbehind",
    ),
    Statement("A pattern with one of them misses the other; the class `['’]` accepts either", check=check_apostrophes),
    Statement(
        "The unescaped `U.S.` pattern matched pieces of other words in every article.",
        check=check_unescaped_us_in_every_article,
    ),
    Statement("*which article gives the most sentences to Gaza?*", not_about_the_articles="a question for the student"),
    Statement(
        "**Exercise 2.** How many sentences does each article have?", not_about_the_articles="an exercise's question"
    ),
    Statement(
        "*Expected result:* a string, one of the sentences of `sentences`.",
        not_about_the_articles="the form of an exercise's answer",
    ),
    Statement("*Expected result:* 18 counts, one per fact id, none of them zero.", check=check_every_fact_found),
    # quick checks (framing/quick_checks.csv); test_quick_checks recomputes each one's facts and answer
    Statement(
        'Because the other four articles write "U.S." too, and only the unescaped pattern finds theirs.',
        check=test_quick_checks.check_00_2,
    ),
]
