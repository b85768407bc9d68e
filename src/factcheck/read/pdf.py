"""PDF (pypdfium2: PDFium, the PDF engine of Chrome; chosen by measuring, see bench/pdf_libraries.py): the text
layer, page by page, as a person reads it.

- Positions are page, line on the page, column (`report.pdf:p12:34:5`). Lines are numbered top to bottom as
  the page shows them: running header first, the body in reading order, the footer last.
- Hard wraps are joined for matching: a line that runs to the right margin, with the next one close below it
  in the same column, continues into it (across a page break too, when the sentence is not over), so a figure
  wrapped between two lines (`15.2` / `million units`) is one figure; a word hyphenated at the end of a line
  (`ship-` / `ments`) is one word. Chinese lines join without a space.
- Table rows (cells far apart on one line) stay one line each, their cells apart by a tab, which the context
  stage reads as columns; a large vertical gap (a section break) is a blank line.
- Running headers and footers repeated on most pages, and page numbers, are page furniture, never claims.
- A PDF without a text layer (a scan) gives one "no text layer" warning and no claims; a damaged or
  password-protected one, one warning naming the problem.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ..model import Skipped
from .origin import Builder, Origin

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(]?\s*(\d{1,4})\s*[-–—)]?(?:\s*(?:/|of|von|de)\s*\d{1,4})?$|"
                          r"^第\s*(\d{1,4})\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?$|^(\d{1,4})\s*/\s*\d{1,4}$", re.I)
_TERMINAL = tuple("。！？!?；;.:：”」』)）")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_HYPHENS = ("-", "\u00ad", "\x02", "\u2010", "\ufffe")  # PDFium writes a soft hyphen as \x02 or \ufffe


@dataclass
class _Line:
    page: int  # 1-based
    chars: str  # the line as PDFium gives it
    boxes: list  # (left, bottom, right, top) a character
    left: float = 0.0
    right: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    base: float = 0.0
    height: float = 0.0
    cells: tuple[tuple[int, int], ...] = ()  # (start, end) of each cell when the line is a table row
    size: float = 0.0  # font size of its first character (points)
    number: int = 0  # line on the page, top to bottom
    furniture: bool = False

    def measure(self) -> None:
        ink = [b for ch, b in zip(self.chars, self.boxes) if not ch.isspace() and b[3] > b[1]]
        if not ink:
            return
        self.left = min(b[0] for b in ink)
        self.right = max(b[2] for b in ink)
        self.top = max(b[3] for b in ink)
        self.bottom = min(b[1] for b in ink)
        self.height = self.top - self.bottom
        self.base = statistics.median(b[1] for b in ink)  # most characters sit on the baseline

    def find_cells(self, em: float) -> None:
        """Candidate cells: runs of characters with gaps wider than an em between them (a word space is a
        quarter of one). Confirmed by `_confirm_cells` against the lines around."""
        spans, start, end, last_right = [], None, 0, 0.0
        gap = 1.0 * max(self.size or em, 1.0)
        for k, (ch, b) in enumerate(zip(self.chars, self.boxes)):
            if ch.isspace() or b[3] <= b[1]:
                continue
            if start is None:
                start = k
            elif b[0] - last_right > gap:
                spans.append((start, end))
                start = k
            end, last_right = k + 1, b[2]
        if start is not None:
            spans.append((start, end))
        self.cells = tuple(spans) if len(spans) >= 2 else ()

    def edges(self) -> set[float]:
        """Where its cells start and end, but the line's own ends (the margins every line shares)."""
        out = set()
        for k, (s, e) in enumerate(self.cells):
            if k:
                out.add(round(self.boxes[s][0] / 2))
            if k < len(self.cells) - 1:
                out.add(-round(self.boxes[e - 1][2] / 2))
        return out


def _confirm_cells(lines: list[_Line]) -> None:
    """A table row is a line of cells whose cell edges line up with those of a line next to it (columns);
    a wide gap in one line of prose (after a closing quote, around a footnote mark) makes no table."""
    body = [x for x in lines if not x.furniture]
    keep = []
    for k, ln in enumerate(body):
        if not ln.cells:
            keep.append(False)
            continue
        mine = ln.edges()
        near = [body[j] for j in (k - 1, k + 1) if 0 <= j < len(body) and body[j].cells]
        keep.append(any(mine & other.edges() for other in near))
    for ln, ok in zip(body, keep):
        if not ok:
            ln.cells = ()


def _open(data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data), None
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            return None, "password-protected PDF: cannot read its text"
        return None, f"not a readable PDF ({msg.rstrip('.')})"


