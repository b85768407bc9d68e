"""Round 21 of issue 9: forms of figures that failed on text nobody tuned to, one mechanism per table. Sentences
written for these tests (none copied from a test suite).

1. A Chinese range written with an enumeration comma: 三、四十人, 四、五千元, 二、三百家 are the colloquial "this
   or the next" (三四十人) with the comma kept: a lone digit, 、, and the next digit up written with its place is
   a range whose low end is in the high end's place (30 to 40, not "3 and 40"). A list stays a list: 第 before
   the first digit (第三、四季度: the third and fourth quarters), another 、 after (一、二、三十), digits not one
   apart (三、五十), or no place on the second (三、四个 is left as written). English writes the same range with
   "or" (three or four thousand), read already.
2. A decimal digit after 成 (tenths) closed by a particle or a bound: 三成五的企业 is 35 %, 六成五以上 at least
   65 %, 四成五左右 about 45 % (a digit followed by another Chinese word, 三成五年, is no such tail).
3. A measure written in two parts (5 ft 2 in, 3 lb 4 oz, 一斤二两) is a length, a weight or a volume only: a
   pressure, a power or any rate is never written as a remainder in a smaller unit, so "120 psi and 5 mmHg",
   "5 g/L and 3 mg/dL" are two readings, not one.
4. A bare English figure right after a figure with a unit takes that unit only when nothing names what it
   counts: "16,000 tonnes and fewer than 17 players" counts players ("recover 2.6 million bags to 30.1 million
   in 2025" still counts bags). Chinese says it with the measure word (17名), read already.
5. "or thereabouts" is an approximation written after the figure, as "or so", 左右 and 上下 are.
6. 參 (参) is the formal (大写) three of Taiwan's cheques and contracts (參仟伍佰萬元 = 35,000,000), read as 叁
   is; like 伍, 陆 and 拾 it spells words too (参加, 参考), so it is a digit only in a numeral run, and the
   herbs and sea cucumbers whose names end in it (人参三根, 海參五斤) keep the word.
7. A jiao written in Arabic digits after 块/元 belongs to the amount: 5块8毛 is 5.8 yuan (as 五块八毛 is), and
   only with 毛/角 named (5块8 could start 8个).
8. Newsroom and classified-ad abbreviations of units in general use: yr (yrs was read), mos, wks, yds; and a
   Chinese duration whose parts are linked by 零 or 又 (1年零3个月, 兩年又五個月) is one duration, the 零 no figure.
9. A ratio written N:M where the words name a ratio (男女比例为1.05:1, 性別比為104.3：100, "a ratio of 105:100",
   "a 3:1 margin") is one figure, N/M times, as N-to-M is; without such a word a colon between numbers is a
   score or a time (比分为3:1, 14:30) and stays no figure.
"""
from __future__ import annotations

import math

import pytest

from conftest import claims_in
from factcheck.context import annotate
from factcheck.extract import extract_document
from factcheck.model import Document


def _annotated(text: str):
    doc = Document("t.txt", text, "utf-8", "", len(text))
    return annotate(doc, extract_document(doc))


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# ---------------------------------------------------------------------------- 1. enumeration-comma ranges
# (sentence, [(text, low, high, unit)], why)
ENUM_RANGES = [
    ("约有三、四十人参加了会议。", [("三、四十人", 30.0, 40.0, "count")], "zh-Hans: tens"),
    ("这家店每天卖出二、三百份午餐。", [("二、三百份", 200.0, 300.0, "count")], "zh-Hans: hundreds, measure word"),
    ("修一次大约要五、六百元。", [("五、六百元", 500.0, 600.0, "CNY")], "zh-Hans: money"),
    ("現場約有四、五萬人。", [("四、五萬人", 40000.0, 50000.0, "count")], "zh-Hant: 萬"),
    ("每年要花七、八千元。", [("七、八千元", 7000.0, 8000.0, "CNY")], "zh-Hant: thousands"),
    ("Three or four thousand fans waited outside.", [("Three or four thousand", 3000.0, 4000.0, "count")],
     "en: the same range says 'or'"),
]


