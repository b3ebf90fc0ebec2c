"""The notebooks: exercises in sync with solutions, navigation current, conventions kept."""

import re

import nbformat
import pytest

from paths import ROOT
from tools import course

LESSONS = course.lesson_paths(course.LESSONS)
NOTEBOOKS = [*LESSONS, *course.lesson_paths(course.SOLUTIONS)]


def cells(path, kind):
    return [course.source(c) for c in course.read(path).cells if c.cell_type == kind]


def test_there_is_at_least_one_lesson():
    assert LESSONS, "no lessons found in notebooks/"


def test_every_lesson_has_exercises_and_solutions_with_names_a_student_can_tell_apart():
    """Three tabs named 03-sentiment.ipynb were easy to confuse: each folder's notebook says which it is."""
    names = {
        folder.name: [p.name for p in course.lesson_paths(folder)]
        for folder in (course.LESSONS, course.SOLUTIONS, course.EXERCISES)
    }
    lessons = names["notebooks"]
    assert names["exercises"] == [n.replace(".ipynb", "-exercises.ipynb") for n in lessons]
    assert names["solutions"] == [n.replace(".ipynb", "-solutions.ipynb") for n in lessons]
    for folder, heading in ((course.SOLUTIONS, "# Solutions "), (course.EXERCISES, "# Exercises ")):
        for path in course.lesson_paths(folder):
            first = course.source(course.opening_cell(course.read(path), path))
            assert first.startswith(heading), f"{path.name} should open with '{heading}NN · Title'"


def test_exercises_are_generated_from_the_current_solutions():
    stale = course.stale_exercises()
    assert not stale, f"exercises/ is out of date: run `python tools/course.py exercises` ({stale})"


def test_navigation_contents_and_readme_map_are_current():
    changed = course._navigation(write_files=False)
    assert not changed, f"navigation is out of date: run `python tools/course.py navigation` ({changed})"


@pytest.mark.parametrize("path", course.lesson_paths(course.EXERCISES), ids=lambda p: p.name)
def test_exercises_hold_no_answers_and_no_outputs(path):
    notebook = course.read(path)
    text = "\n".join(course.source(c) for c in notebook.cells)
    for marker in (course.CODE_BEGIN, course.CODE_END, course.PROSE_BEGIN, course.PROSE_END):
        assert marker not in text
    assert course.CODE_STUB[1] in text
    assert all(
        not c.get("outputs") and c.get("execution_count") is None for c in notebook.cells if c.cell_type == "code"
    )


@pytest.mark.parametrize("path", course.lesson_paths(course.SOLUTIONS), ids=lambda p: p.name)
def test_every_coding_exercise_has_a_self_check(path):
    code = cells(path, "code")
    for position, text in enumerate(code):
        if course.CODE_BEGIN in text and ".plot" not in text:
            later = code[position + 1 : position + 3]
            assert any("assert " in c and "print(" in c for c in later), (
                f"{path.name}: solution cell {text[:60]!r} has no self-check after it"
            )


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_opening_block(path):
    lesson = course.read_lesson(path)
    opening = course.source(course.opening_cell(course.read(path), path))
    assert re.match(r"^\d{2} · ", lesson.title), "title: 'NN · Name'"
    for field in ("**Framing question:**", "**Time:**", "**Prerequisites:**", "**Learning goals.**"):
        assert field in opening, f"{path.name}: opening cell lacks {field}"
    top = course.source(course.read(path).cells[0])
    assert top.startswith(course.NAV_MARK) and "mybinder.org/v2/gh/" in top and f"notebooks/{path.name}" in top


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_one_setup_cell_and_no_installs(path):
    code = cells(path, "code")
    importing = [i for i, text in enumerate(code) if re.search(r"^\s*(import|from)\s+\S+", text, re.MULTILINE)]
    assert importing == [0], f"{path.name}: imports belong in the first code cell only (found in cells {importing})"
    assert not any(re.search(r"^\s*[!%]\s*(pip|conda)\b", text, re.MULTILINE) for text in code), (
        "no installs in lessons"
    )
    assert not any("download" in text for text in code), "nothing may download at run time"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_code_cells_are_short(path):
    for text in cells(path, "code")[1:]:
        lines = [line for line in text.splitlines() if line.strip() and not line.strip().startswith("###")]
        assert len(lines) <= 8, f"{path.name}: a code cell has {len(lines)} lines; move logic into framing/"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_chart_is_titled_labelled_described_and_ends_with_semicolon(path):
    for text in cells(path, "code"):
        text = "\n".join(line for line in text.splitlines() if line.strip() not in (course.CODE_BEGIN, course.CODE_END))
        if re.search(r"\.plot\b|\.plot\.|plot_\w+\(|plt\.", text) and "set_option" not in text:
            assert text.rstrip().endswith(";"), f"{path.name}: a chart cell should end with ';'\n{text}"
            assert "title" in text, f"{path.name}: chart without a title\n{text}"
            if ".plot" in text and "plot_" not in text:
                assert "xlabel" in text and "ylabel" in text, f"{path.name}: chart without axis labels\n{text}"
            if path.parent.name == "notebooks":
                assert "describe_" in text, f"{path.name}: chart without a computed text description\n{text}"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_ending(path):
    markdown = "\n".join(cells(path, "markdown"))
    for heading in ("## Summary", "## Your turn"):
        assert heading in markdown, f"{path.name}: lessons end with {heading}"
    bottom = course.source(course.read(path).cells[-1])
    assert (
        bottom.startswith(course.NAV_MARK)
        and f"../exercises/{course.companion(path.name, course.EXERCISES).name}" in bottom
    )
    assert "{" not in bottom and "}" not in bottom, "an unformatted placeholder in the navigation"


