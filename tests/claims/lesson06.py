"""Claims of lesson 06 and its solution (see tests/claims/__init__.py)."""

import functools
from types import SimpleNamespace

import pandas as pd

import framing
from claims import Claim, quick_checks
from course_story import course_story
from framing.page_lines import classify_eval_pages, load_page_eval, score_page_lines
from paths import ROOT, STORY_DIR
from tools import course

FRAMES_DIR = ROOT / "data" / "generic-frames"


@functools.cache
def story():
    """The lesson's tables, computed once, as the lesson computes them."""
    articles = course_story().articles
    sentences = course_story().sentences
    facts = course_story().facts
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


CLAIMS = {
    "06.lesson-01-quoted-the-first-half": Claim(
        check_lesson_01_quoted_the_first_half, says="Lesson 01 quoted the first half of Robert Entman's definition."
    ),
    "06.every-article-has-every-function-recorded": check_every_article_has_every_function_recorded,
    "06.a-zero-has-a-none-found-row": Claim(
        check_a_zero_has_a_none_found_row, says="A 0 means the reader found none, and a row with a note says why:"
    ),
    "06.all-offer-problem-and-cause-differ-on-the-rest": Claim(
        check_all_offer_problem_and_cause_differ_on_the_rest,
        says="In this reader's record, every article offers a problem definition and a causal interpretation; they "
        "differ on the last two.",
    ),
    "06.inaugural-statement-of-pezeshkians-office": check_inaugural_statement_of_pezeshkians_office,
    "06.18-facts": Claim(
        check_18_facts, says="Lesson 01 recorded *whether* each article reports each of its 18 facts."
    ),
    "06.share-arithmetic": Claim(
        check_share_arithmetic,
        says="a fact in sentence 4 of 13 (share 0.25) and one in sentence 7 of 25 (0.25) stand at the same place",
    ),
    "06.6-of-8-same-sentence-number": Claim(
        check_6_of_8_same_sentence_number,
        says="of the 8 facts that both report, 6 come first at the same sentence number in both",
    ),
    "06.us-troops-positions": Claim(
        check_us_troops_positions,
        says="`us_troops` is sentence 1 of `next-door-iraq`, and sentence 3 to 6 of the others.",
    ),
    "06.four-first-sentences-about-the-visit": Claim(
        check_four_first_sentences_about_the_visit, says="Four of the five first sentences are about the visit"
    ),
    "06.47-of-52-held-out-page-lines": Claim(check_47_of_52_held_out_page_lines, says="they agreed on 47 of 52 lines"),
    "06.only-two-with-headline-and-captions": Claim(
        check_only_two_with_headline_and_captions,
        says="Only `first-foreign-trip` and `next-door-iraq` come with a headline and photo captions",
    ),
    "06.only-next-door-first-sentence": Claim(
        check_only_next_door_first_sentence, says="The table above lists only one first sentence, `next-door-iraq`'s"
    ),
    "06.only-two-with-headline-and-captions-2": Claim(
        check_only_two_with_headline_and_captions,
        says="For three of the five we do not know what the page showed first",
    ),
    "06.both-headlines-say-first": check_both_headlines_say_first,
    "06.no-photographs-in-the-data": check_no_photographs_in_the_data,
    "06.five-generic-frames": Claim(
        check_five_generic_frames,
        says="Semetko and Valkenburg (2000) coded news stories with a list of yes/no questions for five of them",
    ),
    "06.morality-yes-only-inaugural": Claim(
        check_morality_yes_only_inaugural,
        says="The first coder answered yes to morality questions only for `inaugural-visit`",
    ),
    "06.95-of-100": Claim(
        check_95_of_100, says="The two coders gave the same answer on 95 of the 100 items (kappa 0.898)."
    ),
    "06.by-frame-agreement": Claim(
        check_by_frame_agreement,
        says="On human interest and conflict they agree on every item; on morality and on economic consequences, on 13 "
        "of 15, and kappa falls to 0.423 and 0.444",
    ),
    "06.all-offer-problem-and-cause-differ-on-the-rest-2": Claim(
        check_all_offer_problem_and_cause_differ_on_the_rest,
        says="all five articles offer a problem and causes; they differ on judgements and remedies",
    ),
    "06.only-two-with-headline-and-captions-3": Claim(
        check_only_two_with_headline_and_captions, says="Only two of the five texts come with them"
    ),
    "06.five-disagreements-all-borderline": Claim(
        check_five_disagreements_all_borderline,
        says="who worked apart agreed on 95 of 100 answers; all five disagreements were on answers one of them had "
        "marked borderline",
    ),
    "06.human-face-no-for-everyone": check_human_face_no_for_everyone,
    "06.islamic-state-not-in-three": check_islamic_state_not_in_three,
    "06.four-items-note": Claim(
        check_four_items_note, says="with only four items, its `note` warns you that one answer moves the figures a lot"
    ),
    "06.model-answer-matches-course-conflict": Claim(
        check_model_answer_matches_course_conflict, says="My answers were the course's on all four."
    ),
    "06.conflict-quotes-in-strategic-partnership": Claim(
        check_conflict_quotes_in_strategic_partnership,
        says='Question 1 ("disagreement between parties") is yes on the article\'s own words',
    ),
    "06.quick-06-1": quick_checks.check_06_1,
    "06.quick-06-2": Claim(
        quick_checks.check_06_2,
        says="Because kappa counts only the items on which both coders said yes, and they did so on 1 of the 15.",
    ),
    "06.quick-06-2-2": Claim(
        quick_checks.check_06_2,
        says="Because one of the two coders is unreliable on morality, and kappa lowers the figure to flag it.",
    ),
    "06.quick-06-2-3": Claim(
        quick_checks.check_06_2,
        says="Because both said no to most items, so chance alone would make them agree on most of the 15.",
    ),
    "06.quick-06-2-4": Claim(
        quick_checks.check_06_2,
        says="On morality, the two coders give the same answer on 13 of the 15 items, yet kappa is only 0.423.",
    ),
}
