"""Working with a story folder of your own: where it is, and whether it is ready.

``story_folder`` picks the folder a notebook analyses: the environment variable
``FRAMING_STORY_DIR`` if it is set, otherwise the default the notebook gives.
``check_story_folder`` says in plain words whether the folder can be loaded,
and if not, what is wrong and how to fix it. It never raises, so a notebook can
print its report before it tries to load anything.

``story_warnings`` lists what loads but will mislead (an article that is not
in English, one that cleaning empties, a pattern that matches nothing); the
report shows them as "Note:" lines, and ``warn_about_story`` raises them as
Python warnings in a notebook.
"""

from __future__ import annotations

import os
import re
import string
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.agreement import load_hand_codes
from framing.attribution import load_speaker_groups
from framing.cleaning import clean_articles, non_article_lines
from framing.coding_sheets import read_sheet
from framing.generic_frames import load_codebook, load_entman_functions, load_frame_coding
from framing.hand_csv import HandFileError, read_hand_csv, refuse_special
from framing.lexicon import load_lexicon
from framing.loading import INDEX_FILE, ArticleLoadError, load_articles
from framing.patterns import PatternTooSlowError, table_matchers
from framing.problems import SHOWN_ALIKE, Problem, summarise_problems
from framing.selection import load_facts
from framing.sentences import split_sentences
from framing.sentiment import load_actors
from framing.words import tokenize

ENVIRONMENT_VARIABLE = "FRAMING_STORY_DIR"

OPTIONAL_FILES = {
    "facts.csv": "facts to look for, for selection (lesson 01)",
    "word-choice.csv": "a word-choice lexicon (lesson 02)",
    "actors.csv": "actors whose mentions are scored for sentiment (lesson 03)",
    "sentiment-hand-coded.csv": "your own sentiment codes, to test the tools against (lesson 03)",
    "generic-frames-coded.csv": "your generic-frame coding (lesson 06; lesson 07 writes a blank sheet)",
    "entman-functions.csv": "Entman's four functions, with quotations (lesson 06)",
    "attribution-sheet.csv": "your check of the extractor's speakers (lesson 07 writes it)",
    "sentiment-sheet.csv": "your sentiment codes of a sample of sentences (lesson 07 writes it)",
}

PATTERN_FILES = {
    "facts.csv": (load_facts, ["fact_id"]),
    "word-choice.csv": (load_lexicon, ["concept", "variant"]),
    "actors.csv": (load_actors, ["actor"]),
    "speaker-groups.csv": (load_speaker_groups, ["group"]),
}
"""The pattern files the check loads, with their loader and the column(s) that name a row. The patterns of
speaker-groups.csv are matched against speakers' names, not sentences, so only what needs no sentences is checked
for them (a pattern that cannot be read, that matches empty text, or that looks like a wildcard)."""

MATCHED_AGAINST_SENTENCES = ("facts.csv", "word-choice.csv", "actors.csv")
"""The pattern files whose patterns the lessons search in sentences."""

MOST_SLOW_PATTERNS = 2
"""The check stops searching patterns after this many were too slow (each takes ``PATTERN_TIME_LIMIT`` seconds)."""

CODEBOOK = Path(__file__).resolve().parent.parent / "data" / "generic-frames" / "codebook.csv"
"""The generic-frames codebook lesson 07 codes with."""

_GLOB_STAR = re.compile(r"(?<!\\)[A-Za-z]\*")
"""A letter followed by * (not a class such as \\w*): in a pattern, a wildcard written as in a file search."""

COMMON_ENGLISH_WORDS = frozenset(
    "the of and to that for it with by from his her their they this these those which who would has have had "
    "been not but at or its said are were than there after about".split()
)
"""Very common English words, used to tell English text from other languages. Words that are also common
in French, Spanish, German, Italian or Dutch ("a", "an", "in", "on", "is", "was", "will") are left out."""

MIN_WORDS_TO_JUDGE_LANGUAGE = 20
MIN_LETTERS_TO_JUDGE_LANGUAGE = 100
MIN_COMMON_ENGLISH_SHARE = 0.03
"""An English news text has 15 to 30% of its words in ``COMMON_ENGLISH_WORDS``; under 3% it is not English."""

