"""Lesson 07 runs unchanged on other story folders, chosen with FRAMING_STORY_DIR."""

import shutil

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

import framing
from paths import ROOT

NOTEBOOK = ROOT / "notebooks" / "07-your-own-story.ipynb"
FIXTURE = ROOT / "tests" / "fixtures" / "other-story"
NO_FACTS = (
    "No facts.csv yet: write one to compare selection (section 4). Positions place the same facts, so they need it too."
)
CODING = "generic-frames-coded.csv"


def copy_of_fixture(tmp_path):
    """The fixture story, copied: lesson 07 writes a blank coding sheet into a story folder that has none."""
    folder = tmp_path / "other-story"
    shutil.copytree(FIXTURE, folder)
    return folder


def run_lesson_07(story_dir, monkeypatch):
    monkeypatch.setenv("FRAMING_STORY_DIR", str(story_dir))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    ).execute()
    return notebook


def outputs(notebook):
    text = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            text.append(output.get("text", "") + output.get("data", {}).get("text/plain", ""))
    return "\n".join(text)


def test_story_folder_prefers_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("FRAMING_STORY_DIR", str(tmp_path))
    assert framing.story_folder("default") == tmp_path
    monkeypatch.setenv("FRAMING_STORY_DIR", "  ")
    assert framing.story_folder("default").name == "default"
    monkeypatch.delenv("FRAMING_STORY_DIR")
    assert framing.story_folder("default").name == "default"


def test_lesson_07_runs_on_another_story(monkeypatch, tmp_path):
    folder = copy_of_fixture(tmp_path)
    notebook = run_lesson_07(folder, monkeypatch)
    text = outputs(notebook)
    assert "The story folder 'other-story' is ready: 3 articles." in text
    assert "No facts.csv yet" in text and "No word-choice.csv yet" in text
    assert "pezeshkian" not in text.lower(), "the notebook must not fall back to the course's story"
    # the whole frame: positions need facts.csv, leads and page lines do not, and a blank coding sheet is written once
    assert text.count(NO_FACTS) == 2, "the positions table and the chart both say that they need facts.csv"
    assert (
        "Wrote a blank coding sheet, generic-frames-coded.csv, to your story folder: 20 questions for each of your 3 "
        "articles." in text
    )
    assert (
        "generic-frames-coded.csv has no answers yet" in text
        and "No entman-functions.csv in your story folder (optional)" in text
    )
    assert "no page lines found" not in text and "article alone" not in text, "every fixture text has a headline line"
    assert (
        "City closes Riverside bridge for urgent repairs" in text and "Example Wire contributed to this report." in text
    )
    # the hand checks: two blank sheets written into the story folder, and no figure printed before the reading
    assert "Wrote a blank sheet, sentiment-sheet.csv, to your story folder: 13 units to code." in text
    assert "Wrote a blank sheet, attribution-sheet.csv, to your story folder: 9 units to code." in text
    assert "Not coded yet: none of the 13 sentences" in text and "Not checked yet: none of 9 rows marked" in text
    assert "Packed 8 files of the story folder 'other-story'" in text, "the blank sheets are packed with the texts"
    sheet = pd.read_csv(folder / CODING, dtype=str, keep_default_na=False)
    assert (
        len(sheet) == 60
        and set(sheet["article_id"]) == {"city-paper", "wire-story", "opinion-blog"}
        and not sheet["answer"].str.strip().any()
    )


