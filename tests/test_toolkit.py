"""The toolkit (notebooks/00-toolkit.ipynb) and the allow-list of the Python the exercises use (issue 15).

A student who has never programmed must find every piece of Python an exercise needs shown somewhere before the
exercise: in the toolkit or in a lesson. This file parses the code of every solution notebook with ``ast`` and lists
what it uses: pandas and Python methods and attributes (``.unique``), builtins (``sorted()``), functions of ``pd``
and ``plt`` (``pd.DataFrame``), and constructs (comprehensions, f-strings, loops, operators, boolean masks). Then:

* every feature of the code a student writes or runs for an exercise (every code cell of a solution notebook
  except its self-check cells, plus the fill-in lines of its scaffolds) must be in ``ALLOWED`` below, and be
  shown in the code of the toolkit or of a lesson (notebooks/01-07);
* an ``ALLOWED`` entry that names a toolkit section must be shown in the code of that section, so that a hint
  *(Toolkit, section N: Name)* sends the student to the right place;
* the self-check cells (the cells with ``assert``: students run and read them, they need not write them) may use a
  feature of ``CHECK_ONLY`` as well.

When a test here fails because a solution uses something new, show it in the toolkit (or the lesson) and add it to
``ALLOWED``; do not widen ``CHECK_ONLY`` for code a student writes. The course's own ``framing`` functions are
left out: each lesson introduces those it uses.
"""

from __future__ import annotations

import ast
import builtins
import functools
import re

import pytest

from tools import course

TOOLKIT = course.LESSONS / course.TOOLKIT_NAME
SECTIONS = [
    "Running cells and reading errors",
    "Names and values",
    "Looking at a table",
    "Columns and rows",
    "Filtering rows",
    "Sorting and ranking",
    "Counting and grouping",
    "New columns and small tables",
    "Loops and comprehensions",
    "Search patterns",
]
LESSONS = "lessons"  # shown in the lessons' code (notebooks/01-07), not in the toolkit

# Every feature the exercises' code may use, with the toolkit section whose code shows it (or LESSONS).
ALLOWED = {
    # Python: values, builtins and operators
    "print()": 1,
    "len()": 1,
    "assert": 1,
    "==": 1,
    "pd.set_option": LESSONS,
    "list()": 2,
    "list literal [...]": 5,
    "slice [a:b]": 2,
    "- (negative)": 2,
    "tuple (a, b)": 2,
    "dict literal {k: v}": 2,
    "f-string": 2,
    "!=": 2,
    "<": 2,
    ">=": 2,
    "in": 2,
    "not in": 2,
    "isinstance()": 2,
    "and": 2,
    "or": 2,
    "not": 2,
    "set()": 2,
    "set literal {...}": 2,
    "& (and, on masks)": 2,
    "/": 8,
    "-": LESSONS,
    ">": 5,
    "<=": 5,
    "| (or, on masks)": 5,
    "~ (not, on masks)": 5,
    "sorted()": 6,
    "round()": 6,
    "zip()": 9,
    "for loop": 9,
    "list comprehension [... for ... in ...]": 9,
    "dict comprehension {k: v for ...}": 9,
    "conditional expression (a if c else b)": 9,
    "unpacking a, b = ...": 9,
    "if statement": LESSONS,
    "generator expression (... for ...)": LESSONS,
    # pandas: tables, columns and rows
    ".columns": 1,
    ".shape": 3,
    ".head": 3,
    ".tail": 4,
    "column list [[...]]": 4,
    ".loc": 4,
    ".iloc": 4,
    ".set_index": 4,
    ".str": 4,
    ".len": 4,
    ".tolist": 4,
    ".index": LESSONS,
    ".values": LESSONS,
    ".items": LESSONS,
    ".reindex": LESSONS,
    ".get": LESSONS,
    ".join": LESSONS,
    # filtering
    "boolean mask df[condition]": 5,
    ".isin": 5,
    ".contains": 5,
    ".unique": 5,
    ".query": 5,
    # sorting and ranking
    ".sort_values": 6,
    ".idxmax": 6,
    ".idxmin": 6,
    ".max": 6,
    ".min": 6,
    ".mean": 6,
    ".round": 8,
    # counting and grouping
    ".value_counts": 7,
    ".groupby": 7,
    ".size": 7,
    ".nunique": 7,
    ".sum": 7,
    "pd.crosstab": 7,
    # new columns and small tables
    ".assign": 8,
    "pd.DataFrame": 8,
    "pd.concat": 8,
    ".merge": 8,
    "pd.Series": 9,
}

# Used only in self-check cells, which students run and read but need not write.
CHECK_ONLY = {
    ".abs",
    ".all",
    ".any",
    ".astype",
    ".between",
    ".duplicated",
    ".equals",
    ".is_monotonic_decreasing",
    ".lower",
    ".nlargest",
    ".squeeze",
    ".strip",
    ".to_dict",
    ".to_numpy",
    "abs()",
    "all()",
    "int()",
    "str()",
    "chained comparison (a < b < c)",
}

