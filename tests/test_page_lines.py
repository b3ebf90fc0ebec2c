"""Page lines (issue 14): the lines cleaning removes, sorted into headline, standfirst, caption, credit,
recirculation and other; the figures of data/page-lines-eval/README.md recomputed."""

import re
from functools import lru_cache

import pandas as pd
import pytest

import framing
from framing.page_lines import (
    KINDS,
    classify_page_lines,
    load_page_eval,
    load_page_lines,
    page_lines,
    score_page_lines,
)
from tests.paths import ROOT, STORY_DIR

EVAL = ROOT / "data" / "page-lines-eval"


@lru_cache(maxsize=1)
def eval_pages():
    return load_page_eval(EVAL / "pages.csv")


def classify(*lines):
    """Classify a page given as lines; page lines are those not starting with '~' (article text)."""
    text = "\n".join(line.lstrip("~") for line in lines)
    rows = [(no, line) for no, line in enumerate(lines, start=1) if not line.startswith("~") and line.strip()]
    table = pd.DataFrame({"article_id": "p", "line_no": [no for no, _ in rows], "line": [line for _, line in rows]})
    result = classify_page_lines(table, pd.DataFrame({"article_id": ["p"], "text": [text]}))
    return list(zip(result["line"], result["kind"]))


BODY = "~The ministry said on Monday that talks with the union would resume next week in the capital."


# --- the five articles -------------------------------------------------------------------------------------------


def test_the_five_articles_page_lines_are_the_hand_labels():
    articles = framing.load_articles(STORY_DIR)
    gold = load_page_lines(STORY_DIR / "page-lines.csv")
    got = page_lines(articles)
    assert list(zip(got["article_id"], got["line_no"])) == list(zip(gold["article_id"], gold["line_no"]))
    assert (got["line"] == gold["line"]).all()
    wrong = got.loc[got["kind"] != gold["kind"], ["article_id", "line_no", "kind"]]
    assert wrong.empty, f"lines whose kind differs from the hand label: {wrong.values.tolist()}"
    assert got["reason"].str.len().gt(10).all() and set(got["kind"]) <= set(KINDS)


def test_page_lines_reads_raw_text_of_cleaned_articles():
    articles = framing.load_articles(STORY_DIR)
    assert page_lines(framing.clean_articles(articles))[["line_no", "kind"]].equals(
        page_lines(articles)[["line_no", "kind"]]
    )


def test_the_five_articles_counts_by_kind():
    kinds = page_lines(framing.load_articles(STORY_DIR)).groupby(["article_id", "kind"]).size().to_dict()
    assert kinds[("next-door-iraq", "caption")] == 3 and kinds[("next-door-iraq", "headline")] == 2
    assert (
        kinds[("strategic-partnership", "recirculation")] == 1 and kinds[("first-foreign-trip", "recirculation")] == 1
    )
    assert ("visits-baghdad", "headline") not in kinds and ("inaugural-visit", "other") not in kinds


# --- the figures of data/page-lines-eval/README.md -----------------------------------------------------------------


def readme_tables():
    text = (EVAL / "README.md").read_text(encoding="utf-8")
    per_kind = {
        (m[0], m[1]): tuple(map(int, m[2:]))
        for m in re.findall(r"^\| (development|held-out) \| (\w+) \| (\d+) \| (\d+) \| (\d+) \|$", text, re.M)
    }
    return text, per_kind


def test_readme_first_figures_are_kept_as_history_and_add_up():
    """The figures of 2026-11-23 were measured once on rules that have changed since (issue 24): they cannot be
    measured again on today's rules, so the README keeps them as history, quoted from data/figures.json; the table
    by kind must add up to them."""
    text, per_kind = readme_tables()
    assert "history" in text and "3c4defb" in text and "cannot be measured again" in text
    for half, lines in (("development", 49), ("held-out", 52)):
        right = framing.figure(f"page-lines.eval-1.first.{half}.sorter.right")
        rows = [row for (h, _), row in per_kind.items() if h == half]
        assert sum(row[0] for row in rows) == sum(row[1] for row in rows) == lines
        assert sum(row[2] for row in rows) == right
        assert round(right / lines, 3) == framing.figure(f"page-lines.eval-1.first.{half}.sorter.accuracy")
        assert f"<!--fig:page-lines.eval-1.first.{half}.sorter.right-->" in text


def test_readme_counts_of_the_data_and_of_what_cleaning_removed():
    text, _ = readme_tables()
    prose = " ".join(text.split())
    pages = eval_pages()
    for half, rows in pages.groupby("set"):
        counts = rows["kind"].value_counts()
        cells = (
            [rows["page_id"].nunique(), int((rows["kind"] != "body").sum())]
            + [int(counts.get(k, 0)) for k in KINDS]
            + [int(counts["body"])]
        )
        assert f"| {half} | " + " | ".join(map(str, cells)) + " |" in text
    # the old cleaning's count is the measured 'before' figure: page lines not left in the text, with no headline
    left = framing.figure("page-lines.eval-1.before.pipeline.without-headline.left-in-text")
    page_lines = int((pages["kind"] != "body").sum())
    assert f"removed {page_lines - left} of these {page_lines} page lines" in prose


