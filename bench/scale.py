#!/usr/bin/env python3
"""Scale: cold and warm scans of a synthetic corpus, the pre-commit path, memory, store size. Prints figures.

    python bench/scale.py [--sizes 1000 10000] [--keep DIR]

The corpus is made from the seeds: each document is a slice (about 3 KB) of a seed document with its digits
perturbed, its country names swapped and its years shifted, so that figures, subjects and periods vary like
in a real collection. Every figure is a full `factcheck` process, as a user runs it:
  cold --jobs 1 / --jobs 2   empty claims store, everything extracted (MB/s of UTF-8 input)
  warm                        the same scan again, nothing changed (served from the store)
  pre-commit                  `factcheck hook NEW` with one new document against the warm corpus
Peak memory is the largest resident set of the processes run for that size (ru_maxrss of the children).
"""
from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SWAPS = [("美国", "日本"), ("中国", "德国"), ("美國", "韓國"), ("中國", "英國"), ("US", "EU"), ("China", "India")]


def make_corpus(root: Path, n: int, rng: random.Random) -> int:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    root.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        text = rng.choice(seeds)
        start = rng.randrange(0, max(1, len(text) - 1200))
        chunk = text[start:start + 1200]
        chunk = "".join(str(rng.randrange(10)) if ch.isdigit() and rng.random() < 0.3 else ch for ch in chunk)
        for a, b in SWAPS:
            if rng.random() < 0.3:
                chunk = chunk.replace(a, b)
        chunk = chunk.replace("2024", str(rng.choice([2022, 2023, 2024, 2025])))
        data = chunk.encode("utf-8")
        (root / f"d{i // 1000:02d}" / f"doc{i:05d}.txt").parent.mkdir(exist_ok=True)
        (root / f"d{i // 1000:02d}" / f"doc{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def run(cwd: Path, *args: str) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"factcheck {' '.join(args)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    args = ap.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="factcheck-scale-"))
    rng = random.Random(11)
    scan = ["scan", "corpus", "--format", "json", "--output", "report.json", "--fail-on", "none",
            "--ledger", "/nonexistent/claims.toml"]
    for n in args.sizes:
        work = base / f"n{n}"
        if work.exists():
            shutil.rmtree(work)
        size = make_corpus(work / "corpus", n, rng)
        mb = size / 1e6
        (work / "factcheck.toml").write_text('include = ["corpus"]\n', encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        cold = {}
        for jobs in (1, 2):
            shutil.rmtree(work / ".factcheck", ignore_errors=True)
            cold[jobs] = run(work, *scan, "--jobs", str(jobs))
        warm = run(work, *scan, "--jobs", "2")
        new = work / "corpus" / "new.txt"
        new.write_text("美国占全球AI算力的75%，中国占15%。中国占全球稀土开采量的69%。\n", encoding="utf-8")
        hook = run(work, "hook", "corpus/new.txt")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        store = sum(p.stat().st_size for p in (work / ".factcheck").glob("claims.sqlite3*"))
        print(f"{n:>6,} documents, {mb:.1f} MB:")
        print(f"    cold scan --jobs 1  {cold[1]:7.2f} s  {mb / cold[1]:5.2f} MB/s")
        print(f"    cold scan --jobs 2  {cold[2]:7.2f} s  {mb / cold[2]:5.2f} MB/s")
        print(f"    warm rescan         {warm:7.2f} s  (nothing changed)")
        print(f"    pre-commit, 1 new   {hook:7.2f} s")
        print(f"    peak memory         {max(peak, before) / 1024:7.0f} MB")
        print(f"    claims store        {store / 1e6:7.1f} MB")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
