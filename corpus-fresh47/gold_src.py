"""Hand annotation of corpus-fresh47, written as data; emits gold.d/fresh47.toml (then run
corpus/check_gold.py --dir corpus-fresh47 --build).

Three domains: the Mariana Trench (greatest depth 10,994 m against 11,034 / 11,033, 10,984, 10,971, 10,911 / about
10.91 km, the dictionary's 一萬零八百六十 (10,860) and 'over 11,000' m; in feet 36,070 against 36,201, 36,037 and
35,994; length about 2,550 km; mean width 69 against 70 km; Everest 8,848 against 8 850 m and 29,029 against 29 035 ft;
the water left above it 2,183 against 2,076 m; `mrt-*`), Mount Kilimanjaro
(height 5,895 m against 5,896, 5,892, tu8's 5963 and the dated resurveys 5,892 (1999), 5,891 (2008) and 5,888 (2014);
in feet 19,341 against 19,331 (19,340 rounds 19,341); Mawenzi 16,893 against 16,896 ft; Shira 4,005 against 3,962 m and 13,140 /
13,000 / 12,999 ft; its rise above the base about 4,900 against 4,600 m; crater 2400 against 1 800 m; ice lost since
1912 85% / 'over 80%' against 'about 75%' in the 20th century; `kil-*`) and Lake Titicaca (surface 3,812 m against
3,810 and 3821 m; area about 8,300 km2 against 8290, 8330, 9,710 and '8300多'; greatest depth 280 / 281 m against 256
m and the Lago Grande basin's 284 m; mean depth 107 m against 140-180 m and 100 m; islands 41 against 51; Peru's
share 60% against 2/5; `ttc-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a correct rounding, or two of the
same precision that disagree, is conflict; a hedge that holds the other figure is consistent), extended here to
ranges (two ranges, or a range and a figure, that overlap are consistent, otherwise conflict; a hedged range reaches half
its written step beyond each end, as a hedged figure does). Dated resurveys
(kil-04: 5,892 m in 1999, 5,891 m in 2008, 5,888 m in 2014) and a sub-basin's figures (ttc-03: Lago Grande) are
different_basis with the verdict `auto` gives as alt; figures a page attributes to others ('some unrepeated
measurements', mrt-13) keep their verdict with different_basis as alt. Values as written: 万/萬 = 1e4; km in m with
mult=1000 where a page gives the depth in kilometres; fractions as percent.
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
        # audit: a hedged range ('cluster around 10,900 to 11,000', mrt-12) reads like a hedged figure in goldkit._rng:
        # half its written step beyond each end; plain ranges stay as written
        w = m["_step"] / 2 if m.get("qualifier") == "approx" else 0.0
        return (min(v) - w, max(v) + w)
    return goldkit._rng(m)


def auto(a, b):
    """goldkit's auto, extended to ranges: two intervals that overlap are consistent, otherwise conflict."""
    if isinstance(a["value"], list) or isinstance(b["value"], list):
        (a0, a1), (b0, b1) = _iv(a), _iv(b)
        eps = 1e-9 * max(abs(a0), abs(a1), abs(b0), abs(b1), 1.0)
        return K if (a0 <= b1 + eps and b0 <= a1 + eps) else C
    return _auto(a, b)


goldkit.auto = auto  # G (in goldkit) looks the name up at call time

MRT, KIL, TTC = "mariana-trench", "mount-kilimanjaro", "lake-titicaca"
M, FT, KM, KM2, YR, MI, MI2 = "meter", "feet", "km", "km**2", "years", "mile", "mile**2"
DEGC = "degrees_C"


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


def ATTR(ms, xs):
    """Every pair between mention numbers xs (figures a page attributes to other sources, not its own claim) and the
    group's other mentions that `auto` calls conflict or rounding keeps that verdict, with different_basis as alt."""
    out = {}
    for x in xs:
        for y in range(1, len(ms) + 1):
            a, b = ms[x - 1], ms[y - 1]
            if y != x and a["value"] != b["value"]:
                v = auto(a, b)
                if v in (C, R):
                    out[(min(x, y), max(x, y))] = (v, D)
    return out


def OTHER(ms, xs, ys=None):
    """Pairs between mention numbers xs (another basis: a dated resurvey, a sub-basin) and ys (default: every other
    mention not in xs): different_basis, with the verdict `auto` gives as alt when it is conflict or rounding;
    pairs with the same value stay consistent."""
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


# ============================================================ the Mariana Trench
ms = [
    F("mrt", 1, "Challenger Deep, 10,994 meters deep", 10994, M),
    F("mrt", 2, "which is 11 033 meters", 11033, M, vt="11 033", step=1),
    F("mrt", 3, "(10,994 meters) below sea level", 10994, M),
    F("mrt", 4, "Challenger Deep at 10,994 meters", 10994, M, note="dated 2010 on the page"),
    F("mrt", 6, "最深处达到了10911米", 10911, M),
    F("mrt", 8, "深度约10,984米", 10984, M, q="approx"),
    F("mrt", 9, "深度達一萬零八百六十公尺", 10860, M, vt="一萬零八百六十", step=10),
    F("mrt", 10, "低于海平面11034米", 11034, M),
    F("mrt", 11, "測量深度超過11,000米", 11000, M, q="over"),
    F("mrt", 12, "approximately 10,984 meters", 10984, M, q="approx"),
    F("mrt", 12, "cluster around 10,900 to 11,000 meters", [10900, 11000], M, vt="10,900 to 11,000", step=100, q="approx"),
    F("mrt", 12, "roughly 11 kilometers", 11000, M, mult=1000, q="approx"),
    F("mrt", 13, "up to 10,971 m", 10971, M),
    F("mrt", 13, "depth of about 10.91 kilometres", 10910, M, mult=1000, q="approx"),
    F("mrt", 13, "portion at 11.03 kilometres", 11030, M, mult=1000, note="'some unrepeated measurements place the deepest portion at'"),
    F("mrt", 15, "爲一萬一千零三十四米", 11034, M, vt="一萬一千零三十四", step=1),
]
G("mrt_depth_m", MRT, "Greatest depth of the Mariana Trench (the Challenger Deep): 10,994 m (three) against 11,034 (two), 11 033, 10,984 (two, hedged), 10,971, 10911, about 10.91 km, 10,860 and 'over 11,000'; 'roughly 11 km' and '10,900 to 11,000' hedge",
  "Mariana Trench (Challenger Deep)", "greatest depth", "undated (one page dates 10,994 m to 2010)",
  "Each figure is the trench's greatest depth; no page dates them apart (10,994 m is the 2010 survey in mrt-04, which equals the undated ones). Figures of the same precision that differ are conflict (10,994 / 11,034 / 11,033 / 10,971 / 10911); the hedged 'about 10,984' and 'about 10.91 km' hold only themselves (conflict with the rest, consistent with 10911 for 10.91 km); 'over 11,000' holds 11,034 / 11,033 only; 'roughly 11 kilometers' holds every figure; the range 'around 10,900 to 11,000' holds those inside it and, hedged, those within half its step (50 m) of its ends: 10,860, 11 033 and 11,034 (consistent; audit). exploredia's 11.03 km is what 'some unrepeated measurements' give: its pairs keep the verdict with different_basis as alt.",
  ms, ATTR(ms, [15]))

