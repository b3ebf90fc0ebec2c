"""Quantified statements of the toolkit (notebooks/00-toolkit.ipynb) and its solution (see tests/register/__init__.py)."""

import functools
import re
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

import framing
from claims import Claim, quick_checks
from course_story import course_story
from tools import course


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
    assert sum(matches(r"\bIran\b(?!-)").values()) == 26
    assert matches(r"\bIran-\w+") == {"Iran-aligned": 6, "Iran-backed": 3}


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


def check_kurd():
    assert matches(r"Kurd\w*") == {"Kurdish": 7, "Kurdistan": 1}


def check_pair():
    pair = story().sentences[story().sentences["article_id"].isin(["visits-baghdad", "first-foreign-trip"])]
    assert pair["article_id"].value_counts().to_dict() == {"visits-baghdad": 13, "first-foreign-trip": 13}


def check_gaza_split():
    gaza = story().sentences["sentence"].str.contains("Gaza")
    assert (gaza.sum(), (~gaza).sum(), len(gaza)) == (11, 67, 78)


def check_sentences_per_article():
    counts = story().sentences["article_id"].value_counts()
    assert counts.idxmax() == "next-door-iraq" and counts.max() == 26
    assert counts.idxmin() == "strategic-partnership" and counts.min() == 11


def check_found_rows():
    found = story().found
    sentences = found[["article_id", "sentence_no"]].drop_duplicates()
    assert (len(found), found["fact_id"].nunique(), len(story().facts)) == (68, 18, 18)
    assert len(sentences) == 52 < len(found), "some sentences match more than one fact"


def check_airport_articles():
    airport = story().found[story().found["fact_id"] == "airport_attack"]
    assert airport["article_id"].value_counts().to_dict() == {"strategic-partnership": 2, "next-door-iraq": 1}


def check_facts_per_article():
    per_article = story().found.groupby("article_id")["fact_id"].nunique()
    assert per_article["next-door-iraq"] == 15 and per_article["inaugural-visit"] == 13
    assert per_article.sort_values(ascending=False).index[:2].tolist() == ["next-door-iraq", "inaugural-visit"]


def check_words_in_all():
    words = story().lengths["words"]
    assert words.sum() == 1985 and (words > 400).sum() == 2


def check_comprehension_counts():
    counts = [len(framing.find_pattern(story().sentences, p)) for p in ["Gaza", "Kurd", "Soleimani"]]
    assert counts == [11, 8, 2]


def check_alternatives():
    found = framing.find_pattern(story().sentences, "explosion|rocket attack")
    assert len(found) == 3 and set(found["article_id"]) == {"strategic-partnership", "next-door-iraq"}


def check_no_dollars():
    assert not course_story().clean["text"].str.contains("$", regex=False).any()


def check_gaza_case():
    text = story().sentences["sentence"]
    assert text.str.contains("gaza").sum() == 0 and text.str.contains("(?i)gaza").sum() == 11


def check_terrorist_group():
    assert len(framing.kwic(story().sentences, "terrorist group")) == 3
    assert len(framing.kwic(story().sentences, r"(?<!ISIS )terrorist group")) == 2


TOOLKIT = course.LESSONS / course.TOOLKIT_NAME


def _minutes(cells) -> float:
    """The minutes ``course.estimate`` gives these cells: prose, outputs, code cells, charts and discussion."""
    minutes = 0.0
    for cell in cells:
        text = course.source(cell)
        if cell.cell_type == "markdown" and not text.startswith(course.NAV_MARK):
            minutes += course._reading_words(text) / course.READING_WORDS_PER_MINUTE
        elif cell.cell_type == "code":
            outputs = cell.get("outputs", [])
            minutes += course.output_words(cell) / course.OUTPUT_WORDS_PER_MINUTE + course.MINUTES_PER_CODE_CELL
            minutes += course.MINUTES_PER_CHART * sum("image/png" in o.get("data", {}) for o in outputs)
    return minutes + course.MINUTES_PER_DISCUSSION_QUESTION * course._discussion_questions(cells)


def toolkit_parts() -> dict[str, float]:
    """The toolkit's estimated minutes in three parts: the core's two sittings (to section 4; sections 5 to 7) and the
    reference (sections 8 to 10, the summary and the questions), cut at the headings of sections 5 and 8."""
    cells = course.read(TOOLKIT).cells
    starts = [
        next(i for i, c in enumerate(cells) if c.cell_type == "markdown" and re.match(heading, course.source(c)))
        for heading in (r"## 5\. ", r"---\s+## Part 2 ")
    ]
    return {
        "sitting 1": _minutes(cells[: starts[0]]),
        "sitting 2": _minutes(cells[starts[0] : starts[1]]),
        "reference": _minutes(cells[starts[1] :]),
    }


