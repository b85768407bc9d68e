"""Oil and gas abbreviations (issue 9, units), English and Chinese (both scripts): the industry's own units, which
were bare counts or lost their "a day".

- bbl, bbls (barrels; mmbbl a million), bbl/d a day: oil inventories and output (5 million bbl, 200,000 bbl/d).
- Mcf, MMcf (a thousand and a million cubic feet), bcf/d, MMcf/d a day: gas volumes and flows, as bcf and tcf are.
- 标方 and 标准立方米 (standard cubic metres of gas: 100亿标方), and 立方 alone (5立方, colloquial as 平方 is for square
  metres); 立方根 and 立方体 are words (a cube root, a cube).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


# (sentence, text, written unit, written value, why)
FORMS = [
    ("Crude inventories rose 5 million bbl.", "5 million bbl", "oil_barrel", 5e6, "bbl"),
    ("Reserves of 2.3 billion bbls.", "2.3 billion bbls", "oil_barrel", 2.3e9, "bbls"),
    ("Inventories of 440 mmbbl.", "440 mmbbl", "oil_barrel", 4.4e8, "mmbbl"),
    ("Output of 200,000 bbl/d.", "200,000 bbl/d", "oil_barrel / day", 2e5, "bbl/d"),
    ("Output reached 10 bcf/d.", "10 bcf/d", "foot ** 3 / day", 1e10, "bcf/d"),
    ("Output of 500 MMcf/d.", "500 MMcf/d", "foot ** 3 / day", 5e8, "MMcf/d"),
    ("Sales of 900 MMcf.", "900 MMcf", "foot ** 3", 9e8, "MMcf"),
    ("Gas sold at 30 Mcf.", "30 Mcf", "foot ** 3", 3e4, "Mcf"),
    ("天然气产量100亿标方。", "100亿标方", "meter ** 3", 1e10, "zh-Hans 标方"),
    ("天然氣產量100億標方。", "100億標方", "meter ** 3", 1e10, "zh-Hant 標方"),
    ("供气量50亿标准立方米。", "50亿标准立方米", "meter ** 3", 5e9, "zh-Hans 标准立方米"),
    ("每户每月用水5立方。", "5立方", "meter ** 3", 5.0, "zh-Hans 立方 alone"),
]


@pytest.mark.parametrize("sentence,text,unit,value,why", FORMS, ids=[r[4] for r in FORMS])
def test_oil_gas_unit(sentence, text, unit, value, why):
    got = claims_in(sentence)
    assert [(c.text, c.written_unit) for c in got] == [(text, unit)], _got(sentence)
    assert got[0].written_value == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize("sentence", ["求27的立方根。", "一个边长为3立方体的模型。"])
def test_cube_words_are_no_volume(sentence):
    assert all(c.unit != "meter ** 3" for c in claims_in(sentence)), _got(sentence)
