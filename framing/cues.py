"""Stage 2 of attribution: cues, the words that say someone is speaking.

The reporting verbs are data, in ``reporting_verbs.csv`` beside this file: one
row per verb, with its lemma, every form the extractor looks for, its
*stance* (what the verb says about the statement besides that it was made)
and the kinds of statement it introduces:

- ``neutral``: say, tell, add, note, write... (news style's default);
- ``doubt``: claim, allege, insist (the reporter signals the statement is not established);
- ``conflict``: argue, accuse, deny, charge, brand, dismiss (a position in a dispute);
- ``warning``: warn, caution; ``emphasis``: stress, declare, vow...;
- ``concession``: admit, acknowledge, concede.

``kinds`` is ``direct indirect`` for verbs that introduce both quotations and
reported speech, ``direct`` for those that count only next to a quotation
("called it", "described as"), and ``indirect-that`` for verbs that report
speech only with "that" ("announced that ..." is speech, "announced new
agreements" is an action). To teach the extractor a verb, add a
row; ``load_cues`` checks the file and says what is wrong with it. A form of several words is
written with underscores ("wrote_back", "chimed_in"); ``speech_before_of_or_to`` marks the verbs that still report
speech before "of" or "to" ("said of the plan", "wrote to the board"), and ``example`` gives, for a verb added
for a construction met in development text, that construction with invented names.

Besides verbs, two constructions are cues of their own: "according to X" and
"in a statement".
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from framing.word_lists import alternation, words

CUE_FILE = Path(__file__).with_name("reporting_verbs.csv")
STANCES = ("neutral", "doubt", "conflict", "warning", "emphasis", "concession")
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such|any|no|new|false|insurance|legal|two|three|several|many)|['’]s)\s+$",
    re.IGNORECASE,
)


_DETERMINER_ADJECTIVE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|our|this|that|any|every)|['’]s)\s+(?:[a-z-]+\s+){1,2}$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Verb:
    """One reporting verb of the cue file: its forms, stance and kinds, and which of its forms English also uses
    as a noun ("the claims") or as an adjective before a noun ("alleged targets")."""

    lemma: str
    forms: tuple[str, ...]
    stance: str
    kinds: frozenset[str]
    noun_forms: frozenset[str] = frozenset()
    adjective_forms: frozenset[str] = frozenset()
    speech_before_of_or_to: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb found in a text: where, which form, and the verb's entry."""

    start: int
    end: int
    form: str
    verb: Verb


HEDGES = {
    "reportedly": "the reporter has not confirmed the statement",
    "allegedly": "the claim is not established",
    "alleged": "the claim is not established",
    "without providing evidence": "the speaker gave no evidence",
    "without evidence": "the speaker gave no evidence",
    "could not be independently verified": "the newsroom could not check it",
    "could not immediately be verified": "the newsroom could not check it",
    "unconfirmed": "the statement is not confirmed",
    "purportedly": "the claim is not established",
    "claimed": "a verb that casts doubt",
    "claims": "a verb that casts doubt",
    "claiming": "a verb that casts doubt",
    "alleging": "a verb that casts doubt",
    "insisted": "a verb that suggests resistance or doubt",
    "sources familiar with": "an anonymous source",
    "people with knowledge of": "an anonymous source",
    "sources acquainted with": "an anonymous source",
    "who asked not to be named": "an anonymous source",
    "on condition of anonymity": "an anonymous source",
}
"""Hedges and evidence markers, with what each signals to a reader."""
HEDGE_PATTERNS = {
    h: re.compile(r"\b" + re.escape(h).replace(r"on\ condition", r"on\ (?:the\ )?condition") + r"\b", re.IGNORECASE)
    for h in HEDGES
}
"""One pattern per hedge; "on condition of anonymity" also matches "on the condition of anonymity"."""
_VERB_HEDGES = [h for h in HEDGES if not h.startswith(("sources", "people", "who asked", "on condition"))]
_ANY_VERB_HEDGE = re.compile("|".join(HEDGE_PATTERNS[h].pattern for h in _VERB_HEDGES), re.IGNORECASE)
"""Matches where any one of the patterns of ``_VERB_HEDGES`` would match."""


def hedges_near(text: str, start: int, end: int) -> str:
    """The hedges of ``HEDGES`` (other than anonymous-source markers) within a few words of ``text[start:end]``.

    >>> hedges_near("He reportedly said so.", 13, 17)
    'reportedly'
    """
    return _hedges_in(text[max(0, start - 40) : min(len(text), end + 60)])


