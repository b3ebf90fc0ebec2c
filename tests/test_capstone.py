"""Lesson 07's steps on any story: a result when the story has what a step needs, plain words when not."""

import zipfile

import pandas as pd
import pytest

import framing
from framing.capstone import (
    NotEnough,
    align_closest_pair,
    articles_with_words,
    closest_pairs_in_story,
    distinctive_words_by_article,
    entman_functions_in_story,
    fact_positions_in_story,
    frame_scores_in_story,
    leads_html,
    leads_in_story,
    pack_story_folder,
    page_lines_by_article,
    page_lines_to_read,
    positions_by_article,
    positions_for_chart,
    start_frame_coding,
)
from paths import ROOT, STORY_DIR


def story(*texts):
    return pd.DataFrame({"article_id": [f"a{n}" for n in range(len(texts))], "text": list(texts)})


def test_one_article_explains_what_is_missing():
    one = story("The council closed the bridge on Monday.")
    for result, step in (
        (distinctive_words_by_article(one), "Distinctive words"),
        (closest_pairs_in_story(one), "Shared text"),
    ):
        assert isinstance(result, NotEnough) and not result
        assert repr(result).startswith(f"{step} compares articles") and "this story has 1 article with words" in repr(
            result
        )
    aligned = align_closest_pair(framing.split_sentences(one), closest_pairs_in_story(one))
    assert isinstance(aligned, NotEnough) and "no pair of articles to align" in repr(aligned)


def test_an_empty_article_is_named_and_left_out():
    texts = story("Militias attacked the base, officials said.", "\u200b\u200b", "Officials said the base was quiet.")
    kept, empty = articles_with_words(texts)
    assert empty == ["a1"] and list(kept["article_id"]) == ["a0", "a2"]
    table = distinctive_words_by_article(texts, top=2)
    assert (
        list(table.index) == ["a0", "a1", "a2"]
        and "no words after cleaning" in table.loc["a1", "most distinctive words"]
    )
    assert closest_pairs_in_story(texts)[["first", "second"]].values.tolist() == [["a0", "a2"]]
    two = story("Militias attacked the base, officials said.", "   ")
    assert "(a1 has none after cleaning)" in repr(distinctive_words_by_article(two))


def test_distinctive_words_by_article_leaves_out_function_words_as_lesson_02_does_and_names_them():
    texts = story(
        "He said he's sure. Mr. Ruiz said the militia attacked when he left.",
        "The council met. The mayor spoke.",
        "Rain fell on the town.",
    )
    table = distinctive_words_by_article(texts, top=4)
    expected = framing.top_words(framing.distinctive_words(framing.count_words(texts), top=4))
    assert table["most distinctive words"].tolist() == expected.tolist()  # the same default as distinctive_words
    assert list(table.columns) == ["most distinctive words", "left out"]
    assert {"he", "he's"} <= set(table.loc["a0", "left out"].split(", "))
    kept_all = distinctive_words_by_article(texts, top=4, stop_words=None)
    assert "he" in kept_all.loc["a0", "most distinctive words"] and (kept_all["left out"] == "").all()


def test_closest_pairs_in_story_with_quotations_left_out():
    texts = story(
        'Officials met on Monday. "We will sign several agreements with our neighbours today," the minister said.',
        'Talks began in the capital. "We will sign several agreements with our neighbours today," she told reporters.',
        "Officials met on Monday in the old port city, far from the capital.",
    )
    with_quotes = closest_pairs_in_story(texts, top=1, size=3)
    without = closest_pairs_in_story(texts, top=1, size=3, quotations=False)
    assert with_quotes[["first", "second"]].values.tolist() == [["a0", "a1"]]  # the shared quotation leads
    assert without[["first", "second"]].values.tolist() == [["a0", "a2"]]  # the reporters' own shared words
    expected = framing.most_similar_pairs(texts, size=3, top=1, quotations=False)["similarity"].round(3)
    assert without["similarity"].tolist() == expected.tolist()


