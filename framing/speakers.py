"""Speakers: reading the words that name who spoke, and resolving "he" or "the mayor" to a name.

Used by stages 3 (link) and 5 (resolve) of attribution:

- ``subject_before`` finds the speaker in the words before a reporting verb
  ("Councillor Mehmet Aydin, who represents the ward, said");
- ``speaker_after`` finds it after an inverted verb ("said Nadia Farouk, who
  runs the bakery");
- ``split_speaker`` moves a title ("Mayor") into ``title`` and an appositive,
  relative clause, age or party tag into ``description``;
- ``Mentions`` remembers who has been named so far in an article, and
  ``Mentions.resolve`` turns a pronoun or a description into the most recent
  compatible person or organisation named before it.

Gender is guessed only from the text itself: an honorific (Mr, Mrs, Ms, Sir,
Dame...) or a pronoun the article has already used for that person. No list of
first names is used, so a person whose gender the text has not shown is
compatible with "he" and with "she".
"""

from __future__ import annotations

import bisect
import importlib.util
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from framing.cues import is_reporting_form
from framing.word_lists import YES, alternation, column, words

_TITLE_ABBREVIATIONS = words("abbreviations", kind="title")
TITLE_WORDS = words("titles") | {form for a in _TITLE_ABBREVIATIONS for form in (a.lower(), a.lower().rstrip("."))}
"""Words that make up a title or a one-word description before a name ("Foreign Minister", "Chief Constable",
"Coach", "Barmaid Stacey Lowe", "Republican Carla Whitfield"): ``titles.csv`` and the abbreviated titles of
``abbreviations.csv`` ("sen.", "sen"). Common surnames (Baker, Carter, Mason...) are left out."""
_STAFF_OF = re.compile(
    r"^(?:the\s+)?(?:[a-z-]+\s+)?"
    + alternation(words("anonymous_words", staff=YES))
    + r"\s+(?:at|of|from|with|for)(?:\s+the)?(?:\s+[a-z-]+){0,3}\s*$",
    re.IGNORECASE,
)
"""Unnamed staff of one named body ("Analysts at Greyfield Capital", "Members of Wexmoor Against Arms Research",
"analysts at the investment bank Gorse Whitcombe"): the body is the speaker, the staff go to ``description``."""
DESCRIBING_AN_ORGANISATION = words("organisation_words", describes_before_name=YES)
"""Words that describe an organisation before its name ("Operator Carrow Island Ferries", "conservation group Blue Seas
Trust"): they go to ``description``, the name keeps the rest."""

_MALE = words("sex_words", sex="male")
_FEMALE = words("sex_words", sex="female")


def describing_sex(word: str) -> str:
    """ "male" or "female" for a word that shows a person's sex ("spokeswoman", "Mrs"), else "".

    >>> describing_sex("spokeswoman"), describing_sex("spokesperson")
    ('female', '')
    """
    lowered = word.lower()
    return "male" if lowered in _MALE else "female" if lowered in _FEMALE else ""


"""Words in a title or description that show a person's sex: the only evidence the extractor uses for "he" and "she"."""
ORG_WORDS = re.compile(r"\b" + alternation(words("organisation_words", in_name=YES)) + r"\b", re.IGNORECASE)
"""A word that, in a name, shows the name is an organisation's (``organisation_words.csv``)."""
MEDIA_WORDS = re.compile(
    r"\b"
    + alternation(words("media_words") | {name.lower() for name in words("agencies", outlet_name=YES)})
    + r"\b|\b\w+(?:press|TV|FM|News)\b",
    re.IGNORECASE,
)
"""A word that shows a name is a news outlet's (``media_words.csv`` and the agencies whose name is an outlet's)."""
ANONYMOUS = re.compile(
    r"^(?:the |a |an |two |three |four |several |some |many |senior |other |one |local |unnamed |)*(?:[a-z-]+ ){0,3}("
    + alternation(words("anonymous_words", group=YES))[3:-1]
    + r")\b",
    re.IGNORECASE,
)
PRONOUNS = words("pronouns")
"""Every pronoun that can name a speaker (``pronouns.csv``): personal ("he") and relative ("who")."""
_PARTY_TAG = re.compile(r"^\(?[DRI]-[A-Z][\w.]*\.?\)?$")
_APPOSITIVE_OPENING = (
    r"^(?:a|an|the|who|which|whose|one of|aged|his|her|their|its|our|my|\d+|[DRI]-[A-Z])\b|^\("
    r"|^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*(?:[’']s|s’) [a-z]"
)
"""How an appositive opens: an article, a relative pronoun, a possessive, an age, a party tag, a bracket."""
_APPOSITIVE = re.compile(_APPOSITIVE_OPENING + r"|^[a-z]", re.IGNORECASE)
_APPOSITIVE_WORD = re.compile(_APPOSITIVE_OPENING, re.IGNORECASE)
_LISTENER_BEFORE = re.compile(r"\b(?:told|to|interview with)\s+(?:the\s+)?$")
ANONYMITY = re.compile(
    r"not to be (?:named|identified)|condition of anonymity|not authori[sz]ed|declined to be (?:named|identified)"
    r"|requested anonymity"
)
"""Words that make a source anonymous, whatever noun names it ("one guest who asked not to be named")."""
_SOME_OF = re.compile(r"(?:some|several|many|few|most|two|three|four|five|a number) (?:of )?[a-z]")
_DOCUMENTS = words("document_words", institution_voice=YES)
_PERSON_NOUN = re.compile(
    r"(?:er|or|ist|ian|man|woman|person|mother|father|mum|dad|wife|husband|son|daughter|child|"
    r"girl|boy|resident|official|student|patient|victim|witness|source|-old)$"
)
_GENERIC_ORGANISATIONS = words("organisation_words", stands_for_one_named=YES)
"""Words that can stand for the last organisation named ("the company said"), whatever its name. Words for a kind
of institution ("the council", "the ministry", "the government") must be in the name of the one they stand for."""
_DESCRIPTOR_ENDING = re.compile(r"^[A-Z][a-z-]+(?:er|or|ist|ian|ant|ent|ee|man|woman)s?$")
_FIRST_NAMES_LIKE_DESCRIPTORS = words("given_names", ends_like_a_description=YES)
"""First names that end like a descriptor ("-er", "-ian", "-man"): never taken for a description before a name."""


_GIVEN_NAMES_THAT_ARE_WORDS = words("given_names", also_a_word=YES)
"""Given names that English also uses as common words: never taken for a description before a name."""
TITLES_THAT_ARE_FIRST_NAMES = TITLE_WORDS & _GIVEN_NAMES_THAT_ARE_WORDS
"""Title words that are also given names ("dean"): before a surname alone ("Dean Marchetti") they are the first name;
before a first name and a surname ("Law School Dean Maria Ortiz") the title."""
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")
_INITIAL = re.compile(r"^[A-Z]\.$")


