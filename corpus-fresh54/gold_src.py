"""Hand annotation of corpus-fresh54, written as data; emits gold.d/fresh54.toml (then run
corpus/check_gold.py --dir corpus-fresh54 --build).

Three domains: the Huangguoshu Waterfall (height 77.8 m against 74, 68 and 66; width 101 m against 81; the main
fall 67 m high, 83.3 m wide at the top against 84; `hgs-*`), the Taklamakan Desert (area 337,000 / 337,600 against
270,000 and 33万 km2; 130,000 against 100,000 square miles; width 400 km against 4000; `tkl-*`) and Mount Emei (Wanfo
Ding 3,099 m against 3079.3; the Golden Summit 3,077 / 3,079 (the pages say it rose about 2 m in the 2008
earthquake) against 3097.3; temples about 26 against some 20 and 76; height above the plain 2600 / 2500-2600 against
2700多; the Leshan Giant Buddha's ear 6.2 against 7 m, shoulders 34 / 24 / 28, finger 8.3 against three, instep 8.5
against 9; `ems-*`).

Pages dropped before the measurement (copies that only repeated the majority figures, dropped to keep the largest
group near 20% of the must-report pairs): tkl-06, tkl-07, tkl-14, tkl-15, tkl-18, hgs-11, hgs-14; F / S / NC skip
entries for pages not in the folder, so their lines stay here unused.

The range extension's eps is taken over the finite ends only (fresh47-53's max(abs(...)) made it infinite whenever one
side was an open 'over' range, so any range met any 'over' figure).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a correct rounding, or two of the
same precision that disagree, is conflict; a hedge that holds the other figure is consistent), extended as fresh47-53
do to ranges, and with fresh50-53's hand rule (a coarser plain figure that rounds an 'about' figure it does not hold
is rounding). Values as written: 万/萬 = 1e4. Explicit verdicts are set by predicates on the mentions (value, basis),
not by mention numbers.

Second reader's audit (notes/audit.md): the Wikipedia copies' 'Tarim Basin, which is 1,000 kilometres (620 mi) long
and 400 kilometres (250 mi) wide' (tkl-02) is on a 'basin' basis (different_basis, conflict as alt, against the
desert's 960 / 800 km, 600 / 500 mi and 约4000 km); jjgjrc's 400多 is '400-odd', so conflict with 约4000; the 'approximately'
carried into chinatripedia's '(10,105 feet)'; eight non-claims and one claim single added.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

_auto = goldkit.auto


def _iv(m):
    v = m["value"]
    if isinstance(v, list):
        w = m["_step"] / 2 if m.get("qualifier") == "approx" else 0.0
        return (min(v) - w, max(v) + w)
    return goldkit._rng(m)


def auto(a, b):
    """goldkit's auto, extended to ranges as fresh47-53 (two intervals that overlap are consistent, otherwise
    conflict), and with fresh50-53's hand rule: a plain figure coarser than an 'about' figure, which the 'about'
    range does not hold but which rounds it, is rounding."""
    if isinstance(a["value"], list) or isinstance(b["value"], list):
        (a0, a1), (b0, b1) = _iv(a), _iv(b)
        # eps over the finite ends only: an open 'over' range has an infinite end, and fresh47-53's
        # max(abs(...)) made eps infinite there, so any range met any 'over' figure
        eps = 1e-9 * max([abs(x) for x in (a0, a1, b0, b1) if x not in (float("inf"), float("-inf"))] + [1.0])
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


def F(doc, n, *a, **kw):
    """goldkit's F; None for a page that is not in the folder (pages dropped before the measurement)."""
    return goldkit.F(doc, n, *a, **kw) if (doc, n) in goldkit.NAMES else None


def S(doc, n, *a, **kw):
    if (doc, n) in goldkit.NAMES:
        goldkit.S(doc, n, *a, **kw)


def NC(doc, n, quote, kind, **kw):
    if (doc, n) in goldkit.NAMES:
        goldkit.NC(doc, n, quote, kind, **kw)


def G(gid, topic, description, subject, metric, period, why, ms, *rules):
    """goldkit's G; each rule is a function (ms) -> {(i, j): verdict}."""
    ms = [m for m in ms if m is not None]
    if len(ms) < 2:
        for m in ms:  # a group left with one mention after a page was dropped: keyed as a single
            goldkit.S(m["file"][:3], int(m["file"][4:6]), m["quote"], vt=m["value_text"], value=m["value"], unit=m["unit"],
                      **({"qualifier": m["qualifier"]} if "qualifier" in m else {}))
        return
    prs = [r(ms) for r in rules]
    goldkit.G(gid, topic, description, subject, metric, period, why, ms, *prs)


def V(pa, pb, v):
    """Verdict v for every pair (a, b) with pa(a) and pb(b) (either order)."""
    def rule(ms):
        out = {}
        for i, a in enumerate(ms):
            for j in range(i + 1, len(ms)):
                b = ms[j]
                if (pa(a) and pb(b)) or (pa(b) and pb(a)):
                    out[(i + 1, j + 1)] = v
        return out
    return rule


def OTHER(bases):
    """Pairs between a mention whose basis is in `bases` and one whose basis is not: different_basis, with the verdict
    `auto` gives as alt when it is conflict or rounding; same values consistent."""
    def rule(ms):
        out = {}
        for i, a in enumerate(ms):
            for j in range(i + 1, len(ms)):
                b = ms[j]
                if (a["_basis"] in bases) == (b["_basis"] in bases):
                    continue
                if a["value"] == b["value"]:
                    out[(i + 1, j + 1)] = K
                else:
                    v = auto(a, b)
                    out[(i + 1, j + 1)] = (D, v) if v in (C, R) else K
        return out
    return rule


def val(x):
    return lambda m: m["value"] == x


def basis(*bs):
    return lambda m: m["_basis"] in bs


ANY = lambda m: True  # noqa: E731

HGS, TKL, EMS = "huangguoshu-waterfall", "taklamakan-desert", "mount-emei"
M, KM, MI, FT, MM = "meter", "km", "mile", "feet", "millimeter"
KM2, MI2, M2 = "km**2", "mile**2", "meter**2"
YR, TIMES, PERS, DEGC, DEGF = "years", "times", "persons", "degC", "degF"

# ============================================================ Huangguoshu Waterfall
ms = [
    F("hgs", 1, "It is 77.8m", 77.8, M),
    F("hgs", 2, "It is 77.8 m", 77.8, M),
    F("hgs", 3, "about 74 metres high", 74, M, q="approx"),
    F("hgs", 4, "is 77.8 meters high", 77.8, M),
    F("hgs", 5, "a fall of 74 meters", 74, M),
    F("hgs", 6, "它的高度达到了77.8米", 77.8, M),
    F("hgs", 8, "落差66米", 66, M),
    F("hgs", 9, "瀑布高度为77.8米", 77.8, M),
    F("hgs", 10, "瀑布高度为77.8米", 77.8, M),
    F("hgs", 10, "(高77.8米", 77.8, M),
    F("hgs", 11, "瀑布高度为77.8米", 77.8, M),
    F("hgs", 13, "瀑布高度為77.8米", 77.8, M),
    F("hgs", 14, "The 77.8-meter Huangguoshu", 77.8, M),
    F("hgs", 15, "从68米高的悬崖之巅", 68, M),
    F("hgs", 16, "高77.8m", 77.8, M),
    F("hgs", 17, "瀑布高度為77.8米", 77.8, M),
]
G("hgs_height_m", HGS, "Height of the whole waterfall: 77.8 m on most pages against toguizhou's 'about 74', igsnrr's 74, aiqiwen's 落差66 and ttnews' 68",
  "Huangguoshu Waterfall", "height (drop) of the whole waterfall", "undated",
  "74, 'about 74', 68 and 66 are not roundings of 77.8 nor of each other: conflict (74 against 'about 74' consistent). "
  "The 67 m of the main fall is its own group (hgs_main_height_m); szzy's plain '黄果树瀑布高 67 米' is read with it.",
  ms)
ms = [
    F("hgs", 1, "(255.2feet)", 255.2, FT),
    F("hgs", 2, "(255 ft)", 255, FT),
]
G("hgs_height_ft", HGS, "Height in feet: 255.2 against 255 (a rounding)", "Huangguoshu Waterfall",
  "height of the whole waterfall, feet", "undated", "255 rounds 255.2: rounding.", ms)
