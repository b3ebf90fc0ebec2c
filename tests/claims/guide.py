"""Claims of the instructor guide (INSTRUCTORS.md) and the glossary (GLOSSARY.md) (see tests/claims/__init__.py)."""

import functools
import re
import tempfile
from pathlib import Path

import pandas as pd

import framing
import framing.figures
from claims import Claim, lesson03, lesson04, lesson06, numbers_in
from course_story import course_story
from paths import ROOT, STORY_DIR
from tools import course


def check_wrong_speaker_one_in_n(sentence: str) -> None:
    """'about one quotation in five': the held-out share of wrong speakers (round 6), rounded to one in N."""
    said = re.search(r"\bone (?:\w+ )?in (\w+)", sentence)
    assert said, f"no 'one in N' in: {sentence}"
    right = framing.figures.figure("attribution.eval-6.held-out.quotations.speaker_right")
    words = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10}
    assert words.get(said[1], said[1]) == round(1 / (1 - right)), (
        f"the held-out speaker figure {right} makes about one in {1 / (1 - right):.1f} wrong, not one in {said[1]}"
    )


def check_real_news_figures(sentence: str) -> None:
    """The real-news held-out figures the guide quotes are data/figures.json's (the markers make them so); and all
    attributions are found far less often than whole quotations."""
    key = "attribution.polnear.dev."
    wanted = [
        framing.figures.figure(key + k) for k in ("fully-quoted.recall", "fully-quoted.speaker_right", "all.recall")
    ]
    assert all(value in numbers_in(sentence) for value in wanted), (wanted, sentence)
    assert wanted[2] < wanted[0]


def check_coreference_half(sentence: str) -> None:
    """Round 6's README: 59 wrong quotation speakers, 30 of them sorted by hand as coreference (pronouns or
    descriptions)."""
    readme = " ".join((STORY_DIR.parent / "attribution-eval-6" / "README.md").read_text(encoding="utf-8").split())
    assert "59 wrong quotation speakers were (read by hand after the run): 30 are pronouns or descriptions" in readme
    assert numbers_in(sentence)[-2:] == [30, 59] and "about half" in sentence


def check_time_formula(sentence: str) -> None:
    """The guide's account of the time estimate gives tools/course.py's constants."""
    number = {1: "a minute", 2: "two"}
    phrases = [
        f"prose read at {course.READING_WORDS_PER_MINUTE} words a minute",
        f"at {course.OUTPUT_WORDS_PER_MINUTE} a minute",
        f"{number[course.MINUTES_PER_CODE_CELL]} for each code cell",
        f"{number[course.MINUTES_PER_WORKED_FORMULA]} for each worked formula",
        f"{course.MINUTES_PER_DISCUSSION_QUESTION} minutes of discussion for each *Your turn* question",
        f"{course.MINUTES_PER_CODE_EXERCISE} minutes for each coding exercise",
        f"{course.MINUTES_PER_WRITTEN_ANSWER} for each written answer",
    ]
    assert all(phrase in sentence for phrase in phrases), [p for p in phrases if p not in sentence]
    assert course.MINUTES_PER_CHART == course.MINUTES_PER_CODE_CELL and "each code cell and each chart" in sentence


def check_codebook_questions(sentence: str) -> None:
    """A glossary entry's frame has as many questions in the codebook as the entry says."""
    codebook = framing.load_codebook(STORY_DIR.parent / "generic-frames" / "codebook.csv")
    sizes = codebook.groupby("frame").size()
    frame = next(f for f in sorted(sizes.index, key=len, reverse=True) if f"**{f} (frame)**" in sentence)
    assert numbers_in(sentence.split("questions of the course's codebook")[0])[-1] == sizes[frame], (frame, sentence)


def check_memory_budgets(sentence: str) -> None:
    """The guide's memory budgets are tools/benchmark.py's: 250 MB a lesson, 1,500 MB for 5,000 articles."""
    from tools import benchmark

    wanted = [benchmark.NOTEBOOK_MB, benchmark.LARGE_STORY_ARTICLES, benchmark.LARGE_STORY_MB]
    said = [n for n in numbers_in(sentence) if n >= 100]
    assert said == wanted, (said, wanted)


CLAIMS = {
    "guide.codebook-questions": check_codebook_questions,
    "guide.memory-budgets": check_memory_budgets,
    "guide.time-formula": check_time_formula,
    "guide.wrong-speaker-one-in-n": check_wrong_speaker_one_in_n,
    "guide.real-news-figures": check_real_news_figures,
    "guide.minister-quoted-words": lesson04.check_minister_quoted_words,
    "guide.coreference-half": check_coreference_half,
}


# Lesson 07's section of the guide: the capstone's times, sheets, budget and report.


def _lesson_07_cell(starting: str) -> str:
    from claims import lesson07  # imported here: lesson07 imports this module

    return lesson07.lesson_cell(starting)


LESSON_07 = course.LESSONS / "07-your-own-story.ipynb"
SOLUTION_07 = course.SOLUTIONS / "07-your-own-story-solutions.ipynb"
REPORT_SECTIONS = (
    "The story and the articles",
    "Selection",
    "Word choice",
    "Voices",
    "Tone",
    "Reuse",
    "The whole frame",
    "Method and limits",
)


def report_budgets() -> list[int]:
    """The words lesson 07 budgets for each of the report's eight sections, in order."""
    text = _lesson_07_cell("**The report.**")
    sections = re.findall(r"^\d\. \*\*([^*]+)\*\* \(about (\d+)(?: words)?\)", text, re.MULTILINE)
    assert [name for name, _ in sections] == list(REPORT_SECTIONS), sections
    return [int(words) for _, words in sections]


