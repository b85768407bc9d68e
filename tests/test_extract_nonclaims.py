"""Numbers that are not claims (extract/nonclaims.py), form by form, with the reason for each rule."""
from __future__ import annotations

import pytest

from conftest import check_no_claim, claims_in

# (sentence, fragment that must hold no claim, why)
NOT_CLAIMS = [
    # phone numbers in the North American format
    ("For help call 1-800-555-0199 today", "1-800-555-0199", "1-800 is no range"),
    ("客服電話 (800) 555-0199", "(800) 555-0199", "zh-Hant line, area code in brackets"),
    ("热线 212.555.1234", "212.555.1234", "zh-Hans line, dotted"),
    # times of day
    ("The meeting ended at 2.17pm.", "2.17pm", "a clock time with a dot"),
    ("会议14时开始", "14时", "N时 before 开始 is an hour of the day (小时 is a duration)"),
    ("5日14时发布", "14时", "N时 after a day is an hour"),
    ("會議14時開始", "14時", "zh-Hant"),
    ("下午3点开会", "3点", "a time-of-day word before N点"),
    ("晚上八点半见", "八点半", "Chinese numerals and 半"),
    ("3点15分出发", "3点15", "N点M分"),
    # weekdays
    ("週五發布財報", "週五", "zh-Hant weekday"),
    ("星期三开会", "星期三", "weekday"),
    ("礼拜天休息", "礼拜天", "weekday"),
    # versions and products
    ("Windows 11 launched in 2021", "11", "a product name"),
    ("the iPhone 15 sold well", "15", "a product name"),
    ("AMD Ryzen 7 chips", "7", "a product name"),
    ("Samsung Galaxy S24 phones", "S24", "a model code"),
    ("Part 2 of the series", "2", "a part number"),
    ("Top 5 brands", "5", "a rank threshold"),
    ("the top 10% of earners", "10%", "a rank threshold"),
    ("单销量排名前三的品牌", "三", "前N is a rank"),
    ("頂尖(前2%)學生", "2%", "zh-Hant rank threshold"),
    # rules and indexes named by a number
    ("80/20法则", "80/20", "a rule's name"),
    ("open 24/7", "24/7", "a slash from a larger to a smaller number is no share"),
    ("50%规则", "50%", "a rule's name"),
    ("the 4% rule of retirement", "4%", "a rule's name"),
    ("the S&P 500 rose", "500", "an index name"),
    ("财富500强企业", "500", "a ranking name"),
    ("世界500強", "500", "zh-Hant ranking name"),
    # page furniture
    ("阅读 2381", "2381", "a page counter"),
    ("瀏覽次數 1200", "1200", "zh-Hant page counter"),
    # scores and enumerators
    ("the game ended 89-89", "89-89", "a tied score"),
    ("they won 3-1", "3-1", "a score, high first"),
    ("电话①③⑧①②③④⑤⑥⑦⑧", "①③⑧", "a phone number in circled digits"),
    ("①营收增长", "①", "a circled enumerator"),
    # years as names stay periods
    ("2024年报告显示", "2024", "a year used as a name"),
    ("成立十周年庆典", "十周年", "an anniversary, not ten weeks"),
    ("二〇二四年报告显示", "二〇二四年", "a year in Chinese digits"),
    ("一九九八年成立", "一九九八年", "a year in Chinese digits"),
]


@pytest.mark.parametrize("sentence,fragment,why", NOT_CLAIMS, ids=[n[2] + ": " + n[0] for n in NOT_CLAIMS])
def test_not_a_claim(sentence, fragment, why):
    check_no_claim(sentence, fragment)


# the same forms next to real figures: the rule must not swallow them
STILL_CLAIMS = [
    ("工作14小时", "14小时", "小时 is a duration"),
    ("当数量达到20时，价格下降", "20", "N时 after 当 is 'when', not a clock time"),
    ("三个星期", "三个星期", "星期 after a number is a duration"),
    ("每周三次", "三次", "周三 before a measure word is not Wednesday"),
    ("前三个月营收增长", None, "前三个月 is a time frame, judged elsewhere"),
    ("Nvidia sold 300 units", "300", "a lower-case word before"),
    ("目前53%的企业正在转型", "53%", "目前 ends in 前 but is no rank"),
    ("此前三年增长", None, "此前 is no rank"),
    ("The subscription will increase to 17 USD 25.", "17 USD 25", "a currency code is no product name"),
    ("the score rose from 10-15 points", "10-15", "an ascending pair is a range"),
    ("Company 3Q25 shipments Dell 10,166 14.5%", "10,166", "no product number is grouped in thousands"),
    ("Growth 1. Lenovo 19.4 25.5% 16.5 23.8%", "19.4", "a name before a run of figures heads a table row"),
    ("HP 惠普 15.0 19.8%", "15.0", "a table row in Chinese text too"),
]


@pytest.mark.parametrize("sentence,span,why", STILL_CLAIMS, ids=[s[2] for s in STILL_CLAIMS])
def test_still_a_claim(sentence, span, why):
    texts = [c.text for c in claims_in(sentence)]
    if span is not None:
        assert span in texts, texts


HOURS = [
    ("代表团14时开会", "14时", "an hour of the day before a verb"),
    ("代表團9時抵達北京", "9時", "zh-Hant"),
    ("会议于15时召开", "15时", "于 before the hour is 'at'"),
]


@pytest.mark.parametrize("sentence,fragment,why", HOURS, ids=[h[2] for h in HOURS])
def test_an_hour_before_a_verb_is_no_claim(sentence, fragment, why):
    from conftest import check_no_claim

    check_no_claim(sentence, fragment)


@pytest.mark.parametrize("sentence,span", [("价格涨到20时卖出", "20"), ("一旦超过30时就要报警", "超过30"),
                                           ("全球共有24时区", "24")])
def test_shi_as_when_or_in_a_word_keeps_the_figure(sentence, span):
    from conftest import claims_in

    assert span in [c.text for c in claims_in(sentence)]


@pytest.mark.parametrize("text, figure, value", [
    # a year written with 年 takes its month with 月: a year, then a figure with a decimal point, is no date
    ("2024年1.05亿吨", "1.05亿吨", 1.05e8),
    ("2024年1.05亿吨煤炭。\n", "1.05亿吨", 1.05e8),
    ("2019年16.5万吨", "16.5万吨", 1.65e5),
    ("2019年1.6萬噸", "1.6萬噸", 1.6e4),
])
def test_a_year_then_a_decimal_figure_is_no_date(text, figure, value):
    got = {c.text: c.value for c in claims_in(text)}
    assert got.get(figure) == pytest.approx(value)


@pytest.mark.parametrize("text", ["2024年1月5日发布", "2024.1.5发布", "2024-01-05", "2024/1/5"])
def test_dates_stay_dates(text):
    assert claims_in(text) == []
