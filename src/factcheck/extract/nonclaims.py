"""Numbers that are not claims: dates and times, years used as periods (also in two digits: 24年收入, 24年Q1),
phone numbers, identifiers and codes (a stock code and its market: 600999.SH), list and section numbers, footnote
markers, figure labels, product and model names, page numbers, a place's coordinates ("37°N 108°W",
东经99°36′~100°16′).

Two mechanisms: `masked_spans` finds whole tokens to skip before any number is parsed (a date, a URL, a
phone number), and `reject` judges one parsed number in its context.
"""
from __future__ import annotations

import functools
import re

from ..knowledge import LATIN, Knowledge
from . import furniture

# Masks found by searching the line (they start with letters): URLs, e-mail addresses, English dates,
# identifiers such as S0300520110001 or LGA1156.
_TEXT_MASKS = (
    r"(?P<url>(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef<>\"']+)"
    r"|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
    r"|(?P<ident>(?<![A-Za-z0-9])[A-Za-z]{1,6}-?\d[\dA-Za-z-]*(?:\.\d[\dA-Za-z-]*)*)"  # PM2.5 whole
    r"|(?P<endate>(?i:\b(?:{months})(?:\s?\.\s?|\s)\d{1,2}(?:st|nd|rd|th)?(?:\s?,?\s[12]\d{3})?\b))"  # Dec.25
)
# Masks tried only where a run of digits (or a bracket or plus sign) starts: dates, times, phone numbers,
# accounts, dotted versions. Each alternative is bounded, so matching is linear.
_DIGIT_MASKS = (
    # (a year written with 年 takes its month with 月: 2024年1.05亿吨 is a year and a figure, not a day)
    # (a two-digit day may run into the next date's month: 2025-02-212月18日)
    r"(?P<ymd>(?<!\d)[12]\d{3}\s?(?:[-/.]\s?[01]?\d\s?[-/.]|年\s?[01]?\d\s?月)\s?[0-3]?\d(?:\s?[日号])?"
    r"(?:(?!\d)|(?<=[-/.][0-3]\d)(?=1?\d月)))"
    # 2024.03 is a month only when the year is plausible (1800-2099), the month 01-12 and no scale, unit or
    # percent follows: 2382.17亿元 and 2023.12万吨 are figures
    r"|(?P<ym>(?<!\d)[12]\d{3}\s?年\s?[01]?\d\s?月"
    r"|(?<![\d.,])(?:1[0-2]\d|130)\s?年\s?[01]?\d\s?月(?!\s?[0-3]?\d\s?[日号])"  # a Minguo year's month: 114 年 12 月
    r"|(?<![\d.])(?:1[89]|20)\d\d[-/.](?:0[1-9]|1[0-2])(?![\d.])(?:[-/.][0-3]\d(?!\d))?(?!\s?[%万亿萬億千百兆元美欧英日港台吨噸桶个台家人]))"
    r"|(?P<dmy>(?<![\d./])[0-3]?\d(?P<dsep>[/.-])[0-3]?\d(?P=dsep)[12]\d{3}(?![\d/]))"  # 1/19/2023, 19-01-2023: a day and month
    r"|(?P<md>(?<![\d.])[01]?\d\s?月\s?[0-3]?\d\s?[日号])"
    r"|(?P<mrange>(?<![\d.])[01]?\d\s?[-—–~～至到]\s?[01]?\d\s?月(?!份?[\d]))"
    r"|(?P<dayref>[(（][0-3]?\d[)）]\s?[日号])"
    # 9点至17点, 10时到22时: a span of the day (before the single-hour forms, which would stop at 至)
    r"|(?P<time>(?<![\d.])[0-2]?\d\s?[点时]\s?(?:到|至|-|~|～|—|–)\s?[0-2]?\d\s?[点时](?![间代期候刻段装尚光空速事效局节机针差薪区长髦])"
    r"|(?<![\d.])[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?|(?<![\d.])1?\d\s?[ap]\.?m\.?(?![a-z])"
    r"|(?<![\d.])1?\d\.[0-5]\d\s?[ap]\.?m\.?(?![a-z])"  # 2.17pm
    r"|(?<![\d.])1?\d\s?o['’]clock"  # 5 o'clock
    r"|(?<![\d.:])[0-2]\d[0-5]\d\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|ET|PT|JST|HKT|SGT|IST)(?![A-Za-z])"  # 1430 GMT
    # 14时开始, 9时30分, 5日14时: an hour of the day, not 当数量达到20时 ("when it reaches 20")
    r"|(?<![\d.])[0-2]?\d\s?时(?:\s?[0-5]?\d\s?分|许|整|左右|前后|起|开始|召开|举行|至|到|发布|公布|宣布|截止|结束|出发|发生)"
    r"|(?<=[日号])\s?[0-2]?\d\s?时(?![间代期候刻段装尚光空速事效局节机针差薪区长髦])"
    r"|(?<![\d.])[0-2]?\d\s?点\s?(?:[0-5]?\d\s?分|[半整钟]))"  # 3点15分, 8点半
    r"|(?P<phone>(?<![\d-])(?:\+\d{1,3}[-\s])?(?:\(?0\d{2,3}\)?[-\s])\d{7,8}(?!\d)|\+\d{1,3}(?:[-/\s]\d{2,5}){2,}"
    r"(?:/\d{1,2})?(?!\d)"  # (+49 228 815 0213/4: an extension after the slash)
    # +91 6026176848: a country code and a national number; 86-755-83518792: country, area, number
    r"|\+\d{1,3}[-\s]\d{8,12}(?![\d.,])|(?<![\d-])\d{2,3}-\d{2,4}-\d{7,8}(?![\d-]))"
    # North American numbers: 1-800-555-0199, (800) 555-0199, 800.555.0199
    r"|(?P<phone_na>(?<![\d-])(?:1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\d-]))"
    r"|(?P<account>(?<![\d-])\d{3,}(?:-\d{3,}){2,}(?![\d-]))"
    # a stock code with its market in brackets: 台積電 (2330-TW)(TSM-US), (600519.SH) (no 2,330 terawatts); also after
    # a short name or another code in them: (凯睿,600999.SH,0999.HK)
    r"|(?P<ticker>(?<=[(（,，])\s?\d{4,6}\s?[-.]\s?(?:TWO|TW|HK|SH|SZ|SS|US|KS|T)(?=\s?[)）,，]))"
    # a book's number: ISBN 978-92-808-9115-7 (978 or 979, five groups)
    r"|(?P<isbn>(?<![\d-])97[89]-\d{1,5}-\d{1,7}-\d{1,7}-[\dX](?![\d-]))"
    # (not 1.234.567 or 1.234.567,89: thousands grouped with dots, two groups of three; a fourth group, as an
    # IPv4 address has, keeps the mask)
    # (an IPv4 address takes its port: 5.39.217.77:8898)
    r"|(?P<dotted>(?<![\d.])(?!\d{1,3}\.\d{3}\.\d{3}(?!\d|\.\d))\d+\.\d+\.\d+(?:\.\d+)*(?::\d{2,5}(?!\d))?)"
    r"|(?P<fiscal>(?<!\d)[12]\d{3}[-/–][0-9]{2}(?![\d%]))"  # 2023-24, 2023/24, 2023–24: a split year
    # a division by zero (1/0, 3 / 0) is no number, nor is either of its figures
    r"|(?P<undefined>(?<![\d.,/])\d{1,6}(?:\.\d+)?\s?/\s?0+(?![\d/]|[.,]\d|\s?%))"
    # digits, a hyphen and a capitalised number word name a thing (7-Eleven, 4-Seven): two scripts in one
    # compound are a name, never a range (a range keeps one script: 7-11, seven to eleven)
    r"|(?P<name>(?<![\d.])\d{1,3}-(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|"
    r"Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|"
    r"Hundred)(?![a-z]))"
    r"|(?P<ident>(?<![A-Za-z0-9.])\d+(?:[A-Za-z]+\d+)+[A-Za-z0-9-]*)"
    r"|(?P<endate>(?i:\d{1,2}(?:st|nd|rd|th)?\s(?:de\s)?(?:{months})\b(?:,?\s(?:de\s)?[12]\d{3})?))"  # 5 de April de 2024
    # 14时开会, 9时抵达: an hour of the day before any verb, unless the clause reads 时 as "when" (see _HOUR_WHEN)
    r"|(?P<hour>(?<![\d.])(?:[01]?\d|2[0-4])\s?时(?=[\u4e00-\u9fff])(?![间代期候刻段装尚光空速事效局节机针差薪区长髦]))"
    # 02-24, 12-24 14:30: a month and day in a page's time stamp (a leading zero, or a time after), no range
    r"|(?P<mdstamp>(?<![\d.:/-])(?:0[1-9]-[0-3]\d(?![\d.:/%\-\u4e00-\u9fff])|1[0-2]-[0-3]\d(?=\s[0-2]?\d:[0-5]\d)))"
    # 8M’2023, 9M'24: the first months of a year, a period (not 8 million)
    r"|(?P<months>(?<![\d.])\d{1,2}M[’'](?:\d{4}|\d{2})(?!\d))"
    # a DOI: 10.16619/j.cnki.rmltxsqy.2022.13.008
    r"|(?P<doi>(?<![\d.])10\.\d{4,9}/[^\s\u3000-\u303f\uff00-\uffef]+)"
)
# 当数量达到20时停止, 价格涨到20时卖出: "when it reaches 20", not an hour: a conditional word earlier in the clause, or
# a verb of reaching or change right before the number
_HOUR_WHEN = re.compile(r"(?:当|每当|一旦|如果|假如|若|等到)[^,，。；;！？!?]*$|(?:达|为|过|破|超|涨|跌|升|降)[到至]?\s?$")
_CN_NUM = "[零〇○一二两三四五六七八九十0-9]{1,3}"
# A table row flattened to spaces: four or more figures with only spaces between them (Iraq 4.67 4.76 141,000)
_FIGURE = r"[-−+]?\d[\d,]*(?:\.\d+)?%?(?: ?\(R\))?"  # (R): a revised figure
FIGURE_ROW = re.compile(rf"(?<!\S)(?:{_FIGURE} +){{3,}}{_FIGURE}(?!\S)")
# a run of digits is consumed whole: its start is where a mask may begin (as \d+|[(（+], written to begin with one
# character class, which the regex engine skips to)
_DIGIT_MASK_START = re.compile(r"[\d(（+](?:(?<=\d)\d*)?")
# Every digit mask that starts at a run of digits needs one of these right after the run: a date's or time's
# separator, 月, a phone number's bracket; 年 and a month's digit (2024年3月; not 2024年的); a point and digits
# before another separator, am/pm or a slash (2024.3.5, 1.2.3, 2.17pm, 3.5/0), a point and two digits (2024.03) or
# a bracket (1.(800)) or a market's letters (600999.SH, a stock code); a letter (a code's, 5th, 5pm, 1430GMT; ſ
# matches s without case); whitespace and a separator, a digit or a bracket (a phone number), or a letter that
# begins am/pm, o'clock, a month or a time zone. A run followed by anything else (%, 亿, a comma, 。, 3.5%, "50 people") is not tried. A new alternative of
# _DIGIT_MASKS must keep this true or widen it here (tests/extract/test_mask_prefilter.py).
_MASK_AFTER_DIGITS = re.compile(
    r"[-/:)月—–~～至到点时]|年(?=\s?\d)|\.(?:\s?\d+\s?[-/.ap]|\d\d(?![\d.])|\(|\s?(?:TWO|TW|HK|SH|SZ|SS|US|KS|T)(?![A-Za-z]))"
    r"|[A-Za-z\u017f]"
    r"|\s(?:[-/.年月—–~～至到点时(\d]|[apojfmsndJFMASONDGUBCEPHI\u017f])")
