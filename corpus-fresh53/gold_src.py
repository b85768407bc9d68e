"""Hand annotation of corpus-fresh53, written as data; emits gold.d/fresh53.toml (then run
corpus/check_gold.py --dir corpus-fresh53 --build).

Three domains: the Mogao Caves of Dunhuang (caves 735 against 750, the 492 caves with art on a basis of their own;
murals 45,000 m2; clay sculptures 2,415 against 二千四百, 2454 and more than 3,000; `mgc-*`), Mount Huangshan
(Lotus Peak 1,864 m against 1864.8, 1873 and 1860; Bright Summit 1860 against 1,840; Tiandu 1840 / 1,829 / 1810; area
1,200 against about 250 km2; scenic area 154 against 160.6 km2; `hsm-*`) and the Gobi Desert (area 1,295,000 /
1,300,000 / about 1.3 million against 1,000,000 km2; 500,000 against 500,002 square miles; length over 1,600 / 1,609
against 1,500 km, 1,000 against 930 miles; 3,600 km2 a year, 1,390 against 1,400 square miles; `gob-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a correct rounding, or two of the
same precision that disagree, is conflict; a hedge that holds the other figure is consistent), extended as fresh47-52
do to ranges, and with fresh50-52's hand rule (a coarser plain figure that rounds an 'about' figure it does not hold
is rounding). Values as written: 万/萬 = 1e4.

Second reader's audit (notes/audit.md): gzjll's 492 (南区, beside its own 735) is different_basis with no alt against the
735s / 750; 94hnr's 五、六万件 joins the Library Cave group; iiiff's (129.5万公里) carries its 约; new non-claims 唐天宝六年,
hsm-12's 第二高峰, hsm-10's 第一高峰, gob-06's "Asia's second largest"; new claim single "over one-fifth of Mongolia";
description counts corrected (murals fourteen times, 25 km twice, 500,000 square miles seven times).
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
    """goldkit's auto, extended to ranges as fresh47-52 (two intervals that overlap are consistent, otherwise
    conflict), and with fresh50-52's hand rule: a plain figure coarser than an 'about' figure, which the 'about'
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

MGC, HSM, GOB = "mogao-caves", "huangshan", "gobi-desert"
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


# ============================================================ Mogao Caves
ms = [
    F("mgc", 1, "consists of 750 caves", 750, CNT, basis="all"),
    F("mgc", 2, "including 735 caves", 735, CNT, basis="all"),
    F("mgc", 3, "in 735 cliff caves", 735, CNT, basis="all"),
    F("mgc", 4, "With 735 caves", 735, CNT, basis="all"),
    F("mgc", 5, "There are 735 caves", 735, CNT, basis="all"),
    F("mgc", 7, "现存洞窟735个", 735, CNT, basis="all"),
    F("mgc", 10, "现有洞窟735个", 735, CNT, basis="all"),
    F("mgc", 10, "The existing caves are 735", 735, CNT, basis="all"),
    F("mgc", 11, "有洞窟735個", 735, CNT, basis="all"),
    F("mgc", 11, "It has 735 caves", 735, CNT, basis="all"),
    F("mgc", 12, "現(xiàn)有洞窟735個", 735, CNT, basis="all"),
    F("mgc", 1, "over 490 of them with mural paintings", 490, CNT, basis="art", q="over"),
    F("mgc", 6, "洞窟数目达到492个", 492, CNT, basis="art"),
    F("mgc", 7, "现存492个洞窟", 492, CNT, basis="art"),
    F("mgc", 8, "现存洞窟四百九十二个", 492, CNT, basis="art", vt="四百九十二", step=1),
    F("mgc", 9, "现存洞窟492个", 492, CNT, basis="art"),
]
G("mgc_caves", MGC, "Number of caves: 735 ten times against mytheast's 750; the 492 caves with art (the southern area) on a basis of their own",
  "Mogao Caves", "number of caves", "undated",
  "750 against 735 (735 rounds to 740, not 750): conflict. 492 is the count of the caves that hold murals and statues "
  "(gzjll: the southern area's 492 of the 735; mytheast: 'over 490 of them with mural paintings'); the pages that give "
  "492 as the number of caves are read as giving that count, a basis of its own: against 735 / 750 different_basis with "
  "conflict as alt. 'over 490' holds 492 (consistent). Audit: gzjll's own 492 is the southern area's count beside its "
  "735 for the whole site (南区...现存492个洞窟): against the 735s and 750 plainly different_basis, with no alt (no reader "
  "would call a part against the whole a conflict).",
  ms, OTHER(ms, list(range(12, 17))), A(D, [14], list(range(1, 12))))

