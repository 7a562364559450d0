"""Results derived from the graph, kept until the graph is next written.

The analytics read the same few tables for every question (affiliations, the search index, the territorial
hierarchy); reading and parsing them is most of a request's time. :func:`per_version` keeps one result per store
and key, and recomputes it when :meth:`GraphStore.version` changes (every write through Maillage, from any process,
changes it). Stores that cannot tell their version (``None``) are always read afresh. Kept results are shared:
callers must not modify them.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from graph.store import GraphStore

T = TypeVar("T")

#: How many results are kept at most (oldest dropped first).
SIZE = 64
_kept: OrderedDict[tuple[str, str], object] = OrderedDict()
_lock = threading.Lock()


def per_version(store: GraphStore, key: str, compute: Callable[[], T]) -> T:
    """``compute()``, or the result kept for this store, ``key`` and graph version."""
    version = store.version()
    if version is None:
        return compute()
    slot = (version, key)
    with _lock:
        if slot in _kept:
            _kept.move_to_end(slot)
            return _kept[slot]  # type: ignore[return-value]
    value = compute()
    with _lock:
        _kept[slot] = value
        while len(_kept) > SIZE:
            _kept.popitem(last=False)
    return value
