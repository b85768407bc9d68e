"""Unit symbols with an SI prefix (issue 9, units always right). The unit tables list common forms one by one (kg,
MW, mmHg); any other SI prefix glued to a listed base symbol, as written in case, is that unit scaled (units.toml
[prefixed_symbols]: 3 μs, 5 nF, 2 MVA, 5 kDa, 5 mSv, 10 kWp, 36.8 GtCO2). Base symbols of two letters or more stand
alone too (3 Sv, 4 Gy, 1 Bq, 800 lm); one-letter bases only with a prefix, and forms that spell a state, a title or a
currency are no units (5 TV, 500 TL, 3 MA). Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit, c.written_value) for c in claims_in(sentence)]


PREFIXED = [
    ("The laser fires a 3 μs pulse.", "3 μs", "year", 3e-6 / 31557600, "micro sign (NFKC μ) and seconds"),
    ("The laser fires a 3 µs pulse.", "3 µs", "year", 3e-6 / 31557600, "micro sign as typed (U+00B5)"),
    ("Each drop holds 5 μL of serum.", "5 μL", "meter ** 3", 5e-9, "microlitres"),
    ("The filter uses a 47 nF capacitor.", "47 nF", "farad", 47e-9, "nanofarads"),
    ("The substation has a 2 MVA transformer.", "2 MVA", "watt", 2e6, "megavolt-amperes"),
    ("The protein weighs 66 kDa.", "66 kDa", "metric_ton", 66e3 * 1.66053906660e-30, "kilodaltons"),
    ("Workers received 5 mSv last year.", "5 mSv", "sievert", 5e-3, "millisieverts"),
    ("A dose of 3 Sv is often fatal.", "3 Sv", "sievert", 3.0, "sieverts, no prefix"),
    ("Patients got 2 Gy per session.", "2 Gy", "gray", 2.0, "grays"),
    ("The sample showed 40 kBq of activity.", "40 kBq", "becquerel", 4e4, "kilobecquerels"),
    ("The lamp gives 800 lm.", "800 lm", "lumen", 800.0, "lumens"),
    ("The plant burns 12 GJ an hour.", "12 GJ", "watt_hour", 12e9 / 3600, "gigajoules"),
    ("The collider reached 13 TeV.", "13 TeV", "watt_hour", 13e12 * 1.602176634e-19 / 3600, "teraelectronvolts"),
    ("The roof carries a 10 kWp array.", "10 kWp", "watt", 1e4, "peak kilowatts of a solar array"),
    ("The park adds 300 MWp of solar.", "300 MWp", "watt", 3e8, "peak megawatts"),
    ("Global emissions hit 36.8 GtCO2 last year.", "36.8 GtCO2", "metric_ton", 36.8e9, "gigatonnes of CO2"),
    ("The plant emits 3 MtCO2e a year.", "3 MtCO2e", "metric_ton", 3e6, "megatonnes of CO2 equivalent"),
    ("Each flight emits 5 tCO2.", "5 tCO2", "metric_ton", 5.0, "tonnes of CO2"),
    ("The mine shipped 5 Mt of ore.", "5 Mt", "metric_ton", 5e6, "megatonnes"),
    ("The dam released 20 GL of water.", "20 GL", "meter ** 3", 2e7, "gigalitres"),
    ("Pressure fell to 985 hPa overnight.", "985 hPa", "pascal", 98500.0, "hectopascals of the weather page"),
    ("The region made 5 million hL of wine.", "5 million hL", "meter ** 3", 5e5, "hectolitres after a scale word"),
    ("The cable carries 400 kA in a fault.", "400 kA", "ampere", 4e5, "kiloamperes"),
    ("辐射剂量达到5 mSv。", "5 mSv", "sievert", 5e-3, "zh-Hans: the symbol after a number"),
    ("輻射劑量達到5 mSv。", "5 mSv", "sievert", 5e-3, "zh-Hant"),
    ("全球排放量达368亿吨，即36.8 GtCO2。", "36.8 GtCO2", "metric_ton", 36.8e9, "zh-Hans GtCO2"),
]


@pytest.mark.parametrize("sentence,text,unit,value,why", PREFIXED, ids=[r[4] for r in PREFIXED])
def test_prefixed_symbol(sentence, text, unit, value, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit, _got(sentence)
    assert hit[0].unit == unit and hit[0].value == pytest.approx(value, rel=1e-6), _got(sentence)


NOT_SYMBOLS = [
    ("The family owns 5 TV sets.", "5", "count", "TV is a television, never teravolts"),
    ("The ticket was 500 TL.", "500 TL", "TRY", "TL is the Turkish lira"),
    ("She earned 3 MA degrees.", "3", "count", "an MA is a degree"),
    ("He has 3 A grades.", "3", "count", "a single-letter base needs a prefix"),
    ("The port handled 500,000 mt of wheat.", "500,000 mt", "metric_ton", "mt: metric tons, never millitonnes"),
    ("Soil samples read 7 pH units.", "7", "count", "pH is acidity, never picohenries"),
    ("The 3 Ts of the campaign were set.", "3", "count", "Ts: letters, never teraseconds"),
]


@pytest.mark.parametrize("sentence,text,unit,why", NOT_SYMBOLS, ids=[r[3] for r in NOT_SYMBOLS])
def test_not_symbol(sentence, text, unit, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit and hit[0].unit == unit, _got(sentence)


@pytest.mark.parametrize("sentence,text,value", [
    ("The port handled 500,000 mt of wheat.", "500,000 mt", 500000.0),
    ("Exports reached 3.2 MT last season.", "3.2 MT", 3.2),
])
def test_mt_is_metric_tons(sentence, text, value):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit and hit[0].unit == "metric_ton" and hit[0].value == pytest.approx(value), _got(sentence)


# Chinese names of the same units, and the ampere-hour of a battery in both languages.
CHINESE_AND_CHARGE = [
    ("The pack stores 100 Ah.", "100 Ah", "hour * milliampere", 1e5, "Ah alone, kept in mAh as phones state it"),
    ("The grid battery holds 20 kAh.", "20 kAh", "hour * milliampere", 2e7, "kAh through the prefix"),
    ("The phone has a 5000 mAh battery.", "5000 mAh", "hour * milliampere", 5000.0, "mAh as before"),
    ("电池容量为100安时。", "100安时", "hour * milliampere", 1e5, "zh-Hans 安时"),
    ("電池容量為100安時。", "100安時", "hour * milliampere", 1e5, "zh-Hant 安時"),
    ("工人一年受到5毫希沃特的辐射。", "5毫希沃特", "sievert", 5e-3, "zh-Hans 毫希沃特, as 5 mSv"),
    ("工人一年受到5毫希沃特的輻射。", "5毫希沃特", "sievert", 5e-3, "zh-Hant"),
    ("样本放射性为40贝克勒尔。", "40贝克勒尔", "becquerel", 40.0, "zh-Hans 贝克勒尔"),
]


@pytest.mark.parametrize("sentence,text,unit,value,why", CHINESE_AND_CHARGE, ids=[r[4] for r in CHINESE_AND_CHARGE])
def test_chinese_and_charge(sentence, text, unit, value, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit, _got(sentence)
    assert hit[0].unit == unit and hit[0].value == pytest.approx(value, rel=1e-6), _got(sentence)
