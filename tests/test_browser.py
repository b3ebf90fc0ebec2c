"""The course as a student meets it: JupyterLab in a real (headless) browser.

Starts JupyterLab on 127.0.0.1 over a temporary copy of the course, opens every
notebook in Debian's Chromium driven by Playwright, checks that the stored
outputs render (text, tables, images), then runs every lesson and solution
notebook from the browser and fails on any error or warning output. Exercise
notebooks are opened and checked for rendering only: their blanks raise
NotImplementedError by design.

Needs the maintainers' requirements (requirements-dev.txt) and Chromium
(``apt-get install chromium``); `.ci/run` installs both. Without them the test
is skipped with the reason, so that a student's ``python -m pytest`` still works;
in CI (CI=true) a missing browser is an error instead.
"""

from __future__ import annotations

import html
import json
import os
import re
import secrets
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from paths import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

MISSING = [name for name, ok in (("chromium", CHROMIUM), ("playwright", sync_playwright)) if not ok]
if MISSING and os.environ.get("CI") == "true":
    raise RuntimeError(f"CI must run the browser test, but {', '.join(MISSING)} is not installed (see .ci/run)")
pytestmark = pytest.mark.skipif(
    bool(MISSING),
    reason=f"browser test needs {', '.join(MISSING)} (pip install -r requirements-dev.txt; apt-get install chromium)",
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
"""How Debian's Chromium runs headless here (as root, offline, in a container); tests/test_site.py uses them too."""

FOLDERS = ("notebooks", "solutions", "exercises")
RUN_FOLDERS = ("notebooks", "solutions")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def readme_launch_arguments() -> list[str]:
    """The arguments the README gives ``jupyter lab``, so that the test launches exactly as a student does."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^(?:.*&& )?jupyter lab(?P<args>[^\n&|;]*)$", readme, re.MULTILINE)
    assert commands, "README.md must give the command that opens the course (a line with 'jupyter lab ...')"
    assert len(set(commands)) == 1, f"README.md opens JupyterLab in different ways: {commands}"
    return shlex.split(commands[0])


def _launch_lab(root: Path, docmanager: dict):
    """Start JupyterLab as the README says, over ``root``; yields (URL, token, root). The course's own settings
    (jupyter-config: no news pop-up, the save hook) come from the environment, as for a student."""
    port, token = _free_port(), secrets.token_hex(16)
    # Render every cell (JupyterLab 4 attaches only the visible ones by default).
    settings = root / ".lab-settings"
    (settings / "@jupyterlab" / "notebook-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none"})
    )
    (settings / "@jupyterlab" / "docmanager-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "docmanager-extension" / "plugin.jupyterlab-settings").write_text(
        json.dumps(docmanager)
    )
    runtime = root / ".runtime"
    log = open(root / "lab.log", "w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            *readme_launch_arguments(),
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            f"--IdentityProvider.token={token}",
            "--LabApp.expose_app_in_browser=True",
            "--allow-root",
            "--LabServerApp.workspaces_dir=" + str(root / ".workspaces"),
        ],
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={
            **os.environ,
            "JUPYTER_CONFIG_DIR": str(root / ".jupyter"),
            "JUPYTERLAB_SETTINGS_DIR": str(settings),
            "JUPYTER_RUNTIME_DIR": str(runtime),
        },
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail(
                f"JupyterLab did not start within 60 s (exit code {server.poll()}); its "
                f"log:\n{(root / 'lab.log').read_text()}"
            )
        yield base, token, root
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab launched as the README says, in a copy of the course that it never autosaves."""
    root = tmp_path_factory.mktemp("course")
    for name in (*FOLDERS, "data"):
        shutil.copytree(ROOT / name, root / name)
    yield from _launch_lab(root, {"autosave": False})


def _opened_url(root: Path) -> str:
    """The address JupyterLab would open in the student's browser (it writes it to its runtime folder)."""
    pages = sorted((root / ".runtime").glob("jpserver-file-to-run-*-open.html")) or sorted(
        (root / ".runtime").glob("jpserver-*-open.html")
    )
    assert pages, "JupyterLab wrote no page to open in the browser"
    match = re.search(r'href="(?P<url>[^"]+)"', pages[-1].read_text(encoding="utf-8"))
    assert match, pages[-1].read_text(encoding="utf-8")
    return html.unescape(match.group("url"))


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _stored(path: Path) -> dict:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    outputs = [o for c in code for o in c.get("outputs", [])]
    return {
        "cells": len(notebook["cells"]),
        "code": len(code),
        "outputs": len(outputs),
        "images": sum("image/png" in o.get("data", {}) for o in outputs),
    }


class StepTimeout(AssertionError):
    """A browser step did not finish by its deadline; the message carries the page's state."""


def _command(page, name: str) -> None:
    """Start a JupyterLab command without waiting for it.

    ``commands.execute`` returns a promise that may never settle (the hang this
    test once had: 'notebook:run-all-cells' awaited for 20 minutes). Playwright's
    ``evaluate`` has no timeout and awaits a returned promise, so the promise is
    dropped here and progress is polled with a deadline instead.
    """
    page.evaluate("name => { window.jupyterapp.commands.execute(name).catch(() => {}); return true; }", name)


def _page_state(page) -> str:
    """What the page shows now, for a failure message: kernel, prompts, dialogs, errors."""
    try:
        state = page.evaluate(
            """() => {
                const app = window.jupyterapp, widget = app && app.shell.currentWidget;
                const session = widget && widget.sessionContext;
                const kernel = session && session.session && session.session.kernel;
                const texts = sel => [...document.querySelectorAll(sel)].map(n => n.innerText.trim().slice(0, 300));
                return {
                    url: location.href, app: !!app, widget: widget ? widget.title.label : null,
                    kernel: kernel ? kernel.status : (session ? 'no kernel' : 'no session'),
                    prompts: texts('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt'),
                    dialogs: texts('.jp-Dialog'), errors: texts(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"),
                };
            }"""
        )
    except Exception as error:  # the page itself may be the problem
        return f"(the page's state could not be read: {error})"
    return json.dumps(state, ensure_ascii=False)[:3000]


def _wait_until(page, check, seconds: float, what: str, interval_ms: int = 250):
    """Poll ``check()`` until it returns something true, for at most ``seconds``; then fail with the page's state."""
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise StepTimeout(f"{what}: not done within {seconds:g} s. Page state: {_page_state(page)}")
        page.wait_for_timeout(interval_ms)


_KERNEL_IDLE = """() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
    const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
    return !!(k && k.status === 'idle'); }"""


def _open(page, url):
    page.set_default_timeout(60_000)
    page.set_default_navigation_timeout(60_000)
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=60_000)
    # JupyterLab renders cells lazily as they scroll into view; ask it to render all of them.
    _command(page, "notebook:collapse-all-headings")
    _command(page, "notebook:expand-all-headings")


