"""Period: when a figure holds, and whether it is a forecast.

Forms it reads (→ period string):

- years: 2024, 2024年, CY2024 / CY'24 / "calendar year 2024", a whole year of months or quarters (1-12月,
  January to December 2024, Q1-Q4) → "2024"; FY2024 / FY24 / 2024财年 / fiscal 2024 → "FY2024"; a year in two
  digits opening its clause before 年 and a part of it or a report's measure (24年收入, 24年全年, 24年底; 24年Q1,
  24年上半年 → "2024-Q1", "2024-H1"; extract/nonclaims.py SHORT_YEAR; not 这24年收入, 过去15年收入, FY25 年全年);
- quarters: Q2 2025, Q2'25, Q2 of 2025, 2Q25, 2Q 2025, second quarter of 2025 ("the initial, opening, final,
  closing quarter", "fourth-quarter sales in 2024"), "quarter four (Q4) of 2024", "Quarter 2, 2025", 2025年第二季度, 2025年Q2, 2025年二季度, 第2季, 二季度, 今年第二季 → "2025-Q2" (a quarter
  without its year takes the year of its sentence, else the document's date); 1-3Q25, 前三季度 → "2025-Q1-Q3";
- halves: H1 2025, 1H25, first half of 2025, 2025年上半年 → "2025-H1";
- months: May 2025, 2025年5月, 5月 and "in December" (with the sentence's year) → "2025-05"; 1-9月, Jan-Sep →
  "2025-01..09";
- a month the text does not name: "last month", "this month", 上月, 本月 → "?-M" (a month's figure: never the
  year's); the year so far: "year-to-date", YTD, 今年以来, 年初至今 → "?-YTD";
- relative: "the previous quarter", 上一季, "a year earlier" → the sentence's own period shifted (Q1 2025's
  previous quarter is "2024-Q4"); anaphoric: "for the year", "during the quarter", 当季, 同年 → the period the
  text last named (in the sentence, the paragraph, else the paragraphs before);
- as-of dates: 截至2025年5月, as of May 2025, 年底/end of 2024 → the month or year; 目前/currently → the
  quarter or half the paragraphs before report on in the document's year, else the document's year;
- crop and marketing years: 2023/24, 2023-24 season, 2023/2024年产季, "October 2023 to September 2024",
  2023年10月至2024年9月 → "2023/24";
- year ranges: 2020-2024, 2020年至2024年 → "2020..2024".

The period binds to the figure's own phrase first (a period right after the figure, "36.9% in the first
quarter of 2025", before one further left), then its clause, then its sentence (the nearest before the
figure, else after it), then the heading above it. A comparison base is not the figure's period (较2015年增长,
"compared with 2019", "up from Q1 2024" belongs to the figure after "from"); nor is a parenthesis that does not
hold the figure, nor a year in a release's name ("Global Music Report 2019", 2022全球音乐报告: often the year
after the one its figures are of; 2024年…报告 with its 年, a range of years and "Annual Report 2023" name the
period). A month and its year are compatible (see group.py).

Forecast: the figure's own verb or phrase says so (预计, 将达, "is expected to", "will", "forecast"), or "by
2030" names a year after the document's date; "By 2021 … had risen" is not a forecast.
"""
from __future__ import annotations

import bisect
import functools
import operator
import re
from dataclasses import dataclass, replace

from ..extract.nonclaims import SHORT_YEAR
from ..quickinit import quick_init
from .names import WORK_TITLE
from .vocab import Vocab, trie_pattern
from .view import View

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "十一": 11, "十二": 12}
_EN_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        # "the initial quarter of 2024", "the opening quarter", "the final quarter", "the closing quarter"
        "initial": 1, "opening": 1, "final": 4, "closing": 4}
_MONTH_FORMS = (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
                ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
                ("november", "nov"), ("december", "dec"))
_MONTHS = {m: i for i, ms in enumerate(_MONTH_FORMS, start=1) for m in ms}
_FULL_MONTH = "(" + "|".join(ms[0] for ms in _MONTH_FORMS) + ")"
_Y = r"((?:19|20)\d{2})"
_YY = r"(?:'|’)?(\d{2})"
_QN = r"([1-4一二三四])"
_MON = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_CN_M = r"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"

# (pattern, builder) — tried in order; each builder gets the match and returns (year or None, period suffix).
# A form opens with what it matches, a lookbehind after it ("q(?<![a-z\d]q)": a q not inside a word), so that the
# regex engine skips to where it can start (a form opening with an optional part or a lookbehind, behind a look-ahead for
# every character it can start with: the places no match can start at are passed over with one test)
_FORMS: list[tuple[re.Pattern, str]] = [
    # a year in two digits before 年 and a part of it, or what a report counts in one: 23年收入, 24年q1, 24年上半年
    # (extract/nonclaims.py SHORT_YEAR, which leaves it no claim)
    (SHORT_YEAR, "cnyy"),
    # (the half of a year named by the day it ends, "the half year ended 31 December 2024", "six months ended June
    # 30, 2024", 截至2024年6月30日止六个月: the first half when it ends with June, the second with December)
    (re.compile(r"(?=[hs6])(?<![\w-])(?:half[- ]year|six\s+months|6\s+months|six-month\s+period|6-month\s+period)\s+(?:ended|ending|to)\s+"
                r"(?:" + _MON + r"\s+\d{1,2},?\s+" + _Y + r"|\d{1,2}\s+" + _MON + r",?\s+" + _Y + r")"), "hend"),
    (re.compile(r"截至\s*" + _Y + r"\s*年\s*" + _CN_M + r"\s*月\s*\d{1,2}\s*日\s*止?\s*(?:的)?\s*(?:六个月|6个月|半年度?)"),
     "cnhend"),
    # (and a fiscal year's, 2025财年第四财季 or 第四季度: the fiscal quarter, as "Q4 FY2025" is read below)
    (re.compile(_Y + r"\s*(?:财)?年\s*(?:第\s*)?" + _QN + r"\s*(?:财)?季(?:度)?"), "yq"),
    (re.compile(_Y + r"\s*年?\s*q" + r"([1-4])"), "yq"),
    # (a fiscal year's quarter as "fiscal Q4 2025" and 2025财年第四季度 read it: "Q4 FY2025", "Q4 FY25", "Q4 fiscal 2025")
    (re.compile(r"q(?<![a-z\d]q)([1-4])\s*(?:of\s*)?(?:fy|fiscal\s*(?:year\s*)?)\s*(?:" + _Y + r"|" + _YY + r")(?!\d)"),
     "nqy"),
    # ("FY25Q4", "FY2025 Q4": the fiscal year first)
    (re.compile(r"fy(?<![a-z]fy)\s*(?:" + _Y + r"|" + _YY + r")\s*q([1-4])(?!\d)"), "fyq"),
    (re.compile(r"q(?<![a-z\d]q)([1-4])\s*(?:of\s*|,\s*|/\s*)?" + _Y), "qy"),
    (re.compile(r"q(?<![a-z\d]q)([1-4])\s*" + _YY + r"(?!\d)"), "qyy"),
    (re.compile(r"([1-4])(?<![\d-][1-4])q\s*(?:(?:fy|fiscal\s*(?:year\s*)?)\s*)?(?:" + _Y + r"|" + _YY + r")(?!\d)"), "nqy"),
    (re.compile(r"([1-4])(?<![\d-][1-4])\s*-\s*([1-4])q\s*(?:" + _Y + r"|" + _YY + r")(?!\d)"), "qrange"),
    # the quarter's number after its noun: "quarter four (Q4) of 2024", "Quarter 2, 2025", "quarter one"
    (re.compile(r"quarter(?<![a-z]quarter)\s+(one|two|three|four|[1-4])(?![\w.,]\d)(?:\s*\(q[1-4]\))?"
                r"(?:\s*(?:of|,)?\s*(?:fiscal\s*)?" + _Y + r")?"), "qword"),
    (re.compile(r"q(?<![a-z\d]q)([1-4])(?![\d'’])"), "q"),
    # (and a quarter's noun before its year: "fourth-quarter sales in 2024")
    (re.compile(r"(first|second|third|fourth|1st|2nd|3rd|4th|initial|opening|final|closing)[\s-]+quarter"
                r"(?:\s*(?:of|,)?\s*(?:fiscal\s*)?" + _Y + r"|(?:\s+(?!than\b|from\b|over\b|versus\b|against\b)[a-z]+){1,2}\s+in\s+" + _Y + r")?"), "ordq"),
    # the first months or quarters of a year, counted together: 2024年前3季, 前三季度, 前10个月, "the first nine
    # months of 2024", "the first three quarters" (not the third quarter alone)
    (re.compile(r"(?=[12前])(?:" + _Y + r"\s*年\s*)?前\s*([1-4一二三四两])\s*(?:个)?季(?:度)?"), "cnqq"),
    (re.compile(r"(?=[12前])(?:" + _Y + r"\s*年\s*)?前\s*(1[01]|[2-9]|十一|十|[二两三四五六七八九])\s*个?月"), "cnfm"),
    (re.compile(r"first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months"
                r"(?:\s+(?:of|in)\s+(?:fiscal\s+)?" + _Y + r")?"), "enfm"),
    (re.compile(r"first\s+(two|three|2|3)\s+quarters(?:\s+(?:of|in)\s+(?:fiscal\s+)?" + _Y + r")?"), "enfq"),
    # relative: "the previous quarter", 上一季, "a year earlier": resolved against the sentence's own period
    (re.compile(r"(?:previous|prior|preceding|sequential)\s+quarter|last(?<![a-z]last)\s+quarter(?!\s+of)"
                r"|(?:上|前)\s*一?\s*(?:个)?季(?:度)?(?!\s*[末底])"), "prevq"),
    (re.compile(r"(?=[pa上前m])(?:(?:previous|prior|preceding)\s+month|(?:a|one)\s+month\s+(?:earlier|ago|before)"
                r"|month[- ]earlier|(?:上|前)一个?月)(?![a-z份度])"), "prevm"),
    # anaphoric: "for the year", "for the full year", "during the quarter", 当季, 同年: the period the text last named
    # (its English and Chinese words apart, each with its own quick test: their matches cannot overlap)
    (re.compile(r"(?:for|in|during|over|throughout)\s+the\s+(?:(?:full|whole|entire)\s+)?(year|quarter|half|period)(?![\s-]+(?:of|to|ended|"
                r"ending|before|after|ago|earlier|under|in|through|from|since|when)\b)(?![\s-]*(?:19|20)\d{2})"), "this"),
    # "Full-year revenue soared to $130.5 billion" after a quarter's figures: the year of the period the text last
    # named, not its quarter (not "full-year 2024", which names its year, nor "full-year guidance", ahead)
    # (opening its sentence or after an article: "The full-year demand … increased by 12.2%", "a full-year trade
    # surplus of US$80.56 billion"; not "its fourth quarter and full-year performance", "as full-year turnover is
    # expected to reach … in all of 2025", where the year or the quarter is the text's own)
    (re.compile(r"(?:^|(?<=[.!?;:•*-] )|(?<![a-z])(?:a|the|its|their)\s+)full[- ](year)"
                r"(?![- ]*(?:(?:19|20)\d{2}|of|guidance|outlook|forecast|target)\b)"), "this"),
    (re.compile(r"(?:该|当|同)(年|季度|季)(?![代龄轻纪初底末])|(?<![安完健齐周])全(年)(?:度)?(?![龄级轻金纪代初底末])"
                r"|(?<![短长近远中早晚学假工刑任周预定])(期)(?:内|內)"), "this"),  # 全年: the whole year; 期内: the period reported
    (re.compile(r"(?=[tsaopy上前])(?:(?:the\s+)?same\s+(?:period|quarter|half|month|time)\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year"
                r"|(?:the\s+)?same\s+(?:period|quarter|half|month|time)\s+(?:a|one)\s+year\s+(?:earlier|ago|before)"
                r"|(?:a|one)\s+year\s+(?:earlier|ago|before|prior)|(?:previous|prior|preceding)\s+year"
                r"|the\s+year\s+prior\b(?!\s+to\b)|the\s+year\s+before(?=\s*(?:[,.;)]|$))"
                r"|year[- ](?:earlier|ago)(?:\s+(?:period|quarter|level))?|(?:上|前)一年(?:度)?)"), "prevy"),
    # the season before (a crop or marketing year): read only against a season its sentence names before it
    (re.compile(r"(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:season|crop year|marketing year)"
                r"|(?:上|前)一?个?(?:榨季|产季)"), "prevs"),
    # the year after the one named before ("In 2007, just 13 rhinos were poached; the following year this jumped to
    # 83", 次年, 翌年; not "the next year", which may be the twelve months to come)
    (re.compile(r"(?=[tao次翌])(?:(?:the\s+)?(?:following|subsequent)\s+year|(?:a|one)\s+year\s+later|次年|翌年)"),
     "nexty"),
    (re.compile(r"(?=[今去本上第1-4一二三四])(?:(" + r"今年|去年|本年|上年" + r")\s*)?(?:第\s*)?" + _QN + r"\s*(?:财)?季(?:度)?"), "cnq"),
    # (2024年上半: a year's 上半 without its 年, as Taiwanese reports write it; never alone: 上半场, 上半身)
    (re.compile(r"(?=[12上下])(?:" + _Y + r"\s*年\s*)?(上|下)半(?:年|(?<=年[上下]半)(?![年场場身部旗夜天月]))"), "cnh"),
    (re.compile(r"h(?<![a-z\d]h)([12])\s*(?:of\s*)?(?:" + _Y + r"|" + _YY + r")?(?![\d])"), "hy"),
    (re.compile(r"([12])(?<![\d-][12])h\s*(?:" + _Y + r"|" + _YY + r")(?!\d)"), "hy"),
    # (not a half of something other than a year: "the first half of the 12th century", "of the season")
    (re.compile(r"(first|second)[\s-]+half(?!\s+of\s+the\s+(?!(?:(?:previous|last|current|this|same|next|prior|"
                r"preceding|\d{4})\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?year\b))\s*(?:of\s*)?" + _Y + r"?"), "ordh"),
    # a span of days (2025年1月14日至2月22日, the 40 days of a travel season): one from a month's start is those
    # months (1月1日至6月30日: the first half), one starting inside a month and ending in a later one its year's
    # (a season, a holiday), one inside a month is left to that month
    (re.compile(_Y + r"\s*年\s*" + _CN_M + r"\s*月\s*(\d{1,2})\s*[日号]\s*(?:-|~|至|到|—|–)\s*(?:" + _Y + r"\s*年\s*)?"
                + _CN_M + r"\s*月\s*(\d{1,2})\s*[日号]"), "cnymdmd"),
    (re.compile(_Y + r"\s*年\s*" + _CN_M + r"\s*月\s*(?:-|~|至|到|—|–)\s*" + _Y + r"\s*年\s*" + _CN_M + r"\s*月"), "cnymym"),
    (re.compile(r"(?=[0-9一二三四五六七八九十])(?:" + _Y + r"\s*年\s*)?" + _CN_M + r"\s*月?\s*(?:-|~|至|到|—|–)\s*" + _CN_M + r"\s*月"), "cnmm"),
    # a year named by the day it ends ("the year ended December 31, 2024", "the fiscal year ended 31 March 2024",
    # 截至2024年12月31日止年度): a calendar year when it ends with December, else the fiscal year it ends
    (re.compile(r"(?=[yft12])(?<![\w-])(?<!half )(?<!half-)(?:(?:fiscal|financial)\s+)?(?:year|twelve\s+months|12\s+months)\s+"
                r"(?:ended|ending|to)\s+"
                r"(?:" + _MON + r"\s+\d{1,2},?\s+" + _Y + r"|\d{1,2}\s+" + _MON + r",?\s+" + _Y + r")"), "yend"),
    # (its year unwritten, a calendar year ending with December: "in the 12 months ended Dec. 31" is the year the
    # text is about, as "for the year" is; never the month of December)
    (re.compile(r"(?=[yt12])(?<![\w-])(?<!half )(?<!half-)(?:(year)|twelve\s+months|12\s+months)\s+(?:ended|ending|to)\s+"
                r"(?:dec(?:ember)?\.?\s+31|31\s+dec(?:ember)?\.?)(?![\d,]*\s*(?:19|20)\d{2})"), "yenddec"),
    (re.compile(r"截至\s*" + _Y + r"\s*年\s*" + _CN_M + r"\s*月\s*\d{1,2}\s*日\s*止?\s*(?:的)?\s*(?:年度|财年|财政年度|"
                r"十二个月|12个月)"), "cnyend"),
    # a date figures are counted up to, its year left to the sentence ("截至11月14日，2023年全国电影票房…", "as
    # of November 14"): sales to date, not the year's
    (re.compile(r"(?:截至|截止到?)\s*(?:" + _Y + r"\s*年\s*)?" + _CN_M + r"\s*月\s*\d{1,2}\s*日"), "ym"),
    # (also "as of 2024 Dec 31" and "as of 31 December 2024")
    (re.compile(r"(?<![a-z])(?:as of|as at)\s+(?:" + _MON + r"\s+(\d{1,2})(?!\d)(?:,?\s*" + _Y + r")?|" + _Y +
                r"\s+" + _MON + r"\s+(\d{1,2})(?!\d)|(\d{1,2})\s+" + _MON + r",?\s+" + _Y + r")"), "asofmy"),
    (re.compile(_Y + r"\s*年\s*" + _CN_M + r"\s*月"), "ym"),
    # a month of a year named relative to the page's (去年12月, 今年3月份): that month of that year
    (re.compile(r"(今年|去年|本年|上年|明年)\s*" + _CN_M + r"\s*月(?!\s*\d+\s*日)"), "relm"),
    (re.compile(r"(?=[0-9一二三四五六七八九十])(?<![\d年])" + _CN_M + r"\s*月(?!\s*\d+\s*日)"), "m"),
    # twelve months across two years, as marketing and fiscal years run ("from October 2023 to September 2024",
    # 2023年10月至2024年9月): that year, 2023/24
    (re.compile(r"(?=[fjmasond])(?:from\s+)?" + _MON + r"\s*,?\s*" + _Y + r"\s*(?:-|–|to|through|until)\s*" + _MON + r"\s*,?\s*" + _Y),
     "mymy"),
    (re.compile(_MON + r"\s*(?:-|–|to|through)\s*" + _MON + r"(?:\s+(?:quarter|period|half))?\s*(?:,|of)?\s*" + _Y + r"?"),
     "mmrange"),  # "the April-June quarter of 2025": the second quarter
    # a quarter named by the month it ends: "the three months to June 2025", "the quarter ended June 30, 2025",
    # "the June quarter of 2025" (a quarter ending with March, June, September or December: a calendar quarter)
    (re.compile(r"(?:three\s+months|quarter)\s+(?:to|ended|ending|through)\s+(march|june|september|december)"
                r"(?:\s+\d{1,2})?,?\s+" + _Y), "qend"),
    (re.compile(r"(march|june|september|december)\s+quarter(?:\s*(?:of\s*)?,?\s*" + _Y + r")?"), "qend"),
    (re.compile(r"(?<![a-z])" + _MON + r"\s+(?:\d{1,2},?\s+)?" + _Y), "my"),
    # a month named without its year after a preposition ("In December Boeing logged 142 orders", "since
    # March"): the year of its sentence or document, as 5月 takes it ("may" alone is too often a verb)
    (re.compile(r"(?<![a-z])(?:in|during|for|through|since|until|by|last|early|late|mid-?|end of)\s+" + _FULL_MONTH +
                r"(?![a-z])(?!\s*\d)"), "mon"),
    # a month's name alone ("December imports jumped 24%"), but not "may" or "march", words as often as months
    (re.compile(r"(?<![a-z])(january|february|april|june|july|august|september|october|november|december)"
                r"(?![a-z])(?!\s*\d)"), "mon"),
    # a headline's abbreviation alone ("China Dec iron ore imports"): the ones that are no other word (not jan,
    # mar, may, jun, jul)
    (re.compile(r"(?<![a-z.])(feb|aug|sept|sep|oct|nov|dec)\.?(?![a-z])(?!\s*\d)"), "mon"),
    # a month the text does not name ("imported 6.9 million tonnes last month", 上月, 本月): a month's figure,
    # never the year's; which month only the page's date could say
    (re.compile(r"(?=[lt上本])(?:(?<![a-z])(?:last|this|the\s+past)\s+month(?![a-z-])"
                r"|(?<![较比以线马早晚网加基事际面])上个?月(?![活球饼薪度均租费票光亮])"  # (not 线上月活, 登上月球)
                r"|(?<![较比日基成资版样根文剧账课书原])本个?月(?![活球饼薪度均租费票光亮]))"), "unm"),  # (not 日本月度, 成本)
    # the year so far ("year-to-date imports", YTD, 今年以来, 年初至今): figures to a date the text may not give,
    # never the year's nor a month's
    (re.compile(r"(?=[ys今年])(?:(?<![a-z])(?:year[\s-]to[\s-]date|ytd)(?![a-z])|so far this year|(?:今年|年初)(?:以来|至今))"),
     "ytd"),
    (re.compile(r"(?:fy|fiscal\s*(?:year\s*)?)\s*" + _Y), "fy"),
    (re.compile(r"fy(?<![a-z\d]fy)\s*" + _YY + r"(?!\d)"), "fyy"),
    # a calendar year as fiscal writing names it apart: CY2024, CY'24, CY24, "calendar year 2024"
    (re.compile(r"(?:cy(?<![a-z\d]cy)|calendar\s+year)\s*(?:" + _Y + r"|" + _YY + r")(?!\d)"), "cy"),
    (re.compile(_Y + r"\s*(?:财年|财政年度|会计年度)"), "fy"),
    # a decade: "the 1990s", 上世纪90年代, 20世纪80年代, 九十年代, 八九十年代 (its ten years, not the year it opens
    # with); a decade named without its century is the last century's from the thirties on (30年代 … 90年代)
    (re.compile(r"((?:19|20)\d)(?<![\d'’](?:19|20)\d)0s(?![a-z])"), "decade"),
    (re.compile(r"(?:(上|本|20|21|二十一|二十)\s*个?\s*世[纪紀]\s*)?(?:([1-9])(?<!\d[1-9])0|([一二三四五六七八九]{1,2})十)\s*"
                r"年代"), "cndecade"),
    # the turn of the century, 本世纪初, 21世纪初: the first year of this one (2000, as sources round it)
    (re.compile(r"(?:(?:本|21|二十一)\s*世[纪紀]\s*初|(?:the\s+)?(?:beginning|start)\s+of\s+(?:the|this)\s+(?:current\s+|"
                r"21st\s+|new\s+)?century|(?:the\s+)?turn\s+of\s+the\s+(?:century|millennium))"), "centurystart"),
    (re.compile(_Y + r"\s*[/\-–]\s*(\d{2}|(?:19|20)\d{2})(?!\d)\s*(?:年度|年产季|产季|年|crop year|season|marketing year)?"), "crop"),
    (re.compile(_Y + r"\s*年?\s*(?:-|–|—|~|至|到|to)\s*" + _Y + r"\s*年?"), "yrange"),
    # (and "between 1990 and 2015": the years a change ran between)
    (re.compile(r"(?<![a-z])between\s+" + _Y + r"\s+and\s+" + _Y + r"(?![\d%]|[.,]\d|\s*(?:%|per\s?cent|tonnes?|tons?|"
                r"units|people|persons|metres|meters|km|kg|mw|gw|[万亿千百吨人元]))"), "yrange"),  # (not "between
    # 1950 and 2000 tonnes a day")
    # a year, also right before its figure (2019年165.9万吨), not one that opens a month or a day (2019年12月)
    (re.compile(r"((?:19|20)(?<![\d.](?:19|20))(?<!\d,(?:19|20))\d{2})(?:\s*年(?:度|底|末)?)?(?![\d%]|[.,]\d|\s*\d|\s*年\s*\d{1,2}\s*(?:个\s*)?[月日号季周])(?!\s*[万亿千百台架个人名家款辆吨桶元美])"
                # (nor a length: 世界海拔2000米以上, "2000 meters"; 2023米其林, "2022 FT Global 500" keep their years)
                r"(?!\s*(?:米(?=[以高深长宽的处左多,，。、\s])|公[尺里顷]|平方公里|立方米|英[尺里]|海里|(?:km|feet|metres|meters|miles)\b|m(?![&\w])))"), "y"),
    # (each of the three below opened by its words' first characters: a scan skips to them)
    (re.compile(r"(?=[今去本上明前tln目当现如时ca])(今年|去年|本年|上年|明年|(?<![目此之提以日当当年前])前年(?!度|同)|this year|last year|next year|目前|当前|现在|如今|现时|时下|"
                r"currently(?<![a-z]currently)|at present(?<![a-z]at present)|as of now(?<![a-z]as of now))"), "rel"),
]


