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


class _Everything:
    def __contains__(self, ch):
        return True


@settings(max_examples=1500, derandomize=True)
@given(st.text(alphabet="一二两三十百千万亿零〇廿壹点几多余个 年5.%", min_size=1, max_size=6))
def test_the_fast_paths_read_as_the_loop_does(text):
    import pytest

    from factcheck.knowledge import knowledge

    K = knowledge()
    text += "。"  # (something after the run, so that the fast paths' tests look at a following character)
    got = [numerals.parse_run(text, p, K) for p in range(len(text)) if text[p] in K.cn_digits or text[p].isdigit()]
    with pytest.MonkeyPatch.context() as mp:  # every character may go on a run: no fast path applies
        mp.setattr(numerals, "_run_chars", lambda K: _Everything())
        slow = [numerals.parse_run(text, p, K) for p in range(len(text)) if text[p] in K.cn_digits or text[p].isdigit()]
    assert got == slow
