"""The five seeds converted to PDF, Word and HTML (in the test) give the groups and verdicts of the `.txt`
seeds. A finding is known by what its fingerprint is made of: the quantity (subject, metric, unit, period), the
verdict, and the set of (document, value) stated."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docgen import blocks_of, html_of, make_docx, make_pdf

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("formats")
    for fmt in ("txt", "pdf", "docx", "html"):
        (root / fmt).mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        shutil.copy(f, root / "txt" / f.name)
        lines = text.split("\n")
        make_docx(root / "docx" / f"{f.stem}.docx", lines[:-1] if lines[-1] == "" else lines)
        (root / "html" / f"{f.stem}.html").write_text(html_of(blocks_of(text)), encoding="utf-8")
        make_pdf(root / "pdf" / f"{f.stem}.pdf", blocks_of(text), header="Seed report 2026", footer=True)
    return root


def findings(folder: Path) -> set:
    from factcheck.pipeline import run_scan

    run = run_scan([str(folder)])
    assert len(run.claims_run.documents) == 5 and not run.claims_run.skipped
    return {(f.group.subject, f.group.metric, f.group.unit, f.group.period, f.verdict,
             frozenset((Path(c.path).stem, c.value, c.low, c.high) for c in f.claims)) for f in run.findings}


@pytest.fixture(scope="module")
def from_text(corpus):
    return findings(corpus / "txt")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_same_groups_and_verdicts_as_the_text_seeds(corpus, from_text, fmt):
    got = findings(corpus / fmt)
    assert len(from_text) >= 40 and sum(1 for f in from_text if f[4] == "conflict") >= 3
    assert got == from_text