# "?-prev-Q": the quarter before the sentence's own period; "?-this-Y": the year the text last named
_PREV = {"prevq": "prev-Q", "prevy": "prev-Y", "prevs": "prev-S", "prevm": "prev-M", "nexty": "next-Y"}
_THIS = {"year": "this-Y", "quarter": "this-Q", "half": "this-H", "period": "this-P", "年": "this-Y", "季": "this-Q",
         "季度": "this-Q", "期": "this-P"}
RELATIVE = frozenset(("?-prev-Q", "?-prev-Y", "?-prev-S", "?-prev-M", "?-next-Y", "?-this-Y", "?-this-Q", "?-this-H",
                      "?-this-P", "?-now"))
UNNAMED_MONTH = "?-M"  # "last month", 上月: a month's figure, never the year's, whatever the page's year
YEAR_TO_DATE = "?-YTD"  # "year-to-date", 今年以来: the year so far, to a date the text may not give
ANAPHORIC = frozenset(("?-this-Y", "?-this-Q", "?-this-H", "?-this-P", "?-now"))
# (behind a look-ahead for its first characters: the scan passes over the others with one test)
_TO_DATE = re.compile(r"(?=[截a])(?:(?:截至|截止到?)\s*" + _CN_M + r"\s*月\s*\d{1,2}\s*日|(?<![a-z])(?:as of|as at)\s+" +
                      _FULL_MONTH + r"\s+\d{1,2}(?!\d)(?!,?\s*(?:19|20)\d{2}))")
_AS_OF_OPEN = re.compile(r"截至|截止|(?<![a-z])as (?:of|at)")
_AS_OF = re.compile(r"(?:截至|截止|截止到|到|as of|as at|at the end of|by the end of|end of)\s*$")
_UNIT_SHORT = r"[(（][^()（）\d]{1,12}[)）]"  # a unit's short form in brackets: "(b/d)", "(GW)"
_RIGHT_AFTER = re.compile(r"^\s*(?:" + _UNIT_SHORT + r"\s*)?"  # (first: "12.4 million barrels per day (b/d) in 2023")
                          r"(?:[a-z]+\s+){0,2}(?:in|for|during|of|as of|at the end of|by the end of)\s+(?:the\s+)?$"
                          r"|^\s*by\s+$"  # ("74.7 million by 2030 & 131.5 million by 2050": the year each one reaches)
                          r"|^\s*[(（]\s*$")
_OPENS = re.compile(r"\s*[(（]\s*")
_UNIT_BRACKETS = re.compile(r"\s*" + _UNIT_SHORT)
_RUN_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def _run(v: View) -> list[tuple[int, int]]:
    """The run of figures this one belongs to ("480 and 663", "5%, 7% and 9%"): the figures joined to it, before
    and after, by commas and "and", in order."""
    k = v.spans.index((v.s, v.e)) if (v.s, v.e) in v.spans else None
    if k is None:
        return [(v.s, v.e)]
    a = b = k
    while a > 0 and _RUN_GAP.fullmatch(v.low, v.spans[a - 1][1], v.spans[a][0]):
        a -= 1
    while b + 1 < len(v.spans) and _RUN_GAP.fullmatch(v.low, v.spans[b][1], v.spans[b + 1][0]):
        b += 1
    return list(v.spans[a:b + 1])


# the end of a run of figures: up to two words of the last one, then "respectively" between commas or none
_RESPECTIVELY = re.compile(r"(?:\s+[a-z][a-z\-]*){0,2},?\s+respectively,?\s+")
# a span the figure is compared with, or a figure of now: "120% of GDP, higher than during the crisis (1997-1998)",
# "Unemployment is now 4%, far below the peak seen in the crisis (2008-2009)"
_NOT_ITS_SPAN = re.compile(r"\b(?:than|below|above|compared|versus|since|now|today|currently|level|peak)\b|比|较|較|"
                           r"低于|高于|低於|高於|目前|现在|現在")
_NOW = {"目前", "当前", "现在", "如今", "现时", "时下", "currently", "at present", "as of now"}


@quick_init
@dataclass(frozen=True)
class PeriodSpan:
    start: int
    end: int
    period: str  # "2025-Q2", "?-Q2" when the year is unknown
    base: bool  # a comparison base (较2015年, "from Q1 2024")
    level: bool = False  # the date of a level compared with ("from 609.49 GW at the end of 2023"): a base, yet
    #                      the period of that level
    fiscal: bool = False  # a fiscal year's quarter ("Q4 FY2025", 2025财年第四财季): its year is a fiscal year


def _yy(s: str | None) -> str | None:
    return None if s is None else ("20" + s if len(s) == 2 else s)


def _q(x: str) -> int:
    return int(x) if x.isdigit() else _CN_NUM[x]


def month_number(name: str) -> int | None:
    """1..12 for an English month's name or its abbreviation ("December", "dec")."""
    return _MONTHS.get(name.lower().rstrip("."))


def _month(x: str) -> int:
    return int(x) if x.isdigit() else _CN_NUM.get(x, 0)


def _rel(word: str, doc_year: int | None) -> str | None:
    if doc_year is None:
        return None
    off = {"今年": 0, "本年": 0, "this year": 0, "去年": -1, "上年": -1, "last year": -1, "明年": 1, "next year": 1,
           "前年": -2}  # (前年: the year before last)
    return str(doc_year + off[word]) if word in off else None