ms = [
    F("hgs", 1, "and 101m", 101, M),
    F("hgs", 2, "and 101 m", 101, M),
    F("hgs", 3, "81 metres wide", 81, M),
    F("hgs", 4, "and 101 meters wide", 101, M),
    F("hgs", 5, "a width of 81 meters", 81, M),
    F("hgs", 6, "达到了101米", 101, M),
    F("hgs", 8, "瀑布宽30米", 30, M, basis="water"),
    F("hgs", 8, "夏季可达40米", 40, M, basis="water"),
    F("hgs", 9, "瀑布宽101米", 101, M),
    F("hgs", 10, "瀑布宽101米", 101, M),
    F("hgs", 10, "宽101.0米", 101.0, M, vt="101.0"),
    F("hgs", 11, "瀑布宽度为101米", 101, M),
    F("hgs", 12, "寬101米", 101, M),
    F("hgs", 13, "瀑布寬101米", 101, M),
    F("hgs", 15, "81米宽的瀑面", 81, M),
    F("hgs", 16, "寬101m", 101, M),
    F("hgs", 17, "瀑布寬101米", 101, M),
]
G("hgs_width_m", HGS, "Width of the waterfall: 101 m on most pages against 81 three times; aiqiwen's 30 m (40 in summer) on a basis of its own",
  "Huangguoshu Waterfall", "width of the waterfall", "undated",
  "81 against 101: conflict. aiqiwen's '瀑布宽30米(夏季可达40米)' is the width of the water, which the page says changes "
  "with the season: against the others different_basis with conflict as alt; its 30 against its own summer 40 plainly "
  "different_basis. fingermedia's '其中主瀑高67米,寬101米,頂寬83.3米' gives the whole fall's width after the main fall's height; "
  "keyed here. bendibao's 101.0 equals 101.",
  ms, OTHER({"water"}), V(val(30), val(40), D))
ms = [
    F("hgs", 1, "(331feet)", 331, FT),
    F("hgs", 2, "(331 ft)", 331, FT),
]
G("hgs_width_ft", HGS, "Width in feet: 331 twice", "Huangguoshu Waterfall", "width of the waterfall, feet", "undated",
  "Consistent.", ms)
ms = [
    F("hgs", 1, "The main waterfall is 67m", 67, M),
    F("hgs", 2, "The main waterfall is 67 m", 67, M),
    F("hgs", 6, "其中主瀑高67米", 67, M),
    F("hgs", 7, "黄果树瀑布高 67 米", 67, M),
    F("hgs", 10, "其中主瀑高67米", 67, M),
    F("hgs", 11, "其中主瀑高67米", 67, M),
    F("hgs", 12, "其中主瀑高67米", 67, M),
    F("hgs", 13, "其中主瀑高67米", 67, M),
    F("hgs", 17, "其中主瀑高67米", 67, M),
]
G("hgs_main_height_m", HGS, "Height of the main fall: 67 m nine times (szzy gives it as the waterfall's height)",
  "Huangguoshu Waterfall (main fall)", "height of the main fall", "undated",
  "Consistent. szzy's '黄果树瀑布高 67 米, 顶宽 84 米' is the main fall's pair of figures (height and width at the top).", ms)
ms = [
    F("hgs", 1, "(220feet)", 220, FT),
    F("hgs", 2, "(220 ft)", 220, FT),
]
G("hgs_main_height_ft", HGS, "Main fall's height in feet: 220 twice", "Huangguoshu Waterfall (main fall)",
  "height of the main fall, feet", "undated", "Consistent.", ms)
ms = [
    F("hgs", 1, "and 83.3m", 83.3, M),
    F("hgs", 2, "and 83.3 m", 83.3, M),
    F("hgs", 6, "主瀑顶宽83.3米", 83.3, M),
    F("hgs", 7, "顶宽 84 米", 84, M),
    F("hgs", 10, "其中主瀑顶宽83.3米", 83.3, M),
    F("hgs", 11, "主瀑顶宽83.3米", 83.3, M),
    F("hgs", 12, "頂寬83.3米", 83.3, M),
    F("hgs", 13, "其中主瀑頂寬83.3米", 83.3, M),
    F("hgs", 17, "主瀑頂寬83.3米", 83.3, M),
]
G("hgs_main_width_m", HGS, "Width of the main fall (at the top): 83.3 m against szzy's 84", "Huangguoshu Waterfall (main fall)",
  "width of the main fall at its top", "undated", "84 is not a rounding of 83.3 (83.3 rounds to 83): conflict.", ms)
ms = [
    F("hgs", 1, "(273.3feet)", 273.3, FT),
    F("hgs", 2, "(273 ft)", 273, FT),
]
G("hgs_main_width_ft", HGS, "Main fall's width in feet: 273.3 against 273 (a rounding)", "Huangguoshu Waterfall (main fall)",
  "width of the main fall, feet", "undated", "273 rounds 273.3: rounding.", ms)
ms = [
    F("hgs", 1, "it is 45km", 45, KM),
    F("hgs", 2, "it is 45 km", 45, KM),
    F("hgs", 4, "45 kilometers from Anshun", 45, KM),
    F("hgs", 10, "安顺市区45公里", 45, KM),
]
G("hgs_from_anshun_km", HGS, "Distance from Anshun: 45 km four times", "Huangguoshu Waterfall",
  "distance from the city of Anshun", "undated", "Consistent.", ms)
ms = [
    F("hgs", 1, "(28miles)", 28, MI),
    F("hgs", 2, "(28 mi)", 28, MI),
]
G("hgs_from_anshun_mi", HGS, "Distance from Anshun in miles: 28 twice", "Huangguoshu Waterfall",
  "distance from the city of Anshun, miles", "undated", "Consistent.", ms)
ms = [
    F("hgs", 4, "128 kilometers from", 128, KM),
    F("hgs", 10, "距省会贵阳市128公里", 128, KM),
]
G("hgs_from_guiyang_km", HGS, "Distance from Guiyang: 128 km twice", "Huangguoshu scenic area",
  "distance from the provincial capital Guiyang", "undated", "Consistent.", ms)
ms = [
    F("hgs", 3, "a 134m-long tunnel", 134, M),
    F("hgs", 4, "stretching 134 meters", 134, M),
    F("hgs", 7, "水帘洞长达 134 米", 134, M),
]
G("hgs_cave_m", HGS, "Length of the Water Curtain Cave: 134 m three times", "Huangguoshu Waterfall (Water Curtain Cave)",
  "length of the cave behind the waterfall", "undated", "Consistent.", ms)
ms = [F("hgs", 4, "6 cave windows", 6, CNT), F("hgs", 7, "6 个洞窗", 6, CNT)]
G("hgs_cave_windows", HGS, "Windows of the cave: 6 twice", "Water Curtain Cave", "number of cave windows", "undated", "Consistent.", ms)
ms = [F("hgs", 4, "5 cave halls", 5, CNT), F("hgs", 7, "5 个洞厅", 5, CNT)]
G("hgs_cave_halls", HGS, "Halls of the cave: 5 twice", "Water Curtain Cave", "number of cave halls", "undated", "Consistent.", ms)
ms = [F("hgs", 4, "3 cave springs", 3, CNT), F("hgs", 7, "3 股洞泉", 3, CNT)]
G("hgs_cave_springs", HGS, "Springs in the cave: 3 twice", "Water Curtain Cave", "number of springs in the cave", "undated", "Consistent.", ms)
S("hgs", 4, "6 passageways", value=6, unit=CNT)
ms = [
    F("hgs", 7, "较大的瀑布共有 18 个", 18, CNT),
    F("hgs", 10, "瀑布18个", 18, CNT),
    F("hgs", 10, "大小18个瀑布", 18, CNT),
    F("hgs", 13, "大小18個", 18, CNT),
]
G("hgs_falls_count", HGS, "Waterfalls in the Huangguoshu group: 18 four times", "Huangguoshu waterfall group",
  "number of (larger) waterfalls in the group", "undated", "Consistent.", ms)
