"""read/pdf.py on PDFs written by reportlab: Chinese and English, a table, two columns, running headers and
page numbers, a figure wrapped across two lines and a hyphenated word; a scan and a damaged file."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from docgen import make_image_pdf, make_lines_pdf, make_pdf
from helpers_read import by_text, claims_of, same_findings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from conftest import fc  # noqa: E402

HEADER = "Market Monitor 2025 | Issue 7"
WRAPPED = [
    ["According to the latest tracker data, Lenovo shipped a record 15.2",
     "million PCs in the first quarter of 2025, while notebook ship-",
     "ments grew 10.8% from a year earlier across all regions.",
     None,
     "据统计，2025年第一季度全球个人电脑出货量为6320万台，同比增长4.9%。"],
    ["Dell held 15.5% of the global PC market in the first quarter of 2025.",
     "台積電第二季營收達9338億新台幣，年增38.6%。"],
]
EN = ["Lenovo held 24.1% of the global PC market in the first quarter of 2025, according to IDC.",
      "HP Inc. followed with 12.0 million units, up 6.5% from a year earlier.",
      "Global DRAM revenue reached US$27.1 billion in the second quarter of 2025."]
ZH = ["根据国际数据公司的统计，2025年第一季度全球个人电脑出货量为6320万台，同比增长4.9%。",
      "香港旅遊發展局表示，2024年訪港旅客約4450萬人次，按年上升31%。"]
TABLE = [["Vendor", "Q1 2025 shipments (M)", "Q1 2025 share"], ["Lenovo", "15.2", "24.1%"],
         ["HP Inc.", "12.0", "19.0%"], ["Dell", "9.8", "15.5%"]]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    d = tmp_path_factory.mktemp("pdfs")
    make_lines_pdf(d / "wrapped.pdf", WRAPPED, header=HEADER)
    make_pdf(d / "columns.pdf", EN + ZH + EN[:1], header=HEADER, footer=True, columns=2, table=TABLE,
             page_break_every=4)
    (d / "columns.txt").write_text("\n".join(EN + ZH + EN[:1]) + "\n\n" + "\n".join("\t".join(r) for r in TABLE)
                                   + "\n", encoding="utf-8")
    return d


def test_a_figure_wrapped_across_two_lines_is_one_figure_at_page_and_line(pdfs):
    cs = by_text(claims_of(pdfs / "wrapped.pdf"))
    c = cs["15.2 million"]
    assert c.value == 15.2e6 and c.subject == "Lenovo" and c.period == "2025-Q1"
    # the running header is line 1 of the page: the paragraph starts on line 2
    assert (c.page, c.line, c.column, c.end_line) == (1, 2, WRAPPED[0][0].index("15.2") + 1, 3)


def test_a_hyphenated_word_is_joined_for_matching(pdfs):
    c = by_text(claims_of(pdfs / "wrapped.pdf"))["10.8%"]
    assert "notebook shipments grew 10.8%" in c.sentence
    assert "shipments" in c.metric and c.context.measure == "growth"
    assert (c.page, c.line, c.column) == (1, 4, WRAPPED[0][2].index("10.8%") + 1)


def test_chinese_of_both_scripts_and_later_pages(pdfs):
    cs = by_text(claims_of(pdfs / "wrapped.pdf"))
    assert cs["6320万台"].value == 63_200_000 and cs["6320万台"].page == 1
    assert cs["38.6%"].page == 2 and cs["9338億新台幣"].unit == "TWD"
    assert (cs["15.5%"].page, cs["15.5%"].line) == (2, 2)


def test_running_headers_and_page_numbers_are_not_claims(pdfs):
    for name in ("wrapped.pdf", "columns.pdf"):
        cs = claims_of(pdfs / name)
        assert cs
        assert not [c for c in cs if "Monitor" in c.sentence or "Issue" in c.sentence]
        assert not [c for c in cs if c.sentence.strip() in ("1", "2", "3")]


def test_two_columns_a_table_and_chinese_give_the_findings_of_the_same_text(pdfs):
    pdf, txt = claims_of(pdfs / "columns.pdf"), claims_of(pdfs / "columns.txt")
    same_findings(pdf, txt)
    row = [c for c in pdf if c.text == "19.0%"][0]
    assert row.subject == "HP" and row.period == "2025-Q1" and row.context.measure == "share"


def test_json_and_text_reports_show_the_page(pdfs, tmp_path):
    r = fc("claims", str(pdfs / "wrapped.pdf"), "--format", "json", cwd=tmp_path)
    claims = json.loads(r.stdout)["claims"]
    first = [c for c in claims if c["text"] == "15.2 million"][0]
    assert (first["page"], first["line"], first["end_line"]) == (1, 2, 3)
    r = fc("claims", "wrapped.pdf", cwd=pdfs)
    assert f"wrapped.pdf:p1:2:{WRAPPED[0][0].index('15.2') + 1}" in r.stdout


def test_a_scan_and_a_damaged_pdf_each_give_one_warning_and_the_run_goes_on(tmp_path):
    make_image_pdf(tmp_path / "scan.pdf")
    good = make_pdf(tmp_path / "good.pdf", EN[:1])
    (tmp_path / "broken.pdf").write_bytes(good.read_bytes()[:300])
    (tmp_path / "note.txt").write_text("Lenovo held 24.1% of the global PC market in Q1 2025.\n", encoding="utf-8")
    r = fc("scan", ".", "--no-store", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    warnings = [ln for ln in r.stderr.splitlines() if ln.startswith("warning:")]
    assert len(warnings) == 2
    assert any("scan.pdf" in w and "no text layer" in w for w in warnings)
    assert any("broken.pdf" in w and "not a readable PDF" in w for w in warnings)
    assert "2 documents" in r.stdout  # good.pdf and note.txt were read
    strict = fc("scan", ".", "--no-store", "--strict", cwd=tmp_path)
    assert strict.returncode == 2


def test_why_takes_a_pdf_position(pdfs, tmp_path):
    import shutil

    shutil.copy(pdfs / "wrapped.pdf", tmp_path / "wrapped.pdf")
    (tmp_path / "n.txt").write_text("Lenovo shipped 15.6 million PCs in the first quarter of 2025.\n", encoding="utf-8")
    col = WRAPPED[0][0].index("15.2") + 1
    r = fc("why", f"wrapped.pdf:p1:2:{col}", "n.txt:1:16", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert f"wrapped.pdf:p1:2:{col}  15.2 million" in r.stdout and "compared: conflict" in r.stdout


def test_sarif_locations_carry_the_page(pdfs, tmp_path):
    import shutil

    from factcheck.pipeline import run_scan
    from factcheck.report.ci_formats import sarif

    shutil.copy(pdfs / "wrapped.pdf", tmp_path / "wrapped.pdf")
    (tmp_path / "n.txt").write_text("Lenovo shipped 15.6 million PCs in the first quarter of 2025.\n", encoding="utf-8")
    log = json.loads(sarif(list(run_scan([str(tmp_path)]).findings)))
    locs = [loc for r in log["runs"][0]["results"] for loc in r["locations"] + r["relatedLocations"]]
    pdf = [loc for loc in locs if loc["physicalLocation"]["artifactLocation"]["uri"].endswith("wrapped.pdf")]
    assert pdf and pdf[0]["properties"] == {"page": 1}
    assert pdf[0]["physicalLocation"]["region"]["startLine"] == 2
    txt = [loc for loc in locs if loc["physicalLocation"]["artifactLocation"]["uri"].endswith("n.txt")]
    assert txt and "properties" not in txt[0]


def test_a_paragraph_going_on_over_the_page_break_keeps_each_figures_page(tmp_path):
    pages = [["Analysts counted 12.5 million tablets shipped in the quarter, and notebook shipments reached"],
             ["41.3 million units in the same quarter of 2025, up 3.2% on the year before it."]]
    make_lines_pdf(tmp_path / "over.pdf", [pages[0] * 1, pages[1]], header=HEADER)
    cs = by_text(claims_of(tmp_path / "over.pdf"))
    assert "shipments reached 41.3 million units" in cs["41.3 million"].sentence  # joined over the break
    assert (cs["12.5 million"].page, cs["12.5 million"].line) == (1, 2)
    assert (cs["41.3 million"].page, cs["41.3 million"].line, cs["41.3 million"].column) == (2, 2, 1)
