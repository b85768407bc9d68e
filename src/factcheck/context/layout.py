"""Layout: the structure the other facets read. Lines become *blocks* of text to reason over.

Forms it reads (each line below is one line of a file):

- Hard-wrapped prose: a line that stops mid-sentence and the lines that continue it form one paragraph,
  joined for matching only ("The company shipped" / "15.2 million units" reads as one sentence; positions
  stay those of the lines). A line that ends its sentence ends its paragraph (web text: a paragraph a line).
  Chinese lines are joined without a space, a line ending in "-" before a lower-case word without one.
- Headings: a Markdown "# …" line, or a short line without sentence punctuation above a longer one
  ("二、2025年展望", "Q1 2025 results"): a block of its own, and the heading of the blocks below it.
- List items ("- …", "• …", "1. …", "（1）…") start a block of their own; a paragraph ending in a colon right above
  them leads them in ("公布2023年中国电影行业重要指标：" / "1.全年电影票房为549.15亿元": the items' parent).
- Tables: a Markdown pipe row ("| Lenovo | 24.1% |") or a row of cells separated by tabs or by two or more
  spaces. Each row is a block; a cell knows its row header (the first cell) and its column header (the cell
  above it in the table's first row): "| Vendor | Q1 2025 share |" / "| Lenovo | 24.1% |" gives 24.1% the
  subject Lenovo and the measure "Q1 2025 share".
- Flattened tables: a table whose rows lost their line breaks ("Company 3Q25 Shipments 3Q25 Market Share … 1.
  Lenovo 19.4 25.5% 16.5 23.8% 17.3% 2. HP Inc 15.0 …"): eight or more figures with fewer than 15
  characters a figure in Latin text. Its cells cannot be told apart, so its figures are not grouped.
- Tables copied out one cell a line (an HTML table as page text keeps it: "|Region" / "|2023" / "|YoY %" /
  "|China" / "|$36.60" / "|29%" / …, with or without the bars, blank lines between or not): a header of short
  labels (years allowed) and two or more rows of a label and figures, every row as wide as the header. Each
  row's lines read as one table row and the header's as its header row; a bracketed unit on a line of its own
  ("总产量" / "(万吨)") belongs to the label above it.
- Stat cards: a line holding little more than a figure ("63.2M") followed by its label line ("units
  shipped worldwide in Q1"): the two lines read as one block.

Sentences inside a block end at 。！？!?；; and at ". " (not after an abbreviation such as "U.S." or "Inc."), and
at a full stop that lost its space in scraped text ("in the first quarter.According to TrendForce").
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..normalize import NormLine
from ..quickinit import quick_init

# a full stop ends a sentence with the quote or bracket it closes: 'improved air capacity." It also reported'
# (each branch opens with its character, so that the scan skips the characters that end nothing)
_SENTENCE_END = re.compile(r"。|！|？|!|\?|；|;|\.(?:[\"”’)]*(?=\s+[^a-z\d\s]|\s*$|[\u3400-\u9fff])"
                           r"|(?<=[a-z\d%]{2}\.)(?=[A-Z][A-Za-z])(?![A-Z]{1,2}[)）,，]))")  # (not "(000858.SZ)")
# a sentence glued to the word before it, where a page ran a caption or a link into its text ("Beijing Forbidden City
# Emperor ThroneThe Forbidden City (紫禁城) is …", "west-lakeIts water surface encompasses 5.8 square kilometres"): the
# capitalised word that opens a sentence starts one (not "iPhone", "eBay", "McDonald": no opening word glued)
GLUED_OPENERS = "The|Its|This|These|Those|Their|According"  # (not It, In, At, On: "LinkedIn", "CheckIn", "AddOn")
GLUED_OPENING = re.compile(rf"(?<=[a-z]{{2}})(?:{GLUED_OPENERS})(?=\s)")  # (names splits a capitalised run there)
_ABBREV = re.compile(r"(?:\b(?:[A-Z]|Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|Prof|St|Mt|Mts|Ft|vs|No|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
                     r"Nov|Dec|e\.g|i\.e|U\.S|U\.K|U\.N|etc|Fig|est)\.)$")
_MEGATONNES = re.compile(r"\d\s*Mts?\.$")
_LITERALLY = re.compile(r"\blit\.\s*['\"‘“]")  # a gloss: "(pinyin: Huáng Guǒshù Pùbù; lit. 'Yellow-Fruit Tree')"
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·●▪■◆]\s|\d{1,2}[.、)）]\s*(?!\d)|[(（]\d{1,2}[)）]|[(（]?[一二三四五六七八九十]+[、)）])")
_HEADING_MD = re.compile(r"^\s*#{1,6}\s")
_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_CELL_SPLIT = re.compile(r"\t+|\s{2,}")
TERMINAL = _TERMINAL = tuple("。！？!?；;.:：")
_PARAGRAPH_END = tuple("。！？!?；;.:：”」』\"")
_CLAUSE_GOES_ON = tuple(",，、")  # a line ending so goes on in the next
_GOES_ON = tuple(",，、；;。)）")  # a line opening so goes on from the one before
_WRAPPED_END = tuple("；;。")  # (a table's row ends with none of them; a comma may close each row of one)
_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "as", "with", "vs", "from"}
_CJK = re.compile(r"[\u3400-\u9fff]")
# a line that is a date alone ("April 22, 2025", "22 Apr 2025 10:30", "2025-04-22", "2025年4月22日"): a page's
# date, a paragraph of its own, never the start of the sentence below it ("April 22, 2025" / "2024 was a record …")
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
        r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_LINE = re.compile(r"\s*(?:(?:[a-z]+day,?\s+)?(?:" + _MON + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\d{1,2}\s+" + _MON +
                        r",?\s+)\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號])"
                        r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*", re.I)
_FIGURE_ONLY = re.compile(r"^\s*[~≈约近超逾]?\s*[$€£¥]?\s*[\d.,]+\s*(?:%|[a-zA-Z]{0,3}|[万亿千百]{0,2}[\u4e00-\u9fff]?|[^\s\w]{0,2})"
                          r"\s*[+]?\s*$")  # "63.2M", "75%", "3.04亿部", "7590万台"
_DIGIT = re.compile(r"\d")


@quick_init
@dataclass(frozen=True)
class Piece:
    line: int  # 1-based line number
    start: int  # offset of the line's normalised text inside the block text
    length: int


@quick_init
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


# a bracket that opens with a label of what follows: "(Chinese: 黄果树瀑布", "(simplified Chinese:", "（英语：", "(pinyin:"
_GLOSS_OPENS = re.compile(r"[(（]\s*(?:[A-Za-z][A-Za-z\s\-–]{0,30}|[\u4e00-\u9fff]{1,6})[:：]")


def _in_gloss(text: str, at: int, start: int) -> bool:
    """Position `at` lies inside a bracket of glosses, opened since `start` (within 200 characters) with a label
    and not yet closed."""
    lo = max(start, at - 200)
    opened = max(text.rfind("(", lo, at), text.rfind("（", lo, at))
    return opened >= 0 and not any(c in ")）" for c in text[opened:at]) and \
        bool(_GLOSS_OPENS.match(text, opened))


def sentence_ends(text: str) -> tuple[int, ...]:
    ends = []
    for m in _SENTENCE_END.finditer(text):
        if m.group() == "." and _ABBREV.search(text, max(0, m.start() - 6), m.end()) and \
                not _MEGATONNES.search(text, max(0, m.start() - 12), m.end()):  # "U.S. dollars", "Mt. Everest"
            continue  # (but "fell to 0.4 Mt. China …": a unit ends the sentence)
        if (m.group() in ";；" or m.group() == "." and _LITERALLY.match(text, max(0, m.start() - 3))) and \
                _in_gloss(text, m.start(), ends[-1] if ends else 0):
            continue  # "Huangguoshu Waterfall (simplified Chinese: 黄果树瀑布; pinyin: …; lit. '…'), is …": one
            # sentence (not "(1,501,535 units; +22%)", two figures; nor "The hall was well lit. \"The room …")
        ends.append(m.end())
    if glued := [m.start() for m in GLUED_OPENING.finditer(text)]:
        ends = sorted(set(ends) | set(glued))
    stops = len(ends)  # (the full stops' ends increase: sorted, each once, as long as no bullet is added)
    for m in _INLINE_BULLET.finditer(text):
        # a list run into one line ("概况 - 2025年第三季度… - 笔记本…"): each item is a sentence
        if _CJK.match(text[m.start() - 1]) or _CJK.match(text[m.end():m.end() + 1]) or text[m.start() - 1] in "]】)）:：":
            ends.append(m.start() + 1)
    return tuple(ends) if len(ends) == stops else tuple(sorted(set(ends)))


_INLINE_BULLET = re.compile(r" [-•·▪●](?<=\S [-•·▪●]) (?=\S)")  # (the space first: a quick scan for it)


def _caption_row(b: "Block") -> bool:
    """A table's first row that holds one filled cell: the table's caption, not its columns' headers."""
    return sum(1 for cs, ce in b.cells if b.text[cs:ce].strip()) == 1


