"""Number cores: Arabic digits, Chinese numerals (and their mixtures), English number words.

A core is just the number as written with its scale words (1.2万亿, 340662亿, 4 266, twenty-one million);
units, hedges and ranges are attached by `quantities`. All parsers work on normalised text (NFKC,
Simplified) and return positions in it; they never raise on odd input and run in linear time.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..knowledge import Knowledge

# An Arabic number: thousands groups with "," (or Indian 2-digit groups) or " ", decimals, exponent.
# Possessive-free but linear: every alternative consumes digits left to right without nested repetition.
ARABIC = re.compile(
    r"(?:\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d|[.,]\d)"  # 1.111,11: dots group, the comma is the decimal point
    r"|\d{1,3}\.\d{3}\.\d{3}(?!\d|\.\d)"  # 1.234.567: two groups of three after dots are thousands (1.234 is not)
    r"|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?: \d{3})+(?!\d|,\d)"  # ("per 100 000, down")
    r"|\d{1,3}(?: \d{3})+,\d{1,2}(?![\d,])"  # 1 234,56: spaces group, the comma is the decimal point (French)
    r"|\d{1,3}(?:['’]\d{3})+(?![\d'’])"  # 1'000'000: apostrophes group (Swiss)
    r"|\d{1,3}(?: , \d{3})+(?!\d)|\d{1,3},\d{1,2}(?=\s?%|\s(?:million|billion|trillion|mln|bn)\b|\s?[万亿萬億])"
    r"|(?<=€)\d{1,3},\d{2}(?!\d|[.,]\d)|(?<=€ )\d{1,3},\d{2}(?!\d|[.,]\d)|\d{1,3},\d{2}(?=\s?(?:€|(?i:euros?|eur)\b))"
    r"|\d+|(?=\.\d))"  # "10 , 000": tokenised thousands; €5,50 and 5,50 euros: cents after a decimal comma
    # 8,8%, 11,04 million: a comma before one or two digits and a percent sign or a scale word groups no
    # thousands; it is a decimal comma
    r"(?:\.\d+(?!\.\d|\d))?"  # 12.45. ends a sentence; 1.2.3 is a version (masked as dotted)
    r"(?:[eE][-+]?\d{1,3}(?![A-Za-z\d]))?"
)
_DIGIT_RUN = re.compile(r"\d+")
# the characters after a run of digits that ARABIC may read on through (groups, points, decimal commas,
# apostrophes, exponents): before any other, every alternative of ARABIC but \d+ fails and it matches the run
_ARABIC_GOES_ON = frozenset(".,' ’eE")
_CODE_AFTER = re.compile(r" [A-Z]|[A-Za-z]")  # a capitalised word, or letters glued to the last group


def _unit_after_group(text: str, e: int, K: Knowledge) -> bool:
    """A unit follows the last group of a space-grouped number ending at e: after a space ("5 714 m") or glued to
    it ("5 714m", "29 661km2"); not a plural's "s" glued on ("30 787s" are aircraft)."""
    at = e + 1 if text[e] == " " else e
    if at == e and _ORDINAL_GLUED.match(text, e):
        return True  # "the 1 000th visitor": one number, an ordinal (read as such later), no count and a code
    seg = text[at:at + 24]
    f = K.suffix_units.match(seg, seg.lower(), 0)
    return f is not None and not (at == e and f.form == "s")


_ORDINAL_GLUED = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])")


_MAX_TOKENS = 48  # no numeral is longer; a cap keeps runs of 一一一… linear
_POWER = re.compile(r"\^([-+]?\d{1,3})(?!\d)")
_SCI = re.compile(r" ?[×x*] ?10 ?\^? ?([-−+]?\d{1,3})(?!\d)")
_POWER_STARTS = frozenset(" ×x*^")  # the characters _SCI and _POWER begin with
_SPACED_DECIMAL = re.compile(r" \. (\d+)(?! ?\. ?\d)(?![\d,])")
# a point glued to the integer and a space before the decimals, where a unit, a percent sign, Chinese text or the
# line's end follows (scraped pages: "277. 57 GW", "6. 5%", a table cell "70649. 9"); never after a year ("in 2023.
# 57 GW were added") nor before a word ("rose 5. 3 companies")
_POINT_SPACE = re.compile(r"\. (\d{1,3})(?![\d,.])(?=\s?%|\s?[A-Za-z]|\s?[\u4e00-\u9fff]|\s*$)")


# the ideographic full stop typed as a decimal point (pages converted from full-width text: "1。4万亿斤", "增加1。4%"):
# one or two decimals and then a percent sign or 万/亿, which no sentence begins with; never after a year
# Chinese digits after a point, then a percent sign, a large unit or 倍 (八．四％, 十三．四％): decimals, not a list
# number's point (二.三 方法)
_CN_POINT_DECIMALS = re.compile(r"[〇零一二三四五六七八九]+\s?[%％万亿萬億倍]")
_IDEOGRAPHIC_POINT = re.compile(r"。(\d{1,2})(?![\d,.])(?=\s?[%万亿])")


