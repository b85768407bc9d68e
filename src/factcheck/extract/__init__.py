"""Stage 3, find numbers and units: documents in, claims out.

    numerals     number cores (Arabic, Chinese, English words)
    quantities   scale words, units, currency, signs, fractions, hedges around a core
    ranges       two quantities joined into low/high
    nonclaims    dates, codes, list numbers, labels, names: numbers that are not claims
    units        pint conversion to the canonical unit
"""
from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import replace

from ..knowledge import LATIN, Knowledge, knowledge
from ..model import Claim, Document
from ..normalize import NormLine, normalize_text
from . import ages, nonclaims, units
from .numerals import Core
from .numerals import _ordinal_denominator
from .quantities import _CJK_CHAR, _ORDINAL_WORDS, POINT_WORD, LineParser, Quantity, _combine, ascii_lower
from .ranges import join_compounds, join_factors, join_listed_units, join_ranges, join_rates, join_shares
from .tables import TableState, apply_money_columns

_LABEL_RANGE_GAP = re.compile(r"(?:\s?[-–—]\s?| to | and | through | & )$")
# (one class of the marks first, a full stop then checked for what follows it: the scan skips to the marks)
_SENTENCE_END = re.compile(r"[。！？!?；;.](?:(?<=[^.])|(?=\s|$))")


@functools.lru_cache(maxsize=4)
def _figure_word_pattern(K: Knowledge) -> re.Pattern:
    """The figure words, the longest at a position (the table lists them longest first, so this is the first of
    them in its order): a trie, whose first characters make the class the regex engine skips to."""
    return re.compile(nonclaims._trie([w for w, *_ in K.figure_words]))


@functools.lru_cache(maxsize=4)
def _figure_word_table(K: Knowledge) -> dict[str, tuple[float, str, str | None]]:
    return {w: (v, unit, q) for w, v, unit, q in K.figure_words}


def _figure_words(parser: LineParser, K: Knowledge, taken: list[Quantity]) -> list[Quantity]:
    """Words that are figures: 逾半, more than half (a share of 50 %), doubled, 翻两番 (times), 对折 (50 %).
    A hedge before the word qualifies it (at least half, more than doubled)."""
    out = []
    table = _figure_word_table(K)
    low = parser.low
    for m in _figure_word_pattern(K).finditer(low):
        if any(q.start < m.end() and m.start() < q.end and not q.rejected
               and (q.has_unit or q.start < m.start() or q.end > m.end()) for q in taken):
            continue  # a figure already read there (a bare number inside the word, as zero in absolute zero, yields)
        w = m.group()
        if w[0] in LATIN and m.start() > 0 and low[m.start() - 1] in LATIN or (
                w[-1] in LATIN and m.end() < len(low) and low[m.end()] in LATIN):
            continue
        before = low[max(0, m.start() - 8):m.start()].rstrip().rstrip("-")  # "first-half of 2025" too
        if any(before.endswith(x) and not (x[0] in LATIN and before[-len(x) - 1:-len(x)].isalpha())
               for x in K.half_not_after):
            continue  # the first half of 2024, 上半年: a period
        value, unit, qual = table[w]
        start, end = m.start(), m.end()
        kind = unit if unit in ("ratio", "percent", "times", "count") else "physical"
        if unit == "ratio":  # half a million, half a mile: a fraction of the scale or unit that follows
            p = end + (end < len(low) and low[end] == " ")
            word = re.match(r"[a-z]+", low[p:])
            f = parser.unit_at(p)
            if word and word.group() in K.en_scales:
                value, kind, unit, end = value * K.en_scales[word.group()], "count", "count", p + word.end()
            elif w.endswith((" a", " an")) and POINT_WORD.match(low, end):  # half a point: not a share of 50 %
                kind, unit, end = "count", "count", POINT_WORD.match(low, end).end()
            elif f is not None and f.kind in ("physical", "money", "percent", "percentage_points"):
                value, kind, unit, end = value * f.factor, f.kind, f.unit, p + parser.unit_len(p, f)
        if qual is None or qual == "hedged":
            hq, hs = parser._hedge_before(start)
            ha, he = parser._hedge_after(end)  # 一半以上, half or more: a bound after the word as before it
            if hq is not None or ha is not None:
                qual = _combine(hq, ha)
                start = hs if hq is not None and hs is not None else start
                end = he if ha is not None and he is not None else end
            elif qual == "hedged":
                continue  # a bare half with no hedge around it
        core = Core(m.start(), m.end(), value, script="cn")
        out.append(Quantity(start, end, value, kind, unit, qual, core, has_unit=kind != "count"))
    return out


_HALF = re.compile("半")


