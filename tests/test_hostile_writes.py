"""Hostile paths for what factcheck writes (issue 10, data loss): `-o` onto the ledger, an input, a FIFO,
/proc/self/fd/1, a directory; a ledger's mode; a symlinked ledger. Each case reproduces a probe's failure."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading

from conftest import conflict_corpus, fc, fingerprints


def test_output_onto_the_ledger_is_refused_and_the_ledger_kept(tmp_path):
    conflict_corpus(tmp_path)
    ledger = tmp_path / "claims.toml"
    ledger.write_text('[[review]]\nfingerprint = "abc"\nstatus = "wrong"\n', encoding="utf-8")
    before = ledger.read_bytes()
    proc = fc("scan", "docs", "-o", "claims.toml", "--no-store", cwd=tmp_path)
    assert proc.returncode == 2 and "claims.toml" in proc.stderr and "Traceback" not in proc.stderr
    assert ledger.read_bytes() == before


def test_output_onto_an_input_is_refused_and_the_input_kept(tmp_path):
    docs = conflict_corpus(tmp_path)
    before = (docs / "a.txt").read_bytes()
    for cmd in (["claims", "docs"], ["scan", "docs", "--no-store", "--format", "json"]):
        proc = fc(*cmd, "--output", "docs/a.txt", cwd=tmp_path)
        assert proc.returncode == 2 and "docs/a.txt" in proc.stderr, proc.stderr
        assert (docs / "a.txt").read_bytes() == before


def test_output_to_a_fifo_is_written_in_place(tmp_path):
    conflict_corpus(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
    reader.start()
    proc = fc("claims", "docs", "--format", "json", "-o", str(fifo), cwd=tmp_path)
    reader.join(60)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and b'"claims"' in got[0]


def test_output_to_proc_self_fd_1_reaches_stdout(tmp_path):
    conflict_corpus(tmp_path)
    proc = fc("claims", "docs", "--format", "json", "-o", "/proc/self/fd/1", cwd=tmp_path)
    assert proc.returncode == 0 and '"claims"' in proc.stdout, proc.stderr
    with open(tmp_path / "out.json", "w") as fh:  # stdout a regular file: written there, not replaced
        subprocess.run([sys.executable, "-m", "factcheck", "claims", "docs", "--format", "json", "-o",
                        "/dev/stdout"], cwd=tmp_path, stdout=fh, check=True)
    assert '"claims"' in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_output_to_a_directory_or_a_missing_folder_is_one_line_exit_2(tmp_path):
    conflict_corpus(tmp_path)
    for target in ("docs", "nowhere/out.json"):
        proc = fc("claims", "docs", "-o", target, cwd=tmp_path)
        assert proc.returncode == 2 and target in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_ledger_keeps_its_mode_and_new_files_follow_the_umask(tmp_path):
    conflict_corpus(tmp_path)
    fp1, fp2 = fingerprints(tmp_path)
    ledger = tmp_path / "claims.toml"
    assert fc("review", "--path", "docs", "accept", fp1, cwd=tmp_path).returncode == 0
    assert stat.S_IMODE(ledger.stat().st_mode) == 0o666 & ~_umask()
    ledger.chmod(0o664)
    assert fc("review", "--path", "docs", "accept", fp2, cwd=tmp_path).returncode == 0
    assert stat.S_IMODE(ledger.stat().st_mode) == 0o664


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_a_symlinked_ledger_is_written_through_to_its_target(tmp_path):
    conflict_corpus(tmp_path)
    fp = fingerprints(tmp_path)[0]
    (tmp_path / "shared").mkdir()
    target = tmp_path / "shared" / "reviews.toml"
    target.write_text("# team reviews\n", encoding="utf-8")
    (tmp_path / "claims.toml").symlink_to(target)
    proc = fc("review", "--path", "docs", "accept", fp, "--note", "ok", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "claims.toml").is_symlink()
    assert fp in target.read_text(encoding="utf-8") and "# team reviews" in target.read_text(encoding="utf-8")
    assert not list((tmp_path / "shared").glob(".*.tmp"))
