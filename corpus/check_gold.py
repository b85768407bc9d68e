#!/usr/bin/env python3
"""Check a corpus of page excerpts and its answer key, and build DIR/gold.toml from DIR/gold.d/*.toml.

    python corpus/check_gold.py                          # the dev corpus: every fragment in gold.d, every document
    python corpus/check_gold.py --build                  # then write corpus/gold.toml (schema of seed_gold.toml)
    python corpus/check_gold.py --dir corpus-fresh2 --build   # the same for another corpus laid out alike

Checks: each document starts with `Source: <address>` and a blank line; every mention's and single's quote
occurs exactly once on its line; value_text is inside its quote; no (file, line, quote) is used twice;
pairs refer to existing mentions; verdicts are from the key's vocabulary, and units are ones the scorer can
convert (pint's names) or compares as written (AS_WRITTEN).
"""
from __future__ import annotations

import argparse
import functools
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERDICTS = {"conflict", "rounding", "consistent", "different_basis"}
HEADER = """\
# {d}/gold.toml: answer key for the page excerpts in {d}/ (schema of ../shared/eval/seed_gold.toml)
# Built by corpus/check_gold.py --dir {d} --build from {d}/gold.d/*.toml; annotated by careful reading of each
# excerpt before the scanner was tuned to it (first scores: README, corpus-notes/). Line numbers are 1-based
# over text.split("\\n"); line 1 of every document is its source address.
"""


# Units a key may name that pint does not read: the scorer (../shared/eval/score.py) compares these value for value,
# as written (counts of things, rates per a count, ratios, index points, prices per a unit, scales read as the
# report's own). Any other unit must be one pint reads ("km**2", "kg / hectare"): the scorer converts a key's value
# into the report's unit through pint, and a name pint cannot read (square_km) leaves 137,760 km² unconverted
# beside a report's 1.3776e11 m², so no figure ever matches its mention.
AS_WRITTEN = {"count", "persons", "people", "couples", "vehicles", "units", "users", "developers", "rank", "companies",
              "percent", "percentage_points", "times", "tonnes", "tonne", "years", "months", "days", "seconds",
              "pages", "parcels", "nights", "index_points", "Dobson_units", "ratio_1_in", "per_1000",
              "per_1000_live_births", "per_1000_people", "per_100_elephants", "per_100_females", "per_100_people",
              "per_100k_live_births", "per_100k_people", "per_square_km", "barrels_per_day", "degrees_C",
              "degrees_celsius", "square_metres", "kg_per_rai", "CNY_per_tonne", "EUR_per_litre", "USD_per_lb",
              "US_cents_per_pound"}


def unit_error(unit: object) -> str | None:
    """Why a key's unit cannot be scored, or None (see AS_WRITTEN)."""
    if not isinstance(unit, str) or not unit:
        return f"unit {unit!r} is no unit name"
    if unit in AS_WRITTEN or (len(unit) == 3 and unit.isalpha() and unit.isupper()):  # (a currency code: USD)
        return None
    if unit in ("ton", "tons"):
        return f"unit {unit!r}: pint reads it as the short ton (2,000 lb); write tonnes, or short_ton if that is meant"
    try:
        _registry().Unit(unit.replace("/", " / "))
    except Exception:
        return f"unit {unit!r}: pint cannot read it (write a physical unit as pint does: km**2, kg / hectare)"
    return None


@functools.lru_cache(maxsize=1)
def _registry():
    """pint's registry, built once (only when a key names a unit outside AS_WRITTEN)."""
    import pint

    return pint.UnitRegistry()


def load_docs(folder: Path) -> dict[str, list[str]]:
    return {p.name: p.read_text(encoding="utf-8").split("\n") for p in sorted(folder.glob("*.txt"))}


