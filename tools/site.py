"""Build the course as a static website, offline, from the committed notebooks: ``python tools/course.py site``.

Usage (from the project root, with requirements-dev.txt installed):

    python tools/course.py site                       # build/site/, in about 15 seconds
    python tools/course.py site --without-solutions   # the same site with no solution pages
    python tools/course.py site --out DIR             # somewhere else

The pages are made by Sphinx with myst-nb and sphinx-book-theme (the stack under Jupyter Book 1), from the stored
outputs: nothing is executed and nothing is downloaded. Everything is found in the repository, nothing is listed by
hand: the README is the home page, then the contents and every lesson in ``notebooks/``, every notebook in
``exercises/`` and ``solutions/`` (``course.lesson_paths``: the files ``NN-name.ipynb``), and the documents in
``DOCUMENTS``.

What the build changes, in a staging copy only (the committed files are never touched):

* the notebooks' own navigation cells (``<!--NAVIGATION-->``) are left out: the site has its own navigation;
* every chart image gets as alternative text the description the notebook prints for it (``chart_description``);
* the columns of pandas tables are marked so that the site's style sheet (``tools/site.css``) left-aligns text
  and keeps sentences readably wide on a phone.

(A solutions notebook is titled ``# Solutions NN · ...`` and its exercise notebook ``# Exercises NN · ...``, so the
two pages differ in the menu, the browser tab and the search results.)

On the site (the small Sphinx extension ``setup`` below): links between the documents resolve to their pages; a link
to a repository file that is not a page (``framing/``, ``tools/course.py``) goes to the file on GitHub; an image from
another host (the Binder badge) is replaced by its alternative text, so that reading the site requests nothing from
another host; maths is written as MathML, which browsers draw themselves (no MathJax download); and the download
button of a notebook page serves the committed notebook. The build fails (exit code 1) on any Sphinx warning, which
includes a link to a page or file that does not exist and a missing image.
"""

from __future__ import annotations

import argparse
import copy
import io
import os
import re
import shutil
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
import course  # noqa: E402  (tools/ is a folder of scripts, not a package)

SITE_DIR = course.ROOT / "build" / "site"
STYLE_SHEET = Path(__file__).with_name("site.css")
FAVICON = Path(__file__).with_name("site-icon.svg")
EXTENSION = "course_site"
HOME = "README.md"
CONTENTS = f"notebooks/{course.CONTENTS_NAME}"
DOCUMENTS = {
    "For instructors": ("INSTRUCTORS.md", "GLOSSARY.md"),
    "Data": ("data/README.md", "data/story-template/README.md"),
    "For contributors": ("CONTRIBUTING.md",),
}
"""The Markdown documents of the site, by menu section (the README is the home page)."""

SOLUTIONS_NOTE = "solutions/about-the-solutions.md"
SOLUTIONS_NOTE_TEXT = """# About the solutions

The pages in this section are the exercises with worked answers: code that passes every self-check, and model
answers to the written questions. An exercise teaches more when it has been tried first, so the lessons link the
exercises, and the answers come last.

**Instructors who want to withhold the solutions** (until a deadline, or for graded work) can publish the site
without this section: build it with `python tools/course.py site --without-solutions` and publish `build/site/`.
The site then has no solution page, and a link to a solution becomes plain text. The solutions stay in the
repository (`solutions/`) and in every Binder launch: withholding them there too means publishing the course from
a copy of the repository without that folder.
"""

NUMBER = re.compile(r"^[-+−]?[\d,.]+%?$|^(True|False|NaN|nan|None|<NA>|inf|-inf)?$")
"""A table cell that reads as a number (or an empty or missing value); a column of these stays right-aligned."""

LONG_TEXT = 40
"""A column with a cell longer than this (characters) holds sentences: on a phone it keeps a readable width."""

RIGHT_ALIGNED_TEXT = {"left": "framing.kwic's left context: it ends at the match, so it aligns on it, as a concordance"}
"""Text columns (by header) that stay right-aligned, and why."""

DESCRIBING_CALL = "describe_"
"""How the lessons print a chart's description: a ``framing.describe_...`` function, in the chart's cell or the next."""


class _RepositoryPaths(io.TextIOBase):
    """Sphinx's warnings, naming the repository's files instead of their staged copies."""

    def __init__(self, source_dir: Path, root: Path, stream=None):
        self.pattern = re.compile(re.escape(str(source_dir)) + r"/([^\s:]+)")
        self.root, self.stream = root, stream or sys.stderr

    def write(self, text: str) -> int:
        self.stream.write(self.pattern.sub(self._repository_path, text))
        return len(text)

    def _repository_path(self, staged: re.Match) -> str:
        return str(self.root / (HOME if staged[1] == staged_path(HOME) else staged[1]))

    def flush(self) -> None:
        self.stream.flush()