_HAS_LATIN = re.compile(r"[A-Za-z]")
# Where a letter mask (an identifier or an English date) may begin: an ASCII letter after none, then up to eight
# more letters (a month's, which may include the four characters that match an ASCII letter case-insensitively)
# and a digit, a hyphen and a digit, or a space (or a point and a space) and a digit: PM2.5, A-1, Sept. 12. A
# class first, which the regex engine skips to; every match starts at one of these.
_LETTER_MASK_AT = re.compile(r"[A-Za-z](?<![A-Za-z].)(?=[A-Za-z\u0130\u0131\u017f\u212a]{0,8}(?:-?\d|\s?\.\s?\d|\s\d))")
_DIGIT = re.compile(r"\d")

# Chinese list and section numbers: 一、 （三） 第五章; Arabic: "1." "2、" "(3)" at the start of a line or after
# a sentence break or a colon (not a colon after a digit: won 3:1. is a score).
# (each behind a look-ahead for the characters a match can start with: the places no list number can start at
# are passed over with one test, not with each of the anchors)
_LIST_CN = re.compile(r"(?=[(（一二三四五六七八九十])(?:^|(?<=[\s:：。；;!！?？]))[(（]?[一二三四五六七八九十]{1,3}[)）、]")
_LIST_AR = re.compile(r"(?=[\s(（\[【\d])(?:^\s*|(?<=[。；;!！?？\]】])|(?<=(?<!\d)[:：]))[(（\[【]?\d{1,2}(?:\.\d{1,2})*(?:[.、．)）\]】](?![\d%])|\s?[)）])")
# where a match of _LIST_AR after the line's start may begin: right after one of its marks, before a digit
# (a bracket between); the line is searched for these (a class first, which the engine skips to), not _LIST_AR
# tried at every position
_LIST_AR_AT = re.compile(r"[。；;!！?？\]】:：](?=[(（\[【]?\d)")
_TOC_TAIL = re.compile(r"(?:\.{3,}|…{2,}|·{3,}|\.\s?\.\s?\.|\s{2,}|\t)\s*\d{1,4}\s*$")
_SUPERSCRIPTS = set("⁰¹²³⁴⁵⁶⁷⁸⁹")
_CJK = re.compile(r"[\u3400-\u9fff]")
_GOAL_BEFORE = re.compile(r"(?:\b(?:[Gg]oals?|[Tt]argets?|SDGs?)|发展目标)\s?$")
_NAMED_GOAL = re.compile(r"(?:\b(?:Goal|SDG)|发展目标)\s?$")  # (capitalised: its name)
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}[a-z]?")  # 3.4, 8.7, 16.2a: a target's number within its goal
# a capital letter before them names a type, a share class, a round (in Simplified: the text is normalised)
LETTER_NAME_TAILS = frozenset("型股轮类级")
_FOOTNOTE_AFTER = re.compile(r"\s*$|\s+[A-Z\u3400-\u9fff“\"(]")

