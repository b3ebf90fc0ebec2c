"""Lesson 07's comparisons on any story: each says what it needs, and what is missing.

A story folder of your own may have one article, or an article that cleaning
left empty, or five thousand articles. The functions here run one step of the
capstone each. When the story has what the step needs, they return its result;
when it does not, they return a ``NotEnough``: a short explanation in plain
words, which the notebook shows in place of a result, so that the lesson goes
on to the next step instead of stopping with an error.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.log_odds import count_words, distinctive_words
from framing.reuse import align_sentences, most_similar_pairs
from framing.words import tokenize


class NotEnough:
    """A step the story cannot run yet, and why, in plain words. It is false in an ``if``.

    >>> NotEnough("Needs two articles.")
    Needs two articles.
    """

    def __init__(self, message: str):
        self.message = message

    def __repr__(self) -> str:
        return self.message

    def __bool__(self) -> bool:
        return False


def articles_with_words(articles: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The articles that have at least one word, and the ids of those that have none.

    >>> kept, empty = articles_with_words(pd.DataFrame({"article_id": ["a", "b"], "text": ["Some words.", "\\u200b"]}))
    >>> list(kept["article_id"]), empty
    (['a'], ['b'])
    """
    require_columns(articles, ["article_id", "text"])
    has_words = articles["text"].map(lambda text: bool(tokenize(text)))
    return articles[has_words], list(articles.loc[~has_words, "article_id"])


def _too_few(step: str, articles: pd.DataFrame, empty: list[str]) -> NotEnough:
    having = len(articles) - len(empty)
    why = f"this story has {having} article{'' if having == 1 else 's'} with words"
    if empty:
        why += f" ({', '.join(empty)} ha{'s' if len(empty) == 1 else 've'} none after cleaning)"
    return NotEnough(f"{step} compares articles with each other, so it needs at least two articles with words; {why}. "
                     "Add another article on the same story to your folder, then run the notebook again.")


def distinctive_words_by_article(articles: pd.DataFrame, top: int = 5) -> pd.DataFrame | NotEnough:
    """Each article's ``top`` most distinctive words against the rest of the story, as one line per article.

    Articles with no words are listed with a note instead of words. Works on
    stories of any size (the counts are sparse). Needs two articles with words.
    """
    with_words, empty = articles_with_words(articles)
    if len(with_words) < 2:
        return _too_few("Distinctive words", articles, empty)
    scores = distinctive_words(count_words(with_words), top=top)
    table = scores.groupby("article_id", sort=False)["word"].agg(", ".join).reindex(articles["article_id"])
    return table.fillna("(no words after cleaning: nothing to compare)").to_frame("most distinctive words")


def closest_pairs_in_story(articles: pd.DataFrame, top: int = 5, size: int = 5) -> pd.DataFrame | NotEnough:
    """The ``top`` pairs of articles that share the most ``size``-word runs (Jaccard), most similar first.

    The similarity is rounded to three decimals for reading. Needs two
    articles with words; works on stories of any size.
    """
    with_words, empty = articles_with_words(articles)
    if len(with_words) < 2:
        return _too_few("Shared text", articles, empty)
    return most_similar_pairs(with_words, size=size, top=top).round({"similarity": 3})


def align_closest_pair(sentences: pd.DataFrame, pairs: pd.DataFrame | NotEnough) -> pd.DataFrame | NotEnough:
    """The sentence alignment of the most similar pair in ``pairs`` (from ``closest_pairs_in_story``)."""
    if isinstance(pairs, NotEnough):
        return NotEnough(f"No alignment: there is no pair of articles to align. ({pairs.message})")
    if pairs.empty:
        return NotEnough("No alignment: no pair of articles was compared.")
    closest = pairs.iloc[0]
    aligned = align_sentences(sentences, closest["first"], closest["second"])
    if aligned.empty:
        return NotEnough(f"No sentence of {closest['first']} is close enough to a sentence of {closest['second']} "
                         "to align (similarity 0.3 or more): the closest pair shares no rewritten sentences.")
    return aligned


def pack_story_folder(folder: str | Path, destination: str | Path) -> str:
    """Pack every file of a story folder into one ZIP file in ``destination``; say what was packed.

    On Binder everything you make is deleted when the session ends: the ZIP is
    one file to download and keep. Returns a plain sentence naming the file.
    """
    folder, destination = Path(folder), Path(destination)
    if not folder.is_dir():
        return f"Nothing packed: the story folder {folder.name!r} was not found."
    destination.mkdir(parents=True, exist_ok=True)
    target = destination / f"{folder.resolve().name}.zip"
    files = sorted(path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, Path(folder.resolve().name) / path.relative_to(folder))
    where = os.path.relpath(target)
    return (f"Packed {len(files)} file{'' if len(files) == 1 else 's'} of the story folder {folder.resolve().name!r} into {where}. "
            "To keep it, find it in JupyterLab's file browser, right-click it and choose Download.")


def speakers_by_article(attributions: pd.DataFrame) -> pd.DataFrame | NotEnough:
    """How many attributions of each type of speaker each article has (one row per article).

    Returns a ``NotEnough`` when the extractor found no attribution at all.
    """
    require_columns(attributions, ["article_id", "speaker_type"], what="attributions")
    if attributions.empty:
        return NotEnough("No attributions found: the extractor needs quotation marks or reporting verbs such as "
                         "\"said\" or \"according to\", in English. Read your articles: who speaks in them?")
    return pd.crosstab(attributions["speaker_type"], attributions["article_id"]).T


def agreement_with_hand_codes(codes: pd.DataFrame | None, scored: pd.DataFrame) -> pd.DataFrame | NotEnough:
    """How often each sentiment tool agrees with your hand codes (accuracy and Cohen's kappa), beside the
    score of always answering "negative", as in lesson 03. ``codes`` is from ``load_hand_codes`` (or None);
    ``scored`` from ``sentence_sentiment``."""
    from framing.agreement import accuracy, cohen_kappa
    from framing.sentiment import to_label

    if codes is None or codes.empty:
        return NotEnough("No agreement figures: code sentences by hand first (lesson 03 shows how), "
                         "and save them as sentiment-hand-coded.csv in your folder.")
    compared = codes.merge(scored, on=["article_id", "sentence_no", "sentence"])
    labels = {"TextBlob": to_label(compared["polarity"]), "VADER": to_label(compared["vader_compound"]),
              "always 'negative'": pd.Series(["negative"] * len(compared))}
    rows = {name: [accuracy(compared["label"], found), cohen_kappa(compared["label"], found)] for name, found in labels.items()}
    table = pd.DataFrame(rows, index=["accuracy", "kappa"]).T.round(2)
    table["sentences"] = len(compared)
    return table


def rows_to_check(attributions: pd.DataFrame, article_id: str | None = None, rows: int = 20) -> pd.DataFrame:
    """The first ``rows`` attribution rows of one article (the first article by default), numbered as in
    ``mark_attributions_html``, with the columns a reader checks: speaker, verb, kind, quote and how."""
    require_columns(attributions, ["article_id", "start", "speaker", "verb", "kind", "quote", "how"], what="attributions")
    chosen = article_id if article_id is not None else (attributions["article_id"].iloc[0] if len(attributions) else None)
    table = attributions[attributions["article_id"] == chosen].sort_values("start").head(rows)
    table = table[["speaker", "verb", "kind", "quote", "how"]].reset_index(drop=True)
    table.index = table.index + 1
    return table