ms = [
    F("mgc", 1, "about 45,000 square meters of murals", 45000, M2, q="approx"),
    F("mgc", 2, "with 45,000 square meters of murals", 45000, M2),
    F("mgc", 3, "boast 45,000 square meters", 45000, M2),
    F("mgc", 4, "45,000 square meters of murals", 45000, M2),
    F("mgc", 5, "45,000 square meters of murals", 45000, M2),
    F("mgc", 6, "壁画总面积为45000平方米", 45000, M2),
    F("mgc", 7, "壁画4.5万平方米", 45000, M2),
    F("mgc", 8, "壁画总面积4.5万平方米", 45000, M2),
    F("mgc", 9, "壁画45000平方米", 45000, M2),
    F("mgc", 10, "壁画4.5万平方米", 45000, M2),
    F("mgc", 10, "murals of 45,000 square meters", 45000, M2),
    F("mgc", 11, "壁畫4.5萬平方米", 45000, M2),
    F("mgc", 11, "45000 square meters of murals", 45000, M2),
    F("mgc", 12, "壁畫4.5萬平方米", 45000, M2),
]
G("mgc_murals_m2", MGC, "Area of the murals: 45,000 m2 / 4.5万, fourteen times", "Mogao Caves", "total area of the murals",
  "undated", "Consistent.", ms)
S("mgc", 7, "莫高窟总面积约4.5万平方米", value=45000, unit=M2, q="approx")

ms = [
    F("mgc", 1, "more than 2,000 painted sculptures", 2000, CNT, q="over"),
    F("mgc", 2, "2,415 clay painted sculptures", 2415, CNT),
    F("mgc", 3, "more than 3,000 sculptures", 3000, CNT, q="over"),
    F("mgc", 4, "2,415 colorful clay sculptures", 2415, CNT),
    F("mgc", 5, "containing 2415 clay sculptures", 2415, CNT),
    F("mgc", 6, "塑像2000尊以上", 2000, CNT, q="over"),
    F("mgc", 7, "彩塑2415尊", 2415, CNT),
    F("mgc", 8, "彩塑二千四百身", 2400, CNT, vt="二千四百", step=100),
    F("mgc", 9, "彩塑2400余身", 2400, CNT, q="over"),
    F("mgc", 10, "泥质彩塑2415尊", 2415, CNT),
    F("mgc", 10, "mud Quality 2454 plastic sculpture", 2454, CNT),
    F("mgc", 11, "泥質彩塑2415尊", 2415, CNT),
    F("mgc", 11, "2415 clay colored sculptures", 2415, CNT),
    F("mgc", 12, "泥質(zhì)彩塑2415尊", 2415, CNT),
]
G("mgc_sculptures", MGC, "Painted (clay) sculptures: 2,415 eight times against 二千四百 (a rounding), soolun's English 2454 and chinadaily's 'more than 3,000'; 'more than 2,000' twice and 2400余 hold the 2,415",
  "Mogao Caves", "number of painted clay sculptures", "undated",
  "二千四百 (read at the hundred) rounds 2,415 (rounding) but not 2454 (conflict); 2454 against 2,415 conflict (also "
  "inside soolun's page, Chinese against English); 'more than 3,000' holds none of 2,415 / 2,400 / "
  "2454 (conflict) and agrees with 'more than 2,000'. 2400余 is read as '2,400-odd' (2,400-2,499, "
  "as the fresh52 audit read 1600多): it holds 2,415 and 2454 and is, by hand, in conflict with 'more "
  "than 3,000'.",
  ms, A(C, [9], [3]))

ms = [
    F("mgc", 9, "南北长约1600米", 1600, M, q="approx"),
    F("mgc", 12, "南北長(zhǎng)約1600多米", 1600, M, q="over"),
]
G("mgc_length_m", MGC, "Length of the cliff north to south in metres: 约1600 and 约1600多", "Mogao Caves",
  "length of the cave cliff north to south", "undated", "Consistent (the hedges overlap).", ms)
S("mgc", 7, "南北长约1.6公里", value=1.6, unit=KM, q="approx")
ms = [
    F("mgc", 8, "东南25千米", 25, KM),
    F("mgc", 9, "东南25公里", 25, KM),
]
G("mgc_from_dunhuang_km", MGC, "Distance south-east of Dunhuang: 25 km twice", "Mogao Caves",
  "distance from the city of Dunhuang", "undated", "Consistent.", ms)
