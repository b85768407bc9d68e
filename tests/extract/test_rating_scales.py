"""A broker's rating scale defines ratings, it states no figure (seed non-claim 相对大盘涨幅大于10%: every Chinese
research report ends with 投资评级说明). A line that opens with a rating and a colon (买入, 增持, 中性, 减持, Buy,
Overweight, Underperform…; nonclaims.toml [rating_scale]) and measures against a benchmark (大盘, 基准, 指数, 沪深300,
benchmark, index) holds thresholds: none of its figures is a claim. A rating word with no benchmark on the line
(买入：200股) keeps its figures. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence", [
    "推荐：预期未来6个月内股价相对大盘涨幅在15%以上；",
    "中性：相對同期基準指數漲跌幅在-5%至5%之間；",
    "Overweight: expected to outperform the benchmark index by 10% or more over 12 months.",
    "Underperform: expected to trail the index by more than 10%.",
])
def test_rating_definitions_hold_no_claims(sentence):
    assert claims_in(sentence) == [], [(c.text, c.value) for c in claims_in(sentence)]


@pytest.mark.parametrize("sentence,texts", [
    ("买入：招商银行300股", ["300股"]),
    ("营收：同比增长8%，跑赢大盘", ["8%"]),
    ("The fund bought 300 shares; Buy orders rose 5%.", ["300", "5%"]),
])
def test_other_lines_keep_figures(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts
