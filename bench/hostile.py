"""Peak memory and time of factcheck on hostile inputs (issue 10), each run in its own process.

    python bench/hostile.py                      # this checkout's factcheck
    python bench/hostile.py --src /tmp/old/src   # another version's sources (PYTHONPATH), for "before"

Cases: `claims` and `scan` on a 3 MB file of 10^6 claims and on 20 MB of newlines; `scan --format github`
on 1,000 and 10,000 one-line files that all state the same quantity with different values (output size and
bytes per file show whether the output is linear); a scan consulting a ledger of 8,000 reviews. A run over --timeout seconds or --mem-gb of address
space is stopped and reported as such.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def _make_claims(root: Path) -> Path:
    p = root / "claims.txt"
    line = " ".join(f"{n % 90 + 1}%" for n in range(20)) + "\n"
    p.write_text(line * 50_000, encoding="utf-8")  # 10^6 claims, ~3 MB
    return p


def _make_newlines(root: Path) -> Path:
    p = root / "newlines.txt"
    p.write_bytes(b"US share 75%" + b"\n" * 20_000_000)
    return p


def _make_corpus(root: Path, n: int) -> Path:
    d = root / f"corpus{n}"
    d.mkdir()
    for i in range(n):
        (d / f"d{i:05d}.txt").write_text(f"In 2024 the US held {50 + i % 40}% of global AI compute.\n",
                                         encoding="utf-8")
    return d


def _make_ledger(root: Path, n: int) -> Path:
    p = root / f"ledger{n}.toml"
    p.write_text("".join(f'[[review]]\nfingerprint = "{i:016x}"\nstatus = "accepted"\nnote = "n"\n\n'
                         for i in range(n)), encoding="utf-8")
    (root / "one.txt").write_text("2024年，美国占全球AI算力的75%。\n", encoding="utf-8")
    return p


def _run(args: list[str], src: str | None, timeout: float, mem_gb: float, cwd: Path) -> tuple[str, str]:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    limit = int(mem_gb * 1024 ** 3)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    out = cwd / "out.bin"
    start = time.monotonic()
    with open(out, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "factcheck", *args], stdout=fh, stderr=subprocess.DEVNULL,
                                env=env, cwd=cwd, preexec_fn=cap)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: keep Popen from waiting again
        stopped = not timer.is_alive()
        timer.cancel()
    took = time.monotonic() - start
    size = out.stat().st_size
    if stopped:
        return f"> {timeout:.0f} s (stopped)", f"{size / 1e6:,.1f} MB out"
    rc = proc.returncode
    peak = usage.ru_maxrss / 1024  # kB -> MB (Linux)
    state = "" if rc in (0, 1) else f" exit {rc}"
    return f"{took:7.1f} s {peak:8,.0f} MB peak{state}", f"{size / 1e6:,.2f} MB out"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", help="PYTHONPATH of the factcheck to measure (default: the installed one)")
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--mem-gb", type=float, default=12)
    ap.add_argument("--only", help="comma-separated case names to run")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        dense, newlines = _make_claims(root), _make_newlines(root)
        c1k, c10k = _make_corpus(root, 1000), _make_corpus(root, 10_000)
        ledger = _make_ledger(root, 8000)
        common = ["--no-store", "--ledger", "/dev/null", "--jobs", "1"]
        cases = {
            "claims-dense-text": ["claims", str(dense)],
            "claims-dense-json": ["claims", str(dense), "--format", "json"],
            "scan-dense": ["scan", str(dense), *common],
            "claims-newlines": ["claims", str(newlines)],
            "scan-newlines": ["scan", str(newlines), *common],
            "github-1k": ["scan", str(c1k), "--format", "github", *common],
            "github-10k": ["scan", str(c10k), "--format", "github", *common],
            "ledger-8k-reviews": ["scan", str(root / "one.txt"), "--no-store", "--ledger", str(ledger)],
        }
        wanted = set(a.only.split(",")) if a.only else set(cases)
        for name, args in cases.items():
            if name in wanted:
                timing, size = _run(args, a.src, a.timeout, a.mem_gb, root)
                print(f"{name:<20} {timing}   {size}", flush=True)


if __name__ == "__main__":
    main()
