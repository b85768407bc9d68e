"""Currencies as Chinese and English news name them (issue 9): one table per mechanism, sentences written for
these tests (not taken from any test suite), each row with the reason the rule holds."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


# 元 is the unit of the yuan, the New Taiwan dollar, the Hong Kong dollar and the pataca alike. Hong Kong,
# Taiwan and Macau reports often write the amount in 元 and then name the currency right after it (500亿元港币,
# 2.16兆元新台币, 30元澳门币), as mainland reports write 3.2亿元人民币: the name after 元 says which one.
YUAN_THEN_NAME = [
    ("公司去年营收为500亿元港币。", 5e10, "HKD", "亿元 and 港币"),
    ("台積電去年營收為2.16兆元新台幣。", 2.16e12, "TWD", "zh-Hant: 兆元 and 新台幣"),
    ("門票售價為999元台幣。", 999.0, "TWD", "zh-Hant: the short name 台幣"),
    ("每张门票售价30元澳门币。", 30.0, "MOP", "澳门币"),
    ("總額達300億元港幣。", 3e10, "HKD", "zh-Hant: 億元 and 港幣"),
    ("净利润为3.2亿元人民币。", 3.2e8, "CNY", "人民币 (as before)"),
    ("每股派息0.5元。", 0.5, "CNY", "a bare 元 stays the yuan"),
]


@pytest.mark.parametrize("sentence,value,unit,why", YUAN_THEN_NAME, ids=[r[3] for r in YUAN_THEN_NAME])
def test_currency_named_after_yuan(sentence, value, unit, why):
    hit = [c for c in claims_in(sentence) if c.value == pytest.approx(value)]
    assert hit, _got(sentence)
    assert hit[0].unit == unit, _got(sentence)


# News names a currency with its country before it: "500 Nigerian naira", "2 billion Lao kip", 1000俄罗斯卢布.
# Where the currency word belongs to one currency only (naira, kip, lari, lei, 卢布, 奈拉), the country word or
# demonym in between changes nothing: the amount is in that currency. Where the word is shared (dollars, rupees,
# 元, 卢比), an adjective the tables do not list could name any of several, so no currency is guessed.
PLACE_BEFORE_CURRENCY = [
    ("The fine was 500 Nigerian naira.", "500 Nigerian naira", 500.0, "NGN", "a demonym before naira"),
    ("The project costs 2 billion Lao kip.", "2 billion Lao kip", 2e9, "LAK", "a scale word, then Lao kip"),
    ("Rent is 900 Georgian lari a month.", "900 Georgian lari", 900.0, "GEL", "Georgian lari"),
    ("the bank lent 40 million romanian lei", "40 million romanian lei", 4e7, "RON", "lower-cased newswire"),
    ("Salaries average 150,000 Kazakh tenge.", "150,000 Kazakh tenge", 150000.0, "KZT", "Kazakh tenge"),
    ("门票售价1000俄罗斯卢布。", "1000俄罗斯卢布", 1000.0, "RUB", "zh-Hans: a country name before 卢布"),
    ("罰款為5萬尼日利亞奈拉。", "5萬尼日利亞奈拉", 50000.0, "NGN", "zh-Hant: 尼日利亞 before 奈拉"),
    ("每晚房价30万老挝基普。", "30万老挝基普", 300000.0, "LAK", "zh-Hans: 老挝 before 基普"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", PLACE_BEFORE_CURRENCY, ids=[r[4] for r in PLACE_BEFORE_CURRENCY])
def test_place_before_a_currency_word(sentence, text, value, unit, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit, _got(sentence)
    assert hit[0].value == pytest.approx(value) and hit[0].unit == unit, _got(sentence)


SHARED_CURRENCY_WORDS = [
    # (units.toml [[money_family]] lists the real countries' pairs, Fijian dollars and Nepalese rupees among them;
    # a demonym that no row lists stays no currency)
    ("It cost 500 Ruritanian dollars.", "dollars: an unlisted demonym names no known dollar"),
    ("It cost 500 Ruritanian rupees.", "rupees are several currencies"),
    ("票价为500鲁里坦尼亚卢比。", "卢比 is several currencies"),
]


@pytest.mark.parametrize("sentence,why", SHARED_CURRENCY_WORDS, ids=[r[1] for r in SHARED_CURRENCY_WORDS])
def test_shared_currency_words_guess_no_currency(sentence, why):
    assert not [c for c in claims_in(sentence) if c.kind == "money"], _got(sentence)


# The country word must stand right between the number and the currency word: verbs and particles (营收为) are
# no country, and a currency word that a number follows is that number's prefix (第3季营收为新台币5467亿元 is an
# amount in New Taiwan dollars, not a third quarter "in" them).
NOT_A_PLACE = [
    ("台積電第3季營收為新台幣5467億元。", 5.467e11, "TWD", "zh-Hant: 新台幣 before the next figure"),
    ("公司第2季营收为新台币300亿元。", 3e10, "TWD", "zh-Hans"),
]


@pytest.mark.parametrize("sentence,value,unit,why", NOT_A_PLACE, ids=[r[3] for r in NOT_A_PLACE])
def test_currency_prefix_of_the_next_figure_stays_its_own(sentence, value, unit, why):
    hit = [c for c in claims_in(sentence) if c.value == pytest.approx(value)]
    assert hit and hit[0].unit == unit, _got(sentence)


# In prose, an amount in brackets that stands alone after a copula or a colon (net income was ($4.2 million),
# Operating cash flow: ($310,000)) is the accounting negative, as in a table cell: there is no figure before the
# bracket for it to restate. After a figure the bracket is a conversion or an aside and keeps its sign.
ACCOUNTING_IN_PROSE = [
    ("Net income was ($4.2 million) in the quarter.", -4.2e6, "USD", "was ( )"),
    ("Operating cash flow is ($310,000).", -310000.0, "USD", "is ( )"),
    ("Free cash flow: (€12.5 million)", -12.5e6, "EUR", "a colon"),
    ("The loss stood at (£800,000) last year.", -800000.0, "GBP", "stood at"),
]


@pytest.mark.parametrize("sentence,value,unit,why", ACCOUNTING_IN_PROSE, ids=[r[3] for r in ACCOUNTING_IN_PROSE])
def test_accounting_negative_in_prose(sentence, value, unit, why):
    got = [(c.value, c.unit) for c in claims_in(sentence)]
    assert (pytest.approx(value), unit) in got, got


BRACKETS_STAY_POSITIVE = [
    ("Revenue was 50 million yuan ($7.5 million) last year.", 7.5e6, "a conversion after a figure"),
    ("The ticket (US$20) was cheap.", 20.0, "an aside after a noun"),
    ("Sales reached €3 billion (about $3.3 billion).", 3.3e9, "a hedged conversion"),
]


@pytest.mark.parametrize("sentence,value,why", BRACKETS_STAY_POSITIVE, ids=[r[2] for r in BRACKETS_STAY_POSITIVE])
def test_brackets_after_a_figure_stay_positive(sentence, value, why):
    values = [c.value for c in claims_in(sentence)]
    assert pytest.approx(value) in values, values


# Spoken prices leave the smallest unit unnamed: after 块/元 and a jiao (毛, 角) a bare digit is fen, as after 毛
# alone (两毛五 = 0.25): 三块二毛五 is 3.25 yuan, not 3.2 yuan and a count of five. A digit that starts a number
# of its own (五个) is no fen.
FEN_UNNAMED = [
    ("一瓶水卖三块二毛五。", "三块二毛五", 3.25, "块, 毛, then the fen"),
    ("车票六元四角五。", "六元四角五", 6.45, "元, 角"),
    ("一斤青菜兩塊三毛八。", "兩塊三毛八", 2.38, "zh-Hant 塊"),
    ("这支笔一元二角三分。", "一元二角三分", 1.23, "the fen named (as before)"),
]


@pytest.mark.parametrize("sentence,text,value,why", FEN_UNNAMED, ids=[r[3] for r in FEN_UNNAMED])
def test_unnamed_fen_after_jiao(sentence, text, value, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert (text, pytest.approx(value), "CNY") in got, got


def test_a_count_after_the_jiao_is_no_fen():
    got = [(c.text, c.value) for c in claims_in("每斤三块二毛五个人分。")]
    assert ("三块二毛", pytest.approx(3.2)) in got, got
