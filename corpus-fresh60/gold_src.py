"""Hand annotation of corpus-fresh60, written as data; emits gold.d/fresh60.toml (then run
corpus/check_gold.py --dir corpus-fresh60 --build).

Three news / business-statistics domains: Cathay Pacific's 2024 annual results / 国泰航空2024年业绩 / 國泰航空2024年業績
(attributable profit 98.88亿 = HK$9.888 billion against HK$9.9bn, 约99亿, HK$9.89 billion and chinadailyhk's HK$9.88
billion; revenue 1043.71亿 = HK$104.371 billion against HK$104.37 billion and aviationnews' HK$104.3bn; profit growth
1.01% against 1%; revenue growth 10.46% against 10.5%; passenger revenue 625.95亿 against HK$62.5bn / $62.6 billion;
22.8 million passengers; `cat-*`), Kweichow Moutai's results / 贵州茅台业绩 (2023 net profit 747.34亿 against 74.73
billion; growth 19.16% against 19%; H1 and Q1 2023, 2022 figures, the 2023 dividend; `mtl-*`) and Pop Mart's results /
泡泡玛特业绩 / 泡泡瑪特業績 (2024 revenue 130.4亿 = 13.04 billion against 130.38亿, 13 billion and tgb's 131.22亿; growth
106.9% against 106.92%, 107% and 102%; attributable profit 31.25亿 against 3.13 and 3.1 billion, growth 188.77% against
189% and 188%; H1 2025 revenue 138.76亿 against 138.8亿, gross-margin change 6.3 against 5.3 points; `ppm-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8; money in its currency (HKD for
Cathay's HK$ and its '元' in HK pages, and for myluxepro's bare '$' figures, which are the HK$ figures; CNY for yuan /
RMB / 人民币), cents (仙, Hong Kong cents) as 0.01 HKD; shares in percent.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S, V, basis, val  # noqa: E402

load(HERE)

goldrules.install()

CAT, MTL, PPM = "cathay-pacific-2024-results", "kweichow-moutai-results", "pop-mart-results"
HKD, CNY, USD = "HKD", "CNY", "USD"
PP, PER, T, TX = "percentage_points", "persons", "tonnes", "times"

# ============================================================ Cathay Pacific 2024 results
ms = [
    F("cat", 1, "annual profit of HK$9.9bn", 9.9e9, HKD),
    F("cat", 2, "from the previous year to HK$9.88 billion", 9.88e9, HKD),
    F("cat", 3, "attributable profit of HK$9.9 billion in 2024", 9.9e9, HKD),
    F("cat", 4, "a net profit of HK$9.888 billion", 9.888e9, HKD),
    F("cat", 5, "HK$9.89 billion", 9.89e9, HKD),
    F("cat", 6, "net profit stood at $9.89 billion", 9.89e9, HKD),
    F("cat", 7, "股东应占溢利约99亿元", 99e8, HKD, q="approx"),
    F("cat", 8, "股东应占溢利98.88亿元", 98.88e8, HKD),
    F("cat", 9, "至99億元", 99e8, HKD),
    F("cat", 9, "純利98.88億元", 98.88e8, HKD),
    F("cat", 10, "录得应占溢利为港币99亿港元", 99e8, HKD),
]
G("cat_profit_2024_hkd", CAT, "Cathay's 2024 profit attributable to shareholders: 98.88亿 / HK$9.888 billion three times against HK$9.9 billion four times, 约99亿, HK$9.89 billion twice and chinadailyhk's HK$9.88 billion",
  "Cathay Pacific (group)", "profit attributable to shareholders", "2024",
  "9.9 / 99亿 round 9.888 and 9.89: rounding; 9.89 rounds 9.888: rounding; 约99亿 holds them all: consistent. "
  "chinadailyhk's 9.88 (to 0.01) is neither 9.888 nor 9.89: conflict (a truncation). myluxepro writes '$' for the "
  "HK$ figures (its 104.37 / 9.89 are the HK$ numbers). The 文匯 heading's 99億 against the page's own 98.88億: "
  "rounding inside one page.", ms)
ms = [
    F("cat", 1, "up by 1% on year prior", 1, PC),
    F("cat", 2, "Net profit edged up 1 percent", 1, PC),
    F("cat", 4, "up 1% year-on-year", 1, PC),
    F("cat", 5, "increased 1% to", 1, PC),
    F("cat", 7, "同比增长1%。", 1, PC),
    F("cat", 8, "2024年溢利同比增长1.01%", 1.01, PC),
    F("cat", 8, "(港币,下同),同比增长1.01%", 1.01, PC),
    F("cat", 9, "多賺1%", 1, PC),
    F("cat", 9, "按年增長1%", 1, PC),
]
G("cat_profit_growth_2024_pc", CAT, "Growth of the 2024 attributable profit: 1.01% (stockstar, twice) against 1% seven times",
  "Cathay Pacific (group)", "attributable profit, year-on-year growth", "2024", "1 rounds 1.01: rounding.", ms)
ms = [
    F("cat", 1, "revenue of HK$104.3bn", 104.3e9, HKD),
    F("cat", 2, "generated HK$104.37 billion", 104.37e9, HKD),
    F("cat", 4, "to HK$104.371 billion", 104.371e9, HKD),
    F("cat", 5, "to HK$104.37 billion", 104.37e9, HKD),
    F("cat", 6, "reaching $104.37 billion", 104.37e9, HKD),
    F("cat", 7, "录得收益1043.71亿元", 1043.71e8, HKD),
    F("cat", 8, "期内,收益1043.71亿元", 1043.71e8, HKD),
    F("cat", 9, "至1043.71億元", 1043.71e8, HKD),
]
G("cat_revenue_2024_hkd", CAT, "Cathay's 2024 revenue: 1043.71亿 / HK$104.371 billion four times against HK$104.37 billion three times and aviationnews' HK$104.3bn",
  "Cathay Pacific (group)", "revenue", "2024",
  "104.37 rounds 104.371: rounding. 104.3 (to 0.1) holds neither (104.4 would round it): conflict (a truncation).", ms)
ms = [
    F("cat", 1, "an increase of 10.5%", 10.5, PC),
    F("cat", 2, "representing a 10.5 percent", 10.5, PC),
    F("cat", 4, "increasing by 10.5%", 10.5, PC),
    F("cat", 5, "revenue grew 10.5%", 10.5, PC),
    F("cat", 6, "Total revenue surged by over 10%", 10, PC, q="over"),
    F("cat", 7, "同比增长10.5%", 10.5, PC),
    F("cat", 8, "同比增长10.46%", 10.46, PC),
    F("cat", 9, "按年增10.5%", 10.5, PC),
]
G("cat_revenue_growth_2024_pc", CAT, "Growth of Cathay's 2024 revenue: 10.5% six times against stockstar's 10.46% and myluxepro's 'over 10%'",
  "Cathay Pacific (group)", "revenue, year-on-year growth", "2024",
  "10.5 rounds 10.46: rounding. 'Over 10' holds both: consistent.", ms)
ms = [
    F("cat", 1, "carried 22.8 million passengers", 22.8e6, PER),
    F("cat", 6, "carried an impressive 22.8 million passengers", 22.8e6, PER),
    F("cat", 6, "approximately 22.8 million passengers", 22.8e6, PER, q="approx"),
    F("cat", 7, "运载乘客共2280万人次", 2280e4, PER),
    F("cat", 8, "运载乘客共2280万人次", 2280e4, PER),
]
G("cat_pax_2024", CAT, "Passengers carried by Cathay Pacific in 2024: 22.8 million (2280万人次) five times", "Cathay Pacific (airline)",
  "passengers carried", "2024", "Consistent.", ms)
ms = [
    F("cat", 1, "a 26.9% increase over", 26.9, PC),
    F("cat", 6, "saw a 26.9% surge", 26.9, PC),
    F("cat", 6, "increase of 26.9%", 26.9, PC),
    F("cat", 7, "按年增加26.9%", 26.9, PC),
    F("cat", 8, "较2023年增加26.9%", 26.9, PC),
]
G("cat_pax_growth_2024_pc", CAT, "Growth of Cathay Pacific's passenger numbers in 2024: 26.9% five times", "Cathay Pacific (airline)",
  "passengers carried, year-on-year growth", "2024", "Consistent.", ms)
ms = [
    F("cat", 1, "up to HK$62.5bn", 62.5e9, HKD),
    F("cat", 6, "passenger revenue of $62.6 billion", 62.6e9, HKD),
    F("cat", 7, "客运收益逾625亿元", 625e8, HKD, q="over"),
    F("cat", 8, "客运收益为625.95亿元", 625.95e8, HKD),
]
G("cat_paxrev_2024_hkd", CAT, "Cathay Pacific's 2024 passenger revenue: 625.95亿 against HK$62.5bn, $62.6 billion and 逾625亿",
  "Cathay Pacific (airline)", "passenger revenue", "2024",
  "62.6 rounds 62.595: rounding. 62.5 (to 0.1) is a truncation of 62.595: conflict, and against 62.6 conflict. "
  "逾625亿 (over 62.5 billion) holds all: consistent.", ms)
ms = [
    F("cat", 1, "increase of 11.9% during the year", 11.9, PC),
    F("cat", 5, "an 11.9% increase in passenger revenue", 11.9, PC),
    F("cat", 6, "up 11.9% compared", 11.9, PC),
    F("cat", 7, "较2023年增加11.9%", 11.9, PC),
    F("cat", 8, "较2023年增加11.9%", 11.9, PC),
]
G("cat_paxrev_growth_2024_pc", CAT, "Growth of the 2024 passenger revenue: 11.9% five times", "Cathay Pacific (airline)",
  "passenger revenue, year-on-year growth", "2024", "Consistent.", ms)
ms = [
    F("cat", 1, "a 30.6% increase in capacity", 30.6, PC),
    F("cat", 8, "可用座位千米增加30.6%", 30.6, PC),
]
G("cat_capacity_growth_2024_pc", CAT, "Growth of Cathay Pacific's passenger capacity (ASK) in 2024: 30.6% twice", "Cathay Pacific (airline)",
  "available seat kilometres, growth", "2024", "Consistent.", ms)
ms = [
    F("cat", 1, "cargo revenue also increased to HK$24bn", 24e9, HKD),
    F("cat", 7, "全年录得收益240亿元", 240e8, HKD),
    F("cat", 8, "货运收益为240亿元", 240e8, HKD),
]
G("cat_cargorev_2024_hkd", CAT, "Cathay Cargo's 2024 revenue: HK$24bn / 240亿 three times", "Cathay Cargo", "cargo revenue", "2024",
  "Consistent.", ms)
ms = [
    F("cat", 1, "an increase of 8.3%", 8.3, PC),
    F("cat", 5, "a 8.3% rise in cargo revenue", 8.3, PC),
    F("cat", 8, "增加8.3%", 8.3, PC),
]
G("cat_cargorev_growth_2024_pc", CAT, "Growth of the 2024 cargo revenue: 8.3% three times", "Cathay Cargo", "cargo revenue, growth", "2024",
  "Consistent.", ms)
ms = [
    F("cat", 1, "full-year loss of HK$400 million", 400e6, HKD),
    F("cat", 4, "annual loss of HK$400 million", 400e6, HKD),
    F("cat", 9, "年度虧損4億元", 4e8, HKD),
]
G("cat_hkx_loss_2024_hkd", CAT, "HK Express's 2024 loss: HK$400 million / 4億 three times", "HK Express", "annual loss", "2024",
  "Consistent.", ms)
ms = [
    F("cat", 1, "profit of HK$433 million", 433e6, HKD),
    F("cat", 4, "profit of HK$433 million", 433e6, HKD),
    F("cat", 9, "2023年則賺4.33億元", 4.33e8, HKD),
]
G("cat_hkx_profit_2023_hkd", CAT, "HK Express's 2023 profit: HK$433 million / 4.33億 three times", "HK Express", "annual profit", "2023",
  "Consistent.", ms)
ms = [
    F("cat", 1, "passenger yields dropped 11.8%", 11.8, PC),
    F("cat", 5, "passenger yields declined 11.8%", 11.8, PC),
    F("cat", 6, "decline in yields by 11.8%", 11.8, PC),
    F("cat", 8, "收益率下跌11.8%", 11.8, PC),
    F("cat", 9, "按年下跌11.85%", 11.85, PC),
]
G("cat_yield_fall_2024_pc", CAT, "Fall of Cathay Pacific's passenger yield in 2024: 11.8% four times against 文匯's 11.85%",
  "Cathay Pacific (airline)", "passenger yield, year-on-year fall", "2024", "11.8 rounds 11.85 (at the boundary): rounding by auto.", ms)
ms = [
    F("cat", 2, "combined passenger increase of over 30 percent", 30, PC, q="over"),
    F("cat", 7, "全年乘客量共增加逾30%", 30, PC, q="over"),
    F("cat", 10, "全年乘客量总共增加超过30%", 30, PC, q="over"),
    F("cat", 11, "marking a 30.7% annual increase", 30.7, PC),
]
G("cat_group_pax_growth_2024_pc", CAT, "Growth of the passengers of Cathay Pacific and HK Express together in 2024: 'over 30%' three times and 30.7%",
  "Cathay Pacific and HK Express", "passengers carried, growth", "2024", "'Over 30' holds 30.7: consistent.", ms)
ms = [
    F("cat", 2, "tonnage rose by 11 percent", 11, PC),
    F("cat", 7, "整体载货吨数增加10.9%", 10.9, PC),
    F("cat", 8, "整体载货吨数增加10.9%", 10.9, PC),
    F("cat", 10, "载货量较2023年增加11%", 11, PC),
    F("cat", 11, "up 11% from 2023", 11, PC),
]
G("cat_cargo_tonnage_growth_2024_pc", CAT, "Growth of Cathay Cargo's tonnage in 2024: 10.9% twice against 11% three times",
  "Cathay Cargo", "cargo tonnage, growth", "2024", "11 rounds 10.9: rounding.", ms)
ms = [
    F("cat", 2, "yields also climbing around 3 percent", 3, PC, q="approx"),
    F("cat", 7, "收益率上升2.9《", 2.9, PC, vt="2.9"),
    F("cat", 8, "收益率则上升2.9%", 2.9, PC),
    F("cat", 10, "收益率则上升约3%", 3, PC, q="approx"),
]
G("cat_cargo_yield_growth_2024_pc", CAT, "Rise of the cargo yield in 2024: 2.9% twice (techray's with an advert inside the figure) and 'around 3%' twice",
  "Cathay Cargo", "cargo yield, growth", "2024", "'About 3' holds 2.9: consistent.", ms)
ms = [
    F("cat", 8, "至150万吨", 150e4, T, vt="150万"),
    F("cat", 11, "reached 1.5 million tonnes", 1.5e6, T),
]
G("cat_cargo_tonnes_2024", CAT, "Cathay's 2024 cargo carried: 150万吨 / 1.5 million tonnes", "Cathay Cargo", "cargo carried", "2024", "Consistent.", ms)
ms = [
    F("cat", 2, "second interim dividend of 49 Hong Kong cents", 0.49, HKD, mult=0.01),
    F("cat", 4, "second interim dividend of HK$0.49", 0.49, HKD),
    F("cat", 5, "second interim dividend of HK$0.49", 0.49, HKD),
    F("cat", 8, "派第二次中期股息每股0.49港元", 0.49, HKD),
    F("cat", 8, "每股普通股0.49元", 0.49, HKD),
    F("cat", 9, "派第二次中期息0.49元", 0.49, HKD),
]
G("cat_div2_2024_hkd", CAT, "The second interim dividend for 2024: HK$0.49 (49 cents) six times", "Cathay Pacific", "second interim dividend per share",
  "2024", "Consistent.", ms)
ms = [
    F("cat", 2, "annual payout to 69 Hong Kong cents", 0.69, HKD, mult=0.01),
    F("cat", 4, "total annual dividend to HK$0.69", 0.69, HKD),
    F("cat", 6, "amounting to $0.69 per share", 0.69, HKD),
    F("cat", 9, "全年共派0.69元", 0.69, HKD),
]
G("cat_div_2024_hkd", CAT, "Total dividend for 2024: HK$0.69 (69 cents) four times", "Cathay Pacific", "dividend per share, full year", "2024",
  "Consistent.", ms)
ms = [
    F("cat", 4, "a significant 60.5% increase", 60.5, PC),
    F("cat", 6, "a 60.5% increase in dividends", 60.5, PC),
    F("cat", 9, "按年增60.5%", 60.5, PC),
]
G("cat_div_growth_2024_pc", CAT, "Growth of the 2024 dividend: 60.5% three times", "Cathay Pacific", "dividend per share, growth", "2024", "Consistent.", ms)
ms = [
    F("cat", 4, "a 14% increase compared", 14, PC),
    F("cat", 9, "按年增14%", 14, PC),
]
G("cat_div2_growth_2024_pc", CAT, "Growth of the second interim dividend: 14% twice", "Cathay Pacific", "second interim dividend, growth", "2024",
  "Consistent.", ms)
ms = [
    F("cat", 4, "dividend yield of 6.18%", 6.18, PC),
    F("cat", 9, "最新股息率6.18厘", 6.18, PC, vt="6.18"),
]
G("cat_div_yield_pc", CAT, "Latest dividend yield at the results: 6.18% / 6.18厘", "Cathay Pacific shares", "dividend yield", "March 2025 (at the results)",
  "Consistent.", ms)
ms = [
    F("cat", 6, "basic EPS rising to 149.2 cents", 1.492, HKD, mult=0.01),
    F("cat", 8, "每股基本盈利149.2仙", 1.492, HKD, mult=0.01),
]
G("cat_eps_2024_hkd", CAT, "Basic earnings per share 2024: 149.2 cents twice", "Cathay Pacific", "basic earnings per share", "2024", "Consistent.", ms)
ms = [
    F("cat", 6, "increases of 6.0%", 6.0, PC),
    F("cat", 8, "同比增长5.97%", 5.97, PC),
]
G("cat_eps_growth_2024_pc", CAT, "Growth of basic EPS in 2024: myluxepro's 6.0% against stockstar's 5.97%", "Cathay Pacific",
  "basic earnings per share, growth", "2024", "6.0 rounds 5.97: rounding.", ms)
ms = [
    F("cat", 3, "a profit of HK$9.8 billion in 2023", 9.8e9, HKD),
    F("cat", 5, "from HK$9.79 billion", 9.79e9, HKD),
    F("cat", 10, "2023年的应占溢利则为港币98亿港元", 98e8, HKD),
]
G("cat_profit_2023_hkd", CAT, "Cathay's 2023 attributable profit: HK$9.79 billion against HK$9.8 billion and 98亿", "Cathay Pacific (group)",
  "profit attributable to shareholders", "2023", "9.8 / 98亿 round 9.79: rounding.", ms)
ms = [
    F("cat", 4, "a 9% increase in passenger revenue", 9, PC),
    F("cat", 9, "客運收益按年增9%", 9, PC),
]
G("cat_hkx_paxrev_growth_pc", CAT, "Growth of HK Express's 2024 passenger revenue: 9% twice", "HK Express", "passenger revenue, growth", "2024", "Consistent.", ms)
ms = [
    F("cat", 4, "to HK$5.994 billion", 5.994e9, HKD),
    F("cat", 9, "至59.94億元", 59.94e8, HKD, vt="59.94億"),
]
G("cat_hkx_paxrev_hkd", CAT, "HK Express's 2024 passenger revenue: HK$5.994 billion / 59.94億", "HK Express", "passenger revenue", "2024", "Consistent.", ms)
ms = [
    F("cat", 4, "a loss of HK$73 million", 73e6, HKD),
    F("cat", 9, "上半年虧損7300萬元", 7300e4, HKD),
]
G("cat_hkx_h1loss_hkd", CAT, "HK Express's first-half 2024 loss: HK$73 million / 7300萬", "HK Express", "loss", "first half of 2024", "Consistent.", ms)
ms = [
    F("cat", 4, "a record 7,000 new employees", 7000, PER),
    F("cat", 9, "培訓約7000名新員工", 7000, PER, q="approx"),
]
G("cat_hires_2024", CAT, "New employees hired and trained in 2024: 7,000 and 约7000", "Cathay group", "new employees", "2024", "Consistent.", ms)
ms = [
    F("cat", 4, "total workforce to over 30,000", 30000, PER, q="over"),
    F("cat", 9, "現已超過3萬人", 3e4, PER, q="over"),
]
G("cat_staff_now", CAT, "Workforce at the results: over 30,000 / 超過3萬", "Cathay group", "employees", "March 2025", "Consistent.", ms)
ms = [
    F("cat", 4, "add another 4,000 employees", 4000, PER),
    F("cat", 9, "目標再增加4000人", 4000, PER),
]
G("cat_staff_add_2025", CAT, "Planned additional employees in 2025: 4,000 twice", "Cathay group", "planned new employees", "2025", "Consistent.", ms)
ms = [
    F("cat", 4, "a total of 34,000", 34000, PER),
    F("cat", 9, "至3.4萬人", 3.4e4, PER),
]
G("cat_staff_target_2025", CAT, "Workforce target for the end of 2025: 34,000 / 3.4萬", "Cathay group", "employees (target)", "end of 2025", "Consistent.", ms)
ms = [
    F("cat", 8, "至67.3仙", 0.673, HKD, mult=0.01, vt="67.3"),
    F("cat", 9, "乘客收益率為67.3仙", 0.673, HKD, mult=0.01),
]
G("cat_yield_2024_hkd", CAT, "Cathay Pacific's 2024 passenger yield: 67.3 cents twice", "Cathay Pacific (airline)", "passenger yield", "2024", "Consistent.", ms)
# cat singles and non-claims
NC("cat", 1, "growth during 2024", "date")
S("cat", 1, "($1.58bn)", vt="1.58bn", value=1.58e9, unit=USD)
S("cat", 1, "($13.4bn)", vt="13.4bn", value=13.4e9, unit=USD)
S("cat", 1, "($8.04bn)", vt="8.04bn", value=8.04e9, unit=USD)
S("cat", 1, "($3.08bn)", vt="3.08bn", value=3.08e9, unit=USD)
NC("cat", 1, "on 2023 results", "date")
NC("cat", 1, "“2024 marked", "date")
S("cat", 1, "($51.4 million)", vt="51.4 million", value=51.4e6, unit=USD)
S("cat", 1, "($55.7 million)", vt="55.7 million", value=55.7e6, unit=USD)
S("cat", 1, "a 47.1% increase in HK Express passenger numbers", value=47.1, unit=PC)
NC("cat", 1, "numbers during 2024", "date")
NC("cat", 1, "its A320neo fleet", "name")
NC("cat", 1, "some aircraft in 2024", "date")
NC("cat", 1, "in January 2025", "date")
NC("cat", 2, "According to its 2024 annual results", "date")
S("cat", 2, "($13.43 billion)", vt="13.43 billion", value=13.43e9, unit=USD)
NC("cat", 2, "latter half of 2024", "date")
NC("cat", 2, "financial performance in 2024, said", "date")
NC("cat", 2, "very well in 2024", "date")
S("cat", 2, "fell more than 9 percent", value=9, unit=PC, q="over")
NC("cat", 3, "its 2024 net profit", "date")
S("cat", 3, "attributable profit of HK$8.8 billion", value=8.8e9, unit=HKD)
NC("cat", 3, "full year of 2024", "date")
S("cat", 3, "versus a profit of HK$9.2 billion", value=9.2e9, unit=HKD)
S("cat", 3, "full-year profit of HK$288 million", value=288e6, unit=HKD)
S("cat", 3, "a loss of HK$1.6 billion", value=1.6e9, unit=HKD)
NC("cat", 4, "Cathay Pacific (00293)", "stock_code")
NC("cat", 4, "announced its 2024 results", "date")
NC("cat", 5, "(HK:0293)", "stock_code")
NC("cat", 5, "December 31, 2024", "date")
S("cat", 5, "($1.27 billion)", vt="1.27 billion", value=1.27e9, unit=USD)
S("cat", 5, "profit margin declined to 9.5%", value=9.5, unit=PC)
S("cat", 5, "from 10.4%", value=10.4, unit=PC)
S("cat", 5, "rose 0.5%", value=0.5, unit=PC)
S("cat", 5, "to HK$11.16", value=11.16, unit=HKD)
NC("cat", 5, "04:30 GMT", "time")
NC("cat", 5, "since May 2019", "date")
NC("cat", 6, "for the year 2024", "date")
S("cat", 6, "diluted EPS at 133.2 cents", vt="133.2", value=1.332, unit=HKD, mult=0.01)
S("cat", 6, "and 5.9%, respectively", value=5.9, unit=PC)
NC("cat", 7, "中新社香港3月12日电", "date")
NC("cat", 7, "12日在香港", "date")
NC("cat", 7, "继2023年首度", "date")
NC("cat", 7, "国泰航空和香港快运2024年", "date")
NC("cat", 7, "国泰货运2024年", "date")
NC("cat", 7, "2024年下半年", "date")
NC("cat", 8, "(原标题:国泰航空(00293)", "stock_code")
NC("cat", 8, "金吾财讯 | 国泰航空(00293)", "stock_code")
S("cat", 8, "而以收入乘客千米计算的客运量则增加26.8%", value=26.8, unit=PC)
S("cat", 8, "平均每日载客6.25万人次", vt="6.25万", value=6.25e4, unit=PER)
S("cat", 8, "运载率为83.2%", value=83.2, unit=PC)
S("cat", 8, "2023年则为85.7%", vt="85.7%", value=85.7, unit=PC)
S("cat", 8, "可用货运吨千米增加8.6%", value=8.6, unit=PC)
S("cat", 8, "货运量增加5.0%", value=5.0, unit=PC)
S("cat", 8, "运载率为59.9%", value=59.9, unit=PC)
S("cat", 8, "2023年为62.0%", vt="62.0%", value=62.0, unit=PC)
S("cat", 8, "至2.82元", vt="2.82", value=2.82, unit=HKD)
NC("cat", 9, "2025-03-12", "date")
NC("cat", 9, "國泰航空(00293)", "stock_code")
NC("cat", 9, "公布2024年業績", "date")  # audit: the results year, as cat-04's 'announced its 2024 results'
NC("cat", 9, "於今年1月起", "date")
S("cat", 9, "疫情前100%水平", value=100, unit=PC)
S("cat", 9, "香港快運乘客收益率為52.2仙", vt="52.2", value=0.522, unit=HKD, mult=0.01)
S("cat", 9, "少22.8%", value=22.8, unit=PC)
S("cat", 9, "有5架空中巴士", value=5, unit=CNT)
NC("cat", 9, "A320 neo", "name")
NC("cat", 10, "国泰集团公布2024全年业绩", "date")
NC("cat", 10, "2025年03月12日17:04", "date")
NC("cat", 10, "3月12日,国泰集团", "date")
NC("cat", 10, "公布2024年全年业绩", "date")
NC("cat", 10, "与2023年比较", "date")
NC("cat", 10, "迎来2024年稳健", "date")
NC("cat", 10, "香港快运于2024年经历", "date")
NC("cat", 10, "空客A320neo客机", "name")
S("cat", 11, "carried 2.25 million passengers", vt="2.25 million", value=2.25e6, unit=PER)
NC("cat", 11, "in December 2024", "date")
S("cat", 11, "up 26.4% year-on-year", value=26.4, unit=PC)
S("cat", 11, "load factor of 84.8%", value=84.8, unit=PC)
S("cat", 11, "transported over 28 million passengers", vt="28 million", value=28e6, unit=PER, q="over")
S("cat", 11, "carried 143,564 tonnes", value=143564, unit=T)
S("cat", 11, "an 11.7% rise", value=11.7, unit=PC)
NC("cat", 11, "compared to December 2023", "date")
NC("cat", 11, " date 2025-01-21", "date")
NC("cat", 12, " date 2026-03-11", "date")
NC("cat", 12, "國泰航空(293)", "stock_code")
S("cat", 12, "全年純利108.28億元", vt="108.28億", value=108.28e8, unit=HKD)
S("cat", 12, "按年多9.5%", value=9.5, unit=PC)
S("cat", 12, "收益1,167.66億元", vt="1,167.66億", value=1167.66e8, unit=HKD)
S("cat", 12, "升11.9%", value=11.9, unit=PC)
S("cat", 12, "每股盈利165.5仙", vt="165.5", value=1.655, unit=HKD, mult=0.01)
S("cat", 12, "第二次中期股息0.64元", value=0.64, unit=HKD)
S("cat", 12, "逾11星期", vt="11", value=11, unit="weeks", q="over")
S("cat", 12, "收市報13.17元", value=13.17, unit=HKD)
S("cat", 12, "升4.3%", value=4.3, unit=PC)
ms = [
    F("cat", 12, "香港快運虧損 9.96 億", 9.96e8, HKD, vt="9.96 億"),
    F("cat", 12, "稅項前虧損9.96億元", 9.96e8, HKD, vt="9.96億"),
]
G("cat_hkx_loss_2025_hkd", CAT, "HK Express's 2025 loss before net finance charges and tax: 9.96億 twice on am730 (heading and text)", "HK Express",
  "loss before net finance charges and tax", "2025", "Consistent.", ms)
S("cat", 12, "2024年虧損2.04零元", vt="2.04", value=2.04, unit=HKD, note="garbled as written (2.04零元; the 2024 pre-tax loss, 2.04億 in the source): kept at the written value")

# ============================================================ Kweichow Moutai results
PRE = OTHER({"prelim"})
ms = [
    F("mtl", 1, "营业总收入1505.60亿元", 1505.60e8, CNY),
    F("mtl", 2, "公司实现营收1,505.60亿元", 1505.60e8, CNY),
    F("mtl", 4, "预计实现营业收入1495亿元", 1495e8, CNY, basis="prelim"),
]
G("mtl_rev_2023_cny", MTL, "Moutai's 2023 total operating revenue: 1505.60亿 twice; the January preliminary estimate 1495亿 (chilli) apart",
  "Kweichow Moutai", "total operating revenue", "2023",
  "Consistent. chilli's 1495亿 is the company's preliminary estimate ('预计'): different_basis with auto's conflict as alt (OTHER).", ms, PRE)
ms = [
    F("mtl", 1, "同比增长18.04%", 18.04, PC),
    F("mtl", 2, "同比增长18.04%", 18.04, PC),
    F("mtl", 4, "同比增長(cháng)17.20%", 17.20, PC, basis="prelim"),
]
G("mtl_rev_growth_2023_pc", MTL, "Growth of the 2023 total operating revenue: 18.04% twice; the preliminary 17.20% apart", "Kweichow Moutai",
  "total operating revenue, growth", "2023", "Consistent; the estimate: different_basis, conflict as alt (OTHER).", ms, PRE)
ms = [
    F("mtl", 1, "净利润747.34亿元", 747.34e8, CNY),
    F("mtl", 5, "its 2023 net profit came at 74.73 billion yuan", 74.73e9, CNY),
    F("mtl", 4, "预计实现净利润735亿元", 735e8, CNY, basis="prelim"),
]
G("mtl_np_2023_cny", MTL, "Moutai's 2023 net profit attributable to shareholders: 747.34亿 against marketscreener's 74.73 billion; the preliminary 735亿 apart",
  "Kweichow Moutai", "net profit attributable to shareholders", "2023",
  "74.73 rounds 74.734: rounding. The estimate: different_basis, conflict as alt (OTHER).", ms, PRE)
ms = [
    F("mtl", 1, "19.16%的业绩增速", 19.16, PC),
    F("mtl", 1, "同比增长19.16%", 19.16, PC),
    F("mtl", 5, "a 19% rise in annual net profit", 19, PC),
    F("mtl", 1, "净利润增速约17.2%", 17.2, PC, q="approx", basis="prelim"),
    F("mtl", 4, "同比增長(cháng)17.2%", 17.2, PC, basis="prelim"),
]
G("mtl_np_growth_2023_pc", MTL, "Growth of the 2023 attributable net profit: 19.16% twice against 19%; the preliminary estimate 约17.2% / 17.2% apart",
  "Kweichow Moutai", "net profit attributable to shareholders, growth", "2023",
  "19 rounds 19.16: rounding. The preliminary figures (shanghaiyincai's '此前...预计', chilli's '预计'): different_basis, "
  "conflict as alt (OTHER); 约17.2 and 17.2 agree.", ms, PRE)
ms = [
    F("mtl", 2, "年度净利润775.22亿元", 775.22e8, CNY),
    F("mtl", 2, "本期净利润为775.22亿元", 775.22e8, CNY),
]
G("mtl_np_total_2023_cny", MTL, "beawan's 2023 net profit including minority interests: 775.22亿 twice (a different measure from the attributable 747.34亿)",
  "Kweichow Moutai", "net profit (including minority interests)", "2023", "Consistent.", ms)
ms = [
    F("mtl", 2, "业绩同比增长18.58%", 18.58, PC),
    F("mtl", 2, "净利润同比增长18.58%", 18.58, PC),
    F("mtl", 2, "同比增长18.58%", 18.58, PC, nth=3),
]
G("mtl_np_total_growth_2023_pc", MTL, "beawan's growth of that net profit: 18.58% three times", "Kweichow Moutai",
  "net profit (including minority interests), growth", "2023", "Consistent.", ms)
ms = [
    F("mtl", 5, "dividend of CNY308.76", 308.76, CNY),
    F("mtl", 9, "cash dividend of RMB 308.76", 308.76, CNY),
    F("mtl", 10, "cash dividend of RMB 308.76", 308.76, CNY),
]
G("mtl_div_per10_2023_cny", MTL, "Moutai's 2023 final dividend: 308.76 yuan per 10 shares three times", "Kweichow Moutai",
  "cash dividend per 10 shares", "2023 (final)", "Consistent.", ms)
ms = [
    F("mtl", 9, "total capital of 1,256,197,800 shares", 1256197800, CNT),
    F("mtl", 10, "total capital of 1256197800 shares", 1256197800, CNT),
]
G("mtl_shares_2023", MTL, "Total shares at the end of 2023: 1,256,197,800 twice (9fzt without commas)", "Kweichow Moutai", "total shares",
  "end of 2023", "Consistent.", ms)
ms = [
    F("mtl", 9, "RMB 38,786,363,272.80", 38786363272.80, CNY),
    F("mtl", 10, "RMB 38786363272.80", 38786363272.80, CNY),
]
G("mtl_div_total_2023_cny", MTL, "Total profit distribution proposed for 2023: RMB 38,786,363,272.80 twice", "Kweichow Moutai",
  "total cash dividend (final, proposed)", "2023 (final)", "Consistent.", ms)
ms = [
    F("mtl", 3, "营业总收入约706亿元", 706e8, CNY, q="approx"),
    F("mtl", 8, "approximately 70.6 billion yuan", 70.6e9, CNY, q="approx"),
]
G("mtl_h1_rev_2023_cny", MTL, "Moutai's H1 2023 total operating revenue (preliminary, July 2023): 约706亿 / about 70.6 billion", "Kweichow Moutai",
  "total operating revenue (preliminary)", "first half of 2023", "Consistent.", ms)
ms = [
    F("mtl", 3, "同比增长18.8%左右", 18.8, PC, q="approx"),
    F("mtl", 8, "an increase of about 18.8%", 18.8, PC, q="approx"),
]
G("mtl_h1_rev_growth_2023_pc", MTL, "Its growth: about 18.8% twice", "Kweichow Moutai", "total operating revenue, growth (preliminary)",
  "first half of 2023", "Consistent.", ms)
ms = [
    F("mtl", 3, "2023上半年净利润为356亿元", 356e8, CNY, q="approx"),
    F("mtl", 3, "净利润356亿元左右", 356e8, CNY, q="approx"),
    F("mtl", 8, "approximately 35.6 billion yuan", 35.6e9, CNY, q="approx"),
]
G("mtl_h1_np_2023_cny", MTL, "Moutai's H1 2023 attributable net profit (preliminary): about 356亿 / 35.6 billion three times", "Kweichow Moutai",
  "net profit attributable to shareholders (preliminary)", "first half of 2023", "Consistent.", ms)
ms = [
    F("mtl", 3, "同比增长约19.5%", 19.5, PC, q="approx"),
    F("mtl", 3, "同比增长19.5%左右", 19.5, PC, q="approx"),
    F("mtl", 8, "an increase of about 19.5%", 19.5, PC, q="approx"),
]
G("mtl_h1_np_growth_2023_pc", MTL, "Its growth: about 19.5% three times", "Kweichow Moutai", "net profit growth (preliminary)",
  "first half of 2023", "Consistent.", ms)
ms = [
    F("mtl", 3, "归母净利润207.95亿元", 207.95e8, CNY),
    F("mtl", 6, "net profit of about 20.8 billion yuan", 20.8e9, CNY, q="approx"),
]
G("mtl_q1_np_2023_cny", MTL, "Moutai's Q1 2023 attributable net profit: 207.95亿 against Xinhua's 'about 20.8 billion'", "Kweichow Moutai",
  "net profit attributable to shareholders", "first quarter of 2023", "'About 20.8' holds 20.795: consistent.", ms)
ms = [
    F("mtl", 3, "同比增长20.59%", 20.59, PC),
    F("mtl", 6, "up 20.59 percent", 20.59, PC),
]
G("mtl_q1_np_growth_2023_pc", MTL, "Its growth: 20.59% twice", "Kweichow Moutai", "net profit growth", "first quarter of 2023", "Consistent.", ms)
ms = [
    F("mtl", 3, "营业总收入393.79亿元", 393.79e8, CNY),
    F("mtl", 6, "approximately 38.76 billion yuan", 38.76e9, CNY, q="approx", basis="opr"),
]
G("mtl_q1_rev_2023_cny", MTL, "Moutai's Q1 2023 revenue: sinchew's total operating revenue (营业总收入) 393.79亿 against Xinhua's 'revenue ... approximately 38.76 billion'",
  "Kweichow Moutai", "total operating revenue", "first quarter of 2023",
  "Xinhua's figure is operating revenue (营业收入), a narrower measure than 营业总收入: different_basis, with auto's "
  "conflict as alt (OTHER).", ms, OTHER({"opr"}))
ms = [
    F("mtl", 3, "同比增长18.66%", 18.66, PC),
    F("mtl", 6, "revenue climbed 20 percent", 20, PC, basis="opr"),
]
G("mtl_q1_rev_growth_2023_pc", MTL, "Growth of that revenue: 18.66% (营业总收入) against Xinhua's 20 percent (operating revenue)", "Kweichow Moutai",
  "total operating revenue, growth", "first quarter of 2023", "Different measures: different_basis, auto's rounding as alt (OTHER).", ms, OTHER({"opr"}))
ms = [
    F("mtl", 6, "reached 127.6 billion yuan in 2022", 127.6e9, CNY),
    F("mtl", 7, "reached 127.6 billion yuan", 127.6e9, CNY),
]
G("mtl_rev_2022_cny", MTL, "Moutai's 2022 operating revenue (Xinhua): 127.6 billion twice", "Kweichow Moutai", "operating revenue", "2022", "Consistent.", ms)
ms = [
    F("mtl", 7, "up 16.5 percent in 2022", 16.5, PC),
    F("mtl", 7, "up 16.53 percent", 16.53, PC),
]
G("mtl_rev_growth_2022_pc", MTL, "Its growth: people.cn's heading 16.5% against its text 16.53%", "Kweichow Moutai", "operating revenue, growth", "2022",
  "16.5 rounds 16.53 inside one page: rounding (consistent as alt).", ms)
ms = [
    F("mtl", 6, "rose 19.55 percent", 19.55, PC),
    F("mtl", 7, "rose 19.55 percent", 19.55, PC),
]
G("mtl_np_growth_2022_pc", MTL, "Growth of the 2022 net profit: 19.55% twice", "Kweichow Moutai", "net profit growth", "2022", "Consistent.", ms)
ms = [
    F("mtl", 6, "to 62.7 billion yuan", 62.7e9, CNY),
    F("mtl", 7, "to 62.7 billion yuan", 62.7e9, CNY),
]
G("mtl_np_2022_cny", MTL, "Moutai's 2022 net profit: 62.7 billion twice", "Kweichow Moutai", "net profit", "2022", "Consistent.", ms)
# mtl singles and non-claims
NC("mtl", 1, "4月2日晚间", "date")
NC("mtl", 1, "(600519.SH", "stock_code")
NC("mtl", 1, "发布了2023年年报", "date")
S("mtl", 1, "利润总额1036.63亿元", vt="1036.63亿", value=1036.63e8, unit=CNY)
S("mtl", 1, "同比增长18.20%", value=18.20, unit=PC)
NC("mtl", 1, "茅台1935", "name")
S("mtl", 1, "单品营收超40亿元", vt="40亿", value=40e8, unit=CNY, q="over")
S("mtl", 1, "单品营收分别超10亿元", vt="10亿", value=10e8, unit=CNY, q="over")
S("mtl", 1, "营业收入1265.89亿元", vt="1265.89亿", value=1265.89e8, unit=CNY)
S("mtl", 1, "毛利率为94.12%", value=94.12, unit=PC)
S("mtl", 1, "营业收入206.3亿元", vt="206.3亿", value=206.3e8, unit=CNY)
S("mtl", 1, "毛利率为79.76%", value=79.76, unit=PC)
NC("mtl", 2, "贵州茅台(600519)", "stock_code")
NC("mtl", 2, "2023年年报解读", "date")
NC("mtl", 2, "净利润近10年", "duration", nth=1)
NC("mtl", 2, "净利润近10年", "duration", nth=2)
NC("mtl", 2, "于2001年上市", "date")
NC("mtl", 2, "根据贵州茅台2023年年度财报", "date")
S("mtl", 2, "扣非净利润747.53亿元", vt="747.53亿", value=747.53e8, unit=CNY)
S("mtl", 2, "同比增长19.05%", value=19.05, unit=PC)
NC("mtl", 2, "1、", "list_number")
S("mtl", 2, "去年同期653.76亿元", vt="653.76亿", value=653.76e8, unit=CNY)
NC("mtl", 3, "(上海14日讯)", "date")
NC("mtl", 3, "星期四(13日)", "date")
S("mtl", 3, "约225.7亿令吉", vt="225.7亿", value=225.7e8, unit="MYR", q="approx")
S("mtl", 3, "茅台酒营业收入591亿元左右", vt="591亿", value=591e8, unit=CNY, q="approx")
S("mtl", 3, "系列酒营业收入99亿元左右", vt="99亿", value=99e8, unit=CNY, q="approx")
NC("mtl", 3, "2020年至2022同一时期", "date")
S("mtl", 3, "分别为10.84%", value=10.84, unit=PC)
S("mtl", 3, "、11.15%", value=11.15, unit=PC)
S("mtl", 3, "和17.2%", value=17.2, unit=PC)
S("mtl", 3, "分别为13.29%", value=13.29, unit=PC)
S("mtl", 3, "、9.08%", value=9.08, unit=PC)
S("mtl", 3, "和20.85%", value=20.85, unit=PC)
NC("mtl", 3, "《2023中国白酒市场中期研究报告》", "name")
S("mtl", 3, "51.43%的受访", value=51.43, unit=PC)
NC("mtl", 3, "2023年一季报", "date")
S("mtl", 3, "同比增长15%左右", value=15, unit=PC, q="approx")
NC("mtl", 4, "1. 超级航母", "list_number")
NC("mtl", 4, "2. 两家", "list_number")
S("mtl", 4, "均超过200亿元", vt="200亿", value=200e8, unit=CNY, q="over")
NC("mtl", 5, " date 2024-04-03", "date")
NC("mtl", 5, "growth in 2024", "date")
S("mtl", 5, "($10.33 billion)", vt="10.33 billion", value=10.33e9, unit=USD)
S("mtl", 5, "CNY147.69 billion", vt="147.69 billion", value=147.69e9, unit=CNY, note="operating revenue (营业收入), not the total operating revenue")
S("mtl", 5, "up 19% from the previous year", value=19, unit=PC)
NC("mtl", 5, "For 2024, Moutai", "date")
S("mtl", 5, "grow total operating revenue 15%", value=15, unit=PC)
S("mtl", 5, "CNY6.179 billion", vt="6.179 billion", value=6.179e9, unit=CNY)
NC("mtl", 5, "per 10 shares", "unit_base")
S("mtl", 5, "a total of CNY56.55 billion", vt="56.55 billion", value=56.55e9, unit=CNY)
NC("mtl", 5, "cash dividends in 2023", "date")
S("mtl", 5, "accounting for 75.67%", value=75.67, unit=PC)
NC("mtl", 6, "GUIYANG, April 26", "date")
S("mtl", 6, "(about 3 billion U.S. dollars)", vt="3 billion", value=3e9, unit=USD, q="approx")
NC("mtl", 6, "first quarter of 2023", "date")
NC("mtl", 7, " date 2023-03-31", "date")
NC("mtl", 7, "16:34, March 31, 2023", "date")
NC("mtl", 7, "GUIYANG, March 31", "date")
S("mtl", 7, "(about 18.57 billion U.S. dollars)", vt="18.57 billion", value=18.57e9, unit=USD, q="approx")
NC("mtl", 8, "On the evening of July 13", "date")
NC("mtl", 8, "first half of 2023", "date")
NC("mtl", 9, "end of 2023", "date")
NC("mtl", 9, "for every 10 shares", "unit_base")
NC("mtl", 10, "end of 2023", "date")
NC("mtl", 10, "for every 10 shares", "unit_base")

# ============================================================ Pop Mart results
ms = [
    F("ppm", 1, "实现营收130.4亿元", 130.4e8, CNY),
    F("ppm", 2, "实现营收130.4亿元", 130.4e8, CNY),
    F("ppm", 2, "实现营收130.38亿元", 130.38e8, CNY),
    F("ppm", 3, "2024年营收131.22亿元", 131.22e8, CNY),
    F("ppm", 5, "amounted to 13.04 billion yuan", 13.04e9, CNY),
    F("ppm", 6, "more than doubled to 13 billion yuan", 13e9, CNY),
    F("ppm", 7, "more than doubled to 13 billion yuan", 13e9, CNY),
    F("ppm", 8, "revenue of 13.04 billion RMB", 13.04e9, CNY),
    F("ppm", 9, "amounted to 13.04 billion yuan", 13.04e9, CNY),
    F("ppm", 9, "to 13 billion yuan", 13e9, CNY),
]
G("ppm_rev_2024_cny", PPM, "Pop Mart's 2024 revenue: 130.4亿 / 13.04 billion five times, 130.38亿, 13 billion three times and tgb's 131.22亿",
  "Pop Mart", "revenue", "2024",
  "130.4 rounds 130.38 and 13 rounds all of them: rounding (inside oeeee's and investideas' pages, rounding with "
  "consistent as alt). tgb's 131.22 (to 0.01) holds none: conflict with 130.4 and 130.38; 13 rounds it too "
  "(rounding by auto).", ms)
ms = [
    F("ppm", 1, "同比增长106.9%", 106.9, PC),
    F("ppm", 2, "同比增长106.9%", 106.9, PC, nth=1),
    F("ppm", 2, "泡泡玛特2024年同比增长106.9%", 106.9, PC),
    F("ppm", 2, "同比增长106.92%", 106.92, PC),
    F("ppm", 3, "同比增长102%", 102, PC),
    F("ppm", 5, "up 107 percent", 107, PC),
    F("ppm", 8, "increase of 106.9 per cent", 106.9, PC),
    F("ppm", 9, "up 107 percent", 107, PC),
    F("ppm", 9, "revenue up 106.9 percent", 106.9, PC),
]
G("ppm_rev_growth_2024_pc", PPM, "Growth of the 2024 revenue: 106.9% five times, 106.92%, 107% twice and tgb's 102%",
  "Pop Mart", "revenue, year-on-year growth", "2024",
  "106.9 and 107 round 106.92, 107 rounds 106.9: rounding. 102 against the others: conflict.", ms)
ms = [
    F("ppm", 1, "经调整净利润34亿元", 34e8, CNY),
    F("ppm", 2, "经调整净利润34.0亿元", 34.0e8, CNY, nth=1),
    F("ppm", 2, "经调整净利润34.0亿元", 34.0e8, CNY, nth=2),
    F("ppm", 8, "adjusted net profit of 3.4 billion RMB", 3.4e9, CNY),
    F("ppm", 9, "to 3.4 billion yuan", 3.4e9, CNY),
]
G("ppm_adjnp_2024_cny", PPM, "Pop Mart's 2024 adjusted net profit: 34亿 / 34.0亿 / 3.4 billion five times", "Pop Mart",
  "adjusted net profit (non-IFRS)", "2024", "Consistent (investideas calls it 'net profit'; same figure and growth).", ms)
ms = [
    F("ppm", 1, "同比增长185.9%", 185.9, PC),
    F("ppm", 2, "同比增长185.9%", 185.9, PC, nth=1),
    F("ppm", 2, "同比增长185.9%", 185.9, PC, nth=2),
    F("ppm", 8, "up 185.9 per cent", 185.9, PC),
    F("ppm", 9, "surging 185.9 percent", 185.9, PC),
]
G("ppm_adjnp_growth_2024_pc", PPM, "Its growth: 185.9% five times", "Pop Mart", "adjusted net profit, growth", "2024", "Consistent.", ms)
ms = [
    F("ppm", 2, "股东应占溢利31.25亿元", 31.25e8, CNY),
    F("ppm", 5, "net profit of 3.13 billion yuan", 3.13e9, CNY),
    F("ppm", 6, "to 3.1 billion yuan", 3.1e9, CNY),
    F("ppm", 7, "to 3.1 billion yuan", 3.1e9, CNY),
    F("ppm", 9, "Net profit of 3.13 billion yuan", 3.13e9, CNY),
]
G("ppm_np_2024_cny", PPM, "Pop Mart's 2024 profit attributable to owners: 31.25亿 against 3.13 billion twice and 3.1 billion twice",
  "Pop Mart", "profit attributable to owners", "2024", "3.13 and 3.1 round 3.125; 3.1 rounds 3.13: rounding.", ms)
ms = [
    F("ppm", 2, "同比增加188.77%", 188.77, PC),
    F("ppm", 5, "up 189 percent", 189, PC),
    F("ppm", 6, "soared 188 per cent", 188, PC),
    F("ppm", 7, "rose 188% to", 188, PC),
    F("ppm", 9, "up 189 percent", 189, PC),
]
G("ppm_np_growth_2024_pc", PPM, "Growth of that profit: 188.77% against 189% twice and Bloomberg's 188% twice", "Pop Mart",
  "profit attributable to owners, growth", "2024",
  "189 rounds 188.77: rounding. 188 (a truncation) is not 188.77 rounded and differs from 189: conflict.", ms)
ms = [
    F("ppm", 5, "(HK$3.35 billion)", 3.35e9, HKD),
    F("ppm", 9, "(HK$3.35 billion)", 3.35e9, HKD),
]
G("ppm_np_2024_hkd", PPM, "That profit in Hong Kong dollars: HK$3.35 billion twice", "Pop Mart", "profit attributable to owners (HKD conversion)", "2024",
  "Consistent.", ms)
ms = [
    F("ppm", 6, "compared with 1.1 billion yuan", 1.1e9, CNY),
    F("ppm", 7, "compared to 1.1 billion yuan", 1.1e9, CNY),
]
G("ppm_np_2023_cny", PPM, "Net income a year earlier (2023): 1.1 billion twice", "Pop Mart", "net income", "2023", "Consistent.", ms)
ms = [
    F("ppm", 5, "2.71 billion yuan analyst estimate", 2.71e9, CNY),
    F("ppm", 6, "the 2.71 billion yuan", 2.71e9, CNY),
    F("ppm", 7, "the 2.71 billion yuan", 2.71e9, CNY),
]
G("ppm_np_estimate_cny", PPM, "Analysts' estimate of the 2024 profit: 2.71 billion three times", "Pop Mart", "analysts' profit estimate", "2024", "Consistent.", ms)
ms = [
    F("ppm", 1, "中国内地营收79.7亿元", 79.7e8, CNY),
    F("ppm", 5, "revenue of 7.97 billion yuan", 7.97e9, CNY),
    F("ppm", 8, "amounted to 7.97 billion RMB", 7.97e9, CNY),
    F("ppm", 9, "revenue of 7.97 billion yuan", 7.97e9, CNY),
]
G("ppm_mainland_rev_2024_cny", PPM, "Mainland China revenue 2024: 79.7亿 / 7.97 billion four times", "Pop Mart (mainland China)", "revenue", "2024", "Consistent.", ms)
ms = [
    F("ppm", 1, "同比增长52.3%", 52.3, PC),
    F("ppm", 5, "growth of 52.3 percent", 52.3, PC),
    F("ppm", 8, "growth of 52.3 per cent", 52.3, PC),
    F("ppm", 9, "growth of 52.3 percent", 52.3, PC),
]
G("ppm_mainland_growth_2024_pc", PPM, "Its growth: 52.3% four times", "Pop Mart (mainland China)", "revenue growth", "2024", "Consistent.", ms)
ms = [
    F("ppm", 1, "业务营收50.7亿元", 50.7e8, CNY),
    F("ppm", 5, "to 5.07 billion yuan", 5.07e9, CNY),
    F("ppm", 8, "reached 5.07 billion RMB", 5.07e9, CNY),
    F("ppm", 9, "to 5.07 billion yuan", 5.07e9, CNY),
]
G("ppm_overseas_rev_2024_cny", PPM, "Revenue outside the mainland (incl. HK, Macao, Taiwan) 2024: 50.7亿 / 5.07 billion four times", "Pop Mart (outside mainland China)",
  "revenue", "2024", "Consistent.", ms)
ms = [
    F("ppm", 1, "同比增长375.2%", 375.2, PC),
    F("ppm", 8, "up 375.2 per cent", 375.2, PC),
]
G("ppm_overseas_growth_2024_pc", PPM, "Its growth: 375.2% twice", "Pop Mart (outside mainland China)", "revenue growth", "2024", "Consistent.", ms)
ms = [
    F("ppm", 5, "surged 3.75 times", 3.75, TX),
    F("ppm", 9, "surged 3.75 times", 3.75, TX),
]
G("ppm_overseas_growth_2024_x", PPM, "The same growth written 'surged 3.75 times' twice", "Pop Mart (outside mainland China)", "revenue growth (times)", "2024",
  "Consistent.", ms)
ms = [
    F("ppm", 5, "rose to 3 billion yuan", 3e9, CNY),
    F("ppm", 7, "rose to 3 billion yuan", 3e9, CNY),
]
G("ppm_monsters_2024_cny", PPM, "THE MONSTERS (Labubu) revenue 2024: 3 billion twice", "Pop Mart, THE MONSTERS", "revenue", "2024", "Consistent.", ms)
ms = [
    F("ppm", 5, "compared to 368 million yuan", 368e6, CNY),
    F("ppm", 7, "compared to 368 million yuan", 368e6, CNY),
]
G("ppm_monsters_2023_cny", PPM, "THE MONSTERS revenue the year before: 368 million twice", "Pop Mart, THE MONSTERS", "revenue", "2023", "Consistent.", ms)
ms = [
    F("ppm", 5, "over 1,500 percent", 1500, PC, q="over"),
    F("ppm", 7, "over 1,500%", 1500, PC, q="over"),
]
G("ppm_crybaby_growth_2024_pc", PPM, "CRYBABY's revenue growth 2024: 'over 1,500%' twice", "Pop Mart, CRYBABY", "revenue growth", "2024", "Consistent.", ms)
ms = [
    F("ppm", 6, "over 100 million yuan", 100e6, CNY, q="over"),
    F("ppm", 7, "over 100 million yuan", 100e6, CNY, q="over"),
]
G("ppm_ip_threshold_cny", PPM, "The threshold the thirteen IPs passed: 'over 100 million yuan' twice", "Pop Mart, thirteen IPs", "revenue each", "2024", "Consistent.", ms)
ms = [
    F("ppm", 5, "surpassing 20 billion yuan", 20e9, CNY, q="over"),
    F("ppm", 9, "surpassing 20 billion yuan", 20e9, CNY, q="over"),
    F("ppm", 9, "reach 20 billion yuan", 20e9, CNY),
    F("ppm", 13, "目標為200億元人民幣", 200e8, CNY),
]
G("ppm_target_rev_2025_cny", PPM, "Pop Mart's revenue target for 2025 set in March: 20 billion (200億) four times, twice 'surpassing'", "Pop Mart",
  "revenue target", "2025 (target set in March 2025)", "Consistent.", ms)
ms = [
    F("ppm", 5, "by more than 50 percent", 50, PC, q="over"),
    F("ppm", 9, "by more than 50 percent", 50, PC, q="over"),
    F("ppm", 9, "a 50 percent year-on-year rise", 50, PC),
]
G("ppm_target_growth_2025_pc", PPM, "The targeted growth: (more than) 50% three times", "Pop Mart", "revenue growth target", "2025", "Consistent.", ms)
ms = [
    F("ppm", 9, "($2.75 billion)", 2.75e9, USD),
    F("ppm", 13, "約合28億美元", 28e8, USD, q="approx"),
]
G("ppm_target_rev_2025_usd", PPM, "That target in US dollars: $2.75 billion against 約合28億美元", "Pop Mart", "revenue target (USD conversion)", "2025",
  "'About 2.8 billion' holds 2.75 (at its edge): consistent.", ms)
ms = [
    F("ppm", 4, "预计全年营收不低于300亿元", 300e8, CNY, q="at_least"),
    F("ppm", 13, "今年應該300億元", 300e8, CNY),
]
G("ppm_outlook_rev_2025_cny", PPM, "The raised 2025 outlook (August): 'not below 300亿' and '300億 ... easy'", "Pop Mart", "full-year revenue outlook",
  "2025 (outlook of August 2025)", "Consistent.", ms)
ms = [
    F("ppm", 2, "全年营收9.84亿元", 9.84e8, CNY),
    F("ppm", 2, "总营收为9.8亿元", 9.8e8, CNY),
]
G("ppm_toptoy_rev_2024_cny", PPM, "TOP TOY's 2024 revenue: oeeee's 9.84亿 and its own 9.8亿", "TOP TOY (Miniso)", "revenue", "2024",
  "9.8 rounds 9.84 inside one page: rounding (consistent as alt).", ms)
ms = [
    F("ppm", 2, "同比增长44.71%", 44.71, PC, nth=1),
    F("ppm", 2, "同比增长44.71%", 44.71, PC, nth=2),
]
G("ppm_toptoy_growth_2024_pc", PPM, "Its growth: 44.71% twice on oeeee", "TOP TOY (Miniso)", "revenue growth", "2024", "Consistent.", ms)
ms = [
    F("ppm", 4, "营收人民币138.8亿元", 138.8e8, CNY),
    F("ppm", 11, "營收人民幣138.76億元", 138.76e8, CNY),
    F("ppm", 12, "至138.8億元", 138.8e8, CNY),
]
G("ppm_h1_rev_2025_cny", PPM, "Pop Mart's H1 2025 revenue: udn's 138.76億 against 138.8 twice", "Pop Mart", "revenue", "first half of 2025",
  "138.8 rounds 138.76: rounding.", ms)
ms = [
    F("ppm", 4, "年增204.4%", 204.4, PC),
    F("ppm", 11, "年增204%", 204, PC),
]
G("ppm_h1_rev_growth_2025_pc", PPM, "Its growth: 204.4% against udn's 204%", "Pop Mart", "revenue growth", "first half of 2025", "204 rounds 204.4: rounding.", ms)
ms = [
    F("ppm", 11, "至人民幣97.61億元", 97.61e8, CNY),
    F("ppm", 12, "至97.6億元", 97.6e8, CNY),
]
G("ppm_h1_gp_2025_cny", PPM, "H1 2025 gross profit: 97.61億 against 97.6億", "Pop Mart", "gross profit", "first half of 2025", "97.6 rounds 97.61: rounding.", ms)
ms = [
    F("ppm", 10, "至70%", 70, PC),
    F("ppm", 11, "至70.3%", 70.3, PC),
]
G("ppm_h1_gm_2025_pc", PPM, "H1 2025 gross margin: Ming Pao's 70% against udn's 70.3%", "Pop Mart", "gross margin", "first half of 2025",
  "70 rounds 70.3: rounding.", ms)
ms = [
    F("ppm", 10, "上升6.3個百分點", 6.3, PP),
    F("ppm", 11, "毛利率增5.3百分點", 5.3, PP),
]
G("ppm_h1_gm_change_2025_pp", PPM, "Rise of the H1 2025 gross margin: Ming Pao's 6.3 points against udn's 5.3", "Pop Mart", "gross margin, change",
  "first half of 2025 against first half of 2024", "6.3 against 5.3: conflict.", ms)
ms = [
    F("ppm", 4, "经调整净利润47.1亿元", 47.1e8, CNY),
    F("ppm", 10, "經調整純利47.1億元", 47.1e8, CNY),
    F("ppm", 11, "至人民幣47.10億元", 47.10e8, CNY),
    F("ppm", 12, "至47.1億元", 47.1e8, CNY),
]
G("ppm_h1_adjnp_2025_cny", PPM, "H1 2025 adjusted net profit: 47.1億 four times (47.10 once; Ming Pao's column says 純利)", "Pop Mart",
  "adjusted net profit (non-IFRS)", "first half of 2025", "Consistent.", ms)
ms = [
    F("ppm", 4, "年增362.8%", 362.8, PC),
    F("ppm", 10, "按年升362.8%", 362.8, PC),
    F("ppm", 11, "經調整純利增363%", 363, PC),
]
G("ppm_h1_adjnp_growth_2025_pc", PPM, "Its growth: 362.8% twice against udn's 363%", "Pop Mart", "adjusted net profit growth", "first half of 2025",
  "363 rounds 362.8: rounding.", ms)
ms = [
    F("ppm", 10, "每股盈利3.44元", 3.44, CNY),
    F("ppm", 11, "基本每股盈利3.44元", 3.44, CNY),
]
G("ppm_h1_eps_2025_cny", PPM, "H1 2025 earnings per share: 3.44 twice", "Pop Mart", "earnings per share", "first half of 2025", "Consistent.", ms)
ms = [
    F("ppm", 10, "5個IP", 5, CNT, nth=1),
    F("ppm", 10, "共有5個IP", 5, CNT),
]
G("ppm_h1_ips_2025", PPM, "IPs with revenue over 1 billion in H1 2025: 5 twice on Ming Pao (heading and text)", "Pop Mart", "IPs with revenue over 1 billion yuan",
  "first half of 2025", "Consistent.", ms)
# ppm singles and non-claims
NC("ppm", 1, "21世纪经济报道记者", "name")
NC("ppm", 1, "3月27日", "date")
S("ppm", 1, "涨超8%", value=8, unit=PC, q="over")
S("ppm", 1, "突破2000亿港元", vt="2000亿", value=2000e8, unit=HKD, q="over")
NC("ppm", 1, "3月26日", "date")
S("ppm", 1, "甚至90%媒体", value=90, unit=PC)
NC("ppm", 1, "发布2024全年财报", "date")
S("ppm", 1, "收入占比达38.9%", value=38.9, unit=PC)
NC("ppm", 1, "2024年泡泡玛特首次", "date")
S("ppm", 1, "手办营收69.4亿元", vt="69.4亿", value=69.4e8, unit=CNY)
S("ppm", 1, "同比增长44.7%", value=44.7, unit=PC)
S("ppm", 1, "占比降至53.2%", value=53.2, unit=PC)
S("ppm", 1, "营收28.3亿元", vt="28.3亿", value=28.3e8, unit=CNY)
S("ppm", 1, "同比增长1289%", value=1289, unit=PC)
S("ppm", 1, "收入占比21.7%", value=21.7, unit=PC)
S("ppm", 1, "MEGA营收16.8亿元", vt="16.8亿", value=16.8e8, unit=CNY)
S("ppm", 1, "同比增长146.1%", value=146.1, unit=PC)
S("ppm", 1, "衍生品及其他营收15.9亿元", vt="15.9亿", value=15.9e8, unit=CNY)
S("ppm", 1, "同比增长156.2%", value=156.2, unit=PC)
NC("ppm", 2, "名创优品(HK09896)", "stock_code")
NC("ppm", 2, "泡泡玛特(HK09992)", "stock_code")
NC("ppm", 2, "发布2024全年财报", "date")
NC("ppm", 2, "800x800_67e637321773b.jpg", "file_name")
NC("ppm", 2, "832x272_67e63732264fa.jpeg", "file_name")
NC("ppm", 2, "名创优品集团2024年财报", "date")
NC("ppm", 2, "2021年全年", "date")
S("ppm", 2, "营收为0.98亿元", vt="0.98亿", value=0.98e8, unit=CNY)
S("ppm", 2, "整体营收的1.08%", value=1.08, unit=PC)
NC("ppm", 2, "2022年,该品牌", "date")
S("ppm", 2, "增长至4.47亿元", vt="4.47亿", value=4.47e8, unit=CNY)
S("ppm", 2, "增加了3.5倍", vt="3.5", value=3.5, unit=TX)
S("ppm", 2, "总营收的4.43%", value=4.43, unit=PC)
NC("ppm", 2, "到了2023年", "date")
S("ppm", 2, "同比增长52.13%", value=52.13, unit=PC)
NC("ppm", 2, "2024年也获得近五成", "date")
NC("ppm", 2, "3月26日", "date")  # audit: was not keyed
NC("ppm", 2, "发布2024年财报", "date")
S("ppm", 2, "超过1000万元", vt="1000万", value=1000e4, unit=CNY, q="over")
S("ppm", 2, "实现毛利87.08亿元", vt="87.08亿", value=87.08e8, unit=CNY)
S("ppm", 2, "同比增加125.4%", value=125.4, unit=PC)
S("ppm", 2, "每股基本盈利2.36元", value=2.36, unit=CNY)
S("ppm", 2, "每股81.46分", vt="81.46", value=0.8146, unit=CNY, mult=0.01)
S("ppm", 2, "增长1.9倍", vt="1.9", value=1.9, unit=TX)
NC("ppm", 3, "截至2024年", "date")
S("ppm", 3, "海外门店超92家", value=92, unit=CNT, q="over")
S("ppm", 3, "覆盖80多个国家", value=80, unit=CNT, q="over")
S("ppm", 3, "海外收入占比30%", value=30, unit=PC, note="dated only '截至2024年'; the 2024 full-year share is 38.9% (the H1 2024 share was about 30%)")
S("ppm", 3, "毛利率达70.1%", value=70.1, unit=PC)
NC("ppm", 3, "3.市场表现", "list_number")
S("ppm", 3, "净利润33.08亿元", vt="33.08亿", value=33.08e8, unit=CNY, note="profit for the year (年内溢利), not the attributable 31.25亿")
S("ppm", 3, "维持在60%-70%", vt="60%-70%", value=[60, 70], unit=PC)
S("ppm", 3, "注册会员超3400万", vt="3400万", value=3400e4, unit=PER, q="over")
S("ppm", 3, "复购率43.9%", value=43.9, unit=PC)
S("ppm", 4, "暴增近4倍", vt="4", value=4, unit=TX, q="under")  # audit: 近 = nearly (under), as ppm-05's 'nearly 11 percent'
NC("ppm", 4, "21世纪经济报导", "name")
NC("ppm", 4, "19日发布", "date")
S("ppm", 4, "约新台币555.2亿元", vt="555.2亿", value=555.2e8, unit="TWD", q="approx")
NC("ppm", 4, "均超2024全年", "date")
NC("ppm", 5, "(9992)", "stock_code")
S("ppm", 5, "nearly 11 percent", value=11, unit=PC, q="under")
NC("ppm", 5, "its 2024 net profit", "date")
S("ppm", 5, "revenues of 2.09 billion yuan", vt="2.09 billion", value=2.09e9, unit=CNY)
S("ppm", 5, "and 1.3 billion yuan", vt="1.3 billion", value=1.3e9, unit=CNY)
S("ppm", 5, "surged 619 percent", value=619, unit=PC)
NC("ppm", 6, "doubled in 2024", "date")
S("ppm", 6, "(S$572 million)", vt="572 million", value=572e6, unit="SGD")
S("ppm", 7, "shares up 350%", value=350, unit=PC)
S("ppm", 7, "another 10%", value=10, unit=PC)
S("ppm", 7, "as much as 10.9%", value=10.9, unit=PC)
S("ppm", 7, "($427 million)", vt="427 million", value=427e6, unit=USD)
NC("ppm", 8, "On March 26", "date")
NC("ppm", 8, "(HKG:9992", "stock_code")
NC("ppm", 8, "full year of 2024", "date")
NC("ppm", 8, "In 2024, the implementation", "date")
NC("ppm", 8, "In 2024, POP MART’s intellectual", "date")
S("ppm", 8, "exceeding 1 billion RMB", vt="1 billion", value=1e9, unit=CNY, q="over")
S("ppm", 8, "from 13 other IPs", value=13, unit=CNT)
S("ppm", 8, "surpassed 3 billion RMB", vt="3 billion", value=3e9, unit=CNY, q="over")
NC("ppm", 8, "In 2024, IPs from", "date")
S("ppm", 8, "revenue of 730 million RMB", vt="730 million", value=730e6, unit=CNY)
S("ppm", 8, "growth of 106.9 per cent", value=106.9, unit=PC)
S("ppm", 9, "stood at 66.8 percent", value=66.8, unit=PC)
S("ppm", 9, "5.5 percentage points", value=5.5, unit=PP)
NC("ppm", 9, "in 2025, reflecting", "date")
S("ppm", 9, "exceed 10 billion yuan", vt="10 billion", value=10e9, unit=CNY, q="over")
NC("ppm", 9, "Strong performance for 2024", "date")
S("ppm", 10, "逾10億", vt="10億", value=10e8, unit=CNY, q="over")
S("ppm", 10, "收入超過10億元", vt="10億", value=10e8, unit=CNY, q="over")
S("ppm", 10, "又有13個藝術家IP", value=13, unit=CNT)
S("ppm", 10, "增長6.7倍", vt="6.7", value=6.7, unit=TX)
S("ppm", 10, "至48.14億元", vt="48.14億", value=48.14e8, unit=CNY)
NC("ppm", 10, "踏入2024年", "date")
S("ppm", 10, "2023年下半年才佔6%", vt="6%", value=6, unit=PC)
S("ppm", 10, "急升至13.7%", value=13.7, unit=PC)
S("ppm", 10, "已達34.7%", value=34.7, unit=PC)
S("ppm", 10, "收入錄得13.57億元", vt="13.57億", value=13.57e8, unit=CNY)
S("ppm", 10, "佔總收入9.8%", value=9.8, unit=PC)
S("ppm", 10, "SKULLPANDA收入12.21億元", vt="12.21億", value=12.21e8, unit=CNY)
S("ppm", 10, "佔總收入8.8%", value=8.8, unit=PC)
NC("ppm", 11, " date 2025-08-19", "date")
NC("ppm", 11, "泡泡瑪特19日", "date")
S("ppm", 11, "毛利增234%", value=234, unit=PC)
S("ppm", 11, "列帳盈利人民幣45.74億元", vt="45.74億", value=45.74e8, unit=CNY)
S("ppm", 11, "約新台幣191億元", vt="191億", value=191e8, unit="TWD", q="approx")
S("ppm", 11, "年增397%", value=397, unit=PC)
NC("ppm", 12, " date 2025-08-21", "date")
S("ppm", 12, "毛利更升2.3倍", vt="2.3", value=2.3, unit=TX)
S("ppm", 12, "增長超過3.6倍", vt="3.6", value=3.6, unit=TX, q="over")
NC("ppm", 13, "截至9月的三個月", "date")
S("ppm", 13, "最高達250%", value=250, unit=PC)
S("ppm", 13, "激增約370%", value=370, unit=PC, q="approx")
S("ppm", 13, "增速約為190%", value=190, unit=PC, q="approx")
NC("ppm", 13, "今年8月底", "date")
S("ppm", 13, "成長高達1270%", value=1270, unit=PC)
S("ppm", 13, "成長最高740%", value=740, unit=PC)
S("ppm", 13, "錄得170%至175%", vt="170%至175%", value=[170, 175], unit=PC)
NC("ppm", 13, "但到8月時", "date")
S("ppm", 13, "收跌8.1%", value=8.1, unit=PC)
NC("ppm", 13, "創下4月以來", "date")
NC("ppm", 13, "7 小時前", "time")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh60.toml", "corpus-fresh60")
