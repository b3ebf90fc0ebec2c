"""Cleaning rules: what each catches, what none may catch, and the seeds' lines."""

import pandas as pd
import pytest

import framing
from framing.cleaning import classify_line, clean_text, looks_like_title_case
from paths import STORY_DIR


@pytest.mark.parametrize(
    "line, rule",
    [
        ("3 MIN READ", "page furniture"),
        ("5 minute read", "page furniture"),
        ("Updated:", "page furniture"),
        ("Published: 11 September 2024", "page furniture"),
        ("0:00", "page furniture"),
        (" date 2024-09-11 WORLD", "page furniture"),
        ("September 11, 2024", "date line"),
        ("Wednesday, Sept. 11, 2024", "date line"),
        ("President Pezeshkian seeks to strengthen relations. / Photo: AA", "photo caption"),
        ("Fighters man a position. Safin Hamed/AFP via Getty Images", "photo caption"),
        ("Protesters gather in Baghdad. (AP Photo/Hadi Mizban)", "photo caption"),
        ("Reuters contributed to this report.", "wire credit"),
        ("Reuters and AFP contributed to this report", "wire credit"),
        ("RelatedCan Masoud Pezeshkian transform Iran's domestic and foreign policy?", "related link"),
        ("Read more: Iran's new president", "related link"),
        ("By Jane Doe", "byline"),
        ("By Jane Doe and John Roe", "byline"),
        ("Iran Leader to Visit Kurdistan", "heading"),
        ("Man Attacked By Mob After Trying To Steal Gun From Female Guard In Nakuru", "heading"),
    ],
)
def test_each_rule_names_its_kind_of_line(line, rule):
    assert classify_line(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Iraq hosts 2,500 US troops.",
        "“We will meet senior Iraqi officials in Baghdad.”",
        "By Wednesday the talks had begun.",  # starts with "By" but is a sentence
        "Related talks will follow next week.",  # starts with "Related" as an ordinary word
        "Iran Says It Will Sign Deals.",  # title case, but a sentence
        "Iran and Iraq",  # too short to call a heading
        "The photo shows the two leaders shaking hands.",
        "",
        "   ",
    ],
)
def test_article_text_and_blank_lines_are_not_classified(line):
    assert classify_line(line) is None


def test_headline_and_byline_come_from_metadata():
    metadata = {"headline": "Iran's Pezeshkian visits Iraq", "byline": "Adam Morrow"}
    assert classify_line("Iran's Pezeshkian visits Iraq", metadata) == "headline"
    assert classify_line("  Adam Morrow ", metadata) == "byline"
    assert classify_line("Iran's Pezeshkian visits Iraq", {}) is None
    assert classify_line("Adam Morrow", {"byline": ""}) is None


def test_title_case_needs_capitals_on_every_main_word():
    assert looks_like_title_case("Iranian President Arrives in Next-Door Iraq in 1st Official Visit Abroad")
    assert not looks_like_title_case("Iranian president arrives in Iraq")
    assert not looks_like_title_case("Iran Leader to Visit Kurdistan?")


def test_clean_text_keeps_article_lines_in_order_without_blank_lines():
    text = "3 MIN READ\n\nFirst sentence.\nCaption here. / Photo: AA\n\n  Second sentence.  \nReuters contributed to this report."
    assert clean_text(text) == "First sentence.\nSecond sentence."


def test_seed_non_article_lines_are_exactly_the_documented_ones():
    removed = framing.non_article_lines(framing.load_articles(STORY_DIR))
    summary = removed.groupby(["article_id", "rule"]).size().to_dict()
    assert summary == {
        ("first-foreign-trip", "page furniture"): 2,
        ("first-foreign-trip", "headline"): 1,
        ("first-foreign-trip", "photo caption"): 1,
        ("first-foreign-trip", "date line"): 1,
        ("first-foreign-trip", "related link"): 1,
        ("strategic-partnership", "heading"): 1,
        ("next-door-iraq", "headline"): 2,
        ("next-door-iraq", "photo caption"): 3,
        ("next-door-iraq", "byline"): 1,
        ("next-door-iraq", "page furniture"): 2,
        ("next-door-iraq", "heading"): 1,
        ("next-door-iraq", "wire credit"): 1,
    }
    nakuru = removed[removed["article_id"] == "strategic-partnership"].iloc[0]
    assert nakuru["line"].endswith("In Nakuru") and nakuru["line_no"] == 12


def test_clean_articles_keeps_the_raw_text_and_is_idempotent():
    articles = framing.load_articles(STORY_DIR)
    once = framing.clean_articles(articles)
    twice = framing.clean_articles(once)
    assert (once["raw_text"] == articles["text"]).all()
    assert once["text"].tolist() == twice["text"].tolist()
    assert (twice["raw_text"] == articles["text"]).all()
    assert "text" in articles and "raw_text" not in articles  # the input is not changed
    assert "3 MIN READ" not in once.set_index("article_id").loc["first-foreign-trip", "text"]


