"""Forms of figures as general text writes them, one table per mechanism (extract/ranges.py join_compounds,
extract/quantities.py units, data/units.toml cues). Sentences written for these tests, in English and in
zh-Hans / zh-Hant where the form occurs; each row says why."""
from __future__ import annotations

import pytest

from conftest import check_claim, claims_in

FOOT = 0.3048
INCH = 0.0254

# One measure in a larger unit and then a smaller one is one figure (5 ft 2 in, 3 lb 4 oz): the two units
# measure the same thing (the same canonical unit) and the smaller part is less than one of the larger.
# Two units of two dimensions, or a second part as large as the first unit, are two figures.
COMPOUNDS = [
    ("He is 5 ft 2 in.", [("5 ft 2 in", 5 * FOOT + 2 * INCH)], "feet and inches"),
    ("a 3 lb 4 oz baby", [("3 lb 4 oz", 0.00147417520250)], "pounds and ounces, one weight"),
    ("2 m 30 cm of rope", [("2 m 30 cm", 2.3)], "metres and centimetres"),
    ("it needs 2 gallons and 5 lbs of feed", [("2 gallons", 0.007570823568), ("5 lbs", 0.0022679618500)],
     "a volume and a weight: two figures"),
    ("boats at 10 knots and cars at 25 mph", [("10 knots", 5.14444444444), ("25 mph", 11.176)],
     "one speed in two units, the second not less than one of the first: two figures"),
    ("a board 5 feet and 14 inches", [("5 feet", 5 * FOOT), ("14 inches", 14 * INCH)],
     "14 inches is more than a foot: two figures"),
    ("12 oz and 3 tsp", [("12 oz", 0.000340194), ("3 tsp", 1.47867647812e-05)], "mass and volume"),
]


@pytest.mark.parametrize("sentence,claims,why", COMPOUNDS, ids=[c[2] for c in COMPOUNDS])
def test_compound_measures(sentence, claims, why):
    got = [(c.text, c.value) for c in claims_in(sentence)]
    assert [t for t, _ in got] == [t for t, _ in claims], got
    for (_, v), (_, w) in zip(got, claims):
        assert v == pytest.approx(w, rel=1e-6)


# A height in feet and then the inches with no unit: a compound adjective (6-foot-3) or the end of a phrase
# (he is 6 foot 3.). The inches are a whole number below twelve; a number with a noun after it stays apart.
# Chinese writes a height in metres with its decimals after 米 (一米八 1.8 m, 1米75 1.75 m).
HEIGHTS = [
    ("The 6-foot-3 guard scored 20 points.", "6-foot-3", 6 * FOOT + 3 * INCH, "hyphenated height"),
    ("a 6-foot-11, 250-pound center", "6-foot-11", 6 * FOOT + 11 * INCH, "before a comma"),
    ("She is 5 foot 7.", "5 foot 7", 5 * FOOT + 7 * INCH, "spaced, at the end of a sentence"),
    ("He stands 6 feet 1, and weighs 90 kg.", "6 feet 1", 6 * FOOT + INCH, "spaced, before a comma"),
    ("他身高一米八，体重七十公斤", "一米八", 1.8, "zh-Hans: 一米八 is 1.8 m"),
    ("身高1米75的球員", "1米75", 1.75, "zh-Hant: two digits after 米 are centimetres"),
    ("這張桌子一米二", "一米二", 1.2, "zh-Hant: a table's length"),
    ("水深1米5左右", "1米5左右", 1.5, "a hedge after the decimals belongs to the whole"),
]


# 度 of a temperature takes its tenths the same way: 三十八度五 is 38.5 °C (one digit only; 五个 is a count).
def test_temperature_tenths_after_du():
    assert [(c.text, c.value) for c in claims_in("他体温三十八度五")] == [("三十八度五", 38.5)]
    assert [(c.text, c.value) for c in claims_in("氣溫38度5左右")] == [("38度5左右", 38.5)]
    assert [c.text for c in claims_in("三十度五个城市")] == ["三十度", "五个"]


# N位数 is a number of digits (两位数增长: double-digit growth), not a count of people (两位专家 is).
def test_digits_of_a_number_are_no_count():
    assert claims_in("增幅扩大至两位数") == []
    assert [c.text for c in claims_in("兩位數的增長")] == []
    assert [c.text for c in claims_in("两位专家")] == ["两位"]


@pytest.mark.parametrize("sentence,span,value,why", HEIGHTS, ids=[c[3] for c in HEIGHTS])
def test_heights(sentence, span, value, why):
    hits = [c for c in claims_in(sentence) if c.text == span]
    assert hits, [(c.text, c.value) for c in claims_in(sentence)]
    assert hits[0].value == pytest.approx(value) and hits[0].unit == "meter"


NOT_HEIGHTS = [
    ("The wall is 10 feet 2 people tall", ["10 feet", "2"], "a noun after the number: a count"),
    ("a 10-foot-12 room", ["10-foot"], "twelve inches is no remainder"),
    ("1米80个", ["1米", "80个"], "a measure word after the digits: a count of its own"),
    ("跑了100米10秒", ["100米", "10秒"], "a unit after the digits"),
]


@pytest.mark.parametrize("sentence,texts,why", NOT_HEIGHTS, ids=[c[2] for c in NOT_HEIGHTS])
def test_not_heights(sentence, texts, why):
    assert [c.text for c in claims_in(sentence)] == texts


