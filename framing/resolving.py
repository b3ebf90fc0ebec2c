"""Stage 5 of attribution, *resolve*: who the speaker a statement names at its cue is.

"he", "she", "it", "they", "the mayor" or a surname alone become the most recent compatible person or organisation
named before them (``framing.speakers.Mentions``); "a spokeswoman for the airline" becomes the airline; a document
that speaks ("the filing said") becomes whoever issued it, when the text says; a description nobody named before
("its project architect") becomes the person named later with the same words.

``resolve_speaker`` tries the resolvers of ``RESOLVERS`` in order; each takes a statement, the mentions so far and
the speaker still speaking, and returns a ``Resolution`` (the statement with its speaker resolved, and the mention
to remember) or None when it does not apply. The last resolver always applies. A resolver never changes what it
reads: ``Mentions`` learns of a mention or a pronoun's sex only when ``resolve_speaker`` records the resolution.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from framing.linking import PERSONAL_PRONOUNS, ArticleIndex, Statement, evolve, new_statement
from framing.speakers import (
    ANONYMITY,
    SPOKESPERSON_WORDS,
    TITLE_WORDS,
    Entity,
    Mentions,
    Speaker,
    describing_sex,
    speaker_type,
)
from framing.word_lists import YES, alternation, words


@dataclass(frozen=True)
class Speaking:
    """The speaker of the last statement (its entity, if the article named it), the paragraph it was in and where
    its cue was: whom "he" or "the company" most likely means next."""

    entity: Entity | None
    paragraph_no: int
    position: int = 0
    spokesperson: str = ""
    """The word for the one who spoke for it ("spokeswoman"), when an organisation spoke through someone unnamed."""


@dataclass(frozen=True)
class Mention:
    """A mention to remember in ``Mentions`` once a speaker is resolved: the name, its kind, where, and the title and
    description that came with it."""

    name: str
    kind: str
    position: int
    title: str = ""
    description: str = ""


@dataclass(frozen=True)
class Resolution:
    """A resolver's answer: the statement with its speaker resolved, the mention to remember (if any), and the sex a
    pronoun showed for an entity (to record)."""

    statement: Statement
    mention: Mention | None = None
    gender: tuple[Entity, str] | None = None


def _resolved(statement: Statement, speaker: Speaker, kind: str, reason: str) -> Statement:
    """The statement with a new speaker, type and the reason added to ``how``."""
    return evolve(
        statement, speaker=speaker, speaker_type=kind, how=f"{statement.how}; {reason}" if reason else statement.how
    )


# The resolvers, in the order they are tried -----------------------------------------------------------------------

_SPOKESPERSON = re.compile(
    r"^(?P<role>(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?"
    r"(?:spokesman|spokeswoman|spokesperson|press officer|representative|rep|publicist))"
    r"\s+(?:for|from|at|of)\s+(?P<body>.+)$"
    r"|^(?:[Aa]n?|[Tt]he)\s+(?P<before>[A-Z][\w’'.-]*(?:\s+(?:for|of|and|[A-Z][\w’'.-]*))*|[a-z]+)"
    r"\s+(?P<role2>spokesman|spokeswoman|spokesperson)$"
    r"|^(?P<alone>[Aa]n?\s+(?:spokesman|spokeswoman|spokesperson|press officer)|[Tt]he\s+(?:rep|publicist))$"
)
"""A spokesperson: for a body ("a spokeswoman for the airline"), of a body ("a Harbinger spokesman"), or alone."""


@lru_cache(maxsize=4096)
def _spokesperson(name: str) -> re.Match | None:
    """``_SPOKESPERSON`` matched against a speaker's name (cached: the same names come back, two resolvers ask)."""
    return (
        _SPOKESPERSON.match(name)
        if "spokes" in name or " rep" in name or "publicist" in name or "press" in name or "representative" in name
        else None
    )


def already_typed(statement: Statement, mentions: Mentions, speaking: Speaking | None) -> Resolution | None:
    """A statement whose speaker an earlier step resolved (a document's issuer) is left as it is."""
    return Resolution(statement) if statement.speaker_type else None


