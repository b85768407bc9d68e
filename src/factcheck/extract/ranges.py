"""Join neighbouring quantities into ranges (70%~95%, 3萬—4兆美元, between 800 and 1,050 TWh, 大于10小于20)."""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from .nonclaims import _is_round_base, is_year
from .quantities import Quantity

# What may stand between the two ends of a range.
_DASH = re.compile(r"^(?:[多余](?=\s{0,2}[至到~～〜-]))?\s{0,2}(?:至|到|~|～|〜|—{1,2}|–|-|−|－|(?:-\s?)?(?:to|through|thru)-?)\s{0,2}$", re.I)
# "rose from 3.5% to 4.2%", "fell 0.7% to 6,327.80": after a verb of change, X to Y are two figures (a rate
# or a level before and after), never one range.
_CHANGE_VERBS = (
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|increased?|increasing|"
    r"decreased?|decreasing|declined?|declining|dropped|drops?|dropping|climbed|climbs?|jumped|jumps?|"
    r"surged?|soared?|slipped|slid|plunged?|plummeted|tumbled|gained|gains?|lost|loses|cut|cuts|raised?|"
    r"lowered|reduced?|boosted?|up|down|went|changed?|moved?|revised|widened|narrowed|eased?|edged|"
    r"advanced|retreated|recovered|rebounded|slips?|slipping|dips?|dipped|dipping|sank|sinks?|sinking|"
    r"shr[iau]nk(?:s|ing)?|expand(?:s|ed|ing)?|contract(?:s|ed|ing)?|swung|swings?|shifted|shifts?)\b")
_CHANGE_BEFORE = re.compile(_CHANGE_VERBS + r"(?:\s+\w+){0,3}?\s+(?:from\s+|by\s+)?$", re.I)
# "production rose by 3.2 percent over the previous year, from 6.4 to 6.6 million tonnes", "rose 3% from 6.4 to 6.6":
# "from" after a verb of change earlier in the clause (no range word right before it) opens the level it started at
# (the level it started at may be named as it stands: "will increase by 2030 from the current 55 million to 78
# million", "fell from an estimated 100,000 to 3,200")
_START_LEVEL = r"(?:(?:the|an?|its|their)\s+)?(?:(?:current|present|existing|previous|earlier|initial|original|" \
               r"estimated|reported|recorded|record)\s+)?"
_CHANGE_EARLIER = re.compile(_CHANGE_VERBS + r"(?:[^.;!?。；]|\.(?=\d))*?\s+from\s{1,2}" + _START_LEVEL + "$", re.I)
_RANGE_FROM = re.compile(r"\b(?:range[sd]?|ranging|between|var(?:y|ies|ied|ying)|estimates?|estimated|forecasts?|"
                         r"anywhere)\s+from\s{1,2}$", re.I)
_UP_TO = re.compile(r"up\s{1,2}to\s{0,2}", re.I)
_FROM_BEFORE = re.compile(r"(?<![a-z])from\s{1,2}$", re.I)
_FROM_TO_ZH = re.compile(r"(?:从|由)\s{0,2}$")
_AND = re.compile(r"^\s{0,2}(?:和|与|及|and|-)\s{0,2}$", re.I)
_BETWEEN_BEFORE = re.compile(r"(?:between|from|介于|在|位于)\s{0,2}$", re.I)
_BETWEEN_AFTER = re.compile(r"^\s{0,2}(?:之间|间|的区间|范围内)")
_BOUND_GAP = re.compile(r"^\s{0,2}(?:而且|且|并且|并|而|但是|但|却|,|、|and|but|And|AND|But|BUT|;)?\s{0,2}(?:[a-z]\s?)?$")  # x>=10 and x<20
_GAP_VARIABLE = re.compile(r"(?:^|[\s且并而,、;])([a-z])\s?$")  # the variable of a second bound: x>=10 and x<20
_APPROACH = re.compile(r"近|将近|接近|几乎|差不多|nearly|almost|close to|approaching", re.I)
_LOWER = ("over", "at_least")
_UPPER = ("under", "at_most")


def _latin_scale(q: Quantity) -> bool:
    return any(w.isascii() for w in q.scale_words)


def _compatible(a: Quantity, b: Quantity) -> bool:
    if a.kind == b.kind and a.unit == b.unit:
        return True
    # one end without a unit borrows the other's: 300-400 亿美元, 20 - 100个
    return (not a.has_unit) or (not b.has_unit)


def _scale_gap(a: Quantity, b: Quantity, text: str | None = None) -> float:
    """Factor to apply to the low end when the high end's scale word covers it too: 300-400亿 (×1e8),
    3万—4万亿 and 3萬—4兆 (×1e8: 兆 reads as 万亿)."""
    aw = [w for w in a.core.scale_words]
    bw = []
    for w in b.core.scale_words:
        bw.extend(["万", "亿"] if w == "兆" else [w])
    if a.core.script == "en" or b.core.script == "en" or _latin_scale(b):
        # four to five thousand, 3 to 4 million: the high end's scale covers a bare low end smaller than the
        # number it multiplies (but not 200 to 5 million)
        scale = b.core.scale if b.core.scale > 1.0 else (b.value / b.core.value if b.core.value else 1.0)
        if not aw and not a.scale_words and a.core.scale == 1.0 and scale > 1.0 and 0 < a.value < b.value / scale:
            return scale
        return 1.0
    place = _elided_place(a, b, text) if text is not None else None
    if place is not None:
        return place
    if not aw and bw and a.core.scale == 1.0 and b.core.scale > 1.0:
        return b.core.scale
    if aw and len(aw) < len(bw) and bw[: len(aw)] == aw:
        f = 1.0
        table = {"万": 1e4, "亿": 1e8}
        for w in bw[len(aw):]:
            f *= table.get(w, 1.0)
        return f
    return 1.0


