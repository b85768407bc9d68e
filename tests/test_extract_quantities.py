"""Quantities around a number (extract/quantities.py, units.py): bounds in words, fractions and shares,
money glued to its number, units of every kind. zh-Hans, zh-Hant and English; each case says why."""
from __future__ import annotations

import pytest

from conftest import check_claim, claims_in

# (sentence, span, value, low, high, unit, qualifier, why)
CASES = [
    # bounds in words: a qualifier and a bound, never a bare point
    ("attendance exceeding 3,000 people", "exceeding 3,000", 3000, 3000, None, "count", "over", "exceeding"),
    ("500 or more firms", "500 or more", 500, 500, None, "count", "at_least", "or more after"),
    ("no fewer than 20 banks", "no fewer than 20", 20, 20, None, "count", "at_least", "no fewer than"),
    ("at least half of them agreed", "at least half of", 50, 50, None, "percent", "at_least",
     "a hedge before a figure word"),
    ("up to a third of firms", "up to a third", 100 / 3, None, 100 / 3, "percent", "at_most", "up to a fraction"),
    ("exports more than doubled", "more than doubled", 2, 2, None, "times", "over", "a verb of multiple"),
    ("a threefold rise in cases", "threefold", 3, None, None, "times", None, "a one-word multiple"),
    ("prices rose nearly tenfold", "nearly tenfold", 10, None, 10, "times", "under", "a hedged one-word multiple"),
    ("China makes twice as much steel", "twice as", 2, None, None, "times", None, "twice before a comparison"),
    ("营收至少翻两番", "至少翻两番", 4, 4, None, "times", "at_least", "翻两番 = four times"),
    ("營收翻了一番", "翻了一番", 2, None, None, "times", None, "zh-Hant 翻一番"),
    ("交易約值港幣80億元", "約值港幣80億元", 8e9, None, None, "HKD", "approx", "约值 before a currency prefix"),
    # (after a growth verb N倍 is the rise, N×100 %: 增加了一倍 doubled; tests/extract/test_glued_codes_and_growth_multiples.py)
    ("营收增加了一倍", "一倍", 100, None, None, "percent", None, "a lone 一 before 倍 is a multiple, not the word one"),
    ("產能提高一倍以上", "一倍以上", 100, 100, None, "percent", "at_least", "zh-Hant, with a bound after"),
    ("营收是去年的一倍", "一倍", 1, None, None, "times", None, "a lone 一 before 倍, no growth verb"),
    ("至少30家企业", "至少30家", 30, 30, None, "count", "at_least", "至少"),
    ("不低于5%的增速", "不低于5%", 5, 5, None, "percent", "at_least", "不低于"),
    ("不超過一百億元", "不超過一百億元", 1e10, None, 1e10, "CNY", "at_most", "zh-Hant 不超過"),
    ("最多3次", "最多3次", 3, None, 3, "count", "at_most", "最多"),
    ("逾半数受访者", "逾半数", 50, 50, None, "percent", "over", "逾半"),
    ("票房破10亿", "破10亿", 1e9, 1e9, None, "count", "over", "破 before a number"),
    ("粉絲破萬", "破萬", 1e4, 1e4, None, "count", "over", "zh-Hant: a bound before a bare scale word"),
    ("上万人参加", "上万人", 1e4, 1e4, None, "count", "at_least", "上万 is ten thousand or more"),
    ("近千家企业", "近千家", 1000, None, 1000, "count", "under", "近 before a bare 千"),
    ("股指跌破3000点", "跌破3000", 3000, None, 3000, "count", "under", "跌破 is a fall below"),
    ("约莫四成", "约莫四成", 40, None, None, "percent", "approx", "约莫"),
    ("近一半的企业", "近一半", 50, None, 50, "percent", "under", "近 before a figure word"),
    # a negation before a strict comparative flips it into the opposite closed bound
    ("fees not exceeding 200 dollars", "not exceeding 200 dollars", 200, None, 200, "USD", "at_most",
     "not + exceeding"),
    ("a ratio no smaller than 10 percent", "no smaller than 10 percent", 10, 10, None, "percent", "at_least",
     "no + smaller than"),
    ("It is never less than 3 metres deep", "never less than 3 metres", 3, 3, None, "meter", "at_least",
     "never + less than"),
    ("增速不会低于5%", "不会低于5%", 5, 5, None, "percent", "at_least", "zh-Hans 不会 + 低于"),
    ("支出未超過30億元", "未超過30億元", 3e9, None, 3e9, "CNY", "at_most", "zh-Hant 未 + 超過"),
    ("人數不會少於200人", "不會少於200人", 200, 200, None, "count", "at_least", "zh-Hant 不會 + 少於"),
    ("not nearly 300 people", "nearly 300", 300, None, 300, "count", "under",
     "an approach word is no comparative: the negation leaves it"),
    # bound words: minimum and maximum, upwards of, and up, or so; 起码, 不下, 开外, 挂零
    ("a maximum of 40 seats", "40", 40, None, 40, "count", "at_most", "maximum, then the filler of"),
    ("at minimum 30 days", "minimum 30 days", 30 / 365.25, 30 / 365.25, None, "year", "at_least", "at minimum"),
    ("upwards of 500 people", "upwards of 500", 500, 500, None, "count", "over", "upwards of"),
    ("orders of 12 and up", "12 and up", 12, 12, None, "count", "at_least", "and up after"),
    ("some 20 or so people", "some 20 or so", 20, None, None, "count", "approx", "or so after"),
    ("起码三天", "起码三天", 3 / 365.25, 3 / 365.25, None, "year", "at_least", "zh-Hans 起码"),
    ("不下百人到場", "不下百人", 100, 100, None, "count", "at_least", "zh-Hant 不下 before a bare scale"),
    ("他已五十開外", "五十開外", 50, 50, None, "count", "over", "zh-Hant 開外 after"),
    ("年纪四十挂零", "四十挂零", 40, 40, None, "count", "over", "zh-Hans 挂零 after"),
    ("至少需要5人", "5人", 5, 5, None, "count", "at_least", "需要 between the hedge and the figure"),
    ("a crowd of 40-plus people", "40-plus", 40, 40, None, "count", "at_least", "N-plus"),
    ("a one-in-five chance", "one-in-five", 20, None, None, "percent", None, "a hyphenated ratio in words"),
    ("7-in-10 voters agreed", "7-in-10", 70, None, None, "percent", None, "a hyphenated ratio in digits"),
    ("a 5-percentage-point lead", "5-percentage-point", 5, None, None, "percentage_points", None,
     "percentage-point, hyphenated, is no percent"),
    ("inflation just shy of 3%", "shy of 3%", 3, None, 3, "percent", "under", "shy of"),
    ("close to 500 people", "close to 500", 500, None, 500, "count", "under", "close to: an approach"),
    ("an estimated 2,000 people", "an estimated 2,000", 2000, None, None, "count", "approx", "an estimated"),
    # a bare half is a share after a hedge, and half before a possessive is a share of it
    ("Less than half turned out", "Less than half", 50, None, 50, "percent", "under", "a hedge, then half"),
    ("about half did not vote", "about half", 50, None, None, "percent", "approx", "about half"),
    ("he lost half his savings", "half his", 50, None, None, "percent", None, "half + a possessive"),
    # fractions, halves and discounts
    ("a one-half mile walk", "one-half mile", 804.672, None, None, "meter", None, "a hyphenated fraction of a unit"),
    ("three-quarters of the market", "three-quarters", 75, None, None, "percent", None, "hyphenated fraction"),
    ("two-fifths of voters", "two-fifths", 40, None, None, "percent", None, "hyphenated fraction"),
    ("a third of firms", "a third", 100 / 3, None, None, "percent", None, "an article and a fraction"),
    # an article before a currency word is one of it (not before other units: an hour later, a mile away)
    ("it costs a dollar a day", "a dollar", 1, None, None, "USD", None, "a + currency"),
    ("這杯咖啡要a euro", "a euro", 1, None, None, "EUR", None, "zh-Hant line, English words"),
    ("I found a cent", "a cent", 0.01, None, None, "USD", None, "a minor unit"),
    # a currency sign after the number, as many languages write it (unless a number follows the sign)
    ("tickets cost 5000 ₩ each", "5000 ₩", 5000, None, None, "KRW", None, "a sign after the number"),
    ("a fee of 300 ₹", "300 ₹", 300, None, None, "INR", None, "rupee sign after"),
    ("門票100 ¥", "100 ¥", 100, None, None, "CNY", None, "zh-Hant: ¥ on a Chinese line is yuan"),
    ("a ticket at 100 ¥ in Tokyo", "100 ¥", 100, None, None, "JPY", None, "¥ elsewhere is yen"),
    ("it costs 50 Kč", "50 Kč", 50, None, None, "CZK", None, "a scale letter glued to another letter is no scale"),
    # a scale word joined by a hyphen in a compound adjective
    ("a $5-million budget", "$5-million", 5e6, None, None, "USD", None, "money, hyphen, million"),
    ("a 10-billion-dollar deal", "10-billion-dollar", 1e10, None, None, "USD", None, "then a currency word"),
    ("a 3-million-strong union", "3-million", 3e6, None, None, "count", None, "a count"),
    # a slash fraction that ends the sentence: the full stop is no decimal point (4/5.5 would be)
    ("Turnout fell to 3/4.", "3/4", 75, None, None, "percent", None, "a fraction before a full stop"),
    ("出口占比降至3/5.", "3/5", 60, None, None, "percent", None, "zh-Hans, an ASCII full stop"),
    ("市佔率約為1/4。", "約為1/4", 25, None, None, "percent", "approx", "zh-Hant, a CJK full stop"),
    ("three-quarters of a mile", "three-quarters of a mile", 1207.008, None, None, "meter", None,
     "a fraction of a unit"),
    ("a 1/4 inch gap", "1/4 inch", 0.00635, None, None, "meter", None, "a slash fraction before a unit"),
    ("½ teaspoon salt", "½ teaspoon", 2.46446079687e-06, None, None, "meter ** 3", None, "½ before a unit"),
    ("三分之一公里", "三分之一公里", 1000 / 3, None, None, "meter", None, "a Chinese fraction before a unit"),
    ("rates rose half a percent", "half a percent", 0.5, None, None, "percent", None, "half of a percent"),
    ("a quarter of a percentage point", "a quarter of a percentage point", 0.25, None, None, "percentage_points",
     None, "a fraction of a point"),
    ("一元五角", "一元五角", 1.5, None, None, "CNY", None, "角 is a tenth of a yuan"),
    ("兩公升水", "兩公升", 0.002, None, None, "meter ** 3", None, "公升 is a litre"),
    ("one and a half million", "one and a half million", 1.5e6, None, None, "count", None, "1.5e6"),
    ("one million and a half", "one million and a half", 1.5e6, None, None, "count", None,
     "the half is of the scale before it, not 1,000,000.5"),
    ("a 10,000-square-foot home", "10,000-square-foot", 929.0304, None, None, "meter ** 2", None,
     "a hyphenated area unit"),
    ("fell to $12.45.", "$12.45", 12.45, None, None, "USD", None, "a decimal before the full stop"),
    ("三分之一的人", "三分之一", 100 / 3, None, None, "percent", None, "a share"),
    ("全场打八折", "八折", 80, None, None, "percent", None, "N折 is the share of the price paid"),
    ("全場對折", "對折", 50, None, None, "percent", None, "对折 is half the price"),
    ("半折出售", "半折", 50, None, None, "percent", None, "半折 is half the price"),
    ("利润率提高半成", "半成", 5, None, None, "percent", None, "成 is 10 %, 半成 5 %"),
    # ratios: M of every N is a share
    ("7 in 10 adults", "7 in 10", 70, None, None, "percent", None, "M in N"),
    ("nine out of ten doctors", "nine out of ten", 90, None, None, "percent", None, "M out of N"),
    ("每10台中有7台", "每10台中有7台", 70, None, None, "percent", None, "每N台中有M台"),
    ("每十人中就有三人", "每十人中就有三人", 30, None, None, "percent", None, "每N人中就有M人"),
    ("每100元中有30元", "每100元中有30元", 30, None, None, "percent", None, "a share of money"),
    ("每十個人裡有一個", "每十個人裡有一個", 10, None, None, "percent", None, "zh-Hant, 一个 as the share's count"),
    # money glued to the number, scale letters after money
    ("priced at RM79", "RM79", 79, None, None, "MYR", None, "ringgit code glued"),
    ("a USD10m loan", "USD10m", 1e7, None, None, "USD", None, "m after money is million"),
    ("raised US$5.5bn", "US$5.5bn", 5.5e9, None, None, "USD", None, "bn"),
    ("tickets at HK$3", "HK$3", 3, None, None, "HKD", None, "HK$"),
    ("a NT$120 fee", "NT$120", 120, None, None, "TWD", None, "NT$"),
    ("S$40 a month", "S$40", 40, None, None, "SGD", None, "S$ is Singapore"),
    ("a A$2.5bn deal", "A$2.5bn", 2.5e9, None, None, "AUD", None, "A$"),
    ("C$300 million", "C$300 million", 3e8, None, None, "CAD", None, "C$"),
    ("a €3bn fund", "€3bn", 3e9, None, None, "EUR", None, "€ with bn"),
    ("earned £2.1m", "£2.1m", 2.1e6, None, None, "GBP", None, "m after £ is million, not metres"),
    ("bought for hk $ 3 million", "hk $ 3 million", 3e6, None, None, "HKD", None, "a spaced symbol in tokenised text"),
    ("revenue exceeds a $ 4 billion", "$ 4 billion", 4e9, None, None, "USD", None, "a $ is an article, not A$"),
    ("a loss of 100 million won", "100 million won", 1e8, None, None, "KRW", None, "won after a number"),
    ("priced at ¥28,030", "¥28,030", 28030, None, None, "JPY", None, "¥ off a Chinese line is yen"),
    ("售价¥28,030", "¥28,030", 28030, None, None, "CNY", None, "¥ on a Chinese line is yuan"),
    ("The fund lost (US$7.5 million) last year", "US$7.5 million", 7.5e6, None, None, "USD", None,
     "brackets in prose are an aside, not a negative"),
    ("| Net income | ($7.5) | $3.2 |", "($7.5)", -7.5, None, None, "USD", None, "accounting negative in a table"),
    ("profit improved to 361 million pounds", "361 million pounds", 3.61e8, None, None, "GBP", None,
     "pounds with money words are sterling"),
    # units
    ("exports of 1.2m tons", "1.2m tons", 1.2e6, None, None, "metric_ton", None, "m before a unit is million"),
    ("a 100m sprint", "100m", 100, None, None, "meter", None, "m alone is metres"),
    ("the calf weighs 200 pounds", "200 pounds", 0.090718474, None, None, "metric_ton", None, "pounds of mass"),
    ("he is 12 ft 2 in tall", "12 ft 2 in", 3.7084, None, None, "meter", None, "feet and inches are one length"),
    ("turn left 45 degrees", "45 degrees", 45, None, None, "degree", None, "an angle, never bytes"),
    ("The angle is 0.8 rad", "0.8 rad", 45.8366236105, None, None, "degree", None, "radians are an angle"),
    ("the temperature is 24 degrees", "24 degrees", 24, None, None, "degree_Celsius", None, "with a temperature"),
    ("氣溫高達38度", "38度", 38, None, None, "degree_Celsius", "approx" if False else None, "气温 cues 度"),
    ("It melts at 573.15K", "573.15K", 300, None, None, "degree_Celsius", None, "K with a temperature is kelvin"),
    ("a salary of 300K", "300K", 300000, None, None, "count", None, "K without one is a thousand"),
    ("Water boils at 212 °F", "212 °F", 100, None, None, "degree_Celsius", None, "°F"),
    ("at absolute zero", "absolute zero", -273.15, None, None, "degree_Celsius", None, "absolute zero is 0 K"),
    ("The weight is 20 (kg)", "20 (kg)", 0.02, None, None, "metric_ton", None, "a unit in brackets"),
    ('a pen that is 10" long', '10"', 0.254, None, None, "meter", None, "an unpaired quote is an inch mark"),
    ("2 pints of milk", "2 pints", 0.000946352946, None, None, "meter ** 3", None, "imperial volume"),
    ("1/2 cup olive oil", "1/2 cup", 0.00011829411825, None, None, "meter ** 3", None, "kitchen volume"),
    ("3 tablespoons butter", "3 tablespoons", 4.43602943437e-05, None, None, "meter ** 3", None, "tablespoons"),
    ("an area of 10 km²", "10 km²", 1e7, None, None, "meter ** 2", None, "km²"),
    ("5 sq mi of forest", "5 sq mi", 12949940.5517, None, None, "meter ** 2", None, "sq mi"),
    ("3 acres", "3 acres", 12140.6178296, None, None, "meter ** 2", None, "acres"),
    ("mains at 230 V", "230 V", 230, None, None, "volt", None, "V is volts, case-exact"),
    ("shares rose 2.5pc", "2.5pc", 2.5, None, None, "percent", None, "pc is percent in the British press"),
    ("a cut of 25 bp", "25 bp", 0.25, None, None, "percentage_points", None, "bp: a basis point"),
    ("a 200 hp engine", "200 hp", 149139.974316, None, None, "watt", None, "horsepower"),
    ("一台500馬力的發動機", "500馬力", 372849.935791, None, None, "watt", None, "zh-Hant horsepower"),
    ("a 100,000 dwt tanker", "100,000 dwt", 1e5, None, None, "metric_ton", None, "deadweight tonnes"),
    ("手持訂單2.09億載重噸", "2.09億載重噸", 2.09e8, None, None, "metric_ton", None, "zh-Hant 載重噸"),
    ("新接订单8711万载重吨", "8711万载重吨", 8.711e7, None, None, "metric_ton", None, "zh-Hans 载重吨"),
    ("emissions of 36.8 Gt of CO2", "36.8 Gt", 3.68e10, None, None, "metric_ton", None, "gigatonnes, case-exact"),
    ("cut 1.2 Mt a year", "1.2 Mt", 1.2e6, None, None, "metric_ton", None, "megatonnes, case-exact"),
    ("at 60 mph", "60 mph", 26.8224, None, None, "meter / second", None, "a speed"),
    ("時速100公里/小時", "100公里/小時", 27.7777777778, None, None, "meter / second", None, "zh-Hant speed"),
    ("三斤半", "三斤半", 0.00175, None, None, "metric_ton", None, "jin and a half"),
    ("五亩地", "五亩", 3333.33333333, None, None, "meter ** 2", None, "mu"),
    ("十公頃", "十公頃", 100000, None, None, "meter ** 2", None, "zh-Hant hectares"),
    ("六 个 百 分点", "六 个 百 分点", 6, None, None, "percentage_points", None, "spaces inside a CJK unit"),
    # units the tables lack, looked up in pint by name (never a common noun pint also knows)
    ("a race of 2 furlongs", "2 furlongs", 402.336804674, None, None, "meter", None, "pint knows furlongs"),
    ("a star 7 light years away", "7 light years", 6.62251133081e16, None, None, "meter", None, "two words"),
    ("4 cubic yards of soil", "4 cubic yards", 3.05821943194, None, None, "meter ** 3", None, "cubic + a pint unit"),
    ("a 3 kilonewtons load", "3 kilonewtons", 3000, None, None, "newton", None, "a prefixed pint unit"),
    ("6 amps of current", "6 amps", 6, None, None, "ampere", None, "amps in the table (pint reads am·ps)"),
    ("氣溫零下五度", "零下五度", -5, None, None, "degree_Celsius", None, "零下 is a sign, 气温 makes 度 a temperature"),
    ("It costs 5 euros 50 cents.", "5 euros 50 cents", 5.5, None, None, "EUR", None,
     "a minor unit counts in the currency before it"),
    ("a 5-kilogram bag", "5-kilogram", 0.005, None, None, "metric_ton", None, "a unit joined by a hyphen"),
    ("a 10-km race", "10-km", 10000, None, None, "meter", None, "a two-letter symbol joined by a hyphen"),
    ("a 4-mm gap", "4-mm", 0.004, None, None, "meter", None, "mm joined by a hyphen"),
    ("2 cu. ft. of soil", "2 cu. ft.", 0.056633693184, None, None, "meter ** 3", None, "cu. ft."),
    ("50 cl of wine", "50 cl", 0.0005, None, None, "meter ** 3", None, "centilitres"),
    ("a 3 kHz tone", "3 kHz", 3000, None, None, "hertz", None, "kilohertz"),
    ("a 2-hour meeting", "2-hour", 2 / 8766, None, None, "year", None, "a duration joined by a hyphen"),
]


