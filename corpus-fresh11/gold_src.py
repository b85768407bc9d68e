#!/usr/bin/env python3
"""Hand annotation of corpus-fresh11, written as data; emits gold.d/fresh11.toml (then run corpus/check_gold.py --dir corpus-fresh11 --build).

Every mention carries a 'basis' tag (period / scope / stage / currency as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Conventions (as corpus-fresh9 / corpus-fresh10): different sources' statements of one quantity share a basis tag; a
rounded restatement is rounding; a truncation that is not a correct rounding is conflict with rounding as alt; a
bound (超/逾/突破/破/over/exceeded/近/almost) that contains the exact figure is consistent with it. Other years,
quarters, months, cumulative periods (Jan-Nov), currencies (CNY vs USD growth), forecasts, targets and market
expectations are different_basis. New here: a dollar conversion written beside a yuan figure ('25.45 trillion yuan
($3.47 trillion)') and the customs office's own dollar series (US$3.58 trillion) are read as the same quantity
(2024 exports in USD): conflict, with different_basis as alt (a conversion at one exchange rate is not the dollar
series). Values are read as written (Chinese numerals 六四〇．五億 = 64.05e9; 140兆1879億 = 140.1879e12).
Units: CNY, USD, EUR, percent, percentage_points, count, times (倍), months, years.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

gd = lambda n, s: f"gdp-{n:02d}-{s}.txt"
tr = lambda n, s: f"trade-{n:02d}-{s}.txt"
tw = lambda n, s: f"twexp-{n:02d}-{s}.txt"
PC, PP, CNT, USD, CNY, EUR, TIMES, MO, YR = ("percent", "percentage_points", "count", "USD", "CNY", "EUR", "times",
                                             "months", "years")
WAN, YI, TN = 1e4, 1e8, 1e12

# ============================================================ gdp: China's GDP 2024 (NBS, 17 January 2025), with 2023 / 2025 look-alikes
group("gdp_level", "gdp", "China's nominal GDP: 2024 1349084亿元 = 134.9 trillion yuan (134.91万亿, '134萬億' in a ten-year comparison, bounds 'over 130 trillion'); 2023 126.058 trillion; Q1 2024 29.629 trillion; 2025 1401879亿元 = 140兆1879億 (破140万亿)",
      "China", "gross domestic product (CNY)", "2024 / 2023 / Q1 2024 / 2025",
      "2024: 134.9 trillion / 134.9萬億 (four), 134.91万亿 and 1349084亿元 (five, one inside a formula) are roundings of one another (rounding). auto-ty's '從60萬億元到134萬億元的跨越' truncates 134.9 (conflict, rounding as alt). 'breaking the 130-trillion-yuan mark' / 首次突破130萬億元 are bounds (consistent). 2023's 126.058 trillion (twice, the pre-revision figure), Q1 2024's 29.629 trillion and 2025's 1401879亿元 = 140兆1879億 (three, with the headline bound 破140万亿元) are other periods.",
      [M(gd(1,"en"), 9, "came in at 134.9 trillion yuan", "134.9 trillion yuan", 134.9e12, CNY, "y24"),
       M(gd(2,"en"), 4, "to 134.9 trillion yuan ($18.41", "134.9 trillion yuan", 134.9e12, CNY, "y24"),
       M(gd(2,"en"), 4, "breaking the 130-trillion-yuan mark", "130-trillion-yuan", 130e12, CNY, "y24", qualifier="over"),
       M(gd(5,"en"), 3, "amounted to 134.9 trillion yuan", "134.9 trillion yuan", 134.9e12, CNY, "y24"),
       M(gd(7,"hans"), 3, "达到134.91万亿元", "134.91万亿元", 134.91e12, CNY, "y24"),
       M(gd(8,"hans"), 7, "为1349084亿元", "1349084亿元", 134.9084e12, CNY, "y24"),
       M(gd(8,"hans"), 11, "\\frac{1349084 \\text{亿元}", "1349084", 134.9084e12, CNY, "y24", note="inside a LaTeX formula"),
       M(gd(9,"hans"), 3, "GDP达到1349084亿元", "1349084亿元", 134.9084e12, CNY, "y24"),
       M(gd(10,"hans"), 4, "国内分娩总值达1349084亿元", "1349084亿元", 134.9084e12, CNY, "y24"),
       M(gd(12,"hant"), 3, "全年國內生產總值1349084億元", "1349084億元", 134.9084e12, CNY, "y24"),
       M(gd(12,"hant"), 4, "到134萬億元的跨越", "134萬億元", 134e12, CNY, "y24", note="ten-year comparison, truncated"),
       M(gd(13,"hant"), 3, "總量達到134.9萬億元", "134.9萬億元", 134.9e12, CNY, "y24"),
       M(gd(13,"hant"), 3, "首次突破130萬億元", "130萬億元", 130e12, CNY, "y24", qualifier="over"),
       M(gd(3,"en"), 6, "reached 126.058 trillion yuan.Earlier", "126.058 trillion yuan", 126.058e12, CNY, "y23"),
       M(gd(3,"en"), 12, "reached 126.058 trillion yuan.", "126.058 trillion yuan", 126.058e12, CNY, "y23"),
       M(gd(3,"en"), 13, "amounted to 29.629 trillion yuan", "29.629 trillion yuan", 29.629e12, CNY, "q1_24"),
       M(gd(14,"hant"), 3, "人民幣140兆1879億元，年增", "140兆1879億元", 140.1879e12, CNY, "y25"),
       M(gd(14,"hant"), 5, "國內生產總值人民幣140兆1879億元", "140兆1879億元", 140.1879e12, CNY, "y25"),
       M(gd(15,"hans"), 10, "全年国内生产总值1401879亿元", "1401879亿元", 140.1879e12, CNY, "y25"),
       M(gd(15,"hans"), 5, "破140万亿元", "140万亿元", 140e12, CNY, "y25", qualifier="over", note="headline")],
      {**among((1,2,4,12,5,6,7,8,9,10), R), **among((1,2,4,12), K), **among((6,7,8,9,10), K),
       **cross((11,), (1,2,4,12,5,6,7,8,9,10), (C, R)), **cross((3,13), (1,2,4,5,6,7,8,9,10,11,12), K),
       **cross((20,), (17,18,19), K)})

group("gdp_level_usd", "gdp", "China's GDP in dollars: 2024 $18.4 trillion (chinadaily) vs $18.41 trillion (Global Times); Q1 2024 $4.09 trillion",
      "China", "gross domestic product converted to USD", "2024 / Q1 2024",
      "$18.4 trillion rounds $18.41 trillion (rounding). Q1 2024 is another period.",
      [M(gd(1,"en"), 9, "($18.4 trillion)", "$18.4 trillion", 18.4e12, USD, "y24"),
       M(gd(2,"en"), 4, "($18.41 trillion)", "$18.41 trillion", 18.41e12, USD, "y24"),
       M(gd(3,"en"), 13, "($4.09 trillion)", "$4.09 trillion", 4.09e12, USD, "q1_24")],
      {(1,2): R})

group("gdp_growth_annual", "gdp", "China's real GDP growth by year: 2024 5% / 5.0% (17 statements in three scripts, plus a trade commentary's 同年经济增速亦是 5%); 2023 5.2% vs CNBC's 5,4 percent (and its 'revised' 7,4 percent); targets 'around 5%'; forecasts 4.9%; 2025 5% / 5.0%; a 2025 projection 4.7-5 percent",
      "China", "real GDP growth (percent)", "2024 / 2023 / 2025 / targets / forecasts",
      "2024 outcome 5% = 5.0% everywhere (consistent), including ever-glory's trade piece ('且同年经济增速亦是 5%'). 2023: 5.2% three times (Sputnik twice in April 2024, athens-times) vs heraldonline/CNBC's 'the 5,4 percent rise in 2023': conflict, with different_basis as alt (the page's own 'revised' figure is 7,4, so its 5,4 reads as the same preliminary statistic, but a reader who knows of the December 2024 census revision could take 5,4 for a revised rate). CNBC's 'revised the 2023 GDP growth to 7,4 percent' is its own calculation after the December revision (different_basis). The 'around 5%' targets (2024 and 2025), the AFP/Reuters polls' 4.9% and CASS's 2025 projection (4.7-5 percent) are other bases; 2025's 5% / 5.0% (five) is another year with the same value.",
      [M(gd(1,"en"), 3, "5% GDP growth in 2024", "5%", 5.0, PC, "y24", note="headline"),
       M(gd(1,"en"), 7, "expanded by 5 percent in 2024", "5 percent", 5.0, PC, "y24"),
       M(gd(1,"en"), 7, "growth target of around 5 percent", "5 percent", 5.0, PC, "target24", qualifier="approx"),
       M(gd(2,"en"), 3, "grew 5 percent year on year in 2024, meeting the government's full-year target. Photo: VCG\" src", "5 percent", 5.0, PC, "y24", note="photo caption, first copy"),
       M(gd(2,"en"), 3, "Nanjing, East China's Jiangsu Province on January 17, 2025. On the day, data from te National Bureau of Statistics showed that China's gross domestic product (GDP) grew 5 percent", "5 percent", 5.0, PC, "y24", note="photo caption, second copy"),
       M(gd(2,"en"), 4, "China's GDP grew 5 percent year-on-year", "5 percent", 5.0, PC, "y24"),
       M(gd(2,"en"), 5, "The 5-percent annual GDP growth rate", "5-percent", 5.0, PC, "y24"),
       M(gd(4,"en"), 4, "full-year GDP growth to 5 percent in 2024", "5 percent", 5.0, PC, "y24"),
       M(gd(4,"en"), 4, "“around 5 percent.”", "5 percent", 5.0, PC, "target24", qualifier="approx"),
       M(gd(5,"en"), 3, "in 2024 had a rate of 5%", "5%", 5.0, PC, "y24"),
       M(gd(5,"en"), 3, "a target of ‘about 5%’", "5%", 5.0, PC, "target24", qualifier="approx"),
       M(gd(6,"en"), 5, "economy grew 5.0%", "5.0%", 5.0, PC, "y24"),
       M(gd(6,"en"), 5, "annual growth target of around 5%", "5%", 5.0, PC, "target24", qualifier="approx"),
       M(gd(7,"hans"), 3, "实现了5%的增长", "5%", 5.0, PC, "y24"),
       M(gd(7,"hans"), 5, "国内生产总值同比增长5%", "5%", 5.0, PC, "y24"),
       M(gd(8,"hans"), 7, "同比增长5.0%", "5.0%", 5.0, PC, "y24"),
       M(gd(9,"hans"), 3, "增速为5%", "5%", 5.0, PC, "y24"),
       M(gd(10,"hans"), 4, "比上年增长5.0%", "5.0%", 5.0, PC, "y24"),
       M(gd(12,"hant"), 3, "按不變價格計算,比上年增長5.0%", "5.0%", 5.0, PC, "y24"),
       M(gd(13,"hant"), 3, "比上年增長5%", "5%", 5.0, PC, "y24"),
       M(tr(7,"hans"), 3, "且同年经济增速亦是 5%", "5%", 5.0, PC, "y24", note="in a trade commentary"),
       M(gd(3,"en"), 6, "In 2023, China's GDP grew by 5.2%", "5.2%", 5.2, PC, "y23"),
       M(gd(3,"en"), 12, "In 2023, China's GDP grew by 5.2%", "5.2%", 5.2, PC, "y23"),
       M(gd(5,"en"), 3, "after 5.2% of 2023", "5.2%", 5.2, PC, "y23"),
       M(gd(4,"en"), 6, "the 5,4 percent rise in 2023", "5,4 percent", 5.4, PC, "y23"),
       M(gd(4,"en"), 7, "revised the 2023 GDP growth to 7,4 percent", "7,4 percent", 7.4, PC, "y23rev", note="CNBC's calculation after the December revision"),
       M(gd(5,"en"), 3, "lower growth rate (4.9%)", "4.9%", 4.9, PC, "fc24"),
       M(gd(6,"en"), 5, "Analysts had forecast 4.9% growth", "4.9%", 4.9, PC, "fc24"),
       M(gd(1,"en"), 21, "4.7 percent to 5 percent in 2025", "4.7 percent to 5 percent", [4.7, 5.0], PC, "proj25"),
       M(gd(11,"hans"), 3, "去年GDP按年增长5%", "5%", 5.0, PC, "y25"),
       M(gd(11,"hans"), 3, "完成5%左右的增长目标", "5%", 5.0, PC, "target25", qualifier="approx"),
       M(gd(14,"hant"), 3, "年增5.0%，完成", "5.0%", 5.0, PC, "y25"),
       M(gd(14,"hant"), 3, "5%左右的設定目標", "5%", 5.0, PC, "target25", qualifier="approx"),
       M(gd(14,"hant"), 5, "比上年增長5.0%。", "5.0%", 5.0, PC, "y25"),
       M(gd(15,"hans"), 5, "GDP比前一年增5.0%", "5.0%", 5.0, PC, "y25", note="headline"),
       M(gd(15,"hans"), 10, "比上年增长5.0%。其中", "5.0%", 5.0, PC, "y25")],
      {**cross((25,), (22,23,24), (C, D))})

group("gdp_growth_quarterly", "gdp", "China's year-on-year GDP growth by quarter: 2024 Q1 5.3%, Q2 4.7%, Q3 4.6%, Q4 5.4% (forecast 5.0%); 2025 Q1 5.4%, Q2 5.2%, Q3 4.8%, Q4 4.5%",
      "China", "quarterly real GDP growth (year on year)", "Q1-Q4 2024, Q1-Q4 2025",
      "Each quarter's statements agree (consistent; heraldonline writes decimal commas: 5,4 / 4,6 / 4,7 / 5,3). Different quarters are different_basis, including the look-alikes Q4 2024 5.4% vs Q1 2025 5.4% and the Reuters poll's 5.0% for Q4 2024.",
      [M(gd(1,"en"), 9, "grew 5.4 percent year-on-year", "5.4 percent", 5.4, PC, "q4_24"),
       M(gd(4,"en"), 3, "expanded by 5,4 percent in the fourth quarter", "5,4 percent", 5.4, PC, "q4_24"),
       M(gd(6,"en"), 3, "grew 5.4% in the fourth quarter", "5.4%", 5.4, PC, "q4_24"),
       M(gd(1,"en"), 9, "following a 4.6 percent growth", "4.6 percent", 4.6, PC, "q3_24"),
       M(gd(4,"en"), 3, "4,6 percent in the third quarter", "4,6 percent", 4.6, PC, "q3_24"),
       M(gd(6,"en"), 4, "third-quarter's 4.6% pace", "4.6%", 4.6, PC, "q3_24"),
       M(gd(4,"en"), 3, "4,7 percent in the second quarter", "4,7 percent", 4.7, PC, "q2_24"),
       M(gd(4,"en"), 3, "5,3 percent in the first quarter", "5,3 percent", 5.3, PC, "q1_24"),
       M(gd(3,"en"), 3, "Grows by 5.3% in 1st Quarter", "5.3%", 5.3, PC, "q1_24", note="title"),
       M(gd(3,"en"), 4, "Grows by 5.3% in 1st Quarter", "5.3%", 5.3, PC, "q1_24", note="title repeated"),
       M(gd(3,"en"), 5, "increased by 5.3% year-on-year", "5.3%", 5.3, PC, "q1_24"),
       M(gd(3,"en"), 11, "increased by 5.3% year-on-year", "5.3%", 5.3, PC, "q1_24"),
       M(gd(3,"en"), 13, "annual growth rate of 5.3%", "5.3%", 5.3, PC, "q1_24"),
       M(gd(4,"en"), 3, "estimates of a 5 percent growth", "5 percent", 5.0, PC, "fc_q4_24"),
       M(gd(6,"en"), 4, "would expand 5.0% from a year earlier", "5.0%", 5.0, PC, "fc_q4_24"),
       M(gd(11,"hans"), 3, "去年第四季GDP则增长4.5%", "4.5%", 4.5, PC, "q4_25"),
       M(gd(11,"hans"), 3, "首季GDP按年增长5.4%", "5.4%", 5.4, PC, "q1_25"),
       M(gd(11,"hans"), 3, "第二季增长5.2%", "5.2%", 5.2, PC, "q2_25"),
       M(gd(11,"hans"), 3, "第三季增长4.8%", "4.8%", 4.8, PC, "q3_25"),
       M(gd(11,"hans"), 3, "第四季则增长4.5%", "4.5%", 4.5, PC, "q4_25"),
       M(gd(14,"hant"), 3, "去年第四季增長4.5%", "4.5%", 4.5, PC, "q4_25"),
       M(gd(14,"hant"), 7, "分別增長5.4%", "5.4%", 5.4, PC, "q1_25"),
       M(gd(14,"hant"), 7, "5.4%、5.2%", "5.2%", 5.2, PC, "q2_25"),
       M(gd(14,"hant"), 7, "5.2%、4.8%", "4.8%", 4.8, PC, "q3_25"),
       M(gd(14,"hant"), 7, "4.8%、4.5%", "4.5%", 4.5, PC, "q4_25"),
       M(gd(15,"hans"), 22, "一季度国内生产总值同比增长5.4%", "5.4%", 5.4, PC, "q1_25"),
       M(gd(15,"hans"), 23, "二季度增长5.2%", "5.2%", 5.2, PC, "q2_25"),
       M(gd(15,"hans"), 24, "三季度增长4.8%", "4.8%", 4.8, PC, "q3_25"),
       M(gd(15,"hans"), 25, "四季度增长4.5%", "4.5%", 4.5, PC, "q4_25")])

group("gdp_per_capita", "gdp", "China's GDP per head, 2024: 95749元 vs fudaoke's 9.57万元 (four times); 2025 99665元",
      "China", "GDP per capita (CNY)", "2024 / 2025",
      "9.57万元 (four statements in one page, one inside a formula) is a rounding of 95749元 (twice): rounding. 2025's 99665元 is another year.",
      [M(gd(8,"hans"), 3, "9.57万元", "9.57万元", 95700.0, CNY, "y24", note="page title line"),
       M(gd(8,"hans"), 4, "为 9.57万元 ,", "9.57万元", 95700.0, CNY, "y24"),
       M(gd(8,"hans"), 11, "\\approx 9.57 \\text{万元}", "9.57", 95700.0, CNY, "y24", note="inside a LaTeX formula"),
       M(gd(8,"hans"), 16, "人均国内生产总值为9.57万元", "9.57万元", 95700.0, CNY, "y24"),
       M(gd(9,"hans"), 3, "人均GDP达到95749元", "95749元", 95749.0, CNY, "y24"),
       M(gd(10,"hans"), 4, "均GDP达到95749元", "95749元", 95749.0, CNY, "y24"),
       M(gd(15,"hans"), 27, "全年人均国内生产总值99665元", "99665元", 99665.0, CNY, "y25")],
      {**cross((1,2,3,4), (5,6), R)})

group("gdp_per_capita_growth", "gdp", "Growth of GDP per head: 2024 real 5.1% / nominal 5.3%; 2025 real 5.1%",
      "China", "growth of GDP per capita", "2024 (real / nominal) / 2025",
      "Real 5.1% and nominal 5.3% (each twice, consistent) are different measures; 2025's 5.1% is another year.",
      [M(gd(8,"hans"), 15, "实际增长5.1%", "5.1%", 5.1, PC, "real24"),
       M(gd(8,"hans"), 16, "实际增长5.1%", "5.1%", 5.1, PC, "real24"),
       M(gd(8,"hans"), 15, "名义增长5.3%", "5.3%", 5.3, PC, "nom24"),
       M(gd(8,"hans"), 16, "名义增长5.3%", "5.3%", 5.3, PC, "nom24"),
       M(gd(15,"hans"), 27, "比上年增长5.1%。", "5.1%", 5.1, PC, "real25")])

group("gdp_population", "gdp", "China's population at end-2024: 140828万 vs fudaoke's '(即14082.8万人)' (ten times smaller, also used in its formula)",
      "China", "population at end of 2024", "end of 2024",
      "140828万 twice (consistent). fudaoke restates it as 14082.8万人 (= 140.8 million) in the same sentence and in its formula: conflict with 140828万 (a mis-scaled restatement, not a rounding).",
      [M(gd(8,"hans"), 11, "全国人口140828万人", "140828万", 1.40828e9, CNT, "y24"),
       M(gd(8,"hans"), 11, "(即14082.8万人)", "14082.8万人", 140.828e6, CNT, "y24"),
       M(gd(8,"hans"), 11, "{14082.8 \\text{万人}}", "14082.8", 140.828e6, CNT, "y24", note="inside a LaTeX formula"),
       M(gd(10,"hans"), 4, "世界东说念主口140828万", "140828万", 1.40828e9, CNT, "y24")],
      {**cross((2,3), (1,4), C)})

group("gdp_industrial_output", "gdp", "Industrial value added growth: 2024 5.8%; December 2024 6.2% (expected 5.4%); November 2024 5.4%; December 2025 5.2% (expected 5%); November 2025 4.8%",
      "China", "growth of industrial value added (above designated size)", "2024 / Nov-Dec 2024 / Nov-Dec 2025",
      "Each period's statements agree; periods and expectations differ (different_basis; November 2024's 5.4% and the December 2024 expectation 5,4 percent are look-alikes).",
      [M(gd(1,"en"), 11, "grew by 5.8 percent year-on-year in 2024", "5.8 percent", 5.8, PC, "y24"),
       M(gd(2,"en"), 6, "increased by 5.8 percent", "5.8 percent", 5.8, PC, "y24"),
       M(gd(12,"hant"), 3, "工業(yè)增加值比上年增長5.8%", "5.8%", 5.8, PC, "y24"),
       M(gd(1,"en"), 11, "rose by 6.2 percent in December", "6.2 percent", 6.2, PC, "dec24"),
       M(gd(4,"en"), 8, "Industrial output expanded 6,2 percent", "6,2 percent", 6.2, PC, "dec24"),
       M(gd(1,"en"), 11, "5.4 percent growth in November", "5.4 percent", 5.4, PC, "nov24"),
       M(gd(4,"en"), 8, "expectations of 5,4 percent", "5,4 percent", 5.4, PC, "fc_dec24"),
       M(gd(11,"hans"), 5, "工业增加值按年增长5.2%", "5.2%", 5.2, PC, "dec25", note="subheading"),
       M(gd(11,"hans"), 7, "12月份工业增加值按年增长5.2%", "5.2%", 5.2, PC, "dec25"),
       M(gd(11,"hans"), 7, "较市场预期增5%为高", "5%", 5.0, PC, "fc_dec25"),
       M(gd(11,"hans"), 7, "前值则为增长4.8%", "4.8%", 4.8, PC, "nov25")])

group("gdp_retail_sales", "gdp", "Retail sales growth: 2024 3.5% (2023 7.2%); December 2024 3.7% (Reuters forecast 3.5%); November 2024 3%; December 2025 0.9% (expected 1%); November 2025 1.3%",
      "China", "growth of retail sales of consumer goods", "2024 / 2023 / Nov-Dec 2024 / Nov-Dec 2025",
      "2024's 3.5% twice and December 2024's 3.7% twice agree; the Reuters forecast for December (3,5 percent) equals the annual figure but is a different basis; other months and years differ.",
      [M(gd(1,"en"), 13, "grew by 3.5 percent for the year", "3.5 percent", 3.5, PC, "y24"),
       M(gd(5,"en"), 3, "rather slow rate (+3.5%)", "3.5%", 3.5, PC, "y24"),
       M(gd(5,"en"), 3, "compared to 2023 (+7.2%)", "7.2%", 7.2, PC, "y23"),
       M(gd(1,"en"), 13, "increased by 3.7 percent", "3.7 percent", 3.7, PC, "dec24"),
       M(gd(4,"en"), 8, "retail sales jumped 3,7 percent", "3,7 percent", 3.7, PC, "dec24"),
       M(gd(4,"en"), 8, "Reuters’ forecast of 3,5 percent", "3,5 percent", 3.5, PC, "fc_dec24"),
       M(gd(1,"en"), 13, "the 3 percent growth recorded a month earlier", "3 percent", 3.0, PC, "nov24"),
       M(gd(11,"hans"), 7, "社会消费品零售总额按年增长0.9%", "0.9%", 0.9, PC, "dec25"),
       M(gd(11,"hans"), 7, "略低预期的增长1%", "1%", 1.0, PC, "fc_dec25"),
       M(gd(11,"hans"), 7, "前值为1.3%", "1.3%", 1.3, PC, "nov25")])

group("gdp_fixed_investment", "gdp", "Fixed-asset investment growth: 2024 3.2% (poll 3.3%), January-November 2024 3.3%; 2025 -3.8% (expected -3.1%), January-November 2025 -2.6%",
      "China", "growth of fixed-asset investment", "2024 / Jan-Nov 2024 / 2025 / Jan-Nov 2025",
      "3.2% three times (2024, consistent). January-November 2024's 3.3% and the Reuters poll's 3,3 percent for 2024 are other bases (same value). 2025 figures are declines (negative values).",
      [M(gd(1,"en"), 15, "rose by 3.2 percent in 2024", "3.2 percent", 3.2, PC, "y24"),
       M(gd(2,"en"), 6, "edging up by 3.2 percent", "3.2 percent", 3.2, PC, "y24"),
       M(gd(4,"en"), 9, "rose 3,2 percent in 2024", "3,2 percent", 3.2, PC, "y24"),
       M(gd(1,"en"), 15, "it grew by 3.3 percent", "3.3 percent", 3.3, PC, "jn24"),
       M(gd(4,"en"), 9, "projected 3,3 percent increase", "3,3 percent", 3.3, PC, "fc24"),
       M(gd(11,"hans"), 7, "固定资产投资按年跌3.8%", "3.8%", -3.8, PC, "y25"),
       M(gd(11,"hans"), 7, "市场预期的跌3.1%", "3.1%", -3.1, PC, "fc25"),
       M(gd(11,"hans"), 7, "首11月累计跌2.6%", "2.6%", -2.6, PC, "jn25")])

group("gdp_jobless", "gdp", "Surveyed urban unemployment rate: December 2024 5.1%, November 2024 5%; December 2025 5.1%, November 2025 5.1%",
      "China", "surveyed urban unemployment rate", "Nov/Dec 2024, Nov/Dec 2025",
      "December 2025's 5.1% twice (consistent); the other months are different_basis though three share the value 5.1%.",
      [M(gd(1,"en"), 17, "5.1 percent in December", "5.1 percent", 5.1, PC, "dec24"),
       M(gd(1,"en"), 17, "5 percent in November", "5 percent", 5.0, PC, "nov24"),
       M(gd(11,"hans"), 9, "上月底调查失业率为5.1%", "5.1%", 5.1, PC, "dec25", note="subheading"),
       M(gd(11,"hans"), 11, "12月末调查失业率为5.1%", "5.1%", 5.1, PC, "dec25"),
       M(gd(11,"hans"), 11, "前值则为5.1%", "5.1%", 5.1, PC, "nov25")])

group("gdp_property_investment", "gdp", "Real-estate investment: 2024 -10.6%; 2025 -17.2%; January-November 2025 -15.9%",
      "China", "growth of real-estate investment", "2024 / 2025 / Jan-Nov 2025", "Three periods: different_basis.",
      [M(gd(4,"en"), 9, "a 10.6 percent drop", "10.6 percent", -10.6, PC, "y24"),
       M(gd(11,"hans"), 11, "房地产投资按年跌17.2%", "17.2%", -17.2, PC, "y25"),
       M(gd(11,"hans"), 11, "首11月累计跌15.9%", "15.9%", -15.9, PC, "jn25")])

group("gdp_provinces_100k", "gdp", "Provinces with GDP per head over 100,000 yuan in 2024: ten", "China", "number of provinces with per-capita GDP above 100,000 yuan", "2024",
      "十个 / 10地 (consistent).",
      [M(gd(9,"hans"), 4, "十个省份人均GDP超过10万元", "十个", 10.0, CNT, "y24"),
       M(gd(10,"hans"), 3, "10地超10万元", "10地", 10.0, CNT, "y24", note="headline")])

for gid, desc, a, b, v in [
        ("gdp25_primary_va", "Primary industry value added, 2025: 9兆3347億元 = 93347亿元",
         M(gd(14,"hant"), 7, "第一產業增加值人民幣9兆3347億元", "9兆3347億元", 9.3347e12, CNY, "y25"),
         M(gd(15,"hans"), 12, "第一产业增加值93347亿元", "93347亿元", 9.3347e12, CNY, "y25"), None),
        ("gdp25_secondary_va", "Secondary industry value added, 2025: 49兆9653億元 = 499653亿元",
         M(gd(14,"hant"), 7, "第二產業增加值49兆9653億元", "49兆9653億元", 49.9653e12, CNY, "y25"),
         M(gd(15,"hans"), 13, "第二产业增加值499653亿元", "499653亿元", 49.9653e12, CNY, "y25"), None),
        ("gdp25_tertiary_va", "Tertiary industry value added, 2025: 80兆8879億元 = 808879亿元",
         M(gd(14,"hant"), 7, "第三產業增加值80兆8879億元", "80兆8879億元", 80.8879e12, CNY, "y25"),
         M(gd(15,"hans"), 14, "第三产业增加值808879亿元", "808879亿元", 80.8879e12, CNY, "y25"), None),
        ("gdp25_primary_growth", "Primary industry growth, 2025: 3.9%",
         M(gd(14,"hant"), 7, "比上年增長3.9%", "3.9%", 3.9, PC, "y25"),
         M(gd(15,"hans"), 12, "比上年增长3.9%", "3.9%", 3.9, PC, "y25"), None),
        ("gdp25_secondary_growth", "Secondary industry growth, 2025: 4.5%",
         M(gd(14,"hant"), 7, "增長4.5%；第三", "4.5%", 4.5, PC, "y25"),
         M(gd(15,"hans"), 13, "，增长4.5%；", "4.5%", 4.5, PC, "y25"), None),
        ("gdp25_tertiary_growth", "Tertiary industry growth, 2025: 5.4%",
         M(gd(14,"hant"), 7, "增長5.4%。分季", "5.4%", 5.4, PC, "y25"),
         M(gd(15,"hans"), 14, "，增长5.4%。", "5.4%", 5.4, PC, "y25"), None)]:
    group(gid, "gdp", desc, "China", desc.split(",")[0], "2025",
          "The same 2025 figure in 兆/億 (udn, Traditional) and 亿 (stheadline, Simplified): consistent.", [a, b])

single(gd(1,"en"), 19, "averaged around 30 percent", "30 percent", 30.0, PC, qualifier="approx")
single(gd(5,"en"), 3, "(17.8 trillion euros)", "17.8 trillion euros", 17.8e12, EUR)
single(gd(5,"en"), 3, "approaching 3.4 trillion euros", "3.4 trillion euros", 3.4e12, EUR, qualifier="under", note="2024 exports")
single(gd(6,"en"), 6, "GDP grew 1.6% in October-December", "1.6%", 1.6, PC)
single(gd(6,"en"), 6, "revised 1.3% gain", "1.3%", 1.3, PC)
single(gd(7,"hans"), 5, "第三产业占比达56.7%", "56.7%", 56.7, PC)
single(gd(7,"hans"), 5, "增加值同比增长8.9%", "8.9%", 8.9, PC)
single(gd(7,"hans"), 7, "投入强度达2.68%", "2.68%", 2.68, PC)
single(gd(7,"hans"), 9, "贡献率达2.2个百分点", "2.2个百分点", 2.2, PP)
single(gd(9,"hans"), 4, "北京(228011元)", "228011元", 228011.0, CNY)
single(gd(9,"hans"), 5, "广东以111469元", "111469元", 111469.0, CNY)
single(gd(9,"hans"), 6, "甘肃仅为52750元", "52750元", 52750.0, CNY)
single(gd(11,"hans"), 3, "放缓0.3个百分点", "0.3个百分点", 0.3, PP)
single(gd(12,"hant"), 3, "服務業(yè)增加值比上年增長5.0%", "5.0%", 5.0, PC, note="services value added, 2024")
single(gd(12,"hant"), 4, "超過了75%", "75%", 75.0, PC, qualifier="over")
single(gd(12,"hant"), 4, "達到了2.63萬億元", "2.63萬億元", 2.63e12, CNY)
single(gd(12,"hant"), 4, "從60萬億元", "60萬億元", 60e12, CNY)
single(gd(15,"hans"), 16, "比重为6.7%", "6.7%", 6.7, PC)
single(gd(15,"hans"), 18, "增长2.6个百分点", "2.6个百分点", 2.6, PP)
single(gd(15,"hans"), 29, "国民总收入1393700亿元", "1393700亿元", 139.37e12, CNY)
single(gd(15,"hans"), 31, "184413元/人", "184413元", 184413.0, CNY)
single(gd(1,"en"), 5, "16:55, January 17, 2025", not_a_claim=True, kind="date")
single(gd(2,"en"), 3, "2025-01-18/d7fb3266-ea75-4fca-8ea0-161987586a67.jpeg", not_a_claim=True, kind="url", note="image address")
single(gd(2,"en"), 5, "(2026-30)", not_a_claim=True, kind="date", note="plan period")
single(gd(2,"en"), 5, "15th Five-Year plan", not_a_claim=True, kind="name")
single(gd(3,"en"), 7, "06:32 GMT 16.04.2024", not_a_claim=True, kind="date")
single(gd(3,"en"), 9, "Sputnik International, 1920, 16.04.2024", not_a_claim=True, kind="page_furniture", note="image caption furniture")
single(gd(3,"en"), 10, "© AFP 2023", not_a_claim=True, kind="credit")
single(gd(3,"en"), 17, "27 September 2023, 13:24 GMT", not_a_claim=True, kind="date")
single(gd(5,"en"), 3, "(13.12025)", not_a_claim=True, kind="date", note="garbled 13.1.2025")
single(gd(10,"hans"), 4, "2025-02-24", not_a_claim=True, kind="date")
single(gd(13,"hant"), 4, "?025年", not_a_claim=True, kind="garbled", note="mojibake of 2025年")
single(gd(15,"hans"), 7, "2026-02-28", not_a_claim=True, kind="date")
single(gd(12,"hant"), 3, "統(tǒng)計局17日", not_a_claim=True, kind="date")
single(gd(14,"hant"), 3, "date 2026-01-19", not_a_claim=True, kind="date")

# ============================================================ trade: China's foreign trade 2024 (customs, 13 January 2025), with 2023 / Jan-Feb 2024 / 2025 look-alikes
group("trade_total_cny", "trade", "China's total goods trade in yuan: 2024 43.85 trillion (five, three scripts); 2025 45.47万亿 = 45.47兆",
      "China", "total imports and exports (CNY)", "2024 / 2025", "Each year's statements agree (consistent); the years differ.",
      [M(tr(1,"en"), 3, "to 43.85 trillion yuan", "43.85 trillion yuan", 43.85e12, CNY, "y24"),
       M(tr(3,"en"), 6, "reach a record 43.85 trillion yuan", "43.85 trillion yuan", 43.85e12, CNY, "y24"),
       M(tr(5,"en"), 9, "reach a record 43.85 trillion yuan", "43.85 trillion yuan", 43.85e12, CNY, "y24"),
       M(tr(7,"hans"), 3, "进出口总值 43.85 万亿元", "43.85 万亿元", 43.85e12, CNY, "y24"),
       M(tr(9,"hant"), 4, "進出口總值達(dá)43.85萬億元", "43.85萬億元", 43.85e12, CNY, "y24"),
       M(tr(8,"hans"), 5, "外贸进出口45.47万亿元", "45.47万亿元", 45.47e12, CNY, "y25"),
       M(tr(11,"hant"), 9, "進出口總值45.47兆", "45.47兆", 45.47e12, CNY, "y25")])

group("trade_total_usd", "trade", "China's total goods trade in dollars: 2024 USD5.98 trillion; 2025 6兆3547億美元",
      "China", "total imports and exports (USD)", "2024 / 2025", "2025's figure twice (consistent); 2024 another year.",
      [M(tr(1,"en"), 3, "(USD5.98 trillion)", "USD5.98 trillion", 5.98e12, USD, "y24"),
       M(tr(11,"hant"), 3, "6兆3547億美元的成果", "6兆3547億美元", 6.3547e12, USD, "y25"),
       M(tr(11,"hant"), 5, "貿易額達6兆3547億美元", "6兆3547億美元", 6.3547e12, USD, "y25")])

group("trade_total_growth", "trade", "Growth of China's total goods trade in yuan: 2024 5% (six); 2025 3.8%",
      "China", "growth of total imports and exports (CNY)", "2024 / 2025", "Each year's statements agree; the years differ.",
      [M(tr(1,"en"), 3, "increasing by 5 percent year-on-year", "5 percent", 5.0, PC, "y24"),
       M(tr(3,"en"), 6, "swelled five percent", "five percent", 5.0, PC, "y24"),
       M(tr(5,"en"), 9, "swelled five percent", "five percent", 5.0, PC, "y24"),
       M(tr(7,"hans"), 3, "同比增长 5%——", "5%", 5.0, PC, "y24"),
       M(tr(7,"hans"), 4, "这 5% 恰似", "5%", 5.0, PC, "y24"),
       M(tr(9,"hant"), 4, "同比增長5%,規", "5%", 5.0, PC, "y24"),
       M(tr(8,"hans"), 5, "增长3.8%", "3.8%", 3.8, PC, "y25"),
       M(tr(11,"hant"), 9, "年增3.8%", "3.8%", 3.8, PC, "y25")])

group("trade_increment", "trade", "Increase of China's goods trade in 2024: 2.1 trillion yuan", "China", "year-on-year increase of total trade (CNY)", "2024",
      "2.1 trillion / 2.1 万亿 / 2.1萬億 (consistent).",
      [M(tr(1,"en"), 11, "increased by 2.1 trillion yuan", "2.1 trillion yuan", 2.1e12, CNY, "y24"),
       M(tr(7,"hans"), 6, "年增量高达 2.1 万亿元", "2.1 万亿元", 2.1e12, CNY, "y24"),
       M(tr(9,"hant"), 5, "單是去年增長2.1萬億元", "2.1萬億元", 2.1e12, CNY, "y24")])

group("trade_exports_cny", "trade", "China's exports in yuan: 2024 25.45 trillion (four) with 'exceeded 25 trillion' / 首次突破25萬億元; 2025 26.99万亿 = 26.99兆",
      "China", "exports (CNY)", "2024 / 2025", "2024 exact figure and the bounds agree (consistent); 2025 another year.",
      [M(tr(1,"en"), 7, "to 25.45 trillion yuan", "25.45 trillion yuan", 25.45e12, CNY, "y24"),
       M(tr(3,"en"), 5, "reaching 25.45 trillion yuan", "25.45 trillion yuan", 25.45e12, CNY, "y24"),
       M(tr(3,"en"), 5, "exceeded 25 trillion yuan", "25 trillion yuan", 25e12, CNY, "y24", qualifier="over"),
       M(tr(5,"en"), 7, "reaching 25.45 trillion yuan", "25.45 trillion yuan", 25.45e12, CNY, "y24"),
       M(tr(5,"en"), 7, "exceeded 25 trillion yuan", "25 trillion yuan", 25e12, CNY, "y24", qualifier="over"),
       M(tr(9,"hant"), 4, "首次突破25萬億元", "25萬億元", 25e12, CNY, "y24", qualifier="over"),
       M(tr(9,"hant"), 4, "到25.45萬億元", "25.45萬億元", 25.45e12, CNY, "y24"),
       M(tr(8,"hans"), 5, "出口26.99万亿元", "26.99万亿元", 26.99e12, CNY, "y25"),
       M(tr(11,"hant"), 9, "出口26.99兆", "26.99兆", 26.99e12, CNY, "y25")],
      {**cross((3,5,6), (1,2,4,7), K)})

group("trade_exports_usd", "trade", "China's exports in dollars, 2024: customs' US$3.58 trillion vs the conversions '25.45 trillion yuan ($3.47 trillion)' (three); 2025 $3.77 trillion; 2023 3.38 trillion",
      "China", "exports (USD)", "2024 / 2025 / 2023",
      "The three $3.47 trillion conversions agree with each other. Against the customs dollar series (US$3.58 trillion, SCMP via The Star) they are read as the same quantity, 2024 exports in dollars: conflict, with different_basis as alt (a conversion of the yuan total at one exchange rate, not the dollar statistic). 2025 and 2023 are other years.",
      [M(tr(2,"en"), 10, "to US$3.58 trillion", "US$3.58 trillion", 3.58e12, USD, "y24"),
       M(tr(1,"en"), 7, "(USD3.47 trillion)", "USD3.47 trillion", 3.47e12, USD, "y24", note="conversion of 25.45 trillion yuan"),
       M(tr(3,"en"), 5, "(US$3.47 trillion)", "US$3.47 trillion", 3.47e12, USD, "y24", note="conversion"),
       M(tr(5,"en"), 7, "($3.47 trillion)", "$3.47 trillion", 3.47e12, USD, "y24", note="conversion"),
       M(tr(4,"en"), 5, "exports at $3.77 trillion", "$3.77 trillion", 3.77e12, USD, "y25"),
       M(tr(6,"en"), 3, "to 3.38 trillion US dollar", "3.38 trillion US dollar", 3.38e12, USD, "y23")],
      {**cross((1,), (2,3,4), (C, D))})

group("trade_export_growth", "trade", "China's export growth: 2024 +7.1% in yuan (five, incl. athens-times) vs +5.9% in dollars; Jan-Feb 2024 +7.1% (USD); 2023 -4.6%; 2025 +6.1% (yuan); December 2024 +10.7% (forecasts 7.6% Wind, 7.5% Bloomberg), November 2024 6.7%; December 2025 6.6%, November 2025 5.9%, forecast 3.1%",
      "China", "export growth (year on year)", "2024 (CNY / USD), Jan-Feb 2024, 2023, 2025, Nov/Dec 2024, Nov/Dec 2025",
      "Each basis agrees with itself (7.1% five times; 10.7% twice; 6.6% and 5.9% for late 2025 in English and in Chinese numerals). Currency (yuan 7.1% vs dollar 5.9%), periods and forecasts differ: different_basis, including the look-alikes Jan-Feb 2024's 7.1% and November 2025's 5.9%.",
      [M(tr(1,"en"), 7, "Exports grew by 7.1 percent", "7.1 percent", 7.1, PC, "y24cny"),
       M(tr(3,"en"), 5, "increase of 7.1 percent", "7.1 percent", 7.1, PC, "y24cny"),
       M(tr(5,"en"), 7, "an increase of 7.1 percent", "7.1 percent", 7.1, PC, "y24cny"),
       M(tr(9,"hant"), 4, "同比增長7.1%", "7.1%", 7.1, PC, "y24cny"),
       M(gd(5,"en"), 3, "(+7.1% on an annual basis)", "7.1%", 7.1, PC, "y24cny", note="athens-times; the value is the yuan growth"),
       M(tr(2,"en"), 10, "Exports grew 5.9 per cent", "5.9 per cent", 5.9, PC, "y24usd"),
       M(tr(6,"en"), 3, "The exports grew by 7.1 percent", "7.1 percent", 7.1, PC, "jf24"),
       M(tr(6,"en"), 3, "expected growth of 1.9 percent", "1.9 percent", 1.9, PC, "fc_jf24"),
       M(tr(6,"en"), 3, "declining by 4.6 percent", "4.6 percent", -4.6, PC, "y23usd"),
       M(tr(8,"hans"), 5, "增长6.1%", "6.1%", 6.1, PC, "y25cny"),
       M(tr(11,"hant"), 9, "年增6.1%", "6.1%", 6.1, PC, "y25cny"),
       M(tr(2,"en"), 12, "exports grew by 10.7 per cent", "10.7 per cent", 10.7, PC, "dec24"),
       M(tr(5,"en"), 11, "jumped 10.7 percent", "10.7 percent", 10.7, PC, "dec24"),
       M(tr(2,"en"), 12, "the 7.6 per cent increase projected", "7.6 per cent", 7.6, PC, "fc_dec24_wind"),
       M(tr(5,"en"), 11, "forecast of 7.5 percent", "7.5 percent", 7.5, PC, "fc_dec24_bbg"),
       M(tr(2,"en"), 12, "the 6.7 per cent growth recorded in November", "6.7 per cent", 6.7, PC, "nov24"),
       M(tr(4,"en"), 7, "up 6.6% from the previous year", "6.6%", 6.6, PC, "dec25"),
       M(tr(10,"hant"), 7, "貨物出口年增六．六％", "六．六％", 6.6, PC, "dec25"),
       M(tr(4,"en"), 7, "November’s 5.9% year-on-year", "5.9%", 5.9, PC, "nov25"),
       M(tr(10,"hant"), 7, "十一月的年增五．九％", "五．九％", 5.9, PC, "nov25"),
       M(tr(10,"hant"), 7, "彭博預期成長三．一％", "三．一％", 3.1, PC, "fc_dec25_bbg")])

group("trade_imports_cny", "trade", "China's imports in yuan: 2024 18.39 trillion (three); 2025 18.48万亿 = 18.48兆",
      "China", "imports (CNY)", "2024 / 2025", "Each year's statements agree; the years differ.",
      [M(tr(1,"en"), 7, "to 18.39 trillion yuan", "18.39 trillion yuan", 18.39e12, CNY, "y24"),
       M(tr(3,"en"), 6, "to 18.39 trillion yuan", "18.39 trillion yuan", 18.39e12, CNY, "y24"),
       M(tr(5,"en"), 8, "to 18.39 trillion yuan", "18.39 trillion yuan", 18.39e12, CNY, "y24"),
       M(tr(8,"hans"), 5, "进口18.48万亿元", "18.48万亿元", 18.48e12, CNY, "y25"),
       M(tr(11,"hant"), 9, "進口18.48兆", "18.48兆", 18.48e12, CNY, "y25")])

group("trade_imports_usd", "trade", "China's imports in dollars: 2024 US$2.59 trillion vs menafn's conversion '(USD2.5 trillion)'; 2025 $2.58 trillion; 2023 2.56 trillion",
      "China", "imports (USD)", "2024 / 2025 / 2023",
      "As for exports: the conversion 'USD2.5 trillion' vs the customs dollar figure US$2.59 trillion is conflict (different_basis as alt; 2.59 does not round to 2.5). 2025's $2.58 trillion and 2023's 2.56 trillion are other years (look-alikes).",
      [M(tr(2,"en"), 10, "to US$2.59 trillion", "US$2.59 trillion", 2.59e12, USD, "y24"),
       M(tr(1,"en"), 7, "(USD2.5 trillion)", "USD2.5 trillion", 2.5e12, USD, "y24", note="conversion of 18.39 trillion yuan"),
       M(tr(4,"en"), 5, "imports at $2.58 trillion", "$2.58 trillion", 2.58e12, USD, "y25"),
       M(tr(6,"en"), 3, "to 2.56 trillion US dollar", "2.56 trillion US dollar", 2.56e12, USD, "y23")],
      {(1,2): (C, D)})

group("trade_import_growth", "trade", "China's import growth: 2024 +2.3% in yuan (three) vs +1.1% in dollars; 2025 +0.5%; Jan-Feb 2024 +3.5% (expected 1.5%); 2023 -5.5%; December 2024 +1% (Bloomberg forecast -1%), November 2024 -3.9%; December 2025 +5.7%, November 2025 +1.9%, forecast 0.9%",
      "China", "import growth (year on year)", "2024 (CNY / USD), 2025, Jan-Feb 2024, 2023, Nov/Dec 2024, Nov/Dec 2025",
      "Each basis agrees with itself ('1.0 per cent' = 'one percent'); currencies, periods and forecasts are different_basis.",
      [M(tr(1,"en"), 7, "imports rose by 2.3 percent", "2.3 percent", 2.3, PC, "y24cny"),
       M(tr(3,"en"), 6, "Imports rose 2.3 percent", "2.3 percent", 2.3, PC, "y24cny"),
       M(tr(5,"en"), 8, "increased by 2.3 percent", "2.3 percent", 2.3, PC, "y24cny"),
       M(tr(2,"en"), 10, "rise of 1.1 per cent", "1.1 per cent", 1.1, PC, "y24usd"),
       M(tr(8,"hans"), 5, "增长 0.5%", "0.5%", 0.5, PC, "y25cny"),
       M(tr(11,"hant"), 9, "年增0.5%", "0.5%", 0.5, PC, "y25cny"),
       M(tr(6,"en"), 3, "imports rose by 3.5 percent", "3.5 percent", 3.5, PC, "jf24"),
       M(tr(6,"en"), 3, "expectations of a 1.5 percent increase", "1.5 percent", 1.5, PC, "fc_jf24"),
       M(tr(6,"en"), 3, "falling by 5.5 percent", "5.5 percent", -5.5, PC, "y23usd"),
       M(tr(2,"en"), 14, "Imports rose by 1.0 per cent", "1.0 per cent", 1.0, PC, "dec24"),
       M(tr(5,"en"), 14, "grew one percent year-on-year", "one percent", 1.0, PC, "dec24"),
       M(tr(5,"en"), 14, "forecast of a one percent decline", "one percent", -1.0, PC, "fc_dec24_bbg"),
       M(tr(2,"en"), 14, "3.9 per cent fall", "3.9 per cent", -3.9, PC, "nov24"),
       M(tr(4,"en"), 7, "up 5.7% year-on-year", "5.7%", 5.7, PC, "dec25"),
       M(tr(10,"hant"), 7, "進口年增五．七％", "五．七％", 5.7, PC, "dec25"),
       M(tr(4,"en"), 7, "November’s 1.9%", "1.9%", 1.9, PC, "nov25"),
       M(tr(10,"hant"), 7, "十一月的一．九％", "一．九％", 1.9, PC, "nov25"),
       M(tr(10,"hant"), 7, "預期的〇．九％", "〇．九％", 0.9, PC, "fc_dec25")])

group("trade_surplus", "trade", "China's trade surplus: 2024 US$992.1 billion (US$992 billion three times; ltn's 九九三〇億美元; RTHK's 'grew to US$104.84 billion', which is December's); December 2024 104.84, November 97.44; 2025 'almost $1.2 trillion' / 一．二兆 / 近1.2兆, 突破1兆 (twice); Jan-Feb 2024 125.16 (2023 104.42, forecast 103.7); 2023 823 billion",
      "China", "trade surplus (USD)", "2024 / Nov-Dec 2024 / 2025 / Jan-Feb 2023-24 / 2023",
      "2024: US$992 billion (headline, menafn's conversion of 7.27 trillion yuan, AP) rounds US$992.1 billion (rounding); ltn's 九九三〇億美元 (99.3e10) is neither (conflict with both). RTHK's 'China's trade surplus grew to US$104.84 billion' is told as the 2024 surplus but is December's figure: conflict with the annual figures, different_basis as alt. 2025: 'almost $1.2 trillion', 一．二兆美元 and 近1.2兆美元 are compatible (consistent), as are the bounds 突破1兆 (twice). December/November 2024, the January-February figures (104.42 billion for 2023 is a look-alike of December 2024's 104.84) and 2023 are other periods.",
      [M(tr(2,"en"), 3, "hits US$992 billion", "US$992 billion", 992e9, USD, "y24", note="headline"),
       M(tr(2,"en"), 10, "surplus of US$992.1 billion", "US$992.1 billion", 992.1e9, USD, "y24"),
       M(tr(1,"en"), 7, "(USD992 billion)", "USD992 billion", 992e9, USD, "y24", note="conversion of 7.27 trillion yuan"),
       M(tr(4,"en"), 5, "The 2024 trade surplus was $992 billion", "$992 billion", 992e9, USD, "y24"),
       M(tr(10,"hant"), 13, "超越前年九九三〇億美元", "九九三〇億美元", 993e9, USD, "y24"),
       M(tr(3,"en"), 7, "surplus grew to US$104.84 billion", "US$104.84 billion", 104.84e9, USD, "y24", note="December's figure told as the year's"),
       M(tr(2,"en"), 14, "surplus of US$104.84 billion in December", "US$104.84 billion", 104.84e9, USD, "dec24"),
       M(tr(2,"en"), 14, "US$97.44 billion in November", "US$97.44 billion", 97.44e9, USD, "nov24"),
       M(tr(4,"en"), 3, "almost $1.2 trillion", "$1.2 trillion", 1.2e12, USD, "y25", qualifier="under"),
       M(tr(10,"hant"), 5, "一．二兆美元空前紀錄", "一．二兆美元", 1.2e12, USD, "y25"),
       M(tr(11,"hant"), 5, "近1.2兆美元", "1.2兆美元", 1.2e12, USD, "y25", qualifier="under"),
       M(tr(10,"hant"), 3, "首度突破1兆美元", "1兆美元", 1e12, USD, "y25", qualifier="over"),
       M(tr(10,"hant"), 13, "首度突破一兆美元", "一兆美元", 1e12, USD, "y25", qualifier="over"),
       M(tr(6,"en"), 3, "increased to 125.16 billion US dollar", "125.16 billion US dollar", 125.16e9, USD, "jf24"),
       M(tr(6,"en"), 3, "104.42 billion US dollar", "104.42 billion US dollar", 104.42e9, USD, "jf23"),
       M(tr(6,"en"), 3, "market predictions of 103.7 billion", "103.7 billion", 103.7e9, USD, "fc_jf24"),
       M(tr(6,"en"), 3, "a surplus of 823 billion US dollar", "823 billion US dollar", 823e9, USD, "y23")],
      {**cross((2,), (1,3,4), R), **cross((5,), (1,2,3,4), C), **cross((6,), (1,2,3,4,5), (C, D)),
       **cross((12,13), (9,10,11), K), (9,10): K, (10,11): K})

group("trade_surplus_growth", "trade", "Growth of China's 2025 trade surplus: 20%", "China", "growth of the trade surplus", "2025",
      "20% / 二十％ (consistent).",
      [M(tr(4,"en"), 5, "global surplus rose 20%", "20%", 20.0, PC, "y25"),
       M(tr(10,"hant"), 5, "年增二十％", "二十％", 20.0, PC, "y25")])

group("trade_exports_us_2025", "trade", "China's exports to the US in 2025: -20%", "China", "change of exports to the United States", "2025",
      "下跌20% / 年減二十％ (consistent).",
      [M(tr(11,"hant"), 5, "對美國出口顯著下跌20%", "20%", -20.0, PC, "y25"),
       M(tr(10,"hant"), 13, "出口美國年減二十％", "二十％", -20.0, PC, "y25")])

group("trade_exports_africa_2025", "trade", "China's exports to Africa in 2025: +26%", "China", "growth of exports to Africa", "2025",
      "26% / 二十六％ (consistent).",
      [M(tr(11,"hant"), 7, "對非洲出口暴增26%", "26%", 26.0, PC, "y25"),
       M(tr(10,"hant"), 13, "非洲更增二十六％", "二十六％", 26.0, PC, "y25")])

group("trade_exports_asean_2025", "trade", "China's exports to ASEAN / Southeast Asia in 2025: 13% vs 十三．四％", "China", "growth of exports to ASEAN", "2025",
      "World Journal's 13% rounds the FT's 13.4% (rounding).",
      [M(tr(11,"hant"), 7, "出口成長13%", "13%", 13.0, PC, "y25"),
       M(tr(10,"hant"), 13, "東南亞年增十三．四％", "十三．四％", 13.4, PC, "y25")],
      {(1,2): R})

group("trade_exports_eu_2025", "trade", "China's exports to the EU in 2025: 8% vs 八．四％", "China", "growth of exports to the EU", "2025",
      "8% rounds 8.4% (rounding).",
      [M(tr(11,"hant"), 7, "分別成長8%", "8%", 8.0, PC, "y25"),
       M(tr(10,"hant"), 13, "出口歐盟年增八．四％", "八．四％", 8.4, PC, "y25")],
      {(1,2): R})

group("trade_high_end_equipment", "trade", "Growth of high-end equipment exports in 2024: over 40% (超過4成 / 超四成)", "China", "growth of high-end equipment exports", "2024",
      "Consistent.",
      [M(tr(9,"hant"), 6, "高端裝備出口增長超過4成", "4成", 40.0, PC, "y24", qualifier="over"),
       M(tr(7,"hans"), 8, "高端装备出口暴增超四成", "四成", 40.0, PC, "y24", qualifier="over")])

single(tr(1,"en"), 7, "surplus of 7.27 trillion yuan", "7.27 trillion yuan", 7.27e12, CNY)
single(tr(1,"en"), 11, "(USD286.4 billion)", "USD286.4 billion", 286.4e9, USD)
single(tr(1,"en"), 15, "electric vehicles, which rose by 3.1 percent", "3.1 percent", 3.1, PC)
single(tr(1,"en"), 15, "surging by 32.8 percent", "32.8 percent", 32.8, PC)
single(tr(1,"en"), 19, "expanded by 9 percent in 2024", "9 percent", 9.0, PC)
single(tr(1,"en"), 23, "grew by 4.9 percent", "4.9 percent", 4.9, PC)
single(tr(1,"en"), 19, "nine consecutive years", "nine", 9.0, YR)
single(tr(1,"en"), 19, "fifth consecutive year", "fifth", 5.0, YR)
single(tr(3,"en"), 9, "more than 150 countries", "150", 150.0, CNT, qualifier="over")
single(tr(7,"hans"), 7, "本地配套率超 60%", "60%", 60.0, PC, qualifier="over")
single(tr(7,"hans"), 7, "出口劲增 15.4%", "15.4%", 15.4, PC)
single(tr(7,"hans"), 8, "约 30%", "30%", 30.0, PC, qualifier="approx")
single(tr(8,"hans"), 5, "对美国进出口4.01万亿元", "4.01万亿元", 4.01e12, CNY)
single(tr(8,"hans"), 5, "总值的8.8%", "8.8%", 8.8, PC)
single(tr(8,"hans"), 5, "3736.4亿美元", "3736.4亿美元", 373.64e9, USD)
single(tr(9,"hant"), 5, "增加了11.63萬億元", "11.63萬億元", 11.63e12, CNY)
single(tr(9,"hant"), 6, "出口增長8.7%", "8.7%", 8.7, PC)
single(tr(9,"hant"), 6, "比重達(dá)到59.4%", "59.4%", 59.4, PC)
single(tr(11,"hant"), 5, "從美國進口則下降15%", "15%", -15.0, PC)
single(tr(11,"hant"), 5, "全年貿易額為5597.47億美元", "5597.47億美元", 559.747e9, USD)
single(tr(11,"hant"), 5, "對美順差2803.5億美元", "2803.5億美元", 280.35e9, USD)
single(tr(11,"hant"), 7, "兩岸貿易額則為3143.34億美元", "3143.34億美元", 314.334e9, USD)
single(tr(11,"hant"), 7, "台灣對中國順差達1471.4億美元", "1471.4億美元", 147.14e9, USD)
single(tr(11,"hant"), 7, "下降6.9%", "6.9%", -6.9, PC)
single(tr(2,"en"), 6, "January 11, 2025", not_a_claim=True, kind="date")
single(tr(6,"en"), 3, "epa11203205", not_a_claim=True, kind="identifier", note="photo agency number")
single(tr(6,"en"), 3, "06 March 2024 (issued 07 March 2024)", not_a_claim=True, kind="date")
single(tr(8,"hans"), 4, "2026-01-15 05:37", not_a_claim=True, kind="date")
single(tr(8,"hans"), 5, "1月14日", not_a_claim=True, kind="date")
single(tr(4,"en"), 3, "date 2026-01-13", not_a_claim=True, kind="date")

# ============================================================ twexp: Taiwan's exports (Ministry of Finance), 2025 (9 January 2026), with 2024 / 2022 and monthly look-alikes
group("tw_exports_annual", "twexp", "Taiwan's exports: 2025 US$640.75 billion = 6407.5億美元 (seven, one in Chinese numerals) with bounds 突破6千億 / 6000億; December forecasts for 2025 (破六千億, 6000億); 2024 US$475.07 billion vs 'US$475 billion'; 2024 forecast range 473.2-474.4; Jan-Nov 2024 431.5 and Jan-Nov 2025 五七八四．九億; 2022 record US$479.4 / 479.41 billion vs 四七九四點二億 and 479.42; 2023 432.48; 2021 446.37",
      "Taiwan", "exports (USD)", "2025 / 2024 / 2022 / Jan-Nov / forecasts",
      "2025: 640.75 billion = 6407.5億 = 6,407.5 億 = 六四○七點五億 (consistent) and the bounds (consistent). ltn's 今年出口確定破六千億美元 and its headline 全年出口6000億美元 (November data, 9 December) are forecasts (different_basis). 2024: 'US$475 billion' rounds 475.07 (rounding); the November forecast 473.2-474.4 is a different basis. 2022 record: 479.4 (twice) rounds both 479.41 (Taipei Times, January 2025) and 479.42 (Taipei Times, January 2024; udn's 四七九四點二億) (rounding); 479.41 vs 479.42 is a conflict (two exact statements of one figure, two of them from the same paper a year apart). Jan-Nov 2024 and 2025, 2023 and 2021 are other periods.",
      [M(tw(1,"en"), 4, "to US$640.75 billion", "US$640.75 billion", 640.75e9, USD, "y25"),
       M(tw(2,"en"), 3, "34.9 percent to US$640.75 billion", "US$640.75 billion", 640.75e9, USD, "y25"),
       M(tw(6,"hant"), 5, "114年出口6407.5億美元", "6407.5億美元", 640.75e9, USD, "y25"),
       M(tw(7,"hant"), 5, "達到6407.5億美元", "6407.5億美元", 640.75e9, USD, "y25"),
       M(tw(8,"hant"), 7, "累計達 6,407.5 億美元", "6,407.5 億美元", 640.75e9, USD, "y25"),
       M(tw(9,"hant"), 7, "六四○七點五億美元", "六四○七點五億美元", 640.75e9, USD, "y25"),
       M(tw(10,"hant"), 7, "去年全年出口6407.5億美元", "6407.5億美元", 640.75e9, USD, "y25"),
       M(tw(7,"hant"), 5, "首度突破了6千億美元大關", "6千億美元", 600e9, USD, "y25", qualifier="over"),
       M(tw(9,"hant"), 11, "出口首度突破6000億美元", "6000億美元", 600e9, USD, "y25", qualifier="over", note="subheading"),
       M(tw(9,"hant"), 13, "首度突破6000億美元", "6000億美元", 600e9, USD, "y25", qualifier="over"),
       M(tw(11,"hant"), 7, "今年出口確定破六千億美元", "六千億美元", 600e9, USD, "fc25", qualifier="over"),
       M(tw(11,"hant"), 9, "全年出口6000億美元", "6000億美元", 600e9, USD, "fc25", note="subheading: 估"),
       M(tw(3,"en"), 3, "to US$475.07 billion", "US$475.07 billion", 475.07e9, USD, "y24"),
       M(tw(5,"en"), 7, "to US$475 billion", "US$475 billion", 475e9, USD, "y24"),
       M(tw(4,"en"), 11, "between US$473.2 billion and US$474.4 billion", "US$473.2 billion and US$474.4 billion", [473.2e9, 474.4e9], USD, "fc24"),
       M(tw(4,"en"), 6, "totaled US$431.5 billion", "US$431.5 billion", 431.5e9, USD, "jn24"),
       M(tw(11,"hant"), 7, "五七八四．九億美元", "五七八四．九億美元", 578.49e9, USD, "jn25"),
       M(tw(1,"en"), 4, "previous record of US$479.4 billion", "US$479.4 billion", 479.4e9, USD, "y22"),
       M(tw(3,"en"), 3, "after US$479.41 billion in 2022", "US$479.41 billion", 479.41e9, USD, "y22"),
       M(tw(4,"en"), 6, "behind only US$479.4 billion in 2022", "US$479.4 billion", 479.4e9, USD, "y22"),
       M(tw(12,"hant"), 5, "四七九四點二億美元", "四七九四點二億美元", 479.42e9, USD, "y22"),
       M(tw(14,"en"), 7, "to US$432.48 billion", "US$432.48 billion", 432.48e9, USD, "y23"),
       M(tw(14,"en"), 7, "after US$479.42 billion in 2022", "US$479.42 billion", 479.42e9, USD, "y22"),
       M(tw(14,"en"), 7, "US$446.37 billion in 2021", "US$446.37 billion", 446.37e9, USD, "y21"),
       M(tw(13,"hant"), 5, "來到6407.5億美元", "6407.5億美元", 640.75e9, USD, "y25"),
       M(tw(13,"hant"), 5, "更衝破6千億美元大關", "6千億美元", 600e9, USD, "y25", qualifier="over")],
      {**cross((8,9,10,26), (1,2,3,4,5,6,7,25), K), (13,14): R, **cross((18,20), (19,21,23), R), (19,21): C, (19,23): C})

group("tw_exports_growth", "twexp", "Growth of Taiwan's exports: 2025 34.9% (seven, one as 百分之卅四點九); 2024 9.9%; Jan-Nov 2024 9.9%; Jan-Nov 2025 三十四．一％",
      "Taiwan", "export growth", "2025 / 2024 / Jan-Nov 2024 / Jan-Nov 2025",
      "Each period's statements agree; Jan-Nov 2024's 9.9% equals the full year's but is another period (different_basis).",
      [M(tw(1,"en"), 4, "rose 34.9 percent", "34.9 percent", 34.9, PC, "y25"),
       M(tw(2,"en"), 3, "surging 34.9 percent", "34.9 percent", 34.9, PC, "y25"),
       M(tw(6,"hant"), 5, "年增率達34.9%", "34.9%", 34.9, PC, "y25"),
       M(tw(7,"hant"), 5, "年增34.9%，創近15年", "34.9%", 34.9, PC, "y25"),
       M(tw(8,"hant"), 7, "成長 34.9%", "34.9%", 34.9, PC, "y25"),
       M(tw(9,"hant"), 7, "年增百分之卅四點九", "百分之卅四點九", 34.9, PC, "y25"),
       M(tw(10,"hant"), 7, "年增34.9%；進口", "34.9%", 34.9, PC, "y25"),
       M(tw(3,"en"), 3, "grew 9.9 percent year-on-year", "9.9 percent", 9.9, PC, "y24"),
       M(tw(5,"en"), 7, "exports grew 9.9 percent", "9.9 percent", 9.9, PC, "y24"),
       M(tw(4,"en"), 6, "up 9.9 percent year-over-year", "9.9 percent", 9.9, PC, "jn24"),
       M(tw(11,"hant"), 7, "年增三十四．一％", "三十四．一％", 34.1, PC, "jn25"),
       M(tw(13,"hant"), 11, "年增率34.9％", "34.9％", 34.9, PC, "y25"),
       M(tw(14,"en"), 7, "fell 9.8 percent", "9.8 percent", -9.8, PC, "y23")])

group("tw_imports", "twexp", "Taiwan's imports: 2025 US$483.61 billion = 4836.1億 (seven); 2022 record 428.1; 2024 394; Jan-Nov 2024 357.1; Jan-Nov 2025 四四〇六億",
      "Taiwan", "imports (USD)", "2025 / 2022 / 2024 / Jan-Nov", "2025's statements agree; other periods differ.",
      [M(tw(1,"en"), 5, "to a record US$483.61 billion", "US$483.61 billion", 483.61e9, USD, "y25"),
       M(tw(2,"en"), 3, "22.6 percent to US$483.61 billion", "US$483.61 billion", 483.61e9, USD, "y25"),
       M(tw(6,"hant"), 5, "進口4836.1億美元", "4836.1億美元", 483.61e9, USD, "y25"),
       M(tw(7,"hant"), 5, "進口4836.1億美元", "4836.1億美元", 483.61e9, USD, "y25"),
       M(tw(8,"hant"), 7, "為 4,836.1 億美元", "4,836.1 億美元", 483.61e9, USD, "y25"),
       M(tw(9,"hant"), 7, "四八三六點一億美元", "四八三六點一億美元", 483.61e9, USD, "y25"),
       M(tw(10,"hant"), 7, "進口4836.1億美元", "4836.1億美元", 483.61e9, USD, "y25"),
       M(tw(1,"en"), 5, "US$428.1 billion in 2022", "US$428.1 billion", 428.1e9, USD, "y22"),
       M(tw(5,"en"), 7, "to US$394 billion", "US$394 billion", 394e9, USD, "y24"),
       M(tw(4,"en"), 7, "totaled US$357.1 billion", "US$357.1 billion", 357.1e9, USD, "jn24"),
       M(tw(11,"hant"), 11, "前十一月進口四四〇六億美元", "四四〇六億美元", 440.6e9, USD, "jn25"),
       M(tw(13,"hant"), 11, "進口金額4836.1億美元", "4836.1億美元", 483.61e9, USD, "y25"),
       M(tw(14,"en"), 7, "to US$351.62 billion", "US$351.62 billion", 351.62e9, USD, "y23")])

group("tw_imports_growth", "twexp", "Growth of Taiwan's imports: 2025 22.6% (six); 2024 12.2%; Jan-Nov 2024 10.6%; Jan-Nov 2025 二十三．五％",
      "Taiwan", "import growth", "2025 / 2024 / Jan-Nov", "2025's statements agree; other periods differ.",
      [M(tw(1,"en"), 5, "Imports rose 22.6 percent", "22.6 percent", 22.6, PC, "y25"),
       M(tw(2,"en"), 3, "and 22.6 percent", "22.6 percent", 22.6, PC, "y25"),
       M(tw(6,"hant"), 5, "及22.6%", "22.6%", 22.6, PC, "y25"),
       M(tw(7,"hant"), 5, "年增22.6%", "22.6%", 22.6, PC, "y25"),
       M(tw(8,"hant"), 7, "及 22.6%", "22.6%", 22.6, PC, "y25"),
       M(tw(9,"hant"), 7, "百分之廿二點六", "百分之廿二點六", 22.6, PC, "y25"),
       M(tw(5,"en"), 7, "surged 12.2 percent", "12.2 percent", 12.2, PC, "y24"),
       M(tw(4,"en"), 7, "up 10.6 percent from a year earlier", "10.6 percent", 10.6, PC, "jn24"),
       M(tw(11,"hant"), 11, "年增二十三．五％", "二十三．五％", 23.5, PC, "jn25"),
       M(tw(13,"hant"), 11, "34.9％與22.6％", "22.6％", 22.6, PC, "y25"),
       M(tw(14,"en"), 7, "imports dropped 17.8 percent", "17.8 percent", -17.8, PC, "y23")])

group("tw_surplus", "twexp", "Taiwan's trade surplus: 2025 US$157.14 billion = 1571.4億 (seven) vs udn's 1571.37億 and nownews' 1571億; forecasts 破一五〇〇億 / 1500億; 2023 80.8 vs 80.56; Jan-Nov 2024 74.4; Jan-Nov 2025 一三七九億",
      "Taiwan", "trade surplus (USD)", "2025 / forecasts / 2023 / Jan-Nov",
      "157.14 billion = 1571.4億 (consistent). udn's 1571.37億 is the unrounded figure (rounding vs 1571.4); nownews' 去年總出超1571億美元 rounds both (rounding). Yahoo/China Times' 出超金額為1571億美元 likewise (rounding). The December forecasts (破一五〇〇億, 1500億) and other periods are different_basis. 2023: Focus Taiwan's 'US$80.8 billion in 2023' (December 2024) vs the Taipei Times' US$80.56 billion (January 2024): conflict (80.56 does not round to 80.8; the later figure is presumably revised, which neither page says).",
      [M(tw(1,"en"), 5, "to a record US$157.14 billion", "US$157.14 billion", 157.14e9, USD, "y25"),
       M(tw(2,"en"), 3, "surplus of US$157.14 billion", "US$157.14 billion", 157.14e9, USD, "y25"),
       M(tw(6,"hant"), 5, "出超1571.4億美元亦", "1571.4億美元", 157.14e9, USD, "y25"),
       M(tw(7,"hant"), 5, "出超1571.4億美元也", "1571.4億美元", 157.14e9, USD, "y25"),
       M(tw(7,"hant"), 5, "去年總出超1571億美元", "1571億美元", 157.1e9, USD, "y25"),
       M(tw(8,"hant"), 7, "來到 1,571.4 億美元", "1,571.4 億美元", 157.14e9, USD, "y25"),
       M(tw(9,"hant"), 3, "來到一五七一點四億美元", "一五七一點四億美元", 157.14e9, USD, "y25"),
       M(tw(9,"hant"), 7, "全年出超總計一五七一點四億美元", "一五七一點四億美元", 157.14e9, USD, "y25"),
       M(tw(10,"hant"), 7, "出超1571.37億美元", "1571.37億美元", 157.137e9, USD, "y25"),
       M(tw(11,"hant"), 7, "出超有機會破一五〇〇億美元", "一五〇〇億美元", 150e9, USD, "fc25", qualifier="over"),
       M(tw(11,"hant"), 9, "出超1500億美元", "1500億美元", 150e9, USD, "fc25", note="subheading: 估"),
       M(tw(4,"en"), 11, "US$80.8 billion in 2023", "US$80.8 billion", 80.8e9, USD, "y23"),
       M(tw(4,"en"), 7, "trade surplus of US$74.4 billion", "US$74.4 billion", 74.4e9, USD, "jn24"),
       M(tw(11,"hant"), 11, "前十一月出超一三七九億美元", "一三七九億美元", 137.9e9, USD, "jn25"),
       M(tw(13,"hant"), 11, "出超金額為1571億美元", "1571億美元", 157.1e9, USD, "y25"),
       M(tw(14,"en"), 8, "trade surplus of US$80.56 billion", "US$80.56 billion", 80.56e9, USD, "y23")],
      {**cross((5,15), (1,2,3,4,6,7,8,9), R), **cross((9,), (1,2,3,4,6,7,8), R), (12,16): C})

group("tw_surplus_growth", "twexp", "Growth of Taiwan's 2025 trade surplus: 95%", "Taiwan", "growth of the trade surplus", "2025",
      "95.0 percent / 百分之九十五 / 95% (consistent).",
      [M(tw(1,"en"), 5, "up 95.0 percent", "95.0 percent", 95.0, PC, "y25"),
       M(tw(9,"hant"), 3, "年增百分之九十五", "百分之九十五", 95.0, PC, "y25"),
       M(tw(10,"hant"), 3, "成長達95%", "95%", 95.0, PC, "y25")])

group("tw_surplus_increase", "twexp", "Increase of Taiwan's trade surplus in 2025: 765.6億美元", "Taiwan", "increase of the trade surplus (USD)", "2025",
      "七六五點六億 / 765.6億 (consistent).",
      [M(tw(9,"hant"), 7, "較上年大增七六五點六億美元", "七六五點六億美元", 76.56e9, USD, "y25"),
       M(tw(10,"hant"), 7, "年增765.6億美元", "765.6億美元", 76.56e9, USD, "y25")])

group("tw_surplus_us", "twexp", "Taiwan's trade surplus with the US: 2025 1501.16億美元 (1501億, 一五○一點二億); 2024 647.03億 (六四七億) vs Taipei Times' US$64.88 billion",
      "Taiwan", "trade surplus with the United States (USD)", "2025 / 2024",
      "2025: 1501億 and 一五○一點二億 are roundings of 1501.16億 (rounding; 1501 vs 1501.2 rounding). 2024: 六四七億 rounds 647.03億 (rounding); the Taipei Times' US$64.88 billion (January 2025) differs from both: conflict.",
      [M(tw(10,"hant"), 3, "對美國出超金額為1501.16億美元", "1501.16億美元", 150.116e9, USD, "y25"),
       M(tw(7,"hant"), 5, "達1501億美元", "1501億美元", 150.1e9, USD, "y25"),
       M(tw(9,"hant"), 3, "一五○一點二億美元", "一五○一點二億美元", 150.12e9, USD, "y25"),
       M(tw(10,"hant"), 3, "2024年的647.03億美元", "647.03億美元", 64.703e9, USD, "y24"),
       M(tw(9,"hant"), 3, "二○二四年的六四七億美元", "六四七億美元", 64.7e9, USD, "y24"),
       M(tw(3,"en"), 6, "the US$64.88 billion with the US", "US$64.88 billion", 64.88e9, USD, "y24"),
       M(tw(13,"hant"), 11, "達到1501億美元", "1501億美元", 150.1e9, USD, "y25")],
      {(1,2): R, (1,3): R, (2,3): R, (4,5): R, (4,6): C, (5,6): C, (1,7): R, (3,7): R})

group("tw_surplus_us_growth", "twexp", "Growth of Taiwan's surplus with the US in 2025: 1.32 times higher", "Taiwan", "increase of the surplus with the US (multiple)", "2025",
      "1.32倍 / 一點三二倍 (consistent).",
      [M(tw(10,"hant"), 3, "高出1.32倍", "1.32倍", 1.32, TIMES, "y25"),
       M(tw(9,"hant"), 3, "高出一點三二倍", "一點三二倍", 1.32, TIMES, "y25")])

group("tw_exports_us", "twexp", "Taiwan's exports to the US: 2025 1982.7億美元 (twice); 2024 US$111.37 billion vs US$111.4 billion",
      "Taiwan", "exports to the United States (USD)", "2025 / 2024", "2024: 111.4 rounds 111.37 (rounding); 2025 another year.",
      [M(tw(6,"hant"), 3, "對美出口1982.7億美元，刷新", "1982.7億美元", 198.27e9, USD, "y25"),
       M(tw(6,"hant"), 7, "對美國出口1982.7億美元", "1982.7億美元", 198.27e9, USD, "y25"),
       M(tw(3,"en"), 7, "shipments of US$111.37 billion", "US$111.37 billion", 111.37e9, USD, "y24"),
       M(tw(5,"en"), 11, "record high of US$111.4 billion", "US$111.4 billion", 111.4e9, USD, "y24")],
      {(3,4): R})

group("tw_exports_us_growth", "twexp", "Growth of Taiwan's exports to the US: 2025 78% (three); 2024 46.1% (twice)",
      "Taiwan", "growth of exports to the United States", "2025 / 2024", "Each year agrees; years differ.",
      [M(tw(6,"hant"), 7, "年增78.0%", "78.0%", 78.0, PC, "y25"),
       M(tw(6,"hant"), 9, "對美出口年增率78%", "78%", 78.0, PC, "y25"),
       M(tw(7,"hant"), 5, "各年增78%", "78%", 78.0, PC, "y25"),
       M(tw(3,"en"), 7, "up 46.1 percent and 15.1", "46.1 percent", 46.1, PC, "y24"),
       M(tw(5,"en"), 11, "up 46.1 percent over 2023", "46.1 percent", 46.1, PC, "y24")])

group("tw_exports_asean", "twexp", "Taiwan's exports to ASEAN: 2025 1189.8億美元; 2024 US$87.79 billion vs US$87.8 billion",
      "Taiwan", "exports to ASEAN (USD)", "2025 / 2024", "2024: 87.8 rounds 87.79 (rounding).",
      [M(tw(6,"hant"), 7, "對東協出口1189.8億美元", "1189.8億美元", 118.98e9, USD, "y25"),
       M(tw(3,"en"), 7, "US$87.79 billion respectively", "US$87.79 billion", 87.79e9, USD, "y24"),
       M(tw(5,"en"), 11, "15.1 percent to US$87.8 billion", "US$87.8 billion", 87.8e9, USD, "y24")],
      {(2,3): R})

group("tw_exports_asean_growth", "twexp", "Growth of Taiwan's exports to ASEAN: 2025 35.6% (twice); 2024 15.1% (twice)",
      "Taiwan", "growth of exports to ASEAN", "2025 / 2024", "Each year agrees; years differ.",
      [M(tw(6,"hant"), 7, "年增35.6%", "35.6%", 35.6, PC, "y25"),
       M(tw(7,"hant"), 5, "35.6%，規模", "35.6%", 35.6, PC, "y25"),
       M(tw(3,"en"), 7, "and 15.1 percent from", "15.1 percent", 15.1, PC, "y24"),
       M(tw(5,"en"), 11, "increased 15.1 percent", "15.1 percent", 15.1, PC, "y24")])

group("tw_exports_china", "twexp", "Taiwan's exports to China and Hong Kong: 2025 1704.8億美元; 2024 US$150.62 billion", "Taiwan", "exports to China and Hong Kong (USD)", "2025 / 2024",
      "Different years.",
      [M(tw(6,"hant"), 7, "對中國與香港出口1704.8億美元", "1704.8億美元", 170.48e9, USD, "y25"),
       M(tw(3,"en"), 5, "to US$150.62 billion", "US$150.62 billion", 150.62e9, USD, "y24")])

group("tw_exports_china_growth", "twexp", "Growth of Taiwan's exports to China and Hong Kong: 2025 13.2% (twice); 2024 -1.1%", "Taiwan", "growth of exports to China and Hong Kong", "2025 / 2024",
      "2025 twice (consistent); 2024 another year.",
      [M(tw(6,"hant"), 7, "年增13.2%", "13.2%", 13.2, PC, "y25"),
       M(tw(7,"hant"), 5, "對陸港增13.2%", "13.2%", 13.2, PC, "y25"),
       M(tw(3,"en"), 5, "decreased 1.1 percent", "1.1 percent", -1.1, PC, "y24"),
       M(tw(13,"hant"), 13, "轉為上升13.2％", "13.2％", 13.2, PC, "y25")])

group("tw_share_us", "twexp", "US share of Taiwan's exports: 2025 30.9% (three); 2024 23.4%; November 2025 三十八．一％", "Taiwan", "share of exports going to the US", "2025 / 2024 / November 2025",
      "2025 three times (consistent); other periods differ.",
      [M(tw(6,"hant"), 3, "對美出口比重增至30.9%", "30.9%", 30.9, PC, "y25"),
       M(tw(6,"hant"), 11, "上升到30.9%", "30.9%", 30.9, PC, "y25"),
       M(tw(7,"hant"), 5, "提升至30.9%", "30.9%", 30.9, PC, "y25"),
       M(tw(5,"en"), 13, "share of 23.4 percent", "23.4 percent", 23.4, PC, "y24"),
       M(tw(11,"hant"), 15, "升至三十八．一％", "三十八．一％", 38.1, PC, "nov25"),
       M(tw(13,"hant"), 13, "比率上升到30.9％", "30.9％", 30.9, PC, "y25")])

group("tw_share_china", "twexp", "China and Hong Kong's share of Taiwan's exports: 2025 26.6% (three); 2024 31.7% (twice)", "Taiwan", "share of exports going to China and Hong Kong", "2025 / 2024",
      "Each year agrees; years differ.",
      [M(tw(6,"hant"), 3, "對中國與香港的26.6%", "26.6%", 26.6, PC, "y25"),
       M(tw(6,"hant"), 11, "下降到26.6%", "26.6%", 26.6, PC, "y25"),
       M(tw(7,"hant"), 5, "占比26.6%", "26.6%", 26.6, PC, "y25"),
       M(tw(3,"en"), 5, "dropped to 31.7 percent", "31.7 percent", 31.7, PC, "y24"),
       M(tw(5,"en"), 13, "dropped to 31.7 percent", "31.7 percent", 31.7, PC, "y24"),
       M(tw(13,"hant"), 13, "對大陸降至26.6％", "26.6％", 26.6, PC, "y25")])

group("tw_us_over_china_years", "twexp", "US share above China's for the first time in 26 years (2025)", "Taiwan", "years since the US last out-ranked China as export market", "2025",
      "26 three times (consistent).",
      [M(tw(6,"hant"), 3, "為26年來首見", "26年", 26.0, YR, "y25"),
       M(tw(6,"hant"), 11, "過去26年來", "26年", 26.0, YR, "y25"),
       M(tw(7,"hant"), 5, "也是26年來首見", "26年", 26.0, YR, "y25"),
       M(tw(13,"hant"), 13, "是26年以來", "26年", 26.0, YR, "y25")])

group("tw_china_share_low_years", "twexp", "China and Hong Kong's 2024 share: lowest in 23 years", "Taiwan", "years since China's share was as low", "2024",
      "23 twice (consistent).",
      [M(tw(3,"en"), 5, "a 23-year low", "23-year", 23.0, YR, "y24"),
       M(tw(5,"en"), 13, "the lowest in 23 years", "23 years", 23.0, YR, "y24")])

group("tw_ict_growth", "twexp", "Growth of Taiwan's ICT and audio-video exports: 2025 89.5% (three); 2024 59%; Jan-Nov 2024 64.9%", "Taiwan", "growth of ICT and audio-video product exports", "2025 / 2024 / Jan-Nov 2024",
      "2025 three times (consistent); other periods differ.",
      [M(tw(1,"en"), 6, "surged 89.5 percent", "89.5 percent", 89.5, PC, "y25"),
       M(tw(1,"en"), 8, "89.5 percent in 2025", "89.5 percent", 89.5, PC, "y25"),
       M(tw(6,"hant"), 9, "出口年增率89.5%", "89.5%", 89.5, PC, "y25"),
       M(tw(1,"en"), 8, "increasing 59 percent in 2024", "59 percent", 59.0, PC, "y24"),
       M(tw(4,"en"), 8, "up 64.9 percent", "64.9 percent", 64.9, PC, "jn24")])

group("tw_two_categories_share", "twexp", "Share of ICT/audio-video plus electronic components in Taiwan's exports: about 74% / 7成4 (2025); cnyes' 7 成 4 beside the December figures",
      "Taiwan", "share of the two electronics categories in total exports", "2025 / December 2025",
      "Focus Taiwan's 'about 74 percent' and nownews' 7成4 (both the year) agree. cnyes writes 占總出口比重已提升至 7 成 4 right after December's growth (65.5%), read as December's share: different_basis (same value).",
      [M(tw(1,"en"), 7, "about 74 percent", "74 percent", 74.0, PC, "y25", qualifier="approx"),
       M(tw(7,"hant"), 5, "比重達7成4", "7成4", 74.0, PC, "y25"),
       M(tw(8,"hant"), 9, "提升至 7 成 4", "7 成 4", 74.0, PC, "dec25")])

group("tw_two_categories_growth", "twexp", "Combined growth of the two electronics categories: December 2025 65.5% (twice); 2025 53%", "Taiwan", "combined export growth of ICT/audio-video and electronic components", "December 2025 / 2025",
      "December twice (consistent); the year's 53% differs in period.",
      [M(tw(7,"hant"), 5, "合計增加65.5%", "65.5%", 65.5, PC, "dec25"),
       M(tw(8,"hant"), 9, "合計達 65.5%", "65.5%", 65.5, PC, "dec25"),
       M(tw(7,"hant"), 5, "併計成長53%", "53%", 53.0, PC, "y25")])

group("tw_ict_dec_growth", "twexp", "December 2025 growth of ICT and audio-video exports: 1.3 times", "Taiwan", "December growth of ICT/audio-video exports (multiple)", "December 2025",
      "1.3倍 three times (consistent).",
      [M(tw(7,"hant"), 5, "各年增1.3倍", "1.3倍", 1.3, TIMES, "dec25"),
       M(tw(8,"hant"), 9, "成長 1.3 倍", "1.3 倍", 1.3, TIMES, "dec25"),
       M(tw(10,"hant"), 11, "年成長分別為1.3倍", "1.3倍", 1.3, TIMES, "dec25")])

group("tw_components_dec_growth", "twexp", "December 2025 growth of electronic-component exports: 24.1%", "Taiwan", "December growth of electronic-component exports", "December 2025",
      "24.1% three times (consistent).",
      [M(tw(7,"hant"), 5, "1.3倍、24.1%", "24.1%", 24.1, PC, "dec25"),
       M(tw(8,"hant"), 9, "年增 24.1%", "24.1%", 24.1, PC, "dec25"),
       M(tw(10,"hant"), 11, "1.3倍、24.1%", "24.1%", 24.1, PC, "dec25")])

group("tw_monthly_exports", "twexp", "Taiwan's monthly exports: December 2025 US$62.48 billion = 624.8億 (four); December 2024 43.59; November 2024 41.09; November 2025 六四〇．五億; September 2025 五四二點五億; forecasts for December 2024 (41.7-42.9), December 2025 (六一〇億至六三二億) and October 2025 (五二八億至五四九億)",
      "Taiwan", "monthly exports (USD)", "months of 2024-2025 and forecasts", "December 2025 four times (consistent); other months and forecasts differ.",
      [M(tw(2,"en"), 5, "to US$62.48 billion", "US$62.48 billion", 62.48e9, USD, "dec25"),
       M(tw(7,"hant"), 5, "12月出口624.8億美元", "624.8億美元", 62.48e9, USD, "dec25"),
       M(tw(8,"hant"), 5, "達 624.8 億美元", "624.8 億美元", 62.48e9, USD, "dec25"),
       M(tw(10,"hant"), 7, "去年12月出口624.8億美元", "624.8億美元", 62.48e9, USD, "dec25"),
       M(tw(3,"en"), 4, "at US$43.59 billion", "US$43.59 billion", 43.59e9, USD, "dec24"),
       M(tw(4,"en"), 4, "totaled US$41.09 billion", "US$41.09 billion", 41.09e9, USD, "nov24"),
       M(tw(11,"hant"), 7, "十一月出口六四〇．五億美元", "六四〇．五億美元", 64.05e9, USD, "nov25"),
       M(tw(12,"hant"), 3, "九月出口為五四二點五億美元", "五四二點五億美元", 54.25e9, USD, "sep25"),
       M(tw(4,"en"), 10, "US$41.7 billion to US$42.9 billion", "US$41.7 billion to US$42.9 billion", [41.7e9, 42.9e9], USD, "fc_dec24"),
       M(tw(11,"hant"), 13, "六一〇億至六三二億美元", "六一〇億至六三二億美元", [61e9, 63.2e9], USD, "fc_dec25"),
       M(tw(12,"hant"), 5, "五二八億至五四九億美元", "五二八億至五四九億美元", [52.8e9, 54.9e9], USD, "fc_oct25"),
       M(tw(13,"hant"), 3, "去年12月出口額為624.8億美元", "624.8億美元", 62.48e9, USD, "dec25", note="photo caption"),
       M(tw(13,"hant"), 5, "12月出口額為624.8億美元", "624.8億美元", 62.48e9, USD, "dec25"),
       M(tw(14,"en"), 3, "to US$39.94 billion", "US$39.94 billion", 39.94e9, USD, "dec23")])

group("tw_monthly_growth", "twexp", "Taiwan's monthly export growth: December 2025 43.4% (four); December 2024 9.2%; November 2024 9.7%; November 2025 56% (twice); forecast for December 2025 四十％至四十五％",
      "Taiwan", "monthly export growth", "months of 2024-2025 and a forecast", "Each month agrees with itself; months and the forecast differ.",
      [M(tw(2,"en"), 5, "rose 43.4 percent", "43.4 percent", 43.4, PC, "dec25"),
       M(tw(7,"hant"), 5, "年增43.4%", "43.4%", 43.4, PC, "dec25"),
       M(tw(8,"hant"), 5, "高達 43.4%", "43.4%", 43.4, PC, "dec25"),
       M(tw(10,"hant"), 7, "增43.4%", "43.4%", 43.4, PC, "dec25"),
       M(tw(3,"en"), 4, "9.2 percent annual growth", "9.2 percent", 9.2, PC, "dec24"),
       M(tw(4,"en"), 4, "up 9.7 percent", "9.7 percent", 9.7, PC, "nov24"),
       M(tw(11,"hant"), 5, "年增56％", "56％", 56.0, PC, "nov25", note="subheading"),
       M(tw(11,"hant"), 7, "年增五十六％", "五十六％", 56.0, PC, "nov25"),
       M(tw(11,"hant"), 13, "年增四十％至四十五％", "四十％至四十五％", [40.0, 45.0], PC, "fc_dec25"),
       M(tw(13,"hant"), 5, "年增率43.4％", "43.4％", 43.4, PC, "dec25"),
       M(tw(14,"en"), 3, "increased 11.8 percent", "11.8 percent", 11.8, PC, "dec23"),
       M(tw(14,"en"), 4, "a 3.8 percent increase the previous month", "3.8 percent", 3.8, PC, "nov23"),
       M(tw(14,"en"), 4, "forecast of 4 to 7 percent growth", "4 to 7 percent", [4.0, 7.0], PC, "fc_dec23")])

group("tw_growth_streak", "twexp", "Months of consecutive export growth: 26 (December 2025, four); 14 (December 2024); 13 (November 2024); 25 (November 2025, twice); 23 (September 2025)",
      "Taiwan", "consecutive months of export growth", "as of each month", "Each month's count agrees; months differ.",
      [M(tw(2,"en"), 5, "the 26th month of consecutive growth", "26th", 26.0, MO, "dec25"),
       M(tw(7,"hant"), 5, "連續26個月正成長", "26個月", 26.0, MO, "dec25"),
       M(tw(8,"hant"), 5, "連續 26 個月正成長", "26 個月", 26.0, MO, "dec25"),
       M(tw(10,"hant"), 11, "已連續26個月成長", "26個月", 26.0, MO, "dec25"),
       M(tw(3,"en"), 4, "the 14th consecutive month", "14th", 14.0, MO, "dec24"),
       M(tw(4,"en"), 3, "a 13th consecutive month", "13th", 13.0, MO, "nov24"),
       M(tw(11,"hant"), 5, "連25紅", "25", 25.0, MO, "nov25", note="subheading"),
       M(tw(11,"hant"), 7, "連續二十五個月成長", "二十五個月", 25.0, MO, "nov25"),
       M(tw(12,"hant"), 3, "連續廿三個月成長", "廿三個月", 23.0, MO, "sep25"),
       M(tw(13,"hant"), 5, "為連續26個月正成長", "26個月", 26.0, MO, "dec25")])

group("tw_600_streak", "twexp", "Months in a row with exports above 60 billion dollars (December 2025): 3", "Taiwan", "consecutive months of exports above US$60 billion", "December 2025",
      "3 three times (consistent; udn writes 600億元 without 美).",
      [M(tw(7,"hant"), 5, "連3個月站上600億美元", "3個月", 3.0, MO, "dec25"),
       M(tw(8,"hant"), 5, "連續第 3 個月站穩", "3 個月", 3.0, MO, "dec25"),
       M(tw(10,"hant"), 11, "連續3個月出口值上600億元", "3個月", 3.0, MO, "dec25")])

group("tw_q4_exports", "twexp", "Taiwan's Q4 2025 exports: 1,881.1 億美元 (twice) vs udn's 1881億", "Taiwan", "fourth-quarter exports (USD)", "Q4 2025",
      "1881億 rounds 1,881.1億 (rounding).",
      [M(tw(8,"hant"), 5, "單季出口 1,881.1 億美元", "1,881.1 億美元", 188.11e9, USD, "q4_25"),
       M(tw(8,"hant"), 7, "單季出口值達 1,881.1 億美元", "1,881.1 億美元", 188.11e9, USD, "q4_25"),
       M(tw(10,"hant"), 9, "第4季出口值1881億美元", "1881億美元", 188.1e9, USD, "q4_25"),
       M(tw(13,"hant"), 7, "第4季出口值1881.1億美元", "1881.1億美元", 188.11e9, USD, "q4_25")],
      {(1,3): R, (2,3): R, (3,4): R})

group("tw_quarterly_growth", "twexp", "Growth of Taiwan's quarterly exports in 2025: Q1 17.5%, Q2 34.1%, Q3 36.5%, Q4 49.4% (four)", "Taiwan", "quarterly export growth", "Q1-Q4 2025",
      "Q4's 49.4% four times (consistent); other quarters differ (Q2's 34.1% is a look-alike of Jan-Nov's 三十四．一％, in another group).",
      [M(tw(8,"hant"), 5, "同季大增 49.4%", "49.4%", 49.4, PC, "q4_25"),
       M(tw(8,"hant"), 7, "同季大增 49.4%", "49.4%", 49.4, PC, "q4_25"),
       M(tw(10,"hant"), 9, "年增率49.4%", "49.4%", 49.4, PC, "q4_25"),
       M(tw(13,"hant"), 7, "第4季更攀升到49.4％", "49.4％", 49.4, PC, "q4_25"),
       M(tw(13,"hant"), 7, "第1季年增率17.5％", "17.5％", 17.5, PC, "q1_25"),
       M(tw(13,"hant"), 7, "第2季翻倍為34.1％", "34.1％", 34.1, PC, "q2_25"),
       M(tw(13,"hant"), 7, "第3季為36.5％", "36.5％", 36.5, PC, "q3_25")])

group("tw_q4_beat", "twexp", "Amount by which Q4 2025 exports beat the DGBAS forecast: 158億美元", "Taiwan", "Q4 2025 exports above forecast (USD)", "Q4 2025",
      "158億 twice (consistent).",
      [M(tw(10,"hant"), 9, "高出158億美元", "158億美元", 15.8e9, USD, "q4_25"),
       M(tw(13,"hant"), 7, "金額多出158億美元", "158億美元", 15.8e9, USD, "q4_25")])

group("tw_q4_beat_rate", "twexp", "Q4 2025 export growth above the DGBAS forecast: 12.6個百分點 (Yahoo) vs udn's '12.6%'", "Taiwan", "Q4 2025 export growth above forecast", "Q4 2025",
      "The same 12.6 (49.4% vs the forecast 36.84%); udn writes it as '12.6%' beside the dollar gap, Yahoo as 12.6 percentage points. Read as one figure (consistent), with conflict as alt (a percent is not a percentage point; 158億 is 9% of the forecast, not 12.6%).",
      [M(tw(10,"hant"), 9, "、12.6%，", "12.6%", 12.6, PC, "q4_25"),
       M(tw(13,"hant"), 7, "高出12.6個百分點", "12.6個百分點", 12.6, PP, "q4_25")],
      {(1,2): (K, C)})

single(tw(1,"en"), 6, "new high of US$251.15 billion", "US$251.15 billion", 251.15e9, USD)
single(tw(1,"en"), 6, "rose 25.8 percent", "25.8 percent", 25.8, PC)
single(tw(1,"en"), 6, "US$222.87 billion", "US$222.87 billion", 222.87e9, USD)
single(tw(1,"en"), 8, "totaled US$83.36 billion", "US$83.36 billion", 83.36e9, USD)
single(tw(1,"en"), 10, "fell 2.0 percent", "2.0 percent", -2.0, PC)
single(tw(1,"en"), 11, "exports of US$25.75 billion", "US$25.75 billion", 25.75e9, USD)
single(tw(2,"en"), 5, "imports gained 14.9 percent", "14.9 percent", 14.9, PC)
single(tw(2,"en"), 5, "to US$43.04, also", "US$43.04", 43.04, USD, note="December 2025 imports; the page omits 'billion', read as written")
single(tw(3,"en"), 6, "US$69.996 billion", "US$69.996 billion", 69.996e9, USD)
single(tw(3,"en"), 7, "fell 8.6 percent", "8.6 percent", -8.6, PC)
single(tw(3,"en"), 7, "US$38.64 billion", "US$38.64 billion", 38.64e9, USD)
single(tw(3,"en"), 8, "increased 14.2 percent", "14.2 percent", 14.2, PC)
single(tw(3,"en"), 8, "US$20.79 billion", "US$20.79 billion", 20.79e9, USD)
single(tw(4,"en"), 5, "trade surplus of US$7.92 billion", "US$7.92 billion", 7.92e9, USD)
single(tw(4,"en"), 5, "rose by 19.8 percent", "19.8 percent", 19.8, PC)
single(tw(5,"en"), 9, "accounting for 37.3 percent", "37.3 percent", 37.3, PC)
single(tw(5,"en"), 9, "at 27.9 percent", "27.9 percent", 27.9, PC)
single(tw(6,"hant"), 7, "對歐洲出口412.9億美元", "412.9億美元", 41.29e9, USD)
single(tw(6,"hant"), 7, "年增16.2%", "16.2%", 16.2, PC)
single(tw(6,"hant"), 13, "上升到18.6%", "18.6%", 18.6, PC)
single(tw(7,"hant"), 5, "對東協出超564億美元", "564億美元", 56.4e9, USD)
single(tw(7,"hant"), 5, "對韓出超擴張至370億美元", "370億美元", 37e9, USD, note="written as a surplus; other pages call it a deficit (入超)")
single(tw(7,"hant"), 5, "其餘貨類平均減少0.2%", "0.2%", -0.2, PC)
single(tw(7,"hant"), 5, "增54.5%", "54.5%", 54.5, PC)
single(tw(8,"hant"), 5, "小幅減少 2.5%", "2.5%", -2.5, PC)
single(tw(8,"hant"), 9, "265.2 億美元", "265.2 億美元", 26.52e9, USD)
single(tw(8,"hant"), 9, "2.0 倍", "2.0 倍", 2.0, TIMES)
single(tw(10,"hant"), 11, "先前最長為34個月", "34個月", 34.0, MO)
single(tw(11,"hant"), 11, "四七九．七億美元", "四七九．七億美元", 47.97e9, USD)
single(tw(11,"hant"), 11, "月增二十二．三％", "二十二．三％", 22.3, PC)
single(tw(11,"hant"), 13, "約一五〇億美元", "一五〇億美元", 15e9, USD, qualifier="approx")
single(tw(12,"hant"), 5, "只差二六七億美元", "二六七億美元", 26.7e9, USD)
single(tw(12,"hant"), 7, "百分之七十五", "百分之七十五", 75.0, PC)
single(tw(2,"en"), 11, "10 major Association", "10", 10.0, CNT)
single(tw(1,"en"), 3, "Jan. 9", not_a_claim=True, kind="date")
single(tw(5,"en"), 3, "February 26, 2025", not_a_claim=True, kind="date")
single(tw(6,"hant"), 3, "114年台灣", not_a_claim=True, kind="date", note="ROC year 114 = 2025")
single(tw(8,"hant"), 3, "2026-01-09 17:13", not_a_claim=True, kind="date")
single(tw(8,"hant"), 7, "較 113 年成長", not_a_claim=True, kind="date", note="ROC year 113 = 2024")
single(tw(7,"hant"), 5, "去（114）年", not_a_claim=True, kind="date")
single(tw(9,"hant"), 3, "二○二五年進出口統計", not_a_claim=True, kind="date")
single(tw(10,"hant"), 3, "date 2026-01-09", not_a_claim=True, kind="date")
single(tw(12,"hant"), 5, "二○二二年的出口高點", not_a_claim=True, kind="date")
single(tw(13,"hant"), 5, "是23年來首度超越新加坡", "23年", 23.0, YR)
single(tw(14,"en"), 5, "fell 6.5 percent", "6.5 percent", -6.5, PC)
single(tw(14,"en"), 5, "to US$28.84 billion", "US$28.84 billion", 28.84e9, USD)
single(tw(14,"en"), 5, "expanded to US$11.1 billion", "US$11.1 billion", 11.1e9, USD)
single(tw(14,"en"), 5, "US$9.8 billion in November", "US$9.8 billion", 9.8e9, USD)
single(tw(14,"en"), 5, "127 percent higher", "127 percent", 127.0, PC)
single(tw(14,"en"), 4, "the largest increase in 17 months", "17 months", 17.0, MO)
single(tw(14,"en"), 8, "up 56.9 percent", "56.9 percent", 56.9, PC)
single(tw(14,"en"), 10, "surging 94.7 percent", "94.7 percent", 94.7, PC)
single(tw(14,"en"), 10, "to US$10.11 billion", "US$10.11 billion", 10.11e9, USD)
single(tw(13,"hant"), 5, "民國114年12月", not_a_claim=True, kind="date")
single(tw(13,"hant"), 5, "財政部9日公布", not_a_claim=True, kind="date")

emit(HERE / "gold.d" / "fresh11.toml", "corpus-fresh11")