_ACRONYM_FIGURE = re.compile(r"[A-Z]{2,6}\d+(?:\.\d+)?")
_FIGURE_AFTER_ACRONYM = frozenset("%万亿兆元")
# Identifier prefixes that are really currency or unit words glued to the number; every money prefix of the unit
# table that is all letters is one too (MOP18.6bn, SEK250m: `_money_letter_prefixes`)
_OK_LETTER_PREFIX = {"us", "usd", "rmb", "cny", "gbp", "eur", "hk", "hkd", "nt", "ntd", "twd", "cad", "aud",
                     "jpy", "inr", "rs", "mex", "chf", "krw", "btc", "c", "a", "x", "e", "q", "h", "fy", "musd",
                     "meur", "mgbp", "maud", "rm", "myr", "s", "sgd", "nz", "nzd"}


# a figure after a table code glued to it is money when written as money is: decimals, thousands groups or a
# scale word (MOP18.6 billion, SEK250m, PLN3,500); a plain integer stays a code (NIO8, TOP10, and so MOP150 too:
# a price written so is missed rather than every TOP100 read as Tongan money)
_MONEY_SHAPED = re.compile(r"[A-Za-z]+\d{1,3}(?:[.,]\d)|[A-Za-z]+\d+(?:[kmb]n?|mln)?(?= ?(?:[kmb]n?|mln|million|billion|trillion)\b)",
                           re.I)


def _money_shaped(m: re.Match, text: str) -> bool:
    return bool(_MONEY_SHAPED.match(text, m.start()))


@functools.lru_cache(maxsize=4)
def _money_letter_prefixes(K: Knowledge) -> frozenset[str]:
    """The unit table's money prefixes written in letters only (usd, mop, sek), lower-cased: a code glued to the
    figure names its currency, so "MOP18.6" is money, not an identifier like "H100"."""
    return frozenset(f.form.lower() for f in K.prefix_units.forms if f.form.isascii() and f.form.isalpha())


@functools.lru_cache(maxsize=4)
def _mask_patterns(K: Knowledge) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The mask patterns with the English month names of the data table filled in: the text masks, the same
    without URLs and e-mail addresses (for the many lines with no "@", "://" or "www.": every match then starts
    with a letter, which a lookahead tests once per position), and the digit masks."""
    months = "|".join(re.escape(m) for m in K.months)
    text = _TEXT_MASKS.replace("{months}", months)
    letters = "(?=[A-Za-z])(?:(?P<ident>" + text.split("|(?P<ident>", 1)[1] + ")"  # ident and endate
    return (re.compile(text), re.compile(letters), re.compile("".join(_DIGIT_MASKS).replace("{months}", months)))


@functools.lru_cache(maxsize=4)
def _clock_pattern(K: Knowledge) -> re.Pattern | None:
    """下午3点, 晚上八点半, 星期三, 周五: times of day and weekdays written with Chinese numerals or digits."""
    parts = []
    if K.time_of_day:
        tod = "|".join(re.escape(w) for w in K.time_of_day)
        parts.append(rf"(?:{tod})\s?{_CN_NUM}\s?[点时](?:\s?(?:[半整钟]|{_CN_NUM}\s?分))?")
    if K.weekday_before:
        wd = "|".join(re.escape(w) for w in K.weekday_before)
        parts.append(rf"(?:{wd})[一二三四五六日天](?!\s?[次个天年月周日期])")
    return re.compile(first_chars(K.time_of_day + K.weekday_before) + "(?:" + "|".join(parts) + ")") if parts else None


@functools.lru_cache(maxsize=4)
def _clock_triggers(K: Knowledge) -> re.Pattern:
    words = K.time_of_day + K.weekday_before  # (literal words: the engine skips to their first characters itself)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")")


@functools.lru_cache(maxsize=4)
def _label_pattern(K: Knowledge) -> re.Pattern:
    """图1-1, 表 2, Figure 3.2, 第5章 ... and the name phrases (十四五): whole tokens without claims."""
    words = _label_words(K)
    labels = "|".join(re.escape(w) for w in words)
    names = _trie(K.name_phrases)
    return re.compile(first_chars(words + list(K.name_phrases))
                      + rf"(?:(?P<label>(?<![A-Za-z])(?:{labels})\s?\d+(?:[-.–]\d+)*(?!\d|%|,\d))|(?P<name>{names}))")


def _label_words(K: Knowledge) -> list[str]:
    return [w for w in K.mask_labels or K.labels_before if w not in ("第",) and len(w) > 1 or w in ("图", "表")]


@functools.lru_cache(maxsize=4)
def _label_starts(K: Knowledge) -> re.Pattern:
    """Any label word or name phrase of _label_pattern (a trie: its first characters make one class, which the
    regex engine skips to): a match of _label_pattern starts only where one of them does."""
    return re.compile(_trie(_label_words(K) + list(K.name_phrases)))


def _labels(text: str, K: Knowledge):
    """`_label_pattern(K).finditer(text)`, the pattern tried only where a label word or a name phrase starts."""
    pat, starts = _label_pattern(K), _label_starts(K)
    pos = 0
    while (c := starts.search(text, pos)) is not None:
        m = pat.match(text, c.start())
        if m:
            yield m
            pos = m.end()
        else:
            pos = c.start() + 1


def _letter_masks(text: str, letter_masks: re.Pattern):
    """`letter_masks.finditer(text)`, tried only where _LETTER_MASK_AT says a match may begin."""
    pos = 0
    for c in _LETTER_MASK_AT.finditer(text):
        if c.start() >= pos and (m := letter_masks.match(text, c.start())):
            yield m
            pos = m.end()


def _list_numbers(text: str):
    """`_LIST_AR.finditer(text)`, tried at the line's start and where _LIST_AR_AT says a list number may begin."""
    pos = 0
    m = _LIST_AR.match(text)
    if m:
        yield m
        pos = m.end()
    for c in _LIST_AR_AT.finditer(text):
        if c.end() >= pos and (m := _LIST_AR.match(text, c.end())):
            yield m
            pos = m.end()


