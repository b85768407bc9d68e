"""Stage 4, context: what each figure is about. One module per facet, each with its forms in its docstring:

    layout.py   blocks, sentences, tables, stat cards, headings, hard-wrapped lines
    names.py    every name in the text (alias table, proper nouns, Chinese organisations, pronouns)
    landmarks.py  mountains, rivers, lakes, seas and dams named in Chinese, in English (三峡大坝 → Three Gorges Dam)
    heads.py    descriptions by a name's head noun ("the dam", 大坝, 这座大坝)
    subject.py  whom the figure is about (open world; pronouns carried; a market when no one is named)
    source.py   who says so (never the subject)
    measure.py  share / growth / level …, and the object the figure measures
    period.py   years, quarters, halves, months, fiscal years, as-of dates; forecast or not
    basis.py    scope, capacity vs output, adjusted, subsets, qualifiers
    across.py   figures read against each other: ellipsis, a change's level, a unit left unsaid
    collector.py  the cyclic garbage collector paused while one document is read (no cycles are made)

`annotate` fills `Claim.context` for the claims of one document; `claims` and `scan` share it.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from ..model import Claim, Context, Document
from ..normalize import NormLine, normalize_text
from . import basis as basis_mod
from . import across, declared, firm_names, heads, landmarks, layout, measure, names, period, source, subject
from .collector import paused
from .view import compared_with, lower, view_of
from .vocab import Vocab, vocab

__all__ = ["annotate", "vocab", "tables", "Vocab"]

tables = vocab  # the name the pipeline used before the facets were split

# a full date, three ways: 2025-03-18 and 2025年3月18日; March 18, 2025; 18 March 2025 (the year in group 1). Each
# is searched alone, the earliest found first (no two can start at one place: one starts with a year, one with
# a month's name, one with a day and a space): alone, each lets the regex engine skip to where it can start
_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
_YMD = re.compile(r"((?:19|20)\d{2})\s*(?:[-/.年])\s*(1[0-2]|0?[1-9])\s*(?:[-/.月])\s*(3[01]|[12]\d|0?[1-9])")
_MDY = re.compile(r"(?:" + _MONTH_NAMES + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d{1,2},?\s+"
                  r"((?:19|20)\d{2})", re.I)
_DMY = re.compile(r"\d\d?\s+(?:" + _MONTH_NAMES + r")\s+((?:19|20)\d{2})", re.I)
# what a text must hold for _MDY to match in it (the letter a month's name ends with, then a day and a year): a
# quick search that spares the slow one (a name in any case can start anywhere) where it cannot match
_MDY_TAIL = re.compile(r"[^\W\d_]\.?\s+\d{1,2},?\s+(?:19|20)\d{2}")


# a Chinese sentence opening with a size word, after a zone of the thing or "total" (总面积, 面积, 海拔, 全长, 风景名胜区
# 面积, 保护区面积, 长约5公里; not 塔式起重机臂长: a crane's; nor 高速公路, 深圳, 长途: words a size character opens)
_SIZE_OPENS = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,6}[区區])?(?:总|總|全|平均|最大)?(?:面积|面積|海拔|长度|長度|全长|全長|"
                         r"高度|深度|周长|周長|体积|體積|容积|容積|占地|佔地|"
                         r"(?:长|長|宽|寬|高|深)(?=\s*[\d约約达達为為:：逾超近]))")
_OPENING_MARKS = " \t,，、“”\"'「」《》()（）"  # what may come before a sentence's first name


def _first_date(text: str) -> re.Match | None:
    """The first full date in a text (_YMD, _MDY or _DMY, whichever starts first)."""
    found = [m for m in (_YMD.search(text), _DMY.search(text), _MDY_TAIL.search(text) and _MDY.search(text)) if m]
    return min(found, key=lambda m: m.start()) if found else None


_HEADING_PREFIX = re.compile(r"^(?:\s*#+\s*|\s*[一二三四五六七八九十]+、\s*|\s*[(（]?\d{1,2}[.、)）]\s*|"
                             r"\s*[(（][一二三四五六七八九十]+[)）]\s*|\s*(?:in|during|for)\s+"
                             r"|\s*(?:表|图|圖|table|exhibit|figure|chart)\s*\d{1,3}[.:：]?\s*)", re.I)  # a caption's number


# (each branch opens with its character, so that the scan skips the characters that end nothing)
_SENTENCE_END = re.compile(r"。|！|？|!|\?|\.(?<=[a-z%)]\.)\s")
# a year named as that of a firm's annual report (发布2023年年报, 据凯睿2023年年报, 2023年度报告, 2023年全年业绩, "its 2023
# annual report", "full-year 2023 results"): not an interim one, nor a report of any kind (协会12月发布2023年报告)
_REPORT_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年\s*(?:年报|年報|年度报告|年度報告|全年业绩|全年業績)|年度\s*(?:报告|報告|业绩|業績)|"
                          r"\s+annual\s+report|\s+full[- ]year\s+results)|full[- ]year\s+((?:19|20)\d{2})\s+results", re.I)
_RELATIVE_YEAR = re.compile(r"(?=[ltn去今上本明])(?:(?<![a-z])(?:last|this|next) year(?![a-z])|去年|今年|上年|本年|明年)", re.I)


# between a place and a source's name, the kind of body the source is: 美國研究組織「世界資源研究所」, 英国智库…
_BODY_OF_PLACE = re.compile(r"的?[\u4e00-\u9fff]{0,4}(?:组织|机构|智库|协会|研究所|研究院|研究中心)\s*[「『\"“]?\s*")
_ABBREVIATION_OPENS = re.compile(r"[」』\"”’']?\s*[(（]\s*")  # between a name and its abbreviation in brackets
_ABBREVIATION_CLOSES = re.compile(r"\s*[)）]")
# a year aimed at ("by 2030", 到2030年, 目标2030; not 从2020年到2024年, 到2024年底, "by the end of 2024": a span, an as-of)
# or one a trend runs from ("since 2010")
_TARGET_YEAR = re.compile(r"(?:\bby|\buntil|\btill|(?<![年\d])到|目标)\s*((?:19|20)\d{2})(?!\d)(?!\s*年?\s*(?:底|末|[万亿萬億%]))"
                          r"|(?:\bsince\s+|(?<!\d)自\s*)((?:19|20)\d{2})(?!\d)"
                          # (2007年开始公布有关数据以来: since a year, the words of what began then between)
                          r"|(?<!\d)((?:19|20)\d{2})\s*年[^，,。；;！？!?\d\x00]{0,12}?以[来來]")
_HOPE = re.compile(r"(?<!新)希望(?!工程)|期望|盼望|(?<![a-z])hop(?:e|es|ed|ing)(?![a-z])")


def document_year(lines: list[NormLine]) -> int | None:
    """The year of the first full date in the document's first lines (its dateline), if any."""
    return document_date(lines)[0]


def document_date(lines: list[NormLine]) -> tuple[int | None, int | None]:
    """(year, month) of the first full date in the document's first lines (its dateline), if any."""
    for nl in lines:
        if nl.number > 12:
            break
        m = _first_date(nl.text)
        if m:
            if m.re is _YMD:
                return int(m.group(1)), int(m.group(2))
            name = re.search(_MONTH_NAMES + r"|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec", m.group().lower())
            return int(m.group(1)), (period.month_number(name.group()) if name else None)
    return _address_date(lines)


# the last part of a page's address (before a query, an anchor or a file ending): "…/title/Lake+Geneva"
_ADDRESS_TITLE = re.compile(r"https?://[^/\s]+/\S*?([^/\s?#]+?)(?:\.s?html?|\.php|\.aspx?)?/?(?:[?#]\S*)?\s*$")
# a date in a page's address: /2025/04/27/, /20250427/, /2025-04-27, /t20240117_… (not a month's folder, /202407/:
# where a site files a page is not always when the story was written)
_ADDRESS_DATE = re.compile(r"(?:https?://|www\.)\S*?[/_\-][a-z]?(20[0-4]\d)([/\-]?)(0[1-9]|1[0-2])\2(?:0[1-9]|[12]\d|3[01])"
                           r"(?!\d)")


def _address_date(lines: list[NormLine]) -> tuple[int | None, int | None]:
    """(year, month) of a page that states no date, from its address in its first lines, when the address has
    the date a news site files a story under ("Source: https://big5.sputniknews.cn/amp/20250427/…",
    "…/2024/09/09/…"): when it was published."""
    for nl in lines:
        if nl.number > 3:
            break
        m = _ADDRESS_DATE.search(nl.text) if "/" in nl.text else None
        if m:
            return int(m.group(1)), int(m.group(3))
    return None, None


# a capitalised word opening a line (after a bullet or a number) ...
_LINE_START_WORD = re.compile(r"\s*(?:[-*•·▪●]\s+|\d{1,2}[.)、]\s*)?([A-Z][a-z][A-Za-z\-]*)(?![A-Za-z\-])"
                              r"(?!\s*[(（]?\s*[\u4e00-\u9fff])")
# (not a word glued to Chinese text, or to its Chinese name in brackets: "Steam平台…", "1. Keytruda(可瑞达)" have no
# sentence-start capital, Chinese has none)
# ... or after a full stop and a space, or an opening quote or bracket: [.!?] then \s+, or [“"(] then \s* (one set
# first, so that the scan skips to where a match can start); or after a full stop glued to a word's end, as the
# layout splits sentences: "on record for U.S. honeybees.Beekeepers lost 48.2%" (a lost space, no name)
# (and after a list's dash or bullet: "[2]. - Customers' spending fell")
_SENTENCE_START_WORD = re.compile(r"[.!?:“\"(](?:(?<![.!?:])|\s|(?<=[a-z%]{2}\.))\s*(?:[-•–]\s+)?"
                                  r"([A-Z][a-z][A-Za-z\-]*)(?![A-Za-z\-])"
                                  r"(?!\s*[(（]?\s*[\u4e00-\u9fff])")
_PUBLISHING = re.compile(names.SELF_REPORT_NEXT)  # (a block saying someone publishes results: few have one)
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")
# a Latin word beside its Chinese in brackets: "帕博利珠单抗(Keytruda)" (group 1), "Keytruda(可瑞达)" (group 2)
_GLOSSED = re.compile(r"[\u4e00-\u9fff]\s*[(（]\s*([A-Z][a-z][A-Za-z\-]*)\s*[)）]"
                      r"|(?<![A-Za-z\-])([A-Z][a-z][A-Za-z\-]*)\s*[(（]\s*[\u4e00-\u9fff]")
# a word in lower case, not inside a word or after a dot; a year, not inside a number nor a count of 万, 台 …
# (each opens with what it matches, its lookbehind after it: the regex engine then skips to where it can start)
# a capitalised name in the possessive: "Codelco's", "Anglo American's"
_POSSESSIVE_NAME = re.compile(r"(?<![\w.])([A-Z][\w\-&]*(?: [A-Z][\w\-&]*){0,3})['’]s\b")
_LOWER_WORD = re.compile(r"[a-z](?<![\w./@][a-z])[a-z\-]+")  # (not in an address: https://plusmining.com)
# (nor an amount: 每盎司2070美元, $2020, 2050 tonnes, 1999.5)
_YEAR = re.compile(r"((?:19|20)(?<![\d$¥€£](?:19|20))\d{2})(?!\d)(?!\.\d(?!\d?\.\d)|,\d{3})"
                   r"(?!\s*(?:[万亿台%元吨人辆个点]|[美日欧港英韩澳新台]元|日圆|英镑|卢布|盎司|ounces?\b|tonnes?\b|tons?\b|"
                   r"dollars?\b|yuan\b|euros?\b|yen\b|pounds?\b|won\b|rupees?\b|"
                   # (nor a length or an area: 宽约2000米, "2000 m wide"; 2023米其林 keeps its year)
                   r"米(?=[以高深长宽的处左多,，。、\s]|$)|公[尺里顷]|平方|立方|英[尺里]|海里|"
                   r"(?:km|feet|metres|meters|miles)\b|m(?![&\w])))")
# the last word of a capitalised run of two or more words ("Three Gorges Dam", "Great Barrier Reef")
_CAP_RUN_END = re.compile(r"\b[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*\s+([A-Z][a-z]+)\b")
# a capitalised word after a lower-case word, a digit or a comma and a space (the capital first, its lookbehind
# after it: the scan skips to the capitals)
_MID_CAP = re.compile(r"[A-Z](?<=[a-z0-9,;] [A-Z])[A-Za-z0-9&'\-]*")  # (after a colon a capital opens a sentence:
# "shows a trend: Deaths attributed to …")


# a level named as it stands now, right before a figure: "from the current 55 million", "the present 3,000"
_CURRENT_BEFORE = re.compile(r"\b(?:the\s+)?(?:current|present|today's|today’s)\s+(?:level\s+of\s+|total\s+of\s+)?$")


def _orig_to_norm(nl: NormLine, col: int) -> int:
    if nl.index is None:
        return col
    return bisect.bisect_left(nl.index, col, 0, len(nl.index) - 1)


_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|\+?\d[\d\s\-()]{6,}\d")
# the same without its mail address, for a text with no @: \S+@ tries every start of a run of characters without
# a space (a line of Chinese text) against the rest of that run, and finds nothing there
_ADDRESS_NO_MAIL = re.compile(r"(?:https?://|www\.)\S+|\+?\d[\d\s\-()]{6,}\d")
_WORD = re.compile(r"[A-Za-z]+")


def _says_something(text: str) -> bool:
    """A line of words, not page furniture: "Source: https://…", "客服热线:13552441705" (an address, a phone number
    and a label) do not open a page's text; a title or a sentence does (3 words, "A bumper harvest.", or 6
    Chinese characters)."""
    return len(_WORD.findall((_ADDRESS if "@" in text else _ADDRESS_NO_MAIL).sub(" ", text))) >= 3 or \
        sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") >= 6