ms = [
    F("mgc", 3, "more than 50,000 sutras", 50000, CNT, q="over"),
    F("mgc", 5, "More than 50,000 pieces", 50000, CNT, q="over"),
    F("mgc", 9, "文书和文物五、六万件", [50000, 60000], CNT, vt="五、六万", step=10000),
]
G("mgc_library_items", MGC, "Items found in the Library Cave: more than 50,000 twice and 94hnr's 五、六万 (50,000-60,000)", "Mogao Caves",
  "number of manuscripts and relics found in the Library Cave", "undated",
  "Consistent (the range 50,000-60,000 meets 'more than 50,000'). Audit: 94hnr's 五、六万件 (藏经洞 ... 洞内藏有 ... 写经、文书和文物) "
  "counts the same finds; it was a single.", ms)
ms = [
    F("mgc", 1, "on five levels", 5, CNT, vt="five", step=1),
    F("mgc", 9, "上下五层", 5, CNT, vt="五", step=1),
    F("mgc", 12, "上下排列五層", 5, CNT, vt="五", step=1),
]
G("mgc_levels", MGC, "Levels of caves in the cliff: five, three times", "Mogao Caves", "number of levels (tiers) of caves",
  "undated", "Consistent.", ms)
ms = [
    F("mgc", 6, "高达33米的坐像", 33, M),
    F("mgc", 6, "其中最大者33米", 33, M),
]
G("mgc_largest_statue_m", MGC, "The largest statue: 33 m, twice on how234", "Mogao Caves", "height of the largest statue",
  "undated", "Consistent.", ms)
S("mgc", 6, "最小者仅10厘米", value=10, unit="centimeter")
S("mgc", 6, "就有30公里长", value=30, unit=KM)
S("mgc", 7, "最大的洞窟高40多米", value=40, unit=M, q="over")
S("mgc", 7, "最小的仅1米见方", value=1, unit=M)
S("mgc", 7, "距地面30多米", value=30, unit=M, q="over")
S("mgc", 9, "飞天4000余身", value=4000, unit=CNT, q="over")
S("mgc", 9, "唐宋木结构建筑5座", value=5, unit=CNT)
NC("mgc", 1, "In 1987", "date")
NC("mgc", 2, "(338-385)", "date")
NC("mgc", 2, "the 16 kingdoms", "name")
NC("mgc", 2, "UNESCO in 1987", "date")
NC("mgc", 4, "In December 1987", "date")
NC("mgc", 5, "Sites in 1987", "date")
NC("mgc", 5, "one of the four famous sculptural sites", "rank")
NC("mgc", 6, "1、莫高窟", "list_number")
NC("mgc", 6, "2、洞窟", "list_number")
NC("mgc", 6, "3、壁画", "list_number")
NC("mgc", 6, "4、环顾", "list_number")
NC("mgc", 8, "公元366年", "date")
NC("mgc", 8, "中国三大石窟群", "rank")
NC("mgc", 9, "4、精美", "list_number")
NC("mgc", 9, "始凿于366年", "date")
NC("mgc", 9, "第17洞", "name")
NC("mgc", 9, "4─10世纪", "date")
NC("mgc", 10, "1987年", "date")
NC("mgc", 10, "of the 16 countries", "name")
NC("mgc", 10, "In 1987, it was listed", "date")
NC("mgc", 11, "地。 [1]", "footnote_marker")
NC("mgc", 11, "1961年,莫高窟1987年", "date")
NC("mgc", 11, "[1] In", "footnote_marker")
NC("mgc", 11, "1961, Mogao", "date")
NC("mgc", 11, "heritage in 1987", "date")
NC("mgc", 12, "四大石窟之一", "rank")
NC("mgc", 10, "of 16 dynasties", "name")
NC("hsm", 12, "所謂三十六峰者", "name")

