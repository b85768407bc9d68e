"""Hand annotation of corpus-fresh55, written as data; emits gold.d/fresh55.toml (then run
corpus/check_gold.py --dir corpus-fresh55 --build).

Three domains: Jiuzhaigou (area 720 against 620 km2, over 72,000 ha against 64,297 and 6万多; lakes 114 / 108 / 118;
the Nuorilang Waterfall 270 m wide against 180, 320, 100 and 'over 300', 24.5 m high against 30 and 20; distance from
Chengdu 300多 against 400多 / 435; `jzg-*`), Mount Kailash (6,638 against 6,656, 6,714 and 6,660 m; feet 21,778 against
22,028; the kora 52 km against 约57, 56 and 51; its pass 5630 / 5600 / 5,500 m; `kls-*`) and Namtso (elevation 4,718 m
against 4740, 4,719, 4722 and 4178; area 1,920 against 1,900, 1,870, 1,940 and 约1961 km2; 730 against 740 sq mi; depth
33 against 45 and 125 m; volume 768亿 against 768e9 m3; `nmc-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a correct rounding, or two of the
same precision that disagree, is conflict; a hedge that holds the other figure is consistent), extended as fresh47-54
do to ranges (with fresh54's eps over the finite ends only, so an open 'over' range no longer meets every range), and
with fresh50-54's hand rule (a coarser plain figure that rounds an 'about' figure it does not hold is rounding).
Local addition: Chinese 多 / 余 figures (DUO) are read as '-odd', a bounded range [v, v + step) (400多 = 400-499), as
the fresh52 and fresh54 audits read them, not as the kit's open 'over'. Values as written: 万/萬 = 1e4, 亿 = 1e8.
Explicit verdicts are set by predicates on the mentions (value, basis), not by mention numbers.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import ANY, ATTR, DUO, NC, OTHER, F, G, S, V, auto, basis, val  # noqa: E402

load(HERE)

goldrules.install()


JZG, KLS, NMC = "jiuzhaigou", "mount-kailash", "namtso"
M, KM, MI, FT = "meter", "km", "mile", "feet"
KM2, MI2, HA, AC, M3 = "km**2", "mile**2", "hectare", "acre", "meter**3"
YR, TIMES, DAYS, HRS = "years", "times", "days", "hours"

# ============================================================ Jiuzhaigou
ms = [
    F("jzg", 3, "about 620 square kilometers", 620, KM2, q="approx"),
    F("jzg", 7, "covers 720 square kilometers", 720, KM2),
    F("jzg", 14, "面积约是720平方千米", 720, KM2, q="approx"),
    F("jzg", 14, "即720平方公里", 720, KM2, q="approx"),  # 即 restates 约是720平方千米: the hedge carried
    F("jzg", 15, "流域面积大约为642.97平方千米", 642.97, KM2, q="approx", basis="reserve"),
    F("jzg", 17, "风景名胜区面积七百二十平方公里", 720, KM2, vt="七百二十", step=10),
    F("jzg", 21, "整個景區面積720平方公里", 720, KM2),
    F("jzg", 22, "總面積約620km²", 620, KM2, q="approx"),
    F("jzg", 23, "總麵積為620平方公裏", 620, KM2),
]
G("jzg_area_km2", JZG, "Area of Jiuzhaigou: 720 km2 five times against 620 three times; wenxuan's 642.97 for the nature reserve's catchment",
  "Jiuzhaigou", "area of the scenic area / valley", "undated",
  "620 and 720 (plain or 'about') disagree: conflict. wenxuan gives 642.97 as the catchment of the national nature "
  "reserve (九寨沟国家级自然保护区 ... 其覆盖的流域面积), a scope of its own: different_basis, conflict as alt. ptt's "
  "garbled '景區面積 62平方公裡' is a single as written.", ms, OTHER({"reserve"}))
ms = [
    F("jzg", 1, "stretches over 72,000 ha", 72000, HA, q="over"),
    F("jzg", 2, "over 72,000 hectares", 72000, HA, q="over"),
    F("jzg", 5, "??64,297 hectares", 64297, HA),
    F("jzg", 6, "over 72,000 hectares", 72000, HA, q="over"),
    DUO("jzg", 16, "总面积6万多公顷", 60000, HA, vt="6万", step=10000),
    F("jzg", 20, "總面積65074.7公頃", 65074.7, HA, basis="reserve"),
]
G("jzg_area_ha", JZG, "Area in hectares: over 72,000 three times against lfasc's 64,297 and 12423's 6万多; the reserve's 65074.7",
  "Jiuzhaigou", "area of the valley, hectares", "undated",
  "'over 72,000' holds neither 64,297 nor 6万多 (60,000-69,999): conflict; 64,297 is inside 6万多: consistent. gdbxyx's "
  "65074.7 is the national nature reserve's area (九寨溝國家級自然保護區 ... 總面積): different_basis, conflict as alt "
  "where the figures disagree.", ms, OTHER({"reserve"}))
ms = [
    F("jzg", 2, "(178,000 acres)", 178000, AC, q="over"),
    F("jzg", 6, "(180,000 acres)", 180000, AC, q="over"),
]
G("jzg_area_acre", JZG, "Area in acres: over 178,000 and over 180,000", "Jiuzhaigou", "area of the valley, acres", "undated",
  "Consistent (the 'over' carries into the brackets; two open ranges meet).", ms)
ms = [
    F("jzg", 17, "外围保护地带六百平方公里", 600, KM2, vt="六百", step=100),
    F("jzg", 21, "週邊保護區600平方公里", 600, KM2),
]
G("jzg_buffer_km2", JZG, "The surrounding protection zone: 600 km2 twice", "Jiuzhaigou", "area of the outer protection zone",
  "undated", "Consistent.", ms)
S("jzg", 21, "緩衝區110平方公里", value=110, unit=KM2)
S("jzg", 24, "景區面積 62平方公裡", value=62, unit=KM2)
S("jzg", 24, "現遊覽區面積50平方公裡", value=50, unit=KM2)
S("jzg", 7, "development area of 140 square kilometers", value=140, unit=KM2)
ms = [
    F("jzg", 4, "There are 114 lakes", 114, CNT),
    F("jzg", 14, "滩108个海子", 108, CNT),
    F("jzg", 16, "一百零八个湖泊", 108, CNT, vt="一百零八", step=1),
    F("jzg", 18, "114高山湖泊", 114, CNT),
    F("jzg", 19, "分布有108个海子", 108, CNT),
    F("jzg", 21, "變成了114個晶瑩的海子", 114, CNT),
    F("jzg", 21, "大小湖泊114個", 114, CNT),
    F("jzg", 23, "分布著118個高山湖泊", 118, CNT),
    F("jzg", 23, "108個海子小者", 108, CNT),
    F("jzg", 24, "三溝一百一十八海", 118, CNT, vt="一百一十八", step=1),
]
G("jzg_lakes", JZG, "Number of lakes (haizi): 114 four times (twice on mjmaa33's page), 108 four times, 118 twice (jingpinshucheng gives 118 and 108)",
  "Jiuzhaigou", "number of lakes", "undated",
  "114, 108 and 118 are exact counts that disagree: conflict, also inside jingpinshucheng's page. mjmaa33's legend "
  "('變成了114個晶瑩的海子') gives the page's own count, repeated in its description.", ms)
ms = [
    F("jzg", 4, "47 springs", 47, CNT),
    F("jzg", 18, "47泉潭", 47, CNT),
]
G("jzg_springs", JZG, "Springs: 47 twice", "Jiuzhaigou", "number of springs", "undated", "Consistent.", ms)
ms = [
    F("jzg", 4, ",17 groups of waterfalls", 17, CNT),
    F("jzg", 18, "17瀑布", 17, CNT),
    F("jzg", 21, "17組瀑布群", 17, CNT),
    F("jzg", 23, "共計有17個瀑布群", 17, CNT),
]
G("jzg_waterfall_groups", JZG, "Groups of waterfalls: 17 four times", "Jiuzhaigou", "number of waterfall groups", "undated",
  "Consistent.", ms)
ms = [
    F("jzg", 4, "11 rapids", 11, CNT),
    F("jzg", 18, "11湍流", 11, CNT),
    F("jzg", 21, "11段激流", 11, CNT),
]
G("jzg_rapids", JZG, "Rapids: 11 three times", "Jiuzhaigou", "number of rapids", "undated", "Consistent.", ms)
ms = [
    F("jzg", 4, "5 tufa shoals", 5, CNT),
    F("jzg", 18, "5滩流", 5, CNT),
    F("jzg", 21, "5處鈣化灘流", 5, CNT),
    F("jzg", 24, "包括五灘", 5, CNT, vt="五", step=1),
]
G("jzg_shoals", JZG, "Tufa shoals: five, four times", "Jiuzhaigou", "number of tufa shoals", "undated", "Consistent.", ms)
S("jzg", 24, "十二瀑,", vt="十二", value=12, unit=CNT)
S("jzg", 24, "十流數十泉", vt="十", value=10, unit=CNT)
NC("jzg", 24, "九 寨十二峰", "name")
ms = [
    F("jzg", 3, "the 9 Tibetan villages", 9, CNT),
    F("jzg", 18, "等9寨", 9, CNT),
    F("jzg", 23, "紮如9個藏族村寨", 9, CNT),
    F("jzg", 24, "因溝內有9個藏族村寨", 9, CNT),
    F("jzg", 2, "the nine Tibetan villages", 9, CNT, vt="nine", step=1),
    F("jzg", 5, "there are nine Tibetan villages", 9, CNT, vt="nine", step=1),
    F("jzg", 7, "its nine Tibetan villages", 9, CNT, vt="nine", step=1),
    F("jzg", 14, "等九个藏族村寨", 9, CNT, vt="九", step=1),
    F("jzg", 16, "以有九个藏族村寨", 9, CNT, vt="九", step=1),
    F("jzg", 19, "沟内原有九个藏族村寨", 9, CNT, vt="九", step=1),
    F("jzg", 21, "等九個古老的藏族村寨", 9, CNT, vt="九", step=1),
    F("jzg", 21, "九個寨子", 9, CNT, vt="九", step=1),
]
G("jzg_villages", JZG, "Tibetan villages: nine, twelve times (digits, words, Chinese numerals)", "Jiuzhaigou", "number of Tibetan villages", "undated",
  "Consistent.", ms)
S("jzg", 18, "8沟谷", value=8, unit=CNT)
NC("jzg", 18, "5A景区", "name")
NC("jzg", 18, "环境绿色环球21", "name")
S("jzg", 4, "with 19 and", vt="19", value=19, unit=CNT)
S("jzg", 4, "and 18 lakes", vt="18", value=18, unit=CNT)
ms = [
    F("jzg", 3, "over 400 kilometers away", 400, KM, q="over"),
    F("jzg", 5, "more than 300 kilometers south", 300, KM, q="over"),
    F("jzg", 7, "some 400 kilometers south", 400, KM, q="approx"),
    DUO("jzg", 14, "南距成都市300多公里", 300, KM),
    DUO("jzg", 19, "距离成都市400多千米", 400, KM),
    DUO("jzg", 20, "距離成都市400多千米", 400, KM),
    F("jzg", 21, "成都435公里", 435, KM),
]
G("jzg_from_chengdu_km", JZG, "Distance from Chengdu: 300多 against 400多 twice, 435 and 'over 400'; 'more than 300' and 'some 400'",
  "Jiuzhaigou", "distance from Chengdu", "undated",
  "300多 (300-399) holds neither 400多, 435 nor 'over 400': conflict. The open 'more than 300' and 'over 400', 'some 400' "
  "(350-450), 400多 and 435 hold each other: consistent.", ms)
ms = [
    F("jzg", 3, "more than 40 kilometers in depth", 40, KM, q="over"),
    F("jzg", 5, "a depth of more than 50 kilometers", 50, KM, q="over"),
    DUO("jzg", 14, "纵深50余千米", 50, KM),
    DUO("jzg", 16, "纵深40多公里", 40, KM),
    DUO("jzg", 23, "縱深40餘公裏", 40, KM),
]
G("jzg_depth_km", JZG, "Depth (length) of the valley: 40多 / 40餘 against 50余 and 'more than 50'", "Jiuzhaigou",
  "depth (length) of the valley (纵深)", "undated",
  "40多 (40-49) holds neither 50余 (50-59) nor 'more than 50': conflict; 'more than 40' holds all.", ms)
ms = [
    DUO("jzg", 16, "总长达60余公里", 60, KM),
    DUO("jzg", 17, "总长五十余公里", 50, KM, vt="五十", step=10),
    F("jzg", 21, "總長55.5公里", 55.5, KM),
    DUO("jzg", 23, "三條主溝總長60多公裏", 60, KM),
    DUO("jzg", 24, "總長50余公裡", 50, KM),
]
G("jzg_gullies_km", JZG, "Total length of the three gullies: 60余 / 60多 against 55.5 and 50余 twice", "Jiuzhaigou",
  "total length of the three main gullies", "undated",
  "60余 / 60多 (60-69) hold neither 55.5 nor 50余 (50-59): conflict; 55.5 is inside 50余: consistent.", ms)
ms = [
    F("jzg", 5, "more than 30 kilometers long", 30, KM, q="over"),
    DUO("jzg", 19, "主沟长30多公里", 30, KM),
]
G("jzg_main_gully_km", JZG, "The main gully: over 30 km twice", "Jiuzhaigou", "length of the main gully", "undated",
  "Consistent.", ms)
S("jzg", 7, "are 14km,", vt="14", value=14, unit=KM)
S("jzg", 7, "17km and", vt="17", value=17, unit=KM)
S("jzg", 7, "18km in length", vt="18", value=18, unit=KM)
S("jzg", 24, "景區,長75公裡", value=75, unit=KM)
S("jzg", 24, "有長75公裡的長海", value=75, unit=KM)
S("jzg", 23, "最大的長達7公裏", value=7, unit=KM)
S("jzg", 23, "能見度達一二十米", vt="一二十", value=[10, 20], unit=M)
ms = [
    F("jzg", 5, "forest coverage rate of more than 80%", 80, PC, q="over"),
    F("jzg", 14, "森林覆盖率超过80%", 80, PC, q="over"),
    F("jzg", 19, "森林面积占42%", 42, PC, basis="area"),
    F("jzg", 20, "森林覆蓋率超過80%", 80, PC, q="over"),
]
G("jzg_forest_pc", JZG, "Forest cover: over 80% three times; news.cn's forest area 42%", "Jiuzhaigou",
  "forest coverage rate", "undated",
  "Consistent among the 'over 80%'. news.cn gives 森林面积占42% (forest area share), a wording of its own: "
  "different_basis, conflict as alt.", ms, OTHER({"area"}))
ms = [
    F("jzg", 3, "approximately 52% of the area", 52, PC, q="approx"),
    F("jzg", 22, "約有52%的面積", 52, PC, q="approx"),
]
G("jzg_primeval_pc", JZG, "Share covered by primeval forest: about 52% twice", "Jiuzhaigou", "share under primeval forest",
  "undated", "Consistent.", ms)
ms = [
    F("jzg", 1, "ranges from 2000 to 4500 m", [2000, 4500], M, vt="2000 to 4500", step=100),
    F("jzg", 4, "Altitude :2,140m (Luveihai, Reed Lake, at the mouth of Jiuzhaigou) to 4,558m", [2140, 4558], M, vt="2,140m (Luveihai, Reed Lake, at the mouth of Jiuzhaigou) to 4,558",
      step=1),
    F("jzg", 6, "ranges from 2,000 to 4,500 metres", [2000, 4500], M, vt="2,000 to 4,500", step=100),
    F("jzg", 21, "海拔在2000米至3000米之間", [2000, 3000], M, vt="2000米至3000", step=1000, basis="b"),
    F("jzg", 22, "海拔在2000米至3106米之間", [2000, 3106], M, vt="2000米至3106", step=1, basis="b"),
]
G("jzg_range_m", JZG, "Elevation range: 2000-4500 m twice against chinatour's 2,140-4,558; 2000-3000 and 2000-3106",
  "Jiuzhaigou", "elevation range of the valley", "undated",
  "4,558 is not a rounding of 4500 (it rounds to 4,600): conflict. 2000-3106 against 2000-3000: the top end 3106 rounds "
  "to 3000: rounding. The 2000-3000 / 2000-3106 spans cannot be the valley's whole range beside its 4,500 m peaks; "
  "they read as the visited valley floor: different_basis, conflict as alt, against the full ranges.", ms,
  V(val([2000, 4500]), val([2140, 4558]), C), V(val([2000, 3000]), val([2000, 3106]), R),
  V(basis("b"), basis("a"), (D, C)))
S("jzg", 6, "(6,600 to 14,800 ft)", vt="6,600 to 14,800", value=[6600, 14800], unit=FT)
ms = [
    F("jzg", 1, "altitude of over 4800 meters", 4800, M, q="over"),
    F("jzg", 5, "southern edge is over 4,500 meters", 4500, M, q="over"),
    F("jzg", 19, "南缘达4500米以上", 4500, M, q="over"),
]
G("jzg_top_m", JZG, "Highest ground: over 4800 m, over 4,500 m twice", "Jiuzhaigou", "elevation of the highest ground",
  "undated", "Consistent (open 'over' figures meet).", ms)
ms = [
    F("jzg", 5, "the peaks and ridges in the central part are all over 4,000 meters", 4000, M, q="over"),
    F("jzg", 19, "中部峰岭均在4000米以上", 4000, M, q="over"),
]
G("jzg_central_m", JZG, "Central ridges: over 4,000 m twice", "Jiuzhaigou", "elevation of the central ridges", "undated",
  "Consistent.", ms)
ms = [
    F("jzg", 5, "only 2,000 meters above sea level", 2000, M),
    F("jzg", 19, "北缘九寨沟口海拔仅2000米", 2000, M),
]
G("jzg_mouth_m", JZG, "The valley mouth: 2,000 m twice", "Jiuzhaigou", "elevation of the valley mouth", "undated",
  "Consistent.", ms)
ms = [
    F("jzg", 16, "九寨沟海拔在2千米以上", 2000, M, q="over", vt="2千", step=1000),
    F("jzg", 19, "海拔在2000米以上", 2000, M, q="over"),
]
G("jzg_over2000_m", JZG, "Altitude over 2,000 m twice", "Jiuzhaigou", "altitude of the valley (lower bound)", "undated",
  "Consistent.", ms)
ms = [
    F("jzg", 4, "drops 1,000m", 1000, M),
    DUO("jzg", 21, "高差達1000餘米", 1000, M),
]
G("jzg_drop_m", JZG, "Fall of the valley from its lake ends to the mouth: 1,000 m and 1000餘", "Jiuzhaigou",
  "height difference from the upper lakes to the valley mouth", "undated", "Consistent (1000餘 holds 1,000).", ms)
ms = [
    F("jzg", 7, "270 in width and 24.5", 270, M, vt="270"),
    F("jzg", 8, "is 180 meter wide", 180, M),
    F("jzg", 9, "is 270 in width", 270, M),
    F("jzg", 10, "It is 320 metres wide", 320, M),
    F("jzg", 11, "the 100-meter-wide falls", 100, M),
    F("jzg", 12, "Spanning 270 meters", 270, M),
    F("jzg", 13, "over 300 meters wide", 300, M, q="over"),
]
G("jzg_nuorilang_width_m", JZG, "Width of the Nuorilang Waterfall: 270 three times against 180, 320, 100 and 'over 300'",
  "Nuorilang Waterfall (Jiuzhaigou)", "width of the waterfall", "undated",
  "270, 180, 320 and 100 disagree: conflict; 'over 300' holds 320 only. igsnrr's and tibet3's '270 in width' carry no "
  "unit, read as metres.", ms)
S("jzg", 9, "300m waterfall", value=300, unit=M)
ms = [
    F("jzg", 7, "24.5 in height", 24.5, M),
    F("jzg", 8, "a drop of 30 meter", 30, M),
    F("jzg", 8, "drops some 30 meter down", 30, M, q="approx"),
    F("jzg", 10, "20 metres high", 20, M),
    F("jzg", 13, "which is 20 meters high", 20, M),
]
G("jzg_nuorilang_height_m", JZG, "Height of the Nuorilang Waterfall: 24.5 against 30 (twice on one page) and 20 twice",
  "Nuorilang Waterfall (Jiuzhaigou)", "height (drop) of the waterfall", "undated",
  "24.5, 30 and 20 disagree; 'some 30' (25-35) holds neither 24.5 nor 20: conflict.", ms)
S("jzg", 13, "cascading 80 feet down", value=80, unit=FT)
S("jzg", 13, "7,700 feet above sea level", value=7700, unit=FT)
ms = [
    F("jzg", 7, "altitude of 2,365 meters", 2365, M),
    F("jzg", 9, "elevation of 2365m", 2365, M),
]
G("jzg_nuorilang_alt_m", JZG, "Altitude of the Nuorilang Waterfall: 2,365 m twice", "Nuorilang Waterfall (Jiuzhaigou)",
  "altitude of the waterfall", "undated", "Consistent.", ms)
ms = [
    F("jzg", 4, "a 310m-wide curtain", 310, M),
    F("jzg", 7, "162.5 meters in width", 162.5, M),
]
G("jzg_pearl_width_m", JZG, "Width of the Pearl Shoal Waterfall: 310 m against 162.5 m", "Pearl Shoal Waterfall (Jiuzhaigou)",
  "width of the waterfall", "undated", "310 against 162.5: conflict.", ms)
ms = [
    F("jzg", 4, "which drops 28m in", 28, M),
    F("jzg", 7, "With a fall of 40 meters", 40, M),
]
G("jzg_pearl_drop_m", JZG, "Drop of the Pearl Shoal Waterfall: 28 m against 40 m", "Pearl Shoal Waterfall (Jiuzhaigou)",
  "drop of the waterfall", "undated",
  "28 against 40: conflict. igsnrr's 'a height of 21 meters' is a second measure on its own page (a single).", ms)
S("jzg", 7, "a height of 21 meters", value=21, unit=M)
S("jzg", 7, "an altitude of 2,433 meters", value=2433, unit=M)
S("jzg", 4, "drops 78m in three steps", value=78, unit=M)
S("jzg", 4, "in three steps", vt="three", value=3, unit=CNT)
S("jzg", 11, "elevation of 3,000 m", value=3000, unit=M)
NC("jzg", 11, "in the 1970s", "date")
ms = [
    F("jzg", 14, "有74种国家保护珍稀植物", 74, CNT),
    F("jzg", 20, "有74種國家保護珍稀植物", 74, CNT),
]
G("jzg_plants", JZG, "Protected rare plant species: 74 twice", "Jiuzhaigou", "number of state-protected rare plant species",
  "undated", "Consistent.", ms)
S("jzg", 14, "有18种国家保护动物", value=18, unit=CNT)
S("jzg", 20, "藤本植物有38種", value=38, unit=CNT)
S("jzg", 20, "陸棲脊椎動物122種", value=122, unit=CNT)
S("jzg", 20, "獸類21種", value=21, unit=CNT)
S("jzg", 20, "鳥類93種", value=93, unit=CNT)
S("jzg", 20, "爬行類4種", value=4, unit=CNT)
S("jzg", 20, "兩棲類4種", value=4, unit=CNT)
S("jzg", 20, "扎如溝四個景點", vt="四", value=4, unit=CNT)
NC("jzg", 1, "Site in 1992", "date")
NC("jzg", 1, "Reserve in 1997", "date")
NC("jzg", 1, "the category V", "rank")
NC("jzg", 6, "Site in 1992", "date")
NC("jzg", 6, "Reserve in 1997", "date")
NC("jzg", 6, "the category V", "rank")
NC("jzg", 19, "1992年被列入", "date")
NC("jzg", 17, "本世纪七十年代", "date")
NC("jzg", 21, "東經103度46分—104度4分", "coordinates")
NC("jzg", 21, "北緯32度51分—33度19分", "coordinates")
NC("jzg", 23, "(如圖8-10)", "list_number")
NC("jzg", 23, "(如圖8-11)", "list_number")
NC("jzg", 23, "圖8-10 九寨溝[10]", "list_number")
NC("jzg", 23, "圖8-11 九寨溝樹正瀑布[11]", "list_number")
NC("jzg", 23, "“天下第一水”", "rank")
NC("jzg", 24, "“五絕”", "name")
NC("jzg", 18, "“六绝”", "name")

# ============================================================ Mount Kailash
ATT = {"attrib"}
ms = [
    F("kls", 1, "a 6714-meter-high peak", 6714, M),
    F("kls", 2, "Mount Kailash (6,638 m)", 6638, M),
    F("kls", 3, "is a 6,638 m", 6638, M),
    F("kls", 4, "Elevation | 6,638 m", 6638, M),
    F("kls", 5, "altitude of 6,714 m", 6714, M),
    F("kls", 10, "the 6,660m peak", 6660, M),
    F("kls", 13, "其海拔6656米", 6656, M),
    F("kls", 14, "海拔6656米", 6656, M),
    F("kls", 15, "山顶高度海拔6714米", 6714, M),
    F("kls", 16, "冈仁波齐海拔6656米", 6656, M),
    F("kls", 18, "海拔6638米。", 6638, M),
    F("kls", 18, "海拔6,638公尺", 6638, M),
    F("kls", 18, "高度有6638", 6638, M, vt="6638", basis="attrib"),
    F("kls", 18, "6650", 6650, M, vt="6650", basis="attrib"),
    F("kls", 18, "、6656、", 6656, M, vt="6656", basis="attrib"),
    F("kls", 18, "6714米等說法", 6714, M, vt="6714", basis="attrib"),
    DUO("kls", 18, "應該是6600多米", 6600, M),
    DUO("kls", 19, "海拔六千六百多米", 6600, M, vt="六千六百", step=100),
    F("kls", 20, "是岡底斯山的主峰,海拔6656米", 6656, M),
    F("kls", 21, "岡仁波齊峰海拔6638米", 6638, M),
]
G("kls_height_m", KLS, "Height of Mount Kailash: 6,638 four times (twice in the Chinese Wikipedia), 6,714 three times, 6,656 four times, tibetsongtsan's 6,660; 6600多 twice; the Chinese Wikipedia's attributed list 6638 / 6650 / 6656 / 6714",
  "Mount Kailash", "height of the summit", "undated",
  "6,638, 6,656 and 6,714 are figures to the metre that disagree: conflict; 6,660 (read at the ten) rounds 6,656: rounding, "
  "but not 6,638 nor 6,714: conflict. 6600多 (6,600-6,699) holds 6,638, 6,656 and 6,660, not 6,714: conflict. The "
  "Chinese Wikipedia lists '6638,6650、6656、6714米等說法' as figures measured by early explorers: attributed to other "
  "sources, so different_basis with auto's verdict as alt, against the pages' own figures and among themselves.", ms,
  ATTR(ATT))
ms = [
    F("kls", 3, "(21,778 ft)", 21778, FT),
    F("kls", 4, "(21,778 ft)", 21778, FT),
    F("kls", 5, "(22,028 ft)", 22028, FT),
    F("kls", 7, "by 21,778' Mount", 21778, FT),
    F("kls", 18, "(21,778英尺)", 21778, FT),
]
G("kls_height_ft", KLS, "Height in feet: 21,778 twice against breviceps' 22,028", "Mount Kailash",
  "height of the summit, feet", "undated", "21,778 against 22,028: conflict.", ms)
ms = [
    F("kls", 4, "Prominence | 1,319 m", 1319, M),
    F("kls", 18, "地形突起度1,319公尺", 1319, M),
]
G("kls_prominence_m", KLS, "Prominence: 1,319 m three times", "Mount Kailash", "topographic prominence", "undated",
  "Consistent.", ms)
ms = [
    F("kls", 4, "(4,327 ft)", 4327, FT),
    F("kls", 18, "(4,327英尺)", 4327, FT),
]
G("kls_prominence_ft", KLS, "Prominence in feet: 4,327 three times", "Mount Kailash", "topographic prominence, feet",
  "undated", "Consistent.", ms)
ms = [
    F("kls", 4, "less than 100 km", 100, KM, q="under"),
    F("kls", 5, "less than 100 km", 100, KM, q="under"),
]
G("kls_trijunction_km", KLS, "Distance from the China-India-Nepal trijunction: under 100 km twice", "Mount Kailash",
  "distance north of the trijunction", "undated", "Consistent.", ms)
ms = [
    F("kls", 4, "(62 miles)", 62, MI, q="under"),
    F("kls", 5, "(62 miles)", 62, MI, q="under"),
]
G("kls_trijunction_mi", KLS, "The same in miles: under 62 twice", "Mount Kailash", "distance north of the trijunction, miles",
  "undated", "Consistent.", ms)
ms = [
    F("kls", 6, "is 52 kilometres in circumference", 52, KM),
    F("kls", 8, "just over 50 kilometres long", 50, KM, q="over"),
    F("kls", 9, "the 52 KM circuit", 52, KM),
    F("kls", 10, "the 52km kora", 52, KM),
    F("kls", 15, "环绕一周长约57公里", 57, KM, q="approx"),
    F("kls", 17, "全程56公里", 56, KM),
    F("kls", 19, "外圍共56KM", 56, KM),
    F("kls", 20, "轉山一圈距離為51公里", 51, KM),
]
G("kls_kora_km", KLS, "Length of the outer kora: 52 km three times against 约57, 56 twice and 51; 'just over 50'",
  "Mount Kailash", "length of the circumambulation path (outer kora)", "undated",
  "52, 56, 51 and 'about 57' (56.5-57.5) disagree: conflict; 'just over 50' holds them all.", ms)
S("kls", 7, "a thirty-two mile-long path", vt="thirty-two", value=32, unit=MI)
S("kls", 17, "下午到止热寺 , 22公里", value=22, unit=KM)
S("kls", 17, "一共34公里", value=34, unit=KM)
ms = [
    F("kls", 9, "a 5630m pass", 5630, M),
    F("kls", 11, "as high a 5,500 m", 5500, M),
    F("kls", 15, "最高处海拔5600米", 5600, M),
]
G("kls_pass_m", KLS, "Highest point of the kora (the Drolma pass): 5630, 5,500 and 5600 m", "Mount Kailash",
  "altitude of the highest pass on the kora", "undated",
  "5600 rounds 5630: rounding; 5,500 is a rounding of neither (5630 rounds to 5,600): conflict with both.", ms)
ms = [
    F("kls", 7, "the 18,200' Drölma Pass", 18200, FT),
    F("kls", 11, "/18,200 ft", 18200, FT),
]
G("kls_pass_ft", KLS, "The pass in feet: 18,200 twice", "Mount Kailash", "altitude of the highest pass, feet", "undated",
  "Consistent.", ms)
ms = [
    F("kls", 11, "Starting at 4,600 m", 4600, M),
    DUO("kls", 15, "最低处海拔4000多米", 4000, M),
]
G("kls_kora_low_m", KLS, "Lowest point of the kora: 4,600 m and 4000多", "Mount Kailash", "altitude of the kora's lowest point",
  "undated", "Consistent (4000多 = 4,000-4,999 holds 4,600).", ms)
S("kls", 11, "/15,000 ft", value=15000, unit=FT)
ms = [
    F("kls", 1, "average altitude of over 4500 meters", 4500, M, q="over"),
    F("kls", 21, "平均海拔超過4500米", 4500, M, q="over"),
]
G("kls_ngari_m", KLS, "Average altitude of the Ngari region: over 4,500 m twice", "Ngari (Mount Kailash's region)",
  "average altitude of the region", "undated", "Consistent.", ms)
ms = [
    F("kls", 6, "some 1200km to the east", 1200, KM, q="approx"),
    F("kls", 12, "1,600 km from Lhasa", 1600, KM),
    F("kls", 16, "与拉萨的直线距离高达1000公里", 1000, KM, basis="straight"),
]
G("kls_from_lhasa_km", KLS, "Distance from Lhasa: some 1200 km against 1,600 km; 517xz's straight-line 1000 km", "Mount Kailash",
  "distance from Lhasa", "undated",
  "'some 1200' (1150-1250) against 1,600: conflict. 517xz gives the straight-line distance (直线距离): different_basis, "
  "with auto's verdict as alt.", ms, OTHER({"straight"}))
S("kls", 12, "about 1,000 km from Zhangmou", value=1000, unit=KM, q="approx")
ms = [
    F("kls", 12, "the mountain 13 times", 13, TIMES),
    F("kls", 19, "等於十三圈", 13, TIMES, vt="十三", step=1),
]
G("kls_horse_year", KLS, "One circuit in the Horse year counts as 13: twice", "Mount Kailash",
  "circuits one Horse-year kora equals", "undated", "Consistent.", ms)
S("kls", 19, "轉十圈", vt="十", value=10, unit=TIMES)
S("kls", 19, "免五百世輪迴之苦", vt="五百", value=500, unit=CNT)
S("kls", 19, "轉山一百圈", vt="一百", value=100, unit=TIMES)
S("kls", 9, "108 circuits", value=108, unit=TIMES)
S("kls", 15, "分布着28条现代冰川", value=28, unit=CNT)
S("kls", 15, "海拔6000米以上冰雪覆盖", value=6000, unit=M, q="over")
S("kls", 16, "东西绵亘长度大于1500千米", value=1500, unit=KM, q="over")
S("kls", 14, "经过10小时", vt="10", value=10, unit=HRS)
S("kls", 14, "行程600公里", vt="600", value=600, unit=KM)
S("kls", 6, "it took us 2½ days", vt="2½", value=2.5, unit=DAYS)
S("kls", 6, "an unbelievable 4 weeks", value=4, unit="weeks")
S("kls", 7, "at least ten people died", vt="ten", value=10, unit=CNT, q="at_least")
S("kls", 7, "take two or three days", vt="two or three", value=[2, 3], unit=DAYS)
S("kls", 7, "in two and a half days", vt="two and a half", value=2.5, unit=DAYS)
S("kls", 8, "allow three days or more", vt="three", value=3, unit=DAYS, q="at_least")
S("kls", 9, "the circuit in three days", vt="three", value=3, unit=DAYS)
S("kls", 9, "A four day trek", vt="four", value=4, unit=DAYS)
S("kls", 10, "it took three days", vt="three", value=3, unit=DAYS)
S("kls", 11, "takes about three days", vt="three", value=3, unit=DAYS, q="approx")
S("kls", 11, "almost one-fifth of humankind", vt="one-fifth", value=20, unit=PC, q="under")
S("kls", 17, "(30-120)", vt="30-120", value=[30, 120], unit="CNY")
NC("kls", 4, "31°4′0″N 81°18′45″E", "coordinates")
NC("kls", 5, "[2][3]", "footnote_marker")
NC("kls", 5, "Nepal.[4]", "footnote_marker")
NC("kls", 13, "超越[1]", "footnote_marker")
NC("kls", 13, "圣山[3]", "footnote_marker")
NC("kls", 13, "1. **宗教意义**", "list_number")
NC("kls", 14, "今早7点30分", "date")
NC("kls", 14, "G216国道", "name")
NC("kls", 14, "G219国道,", "name")
NC("kls", 14, "G219国道3895冈仁波齐大本营", "name")
NC("kls", 14, "中国最美的十大名山之一", "rank")
NC("kls", 14, "冈底斯山脉第二高峰", "rank")
NC("kls", 15, "东经81.3°", "coordinates")
NC("kls", 15, "北纬31°", "coordinates")
NC("kls", 15, "十大名山之一", "rank")
NC("kls", 15, "冈底斯山脉第二高峰", "rank")
NC("kls", 17, "凌晨4.5点", "date")
NC("kls", 17, "晚上10点", "date")
NC("kls", 17, "早上9点", "date")
NC("kls", 17, "早上5点", "date")
NC("kls", 17, "晚上8点", "date")
NC("kls", 18, "岡仁波齊峰[1]", "footnote_marker")
NC("kls", 18, "岡底斯山脈的第二高峰", "rank")
NC("kls", 18, "座標31°4′0″N 81°18′45″E / 31.06667°N 81.31250°E / 31.06667; 81.31250", "coordinates")
NC("kls", 18, "20世紀初期", "date")
NC("kls", 21, "北緯31°左右", "coordinates")
NC("kls", 21, "東經81°左右", "coordinates")

# ============================================================ Namtso
ms = [
    F("nmc", 2, "Elevation:4718m", 4718, M),
    F("nmc", 2, "elevation of 4718m", 4718, M),
    F("nmc", 3, "elevation of 4,718 m", 4718, M),
    F("nmc", 4, "elevation of 4,718 m", 4718, M),
    F("nmc", 6, "elevation of 4,718 m", 4718, M),
    F("nmc", 7, "elevation of 4,718 meters", 4718, M),
    F("nmc", 8, "It's 4,718 m above", 4718, M),
    F("nmc", 9, "is at 4740 meters", 4740, M),
    F("nmc", 10, "altitude of 4,719m", 4719, M),
    F("nmc", 11, "elevation of 4,718 m", 4718, M),
    F("nmc", 12, "elevation of 4,718 m", 4718, M),
    F("nmc", 13, "纳木错海拔4718米", 4718, M),
    F("nmc", 13, "湖面海拔4718米", 4718, M),
    F("nmc", 14, "湖面海拨4718米", 4718, M),
    F("nmc", 15, "海拔高度为4178米", 4178, M),
    F("nmc", 16, "海拔高度是4722米", 4722, M),
    F("nmc", 17, "纳木错湖面海拔4718米", 4718, M),
    F("nmc", 18, "湖面海拔4718米", 4718, M),
    F("nmc", 19, "納木錯湖面海拔4718米", 4718, M),
    F("nmc", 20, "海拔4,718公尺", 4718, M),
    F("nmc", 21, "海拔四千七百十八米", 4718, M, vt="四千七百十八", step=1),
    F("nmc", 22, "湖面海拔4718米", 4718, M),
    F("nmc", 22, "海拔4718米,是世界上", 4718, M),
]
G("nmc_elev_m", NMC, "Elevation of Namtso: 4,718 m on most pages against chinatravelrus' 4740, basantatibet's 4,719, mahamoni's 4722 and gjlysy's 4178",
  "Namtso", "elevation of the lake surface", "undated",
  "4740, 4,719, 4722 and 4178 are not roundings of 4,718 nor of each other: conflict (4,719 against 4,718 too, both to "
  "the metre; 4740 read at the ten holds neither). joomag's and basantatibet's '4.748 m' (a dot for the thousands "
  "separator) are singles as written.", ms)
S("nmc", 1, "altitude of 4.748 m", value=4.748, unit=M)
S("nmc", 10, "altitude of 4.748 m", value=4.748, unit=M)
ms = [
    F("nmc", 2, "(15,479feet)", 15479, FT, nth=1),
    F("nmc", 2, "(15,479feet)", 15479, FT, nth=2),
    F("nmc", 3, "(15,479 ft)", 15479, FT),
    F("nmc", 6, "(15,479 ft)", 15479, FT),
    F("nmc", 11, "/15,479 ft", 15479, FT),
]
G("nmc_elev_ft", NMC, "Elevation in feet: 15,479 four times", "Namtso", "elevation of the lake surface, feet", "undated",
  "Consistent.", ms)
ms = [
    F("nmc", 1, "area of 1,920 sq km", 1920, KM2),
    F("nmc", 2, "Area:1920km2", 1920, KM2),
    F("nmc", 2, "surface area of 1900km2", 1900, KM2),
    F("nmc", 3, "surface area of 1,900 km2", 1900, KM2),
    F("nmc", 4, "1,870 square kilometres", 1870, KM2),
    F("nmc", 5, "Surface area | 1,870 km²", 1870, KM2),
    F("nmc", 6, "surface area of 1,920 km2", 1920, KM2),
    F("nmc", 7, "more than 1,900 square kilometers", 1900, KM2, q="over"),
    F("nmc", 8, "area of 1,940 square kilometers", 1940, KM2),
    F("nmc", 9, "surface area of 1920 square kilometers", 1920, KM2),
    F("nmc", 10, "area of 1,920 sq km", 1920, KM2),
    F("nmc", 12, "surface area of 1,920 square km", 1920, KM2),
    F("nmc", 13, "面积约1961km2", 1961, KM2, q="approx"),
    DUO("nmc", 14, "面积1920多平方公里", 1920, KM2),
    DUO("nmc", 15, "面积1920多平方千米", 1920, KM2),
    DUO("nmc", 17, "总面积为1900多平方公里", 1900, KM2),
    F("nmc", 18, "面积约1920km", 1920, KM2, q="approx"),
    DUO("nmc", 19, "總面積為1900多平方公里", 1900, KM2),
    F("nmc", 21, "面積超過一千九百二十○平方公里", 1920, KM2, q="over", vt="一千九百二十○", step=1),
    F("nmc", 22, "湖面面積超過1000平方公里", 1000, KM2, q="over"),
]
G("nmc_area_km2", NMC, "Area of Namtso: 1,920 km2 five times, 1,900 twice, 1,870 twice, 1,940, 约1961; 1920多 twice, 1900多, over 1920, over 1000",
  "Namtso", "surface area of the lake", "undated",
  "1,920, 1,870, 1,940 and 'about 1961' disagree: conflict. 1,900 (read at the hundred) rounds 1,920, 1,870 and 1,940: "
  "rounding, but not 约1961: conflict. 1920多 (1,920-1,929) and 1900多 (1,900-1,999) hold 1,920; 1900多 holds 1,940 and "
  "meets 约1961 but not 1,870. The open over 1920 and over 1000 hold what they can. cryer's infobox "
  "1920 beside its text's 1900 is a rounding inside one page. (The dropped pages' 'more than 1,900' and meipian's "
  "'约1920km', read as km2, are keyed but not emitted.)", ms)
ms = [
    F("nmc", 3, "(730 sq mi)", 730, MI2),
    F("nmc", 6, "(740 sq mi)", 740, MI2),
]
G("nmc_area_mi2", NMC, "Area in square miles: 730 against 740", "Namtso", "surface area, square miles", "undated",
  "730 against 740 (both read at the ten, each a conversion of its own km2 figure): conflict.", ms)
ms = [
    F("nmc", 1, "70km from east to west", 70, KM),
    F("nmc", 2, "Length:70km", 70, KM),
    F("nmc", 7, "over 70 kilometers from east to west", 70, KM, q="over"),
    F("nmc", 8, "70 km from east to west", 70, KM),
    F("nmc", 9, "about 70 kilometers long", 70, KM, q="approx"),
    F("nmc", 10, "70km from east to west", 70, KM),
    DUO("nmc", 13, "东西长70多千米", 70, KM),
    DUO("nmc", 14, "东西70多公里", 70, KM),
    DUO("nmc", 15, "东西长70多千米", 70, KM),
    DUO("nmc", 17, "全长70多公里", 70, KM),
    DUO("nmc", 18, "东西长70多千米", 70, KM),
    DUO("nmc", 19, "70多公里", 70, KM),
    DUO("nmc", 20, "東西長70多公里", 70, KM),
    F("nmc", 21, "超過 70公里", 70, KM, q="over"),
]
G("nmc_length_km", NMC, "Length east to west: 70 km or 70多, eleven times", "Namtso", "length of the lake east to west",
  "undated", "Consistent (70多 = 70-79 holds 70).", ms)
ms = [
    F("nmc", 1, "30km from south to north", 30, KM),
    F("nmc", 2, "Width:30km", 30, KM),
    F("nmc", 7, "over 30 kilometers from north to south", 30, KM, q="over"),
    F("nmc", 8, "30 km from north to south", 30, KM),
    F("nmc", 9, "30 kilometers broad", 30, KM, q="approx"),
    F("nmc", 10, "30km from south to north", 30, KM),
    DUO("nmc", 13, "南北宽30多千米", 30, KM),
    DUO("nmc", 14, "南北宽30多公里", 30, KM),
    DUO("nmc", 15, "南北宽30多千米", 30, KM),
    DUO("nmc", 17, "宽30多公里", 30, KM),
    DUO("nmc", 18, "南北宽30多千米", 30, KM),
    DUO("nmc", 19, "寬30多公里", 30, KM),
    DUO("nmc", 20, "南北寬30多公里", 30, KM),
    DUO("nmc", 21, "北至南30多公里", 30, KM),
]
G("nmc_width_km", NMC, "Width north to south: 30 km or 30多, eleven times", "Namtso", "width of the lake north to south",
  "undated", "Consistent (the 'about' of chinatravelrus' 'about 70 kilometers long and 30 kilometers broad' carried).", ms)
S("nmc", 2, "(40miles)", value=40, unit=MI)
S("nmc", 2, "(20miles)", value=20, unit=MI)
ms = [
    F("nmc", 2, "Depth:33m", 33, M, basis="mean"),
    F("nmc", 2, "Max-Depth:125m", 125, M),
    F("nmc", 5, "Max. depth | 45 m", 45, M),
    F("nmc", 7, "more than 33 meters", 33, M, q="over"),
    F("nmc", 14, "湖水最深处33米", 33, M),
    F("nmc", 15, "湖水最大深度33米", 33, M),
    F("nmc", 17, "最深处约33米以上", 33, M, q="over"),
    F("nmc", 19, "最深處約33米以上", 33, M, q="over"),
    F("nmc", 21, "最深深度33米", 33, M),
]
G("nmc_depth_m", NMC, "Greatest depth: 33 m (three plain, one 'over') against cryer's 125 and the mirror's 45; cryer's mean depth 33",
  "Namtso", "greatest depth of the lake", "undated",
  "125, 45 and 33 disagree: conflict; the open 'more than 33' holds 45 and 125. cryer's infobox 'Depth:33m' beside "
  "'Max-Depth:125m' is its mean depth, a measure of its own: different_basis against every maximum.", ms)
S("nmc", 2, "(108feet)", value=108, unit=FT)
S("nmc", 2, "(410feet)", value=410, unit=FT)
ms = [
    F("nmc", 2, "Volume:768e9m3", 768e9, M3, vt="768e9", step=1e9),
    F("nmc", 14, "蓄水量768亿立方米", 768e8, M3),
    F("nmc", 15, "蓄水量768亿立方米", 768e8, M3),
]
G("nmc_volume_m3", NMC, "Volume of water: 768亿 m3 twice against cryer's 768e9", "Namtso", "volume of water in the lake",
  "undated", "768e9 is ten times 768亿 (76.8e9): conflict.", ms)
ms = [
    F("nmc", 4, "approximately 112 km", 112, KM, q="approx"),
    F("nmc", 12, "approximately 112 kilometres", 112, KM, q="approx"),
    F("nmc", 20, "拉薩往北190公里處", 190, KM),
    F("nmc", 21, "拉薩以北100公里", 100, KM),
]
G("nmc_from_lhasa_km", NMC, "Distance from Lhasa: about 112 km, 100, and travel.yam's 190", "Namtso",
  "distance from Lhasa", "undated",
  "100 (read at the hundred) rounds 'about 112': rounding. 190 is most likely the road distance (the other pages give the "
  "straight line NNW), but no page says so: conflict, different_basis defensible.", ms,
  V(val(190), ANY, (C, D)))
ms = [
    F("nmc", 4, "[70 miles]", 70, MI, q="approx"),
    F("nmc", 11, "approximately 70 miles", 70, MI, q="approx"),
]
G("nmc_from_lhasa_mi", NMC, "Distance from Lhasa in miles: about 70 three times", "Namtso", "distance from Lhasa, miles",
  "undated", "Consistent.", ms)
ms = [
    F("nmc", 2, "Islands:5", 5, CNT),
    F("nmc", 3, "five uninhabited islands", 5, CNT, vt="five", step=1),
    F("nmc", 6, "five uninhabited islands", 5, CNT, vt="five", step=1),
    F("nmc", 9, "the five islands", 5, CNT, vt="five", step=1),
    F("nmc", 11, "five, uninhabited islands", 5, CNT, vt="five", step=1),
]
G("nmc_islands", NMC, "Islands: five, four times", "Namtso", "number of islands", "undated", "Consistent.", ms)
ms = [
    F("nmc", 2, "more than 1000km", 1000, KM, q="over"),
    F("nmc", 3, "more than 1,000 km", 1000, KM, q="over"),
    F("nmc", 4, "just over 1,000 km", 1000, KM, q="over"),
]
G("nmc_qinghai_km", NMC, "Distance to Qinghai Lake: over 1,000 km three times", "Namtso",
  "distance to Qinghai Lake to the north-east", "undated", "Consistent.", ms)
ms = [
    F("nmc", 2, "(1,000miles)", 1000, MI, q="over"),
    F("nmc", 3, "(620 mi)", 620, MI, q="over"),
    F("nmc", 4, "[650 miles]", 650, MI, q="over"),
]
G("nmc_qinghai_mi", NMC, "The same in miles: over 1,000 (cryer's slip), over 620, over 650", "Namtso",
  "distance to Qinghai Lake, miles", "undated",
  "Open 'more than' figures hold each other: consistent (cryer's '(1,000miles)' converts 1,000 km wrongly, but as written "
  "it does not contradict 'more than 620').", ms)
S("nmc", 2, "more than twice the size", vt="twice", value=2, unit=TIMES, q="over")
S("nmc", 3, "more than twice the size", vt="twice", value=2, unit=TIMES, q="over")
S("nmc", 4, "almost twice the size", vt="twice", value=2, unit=TIMES, q="under")
S("nmc", 3, "about 2,100 m", value=2100, unit=M, q="approx")
S("nmc", 3, "(6,900 ft)", value=6900, unit=FT, q="approx")
S("nmc", 3, "800 m (2,600 ft)", vt="800", value=800, unit=M, q="approx")
S("nmc", 3, "(2,600 ft)", value=2600, unit=FT, q="approx")
S("nmc", 3, "just over 100 m", value=100, unit=M, q="over")
S("nmc", 3, "(330 ft)", value=330, unit=FT, q="over")
S("nmc", 3, "about 3.1 km", value=3.1, unit=KM, q="approx")
S("nmc", 3, "(1.9 mi)", value=1.9, unit=MI, q="approx")
S("nmc", 9, "peninsula of 10 square kilometers", value=10, unit=KM2)
S("nmc", 9, "about 20 to 30 days", vt="20 to 30", value=[20, 30], unit=DAYS, q="approx")
S("nmc", 9, "there are five peninsulas", vt="five", value=5, unit=CNT)
ms = [
    F("nmc", 17, "高出近1000米", 1000, M, q="under"),
    F("nmc", 19, "高出近1000米", 1000, M, q="under"),
]
G("nmc_above_titicaca_m", NMC, "Higher than Lake Titicaca by nearly 1,000 m, twice", "Namtso",
  "height above Lake Titicaca", "undated", "Consistent.", ms)
ms = [
    DUO("nmc", 17, "最高一道距现在的湖面约80余米", 80, M),
    F("nmc", 22, "高出現湖面約80米", 80, M, q="approx"),
]
G("nmc_shoreline_m", NMC, "Highest ancient shoreline above today's lake: 80余 and about 80 m", "Namtso",
  "height of the highest ancient shoreline above the lake", "undated",
  "Consistent (80余, 80-89, meets 'about 80').", ms)
S("nmc", 17, "现存的古湖岩线有三道", vt="三", value=3, unit=CNT)
S("nmc", 22, "濱湖分佈有8條古湖岸沙堤", value=8, unit=CNT)
NC("nmc", 17, "是200万年以来", "date")
NC("nmc", 22, "大約在距今200萬年前", "date")
NC("nmc", 22, "在距今1萬年以來", "date")
NC("nmc", 4, "in 1965", "date")
NC("nmc", 2, "30.7°N 123°W", "coordinates")
NC("nmc", 16, "东经89度40分至91度30分", "coordinates")
NC("nmc", 16, "北纬30度44分至30度56分", "coordinates")
NC("nmc", 16, "1.纳木错的基本信息", "list_number")
NC("nmc", 16, "2.纳木错的海拔高度", "list_number")
NC("nmc", 16, "中国的四大圣湖之一", "name")
NC("nmc", 21, "北緯 30 ° 30'至30 ° 35'", "coordinates")
NC("nmc", 21, "東經 90 ° 16'至91 ° 03'", "coordinates")
NC("nmc", 21, "三聖湖", "name")
NC("nmc", 21, "中國第二大鹹水湖", "rank")
NC("nmc", 13, "1、纳木错", "list_number")
NC("nmc", 13, "2、纳木措", "list_number")
NC("nmc", 13, "西藏第二大湖泊", "rank")
NC("nmc", 13, "中国第三大的咸水湖", "rank")
NC("nmc", 13, "“三大圣湖”", "name")
NC("nmc", 14, "中国第二大的咸水湖", "rank")
NC("nmc", 14, "四大威猛湖", "name")
NC("nmc", 15, "中国五大湖区", "name")
NC("nmc", 15, "中国第二大咸水湖", "rank")
NC("nmc", 17, "西藏第一大内陆湖", "rank")
NC("nmc", 17, "仅次于青海湖的第二大咸水湖", "rank")
NC("nmc", 17, "四大威猛湖", "name")
NC("nmc", 17, "我国的第二大咸水湖", "rank")
NC("nmc", 18, "三大圣湖之纳木错", "name")
NC("nmc", 18, "“三大圣湖”之一", "name")
NC("nmc", 18, "西藏第二大湖泊", "rank")
NC("nmc", 18, "中国第三大的咸水湖", "rank")
NC("nmc", 18, "“中国最美的五大湖泊”", "name")
NC("nmc", 19, "西藏第一大內陸湖", "rank")
NC("nmc", 19, "僅次于青海湖的第二大咸水湖", "rank")
NC("nmc", 19, "四大威猛湖", "name")
NC("nmc", 19, "我國的第二大咸水湖", "rank")
NC("nmc", 20, "西藏三大聖湖之一", "name")
NC("nmc", 22, "納木措是西藏第一大的內陸湖", "rank")
NC("nmc", 22, "中國第二大的鹹水湖", "rank")
NC("nmc", 1, "one of the 3 holy lakes", "name")
NC("nmc", 10, "one of the 3 holy lakes", "name")
NC("nmc", 1, "the second biggest salt lake", "rank")
NC("nmc", 10, "the second biggest salt lake", "rank")
NC("nmc", 7, "the second largest salt lake", "rank")
NC("nmc", 9, "the second largest salt water lake", "rank")
NC("nmc", 11, "the second largest salt water lake", "rank")

# second pass: counts and names the uncovered-number script found
NC("jzg", 2, "“Valley of Nine Villages”", "name")
NC("jzg", 6, "\"Valley of Nine Villages\"", "name")
S("jzg", 13, "spend two days hiking", vt="two", value=2, unit=DAYS)
S("kls", 2, "sacred place in four religions", vt="four", value=4, unit=CNT)
NC("kls", 10, "Everest and K2", "name")
ms = [
    F("kls", 14, "四条大河", 4, CNT, vt="四", step=1),
    F("kls", 20, "阿里地區的四大河", 4, CNT, vt="四", step=1),
]
G("kls_rivers", KLS, "Great rivers flowing from the mountain: four, twice", "Mount Kailash",
  "number of great rivers rising around the mountain", "undated", "Consistent.", ms)
S("kls", 15, "周围有八座寺庙", vt="八", value=8, unit=CNT)
S("kls", 17, "通常需要两天的时间", vt="两", value=2, unit=DAYS)
S("kls", 17, "也可以三天完成", vt="三", value=3, unit=DAYS)
S("kls", 19, "通常分成兩天至三天", vt="兩天至三", value=[2, 3], unit=DAYS)
S("kls", 20, "三百六十位神靈", vt="三百六十", value=360, unit=CNT)
NC("kls", 20, "七金山七香海及十二部洲", "name")
NC("nmc", 2, "[1]", "footnote_marker")
NC("nmc", 3, "[3]", "footnote_marker")
NC("nmc", 13, "第一神湖", "rank")

# audit (second reader): the count of the main gullies the pages state (ptt's digit '3條主溝' and the same count in
# words on six more pages), and a rank phrase
ms = [
    F("jzg", 7, "comprising three valleys", 3, CNT, vt="three", step=1),
    F("jzg", 16, "三条主沟形成", 3, CNT, vt="三", step=1),
    F("jzg", 17, "三条沟组成", 3, CNT, vt="三", step=1),
    F("jzg", 21, "三條溝谷的總稱", 3, CNT, vt="三", step=1),
    F("jzg", 22, "三條溝谷所構成", 3, CNT, vt="三", step=1),
    F("jzg", 23, "三條主溝總長", 3, CNT, vt="三", step=1),
    F("jzg", 24, "3條主溝內", 3, CNT),
]
G("jzg_gullies_count", JZG, "The main gullies (Shuzheng, Rize, Zechawa): three, seven times", "Jiuzhaigou",
  "number of main gullies (valleys)", "undated",
  "Consistent. The pages name the same three gullies (树正 / 日则 / 则查洼; Shuzhenggou, Rizegou, Zezhawagou).", ms)
NC("kls", 14, "世界第一神山", "rank")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh55.toml", "corpus-fresh55")
