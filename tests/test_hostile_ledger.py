"""Hostile ledgers and concurrent reviewers (issue 10, data loss): no review is ever lost or made invalid."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factcheck.ledger import Ledger, LedgerError

from conftest import conflict_corpus, fc, fingerprints


def test_accept_on_a_ledger_holding_an_empty_review_array_stays_valid(tmp_path):
    conflict_corpus(tmp_path)
    fp = fingerprints(tmp_path)[0]
    (tmp_path / "claims.toml").write_text("# ours\nreview = []\n", encoding="utf-8")
    proc = fc("review", "--path", "docs", "accept", fp, "--note", "n", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    led = Ledger.load(tmp_path / "claims.toml")
    assert led.status(fp) == "accepted"
    assert "# ours" in (tmp_path / "claims.toml").read_text(encoding="utf-8")


def test_a_fingerprint_with_surrounding_spaces_is_replaced_not_duplicated(tmp_path):
    conflict_corpus(tmp_path)
    fp1, fp2 = fingerprints(tmp_path)
    (tmp_path / "claims.toml").write_text(
        f'[[review]]\nfingerprint = " {fp1} "\nstatus = "fixed"\n'
        f'[[review]]\nfingerprint = "{fp2}"\nstatus = "accepted"\n', encoding="utf-8")
    assert fc("review", "--path", "docs", "accept", fp1, cwd=tmp_path).returncode == 0
    led = Ledger.load(tmp_path / "claims.toml")
    assert (led.status(fp1), led.status(fp2)) == ("accepted", "accepted")
    assert fc("scan", "docs", "--no-store", cwd=tmp_path).returncode == 0


def test_concurrent_accepts_keep_every_review(tmp_path):
    docs = {f"d{i}.txt": "".join(f"2024年，{who}占全球{what}的{60 + i}%。" for who, what in
                                 (("美国", "AI算力"), ("中国", "稀土开采量"), ("日本", "芯片产能")))
            for i in range(2)}
    conflict_corpus(tmp_path, docs)
    fps = fingerprints(tmp_path)
    assert len(fps) == 3
    cmd = [sys.executable, "-m", "factcheck", "review", "--path", "docs", "--reviewer", "r"]
    procs = [subprocess.Popen([*cmd, "accept", fp, "--note", f"note {fp}"], cwd=tmp_path, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for fp in fps]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    led = Ledger.load(tmp_path / "claims.toml")
    assert {fp: led.reviews[fp].note for fp in fps} == {fp: f"note {fp}" for fp in fps}


@pytest.mark.parametrize("kind", ["fifo", "devzero"])
def test_a_ledger_that_is_not_a_regular_file_is_refused(tmp_path, kind):
    conflict_corpus(tmp_path)
    if kind == "fifo":
        os.mkfifo(tmp_path / "claims.toml")
    else:
        (tmp_path / "claims.toml").symlink_to("/dev/zero")
    proc = fc("scan", "docs", "--no-store", cwd=tmp_path, timeout=60)
    assert proc.returncode == 2 and "claims.toml" in proc.stderr and "not a regular file" in proc.stderr


def test_dev_null_is_an_empty_ledger(tmp_path):
    conflict_corpus(tmp_path)
    assert fc("scan", "docs", "--no-store", "--ledger", os.devnull, cwd=tmp_path).returncode == 1


def test_a_deeply_nested_ledger_is_an_error_naming_it(tmp_path):
    p = tmp_path / "claims.toml"
    p.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(LedgerError, match="claims.toml"):
        Ledger.load(p)


def test_line_numbers_in_messages_survive_the_linear_loader(tmp_path):
    p = tmp_path / "claims.toml"
    entries = "".join(f'[[review]]\nfingerprint = "f{i}"\nstatus = "accepted"\n\n' for i in range(50))
    p.write_text(entries + '[[review]]\nfingerprint = "f7"\nstatus = "wrong"\n', encoding="utf-8")
    with pytest.raises(LedgerError, match=r"claims.toml:202: duplicate fingerprint f7 \(first at line 30\)"):
        Ledger.load(p)
    p.write_text(entries + '[[review]]\nstatus = "wrong"\n', encoding="utf-8")
    with pytest.raises(LedgerError, match=r"claims.toml:201: review without a fingerprint"):
        Ledger.load(p)