ms = [
    F("mrt", 2, "or 36 201 feet deep", 36201, FT, vt="36 201", step=1),
    F("mrt", 3, "maximum depth at 36,070 feet", 36070, FT),
    F("mrt", 4, "(36,070 feet) below sea level", 36070, FT),
    F("mrt", 5, "approximately 36,000 feet below sea level", 36000, FT, q="approx"),
    F("mrt", 11, "(約36,000英尺)", 36000, FT, q="approx"),
    F("mrt", 12, "(36,037 feet", 36037, FT, q="approx", note="converts 'approximately 10,984 meters'"),
    F("mrt", 13, "(35,994 ft) deep", 35994, FT),
    F("mrt", 14, "- 36,037 ft (Challenger Deep)", 36037, FT),
]
G("mrt_depth_ft", MRT, "Greatest depth in feet: 36,070 (two) against 36,201, 36,037 (two) and 35,994; 'approximately 36,000' (two) holds them all",
  "Mariana Trench (Challenger Deep)", "greatest depth (feet)", "undated",
  "Figures of the same precision that differ are conflict; 'approximately 36,000' holds every figure (consistent).", ms)

ms = [
    F("mrt", 12, "about 6.8 miles", 6.8, MI, q="approx"),
    F("mrt", 12, "(about 7 miles)", 7, MI, q="approx"),
    F("mrt", 13, "(6.78 mi)", 6.78, MI, q="approx", note="converts 'about 10.91 kilometres'"),
    F("mrt", 13, "(6.85 mi)", 6.85, MI, note="'some unrepeated measurements'"),
]
G("mrt_depth_mi", MRT, "Greatest depth in miles: about 6.8, about 7, (about) 6.78 and the unrepeated 6.85",
  "Mariana Trench (Challenger Deep)", "greatest depth (miles)", "undated",
  "The hedged figures hold each other (consistent); the attributed 6.85 keeps the verdict auto gives with different_basis as alt.", ms, ATTR(ms, [4]))

ms = [
    F("mrt", 6, "它的长度约为2500公里", 2500, KM, q="approx"),
    F("mrt", 8, "海沟全长约2,550公里", 2550, KM, q="approx"),
    F("mrt", 12, "about 2,550 kilometers", 2550, KM, q="approx"),
    F("mrt", 13, "about 2,550 kilometres", 2550, KM, q="approx"),
]
G("mrt_length_km", MRT, "Length of the trench: about 2,550 km (three) and about 2500 km", "Mariana Trench", "length", "undated",
  "Hedged figures whose ranges meet (consistent).", ms)

ms = [
    F("mrt", 12, "(1,580 miles) long", 1580, MI, q="approx"),
    F("mrt", 13, "(1,580 mi) long", 1580, MI, q="approx"),
    F("mrt", 14, "- 1,580 miles", 1580, MI),
]
G("mrt_length_mi", MRT, "Length in miles: 1,580 (three)", "Mariana Trench", "length (miles)", "undated", "Same figure (consistent).", ms)

ms = [
    F("mrt", 6, "宽度约为70公里", 70, KM, q="approx"),
    F("mrt", 12, "and 69 kilometers", 69, KM),
    F("mrt", 13, "only 69 kilometres", 69, KM),
    F("mrt", 15, "平均寬七十千米", 70, KM, vt="七十", step=10),
]
G("mrt_width_km", MRT, "Mean width of the trench: 69 km (two) against 70 km (about 70; 七十)", "Mariana Trench", "mean width", "undated",
  "70 rounds 69 (rounding); 'about 70' holds 69 (consistent).", ms)

ms = [
    F("mrt", 12, "(43 miles) wide", 43, MI),
    F("mrt", 13, "(43 mi)", 43, MI),
    F("mrt", 14, "- 43 miles", 43, MI),
]
G("mrt_width_mi", MRT, "Mean width in miles: 43 (three)", "Mariana Trench", "mean width (miles)", "undated", "Same figure (consistent).", ms)

ms = [
    F("mrt", 2, "at 8 850 meters", 8850, M, vt="8 850"),
    F("mrt", 3, "(8,848 meters)", 8848, M),
    F("mrt", 8, "仅为8,848米", 8848, M),
    F("mrt", 13, "Earth at 8,848 metres", 8848, M),
]
G("mrt_everest_m", MRT, "Height of Mount Everest (the yardstick): 8,848 m (three) against 8 850 m", "Mount Everest", "height", "undated",
  "8 850 rounds 8,848 (rounding).", ms)

ms = [
    F("mrt", 2, "(29 035 feet)", 29035, FT, vt="29 035", step=1),
    F("mrt", 3, "down to 29,029 feet", 29029, FT),
    F("mrt", 13, "(29,029 ft)", 29029, FT),
]
G("mrt_everest_ft", MRT, "Height of Everest in feet: 29,029 (two) against 29 035", "Mount Everest", "height (feet)", "undated",
  "Same precision, different figures (conflict).", ms)

