"""Import packages generated into a temporary folder, and forget them afterwards."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def importable(out: Path) -> Iterator[Path]:
    """``out`` on ``sys.path`` for the block; every module imported from it is dropped from ``sys.modules`` after.

    Only modules whose file lies under ``out`` are dropped, so the rest of the process (PyYAML's
    constructors, pydantic, ...) keeps its state.
    """
    sys.path.insert(0, str(out))
    try:
        yield out
    finally:
        sys.path.remove(str(out))
        for name, module in list(sys.modules.items()):
            if str(getattr(module, "__file__", None) or "").startswith(str(out)):
                del sys.modules[name]
