"""Where the tests find files outside ``tests/``: the repository root and the public spec corpus."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CORPUS", "ROOT", "find_corpus"]

ROOT = Path(__file__).resolve().parent.parent


def find_corpus() -> Path:
    """``$SPEC_CORPUS``, else ``shared/corpus`` beside the checkout (for a git worktree: beside the main one).

    Returned even when missing: the tests that need it fail, naming this path, rather than skip.
    """
    if os.environ.get("SPEC_CORPUS"):
        return Path(os.environ["SPEC_CORPUS"])
    candidates = [ROOT.parent / "shared" / "corpus"]
    dot_git = ROOT / ".git"
    if dot_git.is_file():  # a worktree: "gitdir: <main>/.git/worktrees/<name>"
        gitdir = Path(dot_git.read_text(encoding="utf-8").removeprefix("gitdir:").strip())
        candidates.append(gitdir.parent.parent.parent.parent / "shared" / "corpus")
    return next((c for c in candidates if c.is_dir()), candidates[0])


CORPUS = find_corpus()