def check(frag: Path, docs: dict[str, list[str]], seen: set) -> list[str]:
    errs: list[str] = []
    try:
        data = tomllib.loads(frag.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        return [f"{frag.name}: invalid TOML: {exc}"]

    def spot(where: str, m: dict) -> None:
        f, ln, q = m.get("file"), m.get("line"), m.get("quote")
        if f not in docs:
            errs.append(f"{where}: no document {f!r}")
            return
        lines = docs[f]
        if not isinstance(ln, int) or not 1 <= ln <= len(lines):
            errs.append(f"{where}: {f} has no line {ln}")
            return
        n = lines[ln - 1].count(q or "\0")
        if n != 1:
            errs.append(f"{where}: quote {q!r} occurs {n} times on {f}:{ln}")
        vt = m.get("value_text")
        if vt and q and vt not in q:
            errs.append(f"{where}: value_text {vt!r} not in quote {q!r}")
        key = (f, ln, q)
        if key in seen:
            errs.append(f"{where}: {f}:{ln} {q!r} used twice")
        seen.add(key)

    for g in data.get("group", []):
        gid = g.get("id", "?")
        if g.get("verdict") not in VERDICTS:
            errs.append(f"{frag.name}:{gid}: verdict {g.get('verdict')!r}")
        ms = g.get("mentions", [])
        if len(ms) < 2:
            errs.append(f"{frag.name}:{gid}: a group needs two mentions")
        for i, m in enumerate(ms, 1):
            spot(f"{frag.name}:{gid}#{i}", m)
            if "value" not in m or "unit" not in m:
                errs.append(f"{frag.name}:{gid}#{i}: value and unit required")
            elif (why := unit_error(m["unit"])):
                errs.append(f"{frag.name}:{gid}#{i}: {why}")
        for p in g.get("pairs", []):
            if not (1 <= p["a"] <= len(ms) and 1 <= p["b"] <= len(ms)) or p.get("verdict") not in VERDICTS:
                errs.append(f"{frag.name}:{gid}: bad pair {p}")
    for i, s in enumerate(data.get("single", []), 1):
        spot(f"{frag.name}:single#{i}", s)
        if "unit" in s and (why := unit_error(s["unit"])):
            errs.append(f"{frag.name}:single#{i}: {why}")
    return errs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=HERE, help="the corpus folder (default: this script's, corpus/)")
    ap.add_argument("--build", action="store_true", help="write DIR/gold.toml after a clean check")
    args = ap.parse_args()
    folder = args.dir.resolve()
    docs = load_docs(folder)
    errs: list[str] = []
    for name, lines in docs.items():
        if not lines[0].startswith("Source: http") or (len(lines) > 1 and lines[1].strip()):
            errs.append(f"{name}: line 1 must be 'Source: <address>' and line 2 blank")
    seen: set = set()
    frags = sorted((folder / "gold.d").glob("*.toml"))
    for frag in frags:
        errs += check(frag, docs, seen)
    merged: dict = {"group": [], "single": []}
    for frag in frags:
        data = tomllib.loads(frag.read_text(encoding="utf-8"))
        merged["group"] += data.get("group", [])
        merged["single"] += data.get("single", [])
    verdicts = Counter(g["verdict"] for g in merged["group"])
    nac = sum(1 for s in merged["single"] if s.get("not_a_claim"))
    print(f"{len(docs)} documents, {len(merged['group'])} groups {dict(verdicts)}, "
          f"{len(merged['single'])} singles ({nac} non-claims)")
    for e in errs:
        print("error:", e, file=sys.stderr)
    if errs:
        return 1
    if args.build:
        body = "".join(f.read_text(encoding="utf-8").rstrip() + "\n\n" for f in frags)
        (folder / "gold.toml").write_text(HEADER.format(d=folder.name) + "\nschema_version = 1\n\n" + body,
                                          encoding="utf-8")
        tomllib.loads((folder / "gold.toml").read_text(encoding="utf-8"))
        print(f"wrote {folder.name}/gold.toml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
