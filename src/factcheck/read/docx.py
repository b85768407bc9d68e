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
    except ImportError as exc:  # pragma: no cover - a default dependency
        return Skipped("", f"cannot read Word files: {exc}", "unreadable")
    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as exc:  # a damaged archive or XML: python-docx raises many kinds
        return Skipped("", f"not a readable Word document ({type(exc).__name__}: {exc})", "unreadable")
    names = {}  # style id -> name, read once (python-docx looks a style up by scanning all of them)
    for st in d.styles:
        try:
            names[st.style_id] = st.name or ""
        except (AttributeError, KeyError, ValueError):
            continue
    b = Builder()
    number = 0
    tables = 0
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            number += 1
            text = _text(child)
            if not text.strip():
                b.blank()
                continue
            style = names.get(child.style or "", "") if hasattr(child, "style") else ""
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


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PIECES = {_W + "t": None, _W + "tab": "\t", _W + "br": " ", _W + "cr": " ", _W + "noBreakHyphen": "-"}


def _text(p) -> str:
    """A paragraph's text as Word shows it (runs, hyperlinks, tabs), read from its XML in one pass
    (python-docx's own `Paragraph.text` runs an XPath query a run)."""
    out = []
    for el in p.iter(*_PIECES):
        piece = _PIECES[el.tag]
        out.append(el.text or "" if piece is None else piece)
    return "".join(out)


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
                text = _text(p._p)
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
