"""Hand annotation of corpus-fresh61, written as data; emits gold.d/fresh61.toml (then run
corpus/check_gold.py --dir corpus-fresh61 --build).

Three news / business-statistics domains (company results): Haidilao's 2023 and 2024 annual results / 海底捞业绩 /
海底撈業績 (2023 revenue 414.53亿 = 41.453 billion on nine pages; revenue growth 33.6% against reportify's 33.55%;
profit for the year 44.95亿 / 4.495 billion against the attributable 44.99亿 / 4.499 billion, kept apart; profit growth
174.6% against reportify's 174.59%; attributable growth 227.3% against huarenjian's 应占 174.6%; 2023 customers 3.97亿
/ 397 million / 近4亿 against longport's 'nearly 4 billion'; 2024 revenue 427.55亿 against etnet's 427億, growth 3.14%
against 3%; `hdl-*`), Meituan's 2022 and 2023 results / 美团业绩 / 美團業績 (2023 revenue 2767亿 / 276.7 billion /
276.74 / 276,745 million against reportify's garbled '2767.4 billion'; growth 25.8% against 26%; 2023 net profit 138.6亿
/ 13.9 billion against '138.6 billion'; 2022 revenue 2199.5亿 / 220 billion / 219,955 million against '2199.5 billion';
2022 adjusted profit 28.3亿 / 2,827 million against 2.80 billion; Q4 2023 adjusted profit 43.75亿 / 4.4 against 4.374
billion; Q4 2022 revenue 601.3亿 against 62.62 billion; `mtn-*`) and the results and deliveries of the Chinese EV
start-ups NIO and Li Auto / 蔚来、理想汽车业绩与交付 (NIO 2023 deliveries 160,038 against 160,000 / 16万; revenue
55.6179 billion against 55.62 / 556.2亿; net loss 20.7198 billion against 20.72 / 207.2亿; Q4 deliveries 50,045
against 50,000, Q4 revenue 17.1032 against 17.103 / 17.10; 2022 deliveries 122,486 against 12.25萬; Li Auto 2023
deliveries 376,030 against 37.6万, 2022 deliveries 133,246 against 13.32萬, Q4 deliveries 131,805 against 13.2万, cash
1036.7亿 against 1033亿; `nev-*`), in English, Simplified and Traditional Chinese.

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, billion = 1e9, million = 1e6;
港仙 (HK cents) as HKD / 100; money in CNY (RMB, yuan, 元), HKD, USD, MYR as the page writes it; counts as counts,
shares and growth in percent.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, G, S, V, DUO, basis, val, ANY  # noqa: E402

load(HERE)

goldrules.install()

HDL, MTN, NEV = "haidilao-results", "meituan-results", "nio-li-auto-results"
CNY, USD, HKD, MYR, PP, TIMES = "CNY", "USD", "HKD", "MYR", "percentage_points", "times"


def F(doc, n, quote, value, unit, **kw):
    """goldrules' F with the value normalised (41.453e9 and 414.53e8 are the same float)."""
    if isinstance(value, (int, float)):
        value = float(f"{value:.12g}")
    return goldrules.F(doc, n, quote, value, unit, **kw)


def S1(doc, n, quote, value, unit, **kw):
    """A single claim (value normalised like F)."""
    value = float(f"{value:.12g}")
    S(doc, n, quote, value=value, unit=unit, **kw)


def markers(doc, n):
    """Footnote markers ('[2]', '[3][10][28]') as non-claims; a marker that recurs on its line is quoted with the
    shortest run of following (else preceding) text without a digit that makes it unique on the line."""
    name = goldkit.NAMES.get((doc, n))
    if name is None:
        return
    lines = goldkit.DOCS[name]
    for line in lines:
        for m in re.finditer(r"(?:\[\d+\])+", line):
            s, e = m.span()
            q = None
            for k in range(0, 80):
                cand = line[s:e + k]
                if re.search(r"\d", line[e:e + k]):
                    break
                if line.count(cand) == 1:
                    q = cand
                    break
            if q is None:
                for k in range(1, 80):
                    cand = line[s - k:e]
                    if re.search(r"\d", line[s - k:s]):
                        break
                    if line.count(cand) == 1:
                        q = cand
                        break
            if q is None:  # last resort: following text with digits (a year label such as '2022A')
                for k in range(1, 80):
                    cand = line[s:e + k]
                    if line.count(cand) == 1:
                        q = cand
                        break
            if q is None:
                ERRS.append((name, m.group(0), "marker not quotable"))
                continue
            hits = [i for i, l in enumerate(lines) if q in l]
            nth = hits.index(lines.index(line)) + 1 if len(hits) > 1 else None
            NC(doc, n, q, "footnote_marker", nth=nth)


# ============================================================ Haidilao results
ms = [
    F("hdl", 1, "revenue for 2023 reached 41.453 billion CNY", 41.453e9, CNY),
    F("hdl", 1, "total revenue was 41.453 billion CNY", 41.453e9, CNY),
    F("hdl", 2, "total revenue of 41.453 billion yuan", 41.453e9, CNY),
    F("hdl", 2, "total revenue was RMB 41.453 billion", 41.453e9, CNY),
    F("hdl", 3, "revenue will exceed 41.4 billion yuan", 41.4e9, CNY, q="over"),
    F("hdl", 3, "overall revenue is about 41.453 billion yuan", 41.453e9, CNY, q="approx"),
    F("hdl", 3, "approximately RMB41.453 billion", 41.453e9, CNY, q="approx"),
    F("hdl", 4, "整体收入为414.53亿元", 414.53e8, CNY),
    F("hdl", 5, "[我要爆料] 海底捞2023年收入414.53亿元", 414.53e8, CNY),
    F("hdl", 5, "海底捞2023年收入为414.53亿元", 414.53e8, CNY),
    F("hdl", 6, "实现收入约414.53亿元", 414.53e8, CNY, q="approx", nth=1),
    F("hdl", 6, "实现收入约414.53亿元", 414.53e8, CNY, q="approx", nth=2),
    F("hdl", 7, "整体收入为414.53亿元", 414.53e8, CNY),
    F("hdl", 8, "營業額414.53億元", 414.53e8, CNY),
]
G("hdl_revenue_2023", HDL, "Haidilao's 2023 revenue: 414.53亿 = 41.453 billion yuan on nine pages (some 'about'), laitimes' headline 'will exceed 41.4 billion'",
  "Haidilao International", "revenue", "2023", "Same value throughout; 'about' and 'exceed 41.4 billion' hold it: consistent.", ms)
ms = [
    F("hdl", 1, "a year-on-year increase of 33.55%", 33.55, PC),
    F("hdl", 2, "a year-on-year increase of 33.6%, and", 33.6, PC),
    F("hdl", 2, "an increase of 33.6% year-on-year", 33.6, PC),
    F("hdl", 3, "representing a year-on-year increase of 33.6%", 33.6, PC),
    F("hdl", 4, "同比增长33.6%", 33.6, PC),
    F("hdl", 5, "同比增长33.6%", 33.6, PC),
    F("hdl", 6, "同比增长33.6%", 33.6, PC, nth=1),
    F("hdl", 6, "同比增长33.6%", 33.6, PC, nth=2),
    F("hdl", 7, "同比增长33.6%", 33.6, PC),
    F("hdl", 8, "按年升33.6%", 33.6, PC),
]
G("hdl_revenue_growth_2023_pc", HDL, "Growth of Haidilao's 2023 revenue: 33.6% on eight pages against reportify's 33.55%",
  "Haidilao International", "revenue, year-on-year growth", "2023", "33.6 rounds 33.55: rounding.", ms)
ms = [
    F("hdl", 2, "a net profit of 4.495 billion yuan", 4.495e9, CNY),
    F("hdl", 2, "net profit for the year was RMB 4.495 billion", 4.495e9, CNY),
    F("hdl", 3, "the profit for the year is about 4.495 billion yuan", 4.495e9, CNY, q="approx"),
    F("hdl", 3, "the profit for the year will be approximately RMB4.495 billion", 4.495e9, CNY, q="approx"),
    F("hdl", 4, "年内溢利为44.95亿元", 44.95e8, CNY),
    F("hdl", 5, "净利润近45亿元", 45e8, CNY, q="under", nth=1),
    F("hdl", 5, "年内溢利为44.95亿元", 44.95e8, CNY),
    F("hdl", 7, "年内溢利为44.95亿元", 44.95e8, CNY),
]
G("hdl_profit_year_2023", HDL, "Haidilao's 2023 profit for the year (年内溢利): 44.95亿 = 4.495 billion yuan on six pages, syuan's headline 'net profit nearly 45亿'",
  "Haidilao International", "profit for the year (net profit)", "2023",
  "Same value; '近45亿' holds 44.95: consistent. The attributable profit 44.99亿 is another measure (hdl_profit_attr_2023).", ms)
ms = [
    F("hdl", 1, "in net profit, reaching 4.499 billion CNY", 4.499e9, CNY),
    F("hdl", 1, "and a net profit of 4.499 billion CNY", 4.499e9, CNY),
    F("hdl", 6, "公司拥有人应占利润约44.99亿元", 44.99e8, CNY, q="approx"),
    F("hdl", 8, "純利44.99億元", 44.99e8, CNY),
]
G("hdl_profit_attr_2023", HDL, "Haidilao's 2023 profit attributable to owners: 44.99亿 = 4.499 billion yuan (reportify's and AASTOCKS' bare 'net profit' / 純利 by its value)",
  "Haidilao International", "profit attributable to owners of the company", "2023", "Same value: consistent.", ms)
ms = [
    F("hdl", 1, "up 174.59% year-on-year", 174.59, PC, basis="attr"),
    F("hdl", 1, "marking a 174.59% growth", 174.59, PC, basis="attr"),
    F("hdl", 2, "a year-on-year increase of 174.6%", 174.6, PC, basis="year"),
    F("hdl", 2, "approximately 174.6% year-on-year", 174.6, PC, basis="year", q="approx"),
    F("hdl", 4, "同比增长174.6%", 174.6, PC, basis="year"),
    F("hdl", 5, "同比增长约174.6%", 174.6, PC, basis="year", q="approx"),
    F("hdl", 6, "同比增长174.6%", 174.6, PC, basis="attr"),
    F("hdl", 7, "同比增长约174.6%", 174.6, PC, basis="year", q="approx"),
    F("hdl", 8, "按年升227.3%", 227.3, PC, basis="attr"),
]
G("hdl_profit_growth_2023_pc", HDL, "Growth of Haidilao's 2023 profit: 174.6% for the profit for the year (年内溢利 / longport's 'net profit 4.495 billion') on four pages; "
  "the growth given with the attributable profit 4.499 / 44.99亿 as written: reportify's 174.59% (twice), huarenjian's 应占利润 ... 174.6%, AASTOCKS' 純利 ... 227.3%",
  "Haidilao International", "profit, year-on-year growth (profit for the year / attributable profit as labelled)", "2023",
  "Audit: one group (it was two, hdl_profit_year_growth_2023_pc and hdl_profit_attr_growth_2023_pc, which keyed reportify's "
  "174.59% by its value and huarenjian's 174.6% by its label, and left reportify's 174.59% against AASTOCKS' 227.3% unpaired). "
  "Mentions tagged by what the page attaches the figure to: 'year' (年内溢利 44.95亿 / 4.495 billion) or 'attr' (the 44.99亿 / "
  "4.499 billion attributable figure). Inside 'attr' auto: 174.59 against 174.6 rounding, 174.59 / 174.6 against 227.3 "
  "conflict (the same labelled quantity, two growth rates). Across the bases different_basis with auto's verdict as alt "
  "(174.59 vs 174.6 rounding: reportify's and huarenjian's figure is in fact the profit-for-the-year growth; 227.3 vs 174.6 "
  "conflict: both pages say 'net profit'); equal values consistent.", ms, OTHER(("year",)))
ms = [
    F("hdl", 1, "improved to 3.8 times per day", 3.8, TIMES),
    F("hdl", 2, "turnover rate approaching 4 in 2023", 4, TIMES, q="under"),
    F("hdl", 2, "increased to 3.8 times per day", 3.8, TIMES),
    F("hdl", 2, "was 3.8 times per day, a year-on-year increase", 3.8, TIMES),
    F("hdl", 3, "#Haidilao turnover rate of 3.8 times a day#", 3.8, TIMES),
    F("hdl", 3, "The turnover rate is 3.8 times/day", 3.8, TIMES),
    F("hdl", 4, "整体翻台率为3.8次/天", 3.8, TIMES),
    F("hdl", 5, "整体翻台率为3.8次/天", 3.8, TIMES),
    F("hdl", 6, "整体翻台率为3.8次/天", 3.8, TIMES),
    F("hdl", 8, "整體翻檯率為3.8次/天", 3.8, TIMES),
    F("hdl", 9, "2023年為3﹒8次", 3.8, TIMES, vt="3﹒8", step=0.1),
    F("hdl", 10, "2023年为每天3.8次", 3.8, TIMES),
]
G("hdl_turnover_2023", HDL, "Haidilao restaurants' table turnover in 2023: 3.8 times a day on ten pages (etnet's '3﹒8'), longport's headline 'approaching 4'",
  "Haidilao restaurants", "table turnover rate (times per day)", "2023", "Same value; 'approaching 4' holds 3.8: consistent.", ms)
