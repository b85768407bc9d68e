"""The fast paths of normalisation give what the plain calls they stand for give."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.normalize import _PRE, _nfkc, _pre

# full-width forms, the characters _PRE maps, combining marks that compose with ASCII (＜ and U+0338 is ≮),
# CJK, superscripts, ligatures, lone surrogates
_ALPHABET = st.sampled_from(
    list("ａＡ０９：（）；？！＜＝＞，、。 ab<=>1\u0301\u0338\u3000\u00a0\u202f\u2009\u200b\x00國美¹²½ﬁ…")
    + ["\ud800", "\udfff", "\uff5e", "\uff01", "\uff5f", "\uff00"])


@settings(max_examples=600, derandomize=True)
@given(st.text(alphabet=_ALPHABET, max_size=30) | st.text(max_size=30))
def test_fast_paths_equal_the_plain_calls(s):
    assert _pre(s) == s.translate(_PRE)
    assert _nfkc(s) == unicodedata.normalize("NFKC", s)


def test_a_full_width_sign_still_composes_with_a_combining_mark():
    assert _nfkc("＜\u0338") == unicodedata.normalize("NFKC", "＜\u0338") == "≮"
    assert _nfkc("Ａ\u0301") == "Á"


@settings(max_examples=300, derandomize=True)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=12) | st.sampled_from(
    ["", "\r", "美國佔74.5%，萬億", "占比１２．５％", "ﬁ ½ 75％", "中國新增風(fēng)電", "乾隆", "著作", "后來", "1\r"]),
    max_size=8))
def test_normalize_text_equals_each_line_normalised_alone(lines):
    from factcheck.normalize import normalize_line, normalize_text, split_lines

    text = "\n".join(lines)
    assert normalize_text(text) == [normalize_line(ln, i) for i, ln in enumerate(split_lines(text), start=1)]
