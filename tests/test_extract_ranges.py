"""Ranges and changes (extract/ranges.py): which pairs of figures are one range, which are two figures, and
the written ends of a range of physical units."""
from __future__ import annotations

import pytest

from conftest import check_claim, claims_in

# (sentence, span, low, high, unit, why)
RANGES = [
    ("four to five thousand people", "four to five thousand", 4000, 5000, "count",
     "the high end's scale covers a smaller bare low end"),
    ("3 to 4 million users", "3 to 4 million", 3e6, 4e6, "count", "digits and a scale word"),
    ("between 2 and 3 billion dollars", "2 and 3 billion dollars", 2e9, 3e9, "USD", "between … and"),
    ("200 to 5 million", "200 to 5 million", 200, 5e6, "count", "a low end larger than 5 keeps its own size"),
    ("300-400亿", "300-400亿", 3e10, 4e10, "count", "亿 covers both ends"),
    ("二至三萬人", "二至三萬人", 2e4, 3e4, "count", "zh-Hant: 萬 covers both ends"),
    ("an 8- to 16-meter telescope", "8- to 16-meter", 8, 16, "meter", "a suspended hyphen"),
    ("70%~95%", "70%~95%", 70, 95, "percent", "a tilde"),
    ("百分之四十到五十", "百分之四十到五十", 40, 50, "percent", "a unit written before the number covers both ends"),
    ("costs of $3-5 million", "$3-5 million", 3e6, 5e6, "USD", "a currency before the low end covers both"),
    ("between one hundred and two hundred", "one hundred and two hundred", 100, 200, "count",
     "a second hundred after 'and' starts the second number, not 10,200"),
    ("不少于3个不多于5个", "不少于3个不多于5个", 3, 5, "count", "不多于 is an upper bound"),
    ("數字在十到二十之間", "十到二十", 10, 20, "count", "zh-Hant: lone numerals between 在, 到 and 之间"),
    # neighbouring digits one apart are "this or the next", never a digit string
    ("三四十家企业", "三四十家", 30, 40, "count", "三四十 is 30 to 40, not 340"),
    ("五六百人", "五六百人", 500, 600, "count", "五六百 is 500 to 600"),
    ("兩三個月", "兩三個月", 2 / 12, 3 / 12, "year", "zh-Hant 两三 is two or three"),
    ("十二三岁", "十二三岁", 12, 13, "count", "after a unit: 12 or 13 (岁, a classifier, in the span)"),
    ("百分之二三十", "百分之二三十", 20, 30, "percent", "after 百分之"),
    ("营收增长三四成", "三四成", 30, 40, "percent", "before 成"),
]


@pytest.mark.parametrize("sentence,span,low,high,unit,why", RANGES, ids=[r[5] for r in RANGES])
def test_range(sentence, span, low, high, unit, why):
    check_claim(sentence, span, None, low, high, unit)


# (sentence, the figures expected, why): X to Y that are two figures
CHANGES = [
    ("Rates rose from 3.5% to 4.2% last year", ["3.5%", "4.2%"], "from X to Y after a verb of change"),
    ("its share slip sharply from 39.3 percent to 33.7 percent", ["39.3 percent", "33.7 percent"],
     "slip, dip, shrink, swing: verbs of change in any form"),
    ("The index rose 0.7% to 6,327.80", ["0.7%", "6,327.80"], "a growth rate and a level"),
    ("利率从3.5%升至4.2%", ["3.5%", "4.2%"], "从…升至…"),
    ("營收由3%增至5%", ["3%", "5%"], "zh-Hant 由…增至…"),
    ("the share fell by 2% to 40", ["2%", "40"], "a unit-less figure is never the high end of a percent"),
    # bare counts written high to low with "to" are a tally or odds, never a range (ranges run low to high)
    ("The bill passed 218 to 214", ["218", "214"], "a vote tally"),
    ("the court ruled 6 to 3", ["6", "3"], "a ruling's split"),
    ("表決結果為35到12", ["35", "12"], "zh-Hant, high to low with 到"),
    # a dash spaced off between a larger figure and a smaller one is a table's next column with its minus sign
    ("World net output 3 812 3 870 3 420 – 450 – 11.6%", ["3 812", "3 870", "3 420", "450", "11.6%"],
     "a flattened table row with spaced minus signs"),
    ("Total exports 2 310 2 295 2 150 – 145 – 6.3%", ["2 310", "2 295", "2 150", "145", "6.3%"],
     "high to low with spaced dashes"),
    ("產量 820 – 35 – 4.1%", ["820", "35", "4.1%"], "zh-Hant table row"),
]


