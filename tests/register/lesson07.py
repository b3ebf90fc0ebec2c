"""Quantified statements of lesson 07 and its solution (see tests/register/__init__.py).

Lesson 07 repeats figures of lessons 03 and 04 (the sentiment agreement, the held-out speaker figure); they follow
those lessons and are registered by the words ``test_lesson_07_...`` asserts. What lesson 07 says of its own
steps is checked on the course's story and on a one-article story.
"""

import functools
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

import framing
import test_notebook_claims
import test_quick_checks
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
        articles=articles,
        clean=clean,
        ids=list(clean["article_id"]),
        sentences=sentences,
        text=clean.set_index("article_id")["text"].str.replace("’", "'"),
        coverage=framing.fact_coverage(framing.find_facts(sentences, facts), facts, clean["article_id"]),
        attributions=framing.find_attributions(clean),
        pairs=framing.closest_pairs_in_story(clean, top=10),
        one=one,
        one_sentences=framing.split_sentences(one),
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
    texts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "text": ["Militias attacked the base, officials said.", "\u200b", "Officials said the base was quiet."],
        }
    )
    table = framing.distinctive_words_by_article(texts, top=2)
    assert (
        list(table.index) == ["a", "b", "c"] and "no words after cleaning" in table.loc["b", "most distinctive words"]
    )


def check_no_attributions_said_so():
    none = framing.speakers_by_article(
        framing.find_attributions(pd.DataFrame({"article_id": ["a"], "text": ["Rain fell on the town all day."]}))
    )
    assert isinstance(none, NotEnough) and "needs quotation marks or reporting verbs" in repr(none), repr(none)


def check_speaker_types_per_article():
    check_sixty_rows_then_first_and_last_five()
    table = framing.speakers_by_article(story().attributions)
    assert sorted(table.index) == sorted(story().ids) and set(table.columns) <= {
        "person",
        "organisation",
        "media",
        "anonymous",
        "pronoun",
    }, table.columns


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
    assert [set(p) for p in pairs[["first", "second"]].values[:2]] == [
        {"visits-baghdad", "first-foreign-trip"},
        {"inaugural-visit", "first-foreign-trip"},
    ]
    assert (
        pairs["similarity"].tolist()[:2] == [0.037, 0.025]
        and pairs["similarity"][2:].max() <= 0.007
        and len(pairs) == 10
    )


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
    assert isinstance(aligned, NotEnough) and str(aligned.message).startswith(
        "No alignment: there is no pair of articles to align"
    )


def check_thesis_model_answer():
    s = story()
    core = included_by()
    assert list(core.index[core == 5]) == ["us_troops", "invasion_2003", "gaza_war", "kurdish_region_visit"]
    attacks = s.coverage.loc["armed_groups_attack_us"]
    assert list(attacks.index[~attacks]) == ["strategic-partnership"]
    aligned = framing.align_sentences(s.sentences, "visits-baghdad", "inaugural-visit")
    war = aligned[aligned["first_sentence"].str.replace("’", "'").str.contains("Israel's war on Palestinians")]
    assert len(war) == 1 and "the Israel-Hamas war" in war["second_sentence"].iloc[0]
    assert [a for a in s.ids if "in response to Hamas's Oct. 7, 2023, terrorist attack" in s.text[a]] == [
        "next-door-iraq"
    ]
    statements = framing.distinct_statements(s.attributions)
    groups = statements.assign(
        group=framing.assign_groups(statements, framing.load_speaker_groups(STORY_DIR / "speaker-groups.csv"))
    )
    for group in ("US officials and government", "armed groups"):
        assert set(groups.loc[groups["group"] == group, "article_id"]) == {"next-door-iraq"}, group


def check_three_texts_show_no_outlet_date_or_byline():
    articles = story().articles
    assert "outlet" not in articles.columns
    bare = articles[(articles[["date_shown", "byline"]] == "").all(axis=1)]
    assert list(bare["article_id"]) == ["visits-baghdad", "inaugural-visit", "strategic-partnership"]
    assert all(
        "outlet not named" in origin or origin == "unknown" or "(inference)" in origin
        for origin in articles["origin_inferred"]
    )


