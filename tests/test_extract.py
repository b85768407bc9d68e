"""Extraction, form by form: each case is a real sentence and the one claim it must yield, with its value,
unit, span (the characters as written) and qualifier."""
from __future__ import annotations

import pytest

from conftest import check_claim, claims_in

# (sentence, span text, value, low, high, unit, qualifier)
CASES = [
    # Arabic digits: groups, full-width digits, decimals, signs
    ("营收达到13,318台。", "13,318台", 13318, None, None, "count", None),
    ("上市公司 4 266家。", "4 266家", 4266, None, None, "count", None),
    ("增长１２．５％。", "１２．５％", 12.5, None, None, "percent", None),
    ("经营现金流为-8.65億元,较上年", "-8.65億元", -8.65e8, None, None, "CNY", None),
    ("净利润为负3.9%", "负3.9%", -3.9, None, None, "percent", None),
    # Chinese numerals and mixed forms
    ("共有三千四百五十家企业", "三千四百五十家", 3450, None, None, "count", None),
    ("规模达1.2万亿元", "1.2万亿元", 1.2e12, None, None, "CNY", None),
    ("累计340662亿元", "340662亿元", 3.40662e13, None, None, "CNY", None),
    ("百分之五十五点五", "百分之五十五点五", 55.5, None, None, "percent", None),
    ("占比千分之三", "千分之三", 0.3, None, None, "percent", None),
    ("约三分之二的企业", "约三分之二", 66.6666666667, None, None, "percent", "approx"),
    ("十分之九的受访者", "十分之九", 90, None, None, "percent", None),
    ("市场逾半", "逾半", 50, 50, None, "percent", "over"),
    # scale words: 万/萬, 亿/億, 万亿, 兆 (Taiwan 10^12), 百亿亿
    ("投資將超過10兆人民幣,", "超過10兆人民幣", 1e13, 1e13, None, "CNY", "over"),
    ("約為1.7兆美元（約合12兆人民幣）", "約為1.7兆美元", 1.7e12, None, None, "USD", "approx"),
    ("約為1.7兆美元（約合12兆人民幣）", "約合12兆人民幣", 1.2e13, None, None, "CNY", "approx"),
    ("新臺幣23.7億元的投資", "新臺幣23.7億元", 2.37e9, None, None, "TWD", None),
    ("裝機 4兆瓦 的電站", "4兆瓦", 4e6, None, None, "watt", None),
    ("算力超過230 百億億次浮點運算/秒(EFLOPS)", "超過230 百億億次浮點運算/秒", 2.3e20, 2.3e20, None, "FLOP / second", "over"),
    ("Revenue of $1.7 trillion in total", "$1.7 trillion", 1.7e12, None, None, "USD", None),
    ("a deal worth 5 bn euros", "5 bn euros", 5e9, None, None, "EUR", None),
    ("salaries of 40k a year", "40k", 40000, None, None, "count", None),
    # percent, 成, percentage points
    ("占全球的 75%左右", "75%左右", 75, None, None, "percent", "approx"),
    ("美国仅三成", "三成", 30, None, None, "percent", None),
    ("近三成的企业", "近三成", 30, None, 30, "percent", "under"),
    ("下降了11個百分點", "11個百分點", 11, None, None, "percentage_points", None),
    ("fell 3 percentage points", "3 percentage points", 3, None, None, "percentage_points", None),
    ("up 25 per cent on the year", "25 per cent", 25, None, None, "percent", None),
    ("9.3 of every 10 dollars", "9.3 of every 10", 93, None, None, "percent", None),
    # multiples
    ("中国的电网支出是美國3倍", "3倍", 3, None, None, "times", None),
    ("是美国的 2.3 倍", "2.3 倍", 2.3, None, None, "times", None),
    ("几乎为美国的两倍", "几乎为美国的两倍", None, None, None, None, None),  # placeholder, replaced below
    ("a 12-fold increase", "12-fold", 12, None, None, "times", None),
    ("prices rose 3x in a year", "3x", 3, None, None, "times", None),
    # money: currencies never convert into each other
    ("投资达430亿美元。", "430亿美元", 4.3e10, None, None, "USD", None),
    ("US$ 300 million deal", "US$ 300 million", 3e8, None, None, "USD", None),
    ("fined £ 90 million", "£ 90 million", 9e7, None, None, "GBP", None),
    ("costs €15 each", "€15", 15, None, None, "EUR", None),
    ("a RMB 100 fee", "RMB 100", 100, None, None, "CNY", None),
    ("港币500元", "港币500元", 500, None, None, "HKD", None),
    ("售价5000日元", "5000日元", 5000, None, None, "JPY", None),
    # physical quantities through pint
    ("中国电池总产量达1705 GWh，", "1705 GWh", 1.705e12, None, None, "watt_hour", None),
    ("产能 27 万吨", "27 万吨", 2.7e5, None, None, "metric_ton", None),
    ("超过 1 吉瓦 的项目", "超过 1 吉瓦", 1e9, 1e9, None, "watt", "over"),
    ("速率达139 Mbps", "139 Mbps", 1.39e8, None, None, "bit / second", None),
    ("全长5 km的隧道", "5 km", 5000, None, None, "meter", None),
    ("连续12 年位居第一", "12 年", 12, None, None, "year", None),
    # ranges
    ("占比70%~ 95%之间", "70%~ 95%", None, 70, 95, "percent", None),
    ("將達到3萬—4兆美元,", "3萬—4兆美元", None, 3e12, 4e12, "USD", None),
    ("將達到3万—4万亿美元,", "3万—4万亿美元", None, 3e12, 4e12, "USD", None),
    ("规模约300-400 亿美元", "约300-400 亿美元", None, 3e10, 4e10, "USD", "approx"),
    ("需要15年—20年", "15年—20年", None, 15, 20, "year", None),
    ("demand between 800 and 1,050 TWh by 2030", "800 and 1,050 TWh", None, 8e14, 1.05e15, "watt_hour", None),
    ("规模为13兆元至16兆元", "13兆元至16兆元", None, 1.3e13, 1.6e13, "CNY", None),
    ("大于10小于20", "大于10小于20", None, 10, 20, "count", None),
    # hedges
    ("约为 15%", "约为 15%", 15, None, None, "percent", "approx"),
    ("超过 4000 个", "超过 4000 个", 4000, 4000, None, "count", "over"),
    ("40余萬家企業", "40余萬家", 4e5, 4e5, None, "count", "over"),
    ("約230萬台以上", "約230萬台以上", 2.3e6, 2.3e6, None, "count", "at_least"),
    ("超過96%以上", "超過96%以上", 96, 96, None, "percent", "over"),
    ("不足万人", "不足万人", 1e4, None, 1e4, "count", "under"),
    ("about 500 people", "about 500", 500, None, None, "count", "approx"),
    ("more than 90% of chips", "more than 90%", 90, 90, None, "percent", "over"),
    ("nearly 50% of output", "nearly 50%", 50, None, 50, "percent", "under"),
    ("at least 20 plants", "at least 20", 20, 20, None, "count", "at_least"),
    ("at most 5 times", "at most 5 times", 5, None, 5, "times", "at_most"),
    ("300以下", "300以下", 300, None, 300, "count", "at_most"),
    # English number words
    ("twenty-one trillion and three hundred", "twenty-one trillion and three hundred", 21000000000300, None, None, "count", None),
    ("five and a half million fishes", "five and a half million", 5.5e6, None, None, "count", None),
    ("two thirds of the cake", "two thirds", 66.6666666667, None, None, "percent", None),
    # rank
    ("全球排名第三", "第三", 3, None, None, "rank", None),
    # more numeral and scale forms
    ("總額達12.8萬億元", "12.8萬億元", 1.28e13, None, None, "CNY", None),
    ("共一万零二百五十人", "一万零二百五十人", 10250, None, None, "count", None),
    ("收入5万4千6百元", "5万4千6百元", 54600, None, None, "CNY", None),
    ("两千三百五十家", "两千三百五十家", 2350, None, None, "count", None),
    ("〇点五倍", "〇点五倍", 0.5, None, None, "times", None),
    ("sales of 10 million units", "10 million", 1e7, None, None, "count", None),
    ("a loss of 2.5 mn", "2.5 mn", 2.5e6, None, None, "count", None),
    ("margins of 35 pct", "35 pct", 35, None, None, "percent", None),
    ("grew 3 times faster", "3 times", 3, None, None, "times", None),
    ("票价80元", "80元", 80, None, None, "CNY", None),
    ("售价¥120", "¥120", 120, None, None, "CNY", None),
    ("售价120港元", "120港元", 120, None, None, "HKD", None),
    ("罚款5亿欧元", "5亿欧元", 5e8, None, None, "EUR", None),
    ("CNY 3.5 billion in bonds", "CNY 3.5 billion", 3.5e9, None, None, "CNY", None),
    ("TWD 900 million capex", "TWD 900 million", 9e8, None, None, "TWD", None),
    ("用电量达500吉瓦时", "500吉瓦时", 5e11, None, None, "watt_hour", None),
    ("装机 300 兆瓦", "300 兆瓦", 3e8, None, None, "watt", None),
    ("储能 20 GW 的规划", "20 GW", 2e10, None, None, "watt", None),
    ("Global solar capacity reached 1.87 TW", "1.87 TW", 1.87e12, None, None, "watt", None),
    ("累计装机2.2太瓦", "2.2太瓦", 2.2e12, None, None, "watt", None),
    ("运力12 tonnes per day", "12 tonnes", 12, None, None, "metric_ton", None),
    ("增长20到30家", "20到30家", None, 20, 30, "count", None),
    ("from 5 to 10 percent", "5 to 10 percent", None, 5, 10, "percent", None),
    ("两国占比分别为5.1%和3.9%", "5.1%", 5.1, None, None, "percent", None),
    ("支持率七成六", "七成六", 76, None, None, "percent", None),
    ("Banknotes: 5 €, 10 €", "5 €", 5, None, None, "EUR", None),
    ("the bill was 10 $ only", "10 $", 10, None, None, "USD", None),
    ("连续12 年增长", "12 年", 12, None, None, "year", None),
]