# ============================================================ Huangshan
ms = [
    F("hsm", 1, "Lotus Flower Peak at 1864", 1864, M),
    F("hsm", 2, "Located at 1,864 meters", 1864, M),
    F("hsm", 3, "Lotus Peak locates at 1,864 meters", 1864, M),
    F("hsm", 4, "Lian Hua Feng, 1,864 m", 1864, M),
    F("hsm", 5, "rises 1,864 km above sea level", 1864, M),
    F("hsm", 6, "(1,864 meters)", 1864, M),
    F("hsm", 9, "海拔1864.8米", 1864.8, M),
    F("hsm", 10, "海拔1873米", 1873, M),
    F("hsm", 11, "海拔1860米", 1860, M),
    F("hsm", 12, "其中蓮花峰最高,海拔1864米", 1864, M),
    F("hsm", 13, "海拔1864米", 1864, M),
    F("hsm", 15, "Located at 1,864 meters", 1864, M),
]
G("hsm_lotus_height_m", HSM, "Height of Lotus Peak, the highest: 1,864 m nine times against wulaqu's 1864.8, shijiwenxue's 1873 and lovepic18's 1860",
  "Huangshan (Lotus Peak)", "height of Lotus Peak above sea level", "undated",
  "1864.8 is not held by 1,864 (it rounds to 1,865): conflict; 1873 against all: conflict; the bare 1860 (read at the "
  "ten) rounds 1,864 and 1864.8 (rounding) but not 1873 (conflict). math.ustc's '1,864 km' (a unit slip) is read as "
  "metres.",
  ms)
S("hsm", 6, "6,106 feet", value=6106, unit=FT)
ms = [
    F("hsm", 1, "1860 meters and Tian Du Feng", 1860, M),
    F("hsm", 4, "Guang Ming Ding, 1,840 m", 1840, M),
    F("hsm", 9, "光明顶(1860米)", 1860, M),
    F("hsm", 12, "在黃山中部,海拔1860米", 1860, M),
    F("hsm", 16, "海拔1841米", 1841, M),
]
G("hsm_guangming_height_m", HSM, "Height of Bright Summit (Guangming Ding): 1860 three times against eteacherchinese's 1,840 and haohaolvyou's 1841",
  "Huangshan (Bright Summit)", "height of Bright Summit above sea level", "undated",
  "1,840 and 1841 against 1860: conflict; the bare 1,840 (read at the ten) rounds 1841 (rounding).", ms)
ms = [
    F("hsm", 1, "1840 meters respectively", 1840, M),
    F("hsm", 4, "Capital of Heaven Peak, 1,829 m", 1829, M),
    F("hsm", 9, "天都峰(1810米)", 1810, M),
    F("hsm", 16, "天都峰海拔1829.5米", 1829.5, M),
    F("hsm", 17, "海拔1810米", 1810, M),
    F("hsm", 17, "海拔1829.5米", 1829.5, M),
]
G("hsm_tiandu_height_m", HSM, "Height of Celestial Capital Peak (Tiandu): 1840, 1,829, 1810 twice and 1829.5 twice (phb7 gives both 1810 and 1829.5)", "Huangshan (Tiandu Peak)",
  "height of Tiandu Peak above sea level", "undated",
  "1,829 is not 1840 nor 1810 rounded (1,829 rounds to 1,830): conflict; 1840 against 1810: conflict; 1829.5 against all but itself: conflict (1829.5 rounds to 1,830, so 1,829 is not its rounding: set by hand, the kit's half-step range touches it); phb7's 1810 against its own 1829.5: conflict inside one page.", ms, A(C, [2], [4, 6]))
S("hsm", 17, "直线相距1150米", value=1150, unit=M)
NC("hsm", 17, "东南133°", "coordinates")
NC("hsm", 17, "1、天都峰", "list_number")
NC("hsm", 17, "2、天都峰", "list_number")
NC("hsm", 17, "为36大峰之一", "rank", nth=1)
NC("hsm", 17, "为36大峰之一", "rank", nth=2)
NC("hsm", 17, "列为黄山第三高峰", "rank")
NC("hsm", 16, "为黄山第二高峰", "rank")
NC("hsm", 16, "列为黄山第三高峰", "rank")
NC("hsm", 12, "為黃山第二高峰", "rank")  # audit: the same rank phrase as haohaolvyou's, keyed there
NC("hsm", 10, "黄山第一高峰", "rank")  # audit

ms = [
    F("hsm", 1, "about 250 square kilometers", 250, KM2, q="approx"),
    F("hsm", 2, "an area of 1,200 square kilometers", 1200, KM2),
    F("hsm", 3, "an area of 1,200 square kilometers", 1200, KM2),
    F("hsm", 4, "an area of 1200 square kilometers", 1200, KM2),
    F("hsm", 5, "about 1,200 square km", 1200, KM2, q="approx"),
    F("hsm", 8, "面积1200平方公里", 1200, KM2),
    F("hsm", 11, "面積約1200平方公里", 1200, KM2, q="approx"),
    F("hsm", 12, "總面積1200平方公里", 1200, KM2),
    F("hsm", 13, "山脈面積1200平方千米", 1200, KM2),
    F("hsm", 15, "an area of 1,200 square kilometers", 1200, KM2),
]
G("hsm_area_km2", HSM, "Area of the Huangshan mountains: 1,200 km2 nine times against hstoday's 'about 250'",
  "Huangshan", "area of the mountain (the whole range)", "undated",
  "'About 250' holds none of the 1,200s: conflict. lovepic18 calls its 約1200 the 風景區 (scenic area) but gives the "
  "whole range's figure; keyed here (its scenic-area label is a slip against the 154 / 160.6 km2 scenic area).",
  ms)
