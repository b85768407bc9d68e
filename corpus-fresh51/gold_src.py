"""Hand annotation of corpus-fresh51, written as data; emits gold.d/fresh51.toml (then run
corpus/check_gold.py --dir corpus-fresh51 --build).

Three domains: Uluru / Ayers Rock (height 348 m against 约335, 384 and a rounded 350, with two pages' 'above the
plain' 335 on its own basis; 1,142 against 1141 ft; 863 m above sea level against 862.5 and 867; circumference 9.4 km
against 约8,5 and 十公里, 5.8 miles against 'close to 5'; length 3.6 km against 约3, 3000 m against 3600; width 1.9 km
against 2.4 and 2; age 600 / 500 / 550 million years; `ulu-*`), Mount Kinabalu (summit 4,095.2 m against its rounding
4,095 and 4092.6, the pre-1997 4,101 as another basis; 13,435 / 13,435.7 / 13,436 / 13,432.26 / 13,455 ft; Laban Rata
3,273 against 3,272.7 and 3200; the park 754 km2; `kin-*`) and Angel Falls (total drop 979 m against 979.6, 978 and
'about 3230 meters'; 3,212 ft against 3,208 and 3230; the main plunge 807 m against a rounded 810, 2,648 against 2647
ft; `anf-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a correct rounding, or two of the
same precision that disagree, is conflict; a hedge that holds the other figure is consistent), extended as fresh47-50
do to ranges, and (as fresh50 set by hand for 约520 against 500) a coarser plain figure that rounds an 'about' figure
it does not hold is rounding. Values as written: 万/萬 = 1e4, 亿/億 = 1e8; decimal commas ('979,6', '8,5') read as
decimal points.

Second reader's audit (notes/audit.md): hedges added to tourismplacesworld's 2647 ft and the two 大约18倍; qgnews'
1.2亿年前 and secretchina's 超過800公尺 moved from singles into their groups on bases of their own; new singles
三分之二 / 三分之一 (ulu-16) and 一天半 (ulu-21); new ordinal non-claims 第一天 (kin-16) and 'the second day' (kin-07);
ulu_height_m's description says fifteen. No must-report pair changed.
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
    """goldkit's auto, extended to ranges as fresh47-50 (two intervals that overlap are consistent, otherwise
    conflict), and with fresh50's hand rule made general: a plain figure coarser than an 'about' figure, which the
    'about' range does not hold but which rounds it, is rounding (500 against 约520)."""
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

ULU, KIN, ANF = "uluru", "mount-kinabalu", "angel-falls"
M, FT, KM, MI, MM = "meter", "feet", "km", "mile", "millimeter"
KM2, MI2, DEG, YR, TIMES = "km**2", "mile**2", "degree", "years", "times"


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


# ============================================================ Uluru
ms = [
    F("ulu", 1, "stands 348 m (1,142 ft)", 348, M),
    F("ulu", 2, "Uluru rises 348 metres", 348, M),
    F("ulu", 3, "today stands 348m above ground", 348, M),
    F("ulu", 4, "height above ground: 348 metres", 348, M),
    F("ulu", 4, "uniquely rises 350m", 350, M),
    F("ulu", 6, "348 metres (1141 feet) high", 348, M),
    F("ulu", 9, "艾尔斯岩高348米", 348, M),
    F("ulu", 10, "高348米", 348, M),
    F("ulu", 11, "高348米", 348, M),
    F("ulu", 12, "高度:約335米", 335, M, q="approx"),
    F("ulu", 13, "艾爾斯巖高348米", 348, M),
    F("ulu", 14, "高 384 公尺", 384, M),
    F("ulu", 15, "高度达到了348米", 348, M),
    F("ulu", 16, "离地高度348米", 348, M),
    F("ulu", 17, "rises about 348 meters", 348, M, q="approx"),
    F("ulu", 18, "(348 meters)", 348, M),
    F("ulu", 19, "艾爾斯巖高348米", 348, M),
    F("ulu", 20, "高348米", 348, M),
    F("ulu", 10, "高出周围荒漠平原335米", 335, M, basis="plain"),
    F("ulu", 13, "高出周圍荒漠平原335公尺", 335, M, basis="plain"),
]
G("ulu_height_m", ULU, "Height of the rock above the ground: 348 m fifteen times against newton's 约335 and yaoen's 384; uluru-australia's 'rises 350m' its rounding; xkyn's and jumeiguan's 'above the surrounding plain' 335 on its own basis",
  "Uluru", "height above the ground", "undated",
  "350 is 348 rounded to the ten (rounding; on uluru-australia's own page beside 348, rounding with consistent as alt); 约335 (334.5-335.5) and 384 are neither 348 nor a rounding of it (conflict). xkyn and jumeiguan give 348 m and, separately, 335 m 'above the surrounding desert plain': read as a second measure on those pages (different_basis, with conflict as alt).",
  ms, OTHER(ms, [19, 20]), P(19, 20, K))

ms = [
    F("ulu", 1, "(1,142 ft)", 1142, FT),
    F("ulu", 4, "(1141 feet)", 1141, FT),
    F("ulu", 5, "is 1,142 feet high", 1142, FT),
    F("ulu", 6, "(1141 feet) high", 1141, FT),
    F("ulu", 8, "1141 feet high", 1141, FT),
    F("ulu", 17, "(1,142 feet)", 1142, FT, q="approx"),
    F("ulu", 18, "rises 1142 feet", 1142, FT),
    F("ulu", 13, "(1,100呎)", 1100, FT, basis="plain"),
]
G("ulu_height_ft", ULU, "Height in feet: 1,142 four times against 1141 three times; jumeiguan's 1,100 (converting its 'above the plain' 335 m)",
  "Uluru", "height above the ground, feet", "undated",
  "1,142 against 1141, same precision (conflict). jumeiguan's 1,100 ft converts the 335 m 'above the plain' (different_basis, with auto's rounding as alt).",
  ms, OTHER(ms, [8]))

ms = [
    F("ulu", 1, "sits at 863 m", 863, M),
    F("ulu", 4, "above sea level: 863 metres", 863, M),
    F("ulu", 6, "862.5 metres", 862.5, M),
    F("ulu", 16, "海拔867米", 867, M),
    F("ulu", 18, "(863 meters)", 863, M),
]
G("ulu_elevation_m", ULU, "Summit above sea level: 863 m three times against rwrant's 862.5 and qgnews' 867",
  "Uluru", "elevation of the summit above sea level", "undated",
  "863 is 862.5 rounded (rounding); 867 is neither (conflict).", ms)

ms = [
    F("ulu", 1, "(2,831 feet)", 2831, FT),
    F("ulu", 4, "(2,831 ft)", 2831, FT),
    F("ulu", 6, "(2831 feet)", 2831, FT),
    F("ulu", 8, "2830 feet above sea level", 2830, FT),
    F("ulu", 18, "elevation of 2831 feet", 2831, FT),
]
G("ulu_elevation_ft", ULU, "Summit above sea level in feet: 2,831 four times against quizzclub's 2830",
  "Uluru", "elevation of the summit, feet", "undated", "2830 is 2831 rounded to the ten (rounding).", ms)

ms = [
    F("ulu", 1, "circumference of 9.4 km", 9.4, KM),
    F("ulu", 2, "circumference of 9.4km", 9.4, KM),
    F("ulu", 3, "circumference of 9.4kms", 9.4, KM),
    F("ulu", 4, "almost 10kms in circumference", 10, KM, q="under", step=1),
    F("ulu", 4, "9.4 km or 5.8 miles", 9.4, KM),
    F("ulu", 6, "9.4 km (5.8 miles)", 9.4, KM),
    F("ulu", 9, "基围周长约9.4公里", 9.4, KM, q="approx"),
    F("ulu", 10, "基部周长达十公里", 10, KM, vt="十", step=1),
    F("ulu", 12, "基圍周長:約9.4千米", 9.4, KM, q="approx"),
    F("ulu", 13, "基圍周長約8,5公里", 8.5, KM, q="approx", vt="8,5", step=0.1),
    F("ulu", 14, "圓周長 9.4 公里", 9.4, KM),
    F("ulu", 16, "基地周长约9公里", 9, KM, q="approx"),
    F("ulu", 17, "roughly 9.4 kilometers", 9.4, KM, q="approx"),
    F("ulu", 18, "(9.4 kilometers)", 9.4, KM, q="approx"),
]
G("ulu_circumference_km", ULU, "Circumference at the base in km: 9.4 ten times, 'almost 10' and 约9 holding it, against jumeiguan's 约8,5 and xkyn's 十公里",
  "Uluru", "circumference at the base, km", "undated",
  "'Almost 10' (9-10) and 约9 (8.5-9.5) hold 9.4 (consistent); 约8,5 (8.45-8.55) and a plain 10 (9.5-10.5) hold neither 9.4 nor each other (conflict); 约9 and 约8,5 touch (consistent).",
  ms)

ms = [
    F("ulu", 10, "基围约8800米", 8800, M, q="approx"),
    F("ulu", 11, "周长达9400多米", 9400, M, q="over"),
    F("ulu", 15, "周长居然达到了9400米", 9400, M),
    F("ulu", 19, "底圍約8500米", 8500, M, q="approx"),
]
G("ulu_circumference_m", ULU, "Circumference in metres: 9400 and '9400多' against xkyn's 约8800 and ppfocus' 約8500",
  "Uluru", "circumference at the base, m", "undated",
  "约8800 and 約8500 hold neither 9400 nor each other (conflict); 9400多 holds 9400 (consistent).", ms)

ms = [
    F("ulu", 1, "(5.8 miles)", 5.8, MI),
    F("ulu", 4, "or 5.8 miles around", 5.8, MI),
    F("ulu", 5, "almost 6 miles in circumference", 6, MI, q="under"),
    F("ulu", 6, "(5.8 miles) around the base", 5.8, MI),
    F("ulu", 7, "close to 5 miles around", 5, MI, q="approx"),
    F("ulu", 8, "5.8 miles around the base", 5.8, MI),
    F("ulu", 17, "(about 5.8 miles)", 5.8, MI, q="approx"),
    F("ulu", 18, "about 5.8 miles", 5.8, MI, q="approx"),
]
G("ulu_circumference_mi", ULU, "Circumference in miles: 5.8 six times, 'almost 6' holding it, against internetdict's 'close to 5'",
  "Uluru", "circumference at the base, miles", "undated",
  "'Almost 6' (5.4-6) holds 5.8 (consistent); 'close to 5' (4.5-5.5) does not (conflict) but touches 'almost 6' (consistent).", ms)

ms = [
    F("ulu", 2, "3.6 km long", 3.6, KM),
    F("ulu", 3, "about 3.6kms long", 3.6, KM, q="approx"),
    F("ulu", 4, "about 3.6kms long", 3.6, KM, q="approx"),
    F("ulu", 4, "is 3.6 km long", 3.6, KM),
    F("ulu", 6, "3.6 km (2.2 miles) long", 3.6, KM),
    F("ulu", 12, "長度:約 3 km", 3, KM, q="approx"),
    F("ulu", 13, "長3.6公里", 3.6, KM),
    F("ulu", 17, "roughly 3.6 kilometers long", 3.6, KM, q="approx"),
]
G("ulu_length_km", ULU, "Length in km: 3.6 seven times against newton's 约3",
  "Uluru", "length", "undated", "约3 (2.5-3.5) does not hold 3.6 (conflict).", ms)

ms = [
    F("ulu", 9, "长3000米", 3000, M),
    F("ulu", 10, "长3600米", 3600, M),
    F("ulu", 11, "长3000米", 3000, M),
    F("ulu", 13, "長3000米", 3000, M),
    F("ulu", 15, "长度为3000米", 3000, M),
    F("ulu", 16, "长3000米", 3000, M),
    F("ulu", 19, "長3000米", 3000, M),
    F("ulu", 20, "长3000米", 3000, M),
]
G("ulu_length_m", ULU, "Length in metres: 3000 seven times against xkyn's 3600",
  "Uluru", "length, m", "undated", "3000 is not 3600 rounded (3600 rounds to 4000): conflict.", ms)

ms = [
    F("ulu", 4, "(2.2 miles)", 2.2, MI),
    F("ulu", 6, "(2.2 miles) long", 2.2, MI),
    F("ulu", 8, "2.2 miles long", 2.2, MI),
    F("ulu", 13, "(2.2哩)", 2.2, MI),
]
G("ulu_length_mi", ULU, "Length in miles: 2.2 four times", "Uluru", "length, miles", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("ulu", 2, "2.4 km wide", 2.4, KM),
    F("ulu", 3, "1.9kms wide, with", 1.9, KM, q="approx"),
    F("ulu", 4, "1.9kms wide, it", 1.9, KM, q="approx"),
    F("ulu", 4, "is 1.9 km wide", 1.9, KM),
    F("ulu", 6, "1.9 km (1.2 miles) wide", 1.9, KM),
    F("ulu", 12, "最寬處:約2千米", 2, KM, q="approx"),
    F("ulu", 13, "寬2公里", 2, KM),
    F("ulu", 17, "1.9 kilometers wide", 1.9, KM, q="approx"),
]
G("ulu_width_km", ULU, "Width in km: 1.9 five times and 2 (its rounding) against redrocksafaris' 2.4",
  "Uluru", "width", "undated",
  "2.4 against 1.9 (conflict); 2 is 1.9 rounded (rounding), and also 2.4 rounded (rounding); 约2 (1.5-2.5) holds 1.9 and 2.4 (consistent).",
  ms)

ms = [
    F("ulu", 4, "(1.2 miles)", 1.2, MI),
    F("ulu", 6, "(1.2 miles) wide", 1.2, MI),
    F("ulu", 8, "1.2 miles wide", 1.2, MI),
    F("ulu", 13, "(1.5哩)", 1.5, MI),
]
G("ulu_width_mi", ULU, "Width in miles: 1.2 three times against jumeiguan's 1.5 (beside its 2 km)",
  "Uluru", "width, miles", "undated", "1.5 against 1.2, same precision (conflict).", ms)

ms = [
    F("ulu", 4, "covers 3.33 km2", 3.33, KM2),
    F("ulu", 6, "covers 3.33 square kilometers", 3.33, KM2),
]
G("ulu_area_km2", ULU, "Area covered: 3.33 km2 twice", "Uluru", "area", "undated", "The same figure (consistent).", ms)

ms = [
    F("ulu", 4, "(1.29 miles2)", 1.29, MI2),
    F("ulu", 6, "(1.29 square miles)", 1.29, MI2),
]
G("ulu_area_mi2", ULU, "Area covered: 1.29 square miles twice", "Uluru", "area, square miles", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("ulu", 3, "some 2.5kms of its bulk", 2.5, KM, q="approx"),
    F("ulu", 4, "extends about 2.5kms into the ground", 2.5, KM, q="approx"),
    F("ulu", 12, "深度:約6千米", 6, KM, q="approx"),
]
G("ulu_underground_km", ULU, "Depth of the rock below the ground: about 2.5 km twice against newton's 约6",
  "Uluru", "extent below the ground", "undated", "约6 does not overlap 'about 2.5' (conflict).", ms)

ms = [
    F("ulu", 3, "some 600 million years", 600e6, YR, q="approx"),
    F("ulu", 5, "about 500 million years old", 500e6, YR, q="approx"),
    F("ulu", 7, "about 500,000,000 years", 500e6, YR, q="approx"),
    F("ulu", 10, "五亿年前", 500e6, YR, vt="五亿", step=1e8),
    F("ulu", 13, "距今已有4—6億年", [4e8, 6e8], YR, vt="4—6億", step=1e8),
    F("ulu", 14, "5.5 億年前", 550e6, YR),
    F("ulu", 17, "around 400–600 million years", [4e8, 6e8], YR, q="approx", vt="400–600 million", step=1e8),
    F("ulu", 18, "began 550 million years ago", 550e6, YR),
    F("ulu", 20, "距今已有4—6亿年", [4e8, 6e8], YR, vt="4—6亿", step=1e8),
    # audit: qgnews' '也有人说是1.2亿年前随澳大利亚大陆浮出水面' (a single before): an attributed theory of when the
    # rock rose, as xkyn's 五亿年前...升起; another basis, auto's conflict as alt
    F("ulu", 16, "1.2亿年前", 1.2e8, YR, basis="theory"),
]
G("ulu_age_years", ULU, "Age of the rock: 'some 600 million years' against 'about 500 million' three times (五亿) and 550 million twice (yaoen's 5.5亿, aroundus); the 4-6亿 / 400-600 million ranges hold all; qgnews' 1.2亿 ('some say' it rose from the sea then) on a basis of its own",
  "Uluru", "age (time since its sandstone formed / rose)", "undated",
  "600, 500 and 550 million disagree (conflict, set by hand: the kit's half-step ranges only touch at 550); 'about 500 million' and 五亿 are one figure (consistent), as are the two 550s; 4-6亿 and 'around 400-600 million' hold every figure (consistent). qgnews' 1.2亿年前 is one of two theories the page attributes to 'some' (different_basis, conflict as alt).",
  ms, A(C, [1], [2, 3, 4, 6, 8]), A(C, [6, 8], [2, 3, 4]), OTHER(ms, [10]))

ms = [
    F("ulu", 3, "about 335kms southwest", 335, KM, q="approx"),
    F("ulu", 6, "located 335 km from", 335, KM),
    F("ulu", 13, "西南方向約340公里處", 340, KM, q="approx"),
    F("ulu", 3, "463kms by road", 463, KM, basis="road"),
    F("ulu", 4, "some 460kms southwest", 460, KM, q="approx", basis="road"),
    F("ulu", 12, "約460公里車程", 460, KM, q="approx", basis="road"),
    F("ulu", 19, "西南470公裡處", 470, KM, basis="road"),
    F("ulu", 21, "向南開450公里遠", 450, KM, basis="road"),
    F("ulu", 21, "約有450公里遠", 450, KM, q="approx", basis="road"),
]
G("ulu_from_alice_km", ULU, "Distance from Alice Springs: 335 km as the crow flies (约340 holding it) against 460-463 km by road, ppfocus' 470 (a five-hour drive) and the 173.244 forum's 450 twice (driving south from Alice Springs)",
  "Uluru", "distance from Alice Springs", "undated",
  "Straight-line 335 and 约340 agree (consistent), and road 463 and 'some' / 约460 agree (consistent), while ppfocus' 470 (read as the road distance: 'drive about 5 hours on highway 1') and the forum's 450 / 約450 ('drive 450 km south') agree with none of them nor each other (conflict; 約450 and 'some 460' touch at 455: consistent); the straight line against the road is different_basis (conflict as alt).",
  ms, OTHER(ms, [4, 5, 6, 7, 8, 9]))

ms = [
    F("ulu", 2, "More than 40 metres taller", 40, M, q="over"),
    F("ulu", 2, "more than 40 meters taller", 40, M, q="over"),
]
G("ulu_taller_than_tower_m", ULU, "Height over the Sydney Tower: 'more than 40' metres twice on one page", "Uluru",
  "height above the Sydney Tower's", "undated", "The same figure (consistent).", ms)

S("ulu", 2, "tilted at 90", value=90, unit=DEG)
S("ulu", 3, "the last 10,000 years", value=10000, unit=YR)
S("ulu", 3, "The climb to the top is 1.6kms", value=1.6, unit=KM)
S("ulu", 5, "about 200 miles away", value=200, unit=MI, q="approx")
S("ulu", 10, "宽约2000米", value=2000, unit=M, q="approx")
S("ulu", 10, "高150米的薄岩块", value=150, unit=M)
S("ulu", 12, "約1960公里車程", value=1960, unit=KM, q="approx")
S("ulu", 12, "約1600公里車程", value=1600, unit=KM, q="approx")
# audit: the meteorite theory's shares of the rock below and above the ground (percent, as fresh25 keys 三分之二)
S("ulu", 16, "其中三分之二沉入地下", vt="三分之二", value=66.67, unit="percent")
S("ulu", 16, "三分之一漂浮在地面", vt="三分之一", value=33.33, unit="percent")
NC("ulu", 3, "in 1873 after", "date")
NC("ulu", 6, "in 1987", "date")
NC("ulu", 6, "the 18th of April 2010", "date")
NC("ulu", 9, "1987年首次", "date")
NC("ulu", 9, "1994年", "date")
NC("ulu", 12, "經度131.036E", "coordinate")
NC("ulu", 12, "緯度25.348S", "coordinate")
NC("ulu", 12, "1987年被", "date")
NC("ulu", 12, "2019年10月25日", "date")
NC("ulu", 13, "1873年一位", "date")
NC("ulu", 15, "1、世界上", "list_number")
NC("ulu", 18, "in 1873 during", "date")
NC("ulu", 18, "in 1985, who", "date")
NC("ulu", 19, "1873年,測量師", "date")
NC("ulu", 19, "1號公路", "road_number")
S("ulu", 19, "行駛約5小時", value=5, unit="hours", q="approx")
NC("ulu", 20, "追溯到1873年", "date")
NC("ulu", 13, "世界七大奇景", "rank")
NC("ulu", 19, "世界七大奇蹟", "rank")
NC("ulu", 20, "世界七大奇景", "rank")
S("ulu", 14, "住上兩晚", vt="兩", value=2, unit="nights")
S("ulu", 21, "玩兩天", vt="兩", value=2, unit="days")
NC("ulu", 21, "第三天清晨", "ordinal")
S("ulu", 21, "須一天半的時間", vt="一天半", value=1.5, unit="days")  # audit: by train from Adelaide
S("ulu", 21, "當日來回須要900公里的路程,", value=900, unit=KM)
S("ulu", 21, "當日來回須要900公里的路程 ,", value=900, unit=KM)

# ============================================================ Mount Kinabalu
ms = [
    F("kin", 1, "height at 4,095 metres", 4095, M),
    F("kin", 2, "is 4,095.2m", 4095.2, M),
    F("kin", 4, "a height of 4,095.2m", 4095.2, M),
    F("kin", 5, "from 600m to 4,095m", 4095, M),
    F("kin", 5, "the 4,095m summit", 4095, M),
    F("kin", 6, "an impressive 4,095 meters", 4095, M),
    F("kin", 7, "Low's Peak (4,095.2m", 4095.2, M),
    F("kin", 9, "官方高度为海拔4,095.2米", 4095.2, M),
    F("kin", 9, "海拔4,095.2米(13,436英尺)", 4095.2, M),
    F("kin", 10, "高度為海拔4,095.2公尺", 4095.2, M),
    F("kin", 11, "最高峰海拔4,095.2公尺", 4095.2, M),
    F("kin", 11, "已高達海拔4,095公尺", 4095, M),
    F("kin", 13, "4092.6m 山頂", 4092.6, M),
    F("kin", 16, "海拔四○九五米", 4095, M, vt="四○九五", step=1),
    F("kin", 1, "figure of 4,101 metres", 4101, M, basis="old"),
    F("kin", 2, "Mt. Kinabalu = 4,101M?", 4101, M, basis="old", vt="4,101M", step=1),
    F("kin", 2, "not 4,101m", 4101, M, basis="old"),
    F("kin", 3, "(4,101 m)", 4101, M, basis="old"),
    F("kin", 7, "often given as 4,101m", 4101, M, basis="old"),
    F("kin", 8, "4101米", 4101, M, basis="old"),
]
G("kin_summit_m", KIN, "Height of Low's Peak: 4,095.2 m seven times and its rounding 4,095 six times (businessweekly's 四○九五) against eggstudio's 4092.6; the pre-1997 figure 4,101 (five pages) on its own basis",
  "Mount Kinabalu (Low's Peak)", "height above sea level", "since the 1997 re-survey / undated",
  "4,095 is 4,095.2 rounded (rounding; on gosabahtravel's own page, rounding with consistent as alt); 4092.6 is neither (conflict). piglix, mysabah and wikitravel say the 4,101 m figure was the published height before the 1997 re-survey; the pages say the figure changed, so every 4,101 (also universalium's and zgbk's undated ones) is different_basis with conflict as alt.",
  ms, OTHER(ms, [15, 16, 17, 18, 19, 20]))

ms = [
    F("kin", 1, "(13,435 ft) above", 13435, FT),
    F("kin", 2, "(13,432.26 ft)", 13432.26, FT),
    F("kin", 6, "(13,435 feet)", 13435, FT),
    F("kin", 7, "13,435.7ft", 13435.7, FT),
    F("kin", 9, "(13,436英尺)", 13436, FT, nth=1),
    F("kin", 11, "(13,455尺)", 13455, FT),
    F("kin", 1, "(13,455 ft).", 13455, FT, basis="old"),
    F("kin", 2, "(13,455 ft)", 13455, FT, basis="old"),
    F("kin", 3, "rising to 13,455 feet", 13455, FT, basis="old"),
]
G("kin_summit_ft", KIN, "Height of Low's Peak in feet: 13,435 twice, 13,435.7, 13,436, 13,432.26 and gosabahtravel's 13,455 (beside its 4,095.2 m); the pre-1997 13,455 on its own basis",
  "Mount Kinabalu (Low's Peak)", "height above sea level, feet", "since the 1997 re-survey / undated",
  "13,436 is 13,435.7 rounded (rounding); 13,435 is not (13,435.7 rounds to 13,436: conflict); 13,432.26 and gosabahtravel's 13,455 disagree with every other current figure (conflict). The old 13,455 ft (4,101 m) is different_basis with conflict as alt; gosabahtravel's 13,455 against it is the same value (consistent).",
  ms, OTHER(ms, [7, 8, 9]))

ms = [
    F("kin", 4, "an elevation of 3,273m", 3273, M),
    F("kin", 7, "(3,272.7m above sea level)", 3272.7, M),
    F("kin", 13, "到達海拔 3200m 的旅館", 3200, M),
    F("kin", 16, "爬至三千二百米高的山屋", 3200, M, vt="三千二百", step=100),
]
G("kin_labanrata_m", KIN, "Altitude of the Laban Rata rest house: 3,273 m and 3,272.7 m against eggstudio's 3200 and businessweekly's 三千二百",
  "Laban Rata rest house, Mount Kinabalu", "altitude", "undated",
  "3,273 is 3,272.7 rounded (rounding); 3200 is neither (3,273 rounds to 3,300: conflict). eggstudio's 旅館 and businessweekly's 山屋 at 3200 m are read as the Laban Rata rest house where climbers spend the night (3200 against 3200: consistent).",
  ms)

ms = [
    F("kin", 3, "[754 square km]", 754, KM2),
    F("kin", 4, "some 754sq km", 754, KM2, q="approx"),
    F("kin", 5, "Spread over 754km²", 754, KM2),
    F("kin", 11, "佔地面積754平方公里", 754, KM2),
    F("kin", 15, "754 sg. km", 754, KM2),
]
G("kin_park_km2", KIN, "Area of Kinabalu Park: 754 km2 five times", "Kinabalu Park", "area", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("kin", 1, "between 5,000 and 6,000 species of plants", [5000, 6000], CNT, vt="5,000 and 6,000", step=1000, basis="plants"),
    F("kin", 4, "Over 5,000 types of flowering plants", 5000, CNT, q="over"),
    F("kin", 5, "5,000 flowering plants", 5000, CNT),
]
G("kin_plant_species", KIN, "Plant species: 'between 5,000 and 6,000' (all plants) and 5,000 flowering plants twice",
  "Kinabalu Park", "species of (flowering) plants", "undated",
  "'Over 5,000' holds 5,000 (consistent); all plants against flowering plants is a wider scope (different_basis; the range holds both, so no alt).",
  ms, OTHER(ms, [1]))

ms = [
    F("kin", 4, "1,200 species of orchids", 1200, CNT),
    F("kin", 5, "The 1,200 orchid species", 1200, CNT),
]
G("kin_orchids", KIN, "Orchid species: 1,200 twice", "Kinabalu Park", "orchid species", "undated", "The same figure (consistent).", ms)

ms = [
    F("kin", 4, "26 species of rhodendrons", 26, CNT),
    F("kin", 5, "26 rhododendrons", 26, CNT),
]
G("kin_rhododendrons", KIN, "Rhododendron species: 26 twice", "Kinabalu Park", "rhododendron species", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("kin", 4, "over 80 species of fig trees", 80, CNT, q="over"),
    F("kin", 5, "over 80 fig tree species", 80, CNT, q="over"),
]
G("kin_fig_species", KIN, "Fig tree species: 'over 80' twice", "Kinabalu Park", "fig tree species", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("kin", 4, "60 species of oak", 60, CNT),
    F("kin", 5, "more than 60 species of oak", 60, CNT, q="over"),
]
G("kin_oak_species", KIN, "Oak and chestnut species: 60 and 'more than 60'", "Kinabalu Park", "oak and chestnut species",
  "undated", "'More than 60' and 60 (consistent: the hedge is read as holding the round figure).", ms)

ms = [
    F("kin", 1, "more than 100 mammalian species", 100, CNT, q="over"),
    F("kin", 4, "About 100 species of mammals", 100, CNT, q="approx"),
]
G("kin_mammal_species", KIN, "Mammal species: 'more than 100' and 'about 100'", "Kinabalu Park", "mammal species",
  "undated", "Hedges that overlap (consistent).", ms)

ms = [
    F("kin", 1, "326 species of birds", 326, CNT),
    F("kin", 4, "326 species of birds", 326, CNT),
    F("kin", 5, "over 300 bird species", 300, CNT, q="over"),
]
G("kin_bird_species", KIN, "Bird species: 326 twice, 'over 300' holding it", "Kinabalu Park", "bird species", "undated",
  "'Over 300' holds 326 (consistent).", ms)

S("kin", 1, "some 6 metres (20 ft)", value=6, unit=M, q="approx")
S("kin", 1, "(20 ft) less", value=20, unit=FT, q="approx")
S("kin", 2, "After 10 years", value=10, unit=YR)
S("kin", 3, "0.5 miles (0.8 km)", value=0.5, unit=MI)
S("kin", 3, "(0.8 km) long", value=0.8, unit=KM)
S("kin", 3, "about 2,000 feet", value=2000, unit=FT, q="approx")
S("kin", 3, "(600 m).", value=600, unit=M, q="approx")
ms = [
    F("kin", 3, "(291 square miles", 291, MI2),
    F("kin", 15, "(300 sq.mile)", 300, MI2),
]
G("kin_park_mi2", KIN, "Area of Kinabalu Park in square miles: universalium's 291 against travelounges' 300", "Kinabalu Park",
  "area, square miles", "undated", "300 is 291 rounded to the hundred (rounding).", ms)
S("kin", 5, "from 600m to", value=600, unit=M)
S("kin", 5, "through 12 climate zones", value=12, unit=CNT)
S("kin", 5, "comprises 16 granite peaks", value=16, unit=CNT)
ms = [
    F("kin", 5, "6km up the", 6, KM),
    F("kin", 16, "前進六公里", 6, KM, vt="六", step=1),
]
G("kin_trail_to_hut_km", KIN, "Trail from the start to the overnight hut: 6 km twice", "the Summit Trail, Mount Kinabalu",
  "distance from the trailhead to the Laban Rata / Panar Laban huts", "undated", "The same figure (consistent).", ms)
S("kin", 5, "the 8.5km trail", value=8.5, unit=KM)
S("kin", 5, "having 2m-long stems", value=2, unit=M)
S("kin", 6, "about 5 millimeters per year", value=5, unit=MM, q="approx")
S("kin", 7, "some 80 km east", value=80, unit=KM, q="approx")
S("kin", 7, "from the age of 3", value=3, unit=YR)
S("kin", 7, "was 80 years old", value=80, unit=YR)
S("kin", 7, "the estimated 20,000 people", value=20000, unit="persons", q="approx")
S("kin", 7, "a comfortable 20-25°C", vt="20-25°C", value=[20, 25], unit="degree_Celsius")
S("kin", 9, "地形突起度4,095.2米", value=4095.2, unit=M)
S("kin", 9, "(13,436英尺)", vt="13,436", value=13436, unit=FT, nth=2)
S("kin", 11, "神山形成有 150 萬年的歷史", value=1.5e6, unit=YR)
S("kin", 13, "大約走多六百米", vt="六百", value=600, unit=M, q="approx")
NC("kin", 1, "the 20th most prominent", "ordinal")
NC("kin", 1, "In 1997, a re-survey", "date")
NC("kin", 2, "On 19 Aug 1997", "date")
NC("kin", 3, "from Tuaran in 1851", "date")
NC("kin", 5, "on 7 March 1851", "date")
NC("kin", 7, "most begin at 2:30AM", "time")
NC("kin", 9, "于1997年8月17日", "date")
NC("kin", 9, "[3]", "footnote_marker")
NC("kin", 9, "第20名", "ordinal")
ms = [
    F("kin", 4, "takes two to three days", [2, 3], "days", vt="two to three", step=1),
    F("kin", 7, "most climbers take two days", 2, "days", vt="two", step=1),
]
G("kin_climb_days", KIN, "Days for the climb: 'two to three days' and 'most climbers take two days'", "the climb of Mount Kinabalu",
  "days taken to climb and descend", "undated", "The range holds two (consistent).", ms)
S("kin", 4, "four climatic zones", vt="four", value=4, unit=CNT)
S("kin", 4, "two popular trails", vt="two", value=2, unit=CNT)
S("kin", 5, "nine pitcher plants", vt="nine", value=9, unit=CNT)
S("kin", 7, "in less than four hours", vt="four", value=4, unit="hours", q="under")
S("kin", 7, "every year one person", vt="one", value=1, unit="persons")
NC("kin", 13, "半夜二時", "time")
NC("kin", 16, "不過十年前", "date")
NC("kin", 16, "正式入山第一天", "ordinal")  # audit, as ulu-21's 第三天
NC("kin", 7, "hours of the second day", "ordinal")  # audit
S("kin", 15, "40 km (25 miles)", value=40, unit=KM)
S("kin", 15, "(25 miles)", value=25, unit=MI)
NC("kin", 15, "in 1964", "date")
S("kin", 16, "海拔一千八百米的登山口", vt="一千八百", value=1800, unit=M)

# ============================================================ Angel Falls
ms = [
    F("anf", 2, "with a height of 979 m", 979, M),
    F("anf", 2, "The height figure 979 m", 979, M),
    F("anf", 3, "nearly 1000 metres", 1000, M, q="under", step=100),
    F("anf", 3, "(979 metres) high", 979, M),
    F("anf", 4, "(979 meters)", 979, M),
    F("anf", 5, "(978 meter)", 978, M),
    F("anf", 6, "about 3230 meters", 3230, M, q="approx"),
    F("anf", 7, "a height of 979 meters", 979, M),
    F("anf", 8, "a total drop of 979 meters", 979, M),
    F("anf", 10, "落差达979,6米", 979.6, M, vt="979,6", step=0.1),
    F("anf", 11, "安赫尔瀑布落差979公尺", 979, M),
    F("anf", 11, "落差达979.6米", 979.6, M),
    F("anf", 12, "落差为979米", 979, M),
    F("anf", 13, "總落差979米", 979, M),
    F("anf", 14, "總落差是979公尺", 979, M),
    F("anf", 19, "落差达979米", 979, M),
    F("anf", 20, "The height figure, 979 m", 979, M),
    # audit: secretchina's '(Angel in 1933) 估測瀑布落差超過800公尺' (a single before): his estimate, another basis;
    # 'over 800' holds every figure, so these pairs are silent
    F("anf", 14, "超過800公尺", 800, M, q="over", basis="estimate1933"),
]
G("anf_height_m", ANF, "Total height of the falls: 979 m twelve times against 979.6 (aiqiwen's '979,6', ke263's 979.6 beside its own 979), rubeliba's 978 and aloha's 'about 3230 meters'; 'nearly 1000' holds 979; Jimmie Angel's 1933 estimate 'over 800' (secretchina) on a basis of its own",
  "Angel Falls", "total height (drop)", "undated",
  "979.6 rounds to 980, so 979 is not its rounding (conflict, also on ke263's own page); 978 against 979 and 979.6 (conflict); 'about 3230 meters' (surely feet, as written) disagrees with every figure (conflict); 'nearly 1000' (900-1000) holds 978-979.6 (consistent). secretchina's 'over 800' is Angel's 1933 estimate (different_basis; it holds every figure, so no alt).",
  ms, OTHER(ms, [18]))

ms = [
    F("anf", 2, "979 m (3,212 ft) and", 3212, FT),
    F("anf", 2, "979 m (3,212 ft) mostly", 3212, FT),
    F("anf", 4, "it plunges 3,212 feet", 3212, FT),
    F("anf", 5, "a total of 3,208 feet", 3208, FT),
    F("anf", 6, "At 3212 feet", 3212, FT),
    F("anf", 7, "(3212 feet)", 3212, FT),
    F("anf", 9, "at 3230-feet tall", 3230, FT),
    F("anf", 13, "(3212英尺)", 3212, FT),
    F("anf", 18, "a total drop of 3,212 feet", 3212, FT),
    F("anf", 20, "979 m (3,212 ft)", 3212, FT),
]
G("anf_height_ft", ANF, "Total height in feet: 3,212 eight times against rubeliba's 3,208 and techeblog's 3230",
  "Angel Falls", "total height (drop), feet", "undated",
  "3,208 and 3230 are neither 3,212 nor a rounding of it, nor of each other (conflict).", ms)

ms = [
    F("anf", 2, "a plunge of 807 m", 807, M),
    F("anf", 3, "largest single drop of 810 metres", 810, M),
    F("anf", 7, "fall around 807 meters", 807, M, q="approx"),
    F("anf", 8, "platform at 807 meters", 807, M),
    F("anf", 10, "先泻下807米", 807, M),
    F("anf", 12, "最高一级落差达807米", 807, M),
    F("anf", 13, "瀑布高807米", 807, M),
    F("anf", 14, "先落下大約807公尺", 807, M, q="approx"),
    F("anf", 15, "落差807米", 807, M),
]
G("anf_plunge_m", ANF, "The main (first) plunge: 807 m eight times against timesofindia's 'largest single drop of 810', its rounding",
  "Angel Falls", "height of the main single plunge", "undated",
  "810 is 807 rounded to the ten (rounding; against the two 'about 807' figures too, by the rounding rule for a coarser plain figure).",
  ms)

ms = [
    F("anf", 2, "(2,648 ft)", 2648, FT),
    F("anf", 7, "(2647 feet)", 2647, FT, q="approx"),  # audit: "fall around 807 meters (2647 feet)"
    F("anf", 13, "(2648英尺)", 2648, FT),
]
G("anf_plunge_ft", ANF, "The main plunge in feet: 2,648 twice against tourismplacesworld's 'around ... 2647'",
  "Angel Falls", "height of the main single plunge, feet", "undated", "'Around 2647' (2646.5-2647.5) against 2,648, same precision (conflict).", ms)

ms = [
    F("anf", 8, "a height of 172 meters", 172, M),
    F("anf", 10, "然后再跌落172米", 172, M),
    F("anf", 13, "丘倫河谷地172米", 172, M),
    F("anf", 14, "然後再下落172公尺", 172, M),
    F("anf", 15, "接着又下跌172米", 172, M),
]
G("anf_lower_drop_m", ANF, "The lower drop to the valley floor: 172 m five times", "Angel Falls",
  "height of the second (lower) drop", "undated", "The same figure (consistent).", ms)

ms = [
    F("anf", 4, "(150 meters) wide", 150, M, q="approx"),
    F("anf", 8, "150 meters wide", 150, M),
    F("anf", 11, "底宽150公尺", 150, M),
    F("anf", 12, "宽约150米", 150, M, q="approx"),
    F("anf", 13, "寬150米", 150, M),
    F("anf", 14, "寬150公尺", 150, M),
]
G("anf_width_m", ANF, "Width of the falls: 150 m six times", "Angel Falls", "width", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("anf", 10, "宽152米的大水池", 152, M),
    F("anf", 14, "150公尺寬的大水池", 150, M),
]
G("anf_pool_m", ANF, "Width of the pool at the foot: aiqiwen's 152 m against secretchina's 150", "Angel Falls",
  "width of the pool at the foot", "undated", "150 is 152 rounded to the ten (rounding).", ms)

ms = [
    F("anf", 4, "About 20 times higher", 20, TIMES, q="approx"),
    F("anf", 9, "full 15 times higher", 15, TIMES),
    F("anf", 10, "大约是尼亚加拉瀑布髙度的18倍", 18, TIMES, q="approx"),  # audit: hedge 大约 added
    F("anf", 11, "大约是尼亚加拉瀑布高度的18倍", 18, TIMES, q="approx"),  # audit: hedge 大约 added
]
G("anf_times_niagara", ANF, "Height as a multiple of Niagara Falls': 'about 20', 15 and 大约18 twice", "Angel Falls",
  "height relative to Niagara Falls", "undated",
  "15 against 18 (conflict); 'about 20' holds 18 (consistent) but not 15 (conflict, set by hand: the kit's range touches 15).",
  ms, P(1, 2, C))

ms = [
    F("anf", 2, "about 400 m (0.25 mi)", 400, M, q="approx"),
    F("anf", 20, "about 400 metres", 400, M, q="approx"),
]
G("anf_cascades_m", ANF, "Sloped cascades and rapids below the drop: about 400 m twice", "Angel Falls",
  "length of the sloped cascades below the main drop", "undated", "The same figure (consistent).", ms)
ms = [
    F("anf", 2, "a 30 m (98 ft)", 30, M),
    F("anf", 20, "a 30-metre-high", 30, M),
]
G("anf_talus_plunge_m", ANF, "The plunge below the talus rapids: 30 m twice", "Angel Falls",
  "height of the plunge downstream of the talus rapids", "undated", "The same figure (consistent).", ms)
ms = [
    F("anf", 2, "(98 ft)", 98, FT),
    F("anf", 20, "(100 ft)", 100, FT),
]
G("anf_talus_plunge_ft", ANF, "The plunge below the talus rapids in feet: sabapaindo's 98 against secotomag's 100", "Angel Falls",
  "height of the plunge downstream of the talus rapids, feet", "undated", "100 is 98 rounded (rounding).", ms)
S("anf", 2, "(0.25 mi)", value=0.25, unit=MI, q="approx")
S("anf", 20, "(1,300 ft)", value=1300, unit=FT, q="approx")
S("anf", 4, "about 500 feet", value=500, unit=FT, q="approx")
S("anf", 5, "11 days to descend", value=11, unit="days")
S("anf", 9, "“2.5 times as tall", value=2.5, unit=TIMES)
S("anf", 14, "高度的兩倍", vt="兩", value=2, unit=TIMES, q="under")
NC("anf", 3, "discovered them in 1937", "date")
NC("anf", 3, "got here in 1910", "date")
NC("anf", 4, "the early 1930s", "date")
NC("anf", 5, "the falls in 1933", "date")
NC("anf", 5, "a return trip in 1937", "date")
NC("anf", 11, "世界十二大瀑布之一", "rank")
NC("anf", 14, "臺北101摩天樓", "name")
NC("anf", 14, "1933年安赫爾", "date")
ms = [
    F("anf", 8, "divided into two levels", 2, CNT, vt="two", step=1),
    F("anf", 10, "瀑布分为两级", 2, CNT, vt="两", step=1),
    F("anf", 13, "瀑布分為兩級", 2, CNT, vt="兩", step=1),
]
G("anf_tiers", ANF, "Tiers of the falls: two, three times", "Angel Falls", "number of tiers (drops)", "undated",
  "The same figure (consistent).", ms)
S("anf", 3, "at least twice", vt="twice", value=2, unit=TIMES, q="at_least")
NC("anf", 18, "in the 1030's", "date")
S("anf", 18, "2 years after", value=2, unit=YR)
S("anf", 18, "is 1,250 feet high", value=1250, unit=FT)
S("anf", 19, "地面以下60多米", value=60, unit=M, q="over")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh51.toml", "corpus-fresh51")
