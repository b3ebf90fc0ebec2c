"""A real three-outlet story for testing lesson 07, built at test time from PolNeAR (../shared/polnear).

PolNeAR's texts belong to their publishers and are not part of the project (see ../shared/polnear/README.md): this
module copies three of them into a temporary story folder for a test run and nothing else. The story: on 28 January
2016 Donald Trump stayed away from the Fox News Republican debate, as reported by Politico, USA Today and the Western
Journal (PolNeAR's train split). Tests that use it skip where the corpus is absent.
"""

from __future__ import annotations

from pathlib import Path

from paths import ROOT

POLNEAR = ROOT.parent / "shared" / "polnear"
ARTICLES = {
    "politico": ("train", "politico_2016-01-28_super-pac-blasts-trump-for-skipp", "2016-01-28"),
    "usa-today": ("train", "usa-today_2016-01-29_absent-trump-derides-debate-cruz", "2016-01-29"),
    "west-journal": ("train", "west-journal_2016-01-29_trump-made-this-shocking-final-d", "2016-01-29"),
}


def available() -> bool:
    return all((POLNEAR / split / "text" / f"{name}.txt").is_file() for split, name, _ in ARTICLES.values())


def trump_debate_story(folder: Path) -> Path:
    """Write the story folder (articles.csv with outlet, date and headline, one text file per article) and return it.
    The first line of each PolNeAR text is its headline; the headline column lets cleaning take it off the body."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["article_id,file,outlet,date,headline"]
    for outlet, (split, name, date) in ARTICLES.items():
        text = (POLNEAR / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        (folder / f"{outlet}.txt").write_text(text, encoding="utf-8")
        headline = text.split("\n", 1)[0].strip().replace('"', '""')
        rows.append(f'{outlet},{outlet}.txt,{outlet},{date},"{headline}"')
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder
