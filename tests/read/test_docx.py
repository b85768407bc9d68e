"""read/docx.py on Word files written by python-docx: paragraphs and tables in reading order, positions as
paragraph and table cell."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from docgen import make_docx
from helpers_read import by_text, claims_of, same_findings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from conftest import fc  # noqa: E402

PARAS = ["PC market review",
         "Lenovo held 24.1% of the global PC market in the first quarter of 2025, according to IDC.",
         "",
         "中国AI基建的累计投资将超过10万亿人民币。"]
TABLE = [["Vendor", "Q1 2025 share"], ["HP Inc.", "19.0%"], ["Dell", "15.5%"]]


def _doc(tmp_path: Path) -> Path:
    return make_docx(tmp_path / "note.docx", PARAS, table=TABLE, table_after=2)


def test_paragraphs_and_cells_in_reading_order_with_their_positions(tmp_path):
    cs = by_text(claims_of(_doc(tmp_path)))
    assert sorted(cs) == ["15.5%", "19.0%", "24.1%", "超过10万亿人民币"]
    lenovo = cs["24.1%"]
    assert (lenovo.line, lenovo.column, lenovo.cell) == (2, PARAS[1].index("24.1%") + 1, None)
    # the table follows paragraph 2: its cells are paragraphs 3-8, row by row
    assert (cs["19.0%"].line, cs["19.0%"].column, cs["19.0%"].cell) == (6, 1, "table 1, row 2, column 2")
    assert cs["15.5%"].cell == "table 1, row 3, column 2"
    assert cs["超过10万亿人民币"].line == 10  # after the table and the empty paragraph 9


def test_table_cells_take_their_headers(tmp_path):
    hp = by_text(claims_of(_doc(tmp_path)))["19.0%"]
    assert hp.subject == "HP" and hp.period == "2025-Q1" and hp.context.measure == "share"


def test_same_findings_as_the_same_text_in_a_txt(tmp_path):
    txt = tmp_path / "note.txt"
    table = "\n".join("| " + " | ".join(r) + " |" for r in TABLE[:1]) + "\n| --- | --- |\n" + \
        "\n".join("| " + " | ".join(r) + " |" for r in TABLE[1:])
    txt.write_text("\n".join(PARAS[:2]) + "\n\n" + table + "\n\n" + "\n".join(PARAS[2:]) + "\n", encoding="utf-8")
    same_findings(claims_of(_doc(tmp_path)), claims_of(txt))


def test_the_cell_is_in_the_json_report_and_a_damaged_file_is_one_warning(tmp_path):
    _doc(tmp_path)
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    r = fc("claims", ".", "--format", "json", cwd=tmp_path)
    assert r.returncode == 0
    cells = {c["text"]: c.get("cell") for c in json.loads(r.stdout)["claims"]}
    assert cells["19.0%"] == "table 1, row 2, column 2" and cells["24.1%"] is None
    assert [ln for ln in r.stderr.splitlines() if "broken.docx" in ln]
