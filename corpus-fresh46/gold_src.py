"""Hand annotation of corpus-fresh46, written as data; emits gold.d/fresh46.toml (then run
corpus/check_gold.py --dir corpus-fresh46 --build).

Three domains: Lake Baikal (greatest depth 1,642 m against 1,637, 1,620, 1,640, 1,632 and 1,600 m; in feet 5,387
against 5,370 and 5,315; volume 23,600 km3 / 23.6万亿 m3 / 23,615 / 23,615.39 against 23,000 km3 and irfanmassage's
2,361,539 km3; area 3.15万 / 31,500 km2 against 3.17万, 31,494, 31,722 and cidian's 315万; mean depth 744 against 730 m;
length 636 against 640 and about 630 km; its share of the world's fresh water 20% / one-fifth against 22%, 22-23%,
about 23% and 10%; age 25 million against 30 million years; surface elevation 456 against 445 m; its rank by area
7th / 8th / 9th; `bkl-*`), the Caspian Sea (area 371,000 km2 against 386,400 km2 (the latter with the Garabogazkol
lagoon), 378,119 and trklw's 371万; greatest depth 1,025 against 1,024 m; mean depth 211 against 187, 184, 180 and
170 m; volume 78,200 against 76,000 km3; length about 1,200 against 1,030 / 1,034 / 1,199 / 1,190 km; surface 28
against 27 m below sea level; `csp-*`) and Lake Victoria (area 68,800 km2 against 69,484, 69,500, 69,400, 68,870,
6.9万 and 6.8万; greatest depth 84 against 82, 83, 80 and 75 m; in feet 276 against 270; volume about 2,750 against
2,760 km3; shoreline 3,220 / 3,440 / 4,828 km; catchment 184,000 against 238,900 km2; the three countries' shares;
`lvc-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a correct rounding, or two of the
same precision that disagree, is conflict; a hedge that holds the other figure is consistent), extended here to
ranges (two ranges, or a range and a figure, that overlap are consistent, otherwise conflict). Undated figures of a
quantity that the pages themselves say changes (the Caspian's area and level: csp-07 '水位是不稳定的', csp-18 '可能會隨
季節變化', csp-19 '面積和深度曾多次發生變化'; Lake Victoria's level: lvc-11 '近年水位因气候变化有所波动') are
different_basis with conflict as alt when they differ by no more than that change explains. Values as written:
万/萬 = 1e4, 亿/億 = 1e8, 万亿/萬億 = 1e12, million = 1e6; km3 keyed in m**3; fractions as percent.
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
        return (min(v), max(v))
    return goldkit._rng(m)


def auto(a, b):
    """goldkit's auto, extended to ranges: two intervals that overlap are consistent, otherwise conflict."""
    if isinstance(a["value"], list) or isinstance(b["value"], list):
        (a0, a1), (b0, b1) = _iv(a), _iv(b)
        eps = 1e-9 * max(abs(a0), abs(a1), abs(b0), abs(b1), 1.0)
        return K if (a0 <= b1 + eps and b0 <= a1 + eps) else C
    return _auto(a, b)


goldkit.auto = auto  # G (in goldkit) looks the name up at call time

BKL, CSP, LVC = "lake-baikal", "caspian-sea", "lake-victoria"
M, FT, KM, KM2, M3, YR, MI, MI2 = "meter", "feet", "km", "km**2", "m**3", "years", "mile", "mile**2"
RANK = "rank"


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


def SOFT(ms, xs):
    """Among mention numbers xs (1-based, one basis): every pair with different values that `auto` calls conflict or
    rounding becomes different_basis with that verdict as alt (an undated figure of a quantity the pages say changes);
    pairs that `auto` calls consistent stay consistent."""
    out = {}
    for i, x in enumerate(xs):
        for y in xs[i + 1:]:
            a, b = ms[x - 1], ms[y - 1]
            if a["value"] != b["value"]:
                v = auto(a, b)
                if v in (C, R):
                    out[(min(x, y), max(x, y))] = (D, v)
    return out


# ============================================================ Lake Baikal
ms = [
    F("bkl", 1, "maximum depth of 1,632m", 1632, M),
    F("bkl", 3, "The deepest it goes is 1600 meters", 1600, M),
    F("bkl", 4, "max depth of 1640 m", 1640, M),
    F("bkl", 5, "Max. depth 1,642 m", 1642, M),
    F("bkl", 7, "(1,620 meters) deep", 1620, M),
    F("bkl", 8, "最深处达到1600多米", 1600, M, q="over"),
    F("bkl", 8, "湖水最深处可以达到1637米", 1637, M),
    F("bkl", 9, "湖最深处达1642米", 1642, M),
    F("bkl", 10, "这座湖泊深度达到1642米", 1642, M),
    F("bkl", 11, "最深点1620米", 1620, M),
    F("bkl", 12, "最深处达1642米", 1642, M),
    F("bkl", 13, "测量其最深处达1637米", 1637, M, note="the page dates the measurement 2015"),
    F("bkl", 14, "最深處達1637米", 1637, M, note="attributed to 中國數字圖書館資料"),
    F("bkl", 14, "另兩資料分別為1620米", 1620, M, note="'two other sources'"),
    F("bkl", 14, "、1640米", 1640, M, note="'two other sources'"),
    F("bkl", 15, "最深點(diǎn)1637米", 1637, M),
    F("bkl", 16, "中部最深達(dá)1620米", 1620, M),
    F("bkl", 17, "中部最深达1620米", 1620, M),
    F("bkl", 21, "maximum depth of 1,642 m", 1642, M),
    F("bkl", 23, "with 1,642 m deep", 1642, M),
    F("bkl", 24, "maximum depth of 1,642 m", 1642, M),
]
G("bkl_max_depth", BKL, "Greatest depth of Lake Baikal: 1,642 m (seven) against 1,637 (four), 1,620 (five), 1,640 (two), 1,632 and a plain 1600 m; '1600多' holds them all",
  "Lake Baikal", "greatest depth", "undated (one page dates its 1637 m to 2015)",
  "Each figure is the lake's greatest depth; the pages give no year that would separate them (1,620 m, 1,637 m and 1,642 m are successive surveys, but no page says so). Figures of the same precision that differ are conflict; the plain 1600 m rounds every other figure (rounding); '1600多' (over 1600) holds every other figure (consistent). zikin's 1620 and 1640 m are figures it reports from 'two other sources' beside its own 1637 m: their pairs keep the verdict with different_basis as alt (the page does not assert them).",
  ms, ATTR(ms, [14, 15]))

ms = [
    F("bkl", 2, "is the deepest lake: 5,315 feet", 5315, FT),
    F("bkl", 7, "It is 5,315 feet", 5315, FT),
    F("bkl", 5, "(5,387 ft)", 5387, FT),
    F("bkl", 6, "with a depth of 5,370 feet", 5370, FT),
    F("bkl", 21, "(5,387 ft)", 5387, FT),
    F("bkl", 24, "(5,387 ft)", 5387, FT),
]
G("bkl_max_depth_ft", BKL, "Greatest depth in feet: 5,387 (three, = 1,642 m) against 5,370 (= 1,637 m) and 5,315 (two, = 1,620 m)",
  "Lake Baikal", "greatest depth (feet)", "undated", "The three figures differ at the same precision (conflict).", ms)

ms = [
    F("bkl", 1, "fresh water 23,000 cubic km", 2.3e13, M3, mult=1e9),
    F("bkl", 8, "总蓄水量更是达到了惊人的23.6万亿立方米", 2.36e13, M3),
    F("bkl", 8, "蓄水量高达23.6万亿立方米", 2.36e13, M3),
    F("bkl", 9, "蓄水量达23615立方公里", 2.3615e13, M3, mult=1e9),
    F("bkl", 11, "其总蓄水量23600立方千米", 2.36e13, M3, mult=1e9),
    F("bkl", 13, "蓄水量高达23.6万亿立方米", 2.36e13, M3),
    F("bkl", 14, "容積為2。3萬立方千米", 2.3e13, M3, vt="2。3萬", step=1e12, note="'2。3萬' as stored (2.3万)"),
    F("bkl", 15, "總蓄水量23.6萬(wàn)億立方米", 2.36e13, M3, vt="23.6萬(wàn)億", step=1e11),
    F("bkl", 16, "蓄水量達(dá)23000立方公里", 2.3e13, M3, mult=1e9),
    F("bkl", 18, "其总体积高达23.6万亿立方米", 2.36e13, M3),
    F("bkl", 20, "其總蓄水量23600立方千米", 2.36e13, M3, mult=1e9),
    F("bkl", 21, "With 23,615.39 km3", 2.361539e13, M3, mult=1e9),
    F("bkl", 24, "reaches 2,361,539 km3", 2.361539e15, M3, mult=1e9, note="as stored: the digits of 23,615.39 with the point dropped"),
]
G("bkl_volume", BKL, "Volume of Lake Baikal: 23,600 km3 / 23.6万亿 m3 (eight), 23,615 and 23,615.39 km3 against 23,000 km3 (three) and irfanmassage's 2,361,539 km3",
  "Lake Baikal", "volume of water", "undated",
  "23.6万亿 m3 and 23,600 km3 are the same figure (consistent) and round 23,615 / 23,615.39 (rounding), as 23,615 rounds 23,615.39; 23,000 km3 is no rounding of 23,600 (conflict); 2,361,539 km3 is a hundred times every other figure (conflict).",
  ms)

ms = [
    F("bkl", 21, "(5,700 cu mi)", 5700, "mile**3"),
    F("bkl", 24, "(566,560 cu mi)", 566560, "mile**3"),
]
G("bkl_volume_cumi", BKL, "Volume in cubic miles: 5,700 (nagi7) against 566,560 (irfanmassage)", "Lake Baikal", "volume of water (cubic miles)", "undated",
  "The two differ a hundredfold (conflict).", ms)

