"""Hand annotation of corpus-fresh69, written as data; emits gold.d/fresh69.toml (then run
corpus/check_gold.py --dir corpus-fresh69 --build).

Three company-results domains (news / business statistics): Geely Automobile's 2024 annual results / 吉利汽车2024年业绩 /
吉利汽車2024年業績 (`gly-*`), China Mengniu Dairy's 2024 annual results / 蒙牛乳业2024年业绩 / 蒙牛乳業2024年業績
(`mgn-*`) and Yili's 2023 annual and Q1 2024 results / 伊利股份2023年业绩 / 伊利2023年業績 (`yli-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8; money in CNY / USD / HKD,
vehicles as counts ('vehicles'), shares and growth rates in percent (decreases negative, as corpus-fresh65 keys them),
margin changes in percentage points.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import PC, PP, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S, V, basis, val  # noqa: E402

load(HERE)

goldrules.install()

GLY, MGN, YLI = "geely-2024-results", "mengniu-2024-results", "yili-2023-q1-2024-results"
CNY, USD, HKD, VEH, TIMES, YRS = "CNY", "USD", "HKD", "vehicles", "times", "years"

# ============================================================ Geely 2024 results
ms = [
    F("gly", 1, "Revenue reached 240.2 billion yuan", 240.2e9, CNY),
    F("gly", 2, "Its revenue reached 240.2 billion yuan", 240.2e9, CNY),
    F("gly", 3, "total revenue reached 240.2 billion yuan", 240.2e9, CNY),
    F("gly", 4, "climbing 34% to 240.19 billion yuan", 240.19e9, CNY, vt="240.19 billion"),
    F("gly", 5, "to 240.2 billion yuan, Geely said", 240.2e9, CNY),
    F("gly", 6, "達(dá)到人民幣2402億元", 2402e8, CNY),
    F("gly", 7, "公司总收入2402 亿元", 2402e8, CNY),
    F("gly", 8, "高速增长,实现营收2401.94亿元", 2401.94e8, CNY),
    F("gly", 8, "全年实现营收2401.94亿元(", 2401.94e8, CNY),
    # audit: 9fzt's headline '营收首破两千亿' (revenue above 200 billion for the first time) is a bound on the same
    # figure, keyed as an 'over' mention (as corpus-fresh11 / fresh23 / fresh62 key 破千億-type figures)
    F("gly", 7, "营收首破两千亿", 2000e8, CNY, vt="两千亿", q="over", step=1e11),
]
G("gly_rev_2024", GLY, "Geely's 2024 revenue: 240.2 billion yuan (2402亿) on six pages against evrimagaci's 240.19 billion and fxbaogao's 2401.94亿 (twice); 9fzt's headline 'over 两千亿'",
  "Geely Automobile Holdings", "revenue", "2024",
  "240.2 billion / 2402亿 round 240.19 billion and 2401.94亿: rounding; 240.19 billion rounds 2401.94亿: rounding; "
  "'首破两千亿' (over 2000亿) holds every figure: consistent.", ms)
ms = [
    F("gly", 1, "a year-on-year increase of 34%; net profit", 34, PC),
    F("gly", 2, "with a year-on-year growth of 34%", 34, PC),
    F("gly", 3, "a record high, a year-on-year increase of 34%", 34, PC),
    F("gly", 4, "climbing 34% to", 34, PC),
    F("gly", 5, "sales increasing 34 per cent", 34, PC),
    F("gly", 6, "集團(tuán)總收益增加34%", 34, PC),
    F("gly", 7, "同比增长34%;总销量", 34, PC),
    F("gly", 8, "同比增长34%; 2024归母", 34, PC),
    F("gly", 8, "(+34.03%)", 34.03, PC),
]
G("gly_rev_growth_2024", GLY, "Growth of Geely's 2024 revenue: 34% on eight pages against fxbaogao's own +34.03%",
  "Geely Automobile Holdings", "revenue, year-on-year growth", "2024",
  "34 rounds 34.03: rounding (fxbaogao gives both on one line: its own pair rounding).", ms)
ms = [
    F("gly", 1, "net profit attributable to shareholders was 16.6 billion yuan", 16.6e9, CNY),
    F("gly", 2, "parent company was 16.632 billion yuan", 16.632e9, CNY),
    F("gly", 3, "parent company of 16.6 billion yuan for the whole year", 16.6e9, CNY),
    F("gly", 4, "reaching 16.63 billion yuan", 16.63e9, CNY),
    F("gly", 5, "to 16.6 billion yuan (US$2.3 billion)", 16.6e9, CNY, vt="16.6 billion"),
    F("gly", 6, "溢利為166.3億元", 166.3e8, CNY),
    F("gly", 8, "2024归母净利润166.32亿元", 166.32e8, CNY),
    F("gly", 8, "2024年归母净利润166.32亿元", 166.32e8, CNY),
]
G("gly_np_2024", GLY, "Geely's 2024 profit attributable to shareholders: 16.6 billion yuan four times, 16.63 billion / 166.3亿, 16.632 billion / 166.32亿 (three times)",
  "Geely Automobile Holdings", "profit attributable to shareholders", "2024",
  "Coarser figures round the finer ones (16.6 / 16.63 / 16.632): rounding; same values consistent. hcjjw's 凈利潤168億 "
  "(including minority interests) is another measure (single).", ms)
ms = [
    F("gly", 1, "a year-on-year increase of 213%", 213, PC),
    F("gly", 2, "surging by 213%", 213, PC),
    F("gly", 3, "a year-on-year increase of 213%;", 213, PC),
    F("gly", 4, "net profit soared 213% to", 213, PC),
    F("gly", 4, "net profit surged by 213%", 213, PC),
    F("gly", 5, "profit soars 213% driven", 213, PC),
    F("gly", 5, "profit jumped 213 per cent", 213, PC),
    F("gly", 6, "同比增長(zhǎng)213%", 213, PC),
    F("gly", 8, "同比增长213.32%。吉利", 213.32, PC),
    F("gly", 8, "同比增长213.32%;2024年扣非", 213.32, PC),
]
G("gly_np_growth_2024", GLY, "Growth of Geely's 2024 attributable profit: 213% eight times against fxbaogao's 213.32% (twice)",
  "Geely Automobile Holdings", "profit attributable to shareholders, year-on-year growth", "2024",
  "213 rounds 213.32: rounding.", ms)
ms = [
    F("gly", 4, "soared 213% to $2.30 billion", 2.30e9, USD, vt="$2.30 billion"),
    F("gly", 4, "(approximately $2.30 billion)", 2.30e9, USD, q="approx"),
    F("gly", 5, "(US$2.3 billion)", 2.3e9, USD),
]
G("gly_np_2024_usd", GLY, "Geely's 2024 attributable profit in dollars: $2.30 billion (twice) and US$2.3 billion",
  "Geely Automobile Holdings", "profit attributable to shareholders (USD)", "2024", "Same value: consistent.", ms)
ms = [
    F("gly", 1, "gross margin improved to 15.9%", 15.9, PC),
    F("gly", 2, "reaching 15.9%", 15.9, PC),
    F("gly", 6, "百分點(diǎn)至15.9%", 15.9, PC),
    F("gly", 7, "公司毛利率达15.9%", 15.9, PC),
    F("gly", 8, "2024年公司毛利率15.9%", 15.9, PC),
]
G("gly_gm_2024", GLY, "Geely's 2024 gross margin: 15.9% on five pages", "Geely Automobile Holdings", "gross profit margin", "2024",
  "Consistent.", ms)
ms = [
    F("gly", 1, "an increase of 0.6 percentage points", 0.6, PP),
    F("gly", 2, "increased by 0.6 percentage points", 0.6, PP),
    F("gly", 6, "同比增加0.6個", 0.6, PP),
    F("gly", 7, "同比提升0.6pct", 0.6, PP),
]
G("gly_gm_pp_2024", GLY, "Change of Geely's gross margin in 2024: +0.6 points four times", "Geely Automobile Holdings",
  "gross margin, year-on-year change", "2024", "Consistent.", ms)
ms = [
    F("gly", 1, "reached 2.177 million vehicles", 2.177e6, VEH),
    F("gly", 2, "delivered 2,176,600 new vehicles", 2176600, VEH),
    F("gly", 4, "amounting to 2.1 million units", 2.1e6, VEH),
    F("gly", 7, "总销量为217.7 万辆", 217.7e4, VEH),
    F("gly", 8, "总销量217.7万辆", 217.7e4, VEH),
]
G("gly_sales_2024", GLY, "Geely's 2024 vehicle sales: 2.177 million (217.7万, three times) and 2,176,600 against evrimagaci's 2.1 million",
  "Geely Automobile Holdings", "vehicle sales volume", "2024",
  "2.177 million / 217.7万 round 2,176,600: rounding; 2.1 million is no rounding of 2.1766 million (that is 2.2): conflict.", ms)
ms = [
    F("gly", 1, "a year-on-year increase of 32%, with", 32, PC),
    F("gly", 2, "a year-on-year increase of 32%. Its", 32, PC),
    F("gly", 4, "volume increase of 32%", 32, PC),
    F("gly", 6, "銷量仍同比增長(zhǎng)32%", 32, PC),
    F("gly", 7, "同比增长32%。公司整车", 32, PC),
    F("gly", 8, "同比增长32%,其中", 32, PC),
]
G("gly_sales_growth_2024", GLY, "Growth of Geely's 2024 sales volume: 32% on six pages", "Geely Automobile Holdings",
  "vehicle sales, year-on-year growth", "2024", "Consistent.", ms)
ms = [
    F("gly", 1, "new energy vehicle sales of 888,000 units", 888000, VEH),
    F("gly", 7, "128.9 万辆/88.8 万辆", 88.8e4, VEH),
]
G("gly_nev_2024", GLY, "Geely's 2024 new-energy vehicle sales: 888,000 and 88.8万", "Geely Automobile Holdings",
  "new-energy vehicle sales volume", "2024", "Same value: consistent.", ms)
ms = [
    F("gly", 1, "a year-on-year increase of 92%", 92, PC),
    F("gly", 7, "8.7%/91.8%", 91.8, PC),
    F("gly", 8, "新能源销量同比激增92%", 92, PC),
]
G("gly_nev_growth_2024", GLY, "Growth of Geely's 2024 NEV sales: 92% twice against 9fzt's 91.8%", "Geely Automobile Holdings",
  "new-energy vehicle sales, year-on-year growth", "2024", "92 rounds 91.8: rounding.", ms)
ms = [
    F("gly", 1, "accounting for 41% of total sales", 41, PC),
    F("gly", 8, "新能源车型占比达41%", 41, PC),
]
G("gly_nev_share_2024", GLY, "NEV share of Geely's 2024 sales: 41% twice", "Geely Automobile Holdings",
  "new-energy share of sales volume", "2024", "Consistent.", ms)
ms = [
    F("gly", 2, "The net cash level was 39.8 billion yuan", 39.8e9, CNY),
    F("gly", 3, "by 40% to 39.8 billion yuan", 39.8e9, CNY),
]
G("gly_netcash_2024", GLY, "Geely's net cash at end-2024: 39.8 billion yuan twice", "Geely Automobile Holdings", "net cash",
  "end of 2024", "Consistent. hcjjw's 总现金水平 437.5亿 (+15%) is total cash, another measure (singles).", ms)
ms = [
    F("gly", 2, "showing a growth of 40%", 40, PC),
    F("gly", 3, "increased by 40% to", 40, PC),
]
G("gly_netcash_growth_2024", GLY, "Growth of Geely's net cash in 2024: 40% twice", "Geely Automobile Holdings",
  "net cash, year-on-year growth", "2024", "Consistent.", ms)
ms = [
    F("gly", 2, "average revenue per vehicle was 107,000 yuan", 107000, CNY),
    F("gly", 7, "单车均价10.74 万元", 10.74e4, CNY),
    F("gly", 8, "单车收入提升至10.74万元", 10.74e4, CNY),
]
G("gly_asp_2024", GLY, "Geely's 2024 average revenue per vehicle: 10.74万 twice against chinaevhome's 107,000 yuan",
  "Geely Automobile Holdings", "average revenue per vehicle", "2024", "107,000 rounds 107,400: rounding.", ms)
ms = [
    F("gly", 2, "achieving a growth of 2.5%", 2.5, PC),
    F("gly", 6, "較去年仍上升了2.5%", 2.5, PC),
]
G("gly_asp_growth_2024", GLY, "Growth of Geely's average ex-factory price per vehicle in 2024: 2.5% twice", "Geely Automobile Holdings",
  "average revenue per vehicle, year-on-year growth", "2024",
  "Consistent (hcjjw's 2.9% is the pro-forma price including Lynk & Co, another basis: single).", ms)
ms = [
    F("gly", 3, "parent company of 8.5 billion yuan after deducting", 8.5e9, CNY),
    F("gly", 6, "持有人溢利為85.2億元", 85.2e8, CNY),
    F("gly", 8, "扣非后归母净利润85.23亿元", 85.23e8, CNY),
]
G("gly_np_core_2024", GLY, "Geely's 2024 attributable profit excluding one-off items: 8.5 billion, 85.2亿 and 85.23亿",
  "Geely Automobile Holdings", "profit attributable to shareholders excluding one-off items", "2024",
  "Each coarser figure rounds the finer ones: rounding.", ms)
ms = [
    F("gly", 3, "a year-on-year increase of 52%.", 52, PC),
    F("gly", 5, "profit increased 52 per cent", 52, PC),
    F("gly", 6, "同比增長(zhǎng)52%", 52, PC),
    F("gly", 8, "同比增长52%。2024年第四季度", 52, PC),
]
G("gly_np_core_growth_2024", GLY, "Growth of Geely's 2024 core attributable profit: 52% four times", "Geely Automobile Holdings",
  "profit excluding one-off items, year-on-year growth", "2024", "Consistent.", ms)
ms = [
    F("gly", 5, "gain of 9.1 billion yuan", 9.1e9, CNY),
    F("gly", 6, "包括91億元的視作出售", 91e8, CNY),
]
G("gly_disposal_gain_2024", GLY, "Geely's 2024 gain on the deemed disposal of subsidiaries: 9.1 billion yuan and 91億",
  "Geely Automobile Holdings", "gain on disposal of subsidiaries (one-off)", "2024",
  "Same value: consistent (hcjjw's item also nets a provisional loss on a joint-venture stake; daily8 calls it the "
  "disposal gain; same figure).", ms)
ms = [
    F("gly", 4, "totaling 222,123 units", 222123, VEH),
    F("gly", 7, "/22.2 万辆,同比", 22.2e4, VEH),
    F("gly", 8, "极氪销量22.2万辆", 22.2e4, VEH),
]
G("gly_zeekr_2024", GLY, "Zeekr's 2024 deliveries: 222,123 against 22.2万 twice", "Zeekr (Geely)", "vehicle deliveries / sales",
  "2024", "22.2万 rounds 222,123: rounding.", ms)
ms = [
    F("gly", 4, "skyrocket by 87%", 87, PC),
    F("gly", 7, "/86.6%,三大", 86.6, PC),
    F("gly", 8, "(同比增长87%)", 87, PC),
]
G("gly_zeekr_growth_2024", GLY, "Growth of Zeekr's 2024 deliveries: 87% twice against 9fzt's 86.6%", "Zeekr (Geely)",
  "vehicle deliveries, year-on-year growth", "2024", "87 rounds 86.6: rounding.", ms)
ms = [
    F("gly", 4, "a record high of 414,522 units", 414522, VEH),
    F("gly", 8, "出口销量41.5万辆", 41.5e4, VEH),
]
G("gly_exports_2024", GLY, "Geely's 2024 exports: 414,522 against 41.5万", "Geely Automobile Holdings", "export sales volume",
  "2024", "41.5万 rounds 414,522: rounding.", ms)
ms = [
    F("gly", 4, "indicating a 57% year-on-year increase", 57, PC),
    F("gly", 8, "同比大涨57%", 57, PC),
]
G("gly_exports_growth_2024", GLY, "Growth of Geely's 2024 exports: 57% twice", "Geely Automobile Holdings",
  "export sales, year-on-year growth", "2024", "Consistent.", ms)
ms = [
    F("gly", 7, "公司整车收入2031 亿元", 2031e8, CNY),
    F("gly", 8, "整车业务收入达2030.61亿元", 2030.61e8, CNY),
]
G("gly_vehicle_rev_2024", GLY, "Geely's 2024 vehicle-sales revenue: 2031亿 against 2030.61亿", "Geely Automobile Holdings",
  "revenue from vehicle sales", "2024", "2031 rounds 2030.61: rounding.", ms)
ms = [
    F("gly", 7, "同比增长36%;单车", 36, PC),
    F("gly", 8, "(同比增长36%)", 36, PC),
]
G("gly_vehicle_rev_growth_2024", GLY, "Growth of Geely's vehicle-sales revenue: 36% twice", "Geely Automobile Holdings",
  "revenue from vehicle sales, year-on-year growth", "2024", "Consistent.", ms)
# gly singles and non-claims
NC("gly", 1, "On March 20, Geely", "date")
NC("gly", 3, "On March 20, Geely", "date")
S("gly", 4, "net loss to 6.42 billion yuan", value=6.42e9, unit=CNY)
S("gly", 4, "from 8.35 billion yuan", value=8.35e9, unit=CNY)
NC("gly", 4, "On March 20, 2025", "date")
S("gly", 5, "estimates of 14.6 billion yuan", value=14.6e9, unit=CNY)
S("gly", 5, "payout of HK$0.33", value=0.33, unit=HKD)
S("gly", 5, "up from HK$0.22", value=0.22, unit=HKD)
NC("gly", 6, "3月20日", "date")
S("gly", 6, "同比上升2.9%", value=2.9, unit=PC)
S("gly", 6, "凈利潤(rùn)為168億元", value=168e8, unit=CNY)
S("gly", 6, "同比增長(zhǎng)240%", value=240, unit=PC)
S("gly", 6, "約為16億元", value=16e8, unit=CNY, q="approx")
S("gly", 6, "以及9.9億元", value=9.9e8, unit=CNY)
S("gly", 6, "增加了15%", value=15, unit=PC)
S("gly", 6, "達(dá)到437.5億元", value=437.5e8, unit=CNY)
S("gly", 7, "同比增长0.26 万元", value=0.26e4, unit=CNY)
S("gly", 7, "销量分别为128.9 万辆", value=128.9e4, unit=VEH)
S("gly", 7, "同比分别增长8.7%", value=8.7, unit=PC)
S("gly", 7, "分别为49.8 万辆", value=49.8e4, unit=VEH)
S("gly", 7, "/18.8 万辆/", value=18.8e4, unit=VEH)
S("gly", 7, "增长77.9%", value=77.9, unit=PC)
S("gly", 7, "/162.5%/", value=162.5, unit=PC)
NC("gly", 7, "1)2024", "list_number")
NC("gly", 7, "2)三费", "list_number")
S("gly", 7, "三费费率达14.1%", value=14.1, unit=PC)
S("gly", 7, "同比下降2.6%", value=-2.6, unit=PC)
NC("gly", 7, "3)研发", "list_number")
S("gly", 7, "2024 年超158 亿元", vt="158 亿", value=158e8, unit=CNY, q="over")
NC("gly", 7, "4)归母", "list_number")
S("gly", 7, "归母净利率为3.55%", value=3.55, unit=PC)
S("gly", 7, "同比提升0.42pct", value=0.42, unit=PP)
S("gly", 8, "营业收入达到725.10亿元", value=725.10e8, unit=CNY)
S("gly", 8, "单季度归母净利润35.79亿元", value=35.79e8, unit=CNY)
S("gly", 8, "环比增长41.57%", value=41.57, unit=PC)
S("gly", 8, "期间费用率为11.91%", value=11.91, unit=PC)
NC("gly", 8, "(12月单月", "date")
S("gly", 8, "渗透率58.6%", value=58.6, unit=PC)
S("gly", 8, "占总销量19%", value=19, unit=PC)
S("gly", 8, "全年销量达167万辆", value=167e4, unit=VEH)
S("gly", 8, "(同比增长27%)", value=27, unit=PC)
S("gly", 8, "销量49.4万辆", value=49.4e4, unit=VEH)
S("gly", 8, "(同比提升80%)", value=80, unit=PC)
S("gly", 8, "领克销量28.5万辆", value=28.5e4, unit=VEH)
S("gly", 8, "同比+30%", value=30, unit=PC)
S("gly", 8, "提升至58.8%", value=58.8, unit=PC)
S("gly", 8, "销量目标271万辆", value=271e4, unit=VEH)
S("gly", 8, "其中新能源150万辆", value=150e4, unit=VEH)
S("gly", 8, "目标销量200万辆", value=200e4, unit=VEH)

# ============================================================ Mengniu 2024 results
ms = [
    F("mgn", 1, "全年營收886.7億元", 886.7e8, CNY),
    F("mgn", 2, "蒙牛营收886.748亿元", 886.748e8, CNY),
    F("mgn", 3, "全年实现收入886.7亿元", 886.7e8, CNY),
    F("mgn", 4, "全年實現收入886.7億元", 886.7e8, CNY),
    F("mgn", 5, "营业收入886.75亿元", 886.75e8, CNY),
    F("mgn", 6, "to 88.7 billion yuan", 88.7e9, CNY),
    F("mgn", 7, "revenue of RMB 886.75 million", 886.75e6, CNY),
    F("mgn", 8, "revenue of 88.67 billion yuan", 88.67e9, CNY),
    F("mgn", 9, "收入约886.75亿元", 886.75e8, CNY, q="approx"),
    F("mgn", 10, "降至886.7億元", 886.7e8, CNY),
    # audit: two bounds on the same figure, keyed as mentions (they were a single / not keyed): dayc's '跌破900亿大关'
    # (fell below 90 billion) and senqingzn's '離“千億俱樂部”還有一步之遙' (one step short of the 100-billion club)
    F("mgn", 13, "跌破900亿大关", 900e8, CNY, q="under"),
    F("mgn", 1, "離“千億俱樂部”還有一步之遙", 1000e8, CNY, vt="千億", q="under", step=1e11),
]
G("mgn_rev_2024", MGN, "Mengniu's 2024 revenue: 886.7亿 (= 88.67 billion) five times, 886.748亿, 886.75亿 (once 约), 88.7 billion, against reportify.ai's 'RMB 886.75 million'; bounds 'below 900亿' (dayc) and 'short of 千億' (senqingzn)",
  "China Mengniu Dairy", "revenue", "2024",
  "Coarser figures round finer ones (886.7 / 886.75 / 886.748亿, 88.7 billion): rounding; '约886.75亿' holds 886.748: "
  "consistent. reportify.ai's 886.75 million is a hundredth of the figure (亿 read as million): conflict with every other "
  "mention, including dayc's 'just below 900亿' (the kit's 'under' range 800-900亿); the bounds hold every other figure "
  "(consistent; senqingzn's loose 'under 千億' range also holds 886.75 million).", ms)
ms = [
    F("mgn", 1, "縮水了10.09%", -10.09, PC),
    F("mgn", 2, "同比下滑10.1%;归母", -10.1, PC),
    F("mgn", 5, "同比减少10.09%", -10.09, PC),
    F("mgn", 6, "Revenue declined 10% to", -10, PC),
    F("mgn", 7, "a decrease of 10.1%", -10.1, PC),
    F("mgn", 8, "a 10.1% decrease", -10.1, PC),
    F("mgn", 9, "同比减少10.1%;公司", -10.1, PC),
    F("mgn", 10, "收入按年跌10%", -10, PC),
    F("mgn", 13, "蒙牛乳业营收同比下滑10.1%", -10.1, PC),
]
G("mgn_rev_growth_2024", MGN, "Change of Mengniu's 2024 revenue: -10.09% twice, -10.1% five times, -10% twice",
  "China Mengniu Dairy", "revenue, year-on-year change", "2024", "Roundings of -10.09: rounding.", ms)
ms = [
    F("mgn", 1, "僅剩1.045億元", 1.045e8, CNY),
    F("mgn", 2, "归母净利润1.045亿元", 1.045e8, CNY),
    F("mgn", 5, "归母净利润1.05亿元", 1.05e8, CNY),
    F("mgn", 6, "to 104.5 million yuan", 104.5e6, CNY),
    F("mgn", 7, "only RMB 105 million", 105e6, CNY),
    F("mgn", 8, "was only 105 million yuan", 105e6, CNY),
    F("mgn", 8, "was 1.045 billion yuan", 1.045e9, CNY),
    F("mgn", 9, "应占利润约1.05亿元", 1.05e8, CNY, q="approx"),
    F("mgn", 10, "蒙牛去年盈利約1億元", 1e8, CNY, q="approx"),
    F("mgn", 11, "2024年同期公司擁有人應佔利潤1.05億元", 1.05e8, CNY),
]
G("mgn_np_2024", MGN, "Mengniu's 2024 attributable profit: 1.045亿 (= 104.5 million) three times, 1.05亿 (= 105 million) five times (once 约), 约1亿, against redcensor's '1.045 billion yuan'",
  "China Mengniu Dairy", "profit attributable to shareholders", "2024",
  "1.05亿 / 105 million round 1.045亿: rounding; 约1.05 and 约1 hold 1.045: consistent. redcensor's 1.045 billion "
  "(ten times the figure; the same page says 105 million a paragraph earlier): conflict with every other mention.", ms)
ms = [
    F("mgn", 1, "較去年同期的48.09億元", 48.09e8, CNY),
    F("mgn", 6, "from 4.81 billion yuan", 4.81e9, CNY),
    F("mgn", 8, "previous year’s 4.809 billion yuan", 4.809e9, CNY),
    F("mgn", 8, "from 48.091 billion yuan", 48.091e9, CNY),
]
G("mgn_np_2023", MGN, "Mengniu's 2023 attributable profit: 48.09亿 = 4.809 billion, 4.81 billion, against redcensor's '48.091 billion yuan'",
  "China Mengniu Dairy", "profit attributable to shareholders", "2023",
  "4.81 rounds 4.809: rounding; 48.091 billion (ten times): conflict.", ms)
ms = [
    F("mgn", 1, "暴跌97.83%", -97.83, PC),
    F("mgn", 2, "同比下滑97.8%", -97.8, PC),
    F("mgn", 5, "同比减少97.83%", -97.83, PC),
    F("mgn", 6, "plunged 98% to", -98, PC),
    F("mgn", 7, "down 97.8% from", -97.8, PC),
    F("mgn", 8, "Net Profit Plunges 98%", -98, PC),
    F("mgn", 8, "a 97.8% decrease", -97.8, PC),
    F("mgn", 8, "down 97.8% from 48.091", -97.8, PC),
    F("mgn", 9, "同比减少97.8%;每股", -97.8, PC),
    F("mgn", 10, "蒙牛去年盈利倒退98%", -98, PC),
    F("mgn", 10, "按年大幅倒退98%", -98, PC),
]
G("mgn_np_growth_2024", MGN, "Change of Mengniu's 2024 attributable profit: -97.83% twice, -97.8% five times, -98% four times",
  "China Mengniu Dairy", "profit attributable to shareholders, year-on-year change", "2024", "Roundings of -97.83: rounding.", ms)
ms = [
    F("mgn", 1, "百分點至39.6%", 39.6, PC),
    F("mgn", 3, "百分点至39.6%", 39.6, PC),
    F("mgn", 4, "百分點至39.6%", 39.6, PC),
    F("mgn", 5, "2024年毛利率39.57%", 39.57, PC),
    F("mgn", 8, "margin increased to 39.6%", 39.6, PC),
    F("mgn", 9, "百分点至39.6%", 39.6, PC),
    F("mgn", 10, "毛利率39.6%", 39.6, PC),
]
G("mgn_gm_2024", MGN, "Mengniu's 2024 gross margin: 39.6% six times against reportify.cn's 39.57%", "China Mengniu Dairy",
  "gross profit margin", "2024", "39.6 rounds 39.57: rounding.", ms)
ms = [
    F("mgn", 1, "毛利率提升2.4個百分點", 2.4, PP),
    F("mgn", 3, "毛利率同比提升2.4个百分点", 2.4, PP),
    F("mgn", 4, "毛利率同比提升2.4個百分點", 2.4, PP),
    F("mgn", 5, "同比+2.42Pct", 2.42, PP),
    F("mgn", 9, "上升2.4个百分点", 2.4, PP),
    F("mgn", 10, "按年升2.4個百分點", 2.4, PP),
]
G("mgn_gm_pp_2024", MGN, "Change of Mengniu's gross margin in 2024: +2.4 points five times against +2.42", "China Mengniu Dairy",
  "gross margin, year-on-year change", "2024", "2.4 rounds 2.42: rounding.", ms)
ms = [
    F("mgn", 1, "經營利潤達到72.6億元", 72.6e8, CNY),
    F("mgn", 3, "经营利润达72.6亿元", 72.6e8, CNY),
    F("mgn", 4, "經營利潤達72.6億元", 72.6e8, CNY),
    F("mgn", 9, "经营利润72.567亿元", 72.567e8, CNY),
]
G("mgn_op_2024", MGN, "Mengniu's 2024 operating profit: 72.6亿 three times against qq's 72.567亿", "China Mengniu Dairy",
  "operating profit", "2024", "72.6 rounds 72.567: rounding.", ms)
ms = [
    F("mgn", 1, "經營利潤率升至8.2%", 8.2, PC),
    F("mgn", 3, "经营利润率同比提升1.9个百分点至8.2%", 8.2, PC),
    F("mgn", 4, "經營利潤率同比提升1.9個百分點至8.2%", 8.2, PC),
    F("mgn", 5, "经营利润率8.2%", 8.2, PC),
    F("mgn", 8, "operating profit margin of 8.2%", 8.2, PC),
    F("mgn", 9, "个百分点至8.2%", 8.2, PC),
    F("mgn", 11, "較2024年的8.2%", 8.2, PC),
]
G("mgn_opm_2024", MGN, "Mengniu's 2024 operating profit margin: 8.2% seven times", "China Mengniu Dairy", "operating profit margin",
  "2024", "Consistent.", ms)
ms = [
    F("mgn", 3, "同比提升1.9个百分点", 1.9, PP),
    F("mgn", 4, "同比提升1.9個百分點", 1.9, PP),
    F("mgn", 5, "同比+1.9pct", 1.9, PP),
    F("mgn", 9, "经营利润率同比提升1.9个", 1.9, PP),
]
G("mgn_opm_pp_2024", MGN, "Change of Mengniu's operating margin in 2024: +1.9 points four times", "China Mengniu Dairy",
  "operating margin, year-on-year change", "2024", "Consistent.", ms)
ms = [
    F("mgn", 1, "擬派發20億元現金股利", 20e8, CNY),
    F("mgn", 3, "拟派发现金股利20亿元", 20e8, CNY),
    F("mgn", 4, "擬派發現金股利20億元", 20e8, CNY),
]
G("mgn_div_total_2024", MGN, "Mengniu's total cash dividend for 2024: 20亿 three times", "China Mengniu Dairy", "cash dividends (total)",
  "2024", "Consistent.", ms)
ms = [
    F("mgn", 6, "final dividend of 0.509 yuan", 0.509, CNY),
    F("mgn", 9, "每股普通股0.509元", 0.509, CNY),
    F("mgn", 10, "仍派末期息每股0.509元", 0.509, CNY),
    F("mgn", 10, "派末期息每股0.509元人民幣,", 0.509, CNY),
]
G("mgn_final_div_2024", MGN, "Mengniu's 2024 final dividend: 0.509 yuan per share four times", "China Mengniu Dairy",
  "final dividend per share", "2024", "Consistent.", ms)
ms = [
    F("mgn", 6, "fell to 0.027 yuan", 0.027, CNY),
    F("mgn", 9, "每股盈利0.027元", 0.027, CNY),
]
G("mgn_eps_2024", MGN, "Mengniu's 2024 EPS: 0.027 yuan twice", "China Mengniu Dairy", "earnings per share", "2024", "Consistent.", ms)
ms = [
    F("mgn", 2, "综合影响达到39.814亿元", 39.814e8, CNY),
    F("mgn", 9, "综合对集团业绩影响为39.814亿元", 39.814e8, CNY),
]
G("mgn_bellamy_2024", MGN, "Combined impact of the Bellamy impairments on Mengniu's 2024 results: 39.814亿 twice", "China Mengniu Dairy (Bellamy)",
  "impairment impact on results", "2024", "Consistent (redcensor's 4.645 billion is the pre-tax impairment total, another measure: single).", ms)
ms = [
    F("mgn", 7, "impacted net profit by RMB 4.33 billion", 4.33e9, CNY),
    F("mgn", 8, "affected the net profit by 4.33 billion yuan", 4.33e9, CNY),
]
G("mgn_impair_total_2024", MGN, "Combined impact of Bellamy and Modern Dairy on Mengniu's 2024 profit: 4.33 billion twice", "China Mengniu Dairy",
  "impairment impact on net profit (Bellamy and Modern Dairy)", "2024", "Consistent.", ms)
ms = [
    F("mgn", 7, "revenue of RMB 730.66 million", 730.66e6, CNY),
    F("mgn", 8, "to 73.066 billion yuan", 73.066e9, CNY),
]
G("mgn_liquid_2024", MGN, "Mengniu's 2024 liquid-milk revenue: 73.066 billion against reportify.ai's 'RMB 730.66 million'",
  "China Mengniu Dairy", "liquid milk revenue", "2024", "730.66 million is a hundredth of 73.066 billion: conflict.", ms)
ms = [
    F("mgn", 7, "reflecting a 10.97% decline", -10.97, PC),
    F("mgn", 8, "decreased by 10.97%", -10.97, PC),
]
G("mgn_liquid_growth_2024", MGN, "Change of Mengniu's liquid-milk revenue in 2024: -10.97% twice", "China Mengniu Dairy",
  "liquid milk revenue, year-on-year change", "2024", "Consistent.", ms)
ms = [
    F("mgn", 11, "約14億至16億元", [14e8, 16e8], CNY, vt="14億至16億", q="approx", step=1e8),
    F("mgn", 12, "將約14億至16億元", [14e8, 16e8], CNY, vt="14億至16億", q="approx", step=1e8),
]
G("mgn_np_2025_guidance", MGN, "Mengniu's expected 2025 attributable profit: about 14億-16億 twice", "China Mengniu Dairy",
  "profit attributable to owners (profit alert)", "2025", "Consistent.", ms)
ms = [
    F("mgn", 11, "按年下降7%至8%", [-7, -8], PC, vt="7%至8%", step=1),
    F("mgn", 12, "總收入下降7%至8%", [-7, -8], PC, vt="7%至8%", step=1),
]
G("mgn_rev_2025_guidance", MGN, "Mengniu's expected 2025 revenue change: -7% to -8% twice", "China Mengniu Dairy",
  "revenue, year-on-year change (profit alert)", "2025", "Consistent.", ms)
ms = [
    F("mgn", 11, "經營利潤率7.9%至8.1%", [7.9, 8.1], PC, vt="7.9%至8.1%", step=0.1),
    F("mgn", 12, "經營利潤率7.9%至8.1%之間", [7.9, 8.1], PC, vt="7.9%至8.1%", step=0.1),
]
G("mgn_opm_2025_guidance", MGN, "Mengniu's expected 2025 operating margin: 7.9%-8.1% twice", "China Mengniu Dairy",
  "operating profit margin (profit alert)", "2025", "Consistent.", ms)
# mgn singles and non-claims
NC("mgn", 1, "(2319.HK,", "stock_code")
NC("mgn", 1, "創下2017年以來", "date")
NC("mgn", 1, "2024年3月接棒", "date")
NC("mgn", 2, "2025年3月26日晚", "date")
S("mgn", 2, "蒙牛营收440亿元", value=440e8, unit=CNY)
S("mgn", 2, "同比下滑7.4%", value=-7.4, unit=PC)
S("mgn", 2, "净亏损23.4亿元", value=23.4e8, unit=CNY)
S("mgn", 2, "同比下滑2.7%", value=-2.7, unit=PC)
S("mgn", 2, "亏损1万-2万元", vt="1万-2万", value=[1e4, 2e4], unit=CNY)
S("mgn", 2, "影响达到3.487亿元", value=3.487e8, unit=CNY)
NC("mgn", 3, "(2319.HK)", "stock_code")
NC("mgn", 3, "3月26日发布", "date")
NC("mgn", 4, "(2319.HK)", "stock_code")
NC("mgn", 4, "3月26日發布", "date")
NC("mgn", 5, "蒙牛乳业(02319)", "stock_code")
NC("mgn", 5, "评级 [4]", "reference_number")
NC("mgn", 5, "有望恢复 [1][2][3]", "reference_number")
NC("mgn", 5, "[1] 业务表现", "reference_number")  # audit: quote no longer holds the claim 97.83%
NC("mgn", 5, "24H2", "period")
NC("mgn", 5, "2025年每日鲜语", "date")
NC("mgn", 5, "拓展市场 [2]", "reference_number")
NC("mgn", 5, "恢复良性 [2]", "reference_number")
NC("mgn", 5, "正向盈利 [2]", "reference_number")
NC("mgn", 5, "盈利能力提升 [2]", "reference_number")
S("mgn", 5, "销售费用率26.04%", value=26.04, unit=PC)
S("mgn", 5, "同比+0.50Pct", value=0.50, unit=PP)
S("mgn", 5, "管理费用率4.77%", value=4.77, unit=PC)
S("mgn", 5, "同比-0.04Pct", value=-0.04, unit=PP)
S("mgn", 5, "归母净利润44.35亿元", value=44.35e8, unit=CNY)
S("mgn", 5, "同比+0.12pct", value=0.12, unit=PP)
NC("mgn", 5, "pct [3]", "reference_number")  # audit: quote no longer holds the claim +0.12pct
NC("mgn", 6, "(HKG:2319)", "stock_code")
S("mgn", 6, "from 1.216 yuan", value=1.216, unit=CNY)
S("mgn", 6, "EPS at 0.93 yuan", value=0.93, unit=CNY)
S("mgn", 6, "from 98.6 billion yuan", value=98.6e9, unit=CNY)
S("mgn", 6, "revenue at 89.3 billion yuan", value=89.3e9, unit=CNY)
NC("mgn", 6, "payable June 27", "date")
NC("mgn", 6, "as of June 18", "date")
S("mgn", 6, "Shares rose 7%", value=7, unit=PC)
NC("mgn", 7, "performance [3][5][6]", "reference_number")
NC("mgn", 7, "previous year [4][6]", "reference_number")
NC("mgn", 7, "compared to 2023 [12]", "reference_number")
NC("mgn", 7, "billion [6][8]", "reference_number")  # audit: quote no longer holds the claim 4.33 billion
NC("mgn", 8, "on March 26 that", "date")
NC("mgn", 8, "on March 30", "date")
NC("mgn", 8, "December 31, 2024", "date")
NC("mgn", 8, "by Yili on March 26", "date")
NC("mgn", 8, "on March 28", "date")
S("mgn", 8, "around 5 billion yuan", value=5e9, unit=CNY, q="approx")
S("mgn", 8, "accounts for 82.4%", value=82.4, unit=PC)
S("mgn", 8, "totaling 4.645 billion yuan", value=4.645e9, unit=CNY)
S("mgn", 8, "loss of 827 million yuan", value=827e6, unit=CNY)
NC("mgn", 9, "(02319.HK)", "stock_code")
S("mgn", 9, "涨6.18%", value=6.18, unit=PC)
S("mgn", 9, "报19.6港元", value=19.6, unit=HKD)
NC("mgn", 9, "截至2024年12月31日", "date")
S("mgn", 9, "毛利下降至350.904亿元", value=350.904e8, unit=CNY)
S("mgn", 9, "录得366.401亿元", value=366.401e8, unit=CNY)
S("mgn", 9, "减值亏损11.547亿元", value=11.547e8, unit=CNY)
S("mgn", 9, "及34.901亿元", value=34.901e8, unit=CNY)
S("mgn", 9, "负债6.634亿", value=6.634e8, unit=CNY)
S("mgn", 10, "派息比率升至45%", value=45, unit=PC)
NC("mgn", 11, " date 2026-03-07", "date")
NC("mgn", 11, "蒙牛乳業(2319)", "stock_code")
NC("mgn", 12, "蒙牛乳業(02319)", "stock_code")
NC("mgn", 12, "去年12月31日", "date")
S("mgn", 12, "按年升12.4至14.3倍", vt="12.4至14.3", value=[12.4, 14.3], unit=TIMES)
S("mgn", 12, "盈利約20.5億元", value=20.5e8, unit=CNY, q="approx")
S("mgn", 12, "按年跌0.1至0.3個百分點", vt="0.1至0.3", value=[-0.1, -0.3], unit=PP)
S("mgn", 12, "約22億至24億元", vt="22億至24億", value=[22e8, 24e8], unit=CNY, q="approx")
NC("mgn", 13, "4月底", "date")
S("mgn", 13, "液态奶下滑12.3%", value=-12.3, unit=PC)
S("mgn", 13, "净利润率仅为0.3%", value=0.3, unit=PC)
S("mgn", 13, "全年营收242.78亿元", value=242.78e8, unit=CNY)
S("mgn", 13, "下滑8.33%", value=-8.33, unit=PC)
S("mgn", 13, "净利润下降42%", value=-42, unit=PC)

# ============================================================ Yili 2023 and Q1 2024 results
ms = [
    F("yli", 1, "operating income of 126.179 billion yuan", 126.179e9, CNY),
    F("yli", 2, "RMB 126.179 billion", 126.179e9, CNY),
    F("yli", 3, "實現營收1261.79億元", 1261.79e8, CNY),
    F("yli", 4, "营业总收入1261.8亿", 1261.8e8, CNY),
    F("yli", 6, "营业总收入1261.79亿元", 1261.79e8, CNY),
]
G("yli_rev_2023", YLI, "Yili's 2023 total operating revenue: 126.179 billion = 1261.79亿 four times against fxbaogao's 1261.8亿",
  "Yili Group", "total operating revenue (营业总收入)", "2023", "1261.8 rounds 1261.79: rounding.", ms)
ms = [
    F("yli", 3, "同比增長2.4%", 2.4, PC),
    F("yli", 4, "同比+2.4%;归母", 2.4, PC),
    F("yli", 6, "同比增长2.44%", 2.44, PC),
]
G("yli_rev_growth_2023", YLI, "Growth of Yili's 2023 revenue: 2.4% twice against cbyiming's 2.44%", "Yili Group",
  "total operating revenue, year-on-year growth", "2023", "2.4 rounds 2.44: rounding.", ms)
ms = [
    F("yli", 1, "parent company of 10.429 billion yuan", 10.429e9, CNY),
    F("yli", 2, "RMB 10.429 billion", 10.429e9, CNY),
    F("yli", 3, "淨利潤104.29億元", 104.29e8, CNY),
    F("yli", 4, "归母净利润104.3亿,同比", 104.3e8, CNY),
]
G("yli_np_2023", YLI, "Yili's 2023 attributable profit: 10.429 billion = 104.29亿 three times against fxbaogao's 104.3亿",
  "Yili Group", "net profit attributable to shareholders", "2023", "104.3 rounds 104.29: rounding.", ms)
ms = [
    F("yli", 3, "同比增長10.6%", 10.6, PC),
    F("yli", 4, "同比+10.6%;扣非", 10.6, PC),
]
G("yli_np_growth_2023", YLI, "Growth of Yili's 2023 attributable profit: 10.6% twice", "Yili Group",
  "net profit attributable, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("yli", 1, "operating income of 85.54 billion yuan", 85.54e9, CNY),
    F("yli", 2, "revenue of 85.54 billion yuan", 85.54e9, CNY),
    F("yli", 3, "液體乳貢獻營收855.40億元", 855.40e8, CNY),
    F("yli", 5, "2023年的855.40亿元", 855.40e8, CNY),
]
G("yli_liquid_2023", YLI, "Yili's 2023 liquid-milk revenue: 85.54 billion = 855.40亿 four times", "Yili Group", "liquid milk revenue",
  "2023", "Consistent.", ms)
ms = [
    F("yli", 3, "同比略增0.72%", 0.72, PC),
    F("yli", 4, "+0.7%/-6.8%", 0.7, PC),
]
G("yli_liquid_growth_2023", YLI, "Growth of Yili's 2023 liquid-milk revenue: 0.72% against 0.7%", "Yili Group",
  "liquid milk revenue, year-on-year growth", "2023", "0.7 rounds 0.72: rounding.", ms)
ms = [
    F("yli", 1, "recorded 27.598 billion yuan", 27.598e9, CNY),
    F("yli", 2, "2023 was 27.598 billion yuan", 27.598e9, CNY),
    F("yli", 3, "奶粉及奶製品貢獻營收275.98億元", 275.98e8, CNY),
    F("yli", 5, "2023年的275.98亿元", 275.98e8, CNY),
]
G("yli_powder_2023", YLI, "Yili's 2023 milk powder and dairy products revenue: 27.598 billion = 275.98亿 four times", "Yili Group",
  "milk powder and dairy products revenue", "2023", "Consistent.", ms)
ms = [
    F("yli", 1, "up 5.09% year on year", 5.09, PC),
    F("yli", 2, "a year-on-year increase of 5.09%", 5.09, PC),
    F("yli", 3, "同比增長5.09%", 5.09, PC),
    F("yli", 4, "+5.1%/-0.2%", 5.1, PC),
]
G("yli_powder_growth_2023", YLI, "Growth of Yili's 2023 milk powder revenue: 5.09% three times against fxbaogao's 5.1%", "Yili Group",
  "milk powder and dairy products revenue, year-on-year growth", "2023", "5.1 rounds 5.09: rounding.", ms)
ms = [
    F("yli", 1, "operating income of 10.69 billion up", 10.69e9, CNY),
    F("yli", 2, "business was 10.688 billion yuan", 10.688e9, CNY),
    F("yli", 3, "冷飲產品貢獻營收106.88億元", 106.88e8, CNY),
    F("yli", 5, "2023年的106.88亿元", 106.88e8, CNY),
]
G("yli_cold_2023", YLI, "Yili's 2023 cold-beverage revenue: 10.688 billion = 106.88亿 three times against antaranews' 10.69 billion",
  "Yili Group", "cold beverage (ice cream) revenue", "2023", "10.69 rounds 10.688: rounding.", ms)
ms = [
    F("yli", 1, "up 11.72% from", 11.72, PC),
    F("yli", 2, "a year-on-year increase of 11.72%", 11.72, PC),
    F("yli", 3, "同比增長11.72%", 11.72, PC),
]
G("yli_cold_growth_2023", YLI, "Growth of Yili's 2023 cold-beverage revenue: 11.72% three times", "Yili Group",
  "cold beverage revenue, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("yli", 1, "for the 29th consecutive year", 29, YRS, vt="29"),
    F("yli", 2, "first for 29 consecutive years", 29, YRS),
]
G("yli_cold_lead_years", YLI, "Years of Yili's cold-beverage market leadership: 29 twice", "Yili Group",
  "consecutive years as cold-beverage market leader", "to 2023", "Consistent.", ms)
ms = [
    F("yli", 1, "This marked 31 consecutive years", 31, YRS),
    F("yli", 2, "growth for 31 consecutive years", 31, YRS),
]
G("yli_growth_years", YLI, "Years of steady growth: 31 twice", "Yili Group", "consecutive years of growth", "to 2023", "Consistent.", ms)
ms = [
    F("yli", 1, "no less than 1 billion yuan", 1e9, CNY),
    F("yli", 2, "not less than 1 billion yuan", 1e9, CNY),
    F("yli", 3, "不低於10億元", 10e8, CNY),
]
G("yli_buyback_min", YLI, "Minimum of Yili's April 2024 share buyback: 1 billion yuan (10亿) three times", "Yili Group",
  "share repurchase amount, lower bound", "plan announced April 2024", "Consistent.", ms)
ms = [
    F("yli", 1, "no more than 2 billion yuan", 2e9, CNY),
    F("yli", 2, "not exceeding 2 billion yuan", 2e9, CNY),
    F("yli", 3, "不高於20億元", 20e8, CNY),
]
G("yli_buyback_max", YLI, "Maximum of Yili's April 2024 share buyback: 2 billion yuan (20亿) three times", "Yili Group",
  "share repurchase amount, upper bound", "plan announced April 2024", "Consistent.", ms)
ms = [
    F("yli", 2, "not exceeding 41.88 yuan per share", 41.88, CNY),
    F("yli", 3, "不超過41.88/股", 41.88, CNY),
]
G("yli_buyback_price", YLI, "Price cap of Yili's buyback: 41.88 yuan per share twice", "Yili Group", "share repurchase price cap",
  "plan announced April 2024", "Consistent.", ms)
ms = [
    F("yli", 2, "dividend of 7.639 billion yuan", 7.639e9, CNY),
    F("yli", 3, "合計分紅76.39億元", 76.39e8, CNY),
]
G("yli_div_2023", YLI, "Yili's dividend for 2023: 7.639 billion = 76.39亿 twice", "Yili Group", "cash dividends (total)", "2023",
  "Consistent.", ms)
ms = [
    F("yli", 2, "dividend ratio of up to 73.25%", 73.25, PC),
    F("yli", 3, "分紅比例高達73.25%", 73.25, PC),
]
G("yli_payout_2023", YLI, "Yili's 2023 payout ratio: 73.25% twice", "Yili Group", "dividend payout ratio", "2023", "Consistent.", ms)
ms = [
    F("yli", 2, "total operating revenue of 32.577 billion yuan", 32.577e9, CNY),
    F("yli", 4, "2024Q1公司营业总收入325.8亿元", 325.8e8, CNY),
    F("yli", 5, "公司实现营收325.77亿元", 325.77e8, CNY),
    F("yli", 7, "32,577,279,421.31", 32577279421.31, CNY),
]
G("yli_rev_q1_2024", YLI, "Yili's Q1 2024 total operating revenue: 32,577,279,421.31 yuan, 32.577 billion = 325.77亿, 325.8亿",
  "Yili Group", "total operating revenue (营业总收入)", "2024 Q1", "Each coarser figure rounds the finer ones: rounding.", ms)
ms = [
    F("yli", 3, "2.6%324.63億元", 324.63e8, CNY),
    F("yli", 7, "32,462,896,350.54", 32462896350.54, CNY),
]
G("yli_oprev_q1_2024", YLI, "Yili's Q1 2024 operating revenue (营业收入, without interest income): moomoo's 324.63億 against the table's 32,462,896,350.54",
  "Yili Group", "operating revenue (营业收入)", "2024 Q1",
  "324.63亿 rounds the table's figure: rounding. (moomoo calls it 營收; it is the 营业收入 line, not the 营业总收入 of "
  "yli_rev_q1_2024: another measure, not compared.)", ms)
ms = [
    F("yli", 3, "公司營收同比減少2.6%", -2.6, PC),
    F("yli", 4, "同比-2.6%;归母", -2.6, PC),
]
G("yli_rev_growth_q1_2024", YLI, "Change of Yili's Q1 2024 revenue: -2.6% twice", "Yili Group", "revenue, year-on-year change",
  "2024 Q1", "Consistent.", ms)
ms = [
    F("yli", 2, "parent company of 5.923 billion yuan", 5.923e9, CNY),
    F("yli", 3, "63.8%59.23億元", 59.23e8, CNY),
    F("yli", 4, "归母净利润59.23亿元", 59.23e8, CNY),
    F("yli", 7, "5,922,814,507.71", 5922814507.71, CNY),
]
G("yli_np_q1_2024", YLI, "Yili's Q1 2024 attributable profit: 5,922,814,507.71 yuan against 5.923 billion = 59.23亿 three times",
  "Yili Group", "net profit attributable to shareholders", "2024 Q1", "59.23亿 rounds the table's figure: rounding.", ms)
ms = [
    F("yli", 3, "淨利潤同比增長63.8%", 63.8, PC),
    F("yli", 4, "同比+63.8%;扣非", 63.8, PC),
]
G("yli_np_growth_q1_2024", YLI, "Growth of Yili's Q1 2024 attributable profit: 63.8% twice", "Yili Group",
  "net profit attributable, year-on-year growth", "2024 Q1",
  "Consistent (beawan's 64.65% is the growth of 净利润 including minorities, another measure: single).", ms)
ms = [
    F("yli", 5, "第一季度净利润59.55亿元", 59.55e8, CNY),
    F("yli", 7, "六、净利润(元) | 5,954,854,662.18", 5954854662.18, CNY, vt="5,954,854,662.18"),
]
G("yli_netprofit_q1_2024", YLI, "Yili's Q1 2024 net profit (including minority interests): 59.55亿 against the table's 5,954,854,662.18",
  "Yili Group", "net profit (净利润, total)", "2024 Q1", "59.55亿 rounds the table's figure: rounding.", ms)
ms = [
    F("yli", 4, "扣非归母净利润37.3亿元", 37.3e8, CNY),
    F("yli", 5, "扣非净利润37.28亿元", 37.28e8, CNY),
    F("yli", 7, "3,727,609,925.90", 3727609925.90, CNY),
]
G("yli_np_core_q1_2024", YLI, "Yili's Q1 2024 profit excluding non-recurring items: 3,727,609,925.90 yuan, 37.28亿, 37.3亿",
  "Yili Group", "net profit excluding non-recurring items", "2024 Q1", "Each coarser figure rounds the finer ones: rounding.", ms)
ms = [
    F("yli", 4, "同比+7.97%", 7.97, PC),
    F("yli", 5, "同比小幅增长12.40%", 12.40, PC),
]
G("yli_np_core_growth_q1_2024", YLI, "Growth of Yili's Q1 2024 core profit: fxbaogao's +7.97% against beawan's 12.40%", "Yili Group",
  "net profit excluding non-recurring items, year-on-year growth", "2024 Q1",
  "7.97 against 12.40 (both to 0.01): conflict (the two pages give the same 37.3 / 37.28亿 level).", ms)
ms = [
    F("yli", 3, "個百分點至30.36%", 30.36, PC),
    F("yli", 5, "2023年的30.36%", 30.36, PC),
]
G("yli_liquid_gm_2023", YLI, "Gross margin of Yili's liquid milk in 2023: 30.36% twice", "Yili Group", "liquid milk gross margin",
  "2023", "Consistent.", ms)
ms = [
    F("yli", 3, "個百分點至38.14%", 38.14, PC),
    F("yli", 5, "毛利率为38.14%", 38.14, PC),
]
G("yli_powder_gm_2023", YLI, "Gross margin of Yili's milk powder and dairy products in 2023: 38.14% twice", "Yili Group",
  "milk powder gross margin", "2023", "Consistent.", ms)
ms = [
    F("mgn", 13, "伊利虽然以1157.8亿元营收", 1157.8e8, CNY),
    F("yli", 6, "营业总收入1157.80亿元", 1157.80e8, CNY),
]
G("yli_rev_2024", YLI, "Yili's 2024 total operating revenue: 1157.8亿 and 1157.80亿", "Yili Group", "total operating revenue",
  "2024", "Same value: consistent.", ms)
# yli singles and non-claims
NC("yli", 1, "On April 29, Yili", "date")
NC("yli", 2, "On April 29th", "date")
S("yli", 2, "dividends 24 times", value=24, unit="count")
S("yli", 2, "amount of 50.859 billion yuan", value=50.859e9, unit=CNY)
NC("yli", 3, "擬每10股", "per_unit")
S("yli", 3, "派發紅利12元", value=12, unit=CNY)
S("yli", 3, "分別爲333.28億元", value=333.28e8, unit=CNY)
S("yli", 3, "、326.54億元", value=326.54e8, unit=CNY)
S("yli", 3, "、311.09億元", value=311.09e8, unit=CNY)
S("yli", 3, "、286.67億元", value=286.67e8, unit=CNY)
S("yli", 3, "分別爲36.15億元", value=36.15e8, unit=CNY)
S("yli", 3, "、26.90億元", value=26.90e8, unit=CNY)
S("yli", 3, "、30.75億元", value=30.75e8, unit=CNY)
S("yli", 3, "、10.48億元", value=10.48e8, unit=CNY)
S("yli", 3, "毛利率增加1.25個百分點", value=1.25, unit=PP)
S("yli", 3, "毛利率減少2.92個百分點", value=-2.92, unit=PP)
S("yli", 3, "其他產品貢獻營收6.34億元", value=6.34e8, unit=CNY)
S("yli", 3, "同比增長60.70%", value=60.70, unit=PC)
S("yli", 3, "同比增長4.9%", value=4.9, unit=PC)
S("yli", 3, "同比減少了2.8%", value=-2.8, unit=PC)
S("yli", 4, "扣非归母净利润100.3亿", value=100.3e8, unit=CNY)
S("yli", 4, "同比+16.8%", value=16.8, unit=PC)
S("yli", 4, "/-6.8%。", vt="-6.8%", value=-6.8, unit=PC)
S("yli", 4, "/-0.2%。", vt="-0.2%", value=-0.2, unit=PC)
S("yli", 5, "大幅增长64.65%", value=64.65, unit=PC)
S("yli", 5, "占比高达98.14%", value=98.14, unit=PC)
S("yli", 5, "液体乳占比67.79%", value=67.79, unit=PC)
S("yli", 5, "奶制品占比21.87%", value=21.87, unit=PC)
S("yli", 5, "2016年的495.22亿元", value=495.22e8, unit=CNY)
S("yli", 5, "2021年的28.33%", value=28.33, unit=PC)
S("yli", 5, "2016年的54.56亿元", value=54.56e8, unit=CNY)
S("yli", 5, "去年的41.06%", value=41.06, unit=PC)
S("yli", 5, "下降了7.11%", value=-7.11, unit=PC)
S("yli", 5, "2016年的41.94亿元", value=41.94e8, unit=CNY)
S("yli", 5, "2020年的48.66%", value=48.66, unit=PC)
S("yli", 5, "2023年的38.45%", value=38.45, unit=PC)
NC("yli", 6, "4月29日", "date")
NC("yli", 6, "(600887.SH)", "stock_code")
S("yli", 6, "净利润115.39亿元", value=115.39e8, unit=CNY)
S("yli", 6, "增长12.2%", value=12.2, unit=PC)
S("yli", 6, "营业总收入330.18亿元", value=330.18e8, unit=CNY)
S("yli", 6, "同比增长1.35%", value=1.35, unit=PC)
S("yli", 6, "扣非归母净利46.29亿元", value=46.29e8, unit=CNY)
S("yli", 6, "同比增长24.19%", value=24.19, unit=PC)
S("yli", 6, "分别为196.40亿元", value=196.40e8, unit=CNY)
S("yli", 6, "、41.05亿元", value=41.05e8, unit=CNY)
S("yli", 6, "实现营收88.13亿元", value=88.13e8, unit=CNY)
S("yli", 6, "同比增长18.65%", value=18.65, unit=PC)
S("yli", 6, "毛利率提升131%", value=131, unit=PC)
S("yli", 6, "至34.03%", value=34.03, unit=PC)
S("yli", 6, "同比增长18.86%", value=18.86, unit=PC)
S("yli", 6, "至217.4亿元", value=217.4e8, unit=CNY)
# yli-07: the Q1 2024 income statement (qianzhan); the group figures are keyed above
for q, v in [("| 114,383,070.77 |", 114383070.77), ("| 28,372,854,819.27 |", 28372854819.27),
             ("| 20,843,815,469.28 |", 20843815469.28), ("| 145,359,576.36 |", 145359576.36),
             ("| 181,376,162.40 |", 181376162.40), ("| 6,009,915,467.25 |", 6009915467.25),
             ("| 1,454,783,444.79 |", 1454783444.79), ("| -262,395,300.81 |", -262395300.81),
             ("| 489,589,911.24 |", 489589911.24), ("| 748,219,929.52 |", 748219929.52),
             ("| -59,580,247.39 |", -59580247.39), ("| 2,579,178,716.91 |", 2579178716.91),
             ("| 3,841,891.15 |", 3841891.15), ("| 1,631,300.82 |", 1631300.82), ("| -39,836,619.84 |", -39836619.84),
             ("| -16,044,660.01 |", -16044660.01), ("| 232,506,712.49 |", 232506712.49),
             ("| 6,902,279,805.02 |", 6902279805.02), ("| 56,485,927.04 |", 56485927.04),
             ("| 35,205,062.39 |", 35205062.39), ("| 6,923,560,669.67 |", 6923560669.67),
             ("| 968,706,007.49 |", 968706007.49), ("| 32,040,154.47 |", 32040154.47)]:
    S("yli", 7, q, value=v, unit=CNY)
S("yli", 7, "持续经营净利润(元) | 5,954,854,662.18", vt="5,954,854,662.18", value=5954854662.18, unit=CNY)
S("yli", 7, "基本每股收益(元) | 0.93", vt="0.93", value=0.93, unit=CNY)
S("yli", 7, "稀释每股收益(元) | 0.93", vt="0.93", value=0.93, unit=CNY)

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh69.toml", "corpus-fresh69")