def test_alignment_of_the_closest_pair_or_why_not():
    texts = story(
        "Iraq hosts 2,500 US troops. The visit began on Wednesday.",
        "Iraq hosts about 2,500 US troops. Talks began.",
        "Weather news only.",
    )
    sentences = framing.split_sentences(texts)
    aligned = align_closest_pair(sentences, closest_pairs_in_story(texts, size=2))
    assert isinstance(aligned, pd.DataFrame) and aligned.loc[0, "first_no"] == 1
    unrelated = story("Apples grow in autumn orchards.", "Trains depart from the northern station.")
    result = align_closest_pair(framing.split_sentences(unrelated), closest_pairs_in_story(unrelated))
    assert isinstance(result, NotEnough) and "shares no rewritten sentences" in repr(result)
    assert "no pair of articles was compared" in repr(
        align_closest_pair(sentences, closest_pairs_in_story(texts).iloc[0:0])
    )


def test_pack_story_folder_writes_one_zip(tmp_path, monkeypatch):
    folder = tmp_path / "my-story"
    (folder / "texts").mkdir(parents=True)
    (folder / "articles.csv").write_text("article_id,file\na,texts/a.txt\n", encoding="utf-8")
    (folder / "texts" / "a.txt").write_text("Text.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    message = pack_story_folder(folder, tmp_path / "downloads")
    assert message.startswith("Packed 2 files of the story folder 'my-story' into downloads/my-story.zip.")
    with zipfile.ZipFile(tmp_path / "downloads" / "my-story.zip") as archive:
        assert sorted(archive.namelist()) == ["my-story/articles.csv", "my-story/texts/a.txt"]
    assert pack_story_folder(tmp_path / "nowhere", tmp_path / "downloads").startswith("Nothing packed")


def test_speakers_by_article_or_why_not():
    found = framing.find_attributions(story("“We will rebuild,” said Mayor Ana Ruiz.", "Nothing was said here."))
    table = framing.speakers_by_article(found)
    assert table.loc["a0", "person"] == 1
    none = framing.speakers_by_article(framing.find_attributions(story("No one speaks.")))
    assert isinstance(none, NotEnough) and "No attributions found" in repr(none)


def test_agreement_with_hand_codes_and_rows_to_check():
    from paths import STORY_DIR

    clean = framing.clean_articles(framing.load_articles(STORY_DIR))
    sentences = framing.split_sentences(clean)
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    table = framing.agreement_with_hand_codes(codes, framing.sentence_sentiment(sentences))
    assert (
        table.loc["TextBlob", "accuracy"] == 0.41
        and table.loc["VADER", "accuracy"] == 0.68
        and table.loc["always 'negative'", "kappa"] == 0.0
    )
    assert isinstance(framing.agreement_with_hand_codes(None, sentences), NotEnough)
    rows = framing.rows_to_check(framing.find_attributions(clean), rows=3)
    assert list(rows.index) == [1, 2, 3] and list(rows.columns) == ["speaker", "verb", "kind", "quote", "how"]
    assert framing.rows_to_check(framing.find_attributions(story("No one speaks."))).empty


# The whole frame (lesson 06) on any story: placement, leads, page lines, generic-frame coding, Entman's functions.


CODEBOOK = ROOT / "data" / "generic-frames" / "codebook.csv"
FACTS = pd.DataFrame(
    {"fact_id": ["troops", "gaza"], "fact": ["US troops", "The war in Gaza"], "pattern": ["2,500", "Gaza"]}
)


def sentences_of(*texts):
    return framing.split_sentences(story(*texts))


def test_positions_need_facts_and_sentences_and_follow_first_positions():
    sentences = sentences_of(
        "The visit began. Iraq hosts 2,500 US troops. Gaza was discussed.", "Gaza first. Then 2,500 troops."
    )
    missing = fact_positions_in_story(sentences, None)
    assert isinstance(missing, NotEnough) and repr(missing).startswith(
        "No facts.csv yet: write one to compare selection (section 4)."
    )
    assert "Positions place the same facts, so they need it too." in repr(missing)
    empty = fact_positions_in_story(sentences.iloc[:0], FACTS)
    assert isinstance(empty, NotEnough) and "needs sentences" in repr(empty) and "section 3" in repr(empty)
    no_rows = fact_positions_in_story(sentences, FACTS.iloc[:0])
    assert isinstance(no_rows, NotEnough) and repr(no_rows).startswith(
        "Your facts.csv has no facts yet: add one row per fact"
    )
    with pytest.raises(ValueError, match="no column.s. pattern; make it with load_facts"):
        fact_positions_in_story(sentences, FACTS.drop(columns="pattern"))
    positions = fact_positions_in_story(sentences, FACTS)
    pd.testing.assert_frame_equal(positions, framing.first_positions(sentences, FACTS))
    grid = positions_by_article(positions)
    assert list(grid.index) == ["troops", "gaza"] and list(grid.columns) == ["a0", "a1"]
    assert grid.loc["troops"].tolist() == [2, 2] and grid.loc["gaza"].tolist() == [3, 1]
    assert positions_by_article(missing) is missing
    with pytest.raises(ValueError, match="sentence_no"):
        fact_positions_in_story(sentences.drop(columns="sentence_no"), FACTS)
    with pytest.raises(ValueError, match="no column.s. fact; make it with fact_positions_in_story"):
        positions_by_article(positions.drop(columns="fact"))
    with pytest.raises(TypeError, match="DataFrame"):
        positions_by_article([1, 2])


def test_positions_on_one_article_and_a_fact_in_no_article():
    positions = fact_positions_in_story(sentences_of("Only one sentence about 2,500 troops."), FACTS)
    grid = positions_by_article(positions)
    assert grid.loc["troops", "a0"] == 1 and pd.isna(grid.loc["gaza", "a0"])
    chart = positions_for_chart(positions)
    assert framing.describe_fact_positions(chart).endswith("gaza: in no article.")


def test_the_chart_shows_at_most_eight_articles():
    sentences = sentences_of(*[f"Story {n} mentions Gaza. It also says 2,500." for n in range(11)])
    positions = fact_positions_in_story(sentences, FACTS)
    chart = positions_for_chart(positions)
    assert list(dict.fromkeys(chart["article_id"])) == [f"a{n}" for n in range(8)]
    assert positions["article_id"].nunique() == 11, "the table keeps every article"
    assert list(dict.fromkeys(positions_for_chart(positions, most=3)["article_id"])) == ["a0", "a1", "a2"]
    missing = NotEnough("No facts.csv yet")
    assert positions_for_chart(missing) is missing
    for bad in (0, 9, 2.5, True):
        with pytest.raises(ValueError, match="whole number from 1 to 8"):
            positions_for_chart(positions, most=bad)
    assert isinstance(positions_for_chart(positions.iloc[:0]), NotEnough)


def test_leads_in_any_story_match_framing_leads():
    sentences = sentences_of("First. Second. Third.", "Only one.", "Un. Deux.")
    pd.testing.assert_frame_equal(leads_in_story(sentences), framing.leads(sentences, n=2))
    pd.testing.assert_frame_equal(leads_in_story(sentences, n=1), framing.leads(sentences, n=1))
    shuffled = sentences.sample(frac=1, random_state=1)
    assert leads_in_story(shuffled).set_index("article_id").loc["a0", "lead"] == "First. Second."
    assert isinstance(leads_in_story(sentences.iloc[:0]), NotEnough)
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="whole number of 1 or more"):
            leads_in_story(sentences, n=bad)


