"""Claims of the instructor guide (INSTRUCTORS.md) and the glossary (GLOSSARY.md) (see tests/claims/__init__.py)."""

import re

import framing.figures
from claims import lesson04, numbers_in
from paths import STORY_DIR
from tools import course


def check_wrong_speaker_one_in_n(sentence: str) -> None:
    """'about one quotation in five': the held-out share of wrong speakers (round 6), rounded to one in N."""
    said = re.search(r"\bone (?:\w+ )?in (\w+)", sentence)
    assert said, f"no 'one in N' in: {sentence}"
    right = framing.figures.figure("attribution.eval-6.held-out.quotations.speaker_right")
    words = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10}
    assert words.get(said[1], said[1]) == round(1 / (1 - right)), (
        f"the held-out speaker figure {right} makes about one in {1 / (1 - right):.1f} wrong, not one in {said[1]}"
    )


def check_real_news_figures(sentence: str) -> None:
    """The real-news held-out figures the guide quotes are data/figures.json's (the markers make them so); and all
    attributions are found far less often than whole quotations."""
    key = "attribution.polnear.dev."
    wanted = [
        framing.figures.figure(key + k) for k in ("fully-quoted.recall", "fully-quoted.speaker_right", "all.recall")
    ]
    assert all(value in numbers_in(sentence) for value in wanted), (wanted, sentence)
    assert wanted[2] < wanted[0]


def check_coreference_half(sentence: str) -> None:
    """Round 6's README: 59 wrong quotation speakers, 30 of them sorted by hand as coreference (pronouns or
    descriptions)."""
    readme = " ".join((STORY_DIR.parent / "attribution-eval-6" / "README.md").read_text(encoding="utf-8").split())
    assert "59 wrong quotation speakers were (read by hand after the run): 30 are pronouns or descriptions" in readme
    assert numbers_in(sentence)[-2:] == [30, 59] and "about half" in sentence


def check_time_formula(sentence: str) -> None:
    """The guide's account of the time estimate gives tools/course.py's constants."""
    number = {1: "a minute", 2: "two"}
    phrases = [
        f"prose read at {course.READING_WORDS_PER_MINUTE} words a minute",
        f"at {course.OUTPUT_WORDS_PER_MINUTE} a minute",
        f"{number[course.MINUTES_PER_CODE_CELL]} for each code cell",
        f"{number[course.MINUTES_PER_WORKED_FORMULA]} for each worked formula",
        f"{course.MINUTES_PER_DISCUSSION_QUESTION} minutes of discussion for each *Your turn* question",
        f"{course.MINUTES_PER_CODE_EXERCISE} minutes for each coding exercise",
        f"{course.MINUTES_PER_WRITTEN_ANSWER} for each written answer",
    ]
    assert all(phrase in sentence for phrase in phrases), [p for p in phrases if p not in sentence]
    assert course.MINUTES_PER_CHART == course.MINUTES_PER_CODE_CELL and "each code cell and each chart" in sentence


CLAIMS = {
    "guide.time-formula": check_time_formula,
    "guide.wrong-speaker-one-in-n": check_wrong_speaker_one_in_n,
    "guide.real-news-figures": check_real_news_figures,
    "guide.minister-quoted-words": lesson04.check_minister_quoted_words,
    "guide.coreference-half": check_coreference_half,
}