_REGEX_MEANINGS = {
    "$": "'end of text'",
    ".": "'any character'",
    "(": "'start of a group'",
    "+": "'one or more of the character before'",
    "?": "'the character before is optional'",
}

FIXES = {
    "folder_not_found": (
        "Check the path: it should point to the folder that holds articles.csv. A path like "
        "../data/my-story is read from the working folder named above."
    ),
    "not_a_folder": "Point to the folder that holds articles.csv, not to a file.",
    "index_missing": "Copy articles.csv from data/story-template/ into your folder and fill it in.",
    "link_loop": "A link (shortcut) points back to itself: delete it and put the real file in the story folder.",
    "broken_link": "The link points to a file that is gone: delete it and copy the real file into the folder.",
    "permission_denied": (
        "Make it readable (in a terminal: chmod u+r FILE, or chmod u+rx FOLDER for a folder), or copy "
        "it to a new file of your own."
    ),
    "disappeared": "Run the check again; if the file was moved or renamed, put it back or update articles.csv.",
    "name_too_long": "Give the file a shorter name (a few words is plenty) and use the same name in articles.csv.",
    "control_character": (
        "Retype the file name in articles.csv: it holds an invisible character copied from another program."
    ),
    "lists_itself": "List each article's text file (.txt) in the file column, not articles.csv.",
    "not_plain_text": (
        "Open the file in the program that made it and save it again as plain text in UTF-8 (for "
        "articles.csv: CSV UTF-8)."
    ),
    "utf16": "Save the file as UTF-8 (in Notepad: Save As, Encoding 'UTF-8', not 'Unicode' or 'UTF-16').",
    "utf32": "Save the file as UTF-8 (Save As, then choose the encoding UTF-8).",
    "wrong_delimiter": (
        "Save articles.csv again with commas: in Excel, Save As 'CSV UTF-8 (comma delimited)'; in "
        "LibreOffice, tick 'Edit filter settings' and choose ',' as the field delimiter."
    ),
    "curly_quotes": (
        "Replace the curly quotes “ ” with straight double quotes \" (turn off 'smart quotes', or let a "
        "spreadsheet program save the CSV)."
    ),
    "column_unnamed": (
        "Type a name for that column in the first line of articles.csv, or delete the column if it holds nothing."
    ),
    "index_empty": "articles.csv needs a header row (article_id,file,...) and one row per article.",
    "no_articles": "Add one row per article to articles.csv: a short article_id and the name of its text file.",
    "missing_required_column": "The first line of articles.csv must name the columns, including article_id and file.",
    "missing_columns": (
        "The first line must name the file's columns: facts.csv needs fact_id, fact and pattern; word-choice.csv "
        "needs concept, variant and pattern; actors.csv actor and pattern; speaker-groups.csv group and pattern; "
        "the others as data/README.md says ('The story-folder format')."
    ),
    "bad_pattern": (
        "Fix the pattern: a character such as ( [ + ? * must be paired or written with a backslash before "
        "it, like \\( to mean itself."
    ),
    "duplicate_article_id": "Give every article its own article_id.",
    "article_id_blank": "Fill in the article_id of every row.",
    "file_blank": "Fill in the file name of every row.",
    "file_name_differs": "Make the name in articles.csv and the file's name the same: change one of them to match.",
    "file_missing": "Check the spelling of the file name in articles.csv, and that the file is in the folder.",
    "outside_folder": "Put the text files inside the story folder and list them by name only.",
    "is_a_folder": "List the text file itself, not a folder.",
    "text_empty": "Paste the article's text into the file and save it.",
    "no_words": "Paste the article's text into the file and save it: spaces and invisible characters are not text.",
    "not_utf8": (
        "Save the file as UTF-8: in a spreadsheet program, Save As > CSV UTF-8 (comma delimited); in an editor, Save "
        "As, then choose the encoding UTF-8."
    ),
    "reserved_column": "Rename that column: text and raw_text are used by the course.",
    "column_used_twice": "Give every column a different name in the file's first line.",
    "key_used_twice": "Give every row of the file its own name.",
    "cell_blank": "Fill in the blank cell on that line.",
    "row_width": "A row has too many or too few commas: put any text that contains a comma in double quotes.",
    "not_valid_csv": "Open the file in a spreadsheet program and save it again as CSV UTF-8 (comma delimited).",
    "check_failed": "This is a fault in the course's tools, not in your folder: send this report to your instructor.",
    "special_file": (
        "Save it as an ordinary file in the story folder and use that one: a pipe or a device is not a file, so it "
        "was not opened."
    ),
    "unreadable": "Copy the file to a new file of your own in the story folder, and list that one.",
    "not_a_path": 'Give load_articles the folder\'s path in quotation marks, like "../data/my-story".',
    "file_empty": (
        "The file has nothing in it: copy the header row from data/story-template/ and add one row per entry."
    ),
    "file_not_found": "Check the file's name and that it is in the story folder.",
    "file_too_large": "Check that it is the right file: a table made by hand is a few kilobytes.",
    "spreadsheet_workbook": (
        "Open it in your spreadsheet program and choose Save As > CSV UTF-8 (comma delimited), then use the .csv "
        "file it makes."
    ),
    "unclosed_quote": 'Close the double quote on that line, or write a double quote inside a cell as two ("").',
    "too_many_rows": "Keep the rows you need in the file (a hand-made table has tens of rows); is it the right file?",
    "not_a_number": "Write a whole number (1, 2, 3...) in that cell, as the course numbers sentences and questions.",
    "not_a_choice": "Write one of the values the message lists, spelt as it is there.",
    "example_row": "Delete the comment or example row: the course reads every row of the file as data.",
    "no_rows": "Add one row per entry below the header row.",
    "sentence_not_found": (
        "Copy the article_id and sentence_no from the sentences table of your story (framing.split_sentences)."
    ),
    "sentence_changed": (
        "Copy the sentence again from the sentences table (framing.split_sentences): a code belongs to the sentence "
        "word for word, quotation marks included."
    ),
    "quote_not_found": (
        "Copy the quote from the article's text file, word for word, with its own quotation marks and apostrophes."
    ),
    "answer_needs_quote": "Copy the article's own words that back the yes into the quote column.",
    "question_unanswered": (
        "Answer every question for each article you code, or delete the rows of an article you do not code."
    ),
    "not_in_codebook": "Copy the frame and question_no from the codebook (data/generic-frames/codebook.csv).",
    "entman_row_empty": "Give a quote of the article's own words, or a note saying that the article offers none.",
    "pattern_matches_empty": (
        "Remove the | at the start or end of the pattern, or the * or ? that makes all of it optional: such a "
        "pattern 'matches' every sentence."
    ),
    "pattern_too_slow": (
        "Rewrite the pattern without a repeat inside a repeat: write the words themselves, with a limited gap "
        "between them such as .{0,80} instead of (\\w+\\s*)* or (.|\\s)*."
    ),
}
"""The advice for each problem code (``framing.problems.Problem``): what a student does to fix it."""


