"""Measuring attribution on text marked by hand: spans, speakers, verbs, kinds and speaker types.

One scorer serves every gold the project measures on: the six evaluation rounds written and marked by AI
assistants (``data/attribution-eval*/``, read by ``load_eval_set``) and real news marked by trained annotators
(PolNeAR, read by ``tools/measure_attribution.py``). ``score_statements`` pairs each predicted statement with the
gold unit it overlaps most (one to one), and says for each pair whether the speaker, verb, kind and speaker type
agree; ``evaluation_figures`` turns that into precision and recall, and the share right of each field.

A predicted span and a gold unit *match* when the characters they share are at least half of the longer of the
two: the prediction, or the parts of the gold unit it touches (a gold unit may be in several parts, as a quotation
split by its cue is in PolNeAR). A quoted fragment alone therefore does not match a long reported clause around it.
A prediction that matches no unit but lies at least half inside a gold unit's words is counted ``within``, neither
found nor extra: a second piece of a unit already found, or an attribution nested in another's words, which
PolNeAR does not mark. Verbs are compared without auxiliaries or a closing particle ("has warned" and "warned",
"accused of" and "accused" agree), and a found verb agrees with a gold cue that contains it ("said" and "said in a
statement"). Gold units of kind ``not-speech`` (scare quotes, titles) are not statements: a prediction that
matches one counts as extra.

The two golds differ in two conventions, which ``GoldConventions`` names (``ROUNDS``, ``POLNEAR``): what a partly
quoted statement's unit covers (the rounds mark the quoted words only; PolNeAR the whole reported clause), and how
the gold writes a speaker (the rounds: the fullest name the article gives; PolNeAR: as the text writes it at the
cue, so that "Trump" there agrees with "Donald Trump" found).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.loading import load_articles

SPEECH_KINDS = ("direct", "indirect", "according-to")
CONTINUED = "(continued)"


@dataclass(frozen=True)
class GoldConventions:
    """How a gold file marks what the scorer compares.

    ``partial_quotations``: ``"quoted-words"`` when a partly quoted statement's unit is the words in quotation marks
    only (the predicted statement is then compared by its ``quoted_start`` and ``quoted_end``), ``"clause"`` when it
    is the whole reported clause (compared by ``start`` and ``end``). ``names``: ``"fullest"`` when the gold gives
    the fullest name the article gives (names must be equal, see ``normalise_name``), ``"as-written"`` when it gives
    the name as the text writes it at the cue (see ``same_name_as_written``).
    """

    partial_quotations: str
    names: str

    def __post_init__(self) -> None:
        if self.partial_quotations not in ("quoted-words", "clause"):
            raise ValueError(f"partial_quotations must be 'quoted-words' or 'clause', not {self.partial_quotations!r}")
        if self.names not in ("fullest", "as-written"):
            raise ValueError(f"names must be 'fullest' or 'as-written', not {self.names!r}")


ROUNDS = GoldConventions(partial_quotations="quoted-words", names="fullest")
"""The conventions of the six evaluation rounds (``data/attribution-eval*/README.md``)."""
POLNEAR = GoldConventions(partial_quotations="clause", names="as-written")
"""The conventions of PolNeAR (its annotators' guidelines): contents are whole clauses, sources as written."""


def load_eval_set(folder: str | Path, which: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles (text as written) and gold units of one half (``development`` or ``held-out``, or ``all``) of an
    evaluation set.

    The gold gains ``start`` and ``end``: the character span from the first
    word of ``quote_start`` to the last of ``quote_end``. A marker that is not
    found exactly once raises ValueError naming the article and row.
    """
    if which not in ("development", "held-out", "all"):
        raise ValueError(f"which must be 'development', 'held-out' or 'all', not {which!r}")
    folder = Path(folder)
    articles = load_articles(folder)
    if which != "all":
        articles = articles[articles["set"] == which].reset_index(drop=True)
    gold = pd.read_csv(folder / "gold.csv", dtype=str, keep_default_na=False)
    gold = gold[gold["article_id"].isin(set(articles["article_id"]))].reset_index(drop=True)
    texts = dict(zip(articles["article_id"], articles["text"]))
    starts, ends = [], []
    for number, row in gold.iterrows():
        text = texts[row["article_id"]]
        start = _only(text, row["quote_start"], row["article_id"], number)
        end = _only(text, row["quote_end"], row["article_id"], number, after=start) + len(row["quote_end"])
        starts.append(start)
        ends.append(end)
    gold["start"], gold["end"] = starts, ends
    return articles, gold


def _only(text: str, marker: str, article_id: str, row: int, after: int = 0) -> int:
    positions = [m.start() for m in re.finditer(re.escape(marker), text)]
    positions = [p for p in positions if p >= after] if after else positions
    if not positions:
        raise ValueError(f"gold row {row + 2} ({article_id}): {marker!r} is not in the article")
    return positions[0]


def normalise_name(name: str) -> str:
    """Lower case, straight apostrophes, no leading "the", "a", "an" or "one", no relative clause at the end, no
    trailing full stop.

    The evaluation rounds differ on how an anonymous source is written: rounds 1 to 3 keep its relative clause ("a
    senior aide who spoke on condition of anonymity"), rounds 4 to 6 leave it out ("a senior aide"), and "One
    neighbour said" was written "a neighbour". The clause and the article do not say who the source is, so both
    sides are compared without them.

    >>> normalise_name("The Kelby and District Hospitals Trust.")
    'kelby and district hospitals trust'
    >>> normalise_name("One rival, who asked not to be named") == normalise_name("a rival")
    True
    """
    name = str(name or "").lower().replace("’", "'").strip(" .,")
    name = re.sub(r",?\s+(?:who|whose|which)\b.*$", "", name)
    return re.sub(r"^(?:the|a|an|one)\s+", "", name)


_NAME_WORD_EDGES = re.compile(r"^[^\w]+|(?:[’']s|[^\w])+$")


def _name_words(name: str) -> list[str]:
    """The words of a name as compared: ``normalise_name``'s, without a possessive or punctuation at their edges."""
    return [w for w in (_NAME_WORD_EDGES.sub("", word) for word in normalise_name(name).split()) if w]


def same_name_as_written(gold: str, found: str) -> bool:
    """True when a name as a text writes it at the cue (``gold``) is the speaker found: the last words agree, and
    where both give more than one word, the first word of one is a word of the other ("Trump" and "Donald Trump",
    "Donald J. Trump" and "Donald Trump" agree; "Hillary Clinton" and "Bill Clinton" do not).

    >>> same_name_as_written("Trump's", "Donald Trump"), same_name_as_written("Hillary Clinton", "Bill Clinton")
    (True, False)
    """
    written, named = _name_words(gold), _name_words(found)
    if not written or not named or written[-1] != named[-1]:
        return False
    return len(written) < 2 or len(named) < 2 or named[0] in written or written[0] in named


def _same_speaker(gold: str, found: str, conventions: GoldConventions) -> bool:
    if conventions.names == "as-written":
        return same_name_as_written(gold, found)
    return normalise_name(gold) == normalise_name(found)


def _span_parts(gold: pd.DataFrame) -> list[list[tuple[int, int]]]:
    """Each gold unit's parts: its ``parts`` column where it has one, else the one span (``start``, ``end``)."""
    if "parts" in gold.columns:
        return [[(int(a), int(b)) for a, b in parts] for parts in gold["parts"]]
    return [[(int(a), int(b))] for a, b in zip(gold["start"], gold["end"])]


def _compared_spans(predicted: pd.DataFrame, conventions: GoldConventions) -> list[tuple[int, int]]:
    """The span each prediction is compared by: its quoted words for a partly quoted statement when the gold marks
    quoted words only (``conventions.partial_quotations``), else the whole statement."""
    spans = [(int(a), int(b)) for a, b in zip(predicted["start"], predicted["end"])]
    if conventions.partial_quotations != "quoted-words" or "quoted_start" not in predicted.columns:
        return spans
    quoted = zip(predicted["kind"], predicted["quoted_start"], predicted["quoted_end"])
    return [
        (int(a), int(b)) if kind == "direct" and not pd.isna(a) and not pd.isna(b) else span
        for span, (kind, a, b) in zip(spans, quoted)
    ]


def _shared(parts: list[tuple[int, int]], span: tuple[int, int]) -> tuple[int, int]:
    """Characters a span shares with a unit's parts, and the length of the parts it touches."""
    shared = touched = 0
    for a, b in parts:
        common = min(b, span[1]) - max(a, span[0])
        if common > 0:
            shared, touched = shared + common, touched + b - a
    return shared, touched


def _match_share(parts: list[tuple[int, int]], span: tuple[int, int]) -> float:
    """The characters shared as a share of the longer: the span, or the parts of the unit it touches."""
    shared, touched = _shared(parts, span)
    longer = max(span[1] - span[0], touched)
    return shared / longer if shared > 0 and longer > 0 else 0.0


def _pairs(gold: pd.DataFrame, parts: list, predicted: pd.DataFrame, spans: list) -> list[tuple[float, int, int]]:
    """Every (share, gold index, predicted index) that matches, largest share first (stable for equal shares)."""
    by_article: dict[str, list[tuple[int, tuple[int, int]]]] = {}
    for p_index, article_id, span in zip(predicted.index, predicted["article_id"], spans):
        by_article.setdefault(article_id, []).append((p_index, span))
    pairs = []
    for g_index, article_id, unit in zip(gold.index, gold["article_id"], parts):
        for p_index, span in by_article.get(article_id, []):
            share = _match_share(unit, span)
            if share >= 0.5:
                pairs.append((share, g_index, p_index))
    return sorted(pairs, key=lambda item: -item[0])


def _one_to_one(pairs: list[tuple[float, int, int]]) -> dict[int, int]:
    """Predicted index -> gold index, taking the largest shares first, each side at most once."""
    matched: dict[int, int] = {}
    used_gold: set[int] = set()
    for _, g_index, p_index in pairs:
        if g_index not in used_gold and p_index not in matched:
            used_gold.add(g_index)
            matched[p_index] = g_index
    return matched


def _speech_parts_by_article(gold: pd.DataFrame, parts: list) -> dict[str, list[tuple[int, int]]]:
    """The parts of every gold speech unit, by article."""
    by_article: dict[str, list[tuple[int, int]]] = {}
    for unit, article_id, kind in zip(parts, gold["article_id"], gold["kind"]):
        if kind in SPEECH_KINDS:
            by_article.setdefault(article_id, []).extend(unit)
    return by_article


def _within(speech_parts: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """True when at least half of a span lies inside the words of gold speech units (``speech_parts``)."""
    return span[1] > span[0] and _shared(speech_parts, span)[0] >= 0.5 * (span[1] - span[0])


def score_statements(
    predicted: pd.DataFrame, gold: pd.DataFrame, conventions: GoldConventions = ROUNDS
) -> pd.DataFrame:
    """Pair predicted statements with gold units by span, one to one, largest share first.

    ``predicted`` needs ``article_id``, ``start``, ``end``, ``speaker``, ``verb``, ``kind``, ``speaker_type``
    (``find_attributions``'s columns; ``quoted_start`` and ``quoted_end`` are used where the gold marks quoted words
    only). ``gold`` needs the same (``load_eval_set`` gives them), and may give a unit in several ``parts``; a blank
    gold speaker or speaker type is not scored. Where both have a ``category`` column, it is kept for
    ``evaluation_figures(column="category")``.

    Returns one row per gold speech unit and per unmatched prediction: ``status`` (found, missed, extra, within),
    both sides' fields, and ``speaker_ok`` (None where the gold names no speaker), ``verb_ok`` (None where the gold
    has no verb), ``kind_ok``, ``type_ok`` (None where the gold has no type).
    """
    columns = ["article_id", "start", "end", "speaker", "verb", "kind", "speaker_type"]
    require_columns(predicted, columns, what="predicted statements")
    require_columns(gold, columns, what="gold units")
    parts, spans = _span_parts(gold), _compared_spans(predicted, conventions)
    matched = _one_to_one(_pairs(gold, parts, predicted, spans))
    found_gold = set(matched.values())
    rows = [_row("found", gold.loc[g], predicted.loc[p], conventions) for p, g in matched.items()]
    rows += [
        _row("missed", g, None, conventions)
        for index, g in gold.iterrows()
        if index not in found_gold and g["kind"] in SPEECH_KINDS
    ]
    speech_parts = _speech_parts_by_article(gold, parts)
    for position, (index, p) in enumerate(predicted.iterrows()):
        if index not in matched:
            inside = _within(speech_parts.get(p["article_id"], []), spans[position])
            rows.append(_row("within" if inside else "extra", None, p, conventions))
    table = pd.DataFrame(
        rows, columns=_ROW_COLUMNS + (["gold_category", "found_category"] if _categorised(predicted, gold) else [])
    )
    not_speech = (table["status"] == "found") & (table["gold_kind"] == "not-speech")
    table.loc[not_speech, "status"] = "extra"  # a statement where the gold says there is none
    return table.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


_ROW_COLUMNS = [
    "status",
    "article_id",
    "start",
    *(f"{side}_{field}" for side in ("gold", "found") for field in ("speaker", "verb", "kind", "speaker_type")),
    "speaker_ok",
    "verb_ok",
    "kind_ok",
    "type_ok",
]


def _categorised(predicted: pd.DataFrame, gold: pd.DataFrame) -> bool:
    return "category" in predicted.columns and "category" in gold.columns


_AUXILIARIES_AND_PARTICLES = re.compile(r"^(?:(?:has|have|had|is|are|was|were|will|would)\s+)+|\s+(?:of|as|it|on)$")


def _bare_verb(verb: str) -> str:
    """A verb as scored: lower case, without auxiliaries or a closing particle ("has warned" = "warned",
    "accused of" = "accused"), so that annotators' and the extractor's ways of writing a cue agree."""
    return _AUXILIARIES_AND_PARTICLES.sub("", str(verb or "").lower().strip())


def verb_agrees(gold: str, found: str) -> bool | None:
    """Whether a found verb agrees with the gold cue: the same bare verb (``_bare_verb``), or words the gold cue
    contains ("said" in "said in a statement", "called" in "has repeatedly called for"); a continuation agrees with a
    gold unit that has no cue of its own. None where the gold has no cue.

    >>> verb_agrees("has repeatedly called for", "called"), verb_agrees("said", "claimed"), verb_agrees("", "said")
    (True, False, None)
    """
    gold_verb, found_verb = _bare_verb(gold), _bare_verb(found)
    if not gold_verb:
        return None
    if gold_verb == found_verb:
        return True
    words = re.findall(r"[\w’'-]+|:", found_verb)
    return (
        bool(words)
        and re.search(r"(?<![\w’'-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w’'-])", gold_verb) is not None
    )


def _row(status: str, g, p, conventions: GoldConventions) -> dict:
    either = g if g is not None else p
    row = {"status": status, "article_id": either["article_id"], "start": int(either["start"])}
    for side, source in (("gold", g), ("found", p)):
        for column in ("speaker", "verb", "kind", "speaker_type", "category"):
            row[f"{side}_{column}"] = "" if source is None else str(source.get(column, ""))
    if status == "found":
        row["speaker_ok"] = (
            _same_speaker(row["gold_speaker"], row["found_speaker"], conventions) if row["gold_speaker"] else None
        )
        row["verb_ok"] = verb_agrees(row["gold_verb"], row["found_verb"])
        row["kind_ok"] = row["gold_kind"] == row["found_kind"]
        row["type_ok"] = row["gold_speaker_type"] == row["found_speaker_type"] if row["gold_speaker_type"] else None
    return row


def evaluation_figures(
    comparison: pd.DataFrame, kinds: tuple[str, ...] = SPEECH_KINDS, column: str = "kind"
) -> pd.Series:
    """Precision and recall of the spans, and the share right of speaker, verb, kind and type among the found.

    ``kinds`` limits the gold units counted (``("direct",)`` for quotations only); extras are counted when their
    predicted kind is in ``kinds``. ``column="category"`` counts by category instead (PolNeAR's four: fully quoted,
    partly quoted, reported, according-to). Predictions ``within`` a unit are neither found nor extra.
    """
    require_columns(comparison, ["status", f"gold_{column}", f"found_{column}"], what="comparison")
    gold_side = comparison[f"gold_{column}"].isin(kinds)
    found = comparison[(comparison["status"] == "found") & gold_side]
    missed = comparison[(comparison["status"] == "missed") & gold_side]
    extra = comparison[(comparison["status"] == "extra") & comparison[f"found_{column}"].isin(kinds)]
    return pd.Series(
        {
            "gold": len(found) + len(missed),
            "found": len(found),
            "missed": len(missed),
            "extra": len(extra),
            "precision": _ratio(len(found), len(found) + len(extra)),
            "recall": _ratio(len(found), len(found) + len(missed)),
            "speaker right": _share_true(found, "speaker_ok"),
            "verb right": _share_true(found, "verb_ok"),
            "kind right": _share_true(found, "kind_ok"),
            "type right": _share_true(found, "type_ok"),
        },
        dtype=object,
    )


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else float("nan")


def _share_true(found: pd.DataFrame, column: str) -> float:
    """The share of True among the found rows that have a value (None: not scored)."""
    scored = found[column].dropna() if column in found.columns else pd.Series(dtype=object)
    return round(float(scored.astype(bool).mean()), 3) if len(scored) else float("nan")


def measure_on(folder: str | Path, which: str, kinds: tuple[str, ...] = SPEECH_KINDS) -> pd.Series:
    """Run ``find_attributions`` on one half of an evaluation folder and score it (``evaluation_figures``).

    The articles are used as written (no cleaning: the evaluation texts have no page furniture, and the
    gold spans are offsets into the text as written).
    """
    return evaluation_figures(compare_on(folder, which), kinds)


def compare_on(folder: str | Path, which: str) -> pd.DataFrame:
    """``score_statements`` of ``find_attributions`` on one half of an evaluation folder: the row-by-row comparison
    that ``measure_on`` sums up, for reading the errors. Computed once per folder, half and state of its files in a
    session (a copy is returned, so changing it changes nothing else); editing ``gold.csv`` or a text recomputes it."""
    folder = Path(folder).resolve()
    stamp = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()))
    return _comparison(str(folder), which, stamp).copy()


@lru_cache(maxsize=16)
def _comparison(folder: str, which: str, stamp: tuple) -> pd.DataFrame:
    """The scored comparison of one evaluation half, computed once per folder, half and state of its files."""
    from framing.attribution import find_attributions

    articles, gold = load_eval_set(folder, which)
    return score_statements(one_row_per_quotation(find_attributions(articles), articles), gold, ROUNDS)


def one_row_per_quotation(predicted: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The statements with a partly quoted one that holds several quotations ("... meet “senior officials” and sign
    “several agreements.”") repeated once per quotation, its ``quoted_start`` and ``quoted_end`` those of that
    quotation: the rounds mark each quotation as a unit of its own (``ROUNDS``)."""
    from framing.quotations import find_quotations

    if "quoted_start" not in predicted.columns or predicted.empty:
        return predicted
    texts = dict(zip(articles["article_id"], articles["text"]))
    found = {article_id: [(q.start, q.end) for q in find_quotations(text)] for article_id, text in texts.items()}
    rows = []
    for _, row in predicted.iterrows():
        start, end = row["quoted_start"], row["quoted_end"]
        inside = [] if pd.isna(start) else [(a, b) for a, b in found[row["article_id"]] if start <= a and b <= end]
        if row["kind"] != "direct" or len(inside) < 2:
            rows.append(row)
            continue
        rows += [_with(row, a, b) for a, b in inside]
    return pd.DataFrame(rows).reset_index(drop=True).astype(predicted.dtypes.to_dict())


def _with(row: pd.Series, start: int, end: int) -> pd.Series:
    copy = row.copy()
    copy["quoted_start"], copy["quoted_end"] = start, end
    return copy


KINDS = (*SPEECH_KINDS, "not-speech")
SPEAKER_TYPES = ("person", "organisation", "media", "anonymous")
_OPENING_MARKS = "“‘\"'"


def check_eval_folder(folder: str | Path) -> list[str]:
    """Every problem of an evaluation folder's gold, as plain sentences (an empty list when there is none).

    For each gold row: the article exists; the kind and speaker type are allowed (a speaker type for every
    statement, none for ``not-speech``); ``quote_start`` occurs exactly once and starts in paragraph
    ``paragraph_no``; ``quote_end`` occurs exactly once, at or after it; a quotation's first words follow an
    opening quotation mark. Each article has 8 to 14 paragraphs.
    """
    from framing.quotations import paragraphs

    folder = Path(folder)
    articles = pd.read_csv(folder / "articles.csv", dtype=str, keep_default_na=False)
    gold = pd.read_csv(folder / "gold.csv", dtype=str, keep_default_na=False)
    texts = {row.article_id: (folder / row.file).read_text(encoding="utf-8") for row in articles.itertuples()}
    problems = [
        f"{article_id}: {len(paragraphs(text))} paragraphs, not 8 to 14"
        for article_id, text in texts.items()
        if not 8 <= len(paragraphs(text)) <= 14
    ]
    for line, row in enumerate(gold.itertuples(index=False), start=2):
        where = f"gold.csv line {line} ({row.article_id})"
        if row.article_id not in texts:
            problems.append(f"{where}: no such article")
            continue
        text = texts[row.article_id]
        if row.kind not in KINDS:
            problems.append(f"{where}: kind {row.kind!r} is not one of {', '.join(KINDS)}")
        if (row.kind == "not-speech") != (row.speaker_type == "") or row.speaker_type not in (*SPEAKER_TYPES, ""):
            problems.append(f"{where}: speaker type {row.speaker_type!r} does not fit kind {row.kind!r}")
        starts, ends = (
            [m.start() for m in re.finditer(re.escape(row.quote_start), text)],
            [m.start() for m in re.finditer(re.escape(row.quote_end), text)],
        )
        if len(starts) != 1 or len(ends) != 1:
            problems.append(
                f"{where}: quote_start found {len(starts)} times and quote_end {len(ends)} times;"
                " each must be found once"
            )
            continue
        spans = paragraphs(text)
        number = int(row.paragraph_no) if row.paragraph_no.isdigit() else 0
        if not 1 <= number <= len(spans) or not spans[number - 1][0] <= starts[0] < spans[number - 1][1]:
            problems.append(f"{where}: quote_start is not in paragraph {row.paragraph_no}")
        if ends[0] < starts[0]:
            problems.append(f"{where}: quote_end comes before quote_start")
        if row.kind in ("direct", "not-speech") and not any(
            c in _OPENING_MARKS for c in text[max(0, starts[0] - 2) : starts[0]]
        ):
            problems.append(f"{where}: a quotation that does not follow an opening quotation mark")
    return problems


MEASURED_ROWS = (
    ("invented articles", "development: rounds 1 to 5, 128 articles", "attribution.eval-6.development", "quotations"),
    ("invented articles", "held-out: round 6, 24 articles, run once", "attribution.eval-6.held-out", "quotations"),
    ("real news (PolNeAR)", "development: train, 840 articles", "attribution.polnear.train", "fully-quoted"),
    ("real news (PolNeAR)", "held-out: dev, 84 articles, run once", "attribution.polnear.dev", "fully-quoted"),
)
"""The rows of ``measured_attribution``: which text, which half, the figures' id prefix, and its quotations row."""


def measured_attribution(path=None) -> pd.DataFrame:
    """The extractor's measured figures, as ``data/figures.json`` records them: on invented articles (written and
    marked by AI assistants for the course) and on real news (PolNeAR, marked by trained annotators), each on the text
    its rules were revised on (development) and on text run once after the rules were frozen (held-out).

    Columns: ``text``, ``half``, ``quotations found`` (recall of quotations; on PolNeAR, of fully quoted ones),
    ``speaker right`` (for the quotations found; on PolNeAR, where the annotated source is a name), ``all found``
    (recall of every statement the annotators marked), ``measured`` (the date). A figure not measured is empty.

    >>> table = measured_attribution()
    >>> list(table.columns)
    ['text', 'half', 'quotations found', 'speaker right', 'all found', 'measured']
    """
    from framing.figures import load_figures

    figures = load_figures(path)

    def value(key: str):
        return figures[key].value if key in figures else float("nan")

    rows = []
    for text, half, prefix, quotations in MEASURED_ROWS:
        rows.append(
            {
                "text": text,
                "half": half,
                "quotations found": value(f"{prefix}.{quotations}.recall"),
                "speaker right": value(f"{prefix}.{quotations}.speaker_right"),
                "all found": value(f"{prefix}.all.recall"),
                "measured": figures[f"{prefix}.{quotations}.recall"].date
                if f"{prefix}.{quotations}.recall" in figures
                else "",
            }
        )
    return pd.DataFrame(rows)