_LEADING_PLACE = re.compile(r"([1-9一二两三四五六七八九])\s?([百千])")
_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _elided_place(a: Quantity, b: Quantity, text: str) -> float | None:
    """四到五千人, 三到四百万, 3至5千: a single-digit low end takes the place value of the high end's leading digit
    when the high end is that digit times 百 or 千 (and any 万/亿 after it) and the low digit is smaller. The factor
    for the low end, or None. (十 is left out: 二至三十 is as often "two to thirty"; twenty to thirty is 二三十.)"""
    if a.scale_words or a.core.scale != 1.0 or a.core.decimals or not float(a.value).is_integer() \
            or not 1 <= a.value <= 9 or a.core.end - a.core.start != 1:
        return None
    m = _LEADING_PLACE.match(text, b.core.start)
    if m is None:
        return None
    d = int(m.group(1)) if m.group(1).isdigit() else _DIGIT_VALUE[m.group(1)]
    place = 100.0 if m.group(2) == "百" else 1000.0
    if not a.value < d or abs(b.core.value - d * place * b.core.scale) > 1e-9 * abs(b.core.value):
        return None
    return b.core.value / d


_BY = re.compile(r"^\s?(?:x|X|×|\*|by)\s?$")
_PLUS_MINUS = re.compile(r"^\s?(?:±|\+/-|\+-|\+ / -|\+/−)\s?$")
_FOOT_MARK = re.compile(r"^\s?['′]\s?$")


def _bare(q: Quantity) -> bool:
    return (q.kind == "count" and not q.has_unit and q.rejected is None and q.noun is None and q.low is None
            and q.qualifier is None)


def _with_unit_of(a: Quantity, b: Quantity) -> Quantity | None:
    """The bare figure a in the unit written after b (its scale in the unit too: 3×4万吨)."""
    if not b.core.value:
        return None
    return replace(a, kind=b.kind, unit=b.unit, has_unit=True, value=a.value * b.value / b.core.value)


def join_factors(qs: list[Quantity], text: str) -> list[Quantity]:
    """Figures that share one unit written once: dimensions (12 x 14 feet, 3 by 4 by 5 inches, 3×4米: each
    factor in the unit, two claims), a value and its uncertainty (5 ± 0.5 km: one claim, the value), feet and
    inches in marks (6'2": one length)."""
    if len(qs) < 2:
        return qs
    out = list(qs)
    for i in range(len(out) - 2, -1, -1):  # right to left: 3 by 4 by 5 inches
        a, b = out[i], out[i + 1]
        if a.rejected is not None or b.rejected is not None:
            continue
        if a.hedge_after == "over" and text[a.end - 1] == "+" and text[a.end:a.end + 1] in ("/", "-", "−"):
            a = replace(a, qualifier=None, hedge_after=None, end=a.end - 1)  # 5 +/- 0.5: the + was no "or more"
        gap = text[a.end:b.start]
        if (b.start < len(text) and text[b.start] in "-−" and b.value < 0 and not _PLUS_MINUS.match(gap)
                and _PLUS_MINUS.match(gap + "-")):
            b = replace(b, start=b.start + 1, value=-b.value)  # 20+/-2 kg: the minus of "+/-" is no sign of 2
            gap = text[a.end:b.start]
        if a.qualifier == "approx" and a.low is None and _PLUS_MINUS.match(gap) and _bare(replace(a, qualifier=None)):
            a = replace(a, qualifier=None)  # about 4.54 ± 0.05 billion years: the hedge is put back below
            approx = True
        else:
            approx = False
        if _bare(a) and b.kind == "physical" and _BY.match(gap) and b.low is None:
            joined = _with_unit_of(a, b)
            if joined is not None:
                out[i] = joined
        elif _PLUS_MINUS.match(gap) and b.low is None and b.qualifier is None and (
                _bare(a) and (b.has_unit or _bare(b)) or a.has_unit and (not b.has_unit or b.unit == a.unit)) and (
                a.low is None):  # (1.5 ± 0.2 with no unit: the value and its uncertainty, one figure too)
            point = _with_unit_of(a, b) if _bare(a) else a
            if point is not None:
                out[i:i + 2] = [replace(point, end=b.end, qualifier="approx" if approx else point.qualifier)]
        elif _bare(a) and b.unit == "inch" and _FOOT_MARK.match(gap) and a.core.plain is not None and b.low is None:
            out[i:i + 2] = [replace(b, start=a.start, value=a.value * 12 + b.value, core=a.core)]
    return out


# Figures listed with one unit written after the last: "rose 3.5 and 4.2 percent", "12.1 and 8.4 percentage points",
# 分别增长3.5和4.2个百分点, 3.5、4.2和5.1%. A comma joins a figure to the list only before one that took the unit
# through a conjunction (3.5, 4.2 and 5.1 percent): "Of the 300, 45% said" stays a count and a share.
_LIST_AND = re.compile(r"^(?:\s{1,2}(?:and|&)\s{1,2}|\s{0,2}(?:和|与|與|及|以及|、)\s{0,2})$", re.I)
_LIST_COMMA = re.compile(r"^\s{0,2}[,，]\s{0,2}$")
_LIST_KINDS = frozenset(("percent", "percentage_points", "physical", "times", "money"))


def _unit_after_only(b: Quantity) -> bool:
    """b's unit and scale are written after its number, with nothing before it (no currency sign, no hedge)."""
    return b.start == b.core.start and b.hedge_before is None


