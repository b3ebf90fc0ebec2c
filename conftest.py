"""pytest configuration shared by the unit tests and nbval's notebook tests.

1. **This checkout's code, everywhere.** nbval's kernels start in ``notebooks/`` and ``solutions/`` and import
   whatever ``framing`` Python finds first. With one virtual environment shared by two clones, that was the other
   clone's package (the editable install of ``pip install -e .``). The checkout's root goes first on ``PYTHONPATH``
   before any kernel starts, so kernels inherit it; the session refuses to start if the tests themselves would import
   another copy, and ``tests/test_kernels.py`` proves what a kernel imports.
2. **Markers** (``-m``): ``kernel`` for every test that starts a Jupyter kernel (nbval's cells, lesson 07 run on other
   story folders, the kernel checks) and ``browser`` for the tests that drive Chromium. ``python -m pytest -m "not
   kernel and not browser"`` is the fast loop for prose and code edits (CONTRIBUTING.md gives its time).
3. **History on, as for a student.** nbval 0.11 runs every cell with ``store_history=False``, and IPython decides
   whether a trailing ``;`` hides a cell's result by looking at the history. So under nbval a chart cell ending in
   ``;`` shows its return value (such as ``[Text(...)]``) although it does not in JupyterLab, and the stored outputs
   differ. This is nbval issue 194 (computationalmodelling/nbval), open upstream. Until it is fixed, cells run under
   nbval as they do for a student: with history.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbval.kernel
import pytest

ROOT = Path(__file__).resolve().parent
os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])

# Lesson 07 analyses $FRAMING_STORY_DIR when it is set; the stored outputs are for the course's story.
os.environ.pop("FRAMING_STORY_DIR", None)

KERNEL_MODULES = {"test_your_own_story.py", "test_kernels.py"}
BROWSER_MODULES = {"test_browser.py", "test_site.py"}


def _execute_with_history(self, cell_input, allow_stdin=None):
    return self.kc.execute(cell_input, store_history=True, allow_stdin=allow_stdin, stop_on_error=False)


nbval.kernel.RunningKernel.execute_cell_input = _execute_with_history


def pytest_sessionstart(session):
    import framing

    where = Path(framing.__file__).resolve()
    if ROOT not in where.parents:
        raise pytest.UsageError(f"the tests would import framing from {where}, not from this checkout ({ROOT})")


def pytest_collection_modifyitems(config, items):
    for item in items:
        name = item.path.name
        if item.path.suffix == ".ipynb" or name in KERNEL_MODULES:
            item.add_marker(pytest.mark.kernel)
        if name in BROWSER_MODULES:
            item.add_marker(pytest.mark.browser)
