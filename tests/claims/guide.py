"""Claims of the instructor guide (INSTRUCTORS.md) and the glossary (GLOSSARY.md) (see tests/claims/__init__.py)."""

import re

import framing.figures


def check_wrong_speaker_one_in_n(sentence: str) -> None:
    """'about one quotation in five': the held-out share of wrong speakers (round 6), rounded to one in N."""
    said = re.search(r"\bone (?:\w+ )?in (\w+)", sentence)
    assert said, f"no 'one in N' in: {sentence}"
    right = framing.figures.figure("attribution.eval-6.held-out.quotations.speaker_right")
    words = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10}
    assert words.get(said[1], said[1]) == round(1 / (1 - right)), (
        f"the held-out speaker figure {right} makes about one in {1 / (1 - right):.1f} wrong, not one in {said[1]}"
    )


CLAIMS = {"guide.wrong-speaker-one-in-n": check_wrong_speaker_one_in_n}
