#!/usr/bin/env python3
"""Seed single-claim accuracy with units compared by meaning, not by spelling.

../shared/eval/score.py compares unit names literally ("GWh" must equal the claim's unit), while the JSON
contract (spec/report-json.md) asks for pint's canonical names and values (1705 GWh -> 1.705e12 watt_hour;
27 万吨 -> metric_ton; counts as `count` with the noun in the metric). This script runs the same scorer with
the gold's unit names translated to canonical ones and the gold values converted accordingly, so both
readings can be reported side by side. It changes nothing in the scorer's files.

    python bench/seed_units.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from factcheck.extract.units import convert  # noqa: E402
from factcheck.knowledge import knowledge  # noqa: E402

# the gold key's unit spellings -> pint expressions (physical) or the report's unit names
GOLD_UNITS = {"GWh": "gigawatt_hour", "GW": "gigawatt", "Mbps": "megabit / second", "EFLOPS": "exaFLOPS",
              "tonnes": "metric_ton", "seconds": "second", "years": "year", "months": "month"}
COUNT_LIKE = {"count", "persons", "couples", "vehicles", "units", "per_100k_people"}


def canonical(unit: str | None, value):
    K = knowledge()
    if unit in GOLD_UNITS:
        conv = lambda v: convert(v, GOLD_UNITS[unit], K.canonical_units)[0]  # noqa: E731
        value = [conv(v) for v in value] if isinstance(value, list) else (conv(value) if value is not None else None)
        return convert(1.0, GOLD_UNITS[unit], K.canonical_units)[1], value
    if unit in COUNT_LIKE:
        return "count", value
    return unit, value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", args.shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = tomllib.loads((args.shared / "eval" / "seed_gold.toml").read_text(encoding="utf-8"))
    for s in gold.get("single", []):
        if "unit" in s:
            s["unit"], s["value"] = canonical(s["unit"], s.get("value"))
    proc = subprocess.run([sys.executable, "-m", "factcheck", "claims", str(REPO / "seeds"), "--format", "json"],
                          capture_output=True, text=True, check=True)
    report = json.loads(proc.stdout)
    out = score.score(gold, report, score.load_docs(REPO / "seeds"), show=0)
    print(f"single_claim_accuracy (units by meaning) {out['single_claim_accuracy']:.3f} of {out['singles']}")
    print(f"non_claim_accuracy                      {out['non_claim_accuracy']:.3f} of {out['non_claims']}")


if __name__ == "__main__":
    main()
