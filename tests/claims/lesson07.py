"""Claims of lesson 07 and its solution (see tests/claims/__init__.py).

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
from claims import Claim, guide, numbers_in, quick_checks
from course_story import course_story
from framing.capstone import NotEnough
from paths import STORY_DIR

TOO_FEW = "needs at least two articles with words"


@functools.cache
def story():
    """The course's story as lesson 07 runs it, and a story of its first article alone."""
    articles = course_story().articles
    clean = course_story().clean
    sentences = course_story().sentences
    facts = course_story().facts
    one = clean.iloc[:1]
    return SimpleNamespace(
        articles=articles,
        clean=clean,
        ids=list(clean["article_id"]),
        sentences=sentences,
        text=clean.set_index("article_id")["text"].str.replace("’", "'"),
        coverage=framing.fact_coverage(framing.find_facts(sentences, facts), facts, clean["article_id"]),
        attributions=course_story().attributions,
        text_as_is=clean.set_index("article_id")["text"],
        pairs=framing.closest_pairs_in_story(clean, top=10),
        pairs_without_quotations=framing.closest_pairs_in_story(clean, top=10, quotations=False),
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
    assert list(counts.columns) == [*story().ids, "stance"], list(counts.columns)


def check_both_need_two_articles():
    s = story()
    pairs = framing.closest_pairs_in_story(s.one)
    assert isinstance(pairs, NotEnough) and TOO_FEW in repr(pairs)
    assert isinstance(framing.align_closest_pair(s.one_sentences, pairs), NotEnough)


def check_lesson_05_scores():
    """All words: visits-baghdad and first-foreign-trip closest (0.037), 22 shared runs of which 14 quoted words
    (8 left without quotations); without quotations: inaugural-visit and first-foreign-trip closest."""
    pairs = story().pairs
    assert set(pairs.iloc[0][["first", "second"]]) == {"visits-baghdad", "first-foreign-trip"}
    assert pairs["similarity"].iloc[0] == 0.037
    first, second = (story().text_as_is[a] for a in ("visits-baghdad", "first-foreign-trip"))
    shared = framing.shingles(first) & framing.shingles(second)
    unquoted = framing.shingles(first, quotations=False) & framing.shingles(second, quotations=False)
    assert (len(shared), len(shared) - len(unquoted)) == (22, 14), (len(shared), len(unquoted))
    without = story().pairs_without_quotations
    assert set(without.iloc[0][["first", "second"]]) == {"inaugural-visit", "first-foreign-trip"}


def aligned_without_quotations():
    return framing.align_closest_pair(story().sentences, story().pairs_without_quotations)


def check_alignment_in_reading_order():
    aligned = aligned_without_quotations()
    assert {"first_no", "second_no", "similarity", "first_sentence", "second_sentence"} <= set(aligned.columns)
    assert aligned["first_no"].is_monotonic_increasing and aligned["second_no"].is_monotonic_increasing
    assert aligned["first_no"].is_unique and aligned["second_no"].is_unique


def check_most_similar_not_identical():
    """The diff cell leaves out identical pairs (an identical quotation would show no mark); on the course's story
    some pair is below 1, so a diff with marks is shown."""
    aligned = aligned_without_quotations()
    changed = aligned[aligned["similarity"] < 1]
    assert len(changed) and changed["similarity"].max() < 1
    best = changed.sort_values("similarity", ascending=False).iloc[0]
    assert "<del" in framing.diff_html(best["first_sentence"], best["second_sentence"])


def check_facts_name_articles():
    coverage = story().coverage
    included, left_out = framing.articles_using(coverage), framing.articles_using(coverage == 0)
    for fact in coverage.index:
        named = [a for a in (included[fact] + ", " + left_out[fact]).split(", ") if a]
        assert sorted(named) == sorted(story().ids), fact
    assert included["gaza_war"] == ", ".join(story().ids) and left_out["gaza_war"] == ""


def check_voice_shares_add_up():
    words = framing.voice_words(story().clean, story().attributions)
    shares = pd.crosstab(words["article_id"], words["voice"], normalize="index")
    assert list(shares.columns) == ["own", "quoted", "reported"]
    assert (shares.sum(axis=1).round(6) == 1).all()
    example = "indicated that the visit would involve the signing of several agreements"
    assert example in story().text_as_is["inaugural-visit"]
    voice = words[(words["article_id"] == "inaugural-visit") & (words["word"] == "agreements")]["voice"]
    assert "reported" in set(voice), "the example is reported speech"


def check_variants_by_voice():
    s = story()
    lexicon = course_story().lexicon
    matches = framing.match_lexicon(s.sentences, lexicon)
    table = framing.articles_by_voice(
        matches.assign(voice=framing.voice_of_matches(matches, s.clean, s.attributions)), lexicon
    )
    assert list(table.columns) == ["own", "quoted", "reported"] and len(table) == len(lexicon)
    assert any("(" in cell for cell in table.to_numpy().ravel()), "an article that uses a variant twice is counted"


def check_sentence_takes_majority_voice():
    voices = framing.sentence_voices(story().clean, story().attributions)
    shares = voices[["own", "quoted", "reported"]]
    assert (voices["voice"] == shares.idxmax(axis=1).where(shares["own"] < shares.max(axis=1), "own")).all()


def check_lesson_03_kappas():
    """TextBlob 'little better than chance' (kappa in Landis and Koch's slight band), VADER 'only moderately'
    (0.41 to 0.60), against the course's 78 hand codes."""
    s = story()
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", s.sentences)
    table = framing.agreement_with_hand_codes(codes, framing.sentence_sentiment(s.sentences))
    assert len(codes) == 78 and 0 < table.loc["TextBlob", "kappa"] <= 0.2
    assert 0.41 <= table.loc["VADER", "kappa"] <= 0.6


def check_not_coded_yet():
    said = framing.sentiment_agreement_in_story(STORY_DIR / "sentiment-sheet.csv")
    assert str(said).startswith("Not coded yet"), said


def check_extractor_on_real_news():
    """Most whole quotations found and their speaker mostly right; under half of all attributions found, most of
    the missed ones reported speech (PolNeAR held-out figures, data/figures.json)."""
    figure = framing.figures.figure
    key = "attribution.polnear.dev."
    assert figure(key + "fully-quoted.recall") > 0.5 and figure(key + "fully-quoted.speaker_right") > 0.5
    assert figure(key + "all.recall") < 0.5
    missed_all = figure(key + "all.units") * (1 - figure(key + "all.recall"))
    missed_reported = figure(key + "reported.units") * (1 - figure(key + "reported.recall"))
    assert missed_reported > missed_all / 2


def check_attribution_sheet_30_rows():
    s = story()
    sheet = framing.attribution_sheet(s.attributions, s.sentences, "x", coder="me", n=30)
    assert len(sheet) == 30 and set(sheet["article_id"]) == set(s.attributions["article_id"])
    risky = (sheet["risk"] != "").tolist()
    assert risky == sorted(risky, reverse=True) and any(risky), "the risky rows come first"
    assert "sentence" in sheet.columns


def check_not_checked_yet():
    said = framing.attribution_check_in_story(STORY_DIR / "attribution-sheet.csv")
    assert str(said).startswith("Not checked yet") and said.precision is None, said


def check_speaker_types_counted_as_statements():
    check_speaker_types_per_article()
    table = framing.speakers_by_article(story().attributions)
    assert table.to_numpy().sum() == len(framing.distinct_statements(story().attributions)) < len(story().attributions)


def check_homework_budget() -> None:
    """The budget table's minutes and the report's hours add up to the 'about N hours' of the opening block."""
    import re

    text = lesson_cell("**The budget.**")

    minutes = [int(m) for m in re.findall(r"\| (\d+) min \|", text)]
    low_h, high_h = map(int, re.search(r"\| (\d+) to (\d+) h \|", text).groups())
    low, high = (sum(minutes) + 60 * low_h) / 60, (sum(minutes) + 60 * high_h) / 60
    stated = int(re.search(r"about (\d+) hours", lesson_cell("# 07 · Your own story"))[1])
    assert len(minutes) >= 5 and low <= stated <= high, (minutes, low, high, stated)


def check_report_budget() -> None:
    """The eight sections' budgets add up to the 'about 1,200 words' the report asks for."""
    import re

    text = lesson_cell("**The report.**")

    budgets = [int(n) for n in re.findall(r"\(about (\d+)(?: words)?\)", text)]
    assert len(budgets) == 8 and sum(budgets) == 1200, budgets
    assert "about 1,200 words" in text


def check_in_class_time(sentence: str) -> None:
    """'125 minutes in class (95 to read and run it on the course's story, 30 to set up ...)': the parts add up, and
    the first covers the course's estimate of the lesson (tools/course.py)."""
    from tools import course

    total, reading, folder = numbers_in(sentence)[:3]
    assert total == reading + folder and course.estimated_minutes("07-your-own-story.ipynb")[0] <= reading


def lesson_cell(starting: str) -> str:
    """The markdown cell of lesson 07 that holds ``starting``."""
    import nbformat

    from paths import ROOT

    cells = nbformat.read(ROOT / "notebooks" / "07-your-own-story.ipynb", as_version=4).cells
    return next(c.source for c in cells if c.cell_type == "markdown" and starting in c.source)


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
    facts = course_story().facts
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


def check_leads_up_to_ten():
    """leads_html shows at most ten articles; the table story_leads has them all."""
    many = framing.split_sentences(
        pd.DataFrame({"article_id": [f"a{n}" for n in range(12)], "text": ["First. Second. Third."] * 12})
    )
    story_leads = framing.leads_in_story(many, n=2)
    assert len(story_leads) == 12 and framing.leads_html(story_leads).count("vertical-align: top") == 10


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


CLAIMS = {
    "07.facts-name-articles": check_facts_name_articles,
    "07.voice-shares-add-up": check_voice_shares_add_up,
    "07.variants-by-voice": check_variants_by_voice,
    "07.sentence-takes-majority-voice": Claim(
        check_sentence_takes_majority_voice, says="A sentence takes the voice of most of its words."
    ),
    "07.lesson-03-kappas": check_lesson_03_kappas,
    "07.not-coded-yet": check_not_coded_yet,
    "07.extractor-on-real-news": check_extractor_on_real_news,
    "07.coreference-half": guide.check_coreference_half,
    "07.attribution-sheet-30-rows": check_attribution_sheet_30_rows,
    "07.not-checked-yet": check_not_checked_yet,
    "07.most-similar-not-identical": check_most_similar_not_identical,
    "07.homework-budget": check_homework_budget,
    "07.in-class-time": check_in_class_time,
    "07.report-budget": check_report_budget,
    "07.distinctive-words-need-two-articles": Claim(
        check_distinctive_words_need_two_articles,
        says="Distinctive words need no preparation, but they need two articles with words",
    ),
    "07.one-line-per-article-and-the-empty-one": Claim(
        check_one_line_per_article_and_the_empty_one,
        says="One line per article (with more than 60 articles, the first and last five are shown); an article that "
        "cleaning left empty is listed with a note.",
    ),
    "07.no-attributions-said-so": check_no_attributions_said_so,
    "07.speaker-types-per-article": check_speaker_types_counted_as_statements,
    "07.verb-counts-by-article": check_verb_counts_by_article,
    "07.both-need-two-articles": Claim(check_both_need_two_articles, says="Both need two articles with words."),
    "07.lesson-05-scores": check_lesson_05_scores,
    "07.alignment-in-reading-order": Claim(
        check_alignment_in_reading_order,
        says="Each row pairs a sentence of the first article with one of the second, in reading order, with their "
        "similarity.",
    ),
    "07.one-article-is-enough": Claim(
        check_one_article_is_enough,
        says="each step says in plain words what it needs, and one article is enough for all of them.",
    ),
    "07.grid-of-first-sentences": Claim(
        check_grid_of_first_sentences,
        says="For each fact of your `facts.csv` and each article, the number of the first sentence that matches the "
        "fact's pattern, as lesson 06 counted it (`framing.first_positions`):",
    ),
    "07.shares-from-first-to-last": Claim(
        check_shares_from_first_to_last,
        says="The chart shows the same positions as shares of each article (0 = its first sentence, 1 = its last), so "
        "that long and short articles can be compared.",
    ),
    "07.chart-shows-at-most-eight": Claim(
        check_chart_shows_at_most_eight,
        says="With more than eight articles, it shows the first eight (the course's palette tells eight colours "
        "apart); the table above has them all.",
    ),
    "07.leads-are-the-first-two-sentences": Claim(
        check_leads_are_the_first_two_sentences,
        says="Each article's first two sentences (`framing.leads`), side by side, with the words that match a fact of "
        "your `facts.csv` marked (hover over a mark to see the fact).",
    ),
    "07.page-lines-table-has-every-article": check_page_lines_table_has_every_article,
    "07.leads-up-to-ten": Claim(check_leads_up_to_ten, says="up to ten articles"),
    "07.page-lines-to-read-up-to-twenty": Claim(
        check_page_lines_to_read_up_to_twenty,
        says="Here are the headlines, standfirsts, captions and credits themselves, up to twenty, with the reason each "
        "was given its kind:",
    ),
    "07.codebook-twenty-questions-five-frames": Claim(
        check_codebook_twenty_questions_five_frames,
        says="Lesson 06 coded each article with twenty yes/no questions on Semetko and Valkenburg's five generic "
        "frames",
    ),
    "07.course-folder-holds-its-coding": check_course_folder_holds_its_coding,
    "07.some-articles-only": check_some_articles_only,
    "07.coding-checked-and-counted": check_coding_checked_and_counted,
    "07.three-to-five-questions": Claim(
        check_three_to_five_questions, says="The frames have three to five questions each"
    ),
    "07.entman-four-functions": Claim(
        check_entman_four_functions,
        says="Lesson 06 also read each article for the four things a frame does in Entman's (1993) definition: a "
        "problem definition, a causal interpretation, a moral evaluation and a treatment recommendation.",
    ),
    "07.entman-counts-and-quotes": check_entman_counts_and_quotes,
    "07.four-and-five-facts": Claim(
        check_four_and_five_facts, says="(For the course's story: four facts in the first list, five in the second.)"
    ),
    "07.one-article-alignment-message": Claim(
        check_one_article_alignment_message,
        says="If your story has only one article, `align_closest_pair` says so in plain words instead of giving a "
        "table, and `shifts` is that message.",
    ),
    "07.thesis-model-answer": Claim(
        check_thesis_model_answer,
        says="The five articles share a core of facts (the 2,500 US troops, the 2003 invasion, the war in Gaza, the "
        "Kurdish region; all but `strategic-partnership` also report attacks on US troops or forces by armed "
        "groups in Iraq), but frame the war and the armed groups differently: sentences that otherwise read alike "
        'speak of "Israel\'s war on Palestinians" in `visits-baghdad` and of "the Israel-Hamas war" in `inaugural-visit`, and only `next-door-iraq` places the war "in response to Hamas\'s Oct. 7, 2023, terrorist attack" and gives voice to US officials and an armed group.',
    ),
    "07.three-texts-show-no-outlet-date-or-byline": Claim(
        check_three_texts_show_no_outlet_date_or_byline,
        says="None of the five texts names its outlet, and three show neither a date nor a byline",
    ),
    "07.quick-07-1": quick_checks.check_07_1,
    "07.quick-07-2": Claim(
        quick_checks.check_07_2,
        says="That the article takes a side in the conflict it reports, since half the conflict questions got a yes.",
    ),
}
