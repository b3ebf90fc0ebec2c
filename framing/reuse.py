"""Reuse: how much text articles share, which of their sentences pair up, and where paired sentences differ.

Three measures, from coarse to fine:

1. **Shingles.** A *w-shingle* is a run of w consecutive words. The Jaccard
   similarity of two articles' shingle sets (shared runs / all runs) is high for
   copied text and near zero for independent text. It misses paraphrase: a
   rewrite that changes one word in five breaks every 5-word run. Two reports
   of the same speech share its quoted words, so runs can be counted with the
   quotations left out (``quotations=False``). *Containment* (shared runs / the
   runs of the shorter text) does not shrink when one text is much longer.
2. **Sentence alignment.** Each sentence becomes a set of *content words*
   (lower case, common function words removed, a crude suffix cut so that
   "toppled" and "toppling" both become "toppl"; "topple" is left as it is). Two
   sentences are similar when they share many content words (the Dice
   coefficient). ``align_sentences`` pairs sentences in the same order, as the
   order-preserving pairing with the highest total similarity (dynamic
   programming, as in sequence alignment); ``match_sentences`` ignores order and
   gives each sentence its most similar partner, so it also finds a sentence
   that sits elsewhere in the other text.
3. **Word diff.** For a pair of sentences, ``difflib`` lists the words kept,
   replaced, added and removed. A replacement whose two sides are variants of
   the same concept in a word-choice lexicon is a *frame shift*; other
   replacements are wording the lexicon does not mark.
"""

from __future__ import annotations

import difflib
import html
import itertools
import re

import numpy as np
import pandas as pd
from scipy import sparse