def join_listed_units(qs: list[Quantity], text: str) -> list[Quantity]:
    """A bare figure in a list whose last figure carries a unit after it takes that unit (and that figure's
    Latin scale word: "3 and 4 million tonnes" when no "between" made it a range)."""
    if len(qs) < 2:
        return qs
    out = list(qs)
    took: set[int] = set()
    for i in range(len(out) - 2, -1, -1):  # right to left: 3.5, 4.2 and 5.1 percent
        a, b = out[i], out[i + 1]
        if not _bare(a) or b.rejected is not None or b.low is not None or not b.has_unit or b.kind not in _LIST_KINDS:
            continue
        if not _unit_after_only(b) or not b.core.value:
            continue
        if (a.core.script == "en") != (b.core.script == "en"):
            continue  # 3 and four percent: one list is written in one script
        gap = text[a.end:b.start]
        if not (_LIST_AND.match(gap) or (i + 1 in took and _LIST_COMMA.match(gap))):
            continue
        if (a.scale_words or a.core.scale != 1.0) and _latin_scale(b):
            continue  # 3 million and 4 billion tonnes: each figure has its own scale
        joined = _with_unit_of(a, b)
        if joined is not None:
            out[i] = replace(joined, written_value=None)
            took.add(i)
    return out


_COMPOUND_GAP = re.compile(r"^\s{0,2}(?:又|零|and)?\s{0,2}$", re.I)
_PHRASE_END = re.compile(r"^\s{0,2}(?:[.,;:!?)。，；：！？]|$)")
_COORDINATOR = re.compile(r" (?:and|or|but)(?![A-Za-z])", re.I)  # two dollars and fifty and includes a drink


# a height in feet and then the inches without their unit: 6-foot-3 (a compound adjective), 6 foot 3 at the
# end of a phrase; the inches are a whole number below twelve
# the inches after a height in feet, in digits or in words (six foot two, five-foot-ten)
_INCH_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven".split())}
_INCH = r"(\d{1,2}|(?i:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven)(?![a-z-]))"
_INCHES_HYPHEN = re.compile(r"-" + _INCH + r"(?![\d/-]|[.,]\d|\s?%)")
_INCHES_IN = re.compile(r" (\d{1,2}) ?(in)(?![a-z])(?! (?:the|a|an|which|this|that|his|her|their|its|\d)\b)")
_INCHES_SPACED = re.compile(r" " + _INCH + r"(?=\s{0,2}(?:[,;:)]|\.(?!\d)|$|(?:tall|and|or)\b))")


def _inches(s: str) -> int:
    return int(s) if s.isdigit() else _INCH_WORDS[s.lower()]


def _feet_and_inches(q: Quantity, text: str) -> tuple[float, int] | None:
    if q.unit != "foot" or q.low is not None or q.rejected is not None or not float(q.value).is_integer():
        return None
    m = _INCHES_HYPHEN.match(text, q.end) if text[q.end - 1].isalpha() else None
    m = m or _INCHES_SPACED.match(text, q.end)
    if m is None and q.end < len(text) and text[q.end] == " ":
        m = _INCHES_IN.match(text, q.end)  # 12 ft 2 in boat: after feet, "in" is inches whatever follows
    if m is None or _inches(m.group(1)) >= 12:
        return None
    return q.value + _inches(m.group(1)) / 12.0, m.end(m.lastindex)


# 一米八, 1米80, 一米七五: a height in metres and then its decimals without a unit (centimetres when two digits)
_METRE_TAIL = re.compile(r"([0-9]{1,2}|[零〇一二三四五六七八九]{1,2})(?![0-9零〇一二两三四五六七八九十百千万亿.点％%米厘毫分公尺寸度岁个秒年月日天号次人名位只条张块元倍])")
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0}


def _metre_tail(q: Quantity, text: str) -> tuple[float, int] | None:
    if q.low is not None or q.rejected is not None or not float(q.value).is_integer():
        return None
    if q.unit == "degree_Celsius" and text[q.end - 1:q.end] == "度":
        m = _METRE_TAIL.match(text, q.end)  # 三十八度五, 38度5: a temperature and its tenths
        if m is None or len(m.group(1)) != 1:
            return None
    elif q.unit != "meter" or text[q.end - 1:q.end] != "米" or not 0 < q.value < 10:
        return None  # a height, a jump, a room's width: a few metres and a bit
    else:
        m = _METRE_TAIL.match(text, q.end)
    if m is None:
        return None
    digits = "".join(str(_CN_DIGIT.get(c, c)) for c in m.group(1))
    return q.value + int(digits) / 10 ** len(digits), m.end()


