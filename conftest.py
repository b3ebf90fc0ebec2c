"""pytest configuration shared by the unit tests and nbval's notebook tests.

nbval 0.11 runs every cell with ``store_history=False``, and IPython decides
whether a trailing ``;`` hides a cell's result by looking at the history. So
under nbval a chart cell ending in ``;`` shows its return value (such as
``[Text(...)]``) although it does not in JupyterLab, and the stored outputs
differ. This is nbval issue 194 (computationalmodelling/nbval), open upstream.
Until it is fixed, cells run under nbval as they do for a student: with history.
"""

from __future__ import annotations

import os

import nbval.kernel

# Lesson 07 analyses $FRAMING_STORY_DIR when it is set; the stored outputs are for the course's story.
os.environ.pop("FRAMING_STORY_DIR", None)


def _execute_with_history(self, cell_input, allow_stdin=None):
    return self.kc.execute(cell_input, store_history=True, allow_stdin=allow_stdin, stop_on_error=False)


nbval.kernel.RunningKernel.execute_cell_input = _execute_with_history
