"""Lesson 07's comparisons on any story: each says what it needs, and what is missing.

A story folder of your own may have one article, or an article that cleaning
left empty, or five thousand articles. The functions here run one step of the
capstone each. When the story has what the step needs, they return its result;
when it does not, they return a ``NotEnough``: a short explanation in plain
words, which the notebook shows in place of a result, so that the lesson goes
on to the next step instead of stopping with an error.

The last steps (lesson 06, the whole frame) place the facts of facts.csv in
each article, show the leads and the page lines, and start and read a
generic-frame coding kept in the story folder, which they never overwrite.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.hand_csv import HandFileError, read_hand_csv, summarise_problems
from framing.log_odds import STOP_WORDS, count_words, distinctive_words, left_out_words, top_words
from framing.reuse import align_sentences, most_similar_pairs
from framing.words import tokenize


class NotEnough:
    """A step the story cannot run yet, and why, in plain words. It is false in an ``if``.

    >>> NotEnough("Needs two articles.")
    Needs two articles.
    """

    def __init__(self, message: str):
        self.message = message

    def __repr__(self) -> str:
        return self.message

    def __bool__(self) -> bool:
        return False


def articles_with_words(articles: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The articles that have at least one word, and the ids of those that have none.

    >>> kept, empty = articles_with_words(pd.DataFrame({"article_id": ["a", "b"], "text": ["Some words.", "\\u200b"]}))
    >>> list(kept["article_id"]), empty
    (['a'], ['b'])
    """
    require_columns(articles, ["article_id", "text"])
    has_words = articles["text"].map(lambda text: bool(tokenize(text)))
    return articles[has_words], list(articles.loc[~has_words, "article_id"])


def _too_few(step: str, articles: pd.DataFrame, empty: list[str]) -> NotEnough:
    having = len(articles) - len(empty)
    why = f"this story has {having} article{'' if having == 1 else 's'} with words"
    if empty:
        why += f" ({', '.join(empty)} ha{'s' if len(empty) == 1 else 've'} none after cleaning)"
    return NotEnough(
        f"{step} compares articles with each other, so it needs at least two articles with words; {why}. "
        "Add another article on the same story to your folder, then run the notebook again."
    )


def distinctive_words_by_article(
    articles: pd.DataFrame, top: int = 5, stop_words: str | Iterable[str] | None = STOP_WORDS
) -> pd.DataFrame | NotEnough:
    """Each article's ``top`` most distinctive words against the rest of the story, as one line per article.

    ``stop_words`` are left out as ``distinctive_words`` leaves them out (by default the course's function words and
    abbreviated titles), and named: the column ``left out`` lists those that would have been among the ``top``.
    Articles with no words are listed with a note instead of words. Works on stories of any size (the counts are
    sparse). Needs two articles with words.
    """
    with_words, empty = articles_with_words(articles)
    if len(with_words) < 2:
        return _too_few("Distinctive words", articles, empty)
    counts = count_words(with_words)
    table = top_words(distinctive_words(counts, top=top, stop_words=stop_words)).reindex(articles["article_id"])
    table = table.fillna("(no words after cleaning: nothing to compare)").to_frame("most distinctive words")
    left_out = left_out_words(counts, top=top, stop_words=stop_words)
    named = top_words(left_out).reindex(articles["article_id"], fill_value="") if len(left_out) else ""
    return table.assign(**{"left out": named})


def closest_pairs_in_story(
    articles: pd.DataFrame, top: int = 5, size: int = 5, quotations: bool = True
) -> pd.DataFrame | NotEnough:
    """The ``top`` pairs of articles that share the most ``size``-word runs (Jaccard), most similar first.

    ``quotations=False`` leaves out the words inside quotation marks: two reports of one statement share its quoted
    words whoever wrote them, so the runs left are closer to shared copy. The similarity is rounded to three decimals
    for reading. Needs two articles with words; works on stories of any size.
    """
    with_words, empty = articles_with_words(articles)
    if len(with_words) < 2:
        return _too_few("Shared text", articles, empty)
    return most_similar_pairs(with_words, size=size, top=top, quotations=quotations).round({"similarity": 3})