class SiteError(Exception):
    """The site cannot be built from the repository; the message names the file and the problem."""


@dataclass(frozen=True)
class Section:
    """One menu section of the site: its caption and its pages, as repository paths in reading order."""

    caption: str
    pages: tuple[str, ...]


@dataclass(frozen=True)
class Settings:
    """Where the course is published, from ``[tool.course]`` in pyproject.toml."""

    repository: str
    ref: str

    def binder_url(self, path: str) -> str:
        """Binder's address for a repository file: the address ``course.binder_url`` gives (for this repository)."""
        return f"https://mybinder.org/v2/gh/{self.repository}/{self.ref}?urlpath=lab/tree/{path}"

    @property
    def github_url(self) -> str:
        return f"https://github.com/{self.repository}"

    @property
    def pages_url(self) -> str:
        """The site's address on GitHub Pages: ``https://<owner>.github.io/<repository>/``."""
        owner, name = self.repository.split("/")
        return f"https://{owner.lower()}.github.io/{name}/"


def read_settings(root: Path) -> Settings:
    path = root / "pyproject.toml"
    try:
        with open(path, "rb") as handle:
            table = tomllib.load(handle)["tool"]["course"]
        return Settings(repository=table["binder_repository"], ref=table["binder_ref"])
    except (OSError, KeyError, tomllib.TOMLDecodeError) as error:
        raise SiteError(f"{path}: needs binder_repository and binder_ref under [tool.course] ({error!r})") from error


def site_sections(root: Path, with_solutions: bool = True) -> list[Section]:
    """The site's pages, found in the repository at ``root``, by menu section (the home page, the README, aside)."""

    def found(folder: str) -> tuple[str, ...]:
        return tuple(path.relative_to(root).as_posix() for path in course.lesson_paths(root / folder))

    contents = (CONTENTS,) if (root / CONTENTS).exists() else ()
    sections = [Section("Course", contents + found("notebooks")), Section("Exercises", found("exercises"))]
    if with_solutions:
        sections.append(Section("Solutions", (SOLUTIONS_NOTE, *found("solutions"))))
    sections += [Section(caption, paths) for caption, paths in DOCUMENTS.items()]
    for section in sections[:2]:
        if not section.pages:
            raise SiteError(f"{root}: no notebook named NN-name.ipynb for the section {section.caption!r}")
    for path in (HOME, *(page for section in sections for page in section.pages if page != SOLUTIONS_NOTE)):
        if not (root / path).is_file():
            raise SiteError(f"{root / path}: missing; the site needs it")
    return sections


def staged_path(path: str) -> str:
    """Where a repository file goes in the site's source folder: the README becomes the home page."""
    return "index.md" if path == HOME else path


def page_name(path: str) -> str:
    """Sphinx's name for the page of a repository file: its staged path without the suffix."""
    return PurePosixPath(staged_path(path)).with_suffix("").as_posix()


def page_url(path: str) -> str:
    """A page's address relative to the site's root: ``notebooks/01-meet-the-articles.html``."""
    return page_name(path) + ".html"


# Notebooks: what the site shows ------------------------------------------------------------------------------------


def is_navigation(cell) -> bool:
    return cell.cell_type == "markdown" and course.source(cell).startswith(course.NAV_MARK)


def printed_text(cell) -> str:
    """What a code cell printed (its stored stdout)."""
    streams = [o for o in cell.get("outputs", []) if o.get("output_type") == "stream" and o.get("name") == "stdout"]
    return "".join(_text(o["text"]) for o in streams).strip()


def _text(value) -> str:
    return value if isinstance(value, str) else "".join(value)


def has_chart(cell) -> bool:
    return any("image/png" in output.get("data", {}) for output in cell.get("outputs", []))


def chart_description(cells: list, index: int) -> str | None:
    """The description a notebook prints for the chart in ``cells[index]``: what a cell calling a ``describe_``
    function printed, the chart's own cell first, else the next code cell; None when neither prints one."""
    following = [cell for cell in cells[index + 1 :] if cell.cell_type == "code"][:1]
    for cell in (cells[index], *following):
        if DESCRIBING_CALL in course.source(cell) and printed_text(cell):
            return printed_text(cell)
    return None