def test_cleaning_removes_whole_lines_only():
    articles = framing.load_articles(STORY_DIR)
    for raw, cleaned in zip(articles["text"], framing.clean_articles(articles)["text"]):
        raw_lines = {line.strip() for line in raw.split("\n")}
        assert all(line in raw_lines for line in cleaned.split("\n"))


def test_non_article_lines_of_a_clean_text_is_an_empty_table():
    table = pd.DataFrame({"article_id": ["a"], "text": ["Just one sentence."]})
    removed = framing.non_article_lines(table)
    assert removed.empty and list(removed.columns) == ["article_id", "line_no", "line", "rule"]


@pytest.mark.parametrize("function", [framing.clean_articles, framing.non_article_lines])
def test_bad_tables_are_refused_clearly(function):
    with pytest.raises(ValueError, match="has no column"):
        function(pd.DataFrame({"article_id": ["a"]}))
    with pytest.raises(TypeError, match="expected a pandas DataFrame"):
        function(["not", "a", "table"])


# --- no silent loss: one long line, or other paragraph separators, keep their text ---

from framing.cleaning import MAX_NON_ARTICLE_LINE, split_lines  # noqa: E402

PARAGRAPHS = [
    "Iranian President Masoud Pezeshkian arrived in Baghdad on Wednesday for his first foreign trip.",
    "Officials said the two countries would sign more than a dozen agreements during the visit.",
    "Pezeshkian was received at the airport by Prime Minister Mohammed Shia al-Sudani.",
    "The visit comes amid tension in the region over the war in Gaza, analysts said.",
    "Iraq hosts about 2,500 US troops as part of a coalition formed to fight the Islamic State group.",
]


def test_an_article_pasted_as_one_line_keeps_its_text():
    text = " ".join(PARAGRAPHS[:3]) + " (Photo: IRNA) " + " ".join(PARAGRAPHS[3:] * 2)
    assert len(text) > MAX_NON_ARTICLE_LINE
    assert classify_line(text) is None
    assert clean_text(text) == text


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\v", "\f"])
def test_other_paragraph_separators_split_lines(separator):
    text = separator.join(PARAGRAPHS + ["Pezeshkian and al-Sudani in Baghdad. (Photo: IRNA)"])
    assert clean_text(text) == "\n".join(PARAGRAPHS)  # the caption line alone goes; every paragraph stays
    articles = pd.DataFrame({"article_id": ["a"], "text": [text]})
    cleaned = framing.clean_articles(articles)
    assert cleaned.loc[0, "raw_text"] == text  # the text as received is kept unchanged
    removed = framing.non_article_lines(articles)
    assert removed[["line_no", "line", "rule"]].values.tolist() == [
        [6, "Pezeshkian and al-Sudani in Baghdad. (Photo: IRNA)", "photo caption"]
    ]


def test_split_lines_handles_every_line_end():
    assert split_lines("a\r\nb\rc\nd\u2028e\u2029f\x85g\vh\fi") == list("abcdefghi")
    assert split_lines("") == [""]


@pytest.mark.parametrize(
    "line, metadata",
    [
        ("Caption " * 60 + "/ Photo: AA", {}),  # photo caption, too long to be one
        (" ".join(["Title"] * 90), {}),  # heading
        ("Related" + "Story " * 80, {}),  # related link
        ("Long Headline " * 40, {"headline": ("Long Headline " * 40).strip()}),  # headline from metadata
    ],
)
def test_no_rule_removes_a_line_longer_than_the_cap(line, metadata):
    assert len(line.strip()) > MAX_NON_ARTICLE_LINE
    assert classify_line(line, metadata) is None


def test_a_caption_up_to_the_cap_is_still_a_caption():
    caption = "Caption " * 48 + "/ Photo: AA"
    assert len(caption) <= MAX_NON_ARTICLE_LINE and classify_line(caption) == "photo caption"


# --- the page rules: where a line stands (issue 24). Pages invented, in the styles of real pages ---

from framing.cleaning import PAGE_RULES, ends_as_sentence, found_page_lines, read_page  # noqa: E402

STORY = "The council closed the bridge on Monday after engineers found cracks in two supports, officials said."
MORE = "Repairs could take six weeks, according to the transport department."


def found(*lines, **metadata):
    """The rule that names each line of a page given as lines, by line number ('kept' for a standfirst)."""
    page = read_page("\n".join(lines), metadata)
    return {**{number: "kept" for number in page.standfirsts}, **page.found}


def test_every_page_rule_has_a_name_and_a_reason():
    assert len({rule.name for rule in PAGE_RULES}) == len(PAGE_RULES)
    assert all(len(rule.description) > 40 for rule in PAGE_RULES)
    assert [rule.name for rule in PAGE_RULES if not rule.removes] == ["standfirst"]


