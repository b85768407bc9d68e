"""Hand annotation of corpus-fresh50, written as data; emits gold.d/fresh50.toml (then run
corpus/check_gold.py --dir corpus-fresh50 --build).

Three domains: the Terracotta Army (figures 'over 8,000' / 约8000; pit 1: 14260 m2 twice and 1.4万 against 约13260,
'12,000多' holding them; pit 1 6,000 figures; pit 3 约520 against 500 m2; the pits' total area 近20000 against 约2.5万 and
约2.3万 m2; pit 1 62 m wide against a typo's 612; `tta-*`), the Potala Palace (altitude 3,700 m against 3,650 and 3,750;
main building 117 m against 115; the outer 13 storeys 110 m against 200余; the site 410,000 m2 against 36万; `pot-*`) and
the Leaning Tower of Pisa (height on the low side 55.86 m against 55 and 54.45; high side 56.70 against 56.67; the lean
3.99 against 3.97 degrees and 5.5 before restoration; steps 294 against 251; walls at the base 4.09 against 2.44 m;
weight 14,500 against 14453 tonnes; the design height 60 against 56 m; `pis-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a correct rounding, or two of the
same precision that disagree, is conflict; a hedge that holds the other figure is consistent), extended as fresh47-49
do to ranges. Values as written: 万/萬 = 1e4; decimal commas ('55,86') read as decimal points.

Second reader's audit (notes/audit.md): kadelis' '115703米' moved into pot_height_m as written (like 612 m and 114,260
m2); pis_design_height_m's 56 against 60 set to conflict by hand; pot_site_area_m2's `why` matched to the emitted
verdicts; new groups pis_base_diameter_m (15.484 / 15 m, rounding), pis_bells, pis_seventh_floor_fewer_steps,
pis_top_off_vertical_m, tta_basketball_courts, tta_pits (three pits against four, different_basis with conflict as alt);
the two 'nearly four-degree' leans moved into pis_lean_deg; eagle-nice's read count a non-claim; 'Pit No.1' / 'Pit 1-3'
list numbers on tta-14 and tta-15 added as non-claims.
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
    """goldkit's auto, extended to ranges as fresh47: two intervals that overlap are consistent, otherwise conflict."""
    if isinstance(a["value"], list) or isinstance(b["value"], list):
        (a0, a1), (b0, b1) = _iv(a), _iv(b)
        eps = 1e-9 * max(abs(a0), abs(a1), abs(b0), abs(b1), 1.0)
        return K if (a0 <= b1 + eps and b0 <= a1 + eps) else C
    return _auto(a, b)


goldkit.auto = auto  # G (in goldkit) looks the name up at call time

TTA, POT, PIS = "terracotta-army", "potala-palace", "leaning-tower-of-pisa"
M, FT, KM, MI, CM, MM = "meter", "feet", "km", "mile", "centimeter", "millimeter"
M2, DEG, T = "m**2", "degree", "tonnes"
CNY = "CNY"


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


# ============================================================ the Terracotta Army
ms = [
    F("tta", 1, "There were over 8,000 soldiers", 8000, CNT, q="over"),
    F("tta", 2, "more than 8,000 terracotta figures", 8000, CNT, q="over"),
    F("tta", 4, "there were over 8,000 soldiers", 8000, CNT, q="over"),
    F("tta", 5, "an army of more than 8,000 soldiers", 8000, CNT, q="over"),
    F("tta", 6, "陶俑、陶馬約8000件", 8000, CNT, q="approx"),
    F("tta", 8, "数量超过8000件", 8000, CNT, q="over"),
    F("tta", 14, "nearly 8000 terracotta figures", 8000, CNT, q="under"),
    F("tta", 15, "This army of more than 6,000", 6000, CNT, q="over"),
]
G("tta_figures", TTA, "Figures (soldiers, horses, chariots) in the three pits: 'over 8,000' five times and 约8000 against greatwalltravel's 'nearly 8000'; chinaetravel's 'more than 6,000' holds them",
  "the Terracotta Army", "figures in the pits", "undated",
  "Hedged figures whose ranges overlap (consistent); 'nearly 8000' (just under) against 'over 8,000' / 超过8000 cannot both hold (conflict, set by hand: the kit's ranges touch at 8000); 约8000 holds both.",
  ms, A(C, [7], [1, 2, 3, 4, 6]))

ms = [
    F("tta", 1, "130 chariots", 130, CNT),
    F("tta", 4, "130 chariots", 130, CNT),
]
G("tta_chariots", TTA, "Chariots: 130 twice", "the Terracotta Army", "chariots (estimate)", "undated",
  "The same figure twice (consistent).", ms)

ms = [
    F("tta", 1, "with 520 horses", 520, CNT),
    F("tta", 4, "with 520 horses", 520, CNT),
]
G("tta_chariot_horses", TTA, "Chariot horses: 520 twice", "the Terracotta Army", "chariot horses (estimate)", "undated",
  "The same figure twice (consistent).", ms)

ms = [
    F("tta", 1, "150 cavalry horses", 150, CNT),
    F("tta", 4, "150 cavalry horses", 150, CNT),
]
G("tta_cavalry_horses", TTA, "Cavalry horses: 150 twice", "the Terracotta Army", "cavalry horses (estimate)", "undated",
  "The same figure twice (consistent).", ms)

ms = [
    F("tta", 3, "is expected to yield 6,000 warriors", 6000, CNT),
    F("tta", 6, "由6000多件陶俑", 6000, CNT, q="over"),
    F("tta", 9, "有陶俑6000余件", 6000, CNT, q="over"),
    F("tta", 10, "人、馬俑6000餘件", 6000, CNT, q="over"),
    F("tta", 11, "埋有约6000个真人大小的陶俑", 6000, CNT, q="approx"),
    F("tta", 14, "a pit containing 6000 life-size", 6000, CNT),
    F("tta", 14, "there will be 6,000 warriors", 6000, CNT),
]
G("tta_pit1_figures", TTA, "Figures in pit 1: 6,000, 6000多 / 6000余 / 6000餘 and 约6000", "pit 1 of the Terracotta Army",
  "figures", "undated", "Hedges that hold one another (consistent).", ms)