def _cn_decade(century: str | None, digit: str | None, tens: str | None,
               doc_year: int | None = None) -> tuple[str, str] | None:
    """上世纪90年代 → 1990..1999; 八九十年代 → 1980..1999; 20年代 without its century says too little (1920s or 2020s);
    本世纪 is the century of the page's date (到本世纪20年代 on a page of 2015: 2020..2029), and on an undated page its
    seventies, eighties and nineties say too little (a clipping of 1984 means the 1970s, which "this century" was
    then; not today's date, which would change the answer as years pass)."""
    firsts = [int(digit)] if digit else [_CN_NUM[t] for t in tens]
    if century == "本" and doc_year is not None and doc_year < 2000:
        century = "二十"
    elif century == "本" and doc_year is None and min(firsts) >= 7:
        return None
    if century in ("本", "21", "二十一"):
        first = 2000
    elif century or min(firsts) >= 3:  # (上, 二十, 20: the 1900s)
        first = 1900
    else:
        return None
    return f"{first + 10 * min(firsts)}..{first + 10 * max(firsts) + 9}", ""


def _build(kind: str, m: re.Match, doc_year: int | None) -> tuple[str | None, str] | None:
    g = m.groups()
    if kind == "yq":
        return g[0], f"Q{_q(g[1])}"
    if kind == "qy":
        return g[1], f"Q{g[0]}"
    if kind == "cnyy":  # (SHORT_YEAR: the year, and its quarter or half where one follows)
        year = _yy(g[0])
        if g[1] or g[2]:
            return year, f"Q{_q(g[1] or g[2])}"
        if g[3] or g[4]:
            return year, "H1" if g[3] == "上" or g[4] == "1" else "H2"
        return year, ""
    if kind == "qyy":
        return _yy(g[1]), f"Q{g[0]}"
    if kind == "fyq":
        return g[0] or _yy(g[1]), f"Q{g[2]}"
    if kind == "nqy":
        return g[1] or _yy(g[2]), f"Q{g[0]}"
    if kind == "qrange":
        return g[2] or _yy(g[3]), f"Q{g[0]}-Q{g[1]}"
    if kind == "q":
        return None, f"Q{g[0]}"
    if kind == "ordq":
        return g[1] or g[2], f"Q{_ORD[g[0]]}"
    if kind == "qword":
        return g[1], f"Q{1 if g[0] == 'one' else _EN_NUM.get(g[0]) or int(g[0])}"
    if kind == "cnq":
        return (_rel(g[0], doc_year) if g[0] else None), f"Q{_q(g[1])}"
    if kind == "cnqq":
        n = _q(g[1]) if g[1] != "两" else 2
        return (g[0], f"Q1-Q{n}") if n > 1 else None
    if kind == "cnfm":
        n = _month(g[1]) if g[1] != "两" else 2
        return (g[0], f"01..{n:02d}") if 1 < n < 12 else None
    if kind in ("enfm", "enfq"):
        n = int(g[0]) if g[0].isdigit() else _EN_NUM[g[0]]
        return g[1], (f"01..{n:02d}" if kind == "enfm" else f"Q1-Q{n}")
    if kind == "cnh":
        return g[0], "H1" if g[1] == "上" else "H2"
    if kind == "hy":
        return (g[1] or _yy(g[2])) if len(g) > 2 else _yy(g[1]), f"H{g[0]}"
    if kind == "ordh":
        return g[1], "H1" if g[0] == "first" else "H2"
    if kind == "cnmm":
        a, b = _month(g[1]), _month(g[2])
        return (g[0], f"{a:02d}..{b:02d}") if a and b and a < b else None
    if kind == "ym":
        mo = _month(g[1])
        return (g[0], f"{mo:02d}") if mo else None
    if kind == "relm":
        mo = _month(g[1])
        y = _rel(g[0], doc_year)  # (no page year: which year is unknown, the month is not guessed at)
        return (y, f"{mo:02d}") if mo and y else None
    if kind == "asofmy":
        name, day, year = (g[0], g[1], g[2]) if g[0] else (g[4], g[5], g[3]) if g[3] else (g[7], g[6], g[8])
        mo = _MONTHS.get(name.rstrip("."))
        if mo == 12 and year and int(day) >= 20:
            return year, ""  # "as of December 20, 2023": the year's amount, all but a few days of it
        return (year, f"{mo:02d}") if mo else None
    if kind == "m":
        mo = _month(g[0])
        return (None, f"{mo:02d}") if mo else None
    if kind == "cnymdmd":
        y1, m1, d1, y2, m2 = g[0], _month(g[1]), int(g[2]), g[3] or g[0], _month(g[4])  # (the last day: g[5])
        if y1 != y2 or not m1 or not m2 or m2 < m1:
            return None
        if d1 == 1:  # from a month's start: those months (01..06 is the first half; to 11月14日, January-November)
            return y1, (f"{m1:02d}..{m2:02d}" if m2 > m1 else f"{m1:02d}")
        return (y1, "") if m2 > m1 else None
    if kind in ("mymy", "cnymym"):
        m1, m2 = (_MONTHS[g[0]], _MONTHS[g[2]]) if kind == "mymy" else (_month(g[1]), _month(g[3]))
        y1, y2 = (int(g[1]), int(g[3])) if kind == "mymy" else (int(g[0]), int(g[2]))
        if y2 == y1 + 1 and m2 == m1 - 1:
            return f"{y1}/{y2 % 100:02d}", ""
        if y1 == y2 and m1 < m2:
            return str(y1), f"{m1:02d}..{m2:02d}"
        return None
    if kind in ("hend", "cnhend"):
        year, mo = (g[1] or g[3], _MONTHS.get((g[0] or g[2]).rstrip("."))) if kind == "hend" else (g[0], _month(g[1]))
        return (year, "H1" if mo == 6 else "H2") if mo in (6, 12) else None
    if kind in ("yend", "cnyend"):
        year, mo = (g[1] or g[3], _MONTHS.get((g[0] or g[2]).rstrip("."))) if kind == "yend" else (g[0], _month(g[1]))
        if not mo:
            return None
        return (year, "") if mo == 12 else ("FY" + year, "")
    if kind == "qend":
        return g[1], f"Q{_MONTHS[g[0]] // 3}"
    if kind == "mmrange":
        return g[2], f"{_MONTHS[g[0]]:02d}..{_MONTHS[g[1]]:02d}"
    if kind == "mon":
        return None, f"{_MONTHS[g[0]]:02d}"
    if kind == "my":
        return g[1], f"{_MONTHS[g[0]]:02d}"
    if kind == "unm":
        return "?", "M"
    if kind == "ytd":
        return "?", "YTD"
    if kind == "fy":
        return "FY" + g[0], ""
    if kind == "fyy":
        return "FY" + _yy(g[0]), ""
    if kind == "cy":
        return g[0] or _yy(g[1]), ""
    if kind == "crop":  # 2023/24, 2023-24 season, 2023/2024年产季: a crop or fiscal year across two years
        a, b = int(g[0]), int(g[1][-2:])
        return (f"{g[0]}/{b:02d}", "") if (a + 1) % 100 == b else None
    if kind == "yrange":
        if int(g[1]) == int(g[0]) + 1 and _SPLIT_YEAR_AFTER.match(m.string, m.end()):
            return f"{g[0]}/{g[1][-2:]}", ""  # 2015至2016学年, "2023 to 2024 academic year": one school year
        return (f"{g[0]}..{g[1]}", "") if g[0] < g[1] else None
    if kind == "y":
        return g[0], ""
    if kind == "decade":
        return f"{g[0]}0..{g[0]}9", ""
    if kind == "cndecade":
        return _cn_decade(g[0], g[1], g[2], doc_year)
    if kind == "centurystart":
        return "2000", ""
    if kind in ("prevq", "prevy", "prevs", "prevm", "nexty"):
        return "?", _PREV[kind]
    if kind == "this":
        return "?", _THIS[next(x for x in g if x)]
    if kind == "yenddec":
        return "?", _THIS["year"]
    if kind == "rel":
        if g[0] in _NOW:  # 目前, currently: the period the report is about (the caller reads the paragraphs before)
            return "?", "now"
        y = _rel(g[0], doc_year)
        return (y, "") if y else None
    return None


# what makes two years in a row one year of another calendar: 2015至2016学年, 2023-2024财年, "2023 to 2024 academic year"
_SPLIT_YEAR_AFTER = re.compile(r"\s*(?:学年|财年|财政年度|榨季|产季|年度|(?:academic|school|fiscal|financial|crop|marketing)\s+year|"
                               r"season)")


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FULL_MONTHS = tuple(ms[0] for ms in _MONTH_FORMS)
_CENTURY = ("19", "20")  # (every year a form reads in full starts with one of them)
_QN_WORDS = ("q1", "q2", "q3", "q4")
_NQ_WORDS = ("1q", "2q", "3q", "4q")
# what a text must hold for each form of _FORMS to match in it: one word of each group (a quick test that spares
# most scans: English text has no 季 or 月, Chinese text no "quarter", a text without a year no form that needs one)
_NEEDS: list[tuple[tuple[str, ...], ...]] = [
    (("年",),),
    (("ended", "ending", " to "), _CENTURY), (("截至",), ("个月", "半年")),
    (("季",), _CENTURY), (_QN_WORDS, _CENTURY), (_QN_WORDS, ("fy", "fiscal")), (("fy",), _QN_WORDS), (_QN_WORDS, _CENTURY),
    (_QN_WORDS,),
    (_NQ_WORDS,), (_NQ_WORDS,),
    (("quarter",),), (_QN_WORDS,), (("quarter",),), (("前",), ("季",)), (("前",), ("月",)), (("first",), ("months",)),
    (("first",), ("quarters",)), (("quarter", "季"),), (("month", "一个月", "一月"),),
    (("the ", "年", "季"), ("year", "quarter", "half", "period")), (("full year", "full-year"),), (("该年", "当年", "同年", "该季", "当季", "同季", "全年", "期内", "期內"),),
    (("year", "一年"),), (("season", "crop year", "marketing year", "榨季", "产季"),), (("year", "次年", "翌年"),),
    (("季",),),
    (("半",),), (("h1", "h2"),), (("1h", "2h"),), (("half",),), (("日", "号"), ("-", "~", "至", "到", "—", "–")),
    (("年",), ("月",)),
    (("月",), ("-", "~", "至", "到", "—", "–")), (("ended", "ending", " to "), _CENTURY), (("ended", "ending", " to "), ("dec",)),
    (("截至",), ("年度", "财年", "个月")),
    (("截至", "截止"), ("月",)), (("as of", "as at"), _MONTH_STEMS),
    (("年",), ("月",)), (("今年", "去年", "本年", "上年", "明年"), ("月",)), (("月",),),
    (_MONTH_STEMS, _CENTURY), (_MONTH_STEMS,), (("quarter", "months"), _CENTURY), (("quarter",),),
    (_MONTH_STEMS, _CENTURY), (_FULL_MONTHS,), (_FULL_MONTHS,), (("feb", "aug", "sep", "oct", "nov", "dec"),),
    (("month", "上月", "本月", "上个月", "本个月"),),
    (("date", "ytd", "so far", "以来", "至今"),), (("fy", "fiscal"), _CENTURY),
    (("fy",),), (("cy", "calendar year"),), (("财年", "财政年度", "会计年度"),),
    (("0s",), _CENTURY), (("年代",),), (("世纪初", "世紀初", "century", "millennium"),),
    (("/", "-", "–"), _CENTURY),
    (_CENTURY,), (("between",), _CENTURY), (_CENTURY,),
    (("今年", "去年", "本年", "上年", "明年", "前年", "this year", "last year", "next year", "目前", "当前", "现在", "如今",
      "现时", "时下", "currently", "at present", "as of now"),),
]
assert len(_NEEDS) == len(_FORMS), "each form of _FORMS needs its quick test in _NEEDS"
_ALL_NEEDS = frozenset(n for needs in _NEEDS for group in needs for n in group)
assert all(len(needs) <= 2 for needs in _NEEDS)
_NEED_GROUPS = list(dict.fromkeys(frozenset(group) for needs in _NEEDS for group in needs))
# each group of needs as a bit; a needle's bits are those of the groups it is in
_GROUP_BIT = {g: 1 << k for k, g in enumerate(_NEED_GROUPS)}
_NEEDLE_BITS = {n: sum(bit for g, bit in _GROUP_BIT.items() if n in g) for n in _ALL_NEEDS}
# (the bits of one group of its needs, of the other or 0): the forms as find_periods tries them
_FORM_BITS = [(_GROUP_BIT[frozenset(needs[0])], _GROUP_BIT[frozenset(needs[1])] if len(needs) > 1 else 0)
              for needs in _NEEDS]


def _needle_facts():
    """For a scan that finds the needles without overlaps (the longest at each place it stops at): the bits of a
    needle found and of every needle inside it, and the needles that could start inside it and run past its end
    (those a scan resumed after it steps over: looked for one by one, where that needle was found)."""
    inside = {f: 0 for f in _ALL_NEEDS}
    across: dict[str, tuple[str, ...]] = {}
    for f in _ALL_NEEDS:
        for n in _ALL_NEEDS:
            if n in f:
                inside[f] |= _NEEDLE_BITS[n]
        across[f] = tuple(sorted(n for n in _ALL_NEEDS
                                 if any(n.startswith(f[k:]) and len(n) > len(f) - k for k in range(1, len(f)))))
    return inside, across


_NEEDLE_INSIDE, _NEEDLE_ACROSS = _needle_facts()
_NEEDLES = re.compile(trie_pattern(_ALL_NEEDS))
_FORMS_FOR: dict[int, tuple] = {}  # the bits of the groups present -> the forms to try (a pure function, kept)


def _forms_to_try(low: str) -> tuple:
    """The forms of _FORMS whose needs the text holds (one word of each group of its _NEEDS): the needles found
    in one scan (with those inside them and those a scan steps over, see _needle_facts), as bits."""
    have = 0
    for f in set(_NEEDLES.findall(low)):
        have |= _NEEDLE_INSIDE[f]
        for n in _NEEDLE_ACROSS[f]:
            bits = _NEEDLE_BITS[n]
            if bits & ~have and n in low:  # (a needle whose groups are all present already adds nothing)
                have |= bits
    got = _FORMS_FOR.get(have)
    if got is None:
        got = _FORMS_FOR[have] = tuple((pat, kind) for (pat, kind), (a, b) in zip(_FORMS, _FORM_BITS)
                                       if have & a and (not b or have & b))
    return got


_SPAN_TO = re.compile(r"\bto\b|至|到")
_FROM_LEVEL = re.compile(r"\b(?:from|compared with|compared to|versus|vs\.?|against)\s+"
                         # ("from the record 1 million tons recorded in the 2021/2022 season", "from a revised 3.2
                         # million in 2022": the level compared with, and its date)
                         # (a participle before the date only after such a word: "Reports from 50 hospitals recorded
                         # in 2022 show 3,000 cases" names where the data come from, no level compared with)
                         r"(?:(?:the|a|an|its)\s+(?:record|revised|previous|reported|initial|all-time)\s+"
                         r"(?P<qualified>))?"
                         r"(?:about\s+|around\s+)?[$€£¥]?"
                         r"\d(?:[\d,]|\.(?=\d))*"  # (a full stop after the number ends its sentence: "from 2021. In 2022")
                         r"(?:\s*(?:thousand|million|billion|trillion|mn|bn))?(?:\s*[a-z%]{1,12})?"
                         r"(?:\s+(?:recorded|reported|registered|seen|set|reached|logged)(?(qualified)|(?!)))?"
                         r"\s+(?:(?:at|by)\s+the\s+end\s+of|at\s+end-|in|as\s+of|at\s+the\s+close\s+of)"
                         r"\s+(?:the\s+)?$")


