"""Hand annotation of corpus-fresh52, written as data; emits gold.d/fresh52.toml (then run
corpus/check_gold.py --dir corpus-fresh52 --build).

Three domains: Ha Long Bay (area 1,553 km2 against 1,500; 600 against 580 square miles; the core / World Heritage
zone 334 against 434 km2; islands 1,960-2,000 / 1,969 / about 2,000 against about 3,000, the 'limestone' 1,600 and
'over 3,000' on a basis of their own; distance from Haiphong 164 against 约100 km; `hlb-*`), the Forbidden City
(site 720,000 m2 / 72万 against 约725,000; floor area 15.5万 / 约15万 / 16万; rooms 9,999 / 9999.5 / 九千余 against
the measured 8,707, the figures a page gives as legend on a basis of their own; wall 10 against 12 m; `fbc-*`) and the
West Lake of Hangzhou (lake area 6.38 / 6.39 / 6.5 km2, the pre-expansion 5.64 / 5.66 / 5.8 / 5.2 on a basis of their
own, 6.3 / 6.03 'with the islands' on another; scenic area 49 against 59 km2; mean depth 2.27 against 2.28, 1.55,
约1.5 and 0.8 m; deepest 5 against 2.8 m; volume 1429万 m3 against 8.5-8.7 million; north-south 3.2 against 3.3 km;
`wlk-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a correct rounding, or two of the
same precision that disagree, is conflict; a hedge that holds the other figure is consistent), extended as fresh47-51
do to ranges, and with fresh50/51's hand rule (a coarser plain figure that rounds an 'about' figure it does not hold
is rounding). Values as written: 万/萬 = 1e4, 亿/億 = 1e8.

Second reader's audit (notes/audit.md): aseanrecords' '(600 sq mi)' carries the 'around' of its km2 figure;
vietnamtourism's '1,969 limestone islands' and baoquocte's 'over 1900 limestone islands and islets' moved to the
whole-bay basis; Chinese 1600多 read as '1,600-odd' (conflict with the larger counts, set by hand); the palace wall 10
against 12 m set to conflict by hand; Haiphong's 102 miles and the two causeways made groups; two count singles and
one name non-claim added.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, K, D, R, emit, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, F, S, NC, G, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

_auto = goldkit.auto


def _iv(m):
    v = m["value"]
    if isinstance(v, list):
        w = m["_step"] / 2 if m.get("qualifier") == "approx" else 0.0
        return (min(v) - w, max(v) + w)
    return goldkit._rng(m)


def auto(a, b):
    """goldkit's auto, extended to ranges as fresh47-51 (two intervals that overlap are consistent, otherwise
    conflict), and with fresh50/51's hand rule: a plain figure coarser than an 'about' figure, which the 'about'
    range does not hold but which rounds it, is rounding."""
    if isinstance(a["value"], list) or isinstance(b["value"], list):
        (a0, a1), (b0, b1) = _iv(a), _iv(b)
        eps = 1e-9 * max(abs(a0), abs(a1), abs(b0), abs(b1), 1.0)
        return K if (a0 <= b1 + eps and b0 <= a1 + eps) else C
    v = _auto(a, b)
    qa, qb = a.get("qualifier"), b.get("qualifier")
    if v == K and bool(qa) != bool(qb):
        h, x = (a, b) if qa else (b, a)
        if h.get("qualifier") == "approx":
            h0, h1 = goldkit._rng(h)
            eps = 1e-9 * max(abs(h["value"]), abs(x["value"]), 1.0)
            if not (h0 - eps <= x["value"] <= h1 + eps):
                return R
    return v


goldkit.auto = auto  # G (in goldkit) looks the name up at call time

HLB, FBC, WLK = "ha-long-bay", "forbidden-city", "west-lake"
M, KM, MI, FT = "meter", "km", "mile", "feet"
KM2, MI2, M2, FT2, HA, M3 = "km**2", "mile**2", "meter**2", "foot**2", "hectare", "meter**3"
YR, TIMES, PERS = "years", "times", "persons"


def P(a, b, v):
    """One explicit pair verdict (1-based mention numbers)."""
    return {(min(a, b), max(a, b)): v}


def A(v, xs, ys):
    """Verdict v for every pair between mention numbers xs and ys (1-based)."""
    return {(min(x, y), max(x, y)): v for x in xs for y in ys if x != y}


def OTHER(ms, xs, ys=None):
    """Pairs between mention numbers xs (another basis) and ys (default: every other mention not in xs):
    different_basis, with the verdict `auto` gives as alt when it is conflict or rounding; same values consistent."""
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


# ============================================================ Ha Long Bay
ms = [
    F("hlb", 1, "area of around 1,553 km2", 1553, KM2, q="approx"),
    F("hlb", 2, "total area of 1,553 sq. km", 1553, KM2),
    F("hlb", 4, "area of around 1,553 km and", 1553, KM2, q="approx"),
    F("hlb", 5, "面积为1,500平方千米", 1500, KM2),
    F("hlb", 6, "面积1,500平方公里", 1500, KM2),
    F("hlb", 8, "面積為1,500平方公里", 1500, KM2),
    F("hlb", 10, "水域面积达1500多平方公里", 1500, KM2, q="over"),
    F("hlb", 11, "总面积约为1553平方公里", 1553, KM2, q="approx"),
    F("hlb", 12, "approximately 1,553 km²", 1553, KM2, q="approx"),
    F("hlb", 13, "approximately 1,553 km²", 1553, KM2, q="approx"),
    F("hlb", 15, "Spread across 1500 sq km", 1500, KM2),
    F("hlb", 16, "spans 1,553 square kilometres", 1553, KM2),
    F("hlb", 17, "面积1,500平方公里", 1500, KM2),
]
G("hlb_area_km2", HLB, "Area of the bay in km2: 1,553 seven times against 1,500 five times, 1500多 holding both",
  "Ha Long Bay", "area of the bay", "undated",
  "1,500 (read at the hundred, 1,450-1,550) is not 1,553 rounded (1,553 rounds to 1,600): conflict; 约1553 does not hold 1,500 either (conflict). 1500多 holds 1,553 and 1,500 (consistent). vietnamrealtravel's '1,553 km' (unit as written, missing its square) is read as km2.",
  ms)

ms = [
    F("hlb", 1, "(600 sq mi)", 600, MI2, q="approx"),  # audit: the 'around' of 'around 1,553 km2' carries into the parenthesis
    F("hlb", 3, "area is about 600sq miles", 600, MI2, q="approx"),
    F("hlb", 6, "(580平方哩)", 580, MI2),
    F("hlb", 15, "(589 sq miles)", 589, MI2),
    F("hlb", 17, "(580平方哩)", 580, MI2),
]
G("hlb_area_mi2", HLB, "Area in square miles: 'about 600' twice against quwen5's and vn163's 580 and baoquocte's 589", "Ha Long Bay", "area of the bay, square miles",
  "undated", "'About 600' (aseanrecords' '(600 sq mi)' follows 'around 1,553 km2', so it carries the hedge, as the fresh51 audit keyed trendsmask's parenthesis) holds 580 and 589 (consistent); 580 against 589 (conflict).", ms)

ms = [
    F("hlb", 1, "area of 334 km2", 334, KM2),
    F("hlb", 7, "核心面積為334平方公里", 334, KM2),
    F("hlb", 2, "covers an area of 434 sq. km", 434, KM2),
    F("hlb", 12, "incorporates 434 km²", 434, KM2),
    F("hlb", 13, "incorporates 434 km²", 434, KM2),
    F("hlb", 14, "covers over 430sq.km", 430, KM2, q="over"),
]
G("hlb_core_area_km2", HLB, "The core zone (the World Heritage area) in km2: 334 twice against 434 three times and vietnamtourism's 'over 430'",
  "Ha Long Bay", "area of the core / World Heritage zone", "undated",
  "334 against 434, same precision (conflict). The Wikipedia-derived pages call it 'the core of the bay', the others 'the area designated by UNESCO' / 'this protected site': one zone, holding 775 islets on all five pages. vietnamtourism's 'covers over 430sq.km' (the heritage bay) holds 434, not 334.",
  ms)

ms = [
    F("hlb", 1, "high density of 775 islets", 775, CNT),
    F("hlb", 2, "comprises 775 islands", 775, CNT),
    F("hlb", 7, "擁有775個小島", 775, CNT),
    F("hlb", 12, "434 km² with 775 islets", 775, CNT),
    F("hlb", 13, "434 km² with 775 islets", 775, CNT),
]
G("hlb_core_islets", HLB, "Islets in the core zone: 775 five times", "Ha Long Bay", "islets in the core / World Heritage zone",
  "undated", "The same figure (consistent).", ms)

ms = [
    F("hlb", 1, "including 1,960–2,000 islets", [1960, 2000], CNT, vt="1,960–2,000", step=10),
    F("hlb", 2, "including 1,969 islands", 1969, CNT),
    F("hlb", 3, "has some 2,000 islands", 2000, CNT, q="approx", step=100),
    F("hlb", 6, "包含约3,000个岩石岛屿", 3000, CNT, q="approx", step=100),
    F("hlb", 6, "包括约3,000个岩石岛屿", 3000, CNT, q="approx", step=100),
    F("hlb", 7, "包括1,960~2,000個小島", [1960, 2000], CNT, vt="1,960~2,000", step=10),
    F("hlb", 10, "有大小岛屿1600多个", 1600, CNT, q="over"),
    F("hlb", 12, "with about 2,000 islets", 2000, CNT, q="approx", step=100),
    F("hlb", 13, "with about 2,000 islets", 2000, CNT, q="approx", step=100),
    F("hlb", 4, "some 1,600 limestone", 1600, CNT, q="approx", basis="limestone"),
    F("hlb", 9, "1600多個石灰岩小島", 1600, CNT, q="over", basis="limestone"),
    F("hlb", 12, "over 3,000 limestone", 3000, CNT, q="over", basis="limestone"),
    F("hlb", 13, "some 1,600 limestone", 1600, CNT, q="approx", basis="limestone"),
    F("hlb", 14, "dotted with 1,969 limestone islands", 1969, CNT),  # audit: the whole-bay count, loosely worded
    F("hlb", 15, "over 1900 towering limestone", 1900, CNT, q="over"),  # audit: 'islands and islets': the whole-bay count
    F("hlb", 16, "includes 1,969 islands", 1969, CNT),
    F("hlb", 17, "包含约3,000个岩石岛屿", 3000, CNT, q="approx", step=100),
    F("hlb", 16, "includes some 1,600 islands", 1600, CNT, q="approx", basis="quoted"),
]
G("hlb_islands", HLB, "Islands and islets in the bay: 1,960-2,000 twice, 1,969 three times (vietnamtourism's '1,969 limestone islands' among them), baoquocte's 'over 1900 limestone islands and islets' and about 2,000 three times against quwen5's and vn163's 约3,000 (three times) and yuanlinlvhua's 1600多 (1,600-odd); the counts of 'limestone (monolithic)' islands (some 1,600 twice, 1600多, over 3,000) on a basis of their own; the 1,600 vietnamplus quotes from Newsweek on another",
  "Ha Long Bay", "number of islands and islets", "undated",
  "'About 2,000' is read at the hundred (1,950-2,050) and holds 1,969 and the range (consistent); 约3,000 (2,950-3,050) holds none of them (conflict). 1600多 (大小岛屿, all sizes) is read as '1,600-odd' (1,600-1,699, set by hand): conflict with every other whole-bay figure (audit). vietnamtourism's '1,969 limestone islands' and baoquocte's 'over 1900 limestone islands and islets' are the whole-bay count loosely worded (1,969 is morefun's and vietnamplus' total of limestone and schist islands) and sit on the main basis (audit). Pages that count 'limestone monolithic' islands (some 1,600; 1600多; over 3,000) may count a part (morefun: limestone and schist; the Wikipedia copies give about 2,000 islets and these counts side by side): a basis of their own (different_basis, auto's verdict as alt; taiwan.cn's 1600多 against the larger whole-bay figures (different_basis, conflict) by hand); among themselves some 1,600 and 1600多 against over 3,000 are conflict. vietnamplus' 'some 1,600' is quoted from Newsweek beside its own 1,969: attributed to another source (different_basis, auto's verdict as alt).",
  ms, OTHER(ms, [10, 11, 12, 13]), OTHER(ms, [18]),
  # audit: Chinese 1600多 is '1,600-odd' (1,600-1,699), not open-ended, as earlier corpora read '50多' against '130多'
  A(C, [7], [1, 2, 3, 4, 5, 6, 8, 9, 14, 15, 16, 17]), A((D, C), [7], [12]),
  A((D, C), [11], [1, 2, 3, 4, 5, 6, 8, 9, 14, 15, 16, 17]), A(C, [11], [12]))

ms = [
    F("hlb", 5, "海岸线长 120千米", 120, KM),
    F("hlb", 8, "海岸線長120公里", 120, KM),
    F("hlb", 12, "a 120 km long coastline", 120, KM),
    F("hlb", 13, "a 120 km long coastline", 120, KM),
    F("hlb", 14, "It has 120km of coastline", 120, KM),
]
G("hlb_coastline_km", HLB, "Coastline: 120 km five times", "Ha Long Bay", "length of the coastline", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("hlb", 9, "在河內東面約150公里", 150, KM, q="approx"),
    F("hlb", 11, "河内约150公里", 150, KM, q="approx"),
    F("hlb", 17, "离越南首都河内150公里", 150, KM),
]
G("hlb_from_hanoi_km", HLB, "Distance from Hanoi: 约150 km twice and 150", "Ha Long Bay", "distance from Hanoi, km", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("hlb", 6, "海防东南方164公里", 164, KM),
    F("hlb", 9, "海防以東約100公里", 100, KM, q="approx"),
    F("hlb", 17, "海防东南方164公里", 164, KM),
]
G("hlb_from_haiphong_km", HLB, "Distance from Haiphong: quwen5's and vn163's 164 km against taiwan.cn's 约100", "Ha Long Bay",
  "distance from Haiphong, km", "undated", "约100 does not hold 164 (conflict).", ms)

ms = [
    F("hlb", 12, "delimited by 69 points", 69, CNT),
    F("hlb", 13, "delimited by 69 points", 69, CNT),
]
G("hlb_core_points", HLB, "Points delimiting the core zone: 69 twice", "Ha Long Bay", "points delimiting the core zone",
  "undated", "The same figure (consistent).", ms)

S("hlb", 1, "(129 sq mi)", value=129, unit=MI2)
S("hlb", 2, "989 of which", value=989, unit=CNT)
S("hlb", 2, "There are two kinds", vt="two", value=2, unit=CNT)  # audit
S("hlb", 2, "in two main zones", vt="two", value=2, unit=CNT)  # audit
S("hlb", 2, "between 250 and 280 million years", vt="250 and 280 million", value=[2.5e8, 2.8e8], unit=YR)
S("hlb", 3, "just over 100 miles east", value=100, unit=MI, q="over")
S("hlb", 7, "經歷了5億年的形成", value=5e8, unit=YR)
S("hlb", 7, "歷時2000萬年", value=2e7, unit=YR)
S("hlb", 7, "是14種特有植物", value=14, unit=CNT)
S("hlb", 7, "和60種特有動物", value=60, unit=CNT)
ms = [
    F("hlb", 9, "東、西、南3個小灣", 3, CNT),
    F("hlb", 17, "东、西、南3个小湾", 3, CNT),
]
G("hlb_sub_bays", HLB, "The scenic area's smaller bays: 3 twice", "Ha Long Bay", "number of smaller bays in the scenic area",
  "undated", "Consistent.", ms)
S("hlb", 14, "more than 1,000 species", value=1000, unit=CNT, q="over")
S("hlb", 14, "three consecutive prehistoric cultures", vt="three", value=3, unit=CNT)
S("hlb", 14, "dated back to 18,000 years", value=18000, unit=YR)
S("hlb", 14, "almost 2.2 million tourists", value=2.2e6, unit=PERS, q="under")
NC("hlb", 14, "the first 11 months", "period")
NC("hlb", 15, "30 years ago", "relative_date")
NC("hlb", 15, "December 17, 1994", "date")
NC("hlb", 15, "New 7 Wonders", "rank")
NC("hlb", 16, "the 14th position", "ordinal")
NC("hlb", 16, "Top 100 most", "rank")
S("hlb", 16, "over 1,000 protected places", value=1000, unit=CNT, q="over")
NC("hlb", 16, "in 1994 and 2000", "date")
ms = [
    F("hlb", 6, "(102哩)", 102, MI),
    F("hlb", 17, "(102哩)", 102, MI),
]
G("hlb_from_haiphong_mi", HLB, "Distance from Haiphong in miles: 102 twice (audit: two singles made a group)", "Ha Long Bay",
  "distance from Haiphong, miles", "undated", "The same figure (consistent).", ms)
NC("hlb", 17, "1994年", "date")
NC("hlb", 7, "標準七", "name")
S("hlb", 11, "陆地面积约为150平方公里", value=150, unit=KM2, q="approx")
S("hlb", 11, "水域面积约为383平方公里", value=383, unit=KM2, q="approx")
S("hlb", 11, "平均海拔仅为20-30米", vt="20-30", value=[20, 30], unit=M)
S("hlb", 12, "heights from 50m to 100m", vt="50m to 100m", value=[50, 100], unit=M)
S("hlb", 12, "up to about six", vt="six", value=6, unit=TIMES, q="approx")
S("hlb", 12, "has six enclosed lakes", vt="six", value=6, unit=CNT)
S("hlb", 13, "Its three large chambers", vt="three", value=3, unit=CNT)
S("hlb", 13, "There are two bigger islands", vt="two", value=2, unit=CNT)
NC("hlb", 2, "in 1962", "date")
NC("hlb", 5, "[1]", "footnote_marker")
NC("hlb", 6, "2011年", "date")
NC("hlb", 6, "世界新七大自然奇观", "rank")
NC("hlb", 7, "[2]", "footnote_marker")
NC("hlb", 7, "[3]", "footnote_marker")
NC("hlb", 7, "[4]", "footnote_marker")
NC("hlb", 7, "[5]", "footnote_marker")
NC("hlb", 7, "[6]", "footnote_marker")
NC("hlb", 7, "[7]", "footnote_marker")
NC("hlb", 7, "1994年", "date")
NC("hlb", 9, "去年11月", "date")
NC("hlb", 9, "世界新七大自然奇觀", "rank")
NC("hlb", 10, "于1994年", "date")
NC("hlb", 11, "1994年", "date")
for n in (12, 13):
    q_ = "'" if n == 12 else "′"
    for c in ("E106°56", "E107°37", "N20°43", "N21°09"):
        NC("hlb", n, c + q_, "coordinate")
NC("hlb", 13, "the late 19th century", "ordinal")
NC("hlb", 13, "19th-century French", "ordinal")

# ============================================================ Forbidden City
ms = [
    F("fbc", 1, "it covers 720,000m2", 720000, M2),
    F("fbc", 2, "(720,000 square meters)", 720000, M2),
    F("fbc", 4, "covers 720,000 square metres", 720000, M2),
    F("fbc", 5, "面积约为725,000平方米", 725000, M2, q="approx"),
    F("fbc", 6, "和72万平方米", 720000, M2),
    F("fbc", 6, "占地面积约72万平方米", 720000, M2, q="approx"),
    F("fbc", 7, "佔地面積約72萬平方米", 720000, M2, q="approx"),
    F("fbc", 8, "佔地72萬平方公尺", 720000, M2),
    F("fbc", 13, "佔地面積約72萬平方米", 720000, M2, q="approx"),
]
G("fbc_site_area_m2", FBC, "Site area in m2: 720,000 / 72万 eight times (four of them 'about') against tianqiyubao2's 约725,000",
  "Forbidden City", "area of the site", "undated",
  "约725,000 does not hold 720,000, and 725,000 rounds to 730,000 at the ten-thousand, not to 720,000: conflict with every plain 720,000 (set by hand; the kit's half-step range touches 725,000). 约72万 (715,000-725,000) and 约725,000 touch (consistent).",
  ms, A(C, [4], [1, 2, 3, 5, 8]))

ms = [
    F("fbc", 1, "(7,800,000 sq ft)", 7.8e6, FT2),
    F("fbc", 2, "over 7 million square feet", 7e6, FT2, q="over"),
]
G("fbc_site_area_ft2", FBC, "Site area in square feet: 7,800,000 and 'over 7 million'", "Forbidden City",
  "area of the site, square feet", "undated", "'Over 7 million' holds 7,800,000 (consistent).", ms)

ms = [
    F("fbc", 5, "建筑面积15、5万平方米", 155000, M2, vt="15、5万", step=1000),
    F("fbc", 6, "建筑面积约15万平方米", 150000, M2, q="approx"),
    F("fbc", 7, "建築面積約15萬平方米", 150000, M2, q="approx"),
    F("fbc", 8, "總建築面積達16萬 平方公尺", 160000, M2),
    F("fbc", 13, "建築面積約15萬平方米", 150000, M2, q="approx"),
]
G("fbc_floor_area_m2", FBC, "Floor area in m2: 15、5万 (15.5万, with an enumeration comma for the point), 约15万 three times, and the forum's 16万",
  "Forbidden City", "building floor area", "undated",
  "'15、5万' is read as 155,000 (the 、 stands for a decimal point). 约15万 (145,000-155,000) holds 155,000 (consistent); 16万 is 155,000 rounded (rounding); 约15万 against 16万 is conflict.",
  ms)

ms = [
    F("fbc", 2, "9,999 rooms: The", 9999, CNT),
    F("fbc", 2, "staggering 9,999 rooms", 9999, CNT),
    F("fbc", 3, "& 9999.5 rooms", 9999.5, CNT),
    F("fbc", 4, "8,707 bays of rooms", 8707, CNT),
    F("fbc", 5, "共计8707间", 8707, CNT),
    F("fbc", 6, "有房间8707间", 8707, CNT),
    F("fbc", 7, "房屋九千餘間", 9000, CNT, q="over", vt="九千", step=1000),
    F("fbc", 8, "宮內有房間9,999間", 9999, CNT),
    F("fbc", 11, "总的间数是8707间", 8707, CNT),
    F("fbc", 12, "有房间八千七百零七间", 8707, CNT, vt="八千七百零七", step=1),
    F("fbc", 13, "房屋九千餘間", 9000, CNT, q="over", vt="九千", step=1000),
    F("fbc", 1, "People say there are 9,999 rooms", 9999, CNT, basis="legend"),
    F("fbc", 5, "相传故宫一共有9999、5间", 9999.5, CNT, vt="9999、5", step=0.1, basis="legend"),
    F("fbc", 6, "相传故宫一共有9999.5间", 9999.5, CNT, basis="legend"),
    F("fbc", 11, "九千九百九十九间半", 9999.5, CNT, vt="九千九百九十九间半", step=0.5, basis="legend"),
]
G("fbc_rooms", FBC, "Rooms (间, bays): the measured 8,707 five times against 9,999 three times, 9999.5 and 九千余 twice stated as fact; the 9,999 / 9,999½ a page itself calls legend ('people say', 相传, 只是传说) on a basis of their own",
  "Forbidden City", "number of rooms (bays, 间)", "undated",
  "9,999, 9999.5 and 'over 9,000' stated as the count disagree with 8,707 (conflict); 9,999 against 9999.5 is conflict (set by hand: 9,999½ rounds to 10,000, not to 9,999); 'over 9,000' holds 9,999 and 9999.5 (consistent). Figures the pages give as legend: different_basis, with auto's verdict as alt (9,999 against 9999.5 across the two bases: conflict as alt, as within the stated basis; between the legend's own 9,999 and 9,999½: conflict, set by hand).",
  ms, A(C, [3], [1, 2, 8]), OTHER(ms, [12, 13, 14, 15]), A(K, [12, 13, 14, 15], [7, 11]),
  A((D, C), [13, 14, 15], [1, 2, 8]), A((D, C), [12], [3]), A(C, [12], [13, 14, 15]))

ms = [
    F("fbc", 1, "with 980 buildings", 980, CNT),
    F("fbc", 2, "Over 980 buildings", 980, CNT, q="over"),
    F("fbc", 2, "more than 980 buildings", 980, CNT, q="over"),
    F("fbc", 3, "over 800 buildings", 800, CNT, q="over"),
    F("fbc", 4, "980 surviving buildings", 980, CNT),
    F("fbc", 5, "房屋有980座", 980, CNT),
]
G("fbc_buildings", FBC, "Buildings: 980 three times, 'over 980' twice, 'over 800'", "Forbidden City", "number of buildings",
  "undated", "'Over' figures hold 980 (consistent).", ms)

ms = [
    F("fbc", 3, "961 meters in length", 961, M),
    F("fbc", 5, "南北长961米", 961, M),
]
G("fbc_length_m", FBC, "Length north-south: 961 m twice", "Forbidden City", "length (north-south)", "undated", "Consistent.", ms)
ms = [
    F("fbc", 3, "753 meters in width", 753, M),
    F("fbc", 5, "东西宽753米", 753, M),
]
G("fbc_width_m", FBC, "Width east-west: 753 m twice", "Forbidden City", "width (east-west)", "undated", "Consistent.", ms)
ms = [
    F("fbc", 3, "a 10m high red wall", 10, M),
    F("fbc", 5, "环绕着高12米", 12, M),
]
G("fbc_wall_height_m", FBC, "Height of the palace wall: tobysimkin's 10 m against tianqiyubao2's 12", "Forbidden City",
  "height of the surrounding wall", "undated", "10 against 12: conflict, set by hand (audit). The kit's trailing-zero reading would take the bare 10 at the ten and call 12 a rounding of it, but 10 m is itself the figure many Chinese pages give for the wall (四面围有高10米的城墙), not 12 rounded; must-report either way.", ms, P(1, 2, C))
ms = [
    F("fbc", 3, "more than 90 palace compounds", 90, CNT, q="over"),
    F("fbc", 5, "大小院落90多座", 90, CNT, q="over"),
]
G("fbc_compounds", FBC, "Courtyard compounds: more than 90 twice", "Forbidden City", "number of courtyard compounds",
  "undated", "Consistent.", ms)
ms = [
    F("fbc", 6, "有大小宫殿七十多座", 70, CNT, q="over", vt="七十", step=10),
    F("fbc", 7, "有大小宮殿七十多座", 70, CNT, q="over", vt="七十", step=10),
    F("fbc", 13, "有大小宮殿七十多座", 70, CNT, q="over", vt="七十", step=10),
]
G("fbc_palaces", FBC, "Palaces (宫殿): 七十多 three times", "Forbidden City", "number of palace halls", "undated",
  "Consistent.", ms)
ms = [
    F("fbc", 2, "for 24 Chinese emperors", 24, CNT),
    F("fbc", 8, "共有24個皇", 24, CNT),
]
G("fbc_emperors", FBC, "Emperors who reigned / lived there: 24 twice", "Forbidden City", "number of emperors",
  "1420-1912", "Consistent.", ms)
ms = [
    F("fbc", 1, "for almost 500 years", 500, YR, q="under"),
    F("fbc", 2, "spanning over 500 years", 500, YR, q="over"),
]
G("fbc_years_palace", FBC, "Years as the imperial palace: 'almost 500' and 'over 500'", "Forbidden City",
  "years as the imperial palace / seat of power", "1420-1912",
  "The two hedges meet at 500 (consistent by the kit's ranges; 1420-1912 is 492 years).", ms)
ms = [
    F("fbc", 9, "more than 100 million visitors", 1e8, PERS, q="over"),
    F("fbc", 10, "more than 100 million visitors", 1e8, PERS, q="over"),
]
G("fbc_visitors_since_2012", FBC, "Visitors since January 2012: more than 100 million twice", "Forbidden City",
  "visitors since January 2012", "2012-2018", "Consistent.", ms)
ms = [
    F("fbc", 9, "limited visitors to 80,000 a day", 80000, PERS),
    F("fbc", 10, "a maximum of 80,000 visitors per day", 80000, PERS),
]
G("fbc_daily_cap", FBC, "Daily visitor cap since June 2015: 80,000 twice", "Forbidden City", "daily visitor cap",
  "since June 2015", "Consistent.", ms)
ms = [
    F("fbc", 9, "more than 100,000 or", 100000, PERS, q="over"),
    F("fbc", 10, "more than 100,000 and", 100000, PERS, q="over"),
]
G("fbc_daily_before", FBC, "Daily visitors before the cap: more than 100,000 twice", "Forbidden City",
  "daily visitors before June 2015", "before June 2015", "Consistent.", ms)
ms = [
    F("fbc", 9, "even 180,000 visitors", 180000, PERS),
    F("fbc", 10, "up to 180,000 visitors", 180000, PERS, q="under"),
]
G("fbc_daily_peak_before", FBC, "Peak daily visitors before the cap: 180,000 twice", "Forbidden City",
  "peak daily visitors before June 2015", "before June 2015", "Consistent.", ms)
ms = [
    F("fbc", 9, "record high of 16.7 million", 1.67e7, PERS),
    F("fbc", 10, "record high of 16.7 million", 1.67e7, PERS),
]
G("fbc_visitors_2017", FBC, "Visitors in 2017: 16.7 million twice", "Forbidden City", "visitors in the year", "2017",
  "Consistent.", ms)

ms = [
    F("fbc", 2, "across two dynasties", 2, CNT, vt="two", step=1),
    F("fbc", 6, "中国明清两代", 2, CNT, vt="两", step=1),
    F("fbc", 7, "中國明清兩代", 2, CNT, vt="兩", step=1),
    F("fbc", 8, "明、清兩朝", 2, CNT, vt="兩", step=1),
    F("fbc", 13, "中國明清兩代", 2, CNT, vt="兩", step=1),
]
G("fbc_dynasties", FBC, "Dynasties that used the palace: two (Ming and Qing), five times", "Forbidden City",
  "number of dynasties", "1420-1912", "Consistent.", ms)
S("fbc", 2, "over 8,000 doors", value=8000, unit=CNT, q="over")
S("fbc", 2, "9,000 windows", value=9000, unit=CNT)
S("fbc", 3, "have 10,000 rooms", value=10000, unit=CNT)
S("fbc", 5, "长3400米的宫墙", value=3400, unit=M)
S("fbc", 5, "指四根房柱", vt="四", value=4, unit=CNT)
NC("fbc", 11, "《四库全书》", "name")
S("fbc", 5, "有52米宽", value=52, unit=M)
S("fbc", 6, "占地面积是72公顷", value=72, unit=HA)
S("fbc", 12, "定为一万间", vt="一万", value=10000, unit=CNT)
S("fbc", 12, "一共有1807558件套", value=1807558, unit=CNT)
NC("fbc", 1, "1406 to 1420", "date")
NC("fbc", 2, "in 1987", "date")
NC("fbc", 4, "in 1987 by", "date")
NC("fbc", 4, "from 1406 to 1420", "date")
NC("fbc", 5, "明永乐4年", "date")
NC("fbc", 5, "(1406年)", "date")
NC("fbc", 5, "1420年基本竣工", "date")
NC("fbc", 5, "据1973年", "date")
NC("fbc", 6, "[90]", "footnote_marker")
NC("fbc", 6, "据1973年", "date")
NC("fbc", 6, "以三大殿", "name")
NC("fbc", 7, "以三大殿", "name")
NC("fbc", 13, "以三大殿", "name")
NC("fbc", 8, "九五之尊", "name")
NC("fbc", 9, "since January 2012", "date")
NC("fbc", 9, "since June 2015", "date")
NC("fbc", 9, "in 2017", "date")
NC("fbc", 10, "Jul 23", "date")
NC("fbc", 10, "since January 2012", "date")
NC("fbc", 10, "since June 2015", "date")
NC("fbc", 10, "in 2019", "date")
NC("fbc", 10, "in 2017", "date")

# ============================================================ West Lake
ms = [
    F("wlk", 2, "area of 6.38 square kilometres", 6.38, KM2),
    F("wlk", 3, "area of around 6.5 square kilometers", 6.5, KM2, q="approx"),
    F("wlk", 5, "湖面面积为6.38平方千米", 6.38, KM2),
    F("wlk", 6, "湖泊面积6.39平方千米", 6.39, KM2),
    F("wlk", 7, "扩大为6.5平方公里", 6.5, KM2),
    F("wlk", 8, "面積約6.39平方公里", 6.39, KM2, q="approx"),
    F("wlk", 10, "面積約6.5平方千米", 6.5, KM2, q="approx"),
    F("wlk", 11, "面积约6.5平方千米", 6.5, KM2, q="approx"),
    F("wlk", 12, "水域面积约6.5平方公里", 6.5, KM2, q="approx"),
    F("wlk", 1, "area of 5.64 square kilometers", 5.64, KM2, basis="old"),
    F("wlk", 4, "encompasses 5.8 square kilometres", 5.8, KM2, basis="old"),
    F("wlk", 7, "水面原面积5.66平方公里", 5.66, KM2, basis="old"),
    F("wlk", 9, "水面面積5.2平方公里", 5.2, KM2, basis="old"),
    F("wlk", 4, "occupy 6.3 square kilometres", 6.3, KM2, basis="isl"),
    F("wlk", 7, "包括湖中岛屿为6.3平方公理", 6.3, KM2, basis="isl"),
    F("wlk", 9, "面積6.03平方公里", 6.03, KM2, basis="isl"),
]
G("wlk_area_km2", WLK, "Area of the lake in km2: 6.38 twice, 6.39 and 约6.39, 6.5 and 约6.5 four times (the present lake, after the 2003 westward expansion); the older water-surface figures 5.64, 5.8, 5.66 ('original area') and 5.2 on a basis of their own; 6.3 twice and 6.03 'including the islands' on another",
  "West Lake", "area of the lake (water surface)", "undated / after the expansion",
  "6.38 against 6.39 and 约6.39, and every one of those against 6.5 or 约6.5, is conflict (6.5 is not 6.38 rounded). yktworld says the water surface was 5.66 and is now 6.5 after the 'West Lake goes west' works; 5.64, 5.8 and 5.2 match the old size and are read as undated copies of it (different_basis against the present figures, auto's conflict as alt; among themselves conflict). 6.3 and 6.03 count the islands (tourtravelchina's 'the islands on the lake occupy 6.3' is the same figure garbled): another basis; 6.3 against 6.03 is conflict.",
  ms, OTHER(ms, [10, 11, 12, 13, 14, 15, 16], list(range(1, 10))), OTHER(ms, [14, 15, 16], [10, 11, 12, 13]))

ms = [
    F("wlk", 2, "total area of 59 square kilometres", 59, KM2),
    F("wlk", 5, "西湖景区总面积49平方千米", 49, KM2),
    F("wlk", 6, "杭州西湖总面积49平方千米", 49, KM2),
    F("wlk", 9, "49平方公里園林風景區", 49, KM2),
]
G("wlk_scenic_area_km2", WLK, "The West Lake scenic area: 49 km2 three times against zhangjiajietourguide's 59", "West Lake",
  "area of the scenic area around the lake", "undated", "59 against 49 (conflict).", ms)

ms = [
    F("wlk", 1, "approx. 15 kilometers", 15, KM, q="approx"),
    F("wlk", 3, "is around 15 kilometers", 15, KM, q="approx"),
    F("wlk", 4, "cirumference of 15 kilometres", 15, KM),
    F("wlk", 7, "湖岸周长15公理", 15, KM),
    F("wlk", 8, "繞湖一周近15公里", 15, KM, q="under"),
    F("wlk", 9, "湖岸周長15公里", 15, KM),
    F("wlk", 11, "绕湖一周近15千米", 15, KM, q="under"),
]
G("wlk_perimeter_km", WLK, "Shoreline / perimeter: 15 km seven times (hedged or not)", "West Lake", "perimeter of the lake",
  "undated", "The same figure (consistent). yktworld writes the unit 公理 (for 公里).", ms)

ms = [
    F("wlk", 2, "average depth being 2.27 meters", 2.27, M),
    F("wlk", 3, "is 0.8 meters", 0.8, M),
    F("wlk", 4, "is 1.55 metres", 1.55, M),
    F("wlk", 5, "平均水深2.27米", 2.27, M),
    F("wlk", 6, "平均深度2.28米", 2.28, M),
    F("wlk", 6, "平均水深为2.27米", 2.27, M),
    F("wlk", 7, "水的平均深度在1.5米左右", 1.5, M, q="approx"),
    F("wlk", 8, "平均水深2.27公尺", 2.27, M),
    F("wlk", 9, "水深平均在1.5米上下", 1.5, M, q="approx"),
    F("wlk", 11, "平均水深2.27米", 2.27, M),
    F("wlk", 12, "平均水深1.5米左右", 1.5, M, q="approx"),
]
G("wlk_mean_depth_m", WLK, "Mean depth: 2.27 m six times against haohaolvyou's 2.28 (on the same page as its 2.27), tourtravelchina's 1.55, 约1.5 three times and highlanderimages' 0.8",
  "West Lake", "mean depth of the lake", "undated",
  "2.27 against 2.28, same precision (conflict); 1.55, 约1.5 and 0.8 hold neither 2.27 nor 2.28 (conflict); 约1.5 (1.45-1.55) holds 1.55 (consistent); 0.8 against 1.55 and 约1.5 (conflict).",
  ms)

ms = [
    F("wlk", 2, "the deepest being 5 meters", 5, M),
    F("wlk", 5, "最深约5米", 5, M, q="approx"),
    F("wlk", 6, "最深约5米", 5, M, q="approx"),
    F("wlk", 7, "最泞处有2.8米", 2.8, M),
    F("wlk", 9, "最深處在2.8米左右", 2.8, M, q="approx"),
    F("wlk", 12, "最深处约2.8米", 2.8, M, q="approx"),
]
G("wlk_max_depth_m", WLK, "Greatest depth: 5 m three times against 2.8 three times (yktworld's 最泞处, a slip for 最深处)",
  "West Lake", "greatest depth of the lake", "undated", "5 against 2.8, hedged or not (conflict).", ms)

ms = [
    F("wlk", 5, "最浅不到1米", 1, M, q="under"),
    F("wlk", 6, "最浅不到1米", 1, M, q="under"),
    F("wlk", 7, "最浅处不到1米", 1, M, q="under"),
    F("wlk", 9, "最淺處不到1米", 1, M, q="under"),
]
G("wlk_min_depth_m", WLK, "Shallowest: under 1 m four times", "West Lake", "shallowest depth", "undated", "Consistent.", ms)

ms = [
    F("wlk", 3, "about 14,290,000 cubic meters", 14290000, M3, q="approx"),
    F("wlk", 4, "between 8.5 million and 8.7 million cubic metres", [8.5e6, 8.7e6], M3, vt="8.5 million and 8.7 million", step=1e5),
    F("wlk", 6, "库容量1429万立方米", 14290000, M3),
    F("wlk", 8, "約為1429萬立方公尺", 14290000, M3, q="approx"),
    F("wlk", 11, "约为1429万立方米", 14290000, M3, q="approx"),
    F("wlk", 12, "蓄水量约1400万立方米", 14000000, M3, q="approx"),
]
G("wlk_volume_m3", WLK, "Volume of water: 1429万 / 14,290,000 m3 four times and 约1400万 against tourtravelchina's 8.5-8.7 million",
  "West Lake", "volume of water in the lake", "undated",
  "约1400万 (read at the million, 13.5-14.5 million) holds 14.29 million (consistent); 8.5-8.7 million holds none (conflict).",
  ms)

ms = [
    F("wlk", 4, "3.2 kilometres from north to south", 3.2, KM),
    F("wlk", 7, "南北长3.3公里", 3.3, KM),
    F("wlk", 8, "南北長約3.2公里", 3.2, KM, q="approx"),
    F("wlk", 10, "南北長約3.2千米", 3.2, KM, q="approx"),
    F("wlk", 11, "南北长约3.2千米", 3.2, KM, q="approx"),
]
G("wlk_ns_length_km", WLK, "Length north to south: 3.2 km four times against yktworld's 3.3", "West Lake",
  "length of the lake north to south", "undated", "3.3 against 3.2, hedged or not (conflict).", ms)
ms = [
    F("wlk", 4, "2.8 kilometres from east to west", 2.8, KM),
    F("wlk", 7, "东西宽2.8公里", 2.8, KM),
    F("wlk", 8, "東西寬約2.8公里", 2.8, KM, q="approx"),
    F("wlk", 10, "東西寬約2.8千米", 2.8, KM, q="approx"),
    F("wlk", 11, "东西宽约2.8千米", 2.8, KM, q="approx"),
]
G("wlk_ew_width_km", WLK, "Width east to west: 2.8 km five times", "West Lake", "width of the lake east to west", "undated",
  "Consistent.", ms)
ms = [
    F("wlk", 1, "into five sub-lake regions", 5, CNT, vt="five", step=1),
    F("wlk", 3, "into five areas", 5, CNT, vt="five", step=1),
    F("wlk", 8, "等五片水面", 5, CNT, vt="五", step=1),
    F("wlk", 9, "小南湖五個部分", 5, CNT, vt="五", step=1),
    F("wlk", 10, "等五片水面", 5, CNT, vt="五", step=1),
    F("wlk", 11, "等五片水面", 5, CNT, vt="五", step=1),
    F("wlk", 12, "小南湖5个部分", 5, CNT),
]
G("wlk_sections", WLK, "Sections of the lake: five, seven times", "West Lake", "number of sections the causeways divide the lake into",
  "undated", "Consistent.", ms)

S("wlk", 2, "over 60 cultural relic sites", value=60, unit=CNT, q="over")
S("wlk", 2, "over 100 attractions", value=100, unit=CNT, q="over")
ms = [
    F("wlk", 3, "Three small man-made islands", 3, CNT, vt="Three", step=1),
    F("wlk", 8, "三個人工小島", 3, CNT, vt="三", step=1),
    F("wlk", 10, "三個人工小島", 3, CNT, vt="三", step=1),
    F("wlk", 11, "三个人工小岛", 3, CNT, vt="三", step=1),
    F("wlk", 12, "阮公墩3个小岛", 3, CNT),
]
G("wlk_islets", WLK, "The small (man-made) islands in the lake: three, five times", "West Lake",
  "number of small man-made islands in the lake", "undated",
  "Consistent. (fqmxn's '3个小岛' names the same three: 三潭印月 (Xiaoyingzhou), 湖心亭, 阮公墩.)", ms)
S("wlk", 5, "汇水面积为21.22平方千米", value=21.22, unit=KM2)
S("wlk", 5, "日照时数1800—2100小时", vt="1800—2100", value=[1800, 2100], unit="hours")
S("wlk", 9, "阮公墩四島", vt="四", value=4, unit=CNT)
S("wlk", 9, "主要風景名勝四十多處", vt="四十", value=40, unit=CNT, q="over")
S("wlk", 9, "重點文物古蹟三十多處", vt="三十", value=30, unit=CNT, q="over")
S("wlk", 10, "這兩首詩", vt="兩", value=2, unit=CNT)
S("wlk", 12, "相当于900个标准足球场", value=900, unit=CNT)
S("wlk", 12, "等10多座桥梁", value=10, unit=CNT, q="over")
S("wlk", 12, "超过10万人次", value=100000, unit=PERS, q="over")
S("wlk", 12, "能达到20万人次", value=200000, unit=PERS)
ms = [
    F("wlk", 5, "长桥溪四条溪流", 4, CNT, vt="四", step=1),
    F("wlk", 6, "长桥溪四条溪流", 4, CNT, vt="四", step=1),
]
G("wlk_streams", WLK, "Natural streams feeding the lake: four twice", "West Lake", "number of natural streams feeding the lake",
  "undated", "Consistent.", ms)
NC("wlk", 5, "龙井路1号", "address")
S("wlk", 5, "在100—110千卡", vt="100—110", value=[100, 110], unit="kilocalorie / centimeter ** 2")
ms = [
    F("wlk", 1, "two artificial causeways", 2, CNT, vt="two", step=1),
    F("wlk", 9, "白、蘇二堤", 2, CNT, vt="二", step=1),
]
G("wlk_causeways", WLK, "The two causeways across the lake (Su and Bai): two twice (audit: the English one was unkeyed, the Chinese a single)",
  "West Lake", "number of (historic) causeways across the lake", "undated", "Consistent.", ms)
NC("wlk", 2, "the Ten Scenes and the New Ten Scenes", "name")  # audit
NC("wlk", 8, "中國十大風景名勝", "rank")
NC("wlk", 10, "中國十大風景名勝", "rank")
NC("wlk", 11, "中国十大风景名胜", "rank")
NC("wlk", 5, "[1][2]", "footnote_marker")
NC("wlk", 7, "2、杭州", "list_number")
NC("wlk", 7, "3、水的", "list_number")
NC("wlk", 7, "4、如今", "list_number")
NC("wlk", 7, "300年前", "relative_date")
NC("wlk", 8, "2011年6月24日", "date")
NC("wlk", 8, "「一山、二塔、三島、三堤、五湖」", "name")
NC("wlk", 10, "「一山、三堤、三島、五湖」", "name")
NC("wlk", 11, "“一山、二塔、三岛、三堤、五湖”", "name")
NC("wlk", 3, "\"one hill, two causeways, three islands, and five lakes\"", "name")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh52.toml", "corpus-fresh52")