ms = [
    F("tta", 3, "around 1,000 warriors", 1000, CNT, q="approx"),
    F("tta", 15, "about 1,000 pottery men", 1000, CNT, q="approx"),
    F("tta", 6, "有陶俑900多件", 900, CNT, q="over"),
    F("tta", 10, "人、馬俑共千餘件", 1000, CNT, q="over", vt="千餘", step=1000),
]
G("tta_pit2_figures", TTA, "Figures in pit 2: 'around 1,000', 900多 and 千餘", "pit 2 of the Terracotta Army", "figures",
  "undated", "Hedges whose ranges overlap (consistent).", ms)

ms = [
    F("tta", 6, "三號坑中有68件陶俑", 68, CNT),
    F("tta", 10, "衛士俑68件", 68, CNT),
    F("tta", 15, "has 68 warriors", 68, CNT),
]
G("tta_pit3_figures", TTA, "Figures in pit 3: 68 twice", "pit 3 of the Terracotta Army", "figures", "undated",
  "The same figure twice (consistent).", ms)

ms = [
    F("tta", 7, "总面积14260平方米", 14260, M2),
    F("tta", 8, "一号坑最大,达1.4万平方米", 14000, M2),
    F("tta", 11, "总面积达14260平方米", 14260, M2),
    F("tta", 12, "面积达12,000多平方米", 12000, M2, q="over"),
    F("tta", 13, "一號坑總面積約為13260平方米", 13260, M2, q="approx"),
    F("tta", 14, "covering an area of 114,260 square meters", 114260, M2),
    F("tta", 15, "Pit 1 has an area of 14,600 sq meters", 14600, M2),
]
G("tta_pit1_area_m2", TTA, "Area of pit 1: 14260 m2 twice, 1.4万 (its rounding) against 约13260, chinaetravel's 14,600 and greatwalltravel's 114,260 (a stray digit, as written); '12,000多' holds all",
  "pit 1 of the Terracotta Army", "area", "undated",
  "1.4万 is 14260 rounded (rounding); 约13260, 14,600 and 114,260 are neither 14260 nor inside 1.4万's 13,500-14,500 (conflict); 12,000多 holds every figure (consistent).",
  ms)

ms = [
    F("tta", 7, "面积约6000平方米", 6000, M2, q="approx"),
    F("tta", 8, "二号坑约6000平方米", 6000, M2, q="approx"),
    F("tta", 10, "二號坑麵積為6000平方米", 6000, M2),
    F("tta", 13, "面積約為6000平方米", 6000, M2, q="approx"),
    F("tta", 15, "Pit 2 has an area of 6,000 sq meters", 6000, M2),
]
G("tta_pit2_area_m2", TTA, "Area of pit 2: about 6000 m2 four times", "pit 2 of the Terracotta Army", "area", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("tta", 7, "面积约520平方米", 520, M2, q="approx"),
    F("tta", 8, "三号坑约520平方米", 520, M2, q="approx"),
    F("tta", 10, "三號坑麵積為500平方米", 500, M2),
    F("tta", 13, "面積約為520平方米", 520, M2, q="approx"),
    F("tta", 15, "Pit 3 is only 500 sq meters", 500, M2),
]
G("tta_pit3_area_m2", TTA, "Area of pit 3: 约520 m2 three times against 500 twice", "pit 3 of the Terracotta Army", "area", "undated",
  "500 is 520 rounded to the hundred (rounding, set by hand: the kit would let the coarser plain 500 hold the hedged 520 as consistent).",
  ms, A(R, [3, 5], [1, 2, 4]))

ms = [
    F("tta", 6, "三個俑坑總面積近20000平方米", 20000, M2, q="under"),
    F("tta", 8, "秦始皇兵马俑坑总面积约2.5万平方米", 25000, M2, q="approx"),
    F("tta", 9, "兵马俑占地面积约2.3万平方米", 23000, M2, q="approx"),
    F("tta", 14, "a total area of 22,780 square meters", 22780, M2),
]
G("tta_total_area_m2", TTA, "Area of the pits together: 近20000 m2 against 约2.5万 and 约2.3万", "the Terracotta Army pits",
  "total area", "undated",
  "近20000 (nearly, just under 20,000), 约2.5万 (24,500-25,500) and 约2.3万 (22,500-23,500) do not overlap (conflict); greatwalltravel's 22,780 lies inside 约2.3万 (consistent) and outside the others (conflict).", ms)

ms = [
    F("tta", 7, "俑坑东西长230米", 230, M),
    F("tta", 9, "最大,长230米", 230, M),
    F("tta", 11, "东西长230米", 230, M),
    F("tta", 14, "230 meters long", 230, M),
]
G("tta_pit1_length_m", TTA, "Length of pit 1: 230 m three times", "pit 1 of the Terracotta Army", "length (east-west)",
  "undated", "The same figure (consistent).", ms)

ms = [
    F("tta", 7, "南北宽62米", 62, M),
    F("tta", 9, "、宽62米", 62, M),
    F("tta", 11, "宽612米", 612, M),
    F("tta", 14, "62 meters wide", 62, M),
]
G("tta_pit1_width_m", TTA, "Width of pit 1: 62 m three times against tianqiyubao2's 612 (a typo, as written)",
  "pit 1 of the Terracotta Army", "width (north-south)", "undated",
  "612 is not 62 (conflict, as written; surely a stray digit).", ms)

ms = [
    F("tta", 8, "坑内陶俑身高1.8米左右", 1.8, M, q="approx"),
    F("tta", 9, "陶俑身高1.8米左右", 1.8, M, q="approx"),
    F("tta", 10, "俑高約1.8米", 1.8, M, q="approx"),
]
G("tta_figure_height_m", TTA, "Height of a figure: about 1.8 m three times", "a terracotta figure", "height", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("tta", 9, "战马高1.5米", 1.5, M),
    F("tta", 10, "馬高1.5米", 1.5, M),
]
G("tta_horse_height_m", TTA, "Height of a horse: 1.5 m twice", "a terracotta horse", "height", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("tta", 3, "36 kilometers", 36, KM),
    F("tta", 14, "about 35 kilometers", 35, KM, q="approx"),
]
G("tta_from_xian_km", TTA, "Distance east of Xi'an: china-adventure's 36 km against greatwalltravel's 'about 35'", "the Terracotta Army",
  "distance east of Xi'an", "undated", "'About 35' (34.5-35.5) does not hold 36 (conflict).", ms)

