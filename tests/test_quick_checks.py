"""Quick checks (framing.quick_checks): every message, bad input, the lessons' use of them, and the answers.

Each quick check about the articles has a ``check_NN_N`` function below that recomputes from data/ the
facts its question and its explanations state, and that the choice marked correct is the true one.
Lesson 07 runs on any story folder, so its checks are about the method: their functions check what they say of
the tools, and a test keeps the course's article ids, quotations and figures out of them. The registers of the
lessons (tests/register/) point their quick-check sentences at these functions.
"""

import functools
import re
from types import SimpleNamespace

import pandas as pd
import pytest

import framing
from framing.quick_checks import CHECK_FILE, COLUMNS, load_quick_checks, quick_check, quick_check_message
from paths import STORY_DIR
from tools import course

LESSON_CHECK = re.compile(r'^answer = ""\nframing\.quick_check\("(\d{2}\.\d+)", answer\)$')


def checks():
    return load_quick_checks()


def rows(check_id):
    table = checks()
    return table[table["check_id"] == check_id].set_index("choice")


def correct_letter(check_id):
    table = rows(check_id)
    return table.index[table["correct"]][0]


def letter_of(check_id, words):
    """The letter of the one choice of ``check_id`` whose text contains ``words``."""
    table = rows(check_id)
    hits = table.index[table["text"].str.contains(words, regex=False)]
    assert len(hits) == 1, f"{check_id}: expected one choice containing {words!r}, found {list(hits)}"
    return hits[0]


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
                    f'{path.name}: a quick-check cell should be exactly: answer = "" then framing.quick_check("NN.N", answer)'
                )
                found.append((path, match.group(1), course.source(cells[position - 1])))
    return found


def test_the_course_file_loads_and_each_check_has_one_correct_choice():
    table = checks()
    assert (table.groupby("check_id")["correct"].sum() == 1).all()
    assert (table.groupby("check_id").size() >= 3).all(), "a quick check needs at least three choices"