ms = [
    F("hgs", 8, "断落成9级瀑布", 9, CNT),
    F("hgs", 10, "白水河九级瀑布群", 9, CNT, vt="九", step=1),
    F("hgs", 13, "白水河九級瀑布群", 9, CNT, vt="九", step=1),
    F("hgs", 15, "形成九级瀑布", 9, CNT, vt="九", step=1),
]
G("hgs_tiers", HGS, "Tiers of falls on the Baishui River: nine, four times", "Baishui River falls",
  "number of tiers of falls on the Baishui River", "undated", "Consistent.", ms)
ms = [F("hgs", 15, "是一个高21米", 21, M), F("hgs", 16, "高21m", 21, M)]
G("hgs_dupotang_h", HGS, "Dupotang Falls: 21 m high twice", "Dupotang Waterfall", "height of Dupotang Falls", "undated", "Consistent.", ms)
ms = [
    F("hgs", 7, "宽 100 余米的陡坡塘瀑布", 100, M, q="over"),
    F("hgs", 15, "宽达105米", 105, M),
    F("hgs", 16, "瀑頂寬105m", 105, M),
]
G("hgs_dupotang_w", HGS, "Dupotang Falls: 105 m wide twice, szzy's 100余 holding it", "Dupotang Waterfall",
  "width of Dupotang Falls", "undated", "Consistent (100余 holds 105).", ms)
ms = [F("hgs", 15, "上游1公里处", 1, KM), F("hgs", 16, "上游1km處", 1, KM)]
G("hgs_dupotang_km", HGS, "Dupotang Falls 1 km upstream, twice", "Dupotang Waterfall",
  "distance upstream of the main waterfall", "undated", "Consistent.", ms)
S("hgs", 4, "approximately 8.5 square kilometers", value=8.5, unit=KM2, q="approx")
S("hgs", 4, "about 17 meters deep", value=17, unit=M, q="approx")
NC("hgs", 4, "2. Geographical", "list_number")
NC("hgs", 4, "2.1 Location", "list_number")
S("hgs", 5, "15 kilometers southwest", value=15, unit=KM)
S("hgs", 5, "cliffs 700 meters high", value=700, unit=M)
S("hgs", 5, "five kilometers away", vt="five", value=5, unit=KM)
S("hgs", 5, "over a hundred meters", vt="a hundred", value=100, unit=M, q="over")
S("hgs", 7, "还有 4 个地下瀑布", value=4, unit=CNT)
S("hgs", 7, "高 130 米的滴水滩瀑布", value=130, unit=M)
S("hgs", 7, "滩面长 300 余米", value=300, unit=M, q="over")
S("hgs", 8, "每秒2 000多立方米", vt="2 000", value=2000, unit="meter**3 / second", q="over")
S("hgs", 8, "高达 90多米", value=90, unit=M, q="over")
S("hgs", 8, "洞深20多米", value=20, unit=M, q="over")
S("hgs", 10, "下游20千米的河段", value=20, unit=KM)
NC("hgs", 10, "320国道", "name")
NC("hgs", 10, "1999年", "date")
S("hgs", 12, "共有3千多顆樹", vt="3千", value=3000, unit=CNT, q="over")
S("hgs", 12, "20多種品種", value=20, unit=CNT, q="over")
NC("hgs", 12, "(1638年)", "date")
NC("hgs", 13, "2007年5月", "date")
NC("hgs", 13, "5A級", "name")
S("hgs", 14, "a 450-square-kilometer cave", value=450, unit=KM2)
S("hgs", 14, "Two hours by bus", vt="Two", value=2, unit="hours")
S("hgs", 15, "落差共为105.4米", value=105.4, unit=M)
NC("hgs", 16, "10:45到達", "time")
NC("hgs", 16, "12:30-1:30", "time")
NC("hgs", 16, "1:30再搭", "time")
S("hgs", 17, "弦長500米", value=500, unit=M)
S("hgs", 17, "向西凸出300米", value=300, unit=M)
NC("hgs", 1, "wide.[1]", "footnote_marker")
NC("hgs", 1, "Administration.[2]", "footnote_marker")
NC("hgs", 2, "wide,[1]", "footnote_marker")
NC("hgs", 2, "Administration.[2]", "footnote_marker")

# ============================================================ Taklamakan Desert
ms = [
    F("tkl", 1, "Area: 337,000 km²", 337000, KM2),
    F("tkl", 2, "an area of 337,000 km2", 337000, KM2),
    F("tkl", 4, "an area of 270,000 km2", 270000, KM2),
    F("tkl", 5, "337,600square kilometers", 337600, KM2),
    F("tkl", 6, "an area of 337,000 km2", 337000, KM2),
    F("tkl", 7, "面积达33万平方公里", 330000, KM2),
    F("tkl", 8, "面积超过33万平方公里", 330000, KM2, q="over"),
    F("tkl", 9, "惊人的337,600平方公里", 337600, KM2),
    F("tkl", 10, "面积约33万平方公里", 330000, KM2, q="approx"),
    F("tkl", 11, "面積達33萬平方公里", 330000, KM2),
    F("tkl", 12, "總面積337600平方公里", 337600, KM2),
    F("tkl", 13, "面積達(dá)33萬平方公里", 330000, KM2),
    F("tkl", 14, "(270,000 square kilometres)", 270000, KM2),
    F("tkl", 15, "(270,000 square kilometres)", 270000, KM2),
    F("tkl", 18, "面积达33万平方公里", 330000, KM2),
    F("tkl", 19, "面积达33万平方公里", 330000, KM2),
    F("tkl", 20, "(320,000 sq km)", 320000, KM2),
]
G("tkl_area_km2", TKL, "Area of the Taklamakan in km2: 337,000 (Wikipedia's), 337,600, 270,000 and 33万 (330,000; 约33万, 超过33万)",
  "Taklamakan Desert", "area of the desert", "undated",
  "337,000 against 337,600 (337,600 rounds to 338,000): conflict. 270,000 against all: conflict. The plain and 'about' "
  "33万 (read at the ten thousand) are not roundings of 337,000 or 337,600 (those round to 34万): conflict; '超过33万' "
  "holds both (consistent) but not 270,000. sharplinks' 'over 3, 376, 000' and travelerluxe's '33.76平方公里' (garbled: a "
  "misplaced comma, a lost 萬) are keyed as singles, as written, as fresh53 keyed iiiff's '500,1000平方英里'.",
  ms)
S("tkl", 16, "over 3, 376, 000 square kilometers", vt="3, 376, 000", value=3376000, unit=KM2, q="over")
S("tkl", 17, "面積33.76平方公里", value=33.76, unit=KM2)
S("tkl", 3, "1,05,000 sq meters", vt="1,05,000", value=105000, unit=M2)
ms = [
    F("tkl", 1, "(130,000 sq mi)", 130000, MI2),
    F("tkl", 2, "(130,000 sq mi)", 130000, MI2),
    F("tkl", 4, "(100,000 sq mi)", 100000, MI2),
    F("tkl", 6, "(130,000 sq mi)", 130000, MI2),
    F("tkl", 14, "100,000 square miles", 100000, MI2),
    F("tkl", 15, "100,000 square miles", 100000, MI2),
    F("tkl", 20, "123,550 sq mi", 123550, MI2),
]
G("tkl_area_mi2", TKL, "Area in square miles: 130,000 against 100,000", "Taklamakan Desert", "area of the desert, square miles",
  "undated",
  "100,000 (the 270,000 km2 converted) is a figure of its own, not 130,000 rounded: conflict, set by hand (the kit's "
  "trailing-zero reading would make it a rounding). Britannica's 123,550 (its 320,000 km2 converted): conflict with "
  "both.", ms, V(val(100000), ANY, C))
