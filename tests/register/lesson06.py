"""Quantified statements of lesson 06 and its solution (see tests/register/__init__.py)."""

import functools
from types import SimpleNamespace

import pandas as pd

import framing
import test_quick_checks
from framing.page_lines import classify_eval_pages, load_page_eval, score_page_lines
from paths import ROOT, STORY_DIR
from register import Statement
from tools import course

FRAMES_DIR = ROOT / "data" / "generic-frames"


@functools.cache
def story():
    """The lesson's tables, computed once, as the lesson computes them."""
    articles = framing.load_articles(STORY_DIR)
    clean = framing.clean_articles(articles)
    sentences = framing.split_sentences(clean)
    facts = framing.load_facts(STORY_DIR / "facts.csv")
    positions = framing.first_positions(sentences, facts)
    functions = framing.load_entman_functions(STORY_DIR / "entman-functions.csv", articles)
    codebook = framing.load_codebook(FRAMES_DIR / "codebook.csv")
    coding = framing.load_frame_coding(STORY_DIR / "generic-frames-coded.csv", codebook, articles)
    second = framing.load_frame_coding(STORY_DIR / "generic-frames-coded-second.csv", codebook, articles)
    found = framing.function_passages(functions)
    return SimpleNamespace(
        articles=articles,
        text=articles.set_index("article_id")["text"],
        sentences=sentences,
        facts=facts,
        positions=positions,
        at=framing.position_grid(positions),
        functions=functions,
        found=found,
        lines=framing.page_lines(articles),
        codebook=codebook,
        coding=coding,
        second=second,
        agreement=framing.coding_agreement(coding, second).set_index("frame"),
    )


def first_sentence(article_id):
    s = story().sentences
    return s[(s["article_id"] == article_id) & (s["sentence_no"] == 1)]["sentence"].iloc[0]


def check_lesson_01_quoted_the_first_half():
    lesson = " ".join(course.source(c) for c in course.read(course.LESSONS / "01-meet-the-articles.ipynb").cells)
    assert (
        "To frame is to select some aspects of a perceived reality and make them more salient in a communicating text"
        in lesson
    )
    assert "treatment recommendation" not in lesson and "causal interpretation" not in lesson


def check_every_article_has_every_function_recorded():
    f = story().functions
    assert f.groupby("article_id")["function"].nunique().eq(4).all() and f["article_id"].nunique() == 5


def check_a_zero_has_a_none_found_row():
    found, f = story().found, story().functions
    for (article_id, function), n in found.stack().items():
        if n == 0:
            rows = f[(f["article_id"] == article_id) & (f["function"] == function)]
            assert len(rows) == 1 and rows["note"].iloc[0].startswith("None found"), (article_id, function)


def check_all_offer_problem_and_cause_differ_on_the_rest():
    found = story().found
    assert (found["problem definition"] > 0).all() and (found["causal interpretation"] > 0).all()
    for function in ("moral evaluation", "treatment recommendation"):
        assert (found[function] == 0).any() and (found[function] > 0).any(), function


def check_inaugural_statement_of_pezeshkians_office():
    sentences = story().sentences
    mine = sentences[sentences["article_id"] == "inaugural-visit"]["sentence"]
    holding = [s for s in mine if "atrocities" in s]
    assert (
        len(holding) == 1
        and "genocide" in holding[0]
        and "the imperative to halt the war and genocide in Gaza" in holding[0]
    )
    assert "Pezeshkian's office articulated in a statement" in holding[0]


def check_18_facts():
    assert len(story().facts) == 18


def check_share_arithmetic():
    assert (4 - 1) / (13 - 1) == 0.25 and (7 - 1) / (25 - 1) == 0.25


def check_6_of_8_same_sentence_number():
    both = story().at[["visits-baghdad", "first-foreign-trip"]].dropna()
    assert len(both) == 8 and int((both["visits-baghdad"] == both["first-foreign-trip"]).sum()) == 6


def check_us_troops_positions():
    row = story().at.loc["us_troops"]
    assert row["next-door-iraq"] == 1 and sorted(row.drop("next-door-iraq").tolist()) == [3, 4, 4, 6]