# "an increase of 45.5% on the figure at the end of 2023", "up 5% from the level in 2023": the period compared with
_ON_THE_FIGURE = re.compile(r"\b(?:on|over|from|against|compared (?:with|to)|versus|above|below)\s+"
                            r"(?:(?:the|its|a|their)\s+(?:figure|level|total|number|amount|value)s?|"
                            # "up 7% from previous highs recorded in 2019", "above the pre-pandemic peak of 2019"
                            r"(?:(?:the|its|their|previous|prior|earlier|former|pre-pandemic|all-time|record)\s+)+"
                            r"(?:record\s+)?(?:highs?|peaks?|lows?|records?)(?:\s+(?:recorded|reached|set|seen|hit))?)"
                            r"\s+(?:(?:at|by)\s+the\s+end\s+of|in|for|of|as\s+of)\s+(?:the\s+)?$")


_FROM_WORDS = ("from", "compared", "versus", "vs", "against")  # one of them in every match of _FROM_LEVEL
_FIGURE_WORDS = ("figure", "level", "total", "number", "amount", "value", "high", "peak", "low", "record")  # and of
# _ON_THE_FIGURE
# (each list as one search: is one of its words in a text, as `any(w in text for w in words)` says)
_HAS_FROM_WORD = re.compile("|".join(_FROM_WORDS))
_HAS_FIGURE_WORD = re.compile("|".join(_FIGURE_WORDS))
_ARTICLES = ("the", "its", "a", "an", "their")
_ARTICLE_END = re.compile(r"\s+(?:the|its|a|an|their)$")


# the year of an event before the figure's: "rose to 85,856 tonnes after plummeting in 2019", "after falling 5% in
# 2023", "since peaking in 2018"
_EARLIER_EVENT = re.compile(r"\b(?:after|since|following)\s+(?:[a-z]+ing(?:\s+\S+){0,3}?|(?:it|they|the\s+\w+|\w+)\s+"
                            r"(?:began|started|first|opened|launched)\b(?:\s+[^\s\d$€£¥]+){0,3}?)\s+in$")
# what a month names when it is the date of a release: "a November estimate of 244 million hectoliters", "its
# June forecast", "the October report" (the figure is of the year the release is about)
_RELEASE_AFTER = re.compile(r"\s+(?:estimates?|forecasts?|projections?|outlook)\b")
# a clause after a date that says a report came out then: "In July, the WWF published a temporary assessment that …"
_RELEASE_CLAUSE = re.compile(r",?\s+(?:the\s+)?(?:[\w\-&.]+\s+){1,5}?(?:published|released|issued|unveiled)\s+(?:a|an|the|its)\s+"
                             r"(?:[\w\-]+\s+){0,4}?(?:report|assessment|study|survey|analysis|estimate|paper|review)s?\b")
# a release's date: "released in January", "published on 5 March" (the month or the day it came out)
_RELEASED_BEFORE = re.compile(r"\b(?:released|published|issued|unveiled)\s+(?:(?:in|on|last|this|earlier\s+in|early|late)\s+)?"
                              r"(?:(?:early|late|mid-?)\s*)?(?:the\s+)?(?:\d{1,2}\s+)?$")


# a year in a release's name ("Global Music Report 2019", "World Energy Outlook 2023", 2022全球音乐报告): a title,
# often the year after the one its figures are of
# (a year with its 年 names what the report covers: 2024年中国游戏产业报告, 2023全年营业收入报告; so does a company's
# annual, interim or quarterly report, "Annual Report 2023")
_TITLE_YEAR_AFTER = re.compile(r"(?:(?!年(?!鉴))[\u4e00-\u9fff]){1,12}?(?:报告|展望|年鉴|白皮书)")
_TITLE_YEAR_BEFORE = re.compile(r"(?<!annual )(?<!interim )(?<!quarterly )(?<!year in )\b(?:report|outlook|yearbook|review)"
                                r"\s+$")


# after a year, the words closing a record since it: 2007年开始公布有关数据以来的历史高点, 2012年以来首次 (what
# began then between; not 2022年以来,中国新核准…: what was done since, often the year's own)
# (not a year that is itself the record: 2023年是有记录以来最热的一年, 2023年成为有气象记录以来最暖年份)
_SINCE_AFTER = re.compile(r"\s*年?(?!\s*(?:是|为|為|成为|成為|仍是|也是|亦是|乃是))[^，,。；;！？!?\d]{0,12}?以[来來]\s*的?\s*"
                          r"(?:最|首次|新高|新低|历史|歷史)")
_LEVEL_AFTER = re.compile(r"(?:['’]s)?\s*(?<=[\s'’s])(?:levels?|figures?|totals?|peaks?|averages?)\b|"
                          r"\s*年?\s*(?:同期)?\s*的?\s*(?:平均)?(?:水平|水准)")  # ("6% behind the 2017-2019 average")


# a time stamp (a page's date, "2024-01-04 10:00:23", 2024/01/04): when the page was written, not a figure's period
# (the century first, the lookbehinds after it, two characters further back: the scan skips to a 1 or a 2)
_STAMP = re.compile(r"(?:19|20)(?<![\d/-]..)(?<!截至..)(?<!截止..)(?<!as of ..)(?<!by ..)\d{2}([-/])\d{1,2}\1\d{1,2}"
                    r"(?![\d/-])")


# Taiwan's Minguo (民國) years: 114年12月 is December 2025, 民國113年 is 2024 (a 3-digit year 100-130 before 年 that
# no duration word follows or precedes: 有113年历史, 长达120年 are durations; as extract/nonclaims.py reads them)
# (its 1 first, the lookbehinds after it, one character further back: the scan skips to a 1)
ROC = re.compile(r"(1(?<![\d.,]1)(?<!长达1)(?<!历时1)(?<!历经1)(?<!超过1)(?<![达逾近有共已约]1)(?:[0-2]\d|30))(?=\s*年)"
                  r"(?!\s*年\s*(?:历史|来|以来|前|后|间|之久|内|左右|多|余))")
# on a page that is Traditional but writes no form only a Minguo date takes (ROC_DATE), nor one closing its sentence:
# 淡水夠人類喝100年。 is a hundred years' worth (where the page writes 民國113年 or 114年12月, 統計至113年。 is a date)
ROC_OPEN = re.compile(ROC.pattern + r"(?!\s*年\s*[。！？!?])")


# a form only a Minguo date takes: 民國113年, 114年12月, 114 年第四季, 114年全年, 113年度 (建党100年 and 100年一遇 are not)
ROC_DATE = re.compile(r"民[国國]\s*1[0-2]\d\s*年|(?<![\d.,])1[0-2]\d\s*年\s*(?:1[0-2]|0?[1-9])\s*月|"
                      r"(?<![\d.,])1[0-2]\d\s*年\s*(?:第\s*[1-4一二三四]\s*季|全年|度|[上下]半年)")


def find_periods(text: str, low: str, vocab: Vocab, doc_year: int | None, minguo: bool = False,
                 evident: bool = True) -> list[PeriodSpan]:
    """Every period expression of a block, longest first where they overlap (`minguo`: on a page that writes
    Minguo dates (ROC_DATE), its years are read as the Gregorian ones they are: 114 年第四季 is 2025-Q4; the spans
    stay those of the text as written; not `evident`, a Traditional page writing no such form: ROC_OPEN's years)."""
    roc = ROC if evident else ROC_OPEN
    if minguo and "年" in low and roc.search(low):
        shifted, starts = [], []  # the text with 2025 for 114, and where each written year starts
        last = 0
        for m in roc.finditer(low):
            shifted.append(low[last:m.start()] + str(int(m.group(1)) + 1911))
            starts.append(m.start())
            last = m.end()
        shifted.append(low[last:])
        spans = _find_periods("".join(shifted), vocab, doc_year)

        def back(n: int, end: bool) -> int:  # a place in the shifted text -> the same place as written
            k = 0
            for i, a in enumerate(starts):
                if n > a + i + (3 if end else 0):  # (each earlier year is one character longer)
                    k = i + 1
            return n - k
        return [replace(p, start=back(p.start, False), end=back(p.end, True)) for p in spans]
    return _find_periods(low, vocab, doc_year)


# a unit of length, area or weight right after four digits: the number is a size ("1920 square kilometers",
# "1900km2", 1920平方公里), never a year
_UNIT_AFTER = re.compile(r"(?:[多余餘])?(?:\s?[-–—~至到]\s?\d{3,5})?\s?(?:km(?:2|²)?(?![a-z])|sq\.?\s|"
                         r"square\s+(?:kilomet|km\b|met|miles?\b|mi\b|feet\b|foot\b|yards?\b)|meters?\b|metres?\b|feet\b|"
                         r"miles?\b|kilomet|tonnes?\b|hectares?\b|acres?\b|平方|公里|千米|公尺|英尺|公顷|公頃|"
                         r"米(?![\u4e00-\u9fff])|米(?=[至到以左上处處高深长長宽寬厚的地及范範落级級区區段之])|m(?![\w&\-]))")
# (多 or 余 between, or the range's other end: 1900多平方公里, 海拔2000-4500米; not another letter alone, nor 吨
# alone, nor m or 米 opening a word, nor "square" before no unit: "The 2022 FT Global 500 list", "Global 2021 M&A
# volume", "2020 m-commerce", 2023米其林指南, 2023米兰设计周, "In 2019 square footage"; 海拔在2000米至3106米之间,
# "from 2000 m to 4500 m" are heights)


def _find_periods(low: str, vocab: Vocab, doc_year: int | None) -> list[PeriodSpan]:
    found: list[tuple[int, int, str | None, str]] = []
    # the places taken by a time stamp or a period found before (one byte a character: a lookup, not a scan)
    busy = bytearray(len(low) + 1)
    if "-" in low or "/" in low:
        for m in _STAMP.finditer(low):
            busy[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for pat, kind in _forms_to_try(low):
        for m in pat.finditer(low):
            ms, me = m.span()
            if busy.find(1, ms, me) >= 0:  # (every form matches one character or more)
                continue
            got = _build(kind, m, doc_year)
            if got is None:
                continue
            found.append((ms, me, got[0], got[1]))
            busy[ms:me] = b"\x01" * (me - ms)
    found.sort()
    titles = [m.span() for m in WORK_TITLE.finditer(low)] if "《" in low else []
    out = []
    base_words = vocab.cues["period.base_before"]
    for s, e, year, suffix in found:
        if not suffix and e - s == 4 and low[s:e].isdigit() and _UNIT_AFTER.match(low, e):
            continue  # "an area of 1920 square kilometers", "Area: 1900km2": a size, no year
        if titles and low[e:e + 1] != "年" and any(a + 1 < s and e < b for a, b in titles):
            continue  # a number in a work's title is part of its name (《唐探1900》), unless a year opens it
        pre = low[max(0, s - 30):s].rstrip()
        if pre.endswith(_ARTICLES):  # (rstripped: $ is its end, and an article must end it)
            pre = _ARTICLE_END.sub("", pre)
        base = pre.endswith(base_words) and any(pre.endswith(w) and (" " in w or not pre.endswith(("in", "of")))
                                                for w in base_words)  # "than in 2019"
        if base and pre.endswith(("from", "从", "由")) and (".." in suffix or suffix.startswith("Q1-Q")
                                                           or year and ".." in year and _SPAN_TO.search(low, s, e)):
            base = False  # "from January to November 2025", 从1月到11月, "from 1990 to 2015": a span, not a base
            # (not 从1990—2000年的1760万公顷降至…: the decade a change starts from)
        if base and suffix == "M" and pre.endswith(("over", "in")):
            base = False  # "rose 4% over the past month": the month the change ran over
        if pre.endswith("of") and re.search(r"(?:levels?|figures?|that|those)\s+of$", pre):
            base = True
        # (each pattern only where the 50 characters before hold one of the words it needs)
        before = low[max(0, s - 50):s]
        level = bool(_HAS_FROM_WORD.search(before)) and bool(_FROM_LEVEL.search(low, max(0, s - 50), s))
        if level or (_HAS_FIGURE_WORD.search(before) and _ON_THE_FIGURE.search(low, max(0, s - 50), s)):
            base = True  # "up 277.17 GW from 609.49 GW at the end of 2023": the level compared with, and its date
        if pre.endswith("on") and re.search(r"(?:%|percent|per cent|points?|increase|rise|gain|growth|jump|"
                                             r"decrease|decline|drop|fall)\s+on$", pre):
            base = True  # "up 32% on 2019", "down 1.1% on December 2023", "an 18 per cent increase on 2020": the
            # year compared with
        if _COMPARED_PHRASE.search(low, max(0, s - 60), s):
            base = True  # "an increase compared to the number of deaths in 2023": what is compared with, and when
        if pre.endswith(" in") and _EARLIER_EVENT.search(low[max(0, s - 60):s].rstrip()):
            base = True  # "rose to 85,856 tonnes after plummeting in 2019": an earlier event's year
        if _SINCE_AFTER.match(low, e):
            base = True  # 2007年开始公布有关数据以来的历史高点: the year a record runs since, no figure's own
        if _LEVEL_AFTER.match(low, e):
            base = True  # "96% of 2019 levels", 达到2019年水平的98%: the year whose level is compared with
        if year is None and len(suffix) == 2 and suffix.isdigit() and _RELEASE_AFTER.match(low, e):
            continue  # "a November estimate of 244 million hectoliters": when it was published
        if suffix[:2].isdigit() and (_RELEASED_BEFORE.search(low, max(0, s - 30), s) or _RELEASE_CLAUSE.match(low, e)):
            continue  # "an earlier estimate released in January", "a report published on 5 March 2024": when it came
            # out, not what its figures are of (a month or a day; "published in 2023" may be the figures' year)
        if not suffix and year and year.isdigit() and low[e - 1].isdigit() and (
                _TITLE_YEAR_AFTER.match(low, e) or _TITLE_YEAR_BEFORE.search(low, max(0, s - 12), s)):
            continue  # "Global Music Report 2019", 2022全球音乐报告: the release's name, not the figures' period
        fiscal = suffix.startswith("Q") and bool(_FISCAL_WORD.search(low, max(0, s - 10), e))
        out.append(PeriodSpan(s, e, _join(year, suffix), base, level, fiscal))
    return out


# (in a quarter's own span or right before it: "Q4 FY2025", "fiscal Q4 2025", "fiscal fourth-quarter 2025", 第四财季)
_FISCAL_WORD = re.compile(r"fy|fiscal|财")


_MONTHS_AS = {"01..03": "Q1", "04..06": "Q2", "07..09": "Q3", "10..12": "Q4", "01..06": "H1", "07..12": "H2",
              "01..09": "Q1-Q3", "Q1-Q2": "H1", "Q3-Q4": "H2", "01..12": "", "Q1-Q4": "", "H1-H2": ""}


def _join(year: str | None, suffix: str) -> str:
    if not suffix:
        return year or "?"
    suffix = _MONTHS_AS.get(suffix, suffix)  # "the January–March period", 1-3月: the first quarter
    if not suffix:  # January to December, 1-12月, Q1-Q4: the whole year
        return year or "?"
    return f"{year or '?'}-{suffix}"


_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}")  # a period or heading opening with its year