class _Doc:
    """What the facets need of one document, computed once: its layout, names and periods per block."""

    def __init__(self, lines: list[NormLine], V: Vocab, text: str = ""):
        self.V = V
        self.lines = lines
        self.text = text  # the document as written (its script says what 全国 means)
        # the lines as iterated, once (LazyLines iterates only those with text, and indexes by line number)
        self.seq = seq = lines if isinstance(lines, list) else list(lines)
        self.layout = layout.build(seq)
        self.figure_spans: dict[int, list[tuple[int, int]]] = {}  # block -> its figures' (start, end), by annotate
        self.dated, self.month = document_date(lines)  # the page's own date, when it states one
        # (the lines read as one text, a line break between: neither pattern matches one, nor a word across one,
        # and a line break before a word is as no character there)
        whole = "\n".join(nl.text for nl in seq)
        self.year = self.dated or self._usual_year(seq)
        self.lower_words = frozenset(_LOWER_WORD.findall(whole))
        # capitalised words seen inside a sentence: a capitalised sentence start needs one of these to be a name
        self.mid_caps = frozenset(_MID_CAP.findall(whole))
        self._mentions: dict[int, list] = {}
        self._raw: dict[int, list] = {}  # block -> its names as names.find reads them (no descriptions yet)
        self._block_heads: dict[int, list] = {}  # block -> the heads its names lend (heads.heads_in)
        self._head_words: tuple[frozenset[str], frozenset[str]] | None = None  # (Latin, Han) heads (_may_describe)
        self._heads_upto: list[tuple[dict, frozenset[str]]] = []  # block -> _heads_before
        self._low: dict[int, str] = {}
        self._item_owners: dict[int, str | None] = {}  # list item -> the one name the items above it name
        self._item_objects: dict[int, tuple] = {}  # list item -> the object its lead-in paragraph names
        self._carry: dict[int, tuple[list[int], list[tuple]]] = {}  # block -> sentence starts, carried names
        self._periods: dict[int, list] = {}
        self._dateline: dict[int, int] = {}
        self._known: frozenset[str] | None = None
        self._firms: dict[str, bool] = {}  # name -> whether the page writes it as a firm's (_a_firm)
        self._sources: dict[tuple, list] = {}
        self._header_periods: dict[str, str | None] = {}
        self._named: dict[int, list] = {}
        self._name_reach: dict[int, tuple[list[int], list[int]]] = {}  # block -> _furthest_ends of its names
        self._mention_starts: dict[int, tuple[list[int], list]] = {}  # block -> where its mentions start, and
        #                                                                  they (self.starting)
        self._stated_periods: dict[int, tuple[str | None, str | None, bool]] = {}  # block -> its periods (self._stated)
        self._fiscal_quarters: frozenset[str] | None = None  # (self.fiscal_quarters)
        self._recent: dict[tuple[int, bool], str | None] = {}  # (block, any_kind) -> self.recent_period
        self._in_force: dict[tuple[int, int], str | None] = {}  # (block, sentence start) -> _source_in_force
        self._nationals: dict[str, str | None] = {}  # name -> _national(name)
        self._public: dict[str, bool] = {}  # name -> _public_body(name)
        self._sentence_starts: dict[int, list[int]] = {}  # block -> 0 and its sentence ends (_source_in_force)
        # the blocks with figures (their names are read for them), when the caller says: topic reads the names
        # of the others only where their terms could change it
        self.claimed: frozenset[int] | None = None

    def minguo(self) -> bool:
        """The page is written in Traditional characters, as Taiwan writes, or writes a Minguo date somewhere
        (民國113年, 114年12月, 114 年第四季: period.ROC_DATE): its 3-digit years before 年 are Minguo years (on a
        Simplified page 建党100年 and 100年一遇 are not)."""
        if not hasattr(self, "_minguo"):
            self._minguo = "年" in self.text and (self.script() == "zh-Hant" or self.minguo_evident())
        return self._minguo

    def minguo_evident(self) -> bool:
        """The page writes a form only a Minguo date takes (民國113年, 114年12月: period.ROC_DATE)."""
        if not hasattr(self, "_minguo_evident"):
            self._minguo_evident = bool(period.ROC_DATE.search(self.text))
        return self._minguo_evident

    def _usual_year(self, seq: list[NormLine]) -> int | None:
        """Without a dateline, the year the document talks about most (its latest on a tie): what 今年 and a
        bare "Q1" most likely mean. A page that looks back ("last year", 去年) and never says "this year" (今年)
        reports on that year from the next one: "China installs record amount of renewable energy in 2024" over
        "China installed a record amount … last year" is written in 2025, so its 去年 is the year it names; so is a
        page naming that year beside its 去年 only as a firm's annual report's (发布2023年年报显示,去年营收…: 2023)."""
        from collections import Counter

        # (the lines scanned as one text, a NUL between them: no year runs across one, and to the pattern's
        # look-arounds a NUL is as the end of a line; findall: each pattern has one group, the year)
        years = Counter(int(y) for y in _YEAR.findall("\x00".join(nl.text for nl in seq)))
        # (a year only hoped for counts half: "希望2025年华为平板能够带来更好的成绩" closing a page on 2024's figures
        # is not the year it reports on; forecasts do count, "from 36% in Q4 2024 to 36.9% in Q1 2025")
        for nl in seq:
            if _HOPE.search(nl.text.lower()) and _YEAR.search(nl.text):
                for sentence in _SENTENCE_END.split(nl.text):
                    low = sentence.lower()
                    # (the year hoped for is the one right after the hope: "希望2025年…", "hopes that 2025 …"; not
                    # 新希望's, nor a year the sentence states besides)
                    hoped = {int(y) for m in _HOPE.finditer(low) for y in _YEAR.findall(low[m.end():m.end() + 14])}
                    years.subtract({y: 0.5 for y in hoped})
        # (a target year counts half too: "the WHO European Region will have the highest rates by 2030" on a page
        # about 2022's users is what is aimed at, not the year the page speaks from; so does one a trend runs
        # from, "little changed since 2010")
        # (a target only when no year of the page comes after it: "by 2024, sales had recovered" on a page about
        # 2024 is where it stands; the lines scanned as one text, as above)
        latest = max(years, default=None)
        counted = dict(years)  # (how often each year is named, before targets count less)
        aimed: Counter = Counter()
        for m in _TARGET_YEAR.finditer("\x00".join(nl.text for nl in seq).lower()):
            if m.group(1):
                aimed[int(m.group(1))] += 1
            since = m.group(2) or m.group(3)
            if since or int(m.group(1)) == latest and years[latest] <= 1:
                years[int(m.group(1) or since)] -= 0.5
        # (a year named only as a target, years after every other year the page names, is never the page's own,
        # however often it is named: "全世界约有4680万患者，到2050年达1.315亿" twice, in two languages)
        for y, n in aimed.items():
            others = [z for z in years if z != y and years[z] > 0]
            if n >= counted[y] and others and y >= max(others) + 3:
                years[y] = min(years[y], 0.25)
        # (and Minguo years on a page writing Minguo dates: 114年旅客出入境統計 is 2025's)
        if self.minguo():
            roc = period.ROC if self.minguo_evident() else period.ROC_OPEN
            years.update(int(y) + 1911 for nl in seq if "年" in nl.text for y in roc.findall(nl.text))
        years = +years  # (a year with nothing left of its count is not the page's)
        if not years:
            return None
        # (a year named only as what figures are compared with is not the one the page reports on: 鴻海2023年第4季
        # … 較2022年1414.83億元, 優於2022年的10.21元, 2022年同期 is 2023's page, whichever it names more)
        # (but not a year before it: "down from 2022 … Output peaked in 2018" is still 2023's page)
        bases = Counter(int(m.group(1) or m.group(2)) for m in _ANY_BASE.finditer("\x00".join(nl.text for nl in seq)))
        bases = {y: bases[y] for y in years}  # (every year a base, counted in one pass)
        only_bases = [y for y in years if bases[y] >= years[y]]
        own = {y: n - bases[y] for y, n in years.items()
               if n - bases[y] > 0 and (not only_bases or y >= max(only_bases))} or years
        usual = max(own, key=lambda y: (own[y], y))
        said, beside = set(), False
        for nl in seq:
            if ("年" not in nl.text and "year" not in nl.text.lower()) or not _RELATIVE_YEAR.search(nl.text):
                continue  # (every word _RELATIVE_YEAR finds has 年 or "year" in it; a sentence holds one only
                #            where its line does)
            for sentence in _SENTENCE_END.split(nl.text):
                if "年" not in sentence and "year" not in sentence.lower():
                    continue  # (nor a sentence without one: no words, nothing said)
                words = {m.group().lower() for m in _RELATIVE_YEAR.finditer(sentence)}
                said |= words
                # (not the year named there only as a base: "去年稅後淨利…優於2022年的10.21元" is 2023's, after 2022;
                # nor as the year of a report the sentence says was published: "3月23日发布2023年年报显示,去年营收同比
                # 增长10.4%" is written in 2024, its 去年 2023)
                beside = beside or bool(words and sentence.count(str(usual)) > sum(
                    1 for m in _ANY_BASE.finditer(sentence) if int(m.group(1) or m.group(2)) == usual) + sum(
                    1 for m in _REPORT_YEAR.finditer(sentence) if int(m.group(1) or m.group(2)) == usual))
        # (a sentence naming that year beside 去年 counts back from it: 2025年第一季…从去年第四季的36%)
        looks_back = said and said <= {"last year", "去年", "上年"} and not beside
        # a year named only as what the figures are compared with ("output this year stood at 5.618 million
        # tonnes, down from 2022"): the page reports on the year after it, and looking back on that year ("去年
        # …優於2022年"), is written the year after that
        if bases[usual] >= years[usual]:
            return usual + 2 if looks_back else usual + 1
        return usual + 1 if looks_back else usual

    def seq_lines(self, a: int, z: int) -> list[str]:
        """The normalised texts of lines a to z - 1 (1-based numbers), "" for a blank one."""
        by_number = self.__dict__.get("_by_number")
        if by_number is None:
            by_number = self.__dict__["_by_number"] = {nl.number: nl.text for nl in self.seq}
        return [by_number.get(n, "") for n in range(a, z)]

    def is_landmark_name(self, name: str) -> bool:
        """A name opening or ending with a landmark's kind word (cues.toml subject.landmark_kinds_first / _last):
        "Lake Baikal", "Caspian Sea", "Mount Everest" (and 贝加尔湖, 里海, named in English by the landmark table)."""
        words = name.lower().split()
        first, last = self._kinds()
        # (and one naming the place it is of: "Leaning Tower of Pisa", "Palace of Westminster")
        return len(words) > 1 and (words[0] in first or words[-1] in last or
                                   landmarks.kind_of_at(words, last) is not None)

    def landmark(self) -> str | None:
        """The landmark a document is about: a name opening or ending with a landmark's kind word (cues.toml
        subject.landmark_kinds_first / _last: "Lake Baikal", "Caspian Sea", and 贝加尔湖, 里海 as the landmark table
        names them in English; not "Great Wall" the car maker, nor the Yangtze River Delta, a region), named in the
        page's opening (its titles and the first sentence after them: a page about it names it there, not as where
        something goes, "sturgeon will be released into the Yangtze River"), twice or more
        in all, and at least twice as often as any other such name ("Lake Baikal" on a page about it that names the
        Caspian Sea once), its name without the kind word counted too on a page that opens with its full name ("Lake
        Titicaca is … Titicaca is the second largest lake"). Whose lengths, areas and volumes naming no one are ("The
        measured surface area is 371,000 sq km"); a page opening "China is the world's largest steel producer" that
        names the Yangtze River twice later has none."""
        if not hasattr(self, "_landmark"):
            from collections import Counter

            self._long_forms: set[str] = set()  # names with the place they are of ("leaning tower of pisa")
            seen: Counter = Counter()  # (a name however it is cased: "MOUNT Everest" is Mount Everest)
            spelled: dict[str, Counter] = {}
            longest: dict[str, str] = {}
            opening: set[str] = set()
            alone: list[str] = []  # names without a kind word ("Titicaca")
            opened = False  # (the opening: the page's titles, then the first sentence after them)
            first = self._kinds()[0]
            for i, b in enumerate(self.layout.blocks):
                if not b.text.strip() or _SOURCE_LINE.match(b.text):
                    continue
                title = _headline(b, 200)
                ends = len(b.text) if opened or title else (b.sentences[0] if b.sentences else len(b.text))
                for m in self.mentions(i):
                    if m.role != "entity" or m.kind != "named":
                        continue
                    at_opening = not opened and m.start < ends and not _WHERE_BEFORE.search(
                        self.low(i), max(0, m.start - 12), m.start)
                    if not self.is_landmark_name(m.name):
                        alone.append(m.name.lower())
                        continue
                    if compared_with(b.text, m.start):
                        continue  # ("More than 40 metres taller than the Sydney Tower": a page about Uluru)
                    name = landmarks.short(m.name, self._kinds()[1])  # (counted with "Leaning Tower": one tower)
                    key = landmarks.key(name, first)  # ("Titicaca Lake" is Lake Titicaca)
                    if name != m.name:
                        self._long_forms.add(m.name.lower())
                        longest.setdefault(key, m.name)  # (named in full: that is its name)
                    seen[key] += 1
                    spelled.setdefault(key, Counter())[name] += 1
                    if at_opening:
                        opening.add(key)  # (as what the page is about, not where: "released into the Yangtze")
                opened = opened or not title
            last = self._kinds()[1]
            for long in self._long_forms:
                # ("the Leaning Tower of Pisa … the Tower of Pisa leans …": the tower named in part)
                whole = landmarks.key(landmarks.short(long, last), first)
                for part in [k for k in seen if k != whole and landmarks.part_of(k, long, last)]:
                    seen[whole] += seen.pop(part)
                    if part in opening:
                        opening.discard(part)
                        opening.add(whole)
            opens = self._opens_with()
            if opens and landmarks.key(opens, first) in seen:
                # a page opening with a landmark's full name: its name without the kind word counts for it ("Lake
                # Titicaca is … Titicaca is the second largest lake"; not on "Geography of Michigan" naming Lake
                # Michigan, nor "Erie is a city on the south shore of Lake Erie")
                whole = landmarks.key(opens, first)
                seen[whole] += alone.count(landmarks.base(whole, *self._kinds()))
            top = seen.most_common(2)
            found = top and top[0][1] >= 2 and top[0][0] in opening and (len(top) == 1 or top[0][1] >= 2 * top[1][1])
            self._landmark = (longest.get(top[0][0]) or spelled[top[0][0]].most_common(1)[0][0]) if found else None
            if self._landmark is None:
                # (a page no landmark's name leads: the one its address is titled with, "…/title/Lake+Geneva")
                self._landmark = self._addressed()
        return self._landmark

    def _addressed(self) -> str | None:
        """The landmark a page's address is titled with, its last part a landmark's name alone ("Source:
        https://everything2.com/title/Lake+Geneva", "…/wiki/Mount_Olympus"): what a page naming none is about
        ("The area is 581 km², of which 347 km² is in Switzerland"). Not a slug of a headline
        ("…/genfer-see-lake-geneva-schweiz-2009/"): two to four words, a landmark's kind word first or last."""
        for i, nl in enumerate(self.seq[:3]):
            m = _ADDRESS_TITLE.search(nl.text) if "/" in nl.text else None
            if m:
                words = [w for w in re.split(r"[+_\-]|%20", m.group(1)) if w]
                name = " ".join(w[:1].upper() + w[1:] for w in words)
                # (a name the page writes or the landmark table knows: not "Mount Kilimanjaro Tanzania", "About
                # Gobi Desert", "Copper Hits Historic Peak", which name no landmark)
                if 2 <= len(words) <= 4 and all(w.isalpha() for w in words) and self.is_landmark_name(name) and (
                        landmarks.known(name) or any(name in x.text for x in self.seq[i + 1:]) or
                        len(words) <= 3 and not self._slug_words(words)):
                    return name
                return None
        return None

    def _slug_words(self, words: list[str]) -> bool:
        """An address's words that make it a headline's, not a name (cues.toml subject.address_not_name: "about",
        "highest", "climbing"; or a country: "mount-kilimanjaro-tanzania")."""
        stop = frozenset(self.V.cues.get("subject.address_not_name", ()))
        return any(w.lower() in stop or ((ent := names.alias(w, self.V)) is not None and ent.kind == "country")
                   for w in words)

    def _opens_with(self) -> str | None:
        """The first name the page writes (in its titles or its first sentence), lower case (read once a page)."""
        if not hasattr(self, "_first_name"):
            self._first_name = None
            for i, b in enumerate(self.layout.blocks):
                if not b.text.strip() or _SOURCE_LINE.match(b.text):
                    continue
                self._first_name = next((m.name.lower() for m in self.mentions(i) if m.role == "entity"), None)
                if self._first_name or not _headline(b, 200):
                    break
        return self._first_name

    def lead_firm(self) -> str | None:
        """The one firm a page's title and first paragraphs are about: named there at least twice (a name with
        describing words after it, cues.toml subject.firm_descriptors, counts as the name: "Hon Hai Technology Group"
        is Hon Hai; the page's address naming it counts once: "…/hon-hai-announces-fy2023-4q23-financial-results"),
        a company the tables know or an open-world name that is no research body nor one that only says so (a
        report by IFPI, MAGNA or a website is about a market), and more often than any other firm. What a figure of
        a firm's results naming no one is about ("For the full year 2023, revenue totaled NT$6.162 trillion" after
        "Hon Hai Announces FY2023 & 4Q23 Financial Results"); None on a tie."""
        if not hasattr(self, "_lead_firm"):
            from collections import Counter

            counts, said = Counter(), set()
            for i in self.lead(past_furniture=True):
                b = self.layout.blocks[i]
                for m in self.mentions(i):
                    if m.role == "research" or m.kind == "research":
                        said.add(m.name)
                    elif m.role == "entity" and m.kind in ("company", "named") and not names.all_terms(m.name, self.V):
                        head = firm_names.head(m.name, self.V)
                        counts[head] += 2 if names.code_after(b.text, m.end) or (
                            _headline(b, 200) or names.publishes(b.text, m.end)) and \
                            source.publishes_results(b.text, m) else 1  # (腾讯(00700.HK): a firm introduced
                        # with its stock code is what a results page is about; so is one a headline says publishes
                        # its results, 蔚来公司公布未经审计的第四季度和2023年全年财务业绩, "NIO Inc. Reports … Results";
                        # and a Chinese one the first paragraphs say publishes its results: 凯睿体育发布2024年业绩)
                        if names.is_body(m.name, self.V) or m.kind == "named" and \
                                m in self.sources(i, *b.sentence(m.start)) and \
                                not source.self_report(b.text, m, self.V) and not source.publishes_results(b.text, m):
                            said.add(head)  # (not a firm reporting its own: "Cathay Pacific reported slight profit")
            address = next((nl.text.lower() for nl in self.seq[:3] if "/" in nl.text), "")
            host = _HOST.search(address)
            host = host.group(1).replace("-", "") if host else ""
            for n in list(counts):  # ("Hon Hai Technology" beside "Hon Hai": the name alone, counted once)
                if n in said or len(n) >= 4 and "".join(n.lower().split()) in host:
                    del counts[n]  # (nor the site itself: "Invest Intellect" on investintellect.co.uk)
                elif address and any("-".join(w) in address for w in _address_forms(n.lower().split(), self.V)):
                    counts[n] += 1  # (or its first two words: "…/cathay-pacific-posts-…" names Cathay Pacific Airways)
            top = counts.most_common(2)
            self._lead_firm = top[0][0] if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]) \
                else None
            if self._lead_firm is None and address:  # (a page whose first paragraphs name no firm twice: the one
                # company the tables know that its address's path names twice, where its text names it too (not
                # only as a source) or the path says the page gives results, "…/acme/comments/…/acme_fiscal_q3_2024_
                # results"; not "…/amazon/amazon-rainforest-deforestation…" over a page about logging)
                firm = _address_firm(address, self.V)
                self._lead_firm = firm if firm and firm not in said and (
                    firm in counts or _RESULTS_ADDRESS.search(_address_path(address))) else None
        return self._lead_firm

    def is_landmark(self, name: str) -> bool:
        """A landmark's name ("Lake Titicaca"), the page's landmark or its deepest or highest point, or a name the
        page writes for one without its kind word ("Titicaca")."""
        return self.is_landmark_name(name) or name == self.landmark() or name in self.parts() or \
            self.landmark_named(name) != name

    def _kinds(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The kind words a landmark's name opens with and ends with (cues.toml subject.landmark_kinds_first,
        _last)."""
        return (tuple(self.V.cues.get("subject.landmark_kinds_first", ())),
                tuple(self.V.cues.get("subject.landmark_kinds_last", ())))

    def named_in_part(self, name: str) -> str:
        """The page's landmark, named in full with the place it is of, for a name of it in part: "Leaning Tower",
        "Tower of Pisa" on a page about the Leaning Tower of Pisa (any other name is itself: the full name is the
        name, "Great Pyramid" is no name of the Great Pyramid of Giza's page's unless it is that page's)."""
        whole = self.landmark()
        last = self._kinds()[1]
        if whole and name != whole and (landmarks.short(whole, last) == name or landmarks.part_of(name, whole, last)):
            return whole
        return name

    def landmark_named(self, name: str) -> str:
        """The page's landmark, for its name without the kind word, on a page that opens with the landmark's full
        name: "Titicaca is the second largest lake …" on a page about Lake Titicaca. Not on a page opening with the
        bare name ("Erie is a city on the south shore of Lake Erie", "Geography of Michigan"), nor for a name the
        alias table knows; any other name is itself."""
        whole = self.landmark()
        last = self._kinds()[1]
        if self.named_in_part(name) != name:
            return whole  # ("Leaning Tower", "Tower of Pisa" on a page about the Leaning Tower of Pisa)
        if whole and name.lower() in last and landmarks.short(whole, last).lower().endswith(" " + name.lower()):
            return whole  # ("13-story Palace architecture, 110 meters high" on a page about the Potala Palace)
        if self.is_landmark_name(name):
            ordered = landmarks.ordered(name, self._kinds()[0])
            # ("Titicaca Lake" is Lake Titicaca, as the landmark table writes it; not Jackson Lake, no Lake Jackson)
            return ordered if ordered != name and ordered in landmarks.english_names() else name
        if not whole or self.V.entity(name) is not None:
            return name
        if landmarks.base(whole, *self._kinds()) != name.lower() or self._opens_with() != whole.lower():
            return name  # ("Erie is a city on the south shore of Lake Erie": a page about Erie, the city)
        return whole

    def parts(self) -> dict[str, str]:
        """The names the page gives as its landmark's deepest or highest point, with the dimension each stands for
        (landmarks.part_names): its depth, or its height, is the landmark's."""
        if not hasattr(self, "_parts"):
            self._parts = {}
            whole = self.landmark()
            for i in range(len(self.layout.blocks)) if whole else ():
                self._parts.update(landmarks.part_names(self.low(i), self.mentions(i), whole))
        return self._parts

    def place(self) -> str | None:
        """The place a document is about, when one country or region has most of its mentions (a Macau
        statistics release that says 入境旅客 without naming Macau again): the scope of its market figures."""
        if not hasattr(self, "_place"):
            from collections import Counter

            places, bodies = Counter(), Counter()
            continents: set[str] = set()  # world regions named (Europe, Asia), no part of a country
            V, entities = self.V, self.V.entities
            for i, b in enumerate(self.layout.blocks):  # the alias table alone: places are what it knows best
                filed = None  # ("BEIJING, Jan. 1 (Xinhua) --": where the news was filed; read at a block's first place)
                low = self.low(i)
                # (the tests, all of which a name must pass to count, cheapest first: most names the table knows
                # are companies, of no place)
                for s, e, w in V.entity_match.find(low):
                    ent = entities[w]
                    # (a national body the alias table gives its country, 国家统计局: a mention of that country,
                    # counted below only for a country the page names: 央行 on a Taiwanese page is Taiwan's, the
                    # National Bureau of Statistics on a Nigerian page Nigeria's)
                    place = ent.kind in ("country", "region") and not ent.adjective
                    where = ent.name if place else ent.country
                    if not where:
                        continue
                    if names.currency_after(low, e, s) or (not w.isascii() and V.in_common_noun(low, s, e)):
                        continue  # "US$3.58 trillion", 港元: a currency, not the place; 所有大陆: every continent
                    if _partner_at(low, s, e):
                        continue  # 對美國出口, "exports to the US": where goods go, not what the page is about
                    if ("(" in low or "（" in low) and names.in_code(b.text, s, e):
                        continue  # 泡泡玛特(HK09992): a stock code's market, not what the page is about
                    if not w.isascii() and low.startswith(names.descent(V), e):
                        continue  # 非洲裔: people of African descent, on a page about the US
                    if _in_quote(b.text, s):
                        continue  # "… brace for the impact of US tariffs," said …: a speaker's words, not the page's
                    if filed is None:
                        filed = self.dateline(i)
                    # (a dateline naming a country, not a city, "VIETNAM, December 28 –": the page's country)
                    if (s >= filed or ent.kind == "country") and \
                            (V.case_fits(w, b.text[s:e]) or (s < filed and b.text[s:e].isupper())) and \
                            not names.press_end(b.text, low, e):  # 香港商报 is a newspaper
                        (places if place else bodies)[where] += 1
                        if place and ent.world:
                            continents.add(ent.name)
            self._named_places = frozenset(places)  # (every place the page names, once or more)
            self._body_countries = frozenset(bodies)  # (the countries of the national bodies it cites)
            places.update({k: n for k, n in bodies.items() if k in places})
            total = sum(places.values())
            top = places.most_common(1)
            self._place = top[0][0] if top and total >= 2 and top[0][1] >= 0.6 * total else None
            others = sum(places[c] for c in continents if c != self._place)
            if self._place in continents and others >= 0.2 * total and (
                    len(continents) >= 3 or len(continents) == 2 and self.worldwide()):
                # "the largest amount … was generated in Asia … Per capita, the highest … in Europe", on a page
                # speaking of the world ("the global growth of e-waste"), or one naming three regions, the others a
                # fifth of its places or more: a page going over the world's regions is about the world, not about
                # the one it names most (a page about Europe naming Asia once keeps Europe)
                self._place = None
            if self._place is not None and self.world_mentions() > top[0][1]:
                # "Rabies kills more than 60 000 people a year worldwide … in South Africa": a page speaking of the
                # world more often than it names its place is the world's, where a figure names no place
                self._place = None
        return self._place

    def our_country(self):
        """The entity 我国 / 我國 names on this page (cues.toml subject.our_country, by script). A page never naming
        its script's country that cites only another country's national bodies, or names only that country and its
        provinces, speaks for that one: a Traditional retelling of 國家統計局's release ("2024年我國經濟總量達到134.9
        萬億元") or of a report on 內蒙古, 山西 and 新疆's coal is China's (`moved`: the page said so)."""
        if not hasattr(self, "_ours"):
            ours = self._by_script("subject.our_country")
            self.place()
            self._ours_moved = False
            if ours is not None and ours.name not in self._named_places:
                bodies = self._body_countries | self._named_bodies()
                there = next(iter(bodies)) if len(bodies) == 1 else self.one_country()
                other = self.V.entity(there) if there else None
                if other is not None and other.name != ours.name:
                    ours, self._ours_moved = other, True
            self._ours = ours
        return self._ours

    def _named_bodies(self) -> frozenset[str]:
        """The countries 我国 may name whose bodies a Chinese page names after them (中國核能行業協會, 中国汽车工业协会:
        the country's national association, cues.toml subject.public_body_endings), the alias table silent."""
        from .vocab import _norm

        got = _body_pattern(self.V)
        if got is None:
            return frozenset()
        pattern, names_ = got
        return frozenset(names_[m.group(1)] for m in pattern.finditer(_norm(self.text)))

    def evidenced_home(self) -> str | None:
        """The script's home country (home), or the country a page of a script without one was shown to speak
        for (our_country, moved by its national bodies or provinces, or the only place it names: a Traditional
        page naming Taiwan alone): whose its unnamed figures are."""
        if self.home():
            return self.home()
        ours = self.our_country()
        if ours is not None and (self._ours_moved or self.named_places() == {ours.name}):
            return ours.name
        return None

    def speaks_as_country(self) -> bool:
        """The page writes 我国 / 我國 ("our country") and has a country that names (our_country)."""
        if not hasattr(self, "_speaks"):
            self._speaks = any(w in self.text for w in _OURS) and self.our_country() is not None
        return self._speaks

    def script(self) -> str:
        """The page's script or language (language.detect: zh-Hans, zh-Hant, en), read once."""
        if not hasattr(self, "_script"):
            from ..language import detect

            self._script = detect(self.text)
        return self._script

    def _by_script(self, cue: str):
        """The entity a cue list names for the page's script (subject.home.zh-Hans = ["China"])."""
        names_ = self.V.cues.get(f"{cue}.{self.script()}", ())
        return self.V.entity(names_[0]) if names_ else None

    def home(self) -> str | None:
        """The country the document's script is mostly written in (cues.toml subject.home), for its 全国, 国内."""
        if not hasattr(self, "_home"):
            ent = self._by_script("subject.home")
            self._home = ent.name if ent else None
        return self._home

    def one_country(self) -> str | None:
        """The one country every place the page names is in (the country itself or its provinces, aliases.toml
        `country`), when it names only provinces of it (naming the country itself, place() speaks)."""
        if not hasattr(self, "_one_country"):
            named = self.named_places()
            within = set()
            for name in named:
                ent = self.V.entity(name)
                within.add(ent.country if ent is not None and ent.kind == "region" and ent.country else name)
            # (one country, and some place named that is not the country itself: one of its provinces)
            self._one_country = next(iter(within)) if len(within) == 1 and named - within else None
        return self._one_country

    def named_places(self) -> frozenset[str]:
        """The countries and regions the page names anywhere, once or more (read with place())."""
        self.place()
        return self._named_places

    def worldwide(self) -> bool:
        """The page speaks of the world somewhere (全球, "global", "worldwide"): a figure of it naming no place
        may be the world's, so its script's home country is not assumed."""
        if not hasattr(self, "_worldwide"):
            self._worldwide = any("国际" in self.low(i) for i in range(len(self.layout.blocks))) or \
                self.world_mentions() > 0  # (国际油价: the world market's)
        return self._worldwide

    def world_mentions(self) -> int:
        """How often the page speaks of the world (全球, "global", "worldwide"), not inside a name (the World
        Health Organization, 世界卫生组织)."""
        if not hasattr(self, "_world_mentions"):
            count = 0
            for i in range(len(self.layout.blocks)):
                low = self.low(i)
                found = [(s, e) for s, e, w in self.V.concept_match.find(low) if self.V.concepts[w].key == "global"]
                if found:
                    text = self.layout.blocks[i].text
                    named = [(s, e) for s, e, _ in self.V.entity_match.find(low)] + \
                        [(m.start, m.end) for m in self.mentions(i)]
                    count += sum(not any(a <= s and e <= b for a, b in named) and not _RANKED_AFTER.match(low, e)
                                 and not _RANKED_BEFORE.search(low, max(0, s - 24), s)
                                 and not _NAMED_WORLD.match(text, s) for s, e in found)
            self._world_mentions = count
        return self._world_mentions

    def topic(self) -> str | None:
        """What a document is about, when one topic has most of its topic words (a coffee report: coffee): the
        topic of a figure whose own words name only a quantity ("output rose 5.8%")."""
        if not hasattr(self, "_topic"):
            # (a term inside a name is the name's: "China Meat Association", "Tea & Coffee Trade Journal")
            # (only a capitalised or Chinese term may be inside one: the names of a block are read for those alone)
            kept, pending = [], []  # terms kept; terms whose block's names are not read yet (for figures or so)
            for i, a, b, k in self._topic_terms():
                text = self.layout.blocks[i].text
                if not (text[a:a + 1].isupper() or "\u4e00" <= text[a:a + 1] <= "\u9fff"):
                    kept.append((i, a, b, k))
                elif self.claimed is not None and i not in self.claimed and i not in self._mentions:
                    pending.append((i, a, b, k))
                elif not self._inside_a_name(i, a, b):
                    kept.append((i, a, b, k))
            # the names of a block without figures are read only when the terms in it could change the topic
            got = _settled_topic(kept, pending, self.V) if pending else _UNSETTLED
            if got is _UNSETTLED:
                kept = sorted(kept + [t for t in pending if not self._inside_a_name(*t[:3])])
                got = self._topic_of(kept)
            self._topic = got
        return self._topic

    def _topic_terms(self) -> list[tuple[int, int, int, str]]:
        """(block, start, end, concept key) of every topic or domain term of the document, in text order."""
        return [(i, a, b, self.V.concepts[w].key) for i in range(len(self.layout.blocks))
                for a, b, w in self.V.concept_match.find(self.low(i))
                if self.V.concepts[w].role in ("topic", "domain")]

    def _inside_a_name(self, i: int, a: int, b: int) -> bool:
        """The term at [a, b) of block i is part of a longer name there: a name starting at a or before that ends
        after b, or one starting before a that ends at b (by bisection on the block's names, see _furthest_ends)."""
        got = self._name_reach.get(i)
        if got is None:
            got = self._name_reach[i] = _furthest_ends([(m.start, m.end) for m in self.mentions(i)])
        starts, reach = got
        far = reach[bisect.bisect_right(starts, a)]  # (the names starting at a or before)
        return far > b or (far == b and reach[bisect.bisect_left(starts, a)] >= b)

    def _topic_of(self, where: list[tuple[int, int, int, str]]) -> str | None:
        """The topic the terms `where` (block, start, end, key; in text order) make (see topic)."""
        from collections import Counter

        keys = [k for *_, k in where]
        # the most named topic, when its family (broader and narrower topics) has most of the topic words:
        # PC with notebooks and desktops make a PC report
        found = Counter(keys)
        top = found.most_common(1)
        family = lambda k: self.V.within.get(k, k)
        near = sum(n for k, n in found.items() if top and family(k) == family(top[0][0]))
        # (named once, it is the topic only when the document names no other, in a sentence with a figure,
        # not as a demand that drove one: "受惠於…雲端服務等應用需求", "on strong demand for its memory chips",
        # nor in a caption: "圖為高雄港貨櫃")
        once = len(found) == 1 and len(where) == 1 and self._names_a_figures_topic(*where[0][:3])
        topic = top[0][0] if top and (top[0][1] >= 2 or once) and near >= 0.6 * len(keys) else None
        kinds = sorted((n for k, n in found.items() if k != family(k) and family(k) == family(topic)),
                       reverse=True) if topic in self.V.within else []
        if len(kinds) >= 2 and 3 * kinds[1] >= kinds[0]:
            # two kinds of one thing (battery-electric and plug-in hybrid cars): the report is about the thing
            # (not one kind named eleven times and another once: an LNG report naming pipeline gas)
            topic = family(topic)
        return topic

    def _names_a_figures_topic(self, i: int, a: int, b: int) -> bool:
        """The topic term at [a, b) of block i sits in a sentence with a figure (a date is none) and names no
        demand."""
        block, low = self.layout.blocks[i], self.low(i)
        ss, se = block.sentence(a)
        return _states_a_figure(low[ss:se]) and \
            not _DEMAND.search(low, max(ss, a - 20), min(se, b + 16)) \
            and not _REFLECTS.search(low, ss, a)

    def only_period(self) -> str | None:
        """The one period a document names, if it names exactly one: what its undated figures are about ("Q3
        2025 results … Lenovo shipped 19.4 million")."""
        if not hasattr(self, "_only"):
            seen: set[str] = set()
            events: set[str] = set()
            plain: set[str] = set()
            back = False
            for j in range(len(self.layout.blocks)):
                if self.layout.blocks[j].kind == "heading":
                    continue  # a title that mentions a year ("2026: the race goes on") dates nothing
                # (never one in brackets: "全球粗钢产量18.494亿吨(2024年为18.868亿吨)" compares with 2024)
                # (nor a year to come: "will double by 2030" is a target, not what the figures are about)
                # (unless the bracket dates the span of time before it: 春运40天(2025年1月14日至2月22日))
                # (and never a year looked back to: "the previous measurement in 1954" on a page about the new one)
                text, low = self.layout.blocks[j].text, self.low(j)
                for p in self.periods(j):
                    if not p.base and not p.period.startswith("?") and \
                            (not period.in_brackets(text, p.start) or period.dates_a_span(text, p.start, p.end)) \
                            and not _TARGET.search(low, max(0, p.start - 12), p.start):
                        seen.add(p.period)
                        if _LOOKED_BACK.search(low, max(0, p.start - 40), p.start):
                            back = True
                        # (a year dating an event, "1989年被列入《世界遗产名录》", is no report's period unless
                        # the page also names it otherwise; another year beside it still makes two)
                        (events if self._event_year(low, p) else plain).add(p.period)
                if len(seen) > 1:
                    break
            self._only = seen.pop() if len(seen) == 1 and not back and not events - plain else None
        return self._only

    def event_clauses(self, i: int) -> dict[int, tuple[int, int]]:
        """The periods of block i dating something that happened to a thing once (_event_year), by start, with the
        clause each is in: "二号坑…,发现于1976年4月,俑坑平面为曲尺形,面积约6000平方米" dates the discovery, not the
        area a later clause states (read once a block)."""
        got = self.__dict__.setdefault("_events", {})
        if i not in got:
            low = self.low(i)
            got[i] = {}
            for p in self.periods(i):
                if self._event_year(low, p):
                    before = [m.end() for m in _CLAUSE_END.finditer(low, max(0, p.start - 48), p.start)]
                    after = _CLAUSE_END.search(low, p.end)
                    got[i][p.start] = (before[-1] if before else 0, after.start() if after else len(low))
        return got[i]

    def _event_year(self, low: str, p) -> bool:
        """The period p of a block's text `low` dates something that happened to a thing once (cues.toml
        period.events: "registered as UNESCO world heritage site in 2013", 1989年被列入《世界遗产名录》), the words
        in its clause, within 48 characters before it or 24 after ("In 2023, the firm, founded in 1998, …" dates
        1998, not 2023), a clause stating no other figure."""
        before = [m.end() for m in _CLAUSE_END.finditer(low, max(0, p.start - 48), p.start)]
        a = before[-1] if before else max(0, p.start - 48)
        after = _CLAUSE_END.search(low, p.end, p.end + 24)
        b = after.start() if after else min(len(low), p.end + 24)
        if _DIGIT.search(low, a, p.start) or _DIGIT.search(low, p.end, b):
            return False  # ("Some 45,000 new homes were built in 2024": an amount reported, its year the page's)
        return bool(self.V.cue("period.events").find(low, a, b))

    def lead(self, past_furniture: bool = False) -> list[int]:
        """The blocks a page opens with: its title and headings, up to its first two paragraphs (none when a list
        or a table opens it); `past_furniture`: lines of no words ("Source: https://…", a phone number) are not
        among the two."""
        out, paragraphs = [], 0
        for j, b in enumerate(self.layout.blocks):
            if b.kind not in ("heading", "prose") or paragraphs >= 2:
                break
            out.append(j)
            paragraphs += b.kind == "prose" and (not past_furniture or _says_something(b.text))
        return out

    def lead_period(self) -> str | None:
        """The period the document opens with: the first one its title or first paragraph names ("China
        installs record amount of renewable energy in 2024", "global crude steel production in CY'24 …"), what
        a report's figures are about unless they say otherwise ("The total installed capacity … around 887 GW").
        Never a comparison base, an aside in brackets, a title (《2026年1月…报告》), a year to come ("by 2030"), a
        year looked back to ("the previous measurement in 1954"), a year more than two before the document's, or a
        period without its year or written relative to the page's date (去年, "last year": which year that is, only
        a date the page may not state says)."""
        if not hasattr(self, "_lead"):
            self._lead = next((p.period for j in self.lead(past_furniture=True)
                               if _says_something(self.layout.blocks[j].text)  # (a phone number dates nothing)
                               for p in self.periods(j) if self._leads(j, p)), None)
        return self._lead

    def _leads(self, j: int, p) -> bool:
        text, low = self.layout.blocks[j].text, self.low(j)
        if p.base or p.period.startswith("?") or not any(ch.isdigit() for ch in low[p.start:p.end]) or \
                period.in_brackets(text, p.start) or text.rfind("《", 0, p.start) > text.rfind("》", 0, p.start) or \
                _TARGET.search(low, max(0, p.start - 12), p.start) or \
                _LOOKED_BACK.search(low, max(0, p.start - 40), p.start) or self._event_year(low, p):
            return False
        # a year to come, or history ("1945年二战以后"), is no report's subject
        return not (self.dated and p.period[:4].isdigit() and not 0 <= self.dated - int(p.period[:4]) <= 2)

    def lead_body_country(self) -> str | None:
        """The country of the national body a page opens with as its source ("中國人民銀行公布2023年支付體系運行
        總體情況", "the China Association of Automobile Manufacturers said"): the country its figures naming no
        one are about (before the script's home: Traditional Chinese is written in more than one place)."""
        if not hasattr(self, "_lead_body"):
            # (as written: the alias table calls 中國人民銀行 PBOC)
            # (the first body the lead names: "a joint report from the WHO and the US Centers for Disease Control"
            # is the world's report, not the US's)
            first = next(((j, m) for j in self.lead() for m in self.mentions(j) if m.role == "research"), None)
            national = first and (_national(self.layout.blocks[first[0]].text[first[1].start:first[1].end], self.V)
                                  or _national(first[1].name, self.V))
            self._lead_body = national or self._lead_own_ministry()
        return self._lead_body

    def lead_world_sources(self) -> frozenset[str]:
        """The sources of the world figure a page opens with: its lead's first sentence stating a figure says
        "the world" before the figure and names who says so ("Coffee production in the world is projected to
        increase by 7 million bags, … the United States Agriculture Department (USDA) said"): that body's figures
        on the page are the world's, not its country's (CISA's figure after someone's world figure stays China's)."""
        if not hasattr(self, "_lead_world"):
            self._lead_world = frozenset()
            for j in self.lead(past_furniture=True):
                b, low = self.layout.blocks[j], self.low(j)
                if not _says_something(b.text):
                    continue  # ("Source: https://global.chinadaily.com.cn/…": no sentence)
                first = _FIGURE_DIGIT.search(low, self.dateline(j))
                if first is None:
                    continue
                start, end = b.sentence(first.start())
                if any(self.V.concepts[w].key == "global"
                       for _, _, w in self.V.concept_match.find(low, start, first.start())):
                    self._lead_world = frozenset(m.name for m in self.mentions(j)
                                                 if m.role == "research" and start <= m.start < end)
                break
        return self._lead_world

    def _lead_own_ministry(self) -> str | None:
        """A page opening with a ministry whose name says no country (財政部昨公布…, 经济部统计处: cues.toml
        subject.own_ministries), no place's name right before it, speaks for its script's country, when it names
        that country (a Traditional page: Taiwan; 美國財政部 is the US's)."""
        ours = self.our_country()
        if ours is None or ours.name not in self.named_places():
            return None
        for j in self.lead():
            low = self.low(j)
            for s, _, _ in self.V.cue("subject.own_ministries").find(low):
                before = self.V.entity_match.find(low[max(0, s - 12):s])
                if not (before and before[-1][1] == min(s, 12)):  # (no place's name right before it)
                    return ours.name
        return None

    def recent_period(self, i: int, any_kind: bool = False) -> str | None:
        """The period the paragraphs before block i last named, for a paragraph that names none ("In Q1 2025,
        Lenovo shipped 15.2 million." / "HP followed with a share of 20.2%."): the first period stated by the
        nearest of the three paragraphs before that states a quarter, a half or a span of months or quarters
        (January to November, 前三季度), the language of reporting periods
        (a bare year is as often background, "since 1949", unless `any_kind`: "for the year" refers back to
        one); never a comparison base or an aside in brackets. The items of a list, and the headings between,
        belong to the paragraph that introduces them: they are read but not counted among the three."""
        key = (i, any_kind)
        if key not in self._recent:  # (read once per block: each of its figures may ask)
            self._recent[key] = self._recent_period(i, any_kind)
        return self._recent[key]

    def _recent_period(self, i: int, any_kind: bool) -> str | None:
        paragraphs = 0
        for j in range(i - 1, max(-1, i - 40), -1):
            b = self.layout.blocks[j]
            if b.kind == "prose":
                paragraphs += 1
                if paragraphs > 3:
                    break
            elif b.kind != "item":
                continue
            # (a paragraph that introduces what follows, "2024年全国粮食播种面积…分别如下:", "In 2024 the
            # figures were as follows:", gives it its year too: when it names one, not "2015年和2020年的数据如下:")
            first, reporting, one = self._stated(j)
            got = first if any_kind or (one and b.text.rstrip().endswith((":", "："))) else reporting
            if got:  # a paragraph states its period first ("2025年第三季度，…，自2023年四季度以来")
                return got
        return None

    def fiscal_quarters(self) -> frozenset[str]:
        """The quarters the page writes as a fiscal year's ("Q4 FY2025", 2025财年第四财季: 2025-Q4), whose "full year"
        after them is that fiscal year (FY2025), read once."""
        if self._fiscal_quarters is None:
            spans = [p for j in range(len(self.layout.blocks)) for p in self.periods(j)]
            # (not a quarter the page also writes as a calendar one, another firm's "Q4 2025" beside "Q4 FY2025")
            self._fiscal_quarters = frozenset(p.period for p in spans if p.fiscal) - \
                frozenset(p.period for p in spans if not p.fiscal)
        return self._fiscal_quarters

    def _stated(self, j: int) -> tuple[str | None, str | None, bool]:
        """The first period block j states (no comparison base, no aside in brackets, its year known), the
        first of the language of reporting periods (a quarter, a half, a span of months or quarters) and whether
        it states one period only, read once (recent_period walks back over the same blocks for each figure)."""
        if j not in self._stated_periods:
            b = self.layout.blocks[j]
            spans = [p for p in self.periods(j) if not p.base and not period.in_brackets(b.text, p.start)]
            got = [p.period for p in spans if not p.period.startswith("?")]
            stated = (self._with_year(p, got, spans) for p in spans)  # (read up to the first reporting one)
            # (a year may be background; "for the year" refers back to one: recent_period's any_kind); a quarter
            # or a half of a year the page never names ("第3季全球…" / "韓國銷售38.5億美元") is still the
            # paragraph's reporting period: a quarter's figure, never the year's
            first = next(((p, q) for p, q in zip(stated, spans) if _REPORTING_PERIOD.fullmatch(p) or
                          _YEARLESS_PART.fullmatch(p) or (p.isdigit() and self._results_of(j, q.end))), None)
            reporting = first[0] if first else None
            if first and self._opens_with_other_figures(j, first[1].start):
                # (an aside: the paragraph reports the period its first figure's sentence states, if it states one,
                # "TV shipments are set to decrease to 197 million units in 2023 … the peak Q4 season …")
                ends = [m.end() for m in _SENTENCE_END.finditer(self.low(j), self.figure_spans[j][0][1])]
                opening = ends[0] if ends else len(self.low(j))
                reporting = next((p for p, q in zip((self._with_year(p, got, spans) for p in spans), spans)
                                  if q.start < opening and not p.startswith("?")), None)
            self._stated_periods[j] = (got[0] if got else None, reporting, len(set(got)) == 1)
        return self._stated_periods[j]

    def _opens_with_other_figures(self, j: int, at: int) -> bool:
        """Block j states figures in a sentence before the one where its period is written at `at`: the
        period is an aside on the way ("排名第一的是苹果,它的出货量为5691.9万台。…苹果在第四季度成绩亮眼,出货量
        达到了1686.3万台"), not the period the paragraph reports, which the next paragraph would carry."""
        figures = self.figure_spans.get(j)
        if not figures or figures[0][0] >= at:
            return False
        low = self.low(j)
        ends = [m.end() for m in _SENTENCE_END.finditer(low, figures[0][1], at)]
        # (a period opening its own sentence starts a new report, "华为2023年全年出货量为1020万台。2024年第一季度,
        # 华为…": no aside)
        return bool(ends) and not _OPENS_WITH_PERIOD.match(low, ends[-1], at)

    def announced(self) -> frozenset[str]:
        """The years whose results the page says a firm announced ("Meituan announced its 2023 Q4 and annual
        financial reports", 公布2023年业绩: _results_of), read once."""
        if not hasattr(self, "_announced"):
            out = set()
            for j in range(len(self.layout.blocks)):
                for q in self.periods(j):
                    if q.period.isdigit() and self._results_of(j, q.end, _ANNOUNCED_PAST):
                        out.add(q.period)
                    elif _QUARTER.fullmatch(q.period) and (m := _AND_ANNUAL.match(self.low(j), q.end)) and \
                            self._results_of(j, m.end(), _ANNOUNCED_PAST):
                        out.add(q.period[:4])
            self._announced = frozenset(out)
        return self._announced

    def _results_of(self, j: int, end: int, announced: re.Pattern | None = None) -> bool:
        """The year ending at `end` in block j names the results a company announces ("published its 2024 financial
        results", "full-year 2024 results", 公布2024年业绩: cues.toml period.results, after a verb of announcing):
        the period the page reports. Never results to come ("expect its 2026 earnings") nor one in the past a
        sentence looks back on ("2019 results were the last before …")."""
        low = self.low(j)
        at = _RESULTS_GAP.match(low, end).end()
        return any(s == at for s, _, _ in self.V.cue("period.results").find(low, at, at + 24)) and \
            bool((announced or _ANNOUNCED).search(low, max(0, end - 48), end - 4))

    def _with_year(self, p, got: list[str], spans: list) -> str:
        """A quarter or half without its year ("第二季") takes the year its block names before it, else the
        document's; "?-Q2" when neither says."""
        if not _YEARLESS_PART.fullmatch(p.period):
            return p.period
        year = next((q.period[:4] for q in reversed(spans) if q.start < p.start and q.period[:4].isdigit()), None)
        year = year or (str(self.year) if self.year else None)
        return f"{year}{p.period[1:]}" if year else p.period

    def low(self, i: int) -> str:
        got = self._low.get(i)
        if got is None:
            got = self._low[i] = lower(self.layout.blocks[i].text)
        return got

    def known(self) -> frozenset[str]:
        """Names the document writes in running text (for Title Case headings)."""
        if self._known is None:
            self._known = frozenset()
            out = set()
            for i, b in enumerate(self.layout.blocks):
                if b.kind in ("prose", "item"):
                    out.update(m.name for m in self.mentions(i) if m.kind == "named")
            self._known = frozenset(out)
        return self._known

    def mentions(self, i: int) -> list:
        """The names of block i (names.find, as the document reads them), with the descriptions that stand for a
        name written before ("the dam" after "Three Gorges Dam": heads.py)."""
        if i not in self._mentions:
            found = self._found(i)
            low = self.low(i)
            if self._may_describe(low, True):
                before, near = self._heads_before(i)
                extra = heads.described(low, before, self._heads_in(i), found, self.V, near)
                if extra:
                    found = sorted(found + extra, key=lambda m: m.start)
            self._mentions[i] = found
        return self._mentions[i]

    def _may_describe(self, low: str, described: bool = False) -> bool:
        """Whether a block could hold a head a name lends (`described`: a description of one, "the dam"): the
        heads the document's capitalised runs and Chinese landmarks could lend, read once, so that most blocks
        are not read for descriptions at all."""
        if self._head_words is None:
            kinds = self._feature_heads()
            latin = {w.lower() for w in _CAP_RUN_END.findall(self.text)} | set(heads.KIND_FIRST) | \
                set(heads.KIND_FIRST.values())
            latin |= {s for w in latin for s in landmarks.kind_spellings(landmarks.kept_kind(w))}  # ("Mogao
            # Grottoes … the caves")
            han = {h for j, b in enumerate(self.layout.blocks) if not b.text.isascii()
                   for _, _, name in landmarks.find_written(self.low(j)) for h in kinds
                   if name.endswith(h) and len(name) > len(h)}
            self._head_words = (frozenset(latin), frozenset(han))
        latin, han = self._head_words
        if "the " in low and any((f"the {w}" if described else w) in low for w in latin):
            return True
        return not low.isascii() and any(w in low for w in han)

    def _heads_in(self, i: int) -> list:
        """The heads the names of block i lend (heads.heads_in), read once."""
        got = self._block_heads.get(i)
        if got is None:
            got = self._block_heads[i] = heads.heads_in(
                self.layout.blocks[i].text, self._found(i), self.V.bodies, self._feature_heads(), self._kinds()[1]) \
                if self._may_describe(self.low(i)) else []
        return got

    def _feature_heads(self) -> tuple[str, ...]:
        """The words for a landmark's kind that end its Chinese name (cues.toml subject.feature_heads)."""
        return tuple(self.V.cues.get("subject.feature_heads", ()))

    def _heads_before(self, i: int) -> tuple[dict, frozenset[str]]:
        """The latest name per head noun in the blocks before block i, and the heads whose latest name is in the
        block right before it (built block by block, each block's state kept)."""
        while len(self._heads_upto) <= i:
            j = len(self._heads_upto)
            state = dict(self._heads_upto[-1][0]) if self._heads_upto else {}
            last = frozenset(h.head for _, h in self._heads_in(j - 1)) if j > 0 else frozenset()
            if j > 0:
                state.update({h.head: h for _, h in self._heads_in(j - 1)})
            self._heads_upto.append((state, last))
        return self._heads_upto[i]

    def _found(self, i: int) -> list:
        if i not in self._raw:
            b = self.layout.blocks[i]
            title = b.kind in ("heading", "prose") and names.is_title(b.text)  # a headline in Title Case
            # a heading takes the names the running text writes; a headline line in the text only the alias
            # table's (reading every paragraph's names for it would cost a scan of the whole document)
            known = self.known() if title and b.kind == "heading" else frozenset()
            found = names.find(b.text, self.low(i), self.V, self.lower_words, known, title, self.starts(),
                               self.dateline(i))
            ours = self.our_country() if any(w in b.text for w in _OURS) and \
                any(b.text[m.start:m.end] in _OURS for m in found) else None
            if ours:  # 我國 on a Traditional Chinese page is Taiwan
                found = [names.Mention(m.start, m.end, ours.name, m.role, ours.kind)
                         if m.role == "entity" and b.text[m.start:m.end] in _OURS and m.name != ours.name
                         else m for m in found]
            terms = self.terms()
            if terms:  # "FDI" alone, where the page wrote "foreign direct investment (FDI)": a term, no one's name
                spans = [(a, t.end()) for t in _TERM_ABBREVIATED.finditer(b.text)
                         if t.group(2) in terms and (a := _defines_term(t)) is not None]
                found = [m for m in found if not (m.kind == "named" and m.role == "entity" and (
                    m.name in terms or any(a <= m.start and m.end <= z for a, z in spans)))]
            figures = self.figure_spans.get(i)
            if figures and found:  # "392 GWe", "5 MWe": the unit written after a figure's number is no one's name
                # (a name inside a figure that starts before it: the furthest end of the figures starting before)
                starts, reach = _furthest_ends(figures)
                found = [m for m in found if reach[bisect.bisect_left(starts, m.start)] < m.end]
            if self.declared() is not declared.NONE:  # 艾尔斯岩石(Ayers Rock)又名乌鲁鲁巨石: one name (declared.py)
                found = declared.mark(b.text, self.low(i), found, self.declared(), self.V)
            coded = self.coded() | self.titled() | self.reporting()
            if coded and not b.text.isascii():  # 泡泡玛特 after 泡泡玛特(HK09992): the firm the page named by its code
                found = names.with_coded(b.text, found, coded, self.V)  # (or its title: 美团2023年营收净利双增)
            bodies = self.bodies()
            if bodies:  # "GWEC" alone, where the page wrote "Global Wind Energy Council (GWEC)": a source
                found = [names.Mention(m.start, m.end, m.name, "research", "research")
                         if m.kind == "named" and m.role == "entity" and m.name in bodies else m for m in found]
            self._raw[i] = found
        return self._raw[i]

    def coded(self) -> frozenset[str]:
        """The Chinese names the page writes before a stock code (泡泡玛特(HK09992)), read once: firms wherever the
        page writes them again ("2024年泡泡玛特实现营收130.4亿元")."""
        if not hasattr(self, "_coded"):
            self._coded = frozenset(n for b in self.layout.blocks if "(" in b.text or "（" in b.text
                                    for _, _, n in names.coded(b.text, self.V) if not n.isascii())
        return self._coded

    def titled(self) -> frozenset[str]:
        """The Chinese names no table knows that the page's title opens a clause with (美团2023年营收净利双增,
        四季度…), read once: the firm the page is about, wherever its body writes it again (22日盘后,美团公布了…)."""
        if not hasattr(self, "_titled"):
            self._titled = frozenset()  # (a title naming no one, or none)
            title = next((j for j in self.lead(past_furniture=True) if _says_something(self.layout.blocks[j].text)), None)
            if title is not None and _headline(self.layout.blocks[title], 200) and \
                    _HAN_CHAR.search(text := self.layout.blocks[title].text):
                self._titled = frozenset(text[m.start:m.end] for m in self._unknown_han_names(title)
                                         if text[m.start:m.end] == m.name)
        return self._titled

    def _unknown_han_names(self, j: int) -> list[names.Mention]:
        """The open-world names of block j (kind "named") written in two or more Chinese characters, read without
        the names the page codes, titles or says report (what those sets are made of): no byline's "Lü Dong"."""
        text = self.layout.blocks[j].text
        return [m for m in names.find(text, self.low(j), self.V, self.lower_words, frozenset(), False, self.starts(),
                                      self.dateline(j))
                if m.role == "entity" and m.kind == "named" and m.end - m.start >= 2 and
                _HAN_NAME.fullmatch(text, m.start, m.end)]

    def reporting(self) -> frozenset[str]:
        """The Chinese names no table knows that the page says publish their results (3月5日,蔚来发布2023年Q4及全年
        财报), read once: a firm wherever the page writes it again (2023年蔚来全年毛利率为5.5%)."""
        if not hasattr(self, "_reporting"):
            out = set()
            for i, b in enumerate(self.layout.blocks):
                if b.text.isascii() or not _PUBLISHING.search(b.text):
                    continue
                out.update(b.text[m.start:m.end] for m in self._unknown_han_names(i)
                           if names.publishes(b.text, m.end) and names.alias(m.name, self.V) is None)
            self._reporting = frozenset(out)
        return self._reporting

    def declared(self) -> declared.Declared:
        """The sets of names the page declares one (declared.py), read once."""
        if not hasattr(self, "_declared"):
            self._declared = declared.read([b.text for b in self.layout.blocks], self.V)
        return self._declared

    def owners(self) -> frozenset[str]:
        """Names the page writes in the possessive ("Codelco's own production", "Codelco's Production Trends",
        "Zentria's revenue"): names that have figures of their own, so "Codelco reported a 0.3% increase" is
        Codelco's figure, as a company the alias table knows would be (a research firm is rarely written so)."""
        if not hasattr(self, "_owners"):
            self._owners = frozenset(names.clean_name(m.group(1), self.V) for nl in self.seq
                                     if "'s" in nl.text or "’s" in nl.text for m in _POSSESSIVE_NAME.finditer(nl.text))
        return self._owners

    def bodies(self) -> frozenset[str]:
        """Abbreviations the document gives a body that publishes figures ("the International Air Transport
        Association (IATA)", 全球风能理事会(GWEC)): the abbreviation alone names that body, a source."""
        if not hasattr(self, "_bodies"):
            out = set()
            for nl in self.seq:
                if ("(" not in nl.text and "（" not in nl.text) or not _ABBREVIATION_ONLY.search(nl.text):
                    continue  # (every match ends with an abbreviation in brackets: the long pattern only there)
                for m in _ABBREVIATED.finditer(nl.text):
                    name = m.group(1).strip()
                    if names.is_body(name, self.V):
                        out.add(m.group(2))
            self._bodies = frozenset(out)
        return self._bodies

    def terms(self) -> frozenset[str]:
        """Abbreviations the document gives a phrase of ordinary words ("foreign direct investment (FDI)",
        "compound annual growth rate (CAGR)", "electric vehicles (EVs)"): the abbreviation alone is
        that term, never a name (a body's is one: "the International Energy Agency (IEA)", see `bodies`). So is
        an unknown abbreviation the page writes inside a noun phrase ("China's total PV capacity") and never as
        an actor ("BMW's", "BMW sold")."""
        if not hasattr(self, "_terms"):
            out, found_title = set(), set()
            for nl in self.seq:
                if "(" not in nl.text and "（" not in nl.text:
                    continue
                for m in _TERM_ABBREVIATED.finditer(nl.text):
                    if _defines_term(m) is not None and not names.group_or_body(m.group(1), m.group(2), self.V):
                        ab = m.group(2)
                        out.update((ab, ab if ab.endswith("s") else ab + "s"))  # ("NCDs" alone after "… (NCDs)")
                found_title.update(t for t in _title_terms(nl.text, self.V) if names.alias(t, self.V) is None)
            before = self.V.cues.get("object.before_terms", ())
            found: set[str] = set()
            for nl in self.seq:
                # an abbreviation inside a noun phrase, after a possessive or a word that says which amount, before
                # a noun ("China's total PV capacity", "the firm's HBM revenue", "new PV installations"): a term
                found.update(m.group(2) for m in _TERM_IN_PHRASE.finditer(nl.text)
                             if (m.group(1).endswith(("'s", "’s")) or m.group(1).lower() in before)
                             and not self._acts(m.group(3).lower())
                             and names.alias(m.group(2), self.V) is None and m.group(2) not in self.bodies())
            # (a body the page names in full keeps its abbreviation: "the total number of CLIA cruise line ships";
            # and one the page writes as an actor is a name: "Germany's BMW sold", "BMW's revenue", "BMW reported")
            # (a spelling in capitals may be a firm's, "Vestas Wind Systems (VWS)": one the page writes as an actor
            # stays a name, as above)
            out.update(t for t in found | found_title
                       if not any(self._names_an_actor(t, nl.text) for nl in self.seq if t in nl.text))
            self._terms = frozenset(out)
        return self._terms

    def _acts(self, word: str) -> bool:
        """A verb of what a company did (cues.toml subject.verbs, in the past: "sold", "reported"; a present
        form may be a plural noun: "PV imports", "LNG exports")."""
        return word in self.V.cues.get("subject.verbs", ()) and not word.endswith("s")

    def _names_an_actor(self, t: str, text: str) -> bool:
        """Abbreviation t is written in text with a possessive, or before a verb of what a company does."""
        return any(m.group(1) is None or self._acts(m.group(1))
                   for m in re.finditer(rf"\b{t}(?:['’]s\b|\s+([a-z]+))", text))

    def starts(self) -> frozenset[str]:
        """Lower-cased capitalised words never seen inside a sentence (so far only at starts: not names)."""
        if not hasattr(self, "_starts"):
            words = set()
            for nl in self.seq:
                # a line's first word (after a bullet or a number) is read at its start; the scan for the words
                # after a full stop or an opening quote begins after it (one pattern with ^ among its branches
                # would be tried at every character)
                first = _LINE_START_WORD.match(nl.text)
                if first:
                    words.add(first.group(1))
                words.update(_SENTENCE_START_WORD.findall(nl.text, first.end() if first else 0))
                if "(" in nl.text or "（" in nl.text:
                    # a Latin word beside its Chinese in brackets names a thing when no dictionary lists it
                    # ("帕博利珠单抗(Keytruda)", "1. Keytruda(可瑞达)"), and glosses it when one does ("自由现金流(Free)",
                    # "1. Overview(概述)"): an ordinary word, as at a sentence start
                    for m in _GLOSSED.finditer(nl.text):
                        w = m.group(1) or m.group(2)
                        if names.english_word(w):
                            words.add(w)
                        else:
                            words.discard(w)
            for i, b in enumerate(self.layout.blocks):  # (and the word right after a dateline: "HÀ NỘI — Disbursement")
                end = self.dateline(i)
                after = _LINE_START_WORD.match(b.text, end) if end else None
                if after:
                    words.add(after.group(1))
            self._starts = frozenset(w.lower() for w in words if w not in self.mid_caps)
        return self._starts

    def sources(self, i: int, ss: int, se: int, strong_only: bool = False) -> list:
        """The sources of the sentence [ss, se) of block i (source.sources), read once: the carry walk reads a
        block again as the one before the next."""
        key = (i, ss, se, strong_only)
        if key not in self._sources:
            b = self.layout.blocks[i]
            # (only the mentions starting in it can be the sentence's: a block's mentions sliced, not filtered)
            self._sources[key] = source.sources(b.text, self.low(i), (ss, se), self.starting(i, ss, se, True),
                                                self.V, strong_only)
        return self._sources[key]

    def starting(self, i: int, a: int, z: int, through: bool = False) -> list:
        """The mentions of block i that start in [a, z) ([a, z] `through`), in order: found by bisection on the
        block's mentions, sorted by start (names.find), rather than by testing each for each sentence."""
        got = self._mention_starts.get(i)
        if got is None:
            found = self.mentions(i)
            got = self._mention_starts[i] = ([m.start for m in found], found)
        starts, found = got
        lo = bisect.bisect_left(starts, a)
        return found[lo:(bisect.bisect_right if through else bisect.bisect_left)(starts, z, lo)]

    def header_period(self, header: str) -> str | None:
        """The first period a column header names ("Q3 2025 Shipments"), read once per header."""
        if header not in self._header_periods:
            hp = period.find_periods(header, lower(header), self.V, self.year)
            self._header_periods[header] = hp[0].period if hp else None
        return self._header_periods[header]

    def named_by_sentence(self, j: int) -> list[tuple[int, int, str | None, str | None, bool]]:
        """For each sentence of block j: (start, end, the first name it hands on, the names it joins, whether
        that name is a place), read once (the carry walk reads a block as the current one and again as the one
        before the next)."""
        if j not in self._named:
            bj = self.layout.blocks[j]
            jb = [0, *bj.sentences]
            out = []
            for a, z in zip(jb, jb[1:] + [len(bj.text)]):
                ms = self.starting(j, a, z)  # the sentence's mentions
                if not any(m.role == "entity" for m in ms):  # (no name to hand on: its sources are not read)
                    out.append((a, z, None, None, False))
                    continue
                # (who says so is not handed on: "according to X", a speaker after a quotation ("…,” Bill adds")
                # or before what is said ("The Houston Chronicle reports that the U.S. produced …"))
                strong = set(self.sources(j, a, z, strong_only=True))
                strong.update(m for m in ms if m.role == "entity" and source.speaker(bj.text, m))
                # (nor the body owning a report that says so: "HUD's 2023 Annual Homeless Assessment Report found")
                strong.update(source.owners_of(bj.text, list(strong), ms))
                # (nor a name the sentence compares its thing with: "it is exceeded in size only by Lake Superior.
                # Its greatest length …" is still the lake the paragraph is about)
                named = [m for m in ms if m.role == "entity" and m not in strong
                         and not basis_mod.names_a_market(bj.text, m) and not _aside_place(bj.text, a, m)
                         and not _SINCE_CLAUSE.match(bj.text, a, m.start)
                         and not left_out(bj.text, m)
                         and not compared_with(bj.text, m.start, a)
                         and not subject.located_in(bj.text, m, ms, a)]
                # the name handed on: a company before a place ("it reported a 1% decline in China. … helped the
                # company achieve …": Apple, not China); a place named after the sentence's own pronoun keeps
                # the name carried so far
                firms = [m for m in named if m.kind not in ("country", "region")]
                pronoun_first = bool(named) and any(m.role == "pronoun" and m.start < named[0].start for m in ms)
                # (and a sentence whose subject is its pronoun hands on the name carried, whatever it names later:
                # "It's situated between the Arctic and Atlantic oceans, east of Canada's Arctic Archipelago.
                # Around 79% of its surface …": Greenland's; not a possessive, "该公司的减肥药物Tirzepatide…")
                if not firms:
                    # (a firm that publishes its own figures is whose they are: 外界就一直关注丰田集团发布2023年的销量
                    # 数据。…这间日本汽车巨头去年以11,233,039辆…: Toyota's)
                    firms = [m for m in ms if m in strong and m.kind == "company"
                             and not _SINCE_CLAUSE.match(bj.text, a, m.start)][:1]
                    named = named or firms
                if not named or pronoun_first and _OPENED_BY_PRONOUN.match(bj.text, a):
                    first = None
                elif firms:
                    first = firms[0].name
                else:
                    first = None if pronoun_first else named[0].name
                out.append((a, z, first, subject.joined_names(bj.text, named) if named else None,
                            bool(named) and not firms))
            self._named[j] = out
        return self._named[j]

    def topic_sentence(self, i: int, ss: int) -> str | None:
        """The country or region the sentence before the one starting at ss in block i is about, when that
        sentence states no figure (a date is none) and one place is its grammatical subject, a verb of being or
        standing right after it ("China is by far the world's largest market.", "Japan remained the second largest
        market, behind China.", 日本仍是第二大市场。): what the figures of the next sentence, naming no one, are of."""
        b = self.layout.blocks[i]
        starts, k = self._sentence_at(i, ss)
        if k < 1 or b.kind == "row":
            return None
        a, z = starts[k - 1], starts[k]
        if _states_a_figure(self.low(i)[a:z]):
            return None
        names = {m.name for m in self.starting(i, a, z) if m.role == "entity" and m.kind in ("country", "region")
                 and _TOPIC_VERB.match(b.text, m.end)}
        return names.pop() if len(names) == 1 else None

    def _sentence_at(self, i: int, ss: int) -> tuple[list[int], int]:
        """Block i's sentence starts (read once) and the index of the sentence holding offset ss."""
        starts = self._sentence_starts.get(i)
        if starts is None:
            starts = self._sentence_starts[i] = [0, *self.layout.blocks[i].sentences]
        return starts, bisect.bisect_right(starts, ss) - 1

    def landmark_before(self, i: int, ss: int) -> str | None:
        """The landmark the sentence before the one starting at ss in block i opens with, as its subject, over
        sentences between that name no one: what a sentence naming no one states the size of (九寨溝處在青藏高原東南
        的…,屬世界高寒喀斯特地貌。總面積約620km²: Jiuzhaigou Valley's, not the province a page names; a Chinese
        sentence leaves the thing it is about out). A landmark is a name with a landmark's kind word or one the
        landmark table names (landmarks.tsv); not a place, a firm or a person ("Sichuan is a province. …")."""
        b = self.layout.blocks[i]
        if b.kind == "row":
            return None
        starts, k = self._sentence_at(i, ss)
        for j in range(k - 1, max(-1, k - 3), -1):  # (the sentence before, or the one before it)
            a, z = starts[j], starts[j + 1]
            ms = [m for m in self.starting(i, a, z) if m.role in ("entity", "pronoun")]
            if not ms:
                continue  # (naming no one: the thing is still the one before)
            first = ms[0]
            if first.role != "entity" or b.text[a:first.start].strip(_OPENING_MARKS) or \
                    not (self.is_landmark(first.name) or first.name in landmarks.english_names()):
                return None
            return self.landmark_named(first.name)
        return None

    def _items_above(self, i: int):
        """The items list item i is nested under (layout.parent_item), nearest first."""
        j = layout.parent_item(self.layout.blocks, i)
        while j is not None:
            yield j
            j = layout.parent_item(self.layout.blocks, j)

    def _entry_above(self, i: int) -> int | None:
        """The numbered entry a short label line belongs to: "1. Keytruda(可瑞达)" / "默沙东" / "2024年销售额:294.82
        亿美元" / "同比变化:+17.9%" (a ranking's entry names what the label lines under it give figures of). The walk
        back passes only short lines (labels, or a line of no figure); the entry states no figure and is short."""
        blocks = self.layout.blocks
        if blocks[i].kind == "item" or len(blocks[i].text) > 40 or not _LABEL_LINE.match(blocks[i].text):
            return None
        for j in range(i - 1, max(-1, i - 6), -1):
            b = blocks[j]
            if b.pieces[-1].line + 1 != blocks[j + 1].pieces[0].line:
                return None  # (a blank line ends the entry: "2. 比亚迪" / "" / "行业概况" / "全国装机量:300GWh")
            if b.kind == "item":
                return j if not self.figure_spans.get(j) and len(b.text) <= 60 and \
                    not b.text.rstrip().endswith(("。", ".", "!", "?", "！", "？")) else None
            if len(b.text) > 40 or (self.figure_spans.get(j) and not _LABEL_LINE.match(b.text)) or \
                    b.text.rstrip().endswith(("。", ".", "!", "?", "！", "？")):
                return None  # (nor a sentence: "1. 华为" / "华为是国内领先的通信企业。" / "2024年全国5G基站总数:425万个")
        return None

    def item_owner(self, i: int) -> str | None:
        """The one name the nearest item above list item i that names any names (none when it names several):
        whose figures its sub-items give ("1. 中国:…" / "  • 年度安装量:约29万台"); for a label line under a
        numbered entry, the entry's (_entry_above)."""
        if i not in self._item_owners:
            above = list(self._items_above(i))
            if not above and (entry := self._entry_above(i)) is not None:
                above = [entry]
            named = ({m.name for m in self.mentions(j) if m.role == "entity" and not (
                self.layout.blocks[j].kind == "prose" and self._aside_or_source(j, m))}
                for j in above)
            got = next((n for n in named if n), set())
            self._item_owners[i] = got.pop() if len(got) == 1 else None
        return self._item_owners[i]

    def _aside_or_source(self, j: int, m) -> bool:
        """A name of paragraph j, which leads list items in, that is not whose figures they are: any but a place,
        one in brackets (an aside), a partner, a yardstick or a place left out ("对美国出口情况如下：", "Compared with
        the United States:", "Excluding China,"), or one that says so."""
        b = self.layout.blocks[j]
        return m.kind not in ("country", "region") or period.in_brackets(b.text, m.start) or \
            bool(_NOT_THE_LEADS.search(b.text, max(0, m.start - 16), m.start)) or \
            bool(_NOT_THE_LEADS_AFTER.match(b.text, m.end)) or m in self.sources(j, *b.sentence(m.start))

    def item_object(self, i: int) -> tuple[frozenset, frozenset]:
        """(concept keys, words) of the paragraph that leads list item i in, when it states no figure of its own:
        what the items' bare figures measure ("2024年食用即食麵最多的國家及地區分別是：" / "2. 印尼（146.8億份）").
        Empty for an item nested under another item (that one names whose figures they are, not what)."""
        if i not in self._item_objects:
            j = layout.parent_item(self.layout.blocks, i)
            got: tuple[frozenset, frozenset] = (frozenset(), frozenset())
            if j is not None and self.layout.blocks[j].kind == "prose" and not self.figure_spans.get(j):
                b = self.layout.blocks[j]
                skip = [(m.start, m.end) for m in self.mentions(j)] + [(p.start, p.end) for p in self.periods(j)]
                ss, se = b.sentence(len(b.text.rstrip()) - 1)  # (the sentence the colon ends, not the paragraph)
                keys, words = measure.words_of(b.text, self.low(j), ss, se, self.V, skip)
                got = (frozenset(keys), frozenset(words))
            self._item_objects[i] = got
        return self._item_objects[i]

    def item_period(self, i: int) -> str | None:
        """The first period the items list item i is nested under state, nearest first ("一、2023年全球工业机器人
        安装量TOP 5国家" / "1. 中国:…" / "  • 年度安装量:约29万台": 2023)."""
        return next((p for p in (self._stated(j)[0] for j in self._items_above(i)) if p), None)

    def national(self, name: str) -> str | None:
        """_national(name), read once per name: a page names its sources and subjects again and again (and
        _national converts the name to Simplified characters, which is slow)."""
        if name not in self._nationals:
            self._nationals[name] = _national(name, self.V)
        return self._nationals[name]

    def public_body(self, name: str) -> bool:
        """_public_body(name), read once per name (as `national`)."""
        if name not in self._public:
            self._public[name] = _public_body(name, self.V)
        return self._public[name]

    def dateline(self, i: int) -> int:
        """Where block i's dateline ends (names.dateline_end; 0 without one), read once: names and periods ask."""
        if i not in self._dateline:
            self._dateline[i] = names.dateline_end(self.layout.blocks[i].text, self.V)
        return self._dateline[i]

    def periods(self, i: int) -> list:
        """The periods block i names, leaving out its dateline ("NEEDHAM, Mass., August 8, 2025 –": when the
        news was filed, not what its figures are about) and web addresses."""
        if i not in self._periods:
            b = self.layout.blocks[i]
            line = self.dateline(i)
            links = names.addresses(b.text)  # (".../2021/03/18/china-wind-turbines-2020/")
            # ("… reaches 75.6% Published: Mar 03, 2023 02:40 AM", a headline run into its date: when, not what about)
            links = links + [(m.start(), m.end() + 32) for m in _PUBLISHED.finditer(b.text)]
            self._periods[i] = [p for p in period.find_periods(b.text, self.low(i), self.V, self.year, self.minguo(),
                                                                    self.minguo_evident())
                                if p.start >= line and not any(s <= p.start < e for s, e in links)]
        return self._periods[i]


# a label saying when the page was published or updated ("Published: Mar 03, 2023", 发布时间：2023-03-03): the
# date after it dates no figure, even where a headline with no full stop runs into it
_PUBLISHED = re.compile(r"\b(?:published|updated|last updated|first published|posted)(?: on)?\s*[:：]|"
                        r"(?:发布|發佈|發布|更新|发表|發表)(?:时间|時間|日期)\s*[:：]", re.I)


def _furthest_ends(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts of the spans in order, and `reach`: reach[k] the furthest end of the first k of them (-1 for
    none). "Some span starting before x ends at y or later" is then reach[bisect_left(starts, x)] >= y."""
    starts, reach, far = [], [-1], -1
    for s, e in sorted(spans):
        starts.append(s)
        far = max(far, e)
        reach.append(far)
    return starts, reach


def _the_broader(keys: set, V: Vocab, low: str, ss: int, e: int) -> set:
    """"China, the world's biggest pork consumer, produced 42.55 million tonnes of the meat": a broader topic
    after "the" (the meat, the metal, the crop) is the narrower one its sentence named before it, when it named
    one (concepts.toml `within`)."""
    for k in [k for k in keys if V.roles.get(k) == "topic" and k in V.within.values()]:
        the = [a for a, b, w in V.concept_match.find(low, ss, e + 40)
               if V.concepts[w].key == k and low.endswith("the ", ss, a)]
        if not the:
            continue
        narrower = {V.concepts[w].key for a, b, w in V.concept_match.find(low, ss, the[0])
                    if V.within.get(V.concepts[w].key) == k}
        if len(narrower) == 1:
            keys = (keys - {k}) | narrower
    return keys


def _speaking_firm(d: "_Doc", v: View, usable: list, firm: str | None, V: Vocab) -> str | None:
    """The firm a description saying a sentence's figures stands for ("Net profit totaled CNY23.6 billion …, the
    Beijing-based company said yesterday"): the firm the sentences before carry, else the page's; None where the
    sentence speaks of a market ("The global smartphone market grew 7 percent, the company said") or the one saying
    it is a research firm ("…, the research firm said")."""
    speaker = subject.closing_speaker(v, usable)
    if speaker is None or _market_wide(v.low, v.ss, v.se, totals=False) or \
            _RESEARCH_SPEAKER.search(v.low, max(v.e, v.low.rfind(",", v.e, speaker.start)), speaker.end):
        return None  # (the research words of the speaker's own phrase: not "driven by data center sales, the company")
    return firm or d.lead_firm()


# (a description of a research body: "the research firm", "the market tracker", "the consultancy")
_RESEARCH_SPEAKER = re.compile(r"\b(?:research|analyst|analytics|consultancy|consulting|tracker|tracking|data|"
                               r"statistics|rating|ratings)\b")


def _firm_pronoun(name: str, V: Vocab) -> bool:
    """A pronoun that stands for a firm: a description (the company, the state-owned miner: cues.toml
    subject.description_heads) or 该公司, 公司, 该集团 (subject.firm_pronouns)."""
    head = name[4:] if name.startswith("the ") else None
    if head is not None:
        head = head[:-2] if head.endswith(("'s", "’s")) else head
        return head in V.cues.get("subject.description_heads", ())
    return name in V.cues.get("subject.firm_pronouns", ())


def _body_pattern(V: Vocab):
    """(pattern, Chinese name -> country) for _Doc._named_bodies, built once per vocabulary; None where the
    vocabulary has no body endings or no country 我国 may name."""
    if "_body_pattern" not in V.__dict__:
        # (endings of two characters or more: 协会, 委员会; 部, 局 end place words too, 西南部)
        endings = "|".join(re.escape(e) for e in V.cues.get("subject.public_body_endings", ())
                           if not e.isascii() and len(e) >= 2)
        # (only the countries 我国 may name on some page: a Taiwanese page citing 美國能源部 still speaks as Taiwan)
        ours = {n.lower() for k, names_ in V.cues.items() if k.startswith("subject.our_country.") for n in names_}
        names_ = {w: e.name for w, e in V.entities.items()
                  if e.name.lower() in ours and e.kind == "country" and not e.adjective and not w.isascii()}
        alias = "|".join(re.escape(w) for w in sorted(names_, key=len, reverse=True))
        V.__dict__["_body_pattern"] = (re.compile(rf"({alias})[\u4e00-\u9fff]{{2,10}}?(?:{endings})"), names_) \
            if endings and names_ else None
    return V.__dict__["_body_pattern"]


def _is_place(name: str, V: Vocab) -> bool:
    """The alias table knows the name as a country or a region."""
    ent = V.entity(name)
    return ent is not None and ent.kind in ("country", "region")


# the world a place is ranked in, no world the page is about: "the world's largest car market", 全球最大, 全球第一,
# "largest in the world", 位居全球, 占全球; and a name: "World War II", "the World Cup", "The Globe and Mail",
# "globe-trotting"
_RANKED_AFTER = re.compile(r"(?:['’]s)?\s*(?:[a-z\-]+\s+)?(?:largest|biggest|top|leading|first|second|third|fourth|fifth|"
                           r"most|highest|lowest|greatest|number one|no\.\s*1)\b|\s*(?:最大|最多|最高|第[一二三四五六七八九十\d]|"
                           r"前[一二三四五六七八九十\d]|之最|首位|领先|首屈)")
_RANKED_BEFORE = re.compile(r"(?:largest|biggest|top|leading|first|second|third|most|highest|greatest|no\.\s*1|number one)"
                            r"\s+(?:[a-z\-]+\s+)?(?:in|of)\s+$|(?:位居|位列|居|占|領先|领先)\s*$")
_NAMED_WORLD = re.compile(r"(?:World|Global|Globe)\s+[A-Z0-9]|[Gg]lobe-|the\s+globe-|The Globe and")


_PAST_RECORD = re.compile(r"\b(?:previous|prior|last|former|old|earlier)\s+(?:all-time\s+)?(?:record|high|peak)\b"
                          r"|此前的?(?:纪录|记录|最高|峰值|高点)|(?:纪录|记录)是")


def _world_before(out: list[Claim], idxs: list[int], k: int, order: list[tuple[int, int, int]]):
    """The frame of the figure before this one (in its paragraph, or the last of the paragraphs before) when it
    is the world's (no one named, scope global); else None."""
    x = out[idxs[k - 1]].context if k > 0 else (out[order[-1][0]].context if order else None)
    return x if x is not None and x.subject is None and x.scope == "global" else None


def _figure_of_sentence_before(out: list[Claim], order: list[tuple[int, int, int]], b, bi: int, ss: int):
    """The frame of the last figure of the sentence right before the one starting at ss, in its block; else None."""
    if ss == 0:
        return None
    before = b.sentence(ss - 1)[0]
    for i, bj, sj in reversed(order):
        if bj != bi or sj < before:
            return None
        if sj == before:
            return out[i].context
    return None


def _same_object_before(out: list[Claim], order: list[tuple[int, int, int]], bi: int, keys: frozenset[str],
                        kind: str, market_wide: bool = False) -> str | None:
    """The subject of the nearest figure before this one, in its block or the one before, that measures the same
    object (its concept keys) with the same kind of number (in its block, any kind but a share, of a firm named
    there), when that one names someone; else None. `market_wide`: the figure's sentence says it is the whole
    market's ("industry-wide", "by all makers")."""
    for i, b, _ in reversed(order):
        if b < bi - 1:
            break
        x = out[i].context
        if x is None or frozenset(x.topics) != keys:
            continue
        if x.measure != kind:
            # (in its own paragraph, a figure of another kind of a firm named there: "Lenovo's shipments rose
            # 10.8% … Shipments reached 15.1 million units": Lenovo's; not a place's, "Installations in Asia rose
            # 5% in 2023. The annual installation figure of 541,302 units" is the world's; nor a share's, of
            # another whole; nor one the sentence says is the market's, "Industry-wide, shipments reached …")
            if b != bi or "share" in (kind, x.measure) or x.how != "named" or not x.subject or \
                    _is_place(x.subject, vocab()) or market_wide:
                continue
        return x.subject if x.subject and x.how in ("named", "pronoun", "continued") else None
    return None


def _before_in_block(out: list[Claim], idxs: list[int], k: int) -> str | None:
    """The place the figures of the block's sentences before this one are about, when they name one: 全国粮食
    总产量70650万吨…。其中谷物产量65229万吨 (a part of what the sentence before measured, in the same place)."""
    x = out[idxs[k - 1]].context if k > 0 else None  # (the nearest: 全球谷物产量…。其中小麦 is the world's)
    return x.subject if x is not None and x.subject and x.how in ("document", "paragraph") else None


def _infobox_title(d: _Doc, bi: int) -> str | None:
    """The landmark an infobox's title row names ("裏海 | |" over "面積 | 371,000 km2 |", "Lake Baikal | |" over
    "Max. depth | 1,642 m |"): the first row of a table of labels and values (two filled cells a row) that holds one
    filled cell naming one landmark (_Doc.is_landmark_name: a caption, "Quick Facts | |", names none); its rows'
    figures are that landmark's, their labels what each measures. The table's rows are those right above one
    another (a separator line, "---|---|", or an empty row between); read once per table."""
    blocks = d.layout.blocks
    b = blocks[bi]
    if len([k for k in range(len(b.cells)) if b.cell_text(k).strip()]) != 2:
        return None
    memo = d.__dict__.setdefault("_table_top", {})
    top = bi
    while top > 0 and top not in memo and blocks[top - 1].kind == "row" and _same_table(d, top - 1, top):
        top -= 1
    top = memo.get(top, top)
    for k in range(top, bi + 1):
        memo[k] = top  # (every row walked has that top: the next row's walk stops at the first)
    if top == bi:
        return None
    t = blocks[top]
    filled = [k for k in range(len(t.cells)) if t.cell_text(k).strip()]
    if len(filled) != 1:
        return None
    s, e = t.cells[filled[0]]
    got = {m.name for m in d.mentions(top) if s <= m.start < e and m.role == "entity" and m.kind == "named"
           and d.is_landmark_name(m.name)}
    return got.pop() if len(got) == 1 else None


_TABLE_FILLER = re.compile(r"[\s|:\-]*$")  # a separator line, "---|---|", or an empty row, "| |"


def _same_table(d: _Doc, a: int, b: int) -> bool:
    """Whether row block a is the row right above row block b in one table: only separator lines or empty rows
    between (a blank line ends a table)."""
    last, first = d.layout.blocks[a].pieces[-1].line, d.layout.blocks[b].pieces[0].line
    between = d.seq_lines(last + 1, first)
    return len(between) <= 3 and all(t.strip() and _TABLE_FILLER.match(t) for t in between)


def _table_caption(d: _Doc, b) -> str:
    """The caption a table's rows read what they measure from: the short line right above its header row, when it
    comes after the table's heading ("Remittance flow to LMIC from 2017 to 2025 ($ Billions & Growth Rate %)")."""
    if b.kind != "row" or not b.header:
        return ""
    above = d.layout.blocks[b.header - 1]
    if above.kind != "prose" or len(above.text) > 160 or (b.heading is not None and b.header - 1 <= b.heading):
        return ""
    return _without_addresses(above.text)


def _without_addresses(text: str) -> str:
    """The text with its web and mail addresses blanked out (names.addresses): no words of what a figure measures."""
    for a, b in reversed(names.addresses(text)):
        text = text[:a] + " " + text[b:]
    return text


def _written_lower(d: _Doc, label: str) -> bool:
    """A row label of several words, capitalised only as a cell is, that the page also writes in lower case in its
    prose (its lines joined, a line break as a space)."""
    label = label.strip()
    if len(label) < 12 or " " not in label or not label[:1].isupper() or not label[1:2].islower():
        return False
    flat = d.__dict__.get("_flat")
    if flat is None:
        flat = d.__dict__["_flat"] = " ".join(d.text.split())
    return (label[0].lower() + label[1:]) in flat


def _in_quote(text: str, s: int) -> bool:
    """Position s of a block is inside a quotation opened with a curly quote (“…”, 「…」) before it: one that
    has run some way (a scare quote, “中国制造”, names a thing) and not too far (a quotation left open runs to
    the next paragraph, not to the end of this one)."""
    for o, c in (("“", "”"), ("「", "」")):
        k = text.rfind(o, max(0, s - 600), s)
        if k >= 0 and s - k > 15 and text.find(c, k, s) < 0:
            return True
    return False


# what lies between a rate and the same rate at another time it is compared with: ", up from ", "in 2024, a notable
# increase from ", "compared with ", "远高于2023年的", "，高于去年的"
# a new clause about something else between the two figures ("grew 8% in 2024, while its market share was down
# from 20%"): no comparison of one rate
_ANOTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|its|their|his|her)\b|而|但")
_COMPARED_BACK = re.compile(r"[^.;。；!?]{0,40}?(?:\b(?:up|down|an?\s+(?:[a-z]+\s+)?(?:increase|decrease|rise|drop|decline|"
                            r"jump|fall|gain|slowdown|acceleration))\s+from|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|"
                            r"\b(?:higher|lower|faster|slower)\s+than(?:\s+(?:the|in|that\s+of))?|远?[高低]于|快于|慢于)"
                            r"\s*(?:(?:19|20)\d{2}\s*年?\s*的?|去年的?|上年的?|前一年的?)?\s*")


_UNSETTLED = object()  # (_settled_topic: the terms pending could change the topic)


def _settled_topic(kept: list, pending: list, V: Vocab):
    """The topic _Doc._topic_of gives whichever of the `pending` terms are found inside names (and left out):
    settled by the counts alone, else _UNSETTLED. Settled only where neither a term named once nor a tie
    could decide it, and with a margin on the 60% rule (never decided at its edge, where the float product
    could fall either way)."""
    from collections import Counter

    low, extra = Counter(k for *_, k in kept), Counter(k for *_, k in pending)
    if sum(low.values()) < 2:
        return _UNSETTLED  # (a term named once may be the topic: that reads its sentence)
    family = lambda k: V.within.get(k, k)
    high = low + extra
    fams = {family(k) for k in high}

    def share(f: str, of: Counter, rest: Counter) -> tuple[int, int]:
        """(terms of family f in `of`, other terms in `rest`)."""
        return sum(n for k, n in of.items() if family(k) == f), sum(n for k, n in rest.items() if family(k) != f)

    # the 60% rule, near >= 0.6 * all: 2 * near - 3 * others >= 0 on integers, with a margin of one
    never = lambda f: (lambda near, others: 2 * near - 3 * others < 0)(*share(f, high, low))
    if all(never(f) for f in fams):
        return None  # no family can have most of the words, however the pending terms fall
    top = [k for k in high if all(low[k] > high[j] for j in high if j != k)]
    if not top or low[top[0]] < 2:
        return _UNSETTLED  # (the most named is not the same in every reading, or may be named once)
    top = top[0]
    near, others = share(family(top), low, high)
    if 2 * near - 3 * others <= 0:
        return None if never(family(top)) else _UNSETTLED
    if top in V.within:  # (the kinds of one thing: counted exactly only when none of them is pending)
        if any(extra[k] for k in high if k != family(k) and family(k) == family(top)):
            return _UNSETTLED
        kinds = sorted((n for k, n in low.items() if k != family(k) and family(k) == family(top)), reverse=True)
        if len(kinds) >= 2 and 3 * kinds[1] >= kinds[0]:
            return family(top)
    return top


# a sentence opening with a pronoun as its subject: "It's situated", "It is", "They have", "The company said", 该公司表示
# (not "Its", "Their", 该公司的: a possessive, whose noun may be the subject)
_OPENED_BY_PRONOUN = re.compile(r"\s*[“\"']?(?:it[’']s\b|(?:it|they|he|she|the (?:company|firm|group|country|island)|"
                                r"该公司|该集团|它们|它|他们)(?![\w'’]|的))"
                                # (not one that says or finds what it names next: "It found that Nvidia dominates …",
                                # "It draws on data from …", 它指出: the names are what it reports, the new topic)
                                r"(?!\s+(?:also\s+)?(?:said|says|found|finds|showed|shows|reported|reports|noted|notes|"
                                r"estimated|estimates|draws|drew|added|adds|explained|explains|warned|warns|stated|"
                                r"states|predicted|predicts|expects|expected|argued|argues)\b)"
                                r"(?!\s*(?:指出|表示|发现|显示|称|认为|预计|估计|提到|强调))", re.I)


def _carried(d: _Doc, i: int, sentence_start: int) -> tuple[str | None, str | None, str | None, str | None]:
    """The subject a pronoun would take, the names a plural pronoun takes together and the place the paragraph
    is about, at the start of a sentence of block i: read from the sentences before it in the block, else from
    the previous block (the walk made once per block, and only for a block where a figure needs it)."""
    if i not in d._carry:
        d._carry[i] = _read_carry(d, i)
    starts, states = d._carry[i]
    k = bisect.bisect_right(starts, sentence_start) - 1
    return states[k] if k >= 0 else (None, None, None, None)


def _firm_in_paragraph(d: _Doc, i: int, sentence_start: int) -> str | None:
    """The firm the sentences before this one in block i hand on, where the block names it or a pronoun standing
    for it before the sentence ("Cathay Pacific Airways … posted a solid performance last year. According to its
    2024 results, the airline generated HK$104.37 billion in revenue. Net profit edged up 1 percent"); not a firm
    of the paragraph before ("Analysts expect Kerepa to beat forecasts." / "Revenue rose 16%")."""
    firm = _carried(d, i, sentence_start)[3]
    if firm is None or not _a_firm(d, firm):
        return None
    before = d.starting(i, 0, sentence_start)
    if not before and sentence_start == 0 and _runs_on(d.layout.blocks, i):
        # "…英伟达第四季度营收为 393 亿美元,…较去年同期增长 78%;" / "净利润为 220.9 亿美元": the line after a clause
        # closed with a semicolon, no blank line between, goes on with the same sentence's subject
        before = d.starting(i - 1, 0, len(d.layout.blocks[i - 1].text))
    return firm if any(m.name == firm or m.role == "pronoun" for m in before) else None


_YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}|今年|去年|明年|本年|上年|this year|last year")


