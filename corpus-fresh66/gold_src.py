"""Hand annotation of corpus-fresh66, written as data; emits gold.d/fresh66.toml (then run
corpus/check_gold.py --dir corpus-fresh66 --build).

Three news / business-statistics domains (company results): Kuaishou / 快手 (Q4 and full-year 2023, Q2 2023: users,
revenue, e-commerce GMV; `ksh-*`), Nongfu Spring / 农夫山泉 (2023 and H1 2023 revenue, profit, segments; `nfs-*`) and
Zijin Mining / 紫金矿业 (2023 and 2024 mined copper, gold, zinc, revenue, profit; H1 2023; `zjm-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8; money in CNY (USD apart),
users as counts, metal output in tonnes.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S, V, basis, val  # noqa: E402

load(HERE)

goldrules.install()

KSH, NFS, ZJM = "kuaishou-results", "nongfu-spring-results", "zijin-mining-results"
CNY, USD, T, HKD, MIN = "CNY", "USD", "tonne", "HKD", "minutes"

# ============================================================ Kuaishou
ms = [
    F("ksh", 1, "平均日活躍用戶為3.825億", 3.825e8, CNT, vt="3.825億"),
    F("ksh", 4, "Q4 DAU 382.5 million", 382.5e6, CNT, vt="382.5 million"),
    F("ksh", 8, "active users reached 382.5 million", 382.5e6, CNT, vt="382.5 million"),
]
G("ksh_dau_q4_2023", KSH, "Kuaishou app average DAU, Q4 2023: 3.825亿 = 382.5 million three times", "Kuaishou app",
  "average daily active users", "2023 Q4", "Consistent.", ms)
ms = [
    F("ksh", 1, "平均月活躍用戶為7.004億", 7.004e8, CNT, vt="7.004億"),
    F("ksh", 3, "MAU 突破了 7 億", 7e8, CNT, vt="7 億", q="over"),
    F("ksh", 4, "MAU 700 million", 700e6, CNT, vt="700 million"),
    F("ksh", 8, "record high of 700.4 million", 700.4e6, CNT, vt="700.4 million"),
]
G("ksh_mau_q4_2023", KSH, "Kuaishou app average MAU, Q4 2023: 7.004亿 / 700.4 million against longport's 700 million; '突破了 7 億'",
  "Kuaishou app", "average monthly active users", "2023 Q4",
  "700 million rounds 700.4 million: rounding. 'Over 7亿' holds every figure: consistent.", ms)
ms = [
    F("ksh", 1, "3.662億增長4.5%", 4.5, PC),
    F("ksh", 4, "growth of 4.5%", 4.5, PC),
]
G("ksh_dau_growth_q4_2023_pc", KSH, "Q4 2023 DAU growth year on year: 4.5% twice", "Kuaishou app",
  "average DAU, year-on-year growth", "2023 Q4", "Consistent.", ms)
ms = [
    F("ksh", 1, "6.400億增長9.4%", 9.4, PC),
    F("ksh", 4, "4.5% and 9.4% respectively", 9.4, PC),
    F("ksh", 8, "year-on-year increase of 10.5%", 10.5, PC),
]
G("ksh_mau_growth_q4_2023_pc", KSH, "Q4 2023 MAU growth year on year: 9.4% twice against reportify's 10.5%", "Kuaishou app",
  "average MAU, year-on-year growth", "2023 Q4",
  "10.5 against 9.4 (same precision): conflict (10.5% is not the Q4 figure; 700.4 / 640.0 is +9.4%).", ms)
ms = [
    F("ksh", 1, "人民幣4,039億元", 4039e8, CNY, vt="4,039億"),
    F("ksh", 8, "reached RMB 403.9 billion", 403.9e9, CNY, vt="403.9 billion"),
]
G("ksh_gmv_q4_2023_cny", KSH, "E-commerce GMV, Q4 2023: 4,039亿元 = RMB 403.9 billion", "Kuaishou", "e-commerce GMV",
  "2023 Q4", "Consistent (same value).", ms)
ms = [
    F("ksh", 1, "3,124億元增長29.3%", 29.3, PC),
    F("ksh", 8, "growth rate of 29.3%", 29.3, PC),
]
G("ksh_gmv_growth_q4_2023_pc", KSH, "Q4 2023 GMV growth: 29.3% twice", "Kuaishou", "e-commerce GMV, year-on-year growth",
  "2023 Q4", "Consistent.", ms)
ms = [
    F("ksh", 1, "總收入為人民幣326億元", 326e8, CNY, vt="326億"),
    F("ksh", 3, "Q4 總營收 326 億元", 326e8, CNY, vt="326 億"),
]
G("ksh_revenue_q4_2023_cny", KSH, "Total revenue, Q4 2023: 326亿元 twice", "Kuaishou", "total revenue", "2023 Q4", "Consistent.", ms)
ms = [
    F("ksh", 2, "总收入为人民币1,135亿元", 1135e8, CNY, vt="1,135亿"),
    F("ksh", 8, "reached RMB 113,470 million", 113470e6, CNY, vt="113,470 million"),
]
G("ksh_revenue_fy2023_cny", KSH, "Total revenue 2023: 1,135亿元 against RMB 113,470 million", "Kuaishou", "total revenue",
  "2023", "1,135亿 rounds 113,470 million (1,134.7亿): rounding.", ms)
ms = [
    F("ksh", 2, "942亿元增长20.5%", 20.5, PC),
    F("ksh", 8, "increase of 20.5%", 20.5, PC),
]
G("ksh_revenue_growth_fy2023_pc", KSH, "Revenue growth 2023: 20.5% twice", "Kuaishou", "total revenue, year-on-year growth",
  "2023", "Consistent.", ms)
ms = [
    F("ksh", 2, "较2022年的人民币942亿元", 942e8, CNY, vt="942亿"),
    F("ksh", 8, "from RMB 94,183 million in 2022", 94183e6, CNY, vt="94,183 million"),
]
G("ksh_revenue_fy2022_cny", KSH, "Total revenue 2022: 942亿元 against RMB 94,183 million", "Kuaishou", "total revenue",
  "2022", "942亿 rounds 941.83亿: rounding.", ms)
ms = [
    F("ksh", 2, "人民币11,844亿元", 11844e8, CNY, vt="11,844亿"),
    F("ksh", 8, "was RMB 1,184.37 billion", 1184.37e9, CNY, vt="1,184.37 billion"),
]
G("ksh_gmv_fy2023_cny", KSH, "E-commerce GMV 2023: 11,844亿元 against RMB 1,184.37 billion", "Kuaishou", "e-commerce GMV",
  "2023", "11,844亿 rounds 11,843.7亿: rounding.", ms)
ms = [
    F("ksh", 2, "人民币9,012亿元", 9012e8, CNY, vt="9,012亿"),
    F("ksh", 8, "RMB 901.16 billion in 2022", 901.16e9, CNY, vt="901.16 billion"),
]
G("ksh_gmv_fy2022_cny", KSH, "E-commerce GMV 2022: 9,012亿元 against RMB 901.16 billion", "Kuaishou", "e-commerce GMV",
  "2022", "9,012亿 rounds 9,011.6亿: rounding.", ms)
ms = [
    F("ksh", 2, "9,012亿元增长31.4%", 31.4, PC),
    F("ksh", 8, "growth of 31.5%", 31.5, PC),
]
G("ksh_gmv_growth_fy2023_pc", KSH, "E-commerce GMV growth 2023: 31.4% (company) against reportify's 31.5%", "Kuaishou",
  "e-commerce GMV, year-on-year growth", "2023", "31.4 against 31.5 (same precision): conflict.", ms)
ms = [
    F("ksh", 5, "were 376.0 million", 376.0e6, CNT, vt="376.0 million"),
    F("ksh", 6, "from 376.0 million", 376.0e6, CNT, vt="376.0 million"),
    F("ksh", 7, "达3.76亿", 3.76e8, CNT, vt="3.76亿"),
]
G("ksh_dau_q2_2023", KSH, "Average DAU, Q2 2023: 376.0 million twice and 3.76亿", "Kuaishou app", "average daily active users",
  "2023 Q2", "Consistent (same value). The Q2 2024 release gives the Q2 2023 comparative.", ms)
ms = [
    F("ksh", 5, "were 673.3 million", 673.3e6, CNT, vt="673.3 million"),
    F("ksh", 6, "from 673.3 million", 673.3e6, CNT, vt="673.3 million"),
    F("ksh", 7, "及6.733亿", 6.733e8, CNT, vt="6.733亿"),
]
G("ksh_mau_q2_2023", KSH, "Average MAU, Q2 2023: 673.3 million twice and 6.733亿", "Kuaishou app", "average monthly active users",
  "2023 Q2", "Consistent (same value).", ms)
ms = [
    F("ksh", 5, "an increase of 8.3%", 8.3, PC),
    F("ksh", 7, "分别同比增长8.3%", 8.3, PC),
]
G("ksh_dau_growth_q2_2023_pc", KSH, "Q2 2023 DAU growth: 8.3% twice", "Kuaishou app", "average DAU, year-on-year growth",
  "2023 Q2", "Consistent.", ms)
ms = [
    F("ksh", 5, "an increase of 14.8%", 14.8, PC),
    F("ksh", 7, "8.3%及14.8%", 14.8, PC),
]
G("ksh_mau_growth_q2_2023_pc", KSH, "Q2 2023 MAU growth: 14.8% twice", "Kuaishou app", "average MAU, year-on-year growth",
  "2023 Q2", "Consistent.", ms)
ms = [
    F("ksh", 5, "was RMB265.5 billion", 265.5e9, CNY, vt="265.5 billion"),
    F("ksh", 6, "from RMB265.5 billion", 265.5e9, CNY, vt="265.5 billion"),
]
G("ksh_gmv_q2_2023_cny", KSH, "E-commerce GMV, Q2 2023: RMB265.5 billion twice", "Kuaishou", "e-commerce GMV", "2023 Q2",
  "Consistent.", ms)
ms = [
    F("ksh", 5, "to RMB27.7 billion", 27.7e9, CNY, vt="27.7 billion"),
    F("ksh", 6, "from RMB27.7 billion", 27.7e9, CNY, vt="27.7 billion"),
]
G("ksh_revenue_q2_2023_cny", KSH, "Total revenue, Q2 2023: RMB27.7 billion twice", "Kuaishou", "total revenue", "2023 Q2",
  "Consistent.", ms)
ms = [  # audit: ksh-03's '突破百億大關' (Chinese numeral) was not keyed
    F("ksh", 3, "首次突破百億大關", 100e8, CNY, vt="百億", q="over", step=1e10),
    F("ksh", 8, "RMB 10,271 million", 10271e6, CNY, vt="10,271 million"),
]
G("ksh_adj_net_profit_fy2023_cny", KSH, "Adjusted net profit 2023: 'first time over 百億' (lixinerzhong) and RMB 10,271 million (reportify)",
  "Kuaishou", "adjusted net profit", "2023", "'Over 100亿' holds 102.71亿: consistent.", ms)
# ksh-01
NC("ksh", 1, "2023年第季度業績摘要", "date")
S("ksh", 1, "去年同期3.662億", vt="3.662億", value=3.662e8, unit=CNT)
S("ksh", 1, "去年同期6.400億", vt="6.400億", value=6.4e8, unit=CNT)
NC("ksh", 1, "電商商品交易總額1)", "footnote_marker")
S("ksh", 1, "人民幣3,124億元", vt="3,124億", value=3124e8, unit=CNY)
S("ksh", 1, "人民幣283億元", vt="283億", value=283e8, unit=CNY)
S("ksh", 1, "增長15.1%", value=15.1, unit=PC)
S("ksh", 1, "線上營銷服務佔比55.9%", value=55.9, unit=PC)
S("ksh", 1, "直播業務佔比30.9%", value=30.9, unit=PC)
S("ksh", 1, "其他服務佔比13.2%", value=13.2, unit=PC)
# ksh-02
NC("ksh", 2, "2023年全年业绩摘要", "date")
S("ksh", 2, "平均日活跃用户为3.799亿", vt="3.799亿", value=3.799e8, unit=CNT)
S("ksh", 2, "2022年的3.557亿", vt="3.557亿", value=3.557e8, unit=CNT)
S("ksh", 2, "3.557亿增长6.8%", vt="6.8%", value=6.8, unit=PC)
S("ksh", 2, "平均月活跃用户为6.782亿", vt="6.782亿", value=6.782e8, unit=CNT)
S("ksh", 2, "2022年的6.127亿", vt="6.127亿", value=6.127e8, unit=CNT)
S("ksh", 2, "6.127亿增长10.7%", vt="10.7%", value=10.7, unit=PC)
NC("ksh", 2, "电商商品交易总额1)", "footnote_marker")
S("ksh", 2, "线上营销服务占比53.1%", value=53.1, unit=PC)
S("ksh", 2, "直播业务占比34.4%", value=34.4, unit=PC)
S("ksh", 2, "其他服务占比12.5%", value=12.5, unit=PC)
# ksh-03
NC("ksh", 3, "3月20日,快手", "date")
NC("ksh", 3, "發布了 2023 年 Q4", "date")
S("ksh", 3, "國內業務經營利潤為 43 億元", vt="43 億", value=43e8, unit=CNY)
S("ksh", 3, "海外業務經營虧損 6 億元", vt="6 億", value=6e8, unit=CNY)
NC("ksh", 3, "展望 2024 年", "date")
# ksh-04
NC("ksh", 4, "(4Q23 Earnings Call)", "date")
NC("ksh", 4, "1. Users", "list_number")
S("ksh", 4, "duration is 124.5 minutes", value=124.5, unit=MIN)
S("ksh", 4, "reached 33 billion pairs", vt="33 billion", value=33e9, unit=CNT)
# ksh-05
S("ksh", 5, "from 347.3 million", vt="347.3 million", value=347.3e6, unit=CNT)
S("ksh", 5, "from 586.7 million", vt="586.7 million", value=586.7e6, unit=CNT)
NC("ksh", 5, "GMV(1)", "footnote_marker")
S("ksh", 5, "an increase of 38.9%", value=38.9, unit=PC)
S("ksh", 5, "from RMB191.2 billion", vt="191.2 billion", value=191.2e9, unit=CNY)
S("ksh", 5, "increased by 27.9%", value=27.9, unit=PC)
S("ksh", 5, "from RMB21.7 billion", vt="21.7 billion", value=21.7e9, unit=CNY)
S("ksh", 5, "contributed 51.7%", value=51.7, unit=PC)
S("ksh", 5, "and 35.9%, respectively", value=35.9, unit=PC)
S("ksh", 5, "The other 12.4%", value=12.4, unit=PC)
# ksh-06 (Q2 2024 figures)
S("ksh", 6, "were 395.3 million", vt="395.3 million", value=395.3e6, unit=CNT)
S("ksh", 6, "an increase of 5.1%", value=5.1, unit=PC)
S("ksh", 6, "were 691.8 million", vt="691.8 million", value=691.8e6, unit=CNT)
S("ksh", 6, "an increase of 2.7%", value=2.7, unit=PC)
NC("ksh", 6, "GMV(1)", "footnote_marker")
S("ksh", 6, "was RMB305.3 billion", vt="305.3 billion", value=305.3e9, unit=CNY)
S("ksh", 6, "an increase of 15.0%", value=15.0, unit=PC)
S("ksh", 6, "increased by 11.6%", value=11.6, unit=PC)
S("ksh", 6, "to RMB31.0 billion", vt="31.0 billion", value=31.0e9, unit=CNY)
S("ksh", 6, "contributed 56.5%", value=56.5, unit=PC)
S("ksh", 6, "and 30.0%, respectively", value=30.0, unit=PC)
S("ksh", 6, "The other 13.5%", value=13.5, unit=PC)
# ksh-07
S("ksh", 7, "日均使用时长为117.2分钟", vt="117.2", value=117.2, unit=MIN)
# ksh-08 (reportify summary of the 2023 annual report; bracketed numbers are its source-page markers)
S("ksh", 8, "RMB 57,391 million", vt="57,391 million", value=57391e6, unit=CNY)
S("ksh", 8, "accounting for 50.6%", value=50.6, unit=PC)
S("ksh", 8, "up from 44.7% in 2022", vt="44.7%", value=44.7, unit=PC)
S("ksh", 8, "RMB 6,431 million", vt="6,431 million", value=6431e6, unit=CNY)
S("ksh", 8, "RMB 12,558 million", vt="12,558 million", value=12558e6, unit=CNY)
S("ksh", 8, "RMB 17,424 million", vt="17,424 million", value=17424e6, unit=CNY)
S("ksh", 8, "increase of 860.0%", value=860.0, unit=PC)
S("ksh", 8, "RMB 1,815 million", vt="1,815 million", value=1815e6, unit=CNY)
S("ksh", 8, "RMB 6,399 million", vt="6,399 million", value=6399e6, unit=CNY)
S("ksh", 8, "RMB 13,689 million", vt="13,689 million", value=13689e6, unit=CNY)
S("ksh", 8, "RMB 5,751 million", vt="5,751 million", value=5751e6, unit=CNY)
S("ksh", 8, "improved to 5.7%", value=5.7, unit=PC)
S("ksh", 8, "margin of 13.3%", value=13.3, unit=PC)
S("ksh", 8, "RMB 111,186 million", vt="111,186 million", value=111186e6, unit=CNY)
S("ksh", 8, "RMB 2,284 million", vt="2,284 million", value=2284e6, unit=CNY)
S("ksh", 8, "to RMB 158.7 in 2023", vt="158.7", value=158.7, unit=CNY)
S("ksh", 8, "RMB 137.9 in 2022", vt="137.9", value=137.9, unit=CNY)
S("ksh", 8, "growth of 15.8%", value=15.8, unit=PC)
S("ksh", 8, "grew by 20.6%", value=20.6, unit=PC)
S("ksh", 8, "to RMB 18.2 billion", vt="18.2 billion", value=18.2e9, unit=CNY)
NC("ksh", 8, "in 2022[13] - Gross", "footnote_marker")
NC("ksh", 8, "in 2022[13] - Operating", "footnote_marker")
NC("ksh", 8, "in 2022[13] - Adjusted", "footnote_marker")
NC("ksh", 8, "in 2022[13] - The company", "footnote_marker")
NC("ksh", 8, "in 2022[13] - The adjusted", "footnote_marker")
NC("ksh", 8, "previous year[13]", "footnote_marker")
NC("ksh", 8, "in 2022[13] Revenue", "footnote_marker")
NC("ksh", 8, "market[16]", "footnote_marker")
NC("ksh", 8, "[20] - Average", "footnote_marker")
NC("ksh", 8, "[20] - Kuaishou's", "footnote_marker")
NC("ksh", 8, "optimization[31]", "footnote_marker")
NC("ksh", 8, "[34] User", "footnote_marker")
NC("ksh", 8, "[27] - In Q4", "footnote_marker")

# ============================================================ Nongfu Spring
ms = [
    F("nfs", 1, "实现营收426.67亿元", 426.67e8, CNY, vt="426.67亿"),
    F("nfs", 2, "总收益为426.67亿元", 426.67e8, CNY, vt="426.67亿"),
    F("nfs", 3, "总收益为426.67亿元", 426.67e8, CNY, vt="426.67亿"),
    F("nfs", 4, "revenue of RMB 42.67 billion", 42.67e9, CNY, vt="42.67 billion"),
    F("nfs", 5, "reached RMB 42.67 billion", 42.67e9, CNY, vt="42.67 billion"),
    F("nfs", 6, "reaching CNY 42.667 billion", 42.667e9, CNY, vt="42.667 billion"),
    F("nfs", 6, "revenue of CNY 42.916 billion", 42.916e9, CNY, vt="42.916 billion"),
]
G("nfs_revenue_fy2023_cny", NFS, "Nongfu Spring revenue 2023: 426.67亿 / 42.667 billion against 42.67 billion twice; reportify's second figure 42.916 billion",
  "Nongfu Spring", "total revenue", "2023",
  "42.67 billion rounds 42.667 billion: rounding. reportify's own 'total revenue of CNY 42.916 billion' for 2023 holds none: conflict (also against its own 42.667).", ms)
ms = [
    F("nfs", 1, "较2022年同比增28.4%", 28.4, PC),
    F("nfs", 2, "426.67亿元,同比增长28.4%", 28.4, PC),
    F("nfs", 3, "426.67亿元,同比增长28.4%", 28.4, PC),
    F("nfs", 4, "up 28% year-on-year", 28, PC),
    F("nfs", 6, "up 28.4% year-on-year", 28.4, PC),
    F("nfs", 6, "growth rate of 28.1%", 28.1, PC),
]
G("nfs_revenue_growth_fy2023_pc", NFS, "Revenue growth 2023: 28.4% four times against kr-asia's 28% and reportify's 28.1%",
  "Nongfu Spring", "total revenue, year-on-year growth", "2023",
  "28 rounds 28.4 (and 28.1): rounding. 28.1 against 28.4: conflict.", ms)
ms = [
    F("nfs", 1, "增加至120.79亿元", 120.79e8, CNY, vt="120.79亿"),
    F("nfs", 2, "净利润为120.79亿元", 120.79e8, CNY, vt="120.79亿"),
    F("nfs", 3, "净利润为120.79亿元", 120.79e8, CNY, vt="120.79亿"),
    F("nfs", 4, "to RMB 12.08 billion", 12.08e9, CNY, vt="12.08 billion"),
    F("nfs", 6, "net profit of CNY 12.079 billion", 12.079e9, CNY, vt="12.079 billion"),
    F("nfs", 6, "for 2023 was CNY 12.079 billion", 12.079e9, CNY, vt="12.079 billion"),
]
G("nfs_net_profit_fy2023_cny", NFS, "Net profit (attributable) 2023: 120.79亿 / 12.079 billion against kr-asia's 12.08 billion",
  "Nongfu Spring", "net profit attributable to owners", "2023",
  "Net profit and profit attributable to owners are the same figure here. 12.08 rounds 12.079: rounding.", ms)
ms = [
    F("nfs", 2, "120.79亿元,同比增长42.2%", 42.2, PC),
    F("nfs", 3, "120.79亿元,同比增长42.2%", 42.2, PC),
    F("nfs", 4, "rocketed 42% higher", 42, PC),
    F("nfs", 6, "up 42.2% year-on-year", 42.2, PC),
    F("nfs", 6, "reflecting a 42.2% increase", 42.2, PC),
]
G("nfs_net_profit_growth_fy2023_pc", NFS, "Net profit growth 2023: 42.2% four times against kr-asia's 42%", "Nongfu Spring",
  "net profit, year-on-year growth", "2023", "42 rounds 42.2: rounding.", ms)
ms = [
    F("nfs", 2, "超出市场预期的408.6亿元", 408.6e8, CNY, vt="408.6亿"),
    F("nfs", 3, "超出市场预期的408.6亿元", 408.6e8, CNY, vt="408.6亿"),
]
G("nfs_revenue_consensus_fy2023_cny", NFS, "Market consensus for 2023 revenue: 408.6亿 twice", "Nongfu Spring",
  "expected total revenue (market consensus)", "2023", "Consistent.", ms)
ms = [
    F("nfs", 1, "全年收益202.62亿元", 202.62e8, CNY, vt="202.62亿"),
    F("nfs", 3, "实现收入202.62亿元", 202.62e8, CNY, vt="202.62亿"),
]
G("nfs_water_revenue_fy2023_cny", NFS, "Packaged-water revenue 2023: 202.62亿 twice", "Nongfu Spring (packaged water)", "revenue",
  "2023", "Consistent.", ms)
ms = [
    F("nfs", 1, "较2022年增长10.9%", 10.9, PC),
    F("nfs", 3, "同比增长10.9%", 10.9, PC),
]
G("nfs_water_growth_fy2023_pc", NFS, "Packaged-water revenue growth 2023: 10.9% twice", "Nongfu Spring (packaged water)",
  "revenue, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("nfs", 1, "占2023年总收益的47.5%", 47.5, PC),
    F("nfs", 3, "占比总收入的47.5%", 47.5, PC),
    F("nfs", 1, "降到了50%以下", 50, PC, q="under"),  # audit: was a single; the same share (2023, 'below 50% for the first time')
]
G("nfs_water_share_fy2023_pc", NFS, "Packaged water's share of 2023 revenue: 47.5% twice and nbd's 'below 50%'", "Nongfu Spring (packaged water)",
  "share of total revenue", "2023", "Consistent ('below 50%' holds 47.5).", ms)
ms = [
    F("nfs", 1, "占2023年总收益的29.7%", 29.7, PC),
    F("nfs", 5, "contributed nearly 30%", 30, PC, q="under", basis="brand"),
]
G("nfs_tea_share_fy2023_pc", NFS, "Tea drinks' share of 2023 revenue: 29.7% (nbd); techpulse gives 'nearly 30%' for the Oriental Leaf brand",
  "Nongfu Spring (tea beverages)", "share of total revenue", "2023",
  "Consistent. techpulse's 'nearly 30%' is said of the Oriental Leaf Tea brand, not the tea segment (different subject as "
  "written; it holds 29.7 anyway).", ms, OTHER({"brand"}))
ms = [
    F("nfs", 4, "(USD 5.8 billion)", 5.8e9, USD, vt="5.8 billion"),
    F("nfs", 5, "(USD 6.07 billion)", 6.07e9, USD, vt="6.07 billion"),
]
G("nfs_revenue_fy2023_usd", NFS, "2023 revenue in US dollars: kr-asia's USD 5.8 billion against techpulse's USD 6.07 billion",
  "Nongfu Spring", "total revenue, converted to USD", "2023",
  "Both convert RMB 42.67 billion; 5.8 and 6.07 do not meet: conflict, with different_basis as alt (audit: conversions of the "
  "same yuan figure at different, unstated exchange rates; as fresh11 keys conversions).", ms, V(val(5.8e9), val(6.07e9), (C, D)))
ms = [
    F("nfs", 7, "營收204.62億元", 204.62e8, CNY, vt="204.62億"),
    F("nfs", 8, "to 20.462 billion yuan", 20.462e9, CNY, vt="20.462 billion"),
    F("nfs", 9, "营收204.62亿元", 204.62e8, CNY, vt="204.62亿"),
]
G("nfs_revenue_h1_2023_cny", NFS, "Revenue H1 2023: 204.62亿 = 20.462 billion three times", "Nongfu Spring", "total revenue",
  "2023 H1", "Consistent.", ms)
ms = [
    F("nfs", 7, "同比增長(zhǎng)23.3%", 23.3, PC),
    F("nfs", 8, "increased by 23.3%", 23.3, PC),
    F("nfs", 9, "分别增长23.3%", 23.3, PC),
]
G("nfs_revenue_growth_h1_2023_pc", NFS, "Revenue growth H1 2023: 23.3% three times", "Nongfu Spring",
  "total revenue, year-on-year growth", "2023 H1", "Consistent.", ms)
ms = [
    F("nfs", 7, "盈利57.75億元", 57.75e8, CNY, vt="57.75億"),
    F("nfs", 8, "to 5.775 billion yuan", 5.775e9, CNY, vt="5.775 billion"),
    F("nfs", 9, "盈利57.75 亿", 57.75e8, CNY, vt="57.75 亿"),
]
G("nfs_profit_h1_2023_cny", NFS, "Profit H1 2023: 57.75亿 = 5.775 billion three times", "Nongfu Spring",
  "profit attributable to owners", "2023 H1", "Consistent.", ms)
ms = [
    F("nfs", 7, "同比增長(zhǎng)25.3%", 25.3, PC),
    F("nfs", 8, "increased by 25.3%", 25.3, PC),
    F("nfs", 9, "23.3%和25.3%", 25.3, PC),
]
G("nfs_profit_growth_h1_2023_pc", NFS, "Profit growth H1 2023: 25.3% three times", "Nongfu Spring", "profit, year-on-year growth",
  "2023 H1", "Consistent.", ms)
ms = [
    F("nfs", 7, "營收52.86億元", 52.86e8, CNY, vt="52.86億"),
    F("nfs", 9, "营收高达52.86亿元", 52.86e8, CNY, vt="52.86亿"),
]
G("nfs_tea_revenue_h1_2023_cny", NFS, "Tea-drink revenue H1 2023: 52.86亿 twice", "Nongfu Spring (tea beverages)", "revenue",
  "2023 H1", "Consistent.", ms)
ms = [
    F("nfs", 7, "同比增長(zhǎng)59.8%", 59.8, PC),
    F("nfs", 9, "同比增长59.8%", 59.8, PC),
]
G("nfs_tea_growth_h1_2023_pc", NFS, "Tea-drink revenue growth H1 2023: 59.8% twice", "Nongfu Spring (tea beverages)",
  "revenue, year-on-year growth", "2023 H1", "Consistent.", ms)
ms = [
    F("nfs", 9, "将近 30%的利润", 30, PC, q="under"),
]
G("nfs_tea_profit_share_h1_2023_pc", NFS, "Tea drinks' estimated share of H1 2023 profit: 'nearly 30%' (dizo; a single)", "Nongfu Spring (tea beverages)",
  "share of profit (reporters' estimate)", "2023 H1", "Consistent.", ms)
# nfs singles
NC("nfs", 1, "3月26日晚间", "date")
NC("nfs", 1, "(HK09633,", "stock_code")
S("nfs", 1, "股价41.70港元", vt="41.70", value=41.70, unit=HKD)
S("nfs", 1, "市值4690亿元", vt="4690亿", value=4690e8, unit=HKD)
S("nfs", 1, "2022年的84.95亿元", vt="84.95亿", value=84.95e8, unit=CNY)
S("nfs", 1, "全年收益126.59亿元", vt="126.59亿", value=126.59e8, unit=CNY)
S("nfs", 1, "较2022年增长83.3%", value=83.3, unit=PC)
S("nfs", 1, "营收总额仅20.8%", value=20.8, unit=PC)
NC("nfs", 2, "3月26日晚间", "date")
NC("nfs", 2, "(农夫山泉,9633.HK)", "stock_code")
S("nfs", 3, "毛利约为254.07亿元", vt="254.07亿", value=254.07e8, unit=CNY, q="approx")
S("nfs", 3, "同比增长33.1%", value=33.1, unit=PC)
S("nfs", 3, "从2022年的57.4%", vt="57.4%", value=57.4, unit=PC)
S("nfs", 3, "增加2.1个百分点", vt="2.1", value=2.1, unit=PP)
S("nfs", 3, "至59.5%", value=59.5, unit=PC)
NC("nfs", 4, "On March 26, the", "date")
S("nfs", 4, "(USD 1.6 billion)", vt="1.6 billion", value=1.6e9, unit=USD)
S("nfs", 4, "sustaining 30–40% growth", vt="30", value=30, unit=PC)
S("nfs", 4, "30–40% growth rates", vt="40%", value=40, unit=PC)
NC("nfs", 6, "(09633.HK)", "stock_code")
S("nfs", 6, "target price of HKD 52", vt="52", value=52, unit=HKD)
NC("nfs", 6, "[1]. Core", "footnote_marker")
NC("nfs", 6, "year-on-year [1][2]", "footnote_marker")
S("nfs", 6, "revenue of CNY 73.73 million", vt="73.73 million", value=73.73e6, unit=CNY)
S("nfs", 6, "marking a 104.8% increase", value=104.8, unit=PC)
NC("nfs", 6, "[1]. - The company", "footnote_marker")
S("nfs", 6, "increase to 28.4% in the second half", vt="28.4%", value=28.4, unit=PC)
S("nfs", 6, "up 5.5 percentage points", vt="5.5", value=5.5, unit=PP)
NC("nfs", 6, "year-on-year [1]. Summary", "footnote_marker")
NC("nfs", 6, "[2]. - The net profit", "footnote_marker")
NC("nfs", 6, "previous year [2]", "footnote_marker")
NC("nfs", 6, "EPS) for 2024-2026", "date")
S("nfs", 6, "CNY 1.25", vt="1.25", value=1.25, unit=CNY)
S("nfs", 6, "CNY 1.44", vt="1.44", value=1.44, unit=CNY)
S("nfs", 6, "CNY 1.63", vt="1.63", value=1.63, unit=CNY)
NC("nfs", 6, "respectively [2]", "footnote_marker")
NC("nfs", 7, "(9633.HK)", "stock_code")
S("nfs", 7, "貢獻(xiàn)營收104.42億元", vt="104.42億", value=104.42e8, unit=CNY)
S("nfs", 7, "占總收入的50%以上", value=50, unit=PC, q="over")
S("nfs", 7, "去年同期的19.9%", value=19.9, unit=PC)
S("nfs", 7, "提升至25.8%", value=25.8, unit=PC)
NC("nfs", 8, "evening of August 29", "date")
NC("nfs", 8, "(Nongfu Spring, 09633.HK)", "stock_code")
S("nfs", 8, "was 0.51 yuan", vt="0.51", value=0.51, unit=CNY)
S("nfs", 8, "an increase of 24.4%", value=24.4, unit=PC)
NC("nfs", 9, "8月29日晚", "date")

# ============================================================ Zijin Mining
# audit: copperbelt's figures (basis cb2023) against the other pages' 2023 figures: conflict, different_basis as alt
CB2023 = V(basis("cb2023"), lambda m: m["_basis"] != "cb2023", (C, D))
ms = [
    F("zjm", 1, "一年进账2934亿元", 2934e8, CNY, vt="2934亿"),
    F("zjm", 1, "实现营业收入2934.03亿元", 2934.03e8, CNY, vt="2934.03亿"),
    F("zjm", 5, "approximately RMB293.4 billion", 293.4e9, CNY, vt="293.4 billion", q="approx"),
    F("zjm", 6, "实现营收 2934.03 亿元", 2934.03e8, CNY, vt="2934.03 亿"),
    F("zjm", 9, "to 303.6 billion yuan", 303.6e9, CNY, vt="303.6 billion", basis="cb2023"),
]
G("zjm_revenue_fy2023_cny", ZJM, "Zijin revenue 2023: 2934.03亿 twice, 'approximately RMB293.4 billion', headline 2934亿",
  "Zijin Mining", "operating revenue", "2023",
  "2934 rounds 2934.03: rounding (inside yumizixiang: rounding, consistent as alt). 'About 293.4 billion' holds them: consistent. "
  "copperbelt (zjm-09) dates its figures 2023 ('a 52% increase in net profit in 2023'), though they are Zijin's 2024 results: keyed as written with the 2023 figures, conflict with different_basis as alt (audit; as fresh11 keys a figure told as another period's).", ms, CB2023)
ms = [
    F("zjm", 1, "同比分别增加8.54%", 8.54, PC),
    F("zjm", 5, "an increase of 8.54%", 8.54, PC),
    F("zjm", 6, "同比增长 8.5%;归母", 8.5, PC),
    F("zjm", 9, "revenue climbed 3.5%", 3.5, PC, basis="cb2023"),
]
G("zjm_revenue_growth_fy2023_pc", ZJM, "Revenue growth 2023: 8.54% twice against fhyanbao's 8.5%", "Zijin Mining",
  "operating revenue, year-on-year growth", "2023", "8.5 rounds 8.54: rounding. copperbelt (zjm-09) dates its figures 2023 ('a 52% increase in net profit in 2023'), though they are Zijin's 2024 results: keyed as written with the 2023 figures, conflict with different_basis as alt (audit; as fresh11 keys a figure told as another period's).", ms, CB2023)
ms = [
    F("zjm", 1, "净利润211.19亿元", 211.19e8, CNY, vt="211.19亿"),
    F("zjm", 5, "approximately RMB21.12 billion", 21.12e9, CNY, vt="21.12 billion", q="approx"),
    F("zjm", 6, "归母净利润 211.19 亿元", 211.19e8, CNY, vt="211.19 亿"),
    F("zjm", 9, "net income of 32.1 billion yuan", 32.1e9, CNY, vt="32.1 billion", basis="cb2023"),
]
G("zjm_net_profit_fy2023_cny", ZJM, "Net profit attributable 2023: 211.19亿 twice and 'approximately RMB21.12 billion'", "Zijin Mining",
  "net profit attributable to shareholders", "2023", "'About 21.12 billion' holds 21.119: consistent. copperbelt (zjm-09) dates its figures 2023 ('a 52% increase in net profit in 2023'), though they are Zijin's 2024 results: keyed as written with the 2023 figures, conflict with different_basis as alt (audit; as fresh11 keys a figure told as another period's).", ms, CB2023)
ms = [
    F("zjm", 1, "8.54%和5.38%", 5.38, PC),
    F("zjm", 5, "an increase of 5.38%", 5.38, PC),
    F("zjm", 6, "同比增长 5.4%", 5.4, PC),
    F("zjm", 9, "Zijin Mining Reports 52% Profit Surge", 52, PC, basis="cb2023"),
    F("zjm", 9, "recorded a 52% increase", 52, PC, basis="cb2023"),
]
G("zjm_net_profit_growth_fy2023_pc", ZJM, "Net profit growth 2023: 5.38% twice against fhyanbao's 5.4%", "Zijin Mining",
  "net profit, year-on-year growth", "2023", "5.4 rounds 5.38: rounding. copperbelt (zjm-09) dates its figures 2023 ('a 52% increase in net profit in 2023'), though they are Zijin's 2024 results: keyed as written with the 2023 figures, conflict with different_basis as alt (audit; as fresh11 keys a figure told as another period's) (headline and body agree).", ms, CB2023)
ms = [
    F("zjm", 1, "矿产铜100.73万吨", 100.73e4, T, vt="100.73万"),
    F("zjm", 2, "礦產銅100.73萬噸", 100.73e4, T, vt="100.73萬"),
    F("zjm", 3, "矿产铜产量达到101万吨", 101e4, T, vt="101万"),
    F("zjm", 4, "its production was 1.01Mt", 1.01e6, T, vt="1.01", mult=1e6),
    F("zjm", 5, "more than 1 million tons of copper", 1e6, T, vt="1 million", q="over"),
    F("zjm", 8, "surpassing 1 million tonnes in 2023", 1e6, T, vt="1 million", q="over"),
    # audit: the same bound written in words / Chinese numerals, not keyed before
    F("zjm", 1, "矿产铜破百万大关", 1e6, T, vt="百万", q="over", step=1e6),
    F("zjm", 2, "礦產銅產量破百萬噸大關", 1e6, T, vt="百萬", q="over", step=1e6),
    F("zjm", 3, "矿产铜破百万大关", 1e6, T, vt="百万", q="over", step=1e6),
    F("zjm", 4, "more than one million tonnes", 1e6, T, vt="one million", q="over", step=1e6),
]
G("zjm_copper_fy2023_t", ZJM, "Mined copper 2023: 100.73万吨 twice against 101万吨 / 1.01Mt; 'more than 1 million' / 破百万 six times",
  "Zijin Mining", "mined copper output", "2023",
  "101万 (1.01Mt) rounds 100.73万: rounding. 'More than 1 million' holds every figure: consistent.", ms)
ms = [
    F("zjm", 1, "同比增长11.13%", 11.13, PC),
    F("zjm", 2, "分別同比增長11.13%", 11.13, PC),
]
G("zjm_copper_growth_fy2023_pc", ZJM, "Mined copper growth 2023: 11.13% twice", "Zijin Mining", "mined copper, year-on-year growth",
  "2023", "Consistent.", ms)
ms = [
    F("zjm", 1, "产量超过67吨", 67, T, q="over"),
    F("zjm", 1, "20.17%至67.73吨", 67.73, T),
    F("zjm", 2, "礦產金67.73噸", 67.73, T),
    F("zjm", 3, "矿产金年产量达到67吨", 67, T),
    F("zjm", 4, "to 67 tonnes", 67, T),
    F("zjm", 5, "and 68 tons of gold", 68, T),
]
G("zjm_gold_fy2023_t", ZJM, "Mined gold 2023: 67.73 t twice against 67 t twice (zt1388, minersnews) and laitimes' 68 t; 'over 67' headline",
  "Zijin Mining", "mined gold output", "2023",
  "68 rounds 67.73: rounding. 67 (66.5-67.5) holds neither 67.73 nor 68: conflict (67 truncates 67.73). 'Over 67' holds all: consistent.", ms)
ms = [
    F("zjm", 1, "同比增长20.17%", 20.17, PC),
    F("zjm", 2, "11.13%、20.17%", 20.17, PC),
    F("zjm", 3, "分别增长20%", 20, PC),
    F("zjm", 4, "a 20% jump", 20, PC),
]
G("zjm_gold_growth_fy2023_pc", ZJM, "Mined gold growth 2023: 20.17% twice against 20% twice", "Zijin Mining",
  "mined gold, year-on-year growth", "2023", "20 rounds 20.17: rounding.", ms)
ms = [
    F("zjm", 1, "矿产锌(铅)46.70万吨", 46.70e4, T, vt="46.70万"),
    F("zjm", 2, "礦產鋅(鉛)46.70萬噸", 46.70e4, T, vt="46.70萬"),
    F("zjm", 3, "矿产锌达46.7万吨", 46.7e4, T, vt="46.7万"),
    F("zjm", 4, "lead to 467,000t", 467000, T, vt="467,000"),
]
G("zjm_zinc_fy2023_t", ZJM, "Mined zinc (lead) 2023: 46.70万吨 = 46.7万吨 = 467,000t", "Zijin Mining", "mined zinc (lead) output",
  "2023", "Consistent (same value).", ms)
ms = [
    F("zjm", 1, "同比分别增加2.89%", 2.89, PC),
    F("zjm", 2, "20.17%、2.89%", 2.89, PC),
    F("zjm", 3, "20%、3%", 3, PC),
    F("zjm", 4, "a 3% increase", 3, PC),
]
G("zjm_zinc_growth_fy2023_pc", ZJM, "Mined zinc growth 2023: 2.89% twice against 3% twice", "Zijin Mining",
  "mined zinc, year-on-year growth", "2023", "3 rounds 2.89: rounding.", ms)
ms = [
    F("zjm", 1, "矿产银412吨", 412, T),
    F("zjm", 2, "礦產銀412噸", 412, T),
]
G("zjm_silver_fy2023_t", ZJM, "Mined silver 2023: 412 t twice", "Zijin Mining", "mined silver output", "2023", "Consistent.", ms)
ms = [
    F("zjm", 1, "2.89%、4.09%", 4.09, PC),
    F("zjm", 2, "2.89%、4.09%", 4.09, PC),
]
G("zjm_silver_growth_fy2023_pc", ZJM, "Mined silver growth 2023: 4.09% twice", "Zijin Mining", "mined silver, year-on-year growth",
  "2023", "Consistent.", ms)
ms = [
    F("zjm", 3, "中国矿产铜产量187万吨", 187e4, T, vt="187万"),
    F("zjm", 4, "China, 1.87Mt", 1.87e6, T, vt="1.87", mult=1e6),
]
G("zjm_china_copper_2022_t", ZJM, "China's mined copper output 2022: 187万吨 = 1.87Mt", "China", "mined copper output", "2022",
  "Consistent.", ms)
ms = [
    F("zjm", 3, "187万吨的54%", 54, PC),
    F("zjm", 4, "or 54% of the total", 54, PC),
]
G("zjm_copper_share_china2022_pc", ZJM, "Zijin's 2023 copper as a share of China's 2022 output: 54% twice", "Zijin Mining",
  "mined copper 2023 as share of China's 2022 output", "2023 / 2022", "Consistent. yumizixiang's 62% is against China's 2023 total (single).", ms)
ms = [
    F("zjm", 7, "增長51.76%至320.51億元", 320.51e8, CNY, vt="320.51億"),
    F("zjm", 8, "shareholders of RMB 32.1 billion", 32.1e9, CNY, vt="32.1 billion"),
]
G("zjm_net_profit_fy2024_cny", ZJM, "Net profit 2024: 320.51亿 against RMB 32.1 billion (Zijin)",
  "Zijin Mining", "net profit attributable to shareholders", "2024",
  "32.1 billion rounds 320.51亿: rounding. (copperbelt's 32.1 billion, dated 2023 there, is keyed with the 2023 figures.)", ms)
ms = [
    F("zjm", 7, "凈利潤同比增長51.76%", 51.76, PC),
    F("zjm", 8, "surging 52% year-on-year", 52, PC),
]
G("zjm_net_profit_growth_fy2024_pc", ZJM, "Net profit growth 2024: 51.76% against 52% (Zijin)",
  "Zijin Mining", "net profit, year-on-year growth", "2024",
  "52 rounds 51.76: rounding. (copperbelt's 52%, dated 2023 there, is keyed with the 2023 figures.)", ms)
ms = [
    F("zjm", 7, "至3036.40億元", 3036.40e8, CNY, vt="3036.40億"),
    F("zjm", 7, "突破3000億大關", 3000e8, CNY, vt="3000億", q="over"),  # audit: was a single; the same quantity, same sentence
]
G("zjm_revenue_fy2024_cny", ZJM, "Revenue 2024: senqingzn's 'over 3000亿' and 3036.40亿 (copperbelt's 303.6 billion, dated 2023, is keyed with 2023)",
  "Zijin Mining", "operating revenue", "2024", "'Over 3000亿' holds 3036.40亿: consistent.", ms)
ms = [
    F("zjm", 7, "同比增長3.49%", 3.49, PC),
]
G("zjm_revenue_growth_fy2024_pc", ZJM, "Revenue growth 2024: 3.49% (a single once copperbelt's 3.5%, dated 2023, went to the 2023 group)",
  "Zijin Mining", "operating revenue, year-on-year growth", "2024", "Single.", ms)
ms = [
    F("zjm", 7, "礦產銅達到106.85萬噸", 106.85e4, T, vt="106.85萬"),
    F("zjm", 8, "Copper production: 1.07 million tonnes", 1.07e6, T, vt="1.07 million"),
]
G("zjm_copper_fy2024_t", ZJM, "Mined copper 2024: 106.85万吨 against 1.07 million tonnes", "Zijin Mining", "mined copper output",
  "2024", "1.07 million rounds 106.85万: rounding.", ms)
ms = [
    F("zjm", 7, "同比增長6.07%", 6.07, PC),
    F("zjm", 8, "(up 6% YoY)", 6, PC),
]
G("zjm_copper_growth_fy2024_pc", ZJM, "Mined copper growth 2024: 6.07% against 6%", "Zijin Mining", "mined copper, year-on-year growth",
  "2024", "6 rounds 6.07: rounding.", ms)
ms = [
    F("zjm", 7, "增長7.35%至73噸", 73, T),
    F("zjm", 8, "Gold production: 73 tonnes", 73, T),
]
G("zjm_gold_fy2024_t", ZJM, "Mined gold 2024: 73 t twice", "Zijin Mining", "mined gold output", "2024", "Consistent.", ms)
ms = [
    F("zjm", 7, "礦產金產量同比增長7.35%", 7.35, PC),
    F("zjm", 8, "(up 8% YoY)", 8, PC),
]
G("zjm_gold_growth_fy2024_pc", ZJM, "Mined gold growth 2024: 7.35% against Zijin's own 'up 8%'", "Zijin Mining",
  "mined gold, year-on-year growth", "2024", "8 (7.5-8.5) does not hold 7.35: conflict.", ms)
# zjm singles and non-claims
# audit: ranks written with Chinese numerals (zjm-07's 第四 was keyed, the others not), and zjm-10's rank changes
NC("zjm", 1, "位居全球前五", "rank")
NC("zjm", 1, "中国及亚洲第一", "rank")
NC("zjm", 1, "全球前十", "rank")
NC("zjm", 7, "上升至全球礦企第五", "rank")
NC("zjm", 7, "位居亞洲第一", "rank")
NC("zjm", 7, "全球前五", "rank")
NC("zjm", 10, "排名全球第四", "rank")
NC("zjm", 10, "排名世界第八", "rank")
NC("zjm", 10, "位居世界第四", "rank")
S("zjm", 10, "较去年同期上升两位", vt="两位", value=2, unit="rank")
S("zjm", 10, "比去年同期上升两位", vt="两位", value=2, unit="rank")
S("zjm", 1, "同比增长12.08%", value=12.08, unit=PC)
S("zjm", 1, "至3430.06亿元", vt="3430.06亿", value=3430.06e8, unit=CNY)
S("zjm", 1, "中国总量的62%", value=62, unit=PC)
S("zjm", 1, "中国总量的23%左右", value=23, unit=PC, q="approx")
NC("zjm", 1, "截至2023年末", "date")
S("zjm", 2, "當量碳酸鋰2,903噸", vt="2,903", value=2903, unit=T)
NC("zjm", 2, "礦企。[1]", "footnote_marker")
NC("zjm", 4, "copper 2023, and", "date")
S("zjm", 5, "at 21.43% in 2023", vt="21.43%", value=21.43, unit=PC)
S("zjm", 5, "decrease of 3.86 percentage points", vt="3.86", value=3.86, unit=PP)
S("zjm", 5, "about 30% copper", value=30, unit=PC, q="approx")
S("zjm", 5, "more than 15% gold", value=15, unit=PC, q="over")
NC("zjm", 5, "since 2020, making", "date")
NC("zjm", 5, "world's top 15 mining", "rank")
S("zjm", 6, "扣非归母净利 216.17 亿元", vt="216.17 亿", value=216.17e8, unit=CNY)
S("zjm", 6, "同比增长 10.7%", value=10.7, unit=PC)
NC("zjm", 6, "2023Q4,公司", "date")
S("zjm", 6, "营收 683.95 亿元", vt="683.95 亿", value=683.95e8, unit=CNY)
S("zjm", 6, "同比增长 3.4%", value=3.4, unit=PC)
S("zjm", 6, "减少 8.4%", value=8.4, unit=PC)
S("zjm", 6, "归母净利润 49.54 亿元", vt="49.54 亿", value=49.54e8, unit=CNY)
S("zjm", 6, "同比增长 46.8%", value=46.8, unit=PC)
S("zjm", 6, "减少 15.5%", value=15.5, unit=PC)
S("zjm", 6, "母净利 64.09 亿元", vt="64.09 亿", value=64.09e8, unit=CNY)
S("zjm", 6, "同比增长 77.6%", value=77.6, unit=PC)
S("zjm", 6, "环比增长 15.4%", value=15.4, unit=PC)
S("zjm", 6, "矿产铜 111 万吨", vt="111 万", value=111e4, unit=T)
S("zjm", 6, "矿产金 73.5 吨", vt="73.5", value=73.5, unit=T)
S("zjm", 6, "(铅)47 万吨", vt="47 万", value=47e4, unit=T)
S("zjm", 6, "当量碳酸锂 2.5 万吨", vt="2.5 万", value=2.5e4, unit=T)
S("zjm", 6, "矿产银 420 吨", vt="420", value=420, unit=T)
S("zjm", 6, "矿产钼 0.9 万吨", vt="0.9 万", value=0.9e4, unit=T)
NC("zjm", 7, "躍居全球礦企第四", "rank")
S("zjm", 7, "日賺近1個億", vt="1", value=1e8, unit=CNY, q="under")
S("zjm", 7, "權益產量19.5萬噸", vt="19.5萬", value=19.5e4, unit=T)
S("zjm", 7, "相當于中國總量的65%", value=65, unit=PC)
S("zjm", 7, "中國總量的24%", value=24, unit=PC)
S("zjm", 7, "礦產銀436噸", vt="436", value=436, unit=T)
S("zjm", 7, "增加了24噸", vt="24", value=24, unit=T)
NC("zjm", 8, "On March 21, Zijin", "date")
S("zjm", 8, "(US$4.4 billion)", vt="4.4 billion", value=4.4e9, unit=USD)
S("zjm", 8, "RMB 7.44 billion", vt="7.44 billion", value=7.44e9, unit=CNY)
S("zjm", 8, "RMB 2.66 billion", vt="2.66 billion", value=2.66e9, unit=CNY)
S("zjm", 8, "surpass RMB 10 billion", vt="10 billion", value=10e9, unit=CNY, q="over")
S("zjm", 8, "increased by 7.9%", value=7.9, unit=PC)
S("zjm", 8, "and 23% (London", vt="23%", value=23, unit=PC)
NC("zjm", 8, "ranking 4th globally", "rank")
S("zjm", 8, "(CAGR): 24%", vt="24%", value=24, unit=PC)
NC("zjm", 8, "ranking 1st in China", "rank")
NC("zjm", 8, "and 6th worldwide", "rank")
S("zjm", 8, "Five-year CAGR: 12%", vt="12%", value=12, unit=PC)
S("zjm", 9, "($4.4 billion)", vt="4.4 billion", value=4.4e9, unit=USD, basis="cb2023")
S("zjm", 9, "forecast of 32 billion yuan", vt="32 billion", value=32e9, unit=CNY)
# zjm-10 (H1 2023)
S("zjm", 10, "上半年营收1503.34亿元", vt="1503.34亿", value=1503.34e8, unit=CNY)
S("zjm", 10, "同比增长13.50%", value=13.50, unit=PC)
S("zjm", 10, "净利润103.02亿元", vt="103.02亿", value=103.02e8, unit=CNY)
S("zjm", 10, "同比下降18.43%", value=18.43, unit=PC)
S("zjm", 10, "营收753.89亿元", vt="753.89亿", value=753.89e8, unit=CNY)
S("zjm", 10, "同比增长11.38%", value=11.38, unit=PC)
S("zjm", 10, "环比增长0.59%", value=0.59, unit=PC)
S("zjm", 10, "净利润48.60亿元", vt="48.60亿", value=48.60e8, unit=CNY)
S("zjm", 10, "同比下降25.30%", value=25.30, unit=PC)
S("zjm", 10, "环比下降10.69%", value=10.69, unit=PC)
S("zjm", 10, "利润下降15.6亿元", vt="15.6亿", value=15.6e8, unit=CNY)
S("zjm", 10, "生产矿铜49.2万吨", vt="49.2万", value=49.2e4, unit=T)
S("zjm", 10, "产量增幅14.2%", value=14.2, unit=PC)
S("zjm", 10, "生产矿金32.3吨", vt="32.3", value=32.3, unit=T)
S("zjm", 10, "同比增长24.5%", value=24.5, unit=PC)
S("zjm", 10, "生产矿锌21.7万吨", vt="21.7万", value=21.7e4, unit=T)

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh66.toml", "corpus-fresh66")
