"""What happens to a pasted page's lines, end to end: cleaning, then sorting.

A student pastes a page as the story template says: headline, standfirst, captions and body, each on its own
line. Lesson 01's cleaning (``framing.clean_articles``) decides which lines are article text; lesson 06's sorter
(``framing.page_lines``) gives each line it sets aside a kind. Two figures say how far to trust them:

- **the sorter alone** (``framing.score_page_lines``): given exactly the lines a reader labelled as page lines,
  how many it sorts into the right kind. This says nothing about the lines cleaning never passes on.
- **the whole pipeline** (``score_pipeline`` here, the one scorer of it): every line of the page, as a student's
  text gives it, through cleaning and sorting. A page line is *right* when it ends up with its hand-labelled kind,
  and *left in the text* when cleaning kept it as article text (there it counts as the reporter's words); a body
  line is *wrong* when it ends up with a page-line kind, and *removed* when cleaning took it out of the text.

The evaluation pages are ``data/page-lines-eval/`` (one row per line, ``load_page_eval``) and
``data/page-lines-eval-2/`` (a story folder of pasted pages with a hand-labelled ``lines.csv``,
``load_pasted_pages``); both become an ``EvalPages``. ``tools/measure_page_lines.py`` measures them and records
the figures in ``data/figures.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.cleaning import non_article_lines, split_lines
from framing.page_lines import KINDS, _check_labels, _read_csv, classify_page_lines, page_lines, score_page_lines

BODY = "body"
"""The label of a line of the article's own text, beside the page-line ``KINDS``."""
LABELS = (*KINDS, BODY)


@dataclass(frozen=True)
class EvalPages:
    """Pages to measure on: ``articles`` (``article_id``, ``text``, ``headline`` as a student would record it, empty
    where not recorded) and ``gold`` (``article_id``, ``line_no``, ``line``, ``kind``: one row per non-empty line,
    ``kind`` a page-line kind or ``body``)."""

    articles: pd.DataFrame
    gold: pd.DataFrame


@dataclass(frozen=True)
class PipelineScore:
    """The whole pipeline on a set of pages (see the module's docstring for what each count means)."""

    page_lines: int
    right: int
    left_in_text: int
    body_lines: int
    body_wrong: int
    body_removed: int
    per_kind: pd.DataFrame
    """One row per page-line kind: ``lines`` (by hand), ``right`` and ``left_in_text``."""

    @property
    def accuracy(self) -> float:
        """The share of page lines that end up with their right kind."""
        return self.right / self.page_lines if self.page_lines else float("nan")


def load_pasted_pages(folder: str | Path, which: str | None = None) -> EvalPages:
    """Read a folder of pasted evaluation pages (``data/page-lines-eval-2/``): its ``articles.csv`` and texts, as
    ``load_articles`` reads a story folder, and its hand labels ``lines.csv``; ``which`` keeps one ``set``
    (``development`` or ``held-out``). Raises ``ValueError`` naming the file for a label that does not fit.
    """
    from framing.loading import load_articles

    folder = Path(folder)
    articles = load_articles(folder)
    if which is not None:
        if which not in set(articles.get("set", [])):
            raise ValueError(f"{folder / 'articles.csv'}: no page of the set {which!r}")
        articles = articles[articles["set"] == which].reset_index(drop=True)
    gold = _read_csv(folder / "lines.csv")
    _check_labels(gold, ["article_id", "line_no", "line", "kind"], LABELS, folder / "lines.csv")
    gold = gold[gold["article_id"].isin(articles["article_id"])].reset_index(drop=True)
    pages = EvalPages(articles, gold)
    check_gold(pages, where=folder / "lines.csv")
    return pages


def pages_from_rows(rows: pd.DataFrame) -> EvalPages:
    """The pages of ``data/page-lines-eval/pages.csv`` (read with ``load_page_eval``) as pasted texts: each page's
    lines joined in order, its recorded headline the first line labelled ``headline``.

    >>> rows = pd.DataFrame({"page_id": "p", "line_no": [1, 2], "line": ["Dam Opens", "It opened."],
    ...                      "kind": ["headline", "body"]})
    >>> pages = pages_from_rows(rows)
    >>> pages.articles[["text", "headline"]].values.tolist(), pages.gold["line_no"].tolist()
    ([['Dam Opens\\nIt opened.', 'Dam Opens']], [1, 2])
    """
    require_columns(rows, ["page_id", "line_no", "line", "kind"], what="evaluation pages", maker="load_page_eval")
    ordered = rows.sort_values(["page_id", "line_no"], kind="stable")
    records = []
    for page_id, page in ordered.groupby("page_id", sort=False):
        headlines = page.loc[page["kind"] == "headline", "line"]
        records.append(
            {
                "article_id": page_id,
                "text": "\n".join(page["line"]),
                "headline": headlines.iloc[0] if len(headlines) else "",
            }
        )
    gold = ordered.rename(columns={"page_id": "article_id"})[["article_id", "line", "kind"]].copy()
    gold.insert(1, "line_no", ordered.groupby("page_id", sort=False).cumcount().to_numpy() + 1)
    return EvalPages(pd.DataFrame(records), gold.reset_index(drop=True))


