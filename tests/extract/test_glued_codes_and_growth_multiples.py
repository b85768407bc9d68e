"""Three extraction mechanisms of round 21, written from forms in real Macau gaming news (sentences written for these
tests).

A currency code glued to its figure (issue 9, money): every money prefix of the unit table that is all letters
(units.toml [[money]] prefix) names its currency when glued to a figure written as money is (decimals, thousands
groups or a scale word). Before, only a hand-kept list of codes was let through, and "MOP18.6 billion" (the pataca)
was masked as an identifier like "H100". A bare small integer after a code stays a code (NIO8, TOP10).

A Chinese growth verb before N倍 (numerals.toml [growth_multiple]): 增长1.7倍 is a rise of 170 % (the result is
2.7 times the base), as China's statistical usage has it, so it is reported as a percentage (written_value N,
written_unit times) and meets the same rise written as a percentage in another language ("surged by 308.1%" and
按年增加3.1倍). 增长到3倍 (a verb of arriving), 是去年的3倍 (no verb) and 翻番 stay multiples.

A bare 元 on a Traditional page naming one other member of the yuan family (below)."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


GLUED_CODES = [
    ("Gaming revenue reached MOP18.6 billion in December.", 1.86e10, "MOP", "pataca, decimals and a scale word"),
    ("Full-year revenue was MOP183.06bn.", 1.8306e11, "MOP", "pataca, bn glued"),
    ("The fund raised SEK250m last year.", 2.5e8, "SEK", "krona, m glued"),
    ("Tickets cost PLN3,500 each.", 3500.0, "PLN", "zloty, a thousands group"),
    ("Revenue was USD10m.", 1e7, "USD", "a code of the old list still holds"),
    ("It cost RM79.", 79.0, "MYR", "RM of the old list: a bare integer still money"),
    ("澳門賭收達MOP18.6億。", 1.86e9, "MOP", "zh-Hant line, a Chinese scale word"),
]


@pytest.mark.parametrize("sentence,value,code,why", GLUED_CODES, ids=[r[3] for r in GLUED_CODES])
def test_currency_code_glued_to_figure(sentence, value, code, why):
    got = claims_in(sentence)
    assert [(c.value, c.unit) for c in got] == [(pytest.approx(value), code)], _got(sentence)


@pytest.mark.parametrize("sentence", ["The NIO8 concept car was shown.", "She made the TOP10 list again."])
def test_code_glued_to_bare_integer_stays_a_code(sentence):
    assert claims_in(sentence) == [], _got(sentence)


GROWTH_MULTIPLES = [
    ("澳門5月賭收按年飆3.6倍。", 360.0, None, None, 3.6, "zh-Hant 飆 (normalised to 飙)"),
    ("收入按年增加3.1倍。", 310.0, None, None, 3.1, "zh-Hant 按年增加"),
    ("利润同比增长1.5倍。", 150.0, None, None, 1.5, "zh-Hans 增长"),
    ("销量增长了约2.4倍。", 240.0, None, None, 2.4, "了 and a hedge between"),
    ("出口增长了1-2倍。", None, 100.0, 200.0, None, "a range: both ends"),
]


@pytest.mark.parametrize("sentence,value,low,high,written,why", GROWTH_MULTIPLES, ids=[r[5] for r in GROWTH_MULTIPLES])
def test_growth_verb_before_times_is_a_percentage(sentence, value, low, high, written, why):
    (c,) = claims_in(sentence)
    assert c.unit == "percent" and c.written_unit == "times", _got(sentence)
    assert (c.value, c.low, c.high) == (value, low, high)
    if written is not None:
        assert c.written_value == written


@pytest.mark.parametrize("sentence,value", [
    ("收入增长到3倍。", 3.0),      # a verb of arriving: the result is 3 times the base
    ("今年的收入是去年的2倍。", 2.0),  # no verb: a multiple
    ("The price rose 3 times this year.", None),  # English: no rule (occurrences or a multiple)
])
def test_multiples_without_a_growth_verb_stay_multiples(sentence, value):
    got = [c for c in claims_in(sentence) if c.unit == "percent"]
    assert got == [], _got(sentence)
    if value is not None:
        assert [(c.value, c.unit) for c in claims_in(sentence)] == [(value, "times")]


def _scan(tmp_path, en: str, zh: str) -> list[dict]:
    import json

    from conftest import conflict_corpus, fc

    conflict_corpus(tmp_path, {"a-en.txt": en + "\n", "b-hant.txt": zh + "\n"})
    rep = json.loads(fc("scan", "docs", "--format", "json", "--ledger", "/dev/null", "--no-store", cwd=tmp_path).stdout)
    texts = {c["id"]: c["text"] for c in rep["claims"]}
    return [(g["verdict"], sorted(texts[i] for i in g["claims"])) for g in rep["groups"]]


ZH = "澳門2023年5月博彩收入按年增加3.1倍。"


def test_growth_multiple_meets_the_percentage_of_another_language(tmp_path):
    """The rise stated in English as a percentage and in Chinese as N倍 is one figure rounded."""
    groups = _scan(tmp_path, "Macau's gaming revenue in May 2023 surged by 308.1% year on year.", ZH)
    assert ("rounding", ["3.1倍", "308.1%"]) in groups, groups


def test_growth_multiple_disagreeing_with_a_percentage_is_a_conflict(tmp_path):
    groups = _scan(tmp_path, "Macau's gaming revenue in May 2023 surged by 330% year on year.", ZH)
    assert ("conflict", ["3.1倍", "330%"]) in groups, groups


# A page in Traditional characters naming one of the New Taiwan dollar, the Hong Kong dollar and the pataca, and
# never the yuan, writes its bare 元 in that currency (extract.document_yuan): the unit table's Chinese names of the
# three decide. Simplified pages, pages naming the yuan too, and pages naming two of them are left as they were.
@pytest.mark.parametrize("text, unit", [
    ("澳門去年博彩收入約421.98億元。\n特區政府以澳門元計算全年預算。\n", "MOP"),
    ("台灣去年觀光支出約7010億元。\n以上金額均以新台幣計。\n", "TWD"),
    # near misses
    ("澳门去年博彩收入约421.98亿元。\n特区政府以澳门元计算全年预算。\n", "CNY"),          # Simplified
    ("澳門去年博彩收入約421.98億元。\n另有人民幣存款，以澳門元計算。\n", "CNY"),          # the yuan named too
    ("澳門去年博彩收入約421.98億元。\n以港元及澳門元計算。\n", "CNY"),                    # two named
])
def test_bare_yuan_on_a_page_naming_one_other_currency(tmp_path, text, unit):
    import json

    from conftest import fc

    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    rep = json.loads(fc("claims", "p.txt", "--format", "json", cwd=tmp_path).stdout)
    assert [c["unit"] for c in rep["claims"] if c["text"].endswith("元")] == [unit]


# A month or day written with a space before 月/日/号, as pages that space their figures write it (澳門 5 月賭收,
# 2023 年 5 月), is a date as 5月 is, never a count of 5; a figure before a measure word with a space stays one.
@pytest.mark.parametrize("sentence, figures", [
    ("澳門 5 月賭收按年增 3.7 倍。", ["3.7 倍"]),
    ("澳门 5 月赌收按年增 3.7 倍。", ["3.7 倍"]),
    ("今年首 5 日收入為 20 億澳門元。", ["20 億澳門元"]),
    ("今年首 5 個月收入為 649.29 億澳門元。", ["5 個月", "649.29 億澳門元"]),  # months counted: a duration
])
def test_spaced_month_is_a_date(sentence, figures):
    assert [c.text for c in claims_in(sentence)] == figures, _got(sentence)


# Guards from the round's review: a Hong Kong page quoting the mainland's figures in bare 元, a Taiwan page quoting
# one Hong Kong price; times and scores after a ratio word; words that start with 参
@pytest.mark.parametrize("text, units", [
    ("騰訊控股昨日收報380港元，升2.1%。\n國家統計局公布，內地去年社會消費品零售總額為47.1萬億元。\n", ["HKD", "CNY"]),
    ("台積電昨日股價收在1,050元。\n同日匯豐控股收報65港元。\n", ["CNY", "HKD"]),
])
def test_hong_kong_dollar_named_leaves_bare_yuan_alone(tmp_path, text, units):
    import json

    from conftest import fc

    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    rep = json.loads(fc("claims", "p.txt", "--format", "json", cwd=tmp_path).stdout)
    assert [c["unit"] for c in rep["claims"] if c["text"].endswith("元")] == units


@pytest.mark.parametrize("sentence, figures", [
    ("The proportion of ballots counted by 10:30 p.m. was 80%.", ["80%"]),
    ("The price-to-earnings ratio stood at 25 at 9:30 on Monday.", ["25"]),
    ("A large proportion of fans saw the 3:1 win at home.", []),
    ("该公司参股5家银行。", ["5家"]),
    ("园内有参天大树200余棵。", ["200余棵"]),
    ("合同金額為參仟伍佰萬元。", ["參仟伍佰萬元"]),  # the formal three itself still reads
])
def test_review_guards(sentence, figures):
    assert [c.text for c in claims_in(sentence)] == figures, _got(sentence)