ms = [
    F("bkl", 7, "(31,494 square kilometers)", 31494, KM2),
    F("bkl", 8, "它的水域面积达3.15万平方千米", 31500, KM2),
    F("bkl", 8, "面积则达到3.15万平方公里", 31500, KM2),
    F("bkl", 9, "面积达3.17万平方公里", 31700, KM2),
    F("bkl", 11, "面积3.15万平方千米", 31500, KM2),
    F("bkl", 13, "面积达3.15万平方公里", 31500, KM2),
    F("bkl", 14, "總面積大約為3。15萬平方千米", 31500, KM2, vt="3。15萬", step=100, q="approx", note="'3。15萬' as stored"),
    F("bkl", 15, "面積3.15萬(wàn)平方千米", 31500, KM2),
    F("bkl", 16, "面積31500平方公里", 31500, KM2),
    F("bkl", 17, "面积315万平方千米", 3.15e6, KM2, note="as stored: a hundred times 3.15万"),
    F("bkl", 18, "面积3.15万平方公里", 31500, KM2),
    F("bkl", 19, "貝加爾湖面積約31500平方公里", 31500, KM2, q="approx"),
    F("bkl", 24, "extends to 31,722 km2", 31722, KM2),
]
G("bkl_area", BKL, "Area of Lake Baikal: 3.15万 / 31,500 km2 (nine) against 3.17万, 31,494, 31,722 and cidian's 315万 km2",
  "Lake Baikal", "surface area", "undated",
  "3.15万 rounds 31,494 (rounding); 3.17万 rounds 31,722 (rounding); otherwise the figures disagree (conflict); 315万 is a hundred times the rest (conflict). The hedged '约31500' / '大约3。15萬' hold 31,494 (consistent).",
  ms)

ms = [
    F("bkl", 2, "Covering a 12,162-square-mile area", 12162, MI2),
    F("bkl", 7, "with an area of 12,160 square miles", 12160, MI2),
    F("bkl", 24, "(12,248 sqmi)", 12248, MI2),
]
G("bkl_area_sqmi", BKL, "Area in square miles: 12,162 and 12,160 against 12,248", "Lake Baikal", "surface area (square miles)", "undated",
  "12,160 rounds 12,162 (rounding); 12,248 (= 31,722 km2) disagrees with both (conflict).", ms)

ms = [
    F("bkl", 3, "average depth of about 740 meters", 740, M, q="approx"),
    F("bkl", 8, "平均水深730米", 730, M),
    F("bkl", 8, "贝加尔湖平均深度为744米", 744, M),
    F("bkl", 11, "平均深度744米", 744, M),
    F("bkl", 13, "其平均深度为730米", 730, M),
    F("bkl", 15, "平均深度744米", 744, M),
    F("bkl", 16, "平均水深730米", 730, M),
    F("bkl", 17, "平均水深730米", 730, M),
    F("bkl", 22, "(744 metres)", 744, M),
]
G("bkl_mean_depth", BKL, "Mean depth of Lake Baikal: 744 m (four) against 730 m (four); 'about 740 m'", "Lake Baikal", "mean depth", "undated",
  "744 and 730 differ at the same precision (conflict; toutiao gives both); 'about 740' holds 744 (consistent) but not 730 (conflict).", ms)

ms = [
    F("bkl", 1, "Lake Baikal is 640km long", 640, KM),
    F("bkl", 4, "long for 636 km", 636, KM),
    F("bkl", 7, "(630 kilometers) long", 630, KM, q="approx", note="'about 390 miles (630 kilometers)'"),
    F("bkl", 8, "它长约636公里", 636, KM, q="approx"),
    F("bkl", 11, "它长636千米", 636, KM),
    F("bkl", 12, "湖长636公里", 636, KM),
    F("bkl", 14, "長640千米", 640, KM),
    F("bkl", 14, "南北長約636千米", 636, KM, q="approx"),
    F("bkl", 15, "湖長(zhǎng)636千米", 636, KM),
    F("bkl", 16, "長(zhǎng)636公里", 636, KM),
    F("bkl", 18, "长636公里", 636, KM),
    F("bkl", 19, "長636千米", 636, KM),
    F("bkl", 22, "(636 kilometres) long", 636, KM),
]
G("bkl_length", BKL, "Length of Lake Baikal: 636 km (eleven) against 640 km (two) and britannica's 'about 630 km'", "Lake Baikal", "length", "undated",
  "640 rounds 636 (rounding; '约636' is held by it: consistent); 'about 630' (a conversion of 'about 390 miles') is no rounding of 636 or 640 (conflict).", ms)

ms = [
    F("bkl", 2, "(395 miles long", 395, MI),
    F("bkl", 7, "about 390 miles", 390, MI, q="approx"),
    F("bkl", 22, "incredible 395 miles", 395, MI),
]
G("bkl_length_mi", BKL, "Length in miles: 395 (two) and 'about 390'", "Lake Baikal", "length (miles)", "undated", "'About 390' holds 395 (consistent).", ms)

ms = [
    F("bkl", 4, "wide for 48 km. averagely", 48, KM),
    F("bkl", 8, "平均宽度48公里", 48, KM),
    F("bkl", 11, "平均宽48千米", 48, KM),
    F("bkl", 14, "平均寬50千米", 50, KM),
    F("bkl", 14, "它平均寬約48千米", 48, KM, q="approx"),
    F("bkl", 15, "平均寬48千米", 48, KM),
    F("bkl", 16, "平均寬48公里", 48, KM),
    F("bkl", 18, "平均宽48公里", 48, KM),
    F("bkl", 19, "平均寬48千米", 48, KM),
]
G("bkl_width_mean", BKL, "Mean width: 48 km (eight) against zikin's 50 km", "Lake Baikal", "mean width", "undated",
  "50 rounds 48 (rounding; the hedged '约48' is held by it: consistent).", ms)

ms = [
    F("bkl", 11, "最宽79.4千米", 79.4, KM),
    F("bkl", 15, "最寬79.4千米", 79.4, KM),
    F("bkl", 16, "最寬79.4公里", 79.4, KM),
    F("bkl", 18, "(最宽处为79.4公里)", 79.4, KM),
    F("bkl", 19, "最寬處79.4千米", 79.4, KM),
    F("bkl", 22, "49 miles (79", 79, KM),
    F("bkl", 7, "(30 to 80 kilometers) wide", [30, 80], KM, "range", vt="30 to 80", step=10),
]
G("bkl_width_max", BKL, "Greatest width: 79.4 km (five) and greatrail's 79 km; britannica gives the range of widths, 30 to 80 km", "Lake Baikal", "greatest width", "undated",
  "79 rounds 79.4 (rounding); the range of widths is another measure (different_basis).", ms)

ms = [
    F("bkl", 2, "4 miles wide at its widest point", 4, MI),
    F("bkl", 22, "long and 49 miles", 49, MI),
    F("bkl", 7, "20 to 50 miles", [20, 50], MI, "range", vt="20 to 50", step=10),
]
G("bkl_width_max_mi", BKL, "Greatest width in miles: factspage's 4 against greatrail's 49; britannica's range 20 to 50 miles", "Lake Baikal", "greatest width (miles)", "undated",
  "4 and 49 disagree (conflict; 4 is probably 49 with a digit lost); the range of widths is another measure (different_basis).", ms)

ms = [
    F("bkl", 1, "one-fifth of all the fresh water", 20, PC, vt="one-fifth", step=1),
    F("bkl", 2, "holds 20 percent of the world's fresh water", 20, PC, step=1),
    F("bkl", 3, "Twenty percent of the world's surface fresh water", 20, PC, vt="Twenty", step=1),
    F("bkl", 4, "keep 22% of the world reserves", 22, PC),
    F("bkl", 5, "10% of the reserves of all fresh water", 10, PC),
    F("bkl", 7, "about one fifth of the world’s supply", 20, PC, vt="one fifth", step=1, q="approx"),
    F("bkl", 8, "占据世界淡水资源的五分之一", 20, PC, vt="五分之一", step=1),
    F("bkl", 9, "占全球地表淡水总量的20%", 20, PC, step=1),
    F("bkl", 10, "占全球地表淡水总量的20%", 20, PC, step=1),
    F("bkl", 12, "占全球地表淡水总量的20%", 20, PC, step=1),
    F("bkl", 14, "淡水)的五分之一", 20, PC, vt="五分之一", step=1),
    F("bkl", 16, "約占世界地表淡水總量的1/5", 20, PC, vt="1/5", step=1, q="approx"),
    F("bkl", 17, "蓄水量约占世界河湖淡水总量的五分之一", 20, PC, vt="五分之一", step=1, q="approx"),
    F("bkl", 18, "拥有世界20%的淡水储量", 20, PC, step=1),
    F("bkl", 21, "roughly 20% of the world's", 20, PC, step=1, q="approx"),
    F("bkl", 22, "around 20%", 20, PC, step=1, q="approx"),
    F("bkl", 23, "It contains 22-23% of fresh surface water", [22, 23], PC, vt="22-23%", step=1),
    F("bkl", 24, "or about 23% of the total volume", 23, PC, q="approx"),
]
G("bkl_share", BKL, "Lake Baikal's share of the world's (surface) fresh water: 20% / one-fifth (fourteen) against baikalexp's 22%, 22-23%, about 23% and utatravel's 10%",
  "Lake Baikal", "share of the world's fresh surface water", "undated",
  "The pages name the same share (of the world's fresh water, surface fresh water or lake and river water; 'unfrozen' in nagi7 only makes explicit what every page means, since no page can count the ice caps and still give 20%). Every 20% / one-fifth is read to the unit (as the key reads 'one-fifth' and 'Twenty percent'): 22%, 22-23% and about 23% disagree with a plain 20% / one-fifth (conflict); against the hedged 'about one fifth', '約1/5', '约五分之一', 'roughly 20%' and 'around 20%' they are conflict with consistent defensible (a hedged fifth may admit 22%); 22% and 22-23%, 22-23% and about 23% agree (consistent); 22% against 'about 23%' is conflict by the kit, consistent defensible (both lie in 22-23%); 10% disagrees with all (conflict).",
  ms, P(4, 18, (C, K)), A(ms, (C, K), [6, 12, 13, 15, 16], [4, 17, 18]))