def _ideographic_point(text: str, e: int, tok_text: str) -> re.Match | None:
    if e >= len(text) or text[e] != "。" or not tok_text.isdigit() or (len(tok_text) == 4 and tok_text[:2] in ("19", "20")):
        return None
    return _IDEOGRAPHIC_POINT.match(text, e)


def _point_space(text: str, e: int, K: Knowledge) -> re.Match | None:
    """The spaced decimals of _POINT_SPACE at e, when a unit (not a word), a percent sign, Chinese or the end of the
    line follows them."""
    m = _POINT_SPACE.match(text, e)
    if m is None:
        return None
    q = m.end() + (text[m.end():m.end() + 1] == " ")
    if q < len(text) and "A" <= text[q].upper() <= "Z":
        seg = text[q:q + 24]
        f = K.suffix_units.match(seg, seg.lower(), 0)
        if f is None or f.kind == "count":
            return None  # "rose 5. 3 companies": a sentence's end, then a count
    return m


def _arabic_token(text: str, p: int) -> tuple[int, str]:
    """The end and text of ARABIC's match at p; a run of digits that no separator, point or exponent follows
    is that match, read without the pattern's alternatives."""
    r = _DIGIT_RUN.match(text, p)
    if r is not None and (r.end() == len(text) or text[r.end()] not in _ARABIC_GOES_ON):
        return r.end(), r.group()
    m = ARABIC.match(text, p)
    return m.end(), m.group()


@dataclass(slots=True)  # never mutated (replace() makes a new one); not frozen, whose init is eight times slower
class Core:
    start: int
    end: int
    value: float
    scale: float = 1.0  # product of the scale words inside (万, 亿, million)
    scale_words: tuple[str, ...] = ()
    vague: bool = False  # 几/多/余 inside: the value is a floor
    has_digit: bool = True  # False for a bare scale word run such as 万 or 千万
    lone: bool = False  # one Chinese digit character alone (一, 两)
    script: str = "arabic"  # arabic | cn | en | mixed
    decimals: int = 0  # digits written after the decimal point
    plain: str | None = None  # the digits as written when a plain Arabic integer (no groups, no sign)
    ratio: bool = False  # a fraction standing alone (two thirds, a quarter): a share, not a count
    formal: int = 0  # formal digits that also spell words (陆, 伍, 拾) in a run of one or two characters
    high: float | None = None  # 三四十: the upper end of a colloquial "this or the next" (value is the lower)


def _arabic_value(s: str) -> tuple[float, int]:
    """The value of an Arabic token as ARABIC matches it, and its number of decimals.

    >>> _arabic_value("2024"), _arabic_value("1,234.5"), _arabic_value("1.111,11")
    ((2024.0, 0), (1234.5, 1), (1111.11, 2))
    """
    if s.isdigit():
        return float(s), 0  # the commonest token (2024, 35): what the rules below make of it
    if "." in s and "," in s and s.rindex(",") > s.rindex("."):
        s = s.replace(".", "").replace(",", ".")  # 1.111,11
    elif s.count(".") > 1 and "," not in s:
        s = s.replace(".", "")  # 1.234.567
    elif "," in s and "." not in s and len(s) - s.rindex(",") <= 3 and " " not in s:
        s = s.replace(",", ".")  # 8,8 (before %): a decimal comma
    elif "," in s and "." not in s and len(s) - s.rindex(",") <= 3 and s[s.rindex(",") - 1].isdigit():
        s = s.replace(" ", "").replace(",", ".")  # 1 234,56: a decimal comma after space-grouped thousands
    if "'" in s or "’" in s:
        s = s.replace("'", "").replace("’", "")  # 1'000'000
    mant, _, exp = s.replace(",", "").replace(" ", "").lower().partition("e")
    decimals = len(mant.partition(".")[2])
    return float(mant + ("e" + exp if exp else "")), decimals  # float() saturates to inf, never raises


# ----------------------------------------------------------------------------- Chinese / mixed runs


@dataclass(slots=True)
class _Tok:
    kind: str  # num (arabic), d (cn digit), t (廿, 卅: tens), u (small unit), U (big unit), zero, vague, frac
    value: float
    start: int
    end: int
    text: str = ""


