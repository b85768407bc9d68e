"""Run the real pipeline on real files made in the tests."""
from __future__ import annotations

from pathlib import Path


def claims_of(path: Path | str):
    """The claims of one file, through read → normalise → extract → context, positions in the file."""
    from factcheck.pipeline import run_claims

    run = run_claims([str(path)], with_context=True)
    assert not run.skipped, run.skipped
    return list(run.claims)


def by_text(claims) -> dict:
    return {c.text: c for c in claims}


def at(source: str, line: int, column: int) -> str:
    """The text of the source file from 1-based line and column on."""
    return source.split("\n")[line - 1][column - 1:]


def same_findings(claims_a, claims_b) -> None:
    """Two versions of one text give the same figures with the same frames (subject, metric, period)."""
    def key(cs):
        return sorted((c.value, c.low, c.high, c.unit, c.qualifier, c.subject, c.metric, c.period) for c in cs)

    assert key(claims_a) == key(claims_b)
