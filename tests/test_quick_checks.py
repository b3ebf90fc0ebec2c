"""Quick checks (framing.quick_checks): every message, bad input, the lessons' use of them, and the answers.

Each quick check about the articles has a ``check_NN_N`` function below that recomputes from data/ the
facts its question and its explanations state, and that the choice marked correct is the true one.
Lesson 07 runs on any story folder, so its checks are about the method: their functions check what they say of
the tools, and a test keeps the course's article ids, quotations and figures out of them. The claims of the
lessons (tests/claims/) point their quick-check sentences at these functions.
"""

import re

import pandas as pd
import pytest

from claims import CLAIM_TAG
from claims.quick_checks import ANSWER_CHECKS, METHOD_CHECKS, checks, correct_letter, letter_of, rows, story  # noqa: F401
from framing.quick_checks import CHECK_FILE, COLUMNS, load_quick_checks, quick_check, quick_check_message
from tools import course

LESSON_CHECK = re.compile(r'^answer = ""\nframing\.quick_check\("(\d{2}\.\d+)", answer\)$')


# ---------------------------------------------------------------- the function


def small_table():
    return pd.DataFrame(
        {
            "check_id": ["T.1"] * 3,
            "question": ["Which?"] * 3,
            "choice": ["A", "B", "C"],
            "text": ["one", "two", "three"],
            "correct": [False, True, False],
            "explanation": ["A is off because one.", "B is right because two.", "C is off because three."],
        }
    )


def test_empty_answer_says_how_to_answer():
    for empty in ("", "   ", None):
        message = quick_check_message("T.1", empty, small_table())
        assert message.startswith("Type the letter of your answer") and "A, B or C" in message


def test_wrong_letter_explains_that_choice_without_naming_the_right_one():
    message = quick_check_message("T.1", "a", small_table())
    assert message.startswith("Not A.") and "A is off because one." in message and "try another letter" in message
    assert "B" not in message.replace("because", "")


def test_right_letter_says_why():
    assert quick_check_message("T.1", " b ", small_table()) == "Right: B. B is right because two."
    assert quick_check_message("T.1", "B)", small_table()).startswith("Right: B.")


def test_unknown_check_id_gets_a_plain_message():
    message = quick_check_message("T.9", "A", small_table())
    assert "There is no quick check 'T.9'" in message and "T.1" in message


@pytest.mark.parametrize("answer", ["E", "AB", "yes", "1"])
def test_an_answer_that_is_not_a_choice_gets_a_plain_message(answer):
    message = quick_check_message("T.1", answer, small_table())
    assert "is not one of the choices" in message and "A, B or C" in message


@pytest.mark.parametrize("answer", [2, 1.5, ["B"], True])
def test_an_answer_that_is_not_text_gets_a_plain_message(answer):
    message = quick_check_message("T.1", answer, small_table())
    assert "one letter between quotation marks" in message and "Right" not in message


def test_quick_check_prints_and_returns_nothing(capsys):
    assert quick_check("T.1", "C", small_table()) is None
    assert capsys.readouterr().out == "Not C. C is off because three. Read the choices again and try another letter.\n"


def test_quick_check_reads_the_course_file_by_default(capsys):
    quick_check("01.1", "")
    assert capsys.readouterr().out.startswith("Type the letter of your answer")


def write(tmp_path, table):
    path = tmp_path / "checks.csv"
    table.to_csv(path, index=False)
    return path


def csv_table():
    return small_table().assign(correct=["no", "yes", "no"])


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda t: t.drop(columns="explanation"), "missing column(s) explanation"),
        (lambda t: t.assign(text=["one", "", "three"]), "row 3 has an empty text"),
        (lambda t: t.assign(choice=["A", "b", "C"]), "choice 'b' is not one capital letter"),
        (lambda t: t.assign(correct=["no", "true", "no"]), "correct is 'true'; write yes or no"),
        (lambda t: t.assign(correct=["yes", "yes", "no"]), "check T.1 has 2 correct choices"),
        (lambda t: t.assign(correct=["no", "no", "no"]), "check T.1 has 0 correct choices"),
        (lambda t: t.assign(choice=["A", "A", "C"]), "check T.1 has choice A twice"),
        (lambda t: t.assign(question=["Which?", "What?", "Which?"]), "more than one question text"),
    ],
)
def test_a_bad_check_file_is_refused_with_its_name_and_problem(tmp_path, change, message):
    with pytest.raises(ValueError, match=re.escape(message)) as error:
        load_quick_checks(write(tmp_path, change(csv_table())))
    assert "checks.csv" in str(error.value)


def test_a_good_check_file_loads(tmp_path):
    table = load_quick_checks(write(tmp_path, csv_table()))
    assert list(table.columns) == COLUMNS and table["correct"].tolist() == [False, True, False]


# ---------------------------------------------------------------- the course's checks


def lesson_checks():
    """(lesson file, check id, the markdown cell before the code cell) for every quick-check cell of notebooks/."""
    found = []
    for path in course.lesson_paths(course.LESSONS):
        cells = course.read(path).cells
        for position, cell in enumerate(cells):
            if cell.cell_type == "code" and "quick_check(" in course.source(cell):
                match = LESSON_CHECK.match(course.source(cell).strip())
                assert match, (
                    f'{path.name}: a quick-check cell should be exactly: answer = "" then framing.quick_check("NN.N", '
                    "answer)"
                )
                found.append((path, match.group(1), CLAIM_TAG.sub("", course.source(cells[position - 1]))))
    return found