# 几乎为美国的两倍: "almost twice": the hedge reaches across 为美国的 only as a filler is allowed, so the
# figure itself is 两倍 with no hedge; keep this case honest about what the extractor does.
CASES[[c[0] for c in CASES].index("几乎为美国的两倍")] = ("几乎为美国的两倍", "两倍", 2, None, None, "times", None)


@pytest.mark.parametrize("sentence,span,value,low,high,unit,qualifier", CASES, ids=[c[0] for c in CASES])
def test_form(sentence, span, value, low, high, unit, qualifier):
    c = check_claim(sentence, span, value, low, high, unit, qualifier)
    # the span is exact in the original text
    assert sentence.splitlines()[c.line - 1][c.column - 1:c.end_column - 1] == span


def test_written_value_and_unit_keep_the_figure_as_stated():
    (c,) = claims_in("全长5 km的隧道")
    assert (c.written_value, c.written_unit) == (5, "kilometer")
    assert (c.value, c.unit) == (5000, "meter")
    (c,) = claims_in("产能 27 万吨")
    assert (c.written_value, c.written_unit) == (270000, "metric_ton")


def test_currencies_never_convert():
    units = [c.unit for c in claims_in("1.7兆美元（約合12兆人民幣）")]
    assert units == ["USD", "CNY"]


