"""Number cores in prose (extract/numerals.py): Chinese numerals nobody listed, numeral characters that are
part of words, English number words. Each case says why the rule holds."""
from __future__ import annotations

import pytest

from conftest import check_claim, check_no_claim, claims_in

# (sentence, span, value, unit, why)
NUMBERS = [
    # 廿 and 卅 are whole tens: 廿五 is 20 + 5, not 2 × 10 + 5 read as digits
    ("成立已卅年", "卅年", 30, "year", "卅 = 30"),
    ("共有廿五家會員", "廿五家", 25, "count", "廿 = 20, zh-Hant"),
    ("a clan of 卌 members", "卌", 40, "count", "卌 = 40"),
    # ○ (U+25CB) and 〇 written as zero inside a number
    ("營收三○五點六億元", "三○五點六億元", 3.056e10, "CNY", "○ as zero, a decimal before 億 scales it all"),
    ("销量一〇五万台", "一〇五万台", 1.05e6, "count", "〇 as zero"),
    # decimals before a big scale word scale the whole number
    ("规模达三点五亿元", "三点五亿元", 3.5e8, "CNY", "三点五亿 = 3.5e8"),
    ("共二點五萬人", "二點五萬人", 25000, "count", "zh-Hant 點 and 萬"),
    ("一千六点五", "一千六点五", 1600.5, "count", "一千六 abbreviates 1600 before a decimal"),
    # formal (大写) numerals
    ("金额壹仟贰佰元", "壹仟贰佰元", 1200, "CNY", "formal digits with their units"),
    ("人民幣陸佰元整", "人民幣陸佰元", 600, "CNY", "a formal digit glued to 幣 is still a number when a unit follows"),
    ("壹打鸡蛋", "壹打", 12, "count", "a dozen: the unit's factor makes 壹 more than the word one"),
    ("负壹又二分之壹", "负壹又二分之壹", -1.5, "count", "a whole number and a fraction"),
    # 两 is two before a measure word and the unit liang (50 g) only after a number
    ("买了两斤苹果", "两斤", 0.001, "metric_ton", "两 before a unit is two"),
    ("打二两酒", "二两", 0.0001, "metric_ton", "两 after a number is liang"),
    ("五十两银子", "五十两", 0.0025, "metric_ton", "a trailing 两 never abbreviates 五十二"),
    ("兩千兩百元", "兩千兩百元", 2200, "CNY", "两 before a unit character stays two"),
    # a lone numeral between function words stands as a number
    ("答案是四不是五", "四", 4, "count", "between 是 and 不"),
    # digit-by-digit numerals with 萬: four digits after it are its lower group as written, one digit abbreviates
    ("出境人次達一八九四萬四四三六人", "一八九四萬四四三六人", 18944436, "count", "four digits after 萬"),
    ("旅客共六五二万〇一三八人", "六五二万〇一三八人", 6520138, "count", "zh-Hans, 〇 inside the lower group"),
    ("共一万四人", "一万四人", 14000, "count", "one digit after 万 abbreviates thousands"),
    ("花費達一兆五二二億元", "一兆五二二億元", 1.0522e12, "CNY", "a digit string closed by a smaller big unit"),
    ("支出三亿四五六万元", "三亿四五六万元", 3.0456e8, "CNY", "zh-Hans: 四五六 before 万 is 456 万, not 四五"),
    # groups of three separated by spaces are one number, unless a capitalised word that is no unit follows
    # (a count, then a model: 100 737 Max)
    ("an order for 100 737 Max jets", "100", 100, "count", "a model name after a count"),
    ("capacity of 5 000 MW", "5 000 MW", 5e9, "watt", "a unit after space groups"),
    ("a 2 500 TEU ship", "2 500 TEU", 2500, "count", "an upper-case count unit"),
    ("1 234 567 people", "1 234 567", 1234567, "count", "space groups before a lower-case noun"),
    ("the airline ordered 30 787s", "30", 30, "count", "letters glued to the last group make it a model"),
    # a decimal spelt with hyphens (broadcast transcripts)
    ("a five-point-five percent rise", "five-point-five percent", 5.5, "percent", "hyphenated point"),
    ("fell from 39-point-three percent", "39-point-three percent", 39.3, "percent", "digits, then spelt decimals"),
    ("升至36-point-six percent", "36-point-six percent", 36.6, "percent", "spelt decimals after digits in zh text"),
    ("a 12-point-race lead", "12", 12, "count", "no digit word after point: not a decimal"),
    ("sales of nine-point-seven billion dollars", "nine-point-seven billion dollars", 9.7e9, "USD",
     "then a scale and a currency"),
    # English words
    ("half a million people came", "half a million", 5e5, "count", "the article belongs to the scale"),
    ("three million, two hundred & forty, you say?", "three million, two hundred & forty", 3000240, "count",
     "a comma between groups of one number"),
    ("1.111,11 and 1,111.11", "1.111,11", 1111.11, "count", "dots group and a comma decimal"),
    ("four to five thousand people", "four to five thousand", None, "count", "checked in test_extract_ranges"),
    # scale words: a larger scale after a smaller multiplies, a decimal in words takes its scale, a fraction
    # "of a" scale is a fraction of it, a zero joins no compound
    ("rebuilt 3 hundred thousand homes", "3 hundred thousand", 3e5, "count", "hundred thousand chains"),
    ("debts of 2 thousand million pounds sterling", "2 thousand million pounds sterling", 2e9, "GBP",
     "the long-scale billion"),
    ("drew two point five million viewers", "two point five million", 2.5e6, "count",
     "the scale after a spoken decimal"),
    ("a quarter of a million visitors", "a quarter of a million", 2.5e5, "count", "a fraction of the scale"),
    ("three quarters of a billion dollars", "three quarters of a billion dollars", 7.5e8, "USD",
     "a plural fraction of the scale"),
    ("two thirds of a million tonnes", "two thirds of a million tonnes", 2e6 / 3, "metric_ton",
     "then the unit"),
    ("4 thousand 3 hundred and 0 are two numbers", "4 thousand 3 hundred", 4300, "count", "and 0 is apart"),
    ("it took two and three quarters hours", "two and three quarters hours", 2.75 / 8766, "year",
     "a proper fraction after and joins the number"),
    ("a walk of three and one-half miles", "three and one-half miles", 5632.704, "meter", "a hyphenated fraction"),
    ("rates of six and two thirds percent", "six and two thirds percent", 20 / 3, "percent", "then a unit"),
    # an "and" inside a group that a larger scale closes is spent: the groups after the scale's comma still join
    # (one hundred and two hundred are two numbers only while no scale stands between them)
    ("They counted one hundred and twenty-three thousand, four hundred fifty-six ballots",
     "one hundred and twenty-three thousand, four hundred fifty-six", 123456, "count", "and before a scale"),
    ("three hundred and five million, two hundred thousand viewers",
     "three hundred and five million, two hundred thousand", 305_200_000, "count", "and before million"),
    ("一共十二萬三千四百五十六張選票", "十二萬三千四百五十六張", 123456, "count", "zh-Hant: groups without and"),
    ("一共十二万三千四百五十六张选票", "十二万三千四百五十六张", 123456, "count", "zh-Hans: the same groups"),
    ("来了仨人", "仨人", 3, "count", "仨 is three (colloquial)"),
    ("來了仨人", "仨人", 3, "count", "zh-Hant 仨"),
    # a classifier (量词) after a lone numeral makes it a count, not part of a word
    ("这是一栋三层楼的房子", "三层", 3, "count", "层 floors"),
    ("他喝了兩杯水", "兩杯", 2, "count", "zh-Hant 杯"),
    ("孩子今年五岁", "五岁", 5, "count", "岁 age"),
    ("孩子今年五歲", "五歲", 5, "count", "zh-Hant 歲"),
]