ms = [
    F("tta", 10, "在陵東1.5千米處", 1.5, KM),
    F("tta", 11, "约1公里半", 1.5, KM, q="approx", vt="1公里半", step=0.5),
    F("tta", 15, "only 1.5km", 1.5, KM),
]
G("tta_from_mausoleum_km", TTA, "Distance of the pits from the mausoleum: 1.5 km three times (约1公里半)", "the Terracotta Army pits",
  "distance from Qin Shi Huang's mausoleum", "undated", "The same figure (consistent).", ms)

ms = [
    F("tta", 7, "深4.5—6.5米", [4.5, 6.5], M, vt="4.5—6.5米", step=0.1),
    F("tta", 14, "5 meters deep", 5, M),
]
G("tta_pit1_depth_m", TTA, "Depth of pit 1: 4.5-6.5 m and 5 m", "pit 1 of the Terracotta Army", "depth", "undated",
  "The range holds 5 (consistent).", ms)

S("tta", 1, "less than five years after", vt="five", value=5, unit="years", q="under")
S("tta", 2, "for more than 2,000 years", value=2000, unit="years", q="over")
S("tta", 3, "(22 miles)", value=22, unit=MI)
S("tta", 3, "five meters below the surface", vt="five", value=5, unit=M)
S("tta", 4, "(183–195 cm", vt="183–195 cm", value=[183, 195], unit=CM)
S("tta", 6, "40餘輛戰車", value=40, unit=CNT, q="over")
S("tta", 6, "戰車89輛", value=89, unit=CNT)
S("tta", 6, "駕車陶馬356匹", value=356, unit=CNT)
S("tta", 6, "鞍馬100餘匹", value=100, unit=CNT, q="over")
S("tta", 6, "4匹陶馬", value=4, unit=CNT)
S("tta", 6, "1輛戰車", value=1, unit=CNT)
S("tta", 7, "东端北侧20米", value=20, unit=M)
S("tta", 7, "东西最长处124米", value=124, unit=M)
S("tta", 7, "南北最宽处98米", value=98, unit=M)
S("tta", 7, "深约5米", value=5, unit=M, q="approx")
S("tta", 7, "两坑相距25米", value=25, unit=M)
S("tta", 7, "东西长17.6米", value=17.6, unit=M)
S("tta", 7, "南北宽21.4米", value=21.4, unit=M)
S("tta", 7, "坑深4.8米", value=4.8, unit=M)
S("tta", 9, "坑道总长约230米", value=230, unit=M, q="approx")
S("tta", 9, "最深处达5米", value=5, unit=M)
S("tta", 10, "陶質武士俑500餘軀", value=500, unit=CNT, q="over")
S("tta", 10, "戰車4乘", value=4, unit=CNT)
S("tta", 10, "挽馬24匹", value=24, unit=CNT)
S("tta", 11, "目前已清理出的有1000多个", value=1000, unit=CNT, q="over")
S("tta", 14, "1,000 life-size terra-", value=1000, unit=CNT)
S("tta", 14, "70 in each", value=70, unit=CNT)
S("tta", 14, "totaling 210 altogether", value=210, unit=CNT)
S("tta", 15, "(0.9 miles)", value=0.9, unit=MI)
S("tta", 15, "over 2,000 years ago", value=2000, unit="years", q="over")
S("tta", 15, "over a thousand years", vt="thousand", value=1000, unit="years", q="over")
S("tta", 15, "210 meter", value=210, unit=M)
S("tta", 15, "(689 ft)", value=689, unit=FT)
NC("tta", 14, "(259 BC - 210 BC)", "date")
NC("tta", 14, "by accident in 1974", "date")
NC("tta", 14, "Pit1, 2 and 3", "list_number")
NC("tta", 15, "(259-210BC)", "date")
S("tta", 16, "歷時39年", value=39, unit="years")
S("tta", 16, "陵冢高76米", value=76, unit=M)
S("tta", 16, "內城周長2.5公里", value=2.5, unit=KM)
S("tta", 16, "外城周長6.3公里", value=6.3, unit=KM)
S("tta", 16, "約955.5米", value=955.5, unit=M, q="approx")
NC("tta", 16, "公元前246年至公元前208年", "date")
NC("tta", 16, "在1987年", "date")
NC("tta", 15, "in 1974 by some", "date")
NC("tta", 13, "3487次閱讀", "page_furniture", note="the page's read count (audit: page furniture, as fresh45's '閱讀需6分鐘')")
NC("tta", 1, "dating from 210 bce", "date")
NC("tta", 1, "discovered in 1974 by local farmers", "date")
NC("tta", 2, "In 1974, some", "date")
NC("tta", 3, "was discovered in 1974 by", "date")
NC("tta", 3, "In 260 BC", "date")
NC("tta", 3, "Pit One,discovered in 1974", "date")
NC("tta", 3, "discoeredn in 1976", "date")
NC("tta", 3, "Pit Three,discovered in 1976", "date")
NC("tta", 4, "discovered in 1974.", "date")
NC("tta", 5, "In 1974, a couple", "date")
NC("tta", 5, "the second century BC", "date")
NC("tta", 7, "兵马俑分为1、2、3号坑", "list_number")
NC("tta", 7, "1、一号坑", "list_number")
NC("tta", 7, "2、二号坑", "list_number")
NC("tta", 7, "3、三号坑", "list_number")
NC("tta", 7, "发现于1976年4月", "date")
NC("tta", 7, "发现于1976年5月", "date")
NC("tta", 8, "1974年当地农民", "date")
NC("tta", 9, "1974年农民", "date")
NC("tta", 10, "第17章", "list_number")
NC("tta", 10, "(1 / 1)", "list_number")
NC("tta", 10, "1974年春", "date")
NC("tta", 10, "1979年在此", "date")
NC("tta", 12, "是在1974年", "date")
NC("tta", 13, "2021-07-20 09:53:44", "date")