def test_leads_html_marks_facts_escapes_text_and_says_what_it_leaves_out():
    sentences = sentences_of(*[f"Iraq hosts 2,500 <b>troops</b> {n}. More." for n in range(12)])
    page = leads_html(leads_in_story(sentences), FACTS, most=10)
    assert page.count("vertical-align: top") == 10 and "(the first 10 of 12)" in page
    assert '<mark title="troops"' in page and "&lt;b&gt;" in page and "<b>" not in page
    plain = leads_html(leads_in_story(sentences.iloc[:2]))
    assert "<mark" not in plain and "facts.csv" not in plain and "first 10" not in plain
    with pytest.raises(ValueError, match="lead"):
        leads_html(sentences)


def test_page_lines_by_article_names_articles_without_page_lines():
    articles = pd.DataFrame(
        {
            "article_id": ["paged", "bare", "linked"],
            "text": [
                "Bridge Closed After Cracks Found\nThe council closed the bridge on Monday, officials said.\nThe "
                "bridge at dusk. Photo: AFP",
                "The council closed the bridge on Monday, officials said.",
                "The council closed the bridge on Monday, officials said.\nRead more: Rain is forecast",
            ],
        }
    )
    lines = framing.page_lines(articles)
    table = page_lines_by_article(lines, articles)
    assert list(table.index) == ["paged", "bare", "linked"] and list(table.columns) == [
        *framing.PAGE_LINE_KINDS,
        "note",
    ]
    assert table.loc["paged", ["headline", "caption"]].tolist() == [1, 1] and table.loc["paged", "note"] == ""
    assert table.loc["bare", "note"] == "no page lines: the text is the article alone"
    assert (
        table.loc["linked", "recirculation"] == 1
        and table.loc["linked", "note"] == "no headline, standfirst or caption in the text"
    )
    none = page_lines_by_article(lines.iloc[:0], articles)
    assert (none["note"] == "no page lines: the text is the article alone").all() and none[
        list(framing.PAGE_LINE_KINDS)
    ].to_numpy().sum() == 0
    with pytest.raises(ValueError, match="kind"):
        page_lines_by_article(lines.drop(columns="kind"), articles)