def join_compounds(qs: list[Quantity], text: str, factor_of=None) -> list[Quantity]:
    """Sums written as one figure: 两美元又三美分, 五元三毛, 3 dollars 50 cents, 15 dollars and 50 (cents),
    5 feet 2 inches, 6-foot-3. `factor_of(unit)` gives a physical unit's canonical unit and its size in it."""
    if "米" in text or "度" in text:
        qs = _join_metre_tails(qs, text)
    if "零" in text or "又" in text:
        qs = _drop_linking_zero(qs, text)
    out: list[Quantity] = []
    for q in qs:
        if out and q.start < out[-1].end and out[-1].unit == "foot" and _bare_count(q):
            continue  # five-foot-ten: the inches, already read into the height before
        if out and out[-1].end <= q.start < out[-1].end + 2 and out[-1].kind == "physical" and _bare_count(q):
            fi = _feet_and_inches(out[-1], text)
            if fi is not None and fi[1] >= q.end and not any(r.start < fi[1] for r in qs if r.start > q.start):
                out[-1] = replace(out[-1], value=fi[0], end=fi[1])
                continue
        if q.kind == "physical" and q.unit == "foot" and "-" in text[q.end:q.end + 1]:
            fi = _feet_and_inches(q, text)
            if fi is not None:
                q = replace(q, value=fi[0], end=fi[1])
        if out and factor_of is not None and (d := _duration_parts(out[-1], q, text, factor_of)) is not None:
            out[-1] = replace(out[-1], end=d[1], value=d[0])  # 2 hours 15 minutes, 3 min 20 s, 1年3个月
            continue
        if out and _joinable(out[-1], q, text):
            a = out[-1]
            if a.kind == q.kind == "money" and abs(q.value) < 1 <= abs(a.value) and (
                    a.unit == q.unit or q.written_value is not None):
                # 两美元又三美分; 5 euros 50 cents: a minor unit counts in the currency before it
                out[-1] = replace(a, end=q.end, value=a.value + q.value)
                continue
            if (a.kind == "money" and q.kind == "count" and not q.has_unit and q.core.plain is not None
                    and len(q.core.plain) == 2 or a.kind == "money" and q.kind == "count" and q.core.script == "en"
                    and not q.has_unit and 0 < q.value < 100) and float(a.value).is_integer() \
                    and (_PHRASE_END.match(text[q.end:q.end + 3]) or _COORDINATOR.match(text, q.end)):
                out[-1] = replace(a, end=q.end, value=a.value + q.value / 100.0)  # 15 dollars and 50
                continue
            if a.kind == q.kind == "physical" and a.unit != q.unit and factor_of is not None and not (
                    _is_time(a.unit) or _is_time(q.unit)):  # "21 years and six months" stay two figures
                ra, rb = factor_of(a.unit), factor_of(q.unit)
                fa, fb = (ra[1], rb[1]) if ra and rb and ra[0] == rb[0] else (0.0, 0.0)
                # one length (weight, volume) in a larger unit and then a smaller one, the smaller part less
                # than one of the larger (5 ft 2 in, 3 lb 4 oz); not two measures of two things (2 gallons and
                # 5 lbs) nor one speed in two units (10 knots and 25 mph)
                if fa and fb and fb < fa and fa / fb <= 100 and 0 <= q.value * fb < fa and \
                        ra[0] in _PARTED and _system(a.unit) == _system(q.unit):
                    out[-1] = replace(a, end=q.end, value=a.value + q.value * fb / fa)  # 5 ft 2 in
                    continue
        out.append(q)
    return out


# A measure written in two parts keeps one system of units: feet and inches, pounds and ounces, gallons and pints
# (customary); metres and centimetres, kilograms and grams (metric); 斤 and 两 (the Chinese market units). Parts
# from two systems are two measures listed side by side ("2 teaspoons and 1 ml", "3 lb and 200 g", 1公斤2两), never
# one amount: nobody writes a remainder in another system's unit.
_CUSTOMARY = frozenset(("inch", "foot", "yard", "mile", "nautical_mile", "fathom", "furlong", "thou", "mil", "ounce",
                        "pound", "stone", "ton", "short_ton", "long_ton", "hundredweight", "grain", "dram",
                        "troy_ounce", "gallon", "quart", "pint", "cup", "gill", "fluid_ounce", "tablespoon",
                        "teaspoon", "bushel", "peck", "acre", "oil_barrel"))
_MARKET = frozenset(("jin", "liang", "tai_jin", "chinese_mu", "chinese_chi", "chinese_cun", "chinese_li", "zhang",
                     "dou", "ping", "qian"))


# The measures written as a larger unit and a remainder in a smaller one: a length, a weight, a volume (5 ft 2 in,
# 3 lb 4 oz, 1 cup and 2 tablespoons, 1公斤2两). A pressure, a power or any rate is never written so: "120 psi and
# 5 mmHg", "5 g/L and 3 mg/dL", "10 kW and 500 W" are two readings listed side by side.
_PARTED = frozenset(("meter", "metric_ton", "meter ** 3"))


def _drop_linking_zero(qs: list[Quantity], text: str) -> list[Quantity]:
    """1年零3个月, 三小时零五分钟: a 零 between two parts of one duration links them ("and"), it is no figure."""
    out = []
    for i, q in enumerate(qs):
        if (0 < i < len(qs) - 1 and text[q.start:q.end] == "零" and q.value == 0 and not q.has_unit
                and qs[i - 1].end == q.start and qs[i + 1].start == q.end
                and qs[i - 1].kind == qs[i + 1].kind == "physical"
                and _is_time(qs[i - 1].unit) and _is_time(qs[i + 1].unit)):
            continue
        out.append(q)
    return out


def _system(unit: str) -> str:
    """customary, market or metric: the system a unit's base words belong to (foot ** 2 is customary)."""
    names = set(re.findall(r"[A-Za-z_]+", unit))
    if names & _CUSTOMARY or any(n.startswith(("imperial_", "UK_", "US_")) for n in names):  # (imperial_gallon)
        return "customary"
    if names & _MARKET:
        return "market"
    return "metric"


_JUXTAPOSED = re.compile(r"^(?: ?|零|又)$")  # 2 hours 15 minutes, 1年3个月, 1年零3个月, 两年又五个月
_BARE_SECONDS = re.compile(r" ?(?:s|secs?)(?![A-Za-z0-9])")