ms = [
    F("bkl", 1, "originated 20-25 million years ago", [2e7, 2.5e7], YR, vt="20-25 million", step=1e6),
    F("bkl", 3, "some 25 million years ago", 2.5e7, YR, q="approx", note="garbled sentence ('used to hold the position of being the oldest lake in the world some 25 million years ago')"),
    F("bkl", 4, "for some 25 million years now", 2.5e7, YR, q="approx"),
    F("bkl", 10, "形成于2500万年前", 2.5e7, YR),
    F("bkl", 11, "历史已有2500万年", 2.5e7, YR),
    F("bkl", 14, "歷史已有2500萬年", 2.5e7, YR),
    F("bkl", 21, "oldest lake at 25 million years", 2.5e7, YR),
    F("bkl", 22, "an astounding 30 million years old", 3e7, YR, step=1e6),
    F("bkl", 23, "around 25-30 million years", [2.5e7, 3e7], YR, vt="25-30 million", step=1e6, q="approx"),
    F("bkl", 24, "around 25–30 million years ago", [2.5e7, 3e7], YR, vt="25–30 million", step=1e6, q="approx"),
]
G("bkl_age", BKL, "Age of Lake Baikal: 25 million years (six) against greatrail's 30 million; the ranges 20-25 and 25-30 million", "Lake Baikal",
  "age", "undated", "30 million (read to the million, as every other age here) disagrees with 25 million, 'some 25 million' and 20-25 million (conflict; 30 is no rounding of 25); the 25-30 million ranges hold both (consistent); 20-25 and 25-30 million touch at 25 (consistent).", ms)

ms = [
    F("bkl", 3, "445 meters above sea level", 445, M),
    F("bkl", 4, "latitude of 456 meters", 456, M, note="'latitude' for altitude, as stored"),
    F("bkl", 11, "湖面海拔456米", 456, M),
    F("bkl", 15, "湖面海拔456米", 456, M),
    F("bkl", 16, "湖面海拔456米", 456, M),
]
G("bkl_elevation", BKL, "Surface elevation of Lake Baikal: 456 m (four) against russiawanderer's 445 m", "Lake Baikal", "surface elevation", "undated",
  "445 and 456 disagree (conflict); no page says Baikal's level changes.", ms)

ms = [
    F("bkl", 2, "More than 300 rivers", 300, CNT, q="over"),
    F("bkl", 4, "fed by 336 rivers", 336, CNT),
    F("bkl", 10, "周围有300多条河流注入", 300, CNT, q="over"),
    F("bkl", 11, "大小336条河流", 336, CNT),
    F("bkl", 12, "周围有300多条河流注入", 300, CNT, q="over"),
    F("bkl", 16, "336條大小河流", 336, CNT),
    F("bkl", 17, "有三百多条大小河流注入", 300, CNT, vt="三百", step=100, q="over"),
    F("bkl", 20, "大小336條河流", 336, CNT),
]
G("bkl_rivers", BKL, "Rivers flowing into Baikal: 336 (four) and 'more than 300' (four)", "Lake Baikal", "inflowing rivers", "undated",
  "'More than 300' holds 336 (consistent).", ms)

ms = [
    F("bkl", 4, "features 27 islands", 27, CNT),
    F("bkl", 16, "湖中有27個(gè)小島", 27, CNT),
]
G("bkl_islands", BKL, "Islands in Lake Baikal: 27 (two)", "Lake Baikal", "islands", "undated", "Same figure (consistent).", ms)

ms = [
    F("bkl", 2, "but only one, the Angara, flows out", 1, CNT, vt="one", step=1),
    F("bkl", 4, "emptied through one river", 1, CNT, vt="one", step=1),
    F("bkl", 10, "但只有一条河流流出", 1, CNT, vt="一", step=1),
    F("bkl", 12, "但只有一条安加拉河流出", 1, CNT, vt="一", step=1),
]
G("bkl_outflow_rivers", BKL, "Rivers flowing out of Baikal: one, the Angara (four)", "Lake Baikal", "outflowing rivers", "undated", "Same figure (consistent).", ms)

ms = [
    F("bkl", 3, "You can find here 1700 or more", 1700, CNT, q="at_least"),
    F("bkl", 4, "numbers some 1800 species", 1800, CNT, q="approx"),
    F("bkl", 9, "湖中有超过270种物种", 270, CNT, q="over"),
    F("bkl", 10, "湖中生活着超过2600种动植物", 2600, CNT, q="over"),
]
G("bkl_species", BKL, "Species of plants and animals in Lake Baikal: '1700 or more', 'some 1800', 'over 270' and 'over 2600'", "Lake Baikal",
  "species of plants and animals", "undated",
  "'Some 1800' disagrees with 'over 2600' (conflict); every other pair can hold together (consistent).", ms)

ms = [
    F("bkl", 4, "3/4 of them are endemic", 75, PC, vt="3/4", step=1),
    F("bkl", 9, "其中80%为特有种类", 80, PC),
    F("bkl", 10, "其中80%为特有物种", 80, PC),
]
G("bkl_endemic", BKL, "Share of endemic species: 80% (two) against baikalexp's three quarters", "Lake Baikal", "share of species that are endemic", "undated",
  "75% and 80% disagree (conflict: two estimates; the kit's reading of a bare 80 as 75-85 would call it rounding).", ms, P(1, 2, C), P(1, 3, C))

ms = [
    F("bkl", 5, "at a depth of 38 meters", 38, M),
    F("bkl", 9, "透明度可达40米", 40, M),
    F("bkl", 11, "透明度达40.8m", 40.8, M),
    F("bkl", 12, "能见度可达40米", 40, M),
]
G("bkl_transparency", BKL, "Transparency of the water: 40 m (two), 40.8 m and utatravel's 38 m", "Lake Baikal", "transparency (depth at which the bottom is seen)", "undated",
  "40 rounds 40.8 and 38 (rounding by the kit's rule); 38 and 40.8 disagree (conflict).", ms)

ms = [
    F("bkl", 7, "ninth largest in surface area", 9, RANK, vt="ninth", step=1),
    F("bkl", 11, "只居全球第九位", 9, RANK, vt="九", step=1),
    F("bkl", 13, "在面积上排世界第7位", 7, RANK),
    F("bkl", 14, "是世界上第七大湖泊", 7, RANK, vt="七", step=1),
    F("bkl", 14, "只居全球第九位", 9, RANK, vt="九", step=1),
    F("bkl", 19, "居世界第8位", 8, RANK),
    F("bkl", 21, "seventh-largest lake in the world", 7, RANK, vt="seventh", step=1),
    F("bkl", 24, "seventh largest lake in the world", 7, RANK, vt="seventh", step=1),
]
G("bkl_rank_area", BKL, "Baikal's rank among the world's lakes by area: 7th (four), 9th (three) and 8th", "Lake Baikal", "rank by surface area", "undated",
  "The ranks disagree (conflict); zikin gives both 7th and 9th.", ms)

ms = [
    F("bkl", 11, "年均流量仅为1870立方米每秒", 1870, "m**3/s"),
    F("bkl", 20, "年均流量僅為1870立方米/秒", 1870, "m**3/s"),
]
G("bkl_outflow", BKL, "Mean flow of the Angara out of the lake: 1870 m3/s (two)", "Angara at Lake Baikal", "mean outflow", "undated", "Same figure (consistent).", ms)

ms = [
    F("bkl", 15, "距蒙古國(guó)邊界僅111千米", 111, KM),
    F("bkl", 20, "距蒙古國邊界111公里", 111, KM),
]
G("bkl_mongolia", BKL, "Distance from Lake Baikal to the Mongolian border: 111 km (two)", "Lake Baikal", "distance to the Mongolian border", "undated", "Same figure (consistent).", ms)

ms = [
    F("bkl", 14, "周長2000千米", 2000, KM),
    F("bkl", 16, "湖岸線長(zhǎng)2200公里", 2200, KM),
]
G("bkl_shoreline", BKL, "Length of Baikal's shore: zikin's 周長 2000 km against xed-int's 2200 km", "Lake Baikal", "length of the shoreline", "undated",
  "2000 rounds 2200 by the kit's rule (rounding).", ms)

S("bkl", 2, "for 22 million years", value=2.2e7, unit=YR, note="the nerpa's breeding at the lake")
NC("bkl", 2, "In 1992 the Russian government", "date")
S("bkl", 5, "700-years-old larch", vt="700", value=700, unit=YR)
S("bkl", 5, "600-year-old cedars", vt="600", value=600, unit=YR)
S("bkl", 8, "年产鱼30亿斤", vt="30亿", value=1.5e9, unit="kg", mult=0.5, note="30亿斤 of fish a year: 3e9 jin of 0.5 kg = 1.5e9 kg")
S("bkl", 9, "结冰厚度可达1.5米", value=1.5, unit=M)
S("bkl", 11, "其中1083种", value=1083, unit=CNT)
S("bkl", 13, "相当于19个渤海", value=19, unit="times")
NC("bkl", 13, "2015年俄罗斯有关部门测量", "date")
S("bkl", 13, "深达1万多米", value=1e4, unit=M, q="over")
NC("bkl", 14, "fe13_b.jpg", "page_furniture")
S("bkl", 14, "喝100年", value=100, unit=YR)
NC("bkl", 15, "北緯51°29′~55°46′", "coordinate")
NC("bkl", 15, "東經(jīng)103°41′~109°57′", "coordinate")
S("bkl", 16, "俄羅斯地表淡水總量的4/5", vt="4/5", value=80, unit=PC)
S("bkl", 16, "高出湖面2100米", value=2100, unit=M)
S("bkl", 16, "面積約730平方公里", value=730, unit=KM2, q="approx", note="Olkhon island")
S("bkl", 16, "集水面積55.7萬平方公里", value=5.57e5, unit=KM2)
S("bkl", 19, "需4O年", vt="4O", value=40, unit=YR, note="'4O' (letter O) as stored")
S("bkl", 19, "约需1年时间", value=1, unit=YR, q="approx")
S("bkl", 19, "可供50亿人", value=5e9, unit="persons")
NC("bkl", 20, "更於1996年", "date")
S("bkl", 20, "寬約1000米以上", value=1000, unit=M, q="at_least")
S("bkl", 20, "高度達到2500多米", value=2500, unit=M, q="over")
S("bkl", 20, "厚度超過了8千米", value=8, unit=KM, q="over")
S("bkl", 20, "實際深度為10~11千米", vt="10~11", value=[10, 11], unit=KM)
NC("bkl", 21, "Thursday, November 12, 2015", "date")
S("bkl", 22, "2,442 feet", value=2442, unit=FT, note="the mean depth, 744 m")
NC("bkl", 23, "3 Mysteries and Myths", "page_furniture")
NC("bkl", 24, "[1]", "footnote_marker")

