"""Separate the article from the page around it.

Text copied from a news page carries more than the article: a section label, a
reading time, photo captions, a byline, a headline repeated, a link to another
story. These *non-article lines* are not what the reporter wrote about the
event, so counting their words would distort every later measure.

Two sets of rules decide. The line rules (``RULES``) read a line alone: a line is
tested against them in order and the first that matches names it. The page rules
(``PAGE_RULES``) then read where a line stands on the page, as a student pastes it
(the story template asks for the headline, the standfirst, the captions and the
body, each on its own line): the headline at the top when ``articles.csv`` records
none, lines that do not end as a sentence does (headlines, labels, bylines, dates,
credits, linked headlines, tags, crossheads), a caption beside a photo credit, a
pull quote, an author's note. A line no rule names is article text. The rules
only ever remove whole lines, and ``clean_articles`` keeps the original in
``raw_text``, so nothing is lost.

The standfirst (the summary under the headline) is found but **kept**: lesson 01
keeps it as the article's first sentence, and ``framing.page_lines`` names it
(``in_text``). What the rules cannot know, they leave in the text: a caption with
no credit they know, a crosshead that ends with a question mark, outlet text that
ends with a full stop in words they were not written on. Their figures on invented
pages, development and held out, are in ``data/page-lines-eval*/README.md``.

Lines are split by ``split_lines``: at ``\n`` and also at the other characters
that end a line or paragraph (U+2028, U+2029, U+0085, vertical tab, form feed),
which some websites and word processors paste instead of ``\n``. The split is
made here, not when loading, so that the text as received stays untouched in
``raw_text``. No rule removes a line longer than ``MAX_NON_ARTICLE_LINE``
characters: an article pasted as one long line is never thrown away whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from framing._tables import require_columns
from framing.page_patterns import (
    AGENCY,
    AUTHOR_NOTE,
    BYLINE,
    CAPTION_PREFIX,
    DATE_OR_TIME,
    INTERFACE,
    OUTLET_TEXT,
    PEOPLE_MARKERS,
    PHOTO_CREDIT_ALONE,
    PHOTO_CREDIT_INSIDE,
    RECIRCULATION,
    WIRE_CREDIT,
)

# Words that stay lower case in a headline written in title case.
_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "from",
    "in",
    "into",
    "nor",
    "of",
    "on",
    "or",
    "over",
    "per",
    "the",
    "to",
    "up",
    "via",
    "vs",
    "with",
}
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
)
_PAGE_FURNITURE = re.compile(
    r"""^(
        \d+\s*min(ute)?s?\s+read              # reading time: "3 MIN READ"
      | (updated|published|last\ updated):?.*   # time stamps: "Updated:"
      | \d{1,2}:\d{2}(:\d{2})?                  # an audio or video player: "0:00"
      | date\s+\d{4}-\d{2}-\d{2}(\s+[A-Z ]+)?   # date and section label: "date 2024-09-11 WORLD"
      | (share|listen|print|advertisement|read\ more)(\ this\ article)?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_DATE_LINE = re.compile(rf"^((Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?({_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}$")
_PHOTO_CREDIT = re.compile(
    rf"(\bPhoto:\s*\S+|\bvia Getty Images\b|\({AGENCY}( Photo)?[^()]*\)$|/{AGENCY}\)?$|\bFile photo\b)",
    re.IGNORECASE,
)
# A caption is one or two sentences. The longest in the course's texts is next-door-iraq's Getty caption
# naming five people (306 characters); agency captions rarely pass 350. A paragraph of article text
# pasted as one line, or a whole article, is longer; 400 keeps every caption the rules catch today
# and stops one "(Photo: IRNA)" from removing a paragraph or an article.
MAX_CAPTION_LENGTH = 400
MAX_NON_ARTICLE_LINE = MAX_CAPTION_LENGTH
"""No rule removes a line longer than this (in characters, after stripping spaces)."""
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x85\u2028\u2029]")
_PHOTO_HINTS = ("Photo", "photo", "PHOTO", "Getty", "/", "(")
_WIRE_CREDIT = re.compile(r"^[\w .,&'’-]+ contributed to this (report|story|article)\.?$", re.IGNORECASE)
_RELATED_LINK = re.compile(r"^((Related|Read more|See also|Also read)\s*:|Related(?=[A-Z]))")
_BYLINE = re.compile(
    r"^By\s+[A-Z][\w.’'-]+(\s+[A-Z][\w.’'-]+){0,3}(\s*(,|and)\s*[A-Z][\w.’'-]+(\s+[A-Z][\w.’'-]+){0,3})*$"
)
_TITLE_WORDS = re.compile(r"[^\W_][\w’'.-]*")
_SENTENCE_END_CHARS = frozenset('.!?:;"”’)…')


