"""Shared fixtures: the project's paths and a builder for small story folders."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def make_story(tmp_path):
    """Write a story folder and return its path.

    ``make_story({"a.txt": "text"}, csv="article_id,file\\na,a.txt\\n")``; file
    contents may be str (written as UTF-8) or bytes (written as they are).
    Without ``csv``, one row per file is written, with ids from the file names.
    """

    def make(files: dict[str, str | bytes], csv: str | bytes | None = None, name: str = "story") -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for file_name, content in files.items():
            path = folder / file_name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        if csv is None:
            csv = "article_id,file\n" + "".join(f"{Path(n).stem},{n}\n" for n in files)
        (folder / "articles.csv").write_bytes(csv if isinstance(csv, bytes) else csv.encode("utf-8"))
        return folder

    return make


@pytest.fixture(scope="session")
def course():
    """The course's tables (tests/course_story.py), built once for the whole session; read them, never change them."""
    from course_story import course_story

    return course_story()