from framing._tables import require_columns
from framing.patterns import table_matchers
from framing.progress import progress
from framing.quotations import find_quotations
from framing.words import tokenize

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here
    hers him his how i if in into is it its itself just me more most my no nor not of off on once only or other our
    out over own same she should so some such than that the their them then there these they this those through to
    too under until up very was we were what when where which while who whom why will with would you your
    one two three said says say""".split()
)
"""Function words (and the verb "say") left out of content words."""


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in tokenize(text)]


def outside_quotations(text: str) -> list[str]:
    """The stretches of ``text`` outside quotation marks that hold words, in order
    (quotations as ``framing.quotations.find_quotations`` finds them, across paragraphs too).

    >>> outside_quotations('Araqchi said "we have several co-operation areas" on Wednesday.')
    ['Araqchi said "', '" on Wednesday.']
    """
    if not isinstance(text, str):
        raise TypeError(f"outside_quotations expects a text as a string, got {type(text).__name__}")
    parts = sorted(part for quotation in find_quotations(text) for part in quotation.parts)
    pieces, position = [], 0
    for start, end in parts:
        pieces.append(text[position:start])
        position = max(position, end)
    pieces.append(text[position:])
    return [piece for piece in pieces if tokenize(piece)]


def shingles(text: str, size: int = 5, quotations: bool = True) -> set[tuple[str, ...]]:
    """The set of runs of ``size`` consecutive words (lower case).

    With ``quotations=False`` the words inside quotation marks are left out, and
    no run spans a quotation (the words before and after it do not join up).

    >>> sorted(shingles("Iraq hosts 2,500 US troops", size=4))
    [('hosts', '2,500', 'us', 'troops'), ('iraq', 'hosts', '2,500', 'us')]
    >>> sorted(shingles('He said "we will sign two deals" in Baghdad', size=2, quotations=False))
    [('he', 'said'), ('in', 'baghdad')]
    """
    if not isinstance(size, int) or size < 1:
        raise ValueError(f"size must be a whole number of words, 1 or more; got {size!r}")
    if not quotations:
        return set().union(*(shingles(piece, size) for piece in outside_quotations(text)))
    words = _words(text)
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(first: set, second: set) -> float:
    """Shared items divided by all items; 0 when both sets are empty.

    >>> jaccard({1, 2, 3}, {2, 3, 4})
    0.5
    """
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def containment(first: set, second: set) -> float:
    """Shared items divided by the items of the smaller set; 0 when either set is empty.

    With shingles: the share of the shorter text's runs that the other text also
    has. Unlike ``jaccard`` it does not shrink when one text is much longer: a
    short text wholly inside a long one has a containment of 1. It says nothing
    about which text holds the other's words first.

    >>> containment({1, 2}, {1, 2, 3, 4, 5, 6})
    1.0
    >>> containment({1, 2, 3, 4}, {3, 4, 5, 6, 7, 8})
    0.5
    """
    if not isinstance(first, (set, frozenset)) or not isinstance(second, (set, frozenset)):
        raise TypeError(f"containment expects two sets, got {type(first).__name__} and {type(second).__name__}")
    smaller = min(len(first), len(second))
    return len(first & second) / smaller if smaller else 0.0


MEASURES = ("jaccard", "containment")
"""The measures ``similarity_matrix`` can compute."""


BLOCK_CELLS = 2_000_000
"""How many article pairs ``most_similar_pairs`` compares at once (about 16 MB of numbers)."""


def shingle_matrix(articles: pd.DataFrame, size: int = 5, quotations: bool = True) -> sparse.csr_matrix:
    """Which ``size``-word shingles each article has: a sparse 0/1 matrix, one row per article.

    Row ``i`` is article ``i`` of ``articles`` (in order); the columns are every
    shingle of the story, in no particular order. Only the ones are stored.
    ``quotations=False`` leaves out the words inside quotation marks (see ``shingles``).
    """
    require_columns(articles, ["article_id", "text"])
    column: dict[tuple[str, ...], int] = {}
    rows, columns = [], []
    for row, text in enumerate(progress(articles["text"], len(articles), "Shingles")):
        for shingle in shingles(text, size, quotations):
            columns.append(column.setdefault(shingle, len(column)))
            rows.append(row)
    data = np.ones(len(rows), dtype=np.int64)
    return sparse.csr_matrix((data, (rows, columns)), shape=(len(articles), len(column)))


def _jaccard_rows(matrix: sparse.csr_matrix, sizes: np.ndarray, start: int, stop: int) -> np.ndarray:
    """Jaccard similarity of articles ``start`` to ``stop - 1`` with every article: shared / (size + size - shared)."""
    shared = (matrix[start:stop] @ matrix.T).toarray()
    union = sizes[start:stop, None] + sizes[None, :] - shared
    return np.divide(shared, union, out=np.zeros(shared.shape), where=union > 0)


def _containment_rows(matrix: sparse.csr_matrix, sizes: np.ndarray, start: int, stop: int) -> np.ndarray:
    """Containment of articles ``start`` to ``stop - 1`` with every article: shared / the smaller size."""
    shared = (matrix[start:stop] @ matrix.T).toarray()
    smaller = np.minimum(sizes[start:stop, None], sizes[None, :])
    return np.divide(shared, smaller, out=np.zeros(shared.shape), where=smaller > 0)


def similarity_matrix(
    articles: pd.DataFrame, size: int = 5, measure: str = "jaccard", quotations: bool = True
) -> pd.DataFrame:
    """Similarity of ``size``-word shingles for every pair of articles
    (a symmetric table with 1 on the diagonal).

    ``measure`` is ``"jaccard"`` (shared runs / all runs of the two) or
    ``"containment"`` (shared runs / the runs of the article with fewer);
    ``quotations=False`` leaves out the words inside quotation marks.
    The table has one row and one column per article: for a story of thousands
    of articles use ``most_similar_pairs``, which never builds it.
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}; got {measure!r}")
    matrix = shingle_matrix(articles, size, quotations)
    ids = list(articles["article_id"])
    rows = _jaccard_rows if measure == "jaccard" else _containment_rows
    values = rows(matrix, matrix.getnnz(axis=1), 0, len(ids))
    np.fill_diagonal(values, 1.0)
    table = pd.DataFrame(values, index=ids, columns=ids)
    table.index.name, table.columns.name = "article_id", "article_id"
    return table


def closest_pairs(matrix: pd.DataFrame, top: int = 5) -> pd.DataFrame:
    """The ``top`` most similar pairs of a similarity matrix, most similar first."""
    ids, values = list(matrix.index), matrix.to_numpy(dtype=float)
    pairs = [(ids[i], ids[j], float(values[i, j])) for i, j in itertools.combinations(range(len(ids)), 2)]
    pairs.sort(key=lambda pair: -pair[2])
    return pd.DataFrame(pairs[:top], columns=["first", "second", "similarity"])