@pytest.mark.parametrize("sentence,span,value,unit,why", [c for c in NUMBERS if c[2] is not None],
                         ids=[c[4] for c in NUMBERS if c[2] is not None])
def test_number(sentence, span, value, unit, why):
    check_claim(sentence, span, value, None, None, unit)


# (sentence, fragment that holds no claim, why): numeral characters that are part of a word
WORDS = [
    ("这个岛屿远离大陆", "陆", "陆 of 大陆"),
    ("他們陸續抵達", "陸", "zh-Hant 陸續"),
    ("陸2023包裹業務量逾1320億件", "陸", "陸 for the mainland before Arabic digits: formal digits never mix with them"),
    ("队伍很长", "伍", "伍 of 队伍"),
    ("他十八岁入伍", "伍", "伍 of 入伍: 十八岁 is the figure"),
    ("收拾一下房间", "拾一", "拾 of 收拾"),
    ("拾取物品", "拾", "拾 of 拾取"),
    ("肆意妄为", "肆", "肆 of 肆意"),
    ("有一些问题", "一", "一些"),
    ("他一直在等", "一", "一直"),
    ("万一下雨", "万一", "万一 is 'in case'"),
    ("千万不要迟到", "千万", "千万不要: a scale word with no unit is not a number"),
    ("三三两两地走来", "两两", "repeated numerals are an adverb"),
    ("一是加强管理，二是扩大开放", "一", "一是…二是… enumerates"),
    # four-character idioms with numerals: a lexicon of 成语, masked whole
    ("这项政策一成不变", "一成", "一成不变 is no 10 %"),
    ("惠及千家万户", "千家万户", "no ten thousand households"),
    ("他做事三心二意", "三心二意", "an idiom"),
    ("會場亂七八糟", "亂七八糟", "zh-Hant, no range 7 to 8"),
    ("他一五一十地说了", "一五一十", "no 1510"),
    ("方法五花八門", "五花八門", "zh-Hant"),
    ("One complete orbit takes about ninety minutes", "One", "the determiner, like 一个 in Chinese"),
    ("a restriction on the real estate one family can own", "one", "the determiner"),
]


