"""The course's own measured figures, computed from data/ as the lessons compute them.

``python tools/course.py figures`` runs every function below, records what it measures in ``data/figures.json``
(``framing.figures.record_figures``: a figure's date moves only when its value does), and fills every document's
``<!--fig:ID-->`` markers from the file. The lessons compute the same figures in their own cells, and a test checks
that the file holds what these functions compute, so a lesson's output, the file and every document agree.

Figures measured once on held-out text (the attribution rounds, real news) are not here: they cannot be measured
again after the rules are revised on that text, so the tool that ran them (``tools/measure_attribution.py``) records
them once, with the date.
"""

from __future__ import annotations

import datetime
import functools
from pathlib import Path

import pandas as pd

import framing
from framing.figures import Figure

ROOT = Path(__file__).resolve().parent.parent
STORY_DIR = ROOT / "data" / "pezeshkian-iraq-2024"

MEASURES: dict[str, tuple[str, str]] = {}
"""Figure id -> (what it measures, the lesson that computes it too)."""


@functools.cache
def _story():
    clean = framing.clean_articles(framing.load_articles(STORY_DIR))
    return clean, framing.split_sentences(clean)


@functools.cache
def _sentiment_compared() -> pd.DataFrame:
    clean, sentences = _story()
    scores = framing.sentence_sentiment(sentences)
    codes = framing.load_hand_codes(STORY_DIR / "sentiment-hand-coded.csv", sentences)
    compared = codes.merge(scores, on=["article_id", "sentence_no", "sentence"])
    return compared.assign(
        textblob=framing.to_label(compared["polarity"]), vader=framing.to_label(compared["vader_compound"])
    )


def sentiment_figures() -> dict[str, float | int]:
    compared = _sentiment_compared()
    negative = pd.Series("negative", index=compared.index)
    return {
        "sentiment.hand-codes.sentences": len(compared),
        "sentiment.textblob.accuracy": round(framing.accuracy(compared["label"], compared["textblob"]), 3),
        "sentiment.vader.accuracy": round(framing.accuracy(compared["label"], compared["vader"]), 3),
        "sentiment.always-negative.accuracy": round(framing.accuracy(compared["label"], negative), 3),
        "sentiment.textblob.kappa": round(framing.cohen_kappa(compared["label"], compared["textblob"]), 3),
        "sentiment.vader.kappa": round(framing.cohen_kappa(compared["label"], compared["vader"]), 3),
        **_first_codes_figures(compared),
    }


def _first_codes_figures(compared: pd.DataFrame) -> dict[str, float]:
    """The same agreement on the hand codes as first made, before seven were revised with the tools' results known."""
    first = framing.codes_as_first_made(compared)["label"]
    negative = pd.Series("negative", index=compared.index)
    return {
        "sentiment.first-codes.textblob.accuracy": round(framing.accuracy(first, compared["textblob"]), 3),
        "sentiment.first-codes.always-negative.accuracy": round(framing.accuracy(first, negative), 3),
        "sentiment.first-codes.textblob.kappa": round(framing.cohen_kappa(first, compared["textblob"]), 3),
    }


MEASURES.update(
    {
        "sentiment.hand-codes.sentences": ("sentences of the five articles coded by hand for sentiment", "03"),
        "sentiment.textblob.accuracy": ("TextBlob's agreement with the hand codes (share of sentences)", "03"),
        "sentiment.vader.accuracy": ("VADER's agreement with the hand codes (share of sentences)", "03"),
        "sentiment.always-negative.accuracy": ("agreement of the rule 'always negative' with the hand codes", "03"),
        "sentiment.textblob.kappa": ("Cohen's kappa of TextBlob against the hand codes", "03"),
        "sentiment.vader.kappa": ("Cohen's kappa of VADER against the hand codes", "03"),
        "sentiment.first-codes.textblob.accuracy": ("TextBlob's agreement with the hand codes as first made", "03"),
        "sentiment.first-codes.always-negative.accuracy": (
            "agreement of the rule 'always negative' with the hand codes as first made",
            "03",
        ),
        "sentiment.first-codes.textblob.kappa": (
            "Cohen's kappa of TextBlob against the hand codes as first made",
            "03",
        ),
    }
)


