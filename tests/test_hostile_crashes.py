"""Hostile names, configurations and environments (issue 10, crashes): never a traceback; a one-line message
naming the file and exit 2 (exit 1 means findings). Workers die with their parent."""
from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time

import pytest

from conftest import conflict_corpus, fc


def _one_line_error(proc, *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr[-2000:]
    for n in needles:
        assert n in proc.stderr, proc.stderr


def test_a_non_utf8_file_name_is_shown_escaped_in_every_format(tmp_path):
    docs = conflict_corpus(tmp_path)
    name = os.fsencode(docs) + b"/caf\xe9.txt"
    with open(name, "wb") as fh:
        fh.write("2024年，美国占全球AI算力的50%。\n".encode())
    for fmt in ("text", "json", "github", "sarif"):
        proc = fc("scan", "docs", "--format", fmt, "--ledger", os.devnull, "--jobs", "1", cwd=tmp_path)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
        shown = {"sarif": "caf%E9.txt", "json": "caf\\udce9.txt"}.get(fmt, "caf\\xe9.txt")  # JSON: a \\u escape
        assert shown in proc.stdout, fmt
    hook = subprocess.run([sys.executable, "-m", "factcheck", "hook", b"docs/caf\xe9.txt"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert hook.returncode == 1 and "caf\\xe9.txt" in hook.stdout, hook.stderr


def test_a_thousand_nested_folders(tmp_path):
    docs = conflict_corpus(tmp_path)
    deep = docs
    for _ in range(1000):  # ~2,000 characters of path: below PATH_MAX, beyond Python's recursion limit
        deep = deep / "d"
        deep.mkdir()
    (deep / "c.txt").write_text("2024年，美国占全球AI算力的40%。\n", encoding="utf-8")
    try:
        proc = fc("claims", "docs", "--format", "json", cwd=tmp_path)
        assert proc.returncode == 0 and "40%" in proc.stdout, proc.stderr[-500:]
    finally:
        _remove_deep(docs / "d")


def _remove_deep(top) -> None:
    """Remove a deep tree without recursion (pytest's cleanup and shutil.rmtree recurse)."""
    subprocess.run(["rm", "-rf", "--", str(top)], check=True)


@pytest.mark.parametrize("name, text", [
    ("pyproject.toml", "[tool]\nfactcheck = 5\n"),
    ("pyproject.toml", "tool = 5\n"),
    ("pyproject.toml", "[[tool.factcheck]]\ninclude = ['docs']\n"),
    ("factcheck.toml", b"include = ['\xff']\n"),
    ("factcheck.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n"),
    ("factcheck.toml", "tables = 'not a list'\n"),
])
def test_broken_configuration_is_a_one_line_error_naming_the_file(tmp_path, name, text):
    conflict_corpus(tmp_path)
    data = text.encode() if isinstance(text, str) else text
    (tmp_path / name).write_bytes(data)
    _one_line_error(fc("scan", "docs", "--no-store", cwd=tmp_path), name)


@pytest.mark.parametrize("text", [
    "[aliases.Acme]\nkind = 'company'\naliases = 5\n",
    "[aliases.Acme]\nkind = 'company'\naliases = ['']\n",
    "aliases = 5\n",
    "x = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n",
])
def test_broken_tables_are_a_one_line_error_naming_the_file(tmp_path, text):
    conflict_corpus(tmp_path)
    (tmp_path / "t.toml").write_text(text, encoding="utf-8")
    _one_line_error(fc("scan", "docs", "--no-store", "--tables", "t.toml", cwd=tmp_path), "t.toml")


@pytest.mark.parametrize("columns", ["abc", "0", "-5"])
def test_a_bad_columns_variable_is_ignored(tmp_path, columns):
    conflict_corpus(tmp_path)
    proc = fc("scan", "docs", "--no-store", "--ledger", os.devnull, cwd=tmp_path, env={"COLUMNS": columns})
    assert proc.returncode == 1 and "CONFLICT" in proc.stdout, proc.stderr


def test_a_full_disk_is_a_one_line_error(tmp_path):
    conflict_corpus(tmp_path)
    _one_line_error(fc("claims", "docs", "-o", "/dev/full", cwd=tmp_path), "/dev/full")


def test_workers_die_with_their_parent(tmp_path):
    docs = conflict_corpus(tmp_path)
    dense = ("".join(f"{n % 90 + 1}% " for n in range(20)) + "\n") * 40_000  # slow to extract
    for i in range(6):
        (docs / f"dense{i}.txt").write_text(dense, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "scan", "docs", "--jobs", "2", "--no-store",
                             "--ledger", os.devnull], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    children: list[int] = []
    deadline = time.monotonic() + 120
    while len(children) < 2 and time.monotonic() < deadline:  # wait for both workers
        children = _children(proc.pid)
        time.sleep(0.1)
    assert len(children) >= 2
    started = {c: _stat(c)[19] for c in children}  # start time: a reused pid is not our worker
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    ready, _, _ = select.select([proc.stdout], [], [], 30)  # the pipe closes when its last holder is gone
    assert ready and proc.stdout.read() == b""
    alive = lambda: [c for c in children if _stat(c) and _stat(c)[19] == started[c] and _stat(c)[0] not in "ZX"]
    deadline = time.monotonic() + 10  # the pipe closed as they exited; give the kernel a moment to reap them
    while alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive()


def _stat(pid: int) -> list[str]:
    """The fields of /proc/PID/stat after the command name (state first; a zombie "Z" has exited)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return []


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []

