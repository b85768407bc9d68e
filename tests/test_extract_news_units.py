"""Units that English news writes as letters glued to digits (issue 9), one table per mechanism. Sentences written
for these tests, not taken from any test suite; each row says why the rule holds."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


def _one(sentence, text):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit, _got(sentence)
    return hit[0]


# A scale letter with no noun after it (the clause ends, or "each", "in", "last" follows) is a headline's amount:
# millions when an amount word (sales, output, visitors, revenue, raised) stands before it in the sentence and no
# length word is on the line. "m" is metres only in a length context (high, long, deep, a sprint, the shore).
HEADLINE_SCALE = [
    ("Car output and exports both passed 3.1m in 2024.", "3.1m", 3.1e6, "count",
     "output/exports before, 'in' after: millions, not metres"),
    ("Annual visitors to the museum hit 4m last year.", "4m", 4e6, "count", "visitors counted, 'last' follows"),
    ("The charity has raised 2.4m so far.", "2.4m", 2.4e6, "count", "an amount raised with no currency: millions"),
    ("Sales of the console reached 20m.", "20m", 20e6, "count", "the sentence ends after the letter"),
    ("Subscribers rose to 7.5m, the company said.", "7.5m", 7.5e6, "count", "a comma closes the clause"),
    ("The new tower will be 30m tall.", "30m", 30.0, "meter", "a length adjective: metres"),
    ("Sales staff watched the 15m drop from the cliff.", "15m", 15.0, "meter",
     "an amount word, but a length word (cliff, drop) on the line: metres"),
    ("The diver reached 40m before turning back.", "40m", 40.0, "meter", "no amount word in the sentence: metres"),
    ("The hall is 25m wide; sales were strong.", "25m", 25.0, "meter", "the amount word is after, in another clause"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", HEADLINE_SCALE, ids=[r[4] for r in HEADLINE_SCALE])
def test_scale_letter_without_noun(sentence, text, value, unit, why):
    c = _one(sentence, text)
    assert c.value == pytest.approx(value) and c.unit == unit, _got(sentence)


# A capital C or F after a number is a temperature when a temperature word is on the line (highs, heat, freezes,
# overnight, weather, °). Without one, a letter glued to the digits names a product or a code (iPhone 5C, grade 3C,
# 3C产品, 5F floor), and a spaced F is a grade; a spaced C keeps its one reading ("30 C outside").
TEMPERATURE_LETTERS = [
    ("Highs of 38C are expected in Seville this week.", "38C", 38.0, "degree_Celsius", "highs: a weather cue"),
    ("Water freezes at 32F.", "32F", 0.0, "degree_Celsius", "glued F with 'freezes': Fahrenheit, kept in Celsius"),
    ("The thermometer showed 101.3F.", "101.3F", 38.5, "degree_Celsius", "decimals; thermometer is a cue"),
    ("Overnight lows fell to -4F in Minnesota.", "-4F", -20.0, "degree_Celsius", "a minus sign glued before"),
    ("Bake the bread at 220C for 30 minutes in a hot oven.", "220C", 220.0, "degree_Celsius", "oven: a cue"),
    ("昨日台北气温达到36C。", "36C", 36.0, "degree_Celsius", "气温 is a cue in Chinese"),
    ("昨日臺北氣溫達到36C。", "36C", 36.0, "degree_Celsius", "氣溫 (Traditional) is the same cue"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", TEMPERATURE_LETTERS, ids=[r[4] for r in TEMPERATURE_LETTERS])
def test_temperature_letters(sentence, text, value, unit, why):
    c = _one(sentence, text)
    assert c.value == pytest.approx(value, abs=0.06) and c.unit == unit, _got(sentence)


NOT_TEMPERATURE = [
    ("The iPhone 5C sold poorly in Europe.", "a product name: no temperature word on the line"),
    ("Her best result was a 3C in maths.", "a grade"),
    ("3C产品的销量增长了。", "3C products (computers, communications, consumer electronics)"),
    ("3C產品的銷量增長了。", "the same in Traditional characters"),
    ("The office moved to 5F of the tower.", "a floor in Taiwanese and Hong Kong usage"),
]


@pytest.mark.parametrize("sentence,why", NOT_TEMPERATURE, ids=[r[1] for r in NOT_TEMPERATURE])
def test_letters_without_temperature_cue(sentence, why):
    assert not [c for c in claims_in(sentence) if c.unit in ("degree_Celsius", "degree_Fahrenheit")], _got(sentence)


YEAR_H = 1 / (365.25 * 24)  # an hour in years (durations are kept in years)

# One duration written in descending parts side by side is one figure: each part is less than one of the part
# before (2 hours 15 minutes, 3 min 20 s, 1 year 3 months; 2小时15分钟, 3分20秒, 1年3个月). A bare "s" after minutes
# is seconds, and 分 between a number and seconds (or after hours) is minutes, not fen or points. Joined by "and"
# the parts stay two figures, as written ("21 years and six months").
DURATION_PARTS = [
    ("The winner finished in 4 hours 12 minutes.", "4 hours 12 minutes", 4.2 * YEAR_H, "hours and minutes"),
    ("Her split was 1 min 45 s.", "1 min 45 s", (1 + 45 / 60) / 60 * YEAR_H, "a bare s after min: seconds"),
    ("The marathon record is 2 h 0 min 35 s.", "2 h 0 min 35 s", (2 + 35 / 3600) * YEAR_H, "three parts"),
    ("The warranty runs 2 years 6 months.", "2 years 6 months", 2.5, "years and months"),
    ("他以2小时8分钟的成绩夺冠。", "2小时8分钟", (2 + 8 / 60) * YEAR_H, "Chinese hours and minutes"),
    ("他以2小時8分鐘的成績奪冠。", "2小時8分鐘", (2 + 8 / 60) * YEAR_H, "Traditional characters"),
    ("她的成绩是4分05秒。", "4分05秒", (4 + 5 / 60) / 60 * YEAR_H, "分 before seconds is minutes"),
    ("全程用时1小时20分。", "1小时20分", (1 + 20 / 60) * YEAR_H, "分 after hours is minutes"),
    ("该项目历时2年4个月。", "2年4个月", 2 + 4 / 12, "a year and months: no power after a CJK unit"),
    ("該項目歷時2年4個月。", "2年4個月", 2 + 4 / 12, "the same in Traditional characters"),
]


@pytest.mark.parametrize("sentence,text,value,why", DURATION_PARTS, ids=[r[3] for r in DURATION_PARTS])
def test_duration_in_parts(sentence, text, value, why):
    c = _one(sentence, text)
    assert c.unit == "year" and c.value == pytest.approx(value, rel=1e-6), _got(sentence)


DURATIONS_APART = [
    ("The talk lasted 50 minutes, 20 of them on questions.", "50 minutes", "a comma: a second figure"),
    ("He served 10 years and 3 months of the term.", "10 years", "joined by 'and': two figures, as written"),
    ("The bus takes 3 hours 40 people fit in it.", "3 hours", "a bare number with no s after hours: no seconds"),
]


@pytest.mark.parametrize("sentence,text,why", DURATIONS_APART, ids=[r[2] for r in DURATIONS_APART])
def test_durations_kept_apart(sentence, text, why):
    _one(sentence, text)


# How often is one figure, a count per period: "N times" and then a/per/each/every and a period, or daily,
# weekly, annually; once, twice, thrice likewise; in Chinese 每 and a period before a count of 次 (a short verb may
# stand between: 每天服用3次). Neither occurrences ("lost his pen 7 times") nor a multiple ("3 times faster").
FREQUENCIES = [
    ("Trains now stop there six times a day.", "six times a day", 6.0, "count / day", "a day: per day"),
    ("Inspectors visit 4 times per year.", "4 times per year", 4.0, "count / year", "per year"),
    ("The ferry sails 10 times weekly.", "10 times weekly", 10.0, "count / week", "weekly: per week"),
    ("Patients are seen twice a month.", "twice a month", 2.0, "count / month", "twice: two per period"),
    ("The satellite passes overhead once every hour.", "once every hour", 1.0, "count / hour", "once every"),
    ("该航线每周运营5次。", "5次", 5.0, "count / week", "每周 ... 5次: five per week"),
    ("該航線每週營運5次。", "5次", 5.0, "count / week", "Traditional 每週"),
    ("居民每年体检两次。", "两次", 2.0, "count / year", "a verb of two characters between"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", FREQUENCIES, ids=[r[4] for r in FREQUENCIES])
def test_frequencies(sentence, text, value, unit, why):
    c = _one(sentence, text)
    assert c.value == pytest.approx(value) and c.unit == unit, _got(sentence)


NOT_FREQUENCIES = [
    ("The shares rose five times in a year.", "five times", "count", "'in a year' is no rate: occurrences"),
    ("Profits grew 4 times faster than sales.", "4 times", "times", "a comparison: a multiple"),
    ("他去了三次北京。", "三次", "count", "no 每 and a period: occurrences"),
]


@pytest.mark.parametrize("sentence,text,unit,why", NOT_FREQUENCIES, ids=[r[3] for r in NOT_FREQUENCIES])
def test_not_frequencies(sentence, text, unit, why):
    assert _one(sentence, text).unit == unit, _got(sentence)


# Names that carry a number are not claims: a display resolution (a digit and K before a screen or video word, or
# after "in" at a clause end), a company written as a digit and M (of/at/by 3M, 3M's), digits hyphenated to a
# capitalised number word (two scripts in one compound: 7-Eleven), a number right before 指数/index (沪深300指数,
# the FTSE 250 index) or after an index's name (标普500, 纳斯达克100, 日经225).
NAMES = [
    ("Shipments of 8K TVs doubled.", "8K", "a resolution before TVs, not 8,000 nor 8 kelvin"),
    ("The documentary was filmed in 4K.", "4K", "in 4K at a clause end"),
    ("Analysts upgraded shares of 3M on Monday.", "3M", "of 3M: the company, not 3 million"),
    ("3M's quarterly results beat forecasts.", "3M", "3M's: a possessive names the company"),
    ("The 7-Eleven on the corner stays open all night.", "7-Eleven", "digits hyphened to a number word"),
    ("沪深300指数成分股调整。", "300", "a number right before 指数"),
    ("滬深300指數成分股調整。", "300", "Traditional 指數 normalised"),
    ("纳斯达克100期货下跌。", "100", "after an index name"),
    ("The FTSE 250 index closed higher.", "250", "before 'index'"),
]


@pytest.mark.parametrize("sentence,text,why", NAMES, ids=[r[2] for r in NAMES])
def test_names_with_numbers(sentence, text, why):
    assert not [c for c in claims_in(sentence) if text in c.text], _got(sentence)


STILL_FIGURES = [
    ("The startup raised $4K from friends.", "$4K", 4000.0, "USD", "after a currency K is a thousand"),
    ("The account has 3M followers.", "3M", 3e6, "count", "a counted noun after M: millions"),
    ("沪深300跌破3500点。", "跌破3500", 3500.0, "count", "the index level after the name is a figure"),
    ("The index fell 50 index points.", "50", 50.0, "count", "index points: a move, not a name"),
    ("The game runs at 120fps.", "120fps", 120.0, "count / second", "fps: frames per second, not feet"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", STILL_FIGURES, ids=[r[4] for r in STILL_FIGURES])
def test_figures_beside_names(sentence, text, value, unit, why):
    c = _one(sentence, text)
    assert abs(c.value) == pytest.approx(value) and c.unit == unit, _got(sentence)


# "in" glued to the digits is inches whatever word follows (the 6ft 2in forward, a 14in laptop); spaced, it is
# inches only at the end of a phrase or before a measure word (2 in thick), as "30000 in 2009" is a year.
GLUED_INCHES = [
    ("The 6ft 2in forward scored twice.", "6ft 2in", 6 * 0.3048 + 2 * 0.0254, "feet and glued inches before a noun"),
    ("A 13in laptop weighs less.", "13in", 13 * 0.0254, "a screen size before a noun"),
]


@pytest.mark.parametrize("sentence,text,value,why", GLUED_INCHES, ids=[r[3] for r in GLUED_INCHES])
def test_glued_inches(sentence, text, value, why):
    c = _one(sentence, text)
    assert c.unit == "meter" and c.value == pytest.approx(value), _got(sentence)


def test_spaced_in_before_a_year_is_no_inch():
    assert not [c for c in claims_in("Exports rose 30000 in 2009.") if c.unit == "meter"]


# A quantity per second, minute or hour is a flow whatever flows (volume, mass, energy): 200 litres per minute,
# 40 tonnes per hour, 7,000 m3/s, 5立方米/秒; a time symbol after a slash (s, h, min) is the divisor. Per day or per
# year after a stock stays the stock (10 million tonnes per year, 万吨/年: an annual figure compared with annual
# output), as before.
FLOWS = [
    ("The spillway releases 4,500 m3/s.", "4,500 m3/s", "meter ** 3 / second", "a power, then a slash and s"),
    ("The well pumps 350 litres per minute.", "350 litres per minute", "liter / minute", "per minute"),
    ("The furnace burns 12 tonnes per hour.", "12 tonnes per hour", "metric_ton / hour", "mass per hour"),
    ("The conveyor moves 800 t/h.", "800 t/h", "metric_ton / hour", "t/h: h after a slash is hours"),
    ("水库泄洪流量为3000立方米/秒。", "3000立方米/秒", "meter ** 3 / second", "Chinese cubic metres per second"),
    ("水庫洩洪流量為3000立方米/秒。", "3000立方米/秒", "meter ** 3 / second", "Traditional characters"),
]


@pytest.mark.parametrize("sentence,text,unit,why", FLOWS, ids=[r[3] for r in FLOWS])
def test_flows(sentence, text, unit, why):
    c = _one(sentence, text)
    assert c.unit == unit, _got(sentence)


def test_stock_per_year_stays_a_stock():
    c = _one("The mine's capacity is 10 million tonnes per year.", "10 million tonnes")
    assert c.unit == "metric_ton"


# A bare number of three or more digits before a model variant word (Max, Freighters, Dreamliner, -300ER) names a
# model: "ordered 100 737 Max jets" counts 100 jets, and 737 is the model. A short number keeps its count.
MODELS = [
    ("Ryanair ordered 150 737 Max jets.", "737", "150", "a count, then the model"),
    ("The carrier took six 767 Freighters.", "767", "six", "Freighters: a variant word"),
    ("Emirates ordered one 777-300ER.", "777", "one", "a hyphened variant code"),
    ("The 787 Dreamliner returned to service.", "787", None, "the model alone"),
]


@pytest.mark.parametrize("sentence,model,count,why", MODELS, ids=[r[3] for r in MODELS])
def test_model_numbers(sentence, model, count, why):
    texts = [c.text for c in claims_in(sentence)]
    assert model not in texts, texts
    if count is not None:
        assert count in texts, texts


def test_short_number_before_a_variant_word_keeps_its_count():
    assert "3" in [c.text for c in claims_in("He bought 3 Pro licences.")]


# English "degrees" with no temperature word on the line: an angle only when the line speaks of one (turn, tilt,
# slope, latitude, north), in a compound adjective (a 10-degree slope) or for 90, 180, 270, 360; otherwise a
# temperature, as news mostly means by it. (Chinese 度 and ° keep their reading: 度 is also a kilowatt-hour.)
DEGREES = [
    ("Seville recorded 44 degrees on Sunday.", "44 degrees", "degree_Celsius", "a place and a day: a temperature"),
    ("It was 35 degrees in Athens at noon.", "35 degrees", "degree_Celsius", "no angle word: a temperature"),
    ("Rotate the blade 15 degrees.", "15 degrees", "degree", "rotate: an angle"),
    ("The runway sits at 52 degrees north.", "52 degrees", "degree", "north: a latitude"),
    ("The team made a 180 degrees change of course.", "180 degrees", "degree", "half a turn"),
    ("A 12-degree slope is steep.", "12-degree", "degree", "a compound adjective"),
]


@pytest.mark.parametrize("sentence,text,unit,why", DEGREES, ids=[r[3] for r in DEGREES])
def test_bare_degrees(sentence, text, unit, why):
    assert _one(sentence, text).unit == unit, _got(sentence)


# English weather reports put the sign of a temperature after it: "12 degrees below zero" is -12 degrees, one
# figure (Chinese writes the sign before, 零下十二度, read as before). Only after a temperature: "five points
# below zero" of an index is no temperature, and "below freezing" is a comparison, not a sign.
BELOW_ZERO = [
    ("Overnight lows reached 12 degrees below zero.", "12 degrees below zero", -12.0, "degree_Celsius",
     "degrees, then below zero"),
    ("It was 4 °C below zero in Oslo.", "4 °C below zero", -4.0, "degree_Celsius", "a Celsius sign"),
    ("Wind chills of 30 degrees Fahrenheit below zero are expected.", "30 degrees Fahrenheit below zero",
     (-30.0 - 32) * 5 / 9, "degree_Celsius", "Fahrenheit, converted"),
    ("气温降至零下十二度。", "零下十二度", -12.0, "degree_Celsius", "zh-Hans: the sign before (as before)"),
    ("氣溫降至零下十二度。", "零下十二度", -12.0, "degree_Celsius", "zh-Hant: the sign before (as before)"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", BELOW_ZERO, ids=[r[4] for r in BELOW_ZERO])
def test_temperature_below_zero(sentence, text, value, unit, why):
    cs = claims_in(sentence)
    hit = [c for c in cs if c.text == text]
    assert hit and len(cs) == 1, [(c.text, c.value, c.unit) for c in cs]
    assert hit[0].value == pytest.approx(value) and hit[0].unit == unit


# Property and land reports write square metres colloquially: 90平米 and 90平方 are 90 m² (平方米 shortened), as
# English "sqm" is. The longer forms (平方公里, 平方英尺) are still matched first.
CN_SQUARE_METRES = [
    ("一套90平米的房子售价300万元。", "90平米", 90.0, "zh-Hans 平米"),
    ("一套九十平方的房子。", "九十平方", 90.0, "zh-Hans 平方 alone"),
    ("一間30坪、約100平米的公寓。", "約100平米", 100.0, "zh-Hant 平米"),
    ("面积达1.2万平方公里。", "1.2万平方公里", 1.2e10, "平方公里 is still square kilometres"),
    ("A 90 sqm flat sold for $1m.", "90 sqm", 90.0, "English sqm (as before)"),
]


@pytest.mark.parametrize("sentence,text,m2,why", CN_SQUARE_METRES, ids=[r[3] for r in CN_SQUARE_METRES])
def test_colloquial_square_metres(sentence, text, m2, why):
    hit = [c for c in claims_in(sentence) if c.text == text and c.unit == "meter ** 2"]
    assert hit and hit[0].value == pytest.approx(m2), [(c.text, c.value, c.unit) for c in claims_in(sentence)]


def test_a_square_root_is_no_area():
    assert [c.unit for c in claims_in("半径3平方根")] == ["count"]


# Statistical yearbooks give birth and death rates per mille: 6.39‰ is 0.639 %, a share, not a count of 6.39
# (‱, per ten thousand, likewise). A bare scale word after 每 (每万人, 每百万人口, 每亿元GDP) names the base of a
# rate, "per ten thousand people", not a figure of ten thousand.
PER_MILLE = [
    ("全年出生率为6.39‰，死亡率为7.87‰。", "6.39‰", 0.639, "zh-Hans"),
    ("全年出生率為6.39‰。", "6.39‰", 0.639, "zh-Hant"),
    ("The birth rate fell to 6.39‰.", "6.39‰", 0.639, "English"),
    ("发病率为2.5‱。", "2.5‱", 0.025, "per ten thousand"),
]


@pytest.mark.parametrize("sentence,text,percent,why", PER_MILLE, ids=[r[3] for r in PER_MILLE])
def test_per_mille(sentence, text, percent, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit and hit[0].unit == "percent" and hit[0].value == pytest.approx(percent), \
        [(c.text, c.value, c.unit) for c in claims_in(sentence)]


RATE_BASES = [
    ("每万人拥有床位70张。", [70.0], "每万人"),
    ("每百万人口新增病例5例。", [5.0], "每百万人口"),
    ("每萬人擁有醫生25人。", [25.0], "zh-Hant 每萬人"),
    ("每亿元GDP能耗下降3%。", [3.0], "每亿元"),
    ("每百人中有5人患病。", [5.0], "a base and a part: a share of 5 % (as 每10台中有7台)"),
]


@pytest.mark.parametrize("sentence,values,why", RATE_BASES, ids=[r[2] for r in RATE_BASES])
def test_bare_scale_after_every_is_a_rate_base(sentence, values, why):
    got = [c.written_value if c.kind == "ratio" else c.value for c in claims_in(sentence)]
    assert [v * 100 if v < 1 else v for v in got] == values, [(c.text, c.value) for c in claims_in(sentence)]


# Energy and commodity reports abbreviate their volumes: mb/d and kb/d are million and thousand barrels a day
# (never megabytes), bcm and tcm billion and trillion cubic metres of gas, bcf and tcf billion and trillion cubic
# feet, mtpa million tonnes a year (kept as tonnes, as 万吨/年 is). Chinese writes the scale as a word (万桶, 亿立方米).
ENERGY_UNITS = [
    ("Saudi output rose to 9.8 mb/d in May.", "9.8 mb/d", 9.8e6, "oil_barrel / day", "mb/d"),
    ("Exports fell by 300 kb/d.", "300 kb/d", 3e5, "oil_barrel / day", "kb/d"),
    ("Russia piped 150 bcm of gas to Europe.", "150 bcm", 150e9, "meter ** 3", "bcm"),
    ("Proven reserves are 6.7 tcm.", "6.7 tcm", 6.7e12, "meter ** 3", "tcm"),
    ("The field holds 30 tcf of gas.", "30 tcf", 30e12 * 0.3048 ** 3, "meter ** 3", "tcf"),
    ("Imports reached 12 bcf a day.", "12 bcf", 12e9 * 0.3048 ** 3, "meter ** 3", "bcf"),
    ("The plant will make 5.2 mtpa of LNG.", "5.2 mtpa", 5.2e6, "metric_ton", "mtpa"),
    ("全年进口天然气1200亿立方米。", "1200亿立方米", 1.2e11, "meter ** 3", "zh-Hans 亿立方米 (as before)"),
    ("日產量達980萬桶。", "980萬桶", 9.8e6, "oil_barrel / day", "zh-Hant 日產 and 萬桶 (as before)"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", ENERGY_UNITS, ids=[r[4] for r in ENERGY_UNITS])
def test_energy_unit_abbreviations(sentence, text, value, unit, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit, [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert hit[0].unit == unit and hit[0].value == pytest.approx(value, rel=1e-6), (hit[0].value, hit[0].unit)


# 半 right before a unit of measure is half of that unit, as "half a mile" is: 半斤 (0.25 kg), 半小时, 半个小时,
# 半米, 半公斤. Not after a character that makes 半 part of another figure or a period (一个半小时, 上半年, 大半,
# 过半), not before 天 or 年 (等了半天 is "a long while", 半年报 a report), and not in the idiom 半斤八两.
HALF_A_UNIT = [
    ("他买了半斤猪肉。", "半斤", 0.5, "jin", "半斤"),
    ("每天快走半小时。", "半小时", 0.5, "hour", "半小时"),
    ("会议推迟了半个小时。", "半个小时", 0.5, "hour", "半个小时"),
    ("水位下降了半米。", "半米", 0.5, "meter", "半米"),
    ("他買了半公斤牛肉。", "半公斤", 0.5, "kilogram", "zh-Hant 半公斤"),
]


@pytest.mark.parametrize("sentence,text,written,unit,why", HALF_A_UNIT, ids=[r[4] for r in HALF_A_UNIT])
def test_half_a_unit(sentence, text, written, unit, why):
    got = [(c.text, c.written_value, c.written_unit) for c in claims_in(sentence)]
    assert (text, pytest.approx(written), unit) in got, got


HALF_NOT_A_UNIT = [
    ("两家公司半斤八两。", "an idiom"),
    ("我等了半天他才来。", "半天: a long while"),
    ("公司发布半年报。", "半年报: a report"),
]


@pytest.mark.parametrize("sentence,why", HALF_NOT_A_UNIT, ids=[r[1] for r in HALF_NOT_A_UNIT])
def test_half_before_no_unit_is_no_figure(sentence, why):
    got = [(c.text, c.value) for c in claims_in(sentence)]
    assert not [t for t, _ in got if "半" in t or "两" in t and t != "两家"], got


def test_one_and_a_half_hours_unchanged():
    got = [(c.text, c.written_value) for c in claims_in("会议开了一个半小时。")]
    assert got == [("一个半小时", pytest.approx(1.5))], got


# Areas and volumes of any length unit: a length symbol with a power glued to it (mm², dm³, in², as NFKC writes
# mm2, dm3) or after sq/square/cu/cubic with or without a period (sq. km, sq. miles, cu. m). Before, only the
# forms listed one by one in units.toml (km², m², sq km, sq. ft.) were read, and 0.2 mm² was a bare 0.2.
AREA_VOLUME = [
    ("Each wire has a cross-section of 0.2 mm².", 0.2e-6, "meter ** 2", "mm²"),
    ("The sensor is 4 mm2 in size.", 4e-6, "meter ** 2", "mm2"),
    ("Add 2 dm³ of water.", 2e-3, "meter ** 3", "dm³"),
    ("A 9 in² tile.", 9 * 0.0254 ** 2, "meter ** 2", "in²"),
    ("The park covers 20 sq. km.", 20e6, "meter ** 2", "sq. km"),
    ("The county has 300 sq. miles of forest.", 300 * 1609.344 ** 2, "meter ** 2", "sq. miles"),
    ("The tank holds 5 cu. m of gas.", 5.0, "meter ** 3", "cu. m"),
    ("该零件截面积为3 mm²。", 3e-6, "meter ** 2", "a Chinese sentence with mm²"),
]


@pytest.mark.parametrize("sentence,value,unit,why", AREA_VOLUME, ids=[r[3] for r in AREA_VOLUME])
def test_area_and_volume_of_any_length_unit(sentence, value, unit, why):
    got = [(c.value, c.unit) for c in claims_in(sentence)]
    assert (pytest.approx(value), unit) in got, got


@pytest.mark.parametrize("sentence", ["Room m212 is closed.", "Take the A3 road north.", "He plays 3 h2h games."])
def test_codes_with_a_digit_stay_codes(sentence):
    assert not [c for c in claims_in(sentence) if "**" in (c.unit or "")], [(c.text, c.unit) for c in claims_in(sentence)]


# A decimal glued to "s" is a time in seconds (9.58s, 0.3s, as race and benchmark results write them); a whole
# number glued to "s" stays no time (45s, the 1990s, in his 30s).
DECIMAL_SECONDS = [
    ("He won the sprint in 9.58s.", 9.58, "race time"),
    ("The page loads in 0.35s on average.", 0.35, "load time"),
]


@pytest.mark.parametrize("sentence,written,why", DECIMAL_SECONDS, ids=[r[2] for r in DECIMAL_SECONDS])
def test_decimal_seconds(sentence, written, why):
    got = [(c.written_value, c.written_unit) for c in claims_in(sentence)]
    assert (pytest.approx(written), "second") in got, got


@pytest.mark.parametrize("sentence", ["Prices fell in the 1990s.", "He is in his 30s.", "It took 45s."])
def test_whole_number_glued_to_s_is_no_time(sentence):
    assert not [c for c in claims_in(sentence) if c.written_unit == "second"], [(c.text, c.unit) for c in claims_in(sentence)]


# A period word that opens a change's base ("year over year", "month-on-month", "year to date") is not the unit of
# the number before it; a period after a number is a duration elsewhere.
RATE_BASE = [
    ("Tea exports fell to $1.74 billion year over year in 2023.", "$1.74 billion", 1.74e9, "USD",
     "year over year: the money keeps its sign"),
    ("Shipments reached 3 billion year-on-year.", "3 billion", 3e9, "count", "year-on-year: a count"),
    ("Deliveries were 120 thousand month-on-month higher.", "120 thousand", 1.2e5, "count", "month-on-month"),
    ("The plant ran for 3 years.", "3 years", 3.0, "year", "a duration stays a duration"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", RATE_BASE, ids=[r[4] for r in RATE_BASE])
def test_a_period_word_opening_a_rate_base_is_no_unit(sentence, text, value, unit, why):
    c = _one(sentence, text)
    assert (c.value, c.unit) == (pytest.approx(value), unit), why


# A capital T right after an English scale word is tonnes, as commodity wires write it ("5.27 mln T"); elsewhere a
# bare T after a number stays what it was (a trillion in "$3T").
SCALE_T = [
    ("World output rose to 5.27 mln T in February.", "5.27 mln T", 5.27e6, "metric_ton", "mln T"),
    ("Exports reached 1.5 million T last year.", "1.5 million T", 1.5e6, "metric_ton", "million T"),
    ("Apple is worth $3T now.", "$3T", 3e12, "USD", "a trillion dollars, no scale word before the T"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", SCALE_T, ids=[r[4] for r in SCALE_T])
def test_a_capital_t_after_a_scale_word_is_tonnes(sentence, text, value, unit, why):
    c = _one(sentence, text)
    assert (c.value, c.unit) == (pytest.approx(value), unit), why


# A middle dot between two units multiplies them (kW·h, N·m, 千瓦·时, 吨·公里; ·, ⋅, ・ and ‧ alike): the figure is in
# the product, not in the first unit alone. Energy is kept in watt-hours, a force times a length is a torque (N·m,
# never watt-hours), and a product with no canonical unit keeps its own (t·km, A·h). A bare base symbol (N, A, Pa)
# is a unit only where a product begins with it. Near misses: the first unit alone, a dot between two figures or
# two quantities, a capital after a number with no product.
PRODUCT_UNITS = [
    ("全年发电量8.9万亿千瓦·时，同比增长5%。", "8.9万亿千瓦·时", 8.9e15, "watt_hour", "千瓦·时: energy, not power"),
    ("全年發電量8.9萬億千瓦·時。", "8.9萬億千瓦·時", 8.9e15, "watt_hour", "Traditional 千瓦·時"),
    ("全年发电量8.9万亿千瓦・时。", "8.9万亿千瓦・时", 8.9e15, "watt_hour", "a katakana middle dot ・"),
    ("The plant generated 5 kW·h on Monday.", "5 kW·h", 5000.0, "watt_hour", "kW·h as kWh"),
    ("It stored 2 MW⋅h of energy.", "2 MW⋅h", 2e6, "watt_hour", "the dot operator ⋅"),
    ("The engine delivers 300 N·m of torque.", "300 N·m", 300.0, "meter * newton", "a bare N before ·m: a torque"),
    ("The bolt takes 5 kN·m.", "5 kN·m", 5000.0, "meter * newton", "a prefixed force: a torque in N·m"),
    ("The cell holds 5 A·h.", "5 A·h", 5000.0, "hour * milliampere", "a bare A before ·h: a charge, as Ah and mAh are"),
    ("货物周转量3.5万亿吨·公里。", "3.5万亿吨·公里", 3.5e12, "kilometer * metric_ton", "tonne-kilometres, not tonnes"),
    ("Freight turnover reached 2.5 trillion t·km.", "2.5 trillion t·km", 2.5e12, "kilometer * metric_ton",
     "t·km in English"),
    # near misses: the old reading stands
    ("全年发电量8.9万亿千瓦，同比增长5%。", "8.9万亿千瓦", 8.9e15, "watt", "no dot: power"),
    ("The plant has 5 kW of capacity.", "5 kW", 5000.0, "watt", "no product: power"),
    ("The slab measures 10 m · 5 m.", "10 m", 10.0, "meter", "a dot between two quantities multiplies no unit"),
    ("He got 5 A and 3 B grades.", "5", 5.0, "count", "a capital with no product after it: a grade"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", PRODUCT_UNITS, ids=[r[4] for r in PRODUCT_UNITS])
def test_a_middle_dot_multiplies_units(sentence, text, value, unit, why):
    c = _one(sentence, text)
    assert c.value == pytest.approx(value) and c.unit == unit, _got(sentence)


# A symbol whose prefix letter's case is the prefix (m milli, M mega) is read as written: mPa is a millipascal, mHz a
# millihertz. Near misses: the usual symbols and any other casing keep their reading (MPa, mpa, MHz, mhz megahertz;
# ml, mL millilitres). ML is left alone: in news it is machine learning more often than megalitres ("500 ML models").
CASE_PREFIX = [
    ("Water has a viscosity of 0.89 mPa at 25 degrees.", "0.89 mPa", 0.00089, "pascal", "mPa: millipascal"),
    ("The oscillation ran at 2 mHz.", "2 mHz", 0.002, "hertz", "mHz: millihertz"),
    ("The steel is rated at 5 MPa.", "5 MPa", 5e6, "pascal", "MPa stays the megapascal"),
    ("The steel is rated at 5 mpa.", "5 mpa", 5e6, "pascal", "lower-case mpa stays the megapascal"),
    ("The radio uses 900 MHz.", "900 MHz", 9e8, "hertz", "MHz stays the megahertz"),
    ("The radio uses 900 mhz.", "900 mhz", 9e8, "hertz", "lower-case mhz stays the megahertz"),
    ("Take 20 mL twice a day.", "20 mL", 2e-05, "meter ** 3", "mL stays the millilitre"),
    ("Take 5 ml twice a day.", "5 ml", 5e-06, "meter ** 3", "ml stays the millilitre"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", CASE_PREFIX, ids=[r[4] for r in CASE_PREFIX])
def test_a_prefix_letter_in_its_case(sentence, text, value, unit, why):
    c = _one(sentence, text)
    assert c.value == pytest.approx(value) and c.unit == unit, _got(sentence)


# A scale letter glued to digits before a plural noun no list names counts millions where the sentence speaks of an
# amount (produce, export, sales …) and no length word is on the line; metres otherwise. Sentences written for
# these tests.
@pytest.mark.parametrize("sentence, value, unit", [
    ("The country is expected to produce 80m bikes this year.", 80e6, "count"),
    ("China exported 5m tyres last year.", 5e6, "count"),
    ("The 30m yachts were built in Italy.", 30, "meter"),  # (no amount word before it)
    ("The pool is 50m long and holds 8m swimmers.", 8, "meter"),  # (a length word on the line)
])
def test_a_scale_letter_before_a_plural_noun_in_an_amount_sentence(sentence, value, unit):
    got = [c for c in claims_in(sentence) if c.text.endswith("m")]
    assert got and got[-1].value == pytest.approx(value) and got[-1].unit == unit, [(c.text, c.value, c.unit) for c in got]