_LABEL_FIGURE = re.compile(r"\d")
_YEAR_LABEL = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:/\d{2})?(?!\d)|\b[QH][1-4]\b|\d{1,2}\s*月")


def _label_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """A row of two or more labels, none a figure but a year or a quarter: "| Region | 2025 net profit (est) |"."""
    filled = [text[s:e].strip() for s, e in cells if text[s:e].strip()]
    return len(filled) >= 2 and not any(_LABEL_FIGURE.search(_YEAR_LABEL.sub("", c)) for c in filled)


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
    if "\t" in t or _WIDE_GAP.search(t):
        out, pos = [], 0
        for m in re.finditer(r"[^\t]+?(?=\t|\s{2,}|$)", text):
            if m.group().strip():
                out.append((m.start(), m.end()))
        if len(out) >= 2 and any(re.search(r"\d", text[s:e]) for s, e in out) and \
                ("\t" in t or not _prose_cells(text, out)):
            return out
    return None


def _tokens(text: str) -> int:
    """How many cells _token_cells gives (0 for None), without their spans: str.split and \\S+ part alike."""
    n = len(text.split())
    return n if n >= 3 else 0


# two spaces or more between words: on a stripped line, any two white-space characters in a row (a set first, so
# that the scan skips to where a match can start)
_WIDE_GAP = re.compile(r"\s\s")


