"""Sentiment scores for sentences, from two lexicon-based tools that work offline.

**TextBlob** (its default ``PatternAnalyzer``) looks words up in a list of
about 1,500 English words, mostly adjectives, rated by hand sense by sense for
*polarity* (-1 negative to +1 positive) and *subjectivity* (0 factual to 1
opinion; a word's senses are averaged), plus an adverb in -ly made
automatically from each adjective ("steadily" from "steady"): about 2,900
entries in all. It averages the ratings of the words it finds, with rules for
negation ("not good") and intensifiers ("very"). A sentence with no listed
word, or only listed words rated 0, scores 0.

**VADER** (``vaderSentiment``) looks words up in a list of about 7,500 words,
emoticons and slang, rated by crowd workers, with rules for negation, degree
words, capitals and punctuation, and reports a *compound* score from -1 to +1.
It was built for social-media text. Its compound score is a normalised
sum: the ratings of the words it found, after its rules, add up to ``x``, and
the compound is ``x / sqrt(x**2 + 15)``, so a sentence with many rated words
of one sign drifts towards -1 or +1. A negation ("not", "never", "no" ...) turns a
rated word round, and weakens it (its rating times -0.74), only if it stands
within the three words before it.

VADER splits a text at spaces and strips only ASCII punctuation from each
piece, so a word touching a curly quotation mark (``agreements,”``) is never
looked up. ``vader_compound`` and ``vader_scored_words`` therefore straighten
quotation marks and apostrophes first (``plain_punctuation``); with
``straighten=False`` they show what the package does with the text as given.

Neither reads meaning: both compute with the ratings of the words they know. Both
ship their lexicons inside the package, so nothing is downloaded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

from framing._tables import require_columns
from framing.cleaning import clean_articles
from framing.loading import load_articles
from framing.patterns import find_pattern, load_pattern_table, table_matchers
from framing.progress import progress
from framing.sentences import split_sentences

LABELS = ("negative", "neutral", "positive")
"""The three labels used for sentences, in order."""

NEUTRAL_BAND = 0.05
"""Scores from -0.05 to +0.05 count as neutral (VADER's authors' usual cut-off; used for both tools)."""


@lru_cache(maxsize=1)
def _pattern_sentiment():
    """TextBlob's default sentiment analyser (its Pattern lexicon), imported on first use: importing TextBlob also
    imports NLTK and SciPy's statistics (about 1.5 s), which lessons that score no sentiment need not wait for."""
    from textblob.en import sentiment

    return sentiment


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def _check_text(text) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected a string of text, got {type(text).__name__}")
    return text


def textblob_scores(text: str) -> tuple[float, float]:
    """TextBlob's (polarity, subjectivity) for a text.

    >>> textblob_scores("a bloody eight-year war")
    (-0.8, 0.9)
    >>> textblob_scores("Iraq hosts 2,500 US troops.")
    (0.0, 0.0)
    """
    # TextBlob(text).sentiment calls its PatternAnalyzer, which calls this same function on the text as given
    # and then defines a new namedtuple class for every sentence: two thirds of its time. Same numbers, 3 × faster.
    polarity, subjectivity = _pattern_sentiment()(_check_text(text))
    return round(polarity, 4), round(subjectivity, 4)


_STRAIGHT = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "…": "..."}
)
_DASH = re.compile(r"\s*[—–]\s*")


def plain_punctuation(text: str) -> str:
    """The text with the punctuation VADER can strip from a word: curly quotation marks and apostrophes made
    straight, a dash (em or en) spaced as " - ", and "…" written as three dots. Nothing else changes.

    VADER splits at spaces and strips only ASCII punctuation, so without this ``agreements,”`` is not looked up
    while ``agreements,"`` is: the same words would score differently by how the article was typeset.

    >>> plain_punctuation("“We are planning to sign several agreements,” he said—again…")
    '"We are planning to sign several agreements," he said - again...'
    """
    return _DASH.sub(" - ", _check_text(text).translate(_STRAIGHT))