ms = [
    F("mrt", 1, "underwater for two kilometres", 2000, M, vt="two", mult=1000, step=1000),
    F("mrt", 2, "there would still be 2 183 meters", 2183, M, vt="2 183", step=1),
    F("mrt", 12, "more than 2 kilometers", 2000, M, mult=1000, q="over"),
    F("mrt", 13, "there would be 2,076 metres", 2076, M),
]
G("mrt_water_above_everest", MRT, "Water left above Everest set in the deep: 2 183 m against 2,076 m; 'two kilometres' and 'more than 2 km' hold both",
  "Mariana Trench / Mount Everest", "depth minus Everest's height", "undated",
  "2 183 and 2,076 disagree (conflict); a plain 'two kilometres' rounds both (rounding); 'more than 2 kilometers' holds both (consistent).", ms)

ms = [
    F("mrt", 2, "(7 166 feet)", 7166, FT, vt="7 166", step=1),
    F("mrt", 13, "(6,811 ft)", 6811, FT),
]
G("mrt_water_above_everest_ft", MRT, "Water above Everest in feet: 7 166 against 6,811", "Mariana Trench / Mount Everest", "depth minus Everest's height (feet)", "undated",
  "The two disagree (conflict).", ms)

S("mrt", 10, "成功下潛到10911米", value=10911, unit=M, note="the Trieste's dive depth")

S("mrt", 1, "almost 1,000 metres below", value=1000, unit=M, q="under")
S("mrt", 2, "6033.5 fathoms", value=6033.5, unit="fathom")
NC("mrt", 3, "[1]", "footnote_marker")
NC("mrt", 3, "[2]", "footnote_marker")
NC("mrt", 4, "In 2010 the", "date")
S("mrt", 4, "124 miles", value=124, unit=MI, q="approx")
S("mrt", 4, "/200km", value=200, unit=KM, q="approx")
S("mrt", 8, "压力超 1,000个大气压", value=1000, unit="atm", q="over")
NC("mrt", 8, "1960年的", "date")
NC("mrt", 8, "2012年詹姆斯", "date")
NC("mrt", 10, "2、潛入", "list_number")
S("mrt", 10, "逗留了20分鐘", value=20, unit="minute")
ms = [
    F("mrt", 5, "over a mile of water", 1, MI, vt="a mile", step=1, q="over", note="audit: 'there would still be over a mile of water above its peak'"),
    F("mrt", 12, "(about 1.2 miles)", 1.2, MI, q="approx", note="converts 'more than 2 kilometers'"),
]
G("mrt_water_above_everest_mi", MRT, "Water left above Everest set in the deep, in miles: 'over a mile' and 'about 1.2 miles' (audit)", "Mariana Trench / Mount Everest", "depth minus Everest's height (miles)", "undated",
  "'over a mile' holds 'about 1.2 miles' (consistent).", ms)
NC("mrt", 14, "23 January, 1960", "date")
NC("mrt", 14, "the first being in 1960", "date")
S("mrt", 15, "已有六千萬年", vt="六千萬", value=6e7, unit=YR)
S("mrt", 15, "在八千米以上", vt="八千", value=8000, unit=M, q="over")
S("mrt", 15, "全長兩千五百五十米", vt="兩千五百五十", value=2550, unit=M, note="as stored: 米 (metres) for the trench's length, elsewhere about 2,550 km")

# ============================================================ Mount Kilimanjaro
ms = [
    F("kil", 1, "to 5,895 metres", 5895, M),
    F("kil", 2, "stands at 5,895 meters", 5895, M),
    F("kil", 3, "altitude of 5,895 meters", 5895, M),
    F("kil", 4, "world at 5,895 meters", 5895, M),
    F("kil", 4, "Uhuru Peak as 5,895 meters", 5895, M, note="'based on a British Ordnance Survey in 1952'"),
    F("kil", 4, "measured as 5,892 meters", 5892, M, basis="s1999"),
    F("kil", 4, "5,891 meters", 5891, M, basis="s2008"),
    F("kil", 4, "5,888 meters", 5888, M, basis="s2014"),
    F("kil", 5, "the extinct volcano Kibo, 5,895 metres", 5895, M),
    F("kil", 6, "Africa at 5,892 metres", 5892, M),
    F("kil", 12, "高5963米", 5963, M),
    F("kil", 13, "山峰海拔5895米", 5895, M),
    F("kil", 14, "海拔高达5895米", 5895, M),
    F("kil", 14, "海拔高度为5895米", 5895, M),
    F("kil", 15, "海拔5,895米", 5895, M),
    F("kil", 16, "海拔5 895米", 5895, M, vt="5 895", step=1),
    F("kil", 17, "其海拔高度為5,895米", 5895, M),
    F("kil", 18, "海拔5,895公尺", 5895, M),
    F("kil", 18, "(Kibo,5,895公尺", 5895, M),
    F("kil", 19, "海拔5,895M", 5895, M, vt="5,895", note="'5,895M' as stored (M for metres)"),
    F("kil", 21, "海拔5896米", 5896, M),
    F("kil", 22, "乞力马扎罗山海拔5895米", 5895, M),
    F("kil", 23, "海拔5896米", 5896, M),
    F("kil", 24, "海拔高達5895公尺", 5895, M),
]
G("kil_height_m", KIL, "Height of Kilimanjaro (Uhuru Peak / Kibo): 5,895 m (seventeen) against 5,896 (two), journey-trip's undated 5,892 and tu8's 5963; savannahexplorers' dated resurveys 5,892 (1999), 5,891 (2008), 5,888 (2014)",
  "Mount Kilimanjaro (Kibo, Uhuru Peak)", "summit height", "undated (5,895 m from the 1952 survey); three dated resurveys",
  "Undated figures of the same precision that differ are conflict (5,895 / 5,896 / 5,892 / 5963). kil-04 dates its resurveys (1999, 2008, 2014): they are other measurements of other years, so their pairs with the undated figures and with each other are different_basis, with the verdict auto gives (conflict) as alt; the undated 5,892 of kil-06 equals the 1999 figure (consistent).",
  ms, OTHER(ms, [6, 7, 8]))

