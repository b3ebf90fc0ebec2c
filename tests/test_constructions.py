"""Constructions met in real news (issue 23), each in one invented sentence: cues across abbreviations and
appositions, 'said of', participles, new verbs, colons, partial quotations as whole clauses, quoted strings that are
not speech, and the bugs of the last round. No sentence here is copied from any corpus."""

import pandas as pd
import pytest

import framing
from framing.sentences import sentence_spans, split_text


def rows(text):
    return framing.find_attributions(pd.DataFrame({"article_id": ["a"], "text": [text]}))


def only(text):
    found = rows(text)
    assert len(found) == 1, found[["speaker", "verb", "quote"]].values.tolist()
    return found.iloc[0]


@pytest.mark.parametrize(
    "text, speaker, title, verb",
    [
        # a cue after a quotation, across the full stop of an abbreviation, an initial or a party tag
        ("“It is over,” Mr. Haldane said.", "Haldane", "Mr.", "said"),
        ("“We held the line,” Senator Ruth A. Keane, Republican of Ohio, said.", "Ruth A. Keane", "Senator", "said"),
        ("“The count was fair,” Rep. Tom Barrow (D-N.Y.) said on Friday.", "Tom Barrow", "Rep.", "said"),
        ("“We did our best,” Board Chair Maria L. Ostrow said last month.", "Maria L. Ostrow", "Board Chair", "said"),
        (
            "“Prices will recover,” Dan Price, chief strategist at Ardent Ltd., said in an e-mail.",
            "Dan Price",
            "",
            "said",
        ),
        # 'said of' and 'said to' are still speech
        ("“It is not art,” the critic said of the mural.", "the critic", "", "said"),
        ("“Go home,” Mayor Ana Ruiz said to the crowd.", "Ana Ruiz", "Mayor", "said"),
        # participles and 'went on to say'
        ("The mayor closed the bridge, saying, “It is not safe.”", "The mayor", "", "saying"),
        ("Mayor Ana Ruiz spoke last, and she went on to say, “We are ready.”", "Ana Ruiz", "", "went on to say"),
        # the verb opens the sentence, its speaker follows
        ("Said Dana Ruiz, who grew up on the street, “We were all proud of him.”", "Dana Ruiz", "", "said"),
        # the verbs real news uses that the list lacked
        ("Host Dana Reyes interjected: “So is there room to move?”", "Dana Reyes", "", "interjected"),
        ("“We lost the rural vote,” the party chair lamented.", "the party chair", "", "lamented"),
        ("“Never answer the question you were asked,” Tom Hale advises.", "Tom Hale", "", "advises"),
        ("“Please, stay home tonight,” the sheriff implored.", "the sheriff", "", "implored"),
        ("“This is the best night of my life,” one volunteer gushed.", "one volunteer", "", "gushed"),
        ("“We did it!” the organiser exclaimed.", "the organiser", "", "exclaimed"),
        ("A supporter blurted out, “Build the road!”", "A supporter", "", "blurted out"),
        ("Her husband chimed in: “We have waited for years.”", "Her husband", "", "chimed in"),
        ("“The memo was never sent,” the aide wrote back.", "the aide", "", "wrote back"),
        # a colon after a name, a noun phrase or a 'Name, Outlet' line
        ("Jeffrey Ames, Kelby Gazette: “Turnout will break records.”", "Jeffrey Ames", "", ":"),
        ("Mayor Ana Ruiz met the volunteers. Her advice to them: “Knock on every door.”", "Ana Ruiz", "", ":"),
        ("The council issued a statement: “The road will reopen in May.”", "The council", "", ":"),
    ],
)
def test_a_quotation_gets_its_speaker_and_verb(text, speaker, title, verb):
    row = rows(text).iloc[-1]
    assert (row["speaker"], row["title"], row["verb"], row["kind"]) == (speaker, title, verb, "direct")


def test_a_pull_quote_takes_the_name_on_the_next_line():
    row = only("The council met on Monday.\n“We will not give up the fight.”\n— Dana Ruiz\nThe vote is in May.")
    assert (row["speaker"], row["verb"]) == ("Dana Ruiz", ":")


