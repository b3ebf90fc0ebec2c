"""Stage 3 of attribution, *link*: each quotation to its cue and speaker, each cue with no quotation to the clause it
reports, and "according to X" to its clause.

- a quotation is linked to the cue next to it, after it (“...,” she said / “...,” said Ana Ruiz), before it (Ana
  Ruiz said: “...”), or at the end of the previous paragraph (In a statement, the ministry said:);
- a cue that no quotation took reports a clause: after it (Ana Ruiz said (that) the bridge will reopen), before it
  (The bridge will reopen, the council said), around it (The farm, he explained, will close), or a participle's
  (..., saying it would);
- "according to X" reports the clause before or after it.

Every function here reads an ``ArticleIndex`` (the article's text with its paragraphs, quotations, cues and
sentences found once) and returns a ``Link``, or None where the construction is not there: the speaker phrase as
read (``framing.speakers.split_speaker``), why (``how``), and the cue and the words' span where known. The
extractor (``framing.extractor``) turns links into statements; stage 5 (``framing.resolving``) resolves their
speakers.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from framing.cues import ACCORDING_TO, COLON, Cue, find_cues
from framing.quotations import Quotation, find_quotations, paragraphs
from framing.sentences import sentence_spans
from framing.speakers import (
    ABBREVIATION_END,
    ANONYMOUS,
    ORG_WORDS,
    Speaker,
    looks_like_name,
    speaker_after,
    split_speaker,
    subject_before,
)
from framing.word_lists import alternation, words


@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed statement: where its words are, who said them, with which cue, and why.

    ``start`` and ``end`` are offsets of the statement's words; ``quoted`` the parts of them in quotation marks
    (the whole statement for a quotation, some of it for a partly quoted clause, none for reported speech);
    ``cue_position`` is where its cue is (or, for a quotation that shares a later cue, where the quotation is).
    """

    start: int
    end: int
    paragraph_no: int
    kind: str
    speaker: Speaker
    verb: str
    stance: str
    cue_position: int
    how: str
    speaker_type: str = ""
    via: str = ""
    hedge: str = ""
    quoted: tuple[tuple[int, int], ...] = ()


def evolve(statement: Statement, **changes) -> Statement:
    """A copy of a statement with some fields changed (``dataclasses.replace``, faster: it runs for every
    statement at every stage)."""
    return Statement(*[changes[name] if name in changes else getattr(statement, name) for name in _STATEMENT_FIELDS])


_STATEMENT_FIELDS = tuple(Statement.__dataclass_fields__)


def _with_cue(link: Link, cue: Cue | None) -> Link:
    return Link(link.speaker, link.how, cue, link.span, link.position)


@dataclass(frozen=True, slots=True)
class Link:
    """What stage 3 found for a quotation or a clause: the speaker phrase as read and why (``how``), the cue, the
    span of the reported words (for a clause), and, where it is not the cue's, the position the statement's cue is
    taken to be at."""

    speaker: Speaker
    how: str
    cue: Cue | None = None
    span: tuple[int, int] | None = None
    position: int | None = None