@functools.lru_cache(maxsize=1)
def _half_unit_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """`half_unit_not_after` and `half_unit_not` of numerals.toml [chinese]."""
    from ..knowledge import _data, to_simplified

    cn = _data("numerals.toml")["chinese"]
    return (frozenset(to_simplified(c) for c in cn.get("half_unit_not_after", [])),
            tuple(to_simplified(u) for u in cn.get("half_unit_not", [])))


def _half_units(parser: LineParser, K: Knowledge, taken: list[Quantity]) -> list[Quantity]:
    """半 right before a unit of measure: half of that unit (半斤 0.25 kg, 半小时, 半个小时, 半米), as "half a
    mile" is. Not where 半 belongs to another figure or a period (一个半小时, 上半年, 大半, 过半) or makes a word
    with the unit (半天, 半年报)."""
    text = parser.text
    not_after, not_units = _half_unit_words()
    out = []
    masks = None
    for m in _HALF.finditer(text):
        i = m.start()
        if i > 0 and text[i - 1] in not_after:
            continue
        p = i + 1 + (text[i + 1:i + 2] == "个")
        f = parser.unit_at(p)
        if f is None or f.kind != "physical" or not _CJK_CHAR.match(f.form) or f.form.startswith(not_units):
            continue
        end = p + parser.unit_len(p, f)
        if any(q.start < end and i < q.end for q in taken):
            continue
        if masks is None:
            masks = nonclaims.masked_spans(text, K)
        if any(s <= i < e for s, e, _ in masks):
            continue  # 半斤八两: an idiom
        core = Core(i, i + 1, 0.5, script="cn")
        out.append(Quantity(i, end, 0.5 * f.factor, f.kind, f.unit, None, core, has_unit=True))
    return sorted(taken + out, key=lambda q: q.start) if out else taken


_ARTICLE = re.compile(r"a(?<![a-z]a)n? (?=[a-z])")  # a or an before a word: (?<![a-z])an? (?=[a-z]), led by its "a"


def _article_money(parser: LineParser, taken: list[Quantity]) -> list[Quantity]:
    """An article before a currency word is one of it: a penny, a dollar, a euro (costs a dollar a day). Only
    money: "a mile", "an hour", "a day" are mostly frames or rates, not figures."""
    out = []
    low = parser.low
    for m in _ARTICLE.finditer(low):
        p = m.end()
        f = parser.K.suffix_units.match(parser.text, low, p)
        if f is None or f.kind != "money" or not f.form.isalpha() or f.form == "quid":
            continue  # (a quid is mostly the start of "a quid pro quo": after a number only)
        e = p + len(f.form)
        if e < parser.n and low[e].isalpha() or any(q.start < e and m.start() < q.end for q in taken):
            continue
        core = Core(m.start(), m.end() - 1, 1.0, script="en")
        out.append(Quantity(m.start(), e, f.factor, "money", f.unit, None, core, has_unit=True,
                            written_value=1.0 if f.factor < 1 else None))
    return out


_HALF_WORDS = ("a half", "an half", "one half")
_ARTICLE_NOUN_AND = re.compile(r"(?<![a-z])(?:a|an|one) ((?:[a-z]+ )?[a-z]+) and $")


def _and_a_half(parser: LineParser, qs: list[Quantity]) -> list[Quantity]:
    """"and a half" after a measure adds half of its unit: 3 hours and a half (3.5 h), two miles and a half, an
    hour and a half, a year and a half (1.5 of the unit the article counts). It is never a share of 50 %: after a
    noun that is no unit (an apple and a half) it is no figure of its own."""
    low = parser.low
    out: list[Quantity] = []
    for q in qs:
        if q.rejected or low[q.start:q.end] not in _HALF_WORDS or not low.endswith(" and ", 0, q.start):
            out.append(q)
            continue
        j = q.start - 5
        prev = out[-1] if out and out[-1].end == j and not out[-1].rejected else None
        if prev is not None and prev.kind in ("physical", "money") and prev.low is None and prev.core.value \
                and prev.core.value > 0 and float(prev.core.value).is_integer():
            step = 0.5 * prev.value / prev.core.value  # half of one unit (three decades and a half: 35 years)
            out[-1] = replace(prev, end=q.end, value=prev.value + step,
                              written_value=None if prev.written_value is None else prev.written_value + 0.5)
            continue
        m = _ARTICLE_NOUN_AND.search(low, 0, q.start)
        if prev is None and m:
            f = parser.unit_at(m.start(1))
            if f is not None and f.kind in ("physical", "money") and m.start(1) + parser.unit_len(m.start(1), f) == j:
                core = Core(m.start(), q.end, 1.5, script="en")
                out.append(Quantity(m.start(), q.end, 1.5 * f.factor, f.kind, f.unit, None, core, has_unit=True))
                continue
        if prev is not None:
            out.append(q)  # (a figure of another kind right before: both stay as read)
        # else an apple and a half, long and a half: no share of 50 %
    return out


