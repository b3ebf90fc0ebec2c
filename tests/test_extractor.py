"""The staged attribution extractor: each stage on its own, every construction, bad input, and the scoring."""

import pandas as pd
import pytest

from framing.attribution import find_attributions
from framing.attribution_eval import (
    compare_on,
    evaluation_figures,
    load_eval_set,
    measure_on,
    normalise_name,
    one_row_per_quotation,
    score_statements,
)
from framing.cues import CueFileError, find_cues, load_cues
from framing.extractor import extract_attributions, extract_statements
from framing.quotations import find_quotations
from framing.speakers import Mentions, split_speaker, subject_before
from paths import ROOT


def quotes(text):
    return [(q.text(text), q.paragraphs, q.closed) for q in find_quotations(text)]


def one(text):
    found = extract_statements(text)
    assert len(found) == 1, [(s.speaker.name, s.verb, text[s.start : s.end]) for s in found]
    s = found[0]
    return s.speaker.name, s.verb, s.kind, text[s.start : s.end]


# Stage 1: quotations
@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We tried,” she said.", [("We tried,", [1], True)]),
        ('"We tried," she said.', [("We tried,", [1], True)]),
        ('“Mixed pair," she said.', [("Mixed pair,", [1], True)]),
        ("‘We will appeal,’ the lawyer said. The Farouks’ shop stays.", [("We will appeal,", [1], True)]),
        (
            "“He told me, ‘Don’t come back,’ and I didn’t,” she said.",
            [("He told me, ‘Don’t come back,’ and I didn’t,", [1], True)],
        ),
        ("“First paragraph\n\n“Second paragraph.”", [("First paragraph Second paragraph.", [1, 2], True)]),
        ("“Left open at the end of the article", [("Left open at the end of the article", [1], False)]),
        ("“Left open\n\nThe next paragraph is narrative.", [("Left open", [1], False)]),
        ("No quotation marks at all, don’t you know.", []),
        ("", []),
    ],
)
def test_quotations(text, expected):
    assert quotes(text) == expected


def test_quotations_bad_input():
    with pytest.raises(TypeError, match="string"):
        find_quotations(None)


# Stage 2: cues
def test_cue_file_has_stances_and_forms():
    verbs = load_cues()
    assert (
        verbs["said"].lemma == "say" and verbs["claimed"].stance == "doubt" and verbs["cautioned"].stance == "warning"
    )
    assert {"argue", "allege", "claim", "caution"} <= {v.lemma for v in verbs.values()}


@pytest.mark.parametrize(
    "text, forms",
    [
        ("She said no.", ["said"]),
        ("Critics argue the plan fails.", ["argue"]),
        ("The claims were false and a civil claim followed.", []),
        ("He called for calm and was charged with arson.", []),
        ("He declined to say and has yet to announce anything.", []),
        ("According to state media, the talks ended.", []),
        ("The group called on Baghdad to act.", ["called on"]),
        ("Sources report that talks stalled.", ["report"]),
    ],
)
def test_cues(text, forms):
    assert [c.form for c in find_cues(text)] == forms


def test_cue_file_errors_name_the_line(tmp_path):
    bad = tmp_path / "verbs.csv"
    bad.write_text("lemma,forms,stance,kinds,note\nsay,say said,cheerful,direct,\n", encoding="utf-8")
    with pytest.raises(CueFileError, match="line 2: stance 'cheerful'"):
        load_cues(bad)
    with pytest.raises(CueFileError, match="cannot be read"):
        load_cues(tmp_path / "missing.csv")


