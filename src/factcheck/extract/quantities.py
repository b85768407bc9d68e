"""From number cores to quantities: scale words, units, currency prefixes, signs, fractions and hedges.

Works on one normalised line. Returns `Quantity` records with spans in the normalised line; the caller maps
them back to the original text.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, replace

from ..knowledge import LATIN, Knowledge, UnitForm
from . import nonclaims
from .numerals import Core, apply_power, parse_english, parse_run


# a change just before "over": "an 83% gain over 2022", "rose 5% over 2021", "growth over"
_CHANGE_OVER = re.compile(r"(?:%|percent|per cent|\b(?:gain|gains|increase|increases|rise|rises|rose|growth|grew|up|down|"
                          r"decline|declines|drop|drops|fell|jump|jumped))\s*$")


_AFTER_TAIL_DIGIT = frozenset("的了，。、；：！？）以左上")  # 三成五的, 三成五以上, 六成五左右, 四成五上下
_ORDINAL_DIGITS = frozenset("一二三四五六七八九十0123456789")  # 第一、二、三产业: ordinals listed after 第


@dataclass(slots=True)  # never mutated (replace() makes a new one); not frozen, whose init is eight times slower
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
    written_value: float | None = None  # when it differs from value: minor currency units (34 cents)
    per: float | None = None  # the base a rate is stated per: 100000 for "13.7 deaths per 100,000"


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_RATE_BASES_CN = frozenset({"十万", "十萬", "百万", "百萬", "一百万", "一百萬"})  # 十万分之95: 95 per 100,000 (百万: per million)
# 死亡率从, 发病率为: a rate named before its figure (or one read so right before: 从十万分之95下降到)
_RATE_BEFORE = re.compile(r"(?:(?:率|比率|比例(?!尺))[^，,、。；;:：\d]{0,10}|[万萬]分之[\d.]+[^，,、。；;:：\d]{1,10})$")
_FRACTION_CN = re.compile(r"\s{0,3}分\s{0,3}之\s{0,3}")
_FRACTION_WORD_AFTER_DIGITS = re.compile(r"[ -]([a-z]+s)(?![a-z-])")  # 3 fifths, 7 tenths (plural: a count of parts)
_SLASH_FRACTION = re.compile(r"\s?[/⁄]\s?(\d{1,3})(?![\d/]|\.\d)")  # 4/5. ends a sentence; 4/5.5 is no fraction
_RATIO_EN = re.compile(r"\s(?:of every|out of every|out of|in every|over|in)\s|-(?:in|out-of|of-every)-(?=\w)")
# one-in-five, one in every five, three out of every four
_RATIO_EN_WORDS = re.compile(r"\s(?:over|out of every|out of|of every|in every|in)\s|-(?:in|out-of|of-every)-(?=\w)")
_MIXED_FRACTION = re.compile(r"(?:\s{1,2}|-(?=\d{1,2}/\d))(\d{1,2}) ?[/⁄] ?(\d{1,2})(?![\d/])")  # 2 1/2, 2-1/2
_LATIN_WORD = re.compile(r"[a-z]+")
_AND_WORD = re.compile(r"and\s+")
_SCALE_ABBR = re.compile(r"[A-Za-z]{1,4}")  # k, mn, bln, trln
_WORD = re.compile(r"[A-Za-z]+")
_HYPHEN_WORD = re.compile(r" ?- ?[a-z]")
_SPACED_HYPHEN_WORD = re.compile(r" - [a-z]")
_WORD_AFTER = re.compile(r" [a-z]")
_CAPITAL_WORD = re.compile(r" [A-Z][a-z]")
_TABLE_ROW = re.compile(r"\||\t|\S {3,}\S.* {3,}\S")  # cells: pipes, tabs or wide gaps (two or more)
_NEXT_WORD = re.compile(r" ([a-z]+)")
# 半 closing a count (五岁半, 两杯半的水) and beginning no word (半岛, 半决赛, 半导体: 一个半岛 is one peninsula)
_HALF_AFTER_MEASURE = re.compile(r"半(?:(?![\u3400-\u9fff])|(?=[的了左多以之，。、；]))")
_CLOCK_WORDS = re.compile(r"[点點时時钟鐘]")  # 三点半, 两点半: half past (a time of day), not 3.5
_NOT_BEFORE_COHORT = frozenset("前第了长長降升加少达達到至为為约約近超逾")  # (前10后, 增长了10后: a number)
_COHORT = re.compile(r"[后後](?![\d天月年日周週小分秒])")  # (80后: a generation; 5年后, 3天后 are after a time)
_DECADE = re.compile(r"年代(?![价表替理码购办言])")  # 八十年代 (a decade); 代价, 代表, 代替, 代理 begin other words
_HYPHEN_CHAIN = re.compile(r"[a-z]+(?:-[a-z]+)+")  # metric-ton, basis-point, cubic-metre: a unit's words hyphenated
_UNIT_WORDS = re.compile(r"(?:(square|sq|cubic|cu) )?([a-z]{4,})(?: ([a-z]{4,}))?")
# (the SI units that take prefixes, not any word pint knows: pint has a bag, so "3 kilo bag" would be a kilobag)
_SPACED_PREFIX = re.compile(r"(kilo|mega|giga|tera|peta|exa|milli|micro|nano|pico|centi|deci|hecto|deca|deka) "
                            r"((?:met(?:er|re)|gram(?:me)?|lit(?:er|re)|byte|bit|watt|hertz|joule|volt|amp(?:ere)?"
                            r"|pascal|newton|second|calorie|ohm|tonne|electronvolt)s?)(?![a-z])")
_PREFIX_INITIALS = frozenset("kmgtpencdh")
_CLAUSE_START = re.compile(r"[。，、；：！？,;:!?]\s*(?!.*[。，、；：！？,;:!?])")
# 总数, 数量, 银幕数, 人数: a count named before the figure (not 数额, an amount; 指数, 系数, 倍数; 数十, 数百, vague numbers)
_COUNT_NOUN = re.compile(r"(?<![指系参函倍分])数(?:量|目)?(?![额据字十百千万亿值])")
# 一度电, 一度的, 一度左右, 一度以上, 五度时, 一度到两度: 度 is still the unit before these
_PROCESS_NODE = re.compile(r"制程|工艺|节点|芯片|晶圆|process|node|chip|wafer|fab")
_DEGREE_NEXT = frozenset("电的左以多半之时后前至到和或与及")
_UNIT_ADJECTIVE = re.compile(r"(?:consecutive|straight|successive|more|additional|extra|full|whole|long) (?=[a-z])")
# An adverb of bound, a verb of one or two characters and the aspect marker 了 or 过 before the figure: 至少招聘了200名,
# 最多花了500元, 至少增长了20%, 起码等了三个小时 (the bound is on the amount the action reached). Only the adverbs:
# 最高 and 最低 also make nouns (最低价跌了5%: the lowest price fell by 5%).
_BOUND_DONE = re.compile(r"(至少|至多|最多|最少|起码)(?:(?!的)[\u4e00-\u9fff]){1,2}[了过]\s?$")  # (最多的捐了: who gave most)
_CALIBRE_FORMS = frozenset(("cal", "cals"))
_CALIBRE_BEFORE = re.compile(r"(?<![\d.])\.\d{2,3}[ -]?$")  # .45, .308: a number written with a leading point
_LOWER_WORD_NEXT = re.compile(r"\s+[a-z]{2,}")  # a word in lower case after a space
_CAPS_WORD = re.compile(r"[A-Z]{4,}\b")
_PLAIN_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d{2}\s+$")
_SIZED = re.compile(r"\d+(?:\.\d+)?-[a-z]+ (?=[a-z])")  # a size written as a compound adjective: 60-kg, 42-gallon
_CROSS_MARK = ("cross ", "crosses ", "crossed ", "crossing ")  # hedges.toml: over only before a scale, a % or money
_OF_A = re.compile(r" ?of an? |(?<=[a-z]) an? ")
_AND_FRACTION = re.compile(r"\s{0,2}又\s{0,2}")
_ACCOUNTING_BEFORE = re.compile(r"(?:(?<![a-z])(?:is|was|were|are|been|of|at)|[:=])\s{0,2}$")
_AND_DIGIT_FRACTION = re.compile(r" and (?=\d{1,2} ?[/⁄] ?\d)")
POINT_WORD = re.compile(r" (?:of an? )?points?(?![a-z-])")  # a quarter point, 3/4 of a point
_AND_A_PART = re.compile(r" and (a|an|one|three) (half|quarter|quarters)(?![a-z-])")
_PARTS = {("a", "half"): 0.5, ("an", "half"): 0.5, ("one", "half"): 0.5, ("a", "quarter"): 0.25,
          ("one", "quarter"): 0.25, ("three", "quarters"): 0.75}
_RANGE_FIRST_END = re.compile(r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]{1,3}|[a-z]+) ?(?:到|至|~|-|–|to|or|或)$")
# a length symbol glued to a power (mm2, dm3), or sq/square/cu/cubic and a length word or symbol (sq. km, cu. m;
# sq . ft . in tokenised text, its points spaced off)
_AREA_VOLUME = re.compile(r"(?P<w1>[a-z]{1,3})(?P<p1>[23])(?![\w]|[.,]\d)"
                          r"|(?P<pre>sq(?: ?\.)?|square|cu(?: ?\.)?|cubic) (?P<w2>[a-z]{1,12})\.?(?![a-z])")
# the high end of a range "between" and its closing word: (在五和)十之间, (介于三与)八之间
_BETWEEN_HIGH = re.compile(r"\s{0,2}[零〇一二两三四五六七八九十百千万亿]{1,8}\s{0,2}(?:之间|间)")
_BETWEEN_END = re.compile(r"\s{0,2}(?:之间|间)")
_SENTENCE_AFTER = re.compile(r"\s*$|\s+[A-Z\u4e00-\u9fff]")  # the end of the line, or a new sentence
_AREA_VOLUME_ANY = re.compile(r"[a-z][23](?![\w])|(?<![a-z])(?:sq|square|cu|cubic)(?![a-z])")
_AREA_VOLUME_FIRST = frozenset("cdfikmnsuy")  # the first letters of sq, cu and of length symbols (mm, dm, in, ft…)
_POWER_AFTER = re.compile(r"\^?([23])(?!\d|[.,]\d)")  # m/s2. ends a sentence; m/s 2.5 is no power
_TEMPERATURE_SCALE_BEFORE = re.compile(r"(华氏|摄氏|fahrenheit|celsius)\s?(?:零下|负|minus\s|-)?\s?$")
_ANY_LATIN = re.compile(r"[a-z]")
_OVER_MEANS_MORE = re.compile(r"\b(?:for|in|of|is|was|are|were|be|been|aged|lasted|lasting|took|takes|spent|just|well|"
                              r"slightly)\s+$")
_SPACED_POWER = re.compile(r"(square|sq|cubic|cu) (?:- )?")
_OF_NOUN = re.compile(r" of (?:the |a |an |his |her |their |its |our )?([a-z]+)")
_NOUN_THEN_BOUND = re.compile(r" ([a-z]+)(?= (?:or|and) )")
_BELOW_ZERO = re.compile(r" below zero(?![a-z])")
_TEMPERATURES = frozenset({"degree_Celsius", "degree_Fahrenheit"})
_POWER_WORD = re.compile(r" (squared|cubed)(?![a-z])")


@functools.lru_cache(maxsize=256)
def _is_length(unit: str) -> bool:
    from . import units as _units

    try:
        return dict(_units.registry().Unit(unit).dimensionality) == {"[length]": 1}
    except Exception:
        return False


_PER = re.compile(r" ?/ ?| per (?:an? )?|每")
# A product of units: a middle dot (kW·h, N·m, 千瓦·时, 吨·公里; NFKC keeps ·, ⋅, ・, ‧, ∙ apart) between two units
_PRODUCT_SIGNS = "·⋅・‧∙"
_PRODUCT_SIGN = re.compile(f" ?[{_PRODUCT_SIGNS}] ?")
_CN_HOUR = UnitForm("时", "physical", "hour", 1.0, False)  # 时 alone is an hour only inside a product (千瓦·时)
_RANGE_NEXT = re.compile(r" (?:and|to|or) (?:an? )?(\d|[a-z]+)")
_VARIABLE_AFTER = re.compile(r" ?(<=|>=|=<|=>|<|>|≤|≥) ?[a-z](?![A-Za-z])")
_FLIPPED = {"<": "over", "<=": "at_least", "=<": "at_least", "≤": "at_least",
            ">": "under", ">=": "at_most", "=>": "at_most", "≥": "at_most"}
# a period word opening a change's base ("year over year", "month-on-month", "year to date") after a number
_RATE_BASE = re.compile(r"(?:year|month|quarter|week|day)(?:[- ](?:over|on)[- ]|[- ]to[- ]date)", re.I)
_ODD_AFTER = re.compile(r"-(odd|something|ish) (?=[a-z])")
_VAGUE_BEFORE = ("几", "数")
_VAGUE_AFTER = ("多", "余", "几")  # 400多个, 30余年, 十几个, 百余家: the figure is a floor
_DECIMAL_COMMA = re.compile(r",(\d{1,2})(?![\d,]|\.\d)")
# after a currency sign that follows a number: a sum in the minor unit (10 $ 30 cents), which no sign prefixes
_MINOR_AFTER_SIGN = re.compile(r"\d{1,2} ?(?:cents?|pence|penny|¢)(?![A-Za-z])", re.I)
# after "1,2": "and"/"or" and a whole number (1,2 and 3) lists the numbers; "2,5 and 3,5" are two decimals
_LIST_AFTER_COMMA = re.compile(r"\s?(?:and|or|&|和|或|及|与|、)\s?\d+(?![\d,]|\.\d)")


@functools.lru_cache(maxsize=1)
def _after_cn_scale_table() -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...], frozenset[str]]]:
    """units.toml [after_cn_scale]: character -> (pint unit, cues needed, cues that forbid, characters that may not
    follow)."""
    from ..knowledge import _data, to_simplified

    out = {}
    for e in _data("units.toml").get("after_cn_scale", []):
        entry = (e["unit"], tuple(e.get("cues", ())), tuple(e.get("not_cues", ())),
                 frozenset(e.get("not_followed_by", ())) | frozenset(to_simplified(w) for w in e.get("not_followed_by", ())))
        for form in e["forms"]:
            out[form] = out[to_simplified(form)] = entry
    return out


# The percent word written before its figure ("per cent of 22", "percent of 10"): the figure is the percent. Only with
# no number before the percent word (20 percent of 10 people is 20 % of a count of ten; the quantity before holds
# the word, so the floor keeps it) and no determiner (the percent of 18-year-olds, what percent of 10 is 3).
_PERCENT_OF = re.compile(r"(?<![\w.,%-])(?<!(?:the|hat|ich|its|his|her) )(per ?cents?|percents?) of$")
_DECIMAL_COMMA_KINDS = frozenset(("physical", "money", "percent", "percentage_points", "times"))
_ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                  "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|"
                  "fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth|millionth")
# an ordinal word after number words (twenty first, one hundred and fifth, a hundred and twenty-first);
# group 3: the tens of a hyphenated ordinal, which only follows hundred/thousand
_COMPOUND_ORDINAL = re.compile(rf"( and | |-)(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
                               rf"({_ORDINAL_WORDS})(?![a-z-])")
# before a lone 一 and a unit of time, a demonstrative (this, that, every, the last, the next) names a period
_ONE_AFTER_DEMONSTRATIVE = frozenset("这那每上下该此哪")
_DAYS = UnitForm("日", "physical", "day", 1.0, False)
_SECONDS = UnitForm("s", "physical", "second", 1.0, True)
_PENCE = UnitForm("p", "money", "GBP", 0.01, True)
_NUMBER_BEFORE = re.compile(r"(\d+)\s?$")
_FLOW_TIMES = frozenset({"second", "minute", "hour"})
_TIME_SYMBOL = re.compile(r"(s|sec|h|hr|min|d|day|wk|mo|yr)(?![A-Za-z0-9])")
_TIME_SYMBOLS = {"s": UnitForm("s", "physical", "second", 1.0, False), "sec": UnitForm("sec", "physical", "second", 1.0, False),
                 "h": UnitForm("h", "physical", "hour", 1.0, False), "hr": UnitForm("hr", "physical", "hour", 1.0, False),
                 "min": UnitForm("min", "physical", "minute", 1.0, False),
                 # the longer periods after a slash (mm/yr, 50 mm/d, t/d, bbl/day): a rate for a length, a
                 # period (the stock kept) for anything else, as "per year" is
                 "d": UnitForm("d", "physical", "day", 1.0, False), "day": UnitForm("day", "physical", "day", 1.0, False),
                 "wk": UnitForm("wk", "physical", "week", 1.0, False), "mo": UnitForm("mo", "physical", "month", 1.0, False),
                 "yr": UnitForm("yr", "physical", "year", 1.0, False)}
_NAME_SLOT = re.compile(r"(?:^|\b(?:of|at|from|by|with|and|for|rival|maker)) $")
_MINUTES = UnitForm("分", "physical", "minute", 1.0, False)
_SECONDS_AFTER_MINUTES = re.compile(r"分\s?(?:\d{1,2}(?:\.\d+)?|[零〇一二三四五六七八九十]{1,3})\s?秒")
_HOURS_BEFORE = re.compile(r"(?:小时|小時|钟头|鐘頭)\s?$")
# video resolutions are written like pence (1080p, 720p): these heights are never read as a price
_RESOLUTIONS = frozenset({144, 240, 360, 480, 540, 576, 720, 1080, 1440, 2160, 4320})
_RANGE_LAST_CHARS = frozenset("到至~-–or或")
_ONE_DETERMINERS = {"the", "that", "this", "which", "each", "every", "any", "no", "another", "a", "one", "some"}
# "the old one", "a cheaper one", "her favourite one": a determiner and one modifying word before "one" make it
# the pronoun (a figure would be "the one", never "the old one"); a function word in between joins no phrase
_DETERMINER_WORD_BEFORE = re.compile(
    r"(?<![a-z'])(?:the|a|an|this|that|these|those|which|each|every|any|no|another|his|her|their|its|my|your|our)"
    r" (?!(?:and|or|than|to|of|in|on|at|by|from|with|for|per|out)\b)[a-z]+(?:-[a-z]+)? $")


_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
_NO_COMPARATIVE = (None, None, None, None)


# hedge words that are nouns after a determiner ("at the top 2.48 m", "its top 40 m"): no bound there
_VERB_OR_NOUN = frozenset({"top", "tops", "cross"})
_DETERMINER_BEFORE = re.compile(r"(?<![a-z])(?:the|its|their|a|his|her)\s+$")


def _glued_letter(text: str, i: int) -> bool:
    """A letter of an alphabet at i (Kč, Kb), which a scale letter before it is part of; a CJK character after
    a scale letter (12k个) starts a new word."""
    return text[i].isalpha() and not _CJK_CHAR.match(text, i)


def _is_duration(unit: str) -> bool:
    return unit in _DURATIONS


AGE_YEARS = 10_000  # a span back from now this long is an age, a figure sources state and dispute, not a date
AGE_MAX = 2e10  # none longer than the universe's: 亿万年前 ("aeons ago") is an idiom, not 10^12 years
# back from now ("over the past 10,000 years" frames; 前 of 前所未有, 前往, 前提 is another word)
_AGO = re.compile(r"\s*(?:ago\b|前(?![所往提景进面列沿])|earlier\b|before (?:the )?present\b)")
# the older first end of a range back from now, in digits and perhaps a scale word: "15,000 to 9,000 years ago",
# 1.5万至9000年前
_OLDER_END = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万|萬|thousand|million)?\s*(?:to|-|–|—|至|到|~|～)\s*$")
_SCALE = {None: 1, "万": 1e4, "萬": 1e4, "thousand": 1e3, "million": 1e6}


def _an_age(value: float, unit: str) -> bool:
    """"about 140 million years ago", 1.5亿年前, "150,000 years ago": how long ago something arose is an age (a
    claim: one page's 1.4亿年 against another's 1.5亿年); "three years ago", 40年前 date what they frame. (The
    caller asks whether the span reaches back from now: _AGO after it.)"""
    return unit == "year" and AGE_YEARS <= abs(value) <= AGE_MAX


def _an_older_end(low: str, start: int, unit: str) -> bool:
    """The figure ends a range whose first end, before it, is an age: "15,000 to 9,000 years ago" (older first,
    as dates before the present are written), 1.5万至9000年前."""
    m = _OLDER_END.search(low, max(0, start - 24), start)
    if unit != "year" or m is None:
        return False
    try:
        first = float(m.group(1).replace(",", "")) * _SCALE[m.group(2)]
    except ValueError:
        return False
    return _an_age(first, unit)


def _word_char(text: str, i: int) -> bool:
    """A digit or Latin letter at i: a "-" after it joins (300-400, S-1) rather than signs."""
    return i >= 0 and text[i].isascii() and text[i].isalnum()


def ascii_lower(text: str) -> str:
    """Text with ASCII capitals lower-cased and every other character (and so every offset) unchanged.

    (bytes.lower() changes the ASCII letters only, and every other character's UTF-8 bytes are 0x80 and above:
    one C pass each way instead of a Python call per run of capitals.)

    >>> ascii_lower("GDP增长ΣΑ 5%")
    'gdp增长ΣΑ 5%'
    """
    if text.isascii():
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _skip_spaces(text: str, p: int, limit: int = 3) -> int:
    if not text.startswith(" ", p):
        return p  # (the common case)
    q = p
    while q < len(text) and text[q] == " " and q - p < limit:
        q += 1
    return q


class LineParser:
    """Everything needed to read quantities off one normalised line."""

    def __init__(self, text: str, K: Knowledge, low: str | None = None):
        self.text = text
        self.low = ascii_lower(text) if low is None else low  # (a caller that lower-cased the line already)
        self.K = K
        self.n = len(text)
        self.floor = 0  # where the previous quantity ended: a prefix may not reach back past it
        self.frac_num: Core | None = None  # the number after 分之 in the last fraction read (百分之二三十)
        self.frac_per: float | None = None  # the base of the last fraction read as a rate (十万分之95: 100000)
        self._figure_row: bool | None = None
        self.named_end: int | None = None  # where a digit and a capital naming a thing end (4K TVs, 3M's)
        self.has_comparison = "<" in text or ">" in text or "≤" in text or "≥" in text
        self.every = "每" in text  # a share may be written (每10台中有7台, extract/ranges.join_shares)
        # characters some look-ups need, tested once per line: 分之, a slash, 又, a Latin word
        self.has_zhi = "之" in text
        self.has_slash = "/" in text or "⁄" in text
        self.has_you = "又" in text
        self.has_latin = _ANY_LATIN.search(self.low) is not None
        self.has_equal = "equal" in self.low or "等于" in text  # a closed comparative (or equal to)
        self.has_comparative = any(w in text for w in K.comparative_before)  # 比 (tested before _comparative)
        self._comparative_ends = _comparative_ends(K)
        self._area_volume: bool | None = None  # sq, cu or a power glued to letters somewhere (tested when needed)
        self._fillers, self._after, self._spaced = _parser_tables(K)

    def figure_row(self) -> bool:
        """The line is a table row flattened to spaces: four or more figures in a row with nothing but spaces
        between them (Iraq 4.67 4.76 141,000 -17,000). Each is a cell; a dash before one is its sign."""
        if self._figure_row is None:
            self._figure_row = bool(nonclaims.FIGURE_ROW.search(self.text))
        return self._figure_row

    # ------------------------------------------------------------------ units
    def unit_at(self, p: int) -> UnitForm | None:
        """The unit (or measure word) starting at p, if any; CJK forms may have spaces inside (个 百 分点)."""
        K = self.K
        f = K.suffix_units.match(self.text, self.low, p)
        if f is not None and f.form in _CALIBRE_FORMS and _CALIBRE_BEFORE.search(self.text, max(0, p - 8), p):
            return None  # a .45 cal pistol, a .22-cal rifle: a calibre (hundredths of an inch), not calories
        if f is not None and f.kind == "physical" and self._caps_name_at(p):
            return None  # (a currency code stays one: "30 MUSD were reported")
        if f is not None and f.kind == "physical" and len(f.form) == 1 and f.form.isupper() and \
                self.text[p + 1:p + 2] in nonclaims.LETTER_NAME_TAILS:
            return None  # 150万C型肝炎, 3000万A股, B轮: a letter naming a type, a share class or a round, no unit
        if f is not None and len(f.form) == 1 and p + 1 < self.n and _CJK_CHAR.match(f.form) and \
                f.form in _COUNTER_FIRSTS() and _simplified_char(self.text[p + 1]) in _COUNTER_FIRSTS()[f.form] and \
                _COUNTER_VALUE.match(self.text, p + 2):
            # 01-19人气:10: the 人 of a page's counter word (人气, popularity) labelling a number, no measure word
            # (2000人气氛热烈, 3人气绝身亡: prose, its 人 counts people)
            return None
        if f is None and p + 1 < self.n and self.low[p] in _AREA_VOLUME_FIRST:
            if self._area_volume is None:
                self._area_volume = _AREA_VOLUME_ANY.search(self.low) is not None
            if self._area_volume and (m := _AREA_VOLUME.match(self.low, p)):
                f = self._area_volume_unit(m, p)
        if p < self.n and self.text.find(" ", p, p + 8) != -1 and _CJK_CHAR.match(self.text, p):
            chunk = self.text[p:p + 16]
            compact = chunk.replace(" ", "")
            g = K.suffix_units.match(compact, compact, 0)
            if g is not None and len(g.form) > 1 and (f is None or len(g.form) > len(f.form)):
                return g  # 个 百 分点: the longer form written with spaces inside beats the measure word 个
        return f

    def _area_volume_unit(self, m: re.Match, p: int) -> UnitForm | None:
        """A length symbol with a power glued to it (mm2, dm3, in2: NFKC writes ² as 2) or after sq/square/cu/cubic
        (sq. km, sq. miles, cu. m): an area or a volume of that length unit, for forms the unit tables do not
        list one by one."""
        word = m.group("w1") or m.group("w2")
        power = m.group("p1") or ("2" if m.group("pre")[0] == "s" else "3")
        end = m.end("w1") if m.group("w1") else m.end("w2")
        g = self.K.suffix_units.match(self.text[:end], self.low[:end], end - len(word))
        if g is None or g.kind != "physical" or len(g.form) != len(word) or not _is_length(g.unit):
            return None
        stop = m.end()
        if self.text[stop - 1] == "." and _SENTENCE_AFTER.match(self.text, stop):
            stop -= 1  # 5 square kilometres. It grew: the period ends the sentence, not an abbreviation (sq. km of)
        return replace(g, form=self.text[p:stop], unit=f"({g.unit}) ** {power}", factor=g.factor ** int(power),
                       exact=True, standalone=False)

    def _caps_name_at(self, p: int) -> bool:
        """A word in capitals at p, right after a year and before a word in lower case: "the 2022 GRAM study" names
        an acronym, no unit ("500 GRAMS of rice", "5 GRAMS OF GOLD" in a heading in capitals stay units)."""
        m = _CAPS_WORD.match(self.text, p)
        return m is not None and _LOWER_WORD_NEXT.match(self.text, m.end()) is not None and \
            _PLAIN_YEAR_BEFORE.search(self.text, max(0, p - 6), p) is not None

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
        """A unit word beginning with a scale character (千米, 兆瓦, 百亿亿次) starts at p, and reading the
        character as a scale with a unit after it reaches no further: 两千欧元 is 2,000 euros (欧元 ends after
        千欧, the kiloohm), 三千欧 and 五千米 keep the unit word."""
        f = self.K.suffix_units.match(self.text, self.low, p)
        if f is None or f.kind == "count" or len(f.form) <= 1:
            return False
        g = self.K.suffix_units.match(self.text, self.low, p + 1)
        return g is None or g.kind == "count" or len(g.form) < len(f.form)

    # ------------------------------------------------------------------ cores
    def core_at(self, p: int) -> Core | None:
        ch = self.text[p]
        K = self.K
        if ch.isdigit() or ch in K.cn_digits or ch in K.cn_small or ch in K.cn_big or ch in K.cn_tens:
            if p > 0 and ch in K.cn_formal and self.text[p - 1:p + 1] in _formal_word_ends():
                return None  # 大陆三百万: the formal digit ends the word 大陆, the number starts after it
            if ch in K.cn_formal and self.text[p:p + 2] in _formal_word_starts():
                return None  # 参股5家, 参天大树: the formal digit starts a word of the table
            core = parse_run(self.text, p, self.K, self._scale_unit_at)
            if core is not None and core.lone and core.value == 3 and self.text[core.end:core.end + 1] == "两":
                f = self.unit_at(core.end + 1)
                if f is not None and f.form not in K.cn_digits:
                    # 三两天, 说了三两句: 三两 before a measure word is "two or three", as 两三 is (and 三两茶叶
                    # three liang, with no measure word after it)
                    core = replace(core, end=core.end + 1, value=2.0, high=3.0, lone=False)
            if core is not None and core.script == "arabic":
                if core.plain is not None and core.end < self.n and self.text[core.end] == ",":
                    core = self._decimal_comma(core)
                core = apply_power(self.text, core)
                core = _spoken_decimal(self.low, core)
            return core
        return parse_english(self.low, p, self.K)

    def _decimal_comma(self, core: Core) -> Core:
        """3,5 kg, 2,5 km, 4,80 dollars, 11,7 percent, 0,25 percentage points, 1,5 times: one to three digits, a
        comma, one or two digits and a unit, a share or a multiple. A thousands group has three digits, so the
        comma is a decimal point; without a unit after it too, unless it lists (_bare_decimal_comma), and after
        another "N," it does (1,2,3 kg)."""
        m = _DECIMAL_COMMA.match(self.text, core.end)
        if m is None or len(core.plain) > 3 or (core.start > 1 and self.text[core.start - 1] == ","
                                                 and self.text[core.start - 2].isdigit()):
            return core
        f = self.unit_at(_skip_spaces(self.text, m.end(), 1))
        if f is None:
            if not self._bare_decimal_comma(core.start, m.end()):
                return core
        elif f.kind not in _DECIMAL_COMMA_KINDS:
            return core
        digits = m.group(1)
        return replace(core, end=m.end(), value=float(f"{core.plain}.{digits}"), decimals=len(digits), plain=None)

    def _bare_decimal_comma(self, start: int, end: int) -> bool:
        """0,75 or 1,3 with no unit after it: a thousands group has three digits, and in running text a list of
        numbers puts a space after its commas, so the comma is a decimal point. It still lists where a bare whole
        number follows with "and"/"or" (1,2 and 3; but 2,5 and 3,5 are two decimals), inside brackets (1,2) as a
        pair, and before a letter glued to the digits."""
        text = self.text
        if end < self.n and (text[end].isalnum() or text[end] in "_-/:"):
            return False
        if start > 0 and text[start - 1] in "([{" and end < self.n and text[end] in ")]}":
            return False
        return _LIST_AFTER_COMMA.match(text, end) is None

    # ------------------------------------------------------------------ a quantity from a core
    def _compound_ordinal(self, core: Core) -> int | None:
        """The end of an ordinal word that makes one ordinal with the number words before it: twenty first,
        ninety fourth, one hundred and fifth, two thousand and first; "second" only after "the" or before "of"
        (the forty second street, the twenty second of May; a twenty second delay is a time)."""
        m = _COMPOUND_ORDINAL.match(self.low, core.end)
        if m is None:
            return None
        last = self.low[core.start:core.end].rsplit(" ", 1)[-1]
        K = self.K
        if m.group(1) == " and ":  # after hundred, thousand, million
            if last not in K.en_hundred and last not in K.en_scales:
                return None
        elif not (last in K.en_tens and m.group(2) is None or last in K.en_hundred or last in K.en_scales):
            return None
        if m.group(3) == "second" and not (self.low.endswith("the ", 0, core.start)
                                           or self.low.startswith(" of ", m.end())):
            return None
        return m.end()

    def quantity(self, core: Core) -> Quantity | None:
        text, low, K = self.text, self.low, self.K
        if core.script == "en" and self.has_latin and (e := self._compound_ordinal(core)) is not None:
            return Quantity(core.start, e, core.value, "count", "count", None, core, rejected="ordinal")
        start, end, value = core.start, core.end, core.value
        scale_words = list(core.scale_words)
        kind, unit, noun, has_unit = "count", "count", None, False
        written_factor = None  # for minor currency units: "34 cents" is written as 34

        frac = self._fraction(core)
        per = self.frac_per if frac is not None else None
        if frac is None and core.ratio:
            frac = (core.value, "ratio", "ratio", core.end, core.decimals)  # two thirds, a quarter
        if frac is None and self.has_you:
            m = _AND_FRACTION.match(text, end)
            nxt = self._number_after(m.end()) if m else None
            part = self._fraction(nxt) if nxt is not None else None
            if part is not None and part[1] == "ratio":
                frac = (core.value + part[0] if core.value >= 0 else core.value - part[0], "count", "count",
                        part[3], part[4])
        if frac is None and self.has_slash and self.has_latin and core.value and float(core.value).is_integer() and (
                m := _AND_DIGIT_FRACTION.match(low, end)):
            # 3 and 1/4 cups, twelve and 3/4 inches: a mixed number read aloud (a proper fraction after "and")
            nxt = self._number_after(m.end())
            part = self._fraction(nxt) if nxt is not None else None
            if part is not None and part[1] == "ratio" and 0 < part[0] < 1:
                frac = (core.value + part[0] if core.value >= 0 else core.value - part[0], "count", "count",
                        part[3], part[4])
        if frac is not None:
            value, kind, unit, end, decimals = frac
            has_unit = kind != "count"
            core = replace(core, decimals=decimals)
            num = self.frac_num
            if num is not None and num.high is not None and num.value:
                core = replace(core, value=num.value, high=num.high)
            if kind == "ratio" and not (_RATIO_EN.match(low, core.end) or _RATIO_EN_WORDS.match(low, core.end)):
                # 1/4 mile, one-half mile, three-quarters of a mile, 三分之一公里: a measure (not 9.3 of every 10)
                m = _OF_A.match(low, end)
                p = m.end() if m else _skip_spaces(text, end, 1)
                f = self._hyphen_unit(p) if p == end and text[p:p + 1] == "-" else self.unit_at(p)
                if f is not None and f.kind in ("physical", "money", "percent", "percentage_points"):
                    value, kind, unit, end = value * f.factor, f.kind, f.unit, p + self.unit_len(p, f)
                elif (core.script in ("arabic", "mixed") and 0 < value < 1 and (m := _NEXT_WORD.match(low, end))
                      and K.en_scales.get(m.group(1), 0) >= 1000 and not _word_char(text, m.end())):
                    # ½ million, 3/4 billion: a part of the scale, as "half a million" is (not a share of 50 %)
                    value, kind, unit, end, has_unit = value * K.en_scales[m.group(1)], "count", "count", m.end(), False
                    scale_words.append(m.group(1))
                elif p == end and text[p:p + 1] == "-" and low[core.start:core.end].endswith(("half", "quarter")):
                    return None  # a quarter-final, a half-time: a word, not a share
                elif (w := POINT_WORD.match(low, end)) is not None:
                    # a quarter point, 1/4 point, 3/4 of a point: a part of a point (of an index, a rate, a bond
                    # price), counted as points are (2.5 points), not a share of 25 %
                    kind, unit, end, noun, has_unit = "count", "count", w.end(), "point", False
        elif core.script in ("arabic", "mixed"):
            m = _MIXED_FRACTION.match(text, end) if self.has_slash else None  # 2 1/4, 10 1/2
            if m and float(core.value).is_integer() and int(m.group(2)) > 0 and int(m.group(1)) > 0 and (
                    text[end] != "-" or int(m.group(1)) < int(m.group(2))):  # (2-1/2: a proper fraction after a hyphen)
                value, end = value + int(m.group(1)) / int(m.group(2)), m.end()
            elif float(core.value).is_integer() and self.has_latin:
                m = _AND_A_PART.match(low, end) if low.startswith(" and ", end) else None
                # (2 and a half hours, 3 and three quarters miles: one figure)
                if m:
                    value, end = value + _PARTS[m.group(1), m.group(2)] * (1 if value >= 0 else -1), m.end()
        scale_hedge = None
        if core.start > 0 and text[core.start - 1] in _VAGUE_BEFORE and core.script == "cn" and (
                text[core.start] in K.cn_small or text[core.start] in K.cn_big):
            scale_hedge = ("over", core.start - 1)  # 几十万人, 数十亿美元, 几千块钱: some tens of …, a floor
        rate_base = False
        if not core.has_digit and kind == "count" and per is None:  # (百万分之三 read as a rate: no bare scale)
            # 万, 千万 alone: a number only when a unit follows (万人, 千亿美元) or a bound word precedes (破万,
            # 上万人); 百度, 千万不要 are words
            scale_hedge = scale_hedge or self._scale_hedge(core)
            p1 = _skip_spaces(text, end, 1)
            if text[p1:p1 + 1] in _VAGUE_AFTER and core.value >= 100:
                p1 += 1  # 百余家, 千余人: a bare 百 or 千 with a vague marker is a number (a floor)
            f = self.unit_at(p1)
            # 每万人, 每百户, 每亿元GDP: the base of a rate (kept, rejected, for a share: 每百人中有5人)
            rate_base = self.every and core.start > 0 and text[core.start - 1] == "每" and f is not None and (
                f.kind in ("money", "count", "physical"))
            if rate_base:
                pass
            elif scale_hedge is None and (f is None or not core.scale_words or f.kind not in ("money", "count", "physical")) and not (
                    p1 > end and f is not None and f.kind in ("money", "count", "physical")):
                return None
            if scale_hedge is not None and f is not None and f.kind == "physical" and not core.scale_words:
                return None  # 上百度: Baidu, not "a hundred degrees or more"
            if scale_hedge is None and (core.start > 0 and text[core.start - 1] in "(["
                                        or text[:core.start].rstrip().endswith(K.unit_labels)):
                return None  # (亿元), 单位：万元: a unit label in a header, not a figure
        if kind == "count" and core.script in ("arabic", "mixed") and not core.scale_words:
            value, end, added = self._scale_after(value, end, start=core.start)
            scale_words += added
            if not added and self.named_end == end + 1:
                self.named_end = None  # 4K TVs, shares of 3M: a name, neither a scale nor a unit (kelvin, metres)
                return Quantity(start, end + 1, value, "count", "count", None, core, rejected="name")
            if not added:
                value, end, added = self._letter_scale(core, value, end)
                scale_words += added

        number_end = end  # the number with its scale words, before any unit
        hedge_after = None
        q = end
        if kind == "count" and q < self.n and text[q] in _VAGUE_AFTER and (
                self.unit_at(q + 1) is not None or text[q] == "几"):  # 二十几岁: 几 after a number is always vague
            hedge_after, q = "over", q + 1  # 400多个, 30余年
        elif kind == "percent" and q < self.n and text[q] == "几" and text[q - 1] in "十百":
            hedge_after, q = "over", q + 1  # 百分之十几, 百分之二十几: 几 after the tens is a floor, as in 十几个
            end = q
        elif kind == "count" and q < self.n and text[q] == "-" and (m := _ODD_AFTER.match(low, q)) is not None and (
                self.unit_at(m.end()) is not None):
            # 30-odd years, 40-something km: over, as 30余年 is; 50-ish dollars: about
            hedge_after, q = "approx" if m.group(1) == "ish" else "over", m.end() - 1
        elif (kind == "count" and q < self.n and text[q] == "来" and value >= 10 and value % 10 == 0
              and self.unit_at(q + 1) is not None):
            hedge_after, q = "approx", q + 1  # 十来天, 二十来岁, 三百来人: a round number and a little either side

        # the unit (unless a comparative closes the figure: 比三十大 is "more than 30", not "30 big")
        ends = self._comparative_ends
        comp = self._comparative(start, q) if self.has_comparative and (ends is None or start > 0 and (
            text[start - 1] == " " or text[start - 1] in ends)) else _NO_COMPARATIVE
        if kind == "count" and comp[2] is None:
            q2 = _skip_spaces(text, q, 4)
            f = self.unit_at(q2)
            if q2 == end and q2 > 0 and text[q2 - 1] in "万亿萬億" and (g := self._after_cn_scale(q2, f)) is not None:
                f = g  # 9.2万亿度 of electricity (kWh), 2300亿方 of gas (cubic metres)
            elif (f is None or f.form == "kilo") and q2 < self.n and low[q2] in _PREFIX_INITIALS and (
                    g := self._spaced_prefix_unit(q2)) is not None:
                f = g  # 20 kilo meters, 5 mega bytes: an SI prefix written apart from its unit
            elif f is None and q2 < self.n and text[q2] in "([":
                f = self._bracketed_unit(q2)  # 20 (kg), 20 [kg]
            elif f is None and q2 == end and text[q2:q2 + 1] == "-":
                f = self._hyphen_unit(q2)  # a 5-kilogram bag, a 2-hour meeting
            elif (f is not None and f.form.startswith("-") and q2 == end and _HYPHEN_CHAIN.match(low, q2 + 1)
                  and (g := self._hyphen_unit(q2)) is not None and len(g.form) > len(f.form)):
                f = g  # a 20-mile-per-hour wind: the longer hyphenated unit beats a listed "-mile"
            elif f is None and q2 == end + 1 and text[q2:q2 + 2] == "- ":
                f = self._spaced_hyphen_unit(q2)  # tokenised text: a 12 - mile stretch, 200,000 - square - foot
            elif f is None and q2 == end and text[q2:q2 + 1] == "p" and self._pence_at(core, q2):
                f = _PENCE  # 85p, shares rose 12p to 850p: pence, a "p" glued to the digits
            elif f is None and q2 == end and core.decimals and text[q2:q2 + 1] == "s" and not (
                    q2 + 1 < self.n and _word_char(text, q2 + 1)):
                f = _SECONDS  # 9.58s, 0.3s: a decimal glued to "s" is seconds (45s, the 1990s are no time)
            elif f is None and text[q2:q2 + 1] == "T" and not (q2 + 1 < self.n and _word_char(text, q2 + 1)) and \
                    any(w.isascii() and w.isalpha() and len(w) > 1 for w in scale_words):
                f = UnitForm("T", "physical", "metric_ton", 1.0, False)  # "5.27 mln T": tonnes after a scale word
            elif f is None and K.prefixed_symbol is not None and (m := K.prefixed_symbol.match(text, q2)):
                f = self._prefixed_symbol(m)  # 3 μs, 5 nF, 66 kDa, 5 mSv, 36.8 GtCO2
            elif f is None and (g := self._base_before_product(q2)) is not None:
                f = g  # 300 N·m, 5 A·h: a bare base symbol is a unit where a product of units begins with it
            elif f is None and q2 < self.n and "a" <= low[q2] <= "z":
                f = self._pint_unit_word(q2)  # 2 furlongs, 7 light years, 3 kilonewtons
                if f is None:
                    f, q2 = self._currency_after_place(q2)  # 500 Nigerian naira, 2 billion Lao kip
                if f is None and (m := _UNIT_ADJECTIVE.match(low, q2)) and (
                        g := self.unit_at(m.end())) is not None and g.kind == "physical":
                    # for 11 consecutive years, five straight months, 3 more days, two full hours: an adjective
                    # between the number and its unit
                    f, q2 = self._reading(g, m.end()), m.end()
            elif f is None and q2 < self.n and low[q2].isdigit() and (m := _SIZED.match(low, q2)) and \
                    self.unit_at(q2 + m.group().index("-") + 1) is not None and (
                    g := self._sized_unit(m.end())) is not None:
                # "176.23 million 60-kg bags", "5 million 42-gallon barrels": the size of each thing counted is
                # part of its noun; the count is of bags, barrels
                f, q2 = g, m.end()
            elif (f is None or f.form == "分") and text[q2:q2 + 1] == "分" and self._minutes_at(q2, core.start):
                f = _MINUTES  # 3分20秒, 2小时15分: 分 between hours and seconds counts minutes (not fen, not points)
            elif f is None and text[q2:q2 + 1] == "日" and not float(value).is_integer():
                f = _DAYS  # 逗留1.2日: a fraction of a day is a duration (5日 is a date)
            elif f is None and q2 < self.n and unicodedata.category(text[q2]) == "Sc":
                f = self._symbol_after(q2)  # 5000 ₩, 300 ₹: a currency sign after the number, as many write it
            elif f is None and q2 < self.n and _CJK_CHAR.match(text, q2):
                f, q2 = self._currency_after_place(q2)  # 1000俄罗斯卢布, 5万尼日利亚奈拉
            elif f is not None:
                f = self._reading(f, q2)
            if f is not None and f.kind == "physical" and _RATE_BASE.match(self.low, q2):
                f = None  # "$1.74 billion year over year", "5% month-on-month": the change's base, not a duration
            if f is not None and f.form in K.cn_digits and (
                    text[core.start:core.end] == f.form or self.unit_at(q2 + len(f.form)) is not None):
                f = None  # 两两, 一两个: a numeral character is a unit (liang) only after a number, before no measure
            if f is not None and f.form == "个" and text[q2 + 1:q2 + 2] == "半":
                g = self._half_unit(q2 + 2)  # 两个半小时, 一个半月: N and a half of a unit of time or measure
                if g is not None:
                    f, value = g, value + 0.5
            if f is not None and f.kind == "times" and f.form == "times" and not self._multiple_follows(q2 + 5):
                f = UnitForm("times", "count", "count", 1.0, False)  # "lost his pen 7 times": occurrences
            if f is not None:
                kind, unit, has_unit = f.kind, f.unit, True
                end = q2 + self.unit_len(q2, f)
                if text[q2] in "([":
                    end = q2 + 1 + self.unit_len(q2 + 1, f) + 1
                if kind == "count" and f.form == "个" and end < self.n and text[end] in "亿億" and not (
                        _CJK_CHAR.match(text, end + 1) and self.unit_at(end + 1) is None
                        and text[end + 1:end + 2] not in "的了，。、"):
                    # 两个亿, 三个亿元: 个 before 亿 counts hundreds of millions (colloquial), not two things
                    kind, unit, has_unit, value, end = "count", "count", False, value * K.cn_big[text[end]], end + 1
                    scale_words.append(text[end - 1])
                    if (g := self.unit_at(end)) is not None and g.kind == "money":
                        kind, unit, has_unit, end = "money", g.unit, True, end + self.unit_len(end, g)
                elif kind == "count" and f.form in ("个", "枚") and (g := self.unit_at(end)) is not None \
                        and g.kind == "money" and _CJK_CHAR.match(g.form) and g.factor == 1.0:
                    # 100个比特币, 三枚以太币: coins counted with a measure word are money
                    kind, unit, end = "money", g.unit, end + self.unit_len(end, g)
                elif kind == "count":
                    noun = text[q2:end]
                    if (_CJK_CHAR.match(noun) and _HALF_AFTER_MEASURE.match(text, end)
                            and not _CLOCK_WORDS.match(noun)):
                        value, end = value + 0.5, end + 1  # 五岁半, 两瓶半, 三个半: and a half of what is counted
                elif kind == "money" and f.form == "元" and (g := self._currency_name_after(end)) is not None:
                    unit, end = g.unit, end + len(g.form)  # 500亿元港币, 2.16兆元新台币: the name says which yuan
                elif kind == "physical":
                    unit, end = self._product_unit(unit, end)
                    e0 = end
                    unit, end = self._power_after(*self._per_unit(unit, end))
                    if "/" not in unit and end > e0:
                        unit, end = self._per_unit(unit, end)  # 7,000 m3/s: a power, then the divisor
                if f.factor_below is None or abs(value) < f.factor_below:
                    if kind == "money" and f.factor < 1:
                        written_factor = f.factor
                    value *= f.factor
                if end < self.n and text[end] == "半" and kind in ("percent", "physical"):
                    value += 0.5 * f.factor  # 三成半, 一吨半, 两米半
                    end += 1
                elif f.tail_digit:
                    t = _skip_spaces(text, end, 1)
                    if t < self.n and text[t] in K.cn_digits and not (
                            t + 1 < self.n and _CJK_CHAR.match(text, t + 1) and text[t + 1] not in _AFTER_TAIL_DIGIT):
                        # 七成六 = 76 %; 三成五的企业, 六成五以上: a particle or a bound after the digit closes it
                        value += K.cn_digits[text[t]] * f.factor / 10
                        end = t + 1
                elif kind == "money" and f.factor == 1 and _CJK_CHAR.match(f.form):
                    tail = self._jiao_tail(end)
                    if tail is not None:
                        value, end = value + tail[0], tail[1]  # 三块五, 十二元八毛
                        if text[end - 1] in "毛角":
                            value, end = self._fen_tail(value, end)  # 一元二角三分: and three fen
                elif kind == "money" and abs(f.factor - 0.1) < 1e-12 and _CJK_CHAR.match(f.form):
                    tail = self._jiao_tail(end)
                    if tail is not None and text[tail[1] - 1] not in "毛角":
                        value, end = value + tail[0] / 10, tail[1]  # 两毛五: five fen after the jiao
                        if end < self.n and text[end] == "分":
                            end += 1  # 三角五分: the fen named
                if kind == "money":  # 75 USD million
                    value, end, _ = self._scale_after(value, end, words_only=True)
                elif unit in ("degree_Celsius", "degree") and f.form in ("度", "°", "degrees", "degree"):
                    scale = _TEMPERATURE_SCALE_BEFORE.search(low, max(0, core.start - 8), core.start)
                    if scale:  # 华氏86度, 攝氏30度: the scale written before the number names the unit
                        unit = "degree_Fahrenheit" if scale.group(1) in ("华氏", "fahrenheit") else "degree_Celsius"
            elif hedge_after and text[q - 1] == "几":
                end = q  # 二十几岁: no unit, still a floor
            elif hedge_after:
                hedge_after = None
        if kind == "physical" and unit in _TEMPERATURES and value > 0 and (m := _BELOW_ZERO.match(low, end)):
            value, end = -value, m.end()  # 12 degrees below zero: the sign written after the temperature

        # currency and sign before the number: $, US$, 新台币, -, 负 (a prefix currency beats a generic 元 after)
        start, value, kind, unit, has_unit, neg = self._prefix(core, value, kind, unit, has_unit, noun)
        if (start > 0 and text[start - 1] == "(" and end < self.n and text[end] == ")" and kind == "money"
                and (_TABLE_ROW.search(text) or _ACCOUNTING_BEFORE.search(low, max(0, start - 24), start - 1))):
            value, start, end = -abs(value), start - 1, end + 1  # accounting negative in a table: | ($99.99) |
            # in prose, "(US$7.5 million)" after a figure or a noun is an aside or a conversion, never a loss; after
            # a copula or a colon (net income was ($4.2 million)) it is the figure itself, in accounting notation
        if (core.lone and core.script == "cn" and kind == "physical" and text[end - 1:end] == "度" and end < self.n
                and _CJK_CHAR.match(text, end) and text[end] not in _DEGREE_NEXT
                and not text.endswith(("零下", "负", "摄氏", "华氏"), 0, core.start)):
            # 市值一度突破, 股价一度上涨: 一度 is "at one point"; 两度夺冠, 三度获得: twice, three times. A lone
            # numeral and 度 before a verb count occasions, not degrees (下降一度，, 一度电, 零下一度的 stay units)
            return Quantity(start, end, value, kind, unit, None, core, noun, rejected="lone", has_unit=has_unit,
                            scale_words=tuple(scale_words))
        if (core.lone and value == 1 and kind == "count" and frac is None and not self.every
                and not self._after_ordinal_marker(core.start) and not self._lone_between_words(core)):
            # 一个, 一场, 一直: the word one, rejected below whatever hedges surround it; decided here, before the
            # hedge and non-claim look-ups, as it is the commonest numeral of Chinese prose (not where 每 may make
            # it the part of a share: 每十人中有一人)
            return Quantity(start, end, value, kind, unit, None, core, noun, rejected="lone", has_unit=has_unit,
                            scale_words=tuple(scale_words))

        hb, hstart = scale_hedge or self._hedge_before(start)
        if (hb == "over" and hstart is not None and kind == "physical" and _is_duration(unit)
                and low.startswith("over ", hstart) and not _OVER_MEANS_MORE.search(low, max(0, hstart - 12), hstart)
                and not low.startswith(" old", end)):  # is over thirty years old: an age, more than
            hb, hstart = None, None  # $1.7 trillion over ten years: a span of time, not "more than" (but "for over")
        if (hb == "over" and hstart is not None and low.startswith(_CROSS_MARK, hstart) and not scale_words
                and kind not in ("percent", "money")):
            hb, hstart = None, None  # to cross 5 billion, crossed 50%: a mark passed; crossed 3 rivers: a count
        ha, hend = self._hedge_after(end, kind)
        if ha is None and kind == "count" and not has_unit and self.has_latin and (
                m := _NOUN_THEN_BOUND.match(low, end)) and m.group(1) not in _NOT_PLACE_WORDS:
            hb2, he2 = self._hedge_after(m.end(1))  # 20 people or more, 50 employees or fewer: the bound after the noun
            if hb2 in ("at_least", "at_most") and he2 is not None:
                ha, hend = hb2, he2
        if ha is None and hb is None and self.has_comparison:
            v = _VARIABLE_AFTER.match(text, end)
            if v:  # 10 < x, 20<=x: a comparison with a variable after the figure bounds it from the other side
                ha, hend = _FLIPPED[v.group(1)], v.end()
        if hb is None and comp[2] is not None:
            hstart, ha, hend = comp[1], comp[2], comp[3]
        qualifier = _combine(hb, ha or hedge_after or ("over" if core.vague else None))
        if hstart is not None:
            start = hstart
        if hend is not None:
            end = hend

        if kind == "physical":
            for words, flows, after in _rates():
                if unit in flows and (self._rate_before(start, words) or after and self._rate_after(end, after)):
                    unit = flows[unit]  # 日均进口量达1104万桶, daily output of 9.8 million barrels, 时速350公里,
                    break  # 12.8 million barrels of crude oil per day

        rejected = "rate_base" if rate_base else None
        if rejected is not None:
            pass
        elif kind == "ratio" and frac is not None and value >= 1 and "/" in text[core.end:frac[3]]:
            rejected = "name"  # 24/7, 80/20: a slash between a larger and a smaller number names no share
        elif self._after_ordinal_marker(core.start):
            if self._rank(core.start, end) or (  # (第4位。: 位 read as the unit, and ending the phrase; 第3位获奖者
                    self._rank(core.start, core.end) and not _CJK_CHAR.match(text, core.end + 1)):  # is an ordinal)
                kind, unit = "rank", "rank"
                start = min(start, text.rindex("第", 0, core.start))
            else:
                rejected = "ordinal"  # 第三章, 第一次
        elif core.lone and value == 1 and kind == "count" and not (
                noun is None and not has_unit and self._lone_between_words(core) and text[end:end + 1] != "的"):
            # 一个, 一场: the word "one", not a figure (壹打 is twelve); 是一不是二, 为一或二 are one (合为一的: a word)
            rejected = "lone"
        elif core.formal and not has_unit and frac is None and (
                _CJK_CHAR.match(text, core.end) or core.start > 0 and _CJK_CHAR.match(text, core.start - 1)
                or text[core.end:core.end + 1].isdigit()):
            # 大陆, 队伍, 收拾一下: one formal digit without a unit spells a word; so does one glued to Arabic
            # digits (陸2023包裹業務量: 陸 for the mainland; formal numerals are never written with Arabic ones)
            rejected = "word"
        elif kind == "count" and noun is None and not has_unit:
            if core.lone and frac is None and (_CJK_CHAR.match(text, end) and not self._lone_between_words(core)
                                               and not (hb in _BOUNDS and hstart is not None
                                                        and _cjk_bound_after(K).match(text, end))
                                               or end < self.n and text[end] in "-—"
                                               or core.start > 0 and (text[core.start - 1].isdigit()
                                                                      or text[core.start - 1] in K.cn_digits)):
                rejected = "lone"  # 两国, 三星, 十足, 两两: words, not figures (but 前三, 是五。 are numbers)
            elif core.script == "en" and value == 1 and not hb and _WORD_AFTER.match(low, end) and not (
                    self._number_follows(end)):  # between one and two million, one to three: a range's end
                rejected = "lone"  # "one family", "One complete orbit": the determiner, as 一个 in Chinese
            elif text[end:end + 2].lstrip(" ")[:1] in ("月", "日", "号") and 0 < core.value <= 31 and \
                    float(core.value).is_integer():
                rejected = "date"  # 5月, and 5 月 as pages that space their figures write it
            elif core.script == "en" and self._pronoun_one(core):
                rejected = "pronoun"
            elif (_HYPHEN_WORD if core.script == "en" else _SPACED_HYPHEN_WORD).match(low, end):
                rejected = "compound"  # one-time, one - time, 9 - iron: part of a compound word
        if rejected is None and kind == "physical" and unit == "nanometer" and _PROCESS_NODE.search(
                low, end, min(self.n, end + 16)):
            rejected = "name"  # 2奈米製程, 7 奈米（含）以下先進製程, the 4/5nm processes: a chip process node, no length
        elif rejected is None and kind == "count" and unit == "count" and core.script == "arabic" and \
                end - core.start == 2 and _COHORT.match(text, end) and (core.value % 5 == 0) and \
                text[core.start - 1:core.start] not in _NOT_BEFORE_COHORT:
            rejected = "period"  # 80后, 90後, 00后, 95后: people born in those years (a generation), no count
        elif rejected is None and unit == "year" and _DECADE.match(text, end - 1):
            rejected = "period"  # 八十年代, 80年代, 九〇年代: a decade (the 1980s), as "the 1980s" is; not 80 years
        elif rejected is None and kind == "physical" and _is_duration(unit) and not (
                _AGO.match(self.low, end) and (_an_age(value, unit) or _an_older_end(self.low, start, unit))) and (
                self._time_frame(start, end) or start < core.start and self._time_frame(core.start, end)):
            # (近三年: 近 was read as a hedge)
            rejected = "period"  # 过去三年, in the past three years, three years ago
        elif (rejected is None and kind == "physical" and _is_duration(unit) and core.lone and core.value == 1
              and start == core.start and core.start > 0 and text[core.start - 1] in _ONE_AFTER_DEMONSTRATIVE):
            rejected = "period"  # 这一年, 那一天, 每一年, 上一年: this, that, every, the last year; not a length of time
        if rejected is None:
            rk = "year_word" if unit == "year" else kind
            # a hedge or sign makes a bare 2000 a quantity ("over 2000"); 约2000年 is still a year, and so is the
            # year a change is measured over ("an 83% gain over 2022", "up 5% over 2021")
            # (nor one with a possessive: "surpassing 2023's output" passes a year's output, not the number 2023)
            plain = None if (neg or hb) and unit != "year" and not (
                hb and hstart is not None and _CHANGE_OVER.search(low, max(0, hstart - 40), hstart)) and \
                not text.startswith(("'s", "’s"), number_end) else core.plain
            rejected = nonclaims.reject(text, low, core.start, number_end, plain, core.value,
                                        has_unit or kind == "rank", rk, K,
                                        scaled=bool(scale_words) and any(len(w) >= 3 or not w.isascii()
                                                                         for w in scale_words))
        if rejected is None and unit == "percentage_points" and core.value > 100 and \
                low[end - 2:end + 1] == "pp.":
            rejected = "label"  # "119 pp.": a book's pages (a change of a percentage never passes 100 points)
        if rejected is None and nonclaims.names_a_rule(low, end, K):
            rejected = "name"  # 80/20法则, the 4% rule
        elif rejected is None and noun == "大" and core.value >= 100 and core.scale == 1.0 and text[end:end + 1] != "关":
            # 1000大企业, 百大品牌, 618大促: a ranked list or a day's name; 三大, 十大 count a few, and 大关 is a
            # mark passed (突破3000大关, 逼近50亿大关)
            rejected = "name"
        written = value / written_factor if written_factor else None
        if core.high is not None and core.value and rejected is None:
            # 三四十家: a range from this to the next (the unit and scale apply to both ends)
            high = value * core.high / core.value
            return Quantity(start, end, float("nan"), kind, unit, qualifier if qualifier != "over" else None,
                            core, noun, hb, ha, low=min(value, high), high=max(value, high), has_unit=has_unit,
                            scale_words=tuple(scale_words))
        return Quantity(start, end, value, kind, unit, qualifier, core, noun, hb, ha,
                        rejected=rejected, has_unit=has_unit, scale_words=tuple(scale_words),
                        written_value=written, per=per)

    def _fraction(self, core: Core) -> tuple[float, str, str, int, int] | None:
        """三分之二, 百分之五十 (percent), 3/4, 9.3 of every 10, 2000 over 3: (value, kind, unit, end, decimals)."""
        text, low, end = self.text, self.low, core.end
        self.frac_num = None
        self.frac_per = None
        m = _FRACTION_CN.match(text, end) if self.has_zhi and end < self.n and (
            text[end] == "分" or text[end].isspace()) else None  # (分 or a space first)
        if m:
            num = self._number_after(m.end())
            if num is None or not core.value:
                return None
            self.frac_num = num  # 百分之二三十: a colloquial range after the fraction marker
            if not core.has_digit and core.value in (100.0, 1000.0, 10000.0):
                return num.value * 100.0 / core.value, "percent", "percent", num.end, num.decimals
            if text[core.start:core.end] in _RATE_BASES_CN and _RATE_BEFORE.search(text, max(0, core.start - 24),
                                                                                    core.start):
                # 死亡率为十万分之95: a rate per 100,000 (or per million) as written, "95 per 100,000" (not the
                # number 一百万分之五 alone: 0.000005)
                self.frac_per = core.value
                return num.value, "count", "count", num.end, num.decimals
            return num.value / core.value, "ratio", "ratio", num.end, num.decimals
        if core.script == "arabic" and self.has_slash and "." not in text[core.start:end]:
            m = _SLASH_FRACTION.match(text, end)
            if (m and text[end] == "⁄" and core.plain is not None and len(core.plain) >= 2 and float(m.group(1)) > 0
                    and core.start + len(core.plain) == end):
                # 2½ is 21⁄2 after NFKC: a vulgar fraction's one-digit numerator after the whole number (2 + 1/2)
                whole, num = int(core.plain[:-1]), int(core.plain[-1])
                return whole + num / float(m.group(1)), "count", "count", m.end(), 0
            if m and float(m.group(1)) > 0:
                if core.value > float(m.group(1)) and (u := self.unit_at(_skip_spaces(text, m.end(), 1))) is not None \
                        and u.kind == "physical":
                    return None  # 120/80 mmHg, 1920/1080 px: two figures with a slash between, no fraction of a unit
                return core.value / float(m.group(1)), "ratio", "ratio", m.end(), 0
        if core.script == "arabic" and core.plain is not None and len(core.plain) <= 2 and self.has_latin:
            m = _FRACTION_WORD_AFTER_DIGITS.match(low, end)
            den = self.K.en_fractions.get(m.group(1)) if m else None
            if den is not None and 2 < den <= 10 and 1 < core.value < den and low.startswith(" of ", m.end()):
                # 3 fifths of the vote, 7 tenths of a second, 3 quarters of the budget: the digits count parts
                # as "three fifths" does. Not without "of" (in 3 quarters: periods), nor seconds and halves (den 2),
                # nor hundredths and smaller (rose 11 hundredths: of a point, kept as written)
                return core.value / den, "ratio", "ratio", m.end(), 0
        m = (_RATIO_EN if core.script != "en" else _RATIO_EN_WORDS).match(low, end) if self.has_latin and (
            end < self.n and (low[end] == "-" or low[end].isspace())) else None  # (both begin so)
        if m:
            den = self._number_after(m.end())
            word = m.group().strip(" -")
            loose = word in ("over", "in")  # "2000 over 3 years" is not a ratio; "9.3 of every 10" is
            if loose and den is not None and nonclaims.is_year(den.value, den.plain):
                den = None  # "rose 5 in 2009"
            if den is not None and den.value and not (loose and self.unit_at(_skip_spaces(text, den.end, 1))) and (
                    word == "over" or abs(core.value) <= abs(den.value)):
                # "12 out of 10", "0-60 in 4.5 seconds": M in N is a share only when M is no more than N
                return core.value / den.value, "ratio", "ratio", den.end, 0
        return None

    def _scale_after(self, value: float, end: int, words_only: bool = False, start: int = 0) -> tuple[float, int, list[str]]:
        """Scale words after digits: 1.2 million, 4 thousand 3 hundred and 21, 40k, $2.174T, 75 USD million."""
        K, text, low = self.K, self.text, self.low
        q = _skip_spaces(text, end, 1)
        if q == end and text[end:end + 1] == "-":
            q += 1  # a $5-million budget, a 10-billion-dollar deal: the scale word in a compound adjective
        m = _LATIN_WORD.match(low, q) if q < self.n and "a" <= low[q] <= "z" else None
        if m and q > end and text[end] == "-" and m.group() not in K.en_scales:
            m = None  # 3-hundred…: only a scale word (million, billion) joins by a hyphen
        if m and (m.group() in K.en_scales or m.group() in K.en_hundred):
            mult = K.en_scales.get(m.group(), 100.0)
            if words_only and mult < 1000:
                return value, end, []
            value *= mult
            end = m.end()
            words = [m.group()]
            while True:  # 3 hundred thousand, 2 thousand million: a larger scale word multiplies
                m2 = _LATIN_WORD.match(low, _skip_spaces(text, end, 1))
                bigger = m2 and K.en_scales.get(m2.group(), 0) > mult and m2.start() > end
                if not bigger:
                    break
                mult = K.en_scales[m2.group()]
                value, end = value * mult, m2.end()
                words.append(m2.group())
            if words_only:
                return value, end, words
            # 4 thousand 3 hundred and 21: smaller groups may follow
            while True:
                q = _skip_spaces(text, end, 1)
                m_and = _AND_WORD.match(low, q)
                q2 = m_and.end() if m_and else q
                if q2 >= self.n or (q2 == q and text[q - 1] != " "):
                    break
                nxt = self.core_at(q2) if (text[q2].isdigit() or m_and) else None
                if nxt is None or nxt.scale_words:
                    break
                v2, e2 = nxt.value, nxt.end
                q3 = _skip_spaces(text, e2, 1)
                m3 = _LATIN_WORD.match(low, q3)
                mult2 = (K.en_scales.get(m3.group()) or (100.0 if m3.group() in K.en_hundred else None)) if m3 else None
                if mult2 and mult2 < mult:
                    value, end, mult = value + v2 * mult2, m3.end(), mult2
                    words.append(m3.group())
                    continue
                if m_and and 0 < v2 < mult <= 1000 and not (m3 and (m3.group() in K.en_scales or m3.group() in K.en_hundred)):
                    # (a zero joins no compound: "4 thousand 3 hundred and 0" is two numbers; after a million or
                    # more, "and" starts another figure: $5 million and 3 volunteers)
                    value, end = value + v2, e2
                break
            return value, end, words
        if words_only:
            return value, end, []
        m = _SCALE_ABBR.match(text, q) if q < self.n and text[q] in LATIN else None
        if m and m.group() in K.suffix_scales and not (m.end() < self.n and _glued_letter(text, m.end())) and not (
                K.ambiguous and m.group() in K.ambiguous and self._cued(K.ambiguous[m.group()][1])) and not (
                m.group() in "BMT" and m.start() == end and _CAPITAL_WORD.match(text, m.end())
                and not self._money_before(start)):
            # (221B Baker Street, Flat 4B Kings Road: one capital glued to a number before a name is a label)
            if m.start() == end and self._letter_name(start, end, m.group()):
                self.named_end = m.end()
                return value, end, []
            return value * K.suffix_scales[m.group()], m.end(), [m.group()]
        return value, end, []

    def _reading(self, f: UnitForm, p: int) -> UnitForm | None:
        """The reading of a form at p: the cued alternative of an ambiguous form (pounds of profit: GBP), or
        None for an inch mark that is really a closing quotation mark."""
        K, text = self.K, self.text
        if f.form == '"' and (text.count('"', 0, p) % 2 or text.count('"', p + 1) % 2):
            return None  # "10" in quotes, $ 48 " is not adequate ": an inch mark is the unpaired quote
        if f.exact and f.form in K.temperature_letters and (f.form != "C" or p > 0 and text[p - 1].isdigit()) and (
                not self._cued(K.temperature_cues)):
            return None  # the iPhone 5C, grade 3C, 5F (a floor): a capital letter is a temperature only with a cue
        alt = K.ambiguous.get(f.form.lstrip("-")) if K.ambiguous else None
        if alt is not None and f.form.startswith("-"):
            alt = (replace(alt[0], form=f.form), alt[1])  # a 50-pound fine, a 3m-pound contract: as "50 pounds" is
        if alt is not None and alt[0].kind == "money" and f.kind == "physical" and alt[1]:
            m = _OF_NOUN.match(self.low, p + len(f.form))
            if m:  # 3 pounds of apples (mass) beside "paid 5 pounds"; millions of pounds of investment (money)
                return alt[0] if m.group(1).startswith(alt[1]) else f
        if alt is not None and f.form in ("degrees", "degree") and alt[0].unit == "degree_Celsius" and alt[1] and (
                not self._cued(alt[1])):
            return f if self._angle(p) else alt[0]
        if alt is not None and (alt[1] and self._cued(alt[1]) or alt[0].kind == "money" and f.kind == "count"
                                and (self._jiao_tail(p + len(f.form)) is not None
                                     or self._clause_ends(p + len(f.form)) and not self._counted_before(p))):
            # 三块五, 两块二毛: a measure word takes no amount after it, a currency unit does; and a measure word
            # counts a noun after it (三块蛋糕), while 一百二十八块。 ends the clause: an amount
            return alt[0]
        return f

    def _after_cn_scale(self, p: int, f: UnitForm | None) -> UnitForm | None:
        """The reading a character has right after a Chinese scale character (units.toml [after_cn_scale]): 度 the
        kilowatt-hour of electricity statistics (9.2万亿度, with 电 on the line and no temperature word), 方 the cubic
        metre of gas and earthworks (2300亿方; not 方面, 方案). None elsewhere, and where a longer form matched (度电)."""
        text = self.text
        if p <= 0 or p >= self.n or text[p - 1] not in "万亿萬億" or f is not None and len(f.form) > 1:
            return None
        entry = _after_cn_scale_table().get(text[p])
        if entry is None:
            return None
        unit, cues, not_cues, not_followed_by = entry
        if text[p + 1:p + 2] in not_followed_by or cues and not self._cued(cues) or not_cues and self._cued(not_cues):
            return None
        return UnitForm(text[p], "physical", unit, 1.0, False)

    def _angle(self, p: int) -> bool:
        """English "degrees" with no temperature word on the line: an angle when the line speaks of one (turn,
        rotate, angle, tilt, slope, latitude, ...), in a compound adjective (a 45-degree angle, a 180-degree
        turn) or for a whole turn's parts (90, 180, 270, 360); else a temperature, as news mostly means ("it was 35
        degrees in Madrid")."""
        if p > 0 and self.text[p - 1] == "-" or self._cued(self.K.angle_cues):
            return True
        m = _NUMBER_BEFORE.search(self.text, max(0, p - 12), p)
        return m is not None and m.group(1) in ("90", "180", "270", "360")

    def _counted_before(self, p: int) -> bool:
        """The clause before the figure ending at p names a count of things (银幕总数达到86310块, 净增银幕数2312块,
        屏幕数量为500块): a measure word at the clause's end counts them, it is no amount of money (数额 is one)."""
        m = _CLAUSE_START.search(self.text, max(0, p - 24), p)
        return bool(_COUNT_NOUN.search(self.text, m.end() if m else max(0, p - 24), p))

    def _clause_ends(self, p: int) -> bool:
        """Punctuation or the end of the line at p (one space allowed before it)."""
        p = _skip_spaces(self.text, p, 1)
        return p >= self.n or self.text[p] in "。，、；：！？,.;:!?)）」』\"'"

    def _jiao_tail(self, t: int) -> tuple[float, int] | None:
        """Tenths after a Chinese currency unit: 三块五 (3.5), 十二元八毛 (12.8), 两块钱 (0): (added, end) or None.
        A digit that starts a number of its own (三块五六个, 一块五百) is no tail."""
        text, K = self.text, self.K
        if t < self.n and text[t] == "钱":
            return 0.0, t + 1
        if t + 1 < self.n and text[t] in "123456789" and text[t + 1] in "毛角" and not text[t - 1:t].isdigit():
            # 5块8毛, 12元5角: a jiao in Arabic digits is named, never left bare (5块8 could start "8个")
            u = t + 2 + (t + 2 < self.n and text[t + 2] == "钱")
            return int(text[t]) / 10, u
        if t >= self.n or text[t] not in K.cn_digits or K.cn_digits[text[t]] == 0:
            return None
        u = t + 1
        if u < self.n and text[u] in "毛角":
            u += 1
        elif u < self.n and (text[u] in K.cn_digits or text[u] in K.cn_small or text[u] in K.cn_big
                             or text[u] in K.cn_point or self.unit_at(u) is not None):
            return None
        if u < self.n and text[u] == "钱":
            u += 1
        return K.cn_digits[text[t]] / 10, u

    def _fen_tail(self, value: float, t: int) -> tuple[float, int]:
        """Fen after a jiao: 一元二角三分 (+0.03), and unnamed as the jiao after 块 is (三块二毛五, as 两毛五):
        a digit right at t, with 分 or with nothing after it that starts a number or a unit of its own."""
        text, K = self.text, self.K
        if t < self.n and text[t] in K.cn_digits and K.cn_digits[text[t]]:
            if t + 1 < self.n and text[t + 1] == "分":
                return value + K.cn_digits[text[t]] / 100, t + 2
            tail = self._jiao_tail(t)
            if tail is not None and text[tail[1] - 1] not in "毛角":
                return value + tail[0] / 10, tail[1]
        return value, t

    def _cued(self, cues: tuple[str, ...]) -> bool:
        """A cue word on the line; Latin cues start a word (earn in earnings, not in learn)."""
        return bool(_cue_pattern(cues).search(self.low))

    def _multiple_follows(self, p: int) -> bool:
        """After "N times": a comparison (3 times larger, 2 times as much, five times the size, times more)
        makes a multiple, and so does the end of the phrase; a word that compares nothing makes the times
        occurrences (7 times since Monday, four times a week)."""
        m = _NEXT_WORD.match(self.low, p)
        if not m:
            return True  # nothing follows ("at most 5 times"): as written, a multiple
        w = m.group(1)
        return w in self.K.multiple_words or (w.endswith("er") and len(w) > 3 and w not in self.K.not_comparative)

    def _prefixed_symbol(self, m: re.Match) -> UnitForm:
        """A unit symbol the tables lack, made of an SI prefix and a base symbol (units.toml [prefixed_symbols])."""
        prefixes, bases = self.K.prefixed_parts
        base = bases[m.group("bare") or m.group("base")]
        unit, size = (base, 1.0) if isinstance(base, str) else (base[0], float(base[1]))
        scale = 1.0 if m.group("bare") else float(prefixes[m.group("pre")])
        return UnitForm(m.group(), "physical", unit, scale * size, True)

    def _sized_unit(self, p: int) -> UnitForm | None:
        """The physical unit at p, from the tables or pint ("bags", "barrels"), read as after a number."""
        g = self.unit_at(p)
        if g is not None:
            return self._reading(g, p) if g.kind == "physical" else None
        return self._pint_unit_word(p)

    def _pint_unit_word(self, p: int) -> UnitForm | None:
        """A unit the tables lack but pint knows, written as a word after the number: "2 furlongs",
        "7 light years", "4 cubic yards", "3 kilonewtons"."""
        m = _UNIT_WORDS.match(self.low, p)
        if m is None or self._caps_name_at(p):
            return None
        from . import units

        not_units = self.K.not_units
        power = {"square": " ** 2", "sq": " ** 2", "cubic": " ** 3", "cu": " ** 3"}.get(m.group(1) or "", "")
        tries = [(m.group(2), m.end(2))]
        if m.group(3):
            tries.insert(0, (m.group(2) + " " + m.group(3), m.end(3)))
        for words, e in tries:
            name = units.unit_word(words, not_units)
            if name is not None:
                return UnitForm(self.low[p:e], "physical", name + power, 1.0, False)
        return None

    def _spaced_prefix_unit(self, p: int) -> UnitForm | None:
        """An SI prefix word, a space and a unit word that pint knows joined ("20 kilo meters", "5 mega bytes",
        "500 nano metres"): the prefixed unit. A prefix before any other word (5 kilo points) is none."""
        m = _SPACED_PREFIX.match(self.low, p)
        if m is None or m.group(2) in self.K.not_units:
            return None  # (5 kilo points: pint's typographic point is no unit of news)
        from . import units

        name = units.unit_word(m.group(1) + m.group(2), self.K.not_units)
        return None if name is None else UnitForm(self.low[p:m.end()], "physical", name, 1.0, False)

    def _half_unit(self, p: int) -> UnitForm | None:
        """The unit after 个半 at p (小时, 月 as in 个月, 星期), as a form covering 个半 and the unit."""
        probe = "个" + self.text[p:p + 8]
        g = self.K.suffix_units.match(probe, probe, 0)
        if g is not None and g.kind in ("physical", "percentage_points"):
            written = g.form[1:] if g.form.startswith("个") else None
        else:
            g = self.unit_at(p)
            written = g.form if g is not None and g.kind in ("physical", "percentage_points") else None
        if not written or not self.text.startswith(written, p):
            return None
        return replace(g, form="个半" + written)

    def _hyphen_unit(self, p: int) -> UnitForm | None:
        """A unit word joined to the number by a hyphen: 5-kilogram, 2-hour, 20-percent (not 3-D: one letter);
        a unit the tables lack but pint knows too (a 2-furlong race, a 5-kilonewton load)."""
        f = self.unit_at(p + 1)
        if f is None and p + 1 < self.n and "a" <= self.low[p + 1] <= "z":
            g = self._pint_unit_word(p + 1)
            if g is not None and " " not in g.form:
                f = g
        if p + 1 < self.n and "a" <= self.low[p + 1] <= "z" and (m := _HYPHEN_CHAIN.match(self.low, p + 1)):
            g = self._hyphen_compound(p + 1, m.end())
            if g is not None and (f is None or len(g.form) > len(f.form)):
                f = g  # a 10-metric-ton load, a 25-basis-point cut, a 50-cubic-metre tank, a 100-kilowatt-hour pack
        if f is None or f.exact and f.form.islower() or len(f.form) < 2 or not f.ends_latin or f.kind == "count" or (
                f.standalone):
            return None  # (3-D: one letter; 2-in-1: "in" must end the phrase; a 9-pm curfew: a lower-case symbol
            # that is also a word; a capital inside marks a unit symbol: a 500-kV line, a 5,000-mAh battery)
        e = p + 1 + len(f.form)
        if e < self.n and self.text[e] == "-" and e + 1 < self.n and self.text[e + 1].isdigit():
            return None  # 2-km-3 …: a code
        return UnitForm("-" + f.form, f.kind, f.unit, f.factor, False)

    def _hyphen_compound(self, p: int, e: int) -> UnitForm | None:
        """A unit of two or more words written with hyphens between them (metric-ton, basis-point, per-cent,
        cubic-metre, fluid-ounce, kilowatt-hour), which the tables and pint list with spaces: the words from p
        to e read with their hyphens as spaces. Only a form that spans more than the first word counts."""
        K = self.K
        stop = min(self.n, e + 12)
        low = self.low[p:e].replace("-", " ") + self.low[e:stop]
        text = self.text[p:e].replace("-", " ") + self.text[e:stop]
        g = K.suffix_units.match(text, low, 0)
        if g is not None and " " in g.form.strip() and g.kind != "count" and len(g.form) <= e - p:
            return replace(g, form=self.low[p:p + len(g.form)], exact=False, standalone=False)
        m = _AREA_VOLUME.match(low, 0)
        if m is not None and m.group("w2") and m.end("w2") <= e - p:
            w = m.group("w2")
            h = K.suffix_units.match(text[:m.end("w2")], low[:m.end("w2")], m.start("w2"))
            if h is not None and h.kind == "physical" and len(h.form) == len(w) and _is_length(h.unit):
                power = "2" if m.group("pre")[0] == "s" else "3"
                return UnitForm(self.low[p:p + m.end("w2")], "physical", f"({h.unit}) ** {power}",
                                h.factor ** int(power), False)
        m = _UNIT_WORDS.match(low, 0)
        if m is not None and m.group(3) and m.end(3) <= e - p and not m.group(1):
            from . import units

            name = units.unit_word(m.group(2) + " " + m.group(3), K.not_units)
            if name is not None:
                return UnitForm(self.low[p:p + m.end(3)], "physical", name, 1.0, False)
        return None

    def _pence_at(self, core: Core, p: int) -> bool:
        """A lower-case "p" glued to Arabic digits and ending the word is pence (a 10p coin, 99p, 850p a share):
        not before another letter or digit (3pm, 2pc), not p.m., not a video resolution (1080p), not after a
        letter (A380p is a name)."""
        text = self.text
        if core.script != "arabic" or core.scale_words or core.start > 0 and text[core.start - 1].isalpha():
            return False
        if p + 1 < self.n and (text[p + 1].isalnum() or text[p + 1] == "." and text[p + 2:p + 3].isalpha()):
            return False
        return not (float(core.value).is_integer() and int(core.value) in _RESOLUTIONS)

    def _symbol_after(self, p: int) -> UnitForm | None:
        """A currency sign written after the number (5 €, 5000 ₩, 300 ₹): every sign the tables know as a
        prefix may follow the number too, unless a number follows the sign, which it then belongs to (10 $ 30);
        a number of cents after the sign takes none (10 $ 30 cents, 5 $ 99 ¢: the sign is the first number's)."""
        f = self.K.prefix_units.match(self.text, self.low, p)
        if f is None or f.kind != "money" or any(c.isalnum() for c in f.form):
            return None
        nxt = _skip_spaces(self.text, p + len(f.form), 1)
        if nxt < self.n and self.text[nxt].isdigit() and not _MINOR_AFTER_SIGN.match(self.text, nxt):
            return None
        if f.form in self.K.symbol_by_script and not _CJK_CHAR.search(self.text):
            return replace(f, unit=self.K.symbol_by_script[f.form])  # ¥ is yuan on a Chinese line, yen elsewhere
        return f

    def _spaced_hyphen_unit(self, p: int) -> UnitForm | None:
        """The hyphen of a compound written with spaces around it, as tokenised newswire has it: "a 12 - mile
        stretch", "a 200,000 - square - foot plant" (but "a 9 - iron" has no unit: a compound word)."""
        s = p + 2
        m = _SPACED_POWER.match(self.low, s)
        power = ""
        if m:
            power, s = {"square": " ** 2", "sq": " ** 2", "cubic": " ** 3", "cu": " ** 3"}[m.group(1)], m.end()
        f = self.unit_at(s)
        if f is None or f.exact or len(f.form) < 2 or not f.ends_latin or f.kind == "count" or f.standalone:
            return None
        if power and (f.kind != "physical" or not _is_length(f.unit)):
            return None
        e = s + len(f.form)
        if self.low.startswith(" - ", e) and e + 3 < self.n and self.text[e + 3].isdigit():
            return None  # a code
        return UnitForm(self.low[p:e], f.kind, f.unit + power, f.factor, False)

    def _bracketed_unit(self, p: int) -> UnitForm | None:
        """A physical unit alone in brackets right after the number: 20 (kg), 5 [m]."""
        f = self.unit_at(p + 1)
        if f is None or f.kind != "physical":
            return None
        e = p + 1 + self.unit_len(p + 1, f)
        return f if e < self.n and self.text[e] == {"(": ")", "[": "]"}[self.text[p]] else None

    def _letter_scale(self, core: Core, value: float, end: int) -> tuple[float, int, list[str]]:
        """A lower-case scale letter glued to digits where it cannot be a unit: after a currency (£2.1m, USD10m,
        RM3bn, $40k) or before a unit word (1.2m tons, 3k km, a 5m-dollar deal): millions, not metres."""
        K, text = self.K, self.text
        m = _SCALE_ABBR.match(text, end) if end < self.n and text[end] in LATIN else None
        if not m or m.group() not in K.letter_scales or (m.end() < self.n and text[m.end()].isalnum()):
            return value, end, []
        after = _skip_spaces(text, m.end(), 1)
        f = self.unit_at(after) if after > m.end() else None
        if f is None and text[m.end():m.end() + 1] == "-":
            f = self.unit_at(m.end() + 1)  # a 5m-dollar deal, a 3m-pound contract, a 2m-tonne plant: a compound
        if (self._money_before(core.start) or (f is not None and f.kind in ("physical", "money"))
                or after > m.end() and self._counted_noun_at(after)
                or f is None and m.group() == "m" and self._headline_amount(core.start, m.end())
                or f is None and after > m.end() and self._plural_at(after) and self._amount_context(core.start)):
            return value * K.letter_scales[m.group()], m.end(), [m.group()]
        return value, end, []

    def _letter_name(self, start: int, end: int, letter: str) -> bool:
        """One digit and a capital glued to it that name a thing, not a thousand or a million: a display
        resolution (4K TVs, shot in 8K), a company (3M's results, shares of 3M). Never after a currency ($4K)."""
        K, text, low = self.K, self.text, self.low
        if end - start != 1 or not text[start].isdigit() or (start > 0 and text[start - 1] in "-.,$€£¥") or (
                self._money_before(start)):
            return False
        w = _NEXT_WORD.match(low, end + 1)
        if letter == "K":
            return bool(w and w.group(1) in K.resolution_words or low.endswith(" in ", 0, start)
                        and self._clause_ends(end + 1))
        if letter == "M":
            before = low[max(0, start - 6):start]
            return low.startswith("'s", end + 1) or bool(w and w.group(1) in ("co", "company", "corp")) or (
                _NAME_SLOT.search(before) is not None and (w is None or w.group(1) not in K.counted_nouns))
        return False

    def _headline_amount(self, start: int, end: int) -> bool:
        """"sales surpass 12m each", "visitors topped 12m in 2023": a scale letter that no noun follows (the
        clause ends, or a function word comes next) counts millions when an amount word stands before it in the
        sentence and no length word is on the line (12m high, a 100m sprint, 3m from the shore stay metres)."""
        K, low = self.K, self.low
        w = _NEXT_WORD.match(low, end)
        if w is not None and w.group(1) not in K.letter_function_words:
            return False  # a noun follows: it decides (5m people, 30m trees)
        if w is None and end < self.n and low[end] not in " .,;:!?)]'\"":
            return False  # 12m-long, 12m/s
        return self._amount_context(start)

    def _amount_context(self, start: int) -> bool:
        """An amount word stands before `start` in its sentence and no length word is on the line."""
        K, low = self.K, self.low
        if not K.amount_words or self._cued(K.length_words):
            return False
        s = max(low.rfind(". ", 0, start), low.rfind("; ", 0, start), 0)
        return _cue_pattern(K.amount_words).search(low, s, start) is not None

    def _plural_at(self, p: int) -> bool:
        """A lower-case plural noun no unit spells starts at p ("produce 80m bikes", "exported 5m tyres"): what a
        scale letter counts where the sentence speaks of an amount (_amount_context)."""
        w = _WORD.match(self.text, p)
        if not w or w.end() < self.n and (self.text[w.end()].isalnum() or self.text[w.end()] == "-"):
            return False
        word = w.group()
        return len(word) > 3 and word.islower() and word.endswith("s") and not word.endswith("ss") and \
            self.unit_at(p) is None

    def _counted_noun_at(self, p: int) -> bool:
        """A noun that a scale letter counts starts at p (5m people, 2m more jobs, 30m Americans): a population
        or a stock of things, listed in numerals.toml, or a capitalised plural; one quantity adjective may come
        first."""
        K, text = self.K, self.text
        w = _WORD.match(text, p)
        if w and w.group().lower() in K.counted_adjectives and w.end() < self.n and text[w.end()] == " ":
            w = _WORD.match(text, w.end() + 1)
        if not w or w.end() < self.n and (text[w.end()].isalnum() or text[w.end()] == "-"):
            return False
        word = w.group()
        if word in K.counted_nouns:
            return True
        return len(word) > 3 and word[0].isupper() and word[1:].islower() and word.endswith("s") and \
            self.unit_at(w.start()) is None  # Americans, Britons (a capitalised plural: a population)

    def _minutes_at(self, p: int, start: int) -> bool:
        """分 after a number at p is minutes when seconds follow it (3分20秒) or hours come right before the number
        (2小时15分): a clock duration written in its parts."""
        if _SECONDS_AFTER_MINUTES.match(self.text, p):
            return True
        return bool(_HOURS_BEFORE.search(self.text, max(0, start - 4), start)) and self.text[p + 1:p + 2] not in "之钟鐘"

    def _money_before(self, p: int) -> bool:
        """A currency symbol or code right before position p ($, US$, RM, €), minus sign and one space allowed."""
        text = self.text
        if p > 0 and text[p - 1] in "-−－":
            p -= 1
        if p > 0 and text[p - 1] == " ":
            p -= 1
        f = self.K.prefix_units.match_before(text, self.low, p)
        return f is not None and p - len(f.form) >= self.floor

    def _prefix(self, core: Core, value: float, kind: str, unit: str, has_unit: bool, noun: str | None):
        """Currency symbol or code and minus sign before the number."""
        text, low, K = self.text, self.low, self.K
        p = core.start
        neg = False
        if (p > 0 and text[p - 1] in "-−－" and not _word_char(text, p - 2) and not (p > 1 and text[p - 2] in "-−－")
                and not (p > 2 and text[p - 2] == " " and text[p - 3].isdigit() and not self.figure_row()
                         and not _descending(text, p - 2, core.value))
                and not (p > 2 and text[p - 2] == "%" and text[p - 3].isdigit())  # 5.25%-5.50%: a dash
                and not (p > 1 and self.floor == p - 1 and _CJK_CHAR.match(text, p - 2))):  # 5万-10万, 三成-五成
            neg, p = True, p - 1  # 75 -300mm is a dash, but in a row of figures (4.65 141,000 -17,000) a sign
        pb = p
        if pb > 0 and text[pb - 1] == " ":
            pb -= 1
        pf = K.prefix_units.match_before(text, low, pb)
        if pf is not None and pb - len(pf.form) < self.floor:
            pf = None  # "17 USD 25": USD belongs to 17
        elif pf is not None and pf.form.endswith("=") and not (
                text[pb - len(pf.form)].isupper() and not _word_char(text, pb - len(pf.form) - 1)):
            pf = None  # a typed symbol (Y= for ¥) is a capital letter standing alone: y=28 is an equation
        if pf is not None and kind in ("count", "money") and noun is None:
            if kind == "count":
                value *= pf.factor
            kind, unit, has_unit = "money", pf.unit, True
            if pf.form in K.symbol_by_script and not _CJK_CHAR.search(text):
                unit = K.symbol_by_script[pf.form]  # ¥ is yuan on a Chinese line, yen elsewhere
            p = pb - len(pf.form)
            if p > 0 and text[p - 1] in "-−－" and not _word_char(text, p - 2):
                neg, p = True, p - 1
        if kind == "count" and not has_unit and noun is None and low.endswith(" of", 0, pb) and (
                m := _PERCENT_OF.search(low, max(0, pb - 24), pb)) and m.start(1) >= self.floor:
            kind, unit, has_unit, p = "percent", "percent", True, m.start(1)  # per cent of 22: 22 percent
        if not neg and low.endswith(K.negative_words, 0, p):
            for w in K.negative_words:
                if low.endswith(w, 0, p):
                    neg, p = True, p - len(w)
                    break
        if not neg and p > 2 and text[p - 1] == " " and (text[p - 2] in (last := _sign_word_ends(K)) or (
                text[p - 2] == " " and text[p - 3] in last)):
            q = p - 1 - (text[p - 2] == " ")  # 负 七, 負 3.5: a Chinese sign word typed with a space before the number
            for w in K.negative_words:
                if w[-1] != " " and low.endswith(w, 0, q):
                    neg, p = True, q - len(w)
                    break
        if neg:
            value = -value
        return p, value, kind, unit, has_unit, neg

    def _currency_after_place(self, p: int) -> tuple[UnitForm | None, int]:
        """A currency word that belongs to one currency only, after a country name or demonym at p: "500
        Nigerian naira", "40 million romanian lei" (one or two words), 1000俄罗斯卢布 (two to five characters).
        The country adds nothing to such a word; a shared word (dollars, rupees, 元, 卢比) is not read this way,
        as the country would have to say which currency it is. (form, its start), or (None, p)."""
        cjk, latin = _unique_currency_words(self.K)
        if _CJK_CHAR.match(self.text, p):
            m = cjk.search(self.text, p + 2, p + 5 + 4)
            if m is None or m.start() > p + 5 or not _CJK_RUN.fullmatch(self.text, p, m.start()) or (
                    _NOT_IN_PLACE_NAMES.search(self.text, p, m.start())):
                return None, p  # (营收为: a particle or a verb between, no country name)
            q = m.start()
        else:
            m = _PLACE_WORDS.match(self.low, p)
            if m is None or m.group(1) in _NOT_PLACE_WORDS:
                return None, p
            if latin.match(self.low, m.end(1) + 1) is not None:
                q = m.end(1) + 1  # one word: Nigerian naira
            elif m.group(2) and m.group(2) not in _NOT_PLACE_WORDS and latin.match(self.low, m.end()) is not None:
                q = m.end()  # two: South Sudanese pounds
            else:
                return None, p
        g = self.K.suffix_units.match(self.text, self.low, q)
        if g is None or g.kind != "money" or g.factor != 1:
            return None, p
        e = _skip_spaces(self.text, q + len(g.form), 1)
        if e < self.n and (self.text[e].isdigit() or self.text[e] in self.K.cn_digits):
            return None, p  # 第3季营收为新台币5467亿元: the currency word is the prefix of the next figure
        return g, q

    def _currency_name_after(self, p: int) -> UnitForm | None:
        """A Chinese currency name right after 元 (港币, 新台币, 澳门币, 人民币): the currency of the amount. 元 is
        the unit of all the yuan-family currencies, and Hong Kong, Taiwan and Macau reports name theirs after it."""
        g = self.K.suffix_units.match(self.text, self.low, p)
        if g is None or g.kind != "money" or g.factor != 1 or len(g.form) < 2 or not _CJK_CHAR.match(g.form) \
                or g.form.endswith("元"):
            return None
        return g

    def _scale_hedge(self, core: Core) -> tuple[str, int] | None:
        """破万, 过亿, 上万人, 近千: a bound character right before a bare scale word, as (qualifier, start)."""
        for word, qual in self.K.hedges_before_scale:
            if self.text.endswith(word, 0, core.start):
                return qual, core.start - len(word)
        return None

    def _lone_between_words(self, core: Core) -> bool:
        """A lone numeral between function words is a number (答案是四不是五, 这不是一这是九台): the character
        before is a boundary or a copula and the one after a function word that starts no compound."""
        text, K = self.text, self.K
        before = text[core.start - 1] if core.start > 0 else ""
        after = text[core.end] if core.end < self.n else ""
        if before in K.comparative_before and any(after == w for w, _ in K.comparative_after):
            return True  # 比五大, 比十小: the number a comparison is made with
        if after and after in "和与" and _BETWEEN_HIGH.match(text, core.end + 1) or before and before in "和与" and (
                _BETWEEN_END.match(text, core.end)):
            return True  # 在五和十之间, 介于三与八之间: the ends of a range "between"
        return (before == "" or before in K.lone_before) and after in K.lone_after

    def _pronoun_one(self, core: Core) -> bool:
        """"the one you mentioned", "that one": "one" as a pronoun."""
        if self.low[core.start:core.end] != "one":
            return False
        before = self.low[max(0, core.start - 12):core.start].split()
        after = self.low[core.end:core.end + 12].split()
        return (bool(before and before[-1] in _ONE_DETERMINERS) or bool(after and after[0] in ("of", "another", "is", "was"))
                or _DETERMINER_WORD_BEFORE.search(self.low, max(0, core.start - 32), core.start) is not None)

    def _comparative(self, start: int, end: int) -> tuple[None, int | None, str | None, int | None]:
        """比三十大 (over 30), 比二分之一小 (under 1/2): a comparative around the figure (_NO_COMPARATIVE when there
        is none; the caller skips the look-up on a line without a word of K.comparative_before, and where neither
        a space nor the last character of one stands before the figure)."""
        K = self.K
        p = start
        while p > 0 and self.text[p - 1] == " ":
            p -= 1
        for w in K.comparative_before:
            if self.text.endswith(w, 0, p):
                for word, qual in K.comparative_after:
                    if self.text.startswith(word, end):
                        return None, p - len(w), qual, end + len(word)
        return _NO_COMPARATIVE

    def _product_factor(self, p: int) -> tuple[UnitForm, int] | None:
        """The unit of factor one after a product sign at p (kW·h, N·m, 吨·公里, 千瓦·时), and where it ends."""
        m = _PRODUCT_SIGN.match(self.text, p)
        if m is None:
            return None
        q = m.end()
        g = self.unit_at(q)
        if g is None and self.text.startswith("时", q):
            g = _CN_HOUR
        if g is None and self.K.prefixed_symbol is not None and (s := self.K.prefixed_symbol.match(self.text, q)):
            g = self._prefixed_symbol(s)  # N·mm, V·mA
        if g is None:
            b = self._base_symbol(q)
            g = b[0] if b is not None else None
        if g is None or g.kind != "physical" or g.factor != 1 or "/" in g.unit:
            return None
        e = q + self.unit_len(q, g)
        if e < self.n and (g.ends_latin and self.low[e].isalpha() or self.text[e].isdigit()):
            return None  # a longer word, or a code (N·m2 is read no further than pint would)
        return g, e

    def _base_symbol(self, p: int) -> tuple[UnitForm, int] | None:
        """A base symbol of units.toml [prefixed_symbols] written alone at p (N, A, J, Pa), with no prefix."""
        bases = self.K.prefixed_parts[1] if self.K.prefixed_parts else {}
        for sym in sorted(bases, key=len, reverse=True):
            if self.text.startswith(sym, p) and not (p + len(sym) < self.n and self.text[p + len(sym)].isalnum()):
                base = bases[sym]
                unit, size = (base, 1.0) if isinstance(base, str) else (base[0], float(base[1]))
                return UnitForm(sym, "physical", unit, size, True), p + len(sym)
        return None

    def _base_before_product(self, p: int) -> UnitForm | None:
        """A bare base symbol (N, A, V, W, Pa) followed by a product sign and another unit: N·m, A·h, V·A. Alone a
        capital letter after a number is a grade, a model or a label (2 A, Class 3 N); the product makes it a unit."""
        if p >= self.n or not ("A" <= self.text[p] <= "Z" or self.text[p] == "Ω") or not _PRODUCT_SIGN.match(
                self.text, p + 1, p + 4) and not _PRODUCT_SIGN.match(self.text, p + 2, p + 5):
            return None
        b = self._base_symbol(p)
        if b is None or self._product_factor(b[1]) is None:
            return None
        return b[0]

    def _product_unit(self, unit: str, end: int) -> tuple[str, int]:
        """A physical unit times another right after a product sign: 5 kW·h is energy, not power; 300 N·m a
        torque; 2.5万亿吨·公里 freight turnover, not tonnes; 3000 mA·h as mAh is."""
        if "/" in unit or end >= self.n or (self.text[end] != " " and self.text[end] not in _PRODUCT_SIGNS):
            return unit, end
        got = self._product_factor(end)
        if got is None or got[0].unit == unit:
            return unit, end
        return f"({unit}) * ({got[0].unit})", got[1]

    def _per_unit(self, unit: str, end: int) -> tuple[str, int]:
        """A physical unit divided by another right after it: 1.2 g/cm3, 50 mg/L, 1,200 mm per year, 5 kW/m²
        (one unit, as km/h already is). Only physical units divide: $1.99 per pound stays money."""
        m = _PER.match(self.low, end)
        if not m or "/" in unit:
            return unit, end
        g = self.unit_at(m.end())
        if g is None and "/" in m.group():
            t = _TIME_SYMBOL.match(self.low, m.end())  # m3/s, t/h: a time symbol after a slash is no word
            g = _TIME_SYMBOLS[t.group(1)] if t else None
        if g is not None and g.kind == "physical" and _is_duration(g.unit):
            flow = next((f[unit] for _, f, _ in _rates() if f.get(unit) == f"{unit} / {g.unit}"), None)
            if flow is not None:  # bbl/day, barrels per day: the flow the rate tables name for the unit
                return flow, m.end() + self.unit_len(m.end(), g)
        if g is None or g.kind != "physical" or g.factor != 1 or "/" in g.unit or g.unit == unit or (
                _is_duration(g.unit) and not _is_length(unit) and g.unit not in _FLOW_TIMES):
            return unit, end  # per year, 万吨/年: a period, kept as the stock (but km per hour is a speed)
        # (per second, minute or hour is a flow whatever flows: 7,000 m3/s, 200 litres per minute, 40 t/h; no
        # stock is stated for an hour)
        e = m.end() + self.unit_len(m.end(), g)
        if e < self.n and (self.low[e].isalpha() and g.ends_latin or self.low[e] == "/" or (
                self.low[e].isdigit() and not _POWER_AFTER.match(self.text, e))):
            return unit, end  # mg/Liang…, a longer word, or a third unit
        return f"({unit}) / ({g.unit})", e

    def _power_after(self, unit: str, end: int) -> tuple[str, int]:
        """An exponent right after a Latin unit (m/s², mm^2; NFKC writes ² as 2): squared or cubed, the last unit
        of a quotient only."""
        m = _POWER_AFTER.match(self.text, end)
        word = None if m else _POWER_WORD.match(self.low, end)  # meters per second squared, 10 metres squared
        if not (m or word) or not self.text[end - 1].isascii() or not self.text[end - 1].isalpha() or "**" in unit:
            # (only a Latin symbol takes a power: 1年3个月 is a year and three months, 3年2个月 no cubic year)
            return unit, end
        power = m.group(1) if m else {"squared": "2", "cubed": "3"}[word.group(1)]
        num, sep, den = unit.rpartition(" / ")
        return (f"{num} / ({den}) ** {power}" if sep else f"({unit}) ** {power}"), (m or word).end()

    def _number_follows(self, end: int) -> bool:
        """and / to / or and then a number (digits or a number word) right after `end`."""
        m = _RANGE_NEXT.match(self.low, end)
        K = self.K
        return bool(m) and (m.group(1).isdigit() or any(m.group(1) in t for t in (
            K.en_ones, K.en_tens, K.en_hundred, K.en_scales)))

    def _rate_after(self, end: int, after: tuple[str, ...]) -> bool:
        """The rate's period after what the unit measures: "barrels of crude oil per day", "barrels of oil a day"
        (of, then one to three words, then the period)."""
        return self.low.startswith(" of ", end) and bool(_of_words_then(after).match(self.low, end))

    def _rate_before(self, start: int, words: tuple[str, ...]) -> bool:
        """A rate word (日均, 每天, daily) earlier in the figure's clause, at most 24 characters back."""
        window = self.low[max(0, start - 24):start]
        cut = max(window.rfind(c) for c in ",，;；。:：")
        window = window[cut + 1:]
        return any(w in window and (w[0] not in LATIN or re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", window))
                   for w in words)

    def _time_frame(self, start: int, end: int) -> bool:
        """A duration written as a time frame: 过去三年, the past three years, 三年来, three years ago."""
        before = self.low[max(0, start - 16):start].rstrip(" ")
        if before[-1:] in _RANGE_LAST_CHARS:
            m = _RANGE_FIRST_END.search(before)
            if m:
                before = before[:m.start()].rstrip(" ")  # 未来三到四年, the next two to three years
        after = self.low[end:end + 12].lstrip(" ")
        for w in (self.K.time_frame_before if before.endswith(self.K.time_frame_before) else ()):
            if before.endswith(w) and not (w[0] in LATIN and len(before) > len(w) and before[-len(w) - 1] in LATIN):
                return True
        for w in (self.K.time_frame_after if after.startswith(self.K.time_frame_after) else ()):
            if after.startswith(w) and not (w[-1] in LATIN and len(after) > len(w) and after[len(w)] in LATIN):
                # 14年来最低, 十年来的新高: the span a record is set over, as "a 14-year low" is, not a frame
                return not (w in ("来", "以来") and _RECORD_AFTER_FRAME.match(after, len(w)))
        return False

    def _after_ordinal_marker(self, start: int) -> bool:
        """第三章; and the ordinals listed after one: 第一、二、三产业 (the second and the third industry)."""
        t = self.text
        p = start
        for _ in range(6):
            while p > 0 and t[p - 1] == " ":
                p -= 1
            if p > 0 and t[p - 1] == "第":
                return True
            if p < 3 or t[p - 1] != "、" or t[p - 2] not in _ORDINAL_DIGITS:
                return False
            p -= 2  # (back over "二、" to the ordinal before it)
        return False

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
        if self.has_equal:
            m = _inclusive_bound(self.K).search(self.low, start - 48 if start > 48 else 0, start)
            if m:  # "larger than or equal to 8", 等于或超过500: a strict comparative made closed by "equal"
                return m.lastgroup, m.start()
        got = self._hedge_before_in(self.low, start)
        if got[0] in ("over", "under") and got[1] is not None:
            return self._negated(*got)
        if got[0] in (None, "exact") and self.low.find(" ", max(0, start - 12), start) != -1 and self._spaced.search(
                self.low, max(0, start - 16), start):
            # 小于 或 等于100: CJK hedge words written with spaces inside
            lo = max(0, start - 16)
            idx = [i for i in range(lo, start) if self.low[i] != " "]
            compact = "".join(self.low[i] for i in idx)
            qual, s = self._hedge_before_in(compact, len(compact))
            if qual is not None and qual != got[0] and not any(c in LATIN for c in compact[s or 0:]):
                return qual, (idx[s] if s is not None else None)  # (小于 或 等于: the whole bound, not 等于)
        return got

    def _negated(self, qual: str, s: int) -> tuple[str, int]:
        """A negation right before a strict comparative flips it into the opposite closed bound: "not exceeding
        200" is at most 200, "no smaller than 10" at least 10, 不会低于5% at least 5 %, 未超过 at most."""
        words, comparatives = _negation()
        low = self.low
        if not low.startswith(comparatives, s):
            return qual, s  # nearly, 近, 不到: an approach, which a negation does not turn around
        p = s
        while p > 0 and low[p - 1] == " ":
            p -= 1
        for w in words:
            if low.endswith(w, 0, p) and not (w[0] in LATIN and p - len(w) > 0 and low[p - len(w) - 1] in LATIN) and (
                    w[-1] not in LATIN or p < s):  # "not" needs a space before the comparative, 不 none
                return ("at_most" if qual == "over" else "at_least"), p - len(w)
        return qual, s

    def _hedge_before_in(self, low: str, start: int) -> tuple[str | None, int | None]:
        K = self.K
        p = start
        while p > 0 and low[p - 1] == " ":
            p -= 1
        adjacent = True
        for _ in range(2):
            for word, qual in (K.hedges_before_by_last.get(low[p - 1], ()) if p > 0 else ()):
                if low.endswith(word, 0, p):
                    s = p - len(word)
                    if word[0] in LATIN and s > 0 and low[s - 1] in LATIN:
                        continue
                    if word[-1] in LATIN and p == start:
                        continue  # "about5"
                    if qual == "none":
                        return None, None  # 打破3项纪录: a word, not a hedge
                    if qual == "over_last":  # 支出超1500亿元: "more than", the verb before it no part of the figure
                        return "over", (p - 1 if adjacent else None)
                    if word in ("maximum", "minimum") and _REACHED_A.search(low, max(0, s - 24), s):
                        return None, None  # "the hole reached a maximum of 26 million km2": the extreme it reached
                    if word in _VERB_OR_NOUN and _DETERMINER_BEFORE.search(low, max(0, s - 8), s):
                        return None, None  # "the walls … at the top 2.48 m": a place, not "sales top 1,000"
                    return qual, (s if adjacent else None)
            # one filler word (有, 达到, 为) may stand between: 至少有10, 进口依赖度达到 70%
            for fw in (self._fillers.get(low[p - 1], ()) if p > 0 else ()):
                if low.endswith(fw, 0, p):
                    p -= len(fw)
                    while p > 0 and low[p - 1] == " ":
                        p -= 1
                    adjacent = False
                    break
            else:
                break
        if K.bound_modal is not None and 0 < start and "\u4e00" <= low[start - 1] <= "\u9fff":
            m = K.bound_modal.search(low, max(0, start - 8), start) or _BOUND_DONE.search(low, max(0, start - 6), start)
            if m:  # 最多可容纳两千人, 至少招聘了200名: the bound of a verb phrase (not adjacent: the span keeps the figure)
                qual = next((q for w, q in K.hedges_before_by_last.get(m.group(1)[-1], ()) if w == m.group(1)), None)
                if qual is not None:
                    return qual, None
        return None, None

    def _hedge_after(self, end: int, kind: str | None = None) -> tuple[str | None, int | None]:
        K, low = self.K, self.low
        p = _skip_spaces(low, end, 1)
        if p >= self.n:
            return None, None
        for word, qual in self._after.get(low[p], ()):
            if low.startswith(word, p):
                e = p + len(word)
                if word[-1] in LATIN and e < self.n and low[e] in LATIN:
                    continue
                if word[-1] in LATIN and low.startswith(" than", e):
                    continue  # "equal to 5000 or less than 6000": the hedge belongs to 6000
                if word[-1] in LATIN and _FIGURE_NEXT.match(low, e) and (
                        word.endswith(" up") or _YEAR_BEFORE.search(low, max(0, end - 12), end)):
                    # "414 million tons and up 1.9% from a year earlier": a change next, not a floor; "in 2022 and
                    # over 2 million in 2021": the bound is the next figure's ("65 and over 17.3%" keeps its floor)
                    continue
                if word in ("强", "弱") and kind not in ("ratio", "percent"):
                    continue  # 三分之一强, 百分之五强: only after a share (500强 is a name, 强势 a word)
                if word in ("强", "弱") and e < self.n and _CJK_CHAR.match(self.text, e) and self.text[e] != "的":
                    continue
                if word in ("多", "余") and e < self.n and _CJK_CHAR.match(self.text, e) and not self.unit_at(e):
                    # 多 in 多家/多元 after a figure is a new word unless a unit follows
                    if self.text[e] not in "万亿":
                        continue
                return qual, e
        return None, None


_YEAR_BEFORE = re.compile(r"\b(?:in|of|for|by|since)\s+(?:19|20)\d{2}$")
# a verb of reaching before "a maximum of" / "a minimum of": the extreme attained, a point ("reached a maximum of 26
# million square kilometers", "hit a minimum of 92 Dobson units"), not a cap ("a maximum of 20 guests")
# (not after a modal, "fines can reach a maximum of €20 million": a cap; nor "recorded a minimum of 300 deaths": a
# floor)
_REACHED_A = re.compile(r"(?<!\bcan )(?<!\bmay )(?<!\bcould )(?<!\bmight )(?<!\bwill )(?<!\bwould )(?<!\bshall )"
                        r"(?<!\bmust )\b(?:reach(?:ed|es|ing)?|hit(?:s|ting)?|peak(?:ed|s|ing)?\s+at|attain(?:ed|s)?|"
                        r"grew\s+to|rose\s+to|fell\s+to|dropped\s+to|at\s+its)\s+(?:a\s+|its\s+|their\s+)?"
                        r"(?:new\s+|seasonal\s+|annual\s+|daily\s+|record\s+)?$")
_FIGURE_NEXT = re.compile(r"\s+(?:by\s+|about\s+|some\s+|nearly\s+|almost\s+)?[$€£¥]?\d")  # a figure next
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# grammatical characters that no country name holds: between a number and a currency word they end the phrase
_NOT_IN_PLACE_NAMES = re.compile(r"[为是的了在与及或等向对从把被将于计值收入出售买卖付赔罚]")  # (以色列, 约旦, 共和国 are names)
_PLACE_WORDS = re.compile(r"([a-z]+) (?:([a-z]+) )?")
# function words: a currency word after one of them is not the number's unit ("500 of the naira", "5 to 10
# euros" is a range read elsewhere); an adjective (Nigerian, more, new) modifies the currency word itself
_NOT_PLACE_WORDS = frozenset({"of", "the", "a", "an", "and", "or", "in", "to", "for", "per", "from", "than", "at",
                              "by", "with", "on", "is", "was", "are", "were", "be", "been", "as", "but", "not"})


# currency words that are also ordinary English words: "the 500 players won", "a 3 hour mark"
_ENGLISH_WORDS = frozenset({"won", "real", "rand", "mark", "marks", "dong", "sol", "grand", "buck", "bucks", "quid",
                            "cash", "kina", "yen"})


@functools.lru_cache(maxsize=4)
def _unique_currency_words(K: Knowledge) -> tuple[re.Pattern, re.Pattern]:
    """Money words of the unit tables that name one currency only: no longer form of another currency ends with
    them (卢比 is not one: 巴基斯坦卢比 is another rupee; "dollars" is not: "hong kong dollars"). Patterns for the
    Chinese ones (two characters or more) and the Latin ones (whole words)."""
    forms = [f for lst in K.suffix_units.by_first.values() for f in lst if f.kind == "money" and f.factor == 1]
    ends: dict[str, set[str]] = {}  # each proper ending of a form -> the currencies of the forms that end so
    for g in forms:
        for i in range(1, len(g.form)):
            ends.setdefault(g.form[i:], set()).add(g.unit)
    unique_cjk, unique_latin = set(), set()
    for f in forms:
        w = f.form
        if ends.get(w, set()) - {f.unit}:
            continue  # shared: a longer form of another currency ends with it
        if _CJK_CHAR.fullmatch(w[-1]) and len(w) >= 2 and not w.endswith("元"):
            unique_cjk.add(w)
        elif w.isalpha() and w.isascii() and len(w) >= 3 and w not in _ENGLISH_WORDS:
            unique_latin.add(w)
    cjk = "|".join(re.escape(w) for w in sorted(unique_cjk, key=len, reverse=True)) or "(?!)"
    latin = "|".join(re.escape(w) for w in sorted(unique_latin, key=len, reverse=True)) or "(?!)"
    # (a lookahead on the first characters: the alternation is tried only where a word can start)
    return (re.compile(nonclaims.first_chars(unique_cjk) + f"(?:{cjk})"),
            re.compile(f"(?:{latin})(?![a-z])"))


@functools.lru_cache(maxsize=64)
def _by_first(entries: tuple, last: bool = False) -> dict[str, tuple]:
    """Words (or (word, ...) tuples) indexed by their first (or last) character, order kept: a lookup at a
    position then tries only the words that can match there."""
    out: dict[str, list] = {}
    for e in entries:
        w = e if isinstance(e, str) else e[0]
        out.setdefault(w[-1] if last else w[0], []).append(e)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=4)
