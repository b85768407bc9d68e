"""Hand annotation of corpus-fresh63, written as data; emits gold.d/fresh63.toml (then run
corpus/check_gold.py --dir corpus-fresh63 --build).

Three news / business-statistics domains: Anta Sports' results / 安踏体育业绩 / 安踏體育業績 (2023 revenue RMB62.36
billion against 62.356 billion = 623.56亿 on eight pages; growth 16% against 16.2%; profit incl. the joint venture
10.24 against 10.236 billion; excl. it 10.95 / 10.954 / 109.54亿 against the Changjiang Business News' 109.45億; 2023 H1
296.45亿 against 296.5亿; 2022 revenue 53.65 against 53,651 million; `ant-*`), China Mobile's results / 中国移动业绩 /
中國移動業績 (2023 revenue RMB1,009.3 billion = 10093亿 against 1.01萬億 and r435's garbled '2023' 8482.58亿; profit
1318亿 against 1159.37亿; dividend HK$4.83 against 4.06; payout 71% against 60%; H1 2023 and 2022 figures twice each;
`cmb-*`) and JD.com's quarterly results / 京东业绩 (Q3 2023 operating income RMB9.3 billion = 93億, margin 3.8% twice;
`jdc-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 萬億 = 1e12; money in its
currency code (CNY, USD, HKD, EUR), shares and growth in percent.
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

ANT, CMB, JDC = "anta-sports-results", "china-mobile-results", "jd-com-results"
CNY, USD, HKD, EUR, DAYS = "CNY", "USD", "HKD", "EUR", "days"


def same(gid, topic, desc, subject, metric, period, why, ms, *rules):
    G(gid, topic, desc, subject, metric, period, why, ms, *rules)


# ============================================================ Anta Sports, 2023 annual results
ms = [
    F("ant", 1, "Revenue rose to 62.36 billion yuan", 62.36e9, CNY),
    F("ant", 2, "to RMB62.356 billion", 62.356e9, CNY),
    F("ant", 3, "Surpassing RMB62.3 Billion", 62.3e9, CNY, vt="62.3 Billion", step=0.1e9, q="over"),
    F("ant", 3, "increase of 16.2% to RMB62.36 billion", 62.36e9, CNY),
    F("ant", 4, "to RMB 62,356 million", 62356e6, CNY),
    F("ant", 5, "operating income of 62.356 billion yuan", 62.356e9, CNY),
    F("ant", 6, "营收623.56亿元", 623.56e8, CNY),
    F("ant", 7, "营业收入623.56亿元", 623.56e8, CNY),
    F("ant", 8, "实现收入623.56亿元", 623.56e8, CNY),
    F("ant", 9, "至623.56 亿元", 623.56e8, CNY),
    F("ant", 10, "營業收入623.56億元", 623.56e8, CNY),
]
G("ant_rev_2023", ANT, "Anta Sports' 2023 revenue: RMB62.356 billion (623.56亿, 62,356 million) on eight pages against 62.36 billion twice; the press release's headline 'surpassing RMB62.3 billion'",
  "Anta Sports (group)", "revenue", "2023",
  "62.36 rounds 62.356: rounding. 'Surpassing 62.3' holds every figure: consistent. futunn's 'operating income' is its "
  "rendering of 营业收入 (revenue): the same quantity.", ms)
ms = [
    F("ant", 1, "revenue climbed 16%", 16, PC),
    F("ant", 2, "increased by 16.2% year-on-year", 16.2, PC),
    F("ant", 3, "year-on-year increase of 16.2%", 16.2, PC),
    F("ant", 4, "Revenue increased by 16.2%", 16.2, PC),
    F("ant", 5, "a year-on-year increase of 16.2%", 16.2, PC),
    F("ant", 6, "营收623.56亿元,同比增长16.2%", 16.2, PC),
    F("ant", 7, "同比增16%", 16, PC),
    F("ant", 7, "623.56亿元、同比增长16.2%", 16.2, PC),
    F("ant", 8, "再创历史新高,同比增长16.2%", 16.2, PC),
    F("ant", 9, "营业收入同比增长16.2%", 16.2, PC),
    F("ant", 10, "623.56億元,同比增長16.2%", 16.2, PC),
]
G("ant_rev_growth_2023_pc", ANT, "Growth of Anta's 2023 revenue: 16.2% on nine pages against 16% twice (marketscreener, fxbaogao's own headline)",
  "Anta Sports (group)", "revenue, year-on-year growth", "2023", "16 rounds 16.2: rounding (inside fxbaogao's page rounding or consistent).", ms)
ms = [
    F("ant", 1, "to CNY10.24 billion", 10.24e9, CNY),
    F("ant", 4, "to RMB 10,236 million", 10236e6, CNY),
    F("ant", 5, "of 10.236 billion yuan", 10.236e9, CNY),
    F("ant", 6, "股东应占溢利102.36亿元", 102.36e8, CNY),
    F("ant", 7, "归母净利润(包括合营公司AMER影响)102.36亿元", 102.36e8, CNY),
    F("ant", 9, "至102.36 亿元", 102.36e8, CNY),
    F("ant", 10, "爲102.36億元", 102.36e8, CNY),
    F("ant", 10, "達102.36億元", 102.36e8, CNY),
]
G("ant_profit_incl_jv_2023", ANT, "Anta's 2023 profit attributable to shareholders including the joint venture's loss: 10.236 billion (102.36亿) against marketscreener's 10.24 billion",
  "Anta Sports (group)", "profit attributable to shareholders (including share of JV loss)", "2023", "10.24 rounds 10.236: rounding.", ms)
ms = [
    F("ant", 1, "joint venture increased 35%", 35, PC),
    F("ant", 4, "it increased by 34.9%", 34.9, PC),
    F("ant", 5, "an increase of 34.9% year-on-year", 34.9, PC),
    F("ant", 6, "同比增长34.9%", 34.9, PC),
    F("ant", 7, "同比增35%", 35, PC),
    F("ant", 7, "同比增长34.9%好于预期", 34.9, PC),
    F("ant", 9, "归母净利润同比增长34.9%", 34.9, PC),
    F("ant", 10, "同比增加34.9%", 34.9, PC),
    F("ant", 10, "同比增長34.9%", 34.9, PC),
]
G("ant_profit_incl_jv_growth_pc", ANT, "Growth of that profit: 34.9% against 35% twice", "Anta Sports (group)",
  "profit attributable (including JV), year-on-year growth", "2023", "35 rounds 34.9: rounding.", ms)
ms = [
    F("ant", 1, "to CNY10.95 billion", 10.95e9, CNY),
    F("ant", 4, "to RMB 10,954 million", 10954e6, CNY),
    F("ant", 5, "was 10.954 billion yuan", 10.954e9, CNY),
    F("ant", 7, "为109.54亿元", 109.54e8, CNY),
    F("ant", 10, "達到109.45億元", 109.45e8, CNY),
]
G("ant_profit_excl_jv_2023", ANT, "Anta's 2023 profit attributable excluding the joint venture: 10.954 billion (109.54亿) against 10.95 billion and the Changjiang Business News' 109.45億",
  "Anta Sports (group)", "profit attributable to shareholders (excluding share of JV loss)", "2023",
  "10.95 rounds 10.954: rounding; 109.45億 (10.945 billion, digits transposed) differs from 10.954 / 109.54: conflict; "
  "10.95 is a rounding of 10.945 as well (auto: rounding).", ms)
ms = [
    F("ant", 1, "net profit rose 45%", 45, PC),
    F("ant", 4, "increased by 44.9%", 44.9, PC),
    F("ant", 5, "an increase of 44.9% year on year", 44.9, PC),
    F("ant", 7, "35%/45%", 45, PC),
    F("ant", 7, "同比增长44.9%", 44.9, PC),
    F("ant", 10, "同比增長44.9%", 44.9, PC),
]
G("ant_profit_excl_jv_growth_pc", ANT, "Growth of profit excluding the JV: 44.9% against 45% twice", "Anta Sports (group)",
  "profit attributable (excluding JV), year-on-year growth", "2023", "45 rounds 44.9: rounding.", ms)
ms = [F("ant", 2, "to 62.6%", 62.6, PC), F("ant", 10, "達到62.59%", 62.59, PC)]
G("ant_gross_margin_2023_pc", ANT, "Anta's 2023 gross margin: 62.6% against 62.59%", "Anta Sports (group)", "gross profit margin",
  "2023", "62.6 rounds 62.59: rounding.", ms)
ms = [F("ant", 1, "rose to 24.6%", 24.6, PC), F("ant", 2, "year-on-year to 24.6%", 24.6, PC),
      F("ant", 3, "to 24.6% compared", 24.6, PC), F("ant", 8, "到24.6%", 24.6, PC)]
G("ant_op_margin_2023_pc", ANT, "Anta's 2023 operating profit margin: 24.6% four times", "Anta Sports (group)", "operating profit margin",
  "2023", "Consistent.", ms)
ms = [F("ant", 1, "from 20.9%", 20.9, PC), F("ant", 14, "fell to 20.9 percent", 20.9, PC),
      F("ant", 14, "from 22.3 percent", 22.3, PC, basis="fy22_label")]
G("ant_op_margin_2022_pc", ANT, "Anta's 2022 operating profit margin: 20.9% twice; sgieurope's 'from 22.3 percent in FY22' (the year before, mislabelled FY22)",
  "Anta Sports (group)", "operating profit margin",
  "2022", "20.9 twice: consistent. sgieurope's 22.3 is the comparison base of its own 'fell to 20.9 percent last year "
  "from 22.3 percent in FY22', i.e. FY21's margin labelled FY22: different_basis, conflict as written the alternative "
  "(audit).", ms, OTHER({"fy22_label"}))
ms = [F("ant", 2, "increasing by 3.7 percentage points", 3.7, PP), F("ant", 3, "increased by 3.7% point", 3.7, PP),
      F("ant", 8, "提升3.7个百分点", 3.7, PP)]
G("ant_op_margin_change_pp", ANT, "Rise of the operating margin in 2023: 3.7 points three times", "Anta Sports (group)",
  "operating profit margin, change", "2023", "Consistent.", ms)
ms = [F("ant", 2, "operating cash inflow of 19.634 billion yuan", 19.634e9, CNY), F("ant", 8, "经营现金流入196.34亿元", 196.34e8, CNY)]
G("ant_op_cash_2023", ANT, "Anta's 2023 operating cash inflow: 19.634 billion = 196.34亿", "Anta Sports (group)",
  "net operating cash inflow", "2023", "Consistent.", ms)
ms = [F("ant", 2, "a year-on-year increase of 61.6%", 61.6, PC), F("ant", 8, "同比增长61.6%", 61.6, PC)]
G("ant_op_cash_growth_pc", ANT, "Growth of the operating cash inflow: 61.6% twice", "Anta Sports (group)",
  "net operating cash inflow, growth", "2023", "Consistent.", ms)
ms = [F("ant", 2, "decreased by 15 days", 15, DAYS), F("ant", 8, "减少15天", 15, DAYS)]
G("ant_inventory_days_change", ANT, "Fall of inventory turnover days in 2023: 15 days twice", "Anta Sports (group)",
  "inventory turnover days, change", "2023", "Consistent.", ms)
ms = [F("ant", 2, "a decrease of nearly 11%", 11, PC, q="under"), F("ant", 8, "降幅近11%", 11, PC, q="under")]
G("ant_inventory_days_change_pc", ANT, "That fall in percent: 'nearly 11%' twice", "Anta Sports (group)",
  "inventory turnover days, change in percent", "2023", "Consistent.", ms)
for gid, desc, metric, why, mm in [
    ("ant_seg_anta_rev", "ANTA brand segment revenue 2023: 30.306 billion (303.06亿) against the press release's 30.31 billion",
     "ANTA segment revenue", "30.31 rounds 30.306: rounding.",
     [("ant", 3, "to RMB30.31 billion", 30.31e9, CNY), ("ant", 4, "to RMB 30,306 million", 30306e6, CNY),
      ("ant", 8, "到303.06亿元", 303.06e8, CNY), ("ant", 9, "至303.06 亿元", 303.06e8, CNY)]),
    ("ant_seg_anta_growth_pc", "ANTA segment revenue growth: 9.3% four times", "ANTA segment revenue growth", "Consistent.",
     [("ant", 3, "grew by 9.3%", 9.3, PC), ("ant", 4, "growing by 9.3%", 9.3, PC), ("ant", 8, "同比增长9.3%", 9.3, PC),
      ("ant", 9, "同增9.3%", 9.3, PC)]),
    ("ant_seg_fila_rev", "FILA segment revenue 2023: 25.103 billion (251.03亿) against the press release's 25.10 billion",
     "FILA segment revenue", "25.10 rounds 25.103: rounding.",
     [("ant", 3, "to RMB25.10 billion", 25.10e9, CNY), ("ant", 4, "to RMB 25,103 million", 25103e6, CNY),
      ("ant", 8, "到251.03亿元", 251.03e8, CNY), ("ant", 9, "至251.03 亿元", 251.03e8, CNY)]),
    ("ant_seg_fila_growth_pc", "FILA segment revenue growth: 16.6% four times", "FILA segment revenue growth", "Consistent.",
     [("ant", 3, "increased by 16.6%", 16.6, PC), ("ant", 4, "increasing by 16.6%", 16.6, PC), ("ant", 8, "同比增长16.6%", 16.6, PC),
      ("ant", 9, "同增16.6%", 16.6, PC)]),
    ("ant_seg_other_rev", "All other brands' revenue 2023: 6.947 billion (69.47亿) against the press release's 6.95 billion",
     "all other brands' revenue", "6.95 rounds 6.947: rounding.",
     [("ant", 3, "to RMB6.95 billion", 6.95e9, CNY), ("ant", 4, "to RMB 6,947 million", 6947e6, CNY),
      ("ant", 8, "到69.47亿元", 69.47e8, CNY), ("ant", 9, "至69.47 亿元", 69.47e8, CNY)]),
    ("ant_seg_other_growth_pc", "All other brands' revenue growth: 57.7% four times", "all other brands' revenue growth", "Consistent.",
     [("ant", 3, "surged by 57.7%", 57.7, PC), ("ant", 4, "rising by 57.7%", 57.7, PC), ("ant", 8, "同比增57.7%", 57.7, PC),
      ("ant", 9, "同增57.7%", 57.7, PC)]),
    ("ant_seg_anta_margin_pc", "ANTA segment operating margin: 22.2% twice", "ANTA segment operating profit margin", "Consistent.",
     [("ant", 3, "to 22.2%", 22.2, PC), ("ant", 8, "到22.2%", 22.2, PC)]),
    ("ant_seg_anta_margin_pp", "Its rise: 0.8 points twice", "ANTA segment operating margin, change", "Consistent.",
     [("ant", 3, "rising by 0.8% point", 0.8, PP), ("ant", 8, "提升0.8个百分点", 0.8, PP)]),
    ("ant_seg_fila_margin_pc", "FILA segment operating margin: 27.6% twice", "FILA segment operating profit margin", "Consistent.",
     [("ant", 3, "to 27.6%", 27.6, PC), ("ant", 8, "到27.6%", 27.6, PC)]),
    ("ant_seg_fila_margin_pp", "Its rise: 7.6 points twice", "FILA segment operating margin, change", "Consistent.",
     [("ant", 3, "rising by 7.6% point", 7.6, PP), ("ant", 8, "提升7.6个百分点", 7.6, PP)]),
    ("ant_seg_other_margin_pc", "All other brands' operating margin: 27.1% twice", "all other brands' operating profit margin", "Consistent.",
     [("ant", 3, "to 27.1%", 27.1, PC), ("ant", 8, "到27.1%", 27.1, PC)]),
    ("ant_seg_other_margin_pp", "Its rise: 6.5 points twice", "all other brands' operating margin, change", "Consistent.",
     [("ant", 3, "rising by 6.5% point", 6.5, PP), ("ant", 8, "提升6.5个百分点", 6.5, PP)]),
]:
    G(gid, ANT, desc, "Anta Sports (segment)", metric, "2023", why, [F(*m) for m in mm])
# Anta 2023 H1 (interim results, 22 August 2023)
ms = [F("ant", 11, "营收296.45亿元", 296.45e8, CNY), F("ant", 11, "增长14.2%至人民币296.5亿元", 296.5e8, CNY),
      F("ant", 12, "至人民币296.5亿元", 296.5e8, CNY)]
G("ant_rev_h1_2023", ANT, "Anta's revenue in 2023 H1: 296.45亿 (51emo's headline) against 296.5亿 twice", "Anta Sports (group)", "revenue",
  "2023 H1", "296.5 rounds 296.45: rounding (inside 51emo's page rounding or consistent).", ms)
for gid, desc, metric, why, mm in [
    ("ant_rev_h1_growth_pc", "H1 revenue growth: 14.2% three times", "revenue growth", "Consistent.",
     [("ant", 11, "同比增长14.2%", 14.2, PC), ("ant", 11, "整体收益增长14.2%", 14.2, PC), ("ant", 12, "整体收益增长14.2%", 14.2, PC)]),
    ("ant_gm_h1_pp", "H1 gross margin rise: 1.3 points twice", "gross margin, change", "Consistent.",
     [("ant", 11, "上升1.3个百分点", 1.3, PP), ("ant", 12, "上升1.3个百分点", 1.3, PP)]),
    ("ant_gm_h1_pc", "H1 gross margin: 63.3% twice", "gross profit margin", "Consistent.",
     [("ant", 11, "至63.3%", 63.3, PC), ("ant", 12, "至63.3%", 63.3, PC)]),
    ("ant_op_h1_growth_pc", "H1 operating profit growth: 31.6% three times", "operating profit growth", "Consistent.",
     [("ant", 11, "整体经营溢利增长31.6%", 31.6, PC), ("ant", 12, "经营溢利增长31.6%至76.2亿元", 31.6, PC),
      ("ant", 12, "整体经营溢利增长31.6%", 31.6, PC)]),
    ("ant_op_h1", "H1 operating profit: 76.2亿 three times", "operating profit", "Consistent.",
     [("ant", 11, "至人民币76.2亿元", 76.2e8, CNY), ("ant", 12, "至76.2亿元 整体", 76.2e8, CNY), ("ant", 12, "至人民币76.2亿元", 76.2e8, CNY)]),
    ("ant_opm_h1_pp", "H1 operating margin rise: 3.4 points twice", "operating margin, change", "Consistent.",
     [("ant", 11, "上升3.4个百分点", 3.4, PP), ("ant", 12, "上升3.4个百分点", 3.4, PP)]),
    ("ant_opm_h1_pc", "H1 operating margin: 25.7% twice", "operating profit margin", "Consistent.",
     [("ant", 11, "至25.7%", 25.7, PC), ("ant", 12, "至25.7%", 25.7, PC)]),
    ("ant_pexcl_h1_growth_pc", "H1 profit excl. JV growth: 39.8% twice", "profit attributable (excl. JV) growth", "Consistent.",
     [("ant", 11, "大增39.8%", 39.8, PC), ("ant", 12, "大增39.8%", 39.8, PC)]),
    ("ant_pexcl_h1", "H1 profit excl. JV: 52.6亿 twice", "profit attributable (excl. JV)", "Consistent.",
     [("ant", 11, "至人民币52.6亿元", 52.6e8, CNY), ("ant", 12, "至人民币52.6亿元", 52.6e8, CNY)]),
    ("ant_pincl_h1_growth_pc", "H1 profit incl. JV growth: 32.3% twice", "profit attributable (incl. JV) growth", "Consistent.",
     [("ant", 11, "增长32.3%", 32.3, PC), ("ant", 12, "增长32.3%", 32.3, PC)]),
    ("ant_pincl_h1", "H1 profit incl. JV: 47.5亿 twice", "profit attributable (incl. JV)", "Consistent.",
     [("ant", 11, "至人民币47.5亿元", 47.5e8, CNY), ("ant", 12, "至人民币47.5亿元", 47.5e8, CNY)]),
]:
    G(gid, ANT, desc, "Anta Sports (group)", metric, "2023 H1", why, [F(*m) for m in mm])
# Anta 2022
ms = [F("ant", 1, "from CNY53.65 billion", 53.65e9, CNY), F("ant", 13, "to RMB53.65 billion", 53.65e9, CNY),
      F("ant", 14, "to 53,651 million yuan", 53651e6, CNY)]
G("ant_rev_2022", ANT, "Anta's 2022 revenue: 53.65 billion twice against sgieurope's 53,651 million", "Anta Sports (group)", "revenue",
  "2022", "53.65 rounds 53.651: rounding.", ms)
ms = [F("ant", 13, "increase 8.8 percent", 8.8, PC), F("ant", 14, "reported 8.8 percent growth", 8.8, PC)]
G("ant_rev_growth_2022_pc", ANT, "Growth of 2022 revenue: 8.8% twice", "Anta Sports (group)", "revenue growth", "2022", "Consistent.", ms)
ms = [F("ant", 13, "to 60.2 percent of sales", 60.2, PC), F("ant", 14, "to 60.2 percent", 60.2, PC)]
G("ant_gm_2022_pc", ANT, "2022 gross margin: 60.2% twice", "Anta Sports (group)", "gross profit margin", "2022", "Consistent.", ms)
ms = [F("ant", 13, "decreased 140 basis points", 1.4, PP, mult=0.01), F("ant", 14, "dipped by 140 basis points", 1.4, PP, mult=0.01)]
G("ant_gm_2022_change", ANT, "Fall of the 2022 gross margin: 140 basis points twice", "Anta Sports (group)", "gross margin, change",
  "2022", "Consistent.", ms)
# ant singles and non-claims
NC("ant", 1, " date 2024-03-26", "date")
S("ant", 1, "($8.65 billion)", value=8.65e9, unit=USD)
NC("ant", 2, "Stock Code: 2020.HK", "stock_code")
NC("ant", 2, "for the 12th consecutive year", "rank")
S("ant", 2, "by 2.4 percentage points", value=2.4, unit=PP)
S("ant", 2, "exceeding RMB1.6 billion", value=1.6e9, unit=CNY, q="over")
NC("ant", 3, "(Hong Kong SAR, 26 March, 2024)", "date")
NC("ant", 3, "stock codes: 2020 (HKD", "stock_code")
NC("ant", 3, "and 82020 (RMB counter)", "stock_code")
NC("ant", 3, "ended 31 December 2023", "date")
NC("ant", 4, "安踏体育(02020)", "stock_code")
NC("ant", 4, "2024-03-26 04:09", "date")
NC("ant", 4, "million[1]", "footnote")
NC("ant", 4, "million[2]", "footnote")
NC("ant", 8, "安踏体育(02020)", "stock_code")
NC("ant", 10, "安踏體育(02020.HK)", "stock_code")
NC("ant", 10, "4月10日晚間", "date")
S("ant", 10, "累計數達12154家", value=12154, unit=CNT)
NC("ant", 11, "2023-08-22 17:28:26", "date")
NC("ant", 11, "8月22日讯", "date")
NC("ant", 11, "安踏体育(02020.HK)", "stock_code")
NC("ant", 12, "安踏体育(02020.HK)公布", "stock_code")
NC("ant", 12, "格隆汇8月22日", "date")
NC("ant", 12, "安踏体育(02020.HK)发布", "stock_code")
S("ant", 13, "RMB49.33 billion", value=49.33e9, unit=CNY)
S("ant", 13, "reached RMB7.59 billion", value=7.59e9, unit=CNY)
S("ant", 13, "increased 6.3 percent", value=6.3, unit=PC)
S("ant", 13, "to RMB32.32 billion", value=32.32e9, unit=CNY)
S("ant", 13, "from RMB30.40 billion", value=30.40e9, unit=CNY)
S("ant", 13, "versus 61.6 percent", value=61.6, unit=PC)
S("ant", 13, "up 2.2 percent", value=2.2, unit=PC)
S("ant", 13, "to RMB11.23 billion", value=11.23e9, unit=CNY)
S("ant", 13, "RMB10.99 billion)", value=10.99e9, unit=CNY)
S("ant", 14, "(€7.58bn)", value=7.58e9, unit=EUR)
S("ant", 14, "RMB 8,245 million", value=8245e6, unit=CNY)
S("ant", 14, "(€1.17bn)", value=1.17e9, unit=EUR)
S("ant", 14, "against RMB 8,219 million", value=8219e6, unit=CNY)
S("ant", 14, "a 7.2 percent drop", value=7.2, unit=PC)

# ============================================================ China Mobile, 2023 annual results
ms = [
    F("cmb", 1, "reached RMB1,009.3 billion", 1009.3e9, CNY),
    F("cmb", 2, "营业收入达到10093亿元", 10093e8, CNY),
    F("cmb", 2, "中国移动营业收入为10093亿元", 10093e8, CNY),
    F("cmb", 3, "營運收入1.01萬億元", 1.01e12, CNY),
    F("cmb", 10, "达到8482.58亿元", 8482.58e8, CNY),
]
G("cmb_rev_2023", CMB, "China Mobile's 2023 operating revenue: RMB1,009.3 billion = 10093亿 three times, 1.01萬億 (Bastille Post), against r435's 8482.58亿 (its '2023年年报')",
  "China Mobile", "operating revenue", "2023",
  "1.01萬億 rounds 10093亿: rounding. r435's 8482.58亿 (the 2021 figure, as written for 2023): conflict with all.", ms)
ms = [F("cmb", 1, "or 7.7% growth", 7.7, PC), F("cmb", 2, "同比增长7.7%,首次", 7.7, PC), F("cmb", 2, "同比增长7.7%。其中", 7.7, PC),
      F("cmb", 3, "按年升7.7%", 7.7, PC), F("cmb", 10, "去年营收同比增长10.4%", 10.4, PC)]
G("cmb_rev_growth_2023_pc", CMB, "Growth of 2023 operating revenue: 7.7% four times against r435's 10.4%", "China Mobile",
  "operating revenue growth", "2023", "10.4 against 7.7: conflict.", ms)
ms = [F("cmb", 1, "was RMB131.8 billion", 131.8e9, CNY), F("cmb", 2, "归母净利润为1318亿元", 1318e8, CNY),
      F("cmb", 3, "股東應佔利潤1318億元", 1318e8, CNY), F("cmb", 10, "净利润1159.37亿元", 1159.37e8, CNY)]
G("cmb_profit_2023", CMB, "China Mobile's 2023 profit attributable to shareholders: 131.8 billion = 1318亿 three times against r435's 1159.37亿",
  "China Mobile", "profit attributable to equity shareholders", "2023", "1159.37 against 1318: conflict.", ms)
ms = [F("cmb", 1, "an increase of 5.0% year-on-year", 5.0, PC), F("cmb", 2, "同比增长5.0%", 5.0, PC),
      F("cmb", 3, "按年升5%", 5, PC), F("cmb", 10, "同比增长7.5%", 7.5, PC)]
G("cmb_profit_growth_2023_pc", CMB, "Growth of 2023 profit: 5.0% / 5% three times against r435's 7.5%", "China Mobile",
  "profit growth", "2023", "5 and 5.0 are the same value: consistent. 7.5: conflict.", ms)
ms = [F("cmb", 1, "earnings per share were RMB6.16", 6.16, CNY), F("cmb", 10, "基本每股利润5.66元", 5.66, CNY)]
G("cmb_eps_2023", CMB, "2023 earnings per share: RMB6.16 against r435's 5.66元", "China Mobile", "earnings per share", "2023",
  "Conflict.", ms)
ms = [F("cmb", 1, "accounted for RMB863.5 billion", 863.5e9, CNY), F("cmb", 2, "主营业务收入为8635亿元", 8635e8, CNY),
      F("cmb", 3, "通信服務收入8635億元", 8635e8, CNY)]
G("cmb_telecom_rev_2023", CMB, "2023 telecommunications services revenue: 863.5 billion = 8635亿 three times", "China Mobile",
  "telecommunications services revenue", "2023", "Consistent.", ms)
ms = [F("cmb", 1, "increase of 6.3%", 6.3, PC), F("cmb", 2, "同比增长6.3%", 6.3, PC), F("cmb", 3, "按年升6.3%", 6.3, PC)]
G("cmb_telecom_growth_2023_pc", CMB, "Its growth: 6.3% three times", "China Mobile", "telecommunications services revenue growth",
  "2023", "Consistent.", ms)
ms = [F("cmb", 1, "reached RMB253.8 billion", 253.8e9, CNY), F("cmb", 3, "達到2538億 元", 2538e8, CNY)]
G("cmb_dt_rev_2023", CMB, "2023 digital transformation revenue: 253.8 billion = 2538億", "China Mobile", "digital transformation revenue",
  "2023", "Consistent.", ms)
ms = [F("cmb", 1, "increased by 22.2%", 22.2, PC), F("cmb", 3, "按年升22.2%", 22.2, PC)]
G("cmb_dt_growth_2023_pc", CMB, "Its growth: 22.2% twice", "China Mobile", "digital transformation revenue growth", "2023", "Consistent.", ms)
ms = [F("cmb", 1, "taking up 29.4%", 29.4, PC), F("cmb", 3, "佔通信服務收入29.4%", 29.4, PC)]
G("cmb_dt_share_2023_pc", CMB, "Its share of telecom services revenue: 29.4% twice", "China Mobile",
  "digital transformation share of telecom services revenue", "2023", "Consistent.", ms)
ms = [F("cmb", 3, "全年每股共派4.83港元", 4.83, HKD), F("cmb", 4, "每股 4.83 港元", 4.83, HKD), F("cmb", 5, "每股 4.83港元", 4.83, HKD),
      F("cmb", 11, "每股4.83港元", 4.83, HKD), F("cmb", 10, "每股4.06港元", 4.06, HKD)]
G("cmb_dps_2023", CMB, "China Mobile's total dividend per share for 2023: HK$4.83 four times against r435's 4.06", "China Mobile",
  "total dividend per share", "2023", "4.06 against 4.83: conflict.", ms)
ms = [F("cmb", 3, "按年提升9.5%", 9.5, PC), F("cmb", 4, "增长 9.5%", 9.5, PC), F("cmb", 5, "增长 9.5%", 9.5, PC),
      F("cmb", 11, "增长9.5%", 9.5, PC), F("cmb", 10, "增加23.4%", 23.4, PC)]
G("cmb_dps_growth_2023_pc", CMB, "Growth of the 2023 dividend: 9.5% four times against r435's 23.4%", "China Mobile",
  "dividend per share growth", "2023", "Conflict.", ms)
ms = [F("cmb", 3, "全年派息率達71%", 71, PC), F("cmb", 4, "派息率为 71%", 71, PC), F("cmb", 5, "派息率为 71%", 71, PC),
      F("cmb", 11, "派息率为71%", 71, PC), F("cmb", 10, "股东应占盈利的60%", 60, PC)]
G("cmb_payout_2023_pc", CMB, "2023 dividend payout ratio: 71% four times against r435's 60%", "China Mobile", "dividend payout ratio",
  "2023", "Conflict.", ms)
ms = [F("cmb", 3, "擬派末期息每股2.4港元", 2.4, HKD), F("cmb", 4, "每股 2.40 港元", 2.40, HKD), F("cmb", 5, "每股 2.40港元", 2.40, HKD),
      F("cmb", 11, "每股2.40港元", 2.40, HKD)]
G("cmb_final_dps_2023", CMB, "2023 final dividend: HK$2.40 / 2.4 four times", "China Mobile", "final dividend per share", "2023",
  "Same value: consistent.", ms)
ms = [F("cmb", 3, "利潤的75%以上", 75, PC, q="over"), F("cmb", 4, "占利润的 75%以上", 75, PC, q="over"),
      F("cmb", 5, "应占利润的 75%以上", 75, PC, q="over"), F("cmb", 11, "应占利润的75%以上", 75, PC, q="over"),
      F("cmb", 10, "利润的70%或以上", 70, PC, q="at_least", basis="from2023")]
G("cmb_payout_target_pc", CMB, "Payout target: 'over 75%' within three years from 2024, four times; r435's '70%或以上' from 2023 (the earlier target)",
  "China Mobile", "dividend payout target", "three years from 2024",
  "Same target: consistent. r435's is dated 自2023年起 (a different target period): different_basis.", ms)
# China Mobile H1 2023 and 2022
for gid, desc, metric, period, mm in [
    ("cmb_rev_h1_2023", "H1 2023 operating revenue: 5,307億 = 530.7 billion", "operating revenue", "2023 H1",
     [("cmb", 6, "人民幣5,307億元", 5307e8, CNY), ("cmb", 7, "RMB 530.7 billion", 530.7e9, CNY)]),
    ("cmb_rev_h1_growth_pc", "Its growth: 6.8% twice", "operating revenue growth", "2023 H1",
     [("cmb", 6, "同比增長6.8%", 6.8, PC), ("cmb", 7, "an increase of 6.8%", 6.8, PC)]),
    ("cmb_telecom_h1_2023", "H1 2023 telecom services revenue: 4,522億 = 452.2 billion", "telecommunications services revenue", "2023 H1",
     [("cmb", 6, "人民幣4,522億元", 4522e8, CNY), ("cmb", 7, "RMB 452.2 billion", 452.2e9, CNY)]),
    ("cmb_telecom_h1_growth_pc", "Its growth: 6.1% twice", "telecom services revenue growth", "2023 H1",
     [("cmb", 6, "同比增長6.1%", 6.1, PC), ("cmb", 7, "up 6.1%", 6.1, PC)]),
    ("cmb_dt_h1_2023", "H1 2023 digital transformation revenue: 1,326億 = 132.6 billion", "digital transformation revenue", "2023 H1",
     [("cmb", 6, "人民幣1,326億元", 1326e8, CNY), ("cmb", 7, "RMB 132.6 billion", 132.6e9, CNY)]),
    ("cmb_dt_h1_growth_pc", "Its growth: 19.6% twice", "digital transformation revenue growth", "2023 H1",
     [("cmb", 6, "同比增長19.6%", 19.6, PC), ("cmb", 7, "growing 19.6%", 19.6, PC)]),
    ("cmb_dt_h1_share_pc", "Its share: 29.3% twice", "digital transformation share of telecom services revenue", "2023 H1",
     [("cmb", 6, "提升至29.3%", 29.3, PC), ("cmb", 7, "accounting for 29.3%", 29.3, PC)]),
    ("cmb_profit_h1_2023", "H1 2023 profit attributable: 762億 = 76.2 billion", "profit attributable", "2023 H1",
     [("cmb", 6, "人民幣762億元", 762e8, CNY), ("cmb", 7, "RMB 76.2 billion", 76.2e9, CNY)]),
    ("cmb_profit_h1_growth_pc", "Its growth: 8.4% twice", "profit attributable growth", "2023 H1",
     [("cmb", 6, "同比增長8.4%", 8.4, PC), ("cmb", 7, "an 8.4%", 8.4, PC)]),
    ("cmb_profit_growth_2022_pc", "2022 net profit growth: 8% / 8 percent / 8 pct three times", "net profit growth", "2022",
     [("cmb", 8, "net profit up 8 pct", 8, PC, "a", "8"), ("cmb", 8, "net profit growth of 8 percent", 8, PC),
      ("cmb", 9, "net profit growth of 8%", 8, PC)]),
    ("cmb_profit_2022", "2022 net profit: 125.46 billion twice", "net profit", "2022",
     [("cmb", 8, "was 125.46 billion yuan", 125.46e9, CNY), ("cmb", 9, "¥125.46 bln", 125.46e9, CNY)]),
    ("cmb_profit_2022_usd", "In dollars: about 18.26 billion twice", "net profit (USD)", "2022",
     [("cmb", 8, "about 18.26 billion U.S. dollars", 18.26e9, USD, "a", None, "approx"), ("cmb", 9, "about $18.26 bln", 18.26e9, USD, "a", None, "approx")]),
    ("cmb_rev_2022", "2022 operating revenue: 937.3 billion twice", "operating revenue", "2022",
     [("cmb", 8, "937.3 billion yuan", 937.3e9, CNY), ("cmb", 9, "¥937.3 bln", 937.3e9, CNY)]),
    ("cmb_rev_growth_2022_pc", "Its growth: 10.5% twice", "operating revenue growth", "2022",
     [("cmb", 8, "up 10.5 percent", 10.5, PC), ("cmb", 9, "up 10.5%", 10.5, PC)]),
    ("cmb_eps_2022", "2022 EPS: 5.88 yuan twice", "earnings per share", "2022",
     [("cmb", 8, "stood at 5.88 yuan", 5.88, CNY), ("cmb", 9, "stood at ¥5.88", 5.88, CNY)]),
]:
    mm2 = []
    for m in mm:
        if len(m) == 7:
            d, n, qt, v, u, b, vt = m
            mm2.append(F(d, n, qt, v, u, vt=vt))
        elif len(m) == 8:
            d, n, qt, v, u, b, vt, qq = m
            mm2.append(F(d, n, qt, v, u, vt=vt, q=qq))
        else:
            mm2.append(F(*m))
    G(gid, CMB, desc, "China Mobile", metric, period, "Consistent.", mm2)
ms = [F("cmb", 8, "975 million mobile subscribers", 975e6, CNT), F("cmb", 9, "975 mln mobile", 975e6, CNT, vt="975 mln", step=1e6)]
G("cmb_subs_2022", CMB, "Mobile subscribers at end-2022: 975 million twice", "China Mobile", "mobile subscribers", "end of 2022", "Consistent.", ms)
ms = [F("cmb", 8, "totaling 614 million", 614e6, CNT), F("cmb", 9, "totaling 614 mln", 614e6, CNT, vt="614 mln", step=1e6)]
G("cmb_5g_subs_2022", CMB, "5G subscribers at end-2022: 614 million twice", "China Mobile", "5G subscribers", "end of 2022", "Consistent.", ms)
# cmb singles and non-claims
S("cmb", 1, "reached 3.35 billion", value=3.35e9, unit=CNT)
S("cmb", 1, "net addition of 410 million", value=410e6, unit=CNT)
S("cmb", 1, "accounting for 43.2%", value=43.2, unit=PC)
S("cmb", 1, "an increase of 3.4 percentage points", value=3.4, unit=PP)
NC("cmb", 2, "3月21日收盘后", "date")
NC("cmb", 3, "中國移動(00941)", "stock_code")
NC("cmb", 3, "於3年內", "duration")
NC("cmb", 4, "证券之星 2024-03-22 00:00:00", "date")
NC("cmb", 4, "截至 2023 年 12 月 31 日止年", "date")
NC("cmb", 5, "2024年03月21日 18:50:25", "date")
NC("cmb", 5, "中国移动(600941)", "stock_code")
NC("cmb", 5, "截至 2023年 12月 31日止", "date")
NC("cmb", 6, "(CWW)8月10日", "date")
S("cmb", 6, "達(dá)到31.9億", value=31.9e8, unit=CNT)
S("cmb", 6, "凈增2.5億", value=2.5e8, unit=CNT)
S("cmb", 6, "達(dá)到42.7%", value=42.7, unit=PC)
S("cmb", 6, "提升2.7個百分點", value=2.7, unit=PP)
S("cmb", 6, "人民幣3.56元", value=3.56, unit=CNY)
NC("cmb", 7, "6.1%[24]", "footnote")
NC("cmb", 7, "increase[24]", "footnote")
NC("cmb", 7, "revenue[24]", "footnote")
NC("cmb", 8, " date 2023-03-24", "date")
NC("cmb", 8, "08:52, March 24, 2023", "date")
NC("cmb", 8, "BEIJING, March 23", "date")
NC("cmb", 8, "its 5G subscribers", "name")
NC("cmb", 9, " date 2023-04", "date")
NC("cmb", 9, "World 5G Convention", "name")
NC("cmb", 9, "its 5G subscribers", "name")
NC("cmb", 10, "600941.SH", "stock_code")
NC("cmb", 10, "0941.HK", "stock_code")
NC("cmb", 10, "3月23日发布", "date")
NC("cmb", 10, "自2023年起三年内", "date")
NC("cmb", 11, "公告日期:2024-03-22", "date")
NC("cmb", 11, "截至2023年12月31日止", "date")

# ============================================================ JD.com quarterly results
ms = [F("jdc", 2, "經(jīng)營利潤為人民幣93億元", 93e8, CNY), F("jdc", 3, "to RMB9.3 billion", 9.3e9, CNY)]
G("jdc_opinc_q3_2023", JDC, "JD.com's Q3 2023 income from operations: 93億 = RMB9.3 billion", "JD.com", "income from operations",
  "2023 Q3", "Consistent.", ms)
ms = [F("jdc", 2, "(13億美元)", 13e8, USD), F("jdc", 3, "(US$1.3 billion)", 1.3e9, USD)]
G("jdc_opinc_q3_2023_usd", JDC, "The same in dollars: 13億美元 = US$1.3 billion", "JD.com", "income from operations (USD)", "2023 Q3",
  "Consistent.", ms)
ms = [F("jdc", 2, "去年同期為人民幣87億元", 87e8, CNY), F("jdc", 3, "from RMB8.7 billion", 8.7e9, CNY)]
G("jdc_opinc_q3_2022", JDC, "JD.com's Q3 2022 income from operations: 87億 = RMB8.7 billion", "JD.com", "income from operations",
  "2022 Q3", "Consistent.", ms)
ms = [F("jdc", 3, "was 3.8%", 3.8, PC), F("jdc", 4, "from 3.8% year-over-year", 3.8, PC)]
G("jdc_opm_q3_2023_pc", JDC, "JD.com's Q3 2023 operating margin: 3.8% twice (stocktitan's year-earlier figure)", "JD.com",
  "operating margin", "2023 Q3", "Consistent.", ms)
NC("jdc", 1, "On March 6, Beijing", "date")
S("jdc", 1, "306.1 billion CNY", value=306.1e9, unit=CNY)
S("jdc", 1, "about 43.1 billion USD", value=43.1e9, unit=USD, q="approx")
S("jdc", 1, "increase of 3.6%", value=3.6, unit=PC)
S("jdc", 1, "1,084.7 billion CNY", value=1084.7e9, unit=CNY)
S("jdc", 1, "about 152.8 billion USD", value=152.8e9, unit=USD, q="approx")
S("jdc", 1, "up 3.7% year over year", value=3.7, unit=PC)
S("jdc", 1, "59.6 billion CNY", value=59.6e9, unit=CNY)
S("jdc", 1, "about 8.4 billion USD", value=8.4e9, unit=USD, q="approx")
S("jdc", 1, "213.4 billion CNY", value=213.4e9, unit=CNY)
S("jdc", 1, "about 30.1 billion USD", value=30.1e9, unit=USD, q="approx")
S("jdc", 1, "up 17.8%", value=17.8, unit=PC)
S("jdc", 1, "grew by 30.8%", value=30.8, unit=PC)
S("jdc", 1, "increasing by 15.2%", value=15.2, unit=PC)
NC("jdc", 2, "11月15日消息", "date")
S("jdc", 2, "人民幣2,477億元", value=2477e8, unit=CNY)
S("jdc", 2, "(340億美元)", value=340e8, unit=USD)
S("jdc", 2, "增加1.7%", value=1.7, unit=PC)
S("jdc", 2, "達(dá)到524億元", value=524e8, unit=CNY)
S("jdc", 2, "達(dá)到21.2%", value=21.2, unit=PC)
S("jdc", 2, "首次超過20%", value=20, unit=PC, q="over")
S("jdc", 2, "利潤率為5.2%", value=5.2, unit=PC)
S("jdc", 2, "凈利潤為人民幣79億元", value=79e8, unit=CNY)
S("jdc", 2, "(11億美元)", value=11e8, unit=USD)
S("jdc", 2, "去年同期為人民幣60億元", value=60e8, unit=CNY)
S("jdc", 2, "凈利潤為人民幣106億元", value=106e8, unit=CNY)
S("jdc", 2, "(15億美元)", value=15e8, unit=USD)
S("jdc", 2, "去年同期為人民幣100億元", value=100e8, unit=CNY)
S("jdc", 3, "by 6.6%", value=6.6, unit=PC)
S("jdc", 3, "compared to 3.6%", value=3.6, unit=PC)
NC("jdc", 4, "Third Quarter 2024 Results", "date")
S("jdc", 4, "RMB260.4 billion", value=260.4e9, unit=CNY)
S("jdc", 4, "up 5.1%", value=5.1, unit=PC)
S("jdc", 4, "increasing 29.5%", value=29.5, unit=PC)
S("jdc", 4, "to RMB12.0 billion", value=12.0e9, unit=CNY)
S("jdc", 4, "rising 47.8%", value=47.8, unit=PC)
S("jdc", 4, "to RMB11.7 billion", value=11.7e9, unit=CNY)
S("jdc", 4, "improved to 4.6%", value=4.6, unit=PC)
S("jdc", 4, "US$3.0 billion", value=3.0e9, unit=USD)
S("jdc", 4, "US$5.0 billion", value=5.0e9, unit=USD)
NC("jdc", 4, "through August 2027", "date")
NC("jdc", 5, "(JD) 2023 Q4", "date")
NC("jdc", 5, "2023 年第四季度", "date")
NC("jdc", 5, "在 2024 年", "date")

# Years that date a figure or name a report period (audit: the brief asks dates to be marked as non-claims)
for _d, _n, _q, *_nth in [
    ("ant", 1, "in 2023 on high-quality"), ("ant", 1, "in 2022, the Chinese"),
    ("ant", 2, "its 2023 annual results"), ("ant", 2, "indicators in 2023 improved"),
    ("ant", 3, "in 2023", 1), ("ant", 3, "record high in 2023, with"),
    ("ant", 4, "- 2023 - 年度业绩"), ("ant", 5, "announced the 2023 results"),
    ("ant", 6, "完成了2023年答卷"), ("ant", 7, "23年收入"), ("ant", 7, "发布2023年业绩"),
    ("ant", 8, "稳健成长的2023年业绩答卷"), ("ant", 8, "2023年,安踏体育"),
    ("ant", 9, "发布2023年度报告"), ("ant", 9, "。2023 年"), ("ant", 9, "2023 年安踏分部"),
    ("ant", 10, "發佈2023年年報"), ("ant", 10, "毛利率在2023年重拾升勢"), ("ant", 10, "截至2023年末"),
    ("ant", 10, "盈利方面,2023年"), ("ant", 10, "合營公司2023年實現虧損"),
    ("ant", 11, "发布公告,2023年上半年"), ("ant", 11, "对比2022年同期"),
    ("ant", 12, "公告,2023年上半年"), ("ant", 12, "对比2022年同期"),
    ("ant", 13, "in 2022, compared"), ("ant", 13, "in 2021. The Group"), ("ant", 13, "in 2021, while"),
    ("ant", 13, "sales in 2021. The overall"), ("ant", 13, "(2021:"),
    ("ant", 14, "for most of 2022"), ("ant", 14, "in FY22"),
    ("cmb", 1, "Operating revenue for 2023"),
    ("cmb", 2, "发布2023年"), ("cmb", 2, "年报,2023年"),
    ("cmb", 3, "公布,2023年度"), ("cmb", 3, "將從2024年起"),
    ("cmb", 4, "中国移动:2023年年度报告摘要"), ("cmb", 4, "建议 2023 年全年"), ("cmb", 4, "股息,2023 年全年"),
    ("cmb", 4, "较 2022 年"), ("cmb", 4, "从 2024 年起"),
    ("cmb", 5, ":2023年年度报告"), ("cmb", 5, "董事会建议 2023年"), ("cmb", 5, "股息,2023年全年"),
    ("cmb", 5, "较 2022年"), ("cmb", 5, "从 2024年起"),
    ("cmb", 6, "公布了2023年半年度報告"), ("cmb", 6, "。2023年上半年"), ("cmb", 6, "2023年上半年,中國移動數"),
    ("cmb", 8, "in 2022", 1), ("cmb", 8, "year on year in 2022."), ("cmb", 8, "revenues in 2022"),
    ("cmb", 9, "year on year in 2022."), ("cmb", 9, "revenues in 2022"),
    ("cmb", 10, "2023年年报显示"), ("cmb", 10, "该公司2023年度现金股息"), ("cmb", 10, "2023年全年股息为"),
    ("cmb", 10, "较2023年"),
    ("cmb", 11, "中国移动:2023年年度报告"), ("cmb", 11, "董事会建议2023年"), ("cmb", 11, "股息,2023年全年"),
    ("cmb", 11, "较2022年"), ("cmb", 11, "从2024年起"),
    ("jdc", 1, "earnings for 2023."), ("jdc", 1, "In 2023, JD.com Group"), ("jdc", 1, "In 2023, revenue from external"),
    ("jdc", 2, "今日公布2023年第三季度"), ("jdc", 2, "較2022年第三季度"), ("jdc", 2, "與2022年第三季度持平"),
    ("jdc", 2, "。2023年第三季度"),
    ("jdc", 3, "third quarter of 2023 increased"), ("jdc", 3, "Operating margin for the third quarter of 2023"),
    ("jdc", 3, "quarter of 2022."),
    ("jdc", 4, "strong Q3 2024 financial"),
]:
    NC(_d, _n, _q, "date", nth=_nth[0] if _nth else None)

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh63.toml", "corpus-fresh63")