def pair_measures(articles: pd.DataFrame, size: int = 5) -> pd.DataFrame:
    """Shared ``size``-word runs for every pair of articles, counted four ways.

    One row per pair (in the order of the articles): ``first``, ``second``,
    ``shared`` (runs both have), ``jaccard``, ``containment``, and the same three
    with the words inside quotation marks left out (``shared_no_quotes``,
    ``jaccard_no_quotes``, ``containment_no_quotes``). Two reports of one speech
    share its quoted words whoever wrote them, so the columns without
    quotations come closer to the text the two reporters wrote. The table has a
    row for every pair: for thousands of articles use ``most_similar_pairs``.

    >>> articles = pd.DataFrame({"article_id": ["x", "y"],
    ...     "text": ['He said "we will sign" in Baghdad', 'She said "we will sign" in Baghdad']})
    >>> table = pair_measures(articles, size=2)
    >>> table[["shared", "shared_no_quotes"]].values.tolist(), table["containment_no_quotes"].tolist()
    ([[5, 1]], [0.5])
    """
    require_columns(articles, ["article_id", "text"])
    ids = list(articles["article_id"])
    columns: dict[str, list] = {}
    for quotations, suffix in ((True, ""), (False, "_no_quotes")):
        matrix = shingle_matrix(articles, size, quotations)
        shared = (matrix @ matrix.T).toarray()
        sizes = matrix.getnnz(axis=1)
        pairs = list(itertools.combinations(range(len(ids)), 2))
        columns["shared" + suffix] = [int(shared[i, j]) for i, j in pairs]
        columns["jaccard" + suffix] = [_jaccard_from_counts(shared[i, j], sizes[i], sizes[j]) for i, j in pairs]
        columns["containment" + suffix] = [
            float(shared[i, j] / min(sizes[i], sizes[j])) if min(sizes[i], sizes[j]) else 0.0 for i, j in pairs
        ]
    table = pd.DataFrame({"first": [ids[i] for i, _ in pairs], "second": [ids[j] for _, j in pairs], **columns})
    order = [
        "first",
        "second",
        "shared",
        "jaccard",
        "containment",
        "shared_no_quotes",
        "jaccard_no_quotes",
        "containment_no_quotes",
    ]
    return table[order]


def _jaccard_from_counts(shared: float, first_size: float, second_size: float) -> float:
    """Jaccard similarity from counts: shared / (first + second - shared); 0 when both are empty."""
    union = first_size + second_size - shared
    return float(shared / union) if union else 0.0


