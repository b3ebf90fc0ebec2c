"""Split the attribution evaluation set into a development half and a held-out half, once.

Run once, before any extraction rule was written (2026-11-23):

    python tools/split_attribution_eval.py

It reads the two AI assistants' files (articles-a.csv, gold-a.csv; articles-b.csv,
gold-b.csv) in data/attribution-eval/ and writes articles.csv (with a column
``set``: development or held-out) and gold.csv (both halves, in article order).
Within each AI assistant and each outlet style, the articles are shuffled with a
fixed seed and dealt alternately to the two halves, so that both halves hold
both AI assistants and every style. The result is committed; the script is kept
to show how the split was made, and refuses to overwrite an existing split.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "data" / "attribution-eval"
SEED = 20261123


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write(path: Path, rows: list[dict], columns: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> int:
    if (FOLDER / "articles.csv").exists():
        print("data/attribution-eval/articles.csv exists: the split is made once and never redone.", file=sys.stderr)
        return 1
    rng = random.Random(SEED)
    articles, gold = [], []
    for half in ("a", "b"):
        rows = read(FOLDER / f"articles-{half}.csv")
        for style in sorted({row["style"] for row in rows}):
            group = [row for row in rows if row["style"] == style]
            rng.shuffle(group)
            first = rng.choice(["development", "held-out"])
            second = "held-out" if first == "development" else "development"
            for position, row in enumerate(group):
                row["set"] = first if position % 2 == 0 else second
        articles += sorted(rows, key=lambda row: row["article_id"])
        gold += read(FOLDER / f"gold-{half}.csv")
    write(FOLDER / "articles.csv", articles, ["article_id", "file", "set", "style", "subject"])
    write(FOLDER / "gold.csv", gold, list(gold[0].keys()))
    for name in ("development", "held-out"):
        chosen = {row["article_id"] for row in articles if row["set"] == name}
        print(f"{name}: {len(chosen)} articles, {sum(row['article_id'] in chosen for row in gold)} gold rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