# section 9, the whole frame (lesson 06)
CODEBOOK = STORY_DIR.parent / "generic-frames" / "codebook.csv"


@functools.cache
def whole_frame():
    """Section 9's steps on the course's story, as the notebook runs them."""
    s = story()
    facts = framing.load_facts(STORY_DIR / "facts.csv")
    positions = framing.fact_positions_in_story(s.sentences, facts)
    return SimpleNamespace(
        facts=facts, positions=positions, page=framing.page_lines(s.articles), codebook=framing.load_codebook(CODEBOOK)
    )


def check_grid_of_first_sentences():
    s, w = story(), whole_frame()
    grid = framing.positions_by_article(w.positions)
    assert list(grid.index) == list(w.facts["fact_id"]) and list(grid.columns) == s.ids
    direct = framing.first_positions(s.sentences, w.facts)
    for row in direct.itertuples():
        cell = grid.loc[row.fact, row.article_id]
        assert (pd.isna(cell) and pd.isna(row.sentence_no)) or cell == row.sentence_no, (row.fact, row.article_id)
        if pd.notna(row.sentence_no):  # the first sentence that matches the pattern
            found = framing.find_facts(s.sentences, w.facts.set_index("fact_id").loc[[row.fact]].reset_index())
            assert found.loc[found["article_id"] == row.article_id, "sentence_no"].min() == row.sentence_no


def check_shares_from_first_to_last():
    positions = whole_frame().positions.dropna(subset=["sentence_no"])
    expected = (positions["sentence_no"] - 1) / (positions["sentences"] - 1)
    assert (positions["share"] - expected.astype(float)).abs().max() < 1e-4 and positions["share"].between(0, 1).all()


def check_chart_shows_at_most_eight():
    many = framing.split_sentences(
        pd.DataFrame({"article_id": [f"a{n}" for n in range(10)], "text": ["About 2,500 troops. Gaza."] * 10})
    )
    facts = pd.DataFrame({"fact_id": ["troops"], "fact": ["troops"], "pattern": ["2,500"]})
    positions = framing.fact_positions_in_story(many, facts)
    chart = framing.positions_for_chart(positions)
    assert chart["article_id"].nunique() == 8 and positions["article_id"].nunique() == 10
    assert len(framing.PALETTE) == 8


def check_leads_are_the_first_two_sentences():
    s, w = story(), whole_frame()
    story_leads = framing.leads_in_story(s.sentences, n=2)
    for row in story_leads.itertuples():
        first = s.sentences[s.sentences["article_id"] == row.article_id].sort_values("sentence_no")["sentence"].head(2)
        assert row.lead == " ".join(first)
    page = framing.leads_html(story_leads, w.facts)
    assert "<mark title=" in page and page.count("vertical-align: top") == min(10, len(story_leads))


def check_page_lines_table_has_every_article():
    s, w = story(), whole_frame()
    table = framing.page_lines_by_article(w.page, s.articles)
    assert list(table.index) == s.ids
    counted = w.page.groupby("article_id").size().reindex(s.ids, fill_value=0)
    assert ((counted == 0) == table["note"].str.startswith("no page lines")).all()


def check_page_lines_to_read_up_to_twenty():
    shown = framing.page_lines_to_read(whole_frame().page)
    assert (
        len(shown) <= 20
        and set(shown["kind"]) <= {"headline", "standfirst", "caption", "credit"}
        and "reason" in shown.columns
    )


def check_codebook_twenty_questions_five_frames():
    book = whole_frame().codebook
    assert len(book) == 20 and list(dict.fromkeys(book["frame"])) == list(framing.FRAMES) and len(framing.FRAMES) == 5
    coding = framing.load_frame_coding(STORY_DIR / "generic-frames-coded.csv", book, story().articles)
    assert sorted(set(coding["article_id"])) == sorted(story().ids) and coding.groupby("article_id").size().eq(20).all()


def check_three_to_five_questions():
    sizes = whole_frame().codebook.groupby("frame").size()
    assert (sizes.min(), sizes.max()) == (3, 5)