def _duration_parts(a: Quantity, b: Quantity, text: str, factor_of) -> tuple[float, int] | None:
    """One duration written in descending parts side by side: 2 hours 15 minutes, 3 min 20 s, 1 year 3 months,
    2小时15分钟, 3分20秒, 1年3个月: (value in the first part's unit, end). Each part is less than one of the part
    before. Joined by "and" ("21 years and six months") they stay two figures, as written; 零 and 又 (1年零3个月,
    两年又五个月) say "and a remainder of", one duration as 一百万零五百 is one number."""
    if not (a.kind == "physical" and _is_time(a.unit) and a.rejected is None and a.low is None
            and b.rejected is None and b.low is None and b.qualifier is None and _JUXTAPOSED.match(text[a.end:b.start])):
        return None
    end, unit = b.end, b.unit
    if _bare_count(b) and a.unit in ("minute", "hour") and b.core.script == "arabic":
        m = _BARE_SECONDS.match(text, b.end)  # 3 min 20 s: the bare "s" is seconds after minutes
        if m is None:
            return None
        end, unit = m.end(), "second"
    elif not (b.kind == "physical" and _is_time(b.unit) and b.unit != a.unit):
        return None
    ra, rb = factor_of(a.unit), factor_of(unit)
    if not (ra and rb and ra[0] == rb[0] and rb[1] < ra[1] and 0 <= b.value * rb[1] < ra[1]):
        return None
    return a.value + b.value * rb[1] / ra[1], end


def _join_metre_tails(qs: list[Quantity], text: str) -> list[Quantity]:
    out: list[Quantity] = []
    skip_to = -1
    for q in qs:
        if q.start < skip_to:
            if q.end > skip_to and q.core.end == skip_to and q.kind == "count" and not q.has_unit:
                out[-1] = replace(out[-1], end=q.end, qualifier=q.qualifier, hedge_after=q.hedge_after)
            if q.end <= skip_to or q.core.end == skip_to:
                continue  # the decimals, read as a number of their own (with a hedge after: 1米5左右)
        tail = _metre_tail(q, text) if q.kind == "physical" else None
        if tail is not None:
            q = replace(q, value=tail[0], end=tail[1])
            skip_to = tail[1]
        out.append(q)
    return out


def _bare_count(q: Quantity) -> bool:
    return q.kind == "count" and not q.has_unit and q.rejected is None and q.low is None and q.qualifier is None


def _is_time(unit: str) -> bool:
    return unit in ("year", "month", "week", "day", "hour", "minute", "second")


def _joinable(a: Quantity, b: Quantity, text: str) -> bool:
    return (a.rejected is None and b.rejected is None and a.low is None and b.low is None
            and a.qualifier is None and b.hedge_before is None and bool(_COMPOUND_GAP.match(text[a.end:b.start])))


_EVERY = re.compile(r"(?:每|每一|平均每)\s?$")
_SHARE_GAP = re.compile(r"^[\u4e00-\u9fff]{0,3}?\s{0,2}(?:中|里|当中|之中|里面)?\s{0,2}(?:就|便|即|竟|约|大约|至少)?\s{0,2}(?:有|是)\s{0,2}$")


_MEASURE_WORDS = frozenset("个名位只台辆户家")
RATE_BASE_MIN = 1000  # "per 1,000", "per 100,000": bases of rates (per 100, 每100人中有30人, is a share)


def _same_noun(a: Quantity, b: Quantity, text: str) -> bool:
    """Both ends count the same thing: the same noun, or a measure word and then that noun on one side only
    (每三个人中就有一人, 每五人中有一个人: 个人 and 人 count people alike)."""
    if a.noun == b.noun:
        return True
    if a.noun in _MEASURE_WORDS and b.noun and text.startswith(b.noun, a.end):
        return True
    return bool(b.noun in _MEASURE_WORDS and a.noun and text.startswith(a.noun, b.end))


def join_shares(qs: list[Quantity], text: str) -> list[Quantity]:
    """每10台中有7台, 每十人中就有三人, 每100元中有30元: M of every N of the same thing is a share (M/N); of every
    thousand or more it is a rate, M with its base kept (每10万人中有26.6人: 26.6 per 100,000), and so is M of other
    things counted per such a base (每10万人拥有206个, 每10万活产中有223例)."""
    if "每" not in text:
        return qs
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if (b is not None and a.rejected in (None, "rate_base") and b.rejected in (None, "lone") and a.kind == b.kind
                and a.kind in ("count", "money", "physical") and a.unit == b.unit
                and a.low is None and b.low is None and 0 < b.value <= a.value and _same_noun(a, b, text)
                and _EVERY.search(text[max(0, a.start - 4):a.start]) and _SHARE_GAP.match(text[a.end:b.start])):
            start = a.start - len(_EVERY.search(text[max(0, a.start - 4):a.start]).group())
            if a.value >= RATE_BASE_MIN:  # 每10万人中有26.6人: a rate per a hundred thousand, as "26.6 per 100,000"
                out.append(replace(b, start=start, rejected=None, per=a.value))
                i += 2
                continue
            core = replace(b.core, decimals=0)
            out.append(replace(b, start=start, value=b.value / a.value, kind="ratio", unit="ratio", noun=None, rejected=None,
                               has_unit=True, core=core))
            i += 2
            continue
        if (b is not None and a.rejected in (None, "rate_base", "rate base") and b.rejected is None and a.kind == b.kind == "count"
                and a.low is None and b.low is None and a.value >= RATE_BASE_MIN and 0 < b.value < a.value
                and (every := _EVERY.search(text[max(0, a.start - 4):a.start])) and _RATE_GAP.match(text[a.end:b.start])):
            # 每10万人52例, 每10万活产中有223例, 每10万人拥有206个基站: other things counted per a round base (a rate)
            out.append(replace(b, start=a.start - len(every.group()), per=a.value))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# between the base of a rate and its count: 每10万人52例, 每10万活产中有223例, 每10萬人約只有9.3人, 每10万人拥有206个