def _token_cells(text: str) -> list[tuple[int, int]] | None:
    """The words of a line as cells, when it has three or more."""
    cells = [m.span() for m in _TOKEN.finditer(text)]
    return cells if len(cells) >= 3 else None


def _spaced_table(seq: list[NormLine], i: int, follows) -> bool:
    """Lines from i on are a table whose columns are single spaces, as Chinese web tables copy out ("排名 品牌
    出货量(百万部) 同比增长" / "1 三星 57.5 7%" / …): three or more lines in a row, each of the same number of
    space-separated words (three or more), with Chinese in them (Chinese prose has no spaces between words) and
    a figure in every line after the first."""
    if not _CJK.search(seq[i].text) or _wrapped(seq[i].text) or seq[i].text.rstrip().endswith(_CLAUSE_GOES_ON):
        return False  # (a header row closes with no comma; its rows may each close with one)
    n = _tokens(seq[i].text)
    if not n:
        return False
    k = i + 1
    while k < len(seq) and follows(k) and _tokens(seq[k].text) == n and \
            re.search(r"\d", seq[k].text) and not _wrapped(seq[k].text):
        k += 1
    return k - i >= 3


def _goes_on(before: str, line: str, after: str | None) -> bool:
    """A short line after a line ending with a comma goes on with its sentence ("细看财报数据," / "英伟达" /
    "第四季度…营收为…", "Johannesburg," / "South Africa, 25 September 2016 (IUCN) –"); not a line wedged between two
    pieces of one sentence, the next opening with a comma again ("加拿大研究發現," / "香港房貸專案" / ",全球每年…": a
    page's furniture), nor lines of code or data."""
    return before.rstrip().endswith(_CLAUSE_GOES_ON) and not _DATA_LINE.search(before) and \
        not _DATA_LINE.search(line) and not (after or "").lstrip().startswith(_GOES_ON)


_DATA_LINE = re.compile(r"[\"'][\w-]+[\"']\s*:|[{}\[\]]")  # a line of code or data ('"trackingInfo": 12,')


def _wrapped(text: str) -> bool:
    """A line of wrapped prose, no table row: it opens going on from the line before (",较上一季度增长 14%") or
    closes a clause or a sentence ("…较去年同期增长 78%;")."""
    s = text.strip()
    return s.startswith(_GOES_ON) or s.endswith(_WRAPPED_END)


def _prose_cells(text: str, cells: list[tuple[int, int]]) -> bool:
    """Spaces, not columns: two spaces after a full stop ("… is highest.  As a result, …"), or a "cell" that
    is a sentence (more than eight words)."""
    return bool(re.search(r"[.!?:;。！？]\s{2,}\S", text)) or any(len(text[s:e].split()) > 8 for s, e in cells)


_WORDS_EN = re.compile(r"[A-Za-z][\w'-]*")
_TOKEN = re.compile(r"\S+")


