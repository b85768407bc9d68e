"""Unit symbols that are not ASCII letters are found as written: the form index lower-cases ASCII letters only,
as lookups do, so an upper-case Greek symbol (Ω) is not filed under its lower-case letter (ω)."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_lines
from factcheck.normalize import normalize_text


@pytest.mark.parametrize("text, figure, unit, value", [
    ("a 10 Ω resistor", "10 Ω", "ohm", 10.0),
    ("电阻为4.7 Ω。", "4.7 Ω", "ohm", 4.7),
    ("電阻為4.7Ω。", "4.7Ω", "ohm", 4.7),
    ("a 10 kΩ resistor", "10 kΩ", "ohm", 10000.0),
    ("温度为25℃", "25℃", "degree_Celsius", 25.0),
])
def test_a_non_ascii_unit_symbol_is_its_unit(text, figure, unit, value):
    got = {c.text: c for c in extract_lines("t.txt", normalize_text(text))}
    assert got[figure].unit == unit and got[figure].value == pytest.approx(value)