# (sentence, (text, value) of each figure, why): a larger figure, a space, then a smaller one with its minus sign
# glued to it is a table's next column, signed (a range runs low to high: "75 -300mm" stays a dash)
SIGNED_NEXT = [
    # (the rank opening the row is a list number, page furniture: tests/extract/test_page_furniture.py)
    ("2 苹果 44.8 -2%", [("44.8", 44.8), ("-2%", -2.0)], "zh-Hans ranked row: shipments, then growth"),
    ("2 蘋果 44.8 -2%", [("44.8", 44.8), ("-2%", -2.0)], "zh-Hant ranked row"),
    ("Apple 46.4 -1.8%", [("46.4", 46.4), ("-1.8%", -1.8)], "English row: units, then the change"),
]


@pytest.mark.parametrize("sentence,want,why", SIGNED_NEXT, ids=[c[2] for c in SIGNED_NEXT])
def test_a_smaller_figure_with_a_glued_minus_after_a_larger_one_is_signed(sentence, want, why):
    got = claims_in(sentence)
    assert [(c.text, c.value) for c in got] == want


def test_a_dash_between_a_smaller_figure_and_a_larger_one_stays_a_range():
    (c,) = claims_in("a 75 -300mm zoom lens")
    assert (c.low, c.high) == (0.075, 0.3)


@pytest.mark.parametrize("sentence,texts,why", CHANGES, ids=[c[2] for c in CHANGES])
def test_change_is_two_figures(sentence, texts, why):
    got = claims_in(sentence)
    assert [c.text for c in got] == texts
    assert all(c.low is None and c.high is None for c in got)


def test_range_of_physical_units_keeps_its_written_ends():
    (c,) = claims_in("They were given between 44 and 50 mg ethanol.")
    assert (c.written_low, c.written_high, c.written_unit) == (44, 50, "milligram")
    assert c.unit == "metric_ton" and c.written_value is None and c.value is None
    (c,) = claims_in("a 320- to 640-inch mirror")
    assert (c.written_low, c.written_high, c.written_unit) == (320, 640, "inch")


def test_bound_keeps_its_written_end():
    (c,) = claims_in("面积至少有2252平方英尺")
    assert (c.written_low, c.written_high, c.written_value) == (2252, None, 2252)


def test_a_point_figure_has_no_written_bounds():
    (c,) = claims_in("全长5 km")
    assert (c.written_low, c.written_high) == (None, None)


def test_mathematical_bounds():
    (c,) = claims_in("x≥10")
    assert (c.low, c.qualifier) == (10, "at_least")
    (c,) = claims_in("x ≤ 20")
    assert (c.high, c.qualifier) == (20, "at_most")


def test_digit_strings_stay_numbers():
    assert [(c.text, c.value) for c in claims_in("三八")] == [("三八", 38)]
    assert claims_in("二〇一二年") == []


# A table flattened to spaces: in a row of four or more figures each figure is a cell, so a dash glued to one is
# its sign (never a range), and the word before the row labels it (it names no product).
@pytest.mark.parametrize("row,cells", [
    ("Iraq 4.67 4.76 141,000 -17,000 4.51", [4.67, 4.76, 141000, -17000, 4.51]),
    ("Gabon 0.21 0.20 6,000 -23,000", [0.21, 0.2, 6000, -23000]),
    ("華東 12.5 -3.2 8.1 -0.4", [12.5, -3.2, 8.1, -0.4]),
    ("Kuwait 2.63 2.60 (R) 2.809 85,000", [2.63, 2.6, 2.809, 85000]),  # (R) marks a revised cell
])
def test_a_row_of_figures_is_cells(row, cells):
    got = claims_in(row)
    assert [c.value for c in got] == cells, [(c.text, c.value, c.low, c.high) for c in got]


