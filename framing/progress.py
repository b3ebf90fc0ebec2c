"""A progress bar for the steps that take more than a few seconds on a large story.

On the course's five articles every step takes a fraction of a second, and a
bar would only clutter the notebook; on a story of thousands of articles a step
can take half a minute, and a student should see that it is working. So a bar
is shown only from ``MIN_ITEMS`` items up.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TypeVar

from tqdm import tqdm

MIN_ITEMS = 1000
"""The smallest number of items (articles, sentences, blocks) that gets a progress bar."""

T = TypeVar("T")


def progress(items: Iterable[T], total: int, description: str, min_items: int = MIN_ITEMS) -> Iterable[T]:
    """``items`` as they are, or wrapped in a progress bar when there are ``min_items`` or more.

    The bar is written to standard output, updated at most once a second.

    >>> list(progress([1, 2, 3], total=3, description="Counting"))
    [1, 2, 3]
    """
    if total < min_items:
        return items
    return tqdm(items, total=total, desc=description, file=sys.stdout, mininterval=1.0, ascii=True, leave=False)