def _is_heading(t: str, nxt: str | None, before: str | None = None) -> bool:
    """A Markdown heading, or a line without closing punctuation above a line that does not continue it: a
    short line, a Title Case line, a line much shorter than the one below (a wrapped line is as wide as the
    next), or a Chinese line no longer than the line below."""
    if _HEADING_MD.match(t):
        return True
    s = t.strip()
    if not s or nxt is None or not nxt.strip():
        return False
    if s.endswith(_TERMINAL + tuple(",，、-")) or _LIST_ITEM.match(s):
        return False
    after = nxt.strip()
    if after.startswith(_GOES_ON) and not (before or "").rstrip().endswith(_CLAUSE_GOES_ON) or \
            after.startswith(("(", "（")) and _DIGIT.search(s) and (_CJK.search(s) or _DIGIT.search(after)):
        # "净利润为 220.9 亿美元" / ",较上一季度增长 14%": a line the next goes on from is no heading, unless it is wedged
        # between two pieces of one sentence (a page's furniture: "加拿大研究發現," / "香港房貸專案" / ",全球每年…");
        # "营收为 393 亿美元" / "(营收额再一次创历史新高),…": nor a Chinese line with a figure the next explains in brackets,
        # nor a line with a figure above brackets holding another ("revenue of $39.3 billion" / "(up 78% …)"; not
        # "Revenue 2024" / "(in millions of dollars)")
        return False
    if _CJK.search(s[-1:]) or _CJK.search(after[:1]):
        return len(s) <= 50 and len(after) >= len(s)
    if after[0].islower() or after[0].isdigit():
        return False  # the sentence goes on
    words = [w for w in _WORDS_EN.findall(s) if w.lower() not in _SMALL]
    title = sum(w[0].isupper() for w in words) >= 0.8 * len(words) if words else False
    # a wrapped line is filled to the width of the lines after it; one much shorter above a long one is a title
    short = len(s) <= 100 and len(after) >= 1.5 * len(s)
    return (len(s) <= 40 and not s.endswith(",")) or (len(s) <= 120 and title) or short


def _join(a: str, b: str) -> str:
    """What goes between two wrapped lines: nothing between Chinese, nothing after a hyphenated word."""
    if not a or not b:
        return ""
    if _CJK.match(a[-1]) or _CJK.match(b[0]):
        return ""
    if a.endswith("-") and b[0].islower():
        return ""
    return " "


def _as_read(nl: NormLine) -> str:
    """The normalised line with the full-width comma put back where it was written: normalisation writes "，"
    as "、" for the extractor (100，200 is two numbers), but to the reader "，" ends a clause and "、" lists
    things ("在印度，vivo以21%居首" is no list of India and vivo). One character for one: offsets unchanged."""
    text = nl.text
    if "、" not in text or "，" not in nl.original:
        return text
    at = nl.index or range(len(text))  # no index: the same offsets
    pieces, last = [], 0  # (the text between the commas put back, copied whole: a line may be long)
    i = text.find("、")
    while i >= 0:
        if nl.original[at[i]] == "，":
            pieces += (text[last:i], "，")
            last = i + 1
        i = text.find("、", i + 1)
    return "".join(pieces) + text[last:] if pieces else text


