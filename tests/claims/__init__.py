"""Claims: every sentence of the course that counts, ranks or generalises about the articles is checked by data.

A claim is marked where it stands, by an HTML comment after its sentence (invisible to a student, in a notebook's
rendered cell as on GitHub)::

    In `visits-baghdad`, Iranian officials make 5 of the 6 statements. <!-- claim: 04.iranian-share -->

and its id names an entry of ``CLAIMS`` in ``tests/claims/lessonNN.py`` (``guide.py`` for INSTRUCTORS.md and
GLOSSARY.md), a :class:`Claim`:

* ``check``: a function that recomputes the claim from ``data/`` with ``framing`` and raises (an ``assert`` with a
  message) when the data disagree. It may take the claimed sentence as its one argument, to compare numbers read
  from the prose with numbers computed from the data (:func:`numbers_in`);
* ``says``: the claim's content in one reference wording. The numbers and article ids in it must all stand, in the
  same order, in the sentence that carries the tag. Rewording the sentence passes; changing a number or an article
  fails until the reference (and so the check) is changed too.

Tests may also check a marked sentence directly with :func:`says` (``says("01.some-id", "Seventeen lines")``).

``tests/test_claims.py`` fails when a marked id has no check, when a check's id is marked nowhere, and when a check
fails. ``python tools/course.py claims`` reports, for an author to review, the unmarked sentences that look like claims
about the articles: first those that state a count ("three of the five", "5 of 8 statements", "all five", a
percentage), then those with words that may generalise ("only", "most", "none", "both"). A cell of instructions or
definitions can carry the tag ``no-claims`` to leave it out of the review, and a sentence that states a count but not
about the articles (an example, an instruction) the mark ``<!-- not-a-claim -->``. ``tests/test_claims.py`` fails on
an unmarked sentence that states a count; the sentences that may generalise are listed for review only.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from paths import ROOT
from tools import course

CLAIM_TAG = re.compile(r"\s*<!--\s*claim:\s*([\w.\-]+(?:\s*,\s*[\w.\-]+)*)\s*-->")
FIGURE_MARKUP = re.compile(r"<!--/?fig(?::[^>]*)?-->")
NOT_A_CLAIM = re.compile(r"\s*<!--\s*not-a-claim\s*-->")
"""A sentence that states a count but not about the articles (an instruction, an example, a definition), marked as
reviewed: ``<!-- not-a-claim -->`` after it, as a claim mark would stand."""
NO_CLAIMS_TAG = "no-claims"
"""A markdown cell with this tag holds instructions, questions or definitions, not claims about the articles."""

GUIDES = [ROOT / "INSTRUCTORS.md", ROOT / "GLOSSARY.md"]
GENERATED_BLOCK = re.compile(r"<!-- SCHEDULES START -->.*?<!-- SCHEDULES END -->", re.DOTALL)
"""The session plans, written by ``python tools/course.py navigation`` from the lessons' Time lines and tested for
their arithmetic by tests/test_schedules.py: they count minutes, not the articles."""

WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half": 0.5,
}  # fmt: skip
_NUMBER = re.compile(r"(?<![\w.])[-+−]?\d[\d,]*(?:\.\d+)?(?![\w])|\b(" + "|".join(WORD_NUMBERS) + r")\b", re.IGNORECASE)
_ABBREVIATION_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sgt|Sen|Rep|Gov|St|Lt|Col|Gen|Prof|No|vs|e\.g|i\.e|U\.S|U\.N|etc)\.$"
)
_ARTICLE_ID = re.compile(r"`([a-z]+(?:-[a-z]+)+)`")

_NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
STRONG = re.compile(
    rf"\b(?:all {_NUMBER_WORDS}\b|{_NUMBER_WORDS} of (?:the |our |its |these |their |those )?{_NUMBER_WORDS}\b"
    rf"|(?<!the )(?<!these )(?<!those )(?<!our )(?<!first )(?<!last )(?<!other )"
    rf"{_NUMBER_WORDS} (?:other )?(?:articles|statements|sentences|facts|quotations|speakers)\b)"
    r"|\d+(?:\.\d+)? ?(?:%|per ?cent)",
    re.IGNORECASE,
)
"""A sentence that states a count about the articles: it needs a claim mark (or a ``no-claims`` cell)."""
WEAK = re.compile(
    r"\b(?:only|most|more than|fewer than|none|no article|every article|each article|both|neither|majority)\b",
    re.IGNORECASE,
)
"""A sentence that may generalise: reported for review when unmarked, never failed."""


@dataclass(frozen=True)
class Claim:
    """How one claim is known to be true: a ``check`` that recomputes it, the reference wording it ``says``, or both."""

    check: Callable | None = None
    says: str = ""

    def __post_init__(self):
        if not (self.check or self.says):
            raise ValueError("a claim needs a check, a reference wording (says), or both")


@dataclass(frozen=True)
class ClaimedSentence:
    """A sentence of a document, as a student reads it, with the claim ids marked on it and where it stands."""

    text: str
    ids: tuple[str, ...]
    where: str
    cell_tags: tuple[str, ...] = ()
    not_a_claim: bool = False


def _plain(text: str) -> str:
    text = FIGURE_MARKUP.sub("", text)
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip()


def sentences_of(text: str, where: str, cell_tags: tuple[str, ...] = ()) -> list[ClaimedSentence]:
    """The sentences (and list items, and table rows) of a Markdown text, each with the claim ids marked on it.

    A mark belongs to the sentence it follows (or stands in).
    """
    marked = CLAIM_TAG.sub(lambda m: "\x00" + ",".join(i.strip() for i in m[1].split(",")) + "\x01", text)
    marked = NOT_A_CLAIM.sub("\x02", marked)
    out = []
    for line in marked.splitlines():
        pieces: list[str] = []
        for piece in re.split(r"(?<=[.!?\x01\x02])\s+(?=[A-Z*`\"(\[_])", line):
            if pieces and _ABBREVIATION_END.search(pieces[-1]):
                pieces[-1] += " " + piece
            else:
                pieces.append(piece)
        for piece in pieces:
            ids = tuple(i for group in re.findall(r"\x00(.*?)\x01", piece) for i in group.split(","))
            plain = _plain(re.sub(r"\x00.*?\x01", "", piece).replace("\x02", ""))
            if plain:
                out.append(ClaimedSentence(plain, ids, where, cell_tags, "\x02" in piece))
    return out


_BLOCK_START = re.compile(r"^\s*(?:[-*+] |\d+\. |\||#|```)")


def unwrap(markdown: str) -> str:
    """A hard-wrapped Markdown file with each paragraph, list item and table row on one line (block quotes unquoted)."""
    lines: list[str] = []
    for raw in markdown.splitlines():
        line = re.sub(r"^>\s?", "", raw)
        if not line.strip():
            lines.append("")
        elif lines and lines[-1] and not _BLOCK_START.match(line) and not lines[-1].lstrip().startswith(("|", "#")):
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    return "\n".join(lines)


def lesson_documents() -> list[Path]:
    """Every lesson and solution notebook."""
    return [*course.lesson_paths(course.LESSONS), *course.lesson_paths(course.SOLUTIONS)]


@functools.cache
def document_sentences(path: Path) -> tuple[ClaimedSentence, ...]:
    """The sentences of a notebook's markdown cells (navigation aside), or of a Markdown file."""
    where = str(path.relative_to(ROOT))
    if path.suffix != ".ipynb":
        text = GENERATED_BLOCK.sub("", path.read_text(encoding="utf-8"))
        return tuple(sentences_of(unwrap(text), where))
    out = []
    for number, cell in enumerate(course.read(path).cells):
        text = course.source(cell)
        if cell.cell_type != "markdown" or text.startswith(course.NAV_MARK):
            continue
        tags = tuple(cell.metadata.get("tags", ()))
        out.extend(sentences_of(text, f"{where} cell {number}", tags))
    return tuple(out)


