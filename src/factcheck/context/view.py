"""Where a figure sits: its block, sentence, clause and its own phrase, as offsets into the block text.

The *own phrase* of a figure runs from the previous figure or clause mark to the next one: in
"49%的储量、69%的开采量" the own phrase of 69% is "69%的开采量"; in "Lenovo shipped 15.2 million units, up
10.8%" the own phrase of 10.8% is "up 10.8%". Facets read the own phrase first, then the clause, then the
sentence, then the heading.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..knowledge import LATIN
from ..quickinit import quick_init
from .layout import Block

# two names or terms joined ("Boeing and Airbus", 产量和销量), and two figures joined, after at most the first
# figure's unit word ("348 aircraft and 766", 5.1%和3.9%): read with fullmatch on the text between them
RESPECTIVELY = re.compile(r"分别|依次|依序|respectively")  # figures matched to listed things in order
PAIR_WORDS = re.compile(r"\s*(?:and|和|与|及|以及|、|&)\s*")
PAIR_FIGURES = re.compile(r"\s*(?:[a-z]+\s+|[\u4e00-\u9fff]{1,2}?)?(?:and|和|与|及|以及|、|,|，)\s*", re.I)
# a mark, or a word or dash between spaces. (Written as one class of first characters, the branches after it
# checking which it was: a search then skips every other character quickly; the marks found are the same.)
# (a space between two Chinese characters parts a headline's phrases: "连续十年领跑全球 新能源汽车产销破1200万辆",
# and one after a closing quote: "包裹業務量逾1320億件「增長近2成」 收入達5兆")
_CLAUSE = re.compile(r"[，,：:、（）()\s](?:(?<=[，：:、（）()])|(?<=,)(?!(?<=\d,)\d{3}(?!\d))"
                     r"|(?<=\s)(?:while|whereas|but)\s|(?<=\s)[-–—]\s"
                     r"|(?<=[\u4e00-\u9fff」』”》]\s)(?=[\u4e00-\u9fff「『“《]))")
# (a comma between digits, "40,000", groups thousands: no clause ends there)
# (and, after the figure, a cause: "fell 7% to USD 19.9 billion on softer demand", "rose 15%, largely on the
# strength of …", "amid falling prices": why it moved, not what it measures)
CAUSE_WORDS = (r"(?:amid|due to|owing to|because|thanks to|driven by|helped by|hurt by|fuell?ed by)\s"
               r"|(?:(?:largely|mainly|partly)\s+)?on\s(?=the\s+(?:back|strength)\b|(?:softer|weaker|stronger|"
               r"strong|weak|solid|robust|higher|lower|rising|falling|slowing|sluggish|firm|firmer|improved|"
               r"healthy|tepid|soft|lackluster|lacklustre|brisk|booming)\b(?!-))")  # ("on higher-end phones": a thing)
# what a name a thing is compared with follows ("exceeded only by Lake Superior", "larger than Lake Michigan",
# "second to Brazil"): no name the figures near it are of (heads.py)
COMPARED_WITH = re.compile(r"\b(?:than|after|behind|only by|only to|second to|exceeded by|like|unlike|such as|"
                           r"compared with|compared to)\s+(?:the\s+)?$|"
                           # (仅次于北美苏必利尔湖, 大于日本, 相当于我国海南岛: a place word of two characters may
                           # come between; not 不少于十家, 不多于, nor 不及预期, no comparison with anyone)
                           r"(?<!不)(?:次于|大于|小于|多于|少于|相当于)\s*(?:[^\s，,。；;、\d%的]{2})?$"
                           # a multiple of it: "twice the height of Niagara Falls", "three times the size of
                           # Belgium", "half as wide as", past a name owning it ("twice the height of North
                           # America's Niagara Falls"); not "half the population of Nigeria", a part of it
                           r"|\b(?:(?:twice|thrice|double|triple|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|"
                           r"several|many)\s+times)\s+(?:the\s+[a-z]+\s+of|as\s+[a-z]+\s+as)|half\s+as\s+[a-z]+\s+as)\s+"
                           r"(?:the\s+)?(?:(?-i:[A-Z])[\w.\-]*(?:\s+(?-i:[A-Z])[\w.\-]*){0,3}['’]s?\s+)?$", re.I)
# 是尼亚加拉瀑布的两倍, 为美国的1.5倍: a name the figure is a multiple or a part of (before its own 的 and the
# multiple: 美国的劳动力成本是中国的5倍 compares with China, not the US)
_MULTIPLE_OF = re.compile(r"[^，,。；;、\s的]{0,12}?的\s*(?:[\d.]+|[一二两兩三四五六七八九十半]+)\s*(?:倍|分之)")
_IS_BEFORE = re.compile(r"(?:是|为|為|相当于|相當於|约为|約為|约|約)[^，,。；;、\s\d]{0,10}$")


def compared_with(text: str, start: int, floor: int = 0) -> bool:
    """Whether the name at `start` is one the sentence compares its thing with (COMPARED_WITH), not one after a
    bare "after", which is as often a time ("After Tesla cut prices, its sales rose 20%": Tesla's), nor an example
    ("New markets such as India stand out, as its luxury market could expand": India's)."""
    m = COMPARED_WITH.search(text, max(floor, start - 60), start)
    if m is None:
        return bool(_IS_BEFORE.search(text, max(floor, start - 14), start) and _MULTIPLE_OF.match(text, start))
    return not re.match(r"(?:after|like|such as)\b", m.group(), re.I)
CAUSE_AFTER = re.compile(r"\s(?:" + CAUSE_WORDS + ")")  # a cause starting after a figure (a space before it)
_RIGHT_MARK = re.compile(r"[，,、；;。()（）和及与\s](?:(?<=[，,、；;。()（）和及与])"
                         r"|(?<=\s)(?:and|while|whereas|but|versus|vs\.?|compared)\s|(?<=\s)[-–—]\s"
                         r"|(?<=\s)(?:" + CAUSE_WORDS + "))")
_LEFT_MARK = re.compile(r"[，,、；;。()（）和及与\s](?:(?<=[，,、；;。()（）和及与])|(?<=\s)(?:and|while|whereas|but)\s"
                        r"|(?<=\s)[-–—]\s)")


# a list of things, not a clause boundary: "desktops, laptops, and workstations", "DRAM and NAND": the commas and the "and"
# inside it do not end the phrase of a figure before or after it (items of one or two words, no figures, no
# verbs). Chinese 、 is left alone: it joins clauses as often as things ("91%精炼、占据绝对主导")
_NOT_ITEM = ("is|was|were|are|has|had|have|will|would|rose|fell|grew|declined|increased|decreased|reached|"
             "shipped|said|says|up|down|while|but|which|that|with|from|to|in|at|by|of|for|and|or|the|a|an")
_WORD = rf"(?!(?:{_NOT_ITEM})\b)[A-Za-z][A-Za-z\-]*"
_ITEM = rf"{_WORD}(?: {_WORD})?"
_EN_LIST = re.compile(rf"(?=[A-Za-z])\b{_ITEM}(?:, {_ITEM})*,? (?:and|or) {_ITEM}\b", re.I)
# names listed before a figure in brackets may take "the": "Latin America and the Caribbean (8%)" (only there: "in
# January and the Macau Government Tourism Office reported" opens a clause)
_NAME = rf"(?:the (?=(?-i:[A-Z])))?{_ITEM}"
_EN_NAMES_BEFORE_BRACKET = re.compile(rf"(?=[A-Za-z])\b{_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME}(?=\s*[(（])", re.I)


@functools.lru_cache(maxsize=1024)
def lists(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text lists things (see _EN_LIST): spans whose inner marks are not clause marks."""
    # an abbreviation in brackets restates the words before it ("純電動車(BEV)銷售", "the International Energy
    # Agency (IEA) said"): its brackets cut no clause
    low = text.lower()  # (a list has " and " or " or " before its last item: the scan only then)
    # (never one whose first item is a figure's unit: "a passenger volume of 730 million and cargo volume of 8.98
    # million tons" joins two figures' phrases, no list of "million" and "cargo volume")
    listed = _en_lists(text) if " and " in low or " or " in low else ()
    return listed + tuple((m.start() - 1, m.end() + 1) for m in _ABBREVIATION.finditer(text))


_QUOTE_SPACE = re.compile(r"[」』]\s+(?=[\u4e00-\u9fff「『])")
_AFTER_DIGIT = re.compile(r"\d\s*$")
_ITEM_GAP = re.compile(r"[\s,]+")


def _en_lists(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of _EN_LIST, none opening with a figure's unit word (tried again from the word after it:
    "10 non-ferrous metals, including copper, lead, zinc, and nickel" still lists the metals)."""
    out, at = [], 0
    while (m := _EN_LIST.search(text, at)) is not None:
        if _AFTER_DIGIT.search(text[max(0, m.start() - 4):m.start()]):
            nxt = _ITEM_GAP.search(text, m.start(), m.end())
            at = nxt.end() if nxt else m.end()
            continue
        out.append((m.start(), m.end()))
        at = m.end()
    if "(" in text or "（" in text:
        out += [(m.start(), m.end()) for m in _EN_NAMES_BEFORE_BRACKET.finditer(text)
                if not any(s <= m.start() < e for s, e in out)]
        out.sort()
    return tuple(out)


_ABBREVIATION = re.compile(r"[(（]\s*[A-Z][A-Za-z0-9&+\-/]{1,9}\s*[)）]")


def _marks(pat: re.Pattern, text: str, a: int, b: int, more: tuple = ()) -> list[re.Match]:
    """The marks of pat in text[a:b], leaving out those inside a list (see `lists`, and `more` lists the
    caller found: kinds of one thing, see measure.sibling_lists)."""
    found = list(pat.finditer(text, a, b))
    if not found:
        return found
    ls = lists(text) + more
    return [m for m in found if not any(x < m.start() and m.end() < y for x, y in ls)] if ls else found


def _first_mark(pat: re.Pattern, text: str, a: int, b: int, more: tuple = ()) -> re.Match | None:
    """The first of `_marks(pat, text, a, b, more)`, or None: the marks after it are not looked for."""
    ls = None
    for m in pat.finditer(text, a, b):
        if ls is None:
            ls = lists(text) + more
        if not any(x < m.start() and m.end() < y for x, y in ls):
            return m
    return None


@functools.lru_cache(maxsize=1024)  # one object per text: the vocabulary matchers recognise a text by identity
def lower(text: str) -> str:
    """Lower-cased for matching, offsets unchanged (a character whose lower case is longer is kept as is), the
    typographic apostrophe written as the plain one."""
    low = text.lower()
    low = low if len(low) == len(text) else "".join(c.lower() if c in LATIN else c for c in text)
    low = low.replace("’", "'")  # Cote d’Ivoire is Cote d'Ivoire; one character for one, offsets unchanged
    if "量" in low and "产" in low:
        # 产茶量, 产煤量, 产钢量 read as 茶产量, 煤产量, 钢产量 (the thing's output; three characters for three)
        low = _PRODUCED_THING.sub(lambda m: m.group(1) + "产量", low)
    if "年" in low and _HAN_YEAR.search(low):
        # 二○二四年, 二〇二四年, 二零二四年 read as 2024年 (four characters for four): a year in Chinese numerals,
        # as Taiwanese papers and official documents write it, is a period, and no words of an object
        low = _HAN_YEAR.sub(lambda m: m.group().translate(_HAN_DIGITS), low)
    return low


# a year in Chinese numerals: four digit characters (一 or 二 first) before 年, not inside a longer numeral
_HAN_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十百千万萬亿億两兩点點])[一二][〇○零一二三四五六七八九]{3}"
                       r"(?=\s*(?:年|[至到~～—–\-、]\s*[一二][〇○零一二三四五六七八九]{3}\s*年))")  # (and a range's first year)