MODULES = {"pd", "plt", "np", "re", "framing", "Path"}
CONSTRUCTS = {
    ast.ListComp: "list comprehension [... for ... in ...]",
    ast.DictComp: "dict comprehension {k: v for ...}",
    ast.SetComp: "set comprehension {... for ...}",
    ast.GeneratorExp: "generator expression (... for ...)",
    ast.Lambda: "lambda",
    ast.JoinedStr: "f-string",
    ast.For: "for loop",
    ast.While: "while loop",
    ast.If: "if statement",
    ast.IfExp: "conditional expression (a if c else b)",
    ast.With: "with block",
    ast.FunctionDef: "def (a function)",
    ast.Try: "try/except",
    ast.Assert: "assert",
    ast.Dict: "dict literal {k: v}",
    ast.List: "list literal [...]",
    ast.Set: "set literal {...}",
    ast.Tuple: "tuple (a, b)",
    ast.Slice: "slice [a:b]",
    ast.AugAssign: "augmented assignment (+=)",
    ast.Starred: "star *x",
    ast.Delete: "del",
    ast.Global: "global",
}
OPERATORS = {
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.Pow: "**",
    ast.BitAnd: "& (and, on masks)",
    ast.BitOr: "| (or, on masks)",
    ast.BitXor: "^",
    ast.Invert: "~ (not, on masks)",
    ast.Not: "not",
    ast.USub: "- (negative)",
    ast.UAdd: "+ (positive)",
    ast.And: "and",
    ast.Or: "or",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.MatMult: "@",
    ast.LShift: "<<",
    ast.RShift: ">>",
}
MASK_METHODS = {"isin", "contains", "between", "duplicated", "notna", "isna", "startswith", "endswith", "match"}


def _dotted(node) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return ".".join([node.id, *reversed(parts)]) if isinstance(node, ast.Name) else None


def _is_mask(node) -> bool:
    if isinstance(node, ast.Tuple):
        return any(_is_mask(element) for element in node.elts)
    return (
        isinstance(node, ast.Compare)
        or (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr)))
        or (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert))
        or (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MASK_METHODS)
    )


def features(code: str) -> set[str]:  # noqa: C901 (one branch per kind of syntax node, read as a table)
    """The methods, builtins, module functions and constructs that ``code`` uses (``framing`` left out).

    >>> sorted(features('kept = table[table["words"] > 400]["article_id"].unique()'))
    ['.unique', '>', 'boolean mask df[condition]']
    """
    found = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and hasattr(builtins, node.func.id):
            found.add(f"{node.func.id}()")
        elif isinstance(node, ast.Attribute):
            name = _dotted(node)
            found.add(name if name and name.split(".")[0] in MODULES else "." + node.attr)
        elif isinstance(node, (ast.BinOp, ast.UnaryOp, ast.BoolOp)):
            found.add(OPERATORS.get(type(node.op), type(node.op).__name__))
        elif isinstance(node, ast.Compare):
            found.update(OPERATORS.get(type(op), type(op).__name__) for op in node.ops)
            if len(node.ops) > 1:
                found.add("chained comparison (a < b < c)")
        elif isinstance(node, ast.Subscript):
            if isinstance(node.slice, ast.List):
                found.add("column list [[...]]")
            elif _is_mask(node.slice):
                found.add("boolean mask df[condition]")
        if isinstance(node, (ast.Assign, ast.For, ast.comprehension)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(target, ast.Tuple) for target in targets):
                found.add("unpacking a, b = ...")
        found.update(label for kind, label in CONSTRUCTS.items() if isinstance(node, kind))
    return {name for name in found if not name.startswith(("framing.", "Path."))} - {"framing", "Path"}


def scaffold(code: str) -> str:
    """The fill-in lines of a scaffold (before ``### BEGIN SOLUTION``), uncommented, each blank made a name."""
    lines = code.split("\n")
    if course.CODE_BEGIN not in code:
        return ""
    head = lines[: next(i for i, line in enumerate(lines) if line.strip() == course.CODE_BEGIN)]
    start = next((i + 1 for i, line in enumerate(head) if line.startswith("# Fill in the blanks")), None)
    chosen = head[start:] if start is not None else [line for line in head if "____" in line]
    return "\n".join(re.sub(r"^# ?", "", line) for line in chosen if line.startswith("#")).replace("____", "BLANK")


def is_self_check(code: str) -> bool:
    return course.CODE_BEGIN not in code and any(isinstance(node, ast.Assert) for node in ast.walk(ast.parse(code)))


def code_cells(path):
    return [
        (number, course.source(cell)) for number, cell in enumerate(course.read(path).cells) if cell.cell_type == "code"
    ]