def _render_all(page):
    """Scroll through the notebook so that every cell and output is attached and rendered."""
    for _ in range(200):
        done = page.evaluate(
            """() => { const n = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer');
                       if (!n) return true; n.scrollTop += n.clientHeight; return n.scrollTop + n.clientHeight >= n.scrollHeight - 2; }"""
        )
        page.wait_for_timeout(60)
        if done:
            break


def _prompts(page) -> list[str]:
    return page.eval_on_selector_all(
        ".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt", "ns => ns.map(n => n.innerText.trim())"
    )


def _run_all_cells(page, code_cells: int, seconds: float, relative: str, kernel_seconds: float = 90):
    """Run every cell from the browser, and wait (bounded) until every prompt shows an execution count."""
    _wait_until(page, lambda: page.evaluate(_KERNEL_IDLE), kernel_seconds, f"{relative}: the kernel to be ready")
    _command(page, "notebook:run-all-cells")
    started = lambda: any(p.startswith("[") and p[1:-2].strip() for p in _prompts(page))  # noqa: E731
    try:
        _wait_until(page, started, 30, f"{relative}: the first cell to start")
    except StepTimeout:  # the command was dropped (the kernel was not really ready): one more try, then fail
        _command(page, "notebook:run-all-cells")
        _wait_until(page, started, 30, f"{relative}: the first cell to start (second try)")

    def finished():
        return (lambda ps: len(ps) == code_cells and all(p.startswith("[") and p[1:-2].strip().isdigit() for p in ps))(
            _prompts(page)
        )  # noqa: E731

    _wait_until(page, finished, seconds, f"{relative}: every cell to finish", interval_ms=500)