@functools.lru_cache(maxsize=4)
def _start_pattern(K: Knowledge) -> re.Pattern:
    """Where a number may start: a digit, a Chinese numeral, or an English number word (longest first) standing
    alone, `[\\d一二…]|(?<![a-z])(?:seventeen|…|a)(?![a-z])`.

    Written to begin with one character class (the digits, the numerals and the words' first letters), which
    lets the regex engine skip to those characters instead of trying the pattern at every position of the line;
    the first letter then picks the words it begins (in the same longest-first order) by a look-behind.
    """
    cn = "".join(sorted(set(K.cn_digits) | set(K.cn_small) | set(K.cn_big) | set(K.cn_tens or ())))
    words = sorted(set(K.en_ones) | set(K.en_tens) | set(K.en_negative) | {"a", "an", "half", "quarter"},
                   key=len, reverse=True)
    rests: dict[str, list[str]] = {}  # first letter -> the rest of each word it begins
    for w in words:
        rests.setdefault(w[0], []).append(re.escape(w[1:]))
    by_letter = "|".join(f"(?<={re.escape(c)})(?:{'|'.join(r)})" for c, r in rests.items())
    numeral = r"\d" + re.escape(cn)
    return re.compile(rf"[{numeral}{re.escape(''.join(rests))}]"
                      rf"(?:(?<=[{numeral}])|(?<![a-z].)(?:{by_letter})(?![a-z]))")


class _MaskCover:
    """End of the furthest-reaching mask covering p, or None, for positions p asked in increasing order (masks
    are sorted by start and may nest): the furthest end of the masks starting at or before p, kept as p grows,
    covers p exactly when it lies beyond it."""

    def __init__(self, masks: list[tuple[int, int, str]]):
        self.masks = masks
        self.i = 0  # masks[:i] start at or before the last p asked
        self.end = -1  # their furthest end

    def at(self, p: int) -> int | None:
        masks, i = self.masks, self.i
        while i < len(masks) and masks[i][0] <= p:
            if masks[i][1] > self.end:
                self.end = masks[i][1]
            i += 1
        self.i = i
        return self.end if self.end > p else None


def quantities_in_line(text: str, K: Knowledge, money_columns: dict | None = None) -> list[Quantity]:
    """All quantities on one normalised line, ranges joined; rejected ones carry their reason. In a table row,
    `money_columns` (cell index -> currency, scale) turns bare numbers into money."""
    pat = _start_pattern(K)
    low = ascii_lower(text)
    if not pat.search(low) and not _figure_word_pattern(K).search(low) and not (
            _says_how_often(low) and _FREQUENCY_WORDS.search(low)):
        if not ("between" in low or " than " in low or _says_a_run(low) or "半" in text):
            return []  # (most lines of prose: no parser needed)
        parser = LineParser(text, K, low)
        out = _ordinal_ranges(parser, K, []) if "between" in parser.low or " than " in parser.low else []
        if _says_a_run(parser.low):
            out = _ordinal_runs(parser, K, out)
        return _half_units(parser, K, out) if "半" in text else out
    parser = LineParser(text, K, low)
    masks = nonclaims.masked_spans(text, K)
    cover = _MaskCover(masks)
    out: list[Quantity] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = pat.search(parser.low, pos)
        if not m:
            break
        p = m.start()
        mend = cover.at(p) if masks else None  # (p only grows: each match starts after the last)
        if mend is not None:
            pos = max(mend, p + 1)
            continue
        core = parser.core_at(p)
        if core is None or core.end <= p:
            pos = m.end()
            continue
        parser.floor = out[-1].end if out else 0
        q = parser.quantity(core)
        if q is None:
            pos = core.end
            continue
        if (out and out[-1].rejected in ("name", "identifier") and q.rejected is None and q.start > out[-1].end
                and text[out[-1].end:q.start] == "-" and not q.has_unit):
            q = replace(q, rejected=out[-1].rejected)  # Boeing 787-9, Windows 10-11: the rest of the name
        elif (out and out[-1].rejected == "label" and q.rejected is None and not q.has_unit and q.kind == "count"
              and _LABEL_RANGE_GAP.match(text, out[-1].end, q.start)):
            q = replace(q, rejected="label")  # pages 10-12, notes 4 to 6, Table 2 and 3: the other end is a label too
        if out and q.start < out[-1].end:
            if out[-1].rejected and out[-1].start >= q.start:
                out.pop()  # 零下五度: the rejected 零 is part of this figure's sign
            else:
                q = _trim_start(q, out[-1].end)
        out.append(q)
        pos = max(q.end, core.end)
    if K.figure_words and (not out or _figure_word_pattern(K).search(parser.low)):
        words = _figure_words(parser, K, out)
        if words:
            kept = [q for q in out if not any(q.start < w.end and w.start < q.end for w in words)]
            out = sorted(kept + words, key=lambda q: q.start)
    if "a " in parser.low or "an " in parser.low:
        money = _article_money(parser, out)
        if money:
            out = sorted(out + money, key=lambda q: q.start)
    if "半" in text:
        out = _half_units(parser, K, out)
    if " and a" in parser.low or " and one half" in parser.low:
        out = _and_a_half(parser, out)
    if "times" in parser.low or "次" in text or "once" in parser.low or "twice" in parser.low:
        out = _frequencies(parser, out)
    if money_columns:
        out = apply_money_columns(out, text, money_columns)
    out = join_factors(out, text)
    out = join_ranges(join_shares(join_compounds(out, text, functools.partial(_unit_factor, K)), text), text)
    if " per " in parser.low:
        out = join_rates(out, text)
    out = join_listed_units(out, text)
    if "between" in parser.low or " than " in parser.low:
        out = _ordinal_ranges(parser, K, out)
    if _says_a_run(parser.low):
        out = _ordinal_runs(parser, K, out)
    if "-to-" in parser.low:
        out = _odds(parser, K, out)
    if ":" in text or "：" in text:
        out = _colon_ratios(parser, out)
    if out and ("(" in text or "（" in text):
        out = _hedge_into_conversion(out, text)
    if out:
        out = ages.group_ages(out, text, parser.low)
    return _bare_yuan(out, parser.low) if "元" in text or "块" in text else out


