"""Hand annotation of corpus-fresh48, written as data; emits gold.d/fresh48.toml (then run
corpus/check_gold.py --dir corpus-fresh48 --build).

Three domains: Victoria Falls (height 108 m against 100, 106, 'about 128' and 'between 90m and 107m'; 354 ft against
330 and 355; width 1708 m against 1,609, 1688, 1.7 km, 'about 1800' and the hedges '1700余' / '1,700多' / 'about 1.7
km' / 'nearly 2 km'; mean flow about 934 / 935 against 1400 m3/s; rainy-season flow 5000 against 'up to 10,000' and
'over 500 000' m3/s; per minute 'more than 500 million' against 550,000 m3; the spray seen from 30 / 二十 / 40 / 65 km
and 20 / 25 / 40 miles; spray 300 against '500多' m high; `vfl-*`), Mount Fuji (height 3776 m against 3,776.24 and the
2002 resurvey's 3775.63; 12,389 ft against 12290, 12,388, 12,400, 12,3889 and the resurvey's 12,387.2; about 100
against about 80 km from Tokyo; climbers a year 'more than 200,000' / '20萬左右' against '约30万'; the fifth station
2400 against 2300 m; the summit crater 500 against '约800' m wide, 250 against '约200' m deep; `fuj-*`) and the golden
snub-nosed monkey (wild population 8,000-15,000, about 3,000, about 22,000-25,000, about 25000, 约1.5万, 一萬多 and
22700~26100 in 2018; Shennongjia some 1,300, about 1,600, 1471 (2019), 1618, 1300余 (2019), 1400多 (2013) and its low
point 'fewer than 500' / 500余 / 500多 / 501 (1990); the Zhouzhi reserve nearly 2,000 / 1973 in 24 groups; Qinling
近5000 (2023) against 6000左右; habitat 1,500-3,400 m against 1000~4100 and 1500~3500 m; `gsm-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a correct rounding, or two of the
same precision that disagree, is conflict; a hedge that holds the other figure is consistent), extended as fresh47 does
to ranges (two ranges, or a range and a figure, that overlap are consistent, otherwise conflict; a hedged range reaches
half its written step beyond each end). Dated resurveys (Fuji's 3775.63 m / 12,387.2 ft of 2002) are different_basis
with `auto`'s verdict as alt; population counts, which the pages say change, are different_basis with `auto`'s
verdict as alt unless both figures are of the same year (`CHANGE`). Values as written: 万/萬 = 1e4, 亿 = 1e8; km in m
with mult=1000 where a page gives the width in kilometres.

Audit (second reader, notes/audit.md): africandmc's '(20 miles)' converts 'more than 30km' and carries its hedge;
'nearly' is under (vfl-07, as gsm-01 / fuj-01); zzsj's own 1471 (2019) and 1618 (fourth survey) are different_basis;
habitat ranges with different ends are consistent with conflict as alt; new groups fuj_climb_hours (4 / 'nearly 5'
against 7 to 8 hours from the fifth station), fuj_prominence_ft, fuj_summit_temp, fuj_holy_mountains and
fuj_trails_shizuoka (singles or unkeyed figures before).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, K, D, R, emit, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, DC, CD, F, S, NC, G, ERRS, NAMES, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

_auto = goldkit.auto


def _iv(m):
    v = m["value"]
    if isinstance(v, list):
        w = m["_step"] / 2 if m.get("qualifier") == "approx" else 0.0
        return (min(v) - w, max(v) + w)
    return goldkit._rng(m)


def auto(a, b):
    """goldkit's auto, extended to ranges as fresh47: two intervals that overlap are consistent, otherwise conflict."""
    if isinstance(a["value"], list) or isinstance(b["value"], list):
        (a0, a1), (b0, b1) = _iv(a), _iv(b)
        eps = 1e-9 * max(abs(a0), abs(a1), abs(b0), abs(b1), 1.0)
        return K if (a0 <= b1 + eps and b0 <= a1 + eps) else C
    return _auto(a, b)


goldkit.auto = auto  # G (in goldkit) looks the name up at call time

VFL, FUJ, GSM = "victoria-falls", "mount-fuji", "golden-snub-nosed-monkey"
M, FT, KM, MI, YR = "meter", "feet", "km", "mile", "years"
M3S, M3, FT3S = "m**3/s", "m**3", "ft**3/s"
DEGC = "degrees_C"


def P(a, b, v):
    """One explicit pair verdict (1-based mention numbers)."""
    return {(min(a, b), max(a, b)): v}


def A(v, xs, ys):
    """Verdict v for every pair between mention numbers xs and ys (1-based)."""
    return {(min(x, y), max(x, y)): v for x in xs for y in ys if x != y}


def OTHER(ms, xs, ys=None):
    """Pairs between mention numbers xs (another basis: a dated resurvey) and ys (default: every other mention not in
    xs): different_basis, with the verdict `auto` gives as alt when it is conflict or rounding; same values consistent."""
    out = {}
    ys = ys if ys is not None else [y for y in range(1, len(ms) + 1) if y not in xs]
    for x in xs:
        for y in ys:
            if x == y:
                continue
            a, b = ms[x - 1], ms[y - 1]
            k = (min(x, y), max(x, y))
            if a["value"] == b["value"]:
                out[k] = K
            else:
                v = auto(a, b)
                out[k] = (D, v) if v in (C, R) else K
    return out


