"""Claims of lesson 06 and its solution (see tests/claims/__init__.py)."""

import functools
from types import SimpleNamespace

import pandas as pd

import framing
import framing.figures
from claims import Claim, numbers_in, quick_checks
from course_story import course_story
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


def check_page_lines_fit():
    lines = story().lines
    by_hand = framing.load_page_lines(STORY_DIR / "page-lines.csv")
    compared = lines.merge(by_hand, on=["article_id", "line_no"], suffixes=("", "_by_hand"))
    assert len(lines) == len(by_hand) == len(compared) == 19 and (compared["kind"] == compared["kind_by_hand"]).all()


def check_held_out_page_lines():
    """The held-out pasted pages: the whole pipeline (with the headline column) against their 171 page lines."""
    from framing.page_lines_eval import load_pasted_pages, measure_pipeline

    pages = load_pasted_pages(ROOT / "data" / "page-lines-eval-2", "held-out")
    score = measure_pipeline(pages, headline_column=True)
    recorded = framing.figures.figure("page-lines.eval-2.held-out.after.pipeline.with-headline.right")
    assert (score.right, score.page_lines) == (recorded, 171), score


def check_standfirsts_kept():
    lines = story().lines
    standfirsts = lines[lines["kind"] == "standfirst"]
    assert list(standfirsts["article_id"]) == ["first-foreign-trip", "next-door-iraq"] and standfirsts["in_text"].all()
    sentences = story().sentences
    for row in standfirsts.itertuples():
        first = sentences[(sentences["article_id"] == row.article_id) & (sentences["sentence_no"] == 1)]
        assert first["sentence"].iloc[0] == row.line.strip()


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


def check_labels_rule():
    """The rule is written in the coding guide; the Entman notes apply it to both kinds of label."""
    guide = (FRAMES_DIR / "README.md").read_text(encoding="utf-8")
    assert "**A label is a moral evaluation when a word in it judges.**" in guide
    for article_id, phrase in (
        ("visits-baghdad", "Israel’s war on Palestinians"),
        ("first-foreign-trip", "Israel's war on Palestinians"),
        ("inaugural-visit", "Israel-Hamas war"),
    ):
        assert phrase in story().text[article_id], (article_id, phrase)
    functions = story().functions
    for article_id in ("visits-baghdad", "first-foreign-trip", "inaugural-visit"):
        rows = functions[(functions["article_id"] == article_id) & (functions["function"] == "moral evaluation")]
        assert rows["note"].str.contains("naming choice under the guide's rule for labels").any(), article_id
    terrorist = story().functions.query("article_id == 'next-door-iraq' and function == 'moral evaluation'")["note"]
    assert (
        len(terrorist) == 2
        and terrorist.str.contains("rule for labels").all()
        and terrorist.str.contains("Borderline").all()
    )
    assert "U.S.-designated terrorist group" in story().text["next-door-iraq"]


def check_next_door_iraq_dates_it_differently():
    text = story().text["next-door-iraq"]
    assert "first foreign trip since assuming office last month" in text and "arrived in Baghdad on Sept. 11" in text
    fact = story().facts.set_index("fact_id").loc["took_office", "fact"]
    assert fact.endswith("took office in July"), fact
    assert "2024" not in text.split("\n")[0] and not any(
        line.startswith(("date ", "September")) for line in text.splitlines()[:10]
    )


def check_morality_one_of_two_least():
    a = story().agreement.drop("overall")
    least = a[a["percent_agreement"] == a["percent_agreement"].min()]
    assert sorted(least.index) == ["economic consequences", "morality"] and set(least["agreed"]) == {13}
    assert set(least["items"]) == {15}


@functools.cache
def varying():
    first, second = framing.without_fixed_questions(story().coding, story().second)
    return framing.coding_agreement(first, second).set_index("frame")


def check_eleven_fixed_questions(sentence):
    fixed = framing.fixed_questions(story().coding, story().second)
    assert (len(fixed), int(fixed["items"].sum())) == (11, 55) and numbers_in(sentence) == [11, 20, 1, 55, 100]


def check_forty_of_forty_five(sentence):
    overall = varying().loc["overall"]
    assert (overall["items"], overall["agreed"], overall["kappa"]) == (45, 40, 0.767)
    assert story().agreement.loc["overall", "kappa"] == 0.898
    assert numbers_in(sentence) == [45, 40, 0.767, 0.898, 100]


@functools.cache
def evidence():
    return framing.joint_yes_evidence(story().coding, story().second, story().articles)


def check_sixteen_different_passages(sentence):
    e = evidence()
    assert (int((~e["same_passage"]).sum()), len(e)) == (16, 40) and numbers_in(sentence) == [16, 40]


def check_different_evidence_examples():
    e = evidence().set_index(["article_id", "frame", "question_no"])
    same_thing = e.loc[("inaugural-visit", "conflict", 3)]
    assert not same_thing["same_passage"]
    assert "both the United States and Iran" in same_thing["quote_first"]
    assert "both Tehran and Washington" in same_thing["quote_second"]
    other = e.loc[("visits-baghdad", "attribution of responsibility", 3)]
    assert not other["same_passage"] and "relocate" in other["quote_first"] and "withdrawal" in other["quote_second"]


