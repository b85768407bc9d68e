"""Hostile store paths and edits the stat check must not miss (issue 10, data loss)."""
from __future__ import annotations

import os
import sqlite3

import pytest

from conftest import conflict_corpus, fc


def _scan(tmp_path, *extra):
    return fc("scan", "docs", "--ledger", os.devnull, "--jobs", "1", *extra, cwd=tmp_path)


@pytest.mark.parametrize("target", ["README.md", "claims.toml", "docs/a.txt", "other.db", os.devnull])
def test_a_store_path_that_is_not_our_store_is_refused_and_kept(tmp_path, target):
    conflict_corpus(tmp_path)
    (tmp_path / "README.md").write_text("# read me\n", encoding="utf-8")
    (tmp_path / "claims.toml").write_text('[[review]]\nfingerprint = "x"\nstatus = "wrong"\n', encoding="utf-8")
    with sqlite3.connect(tmp_path / "other.db") as db:
        db.execute("CREATE TABLE users (name TEXT)")
        db.execute("INSERT INTO users VALUES ('ada')")
    db.close()
    path = tmp_path / target
    before = path.read_bytes() if path.is_file() else None
    proc = _scan(tmp_path, "--store", target)
    assert proc.returncode == 2 and target in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    if before is not None:
        assert path.read_bytes() == before
    assert not (tmp_path / (target + "-wal")).exists()


def test_our_store_when_corrupt_is_rebuilt(tmp_path):
    conflict_corpus(tmp_path)
    assert _scan(tmp_path, "--store", "s.db").returncode == 1
    data = bytearray((tmp_path / "s.db").read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # keep the header (and its marker), wreck the pages
    (tmp_path / "s.db").write_bytes(bytes(data))
    proc = _scan(tmp_path, "--store", "s.db")
    assert proc.returncode == 1 and "rebuilding" in proc.stderr and "CONFLICT" in proc.stdout


def test_a_symlinked_factcheck_folder_does_not_redirect_writes(tmp_path):
    conflict_corpus(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / ".factcheck").symlink_to(elsewhere, target_is_directory=True)
    proc = _scan(tmp_path)
    assert proc.returncode == 1 and "CONFLICT" in proc.stdout
    assert ".factcheck" in proc.stderr and "symbolic link" in proc.stderr
    assert list(elsewhere.iterdir()) == []


def test_an_edit_that_keeps_size_and_mtime_is_not_served_from_the_cache(tmp_path):
    docs = conflict_corpus(tmp_path)
    a = docs / "a.txt"
    st = a.stat()
    os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns - 10 * 10**9))  # old enough not to be racy
    st = a.stat()
    assert "75%" in _scan(tmp_path).stdout
    a.write_text(a.read_text(encoding="utf-8").replace("75%", "76%"), encoding="utf-8")
    os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (a.stat().st_size, a.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    out = _scan(tmp_path).stdout
    assert "76%" in out and "75%" not in out


def test_a_file_modified_within_the_timestamp_granularity_is_hashed_again(tmp_path):
    from factcheck.pipeline import run_claims
    from factcheck.store import ClaimStore

    docs = conflict_corpus(tmp_path)
    store = ClaimStore(tmp_path / "s.db", "v")
    run_claims([str(docs)], store=store)
    st = (docs / "a.txt").stat()
    assert store.known_file(f"{docs.as_posix()}/a.txt", st) is None  # just written: racy, not remembered
    old = st.st_mtime_ns - 10 * 10**9
    os.utime(docs / "a.txt", ns=(old, old))
    run_claims([str(docs)], store=store)
    assert store.known_file(f"{docs.as_posix()}/a.txt", (docs / "a.txt").stat()) is not None
