"""Speed and memory of the course, against its budgets. One command:

    python tools/benchmark.py            # everything (a few minutes)
    python tools/benchmark.py --articles 2000

It measures, and prints beside each budget:

1. every lesson and solution notebook: the time its cells take (kernel start
   aside) and the kernel's peak memory; budget 5 s and 250 MB each;
2. the notebook test suite (nbval over notebooks/ and solutions/) beside a
   floor of as many kernels that run only the setup cell; budget 1.5 × floor;
3. the framing pipeline (load, clean, split, TextBlob sentiment, attributions)
   on a generated corpus of at least 1,000 articles, in words per second,
   beside TextBlob's scoring alone on the same sentences; budget 1.5 × TextBlob,
   and the attribution step alone at most 0.5 × TextBlob. Each side is the best
   of three runs in one process, and the spread (fastest to slowest) is printed.
   VADER's time is reported too, outside the budget;
4. a large story: lesson 07 run end to end on a generated story of 5,000
   articles (about 1.4 million words, Zipf-distributed vocabulary of 60,000
   words); budget 300 s and a kernel peak of 1,500 MB (Binder gives a student
   about 2 GB); and one generated 50 MB article through the pipeline (load,
   clean, split, TextBlob sentiment, attributions); budget 120 s.

Exits 1 if any budget fails. Needs requirements-dev.txt (tqdm, for progress bars).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from tqdm import tqdm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.course import LESSONS, SOLUTIONS, lesson_paths  # noqa: E402

NOTEBOOK_SECONDS, NOTEBOOK_MB, SUITE_RATIO, PIPELINE_RATIO = 5.0, 250.0, 1.5, 1.5
LARGE_STORY_ARTICLES, LARGE_STORY_SECONDS, LARGE_STORY_MB = 5000, 300.0, 1500.0
BIG_ARTICLE_MB, BIG_ARTICLE_SECONDS = 50, 120.0
ATTRIBUTION_RATIO = 0.5
"""The attribution step may take at most this share of TextBlob's scoring of the same sentences (issue 23)."""
RUNS = 3
"""Each step of the pipeline budget is run this many times in one process; the fastest run is the measure."""
PEAK_MEMORY_CELL = "import resource\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"


def _seconds(cell) -> float:
    timing = cell.metadata.get("execution", {})
    start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not start or not end:
        return 0.0
    parse = lambda stamp: dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))  # noqa: E731
    return (parse(end) - parse(start)).total_seconds()


def run_notebook(path: Path, only_setup: bool = False, story: Path | None = None) -> tuple[float, float]:
    """Execute a notebook in a fresh kernel (on ``story`` through FRAMING_STORY_DIR, if given);
    return (seconds in cells, peak memory in MB)."""
    if story is not None:
        os.environ["FRAMING_STORY_DIR"] = str(story)
        try:
            return run_notebook(path, only_setup)
        finally:
            os.environ.pop("FRAMING_STORY_DIR", None)
    notebook = nbformat.read(path, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    notebook.cells = code[:1] if only_setup else code
    notebook.cells.append(nbformat.v4.new_code_cell(PEAK_MEMORY_CELL))
    NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        record_timing=True,
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    seconds = sum(_seconds(cell) for cell in notebook.cells[:-1])
    peak_kb = int(notebook.cells[-1].outputs[0]["text"].strip())
    return seconds, peak_kb / 1024


def notebooks_report(paths: list[Path]) -> list[str]:
    failures = []
    print(f"\n1. Notebooks (budget: cells ≤ {NOTEBOOK_SECONDS:g} s, kernel peak ≤ {NOTEBOOK_MB:g} MB)")
    rows = []
    for path in tqdm(paths, desc="notebooks", unit="nb", file=sys.stderr):
        seconds, peak = run_notebook(path)
        rows.append((path, seconds, peak))
    for path, seconds, peak in rows:
        ok = seconds <= NOTEBOOK_SECONDS and peak <= NOTEBOOK_MB
        print(f"   {'ok  ' if ok else 'OVER'} {path.parent.name}/{path.name:<32} {seconds:6.2f} s {peak:7.1f} MB")
        if not ok:
            failures.append(f"{path.parent.name}/{path.name}: {seconds:.2f} s, {peak:.1f} MB")
    return failures


def suite_report(paths: list[Path]) -> list[str]:
    print(f"\n2. Notebook test suite against its floor (budget: ≤ {SUITE_RATIO:g} × floor)")
    start = time.perf_counter()
    for path in tqdm(paths, desc="floor (setup cells only)", unit="kernel", file=sys.stderr):
        run_notebook(path, only_setup=True)
    floor = time.perf_counter() - start
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "notebooks", "solutions"], cwd=ROOT, capture_output=True, text=True
    )
    suite = time.perf_counter() - start
    if result.returncode != 0:
        return [f"the notebook suite failed:\n{result.stdout[-2000:]}"]
    ratio = suite / floor
    print(f"   floor: {len(paths)} kernels running only the setup cell: {floor:6.1f} s")
    print(f"   suite: nbval over notebooks/ and solutions/:             {suite:6.1f} s  ({ratio:.2f} × floor)")
    return [] if ratio <= SUITE_RATIO else [f"suite {suite:.1f} s is {ratio:.2f} × its floor of {floor:.1f} s"]