def _comparative_ends(K: Knowledge) -> frozenset[str] | None:
    """The last characters of K.comparative_before (比); None if an empty word, which ends anywhere, is listed."""
    return None if "" in K.comparative_before else frozenset(w[-1] for w in K.comparative_before)


@functools.lru_cache(maxsize=4)
def _parser_tables(K: Knowledge) -> tuple[dict[str, tuple], dict[str, tuple], re.Pattern]:
    """The indexes every LineParser looks words up in: the hedge fillers by last character, the hedges after a
    figure by first, the spaced hedge characters (one cached call per line: K hashes by identity, where the word
    tuples would be hashed whole on each look-up)."""
    return _by_first(K.hedge_fillers, last=True), _by_first(K.hedges_after), _spaced_hedge_chars(K)


@functools.lru_cache(maxsize=4)
def _spaced_hedge_chars(K: Knowledge) -> re.Pattern:
    """The characters of the hedge and filler words that a space can split (小于 或 等于: words of two or more
    characters, none Latin): without one of them before a figure, the spaced reading finds nothing new."""
    words = [w for v in K.hedges_before_by_last.values() for w, _ in v] + list(K.hedge_fillers)
    chars = {c for w in words if len(w) > 1 and not any(x in LATIN for x in w) for c in w if c != " "}
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


