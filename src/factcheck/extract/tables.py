"""Money columns and rows of pipe tables and tab-separated tables. A header cell that names a currency (`Revenue (US$ m)`, `营收（亿元）`)
makes the bare numbers below it money in that currency and scale, and a bracketed one, `(7.5)`, negative: the
accounting convention, which holds only in such a column (in prose, `(US$7.5 million)` is an aside). A row whose
first cell names the currency (`| 净利润（亿元） | (7.5) | 3.2 |`, `| Net loss (NT$ bn) | ...`) does the same for
its cells whose column names none: statements put the unit on either axis."""
from __future__ import annotations

import re
from dataclasses import replace

from ..knowledge import Knowledge
from .quantities import Quantity, ascii_lower

_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_ROW_UNIT = re.compile(r"[(（\[]([^()（）\[\]]{1,16})[)）\]]\s*$|[,，]\s*([^,，]{1,12})$")
_LATIN_TOKEN = re.compile(r"[A-Za-z]+|'000")


def _cells(row: str) -> list[str]:
    if "|" not in row and "\t" in row:
        return row.strip("\r\n").split("\t")  # a tab-separated row, as copied from a spreadsheet
    return row.strip().strip("|").split("|")


def _tab_row(text: str) -> bool:
    """A row of a tab-separated table: cells split by tabs, no pipes."""
    return "\t" in text and "|" not in text and bool(text.strip())


def money_column(cell: str, K: Knowledge) -> tuple[str, float] | None:
    """(currency code, scale) named by a header cell, or None."""
    low = ascii_lower(cell)
    for p in range(len(cell)):
        if p > 0 and low[p - 1].isascii() and low[p - 1].isalpha() and low[p].isascii() and low[p].isalpha():
            continue  # a Latin currency code starts a word
        f = K.prefix_units.match(cell, low, p) or K.suffix_units.match(cell, low, p)
        if f is None or f.kind != "money":
            continue
        scale = f.factor
        q = p
        while q > 0 and (cell[q - 1] in K.cn_big or cell[q - 1] in K.cn_small):
            q -= 1
            scale *= K.cn_big.get(cell[q]) or K.cn_small[cell[q]]  # 百万元, 亿元
        for tok in _LATIN_TOKEN.findall(cell):
            mult = K.suffix_scales.get(tok) or (K.letter_scales or {}).get(tok.lower()) or K.en_scales.get(tok.lower())
            if tok == "'000":
                mult = 1e3
            if mult and mult >= 1e3:
                scale *= mult
                break
        return f.unit, scale
    return None


class TableState:
    """Follows pipe tables line by line: the header row, then (after its separator) the money columns; and
    tab-separated tables, whose first row is the header."""

    def __init__(self) -> None:
        self.header: str | None = None
        self.columns: dict[int, tuple[str, float]] = {}

        self.body = False
        self.own_unit: set[int] = set()  # columns whose header names some unit (同比（%）): rows do not reach them

    def _read_header(self, K: Knowledge) -> None:
        self.columns, self.own_unit = {}, set()
        for i, cell in enumerate(_cells(self.header or "")):
            m = money_column(cell, K)
            if m is not None:
                self.columns[i] = m
            elif "%" in cell or _ROW_UNIT.search(cell):
                self.own_unit.add(i)

    def columns_for(self, text: str, K: Knowledge) -> dict[int, tuple[str, float]]:
        """Money cells of a body row (column index -> currency, scale): its money columns, and for a row whose
        first cell names a currency, every other column that names none."""
        s = text.strip()
        if _tab_row(text):
            # a tab-separated table has no separator row: its first row is the header, the next rows its body
            if self.header is None or "|" in self.header:
                self.header, self.body = text, False
                self._read_header(K)
                self.body = True
                return {}
        elif not s.startswith("|"):
            self.header, self.columns, self.body = None, {}, False
            return {}
        if _SEPARATOR.match(s):
            self._read_header(K)
            self.body = True
            return {}
        if not self.body:
            self.header = text
            return {}
        cells = _cells(text)
        label = _ROW_UNIT.search(cells[0]) if cells else None  # the unit of a row label is bracketed or after a comma
        row = money_column(label.group(1) or label.group(2), K) if label else None
        if row is None:
            return self.columns
        return {i: self.columns.get(i, row) for i in range(1, len(cells)) if i not in self.own_unit}


def apply_money_columns(qs: list[Quantity], text: str, columns: dict[int, tuple[str, float]]) -> list[Quantity]:
    """Bare numbers in money columns become money; `(7.5)` alone in its cell is negative."""
    out = []
    sep = "|" if "|" in text else "\t"
    first = text.index("|") if sep == "|" else 0
    for q in qs:
        col = text.count(sep, first, q.start) - (sep == "|")  # a tab row's first cell starts the line
        if (col in columns and q.kind == "count" and not q.has_unit and q.low is None
                and q.rejected in (None, "code", "list")):
            code, scale = columns[col]
            left = text.rfind(sep, 0, q.start) + 1
            right = text.find(sep, q.end)
            cell = text[left:right if right >= 0 else len(text)].strip()
            value = q.value * scale
            start, end = q.start, q.end
            if cell == "(" + text[q.start:q.end] + ")":
                value, start, end = -abs(value), text.index("(", left), text.index(")", q.end) + 1
            q = replace(q, kind="money", unit=code, value=value, has_unit=True, start=start, end=end, rejected=None)
        out.append(q)
    return out
