"""Separate the article from the page around it.

Text copied from a news page carries more than the article: a section label, a
reading time, photo captions, a byline, a headline repeated, a link to another
story. These *non-article lines* are not what the reporter wrote about the
event, so counting their words would distort every later measure.

Each rule below recognises one kind of line. A line is tested against the rules
in order and the first that matches names it; a line no rule matches is article
text. The rules only ever remove whole lines, and ``clean_articles`` keeps the
original in ``raw_text``, so nothing is lost.

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

import pandas as pd

from framing._tables import require_columns
from framing.word_lists import alternation, words

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
AGENCY = alternation(words("agencies"))
"""Any news or photo agency of ``agencies.csv`` ("AFP", "Getty Images"), as a regular expression: the one list of
agencies that cleaning, credits, page lines and the attribution rules read."""
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
        "heading",
        "a headline or crosshead in Title Case with no closing punctuation (possibly another story's)",
        lambda line, meta: looks_like_title_case(line),
    ),
)


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


def clean_text(text: str, metadata: dict | None = None) -> str:
    """Return ``text`` without its non-article lines, one paragraph per line.

    Blank lines are dropped too, so paragraphs end up separated by a single
    line break.

    >>> clean_text("3 MIN READ\\n\\nIraq hosts 2,500 US troops.\\nPhoto: AA")
    'Iraq hosts 2,500 US troops.'
    """
    kept = [line.strip() for line in split_lines(text) if line.strip() and classify_line(line, metadata) is None]
    return "\n".join(kept)


def non_article_lines(articles: pd.DataFrame, text_column: str = "text") -> pd.DataFrame:
    """List every non-article line of every article, with the rule that caught it.

    Returns a DataFrame with ``article_id``, ``line_no`` (1-based, in the text
    as received, counting lines as ``split_lines`` does), ``line`` and ``rule``.
    """
    require_columns(articles, ["article_id", text_column])
    rows = []
    for _, article in articles.iterrows():
        metadata = article.to_dict()
        for line_no, line in enumerate(split_lines(article[text_column]), start=1):
            rule = classify_line(line, metadata)
            if rule is not None:
                rows.append(
                    {"article_id": article["article_id"], "line_no": line_no, "line": line.strip(), "rule": rule}
                )
    return pd.DataFrame(rows, columns=["article_id", "line_no", "line", "rule"])


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
