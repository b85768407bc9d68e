"""Fast paths of the number parser give what the full patterns give."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import numerals


@settings(max_examples=2000, derandomize=True)
@given(st.text(alphabet="0123456789١٢.,' ’eE+-%万亿€ x年a", max_size=14), st.integers(0, 13))
def test_a_digit_run_with_nothing_arabic_after_is_what_arabic_matches(text, pos):
    if pos >= len(text) or not text[pos].isdigit():
        return
    run = numerals._DIGIT_RUN.match(text, pos)
    if run.end() == len(text) or text[run.end()] not in numerals._ARABIC_GOES_ON:
        assert numerals.ARABIC.match(text, pos).group() == run.group()
