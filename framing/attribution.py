"""Attribution: who is quoted or cited, with which verb, and how.

``find_attributions`` reads English news sentences with rules, no model and no
download. It finds four kinds of attribution:

- *direct*: a speaker and a reporting verb with words in quotation marks
  (“We will sign,” he said; X said he would sign “several agreements”);
- *indirect*: a speaker and a reporting verb with reported content and no
  quotation marks (X said that ...; ..., Iran's state media said);
- *according-to*: "according to X" or "as reported by X" with no other speaker;
- continuation: a sentence that is all quotation, with no verb, continues the
  direct quote next to it and gets that quote's speaker (verb "(continued)").

For every attribution it records the speaker as the article names it (with a
title such as "Iran's Foreign Minister" split off into ``title``), the verb, the
quoted or reported words, the kind, the type of speaker (person, organisation,
media, anonymous, or an unresolved pronoun), the channel the words came
through (``via``: "according to state media", "told Iranian media outlets",
"a statement carried by the Iraqi News Agency") and hedges next to the verb
("reportedly", "without providing evidence").

Pronoun speakers ("he said") are resolved to the last named person speaker of
the same article when there is exactly one candidate in the three sentences
before; "it said" is resolved to an organisation already speaking in the same
sentence. Otherwise the pronoun is kept and typed "pronoun".

The rules were written for news prose and tested on the course's five
articles (against a hand-made gold file) and on a varied set of other
sentences; they will miss unusual constructions. Measure before you trust.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from framing._tables import require_columns
from framing.lexicon import quoted_spans
from framing.patterns import PATTERN_FLAGS, load_pattern_table
from framing.progress import progress
from framing.sentences import split_text

COLUMNS = ["article_id", "sentence_no", "speaker", "title", "verb", "quote", "kind", "speaker_type", "via", "hedge"]

REPORTING_VERBS = (
    "said says say saying stated states told tells noted notes noting added adds adding claimed claims claiming "
    "alleged alleges alleging insisted insists insisting argued argues arguing warned warns warning announced "
    "announces declared declares emphasized emphasises emphasized emphasised stressed stresses stressing "
    "indicated indicates revealed reveals disclosed discloses reported reports report articulated explained "
    "explains confirmed confirms denied denies wrote writes asked asks urged urges acknowledged acknowledges "
    "admitted admits suggested suggests accused accuses vowed vows pledged pledges "
    "predicted predicts estimated estimates reiterated reiterates"
).split()
"""Reporting verbs in the forms that introduce speech. "called on" is handled too."""

NEUTRAL_VERBS = frozenset("said says say saying told tells".split())

PARTICIPLES = frozenset(v for v in REPORTING_VERBS if v.endswith("ing"))

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

_TITLE_WORDS = frozenset(
    "president vice prime foreign defence defense interior finance minister secretary spokesman spokeswoman "
    "spokesperson ambassador envoy general gen. maj. maj.-gen. major-general lt. col. colonel commander chief "
    "senator sen. rep. representative governor gov. mayor king queen prince sheikh ayatollah cleric pope "
    "dr. mr. mrs. ms. prof. professor director head leader chairman chairwoman ceo founder judge lawyer "
    "official officials lawmaker mp speaker deputy acting former supreme state department".split()
)
_ORG_WORDS = re.compile(
    r"\b(office|ministry|department|embassy|government|administration|group|party|parties|army|military|council|"
    r"commission|committee|statement|agency|company|firm|police|forces|court|parliament|militia|coalition|union|"
    r"organi[sz]ation|authority|authorities|bank|campaign|movement|hezbollah|hamas|white house|kremlin|pentagon|"
    r"nations|fund|institute|university|rebels|fighters|protesters|"
    r"un|nato|eu|who)\b",
    re.IGNORECASE,
)
_MEDIA_WORDS = re.compile(
    r"\b(media|television|tv|newspaper|radio|outlets?|broadcaster|news agency|press|wire|reuters|associated press|"
    r"ap|afp|irna|tasnim|fars|isna|mehr|xinhua|tass|cnn|bbc|al jazeera|news)\b",
    re.IGNORECASE,
)
_MEDIA_OUTLETS = re.compile(r"\b(news agency|television|tv|newspaper|radio|outlets?|broadcaster)\b", re.IGNORECASE)
_ANONYMOUS = re.compile(
    r"^(?:the |a |an |two |three |several |some |many |senior |other )*(?:[a-z-]+ )?(sources?|people|persons?|"
    r"officials?|diplomats?|insiders?|aides?|witnesses|residents|analysts|experts|observers)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("he she they it we i".split())
_APPOSITIVE_START = re.compile(r"^(a|an|the|who|which|whose|\d+)\b", re.IGNORECASE)
_SKIP_WORDS = frozenset(
    "also reportedly previously repeatedly then later again further has have had was were is are will would could "
    "should may might must has also once earlier recently publicly separately both".split()
)
_QUOTE_CHARS = "“”\""


@dataclass
class Attribution:
    speaker: str
    verb: str
    quote: str
    kind: str
    title: str = ""
    speaker_type: str = ""
    via: str = ""
    hedge: str = ""
    position: int = 0


def _verb_pattern() -> re.Pattern:
    verbs = sorted(set(REPORTING_VERBS), key=len, reverse=True)
    # Lower case only, so that "the United States" is not a verb; "added to" and "noted for" are not speech.
    return re.compile(r"\b(" + "|".join(verbs) + r"|called on|calls on|call on)\b(?! to\b| for\b)")


_VERBS = _verb_pattern()
_ACCORDING = re.compile(r"\b(according to|as reported by|as quoted by|reported by)\s+(?P<source>[^,.;“”\"]+)", re.IGNORECASE)
_QUOTED_AS = re.compile(r"(?P<via>[^,.;“”\"]+?)\s+quoted\s+(?P<speaker>[^,.;“”\"]+?),?\s+as saying\b", re.IGNORECASE)
_CARRIED_BY = re.compile(r"\bstatement (?:carried|published|released|reported) by (?P<via>[^,.;“”\"]+)", re.IGNORECASE)


def _clean_chunk(text: str) -> str:
    text = text.strip(" ,;:—–-\u2014\u2013" + _QUOTE_CHARS)
    words = text.split()
    while words and words[-1].lower().strip(",") in _SKIP_WORDS:
        words.pop()
    while words and words[0].lower() in {"both", "and", "but", "so", "while", "as"}:
        words.pop(0)
    return " ".join(words).strip(" ,")


def _subject_before(text: str) -> str:
    """The noun phrase that ends ``text`` (the words just before a verb), skipping appositives."""
    # Stop at the last clause boundary: a quotation mark, a semicolon or colon, an em dash, or "that".
    cut = max(text.rfind(c) for c in ("“", "”", '"', ";", ":", "\u2014"))
    text = text[cut + 1 :]
    for marker in (" that ", " which ", " who ", " when ", " where ", " because ", " after ", " before ", " while "):
        position = text.lower().rfind(marker)
        if position >= 0 and "," not in text[position:]:
            text = text[position + len(marker) :]
    ends_with_comma = text.rstrip().endswith(",")
    chunks = [c.strip() for c in text.split(",")]
    while chunks and not _clean_chunk(chunks[-1]):
        chunks.pop()
    if not chunks:
        return ""
    # Walk back over appositives ("Kataib Hezbollah, an Iran-aligned, U.S.-designated terrorist group, said").
    index = len(chunks) - 1
    if ends_with_comma:
        if len(chunks) == 1:
            return ""
        last = _clean_chunk(chunks[-1])
        if _APPOSITIVE_START.match(chunks[-2]) and _looks_like_name(last):
            return last  # "The head of the agency, Rafael Grossi, warned"
        seen_marker = False
        while index > 0:
            if _APPOSITIVE_START.match(chunks[index]):
                seen_marker = True
                index -= 1
                while index > 0 and _APPOSITIVE_START.match(chunks[index]):
                    index -= 1
                break
            index -= 1
        if not seen_marker:
            return ""
    return _clean_chunk(chunks[index])


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() or w.startswith(("al-", "el-")) for w in words) and not _ORG_WORDS.search(text)


def _appositive_after(text: str, subject: str) -> str:
    position = text.find(subject)
    if position < 0:
        return ""
    rest = text[position + len(subject) :]
    match = re.match(r"\s*,\s*((?:a|an|the)\b[^,]*(?:,[^,]*)?),", rest)
    return match.group(1) if match else ""


_TITLE_THEN_NAME = re.compile(
    r"\b(?i:" + "|".join(re.escape(t) for t in sorted(_TITLE_WORDS, key=len, reverse=True)) + r")\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)$"
)


def _split_title(speaker: str) -> tuple[str, str]:
    """Split "Iran's Foreign Minister Abbas Araqchi" into ("Abbas Araqchi", "Iran's Foreign Minister")."""
    words = speaker.split()
    if len(words) < 2 or " and " in speaker:
        return speaker, ""
    if _ORG_WORDS.search(speaker) or _MEDIA_WORDS.search(speaker):
        # An organisation, unless it ends with a title and a personal name: "ministry spokesman Nasser Kanaani".
        name = _TITLE_THEN_NAME.search(speaker)
        if not name or not _looks_like_name(name.group(1)):
            return speaker, ""
        return name.group(1), speaker[: name.start(1)].strip()
    name: list[str] = []
    for word in reversed(words):
        bare = word.strip(",")
        if bare.lower() in _TITLE_WORDS or not (bare[:1].isupper() or bare.startswith(("al-", "el-", "bin", "ibn", "de", "van", "von"))):
            break
        if bare.endswith(("’s", "'s")):
            break
        name.insert(0, word)
    if not name or len(name) == len(words):
        return speaker, ""
    title = " ".join(words[: len(words) - len(name)])
    descriptor = title.lower().split()
    if not any(w.strip(",") in _TITLE_WORDS for w in descriptor):
        return " ".join(name), ""  # "relative moderate Pezeshkian": a description, not a title
    return " ".join(name), title


def _speaker_type(speaker: str, title: str, appositive: str, article_text: str, named: _NamedInFull | None = None) -> str:
    lowered = speaker.lower()
    if lowered in _PRONOUNS:
        return "pronoun"
    if _ANONYMOUS.match(speaker) and not re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", speaker):
        return "anonymous"
    if _MEDIA_OUTLETS.search(speaker):
        return "media"
    if title or lowered.split()[-1] in _TITLE_WORDS - {"state", "department", "official", "officials"}:
        return "person"
    if _ORG_WORDS.search(speaker) or " and " in lowered:
        return "organisation"
    if _MEDIA_WORDS.search(speaker):
        return "media"
    if appositive:
        if _MEDIA_WORDS.search(appositive):
            return "media"
        if _ORG_WORDS.search(appositive):
            return "organisation"
        return "person"
    if title:
        return "person"
    words = speaker.split()
    if len(words) >= 2 and all(w[:1].isupper() or w.startswith("al-") for w in words):
        return "person"
    # One name: a person if the article also gives it with a first name or a title.
    if len(words) == 1 and speaker in (named if named is not None else _NamedInFull(article_text)):
        return "person"
    return "organisation"


def _quoted_text(sentence: str) -> str:
    spans = quoted_spans(sentence)
    parts = [sentence[start:end].strip(" ,.") for start, end in spans if sentence[start:end].strip(" ,.")]
    return " … ".join(parts)


def _inside_quotes(sentence: str, position: int) -> bool:
    return any(start <= position < end for start, end in quoted_spans(sentence))


def _after_verb_is_speaker(rest: str) -> bool:
    """True when the words after a verb look like an inverted speaker ("..., said Jane Smith.")."""
    words = rest.strip(" .").split()
    if not words or len(words) > 10:
        return False
    if words[0].lower() in {"that", "it", "he", "she", "they", "we", "i", "there", "this"}:
        return False
    return not re.search(r"\b(is|are|was|were|has|have|had|will|would|could|can|should|did|does|do)\b", rest, re.IGNORECASE)


def _trim_inverted(speaker: str) -> str:
    speaker = speaker.strip().rstrip(".")
    speaker = re.split(r"\s+(?:on|in|at|late|early|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the|a|week|month|year)\b", speaker)[0]
    return _clean_chunk(speaker)


_HEDGE_PATTERNS = {h: re.compile(r"\b" + re.escape(h) + r"\b", re.IGNORECASE) for h in HEDGES}
_VERB_HEDGES = [h for h in HEDGES if not h.startswith(("sources", "people", "who asked", "on condition"))]


def _hedge_near(sentence: str, start: int, end: int) -> str:
    window = sentence[max(0, start - 40) : min(len(sentence), end + 60)]
    found = [h for h in _VERB_HEDGES if _HEDGE_PATTERNS[h].search(window)]
    return "; ".join(dict.fromkeys(found))


def _sentence_attributions(sentence: str, article_text: str) -> list[Attribution]:
    found: list[Attribution] = []
    sentence_quote = _quoted_text(sentence)

    lowered = sentence.lower()
    quoted_as = _QUOTED_AS.search(sentence) if " quoted " in lowered else None
    if quoted_as:
        speaker = _clean_chunk(quoted_as.group("speaker"))
        via = _clean_chunk(quoted_as.group("via"))
        found.append(Attribution(speaker, "quoted as saying", sentence_quote or sentence, "direct" if sentence_quote else "indirect", via=via, position=quoted_as.start("speaker")))

    for match in _VERBS.finditer(sentence):
        if _inside_quotes(sentence, match.start()):
            continue
        verb = match.group(0)
        if quoted_as and quoted_as.start() <= match.start() <= quoted_as.end() + 12:
            continue
        before, after = sentence[: match.start()], sentence[match.end() :]
        subject = _subject_before(before)
        if verb.lower() in PARTICIPLES and before.rstrip().endswith(","):
            # ", alleging ...": the subject is whoever acts last before the comma ("where Iran has ..., saying");
            # with no such actor after an earlier attribution, it is that speaker again ("X said ..., adding").
            start = max((a.position for a in found), default=0)
            candidates = re.findall(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?:has|have|had|is|was)\b", before[start:])
            if not candidates:
                continue
            subject = candidates[-1]
        inverted = False
        if not subject and (before.rstrip().endswith((",", "”", '"')) or not before.strip()) and _after_verb_is_speaker(after):
            subject, inverted = _trim_inverted(after), True
        if not subject:
            continue
        first_word, last_word = subject.split()[0].lower(), subject.split()[-1].lower()
        if (first_word in {"to", "of", "for", "with", "by", "in", "on", "at", "from", "since", "as", "if", "including", "such"}
                or last_word in {"and", "or", "but", "of", "the", "a", "an", "to"} or len(subject.split()) > 10):
            continue
        if inverted:
            content = before.strip(" ,")
        elif before.rstrip().endswith(",") and subject and before.rstrip(" ,").endswith(subject):
            content = before[: before.rfind(subject)].strip(" ,")
        else:
            content = re.sub(r"^\s*(—[^—]*—)?\s*(that\b|,|:)?\s*", "", after).strip(" .")
            if not content:
                content = before[: before.rfind(subject)].strip(" ,") if subject in before else ""
        kind = "direct" if sentence_quote else "indirect"
        quote = _quoted_text(content) if kind == "direct" and _quoted_text(content) else (sentence_quote if kind == "direct" else content)
        attribution = Attribution(subject, verb, quote, kind, position=match.start(), hedge=_hedge_near(sentence, match.start() - len(subject), match.end()))
        if verb.lower() in {"told", "tells"}:
            target = re.match(r"\s+([^,.;“”\"]+?)(?:\s+that\b|,|\.|$)", after)
            if target and _MEDIA_WORDS.search(target.group(1)):
                attribution.via = _clean_chunk(target.group(1))
        found.append(attribution)

    for match in (_ACCORDING.finditer(sentence) if ("according to" in lowered or "reported by" in lowered or "quoted by" in lowered) else ()):
        if _inside_quotes(sentence, match.start()):
            continue
        source = _clean_chunk(match.group("source"))
        source = re.split(r"\s+(?:before|after|on|in|ahead of|during)\s+(?:the|a|his|her|their|its|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", source)[0]
        if found:
            for attribution in found:
                attribution.via = attribution.via or source
            continue
        rest = (sentence[: match.start()] + sentence[match.end() :]).strip(" ,.")
        found.append(Attribution(source, match.group(1).lower(), rest, "according-to", position=match.start()))

    carried = _CARRIED_BY.search(sentence) if "statement" in lowered else None
    if carried and found:
        for attribution in found:
            attribution.via = attribution.via or _clean_chunk(carried.group("via"))
    speaking_to = None if not lowered.lstrip().startswith("speaking") else re.match(r"\s*Speaking (?:to|with) (?P<via>[^,]+?)(?:\s+(?:before|after|on|in|during)\b[^,]*)?,", sentence)
    if speaking_to and found:
        for attribution in found:
            attribution.via = attribution.via or _clean_chunk(speaking_to.group("via"))
    return found


_TITLED_NAME = re.compile(
    r"\b(President|Prime Minister|Minister|Senator|Sen\.|Rep\.|Governor|Gov\.|Mayor|General|Gen\.|Dr\.|Mr\.|Mrs\.|Ms\.|Judge|Ambassador)"
    r"\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"
)


def _resolve(found: list[Attribution], history: list[tuple[int, Attribution]], sentence_no: int, earlier: list[str]) -> None:
    for attribution in found:
        if attribution.speaker.lower() in {"he", "she"}:
            people = [(a.speaker, a.title) for n, a in history if sentence_no - n <= 3 and a.speaker_type == "person"]
            people += [(m.group(2), m.group(1)) for sentence in earlier[-2:] for m in _TITLED_NAME.finditer(sentence)]
            names = list(dict.fromkeys(name for name, _ in people))
            if len(names) == 1:
                attribution.speaker, attribution.title, attribution.speaker_type = names[0], people[-1][1], "person"
        elif attribution.speaker.lower() == "it":
            same = [a for a in found if a is not attribution and a.speaker_type in {"organisation", "media"}]
            if same:
                attribution.speaker, attribution.speaker_type = same[0].speaker, same[0].speaker_type


class _NamedInFull:
    """The one-word names an article also gives after a first name or a title ("Masoud Pezeshkian",
    "President Pezeshkian"), so that "Pezeshkian said" is typed a person.

    The article is read once, on the first question, whatever its length and
    however many names are asked about.
    """

    _AFTER_NAME_OR_TITLE = re.compile(r"\b(?:[A-Z][a-z]+|President|Minister|Mr\.|Ms\.|Dr\.)\s+(?=(\S+))")

    def __init__(self, article_text: str):
        self.article_text = article_text
        self._names: set[str] | None = None

    def __contains__(self, name: str) -> bool:
        if self._names is None:
            following = {match.group(1) for match in self._AFTER_NAME_OR_TITLE.finditer(self.article_text)}
            # Every start of a following word that ends at a word boundary: "Pezeshkian," gives "Pezeshkian".
            self._names = {word[: edge.start()] for word in following for edge in re.finditer(r"\b", word) if edge.start() > 0}
        return name in self._names


def find_attributions(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per attributed statement in the articles' ``text`` (clean them first).

    Columns: ``article_id``, ``sentence_no``, ``speaker`` (as the article names
    it, without the title), ``title``, ``verb``, ``quote`` (the quoted or
    reported words), ``kind`` (direct, indirect, according-to), ``speaker_type``
    (person, organisation, media, anonymous, pronoun), ``via`` (the channel, if
    the sentence names one) and ``hedge``.

    >>> table = pd.DataFrame({"article_id": ["a"], "text": ['“We will sign,” said Foreign Minister Jane Smith. “We will stay.”']})
    >>> find_attributions(table)[["sentence_no", "speaker", "title", "verb", "kind"]].values.tolist()
    [[1, 'Jane Smith', 'Foreign Minister', 'said', 'direct'], [2, 'Jane Smith', 'Foreign Minister', '(continued)', 'direct']]
    """
    require_columns(articles, ["article_id", "text"])
    rows = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        sentences = split_text(text)
        per_sentence: list[list[Attribution]] = []
        history: list[tuple[int, Attribution]] = []  # the attributions of the last three sentences
        named = _NamedInFull(text)
        for number, sentence in enumerate(progress(sentences, len(sentences), "Attributions", min_items=20_000), start=1):
            found = _sentence_attributions(sentence, text)
            for attribution in found:
                attribution.speaker, attribution.title = _split_title(attribution.speaker)
                appositive = _appositive_after(sentence, attribution.speaker)
                attribution.speaker_type = _speaker_type(attribution.speaker, attribution.title, appositive, text, named)
            _resolve(found, history, number, sentences[max(0, number - 3) : number - 1])
            unique: dict[str, Attribution] = {}
            for attribution in sorted(found, key=lambda a: a.position):
                unique.setdefault(attribution.speaker.lower(), attribution)
            found = list(unique.values())
            per_sentence.append(found)
            history = [(n, a) for n, a in history if n >= number - 2] + [(number, a) for a in found]
        _continuations(sentences, per_sentence)
        for number, found in enumerate(per_sentence, start=1):
            for a in found:
                rows.append([article_id, number, a.speaker, a.title, a.verb, a.quote, a.kind, a.speaker_type, a.via, a.hedge])
    return pd.DataFrame(rows, columns=COLUMNS)