def reuse_figures() -> dict[str, float | int]:
    clean, _ = _story()
    text = clean.set_index("article_id")["text"]
    first, second = text["visits-baghdad"], text["first-foreign-trip"]
    shared = framing.shingles(first) & framing.shingles(second)
    unquoted = framing.shingles(first, quotations=False) & framing.shingles(second, quotations=False)
    overlap = framing.similarity_matrix(clean, size=5)
    unquoted_overlap = framing.similarity_matrix(clean, size=5, quotations=False)
    return {
        "reuse.visits-baghdad.first-foreign-trip.jaccard": round(
            float(overlap.loc["visits-baghdad", "first-foreign-trip"]), 3
        ),
        "reuse.visits-baghdad.first-foreign-trip.shared-runs": len(shared),
        "reuse.visits-baghdad.first-foreign-trip.quoted-runs": len(shared) - len(unquoted),
        "reuse.visits-baghdad.first-foreign-trip.jaccard-no-quotes": round(
            float(unquoted_overlap.loc["visits-baghdad", "first-foreign-trip"]), 3
        ),
        "reuse.inaugural-visit.first-foreign-trip.jaccard-no-quotes": round(
            float(unquoted_overlap.loc["inaugural-visit", "first-foreign-trip"]), 3
        ),
    }


MEASURES.update(
    {
        "reuse.visits-baghdad.first-foreign-trip.jaccard": ("Jaccard similarity of five-word shingles", "05"),
        "reuse.visits-baghdad.first-foreign-trip.shared-runs": ("five-word runs the two articles share", "05"),
        "reuse.visits-baghdad.first-foreign-trip.quoted-runs": ("of the shared runs, those inside quotations", "05"),
        "reuse.visits-baghdad.first-foreign-trip.jaccard-no-quotes": (
            "Jaccard similarity of five-word shingles, quotations left out",
            "05",
        ),
        "reuse.inaugural-visit.first-foreign-trip.jaccard-no-quotes": (
            "Jaccard similarity of five-word shingles, quotations left out",
            "05",
        ),
    }
)


def frame_figures() -> dict[str, float | int]:
    articles = framing.load_articles(STORY_DIR)
    codebook = framing.load_codebook(ROOT / "data" / "generic-frames" / "codebook.csv")
    first = framing.load_frame_coding(STORY_DIR / "generic-frames-coded.csv", codebook, articles)
    second = framing.load_frame_coding(STORY_DIR / "generic-frames-coded-second.csv", codebook, articles)
    overall = framing.coding_agreement(first, second).set_index("frame").loc["overall"]
    varying = framing.coding_agreement(*framing.without_fixed_questions(first, second)).set_index("frame")
    evidence = framing.joint_yes_evidence(first, second, articles)
    return {
        "frames.second-coder.items": int(overall["items"]),
        "frames.second-coder.agreed": int(overall["agreed"]),
        "frames.second-coder.kappa": float(overall["kappa"]),
        "frames.second-coder.fixed-questions": len(framing.fixed_questions(first, second)),
        "frames.second-coder.varying.items": int(varying.loc["overall", "items"]),
        "frames.second-coder.varying.agreed": int(varying.loc["overall", "agreed"]),
        "frames.second-coder.varying.kappa": float(varying.loc["overall", "kappa"]),
        "frames.second-coder.joint-yes": len(evidence),
        "frames.second-coder.joint-yes.other-passage": int((~evidence["same_passage"]).sum()),
    }


MEASURES.update(
    {
        "frames.second-coder.items": ("generic-frame items (article x question) both coders answered", "06"),
        "frames.second-coder.agreed": ("of those items, the ones both coders answered the same way", "06"),
        "frames.second-coder.kappa": ("Cohen's kappa of the two frame codings, all items", "06"),
        "frames.second-coder.fixed-questions": (
            "questions both frame coders answered the same way for all five articles",
            "06",
        ),
        "frames.second-coder.varying.items": ("generic-frame items whose question's answer varies", "06"),
        "frames.second-coder.varying.agreed": ("of the items that vary, the ones both coders answered alike", "06"),
        "frames.second-coder.varying.kappa": ("Cohen's kappa of the two frame codings, items that vary", "06"),
        "frames.second-coder.joint-yes": ("items both frame coders answered yes", "06"),
        "frames.second-coder.joint-yes.other-passage": (
            "of the joint yes answers, those whose two quotes do not overlap in the text",
            "06",
        ),
    }
)

MEASUREMENTS = (sentiment_figures, reuse_figures, frame_figures)


def course_figures(date: str | None = None) -> dict[str, Figure]:
    """Every course figure, measured now, as records for ``data/figures.json``."""
    date = date or datetime.date.today().isoformat()
    values = {k: v for measure in MEASUREMENTS for k, v in measure().items()}
    missing = set(values) ^ set(MEASURES)
    if missing:
        raise ValueError(f"tools/course_figures.py: MEASURES and the measuring functions disagree on {sorted(missing)}")
    return {
        figure_id: Figure(
            value,
            date,
            MEASURES[figure_id][0],
            f"tools/course_figures.py (lesson {MEASURES[figure_id][1]} computes it too)",
        )
        for figure_id, value in values.items()
    }
