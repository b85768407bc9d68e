"""票 after a number counts votes or tickets (300票), but where it begins a word it is no measure word: 2023票房 is
a year before a box office, 2024票价 a year before a fare."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from factcheck.model import Document


def texts(text: str) -> list[str]:
    d = Document("t.txt", text, "utf-8", "", len(text))
    return [c.text for c in extract_document(d)]


@pytest.mark.parametrize("text, want, not_wanted", [
    ("中2023票房549億\n", "549億", "2023票"),
    ("2024票价上涨5%。\n", "5%", "2024票"),
    ("他在选举中获得300票。\n", "300票", None),
    ("他在選舉中獲得300票。\n", "300票", None),
])
def test_piao_as_a_measure_word_only_alone(text, want, not_wanted):
    got = texts(text)
    assert want in got and (not_wanted is None or not_wanted not in got)