def CHANGE(ms, same_year=()):
    """Every pair of a count the pages say changes over time: different_basis with `auto`'s verdict as alt when that
    is conflict or rounding (the figures are undated or of different years); pairs listed in same_year keep auto's
    verdict."""
    allm = list(range(1, len(ms) + 1))
    out = OTHER(ms, allm, allm)
    for a, b in same_year:
        out[(min(a, b), max(a, b))] = auto(ms[a - 1], ms[b - 1])
    return out


# ============================================================ Victoria Falls
ms = [
    F("vfl", 1, "It is 108m tall", 108, M),
    F("vfl", 2, "into a gorge over 100 metres below", 100, M, q="over"),
    F("vfl", 3, "over a sheer 100 metre", 100, M),
    F("vfl", 4, "to 108 meters (354 ft) in the center", 108, M, note="the depth of the First Gorge in the centre: the drop"),
    F("vfl", 5, "a drop of between 90m and 107m", [90, 107], M, vt="90m and 107m", step=1),
    F("vfl", 7, "a height of 108 meters", 108, M),
    F("vfl", 8, "最高处只有108米", 108, M),
    F("vfl", 9, "最大落差108米", 108, M),
    F("vfl", 10, "高度为108米", 108, M),
    F("vfl", 12, "高約128米", 128, M, q="approx"),
    F("vfl", 13, "最高處108米", 108, M),
    F("vfl", 14, "瀑布落差106米", 106, M),
]
G("vfl_height_m", VFL, "Height (drop) of the falls in metres: 108 (seven) against 100, 106, 'about 128' and 'between 90m and 107m'; 'over 100' holds all but the range's low end",
  "Victoria Falls", "height (greatest drop)", "undated",
  "108 m is the greatest drop; a plain 100 rounds 108 and 106 (rounding); 106, 'about 128' and 108 disagree (conflict); the range 90-107 m excludes 108 and 128 (conflict) and holds 100 and 106 (consistent); 'over 100' holds every figure.",
  ms)

ms = [
    F("vfl", 1, "(354 ft)", 354, FT),
    F("vfl", 3, "(330 feet)", 330, FT),
    F("vfl", 4, "(354 ft) in the center", 354, FT),
    F("vfl", 6, "354 feet tall", 354, FT),
    F("vfl", 7, "(354 feet)", 354, FT),
    F("vfl", 13, "(355英尺)", 355, FT),
]
G("vfl_height_ft", VFL, "Height in feet: 354 (four) against 330 and 355", "Victoria Falls", "height (feet)", "undated",
  "330 and 355 are no roundings of 354 (conflict).", ms)

ms = [
    F("vfl", 1, "1708m wide", 1708, M),
    F("vfl", 3, "(1,609 metre)", 1609, M, note="converts 'a mile-wide'"),
    F("vfl", 4, "chasm 1708 meters", 1708, M),
    F("vfl", 5, "width of 1, 708 meters", 1708, M, vt="1, 708", step=1),
    F("vfl", 7, "width of nearly 2 kilometres", 2000, M, mult=1000, q="under"),  # audit: nearly = under, as gsm-01 / fuj-01
    F("vfl", 8, "瀑布宽1700余米", 1700, M, q="over"),
    F("vfl", 9, "瀑布总宽1688米", 1688, M),
    F("vfl", 10, "宽度为1.7千米", 1700, M, mult=1000),
    F("vfl", 12, "寬約1.7公里", 1700, M, mult=1000, q="approx"),
    F("vfl", 13, "寬1,700多米", 1700, M, q="over"),
    F("vfl", 14, "寬約1800米", 1800, M, q="approx"),
]
G("vfl_width_m", VFL, "Width in metres: 1708 (three) against 1,609, 1688, a plain 1.7 km and 'about 1800'; 'nearly 2 km', '1700余', '1,700多' and 'about 1.7 km' hedge",
  "Victoria Falls", "width", "undated",
  "1708, 1688 and 1,609 disagree (conflict); a plain 1.7 km rounds 1708 and 1688 (rounding); 'about 1800' (1750-1850) holds neither (conflict); '1700余' / '1,700多' hold 1708 but not 1688 or 1,609; 'about 1.7 km' holds 1708 and 1688; 'nearly 2 km' holds all.",
  ms)

ms = [
    F("vfl", 1, "(5604 ft)", 5604, FT),
    F("vfl", 4, "(5604 ft) wide", 5604, FT),
    F("vfl", 6, "5,604 feet wide", 5604, FT),
    F("vfl", 13, "(5,500多英尺)", 5500, FT, q="over"),
]
G("vfl_width_ft", VFL, "Width in feet: 5604 (three); '5,500多' holds it", "Victoria Falls", "width (feet)", "undated",
  "Same figure; the hedge holds it (consistent).", ms)

ms = [
    F("vfl", 8, "年平均流量约934立方米/秒", 934, M3S, q="approx"),
    F("vfl", 9, "平均秒流量1400立方米", 1400, M3S),
    F("vfl", 13, "平均流量約935立方米/秒", 935, M3S, q="approx"),
    F("vfl", 14, "平均每秒有1400立方米", 1400, M3S, q="approx", note="'粗略估計' (a rough estimate)"),
]
G("vfl_flow_mean", VFL, "Mean flow: about 934 / about 935 against 1400 (two) m3/s", "Victoria Falls", "mean flow (m3/s)", "undated (annual mean)",
  "The two hedged figures 934 and 935 meet (consistent); 1400 disagrees with both (conflict).", ms)