ms = [
    F("hdl", 1, "up from 3.0 times in the previous year", 3.0, TIMES),
    F("hdl", 6, "分别为3.0次/天", 3.0, TIMES),
    F("hdl", 8, "分別為3.0次/天", 3.0, TIMES),
]
G("hdl_turnover_2022", HDL, "Table turnover in 2022: 3.0 times a day three times", "Haidilao restaurants",
  "table turnover rate (times per day)", "2022", "Consistent.", ms)
ms = [F("hdl", 6, "及3.1次/天", 3.1, TIMES), F("hdl", 8, "及3.1次/天", 3.1, TIMES)]
G("hdl_samestore_turnover_2022", HDL, "Same-store table turnover in 2022: 3.1 twice", "Haidilao same-store restaurants",
  "table turnover rate (times per day)", "2022", "Consistent.", ms)
ms = [
    F("hdl", 2, "restaurants was 3.9 times per day", 3.9, TIMES),
    F("hdl", 5, "同店翻台率为3.9次/天", 3.9, TIMES),
    F("hdl", 6, "同店翻台率为3.9次/天", 3.9, TIMES),
    F("hdl", 8, "同店翻檯率為3.9次/天", 3.9, TIMES),
]
G("hdl_samestore_turnover_2023", HDL, "Same-store table turnover in 2023: 3.9 four times", "Haidilao same-store restaurants",
  "table turnover rate (times per day)", "2023", "Consistent.", ms)
ms = [F("hdl", 2, "The turnover rate of 950 same-store", 950, CNT), F("hdl", 5, "950家同店", 950, CNT)]
G("hdl_samestore_count_2023", HDL, "Number of same-store restaurants: 950 twice", "Haidilao", "same-store restaurants", "2023",
  "Consistent.", ms)
ms = [F("hdl", 2, "an increase of about 30%", 30, PC, q="approx"), F("hdl", 5, "增长约30%", 30, PC, q="approx")]
G("hdl_samestore_turnover_growth_2023_pc", HDL, "Growth of the same-store turnover: about 30% twice", "Haidilao same-store restaurants",
  "table turnover, growth", "2023", "Consistent.", ms)
ms = [
    F("hdl", 2, "a year-on-year growth of 26.7%", 26.7, PC),
    F("hdl", 2, "a year-on-year increase of 26.7%", 26.7, PC),
    F("hdl", 4, "同比增长26.7%", 26.7, PC),
    F("hdl", 5, "同比增长26.7%", 26.7, PC),
]
G("hdl_turnover_growth_2023_pc", HDL, "Growth of the 2023 table turnover: 26.7% four times", "Haidilao restaurants",
  "table turnover, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("hdl", 2, "received nearly 4 billion customers", 4e9, CNT, q="under"),
    F("hdl", 3, "received more than 397 million customers", 397e6, CNT, q="over"),
    F("hdl", 4, "接待顾客近4亿人次", 4e8, CNT, q="under"),
    F("hdl", 5, "接待超过3.97亿人次", 3.97e8, CNT, q="over"),
    F("hdl", 6, "接待超过3.9亿人次", 3.9e8, CNT, q="over"),
    F("hdl", 7, "接待顾客近4亿人次", 4e8, CNT, q="under"),
    F("hdl", 8, "接待超過3.97億人次", 3.97e8, CNT, q="over"),
]
G("hdl_customers_2023", HDL, "Customers served by Haidilao restaurants in 2023: over 3.97亿 / 397 million, 近4亿 twice, 超过3.9亿, against longport's 'nearly 4 billion'",
  "Haidilao restaurants", "customers served (person-visits)", "2023",
  "The hedges (over 397 million, 近4亿, over 3.9亿) meet: consistent. 'Nearly 4 billion' is ten times the others "
  "(a 亿 read as billion); the kit's open 'over' range would call it consistent with 'more than 397 million': set "
  "conflict against every other mention by hand.", ms, V(val(4e9), lambda m: m["value"] != 4e9, C))
ms = [
    F("hdl", 5, "较上年增加43.7%", 43.7, PC),
    F("hdl", 6, "较上年增加43.7%", 43.7, PC),
    F("hdl", 7, "较去年增加43.7%", 43.7, PC),
    F("hdl", 8, "按年增加43.7%", 43.7, PC),
]
G("hdl_customers_growth_2023_pc", HDL, "Growth of customers served in 2023: 43.7% four times", "Haidilao restaurants",
  "customers served, growth", "2023", "Consistent.", ms)
ms = [
    F("hdl", 3, "more than one million people will enter", 1e6, CNT, vt="one million", step=1e6, q="over"),
    F("hdl", 3, "#Haidilao more than one million people enter", 1e6, CNT, vt="one million", step=1e6, q="over"),
    F("hdl", 4, "日均进店超100万人次", 1e6, CNT, q="over"),
    F("hdl", 6, "每天超百万人次", 1e6, CNT, vt="百万", step=1e6, q="over", nth=1),
    F("hdl", 6, "每天超百万人次", 1e6, CNT, vt="百万", step=1e6, q="over", nth=2),
    F("hdl", 6, "每天超百万人次", 1e6, CNT, vt="百万", step=1e6, q="over", nth=3),
    F("hdl", 6, "日均进店超100万人次", 1e6, CNT, q="over"),
    F("hdl", 7, "日均进店超100万人次", 1e6, CNT, q="over"),
]
G("hdl_daily_customers_2023", HDL, "Daily customers in 2023: 'more than one million' / 超100万 / 超百万 on four pages",
  "Haidilao restaurants", "customers per day", "2023", "Consistent.", ms)
ms = [
    F("hdl", 2, "operating a total of 1374 stores", 1374, CNT),
    F("hdl", 5, "共经营1374家", 1374, CNT),
    F("hdl", 6, "共经营1,374家", 1374, CNT),
    F("hdl", 8, "數量為1,374間", 1374, CNT),
]
G("hdl_restaurants_end2023", HDL, "Haidilao restaurants at the end of 2023: 1,374 four times", "Haidilao", "restaurants in operation",
  "end of 2023", "Consistent.", ms)
for gid, q5, q6, v, what in [
    ("hdl_mainland_restaurants_end2023", "中国大陆地区经营1351家", "中国大陆地区经营1,351家", 1351, "restaurants in mainland China"),
    ("hdl_hkmt_restaurants_end2023", "港澳台地区经营23家", "港澳台地区经营23家", 23, "restaurants in Hong Kong, Macau and Taiwan"),
    ("hdl_new_restaurants_2023", "全年新增9家", "全年新增9家", 9, "new restaurants opened"),
    ("hdl_reopened_restaurants_2023", "重启26家", "重启26家", 26, "restaurants reopened"),
    ("hdl_closed_restaurants_2023", "关闭了32家", "关闭了32家", 32, "restaurants closed"),
]:
    ms = [F("hdl", 5, q5, v, CNT), F("hdl", 6, q6, v, CNT)]
    G(gid, HDL, f"Haidilao 2023 ({what}): {v} twice", "Haidilao", what, "2023", "Consistent.", ms)
ms = [F("hdl", 4, "新品共29款", 29, CNT), F("hdl", 5, "新品共29款", 29, CNT)]
G("hdl_new_dishes_2023", HDL, "New national dishes in 2023: 29 twice", "Haidilao", "new national dishes", "2023", "Consistent.", ms)
ms = [F("hdl", 4, "升级13款", 13, CNT), F("hdl", 5, "升级了13款", 13, CNT)]
G("hdl_upgraded_dishes_2023", HDL, "Upgraded national dishes in 2023: 13 twice", "Haidilao", "upgraded national dishes", "2023", "Consistent.", ms)
ms = [F("hdl", 4, "本地菜品超过300款", 300, CNT, q="over"), F("hdl", 5, "本地菜品超过300款", 300, CNT, q="over")]
G("hdl_local_dishes_2023", HDL, "Local dishes developed in 2023: over 300 twice", "Haidilao", "local dishes developed or updated", "2023",
  "Consistent.", ms)
ms = [DUO("hdl", 4, "30余款特色锅底", 30, CNT), DUO("hdl", 5, "30多款特色锅底", 30, CNT)]
G("hdl_soup_bases_2023", HDL, "Special soup bases in 2023: 30余 / 30多 (30-odd)", "Haidilao", "special soup bases", "2023",
  "Both 30-odd: consistent.", ms)
ms = [F("hdl", 1, "decreased to 99.1 CNY", 99.1, CNY), F("hdl", 8, "人均消費為99.1元", 99.1, CNY)]
G("hdl_spend_2023", HDL, "Average spending per customer in 2023: 99.1 yuan twice", "Haidilao restaurants", "average spending per customer",
  "2023", "Consistent.", ms)
ms = [
    F("hdl", 1, "restaurant operating income at 39.613 billion CNY", 39.613e9, CNY),
    F("hdl", 1, "Restaurant operating income for 2023 was 39.267 billion CNY", 39.267e9, CNY),
]
G("hdl_restaurant_income_2023", HDL, "reportify's two 'restaurant operating income' figures for 2023 on one page: 39.613 against 39.267 billion",
  "Haidilao", "restaurant operating income", "2023",
  "Same words, different values on one page: conflict as written; 39.613 = 39.267 (Haidilao restaurants) + 0.346 (other "
  "restaurants), so a different scope is defensible: conflict with different_basis as alt.", ms, V(lambda m: True, lambda m: True, (C, D)))
ms = [
    F("hdl", 1, "reflecting a 36.19% increase", 36.19, PC),
    F("hdl", 1, "up 35.67%", 35.67, PC),
]
G("hdl_restaurant_income_growth_2023_pc", HDL, "reportify's two growth rates of 'restaurant operating income': 36.19% against 35.67%",
  "Haidilao", "restaurant operating income, growth", "2023", "As the income figures: conflict, different_basis as alt.", ms,
  V(lambda m: True, lambda m: True, (C, D)))
# 2024 results (etnet, sinchew)
ms = [F("hdl", 9, "收入427億元", 427e8, CNY), F("hdl", 10, "收入427.55亿元", 427.55e8, CNY)]
G("hdl_revenue_2024", HDL, "Haidilao's 2024 revenue: 427.55亿 against etnet's 427億", "Haidilao International", "revenue", "2024",
  "427 is not a rounding of 427.55 (which rounds to 428; 427 is cut off): conflict by auto.", ms)
ms = [F("hdl", 9, "升3%", 3, PC), F("hdl", 10, "按年增加3.14%", 3.14, PC)]
G("hdl_revenue_growth_2024_pc", HDL, "Growth of 2024 revenue: 3.14% against etnet's 3%", "Haidilao International",
  "revenue, year-on-year growth", "2024", "3 rounds 3.14: rounding.", ms)
ms = [
    F("hdl", 9, "利約47億元", 47e8, CNY, q="approx"),
    F("hdl", 10, "全年盈利人民币47亿零800万元", 47.08e8, CNY, vt="47亿零800万", step=1e6),
]
G("hdl_profit_2024", HDL, "Haidilao's 2024 profit: 47亿零800万 against etnet's 約47億", "Haidilao International", "profit", "2024",
  "約47 holds 47.08: consistent.", ms)
ms = [F("hdl", 9, "升約4﹒6%", 4.6, PC, vt="4﹒6", step=0.1, q="approx"), F("hdl", 10, "按年上升4.65%", 4.65, PC)]
G("hdl_profit_growth_2024_pc", HDL, "Growth of the 2024 profit: 4.65% against etnet's 約4﹒6%", "Haidilao International",
  "profit, year-on-year growth", "2024", "約4.6 (4.55-4.65) holds 4.65: consistent.", ms)
ms = [F("hdl", 9, "每股盈利87分", 0.87, CNY, vt="87", mult=0.01), F("hdl", 10, "每股盈利0.87元", 0.87, CNY)]
G("hdl_eps_2024", HDL, "2024 earnings per share: 87分 = 0.87 yuan twice", "Haidilao International", "earnings per share", "2024",
  "Consistent.", ms)
ms = [F("hdl", 9, "派末期股息每股50﹒7港", 0.507, HKD, vt="50﹒7", step=0.001), F("hdl", 10, "派末期息0.507港元", 0.507, HKD)]
G("hdl_final_dividend_2024", HDL, "2024 final dividend: 50﹒7 HK cents = HK$0.507 twice", "Haidilao International",
  "final dividend per share", "2024", "Consistent.", ms)
ms = [F("hdl", 9, "平均翻枱率為4﹒1次", 4.1, TIMES, vt="4﹒1", step=0.1), F("hdl", 10, "平均翻枱率为每天4.1次", 4.1, TIMES)]
G("hdl_turnover_2024", HDL, "Table turnover in 2024: 4.1 twice", "Haidilao restaurants", "table turnover rate (times per day)", "2024",
  "Consistent.", ms)
