"""Page lines: what the lines that cleaning removes are.

Lesson 01 removes the *non-article lines* of a page (``framing.non_article_lines``)
so that they do not count as the reporter's words. They are not noise: the
headline, the standfirst (the sentence or two under the headline) and the photo
captions are what a reader sees first, and what the page chose to show. This
module sorts each such line into one kind:

========================  ==========================================================
``headline``              the page's headline (also when repeated)
``standfirst``            the summary under the headline
``caption``               a photo caption, with or without its credit
``credit``                a credit on its own: a photographer or agency, a wire
                          credit ("Reuters contributed to this report."), a source
``recirculation``         a link to another story, or the label of a box of them
``other``                 bylines, dates and time stamps, section labels, crossheads,
                          interface text (share, sign up), copyright, corrections
========================  ==========================================================

Each line gets the first rule that matches (``RULES`` lists them in order) and a
``reason`` in plain words. Some rules read the line alone; others read where it
stands on the page: before the first line of article text (*top*), or after the
last (*bottom*), and what the neighbouring page lines are. ``page_lines`` also
lists the standfirsts that cleaning finds and keeps as article text (``in_text``):
next-door-iraq's and first-foreign-trip's stay sentence 1 of the body. The rules
were written on the five course articles, on ``data/page-lines-eval/`` and on the
development pages of ``data/page-lines-eval-2/``, and measured once on its held-out
pages; ``framing.page_lines_eval`` measures the sorter alone and the whole pipeline
(see those folders' READMEs).

What it cannot know: a caption that cleaning kept as article text is never seen
here; a link is recognised by its words and place only, since copied text keeps no
links; and the photos themselves are not in the text, only their captions.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.cleaning import MAX_NON_ARTICLE_LINE, found_page_lines, headline_shaped, sentence_like, split_lines
from framing.page_patterns import (
    AUTHOR_NOTE,
    BYLINE,
    CAPTION_PREFIX,
    DATE_OR_TIME,
    INTERFACE,
    JOB_WORDS,
    NAME_ONLY,
    OUTLET_TEXT,
    PEOPLE_MARKERS,
    PHOTO_CREDIT_ALONE,
    PHOTO_CREDIT_INSIDE,
    PHOTO_ONLY,
    RECIRCULATION,
    WIRE_CREDIT,
)

KINDS = ("headline", "standfirst", "caption", "credit", "recirculation", "other")
"""The kinds of page line, in the order tables list them."""

_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]{3,}")
_STOP = {
    "this",
    "that",
    "with",
    "from",
    "after",
    "over",
    "into",
    "about",
    "their",
    "they",
    "have",
    "been",
    "will",
    "were",
    "what",
    "when",
    "where",
    "which",
    "would",
    "could",
    "should",
    "than",
    "then",
    "there",
    "these",
    "those",
}


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_][\w’'.-]*", text)


def _headline_like(line: str) -> bool:
    """A headline's shape: 3 to 25 words, a capital or digit first, no full stop at the end."""
    words = _words(line)
    return (
        3 <= len(words) <= 25
        and (line[0].isupper() or line[0].isdigit())
        and not line.rstrip().endswith((".", ",", ";"))
    )


def _content(text: str) -> set[str]:
    return {word.lower()[:5] for word in _CONTENT_WORD.findall(text) if word.lower() not in _STOP}


class _Page:
    """What the rules may know about one page: its lines, which are page lines, and the metadata."""

    def __init__(self, text: str, page_line_numbers: set[int], metadata: dict):
        self.lines = [line.strip() for line in split_lines(text)]
        self.page_line_numbers = page_line_numbers
        self.metadata = metadata
        body = [number for number, line in enumerate(self.lines, start=1) if line and number not in page_line_numbers]
        self.first_body = body[0] if body else None
        self.last_body = body[-1] if body else None
        self.body = body
        self.kinds: dict[int, str] = {}  # line_no -> kind given so far (pages are read top to bottom)
        self.reasons: dict[int, str] = {}  # line_no -> the reason given with it

    def top(self, line_no: int) -> bool:
        return self.first_body is None or line_no < self.first_body

    def bottom(self, line_no: int) -> bool:
        return self.last_body is not None and line_no > self.last_body

    def previous_page_line(self, line_no: int) -> int | None:
        """The page line just before, if no article text stands between them."""
        for number in range(line_no - 1, 0, -1):
            if not self.lines[number - 1]:
                continue
            return number if number in self.page_line_numbers else None
        return None

    def next_page_line(self, line_no: int) -> int | None:
        for number in range(line_no + 1, len(self.lines) + 1):
            if not self.lines[number - 1]:
                continue
            return number if number in self.page_line_numbers else None
        return None

    def body_after(self, line_no: int, paragraphs: int = 3) -> str:
        """The next ``paragraphs`` lines of article text after ``line_no``, joined."""
        return " ".join([self.lines[number - 1] for number in self.body if number > line_no][:paragraphs])