def _runs_on(blocks, i: int) -> bool:
    """Block i is prose right below prose block i - 1 (no blank line between) that closes with a semicolon or a
    comma: one paragraph the page broke at a clause, not the next one."""
    if i == 0 or blocks[i].kind != "prose" or blocks[i - 1].kind != "prose":
        return False
    a, b = blocks[i - 1], blocks[i]
    return b.pieces[0].line == a.pieces[-1].line + 1 and a.text.rstrip().endswith((";", "；", ",", "，"))


def _a_firm(d: _Doc, name: str) -> bool:
    """The page writes the name as a firm's: a company the tables know, a name with a firm's describing words after
    it ("Cathay Pacific Airways"), or one reporting its own results somewhere ("Cathay Pacific reported slight profit
    growth"); not a product, a platform or a heading handed on as the last name ("… said on its official WeChat
    account", "LABUBU", "FINANCIAL HIGHLIGHTS")."""
    got = d._firms.get(name)
    if got is None:
        got = False
        first = (name.split() or [name])[0]
        for i, b in enumerate(d.layout.blocks):
            if i not in d._mentions and first not in b.text:
                continue  # (a block whose names are not read yet and which cannot write it: not read for this)
            for m in d.mentions(i):
                if m.name == name and m.role == "entity" and (
                        m.kind == "company" or m.kind == "named" and (
                            firm_names.head(b.text[m.start:m.end], d.V) != b.text[m.start:m.end] or
                            source.self_report(b.text, m, d.V) or _FIRM_AFTER.match(b.text, m.end) or
                            not b.text[m.start:m.end].isascii() and _FIRM_AFTER_ZH.match(b.text, m.end))):
                    got = True
                    break
            if got:
                break
        d._firms[name] = got
    return got