# ============================================================ Caspian Sea
ms = [
    F("csp", 1, "surface area is 371,000 sq km", 371000, KM2, "excl"),
    F("csp", 1, "Surface area:378119", 378119, KM2, "x"),
    F("csp", 2, "in the world at 371,000 km2", 371000, KM2, "excl"),
    F("csp", 2, "Spanning a surface area of 371,000 km2", 371000, KM2, "excl"),
    F("csp", 3, "surface area of 371,000 square kilometres", 371000, KM2, "excl"),
    F("csp", 4, "Surface area 371,000 km2", 371000, KM2, "excl"),
    F("csp", 5, "(371,000 km 2", 371000, KM2, "excl", q="approx", note="'covering some 143,200 square miles (371,000 km 2 )'"),
    F("csp", 6, "surface area of 371,000 km2", 371000, KM2, "excl", note="'(excluding the detached lagoon of Garabogazköl)'"),
    F("csp", 6, "region of around 386,400 km2", 386400, KM2, "incl", q="approx"),
    F("csp", 7, "面积约386400平方公里", 386400, KM2, "incl", q="approx"),
    F("csp", 8, "总面积约为386400平方干米", 386400, KM2, "incl", q="approx"),
    F("csp", 8, "里海的面积有37万1000平方公里", 371000, KM2, "excl", vt="37万1000", step=1000),
    F("csp", 8, "面积: 371,000 平方公里", 371000, KM2, "excl"),
    F("csp", 9, "總面積37.一萬平方千米", 371000, KM2, "excl", vt="37.一萬", step=1000, note="'37.一萬' as stored (37.1萬)"),
    F("csp", 10, "面积达37万多平方公里", 370000, KM2, "excl", q="over"),
    F("csp", 11, "總面積達到37.1萬平方公里", 371000, KM2, "excl"),
    F("csp", 12, "湖面面积约37万平方公里", 370000, KM2, "excl", q="approx"),
    F("csp", 13, "面積37.1萬平方公裡", 371000, KM2, "excl"),
    F("csp", 14, "surface area is 371,000 square kilometers", 371000, KM2, "excl"),
    F("csp", 15, "has an area of 371,000 km2", 371000, KM2, "excl"),
    F("csp", 16, "of 371,000 square kilometers", 371000, KM2, "excl"),
    F("csp", 18, "總面積大約為386,400平方公里", 386400, KM2, "incl", q="approx"),
    F("csp", 19, "面積約386 400平方千米", 386400, KM2, "incl", vt="386 400", step=100, q="approx"),
    F("csp", 19, "面積約386,400平方公里", 386400, KM2, "incl", q="approx"),
    F("csp", 20, "面積廣達371萬平方公裏", 3.71e6, KM2, "excl", note="as stored: ten times 37.1萬"),
    F("csp", 21, "面積有37.1萬平方千米", 371000, KM2, "excl"),
    F("csp", 21, "面積 | 371,000 km2", 371000, KM2, "excl"),
]
excl = [i + 1 for i, m in enumerate(ms) if m["_basis"] == "excl" and m["value"] != 3.71e6]
incl = [i + 1 for i, m in enumerate(ms) if m["_basis"] == "incl"]
G("csp_area", CSP, "Area of the Caspian: 371,000 km2 / 37.1万 (eighteen, without the Garabogazköl lagoon) against 386,400 km2 (six, with it), the 378,119 of qureshiuniversity's table and trklw's 371万",
  "Caspian Sea", "surface area", "undated",
  "chateaudessirenes gives both: 371,000 km2 'excluding the detached lagoon of Garabogazköl' and 'a region of around 386,400 km2', so the two families differ in scope (different_basis, conflict defensible); the pages also say the area changes with the level (csp-07, csp-18, csp-19), so 378,119 against both is different_basis with conflict as alt. Inside the 371,000 family the hedges '37万多' and '约37万' hold 371,000 (consistent). trklw's 371万 is ten times 37.1万 (conflict with every other figure).",
  ms, A(ms, DC, excl, incl), A(ms, DC, [2], excl + incl), A(ms, C, [25], [i for i in range(1, len(ms) + 1) if i != 25]))

ms = [
    F("csp", 1, "(143,244 sq mi)", 143244, MI2, "excl"),
    F("csp", 3, "(143,000 square miles)", 143000, MI2, "excl"),
    F("csp", 4, "(143,200 sq mi)", 143200, MI2, "excl"),
    F("csp", 5, "covering some 143,200 square miles", 143200, MI2, "excl", q="approx"),
    F("csp", 6, "(143,200 sq mi)", 143200, MI2, "excl"),
    F("csp", 15, "(143,200 sq mi)", 143200, MI2, "excl"),
    F("csp", 21, "(143,000平方英里)", 143000, MI2, "excl"),
    F("csp", 6, "(149,200 sq mi)", 149200, MI2, "incl", q="approx", note="'around 386,400 km2 (149,200 sq mi)'"),
    F("csp", 19, "149,200平方哩", 149200, MI2, "incl", q="approx", note="'約386,400平方公里(149,200平方哩)'"),
    F("csp", 21, "(143,200 sq mi)", 143200, MI2, "excl"),
]
G("csp_area_sqmi", CSP, "Area in square miles: 143,200 (four), 143,000 (two) and 143,244 (the 371,000 km2); 149,200 (two, the 386,400 km2)",
  "Caspian Sea", "surface area (square miles)", "undated",
  "143,000 rounds 143,200 and 143,244, 143,200 rounds 143,244 (rounding); 149,200 is the area with the lagoon (different_basis, conflict defensible).",
  ms, A(ms, DC, [1, 2, 3, 4, 5, 6, 7, 10], [8, 9]))

ms = [
    F("csp", 1, "maximum depth is at 1025 m", 1025, M),
    F("csp", 1, "Maximum depth:1025", 1025, M),
    F("csp", 2, "At 1,025 meters deep", 1025, M),
    F("csp", 2, "maximum depth of 1,025 meters", 1025, M),
    F("csp", 3, "maximum depth of about 1,025 metres", 1025, M, q="approx"),
    F("csp", 4, "Max. depth 1,025 m", 1025, M),
    F("csp", 5, "(1,000 m) in the south", 1000, M, q="over", note="'a maximum of more than 3,000 feet (1,000 m)'"),
    F("csp", 7, "最大深度为1025米", 1025, M),
    F("csp", 7, "最深处达1024米", 1024, M),
    F("csp", 8, "最深处有1,025米", 1025, M),
    F("csp", 10, "最深处达1025米", 1025, M),
    F("csp", 18, "最大深度約為1,025米", 1025, M, q="approx"),
    F("csp", 19, "最深處達1 024米", 1024, M, vt="1 024", step=1),
    F("csp", 19, "最大深度為1,025公尺", 1025, M),
    F("csp", 20, "最大深度達1025米", 1025, M),
    F("csp", 21, "最深1,025米", 1025, M),
    F("csp", 21, "最深 | 1,025 m", 1025, M),
]
G("csp_max_depth", CSP, "Greatest depth of the Caspian: 1,025 m (thirteen) against 1,024 m (777pp, 3du, which give both); 'more than 1,000 m'",
  "Caspian Sea", "greatest depth", "undated",
  "1,024 against 1,025 m: a metre's difference in a depth measured from a surface the pages call unstable ('里海的水位是不稳定的'; '面積和深度曾多次發生變化'): conflict, different_basis defensible. 'More than 1,000 m' holds both (consistent).",
  ms, {k: (C, D) for k in SOFT(ms, list(range(1, len(ms) + 1)))})

ms = [
    F("csp", 1, "(3,363 ft)", 3363, FT),
    F("csp", 3, "(3,363 ft)", 3363, FT, q="approx", note="'about 1,025 metres (3,363 ft)'"),
    F("csp", 4, "(3,360 ft)", 3360, FT),
    F("csp", 19, "1,025公尺***3,360呎", 3360, FT),
    F("csp", 21, "(3,360 ft)", 3360, FT),
    F("csp", 5, "more than 3,000 feet", 3000, FT, q="over"),
]
G("csp_max_depth_ft", CSP, "Greatest depth in feet: 3,363 (two) and 3,360 (two), both for 1,025 m; 'more than 3,000 feet'",
  "Caspian Sea", "greatest depth (feet)", "undated", "3,360 rounds qureshiuniversity's plain 3,363 (rounding); brainly's 3,363 converts 'about 1,025 metres' and carries its hedge, so the plain 3,360 that rounds it is consistent by the kit's rule; 'more than 3,000' holds both (consistent).", ms)

ms = [
    F("csp", 6, "as low as 1,023 m", -1023, M, note="'below sea level'"),
    F("csp", 21, "最深處湖床海拔-1,054米", -1054, M),
]
G("csp_bed", CSP, "Elevation of the deepest point of the bed: 1,023 m below sea level (chateaudessirenes) against -1,054 m (zh-yue)",
  "Caspian Sea", "elevation of the deepest point of the bed", "undated", "The two disagree (conflict).", ms)