def _error_outputs(page) -> list[str]:
    return page.eval_on_selector_all(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']",
        "nodes => nodes.map(n => n.innerText.slice(0, 500))",
    )


def _paths():
    return [f"{folder}/{path.name}" for folder in FOLDERS for path in sorted((ROOT / folder).glob("*.ipynb"))]


def _url(base, token, relative):
    return f"{base}/lab/tree/{relative}?token={token}&reset"


def test_the_readme_launch_serves_the_whole_course(lab, browser):
    """The README's command opens the contents page, with the repository as the root, so every link works."""
    base, token, root = lab
    with urllib.request.urlopen(f"{base}/api/contents?token={token}", timeout=10) as response:
        top = {item["name"] for item in json.load(response)["content"]}
    assert {"notebooks", "exercises", "solutions", "data"} <= top, (
        f"the server's root is not the repository: {sorted(top)}"
    )
    opened = _opened_url(root)
    assert opened.split("?")[0].endswith("/lab/tree/notebooks/00-contents.ipynb"), opened
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        _open(page, opened.replace("localhost", "127.0.0.1"))
        hrefs = "ns => ns.map(n => n.getAttribute('href')).filter(h => h && h.split('?')[0].endsWith('.ipynb'))"
        links = _wait_until(
            page,
            lambda: page.eval_on_selector_all(".jp-NotebookPanel .jp-RenderedMarkdown a", hrefs),
            30,
            "links on the contents page",
        )
        paths = {
            re.split(r"/(?:files|lab/tree)/", urllib.parse.unquote(link.split("?")[0]), maxsplit=1)[-1]
            for link in links
        }
        assert any(path.startswith("exercises/") for path in paths), (
            f"the contents page links to no exercise: {sorted(paths)}"
        )
        for path in sorted(paths):  # the server reaches every notebook the contents page links to
            with urllib.request.urlopen(
                f"{base}/api/contents/{urllib.parse.quote(path)}?content=0&token={token}", timeout=10
            ) as response:
                assert response.status == 200, f"the contents page links to {path}, which the server cannot open"
    finally:
        page.close()


@pytest.mark.timeout(480)
@pytest.mark.parametrize("relative", _paths())
def test_notebook_renders_and_runs_in_the_browser(lab, browser, relative):
    base, token, root = lab
    stored = _stored(root / relative)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        _open(page, _url(base, token, relative))
        _wait_until(
            page,
            lambda: page.locator(".jp-NotebookPanel .jp-Cell").count() >= stored["cells"],
            30,
            f"{relative}: every cell to render",
        )
        _render_all(page)
        cells = page.locator(".jp-NotebookPanel .jp-Cell").count()
        assert cells == stored["cells"], f"{relative}: {cells} cells rendered, {stored['cells']} stored"
        if stored["outputs"]:
            rendered = page.locator(".jp-NotebookPanel .jp-OutputArea-output").count()
            assert rendered >= stored["outputs"] * 0.9, (
                f"{relative}: {rendered} outputs rendered of {stored['outputs']} stored"
            )
            images = page.locator(".jp-NotebookPanel .jp-OutputArea-output img").count()
            assert images == stored["images"], f"{relative}: {images} images rendered, {stored['images']} stored"
        assert not _error_outputs(page), f"{relative}: stored error output"
        if relative.split("/")[0] not in RUN_FOLDERS or not stored["code"]:
            return
        _run_all_cells(page, stored["code"], 240, relative)
        _render_all(page)
        errors = _error_outputs(page)
        assert not errors, f"{relative}: error or warning output after running all cells:\n" + "\n---\n".join(errors)
        if relative == "notebooks/01-meet-the-articles.ipynb":
            _command(page, "notebook:move-cursor-to-top")
            page.locator(".jp-NotebookPanel .jp-OutputArea-output img").first.scroll_into_view_if_needed()
            page.screenshot(path=str(root / "screenshot-01.png"))
    finally:
        page.close()