def _meta(page: _Page, column: str) -> str:
    value = page.metadata.get(column)
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()


def _rule_recorded_headline(line, no, page):
    if _meta(page, "headline") and line == _meta(page, "headline"):
        return "headline", "the headline recorded for this article"
    if any(page.kinds.get(number) == "headline" and page.lines[number - 1] == line for number in range(1, no)):
        return "headline", "repeats the headline found above"


def _rule_wire_credit(line, no, page):
    if len(_words(line)) <= 30 and WIRE_CREDIT.search(line):
        return "credit", "credits the reporting or the source ('contributed to this report', 'Reporting by', 'Source:')"


def _rule_photo_credit_alone(line, no, page):
    if len(_words(line)) <= 10 and PHOTO_CREDIT_ALONE.match(line):
        return "credit", "a photo credit on its own: a photographer or agency, no description"


def _rule_caption(line, no, page):
    if CAPTION_PREFIX.match(line):
        return "caption", "labelled as an image caption"
    if PHOTO_ONLY.match(line):
        return "caption", "says only what the photo is ('Representative image', 'File photo')"
    if PHOTO_CREDIT_INSIDE.search(line) and len(_words(line)) >= 5:
        return (
            "caption",
            "describes a picture and carries a photo credit ('Photo:', 'via Getty Images', an agency at the end)",
        )
    if PEOPLE_MARKERS.search(line):
        return "caption", "places people in a picture: (C), (L), (R)"


def _rule_recirculation_label(line, no, page):
    if len(_words(line)) <= 25 and RECIRCULATION.match(line):
        return "recirculation", "begins with a link label ('Related', 'Read more', 'Recommended', 'More on this story')"


def _rule_under_a_link_label(line, no, page):
    previous = page.previous_page_line(no)
    if previous is None or page.kinds.get(previous) != "recirculation" or not _headline_like(line):
        return None
    label = page.lines[previous - 1]
    if len(_words(label)) <= 5 and RECIRCULATION.match(label) or page.reasons.get(previous) == _LISTED:
        return "recirculation", _LISTED


_LISTED = "a headline listed under a link label, with no article text between"


def _rule_byline(line, no, page):
    if _meta(page, "byline") and line == _meta(page, "byline"):
        return "other", "the byline recorded for this article"
    if BYLINE.match(line) and len(_words(line)) <= 12:
        return "other", "a byline ('By ...')"
    if len(_words(line)) <= 6 and JOB_WORDS.search(line) and not line.endswith("."):
        return "other", "a byline: a name with a job title"
    if NAME_ONLY.match(line) and (not page.top(no) or "headline" in page.kinds.values()):
        return "other", "a name on its own, below the headline: a byline"


def _rule_author_note(line, no, page):
    match = AUTHOR_NOTE.match(line)
    bylines = [page.lines[n - 1] for n, kind in page.kinds.items() if kind == "other"]
    if match and any(match["name"] in byline for byline in bylines):
        return "other", "describes the author the byline names"


def _rule_date_or_furniture(line, no, page):
    if line in {"0:00", "00:00"}:
        return "other", "an audio or video player's '0:00'"
    if len(_words(line)) <= 12 and DATE_OR_TIME.search(line):
        return "other", "a date, time stamp or reading time"


def _rule_interface(line, no, page):
    if len(_words(line)) <= 15 and INTERFACE.search(line):
        return "other", "website interface or outlet text (share, sign up, follow us, copyright, tags)"
    if len(_words(line)) <= 40 and OUTLET_TEXT.match(line):
        return "other", "the outlet's own text: a correction or print note, a disclaimer, a reader appeal, a contact"
    if " | " in line and not sentence_like(line.replace("|", " ")):
        return "other", "a navigation trail or list of labels separated by '|'"


