"""Page furniture: the numbers a web page prints around an article, not in it. Vocabulary in nonclaims.toml
[furniture]; the forms are these.

Judged one number at a time (`reason`, called by nonclaims.reject):

    counters       阅读次数:10087, 热度:96°C (a counter's word and a colon: any figure), 17:33 點閱 5781 次 (the
                   word and a space, opening the line or after a time stamp), 4527 阅读, 291阅,
                   2718次浏览, 0 Comment(s) (the word after), "0 条" (a line of nothing else); a bare number glued
                   to the seconds of a time stamp or after a dated stamp at the end of its line
                   (16:58:35435, 2024年06月08日 08:00 62, 2025-12-30 403)
    reading        全文共824字, reading time: 2 minutes, 1 Min Read, (CONTINUED - 960 WORDS)
    time zones     (GMT+3), 21:13 UTC+8
    code           "width" : 220 (a JSON key), 16 px (a screen size)
    list numbers   1全球葡萄酒产量: (a number glued to a heading), 1 三星 57.5 (a rank opening the row),
                   1 Production (a heading), • 8 (a bullet and a number alone)
    dates          (編輯:郭無患)1130706: a Minguo date closing a news agency's byline; 20192024年: two years run
                   together

Masked whole, before numbers are read (`spans`, called by nonclaims.masked_spans):

    licences       京ICP备05069564号-1, 京公网安备1101054484号
    ticker tapes   AIRLINK 202.60 Increased By ▲ 1.70 (0.85%)
    garbled text   8 R* f, ?0 n2 G& d4 z( N (anti-scraping noise), 2 0 2 3 C h i n a (letter-spaced text)
    spam           600cc全讯白菜网
    phone lines    電話:(香港)852-2564 0768
    list numbers   1.2024年全球黄金 (a list number opening the line, glued to a year)

Near misses stay claims: 全国阅读人数达4.8亿 (no counter form), 发布了12条新规 (条 before a noun), top 5 firms
held 80%, a bare number alone on its line (a table cell).
"""
from __future__ import annotations

import functools
import re

_BULLET_CHARS = "•·▪●◦‣►▶"
_SPACED = re.compile(r"[\d,.]+\s?(?:人次|次)?")
_BULLET_LEAD = re.compile(rf"\s*[{_BULLET_CHARS}]\s*")
_TERM_FIRST = frozenset("个年月天日周星-ymwd")  # where a tenor's tail may begin
_BLANK = re.compile(r"\s*")
_HEDGES = ("大约", "约", "近", "about", "approx.", "approx", "around", "~")


@functools.lru_cache(maxsize=1)
def _vocab() -> dict:
    from ..knowledge import _data, to_simplified

    t = _data("nonclaims.toml").get("furniture", {})
    return {k: sorted({to_simplified(w) for w in v}, key=len, reverse=True) for k, v in t.items()}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in words) or "(?!)"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    v = _vocab()
    # a counter's word (not the end of a longer word) and a colon, right before the number
    before = rf"(?:^|(?<=[\s\d|/·•,、;；()（）\[\]【】]))(?:{_alt(v.get('counters_before', []))})\s?[:：]\s?$"
    after = rf"\s?(?:{_alt(v.get('counters_after', []))})(?=$|[\s|/·•,、;；:：()（）\[\]【】!！?？.。])"
    # the same word and a space, no colon, opening the line or after a time stamp: 17:33 點閱 5781 次
    spaced = rf"(?:^|(?<=\d\s))(?:{_alt([w for w in v.get('counters_before', []) if not w.isascii()])})\s$"
    reading_after = rf"(?i)\s?(?:{_alt(v.get('reading_after', []))})(?![a-z])"
    lines = rf"\s?(?:{_alt(v.get('counter_lines', []))})\s*$"
    from .nonclaims import _trie

    spam = _trie(v.get("spam_words", []))
    firsts = "".join(sorted({re.escape(w[0]) for w in v.get("spam_words", [])})) or "\\0"
    lasts = "".join(sorted({re.escape(w[-1]) for w in v.get("spam_words", [])})) or "\\0"
    # (one class first, which the regex engine skips to)
    hint = rf"[0-9A-Za-z{lasts}](?:(?<=[0-9A-Za-z])[{firsts}]|(?<=[{lasts}])[0-9A-Za-z])"
    phone = _trie(v.get("phone_labels", [])) + r"\s?[:：]"
    return {"before": re.compile(before), "spaced": re.compile(spaced), "after": re.compile(after), "reading_after": re.compile(reading_after), "line": re.compile(lines), "spam": re.compile(spam),
            "spam_hint": re.compile(hint), "phone_label": re.compile(phone)}


