"""Measure cleaning and page-line sorting on the invented evaluation pages, end to end and the sorter alone.

    python tools/measure_page_lines.py                         # development pages: print the figures
    python tools/measure_page_lines.py --show-errors           # ... and every line the pipeline gets wrong
    python tools/measure_page_lines.py --record --stage after  # write the development figures to data/figures.json
    python tools/measure_page_lines.py --held-out --record --stage after   # the held-out run: once, rules frozen

The pages (``framing.page_lines_eval``): ``data/page-lines-eval/`` (14 pages, all development now) and
``data/page-lines-eval-2/`` (10 development pages, 22 held-out). Each set is measured three ways: the sorter alone
(given exactly the hand-labelled page lines), and the whole pipeline (cleaning, then sorting, on every line of the
page) with the ``headline`` column as recorded and with no ``headline`` column.

Figure ids: ``page-lines.<set>.<stage>.<measure>``, where ``<set>`` is ``eval-1``, ``eval-2.development`` or
``eval-2.held-out`` and ``<stage>`` is ``before`` (the rules as they were before issue 24 changed them) or
``after`` (the rules as frozen for the held-out run). The held-out pages are read only with ``--held-out``: run
them once before the rules change and once after they are frozen, never while writing rules.
"""

from __future__ import annotations

import argparse
import datetime
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing.figures import Figure, record_figures  # noqa: E402
from framing.page_lines import KINDS, load_page_eval  # noqa: E402
from framing.page_lines_eval import (  # noqa: E402
    BODY,
    EvalPages,
    load_pasted_pages,
    measure_pipeline,
    measure_sorter,
    pages_from_rows,
    pipeline_kinds,
    without_headline,
)

EVAL_1 = ROOT / "data" / "page-lines-eval"
EVAL_2 = ROOT / "data" / "page-lines-eval-2"
SET_NAMES = {
    "eval-1": "data/page-lines-eval (14 pages, development)",
    "eval-2.development": "data/page-lines-eval-2, development pages",
    "eval-2.held-out": "data/page-lines-eval-2, held-out pages",
}
STAGES = {
    "before": "the rules before issue 24 changed them",
    "after": "the rules as frozen for the held-out run of issue 24",
}


def evaluation_sets(held_out: bool) -> dict[str, EvalPages]:
    """The sets to measure, by name: development always, held-out only when asked."""
    sets = {
        "eval-1": pages_from_rows(load_page_eval(EVAL_1 / "pages.csv")),
        "eval-2.development": load_pasted_pages(EVAL_2, "development"),
    }
    if held_out:
        sets["eval-2.held-out"] = load_pasted_pages(EVAL_2, "held-out")
    return sets


def measure(pages: EvalPages) -> dict[str, float | int]:
    """Every figure of one set, by the id's last parts (``sorter.right``, ``pipeline.with-headline.accuracy`` ...)."""
    accuracy, _, labelled = measure_sorter(pages)
    found: dict[str, float | int] = {
        "sorter.right": int((labelled["kind"] == labelled["predicted"]).sum()),
        "sorter.accuracy": round(accuracy, 3),
    }
    for variant, with_column in (("with-headline", True), ("without-headline", False)):
        score = measure_pipeline(pages, headline_column=with_column)
        prefix = f"pipeline.{variant}"
        found.update(
            {
                f"{prefix}.right": score.right,
                f"{prefix}.accuracy": round(score.accuracy, 3),
                f"{prefix}.left-in-text": score.left_in_text,
                f"{prefix}.body-wrong": score.body_wrong,
                f"{prefix}.body-removed": score.body_removed,
            }
        )
        found.update({f"{prefix}.{kind}.right": int(score.per_kind.loc[kind, "right"]) for kind in KINDS})
    return found


def what(set_name: str, stage: str, measure_id: str, pages: EvalPages) -> str:
    """The figure's ``what``, in words."""
    page_count = len(pages.gold[pages.gold["kind"] != BODY])
    body_count = len(pages.gold) - page_count
    where = f"on {SET_NAMES[set_name]}, {STAGES[stage]}"
    if measure_id == "sorter.right":
        return f"page lines the sorter alone gives their hand-labelled kind, of {page_count}, {where}"
    if measure_id == "sorter.accuracy":
        return f"share of the {page_count} page lines the sorter alone gives their hand-labelled kind, {where}"
    _, variant, *rest = measure_id.split(".")
    column = "with the headline column as recorded" if variant == "with-headline" else "with no headline column"
    words = {
        "right": f"page lines that end up with their hand-labelled kind after cleaning and sorting, of {page_count}",
        "accuracy": f"share of the {page_count} page lines that end up with their hand-labelled kind",
        "left-in-text": f"page lines cleaning keeps as article text, of {page_count}",
        "body-wrong": f"body lines given a page-line kind, of {body_count}",
        "body-removed": f"body lines cleaning removes from the text, of {body_count}",
    }
    if len(rest) == 2:
        kind = rest[0]
        lines = int((pages.gold["kind"] == kind).sum())
        return f"{kind} lines that end up labelled {kind} after cleaning and sorting, of {lines}, {column}, {where}"
    return f"{words[rest[0]]}, {column}, {where}"


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=20, check=True
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def show_errors(name: str, pages: EvalPages) -> None:
    for with_column in (True, False):
        articles = pages.articles if with_column else without_headline(pages.articles)
        joined = pages.gold.merge(pipeline_kinds(articles), on=["article_id", "line_no"], suffixes=("", "_predicted"))
        wrong = joined[joined["kind"] != joined["kind_predicted"]]
        print(f"\n{name}, {'with' if with_column else 'without'} headline column: {len(wrong)} lines wrong")
        for row in wrong.itertuples(index=False):
            kept = "kept" if not row.removed else "removed"
            where = f"{row.article_id}:{row.line_no}"
            print(f"  {where:<7} {row.kind:>13} -> {row.kind_predicted:<13} ({kept}) {row.line[:90]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--held-out", action="store_true", help="also measure the held-out pages (once per stage)")
    parser.add_argument("--record", action="store_true", help="write the figures to data/figures.json")
    parser.add_argument("--stage", choices=sorted(STAGES), help="which rules these are (needed with --record)")
    parser.add_argument("--show-errors", action="store_true", help="print every line the pipeline gets wrong")
    args = parser.parse_args(argv)
    if args.record and not args.stage:
        parser.error("--record needs --stage before or --stage after")
    today, rules = datetime.date.today().isoformat(), commit()
    figures = {}
    for name, pages in evaluation_sets(args.held_out).items():
        found = measure(pages)
        print(f"{name}:")
        for key, value in found.items():
            print(f"  {key:<45} {value}")
            if args.stage:
                how = f"tools/measure_page_lines.py{' --held-out' if args.held_out else ''} at commit {rules}"
                figures[f"page-lines.{name}.{args.stage}.{key}"] = Figure(
                    value, today, what(name, args.stage, key, pages), how
                )
        if args.show_errors:
            show_errors(name, pages)
    if args.record:
        for figure_id in record_figures(figures):
            print(f"recorded: {figure_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