@pytest.mark.parametrize("sentence,want,why", ENUM_RANGES, ids=[c[2] for c in ENUM_RANGES])
def test_enumeration_comma_range(sentence, want, why):
    got = [(c.text, c.low, c.high, c.unit) for c in claims_in(sentence)]
    assert [(t, u) for t, _, _, u in got] == [(t, u) for t, _, _, u in want], got
    for g, w in zip(got, want):
        assert _same(g[1], w[1]) and _same(g[2], w[2]), got


# (sentence, why): no range of two neighbouring digits
ENUM_LISTS = [
    ("第三、四季度的销量都在增长。", "zh-Hans: ordinals after 第"),
    ("一、二、三十个人分三组。", "zh-Hans: a longer list"),
    ("三、五十家企业被点名。", "zh-Hans: digits not one apart"),
    ("第五、六屆會議在台北舉行。", "zh-Hant: ordinals after 第"),
]


@pytest.mark.parametrize("sentence,why", ENUM_LISTS, ids=[c[1] for c in ENUM_LISTS])
def test_enumeration_comma_list_is_no_range(sentence, why):
    assert all(c.low is None or c.high is None or "、" not in c.text for c in claims_in(sentence))


# ---------------------------------------------------------------------------- 2. tenths after 成
# (sentence, text, value, qualifier, why)
TENTHS = [
    ("三成五的企业表示满意。", "三成五", 35.0, None, "zh-Hans: 的 closes the tail"),
    ("约六成五以上的居民同意。", "约六成五以上", 65.0, "at_least", "zh-Hans: a bound after the tail"),
    ("四成五左右的學生住校。", "四成五左右", 45.0, "approx", "zh-Hant: 左右 after the tail"),
    ("七成六。", "七成六", 76.0, None, "zh-Hans: at the end (read before)"),
    ("三成五年来没变。", "三成", 30.0, None, "zh-Hans: a digit that starts a word is no tail"),
    ("About 35 percent of firms agreed.", "About 35 percent", 35.0, "approx", "en: the same share in digits"),
]


@pytest.mark.parametrize("sentence,text,value,qualifier,why", TENTHS, ids=[c[4] for c in TENTHS])
def test_tenths_after_cheng(sentence, text, value, qualifier, why):
    got = [c for c in claims_in(sentence) if c.unit == "percent"]
    assert [c.text for c in got] == [text]
    assert got[0].value == pytest.approx(value) and got[0].qualifier == qualifier


# ---------------------------------------------------------------------------- 3. measures in two parts
# (sentence, [(text, unit)], why)
PARTS = [
    ("The tyre was at 120 psi and the cuff read 5 mmHg.", [("120 psi", "pascal"), ("5 mmHg", "pascal")],
     "en: two pressures, a clause apart"),
    ("The gauge showed 120 psi and 5 mmHg.", [("120 psi", "pascal"), ("5 mmHg", "pascal")],
     "en: two pressures are never one"),
    ("The samples held 5 g/L and 3 mg/dL.", [("5 g/L", "kilogram / meter ** 3"),
                                            ("3 mg/dL", "kilogram / meter ** 3")], "en: two concentrations"),
    ("The wall is 3 feet and 4 inches high.", [("3 feet and 4 inches", "meter")], "en: a length in two parts"),
    ("The fish weighed 5 pounds and 3 ounces.", [("5 pounds and 3 ounces", "metric_ton")], "en: a weight"),
    ("买了一斤二两的鱼。", [("一斤二两", "metric_ton")], "zh-Hans: market units in two parts"),
    ("功率10千瓦和500瓦。", [("10千瓦", "watt"), ("500瓦", "watt")], "zh-Hans: two powers"),
    ("濃度為5公克/公升和3毫克/公升。", [("5公克/公升", "kilogram / meter ** 3"),
                                ("3毫克/公升", "kilogram / meter ** 3")], "zh-Hant: two concentrations"),
]