def parse_run(text: str, pos: int, K: Knowledge, unit_at=None) -> Core | None:
    """A run of Arabic digits and Chinese numerals starting at `pos` (1.2万亿, 三千四百五十, 5万4千6百).

    `unit_at(p)` tells whether a unit word starts at p: a scale character that begins a unit
    (千米, 兆瓦, 百亿亿次) ends the number instead.
    """
    n = len(text)
    if "0" <= text[pos] <= "9" and (pos == 0 or text[pos - 1] != "."):
        # the commonest case, a plain Arabic number that nothing numeral follows (3.5%, 2024年, 1,234 people):
        # what the loop below makes of it, without the loop
        e, tok_text = _arabic_token(text, pos)
        if e > pos and " " not in tok_text and (e == n or text[e] != " " and text[e] not in _run_chars(K)) and \
                not (e < n and text[e] == "." and _point_space(text, e, K)) and (
                e == n or text[e] != "。" or not _ideographic_point(text, e, tok_text)):
            value, decimals = _arabic_value(tok_text)
            return Core(pos, e, value, decimals=decimals, plain=tok_text if tok_text.isdigit() else None)
    ch = text[pos]
    if ch in K.cn_digits and ch not in (K.cn_tens or ()) and ch not in K.cn_not_positional and (
            pos + 1 == n or text[pos + 1] not in " ." and text[pos + 1] not in _run_chars(K)):
        # one Chinese digit that nothing numeral follows (一 in 一个, 三 in 三大): what the loop and the
        # one-token case below make of it, without them (a space or a point after it is left to the loop, which
        # may read on through them)
        formal = int(ch in K.cn_formal) if K.cn_formal else 0
        return Core(pos, pos + 1, float(K.cn_digits[ch]), has_digit=True, lone=True, script="cn", formal=formal)
    toks: list[_Tok] = []
    p = pos
    digits, small, big, points = K.cn_digits, K.cn_small, K.cn_big, K.cn_point
    tens = K.cn_tens or {}
    while p < n and len(toks) < _MAX_TOKENS:
        ch = text[p]
        if ch == " " and toks:
            q = p
            while q < n and text[q] == " " and q - p < 4:
                q += 1
            if q >= n:
                break
            nxt = text[q]
            prev = toks[-1]
            cn_next = (nxt in digits or nxt in small or nxt in big or (nxt in points and prev.kind != "num")
                       or (nxt in K.cn_vague and prev.kind != "num"))
            if prev.kind == "num" and not (nxt in small or nxt in big or (
                    nxt in K.cn_vague and q + 1 < n and (text[q + 1] in small or text[q + 1] in big))):
                break  # (but "50 多万", "50 余万": the vague marker and its scale after a space)
            if prev.kind != "num" and not (cn_next or nxt.isdigit()):
                break
            if (nxt in small or nxt in big) and unit_at and unit_at(q):
                break
            p = q
            continue
        if "0" <= ch <= "9":
            if toks and toks[-1].kind == "num":
                break
            if not toks and p > 0 and text[p - 1] == "." and (p < 2 or text[p - 2] in " \t(（") and ARABIC.match(text, p - 1).group():
                p -= 1  # .5, .25: a decimal without its leading zero
            e, tok_text = _arabic_token(text, p)
            if " " in tok_text and "," not in tok_text and _CODE_AFTER.match(text, e) and not _unit_after_group(
                    text, e, K):
                e = p + tok_text.index(" ")  # 100 737 Max, 30 787s: a count, then a model number
                tok_text = text[p:e]
            d = _SPACED_DECIMAL.match(text, e) if text.startswith(" . ", e) else None
            if d and "." not in tok_text and not toks:
                e, tok_text = d.end(), tok_text + "." + d.group(1)  # tokenised newswire: "4 . 8 %"
            elif "." not in tok_text and not toks and (d := _point_space(text, e, K)) and \
                    not (len(tok_text) == 4 and tok_text[:2] in ("19", "20")):
                e, tok_text = d.end(), tok_text + "." + d.group(1)  # pages that space the point: "277. 57 GW", 6. 5%
            elif not toks and (d := _ideographic_point(text, e, tok_text)):
                e, tok_text = d.end(), tok_text + "." + d.group(1)  # 1。4万亿斤
            toks.append(_Tok("num", 0.0, p, e, tok_text))
            p = e
            continue
        if ch in tens:
            toks.append(_Tok("t", tens[ch], p, p + 1, ch))
            p += 1
            continue
        if ch in digits:
            v = digits[ch]
            toks.append(_Tok("zero" if v == 0 and toks and toks[-1].kind in ("u", "U") else "d", v, p, p + 1, ch))
            p += 1
            continue
        if ch in small or ch in big:
            if unit_at and unit_at(p):
                break
            if ch in small:
                toks.append(_Tok("u", small[ch], p, p + 1, ch))
            else:
                toks.append(_Tok("U", big[ch], p, p + 1, ch))
            p += 1
            continue
        if ch == "." and toks and toks[-1].kind in ("d", "u", "zero") and _CN_POINT_DECIMALS.match(text, p + 1):
            ch = "点"  # 八．四％, 十三．四％ (a full-width point between Chinese digits, NFKC "."): 8.4%, 13.4%
        if ch in points and toks and toks[-1].kind in ("d", "num", "u", "U", "zero"):
            q = p + 1
            while q < n and text[q] == " ":
                q += 1
            frac = ""
            while q < n:
                c = text[q]
                if c in digits and c not in ("两", "俩"):  # 点两 is not a decimal: 两 never spells a digit
                    frac += str(digits[c])
                elif "0" <= c <= "9":
                    frac += c
                elif c == " " and frac:
                    pass
                else:
                    break
                q += 1
            frac = frac.rstrip()
            if not frac:
                break
            while text[q - 1] == " ":
                q -= 1
            toks.append(_Tok("frac", float("0." + frac), p, q, text[p:q]))
            p = q
            r = p  # 三点五亿, 一百二十三点四五万: a big unit after the decimals scales the whole number
            while r < n and text[r] == " " and r - p < 2:
                r += 1
            if r < n and text[r] in big and not (unit_at and unit_at(r)):
                p = r
                continue
            break
        if ch in K.cn_vague and toks and toks[-1].kind != "vague":
            q = p + 1
            while q < n and text[q] == " ":
                q += 1
            if q < n and (text[q] in small or text[q] in big) and not (unit_at and unit_at(q)):
                toks.append(_Tok("vague", 0, p, p + 1, ch))
                p = q
                continue
        break
    # drop trailing zeros-as-tokens and vague markers
    while toks and toks[-1].kind in ("vague",):
        toks.pop()
    if not toks:
        return None
    if len(toks) == 1:
        t = toks[0]
        if t.kind == "num":  # the common case, a plain Arabic number: what _cn_core makes of it, directly
            value, decimals = _arabic_value(t.text)
            return Core(t.start, t.end, value, decimals=decimals, plain=t.text if t.text.isdigit() else None)
        if t.kind == "d" and t.text not in K.cn_not_positional:  # one Chinese digit alone (一 in 一场)
            formal = int(t.text in K.cn_formal) if K.cn_formal else 0
            return Core(t.start, t.end, float(t.value), has_digit=True, lone=True, script="cn", formal=formal)
    if len(toks) >= 2 and toks[-2].kind in ("u", "U") and toks[-2].value >= 1000 and toks[-1].kind in ("d", "num") and \
            toks[-1].end - toks[-1].start == 1 and text.startswith(K.cn_counted_after_digit, toks[-1].end):
        toks.pop()  # 4500万5岁以下: the 5 counts years of age (read on its own), not the next place after 万
    return _cn_core(toks, K)


