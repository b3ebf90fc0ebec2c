"""Measure ``framing.find_attributions`` on real news marked by trained annotators (PolNeAR).

    python tools/measure_attribution.py                       # train split, every article
    python tools/measure_attribution.py --split dev           # the held-out run (once, on frozen rules)
    python tools/measure_attribution.py --limit 100 --show-errors 20
    python tools/measure_attribution.py --record              # write the figures to data/figures.json

The corpus is ``../shared/polnear/`` beside the checkout (``--corpus`` to point elsewhere): Newell, Margolin and
Ruths (2018), "An Attribution Relations Corpus for Political News", LREC 2018 (PolNeAR v1.0.0). Its texts and
annotations belong to others and are never copied into the project: this tool reads them where they are, prints
figures, and prints errors only to the terminal. Without the folder it says so and exits 0, so that a checkout
without the corpus (a student's, CI's) is not an error.

What is scored, separately for four categories of attribution (a gold unit's category comes from its content
and cue; a prediction's from its kind and quoted words):

- ``fully-quoted``: the content is all inside quotation marks ("“We will win,” she said");
- ``partly-quoted``: the content holds quotation marks and words outside them (she called the plan “a disaster”
  for workers): PolNeAR marks the whole reported clause, and so must the extractor;
- ``reported``: no quotation marks (she said the plan would fail), including the beliefs, intentions and feelings
  PolNeAR also marks ("he plans to run", "she doubts it");
- ``according-to``: the cue is "according to".

For each: how many gold units were found (recall), precision (how many predictions of that category match a gold
unit: PolNeAR marks only the outermost of nested attributions, so predictions inside a gold unit's words are
counted ``within``, not extra), speaker right where the gold source is a name (``gold_name``), verb right (the
found verb is a word of the gold cue), and kind right. The scorer is ``framing.attribution_eval.score_statements``
with PolNeAR's conventions (``POLNEAR``), the same that scores the invented rounds.

One annotator's file is used per article: the first annotator that ``metadata.tsv`` lists for it (a few
articles were marked by several annotators, to measure agreement).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing.attribution import find_attributions  # noqa: E402
from framing.attribution_eval import POLNEAR, evaluation_figures, score_statements  # noqa: E402
from framing.figures import Figure, record_figures  # noqa: E402
from framing.speakers import ORG_WORDS, TITLE_WORDS  # noqa: E402

CORPUS = ROOT.parent / "shared" / "polnear"
"""Where the corpus is expected: ``../shared/polnear/`` beside the checkout."""
CATEGORIES = ("fully-quoted", "partly-quoted", "reported", "according-to")
KIND_OF_CATEGORY = {
    "fully-quoted": "direct",
    "partly-quoted": "direct",
    "reported": "indirect",
    "according-to": "according-to",
}
MEASURES = {
    "units": "gold",
    "recall": "recall",
    "precision": "precision",
    "speaker_right": "speaker right",
    "verb_right": "verb right",
    "kind_right": "kind right",
}
"""Figure id suffix -> the row of ``evaluation_figures`` it records."""
CITATION = (
    "Newell, Margolin and Ruths (2018), An Attribution Relations Corpus for Political News, LREC 2018 (PolNeAR v1.0.0)"
)


class CorpusError(ValueError):
    """The corpus is not as its README describes; the message names the file, the line and the problem."""


@dataclass(frozen=True)
class Span:
    """One annotated span of a brat file: its role and its parts (character offsets, end exclusive)."""

    role: str
    parts: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One attribution of an annotator's file: its content parts, its cue parts and its source parts (none for
    ``Attribution-no-source``)."""

    content: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]


_SPAN_LINE = re.compile(r"^(?P<id>T\d+)\t(?P<role>[\w-]+) (?P<offsets>\d+ \d+(?:;\d+ \d+)*)\t")
_EVENT_LINE = re.compile(r"^(?P<id>E\d+)\t(?P<arguments>.*)$")


