"""The digit masks are tried only where a run of digits is followed by a character one of them needs
(nonclaims._MASK_AFTER_DIGITS): the masks found are those of trying every run."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import nonclaims
from factcheck.knowledge import knowledge

_PIECES = st.sampled_from(
    ["2024", "12", "3", "0", "010", "1", "800", "555", "0199", "-", "/", ".", ":", " ", "年", "月", "日", "号",
     "点", "时", "至", "到", "~", "～", "—", "–", "(", ")", "（", "）", "+", "%", "亿", "万", ",", "、", "。",
     "am", "pm", "o'clock", "GMT", "st", "Jan", "March", "Seven", "A", "x", "开始", "半", "分", "\t", "\u3000"])


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