def test_code_stub_keeps_surrounding_lines_and_indentation():
    text = "answer = None\nif True:\n    ### BEGIN SOLUTION\n    answer = 42\n    ### END SOLUTION\nanswer"
    assert course.strip_code_solution(text, "x") == (
        "answer = None\nif True:\n    # YOUR CODE HERE: write it here (or use the fill-in version above), and delete "
        "the line below\n    " + course.CODE_STUB[1] + "\nanswer"
    )


@pytest.mark.parametrize(
    "text, message",
    [
        ("### BEGIN SOLUTION\nx = 1", "without ### END SOLUTION"),
        ("x = 1\n### END SOLUTION", "without ### BEGIN SOLUTION"),
        ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION", "inside another"),
    ],
)
def test_unbalanced_code_markers_are_errors(text, message):
    with pytest.raises(course.CourseError, match=message):
        course.strip_code_solution(text, "nb cell 3")


def test_prose_answers_become_a_prompt():
    text = "Question?\n\n<!-- BEGIN SOLUTION -->\nAn answer.\n<!-- END SOLUTION -->\n"
    assert course.strip_prose_solution(text, "x") == f"Question?\n\n{course.PROSE_STUB}\n"
    with pytest.raises(course.CourseError, match="do not pair up"):
        course.strip_prose_solution("<!-- BEGIN SOLUTION -->", "x")


