"""Hand annotation of corpus-fresh44, written as data; emits gold.d/fresh44.toml (then run
corpus/check_gold.py --dir corpus-fresh44 --build).

Three domains: the Three Gorges Dam (its height: 185 m in seven pages against 181 m in four, the 185 m crest elevation
apart; its length: 2,335 m / 约2300米 against 3035米 and 约3335m, the 2,309 m axis apart; storage 393亿 / 39.3 billion
against 40 billion m3; capacity 22,500 MW / 2250万千瓦 / 22.5 GW, the old 18,200 MW and 21 GW; people relocated 1.3 against
1.4 million; cost 260亿美元 against $22.5 / 23 billion and 'more than $50 billion'; the reservoir 600 / 630 / 660 km; crest
width 40 against 15 m, base width 115 against 124 m; 32 against 26 turbines; concrete 28 against 27.2 million m3; coal 50
million tonnes against 31 million; `tgd-*`), the Dead Sea (its surface below sea level: 429 / 430 / 430.5 / 427 / 424 / 422
/ 418 / 411 m undated, 417 m in 2006, 408 m in 1995, 415.65 m later, 438.61 m in 2024, 415 m in 2025; the fall of about 1 m
a year against 3 m and about 1.2 m; salt 8.6 times seawater against nearly 9, nearly 10 and 7 times; salinity 34% against
34.2%, 30%, 26%, 23-30%; area 810 / 1020 / 1050 km2; depth 380.29 / 380 against 395 and 304 m; the bed at -800.112 / -800 /
-800.12 m; length 67 / 80 / 86 / 65 km; the fall since the 1950s 40 m against 30 m; the Jordan's inflow; `dse-*`) and the
Aral Sea (its area of 68,000 km2 against 6.45万 / 6.6万 and 将近7万; 10% of its size left, 90% against 74% of the area lost;
fish species 24 against 20 and 34, left 4 against 1 and 5; length 435 against 426 km, width 290 against 284 km; the level
down 15 / 16 / 22 m and more than 14 m; depths 69 / 16 m at its largest against 64 / 13 m; `arl-*`).

Every mention carries a basis tag (survey / year / measure / source, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure
that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other
figure is consistent). Ranges carry values [lo, hi] and a basis of their own, with explicit verdicts across bases.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, million = 1e6, billion = 1e9; 千瓦 = kW (万千瓦 keyed in MW), 千瓩 = MW;
feet keyed in metres where the group is in metres. Depths below sea level are keyed as positive metres ('-430米' = 430 m
below sea level). Units: count, percent, times, MW, kWh, m**3, km**2, km**3, meter, km, cm, feet, miles, square_miles,
hectares, tonnes, USD, CNY, years.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, DC, CD, CK, DR, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

TGD, DSE, ARL = "three-gorges-dam", "dead-sea", "aral-sea"
MW, KWH, M3, KM2, KM3, M, KM, CM, FT, YR, TIMES, T = ("MW", "kWh", "m**3", "km**2", "km**3", "meter", "km", "cm", "feet",
                                                     "years", "times", "tonnes")
USD, CNY = "USD", "CNY"


def P(a, b, v):
    """One explicit pair verdict (1-based mention numbers)."""
    return {(min(a, b), max(a, b)): v}


def A(ms, v, xs, ys):
    """Verdict v for every pair between mention numbers xs and ys (1-based)."""
    out = {}
    for x in xs:
        for y in ys:
            if x != y:
                out[(min(x, y), max(x, y))] = v
    return out


# ============================================================ Three Gorges Dam
ms = [
    F("tgd", 1, "with a maximum height of 185 metres", 185, M),
    F("tgd", 11, "Dam height: 185 meters", 185, M),
    F("tgd", 12, "At 185 metres high", 185, M),
    F("tgd", 13, "高185米", 185, M),
    F("tgd", 15, "坝高185米", 185, M),
    F("tgd", 16, "大坝高度 | 185米", 185, M),
    F("tgd", 17, "坝高185米", 185, M),
    F("tgd", 3, "181 m", 181, M),
    F("tgd", 20, "最大澆築壩高181公尺", 181, M),
    F("tgd", 21, "高度181公尺", 181, M),
    F("tgd", 22, "高度181公尺", 181, M),
    F("tgd", 10, "is 185 m above sea level at its top", 185, M, "elev"),
    F("tgd", 14, "坝顶高程185米", 185, M, "elev"),
    F("tgd", 18, "坝顶高程185米", 185, M, "elev"),
    F("tgd", 19, "坝顶高度185米", 185, M, "elev", note="'坝顶高度' read as the crest's elevation (the page gives no other)"),
    F("tgd", 20, "壩頂高程爲海拔185公尺", 185, M, "elev"),
]
G("tgd_height", TGD, "Height of the Three Gorges Dam: 185 m (seven pages) against 181 m (four); the crest elevation of 185 m above sea level (five) apart",
  "Three Gorges Dam", "height of the dam", "as built",
  "The dam is 181 m high from its base; its crest stands 185 m above sea level. Pages that give the height as 185 m disagree with those giving 181 m (conflict); the crest elevation is another measure (different_basis: 185 m elevation against 181 m height is no contradiction, and against a '185 m high' it is the same figure of another measure). sxgov's '坝顶高度185米' (crest 'height', the page gives no other height) is read as the elevation, but may be read as the dam's height (audit: against 181 m different_basis, conflict defensible).",
  ms, A(ms, DC, [15], [8, 9, 10, 11]))

ms = [
    F("tgd", 1, "the Three Gorges Dam is 2,335 metres", 2335, M),
    F("tgd", 13, "大坝全长约2335米", 2335, M, q="approx"),
    F("tgd", 16, "坝体长度 | 2335米", 2335, M),
    F("tgd", 19, "全长约2335米", 2335, M, q="approx"),
    F("tgd", 20, "它壩長2335公尺", 2335, M),
    F("tgd", 21, "長度2,335公尺", 2335, M),
    F("tgd", 22, "長度2,335公尺", 2335, M),
    F("tgd", 15, "这座大坝全长约2300米", 2300, M, q="approx"),
    F("tgd", 17, "这座大坝全长约2300米", 2300, M, q="approx"),
    F("tgd", 14, "坝顶总长3035米", 3035, M),
    F("tgd", 18, "全长约3335m", 3335, M, q="approx"),
    F("tgd", 10, "it stretches 2309.47 m across", 2309.47, M, "axis"),
    F("tgd", 11, "Dam length: 2,309 meters", 2309, M, "axis"),
    F("tgd", 12, "and 2,309 metres long", 2309, M, "axis"),
]
G("tgd_length", TGD, "Length of the dam: 2,335 m (seven) and 约2300米 (two) against henanlong's 3035米 and kpjyz's 约3335m; the 2,309 m axis apart",
  "Three Gorges Dam", "length of the dam", "as built",
  "约2300米 holds 2,335 (consistent); 2,309 rounds the axis's 2309.47 (rounding); 3035米 and 约3335m are not the dam's length by any reading (conflict with every other figure and with each other); 2,309 / 2309.47 m is the length of the dam axis, another measure (different_basis; conflict defensible against 3035 / 3335, and (audit) against 2,335: the pages call 2,309 plainly 'Dam length' / 'long', so a reader cannot tell it is the axis).",
  ms, A(ms, DC, [12, 13, 14], [10, 11]), A(ms, DC, [12, 13, 14], [1, 2, 3, 4, 5, 6, 7]))

ms = [
    F("tgd", 13, "总库容达393亿立方米", 3.93e10, M3),
    F("tgd", 14, "总库容393亿立方米", 3.93e10, M3),
    F("tgd", 15, "水库总容量达393亿立方米", 3.93e10, M3),
    F("tgd", 16, "最大库容 | 393亿立方米", 3.93e10, M3),
    F("tgd", 19, "总库容量393亿立方米", 3.93e10, M3),
    F("tgd", 21, "總容量393億立方米", 3.93e10, M3),
    F("tgd", 22, "總容量393億立方公尺", 3.93e10, M3),
    F("tgd", 9, "storage capacity of 39.3 billion cubic meters", 3.93e10, M3),
    F("tgd", 10, "maximum storage capacity of 39.3×109", 3.93e10, M3, vt="39.3", mult=1e9, note="'39.3×109 m3' as stored (10^9 flattened)"),
    F("tgd", 11, "Storage: 39.3 billion cubic meters", 3.93e10, M3),
    F("tgd", 7, "full capacity of 40 billion cubic meters", 4e10, M3),
    F("tgd", 8, "total storage capacity 40 billion cubic metres", 4e10, M3),
]
G("tgd_storage", TGD, "Total storage of the reservoir: 393亿 / 39.3 billion m3 (ten) against 40 billion m3 (two)",
  "Three Gorges Reservoir", "total storage capacity", "as built (175 m)",
  "40 billion rounds 39.3 billion (rounding); the rest give the same figure (consistent).", ms)

ms = [
    F("tgd", 14, "其中防洪库容量221.5亿立方米", 2.215e10, M3),
    F("tgd", 19, "防洪库容221.5亿立方米", 2.215e10, M3),
    F("tgd", 13, "调节库容221.5亿立方米", 2.215e10, M3, "reg", note="named 调节库容 (regulating storage) on this page"),
    F("tgd", 19, "兴利库容165亿立方米", 1.65e10, M3, "reg"),
]
G("tgd_flood_storage", TGD, "Flood-control storage 221.5亿 m3 (two); pepb calls 221.5亿 the regulating storage, which sxgov gives as 165亿 (兴利库容)",
  "Three Gorges Reservoir", "flood-control / regulating storage", "as built",
  "221.5亿 flood storage twice (consistent); pepb's '调节库容221.5亿' against sxgov's regulating (兴利) storage of 165亿 disagrees (conflict); the two measures are different_basis.",
  ms)

ms = [
    F("tgd", 1, "capacity to generate 22,500 megawatts", 22500, MW),
    F("tgd", 3, "installed capacity (22,500 MW)", 22500, MW),
    F("tgd", 3, "capacity of the dam is 22,500 MW", 22500, MW),
    F("tgd", 4, "It generates 22,500 MW", 22500, MW),
    F("tgd", 5, "capacity of the dam is 22,500 MW", 22500, MW),
    F("tgd", 6, "total capacity of 22.5 GW", 22500, MW, mult=1000),
    F("tgd", 13, "装机容量为2250万千瓦", 22500, MW, mult=1e-3),
    F("tgd", 14, "其2250万千瓦的总装机容量", 22500, MW, mult=1e-3),
    F("tgd", 15, "电站装机容量2250万千瓦", 22500, MW, mult=1e-3),
    F("tgd", 16, "总装机容量 | 2250万千瓦", 22500, MW, mult=1e-3),
    F("tgd", 17, "总装机容量达到2250万千瓦", 22500, MW, mult=1e-3),
    F("tgd", 19, "总装机容量为2250万千瓦", 22500, MW, mult=1e-3),
    F("tgd", 21, "裝機容量22.5 GW", 22500, MW, mult=1000),
    F("tgd", 2, "total generating capacity of 18,200 MW", 18200, MW, "orig", note="the 26 units of the original design, before the underground plant"),
    F("tgd", 12, "expected to produce 18.2 million kilowatts", 18200, MW, "orig", mult=1e-3),
    F("tgd", 22, "裝機容量21 吉瓦", 21000, MW, "old", mult=1000, note="an older infobox value (30 units)"),
]
G("tgd_capacity", TGD, "Installed capacity: 22,500 MW / 2250万千瓦 / 22.5 GW (thirteen); the original 18,200 MW / 18.2 million kW; an old infobox's 21 GW",
  "Three Gorges Power Station", "installed capacity", "all 34 units (2012); original design; an older state",
  "All give 22,500 MW (consistent); 18,200 MW is the capacity of the original 26 units and 21 GW an older infobox value while units were being added: other states of the plant (different_basis, conflict defensible).",
  ms, X(ms, DC, ["orig", "old"], ["a"]), X(ms, DC, ["orig"], ["old"]))

ms = [
    F("tgd", 13, "每年可提供超过1000亿千瓦时", 1e11, KWH, q="over"),
    F("tgd", 15, "每年发电近1000亿度", 1e11, KWH, q="under"),
    F("tgd", 16, "年发电量 | 约1000亿千瓦时", 1e11, KWH, q="approx"),
    F("tgd", 17, "每年可提供约900亿千瓦时", 9e10, KWH, q="approx"),
    F("tgd", 19, "平均发电量882亿千瓦时", 8.82e10, KWH, "avg"),
    F("tgd", 3, "the dam generated 98.8 terawatt-hours", 9.88e10, KWH, "y2014", mult=1e9),
    F("tgd", 18, "2018年发电量突破1000亿千瓦时", 1e11, KWH, "y2018", q="over"),
]
G("tgd_generation", TGD, "Annual generation: over / nearly / about 1000亿 kWh against drbdp's about 900亿; the 882亿 average, 98.8 TWh in 2014, over 1000亿 in 2018",
  "Three Gorges Power Station", "annual generation", "a year (undated); the average; 2014; 2018",
  "The undated yearly figures hold each other except 'over 1000亿' against 'about 900亿' (conflict); 882亿 is the long-run average (design), 98.8 TWh and 'over 1000亿' are single years: other bases (different_basis; the average against 'each year over 1000亿' conflict defensible).",
  ms, P(1, 5, DC))

ms = [
    F("tgd", 14, "距下游葛洲坝水利枢纽工程38公里", 38, KM),
    F("tgd", 18, "距下游葛洲坝水利枢纽工程38公里", 38, KM),
    F("tgd", 21, "並和其下游38公里的葛洲壩水電站", 38, KM),
]
G("tgd_gezhouba", TGD, "Distance to the Gezhouba dam downstream: 38 km (three)", "Three Gorges Dam", "distance to Gezhouba", "as built",
  "Same figure (consistent).", ms)

ms = [
    F("tgd", 9, "with a total area of 1084 square kilometers, covering", 1084, KM2),
    F("tgd", 9, "artificial lake with a total area of 1084 square kilometers", 1084, KM2),
    F("tgd", 9, "1084平方km2km2", 1084, KM2),
    F("tgd", 17, "水域面积达1084平方公里", 1084, KM2),
    F("tgd", 21, "表面積1,084平方公里", 1084, KM2),
    F("tgd", 22, "表面積1,084平方公里", 1084, KM2),
    F("tgd", 8, "almost 1100 square kilometers", 1100, KM2, q="under"),
]
G("tgd_reservoir_area", TGD, "Surface of the reservoir: 1084 km2 (six) and 'almost 1100'", "Three Gorges Reservoir", "surface area",
  "as built", "Same figure; 'almost 1100' holds 1084 (consistent).", ms)

ms = [
    F("tgd", 6, "reached its maximum height of 175 metres", 175, M),
    F("tgd", 8, "reservoir will be at 175 m", 175, M),
    F("tgd", 10, "the water level rises to 175 m", 175, M),
    F("tgd", 11, "when the water level reaches 175 meters", 175, M),
    F("tgd", 11, "Water level: elevated 175 meters", 175, M),
    F("tgd", 14, "正常蓄水位175米", 175, M),
    F("tgd", 17, "水库正常蓄水位175米", 175, M),
    F("tgd", 19, "正常蓄水位175米", 175, M),
    F("tgd", 21, "正常水位175公尺", 175, M),
    F("tgd", 22, "正常水位175公尺", 175, M),
]
G("tgd_normal_level", TGD, "Normal pool level of the reservoir: 175 m (ten)", "Three Gorges Reservoir", "normal pool level", "as built",
  "Same figure (consistent).", ms)

ms = [
    F("tgd", 19, "汛期防洪限制水位145米", 145, M),
    F("tgd", 21, "145公尺(476英尺)", 145, M),
    F("tgd", 22, "145公尺(476英尺)", 145, M),
]
G("tgd_flood_level", TGD, "Flood-season limit level: 145 m (three)", "Three Gorges Reservoir", "flood-season limit level", "as built",
  "Same figure (consistent).", ms)

ms = [
    F("tgd", 19, "枯季消落最低水位155米", 155, M),
    F("tgd", 21, "155公尺(509英尺)", 155, M),
    F("tgd", 22, "155公尺(509英尺)", 155, M),
]
G("tgd_low_level", TGD, "Lowest dry-season level: 155 m (three)", "Three Gorges Reservoir", "lowest dry-season level", "as built",
  "Same figure (consistent).", ms)

ms = [
    F("tgd", 5, "displaced some 1.3 million people", 1.3e6, CNT, q="approx"),
    F("tgd", 6, "displaced 1.4 million people", 1.4e6, CNT),
    F("tgd", 7, "huge cost: 1.4 million people", 1.4e6, CNT),
    F("tgd", 7, "About 1.4 million people were displaced", 1.4e6, CNT, q="approx"),
    F("tgd", 8, "More than 1 million people have to be relocated", 1e6, CNT, q="over"),
    F("tgd", 11, "Facing resettlement: 1.1 million to 1.9 million", [1.1e6, 1.9e6], CNT, "r", vt="1.1 million to 1.9 million", step=1e5),
]
G("tgd_relocated", TGD, "People relocated for the dam: 1.3 million (zis54) against 1.4 million (reuters, businessinsider twice); 'more than 1 million'; the planning range 1.1-1.9 million",
  "Three Gorges Dam", "people relocated", "the project",
  "'some 1.3 million' and 1.4 million are two estimates that do not hold each other (conflict, also against 'About 1.4 million'); 'more than 1 million' holds both (consistent); the 1.1-1.9 million range is the planners' forecast (different_basis).",
  ms, P(1, 4, C))

ms = [
    F("tgd", 6, "another 100,000 people may be moved", 1e5, CNT),
    F("tgd", 7, "a further 100,000 people may be displaced", 1e5, CNT),
    F("tgd", 7, "A further 100,000 will be moved", 1e5, CNT),
]
G("tgd_further", TGD, "Further people to be moved for landslide risk: 100,000 (three)", "Three Gorges Dam", "further relocations (2012)",
  "2012", "Same figure (consistent).", ms)

ms = [
    F("tgd", 20, "總耗資260億美元", 2.6e10, USD),
    F("tgd", 22, "(美元$260億)", 2.6e10, USD),
    F("tgd", 12, "(US$22.5 billion) project", 2.25e10, USD),
    F("tgd", 7, "the cost of production at $23 billion", 2.3e10, USD),
    F("tgd", 6, "cost China more than $50 billion", 5e10, USD, q="over"),
    F("tgd", 8, "The dam will cost $29 billion", 2.9e10, USD, "plan", note="a forecast before completion"),
]
G("tgd_cost_usd", TGD, "Cost in US dollars: 260亿美元 / $260億 against US$22.5 billion and $23 billion (official) and 'more than $50 billion'; the forecast $29 billion",
  "Three Gorges Dam", "cost (USD)", "the project",
  "US$22.5 billion and $23 billion are the official estimate (23 rounds 22.5: rounding); 260亿美元 disagrees with them (conflict); 'more than $50 billion' disagrees with all three (conflict); the forecast of $29 billion is an earlier estimate (different_basis, conflict defensible).",
  ms, X(ms, DC, ["plan"], ["a"]))

ms = [
    F("tgd", 21, "耗資CN¥ 1800億元", 1.8e11, CNY),
    F("tgd", 22, "耗資¥1800億", 1.8e11, CNY),
    F("tgd", 12, "the 180-billion-yuan", 1.8e11, CNY, vt="180-billion", step=1e10),
    F("tgd", 18, "工程总投资为954.6亿人民币", 9.546e10, CNY, "static", note="the static investment at 1993 prices"),
]
G("tgd_cost_cny", TGD, "Cost in yuan: 1800亿 (three) against kpjyz's total investment of 954.6亿", "Three Gorges Dam", "cost (CNY)", "the project",
  "1800亿 three times (consistent); 954.6亿 is the static investment at 1993 prices (different_basis, conflict defensible).",
  ms, X(ms, DC, ["static"], ["a"]))

ms = [
    F("tgd", 1, "It incorporates 28 million cubic metres", 2.8e7, M3),
    F("tgd", 12, "uses 28 million cubic metres of concrete", 2.8e7, M3),
    F("tgd", 11, "Concrete: 27.2 million cubic meters", 2.72e7, M3),
]
G("tgd_concrete", TGD, "Concrete in the dam: 28 million m3 (britannica, chinadaily) against 27.2 million (thewaterpage)", "Three Gorges Dam",
  "concrete volume", "as built", "28 million does not round 27.2 million (conflict).", ms)

ms = [
    F("tgd", 13, "坝顶宽度40米", 40, M),
    F("tgd", 20, "頂部寬40公尺", 40, M),
    F("tgd", 21, "壩頂寬度40公尺", 40, M),
    F("tgd", 22, "壩頂寬度40公尺", 40, M),
    F("tgd", 19, "坝顶宽度15米", 15, M),
]
G("tgd_crest_width", TGD, "Width of the crest: 40 m (four) against sxgov's 15 m", "Three Gorges Dam", "crest width", "as built",
  "15 m disagrees with 40 m (conflict).", ms)

ms = [
    F("tgd", 20, "底部寬115公尺", 115, M),
    F("tgd", 21, "壩基寬度115公尺", 115, M),
    F("tgd", 22, "壩基寬度115公尺", 115, M),
    F("tgd", 19, "底部宽度124米", 124, M),
]
G("tgd_base_width", TGD, "Width of the base: 115 m (three) against sxgov's 124 m", "Three Gorges Dam", "base width", "as built",
  "124 m disagrees with 115 m (conflict).", ms)

ms = [
    F("tgd", 1, "all of the dam’s 32 turbine generator units", 32, CNT),
    F("tgd", 3, "Coupling the dam's 32 main turbines", 32, CNT),
    F("tgd", 5, "Coupling the dam's 32 main turbines", 32, CNT),
    F("tgd", 14, "三峡大坝左右岸安装32台", 32, CNT),
    F("tgd", 7, "complex contains 26 turbines", 26, CNT),
]
G("tgd_turbines", TGD, "Main turbines: 32 (four) against businessinsider's 26 (2012)", "Three Gorges Power Station", "main turbine units",
  "as built (2012)", "26 was the original plan's count (14 + 12 units, without the underground plant); in 2012 all 32 ran, and the page describes the complex then (conflict; audit: different_basis defensible, as for the same 26 units' 18,200 MW in tgd_capacity).", ms, A(ms, (C, D), [5], [1, 2, 3, 4]))

ms = [
    F("tgd", 3, "Each main water turbine has a capacity of 700 MW", 700, MW),
    F("tgd", 5, "Each main water turbine has a capacity of 700 MW", 700, MW),
    F("tgd", 14, "单机容量为70万千瓦", 700, MW, mult=1e-3),
    F("tgd", 21, "左岸:14 × 700 兆瓦", 700, MW),
    F("tgd", 21, "右岸:12 × 700 兆瓦", 700, MW),
    F("tgd", 21, "右岸地下:6 × 700 兆瓦", 700, MW),
    F("tgd", 22, "左岸:14 × 700 千瓩", 700, MW),
    F("tgd", 22, "右岸:12 × 700 千瓩", 700, MW),
    F("tgd", 22, "右岸地下:6 × 700 千瓩", 700, MW),
]
G("tgd_unit_capacity", TGD, "Capacity of each main unit: 700 MW / 70万千瓦 / 700 兆瓦 / 700 千瓩 (nine)", "Three Gorges Power Station", "unit capacity", "as built",
  "Same figure (consistent).", ms)

ms = [
    F("tgd", 3, "two smaller generators (50 MW each)", 50, MW),
    F("tgd", 5, "two smaller generators (50 MW each)", 50, MW),
    F("tgd", 14, "安装2台5万千瓦电源电站", 50, MW, mult=1e-3),
    F("tgd", 21, "電源電站:2 × 50 兆瓦", 50, MW),
    F("tgd", 22, "電源電站:2 × 50 千瓩", 50, MW),
]
G("tgd_small_units", TGD, "The two station-service generators: 50 MW / 5万千瓦 / 50 兆瓦 / 50 千瓩 each (five)", "Three Gorges Power Station",
  "station-service unit capacity", "as built", "Same figure (consistent).", ms)

ms = [F("tgd", 21, "左岸:14 ×", 14, CNT), F("tgd", 22, "左岸:14 ×", 14, CNT)]
G("tgd_left_units", TGD, "Main units on the left bank: 14 (two)", "Three Gorges Power Station", "units on the left bank", "as built", "Same figure (consistent).", ms)
ms = [F("tgd", 21, "右岸:12 ×", 12, CNT), F("tgd", 22, "右岸:12 ×", 12, CNT)]
G("tgd_right_units", TGD, "Main units on the right bank: 12 (two)", "Three Gorges Power Station", "units on the right bank", "as built", "Same figure (consistent).", ms)
ms = [F("tgd", 21, "右岸地下:6 ×", 6, CNT), F("tgd", 22, "右岸地下:6 ×", 6, CNT)]
G("tgd_underground_units", TGD, "Main units in the underground plant: 6 (two)", "Three Gorges Power Station", "units underground", "as built", "Same figure (consistent).", ms)

ms = [
    F("tgd", 1, "for some 600 km (375 miles) upstream", 600, KM, q="approx"),
    F("tgd", 8, "create a 600 km long lake", 600, KM),
    F("tgd", 11, "Length: 600 kilometers", 600, KM),
    F("tgd", 10, "an upstream extent of 630 km", 630, KM),
    F("tgd", 17, "改善了长江上游660公里的航运条件", 660, KM),
]
G("tgd_reservoir_length", TGD, "Length of the reservoir: 600 km (three) against 630 km (geoscienceworld); drbdp's 660 km of improved waterway apart",
  "Three Gorges Reservoir", "length of the reservoir", "as built",
  "600 rounds 630 (rounding; 'some 600' holds it: consistent); drbdp's 660 km is the length of upper-Yangtze waterway whose navigation was improved, not a stated length of the reservoir (audit: different_basis against 600 / 630, conflict defensible, since the improved reach is roughly the reservoir).", ms, A(ms, DC, [5], [1, 2, 3, 4]))

ms = [
    F("tgd", 6, "equivalent to burning 50 million tonnes of coal", 5e7, T),
    F("tgd", 17, "相当于减少燃烧5000万吨标准煤", 5e7, T),
    F("tgd", 4, "reduces coal usage by 31 million tonnes per year", 3.1e7, T),
]
G("tgd_coal", TGD, "Coal saved a year: 50 million tonnes / 5000万吨 against coolglobeskids' 31 million tonnes", "Three Gorges Power Station",
  "coal replaced a year", "a year", "31 million disagrees with 50 million (conflict).", ms)

ms = [
    F("tgd", 21, "集水面積1,000,000平方公里", 1e6, KM2),
    F("tgd", 22, "集水面積1,000,000平方公里", 1e6, KM2),
    F("tgd", 19, "控制集雨面积100万平方公里", 1e6, KM2),
]
G("tgd_catchment", TGD, "Catchment above the dam: 1,000,000 / 100万 km2 (three)", "Three Gorges Dam", "catchment area", "as built",
  "Same figure (consistent).", ms)

ms = [
    F("tgd", 21, "溢洪量116,000立方公尺每秒", 116000, "m**3/s"),
    F("tgd", 22, "溢洪量116,000立方公尺每秒", 116000, "m**3/s"),
]
G("tgd_spillway", TGD, "Spillway discharge: 116,000 m3/s (two)", "Three Gorges Dam", "spillway capacity", "as built",
  "Same figure (consistent).", ms)

# ---- audit: the dam's figures in feet, miles and cubic yards (the corpus's convention: such units in their own groups,
# as the Aral's 175 / 53 / 226 feet and 270 / 180 miles; tgd-01's feet and tgd-07's feet / miles were singles although
# other pages state the same quantities)
ms = [
    F("tgd", 1, "(607 feet)", 607, FT),
    F("tgd", 11, "Dam height: 185 meters (607 feet)", 607, FT),
    F("tgd", 7, "The 600-foot high", 600, FT),
    F("tgd", 21, "高度181公尺(594英尺)", 594, FT),
    F("tgd", 22, "高度181公尺(594英尺)", 594, FT),
]
G("tgd_height_ft", TGD, "Height of the dam in feet: 607 (britannica, thewaterpage; = 185 m) against 594 (the Wikipedia copies; = 181 m); businessinsider's '600-foot high'",
  "Three Gorges Dam", "height of the dam (feet)", "as built",
  "607 and 594 feet are the 185 m / 181 m height conflict in feet (conflict); a round '600-foot' restates either (rounding).", ms)

ms = [
    F("tgd", 1, "(7,660 feet) long", 7660, FT),
    F("tgd", 21, "長度2,335公尺(7,661英尺)", 7661, FT),
    F("tgd", 22, "長度2,335公尺(7,661英尺)", 7661, FT),
]
G("tgd_length_ft", TGD, "Length of the dam in feet: 7,660 (britannica) and 7,661 (the Wikipedia copies), both for 2,335 m", "Three Gorges Dam",
  "length of the dam (feet)", "as built", "7,660 is 7,661 (7,660.8) rounded down at its written precision (rounding by the kit's rule).", ms)

ms = [
    F("tgd", 7, "1.4 mile-long dam", 1.4, "miles"),
    F("tgd", 11, "Dam length: 2,309 meters (1.4 miles)", 1.4, "miles"),
]
G("tgd_length_mi", TGD, "Length of the dam in miles: 1.4 (two)", "Three Gorges Dam", "length of the dam (miles)", "as built",
  "Same figure (consistent).", ms)

ms = [
    F("tgd", 1, "some 600 km (375 miles)", 375, "miles", q="approx"),
    F("tgd", 11, "Length: 600 kilometers (370 miles)", 370, "miles"),
    F("tgd", 7, "about 400 miles long", 400, "miles", q="approx"),
]
G("tgd_reservoir_length_mi", TGD, "Length of the reservoir in miles: some 375 (britannica), 370 (thewaterpage), about 400 (businessinsider)", "Three Gorges Reservoir",
  "length of the reservoir (miles)", "as built", "The hedged 'some 375' and 'about 400' hold the others at their precision (consistent by the kit's rule).", ms)

ms = [
    F("tgd", 1, "(37 million cubic yards)", 3.7e7, "yd**3"),
    F("tgd", 11, "(35.5 million cubic yards)", 3.55e7, "yd**3"),
]
G("tgd_concrete_yd3", TGD, "Concrete in cubic yards: 37 million (britannica, for 28 million m3) against 35.5 million (thewaterpage, for 27.2 million m3)",
  "Three Gorges Dam", "concrete volume (cubic yards)", "as built", "37 million does not round 35.5 million (conflict), as in tgd_concrete.", ms)

ms = [
    F("tgd", 11, "reaches 175 meters (574 feet)", 574, FT),
    F("tgd", 11, "elevated 175 meters (574 feet)", 574, FT),
    F("tgd", 21, "正常水位175公尺(574英尺)", 574, FT),
    F("tgd", 22, "正常水位175公尺(574英尺)", 574, FT),
]
G("tgd_normal_level_ft", TGD, "Normal pool level in feet: 574 (four)", "Three Gorges Reservoir", "normal pool level (feet)", "as built", "Same figure (consistent).", ms)

for gid, desc, metric, q1 in [("tgd_flood_level_ft", "Flood-season limit level in feet: 476 (two)", "flood-season limit level (feet)", "(476英尺)"),
                              ("tgd_low_level_ft", "Lowest dry-season level in feet: 509 (two)", "lowest dry-season level (feet)", "(509英尺)"),
                              ("tgd_crest_width_ft", "Crest width in feet: 131 (two)", "crest width (feet)", "(131英尺)"),
                              ("tgd_base_width_ft", "Base width in feet: 377 (two)", "base width (feet)", "(377英尺)")]:
    v = float(q1[1:4])
    ms = [F("tgd", 21, q1, v, FT), F("tgd", 22, q1, v, FT)]
    G(gid, TGD, desc, "Three Gorges Dam", metric, "as built", "Same figure (consistent).", ms)

ms = [
    F("tgd", 6, "has risen 70 percent since the reservoir", 70, PC),
    F("tgd", 7, "increased by 70 per cent", 70, PC),
]
G("tgd_disasters_rise", TGD, "Rise in geological disasters / landslides since the reservoir filled: 70% (reuters, businessinsider)", "Three Gorges Reservoir area",
  "rise in geological disasters", "since the reservoir reached 175 m (2010) to 2012", "Same figure (consistent; singles before the audit).", ms)

S("tgd", 9, "covering 21 counties and cities", value=21, unit=CNT)
S("tgd", 1, "463,000 metric tons of steel", value=463000, unit=T)
S("tgd", 1, "navigate 2,250 km", value=2250, unit=KM)
S("tgd", 3, "producing 103.1 TWh", value=1.031e11, unit=KWH, mult=1e9)
S("tgd", 4, "keeps 100 million tonnes of greenhouse gases", value=1e8, unit=T)
S("tgd", 7, "including 20,000 this year alone", value=2e4, unit=CNT)
S("tgd", 7, "with 386 gates", value=386, unit=CNT)
S("tgd", 7, "to 50 million tons, triple", value=5e7, unit=T)
S("tgd", 7, "13 cities, 140 towns and 1,350 villages", vt="1,350", value=1350, unit=CNT)
S("tgd", 10, "a maximum depth of 120 m", value=120, unit=M)
S("tgd", 11, "Excavation: 102.6 million cubic meters", value=1.026e8, unit=M3)
S("tgd", 11, "Steel reinforcing bars: 354,000 tons", value=354000, unit=T)
S("tgd", 11, "a 484-meter spillway section", vt="484", value=484, unit=M)
S("tgd", 11, "with 23 bottom outlets", value=23, unit=CNT)
S("tgd", 11, "the water level rises to 156 meters", value=156, unit=M)
S("tgd", 11, "more than 50 types of pollutants", value=50, unit=CNT, q="over")
S("tgd", 11, "About 1,300 archaeological sites", value=1300, unit=CNT, q="approx")
S("tgd", 11, "Facing Inundation: 632 square kilometers", value=632, unit=KM2)
S("tgd", 11, "including 27,000 hectares", value=27000, unit="hectares")
S("tgd", 11, "Average width: 1.1 kilometers", value=1.1, unit=KM)
S("tgd", 11, "Runoff: 451 billion cubic meters", value=4.51e11, unit=M3)
S("tgd", 11, "discharge 530 million tons of silt", value=5.3e8, unit=T)
S("tgd", 12, "about 1,000 deaths", value=1000, unit=CNT, q="approx")
S("tgd", 12, "approximately 100 billion yuan", value=1e11, unit=CNY, q="approx")
S("tgd", 15, "它距离宜昌市中心约40公里", value=40, unit=KM, q="approx")
S("tgd", 15, "船舶通过船闸只需3到4小时", vt="3到4", value=[3, 4], unit="hours")
S("tgd", 17, "保护了下游地区1.5亿人口", value=1.5e8, unit=CNT)
S("tgd", 17, "200万公顷耕地", value=2e6, unit="hectares")
S("tgd", 19, "主体结构段总长1621米", value=1621, unit=M)
S("tgd", 19, "最大过船规模为3000吨级", value=3000, unit=T)
S("tgd", 20, "最窄處約100公尺", value=100, unit=M, q="approx")
S("tgd", 20, "排水量約3000噸", value=3000, unit=T, q="approx")
S("tgd", 20, "排水量12000噸", value=12000, unit=T)
S("tgd", 20, "年貨運量多年超過1億噸", value=1e8, unit=T, q="over")
S("tgd", 20, "近年更是達到1.4億噸", value=1.4e8, unit=T)
NC("tgd", 3, "December 14, 1994", "date")
NC("tgd", 3, "2003", "date")
NC("tgd", 3, "Open today · 8AM–5PMFriday", "page_furniture")
NC("tgd", 5, "as of July 4, 2012", "date")
NC("tgd", 21, "2009年9月的大壩", "date")
NC("tgd", 21, "啟用2003年6月1日,21年前", "date")
NC("tgd", 22, "始建1994年12月14日", "date")
NC("tgd", 13, "2006年全部建成", "date")
NC("tgd", 7, " date 2012-04-24", "date")
NC("tgd", 10, "(Gleick, 2010)", "author_year")
NC("tgd", 15, "时间:01-17人气:12", "page_furniture")
NC("tgd", 17, "时间:09-18人气:19", "page_furniture")
NC("tgd", 21, "始建1994年12月14日,30年前", "date")
NC("tgd", 21, "座標30°49′41.99″N", "coordinate")

# ============================================================ Dead Sea
ms = [
    F("dse", 3, "are 429 meters below sea level", 429, M),
    F("dse", 5, "is 430 m below sea level", 430, M),
    F("dse", 6, "Lying at 411 meters under the sea level", 411, M),
    F("dse", 7, "比海平面還要低429米", 429, M),
    F("dse", 11, "湖面海拔–424米", 424, M),
    F("dse", 12, "湖面海拔负422米", 422, M),
    F("dse", 15, "湖面海拔-430米", 430, M),
    F("dse", 16, "海平面以下 427 公尺", 427, M),
    F("dse", 17, "湖面的海拔为-430.5米", 430.5, M),
    F("dse", 18, "at 429 meters below sea level", 429, M),
    F("dse", 19, "At 418 metres below sea level", 418, M),
    F("dse", 20, "At 430 metres below sea level", 430, M),
    F("dse", 21, "(429 meters) below sea level", 429, M),
    F("dse", 1, "(417 m) below sea level", 417, M, "y2006", as_of="2006"),
    F("dse", 1, "(392 m) a century ago", 392, M, "y1906", as_of="about 1906"),
    F("dse", 8, "湖面海拔为-438.61米", 438.61, M, "y2024", as_of="2024-03"),
    F("dse", 9, "低于海平面415米", 415, M, "y2025", as_of="2025-01"),
    F("dse", 10, "低于地中海海面408米", 408, M, "y1995", as_of="1995"),
    F("dse", 10, "由低于海平面408米左右", 408, M, "y1995", q="approx", as_of="1995"),
    F("dse", 10, "降至415.65米", 415.65, M, "y2005", as_of="about 2005 ('目前')"),
]
cur = list(range(1, 14))
G("dse_level", DSE, "Surface of the Dead Sea below sea level: undated 429 (four) / 430 (three) / 430.5 / 427 / 424 / 422 / 418 / 411 m; dated 417 m (2006), 392 m (a century before), 408 m (1995), 415.65 m (about 2005), 438.61 m (2024-03), 415 m (2025-01)",
  "Dead Sea", "surface level below sea level", "undated 'current' figures from pages of different years; dated figures",
  "The level falls about a metre a year, so the undated figures are readings of different years: different_basis, conflict defensible, between any two that differ (the same figure: consistent); each dated figure is its own basis (different_basis), except 415 m 'as of 2025-01' against -438.61 m 'as of 2024-03', which cannot both hold (conflict, different_basis defensible).",
  ms, {(a, b): DC for a in cur for b in cur if a < b and ms[a - 1]["value"] != ms[b - 1]["value"]}, P(16, 17, CD))

ms = [
    F("dse", 3, "the sea level is decreasing by an average of 1 meter per year", 1, M),
    F("dse", 3, "currently decreases by an average of 1 meter per year", 1, M),
    F("dse", 5, "approximately 1 meter per year", 1, M, q="approx"),
    F("dse", 6, "Losing about 1 meter a year", 1, M, q="approx"),
    F("dse", 7, "水位平均每年下降1米", 1, M),
    F("dse", 11, "水位平均每年下降1米", 1, M),
    F("dse", 13, "死海水位以每年3米的速度下降", 3, M),
    F("dse", 14, "水位每年平均下降約1.2米", 1.2, M, q="approx"),
    F("dse", 15, "以每年3.3英尺", 1.00584, M, vt="3.3", mult=0.3048),
    F("dse", 15, "(約1米)", 1, M, q="approx"),
    F("dse", 4, "80-100 cm per year", [0.8, 1.0], M, "r", vt="80-100", mult=0.01, step=0.1),
]
G("dse_fall_rate", DSE, "Fall of the level a year: 1 m (nine, one as 3.3 feet, some hedged) and about 1.2 m against jiyifa's 3 m; arij's 80-100 cm of the early 2000s",
  "Dead Sea", "fall of the water level a year", "recent years",
  "3 m a year disagrees with every other figure (conflict); 3.3 feet (1.006 m) is rounded by a plain 1 m (rounding) and held by 'about 1 m' (consistent), but not by 'about 1.2 m' (conflict); a plain 1 m holds 'about 1.2 m' at its precision (consistent); the 80-100 cm range of 'the past few years' on a page of about 2003 is another period (different_basis; against 3 m conflict defensible).",
  ms, P(7, 11, DC))

ms = [
    F("dse", 8, "是一般海水的8.6倍", 8.6, TIMES, "gl"),
    F("dse", 11, "為一般海水的8.6倍", 8.6, TIMES, "gl"),
    F("dse", 12, "为一般海水的8.6倍", 8.6, TIMES, "gl"),
    F("dse", 14, "為一般海水的8.6倍", 8.6, TIMES, "gl"),
    F("dse", 15, "為一般海水的8.6倍", 8.6, TIMES, "gl"),
    F("dse", 7, "死海所含鹽分比一般海水高出近9倍", 9, TIMES, "gl", q="under"),
    F("dse", 7, "鹽分比海洋高出近9倍", 9, TIMES, "gl", q="under"),
    F("dse", 3, "nearly 10 times the salinity", 10, TIMES, "pct", q="under"),
    F("dse", 9, "高出近10倍", 10, TIMES, "pct", q="under"),
    F("dse", 18, "almost 10 times as salty", 10, TIMES, "pct", q="under"),
    F("dse", 21, "almost 10 times as salty", 10, TIMES, "pct", q="under"),
    F("dse", 10, "比一般海水高7倍", 7, TIMES, "pct"),
    F("dse", 16, "是海洋的 8 到 10 倍", [8, 10], TIMES, "r", vt="8 到 10", step=1.0),
]
G("dse_salt_multiple", DSE, "Salt against seawater: 8.6 times (five, from 300 g/L) and nearly 9 times; nearly / almost 10 times (four, beside 34% salinity) against piaojia's 7 times (beside 26%); ihatoo's 8 to 10 times",
  "Dead Sea", "salt content as a multiple of seawater", "current",
  "8.6 and 'nearly 9' are the concentration ratio (consistent); 'nearly 10 times' goes with a salinity of 34% (another computation: different_basis against 8.6, conflict defensible); 7 times disagrees with 'nearly 10 times' (set by hand: the kit reads a bare '10' as ±5, so its rule would call them consistent) and lies outside 8-10 (conflict); the range 8-10 holds the rest (consistent).",
  ms, X(ms, DC, ["gl"], ["pct"]), A(ms, K, [13], range(1, 12)), P(12, 13, C), A(ms, C, [12], [8, 9, 10, 11]))

ms = [
    F("dse", 9, "其鹽度為34.2%", 34.2, PC, as_of="2011"),
    F("dse", 10, "含盐量高达26%", 26, PC),
    F("dse", 12, "死海的盐分高达30%", 30, PC),
    F("dse", 16, "其鹽分濃度約為 34%", 34, PC, q="approx"),
    F("dse", 18, "(34 percent salt", 34, PC),
    F("dse", 19, "around 34 percent salinity", 34, PC, q="approx"),
    F("dse", 21, "(34 percent salt", 34, PC),
    F("dse", 11, "含鹽量在23%至30%", [23, 30], PC, "r", vt="23%至30%", step=1.0),
]
G("dse_salinity", DSE, "Salinity of the Dead Sea: 34% (four) and 34.2% (2011) against 30% (g230), 26% (piaojia) and the range 23-30% (kfd)",
  "Dead Sea", "salinity", "current",
  "34 rounds 34.2 (rounding; 'about 34%' holds it: consistent); 30% rounds 34 / 34.2 at its one-figure precision by the kit's rule (rounding; 'about 34%' consistent) and holds 26 (rounding); 26% disagrees with 34 and 34.2 (conflict); the range 23-30% holds 26 and 30 (consistent) and disagrees with 34 / 34.2 (conflict).",
  ms, A(ms, K, [8], [2, 3]), A(ms, C, [8], [1, 4, 5, 6, 7]))

ms = [
    F("dse", 9, "面積1020平方千米", 1020, KM2),
    F("dse", 10, "面积1050平方公里", 1050, KM2),
    F("dse", 11, "面積810平方公里", 810, KM2),
    F("dse", 12, "面积810平方公里", 810, KM2),
    F("dse", 8, "死海表面积为605平方千米", 605, KM2, "y2019", as_of="2019"),
]
G("dse_area", DSE, "Area of the Dead Sea: 810 km2 (two) against 1020 and 1050 km2; 605 km2 in 2019", "Dead Sea", "surface area",
  "undated; 2019", "810, 1020 and 1050 disagree with each other (conflict); the 2019 figure is dated (different_basis).", ms)

ms = [
    F("dse", 3, "With a depth of 304 meters", 304, M),
    F("dse", 9, "最深處395米", 395, M),
    F("dse", 12, "最深处380米", 380, M),
    F("dse", 14, "死海最深處為380.29米", 380.29, M),
    F("dse", 15, "最深處380.29米", 380.29, M),
    F("dse", 17, "湖底的最深处为380.29米", 380.29, M),
    F("dse", 8, "最大深度378米", 378, M, "y2019", as_of="2019"),
]
G("dse_depth", DSE, "Greatest depth: 380.29 m (three) and 380 m against 395 m (gethgdk) and 304 m (scienceinfo); 378 m in 2019",
  "Dead Sea", "greatest depth", "undated; 2019",
  "380 rounds 380.29 (rounding); 395 and 304 disagree with them and with each other (conflict); the 2019 figure is dated (different_basis).", ms)

ms = [
    F("dse", 9, "最深處湖床海拔-800.112米", 800.112, M),
    F("dse", 12, "最深处湖床海拔-800米", 800, M),
    F("dse", 15, "最深處湖床海拔-800.112米", 800.112, M),
    F("dse", 17, "最深处的湖床海拔为-800.12米", 800.12, M),
]
G("dse_bed", DSE, "The deepest bed below sea level: 800.112 m (two), 800 m, 800.12 m", "Dead Sea", "deepest bed below sea level", "undated",
  "800 rounds 800.112 / 800.12 (rounding); 800.12 is not 800.112 rounded (800.11) (conflict).", ms)

ms = [
    F("dse", 9, "死海南北長80千米", 80, KM),
    F("dse", 11, "湖長67公里", 67, KM),
    F("dse", 12, "湖长67公里", 67, KM),
    F("dse", 14, "南北長86公里", 86, KM),
    F("dse", 15, "南北長86公里", 86, KM),
    F("dse", 16, "長約 65 公里", 65, KM, q="approx"),
    F("dse", 8, "最大长度为76千米", 76, KM, "y2019", as_of="2019"),
]
G("dse_length", DSE, "Length of the Dead Sea: 67 km (two), 80 km, 86 km (two), about 65 km; 76 km in 2019", "Dead Sea", "length",
  "undated; 2019", "The undated figures disagree with each other (conflict); the 2019 figure is dated (different_basis).", ms)

ms = [
    F("dse", 11, "寬18公里", 18, KM),
    F("dse", 12, "宽18公里", 18, KM),
    F("dse", 16, "寬約 18 公里", 18, KM, q="approx"),
    F("dse", 8, "最大宽度为18千米", 18, KM, "y2019", as_of="2019"),
]
G("dse_width", DSE, "Width of the Dead Sea: 18 km (four)", "Dead Sea", "greatest width", "undated; 2019", "Same figure (consistent; the 2019 one different_basis).", ms)

ms = [
    F("dse", 9, "東西寬為4.8~17.7千米", [4.8, 17.7], KM, "r1", vt="4.8~17.7", step=0.1),
    F("dse", 14, "東西寬5到16公里不等", [5, 16], KM, "r2", vt="5到16", step=1.0),
    F("dse", 15, "東西寬5到16公里不等", [5, 16], KM, "r2", vt="5到16", step=1.0),
]
G("dse_width_range", DSE, "Range of widths: 4.8-17.7 km (gethgdk) against 5-16 km (two)", "Dead Sea", "width (east-west range)", "undated",
  "5-16 km does not round 4.8-17.7 km at its upper end (conflict).", ms, P(1, 2, C), P(1, 3, C))

ms = [
    F("dse", 3, "fallen more than 40 meters since the 1950s", 40, M, q="over"),
    F("dse", 7, "自1950年代至今,死海的水位估計急跌了40米", 40, M),
    F("dse", 7, "而由1950年代至今,死海的水位估計急跌了40米", 40, M),
    F("dse", 2, "dropped 30 meters below its mid-20th-century level", 30, M),
    F("dse", 14, "死海水位過去40年已下降了大約30米", 30, M, "p40", q="approx"),
    F("dse", 14, "海面已下降30米", 30, M, "p40"),
]
G("dse_fall_since_1950s", DSE, "Fall of the level since the 1950s: 40 m / 'more than 40' (three) against sputnik's 30 m by the mid-2010s; ifuun's 30 m in the past 40 years",
  "Dead Sea", "fall of the level since the mid-20th century", "1950s to now; the past 40 years",
  "30 m since the mid-20th century disagrees with 40 / more than 40 m (conflict); ifuun's 30 m over the past 40 years is another period (different_basis).",
  ms)

ms = [
    F("dse", 11, "從過去每年的13億立方公尺", 1.3e9, M3),
    F("dse", 10, "从20世纪60年代的17亿立方米", 1.7e9, M3),
]
G("dse_inflow_past", DSE, "Former yearly inflow of the Jordan: 13億 m3 (kfd) against 17亿 m3 in the 1960s (piaojia)", "Jordan River into the Dead Sea",
  "yearly inflow, formerly", "formerly (1960s)", "The two figures disagree (conflict).", ms)

ms = [
    F("dse", 11, "減少至目前的3000萬立方公尺", 3e7, M3),
    F("dse", 10, "减少到目前的3亿立方米", 3e8, M3),
]
G("dse_inflow_now", DSE, "Present yearly inflow of the Jordan: 3000萬 m3 (kfd) against 3亿 m3 (piaojia)", "Jordan River into the Dead Sea",
  "yearly inflow, now", "now", "The two figures disagree tenfold (conflict).", ms)

# ---- audit: the level in feet and the salt in g/L (singles before; dse-08 and dse-12 state the same 300 g/L)
ms = [
    F("dse", 1, "The level now stands at 1334 feet", 1334, FT, "y2006", as_of="2006"),
    F("dse", 1, "down from 1255 feet", 1255, FT, "y1906", as_of="about 1906"),
    F("dse", 1, "it will be 1490 feet below sea level", 1490, FT, "y2050", as_of="2050 (forecast)"),
    F("dse", 21, "at 1,407 feet", 1407, FT),
]
G("dse_level_ft", DSE, "Surface below sea level in feet: 1334 (2006), 1255 (a century before), 1490 (forecast for 2050), 1,407 (undated, = 429 m)",
  "Dead Sea", "surface level below sea level (feet)", "2006; about 1906; 2050; undated",
  "Each figure is of another year (different_basis), as in dse_level.", ms)

ms = [
    F("dse", 8, "其盐度达每升300克", 300, "g/L"),
    F("dse", 12, "湖水盐度达300g/L", 300, "g/L"),
    F("dse", 11, "表層水中的鹽分227g/L至275g/L", [227, 275], "g/L", "surf", vt="227g/L至275", step=1.0),
    F("dse", 11, "深層水中達327g/L", 327, "g/L", "deep"),
]
G("dse_salt_gl", DSE, "Salt in grams a litre: 300 (jjcou, g230); kfd's surface water 227-275 and deep water 327", "Dead Sea", "salt content (g/L)",
  "current", "300 twice (consistent); kfd's surface and deep layers are other measures (different_basis).", ms)

S("dse", 4, "declined over 21 m from 1930 to 1997", value=21, unit=M, q="over")
S("dse", 4, "and alone 12 m in the", value=12, unit=M)
S("dse", 4, "approximately 25 m", value=25, unit=M, q="approx")
S("dse", 4, "shrunk by about 30% in the", value=30, unit=PC, q="approx")
S("dse", 6, "After 75 000 years", vt="75 000", value=75000, unit=YR)
S("dse", 9, "平均深度為300米", value=300, unit=M)
S("dse", 10, "死海水面下降了7.5米", value=7.5, unit=M)
S("dse", 10, "面积将减少到650平方公里", value=650, unit=KM2)
S("dse", 11, "一般海水含鹽量為3.5%", value=3.5, unit=PC)
S("dse", 13, "按照目前的速度,50年后", value=50, unit=YR)
S("dse", 14, "超過90%遭截流", value=90, unit=PC, q="over")
S("dse", 14, "6500多個天坑", value=6500, unit=CNT, q="over")
NC("dse", 2, " date 2018-03", "date")
NC("dse", 1, "in the year 2050", "date")
NC("dse", 7, "研究機構自1927年起", "date")
NC("dse", 8, "(截至2024年3月)", "date")
NC("dse", 9, "(2011年數據)", "date")
NC("dse", 9, "(截至2025年1月)", "date")
NC("dse", 10, "但在1995年至2001年间", "date")
NC("dse", 11, "最低點[2]", "footnote_marker")
NC("dse", 14, "03-27", "date")
NC("dse", 3, "in 1927", "date")
NC("dse", 3, "Picture 1 of", "page_furniture")
NC("dse", 10, "20050708_091958_78.jpg", "file_name")
NC("dse", 12, "2024-11-25 14:31:25", "date")
NC("dse", 12, "推荐回答(5个)", "page_furniture")
NC("dse", 13, "1999年8月31日", "date")
NC("dse", 14, "死海將於2050年乾涸", "date")
NC("dse", 20, "November 02, 2021 12:53:34 IST", "date")
NC("dse", 21, "December 19th, 2018", "date")
NC("dse", 22, "Reuters Jul 30, 2015", "date")

# ============================================================ Aral Sea
ms = [
    F("arl", 4, "What was a 68,000 square kilometer sea", 68000, KM2),
    F("arl", 8, "Surface area68,000 km2", 68000, KM2),
    F("arl", 9, "an area of 68000-2NaN-2", 68000, KM2, vt="68000", note="'68000-2NaN-2' as stored (a broken unit template)"),
    F("arl", 11, "about 68 thousand square kilometers", 68000, KM2, vt="68 thousand", step=1000.0, q="approx"),
    F("arl", 13, "面積68000平方公里", 68000, KM2),
    F("arl", 14, "68000平方公里(1960年)", 68000, KM2),
    F("arl", 15, "面积68,000平方公里", 68000, KM2),
    F("arl", 17, "68000平方公里(1960年)", 68000, KM2),
    F("arl", 18, "面積68,000平方公里", 68000, KM2),
    F("arl", 12, "咸海的面积是6.6万平方公里", 66000, KM2),
    F("arl", 15, "面积6.45万平方千米", 64500, KM2),
    F("arl", 18, "面積6.45萬平方千米", 64500, KM2),
    F("arl", 13, "面積將近7萬", 70000, KM2, q="under"),
]
G("arl_area_1960", ARL, "Area of the Aral Sea at its largest (about 1960): 68,000 km2 (nine) against 6.6万 (cifumi) and 6.45万 (two); 将近7万",
  "Aral Sea", "area at its largest", "about 1960 (before the shrinking)",
  "68,000, 6.6万 and 6.45万 are three figures that do not round each other (conflict); '将近7万' holds all of them (consistent).", ms)

ms = [
    F("arl", 15, "面积5万余平方千米", 50000, KM2, q="over"),
    F("arl", 18, "鹹海面積6萬餘平方千米", 60000, KM2, q="over"),
]
G("arl_area_desc", ARL, "The encyclopedia entries' undated lead area: 5万余 (chacila) against 6萬餘 (jendow) km2", "Aral Sea", "area (undated lead of the entry)",
  "undated", "The same lead sentence in two copies of one entry ('面积5万余平方千米,平均水深13米,最深处水深64米'): 5万余 is 50,000-odd (below 60,000) and 6萬餘 60,000-odd, so they cannot both hold (audit: conflict; the kit's rule reads 余 as open-ended and would call them consistent).", ms, P(1, 2, C))

ms = [
    F("arl", 1, "reduced to just 10 percent of its original size", 10, PC),
    F("arl", 4, "is 10 % of the original size", 10, PC),
    F("arl", 5, "declined to 10% of its original size", 10, PC),
    F("arl", 9, "it had declined to 10% of its original size", 10, PC),
]
G("arl_left_share", ARL, "What is left of the sea: 10% of its original size (four)", "Aral Sea", "share of its original size left",
  "2007 / now", "Same figure (consistent).", ms)

ms = [
    F("arl", 2, "lost more than 90 percent of its surface area", 90, PC, q="over"),
    F("arl", 3, "the sea has shrunk by 90 %", 90, PC),
    F("arl", 12, "就已经萎缩了74%", 74, PC),
]
G("arl_area_lost", ARL, "Area lost: 90% / more than 90% against cifumi's 74% in half a century", "Aral Sea", "share of the area lost",
  "since the 1960s", "74% disagrees with 90% and 'more than 90%' (conflict).", ms)

ms = [
    F("arl", 7, "the volume has been reduced by 75 percent", 75, PC),
    F("arl", 12, "其水量也减少近85%", 85, PC, q="under"),
    F("arl", 10, "lost 60 percent of its water", 60, PC, "p30", note="'over the past 30 years'"),
]
G("arl_volume_lost", ARL, "Water lost: 75% (marakanda) against nearly 85% (cifumi); 60% over 30 years (libraryindex)", "Aral Sea", "share of the volume lost",
  "since the 1960s; the past 30 years", "75% is not 'nearly 85%' (conflict); 60% over the past 30 years is another period (different_basis, conflict defensible).",
  ms, X(ms, DC, ["p30"], ["a"]))

ms = [
    F("arl", 6, "All 24 of its native fish species", 24, CNT),
    F("arl", 14, "咸海鱼类由24种", 24, CNT),
    F("arl", 17, "鹹海魚類由24種", 24, CNT),
    F("arl", 7, "Some 20 species were identified", 20, CNT, q="approx"),
    F("arl", 7, "All 20 known fish species", 20, CNT),
    F("arl", 12, "1960年的时候还有20种鱼", 20, CNT),
    F("arl", 11, "there were 34 species of fish", 34, CNT),
]
G("arl_fish_before", ARL, "Fish species before the shrinking: 24 (three) against 20 (marakanda twice, cifumi) and 34 (funnyhah)", "Aral Sea",
  "native fish species", "before the 1960s",
  "24, 20 and 34 are different counts (conflict; 24 against a plain 20 set by hand, rounding defensible since the kit reads '20' as 15-25), except 'some 20' which holds 24 at its precision (consistent by the kit's rule).",
  ms, A(ms, (C, R), [1, 2, 3], [5, 6]))

ms = [
    F("arl", 14, "减少到4种", 4, CNT),
    F("arl", 17, "減少到4種", 4, CNT),
    F("arl", 12, "就只剩下1种鱼了", 1, CNT),
    F("arl", 11, "then only 5 species remained", 5, CNT),
]
G("arl_fish_left", ARL, "Fish species left: 4 (baike twice) against 1 (cifumi) and 5 (funnyhah)", "Aral Sea", "fish species left", "after the shrinking",
  "4, 1 and 5 disagree (conflict).", ms)

ms = [
    F("arl", 13, "南北長(zhǎng)435公里", 435, KM),
    F("arl", 15, "南北最长435公里", 435, KM),
    F("arl", 18, "南北最長435公里", 435, KM),
    F("arl", 11, "426 km long", 426, KM),
]
G("arl_length", ARL, "Length at its largest: 435 km (three) against funnyhah's 426 km", "Aral Sea", "length at its largest", "about 1960",
  "426 does not round 435 (conflict).", ms)

ms = [
    F("arl", 13, "東西290公里", 290, KM),
    F("arl", 15, "东西290公里", 290, KM),
    F("arl", 18, "東西290公里", 290, KM),
    F("arl", 11, "284 km wide", 284, KM),
]
G("arl_width", ARL, "Width at its largest: 290 km (three) against funnyhah's 284 km", "Aral Sea", "width at its largest", "about 1960",
  "284 does not round to 290 at 290's precision (conflict).", ms)

ms = [
    F("arl", 8, "(26,300 sq mi)", 26300, "square_miles", nth=1),
    F("arl", 15, "(26,300平方哩)", 26300, "square_miles"),
    F("arl", 18, "(26,300平方哩)", 26300, "square_miles"),
]
G("arl_area_mi2", ARL, "Area at its largest in square miles: 26,300 (three)", "Aral Sea", "area at its largest", "about 1960",
  "Same figure (consistent).", ms)

ms = [
    F("arl", 13, "平均深度16米", 16, M, "hist"),
    F("arl", 15, "平均深度16米", 16, M, "hist"),
    F("arl", 18, "平均深度16米", 16, M, "hist"),
    F("arl", 14, "13米", 13, M, "desc"),
    F("arl", 15, "平均水深13米", 13, M, "desc"),
    F("arl", 17, "13米", 13, M, "desc"),
    F("arl", 18, "平均水深13米", 13, M, "desc"),
]
G("arl_mean_depth", ARL, "Mean depth: 16 m at its largest (three) against 13 m in the entries' lead and baike's infobox (four)", "Aral Sea", "mean depth",
  "at its largest; the entries' undated lead",
  "The entries give 16 m 'historically' and 13 m in their lead (another state of the lake: different_basis, conflict defensible).",
  ms, X(ms, DC, ["hist"], ["desc"]))

ms = [
    F("arl", 13, "最深處達(dá)69米", 69, M, "hist"),
    F("arl", 15, "最深处达69米", 69, M, "hist"),
    F("arl", 18, "最深處達69米", 69, M, "hist"),
    F("arl", 14, "64米", 64, M, "desc"),
    F("arl", 15, "最深处水深64米", 64, M, "desc"),
    F("arl", 17, "64米", 64, M, "desc"),
    F("arl", 18, "最深處水深64米", 64, M, "desc"),
]
G("arl_max_depth", ARL, "Greatest depth: 69 m at its largest (three) against 64 m in the entries' lead and baike's infobox (four)", "Aral Sea", "greatest depth",
  "at its largest; the entries' undated lead",
  "69 m 'historically' against 64 m in the lead: another state of the lake (different_basis, conflict defensible).",
  ms, X(ms, DC, ["hist"], ["desc"]))

ms = [
    F("arl", 13, "咸海海拔53米", 53, M),
    F("arl", 15, "海拔53米(175呎)", 53, M),
    F("arl", 15, "湖面海拔53米", 53, M),
    F("arl", 18, "歷史上鹹海海拔53米", 53, M),
    F("arl", 18, "湖面海拔53米", 53, M),
]
G("arl_elevation", ARL, "Surface elevation at its largest: 53 m (five)", "Aral Sea", "surface elevation", "about 1960", "Same figure (consistent).", ms)

ms = [
    F("arl", 8, "referring to over 1,100 islands", 1100, CNT, q="over"),
    F("arl", 9, "(over 1,100)", 1100, CNT, q="over"),
    F("arl", 13, "有過(guò)1500個(gè)島", 1500, CNT),
]
G("arl_islands", ARL, "Islands: over 1,100 (two) and 1500 (wzkp)", "Aral Sea", "islands", "formerly", "'over 1,100' holds 1500 (consistent).", ms)

ms = [
    F("arl", 6, "the water level has fallen 15 meters", 15, M),
    F("arl", 7, "The water level has dropped by 16 metres", 16, M),
    F("arl", 11, "after the water level dropped by 22 meters", 22, M),
    F("arl", 20, "鹹海水平面下降14米以上", 14, M, q="over"),
]
G("arl_level_fall", ARL, "Fall of the water level: 15 m, 16 m and 22 m; 'more than 14 m' since 1960", "Aral Sea", "fall of the water level", "since 1960",
  "15, 16 and 22 m disagree (conflict); 'more than 14 m' holds them (consistent). Audit: the pages give no date for the fall and the level kept falling (arl-11: 'from 20 to 90 cm per year'), so, as for the Dead Sea's undated levels, different_basis is defensible between 15, 16 and 22 m.", ms, A(ms, (C, D), [1, 2, 3], [1, 2, 3]))

ms = [
    F("arl", 12, "咸海已经有550万年的历史了", 5.5e6, YR),
    F("arl", 12, "在地球已经存在550万年", 5.5e6, YR),
    F("arl", 19, "已存在於地球550萬年", 5.5e6, YR),
]
G("arl_age", ARL, "Age of the lake: 550万年 (three)", "Aral Sea", "age", "now", "Same figure (consistent).", ms)

ms = [
    F("arl", 14, "入咸海水量减少至70亿立方米", 7e9, M3),
    F("arl", 17, "入鹹海水量減少至70億立方米", 7e9, M3),
]
G("arl_inflow", ARL, "Inflow after the Karakum canal: 70亿 m3 (two)", "Aral Sea", "yearly inflow", "after the canal", "Same figure (consistent).", ms)

ms = [
    F("arl", 14, "锡尔河三角洲鸟类减少了135种", 135, CNT),
    F("arl", 17, "錫爾河三角洲鳥類減少了135種", 135, CNT),
]
G("arl_birds", ARL, "Bird species lost in the Syr Darya delta: 135 (two)", "Syr Darya delta", "bird species lost", "since the 1960s",
  "Same figure (consistent).", ms)

ms = [
    F("arl", 14, "输送了1290万立方米的水量", 1.29e7, M3),
    F("arl", 17, "輸送了1290萬立方米的水量", 1.29e7, M3),
]
G("arl_canal", ARL, "Water carried by the Karakum canal: 1290万 m3 (two)", "Karakum canal", "water carried", "as stated",
  "Same figure (consistent).", ms)

ms = [
    F("arl", 14, "相当于阿姆河总流量的15%", 15, PC),
    F("arl", 17, "相當於阿姆河總流量的15%", 15, PC),
]
G("arl_canal_share", ARL, "The canal's share of the Amu Darya's flow: 15% (two)", "Karakum canal", "share of the Amu Darya's flow", "as stated",
  "Same figure (consistent).", ms)

ms = [
    F("arl", 14, "8739平方公里(2010年)", 8739, KM2),
    F("arl", 17, "8739平方公里(2010年)", 8739, KM2),
]
G("arl_area_2010", ARL, "Area in 2010: 8739 km2 (two)", "Aral Sea", "area", "2010", "Same figure (consistent).", ms)

ms = [
    F("arl", 8, "28,687 km2", 28687, KM2),
    F("arl", 12, "咸海缩减至2.9万平方千米", 29000, KM2),
]
G("arl_area_1998", ARL, "Area in 1998: 28,687 km2 (osmarks) and 2.9万 km2 (cifumi)", "Aral Sea", "area", "1998", "2.9万 rounds 28,687 (rounding).", ms)

ms = [
    F("arl", 13, "通航期7個(gè)月", 7, "months"),
    F("arl", 15, "通航期7个月", 7, "months"),
    F("arl", 18, "通航期7個月", 7, "months"),
]
G("arl_navigation", ARL, "Navigation season: 7 months (three)", "Aral Sea", "navigation season", "formerly", "Same figure (consistent).", ms)

ms = [F("arl", 15, "(270哩)", 270, "miles"), F("arl", 18, "(270哩)", 270, "miles")]
G("arl_length_mi", ARL, "Length at its largest in miles: 270 (two)", "Aral Sea", "length at its largest", "about 1960", "Same figure (consistent).", ms)
ms = [F("arl", 15, "(180哩)", 180, "miles"), F("arl", 18, "(180哩)", 180, "miles")]
G("arl_width_mi", ARL, "Width at its largest in miles: 180 (two)", "Aral Sea", "width at its largest", "about 1960", "Same figure (consistent).", ms)
ms = [F("arl", 15, "(175呎)", 175, FT), F("arl", 18, "(175呎)", 175, FT)]
G("arl_elevation_ft", ARL, "Surface elevation in feet: 175 (two)", "Aral Sea", "surface elevation", "about 1960", "Same figure (consistent).", ms)
ms = [F("arl", 15, "(53呎)", 53, FT), F("arl", 18, "(53呎)", 53, FT)]
G("arl_mean_depth_ft", ARL, "Mean depth in feet: 53 (two)", "Aral Sea", "mean depth", "at its largest", "Same figure (consistent).", ms)
ms = [F("arl", 15, "(226呎)", 226, FT), F("arl", 18, "(226呎)", 226, FT)]
G("arl_max_depth_ft", ARL, "Greatest depth in feet: 226 (two)", "Aral Sea", "greatest depth", "at its largest", "Same figure (consistent).", ms)

S("arl", 5, "In 40 years time", value=40, unit=YR)
S("arl", 6, "The shoreline has receded 120 kilometers", value=120, unit=KM)
S("arl", 6, "over 400,000 square kilometers", value=4e5, unit=KM2, q="over")
S("arl", 8, "Catchment area1,549,000 km2", value=1549000, unit=KM2)
S("arl", 8, "(11,076 sq mi)", value=11076, unit="square_miles")
S("arl", 8, "17,160 km2", value=17160, unit=KM2)
S("arl", 10, "from 10 percent salt content", value=10, unit=PC)
S("arl", 10, "to 23 percent salt content", value=23, unit=PC)
S("arl", 10, "a total catch of 26,000 tons", value=26000, unit=T)
S("arl", 11, "its volume is less than 75 sq. km", value=75, unit=KM2, q="under")
S("arl", 11, "which is 900 times less", value=900, unit=TIMES)
S("arl", 11, "it became 1.5 times more", value=1.5, unit=TIMES)
S("arl", 11, "from 20 to 90 cm per year", vt="20 to 90", value=[20, 90], unit=CM)
S("arl", 12, "在50年内消失了6万平方公里", value=6e4, unit=KM2)
S("arl", 13, "遍及55萬(wàn)公頃", value=5.5e5, unit="hectares")
S("arl", 13, "超過(guò)4萬(wàn)人", value=4e4, unit=CNT, q="over")
S("arl", 14, "1064立方千米(1960年)", value=1064, unit=KM3)
S("arl", 14, "64立方千米(2010年)", value=64, unit=KM3)
S("arl", 16, "水量不足原来的10%", value=10, unit=PC, q="under")
S("arl", 20, "離塔什乾市約640千米", value=640, unit=KM, q="approx")
NC("arl", 1, "in 1960 the aral sea", "date")
NC("arl", 8, "(1998, two lakes)", "date")
NC("arl", 11, "In 1989, the middle of the Aral Sea", "date")
NC("arl", 14, "于1987年分成了", "date")
NC("arl", 19, "於1987年分成了", "date")
NC("arl", 20, "自1960年以來", "date")
NC("arl", 8, "Coordinates45°N 60°E", "coordinate")
NC("arl", 8, "The Aral Sea in 1989 (left) and 2014 (right)", "date")
NC("arl", 12, "(预计2020年会完全", "date")
NC("arl", 14, "0有用+1", "page_furniture")
NC("arl", 16, "时间:01-18人气:15", "page_furniture")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh44.toml", "corpus-fresh44")
