"""tools/update.py: a clone of the course updated without failing on a student's edits or losing them."""

import datetime
import json
import subprocess

import pytest

from tools.update import BACKUP, UpdateError, report, update

ID = ["-c", "user.name=t", "-c", "user.email=t@localhost"]
NOTEBOOK = json.dumps({"cells": ["intro", "exercise", "a", "b", "c", "ending"], "metadata": {}}, indent=1) + "\n"


def git(folder, *args):
    return subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, text=True, timeout=60).stdout


@pytest.fixture
def course(tmp_path):
    """An upstream course (a bare repository with one commit) and a student's clone of it."""
    work = tmp_path / "upstream-work"
    (work / "notebooks").mkdir(parents=True)
    (work / "notebooks" / "01-a.ipynb").write_text(NOTEBOOK, encoding="utf-8")
    (work / "README.md").write_text("one\n", encoding="utf-8")
    git(work, "init", "-q", "-b", "main")
    git(work, "add", "-A")
    git(work, *ID, "commit", "-q", "-m", "course")
    bare = tmp_path / "upstream.git"
    git(tmp_path, "clone", "-q", "--bare", str(work), str(bare))
    student = tmp_path / "student"
    git(tmp_path, "clone", "-q", str(bare), str(student))

    def publish(name, text):
        git(work, "pull", "-q", str(bare), "main")
        (work / name).write_text(text, encoding="utf-8")
        git(work, "add", "-A")
        git(work, *ID, "commit", "-q", "-m", f"change {name}")
        git(work, "push", "-q", str(bare), "HEAD:main")

    return student, publish


NOW = datetime.datetime(2027, 1, 2, 3, 4, 5)


def test_a_student_s_edits_win_and_the_course_s_other_changes_arrive(course):
    student, publish = course
    (student / "notebooks" / "01-a.ipynb").write_text(NOTEBOOK.replace('"exercise"', '"my answer"'), encoding="utf-8")
    (student / "data" / "my-story").mkdir(parents=True)
    (student / "data" / "my-story" / "articles.csv").write_text("article_id,file\n", encoding="utf-8")
    publish("README.md", "two\n")
    publish(
        "notebooks/01-a.ipynb", NOTEBOOK.replace('"exercise"', '"new exercise"').replace('"ending"', '"new ending"')
    )
    done = update(student, now=NOW)
    notebook = json.loads((student / "notebooks" / "01-a.ipynb").read_text(encoding="utf-8"))
    assert notebook["cells"] == ["intro", "my answer", "a", "b", "c", "new ending"], (
        "the student's line wins, the course's other line arrives"
    )
    assert (student / "README.md").read_text(encoding="utf-8") == "two\n"
    assert (student / "data" / "my-story" / "articles.csv").exists()
    backup = student / BACKUP / "2027-01-02-030405"
    assert done.backup_folder == backup and (backup / "data" / "my-story" / "articles.csv").exists()
    assert '"my answer"' in (backup / "notebooks" / "01-a.ipynb").read_text(encoding="utf-8")
    assert git(student, "status", "--porcelain") == "", "nothing left uncommitted, the backup ignored"
    assert "backed up" in report(done) and "your changes are kept" in report(done)


def test_an_update_with_nothing_new_says_so(course):
    student, _ = course
    done = update(student, now=NOW)
    assert done.already_current and done.backup_folder is None and report(done) == "Already up to date."


def test_a_notebook_the_merge_breaks_is_put_back_as_the_student_had_it(course):
    student, publish = course
    mine = NOTEBOOK.replace('"ending"', '"my ending"')
    (student / "notebooks" / "01-a.ipynb").write_text(mine, encoding="utf-8")
    publish("notebooks/01-a.ipynb", NOTEBOOK.replace('"intro",', '"intro"'))  # merged with mine: not valid JSON
    done = update(student, now=NOW)
    assert done.restored == ["notebooks/01-a.ipynb"]
    assert (student / "notebooks" / "01-a.ipynb").read_text(encoding="utf-8") == mine
    assert "your version was kept" in report(done)


def test_a_folder_that_is_not_a_clone_is_refused_with_the_zip_route(tmp_path):
    with pytest.raises(UpdateError, match="download the new ZIP"):
        update(tmp_path)
