"""Scaffolded exercises (issue 15): every coding exercise offers a fill-in version first, and names its toolkit section.

In a solution's code cell, the lines just before ``### BEGIN SOLUTION`` are the fill-in version::

    # Fill in the blanks (____), remove the "# " in front, and run; or write your own code below.
    # early = positions[positions["share"] <= ____]

They stay in the generated exercise (only the lines between the markers become the stub). Filling the
blanks is the student's work and is not tested; but with the ``# `` removed and each blank replaced by
``None``, the lines must be valid Python, so that a student who fills them in correctly gets code that runs.

Every exercise with code names the toolkit section it needs, in its *Expected result:* line or a *Hint:*
line, as ``(Toolkit, section 5: Filtering rows)``, and the number and name must be those of a heading of
notebooks/00-toolkit.ipynb (``course.toolkit_sections``; tests/test_toolkit.py checks the headings themselves).
"""

import ast
import re

import pytest

from tools import course

FIRST_LINE = '# Fill in the blanks (____), remove the "# " in front, and run; or write your own code below.'
BLANK = "____"
REFERENCE = course.TOOLKIT_REFERENCE
EXERCISE = re.compile(r"^\*\*Exercise \d+\.\*\*")
SOLUTIONS = course.lesson_paths(course.SOLUTIONS)


def scaffold_before(lines: list[str], begin: int) -> list[str]:
    """The fill-in lines just before the ``### BEGIN SOLUTION`` at ``begin``: from the fixed first line to the marker."""
    start = begin
    while start > 0 and lines[start - 1].lstrip().startswith("#") and lines[start - 1].strip() != course.CODE_END:
        start -= 1
        if lines[start].strip() == FIRST_LINE:
            return [line.strip() for line in lines[start:begin]]
    return []


def solution_blocks(path):
    """(cell number, lines, index of each ``### BEGIN SOLUTION`` line) for every code cell of a notebook with one."""
    for number, cell in enumerate(course.read(path).cells):
        text = course.source(cell)
        if cell.cell_type == "code" and course.CODE_BEGIN in text:
            lines = text.split("\n")
            for index, line in enumerate(lines):
                if line.strip() == course.CODE_BEGIN:
                    yield number, lines, index


def check_scaffold(scaffold: list[str], where: str) -> None:
    assert scaffold, (
        f"{where}: no fill-in version before {course.CODE_BEGIN}; put these lines just before it:\n{FIRST_LINE}\n# "
        "<the answer, with ____ where the student has to think>"
    )
    body = scaffold[1:]
    assert body, f"{where}: the fill-in version has its first line but no code line after it"
    assert all(line.startswith("# ") for line in body), f"{where}: every fill-in line starts with '# ': {body}"
    assert any(BLANK in line for line in body), f"{where}: the fill-in version has no blank ({BLANK})"
    code = "\n".join(line[2:].replace(BLANK, "None") for line in body)
    try:
        ast.parse(code)
    except SyntaxError as error:
        raise AssertionError(
            f"{where}: the fill-in version, with its blanks as None, is not valid Python ({error.msg}):\n{code}"
        ) from None


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_every_coding_exercise_offers_a_fill_in_version_first(path):
    blocks = list(solution_blocks(path))
    assert blocks, f"{path.name}: no coding exercise"
    for number, lines, begin in blocks:
        check_scaffold(scaffold_before(lines, begin), f"{path.name} cell {number}")


@pytest.mark.parametrize("path", course.lesson_paths(course.EXERCISES), ids=lambda p: p.name)
def test_the_generated_exercise_keeps_the_fill_in_version_above_each_stub(path):
    for number, cell in enumerate(course.read(path).cells):
        lines = course.source(cell).split("\n")
        for index, line in enumerate(lines):
            if cell.cell_type == "code" and line.strip() == course.CODE_STUB[0]:
                check_scaffold(scaffold_before(lines, index), f"{path.name} cell {number}")


def exercises(path):
    """Each exercise of a solution notebook: its markdown texts and whether it has a coding part."""
    found, current = [], None
    for cell in course.read(path).cells:
        text = course.source(cell)
        if cell.cell_type == "markdown" and EXERCISE.match(text):
            current = {"title": text.split("\n")[0][:60], "markdown": [text], "code": False}
            found.append(current)
        elif current is not None and cell.cell_type == "markdown" and not text.startswith(course.NAV_MARK):
            current["markdown"].append(text)
        elif current is not None and cell.cell_type == "code" and course.CODE_BEGIN in text:
            current["code"] = True
    return found


def hint_lines(texts: list[str]) -> list[str]:
    return [
        line
        for text in texts
        for line in text.split("\n")
        if line.startswith("*Expected result:*") or re.match(r"^\*?Hint:", line)
    ]


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_every_coding_exercise_names_its_toolkit_section(path):
    sections = course.toolkit_sections()
    for exercise in exercises(path):
        if not exercise["code"]:
            continue
        references = [ref for line in hint_lines(exercise["markdown"]) for ref in REFERENCE.findall(line)]
        assert references, (
            f"{path.name}, {exercise['title']!r}: its *Expected result:* or *Hint:* line should name the toolkit "
            "section "
            f"it needs, as (Toolkit, section 5: Filtering rows)"
        )
        for number, name in references:
            assert sections.get(int(number)) == name, (
                f"{path.name}, {exercise['title']!r}: the toolkit has no section {number}: {name!r} (its sections: "
                f"{sections})"
            )


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_every_toolkit_reference_is_in_the_fixed_form_and_exists(path):
    sections = course.toolkit_sections()
    for cell in course.read(path).cells:
        text = course.source(cell)
        if cell.cell_type != "markdown":
            continue
        mentions = re.findall(r"[^\n]{0,40}\btoolkit,? sections?\b[^\n]{0,40}", text, re.IGNORECASE)
        assert len(mentions) == len(REFERENCE.findall(text)), (
            f"{path.name}: write each toolkit reference as (Toolkit, section N: Name): {mentions}"
        )
        for number, name in REFERENCE.findall(text):
            assert sections.get(int(number)) == name, (
                f"{path.name}: (Toolkit, section {number}: {name}) is not a heading of the toolkit {sections}"
            )


def test_scaffold_check_catches_a_missing_blank_and_bad_python():
    with pytest.raises(AssertionError, match="no blank"):
        check_scaffold([FIRST_LINE, "# x = 1"], "example")
    with pytest.raises(AssertionError, match="not valid Python"):
        check_scaffold([FIRST_LINE, "# x = [____"], "example")
    with pytest.raises(AssertionError, match="no fill-in version"):
        check_scaffold([], "example")
    check_scaffold([FIRST_LINE, '# shrine = find(sentences, r"____|____")["____"]'], "example")


def test_scaffold_is_found_only_directly_above_the_marker():
    lines = [FIRST_LINE, "# x = ____", "y = 2", course.CODE_BEGIN]
    assert scaffold_before(lines, 3) == []
    lines = ["counts = 1", FIRST_LINE, "# x = ____", course.CODE_BEGIN]
    assert scaffold_before(lines, 3) == [FIRST_LINE, "# x = ____"]