ms = [
    F("vfl", 3, "over 500 000 cubic metres per second", 500000, M3S, vt="500 000", step=1000, q="over", note="February to April, after the rains"),
    F("vfl", 7, "up to 10,000 cubic meters per second", 10000, M3S, note="'During the rainy season'"),
    F("vfl", 9, "雨季秒流量可达5000立方米", 5000, M3S),
    F("vfl", 14, "雨季可達到平均每秒5000立方米", 5000, M3S),
]
G("vfl_flow_wet", VFL, "Rainy-season flow: 5000 (two) against 'up to 10,000' and 'over 500 000' m3/s", "Victoria Falls", "flow in the rainy season (m3/s)", "rainy season",
  "5000, 10,000 and 'over 500 000' disagree ('可达' / 'up to' read plain; conflict; 10,000 against 5000 set explicitly: the kit would read 10,000 at ten-thousands and call 5000 a rounding).", ms, A(C, [2], [3, 4]))

ms = [
    F("vfl", 2, "More than 500 million cubic metres", 5e8, M3, q="over"),
    F("vfl", 5, "an average of 550,000 cubic meters", 550000, M3),
    F("vfl", 10, "(538 020立方米)", 538020, M3, vt="538 020", step=1, q="over", note="converts '超过 1900万立方英尺' a minute in the wet season"),
]
G("vfl_flow_minute", VFL, "Water over the falls a minute: 'more than 500 million' against 550,000 m3; 'more than 538 020' (wet season)", "Victoria Falls", "water falling per minute (m3)", "undated",
  "'More than 500 million' excludes 550,000 (conflict); 'over 538 020' holds 550,000 (consistent); the two lower bounds, a thousandfold apart, are set to conflict explicitly (the kit's open-ended reading would call them consistent).", ms, P(1, 3, C))

ms = [
    F("vfl", 3, "more than 30km", 30, KM, q="over"),
    F("vfl", 7, "up to 30 kilometres", 30, KM),
    F("vfl", 8, "远隔二十公里以外", 20, KM, vt="二十", step=10),
    F("vfl", 10, "(40公里)", 40, KM),
    F("vfl", 11, "遠自65公里之外", 65, KM),
    F("vfl", 13, "遠自65公里(40英里)", 65, KM),
]
G("vfl_spray_km", VFL, "Distance the spray is seen from, km: 30 / 'more than 30' against 二十, 40 and 65 (two)", "Victoria Falls (spray)", "distance seen from (km)", "undated",
  "30, 20, 40 and 65 disagree (conflict); 'more than 30' holds 30, 40 and 65 but not 20.", ms)

ms = [
    F("vfl", 3, "(20 miles) away", 20, MI, q="over", note="converts 'more than 30km'"),  # audit: carries its hedge
    F("vfl", 7, "(20 miles) away", 20, MI),
    F("vfl", 10, "可从25英里", 25, MI),
    F("vfl", 13, "(40英里)", 40, MI),
]
G("vfl_spray_mi", VFL, "Distance the spray is seen from, miles: 'more than 30km (20 miles)' and 20 against 25 and 40", "Victoria Falls (spray)", "distance seen from (miles)", "undated",
  "africandmc's '(20 miles)' converts 'more than 30km' and carries its hedge: it holds 25 and 40 (consistent), as 'more than 30' km holds 40 and 65. thedaringvoyager's plain 20 ('up to 30 kilometres (20 miles)'), 25 and 40 disagree (conflict; 20 against 25 set explicitly: the kit would read 20 at tens and call 25 a rounding).", ms, A(C, [2], [3]))

ms = [
    F("vfl", 9, "高达500多米的水雾", 500, M, q="over"),
    F("vfl", 11, "浪花濺起達300米", 300, M),
    F("vfl", 13, "浪花濺起達300米(1,000英尺)", 300, M),
]
G("vfl_spray_height", VFL, "Height of the spray: 300 m (two) against '500多'", "Victoria Falls (spray)", "height of the spray", "undated",
  "'500多' excludes 300 (conflict).", ms)

ms = [
    F("vfl", 3, "(2,700 km)", 2700, KM),
    F("vfl", 9, "赞比西河全长2700公里", 2700, KM),
]
G("vfl_zambezi_km", VFL, "Length of the Zambezi: 2700 km (two)", "Zambezi River", "length", "undated", "Same figure (consistent).", ms)

S("vfl", 3, "1,687 miles long", value=1687, unit=MI)
S("vfl", 4, "from 80 meters", value=80, unit=M)
S("vfl", 4, "(260 ft)", value=260, unit=FT)
S("vfl", 4, "a 110 meters", value=110, unit=M)
S("vfl", 4, "(360 ft) wide gap", value=360, unit=FT)
S("vfl", 7, "(1.2 miles)", value=1.2, unit=MI, q="under", note="converts 'nearly 2 kilometres'")  # audit: carries its hedge
S("vfl", 9, "约形成于1.5亿年前", value=1.5e8, unit=YR, q="approx")
S("vfl", 10, "超过 1900万立方英尺", value=1.9e7, unit="ft**3", q="over")
S("vfl", 13, "(33,000立方英尺/秒)", value=33000, unit=FT3S, q="approx", note="converts '約935立方米/秒'")
S("vfl", 13, "約50米(150英尺)", value=50, unit=M, q="approx", note="the cliff the river drops from, as the page puts it")
S("vfl", 13, "(150英尺)", value=150, unit=FT, q="approx")
S("vfl", 13, "(1,000英尺)", value=1000, unit=FT)
S("vfl", 14, "利文斯敦10千米", value=10, unit=KM)
S("vfl", 14, "綿延130千米", value=130, unit=KM)
S("vfl", 14, "共有7道峽谷", value=7, unit=CNT)
S("vfl", 14, "河面寬達1.6千米", value=1.6, unit=KM)
S("vfl", 14, "4個島嶼", value=4, unit=CNT)
S("vfl", 14, "劃分為5段", value=5, unit=CNT)
S("vfl", 14, "只有30多米", value=30, unit=M, q="over")
S("vfl", 14, "高約93米", value=93, unit=M, q="approx", note="the Main Falls")
NC("vfl", 1, "May 28, 2024", "date")
NC("vfl", 1, "1. Victoria Falls", "list_number")
NC("vfl", 7, "late 1800s", "date")
NC("vfl", 9, "1885年", "date", note="as stored (1855 elsewhere)")
NC("vfl", 9, "1989年", "date")
NC("vfl", 10, "1855年", "date")
NC("vfl", 11, "1855年", "date")
NC("vfl", 11, "1989年", "date")
NC("vfl", 12, "東經25.86°,南緯17.92°", "coordinate")
NC("vfl", 13, "2021-04-19 16:16:26", "date")
NC("vfl", 13, "1855年", "date")
NC("vfl", 13, "1989年", "date")
NC("vfl", 14, "19世紀中葉", "date")