_HAN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
# 产X量: the output of X, a thing produced (not 产销量, output and sales; nor 资产总量, 房地产存量)
_PRODUCED_THING = re.compile(r"产([茶煤钢铁油气奶粮棉糖铜铝锌镍金银盐蛋肉菜果米麦豆])量")


@quick_init
@dataclass(frozen=True)
class View:
    block: Block
    low: str  # the block text, Latin lower-cased (same offsets)
    s: int  # the figure
    e: int
    ss: int  # its sentence
    se: int
    cs: int  # its clause
    ce: int
    ws: int  # its own phrase
    we: int
    spans: tuple[tuple[int, int], ...]  # every figure of the block
    lists: tuple[tuple[int, int], ...] = ()  # lists of things found with the vocabulary (not clause marks)

    @property
    def text(self) -> str:
        return self.block.text


def clause_bounds(text: str, ss: int, se: int, more: tuple = ()) -> list[tuple[int, int]]:
    """The clauses of a sentence, as (start, end)."""
    marks = _marks(_CLAUSE, text, ss, se, more)
    starts = [ss] + [m.end() for m in marks]
    ends = [m.start() for m in marks] + [se]
    return [(a, b) for a, b in zip(starts, ends) if b > a]


_RESTATED = re.compile(r"\s*[(（][^()（）]{1,40}[)）]")


