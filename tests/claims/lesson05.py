"""Claims of lesson 05 and its solution (see tests/claims/__init__.py)."""

import functools
from types import SimpleNamespace

import framing
from claims import Claim, numbers_in, quick_checks
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


def check_fewer_than_one_in_twenty():
    assert story().jaccard["similarity"].max() < 1 / 20 and story().measures["jaccard_no_quotes"].max() < 1 / 20


def check_fourteen_quoted_runs():
    both, unquoted = shared_runs()
    assert (len(both), len(unquoted)) == (22, 8), (len(both), len(unquoted))
    quoted = both - unquoted
    assert len(quoted) == 14 and quoted <= quoted_runs("visits-baghdad") & quoted_runs(FIRST), (
        "the 14 runs are not all inside quotation marks in both"
    )
    words = {w for run in quoted for w in run}
    assert {"planning", "meet", "co-operation"} <= words


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


def check_unusual_words_in_inaugural_visit():
    text = story().text["inaugural-visit"]
    assert "convened with" in text and "articulated" in text


def check_some_pairs_only_in_any_order():
    assert not story().matched["next-door-iraq"]["in_alignment"].all()


def check_three_close_sentences():
    hits = framing.find_pattern(story().sentences, r"tit-for-tat|reciprocal attacks")
    assert sorted(hits["article_id"]) == sorted(["visits-baghdad", FIRST, "inaugural-visit"])
    assert all("Gaza in October" in sentence for sentence in hits["sentence"])


def check_order_turns_round(sentence):
    """Without quotations inaugural-visit and first-foreign-trip keep all 18 shared runs (0.029), visits-baghdad and
    first-foreign-trip 8 of 22 (0.015); no other pair shares more than 2."""
    m = story().measures
    iv, vb = m.loc[("inaugural-visit", FIRST)], m.loc[("visits-baghdad", FIRST)]
    assert iv["shared"] == iv["shared_no_quotes"] == 18 and round(iv["jaccard_no_quotes"], 3) == 0.029
    assert (vb["shared_no_quotes"], vb["shared"], round(vb["jaccard_no_quotes"], 3)) == (8, 22, 0.015)
    assert m["jaccard_no_quotes"].idxmax() == ("inaugural-visit", FIRST) and m["jaccard"].idxmax() == (
        "visits-baghdad",
        FIRST,
    )
    rest = m.drop([("visits-baghdad", FIRST), ("inaugural-visit", FIRST)])
    assert rest["shared_no_quotes"].max() == 2
    assert [18, 0.029, 8, 22, 0.015, 2] == numbers_in(sentence)


def check_order_turns_round_guide():
    m = story().measures
    assert m["jaccard_no_quotes"].idxmax() == ("inaugural-visit", FIRST)
    assert round(m.loc[("visits-baghdad", FIRST), "jaccard_no_quotes"], 3) == 0.015
    assert round(m.loc[("inaugural-visit", FIRST), "jaccard_no_quotes"], 3) == 0.029


def check_each_has_facts_the_other_lacks():
    s = story()
    aligned = s.aligned["inaugural-visit"]
    assert {8, 10}.isdisjoint(aligned["second_no"]) and {7, 13}.isdisjoint(aligned["first_no"])
    assert "14 memoranda of understanding" in s.sentence["inaugural-visit", 8]
    assert "Soleimani" in s.sentence["inaugural-visit", 10] and "Soleimani" not in s.text[FIRST]
    assert "memoranda" not in s.text[FIRST] and "We will meet senior Iraqi officials" not in s.text["inaugural-visit"]
    assert (
        s.sentence[FIRST, 13].startswith("Pezeshkian, 69, was sworn in on July 31")
        and "69" not in s.text["inaugural-visit"]
    )


def check_swaps_in_sentence_3():
    shifts = framing.frame_shifts(story().aligned["visits-baghdad"], course_story().lexicon)
    three = shifts[(shifts["first_no"] == 3) & (shifts["second_no"] == 3)].set_index("concept")
    assert three.loc["the fall of Saddam Hussein", ["first_variant", "second_variant"]].tolist() == [
        "toppled",
        "overthrown",
    ]
    assert three.loc["who led the 2003 invasion", ["first_variant", "second_variant"]].tolist() == [
        "US-led / U.S.-led",
        "spearheaded by the United States",
    ]


def check_unusual_wording():
    text = story().text
    for words in ("articulated", "convened with", "harbors"):
        assert [a for a in text.index if words in text[a]] == ["inaugural-visit"], words
    assert [a for a in text.index if "before to the president’s visit" in text[a]] == ["visits-baghdad"]


def check_no_credit_in_the_closest():
    s = story()
    assert not {"visits-baghdad", "inaugural-visit"} & set(s.credits["article_id"])
    assert (len(s.aligned["visits-baghdad"]), len(s.aligned["inaugural-visit"])) == (12, 8)


def check_summary_pairs():
    s = story()
    assert len(s.aligned["visits-baghdad"]) == 12 and s.counts["visits-baghdad"] == 13
    assert abs(len(s.aligned["inaugural-visit"]) / s.counts["inaugural-visit"] - 0.5) < 0.05  # "about half": 8 of 15
    check_no_credit_in_the_closest()


def check_sp_pair_outside():
    matched = story().matched["strategic-partnership"]
    outside = matched[~matched["in_alignment"]]
    assert outside[["first_no", "second_no"]].values.tolist() == [[6, 9]]
    assert story().sentence["strategic-partnership", 9].startswith("Pezeshkian is expected to sign several agreements")