def read_brat(path: Path) -> list[GoldAttribution]:
    """The attributions of one brat standoff file (``T`` spans tied into ``E`` events), in the file's order.

    Lines that are neither (annotator notes, the continuation of a span's text across a line break) are skipped,
    and so is an event with no content or no cue (the corpus has a few such leftovers of an annotator's edits). A
    span or event that cannot be read raises ``CorpusError`` naming the file and the line.
    """
    spans: dict[str, Span] = {}
    events: list[tuple[int, str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.startswith("T") and "\t" in line:
            match = _SPAN_LINE.match(line)
            if match is None:
                raise CorpusError(f"{path}: line {number}: a span line that is not 'Tn<TAB>Role start end<TAB>text'")
            parts = tuple(tuple(map(int, part.split())) for part in match["offsets"].split(";"))
            spans[match["id"]] = Span(match["role"], parts)
        elif line.startswith("E") and "\t" in line:
            events.append((number, line))
    found = [_attribution(path, number, line, spans) for number, line in events]
    return [attribution for attribution in found if attribution is not None]


def _attribution(path: Path, number: int, line: str, spans: dict[str, Span]) -> GoldAttribution | None:
    match = _EVENT_LINE.match(line)
    roles: dict[str, list[tuple[int, int]]] = {"Content": [], "Cue": [], "Source": []}
    for argument in (match["arguments"] if match else "").split():
        role, _, span_id = argument.partition(":")
        role = re.sub(r"\d+$", "", role)
        if span_id not in spans:
            raise CorpusError(f"{path}: line {number}: the event names span {span_id!r}, which the file does not hold")
        if role in roles:
            roles[role].extend(spans[span_id].parts)
    if not roles["Content"] or not roles["Cue"]:
        return None
    return GoldAttribution(*(tuple(sorted(roles[role])) for role in ("Content", "Cue", "Source")))


def read_metadata(corpus: Path) -> pd.DataFrame:
    """``metadata.tsv``: one row per article (``compartment`` is the split, ``filename`` the article's name,
    ``annotators`` the annotators' codes joined by ``|``)."""
    path = corpus / "metadata.tsv"
    try:
        table = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE)
    except (OSError, pd.errors.ParserError) as error:
        raise CorpusError(f"{path}: cannot be read as a tab-separated table ({error})") from None
    missing = {"compartment", "filename", "annotators"} - set(table.columns)
    if missing:
        raise CorpusError(f"{path}: line 1: no column {', '.join(sorted(missing))}")
    return table


def annotation_file(corpus: Path, split: str, name: str, annotators: str) -> Path:
    """The one annotator's file used for an article: the first annotator ``metadata.tsv`` lists whose file exists."""
    for code in annotators.split("|"):
        path = corpus / split / "attributions" / f"{name}_{code.strip()}.ann"
        if path.exists():
            return path
    raise CorpusError(f"{corpus / split / 'attributions'}: no annotation file for {name} (annotators {annotators})")


_EDGE = " \t\n.,;:—–-()[]"
_LEADING_THAT = re.compile(r"^that\s+", re.IGNORECASE)


def _is_opening(text: str, index: int, depth: int) -> bool:
    char = text[index]
    return (
        char == "“" or (char == '"' and depth == 0) or (char == "‘" and (index == 0 or not text[index - 1].isalnum()))
    )


def _is_closing(text: str, index: int, depth: int) -> bool:
    char = text[index]
    after = text[index + 1] if index + 1 < len(text) else " "
    return char == "”" or (char == '"' and depth > 0) or (char == "’" and depth > 0 and not after.isalnum())


def _starts_inside(text: str) -> bool:
    """True when the first quotation mark of a part closes a quotation: the part began inside one ("...,” he said,
    “..." is marked in two parts, the second without its opening mark)."""
    for index in range(len(text)):
        if _is_opening(text, index, 0):
            return False
        if _is_closing(text, index, 1) and text[index] != "’":
            return True
    return False


def quoted_state(text: str) -> tuple[bool, bool]:
    """(has quotation marks, every word inside them) for one part of a content span. A leading "that" and the
    punctuation at the edges are not words of the content (the guidelines keep "that" in the content).

    >>> quoted_state("that “when you win, it’s beautiful.”"), quoted_state("the system “rotten to the core.”")
    ((True, True), (True, False))
    >>> quoted_state("''We will win,''")
    (True, True)
    """
    stripped = _LEADING_THAT.sub("", text.replace("''", '"').strip(_EDGE)).strip(_EDGE)  # ''...'' is “...”
    depth = 1 if _starts_inside(stripped) else 0
    marks, outside_words = depth > 0, False
    for index, char in enumerate(stripped):
        if _is_opening(stripped, index, depth):
            depth, marks = depth + 1, True
        elif _is_closing(stripped, index, depth):
            depth = max(0, depth - 1)
        elif depth == 0 and char.isalnum():
            outside_words = True
    return marks, marks and not outside_words


def gold_category(text: str, attribution: GoldAttribution) -> str:
    """The category of a gold attribution: ``according-to`` by its cue, else by the quotation marks of its content.

    >>> gold_category("“We will win,” she said.", GoldAttribution(((0, 14),), ((19, 23),), ((15, 18),)))
    'fully-quoted'
    """
    cue = " ".join(text[a:b] for a, b in attribution.cue).lower()
    if "according to" in cue:
        return "according-to"
    states = [quoted_state(text[a:b]) for a, b in attribution.content]
    if not any(marks for marks, _ in states):
        return "reported"
    return "fully-quoted" if all(full for _, full in states) else "partly-quoted"


_NAME_WORD = r"(?:[A-Z][\w’'.-]*|(?:al|el|de|van|von|bin)-[\w’'-]+|(?:de|van|von|bin|al)(?=\s+[A-Z]))"
_NAME_RUN = re.compile(rf"(?<![\w’'.-]){_NAME_WORD}(?:\s+(?:(?:of|for|and|the|&)\s+)*{_NAME_WORD})*$")
"""A run of capitalised words at the end of a source's head. It starts at a word's start: a particle ("al-Sudani",
"de Blasio", "van Hollen") begins a name only as a word of its own, never inside a lower-case word ("the
president" holds no name "dent", "the release" none "elease")."""
_HEAD_END = re.compile(r",|\s\(|\s(?:who|whose|which|that)\b|\s[-–—]\s")
_NOT_NAMES = frozenset("i we you he she it they who which this that these those".split())


def gold_name(source: str) -> str:
    """The name a gold source gives, or "" when it gives none (a pronoun, "the senator", "officials", "the Clinton
    campaign"): the run of capitalised words that ends the source's head (before an appositive, a bracket or a
    relative clause), without the titles and determiners in front. A source whose head ends in a lower-case word
    is a description, not a name.

    >>> gold_name("Sen. Ted Cruz (R-Texas)"), gold_name("Former Secretary of State Hillary Clinton"), gold_name("he")
    ('Ted Cruz', 'State Hillary Clinton', '')
    >>> gold_name("the Clinton campaign"), gold_name("Trump campaign manager Corey Lewandowski"), gold_name("Officials")
    ('', 'Corey Lewandowski', '')
    """
    head = _HEAD_END.split(source.strip(), maxsplit=1)[0].strip(" ,.:;")
    head = re.sub(r"[’']s$", "", head)
    run = _NAME_RUN.search(head)
    if run is None:
        return ""
    words = run.group(0).split()
    titles = TITLE_WORDS
    while words and (
        words[0].lower().strip(".") in titles or words[0].lower() in titles or words[0].lower() in _CONNECTORS
    ):
        words.pop(0)
    if not words or (len(words) == 1 and (words[0].lower() in _NOT_NAMES or _is_common_plural(words[0]))):
        return ""
    if all(word.lower().strip(".,") in _DATE_WORDS for word in words):
        return ""  # "a poll released Sunday": a day, not a name
    return " ".join(_without_home(words))


def _without_home(words: list[str]) -> list[str]:
    """A person's name without the place or body after "of" ("Ruth Keane of Ohio", "Dana Price of the
    Halvey Institute"): the name is the two or more words before it, when they are not an organisation's
    ("National Association of Manufacturers", "Bank of America" stay whole)."""
    if "of" not in words:
        return words
    before = words[: words.index("of")]
    if len(before) < 2 or before[-1].lower().strip(".") in TITLE_WORDS or ORG_WORDS.search(" ".join(before)):
        return words  # "Ohio Secretary of State Jon Halvey": a title of a place, then the name
    return before


_CONNECTORS = frozenset("of for and the & former".split())
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august"
    " september october november december".split()
)