ms = [
    F("kil", 1, "(19,341 ft)", 19341, FT),
    F("kil", 2, "(19,341 feet)", 19341, FT),
    F("kil", 4, "(19.341 feet)", 19341, FT, vt="19.341", step=1, note="'19.341' as stored (point for the thousands comma)"),
    F("kil", 4, "(19,341 feet)", 19341, FT),
    F("kil", 4, "(19.331 ft)", 19331, FT, basis="s1999", vt="19.331", step=1, note="'19.331' as stored"),
    F("kil", 4, "(19,327 feet)", 19327, FT, basis="s2008"),
    F("kil", 4, "(19,318 feet)", 19318, FT, basis="s2014"),
    F("kil", 6, "(19,331 ft)", 19331, FT),
    F("kil", 7, "Rising 19,340 feet", 19340, FT),
    F("kil", 7, "Kibo (19,340 feet)", 19340, FT),
    F("kil", 8, "the 19,341ft", 19341, FT),
    F("kil", 17, "(19,341英尺)", 19341, FT),
    F("kil", 18, "(19,341英尺)[6][7]", 19341, FT),
    F("kil", 18, "Kibo,5,895公尺(19,341英尺", 19341, FT),
]
G("kil_height_ft", KIL, "Height in feet: 19,341 (eight), 19,340 (two, a rounding) against the undated 19,331; the dated resurveys 19.331 (1999), 19,327 (2008), 19,318 (2014)",
  "Mount Kilimanjaro (Kibo, Uhuru Peak)", "summit height (feet)", "undated; three dated resurveys",
  "As in metres: undated figures that differ are conflict (19,331 against 19,341 / 19,340); 19,340 rounds 19,341 by the kit's rule (rounding); the dated resurveys are different_basis with conflict as alt; the undated 19,331 equals the 1999 figure (consistent).",
  ms, OTHER(ms, [5, 6, 7]))

ms = [
    F("kil", 4, "Mawenzi to 5,149 meters", 5149, M),
    F("kil", 5, "Mawensi (5,149 metres)", 5149, M),
    F("kil", 18, "Mawensi,5,149公尺", 5149, M),
]
G("kil_mawenzi_m", KIL, "Height of Mawenzi: 5,149 m (three)", "Mawenzi peak", "height", "undated", "Same figure (consistent).", ms)

ms = [
    F("kil", 4, "(16.893 ft)", 16893, FT, vt="16.893", step=1, note="'16.893' as stored"),
    F("kil", 7, "Mawenzi (16,896 feet)", 16896, FT),
    F("kil", 18, "(16,893英尺)", 16893, FT),
]
G("kil_mawenzi_ft", KIL, "Height of Mawenzi in feet: 16,893 (two) against 16,896", "Mawenzi peak", "height (feet)", "undated",
  "Same precision, different figures (conflict).", ms)

ms = [
    F("kil", 4, "shortest at 4,005 meters", 4005, M),
    F("kil", 18, "Shira,3,962公尺", 3962, M),
]
G("kil_shira_m", KIL, "Height of Shira: 4,005 m against 3,962 m", "Shira peak", "height", "undated", "The two disagree (conflict).", ms)

ms = [
    F("kil", 4, "(13,140 feet)", 13140, FT),
    F("kil", 7, "Shira (13,000 feet)", 13000, FT),
    F("kil", 18, "(12,999英尺)", 12999, FT),
]
G("kil_shira_ft", KIL, "Height of Shira in feet: 13,140 against 12,999; 13,000 rounds both", "Shira peak", "height (feet)", "undated",
  "13,140 and 12,999 disagree (conflict); 13,000 rounds each (rounding).", ms)

ms = [
    F("kil", 1, "approximately 4,900 metres", 4900, M, q="approx"),
    F("kil", 3, "4,600 m high", 4600, M),
    F("kil", 6, "rising 4,600 m", 4600, M),
]
G("kil_rise_m", KIL, "Rise of the mountain above its base: about 4,900 m against 4,600 m (two)", "Mount Kilimanjaro", "height above its base", "undated",
  "'approximately 4,900' does not hold 4,600 (conflict).", ms)

ms = [
    F("kil", 1, "(16,100 ft) from its base", 16100, FT, q="approx"),
    F("kil", 6, "(15,092 ft)", 15092, FT),
]
G("kil_rise_ft", KIL, "Rise above the base in feet: about 16,100 against 15,092", "Mount Kilimanjaro", "height above its base (feet)", "undated",
  "The two disagree (conflict).", ms)

ms = [
    F("kil", 12, "直径2400米", 2400, M),
    F("kil", 16, "直徑達1 800米", 1800, M, vt="1 800", step=100),
    F("kil", 18, "直徑2400米", 2400, M),
    F("kil", 24, "火山口直徑約2公里", 2000, M, vt="2", mult=1000, q="approx"),
]
G("kil_crater_diameter", KIL, "Diameter of the Kibo crater: 2400 m (two) against 1 800 m; 'about 2 km' holds both",
  "Kibo crater", "diameter", "undated",
  "2400 and 1 800 disagree (conflict); '約2公里' holds both (consistent).", ms)

ms = [
    F("kil", 12, "深200米的火山口", 200, M),
    F("kil", 16, "深達200米", 200, M),
    F("kil", 18, "深200餘公尺", 200, M, q="over"),
]
G("kil_crater_depth", KIL, "Depth of the Kibo crater: 200 m (two) and '200餘' (over 200)", "Kibo crater", "depth", "undated",
  "'200餘' holds 200 (consistent).", ms)

ms = [
    F("kil", 12, "有时高达59℃", 59, DEGC),
    F("kil", 16, "最高可達59℃", 59, DEGC),
]
G("kil_temp_foot", KIL, "Highest temperature at the foot: 59 degrees (two)", "Mount Kilimanjaro (foot)", "highest temperature", "undated", "Same figure (consistent).", ms)

ms = [
    F("kil", 12, "常在零下34℃", -34, DEGC),
    F("kil", 16, "常在零下34℃", -34, DEGC),
]
G("kil_temp_summit", KIL, "Temperature at the summit: minus 34 degrees (two)", "Mount Kilimanjaro (summit)", "usual temperature", "undated", "Same figure (consistent).", ms)

