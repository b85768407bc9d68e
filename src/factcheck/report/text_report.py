"""The terminal view (rich). Colour only on a terminal; width fits 100 columns."""
from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Iterator

from ..model import Claim, Skipped, position


def colour(stream) -> bool:
    """Colour on a terminal, unless NO_COLOR is set (no-color.org); FORCE_COLOR forces it anywhere."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty()


def console(stderr: bool = False):
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    tty = stream.isatty()
    width = _columns(tty)
    styled = colour(stream)
    return Console(file=stream, width=width, no_color=not styled, force_terminal=True if styled else None,
                   highlight=False, soft_wrap=False)


def _columns(tty: bool) -> int | None:
    """The width: $COLUMNS when it is a sensible number, else the terminal's (None: rich asks) or 100."""
    raw = os.environ.get("COLUMNS", "")
    if raw.isdigit() and 20 <= int(raw) <= 10_000:
        return None if tty else int(raw)
    if tty and raw:  # set but unusable: ask the terminal ourselves (rich would take it as given)
        import shutil

        os.environ.pop("COLUMNS", None)
        return max(20, shutil.get_terminal_size().columns)
    return None if tty else 100


def _fmt(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:,.6g}" if abs(x) < 1e15 else f"{x:.6g}"


_CLAIM_COLUMNS = (("where", 38, "<"), ("as written", 20, "<"), ("value", 18, ">"), ("unit", 12, "<"),
                  ("hedge", 8, "<"))  # 100 columns with the four separating spaces


def _fit(text: str, width: int) -> str:
    """`text` cut to `width` terminal cells (CJK characters take two) with an ellipsis."""
    from rich.cells import cell_len, set_cell_size

    if text.isascii() and len(text) <= width:
        return text
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1) + "…"


def _pad(text: str, width: int, align: str) -> str:
    from rich.cells import cell_len

    gap = " " * max(0, width - (len(text) if text.isascii() else cell_len(text)))
    return gap + text if align == ">" else text + gap


def claims_lines(claims: list[Claim]) -> Iterator[str]:
    """The claims as a plain table, one claim a line (file:line:column, figure as written, value, unit,
    hedge) and under it what the context stage read (subject · measure · object · period · source),
    streamed: column widths come from a first pass, every cell is cleaned and cut to its column."""
    from ..sanitize import clean

    def cells(c: Claim) -> list[str]:
        val = _fmt(c.value) if c.value is not None else f"{_fmt(c.low)}–{_fmt(c.high)}"
        row = [clean(position(c)), clean(c.text), val, clean(c.unit), c.qualifier or ""]
        return [_fit(v, cap) for v, (_, cap, _) in zip(row, _CLAIM_COLUMNS)]

    from rich.cells import cell_len

    widths = [len(name) for name, _, _ in _CLAIM_COLUMNS]
    for c in claims:
        for i, v in enumerate(cells(c)):
            w = len(v) if v.isascii() else cell_len(v)
            if w > widths[i]:
                widths[i] = w

    def line(row: list[str]) -> str:
        return " ".join(_pad(v, w, a) for v, w, (_, _, a) in zip(row, widths, _CLAIM_COLUMNS)).rstrip() + "\n"

    yield line([name for name, _, _ in _CLAIM_COLUMNS])
    for c in claims:
        yield line(cells(c))
        if c.context is not None:  # what the context stage read, indented under the claim
            yield "    " + _fit(clean(frame_text(c)), 96) + "\n"


def frame_text(c: Claim) -> str:
    """subject · measure · object · period · source, "-" for what is unknown."""
    x = c.context
    measure = (x.measure or "-") + (f" ({x.base})" if x.base else "")
    scope = f"{x.scope} " if x.scope else ""
    return " · ".join([x.subject or "(market)", measure, scope + (object_text(c) or "-"), x.period or "-",
                       f"per {x.source}" if x.source else "-"])


def object_text(c: Claim) -> str:
    """The object as one short phrase: concept labels, else the words no vocabulary knows."""
    x = c.context
    if x is None:
        return ""
    return " ".join(list(x.topics) or sorted(x.words)[:4])


def warn(message: str) -> None:
    """One warning line on stderr, cleaned of control characters (file names included)."""
    from ..sanitize import clean

    sys.stderr.write(f"warning: {clean(message)}\n")
    sys.stderr.flush()


def warn_skipped(skipped: tuple[Skipped, ...] | list[Skipped], notes: tuple[str, ...] = ()) -> None:
    from ..read.select import unsupported_line

    for s in skipped:
        if s.kind != "unsupported":
            warn(f"skipped {s.path}: {s.reason}")
    line = unsupported_line(skipped)  # files of other types under the folders: one line, never silently
    if line:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    for note in notes:
        warn(note)