def _is_all_quote(sentence: str) -> bool:
    stripped = sentence.strip()
    return stripped[:1] in "“\"" and not _VERBS.search(stripped[1:].split("”")[-1] if "”" in stripped else "")


def _continuations(sentences: list[str], per_sentence: list[list[Attribution]]) -> None:
    """Give an all-quotation sentence with no speaker the speaker of the adjacent direct quote."""
    for index, sentence in enumerate(sentences):
        if per_sentence[index] or not _is_all_quote(sentence):
            continue
        opened_only = sentence.count("“") > sentence.count("”") or (sentence.count('"') % 2 == 1)
        neighbours = [index + 1, index - 1] if opened_only else [index - 1, index + 1]
        for other in neighbours:
            if 0 <= other < len(sentences):
                direct = [a for a in per_sentence[other] if a.kind == "direct"]
                if direct:
                    source = direct[0]
                    per_sentence[index] = [
                        Attribution(source.speaker, "(continued)", _quoted_text(sentence) or sentence.strip(_QUOTE_CHARS + " "), "direct",
                                    title=source.title, speaker_type=source.speaker_type, via=source.via)
                    ]
                    break


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
            if _HEDGE_PATTERNS[hedge].search(sentence):
                if hedge == "alleged" and re.search(r"\balleged\b(?= (?:[A-Za-z]+ )?(?:targets?|attacks?|plots?|sites?))", sentence):
                    signals = "an unproven description of a target or act"
                rows.append([article_id, number, hedge, signals, sentence])
    return pd.DataFrame(rows, columns=["article_id", "sentence_no", "hedge", "signals", "sentence"])


