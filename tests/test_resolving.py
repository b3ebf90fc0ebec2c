"""Stage 5, each resolver on its own (framing.resolving.RESOLVERS), with invented names."""

import pytest

from framing.linking import Statement
from framing.resolving import (
    RESOLVERS,
    Speaking,
    already_typed,
    name_or_surname,
    pronoun_or_description,
    resolve_speaker,
    spokesperson_for,
    unnamed_spokesperson,
)
from framing.speakers import Mentions, Speaker, split_speaker


def statement(phrase: str, position: int = 500, speaker_type: str = "") -> Statement:
    return Statement(600, 640, 3, "indirect", split_speaker(phrase), "said", "neutral", position, "read", speaker_type)


def mentions(*named: tuple[str, ...]) -> Mentions:
    """Mentions at offsets 10, 20, 30...: (name, kind) or (name, kind, title), kind "person" or "organisation"."""
    found = Mentions()
    for number, (name, kind, *title) in enumerate(named, start=1):
        found.add(name, kind, number * 10, *title)
    return found


def test_the_resolvers_are_tried_in_order_and_the_last_always_applies():
    assert RESOLVERS[0] is already_typed and RESOLVERS[-1] is name_or_surname
    assert name_or_surname(statement("Ana Ruiz"), Mentions(), None) is not None


@pytest.mark.parametrize("speaker_type, applies", [("organisation", True), ("", False)])
def test_already_typed(speaker_type, applies):
    found = already_typed(statement("the filing", speaker_type=speaker_type), Mentions(), None)
    assert (found is not None) == applies


@pytest.mark.parametrize(
    "phrase, named, speaking, speaker",
    [
        ("A spokeswoman", [("Kelby Rail Company", "organisation")], None, "Kelby Rail Company"),
        ("A spokesman", [("Kelby Rail Company", "organisation"), ("Ana Ruiz", "person")], "Ana Ruiz", "Ana Ruiz"),
        ("A spokeswoman", [("Ana Ruiz", "person")], None, None),
        ("Ana Ruiz", [("Kelby Rail Company", "organisation")], None, None),
    ],
)
def test_unnamed_spokesperson(phrase, named, speaking, speaker):
    known = mentions(*named)
    current = Speaking(known.find(speaking), 3) if speaking else None
    found = unnamed_spokesperson(statement(phrase), known, current)
    assert (found.statement.speaker.name if found else None) == speaker


@pytest.mark.parametrize(
    "phrase, named, speaker, kind",
    [
        ("a spokesman for the city council", [], "the city council", "organisation"),
        ("a spokesman for the airline", [("Fenwick Air", "organisation")], "Fenwick Air", "organisation"),
        ("a rep for the star", [("Ana Ruiz", "person"), ("Ana Ruiz", "person")], "Ana Ruiz", "person"),
        ("A Harbinger spokesman", [("Harbinger Media Group", "organisation")], "Harbinger Media Group", "organisation"),
        ("The spokesman", [], None, None),
    ],
)
def test_spokesperson_for(phrase, named, speaker, kind):
    found = spokesperson_for(statement(phrase), mentions(*named), None)
    assert ((found.statement.speaker.name, found.statement.speaker_type) if found else (None, None)) == (
        speaker,
        kind,
    )


@pytest.mark.parametrize(
    "phrase, named, speaker, kind",
    [
        ("she", [("Tom Hale", "person", "Mr"), ("Ana Ruiz", "person", "Ms")], "Ana Ruiz", "person"),
        ("he", [("Tom Hale", "person", "Mr"), ("Ana Ruiz", "person", "Ms")], "Tom Hale", "person"),
        ("it", [("Kelby Rail Company", "organisation"), ("Ana Ruiz", "person")], "Kelby Rail Company", "organisation"),
        ("the company", [("Kelby Rail Company", "organisation")], "Kelby Rail Company", "organisation"),
        ("he", [], "he", "pronoun"),
        ("Ana Ruiz", [], None, None),
    ],
)
def test_pronoun_or_description(phrase, named, speaker, kind):
    found = pronoun_or_description(statement(phrase), mentions(*named), None)
    assert ((found.statement.speaker.name, found.statement.speaker_type) if found else (None, None)) == (
        speaker,
        kind,
    )


def test_a_pronoun_shows_sex_only_when_the_resolution_is_recorded():
    known = mentions(("Tom Hale", "person"))
    found = pronoun_or_description(statement("she"), known, None)
    assert found.gender is not None and known.find("Tom Hale").gender == ""  # looking up changes nothing
    resolve_speaker(statement("she"), known)
    assert known.find("Tom Hale").gender == "female"


@pytest.mark.parametrize(
    "phrase, named, speaker, kind",
    [
        ("Ruiz", [("Ana Ruiz", "person")], "Ana Ruiz", "person"),
        ("Tehran", [], "Tehran", "organisation"),
        ("Ana Ruiz", [], "Ana Ruiz", "person"),
        ("Kelby Rail Company", [], "Kelby Rail Company", "organisation"),
    ],
)
def test_name_or_surname(phrase, named, speaker, kind):
    found = name_or_surname(statement(phrase), mentions(*named), None)
    assert (found.statement.speaker.name, found.statement.speaker_type) == (speaker, kind)
    assert found.mention is not None and found.mention.name == speaker


def test_resolve_speaker_records_the_mention_it_makes():
    known = Mentions()
    resolved = resolve_speaker(statement("Ana Ruiz"), known)
    assert resolved.speaker_type == "person" and known.find("Ruiz").name == "Ana Ruiz"
    assert isinstance(resolved.speaker, Speaker) and resolved is not statement("Ana Ruiz")