def _clause_marks(text: str, ss: int, se: int, memo: dict | None) -> tuple[list[tuple[int, int]], list[int]]:
    """Where _CLAUSE matches in the sentence [ss, se), before any list is left out, and where each match starts:
    found once for the figures of a sentence (`memo`, one per block) instead of once for each figure's two
    windows. (The matches do not overlap and are in order: their starts and their ends both increase.)"""
    key = ("clause marks", ss, se)
    got = memo.get(key) if memo is not None else None
    if got is None:
        marks = [m.span() for m in _CLAUSE.finditer(text, ss, se)]
        got = (marks, [a for a, _ in marks])
        if memo is not None:
            memo[key] = got
    return got


def _clause_start(text: str, ss: int, s: int, marks: list[tuple[int, int]], starts: list[int],
                  more: tuple) -> int | None:
    """Where the clause ending at s starts (the end of its last mark in [ss, s)), read from the sentence's marks;
    None where a scan of [ss, s) alone could find other ones: a mark running across s, or a white space ending
    at s that is one only for the character after it (the (?=…) of _CLAUSE, which a scan ending at s cannot
    see). Elsewhere the two scans step through the same places. (Of the marks starting before s, only the last
    can reach s: each ends before the next starts. They are found by bisection on their `starts`.)"""
    k = bisect.bisect_left(starts, s)  # the marks starting before s: marks[:k]
    if not k:
        return ss
    a, b = marks[k - 1]
    if b > s or (b == s and b - a == 1 and text[a].isspace()):
        return None
    ls = lists(text) + more
    # (the marks are in order, each ending after the one before: the last outside a list ends last)
    for j in range(k - 1, -1, -1):
        a, b = marks[j]
        if not any(x < a and b < y for x, y in ls):
            return b
    return ss