# what follows a firm's name in a page that writes it as one: its results or its business ("Zelnor's sales grew",
# "Hong Kong Exchanges and Clearing reported record profit", "Kerepa shipped"), 泡泡瑪特今年上半年的表現, 凯睿的营收
_FIRM_AFTER = re.compile(r"(?:(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}(?:sales|revenues?|profits?|income|earnings|net|shipments|"
                         r"deliveries|output|production|shares?|market|operating|quarterly|annual|results)\b"
                         r"|(?:\s+(?:and|&|[A-Z][\w.&-]*)){0,3}\s+(?:said|says|reported|reports|posted|posts|sold|sells|"
                         r"shipped|ships|delivered|delivers|earned|earns|generated|generates|booked|recorded|expects|"
                         r"forecast|announced|raised|cut)\b)")
_FIRM_AFTER_ZH = re.compile(r"[^，。,;；：:]{0,10}?(?:营收|營收|收入|收益|净利|淨利|利润|利潤|溢利|纯利|純利|盈利|获利|獲利|"
                            r"销量|銷量|出货|出貨|业绩|業績|财报|財報|表现|表現|股价|股價|公布|公佈|发布|發布|宣布|实现|實現)")


def _country_before(d: _Doc, i: int, b, sentence_start: int) -> str | None:
    """The one country the sentence right before names other than as where something happens or goes ("2024 was
    a monumental year for Japan's tourism industry. With 36.8 million foreign visitors, the country …": Japan),
    for "the country" when the subject carried is no place; None where it names two, or only as a place ("Toyota
    sold 2.3 million cars in the United States. The country's trade deficit …": whose, it cannot say)."""
    if sentence_start <= 0:
        return None
    before = b.sentence(sentence_start - 1)[0]
    low = d.low(i)
    names = {m.name for m in d.starting(i, before, sentence_start) if m.kind == "country" and
             m.role in ("entity", "adjective") and not _PLACE_BEFORE.search(low, max(0, m.start - 12), m.start)}
    return names.pop() if len(names) == 1 else None


_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|into|across|at)\s+(?:the\s+)?$")
# where something happens or goes, before a name: "released into the Yangtze River", 放流到长江, 在长江中
_WHERE_BEFORE = re.compile(r"\b(?:in|to|from|into|across|at|on|near|along|off|onto|through)\s+(?:the\s+)?$|"
                           r"(?:在|到|入|往|至|从|于)$")


def _source_in_force(d: _Doc, i: int, sentence_start: int) -> str | None:
    """The source in force at the start of a sentence of block i: the first one the nearest sentence before it
    in the block names, if any does (a source holds for the rest of its paragraph; never a table row's)."""
    if d.layout.blocks[i].kind == "row":
        return None
    return _in_force(d, i, *d._sentence_at(i, sentence_start))


def _in_force(d: _Doc, i: int, starts: list[int], k: int) -> str | None:
    """The source in force at the start of sentence k of block i (starts: its sentence starts): the first of
    the nearest sentence before it that names one; read once per sentence (the figures of a sentence, and the
    sentences after it, ask again): the walk back stops at a sentence already read."""
    walked = []
    got = None
    while k >= 1 and (i, starts[k]) not in d._in_force:
        walked.append(starts[k])
        srcs = d.sources(i, starts[k - 1], starts[k])
        if srcs:
            got = srcs[0].name
            break
        k -= 1
    else:
        got = d._in_force.get((i, starts[k])) if k >= 1 else None
    for start in walked:  # (each sentence walked over has the source found, or none)
        d._in_force[(i, start)] = got
    return got


def _topic_dropped(low: str, ss: int, at: int) -> bool:
    """A Chinese sentence that opens with a verb (始建于…, 位于…, 拥有…: CC-CEDICT gives its first two characters a
    verb's sense first, and no longer word opens there: not 联合国), its topic dropped; not one that sets its figure
    against something else (相比之下, 对比) or says, before the figure at `at`, that it holds for the world or the
    nation (全球, 世界, 海洋, 全国)."""
    from ..gloss import listed, verb

    head = low[ss:ss + 2]
    if len(head) != 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in head) or not verb(head):
        return False
    if any(listed(low[ss:ss + k]) for k in (3, 4)) or head in _CONTRASTS:
        return False
    return not _WORLD_WORDS.search(low, ss, at)


_CONTRASTS = frozenset({"相比", "对比", "比较", "相较", "不同"})
_WORLD_WORDS = re.compile(r"全球|世界|海洋|全国")


def _a_landmark(name: str | None, V) -> bool:
    """A landmark's name: one the landmark table gives in English, or a Chinese one its kind word ends (莫高窟, 天都峰)."""
    from .declared import heads as kind_words

    return bool(name) and (bool(landmarks.chinese_names(name)) or name.endswith(kind_words(V)))


_CONTINUES = re.compile(r"\s*(?:其中|当中|这(?![样种么些])|this (?:is|was|marks|represents)|that (?:is|was)|"
                        r"of (?:which|these|this|them)|among them)")


# after the figure, a place beyond one of these is another phrase's ("15% with strong growth in India")
_WITH_OR_WHILE = re.compile(r"\b(?:with|while|whereas|and)\b")


_WHERE = re.compile(r"\s*[,，]?\s*(?:where|in which|那里|那裡|当地|當地)", re.I)
_LOCAL = re.compile(r"\s*(?:当地|當地|there\b|locally\b)", re.I)  # a clause about the place named before it
_ASIDE = re.compile(r"\b(?:with|while|whereas)\b|随着|隨著|随著")
_CLAUSE_END = re.compile(r"[,，;；]")


# a cause before a figure's clause: 受…影响 (and the verbs of pushing and dragging) within a clause, or a list
# going on past a comma (受烏克蘭危機,以及…的影響; but 受政策支持，小米销量增长，带动营收…: the 带动 of a later
# clause is no end of 受), 由于/因为 … and "amid", "due to" …
# ending at a comma, with no figure of its own ("driven by China with sales of 11 million, up 40%" names whose sales)
_CAPTION = re.compile(r"\s*[(（]?\s*(?:photos?|images?|pictures?|file photo|graphic)\s*(?:courtesy|credit|by|:|：|/)"
                      r"|\s*[(（]?\s*(?:图为|圖為|图片来源|圖片來源|图／|圖／|图/|圖/|资料照片|資料照片|摄影|攝影)", re.I)
# a picture's credit anywhere in a block ("…並不是它們的理想獵物|圖源:Wikipedia by Brian Gratwicke", "Image credit:
# Reuters"): the block is a caption, whose names the next paragraph does not take
_CREDIT = re.compile(r"图源\s*[:：]|图片来源|\b(?:photo|image|picture)\s+(?:credit|courtesy)|\bcredits?\s*:", re.I)
# what a figure reflects or was brought by (反映台灣在…雲端服務這些發展, "reflecting strong cloud spending"): a cause
_REFLECTS = re.compile(r"反映|反应|\breflect(?:s|ed|ing)?\b|\bthanks to\b|\bdriven by\b")
_DEMAND = re.compile(r"需求|\bdemand\b")  # (what a demand is for drove a figure; it is not what the figure measures)
# a place as its sentence's subject: a verb of being or standing right after it ("Japan remained", 日本仍是)
_TOPIC_VERB = re.compile(r"(?:['’]s)?\s+(?:is|was|remains|remained|retains|retained|stays|stayed|becomes|became|"
                         r"continues|continued|ranks|ranked|leads|led|maintains|maintained|keeps|kept|holds|held)\b|\s*(?:仍然|仍|依然|继续|繼續)?(?:是|位居|排名|保持|稳居|穩居)")
_WORLD_CLAUSE = re.compile(r"\b(?:while|whereas)\b[^,;]*?\b(?:globally|worldwide)\b")
# words after which a year is what a figure is compared with, not its own period ("down from 2022", 较2022年)
_AS_BASE_BEFORE = r"(?:\bfrom|\bthan|\bcompared (?:with|to)|\bversus|\bvs\.?|较|較|比|相比|[高低优優好][于於])\s*"
# before or after a place a lead-in names that is not whose its items' figures are: a yardstick (_AS_BASE_BEFORE), a
# partner or a place left out
_NOT_THE_LEADS = re.compile(r"(?:" + _AS_BASE_BEFORE + r"|(?:对|對|与|與|向|自|从|從|除|\b(?:to|with|excluding|except|"
                            r"compared\s+with|compared\s+to|outside))\s*)(?:the\s+)?$", re.I)
_NOT_THE_LEADS_AFTER = re.compile(r"\s*(?:相比|以外|之外|外[，,：:]|除外)")


# a year as a comparison base ("down from 2022", 较2022, 2022年同期: _AS_BASE_BEFORE and the year, or the year whose same
# period is the base), opened by the first characters of its words, so that a scan skips to them
_ANY_BASE = re.compile(r"(?=[ftcv较較比相高低优優好])" + _AS_BASE_BEFORE + r"((?:19|20)\d\d)(?!\d)|(?<!\d)((?:19|20)\d\d)"
                       r"\s*年同期", re.I)


# a date is no figure: "the February 2022 invasion", "appeared in Tea & Coffee Trade Journal June 2023"
_DATE_DIGITS = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)\s*年?|(?<!\d)\d{1,2}\s*[月日号]")


def _states_a_figure(text: str) -> bool:
    """The text holds a digit outside its dates: a figure."""
    return any(ch.isdigit() for ch in _DATE_DIGITS.sub("", text))
_CAUSE_BEFORE = re.compile(r"(?=[受由因adobthf])(?:受(?:[^。；;!?！？，,]|[，,](?=\s*(?:以及|及|和|与|與))){1,60}?(?:影响|影響|冲击|衝擊|拖累|推动|推動|带动|帶動|拉动|拉動|提振|打击|打擊)"
                           r"|(?:由于|由於|因为|因為)[^，,。；;]{1,40}[，,]"
                           r"|\b(?:amid|due to|owing to|because of|thanks to|driven by|helped by|hurt by|fuell?ed by|"
                           r"on the back of|as a result of)\b[^,.;\d]{1,80},)")  # (behind a look-ahead for its
# first characters: the scan passes over the others with one test)
# what every match of _CAUSE_BEFORE starts with (fuell?ed: "fuel")
_CAUSE_WORDS = re.compile(r"受|由于|由於|因为|因為|amid|due to|owing to|because of|thanks to|driven by|helped by|hurt by|fuel"
                          r"|on the back of|as a result of")


# (goods go out to a partner and come in from one: "exports from Vietnam" are Vietnam's, "imports to the EU" the EU's)
_PARTNER_BEFORE = re.compile(r"(?:(?:exports?|exporting|shipments?|exported|shipped|shipping|ship|sales|sold|sell|send|sent"
                             r"|flow|flows|flowing|flowed)(?:\s+[a-z][a-z\-]*){0,4}?\s+(?:to|into)"
                             r"|(?:imports?|imported)(?:\s+[a-z][a-z\-]*){0,3}?\s+from"
                             r"|(?:trade|surplus|deficit)(?:\s+[a-z][a-z\-]*){0,3}?\s+with)\s+(?:the\s+)?$"
                             r"|(?:出口|输出|輸出|输往|輸往|销往|銷往|运往|運往)(?:到|至)?$")
_PARTNER_AFTER = re.compile(r"(?:的)?(?:出口|进口|進口|贸易|貿易|顺差|順差|逆差|出超|入超)")
_PARTNER_MARK = re.compile(r"(?:对|對|向|自|从|從)$")


# the last character before a name that _PARTNER_BEFORE can end on (white space, or a verb's 口 出 往 到 至; a line
# break before the end ($) is white space too) and the characters of _PARTNER_MARK: a name after any other is no
# partner, and neither pattern is searched
# a place named as a trade partner by what it became or is (on `low`, Simplified)
_PARTNER_ROLE = re.compile(r"(?:[^。；;，,、]{0,8}?取代[^。；;，,、]{1,8}?[，,]?)?[^。；;，,、]{0,8}?(?:成为|是|为|仍是|仍为)[^，,。；;]{0,8}?(?:出口市场|出口目的地|出超来源|顺差来源|"
                           r"逆差来源|入超来源|进口来源|贸易伙伴)|(?:'s)?\s+(?:\w+\s+){0,2}?(?:became|becomes|remained|is|was)\s+"
                           r"(?:\w+['’]s\s+|the\s+|its\s+)?(?:\w+[\s-]+){0,2}?(?:export market|export destination|"
                           r"trading partner|trade partner|source of (?:its )?(?:trade )?surplus)")
_BALANCE_WITH = re.compile(r"(?:的)?(?:贸易)?(?:顺差|逆差|出超|入超)")  # 对美国出超 (on `low`, Simplified)
_BALANCE_BEFORE = re.compile(r"(?:surplus|deficit)(?:\s+[a-z][a-z\-]*){0,3}?\s+with\s+(?:the\s+)?$")
_PARTNER_BEFORE_LAST = frozenset("口出往到至")
_PARTNER_MARKS = frozenset("对對向自从從")


def _partner_at(low: str, s: int, e: int, start: int = 0) -> bool:
    """The name at [s, e) is a trade partner (see trade_partners)."""
    if s <= start:
        return False  # (nothing before it in the window: neither pattern can match)
    last = low[s - 1]
    if (last.isspace() or last in _PARTNER_BEFORE_LAST) and _PARTNER_BEFORE.search(low, max(start, s - 40), s):
        return True
    if _PARTNER_ROLE.match(low, e):
        return True  # 美国取代陆港成为最大出超来源, "the US became its largest export market": where goods go
    return last in _PARTNER_MARKS and bool(_PARTNER_AFTER.match(low, e))


def trade_partners(low: str, start: int, end: int, mentions) -> list:
    """The places a sentence names as where goods go or come from: "exports to the US", "imports from
    Australia", 对美国出口, 自澳大利亚进口, 出口到日本."""
    out = []
    for m in mentions:
        if m.kind not in ("country", "region") or not start <= m.start < end:
            continue
        if _partner_at(low, m.start, m.end, start):
            out.append(m)
    return out


def places_in_causes(low: str, start: int, end: int, mentions) -> list:
    """The names inside a cause between `start` (the sentence's) and `end` (the figure's)."""
    spans = [(m.start(), _listed_on(low, m.end(), end, mentions)) for m in _CAUSE_BEFORE.finditer(low, start, end)]
    # (a firm in the cause that the clause after it points back at, naming no one else, is whose the figure is:
    # "由于联想加强了其全球业务,使其排名第四,出货量为249万台": its 其 is Lenovo)
    kept = {(a, b) for a, b in spans if _POINTS_BACK.search(low, b, end) and
            not any(m.role == "entity" and b <= m.start < end for m in mentions)}
    return [m for m in mentions if m.role == "entity" and any(a <= m.start and m.end <= b and not (
        (a, b) in kept and m.kind not in ("country", "region")) for a, b in spans)] if spans else []