@pytest.mark.parametrize("sentence,want,why", PARTS, ids=[c[2] for c in PARTS])
def test_measures_in_two_parts(sentence, want, why):
    assert [(c.text, c.unit) for c in claims_in(sentence)] == want


# ---------------------------------------------------------------------------- 4. a counted noun keeps its count
# (sentence, {text: unit}, why)
ELIDED = [
    ("The port shipped 16,000 tonnes and fewer than 17 players joined the club.",
     {"16,000 tonnes": "metric_ton", "fewer than 17": "count"}, "en: the noun after the figure"),
    ("The box weighs 5 kg and at least 3 people lifted it.", {"5 kg": "metric_ton", "at least 3": "count"},
     "en: a hedge and a noun"),
    ("Output will recover from 2.6 million bags to 3.1 million in 2026.",
     {"2.6 million bags": "bag", "3.1 million": "bag"}, "en: a year after the figure, the unit is elided"),
    ("Sales were US$5 billion, up from 4.2 billion a year earlier.",
     {"US$5 billion": "USD", "4.2 billion": "USD"}, "en: an article after the figure, the unit is elided"),
    ("Exports may drop 1.2 million bags to 30.5 million due to weak demand.",
     {"30.5 million": "bag"}, "en: a word that is no plural noun leaves the unit elided"),
    ("Output fell to 1.5 million tons from last year's 1.9 million estimated crop.",
     {"1.9 million": "metric_ton"}, "en: a participle after the figure"),
    ("运送了1.6万吨货物和17名球员。", {"1.6万吨": "metric_ton", "17名": "count"}, "zh-Hans: a measure word"),
    ("運送了1.6萬噸貨物和17名球員。", {"1.6萬噸": "metric_ton", "17名": "count"}, "zh-Hant: a measure word"),
    ("产量从3万吨增至5万。", {"3万吨": "metric_ton", "5万": "metric_ton"}, "zh-Hans: the unit elided"),
]


@pytest.mark.parametrize("sentence,want,why", ELIDED, ids=[c[2] for c in ELIDED])
def test_counted_noun_keeps_its_count(sentence, want, why):
    got = {c.text: c.unit for c in _annotated(sentence)}
    for text, unit in want.items():
        assert got.get(text) == unit, got


# ---------------------------------------------------------------------------- 5. "or thereabouts"
# an approximation written after the figure, as "or so" and 左右 are
AFTER_APPROX = [
    ("A crowd of 800 or thereabouts turned up.", "800 or thereabouts", "en: or thereabouts"),
    ("We counted 40 or so ships.", "40 or so", "en: or so (read before)"),
    ("来了八百人左右。", "八百人左右", "zh-Hans: 左右"),
    ("來了八百人上下。", "八百人上下", "zh-Hant: 上下"),
]


@pytest.mark.parametrize("sentence,text,why", AFTER_APPROX, ids=[c[2] for c in AFTER_APPROX])
def test_approximation_after_the_figure(sentence, text, why):
    got = [(c.text, c.qualifier) for c in claims_in(sentence)]
    assert (text, "approx") in got, got


# ---------------------------------------------------------------------------- 6. the formal three 參
# (sentence, [(text, value)], why)
FORMAL_THREE = [
    ("合約金額為參仟伍佰萬元整。", [("參仟伍佰萬元", 35_000_000.0)], "zh-Hant: a contract sum"),
    ("共計參拾人出席。", [("參拾人", 30.0)], "zh-Hant: with a measure word"),
    ("金额为叁佰贰拾元。", [("叁佰贰拾元", 320.0)], "zh-Hans: 叁 (read before)"),
    ("金额为参佰元。", [("参佰元", 300.0)], "zh-Hans: the variant 参"),
    ("他参加了3次会议。", [("3次", 3.0)], "zh-Hans: 参加 is a word"),
    ("人参三根，海参五斤。", [("三根", 3.0), ("五斤", 5.0)], "zh-Hans: 人参, 海参 keep their 参"),
    ("買了人參三兩。", [("三兩", 3.0)], "zh-Hant: 人參"),
    ("The cheque was for three thousand five hundred dollars.", [("three thousand five hundred dollars", 3500.0)],
     "en: the amount in words"),
]