_CONVERSION_OPENS = re.compile(r"\s*[(（]\s*")


def _hedge_into_conversion(out: list[Quantity], text: str) -> list[Quantity]:
    """A hedge before a figure holds for its conversion in brackets right after it: "about 92 feet (28 m)", "more
    than 3,000 feet (1,000 m)", 約386,400平方公里(149,200平方哩): the bracketed figure says the same, in another unit
    (a length after a length, money after money; not a share after an amount, "about 1,200 (35%)")."""
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.qualifier and not b.qualifier and a.kind == b.kind and a.kind in ("physical", "money") and \
                a.unit != b.unit and a.low is None and b.low is None and not (a.rejected or b.rejected) and \
                _CONVERSION_OPENS.fullmatch(text, a.end, b.start):
            out[i] = replace(b, qualifier=a.qualifier)
    return out


# a ratio written N-to-M: a 3-to-1 margin, a two-to-one majority, 10-to-1 odds. One figure, N/M times; never
# the two numbers apart. Only where M is one or a ratio's noun follows; otherwise an ascending pair is a range
# (aged 18-to-24, a 5-to-10-year sentence: ranges.py) and a descending one a tally or hours (ruled 6-to-3, a
# 9-to-5 job), no figure, as a score written 7-2 is none.
_ODDS = re.compile(r"(?<![\w.,-])(?P<a>\d+(?:\.\d+)?|[a-z]+)-to-(?P<b>\d+(?:\.\d+)?|[a-z]+)(?![\w-])"
                   r"(?P<n> (?:margin|majority|ratio|vote|lead|edge|advantage|odds|shot|favou?rite|underdog|"
                   r"split|decision|ruling)s?(?![a-z]))?")


def _odds(parser: LineParser, K: Knowledge, out: list[Quantity]) -> list[Quantity]:
    found, tallies = [], []
    for m in _ODDS.finditer(parser.low):
        a, b = (float(x) if x[0].isdigit() else K.en_ones.get(x) for x in (m.group("a"), m.group("b")))
        if not a or not b:
            continue
        if not (b == 1 or m.group("n")):
            if a > b:
                tallies.append((m.start(), m.end("b")))  # ruled 6-to-3, a 9-to-5 job: a tally or hours, as 7-2 is
            continue
        core = Core(m.start(), m.end("b"), a / b, script="en" if m.group("a")[0].isalpha() else "arabic")
        found.append(Quantity(m.start(), m.end("b"), a / b, "times", "times", None, core, has_unit=True))
    if not found and not tallies:
        return out
    spans = [(f.start, f.end) for f in found] + tallies
    kept = [q for q in out if not any(q.start < e and s < q.end for s, e in spans)]
    return sorted(kept + found, key=lambda q: q.start)


# a ratio written N:M where the words name a ratio (男女比例为1.05:1, 性别比104.3：100, "a ratio of 3:1", "a 2:1
# margin", 之比为5:3): one figure, N/M times, as N-to-M is; never the two numbers apart. Without such a word a
# colon between numbers is a score, a time or a verse (2:30, 3:1 in a match) and stays no figure.
_COLON_RATIO = re.compile(r"(?<![A-Za-z0-9_.:：])(?P<a>\d+(?:\.\d+)?)\s?[:：]\s?(?P<b>\d+(?:\.\d+)?)"
                          r"(?![A-Za-z0-9_:：]|[.,]\d)"
                          r"(?P<n> (?:margin|majority|ratio|split)s?(?![a-z]))?")
