#!/usr/bin/env python3
"""Grouping time on synthetic claims. Prints figures; asserts nothing.

    python bench/group.py [--sizes 10000 100000 1000000]

Synthetic claims are made from the seed claims (extracted and annotated for real): each copy gets a perturbed
value (±0-3 in its last digit), one of sqrt(N) synthetic subjects, and now and then another period, so that
buckets stay realistic as N grows. Only `group_claims` + `compare` are timed (one core); the growth exponent
is the slope of log(time) over log(N).
"""
from __future__ import annotations

import argparse
import math
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from factcheck.compare import compare  # noqa: E402
from factcheck.group import group_claims  # noqa: E402
from factcheck.pipeline import run_claims  # noqa: E402


def synthetic(seed_claims, n: int, rng: random.Random):
    base = [c for c in seed_claims if c.context is not None and c.context.subject and c.context.topics]
    subjects = [f"S{i}" for i in range(max(2, int(math.sqrt(n))))]
    periods = [None, None, None, "2023", "2024", "2025"]
    ctx_cache = {}
    out = []
    for k in range(n):
        c = base[k % len(base)]
        subj, period = rng.choice(subjects), rng.choice(periods)
        key = (id(c.context), subj, period)
        ctx = ctx_cache.get(key)
        if ctx is None:
            ctx = ctx_cache[key] = replace(c.context, subject=subj, period=period)
        step = 10.0 ** -c.decimals
        v = None if c.value is None else c.value + rng.randint(-3, 3) * step
        out.append(replace(c, path=f"doc{k % 997}.txt", value=v, context=ctx))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = ap.parse_args()
    seed = list(run_claims([str(REPO / "seeds")], with_context=True).claims)
    rng = random.Random(7)
    points = []
    for n in args.sizes:
        claims = synthetic(seed, n, rng)
        t0 = time.perf_counter()
        groups = group_claims(claims)
        t1 = time.perf_counter()
        findings = compare(claims, groups)
        t2 = time.perf_counter()
        points.append((n, t2 - t0))
        bad = sum(f.verdict != "consistent" for f in findings)
        print(f"{n:>9,} claims: group {t1 - t0:6.2f} s, compare {t2 - t1:6.2f} s, total {t2 - t0:6.2f} s; "
              f"{len(groups):,} groups, {bad:,} conflict or rounding")
    if len(points) >= 2:
        (n0, t0), (n1, t1) = points[0], points[-1]
        print(f"growth exponent {math.log(t1 / t0) / math.log(n1 / n0):.2f} (1.0 = linear) from {n0:,} to {n1:,}")


if __name__ == "__main__":
    main()