def test_a_solution_without_answers_is_refused(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
    with pytest.raises(course.CourseError, match="no solution blocks"):
        course.exercise_from_solution(notebook, tmp_path / "99-empty.ipynb")


def test_generated_exercise_clears_outputs_and_keeps_cell_ids():
    code = nbformat.v4.new_code_cell("### BEGIN SOLUTION\nx = 1\n### END SOLUTION\nx", execution_count=3)
    code["id"] = "answer"
    code.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": "1"}, execution_count=3)]
    exercise = course.exercise_from_solution(nbformat.v4.new_notebook(cells=[code]), ROOT / "x.ipynb")
    cell = exercise.cells[0]
    assert cell.outputs == [] and cell.execution_count is None and cell["id"] == "answer"
    assert (
        cell.source
        == "# YOUR CODE HERE: write it here (or use the fill-in version above), and delete the line below\nraise "
        "NotImplementedError(" + course.CODE_STUB[1].split("NotImplementedError(", 1)[1] + "\nx"
    )


def test_instructor_guide_covers_every_lesson():
    guide = (ROOT / "INSTRUCTORS.md").read_text(encoding="utf-8")
    for path in LESSONS:
        title = course.read_lesson(path).title
        assert f"### {title}" in guide, f"INSTRUCTORS.md has no section '### {title}'"
    for section in ("## Capstone rubric", "## Teaching a contested conflict", "## Running the course"):
        assert section in guide


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_stated_time_covers_what_the_material_needs(path):
    """Times honest to the material (150 words a minute, a minute a code cell, 5 minutes a coding exercise, 4 a written
    answer; see tools/course.py): a stated time may fall short of the estimate by course.TIME_MARGIN at most, and may
    not be padded by more than half. The message says which number to change; `python tools/course.py navigation`
    then writes it everywhere else (README, contents, navigation, the guide's tables)."""
    lesson, exercises = course.estimated_minutes(path.name)
    stated = course.stated_minutes(path)
    edit = f"change the **Time:** line of notebooks/{path.name}, then run `python tools/course.py navigation`"
    if stated is None:  # the capstone states its time in class, then the report at home
        in_class = course.in_class_minutes(path)
        assert in_class, f"{path.name}: state the time as 'N minutes (L for the lesson, E for the exercises)'"
        assert in_class * (1 + course.TIME_MARGIN) >= lesson + exercises, (
            f"{path.name}: {in_class} minutes in class, but the material needs about {lesson + exercises}: {edit}"
        )
        return
    total, stated_lesson, stated_exercises = stated
    assert total == stated_lesson + stated_exercises, (
        f"{path.name}: {stated_lesson} + {stated_exercises} is not {total}"
    )
    for part, needed, said in (("lesson", lesson, stated_lesson), ("exercises", exercises, stated_exercises)):
        assert said * (1 + course.TIME_MARGIN) >= needed, (
            f"{path.name}: the {part} state {said} minutes but need about {needed} (more than "
            f"{course.TIME_MARGIN:.0%} over): raise the {part} minutes to {needed}; {edit}"
        )
        assert said <= 1.5 * needed + 5, f"{path.name}: the {part} state {said} minutes for about {needed}: {edit}"


def test_the_guide_plans_are_written_from_the_stated_times():
    """Raising a lesson's time is one edit: the guide's tables follow it (navigation writes them)."""
    guide = (ROOT / "INSTRUCTORS.md").read_text(encoding="utf-8")
    lessons = [course.read_lesson(p) for p in LESSONS]
    assert course.guide_with_times(guide, lessons) == guide, "run `python tools/course.py navigation`"


@pytest.mark.parametrize("path", [p for p in LESSONS if not p.name.startswith("00-")], ids=lambda p: p.name)
def test_prerequisites_name_the_toolkit_sections_the_exercises_use(path):
    """Issue 15: each lesson's opening says what it assumes, including the toolkit sections its exercises need."""
    solution = " ".join(
        course.source(c)
        for c in course.read(course.companion(path.name, course.SOLUTIONS)).cells
        if c.cell_type == "markdown"
    )
    needed = sorted({int(number) for number, _ in course.TOOLKIT_REFERENCE.findall(solution)})
    line = re.search(
        r"^\*\*Prerequisites:\*\*.*$", course.source(course.opening_cell(course.read(path), path)), re.M
    ).group(0)
    said = re.search(
        r"Its exercises use the Python of sections? ([\d, and]+) of \[00 · Toolkit\]\(00-toolkit\.ipynb\)\.", line
    )
    assert said, (
        f"{path.name}: the Prerequisites line should end 'Its exercises use the Python of sections ... of [00 · "
        "Toolkit](00-toolkit.ipynb).'"
    )
    assert sorted(int(n) for n in re.findall(r"\d+", said.group(1))) == needed, (
        f"{path.name}: its exercises' hints name toolkit sections {needed}"
    )


def test_every_notebook_asks_for_the_course_kernel_that_the_course_installs():
    """Lessons start on the course's kernel (on a hub, the one the README's install makes), never on a Python that
    lacks the course's packages; jupyter-config/ installs that kernel with the course (laptop, Binder)."""
    import json

    from framing.jupyter_hooks import COURSE_KERNEL

    for folder in (course.LESSONS, course.SOLUTIONS, course.EXERCISES):
        for path in folder.glob("*.ipynb"):
            assert course.read(path).metadata.get("kernelspec") == COURSE_KERNEL, f"{path.name}: kernelspec"
    installed = json.loads((ROOT / "jupyter-config" / "kernel" / "kernel.json").read_text(encoding="utf-8"))
    assert installed["display_name"] == COURSE_KERNEL["display_name"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f'--name {COURSE_KERNEL["name"]} --display-name "{COURSE_KERNEL["display_name"]}"' in readme


def test_an_optional_section_is_left_out_of_the_estimate_and_states_its_own_minutes():
    """Issue 25: what overfills a lesson moves into an optional section marked "Optional, N minutes"; the lesson's
    estimate leaves it out, from its heading to the next heading of the same level or higher."""
    cells = [
        nbformat.v4.new_markdown_cell("## 4. Agreement\n\nText."),
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_markdown_cell("## 5. Optional, 10 minutes: articles, not sentences\n\nMore."),
        nbformat.v4.new_code_cell("y = 2"),
        nbformat.v4.new_markdown_cell("### A subsection\n\nStill optional."),
        nbformat.v4.new_markdown_cell("## Summary\n\nDone."),
    ]
    kept, minutes = course.core_cells(cells)
    assert [course.source(c).split("\n")[0] for c in kept] == ["## 4. Agreement", "x = 1", "## Summary"]
    assert minutes == 10
    assert course.core_cells(cells[:2]) == (cells[:2], 0)
    other_style = [nbformat.v4.new_markdown_cell("## Optional: how the extractor works (15 minutes)\n\nText.")]
    assert course.core_cells(other_style) == ([], 15)
    not_a_heading = [nbformat.v4.new_markdown_cell("Text.\n## Optional, 5 minutes: not at the start of the cell")]
    assert course.core_cells(not_a_heading) == (not_a_heading, 0)


def test_consecutive_stream_outputs_are_stored_as_one():
    """A print that reaches the notebook in two messages is stored as one, so that two runs store the same file."""
    stream = [nbformat.v4.new_output("stream", name="stdout", text=t) for t in ("Type the letter.", "\n")]
    error = nbformat.v4.new_output("stream", name="stderr", text="warning\n")
    merged = course.coalesced_streams([*stream, error, *stream])
    assert [(o.name, o.text) for o in merged] == [
        ("stdout", "Type the letter.\n"),
        ("stderr", "warning\n"),
        ("stdout", "Type the letter.\n"),
    ]
