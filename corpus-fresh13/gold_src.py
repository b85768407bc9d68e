#!/usr/bin/env python3
"""Hand annotation of corpus-fresh13, written as data; emits gold.d/fresh13.toml (then run corpus/check_gold.py --dir corpus-fresh13 --build).

Every mention carries a 'basis' tag (year / period / scope / source vintage as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Conventions (as corpus-fresh9 .. fresh12): different sources' statements of one quantity share a basis tag; a rounded
restatement is rounding (276,288 vs 27.63万台 vs 27.6万个; 6.164 million t vs 'topped 6.16 million'; 2.84 million ha vs
2838.3千公顷); two precise figures that disagree are conflict (553,052 vs 552,946 installations in 2022 -- the IFR's
first and revised figures, keyed like fresh12's 1.328 vs 1.329 million t; 54.84 million t vs 5600万吨; 32.2 million t vs
2633万吨); a bound (near/nearly/just shy of/more than/over/近/超过/以上/突破) that contains the figure is consistent
with it, one that excludes it is conflict ('nearly 90 percent' vs 92.2%). Other years, periods (Jan-Aug, Jan-Oct,
Jan-Nov, H1), seasons / marketing years (USDA MY 2024/25, CCA 2022-23), scopes (palm oil vs palm oil and palm-based
products; CPO vs CPO+PKO; world vs China; installations vs operational stock), forecasts vs outcomes and forecast
vintages (GAPKI January vs September 2024; USDA's 5.9 vs 6.2 MMT) are different_basis.
Values as written: 万/萬 = 1e4, 亿 = 1e8, 千公顷 = 1e3 ha; 亩 (mu) = 1/15 hectare and 公斤/亩 * 15 = kg per hectare (as
corpus-fresh6); acres = 0.40468564 ha. Units: count (robots; densities are robots per 10,000 employees, noted),
tonnes, hectares, kg / hectare, percent, USD, MYR.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

ro = lambda n, s: f"robot-{n:02d}-{s}.txt"
pa = lambda n, s: f"palm-{n:02d}-{s}.txt"
co = lambda n, s: f"cotton-{n:02d}-{s}.txt"
PC, T, USD, MYR, HA, KGHA, CNT = ("percent", "tonnes", "USD", "MYR", "hectares", "kg / hectare", "count")
WAN, YI, MN = 1e4, 1e8, 1e6
MU = lambda mu: mu / 15.0            # mu -> hectares
KGMU = lambda k: k * 15.0            # kg per mu -> kg per hectare
ACRE = 0.40468564                    # acres -> hectares
DEN = "robots per 10,000 employees"

# ============================================================ robots: IFR World Robotics 2023 / 2024 / 2025 reports
group("world_installs", "robots", "Industrial robots installed worldwide (IFR): 2022 553,052 (World Robotics 2023: defence.pk twice, midoo 553052台) vs 552,946 (World Robotics 2024's revised 2022 figure, three) with 553,000 / 55.3万台 rounding both and 'the world record of 500,000 units was exceeded' bounds; 2023 541,302 (three); 2024 54.2万台 (Xinhua) vs 52.4万台 (lyw1234) vs 52.3万台 (reportify); forecasts: 2023 more than 590,000 / 超过59万台 / 60万台, 2024 541,000, 2025 57.5万台",
      "world", "annual installations of industrial robots (units)", "2022 / 2023 / 2024 outcomes; 2023, 2024, 2025 forecasts",
      "2022: the first release (553,052) and the revised figure in the next report (552,946) disagree without the text saying the figure was revised: conflict (as fresh12's 1.328 vs 1.329 million t); 553,000 and 55.3万台 round either (rounding); the bounds 'record of 500,000 units was exceeded' / 突破50万台 contain them (consistent). midoo's '2023年...连续第二年超过了50万台' is read as written (2023) and contains 541,302. 2024: 54.2万, 52.4万 and 52.3万台 are three different figures (conflict; the IFR's is 542,000). Forecasts vs outcomes and other years: different_basis (541,000 for 2024 is a look-alike of 2023's 541,302).",
      [M(ro(5,"en"), 3, "recorded 553,052 industrial robot installations", "553,052", 553052.0, CNT, "y22"),
       M(ro(5,"en"), 5, "recorded 553,052 industrial robot installations", "553,052", 553052.0, CNT, "y22", note="repeated paragraph"),
       M(ro(9,"hans"), 3, "新安装工业机器人数量为553052台", "553052台", 553052.0, CNT, "y22"),
       M(ro(2,"en"), 15, "record of 552,946 units installed in 2022", "552,946 units", 552946.0, CNT, "y22"),
       M(ro(3,"en"), 12, "record of 552,946 units installed in 2022", "552,946 units", 552946.0, CNT, "y22"),
       M(ro(4,"en"), 6, "record of 552,946 units installed in 2022", "552,946 units", 552946.0, CNT, "y22"),
       M(ro(12,"hant"), 5, "紀錄的 553,000 臺", "553,000 臺", 553000.0, CNT, "y22"),
       M(ro(13,"hans"), 10, "一年达到了55.3万台", "55.3万台", 55.3 * WAN, CNT, "y22"),
       M(ro(5,"en"), 5, "The world record of 500,000 units was exceeded", "500,000 units", 500000.0, CNT, "y22", qualifier="over"),
       M(ro(13,"hans"), 10, "连续第二次突破50万台", "50万台", 50 * WAN, CNT, "y22", qualifier="over"),
       M(ro(2,"en"), 14, "figure of 541,302 units in 2023", "541,302 units", 541302.0, CNT, "y23"),
       M(ro(3,"en"), 12, "figure of 541,302 units in 2023", "541,302 units", 541302.0, CNT, "y23"),
       M(ro(4,"en"), 6, "figure of 541,302 units in 2023", "541,302 units", 541302.0, CNT, "y23"),
       M(ro(9,"hans"), 3, "连续第二年超过了50万台", "50万台", 50 * WAN, CNT, "y23", qualifier="over", note="midoo dates the 'second year above 500,000' to 2023"),
       M(ro(5,"en"), 5, "more than 590,000 units worldwide", "590,000 units", 590000.0, CNT, "fc23", qualifier="over"),
       M(ro(9,"hans"), 3, "或超过59万台", "59万台", 59 * WAN, CNT, "fc23", qualifier="over"),
       M(ro(13,"hans"), 11, "机器人系总量将达到60万台", "60万台", 60 * WAN, CNT, "fc23", note="IFR expectation for 2023 as quoted by the Roscongress report"),
       M(ro(3,"en"), 14, "level off at 541,000 units", "541,000 units", 541000.0, CNT, "fc24"),
       M(ro(14,"hans"), 3, "新装机量下降3%至52.3万台", "52.3万台", 52.3 * WAN, CNT, "y24"),
       M(ro(15,"hans"), 4, "工业机器人数量达到52.4万台", "52.4万台", 52.4 * WAN, CNT, "y24"),
       M(ro(16,"hans"), 8, "新安装工业机器人54.2万台", "54.2万台", 54.2 * WAN, CNT, "y24"),
       M(ro(16,"hans"), 9, "达到57.5万台", "57.5万台", 57.5 * WAN, CNT, "fc25")],
      {**cross((1, 2, 3), (4, 5, 6), C), **cross((7, 8), (1, 2, 3, 4, 5, 6), R),
       **cross((9, 10), (1, 2, 3, 4, 5, 6, 7, 8), K), **cross((14,), (11, 12, 13), K), **cross((17,), (15, 16), K),
       **among((19, 20, 21), C)})

group("china_installs", "robots", "Industrial robots installed in China (IFR): 2022 290,258 (people.cn, midoo, sputnik) vs the revised 290,144 (World Robotics 2024) and 29万台 (tubot); 2023 276,288 (three) = 27.63万台 (two) = 27.6万个 vs urent's 约29万台; 2024 29.5万台 (two) vs reportify's 29万台, 近30万台",
      "China", "annual installations of industrial robots (units)", "2022 / 2023 / 2024",
      "2022: 290,258 vs 290,144 (first vs revised release): conflict; 29万台 rounds both (rounding). 2023: 27.63万台 and 27.6万个 round 276,288 (rounding); urent's '约29万台' for 2023 is the 2022 level (conflict with every 2023 statement). 2024: reportify's 29万台 vs 29.5万台 (conflict, rounding as alt: 29.5万 rounds to 30万); '近30万台' contains 29.5万 and 29万 (consistent). Other years: different_basis (urent's 约29万台 for 2023 vs tubot's 29万台 for 2022 and reportify's 29万台 for 2024 are look-alikes).",
      [M(ro(1,"en"), 4, "installed a record 290,258 industrial robots", "290,258", 290258.0, CNT, "y22"),
       M(ro(9,"hans"), 4, "中国2022年安装量达290258台", "290258台", 290258.0, CNT, "y22"),
       M(ro(13,"hans"), 9, "达到290258台", "290258台", 290258.0, CNT, "y22", note="sputnik calls it 运行数量 (number in operation)"),
       M(ro(2,"en"), 21, "(2022: 290,144 units)", "290,144 units", 290144.0, CNT, "y22"),
       M(ro(18,"hans"), 3, "中国新安装了29万台工业机器人", "29万台", 29 * WAN, CNT, "y22"),
       M(ro(2,"en"), 19, "The 276,288 industrial robots", "276,288", 276288.0, CNT, "y23"),
       M(ro(3,"en"), 4, "market with 276,288 industrial robots", "276,288", 276288.0, CNT, "y23"),
       M(ro(4,"en"), 8, "with 276,288 industrial robots", "276,288", 276288.0, CNT, "y23"),
       M(ro(11,"hant"), 10, "數量達27.63萬台", "27.63萬台", 27.63 * WAN, CNT, "y23"),
       M(ro(17,"hans"), 4, "中国安装了27.63万台工业机器人", "27.63万台", 27.63 * WAN, CNT, "y23"),
       M(ro(17,"hans"), 5, "数量达到27.6万个", "27.6万个", 27.6 * WAN, CNT, "y23"),
       M(ro(10,"hans"), 15, "年度安装量:约29万台", "29万台", 29 * WAN, CNT, "y23", qualifier="approx"),
       M(ro(14,"hans"), 3, "至29万台", "29万台", 29 * WAN, CNT, "y24"),
       M(ro(15,"hans"), 4, "其中中国新增29.5万台", "29.5万台", 29.5 * WAN, CNT, "y24"),
       M(ro(16,"hans"), 8, "其中中国新安装29.5万台", "29.5万台", 29.5 * WAN, CNT, "y24"),
       M(ro(15,"hans"), 3, "我国去年安装近30万台工业机器人", "30万台", 30 * WAN, CNT, "y24", qualifier="under")],
      {**cross((1, 2, 3), (4,), C), **cross((5,), (1, 2, 3, 4), R), **cross((6, 7, 8), (9, 10, 11), R),
       (9, 11): R, (10, 11): R, **cross((12,), (6, 7, 8, 9, 10, 11), C), **cross((13,), (14, 15), (C, R)),
       **cross((16,), (13, 14, 15), K)})

group("china_install_share", "robots", "China's share of world robot installations: 2022 50%以上 (chongqimoxing) / 50% (sputnik, its headline applies it to robots in operation); 2023 51% (eight) and urent's 超过50%; 2024 54% (reportify)",
      "China", "share of world installations (percent)", "2022 / 2023 / 2024",
      "Bounds contain the figures (consistent); other years different_basis.",
      [M(ro(12,"hant"), 4, "安裝量的50%以上", "50%", 50.0, PC, "y22", qualifier="at_least"),
       M(ro(13,"hans"), 9, "全球安装机器人系的50%位于中国", "50%", 50.0, PC, "y22"),
       M(ro(13,"hans"), 3, "全球50%的工业机器人在中国运行", "50%", 50.0, PC, "y22", note="headline says 'in operation'; the body is about 2022 installations"),
       M(ro(2,"en"), 20, "represent 51% of the global installations", "51%", 51.0, PC, "y23"),
       M(ro(3,"en"), 4, "representing 51% of the global installations", "51%", 51.0, PC, "y23"),
       M(ro(4,"en"), 8, "representing 51% of the global installations", "51%", 51.0, PC, "y23"),
       M(ro(11,"hant"), 10, "佔全球新安裝量的51%", "51%", 51.0, PC, "y23"),
       M(ro(17,"hans"), 4, "占全球安装量的51%", "51%", 51.0, PC, "y23"),
       M(ro(17,"hans"), 5, "占全球新安装量的51%", "51%", 51.0, PC, "y23"),
       M(ro(10,"hans"), 16, "全球份额:超过50%", "50%", 50.0, PC, "y23", qualifier="over"),
       M(ro(14,"hans"), 3, "全球份额从51%", "51%", 51.0, PC, "y23"),
       M(ro(14,"hans"), 3, "升至54%", "54%", 54.0, PC, "y24")],
      {**cross((10,), (4, 5, 6, 7, 8, 9, 11), K)})

group("world_install_growth", "robots", "Change in world robot installations: 2022 +5% (three); 2023 'only 2% lower' (three) vs forkliftaction's 'installations globally increased 10%' (the 10% is the operational stock's growth); 2024 下降3%; forecasts +7% (2023, two), +6% (2025)",
      "world", "year-on-year change in robot installations (percent)", "2022 / 2023 / 2024 / forecasts",
      "forkliftaction's +10% for 2023 installations contradicts the IFR's -2% (conflict). Other years and forecasts: different_basis.",
      [M(ro(5,"en"), 3, "a growth rate of 5% in 2022", "5%", 5.0, PC, "y22"),
       M(ro(5,"en"), 5, "a growth rate of 5% in 2022", "5%", 5.0, PC, "y22", note="repeated paragraph"),
       M(ro(9,"hans"), 3, "553052台,同比增长5%", "5%", 5.0, PC, "y22"),
       M(ro(2,"en"), 14, "It is only 2%", "2%", -2.0, PC, "y23"),
       M(ro(3,"en"), 12, "It is only 2% lower", "2%", -2.0, PC, "y23"),
       M(ro(4,"en"), 6, "It is only 2% lower", "2%", -2.0, PC, "y23"),
       M(ro(3,"en"), 3, "installations globally increased 10%", "10%", 10.0, PC, "y23", note="the 10% is the growth of the operational stock"),
       M(ro(14,"hans"), 3, "新装机量下降3%", "3%", -3.0, PC, "y24"),
       M(ro(5,"en"), 5, "expected to grow by 7%", "7%", 7.0, PC, "fc23"),
       M(ro(9,"hans"), 3, "市场增速为7%", "7%", 7.0, PC, "fc23"),
       M(ro(16,"hans"), 9, "安装量将增长6%", "6%", 6.0, PC, "fc25")],
      {**cross((7,), (4, 5, 6), C)})

group("install_cagr", "robots", "Average annual growth of robot installations 2017-2022: 13 percent (people.cn, world) = 13% (midoo, placed after China's figures)",
      "world / China", "average annual growth of installations (percent)", "2017-2022",
      "people.cn states it for installations generally, midoo places it in its China paragraph: read as written, a different scope (different_basis).",
      [M(ro(1,"en"), 8, "gained 13 percent per year between 2017 and 2022", "13 percent", 13.0, PC, "world"),
       M(ro(9,"hans"), 4, "机器人安装量年平均增长率为13%", "13%", 13.0, PC, "china")])

group("china_install_growth", "robots", "Growth of China's robot installations: 2022 +5% (four; sputnik calls it 运行数量); 2021 +57% (two); 2024 +5% (reportify)",
      "China", "year-on-year change in installations (percent)", "2022 / 2021 / 2024",
      "Same figures agree; other years different_basis (2024's 5% a look-alike of 2022's).",
      [M(ro(1,"en"), 4, "5 percent more than in the previous year", "5 percent", 5.0, PC, "y22"),
       M(ro(9,"hans"), 4, "同比增长5%,刷新", "5%", 5.0, PC, "y22"),
       M(ro(13,"hans"), 9, "运行数量增加了5%", "5%", 5.0, PC, "y22"),
       M(ro(5,"en"), 5, "This latest gain of 5% in 2022", "5%", 5.0, PC, "y22"),
       M(ro(1,"en"), 6, "a 57 percent jump compared to 2020", "57 percent", 57.0, PC, "y21"),
       M(ro(5,"en"), 5, "a 57% jump over 2020", "57%", 57.0, PC, "y21"),
       M(ro(14,"hans"), 3, "中国市场逆势增长5%", "5%", 5.0, PC, "y24")])

group("world_stock", "robots", "Industrial robots in operation worldwide: end-2023 4,281,585 (three) = 约428.2万台; end-2022 3.9 million = 390萬臺, 接近400萬臺; end-2024 466.4万台 (Xinhua) vs lyw1234's 446.4万台",
      "world", "operational stock of industrial robots (units)", "end-2022 / end-2023 / end-2024",
      "428.2万 rounds 4,281,585 (rounding); 3.9 million = 390萬 (consistent), 接近400萬 contains it (consistent). 2024: 446.4万 vs 466.4万 (conflict; the IFR's figure is 4,664,000).",
      [M(ro(2,"en"), 5, "recorded 4,281,585 units", "4,281,585 units", 4281585.0, CNT, "y23"),
       M(ro(3,"en"), 7, "there were 4,281,585 units", "4,281,585 units", 4281585.0, CNT, "y23"),
       M(ro(4,"en"), 5, "recorded 4,281,585 units", "4,281,585 units", 4281585.0, CNT, "y23"),
       M(ro(11,"hant"), 16, "總保有量約428.2萬台", "428.2萬台", 428.2 * WAN, CNT, "y23", qualifier="approx"),
       M(ro(7,"en"), 3, "a new record of 3.9 million operational robots in 2022", "3.9 million", 3.9e6, CNT, "y22"),
       M(ro(12,"hant"), 5, "攀升至 390 萬(wàn)臺", "390 萬(wàn)臺", 390 * WAN, CNT, "y22"),
       M(ro(12,"hant"), 3, "機器人數量接近400萬(wàn)臺", "400萬(wàn)臺", 400 * WAN, CNT, "y22", qualifier="under"),
       M(ro(15,"hans"), 5, "在役机器人数量达到446.4万台", "446.4万台", 446.4 * WAN, CNT, "y24"),
       M(ro(16,"hans"), 6, "存量达到466.4万台", "466.4万台", 466.4 * WAN, CNT, "y24")],
      {**cross((4,), (1, 2, 3), R), **cross((7,), (5, 6), K), (8, 9): C})

group("world_stock_growth", "robots", "Growth of the world's operational robot stock: +10% in 2023 (three), +9% in 2024 (two)",
      "world", "growth of operational stock (percent)", "2023 / 2024",
      "Same figures agree; the two years are different_basis.",
      [M(ro(2,"en"), 6, "an increase of 10%", "10%", 10.0, PC, "y23"),
       M(ro(4,"en"), 5, "an increase of 10%", "10%", 10.0, PC, "y23"),
       M(ro(11,"hant"), 16, "比前一年增加10%", "10%", 10.0, PC, "y23"),
       M(ro(15,"hans"), 5, "较上年增长9%", "9%", 9.0, PC, "y24"),
       M(ro(16,"hans"), 6, "较前一年增长9%", "9%", 9.0, PC, "y24")])

group("china_stock", "robots", "China's operational robot stock: end-2023 'just shy of the 1.8-million-unit-mark' = 近180萬台 vs forkliftaction's '1.8 million units'; end-2022 1,501,535 (above the 1.5 million mark); 2021 above 1 million (two); end-2024 202.7万台 (three), 突破200万台 (two), '2024年更达到200万台'",
      "China", "operational stock of industrial robots (units)", "2021 / 2022 / 2023 / 2024",
      "'just shy of 1.8 million' and 近180萬 agree (consistent); forkliftaction's flat '1.8 million units' is a rounding that crosses the bound (conflict, rounding as alt, as fresh12's 'just $13,000'). 2024: 202.7万 three times (consistent), 突破200万 contains it (consistent), '达到200万台' rounds it (rounding). Other years different_basis.",
      [M(ro(2,"en"), 24, "just shy of the 1.8-million-unit-mark", "1.8-million", 1.8e6, CNT, "y23", qualifier="under"),
       M(ro(3,"en"), 4, "also had 1.8 million units in 2023", "1.8 million units", 1.8e6, CNT, "y23"),
       M(ro(11,"hant"), 14, "總保有量近180萬台", "180萬台", 180 * WAN, CNT, "y23", qualifier="under"),
       M(ro(5,"en"), 5, "(1,501,535 units; +22%)", "1,501,535 units", 1501535.0, CNT, "y22"),
       M(ro(5,"en"), 5, "the 1.5-million-unit mark in 2022", "1.5-million", 1.5e6, CNT, "y22", qualifier="over"),
       M(ro(5,"en"), 5, "surpassed the 1-million-unit mark in 2021", "1-million", 1e6, CNT, "y21", qualifier="over"),
       M(ro(16,"hans"), 7, "2021年突破100万台", "100万台", 100 * WAN, CNT, "y21", qualifier="over"),
       M(ro(15,"hans"), 5, "中国内地的机器人保有量为202.7万台", "202.7万台", 202.7 * WAN, CNT, "y24"),
       M(ro(15,"hans"), 6, "除中国拥有202.7万台机器人外", "202.7万台", 202.7 * WAN, CNT, "y24"),
       M(ro(16,"hans"), 6, "存量升至创纪录的202.7万台", "202.7万台", 202.7 * WAN, CNT, "y24"),
       M(ro(16,"hans"), 3, "存量突破200万台", "200万台", 200 * WAN, CNT, "y24", qualifier="over", note="headline"),
       M(ro(16,"hans"), 5, "存量突破200万台", "200万台", 200 * WAN, CNT, "y24", qualifier="over"),
       M(ro(16,"hans"), 7, "2024年更达到200万台", "200万台", 200 * WAN, CNT, "y24")],
      {(1, 2): (C, R), (2, 3): (C, R), (4, 5): K, **cross((11, 12), (8, 9, 10), K), **cross((13,), (8, 9, 10), R),
       **cross((13,), (11, 12), K)})

group("japan_installs", "robots", "Robots installed in Japan: 2023 46,106 (three) = 约4.61万台 vs urent's 约5万台; 2022 50413台 (midoo), 'slightly more than 50,000', 5万台以上; 2024 4.45万台 (Xinhua) vs reportify's 4.3万台; the 2018 peak 55240台",
      "Japan", "annual installations of industrial robots (units)", "2018 / 2022 / 2023 / 2024",
      "4.61万 rounds 46,106 (rounding); urent's 约5万 for 2023 is the 2022 level (conflict). 2024: 4.45万 vs 4.3万 (conflict). Bounds for 2022 contain 50,413 (consistent). Other years different_basis.",
      [M(ro(2,"en"), 32, "reached 46,106 units in 2023", "46,106 units", 46106.0, CNT, "y23"),
       M(ro(3,"en"), 5, "reaching 46,106 units in 2023", "46,106 units", 46106.0, CNT, "y23"),
       M(ro(4,"en"), 9, "reached 46,106 units", "46,106 units", 46106.0, CNT, "y23"),
       M(ro(11,"hant"), 16, "日本,約4.61萬台", "4.61萬台", 4.61 * WAN, CNT, "y23", qualifier="approx"),
       M(ro(10,"hans"), 25, "年度安装量:约5万台", "5万台", 5 * WAN, CNT, "y23", qualifier="approx"),
       M(ro(9,"hans"), 4, "达到50413台", "50413台", 50413.0, CNT, "y22"),
       M(ro(12,"hant"), 8, "略多于 50,000 臺", "50,000 臺", 50000.0, CNT, "y22", qualifier="over"),
       M(ro(18,"hans"), 3, "日本的新增机器人安装数量达到5万台以上", "5万台", 5 * WAN, CNT, "y22", qualifier="at_least"),
       M(ro(16,"hans"), 8, "其次是日本(4.45万台)", "4.45万台", 4.45 * WAN, CNT, "y24"),
       M(ro(14,"hans"), 3, "下滑7%至4.3万台", "4.3万台", 4.3 * WAN, CNT, "y24"),
       M(ro(9,"hans"), 4, "2018年55240台的历史峰值", "55240台", 55240.0, CNT, "y18")],
      {**cross((4,), (1, 2, 3), R), **cross((5,), (1, 2, 3, 4), C), (6, 7): K, (6, 8): K, (9, 10): C})

group("japan_install_growth", "robots", "Change in Japan's robot installations: 2023 -9% (two); 2022 +9% (midoo); 2024 -7% (reportify)",
      "Japan", "year-on-year change in installations (percent)", "2022 / 2023 / 2024",
      "Same figure agrees; other years different_basis (2022's +9% a look-alike of 2023's -9%).",
      [M(ro(2,"en"), 32, "down 9%", "9%", -9.0, PC, "y23"),
       M(ro(4,"en"), 9, "a 9% decline", "9%", -9.0, PC, "y23"),
       M(ro(9,"hans"), 4, "2022年安装量增长9%", "9%", 9.0, PC, "y22"),
       M(ro(14,"hans"), 3, "日本工业机器人装机量下滑7%", "7%", -7.0, PC, "y24")])

group("us_installs", "robots", "Robots installed in the United States: 2023 37,587 (supplychainfirst) = 约3.76万台 vs urent's 约4.4万台; 2022 39576台; 2024 3.42万台; the 2018 peak 40373台",
      "United States", "annual installations of industrial robots (units)", "2018 / 2022 / 2023 / 2024",
      "3.76万 rounds 37,587 (rounding); urent's 约4.4万 for 2023 contradicts both (conflict). Other years different_basis.",
      [M(ro(4,"en"), 10, "totaling 37,587 units", "37,587 units", 37587.0, CNT, "y23"),
       M(ro(11,"hant"), 16, "美國排名第三,約3.76萬台", "3.76萬台", 3.76 * WAN, CNT, "y23", qualifier="approx"),
       M(ro(10,"hans"), 33, "年度安装量:约4.4万台", "4.4万台", 4.4 * WAN, CNT, "y23", qualifier="approx"),
       M(ro(9,"hans"), 5, "达39576台", "39576台", 39576.0, CNT, "y22"),
       M(ro(16,"hans"), 8, "美国(3.42万台)", "3.42万台", 3.42 * WAN, CNT, "y24"),
       M(ro(9,"hans"), 5, "2018年40373台的峰值水平", "40373台", 40373.0, CNT, "y18")],
      {(1, 2): R, (1, 3): C, (2, 3): C})

group("us_install_growth", "robots", "Change in US robot installations: 2023 'declined by 5%' (supplychainfirst) vs urent's '2023年同比增长11%'; 2022 +10%; 2024 -9%",
      "United States", "year-on-year change in installations (percent)", "2022 / 2023 / 2024",
      "-5% vs +11% for 2023: conflict. Other years different_basis.",
      [M(ro(4,"en"), 10, "Installations declined by 5%", "5%", -5.0, PC, "y23"),
       M(ro(10,"hans"), 35, "2023年同比增长11%", "11%", 11.0, PC, "y23"),
       M(ro(9,"hans"), 5, "美国2022年机器人安装量增长10%", "10%", 10.0, PC, "y22"),
       M(ro(14,"hans"), 3, "美国市场萎缩9%", "9%", -9.0, PC, "y24")],
      {(1, 2): C})

group("korea_installs", "robots", "Robots installed in South Korea: 2023 31,444 = 约3.1万台 (urent); 2024 3.06万台",
      "South Korea", "annual installations of industrial robots (units)", "2023 / 2024",
      "3.1万 rounds 31,444 (rounding); 2024 different_basis.",
      [M(ro(4,"en"), 11, "totalled 31,444 units", "31,444 units", 31444.0, CNT, "y23"),
       M(ro(10,"hans"), 40, "年度安装量:约3.1万台", "3.1万台", 3.1 * WAN, CNT, "y23", qualifier="approx"),
       M(ro(16,"hans"), 8, "韩国(3.06万台)", "3.06万台", 3.06 * WAN, CNT, "y24")],
      {(1, 2): R})

group("germany_installs", "robots", "Robots installed in Germany: 2023 28,355 = 2.8万台 vs urent's 约2.6万台 (the 2022 level, 25636台); 2024 2.7万台",
      "Germany", "annual installations of industrial robots (units)", "2022 / 2023 / 2024",
      "2.8万 rounds 28,355 (rounding); urent's 约2.6万 for 2023 contradicts both (conflict). Other years different_basis.",
      [M(ro(3,"en"), 9, "to 28,355 units", "28,355 units", 28355.0, CNT, "y23"),
       M(ro(11,"hant"), 18, "新安裝工業機器人達2.8萬台", "2.8萬台", 2.8 * WAN, CNT, "y23"),
       M(ro(10,"hans"), 46, "年度安装量:约2.6万台", "2.6万台", 2.6 * WAN, CNT, "y23", qualifier="approx"),
       M(ro(9,"hans"), 5, "为25636台", "25636台", 25636.0, CNT, "y22"),
       M(ro(14,"hans"), 3, "至2.7万台", "2.7万台", 2.7 * WAN, CNT, "y24")],
      {(1, 2): R, (1, 3): C, (2, 3): C})

group("germany_install_growth", "robots", "Change in Germany's robot installations: 2023 +7% (two); 2022 -1%; 2024 -5%",
      "Germany", "year-on-year change in installations (percent)", "2022 / 2023 / 2024",
      "Same figure agrees; other years different_basis.",
      [M(ro(3,"en"), 9, "up 7% year-on-year", "7%", 7.0, PC, "y23"),
       M(ro(11,"hant"), 18, "同比增長7%", "7%", 7.0, PC, "y23"),
       M(ro(9,"hans"), 5, "其安装量下降1%", "1%", -1.0, PC, "y22"),
       M(ro(14,"hans"), 3, "德国装机量下降5%", "5%", -5.0, PC, "y24")])

group("india_installs", "robots", "India's robot installations in 2023: 8,510 units, +59% (forkliftaction, supplychainfirst)",
      "India", "annual installations (units) and growth", "2023",
      "Same figures agree (consistent); count and growth are different measures (different_basis).",
      [M(ro(3,"en"), 6, "to 8,510 units", "8,510 units", 8510.0, CNT, "y23"),
       M(ro(4,"en"), 12, "reaching 8,510 units", "8,510 units", 8510.0, CNT, "y23"),
       M(ro(3,"en"), 6, "in 2023 by 59%", "59%", 59.0, PC, "g23"),
       M(ro(4,"en"), 12, "grew by 59% in 2023", "59%", 59.0, PC, "g23")])

group("korea_density", "robots", "Robot density in South Korea: 1,012 in 2023 (koreaherald, are-expo) and 1,012 in 2022 (World Robotics 2023: finanznachrichten, sputnik); reportify's 1012 in its World Robotics 2025 summary; 1,000 in 2021 (two)",
      "South Korea", "robot density (robots per 10,000 employees)", "2021 / 2022 / 2023 / WR2025 summary",
      "Same value in different years (look-alikes): different_basis; within a year consistent.",
      [M(ro(6,"en"), 3, "with 1,012 robots per 10,000 employees", "1,012", 1012.0, CNT, "d23", note=DEN),
       M(ro(17,"hans"), 4, "每万名员工中配有1012台机器人", "1012台", 1012.0, CNT, "d23", note=DEN),
       M(ro(14,"hans"), 3, "韩国(1012台/万人)", "1012台", 1012.0, CNT, "wr25", note=DEN),
       M(ro(7,"en"), 3, "(1,012 robots per 10,000 employees)", "1,012", 1012.0, CNT, "d22", note=DEN),
       M(ro(13,"hans"), 12, "韩国(每万名员工/1012台机器人)", "1012台", 1012.0, CNT, "d22", note=DEN),
       M(ro(8,"en"), 11, "boasted 1,000 robots per 10,000", "1,000", 1000.0, CNT, "d21", note=DEN),
       M(ro(12,"hant"), 11, "安裝了 1,000 臺機器人", "1,000 臺", 1000.0, CNT, "d21", note=DEN)])

group("singapore_density", "robots", "Robot density in Singapore: 770 (2023, two; reportify's WR2025 summary), 730 (2022, three), 670 (2021)",
      "Singapore", "robot density (robots per 10,000 employees)", "2021 / 2022 / 2023",
      "Other years different_basis; within a year consistent.",
      [M(ro(6,"en"), 5, "Singapore ranked second with 770", "770", 770.0, CNT, "d23", note=DEN),
       M(ro(17,"hans"), 4, "新加坡排名第二,每万名员工配有770台机器人", "770台", 770.0, CNT, "d23", note=DEN),
       M(ro(14,"hans"), 3, "新加坡(770台/万人)", "770台", 770.0, CNT, "wr25", note=DEN),
       M(ro(7,"en"), 3, "Singapore (730 units)", "730 units", 730.0, CNT, "d22", note=DEN),
       M(ro(7,"en"), 15, "Singapore follows with 730 robots", "730", 730.0, CNT, "d22", note=DEN),
       M(ro(13,"hans"), 12, "新加坡(730台)", "730台", 730.0, CNT, "d22", note=DEN),
       M(ro(8,"en"), 11, "Singapore came in second with 670", "670", 670.0, CNT, "d21", note=DEN)])

group("china_density", "robots", "Robot density in China: 470 (2023, two; reportify), 322 (2021, two)",
      "China", "robot density (robots per 10,000 employees)", "2021 / 2023",
      "Other years different_basis; within a year consistent.",
      [M(ro(6,"en"), 5, "followed by China at 470 robots", "470", 470.0, CNT, "d23", note=DEN),
       M(ro(17,"hans"), 4, "每一万名员工配有470台机器人", "470台", 470.0, CNT, "d23", note=DEN),
       M(ro(14,"hans"), 3, "中国以470台/万人", "470台", 470.0, CNT, "wr25", note=DEN),
       M(ro(8,"en"), 11, "China was fifth with 322 robots", "322", 322.0, CNT, "d21", note=DEN),
       M(ro(12,"hant"), 11, "中國為 322 臺", "322 臺", 322.0, CNT, "d21", note=DEN)])

group("germany_japan_density", "robots", "Robot density in Germany 429 (2023) vs 415 (2022, three); Japan 419 (2023), 397 (2022), 399 (2021); US 295 (2023) vs 274 (2021)",
      "Germany / Japan / United States", "robot density (robots per 10,000 employees)", "2021 / 2022 / 2023",
      "Different countries and years: different_basis; the same statement restated is consistent.",
      [M(ro(6,"en"), 11, "with 429 and", "429", 429.0, CNT, "de23", note=DEN),
       M(ro(7,"en"), 3, "Germany (415 units)", "415 units", 415.0, CNT, "de22", note=DEN),
       M(ro(7,"en"), 17, "Germany (415 robots per 10,000 employees)", "415", 415.0, CNT, "de22", note=DEN),
       M(ro(13,"hans"), 12, "德国(415台)", "415台", 415.0, CNT, "de22", note=DEN),
       M(ro(6,"en"), 11, "and 419 robots per 10,000", "419", 419.0, CNT, "jp23", note=DEN),
       M(ro(7,"en"), 19, "Japan is in fourth place (397 units)", "397 units", 397.0, CNT, "jp22", note=DEN),
       M(ro(12,"hant"), 11, "日本為 399 臺", "399 臺", 399.0, CNT, "jp21", note=DEN),
       M(ro(6,"en"), 11, "reached 295 units", "295 units", 295.0, CNT, "us23", note=DEN),
       M(ro(8,"en"), 11, "compared to 274 in the US", "274", 274.0, CNT, "us21", note=DEN)])

group("world_density", "robots", "Global average robot density: 151 (2022, sputnik) vs 162 (2023, are-expo)",
      "world", "robot density (robots per 10,000 employees)", "2022 / 2023",
      "Different years: different_basis.",
      [M(ro(13,"hans"), 12, "每万名工业员工/151台机器人", "151台", 151.0, CNT, "d22", note=DEN),
       M(ro(17,"hans"), 4, "每万名员工配有162台机器人", "162台", 162.0, CNT, "d23", note=DEN)])

group("asia_share", "robots", "Asia's share of new robot installations: 70% (2023, three), 73% (2022, four), 74% (2024)",
      "Asia", "share of world installations (percent)", "2022 / 2023 / 2024",
      "Other years different_basis; within a year consistent.",
      [M(ro(2,"en"), 7, "By region, 70% of", "70%", 70.0, PC, "y23"),
       M(ro(3,"en"), 3, "Asia accounted for 70%", "70%", 70.0, PC, "y23"),
       M(ro(4,"en"), 5, "70% of all newly deployed robots", "70%", 70.0, PC, "y23"),
       M(ro(5,"en"), 3, "73% of all newly deployed robots", "73%", 73.0, PC, "y22"),
       M(ro(5,"en"), 5, "73% of all newly deployed robots", "73%", 73.0, PC, "y22"),
       M(ro(9,"hans"), 3, "其中亚洲占73%", "73%", 73.0, PC, "y22"),
       M(ro(18,"hans"), 3, "亚洲占新增机器人安装数量的73%", "73%", 73.0, PC, "y22"),
       M(ro(16,"hans"), 8, "亚洲新安装机器人占全球的74%", "74%", 74.0, PC, "y24")])

group("europe_share", "robots", "Europe's share of new robot installations: 17% (2023, three), 15% (2022, four), 16% (2024)",
      "Europe", "share of world installations (percent)", "2022 / 2023 / 2024",
      "Other years different_basis; within a year consistent.",
      [M(ro(2,"en"), 8, "17% in Europe", "17%", 17.0, PC, "y23"),
       M(ro(3,"en"), 8, "Europe accounted for 17%", "17%", 17.0, PC, "y23"),
       M(ro(4,"en"), 5, "17% in Europe", "17%", 17.0, PC, "y23"),
       M(ro(5,"en"), 3, "15% in Europe", "15%", 15.0, PC, "y22"),
       M(ro(5,"en"), 5, "15% in Europe", "15%", 15.0, PC, "y22"),
       M(ro(9,"hans"), 3, "欧洲占15%", "15%", 15.0, PC, "y22"),
       M(ro(18,"hans"), 3, "欧洲占全球的15%", "15%", 15.0, PC, "y22"),
       M(ro(16,"hans"), 8, "分别占16%", "16%", 16.0, PC, "y24")])

group("japan_production_share", "robots", "Japan's share of world robot production in 2022: 46% (midoo, chongqimoxing, tubot)",
      "Japan", "share of world robot production (percent)", "2022",
      "Same figure (consistent).",
      [M(ro(9,"hans"), 4, "其机器人产量全球占比达46%", "46%", 46.0, PC, "y22"),
       M(ro(12,"hant"), 9, "占全球產(chǎn)量的 46%", "46%", 46.0, PC, "y22"),
       M(ro(18,"hans"), 3, "机器人产量占全球市场的46%", "46%", 46.0, PC, "y22")])

group("chinese_makers_share", "robots", "Chinese manufacturers' share of China's robot market: 47% in 2023 (wallstreet-online, are-expo) vs supplychainfirst's 'grew their share from 47% in the previous year' (47% dated 2022)",
      "China", "domestic makers' market share (percent)", "2023 / 2022 as written",
      "Read as written the supplychainfirst figure belongs to 2022: same value, other year (different_basis).",
      [M(ro(2,"en"), 23, "47% in 2023", "47%", 47.0, PC, "y23"),
       M(ro(17,"hans"), 5, "中国国内市场在2023年达到47%", "47%", 47.0, PC, "y23"),
       M(ro(4,"en"), 8, "grew their share from 47% in the previous year", "47%", 47.0, PC, "y22")])

# ============================================================ palm oil: Malaysia (MPOB) and Indonesia (GAPKI)
group("malaysia_cpo_output", "palm", "Malaysia's crude palm oil output: 2023 18.55 million t (malaymail, dairynews) vs chinapress's '1855吨' (万 missing); 2024 MPOB forecast 18.75 million t (two) = 1875万吨; 2024 outcome 19.3 million t",
      "Malaysia", "crude palm oil production (tonnes)", "2023 / 2024 forecast / 2024",
      "chinapress writes 1855吨 for 1855万吨: as written it disagrees with 18.55 million t (conflict). The forecast agrees in two scripts (consistent); forecast vs outcome and other year different_basis.",
      [M(pa(3,"en"), 7, "versus 18.55 million tonnes in 2023", "18.55 million tonnes", 18.55 * MN, T, "y23"),
       M(pa(6,"en"), 10, "up from 18.55 million tonnes in 2023", "18.55 million tonnes", 18.55 * MN, T, "y23"),
       M(pa(11,"hans"), 7, "比2023年的1855吨高", "1855吨", 1855.0, T, "y23", note="万 missing: the page writes 1855 tonnes"),
       M(pa(2,"en"), 8, "poised to reach 18.75 million tons", "18.75 million tons", 18.75 * MN, T, "fc24"),
       M(pa(3,"en"), 7, "will reach 18.75 million tonnes in 2024", "18.75 million tonnes", 18.75 * MN, T, "fc24"),
       M(pa(11,"hans"), 7, "原油棕油产量可达1875万吨", "1875万吨", 1875 * WAN, T, "fc24"),
       M(pa(6,"en"), 10, "to 19.3 million tonnes in 2024", "19.3 million tonnes", 19.3 * MN, T, "y24")],
      {(1, 3): C, (2, 3): C})

group("malaysia_cpo_growth", "palm", "Growth of Malaysia's CPO output: forecast 约1% for 2024 (chinapress; malaymail writes 'about one per cent') vs the outcome 4.2%",
      "Malaysia", "growth of CPO production (percent)", "2024 forecast / 2024",
      "Forecast vs outcome: different_basis.",
      [M(pa(11,"hans"), 9, "成长约1%", "1%", 1.0, PC, "fc24", qualifier="approx"),
       M(pa(6,"en"), 10, "grew by 4.2%", "4.2%", 4.2, PC, "y24")])

group("malaysia_export_volume", "palm", "Malaysia's exports: palm oil 15,1 million t (2023) and about 15,6 million t (2024 forecast); palm oil and palm-based products 24.49 (2023) / 26.66 million t (2024), 22.30 million t (Jan-Oct 2024); palm oil Jan-Oct 14.05 (2024) / 12.36 million t (2023)",
      "Malaysia", "exports (tonnes)", "2023 / 2024 / Jan-Oct / forecast; palm oil vs palm oil and palm-based products",
      "Different scopes (palm oil vs all palm products), periods and forecast: different_basis.",
      [M(pa(2,"en"), 14, "about 15,6 million tons", "15,6 million tons", 15.6 * MN, T, "po_fc24", qualifier="approx", note="comma as decimal separator"),
       M(pa(2,"en"), 14, "from 15,1 million tons", "15,1 million tons", 15.1 * MN, T, "po_y23", note="comma as decimal separator"),
       M(pa(6,"en"), 6, "reaching 26.66 million tonnes", "26.66 million tonnes", 26.66 * MN, T, "prod_y24"),
       M(pa(6,"en"), 6, "up from 24.49 million tonnes", "24.49 million tonnes", 24.49 * MN, T, "prod_y23"),
       M(pa(5,"en"), 7, "to 22.30 million tonnes", "22.30 million tonnes", 22.30 * MN, T, "prod_janoct24"),
       M(pa(5,"en"), 8, "at 14.05 million tonnes", "14.05 million tonnes", 14.05 * MN, T, "po_janoct24"),
       M(pa(5,"en"), 8, "compared to 12.36 million tonnes", "12.36 million tonnes", 12.36 * MN, T, "po_janoct23")])

group("malaysia_export_revenue", "palm", "Malaysia's export revenue from palm oil and palm-based products: RM99.3 billion (Jan-Nov 2024), MYR89.39 billion (Jan-Oct 2024) vs MYR78.10 billion (Jan-Oct 2023), RM109.3 billion (2024) vs RM94.9 billion (2023)",
      "Malaysia", "export revenue (MYR)", "Jan-Nov 2024 / Jan-Oct 2024 / Jan-Oct 2023 / 2024 / 2023",
      "Different periods: different_basis.",
      [M(pa(1,"en"), 3, "recorded RM99.3 billion", "RM99.3 billion", 99.3e9, MYR, "jannov24"),
       M(pa(5,"en"), 7, "generating MYR89.39 billion", "MYR89.39 billion", 89.39e9, MYR, "janoct24"),
       M(pa(5,"en"), 7, "from MYR78.10 billion last year", "MYR78.10 billion", 78.10e9, MYR, "janoct23"),
       M(pa(6,"en"), 6, "climbed to RM109.3 billion in 2024", "RM109.3 billion", 109.3e9, MYR, "y24"),
       M(pa(6,"en"), 6, "compared to RM94.9 billion in 2023", "RM94.9 billion", 94.9e9, MYR, "y23")])

group("malaysia_export_growth", "palm", "Growth of Malaysia's palm exports: volume +11.9% (products, Jan-Oct 2024), +13.7% (palm oil, Jan-Oct), +8.9% (products, 2024); revenue +14.5% (Jan-Oct) / +15.1% (2024)",
      "Malaysia", "export growth (percent)", "Jan-Oct 2024 / 2024; volume vs revenue",
      "Different periods, scopes and measures: different_basis.",
      [M(pa(5,"en"), 7, "rose 11.9 per cent", "11.9 per cent", 11.9, PC, "vol_prod_janoct"),
       M(pa(5,"en"), 8, "up by 13.7 per cent", "13.7 per cent", 13.7, PC, "vol_po_janoct"),
       M(pa(6,"en"), 6, "rose by 8.9%", "8.9%", 8.9, PC, "vol_prod_y24"),
       M(pa(5,"en"), 7, "a 14.5-per cent increase", "14.5-per cent", 14.5, PC, "rev_janoct"),
       M(pa(6,"en"), 6, "a 15.1% increase", "15.1%", 15.1, PC, "rev_y24")])

group("malaysia_market_shares", "palm", "Shares of Malaysia's palm oil exports: India 17.4% (2023; malaymail, chinapress) vs 18.5% (Jan-Nov 2024) and 19.0% (Jan-Oct 2024); China 9.1% and the EU 7.4% (two scripts each)",
      "Malaysia's export markets", "share of palm oil exports (percent)", "2023 / Jan-Oct 2024 / Jan-Nov 2024",
      "The 2023 shares agree across scripts (consistent); India's shares in other periods and the other markets are different_basis.",
      [M(pa(3,"en"), 3, "India with 17.4 per cent", "17.4 per cent", 17.4, PC, "in23"),
       M(pa(11,"hans"), 4, "报17.4%", "17.4%", 17.4, PC, "in23"),
       M(pa(1,"en"), 5, "(18.5 per cent)", "18.5 per cent", 18.5, PC, "in_jannov24"),
       M(pa(5,"en"), 9, "or 19.0 per cent", "19.0 per cent", 19.0, PC, "in_janoct24"),
       M(pa(3,"en"), 3, "China (9.1 per cent)", "9.1 per cent", 9.1, PC, "cn23"),
       M(pa(11,"hans"), 4, "中国(9.1%)", "9.1%", 9.1, PC, "cn23"),
       M(pa(3,"en"), 3, "European Union (7.4 per cent)", "7.4 per cent", 7.4, PC, "eu23"),
       M(pa(11,"hans"), 4, "欧盟(7.4%)", "7.4%", 7.4, PC, "eu23")])

group("malaysia_india_volume", "palm", "Malaysia's palm oil exports to India: 2.9 million t (Jan-Nov 2024) vs 2.67 million t (Jan-Oct 2024)",
      "Malaysia to India", "palm oil exports (tonnes)", "Jan-Nov 2024 / Jan-Oct 2024",
      "Different cumulative periods: different_basis.",
      [M(pa(1,"en"), 5, "with 2.9 million tonnes", "2.9 million tonnes", 2.9 * MN, T, "jannov24"),
       M(pa(5,"en"), 9, "accounting for 2.67 million tonnes", "2.67 million tonnes", 2.67 * MN, T, "janoct24")])

group("malaysia_cpo_price", "palm", "Malaysian CPO prices (MPOB): average RM4,005.50 (Jan-Aug 2024) vs RM3,884 (Jan-Aug 2023); MYR4,047.50 (Jan-Oct 2024) vs RM3,835.50 (Jan-Oct 2023); December 2024 monthly average RM5,119.50, daily record RM5,333.50 (6 December); rises 3.1% (Jan-Aug), 5.5% (Jan-Oct), 9.7% (2024)",
      "Malaysia", "crude palm oil price (MYR per tonne) and its change", "Jan-Aug / Jan-Oct 2024 and 2023 / Dec 2024 / 2024",
      "Different periods and moments: different_basis.",
      [M(pa(4,"en"), 6, "to a high of RM4,005.50 per tonne", "RM4,005.50", 4005.5, MYR, "janaug24", note="per tonne"),
       M(pa(4,"en"), 6, "from RM3,884 in the same period", "RM3,884", 3884.0, MYR, "janaug23", note="per tonne"),
       M(pa(5,"en"), 6, "reaching MYR4,047.50 per tonne", "MYR4,047.50", 4047.5, MYR, "janoct24", note="per tonne"),
       M(pa(5,"en"), 6, "compared to RM3,835.50 per tonne", "RM3,835.50", 3835.5, MYR, "janoct23", note="per tonne"),
       M(pa(6,"en"), 5, "peaked at RM5,119.50 per tonne", "RM5,119.50", 5119.5, MYR, "dec24", note="per tonne"),
       M(pa(6,"en"), 5, "a record RM5,333.50 per tonne", "RM5,333.50", 5333.5, MYR, "dec6_24", note="per tonne")])

group("malaysia_cpo_price_change", "palm", "Change in Malaysia's average CPO price: +3.1% (Jan-Aug 2024), +5.5% (Jan-Oct 2024), +9.7% (2024)",
      "Malaysia", "change in average CPO price (percent)", "Jan-Aug / Jan-Oct / full year 2024",
      "Different periods: different_basis.",
      [M(pa(4,"en"), 6, "rose by 3.1 per cent", "3.1 per cent", 3.1, PC, "janaug24"),
       M(pa(5,"en"), 6, "increased by 5.5 per cent on average", "5.5 per cent", 5.5, PC, "janoct24"),
       M(pa(6,"en"), 3, "surged by 9.7% year-on-year", "9.7%", 9.7, PC, "y24")])

group("indonesia_output", "palm", "Indonesia's palm oil output: 2023 54.84 million t (GAPKI via ukragroconsult) = record 54.8 million (tridge, twice) vs 5600万吨 (minister Airlangga via the Chinese embassy) and 超5600万吨 (gxmzu); 2024 forecasts 57.6 million (January) vs 52-53 million (September); H1 2023 2729万吨; 2022 / 2021 46.28 / 46.88 million t (voi)",
      "Indonesia", "palm oil production (tonnes)", "2021 / 2022 / H1 2023 / 2023 / 2024 forecasts",
      "54.8 rounds 54.84 (rounding). The minister's 5600万吨 and 'already over 5600万吨' contradict GAPKI's 54.84 million (conflict). GAPKI's January and September 2024 forecasts are different vintages (different_basis); other years and periods different_basis.",
      [M(pa(7,"en"), 5, "to 54.84 million tons", "54.84 million tons", 54.84 * MN, T, "y23"),
       M(pa(8,"en"), 9, "the record 54.8 million tonnes produced in 2023", "54.8 million tonnes", 54.8 * MN, T, "y23"),
       M(pa(8,"en"), 14, "a record 54.8 million tonnes of palm oil in 2023", "54.8 million tonnes", 54.8 * MN, T, "y23"),
       M(pa(12,"hans"), 13, "2023年印尼棕榈油产量为5600万吨", "5600万吨", 5600 * WAN, T, "y23"),
       M(pa(13,"hans"), 6, "总产量已超5600万吨", "5600万吨", 5600 * WAN, T, "y23", qualifier="over"),
       M(pa(7,"en"), 4, "to 57.6 million metric tons", "57.6 million metric tons", 57.6 * MN, T, "fc24_jan"),
       M(pa(8,"en"), 9, "output at 52-53 million tonnes", "52-53 million tonnes", [52 * MN, 53 * MN], T, "fc24_sep"),
       M(pa(14,"hans"), 10, "产量为2729万吨", "2729万吨", 2729 * WAN, T, "h1_23"),
       M(pa(10,"en"), 9, "in 2022 reached 46.28 million tons", "46.28 million tons", 46.28 * MN, T, "y22_cpo"),
       M(pa(10,"en"), 9, "2021 which reached 46.88 million tons", "46.88 million tons", 46.88 * MN, T, "y21_cpo")],
      {(1, 2): R, (1, 3): R, **cross((4, 5), (1, 2, 3), C)})

group("indonesia_cpo_2023", "palm", "Indonesia's 2023 crude palm oil output: 50.07 million t (ukragroconsult) = approximately 50.07 million (palmoilmagazine); H1 2023 毛棕榈油2489万吨",
      "Indonesia", "crude palm oil production (tonnes)", "2023 / H1 2023",
      "Same figure (consistent); H1 different_basis.",
      [M(pa(7,"en"), 5, "including 50.07 million tons crude palm oil", "50.07 million tons", 50.07 * MN, T, "y23"),
       M(pa(9,"en"), 8, "approximately 50.07 million tons", "50.07 million tons", 50.07 * MN, T, "y23", qualifier="approx"),
       M(pa(14,"hans"), 10, "毛棕榈油2489万吨", "2489万吨", 2489 * WAN, T, "h1_23")])

group("indonesia_output_growth", "palm", "Indonesia's palm oil output growth: 2023 +7% (all palm oil, ukragroconsult) vs +7.15% (CPO, palmoilmagazine, headline and body); 2024 forecasts +5% (January, twice) vs -5% (September, twice); H1 2023 +16.15%",
      "Indonesia", "growth of palm oil production (percent)", "2023 / 2024 forecasts / H1 2023",
      "7% is for CPO+PKO, 7.15% for CPO alone: different_basis (rounding as alt for a reader who takes both as one figure). The 2024 forecasts of January (+5%) and September (-5%) are different vintages: different_basis.",
      [M(pa(7,"en"), 5, "output grew by 7%", "7%", 7.0, PC, "all23"),
       M(pa(9,"en"), 3, "Production Surges 7.15%", "7.15%", 7.15, PC, "cpo23", note="headline"),
       M(pa(9,"en"), 10, "a growth of 7.15%", "7.15%", 7.15, PC, "cpo23"),
       M(pa(7,"en"), 3, "seen rising by 5% year-on-year", "5%", 5.0, PC, "fc24_jan", note="headline"),
       M(pa(7,"en"), 4, "expected to rise by 5%", "5%", 5.0, PC, "fc24_jan"),
       M(pa(8,"en"), 9, "decrease by 5% from 2023", "5%", -5.0, PC, "fc24_sep"),
       M(pa(8,"en"), 14, "down 5% from 2023", "5%", -5.0, PC, "fc24_sep"),
       M(pa(14,"hans"), 10, "增长16.15%", "16.15%", 16.15, PC, "h1_23")],
      {(1, 2): (D, R), (1, 3): (D, R)})

group("indonesia_exports", "palm", "Indonesia's palm oil exports: 2023 32.2 million t (ukragroconsult) = 32.21 million (palmoilmagazine) vs the minister's 2633万吨 (embassy, gxmzu); 2022 33.1 million (revised) vs 30.25 million (GAPKI's earlier figure) vs 30.8 million (voi); 2021 33.76 million; 2024 forecast about 32-33 million; H1 2023 1631万吨 vs H1 2022 1204万吨",
      "Indonesia", "palm oil exports (tonnes)", "2021 / 2022 / 2023 / H1 / 2024 forecast",
      "32.2 rounds 32.21 (rounding); 2633万吨 contradicts both (conflict). 2022: ukragroconsult says the 33.1 million replaces GAPKI's earlier 30.25 million (revision, different_basis); voi's 30.8 million vs 30.25 million, both early-2023 statements, conflict; 30.8 vs the revised 33.1 different_basis with conflict as alt. Other periods different_basis.",
      [M(pa(7,"en"), 7, "to 32.2 million metric tons", "32.2 million metric tons", 32.2 * MN, T, "y23"),
       M(pa(9,"en"), 18, "totaling 32.21 million tons", "32.21 million tons", 32.21 * MN, T, "y23"),
       M(pa(12,"hans"), 13, "出口量达2633万吨", "2633万吨", 2633 * WAN, T, "y23"),
       M(pa(13,"hans"), 6, "出口量达2633万吨", "2633万吨", 2633 * WAN, T, "y23"),
       M(pa(7,"en"), 7, "from 33.1 million tons shipped in 2022", "33.1 million tons", 33.1 * MN, T, "y22_rev"),
       M(pa(7,"en"), 8, "export stood at 30.25 million tons", "30.25 million tons", 30.25 * MN, T, "y22"),
       M(pa(10,"en"), 11, "exports in 2022 amounted to 30.8 million tons", "30.8 million tons", 30.8 * MN, T, "y22"),
       M(pa(10,"en"), 11, "2021 which amounted to 33.76 million tons", "33.76 million tons", 33.76 * MN, T, "y21"),
       M(pa(7,"en"), 9, "around 32-33 million tons", "32-33 million tons", [32 * MN, 33 * MN], T, "fc24", qualifier="approx"),
       M(pa(14,"hans"), 5, "出口总量为1631万吨", "1631万吨", 1631 * WAN, T, "h1_23"),
       M(pa(14,"hans"), 5, "去年同期的1204万吨", "1204万吨", 1204 * WAN, T, "h1_22")],
      {(1, 2): R, **cross((3, 4), (1, 2), C), (6, 7): C, (5, 7): (D, C)})

group("indonesia_export_change", "palm", "Change in Indonesia's palm oil exports in 2023: -2.7% (ukragroconsult, from the revised 2022 base) vs -2.38% (palmoilmagazine); H1 2023 +35.49%",
      "Indonesia", "change in palm oil exports (percent)", "2023 / H1 2023",
      "-2.7% vs -2.38% for the same year: conflict. H1 different_basis.",
      [M(pa(7,"en"), 7, "dropped 2.7% on a yearly basis", "2.7%", -2.7, PC, "y23"),
       M(pa(9,"en"), 18, "a decline of 2.38%", "2.38%", -2.38, PC, "y23"),
       M(pa(14,"hans"), 5, "增长35.49%", "35.49%", 35.49, PC, "h1_23")],
      {(1, 2): C})

group("indonesia_export_value", "palm", "Indonesia's palm oil export value: 2023 US$ 30,32 billion (palmoilmagazine) vs 284.5亿美元 (gxmzu); 2022 US$ 39,07 billion vs 39.28 billion (voi); 2021 35.3 billion; H1 2023 146亿美元 vs H1 2022 176.3亿美元",
      "Indonesia", "palm oil export value (USD)", "2021 / 2022 / 2023 / H1",
      "Two different figures for 2023 (conflict) and for 2022 (conflict); other periods different_basis.",
      [M(pa(9,"en"), 20, "to be US$ 30,32 billion in 2023", "US$ 30,32 billion", 30.32e9, USD, "y23", note="comma as decimal separator"),
       M(pa(13,"hans"), 6, "出口额为284.5亿美元", "284.5亿美元", 284.5 * YI, USD, "y23"),
       M(pa(9,"en"), 20, "from US$ 39,07 billion in 2022", "US$ 39,07 billion", 39.07e9, USD, "y22", note="comma as decimal separator"),
       M(pa(10,"en"), 13, "reached 39.28 billion US dollars", "39.28 billion US dollars", 39.28e9, USD, "y22"),
       M(pa(10,"en"), 13, "2021 of 35.3 billion US dollars", "35.3 billion US dollars", 35.3e9, USD, "y21"),
       M(pa(14,"hans"), 9, "出口额为146亿美元", "146亿美元", 146 * YI, USD, "h1_23"),
       M(pa(14,"hans"), 9, "上年同期的176.3亿美元", "176.3亿美元", 176.3 * YI, USD, "h1_22")],
      {(1, 2): C, (3, 4): C})

group("indonesia_export_share", "palm", "Indonesia's share of world palm oil exports: 54% (embassy headline and body)",
      "Indonesia", "share of world palm oil exports (percent)", "2023",
      "Same figure (consistent).",
      [M(pa(12,"hans"), 11, "出口量占全球的54%", "54%", 54.0, PC, "y23", note="headline"),
       M(pa(12,"hans"), 13, "占全球市场的54%", "54%", 54.0, PC, "y23")])

group("indonesia_jobs", "palm", "Jobs in Indonesia's palm oil industry: 1620万人 (embassy) = 1620万多人 (gxmzu)",
      "Indonesia", "employment (persons)", "2023/2024",
      "Same figure; 'more than' contains it (consistent).",
      [M(pa(12,"hans"), 13, "雇用1620万人", "1620万人", 1620 * WAN, "persons", "now"),
       M(pa(13,"hans"), 6, "多达1620万多人", "1620万多人", 1620 * WAN, "persons", "now", qualifier="over")],
      {(1, 2): K})

group("china_imports_from_indonesia", "palm", "China's palm oil imports from Indonesia (GAPKI via pifpin): 2024 800万吨 / at least 800万吨; 2023 expected 700万吨 (twice); 2019 815万吨, 2020 617万吨, 2021 665万吨, 2022 635万吨, 2017 460万吨",
      "China from Indonesia", "palm oil imports (tonnes)", "2017-2024",
      "Restatements agree (consistent); other years different_basis.",
      [M(pa(14,"hans"), 3, "2024年中国可能从印尼进口800万吨", "800万吨", 800 * WAN, T, "fc24"),
       M(pa(14,"hans"), 7, "明年至少会达到800万吨", "800万吨", 800 * WAN, T, "fc24", qualifier="at_least"),
       M(pa(14,"hans"), 3, "2023年预期进口量700万吨", "700万吨", 700 * WAN, T, "fc23"),
       M(pa(14,"hans"), 7, "回升至700万吨", "700万吨", 700 * WAN, T, "fc23"),
       M(pa(14,"hans"), 4, "进口量达到815万吨", "815万吨", 815 * WAN, T, "y19"),
       M(pa(14,"hans"), 4, "仅从印尼进口617万吨", "617万吨", 617 * WAN, T, "y20"),
       M(pa(14,"hans"), 4, "回升至665万吨", "665万吨", 665 * WAN, T, "y21"),
       M(pa(14,"hans"), 4, "缩减到635万吨", "635万吨", 635 * WAN, T, "y22"),
       M(pa(14,"hans"), 8, "从印尼购买了460万吨", "460万吨", 460 * WAN, T, "y17")])

group("palm_output_2007", "palm", "2007 crude palm oil output: Indonesia 1,700萬噸 (rokokuo, minister Peter Chen) vs 1,720萬公噸 (rokokuo, Indonesian producers' association); Malaysia 1,582萬噸 = 約1,582萬公噸",
      "Indonesia / Malaysia", "crude palm oil production (tonnes)", "2007",
      "Indonesia: two different figures for the same year (conflict). Malaysia agrees (consistent). Country vs country different_basis.",
      [M(pa(16,"hant"), 5, "2007年印尼棕櫚原油產量達1,700萬噸", "1,700萬噸", 1700 * WAN, T, "id07"),
       M(pa(17,"hant"), 4, "產量達1,720萬公噸", "1,720萬公噸", 1720 * WAN, T, "id07"),
       M(pa(16,"hant"), 5, "而馬來西亞為1,582萬噸", "1,582萬噸", 1582 * WAN, T, "my07"),
       M(pa(17,"hant"), 4, "產量約為1,582萬公噸", "1,582萬公噸", 1582 * WAN, T, "my07", qualifier="approx")],
      {(1, 2): C})

group("malaysia_jobs", "palm", "Jobs created by Malaysia's palm oil supply chain: 300萬 (tvbs headline and body twice)",
      "Malaysia", "jobs (count)", "2023",
      "Same figure (consistent).",
      [M(pa(15,"hant"), 3, "棕櫚油產業創300萬就業機會", "300萬", 300 * WAN, CNT, "now", note="headline"),
       M(pa(15,"hant"), 11, "如今創造300萬個就業機會", "300萬", 300 * WAN, CNT, "now"),
       M(pa(15,"hant"), 19, "供應鏈創造300萬個就業機會", "300萬", 300 * WAN, CNT, "now")])

group("lookalike_11_6", "palm", "Look-alike 11.6%: Indonesia's 2023 palm exports to the EU fell 11.6% (palmoilmagazine) vs palm oil's share of Indonesia's non-oil-and-gas exports 11.6% (gxmzu)",
      "Indonesia", "percent", "2023",
      "Different measures with the same value: different_basis.",
      [M(pa(9,"en"), 18, "dropped by 11.6%", "11.6%", -11.6, PC, "eu_drop"),
       M(pa(13,"hans"), 6, "占非油气出口的11.6%", "11.6%", 11.6, PC, "share")])

group("malaysia_world_shares", "palm", "Malaysia's shares of the world palm oil market (tvbs, CNA): 33% of 2018 exports; 31% of 2022 output; 49% of 2022 exports",
      "Malaysia", "share of world palm oil (percent)", "2018 exports / 2022 output / 2022 exports",
      "Different years and measures: different_basis.",
      [M(pa(15,"hant"), 26, "大馬占33%", "33%", 33.0, PC, "exp18"),
       M(pa(15,"hant"), 26, "2022年棕櫚油產量占全球31%", "31%", 31.0, PC, "out22"),
       M(pa(15,"hant"), 26, "出口則占全球出口的49%", "49%", 49.0, PC, "exp22")])

# ============================================================ cotton: China's output (NBS), USDA / CCA / monitoring-system estimates
group("china_cotton_output", "cotton", "China's cotton output (NBS): 2024 616.4万吨 (seven statements) = 6.164 million t (two) = 'topped 6.16 million'; USDA Post MY 2024/25 6.2 MMT (twice) and its earlier 5.9 MMT; 2023 561.8萬噸 (four, hkcd) = 5.618 million (three, chinaminutes) vs textalks' 5.61 million; the monitoring system's 2023 estimate 565.7万吨; 2022 597.7萬噸 = 'nearly 5.98 million'; CCA season figures 6.622 (2022-23) / 6.279 million t (2023-24 forecast)",
      "China", "cotton production (tonnes)", "calendar years 2022 / 2023 / 2024; marketing years / seasons; estimates",
      "2024: every NBS restatement agrees (consistent; 'topped 6.16 million' is a bound that contains 6.164). 2023: textalks' 5.61 million is not a rounding of 5.618 (which rounds to 5.62): conflict, rounding as alt (truncation). 2022: 'nearly 5.98 million' contains 5.977 (consistent). USDA's marketing-year estimates (6.2 and the earlier 5.9 MMT), the monitoring system's survey estimate and the CCA's season figures are other bases (different_basis).",
      [M(co(2,"en"), 5, "reached 6.164 million tons", "6.164 million tons", 6.164 * MN, T, "y24"),
       M(co(3,"en"), 5, "rose to 6.164 million tons in 2024", "6.164 million tons", 6.164 * MN, T, "y24"),
       M(co(10,"hans"), 10, "全国棉花总产量616.4万吨", "616.4万吨", 616.4 * WAN, T, "y24"),
       M(co(10,"hans"), 18, "三、全国棉花总产量616.4万吨", "616.4万吨", 616.4 * WAN, T, "y24"),
       M(co(11,"hans"), 3, "2024年中国棉花总产量616.4万吨", "616.4万吨", 616.4 * WAN, T, "y24", note="headline"),
       M(co(11,"hans"), 8, "全国棉花产量616.4万吨", "616.4万吨", 616.4 * WAN, T, "y24"),
       M(co(15,"hant"), 3, "2024年全國棉花總產(chǎn)量616.4萬噸", "616.4萬噸", 616.4 * WAN, T, "y24", note="headline"),
       M(co(15,"hant"), 5, "2024年全國棉花總產(chǎn)量616.4萬噸", "616.4萬噸", 616.4 * WAN, T, "y24", note="original headline"),
       M(co(15,"hant"), 7, "產(chǎn)量達(dá)616.4萬噸", "616.4萬噸", 616.4 * WAN, T, "y24"),
       M(co(1,"en"), 19, "topped 6.16 million tonnes in 2024", "6.16 million tonnes", 6.16 * MN, T, "y24", qualifier="over"),
       M(co(4,"en"), 6, "production estimate to 6.2 million metric tons", "6.2 million metric tons", 6.2 * MN, T, "usda_my2425"),
       M(co(5,"en"), 7, "production estimate to 6.2 million metric tons", "6.2 million metric tons", 6.2 * MN, T, "usda_my2425"),
       M(co(5,"en"), 12, "cotton production is 5.9 million metric tons", "5.9 million metric tons", 5.9 * MN, T, "usda_my2425_early"),
       M(co(6,"en"), 8, "amounted to 5.61 million tons in 2023", "5.61 million tons", 5.61 * MN, T, "y23"),
       M(co(7,"en"), 5, "stands at 5.618 million tonnes", "5.618 million tonnes", 5.618 * MN, T, "y23", note="headline"),
       M(co(7,"en"), 8, "stands at 5.618 million tonnes", "5.618 million tonnes", 5.618 * MN, T, "y23", note="headline repeated"),
       M(co(7,"en"), 10, "stood at 5.618 million tonnes", "5.618 million tonnes", 5.618 * MN, T, "y23"),
       M(co(14,"hant"), 5, "總產量561.8萬噸", "561.8萬噸", 561.8 * WAN, T, "y23", note="headline"),
       M(co(14,"hant"), 7, "總產量561.8萬噸", "561.8萬噸", 561.8 * WAN, T, "y23", note="headline repeated"),
       M(co(14,"hant"), 11, "總產量561.8萬噸", "561.8萬噸", 561.8 * WAN, T, "y23"),
       M(co(14,"hant"), 23, "總產量561.8萬噸", "561.8萬噸", 561.8 * WAN, T, "y23", note="footer repeats the headline"),
       M(co(13,"hans"), 3, "预计全国总产量565.7万吨", "565.7万吨", 565.7 * WAN, T, "mon23", note="national cotton market monitoring system survey"),
       M(co(8,"en"), 9, "nearly 5.98 million tonnes of cotton in 2022", "5.98 million tonnes", 5.98 * MN, T, "y22", qualifier="under"),
       M(co(16,"hant"), 9, "產量597.7萬噸", "597.7萬噸", 597.7 * WAN, T, "y22"),
       M(co(9,"en"), 9, "output rose to 6.622 million tons", "6.622 million tons", 6.622 * MN, T, "cca_s2223"),
       M(co(9,"en"), 17, "forecast at 6.279 million tons", "6.279 million tons", 6.279 * MN, T, "cca_s2324_fc")],
      {**cross((10,), (1, 2, 3, 4, 5, 6, 7, 8, 9), K), **cross((14,), (15, 16, 17, 18, 19, 20, 21), (C, R)), (23, 24): K})

group("china_cotton_output_change", "cotton", "Change in China's cotton output in tonnes: 2024 +546,000 t = 54.6万吨 (four); 2023 -362,000 t = 減少36.2萬噸; 2022 +24.6萬噸",
      "China", "change in cotton production (tonnes)", "2022 / 2023 / 2024",
      "Same figures agree across scripts (consistent); other years different_basis.",
      [M(co(2,"en"), 5, "an increase of 546,000 tons", "546,000 tons", 546000.0, T, "y24"),
       M(co(10,"hans"), 10, "比2023年增加54.6万吨", "54.6万吨", 54.6 * WAN, T, "y24"),
       M(co(10,"hans"), 18, "比2023年增加54.6万吨", "54.6万吨", 54.6 * WAN, T, "y24"),
       M(co(11,"hans"), 8, "比上年增加54.6万吨", "54.6万吨", 54.6 * WAN, T, "y24"),
       M(co(15,"hant"), 7, "比2023年增加54.6萬噸", "54.6萬噸", 54.6 * WAN, T, "y24"),
       M(co(6,"en"), 8, "or 362,000 tons", "362,000 tons", -362000.0, T, "y23"),
       M(co(14,"hant"), 11, "比上年減少36.2萬噸", "36.2萬噸", -36.2 * WAN, T, "y23"),
       M(co(16,"hant"), 9, "比上年增加24.6萬噸", "24.6萬噸", 24.6 * WAN, T, "y22")])

group("china_cotton_output_growth", "cotton", "Growth of China's cotton output: 2024 9.7% (eight) and 'nearly 10 percent'; USDA 'an increase of 5 percent' (MY 2024/25); 2023 -6.1% (seven) vs the monitoring system's -15.8% and its yield -6.1%; 2022 4.3% (two); CCA 2022-23 +14.7%, 2023-24 forecast -5.2%",
      "China", "growth of cotton production (percent)", "2022 / 2023 / 2024; USDA / monitoring system / CCA bases",
      "NBS restatements agree; 'nearly 10 percent' contains 9.7 (consistent). USDA's marketing year, the monitoring system's survey, the CCA seasons are different_basis; the monitoring system's yield fall of 6.1% is a look-alike of the output fall of 6.1% (different measure).",
      [M(co(2,"en"), 5, "or 9.7 percent compared with 2023", "9.7 percent", 9.7, PC, "y24"),
       M(co(3,"en"), 5, "a 9.7 percent increase", "9.7 percent", 9.7, PC, "y24"),
       M(co(10,"hans"), 3, "总产量同比增9.7%", "9.7%", 9.7, PC, "y24", note="headline"),
       M(co(10,"hans"), 10, "增长9.7%", "9.7%", 9.7, PC, "y24"),
       M(co(10,"hans"), 18, "增长9.7%", "9.7%", 9.7, PC, "y24"),
       M(co(11,"hans"), 3, "同比增9.7%", "9.7%", 9.7, PC, "y24", note="headline"),
       M(co(11,"hans"), 8, "增长9.7%", "9.7%", 9.7, PC, "y24"),
       M(co(15,"hant"), 7, "增長9.7%", "9.7%", 9.7, PC, "y24"),
       M(co(1,"en"), 19, "a nearly 10 percent increase", "10 percent", 10.0, PC, "y24", qualifier="under"),
       M(co(4,"en"), 6, "an increase of 5 percent from the prior marketing year", "5 percent", 5.0, PC, "usda_my2425"),
       M(co(6,"en"), 6, "output dropping 6.1%", "6.1%", -6.1, PC, "y23", note="headline"),
       M(co(6,"en"), 8, "a drop of 6.1 percent", "6.1 percent", -6.1, PC, "y23"),
       M(co(7,"en"), 12, "the yearly output was 6.1 percent lower", "6.1 percent", -6.1, PC, "y23"),
       M(co(14,"hant"), 5, "同比下降6.1%", "6.1%", -6.1, PC, "y23"),
       M(co(14,"hant"), 7, "同比下降6.1%", "6.1%", -6.1, PC, "y23"),
       M(co(14,"hant"), 11, "下降6.1%", "6.1%", -6.1, PC, "y23"),
       M(co(14,"hant"), 23, "同比下降6.1%", "6.1%", -6.1, PC, "y23"),
       M(co(13,"hans"), 3, "同比下降15.8%", "15.8%", -15.8, PC, "mon23"),
       M(co(13,"hans"), 3, "同比下降6.1%", "6.1%", -6.1, PC, "mon23_yield", note="the monitoring system's yield change"),
       M(co(8,"en"), 9, "up 4.3 percent year on year", "4.3 percent", 4.3, PC, "y22"),
       M(co(16,"hant"), 9, "增長4.3%", "4.3%", 4.3, PC, "y22"),
       M(co(9,"en"), 9, "up 14.7 percent year on year", "14.7 percent", 14.7, PC, "cca_s2223"),
       M(co(9,"en"), 17, "again down 5.2 percent", "5.2 percent", -5.2, PC, "cca_s2324_fc")],
      {**cross((9,), (1, 2, 3, 4, 5, 6, 7, 8), K)})

group("xinjiang_cotton_output", "cotton", "Xinjiang's cotton output: 2024 568.6万吨 (two) = 5.686 million t = 'nearly 5.69 million'; 2023 511.2萬噸 vs the monitoring system's estimate 524.9万吨",
      "Xinjiang", "cotton production (tonnes)", "2023 / 2024 / 2023 estimate",
      "Restatements agree; 'nearly 5.69 million' contains 5.686 (consistent). Other year and the survey estimate different_basis.",
      [M(co(1,"en"), 7, "reached nearly 5.69 million tonnes in 2024", "5.69 million tonnes", 5.69 * MN, T, "y24", qualifier="under"),
       M(co(2,"en"), 5, "yielding 5.686 million tons", "5.686 million tons", 5.686 * MN, T, "y24"),
       M(co(11,"hans"), 10, "新疆棉花产量568.6万吨", "568.6万吨", 568.6 * WAN, T, "y24"),
       M(co(12,"hans"), 13, "总产量达到568.6万吨", "568.6万吨", 568.6 * WAN, T, "y24"),
       M(co(14,"hant"), 13, "新疆棉花產量511.2萬噸", "511.2萬噸", 511.2 * WAN, T, "y23"),
       M(co(13,"hans"), 3, "新疆产量预计524.9万吨", "524.9万吨", 524.9 * WAN, T, "mon23")],
      {**cross((1,), (2, 3, 4), K)})

group("xinjiang_output_change", "cotton", "Change in Xinjiang's cotton output: 2024 +574,000 t (two) = 57.4万吨 (two); 2023 -28.1萬噸; growth 2024 11.2% (two), 2023 -5.2%, the monitoring system's -15.7%",
      "Xinjiang", "change in cotton production (tonnes / percent)", "2023 / 2024",
      "Restatements agree (consistent); other year, estimate and tonnes vs percent different_basis.",
      [M(co(1,"en"), 7, "up 574,000 tonnes", "574,000 tonnes", 574000.0, T, "t24"),
       M(co(2,"en"), 5, "an increase of 574,000 tons", "574,000 tons", 574000.0, T, "t24"),
       M(co(11,"hans"), 10, "比上年增加57.4万吨", "57.4万吨", 57.4 * WAN, T, "t24"),
       M(co(12,"hans"), 13, "较2023年增加57.4万吨", "57.4万吨", 57.4 * WAN, T, "t24"),
       M(co(14,"hant"), 13, "比上年減少28.1萬噸", "28.1萬噸", -28.1 * WAN, T, "t23"),
       M(co(2,"en"), 5, "a 11.2 percent growth", "11.2 percent", 11.2, PC, "p24"),
       M(co(11,"hans"), 10, "增长11.2%", "11.2%", 11.2, PC, "p24"),
       M(co(14,"hant"), 13, "下降5.2%", "5.2%", -5.2, PC, "p23"),
       M(co(13,"hans"), 3, "同比下降15.7%", "15.7%", -15.7, PC, "p23mon")])

group("xinjiang_share", "cotton", "Xinjiang's share of China's cotton output: 2024 92.2% (people.cn, wenxiaobai headline twice and body) vs shine's 'nearly 90 percent'; textalks' 90 percent (2023 article); 90.2% in 2022",
      "Xinjiang", "share of China's cotton output (percent)", "2022 / 2023 / 2024",
      "shine's 'accounts for nearly 90 percent' in a report on 2024 excludes 92.2 (conflict, rounding as alt for a loose restatement). textalks' 90 percent sits in a 2023 report and 90.2% is 2022's: different_basis.",
      [M(co(1,"en"), 9, "contributed 92.2 percent", "92.2 percent", 92.2, PC, "y24"),
       M(co(12,"hans"), 3, "新疆棉花产量占全国92.2%", "92.2%", 92.2, PC, "y24", note="headline"),
       M(co(12,"hans"), 7, "新疆棉花产量占全国92.2%", "92.2%", 92.2, PC, "y24", note="headline repeated"),
       M(co(12,"hans"), 13, "达到92.2%", "92.2%", 92.2, PC, "y24"),
       M(co(3,"en"), 17, "accounts for nearly 90 percent", "90 percent", 90.0, PC, "y24", qualifier="under"),
       M(co(6,"en"), 14, "which accounts for 90 percent", "90 percent", 90.0, PC, "y23"),
       M(co(8,"en"), 11, "Xinjiang contributed 90.2 percent", "90.2 percent", 90.2, PC, "y22")],
      {**cross((5,), (1, 2, 3, 4), (C, R))})

group("regional_output", "cotton", "Yangtze and Yellow River basins' cotton output: Yangtze 2024 221,000 t = 22.1万吨, +0.8% (two); 2023 21.9萬噸, -8.1%; Yellow River 2024 20.6万吨 (-13.7%) vs 2023 23.9萬噸",
      "Yangtze / Yellow River basins", "cotton production (tonnes)", "2023 / 2024",
      "Restatements agree (consistent); other year or basin different_basis.",
      [M(co(2,"en"), 6, "production reached 221,000 tons", "221,000 tons", 221000.0, T, "yz24"),
       M(co(11,"hans"), 10, "长江流域棉花产量22.1万吨", "22.1万吨", 22.1 * WAN, T, "yz24"),
       M(co(14,"hant"), 13, "長江流域棉花產量21.9萬噸", "21.9萬噸", 21.9 * WAN, T, "yz23"),
       M(co(11,"hans"), 10, "黄河流域棉花产量20.6万吨", "20.6万吨", 20.6 * WAN, T, "yr24"),
       M(co(14,"hant"), 13, "黃河流域棉花產量23.9萬噸", "23.9萬噸", 23.9 * WAN, T, "yr23")])

group("regional_change", "cotton", "Regional changes: Yangtze output +0.8% (2024, two) vs -8.1% (2023); Yellow River output -13.7% (2024) vs its planting area -13.6% (three, a look-alike); Yangtze area -1.6% (three)",
      "Yangtze / Yellow River basins", "change (percent)", "2023 / 2024; output vs area",
      "Restatements agree; output vs area and other years different_basis.",
      [M(co(2,"en"), 6, "up by 0.8 percent", "0.8 percent", 0.8, PC, "yz_out24"),
       M(co(11,"hans"), 10, "增长0.8%", "0.8%", 0.8, PC, "yz_out24"),
       M(co(14,"hant"), 13, "下降8.1%", "8.1%", -8.1, PC, "yz_out23"),
       M(co(11,"hans"), 10, "下降13.7%", "13.7%", -13.7, PC, "yr_out24"),
       M(co(3,"en"), 11, "13.6 percent, respectively", "13.6 percent", -13.6, PC, "yr_area24"),
       M(co(10,"hans"), 20, "下降13.6%", "13.6%", -13.6, PC, "yr_area24"),
       M(co(15,"hant"), 13, "下降13.6%", "13.6%", -13.6, PC, "yr_area24"),
       M(co(3,"en"), 11, "decreased by 1.6 percent", "1.6 percent", -1.6, PC, "yz_area24"),
       M(co(10,"hans"), 20, "下降1.6%", "1.6%", -1.6, PC, "yz_area24"),
       M(co(15,"hant"), 13, "下降1.6%", "1.6%", -1.6, PC, "yz_area24")])

group("china_cotton_area", "cotton", "China's cotton planting area: 2024 2838.3千公顷 = 4257.4万亩 (four) vs 'about 2.84 million hectares' (bastillepost); 2023 4182.2萬畝 = 2.7881 million ha (chinaminutes) vs textalks' '41.82 million acres'; 2022 4500.4萬畝 = 'around 3 million hectares'; USDA 2.93 million ha; monitoring 4140.2万亩; CCA 2023-24 41.48 million acres",
      "China", "cotton planting area (hectares)", "2022 / 2023 / 2024; USDA / monitoring / CCA",
      "Mu are converted to hectares (1/15, as corpus-fresh6). 2838.3千公顷 and 4257.4万亩 are the NBS's two statements of one area (consistent); 'about 2.84 million ha' rounds them (rounding). 2.7881 million ha rounds 4182.2萬畝 (= 2.78813 million ha; rounding). textalks writes 'acres' for mu: as written 41.82 million acres is 16.9 million ha (conflict; consistent as alt for a reader who takes 'acres' as the page's word for mu). 'around 3 million hectares' rounds 4500.4萬畝 (rounding, consistent as alt). Other bases different_basis.",
      [M(co(10,"hans"), 14, "播种面积2838.3千公顷", "2838.3千公顷", 2838.3e3, HA, "y24"),
       M(co(10,"hans"), 14, "(4257.4万亩)", "4257.4万亩", MU(4257.4 * WAN), HA, "y24", note="mu / 15"),
       M(co(10,"hans"), 20, "全国棉花播种面积4257.4万亩", "4257.4万亩", MU(4257.4 * WAN), HA, "y24", note="mu / 15"),
       M(co(11,"hans"), 12, "全国棉花播种面积4257.4万亩", "4257.4万亩", MU(4257.4 * WAN), HA, "y24", note="mu / 15"),
       M(co(15,"hant"), 9, "全國棉花播種面積4257.4萬畝", "4257.4萬畝", MU(4257.4 * WAN), HA, "y24", note="mu / 15"),
       M(co(2,"en"), 7, "to about 2.84 million hectares in 2024", "2.84 million hectares", 2.84e6, HA, "y24", qualifier="approx"),
       M(co(14,"hant"), 15, "全國棉花播種面積4182.2萬畝", "4182.2萬畝", MU(4182.2 * WAN), HA, "y23", note="mu / 15"),
       M(co(7,"en"), 12, "to 2.7881 million hectares", "2.7881 million hectares", 2.7881e6, HA, "y23"),
       M(co(6,"en"), 10, "stood at 41.82 million acres in 2023", "41.82 million acres", 41.82e6 * ACRE, HA, "y23", note="'acres' where the NBS figure is 4182.2万亩 (mu)"),
       M(co(16,"hant"), 9, "播種面積4500.4萬畝", "4500.4萬畝", MU(4500.4 * WAN), HA, "y22", note="mu / 15"),
       M(co(8,"en"), 13, "to around 3 million hectares", "3 million hectares", 3e6, HA, "y22", qualifier="approx"),
       M(co(5,"en"), 12, "at 2.93 million hectares (MHa)", "2.93 million hectares", 2.93e6, HA, "usda_my2324"),
       M(co(13,"hans"), 3, "实播面积4140.2万亩", "4140.2万亩", MU(4140.2 * WAN), HA, "mon23", note="mu / 15"),
       M(co(9,"en"), 17, "stood at 41.48 million acres", "41.48 million acres", 41.48e6 * ACRE, HA, "cca_s2324", note="acres as written (mu meant)")],
      {**cross((1,), (2, 3, 4, 5), K), **cross((6,), (1, 2, 3, 4, 5), R), (7, 8): R, (7, 9): (C, K), (8, 9): (C, K),
       (10, 11): (R, K)})

group("china_cotton_area_change", "cotton", "Change in China's cotton area: 2024 +50,100 ha = 50.1千公顷, +1.8% (six); 2023 -7.1% (three); 2022 -0.9% (two); CCA 2023-24 -7.6%",
      "China", "change in cotton planting area", "2022 / 2023 / 2024 / CCA season",
      "Restatements agree (consistent); other years, CCA season and hectares vs percent different_basis.",
      [M(co(2,"en"), 7, "expanded by 50,100 hectares", "50,100 hectares", 50100.0, HA, "ha24"),
       M(co(10,"hans"), 14, "比2023年增加50.1千公顷", "50.1千公顷", 50.1e3, HA, "ha24"),
       M(co(2,"en"), 7, "a 1.8 percent growth", "1.8 percent", 1.8, PC, "p24"),
       M(co(3,"en"), 7, "expanded by 1.8 percent", "1.8 percent", 1.8, PC, "p24"),
       M(co(10,"hans"), 14, "增长1.8%", "1.8%", 1.8, PC, "p24"),
       M(co(10,"hans"), 20, "增长1.8%", "1.8%", 1.8, PC, "p24"),
       M(co(11,"hans"), 12, "增长1.8%", "1.8%", 1.8, PC, "p24"),
       M(co(15,"hant"), 9, "增長1.8%", "1.8%", 1.8, PC, "p24"),
       M(co(6,"en"), 10, "or 7.1 percent", "7.1 percent", -7.1, PC, "p23"),
       M(co(7,"en"), 12, "down by 7.1 percent", "7.1 percent", -7.1, PC, "p23"),
       M(co(14,"hant"), 15, "下降7.1%", "7.1%", -7.1, PC, "p23"),
       M(co(8,"en"), 13, "edged down 0.9 percent", "0.9 percent", -0.9, PC, "p22"),
       M(co(16,"hant"), 9, "下降0.9%", "0.9%", -0.9, PC, "p22"),
       M(co(9,"en"), 17, "down 7.6 percent", "7.6 percent", -7.6, PC, "cca_s2324")])

group("china_cotton_yield", "cotton", "China's cotton yield: 2024 2171.6 kg/ha = 144.8 kg/mu (three) vs 2,172 kg/ha (shine) and 'around 2.172 tons' per ha (bastillepost); 2023 134.3 kg/mu vs textalks' '134.3 kg per acre'; 2022 1,992.2 kg/ha = 132.8 kg/mu (two); monitoring 136.6 kg/mu; USDA 'more than 2.1 MT per hectare' (MY 2024/25, twice), earlier 2,014 kg/Ha",
      "China", "cotton yield (kg per hectare)", "2022 / 2023 / 2024; USDA / monitoring",
      "kg/mu * 15 = kg/ha (as corpus-fresh6). The NBS's 2171.6 kg/ha and 144.8 kg/mu (= 2172) are its own two statements (consistent); shine's 2,172 and bastillepost's 2.172 t round 2171.6 (rounding) and equal 144.8 kg/mu (consistent). textalks writes 'kg per acre' for kg per mu: as written 134.3 kg/acre = 332 kg/ha (conflict; consistent as alt). 1,992.2 kg/ha vs 132.8 kg/mu (= 1992): consistent. USDA's figures and the monitoring survey are other bases (USDA's earlier 2,014 kg/ha is a look-alike of 2023's 134.3 kg/mu = 2014.5).",
      [M(co(10,"hans"), 16, "单位面积产量2171.6公斤/公顷", "2171.6公斤/公顷", 2171.6, KGHA, "y24"),
       M(co(10,"hans"), 16, "(144.8公斤/亩)", "144.8公斤/亩", KGMU(144.8), KGHA, "y24", note="kg/mu * 15"),
       M(co(11,"hans"), 16, "全国棉花单产每亩144.8公斤", "144.8公斤", KGMU(144.8), KGHA, "y24", note="kg/mu * 15"),
       M(co(15,"hant"), 15, "全國棉花單產(chǎn)144.8公斤/畝", "144.8公斤/畝", KGMU(144.8), KGHA, "y24", note="kg/mu * 15"),
       M(co(3,"en"), 7, "reaching 2,172 kg per hectare", "2,172 kg", 2172.0, KGHA, "y24"),
       M(co(2,"en"), 7, "at around 2.172 tons", "2.172 tons", 2172.0, KGHA, "y24", qualifier="approx", note="tonnes per hectare"),
       M(co(14,"hant"), 17, "全國棉花單產134.3公斤/畝", "134.3公斤/畝", KGMU(134.3), KGHA, "y23", note="kg/mu * 15"),
       M(co(6,"en"), 12, "totaled 134.3 kg per acre", "134.3 kg", 134.3 / ACRE, KGHA, "y23", note="'per acre' where the NBS figure is per mu"),
       M(co(8,"en"), 9, "rose 5.3 percent to 1,992.2 kg", "1,992.2 kg", 1992.2, KGHA, "y22"),
       M(co(16,"hant"), 9, "單產132.8公斤/畝", "132.8公斤/畝", KGMU(132.8), KGHA, "y22", note="kg/mu * 15"),
       M(co(16,"hant"), 13, "全國棉花單產132.8公斤/畝", "132.8公斤/畝", KGMU(132.8), KGHA, "y22", note="kg/mu * 15"),
       M(co(13,"hans"), 3, "平均单产136.6公斤/亩", "136.6公斤/亩", KGMU(136.6), KGHA, "mon23", note="kg/mu * 15"),
       M(co(4,"en"), 6, "record high yields of more than 2.1 MT per hectare", "2.1 MT", 2100.0, KGHA, "usda_my2425", qualifier="over"),
       M(co(5,"en"), 7, "record high yields of more than 2.1 MT per hectare", "2.1 MT", 2100.0, KGHA, "usda_my2425", qualifier="over"),
       M(co(5,"en"), 12, "yield estimate of 2,014 kg/Ha", "2,014 kg/Ha", 2014.0, KGHA, "usda_early")],
      {**cross((1,), (2, 3, 4), K), **cross((5, 6), (1,), R), **cross((5, 6), (2, 3, 4), K), (7, 8): (C, K),
       **cross((9,), (10, 11), K)})

group("china_cotton_yield_change", "cotton", "Change in China's cotton yield: 2024 +7.8% (five), +156.7 kg/ha = +10.4 kg/mu (three); 2023 +1.1% (three), +1.5 kg/mu vs textalks' '1.5 kg per acre'; 2022 +5.3% (three)",
      "China", "change in cotton yield", "2022 / 2023 / 2024",
      "Restatements agree (156.7 kg/ha and 10.4 kg/mu = 156 are the NBS's own pair: consistent); textalks' 'per acre' as written disagrees (conflict, consistent as alt). Other years and kg vs percent different_basis.",
      [M(co(2,"en"), 7, "an increase of 7.8 percent", "7.8 percent", 7.8, PC, "p24"),
       M(co(3,"en"), 7, "a significant jump of 7.8 percent", "7.8 percent", 7.8, PC, "p24"),
       M(co(10,"hans"), 16, "增长7.8%", "7.8%", 7.8, PC, "p24"),
       M(co(11,"hans"), 16, "增长7.8%", "7.8%", 7.8, PC, "p24"),
       M(co(15,"hant"), 15, "增長7.8%", "7.8%", 7.8, PC, "p24"),
       M(co(10,"hans"), 16, "比2023年增加156.7公斤/公顷", "156.7公斤/公顷", 156.7, KGHA, "k24"),
       M(co(10,"hans"), 16, "(10.4公斤/亩)", "10.4公斤/亩", KGMU(10.4), KGHA, "k24", note="kg/mu * 15"),
       M(co(11,"hans"), 16, "比上年增加10.4公斤", "10.4公斤", KGMU(10.4), KGHA, "k24", note="kg/mu * 15"),
       M(co(15,"hant"), 15, "比上年增加10.4公斤/畝", "10.4公斤/畝", KGMU(10.4), KGHA, "k24", note="kg/mu * 15"),
       M(co(6,"en"), 12, "or 1.1 percent yearly", "1.1 percent", 1.1, PC, "p23"),
       M(co(7,"en"), 12, "increased by 1.1 percent", "1.1 percent", 1.1, PC, "p23"),
       M(co(14,"hant"), 17, "增長1.1%", "1.1%", 1.1, PC, "p23"),
       M(co(14,"hant"), 17, "比上年增加1.5公斤/畝", "1.5公斤/畝", KGMU(1.5), KGHA, "k23", note="kg/mu * 15"),
       M(co(6,"en"), 12, "a marginal rise of 1.5 kg per acre", "1.5 kg", 1.5 / ACRE, KGHA, "k23", note="'per acre' for per mu"),
       M(co(8,"en"), 9, "rose 5.3 percent", "5.3 percent", 5.3, PC, "p22"),
       M(co(16,"hant"), 9, "增長5.3%", "5.3%", 5.3, PC, "p22"),
       M(co(16,"hant"), 13, "增長5.3%", "5.3%", 5.3, PC, "p22")],
      {**cross((6,), (7, 8, 9), K), (13, 14): (C, K)})

group("xinjiang_yield", "cotton", "Xinjiang's cotton yield: 2024 154.9 kg/mu (four) = 'about 2,324 kg per hectare' (shine); 143.9 kg/mu in both 2023 and 2022 (look-alike); change 2024 +7.6% (six) / +165 kg per hectare = +11.0 kg/mu (four); 2023 -0.1%; 2022 +5.5% (two)",
      "Xinjiang", "cotton yield (kg per hectare) and its change", "2022 / 2023 / 2024",
      "154.9 kg/mu = 2323.5 kg/ha, which 'about 2,324' restates (consistent); 165 kg/ha = 11.0 kg/mu (consistent). 2023's and 2022's 143.9 are the same value in different years (different_basis).",
      [M(co(1,"en"), 13, "averaged 154.9 kg per mu", "154.9 kg", KGMU(154.9), KGHA, "y24", note="kg/mu * 15"),
       M(co(11,"hans"), 18, "新疆棉花单产每亩154.9公斤", "154.9公斤", KGMU(154.9), KGHA, "y24", note="kg/mu * 15"),
       M(co(12,"hans"), 16, "单产达到154.9公斤/亩", "154.9公斤/亩", KGMU(154.9), KGHA, "y24", note="kg/mu * 15"),
       M(co(15,"hant"), 17, "新疆棉花單產(chǎn)154.9公斤/畝", "154.9公斤/畝", KGMU(154.9), KGHA, "y24", note="kg/mu * 15"),
       M(co(3,"en"), 15, "to about 2,324 kg per hectare", "2,324 kg", 2324.0, KGHA, "y24", qualifier="approx"),
       M(co(14,"hant"), 19, "新疆棉花單產143.9公斤/畝", "143.9公斤/畝", KGMU(143.9), KGHA, "y23", note="kg/mu * 15"),
       M(co(16,"hant"), 13, "棉花單產143.9公斤/畝", "143.9公斤/畝", KGMU(143.9), KGHA, "y22", note="kg/mu * 15"),
       M(co(1,"en"), 13, "an increase of 7.6 percent", "7.6 percent", 7.6, PC, "p24"),
       M(co(2,"en"), 9, "up by 7.6 percent", "7.6 percent", 7.6, PC, "p24"),
       M(co(3,"en"), 15, "rose by 7.6 percent", "7.6 percent", 7.6, PC, "p24"),
       M(co(11,"hans"), 18, "增长7.6%", "7.6%", 7.6, PC, "p24"),
       M(co(12,"hans"), 16, "增长7.6%", "7.6%", 7.6, PC, "p24"),
       M(co(15,"hant"), 17, "增長7.6%", "7.6%", 7.6, PC, "p24"),
       M(co(2,"en"), 9, "a yield increase of 165 kilos per hectare", "165 kilos", 165.0, KGHA, "k24"),
       M(co(11,"hans"), 18, "比上年增加11.0公斤", "11.0公斤", KGMU(11.0), KGHA, "k24", note="kg/mu * 15"),
       M(co(12,"hans"), 16, "比2023年增加11.0公斤/亩", "11.0公斤/亩", KGMU(11.0), KGHA, "k24", note="kg/mu * 15"),
       M(co(15,"hant"), 17, "比上年增加11.0公斤/畝", "11.0公斤/畝", KGMU(11.0), KGHA, "k24", note="kg/mu * 15"),
       M(co(14,"hant"), 19, "下降0.1%", "0.1%", -0.1, PC, "p23"),
       M(co(16,"hant"), 13, "增長5.5%", "5.5%", 5.5, PC, "p22"),
       M(co(8,"en"), 11, "rose 5.5 percent", "5.5 percent", 5.5, PC, "p22")],
      {**cross((5,), (1, 2, 3, 4), K)})

group("xinjiang_area", "cotton", "Xinjiang's cotton area in 2024: 3671.9万亩 (four) = 'nearly 36.72 million mu' vs 2.45 million hectares (people.cn, shine); growth 3.3% (seven)",
      "Xinjiang", "cotton planting area (hectares) and its growth", "2024",
      "3671.9万亩 = 2.4479 million ha: '2.45 million hectares' rounds it (rounding, as corpus-fresh6's 1.79 billion mu vs hectares); 'nearly 36.72 million mu' contains 3671.9万 (consistent). Area vs growth different_basis.",
      [M(co(1,"en"), 11, "nearly 36.72 million mu", "36.72 million mu", MU(36.72e6), HA, "a24", qualifier="under", note="mu / 15"),
       M(co(10,"hans"), 20, "新疆棉花播种面积3671.9万亩", "3671.9万亩", MU(3671.9 * WAN), HA, "a24", note="mu / 15"),
       M(co(11,"hans"), 12, "新疆棉花播种面积3671.9万亩", "3671.9万亩", MU(3671.9 * WAN), HA, "a24", note="mu / 15"),
       M(co(12,"hans"), 15, "种植面积达到3671.9万亩", "3671.9万亩", MU(3671.9 * WAN), HA, "a24", note="mu / 15"),
       M(co(15,"hant"), 11, "新疆棉花播種面積3671.9萬畝", "3671.9萬畝", MU(3671.9 * WAN), HA, "a24", note="mu / 15"),
       M(co(1,"en"), 11, "(2.45 million hectares)", "2.45 million hectares", 2.45e6, HA, "a24"),
       M(co(3,"en"), 11, "to 2.45 million hectares", "2.45 million hectares", 2.45e6, HA, "a24"),
       M(co(1,"en"), 11, "an increase of 3.3 percent", "3.3 percent", 3.3, PC, "g24"),
       M(co(2,"en"), 8, "or 3.3 percent", "3.3 percent", 3.3, PC, "g24"),
       M(co(3,"en"), 11, "a 3.3 percent increase", "3.3 percent", 3.3, PC, "g24"),
       M(co(10,"hans"), 20, "增长3.3%", "3.3%", 3.3, PC, "g24"),
       M(co(11,"hans"), 12, "增长3.3%", "3.3%", 3.3, PC, "g24"),
       M(co(12,"hans"), 15, "增长3.3%", "3.3%", 3.3, PC, "g24"),
       M(co(15,"hant"), 11, "增長3.3%", "3.3%", 3.3, PC, "g24")],
      {**cross((1,), (2, 3, 4, 5), K), **cross((6, 7), (2, 3, 4, 5), R), **cross((6, 7), (1,), R)})

group("cotton_imports", "cotton", "China's cotton imports: 2022-23 season around 1.425 million t vs 1.42 million t (same textileinsights page); Jan-Aug 2023 858,000 t; USDA MY 2023/24 record 3.3 MMT and MY 2024/25 forecast 2.4 MMT",
      "China", "cotton imports (tonnes)", "2022-23 season / Jan-Aug 2023 / MY 2023/24 / MY 2024/25",
      "1.42 rounds 1.425 (rounding); other periods different_basis.",
      [M(co(9,"en"), 7, "imported around 1.425 million tons", "1.425 million tons", 1.425 * MN, T, "s2223", qualifier="approx"),
       M(co(9,"en"), 13, "declined to 1.42 million tons", "1.42 million tons", 1.42 * MN, T, "s2223"),
       M(co(9,"en"), 5, "imported around 858,000 tons", "858,000 tons", 858000.0, T, "janaug23", qualifier="approx"),
       M(co(4,"en"), 6, "record high of 3.3 MMT", "3.3 MMT", 3.3 * MN, T, "my2324"),
       M(co(5,"en"), 17, "forecast at 2.4 million metric tons", "2.4 million metric tons", 2.4 * MN, T, "my2425")],
      {(1, 2): R})

group("cotton_consumption", "cotton", "China's cotton consumption: USDA Post MY 2024/25 8.1 MMT vs 'consumption at 1.8 MMT' in the same report summary; CCA 7.6 million t (2022-23) and 7.9 million t (2023-24 forecast)",
      "China", "cotton consumption (tonnes)", "MY 2024/25 / 2022-23 / 2023-24",
      "The USDA summary states MY 2024/25 consumption twice with different values (conflict). The CCA seasons are different_basis.",
      [M(co(4,"en"), 6, "to 8.1 MMT", "8.1 MMT", 8.1 * MN, T, "usda_my2425"),
       M(co(4,"en"), 6, "consumption at 1.8 MMT", "1.8 MMT", 1.8 * MN, T, "usda_my2425"),
       M(co(9,"en"), 13, "Cotton use stood at 7.6 million tons", "7.6 million tons", 7.6 * MN, T, "cca_s2223"),
       M(co(9,"en"), 15, "recover to 7.9 million tons", "7.9 million tons", 7.9 * MN, T, "cca_s2324")],
      {(1, 2): C})

# ============================================================ singles: claims stated once
single(ro(1,"en"), 9, "It has over 90 members", "90", 90.0, CNT, qualifier="over")
single(ro(1,"en"), 9, "from more than 20 countries", "20", 20.0, CNT, qualifier="over")
single(ro(2,"en"), 23, "fluctuated around 28% over the past decade", "28%", 28.0, PC, qualifier="approx")
single(ro(2,"en"), 28, "the potential for 5-10%", "5-10%", [5.0, 10.0], PC)
single(ro(11,"hant"), 14, "年均增長率將達到5%至10%", "5%至10%", [5.0, 10.0], PC)
single(ro(3,"en"), 9, "to a new high of 92,393 units", "92,393 units", 92393.0, CNT)
single(ro(3,"en"), 9, "Europe in 2023 increased 9%", "9%", 9.0, PC)
single(ro(3,"en"), 10, "fell by 1% to 55,389 units", "55,389 units", 55389.0, CNT)
single(ro(4,"en"), 10, "a 15% drop in demand", "15%", -15.0, PC)
single(ro(4,"en"), 10, "just 12,421 units installed", "12,421 units", 12421.0, CNT)
single(ro(4,"en"), 11, "a slight 1% decline", "1%", -1.0, PC)
single(ro(5,"en"), 5, "Europe counts a total of 728,391 units", "728,391 units", 728391.0, CNT)
single(ro(5,"en"), 5, "North America 452,217 units", "452,217 units", 452217.0, CNT)
single(ro(5,"en"), 5, "the stock grew by 25% on average", "25%", 25.0, PC)
single(ro(7,"en"), 9, "a robot density of 168 units", "168 units", 168.0, CNT, note=DEN)
single(ro(7,"en"), 9, "a robot density of 208 units", "208 units", 208.0, CNT, note=DEN)
single(ro(7,"en"), 9, "robot density is 188 units", "188 units", 188.0, CNT, note=DEN)
single(ro(9,"hans"), 5, "该行业2022年安装量达14472台", "14472台", 14472.0, CNT)
single(ro(9,"hans"), 5, "分别为3900台和3732台", "3900台", 3900.0, CNT)
single(ro(10,"hans"), 47, "约占欧洲总安装量的35%", "35%", 35.0, PC, qualifier="approx")
single(ro(11,"hant"), 18, "法國新安裝工業機器人數量分別略高於1萬台和6000台", "1萬台", 1 * WAN, CNT, qualifier="over")
single(ro(14,"hans"), 3, "2024年销量达30.2万套", "30.2万套", 30.2 * WAN, CNT)
single(ro(14,"hans"), 3, "2024年55.6万套", "55.6万套", 55.6 * WAN, CNT)
single(ro(14,"hans"), 3, "服务机器人产量达1051.9万套", "1051.9万套", 1051.9 * WAN, CNT)
single(ro(15,"hans"), 6, "日本有45万台", "45万台", 45 * WAN, CNT)
single(ro(15,"hans"), 6, "韩国39.2万台", "39.2万台", 39.2 * WAN, CNT)
single(ro(15,"hans"), 7, "2024年则降至29%", "29%", 29.0, PC)
single(ro(17,"hans"), 5, "中国机器人产业规模超过200亿美元", "200亿美元", 200 * YI, USD, qualifier="over")
single(pa(1,"en"), 3, "an increase of RM12.5 billion", "RM12.5 billion", 12.5e9, MYR)
single(pa(1,"en"), 4, "contributed 54.4 per cent", "54.4 per cent", 54.4, PC)
single(pa(1,"en"), 5, "followed by China (1.3 million tonnes)", "1.3 million tonnes", 1.3 * MN, T)
single(pa(1,"en"), 5, "Turkiye (832,000 tonnes)", "832,000 tonnes", 832000.0, T)
single(pa(2,"en"), 10, "around 1.95 million metric tons", "1.95 million metric tons", 1.95 * MN, T, qualifier="approx")
single(pa(2,"en"), 10, "from the 2.29 million tons recorded in 2023", "2.29 million tons", 2.29 * MN, T)
single(pa(4,"en"), 8, "an average of 5-7 per cent", "5-7 per cent", [5.0, 7.0], PC)
single(pa(5,"en"), 5, "increasing to 13.94 tonnes per hectare", "13.94 tonnes", 13.94, T, note="per hectare")
single(pa(6,"en"), 8, "collectively accounted for 50.7%", "50.7%", 50.7, PC)
single(pa(7,"en"), 6, "additional 300,000 hectares", "300,000 hectares", 300000.0, HA)
single(pa(9,"en"), 8, "4.77 million tons, respectively", "4.77 million tons", 4.77 * MN, T)
single(pa(9,"en"), 14, "to 23.13 million tons in 2023", "23.13 million tons", 23.13 * MN, T)
single(pa(9,"en"), 20, "that reached 28,7%", "28,7%", 28.7, PC, note="comma as decimal separator")
single(pa(13,"hans"), 10, "生物柴油消费量达1,220万千升", "1,220万千升", 1220 * WAN, "kilolitres")
single(pa(15,"hant"), 24, "種植面積已達580萬公頃", "580萬公頃", 580 * WAN, HA)
single(pa(15,"hant"), 26, "全球棕櫚油出口量達5024萬噸", "5024萬噸", 5024 * WAN, T)
single(pa(16,"hant"), 5, "控制世界棕櫚原油85%之生產量", "85%", 85.0, PC)
single(pa(17,"hant"), 6, "2008年3月再上漲至1,099美元", "1,099美元", 1099.0, USD, note="per tonne")
single(pa(17,"hant"), 6, "出口額約為80億美元", "80億美元", 80 * YI, USD, qualifier="approx")
single(co(1,"en"), 15, "the mechanical harvesting rate stands at approximately 90 percent", "90 percent", 90.0, PC, qualifier="approx")
single(co(9,"en"), 5, "down 37.1 percent from a year ago period", "37.1 percent", -37.1, PC)
single(co(11,"hans"), 20, "长江流域棉花单产每亩73.2公斤", "73.2公斤", KGMU(73.2), KGHA, note="kg/mu * 15")
single(co(14,"hant"), 21, "長江流域棉花單產71.4公斤/畝", "71.4公斤/畝", KGMU(71.4), KGHA, note="kg/mu * 15")
single(co(12,"hans"), 15, "均占到全区的95%以上", "95%", 95.0, PC, qualifier="at_least")
single(co(16,"hant"), 13, "棉花單產67.8公斤/畝", "67.8公斤/畝", KGMU(67.8), KGHA, note="kg/mu * 15")

# ============================================================ singles: numbers that are not claims
single(ro(1,"en"), 4, "FRANKFURT, Sept. 26 (Xinhua)", not_a_claim=True, kind="date")
single(ro(1,"en"), 9, "founded in Frankfurt in 1987", not_a_claim=True, kind="date")
single(ro(2,"en"), 3, "85 Aufrufe 85 0 Kommentare", not_a_claim=True, kind="page_furniture", note="view and comment counters")
single(ro(2,"en"), 3, "2024-09-24", not_a_claim=True, kind="date")
single(ro(5,"en"), 3, "2023-09-27", not_a_claim=True, kind="date")
single(ro(6,"en"), 3, "2024-11-24", not_a_claim=True, kind="date")
single(ro(10,"hans"), 3, "星期一, 08 12月 2025 01:41", not_a_claim=True, kind="date")
single(ro(10,"hans"), 11, "TOP 5国家", not_a_claim=True, kind="heading")
single(ro(10,"hans"), 13, "1. 中国", not_a_claim=True, kind="list_number")
single(ro(10,"hans"), 20, "“中国制造2025”战略", not_a_claim=True, kind="name")
single(ro(11,"hant"), 6, "2024-09-30 17:20", not_a_claim=True, kind="date")
single(ro(13,"hans"), 6, "1920, 23.05.2024", not_a_claim=True, kind="page_furniture", note="image width and date")
single(ro(14,"hans"), 3, "[2] 行业需求", not_a_claim=True, kind="footnote_marker")
single(ro(15,"hans"), 3, "2025年10月01日 23:06", not_a_claim=True, kind="date")
single(ro(16,"hans"), 5, "国际机器人联合会25日发布", not_a_claim=True, kind="date")
single(ro(17,"hans"), 4, "2025深圳自动化展数据显示", not_a_claim=True, kind="page_furniture", note="SEO keyword inserted into the text")
single(ro(17,"hans"), 4, "2025华南工博会", not_a_claim=True, kind="page_furniture", note="SEO keyword inserted into the text")
single(ro(18,"hans"), 3, "网站9月26日报道", not_a_claim=True, kind="date")
single(pa(2,"en"), 8, "(11/1/2024)", not_a_claim=True, kind="date")
single(pa(3,"en"), 3, "KUALA LUMPUR, March 5", not_a_claim=True, kind="date")
single(pa(3,"en"), 9, "the 35th Palm and Lauric", not_a_claim=True, kind="ordinal")
single(pa(3,"en"), 9, "(POC2024)", not_a_claim=True, kind="name")
single(pa(6,"en"), 5, "on December 6, 2024", not_a_claim=True, kind="date")
single(pa(8,"en"), 5, "Published Sep 16, 2024", not_a_claim=True, kind="date")
single(pa(10,"en"), 5, "Wednesday, January 25", not_a_claim=True, kind="date")
single(pa(11,"hans"), 3, "(吉隆坡5日讯)", not_a_claim=True, kind="date")
single(pa(12,"hans"), 13, "安塔拉通讯社3月29日报道", not_a_claim=True, kind="date")
single(pa(13,"hans"), 4, "2024-04-02 09:12", not_a_claim=True, kind="date")
single(pa(13,"hans"), 6, "据印尼财政部网站41日报道", not_a_claim=True, kind="date", note="4月1日 written as 41日")
single(pa(13,"hans"), 10, "B35生物柴油", not_a_claim=True, kind="name")
single(pa(13,"hans"), 12, "《20192024年可持续棕榈油种植园国家行动计划》", not_a_claim=True, kind="name", note="2019-2024 with the dash lost")
single(pa(15,"hant"), 6, "2023/11/09 16:13", not_a_claim=True, kind="date")
single(pa(15,"hant"), 13, "(PIPOC 2023)", not_a_claim=True, kind="name")
single(pa(16,"hant"), 3, "於4月13日", not_a_claim=True, kind="date")
single(co(1,"en"), 5, "13:31, December 30, 2024", not_a_claim=True, kind="date")
single(co(1,"en"), 7, "URUMQI, Dec. 27 (Xinhua)", not_a_claim=True, kind="date")
single(co(1,"en"), 17, "Since the 1990s", not_a_claim=True, kind="date")
single(co(4,"en"), 5, "CH2024-0156", not_a_claim=True, kind="code", note="USDA GAIN report number")
single(co(6,"en"), 3, "36 C", not_a_claim=True, kind="page_furniture", note="weather widget")
single(co(6,"en"), 4, "Tuesday, June 25, 2024", not_a_claim=True, kind="date")
single(co(7,"en"), 10, "on Dec.25", not_a_claim=True, kind="date")
single(co(8,"en"), 5, "December 26, 2022", not_a_claim=True, kind="date")
single(co(10,"hans"), 5, "阅读量:4.1万+", not_a_claim=True, kind="page_furniture", note="read counter")
single(co(10,"hans"), 5, "2024-12-25 09:38", not_a_claim=True, kind="date")
single(co(11,"hans"), 5, "2024-12-25 17:12:10", not_a_claim=True, kind="date")
single(co(11,"hans"), 6, "0", not_a_claim=True, kind="page_furniture", note="comment counter")
single(co(12,"hans"), 12, "20241227", not_a_claim=True, kind="url")
single(co(14,"hant"), 9, "2023-12-25 14:52:28", not_a_claim=True, kind="date")
single(co(15,"hant"), 7, "北京12月26日電", not_a_claim=True, kind="date")
single(co(16,"hant"), 7, "2022-12-26 10:51:00", not_a_claim=True, kind="date")

emit(HERE / "gold.d" / "fresh13.toml", "corpus-fresh13")