def test_the_course_file_loads_and_each_check_has_one_correct_choice():
    table = checks()
    assert (table.groupby("check_id")["correct"].sum() == 1).all()
    assert (table.groupby("check_id").size() >= 3).all(), "a quick check needs at least three choices"


def test_every_check_used_in_a_lesson_exists_and_every_check_is_used():
    used = [check_id for _, check_id, _ in lesson_checks()]
    assert len(used) == len(set(used)), f"a check id is used twice: {used}"
    assert set(used) == set(checks()["check_id"]), (
        f"in lessons but not in {CHECK_FILE.name}: {set(used) - set(checks()['check_id'])}; unused: "
        f"{set(checks()['check_id']) - set(used)}"
    )


def test_each_check_sits_in_its_own_lesson_after_its_question_and_choices():
    for path, check_id, markdown in lesson_checks():
        assert check_id.startswith(path.name[:2] + "."), (
            f"{path.name}: check {check_id} belongs to lesson {check_id[:2]}"
        )
        table = rows(check_id)
        assert f"**Quick check {check_id}.** {table['question'].iloc[0]}" in markdown, (
            f"{path.name}: the cell before check {check_id} should show its question as in the CSV"
        )
        for letter, text in table["text"].items():
            assert f"- **{letter}.** {text}" in markdown, (
                f"{path.name}: check {check_id} lacks choice {letter} as in the CSV"
            )


def test_stored_output_of_every_check_is_the_empty_answer_message():
    for path in course.lesson_paths(course.LESSONS):
        for cell in course.read(path).cells:
            if cell.cell_type == "code" and "quick_check(" in course.source(cell):
                text = "".join(output.get("text", "") for output in cell.get("outputs", []))
                assert text.startswith("Type the letter of your answer"), (
                    f'{path.name}: run the lesson with answer = ""'
                )


def test_no_explanation_of_a_wrong_choice_reveals_the_right_one():
    for check_id, table in checks().groupby("check_id"):
        right = table[table["correct"]].iloc[0]
        naming = re.compile(
            rf"\b(choice|answer|letter|option) {right['choice']}\b|\({right['choice']}\)|\"{right['choice']}\"",
            re.IGNORECASE,
        )
        for explanation in table.loc[~table["correct"], "explanation"]:
            assert not naming.search(explanation), (
                f"{check_id}: a wrong choice's explanation names the right letter: {explanation!r}"
            )
            assert right["text"] not in explanation, (
                f"{check_id}: a wrong choice's explanation quotes the right choice: {explanation!r}"
            )


def test_the_right_choice_is_not_given_away_by_its_length():
    """A student who picks the longest choice must not score: the right choice is the longest in at most a third of the checks,
    and never more than 1.3 times as long as the longest wrong choice."""
    longest, too_long = [], []
    for check_id, table in checks().groupby("check_id"):
        right = len(table.loc[table["correct"], "text"].item())
        wrong = table.loc[~table["correct"], "text"].str.len().max()
        if right >= wrong:
            longest.append(check_id)
        if right > 1.3 * wrong:
            too_long.append(f"{check_id} ({right} against {wrong} characters)")
    assert not too_long, (
        f"the right choice is more than 1.3 times as long as the longest wrong one: {too_long}; shorten it, or write "
        "the wrong ones with the same care"
    )
    assert len(longest) <= checks()["check_id"].nunique() / 3, (
        f"the right choice is the longest in {len(longest)} checks ({longest}); at most a third may be"
    )


def test_every_quotation_of_four_or_more_words_in_the_checks_is_in_the_articles():
    import test_notebook_claims

    texts = test_notebook_claims.raw_texts().lower()
    for column in ("question", "text", "explanation"):
        for value in checks()[column]:
            for quote in re.findall(r'"([^"]+)"', re.sub(r"`[^`]*`", "", value)):
                quote = test_notebook_claims.normalise(quote)
                if len(quote.split()) >= 4:
                    assert quote.lower() in texts, f"quoted words not found in any article: {quote!r}"


def test_every_check_has_a_recomputation():
    ids = set(checks()["check_id"])
    assert ids == set(ANSWER_CHECKS) | set(METHOD_CHECKS), (
        f"write a check_NN_N function for {ids - set(ANSWER_CHECKS) - set(METHOD_CHECKS)}"
    )


def test_the_checks_of_lesson_07_hold_for_any_story():
    """No article id, quotation or figure of the course's story in lesson 07's checks: they must be true of the student's story."""
    table = checks()[checks()["check_id"].isin(METHOD_CHECKS)]
    text = " ".join(table["question"].tolist() + table["text"].tolist() + table["explanation"].tolist())
    assert not any(article_id in text for article_id in story().ids), (
        "a lesson 07 check names an article of the course's story"
    )
    assert not re.search(r'"[^"]+"', text), (
        "a lesson 07 check quotes words, which would be the course's articles' words"
    )
    invented = (  # 07.2's example and the codebook's sizes; 07.1's example sheet of 30 rows, 27 marked right
        "has 2 in the column",
        "and 2 in the column",
        "(4 and 3 here)",
        "27 of 30 rows checked",
        "27 of the 30",
        "90 per cent",
        "(with 27 of 30, from about 0.74 to 0.97)",
    )
    for words in invented:
        text = text.replace(words, "")
    text = re.sub(r"`[^`]*`|\b(section|lesson) \d+", "", text)
    assert not re.search(r"\d", text), "a lesson 07 check gives a figure, which would be the course's story's figure"


@pytest.mark.parametrize("check_id", sorted(ANSWER_CHECKS | METHOD_CHECKS))
def test_the_answer_recomputed_from_data(check_id):
    (ANSWER_CHECKS | METHOD_CHECKS)[check_id]()