ms = [
    F("hsm", 4, "occupy 154 square kilometers", 154, KM2),
    F("hsm", 5, "occupy 154 square km", 154, KM2),
    F("hsm", 8, "黄山风景区的154平方公里", 154, KM2),
    F("hsm", 12, "風(fēng)景名勝區(qū)為154平方公里", 154, KM2),
    F("hsm", 13, "面積約160.6平方千米", 160.6, KM2, q="approx"),
    F("hsm", 14, "黃山風景區面積160.6平方千米", 160.6, KM2),
]
G("hsm_scenic_area_km2", HSM, "The scenic area (core): 154 km2 four times against 160.6 twice", "Huangshan",
  "area of the Huangshan Scenic Area (the core)", "undated",
  "154 against 160.6 (and 約160.6): conflict. (The scenic area may have been enlarged; no page says so.)", ms)
ms = [
    F("hsm", 1, "of which seventy-two", 72, CNT, vt="seventy-two", step=1),
    F("hsm", 8, "有名可数的72峰", 72, CNT),
    F("hsm", 11, "共有72峰", 72, CNT),
]
G("hsm_named_peaks", HSM, "Named peaks: 72 three times", "Huangshan", "number of named peaks", "undated", "Consistent.", ms)
S("hsm", 11, "小峰各為36個", value=36, unit=CNT)
ms = [
    F("hsm", 4, "77 peaks are", 77, CNT),
    F("hsm", 7, "(77 exceed", 77, CNT),
]
G("hsm_peaks_over_1000", HSM, "Peaks over 1,000 m: 77 twice", "Huangshan", "number of peaks higher than 1,000 m", "undated",
  "Consistent.", ms)
ms = [
    F("hsm", 4, "more than 1,000 meters above", 1000, M, q="over"),
    F("hsm", 7, "altitude of 1,000m", 1000, M),
]
G("hsm_peak_threshold_m", HSM, "The height threshold of that count: 1,000 m twice", "Huangshan", "height threshold of the peak count",
  "undated", "Consistent (same value).", ms)
ms = [
    F("hsm", 2, "nearly 3 million visitors", 3e6, PERS, q="under"),
    F("hsm", 3, "nearly 3 million visitors", 3e6, PERS, q="under"),
    F("hsm", 15, "nearly 3 million visitors", 3e6, PERS, q="under"),
]
G("hsm_visitors", HSM, "Visitors a year in recent years: nearly 3 million three times", "Huangshan",
  "visitors per year (average of recent years, as of 2019)", "2019", "Consistent.", ms)
ms = [
    F("hsm", 2, "after five years", 5, YR, vt="five", step=1),
    F("hsm", 3, "after closing for five years", 5, YR, vt="five", step=1),
    F("hsm", 15, "after closing for five years", 5, YR, vt="five", step=1),
]
G("hsm_lotus_closure_years", HSM, "Lotus Peak closed for five years before 2019, three times", "Huangshan (Lotus Peak)",
  "length of Lotus Peak's closure before March 2019", "2014-2019", "Consistent.", ms)
ms = [
    F("hsm", 4, "spans 40 kilometers from south to north", 40, KM),
    F("hsm", 13, "南北長約40千米", 40, KM, q="approx"),
]
G("hsm_ns_km", HSM, "North-south extent: 40 km twice", "Huangshan", "extent north to south", "undated", "Consistent.", ms)
ms = [
    F("hsm", 4, "30 kilometers from east to west", 30, KM),
    F("hsm", 13, "東西寬約30千米", 30, KM, q="approx"),
]
G("hsm_ew_km", HSM, "East-west extent: 30 km twice", "Huangshan", "extent east to west", "undated", "Consistent.", ms)
ms = [
    F("hsm", 8, "海拔高度皆在一千八百米以上", 1800, M, q="over", vt="一千八百", step=100),
    F("hsm", 11, "海拔皆在1800米以上", 1800, M, q="over"),
]
G("hsm_main_peaks_over_m", HSM, "The three main peaks are all over 1,800 m: twice", "Huangshan (three main peaks)",
  "height all three main peaks exceed", "undated", "Consistent.", ms)