@lru_cache(maxsize=1)
def common_words() -> dict[str, str]:
    """The lower-case words of TextBlob's part-of-speech lexicon (``textblob/en/en-lexicon.txt``, about 94,000 words
    from the tagged Wall Street Journal text of the Penn Treebank), each with its most frequent tag ("NN" for a
    noun, "JJ" for an adjective...).

    Read from the installed package (no download). A capitalised word in front of a full name that English also
    writes in lower case ("Admiral", "Jockey", "Local") is taken for a title or description, not a first name.
    """
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("textblob is not installed: pip install -r requirements.txt")
    path = Path(list(spec.submodule_search_locations)[0]) / "en" / "en-lexicon.txt"
    words: dict[str, str] = {}
    with open(path, encoding="utf-8") as lexicon:
        for line in lexicon:
            word, _, tag = line.rstrip("\n").partition(" ")
            if word.isalpha() and word.islower():
                words.setdefault(word, tag.split(" ", 1)[0])
    return words


_FUNCTION_TAGS = ("IN", "RB", "CC", "TO", "PRP", "WRB", "WP", "MD", "EX")


def is_function_word(word: str) -> bool:
    """True for a capitalised word that English otherwise writes in lower case as a preposition, adverb, conjunction
    or pronoun ("For", "Meanwhile", "Despite", "However"): it starts a sentence, not a name.

    >>> is_function_word("For"), is_function_word("Pryce"), is_function_word("Grace")
    (True, False, False)
    """
    tag = common_words().get(word.lower())
    return bool(tag) and tag.startswith(_FUNCTION_TAGS) and word.lower() not in _GIVEN_NAMES_THAT_ARE_WORDS


def leading_descriptors(words: list[str]) -> int:
    """How many capitalised words at the front of a person's name of three or more words describe the person: words
    that English also writes in lower case, ending with a noun ("Jockey", "First Admiral", "Senior Principal
    Magistrate") or a short acronym ("Local TD"), while two words are left for the name.

    >>> senior, local = "Senior Principal Magistrate Grace Wanjala", "Local TD Fiona Carberry"
    >>> leading_descriptors(senior.split()), leading_descriptors(local.split())
    (3, 2)
    >>> [leading_descriptors(n.split()) for n in ("Mark Anthony Lee", "Fair Fees Calloway", "Bank of Veldana")]
    [0, 0, 0]
    """
    run = " ".join(words)
    if (
        len(words) < 3
        or words[0] in _FIRST_WORDS
        or ORG_WORDS.search(run)
        or MEDIA_WORDS.search(run)
        or _NOT_A_PERSON.search(run)
    ):
        return 0
    if not all(w[:1].isupper() for w in words):
        return 0
    common, count, last_noun = common_words(), 0, 0
    while len(words) - count > 2:
        word = words[count].strip(",")
        lowered = word.lower()
        acronym = bool(_ACRONYM.match(word))
        if not (acronym or lowered in common and lowered not in _GIVEN_NAMES_THAT_ARE_WORDS):
            break
        if _INITIAL.match(words[count + 1]):
            break  # "Maria L. Ostrow": a word before a middle initial is a first name
        count += 1
        if acronym or common[lowered].startswith("NN"):
            last_noun = count
    return last_noun


def _title_stem(word: str) -> str:
    """A word as looked up in TITLE_WORDS: lower case, a plural "s" dropped ("Councilors" -> "councilor")."""
    lowered = word.strip(",").lower()
    return (
        lowered[:-1]
        if lowered.endswith("s") and lowered[:-1] in TITLE_WORDS and lowered not in TITLE_WORDS
        else lowered
    )