ms = [
    F("hdl", 9, "共接待顧客4﹒15億人次", 4.15e8, CNT, vt="4﹒15", step=1e6),
    F("hdl", 10, "共接待顾客4亿1500万人次", 4.15e8, CNT, vt="4亿1500万", step=1e6),
]
G("hdl_customers_2024", HDL, "Customers served in 2024: 4.15亿 (4亿1500万) twice", "Haidilao restaurants", "customers served", "2024",
  "Consistent.", ms)
ms = [F("hdl", 9, "增加4﹒5%", 4.5, PC, vt="4﹒5", step=0.1), F("hdl", 10, "按年增加4.5%", 4.5, PC)]
G("hdl_customers_growth_2024_pc", HDL, "Growth of customers served in 2024: 4.5% twice", "Haidilao restaurants",
  "customers served, growth", "2024", "Consistent.", ms)
ms = [F("hdl", 9, "加盟海底撈餐廳數量多13間", 13, CNT), F("hdl", 10, "加盟餐厅共13家", 13, CNT)]
G("hdl_franchised_end2024", HDL, "Franchised Haidilao restaurants at the end of 2024: 13 twice", "Haidilao", "franchised restaurants",
  "end of 2024", "Consistent.", ms)
ms = [F("hdl", 8, "上年同期派11.6港仙", 0.116, HKD, vt="11.6", mult=0.01), F("hdl", 8, "股息:港元 0.1160", 0.116, HKD)]
G("hdl_final_dividend_2022", HDL, "2022 final dividend: 11.6 HK cents and HK$0.1160 on AASTOCKS' page", "Haidilao International",
  "final dividend per share", "2022", "Consistent.", ms)
ms = [F("hdl", 7, "海底捞一天翻台率3.3次", 3.3, TIMES), F("hdl", 7, "上半年翻台率 3.3 次 / 天", 3.3, TIMES)]
G("hdl_turnover_h1_2023", HDL, "Table turnover in H1 2023: iheima's headline 3.3 and its text's 上半年 3.3", "Haidilao restaurants",
  "table turnover rate (times per day)", "2023 H1", "Consistent.", ms)

# hdl singles and non-claims
markers("hdl", 1)
S1("hdl", 1, "target price of 16.86 HKD", 16.86, HKD)
S1("hdl", 1, "net profit margin of 10.85%", 10.85, PC)
S1("hdl", 1, "an increase of 5.57 percentage points", 5.57, PP)
NC("hdl", 1, "in March 2024 aims", "date")
S1("hdl", 1, "pre-tax profit of 5.833 billion CNY", 5.833e9, CNY)
S1("hdl", 1, "a 175.45% increase", 175.45, PC)
S1("hdl", 1, "from 104.9 CNY", 104.9, CNY)
S1("hdl", 1, "decreased by 18.64%", 18.64, PC)
S1("hdl", 1, "to 1.041 billion CNY", 1.041e9, CNY)
S1("hdl", 1, "rose by 139.79%", 139.79, PC)
S1("hdl", 1, "to 346 million CNY", 346e6, CNY)
S1("hdl", 1, "net profits of 5.141 billion CNY", 5.141e9, CNY)
S1("hdl", 1, "5.841 billion CNY, and", 5.841e9, CNY)
S1("hdl", 1, "6.461 billion CNY for 2024", 6.461e9, CNY)
S1("hdl", 1, "P/E ratios of 17X", 17, TIMES, vt="17")
S1("hdl", 1, "15X, and", 15, TIMES, vt="15")
S1("hdl", 1, "and 13X", 13, TIMES, vt="13")
NC("hdl", 2, "2024.03.26 10:45", "date")
S1("hdl", 2, "increased by 20.4% year-on-year", 20.4, PC)
NC("hdl", 2, "on March 26, Haidilao", "date")
NC("hdl", 2, "Limited (06862)", "stock_code")
NC("hdl", 2, "as of December 31, 2023", "date")
NC("hdl", 3, "On March 27th", "date")
S1("hdl", 3, "accounting for about 94.7%", 94.7, PC, q="approx")
NC("hdl", 4, "3月26日晚间", "date")
NC("hdl", 4, "(6862.HK)", "stock_code")
S1("hdl", 4, "从2022年的63.01亿元", 63.01e8, CNY)
S1("hdl", 4, "2023年的64.76亿元", 64.76e8, CNY)
NC("hdl", 5, "2024-3-26 23:56:00", "date")
NC("hdl", 5, "海底捞2023年收入414.53亿元 净利润近45亿元-1.jpg", "file_name")
NC("hdl", 5, "截至2023年12月31日", "date")
NC("hdl", 6, "导读:3月26日,海底捞发布截至2023年12月31日", "date")
NC("hdl", 6, "3月26日,海底捞发布截至2023年12月31日止年度的全年业绩公告。", "date", nth=2)
NC("hdl", 6, "此外,截至2023年12月31日", "date")
NC("hdl", 7, "2024-03-28 10:25", "date")
NC("hdl", 7, "截至2023年12月31日", "date")
S1("hdl", 7, "可推算下半年已升至 4 次 / 天", 4, TIMES)
S1("hdl", 8, "+0.308", 0.308, HKD, vt="+0.308")
S1("hdl", 8, "(+2.353%)", 2.353, PC, vt="+2.353%")
S1("hdl", 8, "沽空 $9.87千萬", 9.87e7, HKD, vt="9.87", mult=1e7)
S1("hdl", 8, "比率 26.384%", 26.384, PC)
S1("hdl", 8, "每股盈利0.83元", 0.83, CNY)
S1("hdl", 8, "派末期息82.4港仙", 0.824, HKD, vt="82.4", mult=0.01)
NC("hdl", 8, "2023/08/29", "date")
NC("hdl", 8, "2023/03/30", "date")
S1("hdl", 8, "人民幣 0.102元", 0.102, CNY)
NC("hdl", 8, "2022/08/30", "date")
NC("hdl", 8, "2022/07/29", "date")
NC("hdl", 8, "10股送1股", "distribution_ratio")
NC("hdl", 8, "[09658]", "stock_code")
NC("hdl", 8, "海底撈(06862.HK)", "stock_code", nth=1)
S1("hdl", 8, "按年微增3間", 3, CNT)
S1("hdl", 8, "按年下跌5.8元", 5.8, CNY)
NC("hdl", 8, "相關內容《盈利預喜》海底撈(06862.HK)", "stock_code")
S1("hdl", 8, "最少賺44億人民幣", 44e8, CNY, q="at_least")
S1("hdl", 8, "增長1.7倍", 1.7, TIMES)
NC("hdl", 8, "2025-09-05 16:25", "date")
NC("hdl", 9, "通訊社26日專訊", "date")
NC("hdl", 9, "海底撈(06862)公布", "stock_code")
NC("hdl", 9, "截至去年12月31日", "date")
S1("hdl", 9, "按年減約38%", 38, PC, q="approx")
S1("hdl", 9, "中期股息0﹒391港元", 0.391, HKD, vt="0﹒391", step=0.001)
S1("hdl", 9, "全年股息0﹒898港", 0.898, HKD, vt="0﹒898", step=0.001)
S1("hdl", 9, "按年增20%", 20, PC)
S1("hdl", 9, "稅前溢利66﹒2億元", 66.2e8, CNY, vt="66﹒2", step=1e7)
S1("hdl", 9, "升13﹒6%", 13.6, PC, vt="13﹒6", step=0.1)
S1("hdl", 9, "海底撈餐廳數量1355間", 1355, CNT)
S1("hdl", 9, "淨減19間", 19, CNT)
S1("hdl", 9, "售額增長率3%", 3, PC)
S1("hdl", 9, "核心經營利潤62億元", 62e8, CNY)
S1("hdl", 9, "上升18﹒7%", 18.7, PC, vt="18﹒7", step=0.1)
NC("hdl", 9, "在2024年,海底撈", "date")
NC("hdl", 10, "(香港26日综合电)", "date")
NC("hdl", 10, "截至2024年底止", "date")
S1("hdl", 10, "(约28亿6900万令吉)", 28.69e8, MYR, vt="28亿6900万", step=1e6)
S1("hdl", 10, "2024年净利报2140万美元", 2140e4, USD)
S1("hdl", 10, "(约9479万令吉)", 9479e4, MYR)
S1("hdl", 10, "按年增长23.7%", 23.7, PC)
S1("hdl", 10, "至5331万美元", 5331e4, USD)
S1("hdl", 10, "收入报7亿7800万美元", 7.78e8, USD, vt="7亿7800万", step=1e6)
S1("hdl", 10, "按年增长13.4%", 13.4, PC)
S1("hdl", 10, "新开62家餐厅", 62, CNT)
S1("hdl", 10, "自营餐厅59家", 59, CNT)
S1("hdl", 10, "加盟餐厅3家", 3, CNT)
S1("hdl", 10, "重启2家", 2, CNT)
S1("hdl", 10, "关闭或搬迁70家", 70, CNT)
S1("hdl", 10, "共经营1368家餐厅", 1368, CNT)
S1("hdl", 10, "中国大陆地区共1332家", 1332, CNT)
S1("hdl", 10, "港澳台地区共23家", 23, CNT)

# ============================================================ Meituan results
ms = [
    F("mtn", 1, "revenue of 276.7 billion RMB", 276.7e9, CNY),
    F("mtn", 2, "revenue reached RMB 276.74 billion", 276.74e9, CNY),
    F("mtn", 3, "revenue will be 276.7 billion yuan", 276.7e9, CNY),
    F("mtn", 4, "276,745 million RMB in 2023", 276745e6, CNY),
    F("mtn", 5, "2023A Revenue: 2767.4 billion CNY", 2767.4e9, CNY),
    F("mtn", 7, "2023年营收2767亿元", 2767e8, CNY),
]
G("mtn_revenue_2023", MTN, "Meituan's 2023 revenue: 2767亿 = 276.7 billion (three pages) against 276.74 billion and 276,745 million; reportify's '2767.4 billion CNY'",
  "Meituan", "revenue", "2023",
  "276.7 (and 2767亿) round 276.74 and 276,745 million, 276.74 rounds 276,745 million: rounding. '2767.4 billion CNY' "
  "(亿 written as billion) is ten times the others as written: conflict.", ms)
ms = [
    F("mtn", 1, "a 25.8% increase year-over-year", 25.8, PC),
    F("mtn", 2, "a 26% year-on-year growth", 26, PC),
    F("mtn", 3, "a year-on-year increase of 25.8%", 25.8, PC),
    F("mtn", 4, "growth rate of 25.8% for 2023", 25.8, PC),
    F("mtn", 7, "净利润同比增长26%", 26, PC),
    F("mtn", 7, "同比增长26%,归母", 26, PC),
]
G("mtn_revenue_growth_2023_pc", MTN, "Growth of Meituan's 2023 revenue: 25.8% three times against 26% three times", "Meituan",
  "revenue, year-on-year growth", "2023", "26 rounds 25.8: rounding.", ms)
ms = [
    F("mtn", 3, "net profit of 13.9 billion, the highlight", 13.9e9, CNY, nth=1),
    F("mtn", 3, "net profit of 13.9 billion, the highlight", 13.9e9, CNY, nth=2),
    F("mtn", 3, "made a net profit of 13.9 billion yuan", 13.9e9, CNY),
    F("mtn", 5, "2023A Net Profit: 138.6 billion CNY", 138.6e9, CNY),
    F("mtn", 7, "归母净利润为138.6亿元", 138.6e8, CNY),
]
G("mtn_net_profit_2023", MTN, "Meituan's 2023 net profit: 138.6亿 against laitimes' 13.9 billion (thrice) and reportify's '138.6 billion CNY'",
  "Meituan", "net profit (attributable)", "2023",
  "13.9 billion rounds 13.86 billion: rounding. '138.6 billion' is ten times the others as written: conflict.", ms)
ms = [F("mtn", 7, "、307.23%", 307.23, PC), F("mtn", 7, "同比增长307.23%", 307.23, PC)]
G("mtn_net_profit_growth_2023_pc", MTN, "Growth of the 2023 net profit: 307.23% twice on laohucaijing's page", "Meituan",
  "net profit, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("mtn", 3, "a huge loss of 6.7 billion yuan in 2022", -6.7e9, CNY),
    F("mtn", 5, "2022A Net Profit: -66.9 billion CNY", -66.9e9, CNY),
    F("mtn", 7, "去年同期为-66.86亿", -66.86e8, CNY),
    F("mtn", 8, "年内亏损66.9亿元", -66.9e8, CNY),
]
G("mtn_net_profit_2022", MTN, "Meituan's 2022 net result: a loss of 66.86亿 / 66.9亿 / 6.7 billion against reportify's '-66.9 billion CNY'",
  "Meituan", "net profit (loss) for the year", "2022",
  "Losses keyed as negative profits. 66.9亿 and 6.7 billion round 66.86亿, 6.7 billion rounds 66.9亿: rounding. "
  "'-66.9 billion' is ten times the others: conflict.", ms)
