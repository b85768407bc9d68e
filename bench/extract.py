#!/usr/bin/env python3
"""Extraction throughput and start-up time. Prints figures; asserts nothing.

    python bench/extract.py [--mb 10] [--repeat 3]

- throughput: the five seed documents concatenated and repeated to at least --mb MB of UTF-8 text (each copy's
  lines that end a sentence closed by a word of their own, so that text-keyed caches see fewer repeats),
  normalised and extracted in one process (best of --repeat runs), in MB/s of UTF-8 input; with --context,
  the context stage (subject, measure, period, source) runs on the claims too, as in `factcheck scan`;
- start-up: wall time of `factcheck --version` in a fresh process (median of 15 runs).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from factcheck.extract import extract_lines  # noqa: E402
from factcheck.knowledge import knowledge  # noqa: E402
from factcheck.normalize import normalize_text  # noqa: E402


def corpus(mb: float) -> str:
    """The seeds repeated, each copy's lines that end a sentence (in . 。 ! ? ！ ？) closed by a sentence of its own
    ("Zqaab."): a cache keyed on such a line's or its paragraph's text does not see it twice, as in a real corpus
    (verbatim copies flatter such caches). Table rows, headings and lines ending otherwise (in a quote mark, a
    bracket, a figure: some two fifths of the seeds' lines) still repeat, and so does each sentence."""
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))).split("\n")
    reps = int(mb * 1024 * 1024 / len("\n".join(seeds).encode("utf-8"))) + 1
    return "\n".join(line + f" Zq{_tag(k)}." if line.rstrip().endswith(_SENTENCE_END) else line
                     for k in range(reps) for line in seeds)


_SENTENCE_END = (".", "。", "!", "?", "！", "？")  # (a prose line: table rows and headings are left as they are)


def _tag(k: int) -> str:
    """k in letters: 0 -> aaa, 1 -> baa (a word, never a number)."""
    return "".join("abcdefghijklmnopqrstuvwxyz"[k // 26 ** i % 26] for i in range(3))


def throughput(text: str, repeat: int, context: bool = False) -> tuple[float, float, int]:
    knowledge()
    run = _with_context if context else (lambda t: extract_lines("bench", normalize_text(t)))
    run(text[:20000])  # load tables, OpenCC and pint once
    size = len(text.encode("utf-8")) / 1e6
    best, n = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n = len(run(text))
        best = min(best, time.perf_counter() - t0)
    return size, best, n


def _with_context(text: str) -> list:
    from factcheck.context import annotate
    from factcheck.model import Document

    lines = normalize_text(text)
    doc = Document("bench", text, "utf-8", "", len(text))
    return annotate(doc, extract_lines("bench", lines), lines=lines)


def startup(runs: int = 15) -> float:
    exe = shutil.which("factcheck")
    cmd = [exe, "--version"] if exe else [sys.executable, "-m", "factcheck", "--version"]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--context", action="store_true", help="run the context stage as well")
    args = ap.parse_args()
    text = corpus(args.mb)
    size, secs, n = throughput(text, args.repeat, args.context)
    what = "extraction with context" if args.context else "extraction"
    print(f"{what}: {size:.1f} MB of UTF-8 text, {n} claims, {secs:.2f} s (best of {args.repeat}): "
          f"{size / secs:.2f} MB/s, one process")
    print(f"factcheck --version: {startup() * 1000:.0f} ms wall (median of 15)")


if __name__ == "__main__":
    main()