_RATIO_BEFORE = re.compile(r"(?:比例|比率|之比|性别比|男女比|配比|比值|ratio|proportion)[^,，。;；]{0,32}$")
# a result after the two numbers: a score ("the 3:1 win", 3:1战胜), whatever ratio word came before
_SCORE_AFTER = re.compile(r"\s?(?:wins?|victory|defeat|loss|draw|lead|scoreline|home win|away win|胜|负|战胜|击败|获胜|落败)")


def _colon_ratios(parser: LineParser, out: list[Quantity]) -> list[Quantity]:
    found = []
    for m in _COLON_RATIO.finditer(parser.low):
        if not (m.group("n") or _RATIO_BEFORE.search(parser.low, max(0, m.start() - 48), m.start())):
            continue
        a, b = float(m.group("a")), float(m.group("b"))
        if not a or not b or nonclaims.is_year(a, m.group("a")):
            continue  # "a record in 2024: 2,667 TWh": a year and the figure of that year
        if re.fullmatch(r"\d{1,2}", m.group("a")) and a <= 24 and re.fullmatch(r"[0-5]\d", m.group("b")):
            continue  # "counted by 10:30 p.m.", "at 9:30 on Monday": a time of day, whatever word came before
        if _SCORE_AFTER.match(parser.low, m.end("b")):
            continue  # "a large proportion of fans saw the 3:1 win": a score
        start, qual = m.start(), None
        hq, hs = parser._hedge_before(start)  # 比例约为7:3: about
        if hq is not None and hs is not None:
            start, qual = hs, hq
        core = Core(m.start(), m.end("b"), a / b, script="arabic")
        found.append(Quantity(start, m.end("b"), a / b, "times", "times", qual, core, has_unit=True))
    if not found:
        return out
    kept = [q for q in out if not any(q.start < f.end and f.start < q.end for f in found)]
    return sorted(kept + found, key=lambda q: q.start)


_ORD = (rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:{_ORDINAL_WORDS})s?"
        r"|\d{1,4}(?:st|nd|rd|th)")
_ORD_CMP = r"(?:higher|lower|greater|less|more|better|worse|above|below)(?: than)?"
# two ordinals as the ends of a range; the word after the second may only be a rank's noun or a function word
# (between the first and second quarters are periods, between the 3rd and 9th of June dates)
_ORDINAL_RANGE = re.compile(
    rf"(?<![a-z])(?:between (?:the )?(?P<a>{_ORD}) and (?:the )?(?P<b>{_ORD})"
    rf"|{_ORD_CMP} (?:the )?(?P<c>{_ORD}),? (?:but|and) {_ORD_CMP} (?:the )?(?P<d>{_ORD}))(?![a-z0-9-])"
    r"(?! (?!(?:place|places|position|positions|spot|spots|rank|in|on|among|with|by|at|and|but|or|for)(?![a-z]))[a-z])")


def _ordinal_value(w: str, K: Knowledge) -> float | None:
    if w[0].isdigit():
        return float(w[:-2])
    w = w[:-1] if w.endswith("s") else w  # the fifths, the seconds: no ordinal word ends in s
    return {"first": 1.0, "second": 2.0}.get(w) or _ordinal_denominator(w, K)


def _ordinal_ranges(parser: LineParser, K: Knowledge, out: list[Quantity]) -> list[Quantity]:
    """"between the third and the seventh", "higher than the tenth but lower than the fifteenth": a range of
    ranks (3-7, 10-15). An ordinal alone is no figure; two of them bounding a range are."""
    found = []
    for m in _ORDINAL_RANGE.finditer(parser.low):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        va, vb = _ordinal_value(a, K), _ordinal_value(b, K)
        if va is None or vb is None or va == vb:
            continue
        lo, hi = min(va, vb), max(va, vb)
        core = Core(m.start(), m.end(), lo, script="en")
        found.append(Quantity(m.start(), m.end(), float("nan"), "count", "count", None, core, low=lo, high=hi))
    if not found:
        return out
    kept = [q for q in out if not any(q.start < f.end and f.start < q.end for f in found)]
    return sorted(kept + found, key=lambda q: q.start)


# for the 10th consecutive year, the fifth straight month: a run of that many periods (an ordinal alone is no
# figure; one that counts consecutive periods states how long the run has lasted)
_RUN_PERIODS = r"(?P<u>years?|months?|quarters?|weeks?|days?|sessions?|seasons?)(?![a-z-])"
_ORDINAL_RUN = re.compile(rf"(?<![a-z0-9])(?P<o>{_ORD}) (?:consecutive|straight|successive) " + _RUN_PERIODS)
# the run's word after the period: the 14th year in a row, the third month running
_ORDINAL_RUN_AFTER = re.compile(rf"(?<![a-z0-9])(?P<o>{_ORD}) " + _RUN_PERIODS + r" (?:in a row|running)(?![a-z])")
# 连续第十四年, 连续第5个月 (連續 is 连续 once normalised): the Chinese run, 连续 before the ordinal (a run of
# quarters, 连续第三个季度, is left out as "the third consecutive quarter" is: no unit table has a quarter)
_CN_RUN = re.compile(r"连续\s?第\s?(?P<o>[\d〇零一二两三四五六七八九十百]+)\s?(?P<u>年|个月|周|个星期|天|日)")