@pytest.mark.parametrize("sentence,fragment,why", WORDS, ids=[w[2] for w in WORDS])
def test_numeral_inside_a_word(sentence, fragment, why):
    check_no_claim(sentence, fragment)


def test_numbers_of_the_same_size_stay_apart():
    from conftest import claims_in

    texts = [c.text for c in claims_in("two million, three million and four million")]
    assert texts == ["two million", "three million", "four million"]


def test_lai_after_a_unit_frames_a_period_and_after_a_round_number_approximates():
    from conftest import claims_in

    assert [(c.text, c.qualifier) for c in claims_in("他住了十来天")] == [("十来天", "approx")]
    assert [(c.text, c.value, c.qualifier) for c in claims_in("他二十来岁")] == [("二十来岁", 20, "approx")]
    assert [(c.text, c.value, c.qualifier) for c in claims_in("現場有三百來人")] == [("三百來人", 300, "approx")]
    assert [c.text for c in claims_in("三年来营收增长")] == []  # 三年来 is a time frame


# Digits and a scale word take a smaller group after "and" only below a million (4 thousand 3 hundred and 21,
# 2 thousand and 5); after a million or more, "and" starts another figure.
@pytest.mark.parametrize("sentence,texts", [
    ("The charity raised $8 million and 40 volunteers signed up.", ["$8 million", "40"]),
    ("It employs 2.5 billion and 60 offices serve them.", ["2.5 billion", "60"]),
    ("The town has 6 thousand and 7 residents.", ["6 thousand and 7"]),
    ("The club has 3 thousand 2 hundred and 15 members.", ["3 thousand 2 hundred and 15"]),
])
def test_and_after_a_large_scale_starts_a_new_figure(sentence, texts):
    from conftest import claims_in

    assert [c.text for c in claims_in(sentence)] == texts


# A formal (大写) digit that ends a word with the character before it (大陆, 队伍, 入伍, 收拾) belongs to that
# word, not to the numeral after it: 中国大陆三百万游客 is three million visitors, not 63 million. Formal numerals
# written as numbers (壹佰伍拾, 拾万零五十六) are unchanged.
FORMAL_WORD_ENDINGS = [
    ("中国大陆三百万游客", 3e6, "大陆"),
    ("中國大陸三二三萬人次", 3.23e6, "zh-Hant 大陸 before a digit-by-digit numeral"),
    ("整个队伍五十人", 50.0, "队伍"),
    ("新兵入伍三千人", 3000.0, "入伍"),
    ("收拾八个箱子", 8.0, "收拾"),
    ("壹佰伍拾元", 150.0, "a formal numeral stays"),
]


