"""Grouping and verdicts across documents, scripts and languages, and the scan command on the seeds."""
from __future__ import annotations

import json
import subprocess
import sys

from factcheck.compare import compare, pair_verdict
from factcheck.context import annotate
from factcheck.extract import extract_document
from factcheck.group import group_claims
from factcheck.model import Document

from conftest import REPO, claims_in


def findings(*docs: tuple[str, str]):
    claims = []
    for path, text in docs:
        d = Document(path, text, "utf-8", "", len(text))
        claims += annotate(d, extract_document(d))
    out = compare(claims, group_claims(claims))
    return [(f.verdict, sorted((claims[i].path, claims[i].text) for i in f.group.members)) for f in out]


def test_traditional_and_simplified_copies_of_one_sentence_are_one_consistent_group():
    got = findings(("hant.txt", "在全球AI算力版圖上,美國占74.5%,中國占14%。\n"),
                   ("hans.txt", "在全球AI算力版图上,美国占74.5%,中国占14%。\n"))
    assert ("consistent", [("hans.txt", "74.5%"), ("hant.txt", "74.5%")]) in got
    assert ("consistent", [("hans.txt", "14%"), ("hant.txt", "14%")]) in got


def test_english_and_chinese_statements_of_one_figure_meet():
    got = findings(("en.txt", "The United States holds 74.5% of global AI compute, while China has 14%.\n"),
                   ("zh.txt", "美国占全球AI算力的75%，中国占15%。\n"))
    assert ("rounding", [("en.txt", "74.5%"), ("zh.txt", "75%")]) in got
    assert ("conflict", [("en.txt", "14%"), ("zh.txt", "15%")]) in got


def test_different_periods_are_not_compared():
    got = findings(("a.txt", "2015年，中国生物制药创新占全球4.1%。\n"),
                   ("b.txt", "2020年，中国生物制药创新占全球13.9%。\n"))
    assert all(v == "consistent" for v, _ in got)
    assert got == []


def test_forecast_and_actual_are_kept_apart():
    got = findings(("a.txt", "预计到2030年，中国芯片自给率将达到70%。\n"),
                   ("b.txt", "2030年中国芯片自给率为30%。\n"))
    assert got == []


def test_capacity_and_output_are_compared_and_the_reason_names_both_bases():
    """A 92% share of refining capacity beside a 91% share of refined output: worth a reviewer's look, and
    the reason says which bases the documents state."""
    docs = (("a.txt", "中國擁有全球92%的稀土精煉產能。\n"), ("b.txt", "中国拥有全球 91% 的稀土精炼产量。\n"),
            ("c.txt", "稀土方面，中国掌控全球 91%精炼。\n"))
    got = findings(*docs)
    assert got == [("conflict", [("a.txt", "92%"), ("b.txt", "91%"), ("c.txt", "91%")])]
    claims = [c for name, text in docs for c in annotate(Document(name, text, "utf-8", "", len(text)),
                                                         extract_document(Document(name, text, "utf-8", "", len(text))))]
    (finding,) = compare(claims, group_claims(claims))
    assert "Bases stated: capacity, output" in finding.reason


def test_top_ten_and_global_regional_scopes_are_kept_apart():
    got = findings(("a.txt", "中国前十大企业占全球电池市场的80%。\n"),
                   ("b.txt", "中国企业占全球电池市场的60%。\n"))
    assert got == []
    got = findings(("a.txt", "中国占全球电池市场的60%。\n"), ("b.txt", "中国占亚洲电池市场的70%。\n"))
    assert got == []


def test_hedges_that_admit_the_other_figure_are_consistent():
    (a,) = claims_in("近 50% 的稀土储量")
    (b,) = claims_in("49%的儲量")
    assert pair_verdict(a, b) == "consistent"
    (c,) = claims_in("市占率超過60%")
    (d,) = claims_in("占60%")
    assert pair_verdict(c, d) == "consistent"
    (e,) = claims_in("74.5%")
    (f,) = claims_in("75%")
    assert pair_verdict(e, f) == "rounding"
    (g,) = claims_in("92%")
    (h,) = claims_in("91%")
    assert pair_verdict(g, h) == "conflict"


def test_money_written_two_ways_is_consistent():
    (a,) = claims_in("6276亿美元")
    (b,) = claims_in("$627.6 billion")
    assert (a.value, a.unit) == (b.value, b.unit)
    assert pair_verdict(a, b) == "consistent"


def _scan(*args):
    """A scan of the repository's files as if nobody had reviewed anything yet (an empty ledger)."""
    return subprocess.run([sys.executable, "-m", "factcheck", "scan", *args, "--ledger", "/nonexistent/claims.toml"],
                          capture_output=True, text=True, cwd=REPO)


