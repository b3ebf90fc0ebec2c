"""framing.generic_frames: the codebook of generic news frames, the course's coding, Entman's functions, and the
functions that read, score and compare codings, including their bad inputs."""

import math
import re

import pandas as pd
import pytest

import framing
from framing.generic_frames import (
    ENTMAN_FUNCTIONS,
    FRAMES,
    FrameCodingError,
    blank_coding_sheet,
    coding_agreement,
    frame_scores,
    function_passages,
    load_codebook,
    load_entman_functions,
    load_frame_coding,
)
from paths import ROOT, STORY_DIR

CODEBOOK = ROOT / "data" / "generic-frames" / "codebook.csv"
CODED = STORY_DIR / "generic-frames-coded.csv"
SECOND = STORY_DIR / "generic-frames-coded-second.csv"
ENTMAN = STORY_DIR / "entman-functions.csv"


@pytest.fixture(scope="module")
def articles():
    return framing.load_articles(STORY_DIR)


@pytest.fixture(scope="module")
def codebook():
    return load_codebook(CODEBOOK)


@pytest.fixture(scope="module")
def coding(codebook, articles):
    return load_frame_coding(CODED, codebook, articles)


@pytest.fixture(scope="module", params=[CODED, SECOND], ids=["course", "second coder"])
def each_coding(request, codebook, articles):
    """The course's coding and the second coder's, for the checks that every coding must pass."""
    return load_frame_coding(request.param, codebook, articles)