ms = [
    F("csp", 1, "Average depth:211", 211, M),
    F("csp", 4, "Average depth 211 m", 211, M),
    F("csp", 7, "整个里海平均水深184米", 184, M),
    F("csp", 8, "平均深度为187米", 187, M),
    F("csp", 16, "an average depth of 170 meters", 170, M),
    F("csp", 18, "平均深度約為180米", 180, M, q="approx"),
    F("csp", 19, "整個裡海平均水深184米", 184, M),
    F("csp", 20, "整個裏海的平均深度為184米", 184, M),
    F("csp", 21, "平均深211米", 211, M),
    F("csp", 21, "均深 | 211 m", 211, M),
]
G("csp_mean_depth", CSP, "Mean depth of the Caspian: 211 m (three) against 184 m (three), 187, 170 and 'about 180' m", "Caspian Sea", "mean depth", "undated",
  "The figures disagree (conflict); the gaps (up to 41 m) are far beyond the metre by which the pages' levels differ. 'About 180' holds 184 (consistent, the kit's 175-185) but not 170, 187 or 211 (conflict).",
  ms)

ms = [
    F("csp", 2, "contains up to 78,200 km3", 7.82e13, M3, mult=1e9),
    F("csp", 3, "Its volume is 78,200 cubic kilometres", 7.82e13, M3, mult=1e9),
    F("csp", 4, "Water volume 78,200 km3", 7.82e13, M3, mult=1e9),
    F("csp", 6, "a volume of 78,200 km3", 7.82e13, M3, mult=1e9),
    F("csp", 7, "湖水蓄积量达7.6万立方公里", 7.6e13, M3, mult=1e9),
    F("csp", 8, "达到76000立方千米", 7.6e13, M3, mult=1e9),
    F("csp", 8, "体积为7万8200立方公里", 7.82e13, M3, vt="7万8200", step=1e9),
    F("csp", 14, "the volume is 78200 cubic kilometers", 7.82e13, M3, mult=1e9),
    F("csp", 15, "volume of 78,200 km3", 7.82e13, M3, mult=1e9),
    F("csp", 19, "湖水蓄積量達7.6萬立方千米", 7.6e13, M3, mult=1e9),
    F("csp", 20, "總貯水量7.6萬立方公裏", 7.6e13, M3, mult=1e9),
    F("csp", 21, "體積78,200立方千米", 7.82e13, M3, mult=1e9),
    F("csp", 21, "水體積 | 78,200 km3", 7.82e13, M3, mult=1e9),
]
G("csp_volume", CSP, "Volume of the Caspian: 78,200 km3 (eight) against 76,000 / 7.6万 km3 (four)", "Caspian Sea", "volume of water", "undated",
  "78,200 and 76,000 km3 disagree (conflict; gansulong gives both); 2,200 km3 is a level change of about six metres over the whole sea, far more than the pages' 27 / 28 m.",
  ms)

ms = [
    F("csp", 3, "(18,800 cubic miles)", 18800, "mile**3"),
    F("csp", 4, "(18,800 cu mi)", 18800, "mile**3"),
    F("csp", 6, "(18,800 cu mi)", 18800, "mile**3"),
    F("csp", 15, "(18,800 cu mi)", 18800, "mile**3"),
    F("csp", 21, "(18,800 cu mi)", 18800, "mile**3"),
]
G("csp_volume_cumi", CSP, "Volume in cubic miles: 18,800 (four)", "Caspian Sea", "volume of water (cubic miles)", "undated", "Same figure (consistent).", ms)

ms = [
    F("csp", 2, "It spans 1,199 km on its length", 1199, KM),
    F("csp", 4, "Max. length 1,030 km", 1030, KM),
    F("csp", 5, "(1,190 km) north-south", 1190, KM, q="approx", note="'about 740 miles (1,190 km)'"),
    F("csp", 6, "nearly 1,200 kilometres", 1200, KM, q="under"),
    F("csp", 7, "南北长约1200公里", 1200, KM, q="approx"),
    F("csp", 8, "南北长约1200千米", 1200, KM, q="approx"),
    F("csp", 9, "南北方約長1200千米", 1200, KM, q="approx"),
    F("csp", 13, "裡海長約1200公裡", 1200, KM, q="approx"),
    F("csp", 19, "南北長約1200千米", 1200, KM, q="approx"),
    F("csp", 19, "延伸近1,200公里", 1200, KM, q="under"),
    F("csp", 20, "長1200公裏", 1200, KM),
    F("csp", 21, "南北長1034km", 1034, KM),
    F("csp", 21, "湖長 | 1,030 km", 1030, KM),
]
G("csp_length", CSP, "Length of the Caspian (north-south): about 1,200 km (nine), 1,199 and about 1,190 km against 1,030 km (piglix, zh-yue's table) and zh-yue's 1,034 km",
  "Caspian Sea", "length (north to south)", "undated",
  "1,030 / 1,034 km disagree with every 1,200-ish figure (conflict); 1,030 rounds 1,034 (rounding); the hedged 1,200s hold 1,199 and 1,190 (consistent); trklw's plain 1200 rounds 1,199 (rounding); 1,199 against 'about 1,190' is conflict by the kit.",
  ms)

ms = [
    F("csp", 4, "(640 mi)", 640, MI),
    F("csp", 5, "about 740 miles", 740, MI, q="approx"),
    F("csp", 6, "(750 mi)", 750, MI, q="under", note="'nearly 1,200 kilometres (750 mi)'"),
    F("csp", 19, "1,200公里***750哩", 750, MI, q="under", note="'近1,200公里(750哩)'"),
    F("csp", 21, "(640 mi)", 640, MI),
]
G("csp_length_mi", CSP, "Length in miles: 640 (piglix) against about 740 (howstuffworks) and 750 (two)", "Caspian Sea", "length (miles)", "undated",
  "640 disagrees with both (conflict); 'about 740' and 'nearly 750' (the conversions of 'about 1,190 km' and 'nearly 1,200 km', consistent in km) overlap (consistent).", ms)

ms = [
    F("csp", 6, "average width of 320 km", 320, KM),
    F("csp", 7, "东西平均宽度320公里", 320, KM),
    F("csp", 8, "东西平均宽度320千米", 320, KM),
    F("csp", 9, "物品均值寬約320千米", 320, KM, q="approx"),
    F("csp", 13, "寬平均為320公裡", 320, KM),
    F("csp", 19, "平均寬320千米", 320, KM),
    F("csp", 19, "平均寬度僅320公里", 320, KM),
    F("csp", 20, "平均寬320公裏", 320, KM),
]
G("csp_width_mean", CSP, "Mean width: 320 km (eight)", "Caspian Sea", "mean width", "undated", "Same figure (consistent).", ms)

ms = [
    F("csp", 6, "(200 mi)", 200, MI),
    F("csp", 19, "320公里***200哩", 200, MI),
]
G("csp_width_mean_mi", CSP, "Mean width in miles: 200 (two)", "Caspian Sea", "mean width (miles)", "undated", "Same figure (consistent).", ms)

ms = [
    F("csp", 4, "Max. width 435 km", 435, KM),
    F("csp", 5, "(480 km) east-west", 480, KM),
    F("csp", 21, "東西闊435km", 435, KM),
    F("csp", 21, "湖闊 | 435 km", 435, KM),
]
G("csp_width_max", CSP, "Greatest width: 435 km (two) against howstuffworks' 'as much as 480 km'", "Caspian Sea", "greatest width", "undated", "435 and 480 disagree (conflict).", ms)

ms = [
    F("csp", 4, "(270 mi)", 270, MI),
    F("csp", 5, "as much as 300 miles", 300, MI),
    F("csp", 21, "(270 mi)", 270, MI),
]
G("csp_width_max_mi", CSP, "Greatest width in miles: 270 against 300", "Caspian Sea", "greatest width (miles)", "undated",
  "270 (= 435 km) and 300 (= 480 km) are the two widths in miles (conflict; the kit's rule would call 300 a rounding of 270).", ms, P(1, 2, (C, R)), P(2, 3, (C, R)))

ms = [
    F("csp", 1, "Shore length:6820.0", 6820, KM),
    F("csp", 4, "Shore length1 7,000 km", 7000, KM),
    F("csp", 7, "里海湖岸线长7000公里", 7000, KM),
    F("csp", 8, "全长7000千米的湖岸线", 7000, KM),
    F("csp", 9, "湖海岸線約長7000千米", 7000, KM, q="approx"),
    F("csp", 13, "裡海湖岸線長約7000公裡", 7000, KM, q="approx"),
    F("csp", 19, "海岸線長約7000千米", 7000, KM, q="approx"),
    F("csp", 19, "裡海湖岸線長7 000千米", 7000, KM, vt="7 000", step=1000),
    F("csp", 20, "湖岸線總長7000公裏", 7000, KM),
]
G("csp_shoreline", CSP, "Length of the shoreline: 7,000 km (eight) and qureshiuniversity's 6820.0 km", "Caspian Sea", "length of the shoreline", "undated",
  "A plain 7,000 rounds 6820.0 (rounding); '约7000' holds it (consistent).", ms)

ms = [
    F("csp", 4, "Surface elevation −28 m", -28, M),
    F("csp", 5, "(28 m) below sea level", -28, M, q="approx", note="'Its surface lies about 92 feet (28 m) below sea level'"),
    F("csp", 6, "about 27 m (89 ft)", -27, M, q="approx", note="'below sea level'"),
    F("csp", 8, "湖面海拔: -28 米", -28, M),
    F("csp", 10, "湖面海拔负28米", -28, M),
    F("csp", 19, "約低於海平面27公尺", -27, M, q="approx"),
    F("csp", 21, "湖面海拔-28米", -28, M),
    F("csp", 21, "海拔 | −28 m", -28, M),
]
G("csp_elevation", CSP, "Surface of the Caspian: 28 m below sea level (five) against about 27 m (two)", "Caspian Sea", "surface elevation", "undated",
  "The pages say the level changes (csp-05: it fell for decades until the late 1970s; csp-07: '水位是不稳定的'): undated levels a metre apart are different_basis with conflict as alt.",
  ms, SOFT(ms, list(range(1, len(ms) + 1))))

ms = [
    F("csp", 4, "(−92 ft)", -92, FT),
    F("csp", 5, "about 92 feet", -92, FT, q="approx"),
    F("csp", 6, "(89 ft) below", -89, FT, q="approx", note="'about 27 m (89 ft) below sea level'"),
    F("csp", 19, "27公尺***90呎", -90, FT, q="approx", note="'約低於海平面27公尺(90呎)'"),
    F("csp", 21, "(−92 ft)", -92, FT),
]
G("csp_elevation_ft", CSP, "Surface in feet: 92 below sea level (two, = 28 m) against 89 and 90 (= 27 m)", "Caspian Sea", "surface elevation (feet)", "undated",
  "As in metres, 92 against 89 / 90 ft is different_basis with conflict as alt; 'about 89' and 'about 90' both convert 'about 27 m' (consistent).", ms, A(ms, DC, [1, 2, 5], [3, 4]))

