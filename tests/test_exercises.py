"""Exercises that explain themselves (framing.exercises): the stub, a blank left in, a check run too early."""

import nbformat
import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output
from nbclient import NotebookClient

import framing
from framing.exercises import BLANK, BLANK_ADVICE, BlankLeftError, explain_error
from tools import course


@pytest.fixture
def shell():
    shell = InteractiveShell.instance()
    shell.run_cell("import framing\nframing.explain_exercise_errors()\n____ = framing.BLANK", store_history=True)
    yield shell
    shell.set_custom_exc((), None)
    InteractiveShell.clear_instance()


def run(shell, code):
    with capture_output() as captured:
        result = shell.run_cell(code, store_history=True)
    return result, captured.stdout


@pytest.mark.parametrize(
    "use",
    [lambda b: b + 1, lambda b: b["x"], lambda b: bool(b), lambda b: b.sum(), lambda b: b(), lambda b: str(b), len],
)
def test_every_use_of_the_blank_explains_itself(use):
    with pytest.raises(BlankLeftError, match="still has a blank, ____"):
        use(BLANK)
    assert "a blank" in repr(BLANK)


def test_a_blank_left_in_a_running_line_is_named(shell):
    result, printed = run(shell, 'table = {"words": 1}\ntable["____"]')
    assert isinstance(result.error_in_exec, KeyError) and printed.startswith(BLANK_ADVICE)
    result, printed = run(shell, "sorted([2, 1], reverse=____)")
    assert isinstance(result.error_in_exec, BlankLeftError) and "still has a blank" in str(result.error_in_exec)


def test_the_stub_says_what_to_do_and_a_blank_in_a_comment_is_not_blamed(shell):
    stub = "# answer = ____.sum()\n" + "\n".join(course.CODE_STUB)
    result, printed = run(shell, stub)
    assert isinstance(result.error_in_exec, NotImplementedError)
    assert "Fill in the blanks" in str(result.error_in_exec) and "delete this line" in str(result.error_in_exec)
    assert BLANK_ADVICE not in printed and "no cell has set" not in printed, "the stub's own message is the advice"


def test_a_check_run_before_its_exercise_says_which_cell_to_run(shell):
    result, printed = run(shell, 'assert len(shrine_articles) == 2, "two articles"')
    assert isinstance(result.error_in_exec, NameError)
    assert "This cell uses `shrine_articles`, which no cell has set yet" in printed and "run this one again" in printed


def test_other_errors_get_python_s_message_alone():
    assert explain_error(ZeroDivisionError("division by zero"), "1 / 0") is None
    assert explain_error(NameError("x"), "y = x") is None, "a NameError without a name has nothing to add"


def test_outside_ipython_nothing_is_installed():
    assert framing.explain_exercise_errors() is None


@pytest.mark.kernel
@pytest.mark.timeout(180)
def test_an_exercise_notebook_run_as_given_prints_what_to_do():
    """Exercise 1 of lesson 01 as given, then with its fill-in lines uncommented but blanks left, then its check
    cell run on its own: each prints what to do before Python's error."""
    path = course.companion("01-meet-the-articles.ipynb", course.EXERCISES)
    notebook = course.read(path)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    stub = next(c for c in code if course.CODE_STUB[1] in course.source(c))
    check = code[code.index(stub) + 1]
    filled = course.source(stub).replace("# shrine", "shrine")
    cells = [*code[:2], check, nbformat.v4.new_code_cell(course.source(stub)), nbformat.v4.new_code_cell(filled)]
    run_me = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(course.source(c)) for c in cells])
    NotebookClient(
        run_me,
        timeout=120,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()

    def said(cell):
        return "".join(o.get("text", "") + o.get("evalue", "") for o in cell.outputs)

    early, as_given, blanks_left = run_me.cells[2:]
    assert "This cell uses `shrine_articles`, which no cell has set yet" in said(early)
    assert "Fill in the blanks (____) above" in said(as_given)
    assert "still has a blank, ____" in said(blanks_left)