def verb_counts(attributions: pd.DataFrame) -> pd.DataFrame:
    """How often each article uses each verb of attribution (continuations left
    out), most used first, with a column ``neutral`` that is True for the
    "say"/"tell" family.

    >>> table = pd.DataFrame({"article_id": ["a", "a", "b"], "verb": ["said", "claimed", "said"]})
    >>> verb_counts(table).reset_index().values.tolist()
    [['said', 1, 1, True], ['claimed', 1, 0, False]]
    """
    require_columns(attributions, ["article_id", "verb"], what="attributions")
    spoken = attributions[attributions["verb"] != "(continued)"]
    table = spoken.assign(verb=spoken["verb"].str.lower()).groupby(["verb", "article_id"]).size().unstack(fill_value=0)
    table = table.reindex(columns=list(dict.fromkeys(spoken["article_id"])))
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    table["neutral"] = [verb in NEUTRAL_VERBS for verb in table.index]
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
    return a == b or re.search(r"\b" + re.escape(a) + r"\b", b) is not None or re.search(r"\b" + re.escape(b) + r"\b", a) is not None


def compare_with_gold(predicted: pd.DataFrame, gold: pd.DataFrame, id_column: str = "article_id") -> pd.DataFrame:
    """Pair predicted attributions with gold ones: same text, same sentence and
    the same speaker (``same_speaker``), one to one. When the predictions have
    a ``speaker_as_written`` column (the staged extractor's, which resolves
    "the terrorist group" to "Kataib Hezbollah"), a gold speaker given as the
    article writes it matches that too.

    Returns one row per gold or predicted attribution, with ``status``
    "found" (in both), "missed" (gold only) or "extra" (predicted only), the
    two speakers, and the gold and predicted ``kind`` and ``speaker_type``.
    """
    require_columns(predicted, [id_column, "sentence_no", "speaker", "kind", "speaker_type"], what="predicted attributions")
    require_columns(gold, [id_column, "sentence_no", "speaker", "kind", "speaker_type"], what="gold attributions")
    rows, used = [], set()
    for g in gold.itertuples(index=False):
        g = g._asdict()
        candidates = predicted[(predicted[id_column] == g[id_column]) & (predicted["sentence_no"] == g["sentence_no"])]
        match = next((i for i, p in candidates.iterrows() if i not in used and (
            same_speaker(p["speaker"], g["speaker"]) or same_speaker(p.get("speaker_as_written", ""), g["speaker"]))), None)
        if match is None:
            rows.append([g[id_column], g["sentence_no"], "missed", g["speaker"], "", g["kind"], "", g["speaker_type"], ""])
        else:
            used.add(match)
            p = predicted.loc[match]
            rows.append([g[id_column], g["sentence_no"], "found", g["speaker"], p["speaker"], g["kind"], p["kind"], g["speaker_type"], p["speaker_type"]])
    for i, p in predicted.iterrows():
        if i not in used:
            rows.append([p[id_column], p["sentence_no"], "extra", "", p["speaker"], "", p["kind"], "", p["speaker_type"]])
    columns = [id_column, "sentence_no", "status", "gold_speaker", "found_speaker", "gold_kind", "found_kind", "gold_type", "found_type"]
    return pd.DataFrame(rows, columns=columns).sort_values([id_column, "sentence_no"], kind="stable").reset_index(drop=True)