ms = [
    F("csp", 7, "有130多条河注入里海", 130, CNT, q="over"),
    F("csp", 8, "共有130多条河注入", 130, CNT, q="over"),
    F("csp", 13, "大小130多條河", 130, CNT, q="over"),
    F("csp", 14, "Around 130 rivers", 130, CNT, q="approx"),
    F("csp", 19, "有130多條河注入裡海", 130, CNT, q="over"),
    F("csp", 10, "等50多条河流补水", 50, CNT, q="over"),
]
G("csp_rivers", CSP, "Rivers flowing into the Caspian: 130多 (four), 'around 130' against kfkhr's 50多", "Caspian Sea", "inflowing rivers", "undated",
  "'50多' (fifty-odd) cannot be '130多' (conflict; the kit's open-ended reading of 多 would call it consistent); the 130s agree (consistent).",
  ms, A(ms, C, [6], [1, 2, 3, 4, 5]))

ms = [
    F("csp", 7, "占全部注入水量的88%", 88, PC),
    F("csp", 8, "这3条河的水量全部注入水量的88%", 88, PC),
    F("csp", 19, "佔全部注入水量的88%", 88, PC),
]
G("csp_three_rivers", CSP, "Share of the inflow from the Volga, Ural and Terek: 88% (three)", "Caspian Sea", "share of the inflow from three rivers", "undated", "Same figure (consistent).", ms)

ms = [
    F("csp", 4, "Islands 26+", 26, CNT, q="at_least"),
    F("csp", 7, "里海中的岛屿多达50个", 50, CNT),
    F("csp", 19, "約有島嶼50個", 50, CNT, q="approx"),
    F("csp", 19, "島嶼多達50個", 50, CNT),
    F("csp", 21, "島數 | 38個", 38, CNT),
]
G("csp_islands", CSP, "Islands: 50 (three) against zh-yue's 38; piglix's '26+'", "Caspian Sea", "islands", "undated",
  "38 and 50 disagree (conflict); '26+' holds both (consistent).", ms)

ms = [
    F("csp", 3, "for 40 to 44% of the total lake waters", [40, 44], PC, vt="40 to 44%", step=1),
    F("csp", 14, "World's 40-44% of the lake water", [40, 44], PC, vt="40-44%", step=1),
]
G("csp_lake_water_share", CSP, "Share of the world's lake water: 40-44% (two)", "Caspian Sea", "share of the world's lake water", "undated", "Same range (consistent).", ms)

ms = [
    F("csp", 8, "全世界湖泊总面积的1/7", 100 / 7, PC, vt="1/7", step=1, q="under", note="'几乎相当干' (almost)"),
    F("csp", 9, "(270萬公頃)的14%", 14, PC),
    F("csp", 13, "相當全世界湖泊總面積的14%", 14, PC),
]
G("csp_lake_area_share", CSP, "Share of the world's lake area: 14% (two) and 'almost 1/7'", "Caspian Sea", "share of the world's lake area", "undated",
  "'Almost a seventh' holds 14% (consistent).", ms)

ms = [
    F("csp", 3, "salinity of approximately 1.2%", 1.2, PC, q="approx"),
    F("csp", 6, "approximately 1.2% (12 g/l)", 1.2, PC, q="approx"),
    F("csp", 12, "湖水盐度约1.2%", 1.2, PC, q="approx"),
    F("csp", 18, "大約為1.2%至1.4%", [1.2, 1.4], PC, vt="1.2%至1.4%", step=0.1, q="approx"),
]
G("csp_salinity", CSP, "Salinity: about 1.2% (three) and 1.2%-1.4%", "Caspian Sea", "salinity", "undated", "The range holds 1.2% (consistent).", ms)

ms = [
    F("csp", 6, "(12 g/l)", 12, "g / L", q="approx", note="'approximately 1.2% (12 g/l)'"),
    F("csp", 10, "湖水盐度约1.2万毫克每升", 12000, "mg / L", q="approx"),
]
G("csp_salinity_gl", CSP, "Salinity by mass: 12 g/l and about 1.2万 mg/l", "Caspian Sea", "salinity (mass per litre)", "undated",
  "1.2万 mg/l is 12 g/l (consistent).", ms, P(1, 2, K))

ms = [
    F("csp", 2, "a third the salinity of most seawater", 100 / 3, PC, vt="a third", step=1),
    F("csp", 3, "about a third the salinity of sea water", 100 / 3, PC, vt="a third", step=1, q="approx"),
    F("csp", 5, "about one-third that of the ocean", 100 / 3, PC, vt="one-third", step=1, q="approx"),
    F("csp", 6, "about a third of the salinity of most seawater", 100 / 3, PC, vt="a third", step=1, q="approx"),
]
G("csp_salinity_vs_sea", CSP, "Salinity as a share of sea water's: a third (four)", "Caspian Sea", "salinity as a fraction of sea water's", "undated",
  "Same figure (consistent).", ms)

ms = [
    F("csp", 9, "還大出51%", 51, PC),
    F("csp", 20, "還大51%左右", 51, PC, q="approx"),
]
G("csp_vs_great_lakes", CSP, "How much larger the Caspian is than the five Great Lakes together: 51% (two)", "Caspian Sea", "area beyond the Great Lakes'", "undated", "Same figure (consistent).", ms)

ms = [
    F("csp", 9, "經營規模為亞速海的10倍", 10, "times"),
    F("csp", 13, "規模為亞速海的10倍", 10, "times"),
]
G("csp_vs_azov", CSP, "Size against the Sea of Azov: 10 times (two)", "Caspian Sea", "size as a multiple of the Sea of Azov", "undated", "Same figure (consistent).", ms)

ms = [
    F("csp", 10, "相当于5个青海湖大小", 5, "times"),
    F("csp", 12, "相当于10个青海湖大小", 10, "times"),
]
G("csp_vs_qinghai", CSP, "Size against Qinghai Lake: 5 (kfkhr) against 10 (fqmxn) times", "Caspian Sea", "size as a multiple of Qinghai Lake", "undated",
  "The two disagree (conflict: 10 is no rounding of 5, though the kit's reading of a bare 10 as 5-15 would call it one; both are far below the real ratio).", ms, P(1, 2, C))

ms = [
    F("csp", 1, "Catchment area:3626000", 3626000, KM2),
    F("csp", 4, "Catchment area 3,626,000 km2", 3626000, KM2),
    F("csp", 8, "集水区: 3,626,000 平方公里", 3626000, KM2),
    F("csp", 21, "3,626,000 km2", 3626000, KM2),
]
G("csp_catchment", CSP, "Catchment: 3,626,000 km2 (four)", "Caspian Sea", "catchment area", "undated", "Same figure (consistent).", ms)

ms = [
    F("csp", 1, "Residence time:250", 250, YR),
    F("csp", 4, "Residence time 250 years", 250, YR),
]
G("csp_residence", CSP, "Residence time: 250 years (two)", "Caspian Sea", "residence time", "undated", "Same figure (consistent).", ms)

ms = [
    F("csp", 7, "海面年蒸发量达1000毫米", 1000, "mm"),
    F("csp", 10, "每年蒸发量约1000毫米", 1000, "mm", q="approx"),
    F("csp", 19, "海面年蒸發量達1 000毫米", 1000, "mm", vt="1 000", step=1000),
]
G("csp_evaporation", CSP, "Evaporation from the sea's surface: 1000 mm a year (three)", "Caspian Sea", "yearly evaporation", "undated", "Same figure (consistent).", ms)

ms = [
    F("csp", 10, "伊朗等5个", 5, CNT),
    F("csp", 13, "一共與5個國傢接壤", 5, CNT),
]
G("csp_countries", CSP, "Countries on the shore: 5 (two)", "Caspian Sea", "bordering countries", "undated", "Same figure (consistent).", ms)

ms = [
    F("csp", 7, "平均深度4至6米", [4, 6], M, vt="4至6", step=1),
    F("csp", 19, "平均深度4~6米", [4, 6], M, vt="4~6", step=1),
    F("csp", 20, "北部水深壹般只有4-8米", [4, 8], M, vt="4-8", step=1),
]
G("csp_north_depth", CSP, "Depth of the northern part: 4-6 m (two) and 4-8 m", "northern Caspian", "depth", "undated", "The ranges overlap (consistent).", ms)

ms = [
    F("csp", 7, "水深约170至788米", [170, 788], M, vt="170至788", step=1, q="approx"),
    F("csp", 19, "水深約170~788米", [170, 788], M, vt="170~788", step=1, q="approx"),
    F("csp", 20, "中部深至170-788米", [170, 788], M, vt="170-788", step=1),
]
G("csp_middle_depth", CSP, "Depth of the middle basin: 170-788 m (three)", "middle Caspian", "depth", "undated", "Same range (consistent).", ms)

NC("csp", 1, "Last Updated: October 7, 2015", "date")
NC("csp", 3, "[2]", "footnote_marker")
S("csp", 14, "around 2000 square kilometers", value=2000, unit=KM2, q="approx", note="land area of the northern islands")
NC("csp", 18, "1. 面積", "page_furniture")
NC("csp", 18, "2. 深度", "page_furniture")
NC("csp", 18, "3. 鹽度", "page_furniture")
S("csp", 2, "the world's third deepest lake", vt="third", value=3, unit=RANK)
NC("csp", 4, "June 2003", "date")
NC("csp", 4, "Coordinates 41°40′N 50°40′E", "coordinate")
ms = [
    F("csp", 4, "(1,400,000 sq mi)", 1.4e6, MI2),
    F("csp", 21, "(1,400,000 sq mi)", 1.4e6, MI2),
]
G("csp_catchment_sqmi", CSP, "Catchment in square miles: 1,400,000 (two)", "Caspian Sea", "catchment area (square miles)", "undated", "Same figure (consistent).", ms)

