"""HTML: the visible text of a page's main content, one block element a line.

- Only the main content when the page marks it (`<main>`, `<article>`, `role="main"`); never script, style,
  template, svg, navigation, header and footer bars, asides, forms, code (`nav`, `footer`, `aside`, …).
- Block elements (p, div, li, h1–h6, td …) end a line; inline markup (`<strong>70</strong>%`, links, spans)
  goes without breaking a figure; entities are decoded (`&nbsp;`, `&#37;`); white space collapses as a browser
  collapses it.
- Structure in the forms the context stage reads: headings as `# Title`, list items as `- item`, table rows as
  pipe rows (`| Lenovo | 24.1% |`, with a `| --- |` line under the first row), sections apart by a blank line.
- Positions are the line and column of each character in the HTML source (the stdlib tokenizer, the one HTML
  parser that reports where each piece of text stands; lxml gives an element's line only, selectolax none).
- `<meta property="article:published_time">`, `<meta name="date">` or the first `<time datetime>` date it.
"""
from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser

from .origin import Builder, Origin

SKIP = frozenset({"script", "style", "template", "svg", "math", "noscript", "nav", "footer", "aside", "form",
                  "button", "select", "textarea", "iframe", "object", "canvas", "head", "pre", "code", "menu",
                  "dialog"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                  "wbr"})
BLOCK = frozenset({"p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "caption",
                   "figcaption", "address", "br", "summary", "details", "center", "legend", "fieldset", "label"})
SECTION = frozenset({"section", "article", "main", "table", "ul", "ol", "dl", "blockquote", "header", "figure",
                     "hr", "body", "hgroup"})
_MAIN = re.compile(r"<(?:main|article)\b|role\s*=\s*[\"']?main", re.I)
_DATE_META = {"article:published_time", "date", "pubdate", "publishdate", "dc.date", "dcterms.date",
              "og:published_time", "datepublished"}
_WORD = re.compile(r"\S+")


class _Reader(HTMLParser):
    def __init__(self, main_only: bool):
        super().__init__(convert_charrefs=False)
        self.b = Builder()
        self.main_only = main_only
        self.main_depth = 0
        self.skip_depth = 0
        self.header_outside = 0  # <header> bars outside the main content
        self.space = False  # a collapsed white space waiting for the next character
        self.row: list[int] | None = None  # cells seen in the current table row
        self.rows_in_table: list[int] = []  # rows seen, per open table
        self.date: str | None = None

    # ------------------------------------------------------------------ text
    def _visible(self) -> bool:
        return not self.skip_depth and not self.header_outside and (not self.main_only or self.main_depth > 0)

    def _text(self, data: str, line: int, col: int) -> None:
        """Characters of the source at (line, col), white space collapsed."""
        for i, piece in enumerate(data.split("\n")):
            base = col if i == 0 else 0
            if i and self.b.has_text():
                self.space = True
            for m in _WORD.finditer(piece):
                if m.start() and self.b.has_text():
                    self.space = True
                if self.space:
                    self.b.put(" ")
                    self.space = False
                self.b.add(m.group(), line + i, base + m.start())
            if piece and piece[-1].isspace() and self.b.has_text():
                self.space = True

    def _break(self) -> None:
        self.space = False
        self.b.end_line()

    def _blank(self) -> None:
        self.space = False
        self.b.blank()

    # ------------------------------------------------------------------ tags
    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            a = dict(attrs)
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _DATE_META and a.get("content") and self.date is None:
                m = re.match(r"(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?", a["content"].strip())
                self.date = m.group() if m else None
        if tag == "time" and self.date is None and self._visible():
            m = re.match(r"(?:19|20)\d{2}-\d{2}-\d{2}", (dict(attrs).get("datetime") or "").strip())
            self.date = m.group() if m else None
        if tag in SKIP:
            if tag not in VOID:
                self.skip_depth += 1
            return
        if tag in ("main", "article") or dict(attrs).get("role") == "main":
            self.main_depth += 1
        if tag == "header" and self.main_depth == 0:
            self.header_outside += 1
            return
        if not self._visible():
            return
        if tag in SECTION:
            self._blank()
        elif tag in BLOCK:
            self._break()
        if re.fullmatch(r"h[1-6]", tag):
            self.b.put("#" * int(tag[1]) + " ")
        elif tag == "li":
            self.b.put("- ")
        elif tag == "table":
            self.rows_in_table.append(0)
        elif tag == "tr":
            self.row = []
            self.b.put("| ")
        elif tag in ("td", "th"):
            if self.row is None:  # a cell without its row
                self.row = []
                self.b.put("| ")
            if self.row:
                self.space = False
                self.b.put(" | ")
            self.row.append(1)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in SKIP:
            if self.skip_depth:
                self.skip_depth -= 1
            return
        if tag == "header" and self.header_outside:
            self.header_outside -= 1
            return
        visible = self._visible()
        if tag in ("main", "article") and self.main_depth:
            self.main_depth -= 1
        if not visible:
            return
        if tag == "tr" or (tag == "table" and self.row is not None):
            self._end_row()
        if tag == "table" and self.rows_in_table:
            self.rows_in_table.pop()
        if tag in SECTION:
            self._blank()
        elif tag in BLOCK:
            self._break()

    def _end_row(self) -> None:
        cells = len(self.row or ())
        self.space = False
        self.b.put(" |")
        self._break()
        self.row = None
        if self.rows_in_table:
            self.rows_in_table[-1] += 1
            if self.rows_in_table[-1] == 1 and cells:  # under the first row: the header separator
                self.b.put("|" + " --- |" * cells)
                self.b.end_line()

    def handle_data(self, data):
        if self._visible():
            line, col = self.getpos()
            self._text(data, line, col)

    def _ref(self, raw: str) -> None:
        if self._visible():
            line, col = self.getpos()
            ch = _html.unescape(raw)
            if ch.isspace() and ch != "\u00a0":
                self._text(ch, line, col)
            elif ch:
                if self.space:
                    self.b.put(" ")
                    self.space = False
                self.b.add(ch, line, col)

    def handle_entityref(self, name):
        self._ref(f"&{name};")

    def handle_charref(self, name):
        self._ref(f"&#{name};")


def read(text: str) -> tuple[str, Origin, str | None]:
    r = _Reader(bool(_MAIN.search(text)))
    r.feed(text)
    r.close()
    out, origin = r.b.result()
    return out, origin, r.date