ms = [
    F("mtn", 4, "Revenue for 2022 was 219,955 million RMB", 219955e6, CNY),
    F("mtn", 5, "2022A Revenue: 2199.5 billion CNY", 2199.5e9, CNY),
    F("mtn", 6, "annual revenue 220 billion yuan", 220e9, CNY),
    F("mtn", 6, "annual revenue of 220 billion yuan", 220e9, CNY),
    F("mtn", 8, "2022年美团营收2199.5亿元", 2199.5e8, CNY),
]
G("mtn_revenue_2022", MTN, "Meituan's 2022 revenue: 2199.5亿 and 219,955 million against sincy's 220 billion (twice); reportify's '2199.5 billion CNY'",
  "Meituan", "revenue", "2022",
  "220 billion rounds 219.955 billion; 2199.5亿 rounds 219,955 million: rounding. '2199.5 billion' is ten times the others: conflict.", ms)
ms = [
    F("mtn", 6, "an increase of 23%", 23, PC, nth=1),
    F("mtn", 6, "an increase of 23% year-on-year", 23, PC),
    F("mtn", 8, "同比增长22.8%", 22.8, PC),
]
G("mtn_revenue_growth_2022_pc", MTN, "Growth of 2022 revenue: caixin's 22.8% against sincy's 23% (twice)", "Meituan",
  "revenue, year-on-year growth", "2022", "23 rounds 22.8: rounding.", ms)
ms = [
    F("mtn", 4, "from 2,827 million RMB in 2022", 2827e6, CNY),
    F("mtn", 6, "adjusted net profit of 2.80 billion yuan", 2.80e9, CNY),
    F("mtn", 8, "调整后经调溢利为28.3亿元", 28.3e8, CNY),
]
G("mtn_adj_profit_2022", MTN, "Meituan's 2022 adjusted net profit: 28.3亿 and 2,827 million against sincy's 2.80 billion",
  "Meituan", "adjusted net profit", "2022",
  "28.3亿 rounds 2,827 million: rounding. 2.80 (to 0.01 billion) is not a rounding of 2.827 or 2.83: conflict. "
  "reportify calls its 2,827 million 'net profit'; by its value (and its 23,253 million for 2023) it is the adjusted figure.", ms)
ms = [
    F("mtn", 1, "adjusted net profit of 23.3 billion RMB", 23.3e9, CNY),
    F("mtn", 2, "RMB 23.3 billion respectively", 23.3e9, CNY),
    F("mtn", 4, "to 23,253 million RMB in 2023", 23253e6, CNY),
]
G("mtn_adj_profit_2023", MTN, "Meituan's 2023 adjusted net profit: 23.3 billion twice against 23,253 million", "Meituan",
  "adjusted net profit", "2023", "23.3 rounds 23.253: rounding (reportify's 'net profit' label as in mtn_adj_profit_2022).", ms)
ms = [
    F("mtn", 1, "revenue of 73.7 billion RMB", 73.7e9, CNY),
    F("mtn", 2, "a revenue of RMB 73.70 billion", 73.70e9, CNY),
    F("mtn", 7, "第四季度营收736.96亿元", 736.96e8, CNY),
]
G("mtn_q4_revenue_2023", MTN, "Meituan's Q4 2023 revenue: 736.96亿 against 73.7 and 73.70 billion", "Meituan", "revenue", "2023 Q4",
  "73.7 and 73.70 round 73.696: rounding.", ms)
ms = [
    F("mtn", 1, "a year-over-year increase of 22.6%", 22.6, PC),
    F("mtn", 2, "Q4 revenue increased by 22.6%", 22.6, PC),
    F("mtn", 2, "representing a 22.6% year-on-year growth", 22.6, PC),
    F("mtn", 7, "同比增长22.6%", 22.6, PC),
]
G("mtn_q4_revenue_growth_2023_pc", MTN, "Growth of Q4 2023 revenue: 22.6% four times", "Meituan", "revenue, year-on-year growth",
  "2023 Q4", "Consistent.", ms)
ms = [
    F("mtn", 1, "consensus estimate of 72.7 billion RMB", 72.7e9, CNY),
    F("mtn", 2, "expectation of RMB 72.7 billion", 72.7e9, CNY),
]
G("mtn_q4_revenue_consensus_2023", MTN, "Market expectation for Q4 2023 revenue: 72.7 billion twice", "Meituan",
  "revenue, market consensus", "2023 Q4", "Consistent.", ms)
ms = [
    F("mtn", 1, "Adjusted net profit for Q4 was 4.4 billion RMB", 4.4e9, CNY),
    F("mtn", 2, "Adjusted net profit was RMB 4.374 billion", 4.374e9, CNY),
    F("mtn", 7, "经调整净利润为43.75亿元", 43.75e8, CNY),
]
G("mtn_q4_adj_profit_2023", MTN, "Meituan's Q4 2023 adjusted net profit: 43.75亿 against 4.374 billion and 4.4 billion", "Meituan",
  "adjusted net profit", "2023 Q4",
  "4.4 rounds both: rounding. 4.374 against 4.375 (43.75亿), both to a million: conflict (the announcement's 4,374,712 "
  "thousand cut, not rounded).", ms)
ms = [
    F("mtn", 1, "a significant increase of 427.6%", 427.6, PC),
    F("mtn", 2, "a 427.6% year-on-year increase", 427.6, PC),
    F("mtn", 7, "同比增长427.6%", 427.6, PC),
    F("mtn", 7, "同比增长超4倍", 4, TIMES, basis="times", q="over"),
]
G("mtn_q4_adj_profit_growth_2023_pc", MTN, "Growth of Q4 2023 adjusted net profit: 427.6% three times; laohucaijing's headline 增长超4倍",
  "Meituan", "adjusted net profit, growth", "2023 Q4",
  "Consistent. Audit: the headline's 同比增长超4倍 (grew more than four-fold = growth over 400%, written in times) added; it "
  "holds 427.6%: consistent by hand (auto would compare 4 with 427.6).", ms, V(basis("times"), ANY, K))
ms = [F("mtn", 1, "to 4.8 billion RMB. The company", 4.8e9, CNY), F("mtn", 7, "至48亿元", 48e8, CNY)]
G("mtn_q4_newbiz_loss_2023", MTN, "Operating loss of the new initiatives in Q4 2023: 4.8 billion = 48亿 twice", "Meituan (new initiatives)",
  "operating loss", "2023 Q4", "Consistent.", ms)
ms = [F("mtn", 1, "narrowing by 24.1%", 24.1, PC), F("mtn", 7, "同比收窄24%", 24, PC)]
G("mtn_q4_newbiz_loss_narrowing_2023_pc", MTN, "Narrowing of that loss: 24.1% against 24%", "Meituan (new initiatives)",
  "operating loss, year-on-year narrowing", "2023 Q4", "24 rounds 24.1: rounding.", ms)
ms = [
    F("mtn", 2, "compared to RMB 62.62 billion in the same period last year", 62.62e9, CNY),
    F("mtn", 8, "四季度营收601.3亿元", 601.3e8, CNY),
]
G("mtn_q4_revenue_2022", MTN, "Meituan's Q4 2022 revenue: caixin's 601.3亿 against lbkrs' 62.62 billion", "Meituan", "revenue", "2022 Q4",
  "60.13 against 62.62 billion: conflict.", ms)
ms = [F("mtn", 2, "to 21.9 billion; MEITUAN", 21.9e9, CNT), F("mtn", 7, "达219亿笔", 219e8, CNT)]
G("mtn_instant_orders_2023", MTN, "Instant-delivery orders in 2023: 21.9 billion = 219亿 twice", "Meituan", "instant delivery orders",
  "2023", "Consistent.", ms)
ms = [F("mtn", 2, "instant delivery orders grew by 24%", 24, PC), F("mtn", 7, "订单数增长24%", 24, PC)]
G("mtn_instant_orders_growth_2023_pc", MTN, "Growth of instant-delivery orders in 2023: 24% twice", "Meituan",
  "instant delivery orders, growth", "2023", "Consistent.", ms)
ms = [F("mtn", 1, "saw over 100% growth", 100, PC, q="over"), F("mtn", 7, "GTV同比增长超过100%", 100, PC, q="over")]
G("mtn_instore_gtv_growth_2023_pc", MTN, "Growth of the in-store and travel transaction value in 2023: over 100% twice", "Meituan (in-store, hotel and travel)",
  "gross transaction value, growth", "2023", "Consistent.", ms)
ms = [F("mtn", 1, "new business revenue reached 18.6 billion RMB", 18.6e9, CNY), F("mtn", 1, "reported revenue of 18.6 billion RMB in Q4", 18.6e9, CNY)]
G("mtn_q4_newbiz_revenue_2023", MTN, "Revenue of the new initiatives in Q4 2023: 18.6 billion twice on reportify's page", "Meituan (new initiatives)",
  "revenue", "2023 Q4", "Consistent.", ms)
ms = [F("mtn", 2, "the profit margin decreased by 2.1%", 2.1, PC), F("mtn", 2, "decrease in profit margin of 2.1%", 2.1, PC)]
G("mtn_q4_core_margin_change_2023", MTN, "Fall of the core local business's Q4 margin: 2.1% twice on lbkrs' page", "Meituan (core local commerce)",
  "operating margin, year-on-year change", "2023 Q4", "Consistent.", ms)

# mtn singles and non-claims
for n in (1, 4, 5):
    markers("mtn", n)
S1("mtn", 1, "revenue was 55.1 billion RMB", 55.1e9, CNY)
S1("mtn", 1, "up 26.8% year-over-year", 26.8, PC)
S1("mtn", 1, "growing 11.5% year-over-year", 11.5, PC)
S1("mtn", 1, "improved to 33.9%", 33.9, PC)
S1("mtn", 1, "an increase of 5.8 percentage points", 5.8, PP)
S1("mtn", 1, "rose to 22.7%", 22.7, PC)
S1("mtn", 1, "up 4.8 percentage points", 4.8, PP)
S1("mtn", 1, "net profit margin of 5.9%", 5.9, PC)
S1("mtn", 1, "up 4.6 percentage points", 4.6, PP)
S1("mtn", 1, "up 722.5% year-over-year", 722.5, PC)
S1("mtn", 1, "Closing price (HKD): 96.80", 96.80, HKD)
S1("mtn", 1, "Total shares (billion): 6.235", 6.235e9, CNT, vt="6.235")
S1("mtn", 1, "Net assets (billion RMB): 151.956", 151.956e9, CNY, vt="151.956")
S1("mtn", 1, "Total assets (billion RMB): 293.030", 293.030e9, CNY, vt="293.030")
S1("mtn", 1, "Net asset per share (RMB): 24.34", 24.34, CNY)
S1("mtn", 1, "reached 6.05 billion orders in Q4", 6.05e9, CNT)
S1("mtn", 1, "a year-over-year increase of 25.2%", 25.2, PC)
S1("mtn", 1, "orders were 57.42 million", 57.42e6, CNT)
S1("mtn", 1, "up 24.8% year-over-year", 24.8, PC)
NC("mtn", 2, "On Friday, March 22nd", "date")
NC("mtn", 2, "ending on December 31st", "date")
S1("mtn", 2, "Operating profit in the fourth quarter was RMB 1.76 billion", 1.76e9, CNY)
S1("mtn", 2, "the estimated RMB 1.34 billion", 1.34e9, CNY)
S1("mtn", 2, "Adjusted EBITDA was RMB 3.74 billion", 3.74e9, CNY)
S1("mtn", 2, "a 26.5% year-on-year increase", 26.5, PC)
S1("mtn", 2, "the estimated RMB 275.38 billion", 275.38e9, CNY)
S1("mtn", 2, "operating profit was RMB 13.42 billion", 13.42e9, CNY)
S1("mtn", 2, "the estimated RMB 13.2 billion", 13.2e9, CNY)
S1("mtn", 2, "increased to RMB 23.9 billion", 23.9e9, CNY)
S1("mtn", 2, "growth rate exceeding 40%", 40, PC, q="over")
NC("mtn", 3, "on March 22, Meituan", "date")
S1("mtn", 3, "segment was $38.7 billion", 38.7e9, USD)
S1("mtn", 3, "up 31.2% year-on-year", 31.2, PC)
S1("mtn", 3, "narrowed from $28.4 billion in 2022", 28.4e9, USD)
S1("mtn", 3, "to $20.2 billion in 2023", 20.2e9, USD)
NC("mtn", 4, "Meituan (3690 HK)", "stock_code")
S1("mtn", 4, "target price of HKD 129.00", 129.00, HKD)
S1("mtn", 4, "potential upside of 14.5%", 14.5, PC)
S1("mtn", 4, "current price of HKD 112.70", 112.70, HKD)
S1("mtn", 4, "increased by 57 billion RMB", 57e9, CNY)
S1("mtn", 4, "(up 18% to", 18, PC)
S1("mtn", 4, "to 374 billion RMB)", 374e9, CNY)
S1("mtn", 4, "upwards by approximately 1%", 1, PC, q="approx")
S1("mtn", 4, "331,135 million RMB in 2024", 331135e6, CNY)
S1("mtn", 4, "19.7% for 2024", 19.7, PC)
S1("mtn", 4, "37,620 million RMB in 2024", 37620e6, CNY)
S1("mtn", 4, "from 0.45 RMB in 2022", 0.45, CNY)
S1("mtn", 4, "to 3.71 RMB in 2023", 3.71, CNY)
S1("mtn", 4, "to 5.97 RMB in 2024", 5.97, CNY)
S1("mtn", 4, "saw a 24% year-on-year increase", 24, PC)
S1("mtn", 4, "slightly lagging at 23%", 23, PC)
S1("mtn", 4, "growth of over 60% in order volume", 60, PC, q="over")
S1("mtn", 4, "(GTV) grew by over 60%", 60, PC, q="over")
S1("mtn", 4, "revenue increasing by 30%", 30, PC)
S1("mtn", 4, "approximately 1.3 RMB per order", 1.3, CNY, q="approx")
S1("mtn", 4, "narrow by 30 billion RMB", 30e9, CNY)
NC("mtn", 5, "Meituan-W (03690.HK)", "stock_code")
S1("mtn", 5, "revenue of 732.8 billion CNY", 732.8e9, CNY)
S1("mtn", 5, "year-on-year growth of 25.0%", 25.0, PC)
S1("mtn", 5, "The net profit was 53.7 billion CNY", 53.7e9, CNY)
S1("mtn", 5, "adjusted net profit of 74.9 billion CNY", 74.9e9, CNY)
S1("mtn", 5, "up from 54.9 billion CNY", 54.9e9, CNY)
S1("mtn", 5, "revenue reached 546.3 billion CNY", 546.3e9, CNY)
S1("mtn", 5, "growing by 27.4% year-on-year", 27.4, PC)
S1("mtn", 5, "New business revenue was 186.5 billion CNY", 186.5e9, CNY)
S1("mtn", 5, "an increase of 18.5% year-on-year", 18.5, PC)
S1("mtn", 5, "2024E Revenue: 3186.7 billion CNY", 3186.7e9, CNY)
S1("mtn", 5, "Q1 2024 was 52.1 billion CNY", 52.1e9, CNY)
S1("mtn", 5, "operating profit margin of 7.1%", 7.1, PC)
S1("mtn", 5, "improved to 35.1%", 35.1, PC)
S1("mtn", 5, "up 1.3 percentage points", 1.3, PP)
G("mtn_net_profit_2024e", MTN, "reportify's 2024E net-profit forecast for Meituan: 265.8 billion CNY twice on one page (亿 written as billion, as elsewhere on the page)",
  "Meituan", "net profit, forecast", "2024E", "Same figure twice: consistent (audit: were two singles).",
  [F("mtn", 5, "2024E Net Profit: 265.8 billion CNY", 265.8e9, CNY), F("mtn", 5, "net profits of 265.8 billion CNY", 265.8e9, CNY)])