class ArticleIndex:
    """Everything the stages need to know about one article's text, found once: paragraphs, quotations, cues (not
    inside quotations) and sentence boundaries (``framing.sentences.sentence_spans``, the lessons' sentences, except
    inside a quotation: a quotation is linked as one unit, however many sentences it holds)."""

    def __init__(self, text: str):
        self.text = text
        self.paragraphs = paragraphs(text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.quotations = find_quotations(text)
        spans = sorted((q.mark_start, max(q.mark_end, q.parts[-1][1] + 1)) for q in self.quotations)
        self.quote_spans = [(q.start, q.end) for q in self.quotations]
        self._by_start = sorted(self.quotations, key=lambda q: q.parts[0][0] - 1)
        self._quote_starts = [a for a, _ in spans]
        self._quote_spans = spans
        self.by_paragraph: dict[int, list[Quotation]] = {}
        for quotation in self.quotations:
            self.by_paragraph.setdefault(quotation.paragraph_no, []).append(quotation)
        self.cues = [c for c in find_cues(text) if not self.inside_quotation(c.start)]
        self._cue_starts = [c.start for c in self.cues]
        self.sentence_starts = [start for start, _ in sentence_spans(text)]
        self.boundaries = [start for start in self.sentence_starts if not self.inside_quotation(start - 1)]

    def quoted_in(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The quoted words between ``start`` and ``end``: one (start, end) per quotation, cut to the span."""
        if not self.quotations:
            return ()
        low = max(0, bisect.bisect_right(self._quote_starts, start) - 1)
        high = bisect.bisect_left(self._quote_starts, end)
        spans = ((max(q.start, start), min(q.end, end)) for q in self._by_start[low:high])
        return tuple((a, b) for a, b in spans if a < b)

    def past_closing_mark(self, end: int) -> int:
        """``end``, or where the quotation it falls in ends, closing mark included (a clause never ends inside one)."""
        index = bisect.bisect_right(self._quote_starts, end - 1) - 1
        if index >= 0 and self._quote_spans[index][0] < end < self._quote_spans[index][1]:
            return self._quote_spans[index][1]
        return end

    def inside_quotation(self, position: int) -> bool:
        index = bisect.bisect_right(self._quote_starts, position) - 1
        return index >= 0 and self._quote_spans[index][0] < position < self._quote_spans[index][1]

    def cues_between(self, start: int, end: int) -> list[Cue]:
        low, high = bisect.bisect_left(self._cue_starts, start), bisect.bisect_left(self._cue_starts, end)
        return self.cues[low:high]

    def sentence_start(self, position: int, floor: int) -> int:
        index = bisect.bisect_right(self.boundaries, position) - 1
        return max(floor, self.boundaries[index]) if index >= 0 else floor

    def sentence_end(self, position: int, ceiling: int) -> int:
        index = bisect.bisect_right(self.boundaries, position)
        return min(ceiling, self.boundaries[index]) if index < len(self.boundaries) else ceiling


def new_statement(article: ArticleIndex, link: Link, kind: str, paragraph_no: int, span: tuple[int, int]) -> Statement:
    """The statement a link makes: its words ``span``, its verb as a reader names it, and the stance of its cue."""
    verb = verb_phrase(article, link.cue) if link.cue is not None else "according to"
    stance = link.cue.verb.stance if link.cue is not None else ""
    position = link.position if link.position is not None else link.cue.start
    quoted = article.quoted_in(*span)
    return Statement(
        span[0], span[1], paragraph_no, kind, link.speaker, verb, stance, position, link.how, quoted=quoted
    )


_IT_AFTER = re.compile(r"\s+it\b")
_AS_AFTER = re.compile(r"\s+(?:\S+\s+){0,3}?as\b")
_QUOTED_AS = re.compile(r"\bquoted\s+(.+?),?\s+as\s+$")


def verb_phrase(article: ArticleIndex, cue: Cue) -> str:
    """The cue as a reader names it: "said", "called it", "described as", "quoted as saying"."""
    verb = cue.form
    if cue.verb is ACCORDING_TO:
        return "according to"
    if verb == "saying" and _QUOTED_AS.search(article.text[max(0, cue.start - 80) : cue.start]):
        return "quoted as saying"
    following = article.text[cue.end : cue.end + 40]
    if cue.verb.lemma == "call" and _IT_AFTER.match(following):
        return f"{verb} it"
    if cue.verb.lemma in {"describe", "dismiss", "brand", "reject"} and _AS_AFTER.match(following):
        return f"{verb} as"
    return verb


# Reading a speaker phrase -----------------------------------------------------------------------------------------

PERSONAL_PRONOUNS = words("pronouns", kind="personal")
_PRONOUN_SUBJECTS = PERSONAL_PRONOUNS - {"i"}
"""Pronouns that, followed by more words, are the subject alone ("she had not written"); "I" is left out, since "I"
also opens a sentence that names someone else."""
_CHANNEL_AT_END = re.compile(r"\s+(?:in a statement|in a post on \w+|on (?:X|Facebook|Instagram|Twitter))$")
_DAY = alternation(words("calendar_words", kind="day"))
TIME_AT_END = re.compile(rf"\s+(?:on|late|early|last|this)\s+(?:{_DAY[3:-1]}|week|night|month|year)\b.*$")
_A_LETTER = re.compile(r"[A-Za-z]")
_NOT_A_SUBJECT_START = frozenset("to of for with by in on at from if that this what which it's".split())
"""Words that start a phrase that is not a speaker ("to the court", "that the plan")."""


def speaker_from(phrase: str, how: str) -> Link | None:
    """The speaker a phrase before or after a cue names, with ``how``; None if the phrase names no speaker (too
    long, a prepositional phrase, one lower-case word that is neither a pronoun nor a group or organisation)."""
    phrase = TIME_AT_END.sub("", _CHANNEL_AT_END.sub("", phrase.strip(" ,")))
    name, _, description = phrase.partition(", ")
    if len(phrase.split()) > 24 and description and looks_like_name(name):
        # "Mara Ellison, an attorney who has brought ...": a name with a long description is still a name; the
        # description is cut to twenty words
        phrase = f"{name}, {' '.join(description.split()[:20])}"
    if not phrase or len(phrase.split()) > (24 if ", " in phrase else 14) or not _A_LETTER.search(phrase):
        return None
    first = phrase.split()[0].lower()
    if first in _PRONOUN_SUBJECTS and len(phrase.split()) > 1 and phrase.split()[0][-1:] != ",":
        phrase = phrase.split()[0]  # "she had not written", "They said staff would be": the pronoun is the subject
    if first in _NOT_A_SUBJECT_START:
        return None
    if (
        " " not in phrase
        and phrase.islower()
        and phrase not in PERSONAL_PRONOUNS | {"who", "which"}
        and not ANONYMOUS.match(phrase)
        and not ORG_WORDS.fullmatch(phrase)
    ):
        return None
    return Link(split_speaker(phrase), how)


_MAIN_VERB = re.compile(
    r"\b(?:has|have|had|is|was|were|will|would|did|does|could|can|may|might|must|should|seems?|seemed"
    r"|(?:did|does|do|was|is|were|are|has|have|had)n[’']t)\b|\b[a-z]+ed\b"
)


def sentence_subject(article: ArticleIndex, sentence_start: int, position: int, how: str) -> Link | None:
    """The subject of the sentence's first verb, for a second verb that shares it: "Rep. Dale Kinsey, R-Texas, agreed
    ... but warned", "A board spokeswoman denied ..., insisting". The first verb is the sentence's first reporting
    verb, else its first auxiliary or word ending in -ed that has a speaker phrase before it."""
    text = article.text
    earlier = [c for c in article.cues_between(sentence_start, position) if not c.form.endswith("ing")]
    if earlier:
        return speaker_from(subject_before(text[sentence_start : earlier[0].start]), how)
    for verb in _MAIN_VERB.finditer(text, sentence_start, position):
        found = speaker_from(subject_before(text[sentence_start : verb.start()]), how)
        if found and found.speaker.name.lower() not in {"who", "which", "that"}:
            return found
    return None


_AND_AT_END = re.compile(r"\b(?:and|but)\s+$")


def shares_subject(before: str, cue: Cue) -> bool:
    """True when a cue continues the sentence's first verb: "... but said", "..., insisting"."""
    return bool(_AND_AT_END.search(before)) or cue.form.endswith("ing") and before.rstrip().endswith(",")


# Quotations -------------------------------------------------------------------------------------------------------

_SENTENCE_BREAK = re.compile(r"[.!?;:]\s")
_NAME_THEN_APPOSITIVE = re.compile(
    r"\s*,?\s*(?:(?:the|a|an)\s+(?:[a-z-]+\s+){1,3})?"  # "the economist Omar Haddad, a former adviser,"
    r"(?:(?:[A-Z][\w’'.-]*|of|the|and|de|al-\w+)\s+){0,4}[A-Z][\w’'-]+\.?,\s+"
    r"(?:[^!?“”\"]|[“\"][^“”\"!?]{1,40}[”\"]){2,300},\s*$"  # a short title in marks may stand in the appositive
)
"""A name and an appositive between a quotation and its verb: “...,” Senator Ruth A. Keane, Republican of Ohio,
said / “...,” Dan Price, chief strategist at Ardent Ltd., said / “...,” Tom R. Hale Jr., the director, said."""
_NAME_OF_A_BODY = re.compile(
    r"\s*(?:[A-Z][\w’'.-]*\s+){1,4}(?:of|at|from)\s+(?:the\s+)?(?:(?:[A-Z][\w’'.&-]*|of|for|and|on|the)\s+){1,10}$"
)
"""A name and the body it belongs to between a quotation and its verb: “...,” Tom Hale of the Halvey Center for
Coastal Studies wrote."""


def ends_a_sentence(text: str) -> bool:
    """True when ``text`` holds the end of a sentence: a full stop, question mark, colon or semicolon before a space,
    but not the full stop of an abbreviation, an initial or a party tag ("Mr. Haldane", "Ruth A. Keane", "D-N.Y.")."""
    for match in _SENTENCE_BREAK.finditer(text):
        if text[match.start()] == "." and ABBREVIATION_END.search(text, 0, match.start() + 1):
            continue
        return True
    return False


def link_after(article: ArticleIndex, quotation: Quotation, region_end: int) -> Link | None:
    """“...,” she said / “...,” said Ana Ruiz / “...?” asked the judge."""
    text, start = article.text, quotation.mark_end
    for cue in article.cues_between(start, min(region_end, start + 200)):
        between = text[start : cue.start]
        if cue.form == "saying" and "quoted" in between:
            return quoted_as_saying(article, cue, start)
        if ends_a_sentence(between) or "\n" in between:
            return None
        found = _speaker_after_quotation(article, quotation, cue, between, region_end)
        return _with_cue(found, cue) if found else None
    return None


_OCCASION = re.compile(r"\s*(?:,|(?:as|while|when|after|before|during|adding|noting|to|at the)\b)")
"""Words after a verb that tell when or how it was said ("“...!” Jeff Sessions said as he ..."), not a new statement."""


def _speaker_after_quotation(
    article: ArticleIndex, quotation: Quotation, cue: Cue, between: str, region_end: int
) -> Link | None:
    """The speaker of a cue after a quotation: after the verb (“...,” said Ana Ruiz) or before it (“...,” she said)."""
    text = article.text
    if not between.strip(" ,—–-\t"):
        rest_end = article.sentence_end(cue.end, region_end)
        return speaker_from(
            speaker_after(text[cue.end : rest_end]), "speaker named after the quotation, after the verb"
        )
    if _AND_AT_END.search(between) and len(between.split()) > 4:
        return None  # “...,” denounced her record and said: the verb continues an earlier one, not the quotation
    if len(between.split()) > 8 and not (_NAME_THEN_APPOSITIVE.match(between) or _NAME_OF_A_BODY.match(between)):
        return None  # unless a name and its appositive stand before the verb: “...,” Ines Halloran, the envoy, told
    ended = quotation.text(text)[-1:] in ".!?" and between.strip()[:1].isupper()
    after = text[cue.end : article.sentence_end(cue.end, region_end)]
    if ended and len(after.split()) > 4 and (not _OCCASION.match(after) or "," in between):
        return None  # “We tried.” The mayor said the plan failed / “...” Deep reefs, he notes, were never safe: a new
        # sentence with its own statement (but “...?” Mr. Orrin asked, repeating a charge: the quotation's verb)
    return speaker_from(subject_before(between), "speaker named after the quotation, before the verb")


def quoted_as_saying(article: ArticleIndex, cue: Cue, start: int) -> Link | None:
    """“...,” state media quoted the president as saying: the speaker is the one quoted, the outlet the channel."""
    match = _QUOTED_AS.search(article.text[start : cue.start])
    found = (
        speaker_from(match.group(1), "speaker quoted 'as saying' by the outlet named before 'quoted'")
        if match
        else None
    )
    if found is None:
        return None
    return _with_cue(found, Cue(start + match.start(), cue.end, "quoted as saying", cue.verb))


_ONLY_SPACE_OR_COMMAS = re.compile(r"[\s,]*$")


def link_before(article: ArticleIndex, quotation: Quotation, floor: int) -> Link | None:
    """Ana Ruiz said: “...” / She said the plan was “dead on arrival.” / “A,” she said, “B.”"""
    text = article.text
    start = article.sentence_start(quotation.mark_start, floor)
    cues = [c for c in article.cues_between(start, quotation.mark_start) if "direct" in c.verb.kinds]
    if not cues:
        return None
    cue = cues[-1]
    found = None
    if shares_subject(text[start : cue.start], cue) or cue.form.endswith("ing"):
        found = sentence_subject(
            article, start, cue.start, "speaker of the sentence's first verb, which this verb continues"
        )
    found = found or speaker_from(
        subject_before(text[start : cue.start]), "speaker named before the quotation, in the same sentence"
    )
    between = text[cue.end : quotation.mark_start]
    opens = not text[start : cue.start].strip(' “"‘')  # the verb opens the sentence: the speaker follows it
    if not found and opens and not _ONLY_SPACE_OR_COMMAS.match(between) and not ends_a_sentence(between):
        inverted = between.strip(" ,:—–")  # "Said Dana Ruiz, who grew up there, “...”", "said the mayor: “...”"
        if inverted[:1].isupper() or inverted.lower().startswith("the "):
            found = speaker_from(inverted, "speaker named before the quotation, after the verb")
    return _with_cue(found, cue) if found else None


def link_colon_before(article: ArticleIndex, quotation: Quotation, paragraph_index: int) -> Link | None:
    """In a statement, the ministry said: [new paragraph] “...”"""
    if paragraph_index == 0:
        return None
    text = article.text
    start, end = article.paragraphs[paragraph_index - 1]
    cues = article.cues_between(start, end)
    if not text[start:end].rstrip().endswith(":") or not cues:
        return None
    cue = cues[-1]
    sentence = article.sentence_start(cue.start, start)
    found = speaker_from(
        subject_before(text[sentence : cue.start]), "speaker named before a colon that ends the previous paragraph"
    )
    return _with_cue(found, cue) if found else None


_COLON_BEFORE_QUOTE = re.compile(r"(?P<phrase>[^:;.!?“”\"]{2,120}?)\s*[:—–-]\s*$")
_ISSUED = re.compile(
    r"\b(?:issued|released|put out|posted|sent|published|shared)\s+(?:a|an|the|this|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:statement|tweet|message|note|letter|memo|post|release)\b"
)


def link_noun_phrase_colon(article: ArticleIndex, quotation: Quotation, floor: int) -> Link | None:
    """A quotation after a colon that follows a name or a noun phrase, with no reporting verb: "Jeffrey M. Jones,
    Gallup: “...”", "Her advice to the staff: “...”", "The party issued a statement: “...”". The colon is the cue."""
    text = article.text
    if text[quotation.mark_start - 3 : quotation.mark_start].strip()[-1:] not in ":":
        return None  # no colon just before the mark: the cheap test first, the phrase's pattern only after it
    start = article.sentence_start(quotation.mark_start, floor)
    before = _COLON_BEFORE_QUOTE.search(text, start, quotation.mark_start)
    if before is None:
        return None
    phrase = before.group("phrase").strip()
    issued = _ISSUED.search(phrase)
    if issued:
        found = speaker_from(subject_before(phrase[: issued.start()]), "speaker who issued the words before a colon")
    elif _FINITE.search(phrase) or len(phrase.split()) > 10:
        return None  # "The plan has one goal: “growth.”": a clause, not a speaker
    elif _NAME_THEN_PAST_VERB.match(phrase):  # "Marsh resisted: “...”", "Ruiz delivered a sharp retort: “...”"
        found = speaker_from(_NAME_THEN_PAST_VERB.match(phrase)["name"], "speaker named before a verb and a colon")
    elif _POSSESSOR.match(phrase):  # "Her advice to the volunteers: “...”": she gave it
        found = speaker_from(_possessor(_POSSESSOR.match(phrase)), "speaker whose words a colon introduces")
    elif "," in phrase and looks_like_name(phrase.split(",")[0]):
        found = speaker_from(phrase, "speaker named before a colon, with the outlet or role after a comma")
    else:
        found = speaker_from(subject_before(phrase), "speaker named in the words before a colon")
    colon = text.rfind(":", start, quotation.mark_start)
    return _with_cue(found, Cue(colon, colon + 1, ":", COLON)) if found else None


_NAME_THEN_PAST_VERB = re.compile(
    r"^(?:(?:And|But|Then|So)\s+)?(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+[a-z]+ed\b"
)
"""A name, then a verb in the past ("Marsh resisted", "Mr. Orrin gloated", "Ruiz delivered a sharp retort")
before a colon and a quotation: the name is the speaker."""
_POSSESSOR = re.compile(
    r"^(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<name>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s?)\s+[a-z]"
)
_PRONOUN_OF_POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _possessor(match: re.Match) -> str:
    """Who a possessive names: "Her" is "she", "Mayor Ruiz's" is Mayor Ruiz."""
    return _PRONOUN_OF_POSSESSIVE[match["pronoun"].lower()] if match["pronoun"] else match["name"]


_NAME_LINE = re.compile(r"^\s*[—–-]?\s*((?:[A-Z][\w’'.-]*\s*){1,5})\s*$")


def link_name_below(article: ArticleIndex, quotation: Quotation, index: int) -> Link | None:
    """A pull quote: a quotation that is a paragraph of its own, with the speaker's name alone (or after a dash) on
    the next line and no verb."""
    text = article.text
    start, end = article.paragraphs[index]
    whole = not text[start : quotation.mark_start].strip() and not text[quotation.mark_end : end].strip(' ”"')
    if not whole or index + 1 >= len(article.paragraphs):
        return None
    line_start, line_end = article.paragraphs[index + 1]
    named = _NAME_LINE.match(text[line_start:line_end])
    if named is None or not looks_like_name(named.group(1)):
        return None
    found = speaker_from(named.group(1), "speaker named alone on the line after the quotation")
    return _with_cue(found, Cue(line_start, line_start + 1, ":", COLON)) if found else None


_NAMING_BEFORE = re.compile(
    r"(?:\b(?:dubbed|nicknamed|titled|entitled|named|known as|so-called|the words|the phrase|the slogan|the hashtag"
    r"|the term|the title|the label|goes by|went by|go by|alias|bearing|labell?ed|emblazoned with|printed with"
    r"|(?:a|an)\s+[\w-]+\s+called)|#)\s*,?\s*$",
    re.IGNORECASE,
)
"""Words before a quotation that make it a name, a title, a slogan or an alias, not speech: 'dubbed “...”',
'known as “...”', 'a group called “...”', 'who goes by “...”', 'a cape bearing the words “...”'."""
_WORK_BEFORE = re.compile(
    r"\b(?:on|in|of|for|at|from|to|watch|watched|watching|starred in|book|film|movie|show|series|program|programme"
    r"|ad|video|column|song|album|play|titled)\s*$",
    re.IGNORECASE,
)
_TITLE_CASE = re.compile(r"^(?:(?:[A-Z0-9][\w’'.&:-]*|of|the|and|a|an|in|on|for|to|with)\s*){1,7}[.,]?$")


def not_speech(text: str, quotation: Quotation) -> bool:
    """True for a quotation that names something rather than reports words: a name, an alias, a title or a slogan
    ("dubbed “Mr. Fix-It”", "known as “the full county”", "on “Morning Report”"), never a statement."""
    before = text[max(0, quotation.mark_start - 40) : quotation.mark_start]
    if _NAMING_BEFORE.search(before):
        return True
    words = quotation.text(text)
    return len(words.split()) <= 7 and bool(_TITLE_CASE.match(words)) and bool(_WORK_BEFORE.search(before))


_NICKNAME_QUOTE = re.compile(r"\b[A-Z][a-z]+\s+[“\"‘][A-Z][^“”\"‘’]{0,20}[”\"’]\s+[A-Z]")


def _link_one_quotation(
    article: ArticleIndex, quotation: Quotation, region: tuple[int, int], index: int
) -> Link | None:
    """The link of one quotation of paragraph ``index`` (0-based), whose cue may stand in ``region``."""
    text = article.text
    floor, region_end = region
    start = article.paragraphs[index][0]
    if quotation.closed and len(quotation.paragraphs) == 1:
        found = link_after(article, quotation, region_end)
    elif not quotation.closed and quotation.paragraphs[-1] != index + 1:
        found = None
    else:
        last_end = article.paragraphs[quotation.paragraphs[-1] - 1][1]
        following = [q for q in article.quotations if quotation.mark_end <= q.mark_start < last_end]
        found = (
            link_after(article, quotation, following[0].mark_start if following else last_end)
            if quotation.closed
            else None
        )
    found = found or link_before(article, quotation, floor)
    opens_paragraph = (
        start == article.sentence_start(quotation.mark_start, start) and not text[start : quotation.mark_start].strip()
    )
    if not found and opens_paragraph:
        found = link_colon_before(article, quotation, index)
    found = found or link_noun_phrase_colon(article, quotation, floor) or link_name_below(article, quotation, index)
    if found and _NICKNAME_QUOTE.search(text, max(0, quotation.mark_start - 30), quotation.mark_end + 3):
        return None  # Donald “Dod” Macrae: a nickname inside a name, not speech
    return found


def link_quotations(article: ArticleIndex, index: int, used: set[int]) -> list[tuple[Quotation, Link | None]]:
    """Every quotation of paragraph ``index`` (0-based) with its link, or None where it has no cue of its own.

    A quotation just before a linked one, with no cue of its own, shares the later one's cue (“We have nothing
    left.” “Our house is gone,” said Fatima Ali.). The cues taken are added to ``used``, so that they are not read
    again as cues of reported speech.
    """
    start, end = article.paragraphs[index]
    here = article.by_paragraph.get(index + 1, [])
    linked = []
    here = [quotation for quotation in here if not not_speech(article.text, quotation)]
    for number, quotation in enumerate(here):
        region = (
            here[number - 1].mark_end if number > 0 else start,
            here[number + 1].mark_start if number + 1 < len(here) else end,
        )
        found = _link_one_quotation(article, quotation, region, index)
        if found:
            used.add(found.cue.start)
            used.update(c.start for c in article.cues_between(found.cue.start, found.cue.end))
        linked.append((quotation, found))
    linked = _with_partial_clauses(article, index, linked, used)
    for number in range(len(linked) - 2, -1, -1):
        quotation, found = linked[number]
        following = linked[number + 1][1]
        if found is None and following is not None and len(quotation.text(article.text).split()) >= 3:
            how = (
                f"a quotation before the cue '{verb_phrase(article, following.cue)}' in the same "
                f"paragraph: {following.speaker.name}'s words"
            )
            linked[number] = (quotation, replace(following, how=how, position=quotation.mark_start, span=None))
    return linked


def _with_partial_clauses(
    article: ArticleIndex, index: int, linked: list[tuple[Quotation, Link | None]], used: set[int]
) -> list[tuple[Quotation, Link | None]]:
    """The links with each partly quoted statement widened to its whole reported clause ("She said the plan was
    “dead on arrival” in the House"), and the quotations that clause holds with no cue of their own taken into it
    (“... “senior officials” and sign “several agreements.”)."""
    result: list[tuple[Quotation, Link | None]] = []
    clause: tuple[int, int] | None = None
    for quotation, found in linked:
        inside = clause is not None and clause[0] <= quotation.mark_start < clause[1]
        if inside and (found is None or found.cue == result[-1][1].cue):
            continue  # a further quotation of the same clause: its quoted words are the clause's
        span = partial_clause(article, quotation, found, index, used) if found is not None else None
        clause = span
        result.append((quotation, replace(found, span=span) if span else found))
    return result


_LETTER = re.compile(r"[^\W\d_]")
_INTRODUCES = re.compile(r"[:,(—–-]\s*$")


def partial_clause(
    article: ArticleIndex, quotation: Quotation, link: Link, index: int, used: set[int]
) -> tuple[int, int] | None:
    """The whole reported clause of a quotation that is only part of what the speaker is reported to have said, or
    None when the quotation is all of it. After the cue: words between the reported clause's start and the opening
    mark (She called the plan “a disaster” for workers). Before the cue: words in the same sentence before the
    opening mark, or between the closing mark and the comma before the speaker (Parks was “trying too hard” to win
    the vote, Okafor said). Words that end with a colon or comma before the mark introduce a quotation; they are
    not part of it (He said of the video: “...”)."""
    paragraph = article.paragraphs[index]
    if link.cue is None or quotation.paragraphs[-1] != index + 1 and len(quotation.paragraphs) > 1:
        return None
    if link.cue.end <= quotation.mark_start:
        return _clause_after_cue(article, quotation, link.cue, paragraph, used)
    if link.cue.start >= quotation.mark_end:
        return _clause_before_cue(article, quotation, link, paragraph)
    return None


def _clause_after_cue(
    article: ArticleIndex, quotation: Quotation, cue: Cue, paragraph: tuple[int, int], used: set[int]
) -> tuple[int, int] | None:
    text = article.text
    sentence_end = article.sentence_end(quotation.mark_end - 1, paragraph[1])
    start = _content_start(text, cue, text[cue.end : sentence_end])
    that = text.rfind(" that ", cue.end, quotation.mark_start)
    start = that + len(" that ") if that > start else start  # "told the crowd at a diner that “...”"
    lead = text[start : quotation.mark_start]
    if start > quotation.mark_start or _INTRODUCES.search(lead):
        return None
    end = trim_end(text, start, _content_end(article, start, sentence_end, used))
    if not _LETTER.search(lead):  # the quotation opens the clause: partly quoted only if the clause goes on after it
        tail = text[article.past_closing_mark(quotation.mark_end) : end]
        if quotation.text(text)[-1:] in ",.!?;:" or not _CLAUSE_GOES_ON.match(tail):
            return None  # Ruiz said “it makes me angry” every time ...: yes; she said “no” and left, “We'll see,” when
    return (start, article.past_closing_mark(max(end, quotation.end)))


_CLAUSE_GOES_ON = re.compile(
    r"\s+(?!(?:and|but|or|as|while|then|when|who|which|before|after|moments|times|[a-z]+ing)\b)[a-z]"
)
"""After a quotation that opens a reported clause, words of the same clause: "every time she sees it",
"despite his loss" (not "and left", "as he left", "when asked", "before predicting", "five times")."""


def _clause_before_cue(
    article: ArticleIndex, quotation: Quotation, link: Link, paragraph: tuple[int, int]
) -> tuple[int, int] | None:
    text = article.text
    start = article.sentence_start(quotation.mark_start, paragraph[0])
    lead = text[start : quotation.mark_start]
    between = text[quotation.mark_end : link.cue.start]
    named = between.find(link.speaker.as_written.split(",")[0].strip()) if link.speaker.as_written else -1
    comma = text.rfind(",", quotation.mark_end, quotation.mark_end + named if named > 0 else link.cue.start)
    tail = text[quotation.mark_end : comma] if comma >= 0 else ""  # words between the quotation and its speaker
    words_before = _LETTER.search(lead) and not _INTRODUCES.search(lead)
    if not words_before and not _LETTER.search(tail):
        return None
    end = trim_end(text, start, comma if comma >= 0 else quotation.mark_end)
    while start < end and text[start] in " ,":
        start += 1
    return (start, article.past_closing_mark(max(end, quotation.end)))


# Reported clauses -------------------------------------------------------------------------------------------------

_OPTIONAL_THAT = re.compile(r"\s*(?:that\s+)?")
_TRAILING = ' .,;:”"’\n'


def trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces, punctuation and closing marks, not before ``start``."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _clause_from(text: str, start: int, sentence_end: int, found: Link | None) -> Link | None:
    """A link for the words from ``start`` to the end of the sentence, if they are long enough to be a clause."""
    end = trim_end(text, start, sentence_end)
    return replace(found, span=(start, end)) if found and end - start >= 8 else None


_THAT_OR_OBJECT = re.compile(
    r"\s*(?:,\s*)?(?:—[^—]{1,80}—\s*)?(?:(?:in a (?:statement|post|letter|interview|filing)|"
    rf"on (?:{_DAY[3:-1]}|X|Facebook|Instagram|Twitter)|"
    r"(?:late |early )?(?:last|this|on) \w+|yesterday|today|on \w+ \w+)\s*,?\s*)*(?:that\s+)?"
)


def link_clause(article: ArticleIndex, cue: Cue, paragraph: tuple[int, int], used: set[int]) -> Link | None:
    """Ana Ruiz said (that) the bridge will reopen. / The bridge will reopen, the council said. / ..., said Ana Ruiz.

    Returns the link with the span of the reported words, the cue left for the caller to attach."""
    text = article.text
    sentence_start = article.sentence_start(cue.start, paragraph[0])
    sentence_end = article.sentence_end(cue.end, paragraph[1])
    before = text[sentence_start : cue.start]
    if cue.form == "saying" and _QUOTED_AS.search(before):
        quoted = quoted_as_saying(article, cue, sentence_start)
        if quoted:
            used.add(quoted.cue.start)
            start = _THAT_OR_OBJECT.match(text, cue.end).end()
            return _clause_from(text, start, sentence_end, _with_cue(quoted, None))
    if cue.form.endswith("ing") and before.rstrip().endswith(","):
        return _participle_clause(article, cue, sentence_start, sentence_end)
    if _AND_AT_END.search(before):
        found = _coordinated_clause(article, cue, sentence_start, sentence_end)
        if found or article.cues_between(sentence_start, cue.start):
            return found
    return _forward_clause(article, cue, (sentence_start, sentence_end), used) or _backward_clause(
        article, cue, sentence_start, sentence_end
    )


def _coordinated_clause(article: ArticleIndex, cue: Cue, sentence_start: int, sentence_end: int) -> Link | None:
    """ "The ministry said X and accused Y of Z": the second verb keeps the first verb's speaker (the subject of the
    sentence's first reporting verb, else of its first verb)."""
    text = article.text
    earlier = article.cues_between(sentence_start, cue.start)
    if earlier:
        first = speaker_from(
            subject_before(text[sentence_start : earlier[0].start]), "the same speaker as the verb before 'and'"
        )
    else:
        first = sentence_subject(
            article, sentence_start, cue.start, "speaker of the sentence's first verb, which this verb continues"
        )
    return _clause_from(text, _OPTIONAL_THAT.match(text, cue.end).end(), sentence_end, first)


_THAT_SOON = re.compile(r"(?:,?\s+[^\s“”\"]+){0,4}?,?\s+that\b|\s*:")
_COMMA_START = re.compile(r"\s*,")
_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:" + "|".join(sorted(PERSONAL_PRONOUNS)) + r"|there|this)\b"
    r"|(?:the|a|an|its|his|her|their|[\d,]+)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might)\b)"
)
TOLD_OBJECT = re.compile(
    r"\s*((?:the |a |an |his |her |their )?[\w’'.-]+(?: [A-Z][\w’'.-]+| [a-z]+){0,3}?)"
    r"(?:\s+(?:that|on|in|at|after)\b|,)"
)
"""The listener after "told": "told reporters", "told the Kelby Gazette that"."""
_PREPOSITION_START = re.compile(
    r"(?:after|before|at|in|on|during|following|when|while|as|with|without|outside|inside|by)\b", re.IGNORECASE
)
_NAME_BEFORE_WHO = re.compile(r"((?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*),\s*(?:who|which)\s*$")