# ============================================================ the Potala Palace
ms = [
    F("pot", 1, "the Potala Palace is 3,700 m above sea level", 3700, M),
    F("pot", 2, "3,650 meters above sea level", 3650, M),
    F("pot", 5, "at an altitude of 3,700 m", 3700, M),
    F("pot", 6, "an altitude of 3,750 meters", 3750, M),
    F("pot", 7, "布达拉宫海拔3700米", 3700, M),
    F("pot", 8, "布达拉宫海拔3700米", 3700, M),
    F("pot", 9, "布达拉宫海拔为3700米", 3700, M),
    F("pot", 9, "海拔为3700米一说", 3700, M),
    F("pot", 9, "海拔高度是3700米", 3700, M),
    F("pot", 10, "海拔3700多米", 3700, M, q="over"),
    F("pot", 11, "山下海拔3650米", 3650, M, basis="foot"),
    F("pot", 12, "海拔3700米。", 3700, M),
    F("pot", 15, "海拔3700米", 3700, M),
]
_th = [1, 3, 5, 6, 7, 8, 9, 12, 13]
G("pot_altitude_m", POT, "Altitude of the palace: 3,700 m nine times against hujiang's 3,650 and ilovetranslation's 3,750; '3700多' (over 3700); sohu's 3650 at the foot of the hill",
  "the Potala Palace", "altitude above sea level", "undated",
  "3,650 rounds to 3,700 (rounding); 3,750 would round to 3,800, not 3,700 (conflict, set by hand: the kit's half-step edge would call it rounding); 3,650 against 3,750 and against 'more than 3700' conflict; sohu's 3650 is the altitude at the foot of the hill (山下海拔): different_basis, auto's verdict as alt.",
  ms, A(C, [4], _th), OTHER(ms, [11]))

ms = [
    F("pot", 3, "soar 117 metres", 117, M),
    F("pot", 4, "117-meter high", 117, M),
    F("pot", 8, "主楼高117米", 117, M),
    F("pot", 10, "布达拉宫高117米", 117, M),
    F("pot", 10, "高115米", 115, M),
    F("pot", 12, "主樓高117米", 117, M),
    F("pot", 13, "達117米", 117, M),
    F("pot", 14, "主樓高117米", 117, M),
    F("pot", 11, "高110余米", 110, M, q="over"),
    F("pot", 2, "a 110-meter-tall", 110, M, basis="ext"),
    F("pot", 6, "110 meters high", 110, M, basis="ext"),
    F("pot", 9, "高110米,自山脚向上", 110, M, basis="ext"),
    F("pot", 7, "高200余米", 200, M, q="over", basis="ext"),
    F("pot", 15, "主楼的红宫高115.703米", 115.703, M),
    F("pot", 9, "主楼高达115703米", 115703, M),
]
G("pot_height_m", POT, "Height of the palace: the main building 117 m seven times against 115 (yunnanlong, on the same page as 117), sohu's '110余'; the outer thirteen storeys 110 m three times against xiaodushenghuo's '200余'",
  "the Potala Palace", "height", "undated",
  "Main building (主楼): 115 and ezkt's 115.703 (the Red Palace of the main building) against 117 and against each other conflict; '110余' holds both (consistent). The pages that give 110 m tie it to the thirteen outer storeys (外观13层,高110米,自山脚向上; '13 story ... 110-meter-tall'); xiaodushenghuo's '高200余米,外观13层' likewise: '200余' against 110 conflict. Between the two bases different_basis, auto's verdict as alt. Audit: kadelis' '主楼高达115703米' (115.703 with its point lost) is keyed as written, as 612 m and 114,260 m2 are: conflict with every main-building figure, held by '110余', different_basis (conflict as alt) against the outer storeys.",
  ms, OTHER(ms, [10, 11, 12, 13], list(range(1, 10)) + [14, 15]))

ms = [
    F("pot", 1, "an area of 410,000 square meters", 410000, M2),
    F("pot", 7, "占地总面积36万平方米", 360000, M2),
    F("pot", 8, "占地总面积36万平方米", 360000, M2),
    F("pot", 9, "占地总面积36万平方米", 360000, M2),
    F("pot", 10, "占地总面积36万余平方米", 360000, M2, q="over"),
    F("pot", 11, "占地面积13万多平方米", 130000, M2, q="over"),
    F("pot", 13, "佔地10萬餘平方米", 100000, M2, q="over"),
    F("pot", 15, "布达拉宫占地40万平方米", 400000, M2),
]
G("pot_site_area_m2", POT, "Site area: 410,000 m2 against 36万 (three), '36万余' and ezkt's 40万; '13万多' and '10萬餘' hold them",
  "the Potala Palace", "site area (占地)", "undated",
  "410,000 against 360,000 (same precision): conflict; ezkt's bare 40万 is read by the kit at the hundred-thousand (350,000-450,000), so 410,000 and 36万 against it are rounding (as 3,650 against 3,700 m); 'over 360,000' holds 410,000; 'over 130,000' and 'over 100,000' hold every figure (consistent).", ms)

ms = [
    F("pot", 1, "a floor space of 130,000 square meters", 130000, M2),
    F("pot", 5, "The building covers more than 100,000 square meters", 100000, M2, q="over"),
    F("pot", 6, "covers more than 100,000 square meters", 100000, M2, q="over"),
    F("pot", 7, "建筑总面积13万平方米", 130000, M2),
    F("pot", 8, "建筑总面积13万平方米", 130000, M2),
    F("pot", 9, "建筑总面积13万平方米", 130000, M2),
    F("pot", 10, "建筑总面积13万余平方米", 130000, M2, q="over"),
    F("pot", 15, "建筑面积13万平方米", 130000, M2),
]
G("pot_floor_area_m2", POT, "Floor space: 130,000 m2 / 13万 and 'more than 100,000' / '13万余'", "the Potala Palace",
  "floor space (建筑面积)", "undated", "The same figure or hedges that hold it (consistent).", ms)

ms = [
    F("pot", 1, "palace of a thousand rooms", 1000, CNT, vt="thousand", step=1000, q="approx"),
    F("pot", 3, "over 1,000 rooms", 1000, CNT, q="over"),
    F("pot", 5, "over 1,000 rooms", 1000, CNT, q="over"),
]
G("pot_rooms", POT, "Rooms: 'a thousand' and 'over 1,000' twice", "the Potala Palace", "rooms", "undated",
  "Hedges that overlap (consistent).", ms)

