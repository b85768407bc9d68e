"""Hand annotation of corpus-fresh76, written as data; emits gold.d/fresh76.toml (then run
corpus/check_gold.py --dir corpus-fresh76 --build).

Three domains: Hermès International's 2024 full-year results / 爱马仕 / 愛馬仕 (`hrm-*`, company results), Swiss
watch exports (the Federation of the Swiss Watch Industry's figures for 2024, December 2024 and February 2024 /
瑞士钟表出口 / 瑞士鐘錶出口; `swx-*`, industry statistics, not company results) and Porsche AG's 2024 results and
its 2024 and 2025 deliveries / 保时捷 / 保時捷 (`pch-*`, company results).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8; euros in EUR, Swiss francs in
CHF, dollars in USD, pounds in GBP, Hong Kong dollars in HKD; table figures 'in millions of euros' carry mult=1e6 and
their written precision (step=1e6); growth and decline rates as unsigned percent (a written '-2.8%' decline is 2.8);
vehicles delivered as 'vehicles', watches as 'units', jobs as 'count', employees as 'persons'. Growth at constant
and at current exchange rates are different quantities; a regional growth rate at constant rates and one at current
rates are different quantities.
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

HRM, SWX, PCH = "hermes-results", "swiss-watch-exports", "porsche-results"
EUR, USD, GBP, CHF, HKD, SGD = "EUR", "USD", "GBP", "CHF", "HKD", "SGD"
VEH, UNITS, P = "vehicles", "units", "persons"
M6 = dict(mult=1e6, step=1e6)  # a table figure in millions of euros, read to the million
OK = "Consistent."
HM = "Hermès"

# ============================================================ Hermès International, full year 2024
G("hrm_rev", HRM, "Hermès revenue 2024: 15,170 million (menafn table) against €15.2 billion eight times and 152亿 / 152億 four times",
  HM, "revenue", "FY2024", "15.2 billion / 152亿 round 15,170 million: rounding; 15.2 billion = 152亿: consistent.", [
    F("hrm", 1, "| Revenue | 15,170", 15170e6, EUR, **M6),
    F("hrm", 2, "Revenue amounted to €15.2 billion", 15.2e9, EUR),
    F("hrm", 2, "€15.2 billion in 2024", 15.2e9, EUR),
    F("hrm", 3, "revenue reached €15.2 billion", 15.2e9, EUR),
    F("hrm", 4, "annual revenue climbed to €15.2 billion", 15.2e9, EUR),
    F("hrm", 4, "Annual Revenue: €15.2 billion", 15.2e9, EUR),
    F("hrm", 5, "income of € 15.2 billion", 15.2e9, EUR),
    F("hrm", 6, "Revenue reached €15.2bn", 15.2e9, EUR),
    F("hrm", 7, "该集团营收达152亿欧元", 152e8, EUR),
    F("hrm", 8, "营收为152亿欧元", 152e8, EUR),
    F("hrm", 9, "營收為152億歐元", 152e8, EUR),
    F("hrm", 10, "同比增长15%至152亿欧元", 152e8, EUR),
  ])
G("hrm_rev_growth_cc", HRM, "Revenue growth 2024 at constant exchange rates: 14.7% (menafn table) against 15% on nine pages",
  HM, "revenue growth (constant exchange rates)", "FY2024",
  "15 rounds 14.7: rounding. The unlabelled 15% (investing's 'YoY', worldfinancefrontier's 'year on year', 源Sight's "
  "'分别增长15%', ConCall's '同比增长15%') is the constant-rate figure (current rates: 13%), keyed on that basis.", [
    F("hrm", 1, "vs. n-1 (1) | 14.7%", 14.7, PC),
    F("hrm", 2, "(+15% at constant", 15, PC),
    F("hrm", 2, "up by 15% at constant", 15, PC),
    F("hrm", 3, "up 15% at constant exchange rates", 15, PC),
    F("hrm", 4, "a 15% rise at constant", 15, PC),
    F("hrm", 4, "(+15% YoY)", 15, PC),
    F("hrm", 5, "15 percent more constantly", 15, PC),
    F("hrm", 6, "up 15 per cent year on year", 15, PC),
    F("hrm", 7, "比2023年增长15%", 15, PC),
    F("hrm", 8, "分别增长15%和7%", 15, PC),
    F("hrm", 9, "分別增長15%和7%", 15, PC),
    F("hrm", 10, "同比增长15%至", 15, PC),
  ])
G("hrm_rev_growth_fx", HRM, "Revenue growth 2024 at current exchange rates: 13.0% (table) and 13% four times", HM,
  "revenue growth (current exchange rates)", "FY2024", "Same value: consistent.", [
    F("hrm", 1, "vs. n-1 | 13.0%", 13.0, PC),
    F("hrm", 2, "+13% at current", 13, PC),
    F("hrm", 2, "13% at current exchange rates compared", 13, PC),
    F("hrm", 3, "and 13% at current", 13, PC),
    F("hrm", 5, "13 percent to current", 13, PC),
  ])
G("hrm_roi", HRM, "Recurring operating income 2024: 6,150 million twice (menafn's table, telegraph247) against €6.2 billion / 62亿 eight times; the table's (IFRS) operating income 6,150 on another basis",
  HM, "recurring operating income", "FY2024",
  "6.2 billion / 62亿 round 6,150 million (at the lower edge of the half-step; half-up takes 6.15 to 6.2): rounding. "
  "The table's 'Operating income' row is the IFRS figure, and its footnote (2) defines recurring operating income as "
  "operating income excluding non-recurring items (an adjusted measure): a different quantity that has the same value "
  "in 2024, so different_basis with rounding as alt against the 6.2 billion / 62亿 mentions, consistent against the "
  "equal 6,150s (audit). worldfinancefrontier's 'Operating income reached €6.2bn—40.5 per cent of sales' repeats the "
  "release's recurring figure and stays on the recurring basis.", [
    F("hrm", 1, "Recurring operating income (2) | 6,150", 6150e6, EUR, **M6),
    F("hrm", 1, "| Operating income | 6,150", 6150e6, EUR, basis="ifrs", **M6),
    F("hrm", 2, "Recurring operating income reached €6.2 billion", 6.2e9, EUR),
    F("hrm", 2, "income reached €6.2 billion (40.5%", 6.2e9, EUR),
    F("hrm", 3, "Recurring operating income reached €6.2 billion", 6.2e9, EUR),
    F("hrm", 4, "Current Operating Income: €6.2 billion", 6.2e9, EUR),
    F("hrm", 5, "recurring operational income of € 6,150 million", 6150e6, EUR),
    F("hrm", 5, "recurring operational income was € 6.2 billion", 6.2e9, EUR),
    F("hrm", 6, "Operating income reached €6.2bn", 6.2e9, EUR),
    F("hrm", 7, "经常性营业利润增长至62亿欧元", 62e8, EUR),
    F("hrm", 10, "同比增长9%至62亿欧元", 62e8, EUR),
  ], OTHER({"ifrs"}))
G("hrm_roi_prior", HRM, "Recurring operating income 2023: 5,650 million twice, and the table's (IFRS) operating income 5,650", HM,
  "recurring operating income", "FY2023",
  "Same value: consistent (the table's IFRS operating income row is on another basis, equal in value; audit).", [
    F("hrm", 1, "(2) | 6,150 | 5,650", 5650e6, EUR, **M6),
    F("hrm", 1, "| Operating income | 6,150 | 5,650", 5650e6, EUR, basis="ifrs", **M6),
    F("hrm", 5, "compared to 5,650 million euros in 2023", 5650e6, EUR),
  ], OTHER({"ifrs"}))
G("hrm_roi_growth", HRM, "Recurring operating income growth 2024: 9% three times", HM, "recurring operating income growth",
  "FY2024", OK, [
    F("hrm", 3, "showing a 9% increase", 9, PC),
    F("hrm", 4, "(+9% YoY)", 9, PC),
    F("hrm", 10, "同比增长9%至", 9, PC),
  ])
G("hrm_margin", HRM, "Recurring operating margin 2024: 40.5% on eight pages (the table's second 40.5% is the IFRS operating margin, equal in value)", HM,
  "recurring operating margin", "FY2024", "Same value: consistent (the table's IFRS operating-margin row is on another basis; audit).", [
    F("hrm", 1, "| 40.5%", 40.5, PC, nth=1),
    F("hrm", 1, "| 40.5%", 40.5, PC, nth=2, basis="ifrs"),
    F("hrm", 2, "representing 40.5%", 40.5, PC),
    F("hrm", 2, "(40.5% of sales)", 40.5, PC),
    F("hrm", 3, "representing 40.5% of sales", 40.5, PC),
    F("hrm", 4, "operational profitability of 40.5%", 40.5, PC),
    F("hrm", 6, "—40.5 per cent of sales", 40.5, PC),
    F("hrm", 7, "经常性营业利润率为40.5%", 40.5, PC),
    F("hrm", 10, "经营性营业利润率为40.5%", 40.5, PC),
  ], OTHER({"ifrs"}))
G("hrm_margin_prior", HRM, "Recurring operating margin 2023: 42.1% in the table, and the IFRS operating margin 42.1% below it", HM,
  "recurring operating margin", "FY2023", "Same value: consistent (the second row is the IFRS margin, on another basis; audit).", [
    F("hrm", 1, "| 40.5% | 42.1%", 42.1, PC, nth=1),
    F("hrm", 1, "| 40.5% | 42.1%", 42.1, PC, nth=2, basis="ifrs"),
  ], OTHER({"ifrs"}))
G("hrm_net", HRM, "Net profit (group share) 2024: 4,603 million and 46.03亿 twice against €4.6 billion / 46亿 eight times",
  HM, "net profit (group share)", "FY2024", "4.6 billion / 46亿 round 4,603 million / 46.03亿: rounding; 4,603 million = 46.03亿: consistent.", [
    F("hrm", 1, "share | 4,603", 4603e6, EUR, **M6),
    F("hrm", 2, "share) reached €4.6 billion", 4.6e9, EUR),
    F("hrm", 3, "amounted to €4.6 billion", 4.6e9, EUR),
    F("hrm", 4, "net profit of €4.6 billion", 4.6e9, EUR),
    F("hrm", 4, "Net Profit: €4.6 billion", 4.6e9, EUR),
    F("hrm", 5, "net profits of € 4.6 billion", 4.6e9, EUR),
    F("hrm", 6, "net profit reached €4.6bn", 4.6e9, EUR),
    F("hrm", 7, "集团净利润达到46亿欧元", 46e8, EUR),
    F("hrm", 8, "净利润达到46.03亿欧元", 46.03e8, EUR),
    F("hrm", 9, "凈利潤達到46.03億歐元", 46.03e8, EUR),
    F("hrm", 10, "净利润为46亿欧元", 46e8, EUR),
  ])
G("hrm_net_growth", HRM, "Net profit growth 2024: 7% five times", HM, "net profit growth", "FY2024", OK, [
    F("hrm", 3, "up 7%, representing", 7, PC),
    F("hrm", 4, "up 7% from the previous year", 7, PC),
    F("hrm", 4, "(+7% YoY)", 7, PC),
    F("hrm", 8, "增长15%和7%", 7, PC),
    F("hrm", 9, "增長15%和7%", 7, PC),
  ])
G("hrm_net_margin", HRM, "Net profit as a share of revenue 2024: 30.3% five times against 21st Century Business Herald's 30.5%",
  HM, "net margin", "FY2024", "30.5 against 30.3 (both to a tenth): conflict.", [
    F("hrm", 1, "| 30.3%", 30.3, PC),
    F("hrm", 2, "(30.3% of sales)", 30.3, PC),
    F("hrm", 3, "representing 30.3% of sales", 30.3, PC),
    F("hrm", 5, "(30.3 percent of sales)", 30.3, PC),
    F("hrm", 6, "—30.3 per cent of sales", 30.3, PC),
    F("hrm", 7, "占销售额的30.5%", 30.5, PC),
  ])
G("hrm_fcf", HRM, "Adjusted free cash flow 2024: 3,767 million against €3.8 billion twice", HM, "adjusted free cash flow",
  "FY2024", "3.8 billion rounds 3,767 million: rounding.", [
    F("hrm", 1, "(3) | 3,767", 3767e6, EUR, **M6),
    F("hrm", 2, "amounted to €3.8 billion", 3.8e9, EUR),
    F("hrm", 3, "free cash flow of €3.8 billion", 3.8e9, EUR),
  ])
G("hrm_fcf_growth", HRM, "Adjusted free cash flow growth 2024: 18% twice", HM, "adjusted free cash flow growth", "FY2024", OK, [
    F("hrm", 2, "€3.8 billion, up by 18%", 18, PC),
    F("hrm", 3, "€3.8 billion, up 18%", 18, PC),
  ])
G("hrm_q4_rev", HRM, "Fourth-quarter 2024 sales: €4.0 billion twice, €4 billion twice, 40亿 twice", HM, "revenue", "Q4 2024",
  "Same value: consistent.", [
    F("hrm", 2, "sales reached €4.0", 4.0e9, EUR, vt="4.0", mult=1e9),
    F("hrm", 4, "revenue reaching €4 billion", 4e9, EUR),
    F("hrm", 4, "Q4 Revenue: €4 billion", 4e9, EUR),
    F("hrm", 5, "18 percent to € 4.0 billion", 4.0e9, EUR),
    F("hrm", 7, "第四季度的销售额达40亿欧元", 40e8, EUR),
    F("hrm", 10, "销售额录得40亿欧元", 40e8, EUR),
  ])
G("hrm_q4_growth", HRM, "Fourth-quarter 2024 sales growth: 18% on five pages (three times on investing.com)", HM,
  "revenue growth", "Q4 2024", OK, [
    F("hrm", 2, "increasing by 18% at constant", 18, PC),
    F("hrm", 4, "marking an 18% increase", 18, PC),
    F("hrm", 4, "Q4 revenue surged by 18%", 18, PC),
    F("hrm", 4, "(+18% YoY)", 18, PC),
    F("hrm", 5, "fourth quarter increased 18 percent", 18, PC),
    F("hrm", 7, "计算均增长了18%", 18, PC),
    F("hrm", 10, "涨幅达18%", 18, PC),
  ])
G("hrm_asia_growth_cc", HRM, "Asia excluding Japan revenue growth 2024 at constant rates: 7% four times against telegraph247's 7.4%",
  "Hermès Asia excluding Japan", "revenue growth (constant exchange rates)", "FY2024", "7 rounds 7.4: rounding.", [
    F("hrm", 2, "Asia excluding Japan (+7%)", 7, PC),
    F("hrm", 3, "revenue grew by 7% over the year", 7, PC),
    F("hrm", 5, "reaching a 7.4 percent increase", 7.4, PC),
    F("hrm", 6, "Asia excluding Japan rose 7 per cent", 7, PC),
    F("hrm", 10, "全年营收实现了7%的增长", 7, PC),
  ])
G("hrm_asia_rev", HRM, "Asia excluding Japan revenue 2024: 6,648 million against 66.5亿", "Hermès Asia excluding Japan",
  "revenue", "FY2024", "66.5亿 rounds 6,648 million: rounding.", [
    F("hrm", 5, "6 percent to 6,648 million euros", 6648e6, EUR),
    F("hrm", 10, "录得66.5亿欧元", 66.5e8, EUR),
  ])
G("hrm_asia_q4", HRM, "Asia excluding Japan fourth-quarter 2024 growth: 9% four times", "Hermès Asia excluding Japan",
  "revenue growth", "Q4 2024", "Same value: consistent (21st Century's '大中华区 ... 第四季度 ... 增长率达9%' gives the region's figure).", [
    F("hrm", 2, "Growth reached 9% in the fourth quarter", 9, PC),
    F("hrm", 3, "fourth quarter (+9%)", 9, PC),
    F("hrm", 7, "增长率达9%", 9, PC),
    F("hrm", 10, "第四季度的营收增幅仍达到9%", 9, PC),
  ])
G("hrm_japan_growth_cc", HRM, "Japan revenue growth 2024 at constant rates: 23% twice, telegraph247's 22.5% and ConCall's 22.4%",
  "Hermès Japan", "revenue growth (constant exchange rates)", "FY2024",
  "23 rounds 22.5 (at the edge): rounding; 22.4 against 23 and 22.5: conflict (ConCall's 22.4% is not called a "
  "constant-rate figure; the current-rate growth was 14.0%, so it is keyed here).", [
    F("hrm", 3, "remarkable growth of 23%", 23, PC),
    F("hrm", 5, "increase of 22.5 percent", 22.5, PC),
    F("hrm", 6, "Japan rose 23 per cent", 23, PC),
    F("hrm", 10, "同比大涨22.4%", 22.4, PC),
  ])
G("hrm_japan_rev", HRM, "Japan revenue 2024: 1,437 million = 14.37亿", "Hermès Japan", "revenue", "FY2024", OK, [
    F("hrm", 5, "14.0 percent to € 1,437 million", 1437e6, EUR),
    F("hrm", 10, "至14.37亿欧元", 14.37e8, EUR),
  ])
G("hrm_europe_growth_fx", HRM, "Europe revenue growth 2024 at current rates: 16.2 percent twice on telegraph247", "Hermès Europe",
  "revenue growth (current exchange rates)", "FY2024", OK, [
    F("hrm", 5, "Europe grew 16.2 percent", 16.2, PC),
    F("hrm", 5, "Europe increased by 16.2 percent", 16.2, PC),
  ])
G("hrm_asia_total_growth_fx", HRM, "Asia (including Japan) revenue growth 2024 at current rates: 7.3 percent twice on telegraph247",
  "Hermès Asia", "revenue growth (current exchange rates)", "FY2024", OK, [
    F("hrm", 5, "Asia 7.3 percent", 7.3, PC),
    F("hrm", 5, "an increase of 7.3 percent", 7.3, PC),
  ])
G("hrm_americas_growth_fx", HRM, "Americas revenue growth 2024 at current rates: 14.5 percent twice on telegraph247 (worldfinancefrontier's 15 per cent is the constant-rate figure: a single)",
  "Hermès Americas", "revenue growth (current exchange rates)", "FY2024", OK, [
    F("hrm", 5, "America of 14.5 percent", 14.5, PC),
    F("hrm", 5, "registered a growth of 14.5 percent", 14.5, PC),
  ])
G("hrm_leather_growth", HRM, "Leather goods and saddlery growth 2024: 18% three times", "Hermès leather goods and saddlery",
  "revenue growth", "FY2024", OK, [
    F("hrm", 7, "皮革制品及马具增长18%", 18, PC),
    F("hrm", 8, "取得了18%的增幅", 18, PC),
    F("hrm", 9, "取得了18%的增幅", 18, PC),
  ])
G("hrm_leather_rev", HRM, "Leather goods and saddlery revenue 2024: 64.57亿 twice (syndicated)", "Hermès leather goods and saddlery",
  "revenue", "FY2024", OK, [
    F("hrm", 8, "业绩达到64.57亿欧元", 64.57e8, EUR),
    F("hrm", 9, "業(yè)績達到64.57億歐元", 64.57e8, EUR),
  ])
G("hrm_leather_share", HRM, "Leather goods and saddlery share of revenue 2024: 43% twice (syndicated)",
  "Hermès leather goods and saddlery", "share of revenue", "FY2024", OK, [
    F("hrm", 8, "营收占比达到43%", 43, PC),
    F("hrm", 9, "營收占比達到43%", 43, PC),
  ])
G("hrm_rtw_growth", HRM, "Ready-to-wear and accessories growth 2024: 15% three times", "Hermès ready-to-wear and accessories",
  "revenue growth", "FY2024", OK, [
    F("hrm", 7, "成衣配饰增长15%", 15, PC),
    F("hrm", 8, "涨幅15%", 15, PC),
    F("hrm", 9, "漲幅15%", 15, PC),
  ])
G("hrm_perfume_growth", HRM, "Perfume and beauty growth 2024: 9% three times", "Hermès perfume and beauty", "revenue growth",
  "FY2024", OK, [
    F("hrm", 7, "分别增长4%和9%", 9, PC),
    F("hrm", 8, "业绩增幅也达到了9%", 9, PC),
    F("hrm", 9, "業(yè)績增幅也達到了9%", 9, PC),
  ])
G("hrm_watch_decline", HRM, "Watches revenue decline 2024: 4% three times", "Hermès watches", "revenue decline", "FY2024", OK, [
    F("hrm", 7, "腕表业务则下滑4%", 4, PC),
    F("hrm", 8, "腕表的业绩下滑了4%", 4, PC),
    F("hrm", 9, "腕表的業(yè)績下滑了4%", 4, PC),
  ])
G("hrm_price_rise", HRM, "Planned 2025 price increase: 6%-7% twice (syndicated)", HM, "price increase", "FY2025", OK, [
    F("hrm", 8, "加价6%-7%", [6, 7], PC, vt="6%-7%", step=1),
    F("hrm", 9, "加價6%-7%", [6, 7], PC, vt="6%-7%", step=1),
  ])
G("hrm_staff", HRM, "Group workforce: 25,185 at the end of 2024 (table) and 'over 25000' twice", HM, "employees",
  "end of 2024", "'Over 25000' holds 25,185: consistent.", [
    F("hrm", 1, "(6) | 25,185", 25185, P),
    F("hrm", 8, "全球超25000位", 25000, P, q="over"),
    F("hrm", 9, "全球超25000位", 25000, P, q="over"),
  ])
G("hrm_bonus", HRM, "Bonus per employee paid early 2025: 4500 euros twice (syndicated)", HM, "bonus per employee", "2025", OK, [
    F("hrm", 8, "发放了4500欧元", 4500, EUR),
    F("hrm", 9, "放了4500歐元", 4500, EUR),
  ])
G("hrm_top1", HRM, "Targeted clientele: the top 1% twice (syndicated)", HM, "target clientele share", "2025", OK, [
    F("hrm", 8, "顶尖上1%的人群", 1, PC),
    F("hrm", 9, "頂尖上1%的人群", 1, PC),
  ])
G("hrm_gross_margin", HRM, "Gross margin rate 2024: 73% twice on investing.com", HM, "gross margin", "FY2024", OK, [
    F("hrm", 4, "gross margin rate of 73%", 73, PC),
    F("hrm", 4, "Gross Margin Rate: 73%", 73, PC),
  ])
# hrm-01 (menafn: the results table)
NC("hrm", 1, "Hermès International: 2024 Full-Year Results", "report_title")
NC("hrm", 1, "| 2024 | 2023 |", "table_header")
S("hrm", 1, "15,170 | 13,427", value=13427e6, unit=EUR, mult=1e6)
NC("hrm", 1, "current exchange rates vs. n-1", "period_label")
S("hrm", 1, "13.0% | 15.7%", value=15.7, unit=PC)
NC("hrm", 1, "constant exchange rates vs. n-1 (1)", "period_label")
S("hrm", 1, "14.7% | 20.6%", value=20.6, unit=PC)
S("hrm", 1, "share | 4,603 | 4,311", value=4311e6, unit=EUR, mult=1e6)
S("hrm", 1, "30.3% | 32.1%", value=32.1, unit=PC)
S("hrm", 1, "| Operating cash flows | 5,378", value=5378e6, unit=EUR, mult=1e6)
S("hrm", 1, "5,378 | 5,123", value=5123e6, unit=EUR, mult=1e6)
S("hrm", 1, "investments) | 1,067", value=1067e6, unit=EUR, mult=1e6)
S("hrm", 1, "1,067 | 859", value=859e6, unit=EUR, mult=1e6)
S("hrm", 1, "3,767 | 3,192", value=3192e6, unit=EUR, mult=1e6)
S("hrm", 1, "share | 17,327", value=17327e6, unit=EUR, mult=1e6)
S("hrm", 1, "17,327 | 15,201", value=15201e6, unit=EUR, mult=1e6)
NC("hrm", 1, "Net cash position (4)", "footnote_marker")
S("hrm", 1, "(4) | 11,642", value=11642e6, unit=EUR, mult=1e6)
S("hrm", 1, "11,642 | 10,625", value=10625e6, unit=EUR, mult=1e6)
NC("hrm", 1, "Restated net cash position (5)", "footnote_marker")
S("hrm", 1, "(5) | 12,039", value=12039e6, unit=EUR, mult=1e6)
S("hrm", 1, "12,039 | 11,164", value=11164e6, unit=EUR, mult=1e6)
NC("hrm", 1, "(number of employees) (6)", "footnote_marker")
S("hrm", 1, "25,185 | 22,879", value=22879, unit=P)
NC("hrm", 1, "(1) Growth at constant", "footnote_marker")
# hrm-02 (advfn: the press release, hard-wrapped)
NC("hrm", 2, "Hermès International: 2024 Full-Year Results", "report_title")
NC("hrm", 2, "Outstanding results in 2024", "date")
NC("hrm", 2, "Paris, 14 February 2025", "dateline")
NC("hrm", 2, "compared to 2023. Recurring", "date")
NC("hrm", 2, "At the end of December 2024", "date")
# hrm-03 (fashionunited.uk)
NC("hrm", 3, " date 2025-02-14 Paris, February 14, 2025", "dateline")
NC("hrm", 3, "impressive 2024 annual results", "date")
NC("hrm", 3, "An exceptional year in 2024", "date")
NC("hrm", 3, "exchange rates compared to 2023", "date")
NC("hrm", 3, "2024 was also marked", "date")
S("hrm", 3, "After +10% growth in the first half", value=10, unit=PC)
# hrm-04 (investing.com transcript summary)
NC("hrm", 4, "results for Q4 2024", "date")
S("hrm", 4, "slight increase of 1.92%", value=1.92, unit=PC)
S("hrm", 4, "close at $2.61", value=2.61, unit=USD)
S("hrm", 4, "health score of 3.81", value=3.81, unit="index_points")
S("hrm", 4, "(up from 72.3% in 2023)", value=72.3, unit=PC)
# hrm-05 (telegraph247)
S("hrm", 5, "increased to 4,511 million euros", value=4511e6, unit=EUR)
S("hrm", 5, "gross margin of € 10,660 million", value=10660e6, unit=EUR)
S("hrm", 5, "compared to 9,708 million euros", value=9708e6, unit=EUR)
S("hrm", 5, "increased to € 3,569 million", value=3569e6, unit=EUR)
S("hrm", 5, "amounted to € 942 million", value=942e6, unit=EUR)
S("hrm", 5, "(~ $ 15.95 billion)", value=15.95e9, unit=USD, q="approx")
NC("hrm", 5, "billion) in 2024,", "date")
S("hrm", 5, "(~ $ 6.50 billion)", value=6.50e9, unit=USD, q="approx")
S("hrm", 5, "(excluding Japan) grew by 6 percent", value=6, unit=PC)
S("hrm", 5, "Asia to € 8,085 million", value=8085e6, unit=EUR)
S("hrm", 5, "(~ $ 4.2 billion)", value=4.2e9, unit=USD, q="approx")
S("hrm", 5, "improved € 283 million", value=283e6, unit=EUR)
S("hrm", 5, "million 190 million", value=190e6, unit=EUR)
S("hrm", 5, "before taxes of € 6,432 million", value=6432e6, unit=EUR)
S("hrm", 5, "increased to 1,845 million euros", value=1845e6, unit=EUR)
S("hrm", 5, "compared to € 1,623 million", value=1623e6, unit=EUR)
S("hrm", 5, "(EPS) increased to € 43.93", value=43.93, unit=EUR)
S("hrm", 5, "increased to € 43.87", value=43.87, unit=EUR)
S("hrm", 5, "compared to € 41.19", value=41.19, unit=EUR)
S("hrm", 5, "and € 41.12 in 2023", value=41.12, unit=EUR)
S("hrm", 5, "to € 3,594 million", value=3594e6, unit=EUR)
S("hrm", 5, "(~ $ 3,771 million)", value=3771e6, unit=USD, q="approx")
S("hrm", 5, "contributing to € 1,447 million", value=1447e6, unit=EUR)
S("hrm", 5, "(13.5 percent more)", value=13.5, unit=PC)
S("hrm", 5, "growth of 18.1 percent", value=18.1, unit=PC)
S("hrm", 5, "to € 2,147 million", value=2147e6, unit=EUR)
S("hrm", 5, "increase of 14.0 percent", value=14.0, unit=PC)
# hrm-06 (worldfinancefrontier)
S("hrm", 6, "(£12.66bn)", value=12.66e9, unit=GBP)
NC("hrm", 6, ") in 2024, up", "date")
S("hrm", 6, "rose 2.5 per cent", value=2.5, unit=PC)
S("hrm", 6, "risen 34 pe rcent", value=34, unit=PC)
NC("hrm", 6, "threefold since 2020", "date")
S("hrm", 6, "the Americas and Europe rose 15 per cent", value=15, unit=PC)
S("hrm", 6, "and 19 per cent, respectively", value=19, unit=PC)
S("hrm", 6, "dividend of €16.00 per share", value=16.00, unit=EUR)
S("hrm", 6, "with a €3.50 interim dividend", value=3.50, unit=EUR)
NC("hrm", 6, "paid on February 19", "date")
# hrm-07 (jswzg119: 21st Century Business Herald)
NC("hrm", 7, "21世纪经济报道记者", "name")
NC("hrm", 7, "发布2024年全年财务报告", "date")
NC("hrm", 7, "。2024年,该集团", "date")
S("hrm", 7, "同比下降1.6%", value=1.6, unit=PC)
S("hrm", 7, "在第四季度上涨22.3%", value=22.3, unit=PC)
S("hrm", 7, "至8.7亿欧元", value=8.7e8, unit=EUR)
S("hrm", 7, "并新增3家工坊", value=3, unit=CNT)
S("hrm", 7, "珠宝家居板块增长17%", value=17, unit=PC)
S("hrm", 7, "分别增长4%和", value=4, unit=PC)
S("hrm", 7, "盘中最高达2957欧元", value=2957, unit=EUR)
S("hrm", 7, "收盘报2839欧元", value=2839, unit=EUR)
S("hrm", 7, "仅微涨0.82%", value=0.82, unit=PC)
S("hrm", 7, "微跌1.06%", value=1.06, unit=PC)
S("hrm", 7, "报收2809欧元", value=2809, unit=EUR)
NC("hrm", 7, "2月18日开盘前", "date")
S("hrm", 7, "跌下2800欧元", value=2800, unit=EUR)
# hrm-08 / hrm-09 (源Sight, Simplified and a converted Traditional copy)
NC("hrm", 8, "继2024年底", "date")
NC("hrm", 8, "爱马仕2024年的营收", "date")
S("hrm", 8, "成衣和配饰部门业绩为44.05亿欧元", value=44.05e8, unit=EUR)
NC("hrm", 8, "2025年初", "date")
NC("hrm", 9, "繼2024年底", "date")
NC("hrm", 9, "愛馬仕2024年的營收", "date")
NC("hrm", 9, "?4.05億歐元", "garbled_number")
NC("hrm", 9, "2025年初", "date")
# hrm-10 (51haodu: ConCall)
NC("hrm", 10, "2025-02-17 18:34", "date")
NC("hrm", 10, "全文共 3615 字", "page_furniture")
NC("hrm", 10, "预计阅读需要 10 分钟", "page_furniture")
NC("hrm", 10, "爱马仕的2024年第四季度", "date")
S("hrm", 10, "市场分析师预期的11%", value=11, unit=PC)
S("hrm", 10, "仅录得1%涨幅的LVMH", value=1, unit=PC)
S("hrm", 10, "营收下滑12%的开云", value=12, unit=PC)
NC("hrm", 10, "自2024年第一季度末", "date")

# ============================================================ Swiss watch exports (Federation of the Swiss Watch Industry)
SW = "Swiss watch exports"
# ---- the 2024 year
G("swx_2024_value", SWX, "Swiss watch exports 2024: CHF 25.99 billion twice, 25.9 billion twice, 260亿 / 260億 (FH's own pages)",
  SW, "export value", "2024",
  "25.9 against 25.99 (both to their written decimals; 25.9 truncates 25.99): conflict; 260亿 rounds both: rounding.", [
    F("swx", 1, "totaled CHF 25.99 billion", 25.99e9, CHF),
    F("swx", 2, "amounting to CHF 25.99 billion", 25.99e9, CHF),
    F("swx", 3, "2024 to 25.9 billion Swiss francs", 25.9e9, CHF),
    F("swx", 4, "totaled 25.9 billion Swiss francs", 25.9e9, CHF),
    F("swx", 8, "总额达到260亿瑞士法郎", 260e8, CHF),
    F("swx", 10, "總額達到260億瑞士法郎", 260e8, CHF),
  ])
G("swx_2024_decline", SWX, "Decline of Swiss watch exports in 2024: 2.8% on six pages (twice on three of them, '-2.8%' on FH's pages)",
  SW, "export value decline", "2024", "Same value (the written '-2.8%' is the same decline): consistent.", [
    F("swx", 1, "marking a 2.8% decline", 2.8, PC),
    F("swx", 2, "fell by 2.8% in 2024", 2.8, PC),
    F("swx", 3, "fall by 2.8 percent in 2024", 2.8, PC),
    F("swx", 3, "contracted by 2.8 percent", 2.8, PC),
    F("swx", 4, "Dip 2.8% in 2024", 2.8, PC),
    F("swx", 4, "a 2.8 percent drop", 2.8, PC),
    F("swx", 8, "平均较2023年下降了2.8%", 2.8, PC),
    F("swx", 8, "远超过-2.8%", 2.8, PC, vt="-2.8%"),
    F("swx", 10, "平均較2023年下降了2.8%", 2.8, PC),
    F("swx", 10, "遠超過-2.8%", 2.8, PC, vt="-2.8%"),
  ])
G("swx_2024_wrist_value", SWX, "Wristwatch exports 2024: 248亿 / 248億 (FH, both scripts)", "Swiss wristwatch exports", "export value",
  "2024", OK, [
    F("swx", 8, "降至248亿瑞士法郎", 248e8, CHF),
    F("swx", 10, "降至248億瑞士法郎", 248e8, CHF),
  ])
G("swx_2024_wrist_decline", SWX, "Wristwatch export value decline 2024: 2.8% (FH, both scripts)", "Swiss wristwatch exports",
  "export value decline", "2024", OK, [
    F("swx", 8, "整体出口金额较2023年下降了2.8%", 2.8, PC),
    F("swx", 10, "整體出口金額較2023年下降了2.8%", 2.8, PC),
  ])
G("swx_2024_wrist_units_decline", SWX, "Wristwatch export volume decline 2024: 9.4% (FH, both scripts)", "Swiss wristwatch exports",
  "export volume decline", "2024", OK, [
    F("swx", 8, "出口数量减少了9.4%", 9.4, PC),
    F("swx", 10, "出口數量減少了9.4%", 9.4, PC),
  ])
G("swx_2024_wrist_units_drop", SWX, "Wristwatch export volume fall 2024: 1.6 million units (FH, both scripts)", "Swiss wristwatch exports",
  "export volume change", "2024", OK, [
    F("swx", 8, "即减少了160万只", 160e4, UNITS),
    F("swx", 10, "即減少了160萬隻", 160e4, UNITS),
  ])
G("swx_2024_wrist_units", SWX, "Wristwatches exported 2024: 15.3 million (FH, both scripts)", "Swiss wristwatch exports",
  "export volume", "2024", OK, [
    F("swx", 8, "2024年共出口了1530万只", 1530e4, UNITS),
    F("swx", 10, "2024年共出口了1530萬隻", 1530e4, UNITS),
  ])
G("swx_2024_under3000", SWX, "Export value decline 2024 of wristwatches under CHF 3000: 15.6% (FH, both scripts)",
  "Swiss wristwatch exports under CHF 3000", "export value decline", "2024", OK, [
    F("swx", 8, "其出口销售额下降了15.6%", 15.6, PC),
    F("swx", 10, "其出口銷售額下降了15.6%", 15.6, PC),
  ])
G("swx_2024_high_share", SWX, "Share of total value of the high end 2024: over 80% (FH, both scripts)",
  "Swiss wristwatch exports over CHF 3000", "share of export value", "2024", OK, [
    F("swx", 8, "(占总值超过80%)", 80, PC, q="over"),
    F("swx", 10, "(占總值超過80%)", 80, PC, q="over"),
  ])
G("swx_2024_china", SWX, "Exports to China 2024: down 26% (aidi) against 25.8 percent and 'more than 25 percent' (fashionunited)",
  "Swiss watch exports to China", "export value decline", "2024",
  "26 rounds 25.8: rounding; 'more than 25' holds both: consistent.", [
    F("swx", 1, "dropped by 26% to", 26, PC),
    F("swx", 3, "drop of more than 25 percent in China", 25, PC, q="over"),
    F("swx", 3, "plummeted by 25.8 percent", 25.8, PC),
  ])
G("swx_2024_hk", SWX, "Exports to Hong Kong 2024: down 19% (aidi) against 18.7 percent (fashionunited)", "Swiss watch exports to Hong Kong",
  "export value decline", "2024", "19 rounds 18.7: rounding.", [
    F("swx", 1, "Hong Kong fell by 19%", 19, PC),
    F("swx", 3, "by 18.7 percent to Hong Kong", 18.7, PC),
  ])
G("swx_2024_us", SWX, "Exports to the US 2024: up 5% twice", "Swiss watch exports to the US", "export value growth", "2024", OK, [
    F("swx", 1, "increased by 5% to CHF 4.37 billion", 5, PC),
    F("swx", 3, "posting a 5 percent increase", 5, PC),
  ])
# ---- December 2024
G("swx_dec_value", SWX, "Swiss watch exports December 2024: CHF 2.03 billion twice against 2 billion twice", SW, "export value",
  "December 2024", "2 billion rounds 2.03 billion: rounding.", [
    F("swx", 1, "totaled CHF 2.03 billion", 2.03e9, CHF),
    F("swx", 2, "to CHF 2.03 billion", 2.03e9, CHF),
    F("swx", 3, "5.4 percent to 2 billion francs", 2e9, CHF),
    F("swx", 4, "to 2 billion Swiss francs", 2e9, CHF),
  ])
G("swx_dec_decline", SWX, "Decline in December 2024: 5% twice against 5.4 percent twice", SW, "export value decline",
  "December 2024", "5 rounds 5.4: rounding.", [
    F("swx", 1, "decline of 5% year-on-year", 5, PC),
    F("swx", 2, "dropped by 5% year-on-year", 5, PC),
    F("swx", 3, "they fell by 5.4 percent", 5.4, PC),
    F("swx", 4, "fell 5.4 percent year-on-year", 5.4, PC),
  ])
G("swx_dec_us", SWX, "Exports to the US December 2024: down 1% three times", "Swiss watch exports to the US", "export value decline",
  "December 2024", OK, [
    F("swx", 1, "slipped by 1% to", 1, PC),
    F("swx", 2, "saw a 1% decline", 1, PC),
    F("swx", 4, "fell 1 percent to", 1, PC),
  ])
G("swx_dec_us_value", SWX, "Exports to the US December 2024: CHF 345.7 million three times", "Swiss watch exports to the US",
  "export value", "December 2024", OK, [
    F("swx", 1, "to CHF 345.7 million", 345.7e6, CHF),
    F("swx", 2, "decline to CHF 345.7 million", 345.7e6, CHF),
    F("swx", 4, "1 percent to 345.7 million Swiss francs", 345.7e6, CHF),
  ])
G("swx_dec_hk", SWX, "Exports to Hong Kong December 2024: down 6% twice against 6.4 percent (WWD)", "Swiss watch exports to Hong Kong",
  "export value decline", "December 2024", "6 rounds 6.4: rounding.", [
    F("swx", 1, "Hong Kong dropped by 6%", 6, PC),
    F("swx", 2, "Hong Kong dropped 6%", 6, PC),
    F("swx", 4, "lesser decline of 6.4 percent", 6.4, PC),
  ])
G("swx_dec_hk_value", SWX, "Exports to Hong Kong December 2024: CHF 159.1 million twice", "Swiss watch exports to Hong Kong",
  "export value", "December 2024", OK, [
    F("swx", 1, "6% to CHF 159.1 million", 159.1e6, CHF),
    F("swx", 2, "6% to CHF 159.1 million", 159.1e6, CHF),
  ])
G("swx_dec_china", SWX, "Exports to China December 2024: down 19% three times", "Swiss watch exports to China",
  "export value decline", "December 2024", OK, [
    F("swx", 1, "fell sharply by 19%", 19, PC),
    F("swx", 2, "falling 19% to", 19, PC),
    F("swx", 4, "down 19 percent to", 19, PC),
  ])
G("swx_dec_china_value", SWX, "Exports to China December 2024: CHF 151.2 million three times", "Swiss watch exports to China",
  "export value", "December 2024", OK, [
    F("swx", 1, "19% to CHF 151.2 million", 151.2e6, CHF),
    F("swx", 2, "19% to CHF 151.2 million", 151.2e6, CHF),
    F("swx", 4, "to 151.2 million Swiss francs", 151.2e6, CHF),
  ])
G("swx_dec_japan", SWX, "Exports to Japan December 2024: down 13% twice against 12.7 percent (WWD)", "Swiss watch exports to Japan",
  "export value decline", "December 2024", "13 rounds 12.7: rounding.", [
    F("swx", 1, "declined by 13% to", 13, PC),
    F("swx", 2, "a 13% decrease", 13, PC),
    F("swx", 4, "by 12.7 percent", 12.7, PC),
  ])
G("swx_dec_japan_value", SWX, "Exports to Japan December 2024: CHF 137.8 million twice", "Swiss watch exports to Japan",
  "export value", "December 2024", OK, [
    F("swx", 1, "to CHF 137.8 million", 137.8e6, CHF),
    F("swx", 2, "to CHF 137.8 million", 137.8e6, CHF),
  ])
G("swx_dec_over3000", SWX, "December 2024 decline of watches above CHF 3,000: 5% twice", "Swiss watch exports above CHF 3000",
  "export value decline", "December 2024", OK, [
    F("swx", 1, "saw a 5% drop", 5, PC),
    F("swx", 2, "declined by 5%, while", 5, PC),
  ])
G("swx_dec_500_3000", SWX, "December 2024 decline of watches between CHF 500 and 3,000: 1.8% twice",
  "Swiss watch exports CHF 500-3000", "export value decline", "December 2024", OK, [
    F("swx", 1, "declined by 1.8%", 1.8, PC),
    F("swx", 2, "dropped by 1.8%", 1.8, PC),
  ])
G("swx_dec_200_500", SWX, "December 2024 decline of watches between CHF 200 and 500: 13% twice",
  "Swiss watch exports CHF 200-500", "export value decline", "December 2024", OK, [
    F("swx", 1, "fell by 13%", 13, PC),
    F("swx", 2, "steepest decline at 13%", 13, PC),
  ])
G("swx_dec_under200", SWX, "December 2024 decline of watches below CHF 200: 5% twice", "Swiss watch exports below CHF 200",
  "export value decline", "December 2024", OK, [
    F("swx", 1, "dropped by 5%.", 5, PC),
    F("swx", 2, "fell by 5%.", 5, PC),
  ])
# ---- February 2024 (and January 2024)
G("swx_feb_value", SWX, "Swiss watch exports February 2024: 2.15 billion three times and 21.5億 twice against gelonghui's 21.55亿",
  SW, "export value", "February 2024",
  "21.55亿 (2.155 billion) sits on the upper edge of 2.15's half-step: rounded to 2.15's written digits it gives 2.16 "
  "(half-up, and half-even too), so 2.15 billion / 21.5億 are no rounding of it: conflict (audit; the key had rounding, "
  "which only round-half-down gives); 2.15 billion = 21.5億: consistent.", [
    F("swx", 5, "to 2.15 billion francs", 2.15e9, CHF),
    F("swx", 6, "to CHF 2.15 billion", 2.15e9, CHF),
    F("swx", 7, "to 2.15 billion Swiss francs", 2.15e9, CHF),
    F("swx", 9, "出口额21.55亿瑞士法郎", 21.55e8, CHF),
    F("swx", 11, "至21.5億瑞士法郎", 21.5e8, CHF),
    F("swx", 12, "總值達21.5億瑞士法郎", 21.5e8, CHF),
  ], V(val(21.55e8), lambda m: m["value"] != 21.55e8, C))
G("swx_feb_decline", SWX, "Decline in February 2024: 3.8% on six pages", SW, "export value decline", "February 2024", OK, [
    F("swx", 5, "fell 3.8 percent in value", 3.8, PC),
    F("swx", 6, "saw a 3.8% drop", 3.8, PC),
    F("swx", 7, "dropped 3.8 per cent", 3.8, PC),
    F("swx", 9, "相比去年同期下滑3.8%", 3.8, PC),
    F("swx", 11, "出口額按年跌3.8%", 3.8, PC),
    F("swx", 12, "年減3.8%", 3.8, PC),
  ])
G("swx_jan_growth", SWX, "Growth in January 2024: 3 percent (24instantnews) against 3.1% twice", SW, "export value growth",
  "January 2024", "3 rounds 3.1: rounding.", [
    F("swx", 5, "after rising 3 percent in January", 3, PC),
    F("swx", 6, "a modest 3.1% increase", 3.1, PC),
    F("swx", 9, "也只是微增了3.1%", 3.1, PC),
  ])
G("swx_feb_china", SWX, "Exports to China February 2024: 25.4% three times against 25% twice and 'a quarter'",
  "Swiss watch exports to China", "export value decline", "February 2024",
  "25 rounds 25.4: rounding; 'a quarter' (read as about 25, to the nearest five) holds both: consistent.", [
    F("swx", 5, "China fell by a quarter", 25, PC, vt="a quarter", step=5, q="approx"),
    F("swx", 6, "plummeted by 25% to", 25, PC),
    F("swx", 7, "plunged by 25 per cent", 25, PC),
    F("swx", 9, "分别同比下滑25.4%", 25.4, PC),
    F("swx", 11, "按年跌25.4%至", 25.4, PC),
    F("swx", 12, "分別減少25.4%", 25.4, PC),
  ])
G("swx_feb_china_value", SWX, "Exports to China February 2024: CHF 189.5 million = 1.895億", "Swiss watch exports to China",
  "export value", "February 2024", OK, [
    F("swx", 6, "to CHF 189.5 million", 189.5e6, CHF),
    F("swx", 11, "至1.895億瑞士法郎", 1.895e8, CHF),
  ])
G("swx_feb_hk", SWX, "Exports to Hong Kong February 2024: 19% five times and 'a fifth'", "Swiss watch exports to Hong Kong",
  "export value decline", "February 2024", "Same value; 'a fifth' (about 20, to the nearest five) holds 19: consistent.", [
    F("swx", 5, "Hong Kong by a fifth", 20, PC, vt="a fifth", step=5, q="approx"),
    F("swx", 6, "decreased by 19% to", 19, PC),
    F("swx", 7, "shipments fell 19 per cent", 19, PC),
    F("swx", 9, "25.4%和19%", 19, PC),
    F("swx", 11, "按年跌19%至", 19, PC),
    F("swx", 12, "25.4%及19%", 19, PC),
  ])
G("swx_feb_hk_value", SWX, "Exports to Hong Kong February 2024: CHF 172.8 million = 1.728億", "Swiss watch exports to Hong Kong",
  "export value", "February 2024", OK, [
    F("swx", 6, "to CHF 172.8 million", 172.8e6, CHF),
    F("swx", 11, "至1.728億瑞士法郎", 1.728e8, CHF),
  ])
G("swx_feb_us", SWX, "Exports to the US February 2024: up 5.5% five times", "Swiss watch exports to the US",
  "export value growth", "February 2024", OK, [
    F("swx", 5, "the US (+5.5%)", 5.5, PC),
    F("swx", 6, "increased by 5.5% to", 5.5, PC),
    F("swx", 7, "exports rising 5.5 per cent", 5.5, PC),
    F("swx", 11, "按年升5.5%至", 5.5, PC),
    F("swx", 12, "分別增長5.5%", 5.5, PC),
  ])
G("swx_feb_us_value", SWX, "Exports to the US February 2024: CHF 364.8 million = 3.648億", "Swiss watch exports to the US",
  "export value", "February 2024", OK, [
    F("swx", 6, "to CHF 364.8 million", 364.8e6, CHF),
    F("swx", 11, "至3.648億瑞士法郎", 3.648e8, CHF),
  ])
G("swx_feb_japan", SWX, "Exports to Japan February 2024: up 5.6% three times against veduzo's 6%", "Swiss watch exports to Japan",
  "export value growth", "February 2024", "6 rounds 5.6: rounding.", [
    F("swx", 5, "Japan (+5.6%)", 5.6, PC),
    F("swx", 6, "experienced a 6% uptick", 6, PC),
    F("swx", 11, "按年升5.6%", 5.6, PC),
    F("swx", 12, "及5.6%", 5.6, PC),
  ])
G("swx_feb_sg", SWX, "Exports to Singapore February 2024: up 3.3% twice", "Swiss watch exports to Singapore",
  "export value growth", "February 2024", OK, [
    F("swx", 5, "Singapore (+3.3%)", 3.3, PC),
    F("swx", 6, "gains of 3.3% and", 3.3, PC),
  ])
G("swx_feb_uae", SWX, "Exports to the UAE February 2024: up 8.9% against veduzo's 9%", "Swiss watch exports to the UAE",
  "export value growth", "February 2024", "9 rounds 8.9: rounding.", [
    F("swx", 5, "Arab Emirates (+8.9%)", 8.9, PC),
    F("swx", 6, "3.3% and 9% were", 9, PC),
  ])
G("swx_feb_units_decline", SWX, "Watch export volume decline February 2024: 5.2% three times", SW, "export volume decline",
  "February 2024", OK, [
    F("swx", 7, "slumping 5.2 per cent", 5.2, PC),
    F("swx", 11, "出貨量跌5.2%", 5.2, PC),
    F("swx", 12, "出貨量同步下降5.2%", 5.2, PC),
  ])
G("swx_feb_units", SWX, "Watches exported February 2024: 1.2 million = 120萬", SW, "export volume", "February 2024", OK, [
    F("swx", 7, "to 1.2 million units", 1.2e6, UNITS),
    F("swx", 11, "至120萬隻", 120e4, UNITS),
  ])
G("swx_feb_over3000", SWX, "February 2024 decline of watches above CHF 3,000: 1.8% four times", "Swiss watch exports above CHF 3000",
  "export value decline", "February 2024", OK, [
    F("swx", 6, "recorded a decline of 1.8%", 1.8, PC),
    F("swx", 7, "fell by 1.8 per cent", 1.8, PC),
    F("swx", 11, "出口額跌1.8%", 1.8, PC),
    F("swx", 12, "小幅下跌1.8%", 1.8, PC),
  ])
G("swx_feb_over3000_share", SWX, "Share of export value of watches above CHF 3,000 (February 2024 reports): about 80% three times",
  "Swiss watch exports above CHF 3000", "share of export value", "February 2024",
  "Same value: consistent (hk01 and edigest write '出口量', volume, for what Bloomberg gives as value; kept as the same figure).", [
    F("swx", 7, "about 80 per cent", 80, PC, q="approx"),
    F("swx", 11, "佔出口量約80%", 80, PC, q="approx"),
    F("swx", 12, "佔總出口量約80%", 80, PC, q="approx"),
  ])
G("swx_feb_500_3000", SWX, "February 2024 decline of watches between CHF 500 and 3,000: 14% three times",
  "Swiss watch exports CHF 500-3000", "export value decline", "February 2024", OK, [
    F("swx", 6, "notable 14% plunge", 14, PC),
    F("swx", 11, "價格區間手錶出口額跌14%", 14, PC),
    F("swx", 12, "區間手錶出口額銳減14%", 14, PC),
  ])
G("swx_2023_value", SWX, "Swiss watch exports 2023 (record): 26.7 billion francs = 267亿", SW, "export value", "2023", OK, [
    F("swx", 5, "record volume of 26.7 billion francs", 26.7e9, CHF),
    F("swx", 9, "创纪录的267亿瑞士法郎", 267e8, CHF),
  ])
# swx-01 (aidi)
NC("swx", 1, "all of the top 15 markets", "rank")
S("swx", 1, "($2.24 billion)", value=2.24e9, unit=USD)
S("swx", 1, "($380.8 million)", value=380.8e6, unit=USD)
S("swx", 1, "($175.3 million)", value=175.3e6, unit=USD)
S("swx", 1, "($166.6 million)", value=166.6e6, unit=USD)
S("swx", 1, "($151.8 million)", value=151.8e6, unit=USD)
NC("swx", 1, "priced above CHF 3,000 ($3,305)", "threshold")
NC("swx", 1, "between CHF 500 ($551) and CHF 3,000", "threshold")
NC("swx", 1, "between CHF 200 ($220) and CHF 500", "threshold")
NC("swx", 1, "below CHF 200", "threshold")
NC("swx", 1, "entire year of 2024", "date")
S("swx", 1, "($28.65 billion)", value=28.65e9, unit=USD)
S("swx", 1, "5% to CHF 4.37 billion", value=4.37e9, unit=CHF)
S("swx", 1, "($4.82 billion)", value=4.82e9, unit=USD)
S("swx", 1, "26% to CHF 2.05 billion", value=2.05e9, unit=CHF)
S("swx", 1, "($2.26 billion)", value=2.26e9, unit=USD)
S("swx", 1, "Japan saw an 8% increase", value=8, unit=PC)
S("swx", 1, "increase to CHF 1.97 billion", value=1.97e9, unit=CHF)
S("swx", 1, "($2.17 billion)", value=2.17e9, unit=USD)
NC("swx", 1, "19% to CHF 1.", "truncated")
# swx-02 (jewellerynz)
NC("swx", 2, "valued above CHF 3,000", "threshold")
NC("swx", 2, "between CHF 500 and CHF 3,000", "threshold")
NC("swx", 2, "the CHF 200 to CHF 500 range", "threshold")
NC("swx", 2, "below CHF 200", "threshold")
S("swx", 2, "declined 3.4% to", value=3.4, unit=PC)
S("swx", 2, "to CHF 796.3 million", value=796.3e6, unit=CHF)
S("swx", 2, "saw a 5.9% drop", value=5.9, unit=PC)
S("swx", 2, "to CHF 635.4 million", value=635.4e6, unit=CHF)
S("swx", 2, "saw a 10.3% decline", value=10.3, unit=PC)
S("swx", 2, "a 16% drop in unit sales", value=16, unit=PC)
# swx-03 (fashionunited.in)
S("swx", 3, "(23 billion pounds)", value=23e9, unit=GBP)
NC("swx", 3, "historic high in 2024", "date")
NC("swx", 3, "percent in 2024 and by", "date")
NC("swx", 3, "started in 2021", "date")
NC("swx", 3, "the Covid-19 pandemic", "name")
S("swx", 3, "falling by 1.6 percent", value=1.6, unit=PC)
S("swx", 3, "by 3.8 percent in Germany", value=3.8, unit=PC)
S("swx", 3, "climbed by 2.5 percent", value=2.5, unit=PC)
S("swx", 3, "around 15 other brands", value=15, unit=CNT, q="approx")
S("swx", 3, "drop by 14.6 percent", value=14.6, unit=PC)
NC("swx", 3, "percent in 2024 due", "date")
# swx-04 (Yahoo / WWD)
NC("swx", 4, "compared with 2023", "date")
S("swx", 4, "with trade up 5.8 percent", value=5.8, unit=PC)
# swx-05 (24instantnews, dpa)
NC("swx", 5, "in February 2024", "date")
S("swx", 5, "fallen by 0.7 percent", value=0.7, unit=PC)
S("swx", 5, "France (+6.1%)", value=6.1, unit=PC)
NC("swx", 5, "In 2023, with", "date")
NC("swx", 5, "The full year 2023", "date")
# swx-06 (veduzo)
S("swx", 6, "($2.43 billion)", value=2.43e9, unit=USD)
S("swx", 6, "significant 4.7% decrease", value=4.7, unit=PC)
S("swx", 6, "witnessed a 5.5% rise", value=5.5, unit=PC)
S("swx", 6, "substantial 15% surge", value=15, unit=PC)
NC("swx", 6, "comparison with February 2023", "date")
S("swx", 6, "($410.8 million)", value=410.8e6, unit=USD)
S("swx", 6, "($213.4 million)", value=213.4e6, unit=USD)
S("swx", 6, "($194.6 million)", value=194.6e6, unit=USD)
S("swx", 6, "average decrease of 3.5%", value=3.5, unit=PC)
NC("swx", 6, "below CHF 200 ($225)", "threshold")
S("swx", 6, "modest 0.4% decrease", value=0.4, unit=PC)
NC("swx", 6, "between CHF 200 and CHF 500 ($563)", "threshold")
S("swx", 6, "slid by 4%", value=4, unit=PC)
NC("swx", 6, "CHF 500 to CHF 3,000 ($3,377)", "threshold")
NC("swx", 6, "exceeding CHF 3,000", "threshold")
# swx-07 (Business Times / Bloomberg)
NC("swx", 7, " date 2024-03-19", "date")
S("swx", 7, "(S$3.3 billion)", value=3.3e9, unit=SGD)
NC("swx", 7, "(Mar 19)", "date")
NC("swx", 7, "priced at over 3,000 francs", "threshold")
S("swx", 7, "dropped 2.1 per cent", value=2.1, unit=PC)
# swx-08 / swx-10 (FH's Chinese pages)
NC("swx", 8, "业绩不如2023年", "date")
S("swx", 8, "略微上涨了1.0%", value=1.0, unit=PC)
NC("swx", 8, "出口价低于3000瑞士法郎", "threshold")
NC("swx", 10, "2024年瑞士錶出口", "date")
NC("swx", 10, "業績不如2023年", "date")
NC("swx", 10, "出口價低於3000瑞士法郎", "threshold")
# swx-09 (gelonghui)
NC("swx", 9, "格隆汇5月8日", "date")
NC("swx", 9, "2024年3月瑞士手表", "date")
S("swx", 9, "同比下跌16%", value=16, unit=PC)
S("swx", 9, "至20亿瑞士法郎", value=20e8, unit=CHF)
S("swx", 9, "出货量下跌25%", value=25, unit=PC)
S("swx", 9, "至110万枚", value=110e4, unit=UNITS)
NC("swx", 9, "在2024年2月", "date")
NC("swx", 9, "2024年1月份", "date")
S("swx", 9, "行业19亿瑞士法郎", value=19e8, unit=CHF)
S("swx", 9, "2023年,瑞士手表出口额同比增长了7.6%", value=7.6, unit=PC)
NC("swx", 9, "2024年的这波颓势", "date")
NC("swx", 9, "3月份,瑞士", "date")
S("swx", 9, "同比下跌6.5%", value=6.5, unit=PC)
S("swx", 9, "暴跌了42%和", value=42, unit=PC)
S("swx", 9, "42%和44%", value=44, unit=PC)
NC("swx", 9, "在2月份", "date")
# swx-11 (hk01) / swx-12 (edigest)
NC("swx", 11, " date 2024-03", "date")
NC("swx", 11, "2月當地手錶", "date")
S("swx", 11, "(189.2億元)", value=189.2e8, unit=HKD)
S("swx", 11, "金額為1.555億瑞士法郎", value=1.555e8, unit=CHF)
NC("swx", 11, "除價格為200瑞士法郎(約1,760元)", "threshold")
NC("swx", 11, "500至3,000瑞士法郎價格區間", "threshold")
NC("swx", 11, "價格區間為3,000瑞士法郎", "threshold")
NC("swx", 12, "瑞士2月手錶", "date")
NC("swx", 12, "出口額2月份見跌", "date")
NC("swx", 12, "200瑞士法郎以下", "threshold")
NC("swx", 12, "500至3,000瑞士法郎區間", "threshold")
NC("swx", 12, "超過3,000瑞士法郎", "threshold")

# ============================================================ Porsche AG: 2024 results, 2024 and 2025 deliveries
PO = "Porsche AG"
# ---- 2024 results (published 12 March 2025)
G("pch_2024_rev", PCH, "Porsche sales revenue 2024: 40.08 billion twice, 40.083 billion, 400.8亿, 400.83亿 and 'about 400亿' twice",
  PO, "sales revenue", "FY2024",
  "40.08 billion / 400.8亿 round 40.083 billion / 400.83亿: rounding; 'about 400亿' holds them all: consistent.", [
    F("pch", 1, "Turnover of 40.08 billion euros", 40.08e9, EUR),
    F("pch", 2, "down slightly at €40.08 billion", 40.08e9, EUR),
    F("pch", 3, "will be 40.083 billion euros", 40.083e9, EUR),
    F("pch", 7, "销售收入约400亿欧元", 400e8, EUR, q="approx"),
    F("pch", 8, "全球销售收入400.8亿欧元", 400.8e8, EUR),
    F("pch", 9, "达到400.83亿欧元", 400.83e8, EUR),
    F("pch", 11, "銷售收入約400億歐元", 400e8, EUR, q="approx"),
  ])
G("pch_2024_rev_decline", PCH, "Sales revenue decline 2024: 1.1% on seven pages", PO, "sales revenue decline", "FY2024", OK, [
    F("pch", 1, "edged down 1.1 percent", 1.1, PC),
    F("pch", 2, "a 1.1% decrease", 1.1, PC),
    F("pch", 3, "decrease of 1.1%", 1.1, PC),
    F("pch", 7, "同比微降1.1%", 1.1, PC),
    F("pch", 8, "同比下降1.1%", 1.1, PC),
    F("pch", 9, "微降了1.1%", 1.1, PC),
    F("pch", 11, "同比下降1.1%", 1.1, PC),
  ])
G("pch_2023_rev", PCH, "Sales revenue 2023: 40.53 billion twice", PO, "sales revenue", "FY2023", OK, [
    F("pch", 1, "prior year's 40.53 billion euros", 40.53e9, EUR),
    F("pch", 2, "from €40.53 billion in 2023", 40.53e9, EUR),
  ])
G("pch_2024_op", PCH, "Operating profit 2024: 5.64 billion twice against 56.37亿 twice", PO, "operating profit", "FY2024",
  "5.64 billion rounds 56.37亿: rounding.", [
    F("pch", 1, "operating profit was 5.64 billion euros", 5.64e9, EUR),
    F("pch", 2, "operating profit of €5.64 billion", 5.64e9, EUR),
    F("pch", 7, "至56.37亿欧元", 56.37e8, EUR),
    F("pch", 11, "營業利潤為56.37億歐元", 56.37e8, EUR),
  ])
G("pch_2024_op_decline", PCH, "Operating profit decline 2024: 22.6 percent twice against dongchedi's 22.7%", PO,
  "operating profit decline", "FY2024", "22.7 against 22.6 (both to a tenth; 5,637 / 7,284 = -22.6%): conflict.", [
    F("pch", 1, "down 22.6 percent", 22.6, PC),
    F("pch", 2, "a drop of 22.6%", 22.6, PC),
    F("pch", 7, "营业利润同比下降22.7%", 22.7, PC),
  ])
G("pch_2023_op", PCH, "Operating profit 2023: 7.28 billion twice against 72.84亿", PO, "operating profit", "FY2023",
  "7.28 billion rounds 72.84亿: rounding.", [
    F("pch", 1, "last year's 7.28 billion euros", 7.28e9, EUR),
    F("pch", 2, "previous year’s €7.28 billion", 7.28e9, EUR),
    F("pch", 11, "上年同期為72.84億歐元", 72.84e8, EUR),
  ])
G("pch_2024_ros", PCH, "Operating return on sales 2024: 14.1% on seven pages", PO, "operating return on sales", "FY2024",
  "Same value: consistent (芝能's '营业利润率' is the same ratio).", [
    F("pch", 1, "Operating return on sales was 14.1%", 14.1, PC),
    F("pch", 2, "from 18% to 14.1%", 14.1, PC),
    F("pch", 3, "return on sales will be 14.1%", 14.1, PC),
    F("pch", 7, "从18%降至14.1%", 14.1, PC),
    F("pch", 8, "营业利润率从18%降至14.1%", 14.1, PC),
    F("pch", 9, "的18%降至14.1%", 14.1, PC),
    F("pch", 11, "經營銷售回報率為14.1%", 14.1, PC),
  ])
G("pch_2023_ros", PCH, "Operating return on sales 2023: 18.0% and 18% six times", PO, "operating return on sales", "FY2023",
  "Same value: consistent.", [
    F("pch", 1, "prior year's 18.0%", 18.0, PC),
    F("pch", 2, "fell from 18% to", 18, PC),
    F("pch", 3, "lower than 18% in 2023", 18, PC),
    F("pch", 7, "销售回报率从18%", 18, PC),
    F("pch", 8, "营业利润率从18%", 18, PC),
    F("pch", 9, "从2023年的18%", 18, PC),
    F("pch", 11, "上年同期為18%", 18, PC),
  ])
G("pch_2024_net", PCH, "Net profit 2024: 3.595 billion and 35.95亿 against 36亿 / 36億 three times", PO, "net profit", "FY2024",
  "36亿 rounds 3.595 billion / 35.95亿: rounding; 3.595 billion = 35.95亿: consistent.", [
    F("pch", 3, "net profit will be 3.595 billion euros", 3.595e9, EUR),
    F("pch", 7, "净利润为36亿欧元", 36e8, EUR),
    F("pch", 8, "至36亿欧元", 36e8, EUR),
    F("pch", 9, "为35.95亿欧元", 35.95e8, EUR),
    F("pch", 11, "淨利潤為36億歐元", 36e8, EUR),
  ])
G("pch_2024_net_decline", PCH, "Net profit decline 2024: 30.3% on five pages", PO, "net profit decline", "FY2024", OK, [
    F("pch", 3, "a year-on-year decrease of 30.3%", 30.3, PC),
    F("pch", 7, "较前一年骤降30.3%", 30.3, PC),
    F("pch", 8, "净利润暴跌30.3%", 30.3, PC),
    F("pch", 9, "同比大幅下跌30.3%", 30.3, PC),
    F("pch", 11, "比前一年下跌30.3%", 30.3, PC),
  ])
G("pch_2024_electrified", PCH, "Electrified share of 2024 deliveries: 27% twice", PO, "electrified share of deliveries", "FY2024", OK, [
    F("pch", 2, "accounted for 27% of all deliveries", 27, PC),
    F("pch", 8, "(包括纯电动和混动)占比27%", 27, PC),
  ])
G("pch_2024_cayenne", PCH, "Cayenne deliveries 2024: 102,889 against 'over 10万' (iter01)", "Porsche Cayenne", "deliveries", "FY2024",
  "'Over 10万' holds 102,889: consistent.", [
    F("pch", 2, "with 102,889 units delivered", 102889, VEH),
    F("pch", 11, "銷量破10萬輛的Cayenne", 10e4, VEH, q="over"),
  ])
G("pch_jobs", PCH, "Jobs to be cut by 2029: about 3,900 three times", PO, "job cuts", "by 2029", OK, [
    F("pch", 3, "cut about 3,900 jobs", 3900, CNT, q="approx"),
    F("pch", 7, "将裁减约3900个岗位", 3900, CNT, q="approx"),
    F("pch", 9, "裁减约3900个职位", 3900, CNT, q="approx"),
  ])
G("pch_jobs_natural", PCH, "Jobs cut through natural turnover and voluntary agreements: 1,900 three times ('about' once)", PO,
  "job cuts (natural turnover)", "by 2029", "'About 1,900' holds 1900: consistent.", [
    F("pch", 3, "about 1,900 jobs", 1900, CNT, q="approx"),
    F("pch", 7, "其中1900个岗位", 1900, CNT),
    F("pch", 9, "其中1900个岗位", 1900, CNT),
  ])
G("pch_jobs_fixed", PCH, "Fixed-term contracts not renewed: 2,000 three times", PO, "job cuts (fixed-term contracts)", "by 2029", OK, [
    F("pch", 3, "cut 2,000 employees", 2000, CNT),
    F("pch", 7, "2000个固定合同", 2000, CNT),
    F("pch", 9, "另外2000个固定期限", 2000, CNT),
  ])
# ---- 2024 deliveries (announced January 2025; repeated in the 2025 reports)
G("pch_2024_deliv", PCH, "Deliveries 2024: 310,718 seven times against 310,000 twice and 31万 four times", PO, "deliveries", "FY2024",
  "310,000 / 31万 round 310,718: rounding; 310,000 = 31万: consistent.", [
    F("pch", 1, "deliveries were 310,718 vehicles", 310718, VEH),
    F("pch", 2, "delivering 310,718 vehicles", 310718, VEH),
    F("pch", 3, "310,000 new cars", 310000, VEH),
    F("pch", 4, "decreased to 310,718", 310718, VEH),
    F("pch", 5, "deliver 310,000 vehicles", 310000, VEH),
    F("pch", 5, "a total of 310,718 vehicles", 310718, VEH),
    F("pch", 7, "累计交付31万辆", 31e4, VEH),
    F("pch", 8, "全球销量31万辆", 31e4, VEH),
    F("pch", 8, "全球交付新车31万辆", 31e4, VEH),
    F("pch", 9, "累计交付31万辆新车", 31e4, VEH),
    F("pch", 10, "较2024年的310718辆", 310718, VEH),
    F("pch", 12, "較2024年的31萬718輛", 310718, VEH, vt="31萬718", step=1),
    F("pch", 13, "同期為310718輛", 310718, VEH),
  ])
G("pch_2024_deliv_decline", PCH, "Delivery decline 2024: 3% on seven pages", PO, "deliveries decline", "FY2024", OK, [
    F("pch", 1, "down 3 percent", 3, PC),
    F("pch", 2, "a 3% decline", 3, PC),
    F("pch", 3, "decrease of 3%", 3, PC),
    F("pch", 4, "experienced a 3 percent decline", 3, PC),
    F("pch", 5, "slight decline of 3%", 3, PC),
    F("pch", 7, "同比减少3%", 3, PC),
    F("pch", 8, "31万辆,下降3%", 3, PC),
    F("pch", 8, "同比下降3%,在", 3, PC),
    F("pch", 9, "同比减少3%", 3, PC),
  ])
G("pch_2023_deliv", PCH, "Deliveries 2023: 320,221 three times", PO, "deliveries", "FY2023", OK, [
    F("pch", 1, "last year's 320,221 vehicles", 320221, VEH),
    F("pch", 2, "total of 320,221", 320221, VEH),
    F("pch", 4, "from 320,221 in 2023", 320221, VEH),
  ])
G("pch_2024_china", PCH, "Deliveries in China 2024: 56,887 three times against 56,900, 5.69万 four times and 5.7万 twice",
  "Porsche China", "deliveries", "FY2024",
  "56,900 / 5.69万 and 5.7万 round 56,887: rounding; 5.7万 rounds 56,900 / 5.69万: rounding; 56,900 = 5.69万: consistent.", [
    F("pch", 3, "of which 56,900", 56900, VEH),
    F("pch", 4, "reaching just 56,887 units", 56887, VEH),
    F("pch", 5, "were 56,887 units", 56887, VEH),
    F("pch", 7, "至5.7万辆", 5.7e4, VEH),
    F("pch", 8, "骤降28%至5.69万辆", 5.69e4, VEH),
    F("pch", 8, "暴跌28%至5.69万辆", 5.69e4, VEH),
    F("pch", 9, "销量仅为5.69万辆", 5.69e4, VEH),
    F("pch", 11, "在華銷量為5.7萬輛", 5.7e4, VEH),
    F("pch", 12, "較2024年的5萬6887輛", 56887, VEH, vt="5萬6887", step=1),
    F("pch", 13, "2024年更是降5.69萬輛", 5.69e4, VEH),
  ])
G("pch_2024_china_decline", PCH, "Delivery decline in China 2024: 28% on nine pages", "Porsche China", "deliveries decline", "FY2024", OK, [
    F("pch", 3, "a sales decrease of 28%", 28, PC),
    F("pch", 4, "falling by 28 percent", 28, PC),
    F("pch", 5, "China down 28%", 28, PC),
    F("pch", 5, "a year-on-year decline of 28%", 28, PC),
    F("pch", 7, "同比下滑28%", 28, PC),
    F("pch", 8, "却骤降28%", 28, PC),
    F("pch", 8, "却暴跌28%", 28, PC),
    F("pch", 9, "同比下滑28%", 28, PC),
    F("pch", 11, "同比下降28%", 28, PC),
    F("pch", 13, "跌幅擴大至28%", 28, PC),
  ])
G("pch_2024_china_share", PCH, "China's share of 2024 deliveries: 18.3% twice and menafn's 'roughly 20 percent'", "Porsche China",
  "share of global deliveries", "FY2024",
  "Same value; 'roughly 20' holds 18.3: consistent (dongchedi's '在中国豪华车市场的份额' is the same 18.3%).", [
    F("pch", 4, "roughly 20 percent", 20, PC, q="approx"),
    F("pch", 8, "缩至18.3%", 18.3, PC),
    F("pch", 9, "降至18.3%", 18.3, PC),
  ])
G("pch_china_share_peak", PCH, "China's peak share of Porsche deliveries: 30% twice", "Porsche China", "share of global deliveries",
  "peak (2021)", OK, [
    F("pch", 8, "市场份额从30%", 30, PC),
    F("pch", 9, "巅峰时期的30%", 30, PC),
  ])
G("pch_2021_china", PCH, "Deliveries in China 2021 (peak): 9.57万 against CNA's 'nearly 10萬'", "Porsche China", "deliveries",
  "FY2021", "'Nearly 10萬' holds 95,700: consistent.", [
    F("pch", 8, "从2021年的9.57万辆", 9.57e4, VEH),
    F("pch", 12, "直逼10萬輛", 10e4, VEH, q="under"),
  ])
G("pch_2024_na", PCH, "Deliveries in North America 2024: 86,541 against 8.65万 four times", "Porsche North America", "deliveries",
  "FY2024", "8.65万 rounds 86,541: rounding.", [
    F("pch", 5, "with 86,541 vehicles", 86541, VEH),
    F("pch", 7, "北美以8.65万辆", 8.65e4, VEH),
    F("pch", 8, "北美交付8.65万辆", 8.65e4, VEH),
    F("pch", 9, "以8.65万辆的销量", 8.65e4, VEH),
    F("pch", 11, "北美市場以8.65萬輛", 8.65e4, VEH),
  ])
G("pch_2024_na_growth", PCH, "Delivery growth in North America 2024: 1% three times", "Porsche North America", "deliveries growth",
  "FY2024", OK, [
    F("pch", 5, "an increase of 1% compared", 1, PC),
    F("pch", 8, "同比增长1%,取代", 1, PC),
    F("pch", 9, "同比增长1%。", 1, PC),
  ])
G("pch_2024_de", PCH, "Deliveries in Germany 2024: 35,858 against 3.59万 twice and iter01's 3.58萬", "Porsche Germany", "deliveries",
  "FY2024", "3.59万 rounds 35,858: rounding; 3.58萬 (truncated) against 35,858 and 3.59万: conflict.", [
    F("pch", 5, "35,858 vehicles were delivered", 35858, VEH),
    F("pch", 8, "德国本土3.59万辆", 3.59e4, VEH),
    F("pch", 9, "达到3.59万辆", 3.59e4, VEH),
    F("pch", 11, "衝到3.58萬輛", 3.58e4, VEH),
  ])
G("pch_2024_de_growth", PCH, "Delivery growth in Germany 2024: 11% five times", "Porsche Germany", "deliveries growth", "FY2024", OK, [
    F("pch", 4, "rose by 11 percent", 11, PC),
    F("pch", 5, "an increase of 11% year-on-year", 11, PC),
    F("pch", 8, "增长11%", 11, PC),
    F("pch", 9, "德国本土销量增长11%", 11, PC),
    F("pch", 11, "以11%增速", 11, PC),
  ])
G("pch_2024_eu", PCH, "Deliveries in Europe excluding Germany 2024: 75,899 against 7.59万 three times",
  "Porsche Europe excluding Germany", "deliveries", "FY2024", "7.59万 rounds 75,899: rounding.", [
    F("pch", 5, "delivered 75,899 vehicles", 75899, VEH),
    F("pch", 8, "欧洲(除德国)7.59万辆", 7.59e4, VEH),
    F("pch", 9, "为7.59万辆", 7.59e4, VEH),
    F("pch", 11, "交付了7.59萬輛", 7.59e4, VEH),
  ])
G("pch_2024_eu_growth", PCH, "Delivery growth in Europe excluding Germany 2024: 8% five times (menafn's 'Europe')",
  "Porsche Europe excluding Germany", "deliveries growth", "FY2024", OK, [
    F("pch", 4, "increased by 8 percent", 8, PC),
    F("pch", 5, "an increase of 8% year-on-year", 8, PC),
    F("pch", 8, "7.59万辆,增长8%", 8, PC),
    F("pch", 9, "欧洲其他地区销量增长8%", 8, PC),
    F("pch", 11, "同比增加8%", 8, PC),
  ])
G("pch_2024_os", PCH, "Deliveries in overseas and emerging markets 2024: 55,533 against 5.55万 twice",
  "Porsche overseas and emerging markets", "deliveries", "FY2024", "5.55万 rounds 55,533: rounding.", [
    F("pch", 5, "were 55,533 vehicles", 55533, VEH),
    F("pch", 8, "海外及新兴市场5.55万辆", 5.55e4, VEH),
    F("pch", 9, "达到5.55万辆", 5.55e4, VEH),
  ])
G("pch_2024_os_growth", PCH, "Delivery growth in overseas and emerging markets 2024: 6% four times",
  "Porsche overseas and emerging markets", "deliveries growth", "FY2024", OK, [
    F("pch", 4, "grew by 6 percent", 6, PC),
    F("pch", 5, "an increase of 6% year-on-year", 6, PC),
    F("pch", 8, "5.55万辆,增长6%", 6, PC),
    F("pch", 9, "销量增长6%", 6, PC),
  ])
# ---- 2025 deliveries (announced 16 January 2026)
G("pch_2025_deliv", PCH, "Deliveries 2025: 279,449 three times and 27.94萬 against World Journal's 27萬9499",
  PO, "deliveries", "FY2025",
  "27.94萬 rounds 279,449: rounding; World Journal's 279,499 against 279,449 and 27.94萬: conflict.", [
    F("pch", 10, "交付新车279449辆", 279449, VEH),
    F("pch", 12, "共售出27萬9449輛", 279449, VEH, vt="27萬9449", step=1),
    F("pch", 13, "全球交付量27.94萬輛", 27.94e4, VEH),
    F("pch", 13, "市場銷量為279449輛", 279449, VEH),
    F("pch", 14, "至27萬9499輛", 279499, VEH, vt="27萬9499", step=1),
  ])
G("pch_2025_deliv_decline", PCH, "Delivery decline 2025: 10% seven times and World Journal's '一成' twice", PO, "deliveries decline",
  "FY2025", "Same value ('一成' is 10%): consistent.", [
    F("pch", 6, "fell 10% in 2025", 10, PC),
    F("pch", 10, "同比下降10%", 10, PC),
    F("pch", 12, "下降10%；", 10, PC),
    F("pch", 13, "27.94萬輛，按年下滑10%", 10, PC),
    F("pch", 13, "310718輛，按年下滑10%", 10, PC),
    F("pch", 14, "保時捷去年銷量下滑一成", 10, PC, vt="一成", step=10),
    F("pch", 14, "（Porsche）去年銷量下滑一成", 10, PC, vt="一成", step=10),
    F("pch", 14, "年減10%", 10, PC),
  ])
G("pch_2025_china", PCH, "Deliveries in China 2025: 41,938 five times", "Porsche China", "deliveries", "FY2025", OK, [
    F("pch", 6, "to 41,938 vehicles", 41938, VEH),
    F("pch", 10, "交付量仅41938辆", 41938, VEH),
    F("pch", 12, "僅售出4萬1938輛", 41938, VEH, vt="4萬1938", step=1),
    F("pch", 12, "2025年售出4萬1938輛", 41938, VEH, vt="4萬1938", step=1),
    F("pch", 13, "交付率為41938台", 41938, VEH),
  ])
G("pch_2025_china_decline", PCH, "Delivery decline in China 2025: 26% seven times", "Porsche China", "deliveries decline", "FY2025", OK, [
    F("pch", 6, "dropped 26% year on year", 26, PC),
    F("pch", 10, "同比大幅下滑26%", 26, PC),
    F("pch", 10, "同比暴跌26%", 26, PC),
    F("pch", 12, "較2024年大減26%", 26, PC),
    F("pch", 12, "6887輛大減26%", 26, PC),
    F("pch", 13, "按年下滑26%", 26, PC),
    F("pch", 14, "中國銷量銳減26%", 26, PC),
  ])
G("pch_2025_na", PCH, "Deliveries in North America 2025: 86,229 twice against hk01's 86299", "Porsche North America", "deliveries",
  "FY2025", "86,299 against 86,229 (both to the unit): conflict.", [
    F("pch", 6, "delivered 86,229 vehicles", 86229, VEH),
    F("pch", 10, "以86229辆", 86229, VEH),
    F("pch", 13, "銷量為86299輛", 86299, VEH),
  ])
G("pch_2025_eu", PCH, "Deliveries in Europe excluding Germany 2025: 66,340 three times", "Porsche Europe excluding Germany",
  "deliveries", "FY2025", OK, [
    F("pch", 6, "13% to 66,340", 66340, VEH),
    F("pch", 10, "交付66340辆", 66340, VEH),
    F("pch", 13, "市場銷量為66340輛", 66340, VEH),
  ])
G("pch_2025_eu_decline", PCH, "Delivery decline in Europe excluding Germany 2025: 13% three times", "Porsche Europe excluding Germany",
  "deliveries decline", "FY2025", OK, [
    F("pch", 6, "fell 13% to", 13, PC),
    F("pch", 10, "同比下降13%", 13, PC),
    F("pch", 13, "66340輛，按年下滑13%", 13, PC),
  ])
G("pch_2025_de", PCH, "Deliveries in Germany 2025: 29,968 three times", "Porsche Germany", "deliveries", "FY2025", OK, [
    F("pch", 6, "16% to 29,968", 29968, VEH),
    F("pch", 10, "德国本土交付29968辆", 29968, VEH),
    F("pch", 13, "按年下滑16%至29968輛", 29968, VEH),
  ])
G("pch_2025_de_decline", PCH, "Delivery decline in Germany 2025: 16% four times (twice on hk01)", "Porsche Germany",
  "deliveries decline", "FY2025", OK, [
    F("pch", 6, "declined 16% to", 16, PC),
    F("pch", 10, "同比下滑16%", 16, PC),
    F("pch", 13, "市場銷量按年下滑16%", 16, PC),
    F("pch", 13, "29968輛，按年下滑16%", 16, PC),
  ])
G("pch_dealers_target", PCH, "Porsche China sales points planned for end-2026: about 80 twice", "Porsche China", "sales outlets",
  "end of 2026", OK, [
    F("pch", 6, "about 80 by the end", 80, CNT, q="approx"),
    F("pch", 12, "縮減至80家左右", 80, CNT, q="approx"),
  ])
G("pch_dealers_now", PCH, "Porsche China sales points before the cut (early 2026): around 150 and 150", "Porsche China",
  "sales outlets", "2025/2026", "'Around 150' holds 150: consistent.", [
    F("pch", 6, "from around 150", 150, CNT, q="approx"),
    F("pch", 12, "從150家", 150, CNT),
  ])
# pch-01 (RTTNews on nasdaq.com)
NC("pch", 1, "weak operating profit in fiscal 2024", "date")
NC("pch", 1, "outlook for fiscal 2025", "date")
NC("pch", 1, "In fiscal 2024,", "date")
S("pch", 1, "dividend payment of 2.1 billion euros", value=2.1e9, unit=EUR)
S("pch", 1, "corresponds to 2.30 euros", value=2.30, unit=EUR)
S("pch", 1, "and 2.31 euros", value=2.31, unit=EUR)
NC("pch", 1, "for fiscal 2025, Porsche", "date")
S("pch", 1, "range of 10 to 12 percent", vt="10 to 12 percent", value=[10, 12], unit=PC, step=1)
S("pch", 1, "around 39 to 40 billion euros", vt="39 to 40 billion", value=[39e9, 40e9], unit=EUR, q="approx", step=1e9)
# pch-02 (investing.com)
NC("pch", 2, "(ETR:P911_p)", "stock_code")
NC("pch", 2, "for the 2024 financial year", "date")
NC("pch", 2, "decline from 2023’s", "date")
NC("pch", 2, "followed by the Macan and the 911", "model_name")
S("pch", 2, "rise to 33–35%", vt="33–35%", value=[33, 35], unit=PC, step=1)
NC("pch", 2, "% in 2025.", "date")
# pch-03 (ncfchina, results)
NC("pch", 3, "In 2024, for Porsche", "date")
NC("pch", 3, "On March 12", "date")
NC("pch", 3, "in 2024, the company's", "date")
NC("pch", 3, "jobs by 2029", "date")
# pch-04 (menafn, 2024 deliveries)
NC("pch", 4, " date 2025-01-14 (MENAFN) Porsche global vehicle deliveries in 2024", "dateline")
NC("pch", 4, "vehicle deliveries in 2024 compared", "date")
NC("pch", 4, " in 2024, reaching", "date")
NC("pch", 4, " in 2024. Particularly", "date")
NC("pch", 4, "compared to 2023", "date")
NC("pch", 4, "October 2024", "date")
# pch-05 (ncfchina, 2024 deliveries)
NC("pch", 5, "worldwide in 2024", "date")
NC("pch", 5, "- 27 August, 2024", "dateline")
NC("pch", 5, "In 2024, Porsche's sales", "date")
NC("pch", 5, "delivered in 2024", "date")
NC("pch", 5, "In 2024, Porsche's total", "date")
# pch-06 (jiemian, English)
NC("pch", 6, "end of 2026", "date")
NC("pch", 6, "vehicles in 2025", "date")
NC("pch", 6, "for the 718", "model_name")
S("pch", 6, "deliveries rising 2%", value=2, unit=PC)
NC("pch", 6, "The 911 posted", "model_name")
S("pch", 6, "posted a 1% increase", value=1, unit=PC)
# pch-07 (dongchedi, 2024 results)
NC("pch", 7, "2025年3月12日", "date")
NC("pch", 7, "发布2024年财报", "date")
NC("pch", 7, "将2025年定为", "date")
NC("pch", 7, "保时捷2024年营业利润", "date")
S("pch", 7, "追加8亿欧元投资", value=8e8, unit=EUR)
NC("pch", 7, "截至2024年底", "date")
S("pch", 7, "峰值155家", value=155, unit=CNT)
S("pch", 7, "缩减至140家", value=140, unit=CNT)
NC("pch", 7, "计划2027年前", "date")
S("pch", 7, "精简至约100家", value=100, unit=CNT, q="approx")
# pch-08 (jintiankansha: 芝能汽车)
NC("pch", 8, "保时捷2024财报", "date")
NC("pch", 8, "16 小时前", "relative_date")
NC("pch", 8, "2024年,保时捷交出", "date")
NC("pch", 8, "Part 1", "list_number")
NC("pch", 8, "2024年,保时捷全球交付", "date")
S("pch", 8, "交付约8.37万辆", value=8.37e4, unit=VEH, q="approx")
S("pch", 8, "纯电动车占比约15%-17%", vt="15%-17%", value=[15, 17], unit=PC, q="approx", step=1)
S("pch", 8, "(约4.65万-5.27万辆)", vt="4.65万-5.27万", value=[4.65e4, 5.27e4], unit=VEH, q="approx", step=100)
S("pch", 8, "燃油车仍占73%", value=73, unit=PC)
S("pch", 8, "约22.63万辆", value=22.63e4, unit=VEH, q="approx")
# pch-09 (dongchedi, 2024 results, list)
NC("pch", 9, "1. 总体运营状况", "list_number")
NC("pch", 9, "和2023年相比", "date")
NC("pch", 9, "2. 各区域市场表现", "list_number")
NC("pch", 9, "1. 组织架构优化", "list_number")
NC("pch", 9, "在2029年前", "date")
# pch-10 (yoojia, 2025 deliveries)
NC("pch", 10, "1月16日", "date")
NC("pch", 10, "披露2025年全球交付数据", "date")
NC("pch", 10, "2025年保时捷全球交付量的下滑", "date")
NC("pch", 10, "911系列", "model_name")
NC("pch", 10, "718与燃油版", "model_name")
# pch-11 (iter01, 2024 results)
NC("pch", 11, ",2024年保時捷銷售收入", "date")
NC("pch", 11, "公司2024年淨利潤", "date")
S("pch", 11, "淨現金流達到了37.4億歐元", value=37.4e8, unit=EUR)
NC("pch", 11, "接近2023年", "date")
S("pch", 11, "普通股每股收益3.94歐元", value=3.94, unit=EUR)
S("pch", 11, "優先股3.95歐元", value=3.95, unit=EUR)
S("pch", 11, "銷量8.3萬輛的Macan", value=8.3e4, unit=VEH)
S("pch", 11, "銷量5.1萬輛", value=5.1e4, unit=VEH)
NC("pch", 11, "的911。", "model_name")
NC("pch", 11, "2024年,保時捷在華", "date")
# pch-12 (CNA on Yahoo Taiwan, 2025 deliveries)
NC("pch", 12, " date 2026-01-19 （中央社台北19日電）", "dateline")
NC("pch", 12, "下滑，2025年僅", "date")
NC("pch", 12, "更較2021年", "date")
S("pch", 12, "衰退近6成", vt="6成", value=60, unit=PC, q="under", step=10)
NC("pch", 12, "報導，2025年保時捷", "date")
NC("pch", 12, "2025年間", "date")
NC("pch", 12, "計劃2026年底", "date")
# pch-13 (hk01, 2025 deliveries)
NC("pch", 13, "顯示，2025年保時捷全球交付量", "date")
NC("pch", 13, "顯示，2025年保時捷全球市場", "date")
S("pch", 13, "市場銷量為54974輛", value=54974, unit=VEH)
S("pch", 13, "54974輛，按年下滑1%", value=1, unit=PC)
NC("pch", 13, "具體來看，2022年", "date")
S("pch", 13, "下滑至9.33萬輛", value=9.33e4, unit=VEH)
S("pch", 13, "按年下降2.5%", value=2.5, unit=PC)
NC("pch", 13, "2023年繼續", "date")
S("pch", 13, "下降至7.93萬輛", value=7.93e4, unit=VEH)
S("pch", 13, "按年下降15%", value=15, unit=PC)
# pch-14 (World Journal, 2025 deliveries)
NC("pch", 14, "寫16年來最大", "duration")
NC("pch", 14, "寫2009年金融危機", "date")
NC("pch", 14, "保時捷16日表示", "date")
NC("pch", 14, "旗下718跑車", "model_name")
S("pch", 14, "全球銷量也驟減22%", value=22, unit=PC)
NC("pch", 14, "恐使2025年", "date")
S("pch", 14, "減少多達21億美元", value=21e8, unit=USD, q="under")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh76.toml", "corpus-fresh76")
