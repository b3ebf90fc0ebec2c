"""Bring a cloned copy of the course up to date without losing anything you wrote in it.

    python tools/update.py          # from the course folder, in a terminal

``git pull`` refuses to update a file you changed ("Your local changes ... would be overwritten by merge"). This
does what JupyterHub's nbgitpuller does, so that an update never fails on your edits and never loses them:

1. every file you changed or added is first copied to ``my-work-backup/<date and time>/`` (git ignores that folder);
2. your changes are committed on your own copy of the course ("my work before the update");
3. the course's new version is fetched and merged; where you and the course changed the same lines, **your version
   wins**, and any other change of the course arrives;
4. a notebook that the merge could not keep as valid JSON is put back exactly as you had it (the backup has it
   too), and named.

It prints what it did. Nothing is ever deleted; if anything goes wrong it stops and says where your files are.
"""

from __future__ import annotations

import argparse
import datetime
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

BACKUP = "my-work-backup"
IDENTITY = ["-c", "user.name=course student", "-c", "user.email=student@localhost"]
"""Used only when git has no name and e-mail set, so that the commit of your work cannot fail for lack of them."""


class UpdateError(RuntimeError):
    """The update stopped; the message says why and where your files are."""


@dataclass
class Update:
    """What an update did: the files backed up, whether it merged, and notebooks restored from your copy."""

    backed_up: list[str] = field(default_factory=list)
    backup_folder: Path | None = None
    merged: bool = False
    restored: list[str] = field(default_factory=list)
    already_current: bool = False


def _git(folder: Path, *args: str, check: bool = True, timeout: int = 300) -> subprocess.CompletedProcess:
    result = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise UpdateError(f"git {' '.join(args)} failed: {result.stderr.strip() or result.stdout.strip()}")
    return result


def changed_files(folder: Path) -> list[str]:
    """The files you changed or added (git's view), the backup folder left out."""
    lines = _git(folder, "status", "--porcelain", "--untracked-files=all").stdout.splitlines()
    names = [line[3:].split(" -> ")[-1].strip('"') for line in lines]
    return [name for name in names if not name.startswith(BACKUP + "/")]


def back_up(folder: Path, names: list[str], when: str) -> Path | None:
    """Copy the named files into the backup folder, keeping their places; None when there is nothing to copy."""
    present = [name for name in names if (folder / name).is_file()]
    if not present:
        return None
    target = folder / BACKUP / when
    for name in present:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(folder / name, target / name)
    ignore = folder / BACKUP / ".gitignore"
    ignore.write_text("*\n", encoding="utf-8")
    return target


def _invalid_notebooks(folder: Path, names: list[str]) -> list[str]:
    bad = []
    for name in names:
        if name.endswith(".ipynb") and (folder / name).is_file():
            try:
                json.loads((folder / name).read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError):
                bad.append(name)
    return bad


def update(folder: Path, remote: str = "origin", branch: str | None = None, now: datetime.datetime | None = None):
    """Update the clone at ``folder`` as the module says; return an :class:`Update`."""
    folder = Path(folder)
    if _git(folder, "rev-parse", "--is-inside-work-tree", check=False).returncode != 0:
        raise UpdateError(
            f"{folder} is not a git clone of the course. If you downloaded it as a ZIP, download the new ZIP, unzip it "
            "beside this folder, and copy your own files into it (see the README, 'Updating the course')."
        )
    if (folder / ".git" / "MERGE_HEAD").exists():
        raise UpdateError("a merge is already under way in this folder: finish it, or run `git merge --abort`")
    branch = branch or _git(folder, "rev-parse", "--abbrev-ref", "HEAD").stdout.strip()
    when = (now or datetime.datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    done = Update()
    mine = changed_files(folder)
    done.backup_folder = back_up(folder, mine, when)
    done.backed_up = mine
    if mine:
        _git(folder, "add", "-A", "--", ".", f":(exclude){BACKUP}")
        _git(folder, *IDENTITY, "commit", "-q", "-m", "my work before the update")
    _git(folder, "fetch", "-q", remote, timeout=600)
    before = _git(folder, "rev-parse", "HEAD").stdout.strip()
    merge = _git(folder, *IDENTITY, "merge", "--no-edit", "-X", "ours", f"{remote}/{branch}", check=False)
    if merge.returncode != 0:
        _git(folder, "merge", "--abort", check=False)
        where = f"; your files are also in {done.backup_folder}" if done.backup_folder else ""
        raise UpdateError(f"the course's new version could not be merged ({merge.stdout.strip()}){where}")
    done.merged = True
    done.already_current = _git(folder, "rev-parse", "HEAD").stdout.strip() == before
    for name in _invalid_notebooks(folder, mine):
        _git(folder, "checkout", before, "--", name)
        _git(folder, *IDENTITY, "commit", "-q", "-m", f"keep my version of {name}")
        done.restored.append(name)
    return done


def report(done: Update) -> str:
    """What an update did, in plain words."""
    lines = []
    if done.backed_up:
        lines.append(f"Your {len(done.backed_up)} changed or new files are backed up in {done.backup_folder}.")
    lines.append("Already up to date." if done.already_current else "The course is up to date; your changes are kept.")
    lines += [
        f"{name}: the course's changes to it could not be merged, so your version was kept." for name in done.restored
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, default=Path(__file__).resolve().parent.parent)
    args = parser.parse_args(argv)
    try:
        print(report(update(args.folder)))
    except (UpdateError, subprocess.TimeoutExpired) as error:
        print(f"The update stopped: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
