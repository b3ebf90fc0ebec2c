"""The staged attribution extractor: quotations, cues, link, carry, resolve.

1. *quotations* (``framing.quotations``): every quotation as an object, across
   sentences and paragraphs;
2. *cues* (``framing.cues``): the reporting verbs of ``reporting_verbs.csv``,
   plus "according to";
3. *link*: each quotation to the cue next to it, after it (“...,” she said /
   “...,” said Ana Ruiz) or before it (Ana Ruiz said: “...”); each cue with no
   quotation to the clause it reports (Ana Ruiz said that ...; ..., the council
   said); "according to X" to its clause;
4. *carry*: a quotation with no cue of its own that opens a paragraph, or
   follows a linked quotation in the same paragraph, continues the speaker
   before it;
5. *resolve*: "he", "she", "it", "they", "the mayor" or a surname alone become
   the most recent compatible person or organisation named before them
   (``framing.speakers.Mentions``).

Every statement records ``how``: one plain sentence that says why it has the
speaker it has.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import pandas as pd

from framing._tables import require_columns
from framing.cues import Cue, find_cues, hedges_near
from framing.progress import progress
from framing.quotations import Quotation, find_quotations, paragraphs
from framing.sentences import sentence_spans
from framing.word_lists import YES, alternation, words
from framing.speakers import (
    Entity,
    ABBREVIATION_END,
    ANONYMITY,
    TITLE_WORDS,
    ANONYMOUS,
    MEDIA_WORDS,
    ORG_WORDS,
    Mentions,
    Speaker,
    speaker_after,
    speaker_type,
    split_speaker,
    subject_before,
)

COLUMNS = [
    "article_id",
    "sentence_no",
    "speaker",
    "title",
    "verb",
    "quote",
    "kind",
    "speaker_type",
    "via",
    "hedge",
    "description",
    "paragraph_no",
    "start",
    "end",
    "stance",
    "speaker_as_written",
    "how",
]
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_THAT_OR_OBJECT = re.compile(
    r"\s*(?:,\s*)?(?:—[^—]{1,80}—\s*)?(?:(?:in a (?:statement|post|letter|interview|filing)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|X|Facebook|Instagram|Twitter)|"
    r"(?:late |early )?(?:last|this|on) \w+|yesterday|today|on \w+ \w+)\s*,?\s*)*(?:that\s+)?"
)
_TOLD_OBJECT = re.compile(
    r"\s*((?:the |a |an |his |her |their )?[\w’'.-]+(?: [A-Z][\w’'.-]+| [a-z]+){0,3}?)(?:\s+(?:that|on|in|at|after)\b|,)"
)
_PRONOUN_WORDS = words("pronouns", kind="personal")
_THAT_SOON = re.compile(r"(?:,?\s+[^\s“”\"]+){0,4}?,?\s+that\b|\s*:")
_COMMA_START = re.compile(r"\s*,")
_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:it|he|she|they|we|i|there|this)\b|(?:the|a|an|its|his|her|their|[\d,]+)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might)\b)"
)
_SPOKESPERSON = re.compile(
    r"^(?P<role>(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:spokesman|spokeswoman|spokesperson|press officer|representative|rep|publicist))\s+(?:for|from|at|of)\s+(?P<body>.+)$"
    r"|^(?:[Aa]n?|[Tt]he)\s+(?P<before>[A-Z][\w’'.-]*(?:\s+(?:for|of|and|[A-Z][\w’'.-]*))*|[a-z]+)\s+(?P<role2>spokesman|spokeswoman|spokesperson)$"
    r"|^(?P<alone>[Aa]n?\s+(?:spokesman|spokeswoman|spokesperson|press officer)|[Tt]he\s+(?:rep|publicist))$"
)
_COUNT_WORDS = frozenset("a an one two three four several some many the".split())
_PREPOSITION_START = re.compile(
    r"(?:after|before|at|in|on|during|following|when|while|as|with|without|outside|inside|by)\b", re.IGNORECASE
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|did|does|do|may|might|must)\b")
_CLAUSE_ENDS = re.compile(
    r"\s*(?:(?:in an? (?:\w+ )?(?:statement|post|interview|email|letter|filing|briefing|release)|on \w+|late \w+|early \w+|last \w+|"
    r"this \w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|on condition of anonymity)\s*)*"
    r"(?:[.!?]|,\s*(?:\w+ing|who|which|according)\b|$)"
)
"""What may follow a verb that ends its clause: ", the council said on Monday." / ", the people said, asking ..." """
_DESCRIPTION_START = re.compile(r"^(?:the|a|an)\s", re.IGNORECASE)


# Patterns used inside the stages, compiled once.
_IT_AFTER = re.compile(r"\s+it\b")
_AS_AFTER = re.compile(r"\s+(?:\S+\s+){0,3}?as\b")
_NAME_BEFORE_WHO = re.compile(r"((?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*),\s*(?:who|which)\s*$")
_CHANNEL_AT_END = re.compile(r"\s+(?:in a statement|in a post on \w+|on (?:X|Facebook|Instagram|Twitter))$")
_TIME_AT_END = re.compile(
    r"\s+(?:on|late|early|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|night|month|year)\b.*$"
)
_A_LETTER = re.compile(r"[A-Za-z]")
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s")
_QUOTED_AS = re.compile(r"\bquoted\s+(.+?),?\s+as\s+$")
_ONLY_SPACE_OR_COMMAS = re.compile(r"[\s,]*$")
_INVERTED_BEFORE_QUOTE = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s*){1,4}|the [a-z]+(?: [a-z]+)?)\s*[:,]\s*$")
_NOUN_PHRASE_START = re.compile(r"\s+(?:the |a |an |some |two |three |several )?[\w’'.-]+")
_CLAUSE_START = re.compile(r"\s+(?:that|it|he|she|they|we|i)\b")
_AND_AT_END = re.compile(r"\b(?:and|but)\s+$")
_OPTIONAL_THAT = re.compile(r"\s*(?:that\s+)?")
_SPACED_AND_AT_END = re.compile(r",?\s+(?:and|but)\s+$")
_SOURCE_END = re.compile(r",|\.(?:\s|$)|$")
_NAME_AFTER_COMMA = re.compile(r",\s*((?:[A-Z][\w’'.-]*\s*){2,4})(?=[,.])")
_DESCRIPTION_AFTER_COMMA = re.compile(r",\s*((?:who|which|a|an|the)\b[^.]*)")


@dataclass
class Statement:
    """One attributed statement: where its words are, who said them, with which cue, and why."""

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


class _Article:
    """Everything the stages need to know about one article's text."""

    def __init__(self, text: str):
        self.text = text
        self.paragraphs = paragraphs(text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.quotations = find_quotations(text)
        spans = sorted((q.parts[0][0] - 1, q.parts[-1][1] + 1) for q in self.quotations for _ in [0])
        self._quote_starts = [a for a, _ in spans]
        self._quote_spans = spans
        self.by_paragraph: dict[int, list[Quotation]] = {}
        for quotation in self.quotations:
            self.by_paragraph.setdefault(quotation.paragraph_no, []).append(quotation)
        self.cues = [c for c in find_cues(text) if not self.inside_quotation(c.start)]
        self._cue_starts = [c.start for c in self.cues]
        self.sentence_starts = [start for start, _ in sentence_spans(text)]
        self.boundaries = [start for start in self.sentence_starts if not self.inside_quotation(start - 1)]
        """Where sentences start (``framing.sentences.sentence_spans``, the lessons' sentences), except inside a
        quotation: a quotation is linked as one unit, however many sentences it holds."""

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


def _verb_phrase(article: _Article, cue: Cue) -> str:
    """The cue as a reader names it: "said", "called it", "described as", "accused ... of"."""
    verb = cue.form
    if verb == "saying" and _QUOTED_AS.search(article.text[max(0, cue.start - 80) : cue.start]):
        return "quoted as saying"
    following = article.text[cue.end : cue.end + 40]
    if cue.verb.lemma == "call" and _IT_AFTER.match(following):
        return f"{verb} it"
    if cue.verb.lemma in {"describe", "dismiss", "brand", "reject"} and _AS_AFTER.match(following):
        return f"{verb} as"
    return verb


def _antecedent(before: str) -> str:
    """The name just before ", who said" or ", which said": "reported by the Daily Ledger, which"."""
    match = _NAME_BEFORE_WHO.search(before)
    return match.group(1) if match else ""


_PERSONAL_PRONOUNS = _PRONOUN_WORDS - {"i"}


def _speaker_from(phrase: str, how: str) -> tuple[Speaker, str] | None:
    phrase = _CHANNEL_AT_END.sub("", phrase.strip(" ,"))
    phrase = _TIME_AT_END.sub("", phrase)
    if not phrase or len(phrase.split()) > (24 if ", " in phrase else 14) or not _A_LETTER.search(phrase):
        return None
    first = phrase.split()[0].lower()
    if first in _PERSONAL_PRONOUNS and len(phrase.split()) > 1 and phrase.split()[0][-1:] != ",":
        phrase = phrase.split()[0]  # "she had not written", "They said staff would be": the pronoun is the subject
    if first in {
        "to",
        "of",
        "for",
        "with",
        "by",
        "in",
        "on",
        "at",
        "from",
        "if",
        "that",
        "this",
        "what",
        "which",
        "it's",
    }:
        return None
    if (
        " " not in phrase
        and phrase.islower()
        and phrase not in _PRONOUN_WORDS | {"who", "which"}
        and not ANONYMOUS.match(phrase)
        and not ORG_WORDS.fullmatch(phrase)
    ):
        return None
    return split_speaker(phrase), how


_NAME_THEN_APPOSITIVE = re.compile(
    r"\s*,?\s*(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,\s+(?:a|an|the|who|whose)\b[^.!?“”\"]*,\s*$"
)


def _after_cue(article: _Article, quotation: Quotation, region_end: int) -> tuple[Cue, Speaker, str] | None:
    """“...,” she said / “...,” said Ana Ruiz / “...?” asked the judge."""
    text, start = article.text, quotation.mark_end
    for cue in article.cues_between(start, min(region_end, start + 200)):
        between = text[start : cue.start]
        if cue.form == "saying" and "quoted" in between:
            return _quoted_as_saying(article, cue, start)
        if _SENTENCE_BREAK.search(between) or "\n" in between:
            return None
        if not between.strip(" ,—–-\t"):
            rest_end = article.sentence_end(cue.end, region_end)
            found = _speaker_from(
                speaker_after(text[cue.end : rest_end]), "speaker named after the quotation, after the verb"
            )
        else:
            if len(between.split()) > 8 and not _NAME_THEN_APPOSITIVE.match(between):
                return None  # ... unless a name and its appositive stand before the verb: “...,” Ines Halloran, the envoy who chaired the talks, told
            ended = quotation.text(text)[-1:] in ".!?" and between.strip()[:1].isupper()
            after = text[cue.end : article.sentence_end(cue.end, region_end)]
            if ended and len(after.split()) > 4:
                return None  # “We tried.” The mayor said the plan failed: a new sentence with its own statement
            found = _speaker_from(subject_before(between), "speaker named after the quotation, before the verb")
        if found:
            return cue, found[0], found[1]
        return None
    return None


def _quoted_as_saying(article: _Article, cue: Cue, start: int) -> tuple[Cue, Speaker, str] | None:
    """“...,” Iran's state media quoted Pezeshkian as saying: the speaker is the one quoted, the outlet is the channel."""
    match = _QUOTED_AS.search(article.text[start : cue.start])
    if not match:
        return None
    found = _speaker_from(match.group(1), "speaker quoted 'as saying' by the outlet named before 'quoted'")
    if not found:
        return None
    return Cue(start + match.start(), cue.end, "quoted as saying", cue.verb), found[0], found[1]


_BEFORE_A_SUBJECT = frozenset("the a an his her their its our my this that these those and but".split())
_NICKNAME_QUOTE = re.compile(r"\b[A-Z][a-z]+\s+[“\"‘][A-Z][^“”\"‘’]{0,20}[”\"’]\s+[A-Z]")
_PREPOSITIONS = frozenset(
    "unlike like with to by for from of against than about on at in into over under after before".split()
)
_MAIN_VERB = re.compile(
    r"\b(?:has|have|had|is|was|were|will|would|did|does|could|can|may|might|must|should)\b|\b[a-z]+ed\b"
)


def _sentence_subject(article: _Article, sentence_start: int, position: int, how: str) -> tuple[Speaker, str] | None:
    """The subject of the sentence's first verb, for a second verb that shares it: "Rep. Dale Kinsey, R-Texas, agreed
    ... but warned", "A board spokeswoman denied ..., insisting". The first verb is the sentence's first reporting
    verb, else its first auxiliary or word ending in -ed that has a speaker phrase before it."""
    text = article.text
    earlier = [c for c in article.cues_between(sentence_start, position) if not c.form.endswith("ing")]
    if earlier:
        return _speaker_from(subject_before(text[sentence_start : earlier[0].start]), how)
    for verb in _MAIN_VERB.finditer(text, sentence_start, position):
        found = _speaker_from(subject_before(text[sentence_start : verb.start()]), how)
        if found and found[0].name.lower() not in {"who", "which", "that"}:
            return found
    return None


def _shares_subject(before: str, cue: Cue) -> bool:
    """True when a cue continues the sentence's first verb: "... but said", "..., insisting"."""
    return bool(_AND_AT_END.search(before)) or cue.form.endswith("ing") and before.rstrip().endswith(",")


def _before_cue(article: _Article, quotation: Quotation, floor: int) -> tuple[Cue, Speaker, str] | None:
    """Ana Ruiz said: “...” / She said the plan was “dead on arrival.” / “A,” she said, “B.”"""
    text = article.text
    start = article.sentence_start(quotation.mark_start, floor)
    cues = [c for c in article.cues_between(start, quotation.mark_start) if "direct" in c.verb.kinds]
    if not cues:
        return None
    cue = cues[-1]
    if _shares_subject(text[start : cue.start], cue):
        found = _sentence_subject(
            article, start, cue.start, "speaker of the sentence's first verb, which this verb continues"
        )
        if found:
            return cue, found[0], found[1]
    found = _speaker_from(
        subject_before(text[start : cue.start]), "speaker named before the quotation, in the same sentence"
    )
    if not found and _ONLY_SPACE_OR_COMMAS.match(text[cue.end : quotation.mark_start]) is None:
        return None
    if not found:
        inverted = _INVERTED_BEFORE_QUOTE.match(text[cue.end : quotation.mark_start])
        found = (
            _speaker_from(inverted.group(1), "speaker named before the quotation, after the verb") if inverted else None
        )
    if found:
        return cue, found[0], found[1]
    return None


def _colon_before(article: _Article, quotation: Quotation, paragraph_index: int) -> tuple[Cue, Speaker, str] | None:
    """In a statement, the ministry said: [new paragraph] “...”"""
    if paragraph_index == 0:
        return None
    text = article.text
    start, end = article.paragraphs[paragraph_index - 1]
    if not text[start:end].rstrip().endswith(":"):
        return None
    cues = article.cues_between(start, end)
    if not cues:
        return None
    cue = cues[-1]
    sentence = article.sentence_start(cue.start, start)
    found = _speaker_from(
        subject_before(text[sentence : cue.start]), "speaker named before a colon that ends the previous paragraph"
    )
    return (cue, found[0], found[1]) if found else None


def _statement(
    quotation_or_span,
    paragraph_no: int,
    kind: str,
    speaker: Speaker,
    cue: Cue | None,
    verb: str,
    how: str,
    position: int,
) -> Statement:
    start, end = quotation_or_span
    stance = cue.verb.stance if cue else ("neutral" if verb == "according to" else "")
    return Statement(start, end, paragraph_no, kind, speaker, verb, stance, position, how)


def _link_quotations(
    article: _Article, paragraph_index: int, used: set[int]
) -> list[tuple[Quotation, Statement | None]]:
    text = article.text
    start, end = article.paragraphs[paragraph_index]
    here = article.by_paragraph.get(paragraph_index + 1, [])
    if not here:
        return []
    linked = []
    for index, quotation in enumerate(here):
        region_end = here[index + 1].mark_start if index + 1 < len(here) else end
        floor = here[index - 1].mark_end if index > 0 else start
        if quotation.closed and len(quotation.paragraphs) == 1:
            found = _after_cue(article, quotation, region_end)
        elif not quotation.closed and quotation.paragraphs[-1] != paragraph_index + 1:
            found = None
        else:
            last_end = article.paragraphs[quotation.paragraphs[-1] - 1][1]
            following = [q for q in article.quotations if quotation.mark_end <= q.mark_start < last_end]
            found = (
                _after_cue(article, quotation, following[0].mark_start if following else last_end)
                if quotation.closed
                else None
            )
        found = found or _before_cue(article, quotation, floor)
        if (
            not found
            and start == article.sentence_start(quotation.mark_start, start)
            and text[start : quotation.mark_start].strip() == ""
        ):
            found = _colon_before(article, quotation, paragraph_index)
        statement = None
        if found and _NICKNAME_QUOTE.search(text, max(0, quotation.mark_start - 30), quotation.mark_end + 3):
            found = None  # Donald “Dod” Macrae: a nickname inside a name, not speech
        if found:
            cue, speaker, how = found
            used.add(cue.start)
            used.update(c.start for c in article.cues_between(cue.start, cue.end))
            statement = _statement(
                (quotation.start, quotation.end),
                paragraph_index + 1,
                "direct",
                speaker,
                cue,
                _verb_phrase(article, cue),
                how,
                cue.start,
            )
        linked.append((quotation, statement))
    for index in range(len(linked) - 2, -1, -1):  # “We have nothing left.” “Our house is gone,” said Fatima Ali.
        quotation, statement = linked[index]
        following = linked[index + 1][1]
        if statement is None and following is not None and len(quotation.text(text).split()) >= 3:
            linked[index] = (
                quotation,
                Statement(
                    quotation.start,
                    quotation.end,
                    paragraph_index + 1,
                    "direct",
                    following.speaker,
                    following.verb,
                    following.stance,
                    quotation.mark_start,
                    f"a quotation before the cue '{following.verb}' in the same "
                    f"paragraph: {following.speaker.name}'s words",
                    following.speaker_type,
                ),
            )
    return linked


def _reported_clause(
    article: _Article, cue: Cue, paragraph: tuple[int, int], used: set[int]
) -> tuple[tuple[int, int], Speaker, str] | None:
    """Ana Ruiz said (that) the bridge will reopen. / The bridge will reopen, the council said. / ..., said Ana Ruiz."""
    text = article.text
    sentence_start = article.sentence_start(cue.start, paragraph[0])
    sentence_end = article.sentence_end(cue.end, paragraph[1])
    before, after = text[sentence_start : cue.start], text[cue.end : sentence_end]
    if cue.form == "saying" and _QUOTED_AS.search(before):
        quoted = _quoted_as_saying(article, cue, sentence_start)
        if quoted:
            start = cue.end + _THAT_OR_OBJECT.match(text, cue.end).end() - cue.end
            end = _trim_end(text, start, sentence_end)
            used.add(quoted[0].start)
            return ((start, end), quoted[1], quoted[2]) if end - start >= 8 else None
    if cue.form.endswith("ing") and before.rstrip().endswith(","):
        return _participle_clause(article, cue, sentence_start, sentence_end, used)
    earlier = article.cues_between(sentence_start, cue.start)
    if _AND_AT_END.search(before) and earlier:
        return _coordinated_clause(article, cue, sentence_start, sentence_end, earlier[0])
    if _AND_AT_END.search(before):
        found = _sentence_subject(
            article, sentence_start, cue.start, "speaker of the sentence's first verb, which this verb continues"
        )
        if found:
            start = cue.end + _OPTIONAL_THAT.match(text, cue.end).end() - cue.end
            end = _trim_end(text, start, sentence_end)
            if end - start >= 8:
                return (start, end), found[0], found[1]
    return _forward_clause(article, cue, sentence_start, sentence_end, used) or _backward_clause(
        article, cue, sentence_start, sentence_end
    )


def _coordinated_clause(article: _Article, cue: Cue, sentence_start: int, sentence_end: int, first_cue: Cue):
    """ "The ministry said X and accused Y of Z": the second verb keeps the first verb's speaker."""
    text = article.text
    first = _speaker_from(
        subject_before(text[sentence_start : first_cue.start]), "the same speaker as the verb before 'and'"
    )
    if not first:
        return None
    start = cue.end + _OPTIONAL_THAT.match(text, cue.end).end() - cue.end
    end = _trim_end(text, start, sentence_end)
    return ((start, end), first[0], first[1]) if end - start >= 8 else None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ' .,;:”"’\n':
        end -= 1
    return end


def _forward_clause(article: _Article, cue: Cue, sentence_start: int, sentence_end: int, used: set[int]):
    """Speaker, verb, then the reported words: "Ana Ruiz told reporters (that) the bridge will reopen"."""
    text = article.text
    before, after = text[sentence_start : cue.start], text[cue.end : sentence_end]
    if "indirect-that" in cue.verb.kinds and not _THAT_SOON.match(after) and not _CLAUSE_AFTER.match(after):
        return None  # "announced new agreements": an action, not reported speech, unless "announced (that) it ..."
    subject = _speaker_from(subject_before(before), "speaker named before the verb; the reported words follow it")
    if subject and subject[0].name.lower() in {"who", "which"} and _antecedent(before):
        subject = _speaker_from(_antecedent(before), "speaker named just before 'who' or 'which' and the verb")
    if not subject or not before.strip():
        return None
    if _COMMA_START.match(after) and not _THAT_SOON.match(after):
        return None  # "..., the people said, asking ...": the reported words came before the verb
    skip = _THAT_OR_OBJECT.match(after)
    offset = skip.end() if skip else 0
    that = _THAT_SOON.match(after)
    if that and after[: that.end()].rstrip().endswith("that") and "“" not in after[: that.end()]:
        offset = that.end()  # "acknowledged under questioning that ..."
    if cue.verb.lemma == "tell":
        listener = _TOLD_OBJECT.match(after)
        if listener:
            rest = after[listener.end() :]
            offset = listener.end() + (_THAT_OR_OBJECT.match(rest).end() if _THAT_OR_OBJECT.match(rest) else 0)
    content_start = cue.end + offset
    if _PREPOSITION_START.match(text, content_start) and not text[cue.end : content_start].rstrip().endswith("that"):
        return None  # "..., the council said on Monday after a vote": no reported words after the verb
    content_end = sentence_end
    according = _ACCORDING.search(text, content_start, sentence_end)
    if according and text[content_start : according.start()].rstrip().endswith(","):
        content_end = according.start()  # "..., according to Iranian outlets": the channel, not the reported words
    for later in article.cues_between(content_start, content_end):
        if later.form.endswith("ing") and text[content_start : later.start].rstrip().endswith(","):
            content_end = content_start + len(text[content_start : later.start].rstrip()) - 1
            break
        if _SPACED_AND_AT_END.search(text[content_start : later.start]) and "indirect" in later.verb.kinds:
            content_end = content_start + _SPACED_AND_AT_END.search(text[content_start : later.start]).start()
            break
        if later.start in used:
            clause = text.rfind(",", content_start, later.start)
            content_end = clause if clause > content_start else later.start
            break
    content_end = _trim_end(text, content_start, content_end)
    if content_end - content_start < 8 or len(text[content_start:content_end].split()) < 3:
        return None
    return (content_start, content_end), subject[0], subject[1]


def _backward_clause(article: _Article, cue: Cue, sentence_start: int, sentence_end: int):
    """The reported words first, then the cue: '..., the council said.' or '..., said Ana Ruiz.'"""
    text = article.text
    before, after = text[sentence_start : cue.start], text[cue.end : sentence_end]
    comma = before.rstrip().rfind(",")
    if comma < 0 or not text[sentence_start : sentence_start + comma].strip():
        return None
    span = (sentence_start, sentence_start + comma)
    between = before[comma + 1 :]
    if between.strip() and _COMMA_START.match(after) and len(between.split()) <= 6 and not _CLAUSE_ENDS.match(after):
        # "The farm will sell half its herd, he explained, and may give up milking": the cue sits inside the reported words
        subject = _speaker_from(subject_before(between), "speaker named in a cue set inside the reported words")
        return (
            ((sentence_start, _trim_end(text, sentence_start, sentence_end)), subject[0], subject[1])
            if subject
            else None
        )
    if between.strip():
        if len(between.split()) > 8 or not _CLAUSE_ENDS.match(after):
            return None
        subject = _speaker_from(subject_before(between), "speaker named after the reported words, before the verb")
        return (span, subject[0], subject[1]) if subject else None
    if (
        len(after.split()) > 10
        or not _NOUN_PHRASE_START.match(after)
        or _CLAUSE_START.match(after)
        or _FINITE.search(after)
    ):
        return None
    inverted = _speaker_from(speaker_after(after), "speaker named after the reported words, after the verb")
    return (span, inverted[0], inverted[1]) if inverted else None


_ACTOR = re.compile(r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?:has|have|had|is|was|were)\b")


def _participle_clause(article: _Article, cue: Cue, sentence_start: int, sentence_end: int, used: set[int]):
    """ "..., where Iran has carried out strikes, saying it is used as a staging ground": the speaker of a participle
    is the last actor of the sentence before it ("Iran has ..."), else the speaker of the sentence's first verb."""
    text = article.text
    actors = list(_ACTOR.finditer(text, sentence_start, cue.start))
    if actors:
        found = _speaker_from(
            actors[-1].group(1),
            "speaker of a participle ('..., saying'): the last one acting before it in the sentence",
        )
    else:
        found = _sentence_subject(
            article,
            sentence_start,
            cue.start,
            "speaker of a participle ('..., adding'): the speaker of the sentence's first verb",
        )
    if not found:
        return None
    start = cue.end + (
        _THAT_OR_OBJECT.match(text, cue.end).end() - cue.end if _THAT_OR_OBJECT.match(text, cue.end) else 0
    )
    end = sentence_end
    while end > start and text[end - 1] in ' .,;:”"’\n':
        end -= 1
    return ((start, end), found[0], found[1]) if end - start >= 8 else None


def _according_to(article: _Article, paragraph: tuple[int, int]) -> list[tuple[tuple[int, int], Speaker, int]]:
    """According to X, CLAUSE. / CLAUSE, according to X (, who ...)."""
    text, found = article.text, []
    if text.find("ccording to", *paragraph) < 0:
        return found  # most paragraphs: nothing to look for
    for match in _ACCORDING.finditer(text, *paragraph):
        if article.inside_quotation(match.start()):
            continue
        sentence_start = article.sentence_start(match.start(), paragraph[0])
        sentence_end = article.sentence_end(match.end(), paragraph[1])
        source_end = match.end() + _SOURCE_END.search(text[match.end() : sentence_end]).start()
        source = text[match.end() : source_end].strip()
        named = _NAME_AFTER_COMMA.match(text[source_end:sentence_end])
        if named and not source[:1].isupper():
            source, source_end = (
                named.group(1).strip(),
                source_end + named.end(),
            )  # "the regional governor, Ilya Marchenko,"
        if text[sentence_start : match.start()].strip(" ,") == "":
            span = (source_end + 1, sentence_end)
        else:
            span = (sentence_start, match.start())
            description = _DESCRIPTION_AFTER_COMMA.match(text[source_end:sentence_end])
            if description:
                source = f"{source}, {description.group(1)}"
        while span[1] > span[0] and text[span[1] - 1] in ' .,;:”"’\n':
            span = (span[0], span[1] - 1)
        while span[0] < span[1] and text[span[0]] in " ,":
            span = (span[0] + 1, span[1])
        if span[1] - span[0] > 8:
            found.append((span, split_speaker(source), match.start()))
    return found


def extract_statements(text: str) -> list[Statement]:
    """All the attributed statements of one article's text, in order (the five stages in turn)."""
    if not isinstance(text, str):
        raise TypeError(f"extract_statements expects the article's text as a string, got {type(text).__name__}")
    return _article_statements(_Article(text))


def _article_statements(article: _Article) -> list[Statement]:
    text = article.text
    mentions = Mentions()
    statements: list[Statement] = []
    previous: Statement | None = None
    speaking = _Speaking(None, 0)
    quote_spans = [(q.start, q.end) for q in article.quotations]
    for index, paragraph in enumerate(article.paragraphs):
        mentions.scan(text, paragraph[0], paragraph[1], quote_spans)
        used: set[int] = set()
        here: list[Statement] = []
        for quotation, statement in _link_quotations(article, index, used):
            if statement is None:
                statement = _carry(article, quotation, previous, here, paragraph)
            if statement is not None:
                here.append(statement)
        for cue in article.cues_between(*paragraph):
            if cue.start in used or "indirect" not in cue.verb.kinds:
                continue
            clause = _reported_clause(article, cue, paragraph, used)
            if clause and not any(
                s.start <= clause[0][0] < s.end or clause[0][0] <= s.start < clause[0][1] for s in here
            ):
                span, speaker, how = clause
                here.append(
                    _statement(span, index + 1, "indirect", speaker, cue, _verb_phrase(article, cue), how, cue.start)
                )
        for span, speaker, position in _according_to(article, paragraph):
            sharing = [
                s
                for s in here
                if s.kind != "according-to"
                and article.sentence_start(s.cue_position, paragraph[0])
                == article.sentence_start(position, paragraph[0])
            ]
            if sharing:
                for (
                    statement
                ) in sharing:  # "X said ..., according to state media": the outlet is the channel, not a speaker
                    statement.via = statement.via or speaker.name
                continue
            if not any(s.start <= span[0] < s.end or span[0] <= s.start < span[1] for s in here):
                here.append(
                    _statement(
                        span,
                        index + 1,
                        "according-to",
                        speaker,
                        None,
                        "according to",
                        "source named with 'according to'",
                        position,
                    )
                )
        for statement in here:
            _channel_and_hedge(article, statement, paragraph)
        source = previous
        for statement in here:  # a quotation carried on keeps the channel of the words it continues
            if statement.verb == "(continued)" and source is not None and not statement.via:
                statement.via = source.via
            elif statement.kind == "direct":
                source = statement
        here.sort(key=lambda s: s.start)
        for statement in here:
            _issued_by(article, mentions, statement, statements + here, paragraph)
            _resolve(statement, mentions, _still_speaking(article, mentions, speaking, statement))
            if statement.kind == "direct" or statement.verb:
                previous = statement
            if statement.speaker_type != "pronoun":
                speaking = _Speaking(
                    mentions.find(statement.speaker.name), statement.paragraph_no, statement.cue_position
                )
        statements += here
    _named_later(statements, mentions)
    return statements


_UNNAMED_DESCRIPTION = re.compile(r"^(?:the|its|his|her|their)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)$", re.IGNORECASE)


def _named_later(statements: list[Statement], mentions: Mentions) -> None:
    """Stage 5, last: a description that nobody named before it fits ("its project architect says ...") goes to the
    person named later with the same words in their title or appositive ("Euan Drysdale, the project architect")."""
    found: dict[str, tuple[Entity | None, list[str]]] = {}
    for statement in statements:
        described = _UNNAMED_DESCRIPTION.match(statement.speaker.name)
        if described is None or statement.speaker_type not in ("person", "organisation"):
            continue
        key = statement.speaker.name.lower()
        if key not in found:
            described_words = [w for w in described.group(1).lower().split() if w not in _NOT_DESCRIBING]
            role = bool(described_words) and described_words[-1] in TITLE_WORDS
            found[key] = (
                mentions.named_later(described_words, statement.cue_position) if role else None,
                described_words,
            )
        entity, described_words = found[key]
        if entity is None:
            continue
        written = statement.speaker.as_written or statement.speaker.name
        statement.how += (
            f"; '{statement.speaker.name}' is {entity.name}, named later with the words '{' '.join(described_words)}'"
        )
        statement.speaker = Speaker(entity.name, "", statement.speaker.description, written)
        statement.speaker_type = entity.kind


_NOT_DESCRIBING = frozenset("own new former then current".split())


_REPORTED_BY = re.compile(r"\b(?:as reported by|as quoted by|reported by)\s+(?P<via>[^,.;“”\"]+)", re.IGNORECASE)
_CARRIED_BY = re.compile(r"\bstatement (?:carried|published|released|reported) by (?P<via>[^,.;“”\"]+)", re.IGNORECASE)
_SPEAKING_TO = re.compile(
    r"\s*Speaking (?:to|with) (?P<via>[^,]+?)(?:\s+(?:before|after|on|in|during|outside)\b[^,]*)?,"
)
_QUOTED_BY = re.compile(r"(?P<via>[^,.;“”\"]+?)\s+quoted\s+[^,.;“”\"]+?,?\s+as\s+saying\b")


def _channel_and_hedge(article: _Article, statement: Statement, paragraph: tuple[int, int]) -> None:
    """The channel a statement came through (``via``) and hedges next to its cue."""
    text = article.text
    start = article.sentence_start(statement.cue_position, paragraph[0])
    end = article.sentence_end(statement.cue_position, paragraph[1])
    sentence = text[start:end]
    if statement.verb in ("said", "stated") or statement.kind != "according-to":
        statement.hedge = hedges_near(text, statement.cue_position, statement.cue_position + len(statement.verb))
    for pattern, required in (
        (_CARRIED_BY, None),
        (_REPORTED_BY, None),
        (_SPEAKING_TO, "Speaking "),
        (_QUOTED_BY, "quoted"),
    ):
        if required and required not in sentence:
            continue  # a cheap test first: the pattern cannot match without these words (_QUOTED_BY is slow on long sentences)
        found = pattern.search(sentence) if pattern is not _SPEAKING_TO else pattern.match(sentence)
        if found and not statement.via:
            statement.via = (
                _TIME_AT_END.sub("", found.group("via").strip(' ,“”"')).removeprefix("the ").strip()
                if pattern is _SPEAKING_TO
                else found.group("via").strip()
            )
    if statement.verb.startswith("told") and not statement.via:
        cue_end = statement.cue_position + len(statement.verb)
        listener = _TOLD_OBJECT.match(text[cue_end : cue_end + 80])
        if listener and MEDIA_WORDS.search(listener.group(1)):
            statement.via = listener.group(1).strip()


def _carry(
    article: _Article,
    quotation: Quotation,
    previous: Statement | None,
    here: list[Statement],
    paragraph: tuple[int, int],
) -> Statement | None:
    """A quotation with no cue: continue the speaker before it, if it opens its paragraph or follows a linked one."""
    text = article.text
    opens_paragraph = text[paragraph[0] : quotation.mark_start].strip() == ""
    source = here[-1] if here and here[-1].kind == "direct" else (previous if opens_paragraph else None)
    words = len(quotation.text(text).split())
    if source is None or words < 3:
        return None
    if source in here:  # “A.” [cue] “B.” in one paragraph: the second quotation belongs to the same cue
        return Statement(
            quotation.start,
            quotation.end,
            quotation.paragraph_no,
            "direct",
            source.speaker,
            source.verb,
            source.stance,
            quotation.mark_start,
            f"a second quotation after the cue '{source.verb}' in the same paragraph: {source.speaker.name}'s words",
            source.speaker_type,
            source.via,
            source.hedge,
        )
    return Statement(
        quotation.start,
        quotation.end,
        quotation.paragraph_no,
        "direct",
        source.speaker,
        "(continued)",
        "",
        quotation.mark_start,
        f"a quotation with no cue of its own: it continues {source.speaker.name}'s words in paragraph {source.paragraph_no}",
        source.speaker_type,
    )


_DOCUMENT_SPEAKER = re.compile(
    r"^(?:the|this|that)\s+(?:[a-z-]+\s+)?(?P<document>"
    + alternation(words("document_words", speaks=YES))[3:-1]
    + r")$"
)


def _issued_by(
    article: _Article, mentions: Mentions, statement: Statement, earlier: list[Statement], paragraph: tuple[int, int]
) -> None:
    """Stage 5 for a document that speaks ("the note said", "the filing said"): if this or the previous paragraph
    says who spoke in it ("telling clients in a note", "In a filing, the company said"), the document is that
    speaker's, and the speaker is recorded; otherwise the document stays the speaker."""
    if statement.speaker_type:
        return
    written = statement.speaker.as_written or statement.speaker.name
    document = _DOCUMENT_SPEAKER.match(statement.speaker.name.lower())
    if document is None:
        return
    noun = document.group("document")
    floor = article.paragraph_starts[max(0, statement.paragraph_no - 2)]
    limit = article.sentence_start(statement.cue_position, paragraph[0])
    introduced = None
    pattern = re.compile(
        rf"\b(?:in|with|through|via)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?{noun}s?\b", re.IGNORECASE
    )
    for introduced in pattern.finditer(article.text, floor, limit):
        pass
    if introduced is None:
        return
    sentence = article.sentence_start(introduced.start(), floor)
    issuer = next(
        (
            s.speaker.name
            for s in reversed(earlier)
            if sentence <= s.cue_position < article.sentence_end(introduced.start(), len(article.text))
            and s.speaker_type not in ("", "pronoun")
        ),
        None,
    )
    if issuer is None:
        named = [entity for offset, entity in mentions.mentioned_between(sentence, introduced.start())]
        issuer = named[0].name if named else None
    entity = mentions.find(issuer) if issuer else None
    if entity is None:
        return
    statement.speaker = Speaker(entity.name, "", written, written)
    statement.speaker_type = entity.kind
    statement.how += f"; '{written}' is {entity.name}'s: the {noun} in which {entity.name} spoke earlier ('{introduced.group(0).strip()}')"
    mentions.add(entity.name, entity.kind, statement.cue_position)


@dataclass
class _Speaking:
    """The speaker of the last statement (its entity, if the article named it) and the paragraph it was in."""

    entity: object
    paragraph_no: int
    position: int = 0


def _still_speaking(
    article: _Article, mentions: Mentions, speaking: _Speaking, statement: Statement
) -> _Speaking | None:
    """The last speaker, if they may still be the one speaking: their statement is in this paragraph or the one
    before, and no one else has since been made the subject of a sentence ("Obi was dismissive of her account.")."""
    if speaking.entity is None:
        return None
    recent = speaking.paragraph_no >= statement.paragraph_no - 1
    for offset, entity in mentions.mentioned_between(speaking.position + 1, statement.cue_position):
        if not _subject_position(article, offset):
            continue
        if entity is speaking.entity:  # "Rao paid tribute to ...": the speaker is the subject again
            recent = recent or bisect.bisect_right(article.paragraph_starts, offset) >= statement.paragraph_no - 1
        elif entity.kind == speaking.entity.kind:
            return None
    return speaking if recent else None


def _subject_position(article: _Article, offset: int) -> bool:
    """True if a mention at ``offset`` stands where a sentence's subject stands: in its first eight words, with no
    reporting verb and no "that" before it ("The Green candidate, Ben Okoye, ..." but not "Ms Okonjo said Kell ...")."""
    paragraph = bisect.bisect_right(article.paragraph_starts, offset) - 1
    start = article.sentence_start(offset, article.paragraph_starts[paragraph] if paragraph >= 0 else 0)
    before = article.text[start:offset]
    words = before.split()
    if (
        len(words) > 8
        or " that " in f" {before} "
        or article.cues_between(start, offset)
        or words
        and words[-1].lower() in _PREPOSITIONS
    ):
        return False
    after_comma = before[before.rfind(",") + 1 :].split() if "," in before else words  # "Outside court, Marcus Obi ..."
    return all(
        w[:1].isupper() or w.lower() in _BEFORE_A_SUBJECT or w.lower() in TITLE_WORDS or w.endswith(("’s", "'s"))
        for w in after_comma
    )


def _resolve(statement: Statement, mentions: Mentions, speaking: _Speaking | None = None) -> None:
    speaker = statement.speaker
    recent = speaking.entity if speaking is not None else None
    if statement.speaker_type:
        return
    written = speaker.as_written or speaker.name
    lowered = speaker.name.lower()
    kind = speaker_type(speaker.name, speaker.title, speaker.description)
    spokesperson = _SPOKESPERSON.match(speaker.name)
    if spokesperson and spokesperson.group(
        "alone"
    ):  # "a spokeswoman said": for the organisation speaking or named last
        organisation = (
            recent
            if recent is not None and recent.kind in ("organisation", "person")
            else mentions.last_named("organisation", statement.cue_position)
        )
        if organisation is None:
            spokesperson = None
        else:
            statement.speaker = Speaker(organisation.name, "", speaker.name, written)
            statement.how += f"; an unnamed {speaker.name.split()[-1]} speaks for {organisation.name}, the {'one speaking' if organisation is recent else 'organisation named last'} before"
            statement.speaker_type = organisation.kind
            mentions.add(organisation.name, organisation.kind, statement.cue_position)
            return
    if spokesperson:  # "a spokeswoman for the airline": the organisation speaks
        body = spokesperson.group("body") or spokesperson.group("before")
        if body.islower() and not body.startswith("the "):
            body = f"the {body}"  # "a university spokesperson": the university
        role = spokesperson.group("role") or f"a {spokesperson.group('role2')}"
        statement.speaker = speaker = Speaker(body.strip(), "", role, written)
        statement.how += f"; an unnamed {role.split()[-1]} speaks for {body.strip()}"
        lowered, kind = speaker.name.lower(), "organisation"
        if speaker.name[:1].islower() or speaker.name.lower().startswith("the "):
            entity, reason = mentions.resolve(speaker.name, statement.cue_position)
            speaks_for_a_person = role.split()[-1] in ("rep", "representative", "publicist")  # "a rep for the star"
            if entity is None and speaks_for_a_person:
                entity = mentions.most_named("person", statement.cue_position)
                reason = (
                    f"'{speaker.name}' taken for {entity.name}, the person named most often before it"
                    if entity is not None
                    else reason
                )
            if entity is not None and (
                entity.kind == "organisation" or speaks_for_a_person and entity.kind == "person"
            ):
                statement.speaker = Speaker(entity.name, "", speaker.description, written)
                statement.how += f"; {reason}"
                if entity.kind == "person":
                    statement.speaker_type = "person"
                    mentions.add(entity.name, "person", statement.cue_position)
                    return
        else:
            entity = mentions.find(speaker.name, "organisation")
            if entity is not None and entity.name != speaker.name:  # "a Harbinger spokesman": Harbinger Media Group
                statement.speaker = Speaker(entity.name, "", speaker.description, written)
                statement.how += f"; '{speaker.name}' is {entity.name}, named in full earlier"
        statement.speaker_type = "organisation"
        mentions.add(statement.speaker.name, "organisation", statement.cue_position)
        return
    if ANONYMITY.search(speaker.description) and (
        not speaker.name[:1].isupper() or speaker.name.split()[0].lower() in _COUNT_WORDS
    ):
        kind = "anonymous"  # "one guest, who asked not to be named"
    institution = speaker.name.islower() and len(speaker.name.split()) == 1 and kind == "organisation"
    description = (
        _DESCRIPTION_START.match(speaker.name)
        and len(speaker.name.split()) <= 4
        and (
            speaker.name.split()[-1].islower()
            or len(speaker.name.split()) == 2
            and mentions.find(speaker.name.split()[-1]) is None
        )
    )
    if description and kind == "anonymous":
        entity, _ = mentions.resolve(speaker.name, statement.cue_position)
        description = (
            entity is not None and entity.kind == "anonymous"
        )  # "the official": the anonymous source named before
    if lowered in _PRONOUN_WORDS | {"who"} or institution or description:
        entity, reason = mentions.resolve(speaker.name, statement.cue_position, recent)
        if entity is not None:
            statement.speaker = Speaker(entity.name, speaker.title, speaker.description, written)
            statement.speaker_type = entity.kind
            statement.how += f"; {reason}"
            mentions.add(entity.name, entity.kind, statement.cue_position)
            return
        if reason:
            statement.how += f"; {reason}"
        statement.speaker_type = "pronoun" if lowered in _PRONOUN_WORDS else kind
        return
    entity = mentions.find(speaker.name, "person" if kind == "person" and not speaker.name.startswith("The ") else None)
    if (
        kind == "person"
        and len(speaker.name.split()) == 1
        and not speaker.title
        and not speaker.description
        and entity is None
    ):
        kind = "organisation"  # "Iran said", "Tehran said": one word, never given as a person's full name
        statement.how += f"; '{speaker.name}' is typed an organisation: the article never names a person so"
    if entity is not None and entity.name != speaker.name:
        statement.how += f"; '{speaker.name}' is {entity.name}, named in full earlier"
        statement.speaker = Speaker(entity.name, speaker.title, speaker.description, written)
        kind = entity.kind
    statement.speaker_type = kind
    mentions.add(statement.speaker.name, kind, statement.cue_position, speaker.title, speaker.description)


_PARAGRAPH_JOIN = re.compile(r"\s*\n+\s*[“\"‘]?")


def _quote_text(span: str) -> str:
    """The words of a statement as one line: the paragraphs of a long quotation joined, the opening marks of
    its later paragraphs and a final comma left out."""
    return _PARAGRAPH_JOIN.sub(" ", span.strip()).rstrip(",")


def extract_attributions(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per attributed statement of every article, with the columns of ``COLUMNS``.

    ``start`` and ``end`` are character offsets into each article's ``text``.
    """
    require_columns(articles, ["article_id", "text"])
    rows = []
    for article_id, text in progress(
        list(zip(articles["article_id"], articles["text"])), len(articles), "Attributions"
    ):
        article = _Article(text)
        starts = article.sentence_starts
        for s in _article_statements(article):
            rows.append(
                [
                    article_id,
                    bisect.bisect_right(starts, s.start),
                    s.speaker.name,
                    s.speaker.title,
                    s.verb,
                    _quote_text(text[s.start : s.end]),
                    s.kind,
                    s.speaker_type,
                    s.via,
                    s.hedge,
                    s.speaker.description,
                    s.paragraph_no,
                    s.start,
                    s.end,
                    s.stance,
                    s.speaker.as_written,
                    s.how,
                ]
            )
    return pd.DataFrame(rows, columns=COLUMNS)