S("hsm", 8, "登上一千八百多米的高处", vt="一千八百", value=1800, unit=M, q="over")
S("hsm", 8, "五百里黄山", vt="五百", value=500, unit="li")
S("hsm", 12, "僅需2小時", value=2, unit="hours")
S("hsm", 12, "三條觀光索道", vt="三", value=3, unit=CNT)
S("hsm", 14, "九個管理區", vt="九", value=9, unit=CNT)
S("hsm", 14, "包括200多個大小景點", value=200, unit=CNT, q="over")
S("hsm", 10, "长1公里余", value=1, unit=KM, q="over")
NC("hsm", 1, "(221-206 B.C.)", "date")
NC("hsm", 1, "In 747 of", "date")
NC("hsm", 1, "(618-917A.D.)", "date")
NC("hsm", 2, "in 1987", "date")
NC("hsm", 3, "since March 20th", "date")
NC("hsm", 3, "Since April, 2014", "date")
NC("hsm", 4, "about 100 million years ago", "relative_date")
NC("hsm", 7, "the No. 1 Mountain", "rank")
NC("hsm", 7, "Heritages in 1990", "date")
NC("hsm", 7, "one of Chinas ten best-known scenic spots", "rank")
NC("hsm", 8, "(公元747年)", "date")
NC("hsm", 8, "唐天宝六年", "date")  # audit: the reign-year date beside (公元747年), not six years
NC("hsm", 9, "一、黄山", "list_number")
NC("hsm", 11, "黃山於1990年", "date")
NC("hsm", 12, "1985年", "date")
NC("hsm", 12, "入選中國十大風(fēng)景名勝", "rank")
NC("hsm", 13, "中華十大名山之一", "rank")
NC("hsm", 13, "1990年12月12日", "date")
NC("hsm", 13, "中國十大風景名勝古跡", "rank")
NC("hsm", 15, "March 19", "date")
NC("hsm", 15, "in 1987", "date")

# ============================================================ Gobi Desert
ms = [
    F("gob", 5, "(1,300,000 sq km)", 1300000, KM2),
    F("gob", 7, "1,000,000 square kilometers", 1000000, KM2),
    F("gob", 8, "Area: 1,295,000 km²", 1295000, KM2),
    F("gob", 10, "1,295,000 km2", 1295000, KM2),
    F("gob", 11, "about 1.3 million square kilometers", 1.3e6, KM2, q="approx"),
    F("gob", 13, "(129.5万公里)", 1295000, KM2, q="approx"),
    F("gob", 15, "(1,700,000 km2)", 1.7e6, KM2, q="under"),
    F("gob", 16, "a massive 1,295,000 square kilometers", 1295000, KM2),
    F("gob", 17, "approximately 1.3 million square kilometers", 1.3e6, KM2, q="approx"),
    F("gob", 18, "Square Kilometers (km²) 1,300,000", 1.3e6, KM2, q="approx"),
]
G("gob_area_km2", GOB, "Area of the Gobi in km2: 1,295,000 three times and iiiff's 约129.5万, 1,300,000 and about 1.3 million against insidermonkey's 1,000,000 and largestandbiggest's 'nearly 1,700,000'",
  "Gobi Desert", "area of the desert", "undated",
  "1,300,000 (read at the hundred thousand) rounds 1,295,000 (rounding); 'about 1.3 million' holds it (consistent). "
  "insidermonkey's 1,000,000 is a figure of its own (the size column of a ranked list), not 1.3 million rounded: "
  "conflict with all, set by hand (the kit's trailing-zero reading would make it a rounding of 1,295,000 and 1.3 "
  "million). largestandbiggest's '(1,700,000 km2)' carries the 'nearly' of its square-mile figure (1.53-1.7 million): conflict with all. visualfoodie's table heads its column 'Approximate Size' (about 1.3 million). iiiff's '129.5万公里' (unit as written, no 平方) is read as km2; it carries the 约 of '总面积约500,1000平方英里' (audit; no verdict changes).",
  ms, A(C, [2], [1, 3, 4, 5, 6, 7, 8, 9, 10]))
