"""Page furniture (issue: not claims): the numbers a web page prints around an article are no claims: counters
(阅读 2381, 2718次浏览, 0 Comment(s)), reading times and lengths, time stamps with zones, identifiers (licences,
DOIs, addresses, phones), ticker tapes, CSS and JSON, garbled anti-scraping text, list numbers, spam. Each table
is one mechanism (extract/furniture.py, nonclaims.toml [furniture]); the near misses after it stay claims, and
each case checks one furniture line and one near miss. Lines written for these tests in the forms such pages
print."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _texts(line):
    return [c.text for c in claims_in(line)]


def _pairs(furniture, stay):
    """Each furniture line with a near miss (taken in turn): (line, want, near, near_want, why)."""
    return [(line, want, *stay[i % len(stay)][:2], f"{why} | near miss: {stay[i % len(stay)][2]}")
            for i, (line, want, why) in enumerate(furniture)]


def _check(line, want, near, near_want):
    assert _texts(near) == near_want, f"near miss {near!r}"
    assert _texts(line) == want, f"furniture {line!r}"


COUNTERS = [
    ("4527 阅读", [], "zh-Hans: the counter's word after the number"),
    ("291阅", [], "zh-Hans: 阅 glued"),
    ("2718次瀏覽 來源: 中國有色金屬報", [], "zh-Hant: 次瀏覽 after"),
    ("共1个回答", [], "zh-Hans: 个回答"),
    ("共3個回答", [], "zh-Hant: 個回答"),
    ("发表时间:2025-02-24     阅读次数:10087", [], "zh-Hans: the word and a colon before"),
    ("時間:2017-12-16 作者:www.alywj.com 點擊: 245次", [], "zh-Hant: 點擊 and a colon, 次 after"),
    ("2024-12-25 09:38 阅读量:4.1万+", [], "a scale word after the colon"),
    ("2022-04-09 22:55:14热度:96°C", [], "热度 and a colon: even a unit is the counter's"),
    ("0 条", [], "a line of a number and 条"),
    ("12 條評論", [], "zh-Hant: a line of a number and 條評論"),
    ("Go to Forum >>0 Comment(s)", [], "English: Comment(s) after"),
    ("Hits: 1,204 | Reads: 88", [], "English: the words and colons before"),
    ("85 Aufrufe 85 0 Kommentare", [], "German counters, both orders"),
    ("travel2024-06-03 16:58:35435", [], "a counter glued to the seconds of a time stamp"),
    ("界面2023-01-06 13:13:581阅", [], "zh-Hans: 阅 glued to a time stamp"),
    ("2024年06月08日 08:00 62", [], "a bare number ending a dated stamp's line"),
    ("香港新闻网 02-24 99815", [], "a month and day with a leading zero, then the counter"),
    ("date 2025-12-30 403", [], "English page: a date, then the counter"),
    ("方家敏 2013/10/21 17:33 點閱 5781 次", [], "zh-Hant: 點閱, a space and 次, after a time stamp, no colon"),
    ("浏览 1200 次", [], "zh-Hans: the word and a space opening the line"),
    ("时间:01-19人气:10作者:白衣影眠梦", [], "zh-Hans: a counter's word glued to a month and day: 人 opens 人气"),
    ("時間:09-17人氣:30作者:醉迹满青衫", [], "zh-Hant: 人 opens 人氣"),
]

COUNTERS_STAY = [
    ("全国阅读人数达4.8亿", ["4.8亿"], "阅读 in prose: no counter form"),
    ("该平台发布了12条新规", ["12条"], "条 before a noun: a count"),
    ("該書已有1000人閱讀了", ["1000人"], "zh-Hant: 人閱讀 then more of the sentence"),
    ("The post drew 300 comments from readers.", ["300"], "lower-case comments in prose"),
    ("阅读量达到3万次", ["3万次"], "a verb between the word and the figure"),
    ("| 2024-01-05 | 3050 |", ["3050"], "a table cell after a date"),
    ("2024-01-05\t3050", ["3050"], "a tab-separated cell after a date"),
    ("2023-12-05 1158.5", ["1158.5"], "a decimal after a date: a value"),
    ("用户每天点阅 300 次的文章", ["300 次"], "点阅 and a space inside prose: no counter form"),
    ("收藏 2 万 件 文物", ["2 万 件"], "a counter's word, a space and a scaled count with its noun: a quantity"),
    ("全校19人热爱读书", ["19人"], "人 before another word than 人气: the measure word"),
    ("本次活动共有2000人气氛热烈", ["2000人"], "人气 of 人气氛 in prose, no number after it: 人 counts people"),
    ("事故造成3人气绝身亡", ["3人"], "人 before 气绝: the measure word"),
]

READING = [
    ("1 Min Read", [], "English: N Min Read"),
    ("    October 29, 20242 Mins Read", [], "a year glued to the reading time"),
    ("March 20, 2024 | IDCEstimated reading time: 2 minutes", [], "reading time: N minutes"),
    ("(CONTINUED - 960 WORDS)", [], "the rest of a wire story's length"),
    ("全文共计约850字,既满足基础数据呈现", [], "zh-Hans: 全文共计约 N 字"),
    ("(節錄)全文共824字", [], "zh-Hant: 全文共 N 字"),
]

READING_STAY = [
    ("The meeting lasted 30 minutes.", ["30 minutes"], "a duration in prose"),
    ("全文共分为3部分", ["3部"], "a verb between 全文共 and the number"),
    ("The law runs to 960 words in all.", ["960"], "words without the bracket"),
]

STAMPS_AND_IDS = [
    ("Wednesday, 29 November 2023 11:08:54 (GMT+3)   |   Shanghai", [], "a time zone in brackets"),
    ("  21:13 UTC+8, 2025-01-08", [], "UTC+8 after a time"),
    ("北京时间(UTC+8)2024年3月5日发布", [], "zh-Hans: UTC+8"),
    ("2005- All Rights Reserved 京ICP备05069564号-1 京公网安备1101054484号", [], "zh-Hans: licence numbers"),
    ("【DOI】10.16619/j.cnki.rmltxsqy.2022.13.008", [], "a DOI"),
    ("5.39.217.77:8898", [], "an IP address and its port"),
    ("5.39.217.77:8898: X3 O) T, M7 S9 l& D\" R8 E9 r", [], "an address, its port and a colon, then noise"),
    ("+91 6026176848", [], "a country code and a national number"),
    ("電話:(香港)852-2564 0768", [], "zh-Hant: digits after a phone label and a colon"),
    ("电话:(深圳)0755-8351 8792", [], "zh-Hans"),
    ("(深圳)86-755-83518792", [], "country, area and number"),
    (" date 2025-01-17 AIRLINK 202.60 Increased By ▲ 1.70 (0.85%)", [], "a ticker tape in a page header"),
    ('      "width" : 220,', [], "a JSON key's value"),
    (" date 2025-12-29 + ↺ − 16 px", [], "a screen size in pixels"),
    ("(編輯:郭無患)1130706", [], "zh-Hant: a Minguo date closing a byline"),
    ("《20192024年可持续棕榈油种植园国家行动计划》", [], "two years run together"),
    ("Throughput in 8M’2023 rose by 10% YoY", ["10%"], "8M’2023: the first eight months, no 8 million"),
    ("5 de April de 2024 -", [], "a date with de"),
    ("official data showed on Dec.25.", [], "a month's abbreviation glued to the day"),
    ("人数为1158万人〔4〕〔8〕", ["1158万人"], "footnote numbers in tortoise-shell brackets"),
]

STAMPS_AND_IDS_STAY = [
    ("电话会议上,公司表示出货量为 120 000 000 台", ["120 000 000 台"], "电话 without a colon: no phone line"),
    ("Revenue increased by 1.70 billion (0.85%)", ["1.70 billion", "0.85%"], "increased by in prose"),
    ("The width is 220 metres.", ["220 metres"], "a width in prose"),
    ("人口1130119人", ["1130119人"], "seven digits with a unit: a count"),
    ("sizes 3-5 and 10-24", ["3-5", "10-24"], "ranges without leading zeros"),
]

GARBLED = [
    ("8 R* f, ?0 n2 G& d4 z( N", [], "anti-scraping noise"),
    ("公仔箱論壇$ K/ E) R) S% o+ _3 K$ s", [], "zh-Hant page: noise after a site name"),
    ("2 0 2 3 C h i n a T e a R e p o r t", [], "text spaced letter by letter"),
    ("同比延长6.09%600cc全讯白菜网。", ["6.09%"], "zh-Hans: spam glued to a figure"),
    ("全讯800cc大白菜中国", [], "spam before a number"),
    ("海南138全讯白菜官方免费下载地址、西藏", [], "spam after a number"),
]

GARBLED_STAY = [
    ("Prices are up 5% on Q2 as of June", ["5%"], "prose's short words are no noise"),
    ("大白菜每斤3元", ["3元"], "the vegetable"),
    ("10斤大白菜", ["10斤"], "a unit between"),
]

LISTS = [
    ("1全球葡萄酒产量:中国占全球的1.2%,同比下滑17%", ["1.2%", "17%"], "zh-Hans: a list number glued to a heading"),
    ("1.2024年全球黄金年度需求总量达4974吨", ["4974吨"], "a list number glued to a year"),
    ("1 三星 57.5 7%", ["57.5", "7%"], "zh-Hans: a rank opening a flattened row"),
    ("2 蘋果 44.8 -2%", ["44.8", "-2%"], "zh-Hant"),
    ("1 Production", [], "English: a numbered heading"),
    ("  • 8", [], "a bullet and a number alone"),
    ("2 苹果 44.8 -2%", ["44.8", "-2%"], "zh-Hans: the rank before a signed cell"),
]

LISTS_STAY = [
    ("71国/地区总计 | 144.5 |", ["71", "144.5"], "a noun counted with no measure word"),
    ("12 Companies Control 80% of Market", ["12", "80%"], "a headline with a figure: a count"),
    ("5 家企业入选", ["5 家"], "a measure word: a count"),
    ("-27", ["-27"], "a bare number alone: a table cell"),
    ("5到5300人", ["5到5300人"], "a range glued to its connector"),
    ("Top 5 firms held 80% of the market", ["80%"], "Top 5 no claim, the share stays"),
]

NAMES = [
    ("20世紀90年代,美國是最大的鋰生產國", [], "zh-Hant: a century"),
    ("21世纪经济报道 · 2024-07-23 07:36:29", [], "zh-Hans: a name with a century"),
    ("- 985高校本科生年均毕业生约15万", ["约15万"], "a programme named by a number"),
    ("儘管618電商節短暫吸引買氣", [], "zh-Hant: a festival named by its date"),
    ("對中國產品課徵「三○一關稅」", [], "a statute's section"),
    ("as the 15th Five-Year Plan begins", [], "a plan's name"),
    ("Week 202401", [], "a week's label"),
]

NAMES_STAY = [
    ("两个世纪以来,人口增长了3倍", ["两个", "3倍"], "世纪 after a measure word"),
    ("京东618大促销售额达3000亿元", ["3000亿元"], "the sales of the festival"),
    ("a five-year plan to cut emissions by 20%", ["20%"], "the plan's target stays"),
    ("该校有985名学生", ["985名"], "985 with a measure word: a count"),
]


TERMS = [
    ("10年期美债收益率升至4.5%", ["4.5%"], "zh-Hans: a tenor names the bond"),
    ("倫敦金屬交易所 (LME) 基準 3 個月期銅周一創下新高", [], "zh-Hant: a tenor names the contract"),
    ("the 10-year Treasury yield rose to 4.5%", ["4.5%"], "English: a tenor before a bond's noun"),
    ("2023年4月,16-24岁青年失业率达到20.4%", ["20.4%"], "zh-Hans: an age range names the group"),
    ("16至24歲的青年人口為9600萬", ["9600萬"], "zh-Hant: an age range and 的"),
    ("25岁的青年", [], "one age before 的: it describes the person (extract/ages.py)"),
    ("糖酒会,云平台|2025-02-212月18日,中国食品", [], "a date run into the next date"),
]

TERMS_STAY = [
    ("合同3年期满后续签", ["3年"], "期满: the term's end, its length stays"),
    ("a 10-year plan to cut emissions", ["10-year"], "a plan keeps its length"),
    ("分期3年期间共支付", ["3年"], "期间: a span"),
]

_TABLES = {
    "counters": _pairs(COUNTERS, COUNTERS_STAY),
    "reading": _pairs(READING, READING_STAY),
    "stamps": _pairs(STAMPS_AND_IDS, STAMPS_AND_IDS_STAY),
    "garbled": _pairs(GARBLED, GARBLED_STAY),
    "lists": _pairs(LISTS, LISTS_STAY),
    "names": _pairs(NAMES, NAMES_STAY),
    "terms": _pairs(TERMS, TERMS_STAY),
}


def _params(name):
    return pytest.mark.parametrize("line,want,near,near_want,why", _TABLES[name], ids=[r[4] for r in _TABLES[name]])


@_params("counters")
def test_counters(line, want, near, near_want, why):
    _check(line, want, near, near_want)


@_params("reading")
def test_reading_times(line, want, near, near_want, why):
    _check(line, want, near, near_want)


@_params("stamps")
def test_stamps_and_identifiers(line, want, near, near_want, why):
    _check(line, want, near, near_want)


@_params("garbled")
def test_garbled_and_spam(line, want, near, near_want, why):
    _check(line, want, near, near_want)


@_params("lists")
def test_list_numbers(line, want, near, near_want, why):
    _check(line, want, near, near_want)


@_params("names")
def test_names(line, want, near, near_want, why):
    _check(line, want, near, near_want)


@_params("terms")
def test_tenors_and_age_groups(line, want, near, near_want, why):
    _check(line, want, near, near_want)
