"""Ranges as Chinese news writes them (issue 9): one table per mechanism, sentences written for these tests
(not taken from any test suite), each row with the reason the rule holds."""
from __future__ import annotations

import pytest

from conftest import claims_in

YEAR_M = 1 / 12  # a month in years (durations are kept in years)


def _got(sentence):
    return [(c.text, c.value, c.low, c.high, c.unit) for c in claims_in(sentence)]


def _range(sentence, low, high, unit):
    hits = [c for c in claims_in(sentence) if c.low is not None and c.high is not None and c.value is None]
    assert hits, _got(sentence)
    c = hits[0]
    assert (c.low, c.high, c.unit) == (pytest.approx(low), pytest.approx(high), unit), _got(sentence)
    return c


# A single numeral character glued to the word before it is usually part of a word (一直, 两国, 三星), so it is
# rejected alone. Followed by a range connector (到, 至, ~, -) and a Chinese numeral, it is the low end of a
# range, whatever character stands before it: 需要三到五年, 增长二至三成. Both ends of a written range are in
# one script, so a Chinese numeral must follow (统一到5% is "unified at 5 %", no range); words that end in a
# numeral (统一, 唯一, 之一) stay words.
LONE_LOW_END = [
    ("项目预计需要三到五年完成。", 3.0, 5.0, "year", "a duration after a verb"),
    ("今年营收有望增长二至三成。", 20.0, 30.0, "percent", "a share in 成 after 增长"),
    ("新药上市还要一到两年。", 1.0, 2.0, "year", "一 as the low end, not the word one"),
    ("工程預計需要三到五年完成。", 3.0, 5.0, "year", "zh-Hant"),
    ("營收可望成長二至三成。", 20.0, 30.0, "percent", "zh-Hant, 成"),
    ("每户可领取两到三袋大米。", 2.0, 3.0, "count", "a count with a measure word"),
    ("施工期约为四~六个月。", 4 * YEAR_M, 6 * YEAR_M, "year", "a tilde as the connector"),
]


@pytest.mark.parametrize("sentence,low,high,unit,why", LONE_LOW_END, ids=[r[4] for r in LONE_LOW_END])
def test_lone_numeral_as_low_end(sentence, low, high, unit, why):
    _range(sentence, low, high, unit)


LONE_WORDS_STAY = [
    ("双方把标准统一到5%。", "统一 ends in 一: no range with an Arabic figure"),
    ("这是唯一到两个地方都去过的人。", "唯一 is a word; the range would be 1-2"),
    ("他是十大杰出青年之一到三个城市巡讲。", "之一 is a word"),
]


@pytest.mark.parametrize("sentence,why", LONE_WORDS_STAY, ids=[r[1] for r in LONE_WORDS_STAY])
def test_numeral_words_before_a_connector_stay_words(sentence, why):
    assert not [c for c in claims_in(sentence) if c.low is not None and c.high is not None and c.value is None], \
        _got(sentence)


# Chinese (and English: four to five thousand) lets the high end's place value cover the low end: 四到五千人 is
# 4,000 to 5,000 people, 三到四百万 3 to 4 million, 3至5千 3,000 to 5,000. This holds when the low end is a
# single digit below the high end's leading digit and the high end is that digit times 百 or 千 (and any 万/亿
# after). 十 is left out: 二至三十 is as often "two to thirty" as "twenty to thirty" (which is written 二三十).
ELIDED_PLACE = [
    ("现场观众约有四到五千人。", 4000.0, 5000.0, "count", "千 after the high end's digit"),
    ("该项目投资三到四百万元。", 3e6, 4e6, "CNY", "百 and 万: the whole place value"),
    ("每月租金一到两千元。", 1000.0, 2000.0, "CNY", "一 as the low end, and the place of 千"),
    ("这条航线长八至九千公里。", 8000.0 * 1000, 9000.0 * 1000, "meter", "a length (canonical metres)"),
    ("预计有3到5千人参加。", 3000.0, 5000.0, "count", "Arabic digits before 千"),
    ("市場規模約五至六千億元。", 5e11, 6e11, "CNY", "zh-Hant: 千 and 億"),
    ("現場約有四到五百名記者。", 400.0, 500.0, "count", "zh-Hant: 百 and a measure word"),
]


@pytest.mark.parametrize("sentence,low,high,unit,why", ELIDED_PLACE, ids=[r[4] for r in ELIDED_PLACE])
def test_elided_place_value(sentence, low, high, unit, why):
    _range(sentence, low, high, unit)


