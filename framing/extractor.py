"""The staged attribution extractor: quotations, cues, link, carry, resolve.

1. *quotations* (``framing.quotations``): every quotation as an object, across
   sentences and paragraphs;
2. *cues* (``framing.cues``): the reporting verbs of ``reporting_verbs.csv``,
   plus "according to";
3. *link* (``framing.linking``): each quotation to the cue next to it, after it
   (“...,” she said / “...,” said Ana Ruiz) or before it (Ana Ruiz said: “...”);
   each cue with no quotation to the clause it reports (Ana Ruiz said that ...;
   ..., the council said); "according to X" to its clause;
4. *carry* (here): a quotation with no cue of its own that opens a paragraph, or
   follows a linked quotation in the same paragraph, continues the speaker
   before it;
5. *resolve* (``framing.resolving``): "he", "she", "it", "they", "the mayor" or a
   surname alone become the most recent compatible person or organisation named
   before them (``framing.speakers.Mentions``).

The article is read paragraph by paragraph (``_read_paragraph``); what one
paragraph passes to the next is a ``_Carried``: the last statement (for a
quotation with no cue) and who is speaking (for "he" or "the company").

Every statement records ``how``: one plain sentence that says why it has the
speaker it has.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import pandas as pd

from framing._tables import require_columns
from framing.cues import hedges_near
from framing.linking import (
    TIME_AT_END,
    TOLD_OBJECT,
    ArticleIndex,
    Link,
    Statement,
    according_to,
    evolve,
    link_clause,
    link_quotations,
    new_statement,
)
from framing.progress import progress
from framing.quotations import Quotation
from framing.resolving import Speaking, issued_by, named_later, resolve_speaker, speaking_of, still_speaking
from framing.speakers import MEDIA_WORDS, Mentions

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
    "quoted_words",
    "quoted_start",
    "quoted_end",
]

__all__ = ["COLUMNS", "Statement", "extract_attributions", "extract_statements"]


# Stage 4: carry ----------------------------------------------------------------------------------------------------


def carry(
    article: ArticleIndex, quotation: Quotation, previous: Statement | None, here: list[Statement]
) -> Statement | None:
    """A quotation with no cue: continue the speaker before it, if it opens its paragraph or follows a linked one."""
    text = article.text
    paragraph_start = article.paragraphs[quotation.paragraph_no - 1][0]
    opens_paragraph = text[paragraph_start : quotation.mark_start].strip() == ""
    source = here[-1] if here and here[-1].kind == "direct" else (previous if opens_paragraph else None)
    if source is None or len(quotation.text(text).split()) < 3:
        return None
    span = dict(
        start=quotation.start,
        end=quotation.end,
        paragraph_no=quotation.paragraph_no,
        quoted=article.quoted_in(quotation.start, quotation.end),
    )
    if source in here:  # “A.” [cue] “B.” in one paragraph: the second quotation belongs to the same cue
        how = f"a second quotation after the cue '{source.verb}' in the same paragraph: {source.speaker.name}'s words"
        return evolve(source, **span, kind="direct", cue_position=quotation.mark_start, how=how)
    how = (
        f"a quotation with no cue of its own: it continues {source.speaker.name}'s words in paragraph "
        f"{source.paragraph_no}"
    )
    return Statement(
        **span,
        kind="direct",
        speaker=source.speaker,
        verb="(continued)",
        stance="",
        cue_position=quotation.mark_start,
        how=how,
        speaker_type=source.speaker_type,
    )


# Channels and hedges -----------------------------------------------------------------------------------------------

_REPORTED_BY = re.compile(r"\b(?:as reported by|as quoted by|reported by)\s+(?P<via>[^,.;“”\"]+)", re.IGNORECASE)
_CARRIED_BY = re.compile(r"\bstatement (?:carried|published|released|reported) by (?P<via>[^,.;“”\"]+)", re.IGNORECASE)
_SPEAKING_TO = re.compile(
    r"\s*Speaking (?:to|with) (?P<via>[^,]+?)(?:\s+(?:before|after|on|in|during|outside)\b[^,]*)?,"
)
_QUOTED_BY = re.compile(r"(?P<via>[^,.;“”\"]+?)\s+quoted\s+[^,.;“”\"]+?,?\s+as\s+saying\b")


def _channel_in(sentence: str) -> str:
    """The channel a sentence names: "in a statement carried by X", "as reported by X", "Speaking to X, ...", "X
    quoted ... as saying"; "" if none."""
    if " by " not in sentence and " By " not in sentence and "Speaking " not in sentence and "quoted" not in sentence:
        return ""  # most sentences: none of the patterns can match (a cheap test first; _QUOTED_BY is slow)
    for pattern, required in (
        (_CARRIED_BY, None),
        (_REPORTED_BY, None),
        (_SPEAKING_TO, "Speaking "),
        (_QUOTED_BY, "quoted"),
    ):
        if required and required not in sentence:
            continue
        found = pattern.match(sentence) if pattern is _SPEAKING_TO else pattern.search(sentence)
        if found is None:
            continue
        via = found.group("via")
        via = (
            TIME_AT_END.sub("", via.strip(' ,“”"')).removeprefix("the ").strip()
            if pattern is _SPEAKING_TO
            else via.strip()
        )
        if via:
            return via
    return ""


