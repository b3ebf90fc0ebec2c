"""Quantified statements of lesson 02 and its solution (see tests/register/__init__.py)."""

from register import Statement

STATEMENTS: list[Statement] = []