def _forward_subject(before: str) -> Link | None:
    """The speaker before a verb whose reported words follow it; for "X, who said", X."""
    subject = speaker_from(subject_before(before), "speaker named before the verb; the reported words follow it")
    antecedent = _NAME_BEFORE_WHO.search(before)
    if subject and subject.speaker.name.lower() in {"who", "which"} and antecedent:
        subject = speaker_from(antecedent.group(1), "speaker named just before 'who' or 'which' and the verb")
    return subject if subject and before.strip() else None


def _content_start(text: str, cue: Cue, after: str) -> int:
    """Where the reported words after a verb start: past "that", a time, a channel, or the listener of "told"."""
    skip = _THAT_OR_OBJECT.match(after)
    offset = skip.end() if skip else 0
    that = _THAT_SOON.match(after)
    if that and after[: that.end()].rstrip().endswith("that") and "“" not in after[: that.end()]:
        offset = that.end()  # "acknowledged under questioning that ..."
    listener = TOLD_OBJECT.match(after) if cue.verb.lemma == "tell" else None
    if listener:
        rest = after[listener.end() :]
        offset = listener.end() + (_THAT_OR_OBJECT.match(rest).end() if _THAT_OR_OBJECT.match(rest) else 0)
    return cue.end + offset


_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_CHANNEL_AFTER = re.compile(r",[”\"’]?\s*(?:according to|(?:as\s+)?(?:reported|quoted)\s+by)\b")
_SPACED_AND_AT_END = re.compile(r",?\s+(?:and|but)\s+$")