def story_folder(default: str | Path) -> Path:
    """The story folder to analyse: ``$FRAMING_STORY_DIR`` if set and not blank, else ``default``.

    Example::

        STORY_DIR = story_folder("../data/pezeshkian-iraq-2024")
    """
    chosen = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    return Path(chosen) if chosen else Path(default)


def plural(count: int, word: str) -> str:
    """``count`` and ``word``, with an s unless the count is one.

    >>> plural(1, "article"), plural(2, "article"), plural(0, "line")
    ('1 article', '2 articles', '0 lines')
    """
    return f"{count} {word}{'' if count == 1 else 's'}"


def fix_for(problem: str) -> str:
    """The advice for a problem, chosen by its code (a plain string gets the general advice).

    >>> from framing.problems import SHOWN_ALIKE, Problem, summarise_problems
    >>> fix_for(Problem("text_empty", "a.txt: the text of article 'a' is empty"))
    "Paste the article's text into the file and save it."
    """
    return FIXES.get(getattr(problem, "code", ""), "See data/README.md, 'The story-folder format'.")


def check_story_folder(folder: str | Path) -> str:
    """A plain-language report on a story folder: ready or not, and how to fix each problem.

    The report names files by their name inside the folder, so that it shows
    no private paths when shared; only a folder that is not found is shown
    with its absolute path, to say where it was looked for. It never raises:
    an unexpected error becomes a problem line naming its type and message.
    """
    try:
        return _report(Path(folder))
    except Exception as error:  # the promise is a report, never a traceback
        problem = Problem("check_failed", f"the check itself failed unexpectedly ({type(error).__name__}: {error})")
        return _not_ready_report(_folder_name(folder), [problem], None)