def build(lines: list[NormLine]) -> Layout:
    blocks: list[Block] = []
    of_line: dict[int, int] = {}
    heading: int | None = None
    header: int | None = None  # header row of the current table
    i = 0

    def add(group: list[NormLine], kind: str, cells=(), seps: list[str] | None = None):
        nonlocal heading
        text, pieces = "", []
        for k, nl in enumerate(group):
            line = _as_read(nl)
            if k:
                text += _join(text, line) if seps is None else seps[k]
            pieces.append(Piece(nl.number, len(text), len(line)))
            text += line
        idx = len(blocks)
        ends = sentence_ends(text) if kind != "row" else ()
        blocks.append(Block(text, tuple(pieces), kind, ends, heading, tuple(cells),
                            header if kind == "row" else None))
        for nl in group:
            of_line[nl.number] = idx
        if kind == "heading":
            heading = idx
        return idx

    # lines with text (a list or the pipeline's LazyLines); a line of bars alone ("|", "|||||") is an empty cell
    # or a row's border in a table copied out one cell a line: read as a blank line
    seq = [nl for nl in lines if nl.text.strip() and (nl.text.lstrip()[:1] != "|" or nl.text.strip().strip("|").strip())]
    n = len(seq)

    def follows(k: int) -> bool:
        """seq[k] comes right after seq[k - 1], with no blank line between."""
        return k > 0 and seq[k].number == seq[k - 1].number + 1

    cells_of: dict[int, tuple[str, str] | None] = {}  # line index -> _cell_line (a pure function of its text)

    def cell_line(k: int) -> tuple[str, str] | None:
        got = cells_of.get(k, cells_of)
        if got is cells_of:
            got = cells_of[k] = _cell_line(seq[k])
        return got

    while i < n:
        nl = seq[i]
        t = nl.text
        stacked = _stacked(seq, i, cell_line)
        if stacked:
            header = None
            for kind, cells_lines in stacked:
                if kind == "caption":
                    add(cells_lines, "heading")
                    i += len(cells_lines)
                    continue
                group = [line for cell in cells_lines for line in cell]
                seps = [" " if k else " | " for cell in cells_lines for k in range(len(cell))]
                idx = add(group, "row", _stacked_cells(cells_lines), seps)
                if kind == "header":
                    header = idx
                i += len(group)
            header = None
            continue
        if not follows(i):
            header = None
        cells = _cells(t)
        if not cells and header is not None and i > 0 and follows(i) and _token_cells(seq[i - 1].text) and \
                len(_token_cells(t) or ()) == len(_token_cells(seq[i - 1].text)):
            cells = _token_cells(t)  # the next row of a table spaced with single spaces
        if not cells:
            run = _spaced_table(seq, i, follows)
            cells = _token_cells(t) if run else None
        if cells:
            if header is not None and _caption_row(blocks[header]) and _label_row(t, cells):
                header = None  # "| IATA profit forecasts 2025 and 2026 | ||" over "| Region | 2025 net profit |":
                # the first row is the table's caption, the row of labels below it the columns' headers
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
        if nxt is not None and _FIGURE_ONLY.match(nxt) and len(t.strip()) <= 40 and not _DIGIT.search(t) and \
                (i + 2 >= n or not follows(i + 2) or not _FIGURE_ONLY.match(seq[i + 2].text)):
            # a label line above its figure ("全球智能手机出货量" / "3.04亿部" / "2025年第二季度"): one card, with the
            # short line after the figure when there is one
            after = i + 2 < n and follows(i + 2) and len(seq[i + 2].text.strip()) <= 60 and \
                not _FIGURE_ONLY.match(seq[i + 2].text) and (i + 3 >= n or not follows(i + 3)
                                                             or not _FIGURE_ONLY.match(seq[i + 3].text))
            add([nl, seq[i + 1]] + ([seq[i + 2]] if after else []), "card")
            i += 3 if after else 2
            continue
        if _DATE_LINE.fullmatch(t):
            add([nl], "prose")
            i += 1
            continue
        if _is_heading(t, nxt, seq[i - 1].text if follows(i) else None):
            add([nl], "heading")
            i += 1
            continue
        group = [nl]
        kind = "item" if _LIST_ITEM.match(t) else "prose"
        i += 1
        while i < n and follows(i):
            t2 = seq[i].text
            if _LIST_ITEM.match(t2) or _cells(t2) or _HEADING_MD.match(t2) or _PIPE_SEP.match(t2) or \
                    _DATE_LINE.fullmatch(t2):
                break
            nxt2 = seq[i + 1].text if i + 1 < n and follows(i + 1) else None
            if (_is_heading(t2, nxt2, group[-1].text) and not _goes_on(group[-1].text, t2, nxt2)) or \
                    (_FIGURE_ONLY.match(t2) and nxt2) or _stacked(seq, i, cell_line):
                break  # ("细看财报数据," / "英伟达" / …: a line after a comma goes on with the sentence, however short)
            if group[-1].text.rstrip().endswith(_PARAGRAPH_END):
                break  # a line that ends its sentence is a paragraph of its own (web text): not a wrap
            group.append(seq[i])
            i += 1
        add(group, kind)
    return Layout(tuple(blocks), of_line)


_CELL_FIGURE = re.compile(r"[-+−–]?\s*[~≈约近超逾]?\s*(?:US|NT|HK|RMB|USD)?[$€£¥]?\s*\d[\d,]*(?:\.\s?\d+)?\s*"
                          r"(?:%|[a-zA-Z]{0,3}|[万亿千百]{0,2}(?:[美港欧日澳新台]元|英镑|[\u4e00-\u9fff])?)\s*")  # (272亿美元)
_CELL_FIGURE_PAIR = re.compile(_CELL_FIGURE.pattern + r"[(（]" + _CELL_FIGURE.pattern + r"[)）]\s*")
_CELL_YEAR = re.compile(r"(?:19|20)\d\d(?:年|\s*[A-Za-z]{0,3})?|[QH][1-4]\s*\d{2,4}|\d{4}\s*[QH][1-4]")
_CELL_UNIT_LINE = re.compile(r"[(（][^()（）]{1,12}[)）]")


def _cell_line(nl: NormLine) -> tuple[str, str] | None:
    """What a line is as a cell of a table copied out one cell a line: ("figure", text), ("label", text), or
    None when it is no cell (long, or a sentence)."""
    t = nl.text.strip().strip("|").strip()
    # (a label may run to 40 characters in a table whose cells end in bars: "Low- and middle-income countries |";
    # without bars, a line that long is a title more often than a cell)
    if not t or len(t) > (40 if nl.text.rstrip().endswith("|") else 30) or t.endswith(_TERMINAL[:-2]) or "|" in t:
        return None
    if (_CELL_FIGURE.fullmatch(t) or _CELL_FIGURE_PAIR.fullmatch(t)) and not _CELL_YEAR.fullmatch(t):
        return "figure", t  # ("475 (9.2%)": a level and its growth in one cell)
    return ("label", t) if len(t) <= 30 or not _DIGIT.search(t) else None