_STYLE = {"conflict": "bold red", "rounding": "yellow", "consistent": "green"}


_CLAUSE_END = "，；。！？;!?：:"


def _is_break(s: str, k: int) -> bool:
    ch = s[k]
    if ch in _CLAUSE_END:
        return not (ch in ":：" and 0 < k < len(s) - 1 and s[k - 1].isdigit() and s[k + 1].isdigit())
    if ch == ",":  # a comma between digits groups thousands
        return not (0 < k < len(s) - 1 and s[k - 1].isdigit() and s[k + 1].isdigit())
    return False


def _clauses(s: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of `s`, its closing punctuation included."""
    out, start = [], 0
    for k in range(len(s)):
        if _is_break(s, k):
            out.append((start, k + 1))
            start = k + 1
    if start < len(s):
        out.append((start, len(s)))
    return out


def clause(c: Claim, width: int | None = None) -> str:
    """The clause of the sentence that holds the figure (between clause punctuation); with `width`, whole
    neighbouring clauses are added (the one before first) while the excerpt fits that many terminal cells."""
    from rich.cells import cell_len

    s = c.sentence
    i = s.find(c.text)
    if i < 0:
        return s.strip()
    parts = _clauses(s)
    k = next((n for n, (a, b) in enumerate(parts) if a <= i < b), 0)
    lo = hi = k
    end = i + len(c.text)
    while hi + 1 < len(parts) and parts[hi][1] < end:  # the figure spans clause punctuation (1,000)
        hi += 1
    if width is not None:
        grew = True
        while grew:
            grew = False
            for n in (lo - 1, hi + 1):
                if 0 <= n < len(parts):
                    a, b = parts[min(n, lo)][0], parts[max(n, hi)][1]
                    if cell_len(s[a:b].strip()) <= width:
                        lo, hi = min(n, lo), max(n, hi)
                        grew = True
    return s[parts[lo][0]:parts[hi][1]].strip()


def _excerpt(c: Claim, width: int = 90) -> str:
    """The figure's whole clause (and whole neighbouring clauses while they fit), cut around the figure to
    `width` terminal cells only when the clause alone is longer."""
    from rich.cells import cell_len

    s = clause(c, width)
    if cell_len(s) <= width:
        return s
    i = max(0, s.find(c.text))
    start = i
    budget = width // 3  # keep the figure in view: start a third of the width before it
    while start > 0 and budget > 0:
        start -= 1
        budget -= cell_len(s[start])
    out = ("…" if start else "") + s[start:]
    return _fit(out, width)


def _finding_lines(f, width: int = 100):
    """The lines of one finding as (segments, crop): segments are (text, style); crop lines are cut to the
    width with an ellipsis, the others are already wrapped. Every piece of data is cleaned (sanitize)."""
    from ..sanitize import clean

    wrap = max(40, width - 4)

    what = clean(f" {f.group.subject} · {f.group.metric}" + (f" · {f.group.period}" if f.group.period else ""))
    head = [(f"{f.verdict.upper():<10}", _STYLE[f.verdict]), (f" [{clean(f.fingerprint)}]", "dim"), (what, "")]
    if f.review:
        head.append((f"  reviewed: {clean(f.review['status'])}", "dim"))
    yield head, True
    for c in f.claims:
        yield [("  ", ""), (clean(position(c)), "cyan"), ("  ", ""), (clean(c.text), "bold")], True
        yield [("      " + clean(_excerpt(c, max(20, width - 6))), "dim")], True
    for chunk in textwrap.wrap(clean(f.reason), width=wrap, initial_indent="  ", subsequent_indent="  "):
        yield [(chunk, "")], False
    if f.review and f.review.get("note"):
        for chunk in textwrap.wrap("review: " + clean(f.review["note"]), width=wrap, initial_indent="  ",
                                   subsequent_indent="  "):
            yield [(chunk, "dim")], False
    if getattr(f, "earlier", None):
        for chunk in textwrap.wrap(earlier_text(f.earlier), width=wrap, initial_indent="  ",
                                   subsequent_indent="  "):
            yield [(chunk, "yellow")], False
    yield [], False


def earlier_text(e: dict) -> str:
    """"earlier review 1a2b…: was accepted on 2026-11-22 by lin: the note" (a new value reopened it)."""
    from ..sanitize import clean

    by = f" by {e['reviewer']}" if e.get("reviewer") else ""
    note = f": {e['note']}" if e.get("note") else ""
    return clean(f"a new value reopened this: earlier review {e.get('fingerprint', '')} was {e['status']} on "
                 f"{e.get('date') or '?'}{by}{note}")


def show_finding(f, target) -> None:
    """One finding: verdict, what, the claims with file:line:column and excerpt, the reason."""
    from rich.text import Text

    for segments, crop in _finding_lines(f, target.width):
        line = Text()
        for text, style in segments:
            line.append(text, style=style or None)
        if crop:
            target.print(line, overflow="ellipsis", no_wrap=True)
        else:
            target.print(line)


def _plain(segments, crop: bool, width: int) -> str:
    """A line without styles, cut to `width` terminal cells (CJK characters take two) with an ellipsis."""
    from rich.cells import cell_len, set_cell_size

    text = "".join(t for t, _ in segments).rstrip()
    if crop and cell_len(text) > width:
        text = set_cell_size(text, width - 1).rstrip() + "…"
    return text


def scan_report(claims: list[Claim], findings, documents, show_consistent: bool = False, out=None,
                stale=(), ledger_name: str = "claims.toml", quiet: bool = False) -> str:
    """Findings by severity, each with its claims (file:line:column, figure, excerpt) and the reason.
    Prints to `out` (a rich console: styled on a terminal, plain and fast otherwise) or, when None, returns
    plain text of width 100."""
    from ..sanitize import clean

    shown = [f for f in findings if show_consistent or (f.verdict != "consistent" and not f.review)]
    n = {v: sum(f.verdict == v for f in findings) for v in ("conflict", "rounding", "consistent")}
    reviewed = sum(1 for f in findings if f.review and f.verdict != "consistent")
    tail = [f"stale review {clean(r.fingerprint)} ({clean(ledger_name)} line {r.line}): every document it names "
            "was read and its disagreement is gone; `factcheck review --prune` removes it" for r in stale]
    tail.append(f"{len(documents)} documents, {len(claims)} claims, {len(findings)} groups: "
                f"{n['conflict']} conflict, {n['rounding']} rounding, {n['consistent']} consistent"
                + (f"; {reviewed} reviewed" if reviewed else "")
                + ("" if show_consistent or not (n["consistent"] or reviewed) else " (hidden)"))
    if quiet:
        tail = []
    if out is not None and out.is_terminal:
        for f in shown:
            show_finding(f, out)
        for line in tail:
            out.print(line, markup=False)
        return ""
    width = out.width if out is not None else 100
    lines = [_plain(seg, crop, width) for f in shown for seg, crop in _finding_lines(f, width)]
    lines += [w for line in tail for w in (textwrap.wrap(line, width) or [""])]
    text = "\n".join(lines) + "\n" if lines else ""
    if out is None:
        return text
    out.file.write(text)
    out.file.flush()
    return ""


class _Progress:
    """A progress bar on stderr for long scans on a terminal; nothing otherwise (json, pipes, CI logs)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.bar = None
        self.task = None
        self.count = 0
        self.start = 0.0

    def __enter__(self):
        import time

        self.start = time.monotonic()
        return self.tick if self.enabled else None

    def tick(self) -> None:
        import time

        self.count += 1
        if self.bar is None and time.monotonic() - self.start > 1.0:
            from rich.progress import Progress

            self.bar = Progress(console=console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("extracting", total=None)
        if self.bar is not None:
            self.bar.update(self.task, completed=self.count, description=f"extracting ({self.count} files)")

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False


def progress(enabled: bool = True) -> _Progress:
    return _Progress(enabled)


def review_view(f, target) -> None:
    """A finding for the interactive review: what it is about, then its claims side by side (figure, value,
    where, the clause it stands in), the reason, and an earlier review when a new value reopened it."""
    from rich.table import Table
    from rich.text import Text

    from ..compare import value_key
    from ..sanitize import clean

    what = clean(f"{f.group.subject} · {f.group.metric}" + (f" · {f.group.period}" if f.group.period else ""))
    head = Text()
    head.append(f"{f.verdict.upper():<10}", style=_STYLE[f.verdict])
    head.append(f" {what}  ")
    head.append(f"[{clean(f.fingerprint)}]", style="dim")
    target.print(head)
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=False)
    table.add_column("figure", no_wrap=True)
    table.add_column("value", no_wrap=True, justify="right")
    table.add_column("where", no_wrap=True, style="cyan")
    table.add_column("excerpt", overflow="fold")
    for c in f.claims:
        table.add_row(clean(c.text), clean(value_key(c)), clean(position(c)),
                      clean(clause(c, max(40, target.width // 2))))
    target.print(table)
    for chunk in textwrap.wrap(clean(f.reason), width=max(40, target.width - 4), initial_indent="  ",
                               subsequent_indent="  "):
        target.print(chunk, markup=False, highlight=False)
    if getattr(f, "earlier", None):
        target.print("  " + earlier_text(f.earlier), style="yellow", markup=False)