ms = [
    F("csp", 4, "(690 ft)", 690, FT),
    F("csp", 21, "(690 ft)", 690, FT),
]
G("csp_mean_depth_ft", CSP, "Mean depth in feet: 690 (two)", "Caspian Sea", "mean depth (feet)", "undated", "Same figure (consistent).", ms)
NC("csp", 21, "座標 | 41°40′N 50°40′E", "coordinate")
S("csp", 21, "總共53個", value=53, unit=CNT, note="towns on the shore")
S("csp", 4, "(4,300 mi)", value=4300, unit=MI)
NC("csp", 4, "Shore length1", "footnote_marker")
NC("csp", 4, "1 Shore length is not", "footnote_marker")
S("csp", 5, "about 1 1/2 times", vt="1 1/2", value=1.5, unit="times", q="approx")
NC("csp", 5, "in the late 1970's", "date")
S("csp", 6, "(3,356 ft)", value=3356, unit=FT)
S("csp", 6, "(−1,180 m", value=-1180, unit=M, note="Lake Baikal's bed")
S("csp", 6, "−3,870 ft", value=-3870, unit=FT)
S("csp", 9, "(270萬公頃)", value=2.7e6, unit="hectare")
S("csp", 9, "(24.五萬平方千米)", vt="24.五萬", value=2.45e5, unit=KM2, note="'24.五萬' as stored")
S("csp", 10, "等600多种生物", value=600, unit=CNT, q="over")
S("csp", 10, "形成于约1000万年前", value=1e7, unit=YR, q="approx")
S("csp", 11, "渤海面積的4.6倍", value=4.6, unit="times")
S("csp", 18, "約為3.5%", value=3.5, unit=PC, q="approx")
S("csp", 20, "面積的4.5倍", value=4.5, unit="times")
S("csp", 21, "含鹽量去到13‰", vt="13", value=13, unit="per_1000")

# ============================================================ Lake Victoria
ms = [
    F("lvc", 1, "(69,484 square km)", 69484, KM2),
    F("lvc", 2, "surface area of 68,800 km2", 68800, KM2),
    F("lvc", 3, "surface area of 68,800 km2", 68800, KM2),
    F("lvc", 4, "surface area of 68,800 sq km", 68800, KM2),
    F("lvc", 5, "surface area of 69,500 km2", 69500, KM2),
    F("lvc", 6, "covering 68,800 km2", 68800, KM2),
    F("lvc", 7, "surface area of 68,800 square kilometers", 68800, KM2),
    F("lvc", 9, "面积达6.9万平方公里", 69000, KM2),
    F("lvc", 10, "面積68,870平方公里", 68870, KM2),
    F("lvc", 11, "湖面面积达6.9万平方公里", 69000, KM2),
    F("lvc", 12, "該湖的面積69400km²", 69400, KM2),
    F("lvc", 12, "面積69484km²", 69484, KM2),
    F("lvc", 13, "該湖的面積69400平方公里", 69400, KM2),
    F("lvc", 15, "水域面积约为6.8万平方公里", 68000, KM2, q="approx"),
    F("lvc", 16, "(area 68,800 km", 68800, KM2, note="the '2' of km2 stands on the next line"),
    F("lvc", 17, "(68,800 sq. kilometers", 68800, KM2),
    F("lvc", 18, "total area of 68,800 sq. km", 68800, KM2),
    F("lvc", 19, "surface area of 68,800 square kilometers", 68800, KM2, q="approx", note="'an approximate surface area'"),
]
G("lvc_area", LVC, "Area of Lake Victoria: 68,800 km2 (nine) against 69,484 (two), 69,500, 69,400 (two), 68,870, 6.9万 (two) and about 6.8万 km2",
  "Lake Victoria", "surface area", "undated",
  "The figures are different estimates of the same area (no page gives a year or says the area changes). 6.9万 rounds 68,800, 68,870, 69,400, 69,484 and 69,500; 69,500 rounds 69,484 (rounding); the others disagree (conflict). 'About 6.8万' holds none of the others (conflict); 'approximate 68,800' is held by 6.9万 (consistent).",
  ms)

ms = [
    F("lvc", 1, "26,828 square miles", 26828, MI2),
    F("lvc", 2, "(26,600 sq mi)", 26600, MI2),
    F("lvc", 3, "(26,600 sq mi)", 26600, MI2),
    F("lvc", 7, "(26,600 square miles)", 26600, MI2),
    F("lvc", 19, "(26,564 square miles)", 26564, MI2, q="approx"),
]
G("lvc_area_sqmi", LVC, "Area in square miles: 26,600 (three) and 26,564 against 26,828", "Lake Victoria", "surface area (square miles)", "undated",
  "26,828 (= 69,484 km2) disagrees with 26,600 and 26,564 (conflict); 26,600 holds the approximate 26,564 (consistent).", ms)

ms = [
    F("lvc", 1, "(82 metres)", 82, M),
    F("lvc", 2, "maximum depth of 84 m", 84, M),
    F("lvc", 4, "only 75 meters at it’s deepest", 75, M),
    F("lvc", 5, "maximum depth is about 83m", 83, M, q="approx"),
    F("lvc", 6, "(82 meters)", 82, M),
    F("lvc", 9, "深度约80米", 80, M, q="approx"),
    F("lvc", 10, "最深處有82公尺", 82, M),
    F("lvc", 11, "湖水深度超过80米", 80, M, q="over"),
    F("lvc", 12, "已知最大深度82米", 82, M, nth=1),
    F("lvc", 12, "已知最大深度82米", 82, M, nth=2),
    F("lvc", 16, "max. depth 84 m", 84, M),
    F("lvc", 17, "of 84 metres", 84, M),
    F("lvc", 18, "maximum depth of 80 m", 80, M),
    F("lvc", 19, "maximum depth of 84 meters", 84, M),
]
G("lvc_max_depth", LVC, "Greatest depth of Lake Victoria: 84 m (four) against 82 m (five), about 83, 80, about 80, over 80 and flamingotravels' 75 m",
  "Lake Victoria", "greatest depth", "undated",
  "84, 82 and 75 disagree (conflict), as 'about 83' does with each; the plain 80 rounds 75-84 (rounding); 'about 80' holds 75-84 and 'over 80' holds 82-84 (consistent) but not 75 (conflict).",
  ms)

ms = [
    F("lvc", 1, "is 270 feet", 270, FT),
    F("lvc", 2, "(276 ft)", 276, FT),
    F("lvc", 6, "maximum depth of 270 feet", 270, FT),
    F("lvc", 12, "(270尺)", 270, FT, note="尺 for feet"),
    F("lvc", 19, "(276 feet)", 276, FT),
]
G("lvc_max_depth_ft", LVC, "Greatest depth in feet: 270 (three, = 82 m) against 276 (two, = 84 m)", "Lake Victoria", "greatest depth (feet)", "undated",
  "270 and 276 disagree (conflict).", ms)

ms = [
    F("lvc", 2, "average depth of 40 m", 40, M),
    F("lvc", 5, "The average depth is 40m", 40, M),
    F("lvc", 10, "平均水深40公尺", 40, M),
    F("lvc", 12, "平均水深40米", 40, M),
    F("lvc", 16, "mean depth 40 m", 40, M),
    F("lvc", 17, "mean depth of 40 metres", 40, M),
    F("lvc", 19, "mean depth of approximately 40 meters", 40, M, q="approx"),
]
G("lvc_mean_depth", LVC, "Mean depth: 40 m (seven)", "Lake Victoria", "mean depth", "undated", "Same figure (consistent).", ms)

ms = [
    F("lvc", 2, "(130 ft)", 130, FT),
    F("lvc", 19, "(131 feet)", 131, FT, q="approx", note="'approximately 40 meters (131 feet)'"),
]
G("lvc_mean_depth_ft", LVC, "Mean depth in feet: 130 against 131", "Lake Victoria", "mean depth (feet)", "undated", "Both convert 40 m; ynyoo's 131 carries 'approximately', and the plain 130 that rounds it is consistent by the kit's rule.", ms)

ms = [
    F("lvc", 2, "about 2,750 cubic kilometres", 2.75e12, M3, mult=1e9, q="approx"),
    F("lvc", 10, "共有2760立方公里", 2.76e12, M3, mult=1e9),
    F("lvc", 15, "总水量约为2.7万亿立方米", 2.7e12, M3, q="approx"),
]
G("lvc_volume", LVC, "Volume of Lake Victoria: about 2,750 km3, 2760 km3 and about 2.7万亿 m3", "Lake Victoria", "volume of water", "undated",
  "'About 2,750' and 2760 disagree (conflict), as do 'about 2.7万亿' and 2760; the two hedges overlap (consistent).", ms)

ms = [
    F("lvc", 2, "world’s ninth largest continental lake", 9, RANK, vt="ninth", step=1),
    F("lvc", 10, "排名世界第七", 7, RANK, vt="七", step=1),
]
G("lvc_volume_rank", LVC, "Lake Victoria's rank among the world's lakes by volume: ninth against seventh", "Lake Victoria", "rank by volume", "undated",
  "The ranks disagree (conflict).", ms)

ms = [
    F("lvc", 1, "(337 km)", 337, KM),
    F("lvc", 6, "greatest length is 337 km", 337, KM),
    F("lvc", 10, "南北最長有337公里", 337, KM),
    F("lvc", 12, "南北最長337公里", 337, KM),
    F("lvc", 15, "它的长度约为67公里", 67, KM, q="approx"),
]
G("lvc_length", LVC, "Length of Lake Victoria: 337 km (four) against siudz's 'about 67 km'", "Lake Victoria", "greatest length", "undated",
  "67 is no rounding of 337 (conflict).", ms)

ms = [
    F("lvc", 1, "(240 km)", 240, KM),
    F("lvc", 6, "greatest breadth is 240 km", 240, KM),
    F("lvc", 10, "東西最寬有240公里", 240, KM),
    F("lvc", 12, "東西最寬240公里", 240, KM),
    F("lvc", 15, "宽度则可达53公里", 53, KM),
]
G("lvc_width", LVC, "Greatest width: 240 km (four) against siudz's 53 km", "Lake Victoria", "greatest width", "undated", "53 and 240 disagree (conflict).", ms)