def unnamed_spokesperson(statement: Statement, mentions: Mentions, speaking: Speaking | None) -> Resolution | None:
    """ "a spokeswoman said": she speaks for the one speaking (an organisation or a person), else for the
    organisation named last."""
    speaker = statement.speaker
    found = _spokesperson(speaker.name)
    if found is None or not found.group("alone"):
        return None
    recent = speaking.entity if speaking is not None else None
    organisation = (
        recent
        if recent is not None and recent.kind in ("organisation", "person")
        else mentions.last_named("organisation", statement.cue_position)
    )
    if organisation is None:
        return None
    which = "one speaking" if organisation is recent else "organisation named last"
    written = speaker.as_written or speaker.name
    reason = f"an unnamed {speaker.name.split()[-1]} speaks for {organisation.name}, the {which} before"
    resolved = _resolved(statement, Speaker(organisation.name, "", speaker.name, written), organisation.kind, reason)
    return Resolution(resolved, Mention(organisation.name, organisation.kind, statement.cue_position))


def spokesperson_for(statement: Statement, mentions: Mentions, speaking: Speaking | None) -> Resolution | None:
    """ "a spokeswoman for the airline", "a Harbinger spokesman": the body speaks (named in full if named earlier);
    "a rep for the star" speaks for the person the story names most."""
    speaker = statement.speaker
    found = _spokesperson(speaker.name)
    if found is None or found.group("alone"):
        return None
    body = (found.group("body") or found.group("before")).strip()
    if body.islower() and not body.startswith("the "):
        body = f"the {body}"  # "a university spokesperson": the university
    role = found.group("role") or f"a {found.group('role2')}"
    written = speaker.as_written or speaker.name
    statement = evolve(
        statement,
        speaker=Speaker(body, "", role, written),
        how=f"{statement.how}; an unnamed {role.split()[-1]} speaks for {body}",
    )
    if body.islower():  # "for the airline", "for the star": a description of someone named before
        return _body_described(statement, mentions, role)
    entity = mentions.find(body, "organisation")
    if entity is not None and entity.name != body:  # "a Harbinger spokesman": Harbinger Media Group
        statement = evolve(
            statement,
            speaker=Speaker(entity.name, "", statement.speaker.description, written),
            how=f"{statement.how}; '{body}' is {entity.name}, named in full earlier",
        )
    return _as_organisation(statement)


def _as_organisation(statement: Statement) -> Resolution:
    resolved = evolve(statement, speaker_type="organisation")
    return Resolution(resolved, Mention(resolved.speaker.name, "organisation", statement.cue_position))


def _body_described(statement: Statement, mentions: Mentions, role: str) -> Resolution:
    """A spokesperson for a body named by a description ("for the airline"): the organisation it stands for, or for
    a rep or publicist, the person the story names most."""
    name, position = statement.speaker.name, statement.cue_position
    found = mentions.resolve(name, position)
    entity, reason = found.entity, found.reason
    speaks_for_a_person = role.split()[-1] in ("rep", "representative", "publicist")  # "a rep for the star"
    if entity is None and speaks_for_a_person:
        entity = mentions.most_named("person", position)
        reason = f"'{name}' taken for {entity.name}, the person named most often before it" if entity else reason
    if entity is None or not (entity.kind == "organisation" or speaks_for_a_person and entity.kind == "person"):
        return _as_organisation(statement)
    written = statement.speaker.as_written
    statement = evolve(
        statement,
        speaker=Speaker(entity.name, "", statement.speaker.description, written),
        how=f"{statement.how}; {reason}",
    )
    if entity.kind != "person":
        return _as_organisation(statement)
    return Resolution(evolve(statement, speaker_type="person"), Mention(entity.name, "person", position))


_COUNT_WORDS = frozenset("a an one two three four several some many the".split())
_DESCRIPTION_START = re.compile(r"^(?:the|a|an)\s", re.IGNORECASE)


@lru_cache(maxsize=8192)
def written_kind(speaker: Speaker) -> str:
    """The type a speaker's own words give it (``framing.speakers.speaker_type``), anonymous when its description
    asks not to be named ("one guest, who asked not to be named")."""
    kind = speaker_type(speaker.name, speaker.title, speaker.description)
    unnamed = not speaker.name[:1].isupper() or speaker.name.split()[0].lower() in _COUNT_WORDS
    return "anonymous" if ANONYMITY.search(speaker.description) and unnamed else kind