def most_similar_pairs(
    articles: pd.DataFrame, size: int = 5, top: int = 5, measure: str = "jaccard", quotations: bool = True
) -> pd.DataFrame:
    """The ``top`` most similar pairs of articles by shingle Jaccard (or ``measure``), most similar first.

    The same result as ``closest_pairs(similarity_matrix(articles, size, measure, quotations), top)``
    (ties in the order of the articles), but computed a block of rows at a time
    from the sparse ``shingle_matrix``, so that a story of thousands of articles
    never needs its whole table of pairs in memory.

    >>> articles = pd.DataFrame({"article_id": ["x", "y", "z"],
    ...     "text": ["one two three four", "one two three five", "six seven eight nine"]})
    >>> most_similar_pairs(articles, size=3, top=1).values.tolist()
    [['x', 'y', 0.3333333333333333]]
    """
    if not isinstance(top, int) or top < 1:
        raise ValueError(f"top must be a whole number, 1 or more; got {top!r}")
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}; got {measure!r}")
    matrix = shingle_matrix(articles, size, quotations)
    rows_of = _jaccard_rows if measure == "jaccard" else _containment_rows
    ids, sizes = list(articles["article_id"]), matrix.getnnz(axis=1)
    block = max(1, BLOCK_CELLS // max(len(ids), 1))
    found: list[tuple[float, int, int]] = []
    starts = range(0, len(ids), block)
    for start in progress(starts, len(starts), "Comparing articles", min_items=10):
        values = rows_of(matrix, sizes, start, min(start + block, len(ids)))
        rows, columns = np.indices(values.shape)
        upper = columns > rows + start  # each pair once: the second article after the first
        flat, positions = values[upper], np.flatnonzero(upper.ravel())
        chosen = _top_in_order(flat, top)
        found += [(float(flat[k]), start + positions[k] // len(ids), positions[k] % len(ids)) for k in chosen]
    found.sort(key=lambda item: (-item[0], item[1], item[2]))
    return pd.DataFrame(
        [(ids[i], ids[j], value) for value, i, j in found[:top]], columns=["first", "second", "similarity"]
    )


def _top_in_order(values: np.ndarray, top: int) -> np.ndarray:
    """Positions of the ``top`` largest values; among equal values, the earliest positions."""
    if len(values) <= top:
        return np.arange(len(values))
    threshold = np.partition(values, len(values) - top)[len(values) - top]
    above = np.flatnonzero(values > threshold)
    level = np.flatnonzero(values == threshold)[: top - len(above)]
    return np.concatenate([above, level])


def _stem(word: str) -> str:
    if "-" in word or word[:1].isdigit():
        return word
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(sentence: str) -> set[str]:
    """The words that carry a sentence's meaning: lower case, without function
    words or possessive 's, with a crude suffix cut.

    >>> sorted(content_words("Saddam Hussein was toppled by a US-led invasion in 2003."))
    ['2003', 'hussein', 'invasion', 'saddam', 'toppl', 'us-led']
    """
    words = (re.sub(r"'s$", "", w) for w in _words(sentence))
    return {_stem(w) for w in words if w not in STOPWORDS and (len(w) > 2 or w.isdigit())}


def sentence_similarity(first: str, second: str) -> float:
    """Dice coefficient of two sentences' content words: 2 × shared / (size + size).

    >>> round(sentence_similarity("Iraq hosts 2,500 US troops.", "Iraq is home to 2,500 US troops."), 2)
    0.75
    """
    a, b = content_words(first), content_words(second)
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _pair_similarities(
    sentences: pd.DataFrame, first: str, second: str
) -> tuple[pd.DataFrame, pd.DataFrame, np.ndarray]:
    """The sentences of ``first`` and of ``second``, and the similarity of every pair (rows: ``first``)."""
    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    known = set(sentences["article_id"])
    for article_id in (first, second):
        if article_id not in known:
            raise ValueError(
                f"no sentences for article {article_id!r}; the articles are "
                f"{', '.join(map(str, dict.fromkeys(sentences['article_id'])))}"
            )
    a = sentences[sentences["article_id"] == first].reset_index(drop=True)
    b = sentences[sentences["article_id"] == second].reset_index(drop=True)
    words_a, words_b = [content_words(x) for x in a["sentence"]], [content_words(y) for y in b["sentence"]]
    sim = np.array([[_dice(x, y) for y in words_b] for x in words_a]).reshape(len(a), len(b))
    return a, b, sim


def _dice(first: set, second: set) -> float:
    return 2 * len(first & second) / (len(first) + len(second)) if first or second else 0.0


def _ordered_pairs(sim: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Positions of the order-preserving pairing with the highest total similarity, each pair at least ``threshold``."""
    rows, columns = sim.shape
    score = np.zeros((rows + 1, columns + 1))
    for i in range(1, rows + 1):
        for j in range(1, columns + 1):
            pair = score[i - 1, j - 1] + sim[i - 1, j - 1] if sim[i - 1, j - 1] >= threshold else -1.0
            score[i, j] = max(score[i - 1, j], score[i, j - 1], pair)
    pairs, i, j = [], rows, columns
    while i > 0 and j > 0:
        if sim[i - 1, j - 1] >= threshold and score[i, j] == score[i - 1, j - 1] + sim[i - 1, j - 1]:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif score[i, j] == score[i - 1, j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def align_sentences(sentences: pd.DataFrame, first: str, second: str, threshold: float = 0.3) -> pd.DataFrame:
    """Pair the sentences of two articles in order, maximising total similarity.

    Only pairs with a similarity of at least ``threshold`` are kept. Returns
    ``first_no``, ``second_no``, ``similarity``, ``first_sentence`` and
    ``second_sentence``, one row per aligned pair, in reading order.
    """
    a, b, sim = _pair_similarities(sentences, first, second)
    rows = [
        [
            a.loc[x, "sentence_no"],
            b.loc[y, "sentence_no"],
            round(float(sim[x, y]), 2),
            a.loc[x, "sentence"],
            b.loc[y, "sentence"],
        ]
        for x, y in _ordered_pairs(sim, threshold)
    ]
    return pd.DataFrame(rows, columns=["first_no", "second_no", "similarity", "first_sentence", "second_sentence"])


def match_sentences(sentences: pd.DataFrame, first: str, second: str, threshold: float = 0.3) -> pd.DataFrame:
    """Give each sentence of ``second`` its most similar sentence of ``first``, in any order.

    The order-free counterpart of ``align_sentences``: a sentence that one text
    tells earlier or later than the other still finds its partner, and several
    sentences of ``second`` may share one partner (a sentence split in two). It
    also catches wrongly: two sentences that only share names ("Pezeshkian",
    "Baghdad", "state media") can pass a low threshold, so read the pairs.
    Among equally similar partners, the earliest is kept.

    Returns one row per sentence of ``second`` with a partner of similarity at
    least ``threshold``, in the reading order of ``second``: ``first_no``,
    ``second_no``, ``similarity``, ``in_alignment`` (True when
    ``align_sentences`` with the same threshold pairs the same two sentences),
    ``first_sentence`` and ``second_sentence``.

    >>> sentences = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "sentence_no": [1, 2, 1, 2],
    ...     "sentence": ["Iraq hosts 2,500 US troops.", "The talks ended late.",
    ...                  "The talks ended late at night.", "Iraq is home to 2,500 US troops."]})
    >>> match_sentences(sentences, "a", "b")[["first_no", "second_no", "in_alignment"]].values.tolist()
    [[2, 1, True], [1, 2, False]]
    """
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise ValueError(f"threshold must be a similarity above 0 and at most 1; got {threshold!r}")
    a, b, sim = _pair_similarities(sentences, first, second)
    in_alignment = set(_ordered_pairs(sim, threshold))
    rows = []
    for y in range(len(b) if len(a) else 0):
        x = int(np.argmax(sim[:, y]))
        if sim[x, y] >= threshold:
            rows.append(
                [
                    a.loc[x, "sentence_no"],
                    b.loc[y, "sentence_no"],
                    round(float(sim[x, y]), 2),
                    (x, y) in in_alignment,
                    a.loc[x, "sentence"],
                    b.loc[y, "sentence"],
                ]
            )
    return pd.DataFrame(
        rows, columns=["first_no", "second_no", "similarity", "in_alignment", "first_sentence", "second_sentence"]
    )


def word_diff(first: str, second: str) -> pd.DataFrame:
    """Where ``first`` and ``second`` differ, word by word: one row per
    difference, with ``change``, ``first`` and ``second``. The labels follow the
    order of the arguments (``removed``: words only in ``first``; ``added``:
    only in ``second``; ``replaced``: ``first`` has some words where ``second``
    has others), not an order of writing.

    >>> word_diff("its arch-foe Israel", "its arch-enemy Israel").values.tolist()
    [['replaced', 'arch-foe', 'arch-enemy']]
    """
    a, b = tokenize(first), tokenize(second)
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in a], b=[w.lower() for w in b], autojunk=False)
    names = {"replace": "replaced", "delete": "removed", "insert": "added"}
    rows = [
        [names[op], " ".join(a[i1:i2]), " ".join(b[j1:j2])]
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]
    return pd.DataFrame(rows, columns=["change", "first", "second"])


def diff_html(first: str, second: str) -> str:
    """The second text with words removed from the first struck through and
    words added underlined; all text escaped."""
    a, b = tokenize(first), tokenize(second)
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in a], b=[w.lower() for w in b], autojunk=False)
    parts = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(html.escape(" ".join(b[j1:j2])))
            continue
        if i2 > i1:
            parts.append(f'<del style="color: #D55E00;">{html.escape(" ".join(a[i1:i2]))}</del>')
        if j2 > j1:
            parts.append(f'<ins style="color: #0072B2;">{html.escape(" ".join(b[j1:j2]))}</ins>')
    return " ".join(parts)


def frame_shifts(aligned: pd.DataFrame, lexicon: pd.DataFrame) -> pd.DataFrame:
    """In paired sentences, the *variant swaps*: places where the first sentence
    names a lexicon concept with one variant and the second with another.

    Returns ``first_no``, ``second_no``, ``concept``, ``first_variant`` and
    ``second_variant``. "Swap" has no direction: the table says where the two
    texts differ, not which was written first. A swap is where a frame *can*
    shift; some swaps are near-synonyms ("newly elected", "recently elected").
    ``aligned`` may come from ``align_sentences`` or ``match_sentences``.
    """
    require_columns(aligned, ["first_no", "second_no", "first_sentence", "second_sentence"], what="aligned sentences")
    require_columns(lexicon, ["concept", "variant", "pattern"], what="lexicon")
    variants = list(zip(lexicon["concept"], lexicon["variant"]))
    in_first, in_second = [], []
    for matcher in table_matchers(lexicon, ["concept", "variant"], "lexicon"):
        in_first.append(matcher.search_each(aligned["first_sentence"]))
        in_second.append(matcher.search_each(aligned["second_sentence"]))
    rows = []
    for i, pair in enumerate(aligned.itertuples(index=False)):
        found_a = {variant for variant, hits in zip(variants, in_first) if hits[i]}
        found_b = {variant for variant, hits in zip(variants, in_second) if hits[i]}
        for concept in sorted({c for c, _ in found_a} & {c for c, _ in found_b}):
            only_a = sorted(v for c, v in found_a - found_b if c == concept)
            only_b = sorted(v for c, v in found_b - found_a if c == concept)
            for variant_a, variant_b in itertools.product(only_a, only_b):
                rows.append([pair.first_no, pair.second_no, concept, variant_a, variant_b])
    return pd.DataFrame(rows, columns=["first_no", "second_no", "concept", "first_variant", "second_variant"])