ms = [
    F("tkl", 2, "which is 1,000 kilometres", 1000, KM, basis="basin"),
    F("tkl", 4, "1,000 kilometres (620 mi)", 1000, KM),
    F("tkl", 5, "about 1,000km long", 1000, KM, q="approx"),
    F("tkl", 6, "which is 1,000 kilometres", 1000, KM, basis="basin"),
    F("tkl", 7, "东西长约1000公里", 1000, KM, q="approx"),
    F("tkl", 10, "东西长约1000公里", 1000, KM, q="approx"),
    F("tkl", 11, "東西長約1000公里", 1000, KM, q="approx"),
    F("tkl", 12, "東西長約1000余公里", 1000, KM, q="over"),
    F("tkl", 13, "約1000公里", 1000, KM, q="approx"),
    F("tkl", 20, "(960 km) across", 960, KM, q="approx"),
    F("tkl", 21, "(800 km) long", 800, KM, q="approx"),
]
G("tkl_length_km", TKL, "Length east to west: 1,000 km (约1000, 约1000余), nine times, against Britannica's 'about 960' and howstuffworks' 'some 800'", "Taklamakan Desert",
  "length of the desert east to west", "undated",
  "Britannica's 'about 600 mi (960 km) across' and howstuffworks' 'some 500 miles (800 km) long' are figures of their own "
  "(converted from miles), not roundings or hedges of 1,000: conflict with the 1,000s and with each other, set by hand "
  "(the kit's trailing-zero reading of 1,000 would hold them). Otherwise consistent. The Wikipedia copies (tkl-02, tkl-06) give the 1,000 km to the Tarim Basin the desert lies in "
  "('is part of the Tarim Basin, which is 1,000 kilometres (620 mi) long and 400 kilometres (250 mi) wide'): basis 'basin' "
  "(audit): consistent with the 1,000s, but against Britannica's 960 and howstuffworks' 800 (the desert) different_basis "
  "with conflict as alt (the figures are the ones other pages give the desert). chinatraveldiscovery's 'of the Tarim Basin, "
  "1,000 kilometres (620 mi) long' (tkl-04) is ambiguous and stays the desert's. meipian's '东西长1OO0公里' (letters O for zeros) is a single.", ms,
  V(lambda m: m["value"] in (960, 800), ANY, C), OTHER({"basin"}),
  V(basis("basin"), lambda m: m["value"] in (960, 800), (D, C)))
S("tkl", 19, "东西长1OO0公里", vt="1OO0", value=1000, unit=KM)
ms = [
    F("tkl", 2, "(620 mi) long", 620, MI, basis="basin"),
    F("tkl", 4, "(620 mi) long", 620, MI),
    F("tkl", 6, "(620 mi) long", 620, MI, basis="basin"),
    F("tkl", 20, "about 600 mi", 600, MI, q="approx"),
    F("tkl", 21, "some 500 miles", 500, MI, q="approx"),
]
G("tkl_length_mi", TKL, "Length in miles: 620 three times against Britannica's 'about 600' and howstuffworks' 'some 500'",
  "Taklamakan Desert", "length, miles", "undated",
  "600 and 500 are figures of their own (not 620 rounded): conflict with 620 and with each other, set by hand. The "
  "Wikipedia copies' 620 is the Tarim Basin's (see tkl_length_km): against 600 and 500 different_basis with conflict as "
  "alt (audit).", ms,
  V(lambda m: m["value"] in (600, 500), ANY, C), OTHER({"basin"}),
  V(basis("basin"), lambda m: m["value"] in (600, 500), (D, C)))
ms = [
    F("tkl", 2, "400 kilometres", 400, KM, basis="basin"),
    F("tkl", 4, "400 kilometres", 400, KM),
    F("tkl", 5, "400km wide", 400, KM),
    F("tkl", 6, "400 kilometres", 400, KM, basis="basin"),
    F("tkl", 7, "南北宽约400公里", 400, KM, q="approx"),
    F("tkl", 10, "南北宽约400公里", 400, KM, q="approx"),
    F("tkl", 11, "南北寬約400公里", 400, KM, q="approx"),
    F("tkl", 12, "南北寬約400多公里", 400, KM, q="over"),
    F("tkl", 19, "南北宽约4000公里", 4000, KM, q="approx"),
    F("tkl", 21, "(400 km) wide", 400, KM, q="approx"),
]
G("tkl_width_km", TKL, "Width north to south: 400 km eight times against meipian's 约4000", "Taklamakan Desert",
  "width of the desert north to south", "undated",
  "约4000 against all: conflict (a slip for 400, kept as written). jjgjrc's 400多 is read as '400-odd' (400-499), as "
  "the fresh52 audit read 1600多, not as open-ended: against 约4000 conflict, set by hand (audit; the kit's open 'over' "
  "made it consistent). The Wikipedia copies' 400 is the Tarim Basin's (see tkl_length_km): against 约4000 "
  "different_basis with conflict as alt (audit).", ms,
  OTHER({"basin"}), V(lambda m: m["value"] == 400 and m.get("qualifier") == "over", val(4000), C))
ms = [
    F("tkl", 2, "(250 mi) wide", 250, MI, basis="basin"),
    F("tkl", 4, "(250 mi) wide", 250, MI),
    F("tkl", 6, "(250 mi) wide", 250, MI, basis="basin"),
    F("tkl", 21, "250 miles", 250, MI, q="approx"),
]
G("tkl_width_mi", TKL, "Width in miles: 250 three times", "Taklamakan Desert", "width, miles", "undated",
  "Consistent (the Wikipedia copies' 250 is the Tarim Basin's: same value).", ms, OTHER({"basin"}))
ms = [
    F("tkl", 2, "about 85%", 85, PC, q="approx"),
    F("tkl", 6, "about 85%", 85, PC, q="approx"),
    F("tkl", 14, "85 percent", 85, PC),
    F("tkl", 15, "85 percent", 85, PC),
    F("tkl", 16, "Eighty-five percent", 85, PC, vt="Eighty-five", step=1),
    F("tkl", 17, "85%的沙丘", 85, PC),
    F("tkl", 18, "流动沙丘占80%以上", 80, PC, q="over"),
]
G("tkl_shifting_pc", TKL, "Share of the desert in shifting dunes: 85% six times, fqmxn's 'over 80%' holding it",
  "Taklamakan Desert", "share of the area made up of shifting sand dunes", "undated", "Consistent.", ms)
ms = [
    F("tkl", 5, "reach over 150m", 150, M, q="over"),
    F("tkl", 7, "平原以上300米", 300, M),
    F("tkl", 8, "最高的可达300米", 300, M),
    F("tkl", 10, "能有300米高", 300, M),
    F("tkl", 13, "平原以上300米", 300, M),
    F("tkl", 18, "最高超过300米", 300, M, q="over"),
    F("tkl", 19, "平原以上300米", 300, M),
    F("tkl", 20, "heights of 1,000 ft (300 m)", 300, M, q="under"),
]
G("tkl_dune_max_m", TKL, "Highest dunes: 300 m (pyramid dunes above the plain) six times, westchina's 'over 150m'",
  "Taklamakan Desert (dunes)", "height of the highest dunes", "undated", "Consistent (the hedges hold 300).", ms)
S("tkl", 20, "heights of 1,000 ft", vt="1,000", value=1000, unit=FT, q="under")
S("tkl", 20, "as much as 1,000 ft (300 m) thick", vt="1,000", value=1000, unit=FT, q="under")
S("tkl", 20, "(300 m) thick", value=300, unit=M, q="under")
S("tkl", 20, "60–120 mi", vt="60–120", value=[60, 120], unit=MI)
S("tkl", 20, "(100–200 km)", vt="100–200", value=[100, 200], unit=KM)
S("tkl", 5, "generally 50-80m high", vt="50-80", value=[50, 80], unit=M)
S("tkl", 15, "800 to 1,650 feet", vt="800 to 1,650", value=[800, 1650], unit=FT)
S("tkl", 16, "330 to 660 feet", vt="330 to 660", value=[330, 660], unit=FT)
S("tkl", 16, "(100 to 200 m)", vt="100 to 200", value=[100, 200], unit=M)
ms = [
    F("tkl", 7, "平均年降水不超过100毫米", 100, MM, q="under"),
    F("tkl", 10, "一年下雨不到100毫米", 100, MM, q="under"),
    F("tkl", 11, "平均年降水不超過100毫米", 100, MM, q="under"),
    F("tkl", 13, "平均年降水不超過100毫米", 100, MM, q="under"),
    F("tkl", 18, "年降水量不足100毫米", 100, MM, q="under"),
    F("tkl", 19, "平均年降水不超过100毫米", 100, MM, q="under"),
]
G("tkl_precip_mm", TKL, "Yearly rain: under 100 mm, six times", "Taklamakan Desert", "average yearly precipitation",
  "undated", "Consistent.", ms)
ms = [
    F("tkl", 7, "最低只有四五毫米", [4, 5], MM, vt="四五", step=1),
    F("tkl", 10, "只有四五毫米", [4, 5], MM, vt="四五", step=1),
    F("tkl", 11, "最低只有四五毫米", [4, 5], MM, vt="四五", step=1),
    F("tkl", 13, "最低只有四五毫米", [4, 5], MM, vt="四五", step=1),
    F("tkl", 19, "最低只有四五毫米", [4, 5], MM, vt="四五", step=1),
]
G("tkl_precip_min_mm", TKL, "Least yearly rain: four or five mm, five times", "Taklamakan Desert",
  "lowest yearly precipitation", "undated", "Consistent.", ms)
S("tkl", 16, "less than 10 millimeters", value=10, unit=MM, q="under")
ms = [
    F("tkl", 7, "2500-3400毫米", [2500, 3400], MM, vt="2500-3400", step=100),
    F("tkl", 10, "2500-3400毫米", [2500, 3400], MM, vt="2500-3400", step=100),
    F("tkl", 11, "2500~3400毫米", [2500, 3400], MM, vt="2500~3400", step=100),
    F("tkl", 13, "2500~3400毫米", [2500, 3400], MM, vt="2500~3400", step=100),
    F("tkl", 18, "蒸发量却高达2500毫米", 2500, MM),
]
G("tkl_evap_mm", TKL, "Yearly evaporation: 2,500-3,400 mm four times, fqmxn's 2500", "Taklamakan Desert",
  "average yearly evaporation", "undated", "Consistent (the range holds 2500).", ms)
ms = [
    F("tkl", 7, "高度可达其3倍", 3, TIMES),
    F("tkl", 13, "高度可達(dá)其3倍", 3, TIMES),
    F("tkl", 19, "高度可达三倍", 3, TIMES, vt="三", step=1),
]
G("tkl_sandwall_times", TKL, "Sand walls blown up to three times the dunes' height, three times", "Taklamakan Desert",
  "height of blown sand walls, as a multiple", "undated", "Consistent.", ms)
ms = [
    F("tkl", 2, "well below −20 °C", -20, DEGC, q="under", vt="−20", step=1),
    F("tkl", 10, "能到零下20度", -20, DEGC, vt="零下20", step=1),
]
G("tkl_winter_c", TKL, "Winter cold: below −20 °C, 零下20度", "Taklamakan Desert", "winter low temperature", "undated",
  "Consistent.", ms)
ms = [
    F("tkl", 5, "70℃ – 80℃", [70, 80], DEGC, vt="70℃ – 80℃", step=1),
    F("tkl", 18, "地表温度可达70℃", 70, DEGC, q="under"),
]
G("tkl_surface_c", TKL, "Sand-surface temperature in summer: 70-80 °C, 'up to 70'", "Taklamakan Desert",
  "summer sand-surface temperature", "undated", "Consistent.", ms)
S("tkl", 10, "最高能有67度", value=67, unit=DEGC, q="under")
S("tkl", 10, "相当于三个江苏省", vt="三", value=3, unit=TIMES)
S("tkl", 2, "(−4 °F)", vt="−4", value=-4, unit=DEGF, q="under")
S("tkl", 2, "up to 40 °C", value=40, unit=DEGC, q="under")
S("tkl", 2, "(104 °F)", value=104, unit=DEGF, q="under")
S("tkl", 2, "reaching 4 centimetres", value=4, unit="centimeter")
S("tkl", 2, "(1.6 in)", value=1.6, unit="inch")
S("tkl", 2, "−26.1 °C", vt="−26.1", value=-26.1, unit=DEGC)
S("tkl", 2, "(−15 °F)", vt="−15", value=-15, unit=DEGF)
S("tkl", 16, "68 degrees Fahrenheit", value=68, unit=DEGF)
S("tkl", 16, "(20 degrees Celsius)", value=20, unit=DEGC)
S("tkl", 16, "about 86 degrees Fahrenheit", value=86, unit=DEGF, q="approx")
S("tkl", 16, "(30 degrees Celsius)", value=30, unit=DEGC, q="approx")
S("tkl", 18, "昼夜温差超30%", value=30, unit=PC, q="over")
S("tkl", 18, "全长522公里", value=522, unit=KM)
S("tkl", 8, "每年有200多天刮风", value=200, unit="days", q="over")
S("tkl", 12, "1200~1500米", vt="1200~1500", value=[1200, 1500], unit=M)
S("tkl", 12, "800~1000米", vt="800~1000", value=[800, 1000], unit=M)
S("tkl", 17, "路基寬10公尺", value=10, unit=M)
S("tkl", 17, "150至180公里", vt="150至180", value=[150, 180], unit="km / hour")
S("tkl", 17, "過了300公里處", value=300, unit=KM)
S("tkl", 17, "2,000萬平方公尺", vt="2,000萬", value=2e7, unit=M2)
S("tkl", 17, "每隔三年", vt="三", value=3, unit=YR)
NC("tkl", 17, "9月到10月", "date")
NC("tkl", 17, "排名世界第二", "rank")
NC("tkl", 2, "the 2008 Chinese", "date")
NC("tkl", 2, "ranking 16th", "rank")
NC("tkl", 6, "ranking 16th", "rank")
NC("tkl", 4, "ranking 15th", "rank")
NC("tkl", 3, "17th largest", "rank")
NC("tkl", 4, "world,[3]", "footnote_marker")
NC("tkl", 4, "deserts.[4]", "footnote_marker")
NC("tkl", 4, "wasteland.[5]", "footnote_marker")
NC("tkl", 16, "one of the eight biggest", "rank")
NC("tkl", 11, "3、塔克拉瑪干", "list_number")
NC("tkl", 11, "4、整個", "list_number")
NC("tkl", 11, "世界第十大沙漠", "rank")
NC("tkl", 13, "世界第十大沙漠", "rank")
NC("tkl", 19, "世界第十大沙漠", "rank")
NC("tkl", 12, "世界第十五大沙漠", "rank")
NC("tkl", 7, "世界第二大沙漠", "rank")
NC("tkl", 12, "中國五個(gè)最美的沙漠之一", "rank")

# ============================================================ Mount Emei
ms = [
    F("ems", 3, "At an elevation of 3,099", 3099, M),
    F("ems", 4, "is 3079.3 meters above sea level", 3079.3, M),
    F("ems", 5, "at 3,099 meters", 3099, M),
    F("ems", 5, "an altitude of 3,099 meters", 3099, M),
    F("ems", 6, "(3099 m)", 3099, M),
    F("ems", 6, "3099 m Wanfo Ding", 3099, M),
    F("ems", 8, "(3,099 metres high)", 3099, M),
    F("ems", 9, "主峰万佛项海拔3099米", 3099, M),
    F("ems", 10, "主峰万佛顶海拔3099米", 3099, M),
    F("ems", 12, "最高峰万佛顶海拔3099米", 3099, M),
    F("ems", 12, "主峰万佛顶海拔3099米", 3099, M),
    F("ems", 13, "海拔3099米。峨眉山", 3099, M),
    F("ems", 13, "万佛顶最高,海拔3099米", 3099, M),
    F("ems", 14, "最高峰萬佛頂海拔3099米", 3099, M),
    F("ems", 15, "最高峰萬佛頂海拔3,099米", 3099, M),
    F("ems", 16, "佛頂海拔3099米", 3099, M),
    F("ems", 17, "being 3,099 meters", 3099, M),
    F("ems", 19, "This 3,099m", 3099, M),
    F("ems", 20, "an elevation of 3,099 meters", 3099, M),
    F("ems", 22, "最高峰萬佛頂海拔3099米", 3099, M),
    F("ems", 24, "rises up to 3099m", 3099, M),
    F("ems", 25, "Rising 3,099 metres", 3099, M),
    F("ems", 26, "a 3,099-metre-tall", 3099, M),
    F("ems", 27, "万佛顶最高,海拔3099米", 3099, M),
    F("ems", 28, "主峰3099米", 3099, M),
    F("ems", 29, "万佛顶最高,海拔3099米", 3099, M),
]
G("ems_peak_m", EMS, "Height of Mount Emei's highest peak (Wanfo Ding): 3,099 m on every page but foreignercn's 3079.3",
  "Mount Emei (Wanfo Ding)", "height of the highest peak above sea level", "undated",
  "3079.3 against 3,099: conflict. zhangjiajietourguide's 'At an elevation of 3,099,' (no unit) and xidongv's 万佛项 "
  "(a slip for 万佛顶) are read as the peak in metres.", ms)