def check_class_sheet_items(sentence):
    codebook = story().codebook
    part = codebook[codebook["frame"].isin(["morality", "economic consequences"])]
    sheet = framing.frame_sheet(part, ["strategic-partnership", "next-door-iraq"], story="x", coder="c1")
    assert len(part) == 6 and len(sheet) == 12
    d = disagreements()
    chosen = d[d["article_id"].isin(["strategic-partnership", "next-door-iraq"]) & d["frame"].isin(part["frame"])]
    assert len(chosen) == 3
    assert numbers_in(sentence) == [3, 3, 12, 2, 3]  # three and three questions, 12 items, two coders, 3 times


def check_summary_agreement(sentence):
    assert story().agreement.loc["overall", "agreed"] == 95
    assert (varying().loc["overall", "agreed"], varying().loc["overall", "items"]) == (40, 45)
    assert numbers_in(sentence) == [2, 95, 100, 40, 45]
    check_sixteen_different_passages("16 of 40")


def check_items_arithmetic():
    assert len(story().codebook) == 20 and story().coding["article_id"].nunique() == 5 and len(story().coding) == 100


def check_pooled_counts_fixed_items():
    fixed = framing.fixed_questions(story().coding, story().second)
    assert len(fixed) and story().agreement.loc["overall", "items"] == 100


def check_texts_overlap():
    sentences = story().sentences
    aligned = framing.align_sentences(sentences, "visits-baghdad", "first-foreign-trip")
    assert len(aligned) == 12 and (sentences["article_id"] == "visits-baghdad").sum() == 13


def check_guide_placement():
    check_us_troops_positions()
    office = story().at.loc["took_office"]
    sizes = story().sentences.groupby("article_id").size()
    assert office["inaugural-visit"] == 2 and office["first-foreign-trip"] == sizes["first-foreign-trip"] == 13


def check_guide_agreement(sentence):
    check_summary_agreement("2 95 100 40 45")
    assert numbers_in(sentence) == [2, 2, 95, 100, 0.898, 11, 20, 1, 45, 40, 0.767, 16, 40]


def check_guide_pooled():
    fixed = framing.fixed_questions(story().coding, story().second)
    assert fixed["items"].sum() == 55 and story().agreement.loc["overall", "agreed"] == 95


def check_glossary_varying():
    assert (varying().loc["overall", "agreed"], varying().loc["overall", "items"]) == (40, 45)
    assert (story().agreement.loc["overall", "agreed"], story().agreement.loc["overall", "items"]) == (95, 100)


CLAIMS = {
    "06.lesson-01-quoted-the-first-half": Claim(
        check_lesson_01_quoted_the_first_half, says="Lesson 01 quoted the first half of Robert Entman's definition."
    ),
    "06.every-article-has-every-function-recorded": check_every_article_has_every_function_recorded,
    "06.a-zero-has-a-none-found-row": Claim(
        check_a_zero_has_a_none_found_row, says="and *no* where a row's note says that none was found"
    ),
    "06.all-offer-problem-and-cause-differ-on-the-rest": Claim(
        check_all_offer_problem_and_cause_differ_on_the_rest,
        says="In this coder's record, every article offers a problem definition and a causal interpretation; they "
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
    "06.page-lines-fit": Claim(check_page_lines_fit, says="the rules were written on these 19 lines"),
    "06.held-out-page-lines": Claim(check_held_out_page_lines, says="147 of their 171 page lines"),
    "06.standfirsts-kept": check_standfirsts_kept,
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
        says="There are five disagreements, and each is on an answer that at least one coder marked as borderline",
    ),
    "06.labels-rule": check_labels_rule,
    "06.next-door-iraq-dates-it-differently": Claim(
        check_next_door_iraq_dates_it_differently,
        says='`next-door-iraq` dates it differently: "last month", in a text that reports an arrival "on Sept. 11"',
    ),
    "06.morality-one-of-two-least": Claim(
        check_morality_one_of_two_least,
        says="one of the two frames on which the coders agree least (13 of 15 items, as on economic consequences)",
    ),
    "06.eleven-fixed-questions": check_eleven_fixed_questions,
    "06.forty-of-forty-five": check_forty_of_forty_five,
    "06.sixteen-different-passages": check_sixteen_different_passages,
    "06.different-evidence-examples": check_different_evidence_examples,
    "06.class-sheet-items": check_class_sheet_items,
    "06.summary-agreement": check_summary_agreement,
    "06.guide-new-agreements-not-a-fact": Claim(
        check_four_first_sentences_about_the_visit, says="not one of the 18 facts"
    ),
    "06.guide-placement": Claim(
        check_guide_placement, says="the others in sentence 3 to 6; ... sentence 2 of `inaugural-visit` ... (13 of 13)"
    ),
    "06.guide-agreement": check_guide_agreement,
    "06.guide-pooled": Claim(check_guide_pooled, says="95 of 100 includes 55 items"),
    "06.glossary-varying": Claim(check_glossary_varying, says="40 of the 45 items that vary, against 95 of all 100"),
    "06.items-arithmetic": Claim(check_items_arithmetic, says="5 articles × 20 questions = 100 items"),
    "06.pooled-counts-fixed-items": Claim(
        check_pooled_counts_fixed_items, says="The 95 of 100 also counts items that cannot tell the articles apart."
    ),
    "06.texts-overlap": Claim(
        check_texts_overlap,
        says="lesson 05 aligned 12 of the 13 sentences of `visits-baghdad` with sentences of `first-foreign-trip`",
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