def _rule_section_label(line, no, page):
    if len(_words(line)) <= 3 and page.top(no) and not line.endswith("."):
        return "other", "a short label above the article: a section or kicker"


def _rule_first_headline(line, no, page):
    if page.top(no) and "headline" not in page.kinds.values() and len(_words(line)) >= 3 and headline_shaped(line):
        return (
            "headline",
            "the first headline-shaped line at the top of the page (3 to 30 words, no end punctuation or Title Case)",
        )


def _rule_next_to_photo_credit(line, no, page):
    previous = page.previous_page_line(no)
    if previous is not None and page.kinds.get(previous) == "headline":
        return None  # the line straight under the headline is its standfirst (next rule)
    neighbours = [page.previous_page_line(no), page.next_page_line(no)]
    for number in neighbours:
        if (
            number is not None
            and PHOTO_CREDIT_ALONE.match(page.lines[number - 1])
            and len(_words(page.lines[number - 1])) <= 10
        ):
            if sentence_like(line) or len(_words(line)) >= 4:
                return "caption", "stands next to a photo credit"


def _rule_standfirst(line, no, page):
    if page.top(no) and "headline" in page.kinds.values() and (sentence_like(line) or len(_words(line)) >= 8):
        return "standfirst", "a sentence at the top of the page, after the headline and before the article"


MAX_CROSSHEAD_WORDS = 6
"""A heading between paragraphs this short is taken for a crosshead even when the paragraphs after it do not take
up its words ("What happens next"); a linked headline is most often longer."""


def _rule_heading_in_or_after_body(line, no, page):
    if page.top(no) or not _headline_like(line) or len(line) > 150:
        return None
    following = page.body_after(no)
    shared = {word for word in _content(line) if any(other.startswith(word) for other in _content(following))}
    if following and len(shared) >= 2:
        return (
            "other",
            f"a crosshead: a heading whose words come back in the paragraphs after it ({', '.join(sorted(shared))})",
        )
    if following and not page.bottom(no) and len(_words(line)) <= MAX_CROSSHEAD_WORDS:
        return "other", f"a crosshead: a short heading (at most {MAX_CROSSHEAD_WORDS} words) between paragraphs"
    if page.bottom(no):
        return "recirculation", "a headline after the end of the article: most likely a link to another story"
    return (
        "recirculation",
        "a headline inside the article whose words the next paragraphs do not take up: most likely another story's",
    )


RULES = (
    ("recorded headline", _rule_recorded_headline),
    ("wire or source credit", _rule_wire_credit),
    ("photo credit alone", _rule_photo_credit_alone),
    ("caption", _rule_caption),
    ("link label", _rule_recirculation_label),
    ("date or furniture", _rule_date_or_furniture),
    ("interface", _rule_interface),
    ("under a link label", _rule_under_a_link_label),
    ("byline", _rule_byline),
    ("author's note", _rule_author_note),
    ("section label", _rule_section_label),
    ("first headline", _rule_first_headline),
    ("next to a photo credit", _rule_next_to_photo_credit),
    ("standfirst", _rule_standfirst),
    ("heading in or after the article", _rule_heading_in_or_after_body),
)
"""The rules, in the order they are tried: (name, function of line, line number and page)."""


def _classify(line: str, no: int, page: _Page) -> tuple[str, str]:
    if len(line) > MAX_NON_ARTICLE_LINE:
        return "other", f"longer than {MAX_NON_ARTICLE_LINE} characters: not sorted"
    for _, rule in RULES:
        found = rule(line, no, page)
        if found:
            return found
    return "other", "no rule matched"