def _trie(words) -> str:
    """One regular expression for a word list, as a trie: the longest word at a position, as a longest-first
    alternation finds it, without trying each of some hundred phrases in turn."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie) or "(?!)"


def first_chars(words) -> str:
    """A lookahead on the words' first characters: an alternation of many words then fails at most positions
    after one character-class test instead of one test per word."""
    chars = sorted({c for w in words if w for c in (w[0], w[0].lower(), w[0].upper())})
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


_HOUR_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|[01]?\d)"
_MINUTE_WORDS = r"(?:five|ten|twenty|twenty-five|[1-5]?\d)"
# a clock time in words: half past three, (a) quarter to five, ten past nine, 20 minutes to six, three o'clock
# (not "ten to twelve": a range; "to" reads as a time only after half, quarter or minutes)
_WORD_CLOCK = re.compile(
    rf"(?i)(?=[aqhftosenm\d])(?:(?<![a-z-])(?:(?:(?:a )?quarter|half) (?:past|to|after)|{_MINUTE_WORDS}(?: minutes?)? (?:past|after)"
    rf"|{_MINUTE_WORDS} minutes? to) {_HOUR_WORDS}(?![a-z\d-]|\s?(?:%|per\b|percent|million|billion|thousand|hundred))"
    rf"|(?<![a-z-]){_HOUR_WORDS} o['’]clock)")


@functools.lru_cache(maxsize=1)
def _rating_scale() -> tuple[re.Pattern, tuple[str, ...]] | None:
    """nonclaims.toml [rating_scale]: a rating and a colon opening the line, and the benchmark words."""
    from ..knowledge import _data, to_simplified

    t = _data("nonclaims.toml").get("rating_scale")
    if not t:
        return None
    labels = sorted({to_simplified(w) for w in t.get("labels", [])}, key=len, reverse=True)
    pat = re.compile(r"^\s*(?:[-*•]\s*)?[(（【\[]?(?:" + "|".join(map(re.escape, labels)) + r")[)）】\]]?\s*[：:]")
    return pat, tuple(to_simplified(w).lower() for w in t.get("benchmarks", []))


def rating_definition(text: str) -> bool:
    """The line defines a broker's rating (买入：相对大盘涨幅大于10%; Buy: to outperform the index by over 15%)."""
    got = _rating_scale()
    if got is None or not got[0].match(text):
        return False
    low = text.lower()
    return any(w in low for w in got[1])


# a coordinate: degrees, with minutes and seconds, then a hemisphere's letter ("37°N", "36°32′ 56″N"), or after
# 北纬/东经 (either script) or "latitude"/"longitude", with the other end of a span ("东经99°36′~100°16′"); an angle
# or a temperature names no hemisphere ("a 45° slope", "35°C")
_DMS = r"\d{1,3}(?:\.\d+)?\s*°(?:\s*\d{1,2}(?:\.\d+)?\s*(?:′′|″|[′'’]{1,2}|\")(?:\s*\d{1,2}(?:\.\d+)?\s*(?:″|′′|[\"”]))?)?"
_COORDINATE = re.compile(rf"(?:(?:北纬|南纬|东经|西经|北緯|南緯|東經|西經|(?<![a-z])(?:latitude|longitude))\s*(?:of\s+)?"
                         rf"{_DMS}(?:\s*[~～\-–—至到]\s*{_DMS})?\s*[NSEW]?|{_DMS}\s*[NSEW](?![A-Za-z\u3400-\u9fff]))",
                         re.I)


# the small words a figure follows, glued to it where a page lost the space between ("is55.86 meters", "to3.97
# degrees"): a figure, as no code or model starts with them (iPhone15, H100, A800 do not)
_FUNCTION_WORDS = frozenset({"is", "was", "are", "were", "be", "been", "to", "of", "at", "by", "from", "about",
                             "around", "nearly", "over", "than", "and", "with", "only", "reaching", "reached"})
_SPACE_OR_START = re.compile(r"\s|$")
_GLUED_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")
# (not where another glued figure follows, "is12 to18 metres", "was5 by4 metres": a range or a size the lost spaces
# leave no way to read whole)
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_WORD_AFTER_FIGURE = re.compile(r"\s*(?!(?:to|and|or|by|x)\d)(?:%|[A-Za-z°])")