@pytest.mark.parametrize("sentence,span,value,low,high,unit,qualifier,why", CASES, ids=[c[7] for c in CASES])
def test_quantity(sentence, span, value, low, high, unit, qualifier, why):
    check_claim(sentence, span, value, low, high, unit, qualifier)


def test_newton_metres_are_no_nanometres():
    assert [(c.text, c.unit) for c in claims_in("20 Nm of torque")] == [("20", "count")]
    assert [c.unit for c in claims_in("a 5 nm layer")] == ["meter"]  # (a 5 nm process names a node: test_process_nodes)


def test_a_hyphen_joins_no_standalone_unit():
    assert [(c.text, c.unit) for c in claims_in("a 2-in-1 laptop")] == [("2", "count")]


def test_a_quoted_number_is_not_inches():
    assert [(c.text, c.unit) for c in claims_in('He said "10" twice')] == [("10", "count")]


def test_two_in_a_word_is_no_liang():
    assert [c.text for c in claims_in("两两相对")] == []


def test_a_rate_per_population_is_no_share():
    # (the base, 10万人, is no claim of its own: nonclaims.toml rate_base_before)
    assert [(c.text, c.unit, c.per) for c in claims_in("每10万人拥有206个机器人")] == [
        ("每10万人拥有206个", "count", 100_000.0)]