@pytest.mark.parametrize("sentence,low,high", [
    ("the 75 -300mm zoom", 0.075, 0.3),  # two figures only: still a range
    ("prices of 10 -20 dollars", 10, 20),
])
def test_a_spaced_dash_between_two_figures_stays_a_range(sentence, low, high):
    (c,) = claims_in(sentence)
    assert (c.low, c.high) == (low, high)


@pytest.mark.parametrize("sentence,low,high,unit", [
    ("between one and two million homes", 1e6, 2e6, "count"),  # the word one is a range's first end
    ("one to three years", 1, 3, "year"),
])
def test_one_opens_a_range(sentence, low, high, unit):
    (c,) = claims_in(sentence)
    assert (c.low, c.high, c.unit) == (low, high, unit)


def test_one_as_a_determiner_is_no_figure():
    assert claims_in("one family lives there") == []


# A comparison with a variable after the figure bounds it from the other side (10 < x: over 10), so two such
# bounds around a variable are one range
@pytest.mark.parametrize("sentence,low,high", [
    ("10 < x < 20", 10, 20),
    ("所求为20<x<=30的数", 20, 30),
    ("x>=10 and x<20", 10, 20),
])
def test_bounds_around_a_variable(sentence, low, high):
    (c,) = claims_in(sentence)
    assert (c.low, c.high) == (low, high)


def test_a_lone_bound_with_a_variable():
    (c,) = claims_in("keep 5 <= n")
    assert (c.value, c.qualifier) == (5, "at_least")
    assert [c.qualifier for c in claims_in("item 3 > B")] == [None]  # a capital is a label, not a variable


def test_bounds_on_two_variables_stay_two():
    assert [(c.low, c.high) for c in claims_in("x>10 and y<20")] == [(10, None), (None, 20)]
    assert [(c.low, c.high) for c in claims_in("x大於10且y小於20")] == [(10, None), (None, 20)]


def test_a_dash_after_a_percent_sign_is_a_range():
    (c,) = claims_in("rates at 5.25%-5.50%")
    assert (c.low, c.high, c.unit) == (5.25, 5.5, "percent")


@pytest.mark.parametrize("sentence,span,low,high,unit", [
    ("数量从1000到2000", "1000到2000", 1000, 2000, "count"),
    ("價格從2000到3000元", "2000到3000元", 2000, 3000, "CNY"),
    ("between 2000-3000 people", "2000-3000", 2000, 3000, "count"),
])
def test_a_year_like_end_of_a_range_of_numbers_is_a_number(sentence, span, low, high, unit):
    check_claim(sentence, span, None, low, high, unit)


def test_two_years_stay_a_period():
    assert claims_in("from 1990-2000 and 2019到2024年") == []


@pytest.mark.parametrize("sentence,low,high", [("数值超过100但低于200", 100, 200), ("數值高於10但低於20", 10, 20)])
def test_two_bounds_joined_by_but(sentence, low, high):
    got = claims_in(sentence)
    assert [(c.low, c.high) for c in got] == [(low, high)]


def test_a_year_after_in_stays_a_year_before_to():
    got = [c.text for c in claims_in("orders fell from 1,456 in 2023 to 569 in 2024")]
    assert got == ["1,456", "569"]


@pytest.mark.parametrize("sentence,texts", [
    ("支持率逾七成，反对者近九成", ["逾七成", "近九成"]),
    ("支持率逾七成，反對者將近九成", ["逾七成", "將近九成"]),
    ("more than 10 and nearly 20 people", ["more than 10", "nearly 20"]),
])
def test_an_approach_word_bounds_no_range(sentence, texts):
    # nearly, 近: the figure is approached, not a side of a range
    assert [c.text for c in claims_in(sentence)] == texts


@pytest.mark.parametrize("sentence, texts", [
    ("Net income grew 12.4% year on year in Q2 2025 to $800 million.", ["12.4%", "$800 million"]),
    ("Revenue rose in 2Q 2025 to $800 million.", ["$800 million"]),
    ("Revenue rose in H1 2025 to $800 million.", ["$800 million"]),
    ("Revenue rose in the second quarter 2025 to $800 million.", ["$800 million"]),
])
def test_a_year_after_a_quarter_or_half_is_no_range_end(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts
