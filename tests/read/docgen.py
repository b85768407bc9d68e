"""Real documents for the reader tests and bench/formats.py: PDF (reportlab), DOCX (python-docx), written from
plain paragraphs. Kept small: a test PDF is one or two pages."""
from __future__ import annotations

from pathlib import Path

_FONTS_DONE = False


def _fonts() -> None:
    global _FONTS_DONE
    if not _FONTS_DONE:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # Simplified Chinese (Adobe-GB1)
        pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))  # Traditional Chinese (Adobe-CNS1)
        _FONTS_DONE = True


def _font_for(text: str) -> str:
    import re

    if not re.search(r"[\u3400-\u9fff]", text):
        return "Helvetica"
    from opencc import OpenCC

    simp = OpenCC("t2s").convert(text)
    return "MSung-Light" if simp != text else "STSong-Light"


def make_pdf(path: Path | str, paragraphs: list, *, header: str | None = None, footer: bool = False,
             columns: int = 1, table: list[list[str]] | None = None, font_size: float = 10,
             page_break_every: int | None = None, width_cm: float = 16) -> Path:
    """A PDF of `paragraphs` (each wrapped by reportlab as a typesetter would; None: a blank line's space; a
    list of rows: a table), with a running header and a page-number footer on every page when asked, a
    two-column layout, and a ruled table after the text."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle)
    from xml.sax.saxutils import escape

    _fonts()
    path = Path(path)
    pw, ph = A4
    margin = (pw - width_cm * cm) / 2

    def furniture(canvas, doc):
        canvas.saveState()
        if header:
            canvas.setFont(_font_for(header), 8)
            canvas.drawString(margin, ph - 1.2 * cm, header)
        if footer:
            canvas.setFont("Helvetica", 8)
            canvas.drawCentredString(pw / 2, 1.0 * cm, str(doc.page))
        canvas.restoreState()

    body_w = pw - 2 * margin
    gap = 0.8 * cm
    if columns == 2:
        fw = (body_w - gap) / 2
        frames = [Frame(margin, 2 * cm, fw, ph - 4 * cm, id="left"),
                  Frame(margin + fw + gap, 2 * cm, fw, ph - 4 * cm, id="right")]
    else:
        frames = [Frame(margin, 2 * cm, body_w, ph - 4 * cm, id="body")]
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate("p", frames, onPage=furniture)],
                          title="", author="", subject="", creator="factcheck tests")
    story = []

    def add_table(rows):
        font = _font_for("".join("".join(r) for r in rows))
        t = Table(rows, hAlign="LEFT")
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, font_size),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
        story.append(t)
        story.append(Spacer(1, font_size * 0.8))

    for i, p in enumerate(paragraphs):
        if p is None or (isinstance(p, str) and not p.strip()):
            story.append(Spacer(1, font_size * 1.5))
            continue
        if isinstance(p, list):
            add_table(p)
            continue
        font = _font_for(p)
        style = ParagraphStyle("p", fontName=font, fontSize=font_size, leading=font_size * 1.35, spaceAfter=font_size * 0.8,
                               wordWrap="CJK" if font != "Helvetica" else None)
        story.append(Paragraph(escape(p), style))
        if page_break_every and (i + 1) % page_break_every == 0 and i + 1 < len(paragraphs):
            story.append(PageBreak())
    if table:
        story.append(Spacer(1, 0.4 * cm))
        add_table(table)
    doc.build(story)
    return path


def make_image_pdf(path: Path | str) -> Path:
    """A 'scanned' page: a drawing and an image, no text layer at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFillGray(0.3)
    for i in range(12):
        c.rect(72, 700 - i * 40, 300 + (i % 4) * 30, 12, stroke=0, fill=1)  # the 'lines' of a scanned page
    c.showPage()
    c.save()
    return Path(path)


def make_docx(path: Path | str, paragraphs: list[str], table: list[list[str]] | None = None,
              table_after: int | None = None) -> Path:
    """A Word document: paragraphs, and a table after paragraph `table_after` (else at the end)."""
    import docx

    d = docx.Document()
    for i, p in enumerate(paragraphs):
        d.add_paragraph(p)
        if table and table_after is not None and i + 1 == table_after:
            _table(d, table)
    if table and table_after is None:
        _table(d, table)
    d.save(str(path))
    return Path(path)


def _table(d, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val


def blocks_of(text: str) -> list:
    """A plain-text document as blocks: paragraphs (one a line), None for a blank line, and runs of lines of
    three or more tab-separated cells as tables (lists of rows)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out: list = []
    for ln in lines:
        if ln.strip().count("\t") >= 2:  # three cells or more (a line "Contents ..... 4" is no table)
            row = ln.strip().split("\t")
            if out and isinstance(out[-1], list):
                width = len(out[-1][0])
                out[-1].append((row + [""] * width)[:width] if len(row) < width else row[:width])
                continue
            out.append([row])
        elif ln.strip():
            out.append(ln)
        else:
            out.append(None)
    return out


def html_of(blocks: list, title: str = "Report") -> str:
    """A saved page of `blocks` (see blocks_of): each run of paragraphs a section, tables as tables."""
    from html import escape

    parts, section = [], []

    def flush():
        if section:
            parts.append("<section>\n" + "\n".join(section) + "\n</section>")
            section.clear()

    for b in blocks:
        if b is None:
            flush()
        elif isinstance(b, list):
            flush()
            rows = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in b)
            parts.append(f"<table>\n{rows}\n</table>")
        else:
            section.append(f"<p>{escape(b)}</p>")
    flush()
    body = "\n".join(parts)
    return (f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{escape(title)}</title>"
            "<style>p { width: 100%; margin: 12px }</style><script>var n = 42;</script></head>\n"
            f"<body><nav><a href='/'>Home</a> <a href='/top-10'>Top 10</a></nav>\n<main>\n{body}\n</main>\n"
            "<footer>Page 3 of 12</footer></body></html>\n")


def make_lines_pdf(path: Path | str, pages: list[list[str | None]], *, header: str | None = None,
                   footer: bool = True, size: float = 10) -> Path:
    """A PDF set line by line, as a typesetter sets justified text: every line of a paragraph but its last
    stretched to the measure (the widest line); None ends a paragraph (extra space). For tests that need a
    figure or a word broken at a known place."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    _fonts()
    pw, ph = A4
    measure = max(stringWidth(ln, _font_for(ln), size) for pg in pages for ln in pg if ln) + 2
    c = canvas.Canvas(str(path), pagesize=A4)
    for no, lines in enumerate(pages, start=1):
        if header:
            c.setFont(_font_for(header), 8)
            c.drawString(72, ph - 40, header)
        y = ph - 90
        for k, ln in enumerate(lines):
            if ln is None:
                y -= size * 0.9
                continue
            font = _font_for(ln)
            last = k + 1 == len(lines) or lines[k + 1] is None
            t = c.beginText(72, y)
            t.setFont(font, size)
            gaps = ln.count(" ")
            if not last and gaps and font == "Helvetica":
                t.setWordSpace((measure - stringWidth(ln, font, size)) / gaps)
            t.textLine(ln)
            c.drawText(t)
            y -= size * 1.3
        if footer:
            c.setFont("Helvetica", 8)
            c.drawCentredString(pw / 2, 30, str(no))
        c.showPage()
    c.save()
    return Path(path)