@functools.lru_cache(maxsize=4)
def _run_chars(K: Knowledge) -> frozenset[str]:
    """Characters that may continue a numeral run after Arabic digits: digits, Chinese numerals, scale
    characters, decimal points and vague markers."""
    return frozenset("0123456789") | frozenset(K.cn_digits) | frozenset(K.cn_small) | frozenset(K.cn_big) | (
        frozenset(K.cn_point) | frozenset(K.cn_vague) | frozenset(K.cn_tens or ()))


def _approx_pair(toks: list[_Tok]) -> int | None:
    """Index of the first of two neighbouring Chinese digits one apart (三四十 = 30 to 40, 两三个, 十二三岁, 五六百):
    colloquial "this or the next", not a digit string (so not inside a longer run of digits: 二〇一二)."""
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if a.kind == b.kind == "d" and b.value == a.value + 1 and a.value > 0 and (
                i == 0 or toks[i - 1].kind != "d") and (i + 2 >= len(toks) or toks[i + 2].kind != "d"):
            return i
    return None


def _cn_core(toks: list[_Tok], K: Knowledge, pair: bool = True) -> Core | None:
    i = _approx_pair(toks) if pair else None
    if i is not None:
        lo_toks, hi_toks = toks[:i + 1] + toks[i + 2:], toks[:i] + toks[i + 1:]
        lo = _cn_core(lo_toks, K, False)
        hi = _cn_core(hi_toks, K, False)
        if (lo is not None and hi is not None and lo.end == lo_toks[-1].end and hi.end == hi_toks[-1].end
                and hi.value > lo.value):
            return replace(lo, start=toks[0].start, end=toks[-1].end, high=hi.value, plain=None, lone=False)
    total = 0.0
    section = 0.0
    cur: float | None = None
    cur_chars = 0  # how many Chinese digit characters make up cur (三八 -> 2)
    prev_unit: float | None = None  # the unit token right before cur, for 一万三 = 13000
    biggest = 0.0
    frac = 0.0
    vague = False
    has_digit = False
    scale = 1.0
    scale_words: list[str] = []
    decimals = 0
    last_kind = ""
    end = toks[0].start
    used = 0
    literal = False  # 一八九四萬四四三六: digits after a big unit that spell its whole lower group
    for i, t in enumerate(toks):
        k = t.kind
        if k == "d" and t.text in K.cn_not_positional and last_kind in ("u", "U") and not (
                i + 1 < len(toks) and toks[i + 1].kind in ("u", "U")):
            break  # 五十两 is fifty liang, 两千两百 is 2200: a trailing 两 never abbreviates the next digit
        if k in ("d", "num"):
            has_digit = True
            if k == "num":
                if cur is not None:
                    break
                cur, dec = _arabic_value(t.text)
                decimals = dec
                cur_chars = 0
            elif cur is not None:
                if t.text in K.cn_not_positional or toks[used - 1].text in K.cn_not_positional:
                    break  # 三两 is three liang, 两三 two or three: 两 is never a digit of a digit string
                if cur_chars == 0 or last_kind != "d" or prev_unit is not None and not literal:
                    break  # 十四五: a digit after a unit and a digit is a new number
                if cur_chars >= 15:
                    break  # a digit string that long is not a numeral (一二三四五… in a list)
                cur = cur * 10 + t.value
                cur_chars += 1
            else:
                cur = float(t.value)
                cur_chars = 1
            if last_kind not in ("u", "U"):
                prev_unit = None
        elif k == "zero":
            prev_unit = None
        elif k == "t":
            if cur is not None or last_kind == "t":
                break
            section += t.value  # 廿五 = 20 + 5
            has_digit = True
        elif k == "u":
            if last_kind == "u" and cur is None:
                break  # 百千: not a number
            section += (cur if cur else 1.0) * t.value  # 零十 = 10
            cur = None
            prev_unit = t.value
        elif k == "U":
            run = 0
            while i + 1 + run < len(toks) and toks[i + 1 + run].kind in ("d", "zero") and (
                    toks[i + 1 + run].text not in K.cn_not_positional):
                run += 1
            # the part before was written digit by digit (一八九四), and exactly as many digits as the unit has
            # zeros follow: they are the lower group as written, not an abbreviation (一万四 = 14000)
            nxt = toks[i + 1 + run] if i + 1 + run < len(toks) else None
            literal = (last_kind == "d" and cur_chars >= 2 and not section and not frac
                       and 10 ** run == t.value and (nxt is None or nxt.kind != "u"))
            # 一兆五二二億: a digit string closed by a smaller big unit counts in that unit (522億), no abbreviation
            literal = literal or (run >= 2 and nxt is not None and nxt.kind == "U" and nxt.value < t.value)
            v = section + (cur or 0.0) + frac
            frac = 0.0
            if v == 0 and last_kind in ("U", "vague") and total:
                total *= t.value  # 万亿, 万万, 三十万多亿
                biggest = max(biggest, total)
            elif v == 0 and not total:
                v = 1.0  # 万 alone (only a number if a unit follows: 万人)
                total = t.value
                biggest = t.value
            elif t.value > biggest:
                total = (total + v) * t.value
                biggest = t.value
            else:
                total += v * t.value
            section = 0.0
            cur = None
            prev_unit = t.value
            scale_words.append(t.text)
        elif k == "vague":
            vague = True
        elif k == "frac":
            frac = t.value
            decimals = sum(c.isdigit() or c in K.cn_digits for c in t.text)
            if cur is not None:  # the digits before the point belong to the integer part (一千六点五 = 1600.5)
                tail = prev_unit is not None and last_kind == "d" and cur < 10 and cur_chars <= 1
                section += cur * prev_unit / 10 if tail else cur
                cur = None
        last_kind = k
        used += 1
        end = t.end
    if cur is not None:
        if prev_unit is not None and last_kind in ("d", "num") and cur < 10 and float(cur).is_integer() and cur_chars <= 1:
            section += cur * prev_unit / 10  # 一万三, 千三, 两千三百五
        else:
            section += cur
    value = total + section + frac
    toks = toks[:used]
    if not toks:
        return None
    if scale_words:
        scale = 1.0
        for w in scale_words:
            scale *= K.cn_big[w]
    if not has_digit and toks[0].kind == "u" and toks[0].value == 10:
        has_digit = True  # 十 is ten; 百, 千, 万 alone are words (百度, 千万不要) unless a unit follows
    kinds = {t.kind for t in toks}
    script = "arabic" if kinds == {"num"} else ("mixed" if "num" in kinds else "cn")
    lone = len(toks) == 1 and (toks[0].kind == "d" or (toks[0].kind == "u" and toks[0].value == 10))
    plain = toks[0].text if kinds == {"num"} and toks[0].text.isdigit() else None
    if kinds == {"d"} and len(toks) >= 2:
        plain = "".join(str(int(t.value)) for t in toks)  # 二〇二四, 一九九八: digit by digit, as Arabic 2024
    formal = 0  # a longer run (壹百五十二) is a number whatever its characters
    if K.cn_formal and end - toks[0].start <= 2 and script == "cn":
        formal = sum(c in K.cn_formal for t in toks for c in t.text)
    return Core(toks[0].start, end, value, scale, tuple(scale_words), vague, has_digit, lone, script, decimals, plain,
                formal=formal)


