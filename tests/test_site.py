"""The course website (tools/site.py): built offline, then every page opened in a real (headless) browser.

The site is built once for the test session as a maintainer builds it (``python tools/course.py site``, into a
temporary folder), with no network at all where the machine allows it (``unshare -rn``). It is served on 127.0.0.1
and every page is opened in Debian's Chromium driven by Playwright, at a desktop width and at a phone's (390 px),
with a deadline on every wait. On every page: no console error, no request to another host, every internal link
(anchor included) and every image resolves, every image has alternative text; on a lesson, the charts carry the
description the notebook prints, the notebook's own navigation cell is left out, and the Binder and download links
are right; at 390 px, nothing in the text overflows sideways unless it sits in a box that scrolls. A search for a
term the glossary defines finds the glossary. (tests/test_site_build.py tests the build itself, without a browser.)

Needs requirements-dev.txt (Sphinx, myst-nb, sphinx-book-theme, Playwright) and Chromium (``apt-get install
chromium``); these tests are skipped without them, except in CI (CI=true), where a missing tool is an error.
"""

from __future__ import annotations

import functools
import html
import http.server
import json
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from paths import ROOT, load_site_tool
from test_browser import CHROMIUM, CHROMIUM_ARGS, StepTimeout, sync_playwright
from test_site_build import MISSING_SITE_TOOLS, build, no_network_prefix

site = load_site_tool()
course = sys.modules["course"]

MISSING_BROWSER = [name for name, ok in (("chromium", CHROMIUM), ("playwright", sync_playwright)) if not ok]
if (MISSING_SITE_TOOLS or MISSING_BROWSER) and os.environ.get("CI") == "true":
    raise RuntimeError(
        f"CI must build and test the site, but {', '.join(MISSING_SITE_TOOLS + MISSING_BROWSER)} is missing"
    )
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        bool(MISSING_SITE_TOOLS + MISSING_BROWSER),
        reason=f"the site test needs {', '.join(MISSING_SITE_TOOLS + MISSING_BROWSER)} "
        "(pip install -r requirements-dev.txt; apt-get install chromium)",
    ),
]

SECTIONS = site.site_sections(ROOT)
SOURCES = {"index.html": site.HOME} | {site.page_url(p): p for s in SECTIONS for p in s.pages}
PAGES = [*SOURCES, "search.html", "genindex.html"]
"""Every page of the site: the home page, one per repository document or notebook, and Sphinx's search and index."""
NOTEBOOK_PAGES = [url for url, path in SOURCES.items() if path.endswith(".ipynb")]
PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 900}
LOAD_SECONDS = 30
GLOSSARY_TERM = "kappa"


# The build and the server ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuiltSite:
    folder: Path
    offline: bool
    seconds: float
    log: str


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> BuiltSite:
    folder, offline = tmp_path_factory.mktemp("site") / "site", no_network_prefix()
    started = time.monotonic()
    result = build(ROOT, folder, prefix=offline)
    seconds = time.monotonic() - started
    assert result.returncode == 0, (
        f"the site build failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}"
    )
    return BuiltSite(folder, bool(offline), seconds, result.stdout + result.stderr)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # a line per request would bury a failure's report
        pass