def check_capstone_report(sentence: str) -> None:
    """About 1,200 words in eight sections (and, where the sentence lists them, the lesson's budgets in order)."""
    budgets = report_budgets()
    said = numbers_in(sentence)
    assert sum(budgets) == 1200 and 1200 in said, said
    after = said[said.index(1200) + 1 :]
    assert after[0] == len(budgets) == 8, said
    if len(after) > 1:
        assert after[1:] == [11, *budgets], (said, budgets)
    assert "appendix does not count" in _lesson_07_cell("**The report.**")


def check_capstone_report_largest() -> None:
    budgets = dict(zip(REPORT_SECTIONS, report_budgets()))
    assert max(budgets, key=budgets.get) == "The whole frame" and list(budgets.values()).count(250) == 1
    assert "**Appendix** (not counted): your generic-frame coding as a table" in _lesson_07_cell("**The report.**")


IN_CLASS_SPLIT = re.compile(
    r"\*\*Time:\*\* (\d+) minutes in class \((\d+) to read and run it on the course's story, (\d+) to"
)


def lesson_07_time_split() -> list[int]:
    """Lesson 07's Time line: its minutes in class, and the two parts it names (the course's story, the student's
    folder)."""
    found = IN_CLASS_SPLIT.search(_lesson_07_cell("# 07 · Your own story"))
    assert found, "lesson 07's Time line no longer names its two parts"
    total, *parts = (int(n) for n in found.groups())
    assert total == course.in_class_minutes(LESSON_07) == sum(parts), (total, parts)
    return [total, *parts]


def check_capstone_times(sentence: str) -> None:
    """The lesson's minutes in class, in its own two parts."""
    assert numbers_in(sentence) == lesson_07_time_split(), numbers_in(sentence)


def check_capstone_homework(sentence: str) -> None:
    """'About 10 hours' at home, by the budget table of the lesson's section 11."""
    opening = _lesson_07_cell("# 07 · Your own story")
    assert "then about 10 hours of collecting, hand checks and report writing" in opening
    assert "(section 11 gives the budget)" in _lesson_07_cell("# 07 · Your own story")
    assert _lesson_07_cell("**The budget.**").startswith("## 11. ")
    assert numbers_in(sentence) == [10, 11], numbers_in(sentence)


def check_capstone_exercises(sentence: str) -> None:
    """Solution 07 states 45 minutes plus the report, and has five exercises."""
    cells = [course.source(c) for c in course.read(SOLUTION_07).cells if c.cell_type == "markdown"]
    assert any("**Time:** 45 minutes, plus the report" in c for c in cells)
    exercises = [n for c in cells for n in re.findall(r"^\*\*Exercise (\d+)\.\*\*", c, re.MULTILINE)]
    assert exercises == ["1", "2", "3", "4", "5"], exercises
    assert numbers_in(sentence) == [45, 5]


def _guide_section(start: str, end: str) -> str:
    text = (ROOT / "INSTRUCTORS.md").read_text(encoding="utf-8")
    return text[text.index(start) : text.index(end)]


def check_capstone_class_time(sentence: str) -> None:
    """The guide's parts of the class time are the lesson's own, in its order, and add up to its minutes in class."""
    section = _guide_section("**Where the class time goes.**", "**Teaching notes.** *The voices.*")
    parts = [int(n) for n in re.findall(r"^\d\. \*(\d+) minutes: ", section, re.MULTILINE)]
    total, *lesson_parts = lesson_07_time_split()
    assert parts == lesson_parts and sum(parts) == total, (parts, lesson_parts)
    said = numbers_in(sentence)
    assert said == [len(parts)] or said[0] in parts, said


def check_capstone_sheets(sentence: str) -> None:
    """Lesson 07's two sheets: 30 rows and 30 sentences over all the articles, never overwritten; the check gives
    Wilson's 95% interval; two articles read whole; reported speech is what the extractor misses most."""
    from claims import lesson07

    lesson07.check_attribution_sheet_30_rows()
    calls = [course.source(c) for c in course.read(LESSON_07).cells if "framing.attribution_sheet(" in course.source(c)]
    assert len(calls) == 1 and "n=30" in calls[0], calls
    lesson03.class_sample()  # framing.sentiment_sheet: 30 sentences, over the five articles
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.csv"
        path.write_text("a student's codes", encoding="utf-8")
        framing.start_coding_sheet(path, lambda: pd.DataFrame({"unit_id": ["x"]}))
        assert path.read_text(encoding="utf-8") == "a student's codes", "a sheet that is there is never overwritten"
    assert "read two articles whole" in _lesson_07_cell("The sheet checks the rows the extractor found")
    check_real_news_figures_reported_least()
    assert set(numbers_in(sentence)) <= {30, 95, 2, 4}, numbers_in(sentence)  # 4: lesson 04


def check_real_news_figures_reported_least() -> None:
    figure = framing.figures.figure
    key = "attribution.polnear.dev."
    reported = figure(key + "reported.recall")
    assert reported < min(figure(key + k + ".recall") for k in ("fully-quoted", "partly-quoted", "according-to"))


def check_capstone_budget(sentence: str) -> None:
    """The limits the guide asks instructors to agree are the lesson's budget table's."""
    table = _lesson_07_cell("**The budget.**")
    for words in ("each of 2 or 3 articles", "30 sentences", "30 rows", "two articles read whole"):
        assert words in table, words
    assert numbers_in(sentence) == [11, 2, 3, 30, 30, 2], numbers_in(sentence)


def check_capstone_page_line_notes(sentence: str) -> None:
    """The notes the guide quotes are the ones section 10's table prints on the course's story."""
    articles = course_story().articles
    notes = framing.page_lines_by_article(framing.page_lines(articles), articles)["note"]
    quoted = re.search(r"\(`([^`]+)`\)", sentence)[1]
    assert any(quoted in note for note in notes), (quoted, list(notes))
    assert any("the standfirst stays in the article text as sentence 1" in note for note in notes)
    assert any(note.startswith("no headline found") for note in notes)