def test_broke_records_is_no_bound():
    assert [(c.text, c.qualifier) for c in claims_in("打破3项纪录")] == [("3项", None)]


def test_bare_scale_after_a_bound_needs_no_unit_but_baidu_is_a_name():
    assert claims_in("上百度搜索") == []


def test_nouns_pint_also_knows_stay_counts():
    for sentence in ("10 points higher", "3 units sold", "5 people attended", "3 hands raised"):
        assert [c.unit for c in claims_in(sentence)] == ["count"], sentence


@pytest.mark.parametrize("sentence,unit", [
    ("He has lost his pen 7 times since Monday.", "count"),  # occurrences
    ("used four times per week", "count / week"),  # a frequency: a count per period (test_extract_news_units)
    ("sales were 3 times higher", "times"),  # a comparison follows: a multiple
    ("five times the size", "times"),
    ("销量是去年的3倍", "times"),
])
def test_times_counts_occurrences_unless_a_comparison_follows(sentence, unit):
    assert [c.unit for c in claims_in(sentence)] == [unit]


def test_letters_that_start_a_code_are_no_unit():
    assert [c.unit for c in claims_in("part 24703 L-202")] == ["count"]
    assert [c.unit for c in claims_in("lot 24703 m212")] == ["count"]  # ("code 24703" is an identifier: a label)