# A unit word joined to the number by a hyphen, when pint knows the word and the tables do not (2-furlong,
# 5-kilonewton), and watt in the singular. A word that is no unit keeps the bare count.
HYPHEN_UNITS = [
    ("a 100-watt bulb", "100-watt", 100, "watt", "singular watt after a hyphen"),
    ("a 60 watt lamp", "60 watt", 60, "watt", "singular watt after a space"),
    ("a 2-furlong sprint", "2-furlong", 402.336804674, "meter", "a unit pint knows"),
    ("a 5-kilonewton load", "5-kilonewton", 5000, "newton", "a prefixed unit pint knows"),
    ("a 3-pint jug", "3-pint", 0.001419529419, "meter ** 3", "a volume"),
    # a symbol with a capital in it is a unit symbol after a hyphen too (a lower-case one may be a word: 9-pm)
    ("a 400-kV grid link", "400-kV", 400000, "volt", "kilovolt symbol after a hyphen"),
    ("its 5,000-mAh cell", "5,000-mAh", 5000, "hour * milliampere", "mAh symbol after a hyphen"),
    ("a 1,013-hPa reading", "1,013-hPa", 101300, "pascal", "hPa symbol after a hyphen"),
]


@pytest.mark.parametrize("sentence,unit", [("a 9-pm curfew", "count"), ("a 3-D model", "count")])
def test_a_hyphenated_lower_case_symbol_or_letter_is_no_unit(sentence, unit):
    assert [c.unit for c in claims_in(sentence)] == [unit]


@pytest.mark.parametrize("sentence,span,value,unit,why", HYPHEN_UNITS, ids=[c[4] for c in HYPHEN_UNITS])
def test_hyphen_units(sentence, span, value, unit, why):
    check_claim(sentence, span, value, None, None, unit)


@pytest.mark.parametrize("sentence", ["a 3-person team", "a 5-star hotel", "a 2-story house"])
def test_a_hyphenated_noun_is_no_unit(sentence):
    assert [c.unit for c in claims_in(sentence)] == ["count"]


# K and degrees are temperatures when the line speaks of heat or cold (the words of data/units.toml's
# [[ambiguous]] cues), else a thousand and an angle.
TEMPERATURES = [
    ("Helium is cooled to 4 K.", "4 K", -269.15, "degree_Celsius", "cooled: kelvin"),
    ("Absolute zero is 0 K.", "0 K", -273.15, "degree_Celsius", "absolute zero: kelvin"),
    ("the superconducting magnet runs at 9 K", "9 K", -264.15, "degree_Celsius", "superconducting: kelvin"),
    ("a salary of 50 K", "50 K", 50000, "count", "no temperature word: a thousand"),
    ("It was minus 5 degrees.", "minus 5 degrees", -5, "degree_Celsius", "minus before degrees"),
    ("Preheat the oven to 180 degrees.", "180 degrees", 180, "degree_Celsius", "an oven"),
    ("The thermometer read 30 degrees", "30 degrees", 30, "degree_Celsius", "a thermometer"),
    ("turn the dial 90 degrees", "90 degrees", 90, "degree", "no temperature word: an angle"),
    ("Water freezes at 32°F.", "32°F", 0, "degree_Celsius", "°F converts with no float residue"),
    ("冷却至4 K以下", "4 K以下", -269.15, "degree_Celsius", "zh-Hans 冷却"),
]


