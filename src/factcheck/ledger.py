"""Stage 7, review ledger: `claims.toml`, the reviews people record and read in pull requests.

Each reviewed finding is one `[[review]]` table keyed by the finding's fingerprint:

    [[review]]
    fingerprint = "93cfb06c80172967"
    status = "accepted"          # accepted: known and fine | wrong: not one quantity, never group again | fixed
    note = "Epoch AI rounds to 75%; Goldman quotes 74.5%."
    reviewer = "lin"
    date = 2026-11-22
    subject = "US"               # what the disagreement is about: for the reader, and to find it again
    metric = "global AI compute share"
    verdict = "rounding"
    values = ["74.5%", "75%"]    # the distinct values reviewed (canonical unit, no hedge)
    documents = ["seeds/000_….txt", "seeds/004_….txt"]   # repository-relative
    figures = ["74.5% in seeds/000_….txt", "75% in seeds/004_….txt"]

A fingerprint is the disagreement (what it is about and its set of values, see compare.fingerprint), not the
documents. When a review's fingerprint is not among a run's findings, `reviews.match` finds its finding
again by the recorded values and documents (a ledger of 0.2.0 has only `figures`: "TEXT in PATH" is enough)
and `migrate` rewrites the fingerprint in place, keeping the old one in `previous`.

The file is edited with tomlkit, so comments, order and formatting survive; it is only ever rewritten whole
and atomically (temporary file in the same folder, fsync, rename). A broken file (bad TOML, unknown status,
duplicate fingerprint, a review without fingerprint) stops the run with a message naming file and line.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
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
    subject: str | None = None
    values: tuple[str, ...] = ()  # recorded distinct values (value_key), empty in ledgers of 0.2.0
    documents: tuple[str, ...] = ()  # repository-relative paths; from `figures` when not recorded
    figures: tuple[tuple[str, str], ...] = ()  # (figure as written, path) from "TEXT in PATH"


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
        return cls.parse(path, text)

    @classmethod
    def parse(cls, path: Path | str, text: str) -> Ledger:
        """A ledger from its text (`path` names it in messages)."""
        import tomlkit
        from tomlkit.exceptions import ParseError

        path = Path(path)
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
               date: str | None = None, replaces: str | None = None, rel=None) -> None:
        """Add or replace the review of one finding (in place, keeping its position and comments).
        `replaces`: the fingerprint of an earlier review of the same quantity (fewer values) that this one
        supersedes: the new review takes its place. `rel` makes a claim's path repository-relative."""
        if status not in STATUSES:
            raise LedgerError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
        fingerprint = fingerprint.strip()
        day = date or _dt.date.today().isoformat()
        fields: dict = {"fingerprint": fingerprint, "status": status, "note": note, "reviewer": reviewer,
                        "date": day}
        if finding is not None:
            fields.update(finding_fields(finding, rel))
        if replaces and replaces != fingerprint and replaces in self.reviews:
            fields["previous"] = [replaces]
            self.reviews.pop(replaces, None)
        self._pending.append(("put", fields, replaces))
        self.reviews[fingerprint] = _review(fields, 0)

    def migrate(self, old: str, new: str, finding=None, rel=None) -> None:
        """Give the review `old` the fingerprint `new` (same disagreement, new fingerprint), in place: its
        status, note, reviewer, date and comments are kept, the old fingerprint goes to `previous`."""
        r = self.reviews.get(old)
        if r is None or new in self.reviews:
            return
        extra = {k: v for k, v in finding_fields(finding, rel).items() if k in ("values", "documents")} \
            if finding is not None else {}
        self._pending.append(("migrate", (old, new, extra), None))
        self.reviews.pop(old)
        self.reviews[new] = replace(r, fingerprint=new, values=tuple(extra.get("values", r.values)),
                                    documents=tuple(extra.get("documents", r.documents)))

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def prune(self, live: set[str]) -> list[str]:
        """Remove reviews whose finding no longer exists; return their fingerprints."""
        gone = [r.fingerprint for r in self.stale(live)]
        self._pending.append(("prune", frozenset(live), None))
        for fp in gone:
            self.reviews.pop(fp, None)
        return gone

    def remove(self, fingerprints: set[str]) -> list[str]:
        """Remove exactly these reviews (proven stale); a review recorded meanwhile by someone else is kept."""
        gone = sorted(fp for fp in fingerprints if fp in self.reviews)
        self._pending.append(("remove", frozenset(gone), None))
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


def _strings(entry, key: str) -> tuple[str, ...]:
    v = entry.get(key)
    return tuple(str(x) for x in v) if isinstance(v, list) else ()


def _review(entry, line: int) -> Review:
    figures = tuple(tuple(f.rsplit(" in ", 1)) for f in _strings(entry, "figures") if " in " in f)
    documents = _strings(entry, "documents") or tuple(dict.fromkeys(p for _, p in figures))
    subject = entry.get("subject")
    return Review(fingerprint_of(entry), str(entry.get("status", "")), str(entry.get("note", "")),
                  str(entry.get("reviewer", "")), str(entry.get("date", "")), line,
                  str(subject) if subject is not None else None, _strings(entry, "values"), documents, figures)


def _table(fields: dict):
    import tomlkit

    table = tomlkit.table()
    for key, value in fields.items():
        if key == "date":
            value = tomlkit.date(value)
        elif key in ("figures", "documents") and len(value) > 1:
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
    for op, arg, replaces in ops:
        if op == "put":
            table = _table(arg)
            i = index.get(arg["fingerprint"])
            if i is None and replaces is not None and replaces in index:
                i = index.pop(replaces)
                index[arg["fingerprint"]] = i
            if i is None:
                index[arg["fingerprint"]] = len(entries)
                entries.append(table)
            else:
                entries[i] = table
        elif op == "migrate":
            old, new, extra = arg
            i = index.get(old)
            if i is None or new in index:
                continue  # gone meanwhile, or migrated by another run
            e = entries[i]
            e["fingerprint"] = new
            for key, value in extra.items():
                if key not in e:
                    e[key] = value
            prev = [str(x) for x in e.get("previous", [])] if isinstance(e.get("previous"), list) else []
            e["previous"] = prev + [old]
            index[new] = index.pop(old)
        else:  # prune: keep live findings and "wrong" reviews; remove: drop exactly these
            if op == "remove":
                keep = [e for e in entries if fingerprint_of(e) not in arg]
            else:
                keep = [e for e in entries if fingerprint_of(e) in arg or str(e.get("status")) == "wrong"]
            if len(keep) < len(entries):
                aot = tomlkit.aot()
                for e in keep:
                    aot.append(e)
                doc["review"] = aot
                entries = aot
                index = {fingerprint_of(e): i for i, e in enumerate(entries)}


def figure_lines(finding, rel=None) -> list[str]:
    """"74.5% in seeds/000_….txt" for each distinct (figure, document) of a finding (no line numbers)."""
    from .sanitize import clean

    rel = rel or (lambda p: p)
    out: list[str] = []
    for c in finding.claims:
        text = clean(f"{c.text} in {rel(c.path)}")
        if text not in out:
            out.append(text)
    return out


def finding_fields(finding, rel=None) -> dict:
    """What a review records about its finding: for the reader, and to find the finding again."""
    from .compare import value_key

    rel = rel or (lambda p: p)
    return {"subject": finding.group.subject, "metric": finding.group.metric, "verdict": finding.verdict,
            "values": sorted({value_key(c) for c in finding.claims}),
            "documents": sorted({rel(c.path) for c in finding.claims}),
            "figures": figure_lines(finding, rel)}