def _is_description(speaker: Speaker, kind: str, mentions: Mentions, position: int) -> bool:
    """True for a short description that stands for someone named before ("the minister", "the source")."""
    name, parts = speaker.name, speaker.name.split()
    described = (
        _DESCRIPTION_START.match(name)
        and len(parts) <= 4
        and (parts[-1].islower() or len(parts) == 2 and mentions.find(parts[-1]) is None)
    )
    if described and kind == "anonymous":
        entity = mentions.resolve(name, position).entity
        return entity is not None and entity.kind == "anonymous"  # "the official": the anonymous source named before
    return bool(described)


def speaking_of(statement: Statement, mentions: Mentions) -> Speaking:
    """Who is speaking after a statement: its speaker's entity, and the spokesperson it spoke through, if any."""
    said = f"{statement.speaker.title} {statement.speaker.description} {statement.speaker.as_written}".lower()
    through = next((word for word in sorted(SPOKESPERSON_WORDS & set(said.split()))), "")
    entity = mentions.find(statement.speaker.name)
    return Speaking(entity, statement.paragraph_no, statement.cue_position, through)


def _pronoun_of(word: str) -> str:
    """ "he" for a word that shows a man ("spokesman"), "she" for a woman, else "" (``sex_words.csv``)."""
    sex = describing_sex(word)
    return {"male": "he", "female": "she"}.get(sex, "")


def spokesperson_again(statement: Statement, mentions: Mentions, speaking: Speaking | None) -> Resolution | None:
    """ "he" or "she" after an organisation spoke through an unnamed spokesperson ("a spokeswoman for the firm said
    ... She added"): the organisation speaks again."""
    lowered = statement.speaker.name.lower()
    if speaking is None or not speaking.spokesperson or speaking.entity is None or lowered not in ("he", "she"):
        return None
    if speaking.entity.kind != "organisation" or _pronoun_of(speaking.spokesperson) != lowered:
        return None  # only an organisation that spoke through an unnamed spokesman or spokeswoman
    entity, written = speaking.entity, statement.speaker.as_written or statement.speaker.name
    reason = f"'{statement.speaker.name}' is the {speaking.spokesperson} for {entity.name} who spoke just before"
    resolved = _resolved(statement, Speaker(entity.name, "", speaking.spokesperson, written), entity.kind, reason)
    return Resolution(resolved, Mention(entity.name, entity.kind, statement.cue_position))


def pronoun_or_description(statement: Statement, mentions: Mentions, speaking: Speaking | None) -> Resolution | None:
    """ "he", "they", "the ministry", "the source": the one named before it (``Mentions.resolve``); left as written,
    and typed a pronoun, when nobody fits."""
    speaker = statement.speaker
    kind, lowered = written_kind(speaker), speaker.name.lower()
    institution = speaker.name.islower() and len(speaker.name.split()) == 1 and kind == "organisation"
    if not (
        lowered in PERSONAL_PRONOUNS | {"who"}
        or institution
        or _is_description(speaker, kind, mentions, statement.cue_position)
    ):
        return None
    recent = speaking.entity if speaking is not None else None
    found = mentions.resolve(speaker.name, statement.cue_position, recent)
    if found.entity is None:
        return Resolution(
            _resolved(statement, speaker, "pronoun" if lowered in PERSONAL_PRONOUNS else kind, found.reason)
        )
    entity = found.entity
    written = speaker.as_written or speaker.name
    resolved = _resolved(
        statement, Speaker(entity.name, speaker.title, speaker.description, written), entity.kind, found.reason
    )
    return Resolution(resolved, Mention(entity.name, entity.kind, statement.cue_position), (entity, found.gender))