S1("mtn", 5, "385.4 billion CNY, and", 385.4e9, CNY)
S1("mtn", 5, "492.3 billion CNY for 2024E", 492.3e9, CNY)
NC("mtn", 6, "On March 24, Meituan", "date")
S1("mtn", 6, "increased by 24% year-on-year to 20.70", 24, PC)
S1("mtn", 6, "to 20.70 billion yuan", 20.70e9, CNY)
S1("mtn", 6, "orders increased by 14% year-on-year", 14, PC)
S1("mtn", 6, "to 17.70 billion orders", 17.70e9, CNT)
S1("mtn", 6, "exceeded 60 million orders", 60e6, CNT, q="over")
S1("mtn", 6, "users reached 40.8", 40.8, CNT)
S1("mtn", 6, "an increase of 14% year-on-year.", 14, PC)
NC("mtn", 7, "22日盘后,美团公布了2023年业绩数据", "date")
NC("mtn", 7, "3月22日盘后", "date")
S1("mtn", 7, "收入同比增长28.7%", 28.7, PC)
S1("mtn", 7, "至人民币2069亿元", 2069e8, CNY)
S1("mtn", 7, "由2022年的18.4%", 18.4, PC)
S1("mtn", 7, "提高至18.7%", 18.7, PC)
S1("mtn", 7, "同比增长近30%", 30, PC, q="under")
S1("mtn", 7, "年交易用户增长超30%", 30, PC, q="over")
S1("mtn", 7, "年活跃商户增长超60%", 60, PC, q="over")
S1("mtn", 7, "由2022年的397亿元", 397e8, CNY)
S1("mtn", 7, "增长47.5%", 47.5, PC)
S1("mtn", 7, "至586亿元", 586e8, CNY)
S1("mtn", 7, "占收入百分比由18.1%", 18.1, PC)
S1("mtn", 7, "同比增长3.1个百分点", 3.1, PP)
S1("mtn", 7, "至21.2%", 21.2, PC)
S1("mtn", 7, "全年收入上升至698亿元", 698e8, CNY)
NC("mtn", 8, "3月24日", "date")
NC("mtn", 8, "(3690.hk)", "stock_code")
S1("mtn", 8, "彭博预期的579.2亿元", 579.2e8, CNY)
S1("mtn", 8, "同比增长21.4%", 21.4, PC)
S1("mtn", 8, "四季度净亏损10.8亿元", 10.8e8, CNY)
S1("mtn", 8, "同比收窄79.7%", 79.7, PC)
S1("mtn", 8, "净利润为8.291亿元", 8.291e8, CNY)
S1("mtn", 8, "彭博预期的5.278亿元", 5.278e8, CNY)
S1("mtn", 8, "上年同期亏损39.4亿元", 39.4e8, CNY)
S1("mtn", 8, "同比收窄71.6%", 71.6, PC)
S1("mtn", 8, "交易用户数量为6.78亿", 6.78e8, CNT)
S1("mtn", 8, "同比下降1.8%", 1.8, PC)
S1("mtn", 8, "活跃商家数量为930万", 930e4, CNT)
S1("mtn", 8, "同比增加5.1%", 5.1, PC)
NC("mtn", 9, "通訊社25日專訊", "date")
NC("mtn", 9, "美團(03690)公布", "stock_code")
NC("mtn", 9, "截至2021年12月31日", "date")
for q_, v_, u_, st_ in [("按年增長43﹒6%", 43.6, PC, 0.1), ("至7021億元", 7021e8, CNY, None), ("增長45﹒3%", 45.3, PC, 0.1),
                        ("至963億元", 963e8, CNY, None), ("按年升1﹒21倍", 1.21, TIMES, 0.01), ("至62億元", 62e8, CNY, None)]:
    vt_ = re.search(r"\d+﹒\d+", q_).group(0) if "﹒" in q_ else None
    if vt_:
        S1("mtn", 9, q_, v_, u_, vt=vt_, step=st_)
    else:
        S1("mtn", 9, q_, v_, u_)
for q_, v_, u_, st_ in [("4﹒3%增至", 4.3, PC, 0.1), ("增至6﹒4%", 6.4, PC, 0.1), ("按年增加53﹒1%", 53.1, PC, 0.1),
                        ("至325億元", 325e8, CNY, None), ("71﹒95%至", 71.95, PC, 0.01), ("至141億元", 141e8, CNY, None),
                        ("由38﹒5%", 38.5, PC, 0.1), ("提升至43﹒3%", 43.3, PC, 0.1), ("按年增長84﹒4%", 84.4, PC, 0.1),
                        ("至503億元", 503e8, CNY, None), ("至2021年的384億元", 384e8, CNY, None),
                        ("擴大36﹒6個百分點", 36.6, PP, 0.1)]:
    vt_ = re.search(r"\d+﹒\d+", q_).group(0) if "﹒" in q_ else None
    if vt_:
        S1("mtn", 9, q_, v_, u_, vt=vt_, step=st_)
    else:
        S1("mtn", 9, q_, v_, u_)
S1("mtn", 9, "由2020年的109", 109e8, CNY, vt="109", mult=1e8)

# ============================================================ NIO and Li Auto: deliveries and results
ANYM = lambda m: True  # noqa: E731


def SAMEPAGE_D(ms):
    """Audit: a vehicle-margin mention ('veh') against a gross-margin one on the same page, which labels the two apart:
    plain different_basis (across pages OTHER's different_basis with auto's alt stands)."""
    out = {}
    for i, a in enumerate(ms):
        for j in range(i + 1, len(ms)):
            b = ms[j]
            if a["file"] == b["file"] and (a["_basis"] == "veh") != (b["_basis"] == "veh"):
                out[(i + 1, j + 1)] = D
    return out

ms = [
    F("nev", 2, "record delivery of 160,038 vehicles", 160038, CNT),
    F("nev", 4, "160038 new cars were delivered", 160038, CNT),
    F("nev", 5, "NIO delivered 160038 new vehicles", 160038, CNT),
    F("nev", 5, "delivered 160,000 new vehicles", 160000, CNT),
    F("nev", 8, "分别只有16万辆", 16e4, CNT),
    F("nev", 9, "完整年份车辆交付量为160,038辆", 160038, CNT),
    F("nev", 9, "交付量为 160,038 辆", 160038, CNT),
]
G("nev_nio_deliveries_2023", NEV, "NIO's 2023 deliveries: 160,038 on five mentions against 160,000 and zyico's 16万",
  "NIO", "vehicle deliveries", "2023", "160,000 and 16万 round 160,038: rounding.", ms)
ms = [
    F("nev", 4, "a year-on-year increase of 30.7%", 30.7, PC),
    F("nev", 5, "up 30.7% year-on-year", 30.7, PC),
    F("nev", 9, "增长了 30.7%", 30.7, PC),
]
G("nev_nio_deliveries_growth_2023_pc", NEV, "Growth of NIO's 2023 deliveries: 30.7% three times", "NIO", "vehicle deliveries, growth", "2023",
  "Consistent.", ms)
ms = [
    F("nev", 2, "total revenue was RMB 55.6179 billion", 55.6179e9, CNY),
    F("nev", 3, "annual revenue was 55.6179 billion yuan", 55.6179e9, CNY),
    F("nev", 4, "annual revenue for 2023 was 55.62 billion yuan", 55.62e9, CNY),
    F("nev", 8, "全年营收556.2亿元", 556.2e8, CNY),
    F("nev", 9, "人民币556.179亿元", 556.179e8, CNY),
]
G("nev_nio_revenue_2023", NEV, "NIO's 2023 revenue: 55.6179 billion (556.179亿) three times against 55.62 billion and 556.2亿",
  "NIO", "total revenue", "2023", "55.62 / 556.2亿 round 55.6179: rounding.", ms)
ms = [F("nev", 2, "(USD 7.8336 billion)", 7.8336e9, USD), F("nev", 9, "(合78.336亿美元)", 78.336e8, USD)]
G("nev_nio_revenue_2023_usd", NEV, "NIO's 2023 revenue in dollars: US$7.8336 billion twice", "NIO", "total revenue (US$)", "2023", "Consistent.", ms)
ms = [
    F("nev", 2, "a 12.9% increase from 2022", 12.9, PC),
    F("nev", 3, "a year-on-year increase of 12.9%", 12.9, PC),
    F("nev", 4, "a year-on-year increase of 12.9%", 12.9, PC),
    F("nev", 8, "同比增长12.9%", 12.9, PC),
]
G("nev_nio_revenue_growth_2023_pc", NEV, "Growth of NIO's 2023 revenue: 12.9% four times", "NIO", "total revenue, growth", "2023", "Consistent.", ms)
ms = [
    F("nev", 1, "exceeding 20 billion yuan", 20e9, CNY, q="over"),
    F("nev", 2, "the net loss was RMB 20.7198 billion", 20.7198e9, CNY),
    F("nev", 3, "The net loss in 2023 was 20.7198 billion yuan", 20.7198e9, CNY),
    F("nev", 4, "further expanded to 20.72 billion yuan", 20.72e9, CNY),
    F("nev", 8, "净亏损扩大到207.2亿元", 207.2e8, CNY),
]
G("nev_nio_net_loss_2023", NEV, "NIO's 2023 net loss: 20.7198 billion twice against 20.72 billion and 207.2亿; costmanagement's 'exceeding 20 billion'",
  "NIO", "net loss", "2023", "20.72 / 207.2亿 round 20.7198: rounding; 'exceeding 20 billion' holds all: consistent.", ms)
ms = [F("nev", 3, "a year-on-year increase of 43.5%", 43.5, PC), F("nev", 4, "a year-on-year increase of 43.5%", 43.5, PC)]
G("nev_nio_net_loss_growth_2023_pc", NEV, "Growth of NIO's 2023 net loss: 43.5% twice", "NIO", "net loss, growth", "2023", "Consistent.", ms)
ms = [F("nev", 2, "a net loss of RMB 14.4371 billion in 2022", 14.4371e9, CNY), F("nev", 11, "蔚來虧掉了144億", 144e8, CNY)]
G("nev_nio_net_loss_2022", NEV, "NIO's 2022 net loss: 14.4371 billion against learnwithfaith's 144億", "NIO", "net loss", "2022",
  "144億 rounds 144.371亿: rounding.", ms)
