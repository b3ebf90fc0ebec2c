"""Quantified statements of lesson 07 and its solution (see tests/register/__init__.py).

Lesson 07 repeats figures of lessons 03 and 04 (the sentiment agreement, the held-out speaker figure); they follow
those lessons and are registered by the words ``test_lesson_07_...`` asserts. What lesson 07 says of its own
steps is checked on the course's story and on a one-article story.
"""

import functools
from types import SimpleNamespace

import pandas as pd

import framing
import test_notebook_claims
from framing.capstone import NotEnough
from paths import STORY_DIR
from register import Statement

FIGURES = test_notebook_claims.test_lesson_07_repeats_the_measured_figures_of_lessons_03_and_04_and_promises_nothing
TOO_FEW = "needs at least two articles with words"


@functools.cache
def story():
    """The course's story as lesson 07 runs it, and a story of its first article alone."""
    articles = framing.load_articles(STORY_DIR)
    clean = framing.clean_articles(articles)
    sentences = framing.split_sentences(clean)
    facts = framing.load_facts(STORY_DIR / "facts.csv")
    one = clean.iloc[:1]
    return SimpleNamespace(
        articles=articles, clean=clean, ids=list(clean["article_id"]), sentences=sentences,
        text=clean.set_index("article_id")["text"].str.replace("’", "'"),
        coverage=framing.fact_coverage(framing.find_facts(sentences, facts), facts, clean["article_id"]),
        attributions=framing.find_attributions(clean), pairs=framing.closest_pairs_in_story(clean, top=10),
        one=one, one_sentences=framing.split_sentences(one),
    )


def included_by():
    return story().coverage.sum(axis=1)


def check_sixty_rows_then_first_and_last_five():
    # the notebook leaves pandas' row limits as they are: over 60 rows, min_rows (10) are shown, half at each end
    assert (pd.get_option("display.max_rows"), pd.get_option("display.min_rows")) == (60, 10)


def check_distinctive_words_need_two_articles():
    result = framing.distinctive_words_by_article(story().one)
    assert isinstance(result, NotEnough) and TOO_FEW in repr(result), repr(result)
    table = framing.distinctive_words_by_article(story().clean, top=5)
    assert list(table.index) == story().ids


def check_one_line_per_article_and_the_empty_one():
    check_sixty_rows_then_first_and_last_five()
    texts = pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["Militias attacked the base, officials said.", "\u200b", "Officials said the base was quiet."]})
    table = framing.distinctive_words_by_article(texts, top=2)
    assert list(table.index) == ["a", "b", "c"] and "no words after cleaning" in table.loc["b", "most distinctive words"]


def check_no_attributions_said_so():
    none = framing.speakers_by_article(framing.find_attributions(pd.DataFrame({"article_id": ["a"], "text": ["Rain fell on the town all day."]})))
    assert isinstance(none, NotEnough) and "needs quotation marks or reporting verbs" in repr(none), repr(none)


def check_speaker_types_per_article():
    check_sixty_rows_then_first_and_last_five()
    table = framing.speakers_by_article(story().attributions)
    assert sorted(table.index) == sorted(story().ids) and set(table.columns) <= {"person", "organisation", "media", "anonymous", "pronoun"}, table.columns


def check_verb_counts_by_article():
    counts = framing.verb_counts(story().attributions)
    assert list(counts.columns) == [*story().ids, "neutral"], list(counts.columns)


def check_both_need_two_articles():
    s = story()
    pairs = framing.closest_pairs_in_story(s.one)
    assert isinstance(pairs, NotEnough) and TOO_FEW in repr(pairs)
    assert isinstance(framing.align_closest_pair(s.one_sentences, pairs), NotEnough)


def check_lesson_05_scores():
    pairs = story().pairs
    assert [set(p) for p in pairs[["first", "second"]].values[:2]] == [{"visits-baghdad", "first-foreign-trip"}, {"inaugural-visit", "first-foreign-trip"}]
    assert pairs["similarity"].tolist()[:2] == [0.037, 0.025] and pairs["similarity"][2:].max() <= 0.007 and len(pairs) == 10


def check_alignment_in_reading_order():
    aligned = framing.align_closest_pair(story().sentences, story().pairs)
    assert {"first_no", "second_no", "similarity", "first_sentence", "second_sentence"} <= set(aligned.columns)
    assert aligned["first_no"].is_monotonic_increasing and aligned["second_no"].is_monotonic_increasing
    assert aligned["first_no"].is_unique and aligned["second_no"].is_unique


def check_four_and_five_facts():
    assert ((included_by() == len(story().ids)).sum(), (included_by() == 1).sum()) == (4, 5)


def check_one_article_alignment_message():
    s = story()
    aligned = framing.align_closest_pair(s.one_sentences, framing.closest_pairs_in_story(s.one, top=1))
    assert isinstance(aligned, NotEnough) and str(aligned.message).startswith("No alignment: there is no pair of articles to align")