def all_sentences() -> list[ClaimedSentence]:
    return [s for path in [*lesson_documents(), *GUIDES] for s in document_sentences(path)]


def marked(claim_id: str) -> list[ClaimedSentence]:
    """Every sentence that carries the mark ``claim_id``."""
    return [s for s in all_sentences() if claim_id in s.ids]


def numbers_in(text: str) -> list[float]:
    """The numbers a sentence states, in order: digits (with thousands commas and decimals) and number words.

    >>> numbers_in("Four of the five articles, 1,985 words, a z-score of 1.54 and -0.84; half of them")
    [4, 5, 1985, 1.54, -0.84, 0.5]
    """
    out = []
    for match in _NUMBER.finditer(_plain(text)):
        word = match[1]
        if word:
            out.append(WORD_NUMBERS[word.lower()])
        else:
            value = float(match[0].replace(",", "").replace("−", "-"))
            out.append(int(value) if value.is_integer() and "." not in match[0] else value)
    return out


def article_ids_in(text: str) -> list[str]:
    """The article ids a sentence names in backticks, in order."""
    return _ARTICLE_ID.findall(text)


def _subsequence(needles: list, haystack: list) -> bool:
    iterator = iter(haystack)
    return all(any(item == needle for item in iterator) for needle in needles)