# Stage 3: link, every construction
@pytest.mark.parametrize(
    "text, speaker, verb, kind",
    [
        ("“We tried,” Ana Ruiz said.", "Ana Ruiz", "said", "direct"),
        ("“We tried,” said Mayor Ana Ruiz.", "Ana Ruiz", "said", "direct"),
        ("“We tried,” said Fatima Ali, a mother of four.", "Fatima Ali", "said", "direct"),
        ("“We tried,” said Ana Ruiz, who runs a bakery.", "Ana Ruiz", "said", "direct"),
        ("Ana Ruiz said: “We tried.”", "Ana Ruiz", "said", "direct"),
        ("The minister wrote on X: “We tried.”", "The minister", "wrote", "direct"),
        ("“We tried,” Ana Ruiz tweeted.", "Ana Ruiz", "tweeted", "direct"),
        ("Ana Ruiz called it “a disgrace.”", "Ana Ruiz", "called it", "direct"),
        ("Ana Ruiz described the plan as “a disgrace.”", "Ana Ruiz", "described as", "direct"),
        ("Ana Ruiz branded the plan “a disgrace.”", "Ana Ruiz", "branded", "direct"),
        ("Ana Ruiz continued: “We tried.”", "Ana Ruiz", "continued", "direct"),
        ("“We tried,” Ana Ruiz replied.", "Ana Ruiz", "replied", "direct"),
        ("“We tried,” Ana Ruiz responded.", "Ana Ruiz", "responded", "direct"),
        ("Ana Ruiz said the bridge will reopen in May.", "Ana Ruiz", "said", "indirect"),
        ("Ana Ruiz said that the bridge will reopen in May.", "Ana Ruiz", "said", "indirect"),
        ("The bridge will reopen in May, the council said.", "the council", "said", "indirect"),
        ("The bridge will reopen in May, said Ana Ruiz.", "Ana Ruiz", "said", "indirect"),
        ("Ana Ruiz told reporters that the bridge will reopen.", "Ana Ruiz", "told", "indirect"),
        ("Critics argue the bridge was never safe to use.", "Critics", "argue", "indirect"),
        ("Residents allege the repairs were never done at all.", "Residents", "allege", "indirect"),
        ("The union claimed the repairs were never done at all.", "The union", "claimed", "indirect"),
        ("The engineer cautioned that the repairs would take years.", "The engineer", "cautioned", "indirect"),
        ("According to court filings, the repairs were never done.", "court filings", "according to", "according-to"),
        ("The repairs were never done, according to the council.", "the council", "according to", "according-to"),
        ("Sen. Maria Lopez, D-N.Y., said the repairs were never done.", "Maria Lopez", "said", "indirect"),
        ("Rep. Tom Hale (R-Calif.) said the repairs were never done.", "Tom Hale", "said", "indirect"),
        ("Barmaid Stacey Lowe, 23, said: “He seemed jumpy all night.”", "Stacey Lowe", "said", "direct"),
        ("Forecaster Ellen Dacre said: “More snow is on the way.”", "Ellen Dacre", "said", "direct"),
        (
            "Its chief forecaster, Dr Imran Sheikh, said: “The river will peak on Friday.”",
            "Imran Sheikh",
            "said",
            "direct",
        ),
        ("Councilors Luis Ferreira said: “We are spending the rainy-day fund.”", "Luis Ferreira", "said", "direct"),
        ("Peter Van Dyke said: “We are spending the rainy-day fund.”", "Peter Van Dyke", "said", "direct"),
        (
            "Its founder, retired teacher Hilary Downes, called the deal “a takeover in disguise”.",
            "Hilary Downes",
            "called",
            "direct",
        ),
        ("Republican Carla Whitfield said: “Every vote has been counted.”", "Carla Whitfield", "said", "direct"),
        ("Operator Carrow Island Ferries said: “Safety is our priority.”", "Carrow Island Ferries", "said", "direct"),
        (
            "Conservation group Blue Seas Trust argued that the cut was “far too small”.",
            "Blue Seas Trust",
            "argued",
            "direct",
        ),
        ("Skipper Donald “Dod” Macrae, 61, said the mood was “grim on the quay”.", "Donald Macrae", "said", "direct"),
        (
            "Another, history professor Ruth Abernathy, said she had come “as a citizen of this campus”.",
            "Ruth Abernathy",
            "said",
            "direct",
        ),
        (
            "Rep. Dale Kinsey, R-Texas, agreed that the delay was troubling but warned against “rushing to pile on new mandates”.",
            "Dale Kinsey",
            "warned",
            "direct",
        ),
        # round 6 development (rules revised on rounds 1 to 5)
        (
            "Jockey Tilly Marsh, who was booked to ride, posted on social media: “Gutted for the horse.”",
            "Tilly Marsh",
            "posted",
            "direct",
        ),
        (
            "Senior Principal Magistrate Grace Wanjala said: “Tenants are not squatters.”",
            "Grace Wanjala",
            "said",
            "direct",
        ),
        (
            "Local TD Fiona Carberry called the scheme “a solution designed in an office”.",
            "Fiona Carberry",
            "called",
            "direct",
        ),
        ("Cllr Declan Hession (Ind) said councillors had been “kept in the dark”.", "Declan Hession", "said", "direct"),
        (
            "The Defence Procurement Agency said it was “considering what further action may be necessary”.",
            "The Defence Procurement Agency",
            "said",
            "direct",
        ),
        (
            "Analysts at Greyfield Capital wrote that a June move was “far from a done deal”.",
            "Greyfield Capital",
            "wrote",
            "direct",
        ),
        ("Hexley boss Dean Mahoney replied: “Not today, lads.”", "Dean Mahoney", "replied", "direct"),
        (
            "City Council President Tomás Aguirre, who will serve as acting mayor until August, said the council would “move quickly”.",
            "Tomás Aguirre",
            "said",
            "direct",
        ),
        (
            "“We have bought time, not peace,” Ines Halloran, the regional envoy who has chaired the talks since August, told reporters.",
            "Ines Halloran",
            "told",
            "direct",
        ),
    ],
)
def test_link_constructions(text, speaker, verb, kind):
    found_speaker, found_verb, found_kind, _ = one(text)
    assert (found_speaker, found_verb, found_kind) == (speaker, verb, kind)