def check_thesis_model_answer():
    s = story()
    core = included_by()
    assert list(core.index[core == 5]) == ["us_troops", "invasion_2003", "gaza_war", "kurdish_region_visit"]
    attacks = s.coverage.loc["armed_groups_attack_us"]
    assert list(attacks.index[~attacks]) == ["strategic-partnership"]
    aligned = framing.align_sentences(s.sentences, "visits-baghdad", "inaugural-visit")
    war = aligned[aligned["first_sentence"].str.replace("’", "'").str.contains("Israel's war on Palestinians")]
    assert len(war) == 1 and "the Israel-Hamas war" in war["second_sentence"].iloc[0]
    assert [a for a in s.ids if "in response to Hamas's Oct. 7, 2023, terrorist attack" in s.text[a]] == ["next-door-iraq"]
    statements = framing.distinct_statements(s.attributions)
    groups = statements.assign(group=framing.assign_groups(statements, framing.load_speaker_groups(STORY_DIR / "speaker-groups.csv")))
    for group in ("US officials and government", "armed groups"):
        assert set(groups.loc[groups["group"] == group, "article_id"]) == {"next-door-iraq"}, group


def check_three_texts_show_no_outlet_date_or_byline():
    articles = story().articles
    assert "outlet" not in articles.columns
    bare = articles[(articles[["date_shown", "byline"]] == "").all(axis=1)]
    assert list(bare["article_id"]) == ["visits-baghdad", "inaugural-visit", "strategic-partnership"]
    assert all("outlet not named" in origin or origin == "unknown" or "(inference)" in origin for origin in articles["origin_inferred"])


INSTRUCTION = "an instruction or question to the student"

STATEMENTS: list[Statement] = [
    # opening and collecting
    Statement("4. write a short framing analysis that names every article and quotes its words.", not_about_the_articles="a learning goal of the lesson"),
    Statement("Paste each article's text into its own UTF-8 `.txt` file there.", not_about_the_articles=INSTRUCTION),
    Statement("Record only what you saw; label inferences as inferences.", not_about_the_articles=INSTRUCTION),
    # the steps
    Statement("Next, the notebook removes those lines and counts the words and sentences of each article:", not_about_the_articles="introduces the cell below it"),
    Statement("Selection: which facts does each article include?", not_about_the_articles="a heading of the lesson"),
    Statement("Facts in every article are the shared core; facts in one or two are where selection differs.", not_about_the_articles="a definition of the shared core"),
    Statement("Distinctive words need no preparation, but they need two articles with words", check=check_distinctive_words_need_two_articles),
    Statement("One line per article (with more than 60 articles, the first and last five are shown); an article that cleaning left empty is listed with a note.", check=check_one_line_per_article_and_the_empty_one),
    Statement("(41 against 36 per cent)", covered_by=FIGURES),
    Statement("(68 per cent)", covered_by=FIGURES),
    Statement("On your story they may do better or worse", covered_by=FIGURES),
    Statement("get the speaker wrong for about one in four", covered_by=FIGURES),
    Statement("It needs quotation marks or verbs such as \"said\"; if it finds none, the cell says so.", check=check_no_attributions_said_so),
    Statement("The table counts each type of speaker per article (with more than 60 articles, the first and last five are shown).", check=check_speaker_types_per_article),
    Statement("`framing.verb_counts(attributions)` gives them article by article.", check=check_verb_counts_by_article),
    Statement("The most similar pairs of articles, by shared five-word runs (Jaccard similarity, lesson 05), and the sentence alignment of the closest pair.", not_about_the_articles="introduces the cells below it"),
    Statement("Both need two articles with words.", check=check_both_need_two_articles),
    Statement("In the course's story (lesson 05), `visits-baghdad` and `first-foreign-trip` scored 0.037, `inaugural-visit` and `first-foreign-trip` 0.025, and every other pair at most 0.007.", check=check_lesson_05_scores),
    Statement("Each row pairs a sentence of the first article with one of the second, in reading order, with their similarity.", check=check_alignment_in_reading_order),
    Statement("**Selection**: the shared core, and the facts only some articles include.", not_about_the_articles=INSTRUCTION),
    Statement("A step that needs more than your story has (two articles, words in each) says so in plain words, and the notebook goes on.",
              not_about_the_articles="how the notebook behaves on a small story (tests/test_your_own_story.py runs it)"),
    # solution
    Statement("*Expected result:* two lists of fact ids; no fact in both.", not_about_the_articles="the exercise's expected result"),
    Statement("(For the course's story: four facts in the first list, five in the second.)", check=check_four_and_five_facts),
    Statement("If your story has only one article, `align_closest_pair` says so in plain words instead of giving a table, and `shifts` is that message.", check=check_one_article_alignment_message),
    Statement("The five articles share a core of facts (the 2,500 US troops, the 2003 invasion, the war in Gaza, the Kurdish region; all but `strategic-partnership` also report attacks on US troops or forces by armed groups in Iraq), "
              "but frame the war and the armed groups differently: sentences that otherwise read alike speak of \"Israel's war on Palestinians\" in `visits-baghdad` and of \"the Israel-Hamas war\" in `inaugural-visit`, "
              "and only `next-door-iraq` places the war \"in response to Hamas's Oct. 7, 2023, terrorist attack\" and gives voice to US officials and an armed group.", check=check_thesis_model_answer),
    Statement("Three of the five texts show no outlet, date or byline, so the analysis compares texts, not outlets", check=check_three_texts_show_no_outlet_date_or_byline),
    Statement("The facts list and the lexicon were written by reading these articles, so they can only show differences we noticed.", not_about_the_articles="a limit of the method"),
]
