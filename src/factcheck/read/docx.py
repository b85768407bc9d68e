"""Word (.docx, python-docx): paragraphs and tables in reading order.

- A paragraph is a line; positions are the paragraph's number (every paragraph counts, empty ones and those in
  table cells included, in reading order) and the column in it (`note.docx:14:5` is paragraph 14, character 5).
- An empty paragraph is a blank line; a heading style gives `# ` (the context stage reads headings), a list
  style `- `.
- A table row is a pipe row (`| Lenovo | 24.1% |`, a `| --- |` line under the first row), so the context stage
  gives each cell its row and column headers; a figure in a cell also carries the cell
  ("table 2, row 3, column 2"). Merged cells are read once.
"""
from __future__ import annotations

import io

from ..model import Skipped
from .origin import Builder, Origin


def read(data: bytes) -> tuple[str, Origin, None] | Skipped:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - a default dependency
        return Skipped("", f"cannot read Word files: {exc}", "unreadable")
    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as exc:  # a damaged archive or XML: python-docx raises many kinds
        return Skipped("", f"not a readable Word document ({type(exc).__name__}: {exc})", "unreadable")
    b = Builder()
    number = 0
    tables = 0
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            number += 1
            p = Paragraph(child, d)
            text = p.text
            if not text.strip():
                b.blank()
                continue
            style = (p.style.name if p.style is not None else "") or ""
            if style.lower().startswith(("heading", "title")):
                level = "".join(ch for ch in style if ch.isdigit())[:1] or "1"
                b.put("#" * int(level) + " ")
            elif style.lower().startswith("list"):
                b.put("- ")
            b.add(text, number, 0)
            b.end_line()
        elif tag == "tbl":
            tables += 1
            b.blank()
            number = _table(b, Table(child, d), tables, number)
            b.blank()
    text, origin = b.result()
    return text, origin, None


def _table(b: Builder, table, t: int, number: int) -> int:
    for r, row in enumerate(table.rows, start=1):
        seen = []
        b.put("| ")
        cells = 0
        for c, cell in enumerate(row.cells, start=1):
            if any(cell._tc is x for x in seen):
                continue  # a merged cell: read once
            seen.append(cell._tc)
            if cells:
                b.put(" | ")
            cells += 1
            first = True
            for p in cell.paragraphs:
                number += 1
                text = p.text
                if not text.strip():
                    continue
                if not first:
                    b.put(" ")
                b.add(text.replace("|", "/"), number, 0)
                b.at(cell=f"table {t}, row {r}, column {c}")
                first = False
        b.put(" |")
        b.end_line()
        if r == 1 and cells:
            b.put("|" + " --- |" * cells)
            b.end_line()
    return number