ms = [
    F("nev", 1, "NIO delivered 50,000 new cars", 50000, CNT),
    F("nev", 2, "NIO delivered 50,045 vehicles", 50045, CNT),
    F("nev", 9, "季度车辆交付量为50,045辆", 50045, CNT),
    F("nev", 9, "汽车交付量为50,045辆,包括", 50045, CNT),
]
G("nev_nio_deliveries_q4_2023", NEV, "NIO's Q4 2023 deliveries: 50,045 three times against costmanagement's 50,000", "NIO", "vehicle deliveries",
  "2023 Q4", "50,000 rounds 50,045: rounding.", ms)
ms = [
    F("nev", 1, "an increase of 24.95% year-on-year", 24.95, PC),
    F("nev", 2, "representing a 25.0% increase", 25.0, PC),
    F("nev", 9, "增长了25.0%", 25.0, PC),
]
G("nev_nio_deliveries_q4_growth_pc", NEV, "Year-on-year growth of Q4 2023 deliveries: 25.0% twice against 24.95%", "NIO",
  "vehicle deliveries, year-on-year growth", "2023 Q4", "25.0 rounds 24.95: rounding.", ms)
ms = [
    F("nev", 1, "a decrease of 9.71% month-on-month", 9.71, PC),
    F("nev", 2, "a 9.7% decrease quarter-over-quarter", 9.7, PC),
    F("nev", 9, "下降了9.7%", 9.7, PC),
]
G("nev_nio_deliveries_q4_qoq_pc", NEV, "Quarter-on-quarter fall of Q4 2023 deliveries: 9.7% twice against 9.71%", "NIO",
  "vehicle deliveries, change on the previous quarter", "2023 Q4", "9.7 rounds 9.71: rounding.", ms)
ms = [F("nev", 2, "including 33,679 high-end", 33679, CNT), F("nev", 9, "包括33,679辆", 33679, CNT)]
G("nev_nio_suvs_q4_2023", NEV, "NIO SUVs delivered in Q4 2023: 33,679 twice", "NIO", "SUV deliveries", "2023 Q4", "Consistent.", ms)
ms = [F("nev", 2, "and 16,366 high-end", 16366, CNT), F("nev", 9, "和16,366辆", 16366, CNT)]
G("nev_nio_sedans_q4_2023", NEV, "NIO sedans delivered in Q4 2023: 16,366 twice", "NIO", "sedan deliveries", "2023 Q4", "Consistent.", ms)
ms = [
    F("nev", 1, "achieved revenue of 17.103 billion yuan", 17.103e9, CNY),
    F("nev", 2, "reached RMB 17.1032 billion", 17.1032e9, CNY),
    F("nev", 3, "revenue was 17.1032 billion yuan", 17.1032e9, CNY),
    F("nev", 4, "a revenue of 17.10 billion yuan", 17.10e9, CNY),
    F("nev", 9, "人民币171.032亿元", 171.032e8, CNY),
]
G("nev_nio_revenue_q4_2023", NEV, "NIO's Q4 2023 revenue: 17.1032 billion (171.032亿) three times against 17.103 and 17.10 billion",
  "NIO", "total revenue", "2023 Q4", "17.103 and 17.10 round 17.1032 (and 17.10 rounds 17.103): rounding.", ms)
ms = [F("nev", 2, "(USD 2.4089 billion)", 2.4089e9, USD), F("nev", 9, "(合24.089亿美元)", 24.089e8, USD)]
G("nev_nio_revenue_q4_2023_usd", NEV, "NIO's Q4 2023 revenue in dollars: US$2.4089 billion twice", "NIO", "total revenue (US$)", "2023 Q4",
  "Consistent.", ms)
ms = [
    F("nev", 1, "an increase of 6.47% year-on-year", 6.47, PC),
    F("nev", 2, "a 6.5% increase compared to Q4 2022", 6.5, PC),
    F("nev", 3, "a year-on-year increase of 6.5%, and", 6.5, PC),
    F("nev", 4, "a year-on-year increase of 6.5%;", 6.5, PC),
]
G("nev_nio_revenue_q4_growth_pc", NEV, "Growth of NIO's Q4 2023 revenue: 6.5% three times against 6.47%", "NIO", "total revenue, year-on-year growth",
  "2023 Q4", "6.5 rounds 6.47: rounding.", ms)
ms = [F("nev", 1, "a decrease of 10.30% month-on-month", 10.30, PC), F("nev", 2, "a 10.3% decrease from Q3 2023", 10.3, PC)]
G("nev_nio_revenue_q4_qoq_pc", NEV, "Quarter-on-quarter fall of NIO's Q4 revenue: 10.30% and 10.3%", "NIO", "total revenue, change on the previous quarter",
  "2023 Q4", "Same value: consistent.", ms)
ms = [
    F("nev", 2, "Q4 2023 was RMB 5.3677 billion", 5.3677e9, CNY),
    F("nev", 3, "fourth quarter of 2023 was 5.3677 billion yuan", 5.3677e9, CNY),
    F("nev", 4, "The net loss was 5.3677 billion yuan", 5.3677e9, CNY),
]
G("nev_nio_net_loss_q4_2023", NEV, "NIO's Q4 2023 net loss: 5.3677 billion three times", "NIO", "net loss", "2023 Q4", "Consistent.", ms)
ms = [
    F("nev", 2, "a reduction of 7.2%", 7.2, PC),
    F("nev", 3, "a year-on-year decrease of 7.2%", 7.2, PC),
    F("nev", 4, "a year-on-year decrease of 7.2%", 7.2, PC),
]
G("nev_nio_net_loss_q4_yoy_pc", NEV, "Year-on-year fall of the Q4 net loss: 7.2% three times", "NIO", "net loss, year-on-year change", "2023 Q4",
  "Consistent.", ms)
ms = [F("nev", 2, "an increase of 17.8%", 17.8, PC), F("nev", 4, "increase of 17.8%", 17.8, PC)]
G("nev_nio_net_loss_q4_qoq_pc", NEV, "Quarter-on-quarter rise of the Q4 net loss: 17.8% twice", "NIO", "net loss, change on the previous quarter",
  "2023 Q4", "Consistent.", ms)
ms = [
    F("nev", 2, "The gross margin for Q4 2023 was 7.5%", 7.5, PC),
    F("nev", 4, "gross profit margin for the fourth quarter was 11.9%", 11.9, PC),
    F("nev", 2, "gross margin for Q4 2023 reached 11.9%", 11.9, PC, basis="veh"),
]
G("nev_nio_gross_margin_q4_2023", NEV, "NIO's Q4 2023 gross margin: reportify's 7.5% against kr.logomoney's 11.9%", "NIO", "gross margin", "2023 Q4",
  "As written both are the Q4 gross (profit) margin: conflict. 11.9% is NIO's Q4 vehicle margin (reportify's 'automotive "
  "gross margin'), so kr.logomoney's label may be loose: different_basis as alt. Audit: reportify's automotive (vehicle) "
  "margin 11.9% added as basis 'veh': against kr.logomoney's 11.9% consistent, against the gross margin 7.5% different_basis.",
  ms, V(basis("a"), basis("a"), (C, D)), OTHER(("veh",)), SAMEPAGE_D)
ms = [
    F("nev", 3, "comprehensive gross profit margin is 5.5%", 5.5, PC),
    F("nev", 4, "annual gross profit margin was 5.5%", 5.5, PC),
    F("nev", 8, "全年毛利率为5.5%", 5.5, PC),
    F("nev", 3, "gross profit margin was 9.5%", 9.5, PC, basis="veh"),
]
G("nev_nio_gross_margin_2023", NEV, "NIO's 2023 gross margin: 5.5% three times; jp.logomoney's 'gross profit margin was 9.5%' (the vehicle margin)",
  "NIO", "gross margin", "2023",
  "5.5% consistent. Audit: jp.logomoney's 9.5% added as basis 'veh': the page calls it 'gross profit margin' and sets the "
  "5.5% apart as the 'comprehensive' one, so against 5.5% different_basis with conflict as alt (on its own page plain "
  "different_basis).", ms, OTHER(("veh",)), SAMEPAGE_D)
ms = [F("nev", 3, "from 10.4% in 2022", 10.4, PC), F("nev", 4, "from 10.4% in 2022", 10.4, PC),
      F("nev", 3, "from 13.7% in 2022", 13.7, PC, basis="veh")]
G("nev_nio_gross_margin_2022", NEV, "NIO's 2022 gross margin: 10.4% twice; jp.logomoney's 'gross profit margin' 13.7% (the vehicle margin)",
  "NIO", "gross margin", "2022", "10.4% consistent; 13.7% (audit: added, basis 'veh' as in nev_nio_gross_margin_2023) "
  "different_basis with conflict as alt (on its own page plain different_basis).", ms, OTHER(("veh",)), SAMEPAGE_D)
ms = [F("nev", 3, "a decrease of about 5 percentage points", 5, PP, q="approx"), F("nev", 4, "a decrease of 4.9 percentage points", 4.9, PP),
      F("nev", 3, "a decrease of 4.2 percentage points", 4.2, PP, basis="veh")]
G("nev_nio_gross_margin_change_2023", NEV, "Fall of NIO's gross margin from 2022 to 2023: 'about 5' against 4.9 points", "NIO",
  "gross margin, change", "2023", "'About 5' holds 4.9: consistent. Audit: jp.logomoney's 4.2 points (the vehicle margin's "
  "fall, 13.7% -> 9.5%) added as basis 'veh': different_basis with conflict as alt (on its own page plain "
  "different_basis).", ms, OTHER(("veh",)), SAMEPAGE_D)
ms = [F("nev", 3, "investment of 13.4314 billion yuan", 13.4314e9, CNY), F("nev", 4, "invested 13.4314 billion yuan", 13.4314e9, CNY)]
G("nev_nio_rd_2023", NEV, "NIO's 2023 R&D spending: 13.4314 billion twice", "NIO", "research and development expenses", "2023", "Consistent.", ms)
ms = [F("nev", 3, "a year-on-year increase of 23.9%", 23.9, PC), F("nev", 4, "a year-on-year increase of 23.9%", 23.9, PC)]
G("nev_nio_rd_growth_2023_pc", NEV, "Growth of NIO's R&D spending: 23.9% twice", "NIO", "R&D expenses, growth", "2023", "Consistent.", ms)
ms = [F("nev", 3, "a total loss of over 86 billion yuan", 86e9, CNY, q="over"), F("nev", 4, "a total loss of over 86 billion yuan", 86e9, CNY, q="over")]
G("nev_nio_cumulative_loss", NEV, "NIO's losses over six years: over 86 billion twice", "NIO", "cumulative losses (six years)", "2018-2023",
  "Consistent.", ms)
ms = [
    F("nev", 6, "to over 200,000, said", 200000, CNT, q="over"),
    F("nev", 6, "more than 200,000 globally", 200000, CNT, q="over"),
    F("nev", 7, "doubling to 250,000 vehicles", 250000, CNT),
]
G("nev_nio_target_2023", NEV, "NIO's 2023 delivery target: 'over 200,000' (president Qin, twice) and 250,000 (CFO Feng)", "NIO",
  "delivery target", "2023", "'Over 200,000' holds 250,000: consistent.", ms)
ms = [
    F("nev", 6, "to 122,486 in 2022", 122486, CNT),
    F("nev", 7, "a total of 122,486 new vehicles", 122486, CNT),
    F("nev", 11, "12.25萬輛", 12.25e4, CNT),
    F("nev", 17, "全年交付量为122486辆", 122486, CNT),
    F("nev", 17, "蔚来2022年的交付量为122486辆", 122486, CNT),
]
G("nev_nio_deliveries_2022", NEV, "NIO's 2022 deliveries: 122,486 four times against learnwithfaith's 12.25萬", "NIO", "vehicle deliveries", "2022",
  "12.25萬 rounds 122,486: rounding.", ms)
ms = [F("nev", 6, "rose 34 percent", 34, PC), F("nev", 17, "同比增长34%", 34, PC)]
G("nev_nio_deliveries_growth_2022_pc", NEV, "Growth of NIO's 2022 deliveries: 34% twice", "NIO", "vehicle deliveries, growth", "2022", "Consistent.", ms)
ms = [
    F("nev", 11, "蔚來收入493億元", 493e8, CNY),
    F("nev", 17, "蔚来全年营收492.69亿元", 492.69e8, CNY),
    F("nev", 17, "2022年全年营收492.69亿元", 492.69e8, CNY),
    F("nev", 17, "首次超过400亿元", 400e8, CNY, q="over"),
]
G("nev_nio_revenue_2022", NEV, "NIO's 2022 revenue: 492.69亿 twice against learnwithfaith's 493億; zwygzlb's 首次超过400亿元", "NIO", "total revenue", "2022",
  "493 rounds 492.69: rounding. 'Over 400亿' (audit: added, was a single) holds both: consistent.", ms)
ms = [
    F("nev", 11, "分別是453億元", 453e8, CNY),
    F("nev", 12, "營收452.9億元", 452.9e8, CNY),
    F("nev", 17, "理想汽车全年营收452.9亿元", 452.9e8, CNY),
    F("nev", 17, "2022年全年营收452.9亿元", 452.9e8, CNY),
]
G("nev_li_revenue_2022", NEV, "Li Auto's 2022 revenue: 452.9亿 three times against learnwithfaith's 453億", "Li Auto", "total revenue", "2022",
  "453 rounds 452.9: rounding.", ms)
