"""framing.coding_checks: lesson 07's checks on one filled sheet. No precision and no agreement before the codes are
there; a precision always with Wilson's interval and its rows; the tools always beside "always the most common
code" and kappa, with plain words when a tool does no better."""

import pandas as pd
import pytest

import framing
from framing.agreement import accuracy, cohen_kappa
from framing.coding_checks import (
    attribution_check,
    compared_with_rule,
    most_common_code,
    sentiment_agreement,
    sentiment_tool_labels,
    wilson_interval,
)
from framing.coding_sheets import attribution_sheet, read_sheet, sentiment_sheet, write_sheet
from paths import STORY_DIR

STORY = "pezeshkian-iraq-2024"


@pytest.fixture(scope="module")
def articles():
    return framing.clean_articles(framing.load_articles(STORY_DIR))


@pytest.fixture(scope="module")
def sentences(articles):
    return framing.split_sentences(articles)


@pytest.fixture(scope="module")
def check_sheet(articles, sentences):
    return attribution_sheet(framing.find_attributions(articles), sentences, STORY, "c1", n=20)


@pytest.fixture(scope="module")
def course_codes(sentences):
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    return {(a, n): label for a, n, label in codes[["article_id", "sentence_no", "label"]].itertuples(index=False)}


def written(tmp_path, sheet, codes, name="sheet.csv"):
    path = tmp_path / name
    write_sheet(sheet.assign(code=codes), path)
    return path


# Wilson's interval


@pytest.mark.parametrize(
    "successes, trials, low, high",
    [(81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611), (1, 29, 0.0061, 0.1718)],
)
def test_wilson_interval_gives_the_published_values(successes, trials, low, high):
    """Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion: comparison of seven methods.
    Statistics in Medicine 17, 857-872: the score method without continuity correction (his method 3) on his
    worked examples."""
    found = wilson_interval(successes, trials)
    assert (round(found[0], 4), round(found[1], 4)) == (low, high)


@pytest.mark.parametrize("args", [(3, 0), (4, 3), (-1, 3), (1.5, 3), (1, 3, 1.0), (True, 3)])
def test_wilson_interval_refuses_what_is_not_a_proportion(args):
    with pytest.raises(ValueError):
        wilson_interval(*args)


# Attribution checks


def test_an_unmarked_check_prints_not_checked_yet_and_no_precision(tmp_path, check_sheet):
    check = attribution_check(written(tmp_path, check_sheet, ""))
    assert str(check).startswith("Not checked yet: none of 20 rows marked")
    assert check.precision is None and check.low is None and check.right is None
    assert "precision " not in str(check) and "0." not in str(check)


def test_a_partly_marked_check_says_how_many_are_marked_and_gives_no_precision(tmp_path, check_sheet):
    check = attribution_check(written(tmp_path, check_sheet, ["yes"] * 12 + [""] * 8))
    assert str(check).startswith("Not checked yet: 12 of 20 rows marked")
    assert check.precision is None and check.marked == 12 and "1.00" not in str(check)


def test_a_marked_check_gives_the_precision_with_its_interval_and_rows(tmp_path, check_sheet):
    marks = ["no", "yes"] * 3 + ["yes"] * 14
    check = attribution_check(written(tmp_path, check_sheet, marks))
    low, high = wilson_interval(17, 20)
    assert (check.right, check.precision, check.low, check.high) == (17, 0.85, low, high)
    assert f"precision 0.85 (Wilson's 95% interval {low:.2f} to {high:.2f}, from 20 rows)" in str(check)
    risky = int((check_sheet["risk"] != "").sum())
    assert check.risky_rows == risky and check.risky_right == sum(m == "yes" for m in marks[:risky])
    assert "read the two groups apart" in str(check)


def test_an_attribution_check_refuses_another_sheet(tmp_path, sentences):
    with pytest.raises(ValueError, match="is a sentiment sheet, not an attribution-check sheet"):
        attribution_check(written(tmp_path, sentiment_sheet(sentences, STORY, "c1"), ""))