def write(tmp_path, text, name="coding.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


SMALL_BOOK = pd.DataFrame(
    {
        "frame": ["conflict", "conflict", "morality"],
        "question_no": [1, 2, 1],
        "question": ["Disagreement?", "Reproach?", "Moral message?"],
    }
)
TEXTS = {"a": "Baghdad condemned the strikes.\nTehran’s   officials agreed.", "b": "Nothing here."}
HEADER = "article_id,frame,question_no,answer,quote,note\n"
GOOD_A = "a,conflict,1,yes,Baghdad condemned the strikes,\na,conflict,2,no,,no reproach\na,morality,1,no,,none\n"


# --- the data -------------------------------------------------------------------------------------------------


def test_codebook_has_the_five_frames_and_twenty_questions(codebook):
    assert list(dict.fromkeys(codebook["frame"])) == list(FRAMES)
    assert codebook.groupby("frame", sort=False).size().to_dict() == {
        "attribution of responsibility": 5,
        "human interest": 5,
        "conflict": 4,
        "morality": 3,
        "economic consequences": 3,
    }
    assert all(q.startswith(("Does ", "Is ")) and q.endswith("?") for q in codebook["question"])


def test_readme_says_the_wording_is_paraphrased_and_points_to_the_extensions():
    readme = (ROOT / "data" / "generic-frames" / "README.md").read_text(encoding="utf-8")
    assert "paraphrased from Semetko & Valkenburg (2000)" in readme
    assert "Journal of Communication 50(2), 93-109" in readme
    for pointer in ("Policy Frames Codebook", "Boydstun et al. 2014", "Iyengar 1991", "episodic", "thematic"):
        assert pointer in readme


def test_each_coding_answers_every_question_for_every_article(each_coding, articles, codebook):
    assert set(each_coding["article_id"]) == set(articles["article_id"])
    assert len(each_coding) == len(articles) * len(codebook)
    assert set(each_coding["answer"]) == {"yes", "no"}


def test_every_yes_quotes_the_article_and_every_no_has_a_note(each_coding, articles):
    texts = articles.set_index("article_id")["text"]
    for row in each_coding.itertuples():
        if row.answer == "yes":
            assert row.quote and row.quote in texts[row.article_id], f"{row.article_id} {row.frame} {row.question_no}"
        else:
            assert row.note, f"{row.article_id} {row.frame} {row.question_no}: a no needs a note"


def phrases_in_notes(table):
    return [(row.article_id, phrase) for row in table.itertuples() for phrase in re.findall(r'"([^"]+)"', row.note)]


def test_phrases_quoted_in_the_notes_are_in_the_article(each_coding, articles):
    texts = articles.set_index("article_id")["text"]
    entman = load_entman_functions(ENTMAN)
    for article_id, phrase in phrases_in_notes(each_coding) + phrases_in_notes(entman):
        assert phrase in texts[article_id], f"{article_id}: {phrase!r} is not in the article"


def test_entman_functions_quote_the_articles_and_cover_every_function(articles):
    rows = load_entman_functions(ENTMAN, articles)
    texts = articles.set_index("article_id")["text"]
    for article_id in articles["article_id"]:
        mine = rows[rows["article_id"] == article_id]
        assert set(mine["function"]) == set(ENTMAN_FUNCTIONS), (
            f"{article_id}: every function needs a row, with a quote or a note saying none"
        )
        for row in mine.itertuples():
            assert row.note, f"{article_id} {row.function}: every row has a note"
            if row.quote:
                assert row.quote in texts[article_id]
            else:
                assert row.note.startswith("None found"), (
                    f"{article_id} {row.function}: an empty quote says none was found"
                )
                assert (mine["function"] == row.function).sum() == 1, (
                    "an article that offers none of a function has one row for it"
                )


def test_entman_rows_the_issue_names(articles):
    rows = load_entman_functions(ENTMAN, articles)

    def has(article_id, function, words):
        part = rows[(rows["article_id"] == article_id) & (rows["function"] == function)]
        return any(words in q for q in part["quote"])

    assert has("next-door-iraq", "causal interpretation", "in response to Hamas’s Oct. 7, 2023, terrorist attack")
    assert has("inaugural-visit", "moral evaluation", "atrocities")
    assert has("next-door-iraq", "moral evaluation", "terrorist")
    assert has("inaugural-visit", "treatment recommendation", "to halt the war")


def test_frame_scores_of_the_course_coding(coding):
    scores = frame_scores(coding).set_index(["article_id", "frame"])
    assert len(scores) == 25
    assert scores.loc[("inaugural-visit", "attribution of responsibility"), "yes"] == 5
    assert scores.loc[("strategic-partnership", "economic consequences"), "share"] == pytest.approx(1 / 3, abs=0.001)
    assert (scores.xs("conflict", level="frame")["questions"] == 4).all()


# --- load_codebook ------------------------------------------------------------------------------------------


def test_load_codebook_errors(tmp_path):
    with pytest.raises(FrameCodingError, match="file not found"):
        load_codebook(tmp_path / "none.csv")
    with pytest.raises(FrameCodingError, match="missing column"):
        load_codebook(write(tmp_path, "frame,question\nconflict,Why?\n"))
    with pytest.raises(FrameCodingError, match=r"line 3: question_no 'two' is not a whole number"):
        load_codebook(write(tmp_path, "frame,question_no,question\nconflict,1,A?\nconflict,two,B?\n"))
    with pytest.raises(FrameCodingError, match=r"line 3: question 1 of frame 'conflict' is numbered twice"):
        load_codebook(write(tmp_path, "frame,question_no,question\nconflict,1,A?\nconflict,1,B?\n"))
    with pytest.raises(FrameCodingError, match=r"line 2: question is blank"):
        load_codebook(write(tmp_path, "frame,question_no,question\nconflict,1,\n"))
    with pytest.raises(FrameCodingError, match="no questions"):
        load_codebook(write(tmp_path, "frame,question_no,question\n"))
    with pytest.raises(FrameCodingError, match="UTF-8"):
        (tmp_path / "latin.csv").write_bytes("frame,question_no,question\nconflict,1,Caf\xe9?\n".encode("latin-1"))
        load_codebook(tmp_path / "latin.csv")


# --- load_frame_coding --------------------------------------------------------------------------------------


def test_load_frame_coding_reads_a_good_file(tmp_path):
    path = write(tmp_path, HEADER + GOOD_A.replace("yes", " YES "))
    coding = load_frame_coding(path, SMALL_BOOK, TEXTS)
    assert coding["answer"].tolist() == ["yes", "no", "no"]
    assert coding["question_no"].tolist() == [1, 2, 1]


def test_a_quote_may_span_a_line_end_and_the_note_column_is_optional(tmp_path):
    text = (
        "article_id,frame,question_no,answer,quote\n"
        "a,conflict,1,yes,strikes. Tehran’s officials\na,conflict,2,no,\na,morality,1,no,\n"
    )
    coding = load_frame_coding(write(tmp_path, text), SMALL_BOOK, TEXTS)
    assert coding["note"].tolist() == ["", "", ""]


@pytest.mark.parametrize(
    "line, message",
    [
        ("a,framing,1,yes,Baghdad,", r"line 2: frame 'framing' is not in the codebook"),
        ("a,conflict,9,no,,x", r"line 2: there is no question '9' for frame 'conflict'"),
        ("a,conflict,x,no,,x", r"line 2: there is no question 'x' for frame 'conflict'"),
        ("a,conflict,1,maybe,,x", r"line 2: answer 'maybe' is not yes or no"),
        ("a,conflict,1,,,x", r"line 2: answer is blank: answer yes or no"),
        ("a,conflict,1,yes,,x", r"line 2: a yes needs a quote"),
        (
            "a,conflict,1,yes,Baghdad praised the strikes,",
            r"line 2: the quote 'Baghdad praised the strikes' is not in article 'a'",
        ),
        ("c,conflict,1,yes,Baghdad,", r"line 2: there is no article 'c' among the texts"),
        (",conflict,1,no,,x", r"line 2: the article_id is empty"),
    ],
)
def test_load_frame_coding_names_the_line_and_the_problem(tmp_path, line, message):
    path = write(tmp_path, HEADER + line + "\n")
    with pytest.raises(FrameCodingError, match=message) as error:
        load_frame_coding(path, SMALL_BOOK, TEXTS)
    assert str(path) in str(error.value)


def test_a_quote_with_straight_apostrophes_gets_a_hint(tmp_path):
    path = write(tmp_path, HEADER + "a,conflict,1,yes,Tehran's officials,\n")
    with pytest.raises(FrameCodingError, match="other quotation marks, apostrophes or dashes"):
        load_frame_coding(path, SMALL_BOOK, TEXTS)


def test_quotes_are_not_checked_without_texts(tmp_path):
    path = write(tmp_path, HEADER + "a,conflict,1,yes,words from nowhere,\na,conflict,2,no,,\na,morality,1,no,,\n")
    assert len(load_frame_coding(path, SMALL_BOOK)) == 3


def test_missing_and_repeated_questions(tmp_path):
    with pytest.raises(
        FrameCodingError, match=r"article 'a' leaves 2 question\(s\) of the codebook unanswered: conflict 2, morality 1"
    ):
        load_frame_coding(write(tmp_path, HEADER + "a,conflict,1,no,,x\n"), SMALL_BOOK)
    with pytest.raises(FrameCodingError, match=r"line 5: question 1 of 'conflict' is answered twice for 'a'"):
        load_frame_coding(write(tmp_path, HEADER + GOOD_A + "a,conflict,1,no,,x\n"), SMALL_BOOK)


def test_every_problem_is_reported_at_once(tmp_path):
    path = write(tmp_path, HEADER + "a,conflict,1,maybe,,\na,morality,1,yes,,\n")
    with pytest.raises(FrameCodingError) as error:
        load_frame_coding(path, SMALL_BOOK)
    assert "line 2" in str(error.value) and "line 3" in str(error.value)


def test_load_frame_coding_bad_files_and_arguments(tmp_path):
    with pytest.raises(FrameCodingError, match="file not found"):
        load_frame_coding(tmp_path / "none.csv", SMALL_BOOK)
    with pytest.raises(FrameCodingError, match=r"missing column\(s\) quote"):
        load_frame_coding(write(tmp_path, "article_id,frame,question_no,answer\na,conflict,1,no\n"), SMALL_BOOK)
    with pytest.raises(ValueError, match="codebook table has no column"):
        load_frame_coding(write(tmp_path, HEADER + GOOD_A), pd.DataFrame({"frame": ["conflict"]}))
    with pytest.raises(TypeError, match="texts must be"):
        load_frame_coding(write(tmp_path, HEADER + GOOD_A), SMALL_BOOK, texts=["a text"])


def test_a_blank_sheet_read_back_names_every_missing_answer(tmp_path):
    sheet = blank_coding_sheet(SMALL_BOOK, ["a"])
    path = tmp_path / "sheet.csv"
    sheet.to_csv(path, index=False)
    with pytest.raises(FrameCodingError) as error:
        load_frame_coding(path, SMALL_BOOK)
    assert str(error.value).count("answer is blank: answer yes or no") == 3


# --- frame_scores ----------------------------------------------------------------------------------------------


def test_frame_scores_counts_and_shares():
    coding = pd.DataFrame(
        {"article_id": ["b", "b", "a"], "frame": ["morality", "conflict", "conflict"], "answer": ["yes", "No", "yes"]}
    )
    scores = frame_scores(coding)
    assert scores.values.tolist() == [
        ["b", "morality", 1, 1, 1.0],
        ["b", "conflict", 0, 1, 0.0],
        ["a", "conflict", 1, 1, 1.0],
    ]


def test_frame_scores_bad_input():
    with pytest.raises(ValueError, match="no column"):
        frame_scores(pd.DataFrame({"article_id": ["a"], "answer": ["yes"]}))
    with pytest.raises(ValueError, match="answers other than yes and no: 'maybe'"):
        frame_scores(pd.DataFrame({"article_id": ["a"], "frame": ["conflict"], "answer": ["maybe"]}))
    with pytest.raises(TypeError):
        frame_scores([("a", "conflict", "yes")])


# --- coding_agreement -----------------------------------------------------------------------------------------


def coded(answers, article="a", frame="conflict"):
    return pd.DataFrame(
        {"article_id": article, "frame": frame, "question_no": range(1, len(answers) + 1), "answer": answers}
    )


def test_agreement_matches_cohen_kappa():
    first, second = coded(["yes", "yes", "no", "no", "yes"]), coded(["yes", "no", "no", "no", "yes"])
    table = coding_agreement(first, second).set_index("frame")
    assert table.loc["overall", "items"] == 5 and table.loc["overall", "agreed"] == 4
    assert table.loc["overall", "percent_agreement"] == 80.0
    assert table.loc["overall", "kappa"] == round(framing.cohen_kappa(first["answer"], second["answer"]), 3)
    assert "fewer than 20" in table.loc["overall", "note"]


def test_agreement_per_frame_and_no_small_number_note_from_twenty_items():
    first = pd.concat([coded(["yes", "no"] * 5, frame="conflict"), coded(["no", "yes"] * 5, frame="morality")])
    table = coding_agreement(first, first).set_index("frame")
    assert table.index.tolist() == ["conflict", "morality", "overall"]
    assert table.loc["overall", "items"] == 20 and table.loc["overall", "note"] == ""
    assert "fewer than 20" in table.loc["conflict", "note"]
    assert table.loc["overall", "kappa"] == 1.0


def test_agreement_when_both_coders_give_one_answer_throughout():
    table = coding_agreement(coded(["no", "no"]), coded(["NO", " no"])).set_index("frame")
    assert table.loc["overall", "percent_agreement"] == 100.0
    assert math.isnan(table.loc["overall", "kappa"])
    assert "kappa cannot be computed" in table.loc["overall", "note"]
    opposite = coding_agreement(coded(["yes", "yes"]), coded(["no", "no"])).set_index("frame")
    assert opposite.loc["overall", "kappa"] == 0.0 and opposite.loc["overall", "percent_agreement"] == 0.0


def test_a_student_coding_one_article_is_compared_on_that_article_only(coding):
    student = coding[coding["article_id"] == "next-door-iraq"].copy()
    student.loc[student.index[0], "answer"] = "no"
    table = coding_agreement(student, coding).set_index("frame")
    assert table.loc["overall", "items"] == 20 and table.loc["overall", "agreed"] == 19
    assert table.loc["overall", "percent_agreement"] == 95.0


def test_agreement_bad_input():
    with pytest.raises(ValueError, match="no article in common"):
        coding_agreement(coded(["yes"], article="a"), coded(["yes"], article="b"))
    with pytest.raises(ValueError, match=r"different questions.*conflict 3 \(first only\)"):
        coding_agreement(coded(["yes", "no", "no"]), coded(["yes", "no"]))
    with pytest.raises(ValueError, match="answers other than yes and no"):
        coding_agreement(coded(["yes", "perhaps"]), coded(["yes", "no"]))
    with pytest.raises(ValueError, match="twice"):
        coding_agreement(pd.concat([coded(["yes"]), coded(["no"])]), coded(["yes"]))
    with pytest.raises(ValueError, match="first coding table has no column"):
        coding_agreement(pd.DataFrame({"article_id": ["a"]}), coded(["yes"]))


# --- blank_coding_sheet ---------------------------------------------------------------------------------------


def test_blank_coding_sheet(codebook):
    sheet = blank_coding_sheet(codebook, ["next-door-iraq", "visits-baghdad"])
    assert len(sheet) == 2 * len(codebook)
    assert sheet.columns.tolist() == ["article_id", "frame", "question_no", "question", "answer", "quote", "note"]
    assert (sheet[["answer", "quote", "note"]] == "").all().all()
    assert sheet["question"].tolist()[: len(codebook)] == codebook["question"].tolist()
    assert len(blank_coding_sheet(codebook, "next-door-iraq")) == len(codebook)


def test_blank_coding_sheet_bad_input(codebook):
    for bad in ([], [""], [3], ["a", "a"]):
        with pytest.raises(ValueError):
            blank_coding_sheet(codebook, bad)
    with pytest.raises(ValueError, match="codebook table has no column"):
        blank_coding_sheet(codebook.drop(columns="question"), ["a"])


# --- load_entman_functions ------------------------------------------------------------------------------------


def test_load_entman_functions_errors(tmp_path):
    header = "article_id,function,quote,note\n"
    with pytest.raises(FrameCodingError, match=r"line 2: function 'solution' is not one of"):
        load_entman_functions(write(tmp_path, header + "a,solution,Baghdad,x\n"))
    with pytest.raises(FrameCodingError, match=r"line 2: a row needs a quote, or a note"):
        load_entman_functions(write(tmp_path, header + "a,moral evaluation,,\n"))
    with pytest.raises(FrameCodingError, match=r"line 2: the quote 'Baghdad praised' is not in article 'a'"):
        load_entman_functions(write(tmp_path, header + "a,moral evaluation,Baghdad praised,x\n"), TEXTS)
    with pytest.raises(FrameCodingError, match="missing column"):
        load_entman_functions(write(tmp_path, "article_id,function\na,moral evaluation\n"))
    assert len(load_entman_functions(write(tmp_path, header + "a,moral evaluation,Baghdad condemned,x\n"), TEXTS)) == 1


def test_function_passages_counts_quotes_per_article_and_function(articles):
    rows = load_entman_functions(ENTMAN, articles)
    grid = function_passages(rows)
    assert list(grid.columns) == list(ENTMAN_FUNCTIONS) and list(grid.index) == list(dict.fromkeys(rows["article_id"]))
    quoted = rows[rows["quote"] != ""].groupby(["article_id", "function"]).size()
    for (article_id, function), n in grid.stack().items():
        assert n == quoted.get((article_id, function), 0), (article_id, function)
    assert (
        grid.loc["next-door-iraq", "treatment recommendation"] == 2
        and grid.loc["visits-baghdad", "moral evaluation"] == 0
    )


def test_function_passages_bad_input():
    with pytest.raises(ValueError, match="no column.s. quote; make it with load_entman_functions"):
        function_passages(pd.DataFrame({"article_id": ["a"], "function": ["problem definition"]}))
    with pytest.raises(TypeError, match="expected a pandas DataFrame"):
        function_passages({"article_id": "a"})


def test_functions_found_says_yes_or_no_not_how_many_passages(articles):
    grid = framing.functions_found(load_entman_functions(ENTMAN, articles))
    passages = function_passages(load_entman_functions(ENTMAN, articles))
    assert set(grid.stack()) == {"yes", "no"} and ((grid == "yes") == (passages > 0)).all().all()
    assert (
        grid.loc["next-door-iraq", "moral evaluation"] == "yes"
        and grid.loc["visits-baghdad", "moral evaluation"] == "no"
    )


# --- items that vary, and the evidence behind a joint yes ------------------------------------------------------


def test_fixed_questions_of_the_two_course_codings(coding, codebook, articles):
    """Review 04-07 finding 2: 11 of the 20 questions got one answer for all five articles from both coders (55 of
    the 100 items); on the other 45 the coders agree on 40, kappa 0.767."""
    second = load_frame_coding(SECOND, codebook, articles)
    fixed = framing.fixed_questions(coding, second)
    assert len(fixed) == 11 and fixed["items"].sum() == 55 and set(fixed["answer"]) == {"yes", "no"}
    assert ("conflict", 1) in set(zip(fixed["frame"], fixed["question_no"]))
    first_varied, second_varied = framing.without_fixed_questions(coding, second)
    overall = coding_agreement(first_varied, second_varied).set_index("frame").loc["overall"]
    assert (overall["items"], overall["agreed"], overall["kappa"]) == (45, 40, 0.767)


def test_a_question_answered_differently_by_one_coder_is_not_fixed():
    a = pd.DataFrame({"article_id": ["x", "y"], "frame": ["morality"] * 2, "question_no": [1, 1], "answer": ["no"] * 2})
    b = a.assign(answer=["no", "Yes "])
    assert framing.fixed_questions(a, b).empty and framing.fixed_questions(a, a)["answer"].tolist() == ["no"]
    assert [len(c) for c in framing.without_fixed_questions(a, b)] == [2, 2]
    assert [len(c) for c in framing.without_fixed_questions(a, a)] == [0, 0]


def test_fixed_questions_bad_input():
    with pytest.raises(ValueError, match="give one coding or more"):
        framing.fixed_questions()
    with pytest.raises(ValueError, match="no column.s. answer"):
        framing.fixed_questions(pd.DataFrame({"article_id": ["x"], "frame": ["conflict"], "question_no": [1]}))
    with pytest.raises(ValueError, match="coding 1 has a question_no that is not a whole number: 'one'"):
        framing.fixed_questions(
            pd.DataFrame({"article_id": ["x"], "frame": ["conflict"], "question_no": ["one"], "answer": ["yes"]})
        )


def test_joint_yes_evidence_of_the_course_codings(coding, codebook, articles):
    """Of the 40 items both coders answered yes, 16 quote passages that do not overlap (attribution 3 for
    visits-baghdad: the 2023 relocation against the withdrawal agreement)."""
    second = load_frame_coding(SECOND, codebook, articles)
    evidence = framing.joint_yes_evidence(coding, second, articles)
    assert len(evidence) == 40 and int((~evidence["same_passage"]).sum()) == 16
    row = evidence.set_index(["article_id", "frame", "question_no"]).loc[
        ("visits-baghdad", "attribution of responsibility", 3)
    ]
    assert not row["same_passage"] and "relocate" in row["quote_first"] and "withdrawal" in row["quote_second"]


def test_joint_yes_evidence_overlap_and_bad_input():
    keys = {"article_id": ["a"], "frame": ["conflict"], "question_no": [1], "answer": ["yes"]}
    one = pd.DataFrame({**keys, "quote": ["condemned the strikes"]})
    assert framing.joint_yes_evidence(one, one.assign(quote="Baghdad condemned"), TEXTS)["same_passage"].tolist() == [
        True
    ]
    assert framing.joint_yes_evidence(one, one.assign(answer="no"), TEXTS).empty
    assert framing.joint_yes_evidence(one.assign(quote="Tehran's officials"), one.assign(quote="officials"), TEXTS)[
        "same_passage"
    ].tolist() == [True]  # curly apostrophe and runs of spaces in the text
    with pytest.raises(ValueError, match="a quote is not in the article"):
        framing.joint_yes_evidence(one, one.assign(quote="not in the text"), TEXTS)
    with pytest.raises(ValueError, match="no article 'z'"):
        framing.joint_yes_evidence(one.assign(article_id="z"), one.assign(article_id="z"), TEXTS)
    with pytest.raises(ValueError, match="no column.s. quote"):
        framing.joint_yes_evidence(one.drop(columns="quote"), one, TEXTS)