# 块 is a measure word unless an amount follows it: a measure word takes no numeral after it, a currency unit
# takes its tenths (jiao) or 钱. zh-Hans and zh-Hant; the same tail reads after 元.
@pytest.mark.parametrize("sentence,span,value,unit", [
    ("她花了三块五买菜", "三块五", 3.5, "CNY"),
    ("车费两块二。", "两块二", 2.2, "CNY"),
    ("門票十二塊八毛", "十二塊八毛", 12.8, "CNY"),
    ("一杯要四塊錢", "四塊錢", 4, "CNY"),
    ("合计九元五角", "九元五角", 9.5, "CNY"),
    ("还剩六块三毛钱", "六块三毛钱", 6.3, "CNY"),
    ("他们开垦了三块地", "三块", 3, "count"),
    ("切成四塊五個人分", "四塊", 4, "count"),  # 五 counts people: no tail
    ("两块五百平米的地", "两块", 2, "count"),  # 五百 is a number of its own
    # a 块 that ends the clause counts no noun: an amount
    ("这件衣服一百二十八块。", "一百二十八块", 128, "CNY"),
    ("這件衣服賣三萬塊，很貴", "三萬塊", 30000, "CNY"),
    # fen after jiao
    ("找零两毛五。", "两毛五", 0.25, "CNY"),
    # fen named with 分 after yuan and jiao, or after jiao alone: one amount to the fen
    ("单价四元六角八分", "四元六角八分", 4.68, "CNY"),
    ("郵費兩塊三毛五分", "兩塊三毛五分", 2.35, "CNY"),
    ("每斤涨了七角二分", "七角二分", 0.72, "CNY"),
])
def test_kuai_is_yuan_when_an_amount_follows(sentence, span, value, unit):
    check_claim(sentence, span, value, None, None, unit)


