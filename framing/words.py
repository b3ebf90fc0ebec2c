"""Words, counted the same way everywhere in the course.

A *word* here is a run of letters or digits, which may contain an apostrophe,
hyphen, full stop or comma (or two of them, as in "U.S.-led") between two
letters or digits: "Iran-backed",
"Hamas’s", "U.S.-led" and "2,500" are one word each. Punctuation on its own is
not a word. (TextBlob's ``.words`` would need an NLTK download; this does not.)
"""

from __future__ import annotations

import re

import pandas as pd

from framing._tables import require_columns

WORD_PATTERN = re.compile(r"[^\W_]+(?:[’'.,\-]{1,2}[^\W_]+)*")


def tokenize(text: str) -> list[str]:
    """Return the words of ``text`` in order, as written.

    >>> tokenize("Iraq hosts 2,500 U.S. troops and Iran-backed militias.")
    ['Iraq', 'hosts', '2,500', 'U.S', 'troops', 'and', 'Iran-backed', 'militias']
    >>> tokenize("a U.S.-led coalition")
    ['a', 'U.S.-led', 'coalition']
    """
    if not isinstance(text, str):
        raise TypeError(f"tokenize expects a string, got {type(text).__name__}")
    return WORD_PATTERN.findall(text)


def article_lengths(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Words, sentences and mean words per sentence for each article.

    ``articles`` needs ``article_id`` and ``text``; ``sentences`` is the output
    of ``split_sentences`` for the same articles. The result is indexed by
    ``article_id`` in the order of ``articles``.
    """
    require_columns(articles, ["article_id", "text"])
    require_columns(sentences, ["article_id", "sentence"], what="sentences")
    words = articles.set_index("article_id")["text"].map(lambda text: len(tokenize(text)))
    counts = sentences.groupby("article_id").size().reindex(words.index, fill_value=0)
    lengths = pd.DataFrame({"words": words, "sentences": counts})
    lengths["words_per_sentence"] = (lengths["words"] / lengths["sentences"].where(lengths["sentences"] > 0)).round(1)
    return lengths