_OPENS_WITH_PERIOD = re.compile(r"\s*(?:in|during|for|over|between)?\s*(?:the\s+)?$", re.I)
_TAGGED = re.compile(r"【[^】]*】")
# a byline on a line of its own, its time stamp first: 2025/10/09 12:17 編譯盧永山／綜合報導, 記者王小明/台北報導
_BYLINE_LINE = re.compile(r"(?:\d{4}[/-]\d{1,2}[/-]\d{1,2}\s*(?:\d{1,2}:\d{2}\s*)?)?(?:中央社)?(?:记者|記者|编译|編譯|特派员|"
                          r"特派員|实习记者|實習記者)?\s*[\u4e00-\u9fff·]{2,8}\s*[／/]\s*[\u4e00-\u9fff]{0,8}(?:报道|報導|报导|"
                          r"報道|电|電)")
_THEY_SAY = re.compile(r"\s+(?:also\s+)?(?:found|find|estimated|estimate|calculated|calculate|concluded|reported|report|"
                       r"said|say|wrote|noted|showed|show|counted|recorded)\b")
# before a name, words saying a report or a letter is addressed to it ("the Annual Homeless Assessment Report to
# Congress", "a letter to shareholders", 向国会提交的报告, 提交给国会): whom it is written for, not whose figures
_ADDRESSED_TO = re.compile(r"(?:\b(?:report|reports|letter|letters|submission|testimony|message)\s+to\s+(?:the\s+)?|"
                           r"(?:提交|呈交|递交|遞交)(?:给|給))$")
# after 向 and a name, a verb of handing over (向国会提交, 向泰国发布了一份报告): the name is whom it is addressed to
_HANDED_TO = re.compile(r"\s*(?:提交|呈交|递交|遞交|发布|發布|通报|通報|致函)")
# between a part and the whole it is of: "60 per cent of the 2,12,000", "1,260 cases out of 2,100"
_WHOLE_OF = re.compile(r"\s*(?:of|(?:[a-z]+\s+)?out of)\s+(?:the\s+|all\s+)?")
# the whole a share is of, named and then stated: "about 43% of global production, which amounts to 49,355 t"
_WHOLE_RESTATED = re.compile(r"\s*of\s+(?:the\s+)?(?:[a-z’'\-]+\s+){0,3}[a-z’'\-]+\s*,?\s*which\s+(?:amounts?|amounted|"
                             r"totals?|totall?ed|stands?|stood|comes?|came|is|was)\s+(?:to\s+|at\s+)?")
# between a change and a percentage restating it: "rose by 3 million units, or 12%", "增加超过七万人，即12%"
_RESTATED_AS = re.compile(r"\s*(?:[a-z\u4e00-\u9fff]+\s*){0,2}?[,，]\s*(?:or|即|或)\s*(?:about|around|nearly|almost|some|roughly)?\s*")
_THEIR_OWN = re.compile(r"\s+(?:also\s+)?\w+\s+(?:that\s+)?(?:they|their|we|our)\b")
_POINTS_BACK = re.compile(r"[其它]|\b(?:its|it|the company|the firm)\b")


_LIST_GLUE = re.compile(r"[\s,]*(?:(and|or)\s+)?(?:the\s+)?")
_COMMA = re.compile(r"\s*,")


def _listed_on(low: str, b: int, end: int, mentions) -> int:
    """Where a cause ending at a comma ends when a list of names goes on past that comma ("driven by China,
    India and Brazil,", "due to weak sales in Germany, France and Italy,"): after the list's last name and its
    comma, when the names are joined by nothing but commas and an 'and' or 'or'."""
    pos, joined = b, False
    for m in sorted((m for m in mentions if m.role == "entity" and b <= m.start < end), key=lambda m: m.start):
        g = _LIST_GLUE.fullmatch(low, pos, m.start)
        if not g:
            break
        joined, pos = bool(g.group(1)), m.end
        if joined:  # (the name after the 'and' ends the list)
            break
    comma = _COMMA.match(low, pos, end)
    return comma.end() if joined and comma else b


@functools.lru_cache(maxsize=64)
def _lowered(text: str) -> str:
    """text.lower(), once per block: _aside_place asks for each name of each sentence."""
    return text.lower()


# words that leave a name out: "(not including the US)", "excluding China", "ex-Japan", 不包括美国, 除中国外
_LEFT_OUT = re.compile(r"(?:\b(?:not including|excluding|except(?: for)?|other than|apart from|ex-)|不包括|不包含|不含|除了?|除去)"
                       r"\s*(?:the\s+)?$"
                       # (nor whose photo it is: "… in Asakusa, Tokyo on Jan 14, 2025. [Photo/VCG]")
                       r"|[\[(（【]\s*(?:photos?|images?|pictures?|file photo|graphic)\s*(?:courtesy of|credit|by|:|：|/)\s*$")


# a cue that gives names as examples of a group: "countries such as Japan", 包括苹果、三星在内的厂商, (包括NMSC:…)
_EXAMPLES = re.compile(r"\b(?:including|such as)\b|(?<!不)包括|(?<!不)包含|例如|比如|诸如|諸如")
# what may stand between such a cue and the names it lists, besides the names
_EXAMPLE_GLUE = re.compile(r"(?:\s|,|、|，|\band\b|\bor\b|\bthe\b|和|及|与|與|或)*")


def left_out(text: str, m) -> bool:
    """The name is one the sentence leaves out ("100,000 tonnes worldwide (not including the US)"): whose figure it
    is not, nor whom the next sentence's pronoun stands for."""
    return bool(_LEFT_OUT.search(_lowered(text), max(0, m.start - 20), m.start))


def an_example(text: str, m, names: list) -> bool:
    """The name is one of the names a cue gives as examples of a group, right after it or after other such names
    and set off from the sentence ("other countries and regions, such as Japan, amounted to 8.38 million CGT",
    包括…在内的厂商): the group's figure, not the name's ("including reporting that global Keytruda
    sales grew" lists no names; "including India (2,618 applications)", 包括非洲43个: a figure right after a name is
    the name's own)."""
    low = _lowered(text)
    cues = list(_EXAMPLES.finditer(low, max(0, m.start - 80), m.start))
    if not cues:
        return False
    at = cues[-1].end()
    for o in sorted((o for o in names if at <= o.start < m.start), key=lambda o: o.start):
        if not _EXAMPLE_GLUE.fullmatch(low, at, o.start):
            return False
        at = max(at, o.end)
    if not _EXAMPLE_GLUE.fullmatch(low, at, m.start) or _OWN_FIGURE.match(low, m.end):
        return False
    end = m.end  # (the end of the list: past the names after this one)
    for o in sorted((o for o in names if o.start >= m.end), key=lambda o: o.start):
        if not _EXAMPLE_GLUE.fullmatch(low, end, o.start) or _OWN_FIGURE.match(low, o.end):
            break
        end = max(end, o.end)
    return bool(_LIST_CLOSED.match(low, end)) and not _WHICH_AFTER.match(low, end)


# the list of examples set off from its sentence: ", such as Japan, amounted", "(包括NMSC:1996万例", 包括…在内;
# not a name that goes on to be its clause's subject ("markets such as India stand out", 例如,德國取消補貼後)
_LIST_CLOSED = re.compile(r"\s*(?:[,，)）:：–—]|在内|在內)")
# (nor names a relative clause goes on about: "brands such as CR Beer Snow, Tsingtao and Yanjing, which together
# account for 65%")
_WHICH_AFTER = re.compile(r"\s*,\s*(?:which|who)\b")


# a name's own figure right after it: "including India (2,618 applications, +25.4%)", 包括非洲43个、美洲17个
_OWN_FIGURE = re.compile(r"\s*[(（]?\s*[$€£¥]?\d")


# an address's path saying the page gives a firm's results ("…_fiscal_q4_2025_financial_result", "…-q3-earnings")
_RESULTS_ADDRESS = re.compile(r"(?<![a-z])(?:results?|earnings|revenues?|fiscal|fy\d{2,4}|q[1-4])(?![a-z])")


def _address_path(address: str) -> str:
    """A page address's path, without its scheme and host."""
    return address.split("//", 1)[-1].partition("/")[2]


def _address_firm(address: str, V: Vocab) -> str | None:
    """The one company the alias table knows that a page address's path (not its host) names at least twice."""
    from collections import Counter

    found = Counter()
    for w in re.split(r"[^a-z0-9]+", _address_path(address)):
        ent = V.entities.get(w) if len(w) >= 3 else None
        if ent is not None and ent.kind == "company":
            found[ent.name] += 1
    top = found.most_common(2)
    return top[0][0] if top and top[0][1] >= 2 and len(top) == 1 else None


def _address_forms(words: list[str], V: Vocab) -> list[list[str]]:
    """The words of a name an address may write it with: all of them, or the first two of a longer name when those
    are eight letters or more and no place ("cathay-pacific" of Cathay Pacific Airways; not "hong-kong" of Hong Kong
    Exchanges and Clearing, on any page filed under Hong Kong)."""
    return [words] + ([words[:2]] if len(words) > 2 and len("".join(words[:2])) >= 8 and
                      not _placed(" ".join(words[:2]), V) else [])


def _placed(name: str, V: Vocab) -> bool:
    """The alias table knows the name as a country, a region or a city."""
    ent = names.alias(name, V)
    return ent is not None and ent.kind in ("country", "region", "city")


# a sentence about an industry or a market, whose figures are no firm's before it ("The airline generated HK$104.37
# billion in revenue. Industry revenue rose 5 percent to $900 billion")
_INDUSTRY_WIDE = re.compile(r"\b(?:industry|industry's|industrywide|sector|sector's|market|market's)\b|"
                            r"全行业|行业|市场|產業|产业|業界|业界")
# the host of a page's address ("Source: https://investintellect.co.uk/…")
_HOST = re.compile(r"https?://(?:www\.)?([^/\s]+)")
# a sentence about a whole market or industry, whatever page it is on
# (not the market's expectation of a figure: "above market expectations of $38.16 billion", 高于市场预期的381.6亿美元)
_WHOLE_MARKET = re.compile(r"\b(?:total|industry|industry's|global|worldwide|sector)\b"
                           r"|\bmarket(?:'s)?\b(?!\s+(?:expectations?|estimates?|consensus|"
                           r"forecasts?)\b)|全球|全行业|行业|市场(?!\s*(?:普遍)?(?:预期|预估|预测|共识|估计))|產業|产业")
# ("Total Revenue is $39.331 billion" on a page about one firm: its whole revenue, not a market's; not the total of
# many, "Total revenues of the top 10 chipmakers")
_FIRMS_TOTAL = re.compile(r"total\s+(?:net\s+)?(?:revenues?|income|profits?)\b(?!\s+(?:of|for|across|among)\s+(?:the\s+)?"
                          r"(?:top\s+\d+|all\b|\d+\s+(?!(?:its|this|his|is|as|was|has)\b)[a-z]{3,}s\b|"
                          r"(?!(?:its|this|his|is|as|was|has)\b)[a-z]{3,}s\b))")
# (a total of many firms after "of", "for", "across" or "among": "the top 10 chipmakers", "all listed carmakers",
# "chipmakers"; not a period or the figure itself: "Total revenue for Q4 2023", "for FY24", "of $20.4 billion")
_OF_TOTAL = re.compile(r"\b(?:of|in)\s+$")  # "nearly 30% of total revenue", "US$1.053 trillion in total revenue"


def _market_wide(low: str, s: int, e: int, whole_of: bool = False, totals: bool = True) -> bool:
    """The sentence low[s:e] speaks of a whole market or industry (_WHOLE_MARKET), not only of a firm's total;
    `whole_of`: also where a total is the whole a part is of or a figure is in (a part of a firm's total revenue may
    still be a market's segment: its trade's words are not dropped); not `totals`: "total" alone marks nothing
    ("Total shipments rose 7 percent, the company said")."""
    return any(not (m.group() == "total" and (not totals or _FIRMS_TOTAL.match(low, m.start()) and
                    not (whole_of and _OF_TOTAL.search(low, max(s, m.start() - 4), m.start()))))
               for m in _WHOLE_MARKET.finditer(low, s, e))


# a clause of time opening a Chinese sentence, up to a name inside it: 自从福斯集团宣布…以来, 自2019年以来 (its names are
# not what the sentence goes on about)
_SINCE_CLAUSE = re.compile(r"\s*(?:自从|自從|自打)[^，,。；;]*$")


def _aside_place(text: str, sentence_start: int, m) -> bool:
    """A place named in a with- or while-clause is an aside, not what the sentence is about ("The ICCO announced a
    wider global deficit, with diminished production in key producers Ivory Coast and Ghana"); so is a name no
    table knows ("whereas those from Argentina fell", "partnered with Zentrix Labs"). A clause that opens
    the sentence ends at its comma: the place after it is the sentence's ("With a population of 1.4 billion,
    India is …", "随着美国需求回升，越南…")."""
    if m.kind not in ("country", "region", "named"):
        return False
    low = _lowered(text)
    last = None
    for last in _ASIDE.finditer(low, sentence_start, m.start):
        pass
    if last is None:
        return False
    opens = not low[sentence_start:last.start()].strip(" \t\n\"'“‘(")
    return not (opens and _CLAUSE_END.search(low, last.end(), m.start))


def _public_body(name: str, V: Vocab) -> bool:
    """The name ends like a public body's (cues.toml subject.public_body_endings: 委员会, Board, Ministry), not a
    company's: Japan Airlines' domestic passengers are its own."""
    from .vocab import _norm

    return _norm(name).endswith(V.cues.get("subject.public_body_endings", ()))


def _national(name: str, V: Vocab) -> str | None:
    """The country a source is named after ("China Association of Automobile Manufacturers", 中国汽车工业协会,
    the US Energy Information Administration), or the one the alias table gives it (海关总署, `country =
    "China"`): a national body, reporting on its country."""
    from .vocab import _norm

    low = _norm(name)
    found = V.entity_match.find(low)
    if found and found[0][0] == 0:
        ent = V.entities[found[0][2]]
        if ent.kind == "country" and (not ent.adjective or len(low.split()) >= 3):
            # (a body named with its nationality: "the Indian Sugar and Bio Energy Manufacturers Association")
            return ent.name
        if ent.country and found[0][1] == len(low):  # a body the alias table gives its country (海关总署: China)
            return ent.country
    # a body the alias table knows whole (中国人民银行 is PBOC): the place its name begins with
    words = low.split()
    heads = [" ".join(words[:k]) for k in (1, 2, 3)] if low.isascii() else [low[:k] for k in (2, 3, 4)]
    for head in heads:
        ent = V.entities.get(head)
        if ent is not None and ent.kind == "country" and not ent.adjective and head != low:
            return ent.name
    return None


# a year the clause points back to ("大坝于2006年落成,当年发电量…"): the event's year is the figure's
_THAT_YEAR = re.compile(r"当年|同年|那年|\b(?:that|the same) year\b")
# a relative clause about a place the figure is in ("Located in Bavaria, which covers 70,550 square kilometres, …";
# not "The building, which measures 400 metres": the landmark described)
_RELATIVE_AFTER_PLACE = re.compile(r"[A-Z][\w'’\-]*[,，]\s*(?:which|where)\b[^,，]*$")


# a person's own size: "He is 1.91 metres tall", 她身高1.75米, on a page about a castle, is no size of the castle's (not
# "he reached the summit at 8,849 m", 其他时期)
_PERSONAL = re.compile(r"\b(?:he|she)\s+(?:is|was|measures|measured|weighs|weighed)\b|"
                       r"\b(?:his|her)\s+(?:height|weight|arm ?span)\b|(?<!其)[他她](?:的)?(?:身高|体重|身长|臂展)")


def _read_carry(d: _Doc, i: int) -> tuple[list[int], list[tuple]]:
    """For each sentence start of block i, the (carried subject, names together, place, firm) in force there;
    one walk (the firm: the last name handed on that is no place, which "the company" takes)."""
    starts, states = [], []
    carry = together = place = firm = None
    first = i - 1 if i > 0 else i
    while 0 < first and i - first < _CARRY_BLOCKS and _only_refers(d, first):
        first -= 1  # ("…, the airline added." names no one: the airline of the paragraph before it)
    for j in range(first, i + 1):
        if d.layout.blocks[j].kind == "row" or (j < i and (_CAPTION.match(d.layout.blocks[j].text) or
                                                           _CREDIT.search(d.layout.blocks[j].text))):
            continue  # ("Photo courtesy of Taiwan International Ports Corp via CNA": whose photo, not whose figures)
        for a, z, named, joined, is_place in d.named_by_sentence(j):
            if j == i:
                starts.append(a)
                states.append((carry, together, place, firm))
            # "… AWS、微软Azure和谷歌云。它们占据了66%": the names a plural pronoun takes together (also from a
            # sentence of the figure's paragraph whose own pronoun keeps the name carried: "It remains dominated
            # by … AWS, Microsoft Azure and Google Cloud. They accounted for 66%"; not from the paragraph before,
            # whose "they" may be respondents or scholars)
            if joined and (named or j == i):
                together = joined
            if named:
                carry = named
                firm = firm if is_place else named
                if j == i:  # "2024年我国汽车产销量均创新高。其中，新能源汽车…": the paragraph's place, until a firm
                    place = named if is_place else None
    if not starts:
        starts, states = [0], [(carry, together, None, firm)]
    return starts, states


# how many blocks back a subject is handed on at most, over paragraphs that only refer to it
_CARRY_BLOCKS = 3


def _only_refers(d: _Doc, j: int) -> bool:
    """Block j is a paragraph that names no one and refers back with a pronoun or a description ("This was
    partly offset by … demand in the overall market as expected, the airline added."): it hands on the subject
    of the paragraph before it unchanged (not a heading, a table row or a paragraph with no such word: a new
    section, whose subject the paragraph after it does not take from further back)."""
    blk = d.layout.blocks[j]
    if blk.kind != "prose" or _headline(blk) or _QUOTE_OPENS.match(blk.text):
        return False  # (nor a quotation: 卡薩耶娃指出：「…」 names its speaker, whom the tables may not know)
    mentions = d.starting(j, 0, len(blk.text))
    if any(named for _, _, named, _, _ in d.named_by_sentence(j)) or any(m.role == "entity" for m in mentions):
        return False
    # (a firm's description or pronoun, "the airline", 该公司: not "their", "it", which may stand for anyone)
    return any(m.role == "pronoun" and _firm_pronoun(m.name, d.V) for m in mentions)


_QUOTE_OPENS = re.compile(r"\s*[“\"「『]|.{0,40}[:：]\s*[“\"「『]")


def _starts_after(per: str, month: int) -> bool:
    """A month, quarter or half of a year ("2025-12", "2025-Q4", "2025-H2") that starts after the given month."""
    m = re.fullmatch(r"\d{4}-(?:(\d{2})|Q([1-4])|H([12]))", per)
    if m is None:
        return False
    start = int(m.group(1)) if m.group(1) else 3 * int(m.group(2)) - 2 if m.group(2) else 6 * int(m.group(3)) - 5
    return start > month


def _figure_spans(b, claims: list[Claim], lines: list[NormLine]) -> list[tuple[int, int]]:
    """Where each claim of a block is in the block's text: (start, end), in the claims' order."""
    spans = []
    for c in claims:
        s = b.offset(c.line, _orig_to_norm(lines[c.line - 1], c.column - 1))
        e_line = c.end_line if c.end_line in [p.line for p in b.pieces] else c.line
        e = b.offset(e_line, _orig_to_norm(lines[e_line - 1], c.end_column - 1))
        spans.append((s, max(e, s + 1)))
    return spans


def _headline(blk, longest: int = 80) -> bool:
    """A heading, or a paragraph of one short line that no full stop closes (a title set off by blank lines; up to
    `longest` characters: a page's opening takes 200, "Change Detection of Lake Chad Water Surface Area Using Remote
    Sensing and Satellite Imagery")."""
    if blk.kind == "heading":
        return True
    t = blk.text.strip()
    return blk.kind == "prose" and "\n" not in t and len(t) <= longest and not t.endswith(layout.TERMINAL)


_FILED_MARK = re.compile(r"[\d(（【〔\[]|记者|記者|社|电|電|讯|訊|报|報|网|網")


def _filed(text: str, low: str, end: int, V: Vocab) -> bool:
    """A block's opening up to `end` is where or by whom the story was filed (a place the table knows, a date, an
    agency in brackets, a byline), not a label in capitals ("EXPORTS: Shipments rose 5%", "OPEC OUTPUT:"), whose
    words stay the first clause's."""
    if _FILED_MARK.search(text, 0, end):
        return True
    return any(V.entities[w].kind in ("country", "region", "city") for s, e, w in V.entity_match.find(low[:end]))