def test_lesson_07_runs_on_two_articles_with_facts_and_a_coding(monkeypatch, tmp_path):
    folder = tmp_path / "two"
    shutil.copytree(FIXTURE, folder)
    (folder / "opinion-blog.txt").unlink()
    csv = (folder / "articles.csv").read_text(encoding="utf-8").splitlines()
    (folder / "articles.csv").write_text(
        "\n".join(line for line in csv if not line.startswith("opinion-blog")) + "\n", encoding="utf-8"
    )
    (folder / "facts.csv").write_text(
        "fact_id,fact,pattern\nsix_weeks,Repairs take six weeks,six weeks\ncracks,Cracks were found,cracks\n",
        encoding="utf-8",
    )
    codebook = framing.load_codebook(ROOT / "data" / "generic-frames" / "codebook.csv")
    coding = framing.blank_coding_sheet(codebook, ["wire-story"]).assign(
        answer="no"
    )  # one article coded, the other not
    coding.loc[(coding["frame"] == "conflict") & (coding["question_no"] == 1), ["answer", "quote"]] = [
        "yes",
        "Local businesses warned",
    ]
    coding.to_csv(folder / CODING, index=False)
    before = (folder / CODING).read_bytes()
    text = outputs(run_lesson_07(folder, monkeypatch))
    assert "ready: 2 articles" in text and NO_FACTS not in text
    assert "Dots showing where each article first reports each fact" in text and "six_weeks: city-paper" in text
    assert "Found generic-frames-coded.csv in your story folder" in text and (folder / CODING).read_bytes() == before, (
        "a coding is never overwritten"
    )
    assert "conflict (of 4)" in text and "wire-story" in text