def masked_spans(text: str, K: Knowledge) -> list[tuple[int, int, str]]:
    """Spans of the normalised line that hold no claim, with their kind."""
    spans: list[tuple[int, int, str]] = []
    if ("：" in text or ":" in text) and rating_definition(text):
        return [(0, len(text), "rating")]
    if " past " in text or " to " in text or "clock" in text or " after " in text:
        spans += [(m.start(), m.end(), "time") for m in _WORD_CLOCK.finditer(text)]
    for m in _labels(text, K):
        spans.append((m.start(), m.end(), m.lastgroup or "label"))
    clock = _clock_pattern(K)
    if clock is not None and _clock_triggers(K).search(text):
        for m in clock.finditer(text):
            spans.append((m.start(), m.end(), "time"))
    text_masks, letter_masks, digit_masks = _mask_patterns(K)
    # every mask below but URLs and e-mail addresses holds a digit: a line without one (Chinese prose with 一些,
    # 一直) needs none of those searches
    has_digit = _DIGIT.search(text) is not None
    has_latin = _HAS_LATIN.search(text) is not None
    if has_digit:
        spans += furniture.spans(text, has_latin, has_digit)
    if not has_latin:
        found = []
    elif "@" in text or "://" in text or "www." in text:
        found = list(text_masks.finditer(text))
    elif has_digit:
        found = list(_letter_masks(text, letter_masks))
    else:
        found = []
    pos = 0
    for c in (_DIGIT_MASK_START.finditer(text) if has_digit else ()):
        if c.start() < pos or text[c.start()] not in "(（+" and not _MASK_AFTER_DIGITS.match(text, c.end()):
            continue
        m = digit_masks.match(text, c.start())
        if m:
            found.append(m)
            pos = m.end()
    for m in found:
        kind = m.lastgroup or ""
        if kind == "hour":
            if _HOUR_WHEN.search(text, max(0, m.start() - 24), m.start()):
                continue
            kind = "time"
        if kind == "ident":
            letters = re.match(r"[A-Za-z]*", m.group()).group().lower()
            if (letters in _OK_LETTER_PREFIX or letters in _money_letter_prefixes(K) and _money_shaped(m, text)) \
                    and re.fullmatch(r"[A-Za-z]+\d[\d.,]*(?:[kmbt]n?|mln)?", m.group()):
                continue  # USD100, Q2 and similar are handled by the quantity rules
            if not letters and re.fullmatch(r"\d+(?:[eE]\d+|[A-Za-z]+\d{0,2})", m.group()):
                continue  # 2e5, 24703m2, 4km2
            if letters in _FUNCTION_WORDS and m.group()[:len(letters)].islower() and _SPACE_OR_START.match(
                    text[m.start() - 1:m.start()]) and _GLUED_FIGURE.fullmatch(m.group(), len(letters)) and \
                    _WORD_AFTER_FIGURE.match(text, m.end()) and not _DIGIT_BEFORE.search(text, max(0, m.start() - 4),
                                                                                          m.start()):
                continue  # "the tower is55.86 meters", "reduced to3.97 degrees": a space lost after a word
            if letters in ("to", "through", "thru") and m.group()[len(letters)] == "-" and m.start() > 1 and \
                    text[m.start() - 1] == "-" and text[m.start() - 2].isalnum():
                continue  # 18-to-24, five-to-10-year: the second end of a hyphenated range, no code "to-24"
            if m.end() < len(text) and text[m.end()] in _FIGURE_AFTER_ACRONYM and _ACRONYM_FIGURE.fullmatch(m.group()):
                continue  # 人均GDP1.2万美元, CPI2.1%: an indicator glued to its figure (PM2.5浓度 stays a code)
        spans.append((m.start(), m.end(), kind))
    if "°" in text:  # a place's coordinates ("37°N 108°W", "36°32′ 56″N", 东经99°36′~100°16′, 北緯13°附近)
        spans += [(m.start(), m.end(), "coordinate") for m in _COORDINATE.finditer(text)]
    if "、" in text or ")" in text or "）" in text:  # a Chinese list number ends with one of them
        for m in _LIST_CN.finditer(text):
            spans.append((m.start(), m.end(), "list"))
    for m in (_list_numbers(text) if has_digit else ()):
        # "1.美国" is a list number; "1.5%" is not (the regex refuses a digit after the point)
        spans.append((m.start(), m.end(), "list"))
    m = _TOC_TAIL.search(text, _toc_from(text)) if _ends_in_digit(text) else None  # a page number ends the line
    if m and _looks_like_toc(text, m):
        spans.append((m.start(), m.end(), "page"))
    spans.sort()
    return spans


def _ends_in_digit(text: str) -> bool:
    """`text.rstrip()[-1:].isdigit()`, without copying the line."""
    k = len(text)
    while k and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1].isdigit()


def _toc_from(text: str) -> int:
    """Where a match of _TOC_TAIL can start at the earliest: every one runs to the end of the line in dots,
    ellipses, middle dots, white space and digits, so it starts inside the line's tail of those (a superset:
    isdigit holds for every \\d). The search from there finds the same leftmost match without trying each
    place of a long line."""
    k = len(text)
    while k and (text[k - 1] in ".…·" or text[k - 1].isspace() or text[k - 1].isdigit()):
        k -= 1
    return k


def _looks_like_toc(text: str, m: re.Match) -> bool:
    head = text[: m.start()].rstrip()
    return bool(head) and not head[-1].isdigit() and "%" not in text[m.start():]


def superscript_at(original: str, start: int, end: int) -> bool:
    """Footnote markers (¹¹) and circled enumerators (①, ⑫: list items, or a phone number spelt with them),
    which NFKC turned into plain digits. The exponent of a power of ten (6.02 × 10²³, 5 × 10⁻³) is none."""
    m = _MARKERS.search(original, start, end)
    while m is not None:
        e = _EXPONENT.search(original, max(0, m.start() - 3), m.start() + 4)
        if e is None or not e.start() <= m.start() < e.end():
            return True
        m = _MARKERS.search(original, e.end(), end)
    return False


_MARKERS = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]")
_EXPONENT = re.compile("(?<=[×x*] )10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|(?<=[×x*])10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")


def names_a_rule(low: str, end: int, K: Knowledge) -> bool:
    """A figure (with its unit) right before a rule word names the rule: 80/20法则, 50%规则, the 4% rule."""
    p = end + 1 if low[end:end + 1] == " " else end
    if not (K.rule_words_after and low.startswith(K.rule_words_after, p)):
        return False
    for w in K.rule_words_after:
        if low.startswith(w, p) and not (w[-1] in LATIN and low[p + len(w):p + len(w) + 1].isalpha()):
            return True
    return False


_YEAR_MARK = re.compile(r"(?:(?<![a-z])(?:q[1-4]|h[12]|fy|cy|[1-4]q|[12]h)|\b(?:in|of|since|by|until)\s)$", re.I)


def is_year(value: float, plain: str | None) -> bool:
    return plain is not None and len(plain) == 4 and 1800 <= value <= 2100


# a table's unit label right before a number: "单位:10亿美元", "Unit: 1,000 tonnes" at a line's or a cell's start
# (not 法人单位3000万个, 每单位5美元, "per unit: 350 euros": 单位 as a noun, a price per unit)
_UNIT_LABEL = re.compile(r"(?:^|(?<=[\s|(（]))(?<!每)(?<!per )(?:金额单位|单位|units?)\s*[:：]\s*$", re.I)


# 每10人中, 每十台中, 每十個人裡, 每100名儿童中: a share's base (the ratio form reads it); and the first end of a
# range (每10-15人: the range is read whole)
_OF_EVERY = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,6}?(?:当中|當中|之中|中|里|裡)|[-–—~～至到])")


def _is_round_base(value: float) -> bool:
    """10, 100, 1,000 … (the bases rates are stated per)."""
    if not 10 <= value <= 1e12 or value != int(value):  # (a run of digits may be too long for any base)
        return False
    n = int(value)
    while n % 10 == 0:
        n //= 10
    return n == 1