@pytest.mark.parametrize("sentence,span,value,unit,why", TEMPERATURES, ids=[c[4] for c in TEMPERATURES])
def test_temperatures(sentence, span, value, unit, why):
    hits = [c for c in claims_in(sentence) if c.text == span]
    assert hits, [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert hits[0].unit == unit and hits[0].value == pytest.approx(value, abs=1e-9)


# Verbs of passing a mark are bounds like the comparatives (exceeded $1bn, topped 5,000, surpassed 50%), and a
# negation before them closes the bound (does not exceed 5 % is at most 5 %). "as many as", "as much as",
# "as high as" give the top of what is said; "as few as", "as little as", "as low as" the bottom.
BOUND_WORDS = [
    ("Sales exceeded $1 billion last year.", "exceeded $1 billion", 1e9, 1e9, None, "USD", "over"),
    ("The index topped 5,000 points.", "topped 5,000", 5000, 5000, None, "count", "over"),
    ("Its share surpassed 50% in May.", "surpassed 50%", 50, 50, None, "percent", "over"),
    ("The fee does not exceed 5%.", "not exceed 5%", 5, None, 5, "percent", "at_most"),
    ("As many as 300 people died.", "As many as 300", 300, None, 300, "count", "at_most"),
    ("a stake of as much as 20%", "as much as 20%", 20, None, 20, "percent", "at_most"),
    ("Rates could go as high as 9 percent.", "as high as 9 percent", 9, None, 9, "percent", "at_most"),
    ("Tickets start at as little as $5.", "as little as $5", 5, 5, None, "USD", "at_least"),
    ("Growth came in just short of 3%.", "short of 3%", 3, None, 3, "percent", "under"),
]


@pytest.mark.parametrize("sentence,span,value,low,high,unit,qualifier", BOUND_WORDS,
                         ids=[c[1] for c in BOUND_WORDS])
def test_bound_words(sentence, span, value, low, high, unit, qualifier):
    check_claim(sentence, span, value, low, high, unit, qualifier)


# Symbols that differ only by case name different units: mW a milliwatt, MW a megawatt; Gb a gigabit, GB a
# gigabyte; kV a kilovolt (a thousand volts), mA a milliampere; Ω is an ohm, mmHg a pressure.
CASE_SYMBOLS = [
    ("a laser of 5 mW", "5 mW", 0.005, "watt"),
    ("a plant of 3 MW", "3 MW", 3e6, "watt"),
    ("a 1.5 kV line", "1.5 kV", 1500, "volt"),
    ("a signal of 5 mV", "5 mV", 0.005, "volt"),
    ("a current of 10 mA", "10 mA", 0.01, "ampere"),
    ("a 5 Gb memory chip", "5 Gb", 6.25e8, "byte"),
    ("a 5 GB download", "5 GB", 5e9, "byte"),
    ("a 10 kΩ resistor", "10 kΩ", 1e4, "ohm"),
    ("blood pressure of 120 mmHg", "120 mmHg", 15998.6864898, "pascal"),
    ("一台输出5毫瓦的激光器", "5毫瓦", 0.005, "watt"),
    ("10千伏線路", "10千伏", 1e4, "volt"),
]


@pytest.mark.parametrize("sentence,span,value,unit", CASE_SYMBOLS, ids=[c[1] for c in CASE_SYMBOLS])
def test_case_exact_symbols(sentence, span, value, unit):
    check_claim(sentence, span, value, None, None, unit)


# M in N is a share only when M is no more than N (7 in 10, one in five); "0-60 in 4.5 seconds" and "60 in 4
# games" are two figures.
@pytest.mark.parametrize("sentence,texts", [
    ("The car goes 0-60 in 4.5 seconds.", ["0-60", "4.5 seconds"]),
    ("He scored 60 in 4 games.", ["60", "4"]),
    ("One in five adults smokes.", ["One in five"]),
])
def test_m_in_n_is_a_share_only_when_m_is_the_smaller(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts


# The exponent of a power of ten written in superscripts is part of the figure, not a footnote marker.
SCIENTIFIC = [
    ("Avogadro: 6.02 × 10²³ atoms", "6.02 × 10²³", 6.02e23, "count"),
    ("a gap of 5 × 10⁻³ m", "5 × 10⁻³ m", 0.005, "meter"),
    ("a charge of 1.6x10⁻¹⁹ coulombs", "1.6x10⁻¹⁹ coulombs", 1.6e-19, "coulomb"),
]


@pytest.mark.parametrize("sentence,span,value,unit", SCIENTIFIC, ids=[c[1] for c in SCIENTIFIC])
def test_powers_of_ten_in_superscript(sentence, span, value, unit):
    hits = [c for c in claims_in(sentence) if c.text == span]
    assert hits and hits[0].value == pytest.approx(value) and hits[0].unit == unit


def test_a_superscript_after_a_figure_is_still_a_footnote():
    assert [c.text for c in claims_in("revenue grew 12%¹ in 2023")] == ["12%"]
    assert claims_in("see note 10¹ below") == []


# 个半 between a number and a unit is "and a half" of that unit: 两个半小时 is 2.5 hours (not two of something).
HALF_AFTER_GE = [
    ("会议开了两个半小时", "两个半小时", 2.5 / 8766, "year"),
    ("一个半月的时间", "一个半月", 1.5 / 12, "year"),
    ("兩個半小時的會議", "兩個半小時", 2.5 / 8766, "year"),
    ("利率下调五个半百分点", "五个半百分点", 5.5, "percentage_points"),
]


@pytest.mark.parametrize("sentence,span,value,unit", HALF_AFTER_GE, ids=[c[1] for c in HALF_AFTER_GE])
def test_n_and_a_half_units(sentence, span, value, unit):
    hits = [c for c in claims_in(sentence) if c.text == span]
    assert hits and hits[0].value == pytest.approx(value) and hits[0].unit == unit, \
        [(c.text, c.value, c.unit) for c in claims_in(sentence)]


def test_ge_ban_before_a_noun_stays_a_count():
    assert [(c.text, c.value) for c in claims_in("兩個半人")] == [("兩個", 2)]


# Euro prices write cents after a decimal comma: €5,50 and 2,80 € are 5.5 and 2.8; three digits after the comma
# are still a thousands group (€5,500).
EURO_COMMA = [
    ("A coffee costs €2,80 in Paris.", "€2,80", 2.8),
    ("Das Ticket kostet 3,20 € am Schalter.", "3,20 €", 3.2),
    ("It cost 1,50 euros.", "1,50 euros", 1.5),
    ("a budget of €5,500", "€5,500", 5500),
]


@pytest.mark.parametrize("sentence,span,value", EURO_COMMA, ids=[c[1] for c in EURO_COMMA])
def test_euro_decimal_comma(sentence, span, value):
    check_claim(sentence, span, value, None, None, "EUR")


# A currency named with its country's adjective: the adjective picks the currency (Qatari riyals are not Saudi
# riyals), and a common word that is also an ISO code (pen, mad) is no currency.
NATIONAL_CURRENCIES = [
    ("It sold for 100,000 Japanese yen.", "100,000 Japanese yen", "JPY"),
    ("a fee of 500 new Taiwan dollars", "500 new Taiwan dollars", "TWD"),
    ("He paid 200 Indian rupees.", "200 Indian rupees", "INR"),
    ("fines of 3 million Russian rubles", "3 million Russian rubles", "RUB"),
    ("500 Qatari riyals", "500 Qatari riyals", "QAR"),
    ("500 Saudi riyals", "500 Saudi riyals", "SAR"),
    ("20,000 Iraqi dinars", "20,000 Iraqi dinars", "IQD"),
    ("a loan of 40 million Polish zlotys", "40 million Polish zlotys", "PLN"),
    ("1,000 South Korean won", "1,000 South Korean won", "KRW"),
]


@pytest.mark.parametrize("sentence,span,unit", NATIONAL_CURRENCIES, ids=[c[2] + " " + c[1] for c in NATIONAL_CURRENCIES])
def test_national_currencies(sentence, span, unit):
    assert [(c.text, c.unit) for c in claims_in(sentence) if c.text == span] == [(span, unit)], \
        [(c.text, c.unit) for c in claims_in(sentence)]


@pytest.mark.parametrize("sentence", ["a 5 pen set", "it drove 5 mad"])
def test_currency_codes_that_are_words(sentence):
    assert [c.unit for c in claims_in(sentence)] == ["count"]


# A vulgar fraction after a whole number (2½, 12⅓): NFKC writes it 21⁄2, whose last digit is the numerator.
VULGAR = [
    ("He was jailed for 2½ years.", "2½ years", 2.5, "year"),
    ("It rose 1½%.", "1½%", 1.5, "percent"),
    ("a 3¾-inch gap", "3¾-inch", 3.75 * INCH, "meter"),
    ("他跑了2½公里", "2½公里", 2500, "meter"),
]


@pytest.mark.parametrize("sentence,span,value,unit", VULGAR, ids=[c[1] for c in VULGAR])
def test_vulgar_fractions_after_a_whole_number(sentence, span, value, unit):
    hits = [c for c in claims_in(sentence) if c.text == span]
    assert hits and hits[0].value == pytest.approx(value) and hits[0].unit == unit, \
        [(c.text, c.value, c.unit) for c in claims_in(sentence)]


# Fractions in words: every ordinal denominator (a sixteenth, fifteenths, ninetieths), and two fractions joined
# by "and" stay two (three fifths and nine tenths), while a whole number and a fraction are one (three and
# three quarters). Digits before a denominator word stay the number as written (100 millionths: 100).
WORD_FRACTIONS = [
    ("one sixteenth of the budget", [("one sixteenth", 6.25, "percent")]),
    ("five sixteenths of an inch", [("five sixteenths of an inch", 5 / 16 * INCH, "meter")]),
    ("one fifteenth of the total", [("one fifteenth", 100 / 15, "percent")]),
    ("it rose 11 hundredths", [("11", 11, "count")]),
    ("three fifths and nine-tenths", [("three fifths", 60, "percent"), ("nine-tenths", 90, "percent")]),
    ("three and three quarters", [("three and three quarters", 3.75, "count")]),
    ("sales fell in 3 quarters", [("3", 3, "count")]),
    ("the fifteenth century", []),
]


@pytest.mark.parametrize("sentence,claims", WORD_FRACTIONS, ids=[c[0] for c in WORD_FRACTIONS])
def test_fractions_in_words(sentence, claims):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in claims], got
    for (_, v, _), (_, w, _) in zip(got, claims):
        assert v == pytest.approx(w)


# "a half-" and "a quarter-" before a unit are half or a quarter of it (a half-mile walk, a quarter-century), and
# before a scale word half or a quarter of the scale (a half-million people); before another word they are part
# of that word (a quarter-final, a half-brother), no figure.
HALF_HYPHEN = [
    ("a half-mile walk", [("a half-mile", 804.672, "meter")]),
    ("a quarter-mile track", [("a quarter-mile", 402.336, "meter")]),
    ("a half-hour show", [("a half-hour", 0.5 / 8766, "year")]),
    ("a quarter-century of rule", [("a quarter-century", 25, "year")]),
    ("a half-million people", [("a half-million", 5e5, "count")]),
    ("a quarter-final match", []),
    ("his half-brother", []),
]


@pytest.mark.parametrize("sentence,claims", HALF_HYPHEN, ids=[c[0] for c in HALF_HYPHEN])
def test_half_and_quarter_with_a_hyphen(sentence, claims):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in claims], got
    for (_, v, _), (_, w, _) in zip(got, claims):
        assert v == pytest.approx(w)