# Sentiment against the tools


def test_most_common_code_breaks_ties_by_the_scale():
    assert most_common_code(["positive", "negative"], framing.LABELS) == "negative"
    assert most_common_code(["positive"], framing.LABELS) == "positive"


def test_compared_with_rule_uses_the_course_definitions():
    truth = ["negative", "neutral", "positive", "negative", "negative"]
    tool = ["negative", "positive", "positive", "neutral", "negative"]
    table = compared_with_rule(truth, {"tool": tool}, framing.LABELS)
    assert list(table.index) == ["tool", "always 'negative'"]
    assert table.at["tool", "agreement"] == round(accuracy(truth, tool), 2)
    assert table.at["tool", "kappa"] == round(cohen_kappa(truth, tool, labels=framing.LABELS), 2)
    assert table.at["always 'negative'", "agreed"] == 3


def test_an_uncoded_sentiment_sheet_prints_no_agreement(tmp_path, sentences):
    found = sentiment_agreement(written(tmp_path, sentiment_sheet(sentences, STORY, "c1"), ""))
    assert str(found).startswith("Not coded yet") and found.table.empty and found.coded == 0


def test_sentiment_agreement_sets_each_tool_beside_the_rule_and_says_which_do_no_better(
    tmp_path, sentences, course_codes
):
    sheet = sentiment_sheet(sentences, STORY, "c1", n=30)
    codes = [course_codes[(a, n)] for a, n in zip(sheet["article_id"], sheet["sentence_no"])]
    found = sentiment_agreement(written(tmp_path, sheet, codes))
    labels = sentiment_tool_labels(sheet)
    rule = most_common_code(codes, framing.LABELS)
    assert list(found.table.index) == ["TextBlob", "VADER", f"always '{rule}'"]
    for tool in ("TextBlob", "VADER"):
        assert found.table.at[tool, "agreement"] == round(accuracy(codes, labels[tool]), 2)
        assert found.table.at[tool, "kappa"] == round(cohen_kappa(codes, labels[tool], labels=framing.LABELS), 2)
        beaten = found.table.at[tool, "agreement"] > found.table.at[f"always '{rule}'", "agreement"]
        said = f"{tool} agrees with your codes on {found.table.at[tool, 'agreed']} of 30 sentences"
        assert said in str(found)
        verdict = str(found).split(said)[1].split(". ")[0]
        assert ("better than" in verdict and "no better" not in verdict) if beaten else ("no better than" in verdict)


def test_a_partly_coded_sheet_says_how_many_are_left_out(tmp_path, sentences, course_codes):
    sheet = sentiment_sheet(sentences, STORY, "c1", n=10)
    codes = [course_codes[(a, n)] for a, n in zip(sheet["article_id"], sheet["sentence_no"])]
    found = sentiment_agreement(written(tmp_path, sheet, codes[:6] + [""] * 4))
    assert found.coded == 6 and set(found.table["units"]) == {6}
    assert "4 of the 10 sentences have no code yet" in str(found) and "one code moves these figures a lot" in str(found)


def test_a_tool_below_the_rule_is_named_in_plain_words(tmp_path):
    sentences = pd.DataFrame(
        {
            "article_id": ["a"] * 4,
            "sentence_no": [1, 2, 3, 4],
            "sentence": ["A wonderful, happy day.", "A lovely gift.", "They met.", "The talks were great."],
        }
    )
    sheet = sentiment_sheet(sentences, "demo", "c1", n=4)
    path = written(tmp_path, sheet, ["negative"] * 4)
    found = sentiment_agreement(read_sheet(path))
    assert "TextBlob agrees with your codes on 0 of 4 sentences" in str(found)
    assert "no better than always 'negative' (1.00), so its labels are no evidence of tone here" in str(found)


def test_sentiment_tool_labels_refuse_scores_of_other_sentences(sentences):
    scored = framing.sentence_sentiment(sentences.head(3))
    with pytest.raises(ValueError, match="have no scores"):
        sentiment_tool_labels(sentences.head(5), scored)