@paused  # (the stage makes no reference cycles: see collector.py)
def annotate(doc: Document, claims: list[Claim], T: Vocab | None = None,
             lines: list[NormLine] | None = None) -> list[Claim]:
    """The claims of one document with subject, measure, object, period, basis and source filled in."""
    if not claims:
        return claims
    V = T or vocab()
    lines = lines or normalize_text(doc.text)
    claims = _declared_currency(_declared_units(claims, lines), lines)
    d = _Doc(lines, V, doc.text)
    if doc.date:  # the document's own date (Markdown front matter) dates its figures
        d.year = d.dated = int(doc.date[:4])
        d.month = int(doc.date[5:7]) if doc.date[5:7].isdigit() else None
    by_block: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        if c.line in d.layout.block_of_line:
            by_block.setdefault(d.layout.block_of_line[c.line], []).append(i)
    d.claimed = frozenset(by_block)
    out = list(claims)
    order: list[tuple[int, int, int]] = []  # (claim, block, sentence start) in document order
    lent: set[int] = set()  # claims whose object is only the document's topic
    spare: dict[int, tuple] = {}  # claims of a bare clause -> their sentence's other words, the last resort
    read_period: dict[int, str | None] = {}  # claims -> the period read for them before figures lend periods
    lent_period: set[int] = set()  # claims whose period is the document's or an earlier paragraph's
    said_periods: dict[int, dict[int, set]] = {}  # block -> sentence start -> the periods its figures were read in
    metrics: dict[tuple, str] = {}  # the facets measure.metric reads -> the frame in words (a pure function)
    d.figure_spans = {bi: _figure_spans(d.layout.blocks[bi], [claims[i] for i in idxs], lines)
                      for bi, idxs in by_block.items()}
    for bi, idxs in by_block.items():
        b = d.layout.blocks[bi]
        low = d.low(bi)
        spans = d.figure_spans[bi]
        spans_t = tuple(spans)
        sib = measure.sibling_lists(low, V)
        dense = b.kind != "row" and layout.flattened_table(b.text, len(spans))  # (a row has its cells)
        mentions = d.mentions(bi)
        periods = d.periods(bi)
        heading_text = d.layout.blocks[b.heading].text if b.heading is not None and b.heading != bi else ""
        if heading_text and ("／" in heading_text or "/" in heading_text) and _BYLINE_LINE.fullmatch(heading_text.strip()):
            # "2025/10/09 12:17 編譯盧永山／綜合報導": who wrote the story, no heading of its figures (the title
            # above it is)
            above = d.layout.blocks[b.heading].heading
            heading_text = d.layout.blocks[above].text if above is not None and above != b.heading else ""
        # ("Source: https://www.cnipa.gov.cn/tjxx/jianbao/…/f4.html" above a table: a web address says no word of
        # what its rows measure)
        heading_text = _without_addresses(heading_text)
        heading_period = None
        if heading_text:
            # a heading that starts with its period ("2024年", "## Q3 2025 results", "二、2025年展望") or ends with
            # it, as a caption does ("PC vendors, Q1 2025"); a title that merely mentions a year has none
            prefix = _HEADING_PREFIX.match(heading_text)  # (anchored, never empty: what .sub would remove)
            lead = prefix.end() if prefix else 0
            tail = len(heading_text.rstrip(" .:：)）")) - 1
            hp = [p for p in d.periods(b.heading) if not p.base and (p.start <= lead + 1 or p.end >= tail)]
            heading_period = hp[0].period if hp else None
        # (each of the three tests holds only for a country or a region: only those are tested)
        placed = [m for m in mentions if m.kind in ("country", "region")]
        scope_names = [m for m in placed if basis_mod.names_a_market(b.text, m) or
                       (basis_mod.names_a_region(b.text, m) and _someone_else(b, m, mentions))]
        places_in = [m for m in placed if basis_mod.names_a_place_in(b.text, m)]
        # sentence start -> (sources, those who are not the subject, the unnamed source of a sentence with none)
        said: dict[int, tuple[list, frozenset, str | None]] = {}
        attributed: dict[int, list] = {}  # sentence start -> the pronouns its source cues introduce
        traded: dict[int, list] = {}  # sentence start -> the trade partners it names
        causes: dict[tuple[int, int], bool] = {}  # sentence -> whether it holds a word a cause opens with
        left: dict[tuple[int, int], list] = {}  # sentence -> the names it leaves out (left_out)
        held_before: dict[int, list] = {}  # sentence start -> places its figures so far hold in ("in China")
        period_spans = [(p.start, p.end) for p in periods]
        memo: dict = {"views": {}}  # each figure's view and what each window of the block says (measure.object_of)
        unsaid: set[int] = set()  # claims whose own phrase names nothing they measure
        same_sentence: set[int] = set()  # claims with the block's previous figure in their sentence
        resp: dict[int, str] = {}
        paired: dict[int, tuple[str, frozenset]] = {}  # figure -> (what it measures, what its list measures)
        counterpart: dict[int, int] = {}  # figure of a run 分别/respectively matches -> the figure it matches
        held_scope: dict[int, str] = {}  # sentence start -> the place its figures hold in (carried over a ；)
        matched: set[int] = set()  # figures that took their counterpart's object
        last_meas: dict[int, tuple] = {}  # sentence start -> (unit, measure) of its last figure so far
        changed_on: dict[int, tuple] = {}  # sentence start -> (index, base, period) of its last change on a base
        pair_objects: dict[int, tuple] = {}  # paired figure -> its object (keys, words)
        objects_before: dict[int, tuple] = {}  # figure -> its object (keys, words), once read
        kinds_before: dict[int, str] = {}  # figure -> what kind of number it is (measure.kind), once read
        compared_back: set[int] = set()  # figures a comparison links to the figure before ("up from 1.2%")
        change_ends: set[int] = set()  # figures a change runs to from the figure before ("from 6.48亿 to 10.12亿")
        dated: list[tuple[int, str, str, str, bool]] = []  # (sentence start, kind, unit, period, by the year the
        # sentence opens with) of figures dated so far
        figures_in: dict[int, int] = {}  # sentence start -> its figures
        for s, _ in spans:
            start = b.sentence(s)[0]
            figures_in[start] = figures_in.get(start, 0) + 1
        for ss in sorted(figures_in):
            if figures_in[ss] < 2:
                continue  # (each of the three pairs two figures of the sentence or more: one alone has none)
            se = b.sentence(ss)[1]
            # (each reads only the mentions starting in the sentence: those, by bisection)
            resp.update(subject.parallel(b.text, (ss, se), d.starting(bi, ss, se), list(spans)))
            resp.update(subject.respectively(b.text, low, (ss, se), d.starting(bi, ss, se), list(spans)))
            paired.update(measure.parallel_objects(low, (ss, se), list(spans), V))
            counterpart.update(measure.respective_runs(low, (ss, se), list(spans)))
        grid = layout.unflatten(b.text, spans, [p.start for p in periods]) if dense else None
        scale = layout.stated_scale(b.text[grid.caption[0]:grid.caption[1]] + " " + _after(d, bi)) if grid else 1.0
        for k, i in enumerate(idxs):
            c = claims[i]
            v = view_of(memo["views"], b, low, spans_t, k, sib)
            if v.cs < (dl := d.dateline(bi)) <= v.s and _filed(b.text, low, dl, V):
                # 【台灣醒報記者方家敏綜合報導】南非犀牛剩不到2萬頭, "BEIJING (Reuters) - Exports rose 5%": the
                # dateline or byline opening the block is no word of the first clause (who filed it stays a source)
                v = memo["views"][k] = replace(v, cs=dl, ws=max(v.ws, dl))
            in_grid = grid.cells.get(k) if grid else None
            if in_grid:  # a cell of a flattened table is its own sentence, like a row's cell
                v = replace(v, ss=v.s, se=v.e, cs=v.s, ce=v.e, ws=v.s, we=v.e)
            if v.ss not in said:  # (once a sentence: its figures read the same sources)
                srcs = d.sources(bi, v.ss, v.se)  # (the strong ones are some of these: none where there are none)
                strong = set(d.sources(bi, v.ss, v.se, strong_only=True)) if srcs else set()
                # "Airbus said it delivered 766": a company quoted on its own figures stays their subject; an
                # agency or a name nobody knows that "said" or "estimated" is who says so
                said[v.ss] = (srcs, frozenset(m for m in srcs if m in strong or not (
                    source.self_report(b.text, m, V) or m.name in d.owners())) | source.owners_of(
                        b.text, srcs, d.starting(bi, v.ss, v.se)),
                              None if srcs else source.unnamed_source(b.text, low, (v.ss, v.se), V))
            srcs, not_subjects, unnamed = said[v.ss]
            excluded = set(not_subjects)
            if "【" in b.text:  # 【TechWeb】8月11日消息: a name filling a lenticular bracket is the outlet, no subject
                excluded.update(m for m in d.starting(bi, v.ss, v.se) if _TAGGED.fullmatch(b.text, m.start - 1, m.end + 1))
            if srcs:  # 據日本電子情報技術產業協會指出: a place glued to a source's name is part of that name, and so
                # is one that says what kind of body it is (美國研究組織「世界資源研究所」, 英国智库…: a US body)
                excluded.update(m for m in d.starting(bi, v.ss, v.se) if m.kind in ("country", "region")
                                and any(x.start == m.end or x.start > m.end and _BODY_OF_PLACE.fullmatch(
                                    low, m.end, x.start) for x in srcs))
                # 「世界資源研究所」(WRI)的報告指出, "the International Energy Agency (IEA) said": the name in brackets
                # right after a source's is its abbreviation, no subject either (a firm's ticker, 空中客车(EADSY)官网:
                # a company quoted on its own figures stays their subject)
                excluded.update(m for m in d.starting(bi, v.ss, v.se) if _ABBREVIATION_CLOSES.match(b.text, m.end) and any(
                    x.kind != "company" and x.end < m.start and _ABBREVIATION_OPENS.fullmatch(b.text, x.end, m.start)
                    for x in srcs))
            if v.ss not in attributed:  # (once a sentence)
                attributed[v.ss] = source.attributed(b.text, low, (v.ss, v.se), d.starting(bi, v.ss, v.se), V)
            excluded.update(attributed[v.ss])
            # "They found that 2.46 billion reptiles have been impacted" (they: the scientists named before): a plural
            # pronoun before a verb of finding or saying is who says so; not "They said they shipped 50 million"
            excluded.update(m for m in d.starting(bi, v.ss, v.s) if m.kind == "plural" and
                            _THEY_SAY.match(low, m.end) and not _THEIR_OWN.match(low, m.end))
            excluded.update(scope_names)
            excluded.update(m for m in d.starting(bi, v.ss, v.se) if m.role == "entity" and (
                _ADDRESSED_TO.search(low, max(0, m.start - 24), m.start) or
                low.endswith("向", 0, m.start) and _HANDED_TO.match(low, m.end)))
            if (v.ss, v.se) not in left:  # (once a sentence: its figures leave out the same names)
                named = d.starting(bi, v.ss, v.se)
                left[v.ss, v.se] = [m for m in named if m.role == "entity" and (
                    left_out(b.text, m) or an_example(b.text, m, named))]
            excluded.update(left[v.ss, v.se])
            # "it saw a 1.3% drop in China": a place after "in" in the figure's clause, after a company or a pronoun
            # of that clause that is no source, is where the company's figure holds
            held_in = [m for m in places_in if v.cs <= m.start < v.ce and not (
                m.start >= v.e and _WITH_OR_WHILE.search(b.text, v.e, m.start)) and any(
                o is not m and o.role in ("entity", "pronoun") and o.kind not in ("country", "region") and
                v.cs <= o.start < m.start and o not in srcs and o not in not_subjects
                for o in d.starting(bi, v.cs, m.start))]
            # (and for the later figures of its sentence: "…, offset by growth elsewhere, leading to a 5.0% growth
            # globally" is still the company's)
            held_before.setdefault(v.ss, []).extend(held_in)
            excluded.update(held_before[v.ss])
            # "vivo不僅在台灣躍升為第三大品牌，全球市佔率也達9.2%": a place after 在/in in an earlier clause of the
            # sentence, after a company, is where that clause's fact holds, not whom this figure is about
            # (unless the figure's clause is about the place: "Samsung invested in India, where shipments rose")
            excluded.update(m for m in places_in if v.ss <= m.start < v.cs and not _WHERE.match(b.text, m.end) and
                            not _LOCAL.match(b.text, v.cs) and any(
                o.role == "entity" and o.kind not in ("country", "region") and v.ss <= o.start < m.start and
                o not in srcs for o in d.starting(bi, v.ss, m.start)))
            # "受烏克蘭危機以及亞洲、中東地區緊張局勢的影響，全球軍費開支達2.44萬億美元", "Amid tensions in Asia,
            # global military spending reached …": a name in a cause before the figure says why, not whose
            # (a cause opens with one of _CAUSE_WORDS: a sentence without any, as most are, has none before any figure)
            if (v.ss, v.se) not in causes:
                causes[v.ss, v.se] = bool(_CAUSE_WORDS.search(low, v.ss, v.se))
            if causes[v.ss, v.se]:
                excluded.update(places_in_causes(low, v.ss, v.s, mentions))
            # "China's exports to the US", 中国对美国出口, 自澳大利亚进口: a trade partner is where the goods go or
            # come from, not who trades (the figure's scope: exports to the US are not exports to the EU)
            # (only after a trader named before it: "Shipments to Japan rose 8%", "equipment sales to Taiwan" with no
            # one else named are the market's, Japan's and Taiwan's)
            if v.ss not in traded:  # (once a sentence: its figures read the same partners)
                traded[v.ss] = trade_partners(low, v.ss, v.se, d.starting(bi, v.ss, v.se))
            # (a surplus or a deficit with a place is never that place's own: 對美國出超, "the surplus with the US";
            # nor a figure of a place named as where goods go: 美國取代陸港成為最大出超來源，達1501億美元)
            partners = [m for m in traded[v.ss] if _BALANCE_WITH.match(low, m.end) or _PARTNER_ROLE.match(low, m.end) or
                        _BALANCE_BEFORE.search(low, max(v.ss, m.start - 30), m.start) or any(
                o.role == "entity" and o not in excluded and v.ss <= o.start < m.start
                for o in d.starting(bi, v.ss, m.start))]
            excluded.update(partners)
            # (the sentence's: subject.subject reads no other)
            usable = [m for m in d.starting(bi, v.ss, v.se) if m not in excluded]
            places_of: set[str] = set()  # (where a landmark lies, or the whole it is ranked within: no scope of it)
            lies_in: list = []
            if _physical(c):
                # "Lake Titicaca … lying at 3,810m above sea level in the Andes Mountains": a landmark's length, area
                # or height is the landmark's, not that of where it lies
                lies_in, places_of = subject.where_named(v, usable, V.cues, d.is_landmark, d.starting(bi, v.ss, v.se),
                                                   bool(d.landmark()))
                usable = [m for m in usable if m not in lies_in] if lies_in else usable
                # "it's the country's tallest peak, at 3,776 meters", 该国最高的山峰: a place pronoun a superlative
                # follows ranks the thing within its place, as a place name would
                usable = [m for m in usable if not (m.role == "pronoun" and _ranks_within(low, m, V) and any(
                    o.role in ("entity", "pronoun") and v.ss <= o.start and o.end <= m.start for o in usable))]
            # the subject a pronoun takes and the names a plural one takes together, read from the sentences
            # before only for a sentence with a pronoun (subject.subject reads them for nothing else)
            pronoun = any(m.role == "pronoun" and v.ss <= m.start and m.end <= v.se for m in usable)
            carry, together, _, firm = _carried(d, bi, v.ss) if pronoun else (None, None, None, None)
            near = [m for m in usable if m.role == "pronoun" and v.ss <= m.start and m.end <= v.s][-1:]
            firm_near = bool(near) and _firm_pronoun(near[0].name, V)  # (the pronoun nearest before the figure)
            if carry and firm_near and _is_place(carry, V):
                # "This was reflected in Chilean copper production figures. … the state-owned mining company
                # recorded 1.422 million tons": the company, the firm, 该公司 stand for a firm, never a place
                carry = firm
            elif carry is None and firm_near and d.lead_firm():
                # "The airline's revenue grew 10.5%" after a paragraph naming no one, on a page about Cathay Pacific:
                # the firm the page is about
                carry = d.lead_firm()
            elif carry and (place_words := [low[m.start:m.end] for m in usable if m.role == "pronoun" and
                                            v.ss <= m.start and m.end <= v.se]) and \
                    any(w in V.cues.get("subject.place_pronouns", ()) for w in place_words) and not firm_near and (
                        not _is_place(carry, V) or
                        # (a country's pronoun stands for a country, not the city a dateline named: 据拉美社北京5月
                        # 5日报道,…去年中国出口6029.7万辆自行车。预计今年该国自行车产量… is China's)
                        any(w in subject._COUNTRY_PRONOUNS for w in place_words) and V.entity(carry).kind != "country" and
                        _country_before(d, bi, b, v.ss) is not None):
                # "the country's civil aviation sector recorded 90.2 million" after "Railway passenger volume …":
                # the country, the nation, 该国 stand for a place, never for a firm or a thing
                carry = _country_before(d, bi, b, v.ss) or d.place() or d.evidenced_home()
            row_header = col_header = row_entity = row_object = None
            if b.kind == "row" and b.cells:
                cell = b.cell(v.s)
                # the row's header: its first cell, or the first with words after a rank ("1 三星 57.5 7%")
                first = next((k for k in range(len(b.cells)) if not _RANK_CELL.fullmatch(b.cell_text(k))), 0)
                if cell is not None and cell > first:
                    row_header = b.cell_text(first)
                    rm = [m for m in mentions if b.cells[first][0] <= m.start < b.cells[first][1]
                          and m.role == "entity"]
                    row_entity = rm[0].name if rm else names.clean_name(re.sub(r"^\d+[.)、]\s*", "", row_header), V)
                    title = None if rm else _infobox_title(d, bi)
                    if title:
                        # an infobox ("裏海 | |" over "面積 | 371,000 km2 |", "Lake Baikal | |" over "Max. depth |
                        # 1,642 m |"): its title names whose figures they are, a row's label what it measures
                        row_object, row_header, row_entity = row_header, title, title
                    elif not rm and _PERIOD_HEADER.fullmatch(row_header.strip()):
                        # a row of a year or a quarter ("| 2018年 | 820 |", "| Q1 2024 | 5.2 |"): when, not whose
                        row_header, row_entity = None, None
                    elif not rm and _written_lower(d, row_header):
                        # "Low- and middle-income countries" over a row the page's prose writes in lower case ("flows
                        # to low- and middle-income countries"): a description of a group, whose figures are the
                        # market's, as the prose's are
                        row_header, row_entity = "", None
                    elif not rm and row_header.rstrip().endswith((":", "：")):
                        # "面积: 371,000 平方公里", "Elevation: 5,642 m": a label naming what the line measures, no
                        # one's name (not "Samsung: 20.1%", a name the tables know): whose, the text says
                        row_object, row_header, row_entity = row_header.rstrip(":： "), None, None
                    elif not rm and V.concept_match.find(lower(row_header)):
                        # a row of a kind of thing, not of someone ("全年粮食", "其中: 稻谷", "Wafer processing"):
                        # what the row measures, read with its column's header; whose, the text says
                        row_object, row_header, row_entity = row_header, None, None
                    hb = d.layout.blocks[b.header] if b.header is not None and b.header != bi and not title else None
                    hc = cell - _header_shift(hb, b) if hb is not None else cell
                    if hb is not None and 0 <= hc < len(hb.cells):
                        col_header = hb.cell_text(hc)
                        # (the table's caption: its heading, or the block right above its header row)
                        above = heading_text + " " + (d.layout.blocks[b.header - 1].text[-200:] if b.header else "")
                        told = above + " " + hb.text
                        # (a unit the table states is its caption's or its corner cell's: one in a column's
                        # header, "Revenue (US$ million)", is that column's alone; and a row that names its own
                        # kind of number, "Growth (%)", "增长率(%)", keeps it)
                        stated = layout.stated_unit(above + " " + (hb.cell_text(0) if hb.cells else ""))
                        label = row_header or row_object or ""
                        if _PERCENT_COLUMN.search(label) or _UNIT_IN_HEADER.search(label):
                            stated = ""
                        c = _cell_unit(c, col_header, layout.stated_scale(told), stated)
                        if label and c.kind == "count" and _BARE.fullmatch(c.text) and "%" in label:
                            c = replace(c, kind="percent", unit="percent", written_unit="%")  # "增长率(%)" | 10.6
            if in_grid:
                (rs, re_), (hs, he) = in_grid
                row_header, col_header = b.text[rs:re_].strip(), b.text[hs:he].strip()
                c = _cell_unit(c, col_header, scale)
                rm = [m for m in mentions if rs <= m.start < re_ and m.role == "entity"]
                row_entity = rm[0].name if rm else names.clean_name(row_header, V)
            elif row_header is None and c.kind == "count" and (label := _LABEL_WITH_UNIT.search(
                    b.text, b.text.rfind("\n", 0, v.s) + 1, v.s)):  # (read on the figure's own line only)
                # "Elevation (meters): 5,642", "面积(平方公里):371000": a stat card's line whose label states the unit
                # in brackets before the colon, as a table's column header does
                c = _cell_unit(c, label.group(1), 1.0)
                row_object = _UNIT_IN_HEADER.sub("", label.group(1)).strip() or None  # (what it measures: the label)
            if k in resp:
                subj, how = resp[k], "respectively"
            else:
                places = [m for m in d.starting(bi, v.ss, v.s) if m.kind in ("country", "region")] \
                    if pronoun else ()
                subj, how = subject.subject(v, usable, carry, c.unit, row_header, row_entity, together,
                                             scope_names, places, _speaking_firm(d, v, usable, firm, V))
                if subj is None and how == "market" and _CONTINUES.match(low, v.ss) and _carried(d, bi, v.ss)[0]:
                    # "其中9月大豆进口量达到1286.9万吨", "This is a rise compared to 63.44 million tonnes in 2022":
                    # a sentence that goes on about the one before goes on about its subject
                    subj, how = _carried(d, bi, v.ss)[0], "pronoun"
                elif subj is None and how == "market" and v.ss > 0 and _topic_dropped(low, v.ss, v.s) and \
                        _a_landmark(_carried(d, bi, v.ss)[0], V):
                    # "莫高窟，俗称千佛洞，位于…。始建于十六国…，现有洞窟735个": a Chinese sentence that opens with its
                    # verb drops the topic it goes on about, the landmark the sentence before names (not a firm or a
                    # market: a report's next sentence about "实现营收" is often another's)
                    subj, how = _carried(d, bi, v.ss)[0], "pronoun"
                elif how == "pronoun" and _IT_IS.match(low, v.ss) and not _physical(c) and \
                        (prev := _figure_of_sentence_before(out, order, b, bi, v.ss)) is not None:
                    # "The annual installation figure of 541,302 units is the second highest. It is only 2% lower
                    # than the record": "it is", opening a sentence, is the figure before, and its subject (not
                    # a thing's size: "It is twice the height of Niagara Falls. It is 108m tall": the falls)
                    subj, how = prev.subject, prev.how
                elif how == "named" and subj and _WORLD_CLAUSE.search(low, max(v.ss, v.cs - 8), v.s) and \
                        not any(m.name == subj and m.start >= v.cs for m in usable):
                    # "Asia accounted for 70% of new robot installations, while new factory robot installations
                    # globally increased 10%": a clause about the world is no earlier clause's subject's
                    subj, how = None, "market"
            if subj and k > 0 and v.ss <= spans[k - 1][0] and spans[k - 1][1] <= v.s and \
                    (_WHOLE_OF.fullmatch(low, spans[k - 1][1], v.s) or
                     _WHOLE_RESTATED.fullmatch(low, spans[k - 1][1], v.s)) and \
                    not any(m.role == "entity" and spans[k - 1][1] <= m.start < v.ce for m in usable):
                # "India accounts for 60 per cent of the 2,12,000 people detected globally", "1.26 lakh out of 2.10
                # lakh", "about 43% of global production, which amounts to 49,355 t": the whole a part is of is no
                # one's the sentence named for the part
                subj, how = None, "market"
            meas = measure.measure(v, c.unit, V, col_header or "")
            if meas.kind == "multiple" and _GREW_BY.search(low, max(v.ss, v.s - 6), v.s):
                # 猪肉进口增加1.4倍 is a rise of 140%, as "pork imports were up 142.7%" says (增长到1.4倍 is ×1.4)
                c = replace(across.scaled(c, 100), kind="percent", unit="percent")
                meas = measure.Measure("growth", None)
            if meas.kind in ("percent", "level") and last_meas.get(v.ss) and last_meas[v.ss][0] == c.unit and \
                    measure.gapped(v, d.starting(bi, v.cs, v.ce)):  # (it reads the names of the figure's clause)
                meas = last_meas[v.ss][1]  # "Samsung grew 7%, Apple 16%": the verb left out is the one before
            elif meas.kind == "level" and k > 0 and last_meas.get(v.ss) and last_meas[v.ss][1].kind == "change" and \
                    _FIGURE_LIST.fullmatch(low, spans[k - 1][1], v.s):
                # "较去年分别增加14.25万吨、3.52万吨、2550盎司", "rose by 14,000 tonnes, 3,500 tonnes and 2,550 ounces":
                # amounts listed after one change word are all changes
                meas = last_meas[v.ss][1]
            if k > 0 and last_meas.get(v.ss) and last_meas[v.ss][0] == c.unit and \
                    measure.from_to(low, spans[k - 1], (v.s, v.e), v.ss):
                meas = last_meas[v.ss][1]  # 年成长率从2021年的154%降至2024年的36.8%: both ends are the rate
                change_ends.add(k)
            elif k > 0 and c.unit == "percent" and last_meas.get(v.ss) and last_meas[v.ss][0] == c.unit and \
                    last_meas[v.ss][1].kind in ("growth", "share") and \
                    _COMPARED_BACK.fullmatch(low, spans[k - 1][1], v.s) and \
                    not _ANOTHER_CLAUSE.search(low, spans[k - 1][1], v.s) and \
                    not V.cue(("measure.change", "measure.share")).find(low, v.e, v.ce):
                # "the growth rate reached 5.8% in 2024, up from 1.2% in 2023", "增长率为5.8%，远高于2023年的1.2%":
                # the rate it is compared with is the same rate, of the same thing, at another time
                meas = last_meas[v.ss][1]
                compared_back.add(k)
            elif k > 0 and c.unit == "percent" and meas.kind == "percent" and last_meas.get(v.ss) and \
                    last_meas[v.ss][0] != "percent" and _RESTATED_AS.fullmatch(low, spans[k - 1][1], v.s) and (
                        last_meas[v.ss][1].kind == "change" or
                        V.cue("measure.change").find(low, max(v.cs, spans[k - 1][0] - 24), spans[k - 1][0])):
                # "rose by 3 million units, or 12%", 遊民人口增加超過七萬人，即12%: the change restated as a rate
                prev = last_meas[v.ss][1]
                meas = measure.Measure("growth", prev.base, prev.down)
            last_meas[v.ss] = (c.unit, meas)
            if meas.down:
                c = _negated(c)
            if meas.kind == "percent" and subj and how in ("named", "pronoun", "respectively") and \
                    V.cue("measure.share").find(low, 0, v.ss):
                # "Samsung had 34%" after "… market shares: SK hynix 36%": a named holder's bare percentage in
                # a paragraph about shares is its share
                meas = measure.Measure("share", None)
            caption = b.text[grid.caption[0]:grid.caption[1]] if in_grid else ""
            keys, words, where = measure.object_of(v, V, mentions, period_spans,
                                                   f"{row_object} {col_header or ''}" if row_object else col_header or "",
                                                   caption or _table_caption(d, b) or heading_text, memo,
                                                   c.unit == "count")
            if c.unit == "meter" and (dim := measure.dimension_before(low, v.s, V)) and \
                    not (keys and where == "phrase") and not set(keys) - measure.dimensions(V):
                # 是一个火山丘,高5963米: the adjective before a length says which one; 瀑布总宽1688米,…,最大落差108米:
                # over the dimension a neighbour clause's word names (not the figure's own: 长度高达10.8公里, 高达
                # "as much as", is a length)
                keys = (frozenset(keys) - measure.dimensions(V)) | {dim}
            if c.unit == "meter" and (dim := measure.dimension_after(low, v.e, V)):
                # "181 m high", "2,335 metres long", "300 m deep": the adjective after a length says which one it is
                keys = frozenset(keys) | {dim}
            if c.unit == "meter" and (ref := next((m for m in d.starting(bi, v.ss, v.se) if m.role == "entity" and
                                                  subject.measured_from(v, m)), None)):
                # "about 100km away from Tokyo", 位于东京西南方约80公里处, 距离东京约100公里: a distance from a place,
                # the place its one word (its name, one in every language)
                keys, words = frozenset({"distance"}), (ref.name.lower(),)
            if c.unit == "meter" and words:
                # (an adjective that said it, after this figure or another length of the sentence: no word of the
                # object, "deep" against "depth", "108 metres high and 1,708 metres wide"; not "the long jump")
                adjectives = measure.length_adjectives_said(low, v.ss, v.se, V)
                words = tuple(w for w in words if w not in adjectives)
            elif c.unit != "meter" and keys:
                # (which length a figure is says nothing of one that is no length: 收入落差达到2.5万元)
                keys = frozenset(keys) - measure.dimensions(V)
            if c.per and (base := _rate_base_noun(V).match(low, v.e)):
                # "223 maternal deaths per 100,000 live births": what the rate is per is no part of its object
                keys, words = measure.without_words(keys, words, base.group(1), V)
            if not keys and not words and b.kind == "item":
                keys, words = d.item_object(bi)  # a bare figure of a list item measures what its lead-in names
            if k in paired:  # "production and sales reached 12.89 million and 12.87 million"
                mine, every = paired[k]
                if where != "phrase" and k - 1 in paired and paired[k - 1][1] == every and k - 1 in pair_objects:
                    # "新能源汽车产销分别为1288.8万辆和1286.6万辆": the second of the pair measures what the first does
                    keys, words = pair_objects[k - 1]
                keys = (keys - every) | {mine}
                pair_objects[k] = (keys, words)
            if k in counterpart and where != "phrase" and counterpart[k] in objects_before:
                # "旅客运输量7.3亿人次、货邮运输量898.2万吨，同比分别增长17.9%、22.1%": the rise of what its
                # counterpart measures
                keys, words = objects_before[counterpart[k]]
                matched.add(k)
            if k in change_ends and where != "phrase" and k - 1 in objects_before and keys <= objects_before[k - 1][0]:
                # 短视频用户规模从6.48亿增长至10.12亿: where a change ends is of what it starts from (its words too)
                words = tuple(sorted(set(words) | set(objects_before[k - 1][1])))
            elif k in change_ends and where not in ("phrase", "clause", "linked") and k - 1 in objects_before and \
                    any(objects_before[k - 1]):
                # 红树林面积已从本世纪初的2.2万公顷恢复增长至3万公顷，成为…面积净增加的国家之一: the end of a change
                # whose own clause names nothing is of what its start is, not of a term a later clause names
                keys, words = objects_before[k - 1]
            if k in compared_back and k - 1 in objects_before and not any(
                    V.roles.get(x) in ("quantity", "topic", "domain") for x in keys):
                keys, words = keys | objects_before[k - 1][0], tuple(sorted(set(words) | set(objects_before[k - 1][1])))
            keys, words, parted = _share_object(k, v, b, low, spans, meas.kind, keys, words, kinds_before,
                                                objects_before, V)
            if c.kind == "money" and "price" in V.roles and not any(V.roles.get(k) == "quantity" for k in keys) and \
                    (_PER_UNIT_AFTER.match(low, v.e) or _PER_UNIT_BEFORE.search(low, max(v.ss, v.s - 8), v.s)):
                keys = keys | {"price"}  # "$12,960 a tonne", 每吨12,960美元: money for one unit of a thing is its price
            for two in [w for w in keys if w in V.money_reading]:
                # 消费8万亿元 is spending, 消费了1200亿份 consumption: a word of two quantities read by the figure's unit
                # (a rate, 消费增长5%, says neither: its word stays a word, as it was before the table knew it)
                as_money = V.money_reading[two]
                # (the change of a sum the sentence gave just before is of that sum: 收益1043.71亿元,同比增长10.46%)
                of_money = c.kind == "money" or k > 0 and k - 1 in objects_before and \
                    as_money in objects_before[k - 1][0] and b.sentence(spans[k - 1][0])[0] == v.ss
                if c.unit == "percent" and not of_money:
                    keys, words = keys - {two}, tuple(sorted(set(words) | _concept_words(V, two, low, v.ss, v.se)))
                    continue
                meant = as_money if of_money else next(q for q in V.either[two] if q != as_money)
                keys = (keys - {two}) | {meant}
            if c.unit == "count" and keys & {"revenue", "sales"} and "unit_sales" in V.roles:
                keys = (keys - {"revenue", "sales"}) | {"unit_sales"}  # "sales reached 12.87 million units": units sold
            elif "sales" in keys and c.kind == "money" and "revenue" in V.roles:
                keys = (keys - {"sales"}) | {"revenue"}  # "sales of $5bn": revenue
            elif c.unit == "watt" and meas.kind == "level" and "capacity" in V.roles and \
                    not any(V.roles.get(k) in ("quantity", "basis") and k not in V.stages for k in keys):
                keys = keys | {"capacity"}  # a power is a capacity: "a total of 288 GW" of wind is its capacity
            if "generation" in V.roles and ({"electricity", "output"} <= keys or (
                    c.unit == "watt_hour" and "generation" in words and not keys & {"electricity", "consumption"}) or (
                    c.unit == "watt_hour" and "electricity" in keys and not keys & {"consumption", "demand"} and
                    _GENERATED.search(low, v.cs, v.ce)) or (
                    c.unit == "watt_hour" and "output" in keys and not keys & {"consumption", "demand", "battery"})):
                # electricity produced is power generated: "4.5 percent of total electricity production" is a share
                # of 全国发电量; "nuclear power generation reached 450.9 billion kWh" (its "power" read as nuclear's);
                # "the amount of electricity supplied from nuclear energy was 2545 TWh", "energy production from
                # operating power plants reached 444.7 million kilowatt-hours": energy put out is energy generated
                keys, words = (keys - {"electricity", "output"}) | {"generation"}, \
                    tuple(w for w in words if w != "generation")
            if meas.kind == "change" and not meas.down and keys & V.stocks and "new" in V.roles:
                # "capacity increased by 93 GW", "up 277.17 GW from 609.49 GW": 93 GW added, as "added 93 GW" says
                meas, keys = measure.Measure("level", None), keys | {"new"}
            if where != "phrase" and k not in paired and k not in matched and not parted:  # (a paired figure's
                unsaid.add(i)  # quantity is said by its pair, a matched one's by its counterpart, a part by its verb)
            if k > 0 and b.sentence(spans[k - 1][0])[0] == v.ss and not in_grid and k not in matched:
                same_sentence.add(i)
            if not keys and not words and c.kind in ("percent", "count"):
                # "…, which experienced a 95 percent drop": a clause saying nothing of what it measures may take
                # its sentence's other words, when nothing read across figures below gives it an object
                rest = measure.rest_of_sentence(v, V, mentions, period_spans, memo)
                if rest:
                    spare[i] = tuple(sorted(rest))
            if (keys or meas.kind in ("share", "growth") or (c.kind == "physical" and meas.kind == "level")) and \
                    d.topic() and not (_physical(c) and d.landmark() and subj in (None, d.landmark())) and \
                    not any(V.roles.get(k) in ("topic", "domain") for k in keys) and \
                    not (keys & V.cue_set("subject.firm_results") and d.lead_firm() and (
                        firm_names.head(subj, V) == d.lead_firm() if subj else
                        not _market_wide(low, v.ss, v.se, whole_of=True))):
                # (not a length, an area or a volume of the landmark a page is about, or of no one there: Lake
                # Victoria's depth is no depth of the tourism or the fishing the page also tells of; nor the results
                # of the firm a page is about, Cathay Pacific's profit, which are no "airlines profit" beside its
                # profit elsewhere: the page's topic is the firm's trade, not a part of it; another firm's, or a
                # segment's in a market's table, "SK hynix … DRAM revenue", keep it; a sentence naming no one
                # whose results the page's firm will take below, 期内,收益1043.71亿元, takes none either)
                if not keys and not words:
                    lent.add(i)  # a bare share or a company's bare growth: the document's topic is all it has
                keys = keys | {d.topic()}  # "output" in a coffee report is coffee output
            if keys and V.within:
                keys = _the_broader(keys, V, low, v.ss, v.e)
            if caption:  # a column of a flattened table measures what its caption names
                ck, _, _ = measure.object_of(v, V, mentions, [], "", caption)
                keys = keys | ck
            header_period = None
            if col_header:
                header_period = d.header_period(col_header)
            flow = bool(keys & V.cue_set("subject.firm_results")) or meas.kind in ("growth", "change")
            per = period.period_of(v, periods, d.year, heading_period, header_period,
                                   change=meas.kind in ("growth", "change", "relative"), flow=flow)
            events = d.event_clauses(bi) if not _THAT_YEAR.search(low, v.cs, v.ce) else {}
            if per and any(p.start in events and not events[p.start][0] <= v.s < events[p.start][1] for p in periods
                           if v.ss <= p.start < v.se):
                # a year dating a discovery in another clause of the sentence ("…,发现于1976年4月,俑坑平面为曲尺形,
                # 面积约6000平方米") dates no figure of its own; nor does another year of the sentence stand in for
                # it ("始建于1994年,于2006年竣工" dates the building, not the dam's 2250万千瓦), unless in the figure's
                # own clause
                others = [p for p in periods if p.start not in events or events[p.start][0] <= v.s < events[p.start][1]]
                per = period.period_of(v, others, d.year, heading_period, header_period,
                                       change=meas.kind in ("growth", "change", "relative"), flow=flow)
                if per and not any(v.cs <= p.start < v.ce and per.startswith(p.period[:4]) for p in others):
                    per = None
            if per and meas.base and meas.base[3:].isdigit() and per[:4].isdigit() and per[:4] <= meas.base[3:]:
                # "40% greater than that of 2013 – … the previous record in 2012": a change on 2013 is of a later
                # year, the year after it where the page opens with that one
                after = str(int(meas.base[3:]) + 1)
                per = after if d.lead_period() == after else None
            if per and d.dated and d.month and per[:4] == str(d.dated) and _starts_after(per, d.month) and \
                    str(d.dated) not in low[max(0, v.ss - 400):v.se] and \
                    not _THIS_YEAR.search(low, max(0, v.ss - 400), v.se) and \
                    not period.forecast(v, V, periods, d.year) and d.recent_period(bi) != per:
                # "stats for December" on a page dated February 2021: the December before it (2020-12); "7.55
                # percent in the fourth quarter" on a page dated January 2025: 2024's fourth quarter (not where the
                # paragraphs before named that quarter with the page's year: "2025财年第四季度,…" / "第四季度该部门…")
                per = f"{d.dated - 1}{per[4:]}"
            if per and not d.dated and _QUARTER.fullmatch(per) and per[:4] == str(d.year) and \
                    not _YEAR_WRITTEN.search(low, v.ss, v.se) and (recent := d.recent_period(bi)) and \
                    _QUARTER.fullmatch(recent) and recent[4:] == per[4:]:
                # "截至2025年1月26日的2025财年第四季度,公司营收393亿美元" / "第四季度该部门营收356亿美元" on an undated
                # page: the quarter the paragraphs before named with its year, not the page's usual year
                per = recent
            unknown_now = False
            current = bool(_CURRENT_BEFORE.search(low, max(v.ss, v.s - 24), v.s))
            if current:
                # "will increase by 2030 from the current 55 million to 78 million": the level now, not the year
                # the change runs to (nor a forecast, below)
                per = "?-now"
            if per == "?-now":  # 目前, currently: the quarter the report is about, else the document's year
                recent = d.recent_period(bi)
                per = recent if recent and d.year and recent.startswith(str(d.year)) else \
                    (str(d.year) if d.year else None)
                if per and not d.dated and any(p.period.startswith(per) for p in periods if v.ss <= p.start < v.se):
                    # (目前全球有4700万人,到2050年将达到1.32亿人 on an undated page naming no other year: now is not
                    # the year the sentence sets against it, before or after the figure)
                    per, unknown_now = None, True
            if per and _MONTH_OF_YEAR.fullmatch(per) and _THIS_QUARTER.search(low, max(v.cs, v.s - 8), v.s):
                # 114年12月出口…，单季出口1,881.1亿美元: the quarter the month is in (2025-Q4)
                per = f"{per[:4]}-Q{(int(per[5:7]) - 1) // 3 + 1}"
            borrowed = per is None or per in period.RELATIVE
            if per == "?-prev-S":  # "a surplus of 1.3 million tonnes in the previous season": the season before
                # one its sentence names before the figure (2024/2025 …), else the page's own season, else none
                named = [p.period for p in periods if v.ss <= p.start < v.s and not p.base
                         and period.is_season(p.period)] or \
                    [p for p in (d.lead_period(),) if p and period.is_season(p)]  # (else the season the page opens with)
                per = period.shift(per, named[-1]) if named else None
            elif per in period.RELATIVE:  # "for the year", "the previous quarter": read against the paragraphs before
                ref = d.recent_period(bi, any_kind=True)
                per = period.shift(per, ref, ref in d.fiscal_quarters())
            if per is None and not unknown_now:
                # "China produced 76.0 Mt in December 2024, up 11.8%. India produced 13.6 Mt, up 9.5%.": a figure of
                # the kind and unit an earlier sentence of the paragraph dated, else the document's or the
                # paragraph before's period
                # (a clause speaking of now takes no year a sentence before opened with: "In 2021, the plant had 300
                # workers. It now employs 5,400")
                per = _dated_before(dated, v.ss, meas.kind, c.unit, bool(_NOW.search(low, v.cs, v.ce))) or \
                    d.item_period(bi) or (None if _physical(c) and d.landmark() else d.only_period()) or \
                    d.recent_period(bi)
                # (a size on a landmark's page takes no year from elsewhere on it: 2002年8月,经重新测量后,为3775.63米
                # dates that survey, not the 3,776 m the page gave before it; nor a page's date its volume or depth.
                # Known cost: a dated news story of a changing size, "Lake Mead hits record low (July 2022)", loses
                # its year: keeping a year named before the figure cost 24 pairs of the opened keys, whose pages'
                # dates do not date their lakes)
                if per is None and (_ANAPHOR.match(low, v.ss) or _within_previous(V, low, v.ss)) and \
                        not _ANOTHER_TIME.search(low, v.ss, v.se) and (back := _said_before(said_periods, bi, v.ss, d)):
                    # "At the end of 2022, 108.4 million people were displaced. / This represents an increase of 19
                    # million people compared to the end of 2021": a sentence opening with "this" speaks of the
                    # one before it, and of its period; so does one opening with "of which", 其中 ("2023年全国棉花总
                    # 产量561.8万吨。/ 其中,新疆棉花产量511.2万吨": Xinjiang's of 2023)
                    per = back
                if per is None and "price" in keys and d.dated and d.month and meas.kind in ("level", "growth"):
                    # "copper futures were up 6.78% at $12,955.5 per ton" on a page dated 29 December 2025: a
                    # price no period dates is the price when the page was written
                    per = f"{d.dated}-{d.month:02d}"
                since = period.since_year(low, v) if meas.base else None
                if per and any(p.period == per and v.e <= p.start < v.se and period.dates_a_compared(v, p)
                               for p in periods):
                    # "Around 3890 tigers exist in the wild, up from an estimated 3200 in 2012": the year of the
                    # figure compared with is not this one's, though the page names no other
                    per = None
                if per and period.not_after(per, meas.base) and not any(
                        p.period == per and not p.base and v.ss <= p.start < v.ce for p in periods):
                    # (a change since 2020, or on 2020, is of no period a paragraph before named up to 2020: of a
                    # later one; its own sentence's year stays, "Sales in 2019 were 10% lower than in 2021")
                    per = None
                if per and since and per == since and meas.base == f"vs {since}":
                    per = None  # ("have dropped by 99.9 percent since the GPEI began in 1988": 1988 is the base)
                if per is None and since and meas.base == f"vs {since}":
                    # "a total reduction of over 20 million children since 2020": a change since a year runs to now,
                    # the year of the page's date
                    per = _now_after(d, meas.base)
                if per:
                    lent_period.add(i)  # an ellipsis says better
            elif per is None:
                pass  # (now, on an undated page, is no year: nothing to date the figures after it)
            elif i not in lent_period and (_REPORTING.fullmatch(per) or (
                    per.isdigit() and _WHOLE_YEAR.search(low, max(v.ss, v.s - 12), v.s))):
                # (a bare year is as often background; 去年全年出口6407.5億美元；進口4836.1億美元: a whole year's
                # figure dates those after it)
                dated.append((v.ss, meas.kind, c.unit, per, False))
            elif i not in lent_period and per.isdigit() and _opens_with_year(low, v.ss, v.se, per, periods, d.year):
                # (so does a year the sentence opens with, "In 2022, nearly 20 million cases were diagnosed",
                # 据估计,2022年全球新增…: the paragraph's reporting year, when it is the sentence's only period and
                # the page's own time: not "In 1998 the plant opened", nor "In 2030, the country aims to …")
                dated.append((v.ss, meas.kind, c.unit, per, True))
            if borrowed and per and period.starts_change(v):
                # "在此期間從 7.7% 下降到 7.3%": where a change starts is the period before the one it is read in;
                # the year a sentence before compared with, where it named one ("但比1990年已大幅下降。其中…已从1260万
                # 下降到540万": 1990's)
                per = period.compared_year_before(periods, v.ss, per) or period.change_start(v, per)
            before = changed_on.get(v.ss)
            if meas.kind == "level" and c.low is None and before and before[0] == k - 1 and \
                    (at_base := period.base_level(v, before[1], before[2])) is not None:
                # "rose 3.25 per cent month-on-month from 5.85 million tonnes" in December: November's level
                per = at_base
            if per and meas.kind in ("growth", "change") and meas.base in (None, f"vs {per[:4]}") and \
                    period.change_over_span(v, periods, per):
                # "fell 43% between 1990 and 2015", 1990年至2015年下降了44%: the change of 2015 on 1990 (as
                # 比1990年下降了44% in 2015 is)
                per, meas = per[-4:], replace(meas, base=f"vs {per[:4]}")
            elif per and meas.kind in ("level", "percent", "share") and c.low is None:
                per = period.level_in_span(v, per)  # "from 280,000 to 53,000 … between 2005 and 2024": 2005, 2024
            if meas.kind in ("growth", "change") and meas.base:
                changed_on[v.ss] = (k, meas.base, per)
            if per and i not in lent_period:
                said_periods.setdefault(bi, {}).setdefault(v.ss, set()).add(per)
            read_period[i] = per
            # (a table's cells hold where its caption says: "表1 2024年全国粮食…", "Global shipments by vendor")
            bas = basis_mod.basis(v, V, mentions, f"{col_header or ''} {heading_text}" if b.kind == "row"
                                  else col_header or "", memo)
            if bas.scope is None and subj:
                place = basis_mod.fronted_place(v, d.starting(bi, v.ss, v.s))  # (it reads those alone)
                if place and place != subj:  # "In the US, Apple retained 49%": Apple's share of the US market
                    bas = replace(bas, scope=place)
                else:  # "it saw a 1.3% drop in China": the place its clause names is where the figure holds
                    places = {m.name for m in held_in if m.name != subj}
                    if len(places) == 1:
                        bas = replace(bas, scope=places.pop())
            if bas.scope is None and subj and v.ss > 0 and b.text[:v.ss].rstrip().endswith(("；", ";")) and \
                    (held := held_scope.get(b.sentence(v.ss - 1)[0])) and \
                    not any(m.kind in ("country", "region") for m in d.starting(bi, v.ss, v.s)):
                # "在中国市场,华为出货量为205万台…；联想出货量为49.2万台": the market a sentence opens with holds for
                # the clauses a semicolon joins to it
                bas = replace(bas, scope=held)
            if bas.scope and bas.scope not in ("global", "domestic") and subj:
                held_scope.setdefault(v.ss, bas.scope)
            partner_scope = False
            if bas.scope is None:
                # exports to the US are not all exports: the partner its clause names is its scope (also where the
                # trader is not named: 尤其對美國出超金額來到1501億美元 is the page's country's surplus with the US)
                mine = {m.name for m in partners if m.name != subj and (v.cs <= m.start < v.ce or (
                    m.start < v.s and _PARTNER_ROLE.match(low, m.end)))}
                if len(mine) == 1:
                    bas, partner_scope = replace(bas, scope=mine.pop()), True
            src = srcs[0].name if srcs else (unnamed or _source_in_force(d, bi, v.ss))
            if subj and how == "named" and bas.scope == "domestic" and d.public_body(subj) and \
                    (home := d.national(subj)) and home != subj:
                subj = home  # 加纳可可委员会将全国可可产量预测下调至65万吨: a national body's figure for its whole country
            if subj is None and how == "market" and (owner := d.item_owner(bi)):
                subj, how = owner, "item"  # "1. 中国:全球自动化浪潮的中心" / "  • 年度安装量:约29万台": China's
            elif subj is None and how == "market" and bas.scope not in (None, "domestic", "global", "regional") and \
                    not partner_scope:
                subj = bas.scope  # "the U.S. market reached 4.9 GW", 美国市场达到4.9吉瓦: the place's own figure
            elif subj is None and bas.scope is None and how == "market" and \
                    (prev := _world_before(out, idxs, k, order)) is not None and \
                    not (src and d.national(src) and prev.source != src):
                # (据中国钢铁工业协会统计, after the world's: China's; the USDA's figures after its world figure, in the
                # paragraph before too, are still the world's)
                bas = replace(bas, scope="global")  # "ICCO predicts an 11.7% decline in production worldwide …
                # The organization also predicts grindings to decline to 4,855 million tons": still the world's
            elif subj is None and (bas.scope in (None, "domestic") or partner_scope or (
                    bas.of_whole and _part_restated(k, v, b, low, spans, meas.kind, kinds_before))) and \
                    how == "market":
                # (also a share of the world's whole, "占全球55.1%": someone's part of it, not the world's own)
                # a figure naming no one: reported by a national body (中国汽车工业协会 data, the China Association
                # of …), in a subset of the sentence before (我国汽车产销…。其中，新能源汽车…), in a document about
                # one place (国内)
                place = d.national(src) if src and src not in d.lead_world_sources() else None
                topic = d.topic_sentence(bi, v.ss) if place is None else None
                if topic is not None:
                    # "Japan remained the second largest global market for industrial robots, behind China. Robot
                    # installations reached 46,106 units in 2023": the country the sentence before, stating no figure,
                    # is about
                    place = topic
                elif place is None and V.cue("subject.within_previous").find(low, v.ss, v.ss + 12):
                    place = _carried(d, bi, v.ss)[2] or _before_in_block(out, idxs, k)
                if place is None and _physical(c) and _SIZE_OPENS.match(low, v.ss) and \
                        not _PERSONAL.search(low, v.ss, v.s) and (opener := d.landmark_before(bi, v.ss)) is not None and \
                        not heads.another_feature(low, v.cs, opener) and not heads.another_feature(low, v.ss, opener):
                    # 九寨溝處在青藏高原東南…。總面積約620km²: the landmark the sentence before opens with (a Chinese
                    # sentence opening with a size word; an English one naming no one has a subject of its own, "The
                    # lake district covers …", and so has 塔式起重机臂长60米)
                    subj, how = opener, "paragraph"
                elif place is None and _physical(c) and d.landmark() and not _PERSONAL.search(low, v.ss, v.s) and \
                        not _RELATIVE_AFTER_PLACE.search(v.text, v.ss, v.s) and \
                        not heads.another_feature(low, v.cs, d.landmark()) and \
                        not heads.another_feature(low, v.ss, d.landmark()):
                    # "The measured surface area is 371,000 sq km", 湖面海拔456米, on a page about the Caspian Sea
                    # or Lake Baikal: the landmark's, not the country's it lies in
                    subj, how = d.landmark(), "document"
                elif place is None and (firm := d.lead_firm() or _firm_in_paragraph(d, bi, v.ss)) and \
                        (src is None or firm_names.head(src, V) == firm_names.head(firm, V)) and \
                        keys & V.cue_set("subject.firm_results") and \
                        not subject.market_before(v) and \
                        not _market_wide(low, v.ss, v.se) and \
                        not any(m.role == "entity" or m.role == "pronoun" and (
                                    m.kind == "plural" or low[m.start:m.end] == "it" and
                                    names.EXPLETIVE_IT.match(low, m.end))
                                for m in d.starting(bi, v.ss, max(v.e, v.ce))):
                    # "Hon Hai Announces FY2023 & 4Q23 Financial Results … For the full year 2023, revenue totaled
                    # NT$6.162 trillion": a firm's results in a sentence naming no one and no source (not the
                    # industry's, "Sony's revenue for the games industry", "Total streaming revenues grew 11.5%"), on a
                    # page about one firm, are that firm's; elsewhere, the firm the paragraph's sentences before hand on
                    # ("the airline generated HK$104.37 billion in revenue. Net profit edged up 1 percent"); a
                    # singular pronoun nothing before it stands for is that firm too ("…, and on that basis it rose
                    # 3.1% to HK$410 million" after figures naming no one), never an expletive it ("It was the first
                    # year that …")
                    subj, how = firm, "document"
                elif place or d.place():
                    subj, how = place or d.place(), "paragraph" if place else "document"
                elif bas.scope == "domestic" and d.one_country():
                    # 2024年全國糧食總產量14130億斤 on a page naming only 新疆 and 山東: the country they are in
                    subj, how = d.one_country(), "document"
                elif bas.scope == "domestic" and d.our_country() and d.named_places() == {d.our_country().name}:
                    # 台灣經濟 … 2024年全國出口增長9.9%: a Traditional page naming Taiwan alone, its 全國 is Taiwan's
                    subj, how = d.our_country().name, "document"
                elif d.lead_body_country() and not d.lead_world_sources():
                    # a page opening with 中國人民銀行公布…: the body's country
                    subj, how = d.lead_body_country(), "document"
                elif d.speaks_as_country() and not (src or d.worldwide() or any(
                        m.kind in ("country", "region") and v.ss <= m.start < v.ce for m in mentions)):
                    # 財政部公布去年全年出口6407.5億美元 … 美國取代陸港成為我國最大出超來源: a page speaking as its
                    # country (我國) has that country's figures where a sentence names no place up to the figure's
                    # clause, whatever partners it names elsewhere
                    subj, how = d.our_country().name, "document"
                elif d.evidenced_home() and (bas.scope == "domestic" or not _bare_size(c, keys, V) and not (
                        src or d.worldwide() or d.named_places() - {d.evidenced_home()} or any(
                            m.kind in ("country", "region") and v.ss <= m.start < v.se for m in mentions))):
                    # 全国网上零售额, or 铁路旅客发送量5.1亿人次 in a Simplified Chinese page naming no other place
                    # (日本旅游业… in a heading: Japan's, maybe) and not the world (全球PC市场增速…今年三季度9.4%, 国际油价:
                    # the world's), nor a source of no country (据国际能源署统计: the world's, maybe): China's (and
                    # a Traditional page's shown to speak for China: 海關總署 its only body); not a length, an area
                    # or a volume (故宫南北长961米 on a page naming no place: a thing's size, not the country's)
                    subj, how = d.evidenced_home(), "document"
            if subj is None and how == "market" and bas.scope is None and keys and not src and \
                    not any(m.role in ("entity", "pronoun") for m in d.starting(bi, v.ss, v.se)) and \
                    not subject.market_before(v) and not _AGGREGATE_OPENS.match(low, v.ss) and \
                    not _INDUSTRY_WIDE.search(low, v.ss, v.se):
                # "The price of a three-month copper contract on the LME gained more than 6% … The price of copper
                # futures was up by 6.78%": a figure naming no one, of what the nearest figure before it of that
                # object and kind (in its paragraph or the one before) was someone's, is that one's
                prev = _same_object_before(out, order, bi, frozenset(keys), meas.kind,
                                           bool(_MARKET_WIDE.search(low, v.ss, v.se)))
                if prev and not heads.another_structure(low, 0, v.s):
                    subj, how = prev, "continued"
            if subj and _physical(c) and subj in d.parts() and _of_dimension(c, keys, d.parts()[subj], low, v.e):
                # "The deepest place of the trench … is the Challenger Deep, 10,994 meters deep": the trench's depth
                # (not the Challenger Deep's length, "a slot-shaped valley about 11 km long")
                subj = d.landmark()
            elif subj and _physical(c) and "+" not in subj:
                subj = d.landmark_named(subj)  # "Titicaca is the second largest lake …", "Titicaca Lake": Lake Titicaca
            elif subj and "+" not in subj and d.is_landmark_name(subj):
                subj = d.named_in_part(subj)  # (its weight, its lean: the Leaning Tower of Pisa's too)
            if subj and _physical(c) and words:
                # "At 3776 meters Mount Fuji is the highest mountain in Japan": the kind of thing a superlative ranks
                # is what the subject is, no object of its height
                ranked = _ranked_kinds(low, v.ss, v.se, V)
                words = tuple(w for w in words if w not in ranked) if ranked else words
            if c.unit == "meter" and not set(keys) & (measure.dimensions(V) | {"distance"}) and \
                    not _NO_SIZE_AFTER.match(low, v.e) and not _ELEVATION_BEFORE.search(low, max(v.ss, v.s - 24), v.s) \
                    and (dim := _ranked_dimension(low, v, V)):
                keys = frozenset(keys) | {dim}  # (and the superlative says which length: "the highest mountain")
            if subj and bas.scope in places_of and d.is_landmark(subj):
                # "the highest mountain in Africa and the highest solitary mountain in the world at 5,895 meters",
                # "The Lake occupies a shallow depression in Africa and has a maximum depth of 84 m": a landmark's
                # height ranked somewhere, or where it lies, is no figure of there ("the Yangtze River in Hubei is
                # 1,062 km long" keeps its scope)
                bas = replace(bas, scope=None)
            markers = set(bas.markers)
            if not per and _former(low, v, V):
                # (an undated one: "the previous record of $574.08 billion in 2022" is 2022's, dated as any other)
                markers.add("former")
            if not current and period.forecast(v, V, periods, d.year) and not (
                    d.dated and per and per[:4].isdigit() and int(per[:4]) < d.dated and
                    _PAST_RECORD.search(low, max(v.cs, v.s - 30), v.s)) and not (
                    per and per in d.announced() and
                    all(w == "will" for _, _, w in V.cue("period.forecast").find(low, v.ss, v.s))):
                # (not a record a year before the page's own date set: "If realized, the market will exceed the
                # previous record of $574.08 billion in 2022", on a page of 2023, was reported, not expected; nor a
                # year whose results the page says were announced, in a translation's "will": "Meituan announced its
                # 2023 Q4 and annual financial reports. In 2023, Meituan's revenue will be 276.7 billion yuan")
                markers.add("forecast")
            if dense and not in_grid:
                how = "flattened-table"  # cells without their grid: who and what cannot be told apart
            objects_before[k] = (frozenset(k_ for k_ in keys if V.roles.get(k_) != "scope"), tuple(words))
            kinds_before[k] = "change" if meas.kind == "level" and "new" in keys else meas.kind  # (an addition)
            facets = (subj, tuple(sorted(keys)), meas.kind, tuple(sorted(markers)), bas.scope,
                      tuple(sorted(bas.qualifiers)), per)
            # an undated figure leans to the period the document opens with: a preference where it could join
            # figures of several periods, never a reason to keep it from one (see group.py)
            base = meas.base
            if base == "qoq" and per and _MONTHLY.fullmatch(per) and \
                    V.cue("measure.base.sequential").find(low, v.ss, v.se):
                base = "mom"  # 12月份…環比下降1.2%: a month's figure against the month before
            tail = (tuple(sorted(words)), base, src, how, None if per else d.lead_period())
            ctx = Context(*facets, None, *tail)
            # (read from the frame: set once it is built; one per frame, many figures share one)
            frame = (ctx.scope, ctx.modifiers, ctx.topics, ctx.words, ctx.basis, ctx.measure, ctx.base)
            if frame not in metrics:
                metrics[frame] = measure.metric(ctx, V)
            object.__setattr__(ctx, "metric", metrics[frame])
            out[i] = _framed(c, ctx)
            order.append((i, bi, v.ss))
        across.changes_take_their_quantity(out, idxs, V, unsaid, same_sentence)
        across.the_figure_before(out, idxs, b.text, spans, lambda k: b.sentence(spans[k][0])[0], order, V)
        across.ends_of_a_change(out, idxs, b.text, spans, lambda k: b.sentence(spans[k][0])[0], V)
        across.changes_in_their_currency(out, idxs, b.text, spans, V)
        across.levels_take_their_change(out, idxs, b.text, spans, V)
        across.expected_goes_on(out, idxs, b.text, spans, V)
        across.elided_units(out, idxs, b.text, spans, V)
        across.counts_share_their_noun(out, idxs, b.text, spans, V)
        across.restated_in_brackets(out, idxs, b.text, spans, V)
        across.shares_beside_counts(out, idxs, b.text, spans, V)
    for i, words in spare.items():
        if not out[i].context.topics and not out[i].context.words:
            across.reframe(out, i, replace(out[i].context, words=words), V)
    across.ellipsis(out, order, V, lent, lent_period, unsaid)
    for i, _, _ in order:
        x = out[i].context
        if not x.topics and not x.words and x.subject and (said := _UNIT_SAYS.get(out[i].unit)) and \
                not names._a_place(x.subject, V) and (out[i].unit != "meter ** 3" or _CUBIC.search(out[i].text)) and \
                not _PART_OF_WHOLE.search(_before_in_sentence(out[i])):
            # "It is 372 m above sea level, is 580,03 km² and …": a named thing's figure in square metres, naming
            # nothing it measures, is its area (its volume in cubic metres, not litres: "94 million liters" of a
            # country's wine), in the words of the figure's language; not a part of it ("of which 345 km² in
            # Switzerland"), nor a country's or a region's ("17 million hectares had burned in Australia": land
            # a country has is not its area)
            across.reframe(out, i, replace(x, words=(said[1] if names._HAN.search(out[i].text) else said[0],)), V)
    for i, _, _ in order:
        x = out[i].context
        if x.period and x.period != read_period.get(i) and period.not_after(x.period, x.base):
            # "… 138 million children – a 12 million decrease from 2020": a change on 2020 took a period up to
            # 2020 from the figure before (a period lent across figures, not one read for it); it is a later
            # period's, the page's now where it says one
            now = _now_after(d, x.base)
            across.reframe(out, i, replace(x, period=now), V, period=now)
    across.headline_restated(out, order, {bi for bi, blk in enumerate(d.layout.blocks) if _headline(blk)}, V)
    rows = {bi: blk.header for bi, blk in enumerate(d.layout.blocks) if blk.kind == "row" and blk.header is not None}
    across.table_scale(out, order, rows)
    return declared.frame(out, d.declared())


