#!/usr/bin/env python3
"""Hand annotation of corpus-fresh4, written as data; emits gold.d/fresh4.toml (then run corpus/check_gold.py --dir corpus-fresh4 --build).

Every mention carries a 'basis' tag (period / scope / measure as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Different estimators of one quantity (customs, IHS Markit, Banchero Costa, MEES, EIA; China Film Administration,
Gower Street, Artisan Gateway, Maoyan) share a basis tag: their disagreements are conflicts, written out explicitly.
Forecasts carry their own basis tag (a forecast vs an outcome is different_basis).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

l = lambda n, s: f"lng-{n:02d}-{s}.txt"
f = lambda n, s: f"film-{n:02d}-{s}.txt"
s = lambda n, s_: f"soy-{n:02d}-{s_}.txt"
PC, CNY, USD, N, T = "percent", "CNY", "USD", "count", "tonnes"


# ================================================================ LNG imports: China and Japan, 2020-2023
group("china_lng_imports_2020", "lng", "China LNG imports, full year 2020",
      "China", "LNG imports (tonnes)", "2020",
      "Customs via LNG Prime: 67.13 million tonnes; MEES: 'a record 67.4mn tons'; Banchero Costa (TradeWinds): 67.1m tonnes. 67.1 is the rounding of 67.13; 67.4 disagrees with both (conflict).",
      [M(l(2,"en"), 9, "The country imported 67.13 million tonnes in 2020", "67.13 million tonnes", 67.13e6, T, "y", as_of="2020", note="customs"),
       M(l(3,"en"), 5, "at a record 67.4mn tons", "67.4mn tons", 67.4e6, T, "y", as_of="2020", note="MEES"),
       M(l(4,"en"), 5, "up from 67.1m tonnes in 2020", "67.1m tonnes", 67.1e6, T, "y", as_of="2020", note="Banchero Costa")],
      {(1,2):C, (1,3):R, (2,3):C})

group("china_lng_growth_2020", "lng", "YoY growth of China LNG imports, 2020",
      "China", "YoY growth of LNG imports", "2020",
      "LNG Prime (customs) 'rising 11.5 percent' vs MEES 'up 11.7%': two figures for the same growth rate, conflict.",
      [M(l(2,"en"), 9, "rising 11.5 percent when compared to the year before", "11.5 percent", 11.5, PC, "y", as_of="2020"),
       M(l(3,"en"), 5, "China’s imports up 11.7%", "11.7%", 11.7, PC, "y", as_of="2020")],
      {(1,2):C})

group("japan_lng_imports_2020_2021", "lng", "Japan LNG imports, 2020 and 2021 (outcomes, a forecast and a misdated figure)",
      "Japan", "LNG imports (tonnes)", "2020, 2021",
      "2020: MEES 74.5mn tons vs Banchero 74.4m tonnes (conflict at one decimal; rounding defensible). 2021: Banchero 76.5m tonnes vs IHS Markit 75 million tons = 7500萬噸 (conflict; the IHS pair is consistent). LNG Prime (December 2021) compares Japan's 2021 imports with '74.31 million tonnes in 2021': as written a 2021 figure, conflicting with 76.5 and 75; it is evidently 2020 (then different_basis to the 2021 figures, and a conflict with 74.5 / 74.4, since 74.31 rounds to 74.3). Wood Mackenzie's forecast for 2021, 7,450萬噸, is a forecast: different_basis to every outcome.",
      [M(l(3,"en"), 3, "fall in volumes to 74.5mn tons", "74.5mn tons", 74.5e6, T, "y20", as_of="2020", note="MEES"),
       M(l(4,"en"), 7, "from 74.4m metric tonnes in 2020", "74.4m metric tonnes", 74.4e6, T, "y20", as_of="2020", note="Banchero Costa"),
       M(l(4,"en"), 7, "increase to 76.5m tonnes", "76.5m tonnes", 76.5e6, T, "y21", as_of="2021", note="Banchero Costa"),
       M(l(5,"en"), 7, "Japan’s imports rose 0.2% to 75 million tons", "75 million tons", 75e6, T, "y21", as_of="2021", note="IHS Markit"),
       M(l(6,"hant"), 5, "日本進(jìn)口量7500萬噸", "7500萬噸", 75e6, T, "y21", as_of="2021", note="IHS Markit"),
       M(l(2,"en"), 12, "compared to 74.31 million tonnes in 2021", "74.31 million tonnes", 74.31e6, T, "y21", as_of="2021 (as written; evidently 2020)"),
       M(l(7,"hant"), 7, "日本則為基本持平的7,450萬噸", "7,450萬噸", 74.5e6, T, "f21", as_of="2021 forecast (Wood Mackenzie)")],
      {(1,2):(C,R), (3,4):C, (3,5):C, (3,6):(C,D), (4,6):(C,D), (5,6):(C,D), (1,6):(D,C), (2,6):(D,C)})

group("china_lng_imports_2021", "lng", "China LNG imports, 2021: customs, Banchero Costa, IHS Markit; a forecast and part-year look-alikes",
      "China", "LNG imports (tonnes)", "2021",
      "Customs (LNG Prime) 78.93 million tonnes vs Banchero 79.1m vs IHS Markit 81.4 million tons = 8140萬噸: three figures that disagree (78.93 rounds to 78.9, not 79.1). Wood Mackenzie's forecast 7,800萬噸, January-November 71.36 million tonnes and January-June 3,978萬噸 are other bases; the full year 2023 (71.32 million tonnes, almost the January-November 2021 figure) is another year.",
      [M(l(1,"en"), 11, "record 78.93 million tonnes in 2021", "78.93 million tonnes", 78.93e6, T, "y", as_of="2021", note="customs"),
       M(l(4,"en"), 5, "year on year to 79.1m tonnes", "79.1m tonnes", 79.1e6, T, "y", as_of="2021", note="Banchero Costa"),
       M(l(5,"en"), 7, "China imported 81.4 million tons of LNG in 2021", "81.4 million tons", 81.4e6, T, "y", as_of="2021", note="IHS Markit"),
       M(l(6,"hant"), 5, "中國2021年進(jìn)口LNG8140萬噸", "8140萬噸", 81.4e6, T, "y", as_of="2021", note="IHS Markit"),
       M(l(7,"hant"), 7, "預計2021年中國進口量將達到7,800萬噸", "7,800萬噸", 78e6, T, "f", as_of="2021 forecast (Wood Mackenzie)"),
       M(l(2,"en"), 6, "China imported 71.36 million tonnes of the fuel", "71.36 million tonnes", 71.36e6, T, "jn", as_of="2021-01..2021-11"),
       M(l(7,"hant"), 7, "增至3,978萬噸", "3,978萬噸", 39.78e6, T, "h1", as_of="2021-H1"),
       M(l(1,"en"), 7, "China received about 71.32 million tonnes", "71.32 million tonnes", 71.32e6, T, "y23", as_of="2023", note="full year 2023: a near-twin of January-November 2021")],
      {(1,2):C, (1,3):C, (1,4):C, (2,3):C, (2,4):C})

group("china_lng_growth_2021", "lng", "YoY growth of China LNG imports, 2021 (with a forecast and part-year look-alikes)",
      "China", "YoY growth of LNG imports", "2021",
      "Banchero 17.8% = IHS Markit 17.8% (English and Chinese): consistent. EIA: 19% (growth of average daily volume, Bcf/d): a third estimate of the same growth, conflict (the volume measure differs, so different_basis is defensible). Wood Mackenzie's forecast +16%, January-November +20.6% and H1 約三成 are other bases.",
      [M(l(4,"en"), 5, "jumped by 17.8% year on year", "17.8%", 17.8, PC, "y", as_of="2021", note="Banchero Costa"),
       M(l(5,"en"), 7, "up 17.8% from a year earlier", "17.8%", 17.8, PC, "y", as_of="2021", note="IHS Markit"),
       M(l(6,"hant"), 5, "同比增長17.8%", "17.8%", 17.8, PC, "y", as_of="2021", note="IHS Markit"),
       M(l(8,"en"), 9, "(19%) increase over 2020", "19%", 19.0, PC, "y", as_of="2021", note="EIA, Bcf/d"),
       M(l(7,"hant"), 7, "比2020年增加16%", "16%", 16.0, PC, "f", as_of="2021 forecast (Wood Mackenzie)"),
       M(l(2,"en"), 6, "LNG imports rose by 20.6 percent", "20.6 percent", 20.6, PC, "jn", as_of="2021-01..2021-11"),
       M(l(7,"hant"), 7, "增長約三成", "三成", 30.0, PC, "h1", qualifier="approx", as_of="2021-H1")],
      {(1,4):(C,D), (2,4):(C,D), (3,4):(C,D)})

group("japan_lng_growth_2021", "lng", "YoY change of Japan LNG imports, 2021",
      "Japan", "YoY growth of LNG imports", "2021",
      "Banchero Costa +2.8% vs IHS Markit +0.2% (English) = 同比微增0.2% (Chinese): conflict between the two bodies.",
      [M(l(4,"en"), 7, "a more modest 2.8% year-on-year increase", "2.8%", 2.8, PC, "y", as_of="2021", note="Banchero Costa"),
       M(l(5,"en"), 7, "Japan’s imports rose 0.2%", "0.2%", 0.2, PC, "y", as_of="2021", note="IHS Markit"),
       M(l(6,"hant"), 5, "同比微增0.2%", "0.2%", 0.2, PC, "y", as_of="2021", note="IHS Markit")],
      {(1,2):C, (1,3):C})

group("korea_lng_imports_2021", "lng", "South Korea LNG imports, 2021 (IHS Markit)",
      "South Korea", "LNG imports (tonnes)", "2021", "46.4 million tons = 4640萬噸 (consistent).",
      [M(l(5,"en"), 7, "South Korea ranked third with 46.4 million tons", "46.4 million tons", 46.4e6, T, "y", as_of="2021"),
       M(l(6,"hant"), 5, "進(jìn)口4640萬噸", "4640萬噸", 46.4e6, T, "y", as_of="2021")])

group("china_lng_imports_2022", "lng", "China LNG imports, 2022: customs vs MEES, and Wood Mackenzie's mid-year forecast",
      "China", "LNG imports (tonnes)", "2022",
      "Customs 63.44 million tonnes (two LNG Prime articles, consistent) vs MEES 63.8mn tons: conflict. Wood Mackenzie's forecast of 69 million tons is a forecast (different_basis).",
      [M(l(1,"en"), 9, "about 63.44 million tonnes of LNG in 2022", "63.44 million tonnes", 63.44e6, T, "y", as_of="2022", note="customs"),
       M(l(9,"en"), 9, "received about 63.44 million tonnes of LNG last year", "63.44 million tonnes", 63.44e6, T, "y", as_of="2022", note="customs"),
       M(l(10,"en"), 3, "versus China’s 63.8mn tons", "63.8mn tons", 63.8e6, T, "y", as_of="2022", note="MEES"),
       M(l(11,"en"), 5, "fall 14% to 69 million tons in 2022", "69 million tons", 69e6, T, "f", as_of="2022 forecast (Wood Mackenzie)")],
      {(1,3):C, (2,3):C})

group("china_lng_growth_2022_2023", "lng", "YoY change of China LNG imports: 2022 outcome, 2022 forecast, 2023",
      "China", "YoY growth of LNG imports", "2022, 2023",
      "2022: customs -19.5% vs Wood Mackenzie's forecast -14% (different_basis: forecast vs outcome). 2023: +12.6% (headline and body, consistent).",
      [M(l(9,"en"), 9, "down 19.5 percent when compared to the year before", "19.5 percent", -19.5, PC, "y22", as_of="2022"),
       M(l(11,"en"), 5, "expects cargoes to fall 14%", "14%", -14.0, PC, "f22", as_of="2022 forecast (Wood Mackenzie)"),
       M(l(1,"en"), 3, "China’s LNG imports increased 12.6 percent in 2023", "12.6 percent", 12.6, PC, "y23", as_of="2023"),
       M(l(1,"en"), 5, "liquefied natural gas imports rose 12.6 percent in 2023", "12.6 percent", 12.6, PC, "y23", as_of="2023")])

group("japan_lng_imports_2022", "lng", "Japan LNG imports, 2022",
      "Japan", "LNG imports (tonnes)", "2022", "Ministry of Finance (LNG Prime) 71.99 million tonnes vs MEES 72.0mn tons: rounding.",
      [M(l(9,"en"), 13, "in 2022 to about 71.99 million tonnes", "71.99 million tonnes", 71.99e6, T, "y", as_of="2022"),
       M(l(10,"en"), 3, "Japan was top for 2022 with 72.0mn tons", "72.0mn tons", 72.0e6, T, "y", as_of="2022")],
      {(1,2):R})

group("japan_china_lng_gap", "lng", "Gap between Japan's and China's LNG imports: January-November 2021, 2022, January-November 2023, 2023",
      "Japan vs China", "difference of LNG imports (tonnes)", "2021-2023",
      "Japan 4.13 million tonnes less than China (January-November 2021); Japan 8.55 million tonnes more (2022); Japan 3.14 million tonnes less (January-November 2023); 11.54 million tonnes including China's December 2023: four different periods, different_basis.",
      [M(l(2,"en"), 11, "some 4.13 million tonnes less than China", "4.13 million tonnes", 4.13e6, T, "jn21", as_of="2021-01..2021-11"),
       M(l(9,"en"), 15, "Japan took some 8.55 million tonnes more than China", "8.55 million tonnes", 8.55e6, T, "y22", as_of="2022", note="Japan ahead"),
       M(l(1,"en"), 29, "down by about 3.14 million tonnes compared to China’s volumes", "3.14 million tonnes", 3.14e6, T, "jn23", as_of="2023-01..2023-11"),
       M(l(1,"en"), 31, "the difference is about 11.54 million tonnes", "11.54 million tonnes", 11.54e6, T, "y23", as_of="2023 (China Jan-Dec vs Japan Jan-Nov)")])

group("china_lng_monthly_november", "lng", "China monthly LNG imports in November: 2021 vs 2023",
      "China", "monthly LNG imports (tonnes)", "November",
      "6.90 million tonnes (November 2021) vs 6.80 million tonnes (November 2023): same month, different year: different_basis.",
      [M(l(2,"en"), 4, "imported 6.90 million tonnes of LNG last month", "6.90 million tonnes", 6.90e6, T, "n21", as_of="2021-11"),
       M(l(1,"en"), 17, "reaching 6.80 million tonnes", "6.80 million tonnes", 6.80e6, T, "n23", as_of="2023-11")])

group("japan_lng_imports_h1", "lng", "Japan LNG imports in the first half: 2021 vs 2023",
      "Japan", "LNG imports (tonnes)", "H1",
      "3,889萬噸 (January-June 2021, Japanese data via Nikkei) vs 32.62mn tons (H1 2023, MEES): different years, different_basis.",
      [M(l(7,"hant"), 7, "同期為3,889萬噸", "3,889萬噸", 38.89e6, T, "h21", as_of="2021-H1"),
       M(l(10,"en"), 3, "Japan imported 32.62mn tons of LNG in the first half of 2023", "32.62mn tons", 32.62e6, T, "h23", as_of="2023-H1")])

# ================================================================ cinema box office: China 2023 (and the world)
group("cn_box_office_2023_cny", "film", "China total box office 2023 in yuan (China Film Administration), with the mid-November milestone look-alikes",
      "China", "box office (CNY)", "2023",
      "549.15亿元 = 54.915 billion yuan (Chinese and English); 'RMB54.9b', 'RMB54.9 billion' and the headline '549億' are its rounding; 'exceed 54.9 bln', 'exceeding 54.91 billion' and '近550億' are bounds containing it (consistent). The 50-billion milestone reached on 13-14 November (shine.cn, navisoho) is a year-to-date figure: different_basis.",
      [M(f(1,"en"), 3, "(RMB54.9b)", "RMB54.9b", 54.9e9, CNY, "y", as_of="2023"),
       M(f(2,"en"), 3, "box office earnings exceed 54.9 bln yuan", "54.9 bln yuan", 54.9e9, CNY, "y", qualifier="over", as_of="2023"),
       M(f(2,"en"), 5, "exceeding 54.91 billion yuan", "54.91 billion yuan", 54.91e9, CNY, "y", qualifier="over", as_of="2023"),
       M(f(3,"en"), 12, "has reached 54.915 billion yuan", "54.915 billion yuan", 54.915e9, CNY, "y", as_of="2023"),
       M(f(4,"en"), 5, "an annual total of RMB54.9 billion", "RMB54.9 billion", 54.9e9, CNY, "y", as_of="2023"),
       M(f(8,"hans"), 3, "中国电影总票房为549.15亿元", "549.15亿元", 54.915e9, CNY, "y", as_of="2023"),
       M(f(10,"hant"), 5, "全年錄得近550億", "550億", 55e9, CNY, "y", qualifier="under", as_of="2023", note="headline"),
       M(f(10,"hant"), 7, "全年錄得近550億", "550億", 55e9, CNY, "y", qualifier="under", as_of="2023", note="headline repeated"),
       M(f(10,"hant"), 27, "全年錄得近550億", "550億", 55e9, CNY, "y", qualifier="under", as_of="2023", note="page footer"),
       M(f(10,"hant"), 13, "全年電影票房為549.15億元", "549.15億元", 54.915e9, CNY, "y", as_of="2023"),
       M(f(11,"hant"), 3, "中2023票房549億", "549億", 54.9e9, CNY, "y", as_of="2023", note="headline"),
       M(f(11,"hant"), 5, "中國電影票房為人民幣549.15億元", "549.15億元", 54.915e9, CNY, "y", as_of="2023"),
       M(f(5,"en"), 7, "hit the 50-billion-yuan (US$6.97 billion) mark", "50-billion-yuan", 50e9, CNY, "ytd", as_of="2023-11-13"),
       M(f(12,"hant"), 3, "2023年全國電影票房突破500億", "500億", 50e9, CNY, "ytd", qualifier="over", as_of="2023-11-14"),
       M(f(12,"hant"), 5, "2023年全國電影票房突破500億", "500億", 50e9, CNY, "ytd", qualifier="over", as_of="2023-11-14")],
      {**cross((1,5,11), (4,6,10,12), R), **cross((2,3,7,8,9), (1,4,5,6,10,11,12), K), **cross((2,3,7,8,9), (2,3,7,8,9), K),
       (13,14):K, (13,15):K})

group("cn_box_office_2023_usd", "film", "China total box office 2023 in US dollars (conversions and Gower Street's estimate)",
      "China", "box office (USD)", "2023",
      "$7.73 billion (China Daily, Variety twice) vs $7.7bn (Screen, its rounding) vs 'over 7.75 billion U.S. dollars' (Xinhua) vs 約77.58億美元 (UDN) vs Gower Street's $7.71 billion: conversions of one yuan total at different exchange rates and one independent estimate. Values that are not roundings of each other are conflicts (a different exchange rate makes different_basis defensible).",
      [M(f(1,"en"), 3, "China took $7.7bn", "$7.7bn", 7.7e9, USD, "y", as_of="2023"),
       M(f(2,"en"), 5, "(over 7.75 billion U.S. dollars)", "7.75 billion U.S. dollars", 7.75e9, USD, "y", qualifier="over", as_of="2023"),
       M(f(3,"en"), 12, "($7.73 billion)", "$7.73 billion", 7.73e9, USD, "y", as_of="2023"),
       M(f(4,"en"), 3, "in 2023 to $7.73 Billion", "$7.73 Billion", 7.73e9, USD, "y", as_of="2023", note="headline"),
       M(f(4,"en"), 5, "or $7.73 billion", "$7.73 billion", 7.73e9, USD, "y", as_of="2023"),
       M(f(6,"en"), 6, "China was the biggest contributor with $7.71 billion", "$7.71 billion", 7.71e9, USD, "y", as_of="2023", note="Gower Street"),
       M(f(11,"hant"), 5, "(約77.58億美元)", "77.58億美元", 7.758e9, USD, "y", qualifier="approx", as_of="2023")],
      {**cross((1,), (3,4,5,6), R), (1,2):(C,R), (1,7):(C,D), **cross((2,), (3,4,5,6), (C,D)), (2,7):K,
       **cross((3,4,5), (6,7), (C,D)), (6,7):(C,D)})

group("cn_box_office_growth_2023", "film", "Growth of China's box office, 2023 vs 2022 (and vs the three previous years)",
      "China", "YoY growth of box office", "2023",
      "83% (Screen, Variety headline and body, Gower Street in USD) and 'surpassing ... 83 percent' (China Daily): consistent. 灯塔's '相比过去三年大幅上涨七成' compares with the three previous years: different_basis.",
      [M(f(1,"en"), 3, "representing an 83% year-on-year increase", "83%", 83.0, PC, "yoy", as_of="2023"),
       M(f(3,"en"), 10, "surpassing a stunning 83 percent", "83 percent", 83.0, PC, "yoy", qualifier="over", as_of="2023"),
       M(f(4,"en"), 3, "Surges by Annual 83%", "83%", 83.0, PC, "yoy", as_of="2023", note="headline"),
       M(f(4,"en"), 7, "That was an 83% improvement", "83%", 83.0, PC, "yoy", as_of="2023"),
       M(f(6,"en"), 6, "an enormous 83% gain over 2022", "83%", 83.0, PC, "yoy", as_of="2023", note="Gower Street, USD"),
       M(f(8,"hans"), 6, "2023年票房相比过去三年大幅上涨七成", "七成", 70.0, PC, "vs3y", as_of="2023 vs 2020-2022")])

group("cn_box_office_2022", "film", "China total box office 2022",
      "China", "box office", "2022",
      "China Daily (CFA): 29.949 billion yuan vs Xinhua (shine.cn): 30.07 billion yuan: conflict. Gower Street's 43.3亿美元 is in dollars (different_basis).",
      [M(f(3,"en"), 12, "the 29.949 billion yuan raked in for 2022", "29.949 billion yuan", 29.949e9, CNY, "cny", as_of="2022"),
       M(f(5,"en"), 13, "total revenue of 30.07 billion yuan", "30.07 billion yuan", 30.07e9, CNY, "cny", as_of="2022"),
       M(f(9,"hans"), 6, "中国市场取得43.3亿美元票房", "43.3亿美元", 4.33e9, USD, "usd", as_of="2022", note="Gower Street")],
      {(1,2):C})

group("cn_box_office_2019", "film", "China total box office 2019",
      "China", "box office (CNY)", "2019",
      "Variety: RMB64.3 billion; Xinhua: 'over 60 billion yuan in 2019 and 2018'; shine.cn: 'last exceeded 50 billion yuan in 2019': bounds containing 64.3 (consistent).",
      [M(f(4,"en"), 7, "when grosses hit RMB64.3 billion", "RMB64.3 billion", 64.3e9, CNY, "y", as_of="2019"),
       M(f(2,"en"), 7, "record highs of over 60 billion yuan in 2019 and 2018", "60 billion yuan", 60e9, CNY, "y", qualifier="over", as_of="2019 (and 2018)"),
       M(f(5,"en"), 11, "last exceeded 50 billion yuan in 2019", "50 billion yuan", 50e9, CNY, "y", qualifier="over", as_of="2019")],
      {(1,2):K, (1,3):K, (2,3):K})

group("cn_box_office_gap_2019", "film", "China's 2023 box office below 2019",
      "China", "shortfall vs 2019", "2023", "14.5% behind (Screen) = 14.5% adrift (Variety): consistent.",
      [M(f(1,"en"), 3, "still 14.5% behind pre-pandemic 2019", "14.5%", 14.5, PC, "y", as_of="2023"),
       M(f(4,"en"), 7, "still 14.5% adrift of 2019", "14.5%", 14.5, PC, "y", as_of="2023")])

group("cn_domestic_share_2023", "film", "Share of Chinese films in China's 2023 box office (and mid-November look-alikes)",
      "China", "domestic films' share of box office", "2023",
      "CFA 83.77% (Xinhua, China Daily, 中新社 twice, 香港商報, UDN) vs Artisan Gateway 83.8% (Screen) and 84% (Variety): rounding. UDN's headline '國產電影占比83%' truncates 83.77 (conflict, rounding defensible). Mid-November shares (83.4% per China Movie Database on 13 November; 83.98% per CFA on 14 November) are year-to-date figures at another date: different_basis, though one day apart they cannot both be right (conflict defensible).",
      [M(f(1,"en"), 9, "an 83.8% market share", "83.8%", 83.8, PC, "y", as_of="2023", note="Artisan Gateway"),
       M(f(2,"en"), 11, "accounting for 83.77 percent", "83.77 percent", 83.77, PC, "y", as_of="2023"),
       M(f(3,"en"), 20, "or 83.77 percent of the overall", "83.77 percent", 83.77, PC, "y", as_of="2023"),
       M(f(4,"en"), 15, "accounted for an 84% share", "84%", 84.0, PC, "y", as_of="2023", note="Artisan Gateway"),
       M(f(8,"hans"), 3, "占83.77%。", "83.77%", 83.77, PC, "y", as_of="2023"),
       M(f(8,"hans"), 5, "占83.77%;", "83.77%", 83.77, PC, "y", as_of="2023"),
       M(f(10,"hant"), 13, "佔比為83.77%", "83.77%", 83.77, PC, "y", as_of="2023"),
       M(f(11,"hant"), 3, "國產電影占比83%", "83%", 83.0, PC, "y", as_of="2023", note="headline"),
       M(f(11,"hant"), 5, "國產影片票房占比為83.77%", "83.77%", 83.77, PC, "y", as_of="2023"),
       M(f(5,"en"), 9, "a staggering 83.4 percent", "83.4 percent", 83.4, PC, "n13", as_of="2023-11-13", note="China Movie Database"),
       M(f(12,"hant"), 5, "佔比83.98%", "83.98%", 83.98, PC, "n14", as_of="2023-11-14", note="CFA")],
      {**cross((1,4), (2,3,5,6,7,9), R), (1,4):R, **cross((8,), (1,4), (C,R)), **cross((8,), (2,3,5,6,7,9), (C,R)),
       (10,11):(D,C)})

group("cn_import_share_2023", "film", "Share of imported films in China's 2023 box office (Artisan Gateway)",
      "China", "imported films' share of box office", "2023", "16.2% (Screen) vs 16% (Variety): rounding.",
      [M(f(1,"en"), 9, "the remaining 16.2%", "16.2%", 16.2, PC, "y", as_of="2023"),
       M(f(4,"en"), 15, "Imports accounted for 16%", "16%", 16.0, PC, "y", as_of="2023")],
      {(1,2):R})

group("cn_domestic_box_office_2023", "film", "Box office of Chinese films in China, 2023 (and 14 November year-to-date)",
      "China", "domestic films' box office (CNY)", "2023",
      "460.05亿元 = 46.005 billion yuan; 'over 46 billion yuan' is a bound (consistent). 419.89億元 is the year-to-date figure at 14 November: different_basis.",
      [M(f(2,"en"), 11, "over 46 billion yuan in box office revenue", "46 billion yuan", 46e9, CNY, "y", qualifier="over", as_of="2023"),
       M(f(3,"en"), 20, "With a total of 46.005 billion yuan", "46.005 billion yuan", 46.005e9, CNY, "y", as_of="2023"),
       M(f(8,"hans"), 3, "其中国产影片票房为460.05亿元", "460.05亿元", 46.005e9, CNY, "y", as_of="2023"),
       M(f(8,"hans"), 5, "2023年国产影片票房为460.05亿元", "460.05亿元", 46.005e9, CNY, "y", as_of="2023"),
       M(f(10,"hant"), 13, "其中國產影片票房為460.05億元", "460.05億元", 46.005e9, CNY, "y", as_of="2023"),
       M(f(12,"hant"), 5, "國產影片票房達419.89億元", "419.89億元", 41.989e9, CNY, "ytd", as_of="2023-11-14")],
      cross((1,), (2,3,4,5), K))

group("cn_admissions_2023", "film", "Cinema admissions in China, 2023 (with the 14 November figure and rural screenings)",
      "China", "cinema admissions", "2023",
      "CFA 12.99亿 = 1.299 billion; Maoyan (Screen, Variety) 1.3 billion is its rounding; Xinhua 'nearly 1.3 billion' is a bound (consistent). 11.79億 (to 14 November) and the 約4.5億 admissions of rural public screenings are other bases.",
      [M(f(1,"en"), 13, "a four-year high of 1.3 billion", "1.3 billion", 1.3e9, N, "y", as_of="2023", note="Maoyan"),
       M(f(2,"en"), 9, "nearly 1.3 billion tickets", "1.3 billion", 1.3e9, N, "y", qualifier="under", as_of="2023"),
       M(f(3,"en"), 12, "1.299 billion tickets were sold", "1.299 billion", 1.299e9, N, "y", as_of="2023"),
       M(f(4,"en"), 13, "in four years, at 1.3 billion", "1.3 billion", 1.3e9, N, "y", as_of="2023", note="Maoyan"),
       M(f(8,"hans"), 5, "城市院线观影人次为12.99亿", "12.99亿", 1.299e9, N, "y", as_of="2023"),
       M(f(10,"hant"), 13, "城市院線觀影人次為12.99億", "12.99億", 1.299e9, N, "y", as_of="2023"),
       M(f(12,"hant"), 3, "觀影人次11.79億", "11.79億", 1.179e9, N, "ytd", as_of="2023-11-14", note="headline"),
       M(f(12,"hant"), 5, "觀影人次11.79億", "11.79億", 1.179e9, N, "ytd", as_of="2023-11-14"),
       M(f(10,"hant"), 23, "觀影人次約4.5億", "4.5億", 4.5e8, N, "rural", qualifier="approx", as_of="2023", note="rural public screenings")],
      {**cross((1,4), (3,5,6), R), **cross((2,), (1,3,4,5,6), K)})

group("cn_screens_total_2023", "film", "Cinema screens in China's urban circuits at end-2023",
      "China", "screens (total)", "end-2023", "86310塊 (two pages) and 'more than 86,300 silver screens' (bound): consistent.",
      [M(f(3,"en"), 12, "more than 86,300 silver screens", "86,300", 86300.0, N, "y", qualifier="over", as_of="end-2023"),
       M(f(8,"hans"), 5, "幕总数达到86310块", "86310块", 86310.0, N, "y", as_of="end-2023", note="interrupted by injected spam text"),
       M(f(10,"hant"), 19, "銀幕總數達到86310塊", "86310塊", 86310.0, N, "y", as_of="end-2023")],
      {(1,2):K, (1,3):K})

group("cn_screens_new_2023", "film", "Net new cinema screens in China, 2023",
      "China", "screens added", "2023", "2,312 = 2312塊 (consistent).",
      [M(f(3,"en"), 18, "a total of 2,312 silver screens were newly installed", "2,312", 2312.0, N, "y", as_of="2023"),
       M(f(8,"hans"), 5, "净增银幕数2312块", "2312块", 2312.0, N, "y", as_of="2023"),
       M(f(10,"hant"), 19, "淨增銀幕數2312塊", "2312塊", 2312.0, N, "y", as_of="2023")])

group("cn_films_produced_2023", "film", "Films produced in China, 2023",
      "China", "films produced", "2023", "971 = 971部 (consistent).",
      [M(f(3,"en"), 18, "A total of 971 films were produced in 2023", "971", 971.0, N, "y", as_of="2023"),
       M(f(10,"hant"), 17, "影片總產量為971部", "971部", 971.0, N, "y", as_of="2023")])

group("cn_feature_films_2023", "film", "Feature (story) films produced in China, 2023",
      "China", "feature films produced", "2023", "792 titles 'being dramas' = 故事影片792部 (consistent; 'dramas' renders 故事片).",
      [M(f(3,"en"), 18, "with 792 titles being dramas", "792", 792.0, N, "y", as_of="2023"),
       M(f(10,"hant"), 17, "全年共生產故事影片792部", "792部", 792.0, N, "y", as_of="2023")])

group("cn_films_over_100m_2023", "film", "Films grossing over 100 million yuan in China, 2023 (and to 14 November)",
      "China", "films over 100m yuan", "2023", "73部 twice (consistent); 58部 is the count at 14 November (different_basis).",
      [M(f(8,"hans"), 5, "全年票房过亿元影片共73部", "73部", 73.0, N, "y", as_of="2023"),
       M(f(10,"hant"), 15, "全年票房過億元影片共73部", "73部", 73.0, N, "y", as_of="2023"),
       M(f(12,"hant"), 5, "2023年共有58部影片票房過億元", "58部", 58.0, N, "ytd", as_of="2023-11-14")])

group("cn_domestic_films_over_100m_2023", "film", "Chinese films grossing over 100 million yuan, 2023",
      "China", "domestic films over 100m yuan", "2023", "50部 twice (consistent).",
      [M(f(8,"hans"), 5, "其中国产影片50部", "50部", 50.0, N, "y", as_of="2023"),
       M(f(10,"hant"), 15, "其中國產影片50部", "50部", 50.0, N, "y", as_of="2023")])

group("full_river_red_box_office", "film", "Box office of Full River Red (满江红) in China, 2023",
      "Full River Red", "box office (CNY)", "2023",
      "45.44亿元 (中新社) is contained in 'surpassed the landmark RMB4bn' (Screen) and 'exceeded the RMB4 billion ... landmark' (Variety), said of Full River Red and The Wandering Earth 2: consistent.",
      [M(f(8,"hans"), 4, "《满江红》以45.44亿元票房领跑", "45.44亿元", 4.544e9, CNY, "y", as_of="2023"),
       M(f(1,"en"), 5, "surpassed the landmark RMB4bn", "RMB4bn", 4e9, CNY, "y", qualifier="over", as_of="2023"),
       M(f(4,"en"), 19, "exceeded the RMB4 billion", "RMB4 billion", 4e9, CNY, "y", qualifier="over", as_of="2023")],
      {(1,2):K, (1,3):K})

group("rmb4bn_in_usd", "film", "The RMB4 billion landmark in US dollars",
      "RMB4 billion", "USD equivalent", "2023", "$562m (Screen) vs $560 million (Variety): rounding.",
      [M(f(1,"en"), 5, "RMB4bn ($562m)", "$562m", 562e6, USD, "y"),
       M(f(4,"en"), 19, "($560 million) landmark", "$560 million", 560e6, USD, "y")],
      {(1,2):R})

group("fast_x_china_cny", "film", "Fast X box office in China (yuan)",
      "Fast X", "China box office (CNY)", "2023", "RMB984.7m vs RMB985 million: rounding.",
      [M(f(1,"en"), 11, "RMB984.7m", "RMB984.7m", 984.7e6, CNY, "y", as_of="2023"),
       M(f(4,"en"), 17, "with RMB985 million", "RMB985 million", 985e6, CNY, "y", as_of="2023")],
      {(1,2):R})

group("fast_x_usd", "film", "Fast X box office in US dollars: China vs worldwide",
      "Fast X", "box office (USD)", "2023",
      "China: $138.7m (Screen) vs $139 million (Variety): rounding. Worldwide $704.8 million (sacnilk) is another scope: different_basis.",
      [M(f(1,"en"), 11, "Fast X ($138.7m", "$138.7m", 138.7e6, USD, "cn", as_of="2023"),
       M(f(4,"en"), 17, "or $139 million", "$139 million", 139e6, USD, "cn", as_of="2023"),
       M(f(6,"en"), 7, "\"Fast X\" with $704.8 million", "$704.8 million", 704.8e6, USD, "ww", as_of="2023")],
      {(1,2):R})

group("suzume_china_usd", "film", "Suzume box office in China (USD)",
      "Suzume", "China box office (USD)", "2023", "$113.8m vs $114 million: rounding.",
      [M(f(1,"en"), 11, "Suzume ($113.8m", "$113.8m", 113.8e6, USD, "y", as_of="2023"),
       M(f(4,"en"), 17, "(with $114 million)", "$114 million", 114e6, USD, "y", as_of="2023")],
      {(1,2):R})

group("slam_dunk_china_usd", "film", "The First Slam Dunk box office in China (USD)",
      "The First Slam Dunk", "China box office (USD)", "2023", "$93m = $93 million (consistent).",
      [M(f(1,"en"), 11, "The First Slam Dunk ($93m", "$93m", 93e6, USD, "y", as_of="2023"),
       M(f(4,"en"), 17, "“The First Slam Dunk” ($93 million)", "$93 million", 93e6, USD, "y", as_of="2023")])

group("global_box_office_2023", "film", "Worldwide box office 2023 (Gower Street), and Gower Street's earlier forecast",
      "World", "box office (USD)", "2023",
      "$33.9 billion / $33.90B (sacnilk) = $33.9 billion (gitnux): consistent. Gower Street's January 2023 forecast of 290亿美元 for 2023 is a forecast (different_basis).",
      [M(f(6,"en"), 5, "revenue in 2023 hit $33.9 billion", "$33.9 billion", 33.9e9, USD, "y", as_of="2023"),
       M(f(6,"en"), 8, "2023 - $33.90B", "$33.90B", 33.9e9, USD, "y", as_of="2023"),
       M(f(7,"en"), 4, "revenue totaled $33.9 billion", "$33.9 billion", 33.9e9, USD, "y", as_of="2023"),
       M(f(9,"hans"), 7, "2023年全球票房将达到290亿美元", "290亿美元", 29e9, USD, "f", as_of="2023 forecast (Gower Street, January 2023)")])

group("global_box_office_growth_2023", "film", "Growth of worldwide box office, 2023 vs 2022",
      "World", "YoY growth of box office", "2023",
      "sacnilk (Gower Street): 31% three times (33.9 / 25.9 = +30.9%); gitnux: 'a 25.5% increase from 2022' for the same $33.9 billion: conflict.",
      [M(f(6,"en"), 3, "Jumped By 31 Percent In 2023", "31 Percent", 31.0, PC, "y", as_of="2023", note="headline"),
       M(f(6,"en"), 4, "witnessed a jump of 31%", "31%", 31.0, PC, "y", as_of="2023"),
       M(f(6,"en"), 5, "a gain of 31% over 2022's", "31%", 31.0, PC, "y", as_of="2023"),
       M(f(7,"en"), 4, "marking a 25.5% increase from 2022", "25.5%", 25.5, PC, "y", as_of="2023")],
      {(1,4):C, (2,4):C, (3,4):C})

group("global_box_office_2022", "film", "Worldwide box office 2022 (Gower Street)",
      "World", "box office (USD)", "2022", "$25.9 billion / $25.90B = 259亿美元 / 约259亿美元 (consistent).",
      [M(f(6,"en"), 5, "over 2022's $25.9 billion", "$25.9 billion", 25.9e9, USD, "y", as_of="2022"),
       M(f(6,"en"), 9, "2022 - $25.90B", "$25.90B", 25.9e9, USD, "y", as_of="2022"),
       M(f(9,"hans"), 3, "2022年全球电影票房约259亿美元", "259亿美元", 25.9e9, USD, "y", qualifier="approx", as_of="2022", note="headline"),
       M(f(9,"hans"), 5, "预计2022年全球电影票房达259亿美元", "259亿美元", 25.9e9, USD, "y", as_of="2022", note="Gower Street estimate")])

group("global_gap_prepandemic", "film", "Worldwide box office below the pre-pandemic average: 2023 vs 2022",
      "World", "shortfall vs pre-pandemic average", "2023 / 2022",
      "2023: 15% behind (sacnilk); 2022: 均值下滑25% (界面): different years, different_basis.",
      [M(f(6,"en"), 5, "was still 15% behind the average", "15%", 15.0, PC, "y23", as_of="2023"),
       M(f(9,"hans"), 5, "均值下滑25%", "25%", 25.0, PC, "y22", as_of="2022")])

group("north_america_box_office", "film", "North American ('Hollywood') box office: 2023 and 2022",
      "North America", "box office (USD)", "2023 / 2022",
      "gitnux: North American box office 2023 $9 billion; sacnilk: 'The Hollywood Box Office jumped to $9.05 billion in 2023' (Gower Street's domestic market: 9.05 + 24.8 = 33.85): rounding if 'Hollywood' means the North American market, as the sum shows; different_basis if read literally (Hollywood films). 2022: 75亿美元 (界面): another year.",
      [M(f(7,"en"), 5, "North American box office for 2023 reached $9 billion", "$9 billion", 9e9, USD, "y23", as_of="2023"),
       M(f(6,"en"), 6, "The Hollywood Box Office jumped to $9.05 billion", "$9.05 billion", 9.05e9, USD, "y23", as_of="2023", note="'Hollywood' = domestic market"),
       M(f(9,"hans"), 6, "北美市场以75亿美元票房", "75亿美元", 7.5e9, USD, "y22", as_of="2022")],
      {(1,2):(R,D)})

# ================================================================ soybean imports: China, September 2025
group("cn_soy_imports_sep2025", "soy", "China soybean imports, September 2025 (and October)",
      "China", "monthly soybean imports (tonnes)", "2025-09",
      "12.87 million tons (three English pages) = 1287萬噸 (UDN); 鉅亨網's 1,286.9 萬噸 is the unrounded figure (rounding). October's 948 萬噸 is another month.",
      [M(s(1,"en"), 13, "reached 12.87 million metric tons in September", "12.87 million metric tons", 12.87e6, T, "s", as_of="2025-09"),
       M(s(2,"en"), 5, "China imported 12.87 million tons of soybeans in September", "12.87 million tons", 12.87e6, T, "s", as_of="2025-09"),
       M(s(3,"en"), 4, "China imported 12.87 million metric tons", "12.87 million metric tons", 12.87e6, T, "s", as_of="2025-09"),
       M(s(4,"hant"), 5, "大豆進口總量攀升到1287萬噸", "1287萬噸", 12.87e6, T, "s", as_of="2025-09"),
       M(s(5,"hant"), 11, "9 月大豆進口量達到 1,286.9 萬噸", "1,286.9 萬噸", 12.869e6, T, "s", as_of="2025-09"),
       M(s(7,"hant"), 7, "整體大豆進口來到 948 萬噸", "948 萬噸", 9.48e6, T, "o", as_of="2025-10")],
      cross((5,), (1,2,3,4), R))

group("brazil_soy_to_china_sep2025", "soy", "China soybean imports from Brazil, September 2025 (with Anec's export figures and October look-alikes)",
      "Brazil", "soybean exports to China (tonnes)", "2025-09",
      "Customs: 10.96 million tons = 1096萬噸 = 1,096 萬噸 (consistent). LTN quotes Anec: '9 月，中國就自巴西進口 650 萬噸大豆，占當月出口總量的 93%': Brazil's shipments to China in September (export data; cargoes arrive weeks later): different_basis, though as worded it claims the same imports (conflict defensible). October: 712 萬噸 from Brazil (customs) and, by coincidence, Anec's forecast of Brazil's total October exports, 712萬噸: other month / other measure.",
      [M(s(1,"en"), 11, "to 10.96 million tons", "10.96 million tons", 10.96e6, T, "s", as_of="2025-09"),
       M(s(2,"en"), 5, "to 10.96 million tons in September", "10.96 million tons", 10.96e6, T, "s", as_of="2025-09"),
       M(s(3,"en"), 4, "to 10.96 million tons", "10.96 million tons", 10.96e6, T, "s", as_of="2025-09"),
       M(s(4,"hant"), 7, "自巴西進口大豆1096萬噸", "1096萬噸", 10.96e6, T, "s", as_of="2025-09"),
       M(s(5,"hant"), 21, "達 1,096 萬噸", "1,096 萬噸", 10.96e6, T, "s", as_of="2025-09"),
       M(s(8,"hant"), 9, "中國就自巴西進口 650 萬噸大豆", "650 萬噸", 6.5e6, T, "anec", as_of="2025-09", note="Anec export data"),
       M(s(7,"hant"), 7, "達 712 萬噸", "712 萬噸", 7.12e6, T, "o", as_of="2025-10"),
       M(s(8,"hant"), 13, "本月大豆出口將達712萬噸", "712萬噸", 7.12e6, T, "anec_oct_all", as_of="2025-10 forecast", note="Brazil's total exports, all destinations")],
      cross((6,), (1,2,3,4,5), (D,C)))

group("brazil_soy_growth_sep2025", "soy", "YoY growth of China's soybean imports from Brazil, September 2025 (and October)",
      "Brazil", "YoY growth of soybean exports to China", "2025-09",
      "29.9% (four documents); 'nearly 30%' (two) and 約3成 are bounds / approximations containing it (consistent). October +28.8% is another month.",
      [M(s(1,"en"), 11, "jumped 29.9 per cent year-on-year", "29.9 per cent", 29.9, PC, "s", as_of="2025-09"),
       M(s(2,"en"), 5, "Imports from Brazil surged nearly 30%", "30%", 30.0, PC, "s", qualifier="under", as_of="2025-09"),
       M(s(3,"en"), 4, "jumped nearly 30%", "30%", 30.0, PC, "s", qualifier="under", as_of="2025-09"),
       M(s(4,"hant"), 7, "較去年同期大幅成長29.9%", "29.9%", 29.9, PC, "s", as_of="2025-09"),
       M(s(5,"hant"), 21, "激增 29.9%", "29.9%", 29.9, PC, "s", as_of="2025-09"),
       M(s(4,"hant"), 3, "高達約3成", "3成", 30.0, PC, "s", qualifier="approx", as_of="2025-09"),
       M(s(7,"hant"), 7, "十月自巴西的進口量年增 28.8%", "28.8%", 28.8, PC, "o", as_of="2025-10")],
      cross((1,4,5), (2,3,6), K))

group("brazil_soy_share_sep2025", "soy", "Brazil's share of China's soybean imports, September 2025 (with look-alikes)",
      "Brazil", "share of China's soybean imports", "2025-09",
      "85.2% (CNA, UDN); 'over 85%' / 'more than 85%' are bounds (consistent). 鉅亨網 writes 佔中國當月油料作物進口總量 85.2% (share of all oilseed imports): as written another denominator (different_basis), evidently the same figure (consistent defensible). Anec's 93% is China's share of Brazil's September exports; October's 逾七成 is another month.",
      [M(s(1,"en"), 11, "accounting for 85.2 per cent", "85.2 per cent", 85.2, PC, "s", as_of="2025-09"),
       M(s(2,"en"), 5, "accounting for over 85%", "85%", 85.0, PC, "s", qualifier="over", as_of="2025-09"),
       M(s(3,"en"), 4, "making up more than 85%", "85%", 85.0, PC, "s", qualifier="over", as_of="2025-09"),
       M(s(4,"hant"), 7, "且占大豆總進口量達85.2%", "85.2%", 85.2, PC, "s", as_of="2025-09"),
       M(s(5,"hant"), 21, "佔中國當月油料作物進口總量 85.2%", "85.2%", 85.2, PC, "oilseed", as_of="2025-09"),
       M(s(8,"hant"), 9, "占當月出口總量的 93%", "93%", 93.0, PC, "anec", as_of="2025-09", note="China's share of Brazil's exports"),
       M(s(7,"hant"), 7, "占整體大豆進口的逾七成", "七成", 70.0, PC, "o", qualifier="over", as_of="2025-10")],
      {**cross((1,4), (2,3), K), **cross((5,), (1,2,3,4), (D,K))})

group("argentina_soy_to_china_sep2025", "soy", "China soybean imports from Argentina, September 2025 (and October)",
      "Argentina", "soybean exports to China (tonnes)", "2025-09",
      "1.17 million tons = 117萬噸 (five documents, consistent); October 157 萬噸 is another month.",
      [M(s(1,"en"), 11, "to 1.17 million tons", "1.17 million tons", 1.17e6, T, "s", as_of="2025-09"),
       M(s(2,"en"), 5, "to 1.17 million tons", "1.17 million tons", 1.17e6, T, "s", as_of="2025-09"),
       M(s(3,"en"), 4, "nearly doubled to 1.17 million tons", "1.17 million tons", 1.17e6, T, "s", as_of="2025-09"),
       M(s(4,"hant"), 7, "自阿根廷進口117萬噸", "117萬噸", 1.17e6, T, "s", as_of="2025-09"),
       M(s(5,"hant"), 21, "達 117 萬噸", "117 萬噸", 1.17e6, T, "s", as_of="2025-09"),
       M(s(7,"hant"), 7, "至 157 萬噸", "157 萬噸", 1.57e6, T, "o", as_of="2025-10")])

group("argentina_soy_growth_sep2025", "soy", "YoY growth of China's soybean imports from Argentina, September 2025 (and October)",
      "Argentina", "YoY growth of soybean exports to China", "2025-09",
      "91.5% (four documents) and UDN's 約9成 (approximation): consistent. October +15.4% is another month.",
      [M(s(1,"en"), 11, "rose 91.5 per cent", "91.5 per cent", 91.5, PC, "s", as_of="2025-09"),
       M(s(2,"en"), 5, "rose sharply by 91.5%", "91.5%", 91.5, PC, "s", as_of="2025-09"),
       M(s(4,"hant"), 7, "較去年同期暴增91.5%", "91.5%", 91.5, PC, "s", as_of="2025-09"),
       M(s(5,"hant"), 21, "暴增 91.5%", "91.5%", 91.5, PC, "s", as_of="2025-09"),
       M(s(4,"hant"), 3, "及9成", "9成", 90.0, PC, "s", qualifier="approx", as_of="2025-09"),
       M(s(7,"hant"), 7, "對阿根廷進口也成長 15.4%", "15.4%", 15.4, PC, "o", as_of="2025-10")],
      cross((1,2,3,4), (5,), K))

group("argentina_soy_share_sep2025", "soy", "Argentina's share of China's soybean imports, September 2025",
      "Argentina", "share of China's soybean imports", "2025-09", "9% in four documents (consistent).",
      [M(s(1,"en"), 11, "or 9 per cent of the total", "9 per cent", 9.0, PC, "s", as_of="2025-09"),
       M(s(2,"en"), 5, "or 9% of total imports", "9%", 9.0, PC, "s", as_of="2025-09"),
       M(s(4,"hant"), 7, "占進口比重也提升到9%", "9%", 9.0, PC, "s", as_of="2025-09"),
       M(s(5,"hant"), 21, "佔總量 9%", "9%", 9.0, PC, "s", as_of="2025-09")])

group("us_soy_to_china_year_earlier", "soy", "China soybean imports from the US a year earlier: September 2024 (and October 2024)",
      "United States", "soybean exports to China (tonnes)", "2024-09",
      "1.7 million metric tons (three English pages) = 170萬噸 (UDN): consistent. 541,434 公噸 is October 2024 (Newtalk): another month.",
      [M(s(1,"en"), 5, "from 1.7 million metric tons a year earlier", "1.7 million metric tons", 1.7e6, T, "s24", as_of="2024-09"),
       M(s(2,"en"), 3, "dropped from 1.7 million metric tons", "1.7 million metric tons", 1.7e6, T, "s24", as_of="2024-09"),
       M(s(3,"en"), 3, "totaled 1.7 million metric tons last September", "1.7 million metric tons", 1.7e6, T, "s24", as_of="2024-09"),
       M(s(4,"hant"), 5, "從去年同期的170萬噸完全歸零", "170萬噸", 1.7e6, T, "s24", as_of="2024-09"),
       M(s(7,"hant"), 3, "從去年同期的 541,434 公噸降至 0", "541,434 公噸", 541434.0, T, "o24", as_of="2024-10")])

group("brazil_soy_jan_sep_2025", "soy", "China soybean imports from Brazil, January-September 2025 (a misdated copy and January-October)",
      "Brazil", "soybean exports to China (tonnes)", "2025-01..09",
      "63.7 million tons = 6,370 萬噸 (consistent). reportify.cn writes '2024年1月至9月 ... 6370万吨' (and '2024年9月' for the month the US shipped nothing) under a 2025-10-21 dateline: as written another year (different_basis), evidently 2025 (consistent). January-October 7,081 萬噸 is another period.",
      [M(s(2,"en"), 7, "China imported 63.7 million tons of soybeans from Brazil", "63.7 million tons", 63.7e6, T, "js25", as_of="2025-01..2025-09"),
       M(s(5,"hant"), 23, "中國共從巴西進口大豆 6,370 萬噸", "6,370 萬噸", 63.7e6, T, "js25", as_of="2025-01..2025-09"),
       M(s(6,"hans"), 6, "2024年1月至9月,中国从巴西进口大豆6370万吨", "6370万吨", 63.7e6, T, "js24", as_of="2024-01..2024-09 (as written)"),
       M(s(7,"hant"), 9, "中國自巴西累計進口 7,081 萬噸", "7,081 萬噸", 70.81e6, T, "jo25", as_of="2025-01..2025-10")],
      {(1,3):(D,K), (2,3):(D,K)})

group("brazil_soy_jan_sep_growth_2025", "soy", "YoY growth of China's soybean imports from Brazil, January-September 2025 (misdated copy, January-October)",
      "Brazil", "YoY growth of soybean exports to China", "2025-01..09",
      "年增 2.4% (鉅亨網) vs reportify's '2024年1月至9月 ... 同比增长2.4%' (as written another year; evidently the same). January-October +4.5% is another period.",
      [M(s(5,"hant"), 23, "年增 2.4%", "2.4%", 2.4, PC, "js25", as_of="2025-01..2025-09"),
       M(s(6,"hans"), 6, "同比增长2.4%", "2.4%", 2.4, PC, "js24", as_of="2024-01..2024-09 (as written)"),
       M(s(7,"hant"), 9, "較去年提升 4.5%", "4.5%", 4.5, PC, "jo25", as_of="2025-01..2025-10")],
      {(1,2):(D,K)})

group("argentina_soy_jan_sep_2025", "soy", "China soybean imports from Argentina, January-September 2025 (misdated copy, January-October)",
      "Argentina", "soybean exports to China (tonnes)", "2025-01..09",
      "2.9 million tons = 290 萬噸 (consistent); reportify's 290万吨 dated 2024 (as written different_basis, evidently consistent); January-October 446 萬噸: another period.",
      [M(s(2,"en"), 7, "2.9 million tons from Argentina", "2.9 million tons", 2.9e6, T, "js25", as_of="2025-01..2025-09"),
       M(s(5,"hant"), 23, "中國從阿根廷進口 290 萬噸", "290 萬噸", 2.9e6, T, "js25", as_of="2025-01..2025-09"),
       M(s(6,"hans"), 6, "中国从阿根廷进口大豆290万吨", "290万吨", 2.9e6, T, "js24", as_of="2024-01..2024-09 (as written)"),
       M(s(7,"hant"), 9, "自阿根廷則進口 446 萬噸", "446 萬噸", 4.46e6, T, "jo25", as_of="2025-01..2025-10")],
      {(1,3):(D,K), (2,3):(D,K)})

group("argentina_soy_jan_sep_growth_2025", "soy", "YoY growth of China's soybean imports from Argentina, January-September 2025",
      "Argentina", "YoY growth of soybean exports to China", "2025-01..09",
      "增加 31.8% (鉅亨網) vs reportify's 31.8% dated 2024 (different_basis as written, consistent in substance); January-October +23.9%: another period.",
      [M(s(5,"hant"), 23, "增加 31.8%", "31.8%", 31.8, PC, "js25", as_of="2025-01..2025-09"),
       M(s(6,"hans"), 6, "同比大幅增长31.8%", "31.8%", 31.8, PC, "js24", as_of="2024-01..2024-09 (as written)"),
       M(s(7,"hant"), 9, "年增 23.9%", "23.9%", 23.9, PC, "jo25", as_of="2025-01..2025-10")],
      {(1,2):(D,K)})

group("us_soy_to_china_ytd_2025", "soy", "China soybean imports from the US, 2025 year to date (to September; to October)",
      "United States", "soybean exports to China (tonnes)", "2025 YTD",
      "16.8 million tons to September (econotimes, newser): consistent. Newtalk's 1,682 萬噸 is January-October (another period, different_basis); since October imports from the US were zero, it is the same cumulative total (rounding defensible).",
      [M(s(2,"en"), 7, "reached 16.8 million tons", "16.8 million tons", 16.8e6, T, "js", as_of="2025-01..2025-09"),
       M(s(3,"en"), 4, "US soybeans still made up 16.8 million tons", "16.8 million tons", 16.8e6, T, "js", as_of="2025-01..2025-09"),
       M(s(7,"hant"), 9, "累計出口仍有 1,682 萬噸", "1,682 萬噸", 16.82e6, T, "jo", as_of="2025-01..2025-10")],
      {(1,3):(D,R), (2,3):(D,R)})

group("us_soy_to_china_ytd_growth_2025", "soy", "YoY growth of China's soybean imports from the US, 2025 year to date",
      "United States", "YoY growth of soybean exports to China", "2025 YTD",
      "+15.5% (econotimes) and 'up more than 15%' (newser) to September: consistent. Newtalk's +11.5% is January-October, whose 2024 base includes October 2024's 541,434 t: different_basis (and arithmetically compatible).",
      [M(s(2,"en"), 7, "up 15.5% due to earlier purchases", "15.5%", 15.5, PC, "js", as_of="2025-01..2025-09"),
       M(s(3,"en"), 4, "up more than 15% from last year", "15%", 15.0, PC, "js", qualifier="over", as_of="2025-01..2025-09"),
       M(s(7,"hant"), 9, "較去年同期增長 11.5%", "11.5%", 11.5, PC, "jo", as_of="2025-01..2025-10")],
      {(1,2):K})

group("brazil_soy_exports_2023_record", "soy", "Brazil's soybean exports in 2023 (Anec record)",
      "Brazil", "soybean exports (tonnes)", "2023", "1.013億噸 twice in the LTN page (photo caption and body): consistent.",
      [M(s(8,"hant"), 3, "超越2023年全年創下的1.013億噸紀錄", "1.013億噸", 101.3e6, T, "y", as_of="2023"),
       M(s(8,"hant"), 5, "超越2023年全年創下的1.013億噸紀錄", "1.013億噸", 101.3e6, T, "y", as_of="2023")])

group("brazil_soy_exports_to_oct2025", "soy", "Brazil's soybean exports to end-October 2025 (Anec projection) and the 2025 full-year outlook",
      "Brazil", "soybean exports (tonnes)", "2025",
      "1.022億噸 to end-October (caption and body, consistent); full year 1.1億噸 (有望達 / 估計可達, consistent): a cumulative to October vs a full-year projection, different_basis.",
      [M(s(8,"hant"), 3, "巴西截至10月底的大豆出口量將達到1.022億噸", "1.022億噸", 102.2e6, T, "to_oct", as_of="2025-01..2025-10"),
       M(s(8,"hant"), 5, "巴西截至10月底的大豆出口量將達到1.022億噸", "1.022億噸", 102.2e6, T, "to_oct", as_of="2025-01..2025-10"),
       M(s(8,"hant"), 5, "巴西大豆出口今年有望達1.1億噸", "1.1億噸", 110e6, T, "fy", as_of="2025 outlook"),
       M(s(8,"hant"), 13, "全年總出口則估計可達 1.1 億噸", "1.1 億噸", 110e6, T, "fy", as_of="2025 outlook")])

group("china_share_brazil_soy_exports", "soy", "China's share of Brazil's soybean exports (Anec)",
      "China", "share of Brazil's soybean exports", "2025 YTD",
      "79.9% year to date (twice, consistent) vs 74% (2021-2024 average) and 76% (2024): other periods.",
      [M(s(8,"hant"), 5, "中國占巴西大豆出口比重達 79.9%", "79.9%", 79.9, PC, "ytd", as_of="2025 YTD"),
       M(s(8,"hant"), 11, "中國占巴西大豆出口比重達 79.9%", "79.9%", 79.9, PC, "ytd", as_of="2025 YTD"),
       M(s(8,"hant"), 11, "高於 2021 至 2024 年間的 74%", "74%", 74.0, PC, "21_24", as_of="2021-2024"),
       M(s(8,"hant"), 11, "也高於去年全年的 76%", "76%", 76.0, PC, "y24", as_of="2024")])

# ---------------------------------------------------------------- singles: claims in no group
single(l(1,"en"), 13, "China received about 8.40 million tonnes", "8.40 million tonnes", 8.40e6, T, note="China LNG imports December 2023")
single(l(1,"en"), 19, "to about 119.97 million tonnes in 2023", "119.97 million tonnes", 119.97e6, T, note="China gas imports incl. pipeline 2023")
single(l(1,"en"), 33, "imported between 6-7 million tonnes of LNG", "6-7 million tonnes", [6e6, 7e6], T, note="Japan LNG imports December 2023 (range)")
single(l(5,"en"), 10, "loaded LNG supply reaching 396 million tons", "396 million tons", 396e6, T, note="global LNG supply 2021 (IHS Markit)")
single(l(9,"en"), 19, "LNG import bill of about $65.8 billion", "$65.8 billion", 65.8e9, USD, qualifier="approx", note="Japan 2022 LNG import bill")
single(l(10,"en"), 3, "down 13% year-on-year", "13%", -13.0, PC, note="Japan H1 2023 LNG imports YoY")
single(f(8,"hans"), 6, "人均观影频次升至2.58次", "2.58次", 2.58, "times", note="admissions per capita 2023 (灯塔)")
single(f(10,"hant"), 23, "全年開展電影公益放映824萬場", "824萬場", 8.24e6, N, note="rural public screenings 2023")
single(f(7,"en"), 11, "Global cinema admissions reached 6.2 billion in 2023", "6.2 billion", 6.2e9, N, note="gitnux; no second source")
single(s(5,"hant"), 9, "中國大豆累計進口 8,618 萬噸", "8,618 萬噸", 86.18e6, T, note="China soybean imports Jan-Sep 2025")
single(s(5,"hant"), 11, "較一年前增長 13.2%", "13.2%", 13.2, PC, note="YoY growth of September 2025 soybean imports")
single(s(8,"hant"), 7, "巴西今年收穫量預估將超過 1.7 億噸", "1.7 億噸", 170e6, T, qualifier="over", note="Brazil 2025 soybean harvest forecast")
single(s(7,"hant"), 11, "已預訂逾 100 萬噸美國豆", "100 萬噸", 1e6, T, qualifier="over", note="COFCO bookings of US soybeans after the Busan meeting")
# ---------------------------------------------------------------- singles: numbers that are not claims
single(l(3,"en"), 5, "(MEES, 22 January)", not_a_claim=True, kind="date")
single(l(3,"en"), 5, "(CONTINUED - 960 WORDS)", not_a_claim=True, kind="page_furniture")
single(l(5,"en"), 3, " date 2019-02-20", not_a_claim=True, kind="date", note="crawler date, inconsistent with the 2021 story")
single(l(6,"hant"), 4, "美國當(dāng)?shù)貢r間1月5日", not_a_claim=True, kind="date")
single(l(7,"hant"), 7, "(2030年碳達峰、2060年碳中和)", not_a_claim=True, kind="target_years")
single(l(7,"hant"), 7, "韓國2020年的液化天然氣進口量為4", not_a_claim=True, kind="truncated_number", note="the stored page cuts the figure after its first digit")
single(l(10,"en"), 5, "(MEES, 21 July)", not_a_claim=True, kind="date")
single(f(3,"en"), 5, "Updated: 2024-01-01 15:22", not_a_claim=True, kind="date")
single(f(6,"en"), 5, "(2015-2019)", not_a_claim=True, kind="year_range")
single(f(9,"hans"), 4, "界面2023-01-06 13:13:581阅", not_a_claim=True, kind="date", note="timestamp run together with a read counter (1阅)")
single(f(10,"hant"), 9, "2024-01-01 10:00:23", not_a_claim=True, kind="date")
single(f(10,"hant"), 13, "1.全年電影票房", not_a_claim=True, kind="list_number")
single(f(10,"hant"), 36, "852-2564 0768", not_a_claim=True, kind="phone_number")
single(f(10,"hant"), 38, "86-755-83518792", not_a_claim=True, kind="phone_number")
single(f(10,"hant"), 40, "觀塘道332號", not_a_claim=True, kind="street_address")
single(f(11,"hant"), 6, "a r t i c l e - 3 5 5 6 4 2 - 1", not_a_claim=True, kind="url_article_id")
single(f(7,"en"), 12, "US millennials (25-40)", not_a_claim=True, kind="age_range")
single(s(1,"en"), 5, "(Oct 20)", not_a_claim=True, kind="date")
single(s(3,"en"), 4, "a supply gap could emerge in early 2025", not_a_claim=True, kind="date", note="misdated (evidently early 2026), but a date either way")
single(s(5,"hant"), 3, "2025-10-21 04:30", not_a_claim=True, kind="date")
single(s(5,"hant"), 5, "這是自 2018 年 11 月以來", not_a_claim=True, kind="date")
single(s(6,"hans"), 6, "这是自2018年11月以来的首次[1]", not_a_claim=True, kind="footnote_marker")
single(s(7,"hant"), 3, "今（20）日公布", not_a_claim=True, kind="date")

emit(HERE / "gold.d" / "fresh4.toml", "corpus-fresh4")