def complete(period: str, v: View, spans: list[PeriodSpan], doc_year: int | None, heading: str | None,
             at: int | None = None) -> str:
    """A period without its year ("?-Q2") takes the year of its sentence, its heading or the document."""
    if not period.startswith("?-") or period in (UNNAMED_MONTH, YEAR_TO_DATE):
        return period
    if period in RELATIVE:
        return _relative(period, v, spans, doc_year, heading)
    # (never a comparison base's: "截至1月底，外汇储备…较去年12月底增加": 1月底 is not last year's)
    dated = [p for p in spans if _YEAR_FIRST.match(p.period) and not p.base]
    # the sentence's year before the figure, else the nearest in the paragraph before ("今年第3季… 戴尔在第3季
    # 年增2.6%，从去年同期的14.2%…": not the year of 去年同期 after it), else one after it in the sentence
    at = v.s if at is None else at  # where the period without its year is written
    years = [p for p in dated if v.ss <= p.start < at][:1]
    # (before the sentence, not the same period a year back: "…,去年同期为-66.86亿。第四季度营收736.96亿元" is the
    # page's year's fourth quarter, not last year's)
    years = years or [p for p in dated if p.end <= v.ss and not _looks_back(v.low, p.start, p.end)][-1:] or \
        [p for p in dated if v.ss <= p.start < v.se and not _looks_back(v.low, p.start, p.end)][:1]
    if years:
        return years[0].period[:4] + period[1:]
    if heading and _YEAR_FIRST.match(heading):
        return heading[:4] + period[1:]
    if doc_year:
        return f"{doc_year}{period[1:]}"
    return period


# (a period named as the same one a year back, the base a figure is compared with: 去年同期, "the same period last
# year", "a year earlier"; not 去年 alone, which a page dated in January writes for the year it reports)
_LOOKS_BACK = re.compile(r"(?:去年|上年)同期|the same (?:period|quarter) (?:of |in )?(?:last|the previous) year|"
                         r"a year (?:earlier|ago|before)")
# (or the same period of a year it names: 2022年同期, "the same period of 2022", "the same quarter in 2022")
_SAME_PERIOD_OF = re.compile(r"the same (?:period|quarter|months?) (?:of|in) $")
_SAME_PERIOD_AFTER = re.compile(r"\s*(?:年)?\s*同期")


def _looks_back(low: str, s: int, e: int) -> bool:
    """The period spanning low[s:e] is named as the same one a year back (_LOOKS_BACK, _SAME_PERIOD_OF)."""
    return bool(_LOOKS_BACK.match(low, s) or _SAME_PERIOD_AFTER.match(low, e) or
                _SAME_PERIOD_OF.search(low, max(0, s - 30), s))


def _relative(period: str, v: View, spans: list[PeriodSpan], doc_year: int | None, heading: str | None) -> str:
    """"36% in Q1, below the 36.6% of the previous quarter" (2024-Q4 when Q1 is 2025's), 上一季, "a year
    earlier", "for the year", 当季: the sentence's own period (else the paragraph's last before it), shifted
    or taken as it is; the marker itself when the block names none (the caller looks further back)."""
    own = [p for p in spans if v.ss <= p.start < v.se and not p.base and p.period not in RELATIVE
           and p.period != "?" and p.start < v.s]
    if period == "?-now":  # (到了2050年,…将从当前的4700万人: now is not the year aimed at)
        own = [p for p in own if not _AIMED_AT.search(v.low, max(0, p.start - 8), p.start)]
    if not period.startswith(("?-this", "?-now")):  # "for the year", 全年, 目前, "currently" refer back: never to a
        # year written after them ("目前全球有4700万人,到2050年将达到1.32亿人": 2050 is the later figure's)
        own = own or [p for p in spans if v.ss <= p.start < v.se and not p.base and p.period not in RELATIVE
                      and p.period != "?"]
    own = own or [p for p in spans if p.end <= v.ss and not p.base and p.period not in RELATIVE][-1:]
    ref = complete(own[-1].period, v, spans, doc_year, heading, own[-1].start) if own else (heading or "")
    return shift(period, ref, bool(own) and own[-1].fiscal) or period


_QUARTER_REF = re.compile(r"\d{4}-Q[1-4]")
_AIMED_AT = re.compile(r"(?:\bby|\buntil|到了?|至)\s*$")
_CROP_REF = re.compile(r"(\d{4})/(\d{2})")  # a season or crop year: 2024/25
_REF = re.compile(r"(\?|\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?")  # a period a relative one is read against


def is_season(p: str) -> bool:
    """A crop or marketing year: 2024/25."""
    return bool(_CROP_REF.fullmatch(p))


_FY_REF = re.compile(r"FY(\d{4})")


def shift(marker: str, ref: str | None, fiscal: bool = False) -> str | None:
    """A relative or anaphoric period read against the period it refers to: ("?-prev-Q", "2025-Q1") →
    "2024-Q4"; ("?-this-Y", "2024-Q3") → "2024"; None when ref cannot say. `fiscal`: ref is a fiscal year's
    quarter ("Q4 FY2025 revenue … Full-year revenue", 2025财年第四财季…全年): the year is that fiscal year (FY2025)."""
    if fiscal and marker == "?-this-Y" and ref and _QUARTER_REF.fullmatch(ref):
        return "FY" + ref[:4]
    crop = _CROP_REF.fullmatch(ref or "")
    if crop and marker in ("?-prev-Y", "?-prev-S"):  # "in the previous season", after 2024/25: 2023/24
        return f"{int(crop.group(1)) - 1}/{(int(crop.group(2)) - 1) % 100:02d}"
    if marker == "?-prev-S":
        return None  # (a season before a year or a quarter: which one, the text does not say)
    fy = _FY_REF.fullmatch(ref or "")
    if fy and marker in ("?-prev-Y", "?-next-Y"):  # "the previous year" after the year ended March 31, 2024: FY2023
        return f"FY{int(fy.group(1)) + (1 if marker == '?-next-Y' else -1)}"
    m = _REF.fullmatch(ref or "")
    if not m:
        return None
    year, part = m.group(1), m.group(2)
    if marker == "?-prev-Q":
        if not part or not part.startswith("Q"):
            return None
        q = int(part[1])
        if q > 1:
            return f"{year}-Q{q - 1}"
        return f"{int(year) - 1}-Q4" if year != "?" else "?-Q4"
    if marker == "?-prev-Y":
        if year == "?":
            return None
        return f"{int(year) - 1}-{part}" if part else str(int(year) - 1)
    if marker == "?-next-Y":  # (a year: "the following year" after Q2 2023 is 2024)
        return None if year == "?" else str(int(year) + 1)
    if marker == "?-prev-M":
        if not part or not part.isdigit():
            return None
        if int(part) > 1:
            return f"{year}-{int(part) - 1:02d}"
        return f"{int(year) - 1}-12" if year != "?" else "?-12"
    if marker == "?-this-Y":
        return None if year == "?" else year
    if marker == "?-this-Q":
        return ref if part and part.startswith("Q") else None
    if marker == "?-this-H":
        return ref if part and part.startswith("H") else None
    return ref  # "?-this-P": "during the period"


def in_brackets(text: str, s: int) -> bool:
    """Position s sits inside an open bracket: "(68.9 million in Q4 2023)"."""
    opens, closes = _brackets(text)
    opened = _last_before(opens, s)
    return opened >= 0 and _last_before(closes, s) < opened


def dates_a_span(text: str, s: int, e: int) -> bool:
    """The span sits in brackets holding dates alone right after a span of time they date (春运40天(2025年1月14日至
    2月22日), "the holiday (Jan 28-Feb 4)"): when that span was, the period of what the sentence says."""
    enclosed = enclosure(text, s, e)
    return enclosed is not None and bool(_DEFINED.search(text, max(0, enclosed[0] - 12), enclosed[0])) and \
        bool(_DATES_ONLY.fullmatch(text, enclosed[0] + 1, enclosed[1]))


def _parenthesised(text: str, s: int, e: int, fs: int) -> bool:
    """The span sits in parentheses that do not hold the figure at fs, and do not say when the span of time
    before them was (春运40天(2025年1月14日至2月22日), "the holiday (Jan 28-Feb 4)": the sentence's period)."""
    enclosed = enclosure(text, s, e)
    return enclosed is not None and not (enclosed[0] < fs < enclosed[1]) and \
        not (_DEFINED.search(text, max(0, enclosed[0] - 12), enclosed[0]) and
             _DATES_ONLY.fullmatch(text, enclosed[0] + 1, enclosed[1]))


# what such a bracket holds: dates alone (not "（2019年同期为7.82亿人次）", a base and its figure)
_DATES_ONLY = re.compile(r"[\d\s年月日号號至到~—–/.,，、-]+")
# a span of time a bracket after it dates: 40天, 8天假期, 春运, 黄金周, "the holiday" (not "season (July/June)":
# the months a season runs, not when)
_DEFINED = re.compile(r"(?:\d+\s*(?:天|日|周|週|个月|個月)|期间|期間|假期|长假|長假|黄金周|黃金周|春运|春運|"
                      r"(?<![a-z])(?:days|holidays?|festival))\s*$", re.I)
# an episode a bracket of dates after it dates, in the figure's own phrase: "68% during the third event (2014-2017)",
# "40% during the drought (2019-2021)"
_EPISODE = re.compile(r"(?:事件|(?<![a-z])(?:events?|episodes?|drought|outbreak|epidemic|pandemic|crisis|wave))\s*$",
                      re.I)


