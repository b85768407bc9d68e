"""The claims store: reuse, rebuilds, concurrent use; parallel extraction gives the same report."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

from factcheck.pipeline import run_claims
from factcheck.store import ClaimStore, extractor_version

from conftest import SEEDS


def _corpus(tmp_path, n=6):
    d = tmp_path / "docs"
    d.mkdir()
    for i, p in enumerate(sorted(SEEDS.iterdir())):
        shutil.copy(p, d / p.name)
    for i in range(n):
        (d / f"extra{i}.txt").write_text(f"中国占全球稀土开采量的{60 + i}%。美国占全球AI算力的75%。\n", encoding="utf-8")
    return d


def test_rescan_after_editing_one_file_extracts_that_file_only(tmp_path):
    docs = _corpus(tmp_path)
    db = tmp_path / "s.sqlite3"
    v = extractor_version()
    first = ClaimStore(db, v)
    run1 = run_claims([str(docs)], with_context=True, store=first)
    assert (first.hits, first.misses) == (0, 11)
    first.close()
    time.sleep(0.01)
    (docs / "extra3.txt").write_text("中国占全球稀土开采量的70%。\n", encoding="utf-8")
    second = ClaimStore(db, v)
    run2 = run_claims([str(docs)], with_context=True, store=second)
    assert (second.hits, second.misses) == (10, 1)
    assert [c for c in run2.claims if "extra3" not in c.path] == [c for c in run1.claims if "extra3" not in c.path]
    assert [c.value for c in run2.claims if "extra3" in c.path] == [70.0]


def test_cached_claims_equal_fresh_ones(tmp_path):
    docs = _corpus(tmp_path, 0)
    db = tmp_path / "s.sqlite3"
    fresh = run_claims([str(docs)], with_context=True)
    run_claims([str(docs)], with_context=True, store=ClaimStore(db, "v1"))
    store = ClaimStore(db, "v1")
    cached = run_claims([str(docs)], with_context=True, store=store)
    assert store.misses == 0 and cached.claims == fresh.claims and cached.documents == fresh.documents


def test_other_version_stores_are_rebuilt_and_other_files_refused(tmp_path):
    import pytest

    from factcheck.store import StoreError

    docs = _corpus(tmp_path, 1)
    db = tmp_path / "s.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a factcheck claims store"):
        ClaimStore(db, "v1")
    assert db.read_bytes() == b"this is not a database" * 100  # never ours: never rebuilt (issue 10)
    db.unlink()
    run_claims([str(docs)], with_context=True, store=ClaimStore(db, "v1"))
    warnings = []
    store = ClaimStore(db, "v2", warn=warnings.append)
    run_claims([str(docs)], with_context=True, store=store)
    assert "another extractor version" in warnings[0] and store.misses == 6


def _scan_json(cwd, *extra):
    return subprocess.run([sys.executable, "-m", "factcheck", "scan", "docs", "--format", "json", "--ledger",
                           "/nonexistent/claims.toml", *extra], cwd=cwd, capture_output=True, text=True)


def test_jobs_2_output_equals_jobs_1_byte_for_byte(tmp_path):
    _corpus(tmp_path)
    one = _scan_json(tmp_path, "--jobs", "1", "--no-store")
    two = _scan_json(tmp_path, "--jobs", "2", "--no-store")
    cached = _scan_json(tmp_path, "--jobs", "2")
    again = _scan_json(tmp_path, "--jobs", "1")
    assert one.returncode == 1 and one.stdout == two.stdout == cached.stdout == again.stdout


def test_two_processes_share_the_store(tmp_path):
    _corpus(tmp_path, 30)
    cmd = [sys.executable, "-m", "factcheck", "scan", "docs", "--format", "json", "--jobs", "1", "--ledger",
           "/nonexistent/claims.toml"]
    procs = [subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 1 for p in procs), [o[1] for o in outs]
    assert outs[0][0] == outs[1][0]
    assert _scan_json(tmp_path).stdout == outs[0][0]
    assert (tmp_path / ".factcheck" / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")


def test_focus_loads_only_documents_that_can_meet_the_staged_one(tmp_path):
    from factcheck.compare import compare
    from factcheck.group import group_claims

    docs = _corpus(tmp_path, 8)
    (docs / "other.txt").write_text("日本占全球造船订单的20%。\n", encoding="utf-8")
    for p in docs.iterdir():  # older than the timestamp granularity: the store trusts their stat (not racy)
        old = p.stat().st_mtime_ns - 10 * 10**9
        os.utime(p, ns=(old, old))
    db = tmp_path / "s.sqlite3"
    run_claims([str(docs)], with_context=True, store=ClaimStore(db, "v"))
    new = docs / "new.txt"
    new.write_text("中国占全球稀土开采量的50%。\n", encoding="utf-8")
    focus = {new.as_posix()}
    store = ClaimStore(db, "v")
    focused = run_claims([str(docs)], with_context=True, store=store, focus=focus)
    full = run_claims([str(docs)], with_context=True, store=ClaimStore(db, "v"))

    def verdicts(run):
        claims = list(run.claims)
        return sorted((f.verdict, tuple(sorted(c.path for c in f.claims))) for f in compare(claims, group_claims(claims))
                      if any(c.path in focus for c in f.claims))

    assert verdicts(focused) == verdicts(full) != []
    assert "other.txt" not in {d.path.rsplit("/", 1)[-1] for d in focused.documents}
    assert store.hits < len(full.documents) - 1