def _stacked(seq: list[NormLine], i: int, cell_line=None) -> list[tuple[str, list[list[NormLine]]]] | None:
    """A table copied out one cell a line, from seq[i] on: [("header", cells), ("row", cells), …], each cell
    its lines; None when seq[i] starts none. The header is the first run of labels (a bracketed unit line
    joins the label above it), as many as a row has cells or one fewer (no label over the row labels); a row
    is a label and then figures only; a label alone between rows is a section label (its own row).
    `cell_line(k)`: _cell_line(seq[k]), read once per line by the caller (build asks about each line twice)."""
    cell_line = cell_line or (lambda k: _cell_line(seq[k]))
    if i >= len(seq) or (cell_line(i) or ("",))[0] != "label":
        return None  # (a table's header opens with a label: most lines are none, and are passed over here)
    kinds: list[tuple[str, str] | None] = []

    def kind(k: int):
        while len(kinds) <= k - i:
            j = i + len(kinds)
            kinds.append(cell_line(j) if j < len(seq) else None)
        return kinds[k - i]

    above = cell_line(i - 1) if i > 0 else None
    if above and above[0] == "label" and not _CAPTION.match(above[1]) and \
            not seq[i].text.strip().startswith("|") and not seq[i].text.strip().endswith("|") and cell_line(i):
        # a table without bars starts at the first of its labels: read from the middle of a list of short lines
        # (a menu: Coffee / Tea / Cake / Latte / $4.50 …) its items would head columns
        return None
    head: list[list[NormLine]] = []
    k = i
    while kind(k) and kind(k)[0] == "label" or (head and kind(k) and _CELL_YEAR.fullmatch(kind(k)[1])):
        if head and _CELL_UNIT_LINE.fullmatch(kind(k)[1]):
            head[-1].append(seq[k])
        else:
            head.append([seq[k]])
        k += 1
        if len(head) > 9 and sum(1 for h in head if _CELL_YEAR.fullmatch(_cell_text(h))) < len(head) - 2:
            return None  # (a header of years may run long: "单位:10亿美元" / "2017" / … / "2024e")
        if len(head) > 16:
            return None
    if len(head) < 3:
        return None
    # the header's last label may be the first row's label: try the row width the figures after it give
    row_label = head.pop()
    j = k
    while kind(j) and kind(j)[0] == "figure":
        j += 1
    width = 1 + j - k
    if width < 2 or len(head) not in (width, width - 1):
        return None
    out: list[tuple[str, list[list[NormLine]]]] = []
    if len(head) == width and _CAPTION.match(head[0][0].text.strip().strip("|").strip()):
        out.append(("caption", head.pop(0)))  # "表1 2024年全国粮食播种面积…": the table's caption, not a column
    out += [("header", head), ("row", [row_label] + [[seq[x]] for x in range(k, j)])]
    rows = 1
    k = j
    while kind(k) and kind(k)[0] == "label":
        if all(kind(x) and kind(x)[0] == "figure" for x in range(k + 1, k + width)):
            out.append(("row", [[seq[x]] for x in range(k, k + width)]))
            rows += 1
            k += width
        elif kind(k + 1) and kind(k + 1)[0] == "label":
            out.append(("section", [[seq[k]]]))
            k += 1
        else:
            break
    while out[-1][0] == "section":
        out.pop()
    # one row under a header of three years or more ("2017" / "2018" / "2019" / … / "低收入和中等收入国家" / "465" /
    # "510" / …): a series, as a table of rows is
    years = sum(1 for h in head if _CELL_YEAR.fullmatch(_cell_text(h)))
    return out if rows >= 2 or years >= 3 else None


def _cell_text(cell: list[NormLine]) -> str:
    return cell[0].text.strip().strip("|").strip()


_CAPTION = re.compile(r"(?:表|图|圖|Table|Exhibit|Figure)\s*\d|.*(?:19|20)\d\d.{4,}", re.I)


def _stacked_cells(cells: list[list[NormLine]]) -> list[tuple[int, int]]:
    """Spans of the cells of a stacked row inside its block text (cells joined with " | ", the lines of a cell
    with " "), the bars and spaces around a cell's text left out."""
    out, pos = [], 0
    for cell in cells:
        start = pos
        for k, nl in enumerate(cell):
            pos += (1 if k else 0) + len(nl.text)
        first, last = cell[0].text, cell[-1].text
        lead = len(first) - len(first.lstrip("| \t"))
        trail = len(last) - len(last.rstrip("| \t"))
        out.append((start + lead, pos - trail))
        pos += 3
    return out