def name_or_surname(statement: Statement, mentions: Mentions, speaking: Speaking | None) -> Resolution:
    """A name: the fullest form of it named earlier ("Pezeshkian" is Masoud Pezeshkian); one capitalised word never
    given as a person's full name is an organisation ("Tehran said")."""
    speaker = statement.speaker
    kind = written_kind(speaker)
    entity = mentions.find(speaker.name, "person" if kind == "person" and not speaker.name.startswith("The ") else None)
    how = statement.how
    alone = len(speaker.name.split()) == 1 and not speaker.title and not speaker.description
    if entity is None and alone:
        entity = mentions.find(speaker.name, "organisation")  # "Corvin said": Corvin Pharma, named in full earlier
    if kind == "person" and alone and entity is None:
        kind = "organisation"  # "Iran said", "Tehran said": one word, never given as a person's full name
        how += f"; '{speaker.name}' is typed an organisation: the article never names a person so"
    if entity is not None and entity.name != speaker.name:
        how += f"; '{speaker.name}' is {entity.name}, named in full earlier"
        written = speaker.as_written or speaker.name
        speaker, kind = Speaker(entity.name, speaker.title, speaker.description, written), entity.kind
    resolved = evolve(statement, speaker=speaker, speaker_type=kind, how=how)
    mention = Mention(
        speaker.name, kind, statement.cue_position, statement.speaker.title, statement.speaker.description
    )
    return Resolution(resolved, mention)


Resolver = Callable[[Statement, Mentions, "Speaking | None"], "Resolution | None"]
RESOLVERS: tuple[Resolver, ...] = (
    already_typed,
    unnamed_spokesperson,
    spokesperson_for,
    spokesperson_again,
    pronoun_or_description,
    name_or_surname,
)
"""The resolvers ``resolve_speaker`` tries, in order; the first that applies decides."""


def resolve_speaker(statement: Statement, mentions: Mentions, speaking: Speaking | None = None) -> Statement:
    """The statement with its speaker resolved by the first resolver that applies; the mention it makes (and any sex
    a pronoun showed) is recorded in ``mentions``."""
    for resolver in RESOLVERS:
        resolution = resolver(statement, mentions, speaking)
        if resolution is not None:
            break
    if resolution.gender is not None:
        mentions.learn_gender(*resolution.gender)
    mention = resolution.mention
    if mention is not None:
        mentions.add(mention.name, mention.kind, mention.position, mention.title, mention.description)
    return resolution.statement


# Who is still speaking --------------------------------------------------------------------------------------------

_BEFORE_A_SUBJECT = frozenset("the a an his her their its our my this that these those and but".split())
_PREPOSITIONS = frozenset(
    "unlike like with to by for from of against than about on at in into over under after before".split()
)


def still_speaking(
    article: ArticleIndex, mentions: Mentions, speaking: Speaking, statement: Statement
) -> Speaking | None:
    """The last speaker, if they may still be the one speaking: their statement is in this paragraph or the one
    before, and no one else has since been made the subject of a sentence ("Obi was dismissive of her account.")."""
    if speaking.entity is None:
        return None
    recent = speaking.paragraph_no >= statement.paragraph_no - 1
    for offset, entity in mentions.mentioned_between(speaking.position + 1, statement.cue_position):
        if not subject_position(article, offset):
            continue
        if entity is speaking.entity:  # "Rao paid tribute to ...": the speaker is the subject again
            recent = recent or bisect.bisect_right(article.paragraph_starts, offset) >= statement.paragraph_no - 1
        elif entity.kind == speaking.entity.kind:
            return None
    return speaking if recent else None


def subject_position(article: ArticleIndex, offset: int) -> bool:
    """True if a mention at ``offset`` stands where a sentence's subject stands: in its first eight words, with no
    reporting verb and no "that" before it ("The Green candidate, Ben Okoye, ..." but not "Ms Okonjo said Kell ...")."""
    paragraph = bisect.bisect_right(article.paragraph_starts, offset) - 1
    start = article.sentence_start(offset, article.paragraph_starts[paragraph] if paragraph >= 0 else 0)
    before = article.text[start:offset]
    words_ = before.split()
    if len(words_) > 8 or " that " in f" {before} " or article.cues_between(start, offset):
        return False
    if words_ and words_[-1].lower() in _PREPOSITIONS:
        return False
    after_comma = before[before.rfind(",") + 1 :].split() if "," in before else words_  # "Outside court, Marcus Obi"
    return all(
        w[:1].isupper() or w.lower() in _BEFORE_A_SUBJECT or w.lower() in TITLE_WORDS or w.endswith(("’s", "'s"))
        for w in after_comma
    )


# A document that speaks, and a description named later ---------------------------------------------------------------

_DOCUMENT_SPEAKER = re.compile(
    r"^(?:the|this|that)\s+(?:[a-z-]+\s+)?(?P<document>"
    + alternation(words("document_words", speaks=YES))[3:-1]
    + r")$"
)