@pytest.fixture(scope="session")
def server(built_site):
    """The built site on 127.0.0.1 (a local static server, as GitHub Pages serves it); yields its base address."""
    handler = functools.partial(QuietHandler, directory=str(built_site.folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")  # not longer: Playwright's sync API runs one instance at a time (test_browser.py's)
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=60_000)
        yield chromium
        chromium.close()


@functools.cache
def fetch(url: str) -> tuple[int, str, bytes]:
    """(status, content type, body) of a URL on the local server, fetched once per session, within 10 s."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


@dataclass
class Visit:
    page: object
    problems: list[str]


def visit(browser, base: str, url: str, viewport: dict) -> Visit:
    """Open a page, recording console errors, failed or refused requests, and any request to another host."""
    page = browser.new_page(viewport=viewport)
    page.set_default_timeout(LOAD_SECONDS * 1000)
    page.set_default_navigation_timeout(LOAD_SECONDS * 1000)
    problems: list[str] = []
    host = urllib.parse.urlsplit(base).netloc

    def route(request_route):
        if urllib.parse.urlsplit(request_route.request.url).netloc == host:
            request_route.continue_()
        else:
            problems.append(f"request to another host: {request_route.request.url}")
            request_route.abort()

    page.route("**/*", route)
    page.on("console", lambda message: message.type == "error" and problems.append(f"console error: {message.text}"))
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on(
        "response", lambda response: response.status >= 400 and problems.append(f"{response.status} {response.url}")
    )
    page.on(
        "requestfailed",
        lambda request: (
            urllib.parse.urlsplit(request.url).netloc == host
            and problems.append(f"failed: {request.url} ({request.failure})")
        ),
    )
    page.goto(base + url, wait_until="load")
    return Visit(page, problems)


def _wait_until(page, check, seconds: float, what: str, interval_ms: int = 200):
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise StepTimeout(f"{what}: not done within {seconds:g} s (page {page.url})")
        page.wait_for_timeout(interval_ms)


# The checks on one page --------------------------------------------------------------------------------------------


def broken_links(page, base: str) -> list[str]:
    """Every link on the page to the site itself that does not resolve: a missing page or file, or a missing anchor."""
    hrefs = page.eval_on_selector_all("a[href]", "nodes => [...new Set(nodes.map(n => n.href))]")
    here = page.url.split("#")[0]
    broken = []
    for href in hrefs:
        if not href.startswith(base):
            continue
        target, _, anchor = href.partition("#")
        if target == here:
            found = not anchor or page.evaluate("id => !!document.getElementById(id)", urllib.parse.unquote(anchor))
            broken += [] if found else [f"{href}: no element with this id on the page"]
            continue
        status, content_type, body = fetch(target)
        if status != 200:
            broken.append(f"{href}: {status}")
        elif anchor and content_type == "text/html":
            ids = set(re.findall(r'\bid="([^"]+)"', body.decode("utf-8")))
            if html.unescape(urllib.parse.unquote(anchor)) not in {html.unescape(i) for i in ids}:
                broken.append(f"{href}: no element with the id {anchor!r} there")
    return broken


def image_problems(page) -> list[str]:
    images = page.eval_on_selector_all(
        "img",
        "nodes => nodes.map(n => ({src: n.currentSrc || n.src, alt: n.getAttribute('alt'), "
        "loaded: n.complete && n.naturalWidth > 0}))",
    )
    problems = []
    for image in images:
        if not (image["alt"] or "").strip():
            problems.append(f"{image['src']}: no alternative text")
        status, content_type, _ = fetch(image["src"])
        if status != 200 or not content_type.startswith("image/") or not image["loaded"]:
            problems.append(f"{image['src']}: does not load ({status}, {content_type or 'no content type'})")
    return problems


OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const inScrollingBox = node => {
        for (let box = node.parentElement; box && box !== document.body; box = box.parentElement) {
            const overflow = getComputedStyle(box).overflowX;
            if ((overflow === 'auto' || overflow === 'scroll') && box.getBoundingClientRect().right <= width + 1)
                return true;
        }
        return false;
    };
    const wide = [...document.querySelectorAll('.bd-article *')].filter(node => {
        const box = node.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && !inScrollingBox(node);
    });
    return {page: document.documentElement.scrollWidth - width,
            wide: wide.slice(0, 5).map(n => `<${n.tagName.toLowerCase()} class="${n.className}"> `
                                           + (n.innerText || '').slice(0, 80))};
}"""
"""At the page's width: how far the page scrolls sideways, and the article's elements that stick out of it
without sitting in a box that scrolls sideways (as wide tables and code do)."""


def stored_notebook(url: str) -> dict:
    return json.loads((ROOT / SOURCES[url]).read_text(encoding="utf-8"))


def stored_images(notebook: dict) -> int:
    return sum("image/png" in o.get("data", {}) for c in notebook["cells"] for o in c.get("outputs", []))


def notebook_page_problems(page, url: str) -> list[str]:
    """A notebook's page: its stored charts and their descriptions, its launch and download links, no navigation."""
    path, notebook = SOURCES[url], stored_notebook(url)
    problems = []
    binder = page.eval_on_selector_all("a[href*='mybinder.org']", "ns => [...new Set(ns.map(n => n.href))]")
    if binder != [course.binder_url(path)]:
        problems.append(f"Binder links {binder}, expected only {course.binder_url(path)}")
    in_text = page.eval_on_selector_all(".bd-article a[href*='mybinder.org']", "ns => ns.length")
    if in_text != 1:
        problems.append(f"{in_text} Binder links in the page's text: the notebook's navigation cell shows (expected 1)")
    download = page.eval_on_selector_all("a.course-download[download]", "ns => ns.map(n => n.href)")
    if len(download) != 1 or fetch(download[0])[2] != (ROOT / path).read_bytes():
        problems.append(f"download link {download}: does not serve the committed {path}")
    charts = page.eval_on_selector_all(".cell_output img", "ns => ns.map(n => n.getAttribute('alt') || '')")
    if len(charts) != stored_images(notebook):
        problems.append(f"{len(charts)} chart images on the page, {stored_images(notebook)} stored in {path}")
    if path.startswith("notebooks/"):  # a lesson: each chart's alternative text is the description it prints
        text = " ".join(page.inner_text(".bd-article").split())
        problems += [
            f"chart alt text not printed on the page: {alt[:80]!r}"
            for alt in charts
            if " ".join(alt.split()) not in text
        ]
    return problems


def reading_order_problems(page, url: str) -> list[str]:
    """Previous and next links follow the site's order: home, course, exercises, solutions, documents."""
    order = list(SOURCES)
    here = order.index(url)
    previous = order[here - 1] if here > 0 else None
    following = order[here + 1] if here + 1 < len(order) else None
    problems = []
    for selector, target in (("a.left-prev", previous), ("a.right-next", following)):
        found = page.eval_on_selector_all(selector, "ns => ns.map(n => n.href)")
        wanted = [urllib.parse.urljoin(page.url, "/" + target)] if target else []
        if found != wanted:
            problems.append(f"{selector}: {found}, expected {wanted}")
    return problems


# The site, page by page --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", PAGES)
def test_page_loads_cleanly_and_its_links_and_images_resolve(url, browser, server):
    shown = visit(browser, server, url, DESKTOP)
    try:
        problems = shown.problems + broken_links(shown.page, server) + image_problems(shown.page)
        if url in NOTEBOOK_PAGES:
            problems += notebook_page_problems(shown.page, url)
        if url in SOURCES:
            problems += reading_order_problems(shown.page, url)
        assert not problems, f"{url}:\n" + "\n".join(problems)
    finally:
        shown.page.close()


@pytest.mark.parametrize("url", PAGES)
def test_page_reads_at_a_phones_width_without_sideways_scrolling(url, browser, server):
    shown = visit(browser, server, url, PHONE)
    try:
        overflow = shown.page.evaluate(OVERFLOW)
        assert overflow["page"] <= 0 and not overflow["wide"] and not shown.problems, (
            f"{url} at {PHONE['width']} px: the page scrolls {overflow['page']} px sideways; sticking out: "
            f"{overflow['wide']}; {shown.problems}"
        )
    finally:
        shown.page.close()


def test_every_built_page_is_opened(built_site):
    built = {p.relative_to(built_site.folder).as_posix() for p in built_site.folder.rglob("*.html")}
    built = {page for page in built if not page.startswith("_static/")}
    assert built == set(PAGES), (
        f"pages built but not opened: {built - set(PAGES)}; expected but not built: {set(PAGES) - built}"
    )


def test_the_site_builds_with_no_network(built_site):
    if not built_site.offline:
        pytest.skip("unshare -rn is not available on this machine: the build ran with the network up")
    assert "site built in" in built_site.log


def test_a_search_for_a_glossary_term_finds_the_glossary(browser, server):
    glossary = (ROOT / "GLOSSARY.md").read_text(encoding="utf-8")
    assert re.search(rf"^\*\*[^*]*\b{GLOSSARY_TERM}\b[^*]*\*\*:", glossary, re.MULTILINE | re.IGNORECASE), (
        f"GLOSSARY.md no longer defines {GLOSSARY_TERM!r}: choose another of its terms for this test"
    )
    shown = visit(browser, server, f"search.html?q={GLOSSARY_TERM}", DESKTOP)
    try:
        results = lambda: shown.page.eval_on_selector_all(  # noqa: E731
            "#search-results a", "ns => ns.map(n => n.getAttribute('href'))"
        )
        _wait_until(shown.page, lambda: any("GLOSSARY.html" in r for r in results()), 30, "the glossary in the results")
        assert not shown.problems, shown.problems
    finally:
        shown.page.close()
