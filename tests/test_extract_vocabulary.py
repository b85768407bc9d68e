"""Unit and currency words as writers of each region use them (data/units.toml), and words that merely begin
with a numeral (data/nonclaims.toml). Sentences written for these tests; each row says which form it covers."""
from __future__ import annotations

import pytest

from conftest import claims_in

FOOT = 0.3048
INCH = 0.0254

# Taiwan and Hong Kong write metric units with 公 (公尺 metre, 公克 gram, 公釐 millimetre) and imperial ones
# with one character (呎 foot, 吋 inch, 哩 mile); mainland Chinese has its own names for ounces, pounds, carats,
# pints. A figure before any of them is a measure in that unit, not a bare count.
CJK_UNITS = [
    ("這條步道長三百公尺。", "三百公尺", 300.0, "meter", "zh-Hant 公尺"),
    ("跑道全長400公尺", "400公尺", 400.0, "meter", "zh-Hant 公尺 after digits"),
    ("雨量累積達一百二十公釐", "一百二十公釐", 0.12, "meter", "zh-Hant 公釐"),
    ("每包麵粉重五百公克", "五百公克", 0.0005, "metric_ton", "zh-Hant 公克"),
    ("这台电视五十五吋", "五十五吋", 55 * INCH, "meter", "zh-Hans 吋"),
    ("螢幕為27英吋", "27英吋", 27 * INCH, "meter", "zh-Hant 英吋"),
    ("那棵樹高四十呎", "四十呎", 40 * FOOT, "meter", "zh-Hant 呎"),
    ("單位實用面積五百平方呎", "五百平方呎", 500 * FOOT ** 2, "meter ** 2", "HK 平方呎"),
    ("兩地相距二十哩", "二十哩", 20 * 1609.344, "meter", "zh-Hant 哩"),
    ("船隻在十二海浬外", "十二海浬", 12 * 1852.0, "meter", "zh-Hant 海浬"),
    ("套房面積二十五平方公尺", "二十五平方公尺", 25.0, "meter ** 2", "zh-Hant 平方公尺"),
    ("水塔容量為八立方公尺", "八立方公尺", 8.0, "meter ** 3", "zh-Hant 立方公尺"),
    ("这枚金币重一盎司", "一盎司", 28.349523125e-6, "metric_ton", "zh-Hans 盎司"),
    ("這條金鏈重五安士", "五安士", 5 * 28.349523125e-6, "metric_ton", "HK 安士"),
    ("他减掉了二十磅", "二十磅", 20 * 0.45359237e-3, "metric_ton", "zh-Hans 磅 (mass)"),
    ("这枚钻戒三克拉", "三克拉", 0.6e-6, "metric_ton", "克拉 is a carat, not 克"),
    ("一罐可乐含一百四十卡路里", "一百四十卡路里", 140 * 4184 / 3600, "watt_hour", "卡路里 beats the measure word 卡"),
    ("他们喝了三品脱啤酒", "三品脱", 3 * 0.473176473e-3, "meter ** 3", "品脱"),
]


