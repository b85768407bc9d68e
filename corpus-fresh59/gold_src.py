"""Hand annotation of corpus-fresh59, written as data; emits gold.d/fresh59.toml (then run
corpus/check_gold.py --dir corpus-fresh59 --build).

Three news / business-statistics domains: Toyota's 2023 global vehicle sales / 丰田全球销量 / 豐田全球銷量 (group
sales 11,233,039 against 11.2 million and 1120万; parent-only 10,307,395 against 10.3 / 10.31 million; Volkswagen
9.24 million against 9.2 million and 920萬; production 11,518,303 / 11.52 million / 1,150萬; Lexus Japan growth 229%
against 129%; `toy-*`), Hon Hai (Foxconn) revenue and profit / 鸿海营收 / 鴻海營收 (2023 revenue 6兆1622.21億 / NT$6.162
trillion / 6.16tn against the January self-reported 6.1596 trillion; decline 7% against 6.98% and 7.01%; Q4 2023
year-on-year 年減6% against 5.4% three times; 2022 revenue NT$6.62 trillion against 6.627 and 6.63; `hon-*`) and
uranium mine production by country / 铀产量 / 鈾產量 (Kazakhstan 2022 21,227 t on nine pages against menafn's 21,300;
world 2022 49,355 against 48,888 and 49555; Kazakhstan 2021 21,819 against 21,800; Canada / Namibia / Australia 2021
against kun.uz's '4.6 / 5.7 / 4.1 thousand'; Australia 2022 4,087 against 4,553; `ura-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 兆 = 1e12; vehicles and tonnes
as counts / tonnes, money in TWD (New Taiwan dollars) or USD, shares and changes in percent (declines as positive
magnitudes of a 'decline' metric).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, USD, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S, V, basis, val  # noqa: E402

load(HERE)

goldrules.install()

TOY, HON, URA = "toyota-global-sales-2023", "hon-hai-revenue-and-profit", "uranium-production-by-country"
TWD, T = "TWD", "tonnes"
VEH = CNT

# ============================================================ Toyota global sales 2023
ms = [
    F("toy", 1, "a record 11.2 million vehicles in 2023", 11.2e6, VEH),
    F("toy", 2, "a record high of 11,233,039 units", 11233039, VEH),
    F("toy", 3, "sold a record 11.23 million vehicles", 11.23e6, VEH),
    F("toy", 5, "达到创纪录的1120万辆", 1120e4, VEH, vt="1120万"),
    F("toy", 6, "至1,120萬輛", 1120e4, VEH, vt="1,120萬"),
    F("toy", 7, "以創紀錄的11,233,039輛汽車出貨量", 11233039, VEH),
    F("toy", 8, "取得 11,233,039 辆新车销量", 11233039, VEH),
]
G("toy_group_sales_2023", TOY, "Toyota group (with Daihatsu and Hino) worldwide sales in 2023: 11,233,039 three times and 11.23 million against 11.2 million / 1120万 / 1,120萬",
  "Toyota group incl. Daihatsu and Hino", "worldwide vehicle sales", "2023 (calendar year)",
  "11.2 million (and 1,120万) round 11,233,039 and 11.23 million: rounding; 11.23 rounds 11,233,039: rounding.", ms)
ms = [
    F("toy", 1, "a 7.2% jump in global group sales", 7.2, PC),
    F("toy", 2, "rose 7.2 pct from 2022", 7.2, PC),
    F("toy", 3, "up 7.2 percent from a year earlier", 7.2, PC),
    F("toy", 5, "全球销量增长7.2%", 7.2, PC),
    F("toy", 6, "全球銷量年增7.2%", 7.2, PC),
    F("toy", 7, "年增7.2%", 7.2, PC),
    F("toy", 8, "上涨 7.2%", 7.2, PC),
]
G("toy_group_sales_2023_growth_pc", TOY, "Growth of Toyota group sales in 2023: 7.2% seven times", "Toyota group incl. Daihatsu and Hino",
  "worldwide vehicle sales, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("toy", 1, "hit a record of 10.3 million vehicles in 2023", 10.3e6, VEH),
    F("toy", 2, "to 10,307,395 units", 10307395, VEH),
    F("toy", 2, "surpassing 10 million for the first time", 10e6, VEH, q="over"),
    F("toy", 3, "Toyota alone sold 10.31 million vehicles", 10.31e6, VEH),
    F("toy", 5, "丰田汽车销量达到1030万辆", 1030e4, VEH, vt="1030万"),
    F("toy", 7, "交付了10,307,395輛汽車", 10307395, VEH),
]
G("toy_parent_sales_2023", TOY, "Toyota parent-only (Toyota and Lexus brands) worldwide sales in 2023: 10,307,395 twice, 10.31 million, against 10.3 million / 1030万; 'surpassing 10 million'",
  "Toyota Motor parent-only (Toyota and Lexus brands)", "worldwide vehicle sales", "2023",
  "10.3 million / 1030万 round 10.31 million and 10,307,395: rounding; 10.31 rounds 10,307,395: rounding; "
  "'surpassing 10 million' holds all: consistent.", ms)
ms = [
    F("toy", 2, "climbed 7.7 pct", 7.7, PC),
    F("toy", 3, "worldwide, up 7.7 percent", 7.7, PC),
    F("toy", 7, "比前一年增長7.7%", 7.7, PC),
]
G("toy_parent_sales_2023_growth_pc", TOY, "Growth of Toyota parent-only sales in 2023: 7.7% three times", "Toyota Motor parent-only",
  "worldwide vehicle sales, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("toy", 1, "last year to 9.2 million cars", 9.2e6, VEH),
    F("toy", 2, "totaled around 9.24 million units", 9.24e6, VEH, q="approx"),
    F("toy", 3, "sold 9.24 million cars in the year", 9.24e6, VEH),
    F("toy", 4, "to about 9.24 million units", 9.24e6, VEH, q="approx"),
    F("toy", 5, "至924万辆", 924e4, VEH, vt="924万"),
    F("toy", 6, "至920萬輛", 920e4, VEH, vt="920萬"),
    F("toy", 7, "2023年的銷量為924萬輛", 924e4, VEH, vt="924萬"),
    F("toy", 8, "全球累计销量为9,200,000 辆", 9.2e6, VEH),
]
G("toy_vw_sales_2023", TOY, "Volkswagen Group deliveries in 2023: 9.24 million five times (twice 'about') against 9.2 million, 920萬 and dripcar's 9,200,000",
  "Volkswagen Group", "worldwide vehicle deliveries", "2023",
  "9.2 million (920萬, 9,200,000) rounds 9.24: rounding (against 'around / about 9.24' too, by goldrules' hand rule); "
  "'about 9.24' holds 9.24: consistent.", ms)
ms = [
    F("toy", 1, "reported a 12% rise in deliveries", 12, PC),
    F("toy", 4, "rose 12% from the previous year", 12, PC),
    F("toy", 5, "同比增长12%", 12, PC),
    F("toy", 6, "全球銷量成長12%", 12, PC),
]
G("toy_vw_sales_2023_growth_pc", TOY, "Growth of Volkswagen's 2023 deliveries: 12% four times", "Volkswagen Group",
  "worldwide deliveries, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("toy", 3, "a record 11.52 million vehicles", 11.52e6, VEH),
    F("toy", 6, "至1,150萬輛", 1150e4, VEH, vt="1,150萬"),
    F("toy", 8, "11,518,303 辆的新车产量", 11518303, VEH),
]
G("toy_group_production_2023", TOY, "Toyota group worldwide production in 2023: 11,518,303 against 11.52 million and 1,150萬",
  "Toyota group incl. Daihatsu and Hino", "worldwide vehicle production", "2023",
  "11.52 million and 1,150萬 round 11,518,303 (and 1,150萬 rounds 11.52): rounding.", ms)
ms = [
    F("toy", 3, "production increased 8.6 percent", 8.6, PC),
    F("toy", 6, "全球汽車產量年增8.6%", 8.6, PC),
    F("toy", 8, "及 8.6%", 8.6, PC),
]
G("toy_group_production_2023_growth_pc", TOY, "Growth of Toyota group production in 2023: 8.6% three times", "Toyota group",
  "worldwide vehicle production, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("toy", 3, "previous high was 10.74 million vehicles in 2019", 10.74e6, VEH),
    F("toy", 6, "高點紀錄1,070萬輛", 1070e4, VEH, vt="1,070萬"),
]
G("toy_group_sales_2019", TOY, "Toyota group's previous sales record (2019): 10.74 million against 1,070萬", "Toyota group",
  "worldwide vehicle sales (previous record)", "2019", "1,070萬 rounds 10.74 million: rounding.", ms)
ms = [
    F("toy", 1, "accounted for less than 1%", 1, PC, q="under"),
    F("toy", 5, "纯电动汽车占比不到1%", 1, PC, q="under"),
]
G("toy_bev_share_2023_pc", TOY, "Battery EVs' share of Toyota's 2023 sales: 'less than 1%' twice", "Toyota", "battery-electric share of sales",
  "2023", "Consistent.", ms)
ms = [
    F("toy", 8, "全年一共售出 824,258 辆新车", 824258, VEH),
    F("toy", 9, "雷克萨斯全球销量达到82.4万辆", 82.4e4, VEH, vt="82.4万"),
]
G("toy_lexus_sales_2023", TOY, "Lexus worldwide sales in 2023: 824,258 against 82.4万", "Lexus", "worldwide vehicle sales", "2023",
  "82.4万 rounds 824,258: rounding.", ms)
ms = [
    F("toy", 8, "销量也暴涨 229%", 229, PC),
    F("toy", 9, "销量同比增长了129%", 129, PC),
]
G("toy_lexus_japan_growth_2023_pc", TOY, "Growth of Lexus sales in Japan in 2023: dripcar's 229% against xinchexun's 129%", "Lexus in Japan",
  "vehicle sales, year-on-year growth", "2023", "229 against 129, both written as year-on-year growth: conflict (229% is probably the ratio to the previous "
  "year, i.e. +129%, written as growth by dripcar; as written the same quantity).", ms)
# toy singles and non-claims
NC("toy", 1, "for a fourth straight year", "ordinal")
S("toy", 1, "record overseas sales of 8.9 million vehicles", value=8.9e6, unit=VEH)
NC("toy", 1, "top-selling carmaker in 2023", "date")
NC("toy", 2, " date 2024-01-30 ", "date")
NC("toy", 2, "Tokyo, Jan. 30", "date")
NC("toy", 2, "fourth consecutive year in 2023", "date")
NC("toy", 3, "any other automaker in 2023", "date")
S("toy", 3, "grew 11.1 percent", value=11.1, unit=PC)
S("toy", 3, "to 10.03 million cars", value=10.03e6, unit=VEH)
S("toy", 3, "exceeding the 10 million mark", value=10e6, unit=VEH, q="over")
S("toy", 3, "jumped 31.4 percent", value=31.4, unit=PC)
S("toy", 3, "to 3.42 million vehicles", value=3.42e6, unit=VEH)
S("toy", 3, "increasing 4.3-fold", vt="4.3", value=4.3, unit="times")
S("toy", 3, "to 104,018 units", value=104018, unit=VEH)
NC("toy", 4, " date 2024-01-10 ", "date")
NC("toy", 4, "17:34 JST, January 10, 2024", "date")
NC("toy", 4, "fourth straight year in 2023", "date")
S("toy", 4, "sold over 10.22 million vehicles", value=10.22e6, unit=VEH, q="over")
NC("toy", 4, "in the first 11 months of 2023", "date")
NC("toy", 6, "豐田熱銷全球 2023年", "date")
NC("toy", 6, "豐田30日公佈", "date")
NC("toy", 7, "發布2023年的銷量數據", "date")
S("toy", 7, "出貨量成長3.2%", value=3.2, unit=PC)
S("toy", 7, "達到790,441 輛", value=790441, unit=VEH)
NC("toy", 7, "過去12 個月", "duration")
S("toy", 7, "銷量下降了9.8%", value=9.8, unit=PC)
S("toy", 7, "至135,203輛", value=135203, unit=VEH)
S("toy", 8, "连续 3 年突破千万大关", vt="3", value=3, unit="years")
NC("toy", 8, "对比 2022 年", "date")
S("toy", 8, "售出了 9,483,137 辆新车", value=9483137, unit=VEH)
S("toy", 9, "同比增长32%", value=32, unit=PC)
S("toy", 9, "北美市场销量达到35.6万辆", vt="35.6万", value=35.6e4, unit=VEH)
S("toy", 9, "同比增长24%", value=24, unit=PC)
S("toy", 9, "中国市场销量为18.1万辆", vt="18.1万", value=18.1e4, unit=VEH)
S("toy", 9, "同比增长3%", value=3, unit=PC)
S("toy", 9, "达到9.5万辆", vt="9.5万", value=9.5e4, unit=VEH)
S("toy", 9, "欧洲市场销量为6.9万辆", vt="6.9万", value=6.9e4, unit=VEH)
S("toy", 9, "同比增长46%", value=46, unit=PC)
S("toy", 9, "中东市场销量为4.6万辆", vt="4.6万", value=4.6e4, unit=VEH)
S("toy", 9, "同比增长60%", value=60, unit=PC)
S("toy", 9, "东亚市场销量为4.4万辆", vt="4.4万", value=4.4e4, unit=VEH)
S("toy", 9, "同比增长65%", value=65, unit=PC)
S("toy", 9, "占比达到了47%", value=47, unit=PC)

# ============================================================ Hon Hai (Foxconn) revenue and profit
ms = [
    F("hon", 1, "合併營收達6兆1622.21億元", 6162.221e9, TWD, vt="6兆1622.21億", step=1e6),
    F("hon", 2, "revenue was 6.1596 trillion yuan", 6.1596e12, TWD),
    F("hon", 5, "revenue totaled NT$6.162 trillion", 6.162e12, TWD),
    F("hon", 9, "to 6.16tn", 6.16e12, TWD, vt="6.16tn", step=1e10),
]
G("hon_revenue_2023", HON, "Hon Hai's 2023 revenue: 6兆1622.21億 (audited) against NT$6.162 trillion and 6.16tn, and jakotaindex's January self-reported 6.1596 trillion",
  "Hon Hai Precision (Foxconn), consolidated", "revenue (NT$)", "2023",
  "6.162 and 6.16 round 6,162.221 billion: rounding (6.16 also rounds 6.162 and 6.1596). 6.1596 (the January "
  "self-reported figure, 'yuan' as written for NT dollars) is not a rounding of 6.1622 or 6.162: conflict.", ms)
ms = [
    F("hon", 1, "年減7%", 7, PC),
    F("hon", 2, "down by 6.98%", 6.98, PC),
    F("hon", 3, "down 7 per cent from 2022", 7, PC),
    F("hon", 4, "down 7% from 2022", 7, PC),
    F("hon", 5, "declining 7% on-year", 7, PC),
    F("hon", 9, "fell -7.01%", 7.01, PC),
]
G("hon_revenue_2023_decline_pc", HON, "Decline of Hon Hai's 2023 revenue: 7% four times against 6.98% (January release) and 7.01% (FT)",
  "Hon Hai Precision (Foxconn)", "revenue, year-on-year decline", "2023",
  "7 rounds 6.98 and 7.01: rounding; 6.98 against 7.01 (both to 0.01): conflict.", ms)
ms = [
    F("hon", 1, "第4季合併營收1兆8520.72億元", 1852.072e9, TWD, vt="1兆8520.72億", step=1e6),
    F("hon", 2, "totaling 1.8513 trillion yuan", 1.8513e12, TWD),
    F("hon", 3, "to NT$1.85 trillion", 1.85e12, TWD),
]
G("hon_revenue_q4_2023", HON, "Hon Hai's Q4 2023 revenue: 1兆8520.72億 against the January 1.8513 trillion and scmp's NT$1.85 trillion",
  "Hon Hai Precision (Foxconn)", "quarterly revenue (NT$)", "2023 Q4",
  "1.85 rounds both: rounding; 1.8513 against 1,852.072 billion: conflict.", ms)
ms = [
    F("hon", 1, "年減6%", 6, PC),
    F("hon", 2, "despite a 5.4% year-over-year decline", 5.4, PC),
    F("hon", 3, "fell 5.4 per cent year on year", 5.4, PC),
    F("hon", 4, "fell 5.4% year on year", 5.4, PC),
]
G("hon_revenue_q4_2023_yoy_pc", HON, "Year-on-year decline of Hon Hai's Q4 2023 revenue: NOWnews' 年減6% against 5.4% three times",
  "Hon Hai Precision (Foxconn)", "quarterly revenue, year-on-year decline", "2023 Q4",
  "6 (whole percent, 5.5-6.5) does not hold 5.4: conflict.", ms)
ms = [
    F("hon", 1, "季增20%", 20, PC),
    F("hon", 2, "a 20% increase from the previous quarter", 20, PC),
    F("hon", 3, "up by 20 per cent", 20, PC),
    F("hon", 4, "up by 20% from the previous quarter", 20, PC),
]
G("hon_revenue_q4_2023_qoq_pc", HON, "Quarter-on-quarter growth of Q4 2023 revenue: 20% four times", "Hon Hai Precision (Foxconn)",
  "quarterly revenue, quarter-on-quarter growth", "2023 Q4", "Consistent.", ms)
ms = [
    F("hon", 3, "(US$60 billion)", 60e9, USD),
    F("hon", 4, "to US 60 billion", 60e9, USD),
]
G("hon_revenue_q4_2023_usd", HON, "Q4 2023 revenue in US dollars: 60 billion twice", "Hon Hai Precision (Foxconn)", "quarterly revenue (USD)",
  "2023 Q4", "Consistent.", ms)
ms = [
    F("hon", 3, "revenue was US$198.9 billion", 198.9e9, USD),
    F("hon", 4, "revenue was US$198.9 billion", 198.9e9, USD),
]
G("hon_revenue_2023_usd", HON, "Hon Hai's 2023 revenue in US dollars: 198.9 billion twice", "Hon Hai Precision (Foxconn)", "revenue (USD)",
  "2023", "Consistent.", ms)
ms = [
    F("hon", 1, "去年稅後淨利1420.98億元", 1420.98e8, TWD, vt="1420.98億"),
    F("hon", 1, "全年稅後淨利1420.98億元", 1420.98e8, TWD, vt="1420.98億"),
    F("hon", 5, "reached NT$142.1 billion", 142.1e9, TWD),
    F("hon", 5, "rose 0.4% to NT$142.1 billion", 142.1e9, TWD),
    F("hon", 9, "to 142.10bn", 142.10e9, TWD),
]
G("hon_net_profit_2023", HON, "Hon Hai's 2023 net profit: 1420.98億 (twice) against NT$142.1 billion (twice) and 142.10bn",
  "Hon Hai Precision (Foxconn)", "net profit attributable to owners of the parent", "2023",
  "142.1 and 142.10 round 142.098 billion: rounding.", ms)
ms = [
    F("hon", 1, "較2022年1414.83億元微增", 1414.83e8, TWD, vt="1414.83億"),
    F("hon", 8, "Net profit for 2022 totaled NT$141.5 billion", 141.5e9, TWD),
    F("hon", 8, "and net profit at NT$141.5 billion", 141.5e9, TWD),
    F("hon", 9, "from 141.48bn", 141.48e9, TWD),
]
G("hon_net_profit_2022", HON, "Hon Hai's 2022 net profit: 1414.83億 against NT$141.5 billion twice and 141.48bn",
  "Hon Hai Precision (Foxconn)", "net profit attributable to owners of the parent", "2022",
  "141.5 and 141.48 round 141.483 billion; 141.5 rounds 141.48: rounding.", ms)
ms = [
    F("hon", 1, "全年每股基本純益10.25元", 10.25, TWD),
    F("hon", 1, "每股基本純益10.25元", 10.25, TWD, nth=2),
    F("hon", 5, "earnings per share of NT$10.25", 10.25, TWD),
]
G("hon_eps_2023", HON, "Hon Hai's 2023 earnings per share: NT$10.25 three times", "Hon Hai Precision (Foxconn)", "basic earnings per share",
  "2023", "Consistent.", ms)
ms = [
    F("hon", 1, "優於2022年的10.21元", 10.21, TWD),
    F("hon", 1, "較2022年的10.21元佳", 10.21, TWD),
    F("hon", 8, "earnings per share of NT$10.21", 10.21, TWD),
]
G("hon_eps_2022", HON, "Hon Hai's 2022 earnings per share: NT$10.21 three times", "Hon Hai Precision (Foxconn)", "basic earnings per share",
  "2022", "Consistent.", ms)
ms = [
    F("hon", 1, "稅後獲利新台幣531.45億元", 531.45e8, TWD, vt="531.45億"),
    F("hon", 1, "第4季稅後淨利531.45億元", 531.45e8, TWD, vt="531.45億"),
]
G("hon_net_profit_q4_2023", HON, "Q4 2023 net profit: 531.45億 twice on one page", "Hon Hai Precision (Foxconn)", "quarterly net profit",
  "2023 Q4", "Consistent.", ms)
ms = [
    F("hon", 1, "季增23%", 23, PC, nth=1),
    F("hon", 1, "季增23%", 23, PC, nth=2),
]
G("hon_net_profit_q4_2023_qoq_pc", HON, "Q4 2023 net profit, quarter-on-quarter growth: 23% twice on one page", "Hon Hai Precision (Foxconn)",
  "quarterly net profit, quarter-on-quarter growth", "2023 Q4", "Consistent.", ms)
ms = [
    F("hon", 1, "年增33%", 33, PC, nth=1),
    F("hon", 1, "年增33%", 33, PC, nth=2),
]
G("hon_net_profit_q4_2023_yoy_pc", HON, "Q4 2023 net profit, year-on-year growth: 33% twice on one page", "Hon Hai Precision (Foxconn)",
  "quarterly net profit, year-on-year growth", "2023 Q4", "Consistent.", ms)
ms = [
    F("hon", 1, "每股基本純益3.83元", 3.83, TWD, nth=1),
    F("hon", 1, "每股基本純益3.83元", 3.83, TWD, nth=2),
]
G("hon_eps_q4_2023", HON, "Q4 2023 earnings per share: NT$3.83 twice on one page", "Hon Hai Precision (Foxconn)", "quarterly basic EPS",
  "2023 Q4", "Consistent.", ms)
ms = [
    F("hon", 6, "to a record high of NT$6.62 trillion", 6.62e12, TWD),
    F("hon", 7, "2022年鸿海营收6.62万亿新台币", 6.62e12, TWD, vt="6.62万亿"),
    F("hon", 7, "全年营收超过6万亿新台币", 6e12, TWD, vt="6万亿", q="over"),
    F("hon", 8, "an annual record of NT$6.627 trillion", 6.627e12, TWD),
    F("hon", 9, "from 6.63tn", 6.63e12, TWD, vt="6.63tn", step=1e10),
]
G("hon_revenue_2022", HON, "Hon Hai's 2022 revenue: NT$6.627 trillion against 6.62 trillion twice (January) and FT's 6.63tn; kuaibao's 'over 6万亿'",
  "Hon Hai Precision (Foxconn)", "revenue (NT$)", "2022",
  "6.63 rounds 6.627: rounding. 6.62 (6.615-6.625) does not hold 6.627 and disagrees with 6.63: conflict (a truncation as written). "
  "'Over 6万亿' holds all: consistent.", ms)
ms = [
    F("hon", 6, "expanded 10.47 percent annually", 10.47, PC),
    F("hon", 7, "鸿海去年营收增10%", 10, PC, step=1),  # a whole percent (9.5-10.5), not 'to the ten' (the kit's trailing-zero step)
    F("hon", 7, "同比增长10.47%", 10.47, PC),
    F("hon", 8, "up 11% from a year earlier", 11, PC),
]
G("hon_revenue_2022_growth_pc", HON, "Growth of Hon Hai's 2022 revenue: 10.47% twice against kuaibao's headline 10% and iconnect's 11%",
  "Hon Hai Precision (Foxconn)", "revenue, year-on-year growth", "2022",
  "10 rounds 10.47: rounding (kuaibao's headline 10 against its own 10.47 is rounding inside one page, consistent as alt); "
  "11 (10.5-11.5) does not hold 10.47: conflict; 10 against 11 (both whole percents): conflict.", ms)
ms = [
    F("hon", 6, "That brought last quarter’s total revenue to NT$1.957 trillion", 1.957e12, TWD),
    F("hon", 7, "第四季度营收为1.957万亿新台币", 1.957e12, TWD, vt="1.957万亿"),
]
G("hon_revenue_q4_2022", HON, "Hon Hai's Q4 2022 revenue: NT$1.957 trillion twice", "Hon Hai Precision (Foxconn)", "quarterly revenue (NT$)",
  "2022 Q4", "Consistent.", ms)
ms = [
    F("hon", 6, "to NT$629.3 billion last month", 629.3e9, TWD),
    F("hon", 7, "鸿海营收为6293亿元新台币", 6293e8, TWD, vt="6293亿"),
]
G("hon_revenue_dec_2022", HON, "Hon Hai's December 2022 revenue: NT$629.3 billion = 6293亿 twice", "Hon Hai Precision (Foxconn)",
  "monthly revenue (NT$)", "December 2022", "Consistent.", ms)
ms = [
    F("hon", 6, "sales surged 14.2 percent", 14.2, PC),
    F("hon", 7, "环比增长14.20%", 14.20, PC),
]
G("hon_revenue_dec_2022_mom_pc", HON, "December 2022 revenue, month-on-month growth: 14.2% = 14.20%", "Hon Hai Precision (Foxconn)",
  "monthly revenue, month-on-month growth", "December 2022", "Consistent (same value).", ms)
ms = [
    F("hon", 7, "同比减少12.30%", 12.30, PC),
    F("hon", 11, "December revenue fell 12.3% y/y", 12.3, PC),
    F("hon", 11, "dropped 12.3% year-on-year", 12.3, PC),
]
G("hon_revenue_dec_2022_yoy_pc", HON, "December 2022 revenue, year-on-year decline: 12.30% and 12.3% twice", "Hon Hai Precision (Foxconn)",
  "monthly revenue, year-on-year decline", "December 2022", "Consistent (same value).", ms)
ms = [
    F("hon", 6, "from NT$551.09 billion in November", 551.09e9, TWD),
    F("hon", 10, "11月營收僅餘5,510.92億元", 5510.92e8, TWD, vt="5,510.92億"),
    F("hon", 10, "僅餘5,510.92億元,相較於", 5510.92e8, TWD, vt="5,510.92億"),
]
G("hon_revenue_nov_2022", HON, "Hon Hai's November 2022 revenue: 5,510.92億 twice against Taipei Times' NT$551.09 billion",
  "Hon Hai Precision (Foxconn)", "monthly revenue (NT$)", "November 2022", "551.09 billion rounds 551.092 billion: rounding.", ms)
# hon singles and non-claims
NC("hon", 1, "鴻海 (2317)", "identifier")
NC("hon", 1, "為歷年第3高", "rank")
S("hon", 1, "第4季合併毛利率6.12%", value=6.12, unit=PC)
S("hon", 1, "季減0.54個百分點", value=0.54, unit=PP)
S("hon", 1, "年增0.46個百分點", value=0.46, unit=PP)
S("hon", 1, "第4季營業利益489.3億元", vt="489.3億", value=489.3e8, unit=TWD)
S("hon", 1, "營益率2.64%", value=2.64, unit=PC)
S("hon", 1, "第4季淨利率2.87%", value=2.87, unit=PC)
S("hon", 1, "第3季的3.11元", value=3.11, unit=TWD)
S("hon", 1, "2022年同期的2.88元", value=2.88, unit=TWD)
NC("hon", 1, "創歷年第3高", "rank")
S("hon", 1, "全年毛利率6.3%", value=6.3, unit=PC)
S("hon", 1, "營業利益率2.7%", value=2.7, unit=PC)
S("hon", 1, "淨利率2.3%", value=2.3, unit=PC)
S("hon", 1, "前一年度的6.04%", value=6.04, unit=PC)
S("hon", 1, "、2.62%", value=2.62, unit=PC)
S("hon", 1, "與2.13%", value=2.13, unit=PC)
NC("hon", 1, "較2022年小幅衰退", "date")
S("hon", 2, "revenue reached 460.1 billion yuan", value=460.1e9, unit=TWD)
S("hon", 2, "a 29.21% decrease", value=29.21, unit=PC)
S("hon", 2, "a 26.89% drop", value=26.89, unit=PC)
NC("hon", 4, " date 2024-01-08 ", "date")
NC("hon", 4, "said 1Q 2024", "date")
NC("hon", 4, "unfavourably to 1Q 2023", "date")
NC("hon", 4, "All in all, 2023 was", "date")
NC("hon", 5, "FY2023 & 4Q23", "date")
NC("hon", 5, "March 15, 2024", "date")
NC("hon", 5, "reading time: 5 minutes", "duration")
NC("hon", 5, "a 16-year high", "duration")
S("hon", 5, "cash dividend of NT$5.40 per share", value=5.40, unit=TWD)
NC("hon", 5, "since its listing in 1991", "date")
S("hon", 5, "exceeding 50%", value=50, unit=PC, q="over")
NC("hon", 5, "full-year 2024 outlook", "date")
S("hon", 5, "Gross profit reached NT$387.9 billion", value=387.9e9, unit=TWD)
S("hon", 5, "down a narrower 3%", value=3, unit=PC)
S("hon", 5, "operating net profit at NT$166.5 billion", value=166.5e9, unit=TWD)
S("hon", 5, "fell 4%", value=4, unit=PC)
S("hon", 5, "rose 0.4%", value=0.4, unit=PC)
S("hon", 6, "(US$215.6 billion)", value=215.6e9, unit=USD)
NC("hon", 6, "iPhone 14 series", "name")
NC("hon", 6, "COVID-19 outbreak", "name")
NC("hon", 6, "first quarter of 2023", "date")
S("hon", 6, "plummeted 26 percent", value=26, unit=PC)
S("hon", 6, "to NT$1.407 trillion", value=1.407e12, unit=TWD)
S("hon", 6, "up 12.06 percent", value=12.06, unit=PC)
S("hon", 6, "3.54 percent year-on-year", value=3.54, unit=PC)
NC("hon", 7, "1月5日,代工巨头", "date")
NC("hon", 7, "(2317.TW)", "identifier")
NC("hon", 7, "公布2022年12月营收报告", "date")
S("hon", 7, "(约合1.48万亿元人民币)", vt="1.48万亿", value=1.48e12, unit="CNY", q="approx")
S("hon", 7, "(约合4397亿元人民币)", vt="4397亿", value=4397e8, unit="CNY", q="approx")
S("hon", 7, "(约合1409亿元人民币)", vt="1409亿", value=1409e8, unit="CNY", q="approx")
NC("hon", 8, "FY2022, 4Q22", "date")
NC("hon", 8, "March 20, 2023", "date")
NC("hon", 8, "reading time: 3 minutes", "duration")
NC("hon", 8, "fourth-quarter 2022 financial results", "date")
NC("hon", 8, "a 15-year high", "duration")
NC("hon", 8, "situation for 2023", "date")
S("hon", 8, "cash dividend of NT$5.30 per share", value=5.30, unit=TWD)
NC("hon", 8, "listing in 1991", "date")
S("hon", 8, "gross profit at NT$400.1 billion", value=400.1e9, unit=TWD)
S("hon", 8, "rose 10% on-year", value=10, unit=PC)
S("hon", 8, "operating net profit at NT$173.8 billion", value=173.8e9, unit=TWD)
S("hon", 8, "increased 17% on-year", value=17, unit=PC)
S("hon", 8, "gained 2% on-year", value=2, unit=PC)
NC("hon", 10, "鴻海11月營收雙降", "date")
S("hon", 10, "月減29.04%", value=29.04, unit=PC)
S("hon", 10, "年減11.36%", value=11.36, unit=PC)
S("hon", 10, "9月的8,223.23億元", vt="8,223.23億", value=8223.23e8, unit=TWD)
S("hon", 10, "10月的7,765.77億元", vt="7,765.77億", value=7765.77e8, unit=TWD)
NC("hon", 10, "在9、10月亮麗", "date")
S("hon", 10, "前11月營收仍達5兆9,926億元", vt="5兆9,926億", value=59926e8, unit=TWD, step=1e8)
S("hon", 10, "呈年增13.56%", value=13.56, unit=PC)
S("hon", 10, "次高5兆2,769億元", vt="5兆2,769億", value=52769e8, unit=TWD, step=1e8)
S("hon", 10, "仍有7千餘億元", vt="7千餘億", value=7000e8, unit=TWD, q="over", step=1e11)
NC("hon", 11, " date 2023-01-05 ", "date")
NC("hon", 11, "01/05/2023 | 02:53am EST", "date")
NC("hon", 11, "COVID-19 controls", "name")
NC("hon", 12, "【大纪元2023年05月31日讯】", "date")
NC("hon", 12, "睽违3年", "duration")
NC("hon", 12, "于5月31日登场", "date")
NC("hon", 12, "等3大营运方向", "count")
NC("hon", 12, "上看3位数百分比成长", "digit_count")
S("hon", 12, "营收达新台币1.1兆元", vt="1.1兆", value=1.1e12, unit=TWD, step=1e11)
S("hon", 12, "高达4成市占率", vt="4成", value=40, unit=PC)
NC("hon", 12, "将有3位数百分比成长", "digit_count")

# ============================================================ uranium mine production by country
ms = [
    F("ura", 1, "21,227", 21227, T),
    F("ura", 2, "with 21,227 tU mine-produced", 21227, T),
    F("ura", 3, "Production: 21,227 tonnes", 21227, T),
    F("ura", 4, "Mine production: 21,227 MT", 21227, T),
    F("ura", 4, "total output of 21,227 MT", 21227, T),
    F("ura", 5, "with beyond 21,227 tons", 21227, T, q="over"),
    F("ura", 8, "(21,227 tons)", 21227, T, basis="kap"),  # Kazatomprom Group's 2022 output, as in ura_kz_2023_t
    F("ura", 8, "in 2022 was 21,300 tons", 21300, T),
    F("ura", 13, "生产了21227公吨铀", 21227, T),
    F("ura", 14, "產出21227公噸鈾", 21227, T),
    F("ura", 15, "供应了21227吨铀", 21227, T),
]
G("ura_kz_2022_t", URA, "Kazakhstan's uranium production in 2022: 21,227 t on eight pages (twice on one) and Kazatomprom Group's 21,227 (menafn) against menafn's national 21,300",
  "Kazakhstan (and Kazatomprom Group, menafn)", "uranium mine production (tU)", "2022",
  "21,300 (to the hundred, 21,250-21,350) does not hold 21,227: conflict; menafn's own '(21,227 tons)' in its first "
  "paragraph is Kazatomprom Group's 2022 output (the subject of ura_kz_2023_t), so against menafn's national 21,300 it is "
  "different_basis with conflict as alt (OTHER), and consistent with the national 21,227s; uisjournal's 'beyond 21,227' "
  "holds both: consistent.", ms, OTHER({"kap"}))
ms = [
    F("ura", 2, "amounted to 48,888 tonnes", 48888, T),
    F("ura", 5, "amounts to 49,355 tons", 49355, T),
    F("ura", 13, "收缩至49355公吨", 49355, T),
    F("ura", 14, "縮減至49555公噸", 49555, T),
    F("ura", 15, "缩减至49355吨", 49355, T),
]
G("ura_world_2022_t", URA, "World uranium production in 2022: 49,355 t three times against cosmoschronicle's 48,888 and the Traditional appdefault page's 49555",
  "world", "uranium mine production (tU)", "2022",
  "Same precision, different values: conflict (49555 is the Simplified twin page's 49355 with a changed digit).", ms)
ms = [
    F("ura", 1, "(43% of world supply)", 43, PC),
    F("ura", 2, "(43% of the world supply)", 43, PC),
    F("ura", 3, "contributing to 43%", 43, PC),
    F("ura", 4, "accounted for 43 percent", 43, PC),
    F("ura", 5, "about 43% of global production", 43, PC, q="approx"),
    F("ura", 13, "占全球供应的43%", 43, PC),
    F("ura", 14, "驚人43%", 43, PC),
    F("ura", 15, "占全球产量的43%", 43, PC),
]
G("ura_kz_2022_share_pc", URA, "Kazakhstan's share of world uranium production in 2022: 43% eight times", "Kazakhstan",
  "share of world uranium mine production", "2022", "Consistent.", ms)
ms = [
    F("ura", 1, "Canada (15%)", 15, PC),
    F("ura", 2, "Canada (15%)", 15, PC),
    F("ura", 5, "equal to 15%", 15, PC),
]
G("ura_ca_2022_share_pc", URA, "Canada's share in 2022: 15% three times", "Canada", "share of world uranium mine production", "2022", "Consistent.", ms)
ms = [
    F("ura", 1, "Namibia (11%)", 11, PC),
    F("ura", 2, "Namibia (11%)", 11, PC),
    F("ura", 5, "11%,", 11, PC),
]
G("ura_na_2022_share_pc", URA, "Namibia's share in 2022: 11% three times", "Namibia", "share of world uranium mine production", "2022", "Consistent.", ms)
ms = [
    F("ura", 1, "now over 55%", 55, PC, q="over"),
    F("ura", 2, "it accounted for 56% of global production", 56, PC),
]
G("ura_isr_share_pc", URA, "Share of in-situ leaching in world production: WNA's 'now over 55%' (updated August 2023) and 56% in 2022",
  "world", "share of uranium produced by in situ leaching / recovery", "2022 (WNA's 'now')", "'Over 55' holds 56: consistent.", ms)
ms = [
    F("ura", 1, "7351", 7351, T),
    F("ura", 2, "produced 7,351 tonnes", 7351, T),
    F("ura", 3, "Production: 7,351 tonnes", 7351, T),
    F("ura", 5, "Canada with 7,351 tons", 7351, T),
]
G("ura_ca_2022_t", URA, "Canada's uranium production in 2022: 7,351 t four times", "Canada", "uranium mine production (tU)", "2022", "Consistent.", ms)
ms = [
    F("ura", 1, "4693", 4693, T),
    F("ura", 2, "(4,693 tonnes)", 4693, T),
    F("ura", 6, "Canada (4.6 thousand tons)", 4600, T, vt="4.6 thousand"),
    F("ura", 7, "to 4,693 tons in 2021", 4693, T),
]
G("ura_ca_2021_t", URA, "Canada's uranium production in 2021: 4,693 t three times against kun.uz's '4.6 thousand tons'", "Canada",
  "uranium mine production (tU)", "2021", "4.6 thousand (4,550-4,650) does not hold 4,693 (which rounds to 4.7): conflict.", ms)
ms = [
    F("ura", 1, "3885", 3885, T),
    F("ura", 7, "from 3,885 tons", 3885, T),
]
G("ura_ca_2020_t", URA, "Canada's uranium production in 2020: 3,885 t twice", "Canada", "uranium mine production (tU)", "2020", "Consistent.", ms)
ms = [
    F("ura", 1, "9331", 9331, T),
    F("ura", 12, "到9332噸", 9332, T),
]
G("ura_ca_2013_t", URA, "Canada's uranium production in 2013: WNA's 9331 against v5tt's 9332", "Canada", "uranium mine production (tU)", "2013",
  "Both to the tonne, different: conflict.", ms)
ms = [
    F("ura", 2, "produced 5,613 tonnes", 5613, T),
    F("ura", 3, "Production: 5,613 tonnes", 5613, T),
    F("ura", 5, "Namibia with 5,613 tons", 5613, T),
]
G("ura_na_2022_t", URA, "Namibia's uranium production in 2022: 5,613 t three times", "Namibia", "uranium mine production (tU)", "2022", "Consistent.", ms)
ms = [
    F("ura", 2, "(5,753 tonnes)", 5753, T),
    F("ura", 6, "Namibia (5.7 thousand tons)", 5700, T, vt="5.7 thousand"),
    F("ura", 7, "producing 5,753 tons", 5753, T),
]
G("ura_na_2021_t", URA, "Namibia's uranium production in 2021: 5,753 t twice against kun.uz's '5.7 thousand tons'", "Namibia",
  "uranium mine production (tU)", "2021", "5.7 thousand (5,650-5,750) does not hold 5,753: conflict.", ms)
ms = [
    F("ura", 2, "with 4,087 tonnes", 4087, T),
    F("ura", 3, "Production: 4,087 tonnes", 4087, T),
    F("ura", 5, "Australia with 4,553 tons", 4553, T),
]
G("ura_au_2022_t", URA, "Australia's uranium production in 2022: 4,087 t twice against uisjournal's 4,553", "Australia",
  "uranium mine production (tU)", "2022", "Both to the tonne, different: conflict (4,553 is WNA's revised table value).", ms)
ms = [
    F("ura", 2, "(4,192 tonnes)", 4192, T),
    F("ura", 6, "Australia (4.1 thousand tons)", 4100, T, vt="4.1 thousand"),
    F("ura", 7, "to 4,192 tons in 2021", 4192, T),
]
G("ura_au_2021_t", URA, "Australia's uranium production in 2021: 4,192 t twice against kun.uz's '4.1 thousand tons'", "Australia",
  "uranium mine production (tU)", "2021", "4.1 thousand (4,050-4,150) does not hold 4,192: conflict.", ms)
ms = [
    F("ura", 1, "21,819", 21819, T),
    F("ura", 2, "output of 21,819 tU", 21819, T),
    F("ura", 6, "21,800 tons of uranium", 21800, T),
    F("ura", 7, "mined 21,819 tU", 21819, T),
    F("ura", 8, "in 2021 was 21,800 tons", 21800, T),
]
G("ura_kz_2021_t", URA, "Kazakhstan's uranium production in 2021: 21,819 t three times against 21,800 twice", "Kazakhstan",
  "uranium mine production (tU)", "2021", "21,800 rounds 21,819: rounding.", ms)
ms = [
    F("ura", 6, "this figure is 45%", 45, PC),
    F("ura", 7, "supplying 45%", 45, PC),
    F("ura", 16, "占全球总量的45%", 45, PC),
]
G("ura_kz_2021_share_pc", URA, "Kazakhstan's share of world production in 2021: 45% three times (hasakesitana's year is missing on the page)",
  "Kazakhstan", "share of world uranium mine production", "2021", "Consistent (same value).", ms)
ms = [
    F("ura", 2, "2021 (47,808 tonnes)", 47808, T),
    F("ura", 7, "to 48,303 tons in 2021", 48303, T),
]
G("ura_world_2021_t", URA, "World uranium production in 2021: cosmoschronicle's 47,808 t against investorshangout's 48,303", "world",
  "uranium mine production (tU)", "2021", "Both to the tonne, different: conflict.", ms)
ms = [
    F("ura", 7, "slightly increased by 1%", 1, PC),
    F("ura", 16, "小幅增长1%", 1, PC),
]
G("ura_world_2021_growth_pc", URA, "Growth of world production in 2021: 1% twice", "world", "uranium mine production, year-on-year growth",
  "2021", "Consistent.", ms)
ms = [
    F("ura", 7, "that 77% of global uranium demand", 77, PC),
    F("ura", 16, "仅占全球需求量的77%", 77, PC),
]
G("ura_demand_cover_2021_pc", URA, "Share of world uranium demand met by mined uranium in 2021: 77% twice", "world",
  "mined uranium as share of demand", "2021", "Consistent.", ms)
ms = [
    F("ura", 1, "19,477", 19477, T),
    F("ura", 7, "output of 19,477 tU", 19477, T),
    F("ura", 11, "開採鈾礦1.95萬噸", 1.95e4, T, vt="1.95萬"),
    F("ura", 11, "開採量為1.95萬噸", 1.95e4, T, vt="1.95萬"),
]
G("ura_kz_2020_t", URA, "Kazakhstan's uranium production in 2020: 19,477 t twice against nanmuxuan's 1.95萬噸 (title and text)", "Kazakhstan",
  "uranium mine production (tU)", "2020", "1.95萬 rounds 19,477: rounding.", ms)
ms = [
    F("ura", 1, "22,808", 22808, T),
    F("ura", 11, "2019年22808噸", 22808, T),
]
G("ura_kz_2019_t", URA, "Kazakhstan's uranium production in 2019: 22,808 t twice", "Kazakhstan", "uranium mine production (tU)", "2019", "Consistent.", ms)
ms = [
    F("ura", 1, "24,689", 24689, T),
    F("ura", 11, "創紀錄的24689噸", 24689, T),
]
G("ura_kz_2016_t", URA, "Kazakhstan's record production in 2016: 24,689 t twice", "Kazakhstan", "uranium mine production (tU)", "2016", "Consistent.", ms)
ms = [
    F("ura", 1, "23,321", 23321, T),
    F("ura", 9, "开采量为2.33万吨", 2.33e4, T, vt="2.33万"),
]
G("ura_kz_2017_t", URA, "Kazakhstan's uranium production in 2017: WNA's 23,321 t against the energy ministry's 2.33万吨", "Kazakhstan",
  "uranium mine production (tU)", "2017", "2.33万 rounds 23,321: rounding.", ms)
ms = [
    F("ura", 1, "22,451", 22451, T),
    F("ura", 12, "鈾礦2.26萬(wàn)噸", 2.26e4, T, vt="2.26萬"),
]
G("ura_kz_2013_t", URA, "Kazakhstan's uranium production in 2013: WNA's 22,451 t against v5tt's 2.26萬噸", "Kazakhstan",
  "uranium mine production (tU)", "2013", "2.26萬 (22,550-22,650) does not hold 22,451: conflict.", ms)
ms = [
    F("ura", 8, "amounted to 21,112 tons", 21112, T, basis="kap"),
    F("ura", 9, "这一数字降至2.09万吨", 2.09e4, T, vt="2.09万"),
]
G("ura_kz_2023_t", URA, "Kazakhstan's uranium output in 2023: Kazatomprom Group's 21,112 t (menafn) against the energy ministry's 2.09万吨 for the country (inform.kz)",
  "Kazakhstan / Kazatomprom Group", "uranium mine production (tU)", "2023",
  "Different subjects as written (the national company's group output on a 100% basis against the ministry's national "
  "figure): different_basis, with auto's conflict as alt (OTHER).", ms, OTHER({"kap"}))
ms = [
    F("ura", 4, "peaking at 63,207 metric tons", 63207, T),
    F("ura", 13, "达到63207公吨的峰值", 63207, T),
    F("ura", 14, "達到63207公噸的高峰", 63207, T),
    F("ura", 15, "达到63207吨的高峰", 63207, T),
]
G("ura_world_2016_t", URA, "World uranium production at its 2016 peak: 63,207 t four times", "world", "uranium mine production (tU)", "2016",
  "Consistent.", ms)
ms = [
    F("ura", 4, "had 815,200 MT of known recoverable", 815200, T),
    F("ura", 13, "可采储量达81.52万公吨", 81.52e4, T, vt="81.52万"),
    F("ura", 14, "總量為815200公噸", 815200, T),
    F("ura", 15, "拥有81.52万吨", 81.52e4, T, vt="81.52万"),
]
G("ura_kz_resources_2021_t", URA, "Kazakhstan's known recoverable uranium resources (2021): 815,200 t = 81.52万 four times", "Kazakhstan",
  "known recoverable uranium resources (t)", "2021", "Consistent (same value).", ms)
ms = [
    F("ura", 3, "Houses 28%", 28, PC),
    F("ura", 6, "Australia accounts for 28 percent", 28, PC),
]
G("ura_au_resources_share_pc", URA, "Australia's share of world uranium resources: 28% twice", "Australia",
  "share of world uranium resources / reserves", "current (undated)", "Consistent.", ms)
ms = [
    F("ura", 4, "currently 10 percent", 10, PC),
    F("ura", 13, "约占全球电力的10%", 10, PC, q="approx"),
    F("ura", 14, "約佔全球電力的10%", 10, PC, q="approx"),
    F("ura", 15, "约占全球电力的10%", 10, PC, q="approx"),
]
G("ura_nuclear_share_pc", URA, "Nuclear power's share of world electricity: (about) 10% four times", "world", "nuclear share of electricity generation",
  "current (undated)", "Consistent.", ms)
ms = [
    F("ura", 13, "每磅106美元", 106, "USD_per_lb"),
    F("ura", 14, "每磅106美元", 106, "USD_per_lb"),
    F("ura", 15, "每磅106美元", 106, "USD_per_lb"),
]
G("ura_price_2024_peak", URA, "Uranium price peak early 2024: US$106 per pound three times", "uranium", "spot price (USD per lb)",
  "early 2024", "Consistent.", ms)
ms = [
    F("ura", 13, "17年新高", 17, "years"),
    F("ura", 14, "17年新高", 17, "years"),
    F("ura", 15, "17年来的高点", 17, "years"),
]
G("ura_price_2024_peak_years", URA, "The early-2024 price as a 17-year high, three times", "uranium", "spot price high (years since)",
  "early 2024", "Consistent.", ms)
ms = [
    F("ura", 13, "每磅约70美元", 70, "USD_per_lb", q="approx"),
    F("ura", 14, "每磅約70美元", 70, "USD_per_lb", q="approx"),
    F("ura", 15, "大约每磅70美元", 70, "USD_per_lb", q="approx"),
]
G("ura_price_2025_mid", URA, "Uranium price mid-2025: about US$70 per pound three times", "uranium", "spot price (USD per lb)", "mid-2025",
  "Consistent.", ms)
ms = [
    F("ura", 10, "产量占全球23%", 23, PC),
    F("ura", 11, "產量佔全球23%", 23, PC),
]
G("ura_kz_share_23_pc", URA, "Kazakhstan's share of world output in chinanews' boilerplate (2020 / 2021 pages): 23% twice", "Kazakhstan",
  "share of world uranium output (as written, undated)", "undated (2020-2021 pages)", "Consistent.", ms)
ms = [
    F("ura", 9, "年产逾2万吨铀矿", 2e4, T, vt="2万", q="over"),
    F("ura", 9, "年开采量约2万吨", 2e4, T, vt="2万", q="approx"),
]
G("ura_kap_annual_t", URA, "Kazatomprom's annual output: '逾2万吨' (headline) and '约2万吨'", "Kazatomprom", "annual uranium output (t)",
  "current (2024 page)", "The two hedges overlap: consistent.", ms)
# ura singles and non-claims
NC("ura", 1, "(Updated August 2023)", "date")
NC("ura", 1, "Country 2013", "date")
for _y in ("2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021"):
    NC("ura", 1, " " + _y, "date")
NC("ura", 1, "2022", "date", nth=2)
S("ura", 1, "23,127", value=23127, unit=T)
S("ura", 1, "23,607", value=23607, unit=T)
S("ura", 1, "21,705", value=21705, unit=T)
S("ura", 1, "9124", value=9124, unit=T)
S("ura", 1, "13,325", value=13325, unit=T)
S("ura", 1, "14,039", value=14039, unit=T)
S("ura", 1, "13,116", value=13116, unit=T)
S("ura", 1, "7001", value=7001, unit=T)
S("ura", 1, "6938", value=6938, unit=T)
# ura-02
S("ura", 2, "an increase of 2.3%", value=2.3, unit=PC)
S("ura", 2, "covered only 74%", value=74, unit=PC)
S("ura", 2, "which is 2.7% less", value=2.7, unit=PC)
S("ura", 2, "accounting for about 22%", value=22, unit=PC, q="approx")
NC("ura", 2, "in 2009 was overtaken", "date")
S("ura", 2, "which is 56.6% more", value=56.6, unit=PC)
NC("ura", 2, "COVID-19 related", "name")
NC("ura", 2, "lifted in July 2021", "date")
NC("ura", 2, "since 2018", "date")
NC("ura", 2, "on February 9, 2022", "date")
NC("ura", 2, "on November 9, 2022", "date")
S("ura", 2, "which is 2.4% lower", value=2.4, unit=PC)
S("ura", 2, "which is 2.5% less", value=2.5, unit=PC)
# ura-03
NC("ura", 3, "Top 10 Uranium", "rank")
NC("ura", 3, "Countries in 2022.", "date")
NC("ura", 3, "countries in 2022:", "date")
NC("ura", 3, "and the COVID-19 pandemic", "name")
NC("ura", 3, "the top 10 uranium", "rank")
NC("ura", 3, "1. Kazakhstan", "list_number")
NC("ura", 3, "since 2009", "date")
NC("ura", 3, "2. Canada", "list_number")
NC("ura", 3, "drop in 2020", "date")
NC("ura", 3, "to the COVID-19 pandemic", "name")
NC("ura", 3, "3. Namibia", "list_number")
NC("ura", 3, "Overtook Australia in 2021", "date")
NC("ura", 3, "to third in 2022", "date")
NC("ura", 3, "4. Australia", "list_number")
# ura-04
NC("ura", 4, "COVID-19 also", "name")
NC("ura", 4, "has been since 2009", "date")
NC("ura", 4, "2022’s largest", "date")
NC("ura", 4, "1. Kazakhstan", "list_number")
# ura-05
S("ura", 5, "Uzbekistan With 3,300 tons", value=3300, unit=T)
S("ura", 5, "9% and", value=9, unit=PC)
S("ura", 5, "7% of world production", value=7, unit=PC)
NC("ura", 5, "Uranium in 2022 was", "date")
# ura-06
S("ura", 6, "mined 3.5 thousand tons", vt="3.5 thousand", value=3500, unit=T)
NC("ura", 6, "in 2020 and 2019", "date")
NC("ura", 6, "less in 2018", "date")
S("ura", 6, "(3.4 thousand tons)", vt="3.4 thousand", value=3400, unit=T)
S("ura", 6, "estimated at 6.14 million tons", value=6.14e6, unit=T)
S("ura", 6, "Kazakhstan 15 percent", value=15, unit=PC)
S("ura", 6, "Canada 9 percent", value=9, unit=PC)
S("ura", 6, "own 8%", value=8, unit=PC)
S("ura", 6, "7% and", value=7, unit=PC)
S("ura", 6, "5% of uranium reserves", value=5, unit=PC)
S("ura", 6, "132,300 tons of resources", value=132300, unit=T)
S("ura", 6, "This is 2%", value=2, unit=PC)
# ura-07
NC("ura", 7, "Post# of 387", "identifier")
S("ura", 7, "from 47,731 tons in 2020", value=47731, unit=T)
S("ura", 7, "It currently holds 12%", value=12, unit=PC)
S("ura", 7, "tU by 12%", value=12, unit=PC)
NC("ura", 7, "loosening COVID-19-related", "name")
NC("ura", 7, "third position globally in 2020", "date")
S("ura", 7, "output by 6%", value=6, unit=PC)
S("ura", 7, "compared to 5,413 tons", value=5413, unit=T)
NC("ura", 7, "to Kazakhstan in 2009", "date")
S("ura", 7, "jumped by 21%", value=21, unit=PC)
NC("ura", 7, "lifting COVID-19 restrictions", "name")
NC("ura", 7, "in July 2021", "date")
NC("ura", 7, "uranium producer in 2021.", "date")
NC("ura", 7, "uranium output in 2021,", "date")
S("ura", 7, "drop by 32%", value=32, unit=PC)
S("ura", 7, "from 6,203 tons", value=6203, unit=T)
# ura-08
NC("ura", 8, " date 2024-02-06 ", "date")
NC("ura", 8, "ASTANA, Kazakhstan, February 3.", "date")
S("ura", 8, "which is 1 percent lower", value=1, unit=PC)
S("ura", 8, "amounted to 5,795 tons", value=5795, unit=T)
S("ura", 8, "(5,780 tons)", value=5780, unit=T)
NC("ura", 8, "a 100 percent and attributable basis", "name")
NC("ura", 8, "throughout 2023", "date")
NC("ura", 8, "compared to 2022, primarily", "date")
NC("ura", 8, "plan for 2023", "date")
NC("ura", 8, "compared to 2022.", "date")
S("ura", 8, "around 14 percent", value=14, unit=PC, q="approx")
S("ura", 8, "more than 700,000 tons", value=700000, unit=T, q="over")
NC("ura", 8, "production in 2009", "date")
S("ura", 8, "almost 40 percent", value=40, unit=PC, q="under")
# ura-09
NC("ura", 9, "16:46, 06 八月份 2024 | GMT +6", "date")
NC("ura", 9, "截至2023年1月", "date")
S("ura", 9, "铀矿储量为99万吨", vt="99万", value=99e4, unit=T)
# ura-10
NC("ura", 10, "中新网努尔苏丹9月24日电", "date")
S("ura", 10, "开采量预计为3409吨", value=3409, unit=T)
S("ura", 10, "储量将近14万吨", vt="14万", value=14e4, unit=T, q="under")
S("ura", 10, "占全球储量2.3%", value=2.3, unit=PC)
NC("ura", 10, "自2012年以来", "date")
S("ura", 10, "由2228吨", value=2228, unit=T)
S("ura", 10, "将近3500吨", value=3500, unit=T, q="under")
S("ura", 10, "其中72%", value=72, unit=PC)
S("ura", 10, "26%出口到美国", value=26, unit=PC)
S("ura", 10, "2%出口到韩国", value=2, unit=PC)
NC("ura", 10, "从2023年起", "date")
S("ura", 10, "计划开采至少22750吨", value=22750, unit=T, q="at_least")
# ura-11
NC("ura", 11, "中新社努爾蘇丹1月14日電", "date")
S("ura", 11, "預計將達到2.25萬噸", vt="2.25萬", value=2.25e4, unit=T)
NC("ura", 11, "2020年8月", "date")
S("ura", 11, "儲量為169萬噸", vt="169萬", value=169e4, unit=T)
S("ura", 11, "約佔全球20%", value=20, unit=PC, q="approx")
NC("ura", 11, "開採1磅鈾礦", "unit_quantity")
S("ura", 11, "需9.3美元", value=9.3, unit="USD_per_lb")
S("ura", 11, "只有796噸", value=796, unit=T)
# ura-12
NC("ura", 12, "1.哈薩克斯坦", "list_number")
S("ura", 12, "占全球鈾產(chǎn)量的28%", value=28, unit=PC)
S("ura", 12, "去年產(chǎn)量為2563噸", value=2563, unit=T)
NC("ura", 12, "2 .加拿大", "list_number")
NC("ura", 12, "加拿大是2013年世界", "date")
S("ura", 12, "占世界總產(chǎn)量的16%", value=16, unit=PC)
NC("ura", 12, "較2012年", "date")
NC("ura", 12, "從2009年開始", "date")
# ura-13, 14, 15
NC("ura", 13, "自2009年成为", "date")
NC("ura", 13, "以及2011年日本", "date")
NC("ura", 13, "然而,2021年局势", "date")
NC("ura", 13, "2024年初", "date")
NC("ura", 13, "到2025年中", "date")
NC("ura", 14, "自2009年成為", "date")
NC("ura", 14, "日本2011年福島", "date")
NC("ura", 14, "情勢在2021年開始", "date")
NC("ura", 14, "2024年初", "date")
NC("ura", 14, "到2025年中", "date")
NC("ura", 15, "2024年初", "date")
NC("ura", 15, "在2025年中期", "date")
NC("ura", 15, "过去15年", "duration")
S("ura", 15, "比高峰下降了22%", value=22, unit=PC)
NC("ura", 15, "从2021年开始", "date")
NC("ura", 15, "自2009年以来", "date")
# ura-16 (hasakesitana: the years are missing on the page)
S("ura", 16, "其次是纳米比亚(12%)", value=12, unit=PC)
S("ura", 16, "加拿大(10%)", value=10, unit=PC)
S("ura", 16, "比例达到了66%", value=66, unit=PC)

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh59.toml", "corpus-fresh59")