def align_closest_pair(sentences: pd.DataFrame, pairs: pd.DataFrame | NotEnough) -> pd.DataFrame | NotEnough:
    """The sentence alignment of the most similar pair in ``pairs`` (from ``closest_pairs_in_story``)."""
    if isinstance(pairs, NotEnough):
        return NotEnough(f"No alignment: there is no pair of articles to align. ({pairs.message})")
    if pairs.empty:
        return NotEnough("No alignment: no pair of articles was compared.")
    closest = pairs.iloc[0]
    aligned = align_sentences(sentences, closest["first"], closest["second"])
    if aligned.empty:
        return NotEnough(
            f"No sentence of {closest['first']} is close enough to a sentence of {closest['second']} "
            "to align (similarity 0.3 or more): the closest pair shares no rewritten sentences."
        )
    return aligned


def _replaceable(path: Path, entries: set[str]) -> bool:
    """True when the file at ``path`` may be replaced by a pack holding ``entries``: it is a regular file (not a link)
    and a ZIP file whose every entry the new pack holds too, so that replacing it loses no file (an earlier pack of
    the same folder, made again)."""
    try:
        if path.is_symlink() or not path.is_file():
            return False
        with zipfile.ZipFile(path) as archive:
            return {entry for entry in archive.namelist() if not entry.endswith("/")} <= entries
    except (OSError, zipfile.BadZipFile):
        return False


def _pack_target(destination: Path, name: str, entries: set[str]) -> Path:
    """Where to write the pack of the folder ``name``: ``<name>.zip``, unless a file there holds something the new
    pack would not (a student's file, or a pack with files since deleted): then the first free ``<name>-2.zip``..."""
    target = destination / f"{name}.zip"
    number = 2
    while os.path.lexists(target) and not _replaceable(target, entries):
        target = destination / f"{name}-{number}.zip"
        number += 1
    return target


def pack_story_folder(folder: str | Path, destination: str | Path) -> str:
    """Pack every file of a story folder into one ZIP file in ``destination``; say what was packed.

    On Binder everything you make is deleted when the session ends: the ZIP is
    one file to download and keep. Returns a plain sentence naming the file.
    The ZIP is written whole or not at all (to a temporary file first). It
    replaces an earlier ZIP of that name only when every file of the earlier
    one is in the new one (an earlier pack of the same folder); otherwise the
    earlier file is kept and the new pack takes the next free name
    (``my-story-2.zip``). Links, pipes and other files that are not regular
    files are left out.
    """
    folder, destination = Path(folder), Path(destination)
    if not folder.is_dir():
        return f"Nothing packed: the story folder {folder.name!r} was not found."
    destination.mkdir(parents=True, exist_ok=True)
    name = folder.resolve().name
    files = sorted(path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    entries = {(Path(name) / path.relative_to(folder)).as_posix(): path for path in files}
    target = _pack_target(destination, name, set(entries))
    entries = {entry: path for entry, path in entries.items() if path.resolve() != target.resolve()}
    handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=destination)
    os.close(handle)
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for entry, path in entries.items():
                archive.write(path, entry)
        os.chmod(partial, 0o666 & ~_umask())
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    kept = (
        ""
        if target.name == f"{name}.zip"
        else f" ({name}.zip already there was kept: it is not a pack of the folder as it is now)"
    )
    return (
        f"Packed {len(entries)} file{'' if len(entries) == 1 else 's'} of the story folder {name!r} into "
        f"{os.path.relpath(target)}{kept}. "
        "To keep it, find it in JupyterLab's file browser, right-click it and choose Download."
    )


