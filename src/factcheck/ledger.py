"""Stage 7, review ledger: `claims.toml`, the reviews people record and read in pull requests.

Each reviewed finding is one `[[review]]` table keyed by the finding's fingerprint:

    [[review]]
    fingerprint = "93cfb06c80172967"
    status = "accepted"          # accepted: known and fine | wrong: not one quantity, never group again | fixed
    note = "Epoch AI rounds to 75%; Goldman quotes 74.5%."
    reviewer = "lin"
    date = 2026-11-22
    subject = "US"               # the rest is for the human reading the pull request
    metric = "global AI compute share"
    figures = ["74.5% in seeds/000_….txt", "75% in seeds/004_….txt"]

The file is edited with tomlkit, so comments, order and formatting survive; it is only ever rewritten whole
and atomically (temporary file in the same folder, fsync, rename). A broken file (bad TOML, unknown status,
duplicate fingerprint, a review without fingerprint) stops the run with a message naming file and line.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path

from .fsutil import atomic_write

STATUSES = ("accepted", "wrong", "fixed")
DEFAULT_PATH = "claims.toml"
HEADER = ("# factcheck review ledger: one [[review]] per reviewed finding, keyed by its fingerprint.\n"
          "# status: accepted (the difference is known and fine), wrong (not one quantity: never group these\n"
          "# figures again), fixed. Written by `factcheck review` and `factcheck baseline`; edit by hand with care.\n")


class LedgerError(ValueError):
    """claims.toml cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Review:
    fingerprint: str
    status: str
    note: str
    reviewer: str
    date: str
    line: int  # where the entry starts in the file (1-based), for messages


def _line_of_fingerprint(text: str, fp: str, nth: int = 0) -> int:
    hits = [m.start() for m in re.finditer(rf"fingerprint\s*=\s*['\"]{re.escape(fp)}['\"]", text)]
    if len(hits) > nth:
        return text.count("\n", 0, hits[nth]) + 1
    return 0


def _line_of_review(text: str, n: int) -> int:
    hits = [m.start() for m in re.finditer(r"^\s*\[\[\s*review\s*\]\]", text, re.M)]
    return text.count("\n", 0, hits[n]) + 1 if n < len(hits) else 0


class Ledger:
    """The parsed ledger: the tomlkit document (for faithful rewriting) and the reviews by fingerprint."""

    def __init__(self, path: Path, doc, reviews: dict[str, Review]):
        self.path = path
        self.doc = doc
        self.reviews = reviews

    # -------------------------------------------------------------- reading
    @classmethod
    def load(cls, path: Path | str = DEFAULT_PATH) -> Ledger:
        import tomlkit
        from tomlkit.exceptions import ParseError

        path = Path(path)
        if not path.exists():
            return cls(path, tomlkit.parse(HEADER), {})
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LedgerError(f"{path}: cannot read: {exc}") from None
        try:
            doc = tomlkit.parse(text)
        except ParseError as exc:
            raise LedgerError(f"{path}:{exc.line}:{exc.col}: not valid TOML: {exc}") from None
        unknown = [k for k in doc if k != "review"]
        if unknown:
            raise LedgerError(f"{path}: unknown top-level key {unknown[0]!r} (claims.toml holds [[review]] tables)")
        entries = doc.get("review", [])
        if not isinstance(entries, list):
            raise LedgerError(f"{path}: `review` must be an array of tables ([[review]])")
        reviews: dict[str, Review] = {}
        seen_count: dict[str, int] = {}
        for n, e in enumerate(entries):
            line = _line_of_review(text, n)
            if not isinstance(e, dict):
                raise LedgerError(f"{path}:{line}: a review must be a table")
            fp = str(e.get("fingerprint", "")).strip()
            if not fp:
                raise LedgerError(f"{path}:{line}: review without a fingerprint")
            status = str(e.get("status", ""))
            if status not in STATUSES:
                raise LedgerError(f"{path}:{line}: unknown status {status!r} for {fp} "
                                  f"(one of {', '.join(STATUSES)})")
            k = seen_count.get(fp, 0)
            seen_count[fp] = k + 1
            if k:
                raise LedgerError(f"{path}:{_line_of_fingerprint(text, fp, k) or line}: duplicate fingerprint {fp} "
                                  f"(first at line {reviews[fp].line})")
            reviews[fp] = Review(fp, status, str(e.get("note", "")), str(e.get("reviewer", "")),
                                 str(e.get("date", "")), _line_of_fingerprint(text, fp) or line)
        return cls(path, doc, reviews)

    def status(self, fingerprint: str) -> str | None:
        r = self.reviews.get(fingerprint)
        return r.status if r else None

    # -------------------------------------------------------------- writing
    def record(self, fingerprint: str, status: str, note: str, reviewer: str, finding=None,
               date: str | None = None) -> None:
        """Add or replace the review of one finding (in place, keeping its position and comments)."""
        import tomlkit

        if status not in STATUSES:
            raise LedgerError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
        day = date or _dt.date.today().isoformat()
        table = tomlkit.table()
        table.add("fingerprint", fingerprint)
        table.add("status", status)
        table.add("note", note)
        table.add("reviewer", reviewer)
        table.add("date", tomlkit.date(day))
        if finding is not None:
            table.add("subject", finding.group.subject)
            table.add("metric", finding.group.metric)
            table.add("verdict", finding.verdict)
            figs = tomlkit.array()
            figs.multiline(True)
            for f in figure_lines(finding):
                figs.append(f)
            table.add("figures", figs)
        entries = self.doc.get("review")
        if entries is None:
            entries = tomlkit.aot()
            self.doc.append("review", entries)
        for i, e in enumerate(entries):
            if str(e.get("fingerprint")) == fingerprint:
                entries[i] = table
                break
        else:
            entries.append(table)
        self.reviews[fingerprint] = Review(fingerprint, status, note, reviewer, day, 0)

    def prune(self, live: set[str]) -> list[str]:
        """Remove reviews whose finding no longer exists; return their fingerprints."""
        entries = self.doc.get("review")
        if entries is None:
            return []
        gone = [str(e.get("fingerprint")) for e in entries
                if str(e.get("fingerprint")) not in live and e.get("status") != "wrong"]
        keep = [e for e in entries if str(e.get("fingerprint")) not in gone]
        while len(entries):
            entries.pop(0)
        for e in keep:
            entries.append(e)
        for fp in gone:
            self.reviews.pop(fp, None)
        return gone

    def stale(self, live: set[str]) -> list[Review]:
        """Reviews whose finding no longer exists ("wrong" ones stay: they keep figures apart)."""
        return [r for fp, r in sorted(self.reviews.items()) if fp not in live and r.status != "wrong"]

    def save(self) -> None:
        import tomlkit

        atomic_write(self.path, tomlkit.dumps(self.doc))


def figure_lines(finding) -> list[str]:
    """"74.5% in seeds/000_….txt:14" for each distinct (figure, document) of a finding."""
    from .compare import describe

    out: list[str] = []
    for text in describe(finding):
        if text not in out:
            out.append(text)
    return out
