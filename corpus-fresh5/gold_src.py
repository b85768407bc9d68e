#!/usr/bin/env python3
"""Hand annotation of corpus-fresh5, written as data; emits gold.d/fresh5.toml (then run corpus/check_gold.py --dir corpus-fresh5 --build).

Every mention carries a 'basis' tag (period / scope / measure as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Different estimators of one quantity (NBS vs the China National Coal Association; customs vs Banchero Costa; customs
vs a content-farm page; MOC vs customs) share a basis tag: their disagreements are conflicts, written out explicitly.
Forecasts carry their own basis tag (a forecast vs an outcome is different_basis).
Figures are read as written: a misdated figure is placed in the period the text gives it, with the evident reading as
alt_verdict.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

c = lambda n, s: f"coal-{n:02d}-{s}.txt"
m = lambda n, s: f"meat-{n:02d}-{s}.txt"
i = lambda n, s: f"iron-{n:02d}-{s}.txt"
PC, T, N, X = "percent", "tonnes", "count", "times"


# ================================================================ coal: China's output and imports, 2023
group("cn_coal_output_2023", "coal", "China raw coal output, full year 2023: NBS (industrial enterprises above designated size) vs the China National Coal Association",
      "China", "raw coal output (tonnes)", "2023",
      "Reuters (NBS): 4.66 billion metric tons = 46.6亿吨 (中国煤炭经济网, which states the scope: 规模以上企业). The China National Coal Association's annual report (人民日报 via 中國西藏網): 47.1億噸, headline 超47億噸. Reuters gives 4.66 as the country's output without a scope: conflict with 47.1 (the two bodies' totals for one year; different_basis defensible, since NBS's monthly series covers only enterprises above designated size). The Chinese page names the narrower scope, so 46.6亿吨 vs 47.1億噸 is different_basis as written (conflict defensible). The headline bound 超47億噸 contains 47.1 (consistent) and excludes 4.66.",
      [M(c(1,"en"), 9, "mined 4.66 billion metric tons of the fuel last year", "4.66 billion metric tons", 4.66e9, T, "y", as_of="2023", note="NBS via Reuters, no scope stated"),
       M(c(8,"hans"), 9, "生产原煤46.6亿吨", "46.6亿吨", 4.66e9, T, "y_above", as_of="2023", note="NBS, enterprises above designated size"),
       M(c(9,"hant"), 5, "原煤產(chǎn)量超47億噸", "47億噸", 4.7e9, T, "y", qualifier="over", as_of="2023", note="headline, CNCA"),
       M(c(9,"hant"), 11, "2023年我國(guó)原煤產(chǎn)量47.1億噸", "47.1億噸", 4.71e9, T, "y", as_of="2023", note="CNCA annual report")],
      {(1,2):K, (1,3):(C,D), (1,4):(C,D), (2,3):(D,C), (2,4):(D,C), (3,4):K})

group("cn_coal_output_growth_2023", "coal", "YoY growth of China's raw coal output, 2023 (NBS vs CNCA) and part-year look-alikes",
      "China", "YoY growth of raw coal output", "2023",
      "Full year: Reuters (NBS) +2.9% = 同比增长2.9% (规模以上) vs CNCA 同比增長3.4%: conflict for Reuters' unscoped figure (different_basis defensible), different_basis for the scoped Chinese figure (conflict defensible), as for the tonnage. January-May +4.8% (portnews = mysteel), portnews' 'January-May' +4.4% (as written January-May, so a conflict with +4.8%; the figures are evidently H1: 2.3 billion tonnes, June output), January-July +3.6%: other periods.",
      [M(c(1,"en"), 9, "up 2.9% from a year earlier", "2.9%", 2.9, PC, "y", as_of="2023"),
       M(c(8,"hans"), 9, "同比增长2.9%", "2.9%", 2.9, PC, "y_above", as_of="2023"),
       M(c(9,"hant"), 11, "同比增長(zhǎng)3.4%", "3.4%", 3.4, PC, "y", as_of="2023", note="CNCA"),
       M(c(4,"en"), 12, "coal production in China rose by 4.8%", "4.8%", 4.8, PC, "jm", as_of="2023-01..2023-05"),
       M(c(7,"hans"), 3, "同比增长4.8%", "4.8%", 4.8, PC, "jm", as_of="2023-01..2023-05"),
       M(c(5,"en"), 11, "coal production in China rose by 4.4%", "4.4%", 4.4, PC, "jm", as_of="2023-01..2023-05 (as written; evidently January-June)"),
       M(c(6,"en"), 11, "coal production in China rose by 3.6%", "3.6%", 3.6, PC, "jl", as_of="2023-01..2023-07")],
      {(1,2):K, (1,3):(C,D), (2,3):(D,C), (4,6):(C,D), (5,6):(C,D)})

group("cn_coal_output_ytd_2023", "coal", "China raw coal output, 2023 year to date: January-May, a misdated January-June, January-July",
      "China", "raw coal output (tonnes)", "2023 YTD",
      "January-May: 1.91 billion tonnes (portnews) = 19.1亿吨 (mysteel, NBS): consistent. portnews' later item gives 'In January-May 2023 ... 2.3 billion tonnes including 390 million tonnes produced in June': as written a January-May figure, a conflict with 1.91 (evidently January-June: different_basis). January-July 2.67 billion: another period.",
      [M(c(4,"en"), 12, "to 1.91 billion tonnes", "1.91 billion tonnes", 1.91e9, T, "jm", as_of="2023-01..2023-05"),
       M(c(7,"hans"), 3, "规模以上企业生产原煤19.1亿吨", "19.1亿吨", 1.91e9, T, "jm", as_of="2023-01..2023-05"),
       M(c(5,"en"), 11, "to 2.3 billion tonnes", "2.3 billion tonnes", 2.3e9, T, "jm", as_of="2023-01..2023-05 (as written; evidently January-June)"),
       M(c(6,"en"), 11, "to 2.67 billion tonnes", "2.67 billion tonnes", 2.67e9, T, "jl", as_of="2023-01..2023-07")],
      {(1,3):(C,D), (2,3):(C,D)})

group("cn_coal_output_monthly_2023", "coal", "China monthly raw coal output, 2023: May, June, July, November, December",
      "China", "monthly raw coal output (tonnes)", "2023 months",
      "May 390 million tonnes (portnews) = 3.9亿吨 (mysteel): consistent. June's 390 million is the same number for another month; July 380 million; December 414.31 million vs November 414 million: other months (different_basis, though 414 looks like a rounding of 414.31).",
      [M(c(4,"en"), 12, "390 million tonnes produced in May", "390 million tonnes", 390e6, T, "may", as_of="2023-05"),
       M(c(7,"hans"), 3, "5月份生产原煤3.9亿吨", "3.9亿吨", 390e6, T, "may", as_of="2023-05"),
       M(c(5,"en"), 11, "390 million tonnes produced in June", "390 million tonnes", 390e6, T, "jun", as_of="2023-06"),
       M(c(6,"en"), 11, "380 million tonnes produced in July", "380 million tonnes", 380e6, T, "jul", as_of="2023-07"),
       M(c(1,"en"), 11, "For December, output reached 414.31 million tons", "414.31 million tons", 414.31e6, T, "dec", as_of="2023-12"),
       M(c(1,"en"), 11, "November’s 414 million tons", "414 million tons", 414e6, T, "nov", as_of="2023-11")])

group("cn_coal_output_monthly_growth_2023", "coal", "YoY growth of China's monthly raw coal output, 2023",
      "China", "YoY growth of monthly raw coal output", "2023 months",
      "May +4.2% (portnews '(+4.2%)' = mysteel 同比增长4.2%): consistent. June +2.5%, July +0.1%, December +1.9%: other months.",
      [M(c(4,"en"), 12, "produced in May (+4.2%)", "4.2%", 4.2, PC, "may", as_of="2023-05"),
       M(c(7,"hans"), 3, "同比增长4.2%", "4.2%", 4.2, PC, "may", as_of="2023-05"),
       M(c(5,"en"), 11, "produced in June (+2.5%)", "2.5%", 2.5, PC, "jun", as_of="2023-06"),
       M(c(6,"en"), 11, "produced in July (+0.1%)", "0.1%", 0.1, PC, "jul", as_of="2023-07"),
       M(c(1,"en"), 11, "up 1.9% from the year-earlier level", "1.9%", 1.9, PC, "dec", as_of="2023-12")])

group("cn_coal_daily_output_2023", "coal", "China's average daily raw coal output: May, November, December 2023",
      "China", "average daily raw coal output (tonnes)", "2023 months",
      "日均产量1243万吨 (May), 13.8 million tons (November, a record), 13.36 million tons (December): three months, different_basis.",
      [M(c(7,"hans"), 3, "日均产量1243万吨", "1243万吨", 12.43e6, T, "may", as_of="2023-05"),
       M(c(1,"en"), 13, "record high daily average of 13.8 million tons", "13.8 million tons", 13.8e6, T, "nov", as_of="2023-11"),
       M(c(1,"en"), 13, "Daily output over the month was 13.36 million tons", "13.36 million tons", 13.36e6, T, "dec", as_of="2023-12")])

group("cn_coal_imports_2023", "coal", "China coal imports, full year 2023: customs vs a content-farm page, and forecasts",
      "China", "coal imports (tonnes)", "2023",
      "Customs: 474.42 million tons (Reuters) = 474.42 million metric tons (energyinternat): consistent. hgmlmr's '2023年进口总量4.3亿吨' and its table's 4.31 (亿吨) disagree with 474.42: conflict (4.3 is the rounding of 4.31 on the same page). The China Coal Industry Association's November 2023 forecast 'may reach 450 million mt in 2023' (headline 'may rise as high as 450 million mt') and Guangdong Energy's 450-500 million for 2024 are forecasts: different_basis.",
      [M(c(1,"en"), 21, "a record high of 474.42 million tons in 2023", "474.42 million tons", 474.42e6, T, "y", as_of="2023", note="customs"),
       M(c(2,"en"), 3, "a record high of 474.42 million metric tons", "474.42 million metric tons", 474.42e6, T, "y", as_of="2023", note="customs"),
       M(c(10,"hans"), 7, "2023年进口总量4.3亿吨", "4.3亿吨", 4.3e8, T, "y", as_of="2023", note="hgmlmr"),
       M(c(10,"hans"), 11, "| 2023 | 4.31 |", "4.31", 4.31e8, T, "y", as_of="2023", note="table in 亿吨"),
       M(c(3,"en"), 4, "may rise as high as 450 million mt", "450 million mt", 450e6, T, "f23", as_of="2023 forecast (CCIA, November 2023)", note="headline"),
       M(c(3,"en"), 9, "may reach 450 million mt in 2023", "450 million mt", 450e6, T, "f23", as_of="2023 forecast (CCIA, November 2023)"),
       M(c(2,"en"), 3, "between 450 million and 500 million metric tons", "450 million and 500 million metric tons", [450e6, 500e6], T, "f24", as_of="2024 forecast (Guangdong Energy)")],
      {**cross((1,2), (3,4), C), (3,4):R})

group("cn_coal_imports_2020", "coal", "China coal imports, 2020 (hgmlmr, text and table)",
      "China", "coal imports (tonnes)", "2020", "3.04亿吨 in the text and 3.04 in the table: consistent.",
      [M(c(10,"hans"), 7, "较2020年峰值(3.04亿吨", "3.04亿吨", 3.04e8, T, "y", as_of="2020"),
       M(c(10,"hans"), 11, "| 2020 | 3.04 |", "3.04", 3.04e8, T, "y", as_of="2020")])

group("cn_coal_import_share_consumption", "coal", "Imported coal as a share of China's coal consumption: 2023 vs 2020 (hgmlmr)",
      "China", "imports' share of coal consumption", "2023 / 2020",
      "10.2% (2023, text and table): consistent; 9.8% (2020, text and table): another year.",
      [M(c(10,"hans"), 7, "占消费量10.2%", "10.2%", 10.2, PC, "y23", as_of="2023"),
       M(c(10,"hans"), 11, "| 10.2% |", "10.2%", 10.2, PC, "y23", as_of="2023"),
       M(c(10,"hans"), 7, "占比9.8%", "9.8%", 9.8, PC, "y20", as_of="2020"),
       M(c(10,"hans"), 11, "| 9.8% |", "9.8%", 9.8, PC, "y20", as_of="2020")])

group("cn_coal_imports_2023_partyear", "coal", "China coal imports in 2023: year to date (January-May, -June, -July, -October) and single months (May, June, July, October)",
      "China", "coal imports (tonnes)", "2023 YTD / months",
      "January-May 180 million tonnes (portnews) = 1.8亿吨 (mysteel): consistent. January-June 220, January-July 260, January-October 380 million: other periods. Single months: May 39.6 million; June 39.9 million (headline and body); July: portnews' headline '39.26 million tonnes' vs its body 'In July 2023 ... to 39.9 million tonnes' (conflict inside one page; the body repeats June's 39.9); October 35.99 million.",
      [M(c(4,"en"), 10, "year-on-year, to 180 million tonnes", "180 million tonnes", 180e6, T, "jm", as_of="2023-01..2023-05"),
       M(c(7,"hans"), 3, "进口煤炭1.8亿吨", "1.8亿吨", 180e6, T, "jm", as_of="2023-01..2023-05"),
       M(c(5,"en"), 9, "year-on-year, to 220 million tonnes", "220 million tonnes", 220e6, T, "jj", as_of="2023-01..2023-06"),
       M(c(6,"en"), 9, "year-on-year, to 260 million tonnes", "260 million tonnes", 260e6, T, "jl", as_of="2023-01..2023-07"),
       M(c(3,"en"), 11, "China imported 380 million mt of coal", "380 million mt", 380e6, T, "jo", as_of="2023-01..2023-10"),
       M(c(4,"en"), 8, "to 39.6 million tonnes", "39.6 million tonnes", 39.6e6, T, "may", as_of="2023-05", note="headline"),
       M(c(4,"en"), 10, "grew by 93% to 39.6 million tonnes", "39.6 million tonnes", 39.6e6, T, "may", as_of="2023-05"),
       M(c(5,"en"), 7, "coal imports totaled 39.9 million tonnes", "39.9 million tonnes", 39.9e6, T, "jun", as_of="2023-06", note="headline"),
       M(c(5,"en"), 9, "year-on-year, to 39.9 million tonnes", "39.9 million tonnes", 39.9e6, T, "jun", as_of="2023-06"),
       M(c(6,"en"), 7, "coal imports totaled 39.26 million tonnes", "39.26 million tonnes", 39.26e6, T, "jul", as_of="2023-07", note="headline"),
       M(c(6,"en"), 9, "year-on-year, to 39.9 million tonnes", "39.9 million tonnes", 39.9e6, T, "jul", as_of="2023-07", note="body; the same number as June"),
       M(c(3,"en"), 11, "China imported 35.99 million mt of coal", "35.99 million mt", 35.99e6, T, "oct", as_of="2023-10")],
      {(10,11):C})

group("cn_coal_imports_growth_2023", "coal", "YoY growth of China's coal imports, 2023: full year, year to date, single months",
      "China", "YoY growth of coal imports", "2023",
      "Full year +62% (energyinternat). January-May +89.6% (portnews body = mysteel) and the headline 'surged by almost 90%' (a bound containing 89.6: consistent). January-June 'by 93%' and its headline 'almost 93%' (consistent); January-July 88.6% and its headline 'almost 89%' (consistent); January-October +66.8%. Single months: May +93% (headline and body; the same number as January-June's +93%, another period), July +66.9% (close to January-October's 66.8%, another period), October +23.3%. All periods differ: different_basis.",
      [M(c(2,"en"), 3, "jumped last year by 62%", "62%", 62.0, PC, "y", as_of="2023"),
       M(c(4,"en"), 6, "surged by almost 90%", "90%", 90.0, PC, "jm", qualifier="under", as_of="2023-01..2023-05", note="headline"),
       M(c(4,"en"), 10, "surged by 89.6%", "89.6%", 89.6, PC, "jm", as_of="2023-01..2023-05"),
       M(c(7,"hans"), 3, "同比增长89.6%", "89.6%", 89.6, PC, "jm", as_of="2023-01..2023-05"),
       M(c(5,"en"), 5, "surged by almost 93%", "93%", 93.0, PC, "jj", qualifier="under", as_of="2023-01..2023-06", note="headline"),
       M(c(5,"en"), 9, "surged by 93%", "93%", 93.0, PC, "jj", as_of="2023-01..2023-06"),
       M(c(6,"en"), 5, "surged by almost 89%", "89%", 89.0, PC, "jl", qualifier="under", as_of="2023-01..2023-07", note="headline"),
       M(c(6,"en"), 9, "surged by 88.6%", "88.6%", 88.6, PC, "jl", as_of="2023-01..2023-07"),
       M(c(3,"en"), 11, "up 66.8 percent year on year", "66.8 percent", 66.8, PC, "jo", as_of="2023-01..2023-10"),
       M(c(4,"en"), 8, "imports grew by 93%", "93%", 93.0, PC, "may", as_of="2023-05", note="headline"),
       M(c(4,"en"), 10, "In May 2023, coal imports grew by 93%", "93%", 93.0, PC, "may", as_of="2023-05"),
       M(c(6,"en"), 9, "surged by 66.9%", "66.9%", 66.9, PC, "jul", as_of="2023-07"),
       M(c(3,"en"), 11, "up 23.3 percent year on year", "23.3 percent", 23.3, PC, "oct", as_of="2023-10")],
      {**cross((2,), (3,4), K), (5,6):K, (7,8):K})

group("russia_seaport_coal_exports_2023", "coal", "Coal exports via Russian seaports, 2023 year to date (portnews)",
      "Russia", "coal exports via seaports (tonnes)", "2023 YTD",
      "88.9 million tonnes (January-May), 107.5 million (January-June), 126 million (January-July): three periods, different_basis.",
      [M(c(4,"en"), 14, "totaled 88.9 million tonnes", "88.9 million tonnes", 88.9e6, T, "jm", as_of="2023-01..2023-05"),
       M(c(5,"en"), 13, "totaled 107.5 million tonnes", "107.5 million tonnes", 107.5e6, T, "jj", as_of="2023-01..2023-06"),
       M(c(6,"en"), 13, "totaled 126 million tonnes", "126 million tonnes", 126e6, T, "jl", as_of="2023-01..2023-07")])

group("xinjiang_coal_output_2023", "coal", "Xinjiang raw coal output, 2023",
      "Xinjiang", "raw coal output (tonnes)", "2023", "新疆自治区(4.57亿吨) = 新疆原煤產量約4.57億噸: consistent.",
      [M(c(8,"hans"), 9, "新疆自治区(4.57亿吨)", "4.57亿吨", 4.57e8, T, "y", as_of="2023"),
       M(c(9,"hant"), 9, "新疆原煤產(chǎn)量約4.57億噸", "4.57億噸", 4.57e8, T, "y", qualifier="approx", as_of="2023")])

group("provinces_over_100mt_2023", "coal", "Number of Chinese provinces producing over 100 million tonnes of coal, 2023",
      "China", "provinces with output over 100 million tonnes", "2023",
      "7个 (中国煤炭经济网) = 7個 (CNCA, body and headline): consistent.",
      [M(c(8,"hans"), 9, "全国原煤产量过亿吨省份达到7个", "7个", 7.0, N, "y", as_of="2023"),
       M(c(9,"hant"), 5, "7個(gè)省份原煤產(chǎn)量超億噸", "7個(gè)", 7.0, N, "y", as_of="2023", note="headline"),
       M(c(9,"hant"), 9, "超億噸的省份共有7個(gè)", "7個(gè)", 7.0, N, "y", as_of="2023")])

group("major_provinces_share_2023", "coal", "Share of the main coal provinces in China's 2023 output: four provinces vs seven",
      "China", "main provinces' share of coal output", "2023",
      "CNCA: Shanxi, Shaanxi, Inner Mongolia and Xinjiang 81.3% of national output; NBS: the seven provinces over 100 million tonnes 88.6% of output above designated size: different scope, different_basis.",
      [M(c(9,"hant"), 9, "原煤產(chǎn)量占全國(guó)的81.3%", "81.3%", 81.3, PC, "four", as_of="2023"),
       M(c(8,"hans"), 9, "占全国规模以上原煤产量的88.6%", "88.6%", 88.6, PC, "seven", as_of="2023")])

# ================================================================ meat: China's pork, beef and meat imports, 2019-2021
group("cn_meat_imports_2020", "meat", "China meat imports, full year 2020 (and other years' look-alikes)",
      "China", "meat imports (tonnes)", "2020",
      "Customs: 9.91 million tonnes (Reuters) = 991万吨 (xmxrf); 'close to 10 mln tonnes' and 接近千万吨 (twice) are bounds containing it: consistent. MOC's 2019 total 4.82 million tonnes and customs' 2021 'meat and offal' 938万吨 are other years (and scopes).",
      [M(m(1,"en"), 12, "China imported 9.91 million tonnes of meat in 2020", "9.91 million tonnes", 9.91e6, T, "y20", as_of="2020"),
       M(m(2,"hans"), 17, "2020年1-12月中国总计进口肉类991万吨", "991万吨", 9.91e6, T, "y20", as_of="2020"),
       M(m(1,"en"), 3, "meat imports close to 10 mln tonnes", "10 mln tonnes", 10e6, T, "y20", qualifier="under", as_of="2020", note="headline"),
       M(m(2,"hans"), 3, "进口肉接近千万吨", "千万吨", 10e6, T, "y20", qualifier="under", as_of="2020", note="headline"),
       M(m(2,"hans"), 17, "中国进口肉类接近千万吨", "千万吨", 10e6, T, "y20", qualifier="under", as_of="2020"),
       M(m(5,"en"), 25, "China imported meat products totaling 4.82 million tonnes", "4.82 million tonnes", 4.82e6, T, "y19", as_of="2019", note="MOC"),
       M(m(11,"hans"), 11, "2021年全年进口肉类及杂碎938万吨", "938万吨", 9.38e6, T, "y21", as_of="2021", note="meat and offal")],
      cross((1,2), (3,4,5), K))

group("cn_meat_imports_growth", "meat", "YoY growth of China's meat imports: 2020 (customs) and 2019 (MOC)",
      "China", "YoY growth of meat imports", "2020",
      "60.4% (Reuters body) = 同比2019年增长60.4% (xmxrf); the headline 'up 60% on year' is its rounding. MOC's 2019 growth of 58 percent is another year.",
      [M(m(1,"en"), 12, "up 60.4% on the year before", "60.4%", 60.4, PC, "y20", as_of="2020"),
       M(m(2,"hans"), 17, "同比2019年增长60.4%", "60.4%", 60.4, PC, "y20", as_of="2020"),
       M(m(1,"en"), 3, "up 60% on year", "60%", 60.0, PC, "y20", as_of="2020", note="headline"),
       M(m(5,"en"), 25, "up 58 percent year on year", "58 percent", 58.0, PC, "y19", as_of="2019", note="MOC")],
      cross((1,2), (3,), R))

group("cn_meat_imports_dec_2020", "meat", "China meat imports in December 2020 (and November)",
      "China", "monthly meat imports (tonnes)", "2020-12",
      "964,000 tonnes (Reuters) vs 96万吨 (xmxrf): rounding. November's 775,000 tonnes: another month.",
      [M(m(1,"en"), 12, "to 964,000 tonnes", "964,000 tonnes", 964e3, T, "dec", as_of="2020-12"),
       M(m(2,"hans"), 17, "2020年12月进口肉类96万吨", "96万吨", 960e3, T, "dec", as_of="2020-12"),
       M(m(1,"en"), 12, "the 775,000 tonnes brought in the prior month", "775,000 tonnes", 775e3, T, "nov", as_of="2020-11")],
      {(1,2):R})

group("cn_meat_imports_dec_2020_change", "meat", "Change of China's December 2020 meat imports: month on month vs year on year",
      "China", "change of monthly meat imports", "2020-12",
      "Reuters: 'December imports jumped 24% from the 775,000 tonnes brought in the prior month' (month on month); xmxrf: 同比增长39.1% (year on year): different measures of the same month, different_basis.",
      [M(m(1,"en"), 12, "December imports jumped 24%", "24%", 24.0, PC, "mom", as_of="2020-12 vs 2020-11"),
       M(m(2,"hans"), 17, "同比增长39.1%", "39.1%", 39.1, PC, "yoy", as_of="2020-12 vs 2019-12")])

group("cn_pork_imports_2020", "meat", "China pork imports, full year 2020 (and pork with offal)",
      "China", "pork imports (tonnes)", "2020",
      "xmxrf: 439万吨 vs pigua (333 data): 4,380,000 tonnes: the two differ at the third digit and neither rounds the other: conflict (rounding defensible: both look rounded from customs' 4.39 million). pigua's own 'reaching 4 million tonnes' is a rounding of both. Pork and offal 5,730,000 tonnes (2020) and 进口猪肉及杂碎500万吨 (2021) are other scopes/years (different_basis).",
      [M(m(2,"hans"), 11, "2020年1-12月中国总计进口猪肉439万吨", "439万吨", 4.39e6, T, "y", as_of="2020"),
       M(m(3,"en"), 10, "total pork imports in 2020 to 4,380,000 tonnes", "4,380,000 tonnes", 4.38e6, T, "y", as_of="2020"),
       M(m(3,"en"), 6, "reaching 4 million tonnes", "4 million tonnes", 4e6, T, "y", as_of="2020"),
       M(m(3,"en"), 10, "the total figure for imports in 2020 is 5,730,000 tonnes", "5,730,000 tonnes", 5.73e6, T, "offal20", as_of="2020", note="pork and offal"),
       M(m(11,"hans"), 11, "进口猪肉及杂碎500万吨", "500万吨", 5e6, T, "offal21", as_of="2021", note="pork and offal, another year")],
      {(1,2):(C,R), (1,3):R, (2,3):R})

group("cn_pork_imports_2019", "meat", "China pork imports, full year 2019",
      "China", "pork imports (tonnes)", "2019",
      "pigua (333, customs): 2,002,679 tonnes; chayeci: 209.57万吨 (twice, 'according to customs'); Xinhua (MOC): 'nearly 2 million tonnes' and headline '2 mln tonnes' (twice). 2,002,679 vs 209.57万吨: conflict. 'nearly 2 million' vs 2,002,679: read as a rounding (strictly, 'nearly' excludes a value just above 2 million; consistent defensible). '2 mln' vs 2,002,679: rounding. 209.57万吨 vs 'nearly 2 million': conflict (rounding defensible); vs '2 mln': rounding at one significant digit (conflict defensible).",
      [M(m(3,"en"), 10, "(2,002,679 tonnes)", "2,002,679 tonnes", 2002679.0, T, "y", as_of="2019"),
       M(m(4,"hans"), 3, "2019年我国猪肉进口量为209.57万吨", "209.57万吨", 2.0957e6, T, "y", as_of="2019"),
       M(m(4,"hans"), 4, "2019年我国猪肉进口量为209.57万吨", "209.57万吨", 2.0957e6, T, "y", as_of="2019", note="repeated paragraph"),
       M(m(5,"en"), 13, "China imported nearly 2 million tonnes of pork in 2019", "2 million tonnes", 2e6, T, "y", qualifier="under", as_of="2019", note="MOC"),
       M(m(5,"en"), 3, "China imports 2 mln tonnes of pork in 2019", "2 mln tonnes", 2e6, T, "y", as_of="2019", note="headline"),
       M(m(5,"en"), 7, "China imports 2 mln tonnes of pork in 2019", "2 mln tonnes", 2e6, T, "y", as_of="2019", note="headline repeated")],
      {(1,2):C, (1,3):C, (1,4):(R,K), (1,5):R, (1,6):R, (2,4):(C,R), (3,4):(C,R), (2,5):(R,C), (2,6):(R,C), (3,5):(R,C), (3,6):(R,C),
       (4,5):K, (4,6):K})

group("cn_pork_imports_growth_2019", "meat", "YoY growth of China's pork imports, 2019",
      "China", "YoY growth of pork imports", "2019",
      "chayeci (customs): 同比增长75.6% (twice) vs Xinhua (MOC): 'surged 67 percent from 2018': conflict.",
      [M(m(4,"hans"), 3, "同比增长75.6%", "75.6%", 75.6, PC, "y", as_of="2019"),
       M(m(4,"hans"), 4, "同比增长75.6%", "75.6%", 75.6, PC, "y", as_of="2019"),
       M(m(5,"en"), 19, "surged 67 percent from 2018", "67 percent", 67.0, PC, "y", as_of="2019", note="MOC")],
      {(1,3):C, (2,3):C})

group("cn_pork_imports_h1_2020", "meat", "China pork imports, January-June 2020 (and pork with offal, and H1 2019)",
      "China", "pork imports (tonnes)", "2020-H1",
      "Reuters (meatex): 2.12 million tonnes; 海关总署 (hotofood, headline and body): 212.3万吨: rounding. Hoosier Ag Today: 'For the first half of 2020, China’s pork imports reached 2.65 million metric tons': conflict with both. Pork including offal to end-June 2.82 million and H1 2019's 'just over one million tons' are other scopes/periods.",
      [M(m(6,"en"), 11, "up 142.7% at 2.12 million tonnes", "2.12 million tonnes", 2.12e6, T, "h1", as_of="2020-H1"),
       M(m(7,"hans"), 3, "上半年我国进口猪肉212.3万吨", "212.3万吨", 2.123e6, T, "h1", as_of="2020-H1", note="headline"),
       M(m(7,"hans"), 5, "进口猪肉212.3万吨", "212.3万吨", 2.123e6, T, "h1", as_of="2020-H1"),
       M(m(8,"en"), 11, "China’s pork imports reached 2.65 million metric tons", "2.65 million metric tons", 2.65e6, T, "h1", as_of="2020-H1"),
       M(m(6,"en"), 13, "to end-June to 2.82 million tonnes", "2.82 million tonnes", 2.82e6, T, "h1_offal", as_of="2020-H1", note="pork including offal"),
       M(m(8,"en"), 11, "up from just over one million tons a year ago", "one million tons", 1e6, T, "h1_19", qualifier="over", as_of="2019-H1")],
      {(1,2):R, (1,3):R, **cross((1,2,3), (4,), C)})

group("cn_pork_imports_growth_partyear_2020", "meat", "YoY growth of China's pork imports in 2020: H1, January-April, April, June, December",
      "China", "YoY growth of pork imports", "2020 part-year",
      "H1: +142.7% (Reuters) vs 增加1.4倍 (+140%, 海关总署 via hotofood): rounding. April: 170% (Reuters headline; 'up nearly 170%' in the body; 大紀元 headline, body 同比增長170%, 同比上漲約170%): consistent. January-April 170.4% (Reuters = 大紀元): consistent among themselves, but another period than April's 170% (different_basis, though 170 looks like a rounding of 170.4). June +128.4% (headline and body), December 同比增加63.1%: other months.",
      [M(m(6,"en"), 11, "January to June pork imports were up 142.7%", "142.7%", 142.7, PC, "h1", as_of="2020-H1"),
       M(m(7,"hans"), 5, "增加1.4倍", "1.4倍", 140.0, PC, "h1", as_of="2020-H1", note="增加1.4倍 = up 140%"),
       M(m(9,"en"), 3, "pork imports in April jump 170%", "170%", 170.0, PC, "apr", as_of="2020-04", note="headline"),
       M(m(9,"en"), 5, "up nearly 170% from a year earlier", "170%", 170.0, PC, "apr", qualifier="under", as_of="2020-04"),
       M(m(10,"hant"), 3, "中國4月豬肉進口增長170%", "170%", 170.0, PC, "apr", as_of="2020-04", note="headline"),
       M(m(10,"hant"), 4, "中國4月份豬肉進口量同比增長170%", "170%", 170.0, PC, "apr", as_of="2020-04"),
       M(m(10,"hant"), 10, "同比上漲約170%", "170%", 170.0, PC, "apr", qualifier="approx", as_of="2020-04"),
       M(m(9,"en"), 7, "surging 170.4% from the same period a year ago", "170.4%", 170.4, PC, "ja", as_of="2020-01..2020-04"),
       M(m(10,"hant"), 10, "比去年同期增長了170.4%", "170.4%", 170.4, PC, "ja", as_of="2020-01..2020-04"),
       M(m(6,"en"), 3, "June pork imports jump 128.4% on year", "128.4%", 128.4, PC, "jun", as_of="2020-06", note="headline"),
       M(m(6,"en"), 5, "up 128.4% from the same month a year earlier", "128.4%", 128.4, PC, "jun", as_of="2020-06"),
       M(m(2,"hans"), 11, "同比增加63.1%", "63.1%", 63.1, PC, "dec", as_of="2020-12")],
      {(1,2):R})

group("cn_pork_imports_monthly_2020", "meat", "China monthly pork imports, 2020: April, June, July, December",
      "China", "monthly pork imports (tonnes)", "2020 months",
      "April: 400,000 tonnes (Reuters) = 40萬噸 (大紀元): consistent. June: 400,000 tonnes (the same number, another month). July 430,000 metric tons. December: 44万吨 (xmxrf) = 440,000 tonnes (pigua): consistent.",
      [M(m(9,"en"), 5, "imported a record 400,000 tonnes in April", "400,000 tonnes", 400e3, T, "apr", as_of="2020-04"),
       M(m(10,"hant"), 10, "4月份的豬肉進口量達到創紀錄的40萬噸", "40萬噸", 400e3, T, "apr", as_of="2020-04"),
       M(m(6,"en"), 5, "China imported 400,000 tonnes of pork in June", "400,000 tonnes", 400e3, T, "jun", as_of="2020-06"),
       M(m(8,"en"), 3, "more than doubling to 430,000 metric tons", "430,000 metric tons", 430e3, T, "jul", as_of="2020-07"),
       M(m(2,"hans"), 11, "其中2020年12月进口猪肉44万吨", "44万吨", 440e3, T, "dec", as_of="2020-12"),
       M(m(3,"en"), 10, "with 440,000 tonnes", "440,000 tonnes", 440e3, T, "dec", as_of="2020-12")])

group("cn_pork_imports_jan_apr_2020", "meat", "China pork imports, January-April 2020",
      "China", "pork imports (tonnes)", "2020-01..04", "1.35 million tonnes (Reuters) = 135萬噸 (大紀元): consistent.",
      [M(m(9,"en"), 7, "China imported 1.35 million tonnes of pork in the first four months", "1.35 million tonnes", 1.35e6, T, "ja", as_of="2020-01..2020-04"),
       M(m(10,"hant"), 10, "共計進口了135萬噸豬肉", "135萬噸", 1.35e6, T, "ja", as_of="2020-01..2020-04")])

group("cn_beef_imports_annual", "meat", "China beef imports by year: 2018-2021 (and beef with offal 2021)",
      "China", "beef imports (tonnes)", "2018-2021",
      "2020: 212万吨 (xmxrf) = 2020年212万吨 (yuhucoldchain): consistent. 2018 103.9万吨, 2019 165.9万吨, 2021 233万吨, and 2021 beef and offal 236万吨 are other years/scopes.",
      [M(m(2,"hans"), 13, "2020年1-12月中国进口牛肉总量212万吨", "212万吨", 2.12e6, T, "y20", as_of="2020"),
       M(m(11,"hans"), 13, "2020年212万吨", "212万吨", 2.12e6, T, "y20", as_of="2020"),
       M(m(11,"hans"), 13, "中国进口牛肉量达103.9万吨", "103.9万吨", 1.039e6, T, "y18", as_of="2018"),
       M(m(11,"hans"), 13, "2019年165.9万吨", "165.9万吨", 1.659e6, T, "y19", as_of="2019"),
       M(m(11,"hans"), 13, "2021年233万吨", "233万吨", 2.33e6, T, "y21", as_of="2021"),
       M(m(11,"hans"), 11, "牛肉及杂碎236万吨", "236万吨", 2.36e6, T, "y21_offal", as_of="2021", note="beef and offal")])

group("cn_beef_imports_growth", "meat", "YoY growth of China's beef imports: 2020, 2021, 2019, and December 2020",
      "China", "YoY growth of beef imports", "2019-2021",
      "2020: 同比增加27.7% (xmxrf) vs 同比增加27.65% (yuhucoldchain): rounding. 2021 +14.3% (beef) and +10.4% (beef and offal), 2019 同比增长近60%, December 2020 同比增加10.4% (the same number as 2021's beef and offal, another period and scope): different_basis.",
      [M(m(2,"hans"), 13, "同比增加27.7%", "27.7%", 27.7, PC, "y20", as_of="2020"),
       M(m(11,"hans"), 13, "同比增加27.65%", "27.65%", 27.65, PC, "y20", as_of="2020"),
       M(m(11,"hans"), 13, "同比增长14.3%", "14.3%", 14.3, PC, "y21", as_of="2021"),
       M(m(11,"hans"), 11, "同比增加10.4%", "10.4%", 10.4, PC, "y21_offal", as_of="2021", note="beef and offal"),
       M(m(11,"hans"), 13, "同比增长近60%", "60%", 60.0, PC, "y19", qualifier="under", as_of="2019"),
       M(m(2,"hans"), 13, "其中2020年12月进口牛肉21万吨,同比增加10.4%", "10.4%", 10.4, PC, "dec20", as_of="2020-12")],
      {(1,2):R})

group("cn_beef_imports_partyear_2020", "meat", "China beef imports in 2020: April, January-April, January-June, July",
      "China", "beef imports (tonnes)", "2020 part-year",
      "April 160,000 tonnes (Reuters) = 16萬噸 (大紀元); January-April 680,000 = 68萬噸: consistent pairs. January-June: 海关总署 (hotofood) 99.7万吨 vs Hoosier Ag Today 'first half 2020 shipments were pegged at 1.2 million metric tons': conflict. July 210,000 metric tons: another month.",
      [M(m(9,"en"), 19, "brought in 160,000 tonnes of beef in April", "160,000 tonnes", 160e3, T, "apr", as_of="2020-04"),
       M(m(10,"hant"), 12, "中國在4月份進口了16萬噸牛肉", "16萬噸", 160e3, T, "apr", as_of="2020-04"),
       M(m(9,"en"), 19, "rose 54% to 680,000 tonnes", "680,000 tonnes", 680e3, T, "ja", as_of="2020-01..2020-04"),
       M(m(10,"hant"), 12, "達到68萬噸", "68萬噸", 680e3, T, "ja", as_of="2020-01..2020-04"),
       M(m(7,"hans"), 5, "进口牛肉99.7万吨", "99.7万吨", 997e3, T, "h1", as_of="2020-H1"),
       M(m(8,"en"), 13, "first half 2020 shipments were pegged at 1.2 million metric tons", "1.2 million metric tons", 1.2e6, T, "h1", as_of="2020-H1"),
       M(m(8,"en"), 13, "China’s July beef imports reached 210,000 metric tons", "210,000 metric tons", 210e3, T, "jul", as_of="2020-07")],
      {(5,6):C})

group("cn_beef_imports_growth_partyear_2020", "meat", "YoY growth of China's beef imports in 2020: April, January-April, January-June",
      "China", "YoY growth of beef imports", "2020 part-year",
      "April +28% (Reuters = 大紀元), January-April +54% (Reuters = 大紀元): consistent pairs; January-June 增加42.9% (海关总署): another period.",
      [M(m(9,"en"), 19, "up 28% from the previous year", "28%", 28.0, PC, "apr", as_of="2020-04"),
       M(m(10,"hant"), 12, "比去年同期增長了28%", "28%", 28.0, PC, "apr", as_of="2020-04"),
       M(m(9,"en"), 19, "first four months of the year rose 54%", "54%", 54.0, PC, "ja", as_of="2020-01..2020-04"),
       M(m(10,"hant"), 12, "增長了54%", "54%", 54.0, PC, "ja", as_of="2020-01..2020-04"),
       M(m(7,"hans"), 5, "增加42.9%", "42.9%", 42.9, PC, "h1", as_of="2020-H1")])

# ================================================================ iron ore: China's imports and output, 2018-2024
group("cn_iron_imports_2020", "iron", "China iron ore imports, 2020 (and 2018, 2019, H1 2021 look-alikes)",
      "China", "iron ore imports (tonnes)", "2020",
      "1.17 billion tonnes (Fastmarkets) = 11.7億噸 (yichen8, customs): consistent. 2018 10.64億噸, 2019 '10.69萬噸' (as written 106,900 tonnes: evidently 10.69億噸), H1 2021 5.6億噸: other periods.",
      [M(i(1,"en"), 5, "imported 1.17 billion tonnes of the iron ore last year", "1.17 billion tonnes", 1.17e9, T, "y20", as_of="2020"),
       M(i(2,"hant"), 4, "2020年進口鐵礦石11.7億噸", "11.7億噸", 1.17e9, T, "y20", as_of="2020"),
       M(i(2,"hant"), 4, "2018年全國鐵礦石進口量為10.64億噸", "10.64億噸", 1.064e9, T, "y18", as_of="2018"),
       M(i(2,"hant"), 4, "2019年進口鐵礦石10.69萬噸", "10.69萬噸", 106900.0, T, "y19", as_of="2019", note="萬 for 億 on the page"),
       M(i(2,"hant"), 4, "今年上半年進口鐵礦石5.6億噸", "5.6億噸", 5.6e8, T, "h21", as_of="2021-H1")])

group("cn_iron_imports_growth_2020", "iron", "YoY growth of China's iron ore imports, 2020 (and other years)",
      "China", "YoY growth of iron ore imports", "2020",
      "Fastmarkets: 'an increase of 9.4% compared with 2019' vs yichen8 (customs): 增長9.5%: conflict (neither rounds the other; rounding defensible if both derive from one figure near 9.45). 2018 -1%, 2019 +0.5%, H1 2021 +2.6%, and 2020 vs 2018 增幅為10.0%: other bases.",
      [M(i(1,"en"), 5, "an increase of 9.4% compared with 2019", "9.4%", 9.4, PC, "y20", as_of="2020"),
       M(i(2,"hant"), 4, "11.7億噸,增長9.5%", "9.5%", 9.5, PC, "y20", as_of="2020"),
       M(i(2,"hant"), 4, "比上年下降1%", "1%", -1.0, PC, "y18", as_of="2018"),
       M(i(2,"hant"), 4, "比上年增長0.5%", "0.5%", 0.5, PC, "y19", as_of="2019"),
       M(i(2,"hant"), 4, "同比增長2.6%", "2.6%", 2.6, PC, "h21", as_of="2021-H1"),
       M(i(2,"hant"), 4, "增幅為10.0%", "10.0%", 10.0, PC, "vs18", as_of="2020 vs 2018")],
      {(1,2):(C,R)})

group("cn_iron_imports_2022", "iron", "China iron ore imports, full year 2022",
      "China", "iron ore imports (tonnes)", "2022",
      "110,686.4萬噸 (twice, p1k2) = 1.106864 billion mt (SteelOrbis): consistent; Reuters' 1.11 billion tonnes is the rounding (rounding with each).",
      [M(i(3,"hant"), 4, "1~12月份累計進口鐵礦石110,686.4萬噸", "110,686.4萬噸", 1.106864e9, T, "y", as_of="2022"),
       M(i(3,"hant"), 5, "鐵礦石進口量110,686.4萬噸", "110,686.4萬噸", 1.106864e9, T, "y", as_of="2022"),
       M(i(4,"en"), 5, "China imported 1.106864 billion mt of iron ore", "1.106864 billion mt", 1.106864e9, T, "y", as_of="2022"),
       M(i(5,"en"), 13, "brought in 1.11 billion tonnes in the full year of 2022", "1.11 billion tonnes", 1.11e9, T, "y", as_of="2022")],
      cross((1,2,3), (4,), R))

group("cn_iron_imports_growth_2022", "iron", "YoY change of China's iron ore imports, 2022",
      "China", "YoY growth of iron ore imports", "2022",
      "同比下降1.5% (twice) = 'down 1.5 percent' (SteelOrbis) = 'down 1.5%' (Reuters): consistent.",
      [M(i(3,"hant"), 4, "同比下降1.5%", "1.5%", -1.5, PC, "y", as_of="2022"),
       M(i(3,"hant"), 5, "同比下降1.5%", "1.5%", -1.5, PC, "y", as_of="2022"),
       M(i(4,"en"), 5, "down 1.5 percent year on year", "1.5 percent", -1.5, PC, "y", as_of="2022"),
       M(i(5,"en"), 13, "down 1.5% on a year earlier", "1.5%", -1.5, PC, "y", as_of="2022")])

group("cn_iron_imports_december", "iron", "China iron ore imports in December: 2022 (and December 2023, December 2024)",
      "China", "monthly iron ore imports (tonnes)", "December",
      "December 2022: 9,085.9萬噸 (p1k2) = 90.859 million mt (SteelOrbis); Reuters' 90.86 mln / million tonnes (headline and body) is the rounding. December 2023 100.861 million mt and December 2024 112.49 million tons: other years.",
      [M(i(3,"hant"), 4, "12月份進口鐵礦石9,085.9萬噸", "9,085.9萬噸", 90.859e6, T, "d22", as_of="2022-12"),
       M(i(4,"en"), 7, "China imported 90.859 million mt of iron ore", "90.859 million mt", 90.859e6, T, "d22", as_of="2022-12"),
       M(i(5,"en"), 5, "China Dec iron ore imports at 90.86 mln tonnes", "90.86 mln tonnes", 90.86e6, T, "d22", as_of="2022-12", note="headline"),
       M(i(5,"en"), 11, "to 90.86 million tonnes", "90.86 million tonnes", 90.86e6, T, "d22", as_of="2022-12"),
       M(i(7,"en"), 11, "China imported 100.861 million mt of iron ore", "100.861 million mt", 100.861e6, T, "d23", as_of="2023-12"),
       M(i(8,"en"), 14, "China imported 112.49 million tons of iron ore", "112.49 million tons", 112.49e6, T, "d24", as_of="2024-12")],
      cross((1,2), (3,4), R))

group("cn_iron_imports_december_mom", "iron", "Month-on-month change of China's December iron ore imports: 2022, 2023, 2024",
      "China", "MoM change of monthly iron ore imports", "December",
      "December 2022: 環比減少8.1% = 'down 8.1 percent month on month' = 'fell 8.1% from the previous month': consistent. December 2023 -1.8% and December 2024 +10.4% from November: other years.",
      [M(i(3,"hant"), 4, "環(huán)比減少8.1%", "8.1%", -8.1, PC, "d22", as_of="2022-12"),
       M(i(4,"en"), 7, "down 8.1 percent month on month", "8.1 percent", -8.1, PC, "d22", as_of="2022-12"),
       M(i(5,"en"), 11, "fell 8.1% from the previous month", "8.1%", -8.1, PC, "d22", as_of="2022-12"),
       M(i(7,"en"), 11, "down 1.8 percent month on month", "1.8 percent", -1.8, PC, "d23", as_of="2023-12"),
       M(i(8,"en"), 14, "up 10.4% from November", "10.4%", 10.4, PC, "d24", as_of="2024-12")])

group("cn_iron_imports_december_yoy", "iron", "YoY change of China's December iron ore imports: 2022, 2023, 2024",
      "China", "YoY growth of monthly iron ore imports", "December",
      "December 2022: 同比增加5.6% = 'up 5.6 percent year on year': consistent. December 2023 +11% and December 2024 +11.5%: other years (11 vs 11.5 look like a rounding but are different years).",
      [M(i(3,"hant"), 4, "同比增加5.6%", "5.6%", 5.6, PC, "d22", as_of="2022-12"),
       M(i(4,"en"), 7, "up 5.6 percent year on year", "5.6 percent", 5.6, PC, "d22", as_of="2022-12"),
       M(i(7,"en"), 11, "rising by 11 percent, year on year", "11 percent", 11.0, PC, "d23", as_of="2023-12"),
       M(i(8,"en"), 14, "11.5% from December 2023", "11.5%", 11.5, PC, "d24", as_of="2024-12")])

group("cn_iron_output_2022", "iron", "China iron ore output, 2022 (NBS)",
      "China", "iron ore output (tonnes)", "2022",
      "96,787.3萬噸 (twice, p1k2) = 967.873 million mt (SteelOrbis): consistent.",
      [M(i(3,"hant"), 3, "1~12月份累計生產(chǎn)鐵礦石96,787.3萬噸", "96,787.3萬噸", 967.873e6, T, "y", as_of="2022"),
       M(i(3,"hant"), 5, "原礦產(chǎn)量96,787.3萬噸", "96,787.3萬噸", 967.873e6, T, "y", as_of="2022"),
       M(i(6,"en"), 5, "amounted to 967.873 million mt", "967.873 million mt", 967.873e6, T, "y", as_of="2022")])

group("cn_iron_output_growth_2022", "iron", "YoY change of China's iron ore output, 2022 (and December 2022)",
      "China", "YoY growth of iron ore output", "2022",
      "Full year -1.0% (p1k2 twice, SteelOrbis): consistent. December 2022 -2.4% (p1k2 = SteelOrbis): another period.",
      [M(i(3,"hant"), 3, "同比下降1.0%", "1.0%", -1.0, PC, "y", as_of="2022"),
       M(i(3,"hant"), 5, "同比下降1.0%", "1.0%", -1.0, PC, "y", as_of="2022"),
       M(i(6,"en"), 5, "decreasing by 1.0 percent year on year", "1.0 percent", -1.0, PC, "y", as_of="2022"),
       M(i(3,"hant"), 3, "同比下降2.4%", "2.4%", -2.4, PC, "d", as_of="2022-12"),
       M(i(6,"en"), 7, "declining by 2.4 percent year on year", "2.4 percent", -2.4, PC, "d", as_of="2022-12")])

group("cn_iron_output_dec_2022", "iron", "China iron ore output, December 2022",
      "China", "monthly iron ore output (tonnes)", "2022-12", "7,861.2萬噸 = 78.612 million mt: consistent.",
      [M(i(3,"hant"), 3, "12月份全國生產(chǎn)鐵礦石7,861.2萬噸", "7,861.2萬噸", 78.612e6, T, "d", as_of="2022-12"),
       M(i(6,"en"), 7, "came to 78.612 million mt", "78.612 million mt", 78.612e6, T, "d", as_of="2022-12")])

group("cn_iron_output_dec_2022_mom", "iron", "Month-on-month change of China's iron ore output, December 2022",
      "China", "MoM change of iron ore output", "2022-12", "環比下降1.2% (p1k2) vs 'down 1.16 percent month on month' (SteelOrbis): rounding.",
      [M(i(3,"hant"), 3, "環(huán)比下降1.2%", "1.2%", -1.2, PC, "d", as_of="2022-12"),
       M(i(6,"en"), 7, "down 1.16 percent month on month", "1.16 percent", -1.16, PC, "d", as_of="2022-12")],
      {(1,2):R})

group("cn_iron_imports_2023_2024", "iron", "China iron ore imports, 2023 (customs vs Banchero Costa) and 2024 look-alikes",
      "China", "iron ore imports (tonnes)", "2023",
      "2023: customs 1,179.06 million mt (SteelOrbis); GMK (Reuters) 1.18 billion tons is its rounding; Banchero Costa's 1,200.1 mln tonnes for Jan-Dec 2023 disagrees with both (conflict). 2024: 1.24 billion tons (customs via GMK), Banchero's Jan-Nov 2024 1139.1 mln t (twice), and global seaborne imports 1.707 billion tons (another scope): different_basis.",
      [M(i(7,"en"), 9, "China imported 1,179.06 million mt of iron ore", "1,179.06 million mt", 1.17906e9, T, "y23", as_of="2023", note="customs"),
       M(i(8,"en"), 8, "In 2023, the volume amounted to 1.18 billion tons", "1.18 billion tons", 1.18e9, T, "y23", as_of="2023", note="customs via Reuters"),
       M(i(9,"en"), 4, "in Jan-Dec 2023 to 1,200.1 mln tonnes", "1,200.1 mln tonnes", 1.2001e9, T, "y23", as_of="2023", note="Banchero Costa"),
       M(i(8,"en"), 8, "compared to 2023 to 1.24 billion tons", "1.24 billion tons", 1.24e9, T, "y24", as_of="2024"),
       M(i(9,"en"), 3, "in Jan-Nov 2024 to 1139.1 mln tonnes", "1139.1 mln tonnes", 1.1391e9, T, "jn24", as_of="2024-01..2024-11", note="Banchero Costa"),
       M(i(9,"en"), 4, "in the first 11 months of 2024 to 1139.1 mln t", "1139.1 mln t", 1.1391e9, T, "jn24", as_of="2024-01..2024-11", note="Banchero Costa"),
       M(i(8,"en"), 18, "to 1.707 billion tons in 2024", "1.707 billion tons", 1.707e9, T, "global24", as_of="2024", note="global seaborne imports")],
      {(1,2):R, (1,3):C, (2,3):C})

group("cn_iron_imports_growth_2023_2024", "iron", "YoY growth of China's iron ore imports: 2023 (customs vs Banchero), 2024, Jan-Nov 2024, global seaborne 2024",
      "China", "YoY growth of iron ore imports", "2023",
      "2023: customs +6.6% (SteelOrbis headline and body, GMK) vs Banchero Costa +4.9% for Jan-Dec 2023: conflict. 2024 +4.9% (GMK, subheading and body) is the same number as Banchero's 2023 growth but another year (different_basis). Banchero's +3.6% for Jan-Nov 2024 (twice) and GMK's +3.6% for global seaborne imports in 2024 are the same number for another period and another scope: different_basis.",
      [M(i(7,"en"), 4, "China’s iron ore imports up 6.6 percent in 2023", "6.6 percent", 6.6, PC, "y23", as_of="2023", note="headline"),
       M(i(7,"en"), 9, "up 6.6 percent year on year", "6.6 percent", 6.6, PC, "y23", as_of="2023"),
       M(i(8,"en"), 8, "(+6.6% y/y)", "6.6%", 6.6, PC, "y23", as_of="2023"),
       M(i(9,"en"), 4, "increased +4.9% y-o-y in Jan-Dec 2023", "4.9%", 4.9, PC, "y23", as_of="2023", note="Banchero Costa"),
       M(i(8,"en"), 6, "Imports increased by 4.9% compared to 2023", "4.9%", 4.9, PC, "y24", as_of="2024"),
       M(i(8,"en"), 8, "China increased iron ore imports by 4.9%", "4.9%", 4.9, PC, "y24", as_of="2024"),
       M(i(9,"en"), 3, "increased by +3.6% y-o-y in Jan-Nov 2024", "3.6%", 3.6, PC, "jn24", as_of="2024-01..2024-11", note="Banchero Costa"),
       M(i(9,"en"), 4, "further increased by +3.6% y-o-y in the first 11 months", "3.6%", 3.6, PC, "jn24", as_of="2024-01..2024-11"),
       M(i(8,"en"), 18, "increased by 3.6% year-on-year", "3.6%", 3.6, PC, "global24", as_of="2024", note="global seaborne imports")],
      cross((1,2,3), (4,), C))

group("port_iron_ore_stocks", "iron", "Iron ore stocks at Chinese ports: end-2022 vs end-2024",
      "China", "port iron ore inventories (tonnes)", "year-end",
      "12月末港口進口礦庫存1.31億噸 (end-2022) vs 146.85 million tons (end-December 2024, Steelhome): different years.",
      [M(i(3,"hant"), 5, "12月末港口進口礦庫存1.31億噸", "1.31億噸", 131e6, T, "e22", as_of="2022-12-31"),
       M(i(8,"en"), 14, "increased by 28% year-on-year to 146.85 million tons", "146.85 million tons", 146.85e6, T, "e24", as_of="2024-12-31")])

# ---------------------------------------------------------------- singles: claims in no group
single(c(3,"en"), 9, "In 2022, China imported 293 million mt of coal", "293 million mt", 293e6, T, note="China coal imports 2022")
single(c(3,"en"), 9, "down 9.2 percent year on year", "9.2 percent", -9.2, PC, note="China coal imports 2022 YoY")
single(c(1,"en"), 15, "rose 8% year-on-year in December", "8%", 8.0, PC, note="China power generation, December 2023")
single(c(7,"hans"), 5, "排名前10家企业原煤产量合计为9.7亿吨", "9.7亿吨", 9.7e8, T, note="top 10 coal companies, January-May 2023")
single(c(7,"hans"), 5, "国家能源集团25439万吨", "25439万吨", 254.39e6, T, note="CHN Energy coal output, January-May 2023")
single(c(9,"hant"), 11, "全國(guó)煤礦數(shù)量減少至4300處左右", "4300處", 4300.0, N, qualifier="approx", note="coal mines in China, end-2023")
single(m(1,"en"), 12, "slumped by 19% in the first half", "19%", -19.0, PC, note="China pork output H1 2020")
single(m(2,"hans"), 15, "2020年1-12月中国进口冻鱼220万吨", "220万吨", 2.2e6, T, note="frozen fish imports 2020")
single(m(6,"en"), 13, "in June came to 540,000 tonnes", "540,000 tonnes", 540e3, T, note="pork including offal, June 2020")
single(m(7,"hans"), 5, "进口大豆4504.4万吨", "4504.4万吨", 45.044e6, T, note="soybean imports H1 2020")
single(m(3,"en"), 12, "reaching 955,008 tonnes", "955,008 tonnes", 955008.0, T, note="US pork exports to China, January-November 2020 (USMEF)")
single(m(11,"hans"), 11, "羊肉41万吨", "41万吨", 410e3, T, note="mutton imports 2021")
single(i(1,"en"), 6, "tumbling 20.8% year on year to 105.19 million tonnes", "105.19 million tonnes", 105.19e6, T, note="EU iron ore imports 2020")
single(i(9,"en"), 4, "China now accounts for 74.4% of global iron ore imports", "74.4%", 74.4, PC, note="Banchero Costa")
single(i(2,"hant"), 3, "2020年生鐵產量為88752.4萬噸", "88752.4萬噸", 887.524e6, T, note="China pig iron output 2020")
single(i(3,"hant"), 5, "共生產(chǎn)生鐵86,382.8萬噸", "86,382.8萬噸", 863.828e6, T, note="China pig iron output 2022")
single(i(8,"en"), 10, "which exceeded 110 million tons in 2024", "110 million tons", 110e6, T, qualifier="over", note="China steel exports 2024")
# ---------------------------------------------------------------- singles: numbers that are not claims
single(c(1,"en"), 25, "tagreuters.com2024binary_LYNXMPEK0G02Q-VIEWIMAGE", not_a_claim=True, kind="page_furniture", note="image tag with a year and an id run together")
single(c(2,"en"), 3, " date 2024-03-08", not_a_claim=True, kind="date")
single(c(3,"en"), 6, "Wednesday, 29 November 2023 11:08:54 (GMT+3)", not_a_claim=True, kind="date")
single(c(4,"en"), 4, "2023 June 26 14:55", not_a_claim=True, kind="date")
single(c(8,"hans"), 7, "2024-01-29 来源", not_a_claim=True, kind="date")
single(c(9,"hant"), 7, "發(fā)布時(shí)間:2024-04-01 14:35:00", not_a_claim=True, kind="date")
single(c(9,"hant"), 9, "本報(bào)北京3月31日電", not_a_claim=True, kind="date")
single(c(10,"hans"), 4, "时间锚点:截至2025年6月26日可溯数据", not_a_claim=True, kind="date")
single(c(10,"hans"), 31, "Energy Economics, 2023Q4", not_a_claim=True, kind="citation")
single(c(10,"hans"), 32, "(2024.5版)", not_a_claim=True, kind="edition")
single(c(10,"hans"), 33, "全文共计约850字", not_a_claim=True, kind="page_furniture", note="word count of the page itself")
single(m(1,"en"), 5, "• 1/14/2021", not_a_claim=True, kind="date")
single(m(1,"en"), 7, "• 8", not_a_claim=True, kind="page_furniture", note="view/share counter")
single(m(2,"hans"), 5, "【发布时间:2024-05-17 03:10:24】", not_a_claim=True, kind="date")
single(m(5,"en"), 11, "15:25, April 12, 2020", not_a_claim=True, kind="date")
single(m(5,"en"), 15, "1b24c26463564fca8697488247200ff7.jpg", not_a_claim=True, kind="file_name")
single(m(7,"hans"), 7, "《中国食品报》(2020年7月16日 05版)", not_a_claim=True, kind="date", note="date and page number of the print edition")
single(m(10,"hant"), 4, "【大紀元2020年05月31日訊】", not_a_claim=True, kind="date")
single(m(11,"hans"), 7, "Views:973", not_a_claim=True, kind="page_furniture")
single(i(4,"en"), 3, "Wednesday, 18 January 2023 10:55:30 (GMT+3)", not_a_claim=True, kind="date")
single(i(5,"en"), 7, "January 12, 2023 — 09:19 pm EST", not_a_claim=True, kind="date")
single(i(9,"en"), 4, "(130,000- 220,000 dwt)", not_a_claim=True, kind="definition", note="size class of Capesize ships")

emit(HERE / "gold.d" / "fresh5.toml", "corpus-fresh5")
