"""Exercises that explain themselves: a blank left in, an exercise not yet written, a check run too early.

An exercise notebook's setup cell calls :func:`explain_exercise_errors`. From then on, when a cell fails, the
student first reads what to do, in plain words, and then Python's own message:

* the stub ``raise NotImplementedError("Fill in the blanks ...")`` says to fill in the blanks or write the code
  (``tools/course.py`` writes it, as ``CODE_STUB``);
* a blank ``____`` left in a line that runs (as a name, or as text in quotation marks) says it is a blank;
* a name that no cell has set yet (a check cell run before its exercise) says which cell to run first.

``____`` itself is :data:`BLANK`, an object that explains itself whenever it is used, so that
``sort_values(ascending=____)`` fails with "a blank is still in this cell", not with pandas' own complaint.
"""

from __future__ import annotations

import linecache
import re

__all__ = ["BLANK", "Blank", "BlankLeftError", "explain_error", "explain_exercise_errors"]

BLANK_ADVICE = (
    "This cell still has a blank, ____: replace each ____ with your answer (the hint above the exercise says what "
    "goes there; a blank in quotation marks is text, such as a column name), then run the cell again."
)


class BlankLeftError(Exception):
    """A blank (``____``) of an exercise was used before it was filled in."""


class Blank:
    """The blank ``____`` of the fill-in versions: any use of it raises :class:`BlankLeftError` with the advice.

    >>> blank = Blank()
    >>> blank + 1  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    framing.exercises.BlankLeftError: This cell still has a blank, ____: ...
    """

    def __repr__(self) -> str:
        return "____ (a blank of the exercise: replace it with your answer)"

    def _refuse(self, *args, **kwargs):
        raise BlankLeftError(BLANK_ADVICE)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        self._refuse()


for _method in (
    "__call__ __getitem__ __setitem__ __iter__ __len__ __contains__ __bool__ __index__ __int__ __float__ __str__ "
    "__format__ __hash__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __add__ __radd__ __sub__ __rsub__ __mul__ "
    "__rmul__ __truediv__ __rtruediv__ __floordiv__ __mod__ __neg__ __and__ __rand__ __or__ __ror__ __invert__ "
    "__array__ __fspath__"
).split():
    setattr(Blank, _method, Blank._refuse)

BLANK = Blank()
"""The one blank the exercise notebooks name ``____``."""

_BLANK_IN_CODE = re.compile(r"\b____\b|['\"]____['\"]")


def _cell_source(shell, traceback) -> str:
    """The source of the cell that failed: the shell's latest input, or else the first frame that is a cell."""
    history = shell.user_ns.get("_ih") or []
    if history and history[-1]:
        return history[-1]
    while traceback is not None:
        name = traceback.tb_frame.f_code.co_filename
        if name.startswith("<ipython-input") or "ipykernel_" in name:
            return "".join(linecache.getlines(name))
        traceback = traceback.tb_next
    return ""


def _running_lines(source: str) -> str:
    """The lines of a cell that run: comments (the fill-in versions before their '# ' is removed) left out."""
    return "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("#"))


def explain_error(error: BaseException, source: str) -> str | None:
    """Plain words for a failed exercise cell, or None when there is nothing to add to Python's message.

    >>> error = NameError("name 'shrine_articles' is not defined", name="shrine_articles")
    >>> print(explain_error(error, "len(shrine_articles)"))  # doctest: +ELLIPSIS
    This cell uses `shrine_articles`, which no cell has set yet. Run the cell above that sets `shrine_articles` ...
    >>> explain_error(KeyError("____"), 'table["____"]')[:38]
    'This cell still has a blank, ____: rep'
    """
    if isinstance(error, NotImplementedError) or isinstance(error, BlankLeftError):
        return None  # their own message says what to do
    if _BLANK_IN_CODE.search(_running_lines(source)):
        return BLANK_ADVICE
    if isinstance(error, NameError) and getattr(error, "name", None):
        name = error.name
        return (
            f"This cell uses `{name}`, which no cell has set yet. Run the cell above that sets `{name}` first (for a "
            "check, the exercise just above it), then run this one again. After a restart, run the cells from the top, "
            "the setup cells first."
        )
    return None


def explain_exercise_errors() -> None:
    """From now on in this notebook, put plain words before the error of a failed exercise cell (see the module).

    Outside IPython (a script, a test run without a kernel) it does nothing.
    """
    try:
        shell = get_ipython()  # noqa: F821 (IPython puts it in builtins)
    except NameError:
        return

    def handler(shell, kind, error, traceback, tb_offset=None):
        advice = explain_error(error, _cell_source(shell, traceback))
        if advice:
            print(advice)
        shell.showtraceback((kind, error, traceback), tb_offset=tb_offset)

    shell.set_custom_exc((Exception,), handler)