ms = [
    F("lvc", 1, "(3,220 km)", 3220, KM, q="over", note="'Its coastline exceeds 2,000 miles (3,220 km)'"),
    F("lvc", 2, "shoreline of 4,828 km", 4828, KM),
    F("lvc", 6, "more than 3,220 km", 3220, KM, q="over"),
    F("lvc", 10, "整個湖岸線長約有3220公里", 3220, KM, q="approx"),
    F("lvc", 12, "湖岸線長逾3220公里", 3220, KM, q="over"),
    F("lvc", 16, "of about 3,440 km in length", 3440, KM, q="approx"),
    F("lvc", 17, "shore line of 3,440 kilometres", 3440, KM),
]
G("lvc_shoreline", LVC, "Length of the shoreline: 'over 3,220 km' (three), about 3220, 3,440 (two) and 4,828 km", "Lake Victoria", "length of the shoreline", "undated",
  "'Over 3,220' holds 3,440 and 4,828 (consistent); 'about 3220' holds neither (conflict); 3,440 and 4,828 disagree (conflict).", ms)

ms = [
    F("lvc", 1, "exceeds 2,000 miles", 2000, MI, q="over"),
    F("lvc", 2, "(3,000 mi)", 3000, MI),
]
G("lvc_shoreline_mi", LVC, "Shoreline in miles: over 2,000 and 3,000", "Lake Victoria", "length of the shoreline (miles)", "undated", "'Over 2,000' holds 3,000 (consistent).", ms)

ms = [
    F("lvc", 1, "(1,134 metres)", 1134, M),
    F("lvc", 6, "(1,134 meters)", 1134, M),
    F("lvc", 10, "海拔1134公尺", 1134, M),
    F("lvc", 12, "湖面海拔1134米", 1134, M),
    F("lvc", 12, "海拔1134米,平均水深", 1134, M),
    F("lvc", 12, "海拔1,134米", 1134, M),
    F("lvc", 17, "1133 m asl", 1133, M),
]
G("lvc_elevation", LVC, "Surface elevation: 1,134 m (six) against naroinfohub's 1133 m", "Lake Victoria", "surface elevation", "undated",
  "kfkhr says the level fluctuates ('近年水位因气候变化有所波动'): undated levels a metre apart are different_basis with conflict as alt.",
  ms, SOFT(ms, list(range(1, 8))))

ms = [
    F("lvc", 1, "3,720 feet", 3720, FT),
    F("lvc", 6, "3,720 feet", 3720, FT),
    F("lvc", 12, "(3,720尺)", 3720, FT),
]
G("lvc_elevation_ft", LVC, "Surface elevation in feet: 3,720 (three)", "Lake Victoria", "surface elevation (feet)", "undated", "Same figure (consistent).", ms)

ms = [
    F("lvc", 1, "(238,900 square km)", 238900, KM2),
    F("lvc", 2, "catchment area covers 184,000 km2", 184000, KM2),
    F("lvc", 12, "流域面積達238,900km²", 238900, KM2),
    F("lvc", 17, "184,000 sq. kilometers", 184000, KM2),
]
G("lvc_catchment", LVC, "Catchment of Lake Victoria: 184,000 km2 (two) against 238,900 km2 (two)", "Lake Victoria", "catchment (basin) area", "undated",
  "The two disagree (conflict); both name the area draining to the lake ('basin area' / 'catchment area' / 流域面積).", ms)

ms = [
    F("lvc", 1, "92,240 square miles", 92240, MI2),
    F("lvc", 2, "(71,000 sq mi)", 71000, MI2),
]
G("lvc_catchment_sqmi", LVC, "Catchment in square miles: 92,240 against 71,000", "Lake Victoria", "catchment (basin) area (square miles)", "undated", "The two disagree (conflict).", ms)

ms = [
    F("lvc", 2, "Kenya (6 percent", 6, PC),
    F("lvc", 16, "(Kenya 6%", 6, PC),
    F("lvc", 17, "Kenya 6%", 6, PC),
]
G("lvc_share_kenya", LVC, "Kenya's share of the lake: 6% (three)", "Lake Victoria (Kenya)", "share of the area", "undated", "Same figure (consistent).", ms)

ms = [
    F("lvc", 2, "Uganda (45 percent", 45, PC),
    F("lvc", 16, "Uganda 43%", 43, PC),
    F("lvc", 17, "Uganda 45%", 45, PC),
]
G("lvc_share_uganda", LVC, "Uganda's share of the lake: 45% (two) against cld.bz's 43%", "Lake Victoria (Uganda)", "share of the area", "undated", "43 and 45 disagree (conflict).", ms)

ms = [
    F("lvc", 2, "Tanzania (49 percent", 49, PC),
    F("lvc", 16, "Tanzania 51%", 51, PC),
    F("lvc", 17, "Tanzania 49%", 49, PC),
]
G("lvc_share_tanzania", LVC, "Tanzania's share of the lake: 49% (two) against cld.bz's 51%", "Lake Victoria (Tanzania)", "share of the area", "undated", "49 and 51 disagree (conflict).", ms)

ms = [
    F("lvc", 16, "82% of the water input", 82, PC),
    F("lvc", 17, "of its water (80%)", 80, PC),
]
G("lvc_rain_share", LVC, "Share of the lake's water from direct rainfall: 82% against 80%", "Lake Victoria", "share of the inflow from rain on the lake", "undated",
  "80 rounds 82 by the kit's rule (rounding).", ms)

ms = [
    F("lvc", 18, "over 30 million people live in its basin", 3e7, "persons", q="over"),
    F("lvc", 12, "養育了湖畔近3000萬人", 3e7, "persons", q="under"),
]
G("lvc_people", LVC, "People: 'over 30 million' in the basin against '近3000萬' by the lake", "Lake Victoria", "people living in the basin / by the lake", "undated",
  "The basin and the lakeshore are different areas (different_basis); read as one population, 'over 30 million' and 'nearly 30 million' conflict.", ms, P(1, 2, DC))

ms = [
    F("lvc", 4, "(80 km) of its shores", 80, KM),
    F("lvc", 12, "沿岸方圓80公里內", 80, KM),
]
G("lvc_radius", LVC, "Radius within which several million people live: 80 km (two)", "Lake Victoria", "radius of the densely peopled shore zone", "undated", "Same figure (consistent).", ms)

ms = [
    F("lvc", 1, "more than 200 species of fish", 200, CNT, q="over"),
    F("lvc", 9, "湖中有超过200种鱼类", 200, CNT, q="over"),
    F("lvc", 12, "有200多種魚類", 200, CNT, q="over"),
]
G("lvc_fish", LVC, "Fish species: more than 200 (three)", "Lake Victoria", "fish species", "undated", "Same figure (consistent).", ms)

ms = [
    F("lvc", 2, "is divided among three countries", 3, CNT, vt="three", step=1),
    F("lvc", 5, "borders the three countries", 3, CNT, vt="three", step=1),
    F("lvc", 9, "肯尼亚和坦桑尼亚三国交界处", 3, CNT, vt="三", step=1),
    F("lvc", 10, "由非洲三國", 3, CNT, vt="三", step=1),
    F("lvc", 12, "肯亞三國的界湖", 3, CNT, vt="三", step=1),
    F("lvc", 16, "shared by three riparian states", 3, CNT, vt="three", step=1),
    F("lvc", 19, "borders three countries", 3, CNT, vt="three", step=1),
]
G("lvc_countries", LVC, "Countries sharing Lake Victoria: three (seven)", "Lake Victoria", "riparian countries", "undated",
  "Same figure (consistent); cld.bz's 'five countries' (lvc-16) are the catchment's, another quantity, and not keyed.", ms)

S("lvc", 1, "210 miles", value=210, unit=MI)
S("lvc", 1, "150 miles", value=150, unit=MI)
NC("lvc", 2, "Speke accomplished this in 1858", "date")
S("lvc", 2, "(2.23×109 acre·ft)", vt="2.23×109", value=2.23e9, unit="acre_foot", q="approx", note="'×109' as stored (10^9); converts 'about 2,750 cubic kilometres'")
S("lvc", 2, "3.7 percent of this length", value=3.7, unit=PC)
S("lvc", 2, "or 4,100 km2", value=4100, unit=KM2)
S("lvc", 2, "or 1,600 sq mi", value=1600, unit=MI2)
S("lvc", 2, "or 31,000 km2", value=31000, unit=KM2)
S("lvc", 2, "or 12,000 sq mi", value=12000, unit=MI2)
S("lvc", 2, "or 33,700 km2", value=33700, unit=KM2)
S("lvc", 2, "or 13,000 sq mi", value=13000, unit=MI2)
S("lvc", 4, "within 50 miles", value=50, unit=MI)
S("lvc", 5, "about 1/3 of the area", vt="1/3", value=100 / 3, unit=PC, q="approx")
S("lvc", 5, "about 70% of the size", value=70, unit=PC, q="approx")
NC("lvc", 10, "他於1859年", "date")
S("lvc", 11, "卡盖拉河等20多条河流", value=20, unit=CNT, q="over")
NC("lvc", 12, "1860-1863年", "date")
S("lvc", 12, "(92,240平方米)", value=92240, unit="m**2", note="as stored: 平方米 (square metres) for square miles")
NC("lvc", 13, "1860年至1863年", "date")
NC("lvc", 16, "latitude 2.50", "coordinate")
NC("lvc", 16, "S and 1.50 N", "coordinate")
NC("lvc", 16, "longitude 320 and 350 E", "coordinate")
single(NAMES[("lvc", 16)], 5, "2", not_a_claim=True, kind="page_furniture", note="the superscript of km2 on a line of its own")
NC("lvc", 19, "1. Size and Location", "page_furniture")
NC("lvc", 19, "2. Surface Area", "page_furniture")
NC("lvc", 19, "3. Depth", "page_furniture")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh46.toml", "corpus-fresh46")
