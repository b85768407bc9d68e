"""More unit symbols and scale abbreviations (issue 9, units), English and Chinese (both scripts).

- Case carries meaning: kN is a kilonewton (k + N through the prefixed symbols), kn a knot; before, "5 kN" was a
  speed because the knot's "kn" matched any case.
- ppm and ppb (parts per million, per billion: CO2 at 420 ppm, 5 ppb of lead) are the dimensionless ratios pint
  names, kept as written (ppt stays percentage points, its reading in finance news).
- Btu, MMBtu / mmBtu (a million Btu, the unit of gas prices) and 英热单位 / 百万英热单位: energy, in watt-hours.
- bpm and 次/分 (beats or counts per minute: a heart rate), dpi / ppi (dots or pixels per inch): rates of a count.
- trn (Reuters, Yonhap: 1.2 trn won), mio (Swiss and German English: CHF 5 mio) and mil (Japanese and
  Vietnamese English news: "rose to 25.07 mil.") are scale abbreviations, as tn and mln are.
- hl, khl and mhl (hectolitres, thousands and millions of them: the wine trade's 244.1 mhl) are volumes.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


# (sentence, text, written unit, written value, why)
FORMS = [
    ("The bridge holds 5 kN.", "5 kN", "newton", 5000.0, "kN, a kilonewton"),
    ("The ship sailed at 20 kn.", "20 kn", "knot", 20.0, "kn, a knot"),
    ("CO2 reached 420 ppm.", "420 ppm", "ppm", 420.0, "ppm"),
    ("Lead levels of 5 ppb were found.", "5 ppb", "ppb", 5.0, "ppb"),
    ("The furnace is rated at 80,000 Btu.", "80,000 Btu", "british_thermal_unit", 80000.0, "Btu"),
    ("Output was 3.2 MMBtu.", "3.2 MMBtu", "british_thermal_unit", 3.2e6, "MMBtu"),
    ("这台锅炉额定功率为8万英热单位。", "8万英热单位", "british_thermal_unit", 8e4, "zh-Hans 英热单位"),
    ("這台鍋爐額定功率為8萬英熱單位。", "8萬英熱單位", "british_thermal_unit", 8e4, "zh-Hant 英熱單位"),
    ("A resting heart rate of 60 bpm.", "60 bpm", "count / minute", 60.0, "bpm"),
    ("静息心率为60次/分。", "60次/分", "count / minute", 60.0, "zh-Hans 次/分"),
    ("靜息心率為60次/分鐘。", "60次/分鐘", "count / minute", 60.0, "zh-Hant 次/分鐘"),
    ("Print at 300 dpi.", "300 dpi", "count / inch", 300.0, "dpi"),
    ("A 460 ppi screen.", "460 ppi", "count / inch", 460.0, "ppi"),
    ("World wine output was 244.1 mhl.", "244.1 mhl", "hectoliter", 244.1e6, "mhl"),
    ("The brewery sold 5,000 hl.", "5,000 hl", "hectoliter", 5000.0, "hl"),
    ("Spain made 35 khl of cava.", "35 khl", "hectoliter", 35000.0, "khl"),
]


@pytest.mark.parametrize("sentence,text,unit,value,why", FORMS, ids=[r[4] for r in FORMS])
def test_unit_symbol(sentence, text, unit, value, why):
    got = claims_in(sentence)
    assert [(c.text, c.written_unit) for c in got] == [(text, unit)], _got(sentence)
    assert got[0].written_value == pytest.approx(value, rel=1e-6)


SCALES = [
    ("Debt of 1.2 trn won.", "1.2 trn won", 1.2e12, "KRW", "trn"),
    ("Sales of 3 trn yen.", "3 trn yen", 3e12, "JPY", "trn before a currency"),
    ("It cost CHF 5 mio.", "CHF 5 mio", 5e6, "CHF", "mio"),
    ("Arrivals rose to 25.07 mil. in 2023.", "25.07 mil", 25.07e6, "count", "mil."),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", SCALES, ids=[r[4] for r in SCALES])
def test_scale_abbreviation(sentence, text, value, unit, why):
    assert _got(sentence) == [(text, value, unit)]