def precision_recall(comparison: pd.DataFrame) -> pd.Series:
    """Precision (share of found attributions that are in the gold), recall
    (share of gold attributions found) and their counts, from ``compare_with_gold``.

    >>> comparison = pd.DataFrame({"status": ["found", "found", "missed", "extra"]})
    >>> precision_recall(comparison).to_dict()
    {'found': 2, 'missed': 1, 'extra': 1, 'precision': 0.667, 'recall': 0.667}
    """
    require_columns(comparison, ["status"], what="comparison")
    counts = comparison["status"].value_counts()
    found, missed, extra = (int(counts.get(name, 0)) for name in ("found", "missed", "extra"))
    precision = found / (found + extra) if found + extra else float("nan")
    recall = found / (found + missed) if found + missed else float("nan")
    return pd.Series({"found": found, "missed": missed, "extra": extra, "precision": round(precision, 3), "recall": round(recall, 3)}, dtype=object)


def load_speaker_groups(path) -> pd.DataFrame:
    """Read a speaker-groups file (``group``, ``pattern``, ``note``): which
    speakers belong to which group, by a pattern matched against the speaker."""
    return load_pattern_table(path, key_column="pattern", columns=["group"])


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
    compiled = [(group, re.compile(pattern, PATTERN_FLAGS)) for group, pattern in zip(groups["group"], groups["pattern"])]
    titles = attributions["title"] if "title" in attributions.columns else pd.Series("", index=attributions.index)
    result = []
    for speaker, title in zip(attributions["speaker"], titles):
        name = f"{title} {speaker}".strip()
        result.append(next((group for group, pattern in compiled if pattern.search(name)), other))
    return pd.Series(result, index=attributions.index, name="group", dtype="str")