def _now_after(d: _Doc, base: str) -> str | None:
    """The year of the page's date, as the period of a change on a year before it ("vs 2020"); None without one."""
    return str(d.dated) if d.dated and d.dated > int(base[3:7]) else None


_UNIT_SAYS = {"meter ** 2": ("area", "面积"), "meter ** 3": ("volume", "体积")}  # (English, Chinese)
_CUBIC = re.compile(r"立方|cubic|m³|m3\b|km³|km3\b", re.I)
_PART_OF_WHOLE = re.compile(r"\bof which\b|其中|\bincluding\b|包括")


def _before_in_sentence(c: Claim) -> str:
    """Up to 60 characters of a claim's sentence before it (lower case)."""
    at = c.sentence.find(c.text)
    return c.sentence[max(0, at - 60):max(at, 0)].lower()


_THIS_YEAR = re.compile(r"今年|本年|(?<![a-z])this year")  # (a month of 今年 is this year's, whatever the date)
_MONTHLY = re.compile(r"(?:\d{4}|\?)-(?:0[1-9]|1[0-2]|M)")  # a month's period: 2022-12, ?-12, ?-M


_FLIP = {"over": "under", "under": "over", "at_least": "at_most", "at_most": "at_least"}


def _someone_else(b, m, mentions) -> bool:
    """"The Asia-Pacific region accounted for 30% of Apple's revenue": a region named as a region in a sentence
    that names a company or body is where that one's figures hold; alone (中东地区入境人数增长22%) it is the subject."""
    ss, se = b.sentence(m.start)
    return any(o is not m and ss <= o.start < se and o.role == "entity" and o.kind not in ("country", "region")
               for o in mentions)


# a sentence that opens by pointing back at the one before ("This represents …", "That was …", 这意味着, 此前 is
# no pointer): it speaks of what that sentence said
_ANAPHOR = re.compile(r"\s*(?:this|that|these|those)\s+(?:represents?|is|was|were|are|marks?|marked|means?|meant|"
                      r"amounts?|amounted|equals?|equalled|equaled|brings?|brought|takes?|took|puts?)\b"
                      r"|\s*(?:这|此|这一|该)(?:意味着|相当于|是|代表|标志着|使得|使)")


# a clause speaking of now ("It now employs 5,400"): not dated by a year a sentence before opened with
_NOW = re.compile(r"\b(?:now|today|nowadays|currently|presently|at present)\b|目前|现在|現在|如今|当前|當前|现时|現時|时下|時下")
# a time the sentence names besides ("nearly double the 1 in 125 people displaced a decade ago"): not the period
# of the sentence before
_ANOTHER_TIME = re.compile(r"\b(?:ago|earlier|before|previous|prior|decades?|since|once)\b|以前|之前|此前|前年|过去")


def _concept_words(V: Vocab, key: str, low: str, a: int, b: int) -> set[str]:
    """The words of concept `key` the text writes in [a, b), as object words (消费)."""
    return {w for _, _, w in V.concept_match.find(low, a, b) if V.concepts[w].key == key}


def _within_previous(V: Vocab, low: str, ss: int) -> bool:
    """The sentence at ss opens with "of which", 其中 (cues.toml subject.within_previous): a part of what the
    sentence before stated."""
    # (or a clause of it after a semicolon: "其中,新疆…;长江流域…", the list the 其中 opens)
    dot = low.rfind(". ", 0, ss)
    full = max(max(low.rfind(c, 0, ss) for c in "。！？!?") + 1, dot + 2 if dot >= 0 else 0)
    for at in {ss, full}:
        got = V.cue("subject.within_previous").find(low, at, at + 16)
        if got and not low[at:got[0][0]].strip(" \t\n,，:："):
            return True
    return False


def _said_before(said: dict[int, dict[int, set]], bi: int, ss: int, d: "_Doc") -> str | None:
    """The one period the figures of the sentence before were read in: in this paragraph, else in the last
    sentence of the prose paragraph right before (across a heading or a list, none)."""
    here = {s0: p for s0, p in said.get(bi, {}).items() if s0 < ss}
    if here:
        got = here[max(here)]
    elif bi > 0 and d.layout.blocks[bi - 1].kind == "prose" and said.get(bi - 1):
        got = said[bi - 1][max(said[bi - 1])]
    else:
        return None
    return next(iter(got)) if len(got) == 1 else None


# a sentence's opening: a year, after a few words of attribution at most ("In 2022,", 据估计,2022年), not one a
# span of time runs from (2015年以来, 2015年起)
_OPENING_YEAR = re.compile(r"\s*(?:据估计|據估計|据统计|據統計|估计|估計|据悉|據悉)?[,，、]?\s*(?:in\s+)?((?:19|20)\d{2})(?!\d)"
                           r"(?!\s*年?\s*(?:以来|以來|起|至今|开始|開始))")
OPENING_YEAR_REACH = 3  # how many years before the page's own the year a sentence opens with may be, to date others


def _opens_with_year(low: str, ss: int, se: int, per: str, periods: list, year: int | None) -> bool:
    """The sentence low[ss:se] opens with the year `per` ("In 2022, …", 2022年全球…), names no other period but
    what it compares with (its spans in `periods`), and is the page's own time (`year`, when known: that year or
    a few before it)."""
    m = _OPENING_YEAR.match(low, ss)
    if not m or m.group(1) != per or (year and not year - OPENING_YEAR_REACH <= int(per) <= year):
        return False
    return all(p.period == per or p.base for p in periods if ss <= p.start < se)


def _rate_base_noun(V: Vocab) -> re.Pattern:
    """The noun a rate's base counts, right after the figure, a word before it at most: "per 100,000 live births",
    "per 100 000 people" (cues.toml object.rate_bases)."""
    return _rate_base_pattern(tuple(V.cues.get("object.rate_bases", ())))


@functools.lru_cache(maxsize=4)
def _rate_base_pattern(nouns: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return re.compile(rf"\s*((?:[a-z][a-z-]*\s+)?(?:{alternatives})\b)")


def _dated_before(dated: list[tuple[int, str, str, str, bool]], ss: int, kind: str, unit: str,
                  now: bool = False) -> str | None:
    """The period of the figures of this kind and unit in the nearest earlier sentence that has any, when they
    share one ("rose from 36% in Q4 2024 to 36.9% in Q1 2025" has two: which one a later figure means, only a
    figure-for-figure reading can say); for a clause speaking of now (`now`), none a year a sentence opened with
    dated."""
    mine = [(s0, p) for s0, k, u, p, opening in dated if s0 < ss and k == kind and u == unit and not (now and opening)]
    last = max((s0 for s0, _ in mine), default=None)
    got = {p for s0, p in mine if s0 == last}
    return got.pop() if len(got) == 1 else None


def _negated(c: Claim) -> Claim:
    """A fall as a negative change ("fell 1%": -1%; "fell more than 5%": under -5%); a figure written with its
    minus sign already is left as it is."""
    if (c.value is not None and c.value <= 0) or (c.value is None and (c.low or 0) <= 0 and (c.high or 0) <= 0):
        return c
    neg = lambda x: -x if isinstance(x, (int, float)) else x
    return replace(c, value=neg(c.value), low=neg(c.high), high=neg(c.low),
                   qualifier=_FLIP.get(c.qualifier or "", c.qualifier))


def _framed(c: Claim, ctx: Context) -> Claim:
    """The claim with its frame (what `replace` does, without its per-field checks: this runs per figure)."""
    out = object.__new__(Claim)
    out.__dict__.update(c.__dict__, subject=ctx.subject, metric=ctx.metric, period=ctx.period, context=ctx)
    return out


def _after(d: _Doc, bi: int) -> str:
    """The short line right after a block, where a table states its unit ("(Thousands of Units)")."""
    if bi + 1 < len(d.layout.blocks) and len(d.layout.blocks[bi + 1].text) <= 60:
        return d.layout.blocks[bi + 1].text
    return ""


def _header_shift(hb, b) -> int:
    """1 when a table's header row leaves out the header of its row-label column ("| Dec 2024 (Mt) | % change |
    … |" over "| China | 76.0 | 11.8 | …"): one filled cell fewer than the row, whose first cell is a label;
    its cells then name the columns one to the right."""
    full = lambda blk: [k for k in range(len(blk.cells)) if blk.cell_text(k).strip()]
    h, r = full(hb), full(b)
    label = re.sub(r"^\s*(?:\d{1,2}[.、)）]|[(（]\d{1,2}[)）])\s*", "", b.cell_text(0))  # ("1、 夏粮": a numbered label)
    if len(r) >= 3 and len(h) == len(r) - 1 and h and h[0] == r[0] == 0 and \
            not re.search(r"\d", label) and re.search(r"\d", b.cell_text(r[1])):
        return 1
    return 0


_IN_BRACKETS = r"[(（]\s*([A-Z][A-Za-z&]{1,9})\s*[)）]"  # "(IATA)", （GWEC）
_ABBREVIATED = re.compile(r"((?:[A-Z][\w&'\-]*\s+(?:(?:of|for|and|on|the)\s+)*){1,8}[A-Z][\w&'\-]*|[\u4e00-\u9fff]{2,16})"
                          r"\s*" + _IN_BRACKETS)
_ABBREVIATION_ONLY = re.compile(_IN_BRACKETS)  # what every match of _ABBREVIATED ends with
# a table's row header naming a period only: 2018年, 2024财年, FY2024, Q1 2024, 2024 Q1, 2024年第一季度, 2024年上半年
_PERIOD_HEADER = re.compile(r"(?:(?:FY|H[12]|[1-4]Q|Q[1-4])\s*'?)?(?:19|20)\d{2}\s*(?:年度?|财年|財年|届|屆)?"
                            r"(?:\s*(?:[1-4]?Q[1-4]?|H[12]|第?[一二三四1-4]季度?|[上下]半年|\d{1,2}月(?:份)?))?", re.I)
# a line naming where a page was taken from ("Source: https://…"), no part of what it says
_SOURCE_LINE = re.compile(r"\s*(?:source|来源|來源|出处|出處)\s*[:：]\s*\S*\s*$|\s*https?://\S+\s*$", re.I)
# a length, an area or a volume (canonical pint units): what a landmark has (a height, a lake's area, its volume)
_PHYSICAL = subject.LENGTH_UNIT
# (not one written in millimetres or centimetres: rainfall, a rise of the water in a year, no landmark's size)
_SMALL_LENGTH = re.compile(r"(?:milli|centi)meter")


def _of_dimension(c: Claim, topics, dimension: str, low: str, end: int) -> bool:
    """A length that is a depth (its object says so, or "below" after it: "roughly 11 kilometers (about 7 miles)
    below the ocean surface"), or a height (a length naming no other dimension)."""
    if c.unit != "meter":
        return False
    if dimension == "depth":
        return "depth" in topics or bool(_BELOW_AFTER.match(low, end))
    return not ({"depth", "length", "width"} & set(topics))


_BELOW_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,30}[)）]\s*)?(?:deep\b|below\b|beneath\b|under\s+(?:the\s+)?sea)")


