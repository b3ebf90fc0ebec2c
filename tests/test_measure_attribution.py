"""tools/measure_attribution.py: reading brat files, the gold's categories and names, and the skip without a corpus.

Every text here is invented for the test; nothing is copied from the corpus.
"""

import pandas as pd
import pytest

from tools import measure_attribution as tool

TEXT = (
    "Headline about a vote\n\n"
    "“We will win this,” said Sen. Ruth Keane (R-Ohio).\n\n"
    "Keane said the bill was “dead on arrival” in the House.\n\n"
    "Officials believe the count will take a week, according to the county clerk."
)


def span(text, words, after=0):
    start = text.index(words, after)
    return start, start + len(words)


def brat_file(tmp_path, text):
    """An annotation file for TEXT in the corpus's format, with one leftover event that has no content."""
    lines, number = [], 0

    def add(role, words, after=0):
        nonlocal number
        number += 1
        a, b = span(text, words, after)
        lines.append(f"T{number}\t{role} {a} {b}\t{words}")
        return f"T{number}"

    units = [
        ("“We will win this,”", "said", "Sen. Ruth Keane (R-Ohio)"),
        ("the bill was “dead on arrival” in the House", "said", "Keane"),
        ("the count will take a week", "believe", "Officials"),
        ("Officials believe the count will take a week", "according to", "the county clerk"),
    ]
    for event, (content, cue, source) in enumerate(units, start=1):
        paragraph = text.rfind("\n", 0, text.index(content))
        content_id, cue_id, source_id = add("Content", content), add("Cue", cue, paragraph), add("Source", source)
        attribution = add("Attribution", cue, paragraph)
        lines.append(f"E{event}\tAttribution:{attribution} Content:{content_id} Cue:{cue_id} Source:{source_id}")
    lines.append("E9\tAttribution-no-source:T1 ")
    lines.append("#1\tAnnotatorNotes T1\ta note")
    path = tmp_path / "article_ab12.ann"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_brat_ties_spans_into_attributions_and_skips_leftovers(tmp_path):
    attributions = tool.read_brat(brat_file(tmp_path, TEXT))
    assert len(attributions) == 4
    first = attributions[0]
    assert TEXT[slice(*first.content[0])] == "“We will win this,”" and TEXT[slice(*first.cue[0])] == "said"


def test_a_bad_span_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "bad_ab12.ann"
    path.write_text("T1\tSource twelve 14\the\n", encoding="utf-8")
    with pytest.raises(tool.CorpusError, match=r"bad_ab12\.ann: line 1: a span line"):
        tool.read_brat(path)
    path.write_text("E1\tAttribution:T4 Content:T3 Cue:T2\n", encoding="utf-8")
    with pytest.raises(tool.CorpusError, match=r"line 1: the event names span 'T4'"):
        tool.read_brat(path)


def test_categories_names_and_units(tmp_path):
    units = pd.DataFrame(tool.article_gold("a", TEXT, tool.read_brat(brat_file(tmp_path, TEXT))))
    assert units["category"].tolist() == ["fully-quoted", "partly-quoted", "reported", "according-to"]
    assert units["kind"].tolist() == ["direct", "direct", "indirect", "according-to"]
    assert units["speaker"].tolist() == ["Ruth Keane", "Keane", "", ""]


@pytest.mark.parametrize(
    "content, category",
    [
        ("“We will win this,”", "fully-quoted"),
        ("that “we will win.”", "fully-quoted"),
        ("I have waited,”", "fully-quoted"),  # the second part of a quotation split by its cue
        ("the bill was “dead on arrival”", "partly-quoted"),
        ("the bill was dead", "reported"),
        ("the Farouks’ shop will close", "reported"),
    ],
)
def test_quotation_marks_decide_the_category(content, category):
    text = f"{content} she said."
    unit = tool.GoldAttribution(((0, len(content)),), ((len(content) + 5, len(content) + 9),), ())
    assert tool.gold_category(text, unit) == category


@pytest.mark.parametrize(
    "source, name",
    [
        ("Sen. Ruth Keane (R-Ohio)", "Ruth Keane"),
        ("Mr. Haldane", "Haldane"),
        ("Dana Price, chief strategist at Ardent Ltd.", "Dana Price"),
        ("the Department of Rural Roads", "Department of Rural Roads"),
        ("Keane’s", "Keane"),
        ("the senator", ""),
        ("she", ""),
        ("Analysts", ""),
        ("the Keane campaign", ""),
        # a particle begins a name only as a word of its own, never inside a lower-case word
        ("the president", ""),
        ("the release", ""),
        ("one campaign aide", ""),
        ("the attendees", ""),
        ("Mayor Bill de Blasio", "Bill de Blasio"),
        ("Prime Minister Haider al-Abadi", "Haider al-Abadi"),
        # a person's name without the place or body after "of"; a title of a place, or an organisation, stays whole
        ("Sen. Ruth Keane of Ohio, who chairs the panel", "Ruth Keane"),
        ("Dana Price of the Halvey Institute", "Dana Price"),
        ("Ohio Secretary of State Jon Halvey", "Ohio Secretary of State Jon Halvey"),
        ("the National Association of Manufacturers", "National Association of Manufacturers"),
        ("Bank of America", "Bank of America"),
        # a day or a month is not a name
        ("a poll released Sunday", ""),
    ],
)
def test_gold_name_is_the_name_a_source_gives(source, name):
    assert tool.gold_name(source) == name


def test_predicted_category_reads_kind_and_quoted_words():
    predicted = pd.DataFrame(
        {
            "kind": ["direct", "direct", "indirect", "according-to"],
            "start": [0, 0, 0, 0],
            "end": [10, 30, 10, 10],
            "quoted_start": [0, 12, None, None],
            "quoted_end": [10, 20, None, None],
        }
    )
    assert tool.predicted_category(predicted).tolist() == ["fully-quoted", "partly-quoted", "reported", "according-to"]


def test_measure_scores_a_small_corpus_and_records_nothing_unasked(tmp_path):
    corpus = tmp_path / "polnear"
    (corpus / "train" / "text").mkdir(parents=True)
    (corpus / "train" / "attributions").mkdir()
    (corpus / "train" / "text" / "article.txt").write_text(TEXT, encoding="utf-8")
    brat_file(corpus / "train" / "attributions", TEXT)
    (corpus / "metadata.tsv").write_text(
        "compartment\tfilename\tannotators\ntrain\tarticle\tzz99|ab12\n", encoding="utf-8"
    )
    comparison, table, _ = tool.measure(corpus, "train")
    assert table.loc["fully-quoted", "found"] == 1 and table.loc["all", "gold"] == 4
    assert comparison[comparison["status"] == "found"]["speaker_ok"].dropna().tolist()[0]


def test_without_the_corpus_the_tool_says_so_and_skips(tmp_path, capsys):
    assert tool.main(["--corpus", str(tmp_path / "nowhere"), "--record"]) == 0
    assert "PolNeAR not found" in capsys.readouterr().out


def test_bad_arguments_are_refused():
    with pytest.raises(SystemExit):
        tool.main(["--limit", "0"])
