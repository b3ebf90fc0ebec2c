"""Claims of the instructor guide (INSTRUCTORS.md) and the glossary (GLOSSARY.md) (see tests/claims/__init__.py)."""

from claims import Claim  # noqa: F401

CLAIMS: dict = {}