def test_every_check_used_in_a_lesson_exists_and_every_check_is_used():
    used = [check_id for _, check_id, _ in lesson_checks()]
    assert len(used) == len(set(used)), f"a check id is used twice: {used}"
    assert set(used) == set(checks()["check_id"]), (
        f"in lessons but not in {CHECK_FILE.name}: {set(used) - set(checks()['check_id'])}; unused: {set(checks()['check_id']) - set(used)}"
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
        f"the right choice is more than 1.3 times as long as the longest wrong one: {too_long}; shorten it, or write the wrong ones with the same care"
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


# ---------------------------------------------------------------- the answers, recomputed from data/


@functools.cache
def story():
    clean = framing.clean_articles(framing.load_articles(STORY_DIR))
    sentences = framing.split_sentences(clean)
    facts = framing.load_facts(STORY_DIR / "facts.csv")
    scores = framing.sentence_sentiment(sentences)
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    compared = codes.merge(scores, on=["article_id", "sentence_no", "sentence"])
    compared["textblob"] = framing.to_label(compared["polarity"])
    counts = framing.word_counts(clean)
    return SimpleNamespace(
        clean=clean,
        sentences=sentences,
        ids=list(clean["article_id"]),
        scores=scores,
        compared=compared,
        counts=counts,
        coverage=framing.fact_coverage(framing.find_facts(sentences, facts), facts, clean["article_id"]),
    )


def sentence(article_id, number):
    s = story().sentences
    return s[(s["article_id"] == article_id) & (s["sentence_no"] == number)]["sentence"].item()


def check_01_1():
    """strategic-partnership lacks the armed-groups fact, the other four have it, and it has a near miss."""
    row = story().coverage.loc["armed_groups_attack_us"]
    assert not row["strategic-partnership"] and row.drop("strategic-partnership").all()
    near = framing.find_pattern(story().sentences, "Iranian proxies targeting US and Israeli interests")
    assert list(near["article_id"]) == ["strategic-partnership"] and not re.search(
        r"Iraq|troops", near["sentence"].item()
    )
    assert correct_letter("01.1") == letter_of("01.1", "none of its sentences matches that fact's pattern")


def check_02_1():
    """The chart has a bar for u.s.-led in next-door-iraq (4 uses, none elsewhere), short of z = 1.96; the other four write
    us-led (and us), next-door-iraq neither; all five report the 2003 US-led invasion."""
    scores = framing.distinctive_words(story().counts, top=6)
    bar = scores[(scores["article_id"] == "next-door-iraq") & (scores["word"] == "u.s.-led")]
    assert len(bar) == 1 and bar["count"].item() == 4 and bar["rest_count"].item() == 0 and bar["z"].item() < 1.96
    others = [a for a in story().ids if a != "next-door-iraq"]
    for spelled, usual in (("u.s", "us"), ("u.s.-led", "us-led")):
        counts = story().counts.loc[[usual, spelled]]
        assert (counts.loc[spelled, others] == 0).all() and counts.loc[spelled, "next-door-iraq"] > 0
        assert (counts.loc[usual, others] > 0).all() and counts.loc[usual, "next-door-iraq"] == 0
    assert story().coverage.loc["invasion_2003"].all()
    assert correct_letter("02.1") == letter_of("02.1", "The spelling difference of `u.s` again")


def check_03_1():
    """Sentence 9 of first-foreign-trip and 4 of inaugural-visit score 0; the only listed word of the first is "middle", rated 0."""
    scores = story().scores.set_index(["article_id", "sentence_no"])["polarity"]
    assert scores[("first-foreign-trip", 9)] == 0 and "have repeatedly attacked US troops" in sentence(
        "first-foreign-trip", 9
    )
    assert (
        scores[("inaugural-visit", 4)] == 0
        and "the ongoing atrocities committed by the Zionist regime (Israel) against the Palestinian people"
        in sentence("inaugural-visit", 4)
    )
    rated = framing.scored_words(sentence("first-foreign-trip", 9))
    assert rated["words"].tolist() == ["middle"] and rated["polarity"].tolist() == [0.0]
    assert "Iran-aligned" in sentence("first-foreign-trip", 9)
    assert correct_letter("03.1") == letter_of("03.1", "rates none of its words above or below 0")


def check_03_2():
    """TextBlob 41 per cent, always-negative 36; negative is the commonest code (28 of 78); TextBlob calls 48 neutral, 17 of the 28."""
    c = story().compared
    assert round(framing.accuracy(c["label"], c["textblob"]), 2) == 0.41
    assert round(framing.accuracy(c["label"], ["negative"] * len(c)), 2) == 0.36
    codes = c["label"].value_counts()
    assert (
        codes.idxmax() == "negative" and (codes == codes.max()).sum() == 1 and codes["negative"] == 28 and len(c) == 78
    )
    assert c["textblob"].value_counts().idxmax() == "neutral" and (c["textblob"] == "neutral").sum() == 48
    assert ((c["label"] == "negative") & (c["textblob"] == "neutral")).sum() == 17
    assert correct_letter("03.2") == letter_of("03.2", "an accuracy needs a yardstick")


def check_04_1():
    """Precision and recall 1.0 on the five; on the 24 held-out round-6 articles the speaker is right for 0.788 of the quotations
    found, and precision and recall are both below 1.0 (quotations and all statements)."""
    clean = story().clean
    gold = pd.read_csv(STORY_DIR / "attributions-gold.csv", keep_default_na=False)
    development = framing.precision_recall(framing.compare_with_gold(framing.find_attributions(clean), gold))
    assert development["precision"] == development["recall"] == 1.0
    data = STORY_DIR.parent
    held_out = framing.measure_on(data / "attribution-eval-6", "held-out", ("direct",))
    assert held_out["speaker right"] == 0.788, held_out
    everything = framing.measure_on(data / "attribution-eval-6", "held-out", ("direct", "indirect", "according-to"))
    assert all(figures["precision"] < 1.0 and figures["recall"] < 1.0 for figures in (held_out, everything))
    assert len(framing.load_eval_set(data / "attribution-eval-6", "held-out")[0]) == 24
    assert correct_letter("04.1") == letter_of("04.1", "Freeze the rules, measure them on articles she did not read")


def check_05_1():
    """Sentence 11 of visits-baghdad pairs with sentence 10 of first-foreign-trip at 0.38, outside the alignment in order, which
    pairs sentence 10 with sentence 10 (the planned Kurdish visit); both 11 and the end of 10 report Iran's staging-ground claim."""
    matched = framing.reuse.match_sentences(story().sentences, "first-foreign-trip", "visits-baghdad")
    pair = matched[matched["second_no"] == 11].iloc[0]
    assert pair["first_no"] == 10 and round(pair["similarity"], 2) == 0.38 and not pair["in_alignment"]
    aligned = matched[matched["second_no"] == 10].iloc[0]
    assert aligned["first_no"] == 10 and aligned["in_alignment"]
    facts = framing.find_facts(story().sentences, framing.load_facts(STORY_DIR / "facts.csv"))
    at = lambda article_id, number: set(
        facts[(facts["article_id"] == article_id) & (facts["sentence_no"] == number)]["fact_id"]
    )
    assert at("first-foreign-trip", 10) == {"kurdish_region_visit", "iran_says_israel_in_kurdish_region"}
    assert at("visits-baghdad", 10) == {"kurdish_region_visit"} and at("visits-baghdad", 11) == {
        "iran_says_israel_in_kurdish_region"
    }
    first, second = pair["first_sentence"], pair["second_sentence"]
    assert first.endswith("staging ground for Iranian separatist groups as well as agents of its arch-foe Israel.")
    assert "staging ground" in second and "arch-enemy Israel" in second and "separatist organizations" in second
    assert correct_letter("05.1") == letter_of("05.1", "A true pair")


def check_00_1():
    """The mask has one value for each of the 78 sentences, most False; sentences[gaza] has 11 rows, ~gaza 67."""
    sentences = story().sentences
    gaza = sentences["sentence"].str.contains("Gaza")
    assert len(gaza) == len(sentences) == 78 and set(gaza) == {True, False} and (~gaza).sum() > gaza.sum()
    assert len(sentences[gaza]) == gaza.sum() == 11 and len(sentences[~gaza]) == 67 and len(sentences) == 78
    assert correct_letter("00.1") == letter_of(
        "00.1", "A column of `True` or `False`, with one value for each of the 78"
    )


def check_00_2():
    """U\\.S\\. finds 15, all in next-door-iraq; the other four write US; the unescaped U.S. also matches pieces of other
    words ("ups," of groups, "usse" of Hussein) in every article, and none of its matches is a US."""
    sentences, ids = story().sentences, story().ids
    escaped = framing.kwic(sentences, r"U\.S\.")
    assert len(escaped) == 15 and set(escaped["article_id"]) == {"next-door-iraq"} and set(escaped["match"]) == {"U.S."}
    others = [a for a in ids if a != "next-door-iraq"]
    us = framing.kwic(sentences, r"(?-i:\bUS\b)")
    assert set(us["article_id"]) == set(others)
    loose = framing.kwic(sentences, "U.S.")
    assert (loose["match"] == "U.S.").sum() == 15 and len(loose) > 15
    pieces = loose[loose["match"] != "U.S."]
    assert set(pieces["article_id"]) == set(ids), "the unescaped pattern matches pieces of other words in every article"
    assert not loose["match"].str.startswith("US").any()
    assert ((pieces["match"] == "ups,") & pieces["left"].str.endswith("gro")).any()
    assert ((pieces["match"] == "usse") & pieces["left"].str.endswith("H") & pieces["right"].str.startswith("in")).any()
    assert correct_letter("00.2") == letter_of("00.2", "an unescaped `.` matches any one character")


def check_06_1():
    """Of the five first sentences, only next-door-iraq's matches a fact's pattern (us_troops, 2,500 US troops); the others
    report the visit or the agreements expected, and give us_troops in sentence 3, 4 or 6. The second sentence of
    first-foreign-trip reports the arrival in Baghdad and matches no fact (no fact is about the arrival); that article's first
    facts come in sentence 3."""
    positions = framing.first_positions(story().sentences, framing.load_facts(STORY_DIR / "facts.csv"))
    assert len(framing.load_facts(STORY_DIR / "facts.csv")) == 18
    firsts = positions[positions["sentence_no"] == 1]
    assert list(firsts["article_id"]) == ["next-door-iraq"] and list(firsts["fact"]) == ["us_troops"]
    assert (
        "2,500 US troops" in framing.load_facts(STORY_DIR / "facts.csv").set_index("fact_id").loc["us_troops", "fact"]
    )
    assert "New agreements are expected to be signed between Tehran and Baghdad" in sentence("first-foreign-trip", 1)
    assert "embarked on his inaugural foreign visit to Iraq" in sentence("inaugural-visit", 1)
    troops = positions[positions["fact"] == "us_troops"].set_index("article_id")["sentence_no"]
    others = [a for a in story().ids if a != "next-door-iraq"]
    assert set(troops.index) == set(story().ids) and set(troops[others]) == {3, 4, 6}
    facts = framing.load_facts(STORY_DIR / "facts.csv")
    second = sentence("first-foreign-trip", 2)
    assert (
        "arrived in Baghdad" in second
        and not framing.find_facts(story().sentences[story().sentences["sentence"] == second], facts).shape[0]
    )
    assert not facts["fact"].str.contains("arriv", case=False).any()
    assert positions[positions["article_id"] == "first-foreign-trip"]["sentence_no"].min() == 3
    assert correct_letter("06.1") == letter_of("06.1", "That it matches no pattern of the 18 facts")


def check_06_2():
    """Morality: 13 of 15 items agreed (86.7 per cent), kappa 0.423; each coder said yes to 2 of 15; chance agreement about
    77 per cent; (0.867 - 0.769) / (1 - 0.769) is about 0.42; both disagreements marked borderline in a note."""
    codebook = framing.load_codebook(STORY_DIR.parent / "generic-frames" / "codebook.csv")
    articles = framing.load_articles(STORY_DIR)
    first = framing.load_frame_coding(STORY_DIR / "generic-frames-coded.csv", codebook, articles)
    second = framing.load_frame_coding(STORY_DIR / "generic-frames-coded-second.csv", codebook, articles)
    row = framing.coding_agreement(first, second).set_index("frame").loc["morality"]
    assert (row["items"], row["agreed"], row["percent_agreement"], row["kappa"]) == (15, 13, 86.7, 0.423)
    yes = [(coding[coding["frame"] == "morality"]["answer"] == "yes").sum() for coding in (first, second)]
    assert yes == [2, 2]
    both_yes = first.merge(second, on=["article_id", "frame", "question_no"], suffixes=("_1", "_2")).query(
        "frame == 'morality'"
    )
    assert ((both_yes["answer_1"] == "yes") & (both_yes["answer_2"] == "yes")).sum() == 1
    chance = (2 / 15) ** 2 + (13 / 15) ** 2
    assert round(chance * 100) == 77 and round(chance, 3) == 0.769
    assert round((13 / 15 - chance) / (1 - chance), 2) == round((0.867 - 0.769) / (1 - 0.769), 2) == 0.42
    both = first.merge(second, on=["article_id", "frame", "question_no"], suffixes=("_1", "_2"))
    differ = both[(both["frame"] == "morality") & (both["answer_1"] != both["answer_2"])]
    assert len(differ) == 2 and (differ["note_1"] + " " + differ["note_2"]).str.contains("borderline", case=False).all()
    assert correct_letter("06.2") == letter_of("06.2", "chance alone would make them agree")


ANSWER_CHECKS = {
    "00.1": check_00_1,
    "00.2": check_00_2,
    "01.1": check_01_1,
    "02.1": check_02_1,
    "03.1": check_03_1,
    "03.2": check_03_2,
    "04.1": check_04_1,
    "05.1": check_05_1,
    "06.1": check_06_1,
    "06.2": check_06_2,
}


def check_07_1():
    """Not about the articles: rows_to_check gives one article's rows, twenty at most, and takes an article_id."""
    import inspect

    parameters = inspect.signature(framing.rows_to_check).parameters
    assert "article_id" in parameters and parameters["rows"].default == 20
    assert correct_letter("07.1") == letter_of("07.1", "whose speaker and verb you judged right")


def check_07_2():
    """Not about the articles: the codebook gives conflict 4 questions and economic consequences 3, as the column names say."""
    codebook = framing.load_codebook(STORY_DIR.parent / "generic-frames" / "codebook.csv")
    sizes = codebook.groupby("frame").size()
    assert (sizes["conflict"], sizes["economic consequences"]) == (4, 3)
    articles = framing.load_articles(STORY_DIR)
    table = framing.frame_scores_in_story(STORY_DIR / "generic-frames-coded.csv", codebook, articles)
    assert {"conflict (of 4)", "economic consequences (of 3)"} <= set(table.columns)
    assert sizes["conflict"] == 2 * 2, "two yes answers are half the conflict questions"
    assert correct_letter("07.2") == letter_of("07.2", "each yes backed by a quotation")


# Lesson 07 runs on any story folder, so its checks are about the method, not the course's articles.
METHOD_CHECKS = {"07.1": check_07_1, "07.2": check_07_2}


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
    invented = ("has 2 in the column", "and 2 in the column", "(4 and 3 here)")  # an example, and the codebook's sizes
    for words in invented:
        text = text.replace(words, "")
    text = re.sub(r"`[^`]*`|\b(section|lesson) \d+", "", text)
    assert not re.search(r"\d", text), "a lesson 07 check gives a figure, which would be the course's story's figure"


@pytest.mark.parametrize("check_id", sorted(ANSWER_CHECKS | METHOD_CHECKS))
def test_the_answer_recomputed_from_data(check_id):
    (ANSWER_CHECKS | METHOD_CHECKS)[check_id]()