ms = [
    F("kil", 8, "more than 85 per cent", 85, PC, q="over"),
    F("kil", 9, "shrunk 85% since 1912", 85, PC),
    F("kil", 10, "85% has disappeared", 85, PC),
    F("kil", 20, "缩小了超过80%", 80, PC, q="over", note="'比几十年前'"),
    F("kil", 22, "萎缩了80%以上", 80, PC, q="over", note="'在过去的80年中'"),
    F("kil", 23, "萎缩了80%以上", 80, PC, q="over", note="'在过去的80年内'"),
    F("kil", 11, "retreated about 75%", 75, PC, q="approx", basis="c20"),
]
G("kil_ice_loss", KIL, "Share of Kilimanjaro's summit ice lost: 85% since 1912 (three), 'over 80%' in the last decades (three) against 'about 75%' during the 20th century",
  "Mount Kilimanjaro (summit ice)", "share of the ice cover lost", "since 1912 / the past eighty years; andmoments: the 20th century",
  "The figures since 1912 and over the past 80 years agree ('over 80%' holds 85%: consistent). andmoments' 'about 75%' is for the 20th century, another period: different_basis with conflict as alt.",
  ms, OTHER(ms, [7]))

ms = [
    F("kil", 9, "the three remaining ice fields", 3, CNT, vt="three", step=1),
    F("kil", 10, "The three remaining ice fields", 3, CNT, vt="three", step=1),
]
G("kil_ice_fields", KIL, "Remaining ice fields on the summit: three (two; audit)", "Mount Kilimanjaro (summit ice)", "remaining ice fields", "about 2007-2009", "Same figure (consistent).", ms)

ms = [
    F("kil", 9, "have shrunk by 26%", 26, PC),
    F("kil", 10, "26% of that present in 2000", 26, PC),
]
G("kil_ice_loss_2000", KIL, "Ice lost since 2000: 26% (two)", "Mount Kilimanjaro (summit ice)", "share of the 2000 ice cover lost", "2000 to about 2007-2009", "Same figure (consistent).", ms)

ms = [
    F("kil", 5, "approximately 15,000 people", 15000, "persons", q="approx"),
    F("kil", 24, "每年吸引15000人", 15000, "persons"),
]
G("kil_climbers", KIL, "Climbers a year: 15,000 (two)", "Mount Kilimanjaro", "people attempting the climb each year", "undated", "Same figure (consistent).", ms)

ms = [
    F("kil", 12, "距离赤道仅300多公里", 300, KM, q="over"),
    F("kil", 22, "距离赤道仅300多公里", 300, KM, q="over"),
]
G("kil_equator", KIL, "Distance from the equator: '300多' km (two)", "Mount Kilimanjaro", "distance from the equator", "undated", "Same figure (consistent).", ms)

NC("kil", 1, "Purtscheller in 1889", "date")
S("kil", 2, "Mount Kenya at 5,199m", value=5199, unit=M)
NC("kil", 3, "In 2003", "date")
S("kil", 3, "depth of 121.9 m", value=121.9, unit=M)
S("kil", 3, "(400 ft)", value=400, unit=FT)
NC("kil", 4, "Survey in 1952", "date")
NC("kil", 4, "in 1999", "date")
NC("kil", 4, "in 2008", "date")
NC("kil", 4, "in the 2014", "date")
NC("kil", 5, "Meyer in 1889", "date")
S("kil", 5, "of which 40% reach", value=40, unit=PC)
S("kil", 6, "approximately 5,100 m", value=5100, unit=M, q="approx")
S("kil", 6, "16,732 ft", value=16732, unit=FT, q="approx")
S("kil", 7, "lies 205 miles", value=205, unit=MI)
ms = [
    F("kil", 1, "its three volcanic cones", 3, CNT, vt="three", step=1),
    F("kil", 4, "with its three volcanic cones", 3, CNT, vt="three", step=1),
    F("kil", 4, "three distinct volcanic cones", 3, CNT, vt="three", step=1),
    F("kil", 6, "its three volcanic cones", 3, CNT, vt="three", step=1),
    F("kil", 7, "composed of 3 volcanoes", 3, CNT),
    F("kil", 13, "由三座主要的火山构成", 3, CNT, vt="三", step=1),
    F("kil", 15, "由三座主要火山锥组成", 3, CNT, vt="三", step=1),
    F("kil", 17, "由三座主要火山組成", 3, CNT, vt="三", step=1),
    F("kil", 18, "三座山峰組成", 3, CNT, vt="三", step=1),
]
G("kil_cones", KIL, "Volcanic cones of Kilimanjaro (Kibo, Mawenzi, Shira): three (nine mentions; audit)", "Mount Kilimanjaro", "volcanic cones", "undated",
  "Same figure (consistent). The 'two main peaks' (两个主峰, kil-12; 兩座主峰, kil-16: Kibo and Mawenzi) are another measure and are not keyed.", ms)