@pytest.mark.parametrize("sentence,span,value,unit,why", CJK_UNITS, ids=[c[4] for c in CJK_UNITS])
def test_cjk_unit_words(sentence, span, value, unit, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    hits = [g for g in got if g[0] == span]
    assert hits, got
    assert hits[0][1] == pytest.approx(value, rel=1e-6) and hits[0][2] == unit, got


# English spellings and plurals of metric symbols: kilogrammes, grammes, kgs, kms.
EN_UNIT_SPELLINGS = [
    ("The parcel weighed 12 kilogrammes.", "12 kilogrammes", 0.012, "metric_ton"),
    ("Add 200 grammes of flour.", "200 grammes", 0.0002, "metric_ton"),
    ("He lost 8 kgs in a month.", "8 kgs", 0.008, "metric_ton"),
    ("The village is 40 kms from the coast.", "40 kms", 40000.0, "meter"),
    # binary prefixes, lux, and the short symbols of science writing (h, ms)
    ("The image is 4 GiB.", "4 GiB", 4 * 2 ** 30, "byte"),
    ("a cache of 512 KiB", "512 KiB", 512 * 1024, "byte"),
    ("Office lighting of 500 lux is common.", "500 lux", 500.0, "lux"),
    ("The battery lasts 36 h.", "36 h", 36 / (365.25 * 24), "year"),
    ("Pings take 40 ms on average.", "40 ms", 0.04 / (365.25 * 24 * 3600), "year"),
    ("The talk ran half an hour.", "half an hour", 0.5 / (365.25 * 24), "year"),
]


@pytest.mark.parametrize("sentence,span,value,unit", EN_UNIT_SPELLINGS, ids=[c[1] for c in EN_UNIT_SPELLINGS])
def test_english_unit_spellings(sentence, span, value, unit):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert len(got) == 1 and got[0][0] == span and got[0][2] == unit, got
    assert got[0][1] == pytest.approx(value)


# Currencies by name: the national currencies of the euro area before 2002 as newswire named them (lire,
# pesetas, French and Belgian francs: the country adjective keeps the word a currency), minor units (euro cents,
# kopecks, pfennigs, 欧分, 港仙), and Chinese names that were missing (印度卢比, 比索, 马克, 新西兰元, 瑞郎).
CURRENCIES = [
    ("The villa sold for 900 million lire.", "900 million lire", 9e8, "ITL"),
    ("a charge of 4,500 pesetas", "4,500 pesetas", 4500.0, "ESP"),
    ("Lisbon paid 300 escudos per share.", "300 escudos", 300.0, "PTE"),
    ("tickets at 2,000 drachmas", "2,000 drachmas", 2000.0, "GRD"),
    ("a levy of 15 Austrian schillings", "15 Austrian schillings", 15.0, "ATS"),
    ("The firm earned 12 million French francs.", "12 million French francs", 1.2e7, "FRF"),
    ("sales of 3 billion Belgian francs", "3 billion Belgian francs", 3e9, "BEF"),
    ("Stamps now cost 95 euro cents.", "95 euro cents", 0.95, "EUR"),
    ("Bread rose by 40 kopecks.", "40 kopecks", 0.4, "RUB"),
    ("每杯咖啡加价二十欧分", "二十欧分", 0.2, "EUR"),
    ("車資加價五十港仙", "五十港仙", 0.5, "HKD"),
    ("门票一百五十印度卢比", "一百五十印度卢比", 150.0, "INR"),
    ("他在墨西哥花了三百比索", "三百比索", 300.0, "MXN"),
    ("當年售價兩千馬克", "兩千馬克", 2000.0, "DEM"),
    ("学费每年三万新西兰元", "三万新西兰元", 30000.0, "NZD"),
    ("罰款五萬瑞郎", "五萬瑞郎", 50000.0, "CHF"),
]


@pytest.mark.parametrize("sentence,span,value,unit", CURRENCIES, ids=[c[3] + " " + c[1] for c in CURRENCIES])
def test_currency_names(sentence, span, value, unit):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert len(got) == 1 and got[0][0] == span and got[0][2] == unit, got
    assert got[0][1] == pytest.approx(value)


# "marks" after a number: exam marks unless the line speaks of money, then the Deutsche mark.
@pytest.mark.parametrize("sentence,unit", [
    ("She scored 88 marks out of a hundred.", "count"),
    ("Bonn paid 40 million marks for the land.", "DEM"),
    ("The dollar closed at 1.7650 marks.", "DEM"),
])
def test_marks(sentence, unit):
    got = [(c.text, c.unit) for c in claims_in(sentence) if "marks" in c.text]
    assert [u for _, u in got] == [unit], got


# 马克 is the mark only as a unit of its own: 马克杯 is a mug, 马克思 Marx.
def test_mark_words_are_no_money():
    assert [c.unit for c in claims_in("桌上放着三马克杯")] != ["DEM"]


# Words that begin with 零 name parts (零件, 零部件, 零配件, 零組件), not zero of a measure word.
@pytest.mark.parametrize("sentence,texts", [
    ("零件短缺导致停产", []),
    ("汽车零部件出口增长8%", ["8%"]),
    ("這批零組件三天內到貨", ["三天"]),
    ("零配件价格上涨", []),
])
def test_words_beginning_with_zero(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts
