"""Hand annotation of corpus-fresh49, written as data; emits gold.d/fresh49.toml (then run
corpus/check_gold.py --dir corpus-fresh49 --build).

Three domains: the Grand Canal of China (length 1,794 km against 1,764, 1,795, 1,797 / 约1797, 'roughly 1,770', 1747
and 'over 1,700'; the heritage listing's 25 against 27 cities; `gcn-*`), Mount Elbrus (west summit 5642 m against
5,633; 18,510 ft against 18,481 and 18,506; east summit 5621 against 5595 and 5,610 m, 18,442 against 18,356 and
18,376 ft; Mont Blanc 4807 / 4808 / 4810 m; the area under ice 140 against 138 and 'more than 130' km2, 55 against 56
sq mi; 22 against 23 glaciers (and the Chinese pages' 77 大小条冰川); deaths a year; `elb-*`) and Angkor Wat (build time
35 against 37, about 30, nearly 30, 40 and 'more than a hundred' years; the park 401 km2 against 'almost 400' and about
3100 km2, 155 against about 1200 sq mi; the site 162.6 ha against 200; the moat 5 / 'more than 5' against about 4.5 km;
Phnom Penh about 300 / 311 / 320 and 315 km away; Siem Reap 5.5 against 6 km; 6000 against 'over 40,000' elephants;
visitors a year; `ang-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a correct rounding, or two of the
same precision that disagree, is conflict; a hedge that holds the other figure is consistent), extended as fresh47 /
fresh48 do to ranges (two ranges, or a range and a figure, that overlap are consistent, otherwise conflict; a hedged
range reaches half its written step beyond each end). Counts the pages say change (visitors a year, deaths a year on
Elbrus) and prices of different years are different_basis with `auto`'s verdict as alt unless both figures are of the
same year (`CHANGE`). Values as written: 万/萬 = 1e4; km2 in m2 with mult=1e6 where a page gives the site in km2.

Second reader's audit (notes/audit.md): 25 prefecture-level cities against 27 cities made different_basis (conflict as
alt); Mont Blanc and ice-area `why`s corrected to rounding; new all-consistent groups for figures repeated across
pages (the canal's age, its five river systems, four provinces, two municipalities, three provinces of navigable
length; Elbrus' two summits, the 3 m snow depth, the 20多 km to the Europe-Asia divide joined to the main range;
Angkor's five towers, three galleries, two basic plans) and for same-page repeats (jinbianwanbao's first-quarter
visitors; gcc-gp's January revenue and its growth); hedges on (3.1 mi), 3天或更多 and 'never narrower than';
missing singles (number words, ltsources' list) and non-claims (centuries, BC dates, list numbers, footnote markers).
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

GCN, ELB, ANG = "grand-canal", "mount-elbrus", "angkor-wat"
M, FT, KM, MI, YR = "meter", "feet", "km", "mile", "years"
KM2, MI2, M2, HA, AC = "km**2", "mile**2", "m**2", "hectare", "acre"
USD = "USD"


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


def CHANGE(ms, same_year=()):
    """Every pair of a count the pages say changes over time: different_basis with `auto`'s verdict as alt when that
    is conflict or rounding (the figures are undated or of different years); pairs listed in same_year keep auto's
    verdict."""
    allm = list(range(1, len(ms) + 1))
    out = OTHER(ms, allm, allm)
    for a, b in same_year:
        ma, mb = ms[a - 1], ms[b - 1]
        out[(min(a, b), max(a, b))] = K if ma["value"] == mb["value"] else auto(ma, mb)
    return out


# ============================================================ the Grand Canal
ms = [
    F("gcn", 1, "At 1,764 km in length", 1764, KM),
    F("gcn", 2, "total length of 1,794 kilometers", 1794, KM),
    F("gcn", 3, "a total of 1,795 Km", 1795, KM),
    F("gcn", 4, "roughly 1,770 km", 1770, KM, q="approx"),
    F("gcn", 5, "stretching over 1,700 kilometers", 1700, KM, q="over"),
    F("gcn", 6, "It's 1,797 kilometres long", 1797, KM),
    F("gcn", 7, "全长约1797公里", 1797, KM, q="approx"),
    F("gcn", 8, "全长1747公里", 1747, KM),
    F("gcn", 9, "全长1794千米", 1794, KM),
    F("gcn", 10, "全長約1797公里", 1797, KM, q="approx"),
    F("gcn", 11, "大運河全長1794公里", 1794, KM),
]
G("gcn_length_km", GCN, "Length of the (Beijing-Hangzhou) Grand Canal in km: 1,794 (three) against 1,764, 1,795, 1,797 / 约1797 (three), 'roughly 1,770' and 1747; 'over 1,700' holds them all",
  "the Grand Canal (Beijing-Hangzhou)", "total length", "undated",
  "Figures of the same precision that differ (1764, 1794, 1795, 1797, 1747) are conflict; 'roughly 1,770' (1765-1775) holds none of them (conflict); 约1797 against 1797 is the same figure; 'over 1,700' holds every figure. g230's 2700 km is the Sui-era canal via Luoyang, kept apart.",
  ms)

ms = [
    F("gcn", 9, "苏伊士运河(190千米)", 190, KM),
    F("gcn", 10, "蘇伊士運河(190千米)", 190, KM),
]
G("gcn_suez_km", GCN, "Length of the Suez Canal as the canal's yardstick: 190 km twice", "the Suez Canal", "length", "undated",
  "The same figure twice (consistent).", ms)

ms = [
    F("gcn", 9, "巴拿马运河(81.3千米)", 81.3, KM),
    F("gcn", 10, "巴拿馬運河(81.3千米)", 81.3, KM),
]
G("gcn_panama_km", GCN, "Length of the Panama Canal: 81.3 km twice", "the Panama Canal", "length", "undated",
  "The same figure twice (consistent).", ms)

ms = [
    F("gcn", 7, "通航里程为1442千米", 1442, KM),
    F("gcn", 10, "通航里程為1442千米", 1442, KM),
]
G("gcn_navigable_km", GCN, "Navigable length of the canal: 1442 km twice (shbkz dates it 2012)", "the Beijing-Hangzhou canal", "navigable length", "2012 (shbkz); undated (photoint)",
  "The same figure twice (consistent).", ms)

ms = [
    F("gcn", 7, "全年通航里程为877千米", 877, KM),
    F("gcn", 10, "全年通航里程為877千米", 877, KM),
]
G("gcn_navigable_allyear_km", GCN, "Length navigable all year: 877 km twice", "the Beijing-Hangzhou canal", "length navigable all year", "2012 (shbkz); undated (photoint)",
  "The same figure twice (consistent).", ms)

ms = [
    F("gcn", 12, "25 prefecture-level cities", 25, CNT),
    F("gcn", 11, "27座城市", 27, CNT),
]
G("gcn_heritage_cities", GCN, "Cities the 2014 World Heritage listing of the canal spans: 25 prefecture-level cities (ccprjournal, beside 'two municipalities') against 27 cities (thinkhk)", "the Grand Canal World Heritage property (2014)", "cities along it", "2014",
  "Audit: not one measure. ccprjournal counts 'six Chinese provinces, two municipalities, and 25 prefecture-level cities'; thinkhk's 27座城市 (in 8個省市) counts every city, the two municipalities (Beijing, Tianjin) with the 25: 25 + 2 = 27. Different scope (different_basis), with conflict as alt for a reader who does not add them up.",
  ms, P(1, 2, (D, C)))

ms = [
    F("gcn", 12, "27 ancient waterway sections", 27, CNT),
    F("gcn", 11, "27段河道", 27, CNT),
]
G("gcn_heritage_sections", GCN, "Waterway sections in the 2014 listing: 27 twice", "the Grand Canal World Heritage property (2014)", "waterway sections", "2014",
  "The same figure twice (consistent).", ms)

ms = [
    F("gcn", 12, "58 cultural heritage sites", 58, CNT),
    F("gcn", 11, "58個遺產點", 58, CNT),
]
G("gcn_heritage_sites", GCN, "Heritage sites in the 2014 listing: 58 twice", "the Grand Canal World Heritage property (2014)", "heritage sites", "2014",
  "The same figure twice (consistent).", ms)

ms = [
    F("gcn", 6, "more than 2,000 years old", 2000, YR, q="over", note="'some parts of it'"),
    F("gcn", 8, "2400多年前", 2400, YR, q="over", note="the first stage, 公元前486年"),
    F("gcn", 9, "已有2500多年的历史", 2500, YR, q="over", note="since Wu dug it"),
]
G("gcn_age_years", GCN, "Age of the canal's oldest part (the Wu state's digging, 486 BC): 'more than 2,000', 2400多 and 2500多 years",
  "the Grand Canal (its oldest part)", "age", "undated",
  "Audit: three singles before. g230 dates its 2400多年前 to 公元前486年 and hunanlong counts its 2500多年 from Wu's digging: one start. Open lower bounds that all hold one another (consistent).", ms)

ms = [
    F("gcn", 7, "钱塘江五大水系", 5, CNT, vt="五", step=1),
    F("gcn", 8, "钱塘江五大水系", 5, CNT, vt="五", step=1),
    F("gcn", 9, "钱塘江五大水系", 5, CNT, vt="五", step=1),
    F("gcn", 10, "錢塘江五大水系,全長", 5, CNT, vt="五", step=1),
    F("gcn", 10, "錢塘江五大水系。", 5, CNT, vt="五", step=1),
    F("gcn", 11, "將五大水系聯結起來", 5, CNT, vt="五", step=1),
]
G("gcn_river_systems", GCN, "River systems the canal links: five, six times", "the Beijing-Hangzhou canal", "river systems linked", "undated",
  "Audit: not keyed before. The same count (consistent).", ms)

ms = [
    F("gcn", 9, "河北四省", 4, CNT, vt="四", step=1),
    F("gcn", 10, "河北四省", 4, CNT, vt="四", step=1),
]
G("gcn_route_provinces", GCN, "Provinces the canal runs through: four twice", "the Beijing-Hangzhou canal", "provinces on its route", "undated",
  "Audit: not keyed before. The same count (consistent).", ms)

ms = [
    F("gcn", 9, "北京两市", 2, CNT, vt="两", step=1),
    F("gcn", 10, "北京兩市", 2, CNT, vt="兩", step=1),
]
G("gcn_route_municipalities", GCN, "Municipalities the canal runs through: two twice", "the Beijing-Hangzhou canal", "municipalities on its route", "undated",
  "Audit: not keyed before. The same count (consistent).", ms)

ms = [
    F("gcn", 7, "和浙江三省", 3, CNT, vt="三", step=1),
    F("gcn", 10, "和浙江三省", 3, CNT, vt="三", step=1),
]
G("gcn_navigable_provinces", GCN, "Provinces holding most of the navigable length: three twice", "the Beijing-Hangzhou canal (navigable length)", "provinces", "2012 (shbkz); undated (photoint)",
  "Audit: not keyed before. The same count (consistent).", ms)

S("gcn", 2, "drainage area of 4,583 square meters", value=4583, unit=M2, note="as stored (square meters)")
S("gcn", 3, "never narrower than 30m", value=30, unit=M, q="at_least")
S("gcn", 3, "closer to 100m in width", value=100, unit=M, q="approx")
S("gcn", 5, "(about 1,056 miles)", value=1056, unit=MI, q="approx", note="converts 'over 1,700 kilometers'")
S("gcn", 8, "全长达2700公里", value=2700, unit=KM, note="the Sui-era canal via Luoyang")
S("gcn", 8, "水面宽30~70米", vt="30~70米", value=[30, 70], unit=M)
S("gcn", 8, "载重量达100~200吨", vt="100~200吨", value=[100, 200], unit="tonne")
S("gcn", 10, "18個市區", value=18, unit=CNT)
S("gcn", 10, "全程可分為七段", vt="七", value=7, unit=CNT)
S("gcn", 11, "沿線8個省市", value=8, unit=CNT, note="the 2014 listing: provinces and municipalities together")
S("gcn", 12, "six Chinese provinces", vt="six", value=6, unit=CNT, note="the 2014 listing")
S("gcn", 12, "two municipalities", vt="two", value=2, unit=CNT, note="the 2014 listing")
S("gcn", 12, "So far China has 47 World Heritage sites", value=47, unit=CNT)
S("gcn", 12, "Stretching over 1,011 kilometers", value=1011, unit=KM, q="over", note="the listed heritage, not the canal")
NC("gcn", 2, "fifth century BC", "date")
NC("gcn", 3, "Constructed in 486 B.C.", "date")
NC("gcn", 4, "5th century BC", "date")
NC("gcn", 4, "581-618", "date")
NC("gcn", 4, "Emperor Yangdi in 604", "date")
NC("gcn", 5, "around 600 BC", "date")
NC("gcn", 8, "公元前486年", "date")
NC("gcn", 8, "605~610年", "date")
NC("gcn", 9, "2002年", "date")
NC("gcn", 10, "至2012年", "date")
NC("gcn", 11, "650x_10187453.jpg", "file_name")
NC("gcn", 11, "2014年,大運河", "date")
NC("gcn", 11, "中國第46個世界遺產項目", "list_number")
NC("gcn", 12, "The 38th session", "list_number")
NC("gcn", 12, "Jun. 22", "date")

# ============================================================ Mount Elbrus
ms = [
    F("elb", 1, "Mount Elbrus 5642m", 5642, M),
    F("elb", 1, "summit is 5642m high", 5642, M),
    F("elb", 2, "(5,633 m)", 5633, M),
    F("elb", 3, "rising to 5633m", 5633, M),
    F("elb", 4, "west summit stands at 5,642 m", 5642, M),
    F("elb", 5, "Elevation (meters): 5,642", 5642, M),
    F("elb", 5, "west summit at 5,642 meters", 5642, M),
    F("elb", 6, "at 5,642 m (18,506 ft)", 5642, M),
    F("elb", 7, "an impressive 5,642 meters", 5642, M),
    F("elb", 7, "highest point at 5,642 meters", 5642, M),
    F("elb", 8, "西峰最高,海拔5,642米", 5642, M),
    F("elb", 9, "西峰海拔达到5642米", 5642, M),
    F("elb", 10, "其主峰海拔5,642米", 5642, M),
    F("elb", 11, "西峰最高,海拔5,642公尺", 5642, M),
    F("elb", 12, "是死火山,海拔5642米", 5642, M),
    F("elb", 13, "Elbrus,5642m", 5642, M),
    F("elb", 13, "海拔5642公尺的厄爾布魯斯峰", 5642, M),
    F("elb", 14, "厄尔普鲁士峰(海拔5642米)", 5642, M),
    F("elb", 14, "西峰海拔5642米", 5642, M),
    F("elb", 15, "reaching a height of 5,642 meters", 5642, M),
    F("elb", 15, "5621 and 5642 meters", 5642, M),
]
G("elb_height_m", ELB, "Height of Elbrus (its west, main summit) in metres: 5642 (nineteen) against 5,633 twice (jrank, encyclopedia.com)",
  "Mount Elbrus (west summit)", "height above sea level", "undated",
  "5633 against 5642 are figures of the same precision that differ (conflict); the rest repeat one figure (consistent).",
  ms)

ms = [
    F("elb", 2, "it is 18,481 ft", 18481, FT),
    F("elb", 3, "(18,481ft)", 18481, FT),
    F("elb", 4, "5,642 m (18,510 ft)", 18510, FT),
    F("elb", 5, "Elevation (feet): 18,510", 18510, FT),
    F("elb", 5, "5,642 meters (18,510 ft)", 18510, FT),
    F("elb", 6, "(18,506 ft)", 18506, FT),
    F("elb", 7, "an impressive 5,642 meters (18,510 feet)", 18510, FT),
    F("elb", 7, "highest point at 5,642 meters (18,510 feet)", 18510, FT),
    F("elb", 8, "海拔5,642米(18,510英尺)", 18510, FT),
    F("elb", 10, "海拔5,642米(18,510英尺)", 18510, FT),
    F("elb", 11, "海拔5,642公尺(18,510英尺)", 18510, FT),
    F("elb", 16, "Elbrus (18,510 feet", 18510, FT),
    F("elb", 17, "Elbrus (18,481ft)", 18481, FT),
]
G("elb_height_ft", ELB, "Height of Elbrus (west summit) in feet: 18,510 (nine) against 18,481 (three) and 18,506",
  "Mount Elbrus (west summit)", "height above sea level (feet)", "undated",
  "18,481 (the 5,633 m figure in feet), 18,506 and 18,510 are figures of the same precision that differ (conflict); 18,510 converts 5642 m to the foot, so the kit's reading of its trailing zero (a rounding of 18,506) is overridden.",
  ms, A(C, [6], [3, 4, 5, 7, 8, 9, 10, 11, 12]))

ms = [
    F("elb", 1, "the eastern one is 5621m", 5621, M),
    F("elb", 3, "The e peak is 5595m", 5595, M),
    F("elb", 4, "the east one stands at 5,621 m", 5621, M),
    F("elb", 5, "the east at 5,621 metres", 5621, M),
    F("elb", 7, "slightly lower at 5,610 meters", 5610, M),
    F("elb", 8, "东峰海拔5,621米", 5621, M),
    F("elb", 9, "但海拔也在5621米", 5621, M),
    F("elb", 11, "東峰海拔5,621公尺", 5621, M),
    F("elb", 14, "东峰海拔5595米", 5595, M),
    F("elb", 15, "heights of 5621 and", 5621, M),
]
G("elb_east_m", ELB, "Height of Elbrus' east summit in metres: 5621 (seven) against 5595 twice and 5,610",
  "Mount Elbrus (east summit)", "height above sea level", "undated",
  "5621, 5610 and 5595 are figures of the same precision that differ (conflict).", ms)

ms = [
    F("elb", 3, "5595m (18,356ft)", 18356, FT),
    F("elb", 4, "5,621 m (18,442 ft)", 18442, FT),
    F("elb", 5, "5,621 metres (18,442 ft)", 18442, FT),
    F("elb", 7, "5,610 meters (18,376 feet)", 18376, FT),
    F("elb", 8, "东峰海拔5,621米(18,442英尺)", 18442, FT),
    F("elb", 11, "東峰海拔5,621公尺(18,442英尺)", 18442, FT),
]
G("elb_east_ft", ELB, "Height of the east summit in feet: 18,442 (four) against 18,356 and 18,376",
  "Mount Elbrus (east summit)", "height above sea level (feet)", "undated",
  "Figures of the same precision that differ (conflict).", ms)

ms = [
    F("elb", 9, "海拔在4807米", 4807, M),
    F("elb", 12, "海拔4810米", 4810, M),
    F("elb", 13, "白朗峰(4808公尺)", 4808, M),
    F("elb", 14, "勃朗峰(海拔4810米)", 4810, M),
]
G("elb_montblanc_m", ELB, "Height of Mont Blanc, the rival for Europe's highest peak: 4807 against 4808 and 4810 (twice)",
  "Mont Blanc", "height above sea level", "undated",
  "4807 against 4808 are figures of the same precision that differ (conflict); 4810 is 4807 / 4808 rounded to ten metres (rounding).", ms)

ms = [
    F("elb", 2, "(140 sq km)", 140, KM2),
    F("elb", 8, "总面积140平方千米", 140, KM2),
    F("elb", 9, "总面积138平方公里", 138, KM2),
    F("elb", 11, "總面積140平方千米", 140, KM2),
    F("elb", 12, "總面積140平方千米", 140, KM2),
    F("elb", 15, "more than 130 km2", 130, KM2, q="over"),
]
G("elb_ice_area_km2", ELB, "Area covered by Elbrus and its glaciers in km2: 140 (four) against 138; 'more than 130' holds both",
  "Mount Elbrus and its glaciers", "area covered", "undated",
  "140 is 138 rounded to ten (rounding); 'more than 130' holds both (consistent). jrank and readke say the mountain covers the area, the Chinese wiki pages and iqvel its glaciers; the same ice-capped massif.",
  ms)

ms = [
    F("elb", 2, "55 sq mi", 55, MI2),
    F("elb", 5, "cover 56 square miles", 56, MI2),
]
G("elb_ice_area_mi2", ELB, "The same area in square miles: 55 against 56", "Mount Elbrus and its glaciers", "area covered (sq mi)", "undated",
  "Figures of the same precision that differ (conflict).", ms)

ms = [
    F("elb", 2, "approximately 22 glaciers", 22, CNT, q="approx"),
    F("elb", 5, "22 glaciers sprawl", 22, CNT),
    F("elb", 6, "feeds 22 glaciers", 22, CNT),
    F("elb", 15, "There are 23 glaciers", 23, CNT),
    F("elb", 8, "周围有77大小条冰川", 77, CNT, note="'77 glaciers, large and small'"),
    F("elb", 11, "周圍有77大小條冰川", 77, CNT),
    F("elb", 12, "周圍有77大小條冰川", 77, CNT),
]
G("elb_glaciers", ELB, "Glaciers on Elbrus: 22 (three) against 23; the Chinese pages' 77 glaciers 'large and small'",
  "Mount Elbrus", "number of glaciers", "undated",
  "22 against 23 is conflict ('approximately 22' reaches 21.5-22.5); 77 counts glaciers 'large and small' and may count smaller ice bodies: conflict, with different_basis as alt.",
  ms, A((C, D), [1, 2, 3, 4], [5, 6, 7]))

ms = [
    F("elb", 6, "65 km (40 mi)", 65, KM),
    F("elb", 8, "北偏东65公里处", 65, KM),
    F("elb", 11, "北偏東65公里處", 65, KM),
    F("elb", 12, "北偏東65公里處", 65, KM),
]
G("elb_kislovodsk_km", ELB, "Distance from Elbrus to Kislovodsk: 65 km four times", "Mount Elbrus", "distance to Kislovodsk", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("elb", 6, "Elbrus stands 20 km (12 mi)", 20, KM),
    F("elb", 8, "南面20公里处", 20, KM),
    F("elb", 11, "南面20公里處", 20, KM),
    F("elb", 12, "南面20公里處", 20, KM),
    F("elb", 9, "还有20多公里", 20, KM, q="over", note="to the Europe-Asia divide"),
    F("elb", 12, "還有20多公里之遙", 20, KM, q="over", note="to the Europe-Asia divide, the main ridge on the same page"),
]
G("elb_mainrange_km", ELB, "Distance south to the main range / the Georgian Caucasus: 20 km four times, and 'more than 20' km to the Europe-Asia divide twice",
  "Mount Elbrus", "distance to the main range", "undated",
  "The same figure (consistent). Audit: readke's and newton's '20多公里' to the Europe-Asia divide were singles; newton itself says the divide is the main ridge of the Greater Caucasus, so they are the same distance, and 'more than 20' holds 20 (consistent).", ms)

ms = [
    F("elb", 8, "有时达到3米", 3, M),
    F("elb", 11, "有時達到3米", 3, M),
    F("elb", 12, "有時達到3米", 3, M),
]
G("elb_snow_depth_max_m", ELB, "Snow depth above the snow line sometimes reaching 3 m: three times", "Mount Elbrus", "greatest snow depth", "undated",
  "The same figure (consistent). Audit: three singles before.", ms)

ms = [
    F("elb", 8, "北坡在海拔3200米", 3200, M),
    F("elb", 11, "北坡在海拔3200米", 3200, M),
    F("elb", 12, "北坡在海拔3200米", 3200, M),
    F("elb", 14, "北坡为3200米", 3200, M),
]
G("elb_snowline_north_m", ELB, "Snow line on the north slope: 3200 m four times", "Mount Elbrus (north slope)", "snow line", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("elb", 8, "南坡则在3500米", 3500, M),
    F("elb", 11, "南坡則在3500米", 3500, M),
    F("elb", 12, "南坡則在3500米", 3500, M),
    F("elb", 14, "南坡雪线海拔为3500米", 3500, M),
]
G("elb_snowline_south_m", ELB, "Snow line on the south slope: 3500 m four times", "Mount Elbrus (south slope)", "snow line", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("elb", 8, "积雪深度通常在30-60厘米", [30, 60], "cm", vt="30-60"),
    F("elb", 11, "積雪深度通常在30-60厘米", [30, 60], "cm", vt="30-60"),
    F("elb", 12, "積雪深度通常在30厘米~60厘米", [30, 60], "cm", vt="30厘米~60"),
]
G("elb_snow_depth_cm", ELB, "Snow depth above the snow line after winter: 30-60 cm three times", "Mount Elbrus", "snow depth", "undated",
  "The same range (consistent).", ms)

ms = [
    F("elb", 15, "15-20 people die here every year", [15, 20], CNT, vt="15-20"),
    F("elb", 16, "an average of 10 to 20 per year", [10, 20], CNT, vt="10 to 20", note="the past rate, as the page says"),
    F("elb", 16, "per year to 5 to 10", [5, 10], CNT, vt="5 to 10", note="the rate now, as the page says"),
    F("elb", 17, "ten or so die on Elbrus", 10, CNT, q="approx", vt="ten", step=10),
    F("elb", 19, "between 15 and 30 deaths each year", [15, 30], CNT, vt="15 and 30"),
]
G("elb_deaths_year", ELB, "Deaths on Elbrus a year: 15-20, 'an average of 10 to 20' falling to '5 to 10', 'ten or so' and 'between 15 and 30'",
  "Mount Elbrus", "deaths a year", "undated / 2005 / 2009 / 2021",
  "megandelehanty says the rate has changed (from 10-20 to 5-10 a year): figures of different or unstated years are different_basis with auto's verdict as alt; its own two figures are the old and the new rate (different_basis).",
  ms, CHANGE(ms), P(2, 3, D))

ms = [
    F("elb", 3, "Two peaks in s European Russia", 2, CNT, vt="Two", step=1),
    F("elb", 4, "it has two remarkable summits", 2, CNT, vt="two", step=1),
    F("elb", 6, "The lower of the two summits", 2, CNT, vt="two", step=1),
    F("elb", 8, "本山主要有东西二峰", 2, CNT, vt="二", step=1),
    F("elb", 11, "本山主要有東西二峰", 2, CNT, vt="二", step=1),
    F("elb", 14, "由东西两座火山堆组成", 2, CNT, vt="两", step=1),
    F("elb", 15, "two distinct peaks", 2, CNT, vt="two", step=1),
]
G("elb_summits", ELB, "Summits of Elbrus: two, seven times", "Mount Elbrus", "summits", "undated",
  "Audit: not keyed before. The same count (consistent).", ms)

S("elb", 6, "(by about 40 m)", value=40, unit=M, q="approx", note="the higher summit over the lower")
S("elb", 6, "climbed en masse by 400 mountaineers", value=400, unit=CNT)
S("elb", 6, "(12 mi) north", value=12, unit=MI)
S("elb", 6, "(40 mi) south-southwest", value=40, unit=MI)
S("elb", 7, "over 1,000 kilometers (620 miles)", value=1000, unit=KM, q="over")
S("elb", 7, "(620 miles)", value=620, unit=MI, q="over")
S("elb", 7, "around 20,000 years ago", value=20000, unit=YR, q="approx")
S("elb", 7, "altitude of 3,000 meters", value=3000, unit=M)
S("elb", 7, "(9,800 feet)", value=9800, unit=FT)
S("elb", 13, "足足還比白朗峰高出834公尺", value=834, unit=M)
S("elb", 15, "a base diameter of 15 km", value=15, unit=KM)
S("elb", 15, "more than 2 million years ago", value=2e6, unit=YR, q="over")
S("elb", 15, "900 years ago", value=900, unit=YR)
S("elb", 15, "29 professional climbers", value=29, unit=CNT)
S("elb", 15, "11 out of 12 tourists", value=11, unit=CNT)
S("elb", 15, "the 7 highest peaks", value=7, unit=CNT)
S("elb", 16, "48 people died on Elbrus in 2004", value=48, unit=CNT)
S("elb", 17, "The Eiger (13,025ft)", value=13025, unit=FT)
S("elb", 17, "The Matterhorn (14,692ft)", value=14692, unit=FT)
S("elb", 17, "Mont Blanc (15,771)", value=15771, unit=FT, note="no unit on the page; feet by context")
S("elb", 17, "some 389 journalists", value=389, unit=CNT, q="approx")
S("elb", 17, "Approximately 30 people die every year in the mountains of Russia", value=30, unit=CNT, q="approx")
S("elb", 17, "as many as one hundred climbers", vt="one hundred", value=100, unit=CNT, note="'as many as' read plain, as 'up to'")
S("elb", 17, "nine people died", vt="nine", value=9, unit=CNT)
S("elb", 17, "two more disappeared", vt="two", value=2, unit=CNT)
S("elb", 17, "Sixty rescuers", vt="Sixty", value=60, unit=CNT)
S("elb", 19, "Five climbers have died", vt="Five", value=5, unit=CNT)
S("elb", 19, "accompanied by four guides", vt="four", value=4, unit=CNT)
S("elb", 19, "Up to 16 amateur climbers", value=16, unit=CNT)
S("elb", 19, "150mph gusts", value=150, unit="mph")
S("elb", 19, "minus 20C", vt="20C", value=-20, unit="degC")
NC("elb", 5, "Latitude: 43.355", "coordinate")
NC("elb", 10, "从6月到9月", "date")
NC("elb", 15, "approximately 33,000", "date", note="years BC")
NC("elb", 15, "21,000", "date", note="years BC")
NC("elb", 15, "8000", "date", note="years BC")
NC("elb", 15, "6500", "date", note="years BC")
NC("elb", 15, "5100 years BC", "date")
NC("elb", 16, "to the summit in 2005", "date")
NC("elb", 5, "Longitude: 42.4392", "coordinate")
NC("elb", 5, "Year first climbed: 1874", "date")
NC("elb", 6, "first ascended in 1868", "date")
NC("elb", 6, "in 1874 by a party", "date")
NC("elb", 6, "in 1956 it was climbed", "date")
NC("elb", 6, "the 400th anniversary", "list_number")
NC("elb", 8, "[1]", "footnote_marker")
NC("elb", 11, "[1]", "footnote_marker")
NC("elb", 12, "北緯43°21′、東經42°26′", "coordinate")
NC("elb", 12, "經緯度:43°21′N、42°26′E", "coordinate")
NC("elb", 12, "北緯43°21′,東經42°26′", "coordinate")
NC("elb", 12, "20世紀50年代初", "date")
NC("elb", 13, "世界七頂峰No.1", "list_number")
NC("elb", 14, "到16世纪后", "date")
NC("elb", 14, "20世纪下半叶", "date")
NC("elb", 15, "From 1929 to 2010", "date")
NC("elb", 15, "May 9, 2006", "date")
NC("elb", 16, "Elbrus Russia 2005", "date")
NC("elb", 17, "this 2005 account", "date")
NC("elb", 17, "On May 9,", "date")
NC("elb", 19, "date 2021-09-24", "date")

# ============================================================ Angkor Wat
ms = [
    F("ang", 2, "taken 35 years", 35, YR),
    F("ang", 12, "費時了37年建造", 37, YR),
    F("ang", 13, "花了大約35年建成", 35, YR, q="approx"),
    F("ang", 14, "花了大約30年建造", 30, YR, q="approx"),
    F("ang", 16, "歷時約30年完工", 30, YR, q="approx"),
    F("ang", 5, "more than a hundred years", 100, YR, q="over", vt="a hundred", step=100),
    F("ang", 18, "took nearly 30 years", 30, YR, q="under"),
    F("ang", 19, "over a 40-year period", 40, YR, note="'over' = during"),
    F("ang", 19, "sandstone and 40 years", 40, YR),
]
G("ang_build_years", ANG, "Years it took to build Angkor Wat: 35 / 大約35 against 37, 大約30 / 約30, 'nearly 30', 40 (twice) and 'more than a hundred'",
  "Angkor Wat", "construction time", "12th century",
  "Figures of the same precision that differ (35, 37, 40) are conflict; 'about 30' and 'about 35' (or 35) are two estimates, not one restated (explicit conflict: the kit's half-step ranges would touch at 35); 'nearly 30' and 'about 30' agree (consistent); 'more than a hundred' contradicts every figure; ltsources' 40 years against 35, 37 and 'about 35' is another estimate, not their rounding (explicit conflict: the kit reads 40 at tens and would call it a rounding of 35 or 37).",
  ms, A(C, [1, 3], [4, 5]), A(C, [1, 2, 3], [8, 9]))

ms = [
    F("ang", 1, "around  2,6 million tourists", 2.6e6, CNT, q="approx", vt="2,6 million", step=1e5, note="decimal comma: 2.6 million"),
    F("ang", 2, "reached over two million", 2e6, CNT, q="over", vt="two million", step=1e6),
    F("ang", 3, "over two million international visitors in 2013", 2e6, CNT, q="over", vt="two million", step=1e6),
    F("ang", 3, "2.6 million by 2018", 2.6e6, CNT),
    F("ang", 11, "2007年已達二百萬人次", 2e6, CNT, vt="二百萬", step=1e6),
    F("ang", 21, "received 2.2 million foreign tourists in 2019", 2.2e6, CNT),
    F("ang", 23, "up to 2.2 million foreign visitors in 2019", 2.2e6, CNT),
    F("ang", 24, "In 2011, the temples attracted 1.6 million", 1.6e6, CNT),
    F("ang", 25, "一共吸引了206万国际游客", 2.06e6, CNT, note="'last year', the year unstated"),
    F("ang", 26, "外國遊客達79.8萬人次,年增1.7倍", 7.98e5, CNT, note="2023"),
]
G("ang_visitors_year", ANG, "Visitors to Angkor a year: about 2.6 million (undated), over two million (2013, twice), 2.6 million (2018), 二百萬 (2007), 2.2 million (2019, twice), 1.6 million (2011), 206万 ('last year') and 79.8萬 (2023)",
  "Angkor (Angkor Wat / the archaeological park)", "visitors a year", "various years",
  "The pages say the number grows and dips year by year: undated figures or figures of different years are different_basis with auto's verdict as alt; same-year figures keep auto's verdict (all identical here).",
  ms, CHANGE(ms, same_year=[(2, 3), (6, 7)]))

ms = [
    F("ang", 3, "only 7,650 visitors", 7650, CNT),
    F("ang", 11, "1993年不到一萬人次", 1e4, CNT, q="under", vt="一萬", step=1e4),
]
G("ang_visitors_1993", ANG, "Visitors in 1993: 7,650 against 'fewer than ten thousand'", "Angkor Wat", "visitors", "1993",
  "'Fewer than 10,000' holds 7,650 (consistent).", ms)

ms = [
    F("ang", 2, "almost 400 square km", 400, KM2, q="under"),
    F("ang", 7, "(3100平方公里)", 3100, KM2, q="approx", note="converts 约1200平方英里"),
    F("ang", 22, "the 401-square-km Angkor", 401, KM2),
    F("ang", 23, "the 401-square-km Angkor", 401, KM2),
]
G("ang_park_km2", ANG, "Area of the Angkor park / complex in km2: 401 twice and 'almost 400' against about 3100",
  "Angkor (the archaeological park / complex)", "area", "undated",
  "'Almost 400' and 401 say the same size (explicit consistent: 'almost' is loose, the kit would put 401 just outside); about 3100 contradicts both (conflict).",
  ms, A(K, [1], [3, 4]))

ms = [
    F("ang", 6, "155 square miles", 155, MI2),
    F("ang", 7, "约1200平方英里", 1200, MI2, q="approx"),
]
G("ang_park_mi2", ANG, "Area of the park / complex in square miles: 155 against about 1200", "Angkor (the archaeological park / complex)", "area (sq mi)", "undated",
  "About 1200 does not hold 155 (conflict).", ms)

ms = [
    F("ang", 4, "162.6 hectares", 162.6, HA),
    F("ang", 13, "佔地面積162.6公頃", 162.6, HA),
    F("ang", 15, "佔地廣達200公頃", 200, HA),
]
G("ang_site_ha", ANG, "Area of the Angkor Wat site in hectares: 162.6 twice against 200", "Angkor Wat (the temple site)", "area", "undated",
  "200 is 162.6 rounded to the hundred (rounding).", ms)

ms = [
    F("ang", 1, "measuring 1,626,000 m2", 1626000, M2),
    F("ang", 4, "(1,626,000 m2", 1626000, M2),
    F("ang", 13, "(1,626,000平方米", 1626000, M2),
    F("ang", 5, "over 820,000 square meters", 820000, M2, q="over"),
    F("ang", 10, "占地约1.6平方公里", 1.6e6, M2, q="approx", mult=1e6),
]
G("ang_site_m2", ANG, "Area of the site in square metres: 1,626,000 three times, 'over 820,000' and about 1.6 km2",
  "Angkor Wat (the temple site)", "area (m2)", "undated",
  "'Over 820,000' and 'about 1.6 km2' hold 1,626,000 (consistent).", ms)

ms = [
    F("ang", 4, "402 acres", 402, AC),
    F("ang", 13, "402英畝", 402, AC),
    F("ang", 19, "more than 200 acres", 200, AC, q="over"),
]
G("ang_site_acres", ANG, "Area of the site in acres: 402 twice and 'more than 200'", "Angkor Wat (the temple site)", "area (acres)", "undated",
  "'More than 200' holds 402 (consistent).", ms)

ms = [
    F("ang", 1, "a moat 5 km long", 5, KM),
    F("ang", 3, "a moat more than 5 kilometers long", 5, KM, q="over"),
    F("ang", 4, "a moat more than 5 km", 5, KM, q="over"),
    F("ang", 16, "由長約4.5公裏", 4.5, KM, q="approx"),
]
G("ang_moat_km", ANG, "Length of the moat: 5 and 'more than 5' (twice) against about 4.5 km", "Angkor Wat (the moat)", "length", "undated",
  "'More than 5' does not hold 4.5 (conflict); a plain 5 against about 4.5 km: two figures that disagree, 5 at most a loose rounding of 4.5 (conflict, rounding as alt; the kit would let the coarser 5 hold 4.5).",
  ms, P(1, 4, (C, R)))

ms = [
    F("ang", 15, "寬達190公尺", 190, M),
    F("ang", 16, "寬190米的圍溝", 190, M),
]
G("ang_moat_width_m", ANG, "Width of the moat: 190 m twice", "Angkor Wat (the moat)", "width", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("ang", 3, "an outer wall 3.6 kilometers wide", 3.6, KM, note="'wide' as stored; wikiwand: long"),
    F("ang", 4, "an outer wall 3.6 kilometres", 3.6, KM),
]
G("ang_outer_wall_km", ANG, "The outer wall: 3.6 km twice", "Angkor Wat (the outer wall)", "length", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("ang", 13, "暹粒市北5.5公里", 5.5, KM),
    F("ang", 14, "在暹粒市北5.5公里", 5.5, KM),
    F("ang", 17, "北部6公里处", 6, KM),
]
G("ang_siemreap_km", ANG, "Distance north of Siem Reap: 5.5 km twice against 6", "Angkor Wat", "distance from Siem Reap", "undated",
  "6 is 5.5 rounded (rounding).", ms)

ms = [
    F("ang", 8, "距离首都金边约311公里", 311, KM, q="approx"),
    F("ang", 9, "距离首都金边约300公里", 300, KM, q="approx"),
    F("ang", 20, "距离首都金边约320公里", 320, KM, q="approx"),
    F("ang", 24, "located 315 km from", 315, KM),
]
G("ang_phnompenh_km", ANG, "Distance from Phnom Penh: about 311 against about 320 and 315; about 300 holds them all",
  "Angkor Wat", "distance from Phnom Penh", "undated",
  "About 311 (310.5-311.5) holds neither 315 nor about 320 (conflict); about 300 holds every figure and about 320 holds 315 (consistent).",
  ms)

ms = [
    F("ang", 2, "300,000 laborers", 300000, CNT),
    F("ang", 5, "more than 100,000 workforces", 100000, CNT, q="over"),
    F("ang", 19, "1,000 laborers", 1000, CNT),
]
G("ang_workers", ANG, "Labourers who built Angkor Wat: 300,000 and 'more than 100,000' against 1,000", "Angkor Wat", "labourers", "12th century",
  "'More than 100,000' holds 300,000 (consistent); ltsources' 1,000 contradicts both (conflict).", ms)

ms = [
    F("ang", 2, "6000 elephants", 6000, CNT),
    F("ang", 5, "over 40,000 elephants", 40000, CNT, q="over"),
]
G("ang_elephants", ANG, "Elephants used to build it: 6000 against 'over 40,000'", "Angkor Wat", "elephants", "12th century",
  "'Over 40,000' does not hold 6000 (conflict).", ms)

ms = [
    F("ang", 10, "塔高约65米", 65, M, q="approx", note="said of 大吴哥's towers; the central tower"),
    F("ang", 16, "以65米高的中央尖塔", 65, M),
]
G("ang_tower_m", ANG, "Height of the central tower: 65 m twice", "Angkor Wat (central tower)", "height", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("ang", 10, "由五个塔组成", 5, CNT, vt="五", step=1, note="said of 大吴哥, which the page calls Angkor Wat's main building"),
    F("ang", 14, "五座寶塔", 5, CNT, vt="五", step=1),
    F("ang", 16, "的五座尖塔", 5, CNT, vt="五", step=1),
]
G("ang_towers", ANG, "Towers of Angkor Wat: five, three times", "Angkor Wat", "towers", "undated",
  "Audit: not keyed before. The same count (consistent).", ms)

ms = [
    F("ang", 3, "three rectangular galleries", 3, CNT, vt="three", step=1),
    F("ang", 4, "are three rectangular galleries", 3, CNT, vt="three", step=1),
    F("ang", 14, "三道迴廊", 3, CNT, vt="三", step=1),
    F("ang", 16, "三重回廊", 3, CNT, vt="三", step=1),
]
G("ang_galleries", ANG, "Galleries of Angkor Wat: three, four times", "Angkor Wat", "galleries", "undated",
  "Audit: not keyed before. The same count (consistent).", ms)

ms = [
    F("ang", 3, "combines two basic architectural plans", 2, CNT, vt="two", step=1),
    F("ang", 4, "combines two basic plans", 2, CNT, vt="two", step=1),
    F("ang", 14, "兩個基本的元素", 2, CNT, vt="兩", step=1),
    F("ang", 17, "两个基本元素", 2, CNT, vt="两", step=1),
]
G("ang_basic_plans", ANG, "Basic plans of Khmer temple architecture Angkor Wat combines: two, four times", "Angkor Wat", "basic architectural plans combined", "undated",
  "Audit: not keyed before. The same count (consistent).", ms)

ms = [
    F("ang", 25, "将近70万人次国际游客", 7e5, CNT, q="under"),
    F("ang", 25, "共有69万4700名国际游客", 694700, CNT, vt="69万4700"),
]
G("ang_visitors_q1", ANG, "International visitors to Angkor Wat in the first quarter (jinbianwanbao): 'nearly 700,000' and 694,700 on one page", "Angkor Wat", "international visitors in the first quarter", "this year's first quarter",
  "Audit: two singles before. 'Nearly 700,000' holds 694,700 (consistent).", ms)

ms = [
    F("ang", 26, "創收超500萬美元", 5e6, USD, q="over"),
    F("ang", 26, "門票收入達549萬美元", 5.49e6, USD),
    F("ang", 26, "門票收入達549.8萬美元", 5.498e6, USD),
]
G("ang_revenue_jan2024", ANG, "Angkor's ticket revenue in January 2024 (gcc-gp): 'over 5 million', 549萬 and 549.8萬 USD on one page", "Angkor (the archaeological park)", "ticket revenue, January 2024", "January 2024",
  "Audit: three singles before. 'Over 5 million' holds both (consistent). 549萬 is 549.8萬 cut short, not rounded (549.8 rounds to 550): conflict by the conventions, with consistent as alt because the page states one figure twice.",
  ms, P(2, 3, (C, K)))

ms = [
    F("ang", 26, "美元年增50%", 50, PC),
    F("ang", 26, "年增50.9%", 50.9, PC),
]
G("ang_revenue_growth_jan2024", ANG, "Growth of that revenue on a year before: 50% (headline) and 50.9% on one page", "Angkor (the archaeological park)", "ticket revenue growth, January 2024", "January 2024",
  "Audit: two singles before. 50 is 50.9 at tens, on one page (rounding, consistent as alt: the kit's reading of a same-page rounding).", ms)

ms = [
    F("ang", 21, "gross revenue of 99 million U.S. dollars", 99e6, USD),
    F("ang", 23, "making $99 million", 99e6, USD),
]
G("ang_revenue_2019", ANG, "Ticket revenue in 2019: 99 million USD twice", "Angkor (the archaeological park)", "ticket revenue", "2019",
  "The same figure (consistent).", ms)

ms = [
    F("ang", 24, "starts at US$20", 20, USD, note="2012"),
    F("ang", 26, "「一日遊」門票37美元", 37, USD, note="2024"),
]
G("ang_ticket_1day", ANG, "One-day pass: US$20 (2012) against 37 (2024)", "Angkor (the archaeological park)", "one-day ticket price", "2012 / 2024",
  "Prices of different years (different_basis, conflict as alt).", ms, P(1, 2, (D, C)))

ms = [
    F("ang", 24, "US$40 for a three-day visit", 40, USD, note="2012"),
    F("ang", 26, "「三日遊」門票62美元", 62, USD, note="2024"),
]
G("ang_ticket_3day", ANG, "Three-day pass: US$40 (2012) against 62 (2024)", "Angkor (the archaeological park)", "three-day ticket price", "2012 / 2024",
  "Prices of different years (different_basis, conflict as alt).", ms, P(1, 2, (D, C)))

ms = [
    F("ang", 24, "US$60 for the entire week", 60, USD, note="2012"),
    F("ang", 26, "「七日遊」門票72美元", 72, USD, note="2024"),
]
G("ang_ticket_7day", ANG, "Week pass: US$60 (2012) against 72 (2024)", "Angkor (the archaeological park)", "week ticket price", "2012 / 2024",
  "Prices of different years (different_basis, conflict as alt).", ms, P(1, 2, (D, C)))

S("ang", 3, "561,000 foreign visitors", value=561000, unit=CNT, note="Siem Reap province, 2004")
S("ang", 3, "about 50 percent of all foreign tourists", value=50, unit=PC, q="approx")
S("ang", 3, "reached over one million", vt="one million", value=1e6, unit=CNT, q="over")
S("ang", 3, "by 2012 it reached more than two million", vt="two million", value=2e6, unit=CNT, q="over")
S("ang", 4, "Altitude | 65 m", value=65, unit=M)
S("ang", 4, "(213 ft)", value=213, unit=FT)
S("ang", 4, "(3.1 mi)", value=3.1, unit=MI, q="over", note="converts 'more than 5 km'")
S("ang", 4, "(2.2 mi) long", value=2.2, unit=MI)
S("ang", 5, "5,000 carvers", value=5000, unit=CNT)
S("ang", 7, "12年时间里", value=12, unit=YR)
S("ang", 7, "或近800平方公里", value=800, unit=KM2, q="under", note="garbled: '或近800平方公里,000英亩' (likely nearly 800,000 acres); kept as a single")
S("ang", 7, "70多个不同的建筑群", value=70, unit=CNT, q="over")
S("ang", 7, "长约5英里(7.5公里)", value=5, unit=MI, q="approx")
S("ang", 7, "(7.5公里)", value=7.5, unit=KM, q="approx")
S("ang", 7, "乘1英里(1.8公里)", value=1, unit=MI)
S("ang", 7, "(1.8公里)的水库", value=1.8, unit=KM)
S("ang", 8, "与泰国边境仅150公里", value=150, unit=KM)
S("ang", 8, "游客搜索量提升27%", value=27, unit=PC)
S("ang", 8, "比例下降18%", value=18, unit=PC)
S("ang", 8, "晚约300年", value=300, unit=YR, q="approx")
S("ang", 9, "约30分钟车程", value=30, unit="minute", q="approx")
S("ang", 12, "歷經了9百年", vt="9百", value=900, unit=YR)
S("ang", 15, "建有三座高塔的西城門", vt="三", value=3, unit=CNT, note="the west gate's towers")
S("ang", 15, "住了20,000人", value=20000, unit=CNT)
S("ang", 15, "東西寬1.5公里", value=1.5, unit=KM)
S("ang", 15, "南北長1.3公里", value=1.3, unit=KM)
S("ang", 15, "長寬各為1025公尺", value=1025, unit=M)
S("ang", 15, "1025公尺及800公尺", value=800, unit=M)
S("ang", 15, "長寬為332及258公尺", value=332, unit=M, note="the bare 332 shares 258's unit")
S("ang", 15, "332及258公尺", value=258, unit=M)
S("ang", 15, "長達250公尺的石砌道", value=250, unit=M)
S("ang", 15, "石道長達350公尺", value=350, unit=M)
S("ang", 16, "長540米的西巷道", value=540, unit=M)
S("ang", 17, "600多处古迹", value=600, unit=CNT, q="over")
S("ang", 17, "平均气温25℃-32℃", vt="25℃-32℃", value=[25, 32], unit="degC")
S("ang", 17, "建议花上3天", value=3, unit="days", q="at_least", note="'3天或更多'")
S("ang", 19, "100 artisans", value=100, unit=CNT, note="the page's 'thing you will need' list")
S("ang", 19, "300 tons sandstone", value=300, unit="tonne", note="the same list")
S("ang", 11, "一百多年來", vt="一百", value=100, unit=YR, q="over", note="years of upkeep")
S("ang", 26, "可在7天以內擇日使用", value=7, unit="days", note="the three-day pass is good within 7 days")
S("ang", 21, "down 14.8 percent", value=14.8, unit=PC)
S("ang", 21, "down 15 percent", value=15, unit=PC)
S("ang", 22, "US$30.33 million", value=30.33e6, unit=USD)
S("ang", 22, "up 31.3 per cent", value=31.3, unit=PC)
S("ang", 22, "US$23.09 million", value=23.09e6, unit=USD)
S("ang", 22, "651,857 international tourists", value=651857, unit=CNT)
S("ang", 22, "up 30.7 per cent", value=30.7, unit=PC)
S("ang", 22, "from 498,513", value=498513, unit=CNT)
S("ang", 22, "67,482 foreign holidaymakers", value=67482, unit=CNT)
S("ang", 22, "US$3.15 million", value=3.15e6, unit=USD)
S("ang", 22, "up 14 per cent", value=14, unit=PC)
S("ang", 22, "and 13.7 per cent", value=13.7, unit=PC)
S("ang", 22, "home to 91 ancient temples", value=91, unit=CNT)
S("ang", 23, "33,205 foreign visitors", value=33205, unit=CNT)
S("ang", 23, "up by 633 per cent", value=633, unit=PC)
S("ang", 23, "$1.35 million", value=1.35e6, unit=USD)
S("ang", 23, "increase of 622 per cent", value=622, unit=PC)
S("ang", 23, "received 13,365 foreign visitors", value=13365, unit=CNT)
S("ang", 23, "earning $537,000", value=537000, unit=USD)
S("ang", 23, "about 400 foreign tourists a day", value=400, unit=CNT, q="approx")
S("ang", 23, "only 70 per day", value=70, unit=CNT)
S("ang", 23, "up to 9,000 international visitors a day", value=9000, unit=CNT)
S("ang", 24, "a substantial 35%", value=35, unit=PC)
S("ang", 24, "1.06 million international tourists", value=1.06e6, unit=CNT, note="first half of 2012")
S("ang", 24, "190,400 visits", value=190400, unit=CNT)
S("ang", 24, "increasing 49%", value=49, unit=PC)
S("ang", 24, "127,890 visits", value=127890, unit=CNT)
S("ang", 24, "(+12%)", value=12, unit=PC)
S("ang", 24, "78,430 visits", value=78430, unit=CNT)
S("ang", 24, "(+51%)", value=51, unit=PC)
S("ang", 24, "61,340 visits", value=61340, unit=CNT)
S("ang", 24, "a 201% increase", value=201, unit=PC)
S("ang", 24, "over 50,000 of his supporters", value=50000, unit=CNT, q="over")
S("ang", 24, "an increase of 23%", value=23, unit=PC)
S("ang", 24, "a minimum of US$20", value=20, unit=USD, q="at_least")
S("ang", 25, "同比增长8%", value=8, unit=PC)
S("ang", 25, "韩国游客14万2040人", vt="14万2040", value=142040, unit=CNT)
S("ang", 25, "中国游客8万7104人", vt="8万7104", value=87104, unit=CNT)
S("ang", 25, "越南游客4万5760人", vt="4万5760", value=45760, unit=CNT)
S("ang", 25, "泰国游宫2万8300人", vt="2万8300", value=28300, unit=CNT)
S("ang", 25, "老挝游客2万7350人", vt="2万7350", value=27350, unit=CNT)
S("ang", 25, "增长28%", value=28, unit=PC)
S("ang", 26, "去年同期只有364萬美元", value=3.64e6, unit=USD)
S("ang", 26, "外國遊客達11.5萬人次", value=1.15e5, unit=CNT)
S("ang", 26, "的7.7萬人次", value=7.7e4, unit=CNT)
S("ang", 26, "增長49.2%", value=49.2, unit=PC)
S("ang", 26, "捐款達23.1萬美元", value=2.31e5, unit=USD)
S("ang", 26, "去年只有15.4萬美元", value=1.54e5, unit=USD)
S("ang", 26, "門票收入達3,719萬美元", value=3.719e7, unit=USD)
NC("ang", 1, "in the 12th century", "date")
NC("ang", 2, "(ruled 1113 – c. 1150)", "date")
NC("ang", 2, "In 2013, the number", "date")
NC("ang", 2, "UNESCO World Heritage Site in 1992", "date")
NC("ang", 2, "the 12 th century", "date")
NC("ang", 3, "since the 1990's", "date")
NC("ang", 3, "In 1993, by 2004", "date")
NC("ang", 3, "In 2007 the number", "date")
NC("ang", 3, "of the 13th century", "date")
NC("ang", 4, "constructed in 1150 CE", "date")
NC("ang", 4, "in the early 12th century", "date")
NC("ang", 4, "Coordinates | 13°24′45″N 103°52′0″E", "coordinate")
NC("ang", 4, "Founded | 1150", "date")
NC("ang", 4, "Designated | 1992 (16th session)", "date")
NC("ang", 4, "Reference no. | 668", "list_number")
NC("ang", 5, "middle of 17th Century", "date")
NC("ang", 5, "heritage site in 1992", "date")
NC("ang", 7, "自1992年以来", "date")
NC("ang", 7, "在1992年至2004年", "date")
NC("ang", 7, "在9世纪到15世纪", "date")
NC("ang", 8, "(13.4125°N, 103.8660°E)", "coordinate")
NC("ang", 8, "2023年,柬埔寨", "date")
NC("ang", 8, "(1238年建立)", "date")
NC("ang", 8, "9-15世纪", "date")
NC("ang", 10, "一、吴哥窟", "list_number")
NC("ang", 10, "1. 吴哥窟的背景", "list_number")
NC("ang", 10, "2. 吴哥窟的规模", "list_number")
NC("ang", 10, "3. 吴哥窟的纪录", "list_number")
NC("ang", 10, "始建于公元9世纪", "date")
NC("ang", 10, "1992年,联合国", "date")
NC("ang", 11, "1992年,根據", "date")
NC("ang", 12, "12世紀高棉王朝", "date")
NC("ang", 13, "[註 1]", "footnote_marker")
NC("ang", 13, "[註 2]", "footnote_marker")
NC("ang", 13, "建成於14世紀前半", "date")
NC("ang", 13, "12世紀吳哥王朝", "date")
NC("ang", 13, "[2]", "footnote_marker")
NC("ang", 13, "[3]", "footnote_marker")
NC("ang", 13, "[4]", "footnote_marker")
NC("ang", 13, "[5]", "footnote_marker")
NC("ang", 13, "[6]", "footnote_marker")
NC("ang", 13, "[7]", "footnote_marker")
NC("ang", 13, "[8]", "footnote_marker")
NC("ang", 13, "[9]", "footnote_marker")
NC("ang", 14, "建成於12世紀前半", "date")
NC("ang", 14, "十二世紀吳哥王朝", "date")
NC("ang", 14, "[1]", "footnote_marker")
NC("ang", 14, "[2]", "footnote_marker")
NC("ang", 14, "[3]", "footnote_marker")
NC("ang", 14, "[4]", "footnote_marker")
NC("ang", 14, "[5]", "footnote_marker")
NC("ang", 14, "[6]", "footnote_marker")
NC("ang", 14, "[7]", "footnote_marker")
NC("ang", 14, "迴廊[8]", "footnote_marker", note="the first of two [8] on the line")
NC("ang", 14, "[9]", "footnote_marker")
NC("ang", 15, "西元1113到1150年間", "date")
NC("ang", 16, "於1113年登基", "date")
NC("ang", 17, "19世纪60年代", "date")
NC("ang", 17, "11月-次年4月", "date")
NC("ang", 18, "in the early 12th century", "date")
NC("ang", 19, "around 1,150 AD", "date")
NC("ang", 20, "北纬13°24’45”,东经103°52’0”", "coordinate")
NC("ang", 21, "Jan. 1 (Xinhua)", "date")
NC("ang", 22, "first eight months of 2024", "date")
NC("ang", 22, "from the ninth to the 13th centuries", "date")
NC("ang", 23, "inscribed on the Unesco World Heritage List in 1992", "date")
NC("ang", 24, "first half of 2012", "date")
NC("ang", 25, "今年1至3月", "date")
NC("ang", 26, "今年1月吳哥古蹟創收", "date")
NC("ang", 26, "今年1月份,吳哥古蹟門票", "date")
NC("ang", 26, "吳哥機構1日發布", "date")
NC("ang", 26, "今年1月份,參觀", "date")
NC("ang", 26, "今年1月吳哥機構", "date")
NC("ang", 26, "2024/02/05 14:20", "date")
NC("ang", 26, "自2022年9月1日起", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh49.toml", "corpus-fresh49")