def check_capstone_blank_sheets() -> None:
    """The course's story holds both sheets blank, so lesson 07 prints 'Not checked yet' and 'Not coded yet'."""
    from claims import lesson07

    lesson07.check_not_checked_yet()
    lesson07.check_not_coded_yet()
    for name in ("attribution-sheet.csv", "sentiment-sheet.csv"):
        sheet = pd.read_csv(STORY_DIR / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        assert (sheet["code"] == "").all(), f"{name}: the course's sheet should stay blank"


def check_capstone_one_article() -> None:
    from claims import lesson07

    lesson07.check_distinctive_words_need_two_articles()
    lesson07.check_both_need_two_articles()


def check_rubric_rows(sentence: str) -> None:
    """Ten criteria scored 0 to 3 (30); the first eight are the report's eight sections; 27 or 24 without one or two
    of them."""
    section = _guide_section("## Capstone rubric", "## An exemplar report")
    rows = [line.split("|")[1].strip() for line in section.splitlines() if line.startswith("| ")][1:]
    assert len(rows) == 10 and [r.lower() for r in rows[:8]] == [s.lower() for s in REPORT_SECTIONS], rows
    said = numbers_in(sentence)
    if said[:2] == [0, 3]:
        assert said == [0, 3, len(rows), 3 * len(rows), 3 * len(rows) - 3, 3, 6, 3 * len(rows) - 6], said
    else:
        assert said == [len(REPORT_SECTIONS), len(REPORT_SECTIONS), 7, 11, 2], said
        report_budgets()


# The exemplar report.

EXEMPLAR = ("## An exemplar report", "## The class as a coding team")


def exemplar_report() -> str:
    """The exemplar report as a student reads it: the block quote, unquoted, claim marks left out, figures filled."""
    from claims import CLAIM_TAG, FIGURE_MARKUP

    section = _guide_section(*EXEMPLAR)
    quoted = "\n".join(re.sub(r"^>\s?", "", line) for line in section.splitlines() if line.startswith(">"))
    return FIGURE_MARKUP.sub("", CLAIM_TAG.sub("", quoted))


def exemplar_sections() -> dict[str, str]:
    """The exemplar's eight sections by title, each without its bold title; the appendix is left out."""
    body = exemplar_report()
    body = body[: body.index("**Appendix")]
    parts = re.split(r"\*\*\d\. ([^*]+)\.\*\*", body)
    return dict(zip(parts[1::2], parts[2::2]))


def word_count(text: str) -> int:
    """Words as a reader counts them: runs of characters between spaces that hold a letter or a digit."""
    return sum(1 for word in text.split() if re.search(r"\w", word))


def check_exemplar_word_counts(sentence: str) -> None:
    """Each of the exemplar's eight sections is within 15% of lesson 07's budget for it, and the whole within 10% of
    'about 1,200 words'; the budgets the sentence lists are the lesson's."""
    sections, budgets = exemplar_sections(), report_budgets()
    assert list(sections) == list(REPORT_SECTIONS), list(sections)
    counts = [word_count(text) for text in sections.values()]
    for name, count, budget in zip(REPORT_SECTIONS, counts, budgets):
        assert abs(count - budget) <= 0.15 * budget, f"the exemplar's {name} has {count} words for a budget of {budget}"
    assert abs(sum(counts) - 1200) <= 120, sum(counts)
    assert numbers_in(sentence) == [8, 1200, 7, *budgets], numbers_in(sentence)


def _articles_table() -> pd.DataFrame:
    return course_story().articles.set_index("article_id")


def check_exemplar_metadata() -> None:
    """No text names its outlet; only first-foreign-trip shows a date, only next-door-iraq a byline and a wire
    credit; three show neither a date nor a byline."""
    from claims import lesson07

    lesson07.check_three_texts_show_no_outlet_date_or_byline()
    table = _articles_table()
    assert list(table.index[table["date_shown"] != ""]) == ["first-foreign-trip"]
    assert (
        list(table.index[table["byline"] != ""]) == ["next-door-iraq"] == list(table.index[table["wire_credit"] != ""])
    )
    assert "date 2024-09-11" in table.loc["first-foreign-trip", "text"]
    assert "Adam Morrow" in table.loc["next-door-iraq", "text"]


def _included_by() -> pd.Series:
    return course_story().coverage.sum(axis=1)


def check_exemplar_core() -> None:
    included = _included_by()
    assert len(included) == 18 and (included == 5).sum() == 4 and (included == 1).sum() == 5
    assert list(included.index[included == 5]) == ["us_troops", "invasion_2003", "gaza_war", "kurdish_region_visit"]


def check_exemplar_left_out() -> None:
    """The facts that every text but strategic-partnership reports: four, among them the attacks and the withdrawal."""
    coverage = course_story().coverage
    others = coverage.drop(columns="strategic-partnership")
    left_out = list(coverage.index[others.all(axis=1) & ~coverage["strategic-partnership"]])
    assert len(left_out) == 4 and {"armed_groups_attack_us", "coalition_withdrawal"} <= set(left_out), left_out
    assert "deep historical, economic, and political connections with Iraq" in course_story().text[
        "strategic-partnership"
    ].replace("’", "'")


def check_exemplar_one_text() -> None:
    coverage = course_story().coverage
    assert list(coverage.columns[coverage.loc["hamas_oct7"]]) == ["next-door-iraq"]
    assert list(coverage.columns[coverage.loc["mous_14"]]) == ["inaugural-visit"]


def variants_by_voice() -> pd.DataFrame:
    """Lesson 07's table of the lexicon's variants by voice (own, quoted, reported), indexed by variant."""
    s = course_story()
    matches = framing.match_lexicon(s.sentences, s.lexicon)
    table = framing.articles_by_voice(
        matches.assign(voice=framing.voice_of_matches(matches, s.clean, s.attributions)), s.lexicon
    )
    return table.reset_index().set_index("variant")


def _in_voice(variant: str, voice: str) -> set[str]:
    cell = variants_by_voice().loc[variant, voice]
    return {re.sub(r" \(\d+\)$", "", a) for a in cell.split(", ") if a}


def check_exemplar_war_names() -> None:
    expected = {
        "Israel's war on Palestinians": {"visits-baghdad", "first-foreign-trip"},
        "Israel-Hamas war": {"inaugural-visit"},
        "violence in Gaza": {"strategic-partnership"},
        "offensive in the Gaza Strip": {"next-door-iraq"},
    }
    for variant, articles in expected.items():
        assert _in_voice(variant, "own") == articles, (variant, _in_voice(variant, "own"))


def check_exemplar_quoted_names() -> None:
    """'war and genocide in Gaza' stands inside a quotation in inaugural-visit, and in no text's own voice; the
    quotation is the statement it attributes to Pezeshkian's office."""
    assert _in_voice("war and genocide in Gaza", "quoted") == {"inaugural-visit"}
    assert _in_voice("war and genocide in Gaza", "own") == set()
    lesson06.check_inaugural_statement_of_pezeshkians_office()


def check_exemplar_group_names() -> None:
    assert {"visits-baghdad", "first-foreign-trip", "next-door-iraq"} <= _in_voice("militia / militias", "own")
    assert _in_voice("terrorist group", "own") == {"next-door-iraq"}
    text = course_story().text["next-door-iraq"]
    assert "an Iran-aligned, U.S.-designated terrorist group" in text
    assert "The terrorist group also called on Baghdad" in text


def check_exemplar_proxies() -> None:
    """'Iranian proxies' is the lexicon's concept 'armed groups in the region', and its sentence names neither Iraq
    nor its groups."""
    lexicon = course_story().lexicon.set_index("variant")
    assert lexicon.loc["Iranian proxies", "concept"] == "armed groups in the region tied to Iran"
    assert _in_voice("Iranian proxies", "own") == {"strategic-partnership"}
    sentences = course_story().sentences
    holding = sentences[sentences["sentence"].str.contains("Iranian proxies")]["sentence"].tolist()
    assert len(holding) == 1 and "Iraq" not in holding[0], holding


def check_exemplar_iranian_share() -> None:
    lesson04.check_iranian_share_in_three_articles()
    lesson04.check_attributes_one_statement()
    lesson04.check_strategic_partnership_one_voice()


def _gold() -> pd.DataFrame:
    return pd.read_csv(STORY_DIR / "attributions-gold.csv", keep_default_na=False)


def check_exemplar_us_and_armed() -> None:
    """US officials and an armed group speak only in next-door-iraq: the State Department in one quoted word,
    Kataib Hezbollah and the US Embassy in reported speech (the answer key's kinds)."""
    lesson04.check_only_next_door_iraq_us_and_armed()
    gold = _gold().set_index("speaker")
    assert gold.loc["the U.S. State Department", "kind"] == "direct"
    assert "“ongoing.”" in course_story().sentence["next-door-iraq", 17]
    assert gold.loc["The U.S. Embassy in Iraq", "kind"] == gold.loc["Kataib Hezbollah", "kind"] == "indirect"


def check_exemplar_hedges() -> None:
    """visits-baghdad's 'reportedly stated' for the minister; 'without providing evidence' once, in next-door-iraq,
    on Tehran's claim about Israeli intelligence."""
    lesson04.check_foreign_minister_channels()
    assert "reportedly stated" in course_story().sentence["visits-baghdad", 13]
    lesson04.check_without_evidence_once()
    assert course_story().sentence["next-door-iraq", 25].startswith("In the past, Tehran has also said")


def check_exemplar_absent() -> None:
    lesson04.check_absent_voices()
    lesson04.check_no_kurdish_speaker()


ARTICLES_READ_WHOLE = ("next-door-iraq", "inaugural-visit")
"""The two articles the exemplar's writer 'read whole' for statements the extractor missed."""


def exemplar_attribution_sheet() -> pd.DataFrame:
    """The course's blank attribution sheet, marked for the exemplar report from the answer key, not by a reader.

    A row is marked yes when ``attributions-gold.csv`` (marked by one of the course's authors) has a statement in
    the row's sentence whose speaker is the row's, by ``framing.same_speaker``, as ``framing.compare_by_sentence``
    pairs them (the name as the article writes it counts too: "The terrorist group" is Kataib Hezbollah); no
    otherwise. A student marks the sheet by reading the article.
    """
    sheet = pd.read_csv(STORY_DIR / "attribution-sheet.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    found = course_story().attributions.sort_values(["sentence_no", "start"], kind="stable")
    found = found.assign(row=found.groupby(["article_id", "sentence_no"]).cumcount() + 1)
    found.index = found["article_id"] + ":s" + found["sentence_no"].astype(str) + ":r" + found["row"].astype(str)
    gold = _gold()
    codes = []
    for unit in sheet["unit_id"]:
        row = found.loc[unit]
        said = gold[(gold["article_id"] == row["article_id"]) & (gold["sentence_no"] == row["sentence_no"])]
        names = [row["speaker"], row["speaker_as_written"]]
        right = any(framing.same_speaker(name, g) for name in names for g in said["speaker"])
        codes.append("yes" if right else "no")
    return sheet.assign(code=codes)


def exemplar_attribution_check() -> tuple:
    """The exemplar's check: the marked sheet read by ``framing.attribution_check``, the number of articles its rows
    come from, and the statements of the answer key with no row in the two articles read whole."""
    sheet = exemplar_attribution_sheet()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "attribution-sheet.csv"
        sheet.to_csv(path, index=False)
        check = framing.attribution_check(path)
    comparison = framing.compare_by_sentence(course_story().attributions, _gold())
    read_whole = comparison[comparison["article_id"].isin(ARTICLES_READ_WHOLE)]
    return check, sheet["article_id"].nunique(), int((read_whole["status"] == "missed").sum())


def check_exemplar_attribution_check(sentence: str) -> None:
    check, articles, missed = exemplar_attribution_check()
    assert check.precision is not None, check.message
    wanted = [check.right, check.rows, articles, 95, round(check.low, 2), round(check.high, 2), missed]
    assert numbers_in(sentence) == wanted, (numbers_in(sentence), wanted)
    from claims import article_ids_in

    assert article_ids_in(sentence) == list(ARTICLES_READ_WHOLE)
    assert "answer key" in sentence and "not by my own reading" in sentence


def check_exemplar_seven_revised() -> None:
    codes = course_story().codes
    assert len(codes) == 78 and framing.codes_as_first_made(codes)["revised"].sum() == 7
    lesson03.revision_moved_six_and_one()


def check_exemplar_negative_own(sentence: str) -> None:
    lesson03.negative_codes_by_voice()
    assert numbers_in(sentence)[-2:] == [22, 28]


def check_exemplar_quoted_runs() -> None:
    """With quotations in, visits-baghdad and first-foreign-trip are the closest pair (lesson 07's tables)."""
    from claims import lesson07

    lesson07.check_lesson_05_scores()


def _aligned_without_quotations() -> pd.DataFrame:
    from claims import lesson07

    return lesson07.aligned_without_quotations()


def check_exemplar_aligned(sentence: str) -> None:
    aligned = _aligned_without_quotations()
    assert numbers_in(sentence) == [len(aligned)] == [8]
    assert aligned["first_no"].is_monotonic_increasing and aligned["second_no"].is_monotonic_increasing
    pair = aligned[aligned["first_sentence"].str.contains("the Israel-Hamas war erupted in Gaza")]
    assert len(pair) == 1 and "Israel's war on Palestinians erupted in Gaza" in pair["second_sentence"].iloc[0]


def check_exemplar_no_credit() -> None:
    lesson04.check_credits()
    assert "inaugural-visit" not in set(framing.find_credits(course_story().articles)["article_id"])


def check_exemplar_leads() -> None:
    """Four first sentences about the visit; next-door-iraq's first is the line under its headline, kept as text."""
    lesson06.check_four_first_sentences_about_the_visit()
    lines = _page_lines()
    standfirst = lines[(lines["article_id"] == "next-door-iraq") & (lines["kind"] == "standfirst")]["line"].tolist()
    assert standfirst and lesson06.first_sentence("next-door-iraq") == standfirst[0]


def _page_lines() -> pd.DataFrame:
    return framing.page_lines(course_story().articles)


def check_exemplar_took_office(sentence: str) -> None:
    lesson06.check_guide_placement()
    assert numbers_in(sentence) == [2, 13]


def check_exemplar_headlines() -> None:
    lines = _page_lines()
    headlines = lines[lines["kind"] == "headline"].drop_duplicates("article_id").set_index("article_id")["line"]
    assert dict(headlines) == {
        "first-foreign-trip": "Iran's Pezeshkian visits Iraq in his first foreign trip as president",
        "next-door-iraq": "Iranian President Arrives in Next-Door Iraq in 1st Official Visit Abroad",
    }


def check_exemplar_page_lines() -> None:
    """The captions say what the exemplar quotes; the other three texts have no headline, standfirst or caption."""
    lines = _page_lines()
    captions = lines[lines["kind"] == "caption"].groupby("article_id")["line"].apply(" ".join)
    assert "seeks to strengthen relations with Iraq" in captions["first-foreign-trip"]
    assert "on July 6, 2024" in captions["next-door-iraq"] and "on Nov. 23, 2022" in captions["next-door-iraq"]
    shown = lines[lines["kind"].isin(["headline", "standfirst", "caption"])]
    assert sorted(set(shown["article_id"])) == ["first-foreign-trip", "next-door-iraq"]


def _codings() -> tuple[pd.DataFrame, pd.DataFrame]:
    return lesson06.story().coding, lesson06.story().second


def check_exemplar_morality(sentence: str) -> None:
    """Only inaugural-visit has a morality yes in the first coding, 2 of 3, both quoting the statement of
    Pezeshkian's office; the second coder also answered yes for next-door-iraq."""
    first, second = _codings()
    morality = first[(first["frame"] == "morality") & (first["answer"] == "yes")]
    assert set(morality["article_id"]) == {"inaugural-visit"} and len(morality) == 2
    assert (first["frame"] == "morality").groupby(first["article_id"]).sum().eq(3).all()
    statement = course_story().sentence["inaugural-visit", 4]
    assert all(quote in statement for quote in morality["quote"]) and "Pezeshkian's office articulated" in statement
    assert "the imperative to halt the war" in set(morality["quote"])
    extra = second[(second["frame"] == "morality") & (second["answer"] == "yes")]
    assert "next-door-iraq" in set(extra["article_id"])
    assert numbers_in(sentence) == [2, 3]


def check_exemplar_entman() -> None:
    """next-door-iraq's problem and moral evaluation in its own voice, its two remedies attributed to Iraq and to
    Kataib Hezbollah, as the course's Entman table records them."""
    rows = lesson06.story().functions
    rows = rows[rows["article_id"] == "next-door-iraq"]

    def noted(function, words):
        found = rows[(rows["function"] == function) & rows["quote"].str.contains(words, regex=False)]
        assert len(found) == 1, (function, words)
        return found["note"].iloc[0]

    assert "own voice" in noted("problem definition", "Complicating the situation, Iraq also hosts roughly 2,500")
    assert "own voice" in noted("moral evaluation", "Hamas’s Oct. 7, 2023, terrorist attack")
    remedies = rows[rows["function"] == "treatment recommendation"]
    assert len(remedies) == 2 and all("attributed" in note for note in remedies["note"])
    assert "for an end to the U.S.-led coalition’s mandate" in remedies["quote"].iloc[0]
    assert remedies["quote"].iloc[1].startswith("The terrorist group also called on Baghdad to investigate")


def check_exemplar_second_coder(sentence: str) -> None:
    """The figures are data/figures.json's (the markers make them so); no second coder read the Entman table."""
    figure = framing.figures.figure
    key = "frames.second-coder.varying."
    assert numbers_in(sentence)[-3:] == [figure(key + "items"), figure(key + "agreed"), figure(key + "kappa")]
    assert not list(STORY_DIR.glob("entman-functions-*.csv")), "a second Entman coding exists: say so"


def check_exemplar_wrong_speakers(sentence: str) -> None:
    """59 of 278: the quotations the latest held-out round found (recall x gold) and the wrong speakers among them,
    as its README reads them."""
    figure = framing.figures.figure
    key = "attribution.eval-6.held-out.quotations."
    found = round(figure(key + "units") * figure(key + "recall"))
    wrong = round(found * (1 - figure(key + "speaker_right")))
    readme = " ".join((STORY_DIR.parent / "attribution-eval-6" / "README.md").read_text(encoding="utf-8").split())
    assert (wrong, found) == (59, 278) and "59 wrong quotation speakers" in readme
    assert numbers_in(sentence)[-2:] == [wrong, found]


def check_exemplar_real_news(sentence: str) -> None:
    figure = framing.figures.figure
    key = "attribution.polnear.dev."
    assert numbers_in(sentence) == [figure(key + "fully-quoted.recall"), figure(key + "all.recall")]
    check_real_news_figures_reported_least()


def check_exemplar_last_month() -> None:
    """The took_office pattern matches next-door-iraq's 'assuming office last month', in a text that reports a visit
    on Sept. 11; two other texts say July."""
    found = framing.find_facts(course_story().sentences, course_story().facts)
    office = found[(found["fact_id"] == "took_office") & (found["article_id"] == "next-door-iraq")]
    assert len(office) == 1 and "assuming office last month" in office["sentence"].iloc[0]
    text = course_story().text
    assert "arrived in Baghdad on Sept. 11" in text["next-door-iraq"]
    assert "in July" in text["inaugural-visit"] and "in July" in text["strategic-partnership"]


APPENDIX_ARTICLES = ("inaugural-visit", "next-door-iraq")


def check_exemplar_appendix() -> None:
    """The appendix's counts are frame_scores of the course's first coding (frames in the codebook's order, with
    their numbers of questions), and its rows are every yes of the two articles section 7 discusses, with the
    coding's own quotation."""
    first, _ = _codings()
    scores = framing.frame_scores(first)
    yes = scores.pivot(index="article_id", columns="frame", values="yes")
    yes = yes.reindex(index=course_story().ids, columns=list(framing.FRAMES))
    questions = scores.drop_duplicates("frame").set_index("frame")["questions"].reindex(list(framing.FRAMES))
    report = exemplar_report()
    header = re.search(r"^\| Article \| (.+) \|$", report, re.MULTILINE)[1].split(" | ")
    assert header == [f"{frame} (of {n})" for frame, n in questions.items()], header
    counts = re.findall(r"^\| `([a-z-]+)` \| (\d) \| (\d) \| (\d) \| (\d) \| (\d) \|$", report, re.MULTILINE)
    assert [(a, [int(n) for n in ns]) for a, *ns in counts] == [(a, yes.loc[a].tolist()) for a in yes.index], counts
    rows = re.findall(r'^\| `([a-z-]+)` \| ([a-z ]+) (\d) \| "(.+)" \|$', report, re.MULTILINE)
    chosen = first[(first["answer"] == "yes") & first["article_id"].isin(APPENDIX_ARTICLES)]
    expected = [(r.article_id, r.frame, str(r.question_no), r.quote) for r in chosen.itertuples()]
    assert rows == expected, (rows, expected)


def check_exemplar_appendix_voices() -> None:
    first, _ = _codings()
    statement = course_story().sentence["inaugural-visit", 4]
    rows = first[
        (first["article_id"] == "inaugural-visit")
        & first["frame"].isin(["human interest", "morality"])
        & (first["answer"] == "yes")
    ]
    assert len(rows) and all(quote in statement for quote in rows["quote"])
    assert "Pezeshkian's office articulated in a statement" in statement


# The class as a coding team: framing.class_report on the simulated class, and what it refuses.

SIMULATED = ROOT / "data" / "class-simulated"


@functools.cache
def _simulated_report():
    """framing.class_report on the simulated class, as the instructor's one cell runs it (computed once)."""
    return framing.class_report(SIMULATED)


def check_class_draws() -> None:
    """2,000 bootstrap draws by default, and the report on twelve sheets takes seconds, not minutes."""
    import inspect
    import time

    from framing import class_agreement

    assert class_agreement.DRAWS == 2000 and inspect.signature(framing.class_report).parameters["draws"].default == 2000
    started = time.perf_counter()
    framing.class_report(SIMULATED)
    assert time.perf_counter() - started < 60


def check_class_report_parts() -> None:
    """What the printed report says, in the order the guide lists it."""
    report = _simulated_report()
    said = str(report)
    for words in (
        "12 coders of the sentiment sample",
        "by two coders or more",
        "Krippendorff's nominal alpha",
        "ordinal alpha",
        "95% bootstrap interval",
        "Cohen's kappa of the 66 pairs of coders runs from",
        "(median",
        "sheet(s) leave units uncoded: simulated-01.csv",
        "no better than always 'negative'",
        "The average student agrees with the majority of the other students",
        "Horizontal bars, one per student",
    ):
        assert words in said, words
    assert len(report.agreement.kappas) == 66 and list(report.agreement.alphas.index) == ["nominal", "ordinal"]
    assert "<table" in report._repr_html_() and "split on most" in report._repr_html_()
    assert set(report.agreement.majority.columns) >= {"majority", "margin"}


def check_class_simulated_figures(sentence: str) -> None:
    report = _simulated_report()
    alphas, kappas, table = report.agreement.alphas, report.agreement.kappas["kappa"], report.tools.table
    majority = report.agreement.majority
    wanted = [
        3,  # "lesson 03 shows it too"
        report.agreement.coders,
        report.agreement.units,
        alphas.loc["nominal", "alpha"],
        95,
        alphas.loc["nominal", "low"],
        alphas.loc["nominal", "high"],
        alphas.loc["ordinal", "alpha"],
        alphas.loc["ordinal", "low"],
        alphas.loc["ordinal", "high"],
        kappas.min(),
        kappas.max(),
        int(table.loc["VADER", "agreed"]),
        int(table.loc["VADER", "units"]),
        int(table.loc["TextBlob", "agreed"]),
        table.loc["always 'negative'", "agreement"],
        table.loc["average student (against the rest of the class)", "agreement"],
    ]
    wanted = [float(f"{n:.2f}") if isinstance(n, float) else n for n in wanted]  # as the report prints them
    assert numbers_in(sentence) == wanted, (numbers_in(sentence), wanted)
    assert (majority["coders"] >= 2).all() and table.loc["TextBlob", "units"] == table.loc["VADER", "units"]


def check_class_simulated_steps() -> None:
    """Ordinal alpha above nominal, and most of the simulated codes that depart from the course's move one step."""
    report = _simulated_report()
    alphas = report.agreement.alphas["alpha"]
    assert alphas["ordinal"] > alphas["nominal"]
    codes = pd.concat(pd.read_csv(p, dtype=str, keep_default_na=False) for p in sorted(SIMULATED.glob("*.csv")))
    course_codes = (
        course_story()
        .codes.assign(unit_id=lambda t: t["article_id"] + ":s" + t["sentence_no"].astype(str))
        .set_index("unit_id")["label"]
    )
    coded = codes[codes["code"] != ""]
    departed = coded[coded["code"] != coded["unit_id"].map(course_codes)]
    opposite = departed["code"].isin(["negative", "positive"]) & departed["unit_id"].map(course_codes).isin(
        ["negative", "positive"]
    )
    assert len(departed) and opposite.sum() < len(departed) / 2, (len(departed), int(opposite.sum()))


def check_class_hand_in(sentence: str) -> None:
    """The minutes lessons 03 and 06's class activities give to downloading and handing in the sheets."""
    steps = [
        int(n)
        for section in (
            ("### 03 · Sentiment", "### 04 · Attribution"),
            ("### 06 · The whole frame", "### 07 · Your own"),
        )
        for n in re.findall(r"^\d\. \*(\d+) minutes\.\* Students download their sheet", _guide_section(*section), re.M)
    ]
    assert len(steps) == 2 and numbers_in(sentence)[-4:] == [steps[0], 3, steps[1], 6], (steps, numbers_in(sentence))


def check_class_frames_nominal() -> None:
    """Two frame sheets make a report with nominal alpha only and no tools."""
    book = lesson06.story().codebook
    with tempfile.TemporaryDirectory() as tmp:
        for number, answer in enumerate(("yes", "no"), start=1):
            sheet = framing.frame_sheet(book, ["next-door-iraq"], "pezeshkian-iraq-2024", f"coder-{number}")
            codes = ["yes" if i % 2 else answer for i in range(len(sheet))]
            sheet.assign(code=codes).to_csv(Path(tmp) / f"coder-{number}.csv", index=False)
        report = framing.class_report(tmp, draws=100)
    assert list(report.agreement.alphas.index) == ["nominal"] and report.tools is None


def _refused(folder: Path) -> str:
    try:
        framing.class_report(folder, draws=100)
    except framing.CodingSheetError as error:
        return str(error)
    raise AssertionError(f"{folder}: the class report read a folder it should refuse")


def check_class_refusals() -> None:
    """The four refusals the guide lists, each with the words it quotes; and 'pos' read as positive, with a note."""
    sheets = sorted(SIMULATED.glob("simulated-0[1-2].csv"))
    with tempfile.TemporaryDirectory() as tmp:
        cases = {}
        for case in ("sample", "coder", "code", "text"):
            folder = Path(tmp) / case
            folder.mkdir()
            for sheet in sheets:
                (folder / sheet.name).write_bytes(sheet.read_bytes())
            cases[case] = folder / sheets[1].name
        edits = {
            "sample": lambda t: t.replace("class-seed-7-n30", "class-seed-8-n30"),
            "coder": lambda t: t.replace("simulated-02,", "simulated-01,"),
        }
        for case, edit in edits.items():
            path = cases[case]
            path.write_text(edit(path.read_text(encoding="utf-8-sig")), encoding="utf-8")
        table = pd.read_csv(cases["code"], dtype=str, keep_default_na=False, encoding="utf-8-sig")
        table.loc[0, "code"], table.loc[1, "code"] = "angry", "pos"
        table.to_csv(cases["code"], index=False)
        table = pd.read_csv(cases["text"], dtype=str, keep_default_na=False, encoding="utf-8-sig")
        table.loc[0, "sentence"] = table.loc[0, "sentence"].replace("Saddam", "Sadam")
        table.to_csv(cases["text"], index=False)
        said = {case: _refused(path.parent) for case, path in cases.items()}
    assert "is a sheet of sample 'class-seed-8-n30', but the class's is 'class-seed-7-n30'" in said["sample"]
    assert "move it out of the folder, or make the sheet again for this class" in said["sample"]
    assert (
        "coder id 'simulated-01' is used by" in said["coder"]
        and "each student chooses an id of their own" in said["coder"]
    )
    assert "line 2: 'angry' is not a code of this sheet (negative, neutral, positive)" in said["code"]
    assert "pos" not in said["code"].replace("positive", ""), said["code"]
    assert "the text most sheets give" in said["text"], said["text"]


def check_class_simulated_noise() -> None:
    readme = " ".join((SIMULATED / "README.md").read_text(encoding="utf-8").split())
    for words in (
        "These sheets are simulated",
        "written by an AI assistant for the project",
        "5% of the sentences are left uncoded",
        "25% get a code that departs from the course's",
        "one coder's",
    ):
        assert words in readme, words
    assert len(list(SIMULATED.glob("*.csv"))) == 12
    chart = " ".join(
        course.source(c) for c in course.read(course.LESSONS / "03-sentiment.ipynb").cells if c.cell_type == "code"
    )
    assert "SIMULATED" in chart


CLAIMS.update(
    {
        "guide.capstone-report": check_capstone_report,
        "guide.capstone-report-largest": check_capstone_report_largest,
        "guide.capstone-times": check_capstone_times,
        "guide.capstone-homework": check_capstone_homework,
        "guide.capstone-exercises": check_capstone_exercises,
        "guide.capstone-class-time": check_capstone_class_time,
        "guide.capstone-sheets": check_capstone_sheets,
        "guide.capstone-budget": check_capstone_budget,
        "guide.capstone-page-line-notes": check_capstone_page_line_notes,
        "guide.capstone-one-article": check_capstone_one_article,
        "guide.capstone-blank-sheets": check_capstone_blank_sheets,
        "guide.rubric-rows": check_rubric_rows,
        "guide.exemplar-word-counts": check_exemplar_word_counts,
        "guide.exemplar-metadata": check_exemplar_metadata,
        "guide.exemplar-core": Claim(
            check_exemplar_core, says="Of the 18 facts ... four are in all five texts ... five in one text only"
        ),
        "guide.exemplar-left-out": Claim(
            check_exemplar_left_out,
            says="`strategic-partnership` leaves out four facts that the other four texts all report",
        ),
        "guide.exemplar-one-text": check_exemplar_one_text,
        "guide.exemplar-war-names": Claim(
            check_exemplar_war_names,
            says="`visits-baghdad` `first-foreign-trip` `inaugural-visit` `strategic-partnership` `next-door-iraq`",
        ),
        "guide.exemplar-quoted-names": Claim(check_exemplar_quoted_names, says="`inaugural-visit`"),
        "guide.exemplar-group-names": Claim(
            check_exemplar_group_names,
            says="`visits-baghdad`, `first-foreign-trip` and `next-door-iraq`; `next-door-iraq`",
        ),
        "guide.exemplar-proxies": Claim(check_exemplar_proxies, says="`strategic-partnership`"),
        "guide.exemplar-iranian-share": Claim(
            check_exemplar_iranian_share,
            says="5 of the 6 statements in `visits-baghdad` and in `first-foreign-trip`, and 5 of the 8 in "
            "`inaugural-visit`; `strategic-partnership` attributes one",
        ),
        "guide.exemplar-us-and-armed": Claim(
            check_exemplar_us_and_armed, says="Only `next-door-iraq` ... in one quoted word"
        ),
        "guide.exemplar-absent": check_exemplar_absent,
        "guide.exemplar-hedges": Claim(check_exemplar_hedges, says="`visits-baghdad` ... `next-door-iraq`"),
        "guide.exemplar-attribution-check": check_exemplar_attribution_check,
        "guide.exemplar-seven-revised": Claim(check_exemplar_seven_revised, says="78 ... seven"),
        "guide.exemplar-negative-own": check_exemplar_negative_own,
        "guide.exemplar-quoted-runs": Claim(
            check_exemplar_quoted_runs, says="`visits-baghdad` and `first-foreign-trip` ... 14 of their 22"
        ),
        "guide.exemplar-aligned": check_exemplar_aligned,
        "guide.exemplar-no-credit": Claim(check_exemplar_no_credit, says="no credit in `inaugural-visit`"),
        "guide.exemplar-leads": Claim(check_exemplar_leads, says="Four texts ... `next-door-iraq` ... 2,500"),
        "guide.exemplar-took-office": check_exemplar_took_office,
        "guide.exemplar-headlines": Claim(check_exemplar_headlines, says="`first-foreign-trip` ... `next-door-iraq`"),
        "guide.exemplar-page-lines": check_exemplar_page_lines,
        "guide.exemplar-morality": check_exemplar_morality,
        "guide.exemplar-entman": check_exemplar_entman,
        "guide.exemplar-second-coder": check_exemplar_second_coder,
        "guide.exemplar-wrong-speakers": check_exemplar_wrong_speakers,
        "guide.exemplar-real-news": check_exemplar_real_news,
        "guide.exemplar-last-month": check_exemplar_last_month,
        "guide.exemplar-appendix": check_exemplar_appendix,
        "guide.exemplar-appendix-voices": check_exemplar_appendix_voices,
        "guide.class-draws": check_class_draws,
        "guide.class-hand-in": check_class_hand_in,
        "guide.class-frames-nominal": check_class_frames_nominal,
        "guide.class-report-parts": check_class_report_parts,
        "guide.class-simulated-figures": check_class_simulated_figures,
        "guide.class-simulated-steps": check_class_simulated_steps,
        "guide.class-refusals": check_class_refusals,
        "guide.class-simulated-noise": check_class_simulated_noise,
    }
)


def check_glossary_wilson(sentence: str) -> None:
    low, high = framing.wilson_interval(30, 30)
    assert numbers_in(sentence)[-4:] == [95, 30, 30, round(low, 2)] and high == 1.0, numbers_in(sentence)


def check_glossary_attribution_check(sentence: str) -> None:
    """A blank sheet gives no precision; a marked one gives it with Wilson's 95% interval and its rows."""
    from claims import lesson07

    lesson07.check_not_checked_yet()
    check, _, _ = exemplar_attribution_check()
    assert "Wilson's 95% interval" in check.message and f"from {check.rows} rows" in check.message
    assert numbers_in(sentence) == [7, 95], numbers_in(sentence)


CLAIMS["guide.glossary-wilson"] = check_glossary_wilson
CLAIMS["guide.glossary-attribution-check"] = check_glossary_attribution_check