ms = [
    F("pot", 3, "10,000", 10000, CNT),
    F("pot", 5, "10,000 shrines", 10000, CNT),
]
G("pot_shrines", POT, "Shrines: 10,000 twice", "the Potala Palace", "shrines", "undated", "The same figure (consistent).", ms)

ms = [
    F("pot", 3, "about 200,000 statues", 200000, CNT, q="approx"),
    F("pot", 5, "about 200,000 statues", 200000, CNT, q="approx"),
]
G("pot_statues", POT, "Statues: about 200,000 twice", "the Potala Palace", "statues", "undated", "The same figure (consistent).", ms)

ms = [
    F("pot", 3, "averaging 3 metres", 3, M),
    F("pot", 5, "averaging 3 m thick", 3, M),
]
G("pot_wall_m", POT, "Walls: 3 m thick on average, twice", "the Potala Palace", "wall thickness (average)", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("pot", 3, "400 metres", 400, M),
    F("pot", 11, "东西长360多米", 360, M, q="over"),
]
G("pot_ew_m", POT, "East-west length: 400 m and '360多'", "the Potala Palace", "length east-west", "undated",
  "'More than 360' holds 400 (consistent).", ms)

ms = [
    F("pot", 2, "a 13 story", 13, CNT),
    F("pot", 3, "Thirteen storeys", 13, CNT, vt="Thirteen", step=1),
    F("pot", 4, "The 13-story", 13, CNT),
    F("pot", 5, "The thirteen-story building", 13, CNT, vt="thirteen", step=1),
    F("pot", 6, "13-story Palace", 13, CNT),
    F("pot", 7, "外观13层", 13, CNT),
    F("pot", 8, "共13层", 13, CNT),
    F("pot", 9, "共13层布达拉宫", 13, CNT),
    F("pot", 9, "布达拉宫外观13层", 13, CNT),
    F("pot", 10, "布达拉宫共13层", 13, CNT),
    F("pot", 10, "宫体主楼13层", 13, CNT),
    F("pot", 13, "高十三層", 13, CNT, vt="十三", step=1),
    F("pot", 14, "外觀13層", 13, CNT),
]
G("pot_storeys", POT, "Storeys: 13 everywhere", "the Potala Palace", "storeys (outward)", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("pot", 7, "实际只有9层", 9, CNT),
    F("pot", 14, "內爲9層", 9, CNT),
]
G("pot_inner_storeys", POT, "Storeys inside: 9 twice", "the Potala Palace", "storeys (inside)", "undated",
  "The same figure (consistent).", ms)

S("pot", 3, "(1,300 ft)", value=1300, unit=FT)
S("pot", 3, "350 metres", value=350, unit=M)
S("pot", 3, "(1,150 ft)", value=1150, unit=FT)
S("pot", 3, "(9.8 ft)", value=9.8, unit=FT)
S("pot", 3, "5 metres", value=5, unit=M)
S("pot", 3, "(16 ft)", value=16, unit=FT)
S("pot", 3, "(384 ft)", value=384, unit=FT)
S("pot", 3, "more than 300 metres", value=300, unit=M, q="over")
S("pot", 3, "(980 ft)", value=980, unit=FT, q="over")
S("pot", 4, "visitors are limited to 2,500 per day", value=2500, unit=CNT)
S("pot", 14, "50元紙幣", value=50, unit=CNY)
NC("pot", 1, "in the year 631", "date")
NC("pot", 2, "first built in 641", "date")
NC("pot", 2, "(618-907)", "date")
NC("pot", 4, "in 637 AD", "date")
NC("pot", 4, "In 1645 the fifth", "date")
NC("pot", 4, "completed in 1694", "date")
NC("pot", 4, "from 1690 to 1694", "date")
NC("pot", 4, "uprising of 1959", "date")
NC("pot", 4, "India in 1959", "date")
NC("pot", 5, "(617-650)", "date")
NC("pot", 5, "who in 637 built", "date")
NC("pot", 5, "625-680", "date")
NC("pot", 7, "于17世纪重建后", "date")
NC("pot", 7, "1961年", "date")
NC("pot", 7, "1994年", "date")
NC("pot", 8, "1645年(清顺治二年)", "date")
NC("pot", 8, "1988—1994年", "date")
NC("pot", 9, "而建于17世纪", "date")
NC("pot", 11, "东经91°2’和北纬29°7’", "coordinate")
NC("pot", 12, "始建於7世紀", "date")
NC("pot", 13, "始建於7世紀", "date")
NC("pot", 13, "1645年達賴五世", "date")
NC("pot", 13, "1990-1994年", "date")
NC("pot", 14, "第五套人民幣", "list_number")
NC("pot", 15, "建于20世纪30年代", "date")
NC("pot", 15, "第33代", "list_number")

# ============================================================ the Leaning Tower of Pisa
ms = [
    F("pis", 1, "55.86 m (183.27 ft)", 55.86, M),
    F("pis", 3, "55,86 m from the ground", 55.86, M, vt="55,86", step=0.01),
    F("pis", 4, "55,86m on the lowest side", 55.86, M, vt="55,86", step=0.01),
    F("pis", 5, "55.86 meters at the lowest point", 55.86, M),
    F("pis", 6, "is55.86 meters", 55.86, M),
    F("pis", 9, "则高 55 米", 55, M),
    F("pis", 10, "这座塔高55米", 55, M),
    F("pis", 12, "從地面到塔頂高55米", 55, M),
    F("pis", 12, "高度則爲54.45米", 54.45, M),
    F("pis", 18, "從地面到塔頂高55米", 55, M),
]
G("pis_height_ground_m", PIS, "Height above the ground (the low side): 55.86 m five times against 55 four times and dfnxb's 54.45 (on the same page as its 55)",
  "the Leaning Tower of Pisa", "height from the ground to the top (low side)", "undated",
  "55.86 does not round to 55 (it rounds to 56): conflict; 54.45 rounds to 54, not 55: conflict, also within dfnxb's page.",
  ms)

ms = [
    F("pis", 1, "56.70 m (186.02 ft)", 56.70, M),
    F("pis", 3, "56,67 m on the high side", 56.67, M, vt="56,67", step=0.01),
    F("pis", 4, "56.67m on the highest side", 56.67, M),
    F("pis", 5, "56.67 meters at the highest point", 56.67, M),
    F("pis", 6, "56.67 m(", 56.67, M),
]
G("pis_height_high_m", PIS, "Height on the high side: 56.67 m four times against most-famous-places' 56.70",
  "the Leaning Tower of Pisa", "height (high side)", "undated", "56.70 against 56.67, same precision: conflict.", ms)

