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

FRAMES = ("attribution of responsibility", "human interest", "conflict", "morality", "economic consequences")
"""Semetko and Valkenburg's (2000) five generic news frames, in the order of the course's codebook."""

ANSWERS = ("yes", "no")
"""The two answers a coding may give; capitals and surrounding spaces are accepted and lowered."""

ENTMAN_FUNCTIONS = ("problem definition", "causal interpretation", "moral evaluation", "treatment recommendation")
"""The four functions of a frame in Entman (1993)."""

FEW_ITEMS = 20
"""Below this many compared items, ``coding_agreement`` adds a note that one answer moves the figures a lot."""

CODING_COLUMNS = ["article_id", "frame", "question_no", "answer", "quote", "note"]


class FrameCodingError(ValueError):
    """A codebook or coding file is missing, malformed, or does not match its codebook or its articles."""


def _read_csv(path: Path, columns: list[str], what: str) -> pd.DataFrame:
    if not path.is_file():
        raise FrameCodingError(f"{path}: file not found ({what})")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise FrameCodingError(f"{path}: cannot be read as a UTF-8 CSV file ({error})") from None
    table.columns = [str(c).strip() for c in table.columns]
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise FrameCodingError(
            f"{path}: missing column(s) {', '.join(missing)}; a {what} has the columns {', '.join(columns)}"
        )
    for column in table.columns:
        table[column] = table[column].str.strip()
    return table


def _whole_number(value: str) -> int | None:
    return int(value) if re.fullmatch(r"\d+", value) else None


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _straight(text: str) -> str:
    return text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"}))


def _texts_by_id(texts) -> dict[str, str]:
    """Article texts keyed by ``article_id``, from a mapping or an articles table (``load_articles``)."""
    if isinstance(texts, pd.DataFrame):
        require_columns(texts, ["article_id", "text"])
        return {str(a): _squeeze(str(t)) for a, t in zip(texts["article_id"], texts["text"])}
    if isinstance(texts, dict):
        return {str(a): _squeeze(str(t)) for a, t in texts.items()}
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
    quote = _squeeze(quote)
    if quote in text:
        return None
    hint = ""
    if _straight(quote) in _straight(text):
        hint = " (it is there with other quotation marks, apostrophes or dashes: copy them from the text)"
    return f"the quote {quote[:60]!r} is not in article {article_id!r}{hint}"


def load_codebook(path: str | Path) -> pd.DataFrame:
    """Read a codebook of yes/no questions: ``frame``, ``question_no`` (a whole number, from 1 within each
    frame) and ``question``; other columns are kept. Frames keep their order in the file.

    Raises ``FrameCodingError`` naming the file, the line and the problem: a missing column, an empty frame or
    question, a question number that is not a whole number, or a question numbered twice in one frame.

    >>> data = Path(__file__).resolve().parent.parent / "data"
    >>> load_codebook(data / "generic-frames" / "codebook.csv").groupby("frame", sort=False).size().to_dict()
    {'attribution of responsibility': 5, 'human interest': 5, 'conflict': 4, 'morality': 3, 'economic consequences': 3}
    """
    path = Path(path)
    book = _read_csv(path, ["frame", "question_no", "question"], "codebook")
    problems = []
    for position, row in book.iterrows():
        line = f"{path}: line {position + 2}"
        if not row["frame"]:
            problems.append(f"{line}: the frame is empty")
        if not row["question"]:
            problems.append(f"{line}: the question is empty")
        number = _whole_number(row["question_no"])
        if number is None or number < 1:
            problems.append(f"{line}: question_no {row['question_no']!r} is not a whole number from 1")
    if not problems:
        book["question_no"] = book["question_no"].astype(int)
        for position, row in book[book.duplicated(["frame", "question_no"])].iterrows():
            problems.append(
                f"{path}: line {position + 2}: question {row['question_no']} of frame {row['frame']!r} is numbered "
                "twice"
            )
    if not problems and book.empty:
        problems.append(f"{path}: the codebook has no questions")
    if problems:
        raise FrameCodingError("\n".join(problems))
    return book.reset_index(drop=True)