SUBJECTS = [
    "The president",
    "Officials in the capital",
    "The foreign minister",
    "A coalition spokesman",
    "Local residents",
    "The ministry",
]
EVENTS = [
    "arrived for talks on trade and security",
    "announced new agreements on energy",
    "warned of rising tensions in the region",
    "met senior officials to discuss the withdrawal of troops",
    "visited shrines and a railway project",
    "criticised recent strikes near the border",
]
QUOTES = [
    "We will sign several agreements",
    "Our cooperation is growing",
    "The attacks must stop",
    "This visit opens a new chapter",
]
VERBS = ["said", "told reporters", "claimed", "insisted", "noted"]


def generate_story(folder: Path, articles: int, seed: int = 2024) -> None:
    """Write a story folder of synthetic news articles (about 200 to 400 words each)."""
    rng = random.Random(seed)
    rows = ["article_id,file,outlet,date"]
    for number in range(articles):
        paragraphs = []
        for _ in range(rng.randint(8, 14)):
            subject, event = rng.choice(SUBJECTS), rng.choice(EVENTS)
            kind = rng.random()
            if kind < 0.3:
                paragraphs.append(
                    f"“{rng.choice(QUOTES)},” {subject.lower() if subject.startswith('The') else subject} "
                    f"{rng.choice(VERBS)} on Sept. {rng.randint(1, 28)}."
                )
            elif kind < 0.5:
                paragraphs.append(
                    f"According to state media, {subject.lower()} {event} in the U.S.-backed region, "
                    "the third such visit this year."
                )
            else:
                paragraphs.append(
                    f"{subject} {event}, and Mr. Karimi, a 2,500-strong force commander, "
                    f"{rng.choice(VERBS)} the situation was calm."
                )
        name = f"article-{number:04d}"
        (folder / f"{name}.txt").write_text(
            f"Headline {number}\n\n" + "\n\n".join(paragraphs) + "\nPhoto: Example Agency\n", encoding="utf-8"
        )
        rows.append(f"{name},{name}.txt,Outlet {number % 40},2024-09-{number % 28 + 1:02d}")
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


SYLLABLES = [
    "ba",
    "ka",
    "ri",
    "to",
    "mel",
    "san",
    "dor",
    "vi",
    "ne",
    "lo",
    "qu",
    "ash",
    "em",
    "ur",
    "tan",
    "sel",
    "mir",
    "od",
    "pa",
    "zen",
]
FUNCTION_WORDS = (
    "the of and to in a that for on with as was by at from said it is his its be has an are were not".split()
)
SPEAKERS = [
    "Mayor Ana Ruiz",
    "Minister Karim Haddad",
    "the ministry",
    "a senior official who asked not to be named",
    "Dr. Lena Vos",
]


def _vocabulary(size: int, rng: random.Random) -> tuple[list[str], list[float]]:
    """``size`` invented words and their cumulative Zipf weights (rank ** -1.1), for ``rng.choices``."""
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words), list(itertools.accumulate(1 / rank**1.1 for rank in range(1, size + 1)))


def _zipf_sentence(rng: random.Random, words: list[str], weights: list[float], length: int) -> str:
    picked = rng.choices(words, cum_weights=weights, k=length)
    mixed = [rng.choice(FUNCTION_WORDS) if rng.random() < 0.4 else word for word in picked]
    return mixed[0].capitalize() + " " + " ".join(mixed[1:]) + "."


