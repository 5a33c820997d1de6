"""Python's cyclic garbage collector, paused while one story is assembled.

A story's assembly makes a few tracked objects per line (a :class:`~wirestory.Segment`
each, lists of indices) that all stay alive until the story is returned. Each full
collection walks every live tracked object, and a story that keeps growing
triggers more of them the larger it gets: on a dump that is one story of
``"TT\\n"`` × 700,000 (2 MB), a character cost 1.65 times what it cost in a
quarter-megabyte of the same (1.08 with the collector off; docs/reliability.md).
Assembly makes no reference cycles that need the collector (reference counting
frees its temporaries), so pausing it there loses nothing, and the per-character
cost stays flat.

The pause is only ever around the assembly of one story, never across a
``yield``: a consumer holding an unfinished :func:`~wirestory.iter_stories`
generator runs with the collector as it left it. A collector that was already
off is left off. The switch is process-wide, as :func:`gc.disable` is: another
thread allocating while a story is assembled runs without cyclic collection for
that time (bounded by ``max_story_chars``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collection_paused"]


@contextmanager
def collection_paused() -> Iterator[None]:
    """Switch the cyclic collector off for the ``with`` block if it is on, and
    back on afterwards, whatever happens in the block.

    >>> with collection_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