ms = [
    F("pis", 9, "比萨斜塔高 58.36 米", 58.36, M),
    F("pis", 11, "从地基算起是58.36米", 58.36, M),
    F("pis", 12, "從地基到塔頂高58.36米", 58.36, M),
    F("pis", 12, "高度則爲58.36米", 58.36, M),
    F("pis", 18, "從地基到塔頂高58.36米", 58.36, M),
]
G("pis_height_foundation_m", PIS, "Height from the foundation: 58.36 m five times", "the Leaning Tower of Pisa",
  "height from the foundation to the top", "undated", "The same figure (consistent).", ms)

ms = [
    F("pis", 1, "about 3.99 degrees", 3.99, DEG, q="approx"),
    F("pis", 5, "a 3.99-degree angle", 3.99, DEG),
    F("pis", 6, "to3.97 degrees", 3.97, DEG),
    F("pis", 7, "倾斜了3.99度", 3.99, DEG),
    F("pis", 12, "傾斜角度3.99度", 3.99, DEG),
    F("pis", 18, "傾斜角度3.99度", 3.99, DEG),
    F("pis", 1, "an angle of 5.5 degrees", 5.5, DEG, basis="before"),
    F("pis", 6, "reached5.5 degrees", 5.5, DEG, basis="before"),
    F("pis", 9, "倾斜度为 5.5 度", 5.5, DEG, basis="undated"),
    F("pis", 17, "its four-degree lean", 4, DEG, vt="four", step=1),
    F("pis", 3, "nearly four-degree lean", 4, DEG, vt="four", step=1, q="under"),
    F("pis", 6, "nearly four-degree spare", 4, DEG, vt="four", step=1, q="under"),
]
G("pis_lean_deg", PIS, "The lean: 3.99 degrees four times against wikimess' 3.97 (after the 1990-2001 works); 5.5 before them (1990) twice; ymhi's undated 5.5",
  "the Leaning Tower of Pisa", "angle of lean", "since the 2001 restoration (3.99 / 3.97); 1990 (5.5)",
  "3.97 against 3.99 (same precision): conflict. dalejdubay's plain 'four-degree lean' rounds 3.99 / 3.97 (rounding, set by hand for 'about 3.99' too). The lean changed with the restoration: 5.5 (1990) against the later figures different_basis with conflict as alt; ymhi's undated 5.5 likewise different_basis (conflict as alt against the later figures, consistent with the 1990 ones). Audit: europevideo's and wikimess' 'nearly four-degree' (3-4 by the kit) hold 3.99, 3.97 and the plain four (consistent); against 5.5 different_basis, conflict as alt.",
  ms, OTHER(ms, [7, 8], [1, 2, 3, 4, 5, 6, 10, 11, 12]), OTHER(ms, [9], [1, 2, 3, 4, 5, 6, 10, 11, 12]), A(R, [10], [1, 2, 3, 4, 5, 6]), A(K, [9], [7, 8]))

ms = [
    F("pis", 1, "The tower has 296 or 294 steps", [294, 296], CNT, vt="296 or 294", step=1),
    F("pis", 3, "The tower has 296 or 294 steps", [294, 296], CNT, vt="296 or 294", step=1),
    F("pis", 4, "There are 251 steps", 251, CNT),
    F("pis", 5, "the tower's 294 steps", 294, CNT),
    F("pis", 6, "The palace has 296 or 294 ways", [294, 296], CNT, vt="296 or 294", step=1),
    F("pis", 7, "共294级台阶", 294, CNT),
    F("pis", 10, "塔内有294级台阶", 294, CNT),
    F("pis", 14, "答案是 294 階", 294, CNT),
    F("pis", 16, "296/294 steps", [294, 296], CNT, vt="296/294", step=1),
    F("pis", 17, "The tower has 296 or 294 steps", [294, 296], CNT, vt="296 or 294", step=1),
]
G("pis_steps", PIS, "Steps to the top: 294 four times and '296 or 294' three times against lingofacts' 251",
  "the Leaning Tower of Pisa", "steps", "undated",
  "251 is neither 294 nor 296 (conflict); '296 or 294' holds 294 (consistent).", ms)

ms = [
    F("pis", 1, "4.09 m (13.42 ft)", 4.09, M),
    F("pis", 9, "宽度为 4.09 米", 4.09, M),
    F("pis", 12, "寬度是4.09米", 4.09, M),
    F("pis", 18, "寬度是4.09米", 4.09, M),
    F("pis", 3, "at the base is 2,44 m", 2.44, M, vt="2,44", step=0.01),
    F("pis", 4, "2.4384 meters", 2.4384, M),
    F("pis", 6, "is2.44 m", 2.44, M),
]
G("pis_wall_base_m", PIS, "Width of the walls at the base: 4.09 m four times against 2.44 twice and lingofacts' 2.4384",
  "the Leaning Tower of Pisa", "width of the walls at the base", "undated",
  "4.09 against 2.44 / 2.4384: conflict as written (the pages word them alike: 'width of the walls at the base'); 2.44 is 2.4384 rounded (rounding).",
  ms)

ms = [
    F("pis", 1, "2.48 m (8.14 ft)", 2.48, M),
    F("pis", 9, "在塔顶宽 2.48 米", 2.48, M),
    F("pis", 12, "在塔頂寬2.48米", 2.48, M),
    F("pis", 18, "在塔頂寬2.48米", 2.48, M),
]
G("pis_wall_top_m", PIS, "Width of the walls at the top: 2.48 m four times", "the Leaning Tower of Pisa",
  "width of the walls at the top", "undated", "The same figure (consistent).", ms)

