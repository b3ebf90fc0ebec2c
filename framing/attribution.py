"""Attribution: who is quoted or cited, with which verb, and how.

``find_attributions`` runs the staged extractor (``framing.extractor``):
quotations found as objects, cues from ``reporting_verbs.csv``, each quotation
or reported clause linked to its cue and speaker, quotation paragraphs with no
cue carried on from the speaker before, and pronouns, descriptions and
surnames resolved to names. It reads English news with rules, no model and no
download. Every row says ``how`` it got its speaker.

This module also holds what the lessons do with the rows: the hedges next to
verbs (``find_hedges``), the verbs each article uses (``verb_counts``), the
sentence-level comparison with the five articles' gold (``compare_by_sentence``, also named ``compare_with_gold``,
and ``precision_recall``) and
speaker groups (``load_speaker_groups``, ``assign_groups``).

The rules were measured on text they were not written for
(``data/attribution-eval/README.md`` has every figure with its date); they
still miss constructions. Measure before you trust.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from framing._tables import require_columns
from framing.cues import HEDGE_PATTERNS, HEDGES, load_cues
from framing.extractor import COLUMNS, extract_attributions  # noqa: F401  (COLUMNS: the table's columns, for callers)
from framing.patterns import load_pattern_table, table_matchers

NO_VERB = "source only, no verb"
"""The stance column's entry for "according to", which names a source without a verb of speaking."""


@lru_cache(maxsize=1)
def verb_stances() -> dict[str, str]:
    """Each form of a reporting verb with its stance from ``reporting_verbs.csv`` (the course's one classification of
    verbs: neutral, emphasis, conflict, doubt, concession, warning). Read when first asked for.

    >>> verb_stances()["said"], verb_stances()["claimed"], verb_stances()["noted"]
    ('neutral', 'doubt', 'neutral')
    """
    return {form: verb.stance for form, verb in load_cues().items()}


def stance_of(verb: str) -> str:
    """The stance of a verb as an article writes it ("reportedly stated": "stated"; "quoted as saying": "saying").

    >>> stance_of("quoted as saying"), stance_of("according to"), stance_of("called on")
    ('neutral', 'source only, no verb', 'neutral')
    """
    verb = str(verb).lower().strip()
    if verb == "according to":
        return NO_VERB
    stances = verb_stances()
    if verb in stances:
        return stances[verb]
    words = verb.replace(" ", "_").split("_")
    for size in range(len(words), 0, -1):  # the longest known form inside it, from the end: "quoted as saying"
        for start in range(len(words) - size, -1, -1):
            form = "_".join(words[start : start + size])
            if form in stances or form.replace("_", " ") in stances:
                return stances.get(form) or stances[form.replace("_", " ")]
    return "not in the verb list"


