"""Generic news frames: a codebook of yes/no questions, codings that answer them, and agreement between coders.

Semetko and Valkenburg (2000) read news stories with a short list of yes/no questions, a few for each of five
*generic* frames (attribution of responsibility, human interest, conflict, morality, economic consequences). A
coding answers every question for every article; each "yes" is backed by a quote of the article's own words.
These functions read a codebook and a coding and check them, count the yes answers per article and frame, compare
two coders, and make an empty sheet for a student to fill in. The same file format serves Entman's (1993) four
functions of a frame (``load_entman_functions``).

A coding is one reader's answers: the share of yes answers says how many of a frame's questions that reader
answered yes, not how strongly an article "has" a frame, and not whether the article is right.

>>> codebook = pd.DataFrame({"frame": ["conflict", "conflict"], "question_no": [1, 2],
...                          "question": ["Does the story reflect disagreement?", "Does one side reproach another?"]})
>>> sheet = blank_coding_sheet(codebook, ["paper-a"])
>>> sheet[["article_id", "frame", "question_no", "answer"]].values.tolist()
[['paper-a', 'conflict', 1, ''], ['paper-a', 'conflict', 2, '']]
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.agreement import cohen_kappa
from framing.hand_csv import (
    HandFileError,
    HandTable,
    blank_cells,
    example_rows,
    in_line_order,
    marked_rows,
    read_choices,
    read_hand_csv,
    repeated_keys,
    squeeze,
    straighten,
    warn_notes,
    whole_numbers,
)
from framing.problems import Problem

FRAMES = ("attribution of responsibility", "human interest", "conflict", "morality", "economic consequences")
"""Semetko and Valkenburg's (2000) five generic news frames, in the order of the course's codebook."""

ANSWERS = ("yes", "no")
"""The two answers a coding may give; capitals and surrounding spaces are accepted and lowered, and the answers of
``framing.hand_csv.YES_NO`` ("y", "1", "TRUE"...) are read as yes or no."""

ENTMAN_FUNCTIONS = ("problem definition", "causal interpretation", "moral evaluation", "treatment recommendation")
"""The four functions of a frame in Entman (1993)."""

FEW_ITEMS = 20
"""Below this many compared items, ``coding_agreement`` adds a note that one answer moves the figures a lot."""

CODING_COLUMNS = ["article_id", "frame", "question_no", "answer", "quote", "note"]


class FrameCodingError(HandFileError):
    """A codebook or coding file is missing, malformed, or does not match its codebook or its articles; ``problems``
    lists each problem (file, line, what is wrong)."""


def _read_csv(path: str | Path, columns: list[str], what: str) -> tuple[HandTable, pd.DataFrame, list[Problem]]:
    """The file as read by ``read_hand_csv``, its rows with spaces around every cell removed (comment and example
    rows left out), and the problems of those rows; ``FrameCodingError`` for a file that cannot be read."""
    try:
        hand = read_hand_csv(path, columns, what=what)
    except FrameCodingError:
        raise
    except HandFileError as error:
        raise FrameCodingError(error.problems) from None
    table = hand.table.apply(lambda column: column.str.strip())
    first = table.columns[:1].tolist()
    return hand, table.drop(index=marked_rows(table, first)), example_rows(table, first, hand.path)


def _texts_by_id(texts) -> dict[str, str]:
    """Article texts keyed by ``article_id``, from a mapping or an articles table (``load_articles``)."""
    if isinstance(texts, pd.DataFrame):
        require_columns(texts, ["article_id", "text"])
        return {str(a): squeeze(str(t)) for a, t in zip(texts["article_id"], texts["text"])}
    if isinstance(texts, dict):
        return {str(a): squeeze(str(t)) for a, t in texts.items()}
    raise TypeError(
        "texts must be an articles table (from load_articles) or a dict of article_id to text, not "
        f"{type(texts).__name__}"
    )


def _quote_problem(quote: str, article_id: str, texts: dict[str, str]) -> str | None:
    """Why ``quote`` is not in the article's text, or None when it is (runs of spaces and line ends count as one
    space)."""
    text = texts.get(article_id)
    if text is None:
        return f"there is no article {article_id!r} among the texts given ({', '.join(sorted(texts))})"
    quote = squeeze(quote)
    if quote in text:
        return None
    hint = ""
    if straighten(quote) in straighten(text):
        hint = " (it is there with other quotation marks, apostrophes or dashes: copy them from the text)"
    return f"the quote {quote[:60]!r} is not in article {article_id!r}{hint}"


def _quote_problems(table: pd.DataFrame, texts, path: Path) -> list[Problem]:
    """A problem for each quote that is not in its article (none without ``texts``)."""
    if texts is None:
        return []
    lookup = _texts_by_id(texts)
    problems = []
    for line, article_id, quote in zip(table.index, table["article_id"], table["quote"]):
        problem = _quote_problem(quote, article_id, lookup) if quote and article_id else None
        if problem:
            problems.append(Problem("quote_not_found", f"{path}: line {line}: {problem}"))
    return problems


def load_codebook(path: str | Path) -> pd.DataFrame:
    """Read a codebook of yes/no questions: ``frame``, ``question_no`` (a whole number, from 1 within each
    frame) and ``question``; other columns are kept. Frames keep their order in the file.

    Raises ``FrameCodingError`` naming the file, the line and the problem: a missing column, an empty frame or
    question, a question number that is not a whole number, or a question numbered twice in one frame.

    >>> data = Path(__file__).resolve().parent.parent / "data"
    >>> load_codebook(data / "generic-frames" / "codebook.csv").groupby("frame", sort=False).size().to_dict()
    {'attribution of responsibility': 5, 'human interest': 5, 'conflict': 4, 'morality': 3, 'economic consequences': 3}
    """
    hand, book, problems = _read_csv(path, ["frame", "question_no", "question"], "codebook")
    path = hand.path
    numbers, number_problems = whole_numbers(book, "question_no", path)
    problems += blank_cells(book, ["frame", "question"], path) + number_problems
    problems += repeated_keys(
        book.assign(question_no=["" if pd.isna(n) else str(n) for n in numbers]),
        ["frame", "question_no"],
        path,
        lambda key: f"question {key[1]} of frame {key[0]!r} is numbered twice (first on line {{first}})",
    )
    if not problems and book.empty:
        problems.append(Problem("no_rows", f"{path}: the codebook has no questions"))
    if problems:
        raise FrameCodingError(in_line_order(problems))
    warn_notes(hand)
    return book.assign(question_no=numbers.astype("int64")).reset_index(drop=True)


def _codebook_problems(table: pd.DataFrame, codebook: pd.DataFrame, path: Path) -> tuple[pd.DataFrame, list, list]:
    """The coding with its frame, question_no and answer read (frames and answers as ``read_choices`` reads them),
    the problems of those cells, and the notes on cells read differently than written."""
    frames = list(dict.fromkeys(codebook["frame"]))
    known = {(f, int(n)) for f, n in zip(codebook["frame"], codebook["question_no"])}
    frame, frame_problems, frame_notes = read_choices(
        table,
        "frame",
        frames,
        path,
        blank="copy it from the codebook",
        described=f"in the codebook ({', '.join(frames)})",
    )
    answer, answer_problems, answer_notes = read_choices(
        table, "answer", ANSWERS, path, blank="answer yes or no", described="yes or no"
    )
    problems = frame_problems + answer_problems
    numbers = []
    for line, chosen, written in zip(table.index, frame, table["question_no"]):
        number = int(written) if re.fullmatch(r"\d{1,9}", written) else None
        numbers.append(number)
        if not written:
            problems.append(Problem("cell_blank", f"{path}: line {line}: question_no is blank"))
        elif chosen is not None and (chosen, number) not in known:
            problems.append(
                Problem(
                    "not_in_codebook",
                    f"{path}: line {line}: there is no question {written!r} for frame {chosen!r} in the codebook",
                )
            )
    read = table.assign(frame=frame, question_no=numbers, answer=answer)
    return read, problems, frame_notes + answer_notes


def _completeness_problems(coding: pd.DataFrame, codebook: pd.DataFrame, path: Path) -> list[Problem]:
    """A question answered twice for one article, and the questions of the codebook an article leaves out."""
    valid = coding.dropna(subset=["frame", "question_no"]).astype({"question_no": int})
    problems = repeated_keys(
        valid.astype({"question_no": str}),
        ["article_id", "frame", "question_no"],
        path,
        lambda key: f"question {key[2]} of {key[1]!r} is answered twice for {key[0]!r} (first on line {{first}})",
    )
    order = [(f, int(n)) for f, n in zip(codebook["frame"], codebook["question_no"])]
    for article_id, rows in valid[valid["article_id"] != ""].groupby("article_id", sort=False):
        answered = set(zip(rows["frame"], rows["question_no"]))
        missing = [f"{f} {n}" for f, n in order if (f, n) not in answered]
        if missing:
            problems.append(
                Problem(
                    "question_unanswered",
                    f"{path}: article {article_id!r} leaves {len(missing)} question(s) of the codebook unanswered: "
                    f"{', '.join(missing)}",
                )
            )
    return problems


def load_frame_coding(path: str | Path, codebook: pd.DataFrame, texts=None) -> pd.DataFrame:
    """Read a coding of articles against ``codebook`` (from ``load_codebook``): one row per article and question,
    with ``article_id``, ``frame``, ``question_no``, ``answer`` (yes or no) and ``quote`` (the article's own words
    that back a yes) and ``note`` (optional: why, or why not). Other columns, such as ``question``, are kept.

    The file is read by ``framing.hand_csv.read_hand_csv`` (semicolon exports and Excel's empty rows are read; its
    other slips are named), and spaces around every cell are removed. An answer written "Yes", "y", "1" or "TRUE",
    and a frame with capitals, are read with a warning. With ``texts`` (the articles table from ``load_articles``,
    or a dict of article_id to text), every quote must be in its article, word for word (runs of spaces and line
    ends count as one space; quotation marks and apostrophes must be the article's own).

    Raises ``FrameCodingError`` naming the file, the line and each problem: an unknown frame or question, an
    answer that is not yes or no, a yes without a quote, a quote not in its article, a question answered twice
    for one article, questions of the codebook that an article leaves unanswered, or a comment or example row.

    >>> data = Path(__file__).resolve().parent.parent / "data"
    >>> book = load_codebook(data / "generic-frames" / "codebook.csv")
    >>> coding = load_frame_coding(data / "pezeshkian-iraq-2024" / "generic-frames-coded.csv", book)
    >>> coding.groupby("article_id", sort=False).size().tolist()
    [20, 20, 20, 20, 20]
    """
    require_columns(codebook, ["frame", "question_no"], what="codebook")
    hand, table, problems = _read_csv(path, ["article_id", "frame", "question_no", "answer", "quote"], "frame coding")
    path = hand.path
    if "note" not in table.columns:
        table["note"] = ""
    coding, cell_problems, notes = _codebook_problems(table, codebook, path)
    problems += [
        Problem("cell_blank", f"{path}: line {line}: the article_id is empty")
        for line in table.index[table["article_id"] == ""]
    ]
    problems += cell_problems
    problems += [
        Problem("answer_needs_quote", f"{path}: line {line}: a yes needs a quote of the article's own words")
        for line in coding.index[(coding["answer"] == "yes") & (coding["quote"] == "")]
    ]
    problems += _quote_problems(table, texts, path) + _completeness_problems(coding, codebook, path)
    if problems:
        raise FrameCodingError(in_line_order(problems))
    warn_notes(hand, notes)
    return coding.astype({"question_no": "int64", "answer": str, "frame": str}).reset_index(drop=True)


def frame_scores(coding: pd.DataFrame) -> pd.DataFrame:
    """For each article and frame: ``yes`` (the number of yes answers), ``questions`` (the number answered) and
    ``share`` (yes / questions, rounded to 3 places). Articles and frames keep their order in the coding.

    The share counts answers, so it depends on how many questions a frame has (three for morality, five for
    human interest): compare one frame across articles rather than one frame against another.

    >>> coding = pd.DataFrame({"article_id": ["a", "a", "a", "b", "b", "b"],
    ...                        "frame": ["conflict", "conflict", "morality"] * 2,
    ...                        "answer": ["yes", "no", "no", "yes", "yes", "no"]})
    >>> frame_scores(coding)
      article_id     frame  yes  questions  share
    0          a  conflict    1          2    0.5
    1          a  morality    0          1    0.0
    2          b  conflict    2          2    1.0
    3          b  morality    0          1    0.0
    """
    require_columns(coding, ["article_id", "frame", "answer"], what="frame coding")
    answers = coding["answer"].astype(str).str.strip().str.lower()
    unknown = sorted(set(answers) - set(ANSWERS))
    if unknown:
        raise ValueError(
            f"the frame coding has answers other than yes and no: {', '.join(map(repr, unknown))}; load it with "
            "load_frame_coding"
        )
    table = coding.assign(yes=(answers == "yes").astype(int))
    articles = list(dict.fromkeys(table["article_id"]))
    frames = list(dict.fromkeys(table["frame"]))
    scores = (
        table.groupby(["article_id", "frame"], sort=False)
        .agg(yes=("yes", "sum"), questions=("yes", "size"))
        .reset_index()
    )
    scores["share"] = (scores["yes"] / scores["questions"]).round(3)
    scores["_a"] = scores["article_id"].map(articles.index)
    scores["_f"] = scores["frame"].map(frames.index)
    return scores.sort_values(["_a", "_f"]).drop(columns=["_a", "_f"]).reset_index(drop=True)


def coding_agreement(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """How far two codings of the same articles agree: for each frame and ``overall``, the number of ``items``
    (article-question pairs both coded), ``agreed``, ``percent_agreement`` (0 to 100, rounded to 1 place), Cohen's
    ``kappa`` (``framing.cohen_kappa`` on yes and no, rounded to 3 places: agreement corrected for chance) and a
    ``note``.

    Only the articles that both codings cover are compared (a student who codes one article can be compared with
    the course's coding of five); within those articles both must answer the same questions. The note says when
    there are fewer than 20 items, since one changed answer then moves both figures a lot, and when kappa cannot
    be computed (both coders gave one same answer throughout, so chance agreement is already complete).

    >>> a = pd.DataFrame({"article_id": "x", "frame": ["conflict"] * 4, "question_no": [1, 2, 3, 4],
    ...                   "answer": ["yes", "yes", "no", "no"]})
    >>> b = a.assign(answer=["yes", "no", "no", "no"])
    >>> coding_agreement(a, b)[["frame", "items", "agreed", "percent_agreement", "kappa"]]
          frame  items  agreed  percent_agreement  kappa
    0  conflict      4       3               75.0    0.5
    1   overall      4       3               75.0    0.5
    """
    keys = ["article_id", "frame", "question_no"]
    for name, coding in (("first", first), ("second", second)):
        require_columns(coding, keys + ["answer"], what=f"{name} coding")
    one, two = (
        c.assign(question_no=c["question_no"].astype(int), answer=c["answer"].astype(str).str.strip().str.lower())
        for c in (first, second)
    )
    for name, coding in (("first", one), ("second", two)):
        unknown = sorted(set(coding["answer"]) - set(ANSWERS))
        if unknown:
            raise ValueError(f"the {name} coding has answers other than yes and no: {', '.join(map(repr, unknown))}")
        if coding.duplicated(keys).any():
            raise ValueError(
                f"the {name} coding answers some question twice for one article; load it with load_frame_coding"
            )
    shared = [a for a in dict.fromkeys(one["article_id"]) if a in set(two["article_id"])]
    if not shared:
        raise ValueError("the two codings have no article in common, so there is nothing to compare")
    one, two = one[one["article_id"].isin(shared)], two[two["article_id"].isin(shared)]
    merged = one[keys + ["answer"]].merge(
        two[keys + ["answer"]], on=keys, how="outer", suffixes=("_first", "_second"), indicator="side"
    )
    unmatched = merged[merged["side"] != "both"]
    if not unmatched.empty:
        listed = [
            f"{r.article_id} {r.frame} {r.question_no} ({'first' if r.side == 'left_only' else 'second'} only)"
            for r in unmatched.head(5).itertuples()
        ]
        more = f" and {len(unmatched) - 5} more" if len(unmatched) > 5 else ""
        raise ValueError(f"the two codings answer different questions for the same articles: {', '.join(listed)}{more}")
    frames = list(dict.fromkeys(one["frame"]))
    rows = []
    for frame, part in [(f, merged[merged["frame"] == f]) for f in frames] + [("overall", merged)]:
        a, b = part["answer_first"], part["answer_second"]
        items, agreed = len(part), int((a == b).sum())
        notes = []
        if set(a) == set(b) and len(set(a)) == 1:
            kappa = float("nan")
            notes.append(f"kappa cannot be computed: both coders answered {a.iloc[0]} to every item")
        else:
            kappa = round(cohen_kappa(a, b, labels=list(ANSWERS)), 3)
        if items < FEW_ITEMS:
            notes.append(f"only {items} items (fewer than {FEW_ITEMS}): one changed answer moves these figures a lot")
        rows.append(
            {
                "frame": frame,
                "items": items,
                "agreed": agreed,
                "percent_agreement": round(100 * agreed / items, 1),
                "kappa": kappa,
                "note": "; ".join(notes),
            }
        )
    return pd.DataFrame(rows)


def blank_coding_sheet(codebook: pd.DataFrame, article_ids) -> pd.DataFrame:
    """An empty coding sheet: one row per article and question of ``codebook``, with the question's words and
    empty ``answer``, ``quote`` and ``note`` for a student to fill in (answer yes or no; quote the article's own
    words for each yes). Save it with ``sheet.to_csv(path, index=False)`` and read it back with
    ``load_frame_coding``, which names every answer still missing.

    >>> book = pd.DataFrame(
    ...     {"frame": ["morality"], "question_no": [1], "question": ["Does the story contain a moral message?"]}
    ... )
    >>> blank_coding_sheet(book, "paper-a").columns.tolist()
    ['article_id', 'frame', 'question_no', 'question', 'answer', 'quote', 'note']
    """
    require_columns(codebook, ["frame", "question_no", "question"], what="codebook")
    ids = [article_ids] if isinstance(article_ids, str) else list(article_ids)
    if not ids or not all(isinstance(a, str) and a.strip() for a in ids):
        raise ValueError("blank_coding_sheet needs one or more article ids (non-empty strings)")
    if len(set(ids)) != len(ids):
        raise ValueError("an article id is given twice")
    rows = [
        {"article_id": a, "frame": f, "question_no": int(n), "question": q, "answer": "", "quote": "", "note": ""}
        for a in ids
        for f, n, q in zip(codebook["frame"], codebook["question_no"], codebook["question"])
    ]
    return pd.DataFrame(rows, columns=["article_id", "frame", "question_no", "question", "answer", "quote", "note"])


def load_entman_functions(path: str | Path, texts=None) -> pd.DataFrame:
    """Read a table of Entman's (1993) four functions found in articles: ``article_id``, ``function`` (one of
    ``ENTMAN_FUNCTIONS``), ``quote`` (the article's own words, or empty where the article offers none) and
    ``note``. With ``texts`` (as for ``load_frame_coding``), every quote must be in its article. The file is read
    as ``load_frame_coding`` reads a coding; a function with capitals or stray spaces ("Problem definition ") is
    read with a warning.

    Raises ``FrameCodingError`` naming the file, the line and the problem: an unknown function, a row with
    neither quote nor note, a quote not in its article, a passage listed twice, or a comment or example row.

    >>> data = Path(__file__).resolve().parent.parent / "data"
    >>> rows = load_entman_functions(data / "pezeshkian-iraq-2024" / "entman-functions.csv")
    >>> sorted(set(rows["function"])) == sorted(ENTMAN_FUNCTIONS)
    True
    """
    hand, table, problems = _read_csv(path, ["article_id", "function", "quote", "note"], "table of Entman's functions")
    path = hand.path
    function, function_problems, notes = read_choices(
        table, "function", ENTMAN_FUNCTIONS, path, blank=f"write one of {', '.join(ENTMAN_FUNCTIONS)}"
    )
    problems += [
        Problem("cell_blank", f"{path}: line {line}: the article_id is empty")
        for line in table.index[table["article_id"] == ""]
    ]
    problems += function_problems + [
        Problem(
            "entman_row_empty",
            f"{path}: line {line}: a row needs a quote, or a note saying that the article offers none",
        )
        for line in table.index[(table["quote"] == "") & (table["note"] == "")]
    ]
    problems += _quote_problems(table, texts, path)
    problems += repeated_keys(
        table[table["quote"] != ""].assign(function=function),
        ["article_id", "function", "quote"],
        path,
        lambda key: (
            f"the passage {key[2][:40]!r} is listed twice for {key[1]!r} of {key[0]!r} (first on line "
            "{first}), so it would be counted twice"
        ),
    )
    if problems:
        raise FrameCodingError(in_line_order(problems))
    warn_notes(hand, notes)
    return table.assign(function=function.astype(str)).reset_index(drop=True)


def function_passages(functions: pd.DataFrame) -> pd.DataFrame:
    """How many passages a table of Entman's four functions (``load_entman_functions``) quotes for each article
    (rows, in the table's order) and function (columns, in ``ENTMAN_FUNCTIONS``' order): 0 where the article's
    row for a function has only a note (none found), or where it has no row.

    >>> table = pd.DataFrame({"article_id": ["a", "a", "b"], "quote": ["x", "y", ""], "note": ["", "", "None found"],
    ...                       "function": ["problem definition"] * 2 + ["moral evaluation"]})
    >>> function_passages(table).values.tolist()
    [[2, 0, 0, 0], [0, 0, 0, 0]]
    """
    require_columns(functions, ["article_id", "function", "quote"], "Entman functions", maker="load_entman_functions")
    quoted = functions.assign(passages=functions["quote"].ne("").astype(int))
    grid = quoted.pivot_table(
        index="article_id", columns="function", values="passages", aggfunc="sum", fill_value=0, sort=False
    )
    grid = grid.reindex(
        index=list(dict.fromkeys(functions["article_id"])), columns=list(ENTMAN_FUNCTIONS), fill_value=0
    ).astype(int)
    grid.columns.name = None
    return grid


def functions_found(functions: pd.DataFrame) -> pd.DataFrame:
    """Whether a table of Entman's four functions (``load_entman_functions``) records each function for each
    article: "yes" where it quotes at least one passage, "no" where it has only a note (none found) or no row.
    Counting passages instead would depend on how a coder splits a text.

    >>> table = pd.DataFrame({"article_id": ["a", "a", "b"], "quote": ["x", "y", ""], "note": ["", "", "None found"],
    ...                       "function": ["problem definition"] * 2 + ["moral evaluation"]})
    >>> functions_found(table).values.tolist()
    [['yes', 'no', 'no', 'no'], ['no', 'no', 'no', 'no']]
    """
    return function_passages(functions).gt(0).replace({True: "yes", False: "no"})


def _answers(coding: pd.DataFrame, what: str) -> pd.DataFrame:
    require_columns(coding, ["article_id", "frame", "question_no", "answer"], what=what)
    numbers = pd.to_numeric(coding["question_no"], errors="coerce")
    if numbers.isna().any() or (numbers % 1 != 0).any():
        bad = coding.loc[numbers.isna() | (numbers % 1 != 0), "question_no"].iloc[0]
        raise ValueError(f"{what} has a question_no that is not a whole number: {bad!r}")
    return coding.assign(question_no=numbers.astype(int), answer=coding["answer"].astype(str).str.strip().str.lower())


def fixed_questions(*codings: pd.DataFrame) -> pd.DataFrame:
    """The questions that every coding answered the same way for every article: ``frame``, ``question_no``,
    ``answer`` and ``items`` (the article-question pairs of one coding). Agreement on such a question says that
    the coders read the question alike, not that they tell the articles apart; a pooled kappa counts it as
    agreement beyond chance.

    >>> a = pd.DataFrame({"article_id": ["x", "y"] * 2, "frame": ["conflict"] * 4, "question_no": [1, 1, 2, 2],
    ...                   "answer": ["yes", "yes", "yes", "no"]})
    >>> fixed_questions(a, a).values.tolist()
    [['conflict', 1, 'yes', 2]]
    """
    if not codings:
        raise ValueError("give one coding or more")
    answers = pd.concat([_answers(c, f"coding {i + 1}") for i, c in enumerate(codings)])
    grouped = answers.groupby(["frame", "question_no"], sort=False)
    table = grouped.agg(kinds=("answer", "nunique"), answer=("answer", "first"), items=("article_id", "nunique"))
    return table[table["kinds"] == 1].drop(columns="kinds").reset_index()


def without_fixed_questions(*codings: pd.DataFrame) -> list[pd.DataFrame]:
    """The codings without the questions every one of them answered the same way for every article
    (``fixed_questions``): the items on which agreement can tell the articles apart.

    >>> a = pd.DataFrame({"article_id": ["x", "y"] * 2, "frame": ["conflict"] * 4, "question_no": [1, 1, 2, 2],
    ...                   "answer": ["yes", "yes", "yes", "no"]})
    >>> [len(c) for c in without_fixed_questions(a, a)]
    [2, 2]
    """
    fixed = fixed_questions(*codings)
    keys = set(zip(fixed["frame"], fixed["question_no"]))
    kept = []
    for coding in codings:
        pairs = zip(coding["frame"], coding["question_no"].astype(int))
        kept.append(coding[[pair not in keys for pair in pairs]])
    return kept


def _span(quote: str, text: str) -> tuple[int, int] | None:
    found = straighten(text).find(straighten(squeeze(quote)))
    return None if found < 0 or not quote.strip() else (found, found + len(squeeze(quote)))


def joint_yes_evidence(first: pd.DataFrame, second: pd.DataFrame, texts) -> pd.DataFrame:
    """The items both codings answered yes, with each coder's quote and ``same_passage``: whether the two quotes
    overlap in the article's text (quotation marks, apostrophes and dashes compared straight). Two coders who agree
    on a yes may still point at different passages, and so at different evidence.

    >>> text = {"x": "Talks began. Troops left the base."}
    >>> one = pd.DataFrame({"article_id": ["x"], "frame": ["conflict"], "question_no": [1], "answer": ["yes"],
    ...                     "quote": ["Troops left"]})
    >>> joint_yes_evidence(one, one.assign(quote="Talks began"), text)["same_passage"].tolist()
    [False]
    """
    keys = ["article_id", "frame", "question_no"]
    one, two = _answers(first, "the first coding"), _answers(second, "the second coding")
    for name, coding in (("first", one), ("second", two)):
        require_columns(coding, ["quote"], what=f"{name} coding")
    both = one[keys + ["answer", "quote"]].merge(
        two[keys + ["answer", "quote"]], on=keys, suffixes=("_first", "_second")
    )
    both = both[(both["answer_first"] == "yes") & (both["answer_second"] == "yes")]
    lookup = _texts_by_id(texts)
    same = []
    for row in both.itertuples(index=False):
        text = lookup.get(str(row.article_id))
        if text is None:
            raise ValueError(f"there is no article {row.article_id!r} among the texts given")
        spans = [_span(str(q), text) for q in (row.quote_first, row.quote_second)]
        if None in spans:
            raise ValueError(
                f"{row.article_id} {row.frame} {row.question_no}: a quote is not in the article; load the codings "
                "with load_frame_coding and the articles"
            )
        (a, b), (c, d) = spans
        same.append(a < d and c < b)
    table = both.drop(columns=["answer_first", "answer_second"]).assign(same_passage=same)
    return table.reset_index(drop=True)