ms = [F("nev", 12, "同比增長67.7%", 67.7, PC), F("nev", 17, "同比增长67.7%", 67.7, PC)]
G("nev_li_revenue_growth_2022_pc", NEV, "Growth of Li Auto's 2022 revenue: 67.7% twice", "Li Auto", "total revenue, growth", "2022", "Consistent.", ms)
ms = [
    F("nev", 11, "13.32萬輛", 13.32e4, CNT),
    F("nev", 12, "全年交付133,246輛", 133246, CNT),
    F("nev", 15, "較去年的 133,246 輛", 133246, CNT),
    F("nev", 17, "全年交付量为133246辆", 133246, CNT),
    F("nev", 17, "全年交付了133246辆车", 133246, CNT),
]
G("nev_li_deliveries_2022", NEV, "Li Auto's 2022 deliveries: 133,246 four times against learnwithfaith's 13.32萬", "Li Auto", "vehicle deliveries",
  "2022", "13.32萬 rounds 133,246: rounding.", ms)
ms = [F("nev", 12, "同比增長47.2%", 47.2, PC), F("nev", 17, "同比增长47.2%", 47.2, PC)]
G("nev_li_deliveries_growth_2022_pc", NEV, "Growth of Li Auto's 2022 deliveries: 47.2% twice", "Li Auto", "vehicle deliveries, growth", "2022",
  "Consistent.", ms)
ms = [F("nev", 12, "營收176.5億元", 176.5e8, CNY), F("nev", 17, "第四季度营收176.5亿元", 176.5e8, CNY)]
G("nev_li_revenue_q4_2022", NEV, "Li Auto's Q4 2022 revenue: 176.5亿 twice", "Li Auto", "total revenue", "2022 Q4", "Consistent.", ms)
ms = [F("nev", 10, "高于2022年的19.4%", 19.4, PC), F("nev", 12, "全年毛利率達(dá)到19.4%", 19.4, PC)]
G("nev_li_gross_margin_2022", NEV, "Li Auto's 2022 gross margin: 19.4% twice", "Li Auto", "gross margin", "2022", "Consistent.", ms)
ms = [F("nev", 12, "同比增長66.2%", 66.2, PC, nth=1), F("nev", 12, "同比增長66.2%", 66.2, PC, nth=2)]
G("nev_li_revenue_q4_growth_2022_pc", NEV, "Growth of Li Auto's Q4 2022 revenue: 66.2% in 277762's headline and text", "Li Auto",
  "total revenue, growth", "2022 Q4", "Consistent.", ms)
ms = [
    F("nev", 8, "营收达到1238.5亿元", 1238.5e8, CNY),
    F("nev", 10, "全年实现营收1238.5亿元", 1238.5e8, CNY),
    F("nev", 10, "全年1238.5亿元的营收", 1238.5e8, CNY),
    F("nev", 15, "人民幣1238.5億元", 1238.5e8, CNY),
]
G("nev_li_revenue_2023", NEV, "Li Auto's 2023 revenue: 1238.5亿 four times", "Li Auto", "total revenue", "2023", "Consistent.", ms)
ms = [
    F("nev", 8, "全年共交付37.6万辆", 37.6e4, CNT),
    F("nev", 10, "全年累计交付37.6万辆", 37.6e4, CNT),
    F("nev", 15, "交付量為376,030輛", 376030, CNT),
    F("nev", 15, "達到 376,030 輛", 376030, CNT),
]
G("nev_li_deliveries_2023", NEV, "Li Auto's 2023 deliveries: 376,030 twice against 37.6万 twice", "Li Auto", "vehicle deliveries", "2023",
  "37.6万 rounds 376,030: rounding.", ms)
ms = [F("nev", 10, "同比增长182.2%", 182.2, PC), F("nev", 15, "增長了 182.2%", 182.2, PC)]
G("nev_li_deliveries_growth_2023_pc", NEV, "Growth of Li Auto's 2023 deliveries: 182.2% twice", "Li Auto", "vehicle deliveries, growth", "2023",
  "Consistent.", ms)
ms = [F("nev", 10, "净利润118.1亿元。实现", 118.1e8, CNY), F("nev", 10, "净利润为118.1亿元", 118.1e8, CNY)]
G("nev_li_net_profit_2023", NEV, "Li Auto's 2023 net profit: 118.1亿 twice on wanbiaoku's page", "Li Auto", "net profit", "2023", "Consistent.", ms)
ms = [F("nev", 10, "现金储备达到1036.7亿元", 1036.7e8, CNY), F("nev", 13, "短期投资1033亿元", 1033e8, CNY)]
G("nev_li_cash_end2023", NEV, "Li Auto's cash at the end of 2023: wanbiaoku's 1036.7亿 against fxbaogao's 1033亿 (cash, deposits and short-term investments)",
  "Li Auto", "cash reserves (cash, deposits and short-term investments)", "end of 2023",
  "1033 is not a rounding of 1036.7: conflict.", ms)
ms = [
    F("nev", 13, "公司Q4实现销量13.2万辆", 13.2e4, CNT),
    F("nev", 14, "delivered a record 131,805 vehicles", 131805, CNT),
    F("nev", 15, "季度交付量達到131,805輛", 131805, CNT),
    F("nev", 15, "總交付量為131,805輛", 131805, CNT),
]
G("nev_li_deliveries_q4_2023", NEV, "Li Auto's Q4 2023 deliveries: 131,805 three times against fxbaogao's 13.2万", "Li Auto", "vehicle deliveries",
  "2023 Q4", "13.2万 rounds 131,805: rounding.", ms)
ms = [F("nev", 13, "同比/环比+185%", 185, PC), F("nev", 15, "同比增長184.6%", 184.6, PC)]
G("nev_li_deliveries_q4_growth_pc", NEV, "Year-on-year growth of Li Auto's Q4 2023 deliveries: 184.6% against +185%", "Li Auto",
  "vehicle deliveries, growth", "2023 Q4", "185 rounds 184.6: rounding.", ms)
ms = [
    F("nev", 13, "营收404亿元", 404e8, CNY),
    F("nev", 14, "revenue of RMB 41.73 billion yuan", 41.73e9, CNY),
    F("nev", 15, "人民幣417.3億元", 417.3e8, CNY),
    F("nev", 14, "was RMB 40.38 billion", 40.38e9, CNY, basis="veh"),
]
G("nev_li_revenue_q4_2023", NEV, "Li Auto's Q4 2023 revenue: 41.73 billion (417.3億) against fxbaogao's 营收404亿",
  "Li Auto", "total revenue", "2023 Q4",
  "41.73 = 417.3億: consistent. fxbaogao's 营收404亿 (+134%) is as written the quarter's revenue, 13.3 billion short: "
  "conflict; it matches the vehicle-sales revenue (40.38 billion, +133.8%), so different_basis is the alt.", ms,
  V(val(404e8), basis("a"), (C, D)), V(val(404e8), basis("veh"), (D, R)), V(basis("veh"), lambda m: m["value"] != 404e8, D))
ms = [F("nev", 13, "同比+134%", 134, PC), F("nev", 14, "up 136.4 percent year-on-year", 136.4, PC),
      F("nev", 14, "up 133.8 percent", 133.8, PC, basis="veh")]
G("nev_li_revenue_q4_growth_pc", NEV, "Growth of Li Auto's Q4 2023 revenue: 136.4% against fxbaogao's +134%", "Li Auto",
  "total revenue, growth", "2023 Q4", "As the revenue figures: conflict, different_basis (vehicle sales +133.8%) as alt. "
  "Audit: cnevpost's vehicle-sales growth 133.8% added as basis 'veh': against +134% different_basis with rounding as alt, "
  "against 136.4% different_basis.", ms,
  V(basis("a"), basis("a"), (C, D)), V(val(134), basis("veh"), (D, R)), V(val(136.4), basis("veh"), D))
ms = [F("nev", 14, "($5.88 billion)", 5.88e9, USD), F("nev", 15, "(合58.8億美元)", 58.8e8, USD)]
G("nev_li_revenue_q4_2023_usd", NEV, "Li Auto's Q4 2023 revenue in dollars: US$5.88 billion twice", "Li Auto", "total revenue (US$)", "2023 Q4",
  "Consistent.", ms)
ms = [F("nev", 13, "Q4归母净利润57亿元", 57e8, CNY), F("nev", 14, "quarter was RMB 5.75 billion", 5.75e9, CNY)]
G("nev_li_net_income_q4_2023", NEV, "Li Auto's Q4 2023 net income: 5.75 billion against fxbaogao's 归母净利润57亿", "Li Auto",
  "net income (attributable)", "2023 Q4", "57亿 against 57.5亿: auto's verdict rounding (57.5 at the edge of 57's range); "
  "audit: 57.5 rounds half-up to 58, so conflict is as defensible: rounding with conflict as alt.", ms, V(ANYM, ANYM, (R, C)))
ms = [F("nev", 13, "non-GAAP归母净利润45亿元", 45e8, CNY), F("nev", 14, "quarter was RMB 4.59 billion", 4.59e9, CNY)]
G("nev_li_nongaap_q4_2023", NEV, "Li Auto's Q4 2023 non-GAAP net income: cnevpost's 4.59 billion against fxbaogao's non-GAAP归母净利润45亿",
  "Li Auto", "non-GAAP net income", "2023 Q4",
  "45 against 45.9亿: conflict as written; the broker's non-GAAP attributable figure may be its own measure: different_basis as alt.",
  ms, V(ANYM, ANYM, (C, D)))
ms = [F("nev", 13, "同比大幅增长369%", 369, PC), F("nev", 14, "increase of 374.2 percent", 374.2, PC)]
G("nev_li_nongaap_q4_growth_pc", NEV, "Growth of that non-GAAP income: 374.2% against +369%", "Li Auto", "non-GAAP net income, growth", "2023 Q4",
  "Conflict as written, different_basis as alt (as the income figures).", ms, V(ANYM, ANYM, (C, D)))
ms = [F("nev", 10, "、23.5%", 23.5, PC), F("nev", 13, "实现23.5%的高毛利", 23.5, PC)]
G("nev_li_gross_margin_q4_2023", NEV, "Li Auto's Q4 2023 gross margin: 23.5% twice", "Li Auto", "gross margin", "2023 Q4", "Consistent.", ms)
ms = [F("nev", 7, "NIO delivered 10,378 units in March", 10378, CNT), F("nev", 7, "10,378 new cars were delivered", 10378, CNT)]
G("nev_nio_deliveries_mar2023", NEV, "NIO's March 2023 deliveries: 10,378 in breakinglatest's headline and text", "NIO", "vehicle deliveries",
  "March 2023", "Consistent.", ms)

