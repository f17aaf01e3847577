"""Fewer garbage-collector passes while a spec is turned into a package.

Generation builds large, long-lived object graphs (the bundled document, the catalog,
datamodel-code-generator's parser state). With CPython's default thresholds (700, 10, 10)
the collector ran about 1,400 times on Stripe's document, ten of them full collections
that walk every live object, the document included (docs/benchmarks.md). Two changes make
that cheap without keeping more memory: generation 0 is collected less often
(:func:`relaxed_gc`), and while datamodel-code-generator runs, everything alive before it
is frozen out of the collector's walks (:func:`frozen_heap`). Neither changes what is
generated; reference counting still frees all acyclic garbage at once.
"""

from __future__ import annotations

import ctypes
import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["RELAXED_THRESHOLDS", "frozen_heap", "relaxed_gc", "release_free_memory"]

# generation 0 every 2,000 net allocations (default 700); older generations in the default proportions.
# A larger one (10,000, 20, 20) without the freeze kept ~20 MB more garbage alive on Stripe.
RELAXED_THRESHOLDS = (2_000, 10, 10)


@contextmanager
def relaxed_gc() -> Iterator[None]:
    """Run the body with :data:`RELAXED_THRESHOLDS`; the previous thresholds are restored afterwards."""
    before = gc.get_threshold()
    if before[0] == 0:  # the collector's automatic runs are off (``gc.disable`` or threshold 0): leave it so
        yield
        return
    gc.set_threshold(*RELAXED_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Collect once, then keep every object alive now out of the collector's walks until the body ends.

    For a long step that builds its own large object graph over an already large heap: its
    collections then walk only what it allocated. Garbage made during the body is still collected.
    """
    if not gc.isenabled():
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def release_free_memory() -> None:
    """Hand memory the process has freed back to the operating system (glibc's ``malloc_trim``).

    Called before the formatter (another process) starts: the parent's freed heap pages
    would otherwise stay resident beside it. A no-op where the C library has no ``malloc_trim``.
    """
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the symbols this process is linked with: the C library's
    except (OSError, AttributeError):
        return
    trim(0)