ms = [
    F("ems", 5, "(10,167 ft)", 10167, FT),
    F("ems", 19, "(10,167 feet)", 10167, FT),
    F("ems", 20, "(10,167 feet)", 10167, FT),
    F("ems", 25, "(10,167 ft.)", 10167, FT),
    F("ems", 26, "(10,167 ft)", 10167, FT),
]
G("ems_peak_ft", EMS, "Height in feet: 10,167 five times", "Mount Emei (Wanfo Ding)", "height of the highest peak, feet",
  "undated", "Consistent.", ms)
ms = [
    F("ems", 1, "It is 3097.3 meters high", 3097.3, M),
    F("ems", 2, "approximately 3,079 meters", 3079, M, q="approx", basis="new"),
    F("ems", 7, "towering 3,077 meters", 3077, M, basis="old"),
    F("ems", 11, "其海拔为3077米", 3077, M, basis="old"),
    F("ems", 13, "海拔3077米,是峨眉游山的终点", 3077, M, basis="old"),
    F("ems", 13, "海拔3079米,这里", 3079, M, basis="new"),
    F("ems", 13, "从原先的3077米", 3077, M, basis="pre2008"),
    F("ems", 14, "金頂(3077米)", 3077, M, basis="old"),
    F("ems", 14, "海拔3077米,是峨眉游山的終點", 3077, M, basis="old"),
    F("ems", 15, "金頂(3,077米)", 3077, M, basis="old"),
    F("ems", 16, "這里海拔3079米", 3079, M, basis="new"),
]
G("ems_golden_m", EMS, "Height of the Golden Summit (Jinding): 3,077 m six times and 3,079 three times (the summit rose about 2 m in the 2008 earthquake, weishijuzhen says) against chinatraveldepot's 3097.3",
  "Mount Emei (Golden Summit)", "height of the Golden Summit above sea level", "undated",
  "weishijuzhen: '2008年5月12日汶川地震后,海拔高度从原先的3077米抬高了约两米' (now 3079). The undated 3077s against the undated "
  "3079s: different_basis with conflict as alt (a quantity the pages say changed; which date each page gives is not "
  "said). weishijuzhen's own '原先的3077米' is the pre-2008 height: against the 3079s plainly different_basis, against "
  "the other 3077s consistent. 3097.3 fits neither (20 m off; likely 3079.3 with digits swapped): conflict with all, "
  "set by hand.",
  ms, V(basis("old"), basis("new"), (D, C)), V(basis("pre2008"), basis("new"), D), V(basis("pre2008"), basis("old"), K),
  V(basis("a"), lambda m: m["_basis"] != "a", C))
ms = [
    F("ems", 2, "(10,105 feet)", 10105, FT, q="approx", basis="new"),  # audit: 'approximately 3,079 meters (10,105 feet)'
    F("ems", 7, "(10,095 feet)", 10095, FT, basis="old"),
]
G("ems_golden_ft", EMS, "Golden Summit in feet: 10,105 (3,079 m) against 10,095 (3,077 m)", "Mount Emei (Golden Summit)",
  "height of the Golden Summit, feet", "undated",
  "The two metric figures converted; as for the metres, different_basis with conflict as alt (chinatripedia's "
  "'approximately' carries into its bracket: audit).", ms,
  V(basis("old"), basis("new"), (D, C)))
S("ems", 6, "22 meters of elevation", value=22, unit=M)
S("ems", 13, "抬高了约两米", vt="两", value=2, unit=M, q="approx")
ms = [
    F("ems", 3, "its 154-kilometer spread", 154, KM2),
    F("ems", 3, "about 115 square kilometers", 115, KM2, q="approx", basis="mountain"),
    F("ems", 4, "an area of 154 square kilometers", 154, KM2),
    F("ems", 12, "景区面积154平方公里", 154, KM2),
    F("ems", 14, "景區面積154平方公里", 154, KM2),
    F("ems", 15, "景區面積154平方公里", 154, KM2),
    F("ems", 16, "景區(qū)面積154平方公里", 154, KM2),
    F("ems", 22, "景區(qū)面積154平方公里", 154, KM2),
    F("ems", 28, "景區面積154平方公里", 154, KM2),
    F("ems", 29, "面积约154平方公里", 154, KM2, q="approx"),
    F("ems", 24, "more than 4 square kilometers", 4, KM2, q="over", basis="mountain"),
]
G("ems_area_km2", EMS, "Area: the scenic area's 154 km2 seven times; zhangjiajietourguide's 'about 115' and xcn's 'more than 4' for the mountain itself",
  "Mount Emei", "area (scenic area / the mountain)", "undated",
  "The Chinese pages give 154 as the 景区 (scenic area); zhangjiajietourguide gives 'about 115 square kilometers' for "
  "'the mountain' beside its own '154-kilometer spread' (read as km2), and xcn 'the whole mountainous area covers more than "
  "4': a scope of their own, different_basis with conflict as alt where the figures disagree ('more than 4' holds "
  "them all).", ms, OTHER({"mountain"}))
ms = [
    F("ems", 3, "165 kilometers from Chengdu", 165, KM),
    F("ems", 20, "about 160 kilometers", 160, KM, q="approx"),
    F("ems", 25, "about 170 kilometres", 170, KM, q="approx"),
]
G("ems_from_chengdu_km", EMS, "Distance from Chengdu: 165, about 160, about 170 km", "Mount Emei",
  "distance from Chengdu", "undated", "Consistent (the 'about' ranges reach 165).", ms)
ms = [
    F("ems", 20, "(100 miles)", 100, MI, q="approx"),
    F("ems", 25, "(105 miles)", 105, MI, q="approx"),
]
G("ems_from_chengdu_mi", EMS, "Distance from Chengdu in miles: about 100, about 105", "Mount Emei",
  "distance from Chengdu, miles", "undated", "Consistent (the 'about' carries into the brackets).", ms)
S("ems", 8, "130 kilometers southwest", value=130, unit=KM)
ms = [
    F("ems", 4, "2500 to 2600 meters", [2500, 2600], M, vt="2500 to 2600", step=100),
    F("ems", 10, "高出东麓峨眉平原2600米", 2600, M),
    F("ems", 13, "高出峨眉平原2700多米", 2700, M, q="over"),
    F("ems", 27, "高出峨眉平原2700多米", 2700, M, q="over"),
    F("ems", 28, "高出成都平原2,500~2,600米", [2500, 2600], M, vt="2,500~2,600", step=100),
    F("ems", 29, "高出峨眉平原2700多米", 2700, M, q="over"),
]
G("ems_above_plain_m", EMS, "Height of the peak above the plain: 2500-2600 twice and 2600 against 2700多 three times", "Mount Emei",
  "height of the summit above the Emei / Chengdu plain", "undated",
  "2700多 (2,700-odd) holds neither 2600 nor the range 2500-2600: conflict; the range holds 2600.", ms)
ms = [
    F("ems", 9, "3000余种", 3000, CNT, q="over"),
    F("ems", 12, "3000多种植物", 3000, CNT, q="over"),
    F("ems", 14, "3000多種植物", 3000, CNT, q="over"),
    F("ems", 15, "3,000多種植物", 3000, CNT, q="over"),
    F("ems", 22, "3000多種植物", 3000, CNT, q="over"),
    F("ems", 29, "有植物3200多种", 3200, CNT, q="over"),
]
G("ems_plant_species", EMS, "Plant species: over 3,000 five times, izhixiu's 3200多", "Mount Emei", "number of plant species", "undated",
  "Consistent (3200多 is inside '3000多' / '3000余', 3,000-odd).", ms)
ms = [
    F("ems", 8, "the 76 Buddhist Monasteries", 76, CNT),
    F("ems", 14, "有寺廟約26座", 26, CNT, q="approx"),
    F("ems", 15, "有寺廟約26座", 26, CNT, q="approx"),
    F("ems", 17, "only some 20 still stand", 20, CNT, q="approx"),
    F("ems", 22, "有寺廟約26座", 26, CNT, q="approx"),
    F("ems", 24, "about 30 temples", 30, CNT, q="approx"),
    F("ems", 25, "only about 30 are still standing", 30, CNT, q="approx"),
]
G("ems_temples", EMS, "Temples on the mountain now: about 26 three times, about 30 twice, 'some 20' and qr2mse's 76",
  "Mount Emei", "number of temples (monasteries) standing now", "undated",
  "'some 20' (15-25) against 约26: conflict; 'about 30' (25-35) holds 26 and meets 'some 20' (consistent); 76 against "
  "all: conflict.", ms)
