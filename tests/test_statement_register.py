"""Every quantified sentence of lessons 01-07 is in the register, and every registered statement holds.

See tests/register/__init__.py for what counts as a quantified sentence and how a statement is checked.
"""

import importlib
import inspect

import pytest

from register import Statement, _plain, prose_sentences, quantified_sentences

LESSONS = ["00", "01", "02", "03", "04", "05", "06", "07"]


def register(number):
    module = importlib.import_module(f"register.lesson{number}")
    return module.STATEMENTS


def all_statements():
    return [(number, s) for number in LESSONS for s in register(number)]


@pytest.mark.parametrize("number", LESSONS)
def test_every_quantified_sentence_is_registered(number):
    statements = register(number)
    missing = [s for s in quantified_sentences(number) if not any(_plain(st.words) in s for st in statements)]
    assert not missing, (
        f"lesson {number}: {len(missing)} quantified sentences not in tests/register/lesson{number}.py:\n"
        + "\n".join(f"  {s!r}" for s in missing)
    )


@pytest.mark.parametrize("number", LESSONS)
def test_every_registered_statement_is_in_the_lesson(number):
    sentences = prose_sentences(number)
    gone = [st.words for st in register(number) if not any(_plain(st.words) in s for s in sentences)]
    assert not gone, f"lesson {number}: registered but no longer in the prose (remove from the register): {gone}"


@pytest.mark.parametrize("number,statement", all_statements(), ids=lambda x: x if isinstance(x, str) else x.words[:50])
def test_each_statement_holds(number, statement: Statement):
    if statement.not_about_the_articles:
        assert len(statement.not_about_the_articles.split()) >= 2, (
            "say in a few words why this is not a claim about the articles"
        )
    elif statement.covered_by:
        source = _plain(inspect.getsource(statement.covered_by))
        assert _plain(statement.words) in source or repr(_plain(statement.words))[1:-1] in source, (
            f"{statement.covered_by.__name__} does not assert the words {statement.words!r}"
        )
    else:
        statement.check()