def check_four_first_sentences_about_the_visit():
    for article_id in ("visits-baghdad", "inaugural-visit", "first-foreign-trip", "strategic-partnership"):
        assert "visit" in first_sentence(article_id).lower(), article_id
    assert "visit" not in first_sentence("next-door-iraq").lower()
    assert first_sentence("next-door-iraq").startswith(
        "Along with 2,500 U.S. troops, Iraq hosts several Iran-backed militia groups"
    )
    for article_id in ("visits-baghdad", "first-foreign-trip"):
        assert "new agreements" in first_sentence(article_id).lower()
        assert not (story().positions.query("article_id == @article_id")["sentence_no"] <= 2).any()


def check_47_of_52_held_out_page_lines():
    pages = load_page_eval(ROOT / "data" / "page-lines-eval" / "pages.csv")
    labelled = classify_eval_pages(pages[pages["set"] == "held-out"])
    score_page_lines(labelled)
    assert (len(labelled), int((labelled["kind"] == labelled["predicted"]).sum())) == (52, 47)


def check_only_two_with_headline_and_captions():
    kinds = story().lines.groupby("article_id")["kind"].agg(set)
    with_both = sorted(a for a, k in kinds.items() if {"headline", "caption"} <= k)
    assert with_both == ["first-foreign-trip", "next-door-iraq"]
    assert sum("headline" in kinds.get(a, set()) for a in story().articles["article_id"]) == 2


def check_both_headlines_say_first():
    headlines = story().lines[story().lines["kind"] == "headline"].drop_duplicates("article_id")["line"].tolist()
    assert len(headlines) == 2 and all(("first" in h.lower() or "1st" in h) for h in headlines), headlines


def check_no_photographs_in_the_data():
    suffixes = {p.suffix.lower() for p in STORY_DIR.iterdir()}
    assert not suffixes & {".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff"}, suffixes


def check_five_generic_frames():
    assert list(framing.FRAMES) == [
        "attribution of responsibility",
        "human interest",
        "conflict",
        "morality",
        "economic consequences",
    ]


def check_morality_yes_only_inaugural():
    c = story().coding
    assert set(c[(c["frame"] == "morality") & (c["answer"] == "yes")]["article_id"]) == {"inaugural-visit"}
    assert (
        "the ongoing atrocities committed by the Zionist regime (Israel) against the Palestinian people"
        in story().text["inaugural-visit"]
    )


def check_95_of_100():
    overall = story().agreement.loc["overall"]
    assert (overall["items"], overall["agreed"], overall["kappa"]) == (100, 95, 0.898)


def check_by_frame_agreement():
    a = story().agreement
    for frame in ("human interest", "conflict"):
        assert a.loc[frame, "agreed"] == a.loc[frame, "items"], frame
    assert (a.loc["morality", "agreed"], a.loc["morality", "items"], a.loc["morality", "kappa"]) == (13, 15, 0.423)
    assert (
        a.loc["economic consequences", "agreed"],
        a.loc["economic consequences", "items"],
        a.loc["economic consequences", "kappa"],
    ) == (13, 15, 0.444)


def disagreements():
    m = story().coding.merge(story().second, on=["article_id", "frame", "question_no"], suffixes=("_first", "_second"))
    return m[m["answer_first"] != m["answer_second"]]


def check_five_disagreements_all_borderline():
    d = disagreements()
    assert len(d) == 5
    flagged = d["note_first"].str.contains("borderline", case=False) | d["note_second"].str.contains(
        "borderline", case=False
    )
    assert flagged.all()


def check_human_face_no_for_everyone():
    for coding in (story().coding, story().second):
        q1 = coding[(coding["frame"] == "human interest") & (coding["question_no"] == 1)]
        assert len(q1) == 5 and (q1["answer"] == "no").all()


def check_islamic_state_not_in_three():
    row = story().at.loc["islamic_state"]
    assert all(pd.isna(row[a]) for a in ("visits-baghdad", "inaugural-visit", "first-foreign-trip"))
    assert row["strategic-partnership"] == 3
    assert "to combat remnants of the Islamic State" in story().text["strategic-partnership"]


def check_only_next_door_first_sentence():
    first = story().positions[story().positions["sentence_no"] == 1]
    assert first["article_id"].unique().tolist() == ["next-door-iraq"]