@pytest.mark.parametrize(
    "text, speaker, speaker_type, how",
    [
        (
            "Halvard Bank told clients in a note that the fall was an overreaction.\n\n“We would be buyers on this weakness,” the note said.",
            "Halvard Bank",
            "organisation",
            "the note in which",
        ),
        (
            "In a filing with regulators, Tessaly Freight Group said it had found intruders.\n\n“Deliveries continue,” the filing said.",
            "Tessaly Freight Group",
            "organisation",
            "the filing in which",
        ),
        (
            "Mayor Dana Whitcomb of Port Halvey resigned on Tuesday.\n\n“I have made my decision,” Whitcomb said.",
            "Dana Whitcomb",
            "person",
            "",
        ),
        (
            "Cllr Graham Muir, who represents Inverlarrig East, has questioned the grant.\n\n‘I have nothing against the cathedral,’ the councillor said.",
            "Graham Muir",
            "person",
            "councillor",
        ),
        (
            "The restoration, its project architect says, has saved the building ‘for another century’.\n\n"
            "Euan Drysdale, the project architect from a local firm, said the stone had decayed.",
            "Euan Drysdale",
            "person",
            "named later",
        ),
        (
            "Joanna Pryce, whose father, Arthur, died, says she learned of it late.\n\nFor Pryce, change comes too late. ‘I want a phone call,’ she says.",
            "Joanna Pryce",
            "person",
            "she",
        ),
        (
            "Chef Marco Bellini is being sued. Bellini denies it. Lawyer Sadie Okafor filed the claim.\n\n"
            "A rep for the star said: ‘He will fight this.’ ‘He is shocked,’ the rep added.",
            "Marco Bellini",
            "person",
            "speaks for Marco Bellini",
        ),
        (
            "Janine Roark said that she had not written the list but had “collected concerns from parents”.",
            "Janine Roark",
            "person",
            "",
        ),
    ],
)
def test_speaker_found_across_sentences(text, speaker, speaker_type, how):
    """The last quotation's speaker, where the words that name it stand in another sentence or paragraph."""
    quotation = [s for s in extract_statements(text) if s.kind == "direct"][-1]
    assert (quotation.speaker.name, quotation.speaker_type) == (speaker, speaker_type), quotation.how
    assert how in quotation.how


def test_anonymous_source_keeps_its_relative_clause_in_description():
    text = "A senior party figure, who spoke on condition of anonymity, said the party had “badly misread” the mood."
    quotation = [s for s in extract_statements(text) if s.kind == "direct"][0]
    assert (quotation.speaker.name, quotation.speaker_type) == ("A senior party figure", "anonymous")
    assert "condition of anonymity" in quotation.speaker.description