_NAMED_AFTER_WORDS = re.compile(r"(?:[a-z][a-z-]* ){1,3}[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}")
"""Lower-case words, then a name: "retired teacher Hilary Downes"."""
_CALLING_ITSELF = re.compile(
    r"^(.*?\b(?:calling (?:itself|themselves)|known as|named))"
    r"\s+([A-Z][\w’'&.-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'&.-]*))*)$"
)
_ANOTHER = frozenset(["another", "one", "a second", "a third", "the other", "the second", "the third"])
_NICKNAME = re.compile(r"(\b[A-Z][a-z]+)\s+[“\"‘][A-Z][^“”\"‘’]{0,20}[”\"’](?=\s+[A-Z])")
"""A nickname in quotation marks inside a name: Skipper Donald “Dod” Macrae, Chief Darnell "Big D" Whitfield."""
_ANONYMOUS_HEADS = words("anonymous_words", one_source=YES)
"""Heads of a description that, with "the", name an unnamed source already quoted ("the source said")."""
_GENERIC_FIRST_WORDS = frozenset(
    "national united royal state city county new north south east west central british american international federal "
    "great greater first saint st the".split()
)
_NAME_SUFFIXES = words("name_suffixes") | {a.rstrip(".") for a in words("abbreviations", kind="after-name")}
"""What may follow a name and is not part of it: ``name_suffixes.csv`` and "Jr", "Sr" (``abbreviations.csv``)."""
_COMMA = re.compile(r",(?=\s|$)")
_WORDS = re.compile(r"[\w’'-]+")
_CLAUSE_CUT = re.compile(
    r"[“”\";:—–]|\bthat\b|\bwhile\b|\bwhen\b|\bbecause\b|\bafter\b|\bbefore\b|\bas\b(?= [a-z])"
    r"|\band\b(?= (?:the|a|an) [a-z]+ \w+ed\b)"
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which)\b[^,“”\"]*,|\s[—–]\s?[^—–“”\"]{1,100}\s?[—–]\s")
"""A relative clause set between commas, or words set between dashes ("insiders in two states — Nevada and Ohio —
said"): the words that cut a clause ("as", "that", "when", a dash) do not cut inside it."""
_SKIP_END = frozenset(
    """also reportedly previously repeatedly then later again further has have had was were is are will would could
    should may might must once earlier recently separately both always never often still just simply only even herself
    himself themselves itself yesterday today tonight""".split()
)
_LEAD_WORDS = frozenset("and but so while as yet or then both".split())
_NAME_WORD = re.compile(r"^[A-Z][\w’'.-]*$|^(?:al|el|de|van|von|bin|ibn|da|di|le|la)-?[\w’'-]*$")
ABBREVIATION_END = re.compile(
    r"(?:\b" + alternation({a.removesuffix(".") for a in words("abbreviations")}) + r"|\b[A-Z]|[DRI]-[A-Z][\w.]*)\.$"
)
"""Text that ends with the full stop of an abbreviation, an initial or a party tag: not the end of a sentence."""
_AFFILIATION = re.compile(r"^(?P<left>.*?\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+(?P<rest>(?:of|at|from)\s+.+)$")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who spoke, as the text names them: the name, a title before it, a description around it."""

    name: str
    title: str = ""
    description: str = ""
    as_written: str = ""


def _strip_words(text: str) -> str:
    words = text.strip(" ,;:—–-\t").split()
    while words and words[-1].strip(",") in _SKIP_END:  # lower case only: "Will" and "May" are names
        words.pop()
    while words and words[0].lower() in _LEAD_WORDS:
        words.pop(0)
    return " ".join(words).strip(" ,")


def _strip_leading(chunk: str) -> str:
    words = chunk.split()
    while words and words[0].lower() in _LEAD_WORDS:
        words.pop(0)
    return " ".join(words)


US_STATES = words("us_states") | frozenset(column("us_states", "abbreviation").values())
"""US states as news agencies write them after a town ("Dunmore, Pa.", "Greenvale, South Carolina")."""


def is_appositive(chunk: str) -> bool:
    """True for the words a writer sets between commas to describe a speaker ("a mother of four",
    "who runs a bakery", "77", "D-N.Y.", the state after a town: "a retiree in Dunmore, Pa.").

    >>> is_appositive("who runs a bakery"), is_appositive("D-N.Y."), is_appositive("Nadia Farouk")
    (True, True, False)
    >>> is_appositive("Republican of Ohio"), is_appositive("Sen. Ruth Keane"), is_appositive("Pa.")
    (True, False, True)
    """
    chunk = chunk.strip()
    return bool(chunk) and (
        chunk in US_STATES
        or bool(_APPOSITIVE.match(chunk))
        and not (chunk[:1].isupper() and not _APPOSITIVE_WORD.match(chunk))
        or bool(_PARTY_TAG.match(chunk))
        or _ROLE_OF.match(chunk) is not None
    )


_ROLE_OF = re.compile(
    r"^(?:Republican|Democrat|Independent|Chairman|Chairwoman|Chair|President|Director)\s+(?:of|for|from)\s"
)
"""A capitalised role of somewhere, set between commas after a name: "Ruth Keane, Republican of Ohio, said"."""


def looks_like_name(phrase: str) -> bool:
    """True for one to six words that all start with a capital (or are name particles such as "al-").

    >>> looks_like_name("Kataib Hezbollah"), looks_like_name("U.S.-designated terrorist group")
    (True, False)
    """
    words = phrase.split()
    return 1 <= len(words) <= 6 and all(
        _NAME_WORD.match(w.strip(",")) or w.lower() in {"of", "and", "the", "for"} for w in words
    )


def split_speaker(phrase: str) -> Speaker:
    """Split a speaker phrase into name, title and description.

    >>> split_speaker("Councillor Mehmet Aydin, who represents the ward")
    Speaker(name='Mehmet Aydin', title='Councillor', description='who represents the ward',
            as_written='Councillor Mehmet Aydin, who represents the ward')
    >>> split_speaker("Sen. Maria Lopez, D-N.Y.").description
    'D-N.Y.'
    """
    return _split_speaker(phrase)  # frozen: the cached one can be shared


@lru_cache(maxsize=8192)
def _split_speaker(phrase: str) -> Speaker:
    """``split_speaker``'s work, cached: articles name the same speakers again and again."""
    written = phrase.strip(" ,")
    if written.endswith(".") and not ABBREVIATION_END.search(written):
        written = written[:-1].rstrip(" ,")
    head, description = _head_and_description(written)
    words = head.split()
    while len(words) > 1 and words[-1].strip(".,") in _NAME_SUFFIXES:
        words.pop()  # "Nadia Fensome KC"
    head = " ".join(words)
    name = _without_descriptors(_trailing_name(words), words)
    if " and " in head and all(_NAME_WORD.match(w) or w == "and" for w in words[-3:]):
        return Speaker(head.strip(), "", description, written)  # "Tehran and Baghdad": two speakers as one
    prefix = words[: len(words) - len(name)]
    while name and prefix and ORG_WORDS.fullmatch(name[-1].strip(",")) and prefix[-1][:1].isupper():
        name.insert(0, prefix.pop())  # "Defence Procurement Agency": an organisation keeps every capitalised word
    if not prefix and len(name) >= 3 and name[0].lower() in DESCRIBING_AN_ORGANISATION:
        prefix, name = name[:1], name[1:]  # "Operator Carrow Island Ferries" at the start of a sentence
    return _body_speaker(name, prefix, head, description, written) or _titled_speaker(
        name, prefix, head, description, written
    )


_POSSESSIVE_ROLE = re.compile(r"(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w-]+(?:’s|'s|s’)) [a-z][a-z -]*")


def _joined(*parts: str) -> str:
    return ", ".join(filter(None, parts))


def _head_and_description(written: str) -> tuple[str, str]:
    """The words that name the speaker and the description around them: an appositive after a comma, a group
    "calling itself" a name, a bracketed tag, an affiliation after "of", "at" or "from"."""
    head, _, rest = written.partition(", ")
    if head.lower() in _ANOTHER and rest[:1].isalpha():
        head, _, rest = rest.partition(
            ", "
        )  # "Another, history professor Ruth Abernathy": the name is in the appositive
    elif _POSSESSIVE_ROLE.fullmatch(head) and _NAMED_AFTER_WORDS.fullmatch(rest.partition(", ")[0]):
        named, _, rest = rest.partition(", ")  # "Its founder, retired teacher Hilary Downes": the name follows the role
        head, rest = named, _joined(head, rest)
    description = rest.strip(" ,")
    called = _CALLING_ITSELF.search(head)
    if called:  # "A campaign group calling itself Keep Fenwick Mutual"
        head, description = called.group(2), _joined(head[: called.end(1)].strip(), description)
    tag = re.search(r"\s*\(([^()]{1,40})\)\s*$", head)  # "(R-Calif.)", "(Ind)", "(GTIU)"
    if tag:
        head, description = head[: tag.start()], _joined(tag.group(1), description)
    affiliation = _AFFILIATION.match(head)
    if affiliation and not ORG_WORDS.search(" ".join(affiliation.group("left").split()[-2:])):
        head, description = affiliation.group("left"), _joined(affiliation.group("rest"), description)
    return head, description


def _ends_the_name(words: list[str], index: int, name: list[str]) -> bool:
    """True when ``words[index]`` is not part of the name that ends the phrase: a title word (unless it is the
    surname itself, "Imran Sheikh", or a title that is a first name, "Dean Marchetti"), a possessive, or not a name
    word at all."""
    bare = words[index].strip(",")
    surname = (
        not name
        and index > 0
        and _NAME_WORD.match(words[index - 1])
        and _title_stem(words[index - 1]) not in TITLE_WORDS
    )
    first_name = bare.lower() in TITLES_THAT_ARE_FIRST_NAMES and len(name) == 1  # "Dean Marchetti"
    return (
        (_title_stem(bare) in TITLE_WORDS and not surname and not first_name)
        or not _NAME_WORD.match(bare)
        or bare.endswith(("’s", "'s"))
        or "-of-" in bare.lower()
    )


def _trailing_name(words: list[str]) -> list[str]:
    """The name words at the end of a phrase: back from the last word to a title or a word that is no name's."""
    name: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        if _ends_the_name(words, index, name):
            break
        name.insert(0, words[index])
    return name