def _folder_name(folder) -> str:
    try:
        path = Path(folder)
        return path.name or str(path)
    except Exception:
        return str(folder)


def _report(folder: Path) -> str:
    name = folder.name or str(folder)
    problems, articles, caught = _try_to_load(folder)
    sentences = None if articles is None else split_sentences(clean_articles(articles))
    file_problems, tables, file_notes = _load_story_files(folder, articles, sentences)
    problems += file_problems
    pattern_notes = []
    if sentences is not None:
        slow, pattern_notes = _pattern_findings(sentences["sentence"].tolist(), tables)
        problems += slow
    if problems:
        return _not_ready_report(name, problems, folder)
    lines = [f"The story folder '{name}' is ready: {plural(len(articles), 'article')}."]
    metadata = [c for c in articles.columns if c not in ("article_id", "file", "text")]
    lines.append(
        f"Metadata columns: {', '.join(metadata) if metadata else 'none (consider adding outlet, date and url)'}."
    )
    if len(articles) < 2:
        lines.append("Framing is comparison: add at least one more article on the same story.")
    notes = [str(warning.message) for warning in caught] + [language_warning(a, t) for a, t in _raw_texts(articles)]
    notes += cleaning_warnings(articles) + file_notes + pattern_notes
    lines += [f"Note: {_short(note, folder)}" for note in _capped(note for note in notes if note)]
    for file_name, purpose in OPTIONAL_FILES.items():
        present = (folder / file_name).is_file()
        lines.append(f"{'Found' if present else 'No'} {file_name}: {purpose}{'' if present else ' (optional)'}.")
    return "\n".join(lines)


def _try_to_load(folder: Path) -> tuple[list[str], pd.DataFrame | None, list]:
    """The problems (none if loaded), the articles (None if not) and the warnings caught while loading."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            return [], load_articles(folder), caught
        except ArticleLoadError as error:
            return error.problems, None, caught


def _not_ready_report(name: str, problems: list[str], folder: Path | None) -> str:
    lines = [f"The story folder '{name}' is not ready. Problems found: {len(problems)}."]
    for number, problem in enumerate(summarise_problems(problems), start=1):
        shown = problem if folder is None or "story folder not found" in problem else _short(problem, folder)
        lines.append(f"{number}. {shown}\n   How to fix it: {fix_for(problem)}")
    return "\n".join(lines)


def _capped(notes, shown: int = SHOWN_ALIKE) -> list[str]:
    """The notes, with at most ``shown`` notes about one file spelt out and the rest of them counted in one line,
    so that a file with thousands of unmatched patterns makes a short report.

    >>> _capped([f"facts.csv line {n}: x" for n in range(2, 1002)], shown=2)
    ['facts.csv line 2: x', 'facts.csv line 3: x', 'facts.csv: and 998 more notes like the ones before']
    """
    notes = list(notes)
    about = [re.split(r"[: ]", note, maxsplit=1)[0] if re.match(r"\S+\.csv[: ]", note) else note for note in notes]
    counts = Counter(about)
    seen: Counter = Counter()
    kept = []
    for note, file_name in zip(notes, about):
        seen[file_name] += 1
        if seen[file_name] <= shown:
            kept.append(note)
        if seen[file_name] == shown and counts[file_name] > shown:
            kept.append(f"{file_name}: and {counts[file_name] - shown:,} more notes like the ones before")
    return kept


def _story_file_loaders(articles: pd.DataFrame | None, sentences: pd.DataFrame | None) -> dict:
    """Each file of a story folder that the check reads, and how the lessons read it (with the articles and
    sentences when they loaded, so that quotes and coded sentences are checked against them)."""
    return {
        **{file_name: loader for file_name, (loader, _) in PATTERN_FILES.items()},
        "sentiment-hand-coded.csv": lambda path: load_hand_codes(path, sentences),
        "generic-frames-coded.csv": lambda path: _frame_coding(path, articles),
        "entman-functions.csv": lambda path: load_entman_functions(path, articles),
        "attribution-sheet.csv": lambda path: read_sheet(path, activity="attribution-check").units,
        "sentiment-sheet.csv": lambda path: read_sheet(path, activity="sentiment", reference=sentences).units,
    }


def _frame_coding(path: Path, articles: pd.DataFrame | None):
    """The frame coding as lesson 07 reads it, or a note when it has no answers yet (as lesson 07 writes it)."""
    table = read_hand_csv(path, ["answer"]).table
    if not table["answer"].str.strip().any():
        return f"{path.name} has no answers yet: fill it in (lesson 07, section 10) before you report frames."
    if not CODEBOOK.is_file():
        return f"{path.name} was not checked: the codebook {CODEBOOK} is missing."
    return load_frame_coding(path, load_codebook(CODEBOOK), articles)


def _load_story_files(folder: Path, articles, sentences, names=None) -> tuple[list[str], dict, list[str]]:
    """The problems of every story file present (of ``names`` only, when given; a pipe or folder in its place
    refused unopened), the tables loaded (None for a file that is absent or cannot be loaded), and the notes: the
    loaders' warnings, and files with no rows yet."""
    problems, tables, notes = [], {}, []
    for file_name, load in _story_file_loaders(articles, sentences).items():
        if names is not None and file_name not in names:
            continue
        path = folder / file_name
        tables[file_name] = None
        if not os.path.lexists(path):
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                refuse_special(path)
                loaded = load(path)
            except (HandFileError, ArticleLoadError) as error:
                problems += error.problems
                continue
        notes += [str(warning.message) for warning in caught]
        if isinstance(loaded, str):
            notes.append(loaded)
            continue
        tables[file_name] = loaded
        if loaded.empty and file_name in PATTERN_FILES:
            notes.append(f"{file_name} has no rows yet: add one row per pattern below its header row.")
    return problems, tables, notes