@pytest.mark.parametrize(
    "text, clause, quoted",
    [
        (
            "Okafor said Parks was “trying too hard” to win the vote.",
            "Parks was “trying too hard” to win the vote",
            "trying too hard",
        ),
        (
            "Parks was “trying too hard” to win the vote, Okafor said.",
            "Parks was “trying too hard” to win the vote",
            "trying too hard",
        ),
        (
            "Ruiz said she would meet “the mayors” and sign “two deals.”",
            "she would meet “the mayors” and sign “two deals.”",
            "the mayors … two deals.",
        ),
    ],
)
def test_a_partly_quoted_statement_is_its_whole_clause_with_the_quoted_words_apart(text, clause, quoted):
    row = only(text)
    assert (row["kind"], row["quote"], row["quoted_words"]) == ("direct", clause, quoted)
    assert text[row["quoted_start"] : row["quoted_end"]].startswith(quoted.split(" … ")[0])


def test_quoted_words_are_the_whole_quotation_or_nothing():
    direct = only("“We will sign,” said Mayor Ana Ruiz.")
    assert direct["quoted_words"] == direct["quote"] == "We will sign"
    assert (direct["quoted_start"], direct["quoted_end"]) == (direct["start"], direct["end"])
    reported = only("Mayor Ana Ruiz said the road would reopen in May.")
    assert reported["quoted_words"] == "" and pd.isna(reported["quoted_start"])


@pytest.mark.parametrize(
    "text",
    [
        "The campaign dubbed the bus “the Liberty Express.”",
        "He appeared on “Morning Report” on Sunday.",
        "Tom Chrabaszcz, who goes by “Vito,” ran the database.",
        "Supporters wore capes bearing the words “Never Again.”",
        "A group called “Parents for Roads” held a rally.",
    ],
)
def test_quoted_names_titles_and_slogans_are_not_statements(text):
    assert rows(text).empty


def test_two_apostrophes_mark_a_quotation():
    row = only("''We will win,'' said Mayor Ana Ruiz.")
    assert (row["speaker"], row["quote"], row["kind"]) == ("Ana Ruiz", "We will win", "direct")


@pytest.mark.parametrize(
    "text, speaker, title, kind",
    [
        ("“The search goes on,” said Sgt. Lisa Yoon.", "Lisa Yoon", "Sgt.", "person"),
        (
            "The Food and Drug Administration said the drug was safe.",
            "Food and Drug Administration",
            "",
            "organisation",
        ),
        (
            "A spokeswoman for the Food and Drug Administration said the drug was safe.",
            "Food and Drug Administration",
            "",
            "organisation",
        ),
        (
            "Minister of State for Foreign Affairs Omar Saleh said talks would resume.",
            "Omar Saleh",
            "Minister of State for Foreign Affairs",
            "person",
        ),
    ],
)
def test_the_bugs_of_the_last_round(text, speaker, title, kind):
    row = only(text)
    assert (row["speaker"], row["title"], row["speaker_type"]) == (speaker, title, kind)


def test_an_office_alone_is_not_a_person_named_after_its_last_word():
    row = only("The Minister of State for Foreign Affairs said talks would resume.")
    assert row["speaker"] != "Affairs"


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Sen. Ann Marsh, D-N.Y., concluded it was over. Then she left.", 2),
        ("Ann Marsh, R-S.C., said so. Then she left.", 2),
        ("Mr. Hale met Ms. Ruiz and Dr. Okafor. They agreed.", 2),
        ("Rep. Hale and Gov. Ruiz spoke first. They agreed.", 2),
        ("Board Chair Maria L. Ostrow spoke. She agreed.", 2),
        ("The bridge fell shortly before 6 a.m. Tuesday, the police said. Nobody was hurt.", 2),
        ("The bridge fell at 6 a.m. Nobody was hurt.", 2),
    ],
)
def test_split_text_does_not_split_inside_names(text, sentences):
    assert len(split_text(text)) == sentences
    assert [text[a:b] for a, b in sentence_spans(text)] == split_text(text)


def test_the_extractor_numbers_sentences_as_split_sentences_does():
    text = "Sen. Ann Marsh, D-N.Y., spoke first. “We are done,” she said.\nThe vote is in May, the clerk said."
    found = rows(text)
    sentences = framing.split_sentences(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert found["sentence_no"].tolist() == [2, 3] and len(sentences) == 3


def test_a_verb_after_a_quotation_that_began_in_an_earlier_paragraph_makes_one_statement():
    """A quotation over two paragraphs, its verb after the last: one direct statement, not also a reported one
    whose words keep the second paragraph's opening mark (it was found twice)."""
    text = "“The money ran out in March. It was gone.\n\n“We will try again next year,” she added."
    found = framing.find_attributions(pd.DataFrame({"article_id": ["x"], "text": [text]}))
    assert found[["verb", "kind"]].values.tolist() == [["added", "direct"]]