def _without_descriptors(name: list[str], words: list[str]) -> list[str]:
    """The name without the capitalised words in front that describe the person: "Forecaster Ellen Dacre" and
    "Centrist Miro Talbot" at a sentence start, "Jockey Tilly Marsh", "Local TD Fiona Carberry"."""
    if (
        len(name) == 3
        and len(words) == 3
        and _DESCRIPTOR_ENDING.search(name[0])
        and name[0].lower() not in _FIRST_NAMES_LIKE_DESCRIPTORS
    ):
        name = name[1:]
    return name[leading_descriptors(name) :]


def _body_speaker(name: list[str], prefix: list[str], head: str, description: str, written: str) -> Speaker | None:
    """An organisation with words that describe it in front: its unnamed staff ("Analysts at Greyfield Capital") or
    a word for what it is ("Operator Carrow Island Ferries"). None if the phrase is not one."""
    staff = _STAFF_OF.match(" ".join(prefix))
    if staff and name and not ANONYMITY.search(f"{head} {description}".lower()):
        return Speaker(" ".join(name), "", _joined(staff.group(0).strip(), description), written)
    if not prefix and len(name) >= 3 and name[0].lower() in DESCRIBING_AN_ORGANISATION:
        prefix, name = name[:1], name[1:]  # "Operator Carrow Island Ferries" at the start of a sentence
    if (
        prefix
        and name
        and prefix[-1].strip(",").lower() in DESCRIBING_AN_ORGANISATION
        and ORG_WORDS.search(" ".join(name))
    ):
        return Speaker(" ".join(name), "", _joined(" ".join(prefix), description), written)
    return None


def _has_title(words: list[str]) -> bool:
    return any(w.lower().strip(",") in TITLE_WORDS for w in words)


_LINKING_WORDS = frozenset("the for of at from with".split())
SPOKESPERSON_WORDS = frozenset("spokesman spokeswoman spokesperson representative publicist rep".split())
"""Words for someone who speaks for another ("a spokeswoman for the firm", "a rep for the star")."""


def _titled_speaker(name: list[str], prefix: list[str], head: str, description: str, written: str) -> Speaker:
    """A name with the title in front ("State Treasurer Caleb Mercer"), or the whole head where there is no name
    apart from its title, or the name is an organisation's."""
    if (
        len(name) >= 3
        and any(w.lower() in TITLE_WORDS for w in name[:-2])
        and not ORG_WORDS.fullmatch(name[-1].strip(","))
    ):
        cut = max(i for i, w in enumerate(name[:-2]) if w.lower() in TITLE_WORDS) + 1
        prefix, name = prefix + name[:cut], name[cut:]
    whole = Speaker(head.strip(), "", description, written)
    speaks_for = prefix and prefix[-1].lower() in _LINKING_WORDS and SPOKESPERSON_WORDS & {w.lower() for w in prefix}
    if speaks_for and ORG_WORDS.search(" ".join(name)):
        return Speaker(" ".join(name), "", _joined(" ".join(prefix), description), written)  # "a spokeswoman for the
        # Kelby Rail Company": the company speaks, through her
    if not name or not prefix or ORG_WORDS.search(" ".join(name)) and not _has_title(prefix):
        return whole
    if len(name) == 1 and ORG_WORDS.fullmatch(name[0]):
        return whole  # "Kestrava's Foreign Ministry"
    title = " ".join(prefix)
    if _has_title(title.split()):
        return Speaker(" ".join(name), title, description, written)
    if title.split()[-1].lower() in {"at", "of", "for", "from", "with", "in", "on", "to", "by"}:
        return whole  # "analysts at Brodie Capital"
    return Speaker(" ".join(name), "", _joined(title, description), written)


def subject_before(text: str) -> str:
    """The speaker phrase that ends ``text``: the words just before a reporting verb, with any
    appositives that stand between them and the verb.

    >>> subject_before("As the vote closed, Mayor Ana Ruiz, who cast the deciding vote,")
    'Mayor Ana Ruiz, who cast the deciding vote'
    >>> subject_before("The building’s owner, Halden Property Group, has")
    'Halden Property Group, The building’s owner'
    >>> subject_before("“We tried,” she")
    'she'
    """
    return _subject_before(text[-240:])  # a speaker phrase is never longer


@lru_cache(maxsize=8192)
def _subject_before(text: str) -> str:
    """``subject_before``'s work on the last 240 characters, cached: the same words come before many verbs."""
    text = _NICKNAME.sub(r"\1", text)
    cut = 0
    masked = _RELATIVE_CLAUSE.sub(lambda m: "," + "x" * (len(m.group(0)) - 2) + ",", text)
    for match in _CLAUSE_CUT.finditer(masked):  # not inside ", who will serve as acting mayor until August,"
        cut = match.end()
    words = text[cut:].split()
    while words and (words[-1] in _SKIP_END or words[-1].endswith("ly") and words[-1].islower()):
        words.pop()  # "Sgt Neil Bramwell, 44, had [denied]", "has privately [concluded]"
    text = " ".join(words)
    ends_with_comma = text.rstrip().endswith(",")
    chunks = [_strip_leading(c.strip()) for c in _COMMA.split(text)]  # not inside "2,500"
    while chunks and not _strip_words(chunks[-1]):
        chunks.pop()
    if not chunks:
        return ""
    if not ends_with_comma:
        last = _strip_words(chunks[-1])
        final = last.split()[-1] if last else ""
        return final if final.lower() in PRONOUNS - {"who", "which"} else last
    # "X, a Y, said" / "X, who Z, said" / "X, an Iran-aligned, U.S.-designated group, said": walk back to the name.
    descriptions = []
    index = len(chunks) - 1
    while index > 0 and (
        is_appositive(chunks[index])
        or (descriptions or is_appositive(chunks[index - 1]))
        and not looks_like_name(chunks[index])
    ):
        descriptions.insert(0, chunks[index])
        index -= 1
    while (
        descriptions
        and index >= 2
        and re.match(r"(?:who|whose|which)\b", chunks[index - 1])
        and looks_like_name(_strip_words(chunks[index - 2]))
    ):
        descriptions = chunks[index - 1 : index + 1] + descriptions  # "Joanna Pryce, whose father, Arthur, died, says":
        index -= 2  # the name just found stands inside a relative clause about an earlier one
    if descriptions and looks_like_name(_strip_words(chunks[index])) or descriptions and is_appositive(descriptions[0]):
        return ", ".join([_strip_words(chunks[index])] + descriptions)
    if len(chunks) >= 2 and is_appositive(chunks[-2]):
        return f"{_strip_words(chunks[-1])}, {chunks[-2]}"  # "The head of the agency, Rafael Grossi, warned"
    return ""