def pattern_file_problems(folder: Path) -> list[str]:
    """The problems of the folder's pattern files (``PATTERN_FILES``: a missing column, an invalid pattern...), one
    per problem of the loaders; none for a file that is absent or fine."""
    return _load_story_files(folder, None, None, PATTERN_FILES)[0]


def story_warnings(articles: pd.DataFrame, folder: str | Path | None = None) -> list[str]:
    """Plain sentences about what loads but will mislead: an article mostly not in English, one that
    cleaning empties or halves, and (given the folder) a facts.csv or word-choice.csv that has no rows
    or a pattern that matches nothing. A pattern file that cannot be loaded is left to
    ``check_story_folder``, which reports it as a problem.

    ``articles`` is the table from ``load_articles`` (or ``clean_articles``).
    """
    require_columns(articles, ["article_id", "text"])
    notes = [language_warning(article_id, text) for article_id, text in _raw_texts(articles)]
    notes += cleaning_warnings(articles)
    if folder is not None:
        notes += pattern_warnings(articles, Path(folder))
    return [note for note in notes if note]


def warn_about_story(articles: pd.DataFrame, folder: str | Path | None = None) -> list[str]:
    """Issue each of ``story_warnings`` as a ``UserWarning`` (shown under a notebook cell) and return them."""
    notes = story_warnings(articles, folder)
    for note in notes:
        warnings.warn(note, UserWarning, stacklevel=2)
    return notes


def _raw_texts(articles: pd.DataFrame) -> list[tuple[str, str]]:
    column = "raw_text" if "raw_text" in articles.columns else "text"
    return list(zip(articles["article_id"], articles[column]))