# ============================================================ Mount Fuji
ms = [
    F("fuj", 1, "height of 3776 meters", 3776, M),
    F("fuj", 1, "to 3776meters high top", 3776, M, vt="3776"),
    F("fuj", 2, "At 3776 meters", 3776, M),
    F("fuj", 3, "stands at 3,776.24 meters", 3776.24, M, note="the page dates the survey to 2013"),
    F("fuj", 4, "It’s 3776 meters tall", 3776, M),
    F("fuj", 5, "At 3,776 meters", 3776, M),
    F("fuj", 6, "altitude of 3,776 m.", 3776, M),
    F("fuj", 8, "tallest peak, at 3,776 meters", 3776, M),
    F("fuj", 9, "It rises 3,776 metres", 3776, M),
    F("fuj", 10, "at 3,776.24 m", 3776.24, M),
    F("fuj", 12, "主峰海拔3776米", 3776, M),
    F("fuj", 12, "为3775.63米", 3775.63, M, note="2002 resurvey"),
    F("fuj", 13, "主峰海拔3776米", 3776, M),
    F("fuj", 13, "为3775.63米", 3775.63, M, note="2002 resurvey"),
    F("fuj", 13, "海拔3,775.63米", 3775.63, M, note="infobox; 2002 resurvey in the lead"),
    F("fuj", 14, "海拔3776米", 3776, M),
    F("fuj", 16, "海拔3776米,是日本最高的山峰", 3776, M),
    F("fuj", 16, "主峰海拔3776米", 3776, M),
    F("fuj", 16, "為3775.63公尺", 3775.63, M, note="2002 resurvey"),
    F("fuj", 17, "主峰海拔3776公尺", 3776, M),
    F("fuj", 18, "海拔3,776米", 3776, M),
]
G("fuj_height_m", FUJ, "Height in metres: 3776 (fifteen) against 3,776.24 (two) and the 2002 resurvey's 3775.63 (four)", "Mount Fuji", "height", "undated (3775.63 m is the 2002 resurvey)",
  "3776 rounds 3,776.24 (rounding). The 3775.63 m of the 2002 resurvey is another period: different_basis, with auto's verdict as alt (rounding against 3776, conflict against 3,776.24).",
  ms, OTHER(ms, [i + 1 for i, m in enumerate(ms) if m["value"] == 3775.63]))

ms = [
    F("fuj", 2, "(12290 feet)", 12290, FT),
    F("fuj", 3, "(12,389 feet)", 12389, FT),
    F("fuj", 6, "(12,400 ft.)", 12400, FT),
    F("fuj", 8, "Elevation: 12,388′", 12388, FT),
    F("fuj", 10, "(12,389 ft)", 12389, FT),
    F("fuj", 11, "elevation is 12,3889 ft", 123889, FT, vt="12,3889", step=1, note="as stored"),
    F("fuj", 13, "(12,387.2英尺)", 12387.2, FT, nth=1, note="converts the 2002 resurvey's 3,775.63 m"),
]
G("fuj_height_ft", FUJ, "Height in feet: 12,389 (two) against 12290, 12,388, 12,400, 12,3889 and the resurvey's 12,387.2", "Mount Fuji", "height (feet)", "undated (12,387.2 converts the 2002 resurvey)",
  "12290, 12,388, 12,389 and 12,3889 disagree (conflict); 12,400 rounds 12,389 and 12,388 (rounding) and disagrees with 12290 (conflict). The resurvey's 12,387.2 ft is different_basis with auto's verdict as alt.",
  ms, OTHER(ms, [7]))

ms = [
    F("fuj", 5, "more than 200,000 hikers every year", 200000, P_ := "persons", q="over"),
    F("fuj", 8, "More than 200,000 people climb", 200000, "persons", q="over"),
    F("fuj", 14, "每年约有30万人攀登富士山", 300000, "persons", q="approx"),
    F("fuj", 16, "20萬人次左右", 200000, "persons", q="approx"),
    F("fuj", 18, "每年吸引超過20萬登山客", 200000, "persons", q="over"),
]
G("fuj_climbers", FUJ, "Climbers a year: 'more than 200,000' (three) and '20萬左右' against '约30万'", "Mount Fuji", "climbers a year", "undated (a year)",
  "'About 300,000' and 'about 200,000' disagree (conflict, set explicitly: the kit's half-step ranges only touch at 250,000); the open-ended 'more than 200,000' holds both.",
  ms, P(3, 4, C))

