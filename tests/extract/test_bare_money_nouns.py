"""A bare figure in 万/亿/兆 right after a money noun in its clause is an amount of yuan (corpus mentions read as
counts: 2023年電影票房 全年錄得近550億, 中2023票房549億, 全國電影票房突破500億). Chinese reports leave 元 off after
票房, 营收, 市值, 奖池, 利润…; the noun names money, never a count (units.toml [bare_money]). A comma between
the noun and the figure, a measure word or a unit after the figure, or a count noun (观影人次, 销量) keeps a count.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, [(text, unit)])
CASES = [
    ("今年暑期档票房达到206亿", [("206亿", "CNY")]),
    ("今年暑期檔票房達到206億", [("206億", "CNY")]),
    ("该公司市值一度超过2万亿", [("超过2万亿", "CNY")]),
    ("去年净利润约35.6亿，同比增长8%", [("约35.6亿", "CNY"), ("8%", "percent")]),
    ("观影人次11.5亿", [("11.5亿", "count")]),
    ("全年销量达到1200万", [("1200万", "count")]),
    ("营收增长了12%，达到500亿", [("12%", "percent"), ("500亿", "count")]),
    ("票房收入中有3000万人次购票", [("3000万人次", "count")]),
]


@pytest.mark.parametrize("sentence,want", CASES, ids=[c[0] for c in CASES])
def test_bare_money(sentence, want):
    assert [(c.text, c.unit) for c in claims_in(sentence)] == want
