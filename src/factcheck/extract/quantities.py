"""From number cores to quantities: scale words, units, currency prefixes, signs, fractions and hedges.

Works on one normalised line. Returns `Quantity` records with spans in the normalised line; the caller maps
them back to the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..knowledge import LATIN, Knowledge, UnitForm
from . import nonclaims
from .numerals import ARABIC, Core, apply_power, parse_english, parse_run


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float  # in the written unit, scale words applied (27 万吨 -> 270000)
    kind: str  # percent, percentage_points, times, money, physical, count, ratio
    unit: str  # percent, percentage_points, times, ISO code, pint expression, count, ratio
    qualifier: str | None
    core: Core
    noun: str | None = None
    hedge_before: str | None = None
    hedge_after: str | None = None
    low: float | None = None
    high: float | None = None
    rejected: str | None = None  # why this is not a claim (kept so that ranges do not join through it)
    has_unit: bool = False
    scale_words: tuple[str, ...] = ()


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_FRACTION_CN = re.compile(r"\s{0,3}分\s{0,3}之\s{0,3}")
_SLASH_FRACTION = re.compile(r"\s?[/⁄]\s?(\d{1,3})(?![\d/.])")
_NEG_WORDS = ("负", "minus ", "negative ")
_RATIO_EN = re.compile(r"\s(?:of every|out of every|out of|in every)\s")


def _word_char(text: str, i: int) -> bool:
    """A digit or Latin letter at i: a "-" after it joins (300-400, S-1) rather than signs."""
    return i >= 0 and text[i].isascii() and text[i].isalnum()


def ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


def _skip_spaces(text: str, p: int, limit: int = 3) -> int:
    q = p
    while q < len(text) and text[q] == " " and q - p < limit:
        q += 1
    return q


class LineParser:
    """Everything needed to read quantities off one normalised line."""

    def __init__(self, text: str, K: Knowledge):
        self.text = text
        self.low = ascii_lower(text)
        self.K = K
        self.n = len(text)

    # ------------------------------------------------------------------ units
    def unit_at(self, p: int) -> UnitForm | None:
        """The unit (or measure word) starting at p, if any; CJK forms may have spaces inside (个 百 分点)."""
        K = self.K
        f = K.suffix_units.match(self.text, self.low, p)
        if f is not None:
            return f
        if p < self.n and _CJK_CHAR.match(self.text, p) and " " in self.text[p:p + 8]:
            chunk = self.text[p:p + 16]
            compact = chunk.replace(" ", "")
            f = K.suffix_units.match(compact, compact, 0)
            if f is not None and len(f.form) > 1:
                return f
        return None

    def unit_len(self, p: int, f: UnitForm) -> int:
        """Characters the form covers in the text at p (more than len(form) when spaces sit inside)."""
        if self.low.startswith(f.form, p) or self.text.startswith(f.form, p):
            return len(f.form)
        got, q = 0, p
        while q < self.n and got < len(f.form):
            if self.text[q] != " ":
                got += 1
            q += 1
        return q - p

    def _scale_unit_at(self, p: int) -> bool:
        """A unit word beginning with a scale character (千米, 兆瓦, 百亿亿次) starts at p."""
        f = self.K.suffix_units.match(self.text, self.low, p)
        return f is not None and f.kind != "count" and len(f.form) > 1

    # ------------------------------------------------------------------ cores
    def core_at(self, p: int) -> Core | None:
        ch = self.text[p]
        if ch.isdigit() or ch in self.K.cn_digits or ch in self.K.cn_small or ch in self.K.cn_big:
            core = parse_run(self.text, p, self.K, self._scale_unit_at)
            if core is not None and core.script == "arabic":
                core = apply_power(self.text, core)
            return core
        return parse_english(self.low, p, self.K)

    # ------------------------------------------------------------------ a quantity from a core
    def quantity(self, core: Core) -> Quantity | None:
        text, low, K = self.text, self.low, self.K
        start, end, value = core.start, core.end, core.value
        scale_words = list(core.scale_words)
        kind, unit, noun, has_unit = "count", "count", None, False

        # fractions: 三分之二, 百分之五十 (percent), 3/4, 2 1/4, 9.3 of every 10
        m = _FRACTION_CN.match(text, end)
        if m:
            num = self._number_after(m.end())
            if num is not None and core.value:
                if not core.has_digit and core.value in (100.0, 1000.0, 10000.0):
                    value, kind, unit = num.value * 100.0 / core.value, "percent", "percent"
                else:
                    value, kind, unit = num.value / core.value, "ratio", "ratio"
                end, has_unit = num.end, True
                core = replace(core, decimals=num.decimals)
        if kind == "count" and core.script in ("arabic",):
            m = _SLASH_FRACTION.match(text, end)
            if m and float(m.group(1)) > 0 and "." not in text[core.start:core.end]:
                value, kind, unit, end, has_unit = core.value / float(m.group(1)), "ratio", "ratio", m.end(), True
                # a mixed number before it: 2 1/4, 10 1/2
            m2 = None if kind == "ratio" else _RATIO_EN.match(low, end)
            if m2:
                den = self._number_after(m2.end())
                if den is not None and den.value:
                    value, kind, unit, end, has_unit = core.value / den.value, "ratio", "ratio", den.end, True
        if kind == "count" and core.script == "en":
            m2 = re.compile(r"\s(?:over|out of|of every|in)\s").match(low, end)
            if m2:
                den = self._number_after(m2.end())
                if den is not None and den.value:
                    value, kind, unit, end, has_unit = core.value / den.value, "ratio", "ratio", den.end, True
        if not core.has_digit and kind == "count":
            # 万, 千万 alone: a number only when a unit follows (万人, 千亿美元); 百度, 十分 are words
            q = _skip_spaces(text, end, 1)
            f = self.unit_at(q)
            if f is None or not core.scale_words or f.kind not in ("money", "count", "physical"):
                return None

        # English and abbreviated scale words after digits: 1.2 million, 40k, $2.174T
        if kind == "count" and core.script in ("arabic", "mixed") and not core.scale_words:
            q = _skip_spaces(text, end, 1)
            m = re.compile(r"[a-z]+").match(low, q)
            if m and m.group() in K.en_scales or (m and m.group() in K.en_hundred):
                w = m.group()
                mult = K.en_scales.get(w, 100.0)
                value *= mult
                scale_words.append(w)
                end = m.end()
            else:
                m = re.compile(r"[A-Za-z]{1,3}").match(text, q)
                if m and m.group() in K.suffix_scales and not (m.end() < self.n and text[m.end()] in LATIN):
                    w = m.group()
                    if not (q > end and w in ("k", "mn", "bn", "tn") and False):
                        # a unit reading wins for letters that are also units (m = metre) - those are lower-case
                        value *= K.suffix_scales[w]
                        scale_words.append(w)
                        end = m.end()

        # vague 多/余 between the number and its unit: 400多个, 30余年
        hedge_after = None
        q = end
        if kind == "count" and q < self.n and text[q] in ("多", "余") and self.unit_at(q + 1) is not None:
            hedge_after = "over"
            q += 1

        # the unit
        if kind == "count":
            q2 = _skip_spaces(text, q, 2 if core.script != "cn" else 1)
            f = self.unit_at(q2)
            if f is not None and f.kind == "physical" and q2 > q and f.exact and len(f.form) == 1 and f.form in "CKtgm":
                # "1 m" is a metre but "5 m" after a currency would be million: let money prefixes decide below
                pass
            if f is not None:
                L = self.unit_len(q2, f)
                kind, unit, has_unit = f.kind, f.unit, True
                if kind == "count":
                    noun = text[q2:q2 + L]
                value = value * f.factor
                end = q2 + L
                # 三成半, 一吨半, 两米半
                if end < self.n and text[end] == "半" and kind in ("percent", "physical"):
                    value += 0.5 * f.factor
                    end += 1
                # 75 USD million
                if kind == "money":
                    q3 = _skip_spaces(text, end, 1)
                    m = re.compile(r"[a-z]+").match(low, q3)
                    if m and m.group() in K.en_scales and K.en_scales[m.group()] >= 1000:
                        value *= K.en_scales[m.group()]
                        end = m.end()
            elif hedge_after:
                hedge_after = None

        # currency before the number: $, US$, 新台币, € ... (wins over a generic 元 after it)
        start0 = start
        p = start
        neg = False
        if p > 0 and text[p - 1] in "-−－" and not _word_char(text, p - 2):
            neg, p = True, p - 1
        pb = p
        while pb > 0 and text[pb - 1] == " " and p - pb < 1:
            pb -= 1
        pf = K.prefix_units.match_before(text, low, pb)
        if pf is not None and (kind in ("count", "money") or not has_unit) and not (kind == "count" and noun):
            base_value = value if kind == "money" else value * pf.factor
            if kind == "money" and unit != pf.unit and pf.unit not in ("USD",):
                base_value = value / (1.0) * 1.0
            kind, unit, has_unit = "money", pf.unit, True
            value = base_value
            p = pb - len(pf.form)
            if p > 0 and text[p - 1] in "-−－" and not _word_char(text, p - 2):
                neg, p = True, p - 1
        start = p
        if not neg:
            for w in _NEG_WORDS:
                if low.endswith(w, 0, start):
                    neg, start = True, start - len(w)
                    break
        if neg:
            value = -value
        # accounting negatives: ($99.99)
        if start > 0 and text[start - 1] == "(" and end < self.n and text[end] == ")" and kind == "money":
            value, start, end = -abs(value), start - 1, end + 1

        # hedges around
        hb, hstart = self._hedge_before(start)
        ha, hend = self._hedge_after(end)
        if hedge_after:
            ha = ha or hedge_after
        qualifier = _combine(hb, ha)
        if hstart is not None:
            start = hstart
        if hend is not None:
            end = hend

        rejected = None
        if self._after_ordinal_marker(start0):
            if self._rank(start0, end):
                kind, unit = "rank", "rank"
            else:
                rejected = "ordinal"  # 第三章, 第一次
        elif core.lone and core.value == 1 and kind in ("count", "physical", "times"):
            rejected = "lone"  # 一个, 一场, 一度: the word "one", not a figure
        elif kind == "count" and noun is None and not has_unit:
            if core.lone:
                rejected = "lone"  # 一, 两 alone in prose are words, not figures
            elif text[end:end + 1] in ("月", "日", "号") and 0 < core.value <= 31 and core.value == int(core.value):
                rejected = "date"
        if rejected is None:
            rk = "year_word" if unit == "year" else kind
            rejected = nonclaims.reject(text, low, start0, core.end, core.plain, core.value,
                                        has_unit or kind == "rank", rk, K)
        return Quantity(start, end, value, kind, unit, qualifier, core, noun, hb, ha,
                        rejected=rejected, has_unit=has_unit, scale_words=tuple(scale_words))

    def _after_ordinal_marker(self, start: int) -> bool:
        p = start
        while p > 0 and self.text[p - 1] == " ":
            p -= 1
        return p > 0 and self.text[p - 1] == "第"

    def _rank(self, start: int, end: int) -> bool:
        before = self.text[max(0, start - 8):start - 1].rstrip()
        after = self.text[end:end + 2]
        return before.endswith(self.K.rank_before) or after.startswith(self.K.rank_after)

    def _number_after(self, p: int) -> Core | None:
        if p >= self.n:
            return None
        q = p
        neg = False
        if self.text.startswith("负", q):
            neg, q = True, q + 1
        ch = self.text[q:q + 1]
        if not ch:
            return None
        core = self.core_at(q)
        if core is None:
            return None
        return replace(core, value=-core.value) if neg else core

    def _hedge_before(self, start: int) -> tuple[str | None, int | None]:
        K, low = self.K, self.low
        p = start
        while p > 0 and low[p - 1] == " ":
            p -= 1
        adjacent = True
        for _ in range(2):
            for word, qual in K.hedges_before:
                if low.endswith(word, 0, p):
                    s = p - len(word)
                    if word[0] in LATIN and s > 0 and low[s - 1] in LATIN:
                        continue
                    if word[-1] in LATIN and p == start:
                        continue  # "about5"
                    return qual, (s if adjacent else None)
            # one filler word (有, 达到, 为) may stand between: 至少有10, 进口依赖度达到 70%
            for fw in K.hedge_fillers:
                if low.endswith(fw, 0, p):
                    p -= len(fw)
                    while p > 0 and low[p - 1] == " ":
                        p -= 1
                    adjacent = False
                    break
            else:
                break
        return None, None

    def _hedge_after(self, end: int) -> tuple[str | None, int | None]:
        K, low = self.K, self.low
        p = _skip_spaces(low, end, 1)
        for word, qual in K.hedges_after:
            if low.startswith(word, p):
                e = p + len(word)
                if word[-1] in LATIN and e < self.n and low[e] in LATIN:
                    continue
                if word in ("多", "余") and e < self.n and _CJK_CHAR.match(self.text, e) and not self.unit_at(e):
                    # 多 in 多家/多元 after a figure is a new word unless a unit follows
                    if self.text[e] not in "万亿":
                        continue
                return qual, e
        return None, None


_DIRECTIONAL = ("over", "under", "at_least", "at_most")


def _combine(before: str | None, after: str | None) -> str | None:
    """约230万台以上 -> at_least; 超过96%以上 -> over: a directional hedge beats approx, and the one before
    the figure beats the one after."""
    if before in _DIRECTIONAL:
        return before
    if after in _DIRECTIONAL:
        return after
    return before or after