@pytest.mark.parametrize("sentence,value,why", FORMAL_WORD_ENDINGS, ids=[r[2] for r in FORMAL_WORD_ENDINGS])
def test_formal_digit_ending_a_word(sentence, value, why):
    from conftest import claims_in

    assert [c.value for c in claims_in(sentence)] == [value]


# Thousands grouped with dots, as continental European texts write them: two groups of three digits after the
# first make a number in the millions (1.234.567 people; 3.456.789,50 euros with a decimal comma), not a dotted
# version number. A single group (1.234) stays a decimal; a fourth group (192.168.100.200, an IPv4 address) and
# groups of other lengths (1.2.3, 12.03.2024) stay masked.

DOT_THOUSANDS = [
    ("The census counted 2.345.678 residents.", 2345678.0, "count", "two dot groups"),
    ("The budget is 3.456.789,50 euros.", 3456789.5, "EUR", "with a decimal comma"),
    ("Die Firma zahlte 12.500.000 Euro.", 12.5e6, "EUR", "a two-digit first group"),
]


@pytest.mark.parametrize("sentence,value,unit,why", DOT_THOUSANDS, ids=[r[3] for r in DOT_THOUSANDS])
def test_dot_grouped_thousands(sentence, value, unit, why):
    got = [(c.value, c.unit) for c in claims_in(sentence)]
    assert (pytest.approx(value), unit) in got, got


DOTTED_STAY_MASKED = [
    ("Version 1.2.3 fixed the bug.", "a version"),
    ("The router at 192.168.100.200 failed.", "an IPv4 address"),
    ("The meeting on 12.03.2024 ended early.", "a date"),
]


@pytest.mark.parametrize("sentence,why", DOTTED_STAY_MASKED, ids=[r[1] for r in DOTTED_STAY_MASKED])
def test_dotted_codes_stay_masked(sentence, why):
    assert not claims_in(sentence), [(c.text, c.value) for c in claims_in(sentence)]


def test_one_dot_group_is_a_decimal():
    assert [c.value for c in claims_in("The ratio was 1.234 last year.")] == [pytest.approx(1.234)]


# A Chinese sign word typed with a space (or two) before the number is still its sign: 负 七 is -7, 零下 五度 five
# degrees below zero, as 负七 and 零下五度 are (numbers typed with spaces inside, 一百 五 十, are read whole already).
SPACED_SIGN = [
    ("结果是负 七。", -7.0, "负 and a space"),
    ("溫度為負  3.5。", -3.5, "zh-Hant 負 and two spaces"),
    ("今晨气温零下 五度。", -5.0, "零下 and a space"),
]


@pytest.mark.parametrize("sentence,value,why", SPACED_SIGN, ids=[r[2] for r in SPACED_SIGN])
def test_spaced_chinese_sign(sentence, value, why):
    got = [c.written_value if c.written_value is not None else c.value for c in claims_in(sentence)]
    assert got and got[0] == pytest.approx(value), got


# 一 alone between function words is the number one, as the other lone numerals are (答案是四不是五): 答案是一不是二,
# 结果为一或二, 是一还是二. Elsewhere 一 stays the word "one" (一个, 一种, 统一的), and before 的 too (合为一的).
LONE_ONE = [
    ("正确答案是一不是二。", [1.0, 2.0], "是一不是二"),
    ("抽签结果为一或二。", [1.0, 2.0], "为一或二"),
    ("你選的是一還是二？", [1.0, 2.0], "zh-Hant 是一還是二"),
]


@pytest.mark.parametrize("sentence,values,why", LONE_ONE, ids=[r[2] for r in LONE_ONE])
def test_lone_one_between_function_words(sentence, values, why):
    assert [c.value for c in claims_in(sentence)] == values, [(c.text, c.value) for c in claims_in(sentence)]


@pytest.mark.parametrize("sentence", ["这是一种新方法。", "两个部门合二为一的方案。", "他们执行统一的标准。", "我是一个学生。"])
def test_one_as_a_word_stays_a_word(sentence):
    assert 1.0 not in [c.value for c in claims_in(sentence)], [(c.text, c.value) for c in claims_in(sentence)]