def _after_word(stripped: str, words: tuple[str, ...]) -> bool:
    """`stripped` (the text before a number, right-stripped) ends with one of `words`, a whole word if Latin."""
    folded = stripped.lower()
    return any(stripped.endswith(w) if w[0] not in LATIN else
               folded.endswith(w) and not stripped[-len(w) - 1:-len(w)].isalpha() for w in words)


@functools.lru_cache(maxsize=4)
def _han_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The Chinese words of `names_after` (one tuple per knowledge base, kept)."""
    return tuple(nm for nm in names if "\u4e00" <= nm[0] <= "\u9fff")


def reject(text: str, low: str, start: int, end: int, core_plain: str | None, value: float,
           has_unit: bool, unit_kind: str | None, K: Knowledge, scaled: bool = False) -> str | None:
    """Why the number at text[start:end] (its unit already attached up to `end`) is not a claim, or None.
    `scaled`: a scale word (million, 万) ends the number; no rank, product or series is numbered that way, so a
    capitalised word before it ("India Reports 640 Million Users", "TO CARRY 4 BILLION") names nothing and
    "top" before it is a verb ("shipments could top 30 million units")."""
    before = text[max(0, start - 12):start]
    after = text[end:end + 12]
    stripped = before.rstrip()
    # a rank threshold: 排名前三, 顶尖(前2%), the top 10% (前三个月 has a unit and is a time frame instead)
    rank = K.rank_prefix and stripped.endswith(K.rank_prefix) and not (
        K.rank_prefix_not_after and stripped.endswith(K.rank_prefix_not_after))
    for w in (K.rank_prefix if rank else ()):
        if scaled and w[0] in LATIN:
            continue
        if stripped.endswith(w) and (len(stripped) == len(w) or w[0] not in LATIN
                                     or stripped[-len(w) - 1] not in LATIN):
            nxt = after.lstrip(" ")[:1]
            if unit_kind in ("count", "percent") and (not has_unit or unit_kind == "percent" or nxt in _RANK_UNITS) and (
                    nxt == "" or nxt in _RANK_NEXT or unit_kind == "percent" or (_CJK.match(nxt) and not has_unit)
                    or (w[0] in LATIN and not has_unit and nxt in LATIN)):  # a top-five finish, the top 10 firms
                return "rank"
    # a numeral and a unit spelling a word, 四周 "all around" (湖的四周有雪山环绕), unless a word of time stands beside
    # it (为期四周, 四周后: four weeks)
    w = next((w for w in K.unit_words if text.startswith(w, start)), None)
    if w is not None and not (stripped.endswith(K.unit_words_time_before) or
                              text.startswith(K.unit_words_time_after, start + len(w))):
        return "word"
    # a table's unit stated with a number: 单位:10亿美元, "Unit: 1,000 tonnes" (a label, not a figure)
    if has_unit and _UNIT_LABEL.search(text, max(0, start - 16), start):
        return "unit label"
    # a number inside a name: S&P 500, Fortune 500, 财富500强
    if not has_unit and K.name_words_before and stripped.endswith(K.name_words_before):
        return "name"
    # the base of a rate: "134 new cases per 100,000 people", 每10万人52例 (a power of ten, counted)
    # (每10人中就有3人 is a share: the ratio form reads it whole)
    if unit_kind == "count" and _is_round_base(value) and _after_word(stripped, K.rate_base_before) and \
            not _OF_EVERY.match(after):
        return "rate base"
    # a bare number before a model variant word names the model: 737 Max, eight 767 Freighters, 777-300ER
    if not has_unit and K.model_words_after is not None and core_plain is not None and len(core_plain) >= 3 and (
            K.model_words_after.match(text, end)
                                                               or _VARIANT_CODE.match(text, end)):
        return "name"
    # a bare number right before 指数 or "index" names the index (沪深300指数, 中证1000指数, the Nasdaq-100 Index,
    # FTSE 250 index), unless points follow (50 index points is a move)
    if not has_unit and _INDEX_AFTER.match(text, end):
        return "name"
    # a year in two digits after an apostrophe: Q2'24, FY'24, CY’25, "in '24"
    if core_plain is not None and len(core_plain) == 2 and not has_unit and start > 0 and text[start - 1] in "'’" \
            and _YEAR_MARK.search(text, max(0, start - 7), start - 1):
        return "year"
    # a year in two digits before 年 and a part of it: 23年收入, 24年Q1 (SHORT_YEAR)
    if core_plain is not None and len(core_plain) == 2 and (not has_unit or unit_kind == "year_word") and \
            SHORT_YEAR.match(text, start):
        return "year"
    # years used as periods: 2023年, in 2009, 1990s, a bare 2025
    if core_plain is not None and is_year(value, core_plain):
        if not has_unit or unit_kind == "year_word" or after.startswith(("年", "s", "'s", "’s")):
            return "year"
    # Taiwan's Minguo years: 民國113年, 114年旅客統計 (a 3-digit year 100-130 before 年 that no duration word
    # follows or precedes: 有113年历史, 长达120年 are durations)
    # (a space may stand before 年: "114 年 12 月")
    roc = after.lstrip(" ")
    if (core_plain is not None and len(core_plain) == 3 and 100 <= value <= 130 and roc.startswith("年")
            and (stripped.endswith("民国") or not (roc[1:].lstrip(" ").startswith(_DURATION_AFTER)
                                                 or stripped.endswith(_DURATION_BEFORE)))):
        return "year"
    # labels: 图1, 表 2, Figure 3 (a unit after the number makes it a quantity: 注 1000万元 is money)
    if stripped.endswith(":") and K.labels_before:
        counter = stripped[:-1].rstrip()  # 浏览次数：12,345, Views: 3,201: a counter word may take a colon
        if counter.endswith(K.labels_before) and not counter.endswith(K.mask_labels or ()):
            stripped, before = counter, counter + " "
    for lab in K.labels_before if not has_unit and not scaled and stripped.endswith(K.labels_before) else ():
        if stripped.endswith(lab):
            pre = stripped[-len(lab) - 1:-len(lab)]
            if pre.isdigit():
                continue
            if lab[-1] in LATIN and len(stripped) > len(lab) and stripped[-len(lab) - 1] in LATIN:
                continue
            if lab[0] in LATIN and before[len(stripped):] == "" and lab.lower() not in ("v", "no.", "nr.", "#", "p."):
                continue
            return "label"
    # (a Chinese name after a space: "( 2023年11月29日 15 版)", a newspaper's page)
    if text[end:end + 1] == " " and "\u4e00" <= text[end + 1:end + 2] <= "\u9fff" and unit_kind not in ("ratio", "percent") \
            and text.startswith(_han_names(K.names_after), end + 1):
        return "name"
    # a name right after, glued to the number: 5G, 7nm (a process node, not a length), 21st, 3号线
    for nm in (K.names_after if unit_kind not in ("ratio", "percent") and text.startswith(K.names_after, end) else ()):
        if text.startswith(nm, end):
            nxt = text[end + len(nm):end + len(nm) + 1]
            if nm[-1] in LATIN and nxt and nxt in LATIN:
                continue
            return "name"
    if not has_unit:
        # a product's number: the 8088 chip, a 747 jetliner, the 386 was; 737客机 (no measure word)
        if core_plain is not None and value != 1 and not scaled and _product_number(text, low, start, end, core_plain, K):
            return "name"
        # a goal or target named by its number: Sustainable Development Goal 8, SDG 3, target 3.4, 可持续发展目标8.7
        # (a level is no label: "the target 500 was met", 全年目标300, "Target: 500 homes")
        if not scaled and _GOAL_BEFORE.search(before) and (_DOTTED.fullmatch(text, start, end) or (
                core_plain is not None and len(core_plain) <= 2 and _NAMED_GOAL.search(before))):
            return "label"
        # a footnote's number glued to a sentence's full stop: "… 129 countries worldwide.4", "… supplies.2 The"
        if core_plain is not None and len(core_plain) <= 2 and start > 1 and text[start - 1] == "." and \
                text[start - 2].isalpha() and _FOOTNOTE_AFTER.match(text, end):
            return "footnote"
        # glued to Latin letters on either side: model numbers, codes (H100, A800, iPhone15)
        if start > 0 and text[start - 1] in LATIN:
            return "identifier"
        if end < len(text) and text[end] in LATIN and not (scaled and text[end + 1:end + 2] in LETTER_NAME_TAILS):
            return "identifier"  # (150万C型肝炎患者, 3000万A股投资者: a scaled count before a type's letter)
        # a Capitalised word right before: Switch 2, Seedance 2.0, Llama 3
        m = _NAME_BEFORE.search(before) if before[-1:].isspace() and before[-1:] != "\t" and not scaled else None  # (a tab: a cell)
        if m and FIGURE_ROW.match(text, start):
            m = None  # Iraq 4.67 4.76 4.65 …: the word labels a row of figures, it names no product
        if m and m.group(1).lower() not in _NOT_NAMES and (_CJK.search(text) or _product_name(m, K)) \
                and not _table_cell(text[start:end], after) and \
                not (m.group(1) in _INTERVAL_WORDS and _PERCENT_RANGE_AFTER.match(after)):
            return "name"
        # a number word in a name: "the Three Gorges Dam", "the Seven Summits", "China Three Gorges" (a capitalised
        # word after it, and "the" or another capitalised word before it, or two after it on a heading's line);
        # "Three of these were in China", "Two New Zealand climbers died" opening a sentence stay counts
        if _NUMBER_WORD_NAME.fullmatch(text, start, end) and _CAPITAL_WORD_AFTER.match(text, end) and (
                _NAME_LEAD.search(text, max(0, start - 16), start) or (
                    _TWO_CAPITALS_AFTER.match(text, end) and _heading_line(text, start))):
            return "name"
        # a street address: 10 Downing Street, 1600 Pennsylvania Avenue, 221 Baker St.
        if _STREET_AFTER.match(text, end):
            return "address"
        # "1 )" and "2 )": list markers without an opening bracket
        if after.lstrip(" ")[:1] in (")", "）") and "(" not in before and "（" not in before:
            return "list"
        # a bare code in brackets: (300750), （2330）, [12] (not a scaled figure: "malaria cases (246 million)")
        if before.endswith(("(", "（", "[", "【", "〔")) and (after[:1] in (")", "）", "]", "】", "〕", ",", "、", ".")):
            if core_plain is not None and not scaled and not _counts_in_a_list(text, start, after, core_plain):
                return "code"
        # long digit strings are identifiers (licence, account, phone numbers)
        if core_plain is not None and len(core_plain) >= 8:
            return "identifier"
        if core_plain is not None and len(core_plain) > 1 and core_plain.startswith("0"):
            return "identifier"
    # page furniture (furniture.py): counters, reading times, stamps, list numbers, tenors; asked last, of the
    # numbers no rule above took
    return furniture.reason(text, low, start, end, core_plain, has_unit, scaled)


_NUMBER_WORD_NAME = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Hundred|Thousand)")
_CAPITAL_WORD_AFTER = re.compile(r" [A-Z][a-z]+\b(?!['’]s\b)")
_TWO_CAPITALS_AFTER = re.compile(r" [A-Z][a-z]+ [A-Z][a-z]+\b")
_NAME_LEAD = re.compile(r"(?:\b[Tt]he|[A-Z][a-z]+) $")


def _heading_line(text: str, start: int) -> bool:
    """The number word opens a line that no full stop, question or exclamation mark ends: a heading."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    line = text[ls:le if le >= 0 else len(text)].rstrip()
    return not text[ls:start].strip() and not line.endswith((".", "!", "?", "。"))


