"""Hand annotation of corpus-fresh57, written as data; emits gold.d/fresh57.toml (then run
corpus/check_gold.py --dir corpus-fresh57 --build).

Three domains: Sun Moon Lake / 日月潭 (elevation 748 m against 740, 760 and 'about 700'; area 7.93 km2 against 7.73,
7.7, 约9 and 'about 5.4'; perimeter 约37 against 35; greatest depth 27 against 约100 m; average depth 30 against 40,
约60 and 'about 27'; `sml-*`), the Danube / 多瑙河 (length 2,850 km against 2,860, 2,857, 2,872, 2,816 and
'approximately 2900'; miles 1,777 against 1,750, 1,785 and 1,770; discharge 6430 against 6500, 'around 6855' and
约5600 m3/s; ten countries against nine; `dnb-*`) and Jade Dragon Snow Mountain / 玉龙雪山 / 玉龍雪山 (Shanzidou 5,596
m throughout; 15 km from Lijiang against 25; length 35 against 75 km; width 约13 against 25 km; 13 peaks against 12;
`jds-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py: a rounded restatement is rounding; a figure that is not a correct rounding,
or two of the same precision that disagree, is conflict; a hedge that holds the other figure is consistent; ranges;
a coarser plain figure that rounds an 'about' figure it does not hold is rounding). Chinese 多 / 余 figures (DUO) are
read as '-odd'. Values as written: 万/萬 = 1e4, 亿/億 = 1e8. Explicit verdicts are set by predicates on the mentions
(value, basis), not by mention numbers.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, P, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import DUO, NC, OTHER, ATTR, F, G, S, V, auto, basis, val  # noqa: E402

load(HERE)

goldrules.install()

SML, DNB, JDS = "sun-moon-lake", "danube", "jade-dragon-snow-mountain"
M, KM, MI, FT = "meter", "km", "mile", "feet"
KM2, MI2, M3, M3S = "km**2", "mile**2", "meter**3", "meter**3 / second"
HA, TIMES = "hectare", "times"

# ============================================================ Sun Moon Lake
ms = [
    F("sml", 1, "Its elevation is about 700 meters high", 700, M, q="approx"),
    F("sml", 2, "it is 740 m above sea level", 740, M),
    F("sml", 4, "situated at an altitude of 760 meters", 760, M),
    F("sml", 5, "湖面海拔760米", 760, M),
    F("sml", 6, "日月潭湖面海拔748米", 748, M),
    F("sml", 7, "日月潭湖面海拔748米", 748, M),
    F("sml", 10, "日月潭湖面海拔748米", 748, M),
    F("sml", 10, "6、湖面海拔760米", 760, M),
]
G("sml_elev_m", SML, "Elevation of the lake surface: 748 m three times against 760 three times, 740 and 'about 700'",
  "Sun Moon Lake", "elevation of the lake surface", "undated",
  "748, 740 and 760 (all to the metre or ten) disagree: conflict (623kkk gives 748 and 760 in one list). 'About 700' "
  "(650-750) holds 740 and 748 (consistent), not 760 (conflict).", ms)
ms = [
    F("sml", 1, "Its water region is about 5.4 square kilometres", 5.4, KM2, q="approx"),
    F("sml", 2, "covering an area of 7.73 sq. km", 7.73, KM2),
    F("sml", 3, "to 7.73 sq. kms", 7.73, KM2),
    F("sml", 5, "面積約9平方千米", 9, KM2, q="approx"),
    F("sml", 6, "常态面积为7.93㎞2", 7.93, KM2),
    F("sml", 7, "日月潭常态面积为7.93平方千米", 7.93, KM2),
    F("sml", 8, "湖面面積約為7.73平方公里", 7.73, KM2, q="approx"),
    F("sml", 9, "面积7.7平方千米", 7.7, KM2),
    F("sml", 10, "常態面積為7.93㎞2", 7.93, KM2),
    F("sml", 10, "面積約9平方千米", 9, KM2, q="approx"),
]
G("sml_area_km2", SML, "Area of the lake (normal level): 7.93 km2 three times against 7.73 three times, 7.7, 约9 twice and 'about 5.4'",
  "Sun Moon Lake", "area of the lake (normal water level)", "undated",
  "7.93 against 7.73 (both to 0.01): conflict. 7.7 is 7.73 rounded: rounding; 7.7 against 7.93: conflict. 约9 "
  "(8.5-9.5) and 'about 5.4' hold none of the others: conflict. tbaygirls' 7.73 is the area after the 1934 works, "
  "i.e. today's (its 4.55 before them is a single).", ms)
ms = [
    F("sml", 6, "(满水位时10㎞2)", 10, KM2),
    F("sml", 7, "满水位时面积为10平方千米", 10, KM2),
    F("sml", 10, "(滿水位時10㎞2)", 10, KM2),
]
G("sml_area_full_km2", SML, "Area at full water level: 10 km2 three times", "Sun Moon Lake",
  "area of the lake at full water level", "undated", "Consistent.", ms)
ms = [
    F("sml", 2, "with a perimeter of 35 km", 35, KM),
    F("sml", 5, "湖周長約35千米", 35, KM, q="approx"),
    F("sml", 6, "湖周长约37千米", 37, KM, q="approx"),
    F("sml", 7, "湖周长约37千米", 37, KM, q="approx"),
    F("sml", 9, "湖岸周长35千米", 35, KM),
    F("sml", 10, "湖周長約37千米", 37, KM, q="approx"),
    F("sml", 10, "湖周長約35千米", 35, KM, q="approx"),
]
G("sml_perimeter_km", SML, "Perimeter of the lake: 35 (twice 'about') against 'about 37' three times", "Sun Moon Lake",
  "perimeter (shoreline) of the lake", "undated",
  "约37 (36.5-37.5) does not hold 35 or 约35: conflict; 35 and 约35 consistent.", ms)
ms = [
    F("sml", 6, "最大水深27米", 27, M),
    F("sml", 7, "最大水深27米", 27, M),
    F("sml", 8, "最大深度約為100公尺", 100, M, q="approx"),
    F("sml", 10, "最大水深27米", 27, M),
]
G("sml_maxdepth_m", SML, "Greatest depth: 27 m three times against top10bikeguide's 'about 100'", "Sun Moon Lake",
  "greatest depth of the lake", "undated", "'About 100' against 27: conflict.", ms)
ms = [
    F("sml", 1, "the average depth is about 27 meters", 27, M, q="approx"),
    F("sml", 2, "an average depth of 40 m", 40, M),
    F("sml", 5, "平均水深30米", 30, M),
    F("sml", 8, "約為60公尺", 60, M, q="approx"),
    F("sml", 10, "平均水深30米", 30, M),
]
G("sml_avgdepth_m", SML, "Average depth: 30 m twice against 40, 'about 60' and 'about 27'", "Sun Moon Lake",
  "average depth of the lake", "undated",
  "30 against 40: conflict; 'about 60' against all: conflict; 30 rounds 'about 27' (the hand rule): rounding; 'about "
  "27' against 40: conflict.", ms)
S("sml", 1, "about 50 thousand meters", vt="50 thousand", value=50000, unit=M, q="approx")
NC("sml", 1, "But in 1931", "date")
NC("sml", 3, "the Japanese in 1934", "date")
ms = [
    F("sml", 1, "rose from 6 meters", 6, M),
    F("sml", 3, "changed from 6 meters", 6, M),
]
G("sml_depth_before_works_m", SML, "Depth (water level) before the Japanese dam works of the 1930s: 6 m twice", "Sun Moon Lake",
  "depth of the lake before the 1930s dam works", "before 1931-1934",
  "Consistent. tourhq's 'water level rose from 6 meters' and tbaygirls' 'depth changed from 6 meters' describe the "
  "same works.", ms)
ms = [
    F("sml", 1, "to 27 meters. Hundreds", 27, M),
    F("sml", 3, "to 27 meters. The surface", 27, M),
]
G("sml_depth_after_works_m", SML, "Depth (water level) after the Japanese dam works of the 1930s: 27 m twice", "Sun Moon Lake",
  "depth of the lake after the 1930s dam works", "after 1931-1934",
  "Consistent. Kept apart from the greatest and average depth: the pages do not say which depth is meant.", ms)
S("sml", 3, "from 1.8 sq miles", value=1.8, unit=MI2)
S("sml", 3, "to nearly 3 sq. miles", value=3, unit=MI2, q="under")
S("sml", 3, "(4.55 sq kms", value=4.55, unit=KM2)
NC("sml", 4, "the 921 earthquake", "name")
NC("sml", 4, "in 2000, when", "date")
NC("sml", 4, "tourists in 2009", "date")
NC("sml", 4, "National Highway No. 6", "name")
NC("sml", 4, "by 2011", "date")
S("sml", 4, "from 1.4 million annually", vt="1.4 million", value=1.4e6, unit=P)
S("sml", 4, "a peak of 8 million annually", vt="8 million", value=8e6, unit=P)
S("sml", 4, "from 9,000 hectares", value=9000, unit=HA)
S("sml", 4, "to 18,000 hectares", value=18000, unit=HA)
NC("sml", 6, '<h1><font color="#167efb"><b>', "markup")
NC("sml", 6, '<h1><b><font color="#167efb">', "markup")
NC("sml", 6, " 2009年,日月潭", "date")
NC("sml", 6, "台湾八大景之一", "name")
S("sml", 9, "水深二三十米", vt="二三十", value=[20, 30], unit=M)
S("sml", 9, "超过西湖10多倍", value=10, unit=TIMES, q="over")
for i, q in enumerate(["1、日月潭", "2、日月潭", "3、它", "4、", "5、日月潭", "6、湖面"], 1):
    NC("sml", 10, q, "list_number")
NC("sml", 10, "2009年,日月潭", "date")
NC("sml", 10, "臺灣八大景之一", "name")

# ============================================================ the Danube
ms = [
    F("dnb", 1, "stretches for 2,860 kilometers", 2860, KM),
    F("dnb", 1, "Length: 2850 km", 2850, KM),
    F("dnb", 2, "approximately 2900 km long", 2900, KM, q="approx"),
    F("dnb", 3, "(2,816 km)", 2816, KM),
    F("dnb", 4, "total length of 2857 kilometers", 2857, KM),
    F("dnb", 5, "southeast for 2,872 km", 2872, KM),
    F("dnb", 6, "extending about 2,860 kilometers", 2860, KM, q="approx"),
    F("dnb", 7, "长约2850千米", 2850, KM, q="approx"),
    F("dnb", 8, "全長2850公里", 2850, KM),
    F("dnb", 9, "全长2,850公里,为欧盟", 2850, KM),
    F("dnb", 10, "全長2857公里", 2857, KM),
]
G("dnb_length_km", DNB, "Length of the Danube: 2,850 km four times (once 'about') against 2,860 twice (once 'about'), 2,857 twice, 2,872, 2,816 and 'approximately 2900'",
  "Danube", "length of the river", "undated",
  "2,850 and 2,860 (both to the ten) disagree: conflict (toplist gives both). 2,857 is 2,860 rounded (rounding) but "
  "not 2,850 (conflict). 2,872 and 2,816 against all the others: conflict, except 'approximately 2900' (2850-2950), "
  "which holds 2,850 to 2,872 (consistent) but not 2,816.", ms)
ms = [
    F("dnb", 1, "(1,777 miles)", 1777, MI),
    F("dnb", 3, "flows 1,750 mi", 1750, MI),
    F("dnb", 5, "(1,785 mi)", 1785, MI),
    F("dnb", 6, "(1,777 miles)", 1777, MI, q="approx"),
    F("dnb", 8, "(1,770哩)", 1770, MI),
]
G("dnb_length_mi", DNB, "Length in miles: 1,777 twice against 1,750, 1,785 and 1,770 (哩)", "Danube",
  "length of the river, miles", "undated", "Figures to the mile or ten that disagree: conflict. infinitelexicon's "
  "1,777 converts its 'about 2,860 kilometers' and carries the hedge (consistent with toplist's plain 1,777).", ms)
ms = [
    F("dnb", 2, "about 817000 km2", 817000, KM2, q="approx"),
    F("dnb", 8, "流域面積81.7萬平方公里", 817000, KM2),
    F("dnb", 9, "流域面积81.7万平方公里", 817000, KM2),
    F("dnb", 10, "流域面積81.7万平方千米", 817000, KM2),
]
G("dnb_basin_km2", DNB, "Basin area: 817,000 km2 four times", "Danube", "area of the drainage basin", "undated",
  "Consistent.", ms)
ms = [
    F("dnb", 4, "around 6855 m³/s", 6855, M3S, q="approx"),
    F("dnb", 7, "平均流量约5600 立方米/秒", 5600, M3S, q="approx"),
    F("dnb", 8, "河口年平均流量6430m3/s", 6430, M3S),
    F("dnb", 9, "流量约为6,500立方米每秒", 6500, M3S, q="approx"),
    F("dnb", 10, "平均流量為6500立方公尺/秒", 6500, M3S),
    F("dnb", 11, "6,546 m3/s", 6546, M3S),
]
G("dnb_flow_m3s", DNB, "Average discharge (at the mouth): 6500 (once 'about') against 6430, 'around 6855' and yd166's 约5600",
  "Danube", "average discharge at the mouth", "undated",
  "6430 against 6500 and 约6,500 (6450-6550): conflict. 'Around 6855' and 约5600 hold none of the others: conflict "
  "(yd166's 5600 is the figure sichuanlong gives for the Iron Gates, but yd166 gives it as the river's average flow).",
  ms)
ms = [
    F("dnb", 1, "runs across ten countries", 10, CNT, vt="ten", step=1),
    F("dnb", 4, "touches ten countries", 10, CNT, vt="ten", step=1),
    F("dnb", 5, "borders of ten countries", 10, CNT, vt="ten", step=1),
    F("dnb", 6, "border of nine countries", 9, CNT, vt="nine", step=1),
    F("dnb", 7, "干流经过9个国家", 9, CNT),
    F("dnb", 8, "它流經(jīng)10個國家", 10, CNT),
    F("dnb", 9, "正确答案应该是十个", 10, CNT, vt="十", step=1),
    F("dnb", 9, "现在的十个国家", 10, CNT, vt="十", step=1),
    F("dnb", 9, "所以也有资料说多瑙河流经九国", 9, CNT, vt="九", step=1, basis="other"),
]
G("dnb_countries", DNB, "Countries the river flows through or borders: ten on five pages against nine on two; sichuanlong's 'some sources say nine'",
  "Danube", "number of countries on the main stem", "current",
  "Ten against nine: conflict (sichuanlong explains nine as leaving out Moldova's 480 m of bank). Its '也有资料说...流经"
  "九国' is attributed to other sources: different_basis, conflict as alt.", ms, ATTR({"other"}))
ms = [
    F("dnb", 9, "当时的答案是八个", 8, CNT, vt="八", step=1),
    F("dnb", 9, "当年的八个国家", 8, CNT, vt="八", step=1),
]
G("dnb_countries_1980s", DNB, "Countries on the main stem in the 1980s quizzes: eight, twice", "Danube",
  "number of countries on the main stem (1980s)", "1980s", "Consistent.", ms)
ms = [
    F("dnb", 7, "斯洛文尼亚6国", 6, CNT),
    F("dnb", 8, "摩爾多瓦等7國", 7, CNT),
]
G("dnb_trib_countries", DNB, "Further countries reached by tributaries only: 6 against 7", "Danube",
  "number of countries reached only by tributaries", "undated",
  "6 against 7 (democraticclub's list repeats Moldova): conflict.", ms)
ms = [
    F("dnb", 3, "more than 300 tributaries", 300, CNT, q="over"),
    DUO("dnb", 9, "支流多达300余条", 300, CNT),
]
G("dnb_tributaries", DNB, "Tributaries: more than 300 and 300余", "Danube", "number of tributaries", "undated",
  "Consistent.", ms)
ms = [
    F("dnb", 5, "four Central European capitals", 4, CNT, vt="four", step=1),
    F("dnb", 9, "共流经四个首都", 4, CNT, vt="四", step=1),
    F("dnb", 11, "passes through four capital cities", 4, CNT, vt="four", step=1),
]
G("dnb_capitals", DNB, "Capitals on the river: four, twice", "Danube", "number of capitals on the river", "undated",
  "Consistent.", ms)
ms = [
    F("dnb", 8, "多年平均徑流量2030億立方米", 2.03e11, M3),
    F("dnb", 9, "年径流量约2,050亿立方米", 2.05e11, M3, q="approx"),
]
G("dnb_runoff_m3", DNB, "Annual runoff: 2030亿 against 约2,050亿 m3", "Danube", "average annual runoff", "undated",
  "约2,050亿 (2,045-2,055亿) does not hold 2030亿: conflict.", ms)
S("dnb", 1, "the 64-kilometer Danube-Black Sea Canal", value=64, unit=KM)
S("dnb", 1, "by 400 kilometers", value=400, unit=KM)
S("dnb", 1, "(about 171 kilometers)", value=171, unit=KM, q="approx")
NC("dnb", 1, "completed in 1984", "date")
NC("dnb", 1, "completed in 1992", "date")
NC("dnb", 4, "[3] and a total", "footnote_marker")
NC("dnb", 4, "[1], the Danube", "footnote_marker")
for q, v in [("Romania (29.0%", 29.0), ("Hungary (11.6%)", 11.6), ("Serbia (10.2%)", 10.2), ("Austria (10.0%)", 10.0),
             ("Germany (7.0%)", 7.0), ("Slovakia (5.9%)", 5.9), ("Bulgaria (5.9%)", 5.9), ("Croatia (4.4%)", 4.4),
             ("Ukraine (3.8%)", 3.8), ("Moldova (1.6%)", 1.6)]:
    S("dnb", 5, q, value=v, unit=PC)
S("dnb", 7, "流域上是15个国家", value=15, unit=CNT)
NC("dnb", 7, "是欧洲第二长河", "rank")
NC("dnb", 7, "位居欧洲第二", "rank")
NC("dnb", 8, "是歐洲第二長河", "rank")
NC("dnb", 9, "欧盟第一长河", "rank")
NC("dnb", 9, "欧洲第二长河", "rank")
NC("dnb", 9, "中国第二大河", "rank")
NC("dnb", 9, "八十年代", "date")
for q in ["详细了解①", "②多瑙河的支流", "③多瑙河流过", "④在古罗马", "⑤多瑙河共流经"]:
    NC("dnb", 9, q, "list_number")
S("dnb", 9, "珠江全长2,320公里", value=2320, unit=KM)
S("dnb", 9, "流域面积45.4万平方公里", value=454000, unit=KM2)
S("dnb", 9, "年径流量为3,300亿立方米", value=3.3e11, unit=M3)
S("dnb", 9, "只有480米的河岸", value=480, unit=M)
S("dnb", 9, "平均流量为580立方米每秒", value=580, unit=M3S)
S("dnb", 9, "流量为1,900立方米每秒", value=1900, unit=M3S)
S("dnb", 9, "流量为2,350立方米每秒", value=2350, unit=M3S)
S("dnb", 9, "流量为4,000立方米每秒", value=4000, unit=M3S)
S("dnb", 9, "流量达到5,600立方米每秒", value=5600, unit=M3S)
S("dnb", 9, "总装机量为225万千瓦", value=2.25e6, unit="kilowatt")
S("dnb", 9, "年发电量近110亿千瓦时", value=1.1e10, unit="kilowatt_hour", q="under")
NC("dnb", 10, "欧洲第二大河", "rank")
NC("dnb", 11, "Period: 1970–2015", "date")
S("dnb", 11, "231,200 cu ft/s", value=231200, unit="foot**3 / second")
ms = [
    F("dnb", 5, "extends into nine more", 9, CNT, vt="nine", step=1),
    F("dnb", 11, "extends into nine more countries", 9, CNT, vt="nine", step=1),
]
G("dnb_basin_more_countries", DNB, "Further countries the drainage basin extends into (beyond the ten on the river): nine, twice",
  "Danube", "number of further countries in the drainage basin", "undated",
  "Consistent. Kept apart from yd166's / democraticclub's tributary-only 6 / 7 (counted beside nine main-stem "
  "countries, and by tributaries rather than the basin).", ms)
S("dnb", 11, "Five more capital cities", vt="Five", value=5, unit=CNT)
NC("dnb", 11, "The fourth-largest city", "rank")
NC("dnb", 10, "[1],流域", "footnote_marker")
NC("dnb", 10, "[1],平均", "footnote_marker")

# ============================================================ Jade Dragon Snow Mountain
ms = [
    F("jds", 1, "and is 5,596 m", 5596, M),
    F("jds", 2, "is 5,596 meters above sea level", 5596, M),
    F("jds", 3, "(5,596 m or", 5596, M),
    F("jds", 4, "is 5,596 m. above sea level", 5596, M),
    F("jds", 5, "Shanzidou (5,596 m)", 5596, M),
    F("jds", 6, "海拔5596米。所屬", 5596, M),
    F("jds", 6, "海拔:5596米", 5596, M),
    F("jds", 8, "主峰扇子陡海拔5596米", 5596, M),
    F("jds", 9, "最高处海拔5596米", 5596, M),
    F("jds", 10, "主峰扇子陡海拔5596米", 5596, M),
    F("jds", 11, "海拔海拔5596米", 5596, M),
    F("jds", 12, "陡海拔5596米", 5596, M),
    F("jds", 13, "主峰扇子陡海拔5596米", 5596, M),
    F("jds", 14, "最高處海拔5596米", 5596, M),
    F("jds", 9, "主峰扇子陡海拔5596米,常年", 5596, M),
    F("jds", 15, "最高处海拔5596米。", 5596, M),
    F("jds", 15, "最高处海拔5596米,终年", 5596, M),
    F("jds", 17, "最高处海拔5596米", 5596, M),
]
G("jds_height_m", JDS, "Height of Shanzidou, the main peak: 5,596 m on every page", "Jade Dragon Snow Mountain (Shanzidou)",
  "height of the main peak", "undated", "Consistent.", ms)
ms = [
    F("jds", 1, "(18,360 ft)", 18360, FT),
    F("jds", 3, "or 18,360 ft)", 18360, FT),
]
G("jds_height_ft", JDS, "Height in feet: 18,360 twice", "Jade Dragon Snow Mountain (Shanzidou)", "height of the main peak, feet",
  "undated", "Consistent.", ms)
ms = [
    F("jds", 2, "Located 25 kilometers north of Lijiang", 25, KM),
    F("jds", 4, "some 15 km. north of Lijiang", 15, KM, q="approx"),
    F("jds", 6, "北方15公里處", 15, KM),
    F("jds", 7, "僅隔15公里", 15, KM),
    F("jds", 9, "在丽江北面约15千米处", 15, KM, q="approx"),
    F("jds", 10, "丽江市区北面15公里", 15, KM),
    F("jds", 14, "在麗江北面約15公里", 15, KM, q="approx"),
    F("jds", 15, "在丽江北面约15千米处", 15, KM, q="approx"),
]
G("jds_dist_km", JDS, "Distance north of Lijiang: 15 km on seven pages (four 'about') against zhangjiajietourguide's 25",
  "Jade Dragon Snow Mountain", "distance from Lijiang (town)", "undated",
  "25 against 15 / 'about 15': conflict. dgahdf's '與麗江古城僅隔15公里' (from the old town) is read as the same distance.",
  ms)
ms = [
    F("jds", 2, "stretching 35 kilometers from north to south", 35, KM),
    F("jds", 4, "extends 35 km. from south to north", 35, KM),
    F("jds", 6, "南北長約35公里", 35, KM, q="approx"),
    F("jds", 9, "全长75千米", 75, KM),
    F("jds", 10, "南北长35公里", 35, KM),
    F("jds", 11, "南北長約35公里", 35, KM, q="approx"),
    F("jds", 14, "全長(zhǎng)75公里", 75, KM),
    F("jds", 15, "全长75千米", 75, KM),
    F("jds", 16, "南北长35千米", 35, KM),
]
G("jds_length_km", JDS, "Length of the massif (north to south): 35 km on six pages (two 'about') against 75 (全长) on three",
  "Jade Dragon Snow Mountain", "length of the massif", "undated",
  "75 against 35: conflict by hand, different_basis defensible (the 75 km '全长' may count the range beyond the "
  "35 km snow massif).", ms, V(val(75), val(35), (C, D)))
ms = [
    F("jds", 6, "東西寬約13公里", 13, KM, q="approx"),
    F("jds", 10, "东西宽25公里", 25, KM),
    F("jds", 11, "東西寬約13公里", 13, KM, q="approx"),
    F("jds", 16, "东西宽约20千米", 20, KM, q="approx"),
]
G("jds_width_km", JDS, "Width of the massif (east to west): 'about 13' km twice against 25", "Jade Dragon Snow Mountain",
  "width of the massif", "undated", "25 against 'about 13': conflict.", ms)
ms = [
    F("jds", 2, "has 13 peaks", 13, CNT),
    F("jds", 4, "With thirteen peaks", 13, CNT, vt="thirteen", step=1),
    F("jds", 9, "全山的13座山峰", 13, CNT),
    F("jds", 10, "由十三峰组成", 13, CNT, vt="十三", step=1),
    F("jds", 11, "全山13峰", 13, CNT),
    F("jds", 12, "它由12座雪峰組成", 12, CNT),
    F("jds", 14, "全山的13座山峰", 13, CNT),
    F("jds", 14, "其十三座雪峰", 13, CNT, vt="十三", step=1),
    F("jds", 9, "其十三座雪峰", 13, CNT, vt="十三", step=1),
    F("jds", 9, "·由12座雪峰组成", 12, CNT),
    F("jds", 15, "全山由13座山峰", 13, CNT),
    F("jds", 15, "全山的13座山峰", 13, CNT),
    F("jds", 16, "由13座山峰组成", 13, CNT),
    F("jds", 17, "其十三座雪峰", 13, CNT, vt="十三", step=1),
]
G("jds_peaks", JDS, "Peaks of the massif: thirteen on nine pages against sfxs' 12 and ttnews' own 12", "Jade Dragon Snow Mountain",
  "number of peaks", "undated", "12 against 13: conflict (ttnews gives 13 twice and 12 once).", ms)
ms = [
    F("jds", 4, "about halfway up, 4,506 m.", 4506, M),
    F("jds", 13, "海拔4506米的观景平台", 4506, M),
]
G("jds_cable_top_m", JDS, "Upper station of the (big) cableway: 4,506 m twice", "Jade Dragon Snow Mountain",
  "elevation of the cableway's upper station", "undated", "Consistent.", ms)
NC("jds", 1, ". [3] .", "footnote_marker")
NC("jds", 1, "Satseto . [4]", "footnote_marker")
NC("jds", 3, "on May 8, 1987", "date")
NC("jds", 3, "YDS 5.7", "grade")
NC("jds", 4, "in 1963", "date")
S("jds", 7, "高差卻達(dá)3,200米", value=3200, unit=M)
S("jds", 8, "仅高出200米", value=200, unit=M)
NC("jds", 8, "飞起玉龙三百万", "quotation")
NC("jds", 8, "“第三国”", "name")
NC("jds", 9, "保护神\"三多\"", "name")
NC("jds", 12, "“三朵神”", "name")
NC("jds", 9, "北纬27°", "coordinates")
S("jds", 10, "雪山面积960平方公里", value=960, unit=KM2)
S("jds", 10, "海拔4000米以上", value=4000, unit=M, q="over")
S("jds", 13, "19条现代冰川", value=19, unit=CNT)
S("jds", 13, "长达4.5公里", value=4.5, unit=KM)
S("jds", 13, "冬季雪线约4500米", value=4500, unit=M, q="approx")
S("jds", 13, "上升到5000米以上", value=5000, unit=M, q="over")
S("jds", 13, "积雪可达1米深", value=1, unit=M)
S("jds", 13, "零下5度左右", value=-5, unit="degrees_C", q="approx")
ms = [
    F("jds", 14, "介于4800~5000米之間", 4800, M, vt="4800~5000", step=1),
    F("jds", 17, "介于4800~5000米之间", 4800, M, vt="4800~5000", step=1),
]
for m in ms:
    m["value"] = [4800, 5000]
G("jds_snowline_m", JDS, "Snowline: 4800-5000 m twice", "Jade Dragon Snow Mountain", "height of the snowline", "undated",
  "Consistent.", ms)
S("jds", 9, "海拔3,240米", value=3240, unit=M)
NC("jds", 15, "东经100°4′2″~100°16′30″", "coordinates")
NC("jds", 15, "北纬27°3′2″~27°18′57″", "coordinates")
NC("jds", 15, "向南延伸到北纬27°", "coordinates")
NC("jds", 15, "1、位置", "list_number")
NC("jds", 15, "2、组成", "list_number")
S("jds", 16, "海拔均在5000米以上", value=5000, unit=M, q="over")
S("jds", 16, "海拔5000米以上,相对", value=5000, unit=M, q="over")
S("jds", 16, "相对高度大于1500米", value=1500, unit=M, q="over")
S("jds", 16, "近4亿年", vt="4亿", value=4e8, unit="years", q="under")
S("jds", 16, "1亿多年前", vt="1亿", value=1e8, unit="years", q="over")
S("jds", 17, "2个地貌形态组合区域", value=2, unit=CNT)
NC("jds", 17, "2007年玉龙雪山", "date")
NC("jds", 17, "首批5A级", "rating")
NC("jds", 14, "2007年5月", "date")
NC("jds", 14, "首批5A級", "rating")
NC("jds", 14, "2024年3月29日,我們", "date")
NC("jds", 14, "(圖片于2024年3月29日", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh57.toml", "corpus-fresh57")
