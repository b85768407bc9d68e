"""Forms that English news and Chinese reports write, one table per mechanism (issue 9). Sentences written for
these tests, not taken from any test suite; each row says why the rule holds."""
from __future__ import annotations

import pytest

from conftest import claims_in

YEAR_H = 1 / (365.25 * 24)  # an hour in years (durations are kept in years)


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


# A scale letter glued to digits ("m") counts millions before a noun that is counted (a population, a stock of
# things), and stays metres before what is measured (a sprint, a wall, "high", "from"): newswire writes
# "5m people" and "a 100m sprint" alike, and only the noun tells them apart.
LETTER_SCALE_COUNTS = [
    ("About 4m people live in the region.", "About 4m", 4e6, "count", "a population: millions"),
    ("Some 2.5m homes lost power.", "Some 2.5m", 2.5e6, "count", "a stock of homes, with decimals"),
    ("The app has 12m users.", "12m", 12e6, "count", "users are counted"),
    ("A further 1.2m new jobs were created.", "1.2m", 1.2e6, "count", "one quantity adjective before the noun"),
    ("The ban affects 30m Americans.", "30m", 30e6, "count", "a capitalised plural is a population"),
    ("The prize was £3m.", "£3m", 3e6, "GBP", "after a currency: millions (as before)"),
    ("She won the 100m sprint.", "100m", 100.0, "meter", "a race: metres"),
    ("The wall is 4m high.", "4m", 4.0, "meter", "a dimension adjective: metres"),
    ("The boat sank 200m from the shore.", "200m", 200.0, "meter", "a distance: metres"),
    ("Waves of 9m battered the coast.", "9m", 9.0, "meter", "no counted noun after it: metres"),
    ("They planted 30m trees along the road.", "30m", 30.0, "meter",
     "trees are measured as often as counted: not on the list, metres stay"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", LETTER_SCALE_COUNTS, ids=[r[4] for r in LETTER_SCALE_COUNTS])
def test_letter_scale_before_counted_noun(sentence, text, value, unit, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit, _got(sentence)
    assert hit[0].value == pytest.approx(value) and hit[0].unit == unit, _got(sentence)


# A decade is ten years (pint's "decade" is a logarithmic ratio, so it must be named as a time).
DECADES = [
    ("The dispute has lasted three decades.", "three decades", 30.0, "a plain plural"),
    ("for nearly two decades", "nearly two decades", 20.0, "hedged"),
    ("a four-decade career", "four-decade", 40.0, "a hyphenated compound adjective"),
]


@pytest.mark.parametrize("sentence,text,years,why", DECADES, ids=[r[3] for r in DECADES])
def test_decades_are_ten_years(sentence, text, years, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit, _got(sentence)
    assert hit[0].value == pytest.approx(years) and hit[0].unit == "year"


# "and a half" after a measure adds half of that unit (3 hours and a half is 3.5 h; an hour and a half is
# 1.5 h): it is never a share of 50 %. After a noun that is no unit it is no figure at all.
AND_A_HALF = [
    ("The talks lasted an hour and a half.", [("an hour and a half", 1.5 * YEAR_H, "year")], "article + unit"),
    ("He was jailed for a year and a half.", [("a year and a half", 1.5, "year")], "a year and a half"),
    ("We walked a mile and a half.", [("a mile and a half", 1.5 * 1609.344, "meter")], "a length"),
    ("It took 4 hours and a half.", [("4 hours and a half", 4.5 * YEAR_H, "year")], "number + unit + and a half"),
    ("two miles and a half to the east", [("two miles and a half", 2.5 * 1609.344, "meter")], "number words"),
    ("It cost a dollar and a half.", [("a dollar and a half", 1.5, "USD")], "money"),
    ("She ate an apple and a half.", [], "a noun that is no unit: no 50 % share"),
]


@pytest.mark.parametrize("sentence,claims,why", AND_A_HALF, ids=[r[2] for r in AND_A_HALF])
def test_and_a_half(sentence, claims, why):
    got = _got(sentence)
    assert [t for t, _, _ in got] == [t for t, _, _ in claims], got
    for (_, v, u), (_, w, x) in zip(got, claims):
        assert v == pytest.approx(w, rel=1e-6) and u == x


# A lower-case "p" glued to digits is pence (UK prices and share prices in pence), except a video resolution
# (1080p), a time (3pm, 3p.m.) or a name glued to letters.
PENCE = [
    ("A first-class stamp now costs 95p.", [("95p", 0.95, "GBP")], "a price in pence"),
    ("Shares rose 14p to 622p.", [("14p", 0.14, "GBP"), ("622p", 6.22, "GBP")], "share prices move in pence"),
    ("a 2.5p cut in fuel duty", [("2.5p", 0.025, "GBP")], "decimals of a penny"),
    ("The film streams in 720p.", [], "a video resolution"),
    ("The shop shuts at 5pm.", [], "a time of day"),
]


@pytest.mark.parametrize("sentence,claims,why", PENCE, ids=[r[2] for r in PENCE])
def test_pence(sentence, claims, why):
    got = _got(sentence)
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in claims], got
    for (_, v, _), (_, w, _) in zip(got, claims):
        assert v == pytest.approx(w)


# 每N个人中有M人: a measure word on one end and not the other still counts the same thing, so it is a share.
SHARES_WITH_MEASURE_WORD = [
    ("每四个人中就有一人超重", "每四个人中就有一人", 25.0, "zh-Hans: 个人 against 人"),
    ("每三個人中就有一人患病", "每三個人中就有一人", 100 / 3, "zh-Hant: 個人 against 人"),
    ("每五人中有两个人", "每五人中有两个", 40.0, "the measure word on the second end"),
]


@pytest.mark.parametrize("sentence,text,percent,why", SHARES_WITH_MEASURE_WORD,
                         ids=[r[3] for r in SHARES_WITH_MEASURE_WORD])
def test_shares_with_a_measure_word(sentence, text, percent, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit, _got(sentence)
    assert hit[0].value == pytest.approx(percent) and hit[0].unit == "percent"


# Feet and then "N in" is one length whatever word follows "in" (a 12 ft 2 in boat), unless "in" starts a
# phrase of its own (6 ft 3 in the end is not read as inches).
FEET_INCHES = [
    ("a 14 ft 6 in dinghy", [("14 ft 6 in", 14 * 0.3048 + 6 * 0.0254)], "inches before a noun"),
    ("The fence is 7 ft 9 in tall.", [("7 ft 9 in", 7 * 0.3048 + 9 * 0.0254)], "before an adjective (as before)"),
    ("He cleared 6 ft 3 in the final round", [("6 ft", 6 * 0.3048), ("3", 3.0)], "'in the': a preposition"),
]


@pytest.mark.parametrize("sentence,claims,why", FEET_INCHES, ids=[r[2] for r in FEET_INCHES])
def test_feet_then_inches(sentence, claims, why):
    got = [(c.text, c.value) for c in claims_in(sentence)]
    assert [t for t, _ in got] == [t for t, _ in claims], got
    for (_, v), (_, w) in zip(got, claims):
        assert v == pytest.approx(w)


# Every currency named after a number is money with its ISO code, not a count (the tables lacked many that
# wire copy names); a name several countries share is read as the one most often meant, and a currency name
# that is also a common word (a pen, Bob, an Afghani man) is not listed in that form.
CURRENCY_NAMES = [
    ("The bribe was 40,000 kwacha.", "ZMW", "Zambian kwacha"),
    ("A loaf costs 30 birr in Addis Ababa.", "ETB", "Ethiopian birr"),
    ("He was fined 2,000 cedis.", "GHS", "Ghanaian cedis"),
    ("Rent is 5,000 quetzales a month.", "GTQ", "Guatemalan quetzales"),
    ("Bread rose to 12 bolivianos.", "BOB", "Bolivian bolivianos"),
    ("The fare is 3.50 soles.", "PEN", "Peruvian soles"),
    ("She paid 900 kroner.", "NOK", "kroner, read as Norwegian"),
    ("a salary of 800,000 dinars", "IQD", "dinars, read as Iraqi"),
    ("Tea costs 500 kyat.", "MMK", "Myanmar kyat"),
    ("它花费了一万克瓦查", "ZMW", "zh-Hans: 克瓦查"),
]


@pytest.mark.parametrize("sentence,code,why", CURRENCY_NAMES, ids=[r[2] for r in CURRENCY_NAMES])
def test_currency_names(sentence, code, why):
    got = [c for c in claims_in(sentence) if c.kind == "money"]
    assert got and got[0].unit == code, _got(sentence)


@pytest.mark.parametrize("sentence", ["He bought a pen.", "An Afghani man spoke.", "A quetzal flew by.",
                                      "Ask Bob 5 questions."])
def test_currency_words_that_are_common_words(sentence):
    assert [c for c in claims_in(sentence) if c.kind == "money"] == []


# A clock time written in words is no figure: half past three, quarter to five, ten past nine, three o'clock.
# "to" reads as a time only after half, quarter or "minutes": "ten to twelve people" is a range.
WORD_CLOCK = [
    ("We met at half past three.", [], "half past"),
    ("The train leaves at a quarter to five.", [], "a quarter to"),
    ("Lessons start at ten past nine.", [], "minutes past the hour"),
    ("Be there at four o'clock sharp.", [], "o'clock"),
    ("It ended 20 minutes to six.", [], "digits and minutes to"),
    ("Ten to twelve people came.", ["Ten to twelve"], "a range, not a time"),
    ("Prices rose by a quarter.", ["a quarter"], "a quarter alone is a share"),
]


@pytest.mark.parametrize("sentence,texts,why", WORD_CLOCK, ids=[r[2] for r in WORD_CLOCK])
def test_clock_times_in_words(sentence, texts, why):
    assert [c.text for c in claims_in(sentence)] == texts


# Chinese bounds where a word stands between the bound and the figure: a rate frame (不低于每月3000元), or after a
# superlative bound a modal and a short verb (最多可容纳两千人: can hold at most); 低至 "as low as" (at least).
# 多达/高达 are emphasis, not bounds: reports write them before exact figures (高达3257.83亿元).
CN_BOUNDS = [
    ("工资不低于每月3000元", 3000.0, "at_least", "zh-Hans: a rate frame between bound and figure"),
    ("體育館最多可容納兩千人", 2000.0, "at_most", "zh-Hant: bound, modal, verb"),
    ("每人至少能领到五百元", 500.0, "at_least", "zh-Hans: 至少能 + verb"),
    ("参加者多达五万人", 50000.0, None, "多达: emphasis, the figure as stated"),
    ("营收高達3257.83億元", 325783000000.0, None, "zh-Hant 高達 before an exact figure: no bound"),
    ("气温最高可达40度", 40.0, "at_most", "最高 + modal + 达"),
    ("机票低至3折", 30.0, "at_least", "as low as"),
]


@pytest.mark.parametrize("sentence,value,qualifier,why", CN_BOUNDS, ids=[r[3] for r in CN_BOUNDS])
def test_chinese_bounds_with_words_between(sentence, value, qualifier, why):
    got = claims_in(sentence)
    assert len(got) == 1 and got[0].value == pytest.approx(value), _got(sentence)
    assert got[0].qualifier == qualifier


# News agencies abbreviate scale words with their consonants (Reuters and Xinhua style: mln, bln, trln; also
# tln): "54.9 bln yuan" is 54.9 billion, glued or spaced, after a currency sign or before a currency word.
AGENCY_SCALES = [
    ("Box office takings topped 12.3 bln yuan.", 12.3e9, "CNY", "bln before a currency word"),
    ("The fund raised $4.5 bln last year.", 4.5e9, "USD", "bln after a dollar amount"),
    ("Exports reached 3.1 trln yuan in the quarter.", 3.1e12, "CNY", "trln"),
    ("Debt hit 1.2 tln roubles.", 1.2e12, "RUB", "tln"),
    ("Output rose to 850 mln tonnes.", 850e6 / 1, "metric_ton", "mln before a unit (as before)"),
]


@pytest.mark.parametrize("sentence,value,unit,why", AGENCY_SCALES, ids=[r[3] for r in AGENCY_SCALES])
def test_agency_scale_abbreviations(sentence, value, unit, why):
    hit = [c for c in claims_in(sentence) if c.value == pytest.approx(value)]
    assert hit, _got(sentence)
    assert hit[0].unit == unit, _got(sentence)


# Chinese reports glue an English acronym to the figure that follows it (人均GDP1.2万美元, CPI2.1%): capitals and
# then a number that takes a scale word (万, 亿), a percent sign or 元 are an indicator and its figure, not one code.
# A code stays a code (PM2.5浓度, iPhone15售价: no scale, percent or currency after the digits). English puts a
# space or "of" between them.
ACRONYM_THEN_FIGURE = [
    ("2023年人均GDP1.2万美元。", 12000.0, "USD", "GDP, 万美元"),
    ("全年GDP5.2万亿元。", 5.2e12, "CNY", "GDP, 万亿元"),
    ("今年CPI2.1%。", 2.1, "percent", "CPI and a percent sign"),
    ("全年GDP為2.1兆美元，人均GDP3.3萬美元。", 33000.0, "USD", "zh-Hant 萬美元"),
]


@pytest.mark.parametrize("sentence,value,unit,why", ACRONYM_THEN_FIGURE, ids=[r[3] for r in ACRONYM_THEN_FIGURE])
def test_acronym_glued_to_figure(sentence, value, unit, why):
    cs = claims_in(sentence)
    hit = [c for c in cs if c.value == pytest.approx(value) and c.unit == unit]
    assert hit, _got(sentence)
    assert not [c for c in cs if c.text.startswith(("万", "萬"))], _got(sentence)


@pytest.mark.parametrize("sentence,value", [("PM2.5浓度下降10%。", 10.0), ("iPhone15售价5999元。", 5999.0)])
def test_codes_glued_to_digits_stay_codes(sentence, value):
    assert [c.value for c in claims_in(sentence)] == [value], _got(sentence)


# American newswire writes a mixed number with a hyphen when it has no fraction characters: 2-1/2 miles is two and
# a half miles (as 2 1/2 and 2½ are), never a range from 2 down to 1/2.
HYPHEN_MIXED_NUMBERS = [
    ("The trail is 2-1/2 miles long.", 2.5, "mile", "miles"),
    ("He served 3-1/2 years in prison.", 3.5, "year", "years"),
    ("The bonds pay 7-3/4%.", 7.75, "percent", "a percent"),
    ("It costs $4-1/2 million.", 4.5e6, "USD", "money with a scale word"),
]


@pytest.mark.parametrize("sentence,written,unit,why", HYPHEN_MIXED_NUMBERS, ids=[r[3] for r in HYPHEN_MIXED_NUMBERS])
def test_hyphenated_mixed_number(sentence, written, unit, why):
    cs = claims_in(sentence)
    assert len(cs) == 1 and cs[0].written_value == pytest.approx(written), _got(sentence)
    assert cs[0].written_unit == unit or cs[0].unit == unit, _got(sentence)


# A change "by half" (sales fell by half, cut by half) is a change of one half, as 下降了一半 is; "halved" and 减半
# ("cut in half") are a multiple of 0.5. "by half an hour" is still half an hour.
BY_HALF = [
    ("Sales fell by half last year.", "by half", 0.5, "ratio", "fell by half"),
    ("The budget was cut by half.", "by half", 0.5, "ratio", "cut by half"),
    ("The flight was delayed by half an hour.", "half an hour", 0.5, "physical", "half an hour stays a duration"),
    ("今年利润减半。", "减半", 0.5, "times", "zh-Hans 减半, as halved"),
    ("今年利潤減半。", "減半", 0.5, "times", "zh-Hant 減半"),
    ("Profits were halved.", "halved", 0.5, "times", "halved (as before)"),
]


@pytest.mark.parametrize("sentence,text,written,kind,why", BY_HALF, ids=[r[4] for r in BY_HALF])
def test_by_half(sentence, text, written, kind, why):
    hit = [c for c in claims_in(sentence) if c.text.endswith(text)]
    assert hit and hit[0].kind == kind and hit[0].written_value == pytest.approx(written), _got(sentence)


# A mixed number spoken with "and" before a fraction in digits: 3 and 1/4 cups is three and a quarter cups (as
# 3 1/4 and 3又1/4 are), twelve and 3/4 inches likewise; never a count of 3 and a separate quarter cup. Only a
# proper fraction after a whole number.
AND_FRACTION_MIXED = [
    ("Add 3 and 1/4 cups of flour.", 3.25, "cup", "digits + and + fraction, a unit after"),
    ("The board is twelve and 3/4 inches wide.", 12.75, "inch", "a number word before"),
    ("Prices rose 5 and 1/2 percent.", 5.5, "percent", "a percent after"),
    ("The recipe needs 2 and 1/3 of a cup.", 2 + 1 / 3, None, "no unit right after the fraction"),
]


@pytest.mark.parametrize("sentence,written,unit,why", AND_FRACTION_MIXED, ids=[r[3] for r in AND_FRACTION_MIXED])
def test_mixed_number_with_and(sentence, written, unit, why):
    cs = [c for c in claims_in(sentence) if c.written_value is not None]
    assert cs and cs[0].written_value == pytest.approx(written), _got(sentence)
    if unit:
        assert cs[0].written_unit == unit or cs[0].unit == unit, _got(sentence)


def test_and_before_an_improper_fraction_is_no_mixed_number():
    sentence = "The team scored 3 and 7/4 was the ratio."
    assert 3.0 in [c.value for c in claims_in(sentence)], _got(sentence)


# A page that lost the space between a small word and its figure ("is55.86 meters", "to3.97 degrees": scraped
# text, corpus-fresh50's Pisa pages) still states the figure: no code or model number starts with "is" or "to".
# Letters that are no such word, or capitals, still make an identifier (iPhone15, H100, A800).
GLUED_AFTER_A_WORD = [
    ("The height of the tower is55.86 meters from the ground.", "55.86 meters", 55.86, "meter", "after 'is'"),
    ("The lean was reduced to3.97 degrees.", "3.97 degrees", 3.97, "degree", "after 'to'"),
    ("Its walls at the base are about4.09 m thick.", "4.09 m", 4.09, "meter", "after 'about'"),
    ("Prices rose by12% last year.", "12%", 12.0, "percent", "a percent sign after the figure"),
    ("The main hall is120 m2 in size.", "120 m2", 120.0, "meter ** 2", "a unit holding a digit"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", GLUED_AFTER_A_WORD, ids=[r[4] for r in GLUED_AFTER_A_WORD])
def test_a_figure_glued_to_the_word_before_it(sentence, text, value, unit, why):
    hit = [c for c in claims_in(sentence) if c.text.endswith(text)]
    assert hit, _got(sentence)
    assert hit[0].value == pytest.approx(value) and hit[0].unit == unit, _got(sentence)


@pytest.mark.parametrize("sentence", [
    "The iPhone15 costs more than the last one.",  # a model: capital letters inside the name
    "Nvidia sold the H100 chips and the A800 chips.",  # codes: capitals
    "The area code is02 for the city.",  # no word or sign after the digits: a code
    "The lake is12 to18 metres deep.",  # a range whose spaces were lost: no way to read it whole, no half of it
    "The room was5 by4 metres.",
])
def test_letters_glued_to_a_number_still_make_an_identifier(sentence):
    assert not [c for c in claims_in(sentence) if c.kind != "rank"], _got(sentence)



# A hedge word that is also a noun ("top": "sales top 1,000", "at the top 2.48 m") after a determiner is the noun: a
# place on the thing measured, no bound.
@pytest.mark.parametrize("sentence,text,qualifier", [
    ("The walls are 4.09 m thick at the base and at the top 2.48 m.", "2.48 m", None),
    ("Shipments topped 5 million units.", "topped 5 million", "over"),
])
def test_top_after_a_determiner_is_no_bound(sentence, text, qualifier):
    hit = [c for c in claims_in(sentence) if c.text.endswith(text)]
    assert hit and hit[0].qualifier == qualifier, _got(sentence)
