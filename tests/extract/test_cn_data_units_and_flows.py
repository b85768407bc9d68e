"""Chinese unit spellings the tables lacked (issue 9, units): data sizes with 千兆 (giga in computing: 千兆字节 is a
gigabyte, not a number in 千 before 兆字节), Taiwan's 位元組 (byte) and 位元 (bit) with any prefix (千位元組,
兆位元組, 百萬位元組 read as 百万 and a byte), 兆比特/千兆比特/太比特; the lumen (流明); and a flow in cubic metres
with 每秒 before it (流量达每秒5万立方米: cubic metres a second, as 秒速 makes a length a speed).
位元 after the measure word 位 begins a word (五位元首, 两位元老): no bits. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit, c.written_unit) for c in claims_in(sentence)]


# (sentence, text, written value, written unit, why)
UNITS = [
    ("服务器内存为一百二十八千兆字节。", "一百二十八千兆字节", 128.0, "gigabyte", "hans: 千兆字节 after a numeral"),
    ("手機儲存空間為256千兆位元組。", "256千兆位元組", 256.0, "gigabyte", "hant: 千兆位元組"),
    ("附件大小為20兆位元組。", "20兆位元組", 20.0, "megabyte", "hant: 兆位元組"),
    ("檔案共有450百萬位元組。", "450百萬位元組", 450e6, "byte", "hant: 百萬 and 位元組"),
    ("該處理器為32位元架構。", "32位元", 32.0, "bit", "hant: 位元"),
    ("宽带速率为五百兆比特。", "五百兆比特", 500.0, "megabit", "hans: 兆比特"),
    ("骨干网带宽达到四十千兆比特。", "四十千兆比特", 40.0, "gigabit", "hans: 千兆比特"),
    ("这盏灯的亮度为九百流明。", "九百流明", 900.0, "lumen", "hans: 流明"),
    ("The bulb is rated at 1,100 lumens.", "1,100 lumens", 1100.0, "lumen", "en: lumens"),
    ("长江洪峰流量达每秒6.3万立方米。", "6.3万立方米", 63000.0, "meter ** 3 / second", "hans: 每秒 before m3"),
    ("該河流量為每秒鐘八百立方米。", "八百立方米", 800.0, "meter ** 3 / second", "hant: 每秒鐘 before m3"),
    ("水库库容为两亿立方米。", "两亿立方米", 2e8, "meter ** 3", "hans: no 每秒: a volume"),
]


@pytest.mark.parametrize("sentence,text,written,wunit,why", UNITS, ids=[r[4] for r in UNITS])
def test_unit_spelling(sentence, text, written, wunit, why):
    got = [c for c in claims_in(sentence) if c.text == text]
    assert [c.written_unit for c in got] == [wunit], _got(sentence)
    assert got[0].written_value == pytest.approx(written)


WORDS = [
    ("三位元首出席了峰会。", "hans: 三位 元首"),
    ("兩位元老發表講話。", "hant: 兩位 元老"),
]


@pytest.mark.parametrize("sentence,why", WORDS, ids=[r[1] for r in WORDS])
def test_wei_yuan_words_are_no_bits(sentence, why):
    assert not [c for c in claims_in(sentence) if c.written_unit == "bit"], _got(sentence)
