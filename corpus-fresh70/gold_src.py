"""Hand annotation of corpus-fresh70, written as data; emits gold.d/fresh70.toml (then run
corpus/check_gold.py --dir corpus-fresh70 --build).

Three company-results domains (news / business statistics): Hyundai Motor's 2021 results / 現代汽車 (`hyu-*`: revenue
117.6106 trillion won against 117.61 / 117.6; operating profit 6.6789 against 6.68 / 6.7; net profit 5.6931 against
5.69 / 5.7 / 'almost 5.7'; Q4 domestic sales 'rose 8.9' on bolnews against 'decreased 8.9' twice), S.F. Holding's 2021
results / 顺丰控股 (`sfx-*`: revenue 2,071.87亿 / 2072亿 / 207.19 billion against chinastockmarketnews' '207187 billion';
net profit 42.69亿 against 4.267 billion; Q4 net-profit growth 65.1% against 43.01%) and China Merchants Bank's 2023
results / 招商银行 (`mer-*`: net profit 1466.02亿 = 146.602 billion against the fund report's 1,466 億).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 万亿 = 1e12; money in KRW,
CNY, USD; declines as negative values; sales volumes in vehicles, parcels as parcels.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S, V, ANY, basis, val  # noqa: E402

load(HERE)

goldrules.install()

HYU, SFX, MER = "hyundai-motor-2021-results", "sf-holding-2021-results", "china-merchants-bank-2023-results"
KRW, CNY, USD, VEH, PCL = "KRW", "CNY", "USD", "vehicles", "parcels"
T, B, YI, WAN = 1e12, 1e9, 1e8, 1e4

# ============================================================ Hyundai Motor 2021
ms = [
    F("hyu", 1, "operating profit amounted to 6.6789 trillion won", 6.6789e12, KRW),
    F("hyu", 2, "to 6.68 trillion won ($5.6 billion)", 6.68e12, KRW),
    F("hyu", 3, "increased to 6.68 trillion", 6.68e12, KRW),
    F("hyu", 4, "178.9 percent to 6.7 trillion won", 6.7e12, KRW),
    F("hyu", 6, "last year was 6.6789 trillion KRW", 6.6789e12, KRW),
]
G("hyu_op_2021_krw", HYU, "Hyundai Motor's 2021 operating profit: 6.6789 trillion won twice against 6.68 twice and 6.7",
  "Hyundai Motor (consolidated)", "operating profit", "2021", "6.68 and 6.7 round 6.6789; 6.7 rounds 6.68: rounding.", ms)
ms = [
    F("hyu", 1, "year-on-year to 117.6106 trillion won", 117.6106e12, KRW),
    F("hyu", 2, "to 117.61 trillion won", 117.61e12, KRW),
    F("hyu", 3, "13.1% to 117.6 trillion", 117.6e12, KRW),
    F("hyu", 3, "to KRW 117.6 trillion", 117.6e12, KRW),
    F("hyu", 4, "all-time high of 117.6 trillion won", 117.6e12, KRW),
    F("hyu", 5, "13 per cent to 117.6 trillion won", 117.6e12, KRW),
    F("hyu", 6, "sales revenue was 117.6106 trillion KRW", 117.6106e12, KRW),
]
G("hyu_rev_2021_krw", HYU, "Hyundai Motor's 2021 revenue: 117.6106 trillion won twice against 117.61 and 117.6 (four mentions)",
  "Hyundai Motor (consolidated)", "revenue (sales)", "2021", "117.61 and 117.6 round 117.6106: rounding.", ms)
ms = [
    F("hyu", 1, "net profit rose 195.8 per cent to 5.6931 trillion won", 5.6931e12, KRW),
    F("hyu", 2, "almost tripled to 5.69 trillion won", 5.69e12, KRW),
    F("hyu", 3, "6.68 trillion and 5.69 trillion", 5.69e12, KRW),
    F("hyu", 4, "net profit of 5.7 trillion won", 5.7e12, KRW),
    F("hyu", 5, "almost 5.7 trillion won", 5.7e12, KRW, q="under"),
    F("hyu", 6, "Net profit was 5.6931 trillion KRW", 5.6931e12, KRW),
]
G("hyu_net_2021_krw", HYU, "Hyundai Motor's 2021 net profit: 5.6931 trillion won twice against 5.69 twice, 5.7 and 'almost 5.7'",
  "Hyundai Motor (consolidated, incl. non-controlling interests)", "net profit", "2021",
  "5.69 and 5.7 round 5.6931: rounding; 'almost 5.7' holds all of them: consistent.", ms)
ms = [
    F("hyu", 2, "Net income almost tripled to 5.69 trillion won ($4.7 billion)", 4.7e9, USD, vt="4.7 billion"),
    F("hyu", 4, "($4.8 billion)", 4.8e9, USD),
    F("hyu", 5, "(4.7 billion dollars)", 4.7e9, USD),
]
G("hyu_net_2021_usd", HYU, "Hyundai's 2021 net profit in dollars: $4.7 billion twice against $4.8 billion",
  "Hyundai Motor", "net profit converted to US dollars", "2021",
  "Each outlet converts the won figure at its own rate (4.7 and 4.8 both fit 5.69-5.7 trillion won at ~1,190-1,210 won "
  "per dollar): different_basis, with conflict as alt.", ms, V(val(4.8e9), val(4.7e9), (D, C)))
ms = [
    F("hyu", 1, "an increase of 178.9 per cent", 178.9, PC),
    F("hyu", 2, "soared 178.9 per cent", 178.9, PC),
    F("hyu", 4, "Operating profit rose 178.9 percent", 178.9, PC),
    F("hyu", 6, "an increase of 178.9%", 178.9, PC),
]
G("hyu_op_growth_2021_pc", HYU, "Growth of 2021 operating profit: 178.9% four times", "Hyundai Motor", "operating profit, year-on-year growth",
  "2021", "Consistent.", ms)
ms = [
    F("hyu", 1, "net profit rose 195.8 per cent", 195.8, PC),
    F("hyu", 4, "a whopping 195.8 percent jump", 195.8, PC),
    F("hyu", 6, "an increase of 195.8%", 195.8, PC),
]
G("hyu_net_growth_2021_pc", HYU, "Growth of 2021 net profit: 195.8% three times", "Hyundai Motor", "net profit, year-on-year growth",
  "2021", "Consistent.", ms)
ms = [
    F("hyu", 1, "sales rose 13.1 per cent", 13.1, PC),
    F("hyu", 2, "revenue gained 13.1 per cent", 13.1, PC),
    F("hyu", 3, "Annual revenue was up 13.1%", 13.1, PC),
    F("hyu", 3, "increased 13.1 percent from 2020", 13.1, PC),
    F("hyu", 4, "up 13.1 percent on year", 13.1, PC),
    F("hyu", 5, "Sales climbed 13 per cent", 13, PC),
    F("hyu", 6, "up 13.1% from the previous year", 13.1, PC),
]
G("hyu_rev_growth_2021_pc", HYU, "Growth of 2021 revenue: 13.1% six times against nomadtoday's 13%", "Hyundai Motor",
  "revenue, year-on-year growth", "2021", "13 rounds 13.1: rounding.", ms)
ms = [
    F("hyu", 1, "Annual sales in 2021 were 3,890,726 units", 3890726, VEH),
    F("hyu", 2, "Hyundai sold 3,890,726 vehicles", 3890726, VEH),
    F("hyu", 3, "increased 3.9% to 3,890,726 units", 3890726, VEH),
    F("hyu", 3, "The company sold 3,890,726 units", 3890726, VEH),
    F("hyu", 4, "on year to 3.9 million units", 3.9e6, VEH),
    F("hyu", 5, "about 3.9 million cars", 3.9e6, VEH, q="approx"),
]
G("hyu_units_2021", HYU, "Hyundai's global vehicle sales in 2021: 3,890,726 four times against 3.9 million and 'about 3.9 million'",
  "Hyundai Motor", "global vehicle sales (wholesale)", "2021",
  "3.9 million rounds 3,890,726: rounding; 'about 3.9 million' holds it: consistent.", ms)
ms = [
    F("hyu", 1, "up 3.9 per cent from the previous year", 3.9, PC),
    F("hyu", 2, "up 3.9 per cent from a year earlier", 3.9, PC),
    F("hyu", 3, "Hyundai sales increased 3.9%", 3.9, PC),
    F("hyu", 3, "up 3.9 percent from a year earlier", 3.9, PC),
    F("hyu", 4, "rose 3.9 percent on year", 3.9, PC),
    F("hyu", 5, "by 3.9 per cent", 3.9, PC),
]
G("hyu_units_growth_2021_pc", HYU, "Growth of 2021 global vehicle sales: 3.9% six times", "Hyundai Motor",
  "global vehicle sales, year-on-year growth", "2021", "Consistent.", ms)
ms = [
    F("hyu", 1, "to 726,868 units", 726868, VEH),
    F("hyu", 4, "in Korea it sold 726,868", 726868, VEH),
]
G("hyu_dom_units_2021", HYU, "Domestic (Korea) sales 2021: 726,868 twice", "Hyundai Motor", "domestic vehicle sales", "2021", "Consistent.", ms)
ms = [
    F("hyu", 1, "Domestic sales fell 7.7 per cent", -7.7, PC),
    F("hyu", 4, "down 7.7 percent on year", -7.7, PC),
]
G("hyu_dom_growth_2021_pc", HYU, "Change of domestic sales 2021: -7.7% twice", "Hyundai Motor", "domestic vehicle sales, year-on-year change",
  "2021", "Consistent.", ms)
ms = [
    F("hyu", 1, "to 3,163,888 units", 3163888, VEH,
      note="labelled 'global sales' on the page, beside domestic 726,868; 726,868 + 3,163,888 = 3,890,756 ~ the total 3,890,726: the overseas figure"),
    F("hyu", 4, "sold 3.16 million units", 3.16e6, VEH),
]
G("hyu_ovs_units_2021", HYU, "Overseas sales 2021: 3,163,888 (devdiscourse calls them 'global sales') against 3.16 million",
  "Hyundai Motor", "overseas vehicle sales", "2021", "3.16 million rounds 3,163,888: rounding.", ms)
ms = [
    F("hyu", 1, "global sales rose 7.0 per cent", 7.0, PC),
    F("hyu", 4, "up 7 percent on year", 7, PC),
]
G("hyu_ovs_growth_2021_pc", HYU, "Growth of overseas sales 2021: 7.0% against 7%", "Hyundai Motor",
  "overseas vehicle sales, year-on-year growth", "2021", "Same value: consistent.", ms)
ms = [
    F("hyu", 2, "to 31.03 trillion won ($25.9 billion)", 31.03e12, KRW),
    F("hyu", 3, "Y/y to KRW 31.03 trillion", 31.03e12, KRW),
    F("hyu", 3, "year-over-year to KRW 31.03 trillion", 31.03e12, KRW),
    F("hyu", 4, "Revenues stood at 31.03 trillion won", 31.03e12, KRW),
    F("hyu", 6, "sales revenue was 31.0265 trillion KRW", 31.0265e12, KRW),
]
G("hyu_rev_q4_krw", HYU, "Revenue in Q4 2021: 31.03 trillion won four times against 31.0265", "Hyundai Motor", "revenue",
  "2021 Q4", "31.03 rounds 31.0265: rounding.", ms)
ms = [
    F("hyu", 2, "revenue added 6.1 per cent", 6.1, PC),
    F("hyu", 3, "4Q revenue increased 6.1%", 6.1, PC),
    F("hyu", 3, "revenue increased 6.1 percent", 6.1, PC),
    F("hyu", 4, "6.1 percent higher", 6.1, PC),
    F("hyu", 6, "sales revenue increased by 6.1%", 6.1, PC),
]
G("hyu_rev_growth_q4_pc", HYU, "Growth of Q4 2021 revenue: 6.1% five times", "Hyundai Motor", "revenue, year-on-year growth", "2021 Q4",
  "Consistent.", ms)
ms = [
    F("hyu", 2, "to 1.53 trillion won ($1.3 billion)", 1.53e12, KRW),
    F("hyu", 3, "to KRW 1.53 trillion", 1.53e12, KRW),
    F("hyu", 4, "operating profit was 1.53 trillion won", 1.53e12, KRW),
    F("hyu", 6, "operating profit was 1.5297 trillion KRW", 1.5297e12, KRW),
]
G("hyu_op_q4_krw", HYU, "Operating profit in Q4 2021: 1.53 trillion won three times against 1.5297", "Hyundai Motor", "operating profit",
  "2021 Q4", "1.53 rounds 1.5297: rounding.", ms)
ms = [
    F("hyu", 2, "Operating profit jumped 21.9 per cent", 21.9, PC),
    F("hyu", 3, "operating profit up 21.9 %", 21.9, PC),
    F("hyu", 4, "a 22 percent year-on-year increase", 22, PC),
    F("hyu", 6, "operating profit rose by 21.9%", 21.9, PC),
]
G("hyu_op_growth_q4_pc", HYU, "Growth of Q4 2021 operating profit: 21.9% three times against JoongAng's 22%", "Hyundai Motor",
  "operating profit, year-on-year growth", "2021 Q4", "22 rounds 21.9: rounding.", ms)
ms = [
    F("hyu", 2, "to 701.4 billion won", 701.4e9, KRW),
    F("hyu", 3, "net profit at KRW 701.4 billion", 701.4e9, KRW),
    F("hyu", 4, "came to 701.4 billion won", 701.4e9, KRW),
    F("hyu", 5, "year-on-year to 701.4 billion won", 701.4e9, KRW),
]
G("hyu_net_q4_krw", HYU, "Net profit in Q4 2021: 701.4 billion won four times", "Hyundai Motor", "net profit", "2021 Q4", "Consistent.", ms)
ms = [
    F("hyu", 2, "net income dropped 40.7 per cent", -40.7, PC),
    F("hyu", 4, "down 40.7 percent", -40.7, PC),
    F("hyu", 5, "fell 41 per cent", -41, PC),
]
G("hyu_net_growth_q4_pc", HYU, "Change of Q4 2021 net profit: -40.7% twice against -41%", "Hyundai Motor", "net profit, year-on-year change",
  "2021 Q4", "41 rounds 40.7: rounding.", ms)
ms = [
    F("hyu", 2, "($584.9 million)", 584.9e6, USD),
    F("hyu", 5, "(585 million dollars)", 585e6, USD),
]
G("hyu_net_q4_usd", HYU, "Q4 2021 net profit in dollars: $584.9 million against 585 million dollars", "Hyundai Motor",
  "net profit converted to US dollars", "2021 Q4",
  "Conversions at each outlet's own rate: different_basis, with rounding (585 rounds 584.9) as alt.", ms,
  V(ANY, ANY, (D, R)))
ms = [
    F("hyu", 2, "sold 960,639 vehicles", 960639, VEH),
    F("hyu", 3, "sold 960,639 units", 960639, VEH),
    F("hyu", 5, "15.7 per cent to 960,639 units", 960639, VEH),
    F("hyu", 6, "year-on-year to 960,639 units", 960639, VEH),
]
G("hyu_units_q4", HYU, "Global vehicle sales in Q4 2021: 960,639 four times", "Hyundai Motor", "global vehicle sales", "2021 Q4",
  "Consistent.", ms)
ms = [
    F("hyu", 2, "down 15.7 per cent", -15.7, PC),
    F("hyu", 3, "15.7% down versus", -15.7, PC),
    F("hyu", 3, "a 15.7 percent decrease", -15.7, PC),
    F("hyu", 5, "fell 15.7 per cent", -15.7, PC),
    F("hyu", 6, "decreased by 15.7%", -15.7, PC),
]
G("hyu_units_growth_q4_pc", HYU, "Change of Q4 2021 global sales: -15.7% five times", "Hyundai Motor",
  "global vehicle sales, year-on-year change", "2021 Q4", "Consistent.", ms)
ms = [
    F("hyu", 2, "to 774,643 units", 774643, VEH),
    F("hyu", 3, "17.2 percent to 774,643 units", 774643, VEH),
    F("hyu", 6, "year-on-year to 774,643 units", 774643, VEH),
]
G("hyu_ovs_units_q4", HYU, "Overseas sales in Q4 2021: 774,643 three times", "Hyundai Motor", "overseas vehicle sales", "2021 Q4",
  "Consistent.", ms)
ms = [
    F("hyu", 2, "dropped 17.2 per cent", -17.2, PC),
    F("hyu", 3, "down by 17.2 percent", -17.2, PC),
    F("hyu", 6, "declined by 17.2%", -17.2, PC),
]
G("hyu_ovs_growth_q4_pc", HYU, "Change of Q4 2021 overseas sales: -17.2% three times", "Hyundai Motor",
  "overseas vehicle sales, year-on-year change", "2021 Q4", "Consistent.", ms)
ms = [
    F("hyu", 2, "8.9 per cent to 185,996 units", 185996, VEH),
    F("hyu", 3, "8.9 percent to 185,996 units", 185996, VEH),
    F("hyu", 6, "year-on-year to 185,996 units", 185996, VEH),
]
G("hyu_dom_units_q4", HYU, "Domestic sales in Q4 2021: 185,996 three times", "Hyundai Motor", "domestic vehicle sales", "2021 Q4",
  "Consistent.", ms)
ms = [
    F("hyu", 2, "the domestic car sale rose 8.9 per cent", 8.9, PC),
    F("hyu", 3, "Sales in Korea decreased 8.9 percent", -8.9, PC),
    F("hyu", 6, "sales decreased by 8.9%", -8.9, PC),
]
G("hyu_dom_growth_q4_pc", HYU, "Change of Q4 2021 domestic sales: bolnews' 'rose 8.9 per cent' against 'decreased 8.9' twice",
  "Hyundai Motor", "domestic vehicle sales, year-on-year change", "2021 Q4",
  "+8.9 against -8.9 (the same figure with the opposite direction): conflict. -8.9 twice: consistent.", ms)
# hyu singles and non-claims
NC("hyu", 1, "Seoul [South Korea], January 27", "dateline")
NC("hyu", 1, "Hyundai Motor on January 25", "date")
S("hyu", 1, "(4.2842 trillion won)", value=4.2842e12, unit=KRW)
NC("hyu", 1, "seven years since 2014 (", "date")
S("hyu", 1, "since 2014 (7.55 trillion won)", value=7.55e12, unit=KRW)
S("hyu", 1, "from 2.3 per cent in 2020", value=2.3, unit=PC)
S("hyu", 1, "to 5.7 per cent last year", value=5.7, unit=PC)
S("hyu", 1, "up 3.4 per cent", value=3.4, unit=PC, note="5.7 - 2.3: a change in percentage points, written 'per cent'; keyed as written")
S("hyu", 2, "($98.1 billion)", value=98.1e9, unit=USD)
S("hyu", 2, "high of 105.75 trillion won", value=105.75e12, unit=KRW)
S("hyu", 2, "($88.2 billion)", value=88.2e9, unit=USD)
NC("hyu", 2, "tallied in 2019", "date")
S("hyu", 2, "($5.6 billion)", value=5.6e9, unit=USD)
NC("hyu", 2, "seven years since 2014", "date")
S("hyu", 2, "($25.9 billion)", value=25.9e9, unit=USD)
S("hyu", 2, "($1.3 billion)", value=1.3e9, unit=USD)
NC("hyu", 3, "4Q revenue increased", "period")
NC("hyu", 3, "4Q operating profit", "period")
S("hyu", 3, "margin record 4.9%", value=4.9, unit=PC)
NC("hyu", 3, "4Q sales volume", "period")
NC("hyu", 3, "versus 4Q 2020", "date")
S("hyu", 3, "13~14% of consolidated", vt="13", value=13, unit=PC)
S("hyu", 3, "~14% of consolidated", vt="14%", value=14, unit=PC)
S("hyu", 3, "5.5~6.5% annual", vt="5.5", value=5.5, unit=PC)
S("hyu", 3, "~6.5% annual", vt="6.5%", value=6.5, unit=PC)
NC("hyu", 3, "SEOUL, January 25, 2022", "dateline")
NC("hyu", 3, "fourth quarter of 2021.", "date")
NC("hyu", 3, "sales growth for 2022", "date")
S("hyu", 4, "which was a net of 6.6 trillion won", value=6.6e12, unit=KRW)
NC("hyu", 4, "highest annual figure since 2014", "date")
S("hyu", 4, "which was 4 million units", value=4e6, unit=VEH)
S("hyu", 4, "SUVs accounted for 47.3 percent", value=47.3, unit=PC)
S("hyu", 4, "up 4.1 percentage points", value=4.1, unit=PP)
S("hyu", 4, "accounted for 5.1 percent", value=5.1, unit=PC)
S("hyu", 4, "up 1.7 percentage points", value=1.7, unit=PP)
S("hyu", 4, "FnGuide was 1.5 trillion won", value=1.5e12, unit=KRW)
S("hyu", 5, "against 1.9 trillion won in 2020", value=1.9e12, unit=KRW)
NC("hyu", 1, "in 2020", "date")  # audit: years dating keyed figures, annotated as non-claims
NC("hyu", 1, "Annual sales in 2021", "date")
NC("hyu", 2, "in 2021, topping", "date")
NC("hyu", 2, "in 2021 on the global", "date")
NC("hyu", 3, "units in 2021", "date", nth=1)
NC("hyu", 3, "in 2021 around", "date")
NC("hyu", 3, "from 2020", "date")
NC("hyu", 4, "reported a 2021", "date")
NC("hyu", 5, "profit in 2021", "date")
NC("hyu", 5, "in 2020. Sales", "date")
NC("hyu", 6, "announced on the 25th", "date")
NC("hyu", 6, "such as Ioniq 5,", "model_name")
NC("hyu", 6, "Genesis GV70", "model_name")

# ============================================================ S.F. Holding 2021
ms = [
    F("sfx", 1, "营业收入2072亿元,嘉里", 2072e8, CNY),
    F("sfx", 1, "营业收入2072亿元,同比", 2072e8, CNY),
    F("sfx", 2, "营业收入 2,071.87", 2071.87e8, CNY, mult=YI),
    F("sfx", 3, "operating revenue of 207.19 billion yuan", 207.19e9, CNY),
    F("sfx", 4, "a revenue of 207187 billion yuan", 207187e9, CNY),
]
G("sfx_rev_2021_cny", SFX, "S.F. Holding's 2021 revenue: 2,071.87亿 against 2072亿 twice and 207.19 billion; chinastockmarketnews' '207187 billion yuan'",
  "S.F. Holding", "operating revenue", "2021",
  "2072亿 and 207.19 billion round 2,071.87亿: rounding. '207187 billion yuan' as written is a thousand times more "
  "(the digits of 2,071.87亿 with the decimal point lost): conflict with every other mention.", ms)
ms = [
    F("sfx", 1, "营业收入2072亿元,同比增长34.5%", 34.5, PC),
    F("sfx", 2, "1,539.87 34.55%", 34.55, PC),
    F("sfx", 3, "(+ 34.5%)", 34.5, PC),
    F("sfx", 4, "a year-on-year increase of 34.55%", 34.55, PC),
]
G("sfx_rev_growth_2021_pc", SFX, "Growth of 2021 revenue: 34.55% twice against 34.5% twice", "S.F. Holding",
  "operating revenue, year-on-year growth", "2021", "34.5 rounds 34.55: rounding.", ms)
ms = [
    F("sfx", 1, "实现归母净利润42.7亿元", 42.7e8, CNY),
    F("sfx", 2, "的净利润 42.69", 42.69e8, CNY, mult=YI),
    F("sfx", 3, "parent company of 4.27 billion yuan", 4.27e9, CNY),
    F("sfx", 4, "parent company was 4.267 billion yuan", 4.267e9, CNY),
]
G("sfx_net_2021_cny", SFX, "2021 net profit attributable to shareholders: 42.69亿 against 42.7亿 / 4.27 billion and 4.267 billion",
  "S.F. Holding", "net profit attributable to shareholders of the parent", "2021",
  "42.7亿 = 4.27 billion (same value); both round 42.69亿 and 4.267 billion: rounding. 4.267 billion against 42.69亿 "
  "(both to the million): conflict.", ms)
ms = [
    F("sfx", 2, "73.26 -41.73%", -41.73, PC),
    F("sfx", 3, "(- 41.7%)", -41.7, PC),
    F("sfx", 4, "decrease of 41.73%", -41.73, PC),
]
G("sfx_net_growth_2021_pc", SFX, "Change of 2021 net profit: -41.73% twice against -41.7%", "S.F. Holding",
  "net profit attributable, year-on-year change", "2021", "41.7 rounds 41.73: rounding.", ms)
ms = [
    F("sfx", 1, "扣非归母净利润18.3亿元", 18.3e8, CNY),
    F("sfx", 2, "性损益的净利润 18.34", 18.34e8, CNY, mult=YI),
    F("sfx", 3, "parent company of 1.83 billion yuan", 1.83e9, CNY),
    F("sfx", 4, "RMB 1.834 billion, a year-on-year decrease", 1.834e9, CNY),
]
G("sfx_ded_2021_cny", SFX, "2021 net profit after non-recurring items: 18.34亿 = 1.834 billion against 18.3亿 = 1.83 billion",
  "S.F. Holding", "net profit attributable, excluding non-recurring items", "2021", "18.3 rounds 18.34: rounding.", ms)
ms = [
    F("sfx", 2, "61.32 -70.09%", -70.09, PC),
    F("sfx", 3, "(- 70.1%)", -70.1, PC),
    F("sfx", 4, "decrease of 70%", -70, PC),
]
G("sfx_ded_growth_2021_pc", SFX, "Change of 2021 net profit after non-recurring items: -70.09% against -70.1% and -70%", "S.F. Holding",
  "net profit excl. non-recurring items, year-on-year change", "2021", "70.1 and 70 round 70.09; 70 rounds 70.1: rounding.", ms)
ms = [
    F("sfx", 1, "物流在第四季度并表贡献归母净利润约3.7亿元。今年", 3.7e8, CNY, q="approx"),
    F("sfx", 1, "其中嘉里物流在第四季度并表贡献归母净利润约3.7亿元", 3.7e8, CNY, q="approx"),
    F("sfx", 3, "impact of 370 million net profit", 370e6, CNY),
]
G("sfx_kerry_q4_cny", SFX, "Kerry Logistics' contribution to Q4 2021 net profit: 约3.7亿 twice and 370 million", "S.F. Holding (Kerry Logistics)",
  "net profit contributed after consolidation", "2021 Q4", "约3.7亿 holds 370 million: consistent.", ms)
ms = [
    F("sfx", 3, "a revenue of 71.33 billion yuan", 71.33e9, CNY),
    F("sfx", 4, "a revenue of 71.326 billion yuan", 71.326e9, CNY),
]
G("sfx_rev_q4_cny", SFX, "Revenue in Q4 2021: 71.33 billion against 71.326 billion", "S.F. Holding", "operating revenue", "2021 Q4",
  "71.33 rounds 71.326: rounding.", ms)
ms = [
    F("sfx", 3, "(+ 60.7%)", 60.7, PC),
    F("sfx", 3, "23.5% and 60.7% respectively", 60.7, PC),
    F("sfx", 4, "increase of 60.67%", 60.67, PC),
]
G("sfx_rev_growth_q4_pc", SFX, "Growth of Q4 2021 revenue: 60.7% twice against 60.67%", "S.F. Holding", "operating revenue, year-on-year growth",
  "2021 Q4", "60.7 rounds 60.67: rounding.", ms)
ms = [
    F("sfx", 3, "parent of 2.47 billion yuan", 2.47e9, CNY),
    F("sfx", 4, "parent company was 2.471 billion yuan", 2.471e9, CNY),
]
G("sfx_net_q4_cny", SFX, "Net profit in Q4 2021: 2.47 billion against 2.471 billion", "S.F. Holding", "net profit attributable", "2021 Q4",
  "2.47 rounds 2.471: rounding.", ms)
ms = [
    F("sfx", 3, "(+ 65.1%)", 65.1, PC),
    F("sfx", 4, "increase of 43.01%", 43.01, PC),
]
G("sfx_net_growth_q4_pc", SFX, "Growth of Q4 2021 net profit: 65.1% against 43.01%", "S.F. Holding", "net profit attributable, year-on-year growth",
  "2021 Q4", "65.1 against 43.01: conflict.", ms)
ms = [
    F("sfx", 3, "the parent of 1.5 billion yuan", 1.5e9, CNY),
    F("sfx", 3, "810 million yuan and 1.5 billion yuan", 1.5e9, CNY),
    F("sfx", 4, "RMB 1.501 billion, with", 1.501e9, CNY),
]
G("sfx_ded_q4_cny", SFX, "Q4 2021 net profit after non-recurring items: 1.5 billion twice against 1.501 billion", "S.F. Holding",
  "net profit attributable, excluding non-recurring items", "2021 Q4", "1.5 rounds 1.501: rounding.", ms)
ms = [
    F("sfx", 3, "(+ 46.1%)", 46.1, PC),
    F("sfx", 4, "increase of 46.07%", 46.07, PC),
]
G("sfx_ded_growth_q4_pc", SFX, "Growth of Q4 2021 net profit after non-recurring items: 46.1% against 46.07%", "S.F. Holding",
  "net profit excl. non-recurring items, year-on-year growth", "2021 Q4", "46.1 rounds 46.07: rounding.", ms)
# sfx singles and non-claims
NC("sfx", 1, "顺丰控股(002352.SZ)", "stock_code")
NC("sfx", 1, "在3月30日接受调研", "date")
NC("sfx", 1, "表示,2021年公司收入", "date")
NC("sfx", 1, "今年3月业务", "date")
NC("sfx", 1, "再加上1月和2月", "date")
NC("sfx", 1, "对2022全年", "date")
NC("sfx", 1, "能在2023年投入", "date")
NC("sfx", 1, "2021年公司收入和业务量创纪录,实现", "date")
S("sfx", 1, "实现业务量105.5亿票", value=105.5e8, unit=PCL)
S("sfx", 1, "同比增长29.7%", value=29.7, unit=PC)
NC("sfx", 1, "时效件在2020年", "date")
NC("sfx", 1, "情况下,2021年", "date")  # audit
S("sfx", 1, "仍能获得7.3%", value=7.3, unit=PC)
NC("sfx", 2, "2021年度财务决算报告", "date")
NC("sfx", 2, "一、2021年度", "date")
NC("sfx", 2, "“顺丰控股”) 2021", "date")
NC("sfx", 2, "项目 2021 年", "date")
NC("sfx", 2, "2020 年 增减", "date")
S("sfx", 2, "2,071.87 1,539.87", vt="1,539.87", value=1539.87e8, unit=CNY, mult=YI)
S("sfx", 2, "42.69 73.26", vt="73.26", value=73.26e8, unit=CNY, mult=YI)
S("sfx", 2, "18.34 61.32", vt="61.32", value=61.32e8, unit=CNY, mult=YI)
S("sfx", 2, "现金流量净额 153.57", vt="153.57", value=153.57e8, unit=CNY, mult=YI)
S("sfx", 2, "153.57 113.24", vt="113.24", value=113.24e8, unit=CNY, mult=YI)
S("sfx", 2, "113.24 35.61%", value=35.61, unit=PC)
S("sfx", 2, "(元/股) 0.93", value=0.93, unit=CNY)
S("sfx", 2, "0.93 1.64", vt="1.64", value=1.64, unit=CNY)
S("sfx", 2, "1.64 -43.29%", value=-43.29, unit=PC)
NC("sfx", 3, "Co.Ltd(002352)", "stock_code")
NC("sfx", 3, "2021 achieved operating", "date")
S("sfx", 3, "forecast for 2021 was 4.24 billion yuan", value=4.24e9, unit=CNY)
NC("sfx", 3, "profit forecast for 2021", "date")  # audit
NC("sfx", 3, "Looking at 21q4 alone", "period")
NC("sfx", 3, "new high in Q4 profit", "period")
NC("sfx", 3, "company's Q1-Q4 revenue", "period")
S("sfx", 3, "was 27.1%", value=27.1, unit=PC)
S("sfx", 3, "27.1%, 21.7%", vt="21.7%", value=21.7, unit=PC)
S("sfx", 3, "21.7%, 23.5% and", vt="23.5%", value=23.5, unit=PC)
S("sfx", 3, "was - 1.13 billion yuan", value=-1.13e9, unit=CNY)
S("sfx", 3, "660 million yuan", value=660e6, unit=CNY)
S("sfx", 3, "810 million yuan and", value=810e6, unit=CNY)
NC("sfx", 4, "Co.Ltd(002352) improved", "stock_code")
NC("sfx", 4, "annual report for 2021.", "date")
NC("sfx", 4, "in 2021, a year-on-year", "date")  # audit
S("sfx", 4, "fell 3.98pct", vt="3.98", value=-3.98, unit=PP)
S("sfx", 4, "to 12.37% year-on-year", value=12.37, unit=PC)
NC("sfx", 4, "Among them, 4q achieved", "period")
S("sfx", 4, "increased by 2.49pct", vt="2.49", value=2.49, unit=PP)
S("sfx", 4, "to 14.47%", value=14.47, unit=PC)
S("sfx", 4, "contributed 370 million yuan", value=370e6, unit=CNY)
NC("sfx", 4, "impact of 21q4 consolidation", "period")
NC("sfx", 4, "deduction of Q4 was", "period")
S("sfx", 4, "about 1.13 billion yuan", value=1.13e9, unit=CNY, q="approx")
S("sfx", 4, "increase of 10%", value=10, unit=PC)

# ============================================================ China Merchants Bank 2023
ms = [
    F("mer", 1, "营业收入达3391.23亿元", 3391.23e8, CNY),
    F("mer", 5, "全年营业收入达3391.23亿元", 3391.23e8, CNY),
    F("mer", 2, "operating income of 339.123 billion yuan", 339.123e9, CNY),
    F("mer", 3, "operating income of 339.123 billion yuan", 339.123e9, CNY),
]
G("mer_rev_2023_cny", MER, "CMB's 2023 operating income: 3391.23亿 = 339.123 billion yuan four times", "China Merchants Bank (Group)",
  "operating income", "2023", "Same value: consistent.", ms)
ms = [
    F("mer", 1, "同比小幅下降1.64%", -1.64, PC),
    F("mer", 5, "同比下降1.64%", -1.64, PC),
    F("mer", 2, "slight decrease of 1.64%", -1.64, PC),
    F("mer", 3, "year-on-year decrease of 1.64%", -1.64, PC),
]
G("mer_rev_growth_2023_pc", MER, "Change of 2023 operating income: -1.64% four times", "China Merchants Bank", "operating income, year-on-year change",
  "2023", "Consistent.", ms)
ms = [
    F("mer", 1, "归母净利润1466.02亿元", 1466.02e8, CNY),
    F("mer", 5, "归母净利润1466.02亿元", 1466.02e8, CNY),
    F("mer", 2, "reaching 146.602 billion yuan", 146.602e9, CNY),
    F("mer", 3, "with net profit of 146.602 billion yuan", 146.602e9, CNY),
    F("mer", 3, "shareholders of 146.602 billion yuan", 146.602e9, CNY),
    F("mer", 4, "淨利潤為 1,466 億元", 1466e8, CNY),
]
G("mer_net_2023_cny", MER, "CMB's 2023 net profit attributable to shareholders: 1466.02亿 = 146.602 billion five times against the fund report's 1,466 億",
  "China Merchants Bank", "net profit attributable to shareholders", "2023",
  "1,466 億 rounds 1466.02亿: rounding.", ms)
ms = [
    F("mer", 1, "同比增长6.22%", 6.22, PC),
    F("mer", 5, "同比增长6.22%", 6.22, PC),
    F("mer", 2, "positive increase of 6.22%", 6.22, PC),
    F("mer", 3, "an increase of 6.22% over", 6.22, PC),
    F("mer", 3, "an increase of 6.22%;", 6.22, PC),
    F("mer", 4, "同比增加 6.22%", 6.22, PC),
]
G("mer_net_growth_2023_pc", MER, "Growth of 2023 net profit: 6.22% six times", "China Merchants Bank", "net profit, year-on-year growth", "2023",
  "Consistent.", ms)
ms = [
    F("mer", 1, "总资产达11.03万亿元", 11.03e12, CNY),
    F("mer", 5, "总资产达11.03万亿元", 11.03e12, CNY),
    F("mer", 2, "grown to 11.03 trillion yuan", 11.03e12, CNY),
]
G("mer_assets_2023_cny", MER, "Total assets at end-2023: 11.03万亿 = 11.03 trillion three times", "China Merchants Bank", "total assets",
  "end of 2023", "Consistent.", ms)
ms = [
    F("mer", 1, "较上年末增长8.77%", 8.77, PC),
    F("mer", 5, "较上年末增长8.77%", 8.77, PC),
    F("mer", 2, "an increase of 8.77%", 8.77, PC),
]
G("mer_assets_growth_2023_pc", MER, "Growth of total assets in 2023: 8.77% three times", "China Merchants Bank", "total assets, growth over end-2022",
  "end of 2023", "Consistent.", ms)
ms = [
    F("mer", 1, "总负债为9.94万亿元", 9.94e12, CNY),
    F("mer", 5, "总负债为9.94万亿元", 9.94e12, CNY),
]
G("mer_liab_2023_cny", MER, "Total liabilities at end-2023: 9.94万亿 twice", "China Merchants Bank", "total liabilities", "end of 2023", "Consistent.", ms)
ms = [
    F("mer", 1, "较上年末增长8.25%", 8.25, PC),
    F("mer", 5, "较上年末增长8.25%", 8.25, PC),
]
G("mer_liab_growth_2023_pc", MER, "Growth of total liabilities: 8.25% twice", "China Merchants Bank", "total liabilities, growth over end-2022",
  "end of 2023", "Consistent.", ms)
ms = [
    F("mer", 1, "不良贷款率0.95%", 0.95, PC),
    F("mer", 5, "不良贷款率0.95%", 0.95, PC),
]
G("mer_npl_2023_pc", MER, "Non-performing loan ratio at end-2023: 0.95% twice", "China Merchants Bank", "non-performing loan ratio",
  "end of 2023", "Consistent.", ms)
ms = [
    F("mer", 1, "下降0.01个百分点", -0.01, PP),
    F("mer", 5, "下降0.01个百分点", -0.01, PP),
]
G("mer_npl_chg_2023_pp", MER, "Change of the NPL ratio: -0.01 points twice", "China Merchants Bank", "non-performing loan ratio, change",
  "2023", "Consistent.", ms)
ms = [
    F("mer", 1, "拨备覆盖率437.70%", 437.70, PC),
    F("mer", 5, "拨备覆盖率437.70%", 437.70, PC),
]
G("mer_cov_2023_pc", MER, "Provision coverage ratio at end-2023: 437.70% twice", "China Merchants Bank", "provision coverage ratio",
  "end of 2023", "Consistent.", ms)
ms = [
    F("mer", 1, "下降13.09个百分点", -13.09, PP),
    F("mer", 5, "下降13.09个百分点", -13.09, PP),
]
G("mer_cov_chg_2023_pp", MER, "Change of the provision coverage ratio: -13.09 points twice", "China Merchants Bank",
  "provision coverage ratio, change", "2023", "Consistent.", ms)
ms = [
    F("mer", 1, "每股现金分红1.972元", 1.972, CNY),
    F("mer", 3, "distribute 1.972 yuan per share", 1.972, CNY),
]
G("mer_dps_2023_cny", MER, "Proposed 2023 cash dividend per share: 1.972 yuan twice", "China Merchants Bank", "cash dividend per share",
  "2023 (final, proposed)", "Consistent.", ms)
# mer singles and non-claims
NC("mer", 1, "3月25日晚", "date")
NC("mer", 1, "交出了2023年度报告", "date")
NC("mer", 1, "截至2023年末,招商银行", "date")  # audit
NC("mer", 1, "截至2023年末,招行", "date")  # audit
NC("mer", 1, "派发2023年度普通股", "date")  # audit
S("mer", 1, "现金分红总额497.34亿元", value=497.34e8, unit=CNY)
S("mer", 1, "分红率35.01%", value=35.01, unit=PC)
NC("mer", 2, "Financial Results for 2023", "date")
NC("mer", 2, "its annual report for 2023", "date")
NC("mer", 2, "By the end of 2023", "date")  # audit
S("mer", 2, "was 214.669 billion yuan", value=214.669e9, unit=CNY)
S("mer", 2, "stood at 124.454 billion yuan", value=124.454e9, unit=CNY)
S("mer", 2, "reported at 1.39%", value=1.39, unit=PC)
S("mer", 2, "and 16.22% respectively", value=16.22, unit=PC)
S("mer", 2, "reaching 6.51 trillion yuan", value=6.51e12, unit=CNY)
NC("mer", 3, "(600036.SH) issued", "stock_code")
NC("mer", 3, "2023 annual results", "date")
NC("mer", 3, "Zhitongcaijing · 03/25 11:26", "date")
NC("mer", 3, "(600036.SH) released", "stock_code")
NC("mer", 3, "its 2023 annual report", "date")
S("mer", 3, "loss of 146.047 billion yuan", value=146.047e9, unit=CNY)
S("mer", 3, "an increase of 6.18%", value=6.18, unit=PC)
NC("mer", 4, "Annual Report 2023", "date")
NC("mer", 4, "招商局中國基金有限公司 2023 年年報", "date")
NC("mer", 4, "14 投資經理", "page_furniture")
NC("mer", 4, "於 2002 年", "date")
NC("mer", 4, "及 2006 年", "date")
NC("mer", 4, "於 2023 年 12 月 31 日", "date")
S("mer", 4, "A 股 5,520 萬股", value=5520e4, unit=CNT)
S("mer", 4, "總股本 0.219%", value=0.219, unit=PC)
S("mer", 4, "成本為 15,461 萬元人民幣", value=15461e4, unit=CNY)
S("mer", 4, "(折 1,979 萬美元)", value=1979e4, unit=USD)
NC("mer", 4, "2023 年 7 月", "date")
NC("mer", 4, "派發 2022 年度", "date")
S("mer", 4, "現金紅利 9,593 萬元", value=9593e4, unit=CNY)
NC("mer", 4, "於 2023 年 12 月底", "date")
S("mer", 4, "賬面值為 21,673 萬美元", value=21673e4, unit=USD)
S("mer", 4, "上年底的 29,530 萬美元", value=29530e4, unit=USD)
S("mer", 4, "減少 26.61%", value=-26.61, unit=PC)
NC("mer", 4, "2023 年度,在本基金", "date")
S("mer", 4, "負 7,402 萬美元", value=-7402e4, unit=USD)
S("mer", 4, "減少 21.15%", value=-21.15, unit=PC)
NC("mer", 4, "於 2024 年 3 月 26 日", "date")
NC("mer", 4, "公布其 2023 年經審計", "date")
NC("mer", 5, "发布了2023年年报", "date")
S("mer", 5, "不良贷款余额615.79亿元", value=615.79e8, unit=CNY)
S("mer", 5, "增加35.75亿元", value=35.75e8, unit=CNY)
S("mer", 5, "分别为13.73%", value=13.73, unit=PC)
S("mer", 5, "13.73%、16.01%", vt="16.01%", value=16.01, unit=PC)
S("mer", 5, "和17.88%", value=17.88, unit=PC)
S("mer", 5, "分别上升0.05", value=0.05, unit=PP)
S("mer", 5, "0.05、0.26", vt="0.26", value=0.26, unit=PP)
S("mer", 5, "和0.11个百分点", value=0.11, unit=PP)

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh70.toml", "corpus-fresh70")