def test_scan_reports_the_four_seed_discrepancies():
    proc = _scan("seeds/")
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout
    blocks = out.split("\n\n")

    def block_with(*needles):
        return [b for b in blocks if all(n in b for n in needles)]

    assert block_with("ROUNDING", "US · global AI compute share", "74.5%", "75%")
    assert block_with("CONFLICT", "China · global AI compute share", "14%", "15%")
    assert block_with("CONFLICT", "refining", "92%", "91%")
    assert block_with("CONFLICT", "mining", "69%", "60%")
    assert max(len(line) for line in out.splitlines()) <= 100


def test_scan_json_is_the_contract_and_byte_identical():
    a, b = _scan("seeds", "--format", "json"), _scan("seeds", "--format", "json")
    assert a.stdout == b.stdout and a.returncode == 1
    rep = json.loads(a.stdout)
    ids = {c["id"] for c in rep["claims"]}
    for g in rep["groups"]:
        assert set(g) >= {"id", "fingerprint", "subject", "metric", "unit", "period", "verdict", "severity",
                          "review", "claims"}
        assert g["severity"] == {"conflict": "error", "rounding": "warning", "consistent": "info"}[g["verdict"]]
        assert set(g["claims"]) <= ids and len(g["claims"]) >= 2
    s = rep["summary"]
    assert s["conflict"] + s["rounding"] == s["unreviewed"] >= 4


def test_scan_exits_0_without_disagreements(tmp_path):
    (tmp_path / "a.txt").write_text("美国占全球AI算力的75%。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("美國占全球AI算力的75%。\n", encoding="utf-8")
    proc = _scan(str(tmp_path))
    assert proc.returncode == 0, proc.stdout
    assert "1 consistent" in proc.stdout


def test_broken_user_table_names_file_and_line(tmp_path):
    bad = tmp_path / "mine.toml"
    bad.write_text('[aliases.Foo]\naliases = ["Foo]\nkind = "company"\n', encoding="utf-8")
    proc = _scan("seeds", "--tables", str(bad))
    assert proc.returncode == 2
    assert "mine.toml" in proc.stderr and "line" in proc.stderr


def test_user_table_with_a_wrong_entry_names_file_and_line(tmp_path):
    bad = tmp_path / "mine.toml"
    bad.write_text('# my entities\n\n[aliases.Foo]\nnames = ["Foo"]\n', encoding="utf-8")
    proc = _scan("seeds", "--tables", str(bad))
    assert proc.returncode == 2
    assert "mine.toml:3" in proc.stderr and "aliases" in proc.stderr


def test_user_table_adds_an_alias(tmp_path):
    (tmp_path / "a.txt").write_text("Acme的芯片份额为30%。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("艾克米芯片份额为35%。\n", encoding="utf-8")
    table = tmp_path / "mine.toml"
    table.write_text('[aliases.Acme]\nkind = "company"\naliases = ["Acme", "艾克米"]\n', encoding="utf-8")
    proc = _scan(str(tmp_path), "--tables", str(table), "--format", "json")
    groups = json.loads(proc.stdout)["groups"]
    assert [(g["subject"], g["verdict"]) for g in groups] == [("Acme", "conflict")]


def test_tables_from_factcheck_toml_and_unknown_keys(tmp_path):
    (tmp_path / "a.txt").write_text("Acme的芯片份额为30%。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("艾克米芯片份额为35%。\n", encoding="utf-8")
    (tmp_path / "mine.toml").write_text('[aliases.Acme]\naliases = ["Acme", "艾克米"]\n', encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text('tables = ["mine.toml"]\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factcheck", "scan", ".", "--format", "json"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    assert [g["subject"] for g in json.loads(proc.stdout)["groups"]] == ["Acme"]
    (tmp_path / "factcheck.toml").write_text('tables = ["mine.toml"]\ncolour = true\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factcheck", "scan", "."], cwd=tmp_path, capture_output=True,
                          text=True)
    assert proc.returncode == 2 and "factcheck.toml:2" in proc.stderr and "colour" in proc.stderr


def test_rounding_tolerance_from_configuration(tmp_path):
    (tmp_path / "a.txt").write_text("中国占全球稀土精炼的92%。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("中国占全球稀土精炼的91%。\n", encoding="utf-8")

    def verdicts():
        proc = subprocess.run([sys.executable, "-m", "factcheck", "scan", ".", "--format", "json"], cwd=tmp_path,
                              capture_output=True, text=True)
        return [g["verdict"] for g in json.loads(proc.stdout)["groups"]]

    assert verdicts() == ["conflict"]
    (tmp_path / "factcheck.toml").write_text("rounding = 0.02\n", encoding="utf-8")
    assert verdicts() == ["rounding"]