ms = [
    F("gob", 5, "500,000 sq mi", 500000, MI2),
    F("gob", 8, "(500,000 sq mi)", 500000, MI2),
    F("gob", 9, "an area of 500,000 square miles", 500000, MI2),
    F("gob", 10, "(500,002 sq mi)", 500002, MI2),
    F("gob", 12, "covering 500,000 square miles", 500000, MI2),
    F("gob", 14, "over 500,000 square miles", 500000, MI2, q="over"),
    F("gob", 15, "nearly 643,000 square miles", 643000, MI2, q="under"),
    F("gob", 17, "(500,000 square miles)", 500000, MI2, q="approx"),
    F("gob", 18, "covers approximately 500,000 square miles", 500000, MI2, q="approx"),
    F("gob", 18, "Square Miles (sq mi) 500,000", 500000, MI2, q="approx"),
]
G("gob_area_mi2", GOB, "Area in square miles: 500,000 seven times (three 'approximately'), 'over 500,000' and vinthanijalu's 500,002 against largestandbiggest's 'nearly 643,000'",
  "Gobi Desert", "area of the desert, square miles", "undated",
  "500,000 rounds 500,002 (rounding); 'over 500,000' and 'approximately 500,000' hold 500,002 (consistent). 'Nearly 643,000' (read as 578,700-643,000) holds none of the 500,000s (conflict) but meets 'over 500,000' (consistent).", ms)
S("gob", 13, "500,1000平方英里", vt="500,1000", value=5001000, unit=MI2, q="approx")
S("gob", 15, "covers over one-fifth of Mongolia", vt="one-fifth", value=20, unit="percent", q="over")  # audit: a share, as fresh51 keyed 三分之二
ms = [
    F("gob", 3, "over 1600km from southwest", 1600, KM, q="over"),
    F("gob", 5, "(1,609 km) long", 1609, KM),
    F("gob", 6, "over 1,600 km", 1600, KM, q="over"),
    F("gob", 8, "Length: 1,500 km", 1500, KM),
    F("gob", 10, "over 1,610 km", 1610, KM, q="over"),
]
G("gob_length_km", GOB, "Length of the Gobi in km: over 1,600 twice, 1,609 and over 1,610 against the Bing card's 1,500",
  "Gobi Desert", "length of the desert (southwest to northeast)", "undated",
  "1,500 (read at the hundred) is not held by the others: conflict. 'over 1,610' and 1,609 are both 1,000 miles "
  "converted: consistent, set by hand (the kit would call the plain 1,609 below 'over 1,610' a conflict).",
  ms, P(2, 5, K))
ms = [
    F("gob", 5, "land 1,000 mi", 1000, MI),
    F("gob", 6, "(1,000 mi) from", 1000, MI, q="over"),
    F("gob", 8, "(930 mi)", 930, MI),
    F("gob", 10, "(1,000 mi) from", 1000, MI, q="over"),
]
G("gob_length_mi", GOB, "Length in miles: 1,000 three times against 930", "Gobi Desert",
  "length of the desert, miles", "undated",
  "930 (1,500 km converted) against 1,000 (1,609 km): conflict, set by hand (the kit's trailing-zero reading would make "
  "1,000 a rounding of 930).", ms, A(C, [3], [1, 2, 4]))
ms = [
    F("gob", 3, "800km from north to south", 800, KM),
    F("gob", 5, "(500–1,000 km) wide", [500, 1000], KM, vt="500–1,000", step=100),
    F("gob", 6, "and 800 km", 800, KM),
    F("gob", 8, "Width: 800 km", 800, KM),
    F("gob", 10, "and 800 km", 800, KM),
]
G("gob_width_km", GOB, "Width north to south: 800 km four times, Britannica's 500-1,000 holding it", "Gobi Desert",
  "width of the desert", "undated", "Consistent (the range holds 800).", ms)
ms = [
    F("gob", 5, "300–600 mi", [300, 600], MI, vt="300–600", step=100),
    F("gob", 6, "(500 mi) from north", 500, MI),
    F("gob", 8, "(500 mi)", 500, MI),
    F("gob", 10, "(500 mi) from north", 500, MI),
]
G("gob_width_mi", GOB, "Width in miles: 500 three times, Britannica's 300-600 holding it", "Gobi Desert",
  "width of the desert, miles", "undated", "Consistent.", ms)
ms = [
    F("gob", 1, "about 3600 km²", 3600, KM2, q="approx"),
    F("gob", 2, "seen 3,600 km2", 3600, KM2),
    F("gob", 3, "3,600 km2", 3600, KM2),
    F("gob", 4, "over 3,600 square kilometres", 3600, KM2, q="over"),
]
G("gob_growth_km2", GOB, "Grassland the Gobi takes each year: 3,600 km2 four times", "Gobi Desert",
  "area of grassland lost to the desert each year", "undated", "Consistent.", ms)