S("kil", 7, "supports 5 major eco-zones", value=5, unit=CNT)
NC("kil", 8, "Between 1912 and 2011", "date")
NC("kil", 9, "Gone by 2030", "date")
S("kil", 9, "within the next 20 years", value=20, unit=YR)
S("kil", 9, "In the last 9 years", value=9, unit=YR)
S("kil", 10, "decreased ?1% per year", value=1, unit=PC, note="'?' as stored (for ~)")
NC("kil", 10, "from 1912 to 1953", "date")
S("kil", 10, "?2.5% per year", value=2.5, unit=PC)
NC("kil", 10, "from 1989 to 2007", "date")
NC("kil", 10, "From 2000 to 2007", "date")
S("kil", 10, "was ?1.9 and", value=1.9, unit=M)
S("kil", 10, "?5.1 m", value=5.1, unit=M)
S("kil", 10, "thinning of ?3.6%", value=3.6, unit=PC)
S("kil", 10, "?24%", value=24, unit=PC)
NC("kil", 10, "present in 1912", "date")
NC("kil", 10, "drill sites in 2000", "date")
NC("kil", 18, "南緯3度", "coordinate")
ms = [
    F("kil", 22, "在过去的80年中", 80, YR),
    F("kil", 23, "在过去的80年内", 80, YR),
]
G("kil_ice_loss_period", KIL, "Period of the 'over 80%' ice loss: the past 80 years (two; audit)", "Mount Kilimanjaro (summit ice)", "period of the ice loss", "undated (2008, 2009 articles)", "Same figure (consistent).", ms)
NC("kil", 11, "During the 20th century", "date")
S("kil", 11, "at about 20% of", value=20, unit=PC, q="approx")
S("kil", 11, "be 100 years ago", value=100, unit=YR)
NC("kil", 11, "between 2015 and 2020", "date")
S("kil", 12, "面积756平方公里", value=756, unit=KM2)
NC("kil", 12, "坐落于南纬3度", "coordinate")
S("kil", 12, "6个森林走廊", value=6, unit=CNT)
S("kil", 12, "10多公里长", value=10, unit=KM, q="over")
NC("kil", 16, "赤道與3°S之間", "coordinate")
S("kil", 16, "周長72千米", value=72, unit=KM)
S("kil", 16, "寬56千米", value=56, unit=KM)
NC("kil", 18, "[5]", "footnote_marker")
NC("kil", 18, "[6][7]", "footnote_marker")
S("kil", 18, "以東160千米處", value=160, unit=KM)
S("kil", 18, "大約在兩千五百萬年之前", vt="兩千五百萬", value=2.5e7, unit=YR, q="approx")
S("kil", 18, "大約形成於七十五萬年之前", vt="七十五萬", value=7.5e5, unit=YR, q="approx")
S("kil", 18, "東西綿延80多公里", value=80, unit=KM, q="over")
S("kil", 19, "從海拔900M", vt="900", value=900, unit=M)
NC("kil", 19, "1987年便將", "date")
S("kil", 19, "登頂有6條", value=6, unit=CNT)
S("kil", 19, "全程6天5夜", value=6, unit="day")
NC("kil", 21, "这是2月6日", "date")
NC("kil", 21, "在2015年左右", "date")
NC("kil", 22, "2008-11-14", "date")
S("kil", 22, "在50年内消失", value=50, unit=YR)
NC("kil", 23, "2009-09-08", "date")
S("kil", 23, "可能将在10年内", value=10, unit=YR)
S("kil", 24, "在未來20年內", value=20, unit=YR, nth=1)
S("kil", 24, "在未來20年內", value=20, unit=YR, nth=2)
S("kil", 24, "在未來20年內", value=20, unit=YR, nth=3)
NC("kil", 24, "並於1987年", "date")
S("kil", 24, "為全世界第2大火山口", value=2, unit="rank")
NC("kil", 24, "於1977年", "date")
S("kil", 24, "即有85%的機率", value=85, unit=PC)
S("kil", 24, "是世界7大洲", value=7, unit=CNT)

# ============================================================ Lake Titicaca
ms = [
    F("ttc", 1, "at 3,812 m", 3812, M),
    F("ttc", 2, "lying at 3,810m", 3810, M),
    F("ttc", 4, "altitude of 3810m", 3810, M),
    F("ttc", 5, "altitude of 3,812 m", 3812, M),
    F("ttc", 6, "lying at 3,810 meters", 3810, M),
    F("ttc", 7, "located 3821 m", 3821, M),
    F("ttc", 8, "elevation of 3,812 metres", 3812, M),
    F("ttc", 9, "淡水湖(3821米)", 3821, M),
    F("ttc", 9, "海拔3812米", 3812, M),
    F("ttc", 11, "湖面海拔3812米", 3812, M),
    F("ttc", 12, "海拔3812米", 3812, M),
    F("ttc", 13, "湖面海拔3812公尺", 3812, M),
    F("ttc", 15, "湖面海拔3812米", 3812, M),
    F("ttc", 16, "impressive 3 810 m", 3810, M, vt="3 810", step=10),
    F("ttc", 17, "height of 3,810 m", 3810, M),
    F("ttc", 19, "elevation of 3,812 meters", 3812, M),
]
G("ttc_elevation_m", TTC, "Surface elevation of Lake Titicaca: 3,812 m (nine) against 3,810 (five) and 3821 (two; tianqi gives both 3821 and 3812)",
  "Lake Titicaca", "surface elevation", "undated",
  "3,810 rounds 3,812 (rounding); 3821 is no rounding of either (conflict).", ms)

ms = [
    F("ttc", 1, "(12,507 feet)", 12507, FT),
    F("ttc", 4, "(12,500ft)", 12500, FT),
    F("ttc", 8, "(12,507 ft)", 12507, FT),
    F("ttc", 16, "(12 500 ft)", 12500, FT, vt="12 500", step=100),
    F("ttc", 17, "(12,500 ft)", 12500, FT),
    F("ttc", 19, "or 12,507 feet", 12507, FT),
]
G("ttc_elevation_ft", TTC, "Surface elevation in feet: 12,507 (three) against 12,500 (three)", "Lake Titicaca", "surface elevation (feet)", "undated",
  "12,500 rounds 12,507 (rounding).", ms)

ms = [
    F("ttc", 2, "some 8,300 square km", 8300, KM2, q="approx"),
    F("ttc", 4, "Area: 8290sq km", 8290, KM2),
    F("ttc", 5, "area of 9,710 square kilometers", 9710, KM2),
    F("ttc", 6, "(8,300 square km)", 8300, KM2),
    F("ttc", 7, "approximately 8300 square kilometres", 8300, KM2, q="approx"),
    F("ttc", 9, "面积有8330平方公里", 8330, KM2),
    F("ttc", 10, "面积大约为8300平方公里", 8300, KM2, q="approx"),
    F("ttc", 11, "面积达8300多平方公里", 8300, KM2, q="over", note="多: 8300-odd"),
    F("ttc", 12, "面積有8330平方公里", 8330, KM2),
    F("ttc", 13, "面積8290平方公里", 8290, KM2),
    F("ttc", 16, "some 8 300 square km", 8300, KM2, vt="8 300", step=100, q="approx"),
    F("ttc", 17, "approximately 8,300 km²", 8300, KM2, q="approx"),
]
G("ttc_area", TTC, "Area of Lake Titicaca: about 8,300 km2 (seven) against 8290 (two), 8330 (two), '8300多' and lauragalea's 9,710",
  "Lake Titicaca", "surface area", "undated",
  "8290 and 8330 disagree (conflict); a plain 8,300 rounds both (rounding); 'about 8,300' holds both (consistent); '8300多' (8300-odd) holds 8330 but not 8290 (conflict); 9,710 disagrees with every figure (conflict; '8300多' read as 'odd', not open-ended).",
  ms, P(8, 3, C))