def test_a_participle_takes_the_subject_of_the_sentence():
    text = "A board spokeswoman denied the report was buried, insisting it had been published “in accordance with procedure”."
    quotation = extract_statements(text)[-1]
    assert (quotation.kind, quotation.speaker.name, quotation.verb) == ("direct", "the board", "insisting")


def test_unnamed_spokesperson_speaks_for_the_organisation():
    text = "Northgate Airways cancelled 40 flights.\n\n“Safety comes first,” a spokeswoman for the airline said."
    statement = extract_statements(text)[-1]
    assert (statement.speaker.name, statement.speaker_type, statement.speaker.description) == (
        "Northgate Airways",
        "organisation",
        "a spokeswoman",
    )


def test_split_quotation_gives_two_statements_with_one_speaker():
    text = "“We tried,” she said, “but the money ran out.”"
    found = extract_statements(text)
    assert [(s.verb, text[s.start : s.end]) for s in found] == [
        ("said", "We tried,"),
        ("said", "but the money ran out."),
    ]


def test_a_statement_over_several_paragraphs_after_a_colon():
    text = "In a statement, the ministry said:\n\n“We acted lawfully.\n\n“We will co-operate fully.”"
    found = extract_statements(text)
    assert len(found) == 1 and found[0].speaker.name == "the ministry" and found[0].paragraph_no == 2
    assert text[found[0].start : found[0].end] == "We acted lawfully.\n\n“We will co-operate fully."


# Stage 4: carry
def test_a_quotation_paragraph_with_no_cue_continues_the_speaker_before():
    text = "“We tried,” said Ana Ruiz.\n\n“The money ran out in March.”"
    found = extract_statements(text)
    assert [(s.speaker.name, s.verb) for s in found] == [("Ana Ruiz", "said"), ("Ana Ruiz", "(continued)")]
    assert "continues Ana Ruiz's words in paragraph 1" in found[1].how


def test_a_scare_quote_is_not_a_statement():
    assert extract_statements("The so-called “peace dividend” never came.") == []


# Stage 5: resolve
def test_pronoun_resolves_to_the_last_compatible_person():
    text = "Tom Becker, a farmer, met Mayor Ana Ruiz on Monday.\n\n“We tried,” she said."
    statement = extract_statements(text)[-1]
    assert statement.speaker.name == "Ana Ruiz" and "'she' resolved to Ana Ruiz" in statement.how


def test_sex_shown_by_the_text_rules_out_a_candidate():
    text = "Mrs Ana Ruiz met Tom Becker, a father of two, on Monday.\n\n“We tried,” she said."
    assert extract_statements(text)[-1].speaker.name == "Ana Ruiz"


def test_description_and_surname_resolve_to_the_full_name():
    text = "Mayor Ana Ruiz opened the bridge.\n\n“It is safe,” the mayor said.\n\n“We checked it twice,” Ruiz added."
    found = extract_statements(text)
    assert [s.speaker.name for s in found] == ["Ana Ruiz", "Ana Ruiz"]
    assert "named in full earlier" in found[1].how


