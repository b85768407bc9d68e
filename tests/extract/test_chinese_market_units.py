"""Chinese market units (市制) and metric compounds the tables lacked (issue 9, units), zh-Hans and zh-Hant.

- 里 (li, 500 m), 丈 (zhang, 10/3 m), 尺 (chi, 1/3 m), 市寸 (cun, 1/30 m), 斗 (dou, 10 L), written with or without
  市 (市里, 市尺, 市斗, 市斤, 市亩). Each is a unit only right after a number, and not where it begins a word (三里屯
  and 三里河 are places, 尺寸 and 尺码 sizes, 丈夫 a husband, 斗争 a struggle) nor in an idiom (鹏程万里, 才高八斗).
- 寸 alone after a number is the inch of screens, wheels and photos in today's copy (55寸电视, 17寸轮毂); the old
  cun is written 市寸.
- 公寸 (decimetre, Taiwan), 平方分米, 立方分米, 立方毫米: metric compounds.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


# (sentence, text, value in the canonical unit, canonical unit, why)
UNITS = [
    ("从村里到镇上有5里路。", "5里", 2500.0, "meter", "li"),
    ("從村裡到鎮上有5里路。", "5里", 2500.0, "meter", "li, zh-Hant"),
    ("全长8市里。", "8市里", 4000.0, "meter", "市里"),
    ("这棵树高3丈。", "3丈", 10.0, "meter", "zhang"),
    ("腰围2.4尺。", "2.4尺", 0.8, "meter", "chi"),
    ("腰圍2.4市尺。", "2.4市尺", 0.8, "meter", "市尺, zh-Hant"),
    ("厚3市寸。", "3市寸", 0.1, "meter", "市寸"),
    ("一台55寸的电视。", "55寸", 55 * 0.0254, "meter", "寸, a screen in inches"),
    ("一台55吋的電視。", "55吋", 55 * 0.0254, "meter", "吋, as before"),
    ("收了5斗米。", "5斗", 0.05, "meter ** 3", "dou"),
    ("买了2市斤苹果。", "2市斤", 0.001, "metric_ton", "市斤"),
    ("承包了30市亩地。", "30市亩", 30 * 10000 / 15, "meter ** 2", "市亩"),
    ("長1.5公寸。", "1.5公寸", 0.15, "meter", "公寸 (Taiwan)"),
    ("面积3平方分米。", "3平方分米", 0.03, "meter ** 2", "平方分米"),
    ("體積5立方分米。", "5立方分米", 0.005, "meter ** 3", "立方分米, zh-Hant"),
    ("体积3立方毫米。", "3立方毫米", 3e-9, "meter ** 3", "立方毫米"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", UNITS, ids=[r[4] for r in UNITS])
def test_chinese_market_unit(sentence, text, value, unit, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit and hit[0].unit == unit, _got(sentence)
    assert hit[0].value == pytest.approx(value, rel=1e-6)


# Where the character begins a word, or the numeral belongs to a name, it is no unit.
NOT_UNITS = [
    ("我们在三里屯见面。", "三里屯, a place"),
    ("他住在三里河。", "三里河, a place"),
    ("这双鞋是42尺码。", "尺码, a size"),
    ("这三丈夫都来了。", "丈夫"),
    ("经过3斗争阶段。", "斗争"),
    # idioms with a market unit in them (nonclaims.toml idioms): no distance, no volume
    ("祝你鹏程万里。", "鹏程万里"),
    ("他凭三寸不烂之舌说服了对方。", "三寸不烂之舌"),
    ("此人才高八斗。", "才高八斗"),
]


@pytest.mark.parametrize("sentence,why", NOT_UNITS, ids=[r[1] for r in NOT_UNITS])
def test_market_unit_character_in_a_word(sentence, why):
    assert all(c.unit not in ("meter", "meter ** 3") for c in claims_in(sentence)), _got(sentence)