def classify_page_lines(lines: pd.DataFrame, articles: pd.DataFrame, text_column: str | None = None) -> pd.DataFrame:
    """Give each page line a ``kind`` (one of ``KINDS``) and a ``reason``.

    ``lines`` has ``article_id``, ``line_no`` and ``line``, as made by
    ``framing.non_article_lines`` (line numbers count lines as ``split_lines``
    does, from 1). ``articles`` gives each page's whole text, to see where a
    line stands: ``text_column``, by default ``raw_text`` if the table has it (cleaned
    articles) and ``text`` if not; its ``headline`` and ``byline`` columns are used
    where present. Lines of a page are read top to bottom, because some rules
    look at the kind of the line above. Returns a copy of ``lines`` with ``kind``
    and ``reason``. Raises ``ValueError`` for missing columns, a line of an
    article not in ``articles``, or a line number that does not hold that line.

    >>> text = "Iraq Signs Power Deal With Iran\\nOfficials said so on Monday.\\nRead more: Oil prices rise"
    >>> articles = pd.DataFrame({"article_id": ["a"], "text": [text]})
    >>> shown = ["Iraq Signs Power Deal With Iran", "Read more: Oil prices rise"]
    >>> lines = pd.DataFrame({"article_id": ["a", "a"], "line_no": [1, 3], "line": shown})
    >>> classify_page_lines(lines, articles)["kind"].tolist()
    ['headline', 'recirculation']
    """
    require_columns(lines, ["article_id", "line_no", "line"], what="page lines")
    require_columns(articles, ["article_id"])
    if text_column is None:
        text_column = "raw_text" if "raw_text" in articles.columns else "text"
    require_columns(articles, [text_column])
    by_id = {row["article_id"]: row for row in articles.to_dict("records")}
    missing = sorted(set(map(str, lines["article_id"])) - set(map(str, by_id)))
    if missing:
        raise ValueError(f"the page lines name article(s) not in the articles table: {', '.join(missing)}")
    result = lines.copy()
    kinds, reasons = {}, {}
    for article_id, group in lines.groupby("article_id", sort=False):
        article = by_id[article_id]
        page = _Page(str(article[text_column]), set(int(n) for n in group["line_no"]), article)
        for index, row in group.sort_values("line_no", kind="stable").iterrows():
            no, line = int(row["line_no"]), str(row["line"]).strip()
            if not 1 <= no <= len(page.lines) or page.lines[no - 1] != line:
                raise ValueError(
                    f"article {article_id!r}: line {no} of its text is not {line!r}; "
                    f"make the page lines with non_article_lines from the same articles"
                )
            kind, reason = _classify(line, no, page)
            page.kinds[no], page.reasons[no] = kind, reason
            kinds[index], reasons[index] = kind, reason
    result["kind"] = pd.Series(kinds, dtype=object).reindex(result.index)
    result["reason"] = pd.Series(reasons, dtype=object).reindex(result.index)
    return result


def page_lines(articles: pd.DataFrame) -> pd.DataFrame:
    """Every page line of every article, with its ``kind`` and ``reason``: the lines lesson 01's cleaning removes,
    and the standfirsts it keeps as article text. Columns: ``article_id``, ``line_no``, ``line``, ``rule`` (the
    cleaning rule that named it), ``kind``, ``reason`` and ``in_text`` (True for a standfirst cleaning kept: it is
    sentence 1 of the cleaned text, and counted as the article's words).

    Pass the articles as loaded or as cleaned (then their ``raw_text`` is read).

    >>> text = "Dam opens after ten years\\nThe river towns get power.\\nBy Jane Roe\\nThe dam opened on Monday."
    >>> page_lines(pd.DataFrame({"article_id": ["a"], "text": [text]}))[["kind", "in_text"]].values.tolist()
    [['headline', False], ['standfirst', True], ['other', False]]
    """
    require_columns(articles, ["article_id"])
    text_column = "raw_text" if "raw_text" in articles.columns else "text"
    require_columns(articles, [text_column])
    found = found_page_lines(articles, text_column=text_column)
    removed = found[found["removed"].astype(bool)].drop(columns="removed")
    sorted_lines = classify_page_lines(removed, articles, text_column=text_column).assign(in_text=False)
    kept = found[~found["removed"].astype(bool)].drop(columns="removed")
    kept = kept.assign(kind="standfirst", reason=STANDFIRST_IN_TEXT, in_text=True)
    both = pd.concat([sorted_lines, kept], ignore_index=True) if len(kept) else sorted_lines
    order = {article_id: position for position, article_id in enumerate(articles["article_id"])}
    both = both.assign(_order=both["article_id"].map(order)).sort_values(["_order", "line_no"], kind="stable")
    return both.drop(columns="_order").reset_index(drop=True)


STANDFIRST_IN_TEXT = (
    "the summary under the headline, before the article begins; kept in the text as its first sentence, as lesson "
    "01 keeps the standfirst"
)
"""The reason given for a standfirst that cleaning keeps as article text."""


def load_page_lines(path: str | Path) -> pd.DataFrame:
    """Read hand-labelled page lines (``article_id``, ``line_no``, ``line``, ``kind``, ``note``),
    such as ``data/pezeshkian-iraq-2024/page-lines.csv``.

    Raises ``ValueError`` naming the file for a missing column or a kind not in ``KINDS``.
    """
    table = _read_csv(path)
    _check_labels(table, ["article_id", "line_no", "line", "kind"], KINDS, path)
    return table


