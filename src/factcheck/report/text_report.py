"""The terminal view (rich). Colour only on a terminal; width fits 100 columns."""
from __future__ import annotations

import os
import sys

from ..model import Claim, Skipped


def console(stderr: bool = False):
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    tty = stream.isatty()
    width = None if tty else int(os.environ.get("COLUMNS", "100"))
    return Console(file=stream, width=width, no_color=not tty, highlight=False, soft_wrap=False)


def _fmt(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:,.6g}" if abs(x) < 1e15 else f"{x:.6g}"


def claims_table(claims: list[Claim], out=None) -> None:
    from rich.table import Table

    out = out or console()
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("where", no_wrap=True, overflow="ellipsis", max_width=40)
    table.add_column("as written", no_wrap=True, overflow="ellipsis", min_width=10, max_width=24)
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("unit", no_wrap=True, overflow="ellipsis", max_width=16)
    table.add_column("hedge", no_wrap=True)
    for c in claims:
        if c.value is not None:
            val = _fmt(c.value)
        else:
            val = f"{_fmt(c.low)}–{_fmt(c.high)}"
        table.add_row(f"{c.path}:{c.line}:{c.column}", c.text, val, c.unit, c.qualifier or "")
    out.print(table)


def warn_skipped(skipped: tuple[Skipped, ...] | list[Skipped], err=None) -> None:
    err = err or console(stderr=True)
    for s in skipped:
        if s.kind == "unsupported":
            continue
        err.print(f"warning: skipped {s.path}: {s.reason}", markup=False)