ms = [
    F("gob", 1, "(1390 sq mi)", 1390, MI2, q="approx"),
    F("gob", 2, "(1,390 sq mi)", 1390, MI2),
    F("gob", 4, "(1,400 square miles)", 1400, MI2),
]
G("gob_growth_mi2", GOB, "The same in square miles: 1,390 twice against askvity's 1,400", "Gobi Desert",
  "area of grassland lost to the desert each year, square miles", "undated",
  "1,400 (read at the hundred) rounds 1,390: rounding (factinformer's 1390 carries the 'about' of its km2 figure).", ms)
ms = [
    F("gob", 2, "in the past 20 years", 20, YR),
    F("gob", 3, "in the past 20 years", 20, YR),
]
G("gob_dust_storm_years", GOB, "Dust storms more frequent in the past 20 years, twice", "Gobi Desert",
  "period over which dust storms grew more frequent", "undated", "Consistent.", ms)
S("gob", 1, "Only about 58 000 people", vt="58 000", value=58000, unit=PERS, q="approx")
S("gob", 1, "0,044 people per km²", vt="0,044", value=0.044, unit="1 / km**2")
S("gob", 1, "(0,116 per sq mi)", vt="0,116", value=0.116, unit="1 / mile**2")
S("gob", 1, "divided into 5 distinct ecological regions", value=5, unit=CNT)
S("gob", 1, "They are 12 km", value=12, unit=KM)
S("gob", 1, "(7,4 mi) wide", vt="7,4", value=7.4, unit=MI)
S("gob", 1, "180 km", value=180, unit=KM)
S("gob", 1, "(112 mi)  long", value=112, unit=MI)
S("gob", 1, "and 80 m", value=80, unit=M)
S("gob", 1, "(262 ft) high", value=262, unit=FT)
ms = [
    F("gob", 3, "frigid −40 °C", -40, "degC", vt="−40", step=1),
    F("gob", 16, "(-40°C)", -40, "degC", vt="-40", step=1),
]
G("gob_winter_c", GOB, "Winter temperatures: −40 °C twice", "Gobi Desert", "winter temperature", "undated", "Consistent.", ms)
ms = [
    F("gob", 3, "(−40 °F)", -40, "degF", vt="−40", step=1),
    F("gob", 16, "plummeting to -40°F", -40, "degF", vt="-40", step=1),
]
G("gob_winter_f", GOB, "Winter temperatures: −40 °F twice", "Gobi Desert", "winter temperature, Fahrenheit", "undated", "Consistent.", ms)
ms = [
    F("gob", 3, "up to 50 °C", 50, "degC", q="under"),
    F("gob", 16, "(50°C)", 50, "degC", q="under"),
]
G("gob_summer_c", GOB, "Summer highs: up to 50 °C twice", "Gobi Desert", "highest summer temperature", "undated", "Consistent.", ms)
ms = [
    F("gob", 3, "(122 °F)", 122, "degF", q="under"),
    F("gob", 16, "up to 122°F", 122, "degF", q="under"),
]
G("gob_summer_f", GOB, "Summer highs: up to 122 °F twice", "Gobi Desert", "highest summer temperature, Fahrenheit", "undated", "Consistent.", ms)
NC("gob", 16, "the fifth largest in the world", "rank")
NC("gob", 18, "the sixth-largest in the world", "rank")
S("gob", 7, "over a 1000 meters", value=1000, unit=M, q="over")
S("gob", 12, "an average of 7 inches", value=7, unit="inch")
NC("gob", 3, "the fifth-largest desert", "rank")
NC("gob", 6, "the sixth largest desert", "rank")
NC("gob", 6, "the second largest in Asia", "rank")
NC("gob", 6, "the sixth-largest desert", "rank")
NC("gob", 6, "Asia's second largest", "rank")  # audit: line 4's twin of line 3's keyed rank phrase
NC("gob", 7, "5. Gobi Desert", "list_number")
NC("gob", 8, "the sixth largest desert", "rank")
NC("gob", 9, "the second largest desert", "rank")
NC("gob", 10, "(87°-89° east)", "coordinates")
NC("gob", 10, "as of 2007", "date")
NC("gob", 10, "the fifth-largest desert", "rank")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh53.toml", "corpus-fresh53")