ms = [
    F("ems", 14, "重要的有八大寺廟", 8, CNT, vt="八", step=1),
    F("ems", 15, "重要的有八大寺廟", 8, CNT, vt="八", step=1),
    F("ems", 22, "重要的有八大寺廟", 8, CNT, vt="八", step=1),
]
G("ems_major_temples", EMS, "Major temples: eight, three times", "Mount Emei", "number of major temples", "undated",
  "Consistent.", ms)
ms = [
    F("ems", 9, "寺庙近百座", 100, CNT, q="under", vt="百", step=100),
    F("ems", 17, "over 100 temples and halls", 100, CNT, q="over"),
    F("ems", 25, "more than 100 temples and shrines", 100, CNT, q="over"),
]
G("ems_past_temples", EMS, "Temples in the past: nearly 100 (at the Ming-Qing height) and over 100 twice", "Mount Emei",
  "number of temples at their most", "past", "Consistent (the hedges meet at 100).", ms)
ms = [
    F("ems", 17, "Buddha is 71 meters high", 71, M),
    F("ems", 18, "more than 70m tall", 70, M, q="over"),
    F("ems", 19, "it stands at 71m", 71, M),
    F("ems", 21, "Grand Buddha is 71 meters high", 71, M),
    F("ems", 22, "通高71米", 71, M),
    F("ems", 23, "佛像身高71米", 71, M),
    F("ems", 30, "a height of 71 meters", 71, M),
    F("ems", 30, "The Buddha is 71 meters high", 71, M),
    F("ems", 31, "its height of 71m", 71, M),
    F("ems", 31, "It is 71 meters", 71, M),
    F("ems", 32, "The famous 71 meters", 71, M),
    F("ems", 33, "The Buddha is 71 meters high", 71, M),
]
G("ems_buddha_m", EMS, "Height of the Leshan Giant Buddha: 71 m eleven times, 'more than 70m'", "Leshan Giant Buddha",
  "height of the statue", "undated", "Consistent.", ms)
ms = [
    F("ems", 17, "Its ear is 6.2 meters long", 6.2, M),
    F("ems", 21, "ears are 7 meters long", 7, M),
    F("ems", 30, "7 meters long ears", 7, M),
]
G("ems_buddha_ear_m", EMS, "The Buddha's ear: 6.2 m against 7 m twice", "Leshan Giant Buddha", "length of the statue's ear",
  "undated", "7 is not a rounding of 6.2 (6.2 rounds to 6): conflict. anhypogenesis' '7 meters wide ear' gives a width: a "
  "single.", ms)
S("ems", 32, "the 7 meters wide ear", value=7, unit=M)
ms = [
    F("ems", 17, "8.5 meters wide", 8.5, M),
    F("ems", 21, "insteps 8.5 meters broad", 8.5, M),
    F("ems", 30, "8.5 meters wide back of foot", 8.5, M),
    F("ems", 33, "The 9 meter wide instep", 9, M),
]
G("ems_buddha_foot_m", EMS, "The Buddha's feet (insteps): 8.5 m wide three times against the tumblr's 9", "Leshan Giant Buddha",
  "width of the statue's feet (instep)", "undated", "9 (read at the metre) rounds 8.5: rounding.", ms)
ms = [
    F("ems", 17, "shoulder 34 meters wide", 34, M),
    F("ems", 30, "24 meters wide shoulder", 24, M),
    F("ems", 31, "the 28-meter-wide", 28, M),
    F("ems", 32, "the shoulders are 28 meters wide", 28, M),
]
G("ems_buddha_shoulder_m", EMS, "The Buddha's shoulders: 34, 24 and 28 twice", "Leshan Giant Buddha",
  "width of the statue's shoulders", "undated", "34, 24 and 28 disagree (same precision): conflict.", ms)
ms = [
    F("ems", 17, "middle finger is 8.3 meters", 8.3, M),
    F("ems", 30, "8.3 meters long finger", 8.3, M),
    F("ems", 31, "three-meter-long", 3, M, vt="three", step=1),
    F("ems", 33, "8.3 meter long fingers", 8.3, M),
]
G("ems_buddha_finger_m", EMS, "The Buddha's (middle) finger: 8.3 m three times against pbase's three metres", "Leshan Giant Buddha",
  "length of the statue's (middle) finger", "undated", "three against 8.3: conflict.", ms)
ms = [
    F("ems", 17, "14.7 meters high", 14.7, M),
    F("ems", 30, "14.7 meters high", 14.7, M),
    F("ems", 32, "14.7 meters tall", 14.7, M),
]
G("ems_buddha_head_m", EMS, "The Buddha's head: 14.7 m high three times", "Leshan Giant Buddha", "height of the statue's head",
  "undated", "Consistent (ehooarts' '14.7 meters high' follows '71 meters high' without naming the head; read as the head, "
  "as its sentence opens 'The head of Leshan Buddha').", ms)
ms = [F("ems", 30, "10 meters wide", 10, M), F("ems", 32, "10 meters wide", 10, M)]
G("ems_buddha_head_w_m", EMS, "The Buddha's head: 10 m wide twice", "Leshan Giant Buddha", "width of the statue's head",
  "undated", "Consistent.", ms)
ms = [
    F("ems", 17, "covered with 1,021 chignons", 1021, CNT),
    F("ems", 30, "1021 buns", 1021, CNT),
    F("ems", 32, "1,021 buns", 1021, CNT),
]
G("ems_buddha_buns", EMS, "Hair buns on the Buddha's head: 1,021 three times", "Leshan Giant Buddha", "number of hair buns",
  "undated", "Consistent.", ms)
ms = [
    F("ems", 30, "it took 90 years", 90, YR),
    F("ems", 31, "more than 90 years to carve", 90, YR, q="over"),
    F("ems", 33, "more than 90 years to complete", 90, YR, q="over"),
]
G("ems_buddha_years", EMS, "Years the carving took: 90 (more than 90 twice)", "Leshan Giant Buddha",
  "time the carving took", "713-803", "Consistent.", ms)
ms = [F("ems", 31, "(about 233 feet)", 233, FT, q="approx"), F("ems", 32, "(233 feet)", 233, FT)]
G("ems_buddha_ft", EMS, "The Buddha's height in feet: 233 twice", "Leshan Giant Buddha", "height of the statue, feet",
  "undated", "Consistent.", ms)
ms = [
    F("ems", 17, "more than 100 people", 100, PERS, q="over"),
    F("ems", 30, "around 100 people", 100, PERS, q="approx"),
    F("ems", 31, "one hundred people", 100, PERS, vt="one hundred", step=100),
    F("ems", 33, "large enough for 100 people", 100, PERS),
]
G("ems_buddha_foot_people", EMS, "People a foot can seat: about / more than 100, four times", "Leshan Giant Buddha",
  "number of people who can sit on one foot", "undated", "Consistent.", ms)
S("ems", 30, "5.6 meters long nose", value=5.6, unit=M)
S("ems", 30, "5.6 meters long eyebrows", value=5.6, unit=M)
S("ems", 30, "3.3 meters long mouth", value=3.3, unit=M)
S("ems", 30, "3.3 meters high neck", value=3.3, unit=M)
S("ems", 30, "28 meters from knee", value=28, unit=M)
S("ems", 31, "(about 11 feet)", value=11, unit=FT, q="approx")
S("ems", 31, "eight-meter-long", vt="eight", value=8, unit=M)
S("ems", 31, "(about 27 feet)", value=27, unit=FT, q="approx")
S("ems", 31, "(about 92 feet)", value=92, unit=FT, q="approx")
S("ems", 31, "only 53m in height", value=53, unit=M)
NC("ems", 31, "In December, 1996", "date")
NC("ems", 31, "the year 713", "date")
NC("ems", 31, "the year 803", "date")
NC("ems", 33, "the year 713", "date")
NC("ems", 33, "the year 803", "date")
ms = [
    F("ems", 2, "stands tall at 48 meters", 48, M),
    F("ems", 11, "金顶上高48米", 48, M),
    F("ems", 16, "高達(dá)48米", 48, M),
]
G("ems_statue_m", EMS, "The golden Samantabhadra statue on the summit: 48 m three times", "Mount Emei (Golden Summit statue)",
  "height of the Samantabhadra statue", "undated", "Consistent.", ms)