@pytest.mark.parametrize(
    "text, speakers",
    [
        # the speaker of the statement just before keeps the floor when another person is only mentioned ...
        (
            "Sunita Rao said the victims were brave. She paid tribute to her colleague Amy Fenwick.\n\n“They were brave,” she said.",
            ["Sunita Rao", "Sunita Rao"],
        ),
        (
            "Ms Okonjo said Kell had walked into the pub.\n\n“He chatted to the barmaid,” she said.",
            ["Okonjo", "Okonjo"],
        ),
        # ... but not when someone else has since been made the subject of a sentence
        (
            "Kelly Arnett said she had been misled.\n\nOutside court, Marcus Obi was dismissive. “She is facing prison,” he said.",
            ["Kelly Arnett", "Marcus Obi"],
        ),
        # a name after a preposition is not a new subject
        (
            "Ricky Dolan said the email was a cover-up.\n\nDolan, unlike Jonny Keane, still sits on the board. “I have a vote,” he said.",
            ["Ricky Dolan", "Ricky Dolan"],
        ),
        # singular "they" for the person speaking
        (
            "Sam Ortiz, who uses they/them pronouns, explained that the first days were hard.\n\n“You start doing the math,” they said.",
            ["Sam Ortiz", "Sam Ortiz"],
        ),
        # an unnamed spokeswoman speaks for the organisation just quoted; "a university spokesperson" for the university
        (
            "The Crown Prosecution Service said it would consider a retrial. A decision would come ‘within 28 days’, a spokeswoman said.",
            ["Crown Prosecution Service", "Crown Prosecution Service"],
        ),
        (
            "The University of Aldermoor closed the department. A university spokesperson said: “We recognise how hard this is.”",
            ["University of Aldermoor"],
        ),
        # an institution never named stays as written; an acronym finds its organisation; "the source" the unnamed source
        (
            "Naomi Ashdown, a former government adviser, backed the levy.\n\nThe government said it had “no plans” for a national levy.",
            ["The government"],
        ),
        (
            "The United Passenger Transport Union called a strike.\n\nThe UPTU posted on X: “Solidarity with our drivers today.”",
            ["United Passenger Transport Union"],
        ),
        (
            "A City Hall insider told the Ledger the attack began with an invoice.\n\n“It was one click,” the source said.",
            ["A City Hall insider", "A City Hall insider"],
        ),
        # the speaker who is made a sentence's subject again keeps the floor across a paragraph with no statement
        (
            "“They were wrong,” said Sunita Rao.\n\nRao paid tribute to the victims and to her colleague Amy Fenwick, who traced "
            "the money.\n\n“Some of them were too ashamed to speak,” she said.",
            ["Sunita Rao", "Sunita Rao"],
        ),
        # "her husband" in a relative clause shows a woman, not a man
        (
            "Rachel Penhallow, who farms with her husband Stuart, told the Gazette the cut would cost them dearly.\n\n"
            "“We've done everything right,” she says.",
            ["Rachel Penhallow", "Rachel Penhallow"],
        ),
        # an appositive is headed by its noun: "the man at the center of the storm" is a person
        (
            "Titans guard Jordan Pike, the man at the center of the storm, kept it short. “I got hit,” Pike told reporters.",
            ["Jordan Pike"],
        ),
        # "the statement" is the statement of whoever spoke just before
        (
            "The Rail Drivers' Federation called a strike. Calloway Valley Trains said in a statement that its offer was fair.\n\n"
            "“Strike action will only hurt passengers,” the statement said.",
            ["Calloway Valley Trains", "Calloway Valley Trains"],
        ),
    ],
)
def test_who_is_speaking_is_followed_across_sentences(text, speakers):
    assert [s.speaker.name for s in extract_statements(text)] == speakers


def test_unresolved_pronoun_is_kept_and_said_so():
    statement = extract_statements("“We tried,” he said.")[0]
    assert statement.speaker.name == "he" and statement.speaker_type == "pronoun" and "left unresolved" in statement.how


def test_compare_on_is_the_comparison_measure_on_sums_up():
    folder = ROOT / "data" / "attribution-eval-6"
    articles, gold = load_eval_set(folder, "held-out")
    comparison = compare_on(folder, "held-out")
    expected = score_statements(one_row_per_quotation(find_attributions(articles), articles), gold)
    assert comparison.equals(expected) and comparison is not compare_on(folder, "held-out")  # a copy each time
    assert evaluation_figures(comparison).equals(measure_on(folder, "held-out"))
    with pytest.raises(ValueError, match="which must be"):
        compare_on(folder, "test")


