"""The digit masks are tried only where a run of digits is followed by a character one of them needs
(nonclaims._MASK_AFTER_DIGITS): the masks found are those of trying every run."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import nonclaims
from factcheck.knowledge import knowledge

_PIECES = st.sampled_from(
    ["2024", "12", "3", "0", "010", "1", "800", "555", "0199", "-", "/", ".", ":", " ", "年", "月", "日", "号",
     "点", "时", "至", "到", "~", "～", "—", "–", "(", ")", "（", "）", "+", "%", "亿", "万", ",", "、", "。",
     "am", "pm", "o'clock", "GMT", "st", "Jan", "March", "Seven", "A", "x", "开始", "半", "分", "\t", "\u3000",
     ".", ". ", "5", "17", "2.17", "a", "p", "o", " o", "UTC", "HKT", "IST", "EST", "PT", "ET", "th", "ſt", "ſept",
     "Aprİl", "(800)", "1.", "people", "Sept", "dec", "/ 0", "/0", "一", "3.5", "2024.03", "萬"])


def _all_runs(monkeypatch, text):
    monkeypatch.setattr(nonclaims, "_MASK_AFTER_DIGITS", re.compile(""))  # matches anywhere: every run tried
    try:
        return nonclaims.masked_spans(text, knowledge())
    finally:
        monkeypatch.undo()


@settings(max_examples=1500, derandomize=True)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_prefiltered_masks_equal_trying_every_run(text):
    import pytest

    mp = pytest.MonkeyPatch()
    assert nonclaims.masked_spans(text, knowledge()) == _all_runs(mp, text)


def test_the_known_masks_still_found():
    K = knowledge()
    for text, kind in [("2024-03-05", "ymd"), ("会议9点至17点", "time"), ("call 1-800-555-0199", "phone_na"),
                       ("14:30", "time"), ("5 o'clock", "time"), ("v1.2.3", "ident"), ("3 / 0", "undefined")]:
        assert kind in {k for _, _, k in nonclaims.masked_spans(text, K)}, text


# The patterns rewritten to begin with a character class (or tried only where a word they need starts) find
# what the plain forms find.

_TEXT = st.lists(st.sampled_from(
    ["1", "23", "2024", "一", "十", "三", "万", "亿", "two", "a", "an", "one", "seventeen", "half", "quarter",
     "minus", "negative", "sa", "anna", "x", "(", "（", "+", ")", "）", "。", "；", ":", "：", "】", "[", "【", ".",
     "、", " ", "  ", "图", "表", "Figure", "Table", "十四五", "第", "章", "-", "%", ",", "ban", "Xone", "9one"]),
    max_size=14).map("".join)


def _spans(it):
    return [(m.span(), m.lastgroup, m.groups()) for m in it]


@settings(max_examples=1500, derandomize=True)
@given(_TEXT)
def test_rewritten_patterns_find_what_the_plain_forms_find(text):
    from factcheck.extract import _start_pattern

    K = knowledge()
    cn = "".join(sorted(set(K.cn_digits) | set(K.cn_small) | set(K.cn_big) | set(K.cn_tens or ())))
    words = sorted(set(K.en_ones) | set(K.en_tens) | set(K.en_negative) | {"a", "an", "half", "quarter"},
                   key=len, reverse=True)
    plain_start = re.compile(r"[\d" + re.escape(cn) + r"]|(?<![a-z])(?:" + "|".join(words) + r")(?![a-z])")
    assert _spans(_start_pattern(K).finditer(text)) == _spans(plain_start.finditer(text))
    assert _spans(nonclaims._DIGIT_MASK_START.finditer(text)) == _spans(re.finditer(r"\d+|[(（+]", text))
    assert _spans(nonclaims._labels(text, K)) == _spans(nonclaims._label_pattern(K).finditer(text))
    assert _spans(nonclaims._list_numbers(text)) == _spans(nonclaims._LIST_AR.finditer(text))


@settings(max_examples=800, derandomize=True)
@given(st.data())
def test_literal_word_patterns_without_a_look_ahead_find_the_same(data):
    from factcheck.extract import _ARTICLE, _figure_word_pattern

    K = knowledge()
    words = [w for w, *_ in K.figure_words]
    text = "".join(data.draw(st.lists(st.sampled_from(words[:40] + ["a ", "an ", "ba ", " ", "x", "一", "A "]),
                                      max_size=8)))
    plain = re.compile(nonclaims.first_chars(words) + "(?:" + "|".join(re.escape(w) for w in words) + ")")
    assert _spans(_figure_word_pattern(K).finditer(text)) == _spans(plain.finditer(text))
    assert _spans(_ARTICLE.finditer(text)) == _spans(re.finditer(r"(?<![a-z])an? (?=[a-z])", text))


@settings(max_examples=1500, derandomize=True)
@given(st.lists(st.sampled_from(
    ["PM", "2", ".", "5", "A", "-", "1", "Q", "Sept", "March", "march", "Auguſt", "Aprİl", "ſ", "K", " ", ". ",
     "2024", "12", "th", ",", "x", "ab", "abcdefg", "一", "年", "@", "a.b", "Jan"]), max_size=12).map("".join))
def test_letter_masks_found_where_every_position_is_tried(text):
    _, letter_masks, _ = nonclaims._mask_patterns(knowledge())
    assert _spans(nonclaims._letter_masks(text, letter_masks)) == _spans(letter_masks.finditer(text))


@settings(max_examples=300, derandomize=True)
@given(st.text(alphabet=" \t\u3000\u00a0x1２", max_size=8))
def test_ends_in_digit_is_the_stripped_last_character_test(text):
    assert nonclaims._ends_in_digit(text) == text.rstrip()[-1:].isdigit()


@settings(max_examples=500, derandomize=True)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12)), max_size=8),
       st.lists(st.integers(0, 40), max_size=12))
def test_mask_cover_is_the_furthest_mask_end_over_p(spans, ps):
    from factcheck.extract import _MaskCover

    masks = sorted((s, s + w, "x") for s, w in spans)
    cover = _MaskCover(masks)
    for p in sorted(set(ps)):
        ends = [e for s, e, _ in masks if s <= p < e]
        assert cover.at(p) == (max(ends) if ends else None)


def test_every_time_zone_month_and_clock_word_after_digits_is_tried(monkeypatch):
    K = knowledge()
    words = ["GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "PST", "PDT", "ET", "PT", "JST", "HKT", "SGT",
             "IST", "am", "pm", "a.m.", "p.m.", "o'clock", "o’clock"] + list(K.months) + [m.capitalize() for m in K.months]
    texts = [f"{n}{sp}{w}{tail}" for n in ("5", "12", "1430") for sp in ("", " ") for w in words
             for tail in ("", " 5", ", 2024")]
    texts += [f"1{sep}(800) 555-0199" for sep in "-. "] + ["2024.03", "2024 .3.5", "1.2.3", "2.17pm", "3.5 / 0"]
    for text in texts:
        assert nonclaims.masked_spans(text, K) == _all_runs(pytest.MonkeyPatch(), text), text