def _content_end(article: ArticleIndex, start: int, sentence_end: int, used: set[int]) -> int:
    """Where the reported words after a verb end: at "according to" (a channel), at a participle or a second
    reporting verb with its own words, or before a cue a quotation took; else at the end of the sentence."""
    text = article.text
    end = sentence_end
    channel = _CHANNEL_AFTER.search(text, start, sentence_end)
    if channel:
        end = channel.start()  # "..., according to Iranian outlets", "..., as reported by X": the channel
    for later in article.cues_between(start, end):
        before_later = text[start : later.start]
        kept = before_later.rstrip()
        if later.form.endswith("ing") and kept.rstrip("”\"’'").endswith(","):
            return start + len(kept) - (0 if kept.endswith(",") else 1)  # "..., adding", "...,” adding"
        conjunction = _SPACED_AND_AT_END.search(before_later)
        if conjunction and "indirect" in later.verb.kinds:
            return start + conjunction.start()
        if later.start in used:
            clause = text.rfind(",", start, later.start)
            return clause if clause > start else later.start
    return end


def _forward_clause(article: ArticleIndex, cue: Cue, sentence: tuple[int, int], used: set[int]) -> Link | None:
    """Speaker, verb, then the reported words: "Ana Ruiz told reporters (that) the bridge will reopen"."""
    text = article.text
    before, after = text[sentence[0] : cue.start], text[cue.end : sentence[1]]
    if "indirect-that" in cue.verb.kinds and not _THAT_SOON.match(after) and not _CLAUSE_AFTER.match(after):
        return None  # "announced new agreements": an action, not reported speech, unless "announced (that) it ..."
    subject = _forward_subject(before)
    if subject is None or (_COMMA_START.match(after) and not _THAT_SOON.match(after)):
        return None  # "..., the people said, asking ...": the reported words came before the verb
    start = _content_start(text, cue, after)
    if _PREPOSITION_START.match(text, start) and not text[cue.end : start].rstrip().endswith("that"):
        return None  # "..., the council said on Monday after a vote": no reported words after the verb
    end = trim_end(text, start, _content_end(article, start, sentence[1], used))
    if end - start < 8 or len(text[start:end].split()) < 3:
        return None
    return replace(subject, span=(start, end))


