"""Layout: the structure the other facets read. Lines become *blocks* of text to reason over.

Forms it reads (each line below is one line of a file):

- Hard-wrapped prose: a line that stops mid-sentence and the lines that continue it form one paragraph,
  joined for matching only ("The company shipped" / "15.2 million units" reads as one sentence; positions
  stay those of the lines). A line that ends its sentence ends its paragraph (web text: a paragraph a line).
  Chinese lines are joined without a space, a line ending in "-" before a lower-case word without one.
- Headings: a Markdown "# …" line, or a short line without sentence punctuation above a longer one
  ("二、2025年展望", "Q1 2025 results"): a block of its own, and the heading of the blocks below it.
- List items ("- …", "• …", "1. …", "（1）…") start a block of their own.
- Tables: a Markdown pipe row ("| Lenovo | 24.1% |") or a row of cells separated by tabs or by two or more
  spaces. Each row is a block; a cell knows its row header (the first cell) and its column header (the cell
  above it in the table's first row): "| Vendor | Q1 2025 share |" / "| Lenovo | 24.1% |" gives 24.1% the
  subject Lenovo and the measure "Q1 2025 share".
- Flattened tables: a table whose rows lost their line breaks ("Company 3Q25 Shipments 3Q25 Market Share … 1.
  Lenovo 19.4 25.5% 16.5 23.8% 17.3% 2. HP Inc 15.0 …"): eight or more figures with fewer than 15
  characters a figure in Latin text. Its cells cannot be told apart, so its figures are not grouped.
- Stat cards: a line holding little more than a figure ("63.2M") followed by its label line ("units
  shipped worldwide in Q1"): the two lines read as one block.

Sentences inside a block end at 。！？!?；; and at ". " (not after an abbreviation such as "U.S." or "Inc.").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..normalize import NormLine

_SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?=\s+[^a-z\d\s]|\s*$|[\u3400-\u9fff])")
_ABBREV = re.compile(r"(?:\b(?:[A-Z]|Inc|Corp|Co|Ltd|Mr|Ms|Dr|St|vs|No|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
                     r"Nov|Dec|e\.g|i\.e|U\.S|U\.K|U\.N|etc|Fig|est)\.)$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·●▪■◆]\s|\d{1,2}[.、)）]\s*(?!\d)|[(（]\d{1,2}[)）]|[(（]?[一二三四五六七八九十]+[、)）])")
_HEADING_MD = re.compile(r"^\s*#{1,6}\s")
_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_CELL_SPLIT = re.compile(r"\t+|\s{2,}")
_TERMINAL = tuple("。！？!?；;.:：")
_PARAGRAPH_END = tuple("。！？!?；;.:：”」』\"")
_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "as", "with", "vs", "from"}
_CJK = re.compile(r"[\u3400-\u9fff]")
_FIGURE_ONLY = re.compile(r"^\s*[~≈约近超逾]?\s*[$€£¥]?\s*[\d.,]+\s*(?:%|[a-zA-Z]{0,3}|[万亿千百]+|[^\s\w]{0,2})\s*[+]?\s*$")


@dataclass(frozen=True)
class Piece:
    line: int  # 1-based line number
    start: int  # offset of the line's normalised text inside the block text
    length: int


@dataclass(frozen=True)
class Block:
    text: str  # normalised, lines joined for matching
    pieces: tuple[Piece, ...]
    kind: str  # prose, heading, item, row, card
    sentences: tuple[int, ...]  # sentence end offsets
    heading: int | None = None  # index of the block that heads this one
    cells: tuple[tuple[int, int], ...] = ()  # for a table row: (start, end) of each cell
    header: int | None = None  # for a table row: index of the table's header row block

    def offset(self, line: int, col: int) -> int:
        """Block offset of a normalised column of a line."""
        for p in self.pieces:
            if p.line == line:
                return p.start + min(col, p.length)
        return 0

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentences, pos)
        start = self.sentences[i - 1] if i else 0
        end = self.sentences[i] if i < len(self.sentences) else len(self.text)
        return start, end

    def cell(self, pos: int) -> int | None:
        for k, (s, e) in enumerate(self.cells):
            if s <= pos <= e:
                return k
        return None

    def cell_text(self, k: int) -> str:
        s, e = self.cells[k]
        return self.text[s:e].strip()


@dataclass(frozen=True)
class Layout:
    blocks: tuple[Block, ...]
    block_of_line: dict[int, int]  # line number -> block index


def sentence_ends(text: str) -> tuple[int, ...]:
    ends = []
    for m in _SENTENCE_END.finditer(text):
        if m.group() == "." and _ABBREV.search(text, max(0, m.start() - 6), m.end()):
            continue
        ends.append(m.end())
    return tuple(ends)


def _cells(text: str) -> list[tuple[int, int]] | None:
    """Cell spans of a table row, or None when the line is not one."""
    t = text.strip()
    if t.count("|") >= 2 and not _PIPE_SEP.match(t):
        out, pos = [], 0
        parts = text.split("|")
        for k, part in enumerate(parts):
            s = pos
            pos += len(part) + 1
            if (k == 0 or k == len(parts) - 1) and not part.strip():
                continue
            out.append((s, s + len(part)))
        return out if len(out) >= 2 else None
    if "\t" in t or re.search(r"\S\s{2,}\S", t):
        out, pos = [], 0
        for m in re.finditer(r"[^\t]+?(?=\t|\s{2,}|$)", text):
            if m.group().strip():
                out.append((m.start(), m.end()))
        if len(out) >= 2 and any(re.search(r"\d", text[s:e]) for s, e in out):
            return out
    return None


def _is_heading(t: str, nxt: str | None) -> bool:
    """A Markdown heading, or a line without closing punctuation above a line that does not continue it: a
    short line, a Title Case line, or a Chinese line no longer than the line below."""
    if _HEADING_MD.match(t):
        return True
    s = t.strip()
    if not s or nxt is None or not nxt.strip():
        return False
    if s.endswith(_TERMINAL + tuple(",，、-")) or _LIST_ITEM.match(s):
        return False
    after = nxt.strip()
    if _CJK.search(s[-1:]) or _CJK.search(after[:1]):
        return len(s) <= 50 and len(after) >= len(s)
    if after[0].islower() or after[0].isdigit():
        return False  # the sentence goes on
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", s) if w.lower() not in _SMALL]
    title = sum(w[0].isupper() for w in words) >= 0.8 * len(words) if words else False
    return (len(s) <= 40 and not s.endswith(",")) or (len(s) <= 120 and title)


def _join(a: str, b: str) -> str:
    """What goes between two wrapped lines: nothing between Chinese, nothing after a hyphenated word."""
    if not a or not b:
        return ""
    if _CJK.match(a[-1]) or _CJK.match(b[0]):
        return ""
    if a.endswith("-") and b[0].islower():
        return ""
    return " "


def build(lines: list[NormLine]) -> Layout:
    blocks: list[Block] = []
    of_line: dict[int, int] = {}
    heading: int | None = None
    header: int | None = None  # header row of the current table
    i = 0

    def add(group: list[NormLine], kind: str, cells=()):
        nonlocal heading
        text, pieces = "", []
        for k, nl in enumerate(group):
            if k:
                text += _join(text, nl.text)
            pieces.append(Piece(nl.number, len(text), len(nl.text)))
            text += nl.text
        idx = len(blocks)
        ends = sentence_ends(text) if kind != "row" else ()
        blocks.append(Block(text, tuple(pieces), kind, ends, heading, tuple(cells),
                            header if kind == "row" else None))
        for nl in group:
            of_line[nl.number] = idx
        if kind == "heading":
            heading = idx
        return idx

    seq = [nl for nl in lines if nl.text.strip()]  # lines with text (a list or the pipeline's LazyLines)
    n = len(seq)

    def follows(k: int) -> bool:
        """seq[k] comes right after seq[k - 1], with no blank line between."""
        return k > 0 and seq[k].number == seq[k - 1].number + 1

    while i < n:
        nl = seq[i]
        t = nl.text
        if not follows(i):
            header = None
        cells = _cells(t)
        if cells:
            idx = add([nl], "row", cells)
            if header is None:
                header = idx
            i += 1
            continue
        if _PIPE_SEP.match(t):
            i += 1
            continue
        header = None
        nxt = seq[i + 1].text if i + 1 < n and follows(i + 1) else None
        if _FIGURE_ONLY.match(t) and nxt and not _FIGURE_ONLY.match(nxt) and len(nxt.strip()) <= 60:
            add([nl, seq[i + 1]], "card")
            i += 2
            continue
        if _is_heading(t, nxt):
            add([nl], "heading")
            i += 1
            continue
        group = [nl]
        kind = "item" if _LIST_ITEM.match(t) else "prose"
        i += 1
        while i < n and follows(i):
            t2 = seq[i].text
            if _LIST_ITEM.match(t2) or _cells(t2) or _HEADING_MD.match(t2) or _PIPE_SEP.match(t2):
                break
            nxt2 = seq[i + 1].text if i + 1 < n and follows(i + 1) else None
            if _is_heading(t2, nxt2) or (_FIGURE_ONLY.match(t2) and nxt2):
                break
            if group[-1].text.rstrip().endswith(_PARAGRAPH_END):
                break  # a line that ends its sentence is a paragraph of its own (web text): not a wrap
            group.append(seq[i])
            i += 1
        add(group, kind)
    return Layout(tuple(blocks), of_line)


def flattened_table(text: str, figures: int) -> bool:
    """A table run into one line of (mostly Latin) text: figures packed closer than prose ever has them."""
    if figures < 8:
        return False
    latin = sum(c.isascii() for c in text)
    return latin >= 0.8 * len(text) and len(text) / figures < 15