# ¥ and its typed form Y= (a capital Y standing alone): yuan on a Chinese line, yen elsewhere; y=28 is an equation
@pytest.mark.parametrize("sentence,span,value,unit", [
    ("Sales reached Y=28,030 million last year.", "Y=28,030 million", 2.803e10, "JPY"),
    ("售價Y=1,280起", "Y=1,280", 1280, "CNY"),
    ("A ticket costs ¥4,500.", "¥4,500", 4500, "JPY"),
    ("门票¥120", "¥120", 120, "CNY"),
    ("花了美金三百", "美金三百", 300, "USD"),  # a currency word before the number, as 港币两千
    ("博彩收入澳門幣1.5億", "澳門幣1.5億", 1.5e8, "MOP"),
    ("出口额韩圜1000亿", "韩圜1000亿", 1e11, "KRW"),
    ("報價泰銖1000", "泰銖1000", 1000, "THB"),
    ("投資越南盾5000萬", "越南盾5000萬", 5e7, "VND"),
    ("where y=28 holds", "28", 28, "count"),
])
def test_yen_sign_and_its_typed_form(sentence, span, value, unit):
    check_claim(sentence, span, value, None, None, unit)


# A decimal that looks like year.month is a figure when the "year" is implausible or a scale, unit or percent follows
@pytest.mark.parametrize("sentence,span,value,unit", [
    ("实际销售收入达到2382.17亿元", "2382.17亿元", 2.38217e11, "CNY"),
    ("金額共計1085.07萬億元", "1085.07萬億元", 1.08507e15, "CNY"),
    ("产量为2023.12万吨", "2023.12万吨", 20231200, "metric_ton"),
    ("the index closed at 2382.15 points", "2382.15", 2382.15, "count"),
])
def test_decimals_that_look_like_months_are_figures(sentence, span, value, unit):
    check_claim(sentence, span, value, None, None, unit)


