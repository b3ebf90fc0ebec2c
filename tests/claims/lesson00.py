"""Quantified statements of the toolkit (notebooks/00-toolkit.ipynb) and its solution (see tests/register/__init__.py)."""

import functools
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

import framing
from claims import Claim, quick_checks
from course_story import course_story


@functools.cache
def story():
    """What the toolkit builds: the articles, their sentences, the facts found and the article lengths."""
    articles = course_story().articles
    clean = course_story().clean
    sentences = course_story().sentences
    facts = course_story().facts
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


CLAIMS = {
    "00.ids": Claim(
        check_ids,
        says="All three are true: `visits-baghdad` is one of the ids (so the `or` is true, though `Baghdad` is not "
        "one), `al-Sudani` is not",
    ),
    "00.most-words": Claim(check_most_words, says="`next-door-iraq` has the most words, 625."),
    "00.two-over-400": Claim(check_two_over_400, says="Two articles have more than 400 words."),
    "00.firsts-and-last": Claim(
        check_firsts_and_last,
        says="Six rows: sentence 1 of every article, and sentence 26, the last of `next-door-iraq`.",
    ),
    "00.every-article-mentions-gaza": Claim(
        check_every_article_mentions_gaza,
        says="the five article ids, so every article has a sentence that mentions Gaza",
    ),
    "00.crosstab": Claim(
        check_crosstab,
        says="How many sentences of each article match two of the facts: `next-door-iraq` gives the 2,500 troops in "
        "two sentences, and `inaugural-visit` mentions Gaza in four.",
    ),
    "00.share": Claim(check_share, says="`next-door-iraq` holds 0.31 of the words, nearly a third."),
    "00.optional-pattern": check_optional_pattern,
    "00.iran": Claim(
        check_iran,
        says='`Iran` is in 62 places, 27 of them inside "Iranian"; `\\bIran\\b` keeps the 35 where it is a word of its '
        "own.",
    ),
    "00.unescaped-us": check_unescaped_us,
    "00.unescaped-us-2": Claim(
        check_unescaped_us,
        says='Only 15 of these matches are "U.S.": the others are pieces of other words, such as *groups,* *Hussein* '
        "and *discussions*.",
    ),
    "00.dollar": Claim(
        check_dollar, says="The pattern `$2.3 million` matches neither sentence, and `2.3 million` matches both"
    ),
    "00.load-facts-accepts-both": check_load_facts_accepts_both,
    "00.dollar-2": check_dollar,
    "00.us-case": Claim(
        check_us_case,
        says="19 matches ignoring case; none when case must match, because every one of the 19 is *US* in capitals.",
    ),
    "00.apostrophes": Claim(
        check_apostrophes, says="A pattern with one of them misses the other; the class `['’]` accepts either"
    ),
    "00.unescaped-us-in-every-article": check_unescaped_us_in_every_article,
    "00.every-fact-found": Claim(
        check_every_fact_found, says="*Expected result:* 18 counts, one per fact id, none of them zero."
    ),
    "00.quick-00-2": Claim(
        quick_checks.check_00_2,
        says='Because the other four articles write "U.S." too, and only the unescaped pattern finds theirs.',
    ),
}