def _says_a_run(low: str) -> bool:
    """The line has a word of _ORDINAL_RUN's (a cheap test before its search)."""
    return ("consecutive" in low or "straight" in low or "successive" in low or "in a row" in low
            or "running" in low or "连续" in low)


def _ordinal_runs(parser: LineParser, K: Knowledge, out: list[Quantity]) -> list[Quantity]:
    found = []
    for m in (*_ORDINAL_RUN.finditer(parser.low), *_ORDINAL_RUN_AFTER.finditer(parser.low)):
        v = _ordinal_value(m.group("o"), K)
        f = parser.unit_at(m.start("u"))
        if v is None or v < 2 or f is None or f.kind != "physical":
            continue
        core = Core(m.start(), m.end("o"), v, script="en" if m.group("o")[0].isalpha() else "arabic")
        found.append(Quantity(m.start(), m.end(), v, f.kind, f.unit, None, core, has_unit=True))
    for m in _CN_RUN.finditer(parser.text) if "连续" in parser.text else ():
        c = parser.core_at(m.start("o"))
        f = parser.unit_at(m.start("u") + (m.group("u") == "个星期"))  # (个 alone is a measure word)
        if c is None or c.end != m.end("o") or c.value < 2 or f is None or f.kind != "physical":
            continue
        core = Core(m.start("o"), m.end("o"), c.value, script="arabic" if m.group("o")[0].isdigit() else "cn")
        found.append(Quantity(m.start(), m.end(), c.value, f.kind, f.unit, None, core, has_unit=True))
    if not found:
        return out
    kept = [q for q in out if not any(q.start < f.end and f.start < q.end for f in found)]
    return sorted(kept + found, key=lambda q: q.start)


_PERIOD_WORDS = {"second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
                 "fortnight": "fortnight", "month": "month", "quarter": "quarter", "year": "year",
                 "hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week", "monthly": "month",
                 "quarterly": "quarter", "yearly": "year", "annually": "year"}
_FREQUENCY_EN = re.compile(r" (?:(?:a|an|per|each|every) (second|minute|hour|day|week|fortnight|month|quarter|year)"
                           r"|(hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually))(?![a-z])")
_FREQUENCY_WORDS = re.compile(r"(?<![a-z])(once|twice|thrice)(?= (?:a|an|per|each|every) |"
                              r" (?:hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually)(?![a-z]))")


def _says_how_often(low: str) -> bool:
    """The line has a word of _FREQUENCY_WORDS (a cheap test before its search, which tries every position)."""
    return "once" in low or "twice" in low or "thrice" in low


_FREQUENCY_CN = re.compile(r"每(?:一)?(秒|秒钟|分钟|小时|个小时|天|日|晚|周|星期|个星期|礼拜|月|个月|季度|年)[\u4e00-\u9fff]{0,4}$")
_CN_PERIODS = {"秒": "second", "秒钟": "second", "分钟": "minute", "小时": "hour", "个小时": "hour", "天": "day",
               "日": "day", "晚": "day", "周": "week", "星期": "week", "个星期": "week", "礼拜": "week", "月": "month",
               "个月": "month", "季度": "quarter", "年": "year"}


def _frequencies(parser: LineParser, qs: list[Quantity]) -> list[Quantity]:
    """How often, as one figure: four times a week, 3 times per day, 12 times daily, twice a year, once an hour;
    每周三次, 每天服用3次 (每 and a period before a count of 次, a verb of up to four characters between): a count per
    period (count / week), not occurrences and not a multiple. "three times in a year" stays occurrences."""
    low, text = parser.low, parser.text
    out = []
    for q in qs:
        if q.kind == "count" and q.rejected is None and q.low is None and q.noun is not None:
            m = _FREQUENCY_EN.match(low, q.end) if q.noun.lower() == "times" else None
            c = _FREQUENCY_CN.search(text, max(0, q.start - 9), q.start) if q.noun == "次" else None
            if m is not None:
                period = _PERIOD_WORDS[m.group(1) or m.group(2)]
                q = replace(q, kind="physical", unit=f"count / {period}", end=m.end(), has_unit=True)
            elif c is not None:
                q = replace(q, kind="physical", unit=f"count / {_CN_PERIODS[c.group(1)]}", has_unit=True)
        out.append(q)
    for w in _FREQUENCY_WORDS.finditer(low) if _says_how_often(low) else ():
        m = _FREQUENCY_EN.match(low, w.end())
        if m is None or any(q.start < m.end() and w.start() < q.end and not q.rejected for q in out):
            continue
        value = {"once": 1.0, "twice": 2.0, "thrice": 3.0}[w.group(1)]
        core = Core(w.start(), w.end(), value, script="en")
        period = _PERIOD_WORDS[m.group(1) or m.group(2)]
        out.append(Quantity(w.start(), m.end(), value, "physical", f"count / {period}", None, core, has_unit=True))
    return sorted(out, key=lambda q: q.start)


