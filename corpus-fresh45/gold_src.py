"""Hand annotation of corpus-fresh45, written as data; emits gold.d/fresh45.toml (then run
corpus/check_gold.py --dir corpus-fresh45 --build).

Three domains: the height of Mount Everest (the 2020 joint China-Nepal height 8,848.86 m against hk01's 8,848.68 m;
the 1954 Survey of India 8,848 m; China's 1975 8,848.13 m; the 2005 rock height 8,844.43 m against thepaper's 8844 m;
the 1999 National Geographic 8,850 m; the 1856 8,840 m; in feet 29,032 / 29,031.7 / 29,031.69 (2020), 29,029 / 29,028.87
against 29,028 (1954), 29,017 / 29,017.16 against 29,015 (2005), 29,035 / 29,035.43 (1999); the rise of 86 cm, the China-Nepal gap of
nearly four metres, the snow depth 3.5 m, the uplift of 4 mm a year; `evr-*`), Lake Chad (its area in the 1960s:
25,000 km2 against 2.6万 / 'over 26,000', the Guardian's 23,000 and the Toronto Star's 38,000; 28,000 in the 19th century; the area now:
2,500 / 2,000 / 1,300 / under 1,500 / 1,540 km2, 1350 against 900 in 2006, the 2,000-5,000 range; 90% lost; people who depend on it:
around 30 million / over 30 million against around 40 million and 近4000万; the Chari's share of the inflow 95% against
90%; its elevation 280 against 243 and 240 m; the paleolake 400000 against 340,400 km2; `lkc-*`) and Qinghai Lake (its area: 4456 / 4583 / 4635 / 4625.6 / 4500 /
4427 / 4340.0 km2 undated, 4317 in 2008, 4186 against 4244 in 2004, 4543 in 2020, 4650.08 in 2024; elevation 3196 m
against 3195 / 3197 / 3193.92 / 3205 and 3260 m; length 105 against 106 and 109 km; width 63 against 80 km; depth
32.8 / 28 / 27 / 38 / 25.6 m; volume 743亿 / 74.3 billion against 1050亿, 85.4 km3, 108 km3 and 约100亿 m3; distance to
Xining 100 / 136 / 151 km; `qhl-*`).

Every mention carries a basis tag (survey / year / measure, as read from the text). Pair verdicts: explicit entries
win; otherwise a different basis is different_basis, the same basis and the same value consistent; every same-basis pair
with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a
correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other figure is
consistent). Undated figures of a quantity that the pages themselves say changes from year to year (the areas of both
lakes, Qinghai Lake's level, depth and volume) are different_basis with conflict as alt when they differ by no more than
the documented change. Values as written: 万/萬 = 1e4, 亿/億 = 1e8, million = 1e6, billion = 1e9; km3 keyed in m**3.
Units: meter, feet, km, km**2, m**3, percent, count, mm_per_year, years.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
from goldsrc import C, K, D, R, emit, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, DC, CD, F, S, NC, G, X, ERRS, NAMES, auto, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

EVR, LKC, QHL = "mount-everest-height", "lake-chad", "qinghai-lake"
M, FT, KM, KM2, M3, YR = "meter", "feet", "km", "km**2", "m**3", "years"


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


def AD(ms, v, xs, ys=None):
    """Verdict v for every pair between xs and ys (1-based; ys defaults to xs) whose values differ."""
    ys = xs if ys is None else ys
    out = {}
    for x in xs:
        for y in ys:
            if x != y and ms[x - 1]["value"] != ms[y - 1]["value"]:
                out[(min(x, y), max(x, y))] = v
    return out


def SOFT(ms, xs):
    """Among mention numbers xs (1-based, one basis): every pair with different values that the kit's `auto` calls
    conflict or rounding becomes different_basis with that verdict as alt (an undated figure of a quantity the pages
    say changes from year to year); pairs that `auto` calls consistent stay consistent."""
    out = {}
    for i, x in enumerate(xs):
        for y in xs[i + 1:]:
            a, b = ms[x - 1], ms[y - 1]
            if a["value"] != b["value"]:
                v = auto(a, b)
                if v in (C, R):
                    out[(min(x, y), max(x, y))] = (D, v)
    return out


# ============================================================ Mount Everest
ms = [
    F("evr", 1, "stands at 8848.86m", 8848.86, M),
    F("evr", 1, "The new height is 8,848.86m", 8848.86, M),
    F("evr", 1, "remeasured Mt. Everest at 8,848.86 metres", 8848.86, M),
    F("evr", 1, "of the mountain is 8848.86 metres", 8848.86, M),
    F("evr", 2, "The new height is 8,848.86m", 8848.86, M),
    F("evr", 2, "The new height of 8,848.86 meters", 8848.86, M),
    F("evr", 3, "the official height is 8,848.86m", 8848.86, M),
    F("evr", 6, "which is now 8,848.86 metres", 8848.86, M),
    F("evr", 6, "Everest at 8848.86 metres", 8848.86, M),
    F("evr", 7, "the height is 8,848.86 metres", 8848.86, M),
    F("evr", 7, "new official height of 8,848.86m", 8848.86, M),
    F("evr", 8, "a new height of 8,848.86m", 8848.86, M),
    F("evr", 9, "to a new height of 8,848.86 meters", 8848.86, M),
    F("evr", 11, "| 8848.86米 |", 8848.86, M, note="the table dates the joint announcement 2019"),
    F("evr", 11, "最新高度为8848.86米", 8848.86, M),
    F("evr", 13, "8848.86公尺!", 8848.86, M),
    F("evr", 13, "至今已到達8848.86公尺", 8848.86, M),
    F("evr", 13, "最新高度爲8848.86公尺", 8848.86, M),
    F("evr", 13, "最新高程爲8848.86米", 8848.86, M),
    F("evr", 14, "最新高程8848.86米", 8848.86, M),
    F("evr", 15, "新海拔高度为 8,848.86 公尺", 8848.86, M),
    F("evr", 19, "峰頂海拔高度為8,848.86米", 8848.86, M, note="the page dates the figure to a 2015 remeasurement"),
    F("evr", 20, "海拔高度為8,848.86米", 8848.86, M),
    F("evr", 21, "岩面高度是8848.86米", 8848.86, M, note="called the rock height here; it is the 2020 snow-cap height"),
    F("evr", 25, "the mountain measures 8,848.86 meters", 8848.86, M),
    F("evr", 26, "standing at 8,848.86 meters", 8848.86, M),
    F("evr", 27, "(8,848.86m) tall", 8848.86, M),
    F("evr", 28, "the official height is 8,848.86 metres", 8848.86, M),
    F("evr", 12, "珠穆朗玛峰高度为8,848.68米", 8848.68, M),
]
G("evr_height_2020", EVR, "Height of Everest announced jointly by China and Nepal (December 2020): 8,848.86 m (28 mentions in 18 pages) against hk01's 8,848.68 m",
  "Mount Everest", "height above sea level (2020 joint survey)", "announced 2020-12-08",
  "Every page restates 8,848.86 m except hk01, which gives the announced height as 8,848.68 m (transposed digits; its headline, trimmed from the excerpt, says the same): conflict with every 8,848.86. The other 28 mentions are consistent.",
  ms)

ms = [
    F("evr", 1, "(29,032 ft)", 29032, FT),
    F("evr", 4, "stands at a staggering 29,032 feet", 29032, FT),
    F("evr", 7, "or 29,032 feet", 29032, FT),
    F("evr", 20, "(29,032英尺)", 29032, FT),
    F("evr", 19, "(29,031.69英尺)", 29031.69, FT),
    F("evr", 26, "(29,031.69 feet)", 29031.69, FT),
    F("evr", 25, "or 29,031.7 feet", 29031.7, FT),
    F("evr", 27, "officially measures 29,032ft", 29032, FT),
    F("evr", 27, "standing 29,032ft", 29032, FT),
    F("evr", 28, "(29,031.69ft)", 29031.69, FT),
]
G("evr_height_2020_ft", EVR, "The 2020 height in feet: 29,032 (six), 29,031.69 (three) and 29,031.7 (thedailymeal)", "Mount Everest",
  "height above sea level in feet (2020 joint survey)", "announced 2020-12-08",
  "8,848.86 m is 29,031.69 ft: 29,031.7 rounds it and 29,032 rounds both (rounding).", ms)

ms = [
    F("evr", 1, "The former height of the mountain, 8848 metres", 8848, M),
    F("evr", 3, "the 8,848 meters estimate", 8848, M),
    F("evr", 5, "but it’s 8,848 m", 8848, M),
    F("evr", 6, "Mt. Everest is 8,848 metres", 8848, M),
    F("evr", 9, "The previous height of 8848 meters", 8848, M),
    F("evr", 9, "agreed in 2010 to recognize 8848 meters", 8848, M),
    F("evr", 11, "| 印度测量局 | 8848米 |", 8848, M),
    F("evr", 11, "| 尼泊尔政府 | 8848米 |", 8848, M),
    F("evr", 12, "印度团队1954年测量的8,848米", 8848, M),
    F("evr", 14, "雪蓋高(總高)是8848米", 8848, M),
    F("evr", 15, "拉高至 8,848 公尺", 8848, M),
    F("evr", 18, "雪盖高(总高)8848米", 8848, M),
    F("evr", 21, "脱口而出“8848米”", 8848, M),
    F("evr", 22, "印在课本上的8848米", 8848, M),
    F("evr", 22, "公布得到8848米的高度", 8848, M),
    F("evr", 23, "8848米是国外延用的数据", 8848, M),
    F("evr", 27, "(8,848m)", 8848, M),
    F("evr", 28, "to put its height at 8,848 metres", 8848, M, note="the page dates the Survey of India's figure 1953"),
]
G("evr_height_1954", EVR, "The Survey of India's 1954 height, used by Nepal (snow height): 8,848 m (18 mentions)", "Mount Everest",
  "height above sea level (1954 Survey of India, with snow)", "1954 - 2020",
  "Same figure (consistent). evr-14 also says 8848 m matches China's 1975 survey (8,848.13 m, another group).", ms)

ms = [
    F("evr", 5, "29,029 feet (I", 29029, FT),
    F("evr", 18, "(29029英尺)", 29029, FT),
    F("evr", 2, "at 29,028 feet", 29028, FT),
    F("evr", 4, "slightly loftier 29,028 feet", 29028, FT),
    F("evr", 24, "If the number 29,028 is seared", 29028, FT),
    F("evr", 28, "(29,028ft)", 29028, FT),
    F("evr", 27, "Everest’s height as 29,028.87ft", 29028.87, FT),
    F("evr", 10, "pegged the mountain at 29,029 feet, 3 inches", 29029.25, FT, "s1975", vt="29,029 feet, 3 inches", step=1 / 12,
      note="China's earlier figure (29,029 ft 3 in = 8,848.13 m, the 1975 survey)"),
    F("evr", 4, "giving a total of 29,028 feet", 29028, FT, "s1856", note="attributed to the 1856 survey (which gave 29,002 ft / 8,840 m)"),
]
G("evr_height_1954_ft", EVR, "Nepal's former height in feet (the 1954 8,848 m): 29,029 (two) against 29,028 (four); wsbuzz's exact 29,028.87; China's earlier 29,029 ft 3 in; successdigest's 29,028 ft for 1856",
  "Mount Everest", "height above sea level in feet (1954 Survey of India)", "1954 - 2020",
  "8,848 m is 29,028.87 ft (wsbuzz): 29,029 rounds it (rounding); 29,028 does not (conflict), and 29,029 and 29,028, the same height written at the same precision, disagree (conflict). gadling's '29,029 feet, 3 inches' is China's 1975 figure and successdigest's 29,028 ft is said of the 1856 survey: other surveys (different_basis).",
  ms)

ms = [
    F("evr", 2, "as 8,848.13 meters", 8848.13, M),
    F("evr", 11, "| 8848.13米 |", 8848.13, M),
    F("evr", 13, "1975年首度測得的8848.13公尺", 8848.13, M),
    F("evr", 16, "测定高度为8848.13米", 8848.13, M),
    F("evr", 17, "精確得到珠峰高度為8848.13米", 8848.13, M),
]
G("evr_height_1975", EVR, "China's 1975 survey: 8,848.13 m (five)", "Mount Everest", "height above sea level (1975 Chinese survey)", "1975",
  "Same figure (consistent).", ms)

ms = [
    F("evr", 1, "previous official measurement of 8,844.43m", 8844.43, M),
    F("evr", 2, "previous official measurement of 8,844.43m", 8844.43, M),
    F("evr", 2, "rock height at 8,844.43 meters", 8844.43, M),
    F("evr", 3, "the rock height of the summit was 8,844.43m", 8844.43, M),
    F("evr", 8, "previous official measurement of 8,844.43 metres", 8844.43, M),
    F("evr", 11, "| 8844.43米 |", 8844.43, M),
    F("evr", 12, "2005年测定为8,844.43米", 8844.43, M),
    F("evr", 13, "「岩石面海拔高度」爲8844.43公尺", 8844.43, M),
    F("evr", 14, "(裸高即地質高度)為8844.43米", 8844.43, M),
    F("evr", 14, "海拔高程8844.43米的精確", 8844.43, M),
    F("evr", 14, "岩石面海拔高程資料8844.43米", 8844.43, M),
    F("evr", 15, "海拔高度为 8,844.43 公尺", 8844.43, M),
    F("evr", 16, "珠穆朗玛峰的海拔高度是8844.43米", 8844.43, M),
    F("evr", 16, "确切海拔高度为8844.43米", 8844.43, M),
    F("evr", 17, "高程數(shù)據(jù):8844.43米", 8844.43, M),
    F("evr", 17, "巖石面海拔高程8844.43米", 8844.43, M),
    F("evr", 18, "(裸高即地量高度)为8844.43米", 8844.43, M),
    F("evr", 27, "(8,844.43m)", 8844.43, M),
    F("evr", 28, "which was 8,844.43 metres", 8844.43, M),
    F("evr", 23, "(裸高即地质高度)为8844.43米", 8844.43, M),
    F("evr", 22, "把高度改为了8844米", 8844, M),
]
G("evr_height_2005", EVR, "China's 2005 rock height: 8,844.43 m (20 mentions) and thepaper's rounded 8844 m", "Mount Everest",
  "rock height above sea level (2005 Chinese survey)", "2005",
  "8844 rounds 8,844.43 (rounding); the rest give the same figure (consistent).", ms)

ms = [
    F("evr", 2, "China said it was 29,017 feet", 29017, FT),
    F("evr", 4, "stood at 29,017 feet", 29017, FT),
    F("evr", 5, "a 2005 Chinese survey yielded 29,017", 29017, FT),
    F("evr", 10, "some 29,017.16 feet", 29017.16, FT, q="approx"),
    F("evr", 28, "(29,017ft)", 29017, FT),
    F("evr", 27, "measuring 29,017.16ft", 29017.16, FT),
    F("evr", 4, "mapped the peak at 29,015 feet", 29015, FT),
]
G("evr_height_2005_ft", EVR, "China's 2005 rock height in feet: 29,017 (four), 29,017.16 (wsbuzz) and 'some 29,017.16' (gadling) against successdigest's 29,015",
  "Mount Everest", "rock height in feet (2005 Chinese survey)", "2005",
  "8,844.43 m is 29,017.16 ft: 29,017 rounds 29,017.16 (rounding) and agrees with 'some 29,017.16' (consistent by the kit's hedge rule); 29,015 is not a rounding of either (conflict, also inside successdigest against its own 29,017).",
  ms)

ms = [
    F("evr", 3, "slightly greater height of 8,850m", 8850, M),
    F("evr", 15, "海拔高度为 8,850 公尺", 8850, M),
]
G("evr_height_1999", EVR, "The 1999 National Geographic height: 8,850 m (two)", "Mount Everest", "height above sea level (1999 GPS survey)", "1999",
  "Same figure (consistent).", ms)

ms = [
    F("evr", 4, "put it at 29,035 feet", 29035, FT),
    F("evr", 5, "measurement gave 29,035 feet", 29035, FT),
    F("evr", 24, "announced as 29,035 feet", 29035, FT),
    F("evr", 10, "the mountain at 29,035.43 feet", 29035.43, FT),
]
G("evr_height_1999_ft", EVR, "The 1999 US (National Geographic) height in feet: 29,035 (three) and gadling's 29,035.43", "Mount Everest",
  "height above sea level in feet (1999 GPS survey)", "1999", "29,035 rounds 29,035.43 (rounding).", ms)

ms = [
    F("evr", 15, "海拔高度为 8,840 公尺", 8840, M),
    F("evr", 22, "珠峰高度——8840米", 8840, M),
]
G("evr_height_1856", EVR, "The first (1856) British height: 8,840 m (two)", "Mount Everest", "height above sea level (1856 survey)", "1856",
  "Same figure (consistent).", ms)

ms = [
    F("evr", 1, "Everest is 0.86m higher", 0.86, M),
    F("evr", 1, "now taller by 86 centimetres", 0.86, M, mult=0.01),
    F("evr", 2, "Everest is 0.86m higher", 0.86, M),
    F("evr", 6, "height is 86 cms more", 0.86, M, mult=0.01),
    F("evr", 7, "officially just got taller – by 86cm", 0.86, M, mult=0.01),
    F("evr", 8, "Everest is 0.86m higher", 0.86, M),
    F("evr", 9, "has risen 86 centimeters", 0.86, M, mult=0.01),
    F("evr", 15, "高出 86 公分", 0.86, M, mult=0.01),
    F("evr", 8, "Mt Everest grows by nearly a metre to new height", 1, M, vt="a metre", q="under", step=1, nth=1),
    F("evr", 8, "nearly a metre to new heightThe", 1, M, vt="a metre", q="under", step=1),
    F("evr", 28, "officially grown by nearly a metre", 1, M, vt="a metre", q="under", step=1),
    F("evr", 27, "Mount Everest ‘adds’ 1 metre", 1, M),
]
G("evr_rise", EVR, "Rise of the official height in 2020 over Nepal's 8,848 m: 0.86 m / 86 cm (eight), 'nearly a metre' (three) and wsbuzz's 'adds 1 metre'", "Mount Everest",
  "increase of the official height", "2020 against 1954", "Same figure; 'nearly a metre' holds 0.86 m (consistent); wsbuzz's '1 metre' rounds 0.86 m (rounding).", ms)

ms = [
    F("evr", 1, "nearly four metres lower", 4, M, vt="four", q="under", step=1),
    F("evr", 2, "nearly four metres lower", 4, M, vt="four", q="under", step=1),
    F("evr", 7, "almost four metres lower", 4, M, vt="four", q="under", step=1),
    F("evr", 8, "put the mountain four metres lower", 4, M, vt="four", step=1),
    F("evr", 3, "about 3.7m less than the 1954 estimate", 3.7, M, q="approx"),
    F("evr", 28, "about 3.7 meters (11 feet) less", 3.7, M, q="approx"),
    F("evr", 27, "(4m) taller than China’s", 4, M, "new", q="approx"),
    F("evr", 15, "比中国之前的官方数据则是高出 4 公尺", 4, M, "new", note="the new height against China's 8,844.43 m (4.43 m), not China's against Nepal's"),
]
G("evr_gap", EVR, "China's 2005 height below Nepal's 8,848 m: nearly / almost four metres (three), four metres, about 3.7 m; concord's 4 m of the new height over China's figure apart",
  "Mount Everest", "gap between China's 2005 and Nepal's 1954 height", "before 2020",
  "8,848 - 8,844.43 = 3.57 m: 'nearly four', 'four' and 'about 3.7' hold each other (consistent by the kit's hedge rule); concord's '高出 4 公尺' is the 2020 height over China's figure (another difference: different_basis).",
  ms)

ms = [
    F("evr", 13, "公尺矮了3.7公尺", 3.7, M),
    F("evr", 16, "相比少了3.70米", 3.7, M),
]
G("evr_gap_1975", EVR, "The 2005 rock height below the 1975 height: 3.7 / 3.70 m (two)", "Mount Everest", "8,848.13 - 8,844.43 m", "1975 against 2005",
  "Same figure (consistent).", ms)

ms = [
    F("evr", 2, "ice-snow layer at 3.5 meters deep", 3.5, M),
    F("evr", 17, "峰頂冰雪深度3.50米", 3.5, M),
]
G("evr_snow", EVR, "Depth of ice and snow on the summit (2005): 3.5 / 3.50 m (two)", "Mount Everest", "snow and ice on the summit", "2005",
  "Same figure (consistent).", ms)

ms = [
    F("evr", 13, "每年垂直升高4毫米", 4, "mm / year"),
    F("evr", 13, "每年隆升約4毫米", 4, "mm / year", q="approx"),
    F("evr", 21, "每年大约升高4毫米", 4, "mm / year", q="approx"),
]
G("evr_uplift", EVR, "Uplift of the Everest region: about 4 mm a year (three)", "Mount Everest", "uplift a year", "now",
  "Same figure (consistent).", ms)

ms = [
    F("evr", 3, "a 7.8 magnitude earthquake", 7.8, "index_points"),
    F("evr", 28, "a 7.8 magnitude earthquake", 7.8, "index_points"),
]
G("evr_quake_magnitude", EVR, "Magnitude of the 2015 Nepal earthquake: 7.8 (two)", "2015 Nepal earthquake", "magnitude", "2015", "Same figure (consistent).", ms)

ms = [
    F("evr", 3, "killed nearly 9,000 people", 9000, CNT, q="under"),
    F("evr", 28, "killed nearly 9,000 people", 9000, CNT, q="under"),
    F("evr", 27, "killed at least 9,000 people", 9000, CNT, q="at_least"),
]
G("evr_quake_deaths", EVR, "Deaths in the 2015 Nepal earthquake: nearly 9,000 (two) and 'at least 9,000'", "2015 Nepal earthquake", "deaths", "2015",
  "Same figure; the hedges meet at 9,000 (consistent).", ms)

ms = [
    F("evr", 25, "about 13 feet higher than China’s", 13, FT, q="approx"),
    F("evr", 27, "approximately 13ft", 13, FT, q="approx"),
]
G("evr_gap_new_ft", EVR, "The 2020 height above China's 2005 figure, in feet: about 13 ft (two)", "Mount Everest", "2020 height minus China's 2005 height (feet)", "2020",
  "Same figure (consistent).", ms)

ms = [
    F("evr", 3, "another seven of the world’s 14 highest peaks", 14, CNT),
    F("evr", 28, "another seven of the world’s 14 highest peaks", 14, CNT),
]
G("evr_14_peaks", EVR, "The world's highest peaks of which Nepal holds eight: 14 (two)", "world's highest peaks", "count", "now", "Same figure (consistent).", ms)

S("evr", 1, "used 12 different lower peaks", value=12, unit=CNT)
S("evr", 27, "approximately 1 million buildings", value=1e6, unit=CNT, q="approx")
S("evr", 27, "killing 19 people", value=19, unit=CNT)
S("evr", 28, "(11 feet) less", value=11, unit=FT, q="approx")
NC("evr", 27, "via 5G", "name")
NC("evr", 27, "following 2015’s major earthquake", "date")
NC("evr", 28, "used a 1953 calculation", "date")
NC("evr", 28, "in its 2005 calculation", "date")
NC("evr", 28, "in 2015 that killed", "date")
S("evr", 1, "over six decades after", vt="six", value=60, unit=YR, mult=10, q="over", note="six decades = 60 years (pint reads 'decades' as a logarithmic unit)")
S("evr", 2, "one meter of unknown material", vt="one", value=1, unit=M, step=1)
S("evr", 4, "now 34 inches TALLER", value=34, unit="inches")
S("evr", 4, "around 26 times higher", value=26, unit="times", q="approx")
S("evr", 5, "(seven feet higher)", vt="seven", value=7, unit=FT, step=1)
S("evr", 5, "roughly ten feet of ice and snow", vt="ten", value=10, unit=FT, q="approx", step=1)
S("evr", 7, "grows around 50cm every century", value=50, unit="cm / century", q="approx")
S("evr", 7, "six people can stand", vt="six", value=6, unit=CNT, step=1)
S("evr", 10, "about 12 feet shorter", value=12, unit=FT, q="approx")
S("evr", 17, "精度±0.21米", value=0.21, unit=M)
S("evr", 17, "登山隊15名隊員", value=15, unit=CNT)
S("evr", 24, "two extra meters have rounded out", vt="two", value=2, unit=M, step=1)
S("evr", 26, "three feet more than the previous height", vt="three", value=3, unit=FT)
S("evr", 26, "committed over $1 million", value=1e6, unit="USD", q="over")
NC("evr", 25, "December 8, 2020 | 12:52pm", "date")
NC("evr", 26, "in 2018, and committed", "date")
NC("evr", 1, "the previous measurement in 1954", "date")
NC("evr", 3, " date 2020-12-14", "date")
NC("evr", 3, "in 2015 which killed", "date")
NC("evr", 4, "took place in 1856", "date")
single(NAMES[("evr", 4)], 9, "2", not_a_claim=True, kind="page_furniture")
single(NAMES[("evr", 4)], 21, "2", not_a_claim=True, kind="page_furniture")
NC("evr", 8, " date 2020-12-08", "date")
NC("evr", 8, "Tuesday, 8 December 2020", "date")
NC("evr", 9, "on 8th December 2020", "date")
NC("evr", 11, "| 1954年 |", "date")
NC("evr", 11, "| 2005年 |", "date")
NC("evr", 11, "自20世纪以来", "date")
NC("evr", 13, "2020年5月27日", "date")
NC("evr", 14, "1953年5月29日", "date")
NC("evr", 17, "中新網(wǎng)10月9日電", "date")
NC("evr", 19, "這是2015年經過重新測量的結果", "date")
NC("evr", 20, "這是2020年12月8日", "date")
NC("evr", 22, "1852年,英属印度", "date")
NC("evr", 24, "Updated August 5, 2020", "date")
NC("evr", 24, "along with 1066, 1492", "date")
NC("evr", 24, "As of Nov. 11, 1999", "date")

# ============================================================ Lake Chad
ms = [
    F("lkc", 1, "shrinking from 25,000 square kilometres", 25000, KM2),
    F("lkc", 8, "从约25,000平方公里减少到", 25000, KM2, q="approx"),
    F("lkc", 8, "面积约为25,000平方公里", 25000, KM2, q="approx"),
    F("lkc", 13, "從當初的2.5萬平方公裏", 25000, KM2),
    F("lkc", 9, "超过26,000平方公里的大湖", 26000, KM2, q="over"),
    F("lkc", 10, "1960年时乍得湖面积为2.6万平方公里", 26000, KM2),
    F("lkc", 17, "面積從2.6萬萎縮到279平方公里", 26000, KM2),
    F("lkc", 17, "上世紀乍得湖還有2.6萬平方千米", 26000, KM2),
    F("lkc", 5, "Lake Chad was 38,000 square kilometres", 38000, KM2),
    F("lkc", 20, "shrivelled from 23,000 sq km", 23000, KM2, note="four decades before 2006"),
    F("lkc", 4, "an area of about 28,000 km²", 28000, KM2, "c19", q="approx"),
    F("lkc", 11, "面积28,000平方公里的大湖", 28000, KM2, "c19"),
    F("lkc", 12, "面積28,000平方公里的大湖", 28000, KM2, "c19"),
]
G("lkc_area_1960s", LKC, "Area of Lake Chad in the 1960s (before the shrinking): 25,000 km2 (four mentions in three pages) against 2.6万 / 'over 26,000' (four in three), the Guardian's 23,000 and the Toronto Star's 38,000; 28,000 km2 in the 19th century apart",
  "Lake Chad", "area before the shrinking", "the 1960s / mid-20th century / 'originally'",
  "25,000 and 26,000 are two figures of the same precision that disagree (conflict; 'about 25,000' does not reach 'over 26,000'); 2.6万 and 'over 26,000' agree (consistent); 23,000 and 38,000 disagree with every other figure (conflict), except that 'over 26,000' holds 38,000 (consistent by the kit's hedge rule). The 19th-century 28,000 km2 is an earlier state (different_basis).",
  ms)

ms = [
    F("lkc", 1, "to just 2,500", 2500, KM2),
    F("lkc", 4, "now covers approximately 2,000 km²", 2000, KM2, q="approx"),
    F("lkc", 5, "measuring just 1,300 square kilometres", 1300, KM2),
    F("lkc", 8, "如今的不足1,500平方公里", 1500, KM2, q="under"),
    F("lkc", 13, "縮減為如今的2000平方公裏", 2000, KM2),
    F("lkc", 9, "水域面积1,540平方公里", 1540, KM2),
    F("lkc", 9, "到2001年底湖面已不足1500平方公里", 1500, KM2, "y2001", q="under"),
    F("lkc", 10, "只有不到1500平方公里", 1500, KM2, "y2001", q="under"),
    F("lkc", 10, "2006年是1350平方公里", 1350, KM2, "y2006"),
    F("lkc", 20, "to just 900 sq km", 900, KM2, "y2006", note="the Nigeria Sat-1 image shown in January 2006"),
    F("lkc", 11, "面积在2,000到5,000平方公里之间波动", [2000, 5000], KM2, "range", vt="2,000到5,000", step=1000),
    F("lkc", 11, "表面积2,000-5,000平方公里", [2000, 5000], KM2, "range", vt="2,000-5,000", step=1000),
    F("lkc", 12, "面積在2,000到5,000平方公里之間波動", [2000, 5000], KM2, "range", vt="2,000到5,000", step=1000),
    F("lkc", 12, "表面積2,000-5,000平方公里", [2000, 5000], KM2, "range", vt="2,000-5,000", step=1000),
    F("lkc", 17, "萎縮到279平方公里", 279, KM2, "dry"),
    F("lkc", 17, "最小只有200百多平方千米", 200, KM2, "dry", q="over", note="'200百多' as stored: read as 200多 (over 200)"),
    F("lkc", 23, "雨季2.2万平方公里", 22000, KM2, "wet"),
    F("lkc", 24, "面积在 10,360~25,900 平方公里间", [10360, 25900], KM2, "season", vt="10,360~25,900", step=10),
]
G("lkc_area_now", LKC, "Area of Lake Chad now: 2,500 / about 2,000 / 2000 / 1,300 / under 1,500 / 1,540 km2 (undated); under 1500 in 2001 (two); 1350 (roadjoy) against 900 km2 (the Guardian) in 2006; the 2,000-5,000 km2 range of fluctuation since the 1970s; digipub's dry-season minimum 279 / 200多; zsbeike's rainy-season 2.2万; cgzdl's seasonal 10,360-25,900",
  "Lake Chad", "surface area now", "undated 'now'; 2001; 2006; since the mid-1970s; dry season",
  "The undated 'now' figures differ, but the lake's area swings from year to year and season to season (findtourguide: 'its size has fluctuated significantly'; Wikipedia: between 2,000 and 5,000 km2), so two undated figures are different_basis with conflict (or, 2,500 against about 2,000, rounding) as alt. The two 2001 figures agree; the two 2006 figures, 1350 km2 (roadjoy's yearly figure) and 900 km2 (the Guardian's January 2006 article on a new satellite image whose capture date and season are not given), disagree (conflict), but with an area that swings by half between the seasons (zsbeike, cgzdl) they may describe different seasons (different_basis as alt). The range of fluctuation, the seasonal extremes and the other years are other bases (different_basis).",
  ms, SOFT(ms, [1, 2, 3, 4, 5, 6]), P(9, 10, (C, D)))

ms = [
    F("lkc", 1, "it has lost 90% of its area", 90, PC),
    F("lkc", 2, "lost 90 percent of its surface area", 90, PC),
    F("lkc", 6, "shrunk by about 90%", 90, PC, q="approx"),
    F("lkc", 8, "缩小了近90%", 90, PC, q="under"),
    F("lkc", 10, "乍得湖消失的90%水面", 90, PC),
    F("lkc", 10, "面积居然萎缩了90%", 90, PC),
    F("lkc", 18, "面积萎缩90%以上", 90, PC, q="over"),
    F("lkc", 8, "湖泊面积减少了约80%", 80, PC, "p2000", q="approx"),
]
G("lkc_area_lost", LKC, "Share of the area lost since the 1960s: 90% (seven mentions in six pages, some hedged); UNEP's about 80% for 1960-2000 apart",
  "Lake Chad", "share of the area lost", "since the 1960s (over 40 / 50 / 60 years); 1960-2000",
  "Same figure, the hedges hold it (consistent); about 80% is for 1960-2000 (different_basis).", ms)

ms = [
    F("lkc", 2, "around 30 million people", 3e7, CNT, q="approx"),
    F("lkc", 4, "over 30 million people", 3e7, CNT, q="over"),
    F("lkc", 14, "有3000多万人靠乍得湖为生", 3e7, CNT, q="over", vt="3000多万"),
    F("lkc", 15, "超过3000万人", 3e7, CNT, q="over"),
    F("lkc", 16, "超過 3000 萬人", 3e7, CNT, q="over"),
    F("lkc", 3, "Around 40 million people", 4e7, CNT, q="approx"),
    F("lkc", 10, "近4000万非洲人", 4e7, CNT, q="under"),
]
G("lkc_people", LKC, "People who live on or depend on Lake Chad: around 30 million against around 40 million and 近4000万; 'over 30 million' (four) holds both",
  "Lake Chad", "people depending on the lake", "now",
  "'around 30 million' and 'around 40 million' disagree (conflict; the kit's hedged ranges touch at 35 million, so the pair is set explicitly), as do 'around 30 million' and 近4000万 (set explicitly for the same reason: the kit's range of 近4000万 reaches down to 30 million), but roadjoy counts the people 'on both sides of the Sahara' after naming the whole basin's countries, a wider scope (different_basis as alt); 'over 30 million' holds every figure (consistent); 'around 40 million' and 近4000万 agree.",
  ms, P(1, 6, C), P(1, 7, (C, D)))

ms = [
    F("lkc", 17, "乍得湖95%的水源來自這條河", 95, PC),
    F("lkc", 18, "大约占河流水源的95%", 95, PC, "river", q="approx", note="share of the river inflow"),
    F("lkc", 15, "其中90%的水源都来自于查里河和洛贡河的注入", 90, PC),
    F("lkc", 16, "其中 90% 的水源都來自于查裏河和洛貢河的注入", 90, PC),
    F("lkc", 24, "(其中 95%来自沙里河)", 95, PC, "river", note="share of the river water (大量河水注入, 其中 95%)"),
]
G("lkc_chari_share", LKC, "Share of Lake Chad's water brought by the Chari (with its tributary the Logone): digipub's 95% against 90% (the two 地球知识局 copies); kasitelidq's and cgzdl's 95% of the river inflow apart",
  "Lake Chad", "share of the inflow from the Chari system", "now",
  "The Logone joins the Chari before the lake, so 'the Chari' and 'the Chari and the Logone' bring the same water: digipub's 95% of the lake's water against 90% disagree (conflict; the kit reads a bare 90% as one significant figure, so rounding is the alt). kasitelidq ('大约占河流水源的95%') and cgzdl ('大量河水注入(其中 95%来自沙里河)') give the Chari's share of the river inflow only, while rain on the lake also feeds it: against the 90% of 地球知识局 (whose '其中' may mean the lake's water sources or the river supply) they are different_basis with conflict as alt; against digipub's share of all water, different_basis.",
  ms, A(ms, (C, R), [1], [3, 4]), A(ms, (D, C), [2, 5], [3, 4]))

ms = [
    F("lkc", 11, "乍得湖流域面积100万平方公里", 1e6, KM2),
    F("lkc", 12, "乍得湖流域面積100萬平方千米", 1e6, KM2),
    F("lkc", 17, "乍得湖流域面積約100萬平方千米", 1e6, KM2, q="approx"),
]
G("lkc_basin", LKC, "Catchment of Lake Chad: 100万 km2 (three)", "Lake Chad", "catchment area", "now", "Same figure (consistent).", ms)

ms = [
    F("lkc", 15, "面积大约230万平方千米", 2.3e6, KM2, q="approx"),
    F("lkc", 16, "面積大約 230 萬平方千米", 2.3e6, KM2, q="approx"),
]
G("lkc_chad_basin", LKC, "Area of the Chad Basin: about 230万 km2 (two copies)", "Chad Basin", "area", "now", "Same figure (consistent).", ms)

ms = [
    F("lkc", 15, "占非洲大陆总面积的8%以上", 8, PC, q="over"),
    F("lkc", 16, "占非洲大陸總面積的 8% 以上", 8, PC, q="over"),
]
G("lkc_chad_basin_share", LKC, "The Chad Basin's share of Africa: over 8% (two copies)", "Chad Basin", "share of Africa's area", "now", "Same figure (consistent).", ms)

ms = [
    F("lkc", 11, "平均深度0.5-2米", [0.5, 2], M, "range", vt="0.5-2", step=0.1),
    F("lkc", 12, "平均深度0.5-2公尺", [0.5, 2], M, "range", vt="0.5-2", step=0.1),
    F("lkc", 15, "平均水深仅2米左右", 2, M, q="approx"),
    F("lkc", 16, "平均水深僅 2 米左右", 2, M, q="approx"),
    F("lkc", 17, "平均深度只有1.5米", 1.5, M),
    F("lkc", 23, "平均深1.5米", 1.5, M),
    F("lkc", 24, "平均水深 1.5 米", 1.5, M),
]
G("lkc_mean_depth", LKC, "Mean depth of Lake Chad: 0.5-2 m (Wikipedia, two), about 2 m (two), 1.5 m (three)", "Lake Chad", "mean depth", "now",
  "1.5 m and about 2 m lie within 0.5-2 m and the kit's hedge holds 1.5 in 'about 2' (consistent).", ms, A(ms, K, [1, 2], [3, 4, 5, 6, 7]))

ms = [
    F("lkc", 15, "最深处也只有12米上下", 12, M, q="approx"),
    F("lkc", 16, "最深處也隻有 12 米上下", 12, M, q="approx"),
    F("lkc", 23, "最深12米", 12, M),
    F("lkc", 24, "最深时可达 4~11 米", [4, 11], M, "range", vt="4~11", step=1),
]
G("lkc_max_depth", LKC, "Greatest depth of Lake Chad: about 12 m (two copies) and 12 m (zsbeike); cgzdl's 4-11 m", "Lake Chad", "greatest depth", "now",
  "Same figure (consistent); cgzdl's 'up to 4-11 m' is a range over the seasons (different_basis, conflict defensible against 12 m).", ms, A(ms, DC, [4], [1, 2, 3]))

ms = [
    F("lkc", 9, "乍得湖海拔280公尺", 280, M),
    F("lkc", 17, "水面海拔約280米", 280, M, q="approx"),
    F("lkc", 23, "湖面海拔243米", 243, M),
    F("lkc", 24, "湖面海拔 240 米", 240, M),
]
G("lkc_elevation", LKC, "Surface elevation of Lake Chad: 280 m (two) against 243 m (zsbeike) and 240 m (cgzdl)", "Lake Chad", "surface elevation", "now",
  "280 m disagrees with 243 and 240 m (conflict; no change of level explains 40 m); 240 rounds 243 by the kit's rule (a bare 240 read as two significant figures: rounding).", ms)

ms = [
    F("lkc", 9, "7000年前最大时占地400000平方公里", 4e5, KM2),
    F("lkc", 11, "历史上的最大面积约为340,400平方公里", 340400, KM2, q="approx"),
    F("lkc", 19, "乍得湖的面积达30万至40万平方千米", [3e5, 4e5], KM2, "range", vt="30万至40万", step=1e4),
]
G("lkc_paleo_area", LKC, "Greatest area of the ancient lake (Mega-Chad): 400000 km2 (factpedia) against about 340,400 km2 (Wikipedia); 30万至40万 5,400 years ago",
  "Lake Chad (ancient)", "greatest area", "its largest, some thousands of years ago",
  "400000 and about 340,400 both state the lake's greatest extent and disagree (conflict); the 30万-40万 range for 5,400 years ago is a span of states (different_basis).",
  ms)

ms = [
    F("lkc", 11, "最大深度约为160米", 160, M, q="approx"),
    F("lkc", 19, "水深达160米", 160, M),
]
G("lkc_paleo_depth", LKC, "Depth of the ancient lake: 160 m (two)", "Lake Chad (ancient)", "greatest depth", "its largest", "Same figure (consistent).", ms)

S("lkc", 1, "Over the past 40 years", value=40, unit=YR)
S("lkc", 1, "it will be gone in 20 years", value=20, unit=YR)
S("lkc", 2, "in the last 100 years", value=100, unit=YR)
S("lkc", 6, "in the past 50 years", value=50, unit=YR)
S("lkc", 9, "容量72立方公里", value=7.2e10, unit=M3, mult=1e9)
S("lkc", 9, "盆地最低处海拔是155米", value=155, unit=M)
S("lkc", 9, "栖息著135种鱼类", value=135, unit=CNT)
S("lkc", 9, "年渔产量高达20万吨", value=2e5, unit="tonnes")
S("lkc", 9, "约450万沿湖居民", value=4.5e6, unit=CNT, q="approx")
S("lkc", 10, "不到60年时间里", value=60, unit=YR, q="under")
S("lkc", 11, "体积约为13,500立方公里", value=1.35e13, unit=M3, mult=1e9, q="approx")
S("lkc", 11, "湖面海拔约325米", value=325, unit=M, q="approx")
S("lkc", 13, "大概有1500萬的人口", value=1.5e7, unit=CNT, q="approx")
S("lkc", 17, "年均降水量250毫米", value=250, unit="mm")
S("lkc", 17, "年均降水量560毫米", value=560, unit="mm")
S("lkc", 17, "沙里河長約949千米", value=949, unit=KM, q="approx")
S("lkc", 18, "每年提供到4亿立方米水量", value=4e8, unit=M3, note="a figure is missing before 到 as stored")
S("lkc", 18, "在短短40多年间", value=40, unit=YR, q="over")
S("lkc", 19, "矿物质含量仍没有超过1克/升", value=1, unit="g/L", q="under")
S("lkc", 22, "covering 16,157.34 km2", value=16157.34, unit=KM2)
S("lkc", 22, "that was 64.6% of the total lake area", value=64.6, unit=PC)
S("lkc", 22, "decreased to 1831.44 km2", value=1831.44, unit=KM2)
S("lkc", 22, "around 11.33%", value=11.33, unit=PC, q="approx")
S("lkc", 22, "during the last 50 years", value=50, unit=YR)
NC("lkc", 9, "欧洲第一次调查是在1823年", "date")
S("lkc", 9, "60年前查德湖", value=60, unit=YR)
NC("lkc", 10, "2018-07-10 07:15", "date")
NC("lkc", 10, "2016年7月16日拍摄", "date")
NC("lkc", 11, "公元前39,000年至公元前300年", "date")
NC("lkc", 11, "在1970年代中期后大幅减小", "date")
NC("lkc", 11, "2015年9月的乍得湖", "date")
NC("lkc", 12, "2015年9月的乍得湖", "date")
NC("lkc", 15, "2023-02-26 09:27:18", "date")
NC("lkc", 17, "全文共1873字", "page_furniture")
NC("lkc", 17, "閱讀需6分鐘", "page_furniture")
single(NAMES[("lkc", 17)], 5, "0", not_a_claim=True, kind="page_furniture")
NC("lkc", 17, "北緯13°附近", "coordinate")
NC("lkc", 19, "早在5 400年以前", "date")
NC("lkc", 22, "1973, 1987, 2001, 2013, and 2017", "date")
S("lkc", 20, "(14,300 sq m)", value=14300, unit="square_miles", note="as stored: 23,000 km2 is about 8,900 square miles")
NC("lkc", 20, "from 1963, Lake Chad", "date")
S("lkc", 20, "in the past 1,000 years", value=1000, unit=YR)
S("lkc", 24, "降水很少(200~500 毫米)", vt="200~500", value=[200, 500], unit="mm")
S("lkc", 24, "最大 不超过 1‰", value=1, unit="per_1000", q="under")
S("lkc", 24, "海拔仅 155~200 米", vt="155~200", value=[155, 200], unit=M)

# ============================================================ Qinghai Lake
ms = [
    F("qhl", 4, "covering an area of 4,635 sq. km", 4635, KM2),
    F("qhl", 8, "The lake area is 4625.6 square kilometers", 4625.6, KM2),
    F("qhl", 10, "面积4456平方公里", 4456, KM2),
    F("qhl", 10, "青海湖面积达4456平方公里", 4456, KM2),
    F("qhl", 11, "面积达4456平方公里", 4456, KM2),
    F("qhl", 12, "面积4583平方公里", 4583, KM2),
    F("qhl", 13, "面积大约为 4,583平方公里", 4583, KM2, q="approx"),
    F("qhl", 13, "面积 约4,583平方公里", 4583, KM2, q="approx"),
    F("qhl", 14, "面積4583平方公裏", 4583, KM2),
    F("qhl", 15, "湖水面積4500平方公里", 4500, KM2),
    F("qhl", 17, "面积为4427平方公里", 4427, KM2),
    F("qhl", 18, "湖面面积4340.0 km2", 4340, KM2),
    F("qhl", 1, "surface area of 4,317 square kilometres", 4317, KM2, "y2008"),
    F("qhl", 5, "surface area of 4317km2", 4317, KM2, "y2008"),
    F("qhl", 5, "4186km2 (2004)", 4186, KM2, "y2004"),
    F("qhl", 9, "2004年因气候干旱萎缩至4244平方公里", 4244, KM2, "y2004"),
    F("qhl", 5, "4489km2 (2007)", 4489, KM2, "y2007"),
    F("qhl", 5, "4543km2 (2020)", 4543, KM2, "y2020a"),
    F("qhl", 21, "青海湖水体面积为4543平方公里", 4543, KM2, "y2020a"),
    F("qhl", 22, "至2020年(9月)湖泊面积突破4600平方公里", 4600, KM2, "y2020s", q="over"),
    F("qhl", 21, "9月份丰水季水体面积达4549平方公里", 4549, KM2, "y2019s"),
    F("qhl", 22, "青海湖水体面积为4572.69平方公里", 4572.69, KM2, "y2021a"),
    F("qhl", 9, "面积:4650.08平方公里", 4650.08, KM2, "y2024", note="meipian's figure is the 2024 measurement (its next lines: '2024年恢复至70年前规模')"),
    F("qhl", 19, "2024年9月25日青海湖水体面积为4650.08平方千米", 4650.08, KM2, "y2024"),
    F("qhl", 20, "青海湖水体面积为4650.08平方千米", 4650.08, KM2, "y2024"),
    F("qhl", 7, "the area of Qinghai Lake is 4,304.79 km²", 4304.79, KM2, "y2015"),
]
G("qhl_area", QHL, "Area of Qinghai Lake: undated 4,635, 4625.6, 4456 (three), 4583 (four), 4500, 4427, 4340.0 km2; 4,317 in 2008 (two); 4186 against 4244 in 2004; 4489 in 2007; 4543 in April 2020 (two), over 4600 in September 2020, 4549 in September 2019, 4572.69 in April 2021, 4650.08 in 2024 (three), 4,304.79 in 2015",
  "Qinghai Lake", "surface area", "undated; dated by year (and season)",
  "The lake's area changes from year to year (piglix / cryer / silkroad: 'fluctuated in size, shrinking over much of the 20th century, but increasing since 2004'; the Qinghai meteorological bureau's yearly figures), so undated figures that differ are different_basis with conflict (or rounding) as alt. cryer's 4186 km2 and meipian's 4244 km2 are both for 2004 and disagree (conflict), but neither gives the season, and the bureau's April and September areas of one year differ by as much (2020: 4543 in April, over 4600 in September), so different_basis is the alt. Figures of different years or seasons are different_basis; same-year restatements agree.",
  ms, SOFT(ms, list(range(1, 13))), P(15, 16, (C, D)))

ms = [
    F("qhl", 4, "is 3,196 m above sea level", 3196, M),
    F("qhl", 8, "The lake is 3,196 meters above sea level", 3196, M),
    F("qhl", 9, "海拔:3196米", 3196, M),
    F("qhl", 10, "湖面海拔3196米", 3196, M),
    F("qhl", 13, "其湖面海拔约为3196米", 3196, M, q="approx"),
    F("qhl", 13, "海拔 约3,196米", 3196, M, q="approx"),
    F("qhl", 14, "青海湖海拔3196米。", 3196, M),
    F("qhl", 12, "湖面海拔3195米", 3195, M),
    F("qhl", 17, "高悬在海拔3197米的山上", 3197, M),
    F("qhl", 18, "湖面水位3193.92 m", 3193.92, M),
    F("qhl", 1, "at 3,205 m", 3205, M),
    F("qhl", 6, "at 3,205 m", 3205, M),
    F("qhl", 5, "Elevation: | 3260m", 3260, M),
    F("qhl", 11, "湖面海拔为3260米", 3260, M),
    F("qhl", 2, "Its water level was at 3 195.59m", 3195.59, M, "y1988", vt="3 195.59", step=0.01),
    F("qhl", 21, "从2005年的3192.86米", 3192.86, M, "y2005"),
    F("qhl", 21, "上升至3195.97米", 3195.97, M, "y2019"),
]
G("qhl_elevation", QHL, "Surface elevation of Qinghai Lake: 3196 m (seven) against 3195, 3197, 3193.92 and 3,205 (two); 3260 (two); dated 3195.59 (1988), 3192.86 (2005), 3195.97 (2019)",
  "Qinghai Lake", "surface elevation (water level)", "undated; 1988; 2005; 2019",
  "The level moves from year to year (djxww: up 3.11 m from 2005 to 2019; piglix and silkroad, which give 3,205 m, say the lake shrank over much of the 20th century), so undated levels of 3193.92-3205 m that differ are different_basis with conflict as alt. 3260 m is 55-65 m above every other figure, more than any change of level (conflict), and so also against the dated levels of 1988, 2005 and 2019 (no year's level explains it). Other dated levels are other bases (different_basis).",
  ms, SOFT(ms, list(range(1, 13))), A(ms, C, [13, 14], [15, 16, 17]))

ms = [
    F("qhl", 1, "(10,515 ft) above sea level", 10515, FT),
    F("qhl", 6, "(10,515 feet)", 10515, FT),
    F("qhl", 5, "(10,700feet)", 10700, FT),
]
G("qhl_elevation_ft", QHL, "Surface elevation in feet: 10,515 (two, = 3,205 m) against cryer's 10,700 (= 3260 m)",
  "Qinghai Lake", "surface elevation in feet", "undated",
  "10,700 disagrees with 10,515 (conflict), as 3260 m does with 3,205 m.", ms)

ms = [
    F("qhl", 10, "青海湖长105公里", 105, KM),
    F("qhl", 13, "长度 约105公里", 105, KM, q="approx"),
    F("qhl", 17, "它长105公里", 105, KM),
    F("qhl", 8, "The lake is 106 kilometers long", 106, KM),
    F("qhl", 14, "東西長106公裏", 106, KM),
    F("qhl", 15, "東西長(zhǎng)106公里", 106, KM),
    F("qhl", 2, "about 109 km long (E-W)", 109, KM, q="approx"),
]
G("qhl_length", QHL, "Length of Qinghai Lake (east-west): 105 km (three) against 106 km (three) and hceis' about 109 km",
  "Qinghai Lake", "length (east-west)", "undated",
  "105 and 106 km are figures of the same precision that disagree (conflict); 'about 109' holds neither (conflict). No page says the length changes.", ms)

ms = [
    F("qhl", 8, "63 kilometers wide from north to south", 63, KM),
    F("qhl", 10, "宽63公里", 63, KM),
    F("qhl", 14, "南北寬63公裏", 63, KM),
    F("qhl", 17, "宽63公里", 63, KM),
    F("qhl", 13, "宽度 约80公里", 80, KM, q="approx"),
]
G("qhl_width", QHL, "Width of Qinghai Lake (north-south): 63 km (four) against gzlsly's about 80 km", "Qinghai Lake", "width (north-south)", "undated",
  "About 80 km does not hold 63 km (conflict).", ms)

ms = [
    F("qhl", 2, "with a circumerence of 360 km", 360, KM),
    F("qhl", 8, "about 360 kilometers in circumference", 360, KM, q="approx"),
    F("qhl", 14, "岸線長360公裏", 360, KM),
    F("qhl", 10, "环湖周长360多公里", 360, KM, q="over"),
    F("qhl", 11, "环湖周长360多公里", 360, KM, q="over"),
    F("qhl", 15, "湖一周360余公里", 360, KM, q="over"),
    F("qhl", 7, "the shoreline is 501.04 km long (2015)", 501.04, KM, "y2015", note="a 2015 shoreline measured from imagery"),
]
G("qhl_shoreline", QHL, "Circumference of Qinghai Lake: 360 / over 360 km (six); geodoi's 2015 shoreline of 501.04 km", "Qinghai Lake", "circumference",
  "undated; 2015", "Same figure, the hedges hold it (consistent); the 2015 shoreline traced from imagery is another measure (different_basis).", ms)

ms = [
    F("qhl", 5, "Max-Depth: | 32.8m", 32.8, M),
    F("qhl", 9, "最深处达32.8米", 32.8, M),
    F("qhl", 12, "最深处32.8米", 32.8, M),
    F("qhl", 14, "最深32.8米", 32.8, M),
    F("qhl", 11, "最大水深为28米", 28, M),
    F("qhl", 2, "the maximum at 27m", 27, M),
    F("qhl", 18, "最大水深27.0 m", 27, M),
    F("qhl", 17, "最深处达38米", 38, M),
    F("qhl", 13, "最大深度 约25.6米", 25.6, M, q="approx"),
    F("qhl", 1, "a maximum depth of 25.5 m", 25.5, M, "y2008"),
    F("qhl", 5, "a maximum depth of 25.5m", 25.5, M, "y2008"),
]
G("qhl_max_depth", QHL, "Greatest depth of Qinghai Lake: 32.8 m (four) against 28, 27 / 27.0, 38 and about 25.6 m (undated); 25.5 m in 2008 (two)",
  "Qinghai Lake", "greatest depth", "undated; 2008",
  "The depth follows the lake's level, which has moved by metres (see qhl_elevation): undated depths that differ are different_basis with conflict as alt; 27 and 27.0 agree; the 2008 figure is another basis (different_basis).",
  ms, SOFT(ms, list(range(1, 10))))

ms = [
    F("qhl", 11, "青海湖水平均深约19米多", 19, M, q="over"),
    F("qhl", 14, "平均水深18.6米", 18.6, M),
    F("qhl", 18, "平均水深17.9 m", 17.9, M),
    F("qhl", 2, "Its average depth is 16m", 16, M),
    F("qhl", 1, "an average depth of 21 metres", 21, M, "y2008"),
    F("qhl", 5, "an average depth of 21m", 21, M, "y2008"),
]
G("qhl_mean_depth", QHL, "Mean depth of Qinghai Lake: 'over 19 m', 18.6, 17.9 and 16 m (undated); 21 m in 2008 (two)", "Qinghai Lake", "mean depth",
  "undated; 2008", "As the greatest depth: undated figures that differ are different_basis with conflict as alt; 2008 is another basis.",
  ms, SOFT(ms, [1, 2, 3, 4]))

ms = [
    F("qhl", 9, "蓄水量超743亿立方米", 7.43e10, M3, q="over"),
    F("qhl", 8, "lake water capacity is 74.3 billion cubic meters", 7.43e10, M3),
    F("qhl", 11, "蓄水量达1050亿立方米", 1.05e11, M3),
    F("qhl", 14, "水容量85.4立方公裏", 8.54e10, M3, mult=1e9),
    F("qhl", 5, "Volume: | 108km3", 1.08e11, M3, mult=1e9),
    F("qhl", 13, "水容量 约100亿立方米", 1e10, M3, q="approx"),
    F("qhl", 2, "a pondage of 73.88 billion m3", 7.388e10, M3, "y1988"),
]
G("qhl_volume", QHL, "Volume of Qinghai Lake: over 743亿 / 74.3 billion m3, 1050亿, 85.4 km3, 108 km3 (undated) against gzlsly's about 100亿 m3; 73.88 billion in 1988",
  "Qinghai Lake", "volume of water", "undated; 1988",
  "743亿 and 74.3 billion agree (consistent); 743亿 to 1080亿 m3 differ as the level does (different_basis with conflict as alt); about 100亿 (10 km3) is a tenth of every other figure, the 1988 73.88 billion included (conflict: no change of level explains it). 1988 is otherwise another basis.",
  ms, SOFT(ms, [1, 2, 3, 4, 5]), P(6, 7, C))

ms = [
    F("qhl", 1, "about 100 kilometres (62 mi) west", 100, KM, q="approx"),
    F("qhl", 6, "about 151 kilometres west", 151, KM, q="approx"),
    F("qhl", 15, "距省會(huì)西寧151公里", 151, KM),
    F("qhl", 14, "距西寧市136公裏", 136, KM),
]
G("qhl_xining", QHL, "Distance from Xining: 151 km (two) against about 100 km (piglix) and 136 km (apscp)", "Qinghai Lake",
  "distance from Xining", "undated",
  "136 and about 100 disagree with 151 (conflict); the kit's range of 'about 100' (one significant figure, 50-150) reaches 136 (consistent).",
  ms)

ms = [
    F("qhl", 1, "Twenty-three rivers", 23, CNT, vt="Twenty-three", step=1),
    F("qhl", 6, "Twenty-three rivers", 23, CNT, vt="Twenty-three", step=1),
]
G("qhl_rivers", QHL, "Rivers and streams flowing into Qinghai Lake: twenty-three (two)", "Qinghai Lake", "inflowing rivers and streams", "undated", "Same figure (consistent).", ms)

ms = [
    F("qhl", 1, "provide 80% of total influx", 80, PC),
    F("qhl", 6, "provide 80% of total influx", 80, PC),
]
G("qhl_permanent_inflow", QHL, "Share of the inflow from the five permanent streams: 80% (two)", "Qinghai Lake", "share of the inflow", "undated", "Same figure (consistent).", ms)

ms = [
    F("qhl", 2, "a total area of 29 661 square kilometer", 29661, KM2, vt="29 661", step=1),
    F("qhl", 19, "流域总面积29661平方公里", 29661, KM2),
]
G("qhl_basin", QHL, "Catchment of Qinghai Lake: 29,661 km2 (two)", "Qinghai Lake", "catchment area", "undated", "Same figure (consistent).", ms)

ms = [
    F("qhl", 10, "海拔都在海拔3600~5000米之间", [3600, 5000], M, vt="3600~5000", step=100),
    F("qhl", 11, "海拔都在3600米至5000米之间", [3600, 5000], M, vt="3600米至5000", step=100),
]
G("qhl_mountains", QHL, "Height of the four mountains around the lake: 3600-5000 m (two)", "mountains around Qinghai Lake", "height", "undated", "Same range (consistent).", ms)

ms = [
    F("qhl", 12, "湖中有4个小岛", 4, CNT),
    F("qhl", 17, "青海湖中有4个小岛", 4, CNT),
]
G("qhl_islets", QHL, "Islets in the lake: 4 (two)", "Qinghai Lake", "islets", "undated", "Same figure (consistent).", ms)

ms = [
    F("qhl", 19, "较上年同期增加28.10平方千米", 28.1, KM2),
    F("qhl", 20, "较上年同期增加28.10平方千米", 28.1, KM2),
]
G("qhl_gain_1yr_2024", QHL, "Growth of the area in 2024 over 2023: 28.10 km2 (two)", "Qinghai Lake", "growth of the area over a year", "2024-09", "Same figure (consistent).", ms)

ms = [
    F("qhl", 19, "中国最大湖泊水体面积较近5年同期增加39.32平方千米", 39.32, KM2),
    F("qhl", 19, "中国最大咸水湖水体面积较近5年同期增加39.32平方千米", 39.32, KM2),
    F("qhl", 19, "(2019年-2023年)增加39.32平方千米", 39.32, KM2),
    F("qhl", 20, "(2019—2023年)增加39.32平方千米", 39.32, KM2),
]
G("qhl_gain_5yr_2024", QHL, "Growth of the area in 2024 over the 2019-2023 mean: 39.32 km2 (four)", "Qinghai Lake", "growth of the area over the five-year mean", "2024-09",
  "Same figure (consistent).", ms)

ms = [
    F("qhl", 1, "21 metres (69 ft)", 69, FT, "y2008", vt="69"),
    F("qhl", 5, "21m (69feet)", 69, FT, "y2008", vt="69"),
]
G("qhl_mean_depth_ft", QHL, "Mean depth in 2008 in feet: 69 (two)", "Qinghai Lake", "mean depth (feet)", "2008", "Same figure (consistent).", ms)

ms = [
    F("qhl", 1, "25.5 m (84 ft)", 84, FT, "y2008", vt="84"),
    F("qhl", 5, "(83.7feet)", 83.7, FT, "y2008"),
    F("qhl", 5, "(107.6feet)", 107.6, FT, note="32.8 m in feet"),
]
G("qhl_max_depth_ft", QHL, "Greatest depth in feet: 84 (piglix) and 83.7 (cryer) for the 2008 25.5 m; cryer's 107.6 ft (= 32.8 m)", "Qinghai Lake", "greatest depth (feet)", "2008; undated",
  "84 rounds 83.7 (rounding); 107.6 ft is the undated 32.8 m (different_basis).", ms)

ms = [
    F("qhl", 21, "青海湖水体面积较近10年同期平均增大164平方公里", 164, KM2),
    F("qhl", 21, "同期平均增大164平方公里。", 164, KM2),
]
G("qhl_gain_10yr_2020", QHL, "Growth of the area in April 2020 over the 2010-2019 mean: 164 km2 (djxww's headline and body)", "Qinghai Lake",
  "growth of the area over the ten-year mean", "2020-04", "Same figure (consistent).", ms)

ms = [
    F("qhl", 22, "青海湖水体面积较近十年同期增加163.94平方公里", 163.94, KM2),
    F("qhl", 22, "同期平均增加163.94平方公里。", 163.94, KM2),
]
G("qhl_gain_10yr_2021", QHL, "Growth of the area in April 2021 over the 2011-2020 mean: 163.94 km2 (lingyashan's headline and body)", "Qinghai Lake",
  "growth of the area over the ten-year mean", "2021-04", "Same figure (consistent).", ms)

S("qhl", 1, "(1,667 sq mi)", value=1667, unit="square_miles")
S("qhl", 9, "2024年恢复至70年前规模", value=70, unit=YR)
S("qhl", 20, "降水量分别偏多3成", vt="3成", value=30, unit=PC)
S("qhl", 20, "和2成", vt="2成", value=20, unit=PC)
S("qhl", 22, "4个气象站点降水", value=4, unit=CNT)
S("qhl", 22, "海晏县降水偏多超过4倍", value=4, unit="times", q="over")
NC("qhl", 8, "[41]", "footnote_marker")
NC("qhl", 8, "[15 to 16]", "footnote_marker")
NC("qhl", 12, "2014年10月20日9时50分", "date")
NC("qhl", 19, "图为2024年4月2日", "date")
NC("lkc", 15, "从阿波罗7号上看乍得湖", "name")
NC("lkc", 16, "從阿波羅 7 号上看乍得湖", "name")
NC("lkc", 8, "自20世纪60年代以来", "date")
NC("evr", 3, "on Dec. 1, a team member", "date")
single(NAMES[("evr", 12)], 1, "8-848-68", not_a_claim=True, kind="url", note="the address repeats the headline's 8,848.68 (trimmed from the excerpt)")
single(NAMES[("evr", 6)], 1, "844886", not_a_claim=True, kind="url")
NC("evr", 9, "held on December 26", "date")
NC("evr", 15, "8 日确认长高了", "date")
S("qhl", 1, "salinity of c. 14 parts per thousand", value=14, unit="per_1000", q="approx")
S("qhl", 1, "pH of 9.3", value=9.3, unit="pH")
S("qhl", 1, "about 150,000 years ago", value=150000, unit=YR, q="approx")
S("qhl", 2, "elevation of 3 196 to 5 714m", vt="3 196 to 5 714", value=[3196, 5714], unit=M)
S("qhl", 2, "covering 4 counties, 29 townships", vt="4", value=4, unit=CNT)
S("qhl", 2, "651~m wide (N-S)", vt="651", value=651, unit=M, note="as stored; probably a garbled 65 km")
S("qhl", 2, "water surface area of l,304.5 km2", vt="l,304.5", value=4304.5, unit=KM2, note="1988; 'l' for 4 as stored")
S("qhl", 2, "an area of 48km2and", value=48, unit=KM2)
S("qhl", 4, "the island is 10 m above the lake water", value=10, unit=M)
S("qhl", 4, "covering an area of 0.11 sq. km", value=0.11, unit=KM2)
S("qhl", 7, "the biggest one is 1.17 km²", value=1.17, unit=KM2)
S("qhl", 7, "the least one is 4,666 km²", value=4666, unit=KM2, note="as stored (m2 meant)")
S("qhl", 7, "about 370 mm", value=370, unit="mm", q="approx")
S("qhl", 7, "about 1,500 mm", value=1500, unit="mm", q="approx")
S("qhl", 9, "普氏原羚(3400余只)", value=3400, unit=CNT, q="over")
S("qhl", 9, "青海湖裸鲤(12.03万吨)", value=1.203e5, unit="tonnes")
S("qhl", 9, "60万只水鸟", value=6e5, unit=CNT)
S("qhl", 9, "湖岸线每年外扩近200米", value=200, unit=M, q="under")
S("qhl", 9, "全长60公里", value=60, unit=KM)
S("qhl", 11, "日平均气温也只有15℃", value=15, unit="degC")
S("qhl", 12, "青海湖面积持续8年增大", value=8, unit=YR)
S("qhl", 13, "占青海省总面积的约1.2%", value=1.2, unit=PC, q="approx")
S("qhl", 14, "湖區日照時數大多在3000小時以上", value=3000, unit="hours", q="over")
S("qhl", 17, "比4个死海的面积还要大", value=4, unit="times")
S("qhl", 17, "还要大450多平方公里", value=450, unit=KM2, q="over")
S("qhl", 18, "越过倒淌河约20 km", value=20, unit=KM, q="approx")
S("qhl", 21, "较上年同期增大28平方公里", value=28, unit=KM2)
S("qhl", 21, "平均降水量为447.7毫米", value=447.7, unit="mm")
S("qhl", 21, "上升幅度达3.11米", value=3.11, unit=M)
S("qhl", 22, "较上年同期增大29.44平方公里", value=29.44, unit=KM2)
NC("qhl", 2, "at 36~ 15' to 38~ 2ff N", "coordinate")
NC("qhl", 4, "Revision as of 01:37, 27 July 2015", "date")
NC("qhl", 5, "Coords: | 37°N 108°W", "coordinate")
NC("qhl", 7, "between 36°32′ 56″N and 37°14′5″N", "coordinate")
NC("qhl", 10, "64b41ea75bfa3874b0665a75.jpeg", "page_furniture")
NC("qhl", 10, "位于东经99°36′~100°16′之间", "coordinate")
NC("qhl", 12, "2012年7月30日", "date")
NC("qhl", 13, "发布时间:2025-12-27 19:16:55", "date")
NC("qhl", 14, "東經99° 36′~ 100° 16′", "coordinate")
NC("qhl", 19, "发布时间:2024-11-14 15:36:54", "date")
NC("qhl", 20, "2024-10-11 20:50:58", "date")
NC("qhl", 21, "发布日期: 2020-05-21 13:30:13", "date")
NC("qhl", 22, "2021-05-13 11:21:12", "date")
NC("qhl", 8, "0 Useful +1", "page_furniture")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh45.toml", "corpus-fresh45")
