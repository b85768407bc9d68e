"""A currency named by its country and a generic currency noun (issue 9, money): the adjective or the country's
name before dollar, pound, franc, peso, dinar, rial, rupee, shilling or won in English, and the country's name
before 元, 镑, 法郎, 比索, 第纳尔, 里亚尔, 卢比, 先令 in Chinese, name that country's currency (units.toml
[[money_family]]: one row per country, the noun's forms generated). Before, the figure was a count when the pair was
not listed one by one, and a Chinese 元 after a foreign country's name was never yuan. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


COUNTRY_CURRENCY = [
    ("The hotel charged 12,000 Jamaican dollars a night.", 12000.0, "JMD", "Jamaican dollars"),
    ("Bread now costs 9,500 Lebanese pounds in Beirut.", 9500.0, "LBP", "Lebanese pounds"),
    ("She was paid 300 British pounds for the article.", 300.0, "GBP", "British pounds: sterling, never a mass"),
    ("A visa fee of 50 Rwandan francs was waived.", 50.0, "RWF", "Rwandan francs"),
    ("The fare rose to 25 Cuban pesos.", 25.0, "CUP", "Cuban pesos"),
    ("The state lost 2 billion Libyan dinars in revenue.", 2e9, "LYD", "a scale word before the pair"),
    ("Fuel sells for 400 Yemeni rials a litre.", 400.0, "YER", "Yemeni rials"),
    ("Tickets cost 1,500 Nepalese rupees.", 1500.0, "NPR", "Nepalese rupees"),
    ("Farmers earn 3,000 Ugandan shillings a day.", 3000.0, "UGX", "Ugandan shillings"),
    ("A meal costs one Fijian dollar.", 1.0, "FJD", "singular after 'one'"),
    ("The bonds raised 800 million Canadian dollars.", 8e8, "CAD", "a pair listed before still holds"),
    ("该项目耗资80亿加拿大元。", 8e9, "CAD", "zh-Hans 加拿大元"),
    ("该项目耗資80億加拿大元。", 8e9, "CAD", "zh-Hant 加拿大元 (normalised)"),
    ("门票售价200澳大利亚元。", 200.0, "AUD", "zh-Hans 澳大利亚元"),
    ("門票售價200澳洲元。", 200.0, "AUD", "zh-Hant 澳洲元"),
    ("当地面包售价9500黎巴嫩镑。", 9500.0, "LBP", "zh-Hans 黎巴嫩镑"),
    ("當地麵包售價9500黎巴嫩鎊。", 9500.0, "LBP", "zh-Hant 黎巴嫩鎊"),
    ("签证费为50卢旺达法郎。", 50.0, "RWF", "zh-Hans 卢旺达法郎"),
    ("農民每天收入3000烏干達先令。", 3000.0, "UGX", "zh-Hant 烏干達先令"),
    ("票价为1500尼泊尔卢比。", 1500.0, "NPR", "zh-Hans 尼泊尔卢比"),
]


@pytest.mark.parametrize("sentence,value,code,why", COUNTRY_CURRENCY, ids=[r[3] for r in COUNTRY_CURRENCY])
def test_country_and_currency_noun(sentence, value, code, why):
    got = claims_in(sentence)
    assert [(c.value, c.unit) for c in got] == [(pytest.approx(value), code)], _got(sentence)


# The country word alone does not make money of the number before it, and a country's name before a figure that
# carries its own currency leaves that currency alone.
NOT_COUNTRY_CURRENCY = [
    ("About 300 British soldiers were deployed.", [(300.0, "count")], "a nationality before another noun"),
    ("He weighed 200 pounds.", [(pytest.approx(90.718474 / 1000), "metric_ton")],
     "pounds alone with no money word: a mass, as before"),
    ("加拿大80元的商品", [(80.0, "CNY")], "the country before the number: 元 is yuan, as before"),
]


@pytest.mark.parametrize("sentence,want,why", NOT_COUNTRY_CURRENCY, ids=[r[2] for r in NOT_COUNTRY_CURRENCY])
def test_not_country_currency(sentence, want, why):
    got = claims_in(sentence)
    assert [(c.value, c.unit) for c in got] == want, _got(sentence)


# A currency noun that names one currency only (no country needed): the amount is in it. Nouns that are also
# English words or other units are read only with their country (a dram of whisky, 'tala' and 'kina' as words).
CURRENCY_NOUNS = [
    ("Rice costs 250 gourdes a sack in Port-au-Prince.", 250.0, "HTG", "gourdes"),
    ("The fare is 3,000 kwanzas.", 3000.0, "AOA", "kwanzas"),
    ("A doctor earns 40,000 meticais a month.", 40000.0, "MZN", "meticais"),
    ("The fine was 500,000 tugriks.", 500000.0, "MNT", "tugriks"),
    ("A bowl of noodles is 8,000 riels.", 8000.0, "KHR", "riels"),
    ("The loan was 2 million leva.", 2e6, "BGN", "leva after a scale word"),
    ("Rent is 900,000 ariary.", 900000.0, "MGA", "ariary"),
    ("The deal was worth 80 million sterling.", 8e7, "GBP", "sterling after a scale word"),
    ("A tour costs 25,000 Icelandic kronur.", 25000.0, "ISK", "Icelandic kronur"),
    ("Visitors pay 5,000 Armenian drams.", 5000.0, "AMD", "Armenian drams: with its country"),
    ("柬埔寨一碗面售价8000瑞尔。", 8000.0, "KHR", "zh-Hans 瑞尔"),
    ("罰款為50萬圖格里克。", 500000.0, "MNT", "zh-Hant 圖格里克"),
    ("贷款为200万列弗。", 2e6, "BGN", "zh-Hans 列弗"),
]


@pytest.mark.parametrize("sentence,value,code,why", CURRENCY_NOUNS, ids=[r[3] for r in CURRENCY_NOUNS])
def test_currency_noun(sentence, value, code, why):
    got = claims_in(sentence)
    assert [(c.value, c.unit) for c in got] == [(pytest.approx(value), code)], _got(sentence)


def test_sterling_silver_is_no_money():
    got = claims_in("The ring is made of 925 sterling silver.")
    assert not [c for c in got if c.kind == "money"], _got("The ring is made of 925 sterling silver.")