@functools.lru_cache(maxsize=4096)
def enclosure(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The parentheses the span [s, e) of a text sits in: (where they open, where the first bracket closing at
    or after e is, else the text's end); None outside any. Read once per period (each figure of its block asks
    _parenthesised about it): a pure function of the text and the span."""
    opens, closes = _brackets(text)
    opened = _last_before(opens, s)
    if opened < 0:
        return None
    if _last_before(closes, s) > opened:
        return None
    k = bisect.bisect_left(closes, e)
    return opened, closes[k] if k < len(closes) else len(text)


_OPEN = re.compile(r"[(（]")
_CLOSE = re.compile(r"[)）]")


@functools.lru_cache(maxsize=256)
def _brackets(text: str) -> tuple[list[int], list[int]]:
    """Where a text opens and closes round brackets (half or full width), in order: found once per text (its
    figures and periods ask of many places)."""
    return [m.start() for m in _OPEN.finditer(text)], [m.start() for m in _CLOSE.finditer(text)]


def _last_before(at: list[int], s: int) -> int:
    """The last position of `at` (sorted) before s, or -1."""
    k = bisect.bisect_left(at, s)
    return at[k - 1] if k else -1


# a period joined to the figure by 的 ("从2021年的154%降至…"): the figure is that period's, even a rate
# a change word between a base and the figure ("较去年12月底增加412亿美元"): the figure is the change, later than
# the base, even where it is read as an amount added
_CHANGED = re.compile(r"增加|增长|上升|上涨|下降|减少|下跌|回落|升|降|(?<![a-z])(?:rose|fell|up|down|increased?|"
                      r"decreased?|grew|declined?)(?![a-z])")
_OWN_BASE = re.compile(r"\s*(?:同期|年底|年末|底)?\s*(?:的|之|'s|’s)\s*")


def _dates_another(v: View, p: PeriodSpan) -> bool:
    """The period is written right after another figure ("rose from 36 percent in Q4 2024 to 36.9 percent"): it
    dates that one."""
    return any(fe <= p.start and fs != v.s and _RIGHT_AFTER.match(v.low[fe:p.start]) for fs, fe in v.spans)


def period_of(v: View, spans: list[PeriodSpan], doc_year: int | None, heading: str | None,
              header: str | None = None, change: bool = False, flow: bool = False) -> str | None:
    """The figure's period; `flow`: the figure measures a year's flow (revenue, profit, deliveries), so a date it is
    given "as of" that is the year's last day is the year (截至2023年12月31日,公司整体收入为414.53亿元: 2023)."""
    got = _period_of(v, spans, doc_year, heading, header, change)
    if flow and got and got.endswith("-12 (as of)") and \
            any(got.startswith(next(g for g in m.groups() if g)) for m in _YEAR_END.finditer(v.low, v.ss, v.se)):
        return got[:4]
    # (_parallel_change read only where it matters: most figures start no change)
    if got and starts_change(v) and _parallel_change(v, spans) is None and not _dated_right_after(v, spans) \
            and not _NOT_BEFORE.search(v.low, v.ss, v.se):
        # "Samsung's share fell from 38.6 percent to 34.4 percent in the first quarter": the period dates the
        # level reached; the one it started from is the period before, or the year a sentence before compared with
        return compared_year_before(spans, v.ss, got) or change_start(v, got) or got
    return got


COMPARED_REACH = 40  # how far before the sentence the year compared with may end (characters): the sentence before


def compared_year_before(spans: list[PeriodSpan], ss: int, got: str) -> str | None:
    """The year the sentence before named as a comparison base near its end (比1990年, "compared with 1990"),
    for a change read in a year (not a month's: "compared to 2022. December's GGR was up 15.8% month-on-month from
    MOP16.04bn"), when it comes before the figure's period `got`: where a change the sentence reads starts ("但比1990年已
    大幅下降。其中…已从1260万下降到540万": 1260万 is 1990's)."""
    years = [p.period for p in spans if p.base and ss - COMPARED_REACH <= p.end <= ss and p.period.isdigit()]
    return years[-1] if years and got.isdigit() and years[-1] < got else None


def change_start(v: View, got: str) -> str | None:
    """The period a change read in `got` starts from: a year back when the sentence compares on the year, else
    the quarter before a quarter, the year before a year; None for other periods."""
    yoy = _YOY.search(v.low, v.ss, v.se)
    if re.fullmatch(r"(?:\d{4}|\?)-Q[1-4]", got):
        return shift("?-prev-Y" if yoy else "?-prev-Q", got)
    if re.fullmatch(r"\d{4}|FY\d{4}", got):
        return shift("?-prev-Y", got)
    if re.fullmatch(r"\d{4}-\d{2}", got) and (yoy or _MOM.search(v.low, v.ss, v.se)):
        # "December's GGR was up 15.8% month-on-month from MOP16.04bn to MOP18.56bn": November's; a month
        # compared on the year starts from that month a year back (a change that says neither may be no change
        # in time: "from 80% on weekdays to 95% at weekends")
        return shift("?-prev-Y" if yoy else "?-prev-M", got)
    return None


# a figure a change starts from: "from 38.6 percent to 34.4 percent", 从38.6%降至34.4%, 由5%升至6%
_FROM_BEFORE = re.compile(r"(?=[f从從由])(?:\bfrom|从|從|由)\s*(?:(?:the\s+)?same\s+period'?s?\s+|同期\s*的?\s*)?(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£¥]?\s*$")
_TO_AFTER = re.compile(r"\s*(?:(?!per\b|a\b)[a-z%]+\s*){0,2}?(?:\bto|(?:[降升增跌]|增加|增长|减少|下降|上升|提高)?[至到])"
                       r"\s*(?:about\s+|around\s+|nearly\s+)?[$€£¥]?\s*$")
# a target or forecast revised ("raised its 2026 target from 10 million to 11 million"), a span of years ("since
# 2015", "between 2019 and 2023", "over the past decade"), a range ("ranged from $5 to $7"): where a change or
# range starts is no period before
_NOT_BEFORE = re.compile(r"\b(?:targets?|guidance|forecasts?|outlook|expect\w*|project\w*|estimates?|since|between|"
                         r"decade|over the (?:past|last)|years? to|rang(?:ed|ing|es?)|var(?:ied|ies|y|ying)|by (?:19|20)\d{2})\b"
                         r"|目标|目標|预期|預期|预计|預計|预测|預測|以来|以來|不等|之间|之間|期间|期間|[到至]\s*(?:19|20)\d{2}\s*年")
_CHANGE_ENDS = ("from", "从", "從", "由", "to", "至", "到")  # one of them in every match of _FROM_BEFORE or _TO_AFTER
_HAS_CHANGE_END = re.compile("|".join(_CHANGE_ENDS))  # (one search for any of them)
_MOM = re.compile(r"month[- ](?:on|over)[- ]month|\bmom\b|m/m|from the previous month|a month (?:earlier|ago|before)|"
                  r"环比|按月|月增|月减")
_YOY = re.compile(r"year[- ](?:on|over)[- ]year|\byoy\b|a year (?:earlier|ago|before)|同比|年增|年减|年減|去年同期")


# "rose 3.25 per cent month-on-month from 5.85 million tonnes", "grew 2.7% from 5.737 million tonnes": the figure
# right after "from" (no "to" after it) is the level the change is measured against
_BASE_MARKER = {"mom": "?-prev-M", "qoq": "?-prev-Q", "yoy": "?-prev-Y"}


def base_level(v: View, base: str | None, got: str | None) -> str | None:
    """The period of a level a change on `base` starts from, the figure right after the change and "from"
    ("fell 3.7% month-on-month from 6.12 million tonnes" in November: October's); None where the figure is not
    one, or the change's period cannot say."""
    if base not in _BASE_MARKER or not got or not _FROM_BEFORE.search(v.low, max(v.ss, v.s - 16), v.s) or \
            starts_change(v):
        return None  # ("from 38.6% to 34.4%": starts_change reads that one)
    marker = _BASE_MARKER[base]
    if marker == "?-prev-Y" and not re.fullmatch(r"\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}))?", got):
        return None
    return shift(marker, got)


def starts_change(v: View) -> bool:
    """The figure is where a change starts ("from 38.6% to 34.4%"), not its end or a range's bound."""
    if not _FROM_BEFORE.search(v.low, max(v.ss, v.s - 12), v.s):
        return False
    nxt = [s for s, _ in v.spans if s >= v.e and s <= v.ce + 1]
    return bool(nxt) and bool(_TO_AFTER.fullmatch(v.low, v.e, min(nxt)))


def ends_change(v: View, to_alone: bool = False) -> bool:
    """The figure is where a change ends: a figure that starts one right before it ("from 280,000 to 53,000"),
    or (`to_alone`) any "to" right before it ("fell 5 points between 2019 and 2021 to 81%", 降至81%)."""
    if to_alone and _TO_BEFORE.search(v.low, max(v.ss, v.s - 64), v.s):
        return True
    prev = [(s, e) for s, e in v.spans if v.ss <= s and e <= v.s]
    return bool(prev) and bool(_TO_AFTER.fullmatch(v.low, prev[-1][1], v.s)) and \
        bool(_FROM_BEFORE.search(v.low, max(v.ss, prev[-1][0] - 16), prev[-1][0]))


# a change's verb and "to" right before a figure: "fell 5 points between 2019 and 2021 to 81%", 增长到8亿, 降至
# (not "amounted to", "compared to", "paid 5 million yuan to 300 workers")
_TO_BEFORE = re.compile(r"(?:\b(?:r[io]s[ei]n?|fell|fall(?:en|s)?|grew|grow[ns]?|(?:increas|decreas|declin|climb|jump|surg|"
                        r"plung|plummet|soar|slipp|slid|dropp|shrunk|shrank|reduc|cut|rais|lower|boost|expand|dipp|edg)"
                        r"\w*)\b[^,.;:]{0,48}?\bto|(?:[降升增减跌涨]|增长|增加|下降|下滑|降低|提高|提升|上升|减少|回落|攀升|"
                        r"扩大|缩小|增長|減少|擴大|縮小|下跌|上漲)[至到])\s*(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£¥]?\s*$")


YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\.\.(?:19|20)\d{2}")  # a span of years as period_of writes it: 1990..2015


def change_over_span(v: View, spans: list[PeriodSpan], per: str) -> bool:
    """The span of years `per` is written in the figure's sentence as its change's ("between 1990 and 2015", "from
    2019 to 2023", 1990年至2015年): not a heading's or another sentence's, not a plan's (2021-2025年规划, "the
    2021-2025 plan"), not a cohort's ("born between 1980 and 1995"), and the change is no rate a year or on average
    ("grow 4% a year", 年均增长11.3%, "a compound annual growth rate of 47.5%")."""
    low = v.low
    if not YEAR_SPAN.fullmatch(per) or _ANNUAL_RATE.search(low, max(v.cs, v.s - 16), min(v.ce, v.e + 16)):
        return False
    for p in spans:
        if p.period != per or not v.ss <= p.start < v.se:
            continue
        if not (_SPAN_TO.search(low, p.start, p.end) or low.startswith("between", p.start)
                or _SPAN_FROM.search(low, max(v.ss, p.start - 6), p.start)):
            continue
        if _COHORT_BEFORE.search(low, max(v.ss, p.start - 16), p.start) or _PLAN_AFTER.match(low, p.end):
            continue
        return True
    return False


def level_in_span(v: View, per: str) -> str:
    """A level dated by a span of years: the span's first year where a change starts from it, its last where a
    change ends at it ("from 280,000 to 53,000 … between 2005 and 2024"; "fell 5 points … to 81%") or a "when"
    clause right after "to 2022" speaks of it ("from 2019 to 2022, when it reached 9.1%"); else the span."""
    if not YEAR_SPAN.fullmatch(per):
        return per
    if starts_change(v):
        return per[:4]
    if ends_change(v, True) or _WHEN_BEFORE.search(v.low, max(v.ss, v.s - 60), v.s):
        return per[-4:]
    return per


_SPAN_FROM = re.compile(r"(?:\bfrom|从|從|由)\s*$")
_COHORT_BEFORE = re.compile(r"\b(?:born|aged|built|made|founded|published)\s+(?:in\s+)?$")
_PLAN_AFTER = re.compile(r"\s*(?:年?\s*(?:规划|規劃|计划|計劃|期间|期間)|\s*(?:five-year\s+)?plan\b)")
_ANNUAL_RATE = re.compile(r"\b(?:a|per|each|every) year\b|\bannual(?:ly|i[sz]ed)?\b|\bcagr\b|\bcompound|\baverag|"
                          r"\bper annum\b|\byearly\b|年均|每年|年复合|复合(?:年)?增长|平均")
# (not one after "between 2010 and 2020, when …": the whole span's)
_WHEN_BEFORE = re.compile(r"(?:\bto\s+(?:19|20)\d{2}|[至到]\s*(?:19|20)\d{2}\s*年?)\s*(?:,\s*when\b[^,.;]*|[,，]\s*(?:当时|届时)"
                          r"[^，,。；]*)$")


def _parallel_change(v: View, spans: list[PeriodSpan]) -> PeriodSpan | None:
    """"SK hynix's share rose from 36% in Q4 2024 to 36.9% in Q1 2025, while Samsung's fell from 38.6% to
    34.4%", 从去年第四季的36%上升到今年第一季的36.9%，三星则从38.6%降至34.4%: a change with no period of its
    own, after a change whose two ends were dated, runs between the same two periods."""
    before = v.low[max(v.ss, v.s - 16):v.s]
    if not _HAS_CHANGE_END.search(before):  # (what every match of the two patterns holds)
        return None
    if not _FROM_BEFORE.search(v.low, max(v.ss, v.s - 16), v.s) and not _TO_AFTER.search(v.low, max(v.ss, v.s - 16), v.s):
        return None
    start = starts_change(v)
    if not start and not ends_change(v):
        return None
    held = [p for p in spans if v.ss <= p.start and p.end <= v.s and p.period not in RELATIVE
            and _held_by_another(v, p)]  # (a base too: 从2024年第三季的20%)
    if len(held) < 2 or held[-2].period == held[-1].period:
        return None
    first, second = held[-2], held[-1]
    if not re.search(r"\bto\b|至|到", v.low[first.end:second.start]):
        return None  # the two dated figures before are no change from one to the other
    if _LATER_OR_EARLIER.search(v.low, second.end, v.s):
        return None  # "…, and the company expects it to grow from $6bn to $8bn", 此前曾从3.5%升至5.2%
    return first if start else second


_LATER_OR_EARLIER = re.compile(r"\b(?:expect\w*|forecast\w*|project\w*|targets?|will|would|earlier|previously|having|"
                               r"before|once)\b|此前|之前|曾|预计|預計|预期|預期|目标|目標|将|將")


def _dated_right_after(v: View, spans: list[PeriodSpan]) -> bool:
    """A period written right after the figure dates it ("from 36 percent in the fourth quarter of 2024")."""
    return any(v.e <= p.start <= v.we + 40 and _RIGHT_AFTER.match(v.low[v.e:p.start]) for p in spans) or \
        any(p.end <= v.s and v.ws <= p.start and _OWN_BASE.fullmatch(v.low, p.end, v.s) for p in spans)


_START = operator.attrgetter("start")


# a period, then a relative clause of that time: "compared to 2022, when they amounted to …", "since January 2020,
# when GGR stood at …"
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:when|at which time|at that time)\b")
_CLAUSE_BREAK = re.compile(r"[,;:.()]|\b(?:and|but|while|whereas)\b")


def _when_clause(v: View, near: list[PeriodSpan]) -> PeriodSpan | None:
    """The period a "when" clause holding the figure follows (no other figure, period or clause between them)."""
    before_figure = v.low[max(v.ss, v.s - 80):v.s]
    if "when" not in before_figure and "at which" not in before_figure and "at that" not in before_figure:
        return None
    before = [p for p in near if p.end <= v.s]
    if not before:
        return None
    p = before[-1]
    if ".." in p.period or any(v.e <= q.start < v.ce for q in near):
        # "from 2019 to 2022, when it reached 9.1%": the end of a span, which the span does not say; "since 2020,
        # when it hit 14.7% in April": the figure's own period after it says more
        return None
    m = _WHEN_AFTER.match(v.low, p.end)
    if m is None or v.s - m.end() > 60 or _CLAUSE_BREAK.search(v.low, m.end(), v.s) or \
            any(m.end() <= s < v.s for s, _ in v.spans):
        return None
    return p


def _period_of(v: View, spans: list[PeriodSpan], doc_year: int | None, heading: str | None,
               header: str | None = None, change: bool = False) -> str | None:
    # the periods of the figure's sentence: every window read below but the last lies inside it (`spans` are in
    # order of start, as find_periods gives them: the sentence's are a run of them, found by bisection)
    before_sentence = bisect.bisect_left(spans, v.ss, key=_START)
    near = spans[before_sentence:bisect.bisect_right(spans, v.se, before_sentence, key=_START)]
    own = [p for p in near if p.base and v.ws <= p.start and p.end <= v.s and not _figure_between(v, p)
           and not _dates_another(v, p) and not CHANGE_TO.search(v.low, p.end, v.s)]
    # "相较于去年同期的6,930万台", "up from 12.1 million in Q1 2024": the base is this figure's own period; a change
    # against a base ("相较2023年成长21%") is a figure of the later period, unless joined to it (2021年的154%)
    if own and (not (change or _CHANGED.search(v.low, own[-1].end, v.s)) or
                _OWN_BASE.fullmatch(v.low, own[-1].end, v.s)):
        return _as_of(complete(own[-1].period, v, spans, doc_year, heading, own[-1].start), v, own[-1])

    aside: dict[int, bool] = {}  # id of a period -> whether it sits in brackets without the figure (read once)

    def apart(p: PeriodSpan) -> bool:
        """_parenthesised for this figure, once per period (the windows below are nested: they ask again)."""
        got = aside.get(id(p))
        if got is None:
            got = aside[id(p)] = _parenthesised(v.text, p.start, p.end, v.s)
        return got

    def usable(a: int, b: int, among: list[PeriodSpan] = near) -> list[PeriodSpan]:
        """The periods inside [a, b) that may date the figure: no base, no aside in brackets that leaves it out
        (read among those of the sentence, unless told)."""
        return [p for p in among if a <= p.start and p.end <= b and not p.base and not apart(p)]

    def since_base() -> bool:
        """A change since a year, said in its clause or in a phrase opening its sentence, no figure between."""
        return change and since_year(v.low, v) is not None

    unit_brackets = _UNIT_BRACKETS.match(v.low, v.we)  # ("12.4 million barrels per day (b/d) in 2023")
    reach = unit_brackets.end() + 24 if unit_brackets else v.we
    right = [p for p in near if (v.e <= p.start <= reach and _RIGHT_AFTER.match(v.low[v.e:p.start])
                                 or p.period == "?-prev-Y" and v.e <= p.start <= v.e + 2 and
                                 not v.low[v.e:p.start].strip())  # ("a profit of $433 million the year before")
             and (not p.base or p.level)
             and not apart(p)]
    if not right and (resp := _RESPECTIVELY.match(v.low, (run := _run(v))[-1][1])):
        # "compared to 480 and 663, respectively, in 2022": the period after "respectively" dates each figure
        # of the run it closes; "4% and 5%, respectively, in 2021 and 2022": as many periods, one each in turn
        first = [p for p in near if resp.end() <= p.start <= resp.end() + 24
                 and _RIGHT_AFTER.match(v.low[resp.end():p.start]) and not p.base and not apart(p)][:1]
        listed = first
        for p in (near if first else ()):
            if p.start >= listed[-1].end and _RUN_GAP.fullmatch(v.low, listed[-1].end, p.start) and not p.base:
                listed = listed + [p]
        if len(listed) == 1:
            right = listed
        elif len(listed) == len(run):
            right = [listed[run.index((v.s, v.e))]]
    if not right:  # "68% during the third event (2014-2017)": brackets right after the figure's phrase dating the
        # span of time it names
        right = [p for p in near if v.we <= p.start <= v.we + 2 and _OPENS.fullmatch(v.low, v.we, p.start)
                 and not p.base and _EPISODE.search(v.low, max(v.e, v.we - 16), v.we)
                 and v.low[p.end:p.end + 1] in (")", "）")  # (brackets holding the dates alone)
                 and not _NOT_ITS_SPAN.search(v.low, v.cs, p.start)]
    if right:  # "36.9 percent in the first quarter of 2025", "12%（2024年）": the period right after the figure
        # (also when it dates a level compared with: "from 36% in Q4 2024", "from 609.49 GW at the end of 2023")
        return _as_of(complete(right[0].period, v, spans, doc_year, heading, right[0].start), v, right[0])
    when = _when_clause(v, near)
    if when is not None:  # "compared to 2022, when they amounted to MOP 42.20 billion": the period "when" follows
        return _as_of(complete(when.period, v, spans, doc_year, heading, when.start), v, when)
    for a, b in ((v.ws, v.we), (v.cs, v.ce), (v.ss, v.se)):
        inside = usable(a, b)
        if (a, b) == (v.ss, v.se):  # "保持了上一季度的排名，三者合计占65%": a relative period elsewhere in the
            # sentence dates what it is next to; an anaphoric one ("… (1,711 vessels) for the year, with a share of
            # 70%") scopes its whole sentence
            inside = [p for p in inside if p.period not in RELATIVE or p.period in ANAPHORIC]
        # the nearest before the figure, else the first after it (the periods read only up to the one picked)
        pick = next((p for p in reversed(inside) if p.end <= v.s and not _held_by_another(v, p)
                     and not _dates_a_base_before(v, p)), None)
        if pick is None and not since_base():
            # (a change since a year runs to now: "a reduction of 20 million since 2020, reversing a spike between
            # 2016 and 2020" is not dated by a period after it)
            pick = next((p for p in inside if p.start >= v.e and not _dates_a_compared(v, p)
                         and not _expected_later(v, p) and not _RELATIVE_CLAUSE.search(v.low, v.e, p.start)
                         and not _target_of_another(v, p, doc_year)), None)
        if pick is not None:
            return _as_of(complete(pick.period, v, spans, doc_year, heading, pick.start), v, pick)
    parallel = _parallel_change(v, spans)  # (read only here: the windows above date most figures)
    if parallel is not None:
        return _as_of(complete(parallel.period, v, spans, doc_year, heading, parallel.start), v, parallel)
    if header:
        return header
    # "… orders of 46.45 million CGT for the year. South Korean shipyards had 10.98 million": an anaphoric
    # period the paragraph named before holds on (the caller reads it against the paragraphs before)
    # (a level compared with is dated too: "rose from 36% in Q4 2024 to 36.9% in Q1 2025" names two periods)
    # (only those ending before the sentence are read: the periods after it are not asked about)
    ahead = spans[:before_sentence]  # (a period ending before the sentence starts before it)
    named = usable(0, v.ss, ahead) + [p for p in ahead if p.level and p.end <= v.ss]
    earlier = [p for p in named if p.period not in RELATIVE or p.period in ANAPHORIC]
    dated = [p for p in earlier if not p.period.startswith("?")]
    if dated and len({p.period for p in dated}) == 1:
        # a month or quarter without its year beside it ("IDC's February forecast") does not unseat it
        earlier = dated
    if len({p.period for p in earlier}) == 1:
        # "In Q3 2025 shipments grew 6.8%. Lenovo's rose 17%.": the one period the paragraph has named so far
        return _as_of(complete(earlier[-1].period, v, spans, doc_year, heading, earlier[-1].start), v, earlier[-1])
    return heading