_RATE_GAP = re.compile(r"^[\u4e00-\u9fff]{0,3}?\s{0,2}(?:中|里|当中|之中|裡)?\s{0,2}(?:就|便|即|约|約|大约|大約|只|仅|僅)?\s{0,2}"
                       r"(?:约|約)?\s{0,2}(?:有|拥有|擁有|是|为|為|达|達)?\s{0,2}(?:约|約)?\s{0,2}$")


# between a count and the round base it is stated per: "13.7 per 100 000", "134 new cases per 100,000", "6.3 births
# per 1,000" (a few words of what is counted, then "per")
_PER_BASE = re.compile(r"\s+(?:[a-z][a-z-]*\s+){0,3}per\s+", re.I)
_DIGIT_GROUP_AFTER = re.compile(r"[ \u00a0\u202f]\d{3}(?!\d)")  # "per 100 000" read short, as "100": no base


def join_rates(qs: list[Quantity], text: str) -> list[Quantity]:
    """"13.7 deaths per 100 000", "134 new cases per 100,000 people": a count per a round base is a rate, one
    figure, its value as written and its base kept (`per`), as 每10万人中有26.6人 is (join_shares): the base alone is
    no claim, and the count alone is no count of deaths."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if (b is not None and a.kind == b.kind == "count" and a.rejected is None and b.rejected in (None, "rate base")
                and a.low is None and b.low is None and not b.qualifier and not b.scale_words
                and b.value >= RATE_BASE_MIN and _is_round_base(b.value) and 0 < a.value < b.value
                and _PER_BASE.fullmatch(text, a.end, b.start) and not _DIGIT_GROUP_AFTER.match(text, b.end)):
            out.append(replace(a, end=b.end, per=b.value))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_SCORE_GAP = re.compile(r"^[-–—:]$")


def _score(a: Quantity, b: Quantity, text: str) -> bool:
    """89-89, won 3-1, 2:1: two bare small integers joined by a dash, the first not below the second, are a
    score or a tally (a range is written low to high). A colon joins no name to a number, so the first may have
    been read as part of a name before it (Spain beat Italy 3:1)."""
    return ((a.rejected is None or a.rejected == "name" and text[a.end:b.start] == ":") and b.rejected is None
            and not a.has_unit and not b.has_unit
            and a.core.plain is not None and b.core.plain is not None and len(a.core.plain) <= 3
            and len(b.core.plain) <= 3 and a.value >= b.value and bool(_SCORE_GAP.match(text[a.end:b.start]))
            and a.qualifier is None and b.qualifier is None)


_SPACED_DASH = re.compile(r"\s+[–—−]\s+")
_GLUED_MINUS = re.compile(r"\s+[-–—−]")


def join_ranges(qs: list[Quantity], text: str) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if b is not None and _score(a, b, text):
            out += [replace(a, rejected="score"), replace(b, rejected="score")]
            i += 2
            continue
        if (b is not None and b.rejected == "period" and a.rejected is None and not a.has_unit
                and (_DASH.match(text[a.end:b.start]) or _OR.match(text[a.end:b.start]) and _next_step(a, b))):
            # the next two to three years, twenty or thirty minutes later: both ends frame a period
            out += [replace(a, rejected="period"), b]
            i += 2
            continue
        if b is not None and (a.rejected == "year") != (b.rejected == "year") and _year_end(a, b, text):
            # 从1000到2000, 2000 to 3000: a year-like end of a range whose other end is no year is a number
            joined = _join(replace(a, rejected=None), replace(b, rejected=None), text)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        if b is not None and a.rejected == "lone" and b.core.script == "cn" and _lone_low_end(a, b, text):
            joined = _join(replace(a, rejected=None), b, text)  # 需要三到五年, 增长二至三成: the low end of a range
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        if b is not None and a.rejected is None and b.rejected is None and a.low is None and b.low is None:
            joined = _join(a, b, text)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            a = _change_start(a, b, text)
        out.append(a)
        i += 1
    return out


_LONE_GAP = re.compile(r"^[多余]?(?:到|至|~|～|〜|-|–|—)$")


@functools.lru_cache(maxsize=1)
def _numeral_words() -> tuple[str, ...]:
    """`[range] numeral_words` of numerals.toml: words that end in a numeral character (统一, 之一)."""
    from ..knowledge import _data, to_simplified

    return tuple(to_simplified(w) for w in _data("numerals.toml").get("range", {}).get("numeral_words", []))


def _lone_low_end(a: Quantity, b: Quantity, text: str) -> bool:
    """A single numeral character rejected as part of a word (一直, 两国) is the low end of a range when a range
    connector and a Chinese numeral follow it (三到五年, 二至三成, 一到两千元): both ends of a range are written in
    one script, so an Arabic figure after it (统一到5%) makes no range; a word that ends in a numeral (统一, 之一)
    stays a word."""
    return (a.core.lone and a.core.script == "cn" and a.low is None and a.qualifier in (None, "approx") and not a.has_unit
            and b.rejected is None and b.low is None and b.core.script == "cn" and b.core.start == b.start
            and bool(_LONE_GAP.match(text[a.end:b.start]))
            and not any(text.endswith(w, 0, a.end) for w in _numeral_words()))


_YEAR_CONTEXT = re.compile(r"\b(?:in|since|by|until|till|of|during|before|after)\s+$|(?:在|于|自|截至)\s*$"
                           r"|\b(?:q[1-4]|h[12]|fy|cy|[1-4]q|quarter|half)\s*['’]?\s*$", re.I)  # Q2 2025 to $800 million


def _year_end(a: Quantity, b: Quantity, text: str) -> bool:
    """One of two bare figures joined by a dash or 到 was read as a year while the other is a plain number that
    is none (1000, 3000): they are the two ends of a range of numbers, not a year."""
    if not _DASH.match(text[a.end:b.start]) or text[b.end:b.end + 1] in ("年", "s"):
        return False
    year, other = (a, b) if a.rejected == "year" else (b, a)
    if _YEAR_CONTEXT.search(text[max(0, year.start - 8):year.start]):
        return False  # in 2023 to 569: a year after a preposition of time is a year
    return (not year.has_unit and other.rejected is None and other.core.plain is not None and year.core.plain is not None
            and not is_year(other.value, other.core.plain) and len(other.core.plain) >= 3)


def _join(a: Quantity, b: Quantity, text: str) -> Quantity | None:
    gap = text[a.end:b.start]
    # two one-sided bounds: 大于10小于20, at most 100 and at least 20
    m = _GAP_VARIABLE.search(gap)
    var = m.group(1) if m else ""
    if var and text[:a.start].rstrip()[-1:] != var:
        var = None  # x>10 and y<20: bounds on two variables stay two figures
    if a.qualifier in _LOWER + _UPPER and b.qualifier in _LOWER + _UPPER and var is not None and _BOUND_GAP.match(gap) \
            and _compatible(a, b) and not (
            _APPROACH.match(text, a.start) or _APPROACH.match(text, b.start)):
        # (逾七成，近九成: "nearly 90 %" approaches a figure, it bounds no range)
        lo_q, hi_q = (a, b) if a.qualifier in _LOWER and b.qualifier in _UPPER else (
            (b, a) if b.qualifier in _LOWER and a.qualifier in _UPPER else (None, None))
        if lo_q is not None and lo_q.value < hi_q.value:
            return _make(a, b, lo_q.value, hi_q.value, None)
        return None
    if (a.qualifier is None and b.qualifier == "at_most" and b.hedge_before and not gap.strip()
            and (m := _UP_TO.match(text, b.start)) and _FROM_BEFORE.search(text, max(0, a.start - 8), a.start)
            and not _CHANGE_BEFORE.search(text[max(0, a.start - 40):a.start])):
        # from 10 up to 20, from $5 up to $8: "from" opens a range that "up to" closes (a ceiling only where no
        # "from" gives it a floor; after a verb of change, "rose from 10 up to 20", two figures)
        b = replace(b, start=m.end(), qualifier=None, hedge_before=None)
        gap = " to "
    if b.hedge_before and _DASH.match(text[a.end:b.core.start]):
        gap = text[a.end:b.core.start]  # 70%~ 95%: the "~" read as a hedge is the range's dash
    elif a.qualifier in _LOWER + _UPPER or b.hedge_before:
        return None
    if gap == "、" and (f := _enumerated_low(a, b, text)) is not None:
        return _make(a, b, b.value * f, b.value, a.qualifier)  # 三、四十人, 四、五千元: 30 to 40, 4,000 to 5,000
    dash = _DASH.match(gap)
    if dash and _is_change(a, b, gap, text):
        return None
    between = _AND.match(gap) and (_BETWEEN_BEFORE.search(text[max(0, a.start - 10):a.start])
                                    or _BETWEEN_AFTER.match(text[b.end:b.end + 6]))
    if not (dash or between or (_OR.match(gap) and (b.has_unit or b.scale_words and not a.scale_words)
                                 and _next_step(a, b))):
        return None
    if not _compatible(a, b):
        return None
    if (dash and not a.has_unit and not b.has_unit and a.value > b.value and a.core.scale == b.core.scale == 1.0
            and _TO.search(gap)):
        return None  # passed 218 to 214, won 3 to 1: a tally or odds written high to low; a range runs low to high
    if a.has_unit and not b.has_unit and not _unit_before(a, text) and not (
            a.kind == "physical" and b.core.script == "arabic" and _SUSPENDED.match(gap)):
        return None  # "5%-10", "0.7% to 6,327.80": the second figure is another quantity ("3号-5", a level)
    av = a.value
    if not a.has_unit and b.has_unit:
        f = _scale_gap(a, b, text)
        unit_factor = 1.0
        if b.kind in ("percent",) and b.value and b.core.value and abs(b.value / b.core.value - 10) < 1e-9:
            unit_factor = 10.0  # 六到七成
        av = a.value * f * unit_factor
    else:  # both with a unit (3萬—4兆美元) or neither (300-400亿, four to five thousand)
        av = a.value * _scale_gap(a, b, text)
    if av > b.value and (_SPACED_DASH.fullmatch(gap) or _GLUED_MINUS.fullmatch(gap)):
        # "3 420 – 450", "547 – 10.9%": a table's figure and the next column's, its minus sign spaced off;
        # "44.8 -2%": the next column's figure, its minus sign glued to it
        return None
    lo, hi = sorted((av, b.value))
    if lo == hi and not between:
        return None
    return _make(a, b, lo, hi, a.qualifier or (b.qualifier if not b.hedge_before else b.hedge_after))


_OR = re.compile(r"^\s{0,2}(?:or|或)\s{0,2}$", re.I)


def _enumerated_low(a: Quantity, b: Quantity, text: str) -> float | None:
    """三、四十人, 四、五千元, 二、三百家: a lone Chinese digit, an enumeration comma and the next digit up written
    with its place (十, 百, 千, 万…) is the colloquial "this or the next" (三四十) with the comma kept, a range
    whose low end is in the high end's place. Returns low / high. Not a list: no 第 before (第三、四季度), no
    further 、 after (一、二、三十), and the second figure must have a place (三、四个 is left as written)."""
    if not (a.core.script == b.core.script == "cn" and a.core.end - a.core.start == 1 and a.end == a.core.end
            and not a.has_unit and a.low is None and b.low is None and b.core.decimals == 0
            and b.qualifier is None and b.hedge_before is None and b.core.start == b.start):
        return None
    if text[a.core.start - 1:a.core.start] in ("第", "、") or text[b.end:b.end + 1] == "、":
        return None
    x, y = a.core.value, b.core.value
    if not (1 <= x <= 8 and float(x).is_integer() and y >= 10):
        return None
    place = 10 ** (len(str(int(y))) - 1)
    if y != (x + 1) * place:
        return None
    return x / (x + 1)


def _next_step(a: Quantity, b: Quantity) -> bool:
    """b is the next round number after a (2 or 3 days, twenty or thirty minutes, 5 or 6 percent, 2或3天): a
    guess between two neighbours, a range, as 两三天 is; "1 or 10 km" and "3 or 2" stay two figures."""
    x, y = a.core.value, b.core.value / (b.core.scale or 1.0)  # 三或四万: the digits before the scale
    if a.core.decimals or b.core.decimals or not (x >= 1 and y > x) or not (float(x).is_integer() and float(y).is_integer()):
        return False
    step = 1
    while x % (step * 10) == 0 and y % (step * 10) == 0:
        step *= 10
    return y - x == step


_SUSPENDED = re.compile(r"^-\s")
_TO = re.compile(r"\bto\b|到|至", re.I)


def _unit_before(a: Quantity, text: str) -> bool:
    """The unit is written before the number ($3-5 million, 百分之四十到五十), so it covers the second end too."""
    last = text[a.end - 1]
    return last.isdigit() or last in "零〇○一二两三四五六七八九十百千万亿"


# what follows a Chinese "from A to B" that makes it a change: a noun of change (的跨越, 的增长) or the series' next step
# (，再到)
_CHANGE_AFTER_ZH = re.compile(r"\s{0,2}(?:的\s{0,2}(?:跨越|增长|增長|提升|突破|飞跃|飛躍|转变|轉變|下降|增加|减少|減少|上升|"
                              r"变化|變化|攀升|回落)|[,，、]?\s{0,2}再[到至增降升涨漲跌])")
# a Chinese verb of change right before the first figure: 上涨412亿美元至33991亿美元 (a rise, then the level it rose to)
_CHANGE_BEFORE_ZH = re.compile(r"(?:上涨|上升|增加|增长|下降|减少|下跌|回落|回升|提高|降低|下滑|扩大|缩小|增|减|涨|跌|升|降)了?\s{0,2}$")


def _change_start(a: Quantity, b: Quantity, text: str) -> Quantity:
    """"rose from 6.4 to 6.6 million tonnes": the bare level a change starts from is in the unit and scale of the
    level it ends at (within a factor of ten of its number); any other figure as it is."""
    gap = text[a.end:b.start]
    if a.has_unit or a.scale_words or a.core.scale != 1.0 or not b.has_unit or not b.core.value or \
            a.kind != "count" or not _DASH.match(gap) or not _TO.search(gap) or not _is_change(a, b, gap, text) or \
            not _FROM_BEFORE.search(text, max(0, a.start - 8), a.start) or \
            not 0.1 <= a.value / b.core.value <= 10:
        return a
    return replace(a, value=a.value * b.value / b.core.value, kind=b.kind, unit=b.unit)


def _is_change(a: Quantity, b: Quantity, gap: str, text: str) -> bool:
    """X to Y after a verb of change (rose from 3.5% to 4.2%, 从3%升至5% is never joined anyway)."""
    if not re.search(r"to|到|至", gap, re.I):
        return False
    before = text[max(0, a.start - 40):a.start]
    if _FROM_TO_ZH.search(before) and _CHANGE_AFTER_ZH.match(text, b.end) and re.search(r"到|至", gap):
        # 实现了从100万亿元到134万亿元的跨越, 从1158万到1179万，再到1222万: a change from one level to another
        # (the noun of change after it, or the next step of a series), two figures ("从3000到5000元不等" a range)
        return True
    if _CHANGE_BEFORE_ZH.search(before) and re.search(r"到|至", gap) and a.has_unit and b.has_unit:
        # 上涨412亿美元至33991亿美元: the rise and the level it reached, each with its unit, far apart in size;
        # 增长10%至12%, two ends of one size, and 增长二至三成 (the unit once) are the range a change is given in
        lo, hi = sorted((abs(a.value), abs(b.value)))
        return lo > 0 and hi > 3 * lo
    if not _CHANGE_BEFORE.search(before) and not (
            _CHANGE_EARLIER.search(text, max(0, a.start - 100), a.start) and not _RANGE_FROM.search(before)):
        return False
    # "rose 10 to 12 percent", "fell 3 to 5%": a bare number, then one of the same size with the unit and no
    # "from" before the first, is the range a change is given in; "rose 0.7% to 6,327.80" (its own unit), "rose
    # from 10 to 12 percent" (a level before and after) and "rose 50 to 6,300" (no unit) stay two figures
    if (not a.has_unit and b.has_unit and 0 < a.core.value < b.core.value <= 10 * a.core.value
            and not before.rstrip().lower().endswith(("from", "从", "由"))):
        return False
    return True


def _make(a: Quantity, b: Quantity, lo: float, hi: float, qualifier: str | None) -> Quantity:
    unit_src = b if b.has_unit else a
    return replace(unit_src, start=a.start, end=b.end, value=float("nan"), low=lo, high=hi,
                   qualifier=qualifier if qualifier not in ("over", "under", "at_least", "at_most") else None,
                   core=replace(a.core, decimals=max(a.core.decimals, b.core.decimals)))
