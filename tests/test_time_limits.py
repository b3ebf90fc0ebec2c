"""No test can hang: every test has a time limit (pytest-timeout, set in pyproject.toml)."""

import subprocess
import sys
import time
import tomllib

from paths import ROOT


def test_every_test_has_a_time_limit():
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert 0 < int(options["timeout"]) <= 900, "set a per-test time limit (timeout) in [tool.pytest.ini_options]"
    assert "pytest-timeout==" in (ROOT / "requirements.txt").read_text(encoding="utf-8")


def test_a_hanging_test_fails_instead_of_hanging(tmp_path):
    """A test that would sleep for an hour fails at the limit, and the run goes on to the next test."""
    (tmp_path / "test_hang.py").write_text(
        "import time\n\ndef test_hangs():\n    time.sleep(3600)\n\ndef test_after():\n    assert True\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-o",
            "timeout=3",
            "-o",
            "addopts=",
            "-o",
            "testpaths=",
            str(tmp_path / "test_hang.py"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert time.monotonic() - started < 60
    assert result.returncode == 1, result.stdout[-2000:]
    assert "Timeout" in result.stdout and "1 failed, 1 passed" in result.stdout, result.stdout[-2000:]