ms = [
    F("fuj", 4, "about 100km away from Tokyo", 100, KM, q="approx"),
    F("fuj", 8, "about 100 kilometers southwest of Tokyo", 100, KM, q="approx"),
    F("fuj", 9, "just about 100 km from", 100, KM, q="approx"),
    F("fuj", 12, "西南方约80公里处", 80, KM, q="approx"),
    F("fuj", 13, "西南方约80公里处", 80, KM, q="approx"),
    F("fuj", 14, "距离东京约100公里", 100, KM, q="approx"),
    F("fuj", 16, "西南方約80公里處", 80, KM, q="approx"),
    F("fuj", 17, "約80公里的位置", 80, KM, q="approx"),
]
G("fuj_tokyo_km", FUJ, "Distance from Tokyo: about 100 km (four) against about 80 km (four)", "Mount Fuji", "distance from Tokyo", "undated",
  "'About 100' and 'about 80' disagree (conflict, set explicitly: the kit would read 'about 100' as 50-150).",
  ms, A(C, [1, 2, 3, 6], [4, 5, 7, 8]))

ms = [
    F("fuj", 1, "fifth station at 2400meters", 2400, M, vt="2400"),
    F("fuj", 1, "fifth station at 2300meters", 2300, M, vt="2300"),
    F("fuj", 4, "the height of about 2400 m", 2400, M, q="approx"),
]
G("fuj_fifth_station", FUJ, "Height of the fifth station: 2400 (two) against 2300 m", "Mount Fuji (fifth station)", "height", "undated",
  "2400 and 2300 disagree (conflict); 'about 2400' (2350-2450) excludes 2300.", ms)

ms = [
    F("fuj", 8, "a 500 m wide", 500, M),
    F("fuj", 14, "直径约800米", 800, M, q="approx"),
]
G("fuj_crater_width", FUJ, "Width of the summit crater: 500 against about 800 m", "Mount Fuji (summit crater)", "diameter", "undated",
  "500 and 'about 800' disagree (conflict).", ms)

ms = [
    F("fuj", 8, "250 m deep", 250, M),
    F("fuj", 14, "火山口深约200米", 200, M, q="approx"),
]
G("fuj_crater_depth", FUJ, "Depth of the summit crater: 250 against about 200 m", "Mount Fuji (summit crater)", "depth", "undated",
  "250 and 'about 200' disagree (conflict, set explicitly: the kit reads 'about 200' as 150-250 and would touch 250).", ms, P(1, 2, C))

ms = [
    F("fuj", 12, "分布着5个淡水湖", 5, CNT),
    F("fuj", 17, "分佈著5個淡水湖", 5, CNT),
]
G("fuj_lakes", FUJ, "Lakes at the foot: 5 (two)", "Mount Fuji (Fuji Five Lakes)", "lakes", "undated", "Same figure (consistent).", ms)

ms = [
    F("fuj", 12, "富士山有4个主要的登山口", 4, CNT),
    F("fuj", 17, "富士山有4個主要的登山口", 4, CNT),
    F("fuj", 18, "四條主要路線", 4, CNT, vt="四", step=1),
    F("fuj", 19, "登山路線主要有4條", 4, CNT),
    F("fuj", 16, "最主要的登山道有四條", 4, CNT, vt="四", step=1),
]
G("fuj_trails", FUJ, "Main climbing routes: 4 (five)", "Mount Fuji", "main climbing routes", "undated", "Same figure (consistent).", ms)

# audit: figures of one quantity on two or more pages that were keyed as singles or not at all
ms = [
    F("fuj", 1, "nearly 5 hours", 5, "hours", q="under", note="from the fifth station at 2400 m to the top"),
    F("fuj", 2, "a grueling four hour climb", 4, "hours", vt="four", step=1, note="from the fifth station to the top"),
    F("fuj", 4, "7 to 8 hours", [7, 8], "hours", vt="7 to 8", step=1, note="to the peak from the 5th station"),
]
G("fuj_climb_hours", FUJ, "Time to climb from the fifth station to the top: 'nearly 5 hours' and four hours against 7 to 8 hours", "Mount Fuji (climb from the fifth station)", "time to the top", "undated",
  "'Nearly 5 hours' (4-5) holds four (consistent); both disagree with 7 to 8 hours (conflict). No page names a route, so the figures are of one quantity as written.", ms)

ms = [
    F("fuj", 8, "Prominence: 12,388′", 12388, FT),
    F("fuj", 13, "(12,387.2英尺)", 12387.2, FT, nth=2, note="prominence; converts 3,775.63 m, the 2002 resurvey's figure"),
]
G("fuj_prominence_ft", FUJ, "Prominence in feet: 12,388 against 12,387.2", "Mount Fuji", "topographic prominence (feet)", "undated (12,387.2 converts the 2002 resurvey)",
  "As in fuj_height_ft: the resurvey's 12,387.2 ft is different_basis, with auto's conflict as alt.", ms, OTHER(ms, [2]))

ms = [
    F("fuj", 8, "Japan’s three sacred mountains", 3, CNT, vt="three", step=1),
    F("fuj", 8, "the 3 Holy Mountains", 3, CNT),
    F("fuj", 16, "日本三名山之一", 3, CNT, vt="三", step=1),
]
G("fuj_holy_mountains", FUJ, "Japan's three holy (famous) mountains: 3 (three)", "Mount Fuji", "mountains in Japan's sacred set", "undated", "Same figure (consistent).", ms)

