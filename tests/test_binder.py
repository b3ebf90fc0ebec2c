"""Binder builds the environment we mean: Python from runtime.txt, packages from requirements.txt.

``repo2docker --no-build --no-run`` prints the Dockerfile that Binder (repo2docker)
would build, without a Docker engine. Needs requirements-dev.txt; skipped
without it, except in CI (CI=true), where it must run.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from paths import ROOT

REPO2DOCKER = shutil.which("repo2docker") or str(Path(sys.executable).with_name("repo2docker"))
AVAILABLE = Path(REPO2DOCKER).exists()
if not AVAILABLE and os.environ.get("CI") == "true":
    raise RuntimeError(
        "CI must run the Binder check, but repo2docker is not installed (pip install -r requirements-dev.txt)"
    )


def test_runtime_pins_a_python_that_installs_the_requirements():
    runtime = (ROOT / "runtime.txt").read_text(encoding="utf-8").strip()
    assert re.fullmatch(r"python-3\.(1[1-9])", runtime), (
        f"runtime.txt should pin Python 3.11 or newer, found {runtime!r}"
    )
    allowed = {"-e .", "./jupyter-config", "-r requirements-kernel.txt"}
    for name in ("requirements.txt", "requirements-kernel.txt"):
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            line = line.split("#")[0].strip()
            assert not line or line in allowed or re.fullmatch(r"[A-Za-z0-9_.\[\]-]+==[\w.]+", line), (
                f"{name}: pin exactly: {line!r}"
            )


def test_a_hub_kernel_installs_no_jupyter_server():
    """On a school JupyterHub the server is the hub's: the kernel's requirements must not pin JupyterLab over it."""
    text = (ROOT / "requirements-kernel.txt").read_text(encoding="utf-8").lower()
    for server in ("jupyterlab==", "jupyter-server==", "jupyter_server==", "notebook==", "jupyter-config"):
        assert server not in text, f"requirements-kernel.txt must not install {server.rstrip('=')}"
    assert "ipykernel==" in text and "-r requirements-kernel.txt" in (ROOT / "requirements.txt").read_text()


@pytest.mark.skipif(not AVAILABLE, reason="needs repo2docker (pip install -r requirements-dev.txt)")
def test_repo2docker_uses_runtime_python_and_requirements(tmp_path):
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    for name in files:  # the files Binder would see: the committed ones, not a local .venv
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tmp_path / name)
    result = subprocess.run(
        [REPO2DOCKER, "--no-build", "--no-run", str(tmp_path)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    dockerfile, log = result.stdout, result.stderr
    version = (ROOT / "runtime.txt").read_text(encoding="utf-8").strip().removeprefix("python-")
    assert f"Building conda environment for python={version}" in log, log[-2000:]
    assert re.search(rf"environment\.py-{re.escape(version)}-linux-64", dockerfile) or f"python={version}" in log
    assert 'pip install --no-cache-dir -r "requirements.txt"' in dockerfile
    assert dockerfile.index("COPY --chown=0:0 src/ ${REPO_DIR}/") < dockerfile.index('-r "requirements.txt"'), (
        "requirements.txt (with -e .) must be installed after the repository is copied"
    )
    assert "requirements-dev.txt" not in dockerfile, "Binder must not install the maintainers' tools"