def chart_title(cell) -> str | None:
    """The title a chart cell gives its chart (``title="..."``), for a chart whose notebook prints no description."""
    code = "\n".join(line for line in course.source(cell).splitlines() if not line.lstrip().startswith("#"))
    match = re.search(r"""\btitle=f?(["'])(.+?)\1""", code)
    return match.group(2) if match else None


def _column_classes(body: list, names: list[str]) -> dict[int, list[str]]:
    """The classes of each column of a table body (rows of cells, all as wide): see ``mark_table_columns``."""
    classes: dict[int, list[str]] = {}
    for column in range(len(body[0]) if body else 0):
        texts = [cells[column].get_text(strip=True) for cells in body]
        is_text = not all(NUMBER.match(text) for text in texts)
        name = names[column] if column < len(names) else ""
        classes[column] = ["course-text"] if is_text and name not in RIGHT_ALIGNED_TEXT else []
        if max(map(len, texts), default=0) > LONG_TEXT:
            classes[column].append("course-prose")
    return classes


def _cells(table, part: str) -> list:
    """The cells of each row of a table's ``thead`` or ``tbody``."""
    return [row.find_all(["th", "td"], recursive=False) for row in table.select(f"{part} > tr")]


def mark_table_columns(html: str) -> str:
    """Mark the columns of every pandas table (``class="dataframe"``) for tools/site.css: ``course-text`` on a text
    column (left-aligned there), ``course-prose`` on a column of sentences (kept readably wide on a phone)."""
    if 'class="dataframe"' not in html:
        return html
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for table in soup.select("table.dataframe"):
        body, header = (_cells(table, part) for part in ("tbody", "thead"))
        width = max((len(cells) for cells in body), default=0)
        body = [cells for cells in body if len(cells) == width]
        names = [cell.get_text(strip=True) for cells in header if len(cells) == width for cell in cells][-width:]
        for column, classes in _column_classes(body, names).items():
            for cells in (*body, *(cells for cells in header if len(cells) == width)):
                if classes:
                    cells[column]["class"] = [*cells[column].get("class", []), *classes]
    return str(soup)


def staged_notebook(notebook, path: str) -> tuple[object, list[str]]:
    """The notebook as the site shows it (see the module's docstring), and notes on charts without a description.

    ``path`` is the repository path; ``notebook`` itself is not changed.
    """
    staged = copy.deepcopy(notebook)
    staged.cells = [cell for cell in staged.cells if not is_navigation(cell)]
    notes = []
    for index, cell in enumerate(staged.cells):
        if cell.cell_type != "code":
            continue
        if has_chart(cell):
            alt = chart_description(staged.cells, index)
            if alt is None:
                title = chart_title(cell)
                alt = f"Chart: {title}" if title else "Chart"
                notes.append(f"{path}: a chart with no printed description; its alternative text is {alt!r}")
            cell.metadata.setdefault("mystnb", {}).setdefault("image", {})["alt"] = alt
        for output in cell.outputs:
            if "text/html" in output.get("data", {}):
                output.data["text/html"] = mark_table_columns(_text(output.data["text/html"]))
    return staged, notes


# Staging: the site's source folder ---------------------------------------------------------------------------------


def toctree(section: Section) -> str:
    """A hidden MyST toctree: one menu section of the site, and the order of the previous/next links."""
    entries = "\n".join(page_name(path) for path in section.pages)
    return f"```{{toctree}}\n:caption: {section.caption}\n:hidden:\n\n{entries}\n```\n"


def stage(root: Path, source_dir: Path, sections: list[Section]) -> list[str]:
    """Write the site's source folder (see the module's docstring); return notes on charts without a description."""
    home = (root / HOME).read_text(encoding="utf-8")
    (source_dir / "index.md").write_text(home.rstrip() + "\n\n" + "\n".join(map(toctree, sections)), encoding="utf-8")
    notes = []
    for path in (page for section in sections for page in section.pages):
        target = source_dir / staged_path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        if path == SOLUTIONS_NOTE:
            target.write_text(SOLUTIONS_NOTE_TEXT, encoding="utf-8")
        elif path.endswith(".ipynb"):
            notebook, found = staged_notebook(course.read(root / path), path)
            nbformat.write(notebook, target)
            notes += found
        else:
            shutil.copyfile(root / path, target)
    (source_dir / "_static").mkdir()
    shutil.copyfile(STYLE_SHEET, source_dir / "_static" / STYLE_SHEET.name)
    shutil.copyfile(FAVICON, source_dir / FAVICON.name)
    return notes