ms = [
    F("fuj", 1, "6℃ in summer", 6, DEGC, note="'during the daytime'"),
    F("fuj", 16, "攝氏5度左右", 5, DEGC, q="approx", note="the summit in summer"),
]
G("fuj_summit_temp", FUJ, "Temperature at the top in summer: 6 (daytime) against about 5 degrees C", "Mount Fuji (summit)", "temperature in summer", "summer (daytime / unstated)",
  "xperience-japan gives the summer daytime figure (and 'nearly 0' at dawn), wikivoyage an unqualified summer figure: different_basis, with auto's conflict ('about 5' reads 4.5-5.5) as alt.", ms, P(1, 2, (D, C)))

S("fuj", 1, "nearly 0℃ at dawn", value=0, unit=DEGC, q="approx")
S("fuj", 4, "around 80 to 90 days a year", vt="80 to 90", value=[80, 90], unit="days", q="approx")
S("fuj", 4, "around 80 active volcanoes", value=80, unit=CNT, q="approx")
S("fuj", 8, "about 60 miles south-west", value=60, unit=MI, q="approx")
S("fuj", 8, "almost 50 km", value=50, unit=KM, q="under")
S("fuj", 13, "地形突起度3,775.63米", value=3775.63, unit=M, note="prominence")
S("fuj", 14, "持续了约10天", value=10, unit="days", q="approx")
S("fuj", 14, "顶部直径约500米", value=500, unit=M, q="approx")
S("fuj", 16, "海拔3000米以上", value=3000, unit=M, q="over")
NC("fuj", 16, "7月1日到8月26日", "date")
S("fuj", 18, "增加了40%", value=40, unit=PC)
S("fuj", 18, "超過80噸垃圾", value=80, unit="tonne", q="over")
S("fuj", 19, "每人4千日圓", vt="4", value=4000, unit="JPY")
NC("fuj", 3, "in 2013, using", "date")
NC("fuj", 3, "663 AD", "date")
NC("fuj", 4, "The last eruption was in 1707", "date")
NC("fuj", 8, "December 16, 1707", "date")
NC("fuj", 8, "First ascent: 663 AD", "date")
NC("fuj", 8, "in 1707–08", "date")
NC("fuj", 9, "July 31, 781 AD", "date")
NC("fuj", 10, "in 1707–1708", "date")
NC("fuj", 12, "2002年8月", "date")
NC("fuj", 12, "[3]", "footnote_marker")
NC("fuj", 12, "[4]", "footnote_marker")
NC("fuj", 13, "最近喷发1707年", "date")
NC("fuj", 13, "首次登顶663年", "date")
NC("fuj", 13, "35°21′28.8″N 138°43′51.6″E", "coordinate")
NC("fuj", 13, "[3],是日本", "footnote_marker")
NC("fuj", 13, "[4]", "footnote_marker")
NC("fuj", 13, "[1]", "footnote_marker")
NC("fuj", 13, "35.358000°N 138.731000°E", "coordinate")
NC("fuj", 13, "35.358000; 138.731000", "coordinate")
NC("fuj", 13, "2002年8月(平成14年)", "date")
NC("fuj", 1, "in 2013", "date")
NC("fuj", 3, "list in 2013", "date")
NC("fuj", 8, "Between 2000 and 2001", "date")
NC("fuj", 12, "(平成14年)", "date")
NC("fuj", 12, "直至次年6、7月", "date")
NC("fuj", 16, "(平成14年)", "date")
NC("fuj", 18, "每年7月至9月初", "date")
NC("fuj", 19, "通常每年7月至9月", "date")
ms = [  # audit: the trails that start in Shizuoka, a single before
    F("fuj", 12, "其中前三个登山入口都在静冈县内", 3, CNT, vt="三", step=1),
    F("fuj", 17, "其中前三個登山入口都在靜岡縣內", 3, CNT, vt="三", step=1),
    F("fuj", 19, "另外3條位於靜岡縣", 3, CNT),
]
G("fuj_trails_shizuoka", FUJ, "Main climbing routes that start in Shizuoka: 3 (three)", "Mount Fuji", "main climbing routes in Shizuoka", "undated", "Same figure (consistent).", ms)
NC("gsm", 3, "monkey [3]", "footnote_marker")
NC("gsm", 3, "Colobinae. [3]", "footnote_marker")
NC("gsm", 3, "China. [4]", "footnote_marker")
NC("gsm", 3, "sea level. [5]", "footnote_marker")
NC("gsm", 3, "[5] [6] [7]", "footnote_marker")
NC("gsm", 3, "China. [5]", "footnote_marker")
NC("gsm", 3, "primate. [8]", "footnote_marker")
NC("gsm", 3, "habitat loss. [1]", "footnote_marker")
NC("gsm", 13, "ver3.1", "version")
NC("fuj", 13, "活火山[2]", "footnote_marker")
NC("fuj", 13, "N700系", "name")
S("fuj", 8, "active 100,000 - 10,000 years ago", vt="100,000 - 10,000", value=[10000, 100000], unit=YR)
NC("fuj", 14, "发生在1707年", "date")
NC("fuj", 16, "2002年8月", "date")
NC("fuj", 19, "2013年", "date")

