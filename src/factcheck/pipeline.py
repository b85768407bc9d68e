"""The stages wired together: read -> normalise -> extract (-> context -> group -> compare, next stages)."""
from __future__ import annotations

from dataclasses import dataclass

from .extract import extract_lines
from .language import detect
from .model import Claim, ReadResult
from .normalize import normalize_text
from .reader import DEFAULT_MAX_BYTES, read_paths
from .report.json_report import DocSummary


@dataclass(frozen=True)
class ClaimsRun:
    read: ReadResult
    documents: tuple[DocSummary, ...]
    claims: tuple[Claim, ...]


def run_claims(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES, with_context: bool = False,
               user_tables: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> ClaimsRun:
    """Read, normalise and extract (and, for a scan, attach what each figure is about)."""
    read = read_paths(paths, max_bytes=max_bytes)
    if exclude:
        from .config import excluded

        read = ReadResult(tuple(d for d in read.documents if not excluded(d.path, exclude)), read.skipped)
    docs: list[DocSummary] = []
    claims: list[Claim] = []
    tables = None
    if with_context:
        from .context import tables as load_tables

        tables = load_tables(user_tables)
    for doc in read.documents:
        lines = normalize_text(doc.text)
        found = extract_lines(doc.path, lines)
        if tables is not None:
            from .context import annotate

            found = annotate(doc, found, tables, lines)
        docs.append(DocSummary(doc.path, detect(doc.text), doc.sha256, len(found)))
        claims.extend(found)
    return ClaimsRun(read, tuple(docs), tuple(claims))


@dataclass(frozen=True)
class ScanRun:
    claims_run: ClaimsRun
    findings: tuple  # compare.Finding, in report order


def run_scan(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES, user_tables: tuple[str, ...] = (),
             exclude: tuple[str, ...] = (), rounding: float = 0.0) -> ScanRun:
    """The whole pipeline: read, normalise, extract, context, group, compare."""
    from .compare import compare
    from .group import group_claims

    run = run_claims(paths, max_bytes, with_context=True, user_tables=user_tables, exclude=exclude)
    claims = list(run.claims)
    findings = compare(claims, group_claims(claims), rounding)
    return ScanRun(run, tuple(findings))


def apply_reviews(findings, ledger) -> tuple[list, list]:
    """Attach each finding's review; drop findings reviewed as "wrong" (never grouped again).
    Returns (findings, stale reviews)."""
    from dataclasses import replace

    out = []
    for f in findings:
        r = ledger.reviews.get(f.fingerprint)
        if r is not None and r.status == "wrong":
            continue
        out.append(replace(f, review={"status": r.status, "note": r.note} if r else None))
    return out, ledger.stale({f.fingerprint for f in findings})


def failing(findings, fail_on: set[str]) -> list:
    """Unreviewed findings whose verdict is in the fail-on set."""
    return [f for f in findings if f.verdict in fail_on and f.review is None]