def channel_and_hedge(article: ArticleIndex, statement: Statement, paragraph: tuple[int, int]) -> Statement:
    """The statement with the channel it came through (``via``) and the hedges next to its cue."""
    text = article.text
    start = article.sentence_start(statement.cue_position, paragraph[0])
    end = article.sentence_end(statement.cue_position, paragraph[1])
    hedge = statement.hedge
    if statement.verb in ("said", "stated") or statement.kind != "according-to":
        hedge = hedges_near(text, statement.cue_position, statement.cue_position + len(statement.verb))
    via = statement.via or _channel_in(text[start:end])
    if statement.verb.startswith("told") and not via:
        cue_end = statement.cue_position + len(statement.verb)
        listener = TOLD_OBJECT.match(text[cue_end : cue_end + 80])
        if listener and MEDIA_WORDS.search(listener.group(1)):
            via = listener.group(1).strip()
    return statement if (via, hedge) == (statement.via, statement.hedge) else evolve(statement, via=via, hedge=hedge)


# One paragraph -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Carried:
    """What one paragraph passes to the next: the last statement with a cue or a quotation (a quotation with no cue
    continues it) and who is speaking (whom "he" or "the company" most likely means)."""

    previous: Statement | None
    speaking: Speaking


def _overlaps(span: tuple[int, int], here: list[Statement]) -> bool:
    return any(s.start <= span[0] < s.end or span[0] <= s.start < span[1] for s in here)


def _linked(
    article: ArticleIndex, index: int, previous: Statement | None, taken: frozenset[int] = frozenset()
) -> list[Statement]:
    """Stages 3 and 4 on paragraph ``index``: its quotations (linked or carried), then the clauses of the cues no
    quotation took (``taken``: the cues of earlier paragraphs' statements, such as the verb after a quotation that
    began in an earlier paragraph), then "according to" (whose outlet is only the channel where a statement of the
    same sentence has a speaker of its own)."""
    paragraph, used, here = article.paragraphs[index], set(taken), []
    for quotation, link in link_quotations(article, index, used):
        span = (link.span or (quotation.start, quotation.end)) if link else None
        statement = new_statement(article, link, "direct", index + 1, span) if link else None
        statement = statement or carry(article, quotation, previous, here)
        if statement is not None:
            here.append(statement)
    for cue in article.cues_between(*paragraph):
        if cue.start in used or "indirect" not in cue.verb.kinds:
            continue
        link = link_clause(article, cue, paragraph, used)
        if link and not _overlaps(link.span, here):
            here.append(
                new_statement(article, Link(link.speaker, link.how, cue, link.span), "indirect", index + 1, link.span)
            )
    for link in according_to(article, paragraph):
        sentence = article.sentence_start(link.cue.start, paragraph[0])
        sharing = [
            number
            for number, s in enumerate(here)
            if s.kind != "according-to" and article.sentence_start(s.cue_position, paragraph[0]) == sentence
        ]
        for number in sharing:  # "X said ..., according to state media": the outlet is the channel, not a speaker
            here[number] = evolve(here[number], via=here[number].via or link.speaker.name)
        if not sharing and not _overlaps(link.span, here):
            here.append(new_statement(article, link, "according-to", index + 1, link.span))
    return here