def _clause_end(text: str, e: int, se: int, marks: list[tuple[int, int]], starts: list[int],
                more: tuple) -> int | None:
    """Where the clause starting at e ends (its first mark in [e, se)), read from the sentence's marks; None when
    a mark runs across e (a scan from e alone could then find one the sentence's scan stepped over). (Of the
    marks starting before e, only the last can run past it; those from e on are found by bisection.)"""
    k = bisect.bisect_left(starts, e)  # the first mark starting at e or after
    if k and marks[k - 1][1] > e:
        return None
    ls = None
    for j in range(k, len(marks)):
        a, b = marks[j]
        if ls is None:
            ls = lists(text) + more
        if not any(x < a and b < y for x, y in ls):
            return a
    return se


def _span_edges(spans: tuple[tuple[int, int], ...], memo: dict | None) -> tuple[list[int], list[int]]:
    """The starts and the ends of the block's figures, each sorted: found once per block (`memo`), then searched
    by bisection for each figure rather than read through."""
    got = memo.get("span edges") if memo is not None else None
    if got is None:
        got = (sorted(ps for ps, _ in spans), sorted(pe for _, pe in spans))
        if memo is not None:
            memo["span edges"] = got
    return got


def _last_end(ends: list[int], a: int, b: int) -> int:
    """The last end of a figure in (a, b], else a (as max([pe for pe in ends if a < pe <= b] + [a]))."""
    i = bisect.bisect_right(ends, b)
    return ends[i - 1] if i and ends[i - 1] > a else a