PLACE_KEPT = [
    ("二至三十人", 2.0, 30.0, "count", "十: left as written"),
    ("5到5300人", 5.0, 5300.0, "count", "the high end is more than a digit and a place"),
    ("六到五千人", 6.0, 5000.0, "count", "the low digit is above the high end's: no elision"),
    ("三十到五千人", 30.0, 5000.0, "count", "the low end is more than one digit"),
]


@pytest.mark.parametrize("sentence,low,high,unit,why", PLACE_KEPT, ids=[r[4] for r in PLACE_KEPT])
def test_place_value_not_elided(sentence, low, high, unit, why):
    _range(sentence, low, high, unit)


# An approximate range: a hedge of approximation before the low end (约, about) covers the whole range, and the
# range's tilde, read as a hedge of the high end (~6, "about 6"), is its connector. Two approximations are no
# pair of bounds (that takes "over" and "under": 大于10小于20), so they still make one range.
APPROX_RANGE = [
    ("施工期约为4~6个月。", 4 * YEAR_M, 6 * YEAR_M, "year", "约为 and a tilde, Arabic digits"),
    ("雨季大约3～5天。", 3 / 365.25, 5 / 365.25, "year", "a full-width tilde"),
    ("工期約為4~6個月。", 4 * YEAR_M, 6 * YEAR_M, "year", "zh-Hant"),
    ("Delivery takes about 4~6 weeks.", 4 * 7 / 365.25, 6 * 7 / 365.25, "year", "English about and a tilde"),
    ("利率约为2%~3%。", 2.0, 3.0, "percent", "percent at both ends"),
]


@pytest.mark.parametrize("sentence,low,high,unit,why", APPROX_RANGE, ids=[r[4] for r in APPROX_RANGE])
def test_approximate_range_with_tilde(sentence, low, high, unit, why):
    c = _range(sentence, low, high, unit)
    assert c.qualifier == "approx", _got(sentence)


# A vague marker after the low end (三十多, 十余: "thirty-odd", "ten-plus") still leaves it the low end of a range:
# 三十多到四十岁 runs from thirty-odd to forty. The range's low end is the stated floor.
VAGUE_LOW_END = [
    ("受访者年龄在三十多到四十岁之间。", 30.0, 40.0, "count", "多 before 到"),
    ("现场约有一百多到两百人。", 100.0, 200.0, "count", "多 after a hundred"),
    ("全市有10余至20家企业受影响。", 10.0, 20.0, "count", "余 after Arabic digits"),
    ("全市有十餘至二十家企業受影響。", 10.0, 20.0, "count", "zh-Hant 餘"),
]


@pytest.mark.parametrize("sentence,low,high,unit,why", VAGUE_LOW_END, ids=[r[4] for r in VAGUE_LOW_END])
def test_vague_low_end(sentence, low, high, unit, why):
    _range(sentence, low, high, unit)


# A compound bound written with spaces inside (小于 或 等于, as typed in forms and tables) is one bound: its last
# word alone (等于, "equal to") must not make the figure exact.
SPACED_BOUNDS = [
    ("找出 大于 或 等于50 的数", 50.0, "at_least", "大于 或 等于"),
    ("名额 小于 或者 等于 30 人", 30.0, "at_most", "小于 或者 等于, a space before the figure"),
    ("找出 大於 或 等於50 的數", 50.0, "at_least", "zh-Hant"),
    ("Pick a value greater than or equal to 50.", 50.0, "at_least", "English (as before)"),
]


@pytest.mark.parametrize("sentence,value,qualifier,why", SPACED_BOUNDS, ids=[r[3] for r in SPACED_BOUNDS])
def test_spaced_compound_bound(sentence, value, qualifier, why):
    hit = [c for c in claims_in(sentence) if c.value == value]
    assert hit and hit[0].qualifier == qualifier, _got(sentence)


# Two bounds joined by a conjunction make one range: 大于20而且小于90, 大于20 并且 小于90, "more than 20 and less than
# 90". 而且 is one of the conjunctions as 并且 is.
BOUND_PAIRS = [
    ("这是一个大于20而且小于90的数", 20.0, 90.0, "count", "而且"),
    ("这是一个大于20 而且小于90 的数", 20.0, 90.0, "count", "而且 with spaces"),
    ("這是一個大於20而且小於90的數", 20.0, 90.0, "count", "zh-Hant"),
    ("a number more than 20 and less than 90", 20.0, 90.0, "count", "English (as before)"),
]


@pytest.mark.parametrize("sentence,low,high,unit,why", BOUND_PAIRS, ids=[r[4] for r in BOUND_PAIRS])
def test_two_bounds_with_a_conjunction(sentence, low, high, unit, why):
    _range(sentence, low, high, unit)


