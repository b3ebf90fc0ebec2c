"""Quantified statements of lesson 05 and its solution (see tests/register/__init__.py)."""

import functools
from types import SimpleNamespace

import framing
from framing.quotations import find_quotations
from paths import STORY_DIR
from register import Statement

import test_quick_checks

FIRST = "first-foreign-trip"


@functools.cache
def story():
    """The lesson's tables, computed once: texts, sentences, the pair measures, alignments and matches with first-foreign-trip."""
    articles = framing.load_articles(STORY_DIR)
    clean = framing.clean_articles(articles)
    sentences = framing.split_sentences(clean)
    others = [a for a in clean["article_id"] if a != FIRST]
    return SimpleNamespace(
        articles=articles,
        text=clean.set_index("article_id")["text"],
        sentences=sentences,
        sentence=sentences.set_index(["article_id", "sentence_no"])["sentence"],
        counts=sentences.groupby("article_id").size(),
        jaccard=framing.closest_pairs(framing.similarity_matrix(clean, size=5), top=10),
        measures=framing.reuse.pair_measures(clean, size=5).set_index(["first", "second"]),
        aligned={o: framing.align_sentences(sentences, FIRST, o) for o in others},
        matched={o: framing.reuse.match_sentences(sentences, FIRST, o) for o in others},
        credits=framing.find_credits(articles),
    )


def shared_runs():
    """The five-word runs visits-baghdad and first-foreign-trip share, with and without quotations."""
    t = story().text
    both = framing.shingles(t["visits-baghdad"]) & framing.shingles(t[FIRST])
    unquoted = framing.shingles(t["visits-baghdad"], quotations=False) & framing.shingles(t[FIRST], quotations=False)
    return both, unquoted


def quoted_runs(article_id):
    text = story().text[article_id]
    return set().union(*(framing.shingles(q.text(text)) for q in find_quotations(text)))


def check_only_first_foreign_trip_major_oil_producer():
    articles = framing.clean_articles(framing.load_articles(STORY_DIR))
    texts = dict(zip(articles["article_id"], articles["text"]))
    assert "major oil producer" in texts["first-foreign-trip"] and "oil producer" not in texts["visits-baghdad"]


def check_other_pairs_at_most_0007():
    values = story().jaccard["similarity"].round(3).tolist()
    assert values[:2] == [0.037, 0.025] and max(values[2:]) <= 0.007, values


def check_fewer_than_one_in_twenty():
    assert story().jaccard["similarity"].max() < 1 / 20


def check_fourteen_quoted_runs():
    both, unquoted = shared_runs()
    assert (len(both), len(unquoted)) == (22, 8), (len(both), len(unquoted))
    quoted = both - unquoted
    assert len(quoted) == 14 and quoted <= quoted_runs("visits-baghdad") & quoted_runs(FIRST), (
        "the 14 runs are not all inside quotation marks in both"
    )
    words = {w for run in quoted for w in run}
    assert {"planning", "meet", "co-operation"} <= words


def check_containment_without_quotations():
    m = story().measures
    vb, iv = m.loc[("visits-baghdad", FIRST)], m.loc[("inaugural-visit", FIRST)]
    assert (round(vb["containment"], 3), round(vb["containment_no_quotes"], 3)) == (0.073, 0.030)
    assert round(iv["containment_no_quotes"], 3) == 0.068 and iv["shared"] == iv["shared_no_quotes"] == 18
    assert m["containment_no_quotes"].idxmax() == ("inaugural-visit", FIRST) and m["containment"].idxmax() == (
        "visits-baghdad",
        FIRST,
    )


def check_other_pairs_at_most_two_runs():
    m = story().measures.drop([("visits-baghdad", FIRST), ("inaugural-visit", FIRST)])
    assert m["shared_no_quotes"].max() == 2


def check_ending_cut():
    assert framing.content_words("toppled toppling") == {"toppl"} and framing.content_words("topple") == {"topple"}


def check_in_order_counts():
    s = story()
    assert {o: len(a) for o, a in s.aligned.items()} == {
        "visits-baghdad": 12,
        "inaugural-visit": 8,
        "strategic-partnership": 5,
        "next-door-iraq": 4,
    }
    assert (s.counts["strategic-partnership"], s.counts["next-door-iraq"], s.counts["visits-baghdad"]) == (11, 26, 13)