def language_warning(article_id: str, text: str) -> str | None:
    """A warning if ``text`` is mostly not English, else None.

    The test is simple and offline. A text is judged if it has at least 20
    words or 100 letters. It is "mostly not English" if over half of its
    letters are outside the ASCII Latin alphabet (Arabic, Persian, Hebrew,
    Chinese, Russian...), or, with 20 words or more, under 3% of its words are
    among ``COMMON_ENGLISH_WORDS`` (French, Spanish, German...).

    >>> language_warning("a", "Le président iranien est arrivé à Bagdad mercredi pour sa première visite officielle "
    ...     "à l'étranger depuis son élection, a annoncé la télévision d'État.")[:40]
    "'a' looks mostly not English: 0% of its "
    >>> language_warning("b", "The president arrived in Baghdad on Wednesday for his first visit abroad.") is None
    True
    """
    letters = [ch for ch in text if ch.isalpha()]
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < MIN_WORDS_TO_JUDGE_LANGUAGE and len(letters) < MIN_LETTERS_TO_JUDGE_LANGUAGE:
        return None
    latin = sum(ch in string.ascii_letters for ch in letters) / len(letters)
    common = sum(word in COMMON_ENGLISH_WORDS for word in words) / len(words) if words else 0.0
    judged_by_words = len(words) >= MIN_WORDS_TO_JUDGE_LANGUAGE
    if latin >= 0.5 and not (judged_by_words and common < MIN_COMMON_ENGLISH_SHARE):
        return None
    return (
        f"'{article_id}' looks mostly not English: {common:.0%} of its words are common English words such as "
        f"'the' and 'of' (English news has 15% or more), and {latin:.0%} of its letters are Latin (a to z). "
        "The course's tools (sentiment lexicons, attribution rules, word lists) are built for English and will "
        "give empty or meaningless results for it."
    )


def cleaning_warnings(articles: pd.DataFrame) -> list[str]:
    """A warning for each article that cleaning empties or cuts by more than half its words, naming the
    lines removed and the rules that removed them (``framing.non_article_lines`` lists them)."""
    column = "raw_text" if "raw_text" in articles.columns else "text"
    removed = non_article_lines(articles, text_column=column)
    cleaned = clean_articles(articles)
    notes = []
    for (article_id, raw), clean in zip(_raw_texts(articles), cleaned["text"]):
        before, after = len(tokenize(raw)), len(tokenize(clean))
        if before == 0 or (after > 0 and before - after <= before / 2):
            continue
        lines = removed[removed["article_id"] == article_id]
        rules = ", ".join(f"{rule} ({plural(n, 'line')})" for rule, n in lines["rule"].value_counts(sort=False).items())
        what = "all the words" if after == 0 else f"{before - after} of the {before} words"
        notes.append(
            f"cleaning removes {what} of '{article_id}': {plural(len(lines), 'line')}, by the rule(s) {rules}. "
            "Check them with framing.non_article_lines(articles); if they are article text, put each paragraph "
            "on its own line, or correct the headline or byline in articles.csv."
        )
    return notes


def pattern_warnings(articles: pd.DataFrame, folder: Path) -> list[str]:
    """Warnings for the folder's pattern files (``PATTERN_FILES``): no rows yet, a pattern that matches no sentence
    of any cleaned article (with a hint when it holds $ . ( + ? probably meant literally), one that matches every
    sentence, one that looks like a wildcard (``Iran*``, with what it matched), and one too slow to search. A file
    that is absent or cannot be loaded gives no warning here."""
    _, loaded, _ = _load_story_files(Path(folder), None, None, PATTERN_FILES)
    tables = {name: table for name, table in loaded.items() if name in PATTERN_FILES and table is not None}
    notes = [
        f"{name} has no rows yet: add one row per pattern below its header row."
        for name, t in tables.items()
        if t.empty
    ]
    if all(table.empty for table in tables.values()):
        return notes
    sentences = split_sentences(clean_articles(articles))["sentence"].tolist()
    slow, found = _pattern_findings(sentences, tables)
    return notes + [str(problem) for problem in slow] + found