def _first_start(starts: list[int], a: int, b: int) -> int:
    """The first start of a figure in [a, b), else b (as min([ps for ps in starts if a <= ps < b] + [b]))."""
    i = bisect.bisect_left(starts, a)
    return starts[i] if i < len(starts) and starts[i] < b else b


_PARTICIPLE_OPENS = re.compile(r"[\s,，]*(?:averaging|reaching|bringing|taking|hitting|totaling|totalling|"
                               r"pushing|lifting|raising)\b")


def make_view(block: Block, low: str, spans: tuple[tuple[int, int], ...], k: int, more: tuple = (),
              memo: dict | None = None) -> View:
    s, e = spans[k]
    ss, se = block.sentence(s)
    if block.kind == "row":  # a table cell is its own sentence and clause
        c = block.cell(s)
        if c is not None:
            ss, se = block.cells[c]
        return View(block, low, s, e, ss, se, ss, se, ss, se, spans, more)
    text = block.text
    marks, mark_starts = _clause_marks(text, ss, se, memo)
    cs = _clause_start(text, ss, s, marks, mark_starts, more)
    if cs is None:
        cs = max([m.end() for m in _marks(_CLAUSE, text, ss, s, more)] + [ss])
    if cs > ss and _PARTICIPLE_OPENS.match(low, cs):
        # "Wafer fab equipment sales are projected to expand 14.7%, reaching USD 113 billion": a clause that opens
        # with a participle goes on with the one before it
        # (not at a comma inside a figure: "by 540,000 b/d")
        cs = max([m.end() for m in _marks(_CLAUSE, text, ss, cs - 1, more)
                  if not any(fs < m.start() < fe for fs, fe in spans)] + [ss])
    ce = _clause_end(text, e, se, marks, mark_starts, more)
    if ce is None:
        m = _first_mark(_CLAUSE, text, e, se, more)
        ce = m.start() if m else se
    starts, ends = _span_edges(spans, memo)
    prev_end = _last_end(ends, ss, s)
    next_start = _first_start(starts, e, se)
    ws = max([m.end() for m in _marks(_LEFT_MARK, text, prev_end, s, more)] + [prev_end])
    if ws > 0 and text[ws - 1] in "(（" and ws - 1 > prev_end:
        # "论文数量(占全球22.8%)": a figure in parentheses annotates the words before them
        ws = max([m.end() for m in _marks(_LEFT_MARK, text, prev_end, ws - 1, more)] + [prev_end])
    aside = _ASIDE_BEFORE.search(text, prev_end, ws)
    if aside and aside.end() == ws:
        # "笔记本(包括移动工作站)出货量增长4%": an aside on what is included does not cut the phrase
        ws = max([m.end() for m in _marks(_LEFT_MARK, text, prev_end, aside.start(), more)] + [prev_end])
    m = _first_mark(_RIGHT_MARK, text, e, next_start, more)
    we = m.start() if m else next_start
    if ("」" in text or "』" in text) and se - ss <= 120:
        # 「增長近2成」 收入達5兆: a closing quote and a space end a headline's phrase (a headline's length only: in a
        # long run of such phrases every figure would fall back to reading its whole sentence)
        q = _QUOTE_SPACE.search(text, e, we)
        we = q.start() + 1 if q else we
    if prev_end > ss and " and " in text[prev_end:s] and _ITEM_REST.fullmatch(text, prev_end, s) and \
            (item := _LIST_PREDICATE.match(low, e)):
        # "…, 51 million frogs and a staggering 2.5 billion reptiles were affected by the fires …": the last item
        # of a list of figures sharing a predicate is its own noun, as the other items are (not "fires", "hectares")
        we = min(we, item.start(1))
    restated = _RESTATED.match(text, e) if next_start < se else None
    if restated and next_start < restated.end() <= se:
        # "$7.7bn (RMB54.9b) at the box office": the figure in brackets restates it; the words after them are
        # what both measure
        after = _first_start(starts, restated.end(), se)
        m = _first_mark(_RIGHT_MARK, text, restated.end(), after, more)
        we = m.start() if m else after
    return View(block, low, s, e, ss, se, cs, ce, ws, we, spans, more)