ms = [
    F("pis", 1, "14,500 metric tons", 14500, T),
    F("pis", 3, "14,500 metric tons", 14500, T),
    F("pis", 4, "approximately 14,500 tonnes", 14500, T, q="approx"),
    F("pis", 9, "总重约 14453 吨", 14453, T, q="approx"),
    F("pis", 12, "總重約14453噸", 14453, T, q="approx"),
    F("pis", 16, "14,500 metric tons", 14500, T),
    F("pis", 18, "總重約14453噸", 14453, T, q="approx"),
]
G("pis_weight_t", PIS, "Weight: 14,500 tonnes four times against 约14453 three times", "the Leaning Tower of Pisa", "weight",
  "undated",
  "14,500 is 14453 rounded to the hundred (rounding, set by hand for the plain 14,500: the kit would let it hold the hedged 14453 as consistent); 'approximately 14,500' against 约14453: hedges that overlap (consistent).",
  ms, A(R, [1, 2, 6], [4, 5, 7]))

ms = [
    F("pis", 4, "original completed height of the Tower of Pisa is 60 meters", 60, M),
    F("pis", 5, "precisely 60-meter tall", 60, M),
    F("pis", 13, "高56公尺", 56, M),
]
G("pis_design_height_m", PIS, "Height of the tower as designed: 60 m twice against ans.fyi's 56",
  "the Leaning Tower of Pisa (design)", "height as designed", "undated",
  "56 against 60: conflict, set by hand (the kit reads the bare 60 as 55-65 and would call 56 a rounding of it; 'precisely 60-meter' is no rounding of 56).",
  ms, A(C, [1, 2], [3]))

ms = [
    F("pis", 9, "地基上方 22.6 米", 22.6, M),
    F("pis", 12, "地基上方22.6米", 22.6, M),
    F("pis", 18, "地基上方22.6米", 22.6, M),
]
G("pis_centre_m", PIS, "Centre of gravity above the foundation: 22.6 m three times", "the Leaning Tower of Pisa",
  "height of the centre of gravity", "undated", "The same figure (consistent).", ms)

ms = [
    F("pis", 9, "面积达 285 平方米", 285, M2),
    F("pis", 12, "面積爲285平方米", 285, M2),
    F("pis", 18, "面積為285平方米", 285, M2),
]
G("pis_base_area_m2", PIS, "Area of the round foundation: 285 m2 three times", "the Leaning Tower of Pisa", "foundation area",
  "undated", "The same figure (consistent).", ms)

ms = [
    F("pis", 9, "压强是 497 千帕", 497, "kPa"),
    F("pis", 12, "壓強爲497千帕", 497, "kPa"),
    F("pis", 18, "壓強為497千帕", 497, "kPa"),
]
G("pis_pressure_kpa", PIS, "Mean pressure on the ground: 497 kPa three times", "the Leaning Tower of Pisa", "mean ground pressure",
  "undated", "The same figure (consistent).", ms)

ms = [
    F("pis", 9, "偏离地基外沿 2.3 米", 2.3, M),
    F("pis", 12, "偏離地基外沿2.5米", 2.5, M),
    F("pis", 18, "偏離地基外沿2.5米", 2.5, M),
]
G("pis_offset_m", PIS, "Offset beyond the foundation's edge: ymhi's 2.3 m against 2.5 (dfnxb, ck101)", "the Leaning Tower of Pisa",
  "offset beyond the foundation's outer edge", "undated", "2.3 against 2.5, same precision: conflict.", ms)

ms = [
    F("pis", 9, "顶层突出 4.5 米", 4.5, M),
    F("pis", 12, "頂層突出4.5米", 4.5, M),
    F("pis", 18, "頂層突出4.5米", 4.5, M),
]
G("pis_top_overhang_m", PIS, "The top storey's overhang: 4.5 m three times", "the Leaning Tower of Pisa", "overhang of the top storey",
  "undated", "The same figure (consistent).", ms)

ms = [
    F("pis", 7, "地基3米深", 3, M),
    F("pis", 10, "地基深度3米", 3, M),
]
G("pis_foundation_depth_m", PIS, "Depth of the foundation: 3 m twice", "the Leaning Tower of Pisa", "foundation depth",
  "undated", "The same figure (consistent).", ms)

ms = [
    F("pis", 7, "8层白色大理石", 8, CNT),
    F("pis", 13, "原設計為8層", 8, CNT),
]
G("pis_storeys", PIS, "Storeys: 8 twice (ans.fyi: as designed)", "the Leaning Tower of Pisa", "storeys", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("pis", 1, "(183.27 ft)", 183.27, FT),
    F("pis", 16, "186.27 feet", 186.27, FT),
    F("pis", 17, "183.3 feet tall", 183.3, FT),
]
G("pis_height_ground_ft", PIS, "Height on the low side in feet: 183.27 against 183.3 (its rounding) and great-atmosphere's 186.27",
  "the Leaning Tower of Pisa", "height (low side), feet", "undated",
  "183.3 is 183.27 rounded (rounding); 186.27 is neither (conflict).", ms)

ms = [
    F("pis", 1, "(186.02 ft)", 186.02, FT),
    F("pis", 16, "186.02 feet", 186.02, FT),
    F("pis", 17, "185.93 feet", 185.93, FT),
]
G("pis_height_high_ft", PIS, "Height on the high side in feet: 186.02 twice against dalejdubay's 185.93",
  "the Leaning Tower of Pisa", "height (high side), feet", "undated", "185.93 against 186.02, same precision: conflict.", ms)

ms = [
    F("pis", 1, "(13.42 ft)", 13.42, FT),
    F("pis", 16, "13 plus feet", 13, FT, q="over"),
]
G("pis_wall_base_ft", PIS, "Walls at the base in feet: 13.42 and '13 plus'", "the Leaning Tower of Pisa",
  "width of the walls at the base, feet", "undated", "'13 plus' holds 13.42 (consistent).", ms)

ms = [
    F("pis", 1, "(8.14 ft)", 8.14, FT),
    F("pis", 16, "8 plus feet", 8, FT, q="over"),
]
G("pis_wall_top_ft", PIS, "Walls at the top in feet: 8.14 and '8 plus'", "the Leaning Tower of Pisa",
  "width of the walls at the top, feet", "undated", "'8 plus' holds 8.14 (consistent).", ms)

S("pis", 1, "(16,000 short tons)", value=16000, unit="short_ton")
ms = [
    F("pis", 7, "塔高56米", 56, M),
    F("pis", 18, "建築高度: 57 公尺", 57, M),
]
G("pis_height_plain_m", PIS, "Height of the tower, side not said: fqmxn's 56 m against ck101's 57",
  "the Leaning Tower of Pisa", "height (side not said)", "undated",
  "56 against 57, same precision: conflict; different_basis as alt (56 may round the low side's 55.86, 57 the high side's 56.67).",
  ms, P(1, 2, (C, D)))

