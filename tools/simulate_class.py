"""Write the sentiment sheets of a SIMULATED class for the course's own story: never a real class's result.

    python tools/simulate_class.py                      # writes data/class-simulated/
    python tools/simulate_class.py --out /tmp/class     # anywhere else

Each simulated coder gets the class sample of the course's story (``framing.sentiment_sheet``: seed 7, 30 sentences
spread over the five articles) and codes it by copying the course's hand codes
(``data/pezeshkian-iraq-2024/sentiment-hand-coded.csv``, one coder's), with noise stated here and drawn
independently for every coder and sentence from a seeded generator:

- with probability ``SKIP`` the sentence is left uncoded;
- otherwise, with probability ``DEPART`` the code departs from the reference: neutral goes to negative or positive
  (equally likely); negative or positive goes to neutral, or, with probability ``OPPOSITE`` of a departure, to the
  opposite code.

The sheets are what the class activity's instructor guide is tried on; a real class's disagreements cluster on hard
sentences, these are random, so the "most split" units of this class say nothing about the sentences. Sheets that
exist are never overwritten: the script refuses a folder that already holds sheets.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import framing  # noqa: E402
from framing.coding_sheets import CLASS_SEED, sentiment_sheet, write_sheet  # noqa: E402

STORY = "pezeshkian-iraq-2024"
OUT = ROOT / "data" / "class-simulated"
CODERS = 12
SAMPLE = 30
SKIP = 0.05
DEPART = 0.25
OPPOSITE = 0.2
NOISE_SEED = 2026
"""The noise generator's seed (Python's ``random.Random``, whose ``random()`` gives the same numbers on every
platform and version), so that the sheets are the same on every run."""


def noisy_code(reference: str, draw) -> str:
    """The code a simulated coder writes for a sentence whose reference code is ``reference``; ``draw()`` gives a
    uniform number in [0, 1). An empty string for a sentence left uncoded."""
    if draw() < SKIP:
        return ""
    if draw() >= DEPART:
        return reference
    if reference == "neutral":
        return "negative" if draw() < 0.5 else "positive"
    opposite = {"negative": "positive", "positive": "negative"}[reference]
    return opposite if draw() < OPPOSITE else "neutral"


def simulated_sheets(coders: int = CODERS, seed: int = NOISE_SEED) -> dict[str, object]:
    """The simulated coders' filled sheets, by file name."""
    story = ROOT / "data" / STORY
    sentences = framing.split_sentences(framing.clean_articles(framing.load_articles(story)))
    reference = framing.load_hand_codes(story / "sentiment-hand-coded.csv", sentences)
    codes = {
        (a, int(n)): label for a, n, label in reference[["article_id", "sentence_no", "label"]].itertuples(index=False)
    }
    draw = random.Random(seed).random
    sheets = {}
    for number in range(1, coders + 1):
        coder = f"simulated-{number:02d}"
        sheet = sentiment_sheet(sentences, STORY, coder, seed=CLASS_SEED, n=SAMPLE)
        sheet["code"] = [
            noisy_code(codes[(a, int(n))], draw) for a, n in zip(sheet["article_id"], sheet["sentence_no"])
        ]
        sheet["note"] = "simulated, not a real coder (tools/simulate_class.py)"
        sheets[f"{coder}.csv"] = sheet
    return sheets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="the folder to write the sheets to")
    parser.add_argument("--coders", type=int, default=CODERS, help="how many simulated coders")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if any(args.out.glob("*.csv")):
        print(f"{args.out} already holds sheets, and sheets are never overwritten: delete them first", file=sys.stderr)
        return 1
    for name, sheet in simulated_sheets(args.coders).items():
        write_sheet(sheet, args.out / name)
    print(f"wrote {args.coders} simulated sheets to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