# the rest of an item in a list of figures, up to the next figure: "143 million mammals, ", "51 million frogs and a
# staggering " (a noun of a word or two, a comma or "and"; no verb, no preposition: "5 million units, up 3%" is
# no list)
_ITEM_REST = re.compile(rf"\s+{_ITEM}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:a|an)\s+[a-z]+\s+)?")


# what may stand before a list of figures opening its clause: nothing, a determiner or an approximation
_LIST_OPENS = re.compile(r"\s*(?:(?:an?\s+estimated|an?|the|some|about|around|nearly|almost|roughly|approximately|over|"
                         r"more\s+than|at\s+least)\s+)?")
# a list's last item (a word or two) and the verb said of the list: were affected, have died, are listed
_LIST_PREDICATE = re.compile(rf"\s+{_ITEM}(\s+)(?:were|was|are|is|have|has|had|will|would|could|may|might)\b")


def list_end(v: View) -> int:
    """Where the clause of a list of figures ends, read from one of its items ("143 million mammals, 180 million
    birds, 51 million frogs and a staggering 2.5 billion reptiles were affected by the fires … across Australia":
    the items share the predicate after the last one); v.ce for a figure in no such list."""
    text, e, ce, end = v.text, v.e, v.ce, v.ce
    if not _LIST_OPENS.fullmatch(v.low, v.cs, v.s):
        return ce  # ("children received at least one vaccine, and a million more completed …": a clause of its own)
    for s, f in v.spans:
        if s < e:
            continue
        m = _ITEM_REST.fullmatch(text, e, s)
        if m is None:
            break
        closed, e = " and " in m.group(), f
        m = _first_mark(_CLAUSE, text, e, v.se, v.lists)
        end = max(end, m.start() if m else v.se)
        if closed:  # ("30 million people fled, 2 million of them in Sudan": no "and" closes it, no list)
            # the items share a predicate said of them all ("… reptiles were affected by"), not a modifier of the
            # last one ("12 bridges owned by Kenya Railways")
            return end if _LIST_PREDICATE.match(v.low, f) else ce
    return ce


def view_of(views: dict[int, View], block: Block, low: str, spans: tuple[tuple[int, int], ...], k: int,
            more: tuple = ()) -> View:
    """make_view, once per figure of a block: `views`, one per block (and the same spans and lists), keeps them
    (a figure's view is read again for its neighbours' objects), and the clause marks of their sentences."""
    v = views.get(k)
    if v is None:
        v = views[k] = make_view(block, low, spans, k, more, views)
    return v


ASIDE_WORDS = r"(?:包括|包含|含|不含|不包括|including|includes|excluding|except|such as|e\.g\.|如)"
_ASIDE_BEFORE = re.compile(r"[(（]\s*" + ASIDE_WORDS + r"[^()（）]{0,40}[)）]\s*", re.I)