ms = [
    F("ttc", 4, "(3200sq mi)", 3200, MI2),
    F("ttc", 6, "covers 3,200 square miles", 3200, MI2),
    F("ttc", 16, "(3 200 square miles)", 3200, MI2, vt="3 200", step=100, q="approx"),
    F("ttc", 17, "(3,200 miles²)", 3200, MI2, q="approx"),
]
G("ttc_area_sqmi", TTC, "Area in square miles: 3,200 (four)", "Lake Titicaca", "surface area (square miles)", "undated", "Same figure (consistent).", ms)

ms = [
    F("ttc", 1, "maximum depth of 281 m", 281, M),
    F("ttc", 2, "greatest recorded depth of 280 m", 280, M),
    F("ttc", 3, "maximum depth of 284 m", 284, M, basis="grande", note="of the larger sub-basin, Lago Grande"),
    F("ttc", 4, "max. depth 280m", 280, M),
    F("ttc", 5, "it reaches 280 m", 280, M),
    F("ttc", 7, "maximum depth of 280 m", 280, M),
    F("ttc", 9, "最深处可达256米", 256, M),
    F("ttc", 10, "最深处达280米", 280, M),
    F("ttc", 11, "最深达280米", 280, M),
    F("ttc", 12, "最深處可達256米", 256, M),
]
G("ttc_max_depth", TTC, "Greatest depth of Lake Titicaca: 280 m (six) and 281 m against 256 m (two); Lago Grande's 284 m",
  "Lake Titicaca", "greatest depth", "undated",
  "280 rounds 281 (rounding); 256 is no rounding of either (conflict). laketiticaca.net gives 284 m for the larger sub-basin (Lago Grande), which holds the deepest point: another subject as written, so different_basis with the verdict auto gives as alt.",
  ms, OTHER(ms, [3]))

ms = [
    F("ttc", 3, "(932 ft)", 932, FT, basis="grande"),
    F("ttc", 4, "(920ft)", 920, FT),
]
G("ttc_max_depth_ft", TTC, "Greatest depth in feet: 920 against Lago Grande's 932", "Lake Titicaca", "greatest depth (feet)", "undated",
  "Whole lake against the sub-basin: different_basis, conflict as alt.", ms, P(1, 2, DC))

ms = [
    F("ttc", 1, "average depth of 107 m", 107, M),
    F("ttc", 2, "averages between 140 and 180 m", [140, 180], M, vt="140 and 180"),
    F("ttc", 3, "depth of Lake Titicaca is 107 m", 107, M),
    F("ttc", 5, "average depth is 140-180 m", [140, 180], M, vt="140-180"),
    F("ttc", 7, "between 140 and 180 m", [140, 180], M, vt="140 and 180"),
    F("ttc", 9, "水深平均100米", 100, M),
    F("ttc", 10, "平均水深140-180米", [140, 180], M, vt="140-180"),
    F("ttc", 11, "平均深度为107米", 107, M),
    F("ttc", 12, "水深平均100米", 100, M),
    F("ttc", 13, "水深140-180公尺", [140, 180], M, vt="140-180"),
    F("ttc", 17, "average depth of between 140-180 m", [140, 180], M, vt="140-180"),
]
G("ttc_mean_depth", TTC, "Mean depth of Lake Titicaca: 107 m (three) against 140-180 m (six) and 100 m (two)",
  "Lake Titicaca", "mean depth", "undated",
  "107 lies outside 140-180 (conflict); a plain 100 rounds 107 (rounding) but not 140-180 (conflict).",
  ms, A(ms, C, [6, 9], [2, 4, 5, 7, 10, 11]))

ms = [
    F("ttc", 2, "distance of 190 km", 190, KM),
    F("ttc", 6, "(190 km)", 190, KM),
    F("ttc", 10, "长190公里", 190, KM),
    F("ttc", 16, "distance of 190 km", 190, KM),
]
G("ttc_length", TTC, "Length of the lake: 190 km (four)", "Lake Titicaca", "length", "undated", "Same figure (consistent).", ms)

ms = [
    F("ttc", 2, "It is 80 km across", 80, KM),
    F("ttc", 6, "(80 km) across", 80, KM),
    F("ttc", 10, "最宽处80公里", 80, KM),
    F("ttc", 16, "and 80 km", 80, KM),
]
G("ttc_width", TTC, "Greatest width: 80 km (four)", "Lake Titicaca", "greatest width", "undated", "Same figure (consistent).", ms)

ms = [
    F("ttc", 1, "More than 25 rivers", 25, CNT, q="over"),
    F("ttc", 7, "More than 25 rivers", 25, CNT, q="over"),
    F("ttc", 11, "大大小小25条河流", 25, CNT),
    F("ttc", 16, "with more than 25 rivers", 25, CNT, q="over"),
]
G("ttc_rivers", TTC, "Rivers flowing in: 'more than 25' (three) and 25", "Lake Titicaca", "inflowing rivers", "undated",
  "By the kit's rule the hedge holds 25 (consistent).", ms)

ms = [
    F("ttc", 1, "the lake has 41 islands, some", 41, CNT),
    F("ttc", 3, "more than 40 islands", 40, CNT, q="over"),
    F("ttc", 7, "the lake has 41 islands -", 41, CNT),
    F("ttc", 11, "有51座岛屿", 51, CNT),
    F("ttc", 14, "湖中有41個島嶼", 41, CNT),
]
G("ttc_islands", TTC, "Islands: 41 (three) against 51; 'more than 40' holds both", "Lake Titicaca", "islands", "undated",
  "41 and 51 disagree (conflict); 'more than 40' holds both (consistent).", ms)

