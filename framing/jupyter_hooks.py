"""A Jupyter server hook that keeps the course's notebooks byte for byte as they were when a student opens them.

JupyterLab writes the kernel's ``language_info`` (Python's exact version among it) into a notebook as soon as it
opens, marks it unsaved, and autosaves within about two minutes. The lesson then differs from the course's copy: a
student who cloned the course can no longer ``git pull`` an update, and nbval no longer compares the file the course
ships. The course stores ``language_info`` as ``STORED_LANGUAGE_INFO``; this hook puts that back into every course
notebook (``notebooks/``, ``exercises/``, ``solutions/``) as it is saved. Nothing else of what a student saves is
touched: their answers, outputs and notes are saved as they are, and their own notebooks are left alone.

This module is a small Jupyter server extension: the course's ``jupyter-config`` package (installed by
requirements.txt) enables it, and on loading it registers the hook with the server's contents manager.
"""

from __future__ import annotations

import re

__all__ = ["COURSE_KERNEL", "COURSE_NOTEBOOK", "STORED_LANGUAGE_INFO", "keep_lesson_metadata"]

STORED_LANGUAGE_INFO = {"name": "python"}
"""The ``language_info`` every course notebook stores (tools/course.py writes it when it runs a notebook)."""

COURSE_KERNEL = {
    "display_name": "Python 3 (Same Story, Five Frames)",
    "language": "python",
    "name": "same-story-five-frames",
}
"""The kernel every course notebook asks for. jupyter-config/ installs it with the course (a laptop, Binder); on a
school JupyterHub the README's one-time ``ipykernel install --name same-story-five-frames`` makes it, so that the
lessons start on the Python that has the course's packages, never on the hub's own."""

COURSE_NOTEBOOK = re.compile(r"(?:^|/)(?:notebooks|exercises|solutions)/\d{2}-[a-z0-9-]+\.ipynb$")
"""A course notebook's path as the server sees it (relative to where JupyterLab was started)."""


def keep_lesson_metadata(model: dict, path: str, **_: object) -> None:
    """Before a course notebook is saved, put back the ``language_info`` it stores; leave everything else as it is.

    >>> written = {"language_info": {"name": "python", "version": "3.12.1"}}
    >>> model = {"type": "notebook", "content": {"metadata": dict(written)}}
    >>> keep_lesson_metadata(model, "notebooks/03-sentiment.ipynb")
    >>> model["content"]["metadata"]["language_info"]
    {'name': 'python'}
    >>> mine = {"type": "notebook", "content": {"metadata": dict(written)}}
    >>> keep_lesson_metadata(mine, "data/my-story/notes.ipynb")
    >>> mine["content"]["metadata"]["language_info"]["version"]
    '3.12.1'
    """
    if model.get("type") != "notebook" or not COURSE_NOTEBOOK.search(path or ""):
        return
    metadata = (model.get("content") or {}).get("metadata")
    if isinstance(metadata, dict) and "language_info" in metadata:
        metadata["language_info"] = dict(STORED_LANGUAGE_INFO)


def _jupyter_server_extension_points() -> list[dict]:
    """Jupyter server's entry point: this module is the extension."""
    return [{"module": "framing.jupyter_hooks"}]


def _load_jupyter_server_extension(serverapp) -> None:
    """Register :func:`keep_lesson_metadata` to run before every save."""
    serverapp.contents_manager.register_pre_save_hook(keep_lesson_metadata)