def stated_minutes(sentence: str) -> list[int]:
    return [int(n) for n in re.findall(r"about (\d+) minutes", sentence)]


def close(stated: int, estimated: float) -> bool:
    """An 'about N minutes' holds when N is within five minutes of the estimate (times are stated in fives)."""
    return abs(stated - estimated) < 5


def check_core_time(sentence):
    parts = toolkit_parts()
    stated = stated_minutes(sentence)
    estimated = [parts["sitting 1"], parts["sitting 2"]]
    assert len(stated) == 2 and all(map(close, stated, estimated)), (
        f"the core's sittings are estimated at {estimated[0]:.0f} and {estimated[1]:.0f} minutes; the sentence states "
        f"{stated}:\n  {sentence}"
    )


def check_reference_time(sentence):
    parts = toolkit_parts()
    stated = stated_minutes(sentence)
    assert len(stated) == 1 and close(stated[0], parts["reference"]), (
        f"the reference is estimated at {parts['reference']:.0f} minutes; the sentence states {stated}:\n  {sentence}"
    )
    check_parts_add_up()


def check_parts_add_up():
    """The opening's three times (two sittings of the core, the reference) add up to the toolkit's stated time."""
    opening = course.source(course.opening_cell(course.read(TOOLKIT), TOOLKIT))
    parts = stated_minutes(opening)
    total = course.stated_minutes(TOOLKIT)[1]
    assert len(parts) == 3 and sum(parts) == total, (
        f"the toolkit's opening states parts of {parts} minutes, which should add up to its {total} for the toolkit"
    )


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
        says='`\\bIran\\b` keeps 35: 26 where Iran is a word of its own, and 9 inside "Iran-backed" or "Iran-aligned"',
    ),
    "00.unescaped-us": Claim(
        check_unescaped_us,
        says='Only 15 of these matches are "U.S.": the others are pieces of other words, such as *groups,* *Hussein* '
        "and *discussions*.",
    ),
    "00.unescaped-us-more": check_unescaped_us,
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
        check_apostrophes, says="4 with the straight apostrophe, 7 with the curly one, 11 with the class."
    ),
    "00.unescaped-us-in-every-article": check_unescaped_us_in_every_article,
    "00.every-fact-found": Claim(
        check_every_fact_found, says="*Expected result:* 18 counts, one per fact id, none of them zero."
    ),
    "00.kurd": Claim(check_kurd, says='"Kurdish" seven times and "Kurdistan" once.'),
    "00.two-apostrophes": check_apostrophes,
    "00.escaped-us": Claim(quick_checks.check_00_2, says="15 matches ... all in `next-door-iraq` ... four"),
    "00.pair": Claim(check_pair, says="26 sentences, 13 from each of the two articles."),
    "00.gaza-split": Claim(check_gaza_split, says="11 sentences mention Gaza and 67 do not, 78 in all."),
    "00.sentences-per-article": Claim(
        check_sentences_per_article, says="`next-door-iraq` has 26 sentences; `strategic-partnership` 11."
    ),
    "00.found-facts": Claim(check_found_rows, says="68 rows, for 18 different facts: each of the 18 facts"),
    "00.found-rows": Claim(check_found_rows, says="The 68 rows come from 52 different sentences"),
    "00.airport-articles": Claim(
        check_airport_articles,
        says="Two articles, `strategic-partnership` and `next-door-iraq`, although `strategic-partnership` has two "
        "sentences that match.",
    ),
    "00.facts-per-article": Claim(
        check_facts_per_article, says="`next-door-iraq` has sentences matching 15 of the facts, `inaugural-visit` 13."
    ),
    "00.words-in-all": Claim(check_words_in_all, says="1,985 words in all, and two articles longer than 400 words."),
    "00.comprehension-counts": Claim(check_comprehension_counts, says="11, 8 and 2 sentences."),
    "00.alternatives": Claim(
        check_alternatives, says="Three sentences, in `strategic-partnership` and `next-door-iraq`, with either phrase."
    ),
    "00.no-dollars": check_no_dollars,
    "00.gaza-case": Claim(check_gaza_case, says="the 11 that mention Gaza"),
    "00.terrorist-group": Claim(check_terrorist_group, says="Three matches without the condition, two with it."),
    "00.core-time": check_core_time,
    "00.reference-time": check_reference_time,
    "00.guide-core-time": check_core_time,
    "00.guide-reference-time": check_reference_time,
    "00.quick-00-2": Claim(
        quick_checks.check_00_2,
        says='Because the other four articles write "U.S." too, and only the unescaped pattern finds theirs.',
    ),
}
