"""Working with a story folder of your own: where it is, and whether it is ready.

``story_folder`` picks the folder a notebook analyses: the environment variable
``FRAMING_STORY_DIR`` if it is set, otherwise the default the notebook gives.
``check_story_folder`` says in plain words whether the folder can be loaded,
and if not, what is wrong and how to fix it. It never raises, so a notebook can
print its report before it tries to load anything.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

from framing.loading import INDEX_FILE, ArticleLoadError, load_articles

ENVIRONMENT_VARIABLE = "FRAMING_STORY_DIR"

OPTIONAL_FILES = {
    "facts.csv": "facts to look for, for selection (lesson 01)",
    "word-choice.csv": "a word-choice lexicon (lesson 02)",
    "actors.csv": "actors whose mentions are scored for sentiment (lesson 03)",
    "sentiment-hand-coded.csv": "your own sentiment codes, to test the tools against (lesson 03)",
}

_FIXES = (
    ("story folder not found", "Check the path: it should point to the folder that holds articles.csv."),
    ("not a folder", "Point to the folder that holds articles.csv, not to a file."),
    ("articles.csv: missing;", "Copy articles.csv from data/story-template/ into your folder and fill it in."),
    ("the file is empty", "articles.csv needs a header row (article_id,file,...) and one row per article."),
    ("no articles listed", "Add one row per article to articles.csv: a short article_id and the name of its text file."),
    ("missing required column", "The first line of articles.csv must name the columns, including article_id and file."),
    ("duplicate article_id", "Give every article its own article_id."),
    ("article_id is blank", "Fill in the article_id of every row."),
    ("file is blank", "Fill in the file name of every row."),
    ("does not exist", "Check the spelling of the file name in articles.csv, and that the file is in the folder."),
    ("outside the story folder", "Put the text files inside the story folder and list them by name only."),
    ("is empty", "Paste the article's text into the file and save it."),
    ("not UTF-8", "Save the file as UTF-8 text (in most editors: Save As, then choose the encoding UTF-8)."),
    ("reserved", "Rename that column: text and raw_text are used by the course."),
    ("used twice", "Give every column of articles.csv a different name."),
    ("fields, the header has", "A row has too many or too few commas: put any text that contains a comma in double quotes."),
    ("not valid CSV", "Open articles.csv in a spreadsheet program and save it again as CSV (UTF-8)."),
)


def story_folder(default: str | Path) -> Path:
    """The story folder to analyse: ``$FRAMING_STORY_DIR`` if set and not blank, else ``default``.

    Example::

        STORY_DIR = story_folder("../data/pezeshkian-iraq-2024")
    """
    chosen = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    return Path(chosen) if chosen else Path(default)


def check_story_folder(folder: str | Path) -> str:
    """A plain-language report on a story folder: ready or not, and how to fix each problem.

    The report names the folder by its last part only, so that it shows no
    private paths when shared.
    """
    folder = Path(folder)
    name = folder.name or str(folder)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            articles = load_articles(folder)
    except ArticleLoadError as error:
        lines = [f"The story folder '{name}' is not ready. Problems found: {len(error.problems)}."]
        for number, problem in enumerate(error.problems, start=1):
            fix = next((advice for key, advice in _FIXES if key in problem), "See data/README.md, 'The story-folder format'.")
            lines.append(f"{number}. {_short(problem, folder)}\n   How to fix it: {fix}")
        return "\n".join(lines)
    lines = [f"The story folder '{name}' is ready: {len(articles)} articles."]
    metadata = [c for c in articles.columns if c not in ("article_id", "file", "text")]
    lines.append(f"Metadata columns: {', '.join(metadata) if metadata else 'none (consider adding outlet, date and url)'}.")
    if len(articles) < 2:
        lines.append("Framing is comparison: add at least one more article on the same story.")
    for warning in caught:
        lines.append(f"Note: {_short(str(warning.message), folder)}")
    for file_name, purpose in OPTIONAL_FILES.items():
        present = (folder / file_name).is_file()
        lines.append(f"{'Found' if present else 'No'} {file_name}: {purpose}{'' if present else ' (optional)'}.")
    return "\n".join(lines)


def _short(message: str, folder: Path) -> str:
    return message.replace(str(folder / INDEX_FILE), INDEX_FILE).replace(str(folder) + os.sep, "").replace(str(folder), folder.name)