@pytest.mark.parametrize("sentence,span", [("a 100 sq. m. apartment", "100 sq. m."), ("a 75 sqm flat", "75 sqm")])
def test_square_metre_abbreviations(sentence, span):
    check_claim(sentence, span, float(span.split()[0]), None, None, "meter ** 2")


# Digits and then "and a half" (a quarter, three quarters) are one figure, the part added before any scale or
# unit: 2 and a half hours, 1 and a half million dollars (as "two and a half" in words already is). A hyphen after
# "half" makes a compound word (a half-time lead) that joins nothing.
AND_A_PART = [
    ("The flight took 6 and a half hours.", "6 and a half hours", 6.5 / (365.25 * 24), "year"),
    ("He spent 4 and a half years abroad.", "4 and a half years", 4.5, "year"),
    ("a walk of 2 and three quarters miles", "2 and three quarters miles", 2.75 * 1609.344, "meter"),
    ("They borrowed 3 and a half million dollars.", "3 and a half million dollars", 3.5e6, "USD"),
    ("The baby is 9 and a quarter months old.", "9 and a quarter months", 9.25 / 12, "year"),
]


@pytest.mark.parametrize("sentence,span,value,unit", AND_A_PART, ids=[c[1] for c in AND_A_PART])
def test_digits_and_a_half(sentence, span, value, unit):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert len(got) == 1 and got[0][0] == span and got[0][2] == unit, got
    assert got[0][1] == pytest.approx(value, rel=1e-6)