@functools.lru_cache(maxsize=4)
def _inclusive_bound(K: Knowledge) -> re.Pattern:
    """A strict comparative of `[negation]` in hedges.toml (larger than, below, 多于, 超过) joined to "equal" on
    either side: "larger than or equal to", "smaller or equal than", "equal to or higher than", 低于等于,
    等于或超过. A comparative of the over side makes a floor (group at_least), of the under side a ceiling."""
    quals = {w: q for v in K.hedges_before_by_last.values() for w, q in v}
    sides: dict[str, set[str]] = {"at_least": set(), "at_most": set()}
    for c in _negation()[1]:
        q = quals.get(c)
        if q not in ("over", "under"):
            continue
        base = c[:-5] if c.endswith(" than") else c
        sides["at_least" if q == "over" else "at_most"].add(re.escape(base).replace("\\ ", " "))
    equal = r"(?:equals?|等于)"
    join = r"\s*(?:,\s*)?(?:or|and/or|或者|或)?\s*"
    alts = []
    for qual, bases in sides.items():
        b = "|".join(sorted(bases, key=len, reverse=True))
        alts.append(rf"(?P<{qual}>(?<![a-z])(?:{b})(?: than)?{join}(?:is )?{equal}(?: to| than| with)?"
                    rf"|(?<![a-z]){equal}(?: to)?{join}(?:{b})(?: than| to)?)\s*$")
    return re.compile("|".join(alts))