def check_course_folder_holds_its_coding():
    assert (STORY_DIR / "generic-frames-coded.csv").is_file()
    said = framing.start_frame_coding(STORY_DIR / "generic-frames-coded.csv", whole_frame().codebook, story().ids)
    assert said.startswith("Found "), said


def _coded_sheet(tmp, rows):
    path = Path(tmp) / "generic-frames-coded.csv"
    rows.to_csv(path, index=False)
    return path


def check_some_articles_only():
    book, articles = whole_frame().codebook, story().articles
    coding = pd.read_csv(STORY_DIR / "generic-frames-coded.csv", dtype=str, keep_default_na=False)
    with tempfile.TemporaryDirectory() as tmp:
        table = framing.frame_scores_in_story(
            _coded_sheet(tmp, coding[coding["article_id"] == "next-door-iraq"]), book, articles
        )
    assert list(table.index) == ["next-door-iraq"]


def check_coding_checked_and_counted():
    book, articles = whole_frame().codebook, story().articles
    coding = pd.read_csv(STORY_DIR / "generic-frames-coded.csv", dtype=str, keep_default_na=False)
    table = framing.frame_scores_in_story(STORY_DIR / "generic-frames-coded.csv", book, articles)
    yes = coding[coding["answer"] == "yes"].groupby(["article_id", "frame"]).size()
    for (article_id, frame), count in yes.items():
        column = next(c for c in table.columns if c.startswith(frame + " (of "))
        assert table.loc[article_id, column] == count
    wrong = coding.copy()
    wrong.loc[wrong["answer"] == "yes", "quote"] = (
        wrong.loc[wrong["answer"] == "yes", "quote"] + " (not in the article)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        assert isinstance(framing.frame_scores_in_story(_coded_sheet(tmp, wrong), book, articles), NotEnough)
        blank = framing.blank_coding_sheet(book, story().ids)
        said = framing.frame_scores_in_story(_coded_sheet(tmp, blank), book, articles)
    assert isinstance(said, NotEnough) and "no answers yet" in repr(said)


def check_entman_four_functions():
    assert framing.ENTMAN_FUNCTIONS == (
        "problem definition",
        "causal interpretation",
        "moral evaluation",
        "treatment recommendation",
    )
    rows = framing.load_entman_functions(STORY_DIR / "entman-functions.csv", story().articles)
    assert sorted(set(rows["article_id"])) == sorted(story().ids)


def check_entman_counts_and_quotes():
    articles = story().articles
    table = framing.entman_functions_in_story(STORY_DIR / "entman-functions.csv", articles)
    rows = framing.load_entman_functions(STORY_DIR / "entman-functions.csv", articles)
    assert table.to_numpy().sum() == rows["quote"].ne("").sum() and list(table.columns) == list(
        framing.ENTMAN_FUNCTIONS
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "entman-functions.csv"
        rows.assign(quote=rows["quote"].where(rows["quote"] == "", rows["quote"] + " (not in it)")).to_csv(
            path, index=False
        )
        assert isinstance(framing.entman_functions_in_story(path, articles), NotEnough)


def check_one_article_is_enough():
    s, w = story(), whole_frame()
    one_articles = s.articles.iloc[:1]
    positions = framing.fact_positions_in_story(s.one_sentences, w.facts)
    assert isinstance(framing.positions_for_chart(positions), pd.DataFrame)
    assert isinstance(framing.leads_in_story(s.one_sentences), pd.DataFrame)
    assert isinstance(framing.page_lines_by_article(framing.page_lines(one_articles), one_articles), pd.DataFrame)
    with tempfile.TemporaryDirectory() as tmp:
        assert "1 article." in framing.start_frame_coding(
            Path(tmp) / "sheet.csv", w.codebook, one_articles["article_id"]
        )
    assert isinstance(framing.entman_functions_in_story(STORY_DIR / "entman-functions.csv", s.articles), pd.DataFrame)


INSTRUCTION = "an instruction or question to the student"

STATEMENTS: list[Statement] = [
    # opening and collecting
    Statement(
        "4. write a short framing analysis that names every article and quotes its words.",
        not_about_the_articles="a learning goal of the lesson",
    ),
    Statement("Paste each article's text into its own UTF-8 `.txt` file there.", not_about_the_articles=INSTRUCTION),
    Statement("Record only what you saw; label inferences as inferences.", not_about_the_articles=INSTRUCTION),
    # the steps
    Statement(
        "Next, the notebook removes those lines and counts the words and sentences of each article:",
        not_about_the_articles="introduces the cell below it",
    ),
    Statement("Selection: which facts does each article include?", not_about_the_articles="a heading of the lesson"),
    Statement(
        "Facts in every article are the shared core; facts in one or two are where selection differs.",
        not_about_the_articles="a definition of the shared core",
    ),
    Statement(
        "Distinctive words need no preparation, but they need two articles with words",
        check=check_distinctive_words_need_two_articles,
    ),
    Statement(
        "One line per article (with more than 60 articles, the first and last five are shown); an article that cleaning left empty is listed with a note.",
        check=check_one_line_per_article_and_the_empty_one,
    ),
    Statement("(41 against 36 per cent)", covered_by=FIGURES),
    Statement("(68 per cent)", covered_by=FIGURES),
    Statement("On your story they may do better or worse", covered_by=FIGURES),
    Statement("get the speaker wrong for about one in five", covered_by=FIGURES),
    Statement(
        'It needs quotation marks or verbs such as "said"; if it finds none, the cell says so.',
        check=check_no_attributions_said_so,
    ),
    Statement(
        "The table counts each type of speaker per article (with more than 60 articles, the first and last five are shown).",
        check=check_speaker_types_per_article,
    ),
    Statement("`framing.verb_counts(attributions)` gives them article by article.", check=check_verb_counts_by_article),
    Statement(
        "The most similar pairs of articles, by shared five-word runs (Jaccard similarity, lesson 05), and the sentence alignment of the closest pair.",
        not_about_the_articles="introduces the cells below it",
    ),
    Statement("Both need two articles with words.", check=check_both_need_two_articles),
    Statement(
        "In the course's story (lesson 05), `visits-baghdad` and `first-foreign-trip` scored 0.037, `inaugural-visit` and `first-foreign-trip` 0.025, and every other pair at most 0.007.",
        check=check_lesson_05_scores,
    ),
    Statement(
        "Each row pairs a sentence of the first article with one of the second, in reading order, with their similarity.",
        check=check_alignment_in_reading_order,
    ),
    Statement(
        "**Selection**: the shared core, and the facts only some articles include.", not_about_the_articles=INSTRUCTION
    ),
    Statement(
        "A step that needs more than your story has (two articles, words in each) says so in plain words, and the notebook goes on.",
        not_about_the_articles="how the notebook behaves on a small story (tests/test_your_own_story.py runs it)",
    ),
    # section 9: the whole frame (lesson 06)
    Statement(
        "Lesson 06 read the frame beyond single words and sentences: where each article places each fact, what its lead says, what the page shows around the article, and which generic frames a reader finds in it.",
        not_about_the_articles="what lesson 06 taught (a summary of its method)",
    ),
    Statement(
        "each step says in plain words what it needs, and one article is enough for all of them.",
        check=check_one_article_is_enough,
    ),
    Statement(
        "For each fact of your `facts.csv` and each article, the number of the first sentence that matches the fact's pattern, as lesson 06 counted it (`framing.first_positions`):",
        check=check_grid_of_first_sentences,
    ),
    Statement(
        "The chart shows the same positions as shares of each article (0 = its first sentence, 1 = its last), so that long and short articles can be compared.",
        check=check_shares_from_first_to_last,
    ),
    Statement(
        "With more than eight articles, it shows the first eight (the course's palette tells eight colours apart); the table above has them all.",
        check=check_chart_shows_at_most_eight,
    ),
    Statement(
        "Each article's first two sentences (`framing.leads`), side by side, with the words that match a fact of your `facts.csv` marked (hover over a mark to see the fact).",
        check=check_leads_are_the_first_two_sentences,
    ),
    Statement(
        "The marks show only the facts on your list, so read the words, not only the marks.",
        not_about_the_articles="what the highlighting can mark (a statement about the tool)",
    ),
    Statement(
        "If cleaning kept a standfirst as article text, it is sentence 1 of its article (compare with the page lines below).",
        not_about_the_articles="how positions and leads count the sentences of the cleaned text (a statement about the tool)",
    ),
    Statement(
        "For each article, how many lines of each kind its text has, with a note where it has none:",
        check=check_page_lines_table_has_every_article,
    ),
    Statement(
        "An article with no page lines is the body alone, as is common when only the body was pasted: what its page showed first is not known from the text, and your report should say so.",
        not_about_the_articles="what a text without page lines can show (an instruction)",
    ),
    Statement(
        "Where there are captions, the photos themselves are still not in the text, only the captions' words.",
        not_about_the_articles="a story folder holds texts, not images (a statement about the data)",
    ),
    Statement(
        "Here are the headlines, standfirsts, captions and credits themselves, up to twenty, with the reason each was given its kind:",
        check=check_page_lines_to_read_up_to_twenty,
    ),
    Statement(
        "Lesson 06 coded each article with twenty yes/no questions on Semetko and Valkenburg's five generic frames",
        check=check_codebook_twenty_questions_five_frames,
    ),
    Statement(
        "(The course's story folder holds the course's own coding, so for it the cell writes nothing.)",
        check=check_course_folder_holds_its_coding,
    ),
    Statement("To code some articles only, delete the rows of the others.", check=check_some_articles_only),
    Statement(
        "When the sheet has answers, this cell checks it with `framing.load_frame_coding` (every answer yes or no, every yes quoted, every quote word for word in its article) and counts the yes answers of each article for each frame (`framing.frame_scores`); until then, it says what is missing:",
        check=check_coding_checked_and_counted,
    ),
    Statement("The frames have three to five questions each", check=check_three_to_five_questions),
    Statement(
        "Lesson 06 also read each article for the four things a frame does in Entman's (1993) definition: a problem definition, a causal interpretation, a moral evaluation and a treatment recommendation.",
        check=check_entman_four_functions,
    ),
    Statement(
        "this cell checks every quote and counts the passages for each article and function:",
        check=check_entman_counts_and_quotes,
    ),
    Statement(
        "**The whole frame**: which facts each article puts first and what its lead says;",
        not_about_the_articles=INSTRUCTION,
    ),
    # solution
    Statement(
        "*Expected result:* two lists of fact ids; no fact in both.",
        not_about_the_articles="the exercise's expected result",
    ),
    Statement(
        "(For the course's story: four facts in the first list, five in the second.)", check=check_four_and_five_facts
    ),
    Statement(
        "If your story has only one article, `align_closest_pair` says so in plain words instead of giving a table, and `shifts` is that message.",
        check=check_one_article_alignment_message,
    ),
    Statement(
        "The five articles share a core of facts (the 2,500 US troops, the 2003 invasion, the war in Gaza, the Kurdish region; all but `strategic-partnership` also report attacks on US troops or forces by armed groups in Iraq), "
        'but frame the war and the armed groups differently: sentences that otherwise read alike speak of "Israel\'s war on Palestinians" in `visits-baghdad` and of "the Israel-Hamas war" in `inaugural-visit`, '
        'and only `next-door-iraq` places the war "in response to Hamas\'s Oct. 7, 2023, terrorist attack" and gives voice to US officials and an armed group.',
        check=check_thesis_model_answer,
    ),
    Statement(
        "Three of the five texts show no outlet, date or byline, so the analysis compares texts, not outlets",
        check=check_three_texts_show_no_outlet_date_or_byline,
    ),
    Statement(
        "The facts list and the lexicon were written by reading these articles, so they can only show differences we noticed.",
        not_about_the_articles="a limit of the method",
    ),
    # quick checks (framing/quick_checks.csv); test_quick_checks recomputes each one's facts and answer
    Statement(
        "How well the extractor works on every article of your story, since these rows are a sample of it.",
        check=test_quick_checks.check_07_1,
    ),
    Statement(
        "That the article takes a side in the conflict it reports, since half the conflict questions got a yes.",
        check=test_quick_checks.check_07_2,
    ),
]