# a time stamp with seconds, a bare number glued to it (16:58:35435: a counter run into the time)
_SECONDS = re.compile(r"\d:[0-5]\d:[0-5]\d$")  # (searched with an end bound: $ is the number's start)
# a date or a time, then spaces, before a number ending its line: 2025-12-30 403, 2024年06月08日 08:00 62,
# 02-24 99815
_STAMP = re.compile(r"(?:\d:[0-5]\d(?::[0-5]\d)?|(?<!\d)[12]\d{3}\s?[-/.年]\s?[01]?\d\s?[-/.月]\s?[0-3]?\d\s?[日号]?"
                    r"|(?<![\d-])0[1-9]-[0-3]\d) +$")
_ZONE = re.compile(r"(?:gmt|utc)\s?[+\-−]?\s?$")
_JSON_KEY = re.compile(r"\"[^\"\s]{1,40}\"\s?:\s?$")
_PIXELS = re.compile(r"\s?px(?![a-z])")
_CJK = re.compile(r"[\u3400-\u9fff]")
_COUNTED_BARE = set("国省市县城区州岛洲")  # nouns Chinese counts with no measure word: 71国, 31省
_HEADING = re.compile(r"[A-Z][a-z]{3,}(?: [A-Za-z&-]+){0,5}\s*$")  # a short title, no figure in it
# words that join a number to the next (a range, a hedge, a list): 5到5300人, 3或4家, 2、3月
_JOINS = set("到至多余来左或和及与比、~-—–")
# a Chinese heading after a list number: a few characters and a colon (1全球葡萄酒产量:), or a short line
_CN_HEADING = re.compile(r"[^\d:：]{2,20}[:：]|[^\d]{2,24}$")
_MINGUO_DATE = re.compile(r"1[01]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_TWO_YEARS = re.compile(r"(?:1[89]|20)\d\d(?:1[89]|20)\d\d")


def reason(text: str, low: str, start: int, end: int, plain: str | None, has_unit: bool, scaled: bool) -> str | None:
    """Why the number text[start:end] (before any unit) is page furniture, or None.

    >>> reason("阅读次数:10087", "阅读次数:10087", 5, 10, "10087", False, False)
    'counter'
    >>> reason("全国阅读人数达4.8亿", "全国阅读人数达4.8亿", 7, 11, None, False, True) is None
    True
    """
    F = _FIRSTS or _firsts()
    a = low[end:end + 3]
    if a[:1] == " ":
        a = a[1:]
    p = text[start - 1] if start else ""
    if p == " " and start > 1:
        p = text[start - 2]
    if a[:1] not in F["next1"] and a[:2] not in F["next2"] and p not in F["prev"] and start \
            and text[0] not in F["lead"] and (plain is None or len(plain) != 8):
        # (no test below can hold: the characters next to the number start or end none of their words)
        if plain is None or has_unit or scaled or end < len(text) and not text[end].isspace():
            return None
        return _stamp(text, start, end, len(text))
    n = len(text)
    nxt = text[end] if end < n else ""
    nx2 = text[end + 1] if nxt == " " and end + 1 < n else nxt  # the character after one space
    prev = text[start - 1] if start else ""
    prev2 = text[start - 2] if start > 1 else ""
    P = _patterns()
    # (each test behind a look at the characters next to the number: most numbers pass them all at once)
    if (prev in ":：" or prev == " " and prev2 in ":：") and prev and \
            P["before"].search(text, max(0, start - 16), start):
        return "counter"
    if prev == " " and not scaled and _SPACED.fullmatch(text, start, end) and P["spaced"].search(
            text, max(0, start - 16), start) and (end == n or text[end].isspace()):
        return "counter"  # (the number and perhaps 次 alone, then the line's end or a space: "收藏 2 万 件" is no counter)
    if nx2 in F["after"] and P["after"].match(text, end):
        return "counter"
    k = start - 1
    while k >= 0 and text[k] in " :：":
        k -= 1
    if k >= 0 and text[k] in F["reading_tail"] and _reading_before(text[max(0, start - 16):start]):
        return "reading"
    if nx2.lower() in F["reading_after"] and nx2 and P["reading_after"].match(low, end):
        return "reading"
    if (prev in "+-−" or prev == " " and prev2 in "+-−") and prev and _ZONE.search(low, max(0, start - 6), start):
        return "time"
    if plain is not None and nx2 in F["line"] and nx2 and P["line"].fullmatch(text, end) \
            and _BLANK.match(text).end() >= start:
        return "counter"
    if plain is not None and len(plain) == 8 and nxt == "年" and _TWO_YEARS.fullmatch(plain):
        return "year"
    if nx2 in _TERM_FIRST and nx2:
        term = _term(text, low, start, end)
        if term is not None:
            return term
    if has_unit or scaled:
        return None
    if plain is not None:
        if (nxt == "" or nxt.isspace()) and _stamp(text, start, end, n):
            return "counter"
        if len(plain) == 7 and prev in (")", "）") and nxt in ("", " ", "#") and _MINGUO_DATE.fullmatch(plain):
            return "date"
    if prev in ": " and prev and '"' in text[max(0, start - 16):start] and \
            _JSON_KEY.search(text, max(0, start - 46), start):
        return "code"
    if nx2 == "p" and _PIXELS.match(low, end):
        return "code"
    if plain is not None and len(plain) <= 2 and (not prev or prev.isspace() or prev in _BULLET_CHARS):
        return _list_number(text, start, end, plain)
    return None


def _stamp(text: str, start: int, end: int, n: int) -> str | None:
    """A bare number ending its line right after a time's seconds (16:58:35435) or a date or time and spaces
    (2025-12-30 403): a counter."""
    if _BLANK.match(text, end).end() == n and (
            _SECONDS.search(text, max(0, start - 9), start) or _STAMP.search(text, max(0, start - 40), start)):
        return "counter"
    return None


_FIRSTS: dict[str, frozenset[str]] | None = None


def _firsts() -> dict[str, frozenset[str]]:
    """The characters a test's words start or end with, for the looks before each test in `reason`: "next", the
    character after the number (after one space) some test needs; "prev", the one before it (before one space)."""
    v = _vocab()
    f = {"after": frozenset(w[0] for w in v.get("counters_after", [])),
         "line": frozenset(w[0] for w in v.get("counter_lines", [])),
         "reading_after": frozenset(w[0].lower() for w in v.get("reading_after", [])),
         "reading_tail": frozenset(w[-1] for w in v.get("reading_before", []) + list(_HEDGES)),
         }
    words = v.get("counters_after", []) + v.get("counter_lines", []) + v.get("reading_after", []) + [
        "个月期", "年期", "月期", "天期", "日期", "周期", "星期", "周岁", "px",  # tenors, ages, pixels
        "year", "yr", "month", "week", "day", "-year", "-yr", "-month", "-week", "-day"]
    f["next1"] = frozenset(w for w in words if len(w) == 1) | set("岁-~～至到")  # (an age range's joiners)
    f["next2"] = frozenset(w[:2].lower() for w in words if len(w) > 1)
    f["prev"] = f["reading_tail"] | set(':："+-−)）') | frozenset(
        w[-1] for w in v.get("counters_before", []) if not w.isascii())  # (17:33 點閱 5781 次)
    f["lead"] = frozenset(" \t\u3000" + _BULLET_CHARS)  # a line opening with these: a list number may follow
    global _FIRSTS
    _FIRSTS = f
    return f


@functools.lru_cache(maxsize=1)
def _term_patterns() -> tuple[re.Pattern, re.Pattern]:
    """nonclaims.toml [tenor]: a tenor after the number (Chinese, English)."""
    from ..knowledge import _data, to_simplified

    t = _data("nonclaims.toml").get("tenor", {})
    no = "".join(re.escape(to_simplified(c)) for c in t.get("zh_not_after", []))
    zh = re.compile(rf"\s?(?:个月|年|月|天|日|周|星期)期" + (rf"(?![{no}])" if no else ""))
    en = re.compile(r"(?:-|\s)?(?:years?|yrs?|months?|weeks?|days?)[-\s](?:"
                    + _alt(sorted({w.lower() for w in t.get("en_nouns", [])}, key=len, reverse=True)) + r")(?![a-z])")
    return zh, en


def _term(text: str, low: str, start: int, end: int) -> str | None:
    """10年期美债, the 10-year Treasury: a tenor ('name'). (An age naming a group, 16-24岁青年, is extract/ages.py's.)"""
    if end >= len(text):
        return None
    zh, en = _term_patterns()
    c = text[end] if text[end] != " " else text[end + 1:end + 2]
    if c in "个年月天日周星" and zh.match(text, end):
        return "name"
    if c in "-ymwd" and en.match(low, end):
        return "name"
    return None


def _list_number(text: str, start: int, end: int, plain: str | None) -> str | None:
    """A list or rank number opening its line before a name (1全球葡萄酒产量:, 1 三星 57.5 7%, 1 Production), or a
    bullet and a number alone (• 8). (A rank inside a table flattened to one line, … 17.3% 2. HP Inc, is left
    to the context stage, which reads such rows back by it.)"""
    if plain is None or len(plain) > 2 or text[start:end] != plain:
        return None  # (1 4/3的美梦: a fraction follows the digits, the figure is more than them)
    if _BLANK.match(text).end() >= start:
        nxt = text[end:end + 1]
        # (a measure word or a unit after the number made it a count before this is asked; a noun counted
        # without one, 71国 or 31省, is no list number: a single digit glued, and never before those)
        if nxt and _CJK.match(nxt) and len(plain) == 1 and nxt not in _COUNTED_BARE and nxt not in _JOINS \
                and _CN_HEADING.match(text, end):
            return "list"  # 1全球葡萄酒产量:中国占… (not 5到5300人: a range)
        if nxt == " " and _CJK.match(text, end + 1) and text[end + 1] not in _COUNTED_BARE \
                and text[end + 1] not in _JOINS:
            return "list"  # 1 三星 57.5 7%: the rank opening a row
        if nxt == " " and _HEADING.match(text, end + 1):
            return "list"  # a heading: 1 Production, 2 Market Overview (not 20 Nm of torque: a symbol)
        return None
    b = _BULLET_LEAD.match(text)
    if b is not None and b.end() == start and _BLANK.match(text, end).end() == len(text):
        return "list"
    return None


def _reading_before(head: str) -> bool:
    """The head ends in a reading-time or length word, then a colon and a hedge maybe: 全文共计约, reading time: ."""
    h = head.rstrip()
    for w in _HEDGES:
        if h.endswith(w):
            h = h[:-len(w)]
            break
    h = h.rstrip(" :：")
    return h.endswith(_reading_words())


@functools.lru_cache(maxsize=1)
def _reading_words() -> tuple[str, ...]:
    return tuple(_vocab().get("reading_before", ())) or ("\0",)


# ---- masks -------------------------------------------------------------------------------------------------

_LICENCE = re.compile(r"(?:ICP|公网安备|网安备)\s?[备证]?\s?[:：]?\s?\d+\s?号?(?:\s?-\s?\d+)?")
_TICKER = re.compile(r"[A-Z][A-Z0-9&.]{1,11} [\d,]+(?:\.\d+)? (?:Increased|Decreased) By [▲▼]?\s?[\d,]+(?:\.\d+)?"
                     r"(?: ?\(\s?[-+]?[\d.]+%\s?\))?")
# runs of six or more tokens of one or two visible ASCII characters: garbled text or text spaced letter by letter
_SHORT_RUN = re.compile(r"(?<![!-~])(?:[!-~]{1,2} ){5,}[!-~]{1,2}(?![!-~])")
_SHORT_HINT = re.compile(r" [!-~]{1,2} [!-~]{1,2} [!-~]{1,2} ")  # (a cheap test first: the run's middle)
_LIST_BEFORE_YEAR = re.compile(r"\s*\d{1,2}\.(?=(?:1[89]|20)\d\d\s?年)")  # at the line's start
_PHONE_RUN = re.compile(r"(?<![\d.,])[(+]?\d[\d\s()+-]{5,}\d(?![\d.,%])")


def spans(text: str, has_latin: bool, has_digit: bool) -> list[tuple[int, int, str]]:
    """Spans of the normalised line that are furniture, with their kind (see the module's list).

    >>> spans("2005- All Rights Reserved 京ICP备05069564号-1", True, True)
    [(27, 42, 'licence')]
    """
    out: list[tuple[int, int, str]] = []
    if not has_digit:
        return out
    m = _LIST_BEFORE_YEAR.match(text)
    if m is not None:
        out.append((m.start(), m.end(), "list"))
    if has_latin and _SHORT_HINT.search(text):
        for m in _SHORT_RUN.finditer(text):
            if _garbled(m.group()):
                out.append((m.start(), m.end(), "garbled"))
    if "ICP" in text or "安备" in text:
        out += [(m.start(), m.end(), "licence") for m in _LICENCE.finditer(text)]
    if has_latin and "creased By" in text:
        out += [(m.start(), m.end(), "ticker") for m in _TICKER.finditer(text)]
    P = _patterns()
    # (spam hides a figure only where a digit or an ASCII letter touches it: 600cc全讯, 全讯800cc)
    for m in P["spam"].finditer(text) if not text.isascii() and P["spam_hint"].search(text) else ():
        s, e = m.start(), m.end()
        while s and text[s - 1].isascii() and text[s - 1].isalnum():
            s -= 1
        while e < len(text) and text[e].isascii() and text[e].isalnum():
            e += 1
        out.append((s, e, "spam"))
    if ":" in text or "：" in text:
        out += _phone_runs(text)
    return out


def _phone_runs(text: str) -> list[tuple[int, int, str]]:
    """On a line where a phone label and a colon stand (電話:(香港)852-2564 0768), the runs of seven or more digits
    joined by hyphens, spaces and brackets."""
    c = _patterns()["phone_label"].search(text)
    if c is None:
        return []
    colon = c.end()
    out = []
    for m in _PHONE_RUN.finditer(text, colon):
        if sum(c.isdigit() for c in m.group()) >= 7 and any(c in " -()" for c in m.group().strip("()+")):
            out.append((m.start(), m.end(), "phone"))
    return out


def _garbled(run: str) -> bool:
    """Most tokens with a letter are odd: one letter, or a letter with a digit or a symbol (R*, n2, G&), and
    at least four are; prose's short words (is, up, 5%, on, Q2) are not."""
    toks = run.split(" ")
    lettered = [t for t in toks if any(c.isalpha() for c in t)]
    odd = [t for t in lettered if len(t) == 1 or not t.isalpha()]
    return len(odd) >= 4 and 2 * len(odd) >= len(lettered) and len(lettered) >= 3
