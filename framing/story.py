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
from pathlib import Path

import pandas as pd

from framing._tables import require_columns
from framing.cleaning import clean_articles, non_article_lines
from framing.lexicon import load_lexicon
from framing.loading import INDEX_FILE, ArticleLoadError, load_articles
from framing.patterns import PatternFileError, compile_pattern
from framing.problems import Problem
from framing.selection import load_facts
from framing.sentences import split_sentences
from framing.words import tokenize

ENVIRONMENT_VARIABLE = "FRAMING_STORY_DIR"

OPTIONAL_FILES = {
    "facts.csv": "facts to look for, for selection (lesson 01)",
    "word-choice.csv": "a word-choice lexicon (lesson 02)",
    "actors.csv": "actors whose mentions are scored for sentiment (lesson 03)",
    "sentiment-hand-coded.csv": "your own sentiment codes, to test the tools against (lesson 03)",
    "generic-frames-coded.csv": "your generic-frame coding (lesson 06; lesson 07 writes a blank sheet)",
    "entman-functions.csv": "Entman's four functions, with quotations (lesson 06)",
}

PATTERN_FILES = {"facts.csv": (load_facts, ["fact_id"]), "word-choice.csv": (load_lexicon, ["concept", "variant"])}
"""The pattern files the check loads, with their loader and the column(s) that name a row."""

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
        "facts.csv needs the columns fact_id, fact and pattern; word-choice.csv needs concept, variant "
        "and pattern (see data/README.md)."
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
    "not_utf8": "Save the file as UTF-8 text (in most editors: Save As, then choose the encoding UTF-8).",
    "reserved_column": "Rename that column: text and raw_text are used by the course.",
    "column_used_twice": "Give every column of articles.csv a different name.",
    "key_used_twice": "Give every row of the file its own name.",
    "cell_blank": "Fill in the blank cell on that line.",
    "row_width": "A row has too many or too few commas: put any text that contains a comma in double quotes.",
    "not_valid_csv": "Open articles.csv in a spreadsheet program and save it again as CSV (UTF-8).",
    "check_failed": "This is a fault in the course's tools, not in your folder: send this report to your instructor.",
    "special_file": (
        "Save the article as a plain text file in the story folder and list that file; a pipe or device is not a file."
    ),
    "unreadable": "Copy the file to a new file of your own in the story folder, and list that one.",
    "not_a_path": 'Give load_articles the folder\'s path in quotation marks, like "../data/my-story".',
    "file_empty": (
        "The file has nothing in it: copy the header row from data/story-template/ and add one row per entry."
    ),
    "file_not_found": "Check the file's name and that it is in the story folder.",
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

    >>> from framing.problems import Problem
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
    problems += pattern_file_problems(folder)
    if problems:
        return _not_ready_report(name, problems, folder)
    lines = [f"The story folder '{name}' is ready: {plural(len(articles), 'article')}."]
    metadata = [c for c in articles.columns if c not in ("article_id", "file", "text")]
    lines.append(
        f"Metadata columns: {', '.join(metadata) if metadata else 'none (consider adding outlet, date and url)'}."
    )
    if len(articles) < 2:
        lines.append("Framing is comparison: add at least one more article on the same story.")
    notes = [_short(str(warning.message), folder) for warning in caught] + story_warnings(articles, folder)
    lines += [f"Note: {note}" for note in notes]
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
    for number, problem in enumerate(problems, start=1):
        shown = problem if folder is None or "story folder not found" in problem else _short(problem, folder)
        lines.append(f"{number}. {shown}\n   How to fix it: {fix_for(problem)}")
    return "\n".join(lines)


def pattern_file_problems(folder: Path) -> list[str]:
    """The problems of the folder's facts.csv and word-choice.csv (a missing column, an invalid
    pattern...), one per line of the loaders' messages; none for a file that is absent or fine."""
    problems = []
    for file_name, (loader, _) in PATTERN_FILES.items():
        path = folder / file_name
        if not path.is_file():
            continue
        try:
            loader(path)
        except (PatternFileError, ArticleLoadError) as error:
            problems += error.problems
    return problems


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
    """Warnings for the folder's facts.csv and word-choice.csv: no rows yet, or a pattern that matches
    no sentence of any cleaned article (with a hint when it holds $ . ( + ? probably meant literally).
    A file that is absent or cannot be loaded gives no warning here."""
    tables = {}
    for file_name, (loader, keys) in PATTERN_FILES.items():
        try:
            tables[file_name] = (loader(folder / file_name), keys) if (folder / file_name).is_file() else None
        except (PatternFileError, ArticleLoadError):
            tables[file_name] = None
    if not any(tables.values()):
        return []
    sentences = split_sentences(clean_articles(articles))["sentence"].tolist()
    notes = []
    for file_name, loaded in tables.items():
        if loaded is None:
            continue
        table, keys = loaded
        if table.empty:
            notes.append(f"{file_name} has no rows yet: add one row per pattern below its header row.")
        for position, row in table.iterrows():
            if not _matches_anything(row["pattern"], sentences):
                key = " / ".join(row[k] for k in keys)
                notes.append(f"{file_name} line {position + 2} ({key!r}): {unmatched_pattern_hint(row['pattern'])}")
    return notes


def _matches_anything(pattern: str, sentences: list[str]) -> bool:
    compiled = compile_pattern(pattern)
    return any(match.group(0) for sentence in sentences for match in compiled.finditer(sentence))


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