def test_a_pasted_page_without_a_headline_column():
    page = found(
        "Bridge closed after cracks found in supports",
        "Drivers face six weeks of diversions while engineers make repairs",
        "The bridge at dusk on Sunday.",
        "Getty Images",
        STORY,
        MORE,
    )
    assert page == {1: "headline at the top", 2: "kept", 3: "caption by a credit", 4: "no end punctuation"}


def test_the_headline_column_still_names_the_headline_and_its_repeat():
    page = found("Bridge closed", STORY, "Bridge closed", MORE, headline="Bridge closed")
    assert page == {1: "headline", 3: "headline"}


def test_a_standfirst_written_as_a_sentence_is_kept_when_a_page_line_follows_it():
    assert found("Bridge closed after cracks found", "Six weeks of diversions lie ahead.", "By Jane Roe", STORY) == {
        1: "headline at the top",
        2: "kept",
        3: "byline",
    }
    # with nothing between it and the next paragraph, a first sentence cannot be told from a standfirst: kept, unnamed
    assert found("Bridge closed after cracks found", "Six weeks of diversions lie ahead.", STORY) == {
        1: "headline at the top"
    }


def test_bullets_under_the_headline_are_a_standfirst_and_a_colon_label_goes():
    page = found("Bridge closed after cracks found", "Key points:", "- Six weeks of repairs ahead for drivers", STORY)
    assert page == {1: "headline at the top", 2: "label", 3: "kept"}


def test_links_tags_pull_quotes_and_author_notes_around_the_article():
    page = found(
        "Bridge closed after cracks found",
        "By Jane Roe",
        STORY,
        "“We will reopen it as soon as it is safe”",
        "“We will reopen it as soon as it is safe,” said Mayor Ana Ruiz. “Not a day before.”",
        "“We will reopen it as soon as it is safe.”",
        "Most Read",
        "Why are so many bridges cracking?",
        MORE,
        "Jane Roe is a transport correspondent for the Evening Example.",
        "Topics: bridges, transport",
    )
    assert page == {
        1: "headline at the top",
        2: "byline",
        4: "no end punctuation",
        6: "pull quote",
        7: "link label",
        8: "linked headline",
        10: "author's note",
        11: "no end punctuation",
    }


@pytest.mark.parametrize(
    "text",
    [
        # a list the article introduces with a colon
        f"{STORY}\nThe plan includes:\n- 2,500 new school places\n- a bus lane on Hill Road\n{MORE}",
        # a text copied from a PDF, broken inside its paragraphs
        "The council approved the budget on Monday after a long\ndebate in which members of the opposition argued "
        "that the\nplan would raise taxes for families in the north of the\ncounty, officials said.\n" + MORE,
        # a body pasted alone, with a quotation and a short paragraph
        f"{STORY}\n“We will rebuild,” said Mayor Ana Ruiz.\nNo one was injured.",
        # a colon that introduces a quotation, and a quoted post without its full stop
        f"{STORY}\nShe said:\n“We will rebuild the bridge.”\nShe later posted: “Stand with the town x”",
        # outlet words in article sentences
        "Copyright law changed in 2019, the court said.\nSign up numbers rose by 20 per cent.\nSubscribers paid more.",
        # a short paragraph above a credit after the last paragraph, and above a photo with a credit and no caption
        f"{STORY}\nIt will stay shut for a month.\nGetty Images",
        f"{STORY}\nWork starts soon.\nGetty Images\n{MORE}",
    ],
)
def test_no_page_rule_removes_article_text(text):
    kept = clean_text(text).split("\n")
    assert all(line.strip() in kept for line in text.split("\n") if line.strip() and line.strip() != "Getty Images")


def test_ends_as_sentence_reads_closing_marks():
    assert ends_as_sentence("He left (for good).") and ends_as_sentence("Then this:")
    assert not ends_as_sentence("Officials at the scene. (Photo: Jane Roe)") and not ends_as_sentence("")


def test_found_page_lines_lists_kept_standfirsts_apart_from_removed_lines():
    articles = framing.load_articles(STORY_DIR)
    listed = found_page_lines(articles)
    kept = listed[~listed["removed"]]
    assert kept[["article_id", "line_no", "rule"]].values.tolist() == [
        ["first-foreign-trip", 4, "standfirst"],
        ["next-door-iraq", 3, "standfirst"],
    ]
    assert (
        listed[listed["removed"]]
        .drop(columns="removed")
        .reset_index(drop=True)
        .equals(framing.non_article_lines(articles))
    )
    cleaned = framing.clean_articles(articles).set_index("article_id")["text"]
    assert cleaned["next-door-iraq"].startswith("Along with 2,500 U.S. troops"), "the standfirst stays sentence 1"