def large_article(rng: random.Random, words: list[str], weights: list[float], paragraphs: int) -> str:
    """A synthetic news article: Zipf-distributed vocabulary, quotations, reported speech, a caption line."""
    body = []
    for _ in range(paragraphs):
        kind = rng.random()
        sentence = _zipf_sentence(rng, words, weights, rng.randint(8, 24))
        if kind < 0.25:
            body.append(f"“{sentence[:-1]},” said {rng.choice(SPEAKERS)}.")
        elif kind < 0.4:
            body.append(f"According to {rng.choice(SPEAKERS)}, {sentence[0].lower()}{sentence[1:]}")
        else:
            body.append(sentence + " " + _zipf_sentence(rng, words, weights, rng.randint(6, 20)))
    return "\n\n".join(body) + "\nPhoto: Example Agency\n"


def generate_large_story(folder: Path, articles: int, seed: int = 5000, vocabulary: int = 60_000) -> int:
    """Write a story folder of ``articles`` synthetic articles (about 200 words each) with a realistic vocabulary.

    Word frequencies follow Zipf's law over ``vocabulary`` invented words, so
    that the word counts are as sparse as a real story's. Returns the words written.
    """
    rng = random.Random(seed)
    words, weights = _vocabulary(vocabulary, rng)
    rows, total = ["article_id,file,outlet,date"], 0
    for number in range(articles):
        text = large_article(rng, words, weights, rng.randint(8, 14))
        total += len(text.split())
        (folder / f"a{number:05d}.txt").write_text(text, encoding="utf-8")
        rows.append(f"a{number:05d},a{number:05d}.txt,Outlet {number % 40},2024-09-{number % 28 + 1:02d}")
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return total


