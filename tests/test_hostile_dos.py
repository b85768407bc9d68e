"""Hostile sizes (issue 10, denial of service): output linear in findings and claims, only regular files of
bounded size as configuration, bounded work per file. Time and peak memory are measured in
bench/hostile.py, not here."""
from __future__ import annotations

import os

import pytest

from factcheck.normalize import LazyLines, normalize_text
from factcheck.pipeline import run_claims

from conftest import conflict_corpus, fc


def test_github_annotations_do_not_repeat_every_document(tmp_path):
    docs = {f"d{i:03d}.txt": f"2024年，美国占全球AI算力的{60 + i % 30}%。\n" for i in range(150)}
    conflict_corpus(tmp_path, docs)
    proc = fc("scan", "docs", "--format", "github", "--no-store", "--ledger", os.devnull, "--jobs", "1", cwd=tmp_path)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 1 and len(lines) == 1  # one annotation per finding, not per claim
    assert max(map(len, lines)) < 1200  # the reason and the other places (150 documents) are cut


@pytest.mark.parametrize("name", ["factcheck.toml", "t.toml", "claims.toml"])
def test_configuration_tables_and_ledger_that_are_dev_zero_are_refused(tmp_path, name):
    conflict_corpus(tmp_path)
    (tmp_path / name).symlink_to("/dev/zero")
    extra = ["--tables", "t.toml"] if name == "t.toml" else []
    proc = fc("scan", "docs", "--no-store", *extra, cwd=tmp_path, timeout=60)
    assert proc.returncode == 2 and name in proc.stderr and "not a regular file" in proc.stderr, proc.stderr


def test_a_file_packed_with_claims_is_cut_at_the_cap_with_a_warning(tmp_path):
    (tmp_path / "dense.txt").write_text("1% 2% 3% 4% 5%\n" * 100, encoding="utf-8")
    run = run_claims([str(tmp_path / "dense.txt")], max_claims=120)
    assert len(run.claims) == 120 and run.documents[0].claims == 120
    assert [c.text for c in run.claims[:6]] == ["1%", "2%", "3%", "4%", "5%", "1%"]
    assert run.warnings and "more than 120 claims" in run.warnings[0]
    assert not run_claims([str(tmp_path / "dense.txt")], max_claims=500).warnings


@pytest.mark.parametrize("text", ["", "\n", "a 5%\n\n\n\u3000\nb 6%", "\x00\n占比 7%\r\n\n"])
def test_lazy_lines_give_the_same_lines_and_keep_only_those_with_text(text):
    eager = normalize_text(text)
    lazy = LazyLines(text)
    assert len(lazy) == len(eager) and [lazy[i] for i in range(len(eager))] == eager
    assert list(lazy) == [nl for nl in eager if nl.text.strip()]
    assert all(nl.text.strip() for nl in lazy._kept.values())


def test_twenty_thousand_blank_lines_keep_line_numbers(tmp_path):
    (tmp_path / "n.txt").write_text("占比 5%" + "\n" * 20_000 + "占比 6%\n", encoding="utf-8")
    run = run_claims([str(tmp_path / "n.txt")], with_context=True)
    assert [(c.line, c.text) for c in run.claims] == [(1, "5%"), (20_001, "6%")]