def test_the_error_check_sees_errors(lab, browser):
    """Run an exercise notebook, whose blanks raise NotImplementedError: the check must see the error."""
    base, token, root = lab
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        _open(page, _url(base, token, "exercises/01-meet-the-articles-exercises.ipynb"))
        _wait_until(page, lambda: page.evaluate(_KERNEL_IDLE), 90, "the kernel to be ready")
        _command(page, "notebook:run-all-cells")
        errors = _wait_until(page, lambda: _error_outputs(page), 120, "an error output", interval_ms=500)
        assert any("NotImplementedError" in error for error in errors)
    finally:
        page.close()


def test_a_hanging_step_fails_within_its_deadline(browser):
    """The hang that once stopped CI: a JupyterLab command whose promise never settles.

    A fake ``jupyterapp`` whose commands never finish: ``_command`` must return at
    once, and waiting for progress must fail by its deadline with the page's state.
    """
    page = browser.new_page()
    try:
        page.set_content("<p>no notebook here</p>")
        page.evaluate(
            "() => { window.jupyterapp = {commands: {execute: () => new Promise(() => {})}, shell: {currentWidget: "
            "null}}; }"
        )
        started = time.monotonic()
        _command(page, "notebook:run-all-cells")
        assert time.monotonic() - started < 5, "starting a command must not wait for it"
        with pytest.raises(StepTimeout) as failed:
            _run_all_cells(page, code_cells=3, seconds=5, relative="fake.ipynb", kernel_seconds=3)
        assert time.monotonic() - started < 30
        assert "the kernel to be ready: not done within 3 s" in str(failed.value) and '"kernel": "no session"' in str(
            failed.value
        )
    finally:
        page.close()


AUTOSAVE_SECONDS = 3


@pytest.fixture(scope="module")
def cloned_lab(tmp_path_factory):
    """JupyterLab over a git clone of the course, autosaving every few seconds (a student's default is 120)."""
    root = tmp_path_factory.mktemp("clone") / "course"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(root)], check=True, timeout=120)
    for name in FOLDERS:  # this checkout's notebooks as they are now, committed in the clone
        shutil.rmtree(root / name)
        shutil.copytree(ROOT / name, root / name)
    identity = ["-c", "user.name=test", "-c", "user.email=test@localhost"]
    subprocess.run(["git", "add", "-A", *FOLDERS], cwd=root, check=True, timeout=60)
    subprocess.run(
        ["git", *identity, "commit", "-q", "--allow-empty", "-m", "as tested"], cwd=root, check=True, timeout=60
    )
    yield from _launch_lab(root, {"autosave": True, "autosaveInterval": AUTOSAVE_SECONDS})


@pytest.mark.timeout(420)
def test_a_lesson_opened_and_run_stays_as_it_was(cloned_lab, browser):
    """Opening a lesson made JupyterLab add the kernel's language_info and autosave it, so a student could no longer
    git pull. With the course's save hook, a lesson opened, run from top to bottom and autosaved is unchanged."""
    base, token, root = cloned_lab
    relative = "notebooks/01-meet-the-articles.ipynb"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        _open(page, _url(base, token, relative))
        _run_all_cells(page, _stored(root / relative)["code"], 240, relative)
        page.wait_for_timeout((AUTOSAVE_SECONDS + 3) * 1000)
        _command(page, "docmanager:save")
        page.wait_for_timeout(3000)
        news = page.eval_on_selector_all(".jp-Notification-Toast, .Toastify__toast", "ns => ns.map(n => n.innerText)")
    finally:
        page.close()
    saved = subprocess.run(["git", "log", "-1", "--format=%H"], cwd=root, capture_output=True, text=True, timeout=30)
    status = subprocess.run(
        ["git", "status", "--porcelain", "--", *FOLDERS], cwd=root, capture_output=True, text=True, timeout=30
    ).stdout
    assert saved.returncode == 0 and status == "", f"opening and running {relative} changed files:\n{status}"
    assert not any("Jupyter news" in text for text in news), f"the news pop-up showed: {news}"
