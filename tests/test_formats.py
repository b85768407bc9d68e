"""CI output formats on the seeds: GitHub annotations, SARIF 2.1.0 valid against the schema, --statistics."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from conftest import REPO

SCHEMA = Path(__file__).with_name("sarif-schema-2.1.0.json")


def scan(*args, ledger="/nonexistent/claims.toml"):
    return subprocess.run([sys.executable, "-m", "factcheck", "scan", "seeds", *args, "--ledger", ledger],
                          capture_output=True, text=True, cwd=REPO)


def test_sarif_is_valid_and_carries_fingerprints():
    proc = scan("--format", "sarif")
    assert proc.returncode == 1
    log = json.loads(proc.stdout)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"conflict", "rounding"}
    assert all(len(r["partialFingerprints"]["factcheck/v1"]) == 16 for r in results)
    loc = results[0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].startswith("seeds/") and loc["region"]["startLine"] >= 1


def test_sarif_marks_reviewed_findings_as_suppressed():
    log = json.loads(scan("--format", "sarif", ledger=str(REPO / "claims.toml")).stdout)
    results = log["runs"][0]["results"]
    assert results and all(r.get("suppressions") for r in results)


def test_github_annotations_point_at_the_claims():
    proc = scan("--format", "github")
    lines = proc.stdout.splitlines()
    assert any(l.startswith("::error file=seeds/000_ce53f0b2652d9bf8.txt,line=55,") for l in lines)
    assert any(l.startswith("::warning file=seeds/") and "74.5%" in l for l in lines)
    assert all("\n" not in l for l in lines)


def test_statistics_counts_instead_of_findings():
    out = scan("--statistics").stdout
    assert "conflict" in out and "unreviewed" in out and "US · global AI compute share" in out


def test_fail_on_levels():
    assert scan("--fail-on", "conflict").returncode == 1
    assert scan("--fail-on", "none").returncode == 0
    bad = scan("--fail-on", "huge")
    assert bad.returncode == 2 and "huge" in bad.stderr