_YUAN_FAMILY = frozenset({"CNY", "TWD", "HKD", "MOP"})
_NAMES_CNY = ("人民币", "rmb", "cny", "¥", "y=", "yuan", "renminbi")
# the currency named in brackets right after the amount: 1兆2074億元(人民幣，下同，約新台幣5兆元)
_CNY_AFTER = re.compile(r"\s*[（(]\s*(?:人民币|人民幣|rmb|cny)")


def _bare_yuan(qs: list[Quantity], low: str) -> list[Quantity]:
    """元 (块, 毛) names no currency of its own: it is the unit of the yuan, the New Taiwan dollar, the Hong Kong
    dollar and the pataca alike, read as yuan by default. When the line names exactly one of them explicitly
    (逾23.7億元 … 超過新臺幣23.7億元), a bare 元 on it is that one."""
    if not any(q.kind == "money" and q.unit in _YUAN_FAMILY and q.unit != "CNY" and not q.rejected for q in qs):
        return qs  # (no other yuan-family currency named: nothing to change)
    named, bare = set(), []
    for i, q in enumerate(qs):
        if q.kind != "money" or q.unit not in _YUAN_FAMILY or q.rejected:
            continue
        if q.unit == "CNY" and not any(w in low[q.start:q.end] for w in _NAMES_CNY) and \
                not _CNY_AFTER.match(low, q.end):
            bare.append(i)
        else:
            named.add(q.unit)
    if not bare or len(named) != 1 or named == {"CNY"}:
        return qs
    code = next(iter(named))
    out = list(qs)
    for i in bare:
        out[i] = replace(out[i], unit=code)
    return out


@functools.lru_cache(maxsize=1)
def _yuan_names(K: Knowledge) -> dict[str, tuple[str, ...]]:
    """The unit table's names of the yuan family's other members in Chinese characters (新台币, 港元, 澳门元)."""
    out: dict[str, set[str]] = {}
    for f in K.prefix_units.forms + K.suffix_units.forms:
        if f.kind == "money" and f.unit in _YUAN_FAMILY and f.unit != "CNY" and _CJK_CHAR.search(f.form):
            out.setdefault(f.unit, set()).add(f.form)
    return {k: tuple(v) for k, v in out.items()}


def document_yuan(claims: list[Claim], text: str) -> list[Claim]:
    """A page in Traditional characters that names the New Taiwan dollar or the pataca, no other member of the
    yuan family and never the yuan (人民幣, RMB), writes its bare 元 in that currency: 博彩收入約421﹒98億元 on a
    Macau page that says 澳門元 elsewhere is patacas, as 7010億元 on a Taiwan page saying 新台幣 is New Taiwan
    dollars. Never the Hong Kong dollar: Hong Kong's press writes the mainland's figures in bare 元 beside share
    prices in 港元, and a Taiwan page may quote one Hong Kong price (a page naming 港元 besides is left alone too).
    (A line naming one already decides for itself, `_bare_yuan`. Simplified pages are left alone: mainland news
    quotes Hong Kong share prices in 港元 beside amounts in 元 that are yuan.)"""
    if not any(c.unit == "CNY" and c.written_unit == "CNY" for c in claims):
        return claims
    from ..language import detect
    from ..normalize import to_simplified

    if detect(text) != "zh-Hant":
        return claims
    low = to_simplified(text).lower()
    if any(w in low for w in _NAMES_CNY):
        return claims
    named = {code for code, forms in _yuan_names(knowledge()).items() if any(f in low for f in forms)}
    if len(named) != 1 or named == {"HKD"}:
        return claims  # (Hong Kong's press quotes the mainland's figures in bare 元 beside share prices in 港元)
    code = named.pop()
    return [replace(c, unit=code, written_unit=code) if c.unit == "CNY" and c.written_unit == "CNY" else c
            for c in claims]


def _unit_factor(K: Knowledge, unit: str) -> tuple[str, float] | None:
    """A physical unit's canonical unit and its size in it (for 5 ft 2 in), None when pint cannot tell."""
    try:
        _, canon, factor = units.resolve(unit, K.canonical_units)
    except Exception:
        return None
    return (canon, factor) if factor == factor else None