def word_ratings(words) -> pd.DataFrame:
    """Each word's rating in the two lexicons: ``textblob`` (polarity, -1 to +1) and ``vader`` (-4 to +4), or
    NaN (shown as a blank or "NaN") when the word is not on that tool's list, which is not the same as a rating of 0.

    >>> word_ratings(["war", "bloody", "genocide"]).values.tolist()
    [[nan, -2.9], [-0.8, -1.9], [nan, nan]]
    """
    words = [words] if isinstance(words, str) else list(words)
    for word in words:
        _check_text(word)
    vader = _vader().lexicon
    lexicon = _pattern_sentiment()
    rows = [
        (lexicon[w.lower()][None][0] if w.lower() in lexicon else float("nan"), vader.get(w.lower(), float("nan")))
        for w in words
    ]
    return pd.DataFrame(rows, index=pd.Index(words, name="word"), columns=["textblob", "vader"])


def vader_compound(text: str, straighten: bool = True) -> float:
    """VADER's compound score for a text, from -1 (negative) to +1 (positive), after ``plain_punctuation``
    (``straighten=False``: on the text as given, as the vaderSentiment package scores it).

    >>> vader_compound("the war")
    -0.5994
    >>> quoted = "“We are planning to sign several agreements,”"
    >>> vader_compound(quoted), vader_compound(quoted, straighten=False)
    (0.2732, 0.0)
    """
    text = plain_punctuation(text) if straighten else _check_text(text)
    return _vader().polarity_scores(text)["compound"]


def scored_words(text: str) -> pd.DataFrame:
    """The words TextBlob scored in ``text`` and their ratings: what drove the score.

    Returns ``words``, ``polarity`` and ``subjectivity``, one row per word or
    phrase TextBlob found in its lexicon (an empty table if none).

    >>> scored_words("a bloody eight-year war").values.tolist()
    [['bloody', -0.8, 0.9]]
    """
    from textblob import TextBlob

    assessments = TextBlob(_check_text(text)).sentiment_assessments.assessments
    rows = [(" ".join(words), polarity, subjectivity) for words, polarity, subjectivity, _ in assessments]
    return pd.DataFrame(rows, columns=["words", "polarity", "subjectivity"])


def sentence_sentiment(sentences: pd.DataFrame, vader: bool = True) -> pd.DataFrame:
    """Add ``polarity``, ``subjectivity`` (TextBlob) and ``vader_compound``
    (VADER; left out with ``vader=False``) to a table of sentences (from
    ``split_sentences``).

    >>> table = pd.DataFrame({"article_id": ["a"], "sentence_no": [1], "sentence": ["A bloody war."]})
    >>> sentence_sentiment(table)[["polarity", "subjectivity", "vader_compound"]].values.tolist()
    [[-0.8, 0.9, -0.7783]]
    """
    require_columns(sentences, ["article_id", "sentence"], what="sentences")
    scored = sentences.copy()
    pairs = [
        textblob_scores(sentence)
        for sentence in progress(scored["sentence"], len(scored), "TextBlob scores", min_items=5000)
    ]
    scored["polarity"] = [p for p, _ in pairs]
    scored["subjectivity"] = [s for _, s in pairs]
    if vader:
        scored["vader_compound"] = [
            vader_compound(sentence)
            for sentence in progress(scored["sentence"], len(scored), "VADER scores", min_items=5000)
        ]
    return scored


def story_sentiment(folder: str | Path) -> pd.DataFrame:
    """Load, clean, split and score every sentence of a story folder.

    One row per sentence: ``article_id``, ``sentence_no``, ``sentence``,
    ``polarity``, ``subjectivity`` and ``vader_compound``. A bad folder raises
    ``ArticleLoadError`` naming the file and the problem.
    """
    return sentence_sentiment(split_sentences(clean_articles(load_articles(folder))))


def to_label(scores, band: float = NEUTRAL_BAND) -> pd.Series:
    """Turn scores into labels: below -band negative, above +band positive, else neutral.

    >>> to_label(pd.Series([-0.3, 0.0, 0.05, 0.2])).tolist()
    ['negative', 'neutral', 'neutral', 'positive']
    """
    if band < 0:
        raise ValueError(f"band must be zero or more, got {band}")
    scores = pd.Series(scores, dtype=float)
    if scores.isna().any():
        raise ValueError("scores contain missing values")
    labels = pd.Series("neutral", index=scores.index, dtype="str")
    labels[scores < -band] = "negative"
    labels[scores > band] = "positive"
    return labels


