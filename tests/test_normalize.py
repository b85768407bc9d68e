"""Normalisation is for matching only; every normalised position maps back to the original characters."""
from __future__ import annotations

from factcheck.normalize import normalize_line, split_lines


def test_traditional_becomes_simplified_for_matching():
    nl = normalize_line("美國佔74.5%，萬億")
    assert nl.text == "美国占74.5%、万亿"
    assert nl.original == "美國佔74.5%，萬億"


def test_full_width_digits_and_percent_fold_to_ascii():
    nl = normalize_line("占比１２．５％")
    assert nl.text == "占比12.5%"


def test_index_maps_spans_back_when_lengths_change():
    original = "ﬁ ½ 75％"
    nl = normalize_line(original)
    assert nl.text == "fi 1⁄2 75%"
    s = nl.text.index("75%")
    a, b = nl.to_original(s, s + 3)
    assert original[a:b] == "75％"
    s = nl.text.index("1⁄2")
    a, b = nl.to_original(s, s + 3)
    assert original[a:b] == "½"


def test_a_pronunciation_gloss_is_left_out_of_matching_and_positions_still_map_back():
    for original, text in [("中國新增風(fēng)電裝機(jī)容量2319.6萬千瓦", "中国新增风电装机容量2319.6万千瓦"),
                           ("中国游戏产(chǎn)业(yè)收入3257.83亿元", "中国游戏产业收入3257.83亿元")]:
        nl = normalize_line(original)
        assert nl.text == text
        s = nl.text.index("23" if "23" in nl.text else "32")
        a, b = nl.to_original(s, s + 6)
        assert original[a:b] == nl.text[s:s + 6]
    # letters in brackets without a tone mark are text: a unit, an abbreviation
    assert normalize_line("装机容量2319.6万千瓦(GW)").text.endswith("(GW)")
    assert normalize_line("中芯国际(smic)营收").text == "中芯国际(smic)营收"


def test_lines_split_like_the_file():
    assert split_lines("a\r\nb\nc") == ["a", "b", "c"]
