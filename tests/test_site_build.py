"""The site build (tools/site.py) without a browser: what the staging copy changes, and when the build fails.

The staging tests need only nbformat and BeautifulSoup, and always run. The build tests make a small course in a
temporary folder, with exercise and solution notebooks named as the lessons will be (``01-one-exercises.ipynb``),
and build it with ``python tools/course.py site --root``: it must find every notebook, and fail, naming the file,
on a link to a page that does not exist and on a missing image. They need Sphinx, myst-nb and sphinx-book-theme
(requirements-dev.txt) and are skipped without them, except in CI. tests/test_site.py opens the course's own site in
a browser.
"""

from __future__ import annotations

import base64
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from paths import ROOT, load_site_tool

site = load_site_tool()
course = sys.modules["course"]

SITE_TOOLS = ("sphinx", "myst_nb", "sphinx_book_theme", "latex2mathml", "bs4")
MISSING_SITE_TOOLS = [name for name in SITE_TOOLS if importlib.util.find_spec(name) is None]
if MISSING_SITE_TOOLS and os.environ.get("CI") == "true":
    raise RuntimeError(f"CI must build the site, but {', '.join(MISSING_SITE_TOOLS)} is missing (requirements-dev.txt)")
needs_site_tools = pytest.mark.skipif(
    bool(MISSING_SITE_TOOLS),
    reason=f"the site build needs {', '.join(MISSING_SITE_TOOLS)} (pip install -r requirements-dev.txt)",
)
needs_soup = pytest.mark.skipif(importlib.util.find_spec("bs4") is None, reason="needs beautifulsoup4")

PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360f8cfc000000301010018dd8db00000000049454e44ae426082"
    )
).decode()
"""A 1 x 1 PNG image, standing in for a chart."""


def no_network_prefix() -> list[str]:
    """``unshare -rn``: run a command in a new network namespace with no network, where the machine allows it."""
    if not shutil.which("unshare"):
        return []
    try:
        ok = subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        ok = False
    return ["unshare", "-rn"] if ok else []


def build(root: Path, out: Path, *options: str, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    """``python tools/course.py site --root ROOT --out OUT``, as a maintainer runs it, within 5 minutes."""
    command = [*(prefix or []), sys.executable, str(ROOT / "tools" / "course.py"), "site", "--root", str(root)]
    return subprocess.run([*command, "--out", str(out), *options], capture_output=True, text=True, timeout=300)


# Staging -------------------------------------------------------------------------------------------------------------


def markdown(text: str):
    return nbformat.v4.new_markdown_cell(text)


def code(text: str, *outputs):
    cell = nbformat.v4.new_code_cell(text)
    cell.outputs = list(outputs)
    return cell


def printed(text: str):
    return nbformat.v4.new_output("stream", name="stdout", text=text)


def chart():
    return nbformat.v4.new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure size 640x260>"})


def lesson(*cells):
    notebook = nbformat.v4.new_notebook()
    notebook.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3"},
        "language_info": {"name": "python"},
    }
    notebook.cells = [
        markdown(
            f"{course.NAV_MARK}\n[![Open in Binder](https://mybinder.org/badge_logo.svg)](https://b) | [Up](0.ipynb)"
        ),
        *cells,
        markdown(f"{course.NAV_MARK}\n**Next:** [Two](02-two.ipynb)"),
    ]
    return notebook


def alt_texts(notebook) -> list[str]:
    return [c.metadata["mystnb"]["image"]["alt"] for c in notebook.cells if c.cell_type == "code" and site.has_chart(c)]


def test_staging_leaves_out_the_navigation_cells_and_nothing_else():
    notebook = lesson(markdown("# 01 · One"), code("1 + 1"))
    before = nbformat.writes(notebook)
    staged, notes = site.staged_notebook(notebook, "notebooks/01-one.ipynb")
    assert [course.source(c) for c in staged.cells] == ["# 01 · One", "1 + 1"]
    assert nbformat.writes(notebook) == before, "the notebook read from the repository must not change"
    assert notes == []


def test_a_chart_gets_the_description_its_notebook_prints_as_alternative_text():
    notebook = lesson(
        code(
            'print(framing.describe_values(counts))\nframing.charts.plot_values(counts, title="T");',
            printed("Bars: a 3, b 2.\n"),
            chart(),
        ),
        code('framing.plot_grid(grid, title="Grid");', chart()),
        code("print(framing.describe_grid(grid))", printed("A grid of 2 facts.\n")),
    )
    staged, notes = site.staged_notebook(notebook, "notebooks/01-one.ipynb")
    assert alt_texts(staged) == ["Bars: a 3, b 2.", "A grid of 2 facts."]
    assert notes == []


def test_a_chart_without_a_printed_description_gets_its_title_and_a_note():
    notebook = lesson(
        code("print('Check passed.')", printed("Check passed.\n")),
        code('# plot_values(counts, title="____")\nplot_values(counts, title="Facts per article");', chart()),
        code("assert True\nprint('Check passed.')", printed("Check passed.\n")),
    )
    staged, notes = site.staged_notebook(notebook, "solutions/01-one.ipynb")
    assert alt_texts(staged) == ["Chart: Facts per article"]
    assert len(notes) == 1 and notes[0].startswith("solutions/01-one.ipynb: a chart with no printed description")