_BOUNDS = ("over", "under", "at_least", "at_most")


@functools.lru_cache(maxsize=4)
def _cjk_bound_after(K: Knowledge) -> re.Pattern:
    """A second Chinese bound right after a lone numeral that a first bound precedes (大于五小于十, 高于十且低于二十,
    不少于三、不超过八): the numeral ends the first bound, it begins no word. Bounds of two or more characters
    (a single 近 or 超 may begin a word)."""
    words = sorted({w for v in K.hedges_before_by_last.values() for w, q in v
                    if q in _BOUNDS and len(w) > 1 and not any(x in LATIN or x == " " for x in w)},
                   key=len, reverse=True)
    return re.compile(r"(?:而且|并且|但是|且|并|而|但|，|,|、)?\s?(?:" + "|".join(re.escape(w) for w in words) + ")")


@functools.lru_cache(maxsize=4)
def _sign_word_ends(K: Knowledge) -> frozenset[str]:
    """The last characters of the Chinese sign words (负, 零下): before a space, they may sign the number after it."""
    return frozenset(w[-1] for w in K.negative_words if w[-1] != " ")


@functools.lru_cache(maxsize=1)
def _negation() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`[negation]` of hedges.toml: negation words (longest first) and the strict comparatives they flip."""
    from ..knowledge import _data, to_simplified

    t = _data("hedges.toml").get("negation", {})
    words = sorted({to_simplified(w).lower() for w in t.get("words", [])}, key=len, reverse=True)
    return tuple(words), tuple(to_simplified(w).lower() for w in t.get("comparatives", []))


@functools.lru_cache(maxsize=1)
def _formal_words() -> tuple[str, ...]:
    """The words of `[formal_words]` in numerals.toml, in Simplified characters (大陆, 队伍, 参股)."""
    from ..knowledge import _data, to_simplified

    return tuple(to_simplified(w) for w in _data("numerals.toml").get("formal_words", {}).get("words", []))


@functools.lru_cache(maxsize=1)
def _formal_word_starts() -> frozenset[str]:
    """The first two characters of the words of `[formal_words]` that start with a formal digit (参股, 参天)."""
    from ..knowledge import knowledge

    formal = knowledge().cn_formal
    return frozenset(w[:2] for w in _formal_words() if w[:1] in formal)


@functools.lru_cache(maxsize=1)
def _formal_word_ends() -> frozenset[str]:
    """The last two characters of the words of `[formal_words]` (大陆, 队伍, 收拾)."""
    return frozenset(w[-2:] for w in _formal_words())


# a record over the span a time frame names: 14年来最低, 十年来的新高, 三十年来首次 (normalised, simplified)
_RECORD_AFTER_FRAME = re.compile(r"\s?的?\s?(?:最低|最高|最大|最小|最多|最少|最差|最好|最快|最慢|最严重|新低|新高|首次|首度|第一次)")


@functools.lru_cache(maxsize=8)
def _of_words_then(after: tuple[str, ...]) -> re.Pattern:
    return re.compile(r" of (?:[a-z][a-z'-]* ){1,3}(?:" + "|".join(map(re.escape, after)) + r")(?![a-z])")


@functools.lru_cache(maxsize=1)
def _rates() -> tuple[tuple[tuple[str, ...], dict[str, str], tuple[str, ...]], ...]:
    """`[[rate_before]]` of units.toml: rate words, the units they turn into rates, and the periods that may
    follow what the unit measures."""
    from ..knowledge import _data, to_simplified

    return tuple((tuple(to_simplified(w).lower() for w in t.get("words", [])), dict(t.get("units", {})),
                  tuple(t.get("after_of", [])))
                 for t in _data("units.toml").get("rate_before", []))


@functools.lru_cache(maxsize=64)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(("(?<![a-z])" if c[0] in LATIN else "") + re.escape(c) for c in cues))


_DIRECTIONAL = ("over", "under", "at_least", "at_most")
# "exact" (equal to 170) is internal: the report shows no qualifier, and low = high = value


def _combine(before: str | None, after: str | None) -> str | None:
    """约230万台以上 -> at_least; 超过96%以上 -> over: a directional hedge beats approx, and the one before
    the figure beats the one after."""
    if before in _DIRECTIONAL:
        return before
    if after in _DIRECTIONAL:
        return after
    return before or after


_DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_SPOKEN_DECIMAL = re.compile(r"-point((?:-(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))+)(?![a-z-])")


def _spoken_decimal(low: str, core: Core) -> Core:
    """"36-point-six percent", "39-point-three": the decimals of a figure spelt as a news agency reads them."""
    if not low.startswith("-point", core.end) or core.decimals or core.scale != 1.0 or not 0 <= core.value < 1e6 \
            or core.value != int(core.value):
        return core  # only a plain whole number, as a spoken figure has, takes spelt decimals (and "-point" first)
    m = _SPOKEN_DECIMAL.match(low, core.end)
    if not m:
        return core
    digits = "".join(_DIGIT_WORDS[w] for w in m.group(1).strip("-").split("-"))
    return replace(core, end=m.end(), value=float(f"{int(core.value)}.{digits}"), decimals=len(digits), plain=None)


_FIGURE_BEFORE = re.compile(r"(\d[\d,]*(?:\.\d+)?)$")


def _descending(text: str, end: int, value: float) -> bool:
    """The figure written right before `end` is larger than `value`: "44.8 -2%" is a cell and the next one's
    signed figure (a range runs low to high: "75 -300mm" is a dash)."""
    m = _FIGURE_BEFORE.search(text, max(0, end - 24), end)
    if m is None:
        return False
    try:
        before = float(m.group(1).replace(",", ""))
    except ValueError:
        return False
    return before > abs(value)


_COUNTER_VALUE = re.compile(r"\s?(?:[:：]|\d|$)")  # a counter's word labels the number after it, a colon between


@functools.lru_cache(maxsize=1)
def _COUNTER_FIRSTS() -> dict[str, frozenset[str]]:
    """The Chinese counter words of page furniture that label a number with a colon (nonclaims.toml
    furniture.counters_before: 人气, 热度), as {first character: second characters}. A measure word glued to a
    number that opens one of them is that word's first character, not the number's measure word
    (时间:01-19人气:10). Keyed in Simplified characters; the next character is compared in Simplified."""
    from .furniture import _vocab

    out: dict[str, set[str]] = {}
    for w in _vocab().get("counters_before", []):
        if len(w) >= 2 and not w.isascii():
            out.setdefault(w[0], set()).add(w[1])
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=4096)
def _simplified_char(ch: str) -> str:
    from ..knowledge import to_simplified

    return to_simplified(ch)