def check_any_order_counts():
    s = story()
    assert {o: len(m) for o, m in s.matched.items()} == {
        "visits-baghdad": 13,
        "inaugural-visit": 11,
        "strategic-partnership": 6,
        "next-door-iraq": 9,
    }
    assert s.counts["next-door-iraq"] == 26


def check_wrong_match_shares_names():
    s = story()
    pair = s.matched["inaugural-visit"].set_index(["first_no", "second_no"]).loc[(2, 10)]
    shared = framing.content_words(s.sentence[FIRST, 2]) & framing.content_words(s.sentence["inaugural-visit", 10])
    assert pair["similarity"] >= 0.3 and shared == {"iranian", "pezeshkian", "iraq", "visit", "state", "media"}, shared


def check_stock_phrase():
    assert "the 2003 US-led invasion that toppled Saddam Hussein" in story().text["strategic-partnership"]


def check_agreements_pair():
    s = story()
    pair = s.matched["inaugural-visit"].set_index(["first_no", "second_no"]).loc[(1, 3)]
    assert pair["similarity"] == 0.36 and not pair["in_alignment"]
    assert "agreements" in s.sentence["inaugural-visit", 3] and "agreements" in s.sentence[FIRST, 1]


def check_neither_credits_a_text():
    kinds = story().credits.groupby("article_id")["kind"].apply(set)
    assert "inaugural-visit" not in kinds and kinds[FIRST] == {"photo"}


def check_only_next_door_iraq_credits_a_wire():
    s = story()
    wire = s.credits[s.credits["kind"] == "wire"]
    assert wire["article_id"].tolist() == ["next-door-iraq"] and wire["credit"].tolist() == ["Reuters"]
    assert "Reuters contributed to this report." in s.articles.set_index("article_id").loc["next-door-iraq", "text"]
    check_in_order_counts()
    check_any_order_counts()


def check_summary_rare_runs():
    assert round(story().jaccard["similarity"].max(), 3) == 0.037


def check_summary_twelve_of_thirteen():
    s = story()
    assert len(s.aligned["visits-baghdad"]) == 12 and s.counts["visits-baghdad"] == 13
    assert not s.matched["inaugural-visit"].set_index(["first_no", "second_no"]).loc[(12, 9), "in_alignment"]


def check_unusual_words_in_inaugural_visit():
    text = story().text["inaugural-visit"]
    assert "convened with" in text and "articulated" in text


def check_some_pairs_only_in_any_order():
    assert not story().matched["next-door-iraq"]["in_alignment"].all()


