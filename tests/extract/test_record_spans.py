"""A record set over a span: 14年来最低, 十年來的新高, 三十年来首次 state the span a low, a high or a first is measured
over, as "a 14-year low" does in English (a figure another source can contradict: "the lowest in 12 years").
A time frame with no record after it (三年来，营收翻倍; 近十年来经济持续增长) still only sets the period and is no
figure (nonclaims.toml [time_frame]). Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, text, value in years, why)
RECORDS = [
    ("铜价跌至11年来最低水平。", "11年", 11.0, "hans: N年来最低"),
    ("出口額創下八年來的新高。", "八年", 8.0, "hant: N年來的新高"),
    ("该国二十年来首次出现贸易逆差。", "二十年", 20.0, "hans: N年来首次"),
    ("這是六年以來最嚴重的乾旱。", "六年", 6.0, "hant: N年以來最"),
    ("Gold hit a 9-year high on Monday.", "9-year", 9.0, "en: an N-year high"),
]


@pytest.mark.parametrize("sentence,text,value,why", RECORDS, ids=[r[3] for r in RECORDS])
def test_the_span_of_a_record_is_a_figure(sentence, text, value, why):
    got = [(c.text, c.written_value, c.unit) for c in claims_in(sentence)]
    assert (text, value, "year") in got, got


FRAMES = [
    ("三年来，公司营收稳步增长。", "hans: N年来, no record"),
    ("近十年來我國經濟持續增長。", "hant: 近N年來"),
    ("Over the past five years the firm expanded.", "en: the past N years"),
]


@pytest.mark.parametrize("sentence,why", FRAMES, ids=[r[1] for r in FRAMES])
def test_a_frame_alone_is_no_figure(sentence, why):
    assert not [c for c in claims_in(sentence) if c.unit == "year"], [(c.text, c.unit) for c in claims_in(sentence)]