# Oil is quoted as a flow: a rate word earlier in the clause (日均, 每天, daily) makes barrels barrels a day, as
# "barrels a day" after the figure does; without one, barrels stay a volume.
@pytest.mark.parametrize("sentence,span,unit", [
    ("該國日均出口量達到735萬桶", "735萬桶", "oil_barrel / day"),
    ("沙特每天生产980万桶原油", "980万桶", "oil_barrel / day"),
    ("daily output rose to 9.8 million barrels", "9.8 million barrels", "oil_barrel / day"),
    ("output fell by 500,000 barrels a day", "500,000 barrels a day", "oil_barrel / day"),
    ("储油罐容量为500万桶", "500万桶", "meter ** 3"),
    ("The tank holds 500 barrels, and daily use is high", "500 barrels", "meter ** 3"),
    # 时速 is per hour: a speed, as km/h after the figure
    ("高鐵時速達到350公里", "350公里", "meter / second"),
    ("列车每小时行驶120公里", "120公里", "meter / second"),
    ("全程350公里", "350公里", "meter"),
])
def test_barrels_with_a_rate_word_are_a_flow(sentence, span, unit):
    assert (span, unit) in [(c.text, c.unit) for c in claims_in(sentence)]


# One physical unit divided by another right after it is one compound unit (densities, concentrations, fluxes),
# converted to its canonical unit where the table has one; a period after "per" stays the stock, and money never
# divides (its unit is a currency code)
@pytest.mark.parametrize("sentence,span,value,unit", [
    ("a density of 1.2 g/cm3", "1.2 g/cm3", 1200, "kilogram / meter ** 3"),
    ("密度為1.2克/立方厘米", "1.2克/立方厘米", 1200, "kilogram / meter ** 3"),
    ("nitrate at 50 mg/L", "50 mg/L", 0.05, "kilogram / meter ** 3"),
    ("a car doing 60 km per hour", "60 km per hour", 60 / 3.6, "meter / second"),  # a length per a duration
    ("g is 9.81 m/s^2", "9.81 m/s^2", 9.81, "meter / second ** 2"),  # an exponent binds the last unit
    ("a 3 mm^2 wire", "3 mm^2", 3e-6, "meter ** 2"),
    ("a car doing 30 mpg", "30 mpg", 30, "mile / gallon"),
    ("a 1 µm filter", "1 µm", 1e-6, "meter"),
    ("irradiance of 5 kW/m²", "5 kW/m²", 5000, "watt / meter ** 2"),
    ("1.2 million tonnes per year", "1.2 million tonnes", 1.2e6, "metric_ton"),
    ("产能120万吨/年", "120万吨", 1.2e6, "metric_ton"),
    ("costs $1.99 per pound", "$1.99", 1.99, "USD"),
])
def test_a_unit_per_unit_is_one_unit(sentence, span, value, unit):
    check_claim(sentence, span, value, None, None, unit)


# A comma before one or two digits and a percent sign or a scale word is a decimal comma (translated statistics;
# thousands take three digits); a fraction of a
# day before 日 is a duration (an integer before 日 is a date)
@pytest.mark.parametrize("sentence,span,value,unit", [
    ("北部(Norte)8,8%、東北部26,9%", "8,8%", 8.8, "percent"),
    ("la inflación fue de 10,5 % en 2024", "10,5 %", 10.5, "percent"),
    ("equivalent to 11,04 million barrels a day", "11,04 million barrels a day", 11.04e6, "oil_barrel / day"),
    ("sales of 1,5 billion euros", "1,5 billion euros", 1.5e9, "EUR"),
    ("平均逗留時間為1.2日", "1.2日", 1.2 / 365.25, "year"),
    ("平均停留缩短0.1日", "0.1日", 0.1 / 365.25, "year"),
])
def test_decimal_comma_before_percent_and_fractional_days(sentence, span, value, unit):
    check_claim(sentence, span, value, None, None, unit)


def test_thousands_commas_and_dates_stay():
    assert [(c.text, c.value) for c in claims_in("1,234 people and 12,345 firms")] == [
        ("1,234", 1234), ("12,345", 12345)]
    assert claims_in("5日发布") == []


# Vague numerals are floors: a vague marker after the number (十几个, 百余家, 三十幾歲) or 几/数 before its place
# word (几十万人, 数十亿美元, 數百家); the qualifier says "over", the value is the written floor
@pytest.mark.parametrize("sentence,span,value,unit", [
    ("来了十几个人", "十几个", 10, "count"),
    ("全国有百余家企业", "百余家", 100, "count"),
    ("共千餘人參加", "千餘人", 1000, "count"),
    ("他三十幾歲", "三十幾歲", 30, "count"),  # 歲 is a classifier, in the span
    ("吸引了几十万人", "几十万人", 1e5, "count"),
    ("高达数十亿美元", "数十亿美元", 1e9, "USD"),
    ("數百家企業參展", "數百家", 100, "count"),
    ("花了几千块钱", "几千块钱", 1000, "CNY"),
])
def test_vague_numerals_are_floors(sentence, span, value, unit):
    c = check_claim(sentence, span, value, value, None, unit, "over")
    assert c.qualifier == "over"


@pytest.mark.parametrize("sentence", ["the score at half-time", "in the second half of the year", "上半年的营收",
                                      "half the battle is showing up"])
def test_half_without_a_hedge_is_no_bare_share(sentence):
    # a bare half needs a hedge before it; "half the battle" is the listed "half the" form (a share, kept)
    got = [(c.text, c.qualifier) for c in claims_in(sentence)]
    assert got in ([], [("half the", None)]), got


def test_negation_before_a_plain_word_is_no_bound():
    # "no" before a figure with no comparative between (no 5 in the list) leaves the figure bare
    assert [(c.text, c.qualifier) for c in claims_in("Not 5 but 6 people")] == [("5", None), ("6", None)]


# Units written in more ways: a power on a quotient's last unit in digits or words, pressure in hPa and mbar
UNIT_FORMS = [
    ("it accelerates at 9.8 m/s2", "9.8 m/s2", 9.8, "meter / second ** 2", "NFKC's 2 after m/s is its power"),
    ("加速度为9.8 m/s²", "9.8 m/s²", 9.8, "meter / second ** 2", "zh-Hans, a superscript power"),
    ("a pull of 9.8 meters per second squared", "9.8 meters per second squared", 9.8, "meter / second ** 2",
     "squared in words"),
    ("a flat of 80 metres squared", "80 metres squared", 80, "meter ** 2", "squared after one unit"),
    ("pressure fell to 960 hPa", "960 hPa", 96000, "pascal", "hectopascals"),
    ("中心氣壓為960百帕", "960百帕", 96000, "pascal", "zh-Hant 百帕"),
    ("a low of 990 mbar", "990 mbar", 99000, "pascal", "millibars"),
    ("a 20 short tons load", "20 short tons", 18.1436948, "metric_ton", "US tons"),
    ("美联储宣布加息25个基点", "25个基点", 0.25, "percentage_points", "zh-Hans basis points"),
    ("the star is 4.2 light-years away", "4.2 light-years", 4.2 * 9460730472580800, "meter", "hyphenated light-years"),
    ("距離地球4.2光年", "4.2光年", 4.2 * 9460730472580800, "meter", "zh-Hant 光年"),
    ("it lies 270,000 AU out", "270,000 AU", 270000 * 149597870700, "meter", "astronomical units"),
    ("溶液浓度为0.5 mol/L", "0.5 mol/L", 0.5, "mole / liter", "zh-Hans, moles per litre"),
    ("a dose of 5 mmol", "5 mmol", 0.005, "mole", "millimoles"),
    ("央行降息50個基點", "50個基點", 0.5, "percentage_points", "zh-Hant basis points"),
    ("這間房子有30坪", "30坪", 30 * 400 / 121, "meter ** 2", "zh-Hant: ping, Taiwan's floor-area unit"),
    ("买了三台斤苹果", "三台斤", 0.0018, "metric_ton", "zh-Hans: tai jin, 600 g"),
    ("當地氣溫華氏86度", "86度", 30, "degree_Celsius", "zh-Hant: 華氏 before the number makes 度 Fahrenheit"),
    ("气温华氏零下5度", "零下5度", -185 / 9, "degree_Celsius", "zh-Hans, below zero Fahrenheit"),
    # tokenised newswire writes a compound's hyphen with spaces around it
    ("the 12 - mile stretch was closed", "12 - mile", 19312.128, "meter", "N - unit"),
    ("a 200,000 - square - foot plant", "200,000 - square - foot", 18580.608, "meter ** 2", "N - square - unit"),
    ("a 2 - hour meeting", "2 - hour", 2 / 8766, "year", "a duration"),
    ("血药浓度为2 ng/mL", "2 ng/mL", 2e-6, "kilogram / meter ** 3", "zh-Hans, nanograms per millilitre"),
]