S("pis", 7, "底层15个", value=15, unit=CNT)
S("pis", 7, "顶层8个", value=8, unit=CNT)
S("pis", 7, "顶部直径12米", value=12, unit=M)
S("pis", 10, "一次限25人", value=25, unit=CNT)
S("pis", 11, "倾斜幅度已达1.43米", value=1.43, unit=M)
S("pis", 11, "每年平均仍有1.2毫米", value=1.2, unit=MM)
NC("pis", 1, "between 1990 and 2001", "date")
NC("pis", 4, "in 600 BC", "date")
NC("pis", 5, "in the 20th century", "date")
NC("pis", 6, "in the 12th century", "date")
NC("pis", 6, "in the 14th century", "date")
NC("pis", 6, "By 1990", "date")
NC("pis", 6, "between 1993 and 2001", "date")
NC("pis", 9, "1173 年", "date")
NC("pis", 10, "建于1173年", "date")
NC("pis", 11, "建于12世纪末", "date")
NC("pis", 12, "1178年首次", "date")
NC("pis", 12, "建造於1173年8月", "date")
NC("pis", 13, "在1173年8月", "date")
NC("pis", 13, "在14世紀完工", "date")
NC("pis", 14, "始建於1173年", "date")
NC("pis", 14, "直到1372年", "date")
NC("pis", 18, "1987年它和", "date")
NC("pis", 18, "11世紀至14世紀", "date")
NC("pis", 18, "004729iz5icqceez0edbz5.jpg", "file_name")
NC("pis", 18, "56126 Pisa", "postal_code")
NC("pis", 18, "1173 年 8 月 9 日", "date")
S("pis", 17, "the 7 bottom floors", value=7, unit=CNT)
NC("pis", 17, "the 7th floor", "ordinal")
NC("pis", 17, "completed in 1372", "date")
NC("pis", 17, "Groundbreaking in 1173", "date")
NC("pis", 17, "Gallery 14", "list_number")

# ---- added by the audit: figures stated on two or more pages that were singles
ms = [
    F("pis", 4, "15.484 meters", 15.484, M),
    F("pis", 7, "底部直径15米", 15, M),
]
G("pis_base_diameter_m", PIS, "Outside diameter of the tower's base: lingofacts' 15.484 m and fqmxn's 15 (its rounding)",
  "the Leaning Tower of Pisa", "outside diameter of the base", "undated", "15 is 15.484 rounded (rounding).", ms)

ms = [
    F("pis", 7, "挂着7口钟", 7, CNT),
    F("pis", 17, "The 7 bells", 7, CNT),
]
G("pis_bells", PIS, "Bells: 7 twice", "the Leaning Tower of Pisa", "bells", "undated", "The same figure (consistent).", ms)

ms = [
    F("pis", 1, "two fewer steps", 2, CNT, vt="two", step=1),
    F("pis", 3, "two fewer steps", 2, CNT, vt="two", step=1),
    F("pis", 6, "two smaller ways", 2, CNT, vt="two", step=1),
    F("pis", 17, "two fewer steps", 2, CNT, vt="two", step=1),
]
G("pis_seventh_floor_fewer_steps", PIS, "The seventh floor's north staircase: two fewer steps, four times (wikimess: 'two smaller ways')",
  "the Leaning Tower of Pisa (seventh floor)", "steps fewer on the north-facing staircase", "undated",
  "The same figure (consistent).", ms)

ms = [
    F("pis", 10, "约4米", 4, M, q="approx"),
    F("pis", 11, "从墙根算起是4米", 4, M),
]
G("pis_top_off_vertical_m", PIS, "The top's offset from the vertical: 约4 m (fqmxn) and 4 m at the end of the 20th century (23wx)",
  "the Leaning Tower of Pisa", "horizontal offset of the top from the vertical", "undated / end of the 20th century",
  "The same figure (consistent; the lean changes over the years, but the values agree).", ms)

ms = [
    F("tta", 8, "50个标准篮球场", 50, CNT),
    F("tta", 9, "50个篮球场", 50, CNT),
]
G("tta_basketball_courts", TTA, "The pits' total area as basketball courts: 50 twice", "the Terracotta Army pits",
  "total area in basketball courts", "undated", "The same figure (consistent).", ms)

ms = [
    F("tta", 4, "in the three pits containing", 3, CNT, vt="three", step=1),
    F("tta", 5, "three huge pits", 3, CNT, vt="three", step=1),
    F("tta", 6, "由三個大小不同的坑組成", 3, CNT, vt="三", step=1),
    F("tta", 10, "俑坑共分三處", 3, CNT, vt="三", step=1),
    F("tta", 11, "三个坑", 3, CNT, vt="三", step=1),
    F("tta", 12, "兵马俑坑共有三个", 3, CNT, vt="三", step=1),
    F("tta", 14, "There are three pits", 3, CNT, vt="three", step=1),
    F("tta", 15, "three pits containing soldiers", 3, CNT, vt="three", step=1),
    F("tta", 9, "总共有俑坑4个", 4, CNT, basis="all"),
    F("tta", 13, "兵馬俑四個坑介紹", 4, CNT, vt="四", step=1, basis="all"),
]
G("tta_pits", TTA, "Pits: three (with the army) on eight pages; gzjll's and eagle-nice's four (counting the empty fourth pit)",
  "the Terracotta Army", "number of pits", "undated",
  "Three everywhere (consistent). eagle-nice names a fourth pit holding only backfilled earth, and gzjll counts 4 pits in all: a wider scope than the three pits of the army, so different_basis with conflict as alt.",
  ms, OTHER(ms, [9, 10]))

NC("tta", 14, "Pit No.1 is in", "list_number")
NC("tta", 14, "in Pit No.1 are", "list_number")
NC("tta", 14, "in Pit No.1, most", "list_number")
NC("tta", 15, "Pit 1 has", "list_number")
NC("tta", 15, "Pit 2 has", "list_number")
NC("tta", 15, "Pit 3 is", "list_number")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh50.toml", "corpus-fresh50")
