"""Claims of lesson 05 and its solution (see tests/claims/__init__.py)."""

import functools
from types import SimpleNamespace

import framing
from claims import Claim, quick_checks
from course_story import course_story
from framing.quotations import find_quotations

FIRST = "first-foreign-trip"


@functools.cache
def story():
    """The lesson's tables, computed once: texts, sentences, the pair measures, alignments and matches with first-foreign-trip."""
    articles = course_story().articles
    clean = course_story().clean
    sentences = course_story().sentences
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
    articles = course_story().clean
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


CLAIMS = {
    "05.only-first-foreign-trip-major-oil-producer": Claim(
        check_only_first_foreign_trip_major_oil_producer, says="(of the two, only `first-foreign-trip` calls Iraq"
    ),
    "05.other-pairs-at-most-0007": Claim(check_other_pairs_at_most_0007, says="Every other pair is at most 0.007."),
    "05.fewer-than-one-in-twenty": Claim(
        check_fewer_than_one_in_twenty,
        says="even the closest pair shares fewer than one in twenty of the different five-word runs",
    ),
    "05.fourteen-quoted-runs": Claim(
        check_fourteen_quoted_runs, says="The other 14 are quoted words, the same in both"
    ),
    "05.containment-without-quotations": Claim(
        check_containment_without_quotations,
        says="With quotations left out, their containment falls to 0.030, and `inaugural-visit` with "
        "`first-foreign-trip` leads (0.068): they share 18 runs either way, so none of their shared runs is "
        "quoted.",
    ),
    "05.other-pairs-at-most-two-runs": Claim(
        check_other_pairs_at_most_two_runs, says="Every other pair shares at most 2 runs outside quotations."
    ),
    "05.ending-cut": check_ending_cut,
    "05.in-order-counts": Claim(
        check_in_order_counts,
        says="In order, 5 of the 11 sentences of `strategic-partnership` pair with sentences of `first-foreign-trip`, "
        "and 4 of the 26 of `next-door-iraq`.",
    ),
    "05.wrong-match-shares-names": check_wrong_match_shares_names,
    "05.any-order-counts": Claim(
        check_any_order_counts,
        says="In any order, 9 of the 26 sentences of `next-door-iraq` have a partner in `first-foreign-trip`, against "
        "4 in order.",
    ),
    "05.stock-phrase": Claim(
        check_stock_phrase,
        says='(`strategic-partnership` has "the 2003 US-led invasion that toppled Saddam Hussein"), the texts cannot '
        "show.",
    ),
    "05.agreements-pair": Claim(
        check_agreements_pair,
        says="Sentence 3 of `inaugural-visit` and sentence 1 of `first-foreign-trip` (0.36) both report agreements to "
        "be signed.",
    ),
    "05.neither-credits-a-text": check_neither_credits_a_text,
    "05.only-next-door-iraq-credits-a-wire": Claim(
        check_only_next_door_iraq_credits_a_wire,
        says='Only `next-door-iraq` credits a wire service ("Reuters contributed to this report."); 4 of its 26 '
        "sentences pair with sentences of `first-foreign-trip` in order, 9 in any order.",
    ),
    "05.summary-rare-runs": Claim(
        check_summary_rare_runs,
        says="Shared five-word runs are rare even between close rewordings (Jaccard at most 0.037 here)",
    ),
    "05.fourteen-quoted-runs-2": Claim(
        check_fourteen_quoted_runs,
        says="Quoted words swell the count: 14 of the 22 runs that `visits-baghdad` and `first-foreign-trip` share are "
        "quoted words.",
    ),
    "05.summary-twelve-of-thirteen": Claim(
        check_summary_twelve_of_thirteen,
        says="Aligning sentences in order pairs 12 of the 13 sentences of `visits-baghdad` with sentences of "
        "`first-foreign-trip`",
    ),
    "05.unusual-words-in-inaugural-visit": Claim(
        check_unusual_words_in_inaugural_visit,
        says='`inaugural-visit` has other unusual word choices ("convened with", "articulated")',
    ),
    "05.some-pairs-only-in-any-order": Claim(
        check_some_pairs_only_in_any_order,
        says="Some of its sentences pair with sentences of `first-foreign-trip` only when order is ignored",
    ),
    "05.neither-credits-a-text-2": Claim(
        check_neither_credits_a_text,
        says="but `first-foreign-trip` credits no text, so the texts cannot say whether that source is Reuters.",
    ),
    "05.quick-05-1": Claim(
        quick_checks.check_05_1,
        says="A true pair: `visits-baghdad` gives a sentence of its own to a claim that ends sentence 10 of the other.",
    ),
    "05.quick-05-1-2": Claim(
        quick_checks.check_05_1,
        says='A wrong match: the two share only names and general words such as "Iran", "region" and "Israel".',
    ),
}