def sentiment_by_article(scores: pd.DataFrame) -> pd.DataFrame:
    """Mean scores per article, with the number of sentences behind each mean."""
    require_columns(scores, ["article_id", "polarity", "subjectivity", "vader_compound"], what="sentence scores")
    grouped = scores.groupby("article_id", sort=False)
    table = grouped[["polarity", "subjectivity", "vader_compound"]].mean().round(3)
    table.insert(0, "sentences", grouped.size())
    table["share_scored_zero"] = grouped["polarity"].apply(lambda p: round(float((p == 0).mean()), 2))
    return table


def sentiment_by_voice(scores: pd.DataFrame, voices: pd.DataFrame, by_article: bool = True) -> pd.DataFrame:
    """Sentences by voice (``framing.sentence_voices``: ``own``, ``quoted``, ``reported``), per article unless
    ``by_article`` is False: the number of ``sentences``, how many have each hand code when ``scores`` has a
    ``label`` column (as ``sentiment_tool_labels`` gives it), and the mean ``polarity`` and ``vader_compound``.
    A tone measured over a whole article credits the outlet with its sources' words; this keeps them apart.

    >>> scores = pd.DataFrame({"article_id": ["a", "a", "a"], "sentence_no": [1, 2, 3],
    ...                        "polarity": [0.5, -0.5, 0.0], "vader_compound": [0.4, -0.6, 0.0],
    ...                        "label": ["positive", "negative", "negative"]})
    >>> voices = pd.DataFrame({"article_id": ["a"] * 3, "sentence_no": [1, 2, 3], "voice": ["quoted", "own", "own"]})
    >>> sentiment_by_voice(scores, voices, by_article=False)
            sentences  negative  neutral  positive  polarity  vader_compound
    voice
    own             2         2        0         0     -0.25            -0.3
    quoted          1         0        0         1      0.50             0.4
    """
    keys = ["article_id", "sentence_no"]
    require_columns(scores, [*keys, "polarity", "vader_compound"], "sentence scores", maker="sentence_sentiment")
    require_columns(voices, [*keys, "voice"], "voices", maker="sentence_voices")
    table = scores.merge(voices[[*keys, "voice"]], on=keys, how="left")
    if table["voice"].isna().any():
        first = table[table["voice"].isna()].iloc[0]
        raise ValueError(
            f"sentence {first['sentence_no']} of {first['article_id']!r} has no voice: give sentence_voices the "
            "cleaned articles the sentences were split from"
        )
    groups = ["article_id", "voice"] if by_article else ["voice"]
    order = {voice: i for i, voice in enumerate(("own", "quoted", "reported"))}
    articles = {a: i for i, a in enumerate(dict.fromkeys(table["article_id"]))}
    grouped = table.groupby(groups, sort=False)
    result = grouped.size().to_frame("sentences")
    if "label" in table.columns:
        counts = pd.crosstab([table[g] for g in groups], pd.Categorical(table["label"], categories=LABELS))
        result = result.join(counts.reindex(columns=list(LABELS), fill_value=0))
    result = result.join(grouped[["polarity", "vader_compound"]].mean().round(3))
    result.columns.name = None
    sort = result.index.to_frame(index=False)
    rank = sort["voice"].map(order) + (sort["article_id"].map(articles) * 10 if by_article else 0)
    return result.iloc[rank.argsort(kind="stable").to_numpy()]


