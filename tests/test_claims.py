"""Every claim about the articles is marked where it stands, and every marked claim holds.

See tests/claims/__init__.py for how a claim is marked and checked. When a test here fails, fix the prose or the
check, never the data.
"""

import pytest

from claims import all_sentences, ids_checked_by_tests, numbers_in, registry, run, says, sentences_of


def marked_ids() -> set[str]:
    return {i for s in all_sentences() for i in s.ids}


def test_every_marked_claim_has_a_check():
    unknown = marked_ids() - set(registry()) - ids_checked_by_tests()
    assert not unknown, f"marked in the prose but checked nowhere (add them to tests/claims/): {sorted(unknown)}"


def test_every_check_is_marked_somewhere():
    orphans = (set(registry()) | ids_checked_by_tests()) - marked_ids()
    assert not orphans, f"checked but marked in no sentence (remove them, or mark the sentence): {sorted(orphans)}"


@pytest.mark.parametrize("claim_id", sorted(registry()))
def test_each_claim_holds(claim_id):
    run(claim_id)


def test_a_mark_belongs_to_the_sentence_it_follows():
    text = "Mr. Smith spoke twice. <!-- claim: 01.a --> In `visits-baghdad`, 5 of 6. <!-- claim: 01.b, 01.c --> Done."
    sentences = sentences_of(text, "x")
    assert [(s.text, s.ids) for s in sentences] == [
        ("Mr. Smith spoke twice.", ("01.a",)),
        ("In `visits-baghdad`, 5 of 6.", ("01.b", "01.c")),
        ("Done.", ()),
    ]


def test_numbers_are_read_as_a_student_reads_them():
    assert numbers_in("Four of the 18 facts, 1,985 words, <!--fig:a.b-->0.788<!--/fig--> and 36 per cent") == [
        4,
        18,
        1985,
        0.788,
        36,
    ]


def test_a_reworded_claim_passes_and_a_changed_number_or_article_fails(monkeypatch):
    import claims

    def marked_as(text):
        monkeypatch.setattr(claims, "marked", lambda claim_id: sentences_of(text, "lesson"))

    reference = "`next-door-iraq` has 11 statements, 5 of them Iranian"
    marked_as("Of its 11 statements, `next-door-iraq` gives 5 to Iranian voices. <!-- claim: 04.x -->")
    assert says("04.x", reference)
    marked_as("`next-door-iraq` has 12 statements, 5 of them Iranian. <!-- claim: 04.x -->")
    with pytest.raises(AssertionError, match=r"should state the numbers \[11, 5\]"):
        says("04.x", reference)
    marked_as("`inaugural-visit` has 11 statements, 5 of them Iranian. <!-- claim: 04.x -->")
    with pytest.raises(AssertionError, match="should state the article ids"):
        says("04.x", reference)


def test_no_sentence_states_a_count_without_a_mark():
    """A sentence that counts ("three of the five", "5 of 8 statements", "40 per cent") carries a claim mark with its
    check, or, when it is not about the articles (an example, an instruction), the mark ``<!-- not-a-claim -->``."""
    from claims import unmarked_claim_like

    strong, _ = unmarked_claim_like()
    assert not strong, "unmarked sentences that state a count:\n" + "\n".join(f"  {s.where}: {s.text}" for s in strong)


def test_a_sentence_marked_not_a_claim_is_reviewed_and_carries_no_id():
    text = "Write three sentences. <!-- not-a-claim --> Three articles quote him. Done."
    sentences = sentences_of(text, "x")
    assert [(s.text, s.ids, s.not_a_claim) for s in sentences] == [
        ("Write three sentences.", (), True),
        ("Three articles quote him.", (), False),
        ("Done.", (), False),
    ]