def load_page_eval(path: str | Path) -> pd.DataFrame:
    """Read the evaluation pages (``data/page-lines-eval/pages.csv``): one row per line
    of a page, with ``page_id``, ``set``, ``line_no``, ``line`` and ``kind`` (a
    kind of ``KINDS``, or ``body`` for article text).
    """
    table = _read_csv(path)
    _check_labels(table, ["page_id", "set", "line_no", "line", "kind"], KINDS + ("body",), path)
    bad_sets = sorted(set(table["set"]) - {"development", "held-out"})
    if bad_sets:
        raise ValueError(f"{path}: set must be 'development' or 'held-out', not {', '.join(map(repr, bad_sets))}")
    return table


def _read_csv(path: str | Path) -> pd.DataFrame:
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    if table.empty:
        raise ValueError(f"{path}: the file has no rows")
    return table


def _check_labels(table: pd.DataFrame, columns: list[str], kinds, path) -> None:
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    bad = table.loc[~table["kind"].isin(kinds)]
    if not bad.empty:
        raise ValueError(
            f"{path}: line {bad.index[0] + 2}: kind {bad['kind'].iloc[0]!r} is not one of {', '.join(kinds)}"
        )
    if not table["line_no"].str.fullmatch(r"\d+").all():
        raise ValueError(f"{path}: line_no must be a whole number on every row")
    table["line_no"] = table["line_no"].astype(int)


def classify_eval_pages(pages: pd.DataFrame) -> pd.DataFrame:
    """Run ``classify_page_lines`` on evaluation pages: each page's text is its
    lines joined in order; its page lines are the rows that are not ``body``.
    Returns the page lines with the hand label in ``kind`` and the rules' in ``predicted``.
    """
    require_columns(pages, ["page_id", "line_no", "line", "kind"], what="evaluation pages")
    ordered = pages.sort_values(["page_id", "line_no"], kind="stable")
    texts = ordered.groupby("page_id", sort=False)["line"].apply(lambda lines: "\n".join(lines))
    articles = pd.DataFrame({"article_id": texts.index, "text": texts.to_numpy()})
    labelled = ordered[ordered["kind"] != "body"].copy()
    position = ordered.groupby("page_id", sort=False).cumcount() + 1
    labelled["line_no"] = position.loc[labelled.index]
    lines = labelled.rename(columns={"page_id": "article_id"})[["article_id", "line_no", "line"]]
    classified = classify_page_lines(lines, articles)
    labelled["predicted"], labelled["reason"] = classified["kind"], classified["reason"]
    return labelled


def score_page_lines(
    labelled: pd.DataFrame, truth: str = "kind", predicted: str = "predicted"
) -> tuple[float, pd.DataFrame]:
    """Accuracy, and per kind: ``lines`` (by hand), ``predicted``, ``correct``,
    ``precision`` (correct / predicted; NaN if never predicted) and ``recall``
    (correct / lines; NaN if no line of that kind).

    >>> table = pd.DataFrame(
    ...     {"kind": ["headline", "caption", "caption"], "predicted": ["headline", "caption", "credit"]}
    ... )
    >>> accuracy, per_kind = score_page_lines(table)
    >>> round(accuracy, 3), per_kind.loc["caption", ["precision", "recall"]].tolist()
    (0.667, [1.0, 0.5])
    """
    require_columns(labelled, [truth, predicted], what="labelled page lines")
    if labelled.empty:
        raise ValueError("there are no labelled page lines to score")
    rows = []
    for kind in KINDS:
        lines = int((labelled[truth] == kind).sum())
        guessed = int((labelled[predicted] == kind).sum())
        correct = int(((labelled[truth] == kind) & (labelled[predicted] == kind)).sum())
        rows.append(
            [
                kind,
                lines,
                guessed,
                correct,
                correct / guessed if guessed else float("nan"),
                correct / lines if lines else float("nan"),
            ]
        )
    per_kind = pd.DataFrame(rows, columns=["kind", "lines", "predicted", "correct", "precision", "recall"]).set_index(
        "kind"
    )
    accuracy = float((labelled[truth] == labelled[predicted]).mean())
    return accuracy, per_kind