def looks_like_title_case(line: str) -> bool:
    """True for a line of four or more words, every one of them capitalised
    except small words such as "in" or "to", and no sentence-ending punctuation.

    >>> looks_like_title_case("Iran Leader to Visit Kurdistan")
    True
    >>> looks_like_title_case("Iran leader to visit Kurdistan")
    False
    """
    stripped = line.strip()
    if not stripped or stripped[-1] in _SENTENCE_END_CHARS:
        return False
    words = _TITLE_WORDS.findall(stripped)
    if len(words) < 4:
        return False
    for position, word in enumerate(words):
        if position > 0 and word.lower() in _SMALL_WORDS:
            continue
        if not (word[0].isupper() or word[0].isdigit()):
            return False
    return True


@dataclass(frozen=True)
class Rule:
    """One kind of non-article line: a name, a one-line description, and a test.

    The test receives the stripped line and the article's metadata (a dict).
    """

    name: str
    description: str
    test: Callable[[str, dict], bool]


def _same_as(column: str) -> Callable[[str, dict], bool]:
    def test(line: str, metadata: dict) -> bool:
        value = str(metadata.get(column) or "").strip()
        return bool(value) and line == value

    return test


RULES: tuple[Rule, ...] = (
    Rule("headline", "the headline recorded in articles.csv, repeated in the text", _same_as("headline")),
    Rule(
        "byline",
        "the byline recorded in articles.csv, or a line 'By Firstname Lastname'",
        lambda line, meta: _same_as("byline")(line, meta) or bool(_BYLINE.match(line)),
    ),
    Rule(
        "page furniture",
        "website interface text: a reading time, 'Updated:', a player's '0:00', a date-and-section label",
        lambda line, meta: len(line) < 80 and bool(_PAGE_FURNITURE.match(line)),
    ),
    Rule(
        "date line",
        "a line that is only a date, such as 'September 11, 2024'",
        lambda line, meta: len(line) < 40 and bool(_DATE_LINE.match(line)),
    ),
    Rule(
        "photo caption",
        "a line carrying a photo credit ('Photo: AA', '... via Getty Images', '(AP Photo/...)')",
        lambda line, meta: (
            len(line) <= MAX_CAPTION_LENGTH
            and any(key in line for key in _PHOTO_HINTS)
            and bool(_PHOTO_CREDIT.search(line))
        ),
    ),
    Rule(
        "wire credit",
        "a credit line such as 'Reuters contributed to this report.'",
        lambda line, meta: "contributed" in line.lower() and bool(_WIRE_CREDIT.match(line)),
    ),
    Rule(
        "related link",
        "a link to another story: 'Related...', 'Read more...'",
        lambda line, meta: bool(_RELATED_LINK.match(line)),
    ),
    Rule(
        "link label",
        "the label of a box of links on its own line: 'Most Read', 'ALSO READ:', 'Related Content'",
        lambda line, meta: len(_TITLE_WORDS.findall(line)) <= 5 and bool(RECIRCULATION.match(line)),
    ),
    Rule(
        "outlet text",
        "the outlet's own text, which ends as a sentence does: copyright, 'Sign up here.', a correction or print "
        "note, a disclaimer, a reader appeal, a contact line, 'Reporting from ...'",
        lambda line, meta: len(_TITLE_WORDS.findall(line)) <= 40 and bool(OUTLET_TEXT.match(line)),
    ),
    Rule(
        "heading",
        "a headline or crosshead in Title Case with no closing punctuation (possibly another story's)",
        lambda line, meta: looks_like_title_case(line),
    ),
)
"""The rules that read a line alone, in the order they are tried (``PAGE_RULES`` read where it stands)."""


