"""Hand annotation of corpus-fresh68, written as data; emits gold.d/fresh68.toml (then run
corpus/check_gold.py --dir corpus-fresh68 --build).

Three news / business-statistics domains: China's National Day 'golden week' holiday tourism / 国庆黄金周 国内旅游 /
國慶黃金周 國內旅遊 (2023 eight-day holiday 8.26亿 trips and 7534.3亿元 revenue; the forecast 8.96亿 / 7825亿;
transport 5727.7万 a day against 57.28 million; 103.2 against 103 billion US dollars; 2024 spending 7008.17亿 against
'花了7008亿'; `gwk-*`), Tesla's vehicle deliveries / 特斯拉交付量 / 特斯拉交車量 (2023 1.81 million, 1.8 million,
1,808,581, 180.9万, 181万, 180万; Q4 2023 484,507 against 'around 483,000'; Model 3/Y 'around 1.73 million' against
1,739,707; 2024 179萬 against 178万; 2025 164萬 against 163萬6,129, 約8% against 8.6%, 16% against 15.6%, BYD's
226萬 against 225萬; `tsl-*`) and PDD Holdings (Pinduoduo / Temu) quarterly results (Q3 2023 68.84 / 68.8 billion yuan
and $9.44B / US$9.6 billion / $9.62 billion; FY2023 247.64 / 247.639 billion, 89.68% against 90%; Q3 2025 108.3 /
108.28 / 108 billion yuan, 14.3% against 14%, 53.35 / 53.3 / 53 billion, 54.9 / 55 billion; `pdd-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8; trips in persons (人次),
vehicles as vehicles, money in CNY / USD / HKD, shares and growth in percent.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S, V, basis, val  # noqa: E402

load(HERE)

goldrules.install()

_F = F


def F(*a, **kw):
    """goldrules' F, with values of 1,000 and more rounded to whole units (8.96 * 1e8 is not exactly 896 * 1e6 in
    floating point)."""
    m = _F(*a, **kw)
    if m is not None and abs(m["value"]) >= 1000:
        m["value"] = float(round(m["value"]))
    return m

GWK, TSL, PDD = "china-golden-week-tourism", "tesla-deliveries", "pdd-quarterly-results"
TRIPS, CNY, USD, HKD, VEH, TIMES = "persons", "CNY", "USD", "HKD", "vehicles", "times"
Y = 1e8   # 亿 / 億
W = 1e4   # 万 / 萬
B = 1e9
MN = 1e6

# ============================================================ golden week tourism
ms = [
    F("gwk", 1, "8.26亿人次出游", 8.26 * Y, TRIPS, vt="8.26亿", nth=1),
    F("gwk", 1, "热情高涨,8.26亿人次出游", 8.26 * Y, TRIPS, vt="8.26亿"),
    F("gwk", 1, "国内旅游出游人数8.26亿人次", 8.26 * Y, TRIPS, vt="8.26亿"),
    F("gwk", 2, "国内旅游出游人数8.26亿人次", 8.26 * Y, TRIPS, vt="8.26亿"),
    F("gwk", 3, "八天总出游人数达 8.26亿人次", 8.26 * Y, TRIPS, vt="8.26亿"),
    F("gwk", 4, "出游人数达到了8.26亿人次", 8.26 * Y, TRIPS, vt="8.26亿"),
    F("gwk", 9, "826 million domestic tourism trips", 826 * MN, TRIPS, vt="826 million"),
    F("gwk", 9, "826 million domestic tourists traveled", 826 * MN, TRIPS, vt="826 million"),
    F("gwk", 11, "A total of 826 million domestic trips", 826 * MN, TRIPS, vt="826 million"),
    F("gwk", 11, "出游人數(shù)8.26億人次", 8.26 * Y, TRIPS, vt="8.26億"),
]
G("gwk_trips_2023", GWK, "Domestic tourist trips in the eight-day Mid-Autumn / National Day holiday 2023: 8.26亿 = 826 million on seven pages",
  "China (domestic tourism)", "domestic tourist trips", "2023 Mid-Autumn and National Day holiday (Sept 29 - Oct 6, eight days)",
  "Consistent (8.26亿 = 826 million).", ms)
ms = [
    F("gwk", 1, "花了7534.3亿元", 7534.3 * Y, CNY, vt="7534.3亿"),
    F("gwk", 1, "旅游收入7534.3亿元,文化", 7534.3 * Y, CNY, vt="7534.3亿"),
    F("gwk", 1, "实现国内旅游收入7534.3亿元", 7534.3 * Y, CNY, vt="7534.3亿"),
    F("gwk", 2, "实现国内旅游收入7534.3亿元", 7534.3 * Y, CNY, vt="7534.3亿"),
    F("gwk", 3, "国内旅游收入为 7534.3亿元", 7534.3 * Y, CNY, vt="7534.3亿"),
    F("gwk", 4, "实现了旅游收入7534.3亿元", 7534.3 * Y, CNY, vt="7534.3亿"),
    F("gwk", 9, "revenue of 753.43 billion yuan", 753.43 * B, CNY, vt="753.43 billion"),
    F("gwk", 10, "approximately 753.4 billion yuan", 753.4 * B, CNY, vt="753.4 billion", q="approx"),
    F("gwk", 11, "around 753.4 billion yuan", 753.4 * B, CNY, vt="753.4 billion", q="approx"),
    F("gwk", 11, "旅游收入7534.3億元", 7534.3 * Y, CNY, vt="7534.3億"),
]
G("gwk_revenue_2023_cny", GWK, "Domestic tourism revenue in the 2023 eight-day holiday: 7534.3亿元 = 753.43 billion yuan, 'approximately / around 753.4 billion'",
  "China (domestic tourism)", "domestic tourism revenue", "2023 Mid-Autumn and National Day holiday (eight days)",
  "7534.3亿 = 753.43 billion; 'approximately 753.4' (753.35-753.45) holds 753.43: consistent.", ms)
ms = [
    F("gwk", 10, "about 103.2 billion U.S. dollars", 103.2 * B, USD, vt="103.2 billion", q="approx"),
    F("gwk", 11, "($103 billion)", 103 * B, USD, vt="$103 billion"),
]
G("gwk_revenue_2023_usd", GWK, "The same revenue in US dollars: people.cn's 'about 103.2 billion' against 868680's $103 billion",
  "China (domestic tourism)", "domestic tourism revenue, in US dollars", "2023 Mid-Autumn and National Day holiday (eight days)",
  "103 rounds 103.2 (goldrules' hand rule: a coarser plain figure that rounds an 'about' figure it does not hold): rounding.", ms)
ms = [
    F("gwk", 1, "按可比口径同比增长71.3%", 71.3, PC),
    F("gwk", 2, "按可比口径同比增长71.3%", 71.3, PC),
    F("gwk", 3, ",同比增长71.3%", 71.3, PC),
    F("gwk", 9, "an increase of 71.3% year-on-year", 71.3, PC),
    F("gwk", 11, "up 71.3 percent year on year", 71.3, PC),
    F("gwk", 11, "同比增長71.3%", 71.3, PC),
]
G("gwk_trips_growth_2023_pc", GWK, "Year-on-year growth of the 2023 holiday trips: 71.3% six times", "China (domestic tourism)",
  "domestic tourist trips, year-on-year growth (comparable basis)", "2023 Mid-Autumn and National Day holiday", "Consistent.", ms)
ms = [
    F("gwk", 1, "较2019年增长4.1%", 4.1, PC),
    F("gwk", 2, "较2019年增长4.1%", 4.1, PC),
    F("gwk", 3, "较2019年增长4.1%", 4.1, PC),
    F("gwk", 9, "4.1% compared to 2019", 4.1, PC),
]
G("gwk_trips_vs2019_pc", GWK, "2023 holiday trips against 2019: +4.1% four times", "China (domestic tourism)",
  "domestic tourist trips, growth over 2019", "2023 Mid-Autumn and National Day holiday", "Consistent.", ms)
ms = [
    F("gwk", 1, "按可比口径同比增长129.5%", 129.5, PC),
    F("gwk", 2, "按可比口径同比增长129.5%", 129.5, PC),
    F("gwk", 3, "同比增长129.5%", 129.5, PC),
    F("gwk", 9, "year-on-year increase of 129.5%", 129.5, PC),
    F("gwk", 10, "increase of 129.5 percent", 129.5, PC),
    F("gwk", 11, "rise of 129.5 percent", 129.5, PC),
    F("gwk", 11, "同比增長129.5%", 129.5, PC),
]
G("gwk_revenue_growth_2023_pc", GWK, "Year-on-year growth of the 2023 holiday revenue: 129.5% seven times", "China (domestic tourism)",
  "domestic tourism revenue, year-on-year growth (comparable basis)", "2023 Mid-Autumn and National Day holiday", "Consistent.", ms)
ms = [
    F("gwk", 1, "较2019年增长1.5%", 1.5, PC),
    F("gwk", 2, "较2019年增长1.5%", 1.5, PC),
    F("gwk", 3, "较2019年增长1.5%", 1.5, PC),
    F("gwk", 9, "growth of 1.5% compared to 2019", 1.5, PC),
    F("gwk", 10, "rise of 1.5 percent", 1.5, PC),
    F("gwk", 11, "growth of 1.5 percent", 1.5, PC),
    F("gwk", 11, "較2019年增長1.5%", 1.5, PC),
]
G("gwk_revenue_vs2019_pc", GWK, "2023 holiday revenue against 2019: +1.5% seven times", "China (domestic tourism)",
  "domestic tourism revenue, growth over 2019", "2023 Mid-Autumn and National Day holiday", "Consistent.", ms)
ms = [
    F("gwk", 4, "国内旅游收入6680.9亿元", 6680.9 * Y, CNY, vt="6680.9亿"),
    F("gwk", 8, "to 668.09 billion yuan", 668.09 * B, CNY, vt="668.09 billion"),
]
G("gwk_revenue_first7_2023", GWK, "Tourism revenue in the first seven days of the 2023 holiday: 6680.9亿元 = 668.09 billion yuan",
  "China (domestic tourism)", "domestic tourism revenue", "2023 holiday, first seven days", "Consistent.", ms)
ms = [
    F("gwk", 4, "同比增长132.6%", 132.6, PC),
    F("gwk", 8, "surged 132.6 percent", 132.6, PC),
]
G("gwk_revenue_first7_growth_pc", GWK, "Growth of the first-seven-days revenue: 132.6% twice", "China (domestic tourism)",
  "domestic tourism revenue, year-on-year growth", "2023 holiday, first seven days", "Consistent.", ms)
ms = [
    F("gwk", 5, "国内出游将达8.96亿人次", 8.96 * Y, TRIPS, vt="8.96亿"),
    F("gwk", 5, "出游预计达8.96亿人次", 8.96 * Y, TRIPS, vt="8.96亿"),
    F("gwk", 12, "expected to reach 896 million", 896 * MN, TRIPS, vt="896 million"),
]
G("gwk_trips_forecast_2023", GWK, "The ministry's forecast of 2023 holiday trips (30 September): 8.96亿 = 896 million",
  "China (domestic tourism)", "domestic tourist trips (forecast)", "2023 Mid-Autumn and National Day holiday", "Consistent.", ms)
ms = [
    F("gwk", 5, "《彩名堂app官网下载》86%", 86, PC),
    F("gwk", 12, "increase of 86 percent", 86, PC),
]
G("gwk_trips_forecast_growth_pc", GWK, "Forecast growth of trips: 86% twice (chinanews' copy has spam inside the sentence)",
  "China (domestic tourism)", "domestic tourist trips (forecast), year-on-year growth", "2023 Mid-Autumn and National Day holiday",
  "Consistent.", ms)
ms = [
    F("gwk", 5, "国内旅游收入7825亿元", 7825 * Y, CNY, vt="7825亿"),
    F("gwk", 12, "expected to be 782.5 billion yuan", 782.5 * B, CNY, vt="782.5 billion"),
]
G("gwk_revenue_forecast_2023", GWK, "Forecast holiday revenue: 7825亿元 = 782.5 billion yuan", "China (domestic tourism)",
  "domestic tourism revenue (forecast)", "2023 Mid-Autumn and National Day holiday", "Consistent.", ms)
ms = [
    F("gwk", 5, "同比增长138%", 138, PC),
    F("gwk", 12, "increase of 138 percent", 138, PC),
]
G("gwk_revenue_forecast_growth_pc", GWK, "Forecast revenue growth: 138% twice", "China (domestic tourism)",
  "domestic tourism revenue (forecast), year-on-year growth", "2023 Mid-Autumn and National Day holiday", "Consistent.", ms)
ms = [
    F("gwk", 3, "八天累计发送旅客 4.58亿人次", 4.58 * Y, TRIPS, vt="4.58亿"),
    F("gwk", 10, "came in at 458 million", 458 * MN, TRIPS, vt="458 million"),
]
G("gwk_passenger_trips_2023", GWK, "Passenger trips (Ministry of Transport) in the 2023 eight-day holiday: 4.58亿 = 458 million",
  "China (all transport modes)", "passenger trips", "2023 holiday (Sept 29 - Oct 6)", "Consistent.", ms)
ms = [
    F("gwk", 3, "日均5727.7万人次", 5727.7 * W, TRIPS, vt="5727.7万"),
    F("gwk", 10, "A daily average of 57.28 million", 57.28 * MN, TRIPS, vt="57.28 million"),
]
G("gwk_passenger_daily_2023", GWK, "Daily passenger trips in the 2023 holiday: 5727.7万 against people.cn's 57.28 million",
  "China (all transport modes)", "passenger trips per day", "2023 holiday (Sept 29 - Oct 6)",
  "57.28 million rounds 57.277 million: rounding.", ms)
ms = [
    F("gwk", 3, "日均增长57.1%", 57.1, PC),
    F("gwk", 10, "surging 57.1 percent", 57.1, PC),
]
G("gwk_passenger_daily_growth_pc", GWK, "Growth of daily passenger trips: 57.1% twice", "China (all transport modes)",
  "passenger trips per day, year-on-year growth", "2023 holiday", "Consistent.", ms)
ms = [
    F("gwk", 8, "will hit 1.58 million", 1.58 * MN, TRIPS, vt="1.58 million", basis="estimate"),
    F("gwk", 10, "Nearly 1.48 million entry-exit trips", 1.48 * MN, TRIPS, vt="1.48 million", q="under"),
]
G("gwk_crossborder_daily_2023", GWK, "Daily cross-border trips in the 2023 holiday: the immigration administration's estimate 1.58 million (cgtn, during the holiday) against people.cn's outcome 'nearly 1.48 million'",
  "China (border crossings)", "inbound and outbound trips per day", "2023 holiday",
  "An estimate made during the holiday against the reported outcome: different_basis.", ms)
ms = [
    F("gwk", 6, "全國(guó)國(guó)內(nèi)出游7.65億人次", 7.65 * Y, TRIPS, vt="7.65億"),
    F("gwk", 13, "全国国内出游7.65亿人次", 7.65 * Y, TRIPS, vt="7.65亿"),
    F("gwk", 14, "國內出游7.65億人次", 7.65 * Y, TRIPS, vt="7.65億", nth=1),
    F("gwk", 14, "全國國內出游7.65億人次,按可比", 7.65 * Y, TRIPS, vt="7.65億"),
    F("gwk", 15, "全国国内出游7.65亿人次 国内游客", 7.65 * Y, TRIPS, vt="7.65亿"),
    F("gwk", 15, "7.65亿人次出游", 7.65 * Y, TRIPS, vt="7.65亿"),
    F("gwk", 15, "全国国内出游7.65亿人次,按可比口径", 7.65 * Y, TRIPS, vt="7.65亿"),
]
G("gwk_trips_2024", GWK, "Domestic trips in the 2024 National Day holiday (seven days): 7.65亿 on four pages", "China (domestic tourism)",
  "domestic tourist trips", "2024 National Day holiday (Oct 1-7)", "Consistent.", ms)
ms = [
    F("gwk", 6, "較2019年同期增長(zhǎng)10.2%", 10.2, PC),
    F("gwk", 13, "较2019年同期增长10.2%", 10.2, PC),
    F("gwk", 14, "較2019年同期增長(cháng)10.2%", 10.2, PC),
    F("gwk", 15, "较2019年同期增长10.2%", 10.2, PC),
]
G("gwk_trips_2024_vs2019_pc", GWK, "2024 holiday trips against 2019: +10.2% four times", "China (domestic tourism)",
  "domestic tourist trips, growth over 2019", "2024 National Day holiday", "Consistent.", ms)
ms = [
    F("gwk", 6, "同比增長(zhǎng)5.9%", 5.9, PC),
    F("gwk", 13, "同比增长5.9%", 5.9, PC),
    F("gwk", 14, "同比增長(cháng)5.9%", 5.9, PC),
    F("gwk", 15, "同比增长5.9%", 5.9, PC),
]
G("gwk_trips_2024_growth_pc", GWK, "Growth of 2024 holiday trips: 5.9% four times", "China (domestic tourism)",
  "domestic tourist trips, year-on-year growth (comparable basis)", "2024 National Day holiday", "Consistent.", ms)
ms = [
    F("gwk", 6, "總花費(fèi)7008.17億元", 7008.17 * Y, CNY, vt="7008.17億"),
    F("gwk", 13, "总花费超7000亿元", 7000 * Y, CNY, vt="7000亿", q="over"),
    F("gwk", 13, "国内游客出游总花费7008.17亿元", 7008.17 * Y, CNY, vt="7008.17亿"),
    F("gwk", 14, "總花費7008.17億元", 7008.17 * Y, CNY, vt="7008.17億"),
    F("gwk", 15, "总花费7008.17亿元 群众", 7008.17 * Y, CNY, vt="7008.17亿"),
    F("gwk", 15, "花了7008亿", 7008 * Y, CNY, vt="7008亿"),
    F("gwk", 15, "总花费7008.17亿元,按可比口径", 7008.17 * Y, CNY, vt="7008.17亿"),
]
G("gwk_spending_2024", GWK, "Tourists' total spending in the 2024 holiday: 7008.17亿元 five times, '超7000亿' and fjsen's subheading '花了7008亿'",
  "China (domestic tourism)", "domestic tourists' total spending", "2024 National Day holiday",
  "7008 rounds 7008.17: rounding (also inside fjsen's page, RK). 'Over 7000' holds all: consistent.", ms)
ms = [
    F("gwk", 6, "同比增長(zhǎng)6.3%", 6.3, PC),
    F("gwk", 13, "同比增长6.3%", 6.3, PC),
    F("gwk", 14, "同比增長(cháng)6.3%", 6.3, PC),
    F("gwk", 15, "同比增长6.3%", 6.3, PC),
]
G("gwk_spending_2024_growth_pc", GWK, "Growth of 2024 holiday spending: 6.3% four times", "China (domestic tourism)",
  "domestic tourists' spending, year-on-year growth", "2024 National Day holiday", "Consistent.", ms)
ms = [
    F("gwk", 6, "較2019年同期增長(zhǎng)7.9%", 7.9, PC),
    F("gwk", 13, "较2019年同期增长7.9%", 7.9, PC),
    F("gwk", 14, "較2019年同期增長(cháng)7.9%", 7.9, PC),
    F("gwk", 15, "较2019年同期增长7.9%", 7.9, PC),
]
G("gwk_spending_2024_vs2019_pc", GWK, "2024 holiday spending against 2019: +7.9% four times", "China (domestic tourism)",
  "domestic tourists' spending, growth over 2019", "2024 National Day holiday", "Consistent.", ms)
for gid, desc, metric, q13, q14, v, vt13, vt14, unit in [
    ("gwk_shows_2024", "Commercial performances in the 2024 holiday: 4.43万 shows twice", "commercial performances (shows)",
     "全国营业性演出4.43万场次", "營(yíng)業(yè)性演出4.43萬(wàn)場(chǎng)次", 4.43 * W, "4.43万", "4.43萬", CNT),
    ("gwk_shows_growth_2024_pc", "Growth of performances: 14.5% twice", "commercial performances, year-on-year growth",
     "同比增长14.5%", "同比增長(cháng)14.5%", 14.5, None, None, PC),
    ("gwk_shows_boxoffice_2024", "Ticket revenue of the performances: 22.09亿元 twice", "performance ticket revenue",
     "票房收入22.09亿元", "票房收入22.09億元", 22.09 * Y, "22.09亿", "22.09億", CNY),
    ("gwk_shows_boxoffice_growth_pc", "Growth of performance ticket revenue: 25.9% twice", "performance ticket revenue, year-on-year growth",
     "同比增长25.9%", "同比增長(cháng)25.9%", 25.9, None, None, PC),
    ("gwk_shows_audience_2024", "Audience of the performances: 1169.7万 twice", "performance audience",
     "观众1169.7万人次", "觀(guān)眾1169.7萬(wàn)人次", 1169.7 * W, "1169.7万", "1169.7萬", TRIPS),
    ("gwk_shows_audience_growth_pc", "Growth of the audience: 13.3% twice", "performance audience, year-on-year growth",
     "同比增长13.3%", "同比增長(cháng)13.3%", 13.3, None, None, PC),
    ("gwk_night_visits_2024", "Night-time visits to national night-economy clusters: 9686.23万 twice", "night-time visitor flow",
     "夜间客流量达9686.23万人次", "夜間客流量達9686.23萬(wàn)人次", 9686.23 * W, "9686.23万", "9686.23萬", TRIPS),
    ("gwk_night_visits_growth_pc", "Growth of night visits per night over 2023: 25.4% twice", "night-time visitor flow per night, growth over 2023",
     "较2023年增长25.4%", "較2023年增長(cháng)25.4%", 25.4, None, None, PC),
]:
    ms = [
        F("gwk", 13, q13, v, unit, vt=vt13),
        F("gwk", 14, q14, v, unit, vt=vt14),
    ]
    G(gid, GWK, desc, "China (culture and tourism, 2024 National Day holiday)", metric, "2024 National Day holiday", "Consistent.", ms)
# gwk singles and non-claims
NC("gwk", 1, "(9月29日摄)", "date")
NC("gwk", 1, "8天的中秋国庆假期", "duration")
NC("gwk", 1, "国庆节假期8天", "duration")
NC("gwk", 2, "新华社北京10月6日电", "date")
NC("gwk", 2, "文化和旅游部6日公布2023年", "date")
NC("gwk", 2, "假期8天", "duration")
S("gwk", 2, "推出149条全国乡村旅游精品线路", value=149, unit=CNT)
S("gwk", 2, "69家工业旅游示范基地", value=69, unit=CNT)
NC("gwk", 2, "9月28日18时至10月6日6时", "date")
S("gwk", 2, "243个国家级夜间", value=243, unit=CNT)
S("gwk", 2, "夜间客流量1.12亿人次", vt="1.12亿", value=1.12 * Y, unit=TRIPS)
S("gwk", 2, "每夜5.76万人次", vt="5.76万", value=5.76 * W, unit=TRIPS)
S("gwk", 2, "增长68.7%", value=68.7, unit=PC)
NC("gwk", 2, "较2022年国庆节假期", "date")
NC("gwk", 3, "关于2023年中秋国庆", "date")
NC("gwk", 3, "一、旅游消费数据", "list_number")
S("gwk", 3, "超过 1亿", vt="1亿", value=1 * Y, unit=TRIPS, q="over")
S("gwk", 3, "2019年水平的97.5%", value=97.5, unit=PC)
S("gwk", 3, "五一假期的84.6%", value=84.6, unit=PC)
S("gwk", 3, "分别增长84%", value=84, unit=PC)
S("gwk", 3, "、46%、", value=46, unit=PC)
S("gwk", 3, "、77%。", value=77, unit=PC)
S("gwk", 3, "涨幅超145%", value=145, unit=PC, q="over")
NC("gwk", 3, "二、交通出行数据", "list_number")
NC("gwk", 3, "较2022年同期", "date")
S("gwk", 3, "较2019年增长28%", value=28, unit=PC)
S("gwk", 3, "民航日均增长195%,铁路", value=195, unit=PC)
S("gwk", 3, "公路累计发送旅客2.9亿人次", vt="2.9亿", value=2.9 * Y, unit=TRIPS)
S("gwk", 3, "日均3623.2万人次", vt="3623.2万", value=3623.2 * W, unit=TRIPS)
S("gwk", 3, "增长28.1%", value=28.1, unit=PC)
S("gwk", 3, "民航累计发送旅客1708.5万人次", vt="1708.5万", value=1708.5 * W, unit=TRIPS)
S("gwk", 3, "日均213.6万人次", vt="213.6万", value=213.6 * W, unit=TRIPS)
S("gwk", 3, "增长195%", value=195, unit=PC, nth=2)
NC("gwk", 4, "2018年国庆假期", "date")
S("gwk", 4, "超过1.3万亿元", vt="1.3万亿", value=1.3e12, unit=CNY, q="over")
S("gwk", 4, "同比增长20.7%", value=20.7, unit=PC)
NC("gwk", 4, "2023年国庆假期,国内", "date")
NC("gwk", 4, "2023年国庆假期前七天", "date")
NC("gwk", 4, "2023年五一假期", "date")
S("gwk", 4, "国内旅游收入1480.56亿元", vt="1480.56亿", value=1480.56 * Y, unit=CNY)
S("gwk", 4, "同比增长128.09%", value=128.09, unit=PC)
NC("gwk", 4, "恢复至2019年", "date")
S("gwk", 4, "同期的100.66%", value=100.66, unit=PC)
NC("gwk", 5, "中新社北京9月30日电", "date")
NC("gwk", 5, "文化和旅游部9月30日消息", "date")
NC("gwk", 6, "文化和旅游部10月8日公布2024年", "date")
NC("gwk", 6, "oo1WA9zgBrWcMv2m7Hj9LQ==", "code")
NC("gwk", 6, "圖為10月6日", "date")
NC("gwk", 7, "國慶中秋雙節8日假期", "duration")
NC("gwk", 7, "較去年國慶節7日假期", "duration")
S("gwk", 7, "增加了1.23億人次", vt="1.23億", value=1.23 * Y, unit=TRIPS)
S("gwk", 7, "增1081.89億元", vt="1081.89億", value=1081.89 * Y, unit=CNY)
NC("gwk", 7, "熱門10個城市", "rank")
NC("gwk", 8, "October 6, 2023. /CFP", "date")
NC("gwk", 8, "between September 29 to October 6", "date")
S("gwk", 8, "Domestic trips reached 754 million", vt="754 million", value=754 * MN, unit=TRIPS)
S("gwk", 8, "up 78.9 percent", value=78.9, unit=PC)
S("gwk", 8, "($92.81 billion)", vt="$92.81 billion", value=92.81 * B, unit=USD)
NC("gwk", 9, "2023-10-07", "date")
NC("gwk", 9, "during the 8-day holiday", "duration")
NC("gwk", 9, "Mountains and Rivers\" in 2023", "date")
NC("gwk", 10, "from Sept. 29 to Oct. 6. The", "date")
NC("gwk", 10, "From Sept. 29 to Oct. 6, the", "date")
S("gwk", 10, "topped 11.8 million", vt="11.8 million", value=11.8 * MN, unit=TRIPS, q="over")
S("gwk", 10, "a 2.9-fold increase", vt="2.9", value=2.9, unit=TIMES)
NC("gwk", 10, "same period in 2022", "date")
NC("gwk", 10, "National Day holiday in 2019", "date")
NC("gwk", 11, "from that in 2019", "date")
NC("gwk", 11, "lasting from September 29 to October 6", "date")
NC("gwk", 11, "從 9 月 29 日持續(xù)到 10 月 6 日", "date")
NC("gwk", 12, "September 29, 2023. /CFP", "date")
S("gwk", 12, "($106.9 billion)", vt="$106.9 billion", value=106.9 * B, unit=USD)
NC("gwk", 13, "时间:2024-10-09 09:27:26", "date")
NC("gwk", 13, "10月8日,记者", "date")
NC("gwk", 13, "2024年国庆假期,全国", "date")
NC("gwk", 13, "国庆节假日7天", "duration")
NC("gwk", 14, "時(shí)間 : 2024-10-09 11:10:45", "date")
NC("gwk", 14, "文化和旅游部8日發(fā)布", "date")
NC("gwk", 14, "數據顯示,2024年國慶節假期", "date")
S("gwk", 14, "開(kāi)展1000余項", vt="1000", value=1000, unit=CNT, q="over")
S("gwk", 14, "同比增長(cháng)40%", value=40, unit=PC)
NC("gwk", 15, "10月1日至7日,预计", "date")
S("gwk", 15, "日均同比增长4.1%", value=4.1, unit=PC)
S("gwk", 15, "日均187.1万人次", vt="187.1万", value=187.1 * W, unit=TRIPS)
S("gwk", 15, "同比去年增长25.8%", value=25.8, unit=PC)
NC("gwk", 15, "最高峰为10月5日", "date")
S("gwk", 15, "达203.5万人次", vt="203.5万", value=203.5 * W, unit=TRIPS)
S("gwk", 15, "出入境758.9万人次", vt="758.9万", value=758.9 * W, unit=TRIPS)
S("gwk", 15, "同比去年增长33.2%", value=33.2, unit=PC)
S("gwk", 15, "港澳台居民449.4万人次", vt="449.4万", value=449.4 * W, unit=TRIPS)
S("gwk", 15, "同比去年增长13.2%", value=13.2, unit=PC)
S("gwk", 15, "外国人101.4万人次", vt="101.4万", value=101.4 * W, unit=TRIPS)
NC("gwk", 15, "10月1日至7日,日均处理", "date")
S("gwk", 15, "日均处理交易32.67亿笔", vt="32.67亿", value=32.67 * Y, unit=CNT)
S("gwk", 15, "分别增长22.70%", value=22.70, unit=PC)
S("gwk", 15, "和5.39%", value=5.39, unit=PC)
S("gwk", 15, "同比增长181.03%", value=181.03, unit=PC)
NC("gwk", 15, "10月1日至7日,我国2024年", "date")
S("gwk", 15, "观影人次为5209万", vt="5209万", value=5209 * W, unit=TRIPS)
S("gwk", 15, "国产影片票房为20.17亿元", vt="20.17亿", value=20.17 * Y, unit=CNY)
S("gwk", 15, "以8.05亿元的票房", vt="8.05亿", value=8.05 * Y, unit=CNY)
NC("gwk", 15, "国庆假期7天 全国", "duration")

NC("gwk", 14, "2024年國慶節", "date", nth=1)
NC("gwk", 14, "假日7天", "duration")
NC("gwk", 15, "国庆节假日7天", "duration")
ms = [
    F("gwk", 7, "國內遊錄8.88億人次", 8.88 * Y, TRIPS, vt="8.88億"),
    F("gwk", 7, "全國國內出遊達8.88億人次", 8.88 * Y, TRIPS, vt="8.88億"),
]
G("gwk_trips_2025", GWK, "Domestic trips in the 2025 eight-day holiday: 8.88億 twice on one page", "China (domestic tourism)",
  "domestic tourist trips", "2025 National Day and Mid-Autumn holiday (eight days)", "Consistent.", ms)
ms = [
    F("gwk", 7, "出遊總花費逾8090億", 8090 * Y, CNY, vt="8090億", q="over"),
    F("gwk", 7, "國內出遊總花費達8090.06億元", 8090.06 * Y, CNY, vt="8090.06億"),
]
G("gwk_spending_2025", GWK, "Spending in the 2025 holiday: heading '逾8090億' and 8090.06億元 on one page", "China (domestic tourism)",
  "domestic tourists' total spending", "2025 National Day and Mid-Autumn holiday", "'Over 8090' holds 8090.06: consistent.", ms)
NC("gwk", 3, "恢复至2019年水平", "date")
NC("gwk", 3, "铁路日均发送量较2019年", "date")
NC("gwk", 11, "按可比口徑較2019年", "date")
NC("gwk", 13, "每夜较2023年", "date")
NC("gwk", 14, "每夜較2023年", "date")
NC("gwk", 3, "较2019年", "date", nth=1)
NC("gwk", 3, "较2019年", "date", nth=2)

# audit (second reader): fjsen's subheadings restate figures of its own body -- the same quantity on one page, grouped
# as gwk-07's heading / body pairs are (singles before the audit); every pair consistent
FJ = "China (2024 National Day holiday, fjsen)"
for gid, desc, metric, ma, mb in [
    ("gwk_crossregional_flows_2024", "Cross-regional trips in the 2024 holiday: subheading '超20亿' and body '约20.08亿'",
     "cross-regional person trips (Ministry of Transport, preliminary)",
     F("gwk", 15, "流动量超20亿人次", 20 * Y, TRIPS, vt="20亿", q="over"),
     F("gwk", 15, "累计约20.08亿人次", 20.08 * Y, TRIPS, vt="20.08亿", q="approx")),
    ("gwk_border_crossings_2024", "Border crossings in the 2024 holiday: 1309.8万 in the subheading and the body",
     "inbound and outbound person trips",
     F("gwk", 15, "1309.8万人次出入境,外国人", 1309.8 * W, TRIPS, vt="1309.8万"),
     F("gwk", 15, "共计保障1309.8万人次", 1309.8 * W, TRIPS, vt="1309.8万")),
    ("gwk_foreigner_crossings_growth_2024_pc", "Growth of foreigners' border crossings: 37.2% in the subheading and the body",
     "foreigners' border crossings, year-on-year growth",
     F("gwk", 15, "外国人出入境同比增长37.2%", 37.2, PC),
     F("gwk", 15, "同比去年增长37.2%", 37.2, PC)),
    ("gwk_online_payments_daily_2024", "Daily online payments cleared by NetsUnion: 1.2万亿元 in the subheading and the body",
     "online payment amount per day",
     F("gwk", 15, "网联日均处理网络支付1.2万亿元", 1.2e12, CNY, vt="1.2万亿"),
     F("gwk", 15, "金额1.2万亿元,相比", 1.2e12, CNY, vt="1.2万亿")),
    ("gwk_film_boxoffice_2024", "National Day film box office: subheading '突破21亿' and body 21.04亿元",
     "film box office",
     F("gwk", 15, "电影票房突破21亿元", 21 * Y, CNY, vt="21亿", q="over"),
     F("gwk", 15, "电影票房为21.04亿元", 21.04 * Y, CNY, vt="21.04亿")),
    ("gwk_film_domestic_share_2024_pc", "Domestic films' share of the box office: subheading '超95%' and body 95.87%",
     "domestic films' share of box office",
     F("gwk", 15, "票房占比超95%", 95, PC, q="over"),
     F("gwk", 15, "占比为95.87%", 95.87, PC)),
]:
    G(gid, GWK, desc, FJ, metric, "2024 National Day holiday (Oct 1-7)",
      "One page's subheading and body: the same figure, or a hedged subheading that holds the body's: consistent.", [ma, mb])

# ============================================================ Tesla deliveries
ms = [
    F("tsl", 1, "delivered 1.81 million cars in 2023", 1.81e6, VEH, vt="1.81 million"),
    F("tsl", 1, "YoY to 1.81 million", 1.81e6, VEH, vt="1.81 million"),
    F("tsl", 5, "annual total of 1.8 million for 2023", 1.8e6, VEH, vt="1.8 million"),
    F("tsl", 5, "Total Deliveries in 2023: 1,808,581", 1808581, VEH, vt="1,808,581"),
    F("tsl", 6, "交付量为 180.9 万辆", 180.9 * W, VEH, vt="180.9 万"),
    F("tsl", 7, "全年交付181万辆", 181 * W, VEH, vt="181万"),
    F("tsl", 8, "全年近181萬架", 181 * W, VEH, vt="181萬", q="under"),
    F("tsl", 14, "和 180 万辆", 180 * W, VEH, vt="180 万", step=W),  # audit: 万 precision, as its own '178 万' beside it
]
G("tsl_deliveries_2023", TSL, "Tesla's 2023 deliveries: 1,808,581 (clearflx) against 1.81 million twice, 180.9万, 181万, 1.8 million, 近181萬 and stacaes' 180万",
  "Tesla", "vehicle deliveries", "2023",
  "Every coarser figure rounds 1,808,581 (1.81 million, 180.9万, 181万, 1.8 million): rounding; 1.81 million = 181万 "
  "consistent; 近181萬 holds all: consistent. audit: stacaes writes '178 万辆和 180 万辆' (2024 and 2023) in one "
  "clause, its 178 plainly at 万 precision (1,789,226 truncated), so its 180 is read at 万 too (1,808,581 truncated): "
  "against 1,808,581, 180.9万, 181万 and 1.81 million conflict, with rounding (the 10万 reading of the trailing zero) "
  "defensible; against 1.8 million (the same value) and 近181萬 consistent.", ms,
  V(lambda m: m["file"].startswith("tsl-14"), lambda m: not m.get("qualifier") and m["value"] in (1810000.0, 1808581.0, 1809000.0), (C, R)))
ms = [
    F("tsl", 1, "to 1.85 million", 1.85e6, VEH, vt="1.85 million"),
    F("tsl", 5, "Annual Production for 2023: 1,845,985", 1845985, VEH, vt="1,845,985"),
    F("tsl", 6, "生产了 184.6 万辆", 184.6 * W, VEH, vt="184.6 万"),
]
G("tsl_production_2023", TSL, "Tesla's 2023 production: 1,845,985 against 1.85 million and 184.6万", "Tesla", "vehicle production", "2023",
  "1.85 million and 184.6万 round 1,845,985: rounding; 1.85 rounds 184.6万 too.", ms)
ms = [
    F("tsl", 1, "which is a 38 per cent growth", 38, PC),
    F("tsl", 1, "deliveries grew 38 per cent", 38, PC),
    F("tsl", 2, "delivery growth of 38%", 38, PC),
    F("tsl", 5, "remarkable 38% increase in deliveries", 38, PC, basis="as2022"),
    F("tsl", 6, "比2022 年交付量高出 38%", 38, PC),
    F("tsl", 7, "同比增长38%的特斯拉", 38, PC),
    F("tsl", 8, "按年增長38%", 38, PC),
]
G("tsl_deliveries_growth_2023_pc", TSL, "Growth of Tesla's 2023 deliveries: 38% seven times (clearflx ties it to the 2022 numbers)",
  "Tesla", "vehicle deliveries, year-on-year growth", "2023",
  "Consistent. clearflx writes that its 2022 figures 'reflect a remarkable 38% increase' (as written a 2022 growth): "
  "different_basis, same value consistent (OTHER).", ms, OTHER({"as2022"}))
ms = [
    F("tsl", 1, "production grew 35 per cent", 35, PC),
    F("tsl", 2, "production growth of 35%", 35, PC),
    F("tsl", 5, "a 35% surge in production", 35, PC, basis="as2022"),
]
G("tsl_production_growth_2023_pc", TSL, "Growth of 2023 production: 35% three times", "Tesla", "vehicle production, year-on-year growth", "2023",
  "Consistent (clearflx's as its 38%: OTHER).", ms, OTHER({"as2022"}))
ms = [
    F("tsl", 2, "annual deliveries of 1.31 million", 1.31e6, VEH, vt="1.31 million"),
    F("tsl", 5, "reporting 1.31 million", 1.31e6, VEH, vt="1.31 million"),
]
G("tsl_deliveries_2022", TSL, "Tesla's 2022 deliveries: 1.31 million twice", "Tesla", "vehicle deliveries", "2022", "Consistent.", ms)
ms = [
    F("tsl", 2, "production of 1.37 million", 1.37e6, VEH, vt="1.37 million"),
    F("tsl", 5, "1.37 million electric vehicle productions", 1.37e6, VEH, vt="1.37 million"),
]
G("tsl_production_2022", TSL, "Tesla's 2022 production: 1.37 million twice", "Tesla", "vehicle production", "2022", "Consistent.", ms)
ms = [
    F("tsl", 2, "reported 40% growth", 40, PC),
    F("tsl", 5, "substantial 40% growth", 40, PC),
]
G("tsl_deliveries_growth_2022_pc", TSL, "Growth of 2022 deliveries over 2021: 40% twice", "Tesla", "vehicle deliveries, year-on-year growth",
  "2022", "Consistent.", ms)
ms = [
    F("tsl", 1, "delivered over 484,000 vehicles", 484000, VEH, vt="484,000", q="over"),
    F("tsl", 1, "around 483,000 electric vehicles", 483000, VEH, vt="483,000", q="approx"),
    F("tsl", 4, "reported 484,507 deliveries", 484507, VEH, vt="484,507"),
    F("tsl", 5, "staggering 485,000 deliveries", 485000, VEH, vt="485,000"),
    F("tsl", 5, "Q4 2023 Deliveries: 484,507", 484507, VEH, vt="484,507"),
    F("tsl", 6, "交付的 484,507 辆", 484507, VEH, vt="484,507"),
    F("tsl", 8, "第四季交付48.45萬架車", 48.45 * W, VEH, vt="48.45萬"),
]
G("tsl_deliveries_q4_2023", TSL, "Tesla's Q4 2023 deliveries: 484,507 three times, 'over 484,000', 485,000, 48.45萬 against hansindia's closing 'around 483,000'",
  "Tesla", "vehicle deliveries", "2023 Q4",
  "485,000 and 48.45萬 round 484,507: rounding; 'over 484,000' holds them: consistent. 'Around 483,000' (482,500-483,500) "
  "holds none of them and meets no range: conflict (also with hansindia's own 'over 484,000').", ms)
ms = [
    F("tsl", 1, "approximately 495,000 vehicles", 495000, VEH, vt="495,000", q="approx"),
    F("tsl", 4, "Tesla produced 494,989 vehicles", 494989, VEH, vt="494,989"),
    F("tsl", 5, "Q4 2023 Production: 494,989", 494989, VEH, vt="494,989"),
    F("tsl", 6, "上季度生产的 494,989 辆", 494989, VEH, vt="494,989"),
]
G("tsl_production_q4_2023", TSL, "Tesla's Q4 2023 production: 494,989 three times and 'approximately 495,000'", "Tesla",
  "vehicle production", "2023 Q4", "'Approximately 495,000' holds 494,989: consistent.", ms)
ms = [
    F("tsl", 3, "Model 3/Y Production: 476,777", 476777, VEH, vt="476,777"),
    F("tsl", 4, "it produced 476,777", 476777, VEH, vt="476,777"),
    F("tsl", 6, "生产了 476,777 辆", 476777, VEH, vt="476,777"),
]
G("tsl_m3y_production_q4_2023", TSL, "Model 3 / Y production in Q4 2023: 476,777 three times", "Tesla Model 3 and Model Y",
  "vehicle production", "2023 Q4", "Consistent.", ms)
ms = [
    F("tsl", 3, "Model 3/Y Deliveries: 461,538", 461538, VEH, vt="461,538"),
    F("tsl", 6, "交付了 461,538 辆", 461538, VEH, vt="461,538"),
]
G("tsl_m3y_deliveries_q4_2023", TSL, "Model 3 / Y deliveries in Q4 2023: 461,538 twice", "Tesla Model 3 and Model Y",
  "vehicle deliveries", "2023 Q4", "Consistent.", ms)
ms = [
    F("tsl", 3, "Other Models Deliveries: 22,969", 22969, VEH, vt="22,969"),
    F("tsl", 6, "该公司销售了 18,212 辆", 18212, VEH, vt="18,212"),
]
G("tsl_other_deliveries_q4_2023", TSL, "Deliveries (sales) of the other models in Q4 2023: coverager's 22,969 against gaoyy's 'sold 18,212'",
  "Tesla Model S, Model X and other models", "vehicle deliveries (sales)", "2023 Q4",
  "22,969 against 18,212: conflict (gaoyy gives the other models' production figure as sales; kept as written).", ms)
ms = [
    F("tsl", 1, "delivered 68,874 other vehicles", 68874, VEH, vt="68,874"),
    F("tsl", 3, "and 68,874 delivered", 68874, VEH, vt="68,874"),
]
G("tsl_other_deliveries_2023", TSL, "Deliveries of the other models in 2023: 68,874 twice", "Tesla Model S, Model X and other models",
  "vehicle deliveries", "2023", "Consistent.", ms)
ms = [
    F("tsl", 1, "(around 1.73 million)", 1.73e6, VEH, vt="1.73 million", q="approx"),
    F("tsl", 3, "1,739,707 units delivered", 1739707, VEH, vt="1,739,707"),
]
G("tsl_m3y_deliveries_2023", TSL, "Model 3 / Y deliveries in 2023: hansindia's 'around 1.73 million' against coverager's 1,739,707",
  "Tesla Model 3 and Model Y", "vehicle deliveries", "2023",
  "'Around 1.73 million' (1.725-1.735 million) does not hold 1,739,707 (which rounds to 1.74 million): conflict.", ms)
ms = [
    F("tsl", 2, "at least 1.8 million deliveries", 1.8e6, VEH, vt="1.8 million", q="at_least"),
    F("tsl", 5, "a minimum of 1.8 million vehicles", 1.8e6, VEH, vt="1.8 million", q="at_least"),
    F("tsl", 8, "全年180萬輛的交付目標", 180 * W, VEH, vt="180萬"),
]
G("tsl_guidance_2023", TSL, "Tesla's lowered 2023 delivery guidance (October 2023): 'at least 1.8 million' twice and the target 180萬",
  "Tesla", "delivery guidance (target)", "2023 (as of October 2023)", "Consistent.", ms)
ms = [
    F("tsl", 2, "a 2 million goal", 2e6, VEH, vt="2 million"),
    F("tsl", 5, "initial goal of 2 million", 2e6, VEH, vt="2 million"),
    F("tsl", 6, "将达到 200 万辆", 200 * W, VEH, vt="200 万"),
]
G("tsl_initial_goal_2023", TSL, "Tesla's earlier 2023 goal: 2 million three times", "Tesla", "delivery goal (initial)", "2023",
  "Consistent.", ms)
ms = [
    F("tsl", 1, "a record 526,000 electric vehicles", 526000, VEH, vt="526,000"),
    F("tsl", 8, "賣出52.6萬架車", 52.6 * W, VEH, vt="52.6萬"),
]
G("tsl_byd_q4_2023", TSL, "BYD's Q4 2023 electric-vehicle sales: 526,000 = 52.6萬", "BYD", "electric vehicle sales", "2023 Q4",
  "Consistent.", ms)
# 2025
ms = [
    F("tsl", 9, "共交付164萬輛汽車", 164 * W, VEH, vt="164萬"),
    F("tsl", 10, "全球交付量為164萬輛", 164 * W, VEH, vt="164萬"),
    F("tsl", 11, "去年全年交車量為163萬6,129輛", 1636129, VEH, vt="163萬6,129", step=1),
    F("tsl", 12, "全球交付約164萬輛", 164 * W, VEH, vt="164萬", q="approx"),
    F("tsl", 13, "去年全年交付164萬輛", 164 * W, VEH, vt="164萬"),
    F("tsl", 14, "总交付量约 164 万辆", 164 * W, VEH, vt="164 万", q="approx"),
]
G("tsl_deliveries_2025", TSL, "Tesla's 2025 deliveries: udn's 163萬6,129 against 164萬 three times and 約164萬 twice", "Tesla",
  "vehicle deliveries", "2025", "164萬 rounds 1,636,129: rounding; 約164萬 holds it: consistent.", ms)
ms = [
    F("tsl", 13, "前1年的179萬輛", 179 * W, VEH, vt="179萬"),
    F("tsl", 14, "分别是 178 万辆", 178 * W, VEH, vt="178 万"),
]
G("tsl_deliveries_2024", TSL, "Tesla's 2024 deliveries: ltn's 179萬 against stacaes' 178万", "Tesla", "vehicle deliveries", "2024",
  "179 against 178 (both whole 万): conflict.", ms)
ms = [
    F("tsl", 9, "較2024年約下滑8%", 8, PC, q="approx"),
    F("tsl", 10, "下滑了約8%", 8, PC, q="approx"),
    F("tsl", 11, "全年交車量也減少近9%", 9, PC, q="under"),
    F("tsl", 11, "比2024年低8.6%", 8.6, PC),
    F("tsl", 12, "交付量較前年下降近9%", 9, PC, q="under"),
    F("tsl", 13, "年減8.6%，以及", 8.6, PC),
    F("tsl", 14, "下降约 9%", 9, PC, q="approx"),
]
G("tsl_deliveries_2025_decline_pc", TSL, "Decline of Tesla's 2025 deliveries: 8.6% twice against 約8% twice, 近9% twice and 约9%",
  "Tesla", "vehicle deliveries, year-on-year decline", "2025",
  "'About 8' (7.5-8.5) does not hold 8.6: conflict (four pairs). 近9 and 约9 hold 8.6: consistent; the hedged figures meet "
  "one another: consistent.", ms)
ms = [
    F("tsl", 11, "至41萬8,227輛", 418227, VEH, vt="41萬8,227", step=1),
    F("tsl", 12, "只交付了41.8萬輛", 41.8 * W, VEH, vt="41.8萬"),
    F("tsl", 13, "第4季交付41.8227萬輛", 41.8227 * W, VEH, vt="41.8227萬"),
    F("tsl", 14, "总交付量 418,227 辆", 418227, VEH, vt="418,227"),
]
G("tsl_deliveries_q4_2025", TSL, "Tesla's Q4 2025 deliveries: 418,227 three times (41萬8,227, 41.8227萬) against hk01's 41.8萬",
  "Tesla", "vehicle deliveries", "2025 Q4", "41.8萬 rounds 418,227: rounding.", ms)
ms = [
    F("tsl", 9, "下降約16%", 16, PC, q="approx"),
    F("tsl", 11, "第4季交車量下滑近16%", 16, PC, q="under"),
    F("tsl", 11, "下滑15.6%", 15.6, PC),
    F("tsl", 12, "銷售量下降了16%", 16, PC),
    F("tsl", 13, "交付量年減16%", 16, PC),
    F("tsl", 13, "減少15.6%", 15.6, PC),
    F("tsl", 14, "同比下降 15.6%,第四季度", 15.6, PC),
]
G("tsl_deliveries_q4_2025_decline_pc", TSL, "Decline of Q4 2025 deliveries: 15.6% three times against 16% twice, 約16% and 近16%",
  "Tesla", "vehicle deliveries, year-on-year decline", "2025 Q4",
  "16 rounds 15.6: rounding (inside ltn's page RK); 約16 and 近16 hold 15.6: consistent.", ms)
ms = [
    F("tsl", 9, "交付量為495,570輛", 495570, VEH, vt="495,570"),
    F("tsl", 13, "前1年的49.5570萬輛", 49.5570 * W, VEH, vt="49.5570萬"),
]
G("tsl_deliveries_q4_2024", TSL, "Tesla's Q4 2024 deliveries: 495,570 = 49.5570萬", "Tesla", "vehicle deliveries", "2024 Q4",
  "Consistent.", ms)
ms = [
    F("tsl", 11, "去年全年產量為165萬4,667輛", 1654667, VEH, vt="165萬4,667", step=1),
    F("tsl", 14, "总产量约 165 万辆", 165 * W, VEH, vt="165 万", q="approx"),
]
G("tsl_production_2025", TSL, "Tesla's 2025 production: 165萬4,667 and 约165万", "Tesla", "vehicle production", "2025",
  "约165万 holds 1,654,667: consistent.", ms)
ms = [
    F("tsl", 11, "電動車總產量為43萬4,358輛", 434358, VEH, vt="43萬4,358", step=1),
    F("tsl", 14, "第四季度总产量 434,358 辆", 434358, VEH, vt="434,358"),
]
G("tsl_production_q4_2025", TSL, "Tesla's Q4 2025 production: 434,358 twice", "Tesla", "vehicle production", "2025 Q4", "Consistent.", ms)
ms = [
    F("tsl", 9, "彙整的160萬輛交付預估", 160 * W, VEH, vt="160萬"),
    F("tsl", 10, "公司預估的約160萬輛", 160 * W, VEH, vt="160萬", q="approx"),
]
G("tsl_company_consensus_2025", TSL, "Tesla's own compiled delivery consensus for 2025: 160萬 and 約160萬", "Tesla",
  "company-compiled delivery consensus", "2025", "Consistent.", ms)
ms = [
    F("tsl", 11, "第4季交車量為42萬2,850輛", 422850, VEH, vt="42萬2,850", step=1, basis="tesla_compiled"),
    F("tsl", 12, "低於分析師預期的44萬輛", 44 * W, VEH, vt="44萬", basis="analysts"),
    F("tsl", 13, "分析師預期特斯拉第4季交付43.4487萬輛", 43.4487 * W, VEH, vt="43.4487萬", basis="visible_alpha"),
]
G("tsl_q4_2025_expectations", TSL, "Analysts' expectations of Q4 2025 deliveries from three different sources: Tesla's compiled 42萬2,850, hk01's 44萬, Visible Alpha's 43.4487萬",
  "Tesla", "analysts' expected deliveries", "2025 Q4",
  "Three different consensus figures (company-compiled, unnamed, Visible Alpha): different_basis.", ms)
ms = [
    F("tsl", 9, "年增近28%", 28, PC, q="under"),
    F("tsl", 10, "增長了近28%", 28, PC, q="under"),
    F("tsl", 12, "銷量成長了近28%", 28, PC, q="under"),
    F("tsl", 13, "實現28%的增幅", 28, PC),
]
G("tsl_byd_bev_growth_2025_pc", TSL, "Growth of BYD's 2025 battery-EV sales: 近28% three times and 28%", "BYD", "battery electric vehicle sales, growth",
  "2025", "近28 holds 28: consistent.", ms)
ms = [
    F("tsl", 9, "達到226萬輛。這一", 226 * W, VEH, vt="226萬"),
    F("tsl", 10, "達到226萬輛。這一數字", 226 * W, VEH, vt="226萬"),
    F("tsl", 11, "純電動車近226萬輛", 226 * W, VEH, vt="226萬", q="under"),
    F("tsl", 12, "去年交付225萬輛電動車", 225 * W, VEH, vt="225萬"),
    F("tsl", 13, "其中純電動車226萬輛", 226 * W, VEH, vt="226萬"),
    F("tsl", 14, "比亚迪以 226 万辆", 226 * W, VEH, vt="226 万"),
]
G("tsl_byd_bev_2025", TSL, "BYD's 2025 battery-EV sales: 226萬 four times and 近226萬 against hk01's 225萬", "BYD",
  "battery electric vehicle sales (deliveries)", "2025",
  "225 against 226 (both whole 萬): conflict (four pairs); 近226萬 holds 225萬: consistent.", ms)
# tsl singles and non-claims
NC("tsl", 1, " date 2024-01-02 ", "date")
NC("tsl", 1, "In the fourth quarter (Q4) of 2023", "date")
NC("tsl", 1, "Model 3 or Model Y", "name")
NC("tsl", 1, "achieve a great 2023", "date")
NC("tsl", 1, "in October-December 2023", "date")
ms = [  # audit: singles before; the same quantity twice on hansindia's page
    F("tsl", 1, "more than 3 million battery", 3e6, VEH, vt="3 million", q="over"),
    F("tsl", 1, "about 3.02 million vehicles", 3.02e6, VEH, vt="3.02 million", q="approx"),
]
G("tsl_byd_total_2023", TSL, "BYD's 2023 total sales (BEVs and plug-in hybrids) on hansindia: 'more than 3 million' and 'about 3.02 million'",
  "BYD", "vehicle sales (BEV and PHEV)", "2023", "'More than 3 million' holds 'about 3.02 million': consistent.", ms)
NC("tsl", 1, "in 2023, an increase", "date")
S("tsl", 1, "about 62 per cent", value=62, unit=PC, q="approx")
S("tsl", 1, "about 1.6 million battery EVs", vt="1.6 million", value=1.6e6, unit=VEH, q="approx")
S("tsl", 1, "about 1.4 million plug-in", vt="1.4 million", value=1.4e6, unit=VEH, q="approx")
NC("tsl", 2, "In 2022, the", "date", nth=1)
NC("tsl", 2, "In 2022, the company", "date")
NC("tsl", 2, "deliveries from 2021", "date")
NC("tsl", 2, "in October 2023", "date")
NC("tsl", 3, "Tesla’s 2023 Success", "date")
NC("tsl", 3, "Model 3/Y: The bulk", "name")
NC("tsl", 3, "by the Model 3/Y, with", "name")
S("tsl", 3, "1,775,159 units produced", vt="1,775,159", value=1775159, unit=VEH)
S("tsl", 3, "with 70,826 produced", vt="70,826", value=70826, unit=VEH)
NC("tsl", 3, "Q4 2023: A Strong", "date")
NC("tsl", 3, "The Model 3/Y again", "name")
S("tsl", 3, "Other Models Production: 18,212", vt="18,212", value=18212, unit=VEH)
NC("tsl", 4, " date 2024-01-02 ", "date")
NC("tsl", 4, "met its 2023 delivery target", "date")
NC("tsl", 4, "For Q4 Tesla", "date")
S("tsl", 4, "Street estimates of 483,173", vt="483,173", value=483173, unit=VEH)
S("tsl", 4, "nearly 20,000 units higher", vt="20,000", value=20000, unit=VEH, q="under")
S("tsl", 4, "quarter of 466,000 units", vt="466,000", value=466000, unit=VEH)
NC("tsl", 4, "in Q2 of last year", "date")
S("tsl", 4, "topping estimates of 482,336", vt="482,336", value=482336, unit=VEH)
NC("tsl", 4, "Model 3 and Model Y EVs", "name")
S("tsl", 4, "expectations of 468,680 produced", vt="468,680", value=468680, unit=VEH)
NC("tsl", 5, "for the year 2023:", "date")
NC("tsl", 5, "  1.", "list_number")
NC("tsl", 5, "  2.", "list_number")
NC("tsl", 5, "  3.", "list_number")
NC("tsl", 5, "  4.", "list_number")
NC("tsl", 5, "performance in 2022", "date")
NC("tsl", 5, "Throughout 2022, Tesla", "date")
NC("tsl", 5, "deliveries over 2021", "date")
NC("tsl", 5, "During the October 2023 earnings", "date")
NC("tsl", 6, "特斯拉公布了2023 年", "date")
NC("tsl", 6, "预计 2023 年销量", "date")
NC("tsl", 6, "在 2023 年 10 月的财报", "date")
NC("tsl", 6, "分析师对 2023 年第四季度", "date")
NC("tsl", 6, "Model 3 和 Model Y 电动汽车", "name")
NC("tsl", 6, "“Highland”Model 3的销售", "name")
NC("tsl", 7, "在2023年的股东大会上", "date")
NC("tsl", 7, "我猜2023年将是", "date")
S("tsl", 7, "每天营业8小时", value=8, unit="hour")
S("tsl", 7, "每6秒就有", value=6, unit="seconds")
NC("tsl", 7, "2023年全年汽车总销量", "date")
S("tsl", 7, "预计达到3000万辆", vt="3000万", value=3000 * W, unit=VEH)
S("tsl", 7, "同比增长11.7%", value=11.7, unit=PC)
S("tsl", 7, "有望达到940万辆", vt="940万", value=940 * W, unit=VEH)
NC("tsl", 7, "并蝉联2023年全球", "date")
S("tsl", 8, "較Tesla多4萬多架", vt="4萬", value=4 * W, unit=VEH, q="over")
NC("tsl", 8, "車型Model Y和Model 3", "name")
S("tsl", 8, "第四季交付量95%", value=95, unit=PC)
NC("tsl", 9, "於美東時間2日", "date")
NC("tsl", 9, "曾在2011年10月", "date")
NC("tsl", 9, "比亞迪於1日發布", "date")
NC("tsl", 9, "特斯拉於2日表示", "date")
NC("tsl", 9, "連續第2年", "ordinal")
NC("tsl", 9, "其中2025年第4季的交付量，較2024年第4季", "date")
NC("tsl", 10, " date 2026-01-03 ", "date")
NC("tsl", 10, "後者報告2025年的", "date")
NC("tsl", 10, "這一結果顯示，特斯拉的交付量較2024年", "date")
NC("tsl", 11, "去年第4季交車量比2024年第4季", "date")
NC("tsl", 11, "特斯拉2日公布", "date")
NC("tsl", 11, "去年12月29日", "date")
NC("tsl", 11, "另一方面，特斯拉去年第4季", "date")
NC("tsl", 12, " date 2026-01-03 ", "date")
NC("tsl", 12, "（Tesla）1月2日公布", "date")
NC("tsl", 12, "數據，2025年在", "date")
NC("tsl", 12, "特斯拉2日公布的數據顯示，2025年電動車", "date")
NC("tsl", 12, "比亞迪1月1日公布", "date")
NC("tsl", 12, "2025年9月23日", "date")
NC("tsl", 12, "於9月底", "date")
S("tsl", 12, "7500美元", vt="7500", value=7500, unit=USD)
S("tsl", 12, "（約5.8萬港元）", vt="5.8萬", value=5.8 * W, unit=HKD, q="approx")
NC("tsl", 13, "特斯拉去年第4季", "date")
NC("tsl", 13, "並連續第2年", "ordinal")
NC("tsl", 13, "特斯拉2日聲明，第4季", "date")
S("tsl", 13, "減幅達12.3%", value=12.3, unit=PC)
S("tsl", 13, "與分析師預期的165萬輛", vt="165萬", value=165 * W, unit=VEH)
NC("tsl", 13, "顯示特斯拉連續第2年", "ordinal")
NC("tsl", 13, "比亞迪2日聲明", "date")
S("tsl", 13, "去年交付460萬輛汽車", vt="460萬", value=460 * W, unit=VEH)
NC("tsl", 13, "該公司說，2025", "date")
S("tsl", 13, "境外銷售達100萬輛", vt="100萬", value=100 * W, unit=VEH)
S("tsl", 13, "年增150%", value=150, unit=PC)
NC("tsl", 13, "創新紀錄，2026希望", "date")
S("tsl", 13, "中國境外銷售160萬輛車", vt="160萬", value=160 * W, unit=VEH)
NC("tsl", 14, "发布了 2025 年第四季度(Q4)", "date")
NC("tsl", 14, "该公司 2025 年第四季度", "date")
S("tsl", 14, "同比下降 5.5%", value=5.5, unit=PC)
NC("tsl", 14, "特斯拉 2025 年", "date")
NC("tsl", 14, "较 2024 年", "date")
NC("tsl", 14, ",2025 年", "date")
NC("tsl", 14, "特斯拉 2024 年和 2023 年", "date")
NC("tsl", 14, "在 2026 年假期后", "date")
S("tsl", 14, "下跌超过 2%", value=2, unit=PC, q="over")
S("tsl", 14, "跌幅超过 10%", value=10, unit=PC, q="over")
NC("tsl", 9, "該公司在2025年", "date")
NC("tsl", 10, "銷售在2025年", "date")
NC("tsl", 1, "cars in 2023, which", "date")
NC("tsl", 1, "In 2023, vehicle", "date")
NC("tsl", 3, "Model 3/Y Production", "name")
NC("tsl", 3, "Model 3/Y Deliveries", "name")
NC("tsl", 5, "for 2023.", "date")
NC("tsl", 5, "Q4 2023 Deliveries", "date")
NC("tsl", 5, "Q4 2023 Production", "date")
NC("tsl", 5, "Total Deliveries in 2023", "date")
NC("tsl", 5, "Annual Production for 2023", "date")
NC("tsl", 6, "比2022 年", "date")
NC("tsl", 9, "數字較2024年", "date")
NC("tsl", 11, "特斯拉去年第4季交車量下滑", "date")
NC("tsl", 11, "特斯拉去年第4季交車量為", "date")
NC("tsl", 11, "，比2024年", "date")
NC("tsl", 13, "較前1年的", "date")
NC("tsl", 13, "分析師預期特斯拉第4季", "date")
NC("tsl", 13, "遠低於前1年的", "date")

# ============================================================ PDD Holdings results
ms = [
    F("pdd", 1, "came in at 68.84 billion yuan", 68.84 * B, CNY, vt="68.84 billion"),
    F("pdd", 2, "revenue to 68.8 billion yuan", 68.8 * B, CNY, vt="68.8 billion"),
    F("pdd", 3, "to 68.84 billion yuan", 68.84 * B, CNY, vt="68.84 billion"),
]
G("pdd_q3_2023_revenue_cny", PDD, "PDD's Q3 2023 revenue: 68.84 billion yuan twice against SCMP's 68.8 billion", "PDD Holdings",
  "total revenues", "2023 Q3", "68.8 rounds 68.84: rounding.", ms)
ms = [
    F("pdd", 1, "($9.44B)", 9.44 * B, USD, vt="$9.44B", step=0.01 * B, basis="rate_944"),
    F("pdd", 2, "(US$9.6 billion)", 9.6 * B, USD, vt="US$9.6 billion"),
    F("pdd", 3, "($9.62 billion)", 9.62 * B, USD, vt="$9.62 billion"),
]
G("pdd_q3_2023_revenue_usd", PDD, "The same revenue in US dollars: investing.com's $9.44B against Reuters' $9.62 billion and SCMP's US$9.6 billion",
  "PDD Holdings", "total revenues, in US dollars", "2023 Q3",
  "9.6 rounds 9.62: rounding (68.8 / 9.6 and 68.84 / 9.62 are the same rate, about 7.16). audit: investing.com and Reuters "
  "convert the very same 68.84 billion yuan (both pages print it) at different exchange rates (7.29 against 7.16 yuan "
  "to the dollar): a different conversion basis, not a disagreement about the revenue -- different_basis, with "
  "conflict (auto's verdict) defensible.", ms, OTHER({"rate_944"}))
ms = [
    F("pdd", 2, "reported a 94 per cent surge", 94, PC),
    F("pdd", 3, "revenue rose 94% year-on-year", 94, PC),
]
G("pdd_q3_2023_revenue_growth_pc", PDD, "Growth of Q3 2023 revenue: 94% twice", "PDD Holdings", "total revenues, year-on-year growth",
  "2023 Q3", "Consistent.", ms)
ms = [
    F("pdd", 1, "consensus estimates of 54.87 billion yuan", 54.87 * B, CNY, vt="54.87 billion", basis="bloomberg"),
    F("pdd", 3, "LSEG data of 54.59 billion yuan", 54.59 * B, CNY, vt="54.59 billion", basis="lseg"),
]
G("pdd_q3_2023_revenue_consensus", PDD, "Analysts' expected Q3 2023 revenue: Bloomberg's 54.87 against LSEG's 54.59 billion yuan", "PDD Holdings",
  "analysts' expected revenue", "2023 Q3", "Two different consensus sources: different_basis.", ms)
ms = [
    F("pdd", 1, "generate over $16B", 16 * B, USD, vt="$16B", q="over", step=1 * B),
    F("pdd", 3, "more than $16 billion", 16 * B, USD, vt="$16 billion", q="over"),
]
G("pdd_temu_revenue_2023_expected", PDD, "Temu's expected 2023 revenue (analysts cited by Reuters): over $16 billion twice", "Temu",
  "expected revenue", "2023", "Consistent.", ms)
ms = [
    F("pdd", 2, "platform, surged 315 per cent", 315, PC, nth=1),
    F("pdd", 2, "surged 315 per cent during the quarter", 315, PC),
]
G("pdd_q3_2023_transaction_growth_pc", PDD, "Growth of transaction-services revenue in Q3 2023: 315% twice on SCMP's page", "PDD Holdings",
  "transaction services revenue, year-on-year growth", "2023 Q3", "Consistent.", ms)
ms = [
    F("pdd", 4, "RMB 247.64 billion", 247.64 * B, CNY, vt="247.64 billion"),
    F("pdd", 5, "projected at 247.639 billion yuan", 247.639 * B, CNY, vt="247.639 billion"),
]
G("pdd_fy2023_revenue_cny", PDD, "PDD's 2023 total revenues: 247.64 against 247.639 billion yuan", "PDD Holdings", "total revenues", "2023",
  "247.64 rounds 247.639: rounding.", ms)
ms = [
    F("pdd", 4, "achieving nearly 90% growth", 90, PC, q="under"),
    F("pdd", 4, "marking an 89.68% year-over-year increase", 89.68, PC),
    F("pdd", 5, "year-over-year growth of 90%", 90, PC),
]
G("pdd_fy2023_revenue_growth_pc", PDD, "Growth of 2023 revenues: 89.68% against 90% and 'nearly 90%'", "PDD Holdings",
  "total revenues, year-on-year growth", "2023", "90 rounds 89.68: rounding; 'nearly 90' holds both: consistent.", ms)
ms = [
    F("pdd", 5, "Q3 2025 revenue reached 108.3 billion yuan", 108.3 * B, CNY, vt="108.3 billion"),
    F("pdd", 6, "Q3 2025 revenue of 108.3 billion yuan", 108.3 * B, CNY, vt="108.3 billion"),
    F("pdd", 6, "Q3 2025 revenue reached 108.3 billion yuan", 108.3 * B, CNY, vt="108.3 billion"),
    F("pdd", 7, "total revenue of RMB108 billion", 108 * B, CNY, vt="108 billion"),
    F("pdd", 8, "(108.28 billion yuan)", 108.28 * B, CNY, vt="108.28 billion"),
]
G("pdd_q3_2025_revenue_cny", PDD, "PDD's Q3 2025 revenue: marketdash's 108.28 billion yuan against 108.3 three times and 108",
  "PDD Holdings", "total revenues", "2025 Q3", "108.3 and 108 round 108.28, 108 rounds 108.3: rounding.", ms)
ms = [
    F("pdd", 8, "revenue of $15.21 billion", 15.21 * B, USD, vt="$15.21 billion"),
    F("pdd", 9, "increase to $15.2 billion", 15.2 * B, USD, vt="$15.2 billion"),
]
G("pdd_q3_2025_revenue_usd", PDD, "Q3 2025 revenue in US dollars: $15.21 billion against $15.2 billion", "PDD Holdings",
  "total revenues, in US dollars", "2025 Q3 (wallstreetwaves: 'last quarter', reported with the third-quarter earnings)",
  "15.2 rounds 15.21: rounding.", ms)
ms = [
    F("pdd", 5, "a year-over-year increase of 9%, with", 9, PC),
    F("pdd", 6, "a year-over-year increase of 9% and", 9, PC),
    F("pdd", 6, "(YoY +9%, QoQ +4%)", 9, PC),
    F("pdd", 7, "reflecting a 9% year-over-year increase", 9, PC),
    F("pdd", 8, "up 9% year-over-year", 9, PC),
    F("pdd", 9, "with a 9% year-over-year increase", 9, PC),
]
G("pdd_q3_2025_revenue_growth_pc", PDD, "Growth of Q3 2025 revenue: 9% six times", "PDD Holdings", "total revenues, year-on-year growth",
  "2025 Q3", "Consistent.", ms)
ms = [
    F("pdd", 5, "Non-GAAP net profit was 31.4 billion yuan", 31.4 * B, CNY, vt="31.4 billion"),
    F("pdd", 6, "Non-GAAP net profit for Q3 2025 was 31.4 billion yuan", 31.4 * B, CNY, vt="31.4 billion"),
    F("pdd", 6, "Non-GAAP net profit was 31.4 billion yuan (YoY", 31.4 * B, CNY, vt="31.4 billion"),
]
G("pdd_q3_2025_nongaap_profit", PDD, "Non-GAAP net profit in Q3 2025: 31.4 billion yuan three times", "PDD Holdings", "non-GAAP net profit",
  "2025 Q3", "Consistent.", ms)
ms = [
    F("pdd", 5, "a 14.3% increase year-over-year", 14.3, PC),
    F("pdd", 6, "a year-over-year increase of 14%", 14, PC),
    F("pdd", 6, "(YoY +14%, QoQ -4%)", 14, PC),
]
G("pdd_q3_2025_nongaap_profit_growth_pc", PDD, "Growth of Q3 2025 non-GAAP net profit: 14.3% against 14% twice", "PDD Holdings",
  "non-GAAP net profit, year-on-year growth", "2025 Q3", "14 rounds 14.3: rounding.", ms)
ms = [
    F("pdd", 5, "advertising revenue at 53.35 billion yuan", 53.35 * B, CNY, vt="53.35 billion"),
    F("pdd", 6, "by 8% to 53.3 billion yuan", 53.3 * B, CNY, vt="53.3 billion"),
    F("pdd", 7, "revenue was RMB53 billion", 53 * B, CNY, vt="53 billion"),
]
G("pdd_q3_2025_oms_revenue", PDD, "Online marketing services (advertising) revenue in Q3 2025: 53.35 against 53.3 and 53 billion yuan",
  "PDD Holdings", "online marketing services and other revenues", "2025 Q3",
  "53.3 and 53 round 53.35, 53 rounds 53.3: rounding.", ms)
ms = [
    F("pdd", 5, "billion yuan, up 8%", 8, PC),
    F("pdd", 6, "grew by 8% to", 8, PC),
    F("pdd", 8, "revenues climbed 8%", 8, PC),
]
G("pdd_q3_2025_oms_growth_pc", PDD, "Growth of online marketing revenue in Q3 2025: 8% three times", "PDD Holdings",
  "online marketing services revenue, year-on-year growth", "2025 Q3", "Consistent.", ms)
ms = [
    F("pdd", 6, "increased by 10% to 54.9 billion yuan", 54.9 * B, CNY, vt="54.9 billion"),
    F("pdd", 7, "revenue reached RMB55 billion", 55 * B, CNY, vt="55 billion"),
]
G("pdd_q3_2025_transaction_revenue", PDD, "Transaction services revenue in Q3 2025: 54.9 against 55 billion yuan", "PDD Holdings",
  "transaction services revenue", "2025 Q3", "55 rounds 54.9: rounding.", ms)
ms = [
    F("pdd", 6, "commission revenue increased by 10%", 10, PC),
    F("pdd", 7, "a 10% year-over-year increase, surpassing", 10, PC),
    F("pdd", 8, "transaction services grew 10%", 10, PC),
]
G("pdd_q3_2025_transaction_growth_pc", PDD, "Growth of transaction services revenue in Q3 2025: 10% three times", "PDD Holdings",
  "transaction services revenue, year-on-year growth", "2025 Q3", "Consistent.", ms)
ms = [
    F("pdd", 6, "operating profit was 25 billion yuan (YoY +3%", 3, PC),
    F("pdd", 9, "operating profit growth to just 3%", 3, PC),
]
G("pdd_q3_2025_operating_profit_growth_pc", PDD, "Growth of Q3 2025 operating profit: 3% twice", "PDD Holdings",
  "operating profit, year-on-year growth", "2025 Q3", "Consistent.", ms)
# pdd singles and non-claims
S("pdd", 1, "11.61 yuan", value=11.61, unit=CNY)
S("pdd", 1, "($1.55)", vt="$1.55", value=1.55, unit=USD)
S("pdd", 1, "projections of 8.81 yuan", value=8.81, unit=CNY)
NC("pdd", 1, "ended Sept. 30", "date")
NC("pdd", 1, "launched in 2022", "date")
S("pdd", 2, "posted a 22 per cent jump", value=22, unit=PC)
NC("pdd", 2, "third quarter of 2023", "date")
NC("pdd", 2, "conceived in 2015", "date")
S("pdd", 2, "jumped 60 per cent", value=60, unit=PC)
S("pdd", 2, "to 16.7 billion yuan", vt="16.7 billion", value=16.7 * B, unit=CNY)
S("pdd", 3, "almost 14% higher", value=14, unit=PC, q="under")
S("pdd", 3, "selling $4 earphones", vt="$4", value=4, unit=USD)
S("pdd", 3, "$15 hoodies", vt="$15", value=15, unit=USD)
S("pdd", 3, "available in 48 countries", value=48, unit=CNT)
NC("pdd", 3, "86Research", "name")
NC("pdd", 3, "quarter to Sept. 30", "date")
NC("pdd", 3, "COVID-19", "name")
# pdd-04 (reportify, FY2023)
NC("pdd", 4, "geopolitical risks [2][3][4]", "reference")
NC("pdd", 4, "Group 1", "list_number")
NC("pdd", 4, "rapid growth [3]", "reference")
NC("pdd", 4, "year-over-year increase [4]", "reference")
S("pdd", 4, "a 250% year-over-year increase", value=250, unit=PC)
S("pdd", 4, "(approximately USD 34.5 billion)", vt="34.5 billion", value=34.5 * B, unit=USD, q="approx")
S("pdd", 4, "remarkable 123% total revenue growth", value=123, unit=PC)
S("pdd", 4, "growing by 357%", value=357, unit=PC)
NC("pdd", 4, "[4][6]", "reference")
NC("pdd", 4, "Group 2", "list_number")
S("pdd", 4, "approximately 103% in 2018", vt="103%", value=103, unit=PC, q="approx")
S("pdd", 4, "around 33% in 2023", vt="33%", value=33, unit=PC, q="approx")
NC("pdd", 4, "in 2023 [5]", "reference")
S("pdd", 4, "approximately 24% at the end", vt="24%", value=24, unit=PC, q="approx")
NC("pdd", 4, "rising costs [6]", "reference")
NC("pdd", 4, "network effects [6]", "reference")
NC("pdd", 4, "Group 3", "list_number")
S("pdd", 4, "RMB 59.79 billion", vt="59.79 billion", value=59.79 * B, unit=CNY)
S("pdd", 4, "(approximately USD 8.42 billion)", vt="8.42 billion", value=8.42 * B, unit=USD, q="approx")
NC("pdd", 4, "[8][10]", "reference")
S("pdd", 4, "RMB 10.24 billion", vt="10.24 billion", value=10.24 * B, unit=CNY)
S("pdd", 4, "(approximately USD 1.44 billion)", vt="1.44 billion", value=1.44 * B, unit=USD, q="approx")
S("pdd", 4, "about 17% of total", vt="17%", value=17, unit=PC, q="approx")
NC("pdd", 4, "operating income [8]", "reference")
S("pdd", 4, "RMB 288 billion", vt="288 billion", value=288 * B, unit=CNY)
S("pdd", 4, "(approximately USD 40 billion)", vt="40 billion", value=40 * B, unit=USD, q="approx")
NC("pdd", 4, "[11][12]", "reference")
NC("pdd", 4, "Group 4", "list_number")
NC("pdd", 4, "growth in 2023, primarily", "date")
NC("pdd", 4, "with 2023 total", "date")
NC("pdd", 4, "quarter of 2023 saw", "date")
NC("pdd", 4, "in 2018 to", "date")
NC("pdd", 4, "end of 2023, indicating", "date")
NC("pdd", 4, "end of 2023, providing", "date")
NC("pdd", 4, "in 2023, which", "date")
# pdd-05 (reportify, Q3 2025 and the 2023 figures)
NC("pdd", 5, "(PDD.O) [2]", "reference")
NC("pdd", 5, "Pinduoduo's Q3 2025", "date")
NC("pdd", 5, "long term [1][4]", "reference")
NC("pdd", 5, "uncertainties [1][4]", "reference")
NC("pdd", 5, "For 2023, the total", "date")
S("pdd", 5, "expected to be 67.899 billion yuan", vt="67.899 billion", value=67.899 * B, unit=CNY)
S("pdd", 5, "reflecting a 72% increase", value=72, unit=PC)
S("pdd", 5, "projected at 6.79 yuan", value=6.79, unit=CNY)
S("pdd", 5, "P/E ratio of 18.9", value=18.9, unit=TIMES)
NC("pdd", 5, " [2][7]", "reference")
NC("pdd", 5, "for 2024 to 2027", "date")
S("pdd", 5, "reach 557.912 billion yuan", vt="557.912 billion", value=557.912 * B, unit=CNY)
NC("pdd", 5, "yuan by 2027", "date")
S("pdd", 5, "projected at 162.547 billion yuan", vt="162.547 billion", value=162.547 * B, unit=CNY)
NC("pdd", 5, " [2][5][7]", "reference")
NC("pdd", 5, "1-month", "duration")
S("pdd", 5, "performance of 0.4%", value=0.4, unit=PC)
NC("pdd", 5, "6-month", "duration")
S("pdd", 5, "performance of 9.9%", value=9.9, unit=PC)
NC("pdd", 5, "12-month", "duration")
S("pdd", 5, "performance of 10.0%", value=10.0, unit=PC)
NC("pdd", 5, "over 12 months", "duration")
S("pdd", 5, "down by 24.2%", value=24.2, unit=PC)
NC("pdd", 5, " [4]", "reference")
NC("pdd", 5, "25Q3", "date")
# pdd-06 (reportify, Q3 2025)
NC("pdd", 6, "for the company [1]", "reference")
ms = [  # audit: singles before; the same quantity twice on one page
    F("pdd", 6, "quarter-over-quarter increase of 4%", 4, PC),
    F("pdd", 6, "QoQ +4%", 4, PC),
]
G("pdd_q3_2025_revenue_qoq_pc", PDD, "Quarter-on-quarter growth of Q3 2025 revenue: 4% twice on one page", "PDD Holdings",
  "total revenues, quarter-on-quarter growth", "2025 Q3", "Consistent.", ms)
NC("pdd", 6, "company reported Q3 2025", "date")
NC("pdd", 6, "[6][12] - Non-GAAP", "reference")
NC("pdd", 6, "net profit for Q3 2025", "date")
S("pdd", 6, "expectations of 25.1 billion yuan", vt="25.1 billion", value=25.1 * B, unit=CNY)
NC("pdd", 6, "[6][12] - The management", "reference")
NC("pdd", 6, "[8][11]", "reference")
NC("pdd", 6, "Recent Performance - Q3 2025", "date")
S("pdd", 6, "gross profit was 61.4 billion yuan", vt="61.4 billion", value=61.4 * B, unit=CNY)
S("pdd", 6, "61.4 billion yuan (YoY +3%", vt="+3%", value=3, unit=PC)
S("pdd", 6, "QoQ +6%", value=6, unit=PC)
S("pdd", 6, "operating profit was 25 billion yuan", vt="25 billion", value=25 * B, unit=CNY)
S("pdd", 6, "QoQ -3%", value=-3, unit=PC)
S("pdd", 6, "net profit was 29.3 billion yuan", vt="29.3 billion", value=29.3 * B, unit=CNY)
S("pdd", 6, "(YoY +17%", value=17, unit=PC)
S("pdd", 6, "QoQ -5%", value=-5, unit=PC)
S("pdd", 6, "QoQ -4%", value=-4, unit=PC)
NC("pdd", 6, "[6][12][19]", "reference")
NC("pdd", 6, "[8] - Advertising", "reference")
NC("pdd", 6, "ecosystem [8]", "reference")
NC("pdd", 6, "projections for 2025-2027", "date")
S("pdd", 6, "are 430.6 billion yuan", vt="430.6 billion", value=430.6 * B, unit=CNY)
S("pdd", 6, "498.2 billion yuan, and", vt="498.2 billion", value=498.2 * B, unit=CNY)
S("pdd", 6, "568.5 billion yuan respectively", vt="568.5 billion", value=568.5 * B, unit=CNY)
S("pdd", 6, "estimates of 115.1 billion yuan", vt="115.1 billion", value=115.1 * B, unit=CNY)
S("pdd", 6, "137.4 billion yuan, and", vt="137.4 billion", value=137.4 * B, unit=CNY)
S("pdd", 6, "and 161.6 billion yuan", vt="161.6 billion", value=161.6 * B, unit=CNY)
NC("pdd", 6, "[11][19] - The company", "reference")
NC("pdd", 6, "ecosystems [11][19]", "reference")
NC("pdd", 6, "capitalization for 2026", "date")
S("pdd", 6, "estimated at 1,489.1 billion yuan", vt="1,489.1 billion", value=1489.1 * B, unit=CNY)
S("pdd", 6, "target price of 148 USD", vt="148", value=148, unit=USD)
NC("pdd", 6, "[11][22]", "reference")
NC("pdd", 6, "2025Q3财报点评", "date")
# pdd-07 (reportify, 3Q25)
NC("pdd", 7, "in 3Q25, reflecting", "date")
S("pdd", 7, "expectations of RMB107.7 billion", vt="107.7 billion", value=107.7 * B, unit=CNY)
NC("pdd", 7, " [1] - Online", "reference")
S("pdd", 7, "estimate of RMB56 billion", vt="56 billion", value=56 * B, unit=CNY)
NC("pdd", 7, " [1] - Transaction", "reference")
S("pdd", 7, "consensus by 6%", value=6, unit=PC)
NC("pdd", 7, " [1] - Non-GAAP", "reference")
S("pdd", 7, "margin was 29%", value=29, unit=PC)
S("pdd", 7, "by RMB8.6 billion", vt="8.6 billion", value=8.6 * B, unit=CNY)
NC("pdd", 7, " [1] Revenue", "reference")
NC("pdd", 7, " [2]", "reference")
S("pdd", 7, "expenses were RMB30 billion", vt="30 billion", value=30 * B, unit=CNY)
NC("pdd", 7, "in 3Q25, stable", "date")
S("pdd", 7, "estimate of RMB33 billion", vt="33 billion", value=33 * B, unit=CNY)
NC("pdd", 7, "program [4]", "reference")
NC("pdd", 7, "expenses [4]", "reference")
NC("pdd", 7, "rebounded in 3Q25", "date")
S("pdd", 7, "achieving nearly 40%", value=40, unit=PC, q="under")
NC("pdd", 7, "2Q25 [3]", "date")
S("pdd", 7, "generated US$5.5 billion", vt="US$5.5 billion", value=5.5 * B, unit=USD)
S("pdd", 7, "about 29% of its total", vt="29%", value=29, unit=PC, q="approx")
NC("pdd", 7, "supply [3]", "reference")
S("pdd", 7, "at around 40%", value=40, unit=PC, q="approx")
S("pdd", 7, "just over 30%", value=30, unit=PC, q="over")
NC("pdd", 7, " [3] Valuation", "reference")
S("pdd", 7, "trading at US$119.58", vt="US$119.58", value=119.58, unit=USD)
S("pdd", 7, "market cap of US$170 billion", vt="US$170 billion", value=170 * B, unit=USD)
NC("pdd", 7, "forecasts for 2025/26", "date")
S("pdd", 7, "revenue of US$60 billion", vt="US$60 billion", value=60 * B, unit=USD)
S("pdd", 7, "/US$70 billion", vt="US$70 billion", value=70 * B, unit=USD)
S("pdd", 7, "growth of 10%/14%", vt="10%", value=10, unit=PC)
S("pdd", 7, "/14%", vt="14%", value=14, unit=PC)
NC("pdd", 7, " [5] - EBITDA", "reference")
S("pdd", 7, "projected at US$14 billion", vt="US$14 billion", value=14 * B, unit=USD)
S("pdd", 7, "/US$17 billion", vt="US$17 billion", value=17 * B, unit=USD)
NC("pdd", 7, "for 2025/26, both", "date")
S("pdd", 7, "a 24% year-over-year increase", value=24, unit=PC)
NC("pdd", 7, "increase [5]", "reference")
S("pdd", 7, "translates to 9x", vt="9", value=9, unit=TIMES)
S("pdd", 7, "/7x", vt="7", value=7, unit=TIMES)
NC("pdd", 7, "EBITDA for 2025/26", "date")
S("pdd", 7, "average of 24x", vt="24", value=24, unit=TIMES)
S("pdd", 7, "/20x", vt="20", value=20, unit=TIMES)
NC("pdd", 7, "x [5]", "reference")
NC("pdd", 7, "拼多多3Q25", "date")
# pdd-08 (marketdash), pdd-09 (wallstreetwaves)
S("pdd", 8, "to $7.49 billion", vt="$7.49 billion", value=7.49 * B, unit=USD)
S("pdd", 8, "10% to $7.72 billion", vt="$7.72 billion", value=7.72 * B, unit=USD)
S("pdd", 8, "per ADS of $2.96", vt="$2.96", value=2.96, unit=USD)
S("pdd", 8, "(21.08 yuan)", vt="21.08", value=21.08, unit=CNY)
S("pdd", 8, "consensus of $1.99", vt="$1.99", value=1.99, unit=USD)
S("pdd", 9, "a 13.6% drop", value=13.6, unit=PC)
S("pdd", 9, "approximately $60 billion", vt="$60 billion", value=60 * B, unit=USD, q="approx")
S("pdd", 9, "from 44% growth", value=44, unit=PC)
S("pdd", 9, "fell from 28%", value=28, unit=PC)
S("pdd", 9, "to 22% over", value=22, unit=PC)
S("pdd", 9, "stands below 12", value=12, unit=TIMES, q="under")
S("pdd", 9, "average of around 30", value=30, unit=TIMES, q="approx")
NC("pdd", 9, "S&P 500", "name")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh68.toml", "corpus-fresh68")