# after a length, what makes it no size of the thing a superlative ranks: a distance ("100 km southwest of Tokyo"), an
# elevation ("456 m above sea level"), a fall or a way along it ("drops 2,000 m along its course", "5 km of trail")
_NO_SIZE_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,30}[)）]\s*)?(?:away\b|from\b|(?:north|south|east|west)[\w-]*\s+of\b|"
                            r"above\b|below\b|along\b|of\s+(?:trail|road|track|path)|\w+\s+(?:above|below)\b)")
_ELEVATION_BEFORE = re.compile(r"\b(?:altitude|elevation|above sea level|drops?|falls?|climbs?)\b[^,;.]*$"
                               r"|(?:距离|距|离|相距)[^，,。；;]{0,12}$")  # (距离东京约100公里: a distance)


def _ranked_dimension(low: str, v, V: Vocab) -> str | None:
    """The dimension (cues.toml object.length_superlative) of the one superlative ranking a landmark kind in the
    figure's sentence ("the highest mountain" → height), or None (none, or two that differ)."""
    got = V.__dict__.get("_ranked_dimension")
    if got is None:
        table = {w: k.rsplit(".", 1)[1] for k, ws in V.cues.items() if k.startswith("object.length_superlative.")
                 for w in ws}
        kinds = "|".join(map(re.escape, V.cues.get("subject.landmark_kinds_last", ()))) or "(?!)"
        heads = "|".join(map(re.escape, sorted(V.cues.get("subject.feature_heads", ()), key=len, reverse=True))) or "(?!)"
        english = "|".join(map(re.escape, (w for w in table if w.isascii()))) or "(?!)"
        chinese = "|".join(map(re.escape, (w for w in table if not w.isascii()))) or "(?!)"
        # (世界上最深的湖泊, 非洲最高的山峰, 最长的河流: the kind a Chinese name ends with opens the word, 湖 of 湖泊)
        pattern = re.compile(r"\b(" + english + r")\s+(?:[a-z\-]+\s+){0,2}?(?:" + kinds + r")\b|(" + chinese +
                             r")的?(?:" + heads + r")")
        got = V.__dict__["_ranked_dimension"] = (table, pattern)
    dims = {got[0][m.group(1) or m.group(2)] for m in got[1].finditer(low, v.ss, v.se)}
    return dims.pop() if len(dims) == 1 else None


def _ranked_kinds(low: str, a: int, b: int, V: Vocab) -> frozenset[str]:
    """The stems of the landmark kind words (cues.toml subject.landmark_kinds_last: mountain, lake, waterfall …) a
    superlative ranks in low[a:b] ("the highest mountain", "the world's largest waterfall", "the deepest lake")."""
    got = V.__dict__.get("_ranked_kind")
    if got is None:
        sup = "|".join(map(re.escape, V.cues.get("subject.superlatives", ()))) or "(?!)"
        kinds = "|".join(map(re.escape, V.cues.get("subject.landmark_kinds_last", ()))) or "(?!)"
        got = V.__dict__["_ranked_kind"] = re.compile(r"\b(?:" + sup + r")\s+(?:[a-z\-]+\s+){0,2}?(" + kinds +
                                                      r")\b")
    return frozenset(measure.stem(m.group(1)) for m in got.finditer(low, a, b))


def _ranks_within(low: str, m, V: Vocab) -> bool:
    """A place pronoun (cues.toml subject.place_pronouns: "the country's", 该国) right before a superlative
    (subject.superlatives: "the country's tallest peak", 该国最高的山峰)."""
    if low[m.start:m.end] not in V.cues.get("subject.place_pronouns", ()):
        return False
    got = V.__dict__.get("_superlative_after")
    if got is None:
        words = "|".join(map(re.escape, V.cues.get("subject.superlatives", ()))) or "(?!)"
        got = V.__dict__["_superlative_after"] = re.compile(r"(?:['’]s?)?\s*(?:[a-z\-]+\s+)?(?:" + words +
                                                           r")\b|\s*(?:的)?\s*最")
    return bool(got.match(low, m.end))


def _bare_size(c: Claim, keys, V: Vocab) -> bool:
    """A length, an area or a volume whose object names nothing but which dimension it is (故宫南北长961米, 面积约为
    725,000平方米): a thing's size; not a national statistic in hectares (粮食播种面积119319千公顷: sown area)."""
    return _physical(c) and set(keys) <= measure.dimensions(V) | {"distance"}


def _physical(c: Claim) -> bool:
    """Whether a figure is a length, an area or a volume of a landmark's size (not one written in mm or cm)."""
    return bool(_PHYSICAL.match(c.unit or "")) and not _SMALL_LENGTH.match(c.written_unit or "")


_OURS = ("我国", "我國")  # our country: which one, the page's script says (_Doc.our_country)
# a period after "previous" ("the previous year's 4.5%", "previous-year period", "previous 12 months"): a time
# compared with, no former value
_FORMER_PERIOD = re.compile(r"[\s-]*(?:\d+\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?(?:years?|quarters?|months?|"
                            r"weeks?|days?|periods?|seasons?|decades?|session|reading|close)\b|\s*(?:一年|年|季|月|一段时间|两年|\d)")
_FORMER_ADJECTIVES = ("previous", "prior", "former", "original")
_WORDS_AHEAD = re.compile(r"\s+([a-z\-]+)(?:\s+([a-z\-]+))?(?:\s+([a-z\-]+))?")
_AFTER_A_TIME = re.compile(r"(?:\d|岁|歲|年|月|日)\s*$")  # 2020年之前, 18岁以前: before a time, no former value


def _former(low: str, v, V: Vocab) -> bool:
    """The figure's clause, before it, says its value is superseded (cues.toml period.former and former_nouns:
    "China's previous official measurement of 8,844.43m", "previously measured … as 29,028.87ft", 此前公布的8848米)."""
    a = max(v.cs, v.s - 60)
    for s, e, w in V.cue("period.former").find(low, a, v.s):
        if _FORMER_PERIOD.match(low, e) or any(e <= fs < v.s for fs, _ in v.spans) or \
                period.CHANGE_TO.search(low, e, v.s):
            continue  # a period; or another figure, or a change's "to", between: the figure is that one's new value
        ahead = _WORDS_AHEAD.match(low, e) if w.isascii() else None
        if w in _FORMER_ADJECTIVES:
            if not ahead or not any(x in V.cues.get("period.former_nouns", ()) for x in ahead.groups() if x):
                continue  # "its previous slump", "the former CEO"
        elif w.endswith("ly"):
            if not ahead or not (ahead.group(1).endswith(("ed", "en")) or ahead.group(1) in ("put", "set")):
                continue  # "previously" before its verb only ("previously measured")
        elif not w.isascii() and _AFTER_A_TIME.search(low, max(0, s - 3), s):
            continue
        return True
    return False


# a year a sentence looks back to, before what the page reports: "after India conducted the previous measurement in
# 1954", "previously surveyed in 2009", 此前1975年的测量 (no page's only period: its undated figures are not that
# year's); a superseded survey or measurement only, not "first", "earlier this week" or a forecast ("its first
# estimate for 2024-25": the season it is about)
_LOOKED_BACK = re.compile(r"\b(?:previous|prior|earlier|former|original|last)\s+(?:[a-z\-]+\s+){0,2}"
                          r"(?:measurements?|surveys?|calculations?|census(?:es)?|soundings?|expeditions?|assessments?)"
                          r"\b[^,;.]*$|\bpreviously\s+(?:measured|surveyed|calculated|recorded|put|set)\b[^,;.]*$"
                          r"|(?:此前|先前|之前|以前)[^,;，；。]{0,12}(?:测量|测定|勘测|调查|普查)[^,;，；。]*$")
_CLAUSE_END = re.compile(r"[。；;！？!?\n]|\.\s|(?<!\d)[,，]|[,，](?!\d)")  # (not a thousands separator)
_DIGIT = re.compile(r"\d")
_TARGET = re.compile(r"(?:\bby|\buntil|\btill|到|至|目标)\s*(?:the\s+end\s+of\s+|年底前?)?\s*$")
_IT_IS = re.compile(r"\s*[\"“‘']?\s*(?:it|this|that)\s+(?:is|was|has been|had been|represents|marks)\b")
_REPORTING_PERIOD = re.compile(r"\d{4}-(?:[QH]\d|Q1-Q\d|\d{2}\.\.\d{2})")  # quarters, halves, spans (not one month)
_GREW_BY = re.compile(r"(?:增加|增长|增|提高|提升|上升|上涨|扩大|翻)了?\s*$")
_YEARLESS_PART = re.compile(r"\?-(?:[QH]\d|Q1-Q\d|\d{2}\.\.\d{2})")  # "第3季" where no year is known
# one unit of a thing its money buys: "$12,960 a tonne", "$2,400 per ounce", "$80/bbl", 每吨12,960美元
_PER_UNIT_AFTER = re.compile(r"(?:\s*/\s*|\s+(?:per|an?)\s+)(?:metric\s+)?(?:tonnes?|tons?|t|ounces?|oz|troy ounces?|barrels?|"
                             r"bbl|pounds?|lbs?|kg|kilograms?|bushels?|mmbtu|mwh|kwh|gallons?|litres?|liters?)\b")
_PER_UNIT_BEFORE = re.compile(r"每\s*(?:吨|公吨|盎司|桶|磅|公斤|千克|蒲式耳|加仑|升)\s*(?:[达为报在至]|高达|约)?\s*$")
# a sentence opening with a total ("Total cobalt production last year was 198,000 tonnes", 总产量): the sum over
# those named before it, no one of them
_AGGREGATE_OPENS = re.compile(r"\s*(?:the\s+)?(?:total|overall|combined|aggregate)\b|\s*(?:总|合计|全部)")
_FIGURE_LIST = re.compile(r"\s*(?:、|,|，|和|及|与|and|, and)\s*")  # between two figures of one list
# words saying a figure is the whole market's ("Industry-wide, smartphone shipments reached …")
_MARKET_WIDE = re.compile(r"\b(?:industry[- ]wide|across the (?:industry|market|sector)|by all|overall|worldwide|"
                          r"market[- ]wide|in total|all (?:makers|vendors|brands|companies|firms|producers))\b|全行业|全市场|行业整体")
_GENERATED = re.compile(r"\b(?:generat(?:e|es|ed|ing)|supplied (?:from|by)|produc(?:e|es|ed|ing|tion))\b")  # "the plants generated 450.9 TWh of electricity"
# a share that restates a level before it as a part of a whole: ", accounting for", ", which is", ", or", "，占"
# (a verb of being a part, a few words after the level: "which represents", "… installed in 2023 represent")
_SHARE_OF_IT = re.compile(r"(?:[,，(（]\s*|\s+)(?:accounting for|which (?:is|was)|or|making up|representing|equal to|"
                          r"equivalent to|[^.;。；%]{0,60}?\b(?:represent|represents|represented|account for|"
                          r"accounts for|accounted for|make up|makes up|made up)|"
                          r"(?:约)?占(?:[^\d,，。;；、]{1,12}的|(?:全球|全国|世界|全世界)(?:总量|市场)?)?|占比|占到|相当于)\s*(?:about|around|nearly|some|roughly|almost|approximately|约)?\s*$")
# a share of a thing just named: "only 22.3% of it", "of which 17.4% was", 其中仅22%
# ("this", "that" … only as pronouns: "40% of this year's revenue" is no share of the figure before)
_OF_IT = re.compile(r"\s+of\s+(?:it|which|them|(?:this|that|these|those)(?=\s*(?:[,.;:)]|was|were|is|are|has|had|"
                    r"went|came|comes|goes)))\b")
_WHICH_BEFORE = re.compile(r"(?:\bof which|\bof (?:this|these|it|them|that)\s*,|其中)\s*[,，]?\s*"
                           r"(?:only|just|about|around|nearly|some|仅|只有|僅|约|約)?\s*$")
# what may open a share's clause before it, for it to be a share of the figure of the sentence before ("Only",
# "But just", "About")
_SHARE_OPENS = re.compile(r"[\s,，]*(?:(?:but|and|yet|while|however|only|just|about|around|nearly|some|roughly|"
                          r"almost|approximately|less than|more than|under|over)\s+)*$", re.I)
# verbs of saying and expecting are no part a share counts ("45% of firms are expected to raise prices")
_NOT_A_PART = frozenset({"expected", "estimated", "projected", "forecasted", "predicted", "reported", "believed",
                         "thought", "anticipated", "recorded", "considered", "seen", "said", "deemed", "required"})
# the part a share counts, said by its verb: "% of it was properly collected and recycled", "% is recycled"
_SHARE_PART = re.compile(r"(?:\s+of\s+(?:[\w'’-]+\s+){1,4}?)?\s*(?:was|were|is|are|has been|have been|had been|gets|get|got)"
                         r"\s+(?:(?:formally|properly|safely|officially|actually|then|also|being)\s+)?(?:documented as\s+)?"
                         r"([a-z]{4,}ed)\b(?:\s*(?:,|and|or|and/or)\s+(?:\w+ly\s+)?([a-z]{4,}ed)\b)?")


def _share_object(k: int, v, b, low: str, spans, kind: str, keys, words, kinds_before: dict[int, str],
                  objects_before: dict[int, tuple], V) -> tuple:
    """A share's object read against the level before it: (keys, words, parted), `parted` when the share's own
    verb names its part. `kinds_before` and `objects_before`: the kind and the object of each figure of the block
    read so far."""
    if kind == "share" and (j := _restated_level(k, v, b, low, spans, kinds_before)) is not None and \
            (not (q := {x for x in keys if V.roles.get(x) in ("quantity", "topic", "domain")}) or
             kinds_before[j] == "level" and (q <= objects_before[j][0] or not any(
                 V.roles.get(x) in ("quantity", "topic", "domain") for x in objects_before[j][0]))):
        # "generated 450.9 TWh of electricity in 2024, which is 4.5% of the nation's total", "exported 3.7
        # million tonnes, or 9% of the world total", 发电4447亿千瓦时，占全国发电量的4.72%: a share right
        # after a level, of a whole its own words do not name, is a share of what the level measures; so is
        # one whose whole is what the level counts ("无法上网的人口估计为26亿人,占总人口的32%", "2.6 billion
        # people are offline, accounting for 32 percent of the world's population": the offline's share),
        # past a change of it between them (55亿人使用互联网,较前一年增加2.27亿人,占总人口的68%), and one
        # of a whole where the level's own vocabulary names none (its words say what it counts); a share
        # naming a whole after a change ("a 6.3 million increase, with IDPs making up 60 percent of the
        # total displaced population") is no share of the change
        keys, words = keys | objects_before[j][0], tuple(sorted(set(words) | set(objects_before[j][1])))
    elif kind in ("share", "percent") and k - 1 in kinds_before and kinds_before[k - 1] == "level" and \
            v.s - spans[k - 1][1] <= 300 and b.sentence(spans[k - 1][0])[0] >= b.sentence(v.ss - 1)[0] and \
            not any(V.roles.get(x) in ("quantity", "topic", "domain") for x in keys) and \
            (_WHICH_BEFORE.search(low, max(v.ss, v.s - 24), v.s) or _OF_IT.match(low, v.e) and (
                b.sentence(spans[k - 1][0])[0] == v.ss or _SHARE_OPENS.fullmatch(low, v.ss, v.s))):
        # "62 million tonnes of e-waste were generated, but only 22.3% of it was collected", "a record 62
        # billion kilograms, only 22.3% of which was collected", 其中仅22%妥善回收: a share of the level
        # just before (in its sentence or the one before) is a share of what that level measures
        keys, words = keys | objects_before[k - 1][0], tuple(sorted(set(words) | set(objects_before[k - 1][1])))
    parted = kind in ("share", "percent") and (m := _SHARE_PART.match(low, v.e)) and \
        not set(m.groups()) & _NOT_A_PART and not low.startswith(" to ", m.end())
    if parted:
        # "22.3% of it was collected and recycled", "only 17 percent of e-waste is recycled": the verb of a
        # share's part says which part (a long past participle is otherwise no object word), its own
        words = tuple(sorted(set(words) | {measure.stem(w) for w in m.groups() if w}))
    return keys, words, parted


def _part_restated(k: int, v, b, low: str, spans, kind: str, kinds: dict[int, str]) -> bool:
    """A share of the world's whole that restates the level right before it ("The 276,288 robots installed in 2023
    represent 51% of the global installations", 手持订单量2.09亿载重吨，占全球61.4%), or that level: an amount
    someone has, and its part of the world's. ("Coal accounted for 35% of global power generation" restates no
    amount: the world's own mix.)"""
    if kind == "share":
        return _restated_level(k, v, b, low, spans, kinds) is not None
    if kind != "level" or k + 1 >= len(spans) or b.sentence(spans[k + 1][0])[0] != v.ss:
        return False
    nxt = low[spans[k + 1][0]:spans[k + 1][1]]
    return ("%" in nxt or "percent" in nxt or "per cent" in nxt) and \
        bool(_SHARE_OF_IT.search(low, spans[k][1], spans[k + 1][0]))


def _restated_level(k: int, v, b, low: str, spans, kinds: dict[int, str]) -> int | None:
    """The figure a share right after it restates as a part of a whole (`_SHARE_OF_IT`: ", accounting for",
    ", or", "，占"): the figure before it in its sentence, within 100 characters, or the one before that when the
    nearer one is a change of it ("55亿人使用互联网,较前一年增加2.27亿人,占总人口的68%")."""
    j = k - 1
    if j in kinds and kinds[j] in ("change", "growth") and j - 1 in kinds and kinds[j - 1] == "level" and \
            b.sentence(spans[j - 1][0])[0] == v.ss and spans[j][0] - spans[j - 1][1] <= 40:
        if not _SHARE_OF_IT.search(low, spans[j][1], v.s):
            return None
        j -= 1
    elif j not in kinds or not _SHARE_OF_IT.search(low, spans[j][1], v.s):
        return None
    if b.sentence(spans[j][0])[0] != v.ss or v.s - spans[j][1] > 100:
        return None
    return j


_FIGURE_DIGIT = re.compile(r"(?<![\w.])\d")  # where a figure may start (a digit opening a number)
_MONTH_OF_YEAR = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")
_THIS_QUARTER = re.compile(r"单季|当季|本季|该季|單季|當季|該季")
_WHOLE_YEAR = re.compile(r"全年|全年度|full[- ]year|for the (?:whole |full )?year|annual", re.I)
# between a year and the name of the results it reports: 年, 年度, "fiscal", "full-year", "financial", 全年 …
_RESULTS_GAP = re.compile(r"\s*(?:年度?|财年)?\s*(?:(?:fiscal|full[- ]year|annual|全年|财务|年度)\s*)*")
# (a quarter's results and the year's: "its 2023 Q4 and annual financial reports", 2023年第四季度及全年财报)
_QUARTER = re.compile(r"\d{4}-Q[1-4]")
# (announced, in the past: not "Ford said its 2025 results will be hit")
_ANNOUNCED_PAST = re.compile(r"(?:announced|published|released|reported|posted|unveiled|disclosed)\b[^.。;；]*$"
                             r"|(?:公布|发布|披露|发表|公告)[^。;；]*$")
_AND_ANNUAL = re.compile(r"\s*(?:and|及|和|与|&)\s*(?=annual|full[- ]year|全年|年度)")
# a verb announcing results, before their year (within the clause: no full stop between)
_ANNOUNCED = re.compile(r"(?:announc|publish|releas|report|post|unveil|disclos|said|say)(?:e[sd]?|ed|es|ing|s)?\b"
                        r"[^.。;；]*$"
                        r"|(?:公布|发布|披露|发表|公告)[^。;；]*$")
_REPORTING = re.compile(r"\d{4}-(?:[QH]\d|Q1-Q\d|\d{2}\.\.\d{2}|\d{2})")  # quarters, halves, spans, months
_RANK_CELL = re.compile(r"\s*(?:no\.?\s*)?#?\d{1,2}[.)、]?\s*", re.I)
_PERCENT_COLUMN = re.compile(r"%|percent|百分比|占比|份额|市占率|share\b|growth\b|增长率|增速", re.I)
_BARE = re.compile(r"[-+−]?[\d.,\s]+")


# a word (group 1), up to two lower-case ones, an abbreviation in capitals (group 2), a lower-case word (group 3)
_TERM_IN_PHRASE = re.compile(r"\b([A-Za-z]+(?:['’]s)?)\s+(?:[a-z][a-z-]+\s+){0,2}?([A-Z]{2,5})s?\s+(?=([a-z]{3,}))")
# a phrase of ordinary words and an abbreviation in brackets after it: "foreign direct investment (FDI)"
_TERM_ABBREVIATED = re.compile(r"\b([A-Za-z][a-z]+(?:[\s-]+[a-z]+){1,5})\s*[(（]\s*([A-Z]{2,6})s?\s*[)）]")


_UNINITIALLED = ("of", "and", "the", "for")  # the small words an abbreviation leaves out (FDI, PCT, MPOB)


# an abbreviation and its spelling in capitalised words, either way round: "Patent Cooperation Treaty (PCT)",
# "PCT (Patent Cooperation Treaty)", "Gross Gaming Revenue (GGR)"
_TITLE_SPELLED = re.compile(r"\b((?:[A-Z][a-z]+[\s-]+){1,5}[A-Z][a-z]+)\s*[(（]\s*([A-Z]{2,6})\s*[)）]"
                            r"|\b([A-Z]{2,6})\s*[(（]\s*((?:[A-Z][a-z]+[\s-]+){1,5}[A-Z][a-z]+)\s*[)）]")


def _title_terms(text: str, V) -> list[str]:
    """The abbreviations a line spells out in capitalised words whose initials make it and none of which says a
    body or a company (Association, Agency, Corporation …: `bodies` and names read those): a term of the page
    ("Patent Cooperation Treaty (PCT)"), not a name."""
    if not _ABBREVIATION_ONLY.search(text) and not _ABBREVIATION_FIRST.search(text):
        return []
    out = []
    for m in _TITLE_SPELLED.finditer(text):
        spelled, abbr = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        words = [w for w in re.split(r"[\s-]+", spelled) if w.lower() not in _UNINITIALLED]
        words = words[-len(abbr):]
        if "".join(w[0] for w in words) != abbr or len(words) != len(abbr):
            continue
        if any(w in V.corporate_suffixes or w in V.bodies for w in words):
            continue
        out.append(abbr)
    return out


_ABBREVIATION_FIRST = re.compile(r"\b[A-Z]{2,6}\s*[(（]\s*[A-Z][a-z]")


def _defines_term(m: re.Match) -> int | None:
    """Where the term starts in a match of _TERM_ABBREVIATED whose last words are ordinary (lower case past the
    first of them) and spell the abbreviation (names.spells): "foreign direct investment (FDI)", "attracted
    foreign direct investment (FDI)" (its last three words), "antimicrobial resistance (AMR)"; None for "data from
    China (CN)"."""
    words = list(re.finditer(r"[^\s-]+", m.group(1)))
    for k in range(len(words) - 1):
        tail = [w.group() for w in words[k:]]
        if all(w.islower() for w in tail[1:]) and names.spells(tail, m.group(2)):
            return m.start(1) + words[k].start()
    return None


# a label line: a short label, a colon, a figure ("2024年销售额:294.82亿美元", "同比变化:+17.9%", "Revenue: $5bn")
# (a label of one Chinese run or of up to three words: "2024年销售额:294.82亿美元", "Mine production: 21,227 MT")
_LABEL_LINE = re.compile(r"\s*[^\s:：。，,;；]{1,16}(?: [A-Za-z][^\s:：。，,;；]{0,15}){0,2}\s*[:：]\s*[~≈约約近超逾+\-−$€£¥]?\s*"
                         r"[\d.]")


# a line declaring the unit of the bare numbers below it: "單位:萬噸(金屬鋰當量)|全球總儲量約3700萬噸", "Unit: GW"
_DECLARED_UNIT = re.compile(r"\s*(?:单位|單位|units?)\s*[:：]\s*([^\s|｜,，;；:：(（]{1,10})", re.I)


_ROW_LINE = re.compile(r"\s*[^\s:：|｜]{1,12}\s*[:：|｜]\s*[~≈约約近超逾]?\s*[\d.,]")  # "智利:920|24.9%", "US: 150"


# the currency a page declares for the 元 of its figures, "98.88亿元(港币,下同)", "（新台币，下同）": that figure's and every
# later one's (the currency word as the extractor reads it after a number)
_DECLARED_CURRENCY = re.compile(r"[(（]\s*(港币|港幣|港元|新台币|新台幣|台币|台幣|美元|澳门币|澳門幣|澳门元|澳門元|日元|日圓|澳元|欧元|歐元)"
                                r"\s*[,，、;；]\s*下同\s*[)）]")
_CURRENCY_WORDS = {"港币": "港元", "港幣": "港元", "港元": "港元", "新台币": "新台币", "新台幣": "新台币", "台币": "新台币",
                   "台幣": "新台币", "美元": "美元", "澳门币": "澳门元", "澳門幣": "澳门元", "澳门元": "澳门元",
                   "澳門元": "澳门元", "日元": "日元", "日圓": "日元", "澳元": "澳元", "欧元": "欧元", "歐元": "欧元"}


def _declared_currency(claims: list[Claim], lines: list[NormLine]) -> list[Claim]:
    """"股东应占溢利98.88亿元(港币,下同)": that figure and every later one written in bare 元 are in the currency
    declared (Hong Kong dollars), not the renminbi a bare 元 is read as; before the declaration, 元 stays."""
    at = None
    for nl in lines:
        if "下同" in nl.text and (m := _DECLARED_CURRENCY.search(nl.text)):
            at = (nl.number, m.start(), _CURRENCY_WORDS[m.group(1)])
            break
    if at is None:
        return claims
    line, col, word = at
    out = list(claims)
    for i, c in enumerate(claims):
        if c.unit != "CNY" or not c.text.endswith("元") or c.text[-2:-1] in _CURRENCY_CHARS or \
                (c.end_line, c.end_column - 1) < (line, col):
            continue  # (the figure ending right at the brackets takes it too)
        u = _reread(c, c.text[:-1] + word)
        out[i] = _as_read(c, u) if u is not None and u.unit not in ("count", "CNY") else c
    return out


_CURRENCY_CHARS = "港美日欧歐澳台币幣韩韓英"


def _declared_units(claims: list[Claim], lines: list[NormLine]) -> list[Claim]:
    """"單位:萬噸" on a line, then "智利:920|24.9%", "澳大利亞:840|22.7%" on the lines right after it (up to the
    first line that is no such row): each bare number there is in the declared unit (920萬噸). The line declaring
    it keeps its own figures."""
    declared: dict[int, str] = {}
    unit = None
    for nl in lines:
        m = _DECLARED_UNIT.match(nl.text)
        if m:
            unit = m.group(1)
        elif unit and _ROW_LINE.match(nl.text):
            declared[nl.number] = unit
        else:
            unit = None  # (a blank line, or one that is no row: "The company employs 12,000 people.")
    if not declared:
        return claims
    out = list(claims)
    for i, c in enumerate(claims):
        if c.line in declared and c.kind == "count" and _BARE.fullmatch(c.text):
            out[i] = _with_unit(c, declared[c.line])
    return out


def _cell_unit(c: Claim, header: str, scale: float, stated: str = "") -> Claim:
    """A bare number in a table takes the unit its column or table states: "Market Share (%)" makes 25.9 a
    percentage; "(Thousands of Units)" makes 15,275 fifteen million."""
    if c.kind != "count" or not _BARE.fullmatch(c.text):
        return c
    if _PERCENT_COLUMN.search(header):
        return replace(c, kind="percent", unit="percent", written_unit="%")
    unit = _UNIT_IN_HEADER.search(header)
    if unit:  # "Dec 2024 (Mt)", "装机量(GW)", "总产量 (万吨)": the number read with its column's own unit, as the
        # extractor reads it (before a scale the table states for all its columns)
        got = _with_unit(c, unit.group(1).strip())
        if got is c:  # "Revenue (US$ million)", "营收(亿美元)": a scaled money unit
            got = _in_stated_unit(c, unit.group(1).strip())
        if got is not c:
            return got
    if stated:  # "单位:10亿美元", "($ billions)", "(亿美元)": the table's unit for every bare number in it
        got = _in_stated_unit(c, stated)
        if got is not c:
            return got
    return across.scaled(c, scale) if scale != 1.0 else c


def _in_stated_unit(c: Claim, stated: str) -> Claim:
    """A bare number read in the unit its table states (layout.stated_unit): 465 in "单位:10亿美元" is $465
    billion. A money or physical unit only (a scale alone is stated_scale's)."""
    got = _stated_unit_reading(stated)
    if got is None:
        return c
    factor, kind, unit = got
    return replace(across.scaled(c, factor), kind=kind, unit=unit, written_unit=stated)


@functools.lru_cache(maxsize=256)
def _stated_unit_reading(stated: str) -> tuple[float, str, str] | None:
    """(factor, kind, unit) of one of a stated unit, as the extractor reads it; None when it names no money or
    physical unit (read once per unit: every cell of a table asks)."""
    from ..extract import extract_lines

    for text in _unit_readings(stated):
        got = extract_lines("", normalize_text(text + "\n"))
        if len(got) == 1 and got[0].kind in ("money", "physical") and got[0].end_column - got[0].column == len(text) \
                and isinstance(got[0].value, (int, float)) and got[0].value > 0:
            return float(got[0].value), got[0].kind, got[0].unit
    return None


def _unit_readings(stated: str) -> list[str]:
    """What one of the stated unit reads as, to the extractor: "10亿美元" as written; "亿美元" as "1亿美元";
    "$ billions", "US$ million" as "$1 billion", "US$1 million"."""
    if stated[:1].isdigit():
        return [stated]
    m = re.match(r"(US\$|HK\$|NT\$|\$|€|£|¥|USD|EUR|RMB)\s*(.+)$", stated, re.I)
    if m:
        return [f"{m.group(1)}1 {m.group(2).rstrip('s')}", f"{m.group(1)}1 {m.group(2)}"]
    return ["1" + stated, "1 " + stated]


# (a line of a stat card, or one joined to the line before it, which ends with that line's figure)
_LABEL_WITH_UNIT = re.compile(r"(?:^|(?<=[\n\d]))\s*(?:[-*•·]\s*)?([^\n:：|\d%]{1,30}?[(（][^()（）\n\d%]{1,16}[)）])\s*[:：]\s*$")
_UNIT_IN_HEADER = re.compile(r"[(（]\s*([^()（）\d%]{1,12})\s*[)）]\s*$")


def _with_unit(c: Claim, unit: str) -> Claim:
    u = _reread(c, f"{c.text} {unit}")
    if u is None or u.unit == "count" or u.end_column - 1 != len(c.text) + 1 + len(unit):
        return c  # not a unit the extractor knows, all of it
    return _as_read(c, u)


def _reread(c: Claim, written: str) -> Claim | None:
    """The one figure the extractor reads in `written` (a claim's text with the unit its page declares), or None."""
    from ..extract import extract_lines

    got = extract_lines(c.path, normalize_text(written + "\n"))
    return got[0] if len(got) == 1 else None


def _as_read(c: Claim, u: Claim) -> Claim:
    """The claim, as written where it stands, with the value and unit of its reading `u`."""
    return replace(c, kind=u.kind, unit=u.unit, value=u.value, low=u.low, high=u.high, written_unit=u.written_unit,
                   written_value=u.written_value)