def test_page_lines_to_read_or_why_there_are_none():
    articles = pd.DataFrame(
        {
            "article_id": ["a"],
            "text": [
                "Bridge Closed After Cracks Found\nThe council closed the bridge on Monday, officials said.\nRead "
                "more: Rain is forecast"
            ],
        }
    )
    lines = framing.page_lines(articles)
    shown = page_lines_to_read(lines)
    assert shown[["kind", "line"]].values.tolist() == [["headline", "Bridge Closed After Cracks Found"]] and list(
        shown.columns
    ) == ["article_id", "kind", "line", "reason"]
    none = page_lines_to_read(lines[lines["kind"] != "headline"])
    assert isinstance(none, NotEnough) and repr(none).startswith(
        "No headline, standfirst, caption or credit lines in your texts"
    )
    assert "not known from the texts" in repr(none)
    assert repr(page_lines_to_read(lines.iloc[:0], kinds="caption")).startswith("No caption lines")
    many = pd.DataFrame({"article_id": "a", "kind": "caption", "line": [f"c{n}" for n in range(30)], "reason": "r"})
    assert len(page_lines_to_read(many)) == 20 and len(page_lines_to_read(many, rows=5)) == 5
    with pytest.raises(ValueError, match="reason"):
        page_lines_to_read(lines.drop(columns="reason"))


def test_start_frame_coding_writes_a_blank_sheet_once_and_never_overwrites(tmp_path):
    codebook = framing.load_codebook(CODEBOOK)
    path = tmp_path / "generic-frames-coded.csv"
    said = start_frame_coding(path, codebook, pd.Series(["a", "b"]))
    assert said.startswith(
        "Wrote a blank coding sheet, generic-frames-coded.csv, to your story folder: 20 questions for each of your 2 "
        "articles."
    )
    assert str(tmp_path) not in said
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert (
        len(sheet) == 40
        and (sheet["answer"] == "").all()
        and list(sheet.columns) == ["article_id", "frame", "question_no", "question", "answer", "quote", "note"]
    )
    path.write_text("my own coding", encoding="utf-8")
    assert start_frame_coding(path, codebook, ["a", "b"]).startswith(
        "Found generic-frames-coded.csv in your story folder"
    )
    assert path.read_text(encoding="utf-8") == "my own coding", "a coding is never overwritten"
    assert "1 article." in start_frame_coding(tmp_path / "one.csv", codebook, ["a"])
    with pytest.raises(ValueError, match="article ids"):
        start_frame_coding(tmp_path / "none.csv", codebook, [])
    assert not (tmp_path / "none.csv").exists()
    said = start_frame_coding(tmp_path / "no-such-folder" / "sheet.csv", codebook, ["a"])
    assert said.startswith("Could not write a blank coding sheet, sheet.csv") and "framing.blank_coding_sheet" in said


def test_frame_scores_in_story_from_the_course_coding():
    codebook = framing.load_codebook(CODEBOOK)
    articles = framing.load_articles(STORY_DIR)
    table = frame_scores_in_story(STORY_DIR / "generic-frames-coded.csv", codebook, articles)
    scores = framing.frame_scores(framing.load_frame_coding(STORY_DIR / "generic-frames-coded.csv", codebook, articles))
    assert list(table.index) == list(articles["article_id"])
    assert list(table.columns) == [
        "attribution of responsibility (of 5)",
        "human interest (of 5)",
        "conflict (of 4)",
        "morality (of 3)",
        "economic consequences (of 3)",
    ]
    for row in scores.itertuples():
        questions = {
            "attribution of responsibility": 5,
            "human interest": 5,
            "conflict": 4,
            "morality": 3,
            "economic consequences": 3,
        }[row.frame]
        assert table.loc[row.article_id, f"{row.frame} (of {questions})"] == row.yes


