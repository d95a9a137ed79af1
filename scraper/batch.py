"""Many pages at once: apply a function to each item over N processes, results streamed in input order.

Items are handed out in chunks and each result is yielded as soon as it and those before it are done, so memory
holds a few chunks at a time however many pages there are, and the output is the same with any number of jobs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
CHUNK_SIZE = 8  # pages per hand-out: large enough to amortise the pickling, small enough to keep memory flat


def in_order(function: Callable[[Item], Result], items: Iterable[Item], jobs: int = 1) -> Iterator[Result]:
    """function(item) for each item, in order; over `jobs` processes when jobs > 1 (`function` must pickle)."""
    if jobs <= 1:
        yield from map(function, items)
        return
    from multiprocessing import Pool

    with Pool(jobs) as pool:
        yield from pool.imap(function, items, chunksize=CHUNK_SIZE)