# ============================================================ the golden snub-nosed monkey
ms = [
    F("gsm", 3, "range from 8,000 to 15,000", [8000, 15000], CNT, vt="8,000 to 15,000", step=1000),
    F("gsm", 5, "approximately 3,000 golden", 3000, CNT, q="approx"),
    F("gsm", 6, "approximately 22,000-25,000", [22000, 25000], CNT, vt="22,000-25,000", step=1000, q="approx"),
    F("gsm", 10, "约为 25000 只", 25000, CNT, q="approx"),
    F("gsm", 11, "数量约1.5万只", 15000, CNT, q="approx"),
    F("gsm", 13, "野生种群数量22700~26100只", [22700, 26100], CNT, vt="22700~26100", step=100, note="2018"),
    F("gsm", 18, "全球總數約一萬多隻", [10000, 20000], CNT, vt="一萬多", step=10000, note="一萬多 read as 'ten thousand odd'"),
]
G("gsm_pop_total", GSM, "Wild population of the species: 8,000-15,000, about 3,000, about 22,000-25,000, about 25000, 约1.5万, 一萬多 and 22700~26100 (2018)", "golden snub-nosed monkey", "wild population", "undated (one page dates its range to 2018)",
  "The pages say the population grows, and none but zouci dates its figure: every differing pair is different_basis, with auto's verdict as alt (conflict for about 3,000 against the rest, and for the 8,000-15,000 range against the 22,000-26,000 figures).",
  ms, CHANGE(ms))

ms = [
    F("gsm", 2, "to some 1,300 in", 1300, CNT, q="approx"),
    F("gsm", 4, "grown to approximately 1,600", 1600, CNT, q="approx"),
    F("gsm", 15, "2019年为10群、1471只", 1471, CNT, note="2019 survey"),
    F("gsm", 15, "数量1618只", 1618, CNT, note="the fourth survey, after 2019"),
    F("gsm", 16, "增加到现在的1300余只", [1300, 1399], CNT, vt="1300余", step=100, note="2019 data; 余 read as 'odd' (1300-1399)"),
    F("gsm", 17, "增加到了1400多只", [1400, 1499], CNT, vt="1400多", step=100, note="2013; 多 read as 'odd' (1400-1499)"),
]
G("gsm_pop_shennongjia", GSM, "Golden monkeys in Shennongjia: some 1,300, about 1,600, 1471 (2019), 1618, 1300余 (2019), 1400多 (2013)", "golden snub-nosed monkey (Shennongjia)", "population", "various years",
  "Counts of different years or undated: different_basis with auto's verdict as alt. 余 / 多 are read as 'odd' (1300余 = 1300-1399, 1400多 = 1400-1499). zzsj's 2019 survey (1471) and yd166's 2019 figure '1300余' are of the same year and disagree (conflict). zzsj's own 1471 (2019) and 1618 (the fourth survey) are two surveys the page itself tells apart: different_basis (audit).",
  ms, CHANGE(ms), P(3, 5, C), P(3, 4, D))

ms = [
    F("gsm", 4, "fewer than 500 individuals", 500, CNT, q="under", note="the 1980s"),
    F("gsm", 15, "1990年为5群、501只", 501, CNT, note="1990"),
    F("gsm", 16, "之初的500余只", [500, 599], CNT, vt="500余", step=100, note="when the reserve was set up; 余 read as 'odd'"),
    F("gsm", 17, "最少時(shí)的500多只", [500, 599], CNT, vt="500多", step=100, note="at its lowest; 多 read as 'odd'"),
]
G("gsm_pop_shennongjia_low", GSM, "Shennongjia's golden monkeys at their low: 'fewer than 500' (1980s), 501 (1990), 500余 (the reserve's start), 500多 (the lowest)", "golden snub-nosed monkey (Shennongjia)", "population at the low point", "1980s to 1990",
  "Different years: different_basis with auto's verdict as alt; the hedges hold 501 (consistent).", ms, CHANGE(ms))

ms = [
    F("gsm", 1, "nearly 2,000 individuals", 2000, CNT, q="under"),
    F("gsm", 12, "24群1973只", 1973, CNT),
]
G("gsm_pop_zhouzhi", GSM, "Golden monkeys in the Zhouzhi reserve: nearly 2,000 and 1973", "golden snub-nosed monkey (Zhouzhi reserve)", "population", "current",
  "'Nearly 2,000' holds 1973 (consistent).", ms)

ms = [
    F("gsm", 1, "24 separate populations", 24, CNT),
    F("gsm", 12, "增长到如今的24群", 24, CNT),
]
G("gsm_groups_zhouzhi", GSM, "Groups in the Zhouzhi reserve: 24 (two)", "golden snub-nosed monkey (Zhouzhi reserve)", "groups", "current", "Same figure (consistent).", ms)

ms = [
    F("gsm", 8, "种群数近5000只", 5000, CNT, q="under", note="2023"),
    F("gsm", 12, "数量在6000只左右", 6000, CNT, q="approx", note="a 2024 report"),
]
G("gsm_pop_qinling", GSM, "Golden monkeys in the Qinling: nearly 5000 (2023) against about 6000", "golden snub-nosed monkey (Qinling)", "population", "2023 / undated",
  "Different dates: different_basis with conflict as alt.", ms, CHANGE(ms))

ms = [
    F("gsm", 3, "elevations of 1,500–3,400 m", [1500, 3400], M, vt="1,500–3,400", step=100),
    F("gsm", 5, "ranging from 1,500 to 3,400 meters", [1500, 3400], M, vt="1,500 to 3,400", step=100),
    F("gsm", 6, "often exceeding 1,500 meters", 1500, M, q="over"),
    F("gsm", 13, "1000~4100米海拔范围", [1000, 4100], M, vt="1000~4100", step=100),
    F("gsm", 14, "海拔1500~3500米之间", [1500, 3500], M, vt="1500~3500", step=100),
]
G("gsm_elevation_m", GSM, "Altitudes it lives at: 1,500-3,400 m (two), 1000~4100, 1500~3500 and 'exceeding 1,500'", "golden snub-nosed monkey", "altitude range", "undated",
  "Ranges that overlap are consistent by the fresh47 convention; 'exceeding 1,500' holds them all. Audit: these ranges give the span of the habitat, so ranges with different ends (1,500-3,400 against 1000~4100 and 1500~3500; 1000~4100 against 1500~3500) also say different things about its limits: consistent, with conflict as alt.",
  ms, A((K, C), [1, 2], [4, 5]), P(4, 5, (K, C)))