ms = [
    F("ems", 9, "从山麓至峰顶50多千米", 50, KM, q="over"),
    F("ems", 25, "some 60 kilometres", 60, KM, q="approx"),
]
G("ems_trail_km", EMS, "The path from foot to summit: 50多 km, some 60 km", "Mount Emei", "length of the path to the summit",
  "undated", "Consistent (the hedges overlap).", ms)
S("ems", 25, "(37 miles)", value=37, unit=MI, q="approx")
S("ems", 25, "below four Degrees Celsius", vt="four", value=4, unit=DEGC, q="under")
S("ems", 2, "(157 feet)", value=157, unit=FT)
S("ems", 11, "48个愿望", value=48, unit=CNT)
S("ems", 11, "484平方米", value=484, unit=M2)
S("ems", 17, "eye 3.3 meters wide", value=3.3, unit=M)
S("ems", 17, "feet are 11 meters long", value=11, unit=M)
S("ems", 17, "The 14-storyed pagoda", value=14, unit=CNT)
S("ems", 17, "seven meters high", vt="seven", value=7, unit=M)
S("ems", 17, "more than 4,700 images", value=4700, unit=CNT, q="over")
S("ems", 21, "which is 1.5 meters long", value=1.5, unit=M)
S("ems", 21, "the toe itself is 8.5 meters long", value=8.5, unit=M)
S("ems", 5, "around one or two meters", vt="one or two", value=[1, 2], unit=M, q="approx")
S("ems", 6, "After 25 years", value=25, unit=YR)
S("ems", 7, "occurs 14 times a year", value=14, unit=TIMES)
S("ems", 9, "上下温差约15℃", value=15, unit=DEGC, q="approx")
S("ems", 9, "平均气温在11℃左右", value=11, unit=DEGC, q="approx")
S("ems", 12, "门票:120元", value=120, unit="CNY")
S("ems", 12, "上山车60元/人", value=60, unit="CNY")
S("ems", 12, "海拔2500米的桫椤坪", value=2500, unit=M)
S("ems", 13, "高26米", value=26, unit=M)
S("ems", 13, "总面积1614平方米", value=1614, unit=M2)
ms = [F("ems", 3, "7 kilometers southwest", 7, KM), F("ems", 28, "在峨眉山市西南7公里", 7, KM)]
G("ems_from_city_km", EMS, "Distance south-west of Emeishan City: 7 km twice", "Mount Emei", "distance from Emeishan City",
  "undated", "Consistent.", ms)
ms = [F("ems", 3, "23 kilometers from south to north", 23, KM), F("ems", 29, "绵延23公里", 23, KM)]
G("ems_ns_km", EMS, "Extent north to south: 23 km twice", "Mount Emei", "extent of the mountain north to south", "undated",
  "Consistent.", ms)
S("ems", 28, "東距樂山市37公里", value=37, unit=KM)
S("ems", 28, "絕壁高達700~850米", vt="700~850", value=[700, 850], unit=M)
NC("ems", 28, "國家5A級", "name")
NC("ems", 28, "1996年峨眉山", "date")
NC("ems", 28, "(經度:103.48緯度:29.59)", "coordinates")
S("ems", 29, "约占中国植物物种总数的1/10", vt="1/10", value=10, unit=PC, q="approx")
S("ems", 29, "动物种类达2300多种", value=2300, unit=CNT, q="over")
S("ems", 29, "4座山峰", value=4, unit=CNT)
NC("ems", 29, "北纬30°附近", "coordinates")
NC("ems", 29, "北纬29°16′-29°43′,东经103°10′-103°37′", "coordinates")
NC("ems", 29, "1.峨眉山", "list_number")
NC("ems", 29, "2.峨眉山", "list_number")
NC("ems", 29, "3.峨眉山", "list_number")
NC("ems", 29, "4.峨眉山", "list_number")
NC("ems", 29, "5.峨眉山", "list_number")
S("ems", 18, "more than 1,000 years", value=1000, unit=YR, q="over")
S("ems", 19, "more than thirty were built", vt="thirty", value=30, unit=CNT, q="over")
S("ems", 23, "树龄已逾千年", vt="千", value=1000, unit=YR, q="over")
S("ems", 24, "the following 2000 years", value=2000, unit=YR)
NC("ems", 2, "(1368-1644)", "date")
NC("ems", 17, "(1368-1644)", "date")
NC("ems", 5, "Site in 1996", "date")
NC("ems", 6, "(10,000 Buddha Peak)", "name")
NC("ems", 6, "(1,000 Buddha Peak)", "name")
NC("ems", 8, "since 1996", "date")
NC("ems", 10, "1997年2月", "date")
NC("ems", 10, "四十佳", "rank")
NC("ems", 11, "峨眉山金顶六大奇观", "name")
NC("ems", 13, "1983年被列为全国", "date")
NC("ems", 13, "1983年被列为汉族", "date")
NC("ems", 13, "2008年5月12日", "date")
NC("ems", 14, "[註 1]", "footnote_marker")
NC("ems", 14, "[1]", "footnote_marker")
NC("ems", 14, "於2007年以前", "date")
NC("ems", 14, "1996年12月6日", "date")
NC("ems", 15, "[註 1]", "footnote_marker")
NC("ems", 15, "[1]", "footnote_marker")
NC("ems", 15, "1996年12月6日", "date")
NC("ems", 16, "1996年12月6日", "date")
NC("ems", 18, "In 1996", "date")
NC("ems", 19, "the 8th century", "date")
NC("ems", 19, "the 1st and 17th century", "date")
NC("ems", 19, "In 1996", "date")
NC("ems", 20, "1. Mount Emei", "list_number")
NC("ems", 21, "In 1997", "date")
NC("ems", 22, "1996年12月", "date")
NC("ems", 23, "1996年,峨眉山", "date")
NC("ems", 23, "始凿于8世纪", "date")
NC("ems", 24, "the 1st century A.D.", "date")
NC("ems", 26, "峨眉山[2]", "footnote_marker")
NC("ems", 26, "China.[3]", "footnote_marker")
NC("ems", 26, "Daxiangling.[4]", "footnote_marker")
NC("ems", 26, "in 1996", "date")
NC("ems", 26, ".[5]", "footnote_marker")

# rank phrases (non-claims, as fresh52-53 keyed their 十大 / 四大 phrases, though they disagree)
NC("hgs", 10, "贵州第一胜景", "rank")
NC("hgs", 13, "亞洲第一大瀑布", "rank")
NC("hgs", 13, "中華第一瀑", "rank")
NC("hgs", 15, "中华第一瀑", "rank")
NC("hgs", 17, "中國第一大瀑布", "rank")
NC("tkl", 10, "世界第二大流动沙漠", "rank")
NC("tkl", 11, "世界第二大流動沙漠", "rank")
NC("tkl", 12, "全世界第二大流動(dòng)沙漠", "rank")
NC("tkl", 13, "世界第二大流動(dòng)沙漠", "rank")
NC("tkl", 19, "世界第二大流动沙漠", "rank")
S("tkl", 9, "加利福尼亚州的两倍大", vt="两", value=2, unit=TIMES)
NC("ems", 28, "中國四大佛教名山之一", "rank")
NC("ems", 28, "中國佛教五大名山", "rank")

# audit additions: number words in names (as ems-06's '(10,000 Buddha Peak)'), a month range, rank phrases matching
# the keyed 世界第二大流动沙漠 ones, a place name with a numeral, and a count the digit script could not see
NC("ems", 5, "ten thousand Buddha summit", "name")
NC("ems", 25, "Wanfo (Ten Thousand Buddha) Summit", "name")
NC("ems", 25, "the Peak of Ten Thousand Buddha", "name")
NC("ems", 9, "金顶七八月份", "date")
NC("tkl", 2, "the world's second largest", "rank")
NC("tkl", 5, "the second largest shifting sand desert", "rank")
NC("tkl", 12, "流沙面積世界第一", "rank")
NC("hgs", 13, "三道灘", "name")  # a rapid's name (l660: '依次流经三道滩、马蹄滩、猪龙潭'), not a count
S("tkl", 17, "三種風沙地貌", vt="三", value=3, unit=CNT)

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh54.toml", "corpus-fresh54")
