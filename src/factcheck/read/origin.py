"""The map from the text a reader hands on (lines for matching) back to where a person finds each character
in the file as written: source line and column (Markdown, HTML), page and line (PDF), paragraph and table cell
(Word). Plain text needs none: its lines are the file's.

A reader builds its lines with `Builder`: `add(text, line, col)` copies characters that stand at `line`, `col`
of the original; `put(text)` adds characters of its own (a space joining two wrapped PDF lines, the `|` between
two cells) that map to the nearest original character.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class LineMap:
    """One line of the reader's text: runs (column in this line, source line, source column, length), and the
    page (PDF) and table cell (Word) of each run (a paragraph of a PDF may go on over the next page)."""

    runs: tuple[tuple[int, int, int, int], ...]
    pages: tuple[int | None, ...] = ()  # parallel to runs, or empty
    cells: tuple[str | None, ...] = ()  # parallel to runs, or empty

    def page(self, k: int) -> int | None:
        return self.pages[k] if k < len(self.pages) else None

    def cell(self, k: int) -> str | None:
        return self.cells[k] if k < len(self.cells) else None


@dataclass(frozen=True)
class Origin:
    lines: tuple[LineMap, ...]  # one per line of Document.text

    def locate(self, line: int, col: int, end: bool = False) -> tuple[int, int, int | None, str | None]:
        """(source line, source column, page, cell) of a 0-based column of a 1-based line of the reader's
        text. With `end`, `col` is one past a span and so is the answer."""
        if not 1 <= line <= len(self.lines):
            return line, col, None, None
        lm = self.lines[line - 1]
        if not lm.runs:
            return line, col, None, None
        starts = [r[0] for r in lm.runs]
        at = col - 1 if end else col
        k = max(0, bisect.bisect_right(starts, at) - 1)
        c0, sl, sc, n = lm.runs[k]
        if at < c0:  # before the first copied character: the first one
            return sl, sc, lm.page(k), lm.cell(k)
        if at < c0 + n:
            return sl, sc + (at - c0) + (1 if end else 0), lm.page(k), lm.cell(k)
        if end or k + 1 == len(lm.runs):  # inside characters of the reader's own after run k: its end
            return sl, sc + n, lm.page(k), lm.cell(k)
        _, sl, sc, _ = lm.runs[k + 1]
        return sl, sc, lm.page(k + 1), lm.cell(k + 1)

    def place(self, claim):
        """The claim with its span in the original file (line, column 1-based; end column one past)."""
        sl, sc, page, cell = self.locate(claim.line, claim.column - 1)
        el, ec, _, _ = self.locate(claim.end_line, claim.end_column - 1, end=True)  # 0-based, one past the end
        if (el, ec) < (sl, sc + 1):
            el, ec = sl, sc + 1
        return replace(claim, line=sl, column=sc + 1, end_line=el, end_column=ec + 1, page=page, cell=cell)


class Builder:
    """Lines of text with their map, built left to right."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.maps: list[LineMap] = []
        self._parts: list[str] = []
        self._runs: list[tuple[int, int, int, int]] = []
        self._col = 0
        self._pages: list[int | None] = []
        self._cells: list[str | None] = []

    def add(self, text: str, line: int, col: int, page: int | None = None) -> None:
        """Characters of the original standing at `line`, `col` (0-based) of `page`, with no line break among
        them."""
        if not text:
            return
        if self._runs and self._runs[-1][0] + self._runs[-1][3] == self._col and self._runs[-1][1] == line \
                and self._runs[-1][2] + self._runs[-1][3] == col and self._pages[-1] == page:
            c0, sl, sc, n = self._runs[-1]
            self._runs[-1] = (c0, sl, sc, n + len(text))
        else:
            self._runs.append((self._col, line, col, len(text)))
            self._pages.append(page)
            self._cells.append(None)
        self._parts.append(text)
        self._col += len(text)

    def put(self, text: str) -> None:
        """Characters of the reader's own (joining space, cell separator, heading mark)."""
        self._parts.append(text)
        self._col += len(text)

    def at(self, cell: str | None = None) -> None:
        """The table cell of the runs added since the last cell was set."""
        if cell is not None:
            for k in range(len(self._cells) - 1, -1, -1):
                if self._cells[k] is not None:
                    break
                self._cells[k] = cell

    @property
    def pending(self) -> str:
        return "".join(self._parts)

    def has_text(self) -> bool:
        """The current line holds characters of the original."""
        return bool(self._runs)

    def end_line(self, keep_empty: bool = False) -> None:
        """Close the current line (an empty one only with `keep_empty`)."""
        text = "".join(self._parts)
        if text.strip() or keep_empty:
            self.texts.append(text if text.strip() else "")
            cells = tuple(self._cells) if any(c is not None for c in self._cells) else ()
            pages = tuple(self._pages) if any(p is not None for p in self._pages) else ()
            self.maps.append(LineMap(tuple(self._runs), pages, cells) if text.strip() else LineMap(()))
        self._parts, self._runs, self._col, self._pages, self._cells = [], [], 0, [], []

    def blank(self) -> None:
        """A blank line (paragraph group break), never two in a row, never first."""
        self.end_line()
        if self.texts and self.texts[-1] != "":
            self.texts.append("")
            self.maps.append(LineMap(()))

    def result(self) -> tuple[str, Origin]:
        self.end_line()
        while self.texts and self.texts[-1] == "":
            self.texts.pop()
            self.maps.pop()
        return "\n".join(self.texts) + ("\n" if self.texts else ""), Origin(tuple(self.maps))