def site_title(root: Path) -> str:
    match = re.search(r"^# (.+)$", (root / HOME).read_text(encoding="utf-8"), re.MULTILINE)
    if not match:
        raise SiteError(f"{root / HOME}: no title line '# ...' to name the site")
    return match.group(1).strip()


def sphinx_config(root: Path, sections: list[Section], settings: Settings, with_solutions: bool) -> dict:
    """Sphinx's settings (there is no conf.py: the build passes these)."""
    pages = {"index": HOME} | {
        page_name(path): path for section in sections for path in section.pages if path != SOLUTIONS_NOTE
    }
    return {
        "project": site_title(root),
        "extensions": ["myst_nb", "sphinx.ext.githubpages", EXTENSION],
        "root_doc": "index",
        "language": "en",
        # Notebooks: the stored outputs, never executed; no widget script from a CDN.
        "nb_execution_mode": "off",
        "nb_ipywidgets_js": {},
        "nb_merge_streams": True,
        "myst_enable_extensions": ["dollarmath"],
        "myst_heading_anchors": 3,
        "html_theme": "sphinx_book_theme",
        "html_title": site_title(root),
        "html_baseurl": settings.pages_url,
        "html_static_path": ["_static"],
        "html_css_files": [STYLE_SHEET.name],
        "html_math_renderer": "mathml",
        "html_copy_source": True,
        "html_show_sourcelink": False,
        "html_sourcelink_suffix": "",
        "html_last_updated_fmt": None,
        "html_theme_options": {
            "repository_url": settings.github_url,
            "repository_branch": settings.ref,
            "path_to_docs": "",
            "launch_buttons": {"binderhub_url": "https://mybinder.org", "notebook_interface": "jupyterlab"},
            "use_download_button": True,
            "use_repository_button": True,
            "home_page_in_toc": True,
            "show_toc_level": 2,
        },
        # Light only, as the notebooks: the dark theme dims and re-contrasts the charts.
        "html_context": {"default_mode": "light"},
        "html_favicon": FAVICON.name,
        "course_site_root": str(root),
        "course_site_pages": pages,
        "course_site_repository": settings.repository,
        "course_site_ref": settings.ref,
        "course_site_withheld": [] if with_solutions else ["solutions/"],
    }


# The Sphinx extension ----------------------------------------------------------------------------------------------


def _mathml(translator, node, display: str) -> None:
    from docutils import nodes
    from latex2mathml.converter import convert

    try:
        translator.body.append(convert(node.astext(), display=display))
    except Exception as error:  # latex2mathml raises its own errors for LaTeX it cannot read
        from sphinx.util import logging

        logging.getLogger(__name__).warning(f"maths that cannot be written as MathML: {error}", location=node)
    raise nodes.SkipNode


def visit_math(translator, node) -> None:
    _mathml(translator, node, "inline")


def visit_math_block(translator, node) -> None:
    translator.body.append('<div class="math-display">')
    try:
        _mathml(translator, node, "block")
    finally:
        translator.body.append("</div>")


def repository_link(target: str, base: PurePosixPath, config, root: Path):
    """What a relative link in a document at ``base`` (its repository folder) points to:
    ("page", page name, anchor), ("withheld", path, None), ("file", GitHub URL, None), or None if nothing."""
    path, _, anchor = target.partition("#")
    if not path or "://" in path or path.startswith(("mailto:", "/")):
        return None
    repository_path = os.path.normpath((base / path).as_posix()).replace(os.sep, "/")
    by_path = {source: name for name, source in config.course_site_pages.items()}
    if repository_path in by_path:
        return "page", by_path[repository_path], anchor or None
    if any(repository_path.startswith(prefix) for prefix in config.course_site_withheld):
        return "withheld", repository_path, None
    if not repository_path.startswith("..") and (root / repository_path).exists():
        kind = "tree" if (root / repository_path).is_dir() else "blob"
        github = Settings(config.course_site_repository, config.course_site_ref).github_url
        url = f"{github}/{kind}/{config.course_site_ref}/{repository_path}"
        return "file", url + (f"#{anchor}" if anchor else ""), None
    return None