ms = [
    F("ttc", 9, "其中2/5在秘鲁境内", 40, PC, vt="2/5", step=1),
    F("ttc", 11, "秘鲁为60%", 60, PC),
    F("ttc", 12, "其中2/5在秘魯境內", 40, PC, vt="2/5", step=1),
    F("ttc", 13, "60%是屬於秘魯國土", 60, PC),
]
G("ttc_share_peru", TTC, "Peru's share of the lake: 60% (two) against 2/5 (two)", "Lake Titicaca (Peru)", "share of the lake", "undated",
  "60% and 2/5 disagree (conflict).", ms)

ms = [
    F("ttc", 11, "玻利维亚占40%的水域", 40, PC),
    F("ttc", 13, "另外40%則屬玻利維亞", 40, PC),
]
G("ttc_share_bolivia", TTC, "Bolivia's share of the lake: 40% (two)", "Lake Titicaca (Bolivia)", "share of the lake", "undated", "Same figure (consistent).", ms)

ms = [
    F("ttc", 5, "higher than 2,000 meters", 2000, M, q="over"),
    F("ttc", 9, "世界海拔2000米以上", 2000, M, q="over"),
    F("ttc", 12, "世界海拔2000米以上", 2000, M, q="over"),
]
G("ttc_lakes_above_2000", TTC, "The class it heads: lakes above 2,000 m (three)", "Lake Titicaca", "altitude threshold of the lakes it is largest among", "undated", "Same figure (consistent).", ms)

S("ttc", 12, "海拔3800米以上", value=3800, unit=M, q="over")

S("ttc", 2, "about 58,000 square km", value=58000, unit=KM2, q="approx")
S("ttc", 2, "more than 6,400 m", value=6400, unit=M, q="over")
S("ttc", 3, "which is 800 m", value=800, unit=M)
S("ttc", 3, "(2,620 ft)", value=2620, unit=FT)
S("ttc", 3, "mean depth of 135 m", value=135, unit=M)
S("ttc", 3, "(443 ft)", value=443, unit=FT)
S("ttc", 3, "maximum depth of 40 m", value=40, unit=M)
S("ttc", 3, "(131 ft)", value=131, unit=FT)
S("ttc", 3, "mean depth of 9 m", value=9, unit=M)
S("ttc", 3, "(30 ft)", value=30, unit=FT)
S("ttc", 3, "the five major river systems", vt="five", value=5, unit=CNT)
S("ttc", 3, "at least 20 smaller streams", value=20, unit=CNT, q="at_least")
S("ttc", 6, "less than twenty ancient lakes", vt="twenty", value=20, unit=CNT, q="under")
ms = [
    F("ttc", 6, "distance of 120 miles", 120, MI),
    F("ttc", 16, "(120 mi)", 120, MI),
]
G("ttc_length_mi", TTC, "Length in miles: 120 (two)", "Lake Titicaca", "length (miles)", "undated", "Same figure (consistent).", ms)

ms = [
    F("ttc", 6, "It is 50 miles", 50, MI),
    F("ttc", 16, "(950 mi)", 950, MI, note="as stored: 950 mi for 80 km"),
]
G("ttc_width_mi", TTC, "Greatest width in miles: 50 against andbeyond's 950", "Lake Titicaca", "greatest width (miles)", "undated",
  "950 is no conversion of 80 km (about 50 mi): conflict.", ms)

ms = [
    F("ttc", 1, "less than five percent", 5, PC, vt="five", step=1, q="under"),
    F("ttc", 16, "approximately 5% of incoming water", 5, PC, q="approx"),
]
G("ttc_outflow_share", TTC, "Share of the water leaving by the Desaguadero: 'less than five percent' and 'approximately 5%'", "Lake Titicaca (Desaguadero)", "share of the water lost by outflow", "undated",
  "The two hedges meet (consistent).", ms)
S("ttc", 8, "the 2,200-ton", value=2200, unit="tonne")
S("ttc", 8, "At least two dozen bodies", vt="two dozen", value=24, unit=CNT, q="at_least", note="audit: lakes at higher elevations")
S("ttc", 8, "79-metre", value=79, unit=M)
S("ttc", 8, "(259 ft)", value=259, unit=FT)
NC("ttc", 8, "17 June 2013", "date")
NC("ttc", 8, "15°50′11″S 70°00′53″W", "coordinate")
NC("ttc", 8, "[2][3]", "footnote_marker")
NC("ttc", 8, "[4][5]", "footnote_marker")
NC("ttc", 8, "[6]", "footnote_marker")
S("ttc", 10, "平均水温13℃", value=13, unit=DEGC)
S("ttc", 10, "水面平均温度14℃", value=14, unit=DEGC)
S("ttc", 10, "自20公尺的温跃层", value=20, unit=M)
S("ttc", 10, "水底温度为11℃", value=11, unit=DEGC)
S("ttc", 10, "含盐度在5.2至5.5之间", vt="5.2至5.5", value=[5.2, 5.5], unit="dimensionless", note="no unit on the page (parts per thousand elsewhere)")
NC("ttc", 16, "discovered in 2000", "date")
S("ttc", 16, "the other 95%", value=95, unit=PC)
ms = [
    F("ttc", 3, "(351 ft)", 351, FT, note="converts 'The overall average depth of Lake Titicaca is 107 m'"),
    F("ttc", 17, "(460-590 ft)", [460, 590], FT, vt="460-590", note="converts 'average depth of between 140-180 m'"),
]
G("ttc_mean_depth_ft", TTC, "Mean depth in feet: 351 against 460-590 (audit)", "Lake Titicaca", "mean depth (feet)", "undated",
  "351 lies outside 460-590 (conflict), as 107 m lies outside 140-180 m in metres.", ms)
ms = [
    F("ttc", 11, "90多个芦苇浮岛", 90, CNT, q="over"),
    F("ttc", 17, "over 40 floating islands", 40, CNT, q="over"),
]
G("ttc_floating_islands", TTC, "Floating reed islands of the Uros: '90多' against 'over 40' (audit)", "Lake Titicaca (Uros reed islands)", "floating islands", "undated",
  "By the kit's open-ended reading 'over 40' holds '90多' (consistent).", ms)
S("ttc", 14, "約有2米多長", value=2, unit=M, q="over")
S("ttc", 14, "可載4~5個人", vt="4~5", value=[4, 5], unit="persons")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh47.toml", "corpus-fresh47")
