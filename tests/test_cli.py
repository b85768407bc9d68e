"""The command line, run as a user runs it: a real process on the real seed documents."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO, SEEDS

SPEC_CLAIM_KEYS = {"id", "path", "line", "column", "end_line", "end_column", "text", "value", "low", "high", "unit",
                   "written_value", "written_unit", "qualifier", "subject", "metric", "period", "sentence"}


def run(*args, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=cwd)


def test_version_does_not_import_heavy_libraries():
    code = ("import sys; sys.argv=['factcheck','--version']\n"
            "from factcheck.__main__ import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pint','rapidfuzz','opencc') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip().endswith("[]"), proc.stdout
    assert "factcheck 0." in proc.stdout


def test_claims_json_follows_the_spec_and_is_stable():
    a = run("claims", "seeds", "--format", "json")
    b = run("claims", "seeds", "--format", "json")
    assert a.returncode == 0, a.stderr
    assert a.stdout == b.stdout  # byte-identical between runs
    rep = json.loads(a.stdout)
    assert rep["schema"] == "factcheck-report/1"
    assert rep["groups"] == []
    assert [d["path"] for d in rep["documents"]] == sorted(d["path"] for d in rep["documents"])
    assert {d["lang"] for d in rep["documents"]} <= {"en", "zh-Hans", "zh-Hant", "mixed", "unknown"}
    assert len(rep["documents"]) == 5
    for c in rep["claims"]:
        assert set(c) >= SPEC_CLAIM_KEYS
        assert (c["value"] is None) == (c["low"] is not None and c["high"] is not None and c["value"] is None)
    # spans are exact in the files as written
    lines = {p.name: p.read_text(encoding="utf-8").split("\n") for p in SEEDS.iterdir()}
    for c in rep["claims"]:
        line = lines[c["path"].rsplit("/", 1)[-1]][c["line"] - 1]
        assert line[c["column"] - 1:c["end_column"] - 1] == c["text"]


def test_claims_finds_the_seed_figures_the_mission_names():
    rep = json.loads(run("claims", "seeds", "--format", "json").stdout)
    got = {(c["path"].rsplit("/", 1)[-1][:3], c["text"], c["value"]) for c in rep["claims"]}
    assert ("000", "74.5%", 74.5) in got
    assert ("004", "75%", 75.0) in got
    assert ("000", "92%", 92.0) in got and ("004", "91%", 91.0) in got
    assert ("000", "69%", 69.0) in got and ("004", "60%", 60.0) in got


def test_text_output_fits_100_columns():
    proc = run("claims", "seeds")
    assert proc.returncode == 0
    assert "\x1b[" not in proc.stdout  # no colour when not a terminal
    assert max(len(line) for line in proc.stdout.splitlines()) <= 100
    assert "claims in 5 documents" in proc.stdout


def test_no_files_is_a_usage_error(tmp_path):
    proc = run("claims", str(tmp_path))
    assert proc.returncode == 2
    assert "no files" in proc.stderr


def test_output_file_is_written(tmp_path):
    out = tmp_path / "r.json"
    proc = run("claims", "seeds", "--format", "json", "--output", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["documents"] == 5


def test_claims_show_each_figures_frame():
    proc = run("claims", "seeds/004_359572c1ea72d73f.txt")
    lines = proc.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("seeds/004_359572c1ea72d73f.txt:178:") and
              "约为 15%" in line)
    assert lines[at + 1].strip() == "China · share · global compute · 2025-05 (as of) · per Epoch AI"
    rep = json.loads(run("claims", "seeds/004_359572c1ea72d73f.txt", "--format", "json").stdout)
    c = next(c for c in rep["claims"] if c["line"] == 178 and c["text"] == "约为 15%")
    assert (c["subject"], c["measure"], c["object"], c["source"]) == ("China", "share", ["compute"], "Epoch AI")


def test_why_explains_what_keeps_two_figures_apart_and_when_they_meet():
    met = run("why", "seeds/000_ce53f0b2652d9bf8.txt:14:27", "seeds/004_359572c1ea72d73f.txt:44:155")
    assert met.returncode == 0 and met.stdout.splitlines()[-1] == "compared: rounding"
    apart = run("why", "seeds/000_ce53f0b2652d9bf8.txt:55:29", "seeds/004_359572c1ea72d73f.txt:229:92")
    assert apart.returncode == 1
    assert apart.stdout.splitlines()[-1] == "not compared: unit differs: percent vs metric_ton"
    bad = run("why", "seeds/000_ce53f0b2652d9bf8.txt:2", "seeds/004_359572c1ea72d73f.txt:44")
    assert bad.returncode == 2 and "no figure on that line" in bad.stderr


def test_why_says_when_two_figures_met_by_their_values_alone(tmp_path):
    (tmp_path / "a.txt").write_text("China's glimber haul reached 4,974.5 tonnes in 2023.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("2023年中国格林伯总产出为4974吨。\n", encoding="utf-8")
    met = run("why", f"{tmp_path / 'a.txt'}:1", f"{tmp_path / 'b.txt'}:1")
    assert met.returncode == 0
    assert met.stdout.splitlines()[-2:] == [
        "compared: rounding",
        "objects met by their values: 4,974.5 tonnes and 4974吨 are within 1% (their words alone: similarity 0.00 < 0.6)"]