def find_attributions(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per attributed statement in the articles' ``text`` (clean them first).

    Columns: ``article_id``, ``sentence_no``, ``speaker`` (the fullest name the
    article gives, without a title), ``title``, ``verb``, ``quote`` (the quoted
    or reported words), ``kind`` (direct, indirect, according-to),
    ``speaker_type`` (person, organisation, media, anonymous, pronoun if
    unresolved), ``via`` (the channel, if the sentence names one), ``hedge``,
    and then ``description``, ``paragraph_no``, ``start`` and ``end`` (offsets
    into ``text``), ``stance`` (of the verb, from ``reporting_verbs.csv``),
    ``speaker_as_written`` and ``how`` (why this speaker).

    >>> text = '“We will sign,” said Foreign Minister Jane Smith.\\n“We will stay.”'
    >>> found = find_attributions(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    >>> found[["sentence_no", "speaker", "title", "verb", "kind"]].values.tolist()
    [[1, 'Jane Smith', 'Foreign Minister', 'said', 'direct'],
     [2, 'Jane Smith', 'Foreign Minister', '(continued)', 'direct']]
    """
    return extract_attributions(articles)


def find_hedges(sentences: pd.DataFrame) -> pd.DataFrame:
    """Every hedge or evidence marker of ``HEDGES`` in the sentences:
    ``article_id``, ``sentence_no``, ``hedge``, ``signals`` and ``sentence``.

    >>> table = pd.DataFrame({"article_id": ["a"], "sentence_no": [1], "sentence": ["He reportedly said so."]})
    >>> find_hedges(table)[["hedge", "signals"]].values.tolist()
    [['reportedly', 'the reporter has not confirmed the statement']]
    """
    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    rows = []
    for article_id, number, sentence in sentences[["article_id", "sentence_no", "sentence"]].itertuples(index=False):
        for hedge, signals in HEDGES.items():
            if HEDGE_PATTERNS[hedge].search(sentence):
                if hedge == "alleged" and re.search(
                    r"\balleged\b(?= (?:[A-Za-z]+ )?(?:targets?|attacks?|plots?|sites?))", sentence
                ):
                    signals = "an unproven description of a target or act"
                rows.append([article_id, number, hedge, signals, sentence])
    return pd.DataFrame(rows, columns=["article_id", "sentence_no", "hedge", "signals", "sentence"])


def verb_counts(attributions: pd.DataFrame) -> pd.DataFrame:
    """How often each article uses each verb of attribution (continuations left
    out), most used first, with its ``stance`` from ``reporting_verbs.csv`` (see ``stance_of``).

    >>> table = pd.DataFrame({"article_id": ["a", "a", "b"], "verb": ["said", "claimed", "said"]})
    >>> verb_counts(table).reset_index().values.tolist()
    [['said', 1, 1, 'neutral'], ['claimed', 1, 0, 'doubt']]
    """
    require_columns(attributions, ["article_id", "verb"], what="attributions")
    spoken = attributions[attributions["verb"] != "(continued)"]
    table = spoken.assign(verb=spoken["verb"].str.lower()).groupby(["verb", "article_id"]).size().unstack(fill_value=0)
    table = table.reindex(columns=list(dict.fromkeys(spoken["article_id"])))
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    table["stance"] = [stance_of(verb) for verb in table.index]
    table.columns.name = "article_id"
    return table


def _normalise_speaker(name: str) -> str:
    name = str(name).lower().replace("’", "'").strip(" .")
    return re.sub(r"^(the|both)\s+", "", name)


def same_speaker(first: str, second: str) -> bool:
    """True when two names for a speaker agree: equal, or one contains the other
    ("Araqchi" and "Abbas Araqchi", "state media" and "Iran's state media").

    >>> same_speaker("Abbas Araqchi", "Iran’s Foreign Minister Abbas Araqchi"), same_speaker("Iran", "Iraq")
    (True, False)
    """
    a, b = _normalise_speaker(first), _normalise_speaker(second)
    if not a or not b:
        return False
    return (
        a == b
        or re.search(r"\b" + re.escape(a) + r"\b", b) is not None
        or re.search(r"\b" + re.escape(b) + r"\b", a) is not None
    )


def compare_by_sentence(predicted: pd.DataFrame, gold: pd.DataFrame, id_column: str = "article_id") -> pd.DataFrame:
    """Pair predicted attributions with gold ones by sentence, for a gold that gives sentence numbers and no spans
    (the five articles' ``attributions-gold.csv``): same text, same sentence and the same speaker
    (``same_speaker``), one to one. When the predictions have a ``speaker_as_written`` column (the staged
    extractor's, which resolves "the terrorist group" to "Kataib Hezbollah"), a gold speaker given as the article
    writes it matches that too.

    This is not the evaluation rounds' scorer: a pair needs the speaker to agree and only the sentence to be the
    same, so the precision and recall ``precision_recall`` computes from it are not comparable with those of
    ``framing.attribution_eval`` (spans that overlap, speaker scored apart), which measures the rounds and real news.

    Returns one row per gold or predicted attribution, with ``status``
    "found" (in both), "missed" (gold only) or "extra" (predicted only), the
    two speakers, and the gold and predicted ``kind`` and ``speaker_type``.
    """
    require_columns(
        predicted, [id_column, "sentence_no", "speaker", "kind", "speaker_type"], what="predicted attributions"
    )
    require_columns(gold, [id_column, "sentence_no", "speaker", "kind", "speaker_type"], what="gold attributions")
    rows, used = [], set()
    for g in gold.itertuples(index=False):
        g = g._asdict()
        candidates = predicted[(predicted[id_column] == g[id_column]) & (predicted["sentence_no"] == g["sentence_no"])]
        match = next(
            (
                i
                for i, p in candidates.iterrows()
                if i not in used
                and (
                    same_speaker(p["speaker"], g["speaker"])
                    or same_speaker(p.get("speaker_as_written", ""), g["speaker"])
                )
            ),
            None,
        )
        if match is None:
            rows.append(
                [g[id_column], g["sentence_no"], "missed", g["speaker"], "", g["kind"], "", g["speaker_type"], ""]
            )
        else:
            used.add(match)
            p = predicted.loc[match]
            rows.append(
                [
                    g[id_column],
                    g["sentence_no"],
                    "found",
                    g["speaker"],
                    p["speaker"],
                    g["kind"],
                    p["kind"],
                    g["speaker_type"],
                    p["speaker_type"],
                ]
            )
    for i, p in predicted.iterrows():
        if i not in used:
            rows.append(
                [p[id_column], p["sentence_no"], "extra", "", p["speaker"], "", p["kind"], "", p["speaker_type"]]
            )
    columns = [
        id_column,
        "sentence_no",
        "status",
        "gold_speaker",
        "found_speaker",
        "gold_kind",
        "found_kind",
        "gold_type",
        "found_type",
    ]
    return (
        pd.DataFrame(rows, columns=columns)
        .sort_values([id_column, "sentence_no"], kind="stable")
        .reset_index(drop=True)
    )


compare_with_gold = compare_by_sentence
"""The name lesson 04 calls ``compare_by_sentence`` by."""


def precision_recall(comparison: pd.DataFrame) -> pd.Series:
    """Precision (share of found attributions that are in the gold), recall
    (share of gold attributions found) and their counts, from ``compare_by_sentence``: sentence-level figures for
    the five articles, not the evaluation rounds' precision (``framing.attribution_eval.evaluation_figures``).

    >>> comparison = pd.DataFrame({"status": ["found", "found", "missed", "extra"]})
    >>> precision_recall(comparison).to_dict()
    {'found': 2, 'missed': 1, 'extra': 1, 'precision': 0.667, 'recall': 0.667}
    """
    require_columns(comparison, ["status"], what="comparison")
    counts = comparison["status"].value_counts()
    found, missed, extra = (int(counts.get(name, 0)) for name in ("found", "missed", "extra"))
    precision = found / (found + extra) if found + extra else float("nan")
    recall = found / (found + missed) if found + missed else float("nan")
    return pd.Series(
        {
            "found": found,
            "missed": missed,
            "extra": extra,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
        },
        dtype=object,
    )


def load_speaker_groups(path) -> pd.DataFrame:
    """Read a speaker-groups file (``group``, ``pattern``, ``note``): which
    speakers belong to which group, by a pattern matched against the speaker.
    Checked as ``load_pattern_table`` checks a table; a group must not be blank."""
    return load_pattern_table(
        path, key_column="pattern", columns=["group"], what="table of speaker groups", filled=["group"]
    )


def assign_groups(attributions: pd.DataFrame, groups: pd.DataFrame, other: str = "other") -> pd.Series:
    """The group of each attribution's speaker: the first row of ``groups``
    whose pattern matches the speaker (with its title), else ``other``.

    >>> table = pd.DataFrame({"speaker": ["Abbas Araqchi", "Kataib Hezbollah", "Jane Doe"], "title": ["", "", ""]})
    >>> groups = pd.DataFrame({"group": ["Iranian officials", "armed groups"], "pattern": ["Araqchi", "Hezbollah"]})
    >>> assign_groups(table, groups).tolist()
    ['Iranian officials', 'armed groups', 'other']
    """
    require_columns(attributions, ["speaker"], what="attributions")
    require_columns(groups, ["group", "pattern"], what="speaker groups")
    titles = attributions["title"] if "title" in attributions.columns else pd.Series("", index=attributions.index)
    names = [f"{title} {speaker}".strip() for speaker, title in zip(attributions["speaker"], titles)]
    found = [matcher.search_each(names) for matcher in table_matchers(groups, ["group"], "speaker groups")]
    result = [next((group for group, hits in zip(groups["group"], found) if hits[i]), other) for i in range(len(names))]
    return pd.Series(result, index=attributions.index, name="group", dtype="str")


def distinct_statements(attributions: pd.DataFrame) -> pd.DataFrame:
    """The rows that are statements of their own: continuations of a quotation and sources named as the
    statement itself ("according to the statement", "the report said") repeat a statement already counted.

    >>> table = pd.DataFrame(
    ...     {"verb": ["said", "(continued)", "according to"], "speaker_as_written": ["X", "", "the statement"]}
    ... )
    >>> len(distinct_statements(table))
    1
    """
    require_columns(attributions, ["verb", "speaker_as_written"], what="attributions")
    repeats = (attributions["verb"] == "(continued)") | attributions["speaker_as_written"].str.lower().str.fullmatch(
        r"(?:the|this|that) (?:statement|report|post)"
    )
    return attributions[~repeats]


def actor_mentions(sentences: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """How many sentences of each article mention each actor (one row per actor of ``actors``, a pattern table
    with ``actor`` and ``pattern``). Set beside the voices table, it shows who is talked about but not heard.

    >>> said = ["Israel struck.", "Iran said so.", "Calm."]
    >>> sentences = pd.DataFrame({"article_id": ["a", "a", "b"], "sentence": said})
    >>> actor_mentions(sentences, pd.DataFrame({"actor": ["Israel"], "pattern": ["Israel"]})).values.tolist()
    [[1, 0]]
    """
    require_columns(sentences, ["article_id", "sentence"], what="sentences")
    require_columns(actors, ["actor", "pattern"], what="actors")
    order = list(dict.fromkeys(sentences["article_id"]))
    rows = {}
    for actor, matcher in zip(actors["actor"], table_matchers(actors, ["actor"], "actors")):
        mentions = sentences[[match is not None for match in matcher.search_each(sentences["sentence"])]]
        rows[actor] = mentions.groupby("article_id").size().reindex(order, fill_value=0)
    table = pd.DataFrame(rows).T
    table.index.name, table.columns.name = "actor", "article_id"
    return table