def test_digits_and_a_half_hyphenated_is_no_part():
    assert [c.text for c in claims_in("They went in 2 and a half-time break.")] == ["2"]


# An exponent after a quotient unit at the end of a sentence (m/s² becomes m/s2 under NFKC, then the full stop):
# the stop ends the sentence, it is no decimal point, so the 2 is still the power.
@pytest.mark.parametrize("sentence,span,unit", [
    ("The sled slowed at 4.2 m/s².", "4.2 m/s²", "meter / second ** 2"),
    ("The probe accelerates at 0.5 m/s^2.", "0.5 m/s^2", "meter / second ** 2"),
    ("The car braked at 8 m/s2, then stopped.", "8 m/s2", "meter / second ** 2"),
])
def test_power_before_a_full_stop(sentence, span, unit):
    assert [(c.text, c.unit) for c in claims_in(sentence)] == [(span, unit)]


# A value and its uncertainty with no unit (12.4 ± 3.1) is one figure, the value, as it is with a unit.
@pytest.mark.parametrize("sentence,span,value", [
    ("The mean score was 12.4 ± 3.1 across groups.", "12.4 ± 3.1", 12.4),
    ("Its index is 7 +/- 2.", "7 +/- 2", 7.0),
])
def test_bare_value_and_uncertainty(sentence, span, value):
    assert [(c.text, c.value) for c in claims_in(sentence)] == [(span, value)]


# A decimal comma before a unit: a thousands group always has three digits, so a comma before one or two
# digits and then a unit (3,5 kg, 2,5 km, 1,75 m, 3,50 dollars) is the decimal point of a figure written the
# European way, in English or Chinese text. Without a unit after it the comma may list numbers (pages 1,2 and 3)
# and stays a separator; three digits after the comma are still a group.
DECIMAL_COMMA_UNITS = [
    ("The parcel weighs 3,5 kg.", "3,5 kg", 0.0035, "metric_ton", "kilograms (mass canonical in tonnes)"),
    ("The trail is 2,5 km long.", "2,5 km", 2500, "meter", "kilometres"),
    ("He is 1,75 m tall.", "1,75 m", 1.75, "meter", "metres, two decimals"),
    ("The beer was 4,80 dollars.", "4,80 dollars", 4.8, "USD", "money named after the number"),
    ("該包裹重3,5公斤。", "3,5公斤", 0.0035, "metric_ton", "zh-Hant: a Chinese unit after the comma"),
    ("这条路长2,5公里。", "2,5公里", 2500, "meter", "zh-Hans: kilometres"),
    ("The pipe is 1,250 m long.", "1,250 m", 1250, "meter", "three digits: a thousands group"),
]