def says(claim_id: str, reference: str) -> bool:
    """Assert that every sentence marked ``claim_id`` states the numbers and article ids of ``reference``, in order.

    Returns True, so that it can stand in an ``assert ... and says(...)``.
    """
    sentences = marked(claim_id)
    assert sentences, f"no sentence is marked <!-- claim: {claim_id} -->"
    for sentence in sentences:
        for kind, read in (("numbers", numbers_in), ("article ids", article_ids_in)):
            wanted, found = read(reference), read(sentence.text)
            assert _subsequence(wanted, found), (
                f"{sentence.where}: the sentence marked {claim_id} should state the {kind} {wanted} "
                f"(as in {reference!r}) but states {found}:\n  {sentence.text}"
            )
    return True


CLAIM_MODULES = [
    "lesson00",
    "lesson01",
    "lesson02",
    "lesson03",
    "lesson04",
    "lesson05",
    "lesson06",
    "lesson07",
    "guide",
]


@functools.cache
def registry() -> dict[str, Claim]:
    """Every claim id with its :class:`Claim`, from the ``CLAIMS`` table of each module of this package."""
    claims: dict[str, Claim] = {}
    for name in CLAIM_MODULES:
        module = importlib.import_module(f"claims.{name}")
        for claim_id, claim in module.CLAIMS.items():
            if claim_id in claims:
                raise ValueError(f"claims/{name}.py: claim id {claim_id!r} is defined twice")
            claims[claim_id] = claim if isinstance(claim, Claim) else Claim(check=claim)
    return claims


@functools.cache
def ids_checked_by_tests() -> frozenset[str]:
    """The claim ids that tests check directly with ``says("ID", ...)``."""
    found = set()
    for path in (ROOT / "tests").rglob("*.py"):
        if path.name == "test_claims.py" or (path.parent.name == "claims" and path.name == "__init__.py"):
            continue  # their ids are examples
        found.update(re.findall(r"\bsays\(\s*\"([\w.\-]+)\"", path.read_text(encoding="utf-8")))
    return frozenset(found)


def run(claim_id: str) -> None:
    """Check one claim against every sentence that carries it."""
    claim = registry()[claim_id]
    sentences = marked(claim_id)
    assert sentences, f"{claim_id}: no sentence carries this mark any more (remove it from tests/claims/)"
    if claim.says:
        says(claim_id, claim.says)
    if claim.check:
        if inspect.signature(claim.check).parameters:
            for sentence in sentences:
                claim.check(sentence.text)
        else:
            claim.check()


def unmarked_claim_like() -> tuple[list[ClaimedSentence], list[ClaimedSentence]]:
    """Unmarked sentences that state a count (``STRONG``), and others that may generalise (``WEAK``), for review."""
    candidates = [
        s
        for s in all_sentences()
        if not s.ids and not s.not_a_claim and NO_CLAIMS_TAG not in s.cell_tags and not s.text.endswith("?")
    ]
    strong = [s for s in candidates if STRONG.search(s.text)]
    weak = [s for s in candidates if WEAK.search(s.text) and s not in strong]
    return strong, weak
