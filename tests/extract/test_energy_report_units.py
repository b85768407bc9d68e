"""Units of energy reports (issue 9, units), English and Chinese (both scripts). Before, each was a bare count, a
wrong unit or two claims.

- 度 is the kilowatt-hour of Chinese electricity statistics (全社会用电量9.2万亿度). Right after a scale character
  (万, 亿) on a line that speaks of electricity (电) it is read so; a temperature cue keeps it a degree (1.6亿度的
  高温 of a fusion plasma), and 度 elsewhere keeps its reading (30度, 45度角).
- 方 is the cubic metre of gas, water and earthworks (天然气产量2300亿方, 10万方混凝土), written after 万 or 亿;
  after a bare number 方 is a side or a party (三方, 双方), and 方面, 方案 are words.
- tce and toe (tonnes of coal or oil equivalent; Mtce, Mtoe, ktoe: thousand and million), boe (barrels of oil
  equivalent; boe/d, boepd a day, mmboe a million): the abbreviations of IEA, NBS and company reports, masses and
  volumes of the fuel they name. Lower case as written (TCE is a solvent).
- MWe, GWe, kWe: electric output of a power plant, in watts (as MWp is).
- l/100km: fuel consumption, a volume per distance (6.5 l/100km is 0.065 l/km), one figure, not "6.5 l" and "100km".
- bu: the bushel of USDA crop reports (1.2 billion bu), in lower case.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


BUSHEL = 0.03523907016688
BARREL = 0.158987294928

# (sentence, text, value in the canonical unit, canonical unit, why)
UNITS = [
    ("全社会用电量9.2万亿度。", "9.2万亿度", 9.2e12 * 1000, "watt_hour", "zh-Hans 万亿度 of electricity"),
    ("全社會用電量9.2萬億度。", "9.2萬億度", 9.2e12 * 1000, "watt_hour", "zh-Hant 萬億度 of electricity"),
    ("全年发电量达到8500亿度。", "8500亿度", 8.5e11 * 1000, "watt_hour", "zh-Hans 亿度, 发电量"),
    ("天然气产量2300亿方。", "2300亿方", 2.3e11, "meter ** 3", "zh-Hans 亿方 of gas"),
    ("天然氣產量2300億方。", "2300億方", 2.3e11, "meter ** 3", "zh-Hant 億方 of gas"),
    ("浇筑混凝土10万方。", "10万方", 1e5, "meter ** 3", "zh-Hans 万方 of concrete"),
    ("Energy use reached 5.72 billion tce.", "5.72 billion tce", 5.72e9, "metric_ton", "tce"),
    ("Coal use was 300 Mtce.", "300 Mtce", 3e8, "metric_ton", "Mtce"),
    ("Demand rose to 1,500 Mtoe.", "1,500 Mtoe", 1.5e9, "metric_ton", "Mtoe"),
    ("Output was 850 ktoe.", "850 ktoe", 8.5e5, "metric_ton", "ktoe"),
    ("能源消费量为300 Mtce。", "300 Mtce", 3e8, "metric_ton", "zh-Hans copy with Mtce"),
    ("The field produces 100,000 boe/d.", "100,000 boe/d", 1e5, "oil_barrel / day", "boe/d, as bpd"),
    ("Reserves of 250 mmboe.", "250 mmboe", 2.5e8 * BARREL, "meter ** 3", "mmboe"),
    ("The plant has a capacity of 1,100 MWe.", "1,100 MWe", 1.1e9, "watt", "MWe"),
    ("核电站装机1100 MWe。", "1100 MWe", 1.1e9, "watt", "zh-Hans copy with MWe"),
    ("The car uses 6.5 l/100km.", "6.5 l/100km", 6.5e-3 / 100 / 1000, "meter ** 2", "l/100km"),
    ("Stocks stood at 1.2 billion bu.", "1.2 billion bu", 1.2e9 * BUSHEL, "meter ** 3", "bu"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", UNITS, ids=[r[4] for r in UNITS])
def test_energy_report_unit(sentence, text, value, unit, why):
    got = claims_in(sentence)
    assert [(c.text, c.unit) for c in got] == [(text, unit)], _got(sentence)
    assert got[0].value == pytest.approx(value, rel=1e-6)


# 度 and 方 keep their other readings where the scale character, the electricity word or the quantity is missing.
KEEP = [
    ("今天气温30度，用电负荷创新高。", "30度", "degree_Celsius", "a temperature beside an electricity word"),
    ("等离子体温度达到1.6亿度，电流稳定。", "1.6亿度", "degree_Celsius", "a temperature cue beats the scale"),
    ("斜坡倾角为45度。", "45度", "degree", "an angle"),
]


@pytest.mark.parametrize("sentence,text,unit,why", KEEP, ids=[r[3] for r in KEEP])
def test_degree_keeps_its_reading(sentence, text, unit, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit and hit[0].unit == unit, _got(sentence)


NOT_CUBIC = [
    ("会议由三方共同主办。", "a party"),
    ("在这一万方面的问题上。", "方面 is a word"),
    ("共提交10万方案。", "方案 is a word"),
]


@pytest.mark.parametrize("sentence,why", NOT_CUBIC, ids=[r[1] for r in NOT_CUBIC])
def test_fang_elsewhere_is_no_volume(sentence, why):
    assert all(c.unit != "meter ** 3" for c in claims_in(sentence)), _got(sentence)