# a name and a small count in brackets, in a list of three or more: "Khyber Pakhtunkhwa (91), Sindh (24), Balochistan
# (11) and Punjab (8)", "Afghanistan (651), Ukraine (580), Yemen (499)"
_NAMED_COUNT = re.compile(r"\b[A-Z][\w.’'\-]*\s?\((?!0)\d{1,3}\)")
_LIST_SEPARATOR = re.compile(r"\s*(?:,|、|;)?\s*(?:(?:and|or)\s+)?(?:[A-Z][\w.’'\-]*\s+){0,3}")
_SEPARATES = re.compile(r"[,、;]|\band\b|\bor\b")  # (a space alone is none: "Arsenal (2) Chelsea (1)")
LIST_OF_COUNTS = 3  # items a list of names and counts needs ("Joe Biden (81) and Donald Trump (78)": ages, not a list)


def _counts_in_a_list(text: str, start: int, after: str, plain: str) -> bool:
    """A number of one to three digits (no leading zero) in round brackets right after a capitalised word, in a run
    of LIST_OF_COUNTS or more such "Name (N)" items joined by commas, 、 or "and": each name's count, not a code or a
    reference's number ((300750), （2330）, [12], "Section (3) and Article (12)", "Arsenal (2) Chelsea (1)" stay
    none)."""
    if len(plain) > 3 or plain.startswith("0") or not text[max(0, start - 2):start].rstrip().endswith("(") or \
            after[:1] != ")":
        return False
    items = list(_NAMED_COUNT.finditer(text, max(0, start - 400), min(len(text), start + 400)))
    runs, run = [], []
    for m in items:
        if run and not (_LIST_SEPARATOR.fullmatch(text, run[-1].end(), m.start()) and
                        _SEPARATES.search(text, run[-1].end(), m.start())):
            runs.append(run)
            run = []
        run.append(m)
    runs.append(run)
    return any(len(r) >= LIST_OF_COUNTS and any(m.start() < start < m.end() for m in r) for r in runs)