def _umask() -> int:
    """The process's file-creation mask, so that a pack gets the permissions any new file gets."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def speakers_by_article(attributions: pd.DataFrame) -> pd.DataFrame | NotEnough:
    """How many statements each type of speaker makes in each article (one row per article), counted as lesson 04
    counts voices: a continuation, or "according to the statement" repeating a statement, is not a second voice
    (``distinct_statements``).

    Returns a ``NotEnough`` when the extractor found no attribution at all.
    """
    from framing.attribution import distinct_statements

    require_columns(attributions, ["article_id", "speaker_type"], "attributions", maker="find_attributions")
    if attributions.empty:
        return NotEnough(
            "No attributions found: the extractor needs quotation marks or reporting verbs such as "
            '"said" or "according to", in English. Read your articles: who speaks in them?'
        )
    statements = distinct_statements(attributions)
    return pd.crosstab(statements["speaker_type"], statements["article_id"]).T


def agreement_with_hand_codes(codes: pd.DataFrame | None, scored: pd.DataFrame) -> pd.DataFrame | NotEnough:
    """How often each sentiment tool agrees with your hand codes (accuracy and Cohen's kappa), beside the
    score of always answering "negative", as in lesson 03. ``codes`` is from ``load_hand_codes`` (or None);
    ``scored`` from ``sentence_sentiment``."""
    from framing.agreement import accuracy, cohen_kappa
    from framing.sentiment import to_label

    if codes is None or codes.empty:
        return NotEnough(
            "No agreement figures: code sentences by hand first (lesson 03 shows how), "
            "and save them as sentiment-hand-coded.csv in your folder."
        )
    compared = codes.merge(scored, on=["article_id", "sentence_no", "sentence"])
    labels = {
        "TextBlob": to_label(compared["polarity"]),
        "VADER": to_label(compared["vader_compound"]),
        "always 'negative'": pd.Series(["negative"] * len(compared)),
    }
    rows = {
        name: [accuracy(compared["label"], found), cohen_kappa(compared["label"], found)]
        for name, found in labels.items()
    }
    table = pd.DataFrame(rows, index=["accuracy", "kappa"]).T.round(2)
    table["sentences"] = len(compared)
    return table


def rows_to_check(attributions: pd.DataFrame, article_id: str | None = None, rows: int = 20) -> pd.DataFrame:
    """The first ``rows`` attribution rows of one article (the first article by default), numbered as in
    ``mark_attributions_html``, with the columns a reader checks: speaker, verb, kind, quote and how."""
    require_columns(
        attributions,
        ["article_id", "start", "speaker", "verb", "kind", "quote", "how"],
        "attributions",
        maker="find_attributions",
    )
    chosen = (
        article_id if article_id is not None else (attributions["article_id"].iloc[0] if len(attributions) else None)
    )
    table = attributions[attributions["article_id"] == chosen].sort_values("start").head(rows)
    table = table[["speaker", "verb", "kind", "quote", "how"]].reset_index(drop=True)
    table.index = table.index + 1
    return table


# The whole frame (lesson 06): placement, leads, page lines and a generic-frame coding, on any story.

CHART_ARTICLES = 8
"""The most articles one chart of positions shows: the course palette has eight distinguishable colours."""


def _no_sentences(step: str) -> NotEnough:
    return NotEnough(
        f"{step} needs sentences, and cleaning left no article with words. "
        "Read the removed lines (section 3) and check your text files."
    )


def fact_positions_in_story(sentences: pd.DataFrame, facts: pd.DataFrame | None) -> pd.DataFrame | NotEnough:
    """Where each article first reports each fact (``framing.first_positions``), or a ``NotEnough``
    when the story has no facts.csv (``facts`` is None), a facts.csv with no rows (as the template's), or
    no sentences.

    Time grows with the number of matches (about a millisecond each): seconds for a few hundred
    articles, a minute for five thousand articles with many facts.
    """
    from framing.placement import first_positions

    if facts is None:
        return NotEnough(
            "No facts.csv yet: write one to compare selection (section 4). "
            "Positions place the same facts, so they need it too."
        )
    require_columns(facts, ["fact_id", "pattern"], "facts", maker="load_facts")
    if facts.empty:
        return NotEnough(
            "Your facts.csv has no facts yet: add one row per fact (fact_id, fact, pattern) below its "
            "header to compare selection (section 4) and to place the facts here."
        )
    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    if sentences.empty:
        return _no_sentences("Placing facts")
    return first_positions(sentences, facts)


def positions_by_article(positions: pd.DataFrame | NotEnough) -> pd.DataFrame | NotEnough:
    """The positions as a grid: one row per fact, one column per article (both in the table's order), each
    cell the number of the first sentence that reports the fact, empty (``<NA>``) where none does.
    A ``NotEnough`` is passed on.

    >>> positions = pd.DataFrame(
    ...     {"fact": ["x", "x"], "article_id": ["b", "a"], "sentence_no": pd.array([3, pd.NA], dtype="Int64")}
    ... )
    >>> grid = positions_by_article(positions)
    >>> list(grid.columns), grid.loc["x"].tolist()
    (['b', 'a'], [3, <NA>])
    """
    if isinstance(positions, NotEnough):
        return positions
    from framing.placement import position_grid

    require_columns(
        positions,
        ["fact", "article_id", "sentence_no"],
        "positions",
        maker="fact_positions_in_story or first_positions",
    )
    return position_grid(positions)


def positions_for_chart(positions: pd.DataFrame | NotEnough, most: int = CHART_ARTICLES) -> pd.DataFrame | NotEnough:
    """The rows of ``positions`` (from ``fact_positions_in_story``) for the first ``most`` articles, for
    ``plot_fact_positions``, which tells at most eight articles apart. A ``NotEnough`` is passed on."""
    if isinstance(positions, NotEnough):
        return positions
    require_columns(
        positions, ["fact", "article_id", "share"], "positions", maker="fact_positions_in_story or first_positions"
    )
    if isinstance(most, bool) or not isinstance(most, int) or not 1 <= most <= CHART_ARTICLES:
        raise ValueError(
            f"most is how many articles the chart shows, a whole number from 1 to {CHART_ARTICLES}, not {most!r}"
        )
    if positions.empty:
        return NotEnough("No positions to draw: the positions table is empty.")
    shown = list(dict.fromkeys(positions["article_id"]))[:most]
    return positions[positions["article_id"].isin(shown)].reset_index(drop=True)


def leads_in_story(sentences: pd.DataFrame, n: int = 2) -> pd.DataFrame | NotEnough:
    """Each article's lead, its first ``n`` sentences (``framing.leads``), or a ``NotEnough`` when no
    article has sentences. Fast on large stories: only each article's first ``n`` sentences are passed on."""
    from framing.placement import leads

    require_columns(sentences, ["article_id", "sentence_no", "sentence"], what="sentences")
    if sentences.empty:
        return _no_sentences("A lead")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n is the number of sentences in a lead and must be a whole number of 1 or more, not {n!r}")
    rank = sentences.groupby("article_id", sort=False)["sentence_no"].rank(method="first")
    return leads(sentences[rank <= n], n=n)


def leads_html(story_leads: pd.DataFrame, facts: pd.DataFrame | None = None, most: int = 10) -> str:
    """The leads of the first ``most`` articles as an HTML table, one row per article, with the words that
    match a fact's pattern marked (hover over a mark to see the fact), when ``facts`` is given."""
    from framing.highlight import side_by_side_html

    require_columns(story_leads, ["article_id", "lead"], "leads", maker="leads_in_story or leads")
    patterns = {} if facts is None else dict(zip(facts["fact_id"], facts["pattern"]))
    shown = story_leads.head(most).rename(columns={"lead": "sentence"})
    more = f" (the first {most} of {len(story_leads)})" if len(story_leads) > most else ""
    marked = "; words that match a fact of facts.csv are marked" if patterns else ""
    return side_by_side_html(shown, patterns, f"Each article's lead{more}{marked}.")


NO_PAGE_LINES = (
    "no page lines found: cleaning removed no line, so a headline, standfirst or caption you pasted is still in the "
    "article text; check sentence 1 and any sentence that describes a photo"
)
"""The note for an article whose text gave no page line: cleaning cannot tell a body pasted alone from a page
whose lines it did not recognise, so the note says what to check, never that the text is the article alone."""
NO_HEADLINE = (
    "no headline found: if you pasted one, it is still in the article text (check sentence 1), or add a headline "
    "column to articles.csv"
)
"""The note for an article with page lines but no headline among them."""
STANDFIRST_KEPT = "the standfirst stays in the article text as sentence 1"
"""The note for an article whose standfirst cleaning kept as text (lesson 01 keeps the standfirst)."""


def _page_line_note(total: int, headlines: int, standfirsts_kept: int) -> str:
    """The note of one article's row in ``page_lines_by_article``."""
    if total == 0:
        return NO_PAGE_LINES
    notes = [] if headlines else [NO_HEADLINE]
    return "; ".join(notes + ([STANDFIRST_KEPT] if standfirsts_kept else []))


def page_lines_by_article(lines: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """How many page lines of each kind each article's text has (``lines`` from ``framing.page_lines``),
    one row per article of ``articles`` in its order, with a ``note`` in plain words: for an article whose text gave
    no page line (``NO_PAGE_LINES``: what to check, since cleaning cannot know that the text is the body alone), no
    headline (``NO_HEADLINE``), or a standfirst kept in the text as sentence 1 (``STANDFIRST_KEPT``).

    >>> texts = ["Bridge Closed After Cracks Found\\nThe council closed it.", "The council closed it."]
    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "text": texts})
    >>> from framing.page_lines import page_lines
    >>> table = page_lines_by_article(page_lines(articles), articles)
    >>> int(table.loc["a", "headline"]), table.loc["a", "note"], table.loc["b", "note"][:20]
    (1, '', 'no page lines found:')
    """
    from framing.page_lines import KINDS

    require_columns(lines, ["article_id", "kind"], "page lines", maker="framing.page_lines")
    require_columns(articles, ["article_id"])
    table = pd.crosstab(lines["article_id"], lines["kind"]) if len(lines) else pd.DataFrame()
    table = table.reindex(index=list(articles["article_id"]), columns=list(KINDS), fill_value=0).fillna(0).astype(int)
    table.index.name, table.columns.name = "article_id", None
    in_text = lines["in_text"].astype(bool) if "in_text" in lines.columns else pd.Series(False, index=lines.index)
    kept = lines[in_text & (lines["kind"] == "standfirst")].groupby("article_id").size()
    kept = kept.reindex(table.index, fill_value=0)
    total = table[list(KINDS)].sum(axis=1)
    table["note"] = [_page_line_note(*counts) for counts in zip(total, table["headline"], kept, strict=True)]
    return table


def page_lines_to_read(
    lines: pd.DataFrame, kinds=("headline", "standfirst", "caption", "credit"), rows: int = 20
) -> pd.DataFrame | NotEnough:
    """The first ``rows`` page lines of the given ``kinds`` (what a reader sees around the article), with
    the reason for each, or a ``NotEnough`` saying in plain words that none was found, and what to check."""
    require_columns(lines, ["article_id", "kind", "line", "reason"], "page lines", maker="framing.page_lines")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    chosen = lines[lines["kind"].isin(kinds)]
    if chosen.empty:
        named = kinds[0] if len(kinds) == 1 else f"{', '.join(kinds[:-1])} or {kinds[-1]}"
        return NotEnough(
            f"No {named} lines found in your texts. Either each body was pasted by itself, and then what the pages "
            "showed around the articles is not known from the texts, or cleaning did not recognise them and they "
            "are still in the article text: check sentence 1 of each article and any sentence that describes a "
            "photo. To read them here, paste each headline, standfirst and caption into the text file, each on its "
            "own line, where the page has it, and record each headline in a headline column of articles.csv."
        )
    return chosen[["article_id", "kind", "line", "reason"]].head(rows).reset_index(drop=True)


def _not_ready(path: Path, error: HandFileError, problems: int, also: str = "") -> NotEnough:
    """A loader's error as a ``NotEnough``: how many problems, the first ``problems`` of them (at most
    ``SHOWN_ALIKE`` of one kind), and no private path."""
    found = [str(line).replace(f"{path}: ", "").replace(str(path), path.name) for line in error.problems]
    shown = [
        str(line).replace(f"{path}: ", "").replace(str(path), path.name) for line in summarise_problems(error.problems)
    ]
    more = f" (and {len(found) - problems} more)" if len(found) > problems else ""
    return NotEnough(
        f"{path.name} is not ready to read: {len(found)} problem{'' if len(found) == 1 else 's'}{more}. "
        f"Fix {'it' if len(found) == 1 else 'them'} in the file (the line numbers are the file's), {also}"
        "then run this cell again.\n- " + "\n- ".join(shown[:problems])
    )


def start_frame_coding(path: str | Path, codebook: pd.DataFrame, article_ids) -> str:
    """Write a blank generic-frame coding sheet (``blank_coding_sheet``) to ``path`` for ``article_ids``,
    only if no file is there yet: a coding that exists is never overwritten. Says in plain words what it did."""
    from framing.generic_frames import blank_coding_sheet

    path = Path(path)
    found = f"Found {path.name} in your story folder: it is read below, and never overwritten."
    if os.path.lexists(path):
        return found
    sheet = blank_coding_sheet(codebook, list(article_ids))
    try:
        with open(path, "x", encoding="utf-8", newline="") as handle:  # "x": never over a file, even one just made
            sheet.to_csv(handle, index=False)
    except FileExistsError:
        return found
    except OSError as error:
        return (
            f"Could not write a blank coding sheet, {path.name}, to your story folder ({error.strerror}). "
            "Make one with framing.blank_coding_sheet(codebook, articles['article_id']) and save it there with "
            ".to_csv(..., index=False)."
        )
    articles = sheet["article_id"].nunique()
    return (
        f"Wrote a blank coding sheet, {path.name}, to your story folder: {len(codebook)} questions for each of your "
        f"{articles} article{'' if articles == 1 else 's'}. Fill it in (answer yes or no; for each yes, copy the "
        "article's own words into quote), save it under the same name, and run this section again."
    )


def frame_scores_in_story(
    path: str | Path, codebook: pd.DataFrame, articles: pd.DataFrame, problems: int = 5
) -> pd.DataFrame | NotEnough:
    """Your generic-frame coding at ``path``, checked with ``load_frame_coding`` (every quote against
    ``articles``' texts), as the number of yes answers per article (rows) and frame (columns, each
    named with its number of questions). A ``NotEnough`` says in plain words why there are no scores
    yet: no sheet, a blank sheet, or the first ``problems`` problems of an unfinished one."""
    from framing.generic_frames import FrameCodingError, frame_scores, load_frame_coding

    path = Path(path)
    if not os.path.lexists(path):
        return NotEnough(f"No {path.name} in your story folder yet: no generic-frame scores.")
    try:
        raw = read_hand_csv(path, ["answer"]).table
    except HandFileError:
        raw = None  # load_frame_coding names the problem below
    if raw is not None and not raw["answer"].str.strip().any():
        return NotEnough(
            f"{path.name} has no answers yet: fill it in (yes or no for each question, and a quote "
            "for each yes), save it, and run this cell again."
        )
    try:
        coding = load_frame_coding(path, codebook, articles)
    except FrameCodingError as error:
        return _not_ready(path, error, problems, "or delete the rows of any article you are not coding, ")
    scores = frame_scores(coding)
    questions = scores.groupby("frame", sort=False)["questions"].max()
    table = scores.pivot(index="article_id", columns="frame", values="yes")
    table = table.reindex(index=list(dict.fromkeys(scores["article_id"])), columns=list(questions.index))
    table.columns = [f"{frame} (of {count})" for frame, count in questions.items()]
    table.index.name = "article_id"
    return table


def entman_functions_in_story(path: str | Path, articles: pd.DataFrame, problems: int = 5) -> pd.DataFrame | NotEnough:
    """How many passages your table of Entman's four functions (``load_entman_functions``, every quote
    checked against ``articles``' texts) quotes for each article (rows, in the file's order) and function
    (columns, in ``ENTMAN_FUNCTIONS``' order); 0 where a row has only a note, or no row. A ``NotEnough``
    says why there is no table: no file (it is optional), or the first ``problems`` problems of the file."""
    from framing.generic_frames import FrameCodingError, function_passages, load_entman_functions

    path = Path(path)
    if not os.path.lexists(path):
        return NotEnough(f"No {path.name} in your story folder (optional): no table of Entman's four functions.")
    try:
        table = load_entman_functions(path, articles)
    except FrameCodingError as error:
        return _not_ready(path, error, problems)
    if table.empty:
        return NotEnough(f"{path.name} has no rows yet: add one row per passage (article_id, function, quote, note).")
    return function_passages(table)


def start_coding_sheet(path: str | Path, make_sheet) -> str:
    """Lesson 07's hand checks: write the blank sheet that ``make_sheet()`` returns (``attribution_sheet``,
    ``sentiment_sheet``...) to ``path`` in the story folder, only if no file is there yet, and say in plain words
    what was done. A sheet that exists is never overwritten: it is read, and the message says how far it is coded,
    or what is wrong with it (file, line and problem). ``make_sheet`` is called only when a sheet is written."""
    from framing.coding_sheets import SheetExistsError, read_sheet, write_sheet

    path = Path(path)
    if os.path.lexists(path):
        return _sheet_progress(path, read_sheet)
    sheet = make_sheet()
    try:
        write_sheet(sheet, path)
    except SheetExistsError:  # made meanwhile
        return _sheet_progress(path, read_sheet)
    except OSError as error:
        return f"Could not write {path.name} to your story folder ({error.strerror or error})."
    units = len(sheet)
    return (
        f"Wrote a blank sheet, {path.name}, to your story folder: {units} unit{'' if units == 1 else 's'} to code. "
        f"{OPEN_A_SHEET} Then run the next cell."
    )


OPEN_A_SHEET = (
    "Open it (in JupyterLab, right-click it and choose Open With > Editor; in a spreadsheet, save it again as CSV "
    "UTF-8 under the same name), write a code in the code column of each row, and save it."
)
"""How to fill in a sheet, as every sheet message says it."""


def _sheet_progress(path: Path, read_sheet) -> str:
    from framing.coding_sheets import CodingSheetError

    try:
        sheet = read_sheet(path)
    except CodingSheetError as error:
        return str(_not_ready(path, error, 5))
    except (OSError, UnicodeError) as error:
        return f"Found {path.name} in your story folder, but it cannot be read ({error})."
    units = len(sheet.units)
    return (
        f"Found {path.name} in your story folder ({sheet.activity.name}, coder {sheet.coder!r}): {sheet.coded} of "
        f"{units} units coded so far. It is never overwritten. " + ("" if sheet.coded == units else OPEN_A_SHEET)
    ).strip()


def _checked_sheet(path: str | Path, check, activity: str, *args):
    """``check(sheet, *args)`` on the sheet at ``path``, or a ``NotEnough`` saying what is missing or wrong."""
    from framing.coding_sheets import CodingSheetError, read_sheet

    path = Path(path)
    if not os.path.lexists(path):
        return NotEnough(f"No {path.name} in your story folder yet: run the cell above to write it.")
    try:
        return check(read_sheet(path, activity=activity), *args)
    except CodingSheetError as error:
        return _not_ready(path, error, 5)
    except (OSError, UnicodeError) as error:
        return NotEnough(f"{path.name} cannot be read ({error}).")


def attribution_check_in_story(path: str | Path):
    """The attribution check of lesson 07 (``framing.attribution_check``) on the sheet at ``path``: "Not checked
    yet" until every row is marked, then the precision with its interval; a ``NotEnough`` when the sheet is missing
    or has a problem (named with its line)."""
    from framing.coding_checks import attribution_check

    return _checked_sheet(path, attribution_check, "attribution-check")


def sentiment_agreement_in_story(path: str | Path, scored: pd.DataFrame | None = None):
    """Your sentiment codes against TextBlob and VADER (``framing.sentiment_agreement``), beside the rule "always
    the most common code", on the sheet at ``path``; "Not coded yet" until every sentence has a code (lesson 07
    shows no tool's agreement while the student codes); a ``NotEnough`` when the sheet is missing or has a problem
    (named with its line)."""
    from framing.coding_checks import sentiment_agreement

    def when_coded(sheet, scored):
        if 0 < sheet.coded < len(sheet.units):
            return NotEnough(
                f"Not coded yet: {sheet.coded} of the {len(sheet.units)} sentences have a code. The agreement is "
                "shown when every sentence has one, so that no tool's result is seen while you code."
            )
        return sentiment_agreement(sheet, scored)

    return _checked_sheet(path, when_coded, "sentiment", scored)