def load_frame_coding(path: str | Path, codebook: pd.DataFrame, texts=None) -> pd.DataFrame:  # noqa: C901 (its checks move to framing.hand_csv with issue 24's loaders)
    """Read a coding of articles against ``codebook`` (from ``load_codebook``): one row per article and question,
    with ``article_id``, ``frame``, ``question_no``, ``answer`` (yes or no), ``quote`` (the article's own words
    that back a yes) and ``note`` (optional: why, or why not). Other columns, such as ``question``, are kept.

    With ``texts`` (the articles table from ``load_articles``, or a dict of article_id to text), every quote must
    be in its article, word for word (runs of spaces and line ends count as one space; quotation marks and
    apostrophes must be the article's own).

    Raises ``FrameCodingError`` naming the file, the line and each problem: an unknown frame or question, an
    answer that is not yes or no, a yes without a quote, a quote not in its article, a question answered twice
    for one article, or questions of the codebook that an article leaves unanswered.

    >>> data = Path(__file__).resolve().parent.parent / "data"
    >>> book = load_codebook(data / "generic-frames" / "codebook.csv")
    >>> coding = load_frame_coding(data / "pezeshkian-iraq-2024" / "generic-frames-coded.csv", book)
    >>> coding.groupby("article_id", sort=False).size().tolist()
    [20, 20, 20, 20, 20]
    """
    path = Path(path)
    require_columns(codebook, ["frame", "question_no"], what="codebook")
    table = _read_csv(path, ["article_id", "frame", "question_no", "answer", "quote"], "frame coding")
    if "note" not in table.columns:
        table["note"] = ""
    known = {(f, int(n)) for f, n in zip(codebook["frame"], codebook["question_no"])}
    frames = list(dict.fromkeys(codebook["frame"]))
    lookup = _texts_by_id(texts) if texts is not None else None
    problems = []
    for position, row in table.iterrows():
        line = f"{path}: line {position + 2}"
        if not row["article_id"]:
            problems.append(f"{line}: the article_id is empty")
        number = _whole_number(row["question_no"])
        if row["frame"] not in frames:
            problems.append(f"{line}: frame {row['frame']!r} is not in the codebook ({', '.join(frames)})")
        elif number is None or (row["frame"], number) not in known:
            problems.append(
                f"{line}: there is no question {row['question_no']!r} for frame {row['frame']!r} in the codebook"
            )
        answer = row["answer"].lower()
        if answer not in ANSWERS:
            problems.append(f"{line}: answer {row['answer']!r} is not yes or no")
        if answer == "yes" and not row["quote"]:
            problems.append(f"{line}: a yes needs a quote of the article's own words")
        if row["quote"] and lookup is not None and row["article_id"]:
            problem = _quote_problem(row["quote"], row["article_id"], lookup)
            if problem:
                problems.append(f"{line}: {problem}")
    if problems:
        raise FrameCodingError("\n".join(problems))
    table["answer"] = table["answer"].str.lower()
    table["question_no"] = table["question_no"].astype(int)
    for position, row in table[table.duplicated(["article_id", "frame", "question_no"])].iterrows():
        problems.append(
            f"{path}: line {position + 2}: question {row['question_no']} of {row['frame']!r} is answered twice for "
            f"{row['article_id']!r}"
        )
    order = [(f, int(n)) for f, n in zip(codebook["frame"], codebook["question_no"])]
    for article_id, rows in table.groupby("article_id", sort=False):
        answered = set(zip(rows["frame"], rows["question_no"]))
        missing = [f"{f} {n}" for f, n in order if (f, n) not in answered]
        if missing:
            problems.append(
                f"{path}: article {article_id!r} leaves {len(missing)} question(s) of the codebook unanswered: "
                f"{', '.join(missing)}"
            )
    if problems:
        raise FrameCodingError("\n".join(problems))
    return table.reset_index(drop=True)


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
    ``note``. With ``texts`` (as for ``load_frame_coding``), every quote must be in its article.

    Raises ``FrameCodingError`` naming the file, the line and the problem: an unknown function, a row with
    neither quote nor note, or a quote not in its article.

    >>> data = Path(__file__).resolve().parent.parent / "data"
    >>> rows = load_entman_functions(data / "pezeshkian-iraq-2024" / "entman-functions.csv")
    >>> sorted(set(rows["function"])) == sorted(ENTMAN_FUNCTIONS)
    True
    """
    path = Path(path)
    table = _read_csv(path, ["article_id", "function", "quote", "note"], "table of Entman's functions")
    lookup = _texts_by_id(texts) if texts is not None else None
    problems = []
    for position, row in table.iterrows():
        line = f"{path}: line {position + 2}"
        if not row["article_id"]:
            problems.append(f"{line}: the article_id is empty")
        if row["function"] not in ENTMAN_FUNCTIONS:
            problems.append(f"{line}: function {row['function']!r} is not one of {', '.join(ENTMAN_FUNCTIONS)}")
        if not row["quote"] and not row["note"]:
            problems.append(f"{line}: a row needs a quote, or a note saying that the article offers none")
        if row["quote"] and lookup is not None and row["article_id"]:
            problem = _quote_problem(row["quote"], row["article_id"], lookup)
            if problem:
                problems.append(f"{line}: {problem}")
    if problems:
        raise FrameCodingError("\n".join(problems))
    return table.reset_index(drop=True)


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
    found = _straight(text).find(_straight(_squeeze(quote)))
    return None if found < 0 or not quote.strip() else (found, found + len(_squeeze(quote)))


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