def check_four_items_note():
    c = story().coding
    course_rows = c[(c["article_id"] == "strategic-partnership") & (c["frame"] == "conflict")]
    note = framing.coding_agreement(course_rows, course_rows).set_index("frame").loc["overall", "note"]
    assert "only 4 items" in note


def check_model_answer_matches_course_conflict():
    c = story().coding
    rows = c[(c["article_id"] == "strategic-partnership") & (c["frame"] == "conflict")]
    assert dict(zip(rows["question_no"], rows["answer"])) == {1: "yes", 2: "no", 3: "yes", 4: "no"}


def check_conflict_quotes_in_strategic_partnership():
    text = story().text["strategic-partnership"]
    assert "Recent regional conflicts have added to this complexity" in text
    assert "navigate its relationship with both Tehran" in text and "and the United States" in text


STATEMENTS = [
    Statement("**Framing question:**", not_about_the_articles="the lesson's question, not a claim"),
    Statement(
        "Lesson 01 quoted the first half of Robert Entman's definition.", check=check_lesson_01_quoted_the_first_half
    ),
    Statement(
        "The second half names four things a frame *does*:", not_about_the_articles="a definition from Entman (1993)"
    ),
    Statement(
        "The course's reader went through each article and recorded, for each function",
        check=check_every_article_has_every_function_recorded,
    ),
    Statement(
        "How many passages did the reader record for each article and function?",
        not_about_the_articles="a question introducing a table",
    ),
    Statement(
        "A 0 means the reader found none, and a row with a note says why:", check=check_a_zero_has_a_none_found_row
    ),
    Statement(
        "In this reader's record, every article offers a problem definition and a causal interpretation; they differ on the last two.",
        check=check_all_offer_problem_and_cause_differ_on_the_rest,
    ),
    Statement(
        "both are in a statement that the article attributes to Pezeshkian's office",
        check=check_inaugural_statement_of_pezeshkians_office,
    ),
    Statement(
        "An article that quotes a government's call to act carries that remedy to its readers without making it its own",
        not_about_the_articles="a reading of what quoting does, not a count",
    ),
    Statement(
        "Neither is neutral by default, and the table does not say which choice is right.",
        not_about_the_articles="a statement of method",
    ),
    Statement("Lesson 01 recorded *whether* each article reports each of its 18 facts.", check=check_18_facts),
    Statement(
        "Hard-news writing traditionally puts what it judges most important first (the *inverted pyramid*)",
        not_about_the_articles="a convention of news writing",
    ),
    Statement(
        "a fact in sentence 4 of 13 (share 0.25) and one in sentence 7 of 25 (0.25) stand at the same place",
        check=check_share_arithmetic,
    ),
    Statement(
        "of the 8 facts that both report, 6 come first at the same sentence number in both",
        check=check_6_of_8_same_sentence_number,
    ),
    Statement(
        "`us_troops` is sentence 1 of `next-door-iraq`, and sentence 3 to 6 of the others.",
        check=check_us_troops_positions,
    ),
    Statement(
        "A fact near 0 is one of the first things the reader learns",
        not_about_the_articles="what a position means for a reader",
    ),
    Statement(
        "`framing.leads` puts the first two sentences of each article side by side:",
        not_about_the_articles="what a tool does",
    ),
    Statement("Four of the five first sentences are about the visit", check=check_four_first_sentences_about_the_visit),
    Statement("Lesson 01 removed the lines around each article", not_about_the_articles="what an earlier lesson did"),
    Statement("they agreed on 47 of 52 lines", check=check_47_of_52_held_out_page_lines),
    Statement(
        "Only `first-foreign-trip` and `next-door-iraq` come with a headline and photo captions",
        check=check_only_two_with_headline_and_captions,
    ),
    Statement(
        "The table above lists only one first sentence, `next-door-iraq`'s", check=check_only_next_door_first_sentence
    ),
    Statement(
        "For three of the five we do not know what the page showed first",
        check=check_only_two_with_headline_and_captions,
    ),
    Statement(
        "Both select the same fact, that this is the president's *first* trip abroad.",
        check=check_both_headlines_say_first,
    ),
    Statement(
        "The photographs themselves are not in the data, only their captions", check=check_no_photographs_in_the_data
    ),
    Statement(
        "Semetko and Valkenburg (2000) coded news stories with a list of yes/no questions for five of them",
        check=check_five_generic_frames,
    ),
    Statement(
        "Kappa discounts the agreement that chance alone would give",
        not_about_the_articles="what kappa measures (a definition)",
    ),
    Statement(
        "A *coding* answers every question, yes or no, for every article",
        not_about_the_articles="a definition of a coding",
    ),
    Statement(
        "`frame_scores` counts the yes answers of each article for each frame",
        not_about_the_articles="what a tool does",
    ),
    Statement(
        "The first coder answered yes to morality questions only for `inaugural-visit`",
        check=check_morality_yes_only_inaugural,
    ),
    Statement("The two coders gave the same answer on 95 of the 100 items (kappa 0.898).", check=check_95_of_100),
    Statement(
        "On human interest and conflict they agree on every item; on morality and on economic consequences, on 13 of 15, and kappa falls to 0.423 and 0.444",
        check=check_by_frame_agreement,
    ),
    Statement(
        "Both coders were AI sessions working for the course, not people",
        not_about_the_articles="how the codings were made (data/generic-frames/README.md records it)",
    ),
    Statement("Entman's definition has a second half", not_about_the_articles="a definition from Entman (1993)"),
    Statement(
        "all five articles offer a problem and causes; they differ on judgements and remedies",
        check=check_all_offer_problem_and_cause_differ_on_the_rest,
    ),
    Statement("A placement measure sees only the facts on its list.", not_about_the_articles="a limit of the method"),
    Statement("Only two of the five texts come with them", check=check_only_two_with_headline_and_captions),
    Statement(
        "who worked apart agreed on 95 of 100 answers; all five disagreements were on answers one of them had marked borderline",
        check=check_five_disagreements_all_borderline,
    ),
    Statement(
        "Does the placement change what the fact means to a reader", not_about_the_articles="a question for discussion"
    ),
    Statement(
        "Both coders answered no, for every article, to the first human-interest question",
        check=check_human_face_no_for_everyone,
    ),
    Statement(
        "Which facts does each article report in its first quarter?", not_about_the_articles="an exercise's question"
    ),
    Statement(
        "Store in `early` the rows of `positions` whose `share` is at most 0.25.",
        not_about_the_articles="an exercise's instruction",
    ),
    Statement("Which article has the most facts in its first quarter", not_about_the_articles="an exercise's question"),
    Statement(
        "none of them has a sentence that matches the Islamic State pattern", check=check_islamic_state_not_in_three
    ),
    Statement(
        "how many of the four functions did the reader find at least once?",
        not_about_the_articles="an exercise's question",
    ),
    Statement("Pick an article with fewer than four.", not_about_the_articles="an exercise's instruction"),
    Statement(
        "with only four items, its `note` warns you that one answer moves the figures a lot",
        check=check_four_items_note,
    ),
    Statement("My answers were the course's on all four.", check=check_model_answer_matches_course_conflict),
    Statement(
        'Question 1 ("disagreement between parties") is yes on the article\'s own words',
        check=check_conflict_quotes_in_strategic_partnership,
    ),
    Statement("in no more than twelve words", not_about_the_articles="an exercise's instruction"),
    # quick checks (framing/quick_checks.csv); test_quick_checks recomputes each one's facts and answer
    Statement(
        "That it reports no fact of its own: it only restates what the first sentence of the article says.",
        check=test_quick_checks.check_06_1,
    ),
    Statement(
        "Because kappa counts only the items on which both coders said yes, and they did so on 1 of the 15.",
        check=test_quick_checks.check_06_2,
    ),
    Statement(
        "Because one of the two coders is unreliable on morality, and kappa lowers the figure to flag it.",
        check=test_quick_checks.check_06_2,
    ),
    Statement(
        "Because both said no to most items, so chance alone would make them agree on most of the 15.",
        check=test_quick_checks.check_06_2,
    ),
    Statement(
        "On morality, the two coders give the same answer on 13 of the 15 items, yet kappa is only 0.423.",
        check=test_quick_checks.check_06_2,
    ),
]