def parent_item(blocks: tuple[Block, ...], i: int) -> int | None:
    """The item a list item is nested under: the nearest item before it, in the same run of items, indented
    less or, as deep, numbered at a higher level (一、 above (一) above 1. above (1) above bullets, the order of
    Chinese official documents): "1. 中国:全球自动化浪潮的中心" / "  • 年度安装量:约29万台"; "- Japan:" /
    "  - installs: 46,106"; "一、2023年全球…TOP 5国家" / "1. 中国:…"."""
    b = blocks[i]
    if b.kind != "item":
        return None
    level = _item_level(b.text)
    for j in range(i - 1, max(-1, i - 40), -1):
        if blocks[j].kind != "item":
            # (a paragraph or a heading ends the run; a paragraph ending in a colon leads the items in: "公布2023年
            # 中国电影行业重要指标：" / "1.全年电影票房为549.15亿元")
            return j if blocks[j].kind == "prose" and blocks[j].text.rstrip().endswith((":", "：")) else None
        if _item_level(blocks[j].text) < level:
            return j
    return None


_MARKER_RANKS = (re.compile(r"[一二三四五六七八九十]+、"), re.compile(r"[(（][一二三四五六七八九十]+[)）]"),
                 re.compile(r"\d{1,2}[.、)）]"), re.compile(r"[(（]\d{1,2}[)）]"))


def _item_level(text: str) -> tuple[int, int]:
    """(indent, rank of its marker): the deeper, the larger."""
    s = text.lstrip()
    rank = next((k for k, r in enumerate(_MARKER_RANKS) if r.match(s)), len(_MARKER_RANKS))
    return len(text) - len(s), rank


def flattened_table(text: str, figures: int) -> bool:
    """A table run into one line of (mostly Latin) text: figures packed closer than prose ever has them."""
    if figures < 8:
        return False
    latin = len(text.encode("ascii", "ignore"))  # (the ASCII characters, counted in C)
    return latin >= 0.8 * len(text) and len(text) / figures < 15


@dataclass(frozen=True)
class Grid:
    """A flattened table read back into cells: for each figure it places, its row header and column header,
    and the caption before the header labels (what the whole table is about)."""
    cells: dict[int, tuple[tuple[int, int], tuple[int, int]]]  # figure index -> (row header, column header) spans
    caption: tuple[int, int]


_ROW_NUMBERING = re.compile(r"\d{1,2}[.)]\s+[A-Z\u4e00-\u9fff]")
_ROW_NUMBER = re.compile(r"\s*(?:\d{1,2}[.)、]\s*)?")


def unflatten(text: str, spans: list[tuple[int, int]], label_starts: list[int]) -> Grid | None:
    """Cells of a table whose rows lost their line breaks: "Company 3Q25 Shipments 3Q25 Market Share 3Q25/3Q24
    Growth 1. Lenovo 19.4 25.5% 17.3% 2. HP Inc 15.0 19.8% 10.7% …".

    Rows are runs of figures with nothing but spaces between them, each after its row header; the usual run
    length is the number of columns. The column labels are the last that many labels before the first row
    header, a label starting where a period starts (3Q25, Q1 2025, 2024年): the form such headers take. A run
    of another length (a row with an empty cell) is left unplaced. None when no grid can be read."""
    order = sorted(range(len(spans)), key=lambda k: spans[k])
    runs: list[list[int]] = []
    for k in order:
        if _ROW_NUMBERING.match(text, spans[k][0]) and text[spans[k][0]:spans[k][1]].isdigit():
            runs.append([])  # "2. HP Inc": the number of the next row, not a cell
            continue
        if runs and runs[-1] and not text[spans[runs[-1][-1]][1]:spans[k][0]].strip():
            runs[-1].append(k)
        else:
            runs.append([k])
    from collections import Counter

    lengths = Counter(len(r) for r in runs if len(r) >= 2)
    if not lengths:
        return None
    ncol, rows = max(lengths.items(), key=lambda kv: (kv[1], kv[0]))
    if rows < 2:
        return None
    runs = [r for r in runs if r]
    table = [r for r in runs if len(r) == ncol]
    first = runs.index(table[0])
    head_end = spans[table[0][0]][0]
    cells: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}
    prev_end = spans[runs[first - 1][-1]][1] if first > 0 else 0
    # the row header of the first row is the last few words before its figures; the labels come before it
    labels = _labels(text, prev_end, head_end, label_starts, ncol)
    if labels is None:
        return None
    starts, row1_start = labels
    cols = list(zip(starts, starts[1:] + [row1_start]))
    pct = lambda k: text[spans[k][0]:spans[k][1]].rstrip().endswith("%")
    # what each column holds (percentages or not), by its full rows: a short row ("Total 75.9 100.0% 69.3
    # 100.0%", its last cell empty) is read from the left when its cells fit the columns' kinds
    kinds = [sum(pct(r[c]) for r in table) * 2 > len(table) for c in range(ncol)]
    prev = row1_start
    for r in runs[first:]:
        a = spans[r[0]][0]
        hs = prev + len(_ROW_NUMBER.match(text, prev).group())
        header = text[hs:a].strip()
        prev = spans[r[-1]][1]
        if not header or len(header) > 40 or len(r) > ncol:
            continue
        if len(r) < ncol and (len(r) < 2 or [pct(k) for k in r] != kinds[:len(r)]):
            continue
        for col, k in enumerate(r):
            cells[k] = ((hs, a), cols[col])
    return Grid(cells, (prev_end, starts[0])) if cells else None