def test_speaker_phrases():
    assert (
        subject_before("As the vote closed, Mayor Ana Ruiz, who cast the deciding vote,")
        == "Mayor Ana Ruiz, who cast the deciding vote"
    )
    assert split_speaker("Ana Ruiz, who runs a bakery").description == "who runs a bakery"
    assert split_speaker("analysts at Brodie Capital").name == "Brodie Capital"  # unnamed staff: the body speaks
    assert split_speaker("Analysts at the investment bank Gorse Whitcombe").name == "Gorse Whitcombe"
    assert split_speaker("officials at the Commerce Department who were not authorized to speak").name.startswith(
        "officials at"
    )
    assert (
        split_speaker("Members of Wexmoor Against Arms Research, a student group").name
        == "Wexmoor Against Arms Research"
    )
    assert split_speaker("First Admiral Rosli Hamdan").name == "Rosli Hamdan"
    assert split_speaker("Mark Anthony Lee").name == "Mark Anthony Lee"  # a given name that is also a word stays
    assert split_speaker("Fair Fees Calloway").name == "Fair Fees Calloway"  # an adjective in front: not a description
    assert (
        split_speaker("Dean Marchetti").name == "Dean Marchetti"
        and split_speaker("Law School Dean Maria Ortiz").name == "Maria Ortiz"
    )
    assert split_speaker("The Global Tennis Integrity Unit (GTIU)").description == "GTIU"
    assert subject_before("Joanna Pryce, whose father, Arthur, was among those who died,").startswith("Joanna Pryce")
    mentions = Mentions()
    mentions.add("Ana Ruiz", "person", 0)
    assert mentions.find("Ruiz") is mentions.find("Ana") is mentions.find("Ana Ruiz")


# Bad input and the table
def test_bad_and_empty_input():
    assert extract_statements("") == [] and extract_statements("No one speaks here.") == []
    assert extract_statements("“An unclosed quotation at the end,” she said, “and then") != []
    with pytest.raises(TypeError, match="string"):
        extract_statements(3)
    with pytest.raises(ValueError, match="no column"):
        extract_attributions(pd.DataFrame({"text": ["x"]}))


def test_every_row_says_how():
    table = extract_attributions(
        pd.DataFrame({"article_id": ["a"], "text": ["“We tried,” said Ana Ruiz. Officials said the bridge was safe."]})
    )
    assert table["how"].str.len().gt(10).all() and list(table["sentence_no"]) == [1, 2]
    assert set(table.columns) >= {
        "speaker",
        "title",
        "description",
        "verb",
        "stance",
        "kind",
        "speaker_type",
        "how",
        "start",
        "end",
    }


# Scoring
def test_scoring_counts_spans_and_each_field():
    gold = pd.DataFrame(
        {
            "article_id": ["a", "a", "a"],
            "start": [0, 50, 80],
            "end": [20, 70, 90],
            "speaker": ["Ana Ruiz", "Tom", ""],
            "verb": ["said", "", ""],
            "kind": ["direct", "direct", "not-speech"],
            "speaker_type": ["person", "person", ""],
        }
    )
    predicted = pd.DataFrame(
        {
            "article_id": ["a", "a", "a"],
            "start": [1, 30, 80],
            "end": [19, 40, 90],
            "speaker": ["the Ana Ruiz", "X", "Y"],
            "verb": ["said", "said", "said"],
            "kind": ["direct", "direct", "direct"],
            "speaker_type": ["person"] * 3,
        }
    )
    figures = evaluation_figures(score_statements(predicted, gold), ("direct",))
    assert (figures["found"], figures["missed"], figures["extra"], figures["speaker right"]) == (1, 1, 2, 1.0)
    assert normalise_name("The Trust.") == "trust"


def test_evaluation_set_loads_with_spans():
    articles, gold = load_eval_set(ROOT / "data" / "attribution-eval", "development")
    assert len(articles) == 16 and (gold["end"] > gold["start"]).all()
    with pytest.raises(ValueError, match="development"):
        load_eval_set(ROOT / "data" / "attribution-eval", "test")


def test_the_five_articles_stay_at_35_of_35_with_the_same_verbs_kinds_and_types():
    import framing
    from paths import STORY_DIR

    found = extract_attributions(framing.clean_articles(framing.load_articles(STORY_DIR)))
    gold = pd.read_csv(STORY_DIR / "attributions-gold.csv", keep_default_na=False)
    figures = framing.precision_recall(framing.compare_with_gold(found, gold))
    assert (figures["found"], figures["missed"], figures["extra"]) == (35, 0, 0)
    for g in gold.itertuples():
        rows = found[(found["article_id"] == g.article_id) & (found["sentence_no"] == g.sentence_no)]
        match = [
            r
            for r in rows.itertuples()
            if framing.same_speaker(r.speaker, g.speaker) or framing.same_speaker(r.speaker_as_written, g.speaker)
        ]
        assert (match[0].verb, match[0].kind, match[0].speaker_type) == (g.verb, g.kind, g.speaker_type), g