def test_zhao_is_mega_before_a_unit_and_trillion_for_money():
    watt, money = claims_in("4兆瓦的電站投資10兆人民幣")
    assert (watt.value, watt.unit) == (4e6, "watt")
    assert (money.value, money.unit) == (1e13, "CNY")


def test_seed_line_with_traditional_and_simplified_gives_same_values():
    hant = claims_in("在全球AI算力版圖上,美國占74.5%,中國占14%。")
    hans = claims_in("在全球AI算力版图上,美国占74.5%,中国占14%。")
    assert [(c.value, c.unit, c.column) for c in hant] == [(c.value, c.unit, c.column) for c in hans]
    assert [c.text for c in hant] == ["74.5%", "14%"]


def test_positions_survive_nfkc_changes_before_the_figure():
    # the ligature and the full-width letters change length or form under NFKC; columns must not drift
    line = "ﬁrst ＡＢＣ rose ½ and then 75％"
    (half, pct) = claims_in(line)
    assert line[pct.column - 1:pct.end_column - 1] == "75％"
    assert pct.text == "75％"
    assert line[half.column - 1:half.end_column - 1] == "½"


def test_sentence_is_the_original_sentence():
    (c,) = claims_in("第一句。美國占74.5%，這是第二句。第三句")
    assert c.sentence == "美國占74.5%，這是第二句。"