def _transform():
    from docutils import nodes
    from sphinx import addnodes
    from sphinx.transforms import SphinxTransform

    class RepositoryLinks(SphinxTransform):
        """Links to repository files and images, read as the repository has them (see the module's docstring)."""

        default_priority = 500

        def apply(self) -> None:
            config, root = self.config, Path(self.config.course_site_root)
            source = config.course_site_pages.get(self.env.docname, self.env.docname)
            base = PurePosixPath(source).parent
            for node in list(self.document.findall(addnodes.pending_xref)):
                if node.get("reftype") == "myst" and not node.get("refdomain"):
                    self._relink(node, repository_link(node["reftarget"], base, config, root))
            for image in list(self.document.findall(nodes.image)):
                if "://" in image["uri"]:
                    image.replace_self(nodes.Text(image.get("alt", "")))

        def _relink(self, node, found) -> None:
            from docutils import nodes

            if found is None:
                return  # myst-parser reports it: "cross-reference target not found"
            kind, value, anchor = found
            if kind == "page":
                node["refdomain"], node["reftarget"], node["reftargetid"] = "doc", value, anchor
            elif kind == "withheld":
                node.replace_self(node.children)
            else:
                node.replace_self(nodes.reference("", "", *node.children, refuri=value, internal=False))

    return RepositoryLinks


def serve_committed_notebooks(app, exception) -> None:
    """The download button of a notebook page serves the committed notebook, navigation cells included."""
    if exception is not None:
        return
    root = Path(app.config.course_site_root)
    for path in app.config.course_site_pages.values():
        copy = Path(app.outdir) / "_sources" / staged_path(path)
        if path.endswith(".ipynb") and copy.exists():
            shutil.copyfile(root / path, copy)


def add_launch_links(app, pagename, templatename, context, doctree) -> None:
    """Above a notebook page: open it in Binder, download it (the notebook's own Binder badge is left out)."""
    path = app.config.course_site_pages.get(pagename, "")
    if not path.endswith(".ipynb") or "body" not in context:
        return
    binder = Settings(app.config.course_site_repository, app.config.course_site_ref).binder_url(path)
    download = context["pathto"](f"_sources/{staged_path(path)}", 1)
    context["body"] = (
        f'<p class="course-launch"><a class="course-binder" href="{binder}">Open this notebook in Binder</a> '
        "(it runs in your browser, nothing to install) · "
        f'<a class="course-download" href="{download}" download>Download the notebook '
        f"({PurePosixPath(path).name})</a></p>\n" + context["body"]
    )


def setup(app):
    for name in ("root", "repository", "ref"):
        app.add_config_value(f"course_site_{name}", "", "env")
    app.add_config_value("course_site_pages", {}, "env")
    app.add_config_value("course_site_withheld", [], "env")
    app.add_html_math_renderer("mathml", (visit_math, None), (visit_math_block, None))
    app.add_transform(_transform())
    app.connect("html-page-context", add_launch_links)
    app.connect("build-finished", serve_committed_notebooks)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


# The build ---------------------------------------------------------------------------------------------------------


def build_site(root: Path = course.ROOT, out: Path = SITE_DIR, with_solutions: bool = True, verbose=False) -> int:
    """Build the site of the repository at ``root`` into ``out`` (emptied first); return Sphinx's exit status."""
    from sphinx.application import Sphinx
    from sphinx.util.console import nocolor

    settings, sections = read_settings(root), site_sections(root, with_solutions)
    sys.modules.setdefault(EXTENSION, sys.modules[__name__])
    if not sys.stderr.isatty():
        nocolor()
    with tempfile.TemporaryDirectory(prefix="course-site-") as work:
        source_dir = Path(work) / "source"
        source_dir.mkdir()
        for note in stage(root, source_dir, sections):
            print(f"note: {note}", file=sys.stderr)
        if out.exists():
            shutil.rmtree(out)
        app = Sphinx(
            source_dir,
            None,
            out,
            Path(work) / "doctrees",
            "html",
            confoverrides=sphinx_config(root, sections, settings, with_solutions),
            status=sys.stdout if verbose else None,
            warning=_RepositoryPaths(source_dir, root),
            freshenv=True,
            warningiserror=True,
        )
        app.build(force_all=True)
        return app.statuscode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/course.py site", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=SITE_DIR, help=f"where to build (default: {SITE_DIR})")
    parser.add_argument("--root", type=Path, default=course.ROOT, help="the repository to build from")
    parser.add_argument("--without-solutions", action="store_true", help="leave out the solutions section")
    parser.add_argument("--verbose", action="store_true", help="show Sphinx's progress")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        status = build_site(args.root.resolve(), args.out.resolve(), not args.without_solutions, args.verbose)
    except (SiteError, course.CourseError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    seconds = time.monotonic() - started
    if status:
        print(f"the site has errors (above); built in {seconds:.0f} s, into {args.out}", file=sys.stderr)
        return 1
    print(f"site built in {seconds:.0f} s: {args.out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