def check_gold(pages: EvalPages, where: str | Path = "the hand labels") -> None:
    """Raise ``ValueError`` unless every non-empty line of every page has exactly one hand label, on its line."""
    texts = dict(zip(pages.articles["article_id"], pages.articles["text"]))
    labelled = set()
    for row in pages.gold.itertuples(index=False):
        lines = split_lines(texts.get(row.article_id, ""))
        if row.article_id not in texts:
            raise ValueError(f"{where}: page {row.article_id!r} is not among the pages")
        if not 1 <= row.line_no <= len(lines) or lines[row.line_no - 1].strip() != str(row.line).strip():
            raise ValueError(f"{where}: page {row.article_id!r}, line {row.line_no} of its text is not {row.line!r}")
        if (row.article_id, row.line_no) in labelled:
            raise ValueError(f"{where}: page {row.article_id!r}, line {row.line_no} is labelled twice")
        labelled.add((row.article_id, row.line_no))
    for article_id, text in texts.items():
        for line_no, line in enumerate(split_lines(text), start=1):
            if line.strip() and (article_id, line_no) not in labelled:
                raise ValueError(f"{where}: page {article_id!r}, line {line_no} has no label ({line.strip()!r})")


def without_headline(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles as if ``articles.csv`` had no ``headline`` column."""
    return articles.drop(columns=["headline"], errors="ignore")


def pipeline_kinds(articles: pd.DataFrame) -> pd.DataFrame:
    """Every non-empty line of every article (``article_id``, ``line_no``, ``line``) with the ``kind`` the pipeline
    gives it (a page-line kind from ``framing.page_lines``, or ``body``) and ``removed`` (cleaning took it out of
    the text).

    >>> articles = pd.DataFrame({"article_id": ["a"], "text": ["Read more: Rain due\\nThe dam opened."]})
    >>> pipeline_kinds(articles)[["kind", "removed"]].values.tolist()
    [['recirculation', True], ['body', False]]
    """
    require_columns(articles, ["article_id", "text"])
    sorted_lines = page_lines(articles)
    kind_of = dict(zip(zip(sorted_lines["article_id"], sorted_lines["line_no"]), sorted_lines["kind"]))
    removed = non_article_lines(articles)
    removed_keys = set(zip(removed["article_id"], removed["line_no"]))
    rows = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        for line_no, line in enumerate(split_lines(text), start=1):
            if line.strip():
                key = (article_id, line_no)
                rows.append([article_id, line_no, line.strip(), kind_of.get(key, BODY), key in removed_keys])
    return pd.DataFrame(rows, columns=["article_id", "line_no", "line", "kind", "removed"])


def score_pipeline(gold: pd.DataFrame, predicted: pd.DataFrame) -> PipelineScore:
    """Score the pipeline's ``predicted`` lines (``pipeline_kinds``) against the hand labels ``gold``, line by line.

    >>> gold = pd.DataFrame({"article_id": "a", "line_no": [1, 2, 3],
    ...                      "kind": ["headline", "caption", "body"]})
    >>> predicted = pd.DataFrame({"article_id": "a", "line_no": [1, 2, 3],
    ...                           "kind": ["headline", "body", "body"], "removed": [True, False, False]})
    >>> score = score_pipeline(gold, predicted)
    >>> score.right, score.page_lines, score.left_in_text, score.body_wrong
    (1, 2, 1, 0)
    """
    require_columns(gold, ["article_id", "line_no", "kind"], what="hand-labelled lines")
    require_columns(predicted, ["article_id", "line_no", "kind", "removed"], what="pipeline", maker="pipeline_kinds")
    joined = gold[["article_id", "line_no", "kind"]].merge(
        predicted[["article_id", "line_no", "kind", "removed"]],
        on=["article_id", "line_no"],
        how="left",
        suffixes=("", "_predicted"),
        validate="one_to_one",
    )
    if joined["kind_predicted"].isna().any():
        missing = joined[joined["kind_predicted"].isna()].iloc[0]
        raise ValueError(f"page {missing['article_id']!r}, line {missing['line_no']}: the pipeline gave it no kind")
    page = joined[joined["kind"] != BODY]
    body = joined[joined["kind"] == BODY]
    right = page["kind"] == page["kind_predicted"]
    kept = ~page["removed"].astype(bool)
    per_kind = pd.DataFrame(
        {
            "lines": page.groupby("kind").size(),
            "right": right.groupby(page["kind"]).sum(),
            "left_in_text": kept.groupby(page["kind"]).sum(),
        }
    )
    per_kind = per_kind.reindex(list(KINDS), fill_value=0).fillna(0).astype(int)
    return PipelineScore(
        page_lines=len(page),
        right=int(right.sum()),
        left_in_text=int(kept.sum()),
        body_lines=len(body),
        body_wrong=int((body["kind_predicted"] != BODY).sum()),
        body_removed=int(body["removed"].astype(bool).sum()),
        per_kind=per_kind,
    )


def measure_pipeline(pages: EvalPages, headline_column: bool = True) -> PipelineScore:
    """The whole pipeline on ``pages``, with the ``headline`` column as recorded or with no such column."""
    articles = pages.articles if headline_column else without_headline(pages.articles)
    return score_pipeline(pages.gold, pipeline_kinds(articles))


def measure_sorter(pages: EvalPages) -> tuple[float, pd.DataFrame, pd.DataFrame]:
    """The sorter alone, given exactly the hand-labelled page lines of ``pages`` and no ``headline`` column (as
    ``data/page-lines-eval/README.md`` first measured it): accuracy, the table per kind of ``score_page_lines``,
    and the lines with ``kind`` (by hand) and ``predicted``."""
    labelled = pages.gold[pages.gold["kind"] != BODY].copy()
    classified = classify_page_lines(labelled[["article_id", "line_no", "line"]], without_headline(pages.articles))
    labelled["predicted"], labelled["reason"] = classified["kind"], classified["reason"]
    accuracy, per_kind = score_page_lines(labelled)
    return accuracy, per_kind, labelled