@pytest.mark.parametrize("sentence,span,value,unit,why", DECIMAL_COMMA_UNITS, ids=[c[4] for c in DECIMAL_COMMA_UNITS])
def test_decimal_comma_before_a_unit(sentence, span, value, unit, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert len(got) == 1 and got[0][0] == span and got[0][2] == unit, got
    assert got[0][1] == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize("sentence,values", [
    ("We counted 1,2 and 3 birds.", [1, 2, 3]),  # a list, no unit after the comma's digits
    ("The answers were 7,8 and 9.", [7, 8, 9]),
])
def test_a_comma_before_two_digits_without_a_unit_still_separates(sentence, values):
    assert [c.value for c in claims_in(sentence)] == values


# An English ordinal written in two words (twenty first, ninety-first is one word), or after "hundred and"
# (the one hundred and fifth day, two thousand and first) names a place in an order, not an amount: the number
# before the ordinal word is no figure of its own. "second" is also a unit of time: it is the ordinal only after
# "the" (the forty second street) or before "of" (the twenty second of May); "a twenty second delay" is a time.
COMPOUND_ORDINALS = [
    ("He finished twenty first in the race.", [], "tens and a ones ordinal"),
    ("the twenty first century", [], "before a noun"),
    ("She was ninety fourth on the list.", [], "fourth is also a fraction word: here an ordinal"),
    ("It is the one hundred and fifth day of the strike.", [], "hundred and an ordinal"),
    ("the two thousand and first visitor", [], "thousand and first"),
    ("on the twenty second of May", [], "second as an ordinal before of"),
    ("the forty second street parade", [], "second as an ordinal after the"),
    ("a twenty second delay", [("twenty second", 20 / (365.25 * 86400))], "second as a unit of time"),
    ("Twenty firms joined, the third in a week.", [("Twenty", 20)], "tens before a noun, an ordinal later"),
    ("one fifth of the vote", [("one fifth", 20)], "a fraction (one and an ordinal) stays a share"),
]


@pytest.mark.parametrize("sentence,claims,why", COMPOUND_ORDINALS, ids=[c[2] for c in COMPOUND_ORDINALS])
def test_compound_ordinals_are_no_figures(sentence, claims, why):
    got = [(c.text, c.value) for c in claims_in(sentence)]
    assert [t for t, _ in got] == [t for t, _ in claims], got
    for (_, v), (_, w) in zip(got, claims):
        assert v == pytest.approx(w, rel=1e-6)


# A scale character that could begin a unit word (千 of 千欧 kiloohm, 千米, 兆 of 兆字节) begins it only when the
# reading as a scale and then a unit does not reach further: 两千欧元 is 2,000 euros (欧元 is longer than 千欧),
# while 三千欧 is 3 kiloohm and 五千米 5 km (the two readings end together, and the unit word is kept).
SCALE_OR_UNIT = [
    ("他花了两千欧元。", "两千欧元", 2000, "EUR", "zh-Hans: euros, not kiloohm"),
    ("這筆交易值三千歐元。", "三千歐元", 3000, "EUR", "zh-Hant: euros"),
    ("电阻为三千欧。", "三千欧", 3000, "ohm", "kiloohm when nothing longer follows"),
    ("他跑了五千米。", "五千米", 5000, "meter", "kilometres: both readings end together"),
    ("文件大小为五十兆字节。", "五十兆字节", 5e7, "byte", "megabytes"),
]


@pytest.mark.parametrize("sentence,span,value,unit,why", SCALE_OR_UNIT, ids=[c[4] for c in SCALE_OR_UNIT])
def test_a_scale_character_before_a_longer_unit_is_a_scale(sentence, span, value, unit, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert len(got) == 1 and got[0][0] == span and got[0][2] == unit, got
    assert got[0][1] == pytest.approx(value, rel=1e-9)


# A bound after a word that is a figure (一半以上, half or more, 三成左右 already works for digits): the hedge
# after qualifies the word as one before it does (at least half). A bare "half" is a figure only when bounded.
FIGURE_WORD_HEDGE_AFTER = [
    ("一半以上的员工离职。", "一半以上", 50, "at_least", "zh-Hans: 以上 after 一半"),
    ("約一半左右的選民支持。", "約一半左右", 50, "approx", "zh-Hant: 左右 after 一半"),
    ("Half or more of the staff left.", "Half or more", 50, "at_least", "English: or more after half"),
    ("A third or less of the land is farmed.", "A third or less", 100 / 3, "at_most", "already bounded"),
]


@pytest.mark.parametrize("sentence,span,value,qualifier,why", FIGURE_WORD_HEDGE_AFTER,
                         ids=[c[4] for c in FIGURE_WORD_HEDGE_AFTER])
def test_a_hedge_after_a_figure_word(sentence, span, value, qualifier, why):
    got = [(c.text, c.value, c.qualifier) for c in claims_in(sentence)]
    assert len(got) == 1 and got[0][0] == span and got[0][2] == qualifier, got
    assert got[0][1] == pytest.approx(value, rel=1e-9)


# 一 between a demonstrative and a unit of time (这一年 this year, 那一天 that day, 每一年 every year, 上一年 the
# year before) points at a period, as "this year" does; it states no length of time. Two or more (这三年, these
# three years) and 一 with no demonstrative (用了一年) are still durations.
ONE_AFTER_DEMONSTRATIVE = [
    ("这一年经济增长了5%。", ["5%"], "zh-Hans: this year"),
    ("那一天，股價跌了3%。", ["3%"], "zh-Hant: that day"),
    ("每一年都有新產品。", [], "zh-Hant: every year"),
    ("上一年的产量是一百万吨。", ["一百万吨"], "zh-Hans: the year before"),
    ("这三年收入翻了一番。", ["三年", "翻了一番"], "three years: a duration"),
    ("项目用了一年时间。", ["一年"], "one year with no demonstrative: a duration"),
]


@pytest.mark.parametrize("sentence,texts,why", ONE_AFTER_DEMONSTRATIVE, ids=[c[2] for c in ONE_AFTER_DEMONSTRATIVE])
def test_one_after_a_demonstrative_names_a_period(sentence, texts, why):
    assert [c.text for c in claims_in(sentence)] == texts


# "quid" is British slang for pounds sterling, plural without an s (it cost me 20 quid); only after a number.
@pytest.mark.parametrize("sentence,span,value", [
    ("The taxi cost me 20 quid.", "20 quid", 20),
    ("He sold it for fifty quid.", "fifty quid", 50),
])
def test_quid_is_pounds_sterling(sentence, span, value):
    check_claim(sentence, span, value, None, None, "GBP")


def test_quid_without_a_number_is_no_figure():
    assert claims_in("It was a quid pro quo.") == []


# "a maximum of" / "a minimum of" after a verb of reaching is the extreme attained, a point; alone it is a cap
EXTREMES = [
    ("The 2023 ozone hole reached a maximum of 26 million square kilometers.", "26 million square kilometers", None,
     "reached: the peak it attained"),
    ("Ozone readings hit a minimum of 92 Dobson units.", "92", None, "hit: the low it attained"),
    ("The hall holds a maximum of 20 guests.", "20", "at_most", "a cap: at most"),
    ("Fines can reach a maximum of 20 million euros.", "20 million euros", "at_most", "can reach: a cap still"),
    ("Monitors recorded a minimum of 300 civilian deaths.", "300", "at_least", "recorded: a floor still"),
    ("Applicants need a minimum of 5 years of experience.", "5 years", "at_least", "a floor: at least"),
]


@pytest.mark.parametrize("sentence,text,qualifier,why", EXTREMES, ids=[c[3] for c in EXTREMES])
def test_an_extreme_reached_is_no_bound(sentence, text, qualifier, why):
    (c,) = [c for c in claims_in(sentence) if c.text == text]
    assert c.qualifier == qualifier


# a name and a small count in brackets, in a list of such, is that name's count; a code or a reference stays none
NAMED_COUNTS = [
    ("Cases were distributed as follows: Khyber Pakhtunkhwa (91), Sindh (24), Balochistan (11) and Punjab (8).",
     ["91", "24", "11", "8"], "a list of places and their counts"),
    ("Syria was followed by Afghanistan (651), Ukraine (580), Burkina Faso (308) and Mali (174).",
     ["651", "580", "308", "174"], "a list, long names and short"),
    ("Joe Biden (81) and Donald Trump (78) met.", [], "two names and ages: no list of counts"),
    ("See Section (3) and Article (12).", [], "two references"),
    ("Arsenal (2) Chelsea (1)", [], "a score: no separator"),
    ("Shares of CATL (300750) rose.", [], "a stock code: six digits"),
    ("See note (12) and note (13).", [], "a reference's number after a word in lower case"),
    ("Samsung (005930) and SK hynix (000660) led the index.", [], "codes with leading zeros"),
]


@pytest.mark.parametrize("sentence,texts,why", NAMED_COUNTS, ids=[c[2] for c in NAMED_COUNTS])
def test_a_name_and_its_count_in_brackets(sentence, texts, why):
    assert [c.text for c in claims_in(sentence)] == texts


# 第N位 after a noun is a rank, 位 read as its word, not a count of people (第2名 was one already)
RANK_POSITIONS = [
    ("溺水是儿童意外伤害死亡发生的第2位。", "第2位", 2.0, "第N位 ending a clause"),
    ("狂犬病死亡数第4位。", "第4位", 4.0, "第N位 after a count's noun"),
]


@pytest.mark.parametrize("sentence", ["第3位获奖者获得了奖金。", "第3名患者于3月入院。"])
def test_an_ordinal_of_people_is_no_rank(sentence):
    # near misses: 位 and 名 before a noun count people in order
    assert not [c for c in claims_in(sentence) if c.unit == "rank"]


@pytest.mark.parametrize("sentence,text,value,why", RANK_POSITIONS, ids=[c[3] for c in RANK_POSITIONS])
def test_a_place_in_a_ranking_with_wei(sentence, text, value, why):
    (c,) = [c for c in claims_in(sentence) if c.text == text]
    assert (c.value, c.unit) == (value, "rank")


# how long ago something arose, 10,000 years or more, is an age (a claim pages dispute: 1.4亿年 against 1.5亿年);
# a shorter span back from now dates what it frames ("three years ago", 40年前: no claim)
AGES = [
    ("The species appeared about 140 million years ago.", ["about 140 million years"], "en: scaled"),
    ("Humans left Africa some 60,000 years ago.", ["some 60,000 years"], "en: a plain number"),
    ("中华鲟最早出现在1.5亿年前的中生代。", ["1.5亿年"], "zh-Hans: 亿年前"),
    ("朱鹮約6000萬年前就已出現。", ["約6000萬年"], "zh-Hant: 萬年前"),
    ("The company was founded 25 years ago.", [], "a date: 25 years ago"),
    ("40年前的1,114只大熊猫", ["1,114只"], "a date: 40年前 frames the count"),
    ("It was built 9,999 years ago.", [], "below the age: a date"),
    ("Over the past 10,000 years the climate was stable.", [], "a frame reaching back: no age"),
    ("过去1万年来气候稳定。", [], "zh: 过去…来 frames"),
    # (after a review)
    ("15,000 to 9,000 years ago the ice retreated.", ["15,000 to 9,000 years"], "a range older first"),
    ("1.5万至9000年前冰川退缩。", ["1.5万至9000年"], "zh: a range older first"),
    ("升温速度为过去1万年前所未有。", [], "前 of 前所未有: no ago"),
    ("It formed 12,000 years before the present.", ["12,000 years"], "before the present"),
    ("It formed 10,000 years  ago.", ["10,000 years"], "spaces before ago"),
    ("这片海洋亿万年前就存在。", [], "亿万年前: aeons ago, an idiom"),
]


@pytest.mark.parametrize("sentence,texts,why", AGES, ids=[c[2] for c in AGES])
def test_a_span_back_from_now_of_ten_thousand_years_or_more_is_an_age(sentence, texts, why):
    assert [c.text for c in claims_in(sentence)] == texts


# a number word inside a name is no count: a capitalised word after it, and "the" or a capitalised word before it
# (or two capitalised words after it); a count that opens a sentence stays one
NUMBER_WORD_NAMES = [
    ("The Three Gorges Dam is 181 m high.", ["181 m"], "the, then a capitalised word"),
    ("It is run by China Three Gorges Corporation.", [], "a capitalised word before"),
    ("Three Gorges Dam", [], "a heading: two capitalised words after"),
    ("He climbed the Seven Summits in 2010.", [], "the Seven Summits"),
    ("Three of these were located in China.", ["Three"], "a count opening a sentence"),
    ("Three Chinese firms led the market.", ["Three"], "one capitalised word after, nothing before"),
    ("The firm now has Three Divisions.", ["Three"], "a lower-case word before: no name's lead"),
    ("The three gorges are 193 km long.", ["three", "193 km"], "lower case: a count"),
]


@pytest.mark.parametrize("sentence,texts,why", NUMBER_WORD_NAMES, ids=[c[2] for c in NUMBER_WORD_NAMES])
def test_a_number_word_in_a_name_is_no_count(sentence, texts, why):
    assert [c.text for c in claims_in(sentence)] == texts


def test_a_count_opening_a_sentence_before_a_two_word_name_stays_a_count():
    # (after a review: two capitalised words after a number word make it a name only on a heading's line)
    assert [c.text for c in claims_in("Two New Zealand climbers died on Everest in 2023.")] == ["Two"]


# --- a place's coordinates are no claims (nonclaims._COORDINATE); an angle or a temperature is ---
COORDINATES = [
    ("Coords: | 37°N 108°W", [], "degrees and a hemisphere's letter"),
    ("The lake lies between 36°32′ 56″N and 37°14′5″N.", [], "degrees, minutes and seconds"),
    ("青海湖位于东经99°36′~100°16′之间。", [], "after 东经, with the span's other end"),
    ("東經99° 36′~ 100° 16′，北緯36° 32′~ 37° 15′。", [], "Traditional, spaced"),
    ("乍得湖在北緯13°附近。", [], "北緯 and degrees alone"),
    ("The lake is at latitude 13°N.", [], "latitude"),
    ("The road climbs a 45° slope.", ["45°"], "an angle names no hemisphere"),
    ("The plain is flat. 30° slopes are rare there.", ["30°"], "no 'lat.' inside a word"),
    ("赛道有一个倾角30° S型弯道。", ["30°"], "an S before a Han character is no south"),
    ("It was 35°C in Madrid.", ["35°C"], "a temperature"),
]


@pytest.mark.parametrize("sentence,texts,why", COORDINATES, ids=[c[2] for c in COORDINATES])
def test_coordinates_are_no_claims(sentence, texts, why):
    assert [c.text for c in claims_in(sentence)] == texts


# --- thousands grouped by spaces, a unit glued to the last group (numerals._unit_after_group) ---
SPACE_GROUPS = [
    ("It is 5 714m high.", ["5 714m"], "a unit glued on"),
    ("with an elevation of 3 196 to 5 714m above sea level", ["3 196 to 5 714m"], "a range's ends"),
    ("a total area of 29 661km2 in the basin", ["29 661km2"], "an area"),
    ("They ordered 30 787s and 100 737 Max jets.", ["30", "100"], "a plural's s and a model name"),
    ("He was the 1 000th visitor.", [], "an ordinal glued on stays one number"),
]


@pytest.mark.parametrize("sentence,texts,why", SPACE_GROUPS, ids=[c[2] for c in SPACE_GROUPS])
def test_space_grouped_thousands_take_a_glued_unit(sentence, texts, why):
    assert [c.text for c in claims_in(sentence)] == texts


# --- a page's reading time is furniture (nonclaims.toml furniture.reading_before) ---
READING_TIME = [
    ("閱讀需6分鐘", [], "Traditional"),
    ("阅读需 5 分钟", [], "Simplified, spaced"),
    ("完成阅读需要3小时的材料有10篇。", ["3小时", "10篇"], "a task's length is a claim"),
]


@pytest.mark.parametrize("sentence,texts,why", READING_TIME, ids=[c[2] for c in READING_TIME])
def test_a_reading_time_is_furniture(sentence, texts, why):
    assert [c.text for c in claims_in(sentence)] == texts


CHINESE_AREAS_AND_VOLUMES = [
    ("其总蓄水量23600立方千米", "23600立方千米", 2.36e13, "cubic kilometres written with 千米 (not 23600 m³)"),
    ("約386,400平方公里(149,200平方哩)", "149,200平方哩", 149200 * 2589988.110336, "square miles as Hong Kong writes them"),
    ("湖水总量约5,700立方英里", "约5,700立方英里", 5700 * 4168181825.440579, "cubic miles"),
]


@pytest.mark.parametrize("sentence,text,value,why", CHINESE_AREAS_AND_VOLUMES,
                         ids=[c[3] for c in CHINESE_AREAS_AND_VOLUMES])
def test_chinese_units_of_area_and_volume(sentence, text, value, why):
    got = {c.text: c.value for c in claims_in(sentence)}
    assert got.get(text) == pytest.approx(value, rel=1e-6)


HEDGED_CONVERSIONS = [
    ("Its surface lies about 92 feet (28 m) below sea level.", "28 m", "approx", "about, carried into the brackets"),
    ("a maximum of more than 3,000 feet (1,000 m) in the south", "1,000 m", "over", "more than, too"),
    ("面積約386,400平方公里(149,200平方哩)", "149,200平方哩", "approx", "Chinese brackets after 約"),
    ("It has about 1,200 staff (35%).", "35%", None, "a share after an amount is no conversion"),
]


@pytest.mark.parametrize("sentence,text,qualifier,why", HEDGED_CONVERSIONS, ids=[c[3] for c in HEDGED_CONVERSIONS])
def test_a_hedge_holds_for_its_conversion_in_brackets(sentence, text, qualifier, why):
    assert {c.text: c.qualifier for c in claims_in(sentence)}[text] == qualifier