def _page_lines(pdf, index: int) -> tuple[list[_Line], float]:
    page = pdf[index]
    try:
        height = page.get_size()[1]
        tp = page.get_textpage()
        try:
            n = tp.count_chars()
            text = tp.get_text_range(0, n) if n else ""
            import ctypes

            import pypdfium2.raw as pdfium_c

            left, right, bottom, top = (ctypes.c_double() for _ in range(4))
            refs = tuple(ctypes.byref(x) for x in (left, right, bottom, top))
            get_box, raw = pdfium_c.FPDFText_GetCharBox, tp.raw
            boxes = []
            blank = (0.0, 0.0, 0.0, 0.0)  # white space: its box is never looked at
            for k, ch in enumerate(text):
                if ch.isspace():
                    boxes.append(blank)
                    continue
                get_box(raw, k, *refs)
                boxes.append((left.value, bottom.value, right.value, top.value))

            sizes = {}  # font size of the first character of each line
            for m in re.finditer(r"(?:^|\n)[ \t\r]*(\S)", text):
                sizes[m.start(1)] = pdfium_c.FPDFText_GetFontSize(tp.raw, m.start(1))
        finally:
            tp.close()
    finally:
        page.close()
    lines, start = [], 0
    for m in re.finditer(r"\r\n|\r|\n", text + "\n"):
        for s, e in _visual_lines(text, boxes, start, m.start()):
            chars = text[s:e]
            if chars.strip():
                ln = _Line(index + 1, chars, boxes[s:e])
                ln.measure()
                first = s + len(chars) - len(chars.lstrip())
                ln.size = sizes.get(first, 0.0) or ln.height
                if ln.height:
                    lines.append(ln)
        start = m.end()
    return lines, height


def _visual_lines(text: str, boxes: list, start: int, end: int) -> list[tuple[int, int]]:
    """PDFium joins a line ending in a soft hyphen to the next one: split where the text goes down and back to
    the left (a new line as the page shows it)."""
    out, s, prev = [], start, None
    for k in range(start, end):
        if text[k].isspace():
            continue
        b = boxes[k]
        if b[3] <= b[1]:
            continue
        if prev is not None and b[3] < prev[1] and b[0] < prev[0]:
            out.append((s, k))
            s = k
        prev = b
    out.append((s, end))
    return out


def _furniture(pages: list[list[_Line]], heights: list[float]) -> None:
    """Mark running headers, footers and page numbers: lines in the top or bottom band of a page repeated
    (digits aside) on most pages, and lone page numbers."""
    from collections import Counter

    def band(ln: _Line, h: float, lines: list[_Line]) -> bool:
        top = max(x.top for x in lines)
        bottom = min(x.bottom for x in lines)
        return ln.top >= top - 0.5 * ln.height or ln.bottom <= bottom + 0.5 * ln.height or \
            ln.bottom > 0.9 * h or ln.top < 0.1 * h

    def key(ln: _Line) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", " ", ln.chars.strip()))

    seen: Counter = Counter()
    for lines, h in zip(pages, heights):
        seen.update({key(ln) for ln in lines if band(ln, h, lines)})
    need = max(2, int(0.6 * len(pages) + 0.999))
    for no, (lines, h) in enumerate(zip(pages, heights), start=1):
        for ln in lines:
            if not band(ln, h, lines):
                continue
            m = _PAGE_NUMBER.match(ln.chars.strip())
            if m and int(next(g for g in m.groups() if g)) in (no, no - 1, no + 1) or \
                    m and len(pages) == 1 or (len(pages) >= 2 and seen[key(ln)] >= need):
                ln.furniture = True


def _number(lines: list[_Line]) -> None:
    """Lines on a page, top to bottom as a person counts them: the header band, the body in reading order,
    the footer band."""
    if not lines:
        return
    mid = (max(x.top for x in lines) + min(x.bottom for x in lines)) / 2
    head = sorted((x for x in lines if x.furniture and x.bottom >= mid), key=lambda x: -x.top)
    foot = sorted((x for x in lines if x.furniture and x.bottom < mid), key=lambda x: -x.top)
    body = [x for x in lines if not x.furniture]
    for k, ln in enumerate(head + body + foot, start=1):
        ln.number = k


def _column_right(ln: _Line, lines: list[_Line]) -> float:
    """Where the lines of `ln`'s column end: the 90th percentile of their right edges (a Chinese line may hang
    its closing punctuation past the margin)."""
    same = sorted(x.right for x in lines if not x.furniture and not x.cells and abs(x.left - ln.left) <= 4 * ln.height)
    if not same:
        return ln.right
    return same[min(len(same) - 1, int(0.9 * len(same)))]


def _first_word_width(ln: _Line) -> float:
    """How wide the line's first word is (its first character for Chinese)."""
    start = end = None
    for ch, b in zip(ln.chars, ln.boxes):
        if ch.isspace():
            if start is not None:
                break
            continue
        if start is None:
            start = b[0]
        end = b[2]
        if _CJK.match(ch):
            break
    return (end - start) if start is not None else 0.0