def _with_channels(
    article: ArticleIndex, here: list[Statement], paragraph: tuple[int, int], previous: Statement | None
) -> list[Statement]:
    """Each statement's channel and hedges; a quotation carried on keeps the channel of the words it continues."""
    here = [channel_and_hedge(article, statement, paragraph) for statement in here]
    source = previous
    for number, statement in enumerate(here):
        if statement.verb == "(continued)" and source is not None and not statement.via:
            here[number] = evolve(statement, via=source.via)
        elif statement.kind == "direct":
            source = statement
    return sorted(here, key=lambda s: s.start)


def _resolved(
    article: ArticleIndex,
    mentions: Mentions,
    here: list[Statement],
    carried: _Carried,
    context: tuple[tuple[int, int], list[Statement]],
) -> tuple[list[Statement], _Carried]:
    """Stage 5 on a paragraph's statements, in order: each resolved with what the statements before it left.
    ``context`` is the paragraph (start, end) and the statements of the paragraphs before it."""
    paragraph, earlier = context
    previous, speaking = carried.previous, carried.speaking
    for number, statement in enumerate(here):
        statement = issued_by(article, mentions, statement, earlier + here, paragraph)
        statement = resolve_speaker(statement, mentions, still_speaking(article, mentions, speaking, statement))
        here[number] = statement
        if statement.kind == "direct" or statement.verb:
            previous = statement
        if statement.speaker_type != "pronoun":
            speaking = speaking_of(statement, mentions)
    return here, _Carried(previous, speaking)


def _read_paragraph(
    article: ArticleIndex, mentions: Mentions, index: int, carried: _Carried, earlier: list[Statement]
) -> tuple[list[Statement], _Carried]:
    """Stages 3 to 5 on paragraph ``index`` (0-based): the names it holds are noted (``Mentions.scan``), its
    quotations and clauses linked or carried, their channels and hedges read, and their speakers resolved in the
    order of the text. Returns its statements and what it passes to the next paragraph."""
    start, end = article.paragraphs[index]
    mentions.scan(article.text, start, end, article.quote_spans)
    taken = frozenset(statement.cue_position for statement in earlier)
    here = _with_channels(article, _linked(article, index, carried.previous, taken), (start, end), carried.previous)
    return _resolved(article, mentions, here, carried, ((start, end), earlier))


def _article_statements(article: ArticleIndex) -> list[Statement]:
    """Every statement of an article: its paragraphs read in turn, then descriptions named later resolved."""
    mentions = Mentions()
    statements: list[Statement] = []
    carried = _Carried(None, Speaking(None, 0))
    for index in range(len(article.paragraphs)):
        here, carried = _read_paragraph(article, mentions, index, carried, statements)
        statements += here
    return named_later(statements, mentions)


def extract_statements(text: str) -> list[Statement]:
    """All the attributed statements of one article's text, in order (the five stages in turn)."""
    if not isinstance(text, str):
        raise TypeError(f"extract_statements expects the article's text as a string, got {type(text).__name__}")
    return _article_statements(ArticleIndex(text))


_PARAGRAPH_JOIN = re.compile(r"\s*\n+\s*[“\"‘]?")


def _quote_text(span: str) -> str:
    """The words of a statement as one line: the paragraphs of a long quotation joined, the opening marks of
    its later paragraphs and a final comma left out."""
    return _PARAGRAPH_JOIN.sub(" ", span.strip()).rstrip(",")


def _row(article_id: str, text: str, starts: list[int], s: Statement) -> list:
    return [
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
        " … ".join(_quote_text(text[a:b]) for a, b in s.quoted),
        s.quoted[0][0] if s.quoted else pd.NA,
        s.quoted[-1][1] if s.quoted else pd.NA,
    ]


def extract_attributions(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per attributed statement of every article, with the columns of ``COLUMNS``.

    ``start`` and ``end`` are character offsets into each article's ``text``; ``sentence_no`` numbers the sentences
    as ``framing.split_sentences`` does.
    """
    require_columns(articles, ["article_id", "text"])
    rows = []
    for article_id, text in progress(
        list(zip(articles["article_id"], articles["text"])), len(articles), "Attributions"
    ):
        article = ArticleIndex(text)
        rows += [_row(article_id, text, article.sentence_starts, s) for s in _article_statements(article)]
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.astype({"quoted_start": "Int64", "quoted_end": "Int64"})