# "rose 16 percent from a year earlier to 4.42 million": the figure after "to" is where the change ended, not
# the base it started from
CHANGE_TO = re.compile(r"\bto\b|至|到")
_ATTACHED = re.compile(r"\s*(?:同期|年底|年末|底)?\s*(?:的|之|'s|’s|at|of|was|were|is|stood at|:|：)?\s*$")


def _held_by_another(v: View, p: PeriodSpan) -> bool:
    """"从去年同期的14.2%下降到13.3%", "from Q4 2024's 36% to 36.9%": a period attached to an earlier figure
    of the sentence dates that figure, not the ones after it."""
    nxt = [s for s, _ in v.spans if p.end <= s < v.s]
    if nxt and _ATTACHED.match(v.low[p.end:min(nxt)]):
        # (but not one of a clause of its own after it, which names no change and no other time: "consumption in
        # 2021 was 4.18 million kl, and China's was 36 million kl" dates both; "was 36% in Q4, rising to 40%",
        # "…, and Acme expects 5 million", "…, but Acme now holds 35%" only the first)
        # (nor a year its figure is measured against: "恢复至2019年的91.9%，…的93.9%")
        held_end = next(e for s, e in v.spans if s == min(nxt))
        return not (held_end <= v.ws and not _CHANGED_TO.search(v.low, held_end, v.s)
                    and not _AGAINST_BEFORE.search(v.low, max(0, p.start - 8), p.start)
                    and not _OTHER_TIME.search(v.low, held_end, v.we))
    prev = max(((s, e) for s, e in v.spans if e <= p.start and s < v.s and (s, e) != (v.s, v.e)), default=None)
    if prev is None:
        return False
    fs, fe = prev  # (the figure nearest before the period)
    if (_FEW_WORDS.fullmatch(v.low, fe, p.start) or _RIGHT_AFTER.match(v.low[fe:p.start])) and \
            _FROM_BEFORE.search(v.low, max(v.ss, fs - 16), fs) and CHANGE_TO.search(v.low, p.end, v.s):
        return True  # ("rose from 17% in April to 35% in August": April dates the 17%, the change runs on to 35%;
        # not "fell 5% in April to 20 million units": the level reached in April)
    # "from 14.2% a year earlier to 13.3%": a relative period right after an earlier figure dates that one
    if p.period not in RELATIVE:
        return False
    # (after a comma a Chinese period opens the next clause, whose figure it dates: "第四季为66亿美元,全年达250亿美元")
    return not v.low[fe:p.start].strip(" ,") and \
        not ("," in v.low[fe:p.start] and "\u4e00" <= v.low[p.start:p.start + 1] <= "\u9fff")


_FEW_WORDS = re.compile(r"\s*(?:[a-z]+\s+){0,4}")  # ("from 1.2 million units in January", "from 16.8% at the end of April")
_CHANGED_TO = re.compile(r"\b(?:to|rising|falling|climbing|dropping|up|down|compared|versus|vs|than|from)\b"
                         r"|至|到|较|比|增|降|升|减|涨|跌|高于|低于|超过|不及")


# a clause of another time than the period before it: now, a forecast, a target
_OTHER_TIME = re.compile(r"\b(?:now|today|currently|presently|expects?|expected|forecasts?|projects?|projected|targets?|"
                         r"plans?|aims?|will|would|could|may|might|should|estimates?)\b|目前|现在|如今|预计|预期|目标|计划|将|有望")
_AGAINST_BEFORE = re.compile(r"(?:恢复|回升|回到|相当于|是|为|达|達|至|到|较|比|从|從|由|\bthan|\bfrom|\bversus|"
                             r"\bvs\.?)\s*(?:the\s+)?$")


_COMPARED = re.compile(r"\b(?:compared (?:to|with)|versus|vs\.?|than|from|against|relative to|above|below|"
                       r"(?:surpass|exceed|top|beat)(?:ed|ing|s)?|(?:previous|prior|former|old) (?:record|high|peak|best)"
                       r"(?: of)?)\s+(?:the\s+|a\s+|its\s+)?[^\s]*$"
                       r"|(?:较|比|相较|相比|对比|從|从|由)\s*(?:于|於)?\s*[^\s]*$")


_MODAL_NEAR = re.compile(r"\b(?:may|might|could|will|would|should|expects?|expected|forecasts?|projects?|likely|set to)\b|可能|将|將|预计|預計|有望|或将|或將")


# a change since a year: "since 2020", "since the end of 2020", 自2020年以来 (not a record since one, "its highest
# since 2007", "the first increase since 2015", 2007年以来最高; nor 自2025年起, a start date)
_SINCE_YEAR = re.compile(r"\bsince\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?((?:19|20)\d{2})\b(?!\d|[,.]\d)|"
                         r"(?:自|從|从)?\s*((?:19|20)\d{2})\s*年?\s*(?:以来|以來)(?!\s*的?\s*(?:最|首次|新高|新低|历史|歷史))|"
                         # "since the Global Polio Eradication Initiative (GPEI) began in 1988": since a thing began
                         r"\bsince\s+(?:the\s+)?(?:[\w\-]+\s+){0,6}?(?:\([^()]{1,16}\)\s+)?(?:began|started|was\s+(?:founded|"
                         r"launched|created|established|set\s+up|formed)|came\s+into\s+(?:force|effect)|took\s+office)\s+"
                         r"in\s+((?:19|20)\d{2})\b(?!\d|[,.]\d)")
_RECORD_BEFORE = re.compile(r"\b(?:the|its|their|a|an|his|her)\s+(?:[a-z]+est|most|least|best|worst|first|record|biggest)"
                            r"(?:\s+[a-z\-]+){0,2}\s*$")


def end_year(per: str) -> int | None:
    """The year a period ends in: 2024 for 2024, 2024-Q3, 2016..2024, 2024-01..07 and 2023/24; None for an undated
    one."""
    last = per.split("..")[-1]
    if re.fullmatch(r"\d{4}/\d{2}", last):
        return int(last[:2] + last[-2:])  # a season: 2023/24 ends in 2024
    got = re.match(r"\d{4}", last) or re.match(r"\d{4}", per)
    return int(got.group()) if got else None


def not_after(per: str, base: str | None) -> bool:
    """The period ends in or before the year a change is on ("vs 2020"): it cannot be the change's period."""
    if not base or not re.fullmatch(r"vs \d{4}", base):
        return False  # (a month's or a quarter's base is another matter: 较2024年3月 in April)
    end = end_year(per)
    return end is not None and end <= int(base[3:])


_SINCE_OPENS = re.compile(r"[\s\"“”‘’'(（]*(?:据[^，,。]{0,12}[，,]\s*)?")  # what may come before a "since" opening a sentence
_WHEN_THEN = re.compile(r"\s*[,，]?\s*(?:when|at which|at that)\b")


def since_year(low: str, v: View) -> str | None:
    """The year a change runs since, in the figure's clause or in a phrase opening its sentence ("a reduction of
    over 20 million since 2020", 自2020年以来，…减少了2200多万), not a record's ("its highest since 2007")."""
    def between(a: int, b: int) -> bool:
        return any(a <= fs < b for fs, _ in v.spans if fs != v.s)

    found = list(_SINCE_YEAR.finditer(low, v.ss, v.ce))
    # (its own: the first after it with no figure between, "a 51% decrease since 2000 and a 62% drop since 1990";
    # else the last before it in its clause or opening the sentence, no figure between)
    after = [m for m in found if m.start() >= v.e and not between(v.e, m.start())]
    # (before it: in its clause, or opening its sentence, "Since 2010, deaths fell 5%"; not another clause's,
    # "Although inflation has eased since 2022, wages rose 4%")
    before = [m for m in found if m.end() <= v.s and not between(m.end(), v.s) and (
        m.start() >= v.cs or _SINCE_OPENS.fullmatch(low, v.ss, m.start()))]
    since = after[0] if after else before[-1] if before else None
    if since is not None and _ANNUAL_RATE.search(low, max(v.cs, v.s - 16), min(v.ce, v.e + 16)):
        return None  # ("has grown by 5% CAGR since 2017": a rate a year, no change on that year)
    if since is None or _RECORD_BEFORE.search(low, max(v.ss, since.start() - 40), since.start()) or \
            _WHEN_THEN.match(low, since.end()):
        return None  # (nor the time a "when" clause speaks of: "has fallen since 2020, when it hit 14.7%")
    return since.group(1) or since.group(2) or since.group(3)


# a relative clause after the figure says something else of it: "a 23% rise to 187,060 tonnes, which erased the
# deficit seen in 2021" (its year dates the deficit, not the figure)
_RELATIVE_CLAUSE = re.compile(r"[,，]\s*(?:which|who|whereas)\b")


def _target_of_another(v: View, p: PeriodSpan, doc_year: int | None = None) -> bool:
    """"there are 46.8 million people … worldwide and 131.1 million by 2050": a target year right after a later
    figure of the sentence, joined to this one by "and" or a comma (no change from one to the other), is that
    figure's, where this one is of now (the sentence says so, or the year is still to come on the page's date);
    "had sold 3 million cars and 200,000 trucks by 2023" dates both."""
    if not _BY_BEFORE.search(v.low, max(0, p.start - 4), p.start):
        return False
    if not (_PRESENT.search(v.low, v.ss, v.e) or doc_year and p.period[:4].isdigit() and int(p.period[:4]) > doc_year):
        return False
    for s, e in v.spans:
        if v.e <= s and e <= p.start and p.start - e <= 24 and _JOINED.search(v.low, v.e, s) and \
                not _TO_ITS_END.search(v.low, v.e, s):
            return True
    return False


_BY_BEFORE = re.compile(r"\bby\s*$")
_PRESENT = re.compile(r"\b(?:there (?:are|is)|today|now|currently|at present)\b")
# what joins a change's first end to its second: "from 5 million to 9 million by 2030", "5 million, up to 9 million"
_TO_ITS_END = re.compile(r"\b(?:to|versus|vs\.?|than)\s+(?:about\s+|around\s+|nearly\s+|some\s+|an estimated\s+)?$")
_JOINED = re.compile(r",|，|\band\b|；|;")


def _expected_later(v: View, p: PeriodSpan) -> bool:
    """"with China's imports up 11.7% at a record 67.4mn tons, …, 2021 may be the year that China overtakes
    Japan": a period in a later clause that says what may come does not date the figures before it."""
    between = v.low[v.e:p.start]
    if "," not in between and "，" not in between:
        return False
    return expected_at(v.low, p, v.e, v.se)


def expected_at(low: str, p: PeriodSpan, a: int = 0, b: int | None = None) -> bool:
    """A modal in the period's clause, before it ("the company expects a rebound in 2025") or right after it
    ("2021 may be the year", "预计2025年…将"): a period of what may come. A modal past a comma after it ("in
    the first quarter, which could signal a recovery") says nothing of it."""
    b = len(low) if b is None else b
    start = max(low.rfind(",", a, p.start), low.rfind("，", a, p.start), p.start - 40, a)
    end = min(p.end + 16, b)
    for comma in (low.find(",", p.end, end), low.find("，", p.end, end)):
        if comma >= 0:
            end = min(end, comma)
    return bool(_MODAL_NEAR.search(low, start, end))


def dates_a_compared(v: View, p: PeriodSpan) -> bool:
    """Period p, after the figure in its sentence, dates a figure it is compared with as an earlier level ("up
    from 3200 in 2012", "compared with 3200 in 2012"; not "came from 300 offshore wells in 2024")."""
    return bool(_EARLIER_LEVEL.search(v.low, v.e, p.start)) and _dates_a_compared(v, p)


_EARLIER_LEVEL = re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+(?:to|with)\b|\bversus\b|\bthan\b|较|較|比")