@pytest.mark.parametrize("sentence,want,why", FORMAL_THREE, ids=[c[2] for c in FORMAL_THREE])
def test_formal_three(sentence, want, why):
    got = [(c.text, c.written_value if c.written_value is not None else c.value) for c in claims_in(sentence)]
    assert [t for t, _ in got] == [t for t, _ in want], got
    for (_, v), (_, w) in zip(got, want):
        assert v == pytest.approx(w)


# ---------------------------------------------------------------------------- 7. jiao in Arabic digits
# (sentence, text, value, why)
JIAO = [
    ("他借了5块8毛钱。", "5块8毛钱", 5.8, "zh-Hans: 块 and 毛"),
    ("每斤12元5角。", "12元5角", 12.5, "zh-Hans: 元 and 角"),
    ("買了3塊8毛的糖。", "3塊8毛", 3.8, "zh-Hant: 塊 and 毛"),
    ("It cost 5 dollars 80 cents.", "5 dollars 80 cents", 5.8, "en: dollars and cents (read before)"),
]


@pytest.mark.parametrize("sentence,text,value,why", JIAO, ids=[c[3] for c in JIAO])
def test_jiao_in_digits(sentence, text, value, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert got[0][0] == text and got[0][1] == pytest.approx(value), got


# ---------------------------------------------------------------------------- 8. abbreviated units
# (sentence, [(text, unit)], why)
ABBREVIATED = [
    ("The loan runs 1 yr and 3 mos.", [("1 yr", "year"), ("3 mos", "year")], "en: yr, mos"),
    ("Recovery took 6 wks.", [("6 wks", "year")], "en: wks"),
    ("She bought 4 yds of cloth.", [("4 yds", "meter")], "en: yds"),
    ("贷款期限为1年零3个月。", [("1年零3个月", "year")], "zh-Hans: years and months"),
    ("貸款期限為兩年又五個月。", [("兩年又五個月", "year")], "zh-Hant: years and months joined by 又"),
]


@pytest.mark.parametrize("sentence,want,why", ABBREVIATED, ids=[c[2] for c in ABBREVIATED])
def test_abbreviated_units(sentence, want, why):
    assert [(c.text, c.unit) for c in claims_in(sentence)] == want


# ---------------------------------------------------------------------------- 9. ratios written N:M
# (sentence, [(text, value)], why)
COLON_RATIOS = [
    ("全省男女比例为1.05:1。", [("1.05:1", 1.05)], "zh-Hans: 比例"),
    ("新生兒性別比為104.3：100。", [("104.3：100", 1.043)], "zh-Hant: 性別比, full-width colon"),
    ("The ratio of nurses to doctors is 3:1.", [("3:1", 3.0)], "en: ratio before"),
    ("The bill passed by a 2:1 margin.", [("2:1", 2.0)], "en: margin after"),
    ("名优茶与大宗茶的比例约为7:3。", [("约为7:3", 7 / 3)], "zh-Hans: a hedge before the ratio"),
    ("The output ratio hit a record in 2024: 2,667 units.", [("2,667", 2667.0)], "en: a year and a colon"),
    ("两队比分为3:1。", [], "zh-Hans: a score"),
    ("會議於14:30開始。", [], "zh-Hant: a time"),
    ("The match ended 2:1.", [], "en: a score"),
]


@pytest.mark.parametrize("sentence,want,why", COLON_RATIOS, ids=[c[2] for c in COLON_RATIOS])
def test_colon_ratios(sentence, want, why):
    got = [(c.text, c.value) for c in claims_in(sentence)]
    assert [t for t, _ in got] == [t for t, _ in want], got
    for (_, v), (_, w) in zip(got, want):
        assert v == pytest.approx(w)
    assert all(c.unit == "times" for c in claims_in(sentence) if ":" in c.text or "：" in c.text)