def check_arch_words_reported():
    found = course_story().attributions
    for article_id, word in ((FIRST, "arch-foe"), ("inaugural-visit", "arch-rival")):
        rows = found[(found["article_id"] == article_id) & found["quote"].str.contains(word)]
        assert rows["speaker"].tolist() == ["Iran"] and rows["kind"].tolist() == ["indirect"], (word, rows)


def check_ndi_shared_phrasing():
    pairs = story().matched["next-door-iraq"].set_index(["first_no", "second_no"])
    assert (4, 1) in pairs.index and (3, 8) in pairs.index and (11, 26) in pairs.index
    s = story()
    assert (
        "Iraq hosts several Iran-backed militia groups, some of which are linked to" in s.sentence["next-door-iraq", 1]
    )
    assert "since 2003, when a U.S.-led invasion toppled Iraqi leader Saddam Hussein" in s.sentence["next-door-iraq", 8]
    assert "relocating" in s.sentence["next-door-iraq", 26]


def check_align_threshold():
    """align_sentences keeps pairs at a similarity of 0.3 or more (its default) and maximises the total."""
    import inspect

    assert inspect.signature(framing.align_sentences).parameters["threshold"].default == 0.3
    assert "maximising total similarity" in framing.align_sentences.__doc__


CLAIMS = {
    "05.align-threshold": Claim(check_align_threshold, says="at least 0.3"),
    "05.only-first-foreign-trip-major-oil-producer": Claim(
        check_only_first_foreign_trip_major_oil_producer, says="(of the two, only `first-foreign-trip` calls Iraq"
    ),
    "05.fewer-than-one-in-twenty": Claim(
        check_fewer_than_one_in_twenty,
        says="the closest pair shares fewer than one in twenty of the different runs of its two texts",
    ),
    "05.fourteen-quoted-runs": Claim(check_fourteen_quoted_runs, says="All 14 are quoted words, the same in both"),
    "05.ending-cut": check_ending_cut,
    "05.in-order-counts": Claim(
        check_in_order_counts,
        says="In order, 5 of the 11 sentences of `strategic-partnership` pair with sentences of `first-foreign-trip`, "
        "and 4 of the 26 of `next-door-iraq`.",
    ),
    "05.wrong-match-shares-names": check_wrong_match_shares_names,
    "05.any-order-counts": Claim(
        check_any_order_counts,
        says="in any order, 9 of the 26 sentences of `next-door-iraq` have a partner.",
    ),
    "05.stock-phrase": Claim(
        check_stock_phrase,
        says='`strategic-partnership` has "the 2003 US-led invasion that toppled Saddam Hussein" too, which fits (2).',
    ),
    "05.agreements-pair": Claim(
        check_agreements_pair,
        says="Sentence 3 of `inaugural-visit` and sentence 1 of `first-foreign-trip` (0.36) both report agreements to "
        "be signed.",
    ),
    "05.only-next-door-iraq-credits-a-wire": Claim(
        check_only_next_door_iraq_credits_a_wire,
        says='Only `next-door-iraq` credits a wire service ("Reuters contributed to this report."); 4 of its 26 '
        "sentences pair with sentences of `first-foreign-trip` in order, 9 in any order.",
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
    "05.three-close-sentences": check_three_close_sentences,
    "05.guide-quoted-runs": Claim(
        check_fourteen_quoted_runs,
        says="14 of the 22 five-word runs that `visits-baghdad` and `first-foreign-trip` share are quoted words",
    ),
    "05.guide-twelve-of-thirteen": Claim(
        check_no_credit_in_the_closest,
        says="(12 of the 13 sentences of `visits-baghdad`, in the same order), and `find_credits` finds no credit in "
        "`visits-baghdad`.",
    ),
    "05.order-turns-round-guide": Claim(
        check_order_turns_round_guide,
        says="the pair falls to 0.015 and `inaugural-visit` with `first-foreign-trip` leads (0.029)",
    ),
    "05.order-turns-round": check_order_turns_round,
    "05.each-has-facts-the-other-lacks": check_each_has_facts_the_other_lacks,
    "05.swaps-in-sentence-3": check_swaps_in_sentence_3,
    "05.unusual-wording": Claim(
        check_unusual_wording,
        says='"articulated", "convened with" and "harbors" in `inaugural-visit`, "before to the president\'s visit" in '
        "`visits-baghdad`",
    ),
    "05.no-credit-in-the-closest": Claim(
        check_no_credit_in_the_closest,
        says="In `visits-baghdad` and `inaugural-visit`, whose sentences pair with those of `first-foreign-trip` in order "
        "(12 and 8 pairs), `find_credits` finds no credit.",
    ),
    "05.summary-pairs": Claim(
        check_summary_pairs,
        says="`visits-baghdad` ... `first-foreign-trip`, and `inaugural-visit` shares about half its sentences with it in order",
    ),
    "05.sp-pair-outside": Claim(
        check_sp_pair_outside, says="sentence 9 of `strategic-partnership`, with sentence 6 of `first-foreign-trip`"
    ),
    "05.arch-words-reported": check_arch_words_reported,
    "05.ndi-shared-phrasing": Claim(
        check_ndi_shared_phrasing, says="`first-foreign-trip`, `next-door-iraq` (its sentence 1); (sentence 8)"
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