@needs_soup
def test_text_columns_of_tables_are_marked_for_left_alignment_and_numbers_are_not():
    table = (
        '<table border="1" class="dataframe"><thead><tr style="text-align: right;"><th></th><th>sentence</th>'
        "<th>score</th></tr></thead><tbody><tr><th>a</th><td>Talks began in the capital on day one, at noon.</td>"
        "<td>0.25</td></tr><tr><th>b</th><td>They ended.</td><td>-1</td></tr></tbody></table>"
    )
    marked = site.mark_table_columns(table)
    assert marked.count('class="course-text"') == 3, marked  # the index column, header included
    assert marked.count('class="course-text course-prose"') == 3, marked  # the sentences, longer than LONG_TEXT
    assert "<td>0.25</td>" in marked and "<th>score</th>" in marked
    assert site.mark_table_columns("<p>no table</p>") == "<p>no table</p>"
    concordance = (
        '<table class="dataframe"><thead><tr><th></th><th>left</th><th>match</th><th>right</th></tr></thead>'
        "<tbody><tr><th>0</th><td>…the war in</td><td>Gaza</td><td>began …</td></tr></tbody></table>"
    )
    assert "<td>…the war in</td>" in site.mark_table_columns(concordance), "a left context aligns on the match"


def test_every_chart_of_the_lessons_has_a_printed_description():
    """The course's rule (CONTRIBUTING.md, Charts) that the site's alternative text rests on."""
    missing = []
    for path in course.lesson_paths(course.LESSONS):
        _, notes = site.staged_notebook(course.read(path), path.relative_to(ROOT).as_posix())
        missing += notes
    assert not missing, "\n".join(missing)


# Building a small course -----------------------------------------------------------------------------------------


def small_course(folder: Path) -> Path:
    """A course of one lesson with the course's layout, its exercise and solution notebooks renamed."""
    (folder / "data" / "story-template").mkdir(parents=True)
    shutil.copyfile(ROOT / "pyproject.toml", folder / "pyproject.toml")
    documents = {
        "README.md": "# A small course\n\nStart with [lesson 01](notebooks/01-one.ipynb), see [terms](GLOSSARY.md).\n",
        "INSTRUCTORS.md": "# Instructors\n\nSee the [data](data/README.md) and the [code](framing/).\n",
        "GLOSSARY.md": "# Glossary\n\n**kappa**: agreement beyond chance. [03]\n",
        "CONTRIBUTING.md": "# Contributing\n\nBack to the [README](README.md).\n",
        "data/README.md": "# Data\n\nThe [template](story-template/README.md) and the [course](../README.md).\n",
        "data/story-template/README.md": "# Story template\n",
    }
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "framing").mkdir()
    for name, title in (
        ("notebooks/01-one.ipynb", "# 01 · One\n\nPractise with [the exercises](../exercises/01-one-exercises.ipynb)."),
        ("exercises/01-one-exercises.ipynb", "# Exercises 01 · One"),
        ("solutions/01-one-solutions.ipynb", "# Solutions 01 · One"),
    ):
        (folder / name).parent.mkdir(exist_ok=True)
        nbformat.write(
            lesson(
                markdown(title),
                code('print(framing.describe_x(x))\nplot(x, title="X");', printed("X, described.\n"), chart()),
            ),
            folder / name,
        )
    return folder


@needs_site_tools
@pytest.mark.timeout(240)
def test_the_build_finds_renamed_notebooks_and_fails_on_a_broken_link_or_a_missing_image(tmp_path):
    root = small_course(tmp_path / "course")
    built = build(root, tmp_path / "site", prefix=no_network_prefix())
    assert built.returncode == 0, built.stdout + built.stderr
    pages = {p.relative_to(tmp_path / "site").as_posix() for p in (tmp_path / "site").rglob("*.html")}
    expected = {
        "index.html",
        "notebooks/01-one.html",
        "exercises/01-one-exercises.html",
        "solutions/01-one-solutions.html",
    }
    assert expected <= pages, sorted(pages)
    settings = site.read_settings(root)
    instructors = (tmp_path / "site" / "INSTRUCTORS.html").read_text(encoding="utf-8")
    assert f'href="{settings.github_url}/tree/{settings.ref}/framing"' in instructors, "a folder link goes to GitHub"

    with open(root / "GLOSSARY.md", "a", encoding="utf-8") as glossary:
        glossary.write("\nSee [a page](no-such-page.md).\n\n![A chart](no-such-chart.png)\n")
    broken = build(root, tmp_path / "broken")
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert f"{root / 'GLOSSARY.md'}:" in broken.stderr, broken.stderr  # the repository's file, not the staged copy
    assert "no-such-page.md" in broken.stderr and "no-such-chart.png" in broken.stderr, broken.stderr


@needs_site_tools
@pytest.mark.timeout(240)
def test_without_solutions_the_site_has_no_solution_page_and_no_link_to_one(tmp_path):
    root = small_course(tmp_path / "course")
    (root / "notebooks" / "01-one.ipynb").write_text(
        (root / "notebooks" / "01-one.ipynb")
        .read_text(encoding="utf-8")
        .replace(
            "the exercises](../exercises/01-one-exercises.ipynb)", "the answers](../solutions/01-one-solutions.ipynb)"
        ),
        encoding="utf-8",
    )
    built = build(root, tmp_path / "site", "--without-solutions")
    assert built.returncode == 0, built.stdout + built.stderr
    assert not (tmp_path / "site" / "solutions").exists()
    lesson_page = (tmp_path / "site" / "notebooks" / "01-one.html").read_text(encoding="utf-8")
    assert "the answers" in lesson_page and "01-one-solutions" not in lesson_page