# nev singles and non-claims
S1("nev", 1, "a drop of more than 8%", 8, PC, q="over")
S1("nev", 1, "up 2.81%", 2.81, PC)
S1("nev", 1, "20,500 sales in July", 20500, CNT)
S1("nev", 1, "the level of 20,000 monthly sales", 20000, CNT)
S1("nev", 1, "parent company was 5.593 billion yuan", 5.593e9, CNY)
S1("nev", 1, "narrowed by 4.34%", 4.34, PC)
S1("nev", 1, "expanded by 20.83%", 20.83, PC)
markers("nev", 2)
S1("nev", 2, "above RMB 300,000", 300000, CNY, q="over")
S1("nev", 2, "NIO delivered 10,055 vehicles", 10055, CNT)
S1("nev", 2, "delivered 8,132 vehicles", 8132, CNT)
S1("nev", 2, "total to 467,781 vehicles", 467781, CNT)
NC("nev", 2, "as of February 29, 2024", "date")
S1("nev", 2, "gross profit was RMB 3.0518 billion", 3.0518e9, CNY)
S1("nev", 2, "(USD 429.8 million)", 429.8e6, USD)
S1("nev", 2, "a decrease of 40.7%", 40.7, PC)
S1("nev", 2, "operating loss for 2023 was RMB 22.6552 billion", 22.6552e9, CNY)
S1("nev", 2, "(USD 3.1909 billion)", 3.1909e9, USD)
S1("nev", 2, "an increase of 44.8%", 44.8, PC)
S1("nev", 2, "(USD 756 million)", 756e6, USD)
S1("nev", 2, "(USD 2.9183 billion)", 2.9183e9, USD)
S1("nev", 2, "Q4 2023 was RMB 1.2792 billion", 1.2792e9, CNY)
S1("nev", 2, "(USD 180.2 million)", 180.2e6, USD)
S1("nev", 2, "up 105.7%", 105.7, PC)
S1("nev", 2, "down 16.0%", 16.0, PC)
S1("nev", 2, "compared to 3.9% in Q4 2022", 3.9, PC)
S1("nev", 2, "and 8.0% in Q3 2023", 8.0, PC)
S1("nev", 2, "up from 6.8% in Q4 2022", 6.8, PC)
S1("nev", 2, "and 11.0% in Q3 2023", 11.0, PC)
S1("nev", 2, "Q4 2023 was RMB 4.8017 billion", 4.8017e9, CNY)
S1("nev", 2, "(USD 676.3 million)", 676.3e6, USD)
S1("nev", 2, "a 21.5% increase", 21.5, PC)
NC("nev", 3, "On March 5th", "date")
NC("nev", 3, "as of December 31, 2023", "date")
S1("nev", 3, "was RMB 57.3 billion", 57.3e9, CNY)
S1("nev", 3, "amounted to 57.798 billion yuan", 57.798e9, CNY)
S1("nev", 3, "an increase of 11.946 billion yuan", 11.946e9, CNY)
S1("nev", 3, "were 88.787 billion yuan", 88.787e9, CNY)
S1("nev", 3, "an increase of 19.17 billion yuan", 19.17e9, CNY)
S1("nev", 4, "previous guidance of 15%", 15, PC)
S("nev", 4, "will reach 15% -18%", vt="15% -18%", value=[15.0, 18.0], unit=PC)
S1("nev", 4, "a gross profit margin of 20%", 20, PC)
S1("nev", 4, "exceeded 10 billion yuan", 10e9, CNY, q="over")
S1("nev", 4, "has exceeded 43 billion yuan", 43e9, CNY, q="over")
S1("nev", 5, "NIO delivered 18,012 new vehicles", 18012, CNT)
S1("nev", 5, "up 13.9% year-on-year", 13.9, PC)
S1("nev", 5, "about 19.9%", 19.9, PC, q="approx")
S1("nev", 5, "of more than 300,000 yuan, with", 300000, CNY, q="over")
S1("nev", 5, "market share of more than 45%", 45, PC, q="over")
S1("nev", 5, "of more than 300,000 yuan, NIO", 300000, CNY, q="over")
S1("nev", 5, "market of more than 300,000 pure electric", 300000, CNY, q="over")
NC("nev", 5, "from July to November 2023", "date")
NC("nev", 6, "COVID-19 restrictions in China slowed", "name")
NC("nev", 6, "COVID-19 restrictions in China that cost", "name")
S1("nev", 6, "by more than 60 percent", 60, PC, q="over")
S1("nev", 6, "another 30 percent increase", 30, PC)
NC("nev", 6, "the first car in 2018", "date")
NC("nev", 7, " date 2023-04-02", "date")
NC("nev", 7, "On April 1st", "date")
S1("nev", 7, "a year-on-year increase of 3.9%", 3.9, PC)
S1("nev", 7, "3,203 high-end", 3203, CNT)
S1("nev", 7, "7,175 high-end", 7175, CNT)
S1("nev", 7, "a total of 31,041 new cars", 31041, CNT)
S1("nev", 7, "a year-on-year increase of 20.5%", 20.5, PC)
S1("nev", 7, "a total of 320,597 new cars", 320597, CNT)
S1("nev", 7, "Lexus will sell 176,000 vehicles", 176000, CNT)
S1("nev", 7, "a year-on-year decrease of 22.5%", 22.5, PC)
NC("nev", 7, "believes that2023 is the year", "date")
NC("nev", 8, "3月5日", "date")
NC("nev", 8, "2020年至2022年的三年间", "date")
S1("nev", 8, "和14万辆", 14e4, CNT)
NC("nev", 9, "附录 99.1", "exhibit_number")
NC("nev", 9, "香港交易所:9866", "stock_code")
NC("nev", 9, "2024年3月5日", "date")
NC("nev", 9, "截至2023年12月31日", "date")
NC("nev", 10, "2024年2月26日", "date")
S1("nev", 10, "年交付80万辆", 80e4, CNT)
NC("nev", 10, "1、规模", "list_number")
S1("nev", 10, "(1202.9亿元)", 1202.9e8, CNY)
S1("nev", 10, "占比达到97%", 97, PC)
S1("nev", 10, "30万元以上", 30e4, CNY, q="over")
S1("nev", 10, "分别为20.4%", 20.4, PC)
S1("nev", 10, "、21.8%", 21.8, PC)
S1("nev", 10, "、22.0%", 22.0, PC)
S1("nev", 10, "全年毛利率达到22.2%", 22.2, PC)
S("nev", 10, "15%—25%的毛利率", vt="15%—25%", value=[15.0, 25.0], unit=PC)
S1("nev", 11, "400億元大關", 400e8, CNY, q="over")
S1("nev", 11, "300億元以下", 300e8, CNY, q="under")
S1("nev", 11, "小鵬是91億", 91e8, CNY)
S1("nev", 11, "理想也有20億", 20e8, CNY)
S1("nev", 11, "翻了近1.8倍", 1.8, TIMES, q="under")
NC("nev", 11, "01 誰最能賺錢", "list_number")
S1("nev", 11, "、269億元", 269e8, CNY)
S1("nev", 11, "12.08萬輛", 12.08e4, CNT)
NC("nev", 12, "2023年2月27日", "date")
S1("nev", 12, "達(dá)到46,319輛", 46319, CNT)
S1("nev", 12, "同比增長31.5%", 31.5, PC)
S1("nev", 12, "健康,達(dá)到20.2%", 20.2, PC)
S1("nev", 12, "儲(chǔ)備達(dá)584.5億元", 584.5e8, CNY)
NC("nev", 13, "2023Q4盈利超预期", "date")
NC("nev", 13, "2024Q1指引仍强劲", "date")
S1("nev", 13, "/+25%", 25, PC)
S1("nev", 13, "转回19.9亿", 19.9e8, CNY)
S1("nev", 13, "提升1000元以上", 1000, CNY, q="over")
S1("nev", 13, "至3.4万", 3.4e4, CNY)
NC("nev", 13, "展望2024Q1", "date")
S("nev", 13, "交付10-10.3万辆", vt="10-10.3万", value=[10e4, 10.3e4], unit=CNT)
S("nev", 13, "营收312.5-321.9亿元", vt="312.5-321.9亿", value=[312.5e8, 321.9e8], unit=CNY)
S("nev", 13, "同比增长66.3%-71.3%", vt="66.3%-71.3%", value=[66.3, 71.3], unit=PC)
NC("nev", 13, "在3月1日发布", "date")
NC("nev", 13, "推出2024年L7/L8/L9改款车型", "model_name")
NC("nev", 13, "Q2推出L系列新车型L6", "model_name")
S1("nev", 13, "下半年推出3款", 3, CNT)
NC("nev", 13, "至2024年末", "date")
S1("nev", 13, "拥有3个系列", 3, CNT)
S1("nev", 13, "的8款车型", 8, CNT)
S1("nev", 13, "3月销量突破5万", 5e4, CNT, vt="5万", q="over")
S1("nev", 13, "6月突破7万", 7e4, CNT, vt="7万", q="over")
S("nev", 13, "2024年销量有望实现65-80万辆", vt="65-80万", value=[65e4, 80e4], unit=CNT)
NC("nev", 13, "截至1月31日", "date")
S1("nev", 13, "拥有474家零售中心", 474, CNT)
S1("nev", 13, "覆盖142个城市", 142, CNT)
S1("nev", 13, "拓展到800家", 800, CNT)
NC("nev", 13, "在2023Q4折扣", "date")
NC("nev", 13, "1)电池", "list_number")
NC("nev", 13, "2)产能", "list_number")
NC("nev", 13, "3)冲回", "list_number")
NC("nev", 13, "在Q4公开业绩会上", "date")
S1("nev", 13, "维持在20%以上", 20, PC, q="over")
NC("nev", 14, "fourth quarter 2023 performance", "date")
S1("nev", 14, "expectations of RMB 39.8 billion yuan", 39.8e9, CNY)
S1("nev", 14, "up 20.3 percent from the third quarter", 20.3, PC)
S1("nev", 14, "range of RMB 38.46 billion", 38.46e9, CNY)
S1("nev", 14, "to RMB 39.38 billion", 39.38e9, CNY)
S1("nev", 14, "range of 125,000", 125000, CNT)
S1("nev", 14, "to 128,000 vehicles", 128000, CNT)
S1("nev", 14, "up 20.1 percent", 20.1, PC)
S1("nev", 14, "increase of 2,068.2 percent", 2068.2, PC)
S1("nev", 14, "from RMB 265.3 million", 265.3e6, CNY)
S1("nev", 14, "increase of 104.5 percent", 104.5, PC)
S1("nev", 14, "from RMB 2.81 billion", 2.81e9, CNY)
S1("nev", 14, "and 32.3 percent", 32.3, PC)
NC("nev", 15, "附錄 99.1", "exhibit_number")
NC("nev", 15, "公佈未經審計的2023年第四季度和全年財務業績", "date")
NC("nev", 15, "美元)1", "footnote_marker")
S1("nev", 15, "(合174.4億美元)", 174.4e8, USD)
NC("nev", 15, "2024年2月26日", "date")
NC("nev", 15, "香港交易所:2015", "stock_code")
NC("nev", 15, "截至2023年12月 31日", "date")
NC("nev", 15, "2023 年第四季度和 2023 年全年的營運", "date")
NC("nev", 15, " 2022.", "date")
NC("nev", 16, "its November 2023 delivery results", "date")
S1("nev", 16, "Nio delivered 15,959 vehicles", 15959, CNT)
S1("nev", 16, "increasing by 12.6%", 12.6, PC)
S1("nev", 16, "consisted of 10,545", 10545, CNT)
S1("nev", 16, "and 5,414 premium", 5414, CNT)
S1("nev", 16, "reached 431,582", 431582, CNT)
NC("nev", 16, "as of November 30, 2023", "date")
NC("nev", 17, "发布了2022年全年财报", "date")
S1("nev", 17, "同比增长36.3%", 36.3, PC)
NC("nev", 17, "相比2021年", "date")
S1("nev", 17, "蔚来2021全年营收为361.36亿元", 361.36e8, CNY)
S1("nev", 17, "理想汽车2021年全年营收270.1亿元", 270.1e8, CNY)
S1("nev", 17, "经营利润为5.687亿元", 5.687e8, CNY)
NC("nev", 17, "正是2021年第四季度", "date")
S1("nev", 17, "年销量能否达10万辆", 10e4, CNT)
S1("nev", 17, "因为10万辆的年销量", 10e4, CNT)
S1("nev", 17, "都超过了10万辆", 10e4, CNT, q="over")
S1("nev", 17, "取得了90491辆的销量", 90491, CNT)
NC("nev", 17, "理想L9和理想L8", "model_name")
NC("nev", 9, "第四季度和 2023年全年财务业绩", "date")
NC("nev", 9, "第四季度 和 2023 年全年的经营亮点", "date")



def dates():
    """Every digit run still outside all quotes is a year, quarter or day that dates the text (checked by reading the
    list: '2023年', 'In 2023,', 'Q4 2023', '2024E', '3月26日', 'Q4单车'): a non-claim of kind date, quoted with the
    shortest run of neighbouring text that is unique on its line and stays clear of the other quotes."""
    import goldsrc as GS
    cover = {}
    for m in [m for g in GS.G for m in g["mentions"]] + list(GS.S):
        cover.setdefault((m["file"], m["line"]), []).append((m["quote"], m.get("value_text")))
    todo = []
    for name, lines in goldkit.DOCS.items():
        for ln, line in enumerate(lines[2:], 3):
            quotes, spans = [], []  # quotes: what covers a digit; spans: what a date quote must not overlap
            for q, vt in cover.get((name, ln), []):
                st = line.find(q)
                quotes.append((st, st + len(q)))
                if vt and vt in q:
                    st += q.find(vt)
                    spans.append((st, st + len(vt)))
                else:
                    spans.append((st, st + len(q)))
            for m in re.finditer(r"(?:Q\d )?\d+", line):
                if any(a <= m.start() and m.end() <= b for a, b in quotes):
                    continue
                s0, e0 = m.span()
                best = None
                for digits_ok in (False, True):  # neighbouring digits (the 3 of 'Q3 2023') only as a last resort
                    for left in range(0, 12):
                        for right in range(0, 12):
                            a, b = s0 - left, e0 + right
                            if a < 0 or b > len(line):
                                continue
                            if any(a < y and x < b for x, y in spans):
                                continue
                            if not digits_ok and (re.search(r"\d", line[a:s0]) or re.search(r"\d", line[e0:b])):
                                continue
                            cand = line[a:b]
                            if line.count(cand) == 1 and (best is None or len(cand) < len(best[2])):
                                best = (a, b, cand)
                    if best:
                        break
                if best is None:
                    ERRS.append((name, ln, m.group(0), m.start(), "date not quotable"))
                    continue
                spans.append((best[0], best[1]))
                quotes.append((best[0], best[1]))
                todo.append((name, ln, best[2]))
    for name, ln, q in todo:
        prefix, num = name.split("-")[0], int(name.split("-")[1])
        hits = [i + 1 for i, l in enumerate(goldkit.DOCS[name]) if q in l]
        NC(prefix, num, q, "date", nth=hits.index(ln) + 1 if len(hits) > 1 else None)


dates()

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh61.toml", "corpus-fresh61")
