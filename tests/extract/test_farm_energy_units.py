"""Agriculture and energy units (issue 9, units): the market units of Chinese farm statistics and the abbreviations
of commodity and energy reports, in English and in Chinese (both scripts).

- jin (斤, 0.5 kg): China states grain output in jin ("1.413 trillion jin", 14130亿斤); English reports of those
  figures keep the word. A mass, kept in tonnes like every mass.
- mu (亩, 1/15 hectare): sown area ("1.79 billion mu", 17.9亿亩). In English "mu" is also a name and a Greek letter,
  so it is a unit only right after a number (a unit form is only ever read after a figure).
- mmt / MMT: million metric tons in grain and oil-seed reports (USDA: "706.5 mmt", "an 11.1-mmt increase"); written
  in either case, unlike Mt (megatonne) and mt / MT (metric ton), whose case carries the meaning.
- bcm: billion cubic metres of gas; Chinese writes 亿立方米.
- mass per area (yields: 公斤/公顷, 公斤/亩, kg/ha) is one quantity whatever the area unit, so it converts to one
  canonical unit, tonnes per hectare (every mass is kept in tonnes), and 394.7公斤/亩 compares with 5921公斤/公顷.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


def _one(sentence):
    got = claims_in(sentence)
    assert len(got) == 1, [(c.text, c.value, c.unit) for c in got]
    return got[0]


# (sentence, text, value in the canonical unit, canonical unit, why)
UNITS = [
    ("China's grain output reached 1.413 trillion jin last year.", "1.413 trillion jin", 706.5e6, "metric_ton",
     "English jin"),
    ("Output rose by 21.71 billion jin.", "21.71 billion jin", 10.855e6, "metric_ton", "English jin, a change"),
    ("全年粮食产量14130亿斤。", "14130亿斤", 706.5e6, "metric_ton", "zh-Hans 亿斤"),
    ("全年糧食產量14130億斤。", "14130億斤", 706.5e6, "metric_ton", "zh-Hant 億斤"),
    ("The grain sown area was 1.79 billion mu.", "1.79 billion mu", 1.79e9 * 10000 / 15, "meter ** 2",
     "English mu"),
    ("粮食播种面积17.9亿亩。", "17.9亿亩", 1.79e9 * 10000 / 15, "meter ** 2", "zh-Hans 亿亩"),
    ("糧食播種面積17.9億畝。", "17.9億畝", 1.79e9 * 10000 / 15, "meter ** 2", "zh-Hant 億畝"),
    ("新增高标准农田500万亩。", "500万亩", 5e6 * 10000 / 15, "meter ** 2", "zh-Hans 万亩"),
    ("耕地面积1.2万公顷。", "1.2万公顷", 1.2e8, "meter ** 2", "zh-Hans 万公顷"),
    ("造林面积300千公顷。", "300千公顷", 3e9, "meter ** 2", "zh-Hans 千公顷"),
    ("World wheat output is forecast at 706.5 mmt.", "706.5 mmt", 706.5e6, "metric_ton", "mmt lower case"),
    ("World crude steel output was 1,897.9 mnt in 2023.", "1,897.9 mnt", 1897.9e6, "metric_ton", "mnt as steel reports write it"),
    ("Soybean production is put at 120.0 MMT.", "120.0 MMT", 120e6, "metric_ton", "MMT upper case"),
    ("Global wheat output was lifted to 706.5 million metric tons.", "706.5 million metric tons", 706.5e6,
     "metric_ton", "spelt out"),
    ("全球小麦产量预计为7.065亿吨。", "7.065亿吨", 706.5e6, "metric_ton", "zh-Hans 亿吨"),
    ("Pipeline gas imports were 38 bcm last year.", "38 bcm", 38e9, "meter ** 3", "bcm"),
    ("管道气进口380亿立方米。", "380亿立方米", 38e9, "meter ** 3", "zh-Hans 亿立方米"),
    ("管道氣進口380億立方米。", "380億立方米", 38e9, "meter ** 3", "zh-Hant 億立方米"),
    ("Average yield was 5,921 kg per hectare.", "5,921 kg per hectare", 5.921, "metric_ton / hectare",
     "English kg per hectare"),
    ("Average yield was 5.9 t/ha.", "5.9 t/ha", 5.9, "metric_ton / hectare", "English t/ha"),
    ("平均单产5921公斤/公顷。", "5921公斤/公顷", 5.921, "metric_ton / hectare", "zh-Hans 公斤/公顷"),
    ("平均單產5921公斤/公頃。", "5921公斤/公頃", 5.921, "metric_ton / hectare", "zh-Hant 公斤/公頃"),
    ("平均亩产394.7公斤/亩。", "394.7公斤/亩", 394.7 * 15 / 1000, "metric_ton / hectare", "zh-Hans 公斤/亩 to per hectare"),
    ("平均畝產394.7公斤/畝。", "394.7公斤/畝", 394.7 * 15 / 1000, "metric_ton / hectare", "zh-Hant 公斤/畝 to per hectare"),
    ("小麦单产达到8吨/公顷。", "8吨/公顷", 8.0, "metric_ton / hectare", "zh-Hans 吨/公顷 as before"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", UNITS, ids=[r[4] for r in UNITS])
def test_farm_and_energy_units(sentence, text, value, unit, why):
    c = _one(sentence)
    assert (c.text, c.unit) == (text, unit)
    assert c.value == pytest.approx(value, rel=1e-6)


def test_mmt_with_a_hyphen_is_a_change_in_million_tonnes():
    """'an 11.1-mmt increase': the compound-adjective hyphen, as in 'a 3-ton truck'."""
    got = claims_in("Output reached 706.5 mmt, an 11.1-mmt increase.")
    assert [(c.unit, round(c.written_value or 0, 3)) for c in got] == [("metric_ton", 706.5e6), ("metric_ton", 11.1e6)]


# "mu" is a unit only after a number: elsewhere it is a name, a Greek letter or a word.
NOT_MU = [
    "Mu Lan said the harvest was good.",
    "The mu of the distribution is unknown.",
    "Professor Wang Mu visited 3 farms.",
]


@pytest.mark.parametrize("sentence", NOT_MU)
def test_mu_elsewhere_is_no_unit(sentence):
    assert all(c.unit != "meter ** 2" for c in claims_in(sentence)), _got(sentence)


def test_a_capital_mu_after_a_number_is_no_area():
    """'MU' after a figure is not the area unit (mu is written in lower case)."""
    assert all(c.unit != "meter ** 2" for c in claims_in("The index fell 5 MU overnight.")), \
        _got("The index fell 5 MU overnight.")


def test_a_capital_jin_is_a_name():
    """Jin with a capital after a figure is a name, not the market unit (written in lower case in reports)."""
    assert all(c.unit != "metric_ton" for c in claims_in("The 2 Jin brothers arrived.")), \
        _got("The 2 Jin brothers arrived.")