def _pattern_findings(sentences: list[str], tables: dict) -> tuple[list[str], list[str]]:
    """The problems (a pattern too slow to search) and the notes (a pattern that matches nothing, every sentence,
    or looks like a wildcard) of the loaded pattern files, each naming the file and the line. After
    ``MOST_SLOW_PATTERNS`` patterns too slow to search, the others are not searched, so that the check ends in
    seconds."""
    problems, notes, slow = [], [], 0
    for file_name, (_, keys) in PATTERN_FILES.items():
        table = tables.get(file_name)
        if table is None or table.empty:
            continue
        rows = zip(_file_lines(table), zip(*(table[k] for k in keys)), table_matchers(table, keys))
        for line, names, matcher in rows:
            where = f"{file_name} line {line} ({' / '.join(names)!r})"
            searched = file_name in MATCHED_AGAINST_SENTENCES and slow < MOST_SLOW_PATTERNS
            try:
                matches = matcher.finditer_each(sentences) if searched else None
            except PatternTooSlowError as error:
                problems += error.problems
                slow += 1
                continue
            notes += _pattern_notes(where, matcher.pattern, matches)
    if slow >= MOST_SLOW_PATTERNS:
        notes.append(
            f"after {slow} patterns too slow to search, the other patterns were not searched: fix those first, then "
            "run the check again"
        )
    return problems, notes


def _file_lines(table: pd.DataFrame) -> list[int]:
    """The file's line of each row of a pattern table as loaded (the file is read again: blank rows are skipped)."""
    source = table.attrs.get("pattern_file")
    try:
        lines = list(read_hand_csv(source, ["pattern"]).table.index) if source else []
    except HandFileError:
        lines = []
    return lines if len(lines) == len(table) else [position + 2 for position in range(len(table))]


def _pattern_notes(where: str, pattern: str, matches: list[list] | None) -> list[str]:
    """What a pattern's matches in the sentences (None: not searched in sentences) say is probably wrong with it."""
    if matches is not None and not any(matches):
        return [f"{where}: {unmatched_pattern_hint(pattern)}"]
    notes = []
    if matches is not None and len(matches) > 1 and all(matches):
        first = matches[0][0]
        notes.append(
            f"{where}: `{pattern}` matches every one of the {len(matches)} sentences (such as {first.group(0)!r} in "
            f"{first.string[:50]!r}), so it tells the articles apart by nothing: write the words that state it"
        )
    star = _GLOB_STAR.search(pattern)
    if star:
        letter, stem = star.group(0)[0], pattern[: star.start() + 1]
        seen = _matched_words(matches or [])
        shown = f"; it matched {seen}" if seen else ""
        notes.append(
            f"{where}: `{pattern}` is a regular expression, not a wildcard: `{letter}*` means '{letter} any number of "
            f"times, or not at all'{shown}. For words that start with {stem!r}, write `{stem}\\w*`"
        )
    return notes


def _matched_words(matches: list[list], most: int = 3) -> str:
    """Up to ``most`` different matches, each with the word it stands in ("'Ira' in 'Iraq'"), those inside a longer
    word first."""
    found = {}
    for sentence_matches in matches:
        for match in sentence_matches:
            text, start, end = match.string, match.start(), match.end()
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
            found.setdefault((match.group(0), text[start:end]), None)
    ordered = sorted(found, key=lambda pair: (pair[0] == pair[1], len(pair[0])))
    return ", ".join(f"{m!r} in {w!r}" if m != w else repr(m) for m, w in ordered[:most])


def unmatched_pattern_hint(pattern: str) -> str:
    """Say that ``pattern`` matches nothing, explaining any $ . ( + ? that was probably meant literally.

    >>> print(unmatched_pattern_hint("$2.3 million"))
    `$2.3 million` matches nothing: in a pattern `$` means 'end of text' and `.` means 'any character';
    write `\\$2\\.3 million`
    >>> unmatched_pattern_hint("Gaza")
    '`Gaza` matches nothing in any article.'
    """
    used = [ch for ch in _REGEX_MEANINGS if ch in pattern]
    if not used or "\\" in pattern:
        return f"`{pattern}` matches nothing in any article."
    meanings = " and ".join(f"`{ch}` means {_REGEX_MEANINGS[ch]}" for ch in used)
    literal = "".join("\\" + ch if ch in "$.()+?*[]{}^|" else ch for ch in pattern)
    return f"`{pattern}` matches nothing: in a pattern {meanings}; write `{literal}`"


def _short(message: str, folder: Path) -> str:
    return (
        message.replace(str(folder / INDEX_FILE), INDEX_FILE)
        .replace(str(folder) + os.sep, "")
        .replace(str(folder), folder.name)
    )
