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


def test_sarif_of_a_fully_reviewed_corpus_has_no_results_by_default():
    proc = scan("--format", "sarif", ledger=str(REPO / "claims.toml"))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["runs"][0]["results"] == []
    # asked for, reviewed findings are written as suppressions (valid SARIF)
    log = json.loads(scan("--format", "sarif", "--sarif-suppressed", "include", ledger=str(REPO / "claims.toml")).stdout)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == 4 and all(r["suppressions"][0]["kind"] == "external" for r in results)


def test_github_annotations_one_per_finding_on_its_first_claim_naming_the_others():
    proc = scan("--format", "github")
    lines = proc.stdout.splitlines()
    assert len(lines) == 4  # 4 findings (it was one annotation per claim: 16)
    assert any(l.startswith("::error file=seeds/000_ce53f0b2652d9bf8.txt,line=55,") for l in lines)
    rounding = [l for l in lines if l.startswith("::warning file=seeds/")]
    assert len(rounding) == 1 and "74.5%" in rounding[0]
    # workflow-command data escapes % as %25
    assert "also 74.5%25 at seeds/001_f01c30d3e8acb4b2.txt:" in rounding[0]
    assert "75%25 at seeds/004_359572c1ea72d73f.txt:" in rounding[0]


def test_statistics_in_json_is_json():
    proc = scan("--statistics", "--format", "json")
    data = json.loads(proc.stdout)
    assert {"verdict": "conflict", "state": "unreviewed", "count": 3} in data["verdicts"]
    assert proc.returncode == 1


def test_statistics_counts_instead_of_findings():
    out = scan("--statistics").stdout
    assert "conflict" in out and "unreviewed" in out and "US · global AI compute share" in out


def test_fail_on_levels():
    assert scan("--fail-on", "conflict").returncode == 1
    assert scan("--fail-on", "none").returncode == 0
    bad = scan("--fail-on", "huge")
    assert bad.returncode == 2 and "huge" in bad.stderr