def _labels(text: str, a: int, b: int, label_starts: list[int], ncol: int) -> tuple[list[int], int] | None:
    """(start of each of the ncol column labels, start of the first row header) inside text[a:b]."""
    inside = [s for s in label_starts if a <= s < b]
    # periods run together ("3Q25/3Q24 Growth") start one label
    merged: list[int] = []
    for s in inside:
        if merged and re.fullmatch(r"[\w\s]*[/\-–~]\s*", text[merged[-1]:s]) and not re.search(r"[A-Za-z\u4e00-\u9fff]{3,}", text[merged[-1]:s]):
            continue
        merged.append(s)
    if len(merged) < ncol:
        return None
    starts = merged[-ncol:]
    tail = text[starts[-1]:b]
    # the last label ends where the first row header begins: its last one or two capitalised words or a
    # numbered name ("1. Lenovo", "HP Inc.")
    m = re.search(r"(?:\d{1,2}[.)、]\s*)?(?:[A-Z][\w&.\-]*\s*){1,3}$|[\u4e00-\u9fff]{2,8}\s*$", tail)
    if m and not _WORD.search(tail[:m.start()]):  # "3Q25/3Q24 Growth Lenovo": the label keeps its word
        m = re.search(r"[A-Z][\w&.\-]*\s*$", tail)
    if not m or not _WORD.search(tail[:m.start()]):
        return None
    return starts, starts[-1] + m.start()


_WORD = re.compile(r"(?<![0-9])[A-Za-z]{3,}|[\u4e00-\u9fff]")


_SCALE_WORDS = {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
                "billions": 1e9, "千": 1e3, "万": 1e4, "百万": 1e6, "千万": 1e7, "亿": 1e8}
_STATED_SCALE = re.compile(
    r"\b(?:in\s+)?(thousands|millions|billions)\s+of\s+units\b|\bunits?\s*(?:are\s+)?in\s+(thousands|millions|billions)\b"
    r"|\b(?:shipments|figures|numbers|data|units)\s+(?:are\s+)?in\s+(thousands|millions|billions)\b"
    r"|单位\s*[:：]?\s*(百万|千万|千|万|亿)"
    # a column's scale in brackets: "出货量(百万部)", "Shipments (millions)", "(thousand units)"
    r"|[(（]\s*(百万|千万|千|万|亿)\s*[部台辆个件吨人只支套架艘]?\s*[)）]"
    r"|[(（]\s*(millions|thousands|billions|million|thousand|billion)(?:\s+(?:of\s+)?units)?\s*[)）]", re.I)


@functools.lru_cache(maxsize=256)  # (a pure function of the text: each figure of a table asks of its caption)
def stated_scale(text: str) -> float:
    """The scale a table states for its bare numbers: "(Thousands of Units)", "shipments are in millions of
    units", "单位：万台", a column header's "出货量(百万部)"; 1.0 when it states none."""
    m = _STATED_SCALE.search(text)
    if not m:
        return 1.0
    word = next(g for g in m.groups() if g)
    return _SCALE_WORDS[word.lower()]


# a table's unit: "单位:10亿美元", "单位：亿美元", "Unit: US$ million", "($ Billions & Growth Rate %)", "(US$ million)",
# "(亿美元)" (a money or physical unit; a scale alone is stated_scale's)
_STATED_UNIT = re.compile(r"(?:单位|\bunits?)\s*[:：]\s*([^|,，;；()（）\s]{1,12}(?:\s+[a-z]{2,9})?)"
                          r"|[(（]\s*((?:US\$|HK\$|NT\$|\$|€|£|¥|USD|EUR|RMB)\s*(?:bn|billions?|millions?|mn|m|thousands?|trillions?)"
                          r"|\d*(?:百万|千万|千|万|亿)?(?:美元|欧元|日元|港元|元|人民币|吨|千瓦时|千瓦))(?=\s*[)）&,，]|\s+(?:and|&))",
                          re.I)


def stated_unit(text: str) -> str:
    """The unit a table states for its bare numbers when it names money or a physical unit ("单位:10亿美元",
    "($ Billions & Growth Rate %)", "(亿美元)"), as written; "" when it states none."""
    m = _STATED_UNIT.search(text)
    return next((g for g in m.groups() if g), "").strip() if m else ""