# A dash glued to the end of a figure is a range's dash, never the sign of the next one: 5万-10万 is 50,000 to
# 100,000 (as 300-400 and 5%-10% already were), whatever character the first figure ends in (万, 亿, 千, 成).
# A dash after a space in a row of figures (4.65 141,000 -17,000) is still a sign.
DASH_AFTER_FIGURE = [
    ("月薪5万-10万", 5e4, 1e5, "count", "万 before the dash"),
    ("投资3亿-5亿元", 3e8, 5e8, "CNY", "亿, then 亿元"),
    ("占比三成-五成", 30.0, 50.0, "percent", "成"),
    ("月薪5萬-10萬", 5e4, 1e5, "count", "zh-Hant 萬"),
    ("价格5千-8千元", 5000.0, 8000.0, "CNY", "千"),
]


@pytest.mark.parametrize("sentence,low,high,unit,why", DASH_AFTER_FIGURE, ids=[r[4] for r in DASH_AFTER_FIGURE])
def test_dash_after_a_figure_is_no_sign(sentence, low, high, unit, why):
    _range(sentence, low, high, unit)
    assert not [c for c in claims_in(sentence) if (c.value or 0) < 0], _got(sentence)


def test_dash_after_a_space_in_a_row_of_figures_is_a_sign():
    values = [c.value for c in claims_in("Iraq 4.65 4.76 141,000 -17,000")]
    assert -17000.0 in values, values


# "or higher", "or lower" after a figure bound it as "or more", "or less" do (rated 4 stars or higher, incomes
# of $20,000 or lower), also after the noun the figure counts (30 people or more); Chinese 或更多, 或更高 ("or more", "or higher") and 或更少, 或更低 likewise. 或更多 is a
# floor, not an approximation.
OR_HIGHER = [
    ("Hotels rated 4 stars or higher were chosen.", 4.0, "at_least", "or higher"),
    ("Families earning $20,000 or lower qualify.", 20000.0, "at_most", "or lower"),
    ("Scores of 60 and higher pass.", 60.0, "at_least", "and higher"),
    ("Gatherings of 30 people or more are banned.", 30.0, "at_least", "or more after the counted noun"),
    ("Firms with 250 employees or fewer are exempt.", 250.0, "at_most", "or fewer after the counted noun"),
    ("每人需要20个或更多。", 20.0, "at_least", "或更多 is a floor"),
    ("票价为100元或更低。", 100.0, "at_most", "或更低"),
    ("參與者需滿18人或更多。", 18.0, "at_least", "zh-Hant 或更多"),
    ("每戶收入為5萬元或者更低。", 50000.0, "at_most", "zh-Hant 或者更低"),
]


@pytest.mark.parametrize("sentence,value,qualifier,why", OR_HIGHER, ids=[r[3] for r in OR_HIGHER])
def test_or_higher_or_lower(sentence, value, qualifier, why):
    hit = [c for c in claims_in(sentence) if c.value == value]
    assert hit and hit[0].qualifier == qualifier, _got(sentence)


# A strict comparative joined to "equal" is the closed bound, whichever comparative it is: "larger than or equal
# to", "smaller or equal than", "equal to or higher than", 多于或等于, 低于等于, 等于或超过. Before, only the pairs listed
# word for word (greater/more/less than or equal to, 大于/小于或等于) were bounds; the others left "equal to" alone,
# an exact figure.
INCLUSIVE_BOUNDS = [
    ("Seats with a rating larger than or equal to 8 are shown.", 8.0, "at_least", "larger than or equal to"),
    ("Keep rows whose size is smaller than or equal to 64.", 64.0, "at_most", "smaller than or equal to"),
    ("Towns higher or equal to 1500 metres above the sea.", 1500.0, "at_least", "higher or equal to (no than)"),
    ("Boxes lighter than the limit, lower or equal than 12 kilos.", 12.0, "at_most", "lower or equal than"),
    ("Bids above or equal to 300 dollars win.", 300.0, "at_least", "above or equal to"),
    ("Only orders fewer than or equals 5 units ship free.", 5.0, "at_most", "fewer than or equals"),
    ("Players with a score equal to or higher than 90 advance.", 90.0, "at_least", "equal to or higher than"),
    ("Sizes equal or smaller than 40 fit.", 40.0, "at_most", "equal or smaller than"),
    ("参赛人数多于或等于二十人。", 20.0, "at_least", "多于或等于"),
    ("气温低于等于零下五度时停工。", -5.0, "at_most", "低于等于"),
    ("成绩高于或者等于九十分的同学。", 90.0, "at_least", "高于或者等于"),
    ("订单金额等于或超过500元免运费。", 500.0, "at_least", "等于或超过"),
    ("參賽人數少於或等於十五人。", 15.0, "at_most", "zh-Hant 少於或等於"),
    ("訂單金額等於或高於800元。", 800.0, "at_least", "zh-Hant 等於或高於"),
]