def _is_common_plural(word: str) -> bool:
    """A capitalised word that English writes in lower case as a plural noun ("Officials", "Analysts")."""
    from framing.speakers import common_words

    return common_words().get(word.lower(), "").startswith("NNS")


def article_gold(article_id: str, text: str, attributions: list[GoldAttribution]) -> list[dict]:
    """The gold units of one article, as ``score_statements`` reads them (with ``parts`` and ``category``)."""
    rows = []
    for attribution in attributions:
        category = gold_category(text, attribution)
        source = " ".join(text[a:b] for a, b in attribution.source)
        rows.append(
            {
                "article_id": article_id,
                "start": attribution.content[0][0],
                "end": attribution.content[-1][1],
                "parts": list(attribution.content),
                "category": category,
                "kind": KIND_OF_CATEGORY[category],
                "speaker": gold_name(source) if source else "",
                "source": source,
                "verb": " ".join(text[a:b] for a, b in attribution.cue),
                "cue_start": attribution.cue[0][0],
                "speaker_type": "",
            }
        )
    return rows


def load_split(corpus: Path, split: str, limit: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles (``article_id``, ``text`` as published) and the gold units of one split, in name order."""
    metadata = read_metadata(corpus)
    rows = metadata[metadata["compartment"] == split].sort_values("filename")
    if limit is not None:
        rows = rows.head(limit)
    articles, gold = [], []
    for name, annotators in zip(rows["filename"], rows["annotators"]):
        text_path = corpus / split / "text" / f"{name}.txt"
        try:
            text = text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CorpusError(f"{text_path}: cannot be read as UTF-8 text ({error})") from None
        articles.append({"article_id": name, "text": text})
        gold += article_gold(name, text, read_brat(annotation_file(corpus, split, name, annotators)))
    return pd.DataFrame(articles), pd.DataFrame(gold)


def predicted_category(predicted: pd.DataFrame) -> pd.Series:
    """The category of each predicted statement: by its kind, and for a quotation whether its quoted words are
    the whole statement (``quoted_start`` and ``quoted_end`` equal to ``start`` and ``end``)."""
    whole = pd.Series(True, index=predicted.index)
    if "quoted_start" in predicted.columns:
        whole = (predicted["quoted_start"] == predicted["start"]) & (predicted["quoted_end"] == predicted["end"])
    direct = predicted["kind"] == "direct"
    category = predicted["kind"].map({"indirect": "reported", "according-to": "according-to"}).fillna("")
    category[direct & whole] = "fully-quoted"
    category[direct & ~whole] = "partly-quoted"
    return category


def measure(corpus: Path, split: str, limit: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame, float]:
    """(comparison, figures by category, seconds the extractor took) on one split. The comparison's attribute
    ``articles`` is the number of articles read."""
    articles, gold = load_split(corpus, split, limit)
    started = time.perf_counter()
    predicted = find_attributions(articles)
    seconds = time.perf_counter() - started
    predicted = predicted.assign(category=predicted_category(predicted))
    comparison = score_statements(predicted, gold, POLNEAR)
    comparison.attrs["articles"] = len(articles)
    return comparison, figures_table(comparison), seconds


def figures_table(comparison: pd.DataFrame) -> pd.DataFrame:
    """One row per category and one for all, with ``evaluation_figures``' columns and the count ``within``."""
    rows = {category: evaluation_figures(comparison, (category,), column="category") for category in CATEGORIES}
    rows["all"] = evaluation_figures(comparison, CATEGORIES, column="category")
    table = pd.DataFrame(rows).T
    within = comparison[comparison["status"] == "within"]["found_category"].value_counts()
    table["within"] = [
        int(within.get(c, 0)) if c != "all" else len(comparison[comparison["status"] == "within"]) for c in table.index
    ]
    return table


def figure_records(table: pd.DataFrame, split: str, commit: str, label: str = "") -> dict[str, Figure]:
    """The figures to record, ``attribution.polnear.<label>.<category>.<measure>``; the label is the split's name
    unless given (``train-latest``: the rules as they are now, beside the frozen rules' figures).

    >>> table = pd.DataFrame({"gold": [10], "recall": [0.5]}, index=["all"]).reindex(columns=list(MEASURES.values()))
    >>> sorted(figure_records(table.fillna({"gold": 10, "recall": 0.5}), "train", "abc", "train-latest"))
    ['attribution.polnear.train-latest.all.recall', 'attribution.polnear.train-latest.all.units']
    """
    today = datetime.date.today().isoformat()
    label = label or split
    record = f" --label {label}" if label != split else ""
    how = f"python tools/measure_attribution.py --split {split} --record{record} (rules of commit {commit})"
    figures = {}
    for category, row in table.iterrows():
        for suffix, column in MEASURES.items():
            value = row[column]
            if pd.isna(value):
                continue
            value = int(value) if suffix == "units" else float(value)
            what = f"PolNeAR {split} split, {category} attributions: {column} ({CITATION})"
            if label != split:
                what += f", recorded as {label}"
            figures[f"attribution.polnear.{label}.{category}.{suffix}"] = Figure(value, today, what, how)
    return figures


def describe_errors(comparison: pd.DataFrame, gold: pd.DataFrame, texts: dict[str, str], count: int) -> list[str]:
    """Up to ``count`` errors, by offsets and ids, with the corpus's own words (for the terminal only)."""
    lines = []
    wrong = comparison[
        (comparison["status"].isin(["missed", "extra"]))
        | ((comparison["status"] == "found") & (comparison["speaker_ok"] == False))  # noqa: E712
    ]
    for row in wrong.head(count).itertuples(index=False):
        text = texts[row.article_id]
        sentence_start = max(text.rfind("\n", 0, row.start) + 1, row.start - 200)
        excerpt = " ".join(text[sentence_start : row.start + 160].split())
        what = {
            "missed": f"missed a {row.gold_category} unit (cue '{row.gold_verb}', source '{row.gold_speaker or '-'}')",
            "extra": f"extra {row.found_category} statement (speaker '{row.found_speaker}', verb '{row.found_verb}')",
            "found": f"wrong speaker: gold '{row.gold_speaker}', found '{row.found_speaker}' (verb '{row.found_verb}')",
        }[row.status]
        lines.append(f"{row.article_id} @{row.start}: {what}\n    {excerpt}")
    return lines


def _commit() -> str:
    import subprocess

    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["train", "dev"], default="train")
    parser.add_argument("--limit", type=int, default=None, help="the first N articles only (by name)")
    parser.add_argument("--show-errors", type=int, default=0, metavar="K", help="print K errors (terminal only)")
    parser.add_argument("--record", action="store_true", help="write the figures into data/figures.json")
    parser.add_argument(
        "--label",
        default="",
        help="record under this name instead of the split's (train-latest: the rules now, beside the frozen figures)",
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"the corpus folder (default {CORPUS})")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    if not (args.corpus / args.split).is_dir():
        print(
            f"PolNeAR not found at {args.corpus / args.split}: nothing measured (the corpus lives beside the "
            "checkout, in ../shared/polnear, for maintainers only)."
        )
        return 0
    comparison, table, seconds = measure(args.corpus, args.split, args.limit)
    print(f"PolNeAR {args.split}: {comparison.attrs['articles']} articles, extractor {seconds:.1f} s")
    with pd.option_context("display.width", 160, "display.max_columns", 20):
        print(table.to_string())
    if args.show_errors:
        articles, gold = load_split(args.corpus, args.split, args.limit)
        texts = dict(zip(articles["article_id"], articles["text"]))
        print("\n".join(describe_errors(comparison, gold, texts, args.show_errors)))
    if args.record:
        changed = record_figures(figure_records(table, args.split, _commit(), args.label))
        print(f"recorded in data/figures.json: {len(changed)} figures changed or new")
    return 0


if __name__ == "__main__":
    sys.exit(main())