ms = [
    F("gsm", 3, "(4,900–11,200 ft)", [4900, 11200], FT, vt="4,900–11,200", step=100),
    F("gsm", 6, "(4,900 feet)", 4900, FT, q="over", note="converts 'often exceeding 1,500 meters'"),
]
G("gsm_elevation_ft", GSM, "Altitudes in feet: 4,900-11,200 and 'exceeding 4,900'", "golden snub-nosed monkey", "altitude range (feet)", "undated", "They overlap (consistent).", ms)

S("gsm", 1, "remaining above 30", value=30, unit=CNT, q="over")
S("gsm", 1, "over 260 monkeys", value=260, unit=CNT, q="over")
S("gsm", 1, "almost 300 this year", value=300, unit=CNT, q="under")
S("gsm", 3, "some 97% of its time", value=97, unit=PC, q="approx")
S("gsm", 4, "surpass 2,000", value=2000, unit=CNT, q="over")
S("gsm", 5, "up to 100 individuals", value=100, unit=CNT)
S("gsm", 7, "around 100 monkeys", value=100, unit=CNT, q="approx")
S("gsm", 7, "nearly 20 newborns", value=20, unit=CNT, q="under")
S("gsm", 7, "has reached 45", value=45, unit=CNT)
S("gsm", 7, "exceeds 340 individuals", value=340, unit=CNT, q="over")
S("gsm", 8, "头体长48.3~77cm", vt="48.3~77cm", value=[48.3, 77], unit="cm")
S("gsm", 8, "尾长41~77.5cm", vt="41~77.5cm", value=[41, 77.5], unit="cm")
S("gsm", 8, "体重在7.4~19kg", vt="7.4~19kg", value=[7.4, 19], unit="kg")
S("gsm", 8, "超过100只", value=100, unit=CNT, q="over")
S("gsm", 9, "800余只", value=800, unit=CNT, q="over")
S("gsm", 12, "最初的11群1200多只", value=1200, unit=CNT, q="over")
S("gsm", 12, "最初的80余只", value=80, unit=CNT, q="over")
S("gsm", 12, "如今的230余只", value=230, unit=CNT, q="over")
S("gsm", 12, "总面积约6.9万公顷", value=69000, unit="hectare", q="approx")
S("gsm", 13, "长达30厘米", value=30, unit="cm")
S("gsm", 13, "身长57~76厘米", vt="57~76", value=[57, 76], unit="cm")
S("gsm", 13, "尾长51~72厘米", vt="51~72", value=[51, 72], unit="cm")
S("gsm", 13, "体重15~39千克", vt="15~39", value=[15, 39], unit="kg")
S("gsm", 13, "体重6.5~10千克", vt="6.5~10", value=[6.5, 10], unit="kg")
S("gsm", 14, "大约有40多只", value=40, unit=CNT, q="over")
S("gsm", 14, "川金丝猴约有1500只", value=1500, unit=CNT, q="approx", note="Chengdu")
S("gsm", 14, "约有600-800只", vt="600-800", value=[600, 800], unit=CNT, q="approx")
S("gsm", 15, "栖息地164平方公里", value=164, unit="km**2")
S("gsm", 15, "2005年为8群、1282只", value=1282, unit=CNT)
S("gsm", 15, "栖息地189平方公里", value=189, unit="km**2")
S("gsm", 15, "栖息地354平方公里", value=354, unit="km**2")
S("gsm", 15, "栖息地面积401平方公里", value=401, unit="km**2")
S("gsm", 17, "海拔2150米", value=2150, unit=M)
S("gsm", 17, "最大的一個(gè)有140多只", value=140, unit=CNT, q="over")
S("gsm", 17, "最小的一個(gè)有80多只", value=80, unit=CNT, q="over")
NC("gsm", 7, "2025/7/11", "date")
NC("gsm", 2, "in 1990", "date")
NC("gsm", 4, "In the 1980s", "date")
NC("gsm", 4, "in 1991", "date")
NC("gsm", 4, "came in 2005", "date")
NC("gsm", 12, "从2002年起", "date")
NC("gsm", 13, "在2015年被列入", "date")
NC("gsm", 13, "在2021年被列入", "date")
NC("gsm", 14, "8月17日", "date")
NC("gsm", 14, "16日清晨", "date")
NC("gsm", 15, "于1990年、2005年、2019年", "date")
NC("gsm", 15, "6月29日", "date")
NC("gsm", 17, "12月7日", "date")
S("gsm", 15, "金丝猴11个种群", value=11, unit=CNT)
S("gsm", 17, "前行100余米", value=100, unit=M, q="over")
S("gsm", 17, "有近30余只", value=30, unit=CNT, q="over")
S("gsm", 18, "將2隻雌性", value=2, unit=CNT)
S("gsm", 18, "與1隻雄性", value=1, unit=CNT)
NC("gsm", 7, "No. 6", "list_number")
NC("gsm", 8, "根据2023年数据", "date")
NC("gsm", 9, "在2014年开展", "date")
NC("gsm", 10, "2015年11月", "date")
NC("gsm", 13, "2018年时", "date")
NC("gsm", 14, "2021-08-17", "date")
NC("gsm", 16, "据2019年", "date")
NC("gsm", 17, "12月8日", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh48.toml", "corpus-fresh48")