@pytest.mark.parametrize("sentence,value,qualifier,why", INCLUSIVE_BOUNDS, ids=[r[3] for r in INCLUSIVE_BOUNDS])
def test_comparative_or_equal_is_a_closed_bound(sentence, value, qualifier, why):
    hit = [c for c in claims_in(sentence) if c.value is not None and abs((c.written_value if c.written_value is not None else c.value) - value) < 1e-9]
    assert hit and hit[0].qualifier == qualifier, _got(sentence)


EQUAL_STAYS_EXACT = [
    ("The total is equal to 40 this year.", 40.0, "equal to alone is exact"),
    ("结果等于四十。", 40.0, "等于 alone"),
]


@pytest.mark.parametrize("sentence,value,why", EQUAL_STAYS_EXACT, ids=[r[2] for r in EQUAL_STAYS_EXACT])
def test_equal_alone_stays_exact(sentence, value, why):
    hit = [c for c in claims_in(sentence) if c.value == value]
    assert hit and hit[0].qualifier is None, _got(sentence)


# Bounds after the figure, completing the pairs: "and under", "or under" (children aged 5 and under), "and fewer",
# "and greater"; 以及以上 and 以及以下 as 及以上 and 及以下. (Ages with them, "children aged 5 and under", define a group
# and are no claims: tests/extract/test_ages_of_groups.py.)
AFTER_BOUNDS = [
    ("Orders of 12 and under ship free.", 12.0, "at_most", "and under"),
    ("Groups of 8 or under need no booking.", 8.0, "at_most", "or under"),
    ("Classes of 15 students and fewer get a grant.", 15.0, "at_most", "and fewer after the noun"),
    ("Ratings of 4 and greater are shown.", 4.0, "at_least", "and greater"),
    ("六十吨以及以上的货物需申报。", 60.0, "at_least", "以及以上"),
    ("三十人以及以下的班級。", 30.0, "at_most", "zh-Hant 以及以下"),
]


@pytest.mark.parametrize("sentence,value,qualifier,why", AFTER_BOUNDS, ids=[r[3] for r in AFTER_BOUNDS])
def test_bound_words_after_the_figure(sentence, value, qualifier, why):
    hit = [c for c in claims_in(sentence) if (c.written_value if c.written_value is not None else c.value) == value]
    assert hit and hit[0].qualifier == qualifier, _got(sentence)


# Two ordinals (ranks, places) as the ends of a range: "between the third and the seventh", "between 4th and 9th",
# "higher than the twentieth but lower than the twelfth" are ranks 3-7, 4-9, 12-20. Ordinals that a noun other
# than place, position or rank follows are periods or dates (between the first and second quarters, between the
# 3rd and 9th of June) and stay no figure.
ORDINAL_RANGES = [
    ("The team finished between the third and the seventh.", 3.0, 7.0, "word ordinals"),
    ("She placed between 4th and 9th in every race.", 4.0, 9.0, "digit ordinals"),
    ("His rank is higher than the twentieth but lower than the twelfth.", 12.0, 20.0, "two comparatives"),
    ("The film ranked between the twenty-first and thirtieth place.", 21.0, 30.0, "compound ordinal, place after"),
]


@pytest.mark.parametrize("sentence,low,high,why", ORDINAL_RANGES, ids=[r[3] for r in ORDINAL_RANGES])
def test_range_of_ordinals(sentence, low, high, why):
    _range(sentence, low, high, "count")


ORDINALS_NOT_A_RANGE = [
    ("Sales rose between the first and second quarters.", "periods: a noun after"),
    ("The fair runs between the 3rd and 9th of June.", "dates: of and a month after"),
    ("It was the third and the seventh time we met.", "no between"),
]


@pytest.mark.parametrize("sentence,why", ORDINALS_NOT_A_RANGE, ids=[r[1] for r in ORDINALS_NOT_A_RANGE])
def test_ordinals_of_periods_are_no_range(sentence, why):
    assert not [c for c in claims_in(sentence) if c.low is not None and c.high is not None], _got(sentence)