def test_lesson_07_runs_on_300_articles(monkeypatch, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    rows = ["article_id,file,outlet,date"]
    verbs = ["said", "claimed", "told reporters", "insisted"]
    for number in range(300):
        text = (
            f"Officials in Town {number % 7} closed the bridge on Monday after cracks were found, the council said.\n"
            f"“Safety comes first,” Mayor Ana Ruiz {verbs[number % 4]}.\n"
            f"Shop owners warned the closure would cost them customers, according to local media.\n"
            f"Repairs could take {number % 9 + 2} weeks, and traffic will be diverted.\n"
        )
        (folder / f"a{number:03d}.txt").write_text(text, encoding="utf-8")
        rows.append(f"a{number:03d},a{number:03d}.txt,Outlet {number % 11},2025-03-{number % 28 + 1:02d}")
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    text = outputs(run_lesson_07(folder, monkeypatch))
    assert "ready: 300 articles" in text and "Word counts of 300 articles" in text
    assert NO_FACTS in text and "20 questions for each of your 300 articles" in text
    assert "No headline, standfirst, caption or credit lines found in your texts" in text


def test_lesson_07_explains_a_bad_folder_plainly(monkeypatch, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "articles.csv").write_text("id,file\nx,missing.txt\n", encoding="utf-8")
    with pytest.raises(CellExecutionError) as raised:
        run_lesson_07(folder, monkeypatch)
    assert "ArticleLoadError" in str(raised.value) and "missing required column(s) article_id" in str(raised.value)
    report = framing.check_story_folder(folder)
    assert report.startswith("The story folder 'broken' is not ready.")
    assert "How to fix it: The first line of articles.csv must name the columns" in report
    assert str(tmp_path) not in report, "the report shows no private paths"


def test_check_story_folder_reports_each_problem_with_a_fix(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"caf\xe9")
    (folder / "articles.csv").write_text("article_id,file\na,a.txt\na,b.txt\n", encoding="utf-8")
    report = framing.check_story_folder(folder)
    assert "Problems found: 3." in report
    assert (
        "Save the file as UTF-8" in report
        and "Give every article its own article_id" in report
        and "Check the spelling of the file name" in report
    )
    assert framing.check_story_folder(tmp_path / "nowhere").startswith("The story folder 'nowhere' is not ready")


def test_check_story_folder_on_a_ready_folder_mentions_warnings_and_optional_files(tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(FIXTURE, folder)
    (folder / "stray.txt").write_text("not listed", encoding="utf-8")
    report = framing.check_story_folder(folder)
    assert "ready: 3 articles" in report and "Note: stray.txt: not listed in articles.csv" in report
    assert "Metadata columns: outlet, date, url, region, headline." in report and "No facts.csv" in report


def test_template_folder_is_documented_and_explains_itself():
    template = ROOT / "data" / "story-template"
    assert (template / "README.md").is_file()
    assert "no articles listed" in framing.check_story_folder(template)


def _one_folder(tmp_path, texts: dict[str, str]):
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "articles.csv").write_text(
        "article_id,file\n" + "".join(f"{n},{n}.txt\n" for n in texts), encoding="utf-8"
    )
    return folder


def test_lesson_07_runs_to_the_end_on_one_article(monkeypatch, tmp_path):
    folder = _one_folder(
        tmp_path,
        {"only": "“We will rebuild the bridge,” said Mayor Ana Ruiz.\nThe council voted on Monday, officials said.\n"},
    )
    text = outputs(run_lesson_07(folder, monkeypatch))
    assert "ready: 1 article." in text and "Framing is comparison" in text
    assert (
        "Distinctive words compares articles with each other" in text and "this story has 1 article with words" in text
    )
    assert "Shared text compares articles" in text and "No alignment: there is no pair of articles to align" in text
    # the whole frame on one article: what needs facts.csv says so, the rest runs
    assert text.count(NO_FACTS) == 2
    assert (
        "no page lines found: cleaning removed no line" in text
        and "No headline, standfirst, caption or credit lines found in your texts" in text
        and "article alone" not in text
    )
    assert (
        "Wrote a blank coding sheet, generic-frames-coded.csv, to your story folder: 20 questions for each of your 1 "
        "article." in text
    )
    assert "generic-frames-coded.csv has no answers yet" in text
    assert "Packed 5 files of the story folder 'story'" in text, "the text, articles.csv and the three blank sheets"


def test_lesson_07_names_an_article_that_cleaning_empties(monkeypatch, tmp_path):
    folder = _one_folder(
        tmp_path,
        {
            "first": "Militias attacked the base on Monday, officials said.\nThe base was quiet on Tuesday.\n",
            "second": "Officials said the base was quiet after the attack.\nRepairs began on Wednesday.\n",
            "captions": "(Photo: IRNA)\nBy Jane Smith\n",
        },
    )
    text = outputs(run_lesson_07(folder, monkeypatch))
    assert "cleaning removes all the words of 'captions'" in text
    assert "(no words after cleaning: nothing to compare)" in text
    assert "first" in text and "second" in text


def test_lesson_07_runs_on_a_folder_made_from_the_template(monkeypatch, tmp_path):
    """The template's facts.csv and word-choice.csv have a header and no rows: every step says so and goes on."""
    folder = tmp_path / "my-story"
    shutil.copytree(ROOT / "data" / "story-template", folder)
    (folder / "one.txt").write_text("“We will rebuild the bridge,” said Mayor Ana Ruiz on Monday.\n", encoding="utf-8")
    (folder / "two.txt").write_text("The bridge will be rebuilt, Mayor Ana Ruiz said on Monday.\n", encoding="utf-8")
    (folder / "articles.csv").write_text("article_id,file\none,one.txt\ntwo,two.txt\n", encoding="utf-8")
    text = outputs(run_lesson_07(folder, monkeypatch))
    assert "ready: 2 articles" in text and text.count("Your facts.csv has no facts yet") == 2
    assert "20 questions for each of your 2 articles" in text and (folder / CODING).is_file()
    assert "entman-functions.csv has no rows yet" in text, "the template's header-only entman-functions.csv"


def test_exercise_07_runs_with_only_the_required_files_and_the_template(monkeypatch, tmp_path):
    """A student's folder made from the template: articles.csv, texts, and the template's skeleton facts and lexicon."""
    folder = tmp_path / "my-story"
    shutil.copytree(ROOT / "data" / "story-template", folder)
    (folder / "one.txt").write_text("“We will rebuild the bridge,” said Mayor Ana Ruiz on Monday.\n", encoding="utf-8")
    (folder / "two.txt").write_text("The bridge will be rebuilt, Mayor Ana Ruiz said on Monday.\n", encoding="utf-8")
    (folder / "articles.csv").write_text("article_id,file\none,one.txt\ntwo,two.txt\n", encoding="utf-8")
    monkeypatch.setenv("FRAMING_STORY_DIR", str(folder))
    solution = ROOT / "solutions" / "07-your-own-story-solutions.ipynb"
    notebook = nbformat.read(solution, as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(solution.parent)}}
    ).execute()
    assert "Check passed: 0 shared, 0 in one article only." in outputs(notebook)