_CLAUSE_ENDS = re.compile(
    r"\s*(?:(?:in an? (?:\w+ )?(?:statement|post|interview|email|letter|filing|briefing|release)|on \w+|late \w+|"
    rf"early \w+|last \w+|this \w+|{_DAY}|yesterday|today|tonight|on condition of anonymity)\s*)*"
    r"(?:[.!?]|,\s*(?:\w+ing|who|which|according)\b|$)"
)
"""What may follow a verb that ends its clause: ", the council said on Monday." / ", the people said, asking ..." """
_NOUN_PHRASE_START = re.compile(r"\s+(?:the |a |an |some |two |three |several )?[\w’'.-]+")
_CLAUSE_START = re.compile(r"\s+(?:that|" + "|".join(sorted(PERSONAL_PRONOUNS)) + r")\b")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|did|does|do|may|might|must)\b")


def _backward_clause(article: ArticleIndex, cue: Cue, sentence_start: int, sentence_end: int) -> Link | None:
    """The reported words first, then the cue: '..., the council said.' or '..., said Ana Ruiz.'"""
    text = article.text
    before, after = text[sentence_start : cue.start], text[cue.end : sentence_end]
    comma = before.rstrip().rfind(",")
    if comma < 0 or not text[sentence_start : sentence_start + comma].strip():
        return None
    span = (sentence_start, sentence_start + comma)
    between = before[comma + 1 :]
    if between.strip() and _COMMA_START.match(after) and len(between.split()) <= 6 and not _CLAUSE_ENDS.match(after):
        # "The farm will sell half its herd, he explained, and may give up milking": the cue sits inside the words
        subject = speaker_from(subject_before(between), "speaker named in a cue set inside the reported words")
        return (
            replace(subject, span=(sentence_start, trim_end(text, sentence_start, sentence_end))) if subject else None
        )
    if between.strip():
        if len(between.split()) > 8 or not _CLAUSE_ENDS.match(_without_listener(cue, after)):
            return None
        subject = speaker_from(subject_before(between), "speaker named after the reported words, before the verb")
        return replace(subject, span=span) if subject else None
    core = _DESCRIPTION_STARTS.split(after, maxsplit=1)[0]  # "said Ed Rendell, who chairs the host committee"
    if (
        len(core.split()) > 10
        or not _NOUN_PHRASE_START.match(after)
        or _CLAUSE_START.match(after)
        or _FINITE.search(core)
    ):
        return None
    inverted = speaker_from(speaker_after(after), "speaker named after the reported words, after the verb")
    return replace(inverted, span=span) if inverted else None