def _leading(pages: list[list[_Line]], typical: float) -> float:
    """The distance from one line of a paragraph to the next: the short end of the distances between
    consecutive lines (paragraph spacing makes the long end)."""
    pitches = sorted(a.base - b.base for lines in pages
                     for a, b in zip([x for x in lines if not x.furniture], [x for x in lines if not x.furniture][1:])
                     if 0 < a.base - b.base <= 4 * typical)
    sizes = sorted(x.size for lines in pages for x in lines if not x.furniture)
    size = sizes[len(sizes) // 2] if sizes else typical
    # one-line paragraphs make the short end the paragraph distance: a line distance is at most 1.5 sizes
    return min(pitches[len(pitches) // 4], 1.45 * size) if pitches else 1.4 * size


def _continues(prev: _Line, cur: _Line, prev_page: list[_Line], typical: float, leading: float) -> bool:
    """`cur` continues the paragraph of `prev` (a hard wrap): the first word of `cur` would not have fitted at
    the end of `prev`, and `cur` is close below it in the same column (or tops the next page)."""
    if prev.cells or cur.cells:
        return False
    room = _column_right(prev, prev_page) - prev.right
    if room > _first_word_width(cur) + 0.6 * max(prev.height, typical):
        return False  # the word would have fitted: the line ended by choice
    if cur.page != prev.page:
        return not prev.chars.rstrip().endswith(_TERMINAL)
    pitch = prev.base - cur.base
    if not 0 < pitch <= 1.25 * leading:
        return False
    return abs(cur.left - prev.left) <= 4 * max(prev.height, typical)


def _joint(b: Builder, prev: _Line, cur: _Line) -> bool:
    """Join `cur` to `prev`: a hyphen at a line end before a lower-case word goes (True: drop prev's last
    character), Chinese joins without a space, other text with one."""
    a, z = prev.chars.rstrip(), cur.chars.lstrip()
    if a and z and a[-1] in _HYPHENS and len(a) > 1 and a[-2].isalpha():
        if z[0].islower():
            return True
        if a[-1] != "-":
            b.put("-")
        return False
    if a and z and not (_CJK.match(a[-1]) or _CJK.match(z[0])):
        b.put(" ")
    return False


def read(data: bytes) -> tuple[str, Origin, None] | Skipped:
    pdf, problem = _open(data)
    if pdf is None:
        return Skipped("", problem, "unreadable")
    try:
        pages, heights = [], []
        for i in range(len(pdf)):
            lines, h = _page_lines(pdf, i)
            pages.append(lines)
            heights.append(h)
    except Exception as exc:  # PDFium reports damage as it meets it
        return Skipped("", f"not a readable PDF ({exc})", "unreadable")
    finally:
        pdf.close()
    if not any(pages):
        n = len(pages)
        return Skipped("", f"no text layer ({n} page{'s' if n != 1 else ''} of images: a scan?); nothing read",
                       "no_text")
    _furniture(pages, heights)
    for lines in pages:
        _number(lines)
    body_heights = [ln.height for lines in pages for ln in lines if not ln.furniture]
    typical = statistics.median(body_heights) if body_heights else 10.0
    for lines in pages:
        for ln in lines:
            ln.find_cells(typical)
        _confirm_cells(lines)
    leading = _leading(pages, typical)
    b = Builder()
    prev: _Line | None = None
    prev_page: list[_Line] = []
    for lines in pages:
        for ln in lines:
            if ln.furniture:
                continue
            drop_last = False
            if prev is not None and _continues(prev, ln, prev_page, typical, leading):
                drop_last = _joint(b, prev, ln)
            else:
                if prev is not None:
                    if prev.page != ln.page or prev.base - ln.base > 2.2 * leading:  # a page, an empty line's space
                        b.blank()
                    else:
                        b.end_line()
                drop_last = False
            _emit(b, ln, drop_last)
            prev, prev_page = ln, lines
    text, origin = b.result()
    return text, origin, None


def _emit(b: Builder, ln: _Line, drop_hyphen: bool) -> None:
    """One PDF line into the builder: its cells apart by tabs, its last hyphen dropped when joined."""
    chars = ln.chars.rstrip()
    if drop_hyphen:
        parts = b._parts
        # the previous line's hyphen was already added: take it back off the builder
        last = parts[-1] if parts else ""
        if last and last[-1] in _HYPHENS:
            b._parts[-1] = last[:-1]
            b._col -= 1
            c0, sl, sc, n = b._runs[-1]
            b._runs[-1] = (c0, sl, sc, n - 1)
    start = len(chars) - len(chars.lstrip())
    if ln.cells:
        for k, (s, e) in enumerate(ln.cells):
            if k:
                b.put("\t")
            b.add(chars[s:e], ln.number, s, ln.page)
        return
    b.add(chars[start:], ln.number, start, ln.page)
