"""The one results table: rows, ratio maths, targets, Markdown formatting, results file, docs/benchmarks.md."""

from __future__ import annotations

import datetime
import math
import os
import platform
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Row",
    "Target",
    "format_table",
    "fmt_bytes_mb",
    "fmt_count",
    "fmt_rate",
    "fmt_seconds",
    "fmt_us",
    "machine",
    "ratio",
    "render_markdown",
    "update_doc",
]

UNAVAILABLE = "unavailable"


def ratio(ours: float | None, theirs: float | None) -> float | None:
    """``ours / theirs``; None when either is missing, not finite, or ``theirs`` is not positive."""
    if ours is None or theirs is None:
        return None
    if not (math.isfinite(ours) and math.isfinite(theirs)) or theirs <= 0:
        return None
    return ours / theirs


@dataclass(frozen=True)
class Target:
    """A goal for a row: ``ratio <= 0.35``, ``ratio >= 1.5``, or an absolute bound on ``ours``.

    ``on`` is ``"ratio"`` or ``"ours"``; ``op`` one of ``<=``, ``<``, ``>=``, ``>``, ``==``;
    ``text`` is how the table shows it.
    """

    op: str
    value: float
    on: str = "ratio"
    text: str = ""

    def met(self, ours: float | None, ratio_value: float | None) -> bool | None:
        """Whether the target is met; None when the needed number is missing."""
        x = ratio_value if self.on == "ratio" else ours
        if x is None:
            return None
        return {
            "<=": x <= self.value,
            "<": x < self.value,
            ">=": x >= self.value,
            ">": x > self.value,
            "==": x == self.value,
        }[self.op]

    def label(self) -> str:
        if self.text:
            return self.text
        suffix = "×" if self.on == "ratio" else ""
        return f"{self.op.replace('<=', '≤').replace('>=', '≥')} {self.value:g}{suffix}"


@dataclass
class Row:
    """One line of the table. ``ours``/``theirs`` are the raw numbers; ``*_text`` how they print."""

    section: str
    metric: str
    ours: float | None = None
    theirs: float | None = None
    ours_text: str = ""
    theirs_text: str = ""
    target: Target | None = None
    unavailable: str | None = None  # reason: the row could not be measured
    note: str = ""
    key: str = ""  # identifies the row for profiling (e.g. "gen-stripe-opc")
    show_ratio: bool = True  # False for counts, where ours ÷ theirs means nothing
    details: dict[str, str] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        return None if self.unavailable or not self.show_ratio else ratio(self.ours, self.theirs)

    @property
    def verdict(self) -> str:
        if self.unavailable:
            return "n/a"
        if self.target is None:
            return "info"
        met = self.target.met(self.ours, self.ratio)
        if met is None:
            return "n/a"
        return "PASS" if met else "MISS"

    def ratio_text(self) -> str:
        r = self.ratio
        return "—" if r is None else f"{r:.2f}×"

    def cells(self) -> list[str]:
        if self.unavailable:
            return [
                self.section,
                self.metric,
                self.ours_text or f"{UNAVAILABLE}: {self.unavailable}",
                self.theirs_text or f"{UNAVAILABLE}: {self.unavailable}",
                "—",
                self.target.label() if self.target else "—",
                "n/a",
            ]
        return [
            self.section,
            self.metric,
            self.ours_text or "—",
            self.theirs_text or "—",
            self.ratio_text(),
            self.target.label() if self.target else "—",
            self.verdict,
        ]


HEADERS = ["area", "measure (ours vs theirs)", "ours", "theirs", "ratio", "target", "result"]


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|").replace("\n", " ")


def format_table(rows: Sequence[Row]) -> str:
    """A Markdown table whose columns line up in a terminal too."""
    body = [[_escape(c) for c in row.cells()] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(HEADERS)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [line(HEADERS), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(line(r) for r in body)
    return "\n".join(out)


# -- number formatting ---------------------------------------------------------------------------


def fmt_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.1f} s" if seconds < 100 else f"{seconds:.0f} s"


def fmt_us(us: float | None) -> str:
    return "—" if us is None else f"{us:.1f} µs"


def fmt_rate(per_second: float | None) -> str:
    return "—" if per_second is None else f"{per_second:,.0f}/s"


def fmt_bytes_mb(mb: float | None) -> str:
    return "—" if mb is None else f"{mb:,.0f} MiB"


def fmt_count(n: int | None, total: int | None = None) -> str:
    if n is None:
        return "—"
    return f"{n}" if total is None else f"{n} of {total}"


# -- machine and output files --------------------------------------------------------------------


def machine() -> str:
    """``N cores, <CPU model>, Python X.Y``."""
    model = platform.processor() or platform.machine()
    try:
        for text_line in Path("/proc/cpuinfo").read_text().splitlines():
            if text_line.startswith("model name"):
                model = text_line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}"


def render_markdown(rows: Sequence[Row], *, when: datetime.datetime, wall: float, extra: str = "") -> str:
    """The full results document: header, table, misses with their diagnosis, details."""
    parts = [
        "# Benchmark results",
        "",
        f"{when:%Y-%m-%d %H:%M} UTC · {machine()} · `make bench` wall time {fmt_seconds(wall)}",
        "",
        "Ratios are ours ÷ theirs, measured side by side in this run (times: lower is better; "
        "throughput: higher is better).",
        "",
        format_table(rows),
        "",
    ]
    notes = [r for r in rows if r.note]
    if notes:
        parts += ["## Notes", ""]
        parts += [f"- **{r.section} · {r.metric}** ({r.verdict}): {r.note}" for r in notes]
        parts.append("")
    if extra:
        parts += [extra.rstrip(), ""]
    return "\n".join(parts)


DOC = "docs/benchmarks.md"  # relative to the repository root
START, END = "<!-- bench:start (written by `python -m bench --update-docs`) -->", "<!-- bench:end -->"
_BLOCK = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)


def update_doc(doc: Path, block: str) -> None:
    """Put ``block`` between the bench markers of ``doc`` (``docs/benchmarks.md``).

    Replaces only what is between the markers when they exist (the hand-written method and
    analysis around them stay); otherwise appends the markers at the end, under a ``# Benchmarks``
    title when the page is new. Nothing else in the file changes.
    """
    text = doc.read_text() if doc.exists() else "# Benchmarks\n"
    fenced = f"{START}\n{block.strip()}\n{END}"
    if _BLOCK.search(text):
        new = _BLOCK.sub(lambda _m: fenced, text, count=1)
    else:
        new = text.rstrip("\n") + "\n\n" + fenced + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(new)