_DESCRIPTION_STARTS = re.compile(r",\s+(?:who|whose|which|a|an|the)\b|,\s+[a-z]")
"""Where a description after a speaker's name starts: the name may be followed by one of any length."""
_LISTENER = re.compile(
    r"\s*(?:me|him|her|us|them|you|reporters|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|the\s+\w+(?:\s+\w+)?)\b"
)


def _without_listener(cue: Cue, after: str) -> str:
    """The words after "told" without its listener ("..., the president told her."), for other verbs all of them."""
    listener = _LISTENER.match(after) if cue.verb.lemma == "tell" else None
    return after[listener.end() :] if listener else after


_ACTOR = re.compile(r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?:has|have|had|is|was|were)\b")


def _participle_clause(article: ArticleIndex, cue: Cue, sentence_start: int, sentence_end: int) -> Link | None:
    """ "..., where Iran has carried out strikes, saying it is used as a staging ground": the speaker of a participle
    is the last actor of the sentence before it ("Iran has ..."), else the speaker of the sentence's first verb."""
    text = article.text
    actors = list(_ACTOR.finditer(text, sentence_start, cue.start))
    if actors:
        found = speaker_from(
            actors[-1].group(1),
            "speaker of a participle ('..., saying'): the last one acting before it in the sentence",
        )
    else:
        found = sentence_subject(
            article,
            sentence_start,
            cue.start,
            "speaker of a participle ('..., adding'): the speaker of the sentence's first verb",
        )
    skip = _THAT_OR_OBJECT.match(text, cue.end)
    return _clause_from(text, skip.end() if skip else cue.end, sentence_end, found)