STATEMENTS: list[Statement] = [
    Statement(
        "(of the two, only `first-foreign-trip` calls Iraq", check=check_only_first_foreign_trip_major_oil_producer
    ),
    Statement(
        "It misses a sentence reworded, and it counts words that two reports share for other reasons",
        not_about_the_articles="what the shingle measure misses and catches wrongly",
    ),
    Statement("Every other pair is at most 0.007.", check=check_other_pairs_at_most_0007),
    Statement(
        "even the closest pair shares fewer than one in twenty of the different five-word runs",
        check=check_fewer_than_one_in_twenty,
    ),
    Statement(
        "Here are the runs that `visits-baghdad` and `first-foreign-trip` share",
        not_about_the_articles="introduces the code cell that counts them",
    ),
    Statement("The other 14 are quoted words, the same in both", check=check_fourteen_quoted_runs),
    Statement(
        "Neither says which text holds the other's words first.", not_about_the_articles="a limit of the two measures"
    ),
    Statement(
        "`framing.reuse.pair_measures` gives one row per pair of articles",
        not_about_the_articles="describes a framing function",
    ),
    Statement(
        "Unusual wording alone shows neither how a text was produced nor which text came first.",
        not_about_the_articles="a limit of the method, not a count",
    ),
    Statement(
        "With quotations left out, their containment falls to 0.030, and `inaugural-visit` with `first-foreign-trip` leads (0.068): they share 18 runs either way, so none of their shared runs is quoted.",
        check=check_containment_without_quotations,
    ),
    Statement("Every other pair shares at most 2 runs outside quotations.", check=check_other_pairs_at_most_two_runs),
    Statement(
        "so that *toppled* and *toppling* both become *toppl* (the cut misses other forms: *topple* stays as it is)",
        check=check_ending_cut,
    ),
    Statement(
        "How many sentences of each article pair with a sentence of `first-foreign-trip` in order?",
        not_about_the_articles="a question the next cell answers",
    ),
    Statement(
        "In order, 5 of the 11 sentences of `strategic-partnership` pair with sentences of `first-foreign-trip`, and 4 of the 26 of `next-door-iraq`.",
        check=check_in_order_counts,
    ),
    Statement(
        "gives each sentence of the second article its most similar sentence of the first",
        not_about_the_articles="describes a framing function",
    ),
    Statement(
        "It also catches wrongly: sentences that share little more than names", check=check_wrong_match_shares_names
    ),
    Statement(
        "In any order, 9 of the 26 sentences of `next-door-iraq` have a partner in `first-foreign-trip`, against 4 in order.",
        check=check_any_order_counts,
    ),
    Statement(
        '(`strategic-partnership` has "the 2003 US-led invasion that toppled Saddam Hussein"), the texts cannot show.',
        check=check_stock_phrase,
    ),
    Statement(
        "Sentence 3 of `inaugural-visit` and sentence 1 of `first-foreign-trip` (0.36) both report agreements to be signed.",
        check=check_agreements_pair,
    ),
    Statement(
        "Its labels follow the order in which we pass the sentences",
        not_about_the_articles="describes word_diff's labels",
    ),
    Statement(
        "And the same pair as text, with the words that only `first-foreign-trip` has struck through",
        not_about_the_articles="describes what the chart of the diff marks",
    ),
    Statement("or both may draw on an earlier text that neither credits.", check=check_neither_credits_a_text),
    Statement(
        "the direction of copying is not something this method can show, and neither is anyone's reason",
        not_about_the_articles="a limit of the method",
    ),
    Statement(
        'Only `next-door-iraq` credits a wire service ("Reuters contributed to this report."); 4 of its 26 sentences pair with sentences of `first-foreign-trip` in order, 9 in any order.',
        check=check_only_next_door_iraq_credits_a_wire,
    ),
    Statement(
        "Shared five-word runs are rare even between close rewordings (Jaccard at most 0.037 here)",
        check=check_summary_rare_runs,
    ),
    Statement(
        "Quoted words swell the count: 14 of the 22 runs that `visits-baghdad` and `first-foreign-trip` share are quoted words.",
        check=check_fourteen_quoted_runs,
    ),
    Statement(
        "Aligning sentences in order pairs 12 of the 13 sentences of `visits-baghdad` with sentences of `first-foreign-trip`",
        check=check_summary_twelve_of_thirteen,
    ),
    # the solution
    Statement(
        "store the most similar pair, as a list of two article ids (in either order)",
        not_about_the_articles="an instruction to the student",
    ),
    Statement("Quote both sentences and name their articles", not_about_the_articles="an instruction to the student"),
    Statement(
        '`inaugural-visit` has other unusual word choices ("convened with", "articulated")',
        check=check_unusual_words_in_inaugural_visit,
    ),
    Statement(
        "Some of its sentences pair with sentences of `first-foreign-trip` only when order is ignored",
        check=check_some_pairs_only_in_any_order,
    ),
    Statement("Give two explanations that fit these facts", not_about_the_articles="an instruction to the student"),
    Statement(
        "but `first-foreign-trip` credits no text, so the texts cannot say whether that source is Reuters.",
        check=check_neither_credits_a_text,
    ),
    # quick checks (framing/quick_checks.csv); test_quick_checks recomputes each one's facts and answer
    Statement(
        "A true pair: `visits-baghdad` gives a sentence of its own to a claim that ends sentence 10 of the other.",
        check=test_quick_checks.check_05_1,
    ),
    Statement(
        'A wrong match: the two share only names and general words such as "Iran", "region" and "Israel".',
        check=test_quick_checks.check_05_1,
    ),
    Statement(
        "The lesson counted aligned pairs for each article with a dictionary comprehension",
        not_about_the_articles="describes the lesson's code",
    ),
]