# 强 and 弱 right after a share say "a little over" and "a little under" it: 三分之一强 (over a third), 百分之五弱.
# Before, 强 made the share a name (as 世界500强, 十强 are, which stay names) and the figure was lost.
SHARE_STRONG_WEAK = [
    ("外资占三分之一强的份额。", 100 / 3, "over", "三分之一强 before 的"),
    ("失业率为百分之五强。", 5.0, "over", "百分之五强"),
    ("出口占比二成弱。", 20.0, "under", "成 with 弱"),
    ("外資佔三分之二強。", 200 / 3, "over", "zh-Hant 強"),
]


@pytest.mark.parametrize("sentence,value,qualifier,why", SHARE_STRONG_WEAK, ids=[r[3] for r in SHARE_STRONG_WEAK])
def test_strong_and_weak_after_a_share(sentence, value, qualifier, why):
    hit = [c for c in claims_in(sentence) if c.value == pytest.approx(value)]
    assert hit and hit[0].qualifier == qualifier, _got(sentence)


@pytest.mark.parametrize("sentence", ["公司跻身世界500强。", "球队进入十强。", "股价上涨10%强势收复失地。"])
def test_strong_after_a_count_stays_a_name(sentence):
    assert not [c for c in claims_in(sentence) if c.qualifier == "over"], _got(sentence)


# A lone numeral character between 比 and a comparative (比五大, 比十小, 比八高) is the number compared with, as a
# longer one is (比三十大): a bound, and with a second comparison a range. Before, a single character glued to
# its neighbours was taken for part of a word and dropped.
LONE_COMPARED = [
    ("这个数比五大。", 5.0, "over", "比五大"),
    ("答案比三少。", 3.0, "under", "比三少"),
    ("這個數比八高一點。", 8.0, "over", "zh-Hant 比八高"),
]


@pytest.mark.parametrize("sentence,value,qualifier,why", LONE_COMPARED, ids=[r[3] for r in LONE_COMPARED])
def test_lone_numeral_after_bi(sentence, value, qualifier, why):
    hit = [c for c in claims_in(sentence) if c.value == value]
    assert hit and hit[0].qualifier == qualifier, _got(sentence)


def test_lone_numerals_in_two_comparisons_make_a_range():
    _range("数字比十大比二十小。", 10.0, 20.0, "count")


# Lone numeral characters as the ends of a range "between" (在五和十之间, 介于三与八之间): the construction makes
# each a number, as 在十五和二十之间 already was; a lone character elsewhere before 和 stays undecided as before.
LONE_BETWEEN = [
    ("这个数字在五和十之间。", 5.0, 10.0, "在…和…之间"),
    ("得分介于三与八之间。", 3.0, 8.0, "介于…与…之间"),
    ("價格介於五與十之間。", 5.0, 10.0, "zh-Hant 介於…與…之間"),
]


@pytest.mark.parametrize("sentence,low,high,why", LONE_BETWEEN, ids=[r[3] for r in LONE_BETWEEN])
def test_lone_numerals_between(sentence, low, high, why):
    _range(sentence, low, high, "count")


# "from X to Y" after a verb of change earlier in the clause is where the change started and ended, two levels,
# never one range; the level it started at, written bare, is in the unit and scale of the one it ended at. A range
# word before "from" (range, ranging, between, estimates) keeps the range.
CHANGE_FROM_TO = [
    ("Global tea production rose by 3.2 percent over the previous year, from 6.4 to 6.6 million metric tonnes.",
     [("6.4", 6.4e6, "metric_ton"), ("6.6 million metric tonnes", 6.6e6, "metric_ton")], "the verb a clause back"),
    ("Production rose 3% from 6.4 to 6.6 million tonnes.",
     [("6.4", 6.4e6, "metric_ton"), ("6.6 million tonnes", 6.6e6, "metric_ton")], "a percent change between"),
    ("Revenue rose from 5 to $7 billion.", [("5", 5e9, "USD"), ("$7 billion", 7e9, "USD")], "money: its sign and scale"),
    ("Output rose 3%, with estimates ranging from 6.4 to 6.6 million tonnes.",
     [("6.4 to 6.6 million tonnes", None, "metric_ton")], "a range word before 'from': a range"),
]


@pytest.mark.parametrize("sentence,expected,why", CHANGE_FROM_TO, ids=[r[2] for r in CHANGE_FROM_TO])
def test_from_to_after_a_verb_of_change_is_two_levels(sentence, expected, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence) if c.unit != "percent"]
    assert [(t, v if v is None else pytest.approx(v), u) for t, v, u in expected] == got, why
