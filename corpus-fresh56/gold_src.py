"""Hand annotation of corpus-fresh56, written as data; emits gold.d/fresh56.toml (then run
corpus/check_gold.py --dir corpus-fresh56 --build).

Three domains: the Yarlung Tsangpo Grand Canyon (length 504.6 km against 504.9, 540, 约496 and 496.3; greatest depth
6009 m against 5382; average depth 2268 m; `ytg-*`), Lake Geneva (area 580 / 580.03 against 581 and 582 km2; length
72 against 73, 约75 and c.70 km; depth 310 m and 'other sources' 330; average depth 154.4 against 80 m; feet and square
miles against each other; `lgv-*`) and Mount Olympus (2,917 m against 2,917.727 and 2,919; feet 9,570 / 9,572.60 /
9,577 / 约9,567; distance from Thessaloniki about 80 against about 100 km; `oly-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a correct rounding, or two of the
same precision that disagree, is conflict; a hedge that holds the other figure is consistent), extended as fresh47-55
do to ranges (with fresh54's eps over the finite ends only, so an open 'over' range no longer meets every range), and
with fresh50-55's hand rule (a coarser plain figure that rounds an 'about' figure it does not hold is rounding).
As fresh55: Chinese 多 / 余 figures (DUO) are read as '-odd', a bounded range [v, v + step), not as the kit's open
'over'. Values as written: 万/萬 = 1e4, 亿 = 1e8. Explicit verdicts are set by predicates on the mentions (value,
basis), not by mention numbers.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, K, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import DUO, NC, OTHER, F, G, S, V, auto, basis  # noqa: E402

load(HERE)

goldrules.install()

YTG, LGV, OLY = "yarlung-tsangpo-grand-canyon", "lake-geneva", "mount-olympus"
M, KM, MI, FT = "meter", "km", "mile", "feet"
KM2, MI2, KM3 = "km**2", "mile**2", "km**3"
YR, MIN, TIMES = "years", "minute", "times"


def DIFF_EITHER(ms):
    """Every pair with different values: conflict by hand, consistent as alt ('either')."""
    return {(i + 1, j + 1): (C, K) for i, a in enumerate(ms) for j in range(i + 1, len(ms))
            if ms[j]["value"] != a["value"]}


def EITHER(pa, pb, v=(C, K)):
    """Pairs between a mention with pa and one with pb: the hand verdict v (conflict, consistent as alt)."""
    return V(pa, pb, v)


# ============================================================ the Yarlung Tsangpo Grand Canyon
ms = [
    F("ytg", 1, "the canyon is 504.9 kilometers long", 504.9, KM),
    F("ytg", 3, "Stretching 504.6 km", 504.6, KM),
    F("ytg", 4, "at 504.6 kilometres", 504.6, KM),
    F("ytg", 6, "全长504.6千米", 504.6, KM),
    F("ytg", 7, "长504、6公里", 504.6, KM, vt="504、6", step=0.1),
    F("ytg", 7, "全长504、6千米", 504.6, KM, vt="504、6", step=0.1),
    F("ytg", 8, "长540千米", 540, KM),
    F("ytg", 9, "总长约496公里", 496, KM, q="approx"),
    F("ytg", 10, "长度超过504.6公里", 504.6, KM, q="over"),
    F("ytg", 11, "實際長度為504.6公里", 504.6, KM),
    F("ytg", 12, "全長504.9公里", 504.9, KM),
    F("ytg", 13, "全長504.6千米", 504.6, KM),
    F("ytg", 14, "496.3公里", 496.3, KM),
    F("ytg", 15, "全長504.6公里", 504.6, KM),
    F("ytg", 19, "stretching 505 km", 505, KM),
    F("ytg", 19, "spans 505 km", 505, KM),
    F("ytg", 20, "(505 km) long", 505, KM),
]
G("ytg_length_km", YTG, "Length of the canyon: 504.6 km eight times against 504.9 twice, 540, 约496 and 496.3; yeboo88's 'over 504.6'",
  "Yarlung Tsangpo Grand Canyon", "length of the canyon", "undated",
  "504.6 and 504.9 (both to 0.1 km) disagree: conflict. xiaoyuandeng's 540 is as written (perhaps 504 with digits "
  "swapped): conflict with all but the open 'over 504.6'. 191i's 约496 (the 1994 scientists' 'from Pai to the "
  "border') and mengtong's 496.3 hold each other and disagree with every 504.x figure: conflict. yeboo88's '超过504.6' "
  "holds 504.6, 504.9 and 540 (consistent). kaojiazhao writes '504、6' twice (read as 504.6).", ms)
ms = [
    F("ytg", 2, "stretching 314 miles long", 314, MI),
    F("ytg", 4, "(313.5 mi)", 313.5, MI),
    F("ytg", 17, "at 313.5 miles long", 313.5, MI),
    F("ytg", 18, "at 313.5 miles in length", 313.5, MI),
    F("ytg", 20, "It’s 314 miles", 314, MI),
]
G("ytg_length_mi", YTG, "Length in miles: 314 against 313.5", "Yarlung Tsangpo Grand Canyon", "length of the canyon, miles",
  "undated", "314 is 313.5 rounded: rounding.", ms)
ms = [
    F("ytg", 1, "a maximum depth of 6009 meters", 6009, M),
    F("ytg", 3, "the deepest point being 6,009 meters", 6009, M),
    F("ytg", 4, "the deepest depth reaches 6,009 m", 6009, M),
    F("ytg", 5, "侵蚀下切达5382米", 5382, M),
    F("ytg", 6, "最深处6009米", 6009, M),
    F("ytg", 7, "最深处达6009米", 6009, M),
    F("ytg", 7, "全长504、6千米,最深处6009米", 6009, M),
    F("ytg", 8, "最深处达6009米", 6009, M),
    F("ytg", 9, "最深达5382米", 5382, M),
    F("ytg", 10, "最深处达6009米", 6009, M),
    F("ytg", 11, "谷深6009米", 6009, M),
    F("ytg", 12, "最深為6009米", 6009, M),
    F("ytg", 13, "最深處6009米", 6009, M),
    F("ytg", 14, "侵蝕下切達(dá)5382米", 5382, M),
    F("ytg", 15, "極值深度6009米", 6009, M),
    F("ytg", 16, "deepest point was 5,382 m", 5382, M),
    F("ytg", 19, "plunging 6,096 m", 6096, M),
    F("ytg", 19, "extending 6,009 m", 6009, M),
    F("ytg", 20, "(6,009 m)", 6009, M),
]
G("ytg_maxdepth_m", YTG, "Greatest depth: 6009 m fourteen times against 5382 four times and scimyst's 6,096",
  "Yarlung Tsangpo Grand Canyon", "greatest depth of the canyon", "undated",
  "6009 and 5382 (the 1994 scientists' 'cut down to' figure, 侵蚀下切达 / 最深达) are two figures for the canyon's "
  "greatest depth: conflict. scimyst's 6,096 (beside its own 6,009) against both: conflict.", ms)
ms = [
    F("ytg", 2, "almost 20,000 feet", 20000, FT, q="under"),
    F("ytg", 4, "(19,714 feet)", 19714, FT),
    F("ytg", 16, "(17,657 ft)", 17657, FT),
    F("ytg", 18, "more than 17,490 feet", 17490, FT, q="over"),
    F("ytg", 20, "19,715 feet", 19715, FT),
]
G("ytg_maxdepth_ft", YTG, "Greatest depth in feet: 19,714 against 19,715 and Guinness' 17,657; 'almost 20,000', 'more than 17,490'",
  "Yarlung Tsangpo Grand Canyon", "greatest depth of the canyon, feet", "undated",
  "19,714, 19,715 and 17,657 (all to the foot) disagree: conflict. 'Almost 20,000' (the kit's 'under', read to the "
  "ten thousand) and 'more than 17,490' hold the others: consistent.", ms)
ms = [
    F("ytg", 1, "average depth of 2268 meters", 2268, M),
    F("ytg", 3, "2,268 meters deep on average", 2268, M),
    F("ytg", 4, "about 2,268 m", 2268, M, q="approx"),
    F("ytg", 4, "average depth of about 5,000 m", 5000, M, q="approx", basis="nb"),  # audit: 'around Namcha Barwa'
    F("ytg", 6, "平均深度2268米", 2268, M),
    F("ytg", 7, "平均深度在2268米以上", 2268, M, q="over"),
    F("ytg", 7, "平均深度2268米,是", 2268, M),
    F("ytg", 8, "峡谷平均深度2268米", 2268, M),
    F("ytg", 9, "平均深度5000米以上", 5000, M, q="over", basis="nb"),
    F("ytg", 10, "平均深度超过2000米", 2000, M, q="over"),
    F("ytg", 11, "大峽谷平均深度為2268米", 2268, M),
    F("ytg", 12, "平均深度2268米", 2268, M),
    F("ytg", 13, "平均深度2268米", 2268, M),
    F("ytg", 16, "average depth of 5,000 m", 5000, M, basis="nb"),
    F("ytg", 19, "is 2,270 m", 2270, M),
    F("ytg", 20, "(2,270 m)", 2270, M),
]
G("ytg_avgdepth_m", YTG, "Average depth: 2268 m ten times (once 'above 2268', once 'about'), 'over 2000'; 191i's 'over 5000' from the 1994 cross-sections",
  "Yarlung Tsangpo Grand Canyon", "average depth of the canyon", "undated",
  "2268, 'about 2,268', '2268米以上' and '超过2000' hold each other: consistent. 191i's '平均深度5000米以上' comes from the "
  "1994 scientists' cross-sections taken through Namcha Barwa (以南迦巴瓦峰为基点 ... 各做剖面), the stretch Wikipedia "
  "gives 'about 5,000 m ... around Namcha Barwa' for (that figure is keyed here too, on the same basis): "
  "different_basis, conflict as alt.", ms, OTHER({"nb"}))
ms = [
    F("ytg", 1, "(elevation 2880 meters)", 2880, M),
    F("ytg", 6, "(海拔2880米)", 2880, M),
    F("ytg", 13, "(海拔2880米)", 2880, M),
]
G("ytg_north_end_m", YTG, "Elevation of the north end (Daduka village): 2880 m three times", "Yarlung Tsangpo Grand Canyon",
  "elevation of the canyon's north end (Daduka)", "undated", "Consistent.", ms)
ms = [
    F("ytg", 1, "(elevation 115 meters)", 115, M),
    F("ytg", 6, "(海拔115米)", 115, M),
    F("ytg", 13, "(海拔115米,", 115, M),
]
G("ytg_south_end_m", YTG, "Elevation of the south end (Baxika village): 115 m three times", "Yarlung Tsangpo Grand Canyon",
  "elevation of the canyon's south end (Baxika)", "undated", "Consistent.", ms)
ms = [
    F("ytg", 1, "an average elevation of 3000 meters", 3000, M),
    F("ytg", 5, "平均海拔3000米以上", 3000, M, q="over"),
    F("ytg", 14, "平均海拔3000米以上", 3000, M, q="over"),
]
G("ytg_avg_elev_m", YTG, "Average elevation: 3000 m and 'above 3000' twice", "Yarlung Tsangpo Grand Canyon",
  "average elevation of the canyon", "undated", "Consistent.", ms)
ms = [
    F("ytg", 3, "Namjagbarwa (7,782 meters)", 7782, M),
    F("ytg", 4, "7,782 metres or", 7782, M),
    F("ytg", 4, "Namcha Barwa, 7,782 m", 7782, M),
    F("ytg", 16, "Namche Barwa (7,753 m", 7753, M),
    F("ytg", 19, "Namcha Barwa (7,782 m)", 7782, M),
]
G("ytg_namchabarwa_m", YTG, "Height of Namcha Barwa: 7,782 m four times against Guinness' 7,753", "Namcha Barwa", "height",
  "undated", "7,782 throughout: consistent; 7,753 against 7,782: conflict.", ms)
ms = [
    F("ytg", 4, "or 25,531 feet)", 25531, FT),
    F("ytg", 4, "(25,531 feet) high", 25531, FT),
    F("ytg", 16, "25,436 ft", 25436, FT),
]
G("ytg_namchabarwa_ft", YTG, "Height of Namcha Barwa in feet: 25,531 twice on one page against Guinness' 25,436",
  "Namcha Barwa", "height, feet", "undated", "25,436 against 25,531: conflict.", ms)
ms = [
    F("ytg", 3, "440 km in length", 440, KM),
    F("ytg", 13, "長370千米", 370, KM),
    F("ytg", 14, "(長440公里)", 440, KM),
]
G("ytg_colorado_len_km", YTG, "Length of the Colorado Grand Canyon: 440 km twice against 370", "Colorado Grand Canyon",
  "length", "undated", "440 against 370: conflict.", ms)
ms = [
    F("ytg", 8, "科罗拉多大峡谷长370米", 370, M),
    F("ytg", 9, "(长440米)", 440, M),
]
G("ytg_colorado_len_m", YTG, "Length of the Colorado Grand Canyon written in metres: 370 against 440 m", "Colorado Grand Canyon",
  "length (written in metres)", "undated",
  "As written (both pages mean kilometres): 370 against 440, conflict.", ms)
ms = [
    F("ytg", 8, "最深处2133米", 2133, M),
    F("ytg", 13, "(深2133米", 2133, M),
]
G("ytg_colorado_depth_m", YTG, "Depth of the Colorado Grand Canyon: 2133 m twice", "Colorado Grand Canyon", "depth",
  "undated", "Consistent.", ms)
ms = [
    F("ytg", 3, "3,203 meters deep", 3203, M),
    F("ytg", 8, "最深处3200米", 3200, M),
    F("ytg", 13, "(深3203米", 3203, M),
    F("ytg", 14, "(深3200米左右)", 3200, M, q="approx"),
]
G("ytg_colca_depth_m", YTG, "Depth of the Colca Canyon: 3,203 m twice against 3200 and 'about 3200'", "Colca Canyon",
  "depth", "undated", "3200 is 3,203 rounded: rounding; '3200米左右' holds 3,203: consistent.", ms)
S("ytg", 5, "大峡谷长504.6", value=504.6, unit=KM)  # the excerpt ends after the figure: no unit written
S("ytg", 4, "east for about 1,700 kilometres", value=1700, unit=KM, q="approx")
ms = [
    F("ytg", 4, "(1,100 mi)", 1100, MI, q="approx"),
    F("ytg", 17, "roughly 1,100 miles", 1100, MI, q="approx"),
]
G("ytg_river_east_mi", YTG, "The Yarlung Tsangpo's run east before the gorge: about 1,100 miles twice", "Yarlung Tsangpo",
  "length of the river's eastward run before the gorge, miles", "undated", "Consistent.", ms)
S("ytg", 4, "length of about 240 kilometres", value=240, unit=KM, q="approx")
S("ytg", 4, "(150 mi) as", value=150, unit=MI, q="approx")
S("ytg", 4, "about 2,900 metres", value=2900, unit=M, q="approx")
S("ytg", 4, "(9,500 ft)", value=9500, unit=FT, q="approx")
S("ytg", 4, "about 1,500 metres", value=1500, unit=M, q="approx")
S("ytg", 4, "(4,900 ft)", value=4900, unit=FT, q="approx")
S("ytg", 4, "elevation of 660 metres", value=660, unit=M)
S("ytg", 4, "(2,170 ft)", value=2170, unit=FT)
ms = [
    F("ytg", 4, "(7,440 feet)", 7440, FT, q="approx"),
    F("ytg", 4, "(16,000 feet) around", 16000, FT, q="approx", basis="nb"),  # audit: 'around Namcha Barwa'
    F("ytg", 16, "(16,400 ft)", 16400, FT, basis="nb"),
    F("ytg", 20, "7,440 feet", 7440, FT),
]
G("ytg_avgdepth_ft", YTG, "Average depth in feet: 7,440 twice; Guinness' 16,400 and Wikipedia's 'about 16,000' around Namcha Barwa",
  "Yarlung Tsangpo Grand Canyon", "average depth of the canyon, feet", "undated",
  "7,440 twice: consistent. Guinness' 16,400 ft goes with its 5,000 m, the 1994 figure: different_basis, conflict as "
  "alt (as in ytg_avgdepth_m); so does Wikipedia's '(16,000 feet) around Namcha Barwa', which holds 16,400.", ms,
  OTHER({"nb"}))
S("ytg", 4, "Tsangpo Canyon, 16,000 feet deep", value=16000, unit=FT)
S("ytg", 7, "落差都在30-50米", vt="30-50", value=[30, 50], unit=M)
S("ytg", 13, "長90千米", value=90, unit=KM)
S("ytg", 8, "科尔卡大峡谷长90米", value=90, unit=M)
S("ytg", 9, "还深2000多米", value=2000, unit=M, q="over")
S("ytg", 9, "还要深3000多米", value=3000, unit=M, q="over")
S("ytg", 9, "先后4次", value=4, unit=CNT)
S("ytg", 11, "谷深7057米", value=7057, unit=M)
S("ytg", 11, "核心地段平均深度為2673米", value=2673, unit=M)
S("ytg", 15, "全長100多公里", value=100, unit=KM, q="over")
S("ytg", 7, "四处大瀑布群", vt="四", value=4, unit=CNT)
S("ytg", 8, "九个垂直自然带", vt="九", value=9, unit=CNT)
NC("ytg", 3, "In 1994", "date")
NC("ytg", 3, "In September 1998", "date")
NC("ytg", 5, "1994年", "date")
NC("ytg", 9, "70年代初", "date")
NC("ytg", 9, "1982年到1984年", "date")
NC("ytg", 9, "1994年春天", "date")
NC("ytg", 9, "1:5万", "scale")
NC("ytg", 12, "1998年10月19日", "date")
NC("ytg", 12, "1994年", "date")
NC("ytg", 12, "1. 關於", "list_number")
NC("ytg", 12, "1.雅魯藏布", "list_number")
NC("ytg", 12, "2.雅魯藏布", "list_number")
NC("ytg", 7, "全球第二", "rank")
NC("ytg", 13, "全球第二", "rank")
NC("ytg", 4, "at29°46′11″N94°59′23″E", "coordinates")
NC("ytg", 4, "at29°37′33″N95°03′26″E", "coordinates")
NC("ytg", 4, "[1][a]", "footnote_marker")
NC("ytg", 4, "[1][3]", "footnote_marker")
NC("ytg", 4, "[4][5]", "footnote_marker")

# ============================================================ Lake Geneva
ms = [
    F("lgv", 1, "is 580,03 km²", 580.03, KM2, vt="580,03", step=0.01),
    F("lgv", 2, "area of 580 km²", 580, KM2),
    F("lgv", 3, "580.03 km2", 580.03, KM2),
    F("lgv", 4, "The area is 581 km²", 581, KM2),
    F("lgv", 5, "(580 sq km)", 580, KM2),
    F("lgv", 6, "表面积 582平方公里", 582, KM2),
    F("lgv", 6, "水面积约582平方公里", 582, KM2, q="approx"),
    F("lgv", 8, "approximately 580 square kilometers", 580, KM2, q="approx"),
    F("lgv", 9, "(585 square kilometers)", 585, KM2),
    F("lgv", 11, "约为580平方千米", 580, KM2, q="approx"),
    F("lgv", 12, "面积582平方公里", 582, KM2),
    F("lgv", 14, "面积为581平方千米", 581, KM2),
]
G("lgv_area_km2", LGV, "Area of Lake Geneva: 580.03 km2 twice (pehawert writes '580,03'), 580 twice, 581, 582 and 约582",
  "Lake Geneva", "surface area", "undated",
  "580 is 580.03 (and 581, 582) rounded to ten: rounding. 581 and 582 are not roundings of 580.03 nor of each other: "
  "conflict. 约582 against 580: rounding (the hand rule).", ms)
ms = [
    F("lgv", 3, "(224 sq mi)", 224, MI2),
    F("lgv", 5, "224 sq mi", 224, MI2),
    F("lgv", 7, "约为224平方英里", 224, MI2, q="approx"),
    F("lgv", 8, "(224 square miles)", 224, MI2, q="approx"),
    F("lgv", 9, "225 square miles", 225, MI2),
]
G("lgv_area_mi2", LGV, "Area in square miles: 224 four times (two 'about') against encyclopediahub's 225", "Lake Geneva",
  "surface area, square miles", "undated", "224 throughout: consistent; 225 against 224 and 'about 224': conflict.", ms)
ms = [
    F("lgv", 2, "345 km² in Switzerland", 345, KM2),
    F("lgv", 3, "345.31 km2", 345.31, KM2),
    F("lgv", 4, "347 km² is in Switzerland", 347, KM2),
    F("lgv", 8, "About 345 square kilometers", 345, KM2, q="approx"),
    F("lgv", 10, "345.31 km2", 345.31, KM2),
    F("lgv", 11, "在瑞士境内占362平方千米", 362, KM2),
]
G("lgv_swiss_km2", LGV, "The Swiss part: 345.31 km2, 345, 347 and 362", "Lake Geneva", "area under Switzerland", "undated",
  "345 is 345.31 rounded: rounding; 347 and houhaiwang's 362 are neither's rounding: conflict.", ms)
ms = [
    F("lgv", 2, "235 km² in France", 235, KM2),
    F("lgv", 3, "234.71 km2", 234.71, KM2),
    F("lgv", 8, "235 square kilometers", 235, KM2, q="approx"),
    F("lgv", 10, "234.71 km2", 234.71, KM2),
    F("lgv", 11, "法国境内占217平方千米", 217, KM2),
]
G("lgv_french_km2", LGV, "The French part: 234.71 against 235 km2 and houhaiwang's 217", "Lake Geneva", "area under France",
  "undated", "235 is 234.71 rounded: rounding; 217 against both: conflict.", ms)
ms = [
    F("lgv", 3, "[133.32 sq mi]", 133.32, MI2),
    F("lgv", 5, "About 134 sq. mi.", 134, MI2, q="approx"),
    F("lgv", 7, "在瑞士境内占140平方英里", 140, MI2),
    F("lgv", 8, "(134 square miles", 134, MI2, q="approx"),
    F("lgv", 10, "(133.32 sq mi)", 133.32, MI2),
    F("lgv", 13, "在瑞士境内占140平方英里", 140, MI2),
]
G("lgv_swiss_mi2", LGV, "The Swiss part in square miles: 133.32, about 134 and 140", "Lake Geneva",
  "area under Switzerland, square miles", "undated",
  "'About 134' does not hold 133.32 (which rounds to 133): conflict; 140 against both: conflict.", ms)
ms = [
    F("lgv", 3, "[90.62 sq mi]", 90.62, MI2),
    F("lgv", 5, "and 90 French", 90, MI2, q="approx"),
    F("lgv", 7, "法国境内占84平方英里", 84, MI2),
    F("lgv", 8, "(90 square miles)", 90, MI2, q="approx"),
    F("lgv", 10, "(90.62 sq mi)", 90.62, MI2),
    F("lgv", 13, "法国境内占84平方英里", 84, MI2),
]
G("lgv_french_mi2", LGV, "The French part in square miles: 90.62, about 90 and 84", "Lake Geneva",
  "area under France, square miles", "undated",
  "infoplease's 'About' carries to its '90 French': it holds 90.62 (consistent); 84 against both: conflict.", ms)
ms = [
    F("lgv", 3, "59.53%", 59.53, PC),
    F("lgv", 10, "59.53%", 59.53, PC),
    F("lgv", 6, "湖面的60%", 60, PC),
]
G("lgv_swiss_pc", LGV, "Swiss share of the lake: 59.53% against 60%", "Lake Geneva", "share under Switzerland", "undated",
  "Rounding.", ms)
ms = [
    F("lgv", 3, "40.47%", 40.47, PC),
    F("lgv", 10, "40.47%", 40.47, PC),
    F("lgv", 6, "和40%", 40, PC),
]
G("lgv_french_pc", LGV, "French share of the lake: 40.47% against 40%", "Lake Geneva", "share under France", "undated",
  "Rounding.", ms)
ms = [
    F("lgv", 1, "310 m deep", 310, M),
    F("lgv", 2, "maximum depth of 310 m", 310, M),
    F("lgv", 2, "up to 330 m", 330, M, basis="other"),
    F("lgv", 3, "310 metres", 310, M),
    F("lgv", 4, "greatest depth is 310 m", 310, M),
    F("lgv", 5, "(310 m)", 310, M),
    F("lgv", 6, "最大深度 310米", 310, M),
    F("lgv", 6, "水深310米", 310, M),
    F("lgv", 8, "maximum depth of 310 meters", 310, M),
    F("lgv", 11, "湖水最深处310米", 310, M),
    F("lgv", 12, "最深处达310米", 310, M),
    F("lgv", 13, "湖水最深处超300米", 300, M, q="over", nth=1),
    F("lgv", 13, "湖水最深处超300米。同时", 300, M, q="over"),
    F("lgv", 14, "湖水最深处为310米", 310, M),
]
G("lgv_maxdepth_m", LGV, "Greatest depth: 310 m eleven times, 'over 300' twice; lodime's 'according to other sources up to 330 m'",
  "Lake Geneva", "greatest depth", "undated",
  "310 and 'over 300' throughout: consistent. lodime's 330 is attributed to other sources: different_basis, conflict as alt.", ms,
  OTHER({"other"}))
ms = [
    F("lgv", 3, "(1,020 feet)", 1020, FT),
    F("lgv", 5, "1,017 ft", 1017, FT),
    F("lgv", 7, "最深处1017英尺", 1017, FT),
    F("lgv", 8, "(1,020 feet)", 1020, FT),
]
G("lgv_maxdepth_ft", LGV, "Greatest depth in feet: 1,020 against 1,017 twice", "Lake Geneva", "greatest depth, feet",
  "undated", "1,020 is 1,017 rounded to ten: rounding.", ms)
ms = [
    F("lgv", 3, "154.4 metres", 154.4, M),
    F("lgv", 4, "the average is 80 m", 80, M),
    F("lgv", 6, "平均深度 154.4米", 154.4, M),
    F("lgv", 8, "average depth is 154 meters", 154, M),
    F("lgv", 12, "平均水深150米", 150, M),
    F("lgv", 14, "平均深80米", 80, M),
]
G("lgv_avgdepth_m", LGV, "Average depth: 154.4 m twice, 154 and 150 against 80 twice", "Lake Geneva", "average depth",
  "undated", "154 and 150 round 154.4 (150 also 154): rounding; 80 against all of them: conflict.", ms)
ms = [
    F("lgv", 2, "It is 72 km long", 72, KM),
    F("lgv", 3, "| 73 km", 73, KM),
    F("lgv", 4, "It is 72 km long", 72, KM),
    F("lgv", 5, "(70 km) long", 70, KM, q="approx"),
    F("lgv", 6, "最大长度 73公里", 73, KM),
    F("lgv", 6, "东西长约75公里", 75, KM, q="approx"),
    F("lgv", 8, "maximum length of 73 kilometers", 73, KM),
    F("lgv", 9, "(70 kilometers) long", 70, KM),
    F("lgv", 12, "东西长约75公里", 75, KM, q="approx"),
    F("lgv", 14, "长72千米", 72, KM),
]
G("lgv_length_km", LGV, "Length: 72 km three times, 73 three times, about 75 twice, 70 and c.70", "Lake Geneva", "length", "undated",
  "72 against 73: conflict; 约75 holds neither: conflict (also inside factpedia's page, against its infobox's 73); "
  "infoplease's 'c. 45 mi (70 km)' carries its 'c.' into the brackets and holds 72, 73 and meets 约75: consistent; "
  "encyclopediahub's plain 70 rounds 72 and 73 (and 约75, the hand rule): rounding.", ms)
ms = [
    F("lgv", 3, "(45 mi)", 45, MI),
    F("lgv", 5, "c.45 mi", 45, MI, q="approx"),
    F("lgv", 7, "长46英里", 46, MI),
    F("lgv", 8, "(45 miles)", 45, MI),
    F("lgv", 9, "45 miles (70", 45, MI),
]
G("lgv_length_mi", LGV, "Length in miles: 45, c.45 and 46", "Lake Geneva", "length, miles", "undated",
  "46 against 45 and c.45: conflict.", ms)
ms = [
    F("lgv", 2, "maximum of 14 km wide", 14, KM),
    F("lgv", 3, "| 14 km", 14, KM),
    F("lgv", 4, "maximum of 14 km", 14, KM),
    F("lgv", 6, "最大宽度 14公里", 14, KM),
    F("lgv", 6, "最宽处约14公里", 14, KM, q="approx"),
    F("lgv", 8, "maximum width of 14 kilometers", 14, KM),
    F("lgv", 12, "南北最宽处约14公里", 14, KM, q="approx"),
    F("lgv", 13, "湖面最宽处约14千米", 14, KM, q="approx"),
    F("lgv", 14, "最宽处有13.5千米", 13.5, KM),
]
G("lgv_width_km", LGV, "Greatest width: 14 km eight times (three of them 'about') against shexun's 13.5", "Lake Geneva",
  "greatest width", "undated",
  "14 and 'about 14' hold each other: consistent. 13.5 against plain 14: 13.5 rounds to 14, rounding; 'about 14' holds "
  "13.5: consistent.", ms)
ms = [
    F("lgv", 3, "(8.7 mi)", 8.7, MI),
    F("lgv", 7, "最宽处为8.5英里", 8.5, MI),
    F("lgv", 8, "(8.7 miles)", 8.7, MI),
]
G("lgv_width_mi", LGV, "Greatest width in miles: 8.7 against 8.5", "Lake Geneva", "greatest width, miles", "undated",
  "Conflict.", ms)
ms = [
    F("lgv", 1, "372 m above sea level", 372, M),
    F("lgv", 2, "altitude of 372 m", 372, M),
    F("lgv", 3, "| 372 m", 372, M),
    F("lgv", 6, "表面海拔 372米", 372, M),
    F("lgv", 8, "elevation of 72 meters", 72, M),
    F("lgv", 10, "elevation of 372 m", 372, M),
    F("lgv", 11, "海拔375米", 375, M),
    F("lgv", 13, "海拔约375米", 375, M, q="approx"),
    F("lgv", 14, "海拔高度为372米", 372, M),
]
G("lgv_elev_m", LGV, "Surface elevation: 372 m six times against 375, about 375 and justfunfacts' 72", "Lake Geneva",
  "surface elevation", "undated",
  "372 throughout: consistent; 375 and '约375' against 372: conflict; justfunfacts' 72 (as written) against all: "
  "conflict.", ms)
ms = [
    F("lgv", 3, "(1,220 ft)", 1220, FT),
    F("lgv", 7, "海拔1230英尺", 1230, FT),
    F("lgv", 8, "(1,220 feet)", 1220, FT),
    F("lgv", 10, "(1,220 ft)", 1220, FT),
]
G("lgv_elev_ft", LGV, "Surface elevation in feet: 1,220 against 1230", "Lake Geneva", "surface elevation, feet", "undated",
  "Conflict.", ms)
ms = [
    F("lgv", 2, "89 km³", 89, KM3),
    F("lgv", 3, "89 km3", 89, KM3),
    F("lgv", 6, "89立方公里", 89, KM3),
    F("lgv", 6, "估计为88.9立方公里", 88.9, KM3, q="approx"),
]
G("lgv_volume_km3", LGV, "Volume: 89 km3 three times against factpedia's estimated 88.9", "Lake Geneva", "water volume",
  "undated", "89 is 88.9 rounded: rounding (the hand rule for the hedged '估计为88.9'; also inside factpedia's page).", ms)
ms = [
    F("lgv", 3, "7,975 square kilometres", 7975, KM2),
    F("lgv", 6, "集水面积 7975平方公里", 7975, KM2),
    F("lgv", 6, "流域面积则达7975平方公里", 7975, KM2),
]
G("lgv_catchment_km2", LGV, "Catchment: 7,975 km2 three times", "Lake Geneva", "catchment area", "undated", "Consistent.", ms)
ms = [
    F("lgv", 3, "11.4 years", 11.4, YR),
    F("lgv", 6, "11.4年", 11.4, YR),
]
G("lgv_residence_yr", LGV, "Residence time: 11.4 years twice", "Lake Geneva", "water residence time", "undated",
  "Consistent.", ms)
S("lgv", 3, "(3,079 sq mi)", value=3079, unit=MI2)
ms = [
    F("lgv", 3, "(507 feet)", 507, FT),
    F("lgv", 8, "(507 feet)", 507, FT),
]
G("lgv_avgdepth_ft", LGV, "Average depth in feet: 507 twice", "Lake Geneva", "average depth, feet", "undated", "Consistent.", ms)
S("lgv", 3, "(72,000,000 acre·ft)", value=72000000, unit="acre * foot")
ms = [
    F("lgv", 4, "width averaging 8 km", 8, KM),
    F("lgv", 14, "平均宽度为8千米", 8, KM),
]
G("lgv_avgwidth_km", LGV, "Average width: 8 km twice", "Lake Geneva", "average width", "undated", "Consistent.", ms)
S("lgv", 9, "from 11/2 to 9 miles", vt="11/2 to 9", value=[1.5, 9], unit=MI)  # '11/2' is 1 1/2 with the fraction lost
S("lgv", 9, "(2.4 to 15 kilometers)", vt="2.4 to 15", value=[2.4, 15], unit=KM)
S("lgv", 11, "长74平米", value=74, unit="meter**2")  # as written (平米 = square metres; the length meant)
S("lgv", 12, "每秒将500立升", value=500, unit="liter / second")
S("lgv", 12, "以200公里的时速", value=200, unit="km / hour")
S("lgv", 12, "喷射至140米高空", value=140, unit=M)
NC("lgv", 12, "始建于19世纪末", "date")
NC("lgv", 13, "世界最大高山堰塞湖", "rank")
NC("lgv", 13, "世界上第一大高山堰塞湖", "rank")
NC("lgv", 11, "第37章", "list_number")
NC("lgv", 1, "the second largest lake in Central Europe", "rank")
NC("lgv", 2, "the second largest in Central Europe", "rank")
NC("lgv", 6, "中欧面积第二大", "rank")
NC("lgv", 7, "世界第一大高山堰塞湖", "rank")
NC("lgv", 6, "46°26′N 6°33′E", "coordinates")
NC("lgv", 6, "[1]", "footnote_marker")

# ============================================================ Mount Olympus
ms = [
    F("oly", 1, "rises to 2,917 metres", 2917, M),
    F("oly", 2, "at 2,917 (or", 2917, M),
    F("oly", 2, "2,919, according to new measurements", 2919, M, basis="new", vt="2,919"),
    F("oly", 3, "2,919 metres high", 2919, M),
    F("oly", 4, "| 2,917.727 m", 2917.727, M),
    F("oly", 4, "rises to 2,917.727 metres", 2917.727, M),
    F("oly", 5, "elevation of 2,917 meters", 2917, M),
    F("oly", 6, "rises to 2,917 metres", 2917, M),
    F("oly", 7, "最高峰米蒂卡斯峰海拔2917米", 2917, M),
    F("oly", 7, "海拔高达2917米", 2917, M),
    F("oly", 8, "海拔高度为2,917米", 2917, M),
    F("oly", 8, "海拔高度:2,917米", 2917, M),
    F("oly", 9, "海拔2,917米", 2917, M),
    F("oly", 10, "它高2919米", 2919, M),
    F("oly", 11, "Mount Olympus (2918 meters", 2918, M),
    F("oly", 11, "Mytikas (2919 metres", 2919, M),
    F("oly", 12, "(Mytikas) 2,917 metres", 2917, M),
    F("oly", 13, "(约2918米)", 2918, M, q="approx"),
    F("oly", 14, "Mitikas (2917 m)", 2917, M),
]
G("oly_height_m", OLY, "Height of Mount Olympus (Mytikas): 2,917 m eleven times, 2,917.727 twice, 2,919 three times, 2918 and 约2918; phantis' 'or 2,919, according to new measurements'",
  "Mount Olympus", "height of the highest peak (Mytikas)", "undated",
  "2,919 against 2,917 and 2,917.727: conflict. 2,917 is not 2,917.727 rounded (that is 2,918): conflict; 2918 is: "
  "rounding; 2918 against 2,917 and 2,919: conflict (campinghellas gives 2918 for the mountain and 2919 for Mytikas, "
  "'the highest summit': in-page conflict). cits-sz's '约2918米' (a conversion of its 9,573 ft) holds 2,917.727 but "
  "not 2,917 or 2,919: conflict with those. "
  "phantis gives 2,919 as the figure of new measurements beside its own 2,917: different_basis, conflict as alt.", ms,
  OTHER({"new"}))
ms = [
    F("oly", 1, "(9,570 ft)", 9570, FT),
    F("oly", 3, "(9,577 feet)", 9577, FT),
    F("oly", 4, "(9,572.60 ft)[1]", 9572.60, FT, vt="9,572.60", step=0.01),
    F("oly", 4, "(9,572.60 ft) and", 9572.60, FT, vt="9,572.60", step=0.01),
    F("oly", 5, "(9,570 feet)", 9570, FT),
    F("oly", 6, "(9,570 ft)", 9570, FT),
    F("oly", 8, "(约9,567英尺)", 9567, FT, q="approx"),
    F("oly", 10, "大約9577英尺", 9577, FT, q="approx"),
    F("oly", 11, "9568 feet", 9568, FT),
    F("oly", 13, "高达9,573英尺", 9573, FT),
]
G("oly_height_ft", OLY, "Height in feet: 9,570 three times, 9,572.60 twice, 9,577, about 9,577, about 9,567, 9568 and 9,573",
  "Mount Olympus", "height of the highest peak, feet", "undated",
  "9,570 is 9,572.60 rounded to ten: rounding; 9,577 against 9,570 and 9,572.60: conflict; 约9,567 against 9,570: "
  "rounding (the hand rule), against 9,572.60 and 9,577: conflict; 'about 9577' against 9,570: rounding (the hand "
  "rule), against 9,572.60 and 约9,567: conflict; 9568 and 9,573 against 9,570: rounding; 9,573 against 9,572.60: "
  "rounding; the rest conflict.", ms)
ms = [
    F("oly", 1, "about 80 km", 80, KM, q="approx"),
    F("oly", 3, "about 100 km away", 100, KM, q="approx"),
    F("oly", 4, "about 80 km", 80, KM, q="approx"),
    F("oly", 6, "about 100 kilometres", 100, KM, q="approx"),
    F("oly", 9, "約100千米", 100, KM, q="approx"),
    F("oly", 11, "100 kilometers southwest", 100, KM),
    F("oly", 12, "90 km from Thessaloniki", 90, KM),
]
G("oly_from_thessaloniki_km", OLY, "Distance from Thessaloniki: about 80 km twice against about 100 three times, 100 and 90",
  "Mount Olympus", "distance from Thessaloniki", "undated",
  "Both hedged; the kit reads 'about 100' to the hundred (50-150), which holds 80. The figures disagree as a reader "
  "sees them (80 'southwest from Thessaloniki' against 100 'away from'), perhaps straight line against road: "
  "conflict by hand, consistent as alt ('either'); the same for campinghellas' plain 100 and mountainsgreece's plain "
  "90 against the others (which point of the massif, and straight line or road, the pages do not say).", ms, DIFF_EITHER)
ms = [
    F("oly", 1, "(50 mi) southwest", 50, MI, q="approx"),
    F("oly", 4, "(50 mi) southwest", 50, MI, q="approx"),
    F("oly", 6, "(62 mi)", 62, MI, q="approx"),
]
G("oly_from_thessaloniki_mi", OLY, "The same in miles: about 50 twice against about 62", "Mount Olympus",
  "distance from Thessaloniki, miles", "undated",
  "The 'about' carries into the brackets. As the km figures: conflict by hand, consistent as alt ('either').", ms,
  DIFF_EITHER)
ms = [
    F("oly", 1, "has 52 peaks", 52, CNT),
    F("oly", 3, "has 52 peaks", 52, CNT),
    F("oly", 4, "has 52 peaks", 52, CNT),
    F("oly", 6, "has 52 peaks", 52, CNT),
    F("oly", 9, "由52座山峰組成", 52, CNT),
    F("oly", 11, "has eight peaks", 8, CNT, vt="eight", step=1),
    F("oly", 12, "with its 52 peaks", 52, CNT),
]
G("oly_peaks", OLY, "Peaks: 52 six times against campinghellas' eight", "Mount Olympus", "number of peaks", "undated",
  "52 throughout: consistent; campinghellas' 'eight peaks including the Throne of Zeus and Mytikas' against 52: "
  "conflict (perhaps it counts only the main summits, but the page says 'has eight peaks').", ms)
ms = [
    F("oly", 5, "about 500 square kilometers", 500, KM2, q="approx"),
    F("oly", 7, "面积500平方千米", 500, KM2),
]
G("oly_area_km2", OLY, "Area of the massif: about 500 km2 and 500", "Mount Olympus", "area of the massif", "undated",
  "Consistent.", ms)
S("oly", 5, "(193 square miles)", value=193, unit=MI2, q="approx")
S("oly", 4, "2,353 m", value=2353, unit=M)
S("oly", 4, "(7,720 ft)", value=7720, unit=FT)
S("oly", 7, "周长150千米", value=150, unit=KM)
S("oly", 7, "平均直径26千米", value=26, unit=KM)
S("oly", 7, "2亿年前", vt="2亿", value=2e8, unit=YR)
S("oly", 7, "大约100万年前", vt="100万", value=1e6, unit=YR, q="approx")
S("oly", 9, "首次登頂105年", value=105, unit=YR)
S("oly", 9, "三人第一次", vt="三", value=3, unit="persons")
S("oly", 2, "two refuges", vt="two", value=2, unit=CNT)
S("oly", 2, "about forty five minutes", vt="forty five", value=45, unit=MIN, q="approx")
NC("oly", 4, "2 August 1913", "date")
NC("oly", 9, "1913年8月2日", "date")
NC("oly", 9, "2018年8月2日", "date")
NC("oly", 4, "40°05′08″N 22°21′31″E", "coordinates")
NC("oly", 4, "40.08556°N 22.35861°E", "coordinates")
NC("oly", 2, "the second highest being Stefani", "rank")
NC("oly", 3, "Greece’s second largest city", "rank")
NC("oly", 6, "Greece's second largest city", "rank")
NC("oly", 9, "希臘第二大城", "rank")
NC("oly", 2, "[1])", "footnote_marker")
NC("oly", 3, "peaks.[1]", "footnote_marker")
NC("oly", 3, "feet).[2]", "footnote_marker")
NC("oly", 3, "prominence.[3]", "footnote_marker")
NC("oly", 6, "peaks.[2]", "footnote_marker")
NC("oly", 6, "ft).[3]", "footnote_marker")
NC("oly", 6, "prominence.[1]", "footnote_marker")
NC("oly", 4, "Thessaloniki.[6]", "footnote_marker")
NC("oly", 4, "gorges.[7]", "footnote_marker")
NC("oly", 4, "[1][8][9]", "footnote_marker")
NC("oly", 4, "prominence.[10]", "footnote_marker")

# ---- second batch (ytg-16 to 20, oly-11 to 14)
ms = [
    F("ytg", 9, "还要长出56公里", 56, KM),
    F("ytg", 19, "over 60 km longer", 60, KM, q="over"),
    F("ytg", 20, "(60 km) longer", 60, KM),
]
G("ytg_longer_than_gc_km", YTG, "How much longer than the (Colorado) Grand Canyon: 56 km (191i) against 60 and 'over 60'",
  "Yarlung Tsangpo Grand Canyon", "length minus that of the Colorado Grand Canyon", "undated",
  "56 against 60: rounding by the kit (60 read to the ten, 55-65); 56 against 'over 60': conflict; 'over 60' holds 60: "
  "consistent.", ms)
ms = [
    F("ytg", 16, "more than three times deeper", 3, TIMES, vt="three", step=1, q="over"),
    F("ytg", 18, "about three times deeper", 3, TIMES, vt="three", step=1, q="approx"),
    F("ytg", 19, "three times deeper", 3, TIMES, vt="three", step=1),
    F("ytg", 20, "around three times the depth", 3, TIMES, vt="three", step=1, q="approx"),
]
G("ytg_times_gc_depth", YTG, "Depth against the Grand Canyon's: three times on four pages (once 'more than', twice 'about')",
  "Yarlung Tsangpo Grand Canyon", "ratio of its depth to the Grand Canyon's", "undated", "Consistent.", ms)
ms = [
    F("ytg", 18, "More than 3 million years ago", 3e6, YR, vt="3 million", q="over"),
    F("ytg", 19, "approximately 3 million years ago", 3e6, YR, vt="3 million", q="approx"),
]
G("ytg_age_yr", YTG, "Age: more than / about 3 million years", "Yarlung Tsangpo Grand Canyon", "age of the canyon",
  "undated", "Consistent.", ms)
ms = [
    F("ytg", 16, "Jala Peri (7,282 m", 7282, M),
    F("ytg", 19, "Gyala Peri (7,294 m)", 7294, M),
    F("ytg", 9, "(7234米)", 7234, M),  # audit: 191i's 加拉白叠峰 (= 加拉白垒峰), across the gorge from Namcha Barwa
]
G("ytg_gyalaperi_m", YTG, "Height of Gyala Peri: 7,282 against 7,294 m and 191i's 7234 (加拉白叠峰)", "Gyala Peri", "height",
  "undated", "Three figures to the metre that disagree: conflict. 191i's '与对岸的加拉白叠峰(7234米)' is Gyala Peri (加拉白垒峰), "
  "the peak across the gorge from Namcha Barwa.", ms)
S("ytg", 16, "23,891 ft", value=23891, unit=FT)
S("ytg", 16, "just 21 km", value=21, unit=KM)
S("ytg", 16, "(13 miles) apart", value=13, unit=MI)
S("ytg", 16, "elevation of 2,440 m", value=2440, unit=M)
S("ytg", 16, "(8,000 ft)", value=8000, unit=FT)
S("ytg", 18, "high point of 19,750 feet", value=19750, unit=FT)
S("ytg", 18, "around 13,000 feet", value=13000, unit=FT, q="approx")
S("ytg", 18, "1,800-mile-long river", value=1800, unit=MI)
S("ytg", 19, "elevation (4,000 m)", value=4000, unit=M)
S("ytg", 20, "37 miles (60 km) longer", vt="37", value=37, unit=MI)
NC("ytg", 16, "explorers in 1994", "date")
NC("ytg", 17, "2016-05-13", "date")

ms = [
    F("oly", 10, "其他12位奧林匹亞眾神", 12, CNT),
    F("oly", 13, "十二位神", 12, CNT, vt="十二", step=1),
]
G("oly_gods", OLY, "Gods living on the mountain: twelve, twice", "Mount Olympus", "number of Olympian gods", "undated",
  "Consistent.", ms)
S("oly", 11, "300 feet short", value=300, unit=FT)
S("oly", 11, "two Swiss climbers", vt="two", value=2, unit="persons")
S("oly", 11, "one of two summits", vt="two", value=2, unit=CNT)
S("oly", 12, "altitude of 2,700 meters", value=2700, unit=M)
S("oly", 12, "419 km from Athens", value=419, unit=KM)
S("oly", 13, "约92平方英里", value=92, unit=MI2, q="approx")
S("oly", 13, "(约238平方千米)", value=238, unit=KM2, q="approx")
S("oly", 14, "海拔 2803 米", value=2803, unit=M)
S("oly", 14, "Apostolidis(430米)", value=430, unit=M)
S("oly", 14, "(约600米)", value=600, unit=M, q="approx")
S("oly", 14, "Skolio (2912 m)", value=2912, unit=M)
ms = [
    F("oly", 11, "“Throne of Zeus” (2909 metres)", 2909, M),
    F("oly", 14, "Stephanie (2905 m)", 2905, M),
]
G("oly_stefani_m", OLY, "Height of Stefani (the Throne of Zeus): 2909 against 2905 m", "Stefani (Throne of Zeus)", "height",
  "undated", "campinghellas' 'Throne of Zeus' is the peak Stefani, which rua.gr writes 'Stephanie': 2909 against 2905, "
  "conflict.", ms)
S("oly", 14, "超过1700种植物", value=1700, unit=CNT, q="over")
S("oly", 14, "136种鸟类", value=136, unit=CNT)
S("oly", 14, "三座高度几乎相同的山峰", vt="三", value=3, unit=CNT)
NC("oly", 11, "in 1937", "date")
NC("oly", 11, "until 1913", "date")
NC("oly", 11, "In May 2001", "date")
NC("oly", 13, "于1938年成立", "date")

# ---- third pass: non-claims the uncovered-number listing found
NC("ytg", 5, "世界第一大峡谷雅鲁藏布", "rank")
NC("ytg", 5, "真正的世界第一大峡谷", "rank")
NC("ytg", 7, "不容置疑的世界第一大峡谷", "rank")
NC("ytg", 9, "世界第一深的", "rank")
NC("ytg", 12, "為世界第一大峽谷", "rank")
NC("ytg", 13, "不容置疑的世界第一大峽谷", "rank")
NC("ytg", 15, "八一鎮", "name")
NC("ytg", 4, "29.769742°N 94.989853°E", "coordinates")
NC("ytg", 4, "29.62583°N 95.05722°E", "coordinates")
NC("ytg", 4, "29.769742; 94.989853", "coordinates")  # audit: the decimal repeat after the '/'
NC("ytg", 4, "29.62583; 95.05722", "coordinates")
NC("oly", 8, "二、奥林匹斯山", "list_number")
NC("oly", 8, "三、奥林匹斯山", "list_number")
NC("oly", 4, "[2]", "footnote_marker", nth=1)
NC("oly", 4, "Elferkofel[2]", "footnote_marker")
NC("oly", 4, "[3][4]", "footnote_marker")
NC("oly", 4, "əˈlɪm-/,[5]", "footnote_marker")
NC("oly", 7, "“万神殿”", "name")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh56.toml", "corpus-fresh56")