def test_eval_set_size_and_split():
    pages = eval_pages()
    assert pages["page_id"].nunique() >= 12 and int((pages["kind"] != "body").sum()) >= 60
    assert pages.groupby("page_id")["set"].nunique().eq(1).all()  # split by page
    assert pages.groupby("set")["page_id"].nunique().to_dict() == {"development": 7, "held-out": 7}


# --- the rules, one by one ----------------------------------------------------------------------------------------


def test_headline_styles():
    for headline in [
        "Jordan and Egypt agree to expand gas pipeline deal",
        "Tech Giants Face New EU Rules on App Stores",
        "FERRY BOSS QUITS AFTER STORM CHAOS",
        "WATCH: Firefighters rescue dog from frozen pond",
    ]:
        assert classify(headline, BODY)[0] == (headline, "headline")
    assert classify("World", "Iraq and Iran sign a power deal", BODY) == [
        ("World", "other"),
        ("Iraq and Iran sign a power deal", "headline"),
    ]


def test_a_repeated_headline_and_the_recorded_one():
    got = classify("Iraq and Iran sign a power deal", "Iraq and Iran sign a power deal", BODY)
    assert [kind for _, kind in got] == ["headline", "headline"]
    table = pd.DataFrame({"article_id": ["p"], "line_no": [2], "line": ["Iraq signs deal"]})
    articles = pd.DataFrame(
        {"article_id": ["p"], "text": [BODY[1:] + "\nIraq signs deal"], "headline": ["Iraq signs deal"]}
    )
    assert classify_page_lines(table, articles)["reason"].iloc[0] == "the headline recorded for this article"


def test_standfirst_after_the_headline():
    got = dict(
        classify(
            "Council approves new bus lanes", "Shop owners say the plan will cut footfall on the high street", BODY
        )
    )
    assert got["Shop owners say the plan will cut footfall on the high street"] == "standfirst"


def test_captions_with_and_without_credits():
    got = dict(
        classify(
            "Council approves new bus lanes",
            "Shop owners say the plan will cut trade",
            "Photo: Karen Mills / Evening Post",
            "The junction of Market Street and Hill Road, where the new lane will start.",
            "A woman stands next to a cracked wall in Arequipa, Peru, Thursday. (AP Photo/Juan Torres)",
            "Farmers on the A4 motorway east of Paris. Atta Kenare/AFP via Getty Images",
            "Image caption, Residents wade through flood water",
            BODY,
        )
    )
    assert got["Photo: Karen Mills / Evening Post"] == "credit"
    assert got["The junction of Market Street and Hill Road, where the new lane will start."] == "caption"
    assert got["A woman stands next to a cracked wall in Arequipa, Peru, Thursday. (AP Photo/Juan Torres)"] == "caption"
    assert got["Farmers on the A4 motorway east of Paris. Atta Kenare/AFP via Getty Images"] == "caption"
    assert got["Image caption, Residents wade through flood water"] == "caption"


def test_credit_lines():
    got = dict(
        classify(
            BODY,
            "Reuters contributed to this report.",
            "(Reporting by Eli Hartman; Editing by Sam Holmes)",
            "Source: European Commission press release",
            "Image source, Getty Images",
        )
    )
    assert set(got.values()) == {"credit"}


def test_recirculation_links_and_labels():
    got = classify(
        BODY,
        "READ MORE: Storm warning issued for south coast",
        BODY,
        "RECOMMENDED",
        "Ferry firm fined over safety failings",
        "Do you have a story? Email us",
        BODY,
        "RelatedCan the new president change policy?",
    )
    assert [kind for _, kind in got] == ["recirculation", "recirculation", "recirculation", "other", "recirculation"]
    # a reader appeal under a box of links is the outlet's text, not a link (held-out p02 of the first set, where
    # the first rules took it for a link)


def test_crosshead_against_another_storys_headline():
    got = classify(
        "~Pezeshkian will also visit the Kurdish region of Iraq.",
        "Iran Leader to Visit Kurdistan",
        "~The Iranian leader is slated to visit Erbil, in Iraq's Kurdish region, on Friday.",
        "Man Attacked By Mob After Trying To Steal Gun In Nakuru",
    )
    assert got == [
        ("Iran Leader to Visit Kurdistan", "other"),
        ("Man Attacked By Mob After Trying To Steal Gun In Nakuru", "recirculation"),
    ]


def test_other_lines():
    lines = [
        "By Lina Haddad and Omar Saleh",
        "3 MIN READ",
        "Updated:",
        "0:00",
        "2 hours ago",
        "Share",
        "Tuesday, December 17th 2024",
        "Home | News | World",
        "Copyright 2024 WXYZ. All rights reserved.",
        "Jane Porter Health Correspondent",
        "Sign up here.",
    ]
    got = classify("Iraq and Iran sign a power deal", *lines, BODY)
    assert [kind for _, kind in got[1:]] == ["other"] * len(lines)