def _product_number(text: str, low: str, start: int, end: int, plain: str, K: Knowledge) -> bool:
    """A bare number that names a model (nonclaims.toml [product_nouns]): three or more digits and a singular
    product noun after one space (the 8088 chip), or 'the' before and a singular verb after (the 486 was); two or
    more digits glued to a Chinese product noun (737客机). A plural noun or a measure word makes a count."""
    if end >= len(text):
        return False
    if _CJK.match(text[end]):
        return len(plain) >= 2 and bool(K.product_nouns_zh) and text.startswith(K.product_nouns_zh, end)
    if len(plain) < 3 or text[end] != " ":
        return False
    m = _WORD_AFTER.match(low, end + 1)
    if m is None:
        return False
    word = m.group()
    if word in K.product_nouns_en:
        return True
    return word in K.product_verbs and _THE_BEFORE.search(low, max(0, start - 5), start) is not None


_WORD_AFTER = re.compile(r"[a-z]+(?![a-z'-])")
_THE_BEFORE = re.compile(r"(?<![a-z])the $")


def _table_cell(number: str, after: str) -> bool:
    """A figure after a name that no product number looks like: grouped in thousands ("Dell 10,166"), or
    followed by more figures ("Lenovo 19.4 25.5% 16.5"): a row of a table that lost its grid."""
    return bool(_THOUSANDS.fullmatch(number) or _NEXT_FIGURE.match(after))


_VARIANT_CODE = re.compile(r"-\d{2,4}[A-Z]{1,3}(?![A-Za-z0-9])")  # 777-300ER, 737-800BCF: a model and its variant
_INDEX_AFTER = re.compile(r"\s?(?:指数|[Ii]ndex)(?!\s?(?:points?|点|[a-z]))")
_NAME_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z][a-z]+)\s$")
_STREET_AFTER = re.compile(r"[A-Z]?\s(?:(?:[A-Z][a-z]+|[0-9]+(?:st|nd|rd|th))\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|"
                           r"Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Crescent|Parkway|Pkwy|"
                           r"Highway|Hwy)\b")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# the low end of an interval of percentages after its statistics term ("[95 % CI 19.3–20.3 %]", "UI 10.1–12.4%"):
# no product's number ("iPhone 15–20%" stays as it was)
_INTERVAL_WORDS = frozenset({"CI", "CIs", "CrI", "UI"})
_PERCENT_RANGE_AFTER = re.compile(r"\s?[–—\-~～]\s?\d[\d.,]*\s?(?:%|percent\b|per cent\b)")
_NEXT_FIGURE = re.compile(r"\s+[-+]?\d[\d.,]*%?(?:\s|$)")


# a year written in two digits before 年 and a part of the year, or what a report counts in one (23年收入, 24年Q1,
# 23年全年, 24年上半年, 25年第一季度, 23年年报, 23年底): 2023, 2024 …, as brokers' notes abbreviate them, where it
# opens its clause or follows a word of time (在, 于, 自, 从, 至, 到, 截至); not a count of years (这23年收入, 过去15年收入,
# 第23年收入, 干了25年业绩, 长达23年), nor a fiscal year's digits (FY25 年全年) (context/period.py reads the year)
SHORT_YEAR = re.compile(r"(?<![^\s,，。；;：:、（(“\"「【）)\]！？!?在于於自从從至到止])"
                        r"(1[5-9]|2\d|3\d)\s*年\s*(?:(?:第\s*)?([一二三四1-4])\s*季度?|[qQ]([1-4])|([上下])半年|[hH]([12])|"
                        r"(?=全年|前三季|年报|年報|年度|年末|年底|年初|[底末初]|收入|营收|營收|营业收入|營業收入|净利|淨利|归母|歸母|"
                        r"业绩|業績))")


_DURATION_AFTER = ("历史", "来", "以来", "前", "后", "间", "之久", "内", "左右", "多", "余")
_DURATION_BEFORE = ("长达", "历时", "历经", "达", "超过", "逾", "近", "有", "共", "已", "经过", "过去", "约")
_RANK_NEXT = set("名位强大的,.;:)）、。，；：%")
_RANK_UNITS = set("名位强大")  # 前三名, 前五大: a rank word read as a measure word is still a rank threshold


def _product_name(m: re.Match, K: Knowledge) -> bool:
    """On an English line, a capitalised word right before a bare number names a product or a series
    (Windows 11, iPhone 15, Ryzen 7, Apollo 11) unless it is a function word that starts a sentence (About
    40, Some 300, Of 300 respondents)."""
    word = m.group(1).lower()
    if word in _NOT_NAMES or word in _EN_FUNCTION:
        return False
    for index in (K.prefix_units, K.suffix_units):  # USD 25, Celsius 30: a unit word, not a name
        f = index.match(word, word, 0)
        if f is not None and len(f.form) == len(word):
            return False
    return True


_EN_FUNCTION = {"a", "an", "all", "another", "each", "these", "those", "this", "that", "its", "their", "his", "her",
                "our", "your", "my", "we", "they", "he", "she", "it", "i", "you", "there", "here", "what", "when",
                "where", "why", "how", "who", "which", "since", "after", "before", "during", "until", "overall",
                "but", "or", "nor", "so", "yet", "if", "as", "than", "then", "on", "into", "onto", "per", "via",
                "plus", "minus", "times", "less", "more", "fewer", "least", "most", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday", "among", "within", "without", "across",
                "including", "excluding", "like", "unlike", "despite", "although", "though", "while", "because",
                "once", "twice", "every", "both", "either", "neither", "no", "not", "now", "today", "yesterday",
                "tomorrow", "last", "next", "first", "final", "net", "gross", "average", "median", "mean",
                "exactly", "precisely", "around", "also", "still", "even", "already", "almost", "nearly", "only",
                "just", "about", "some", "over", "under", "down", "reached", "hit", "topped", "see", "note",
                "record", "estimated", "additional", "further"}
_NOT_NAMES = {"about", "around", "over", "under", "nearly", "almost", "some", "than", "the", "and", "by", "to",
              "from", "of", "in", "at", "up", "approximately", "roughly", "between", "only", "just", "total",
              "totaled", "totalled", "were", "was", "is", "are", "with", "for", "only"}