@lru_cache(maxsize=8192)
def _hedges_in(window: str) -> str:
    """``hedges_near``'s work on the window of text around a verb, cached: the same phrasing comes back."""
    if not _ANY_VERB_HEDGE.search(window):
        return ""  # most windows have none: one search instead of one per hedge
    return "; ".join(h for h in _VERB_HEDGES if HEDGE_PATTERNS[h].search(window))


CALL_ON = Verb(
    "call on", ("call on", "calls on", "called on", "calling on"), "emphasis", frozenset({"direct", "indirect"})
)
"""'called on X to ...': an appeal, reported speech (a construction, not a row of the cue file)."""


ACCORDING_TO = Verb("according to", ("according to",), "neutral", frozenset({"according-to"}))
"""'according to X': a cue of its own, for the clause before or after it (a construction, not a row of the cue file)."""


COLON = Verb(":", (":",), "neutral", frozenset({"direct"}))
"""A colon after a name or a noun phrase ("Jeffrey M. Jones, Gallup: “...”"): a cue of its own, with no verb."""


class CueFileError(ValueError):
    """The cue file is not in the expected format; the message names the file, line and problem."""


def load_cues(path: str | Path = CUE_FILE) -> dict[str, Verb]:
    """The reporting verbs of a cue file, by form ("said" -> the entry for "say").

    >>> load_cues()["said"].lemma, load_cues()["claimed"].stance
    ('say', 'doubt')
    """
    return dict(_load_cues(str(path)))


@lru_cache(maxsize=8)
def _load_cues(path: str) -> tuple[tuple[str, Verb], ...]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise CueFileError(f"{path}: cannot be read as a UTF-8 CSV file ({error})") from None
    problems, by_form = [], {}
    for line, row in enumerate(rows, start=2):
        verb, row_problems = _verb_of_row(row)
        problems += [f"{path}: line {line}: {problem}" for problem in row_problems]
        for form in verb.forms if verb else ():
            if form in by_form and by_form[form].lemma != verb.lemma:
                problems.append(f"{path}: line {line}: the form {form!r} is already listed for {by_form[form].lemma!r}")
            by_form[form] = verb
    if problems:
        raise CueFileError("\n".join(problems))
    if not by_form:
        raise CueFileError(f"{path}: no reporting verbs listed")
    return tuple(by_form.items())


def _verb_of_row(row: dict) -> tuple[Verb | None, list[str]]:
    """The verb one row of the cue file lists, and what is wrong with the row (an empty list when nothing is)."""
    missing = [c for c in ("lemma", "forms", "stance", "kinds") if not (row.get(c) or "").strip()]
    if missing:
        return None, [f"blank or missing {', '.join(missing)}"]
    problems = []
    if row["stance"] not in STANCES:
        problems.append(f"stance {row['stance']!r} is not one of {', '.join(STANCES)}")
    kinds = frozenset(row["kinds"].split())
    if not kinds <= {"direct", "indirect", "indirect-that"}:
        problems.append(f"kinds must be 'direct', 'indirect' and/or 'indirect-that', not {row['kinds']!r}")
    forms = tuple(form.replace("_", " ") for form in row["forms"].split())
    nouns, adjectives = (
        frozenset(form.replace("_", " ") for form in (row.get(c) or "").split())
        for c in ("noun_forms", "adjective_forms")
    )
    for column, listed in (("noun_forms", nouns), ("adjective_forms", adjectives)):
        problems += [f"{column}: {form!r} is not one of the forms {' '.join(forms)}" for form in listed - set(forms)]
    if "indirect-that" in kinds:
        kinds = kinds | {"indirect"}
    of_or_to = (row.get("speech_before_of_or_to") or "").strip()
    if of_or_to not in ("yes", ""):
        problems.append(f"speech_before_of_or_to must be 'yes' or blank, not {of_or_to!r}")
    verb = Verb(row["lemma"].strip(), forms, row["stance"].strip(), kinds, nouns, adjectives, of_or_to == "yes")
    return verb, problems


_LOWER_WORDS = re.compile(r"\b[a-z]+\b")


@lru_cache(maxsize=8)
def _verbs_by_form(path: str) -> dict[str, Verb]:
    return dict(_load_cues(path))


