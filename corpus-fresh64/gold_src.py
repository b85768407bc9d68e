"""Hand annotation of corpus-fresh64, written as data; emits gold.d/fresh64.toml (then run
corpus/check_gold.py --dir corpus-fresh64 --build).

Three news / business-statistics domains, all company results that outlets quote in English, Simplified and
Traditional Chinese: China Unicom's 2023 and first-half 2023 results / 中国联通业绩 / 中國聯通業績 (2023 revenue
372.6 billion = 3726亿 nine times; growth 5% / 5.0% against reportify's 4.97%; profit attributable to equity
shareholders 187亿 / 18.7 billion against 187.3亿; the A-share company's net profit 82亿 / 8.2 billion against 8.17;
5G package penetration 78% three times against mobileworldlive's 79%; H1 2023 revenue 1918.33亿 / 191.8 billion /
1,918亿; H1 profit 123.91亿 / 12.4 billion, growth 13.1% against the headline's 13% and the A-share 13.7%; `cun-*`),
China Telecom's 2023 and first-half 2023 results / 中国电信业绩 / 中國電信業績 (HK 'operating revenues' 5,136亿 /
513.6 billion against the A-share 营业(总)收入 5078.43亿 / 5078亿 / 507.84 billion; net profit 304亿 against 304.46亿
and 30.45 billion; growth 10.3% against 10.34%; H1 revenue 260.7 billion against 2,586.79亿 / 2,587亿; H1 profit
20.2 billion against 201.53亿; `ctl-*`) and Baidu's Q4 and full-year 2023 results / 百度2023年业绩 (2023 revenue
1346亿 / 134.598 billion / 134.6 billion, growth 9% against 8.8%; non-GAAP profit 287亿 / 28.7 billion; Q4 revenue
350亿 / 349.5亿 / 34.951 billion / 34.95 billion, growth 6% against 5.67%; Q4 non-GAAP profit 78亿 / 7.755 billion,
growth 44% against reportify.cc's 40%; `bdu-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 分 = 0.01 yuan; money in CNY
(or USD / HKD as written), shares in percent, subscribers as counts.
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
from goldkit import CNT, PC, PP, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S  # noqa: E402

load(HERE)

goldrules.install()

CUN, CTL, BDU = "china-unicom-results", "china-telecom-results", "baidu-results"
CNY, USD, HKD, YR = "CNY", "USD", "HKD", "years"
B, YI, WAN = 1e9, 1e8, 1e4


SKIPPED = []


def cites(doc, n):
    """Citation markers such as '[2]' / '[2][3]' / '[序号][1]' in the reportify pages: non-claims, each quoted with
    as much following text as makes it unique on its line."""
    f = goldkit.NAMES[(doc, n)]
    for ln, line in enumerate(goldkit.DOCS[f], 1):
        for m in re.finditer(r"(?:\[[^\]\[]*\])+", line):
            if not re.search(r"\d", m.group(0)):
                continue
            q = m.group(0)
            end = m.end()
            while line.count(q) != 1 and end < len(line):
                end += 1
                q = line[m.start():end]
            if line.count(q) != 1:  # the last of several identical markers at the line's end: left unkeyed
                SKIPPED.append((f, ln, m.group(0)))
                continue
            NC(doc, n, q, "citation_marker")


# ============================================================ China Unicom
ms = [
    F("cun", 1, "Operating revenue increased 5 per cent to CNY372.6 billion", 372.6 * B, CNY, vt="372.6 billion"),
    F("cun", 2, "achieved revenue of 372.6 billion yuan", 372.6 * B, CNY, vt="372.6 billion"),
    F("cun", 4, "全年營收3726億元", 3726 * YI, CNY, vt="3726億"),
    F("cun", 5, "人民幣 3,726 億元", 3726 * YI, CNY, vt="3,726 億"),
    F("cun", 6, "至約3726億元", 3726 * YI, CNY, vt="3726億", q="approx"),
    F("cun", 7, "营业收入达到3726亿元", 3726 * YI, CNY, vt="3726亿"),
    F("cun", 10, "以及3726億元", 3726 * YI, CNY, vt="3726億"),
    F("cun", 11, "a revenue of 372.6 billion yuan", 372.6 * B, CNY, vt="372.6 billion"),
    F("cun", 13, "以及3726亿元", 3726 * YI, CNY, vt="3726亿"),
]
G("cun_revenue_2023", CUN, "China Unicom's 2023 operating revenue: 372.6 billion yuan (3726亿) on nine pages",
  "China Unicom", "operating revenue", "2023", "Consistent (CWW's is the preliminary 快报 figure, the same value).", ms)
ms = [
    F("cun", 1, "Operating revenue increased 5 per cent", 5, PC),
    F("cun", 2, "a year-on-year increase of 5.0%. Among", 5.0, PC),
    F("cun", 4, "同比增長5.0%", 5.0, PC),
    F("cun", 5, "同比提升 5%", 5, PC),
    F("cun", 7, "同比提升5.0%,其中", 5.0, PC),
    F("cun", 10, "中國聯通以5%的增速", 5, PC),
    F("cun", 11, "a year-on-year increase of 4.97%", 4.97, PC),
    F("cun", 13, "中国联通以5%的增速", 5, PC),
]
G("cun_revenue_growth_2023_pc", CUN, "Growth of China Unicom's 2023 revenue: 5% / 5.0% on seven pages against reportify's 4.97%",
  "China Unicom", "operating revenue, year-on-year growth", "2023",
  "5 and 5.0 are the same value; 5 and 5.0 round 4.97: rounding.", ms)
ms = [
    F("cun", 1, "service revenue was up by the same amount to CNY335.2 billion", 335.2 * B, CNY, vt="335.2 billion"),
    F("cun", 2, "core business operations was 335.2 billion yuan", 335.2 * B, CNY, vt="335.2 billion"),
    F("cun", 7, "主营业务收入达到3352亿元", 3352 * YI, CNY, vt="3352亿"),
]
G("cun_service_revenue_2023", CUN, "China Unicom's 2023 service (主营业务) revenue: 335.2 billion three times", "China Unicom",
  "service revenue (主营业务收入)", "2023", "Consistent.", ms)
ms = [
    F("cun", 2, "a year-on-year increase of 5.0%. The total", 5.0, PC),
    F("cun", 7, "同比提升5.0%;预计", 5.0, PC),
]
G("cun_service_revenue_growth_2023_pc", CUN, "Growth of the 2023 service revenue: 5.0% twice", "China Unicom",
  "service revenue, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("cun", 1, "net profit grew 11.8 per cent to CNY18.7 billion", 18.7 * B, CNY, vt="18.7 billion"),
    F("cun", 4, "應占盈利187億元", 187 * YI, CNY, vt="187億"),
    F("cun", 5, "人民幣 187 億元", 187 * YI, CNY, vt="187 億"),
    F("cun", 6, "去年盈利187.3億元", 187.3 * YI, CNY, vt="187.3億"),
    F("cun", 10, "和187億元", 187 * YI, CNY, vt="187億"),
    F("cun", 13, "和187亿元", 187 * YI, CNY, vt="187亿"),
]
G("cun_profit_2023", CUN, "China Unicom's 2023 profit attributable to equity shareholders (HK-listed company): 187亿 / 18.7 billion against hongkong-invest's 187.3亿",
  "China Unicom (HK-listed China Unicom (Hong Kong) Ltd)", "profit attributable to equity shareholders", "2023",
  "187 and 18.7 billion round 187.3: rounding. The A-share company's 82亿 is another measure (cun_ashare_profit_2023).", ms)
ms = [
    F("cun", 1, "net profit grew 11.8 per cent", 11.8, PC),
    F("cun", 4, "同比增11.8%", 11.8, PC),
    F("cun", 5, "同比增長 11.8%。", 11.8, PC),
    F("cun", 6, "按年升近12%", 12, PC, q="under"),
    F("cun", 10, "同比增速為11.8%", 11.8, PC),
    F("cun", 13, "同比增速为11.8%", 11.8, PC),
]
G("cun_profit_growth_2023_pc", CUN, "Growth of the 2023 profit attributable to equity shareholders: 11.8% five times and '近12%'",
  "China Unicom (HK-listed)", "profit attributable to equity shareholders, year-on-year growth", "2023",
  "'近12%' (nearly 12) holds 11.8: consistent.", ms)
ms = [
    F("cun", 2, "net profit was 8.2 billion yuan", 82 * YI, CNY, vt="8.2 billion"),  # audit: 82 * YI, exactly 82亿 (8.2 * B is 8199999999.999999)
    F("cun", 7, "归属于母公司净利润达到82亿元", 82 * YI, CNY, vt="82亿"),  # audit: 预计 (the 快报's 'expected') is no hedge; it scopes 3726亿 and 3352亿 too, keyed plain
    F("cun", 11, "shareholders of 8.17 billion yuan", 8.17 * B, CNY, vt="8.17 billion"),
]
G("cun_ashare_profit_2023", CUN, "Net profit attributable to shareholders of the A-share company (China United Network Communications Ltd) in 2023: 8.2 billion / 82亿 against 8.17 billion",
  "China Unicom A-share company (600050)", "net profit attributable to shareholders of the listed company", "2023",
  "8.2 billion = 82亿 consistent; both round 8.17 billion: rounding. (CWW's 预计 marks the preliminary 快报 figure, not an "
  "approximation: keyed plain like its 3726亿 and 3352亿; the final report's 81.73亿 rounds to the same 82亿.)", ms)
ms = [
    F("cun", 2, "a year-on-year increase of 12%", 12, PC),
    F("cun", 7, "同比提升12%", 12, PC),
    F("cun", 11, "up 11.96% year-on-year", 11.96, PC),
]
G("cun_ashare_profit_growth_2023_pc", CUN, "Growth of the A-share company's 2023 net profit: 12% twice against 11.96%",
  "China Unicom A-share company (600050)", "net profit, year-on-year growth", "2023", "12 rounds 11.96: rounding.", ms)
ms = [
    F("cun", 1, "representing 79 per cent", 79, PC),
    F("cun", 5, "滲透率達(dá)到 78%", 78, PC),
    F("cun", 6, "滲透率達到78%", 78, PC),
    F("cun", 11, "penetration rate of 78%", 78, PC),
]
G("cun_5g_penetration_2023_pc", CUN, "China Unicom's 5G package penetration at end-2023: 78% three times against mobileworldlive's 79%",
  "China Unicom", "5G package subscribers as a share of mobile subscribers", "end of 2023",
  "79 against 78 (both whole percent): conflict (mobileworldlive's own ratio of 263.9 to 333 is 79.2; the company gives 78).", ms)
ms = [
    F("cun", 5, "同比提升 12 個百分點(diǎn)", 12, PP),
    F("cun", 6, "按年提升12個百分點", 12, PP),
    F("cun", 11, "up 12 percentage points", 12, PP),
]
G("cun_5g_penetration_change_pp", CUN, "Rise of the 5G penetration in 2023: 12 percentage points three times", "China Unicom",
  "5G package penetration, change", "2023", "Consistent.", ms)
ms = [
    F("cun", 1, "mobile user base of 333 million", 333e6, CNT, vt="333 million"),
    F("cun", 5, "移動用戶規(guī)模達(dá)到 3.33 億戶", 3.33 * YI, CNT, vt="3.33 億"),
    F("cun", 6, "移動用戶規模達3.33億戶", 3.33 * YI, CNT, vt="3.33億"),
]
G("cun_mobile_users_2023", CUN, "China Unicom's mobile subscribers at end-2023: 333 million three times", "China Unicom",
  "mobile subscribers", "end of 2023", "Consistent.", ms)
ms = [
    F("cun", 5, "凈增用戶達(dá)到 1,060 萬戶", 1060 * WAN, CNT, vt="1,060 萬"),
    F("cun", 6, "淨增1060萬戶", 1060 * WAN, CNT, vt="1060萬"),
    F("cun", 11, "increased by 10.6 million", 10.6e6, CNT, vt="10.6 million"),
]
G("cun_mobile_net_adds_2023", CUN, "Net additions of mobile subscribers in 2023: 10.6 million three times", "China Unicom",
  "mobile subscribers, net additions", "2023", "Consistent.", ms)
ms = [
    F("cun", 5, "大幅提升 90%", 90, PC),
    F("cun", 11, "a 90% year-on-year rise", 90, PC),
]
G("cun_mobile_net_adds_growth_pc", CUN, "Rise of the net additions: 90% twice", "China Unicom",
  "mobile net additions, year-on-year change", "2023", "Consistent.", ms)
ms = [
    F("cun", 6, "按年淨增 979萬戶", 979 * WAN, CNT, vt="979萬"),
    F("cun", 11, "Broadband users grew by 9.79 million", 9.79e6, CNT, vt="9.79 million"),
]
G("cun_broadband_net_adds_2023", CUN, "Net additions of fixed broadband subscribers in 2023: 9.79 million twice", "China Unicom",
  "fixed broadband subscribers, net additions", "2023", "Consistent.", ms)
ms = [
    F("cun", 4, "末期股息人民幣0.1336元", 0.1336, CNY),
    F("cun", 5, "末期股息人民幣 0.1336 元", 0.1336, CNY),
    F("cun", 6, "未期息每股13.36分", 0.1336, CNY, vt="13.36", mult=0.01),
]
G("cun_final_dividend_2023", CUN, "China Unicom's proposed 2023 final dividend per share: RMB0.1336 (13.36分) three times",
  "China Unicom", "final dividend per share", "2023", "Consistent.", ms)
ms = [
    F("cun", 4, "中期股息每股人民幣0.203元", 0.203, CNY),
    F("cun", 5, "中期股息每股人民幣 0.203 元", 0.203, CNY),
]
G("cun_interim_dividend_2023", CUN, "Interim dividend 2023: RMB0.203 twice", "China Unicom", "interim dividend per share", "2023",
  "Consistent.", ms)
ms = [
    F("cun", 4, "合計每股人民幣0.3366元", 0.3366, CNY),
    F("cun", 5, "合計每股人民幣 0.3366 元", 0.3366, CNY),
    F("cun", 6, "全年派息33.66分", 0.3366, CNY, vt="33.66", mult=0.01),
]
G("cun_total_dividend_2023", CUN, "Full-year 2023 dividend per share: RMB0.3366 (33.66分) three times", "China Unicom",
  "full-year dividend per share", "2023", "Consistent.", ms)
ms = [
    F("cun", 4, "同比增長22.8%", 22.8, PC),
    F("cun", 5, "同比增長 22.8%", 22.8, PC),
    F("cun", 6, "按年升近23%", 23, PC, q="under"),
]
G("cun_dividend_growth_2023_pc", CUN, "Growth of the full-year dividend: 22.8% twice and '近23%'", "China Unicom",
  "full-year dividend per share, growth", "2023", "'近23%' holds 22.8: consistent.", ms)
ms = [
    F("cun", 5, "資本開支為人民幣 739 億元", 739 * YI, CNY, vt="739 億"),
    F("cun", 11, "capital expenditure for 2023 was 73.87 billion yuan", 73.87 * B, CNY, vt="73.87 billion"),
]
G("cun_capex_2023", CUN, "China Unicom's 2023 capital expenditure: 739亿 against 73.87 billion", "China Unicom",
  "capital expenditure", "2023", "739亿 rounds 738.7亿: rounding.", ms)
ms = [
    F("cun", 5, "收入人民幣 2,446 億元", 2446 * YI, CNY, vt="2,446 億"),
    F("cun", 6, "升3%至2445.8億元", 2445.8 * YI, CNY, vt="2445.8億"),
]
G("cun_connectivity_revenue_2023", CUN, "Revenue of the connectivity and communications (联网通信) business in 2023: 2,446亿 against 2445.8亿",
  "China Unicom", "connectivity and communications business revenue", "2023", "2446 rounds 2445.8: rounding.", ms)
# H1 2023
ms = [
    F("cun", 3, "Operating revenue reached RMB 191.8 billion", 191.8 * B, CNY, vt="191.8 billion"),
    F("cun", 8, "人民币 1,918 亿元", 1918 * YI, CNY, vt="1,918 亿"),
    F("cun", 9, "營業收入達1918.33億元", 1918.33 * YI, CNY, vt="1918.33億"),
    F("cun", 12, "营业收入达1918.33亿元", 1918.33 * YI, CNY, vt="1918.33亿"),
]
G("cun_revenue_h1_2023", CUN, "China Unicom's operating revenue in H1 2023: 1918.33亿 twice against 191.8 billion and 1,918亿",
  "China Unicom", "operating revenue", "2023 H1", "191.8 billion and 1,918亿 round 1918.33亿: rounding.", ms)
ms = [
    F("cun", 3, "up by 8.8% year-on-year", 8.8, PC),
    F("cun", 8, "同比提升 8.8%", 8.8, PC),
    F("cun", 9, "同比提升8.8%", 8.8, PC),
    F("cun", 12, "同比提升8.8%", 8.8, PC),
]
G("cun_revenue_growth_h1_2023_pc", CUN, "Growth of H1 2023 revenue: 8.8% four times", "China Unicom",
  "operating revenue, year-on-year growth", "2023 H1", "Consistent.", ms)
ms = [
    F("cun", 3, "reached RMB 12.4 billion", 12.4 * B, CNY, vt="12.4 billion"),
    F("cun", 9, "凈利潤達123.91億元", 123.91 * YI, CNY, vt="123.91億"),
    F("cun", 12, "净利润达123.91亿元", 123.91 * YI, CNY, vt="123.91亿"),
]
G("cun_profit_h1_2023", CUN, "Profit attributable to equity shareholders in H1 2023: 123.91亿 twice against 12.4 billion", "China Unicom (HK-listed)",
  "profit attributable to equity shareholders", "2023 H1",
  "12.4 billion rounds 123.91亿: rounding. The A-share company's 54.44亿 (cun-08) is another measure: a single.", ms)
ms = [
    F("cun", 3, "a year-on-year increase of 13.1%", 13.1, PC),
    F("cun", 9, "同比增長13.1%", 13.1, PC),
    F("cun", 12, "同比增长13.1%", 13.1, PC),
    F("cun", 12, "净利润同比增长13%", 13, PC),
    F("cun", 8, "同比增长 13.7%", 13.7, PC, basis="ashare"),
]
G("cun_profit_growth_h1_2023_pc", CUN, "Growth of H1 2023 profit: 13.1% three times against hnonline's headline 13%; the A-share company's 13.7%",
  "China Unicom (HK-listed)", "profit attributable to equity shareholders, year-on-year growth", "2023 H1",
  "13 rounds 13.1: rounding (also inside hnonline's page, headline against text). IT之家's 13.7% is the growth of the "
  "A-share company's 归属于母公司净利润 (54.44亿): different_basis, with auto's verdict (conflict) as alt (OTHER).",
  ms, OTHER({"ashare"}))
ms = [
    F("cun", 3, "return on equity reached 3.6%", 3.6, PC),
    F("cun", 9, "凈資產收益率達到3.6%", 3.6, PC),
    F("cun", 12, "净资产收益率达到3.6%", 3.6, PC),
    F("cun", 8, "达到 3.4%", 3.4, PC, basis="ashare"),
]
G("cun_roe_h1_2023_pc", CUN, "Return on equity in H1 2023: 3.6% three times; the A-share company's 3.4%", "China Unicom (HK-listed)",
  "return on equity", "2023 H1",
  "Consistent. IT之家's 3.4% is the A-share company's ROE: different_basis, conflict as alt (OTHER).", ms, OTHER({"ashare"}))
ms = [
    F("cun", 13, "去年收入近1.9万亿元", 1.9e12, CNY, vt="1.9万亿", q="under"),
    F("cun", 13, "营业收入总计达18955亿元", 18955 * YI, CNY, vt="18955亿"),
]
G("cun_three_telcos_revenue_2023", CUN, "Combined 2023 revenue of the three telecom operators: headline '近1.9万亿' against the text's 18955亿",
  "China Mobile, China Telecom and China Unicom together", "operating revenue", "2023",
  "'近1.9万亿' holds 1.8955万亿: consistent.", ms)
ms = [
    F("cun", 10, "分別為10093億元", 10093 * YI, CNY, vt="10093億"),
    F("cun", 13, "分别为10093亿元", 10093 * YI, CNY, vt="10093亿"),
]
G("cun_cmcc_revenue_2023", CUN, "China Mobile's 2023 revenue in the same article: 10093亿 twice", "China Mobile", "operating revenue",
  "2023", "Consistent.", ms)
ms = [
    F("cun", 10, "中國移動以7.7%居首", 7.7, PC),
    F("cun", 13, "中国移动以7.7%居首", 7.7, PC),
]
G("cun_cmcc_revenue_growth_pc", CUN, "China Mobile's 2023 revenue growth: 7.7% twice", "China Mobile", "operating revenue, growth",
  "2023", "Consistent.", ms)
ms = [
    F("cun", 10, "分別為1318億元", 1318 * YI, CNY, vt="1318億"),
    F("cun", 13, "分别为1318亿元", 1318 * YI, CNY, vt="1318亿"),
]
G("cun_cmcc_profit_2023", CUN, "China Mobile's 2023 net profit: 1318亿 twice", "China Mobile", "net profit", "2023", "Consistent.", ms)
ms = [
    F("cun", 10, "中國移動的5%", 5, PC),
    F("cun", 13, "中国移动的5%", 5, PC),
]
G("cun_cmcc_profit_growth_pc", CUN, "China Mobile's 2023 profit growth: 5% twice", "China Mobile", "net profit, growth", "2023",
  "Consistent.", ms)
# cun singles and non-claims
NC("cun", 1, " date 2024-03-19", "date")
S("cun", 1, "decline about 12 per cent", value=12, unit=PC, q="approx")
S("cun", 1, "to CNY65 billion", vt="65 billion", value=65 * B, unit=CNY)
S("cun", 1, "($9 billion)", vt="9 billion", value=9 * B, unit=USD)
S("cun", 1, "nearly 48 million", vt="48 million", value=48e6, unit=CNT, q="under")
S("cun", 1, "with 263.9 billion", vt="263.9 billion", value=263.9e9, unit=CNT)
S("cun", 2, "total profit was 22.7 billion yuan", vt="22.7 billion", value=22.7 * B, unit=CNY)
S("cun", 2, "increase of 11.5%", value=11.5, unit=PC)
S("cun", 2, "was 7.5 billion yuan", vt="7.5 billion", value=7.5 * B, unit=CNY)
S("cun", 2, "increase of 12.2%", value=12.2, unit=PC)
S("cun", 3, "RMB 171.0 billion", vt="171.0 billion", value=171.0 * B, unit=CNY)
S("cun", 3, "up by 6.3%", value=6.3, unit=PC)
S("cun", 3, "RMB 53.6 billion", vt="53.6 billion", value=53.6 * B, unit=CNY)
S("cun", 3, "up by 4.1%", value=4.1, unit=PC)
NC("cun", 4, "3月20日|", "date")
NC("cun", 4, "(0762.HK)", "stock_code")
S("cun", 4, "一度漲2.87%", value=2.87, unit=PC)
S("cun", 4, "報5.73港元", value=5.73, unit=HKD)
NC("cun", 5, "IT之家 3 月 19 日", "date")
S("cun", 5, "每股基本盈利 11.8% 的增長", value=11.8, unit=PC)
S("cun", 5, "用戶規(guī)模突破 10 億", vt="10 億", value=10 * YI, unit=CNT, q="over")
NC("cun", 5, "較 2022 年底", "date")
S("cun", 5, "增長約 1.4 億", vt="1.4 億", value=1.4 * YI, unit=CNT, q="approx")
S("cun", 5, "連接規(guī)模達(dá)到 4.9 億", vt="4.9 億", value=4.9 * YI, unit=CNT)
S("cun", 5, "占比超過 90%", value=90, unit=PC, q="over")
S("cun", 6, "EBITDA為998.1億元", vt="998.1億", value=998.1 * YI, unit=CNY)
S("cun", 6, "按年增長0.6%", value=0.6, unit=PC)
S("cun", 6, "業務收入升3%至", value=3, unit=PC)
S("cun", 6, "收入升近13%", value=13, unit=PC, q="under")
S("cun", 6, "升至752.5億元", vt="752.5億", value=752.5 * YI, unit=CNY)
S("cun", 6, "固網寬帶用戶達到1.13億戶", vt="1.13億", value=1.13 * YI, unit=CNT)
NC("cun", 6, "創近10年新高", "duration")
NC("cun", 7, "(CWW)3月4日", "date")
NC("cun", 8, "IT之家 8 月 9 日", "date")
S("cun", 8, "利润总额达到人民币 153 亿元", vt="153 亿", value=153 * YI, unit=CNY)
S("cun", 8, "人民币 54.44 亿元", vt="54.44 亿", value=54.44 * YI, unit=CNY)
S("cun", 8, "连续 7 年", value=7, unit=YR)
S("cun", 8, "规模达到 9.28 亿户", vt="9.28 亿", value=9.28 * YI, unit=CNT)
S("cun", 8, "净增超过 6,600 万户", vt="6,600 万", value=6600 * WAN, unit=CNT, q="over")
NC("cun", 9, "香港8月9日電", "date")
NC("cun", 9, "8日在香港", "date")
S("cun", 9, "收入達到429.77億元", vt="429.77億", value=429.77 * YI, unit=CNY)
S("cun", 11, "74.20 billion yuan in 2022", vt="74.20 billion", value=74.20 * B, unit=CNY)
S("cun", 11, "gross margin was 24.52%", value=24.52, unit=PC)
S("cun", 11, "an increase of 0.27 percentage points", value=0.27, unit=PP)
S("cun", 11, "net margin was 5.02%", value=5.02, unit=PC)
S("cun", 11, "up 0.33 percentage points", value=0.33, unit=PP)
S("cun", 11, "recent high of 5.1%", value=5.1, unit=PC)
S("cun", 11, "fusion penetration rate of 76%", value=76, unit=PC)
S("cun", 11, "penetration rate of 22%", value=22, unit=PC)
S("cun", 11, "up 6 percentage points", value=6, unit=PP)
cites("cun", 11)
NC("cun", 12, "2023-08-09 21:28:50", "date")
NC("cun", 12, "8日在香港", "date")
S("cun", 12, "移动出账用户超过3.28亿户", vt="3.28亿", value=3.28 * YI, unit=CNT, q="over")
S("cun", 12, "净增用户达到534万户", vt="534万", value=534 * WAN, unit=CNT)
NC("cun", 12, "创4年同期新高", "duration")
S("cun", 12, "渗透率超过70%", value=70, unit=PC, q="over")
NC("cun", 13, "香港3月26日电", "date")
NC("cun", 13, "截至3月26日", "date")

# ============================================================ China Telecom
ms = [
    F("ctl", 3, "經營收入為人民幣5,136億元", 5136 * YI, CNY, vt="5,136億"),
    F("ctl", 4, "营收5136亿元", 5136 * YI, CNY, vt="5136亿"),
    F("ctl", 4, "经营收入为5,136亿元", 5136 * YI, CNY, vt="5,136亿"),
    F("ctl", 5, "amounted to RMB513.6 billion", 513.6 * B, CNY, vt="513.6 billion"),
    F("cun", 10, "、5136億元", 5136 * YI, CNY, vt="5136億"),
    F("cun", 13, "、5136亿元", 5136 * YI, CNY, vt="5136亿"),
    F("ctl", 1, "營業總收入5078.43億元", 5078.43 * YI, CNY, vt="5078.43億", basis="cas"),
    F("ctl", 2, "I收5078億元", 5078 * YI, CNY, vt="5078億", basis="cas"),
    F("ctl", 2, "收入為5078億元", 5078 * YI, CNY, vt="5078億", basis="cas"),
    F("ctl", 6, "revenue for 2023 reached RMB 507.84 billion", 507.84 * B, CNY, vt="507.84 billion", basis="cas"),
    F("ctl", 6, "operating revenue of RMB 507.84 billion", 507.84 * B, CNY, vt="507.84 billion", basis="cas"),
]
G("ctl_revenue_2023", CTL, "China Telecom's 2023 revenue: the HK report's 'operating revenues' 5,136亿 / 513.6 billion on six pages against the A-share report's 营业(总)收入 5078.43亿 / 5078亿 / 507.84 billion",
  "China Telecom", "operating revenue", "2023",
  "Inside each basis: 5136 = 513.6 billion consistent; 5078 rounds 5078.43 (= 507.84 billion): rounding. Across: the HK "
  "annual report's 經營收入 (IFRS) and the A-share 营业收入 (CAS, also the 快报's 營業總收入) are two measures of "
  "revenue: different_basis, with auto's verdict (conflict) as alt (OTHER).", ms, OTHER({"cas"}))
ms = [
    F("ctl", 3, "同比增長6.7%", 6.7, PC),
    F("ctl", 4, "同比增长6.7%", 6.7, PC),
    F("ctl", 5, "an increase of 6.7%", 6.7, PC),
    F("cun", 10, "其次是中國電信6.7%", 6.7, PC),
    F("cun", 13, "其次是中国电信6.7%", 6.7, PC),
    F("ctl", 1, "較上年同比增長6.9%", 6.9, PC, basis="cas"),
    F("ctl", 2, "收入為5078億元,同比增長(zhǎng)6.9%", 6.9, PC, basis="cas"),
    F("ctl", 6, "a year-on-year increase of 6.92%", 6.92, PC, basis="cas"),
    F("ctl", 6, "a 6.92% increase", 6.92, PC, basis="cas"),
]
G("ctl_revenue_growth_2023_pc", CTL, "Growth of China Telecom's 2023 revenue: 6.7% (HK operating revenues) five times against the A-share 6.9% twice and 6.92% twice",
  "China Telecom", "operating revenue, year-on-year growth", "2023",
  "Inside the A-share basis 6.9 rounds 6.92: rounding. Across bases: different_basis, conflict as alt (OTHER).", ms,
  OTHER({"cas"}))
ms = [
    F("ctl", 2, "服務(wù)收入為4650億元", 4650 * YI, CNY, vt="4650億"),
    F("ctl", 3, "人民幣4,650億元", 4650 * YI, CNY, vt="4,650億"),
    F("ctl", 4, "服务收入为4,650亿元", 4650 * YI, CNY, vt="4,650亿"),
    F("ctl", 5, "RMB465.0 billion", 465.0 * B, CNY, vt="465.0 billion"),
]
G("ctl_service_revenue_2023", CTL, "China Telecom's 2023 service revenue: 4,650亿 / 465.0 billion four times", "China Telecom",
  "service revenue", "2023", "Consistent.", ms)
ms = [
    F("ctl", 2, "4650億元,同比增長(zhǎng)6.9%", 6.9, PC),
    F("ctl", 3, "4,650億元,同比增長6.9%", 6.9, PC),
    F("ctl", 4, "4,650亿元,同比增长6.9%", 6.9, PC),
    F("ctl", 5, "an increase of 6.9%", 6.9, PC),
]
G("ctl_service_revenue_growth_2023_pc", CTL, "Growth of the 2023 service revenue: 6.9% four times", "China Telecom",
  "service revenue, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("ctl", 2, "連續(xù)11年", 11, YR),
    F("ctl", 3, "連續11年", 11, YR),
    F("ctl", 4, "连续11年", 11, YR),
]
G("ctl_service_revenue_growth_years", CTL, "Years of uninterrupted service-revenue growth: 11 three times", "China Telecom",
  "consecutive years of service revenue growth", "to 2023", "Consistent.", ms)
ms = [
    F("ctl", 1, "凈利潤304.46億元", 304.46 * YI, CNY, vt="304.46億"),
    F("ctl", 2, "凈利潤(rùn)為304億元", 304 * YI, CNY, vt="304億"),
    F("ctl", 3, "人民幣304億元", 304 * YI, CNY, vt="304億"),
    F("ctl", 4, "净利304亿元", 304 * YI, CNY, vt="304亿"),
    F("ctl", 4, "净利润为304亿元", 304 * YI, CNY, vt="304亿"),
    F("ctl", 6, "shareholders was RMB 30.45 billion", 30.45 * B, CNY, vt="30.45 billion"),
    F("ctl", 6, "a net profit of RMB 30.45 billion", 30.45 * B, CNY, vt="30.45 billion"),
    F("cun", 10, "、304億元", 304 * YI, CNY, vt="304億"),
    F("cun", 13, "、304亿元", 304 * YI, CNY, vt="304亿"),
]
G("ctl_profit_2023", CTL, "China Telecom's 2023 profit attributable to shareholders: 304亿 on six pages against 304.46亿 and 30.45 billion",
  "China Telecom", "net profit attributable to shareholders", "2023",
  "304 rounds 304.46 and 304.5 (30.45 billion); 30.45 billion rounds 304.46亿: rounding. (The HK report's 淨利潤 is "
  "'本公司股東應佔利潤' by its footnote; the A-share 归属于上市公司股东的净利润 is the same figure.)", ms)
ms = [
    F("ctl", 1, "304.46億元,較上年同比增長10.3%", 10.3, PC),
    F("ctl", 2, "304億元,同比增長(zhǎng)10.3%", 10.3, PC),
    F("ctl", 3, "304億元,同比增長10.3%", 10.3, PC),
    F("ctl", 4, "304亿元同比增长10.3%", 10.3, PC),
    F("ctl", 4, "304亿元,同比增长10.3%", 10.3, PC),
    F("ctl", 6, "up 10.34% year-on-year", 10.34, PC),
    F("ctl", 6, "reflecting a 10.34% growth", 10.34, PC),
    F("cun", 10, "中國電信的10.3%", 10.3, PC),
    F("cun", 13, "中国电信的10.3%", 10.3, PC),
]
G("ctl_profit_growth_2023_pc", CTL, "Growth of China Telecom's 2023 profit: 10.3% seven times against reportify's 10.34% twice",
  "China Telecom", "net profit attributable to shareholders, year-on-year growth", "2023", "10.3 rounds 10.34: rounding.", ms)
ms = [
    F("ctl", 3, "每股基本淨利潤為人民幣0.33元", 0.33, CNY),
    F("ctl", 4, "每股基本净利润为0.33元", 0.33, CNY),
]
G("ctl_eps_2023", CTL, "Basic earnings per share 2023: RMB0.33 twice", "China Telecom", "basic earnings per share", "2023", "Consistent.", ms)
ms = [
    F("ctl", 2, "資本開支988億元", 988 * YI, CNY, vt="988億"),
    F("ctl", 3, "資本開支為人民幣988億元", 988 * YI, CNY, vt="988億"),
    F("ctl", 4, "资本开支为988亿元", 988 * YI, CNY, vt="988亿"),
]
G("ctl_capex_2023", CTL, "China Telecom's 2023 capital expenditure: 988亿 three times", "China Telecom", "capital expenditure", "2023",
  "Consistent.", ms)
ms = [
    F("ctl", 3, "人民幣130億元", 130 * YI, CNY, vt="130億"),
    F("ctl", 4, "自由现金流达到130亿元", 130 * YI, CNY, vt="130亿"),
]
G("ctl_fcf_2023", CTL, "Free cash flow 2023: 130亿 twice", "China Telecom", "free cash flow", "2023", "Consistent.", ms)
# H1 2023
ms = [
    F("ctl", 7, "amounted to RMB260.7 billion", 260.7 * B, CNY, vt="260.7 billion"),
    F("ctl", 8, "營業收入為2,586.79億元", 2586.79 * YI, CNY, vt="2,586.79億", basis="cas"),
    F("ctl", 9, "营业收入为 2,587 亿元", 2587 * YI, CNY, vt="2,587 亿", basis="cas"),
]
G("ctl_revenue_h1_2023", CTL, "China Telecom's H1 2023 revenue: the HK 'operating revenues' 260.7 billion against the A-share 营业收入 2,586.79亿 and IT之家's 2,587亿",
  "China Telecom", "operating revenue", "2023 H1",
  "2,587 rounds 2,586.79: rounding. Against the HK figure: different_basis, conflict as alt (OTHER).", ms, OTHER({"cas"}))
ms = [
    F("ctl", 7, "an increase of 7.6%", 7.6, PC),
    F("ctl", 8, "同比增長7.7%", 7.7, PC, basis="cas"),
    F("ctl", 9, "同比增长 7.7%", 7.7, PC, basis="cas"),
]
G("ctl_revenue_growth_h1_2023_pc", CTL, "Growth of H1 2023 revenue: HK 7.6% against the A-share 7.7% twice", "China Telecom",
  "operating revenue, year-on-year growth", "2023 H1", "Across bases: different_basis, conflict as alt (OTHER).", ms,
  OTHER({"cas"}))
ms = [
    F("ctl", 7, "Net profit amounted to RMB20.2 billion", 20.2 * B, CNY, vt="20.2 billion"),
    F("ctl", 8, "淨利潤為201.53億元", 201.53 * YI, CNY, vt="201.53億"),
    F("ctl", 9, "归母净利润 201.53 亿元", 201.53 * YI, CNY, vt="201.53 亿"),
]
G("ctl_profit_h1_2023", CTL, "China Telecom's H1 2023 net profit: 201.53亿 twice against 20.2 billion", "China Telecom",
  "net profit attributable to shareholders", "2023 H1", "20.2 billion rounds 201.53亿: rounding.", ms)
ms = [
    F("ctl", 7, "an increase of 10.2%", 10.2, PC),
    F("ctl", 8, "同比增長10.2%", 10.2, PC),
    F("ctl", 9, "同比增长 10.2%", 10.2, PC),
]
G("ctl_profit_growth_h1_2023_pc", CTL, "Growth of H1 2023 profit: 10.2% three times", "China Telecom",
  "net profit, year-on-year growth", "2023 H1", "Consistent.", ms)
ms = [
    F("ctl", 7, "earnings per share were RMB0.22", 0.22, CNY),
    F("ctl", 8, "基本每股收益為0.22元", 0.22, CNY),
]
G("ctl_eps_h1_2023", CTL, "Basic EPS H1 2023: RMB0.22 twice", "China Telecom", "basic earnings per share", "2023 H1", "Consistent.", ms)
ms = [
    F("ctl", 8, "每股人民币0.1432元", 0.1432, CNY),
    F("ctl", 9, "现金股利 0.1432 元", 0.1432, CNY),
]
G("ctl_interim_dividend_2023", CTL, "Interim dividend 2023: RMB0.1432 twice", "China Telecom", "interim dividend per share", "2023",
  "Consistent.", ms)
ms = [
    F("ctl", 7, "reaching RMB101.6 billion", 101.6 * B, CNY, vt="101.6 billion"),
    F("ctl", 9, "人民币 1016 亿元", 1016 * YI, CNY, vt="1016 亿"),
]
G("ctl_mobile_service_revenue_h1_2023", CTL, "Mobile communications service revenue H1 2023: 101.6 billion twice", "China Telecom",
  "mobile communications service revenue", "2023 H1", "Consistent.", ms)
ms = [
    F("ctl", 7, "an increase of 2.7%", 2.7, PC),
    F("ctl", 9, "同比增长 2.7%", 2.7, PC),
]
G("ctl_mobile_service_growth_h1_2023_pc", CTL, "Its growth: 2.7% twice", "China Telecom", "mobile service revenue, growth",
  "2023 H1", "Consistent.", ms)
ms = [
    F("ctl", 7, "reached RMB15.4 billion", 15.4 * B, CNY, vt="15.4 billion"),
    F("ctl", 9, "人民币 154 亿元", 154 * YI, CNY, vt="154 亿"),
]
G("ctl_mobile_vas_revenue_h1_2023", CTL, "Mobile value-added and applications revenue H1 2023: 15.4 billion twice", "China Telecom",
  "mobile value-added and applications revenue", "2023 H1", "Consistent.", ms)
ms = [
    F("ctl", 7, "an increase of 19.4%", 19.4, PC),
    F("ctl", 9, "同比增长 19.4%", 19.4, PC),
]
G("ctl_mobile_vas_growth_h1_2023_pc", CTL, "Its growth: 19.4% twice", "China Telecom", "mobile VAS revenue, growth", "2023 H1",
  "Consistent.", ms)
ms = [
    F("ctl", 7, "subscribers reached 73.4%", 73.4, PC),
    F("ctl", 9, "渗透率达到 73.4%", 73.4, PC),
]
G("ctl_5g_penetration_h1_2023_pc", CTL, "China Telecom's 5G package penetration at mid-2023: 73.4% twice", "China Telecom",
  "5G package penetration", "end of June 2023", "Consistent.", ms)
ms = [
    F("ctl", 7, "mobile ARPU reaching RMB46.2", 46.2, CNY),
    F("ctl", 9, "人民币 46.2 元", 46.2, CNY),
]
G("ctl_arpu_h1_2023", CTL, "Mobile ARPU H1 2023: RMB46.2 twice", "China Telecom", "mobile ARPU (monthly)", "2023 H1", "Consistent.", ms)
ms = [
    F("ctl", 7, "an increase of 0.4%", 0.4, PC),
    F("ctl", 9, "同比增长 0.4%", 0.4, PC),
]
G("ctl_arpu_growth_h1_2023_pc", CTL, "ARPU growth H1 2023: 0.4% twice", "China Telecom", "mobile ARPU, growth", "2023 H1",
  "Consistent.", ms)
# ctl singles and non-claims
NC("ctl", 1, "公司2023 年度", "date")
S("ctl", 1, "營業利潤425.69億元", vt="425.69億", value=425.69 * YI, unit=CNY)
S("ctl", 1, "同比增長3.1%", value=3.1, unit=PC)
S("ctl", 1, "凈利潤295.53億元", vt="295.53億", value=295.53 * YI, unit=CNY)
S("ctl", 1, "同比增長8.7%", value=8.7, unit=PC)
S("ctl", 1, "權益4429.26億元", vt="4429.26億", value=4429.26 * YI, unit=CNY)
S("ctl", 1, "同比增長2.5%", value=2.5, unit=PC)
NC("ctl", 2, "楊潔)3月26日", "date")
S("ctl", 2, "投資348億元", vt="348億", value=348 * YI, unit=CNY)
S("ctl", 2, "投資355億元", vt="355億", value=355 * YI, unit=CNY)
S("ctl", 2, "新建5G基站超22萬站", vt="22萬", value=22 * WAN, unit=CNT, q="over")
S("ctl", 2, "在用5G基站超121萬站", vt="121萬", value=121 * WAN, unit=CNT, q="over")
NC("ctl", 3, "1. 總體業績", "list_number")
NC("ctl", 3, "服務收入1為", "footnote_marker")
NC("ctl", 3, "EBITDA2為", "footnote_marker")
NC("ctl", 3, "淨利潤3為", "footnote_marker")
NC("ctl", 3, "自由現金流4達到", "footnote_marker")
NC("ctl", 3, "1 服務收入計算", "footnote_marker")
NC("ctl", 3, "2 EBITDA計算", "footnote_marker")
NC("ctl", 3, "3 淨利潤為本公司", "footnote_marker")
NC("ctl", 3, "4 自由現金流的", "footnote_marker")
S("ctl", 3, "人民幣1,368億元", vt="1,368億", value=1368 * YI, unit=CNY)
S("ctl", 3, "同比增長5.0%", value=5.0, unit=PC)
NC("ctl", 4, "发表时间:2024年3月28日 10:33", "date")
NC("ctl", 4, "3月26日消息", "date")
NC("ctl", 4, "截至2023年12月31日", "date")
NC("ctl", 5, "1. OVERALL RESULTS", "list_number")
NC("ctl", 5, "Service revenues1", "footnote_marker")
NC("ctl", 6, "China Telecom (601728)", "stock_code")
S("ctl", 6, "target price of RMB 6.96", value=6.96, unit=CNY)
S("ctl", 6, "current price of RMB 6.00", value=6.00, unit=CNY)
S("ctl", 6, "RMB 195.7 billion", vt="195.7 billion", value=195.7 * B, unit=CNY)
S("ctl", 6, "growing 2.4%", value=2.4, unit=PC)
S("ctl", 6, "RMB 123.1 billion", vt="123.1 billion", value=123.1 * B, unit=CNY)
S("ctl", 6, "up 3.8%", value=3.8, unit=PC)
cites("ctl", 6)
S("ctl", 7, "RMB236.0 billion", vt="236.0 billion", value=236.0 * B, unit=CNY)
S("ctl", 7, "an increase of 6.6%", value=6.6, unit=PC)
S("ctl", 7, "RMB73.3 billion", vt="73.3 billion", value=73.3 * B, unit=CNY)
S("ctl", 7, "an increase of 5.0%", value=5.0, unit=PC)
S("ctl", 7, "RMB17.6 billion", vt="17.6 billion", value=17.6 * B, unit=CNY)
S("ctl", 8, "上年同期為0.2元", value=0.2, unit=CNY)
NC("ctl", 9, "IT之家 8 月 8 日", "date")
NC("ctl", 9, "ARPU3", "footnote_marker")

# bdu-05 repeats its paragraph on one line: a figure in the first copy is quoted from '持续提升。', in the second
# from '总览 - ', each up to the figure (the two quotes overlap nothing else: the figure is the value_text)
_B5 = ("2023Q4,百度集团实现总收入350亿元,同比增长6%。百度核心收入同比增长7%,爱奇艺收入同比增长2%。2023Q4,百度集团实现经调整归母"
       "净利润78亿元,同比增长40%。经调整归母净利润率22%。其中,百度核心实现经调整归母净利润62亿元,同比增长13%,经调整归母净利润率23%。")


def b5(copy, upto):
    return ("持续提升。" if copy == 1 else "总览 - ") + _B5[:_B5.index(upto) + len(upto)]


# ============================================================ Baidu
ms = [
    F("bdu", 1, "2023年收入1346亿元", 1346 * YI, CNY, vt="1346亿"),
    F("bdu", 2, "RMB 134.598 billion", 134.598 * B, CNY, vt="134.598 billion"),
    F("bdu", 3, "总营收为1346亿元", 1346 * YI, CNY, vt="1346亿"),
    F("bdu", 4, "2023全年营业收入1346亿元", 1346 * YI, CNY, vt="1346亿"),  # audit: quote takes in its year (no other unique quote for it)
    F("bdu", 6, "Revenue for 2023 was 134.6 billion CNY", 134.6 * B, CNY, vt="134.6 billion"),
]
G("bdu_revenue_2023", BDU, "Baidu's 2023 total revenue: 1346亿 three times, 134.598 billion and 134.6 billion", "Baidu",
  "total revenue", "2023", "1346亿 and 134.6 billion round 134.598 billion: rounding.", ms)
ms = [
    F("bdu", 1, "1346亿元,同比增长9%", 9, PC),
    F("bdu", 2, "a year-on-year growth of 9%", 9, PC),
    F("bdu", 3, "1346亿元,同比增长9%", 9, PC),
    F("bdu", 4, "1346亿元,同比增长9%", 9, PC),
    F("bdu", 6, "a year-on-year growth of 8.8%", 8.8, PC),
]
G("bdu_revenue_growth_2023_pc", BDU, "Growth of Baidu's 2023 revenue: 9% four times against reportify's 8.8%", "Baidu",
  "total revenue, year-on-year growth", "2023", "9 rounds 8.8: rounding.", ms)
ms = [
    F("bdu", 1, "2023年Non-GAAP归母净利润287亿元", 287 * YI, CNY, vt="287亿"),
    F("bdu", 2, "RMB 28.7 billion", 28.7 * B, CNY, vt="28.7 billion"),
    F("bdu", 3, "归属于百度的净利润为287亿元", 287 * YI, CNY, vt="287亿"),
    F("bdu", 4, "Non-GAAP净利润287亿元", 287 * YI, CNY, vt="287亿"),
    F("bdu", 6, "Non-GAAP net profit for 2023 was 28.7 billion CNY", 28.7 * B, CNY, vt="28.7 billion"),
]
G("bdu_nongaap_profit_2023", BDU, "Baidu's 2023 non-GAAP net profit attributable to Baidu: 287亿 / 28.7 billion five times", "Baidu",
  "non-GAAP net profit attributable to Baidu", "2023", "Consistent.", ms)
ms = [
    F("bdu", 1, "287亿元,同比增长39%", 39, PC),
    F("bdu", 2, "growth rate of 39%", 39, PC),
    F("bdu", 4, "287亿元,同比增长39%", 39, PC),
    F("bdu", 6, "growth of 39.0%", 39.0, PC),
]
G("bdu_nongaap_profit_growth_2023_pc", BDU, "Its growth: 39% three times and 39.0%", "Baidu", "non-GAAP net profit, growth", "2023",
  "Consistent (39 and 39.0 are the same value).", ms)
ms = [
    F("bdu", 1, "2023Q4公司实现收入350亿元", 350 * YI, CNY, vt="350亿"),
    F("bdu", 2, "a revenue of RMB 34.951 billion", 34.951 * B, CNY, vt="34.951 billion"),
    F("bdu", 3, "营收349.5亿元", 349.5 * YI, CNY, vt="349.5亿"),
    F("bdu", 3, "总营收为350亿元", 350 * YI, CNY, vt="350亿"),
    F("bdu", 4, "2023年四季度营收350亿元", 350 * YI, CNY, vt="350亿"),
    F("bdu", 4, "公司营业收入350亿元", 350 * YI, CNY, vt="350亿"),
    F("bdu", 7, "Revenue came in at RMB34.95 billion", 34.95 * B, CNY, vt="34.95 billion"),
]
# bdu-05 repeats its paragraph on one line: the two copies are told apart by what precedes them
ms += [
    F("bdu", 5, b5(1, "350亿元"), 350 * YI, CNY, vt="350亿"),
    F("bdu", 5, b5(2, "350亿元"), 350 * YI, CNY, vt="350亿"),
]
G("bdu_revenue_q4_2023", BDU, "Baidu's Q4 2023 revenue: 350亿 six times, 349.5亿, 34.951 billion and 34.95 billion", "Baidu",
  "total revenue", "2023 Q4",
  "350亿 rounds 349.51亿; 349.5亿 and 34.95 billion are the same value and round 34.951 billion: rounding.", ms)
ms = [
    F("bdu", 1, "350亿元,同比增长6%", 6, PC),
    F("bdu", 2, "year-on-year growth of 5.67%", 5.67, PC),
    F("bdu", 3, "350亿元,同比增长6%", 6, PC),
    F("bdu", 4, "营收350亿元,同比增长6%", 6, PC),
    F("bdu", 4, "营业收入350亿元,同比增长6%", 6, PC),
    F("bdu", 5, "百度集团总收入增长6%", 6, PC),
    F("bdu", 5, b5(1, "同比增长6%"), 6, PC),
    F("bdu", 5, b5(2, "同比增长6%"), 6, PC),
]
G("bdu_revenue_growth_q4_2023_pc", BDU, "Growth of Baidu's Q4 2023 revenue: 6% seven times against equalocean's 5.67%", "Baidu",
  "total revenue, year-on-year growth", "2023 Q4", "6 rounds 5.67: rounding.", ms)
ms = [
    F("bdu", 1, "2023Q4Non-GAAP归母净利润78亿元", 78 * YI, CNY, vt="78亿"),
    F("bdu", 2, "RMB 7.755 billion", 7.755 * B, CNY, vt="7.755 billion"),
    F("bdu", 3, "经调净利润78亿元", 78 * YI, CNY, vt="78亿"),
    F("bdu", 3, "归属于百度的净利润为78亿元", 78 * YI, CNY, vt="78亿"),
    F("bdu", 4, "Non-GAAP 净利润78亿元", 78 * YI, CNY, vt="78亿"),
    F("bdu", 4, "实现Non-GAAP净利润78亿元", 78 * YI, CNY, vt="78亿"),
    F("bdu", 5, b5(1, "78亿元"), 78 * YI, CNY, vt="78亿"),
    F("bdu", 5, b5(2, "78亿元"), 78 * YI, CNY, vt="78亿"),
]
G("bdu_nongaap_profit_q4_2023", BDU, "Baidu's Q4 2023 non-GAAP net profit: 78亿 seven times against 7.755 billion", "Baidu",
  "non-GAAP net profit attributable to Baidu", "2023 Q4", "78亿 rounds 77.55亿: rounding.", ms)
ms = [
    F("bdu", 1, "78亿元,同比增长44%", 44, PC),
    F("bdu", 2, "a significant increase of 44%", 44, PC),
    F("bdu", 4, "Non-GAAP 净利润78亿元,同比增长44%", 44, PC),
    F("bdu", 4, "实现Non-GAAP净利润78亿元,同比增长44%", 44, PC),
    F("bdu", 5, b5(1, "同比增长40%"), 40, PC, step=1),
    F("bdu", 5, b5(2, "同比增长40%"), 40, PC, step=1),
]
G("bdu_nongaap_profit_growth_q4_2023_pc", BDU, "Growth of Baidu's Q4 2023 non-GAAP net profit: 44% four times against reportify.cc's 40% (twice, its paragraph repeated)",
  "Baidu", "non-GAAP net profit attributable to Baidu, year-on-year growth", "2023 Q4",
  "44 against 40: conflict. reportify.cc gives every figure to the whole percent (6, 7, 2, 22, 13, 23), so its 40 is "
  "read to the unit (step=1), not as a rounding to tens of 44 (the kit would read a trailing zero as tens). The 78亿 and "
  "7.755 billion are the same on all pages; 40% is the "
  "growth of a differently adjusted figure or a slip: as written, conflict).", ms)
ms = [
    F("bdu", 1, "2023Q4百度核心收入达到275亿元", 275 * YI, CNY, vt="275亿"),
    F("bdu", 2, "core revenue in the fourth quarter reached RMB 27.5 billion", 27.5 * B, CNY, vt="27.5 billion"),
    F("bdu", 7, "Baidu Core generated RMB27.49 billion", 27.49 * B, CNY, vt="27.49 billion"),
]
G("bdu_core_revenue_q4_2023", BDU, "Baidu Core's Q4 2023 revenue: 275亿 / 27.5 billion against investing.com's 27.49 billion", "Baidu Core",
  "revenue", "2023 Q4", "27.5 rounds 27.49: rounding.", ms)
ms = [
    F("bdu", 1, "275亿元,同比增长7%", 7, PC),
    F("bdu", 2, "27.5 billion, up 7%", 7, PC),
    F("bdu", 5, b5(1, "同比增长7%"), 7, PC),
    F("bdu", 5, b5(2, "同比增长7%"), 7, PC),
]
G("bdu_core_revenue_growth_q4_2023_pc", BDU, "Baidu Core's Q4 revenue growth: 7% four times", "Baidu Core", "revenue, growth", "2023 Q4",
  "Consistent.", ms)
ms = [
    F("bdu", 2, "reached RMB 19.2 billion", 19.2 * B, CNY, vt="19.2 billion"),
    F("bdu", 4, "在线广告收入192亿元", 192 * YI, CNY, vt="192亿"),
]
G("bdu_online_marketing_q4_2023", BDU, "Baidu Core's Q4 2023 online marketing revenue: 19.2 billion twice", "Baidu Core",
  "online marketing (advertising) revenue", "2023 Q4", "Consistent.", ms)
ms = [
    F("bdu", 2, "19.2 billion, up 6%", 6, PC),
    F("bdu", 4, "192亿元,同比增长6%", 6, PC),
    F("bdu", 8, "A 6% year-on-year increase in advertising revenue", 6, PC),
]
G("bdu_online_marketing_growth_q4_2023_pc", BDU, "Its growth: 6% three times", "Baidu Core", "online marketing revenue, growth",
  "2023 Q4", "Consistent.", ms)
ms = [
    F("bdu", 4, "MAU达到6.67亿", 6.67 * YI, CNT, vt="6.67亿"),
    F("bdu", 7, "reported at 667 million", 667e6, CNT, vt="667 million"),
]
G("bdu_app_mau_dec_2023", BDU, "Baidu App's monthly active users in December 2023: 667 million twice", "Baidu App",
  "monthly active users", "December 2023", "Consistent.", ms)
ms = [
    F("bdu", 2, "expectation of RMB 35.14 billion", 35.14 * B, CNY, vt="35.14 billion"),
    F("bdu", 7, "the projected RMB35.14 billion", 35.14 * B, CNY, vt="35.14 billion"),
]
G("bdu_revenue_q4_2023_consensus", BDU, "Analysts' expected Q4 2023 revenue: 35.14 billion twice", "Baidu", "consensus revenue estimate",
  "2023 Q4", "Consistent.", ms)
for _what, _upto, _v, _unit, _vt in (("iqiyi_growth", "爱奇艺收入同比增长2%", 2, PC, None),
                                     ("nongaap_margin", "经调整归母净利润率22%", 22, PC, None),
                                     ("core_nongaap_margin", "经调整归母净利润率23%", 23, PC, None)):
    ms = [F("bdu", 5, b5(1, _upto), _v, _unit, vt=_vt), F("bdu", 5, b5(2, _upto), _v, _unit, vt=_vt)]
    G(f"bdu_q4_2023_{_what}", BDU, f"reportify.cc's repeated paragraph: {_upto} twice", "Baidu / iQIYI / Baidu Core",
      _what.replace("_", " "), "2023 Q4", "Consistent (the same page repeats its paragraph).", ms)
# bdu singles and non-claims
NC("bdu", 1, "2024年2月28日", "date")
# audit: Baidu Core's Q4 non-GAAP profit and its growth are on bdu-01 (75亿, 44%) and twice on bdu-05 (62亿, 13%):
# the same quantity (subject, measure, quarter), keyed as groups, conflict (as 44% against 40% for the group's profit)
ms = [
    F("bdu", 1, "Non-GAAP归属于百度核心的净利润75亿元", 75 * YI, CNY, vt="75亿"),
    F("bdu", 5, b5(1, "净利润62亿元"), 62 * YI, CNY, vt="62亿"),
    F("bdu", 5, b5(2, "净利润62亿元"), 62 * YI, CNY, vt="62亿"),
]
G("bdu_core_nongaap_profit_q4_2023", BDU, "Baidu Core's Q4 2023 non-GAAP net profit: fxbaogao's 75亿 against reportify.cc's 62亿 (twice, its paragraph repeated)",
  "Baidu Core", "non-GAAP (经调整) net profit attributable to Baidu Core", "2023 Q4",
  "75 against 62: conflict (reportify.cc's adjusted figures may be a broker's own adjustment, as its 40% growth of the "
  "group's 78亿; the page does not say so: as written, conflict). The two copies on bdu-05: consistent.", ms)
ms = [
    F("bdu", 1, "75亿元,同比增长44%", 44, PC),
    F("bdu", 5, b5(1, "同比增长13%"), 13, PC),
    F("bdu", 5, b5(2, "同比增长13%"), 13, PC),
]
G("bdu_core_nongaap_profit_growth_q4_2023_pc", BDU, "Growth of Baidu Core's Q4 2023 non-GAAP net profit: fxbaogao's 44% against reportify.cc's 13% (twice)",
  "Baidu Core", "non-GAAP net profit attributable to Baidu Core, year-on-year growth", "2023 Q4",
  "44 against 13: conflict; the two copies on bdu-05: consistent.", ms)
S("bdu", 1, "净利润24亿元", vt="24亿", value=24 * YI, unit=CNY)
S("bdu", 1, "同比下滑49%", value=49, unit=PC)
S("bdu", 1, "确认了29.7亿", vt="29.7亿", value=29.7 * YI, unit=CNY)
NC("bdu", 2, "On February 28th", "date")
NC("bdu", 2, "(9888:HK;", "stock_code")
S("bdu", 2, "RMB 103.5 billion", vt="103.5 billion", value=103.5 * B, unit=CNY)
S("bdu", 2, "marking an 8% year-on-year increase", value=8, unit=PC)
S("bdu", 2, "RMB 75.1 billion", vt="75.1 billion", value=75.1 * B, unit=CNY)
S("bdu", 2, "75.1 billion, up 8%", value=8, unit=PC)
S("bdu", 2, "RMB 28.4 billion", vt="28.4 billion", value=28.4 * B, unit=CNY)
S("bdu", 2, "28.4 billion, up 9%", value=9, unit=PC)
S("bdu", 2, "RMB 31.9 billion", vt="31.9 billion", value=31.9 * B, unit=CNY)
S("bdu", 2, "a 10% year-on-year growth", value=10, unit=PC)
S("bdu", 2, "amounted to RMB 65 billion", vt="65 billion", value=65 * B, unit=CNY)
S("bdu", 2, "up 2% year-on-year", value=2, unit=PC)
S("bdu", 2, "RMB 23.5 billion", vt="23.5 billion", value=23.5 * B, unit=CNY)
S("bdu", 2, "up 15%", value=15, unit=PC)
S("bdu", 2, "RMB 24.2 billion", vt="24.2 billion", value=24.2 * B, unit=CNY)
S("bdu", 2, "up 4%", value=4, unit=PC)
S("bdu", 2, "RMB 8.3 billion", vt="8.3 billion", value=8.3 * B, unit=CNY)
S("bdu", 2, "8.3 billion, up 9%", value=9, unit=PC)
NC("bdu", 3, "北京时间2月28日", "date")
NC("bdu", 3, "HKEX:9888", "stock_code")
NC("bdu", 3, "截至12月31日", "date")
S("bdu", 3, "净利润为26亿元", vt="26亿", value=26 * YI, unit=CNY)
S("bdu", 3, "净利润为203亿元", vt="203亿", value=203 * YI, unit=CNY)
NC("bdu", 4, "2023年12月,百度APP", "date")
S("bdu", 4, "同比增加3%", value=3, unit=PC)
S("bdu", 4, "在线营销收入的51%", value=51, unit=PC)
cites("bdu", 5)
cites("bdu", 6)
S("bdu", 6, "adjusted to 27.1 billion", vt="27.1 billion", value=27.1 * B, unit=CNY)
S("bdu", 6, "and 29.4 billion CNY", vt="29.4 billion", value=29.4 * B, unit=CNY)
S("bdu", 6, "at 32 billion CNY", vt="32 billion", value=32 * B, unit=CNY)
S("bdu", 6, "growth rates of 0.2%", value=0.2, unit=PC)
S("bdu", 6, "0.2%, 8.7%,", value=8.7, unit=PC)
S("bdu", 6, "and 8.7% [6]", value=8.7, unit=PC)
S("bdu", 6, "price of 88.35 HKD", value=88.35, unit=HKD)
S("bdu", 6, "8.7, 8.0, and 7.4", vt="8.0", value=8.0, unit="times")
S("bdu", 6, "8.0, and 7.4", vt="7.4", value=7.4, unit="times")
S("bdu", 6, "slightly to 133.1 billion CNY", vt="133.1 billion", value=133.1 * B, unit=CNY)
S("bdu", 6, "a decline to 27.0 billion CNY", vt="27.0 billion", value=27.0 * B, unit=CNY)
S("bdu", 6, "projected to be 51.3%", value=51.3, unit=PC)
S("bdu", 6, "net margin of 19.7%", value=19.7, unit=PC)
S("bdu", 6, "expected to be 9.4 CNY", value=9.4, unit=CNY)
ms = [
    F("bdu", 6, "(PE) of 8.7,", 8.7, "times"),
    F("bdu", 6, "with a PE ratio of 8.7", 8.7, "times"),
]
G("bdu_pe_2025e", BDU, "reportify.ai's (开源证券) PE for 2025 at the current price: 8.7 twice on one page", "Baidu Group-SW (09888)",
  "price-to-earnings ratio at 88.35 HKD", "2025 (forecast)",
  "Consistent (audit: the PE of the 2025-2027 list's first year and the PE beside the 2025 EPS are the same figure).", ms)
S("bdu", 7, "more than 1.3%", value=1.3, unit=PC, q="over")
S("bdu", 7, "reported at RMB21.86", value=21.86, unit=CNY)
S("bdu", 7, "expectations of RMB17.58", value=17.58, unit=CNY)
S("bdu", 7, "the anticipated RMB27.31 billion", vt="27.31 billion", value=27.31 * B, unit=CNY)
S("bdu", 7, "reached RMB7.7 billion", vt="7.7 billion", value=7.7 * B, unit=CNY)
S("bdu", 7, "the expected RMB7.86 billion", vt="7.86 billion", value=7.86 * B, unit=CNY)
S("bdu", 7, "estimate of 658.74 million", vt="658.74 million", value=658.74e6, unit=CNT)
S("bdu", 7, "documented at 23%", value=23, unit=PC)
S("bdu", 8, "A 48% drop", value=48, unit=PC)
S("bdu", 8, "nearly 30%", value=30, unit=PC, q="under")
S("bdu", 8, "RMB 656 million", vt="656 million", value=656e6, unit=CNY)
S("bdu", 8, "($91.2 million)", vt="91.2 million", value=91.2e6, unit=USD)
NC("bdu", 8, "ERNIE Bot 3.5", "name")
S("bdu", 8, "down 99%", value=99, unit=PC)
NC("bdu", 8, "ERNIE Bot 4.0", "name")
S("bdu", 8, "climbed 11%", value=11, unit=PC)
S("bdu", 8, "RMB 6.3 billion", vt="6.3 billion", value=6.3 * B, unit=CNY)
S("bdu", 8, "reaching 26,000", value=26000, unit=CNT)

# audit: every figure keyed -- years that date a figure, quarter numbers (Q4) and network generations (5G / 4G),
# each quoted with as little text as makes it unique on its line and overlaps no other quote; the last of
# several identical citation markers at a line's end stays unkeyed (no unique quote without overlap)
NC("bdu", 1, '2023年四', "date")
NC("bdu", 1, '于Q4', "date")
NC("bdu", 2, '2023', "date", nth=1)
NC("bdu", 2, '2023', "date", nth=2)
NC("bdu", 2, '2023', "date", nth=3)
NC("bdu", 2, '2023', "date", nth=4)
NC("bdu", 3, '2023年', "date", nth=1)
NC("bdu", 3, '2023年', "date", nth=2)
NC("bdu", 4, ',2023年四季度', "date")
NC("bdu", 4, '2023全年降', "date")
NC("bdu", 4, '2023年四季度,', "date")
NC("bdu", 4, '2023年第', "date")
NC("bdu", 6, '2025-2026', "date")
NC("bdu", 6, ' 2027 ', "date")
NC("bdu", 6, '2025-2027', "date")
NC("bdu", 6, '2024,', "date")
NC("bdu", 6, '2024 ', "date")
NC("bdu", 6, 'margin for 2025 is', "date")
NC("bdu", 6, 'EPS for 2025 is', "date")
NC("bdu", 7, 'FQ4', "date")
NC("bdu", 8, '2023', "date", nth=1)
NC("bdu", 8, '2023', "date", nth=2)
NC("bdu", 8, '2024', "date")
NC("ctl", 2, '2023年', "date", nth=1)
NC("ctl", 2, '2023年年', "date")
NC("ctl", 2, '2023年,', "date")
NC("ctl", 2, '2023年', "date", nth=3)
NC("ctl", 2, '5G', "name", nth=1)
NC("ctl", 2, '2023年', "date", nth=4)
NC("ctl", 3, '2023年', "date")
NC("ctl", 4, '2023年', "date", nth=1)
NC("ctl", 4, '2023年,', "date")
NC("ctl", 5, '2023', "date", nth=2)
NC("ctl", 6, '2023,', "date")
NC("ctl", 7, '2023', "date")
NC("ctl", 7, '5G network', "name")
NC("ctl", 7, '5G applications', "name")
NC("ctl", 7, '5G package', "name")
NC("ctl", 8, '2023年', "date")
NC("ctl", 9, '5G', "name")
NC("cun", 1, '2024,', "date")
NC("cun", 1, '5G', "name", nth=1)
NC("cun", 1, '2023', "date", nth=1)
NC("cun", 1, '5G', "name", nth=2)
NC("cun", 1, '2023', "date", nth=2)
NC("cun", 2, '2023', "date")
NC("cun", 3, '2023', "date")
NC("cun", 4, '2023年', "date")
NC("cun", 5, '2023', "date", nth=1)
NC("cun", 5, '5G', "name", nth=1)
NC("cun", 5, '2023', "date", nth=2)
NC("cun", 5, '2023', "date", nth=3)
NC("cun", 5, ',2023 年', "date", nth=2)
NC("cun", 5, '5G ', "name", nth=2)
NC("cun", 5, '。2023 年', "date")
NC("cun", 5, '4G', "name")
NC("cun", 5, '5G」', "name")
NC("cun", 6, '5G', "name")
NC("cun", 7, '2023 ', "date")
NC("cun", 7, '2023年', "date")
NC("cun", 8, '2023', "date", nth=2)
NC("cun", 8, '2023', "date", nth=3)
NC("cun", 9, '2023年', "date")
NC("cun", 10, '2023年', "date", nth=1)
NC("cun", 10, '2023年', "date", nth=2)
NC("cun", 11, 'in 2023,', "date")
NC("cun", 11, '2024', "date")
NC("cun", 11, '2023, China', "date")
NC("cun", 11, '5G', "name")
NC("cun", 12, '2023年', "date", nth=1)
NC("cun", 12, '2023年', "date", nth=2)
NC("cun", 12, '5G', "name")
NC("cun", 13, '2023年', "date", nth=1)
NC("cun", 13, '2023年', "date", nth=2)
NC("cun", 13, '2023年', "date", nth=3)

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh64.toml", "corpus-fresh64")
for _s in SKIPPED:
    print("unkeyed citation marker", *_s)