@pytest.mark.parametrize("sentence,span,value,unit,why", UNIT_FORMS, ids=[u[4] for u in UNIT_FORMS])
def test_unit_forms(sentence, span, value, unit, why):
    check_claim(sentence, span, value, None, None, unit)


# One unit written once for several figures: dimensions (each factor a length), a value and its uncertainty
# (one claim, the value), feet and inches in marks (one length)
SHARED_UNIT = [
    ("a room of 12 x 14 feet", [("12", 3.6576, "meter"), ("14 feet", 4.2672, "meter")], "x between lengths"),
    ("a box of 3 by 4 by 5 inches", [("3", 0.0762, "meter"), ("4", 0.1016, "meter"), ("5 inches", 0.127, "meter")],
     "by, chained"),
    ("房間面積為3×4米", [("3", 3, "meter"), ("4米", 4, "meter")], "zh-Hant ×"),
    ("a distance of 5 ± 0.5 km", [("5 ± 0.5 km", 5000, "meter")], "plus-minus: the value"),
    ("误差为20±2%", [("20±2%", 20, "percent")], "zh-Hans, a percent"),
    ("a dose of 5 +/- 0.5 mg", [("5 +/- 0.5 mg", 5e-9, "metric_ton")], "+/- typed, the + is no 'or more'"),
    ("He is 6'2\" tall", [("6'2\"", 1.8796, "meter")], "feet and inches in marks"),
    ("a 2 by 4 board", [("2", 2, "count"), ("4", 4, "count")], "no unit: nothing to share"),
    ("sales rose 3x last year", [("3x", 3, "times")], "x after a number and before a word is a multiple"),
]


@pytest.mark.parametrize("sentence,claims,why", SHARED_UNIT, ids=[s[2] for s in SHARED_UNIT])
def test_one_unit_for_several_figures(sentence, claims, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in claims], got
    assert all(abs(g[1] - w[1]) <= 1e-9 * max(1, abs(w[1])) for g, w in zip(got, claims)), got


@pytest.mark.parametrize("sentence,units", [
    ("I bought 3 pounds of apples and paid 5 pounds", ["metric_ton", "GBP"]),
    ("The 200 pounds of beef cost 500 pounds", ["metric_ton", "GBP"]),
    ("a loss of 300 pounds of investment", ["GBP"]),
])
def test_pounds_of_a_noun_is_read_by_the_noun(sentence, units):
    # the noun after "of" decides before any cue elsewhere on the line
    assert [c.unit for c in claims_in(sentence)] == units


def test_a_spaced_hyphen_before_a_word_that_is_no_unit_stays_a_compound():
    assert claims_in("he hit a 9 - iron approach shot") == []


def test_an_article_before_other_units_is_no_figure():
    assert claims_in("an hour later, a mile away, a pound of flesh") == []


@pytest.mark.parametrize("sentence,span,qualifier", [
    ("$1.7 trillion in spending over 10 years", "10 years", None),  # a span of time
    ("the plan creates 5,000 jobs over five years", "five years", None),
    ("he has lived there for over five years", "over five years", "over"),  # for over: more than
    ("a delay of over 3 months", "over 3 months", "over"),
    ("over 10,000 people", "over 10,000", "over"),  # not a duration: the bound stands
])
def test_over_before_a_duration_is_a_span_unless_it_compares(sentence, span, qualifier):
    got = {c.text: c.qualifier for c in claims_in(sentence)}
    assert span in got and got[span] == qualifier, got


def test_over_an_age_is_more_than():
    assert [(c.text, c.qualifier) for c in claims_in("He is over thirty years old")] == [("over thirty years", "over")]


@pytest.mark.parametrize("sentence,units", [
    ("累計產值逾23.7億元，即超過新臺幣23.7億元", ["TWD", "TWD"]),  # zh-Hant: the line names the New Taiwan dollar
    ("港府派發5000元，總額達港幣300億元", ["HKD", "HKD"]),
    ("新台币100元约合人民币22元", ["TWD", "CNY"]),  # two currencies named: each keeps its own
    ("这件衣服一百二十八元", ["CNY"]),  # nothing named: the yuan
    # the yuan named in brackets right after the amount is its currency, whatever else the line names
    ("包裹業務收入累計完成1兆2074億元(人民幣，下同，約新台幣5兆元)", ["CNY", "TWD"]),
    ("營收達120億元（人民幣），約合新臺幣530億元", ["CNY", "TWD"]),
])
def test_a_bare_yuan_takes_the_one_currency_its_line_names(sentence, units):
    assert [c.unit for c in claims_in(sentence)] == units


def test_twice_a_week_is_no_multiple():
    # a frequency (two per week, see test_extract_news_units), never a multiple (times)
    assert [(c.value, c.unit) for c in claims_in("he called twice a week")] == [(2.0, "count / week")]


@pytest.mark.parametrize("sentence,value", [
    ("imports totaled 553.4 million metric tonnes in 2023", 553.4e6),  # British spelling of the metric ton
    ("a harvest of 2.2 million metric tons", 2.2e6),
    ("库存为30万公吨", 3e5),
])
def test_metric_tonnes_in_either_spelling(sentence, value):
    (c,) = claims_in(sentence)
    assert (c.unit, c.value) == ("metric_ton", value)