def test_a_line_no_rule_knows_is_other_with_a_reason():
    result = classify_page_lines(
        pd.DataFrame({"article_id": "p", "line_no": [2, 3], "line": ["Thank you for reading.", "Our standards."]}),
        pd.DataFrame({"article_id": ["p"], "text": [BODY[1:] + "\nThank you for reading.\nOur standards."]}),
    )
    assert result["kind"].tolist() == ["other", "other"]
    assert result["reason"].iloc[0] == "no rule matched" and result["reason"].iloc[1].startswith("the outlet's own")


def test_a_line_too_long_to_be_page_furniture_is_not_sorted():
    long = "Word " * 100
    result = classify_page_lines(
        pd.DataFrame({"article_id": ["p"], "line_no": [1], "line": [long.strip()]}),
        pd.DataFrame({"article_id": ["p"], "text": [long]}),
    )
    assert result["kind"].iloc[0] == "other" and "not sorted" in result["reason"].iloc[0]


def test_no_page_lines_gives_an_empty_table_with_the_columns():
    articles = pd.DataFrame({"article_id": ["a"], "text": ["Only article text here, in one sentence."]})
    result = page_lines(articles)
    assert result.empty and list(result.columns) == [
        "article_id",
        "line_no",
        "line",
        "rule",
        "kind",
        "reason",
        "in_text",
    ]


# --- bad input ------------------------------------------------------------------------------------------------------


def test_classify_bad_input():
    articles = pd.DataFrame({"article_id": ["p"], "text": ["Headline Here For You\nBody text, a sentence."]})
    lines = pd.DataFrame({"article_id": ["p"], "line_no": [1], "line": ["Headline Here For You"]})
    with pytest.raises(ValueError, match="page lines table has no column.*line_no"):
        classify_page_lines(lines.drop(columns="line_no"), articles)
    with pytest.raises(ValueError, match="articles table has no column.*text"):
        classify_page_lines(lines, articles.drop(columns="text"))
    with pytest.raises(ValueError, match="not in the articles table: q"):
        classify_page_lines(lines.assign(article_id="q"), articles)
    with pytest.raises(ValueError, match="line 2 of its text is not"):
        classify_page_lines(lines.assign(line_no=2), articles)
    with pytest.raises(ValueError, match="line 9 of its text"):
        classify_page_lines(lines.assign(line_no=9), articles)
    with pytest.raises(TypeError, match="DataFrame"):
        classify_page_lines(["Headline"], articles)


def test_loaders_bad_files(tmp_path):
    with pytest.raises(ValueError, match="no such file"):
        load_page_lines(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("article_id,line_no,line,kind\n", encoding="utf-8")
    with pytest.raises(ValueError, match="empty.csv: the file has no rows"):
        load_page_lines(empty)
    bad = tmp_path / "bad.csv"
    bad.write_text("article_id,line_no,line,kind\na,1,Headline,headlines\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.csv: line 2: kind 'headlines' is not one of"):
        load_page_lines(bad)
    bad.write_text("article_id,line_no,line\na,1,Headline\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing column.*kind"):
        load_page_lines(bad)
    bad.write_text("article_id,line_no,line,kind\na,one,Headline,headline\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line_no must be a whole number"):
        load_page_lines(bad)
    bad.write_text("page_id,set,line_no,line,kind\np,train,1,Headline,headline\n", encoding="utf-8")
    with pytest.raises(ValueError, match="set must be 'development' or 'held-out', not 'train'"):
        load_page_eval(bad)
    bad.write_text("page_id,set,line_no,line,kind\np,development,1,Text.,body\n", encoding="utf-8")
    assert load_page_eval(bad)["line_no"].tolist() == [1]
    with pytest.raises(ValueError, match="kind 'body' is not one of"):
        load_page_lines(_write(tmp_path, "article_id,line_no,line,kind\na,1,Text.,body\n"))


def _write(folder, text):
    path = folder / "labels.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_score_page_lines():
    table = pd.DataFrame(
        {"kind": ["headline", "caption", "caption", "other"], "predicted": ["headline", "caption", "credit", "credit"]}
    )
    accuracy, per_kind = score_page_lines(table)
    assert accuracy == 0.5 and list(per_kind.index) == list(KINDS)
    assert per_kind.loc["credit", ["lines", "predicted", "correct", "precision"]].tolist() == [0, 2, 0, 0.0]
    assert pd.isna(per_kind.loc["credit", "recall"]) and pd.isna(per_kind.loc["standfirst", "precision"])
    with pytest.raises(ValueError, match="no labelled page lines"):
        score_page_lines(table.iloc[:0])
    with pytest.raises(ValueError, match="no column.*predicted"):
        score_page_lines(table.drop(columns="predicted"))
