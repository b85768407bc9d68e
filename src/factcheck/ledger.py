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

from .fsutil import RefusedError, is_devnull, locked, read_text, write_text

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


def fingerprint_of(entry) -> str:
    """The fingerprint of a ledger entry as every reader and writer compares it (surrounding spaces dropped)."""
    return str(entry.get("fingerprint", "")).strip()


_MARKS = re.compile(r"^[ \t]*\[\[[ \t]*review[ \t]*\]\]|fingerprint\s*=\s*(?:\"(?P<dq>[^\"\n]*)\"|'(?P<sq>[^'\n]*)')",
                    re.M)


def _positions(text: str) -> tuple[list[int], dict[str, list[int]]]:
    """In one pass: the line of each [[review]] header, and the lines of each fingerprint (for messages)."""
    heads: list[int] = []
    fps: dict[str, list[int]] = {}
    line, pos = 1, 0
    for m in _MARKS.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        fp = m.group("dq") if m.group("dq") is not None else m.group("sq")
        if fp is None:
            heads.append(line)
        else:
            fps.setdefault(fp.strip(), []).append(line)
    return heads, fps


class Ledger:
    """The parsed ledger: the tomlkit document (for faithful rewriting) and the reviews by fingerprint.

    `record` and `prune` are kept as pending operations; `save` takes the ledger's lock, reads the file
    again, applies them to what is there now and writes it: two reviewers at once never lose a review."""

    def __init__(self, path: Path, doc, reviews: dict[str, Review]):
        self.path = path
        self.doc = doc
        self.reviews = reviews
        self._pending: list[tuple] = []

    # -------------------------------------------------------------- reading
    @classmethod
    def load(cls, path: Path | str = DEFAULT_PATH) -> Ledger:
        import tomlkit
        from tomlkit.exceptions import ParseError

        path = Path(path)
        if is_devnull(path):
            return cls(path, tomlkit.parse(HEADER), {})
        try:
            text = read_text(path)
        except FileNotFoundError:
            return cls(path, tomlkit.parse(HEADER), {})
        except RefusedError as exc:
            raise LedgerError(str(exc)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise LedgerError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
        try:
            doc = tomlkit.parse(text)
        except ParseError as exc:
            raise LedgerError(f"{path}:{exc.line}:{exc.col}: not valid TOML: {exc}") from None
        except RecursionError:
            raise LedgerError(f"{path}: not valid TOML: nested too deeply") from None
        unknown = [k for k in doc if k != "review"]
        if unknown:
            raise LedgerError(f"{path}: unknown top-level key {unknown[0]!r} (claims.toml holds [[review]] tables)")
        entries = doc.get("review", [])
        if not isinstance(entries, list):
            raise LedgerError(f"{path}: `review` must be an array of tables ([[review]])")
        heads, fp_lines = _positions(text)
        reviews: dict[str, Review] = {}
        for n, e in enumerate(entries):
            line = heads[n] if n < len(heads) else 0
            if not isinstance(e, dict):
                raise LedgerError(f"{path}:{line}: a review must be a table")
            fp = fingerprint_of(e)
            if not fp:
                raise LedgerError(f"{path}:{line}: review without a fingerprint")
            status = str(e.get("status", ""))
            if status not in STATUSES:
                raise LedgerError(f"{path}:{line}: unknown status {status!r} for {fp} "
                                  f"(one of {', '.join(STATUSES)})")
            at = fp_lines.get(fp, [])
            if fp in reviews:
                raise LedgerError(f"{path}:{at[1] if len(at) > 1 else line}: duplicate fingerprint {fp} "
                                  f"(first at line {reviews[fp].line})")
            reviews[fp] = _review(e, at[0] if at else line)
        return cls(path, doc, reviews)

    def status(self, fingerprint: str) -> str | None:
        r = self.reviews.get(fingerprint)
        return r.status if r else None

    # -------------------------------------------------------------- writing
    def record(self, fingerprint: str, status: str, note: str, reviewer: str, finding=None,
               date: str | None = None) -> None:
        """Add or replace the review of one finding (in place, keeping its position and comments)."""
        if status not in STATUSES:
            raise LedgerError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
        fingerprint = fingerprint.strip()
        day = date or _dt.date.today().isoformat()
        fields: dict = {"fingerprint": fingerprint, "status": status, "note": note, "reviewer": reviewer,
                        "date": day}
        if finding is not None:
            fields.update(subject=finding.group.subject, metric=finding.group.metric, verdict=finding.verdict,
                          figures=figure_lines(finding))
        self._pending.append(("put", fields))
        self.reviews[fingerprint] = Review(fingerprint, status, note, reviewer, day, 0)

    def prune(self, live: set[str]) -> list[str]:
        """Remove reviews whose finding no longer exists; return their fingerprints."""
        gone = [r.fingerprint for r in self.stale(live)]
        self._pending.append(("prune", frozenset(live)))
        for fp in gone:
            self.reviews.pop(fp, None)
        return gone

    def stale(self, live: set[str]) -> list[Review]:
        """Reviews whose finding no longer exists ("wrong" ones stay: they keep figures apart)."""
        return [r for fp, r in sorted(self.reviews.items()) if fp not in live and r.status != "wrong"]

    def save(self) -> None:
        """Under the ledger's lock: read the file again, apply what was recorded since, write it atomically."""
        import tomlkit

        try:
            with locked(self.path):
                fresh = Ledger.load(self.path)
                _apply(fresh.doc, self._pending)
                write_text(self.path, tomlkit.dumps(fresh.doc))
        except OSError as exc:
            raise LedgerError(f"{self.path}: cannot write: {exc.strerror or exc}") from None
        self._pending = []
        self.doc = fresh.doc
        self.reviews = {fingerprint_of(e): _review(e, 0) for e in fresh.doc.get("review", [])}


def _review(entry, line: int) -> Review:
    return Review(fingerprint_of(entry), str(entry.get("status", "")), str(entry.get("note", "")),
                  str(entry.get("reviewer", "")), str(entry.get("date", "")), line)


def _table(fields: dict):
    import tomlkit

    table = tomlkit.table()
    for key, value in fields.items():
        if key == "date":
            value = tomlkit.date(value)
        elif key == "figures":
            figs = tomlkit.array()
            figs.multiline(True)
            figs.extend(value)
            value = figs
        table.add(key, value)
    return table


def _entries(doc):
    """The ledger's reviews as an array of tables ([[review]]) that can be appended to; `review = []` or
    an array of inline tables becomes [[review]] tables holding the same entries."""
    import tomlkit
    from tomlkit.items import AoT

    entries = doc.get("review")
    if isinstance(entries, AoT):
        return entries
    aot = tomlkit.aot()
    for e in entries or []:
        table = tomlkit.table()
        for key, value in e.unwrap().items():  # plain values: fresh items, each on its own line
            table.add(key, value)
        aot.append(table)
    if entries is not None:
        del doc["review"]
    doc.append("review", aot)
    return aot


def _apply(doc, ops: list[tuple]) -> None:
    """Apply recorded operations to a freshly read document (one index of fingerprints: linear)."""
    import tomlkit

    entries = _entries(doc)
    index = {fingerprint_of(e): i for i, e in enumerate(entries)}
    for op, arg in ops:
        if op == "put":
            table = _table(arg)
            i = index.get(arg["fingerprint"])
            if i is None:
                index[arg["fingerprint"]] = len(entries)
                entries.append(table)
            else:
                entries[i] = table
        else:  # prune: keep live findings and "wrong" reviews
            keep = [e for e in entries if fingerprint_of(e) in arg or str(e.get("status")) == "wrong"]
            if len(keep) < len(entries):
                aot = tomlkit.aot()
                for e in keep:
                    aot.append(e)
                doc["review"] = aot
                entries = aot
                index = {fingerprint_of(e): i for i, e in enumerate(entries)}


def figure_lines(finding) -> list[str]:
    """"74.5% in seeds/000_….txt:14" for each distinct (figure, document) of a finding."""
    from .compare import describe

    from .sanitize import clean

    out: list[str] = []
    for text in map(clean, describe(finding)):
        if text not in out:
            out.append(text)
    return out