def is_reporting_form(word: str) -> bool:
    """True for a form of a verb of the cue file ("said", "Says", "blurted out").

    >>> is_reporting_form("Said"), is_reporting_form("Dana")
    (True, False)
    """
    return word.lower() in _verbs_by_form(str(CUE_FILE))


@lru_cache(maxsize=8)
def _forms_by_first_word(path: str) -> dict[str, frozenset[str]]:
    """Every form of the cue file by its first word ("wrote back" under "wrote"), to find the forms a text may hold."""
    found: dict[str, set[str]] = {}
    for form in _verbs_by_form(path):
        found.setdefault(form.split()[0], set()).add(form)
    return {word: frozenset(forms) for word, forms in found.items()}


@lru_cache(maxsize=8)
def _longest_first(path: str) -> dict[str, tuple[str, ...]]:
    """``_forms_by_first_word``, each word's forms longest first ("wrote back" is tried before "wrote")."""
    return {word: tuple(sorted(forms, key=len, reverse=True)) for word, forms in _forms_by_first_word(path).items()}


_WORD_CHARACTER = re.compile(r"\w")


def _forms_in(text: str, by_first_word: dict[str, tuple[str, ...]]) -> list[tuple[int, int, str]]:
    """(start, end, form) of every form of the cue file in ``text``, in order and not overlapping: at each lower-case
    word that begins a form, its longest form that ends at a word's end. Lower case only: "Says" opening a headline
    is rare, "Rep. Tom Hale" and "the State Department" are common.

    >>> _forms_in("He wrote back, and said so.", {"wrote": ("wrote back", "wrote"), "said": ("said",)})
    [(3, 13, 'wrote back'), (19, 23, 'said')]
    """
    found, reached = [], 0
    for word in _LOWER_WORDS.finditer(text):
        start = word.start()
        if start < reached or word.group() not in by_first_word:
            continue
        for form in by_first_word[word.group()]:
            end = start + len(form)
            if text.startswith(form, start) and not _WORD_CHARACTER.match(text, end):
                found.append((start, end, form))
                reached = end
                break
    return found


_THAT_AFTER = re.compile(r"\s+that\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
_NOT_AFTER_A_VERB = re.compile(
    r"\s+(?:are|is|were|was|will|would|have|has|and|or|in|of|throughout|from|for|with|\d)", re.IGNORECASE
)
_ON_AFTER = re.compile(r"\s+on\b")
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$")
_ARTICLE_ENDINGS = frozenset("aAnNeE")
"""The last letters of "a", "an" and "the": a cheap test before ``_ARTICLE_BEFORE``."""
_GOES_ON_TO = re.compile(r"\b(?:went|goes|go|going|gone|proceeded|proceeds|continued|continues)(?: on)? to\s+$")
"""'went on to say', 'continued to insist': the speaker goes on speaking (not 'declined to say')."""
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:that|to|by|in|on|at|last|this|earlier|the|a|an|his|her|their|its|these|those|he|she|they|it|we|i|there"
    r"|yesterday|today|tonight|" + alternation(words("calendar_words"))[3:-1] + r")\b)[A-Za-z][\w-]*",
    re.IGNORECASE,
)
_NOT_SPEECH_AFTER = re.compile(
    r"\s+(?:for|off|up|with|back|away|of|to\s+(?:be|do|have|make|go|take|get|see|stop|end|avoid|the|this|that|a|an|its|their|his|her))\b",
    re.IGNORECASE,
)
"""'called for', 'called off', 'charged with', 'asked to be': the verb is not introducing speech."""
_NOT_SPEECH_AFTER_SAYING = re.compile(r"\s+(?:up|off|away|to\s+(?:be|have))\b", re.IGNORECASE)
"""For a verb that stays speech before 'of' or 'to' ('said of the plan', 'wrote to the board'): 'said to be',
'wrote off' are not speech."""


