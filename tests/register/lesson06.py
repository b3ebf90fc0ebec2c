"""Quantified statements of lesson 06 and its solution (see tests/register/__init__.py)."""

from register import Statement

STATEMENTS: list[Statement] = []