def sentiment_by_actor(scores: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Mean polarity and VADER compound of the sentences that mention each actor.

    ``actors`` has ``actor`` and ``pattern`` (see ``load_actors``). Returns one
    row per actor and article (``actor``, ``article_id``, ``sentences``,
    ``polarity``, ``vader_compound``); ``sentences`` is the number of sentences
    behind each mean. A sentence can mention several actors and then counts
    for each of them.
    """
    require_columns(
        scores, ["article_id", "sentence_no", "sentence", "polarity", "vader_compound"], what="sentence scores"
    )
    require_columns(actors, ["actor", "pattern"], what="actors")
    rows = []
    for actor, matcher in zip(actors["actor"], table_matchers(actors, ["actor"], "actors")):
        hits = find_pattern(scores, matcher)[["article_id", "sentence_no"]]
        mentioned = scores.merge(hits.drop_duplicates(), on=["article_id", "sentence_no"])
        for article_id in dict.fromkeys(scores["article_id"]):
            part = mentioned[mentioned["article_id"] == article_id]
            rows.append(
                {
                    "actor": actor,
                    "article_id": article_id,
                    "sentences": len(part),
                    "polarity": round(part["polarity"].mean(), 3) if len(part) else float("nan"),
                    "vader_compound": round(part["vader_compound"].mean(), 3) if len(part) else float("nan"),
                }
            )
    return pd.DataFrame(rows, columns=["actor", "article_id", "sentences", "polarity", "vader_compound"])


def load_actors(path: str | Path) -> pd.DataFrame:
    """Read and check an actors file (``actor``, ``pattern``): who to look for in sentences."""
    return load_pattern_table(path, key_column="actor", columns=[], what="table of actors")


def with_counts(by_actor: pd.DataFrame, value: str = "polarity") -> pd.DataFrame:
    """Actor by article table of "mean (n = sentences)" strings, from ``sentiment_by_actor``,
    so that no mean is ever shown without the number of sentences behind it.

    >>> table = pd.DataFrame({"actor": ["Iran"], "article_id": ["a"], "sentences": [3], "polarity": [-0.1234]})
    >>> with_counts(table).values.tolist()
    [['-0.12 (n = 3)']]
    """
    require_columns(by_actor, ["actor", "article_id", "sentences", value], what="actor scores")
    text = [
        "no sentences" if n == 0 else f"{mean:+.2f} (n = {n})".replace("+0.00", "0.00").replace("-0.00", "0.00")
        for mean, n in zip(by_actor[value], by_actor["sentences"])
    ]
    table = by_actor.assign(text=text).pivot(index="actor", columns="article_id", values="text")
    return table.reindex(
        index=list(dict.fromkeys(by_actor["actor"])), columns=list(dict.fromkeys(by_actor["article_id"]))
    )


def _vader_valences(text: str) -> tuple[list[str], list[float]]:
    """VADER's own tokens for ``text`` and the valence it adds up for each (0 for an unrated word): the steps of
    ``SentimentIntensityAnalyzer.polarity_scores`` before it sums and normalises (the tests check that the sum
    gives the package's compound)."""
    analyzer = _vader()
    no_emoji, previous_space = "", True
    for character in text:  # as polarity_scores does it: an emoji becomes its description
        if character in analyzer.emojis:
            no_emoji += ("" if previous_space else " ") + analyzer.emojis[character]
            previous_space = False
        else:
            no_emoji += character
            previous_space = character == " "
    sentitext = SentiText(no_emoji.strip())
    tokens = sentitext.words_and_emoticons
    valences: list[float] = []
    for i, item in enumerate(tokens):
        if item.lower() in BOOSTER_DICT or (
            item.lower() == "kind" and i < len(tokens) - 1 and tokens[i + 1].lower() == "of"
        ):
            valences.append(0)
            continue
        valences = analyzer.sentiment_valence(0, sentitext, item, i, valences)
    return tokens, analyzer._but_check(tokens, valences)


def vader_scored_words(text: str, straighten: bool = True) -> pd.DataFrame:
    """The words VADER looked up in its lexicon for ``text``, as VADER split it (after ``plain_punctuation``
    unless ``straighten=False``): ``word``, its ``rating`` in the lexicon (-4 to +4), and the ``valence`` VADER
    added up for it after its rules for negation, degree words, capitals and "but" (0 when "no" serves as a
    negation). The compound score is ``x / sqrt(x**2 + 15)`` of the sum ``x`` of the valences (plus a little for
    "!" and "?").

    >>> vader_scored_words("The war ended in an agreement.").values.tolist()
    [['war', -2.9, -2.9], ['agreement', 2.2, 2.2]]
    >>> vader_scored_words("It was not a good agreement.").values.tolist()
    [['good', 1.9, -1.406], ['agreement', 2.2, -1.628]]
    """
    text = plain_punctuation(text) if straighten else _check_text(text)
    lexicon = _vader().lexicon
    tokens, valences = _vader_valences(text)
    rows = [
        (token.lower(), lexicon[token.lower()], round(valence, 4))
        for token, valence in zip(tokens, valences)
        if token.lower() in lexicon
    ]
    return pd.DataFrame(rows, columns=["word", "rating", "valence"])
