"""Pausing Python's cyclic garbage collector while one large piece of work builds its data.

An import of 10,000 rows keeps about a million small objects alive until it ends, and the
collector, started by allocations, walks all of them again and again: a third of the
import's time goes to finding nothing to free. Reference counting still frees everything
as usual while paused; only cycles wait, and the collector runs once the work is over.
Nested and concurrent users are counted, so the collector resumes after the last one.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_users = 0
_was_enabled = False


def pause_in_force() -> bool:
    """True while some work has the collector paused (the GUI's own collections wait)."""
    return _users > 0


@contextmanager
def collector_paused() -> Iterator[None]:
    global _users, _was_enabled
    with _lock:
        if _users == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0 and _was_enabled:
                gc.enable()