# According to -----------------------------------------------------------------------------------------------------

_SOURCE_END = re.compile(r",|\.(?:\s|$)|$")
_NAME_AFTER_COMMA = re.compile(r",\s*((?:[A-Z][\w’'.-]*\s*){2,4})(?=[,.])")
_DESCRIPTION_AFTER_COMMA = re.compile(r",\s*((?:who|which|a|an|the)\b[^.]*)")


def _according_source(text: str, start: int, sentence_end: int) -> tuple[str, int]:
    """The source named after "according to" and where it ends: up to a comma or the end of the sentence, or the
    name in apposition after a description ("the regional governor, Ilya Marchenko,")."""
    source_end = start + _SOURCE_END.search(text[start:sentence_end]).start()
    source = text[start:source_end].strip()
    named = _NAME_AFTER_COMMA.match(text[source_end:sentence_end])
    if named and not source[:1].isupper():
        return named.group(1).strip(), source_end + named.end()
    return source, source_end


def according_to(article: ArticleIndex, paragraph: tuple[int, int]) -> list[Link]:
    """According to X, CLAUSE. / CLAUSE, according to X (, who ...). Each link has the clause's span and a cue for
    "according to" itself."""
    text, found = article.text, []
    if text.find("ccording to", *paragraph) < 0:
        return found  # most paragraphs: nothing to look for
    for match in _ACCORDING.finditer(text, *paragraph):
        if article.inside_quotation(match.start()):
            continue
        sentence_start = article.sentence_start(match.start(), paragraph[0])
        sentence_end = article.sentence_end(match.end(), paragraph[1])
        source, source_end = _according_source(text, match.end(), sentence_end)
        if text[sentence_start : match.start()].strip(" ,") == "":
            start, end = source_end + 1, sentence_end
        else:
            start, end = sentence_start, match.start()
            description = _DESCRIPTION_AFTER_COMMA.match(text[source_end:sentence_end])
            source = f"{source}, {description.group(1)}" if description else source
        end = trim_end(text, start, end)
        while start < end and text[start] in " ,":
            start += 1
        if end - start > 8:
            cue = Cue(match.start(), match.start() + len("according to"), "according to", ACCORDING_TO)
            found.append(Link(split_speaker(source), "source named with 'according to'", cue, (start, end)))
    return found