def split_lines(text: str) -> list[str]:
    """Split a text into lines at every line or paragraph separator, not only ``\\n``.

    >>> split_lines("One.\\u2028Two.\\u2029Three.\\x85Four.\\r\\nFive.")
    ['One.', 'Two.', 'Three.', 'Four.', 'Five.']
    """
    return _LINE_BREAKS.split(text)


def classify_line(line: str, metadata: dict | None = None) -> str | None:
    """Name the rule a line matches, or return None for article text.

    Blank lines are not classified (they return None) because they separate
    paragraphs rather than add words, and neither are lines longer than
    ``MAX_NON_ARTICLE_LINE`` characters, which are article text whatever they contain.

    >>> classify_line("3 MIN READ")
    'page furniture'
    >>> classify_line("Reuters contributed to this report.")
    'wire credit'
    >>> classify_line("Iraq hosts 2,500 US troops.") is None
    True
    """
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_NON_ARTICLE_LINE:
        return None
    metadata = metadata or {}
    for rule in RULES:
        if rule.test(stripped, metadata):
            return rule.name
    return None


# ------------------------------------------------------------------------- the page: where a line stands

_CLOSERS = "\"”’'»)]"
_SENTENCE_END = frozenset(".!?…:;,")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
_QUOTED = re.compile(r"[\"“«]([^\"“”«»]+)[\"”»]")
_WHOLLY_QUOTED = re.compile(r"^[\"“«]([^\"“”«»]+)[\"”»]$")
_REPORTING = re.compile(r"\b(said|says|say|told|tells|according to|added|adds|announced|stated)\b", re.IGNORECASE)
_REPORTED_PAST = re.compile(r"\b(said|told|according to|added|announced|stated)\b", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,30}(,[^—–(]{1,40})?(\([^()]{1,30}\))?\s*[—–-]\s|^[A-Z][a-z]+:\s")
_BULLET = re.compile(r"^[•·▪*–-]\s")
MAX_HEADLINE_WORDS = 30
"""The longest headline the page rules look for, in words: a first paragraph pasted without its full stop is longer."""
LINE_CACHE = 2**16
"""How many lines the page rules remember their answers for (a line's word count, whether it says what it is):
the same line is asked about by several rules, and a story's page furniture repeats from article to article."""
MAX_UNPUNCTUATED_WORDS = 40
"""The longest line that is removed for want of end punctuation, in words (a caption without a full stop fits)."""


@lru_cache(maxsize=LINE_CACHE)
def count_words(line: str) -> int:
    """The number of words in a line, as the page rules count them.

    >>> count_words("Iran's Pezeshkian visits Iraq")
    4
    """
    return len(_TITLE_WORDS.findall(line))


def ends_as_sentence(line: str) -> bool:
    """True when a line ends as a paragraph of prose does: with . ! ? … : ; or , before any closing quotation
    marks or brackets. Headlines, labels, bylines, dates, credits, tags and linked headlines do not.

    >>> ends_as_sentence("Iraq hosts 2,500 US troops."), ends_as_sentence("He said: “We will go.”")
    (True, True)
    >>> ends_as_sentence("Ferry firm fined over safety failings"), ends_as_sentence("A road. (AP Photo/Jane Roe)")
    (False, False)
    >>> ends_as_sentence("She posted: “Stand with us”"), ends_as_sentence("“Stand with us”")
    (True, False)
    """
    stripped = line.strip()
    if stripped.endswith(("”", '"', "»")) and _QUOTED.search(stripped[1:]) and not _WHOLLY_QUOTED.match(stripped):
        return True  # a paragraph that ends with a quotation (a post quoted as written, without its full stop)
    stripped = stripped.rstrip(_CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in _SENTENCE_END


@lru_cache(maxsize=LINE_CACHE)
def sentence_like(line: str) -> bool:
    """Prose: five or more words, at least two of them in lower case.

    >>> sentence_like("Officials said so on Monday"), sentence_like("Iran Leader to Visit Kurdistan")
    (True, False)
    """
    found = _TITLE_WORDS.findall(line)
    return len(found) >= 5 and sum(word[0].islower() for word in found) >= 2


@lru_cache(maxsize=LINE_CACHE)
def says_what_it_is(line: str) -> bool:
    """True when a line's words show it is a page line (``framing.page_patterns``): a byline, a date or time stamp,
    interface text, a link label, a credit, a caption's label or credit, or a navigation trail ("Home | World").

    >>> says_what_it_is("By Jane Roe, Health Correspondent"), says_what_it_is("Updated 2 hours ago")
    (True, True)
    >>> says_what_it_is("Passengers stranded for 14 hours as the company looks for crew")
    False
    """
    if any(pattern.match(line) for pattern in (BYLINE, RECIRCULATION, CAPTION_PREFIX)):
        return True
    if any(pattern.search(line) for pattern in (DATE_OR_TIME, INTERFACE, WIRE_CREDIT, PHOTO_CREDIT_INSIDE)):
        return True
    if PEOPLE_MARKERS.search(line) or (count_words(line) <= 10 and PHOTO_CREDIT_ALONE.match(line)):
        return True
    return "|" in line and not sentence_like(line.replace("|", " "))


class Page:
    """A pasted page as the page rules read it: its ``lines`` (stripped; line 1 is ``line(1)``), its ``metadata``,
    the lines ``found`` so far (line number -> the rule that removes it) and the ``standfirsts`` kept as text."""

    def __init__(self, text: str, metadata: dict | None = None):
        self.lines = [line.strip() for line in split_lines(text)]
        self.metadata = metadata or {}
        self.found: dict[int, str] = {}
        self.standfirsts: set[int] = set()

    def line(self, number: int) -> str:
        return self.lines[number - 1]

    def numbers(self) -> list[int]:
        """The numbers of the non-empty lines, top to bottom."""
        return [number for number, line in enumerate(self.lines, start=1) if line]

    def kept(self) -> list[int]:
        """The numbers of the non-empty lines no rule has removed yet."""
        return [number for number in self.numbers() if number not in self.found]

    def next_line(self, number: int) -> int | None:
        """The next non-empty line after ``number``."""
        return next((other for other in self.numbers() if other > number), None)

    def is_page_line(self, number: int | None) -> bool:
        """Whether a line is found, or shows by its shape or words that it is no paragraph of the article."""
        if number is None or number in self.found:
            return number is not None
        line = self.line(number)
        if ends_as_sentence(line):
            return False
        return count_words(line) <= 3 or not sentence_like(line) or says_what_it_is(line)


@dataclass(frozen=True)
class PageRule:
    """A rule that reads where lines stand on the page: a name, a description, and ``find``, which returns the
    numbers of the lines it names. A rule that ``removes`` takes them out of the text; the standfirst rule keeps
    them (lesson 01 keeps the standfirst as the article's first sentence) and only names them."""

    name: str
    description: str
    find: Callable[[Page], list[int]]
    removes: bool = True


@lru_cache(maxsize=LINE_CACHE)
def headline_shaped(line: str) -> bool:
    """A line that may be a headline: at most ``MAX_HEADLINE_WORDS`` words, and no end punctuation or Title Case
    throughout (full stops and all: "A Town Bet on Solar. Now It Is Split.").

    >>> headline_shaped("Council approves new bus lanes"), headline_shaped("The council approved new bus lanes.")
    (True, False)
    """
    fits = not ends_as_sentence(line) or looks_like_title_case(line.rstrip(".!?"))
    return fits and count_words(line) <= MAX_HEADLINE_WORDS


def _headline_number(page: Page) -> int | None:
    """The page's headline: the recorded headline, or the first line of more than three words, headline-shaped,
    above which stand only page lines (a section label, a navigation trail, furniture)."""
    for number in page.numbers():
        line = page.line(number)
        if page.found.get(number) == "headline":
            return number
        if count_words(line) <= 3 or says_what_it_is(line):
            continue
        if number in page.found and page.found[number] not in {"heading", "headline at the top"}:
            continue
        return number if headline_shaped(line) and not _continued(page, number) else None
    return None


def _top_headline(page: Page) -> list[int]:
    headline = _headline_number(page)
    if headline is None or page.next_line(headline) is None:
        return []
    return [number for number in page.numbers() if number >= headline and page.line(number) == page.line(headline)]


def _standfirsts(page: Page) -> list[int]:
    """The summary under the headline: lines of prose without end punctuation (a deck, or the bullets of a
    summary), or else one sentence that a page line follows before the article begins."""
    headline = _headline_number(page)
    found: list[int] = []
    for number in page.numbers() if headline else []:
        line = page.line(number)
        if number <= headline or line == page.line(headline):
            continue
        if number in page.found or count_words(line) <= 3 or says_what_it_is(line):
            if found:
                break
            continue
        if not sentence_like(line) or _DATELINE.match(line):
            break
        if not ends_as_sentence(line):
            found.append(number)
            continue
        if not found and _sentence_before_a_page_line(page, number):
            found.append(number)
        break
    return found


def _sentence_before_a_page_line(page: Page, number: int) -> bool:
    """A sentence under the headline that a page line follows (not a photo credit on its own line, which makes it
    a caption), with no reported speech in the past ("said"), which marks the article's first paragraph."""
    following = page.next_line(number)
    credit = following is not None and bool(PHOTO_CREDIT_ALONE.match(page.line(following)))
    return not credit and not _REPORTED_PAST.search(page.line(number)) and page.is_page_line(following)


def _looks_hard_wrapped(page: Page) -> bool:
    """A text broken into lines inside its paragraphs (copied from a PDF, say): three or more long lines without
    end punctuation whose sentence goes on in the next line. On such a text no line is removed for want of it."""
    return sum(not ends_as_sentence(page.line(number)) and _continued(page, number) for number in page.kept()) >= 3


def _continued(page: Page, number: int) -> bool:
    """A long line whose sentence goes on in the next line (that line starts in lower case, and is no byline such
    as "by Jane Roe")."""
    following = page.next_line(number)
    if count_words(page.line(number)) < 6 or following is None:
        return False
    return page.line(following)[:1].islower() and not says_what_it_is(page.line(following))


def _in_a_list(page: Page, number: int) -> bool:
    """A bulleted line of a list that the article introduces with a colon."""
    previous = [n for n in page.numbers() if n < number and not _BULLET.match(page.line(n))]
    return bool(_BULLET.match(page.line(number))) and bool(previous) and page.line(previous[-1]).endswith(":")


def _unpunctuated(page: Page) -> list[int]:
    if _looks_hard_wrapped(page):
        return []
    return [
        number
        for number in page.kept()
        if number not in page.standfirsts
        and not ends_as_sentence(page.line(number))
        and count_words(page.line(number)) <= MAX_UNPUNCTUATED_WORDS
        and not _continued(page, number)
        and not _in_a_list(page, number)
    ]


def _caption_like(page: Page, number: int | None) -> bool:
    """A line that may be a caption: not a standfirst, at most 50 words, no quotation and no reported speech."""
    if number is None or number in page.found or number in page.standfirsts:
        return False
    line = page.line(number)
    return count_words(line) <= 50 and not (
        _QUOTE_MARKS.search(line) or _REPORTING.search(line) or _DATELINE.match(line)
    )


def _kept_above(page: Page, number: int, over: int = 3) -> int | None:
    """The nearest kept line above ``number``, across at most ``over`` page lines."""
    above = [n for n in page.numbers() if n < number][::-1]
    for crossed, other in enumerate(above):
        if other not in page.found:
            return other
        if crossed >= over:
            return None
    return None


def _above_the_article(page: Page, number: int) -> bool:
    """Whether a line stands above the article: only page lines and standfirsts come before it."""
    return all(n in page.found or n in page.standfirsts for n in page.numbers() if n < number)


def _caption_above(page: Page, credit: int) -> int | None:
    """The line above a credit, if it may be its caption and the article goes on below the credit: a line above
    the article, or a line of 6 to 30 words set with its credit between two lines of the article, as a photo
    is. (After the last paragraph the line above a credit is taken for the article's.)"""
    above = _kept_above(page, credit)
    article_follows = any(n not in page.found and n not in page.standfirsts for n in page.numbers() if n > credit)
    if not _caption_like(page, above) or not article_follows:
        return None
    if _above_the_article(page, above):
        return above
    following = page.next_line(credit)
    between = following not in page.found and 6 <= count_words(page.line(above)) <= 30
    return above if between else None


def _captions_by_credits(page: Page) -> list[int]:
    """The caption of a photo credit that stands on its own line: the line above it (see ``_caption_above``),
    else the line below it if that may be a caption and a page line follows it."""
    captions = []
    for number in sorted(page.found):
        credit = page.line(number)
        if count_words(credit) > 10 or not PHOTO_CREDIT_ALONE.match(credit):
            continue
        above, below = _caption_above(page, number), page.next_line(number)
        if above is not None:
            captions.append(above)
        elif _caption_like(page, below) and page.is_page_line(page.next_line(below)):
            captions.append(below)
    return captions


def _under_a_link_label(page: Page) -> list[int]:
    """Linked headlines under a link label on its own line ("More on this story"), with no article text between:
    lines of at most 20 words that end with a question or exclamation mark or no punctuation at all."""
    found = []
    for number in page.kept():
        line = page.line(number)
        if count_words(line) > 20 or line.rstrip(_CLOSERS).endswith((".", ",", ";", ":")):
            continue
        above = [n for n in page.numbers() if n < number][::-1]
        for other in above:
            if other not in page.found:
                break
            if count_words(page.line(other)) <= 5 and RECIRCULATION.match(page.line(other)):
                found.append(number)
                break
    return found


def _introduces_page_lines(page: Page, number: int) -> bool:
    following = page.next_line(number)
    return following is None or following in page.standfirsts or page.is_page_line(following)


def _labels_with_a_colon(page: Page) -> list[int]:
    """A label of at most three words ending with a colon ("Key points:", "More on:") that introduces page lines, a
    standfirst or nothing: a colon that introduces article text (a quotation after "She said:") is left alone."""
    return [
        number
        for number in page.kept()
        if page.line(number).endswith(":")
        and count_words(page.line(number)) <= 3
        and _introduces_page_lines(page, number)
    ]


def _quoted_words(line: str) -> list[str]:
    return re.findall(r"[\w’']+", " ".join(_QUOTED.findall(line)).lower())


def _pull_quotes(page: Page) -> list[int]:
    """A line that is only a quotation, repeated from a quotation in another line of the page."""
    found = []
    for number in page.kept():
        match = _WHOLLY_QUOTED.match(page.line(number))
        quoted = re.findall(r"[\w’']+", match[1].lower()) if match else []
        if len(quoted) < 4:
            continue
        for other in page.kept():
            words = _quoted_words(page.line(other)) if other != number else []
            if any(words[i : i + len(quoted)] == quoted for i in range(len(words) - len(quoted) + 1)):
                found.append(number)
                break
    return found


def _author_notes(page: Page) -> list[int]:
    """A line that describes the author a byline names ("Jane Roe is a senior fellow at ...")."""
    bylines = [page.line(n) for n in page.found if count_words(page.line(n)) <= 12]
    return [
        number
        for number in page.kept()
        if (match := AUTHOR_NOTE.match(page.line(number)))
        and count_words(page.line(number)) <= 50
        and any(match["name"] in byline for byline in bylines)
    ]


PAGE_RULES: tuple[PageRule, ...] = (
    PageRule(
        "headline at the top",
        "the first line of more than three words with no end punctuation (or in Title Case throughout), above "
        "which stand only page lines, and its repeats",
        _top_headline,
    ),
    PageRule(
        "standfirst",
        "the summary under the headline: prose without end punctuation, or a sentence that a page line follows; "
        "kept as article text, as lesson 01 keeps the standfirst",
        _standfirsts,
        removes=False,
    ),
    PageRule(
        "no end punctuation",
        "a line that does not end as a sentence does (no full stop, question or exclamation mark, colon, semicolon "
        "or comma): a headline, label, byline, date, credit, linked headline, tag or crosshead. Not on a text broken "
        "inside its paragraphs, nor for a line the next continues, nor in a list the article introduces",
        _unpunctuated,
    ),
    PageRule(
        "caption by a credit",
        "a line next to a photo credit on its own line, with no quotation or reported speech: above the article, "
        "or a short line set with its credit between two paragraphs (where a photo between paragraphs has a "
        "credit and no caption, a short paragraph above it can be taken for its caption)",
        _captions_by_credits,
    ),
    PageRule(
        "linked headline",
        "a line of at most 20 words ending with a question or exclamation mark, under a link label with no article "
        "text between (lines without end punctuation there are removed already)",
        _under_a_link_label,
    ),
    PageRule(
        "label",
        "a label of at most three words ending with a colon, followed by page lines or by nothing",
        _labels_with_a_colon,
    ),
    PageRule("pull quote", "a line that is only a quotation, repeated from another line of the page", _pull_quotes),
    PageRule("author's note", "a line describing the author the byline names", _author_notes),
)
"""The rules that read where a line stands, in the order they run, after the line rules (``RULES``)."""


def read_page(text: str, metadata: dict | None = None) -> Page:
    """Run every rule on one page: the line rules, then the page rules.

    >>> page = read_page("Bridge closed after cracks found\\nThe council closed it on Monday, officials said.")
    >>> page.found
    {1: 'headline at the top'}
    """
    page = Page(text, metadata)
    for number in page.numbers():
        rule = classify_line(page.line(number), page.metadata)
        if rule is not None:
            page.found[number] = rule
    for rule in PAGE_RULES:
        for number in rule.find(page):
            if len(page.line(number)) > MAX_NON_ARTICLE_LINE or number in page.found:
                continue
            if rule.removes:
                page.found[number] = rule.name
            else:
                page.standfirsts.add(number)
    return page


def clean_text(text: str, metadata: dict | None = None) -> str:
    """Return ``text`` without its non-article lines, one paragraph per line.

    Blank lines are dropped too, so paragraphs end up separated by a single
    line break.

    >>> clean_text("3 MIN READ\\n\\nIraq hosts 2,500 US troops.\\nPhoto: AA")
    'Iraq hosts 2,500 US troops.'
    """
    page = read_page(text, metadata)
    return "\n".join(page.line(number) for number in page.kept())


def found_page_lines(articles: pd.DataFrame, text_column: str = "text") -> pd.DataFrame:
    """Every line the cleaning rules name, in every article: ``article_id``, ``line_no`` (1-based, in the text as
    received, counting lines as ``split_lines`` does), ``line``, ``rule`` and ``removed`` (False for a standfirst,
    which stays in the text)."""
    require_columns(articles, ["article_id", text_column])
    rows = []
    for _, article in articles.iterrows():
        page = read_page(article[text_column], article.to_dict())
        named = {**{number: "standfirst" for number in page.standfirsts}, **page.found}
        for number in sorted(named):
            rule = named[number]
            rows.append([article["article_id"], number, page.line(number), rule, number in page.found])
    return pd.DataFrame(rows, columns=["article_id", "line_no", "line", "rule", "removed"])


def non_article_lines(articles: pd.DataFrame, text_column: str = "text") -> pd.DataFrame:
    """List every non-article line of every article, with the rule that caught it.

    Returns a DataFrame with ``article_id``, ``line_no`` (1-based, in the text
    as received, counting lines as ``split_lines`` does), ``line`` and ``rule``.
    """
    found = found_page_lines(articles, text_column)
    return found.loc[found["removed"].astype(bool), ["article_id", "line_no", "line", "rule"]].reset_index(drop=True)


def clean_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``articles`` whose ``text`` has no non-article lines.

    The text as received moves to a new column ``raw_text``. Cleaning twice
    gives the same result as cleaning once and keeps the first ``raw_text``.
    """
    require_columns(articles, ["article_id", "text"])
    cleaned = articles.copy()
    if "raw_text" not in cleaned.columns:
        cleaned["raw_text"] = cleaned["text"]
    cleaned["text"] = [clean_text(row["raw_text"], row.to_dict()) for _, row in cleaned.iterrows()]
    return cleaned