def _trim_start(q: Quantity, start: int) -> Quantity:
    return replace(q, start=max(q.start, min(start, q.core.start)))


def sentence_bounds(text: str) -> list[int]:
    """Offsets just after each sentence end in a line (computed once per line)."""
    return [m.end() for m in _SENTENCE_END.finditer(text)]


def _sentence(line: NormLine, bounds: list[int], s: int, e: int) -> str:
    """The sentence of the original line around original columns [s, e)."""
    i = bisect.bisect_right(bounds, s)
    start = bounds[i - 1] if i else 0
    j = bisect.bisect_right(bounds, e)
    end = bounds[j] if j < len(bounds) else len(line.original)
    sent = line.original[start:end].strip()
    return sent if len(sent) <= 400 else sent[:400] + "…"


def _round(x: float | None) -> float | None:
    if x is None or isinstance(x, float) and not math.isfinite(x):
        return None  # (a NaN or an infinity)
    if -1e12 < x < 1e12 and x == int(x):
        return float(x)  # a whole number of up to twelve digits prints as itself
    return float(f"{x:.12g}")


def _growth_multiple(text: str, start: int, K: Knowledge) -> bool:
    """增长1.7倍, 按年飆約3.6倍: a growth verb right before N倍 states a rise of N×100 % (numerals.toml
    [growth_multiple]); 增长到3倍, 是去年的3倍 stay multiples."""
    return K.growth_multiple is not None and bool(K.growth_multiple.search(text, max(0, start - 12), start))


def to_claim(path: str, line: NormLine, q: Quantity, K: Knowledge, bounds: list[int]) -> Claim | None:
    s, e = line.to_original(q.start, q.end)
    is_range = q.low is not None and q.high is not None and (q.value != q.value)
    value = None if is_range else q.value
    low, high = (q.low, q.high) if is_range else (None, None)
    qualifier = q.qualifier
    if not is_range:
        if qualifier in ("over", "at_least"):
            low = value
        elif qualifier in ("under", "at_most"):
            high = value
        elif qualifier == "exact":
            low = high = value
    if qualifier == "exact":
        qualifier = None
    unit, written_unit = q.unit, q.unit
    written_value = q.written_value if q.written_value is not None and not is_range else value
    written_low, written_high = low, high  # the bounds in the written unit, before conversion
    if q.kind == "physical":
        try:
            if is_range:
                low, unit, written_unit = units.convert(q.low, q.unit, K.canonical_units)
                high, _, _ = units.convert(q.high, q.unit, K.canonical_units)
            else:
                value, unit, written_unit = units.convert(q.value, q.unit, K.canonical_units)
                if low is not None:
                    low = value
                if high is not None:
                    high = value
        except Exception:  # an unknown unit expression in a user table: keep the figure as written
            unit = written_unit = q.unit
    elif q.kind == "ratio" or q.kind == "times" and _growth_multiple(line.text, q.start, K):
        unit, written_unit = "percent", q.unit if q.kind == "times" else "ratio"
        value = None if value is None else value * 100.0
        low = None if low is None else low * 100.0
        high = None if high is None else high * 100.0
    return Claim(
        path=path, line=line.number, column=s + 1, end_line=line.number, end_column=e + 1,
        text=line.original[s:e], value=_round(value), low=None if low is None else _round(low),
        high=None if high is None else _round(high), unit=unit,
        written_value=_round(written_value), written_unit=written_unit, qualifier=qualifier,
        sentence=_sentence(line, bounds, s, e), kind=q.kind, noun=q.noun, decimals=q.core.decimals,
        written_low=None if written_low is None else _round(written_low),
        written_high=None if written_high is None else _round(written_high), per=q.per,
    )


def extract_lines(path: str, lines: list[NormLine], K: Knowledge | None = None,
                  table: TableState | None = None) -> list[Claim]:
    """The claims of consecutive lines of one document. A caller that feeds a document in pieces passes one
    `table` for all of them, so that a table's header still names the money columns of the rows below it."""
    K = K or knowledge()
    claims: list[Claim] = []
    table = table if table is not None else TableState()
    for line in lines:
        if not line.text.strip():
            continue
        bounds: list[int] | None = None
        columns = table.columns_for(line.text, K) if "|" in line.text or "\t" in line.text or table.header else None
        for q in quantities_in_line(line.text, K, columns):
            if q.rejected:
                continue
            if bounds is None:
                bounds = sentence_bounds(line.original)
            if nonclaims.superscript_at(line.original, *line.to_original(q.core.start, q.core.end)):
                continue  # footnote markers such as ¹¹ (NFKC turned them into digits)
            c = to_claim(path, line, q, K, bounds)
            if c is not None:
                claims.append(c)
    return claims


def extract_document(doc: Document, K: Knowledge | None = None) -> list[Claim]:
    return document_yuan(extract_lines(doc.path, normalize_text(doc.text), K), doc.text)