# ----------------------------------------------------------------------------- English number words

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _word_value(w: str, K: Knowledge) -> float | None:
    if w in K.en_ones:
        return K.en_ones[w]
    if w in K.en_tens:
        return K.en_tens[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in K.en_tens and b in K.en_ones and 0 < K.en_ones[b] < 10:
            return K.en_tens[a] + K.en_ones[b]
    return None


def _ordinal_denominator(w: str, K: Knowledge) -> float | None:
    if w in K.en_fractions:
        return K.en_fractions[w]
    if "-" in w:  # twenty-fifth, twenty-firsts
        a, _, b = w.partition("-")
        b = {"first": "one", "firsts": "one", "second": "two", "seconds": "two"}.get(b, b)
        if a in K.en_tens:
            if b in K.en_fractions and K.en_fractions[b] < 10:
                return K.en_tens[a] + K.en_fractions[b]
            if b == "one":
                return K.en_tens[a] + 1
            if b == "two":
                return K.en_tens[a] + 2
    return None


def _compound_ordinal(words: list[tuple[str, int, int]], i: int, low: str, K: Knowledge) -> tuple[float, int] | None:
    """(denominator, index of its last word) when words[i:] are an ordinal with a hundred or a scale word in it
    ("one hundred and fifth", "two thousandths", "one-hundredths", "one hundred and twenty-fifths"): after a
    whole number that it cannot continue, the denominator of a fraction. A singular ordinal that a noun follows
    is an ordinal (the one hundred and fifth anniversary), no fraction."""
    total, group, last, big = 0.0, 0.0, "", False
    for j in range(i, min(len(words), i + 12)):
        w = words[j][0]
        v = _word_value(w, K)
        if v is not None:
            if last == "num" and not (group in K.en_tens.values() and v < 10):
                return None
            group, last = group + v, "num"
        elif w in K.en_hundred and last == "num":
            group, last, big = group * 100, "hundred", True
        elif w in K.en_scales and K.en_scales[w] >= 1000 and last in ("num", "hundred"):
            total, group, last, big = total + group * K.en_scales[w], 0.0, "scale", True
        elif w == "and" and last in ("hundred", "scale"):
            last = "and"
        else:
            d = _ordinal_denominator(w, K)
            if d is None or last == "":
                return None
            if d >= 100 and last == "num" and group < 100:
                den = total + group * d  # two thousandths: the 2,000th
            elif d < 100 and big and (last in ("hundred", "scale", "and") or group < 100 and last == "num"):
                den = total + group + d  # one hundred and fifth: the 105th
            else:
                return None
            if not w.endswith("s") and _ordinal_use(low, words[j][2]):
                return None
            return den, j
    return None


def _smaller_group_after(low: str, p: int, scale: float, K: Knowledge) -> bool:
    """Number words from p that form a group below `scale` (two hundred & forty after a million), not another
    number of the same size (two million, three million)."""
    seen = False
    for m in _WORD.finditer(low, p, min(len(low), p + 80)):
        if low[p:m.start()].strip(" &"):
            break
        w = m.group()
        if w in K.en_scales and K.en_scales[w] >= scale:
            return False
        if (_word_value(w, K) is None and w not in K.en_hundred and w not in K.en_scales and w != "and"
                and w not in K.en_article and _ordinal_denominator(w, K) is None):
            break
        seen = seen or _word_value(w, K) is not None or _ordinal_denominator(w, K) is not None
        p = m.end()
    return seen


_FRACTION_NEXT = frozenset({"of", "more", "less", "fewer", "as", "than", "or", "and", "to", "in", "on", "by",
                            "from", "higher", "lower", "larger", "smaller", "bigger", "percent", "per", "million",
                            "billion", "trillion", "thousand", "hundred", "share", "stake",
                            # a time word or an article after it: no noun for an ordinal to modify (grew by a third
                            # last year, a fifth since 2019, a third over the decade, a third the size); not "after",
                            # "for", "with": "added a third after the break" is a third goal
                            "last", "this", "since", "over", "the", "compared", "year-on-year"})
_NEXT_WORD_AT = re.compile(r" ([a-z]+)")


def _ordinal_use(low: str, end: int) -> bool:
    """After "a third", "a sixth": a word that a fraction does not take (party, straight, consecutive, time)
    makes the word an ordinal; "of", a comparison, a scale, punctuation or the end keep it a fraction."""
    m = _NEXT_WORD_AT.match(low, end)
    return bool(m) and m.group(1) not in _FRACTION_NEXT


def _proper_fraction(words: list[tuple[str, int, int]], i: int, K: Knowledge) -> tuple[float, float] | None:
    """(numerator, denominator) when words[i:i+2] are a proper fraction in words (three quarters, one-half) that
    no scale word follows."""
    if i + 1 >= len(words) or i + 2 < len(words) and words[i + 2][0] in K.en_scales:
        return None
    num, den = _word_value(words[i][0], K), K.en_fractions.get(words[i + 1][0])
    return (num, den) if num is not None and den and 0 < num < den else None


def parse_english(low: str, pos: int, K: Knowledge) -> Core | None:
    """Number words from `pos` in lower-cased text: "one hundred and six", "five and a half million",
    "three fifths", "two hundred point zero three". None when no number word starts there."""
    n = len(low)
    words: list[tuple[str, int, int]] = []
    p = pos
    while p < n and len(words) < 40:
        m = _WORD.match(low, p)
        if not m:
            break
        w = m.group()
        parts = w.split("-")
        if len(parts) > 2 and any(x in K.en_point for x in parts) and all(
                _word_value(x, K) is not None or x in K.en_point for x in parts):
            q0 = m.start()  # five-point-five, nine-point-seven: a decimal spelt with hyphens
            for x in parts:
                words.append((x, q0, q0 + len(x)))
                q0 += len(x) + 1
            p = m.end()
            while p < n and low[p] == " " and p - m.end() < 2:
                p += 1
            if p == m.end():
                break
            continue
        if (len(parts) >= 4 and parts[1] == "and" and parts[2] in ("a", "an", "one") and parts[3] in K.en_fractions
                and _word_value(parts[0], K) is not None):
            q0 = m.start()  # three-and-a-half, a two-and-a-half-hour meeting: "and a half" written with hyphens
            for x in parts[:4]:
                words.append((x, q0, q0 + len(x)))
                q0 += len(x) + 1
            break
        if "-" in w and _word_value(w, K) is None and _ordinal_denominator(w, K) is None:
            head, _, tail = w.partition("-")
            if _word_value(head, K) is not None and tail in K.en_fractions:
                # one-half, three-quarters, two-fifths: a fraction written with a hyphen
                words.append((head, m.start(), m.start() + len(head)))
                words.append((tail, m.start() + len(head) + 1, m.end()))
                break
            k = next((k for k in (2, 1) if len(parts) > k and parts[k] in K.en_scales
                      and _word_value("-".join(parts[:k]), K) is not None), 0)
            if k:
                # the five-billion mark, a twenty-one-million fund, a ten-million-dollar fund: a number word and
                # its scale word hyphenated (as "a $5-million budget" is in digits); a unit word may follow
                head = "-".join(parts[:k])
                q0 = m.start() + len(head) + 1
                words.append((head, m.start(), m.start() + len(head)))
                words.append((parts[k], q0, q0 + len(parts[k])))
                break
            if head in ("half", "quarter") and words and words[-1][0] in K.en_article and tail in K.en_scales:
                words.append((head, m.start(), m.start() + len(head)))  # a half-million: half a million
                words.append((tail, m.start() + len(head) + 1, m.end()))
                break
            if _word_value(head, K) is not None or (head in ("half", "quarter") and words and words[-1][0] in K.en_article):
                # six-mile, three-ton, a half-mile, a quarter-century: the number ends at the hyphen (a unit
                # must follow a half or a quarter, extract/quantities.py)
                words.append((head, m.start(), m.start() + len(head)))
                break
        words.append((w, m.start(), m.end()))
        q = m.end()
        if w in K.en_scales and low.startswith(", ", q) and _smaller_group_after(low, q + 2, K.en_scales[w], K):
            q += 1  # "three million, two hundred & forty": a comma between groups, as on a cheque
        while q < n and low[q] in " &" and q - m.end() < 3:
            q += 1
        if q < n and low[q] == "-" and q + 1 < n and low[q + 1] == " ":  # "ninety - five"
            q += 1
            while q < n and low[q] == " ":
                q += 1
        if q == m.end():
            break
        p = q
    total = 0.0  # finished scale groups
    group = 0.0  # current group below the next scale word
    frac_add = 0.0
    seen_number = False
    last = ""
    end = pos
    i = 0
    negative = False
    decimals = 0
    scale = 1.0
    scale_words: list[str] = []
    split: tuple[float, float] | None = None
    split_end = pos
    split_scale = 0.0
    last_val = 0.0
    while i < len(words):
        w, ws, we = words[i]
        wv = _word_value(w, K)
        if i == 0 and w in K.en_negative:
            negative = True
            i += 1
            continue
        if not seen_number and i == (1 if negative else 0) and w in K.en_fractions and K.en_fractions[w] in (2, 4):
            nxt = words[i + 1][0] if i + 1 < len(words) else ""
            if nxt in K.en_article and i + 2 < len(words) and words[i + 2][0] in K.en_scales:
                i += 1  # "half a million": the article belongs to the scale
                nxt = words[i + 1][0]
            if nxt in K.en_scales:
                frac_add += 1.0 / K.en_fractions[w]  # "half million", "quarter million", "half"
                seen_number = True
                last = "frac"
                end = we
                i += 1
                continue
        if w in K.en_article and not seen_number:
            nxt = words[i + 1][0] if i + 1 < len(words) else ""
            if nxt in K.en_fractions or nxt in K.en_scales or nxt in K.en_hundred:
                group = group or 0.0
                last = "article"
                i += 1
                continue
            break
        if wv is not None:
            if last == "num" and not (last_val in K.en_tens.values() and wv < 10):
                comp = _compound_ordinal(words, i, low, K)
                if comp is not None:  # "three one-hundredths", "one two hundred and fiftieth": the denominator
                    den, j = comp
                    group, total, frac_add = (total + group + frac_add) / den, 0.0, 0.0
                    last, end = "frac", words[j][2]
                break  # "one one hundred": two numbers; "thirty one" is one
            group += wv
            last_val = wv
            seen_number = True
            last = "num"
            end = we
        elif w in K.en_hundred and (seen_number or last == "article"):
            if split is not None and split[1] >= 100:
                total, group, end = split[0], split[1], split_end  # "one hundred and two hundred": two numbers
                break
            group = (group or 1.0) * 100
            seen_number = True
            last = "hundred"
            end = we
        elif w in K.en_scales and (seen_number or last in ("article", "frac")):
            mult = K.en_scales[w]
            if last == "frac":
                # "five and a half million": the fraction joins the group before the scale
                group, frac_add = group + frac_add, 0.0
            if split is not None and mult < 100 and group > split[1]:
                t0, g0 = split  # "three hundred and two dozens": the dozens are the part after "and"
                group = g0 + (group - g0) * mult
                seen_number, last, end = True, "scale", we
                i += 1
                continue
            g = 0.0 if last == "scale" else (group or 1.0)  # "one thousand million": no second "one" between
            if total and mult > total:
                total = (total + g) * mult
            else:
                total += g * mult
            if split is not None and mult >= 1000:
                split = None  # one hundred and twenty-three thousand, four hundred: the "and" is inside the group
            group = 0.0
            scale *= mult
            scale_words.append(w)
            seen_number = True
            last = "scale"
            end = we
        elif (seen_number or last == "article") and _ordinal_denominator(w, K):
            den = _ordinal_denominator(w, K)
            if last == "num" and group == last_val and last_val in K.en_tens.values() and den < 10 and (
                    not w.endswith("s")):
                break  # "twenty third", "ninety fourth": a compound ordinal (23rd), not twenty over three
            if (last == "num" and last_val in K.en_tens.values() and den < 10 and group > last_val
                    and split is None):
                group -= last_val  # "one hundred thirty fifths": 100 over thirty-fifths
                den += last_val
            if last == "article":
                if den >= 3 and w not in ("quarter", "quarters") and _ordinal_use(low, we):
                    break  # a third party, a sixth straight meeting: an ordinal, no fraction
                frac_add += 1.0 / den
            elif split is not None:
                t0, g0 = split  # "two hundred and fifty-four hundredths": 200 + 54/100
                part = (total - t0 + group - g0) / den
                if g0 == 0 and split_scale and not (i + 1 < len(words) and words[i + 1][0] in K.en_scales):
                    part *= split_scale  # "five billion and three quarters": of a billion
                total, group, frac_add = t0, g0, frac_add + part
            else:
                group, total = (total + group) / den, 0.0  # "three fifths"
            seen_number = True
            last = "frac"
            end = we
            if (i + 3 < len(words) and words[i + 1][0] == "of" and words[i + 2][0] in K.en_article
                    and words[i + 3][0] in K.en_scales):
                i += 2  # "a quarter of a million", "three quarters of a billion": a fraction of the scale
        elif w == "and" and seen_number and last in ("hundred", "scale", "num") and _proper_fraction(words, i + 1, K):
            # "two and three quarters", "three and one-half": a proper fraction after "and" joins the number
            num, den = _proper_fraction(words, i + 1, K)
            of = K.en_scales[scale_words[-1]] if last == "scale" and scale_words else 1.0
            frac_add += of * num / den
            end = words[i + 2][2]
            i += 3
            last = "frac"
            continue
        elif w == "and" and seen_number and i + 1 < len(words) and last in ("hundred", "scale", "num", "frac") and (
                last != "num" or words[i + 1][0] in K.en_article
                or any(x in K.en_hundred or x in K.en_scales for x, _, _ in words[:i])):
            nxt = words[i + 1][0]
            if _word_value(nxt, K) is None and nxt not in K.en_article:
                break
            if last == "frac" and total == 0 and 0 < group < 1 and nxt not in K.en_article:
                break  # "three fifths and nine tenths": two fractions, not a mixed number
            if scale_words and not _smaller_group_after(low, words[i + 1][1], K.en_scales[scale_words[-1]], K):
                break  # "three million and four million": two numbers
            if nxt in K.en_article:
                i += 1  # "one and a half": article handled as part of the fraction
                w2 = words[i + 1][0] if i + 1 < len(words) else ""
                if w2 in K.en_fractions:
                    # "one and a half"; "one million and a half" is half a million more, not 1,000,000.5
                    of = K.en_scales[scale_words[-1]] if last == "scale" and scale_words else 1.0
                    frac_add += of / K.en_fractions[w2]
                    end = words[i + 1][2]
                    i += 2
                    last = "frac"
                    continue
                break
            split = (total, group)
            split_end = end
            split_scale = scale_words and K.en_scales[scale_words[-1]] if last == "scale" else 0.0
            last = "and"
        elif w in K.en_point and seen_number and i + 1 < len(words):
            digits = ""
            j = i + 1
            while j < len(words):
                v = _word_value(words[j][0], K)
                if v is None:
                    break
                digits += str(int(v))
                end = words[j][2]
                j += 1
            if not digits:
                break
            frac_add += float("0." + digits)
            decimals = len(digits)
            if j < len(words) and words[j][0] in K.en_scales:
                mult = K.en_scales[words[j][0]]  # "two point five million": the scale takes the whole number
                total, group, frac_add = (total + group + frac_add) * mult, 0.0, 0.0
                scale *= mult
                scale_words.append(words[j][0])
                end = words[j][2]
            i = j
            last = "point"
            break
        else:
            break
        i += 1
    if not seen_number:
        return None
    value = total + group + frac_add
    ratio = last == "frac" and not scale_words and 0 < value <= 1
    if negative:
        value = -value
    return Core(pos, end, value, scale, tuple(scale_words), False, True, False, "en", decimals, None, ratio)


def apply_power(text: str, core: Core) -> Core:
    """2^-1, 1.1^23: a power written with a caret right after the core; 2.48×10−5: scientific notation."""
    if text[core.end:core.end + 1] not in _POWER_STARTS:
        return core  # (neither pattern can match: most cores)
    m = _SCI.match(text, core.end)
    if m:
        exp = int(m.group(1).replace("−", "-"))
        if abs(exp) <= 300:
            return replace(core, end=m.end(), value=core.value * 10.0 ** exp, plain=None)
    m = _POWER.match(text, core.end)
    if not m:
        return core
    try:
        v = core.value ** int(m.group(1))
    except (OverflowError, ZeroDivisionError):
        return core
    return Core(core.start, m.end(), v, core.scale, core.scale_words, core.vague, True, False, core.script, 0, None)