def find_cues(text: str, path: str | Path = CUE_FILE) -> list[Cue]:
    """Every reporting verb in ``text`` that can introduce speech, in order.

    A form used as a noun ("the claims") or an adjective ("alleged targets"), or with a particle that changes its
    meaning ("called for", "charged with"), is left out (``_not_a_cue``).

    >>> [(c.form, c.verb.lemma) for c in find_cues("The claims were false, she said, and called for calm.")]
    [('said', 'say')]
    """
    verbs, by_first_word = _verbs_by_form(str(path)), _longest_first(str(path))
    inverted = _inverted_at_sentence_start(text, verbs)
    cues = []
    for start, end, form in _forms_in(text, by_first_word):
        verb = verbs[form]
        if form in verb.noun_forms and _used_as_noun(text, start, end):
            continue  # "the claims", "a civil claim", "the latest report" (but "the sources report that ...")
        going_on = _GOES_ON_TO.search(text, max(0, start - 30), start) if text[start - 3 : start] == "to " else None
        if verb.lemma == "call" and _ON_AFTER.match(text, end):
            cues.append(Cue(start, end + 3, f"{form} on", CALL_ON))
        elif going_on:  # "He went on to say, “...”": the cue is the whole phrase
            cues.append(Cue(going_on.start(), end, f"{text[going_on.start() : start]}{form}", verb))
        elif not _not_a_cue(text, start, end, form, verb):
            cues.append(Cue(start, end, form, verb))
    return sorted(inverted + cues, key=lambda cue: cue.start) if inverted else cues


_AFTER_A_QUOTATION = re.compile(r"[,!?](?:[”\"]|'')\s*$")
"""A quotation's closing mark with the comma (or ! or ?) before it, just before a form: the form is a verb."""
_SENTENCE_OPENING_WORD = re.compile(r"(?:^|[\n.!?”\"] ?)([A-Z][a-z]+) (?=[A-Z])", re.MULTILINE)


def _inverted_at_sentence_start(text: str, verbs: dict[str, Verb]) -> list[Cue]:
    """A verb that opens a sentence before its speaker ("Said Dana Ruiz, who grew up there, “...”", "Continued
    Stone: “...”"): capitalised, so not found with the lower-case forms."""
    found = []
    for match in _SENTENCE_OPENING_WORD.finditer(text):
        verb = verbs.get(match.group(1).lower())
        if verb is not None and "direct" in verb.kinds:
            found.append(Cue(match.start(1), match.end(1), match.group(1).lower(), verb))
    return found


def _not_a_cue(text: str, start: int, end: int, form: str, verb: Verb) -> bool:
    """True when a verb's form at ``text[start:end]`` does not introduce speech here."""
    particle = _NOT_SPEECH_AFTER_SAYING if verb.speech_before_of_or_to else _NOT_SPEECH_AFTER
    if (" " not in form and particle.match(text, end)) or text[max(0, start - 3) : start] == "so-":
        return True  # "called for", "charged with", "so-called" (not a form with its particle: "shot back with")
    if _AFTER_A_QUOTATION.search(text, max(0, start - 4), start):
        return False  # "“...,” stated Omar Ruiz": after a quotation and its comma, a verb (not "the stated aim")
    before = text[max(0, start - 12) : start]
    if "to" in before and _INFINITIVE_BEFORE.search(before):
        return True  # "declined to say", "has yet to announce": no statement was made
    if form in verb.adjective_forms and _NOUN_AFTER.match(text, end):
        return True  # "state media", "alleged Israeli targets"
    if before.rstrip()[-1:] in _ARTICLE_ENDINGS and _ARTICLE_BEFORE.search(text, max(0, start - 6), start):
        return True  # "an estimated £6m", "the reported attack"
    return form in verb.noun_forms and _NOT_AFTER_A_VERB.match(text, end) is not None  # "posts are expected"


def _used_as_noun(text: str, start: int, end: int) -> bool:
    """A form that is also a noun, after a determiner or a possessive and not followed by "that"."""
    return not _THAT_AFTER.match(text, end) and bool(
        _NOUN_BEFORE.search(text, max(0, start - 20), start)
        or _DETERMINER_ADJECTIVE.search(text, max(0, start - 40), start)
    )


def cue_table(path: str | Path = CUE_FILE) -> pd.DataFrame:
    """The cue file as a table to read: one row per verb, with its forms, stance and kinds.

    >>> table = cue_table()
    >>> table.loc[table["lemma"] == "allege", ["forms", "stance"]].values.tolist()
    [['allege alleges alleged alleging', 'doubt']]
    """
    verbs = {verb.lemma: verb for _, verb in _load_cues(str(path))}
    return pd.DataFrame(
        [
            [
                v.lemma,
                " ".join(v.forms),
                v.stance,
                " ".join(sorted(v.kinds - {"indirect"} if "indirect-that" in v.kinds else v.kinds)),
            ]
            for v in verbs.values()
        ],
        columns=["lemma", "forms", "stance", "kinds"],
    )