def speaker_after(text: str) -> str:
    """The speaker phrase after an inverted verb, up to the end of its clause.

    >>> speaker_after(" Nadia Farouk, who runs the bakery, on Monday. More text")
    'Nadia Farouk, who runs the bakery, on Monday'
    """
    for end in re.finditer(r"[.;:“”\"‘]\s|[.;:]$|[“”\"‘]|$", text):
        if end.start() < len(text) and text[end.start()] == "." and ABBREVIATION_END.search(text, 0, end.start() + 1):
            continue
        return _SPEAKER_ENDS.split(text[: end.start()], maxsplit=1)[0].strip(" ,")
    return text.strip(" ,")


_SPEAKER_ENDS = re.compile(
    r"\s(?:as|while|when|after|before|during|because|since|at the time|in an? (?:interview|statement|e-?mail|post|"
    r"speech|letter|op-ed|tweet|conference call))\b"
)
"""Where the speaker phrase after an inverted verb ends and a clause about the occasion begins: "said Ana Ruiz as
she left", "said Rep. Tom Hale (R-Ohio) at the time"."""


@lru_cache(maxsize=8192)  # a pure function of its words, asked again for every statement of the same speaker
def speaker_type(name: str, title: str = "", description: str = "") -> str:
    """person, organisation, media, anonymous or pronoun, from the words alone.

    >>> [speaker_type(n) for n in ("Halden Property Group", "Nadia Farouk", "people familiar with the matter")]
    ['organisation', 'person', 'anonymous']
    """
    lowered = name.lower().strip()
    if lowered in PRONOUNS:
        return "pronoun"
    if (
        ANONYMITY.search(lowered)
        or _SOME_OF.match(lowered)
        or ANONYMOUS.match(name)
        and (name.split()[-1].islower() or not re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", name))
    ):
        return "anonymous"
    head = lowered.split()[-1] if lowered.split() else ""
    if head in _DOCUMENTS:
        return "organisation"  # "the charge sheet", "a leaked memo": documents count as their institution's voice
    if MEDIA_WORDS.search(name) and not title and not ORG_WORDS.fullmatch(head):
        return "media"
    if title:
        return "person"
    if ORG_WORDS.search(name) or " and " in lowered:
        return "organisation"
    words = name.split()
    if words and all(_NAME_WORD.match(w) for w in words):
        if len(words) >= 2 or description[:1].isdigit() or re.match(r"(?:a|an|who)\b", description):
            return "person"
        return "person" if len(words) == 1 and words[0][:1].isupper() and not lowered.endswith("s") else "organisation"
    if lowered.startswith(("the ", "a ", "an ")):
        return "person" if head in TITLE_WORDS or _PERSON_NOUN.search(head) else "organisation"
    return "organisation"


@dataclass
class Entity:
    """Someone named in an article: the fullest name seen, titles and descriptions, gender if the text shows it."""

    name: str
    kind: str
    positions: list[int] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    gender: str = ""
    number: int = 0


_NAME_TOKEN = (
    r"(?:" + alternation({a.removesuffix(".") for a in _TITLE_ABBREVIATIONS}) + r"\.|[A-Z][\w’'-]*(?:\.[A-Z][\w’'-]*)*)"
)
_CAPITALISED = re.compile(
    rf"\b{_NAME_TOKEN}(?:(?:\s+[“\"‘][A-Z][^“”\"‘’]{{0,20}}[”\"’]|\s+(?:of|for|&)(?: the)?)?"
    rf"\s+(?:al-|el-|de |van |von )?{_NAME_TOKEN})*"
)
_APPOSITIVE_AFTER = re.compile(
    r",\s+((?:a|an|the)\s+[^,.;]{2,100}|(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted((re.escape(w) for w in TITLE_WORDS if w.isalpha()), key=len, reverse=True))
    + r")\b[^,.;]{0,60})[,.;]"
)
"""An appositive after a name: "a mother of four", or a bare role ("councillor for Inverlarrig East")."""
_TITLE_STEMS = frozenset(w.strip(".") for w in TITLE_WORDS)
_PLACE_BEFORE = re.compile(
    r"\b(?:represents|representing|visited|visiting|in|at|near|from|to|on|outside|across|into|of|for|by|towards|via"
    r"|around|through|the|off|along|past)\s+$"
)
"""A capitalised pair after these words is a place or a thing ("at Coombe Barton", "near Ashcombe Valley"), not a
person."""
_NOT_A_PERSON = re.compile(
    r"\b"
    + alternation(
        words("place_words")
        | words("calendar_words")
        | words("organisation_words", never_in_a_persons_name=YES)
        | words("media_words", never_in_a_persons_name=YES),
        capitalise=True,
    )
    + r"\b"
)
"""A capitalised word that ends the name of a place, a building, an organisation or a newspaper, or a day or month:
the name is not a person's."""
_FIRST_WORDS = frozenset(
    "The A An In On At As But And When After Before While If It He She They This That We I".split()
)
_KIN_BEFORE = re.compile(r"\b(" + alternation(words("sex_words", kin=YES))[3:-1] + r"),\s+$")
"""A family word just before a name and its comma ("her father, Arthur,"): it shows the person's sex."""
_ORGANISATION_BEFORE = re.compile(r"\b" + alternation(words("organisation_words", before_a_name=YES)) + r"\s+$")
"""A name just after "the group", "the company"...: an organisation's name."""


@lru_cache(maxsize=8192)
def _lookup_key(name: str) -> str:
    """A name as ``Mentions.find`` looks it up: lower case, single spaces, no leading "the" (cached)."""
    return " ".join(name.lower().split()).removeprefix("the ")


@lru_cache(maxsize=8192)
def _entity_keys(name: str, kind: str) -> frozenset[str]:
    """Every name, surname or first name an entity of this name and kind answers to (cached: ``Mentions.find``
    asks for them at every mention)."""
    words = name.lower().removeprefix("the ").split()
    keys = {" ".join(words)}
    if kind == "person":
        keys |= {" ".join(words[i:]) for i in range(1, len(words))}  # "osei", "shia al-sudani"
        if len(words) in (2, 3):
            keys.add(words[0])  # a first name alone
    elif kind == "organisation" and len(words) >= 2:
        significant = [w for w in words if w not in {"of", "and", "the", "for", "&"}]
        if len(significant) >= 2:
            keys.add("".join(w[0] for w in significant))  # "uptu": United Passenger Transport Union
        if words[0] not in _GENERIC_FIRST_WORDS:
            keys |= {" ".join(words[:i]) for i in range(1, len(words))}  # "harbinger", "strait link"
    return frozenset(keys)


_HEAD_OF_APPOSITIVE = re.compile(
    r"(?:a|an|the)\s+((?:[\w’'-]+\s+){0,2}?[\w’'-]+?)(?=\s+(?:of|at|for|in|on|that|which|who|with|from|to|whose|and)\b|,|$)"
)


def _appositive_head(described: str) -> str:
    """The noun that heads an appositive: "man" in "the man at the center of the storm", "member" in "the council’s
    cabinet member for housing"."""
    match = _HEAD_OF_APPOSITIVE.match(described)
    if match is None and _title_stem(described.split()[0]) in TITLE_WORDS:
        return described.split()[0]  # "councillor for Inverlarrig East": a bare role
    return match.group(1).split()[-1] if match else described.split(" ", 3)[-1].split(",")[0]


_ABBREVIATED_TITLES = {
    abbreviation.lower().removesuffix("."): full
    for abbreviation, full in column("abbreviations", "stands_for").items()
    if abbreviation in _TITLE_ABBREVIATIONS
}
"""Abbreviated titles and the word a later description uses for them ("Cllr Graham Muir" ... "the councillor")."""


@lru_cache(maxsize=8192)
def _described(title: str, description: str) -> tuple[frozenset[str], str]:
    """The words of a title and description, and the sex they show ("male", "female" or ""), cached.

    The sex is read from the title and the head of the description ("a mother of four"), or, in a relative clause,
    from "his" or "her" alone ("who farms with her husband" shows a woman, not a man)."""
    described = frozenset(w.lower().strip(",.") for w in _WORDS.findall(f"{title} {description}"))
    described |= {_ABBREVIATED_TITLES[w] for w in described if w in _ABBREVIATED_TITLES}  # "Cllr" is "the councillor"
    if re.match(r"(?:who|whose)\b", description):
        own = {w.lower() for w in _WORDS.findall(description)} & {"his", "her"}
        head = {w.lower().strip(",.") for w in _WORDS.findall(title)}
        if len(own) == 1:
            head |= {"man"} if own == {"his"} else {"woman"}
    else:
        head = {w.lower().strip(",.") for w in _WORDS.findall(f"{title} {' '.join(description.split()[:4])}")}
    return described, "male" if head & _MALE else "female" if head & _FEMALE else ""


LOOK_BACK = 60
"""How many of the most recently named people and organisations a pronoun or description may refer to."""
_AGE = re.compile(r"\d+-year-old")


def _named_with(name: str, head: str) -> bool:
    """True if a name contains the word ``head`` as what it names ("Tamarack Regional District" for "the district"),
    not after "of" ("A pal of the star" is not "the star")."""
    lowered = name.lower()
    return head in lowered.split() and not re.search(rf"\bof (?:the |a |an )?{re.escape(head)}\b", lowered)


@lru_cache(maxsize=4096)
def _what_a_name_says(name: str) -> tuple[bool, bool, bool]:
    """(a news outlet's name, an organisation's name, not a person's name) by its words alone: asked once per name,
    since an article names the same people again and again."""
    return bool(MEDIA_WORDS.search(name)), bool(ORG_WORDS.search(name)), bool(_NOT_A_PERSON.search(name))


class Mentions:
    """The people and organisations an article has named so far, most recent last (stage 5: resolve)."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._index: dict[str, list[Entity]] = {}  # every name, surname or first name an entity answers to
        self._indexed: set[tuple[str, int]] = set()  # (key, entity number) pairs already in _index
        self._index_by_kind: dict[tuple[str, str], list[Entity]] = {}  # the same, per kind: find(name, kind) need not
        # walk past every entity of another kind that shares a first name or surname (quadratic on long articles)
        self._timeline: list[tuple[int, int]] = []  # (offset, entity number), in the order of the text

    def _recent(self, position: int) -> list[Entity]:
        """The entities named before ``position``, most recent first, at most ``LOOK_BACK`` of them."""
        found, seen = [], set()
        for index in range(bisect.bisect_left(self._timeline, (position, -1)) - 1, -1, -1):
            number = self._timeline[index][1]
            if number not in seen:
                seen.add(number)
                found.append(self.entities[number])
                if len(found) == LOOK_BACK:
                    break
        return found

    def _keys(self, entity: Entity) -> frozenset[str]:
        return _entity_keys(entity.name, entity.kind)

    def _remember(self, entity: Entity) -> None:
        for key in self._keys(entity):
            if (
                key,
                entity.number,
            ) not in self._indexed:  # a set, not `entity in bucket`: long articles have long buckets
                self._indexed.add((key, entity.number))
                self._index.setdefault(key, []).append(entity)
                self._index_by_kind.setdefault((key, entity.kind), []).append(entity)

    def add(self, name: str, kind: str, position: int, title: str = "", description: str = "") -> Entity:
        """Remember a mention; a surname alone joins the earlier full name it belongs to."""
        entity = self.find(name, kind)
        if entity is None:
            entity = Entity(name, kind)
            entity.number = len(self.entities)
            self.entities.append(entity)
            self._remember(entity)
        elif len(name.split()) > len(entity.name.split()):
            entity.name = name
            self._remember(entity)
        entity.positions.append(position)
        bisect.insort(self._timeline, (position, entity.number))
        if not title and not description:
            return entity  # most mentions: no words to learn a title, description or gender from
        described, gender = _described(title, description)
        entity.words |= described
        if gender:
            entity.gender = gender
        return entity

    def find(self, name: str, kind: str | None = None) -> Entity | None:
        """The entity a name refers to: the same name, or a person whose full name ends with it."""
        lowered = _lookup_key(name)
        bucket = self._index_by_kind.get((lowered, kind), []) if kind else self._index.get(lowered, [])
        for entity in reversed(bucket):
            if lowered in self._keys(entity):
                return entity
        return None

    def scan(self, text: str, start: int, end: int, skip: list[tuple[int, int]]) -> None:
        """Remember the names in ``text[start:end]`` outside the quoted spans ``skip``: people (a first name and a
        surname, or a title and a surname) and organisations whose names say what they are."""
        for match in _CAPITALISED.finditer(text, start, end):
            found = match.group(0)
            if _one_word(found) and found.lower().strip(".") not in _TITLE_STEMS:
                # a single word: only a known surname or first name counts (most are neither: asked first)
                if self._index.get(found.lower()) and not self._quoted(skip, match.start()):
                    self._mentioned_again(found, match.start())
                continue
            if self._quoted(skip, match.start()) or _first_half_of_a_name(text, match.end()):
                continue
            title, words = _title_and_name(found)
            if words:
                self._note(text, (start, match.start(), match.end()), list(title), list(words))

    def _mentioned_again(self, word: str, position: int) -> None:
        """A single capitalised word that is the surname or first name of a person named before: one more mention."""
        if self._index.get(word.lower()) and word not in _FIRST_WORDS:
            person = self.find(word, "person")
            if person is not None:
                person.positions.append(position)
                bisect.insort(self._timeline, (position, person.number))

    def _note(self, text: str, where: tuple[int, int, int], title: list[str], words: list[str]) -> None:
        """Remember one capitalised run (``where`` is the paragraph start and the run's start and end) as a person,
        an organisation or a news outlet, by its words, its title, an appositive after it and the words before it."""
        start, position, end = where
        if len(words) == 1 and not title:
            known = self.find(words[0], "person") if words[0] not in _FIRST_WORDS else None
            if known is not None:
                known.positions.append(position)
            return
        if words[0] in _FIRST_WORDS and not title:
            if len(words) < 3 or not ORG_WORDS.search(" ".join(words[1:])):
                return
            words = words[1:]  # "The United Passenger Transport Union": an organisation at the start of a sentence
        name = " ".join(words)
        joined = _JOINED_BEFORE.search(text, max(start, position - 60), position)
        if joined and ORG_WORDS.search(name):
            name = f"{joined.group(1).strip()} and {name}".removeprefix("The ")  # "Food and Drug Administration"
        described, before = _described_around(text, start, position, end)
        media, organisation, not_a_person = _what_a_name_says(name)
        if media or _LISTENER_BEFORE.search(before):
            self.add(name, "media" if media else "organisation", position)
        elif (
            organisation
            or _ORGANISATION_BEFORE.search(before)
            or (described and ORG_WORDS.search(_appositive_head(described)))
        ):
            self.add(name, "organisation", position, description=described)
        elif not not_a_person and (title or not _PLACE_BEFORE.search(before)):
            lead = leading_descriptors(words)  # "Jockey Tilly Marsh": the words in front describe her
            if len(words) - lead <= 3:
                self.add(" ".join(words[lead:]), "person", position, " ".join(title + words[:lead]), described)

    @staticmethod
    def _quoted(skip: list[tuple[int, int]], position: int) -> bool:
        index = bisect.bisect_right(skip, (position, float("inf"))) - 1
        return index >= 0 and position < skip[index][1]

    def named_later(self, words: list[str], position: int) -> Entity | None:
        """The first person named after ``position`` whose title or description has all of ``words`` ("project
        architect"); None if there is none."""
        wanted = set(words)
        later = [
            (entity.positions[0], entity.number, entity)
            for entity in self.entities
            if entity.kind == "person"
            and entity.positions
            and entity.positions[0] > position
            and wanted <= entity.words
        ]
        return min(later)[2] if later else None

    def most_named(self, kind: str, position: int) -> Entity | None:
        """The entity of this kind named most often before ``position`` (the last of equals), if any: the one a story
        is about ("a rep for the star")."""
        counts = [
            (sum(p < position for p in e.positions), max((p for p in e.positions if p < position), default=-1), e)
            for e in self.entities
            if e.kind == kind
        ]
        counts = [c for c in counts if c[0]]
        return max(counts, key=lambda c: (c[0], c[1]))[2] if counts else None

    def last_named(self, kind: str, position: int) -> Entity | None:
        """The entity of this kind named last before ``position``, if any."""
        return next((e for e in self._recent(position) if e.kind == kind), None)

    def mentioned_between(self, start: int, end: int) -> list[tuple[int, Entity]]:
        """Every mention from ``start`` to ``end`` (offsets), in the order of the text: (offset, entity)."""
        low, high = bisect.bisect_left(self._timeline, (start, -1)), bisect.bisect_left(self._timeline, (end, -1))
        return [(offset, self.entities[number]) for offset, number in self._timeline[low:high]]

    def resolve(self, phrase: str, position: int, speaking: Entity | None = None) -> Resolution:
        """The entity a pronoun or description refers to, a plain reason, and the sex the pronoun shows for it (to be
        recorded with ``learn_gender``: a lookup changes nothing); an entity of None if none fits.

        ``speaking`` is the speaker of the statement just before (in the same or the previous paragraph): a
        pronoun or a generic description ("the company") that fits it goes to it, since news writing keeps
        the same speaker until it names a new one. Otherwise a pronoun goes to the compatible person or
        organisation named last before it. (Choosing instead the first one named in the last sentence that
        names one, usually its subject, did worse on the development texts: 0.75 of quotation speakers right
        against 0.83.)"""
        lowered = phrase.lower().strip()
        before = self._recent(position)  # most recent first
        if speaking is not None and lowered in _PRONOUN_FITS and _PRONOUN_FITS[lowered](speaking):
            return Resolution(
                speaking,
                f"'{phrase}' resolved to {speaking.name}, the speaker of the statement just before",
                _PRONOUN_SEX.get(lowered, ""),
            )
        if lowered in {"he", "she", "who"}:
            return _person_pronoun(phrase, lowered, before)
        if lowered in {"it", "they"}:
            chosen = _first(e for e in before if e.kind in ("organisation", "anonymous", "media"))
            if chosen is not None:
                return Resolution(
                    chosen, f"'{phrase}' resolved to {chosen.name}, the last organisation or group named before it"
                )
            return Resolution(None, f"'{phrase}' left unresolved: no organisation named before it")
        return _description(phrase, lowered, before, speaking)

    def learn_gender(self, entity: Entity, gender: str) -> None:
        """Record the sex a pronoun has shown for an entity ("he" after her name would not fit again)."""
        if gender:
            entity.gender = gender


@dataclass(frozen=True)
class Resolution:
    """What ``Mentions.resolve`` found: the entity (None if none fits), why, and the sex a pronoun shows for it."""

    entity: Entity | None
    reason: str
    gender: str = ""


_PRONOUN_SEX = {"he": "male", "she": "female"}
_PRONOUN_FITS = {
    "he": lambda entity: entity.kind == "person" and entity.gender in ("", "male"),
    "she": lambda entity: entity.kind == "person" and entity.gender in ("", "female"),
    "it": lambda entity: entity.kind == "organisation",
    "they": lambda entity: True,
}
"""Which speaker of the statement just before each pronoun may refer to."""


def _first(candidates) -> Entity | None:
    return next(iter(candidates), None)


def _may_be(entity: Entity, gender: str) -> bool:
    """Whether "he", "she" (``gender``) or "who" may refer to an entity: a person whose sex the text has not shown
    otherwise, or an organisation that spoke through a spokesman or spokeswoman of that sex."""
    if entity.kind == "organisation":
        return bool(gender) and entity.gender == gender
    return entity.kind == "person" and (not gender or entity.gender in ("", gender))


def _person_pronoun(phrase: str, lowered: str, before: list[Entity]) -> Resolution:
    """ "he", "she" or "who": the last person named before it whose sex the text has not shown otherwise."""
    gender = _PRONOUN_SEX.get(lowered, "")
    chosen = _first(e for e in before if _may_be(e, gender))
    if chosen is None:
        return Resolution(None, f"'{phrase}' left unresolved: no person named before it")
    if chosen.kind == "organisation":
        role = "spokeswoman" if gender == "female" else "spokesman"
        reason = f"'{phrase}' resolved to {chosen.name}, whose unnamed {role} spoke last before it"
        return Resolution(chosen, reason)
    who = {"male": "man", "female": "woman"}.get(gender, "person")
    reason = (
        f"'{phrase}' resolved to {chosen.name}, the last {who} named before it (or person whose sex the text has not"
        " shown)"
    )
    return Resolution(chosen, reason, gender)


def _description(phrase: str, lowered: str, before: list[Entity], speaking: Entity | None) -> Resolution:
    """A description ("the minister", "the company", "the source", "the 52-year-old"): the last one named before it
    whose name, title or description has its head word, or the unnamed source, or the organisation speaking."""
    words_ = [w for w in _WORDS.findall(lowered) if w not in {"the", "a", "an"}]
    if not words_:
        return Resolution(None, "")
    head = words_[-1]
    if head in _ANONYMOUS_HEADS and lowered.startswith("the "):  # "the source": the anonymous source quoted before
        source = speaking if speaking is not None and speaking.kind == "anonymous" else None
        source = source or _first(e for e in before if e.kind == "anonymous")
        if source is not None:
            return Resolution(source, f"'{phrase}' resolved to {source.name}, the unnamed source quoted before it")
    chosen = _described_entity(phrase, head, before, speaking)
    if chosen is not None:
        return Resolution(
            chosen,
            f"'{phrase}' resolved to {chosen.name}, the last one named before it with '{head}' in its name, title or"
            " description",
        )
    person = _first(e for e in before if e.kind == "person")
    if (
        person is not None
        and not ORG_WORDS.search(head)
        and (head in TITLE_WORDS or "-" in head or head.endswith(("er", "or", "ist", "man", "woman", "person")))
    ):
        return Resolution(
            person,
            f"'{phrase}' resolved to {person.name}, the person named last before it (no one had '{head}' in their"
            " title)",
        )
    return Resolution(
        None, f"'{phrase}' left as written: nobody named before it has '{head}' in their title or description"
    )


def _described_entity(phrase: str, head: str, before: list[Entity], speaking: Entity | None) -> Entity | None:
    """The entity a description's head word points to, tried in order: one named with the word, an organisation with
    it in its name, the organisation speaking, the last organisation, a person of that age."""
    age = _AGE.fullmatch(head)
    organisation = head in _GENERIC_ORGANISATIONS or bool(ORG_WORDS.fullmatch(head))
    kinds = (
        {"person", "organisation"}  # "the spokeswoman": the organisation she spoke for, or a person
        if head in SPOKESPERSON_WORDS
        else {"person"}
        if head in TITLE_WORDS or age
        else {"organisation", "media"}
        if organisation
        else {"person", "organisation", "media", "anonymous"}
    )
    chosen = _first(
        e for e in before if e.kind in kinds and ((head in e.words and not organisation) or _named_with(e.name, head))
    )
    if chosen is None and phrase.split()[-1][:1].isupper():
        chosen = _first(e for e in before if e.kind == "organisation" and head in e.name.lower().split())
    generic = head in _GENERIC_ORGANISATIONS
    if chosen is None and generic and speaking is not None and (speaking.kind == "organisation" or head == "statement"):
        chosen = speaking  # "the statement said": the statement of whoever spoke just before
    if chosen is None and generic:
        chosen = _first(e for e in before if e.kind == "organisation")
    if chosen is None and age:
        chosen = _first(e for e in before if head.split("-")[0] in e.words)
    return chosen


_JOINED_BEFORE = re.compile(r"((?:[A-Z][\w’'.-]*\s+)+)and\s+$")
_AND_AFTER = re.compile(r"\s+and\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)")


def _first_half_of_a_name(text: str, end: int) -> bool:
    """True for capitalised words that "and" joins to an organisation's name ("Food" in "the Food and Drug
    Administration"): not a name of their own."""
    if text[end : end + 5] != " and ":
        return False
    after = _AND_AFTER.match(text, end)
    return after is not None and ORG_WORDS.search(after.group(1).split()[-1]) is not None


def _described_around(text: str, start: int, position: int, end: int) -> tuple[str, str]:
    """The appositive after a name ("a mother of four"), or the family word before it ("her father, Arthur,"), and
    the words before it in its paragraph (``start`` is the paragraph's start), lower case."""
    appositive = _APPOSITIVE_AFTER.match(text, end)
    described = appositive.group(1) if appositive else ""
    before = text[max(start, position - 30) : position].lower()
    kin = _KIN_BEFORE.search(before)
    if kin and not described:
        described = kin.group(1)  # "whose father, Arthur,": the word before the name shows his sex
    return described, before


def _one_word(found: str) -> bool:
    return " " not in found and "’" not in found and "'" not in found


@lru_cache(maxsize=8192)
def _title_and_name(found: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A capitalised run split into its title words and the name after them ("Mayor Dana Whitcomb of Port Halvey":
    ["Mayor"], ["Dana", "Whitcomb"]), without a nickname, possessives and the words after one ("Mr. Halvey's
    Welsh-born"), suffixes ("KC") or a preposition that opens the sentence ("For Pryce")."""
    found = _NICKNAME.sub(r"\1", found) if "“" in found or '"' in found or "‘" in found else found
    words = found.split()
    possessive = next((i for i, w in enumerate(words) if w.endswith(("’s", "'s"))), None)
    after = words[possessive + 1 :] if possessive is not None else []
    titled_after = any(_title_stem(w).strip(".") in _TITLE_STEMS for w in after)
    if after and not titled_after and not ORG_WORDS.search(" ".join(after)):
        words = words[: possessive + 1]  # "Mr. Halvey's Welsh-born mother": the name ends at its possessive
        # (not "Tarsova’s Trade Minister Ilian Dragomir", whose title and name follow it)
    words = [w[:-2] if w.endswith(("’s", "'s")) else w for w in words]
    titled = [
        i
        for i, w in enumerate(words)
        if _title_stem(w).strip(".") in _TITLE_STEMS
        and not (w.lower() in TITLES_THAT_ARE_FIRST_NAMES and i == len(words) - 2)
    ]  # "Dean Marchetti"
    if (
        not titled
        and len(words) == 3
        and _DESCRIPTOR_ENDING.search(words[0])
        and words[0].lower() not in _FIRST_NAMES_LIKE_DESCRIPTORS
    ):
        titled = [0]  # "Centrist Miro Talbot": a description capitalised at a sentence start
    title = words[: titled[-1] + 1] if titled else []
    words = words[titled[-1] + 1 :] if titled else words
    if title and "of" in words[2:4] and not ORG_WORDS.search(" ".join(words[: words.index("of")])):
        words = words[: words.index("of")]  # "Mayor Dana Whitcomb of Port Halvey": the place is not the name
    while words and words[-1].strip(".,") in _NAME_SUFFIXES:
        words.pop()
    while words and words[0] in ("of", "the", "for", "&"):
        words.pop(0)  # "Secretary of the United Passenger Transport Union": the organisation after the title
    while len(words) > 1 and not title and (is_function_word(words[0]) or is_reporting_form(words[0])):
        words.pop(0)  # "For Pryce, any change ...", "Said Dana Ruiz, ...": a word that opens the sentence
    if len(words) == 1 and ("of" in title or "for" in title):
        return tuple(title), ()  # "Minister of State for Foreign Affairs": an office, with no one's name
    return tuple(title), tuple(words)