def _best_of(runs: int, step) -> tuple[float, float, object]:
    """(fastest, slowest, result) of ``runs`` runs of ``step()``: the fastest is the measure, the spread shows how
    loaded the machine was."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - start)
    return min(times), max(times), result


def _textblob_alone(sentences) -> None:
    from textblob import TextBlob

    for sentence in sentences:
        _ = TextBlob(sentence).sentiment  # the property computes the score


def pipeline_report(articles: int, runs: int = RUNS) -> list[str]:
    import framing

    print(
        f"\n3. Pipeline on {articles:,} generated articles, best of {runs} runs of each step in this process (budgets:"
        f" pipeline ≤ {PIPELINE_RATIO:g} × TextBlob's scoring alone; attributions ≤ {ATTRIBUTION_RATIO:g} × it)"
    )
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        generate_story(folder, articles)
        steps = {}
        steps["load"] = _best_of(runs, lambda: framing.load_articles(folder))
        loaded = steps["load"][2]
        steps["clean"] = _best_of(runs, lambda: framing.clean_articles(loaded))
        clean = steps["clean"][2]
        steps["sentences"] = _best_of(runs, lambda: framing.split_sentences(clean))
        sentences = steps["sentences"][2]
        steps["sentiment (TextBlob)"] = _best_of(runs, lambda: framing.sentence_sentiment(sentences, vader=False))
        steps["attributions"] = _best_of(runs, lambda: framing.find_attributions(clean))
    words = sum(len(framing.tokenize(text)) for text in clean["text"])
    textblob_alone, textblob_slowest, _ = _best_of(runs, lambda: _textblob_alone(sentences["sentence"]))
    vader, _, _ = _best_of(1, lambda: [framing.vader_compound(s) for s in sentences["sentence"]])
    pipeline = sum(best for best, _, _ in steps.values())
    for name, (best, slowest, _) in steps.items():
        print(f"   {name:<22} {best:7.2f} s  (spread {best:.2f}–{slowest:.2f} s)")
    ratio = pipeline / textblob_alone
    print(
        f"   {'pipeline':<22} {pipeline:7.2f} s  {words / pipeline:>10,.0f} words/s  ({words:,} words, "
        f"{len(sentences):,} sentences)"
    )
    print(
        f"   {'TextBlob alone':<22} {textblob_alone:7.2f} s  {words / textblob_alone:>10,.0f} words/s  (spread "
        f"{textblob_alone:.2f}–{textblob_slowest:.2f} s; pipeline = {ratio:.2f} × TextBlob)"
    )
    print(f"   {'VADER alone (info)':<22} {vader:7.2f} s  {words / vader:>10,.0f} words/s")
    attributions, slowest, _ = steps["attributions"]
    attribution_ratio = attributions / textblob_alone
    print(
        f"   {'attributions':<22} {attributions:7.2f} s  {words / attributions:>10,.0f} words/s  "
        f"(= {attribution_ratio:.2f} × TextBlob; from the slowest runs {slowest / textblob_slowest:.2f} ×)"
    )
    failures = []
    if ratio > PIPELINE_RATIO:
        failures.append(f"pipeline {pipeline:.2f} s is {ratio:.2f} × TextBlob's {textblob_alone:.2f} s")
    if attribution_ratio > ATTRIBUTION_RATIO:
        failures.append(
            f"attributions {attributions:.2f} s are {attribution_ratio:.2f} × TextBlob's {textblob_alone:.2f} s"
        )
    return failures


def large_story_report() -> list[str]:
    import framing

    failures = []
    print(
        f"\n4. Large story (budgets: lesson 07 on {LARGE_STORY_ARTICLES:,} articles ≤ {LARGE_STORY_SECONDS:g} s and "
        f"≤ {LARGE_STORY_MB:g} MB; one {BIG_ARTICLE_MB} MB article through the pipeline ≤ {BIG_ARTICLE_SECONDS:g} s)"
    )
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory) / "large-story"
        folder.mkdir()
        words = generate_large_story(folder, LARGE_STORY_ARTICLES)
        seconds, peak = run_notebook(ROOT / "notebooks" / "07-your-own-story.ipynb", story=folder)
        (ROOT / "packed" / "large-story.zip").unlink(missing_ok=True)  # what the lesson's last cell packed
        ok = seconds <= LARGE_STORY_SECONDS and peak <= LARGE_STORY_MB
        print(
            f"   {'ok  ' if ok else 'OVER'} lesson 07 on {LARGE_STORY_ARTICLES:,} articles ({words:,} words): "
            f"{seconds:6.1f} s {peak:7.1f} MB"
        )
        if not ok:
            failures.append(f"lesson 07 on {LARGE_STORY_ARTICLES:,} articles: {seconds:.1f} s, {peak:.1f} MB")
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        rng = random.Random(50)
        vocabulary, weights = _vocabulary(60_000, rng)
        parts, size = [], 0
        while size < BIG_ARTICLE_MB * 1_000_000:
            parts.append(large_article(rng, vocabulary, weights, 14))
            size += len(parts[-1].encode("utf-8"))
        (folder / "big.txt").write_text("".join(parts), encoding="utf-8")
        (folder / "articles.csv").write_text("article_id,file\nbig,big.txt\n", encoding="utf-8")
        start = time.perf_counter()
        clean = framing.clean_articles(framing.load_articles(folder))
        sentences = framing.split_sentences(clean)
        framing.sentence_sentiment(sentences, vader=False)
        framing.find_attributions(clean)
        seconds = time.perf_counter() - start
        ok = seconds <= BIG_ARTICLE_SECONDS
        print(
            f"   {'ok  ' if ok else 'OVER'} one article of {size / 1e6:.0f} MB ({len(sentences):,} sentences): "
            f"{seconds:6.1f} s"
        )
        if not ok:
            failures.append(f"one {BIG_ARTICLE_MB} MB article: {seconds:.1f} s")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="size of the generated corpus (at least 1,000)")
    parser.add_argument("--skip", choices=["notebooks", "suite", "pipeline", "large"], action="append", default=[])
    args = parser.parse_args(argv)
    if args.articles < 1000:
        parser.error("--articles must be at least 1000")
    paths = [*lesson_paths(LESSONS), *lesson_paths(SOLUTIONS)]
    failures = []
    if "notebooks" not in args.skip:
        failures += notebooks_report(paths)
    if "suite" not in args.skip:
        failures += suite_report(paths)
    if "pipeline" not in args.skip:
        failures += pipeline_report(args.articles)
    if "large" not in args.skip:
        failures += large_story_report()
    print("\nAll budgets hold." if not failures else "\nOver budget:\n" + "\n".join(f" - {f}" for f in failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