@functools.cache
def features_by_section() -> dict[int, set[str]]:
    """The features shown in the code of each numbered section of the toolkit (0: before section 1)."""
    shown, section = {}, 0
    for cell in course.read(TOOLKIT).cells:
        text = course.source(cell)
        if cell.cell_type == "markdown":
            for match in re.finditer(r"^## (\d+)\. ", text, re.MULTILINE):
                section = int(match.group(1))
        elif cell.cell_type == "code":
            shown.setdefault(section, set()).update(features(text))
    return shown


@functools.cache
def shown_in_the_lessons() -> frozenset[str]:
    paths = [path for path in course.lesson_paths(course.LESSONS) if path != TOOLKIT]
    return frozenset(feature for path in paths for _, text in code_cells(path) for feature in features(text))


@functools.cache
def shown_anywhere() -> frozenset[str]:
    return shown_in_the_lessons().union(*features_by_section().values())


SOLUTIONS = course.lesson_paths(course.SOLUTIONS)


def test_the_toolkit_has_the_ten_sections_with_their_exact_headings():
    markdown = "\n".join(course.source(c) for c in course.read(TOOLKIT).cells if c.cell_type == "markdown")
    headings = re.findall(r"^## \d+\. .*$", markdown, re.MULTILINE)
    assert headings == [f"## {number}. {name}" for number, name in enumerate(SECTIONS, 1)], (
        f"the toolkit's numbered sections should be exactly {SECTIONS}, in order; found {headings}"
    )
    assert course.read_lesson(TOOLKIT).title == "00 · Toolkit: Python and search patterns"


@pytest.mark.parametrize(
    "path", [*course.lesson_paths(course.LESSONS), *SOLUTIONS], ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_every_toolkit_reference_names_a_section_as_the_toolkit_does(path):
    markdown = "\n".join(course.source(c) for c in course.read(path).cells if c.cell_type == "markdown")
    for number, name in course.TOOLKIT_REFERENCE.findall(markdown):
        assert 1 <= int(number) <= len(SECTIONS) and SECTIONS[int(number) - 1] == name, (
            f"{path.name}: '(Toolkit, section {number}: {name})' does not match the toolkit's section {number}"
        )


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_exercise_code_uses_only_allowed_python_shown_before(path):
    problems = []
    for number, text in code_cells(path):
        try:
            used = features(text)
            fill_in = scaffold(text)
            used |= (features(fill_in) - {".BLANK"}) if fill_in else set()
        except SyntaxError as error:
            problems.append(
                f"cell {number}: its code or its fill-in lines do not parse once the blanks are names ({error})"
            )
            continue
        allowed = set(ALLOWED) | (CHECK_ONLY if is_self_check(text) else set())
        for feature in sorted(used - allowed):
            where = "not in ALLOWED" + ("" if is_self_check(text) else " (CHECK_ONLY is only for self-check cells)")
            problems.append(f"cell {number} uses `{feature}`, {where} in tests/test_toolkit.py")
        for feature in sorted((used & set(ALLOWED)) - shown_anywhere()):
            problems.append(
                f"cell {number} uses `{feature}`, which neither the toolkit nor a lesson shows in its code: add it to "
                "the toolkit"
            )
    assert not problems, f"solutions/{path.name}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("feature", sorted(ALLOWED), ids=str)
def test_the_allow_list_names_where_each_feature_is_shown(feature):
    section = ALLOWED[feature]
    if section == LESSONS:
        assert feature in shown_in_the_lessons(), (
            f"`{feature}` is marked as shown in the lessons, but no lesson's code uses it"
        )
    else:
        assert feature in features_by_section().get(section, set()), (
            f"`{feature}` should be shown in the code of the toolkit's section {section}: {SECTIONS[section - 1]}"
        )


def test_the_feature_finder_sees_masks_comprehensions_scaffolds_and_self_checks():
    assert {"boolean mask df[condition]", "& (and, on masks)", "~ (not, on masks)", ".isin"} <= features(
        't[(t["a"] == 1) & ~t["b"].isin(x)]'
    )
    assert {"dict comprehension {k: v for ...}", "zip()", "unpacking a, b = ..."} <= features(
        "{k: v for k, v in zip(a, b)}"
    )
    assert features('f"{n} words"') == {"f-string"} and features("len(ids)") == {"len()"}
    assert features("framing.find_pattern(s, p)") == set() and "pd.DataFrame" in features("pd.DataFrame({})")
    text = '# Fill in the blanks (____), remove ...\n# best = lengths["words"].____()\n### BEGIN SOLUTION\nbest = 1\n### END SOLUTION'
    assert scaffold(text) == 'best = lengths["words"].BLANK()'
    assert is_self_check('x = 1\nif x:\n    assert x, "why"') and not is_self_check(text)