def test_frame_scores_in_story_says_what_is_missing(tmp_path):
    codebook = framing.load_codebook(CODEBOOK)
    articles = story("The council closed the bridge, officials said.", "Repairs began on Wednesday.")
    path = tmp_path / "generic-frames-coded.csv"
    assert (
        repr(frame_scores_in_story(path, codebook, articles))
        == "No generic-frames-coded.csv in your story folder yet: no generic-frame scores."
    )
    start_frame_coding(path, codebook, articles["article_id"])
    assert repr(frame_scores_in_story(path, codebook, articles)).startswith(
        "generic-frames-coded.csv has no answers yet"
    )
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    first = sheet["article_id"] == "a0"
    sheet.loc[first, "answer"] = "no"
    sheet.loc[first & (sheet["frame"] == "conflict") & (sheet["question_no"] == "1"), ["answer", "quote"]] = [
        "yes",
        "closed the bridge",
    ]
    sheet.to_csv(path, index=False)
    unfinished = frame_scores_in_story(path, codebook, articles)
    assert isinstance(unfinished, NotEnough) and repr(unfinished).startswith(
        "generic-frames-coded.csv is not ready to read: 20 problems (and 15 more)."
    )
    assert "line 22: answer is blank: answer yes or no" in repr(unfinished) and str(tmp_path) not in repr(unfinished)
    assert "delete the rows of any article you are not coding" in repr(unfinished)
    sheet[first].to_csv(path, index=False)  # code some articles only: delete the rows of the others
    table = frame_scores_in_story(path, codebook, articles)
    assert list(table.index) == ["a0"] and table.loc["a0", "conflict (of 4)"] == 1 and table.loc["a0"].sum() == 1
    sheet.loc[first & (sheet["frame"] == "conflict") & (sheet["question_no"] == "1"), "quote"] = "opened the bridge"
    sheet[first].to_csv(path, index=False)
    wrong = frame_scores_in_story(path, codebook, articles)
    assert repr(wrong).startswith(
        "generic-frames-coded.csv is not ready to read: 1 problem."
    ) and "the quote 'opened the bridge' is not in article 'a0'" in repr(wrong)
    path.write_bytes(b"article_id,frame\n\xff\xfe,x\n")
    assert "line 2, column 1: not UTF-8 text" in repr(frame_scores_in_story(path, codebook, articles))


def test_entman_functions_in_story_counts_quoted_passages_or_says_why_not(tmp_path):
    articles = framing.load_articles(STORY_DIR)
    table = entman_functions_in_story(STORY_DIR / "entman-functions.csv", articles)
    rows = framing.load_entman_functions(STORY_DIR / "entman-functions.csv", articles)
    assert list(table.columns) == list(framing.ENTMAN_FUNCTIONS) and list(table.index) == list(
        dict.fromkeys(rows["article_id"])
    )
    assert table.to_numpy().sum() == rows["quote"].ne("").sum()
    missing = entman_functions_in_story(tmp_path / "entman-functions.csv", articles)
    assert (
        repr(missing) == "No entman-functions.csv in your story folder (optional): no table of Entman's four functions."
    )
    path = tmp_path / "entman-functions.csv"
    texts = story("The council closed the bridge, officials said.")
    path.write_text(
        "article_id,function,quote,note\na0,problem definition,closed the bridge,\na0,moral evaluation,,None found.\n",
        encoding="utf-8",
    )
    assert entman_functions_in_story(path, texts).loc["a0"].tolist() == [1, 0, 0, 0]
    path.write_text("article_id,function,quote,note\na0,blame,opened the bridge,\n", encoding="utf-8")
    bad = repr(entman_functions_in_story(path, texts))
    assert (
        bad.startswith("entman-functions.csv is not ready to read: 2 problems.")
        and "'blame' is not one of" in bad
        and "not in article 'a0'" in bad
    )
    path.write_text("article_id,function,quote,note\n", encoding="utf-8")
    assert "has no rows yet" in repr(entman_functions_in_story(path, texts))


def test_speakers_are_counted_as_statements_not_rows():
    """A continuation paragraph is the same voice: two rows, one statement (lesson 04's rule)."""
    text = "“We tried,” said Ana Ruiz, the mayor.\n\n“It was not enough.”"
    found = framing.find_attributions(story(text))
    assert len(found) == 2 and framing.speakers_by_article(found).loc["a0", "person"] == 1
