"""Measuring attribution on text marked by hand: spans, speakers, verbs, kinds and speaker types.

An evaluation folder (``data/attribution-eval/``) holds articles and a
``gold.csv`` in which every attribution unit is marked by its first and last
words (``quote_start``, ``quote_end``). ``load_eval_set`` turns those into
character spans; ``score_statements`` pairs each predicted statement with the
gold unit it overlaps most (one to one), and says for each pair whether the
speaker, verb, kind and speaker type agree; ``evaluation_figures`` turns that
into precision and recall, separately for each.

A predicted and a gold span *match* when they share at least half of the
shorter one. Verbs are compared without auxiliaries or a closing particle
("has warned" and "warned", "accused of" and "accused" agree). Gold units of kind ``not-speech`` (scare quotes, titles) are not
statements: a prediction that matches one counts as extra.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.loading import load_articles

SPEECH_KINDS = ("direct", "indirect", "according-to")
CONTINUED = "(continued)"


def load_eval_set(folder: str | Path, which: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles (text as written) and gold units of one half (``development`` or ``held-out``, or ``all``) of an evaluation set.

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


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared / shorter if shared > 0 and shorter > 0 else 0.0


def score_statements(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Pair predicted statements with gold units by span, one to one, largest overlap first.

    ``predicted`` needs ``article_id``, ``start``, ``end``, ``speaker``,
    ``verb``, ``kind``, ``speaker_type``; ``gold`` is from ``load_eval_set``.
    Returns one row per gold speech unit and per unmatched prediction:
    ``status`` (found, missed, extra), both sides' fields, and ``speaker_ok``,
    ``verb_ok`` (None where the gold has no verb), ``kind_ok``, ``type_ok``.
    """
    require_columns(
        predicted,
        ["article_id", "start", "end", "speaker", "verb", "kind", "speaker_type"],
        what="predicted statements",
    )
    require_columns(gold, ["article_id", "start", "end", "speaker", "verb", "kind", "speaker_type"], what="gold units")
    rows, used_gold, used_pred = [], set(), set()
    spans_by_article: dict[str, list[tuple[int, int, int]]] = {}
    for p_index, article_id, start, end in zip(
        predicted.index, predicted["article_id"], predicted["start"], predicted["end"]
    ):
        spans_by_article.setdefault(article_id, []).append((p_index, int(start), int(end)))
    pairs = []
    for g_index, article_id, start, end in zip(gold.index, gold["article_id"], gold["start"], gold["end"]):
        for p_index, p_start, p_end in spans_by_article.get(article_id, []):
            share = _overlap((int(start), int(end)), (p_start, p_end))
            if share >= 0.5:
                pairs.append((share, g_index, p_index))
    for share, g_index, p_index in sorted(pairs, key=lambda item: -item[0]):
        if g_index in used_gold or p_index in used_pred:
            continue
        used_gold.add(g_index)
        used_pred.add(p_index)
        rows.append(_row("found", gold.loc[g_index], predicted.loc[p_index]))
    for g_index, g in gold.iterrows():
        if g_index not in used_gold and g["kind"] in SPEECH_KINDS:
            rows.append(_row("missed", g, None))
    for p_index, p in predicted.iterrows():
        if p_index not in used_pred:
            rows.append(_row("extra", None, p))
    table = pd.DataFrame(rows)
    found = table["status"] == "found"
    not_speech = found & (table["gold_kind"] == "not-speech")
    table.loc[not_speech, "status"] = "extra"  # a statement where the gold says there is none
    return table.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


_AUXILIARIES_AND_PARTICLES = re.compile(r"^(?:(?:has|have|had|is|are|was|were|will|would)\s+)+|\s+(?:of|as|it|on)$")


def _bare_verb(verb: str) -> str:
    """A verb as scored: lower case, without auxiliaries or a closing particle ("has warned" = "warned",
    "accused of" = "accused"), so that annotators' and the extractor's ways of writing a cue agree."""
    return _AUXILIARIES_AND_PARTICLES.sub("", str(verb or "").lower().strip())


def _row(status: str, g, p) -> dict:
    row = {"status": status, "article_id": (g if g is not None else p)["article_id"]}
    row["start"] = int((g if g is not None else p)["start"])
    for side, source in (("gold", g), ("found", p)):
        for column in ("speaker", "verb", "kind", "speaker_type"):
            row[f"{side}_{column}"] = "" if source is None else str(source[column])
    if status == "found":
        gold_verb, found_verb = _bare_verb(row["gold_verb"]), _bare_verb(row["found_verb"])
        row["speaker_ok"] = normalise_name(row["gold_speaker"]) == normalise_name(row["found_speaker"])
        row["verb_ok"] = (
            None if not gold_verb else (gold_verb == found_verb or (found_verb == CONTINUED and not gold_verb))
        )
        row["kind_ok"] = row["gold_kind"] == row["found_kind"]
        row["type_ok"] = row["gold_speaker_type"] == row["found_speaker_type"]
    return row


def evaluation_figures(comparison: pd.DataFrame, kinds: tuple[str, ...] = SPEECH_KINDS) -> pd.Series:
    """Precision and recall of the spans, and the share right of speaker, verb, kind and type among the found.

    ``kinds`` limits the gold units counted (``("direct",)`` for quotations
    only); extras are counted when their predicted kind is in ``kinds``.
    """
    require_columns(comparison, ["status", "gold_kind", "found_kind"], what="comparison")
    gold_side = comparison["gold_kind"].isin(kinds)
    found = comparison[(comparison["status"] == "found") & gold_side]
    missed = comparison[(comparison["status"] == "missed") & gold_side]
    extra = comparison[(comparison["status"] == "extra") & comparison["found_kind"].isin(kinds)]
    share = lambda column: (
        round(float(found[column].dropna().astype(bool).mean()), 3) if found[column].notna().any() else float("nan")
    )  # noqa: E731
    return pd.Series(
        {
            "gold": len(found) + len(missed),
            "found": len(found),
            "missed": len(missed),
            "extra": len(extra),
            "precision": round(len(found) / (len(found) + len(extra)), 3) if len(found) + len(extra) else float("nan"),
            "recall": round(len(found) / (len(found) + len(missed)), 3) if len(found) + len(missed) else float("nan"),
            "speaker right": share("speaker_ok"),
            "verb right": share("verb_ok"),
            "kind right": share("kind_ok"),
            "type right": share("type_ok"),
        },
        dtype=object,
    )


def measure_on(folder: str | Path, which: str, kinds: tuple[str, ...] = SPEECH_KINDS) -> pd.Series:
    """Run ``find_attributions`` on one half of an evaluation folder and score it (``evaluation_figures``).

    The articles are used as written (no cleaning: the evaluation texts have no page furniture, and the
    gold spans are offsets into the text as written).
    """
    return evaluation_figures(compare_on(folder, which), kinds)


def compare_on(folder: str | Path, which: str) -> pd.DataFrame:
    """``score_statements`` of ``find_attributions`` on one half of an evaluation folder: the row-by-row comparison
    that ``measure_on`` sums up, for reading the errors. Computed once per folder and half in a session (a copy is
    returned, so changing it changes nothing else)."""
    return _comparison(str(Path(folder).resolve()), which).copy()


@lru_cache(maxsize=16)
def _comparison(folder: str, which: str) -> pd.DataFrame:
    """The scored comparison of one evaluation half, computed once per folder and half in a session."""
    from framing.attribution import find_attributions

    articles, gold = load_eval_set(folder, which)
    return score_statements(find_attributions(articles), gold)


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
                f"{where}: quote_start found {len(starts)} times and quote_end {len(ends)} times; each must be found once"
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