def issued_by(
    article: ArticleIndex,
    mentions: Mentions,
    statement: Statement,
    earlier: list[Statement],
    paragraph: tuple[int, int],
) -> Statement:
    """A document that speaks ("the note said", "the filing said"): if this or the previous paragraph says who spoke
    in it ("telling clients in a note", "In a filing, the company said"), the document is that speaker's, and the
    speaker is recorded; otherwise the document stays the speaker (and the statement is returned as it is)."""
    lowered = statement.speaker.name.lower()
    if statement.speaker_type or not lowered.startswith(("the ", "this ", "that ")):
        return statement
    document = _DOCUMENT_SPEAKER.match(lowered)
    if document is None:
        return statement
    noun = document.group("document")
    floor = article.paragraph_starts[max(0, statement.paragraph_no - 2)]
    limit = article.sentence_start(statement.cue_position, paragraph[0])
    pattern = re.compile(
        rf"\b(?:in|with|through|via)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?{noun}s?\b", re.IGNORECASE
    )
    introduced = None
    for match in pattern.finditer(article.text, floor, limit):
        introduced = match  # the last one before the statement
    entity = _issuer(article, mentions, introduced, earlier, floor) if introduced is not None else None
    if entity is None:
        return statement
    written = statement.speaker.as_written or statement.speaker.name
    where = introduced.group(0).strip()
    reason = f"'{written}' is {entity.name}'s: the {noun} in which {entity.name} spoke earlier ('{where}')"
    mentions.add(entity.name, entity.kind, statement.cue_position)
    return _resolved(statement, Speaker(entity.name, "", written, written), entity.kind, reason)


def _issuer(
    article: ArticleIndex, mentions: Mentions, introduced: re.Match, earlier: list[Statement], floor: int
) -> Entity | None:
    """Who spoke in the sentence that introduced the document: the speaker of a statement there, else the first one
    named in it before the document."""
    sentence = article.sentence_start(introduced.start(), floor)
    sentence_end = article.sentence_end(introduced.start(), len(article.text))
    issuer = next(
        (
            s.speaker.name
            for s in reversed(earlier)
            if sentence <= s.cue_position < sentence_end and s.speaker_type not in ("", "pronoun")
        ),
        None,
    )
    if issuer is None:
        named = [entity for _, entity in mentions.mentioned_between(sentence, introduced.start())]
        issuer = named[0].name if named else None
    return mentions.find(issuer) if issuer else None


_UNNAMED_DESCRIPTION = re.compile(r"^(?:the|its|his|her|their)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)$", re.IGNORECASE)
_NOT_DESCRIBING = frozenset("own new former then current".split())


def named_later(statements: list[Statement], mentions: Mentions) -> list[Statement]:
    """A description that nobody named before it fits ("its project architect says ...") goes to the person named
    later with the same words in their title or appositive ("Euan Drysdale, the project architect")."""
    found: dict[str, tuple[Entity | None, list[str]]] = {}
    result = []
    for statement in statements:
        described = _UNNAMED_DESCRIPTION.match(statement.speaker.name)
        if described is None or statement.speaker_type not in ("person", "organisation"):
            result.append(statement)
            continue
        key = statement.speaker.name.lower()
        if key not in found:
            described_words = [w for w in described.group(1).lower().split() if w not in _NOT_DESCRIBING]
            role = bool(described_words) and described_words[-1] in TITLE_WORDS
            entity = mentions.named_later(described_words, statement.cue_position) if role else None
            found[key] = (entity, described_words)
        entity, described_words = found[key]
        if entity is None:
            result.append(statement)
            continue
        written = statement.speaker.as_written or statement.speaker.name
        reason = (
            f"'{statement.speaker.name}' is {entity.name}, named later with the words '{' '.join(described_words)}'"
        )
        result.append(
            _resolved(statement, Speaker(entity.name, "", statement.speaker.description, written), entity.kind, reason)
        )
    return result


__all__ = [
    "RESOLVERS",
    "Mention",
    "Resolution",
    "Speaking",
    "issued_by",
    "named_later",
    "new_statement",
    "resolve_speaker",
    "still_speaking",
    "subject_position",
]