def _dates_a_compared(v: View, p: PeriodSpan) -> bool:
    """"increasing by 37.9% to 190.9 GWh, … compared to the 40.6% seen in the first five months of this year":
    a period after a figure compared with, later in the sentence (the last figure before it), dates that
    figure, not this one."""
    between = [(fs, fe) for fs, fe in v.spans if v.e <= fs and fe <= p.start]
    if not between:
        return False
    fs, fe = max(between)
    if re.search(r"[,，;；]", v.low[fe:p.start]):
        return False  # "50 million iPhones, up from 45 million, in the third quarter": set off, it dates both
    return bool(_COMPARED.search(v.low, max(v.e, fs - 30), fs))


_PAST_BEST = re.compile(r"\b(?:previous|prior|former|old)\s+(?:record|high|peak|best)\s+(?:of\s+)?[^\s]*$"
                        r"|(?:此前|之前|上一次?)的?(?:纪录|紀錄|记录|記錄|高点|高點|峰值)[^\s]{0,3}$")


# "compared to/with", a noun phrase of up to six words and "in" or "of" before a year, after the figure's own words
# ("a slight increase compared with the number of deaths in 2023", "7% compared to the volume of 2022"): the year
# compared with; not where the comparison opens its clause ("Compared with other countries in 2023, Japan had …":
# the figure's own year)
_COMPARED_PHRASE = re.compile(r"(?<![,.;:(])(?<![,.;:(]\s)(?<!^)\s\b(?:compared|relative)\s+(?:to|with)\s+"
                              r"(?:[a-z][a-z\-']*\s+){0,6}(?:in|of)\s*$")


def _dates_a_base_before(v: View, p: PeriodSpan) -> bool:
    """"… to a record US$483.61 billion in 2025, smashing the previous record of US$428.1 billion in 2022, while
    the trade surplus was up 95.0 percent": a period right after an earlier figure compared with (a past record,
    "up from", "compared with") dates that figure, not a later clause's."""
    prev = [(fs, fe) for fs, fe in v.spans if v.ss <= fs and fe <= p.start and fe <= v.s]
    if not prev:
        return False
    fs, fe = max(prev)
    if not _RIGHT_AFTER.match(v.low[fe:p.start]):
        return False
    lead = max(v.ss, fs - 40)
    return bool(_COMPARED.search(v.low, lead, fs) or _PAST_BEST.search(v.low, lead, fs))


def _figure_between(v: View, p: PeriodSpan) -> bool:
    return any(p.end <= s < v.s for s, _ in v.spans)


# a year's last day: 2023年12月31日, "December 31, 2023", "31 December 2023"
_YEAR_END = re.compile(r"(\d{4})\s*年\s*12\s*月\s*31\s*日|dec(?:ember|\.)?\s+31(?:st)?,?\s+(\d{4})|"
                       r"31(?:st)?\s+dec(?:ember|\.)?,?\s+(\d{4})")
_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR_ONLY = re.compile(r"\d{4}")


def _as_of(got: str, v: View, pick: PeriodSpan) -> str:
    """截至2025年5月, as of May 2025: a stock at a date, compatible with its year. 去年同期 (the same period a
    year earlier): the quarter, half or month the sentence names, a year back."""
    if _YEAR_MONTH.fullmatch(got) and (_AS_OF.search(v.low[max(0, pick.start - 12):pick.start]) or
                                       _AS_OF_OPEN.match(v.low, pick.start)):
        return got + " (as of)"
    if _YEAR_ONLY.fullmatch(got):
        to_date = _TO_DATE.search(v.low, v.ss, v.s)  # "截至11月14日，2023年全国电影票房…": 2023 to November 14
        if to_date:
            mo = _month(to_date.group(1)) if to_date.group(1) else _MONTHS.get(to_date.group(2))
            if mo:
                return f"{got}-{mo:02d} (as of)"
    if _YEAR_ONLY.fullmatch(got) and _SAME_PERIOD.match(v.low, pick.end):
        own = {_part(m) for m in _PART.finditer(v.low, v.ss, v.se)}
        if len(own) == 1:
            return f"{got}-{own.pop()}"
    return got


def _part(m: re.Match) -> str:
    q = m.group(1) or m.group(2)
    if q:
        return "Q" + str("一二三四".index(q) + 1 if q in "一二三四" else q)
    return "H1" if m.group(3) == "上" else "H2"


_SAME_PERIOD = re.compile(r"\s*同期")
# the part of a year a sentence names (第3季, 第三季度, Q3, 上半年): what 去年同期 takes, a year back
_PART = re.compile(r"第\s*([1-4一二三四])\s*季|(?<![a-z0-9])[1-4]?q([1-4])(?![0-9])|([上下])半年")


_BY_YEAR = re.compile(r"\b(?:by|到|至)\s*((?:19|20)\d{2})")  # "by 2030", 到2030年: a target year


_PAST_BEFORE = re.compile(r"\b(?:fell|rose|grew|sank|hit|saw|[a-z]{3,}ed)\b(?![^,;]*\b(?:will|to be)\b)")


# the figure's own verb, right before it, in the past ("and ultimately only delivered 661 jets", "led to a record
# 148.1% surge"): what happened, whatever was expected earlier in the clause
_OWN_PAST = re.compile(r"\b(fell|rose|grew|sank|hit|saw|sold|made|took|won|lost|[a-z]{3,}ed)"
                       r"(?:\s+(?:only|just|about|around|roughly|nearly|almost|some|over|more than|less than|"
                       r"a total of|a record|an? [a-z]+|to|by|up|down))*\s*$")
_INFINITIVE = re.compile(r"\b(?:to|will|would|could|may|might|should|shall|can)\s+$")
# (nouns the forecast list shares a spelling with: "a backlog of delayed projects led to …")
_NOUN_BEFORE = re.compile(r"\b(?:delayed|new|these|those|such|many|several|major|large|solar|wind|energy|"
                          r"infrastructure|construction|investment|the|of|and|other|key|pilot)\s+$")
# (or by what follows it: a past verb of change of its own, a form of be or have, or a preposition a noun takes
# and then such a verb: "housing projects fell 7.7% to 5.9 billion square meters", "projects under construction
# tumbled 20.4%", "newly started projects in China fell 20.4%"; "BNEF projects combined sales of …" is the verb)
_PAST_CHANGE = r"(?:fell|rose|grew|sank|tumbled|dropped|declined|slumped|plunged|jumped|surged|soared|climbed)"
_NOUN_AFTER = re.compile(rf"\s+(?:{_PAST_CHANGE}|were|was|are|have|had|under|of|worth|accounted|"
                         rf"(?:in|across|at)\s+[\w'\- ]{{1,40}}?\s{_PAST_CHANGE})\b")


# the figure's own verb after it, in the future: "3.4 billion people will play", "sales will reach"
_WILL_AFTER = re.compile(r"\s+(?:(?!(?:and|or|but|said|say|says|who|that|they|we|as|while|if)\b)[a-z][a-z\-]*\s+)?"
                         r"(?:will|is set to|are set to|is expected to|are expected to)\s")


# a condition in a clause before the figure's (如果, 假如, 倘若, 若, "if"; not 若干, "several", 若以, "taking", 若要,
# "in order to", 若有所思, 若隐若现; not "even if", "as if", "if any", "if not", "if so"), whose consequence, the
# figure's clause, says what could or would be (可, 能, 会, 将, 要, "might"): 如果格陵兰岛的雪山全部融化,可使得全球海平面
# 升高7.5米. A condition that frames how a real figure is counted or seen is none: 若從年度整體趨勢來看, 若不計新冠產品,
# 如果將場外交易計算在內, 若與2004年相比, "if offal is also taken into account", "if you go back a few decades".
_CONDITION = re.compile(r"(?<!even )(?<!as )\bif\b(?! any\b| not\b| so\b)|如果|假如|假若|倘若|假使"
                        r"|(?<![莫倘])若(?!干|以|要|有所|隐|无)")
_IRREALIS = re.compile(r"可(?!能性|以说|见)|能(?!源|力|量|耗|效)|会(?!议|员|计|长|展|谈|见|场|所|同)|将|要(?!求|素|点|是|闻)|"
                       r"\bmight\b")
_FRAMING = re.compile(r"来看|看来|相比|相较|比较|计算|计入|在内|不计|除去|排除|撇除|算上|考虑|而言|来说|按|依照|"
                      r"\btaken into account\b|\b(?:look|go|think|looking|going) back\b|\bcompared\b|\bexclud|\binclud|"
                      r"\bcount(?:ed|ing)?\b")


_FORECAST_SAYS = re.compile(r"(?:预计|預計|预测|預測|预期|預期|预估|預估|\bexpects|\bforecasts|\bprojects)\s*[,，:：]")


# a comparison with what was expected: the figure is the outcome (略遜預期, 不及预期, 好于预期, 超预期, "better than
# expected", "beat forecasts", "missed estimates", "below expectations")
_SHORT_OF_OR_ABOVE = re.compile(r"(?:略?[遜逊][於于]?|不如|未?[达達]到?|[低高好優优胜勝][於于]|不及|超出?|符合|\bthan|\bbeat(?:ing|s)?|"
                                r"\bmiss(?:ed|es|ing)?|\bbelow|\babove|\bexceed(?:ed|ing|s)?|\btopp(?:ed|ing)|"
                                r"\bshort of|\bahead of|\bin line with)\s*(?:the\s+|market\s+|analysts['’]?\s+)*$")


def forecast(v: View, vocab: Vocab, spans: list[PeriodSpan], doc_year: int | None) -> bool:
    """The figure's own phrase or clause, before the figure, marks it as expected."""
    low = v.low
    if _started_from(v, spans, doc_year):
        return False
    # (a forecast verb before a comma, "WSTS预估,2024年…有望达6112亿美元…同比增长16%", "the agency expects: …",
    # speaks for the clauses after it)
    start = v.ss if _FORECAST_SAYS.search(low, v.ss, v.cs) else v.cs
    if start > v.ss and _FROM_GOES_ON.match(low, v.cs):
        # (a clause of a change's two ends going on from its topic's clause, which says it is to come: 新的癌症病例
        # 將在未來20年內,由2012年的1400萬個上升到2200萬個; or the level a change to come reaches: 将从当前的4700万人
        # 增加两倍多,达到1.32亿人)
        start = max(low.rfind(",", v.ss, v.cs - 1), low.rfind("，", v.ss, v.cs - 1), v.ss)
    cues = vocab.cue("period.forecast").find(low, start, v.s)
    # (the figure's own past verb is read only where a cue before it could be one it overrides)
    own = _OWN_PAST.search(low, max(v.cs, v.s - 60), v.s) if cues else None
    if own and own.group(1) in vocab.cues.get("period.forecast", ()):
        own = None  # ("projected 5%", "expected 36%": the cue itself)
    elif own and _INFINITIVE.search(low, max(0, own.start() - 12), own.start()):
        own = None  # ("are forecast to hit $109 billion", "will hit": no past, what is expected)
    for s, e, w in cues:
        if w == "将" and low[e:e + 1] in ("近", "其"):
            continue
        if w == "预料" and (low[max(0, s - 2):s] in ("出乎", "不出", "出人", "超乎", "超出") or low[e:e + 1] in ("地", "之")):
            continue  # 出乎预料地增长了12%, 不出预料: an outcome against what was expected, no forecast
        if w == "to reach" and _PAST_BEFORE.search(low, v.cs, s):
            continue  # "shipments dropped 3% in 2023 to reach 223 million": where a past change ended
        if own and own.start() >= e:
            continue  # "cut its delivery target twice … and ultimately only delivered 661 jets"
        if w == "projects" and (_NOUN_BEFORE.search(low, max(0, s - 30), s) or _NOUN_AFTER.match(low, e)):
            continue  # "a backlog of delayed projects", "housing projects fell 7.7%": the noun
        if _SHORT_OF_OR_ABOVE.search(low, max(0, s - 12), s):
            continue  # 【略遜預期】, 好于预期, "better than expected", "beat forecasts": an outcome against them
        return True
    for s, e, w in vocab.cue("period.forecast").find(low, v.e, v.we):
        if w in ("forecast", "projected", "expected"):
            return True
    if _WILL_AFTER.match(low, v.e, v.ce):
        return True  # "an estimated 3.4 billion people will play games": the figure's own verb, to come
    cond = _CONDITION.search(low, v.ss, v.cs)
    if cond and _IRREALIS.search(low, v.cs, v.s) and not _FRAMING.search(low, cond.end(), v.cs):
        return True  # 如果格陵兰岛的雪山全部融化,可使得全球海平面升高7.5米: what would follow, not what is
    clause = low[v.cs:v.ce]
    m = _BY_YEAR.search(clause) if "by" in clause or "到" in clause or "至" in clause else None
    if m and any(v.e <= a and b <= v.cs + m.start() for a, b in v.spans):
        m = None  # ("46.8 million people … worldwide and 131.1 million by 2050": the later figure's target)
    # (or one the sentence opens with, for all its figures: "By 2050, IDF data show that 1 in 8 adults, approximately
    # 853 million, will be living with diabetes")
    m = m or _OPENING_TARGET.match(low, v.ss, v.s)
    if m:
        year = int(m.group(1))
        ref = doc_year or 2026
        if year > ref and not re.search(r"\bhad\b", low[v.ss:v.se]):
            return True
    return False


def _started_from(v: View, spans: list[PeriodSpan], doc_year: int | None) -> bool:
    """"numbers will increase from an estimated 57.4 million in 2019 to 152.8 million in 2050", 将由2012年的1400萬個
    上升到2200萬個: where a change to come starts, dated by a year before the one it is to reach, is no forecast."""
    if not _STARTS_FROM.search(v.low, max(v.cs, v.s - 30), v.s):
        return False
    if _NOW_BEFORE.search(v.low, max(v.cs, v.s - 12), v.s):
        return True  # (从当前的4700万人, "from today's 47 million": now, where it starts)
    own = [p for p in spans if (v.s - 12 <= p.start and p.end <= v.s or v.e <= p.start <= v.e + 8)
           and p.period[:4].isdigit()]
    later = [p.period[:4] for p in spans if v.e < p.start < v.se and p.period[:4].isdigit()]
    if not own:
        return False
    # (before the year it is to reach, and before the page's own year: "from 2025's 39.5 billion to 2026's 41
    # billion" on a page of 2025 starts from an estimate of this year, still to come)
    bounds = [y for y in (max(later, default=None), str(doc_year) if doc_year else None) if y]
    return bool(bounds) and own[0].period[:4] < min(bounds)


_STARTS_FROM = re.compile(r"(?:\bfrom|由|从)\s*(?:an estimated|about|around|approximately|some|nearly|"
                          r"(?:19|20)\d{2}\s*年\s*的?|约|当前的?|目前的?|现在的?|去年的?|上年的?|前年的?|today's|"
                          r"the current|last year's)?\s*$")
_NOW_BEFORE = re.compile(r"(?:\bfrom|由|从)\s*(?:当前|目前|现在|去年|上年|前年|today's|the current|last year's)的?\s*"
                         r"(?:约|about\s+|around\s+)?$")  # (or a year ago: 由去年的2800万辆增至…)
_FROM_GOES_ON = re.compile(r"[\s,，]*(?:由(?!于|此)|从|达到|增至|升至|增加到|上升到|降至|减少到|突破)")
_OPENING_TARGET = re.compile(r"\s*(?:by|到|至)\s*((?:19|20)\d{2})\s*(?:年|年底|年末)?\s*[,，]")
