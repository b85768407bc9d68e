"""Hand annotation of corpus-fresh42, written as data; emits gold.d/fresh42.toml (then run
corpus/check_gold.py --dir corpus-fresh42 --build).

Three domains: snow leopards (the world's wild population as 4,500-7,500 (three English pages, ettoday's 4500至7500 and IUCN's Jackson et al.
2010) against
4,000-6,500 and 4,000-7,500 on undated pages; WWF's / IUCN's 4,080-6,590 against IUCN's own 4,080-6,500 (McCarthy and Chapron
2003); IUCN's other sets 3,920-6,390, 4,678-8,745 and 7,463-7,980; 'as few as' / 'about' 4,000; China 2,000-2,500 and 'at least
2,000'; the Endangered threshold of 2,500 mature animals; 60% of the population, the range or the habitat in China; 12 countries; India 200-600 against 450 to 500; `slp-*`), the
ozone layer (the 2023 Antarctic hole: 10 million square miles / 26 million km2 at its peak, 2600萬 by CAMS, fqmxn's 2500万;
the 12th largest single-day hole against the press release's '16th largest'; the 2025 hole: 8.83 million square miles / 883萬,
22.86 million km2 / 2286萬 against starsinsider's 22.87 million, CAMS' 2100萬, averaged 7.23 million square miles / 18.71 million
km2, about 30% smaller than 2006 (10.27 million square miles / 26.60 million km2); the 2024 hole: 8.5 million square miles /
22.4 million km2 / 2240万 against theweathernetwork's 'roughly 20 million'; the record of 2000: 28.4 against NASA's 29.9 million
km2; nearly / almost 99% / 逾99% of ozone-depleting substances phased out; 46 signatories, 197 parties; `ozl-*`) and
desertification in China (the fifth survey (end of 2014): 2.61 million km2 against 261.16万 / 2,611,600, 27 / 27.2 / 27.20%;
1.72 million against 172.12万 / 1,721,200, 17.93%; down 12,120 / 121.20万 hm2 and 9,902 / 99.02万 hm2 since 2009; the sixth survey
(2019): 257.37万 against 257万, 168.78万 against 168万; the yearly shrinkage of 2,424 km2 and 1,980 km2; the expansion at the end
of the last century: 10,400 km2 (desertified) and 3,436 km2 (sandified), the thesis' 3,436 for desertification; the third survey
(2004): 7,585 km2 a year, 1,284 against 1,283 km2 a year for sandy land, 1.74 million km2, 18.1 against 18 percent; sand deserts
684,000 km2 against 约68.8万; `dsf-*`).

Every mention carries a basis tag (survey / year / measure / source, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure
that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other
figure is consistent). Ranges carry values [lo, hi] and a basis of their own, with explicit verdicts across bases.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, million = 1e6; hm2 (公顷) kept in km2 where the group is in km2 (1 hm2 = 0.01
km2). Units: count, percent, rank, km**2, square_miles, hectares, Dobson_units, CNY, USD, tonnes, years.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, USD, DC, CD, CK, DR, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

SLP, OZL, DSF = "snow-leopards", "ozone-layer", "desertification-china"
KM2, MI2, HA, RK, DU = "km**2", "square_miles", "hectares", "rank", "Dobson_units"
HM = 0.01  # km2 per hectare (公顷 / hm2)
MU = 1 / 15  # hectares per mu (亩), as corpus-fresh6 .. fresh41 (audit: the key first had unit "mu", which the scorer's pint reads as a mass)


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ snow leopards
ms = [
    F("slp", 1, "crudely estimated at 4,500-7,500", [4500, 7500], CNT, "j", vt="4,500-7,500", step=500.0),
    F("slp", 5, "there are 4,500 to 7,500 snow leopards", [4500, 7500], CNT, "j", vt="4,500 to 7,500", step=500.0),
    F("slp", 7, "there are 4,500 to 7,500 snow leopards", [4500, 7500], CNT, "j", vt="4,500 to 7,500", step=500.0),
    F("slp", 15, "4,500-7,500 (Jackson et al. 2010)", [4500, 7500], CNT, "jd", vt="4,500-7,500", step=500.0,
      note="audit: dated set (Jackson et al. 2010) on IUCN's list of compilations"),
    F("slp", 17, "目前全球只剩4500至7500隻", [4500, 7500], CNT, "j", vt="4500至7500", step=500.0),
    F("slp", 3, "between 4,000 and 6,500 individuals", [4000, 6500], CNT, "u4065", vt="4,000 and 6,500", step=500.0),
    F("slp", 4, "between 4,000 and 7,500 individuals", [4000, 7500], CNT, "u4075", vt="4,000 and 7,500", step=500.0),
    F("slp", 11, "between 4,080 and 6,590 snow leopards", [4080, 6590], CNT, "w", vt="4,080 and 6,590", step=10.0,
      note="WWF, December 2016 (the IUCN 2008 assessment's figure)"),
    F("slp", 12, "population is 4,080-6,590", [4080, 6590], CNT, "w", vt="4,080-6,590", step=10.0),
    F("slp", 15, "4,080-6,500 (McCarthy and Chapron 2003)", [4080, 6500], CNT, "mc", vt="4,080-6,500", step=10.0),
    F("slp", 15, "3,920-6,390 (Snow Leopard Working", [3920, 6390], CNT, "sw", vt="3,920-6,390", step=10.0),
    F("slp", 15, "4,678 to 8,745", [4678, 8745], CNT, "m16", vt="4,678 to 8,745", step=1.0),
    F("slp", 15, "Snow Leopards: 7,463 to 7,980", [7463, 7980], CNT, "mm", vt="7,463 to 7,980", step=1.0),
]
G("slp_global", SLP, "The world's wild snow leopards: 4,500-7,500 (five pages) against 4,000-6,500 and 4,000-7,500 (undated pages); 4,080-6,590 (WWF 2016, IUCN 2014) against IUCN's 4,080-6,500 (McCarthy and Chapron 2003); IUCN's other sets 3,920-6,390, 4,678-8,745, 7,463-7,980",
  "world", "wild snow leopards", "current estimate (pages of 2014-2026)",
  "The undated 'current' ranges disagree (conflict); 4,080-6,590 and 4,080-6,500 are one estimate (McCarthy and Chapron) quoted with two upper bounds (conflict); the dated sets of other authors against them are other estimates (different_basis, conflict defensible for the 2008-2016 ranges against the undated ones); IUCN's older and newer sets are labelled as separate compilations (different_basis).",
  ms, X(ms, C, ["j"], ["u4065", "u4075"]), X(ms, C, ["u4065"], ["u4075"]), X(ms, C, ["w"], ["mc"]),
  X(ms, DC, ["w", "mc"], ["j", "u4065", "u4075"]),
  # audit: IUCN's dated Jackson et al. (2010) set follows the key's own rule for dated sets: the same figure as the
  # undated 4,500-7,500 pages (consistent), different_basis (conflict defensible) against the undated 4,000-6,500 /
  # 4,000-7,500 and WWF's 4,080-6,590, different_basis against the other compilations on IUCN's list (McCarthy and Chapron 2003)
  X(ms, K, ["jd"], ["j"]), X(ms, DC, ["jd"], ["u4065", "u4075", "w"]), X(ms, D, ["jd"], ["mc"]))
pairgrp("slp_low", SLP, "The lowest / most conservative estimate of wild snow leopards: 4,000 (five mentions)", "world", "wild snow leopards (lowest estimate)", "2016-2017",
        [F("slp", 13, "about 4,000 live in the wild", 4000, CNT, "a", q="approx"),
         F("slp", 14, "possibly as few as 4,000", 4000, CNT, "a"),
         F("slp", 14, "could be as few as 4,000", 4000, CNT, "a"),
         F("slp", 16, "There are as few as 4000", 4000, CNT, "a"),
         F("slp", 15, "available at the time (4,000)", 4000, CNT, "a")])
pairgrp("slp_decline_20", SLP, "Fall of snow leopards over 16 years: at least 20% / 20%", "world", "decline of snow leopards over two generations", "16 years to 2014-2016",
        [F("slp", 12, "declined by at least 20%", 20, PC, "a", q="at_least"),
         F("slp", 16, "has gone down 20% in the past 16 years", 20, PC, "a")],
        "'At least 20%' holds 20% (consistent).")
pairgrp("slp_decline_10", SLP, "Projected decline over three generations: 10 percent or more / at least 10%", "world", "projected decline of snow leopards", "three generations",
        [F("slp", 13, "decline of 10 percent or more", 10, PC, "a", q="at_least"),
         F("slp", 15, "decline of at least 10%", 10, PC, "a", q="at_least")])
pairgrp("slp_under_10000", SLP, "Snow leopards below the Vulnerable threshold: less than / fewer than 10,000", "world", "snow leopards (Red List threshold)", "2017-",
        [F("slp", 8, "being less than 10,000", 10000, CNT, "a", q="under"),
         F("slp", 15, "fewer than 10,000 mature individuals", 10000, CNT, "a", q="under")])
pairgrp("slp_countries", SLP, "Countries with snow leopards: 12 (eight mentions; iaspoint's 'over 12')", "world", "range countries of the snow leopard", "current",
        [F("slp", 1, "distributed across 12 countries", 12, CNT, "a"),
         F("slp", 2, "mainly lives in 12 countries", 12, CNT, "a"),
         F("slp", 3, "range covers 12 countries", 12, CNT, "a"),
         F("slp", 4, "found in only 12 countries", 12, CNT, "a"),
         F("slp", 8, "in over 12 Asian countries", 12, CNT, "a", q="over"),
         F("slp", 10, "跨越中亚的12个国家", 12, CNT, "a"),
         F("slp", 11, "Found in 12 countries", 12, CNT, "a")],
        "All 12; iaspoint's 'over 12' holds 12 by the kit's rule (consistent).")
ms = [
    F("slp", 5, "believed that 60% of the entire population", 60, PC, "pop"),
    F("slp", 7, "believed that 60% of the entire population", 60, PC, "pop"),
    F("slp", 6, "govern 60% of the global snow leopard range", 60, PC, "range"),
    F("slp", 9, "全球约60%的雪豹栖息地", 60, PC, "hab", q="approx"),
]
G("slp_china_share", SLP, "China's share: 60% of the population (twice), of the range, about 60% of the habitat", "China", "share of the world's snow leopards / range / habitat", "current",
  "Population, range and habitat are different measures (different_basis); the two population mentions agree.", ms)
ms = [
    F("slp", 5, "China 2,000 – 2,500", [2000, 2500], CNT, "r", vt="2,000 – 2,500", step=500.0),
    F("slp", 9, "数量估计在2000-2500只", [2000, 2500], CNT, "r", vt="2000-2500", step=500.0),
    F("slp", 7, "estimated at (at least) 2,000 individuals", 2000, CNT, "min", q="at_least"),
]
G("slp_china_count", SLP, "Snow leopards in China: 2,000-2,500 (twice) and 'at least 2,000'", "China", "wild snow leopards", "current",
  "The range twice (consistent); 'at least 2,000' is the range's lower end (different_basis).", ms)
ms = [
    F("slp", 5, "India 200 – 600", [200, 600], CNT, "t", vt="200 – 600", step=100.0),
    F("slp", 4, "estimates range from 450 to 500 individuals for India", [450, 500], CNT, "l", vt="450 to 500", step=50.0),
]
G("slp_india", SLP, "Snow leopards in India: 200-600 (the Conservancy's table) against 450 to 500 (loveanimals)", "India", "wild snow leopards", "current",
  "Two estimates of the same number that disagree (conflict).", ms, X(ms, C, ["t"], ["l"]))
S("slp", 5, "Total 5,060 – 7,220", vt="5,060 – 7,220", value=[5060, 7220], unit=CNT, note="sum of the table")
S("slp", 5, "Kyrgyzstan 800 – 1400", vt="800 – 1400", value=[800, 1400], unit=CNT)
S("slp", 5, "Mongolia 500 – 1,000", vt="500 – 1,000", value=[500, 1000], unit=CNT)
S("slp", 5, "Nepal 350 – 500", vt="350 – 500", value=[350, 500], unit=CNT)
S("slp", 5, "Pakistan 250 – 420", vt="250 – 420", value=[250, 420], unit=CNT)
S("slp", 4, "also 600 – 700 snow leopards in zoos", vt="600 – 700", value=[600, 700], unit=CNT)
S("slp", 2, "studied just 1.7 percent", value=1.7, unit=PC)
S("slp", 2, "country's 19 protection organizations", value=19, unit=CNT)
S("slp", 6, "population size at 755~1341", vt="755~1341", value=[755, 1341], unit=CNT)
S("slp", 8, "more than 70 per cent habitat", value=70, unit=PC, q="over")
S("slp", 10, "分布面积广达123万平方公里", value=1.23e6, unit=KM2)
S("slp", 15, "between 2,710 and 3,386", vt="2,710 and 3,386", value=[2710, 3386], unit=CNT)
pairgrp("slp_en_threshold", SLP, "The Endangered threshold of mature snow leopards: 2,500 (IUCN: 'more than 2,500'; McCarthy: '少於2500隻' would be Endangered)", "world", "mature snow leopards (Endangered threshold)", "2017",
        [F("slp", 15, "more than 2,500 but", 2500, CNT, "a", q="over"),
         F("slp", 18, "成年雪豹必須少於2500隻", 2500, CNT, "a", q="under")],
        "The same threshold from both sides; the two hedges touch at 2,500 (consistent).")
S("slp", 16, "to about 4,500, and climate", value=4500, unit=CNT, q="approx")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("slp", 1, "weighing 60-120 lbs", "body_size")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("slp", 1, "about 24 inches at the shoulder", "body_size")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("slp", 1, "about 10 square miles in prey-rich", "home_range")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("slp", 4, "altitude of 10,000 meters", "altitude")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("slp", 8, "at the 3,000-4,500 metres", "altitude")
NC("slp", 9, "时间:09-15人气:10", "page_furniture")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("slp", 9, "海拔3000-5500米", "altitude")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("slp", 10, "体长110~130厘米", "body_size")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("slp", 10, "体重一般50~80公斤", "body_size")
NC("slp", 11, " date 2016-12-21", "date")
NC("slp", 14, "Monday 31 October 2016", "date")
NC("slp", 2, "on October 23", "date")
NC("slp", 7, "under construction since 2016", "date")
NC("slp", 12, "(16 years)", "duration")
NC("slp", 15, "over 22.62 years", "duration")

# ============================================================ the ozone layer
ms = [
    F("ozl", 1, "or 26 million square kilometers", 26e6, KM2, "a"),
    F("ozl", 2, "10 million square miles (26 million square kilometers)", 26e6, KM2, "a", vt="26 million", nth=1),
    F("ozl", 2, "10 million square miles (26 million square kilometers)", 26e6, KM2, "a", vt="26 million", nth=2),
    F("ozl", 3, "10 million square miles (26 million square kilometers)", 26e6, KM2, "a", vt="26 million"),
    F("ozl", 5, "or 26 million square kilometers", 26e6, KM2, "a"),
    F("ozl", 29, "10 million square miles (26 million square kilometers)", 26e6, KM2, "a", vt="26 million"),
    F("ozl", 30, "a maximum of 26 million square kilometers", 26e6, KM2, "a"),
    F("ozl", 7, "2023年最大面積的2600萬平方公里", 26e6, KM2, "a", note="Copernicus CAMS"),
    F("ozl", 12, "空洞面积达2500万平方公里", 25e6, KM2, "a", note="fqmxn: '2023年监测显示'"),
    F("ozl", 32, "2023年观测到约2500万平方公里", 25e6, KM2, "a", q="approx"),
]
G("ozl_2023_max_km2", OZL, "The 2023 Antarctic ozone hole at its largest: 26 million km2 (NASA/NOAA, seven mentions; CAMS' 2600萬) against fqmxn's 2500万 and 约2500万 (two pages of one site)",
  "Antarctic ozone hole", "maximum one-day area", "September 2023",
  "26 million and 2600萬 agree; fqmxn's 2500万 (told with '2023年监测显示') and 约2500万 are figures of the same precision that disagree (conflict); the two fqmxn figures agree.", ms)
pairgrp("ozl_2023_max_mi2", OZL, "The 2023 ozone hole at its largest: 10 million square miles (seven mentions)", "Antarctic ozone hole", "maximum one-day area (square miles)", "September 2023",
        [F("ozl", 1, "At 10 million square miles", 10e6, MI2, "a"),
         F("ozl", 2, "maximum size at 10 million square miles", 10e6, MI2, "a", nth=1),
         F("ozl", 2, "maximum size at 10 million square miles", 10e6, MI2, "a", nth=2),
         F("ozl", 3, "maximum size of 10 million square miles", 10e6, MI2, "a"),
         F("ozl", 4, "maximum size at 10 million square miles", 10e6, MI2, "a"),
         F("ozl", 5, "At 10 million square miles", 10e6, MI2, "a"),
         F("ozl", 29, "peaked this year at 10 million square miles", 10e6, MI2, "a")])
pairgrp("ozl_2023_avg_km2", OZL, "The 2023 hole's average, 7 September - 13 October: 23.1 million km2 (four)", "Antarctic ozone hole", "average area in the peak season", "2023",
        [F("ozl", 1, "(23.1 million square kilometers)", 23.1e6, KM2, "a"),
         F("ozl", 2, "(23.1 million square kilometers)", 23.1e6, KM2, "a"),
         F("ozl", 3, "(23.1 million square kilometers)", 23.1e6, KM2, "a"),
         F("ozl", 29, "(23.1 million square kilometers)", 23.1e6, KM2, "a")])
pairgrp("ozl_2023_avg_mi2", OZL, "The 2023 hole's average: 8.9 million square miles (four)", "Antarctic ozone hole", "average area in the peak season (square miles)", "2023",
        [F("ozl", 1, "averaged 8.9 million square miles", 8.9e6, MI2, "a"),
         F("ozl", 2, "averaged 8.9 million square miles", 8.9e6, MI2, "a"),
         F("ozl", 3, "averaged 8.9 million square miles", 8.9e6, MI2, "a"),
         F("ozl", 29, "averaged 8.9 million square miles", 8.9e6, MI2, "a")])
ms = [
    F("ozl", 1, "the 12th largest single-day", 12, RK, "max"),
    F("ozl", 4, "ranking as the 12th largest", 12, RK, "max"),
    F("ozl", 5, "the 12th largest single-day", 12, RK, "max"),
    F("ozl", 30, "ranking as the 12th largest", 12, RK, "max"),
    F("ozl", 2, "which ranks as the 16th largest", 16, RK, "max", nth=1),
    F("ozl", 2, "which ranks as the 16th largest", 16, RK, "max", nth=2),
    F("ozl", 3, "This makes it the 16th largest", 16, RK, "max"),
    F("ozl", 1, "making it the 16th largest over this period", 16, RK, "avg"),
    F("ozl", 29, "which is the 16th largest", 16, RK, "avg"),
    F("ozl", 5, "ozone hole ranks 16th largest", 16, RK, "hdl", note="headline, measure not said"),
]
G("ozl_2023_rank", OZL, "Rank of the 2023 hole: the 12th largest single-day hole (four) against '16th largest' for the maximum (enn twice, rumble); 16th for the season's average (twice); nation.lk's headline '16th largest'",
  "Antarctic ozone hole", "rank among holes since 1979", "2023",
  "NOAA corrected its release: the maximum was the 12th largest, the average the 16th. The pages that give 16th for the maximum disagree with the 12th (conflict); the average is another measure (different_basis); the headline's 16th, its measure unsaid, is different_basis (conflict defensible against the 12th).",
  ms, X(ms, DC, ["hdl"], ["max"]))
ms = [
    F("ozl", 3, "(28.4 million square kilometers)", 28.4e6, KM2, "a"),
    F("ozl", 30, "ever recorded reached 28.4 million square kilometers", 28.4e6, KM2, "a"),
    F("ozl", 30, "was 28.4 million square kilometers", 28.4e6, KM2, "a"),
    F("ozl", 29, "(29.9 million square kilometers)", 29.9e6, KM2, "a", note="'according to NASA data'"),
    F("ozl", 31, "September 2000 28.3 million km2", 28.3e6, KM2, "a", note="UNEP GEO-3, after NASA 2001"),
    F("ozl", 32, "2000年空洞面积曾达2900万平方公里", 29e6, KM2, "a"),
]
G("ozl_2000_record_km2", OZL, "The largest hole, 2000: 28.4 million km2 (rumble, askvity twice) against NASA's 29.9 million km2 (AP), UNEP's 28.3 million (NASA 2001) and fqmxn's 2900万", "Antarctic ozone hole", "record area", "September 2000",
  "Figures for the same record that disagree (conflict); they may come from different data sets and days.", ms)
ms = [
    F("ozl", 3, "a size of 11 million square miles", 11e6, MI2, "a"),
    F("ozl", 29, "at nearly 11.6 million square miles", 11.6e6, MI2, "a", q="under"),
]
G("ozl_2000_record_mi2", OZL, "The largest hole, 2000: 11 million square miles against 'nearly 11.6 million'", "Antarctic ozone hole", "record area (square miles)", "September 2000",
  "'Nearly 11.6 million' against 11 million: the square-mile forms of the 28.4 and 29.9 million km2 keyed conflict in ozl_2000_record_km2 (conflict; consistent defensible by the kit's rule for a hedge, which allows 10% below).",
  ms, X(ms, CK, ["a"], ["a"]))
pairgrp("ozl_2025_max_mi2", OZL, "The 2025 hole at its largest (9 September): 8.83 million square miles / 883萬 (eight)", "Antarctic ozone hole", "maximum one-day area (square miles)", "September 2025",
        [F("ozl", 13, "measuring 8.83 million square miles", 8.83e6, MI2, "a"),
         F("ozl", 14, "measuring 8.83 million square miles", 8.83e6, MI2, "a"),
         F("ozl", 15, "measuring 8.83 million square miles", 8.83e6, MI2, "a"),
         F("ozl", 16, "peaking at 8.83 million", 8.83e6, MI2, "a"),
         F("ozl", 17, "Sept. 9 at 8.83 million square miles", 8.83e6, MI2, "a"),
         F("ozl", 6, "達883萬平方英里", 8.83e6, MI2, "a"),
         F("ozl", 8, "達 883 萬平方英里", 8.83e6, MI2, "a"),
         F("ozl", 9, "最大單日範圍883萬平方英里", 8.83e6, MI2, "a")])
ms = [
    F("ozl", 17, "(22.86 million square kilometers)", 22.86e6, KM2, "a"),
    F("ozl", 14, "(22.87 million square kilometers)", 22.87e6, KM2, "a"),
    F("ozl", 6, "（2286萬平方公里）", 22.86e6, KM2, "a", vt="2286萬"),
    F("ozl", 8, "（2286 萬平方公里）", 22.86e6, KM2, "a", vt="2286 萬"),
    F("ozl", 18, "约 2,286 万平方公里", 22.86e6, KM2, "a", vt="2,286 万", q="approx"),
    F("ozl", 19, "扩展至约2286万平方公里", 22.86e6, KM2, "a", q="approx"),
    F("ozl", 7, "最大面積2100萬平方公里", 21e6, KM2, "cams", note="Copernicus CAMS"),
]
G("ozl_2025_max_km2", OZL, "The 2025 hole at its largest: 22.86 million km2 / 2286萬 (five) against starsinsider's 22.87 million; CAMS' 2100萬",
  "Antarctic ozone hole", "maximum one-day area", "September 2025",
  "22.87 against 22.86 million and 2286萬 (conflict: same precision); CAMS' 2100萬 is another data set's maximum (conflict, different_basis defensible).",
  ms, X(ms, CD, ["cams"], ["a"]))
pairgrp("ozl_2025_avg_mi2", OZL, "The 2025 hole's average (7 September - 13 October): about 7.23 million square miles / 約723萬 (four)", "Antarctic ozone hole", "average area in the peak season (square miles)", "2025",
        [F("ozl", 16, "averaged about 7.23 million square miles", 7.23e6, MI2, "a", q="approx"),
         F("ozl", 17, "was about 7.23 million square miles", 7.23e6, MI2, "a", q="approx"),
         F("ozl", 6, "平均面積約723萬平方英里", 7.23e6, MI2, "a", q="approx"),
         F("ozl", 9, "平均範圍約為723萬平方英里", 7.23e6, MI2, "a", q="approx")])
pairgrp("ozl_2025_avg_km2", OZL, "The 2025 hole's average: 18.71 million km2 / 1871萬 (four)", "Antarctic ozone hole", "average area in the peak season", "2025",
        [F("ozl", 17, "(18.71 million square kilometers)", 18.71e6, KM2, "a"),
         F("ozl", 6, "（1871萬平方公里）", 18.71e6, KM2, "a", vt="1871萬"),
         F("ozl", 18, "约 1,871 万平方公里", 18.71e6, KM2, "a", vt="1,871 万", q="approx"),
         F("ozl", 19, "平均面积约为1871万平方公里", 18.71e6, KM2, "a", q="approx")])
pairgrp("ozl_2025_smaller", OZL, "The 2025 maximum against the 2006 record: about 30% smaller (eight)", "Antarctic ozone hole", "2025 maximum below the largest hole", "2025",
        [F("ozl", 13, "approximately 30% smaller", 30, PC, "a", q="approx"),
         F("ozl", 14, "about 30% smaller", 30, PC, "a", q="approx"),
         F("ozl", 15, "about 30% smaller", 30, PC, "a", q="approx"),
         F("ozl", 17, "about 30% smaller", 30, PC, "a", q="approx"),
         F("ozl", 6, "縮小約30%", 30, PC, "a", q="approx"),
         F("ozl", 8, "破洞小約30%", 30, PC, "a", q="approx"),
         F("ozl", 9, "臭氧洞小約30%", 30, PC, "a", q="approx"),
         F("ozl", 18, "破洞小约 30%", 30, PC, "a", q="approx")])
pairgrp("ozl_2006_mi2", OZL, "The 2006 record hole's average: 10.27 million square miles / 1027萬 (three)", "Antarctic ozone hole", "record average area (square miles)", "2006",
        [F("ozl", 17, "average area of 10.27 million square miles", 10.27e6, MI2, "a"),
         F("ozl", 6, "2006年歷史峰值（1027萬平方英里）", 10.27e6, MI2, "a"),
         F("ozl", 8, "平均面積為1027萬平方英里", 10.27e6, MI2, "a")])
pairgrp("ozl_2006_km2", OZL, "The 2006 record hole's average: 26.60 million km2 / 2660萬 (three)", "Antarctic ozone hole", "record average area", "2006",
        [F("ozl", 17, "(26.60 million square kilometers)", 26.6e6, KM2, "a"),
         F("ozl", 8, "（2660萬平方公里）", 26.6e6, KM2, "a", vt="2660萬"),
         F("ozl", 18, "平均面积 2,660 万平方公里", 26.6e6, KM2, "a", vt="2,660 万")])
pairgrp("ozl_2025_chlorine_mi2", OZL, "How much larger the 2025 hole would have been with old chlorine levels: 逾100萬 / 100多万 square miles", "Antarctic ozone hole", "extra area without the Protocol's cuts (square miles)", "2025",
        [F("ozl", 6, "擴大逾100萬平方英里", 1e6, MI2, "a", q="over"),
         F("ozl", 19, "再大出100多万平方英里", 1e6, MI2, "a", vt="100多万", q="over")])
pairgrp("ozl_2025_chlorine_km2", OZL, "The same in km2: 2.59 million against 250万以上", "Antarctic ozone hole", "extra area without the Protocol's cuts", "2025",
        [F("ozl", 14, "(2.59 million square kilometers)", 2.59e6, KM2, "a"),
         F("ozl", 18, "大 250 万平方公里以上", 2.5e6, KM2, "a", vt="250 万", q="at_least")],
        "'250万以上' holds 2.59 million (consistent).")
pairgrp("ozl_2025_low_du", OZL, "Lowest ozone over the South Pole, 6 October 2025: 147 Dobson units (twice)", "South Pole", "lowest total ozone", "October 2025",
        [F("ozl", 16, "seasonal low of 147 Dobson Units", 147, DU, "a"),
         F("ozl", 8, "最低濃度 147 多布森單位", 147, DU, "a")])
pairgrp("ozl_2006_low_du", OZL, "The record low over the South Pole, October 2006: 92 Dobson units (twice)", "South Pole", "record low total ozone", "October 2006",
        [F("ozl", 16, "2006 record low of 92", 92, DU, "a"),
         F("ozl", 8, "的 92 個多布森單位", 92, DU, "a")])
pairgrp("ozl_threshold_du", OZL, "The ozone-hole threshold: 220 Dobson units (three)", "ozone hole", "threshold of the hole", "definition",
        [F("ozl", 8, "從未被發現低於 220", 220, DU, "a"),
         F("ozl", 25, "fall below 220 Dobson units", 220, DU, "a"),
         F("ozl", 26, "threshold of 220 Dobson units", 220, DU, "a")])
ms = [
    F("ozl", 25, "covering 8.5 million square miles", 8.5e6, MI2, "a"),
    F("ozl", 26, "Sept. 28 at 8.5 million square miles", 8.5e6, MI2, "a"),
    F("ozl", 28, "(850 万平方英里)", 8.5e6, MI2, "a", vt="850 万"),
]
G("ozl_2024_max_mi2", OZL, "The 2024 hole at its largest (28 September): 8.5 million square miles / 850万 (three)", "Antarctic ozone hole", "maximum one-day area (square miles)", "September 2024", "Same figure (consistent).", ms)
ms = [
    F("ozl", 25, "(22.4 million square kilometers)", 22.4e6, KM2, "a"),
    F("ozl", 26, "(22.4 million square kilometers)", 22.4e6, KM2, "a"),
    F("ozl", 28, "为 2240 万平方公里", 22.4e6, KM2, "a", vt="2240 万"),
    F("ozl", 27, "roughly 20 million square kilometers", 20e6, KM2, "a", q="approx"),
]
G("ozl_2024_max_km2", OZL, "The 2024 hole at its largest: 22.4 million km2 / 2240万 (three) against theweathernetwork's 'roughly 20 million'",
  "Antarctic ozone hole", "maximum one-day area", "September 2024",
  "'Roughly 20 million' for the maximum does not hold 22.4 million (conflict); it is near the season's average (20 million), which the page does not name. Consistent defensible: a one-figure rounding of 22.4 million.",
  ms, {(i, 4): CK for i in (1, 2, 3)})
pairgrp("ozl_2024_avg", OZL, "The 2024 hole's average: almost 8 million square miles / 接近 800万 (twice)", "Antarctic ozone hole", "average area (square miles)", "2024",
        [F("ozl", 26, "At almost 8 million square miles", 8e6, MI2, "a", q="under"),
         F("ozl", 28, "(800 万平方英里)", 8e6, MI2, "a", vt="800 万")],
        "'Almost 8 million' against 800万 given as the conversion of '接近 2,000 万' (consistent).")
pairgrp("ozl_2024_avg_km2", OZL, "The 2024 hole's average: 20 million km2 / 接近 2,000 万 (twice)", "Antarctic ozone hole", "average area", "2024",
        [F("ozl", 26, "(20 million square kilometers)", 20e6, KM2, "a"),
         F("ozl", 28, "平均面积接近 2,000 万平方公里", 20e6, KM2, "a", vt="2,000 万", q="under")])
pairgrp("ozl_phaseout", OZL, "Share of controlled ozone-depleting substances phased out: nearly / almost 99% (three), 逾99% (two)", "world", "share of ozone-depleting substances phased out", "2023-2025",
        [F("ozl", 20, "elimination of nearly 99% of", 99, PC, "a", q="under"),
         F("ozl", 21, "nearly 99% of prohibited", 99, PC, "a", q="under"),
         F("ozl", 22, "almost 99% of banned", 99, PC, "a", q="under"),
         F("ozl", 10, "促使逾99%受管制", 99, PC, "a", q="over"),
         F("ozl", 11, "促使逾99%受管制", 99, PC, "a", q="over")],
        "'Nearly 99%' and '逾99%' touch at 99% (consistent by the kit's rule for two hedges).")
pairgrp("ozl_parties", OZL, "Parties to the Montreal Protocol: 197 (twice)", "Montreal Protocol", "parties", "current",
        [F("ozl", 21, "in which 197 countries", 197, CNT, "a"),
         F("ozl", 24, "ratifiers = 197", 197, CNT, "a")])
pairgrp("ozl_signatories", OZL, "Countries that signed the Montreal Protocol in 1987: 46 (three)", "Montreal Protocol", "first signatories", "1987",
        [F("ozl", 22, "with 46 countries", 46, CNT, "a"),
         F("ozl", 23, "signed by 46 countries", 46, CNT, "a"),
         F("ozl", 24, "signatories = 46", 46, CNT, "a")])
S("ozl", 4, "a 26% reduction in ozone levels", value=26, unit=PC)
S("ozl", 6, "為1992年以來第5小", value=5, unit=RK)
S("ozl", 12, "面积达400万平方公里", value=4e6, unit=KM2)
S("ozl", 12, "空洞面积已缩小约10%", value=10, unit=PC, q="approx")
S("ozl", 12, "完全恢复需60年", value=60, unit="years")
S("ozl", 12, "释放2000毫克有害物质", value=2000, unit="mg")
S("ozl", 12, "紫外线强度增加3%", value=3, unit=PC)
S("ozl", 12, "皮肤癌风险上升2%", value=2, unit=PC)
S("ozl", 12, "超过100个珠穆朗玛峰", value=100, unit=CNT, q="over")
S("ozl", 20, "warming of 0.3 to 0.5°C", vt="0.3 to 0.5", value=[0.3, 0.5], unit="degrees_C")
S("ozl", 23, "around 0.5-1°C by 2050", vt="0.5-1", value=[0.5, 1.0], unit="degrees_C", q="approx")
S("ozl", 25, "the 20th smallest on record", value=20, unit=RK)
NC("ozl", 3, "1 year ago", "date")
NC("ozl", 5, "1 year ago 387", "page_furniture")
NC("ozl", 4, "Answered on : 2024-02-29", "date")
NC("ozl", 1, "on Sept. 21, 2023", "date")
NC("ozl", 1, "since 1979", "date")
NC("ozl", 6, " date 2025-11-26", "date")
NC("ozl", 6, "在9月7日至10月13日", "date")
NC("ozl", 6, "提前近3周", "duration")
NC("ozl", 6, "若仍維持25年前氯含量", "duration")
NC("ozl", 7, " date 2025-12-03", "date")
NC("ozl", 8, " date 2025-11-25", "date")
NC("ozl", 8, "昨日（24）", "date")
NC("ozl", 9, " date 2025-11-27", "date")
NC("ozl", 11, "每年9月16日", "date")
NC("ozl", 11, "40周年", "ordinal")
NC("ozl", 12, "时间:01-18人气:25", "page_furniture")
NC("ozl", 13, "as there was 25 years ago", "duration")
NC("ozl", 18, "9 月 7 日~10 月 13 日", "date")
NC("ozl", 20, "by around 2066 over Antarctica", "date")
NC("ozl", 20, "around 2045 over the Arctic", "date")
NC("ozl", 21, "2045 over the Arctic", "date")
NC("ozl", 22, " date 2023-01-09 January 9, 2023", "date")
NC("ozl", 22, "discovered by scientists in 1985", "date")
NC("ozl", 24, "26 August 1989", "date")
NC("ozl", 24, "between 2050 and 2070", "date")
NC("ozl", 26, "13 hours ago Anthony Watts 52 Comments", "page_furniture")
NC("ozl", 26, "fully recover by 2066", "date")
NC("ozl", 28, "会在 2066 年完全恢复", "date")
NC("ozl", 30, "(September 21, 2023)", "date")
NC("ozl", 31, "Source: NASA 2001", "citation")
NC("ozl", 32, "时间:01-18人气:27", "page_furniture")
NC("ozl", 32, "预计2050年前", "date")
NC("ozl", 25, "since measurements began in 1979", "date")

# ============================================================ desertification in China
ms = [
    F("dsf", 1, "there was 2.61 million square kilometers", 2.61e6, KM2, "a"),
    F("dsf", 2, "there was 2.61 million square kms", 2.61e6, KM2, "a"),
    F("dsf", 3, "there was 2.61 million of desertified", 2.61e6, KM2, "a", note="mangalorean: unit missing"),
    F("dsf", 4, "desertification area is 2,611,600 square kilometers", 2611600, KM2, "a"),
    F("dsf", 7, "全国荒漠化土地面积261.16万平方公里", 2611600, KM2, "a"),
    F("dsf", 8, "荒漠化土地总面积261.16 万km2", 2611600, KM2, "a", vt="261.16 万"),
    F("dsf", 12, "荒漠化土地面积261.16万平方千米", 2611600, KM2, "a", nth=1),
    F("dsf", 12, "261.16万平方千米 , 沙化", 2611600, KM2, "a"),
    F("dsf", 18, "around 2.6 million square kilometers", 2.6e6, KM2, "a", q="approx"),
    F("dsf", 13, "2.62 million square kilometers of Chinese land", 2.62e6, KM2, "y09"),
    F("dsf", 5, "makes up 2.64 million sq km", 2.64e6, KM2, "y04"),
]
G("dsf_desert_2014", DSF, "Desertified land in China, fifth survey (end of 2014): 2.61 million km2 (three) against 261.16万 / 2,611,600 (five); around 2.6 million; the 2009 (2.62 million) and 2004 (2.64 million) surveys",
  "China", "desertified land area", "end of 2014 (fifth survey)",
  "2.61 million rounds 261.16万 (rounding); 'around 2.6 million' holds it (consistent); the fourth and third surveys are other years (different_basis).", ms)
ms = [
    F("dsf", 1, "there was 1.72 million square kilometers", 1.72e6, KM2, "a"),
    F("dsf", 2, "there was 1.72 million square kilometers", 1.72e6, KM2, "a"),
    F("dsf", 3, "there was 1.72 million of sandified", 1.72e6, KM2, "a"),
    F("dsf", 4, "sandification area is 1,721,200 square kilometers", 1721200, KM2, "a"),
    F("dsf", 7, "沙化土地面积172.12万平方公里", 1721200, KM2, "a"),
    F("dsf", 8, "沙化土地面积172.12 万km2", 1721200, KM2, "a", vt="172.12 万"),
    F("dsf", 12, "沙化土地面积172.12万平方千米", 1721200, KM2, "a"),
    F("dsf", 13, "affected 1.73 million square kilometers", 1.73e6, KM2, "y09"),
    F("dsf", 5, "totals 1.74 million sq km", 1.74e6, KM2, "y04"),
    F("dsf", 6, "or 1.74 million sq km", 1.74e6, KM2, "y04"),
]
G("dsf_sandy_2014", DSF, "Sandified land in China, fifth survey (end of 2014): 1.72 million km2 (three) against 172.12万 / 1,721,200 (four); 2009's 1.73 million; 2004's 1.74 million (twice)",
  "China", "sandified land area", "end of 2014 (fifth survey)",
  "1.72 million rounds 172.12万 (rounding); the fourth and third surveys are other years (different_basis).", ms)
pairgrp("dsf_desert_share_2014", DSF, "Desertified share of China's territory, 2014: about 27 percent (three) against 27.2 / 27.20% (four)", "China", "desertified share of the territory", "end of 2014",
        [F("dsf", 1, "about 27 percent of the whole", 27, PC, "a", q="approx"),
         F("dsf", 2, "about 27 per cent of the whole", 27, PC, "a", q="approx"),
         F("dsf", 3, "about 27 percent of the whole", 27, PC, "a", q="approx"),
         F("dsf", 7, "占国土面积的27.2%", 27.2, PC, "a"),
         F("dsf", 8, "占国土总面积的27.20%", 27.2, PC, "a"),
         F("dsf", 18, "accounting for 27.2 percent", 27.2, PC, "a")],
        "'About 27 percent' holds 27.2% (consistent).")
pairgrp("dsf_sandy_share_2014", DSF, "Sandified share of China's territory, 2014: 17.93% (six)", "China", "sandified share of the territory", "end of 2014",
        [F("dsf", 1, "about 17.93 percent", 17.93, PC, "a", q="approx"),
         F("dsf", 2, "about 17.93 per cent", 17.93, PC, "a", q="approx"),
         F("dsf", 3, "about 17.93 percent", 17.93, PC, "a", q="approx"),
         F("dsf", 7, "占国土面积的17.93%", 17.93, PC, "a"),
         F("dsf", 8, "占国土面积的17.93%", 17.93, PC, "a")])
pairgrp("dsf_desert_fall_0914", DSF, "Fall in desertified land 2009-2014: 12,120 km2 (three) / 121.20万 hm2", "China", "fall in desertified land", "2009-2014",
        [F("dsf", 1, "down 12,120 square kilometers", 12120, KM2, "a"),
         F("dsf", 2, "down 12,120 square kms", 12120, KM2, "a"),
         F("dsf", 3, "down 12,120 from", 12120, KM2, "a"),
         F("dsf", 8, "减少了121.20 万hm2", 12120, KM2, "a", vt="121.20 万", mult=HM)],
        "121.20万 hm2 = 12,120 km2 (consistent).")
pairgrp("dsf_sandy_fall_0914", DSF, "Fall in sandified land 2009-2014: 9,902 km2 (three) / 99.02万 hm2", "China", "fall in sandified land", "2009-2014",
        [F("dsf", 1, "down 9,902 square kilometers", 9902, KM2, "a"),
         F("dsf", 2, "down 9,902 square kilometers", 9902, KM2, "a"),
         F("dsf", 3, "down 9,902 from", 9902, KM2, "a"),
         F("dsf", 8, "沙化土地减少99.02 万hm2", 9902, KM2, "a", vt="99.02 万", mult=HM)])
pairgrp("dsf_treated", DSF, "Sandified land effectively treated, 2014: 20.37万 km2 (twice)", "China", "sandified land effectively treated", "end of 2014",
        [F("dsf", 7, "治理的沙化土地面积20.37万平方公里", 203700, KM2, "a"),
         F("dsf", 8, "治理的沙化土地面积20.37 万 km2", 203700, KM2, "a", vt="20.37 万")])
pairgrp("dsf_treated_share", DSF, "Treated share of sandified land, 2014: 11.8% (twice)", "China", "treated share of sandified land", "end of 2014",
        [F("dsf", 7, "占沙化土地面积的11.8%", 11.8, PC, "a"),
         F("dsf", 8, "占沙化土地面积的11.8%", 11.8, PC, "a")])
pairgrp("dsf_yearly_desert_now", DSF, "Yearly shrinkage of desertified land (2019-2021): 2,424 km2 (twice)", "China", "yearly shrinkage of desertified land", "2009-2014 (told 2019-2021)",
        [F("dsf", 4, "annual reduction of 2,424 square kilometers", 2424, KM2, "a"),
         F("dsf", 18, "average of 2,424 square kilometers", 2424, KM2, "a")])
pairgrp("dsf_yearly_sandy_now", DSF, "Yearly shrinkage of sandified land: some 1,980 km2 (three)", "China", "yearly shrinkage of sandified land", "2009-2014 (told 2019-2021)",
        [F("dsf", 4, "shrinking some 1,980 square kilometers", 1980, KM2, "a", q="approx"),
         F("dsf", 9, "目前年均缩减1980平方公里", 1980, KM2, "a"),
         F("dsf", 18, "speed of 1,980 and", 1980, KM2, "a")])
ms = [
    F("dsf", 4, "annual expansion of 10,400 square kilometers", 10400, KM2, "a"),
    F("dsf", 5, "added by 10,400 sq km", 10400, KM2, "a"),
    F("dsf", 17, "annual rate of 3,436 square kilometers", 3436, KM2, "a", note="the thesis gives the sandified figure for desertification"),
]
G("dsf_desert_expansion", DSF, "Yearly expansion of desertified land at the end of the last century: 10,400 km2 (twice) against the thesis' 3,436",
  "China", "yearly expansion of desertified land", "late 1990s",
  "The thesis' 3,436 (the sandified land's figure) for desertification disagrees with 10,400 (conflict).", ms)
ms = [
    F("dsf", 4, "expansion of 3,436 square kilometers", 3436, KM2, "a"),
    F("dsf", 5, "and 3,436 sq km", 3436, KM2, "a"),
    F("dsf", 9, "1996年年均扩展2460平方公里", 2460, KM2, "y96"),
    F("dsf", 14, "如今达到2460平方公里", 2460, KM2, "y96", note="autoweekly: 'now' in an old text, after the 1990s' 2300"),
]
G("dsf_sandy_expansion", DSF, "Yearly expansion of sandified land: 3,436 km2 at the end of the 1990s (twice); 2460 'in 1996' / 'now' (old text)",
  "China", "yearly expansion of sandified land", "1990s",
  "3,436 (end of the century) and 2460 (mid-1990s) are different periods (different_basis).", ms)
pairgrp("dsf_yearly_desert_9904", DSF, "Yearly shrinkage of desertified land 1999-2004: 7,585 km2 (twice)", "China", "yearly shrinkage of desertified land", "1999-2004",
        [F("dsf", 5, "decreasing by 7,585 sq km", 7585, KM2, "a"),
         F("dsf", 11, "年均減少7585平方公里", 7585, KM2, "a")])
ms = [
    F("dsf", 5, "falling by 1,284 sq", 1284, KM2, "a"),
    F("dsf", 6, "shrank by 1,283 square km each year", 1283, KM2, "a"),
]
G("dsf_yearly_sandy_0104", DSF, "Yearly shrinkage of sandy land, 2001-2004: 1,284 against 1,283 km2", "China", "yearly shrinkage of sandy land", "1999/2001-2004",
  "Two exact figures one apart (conflict).", ms)
ms = [
    F("dsf", 5, "accounting for 18.1 percent", 18.1, PC, "a"),
    F("dsf", 6, "in 2004, 18 percent, or", 18, PC, "a"),
]
G("dsf_sandy_share_2004", DSF, "Sandy share of the territory, 2004: 18.1 against 18 percent", "China", "sandy share of the territory", "2004 (third survey)",
  "18 rounds 18.1 (rounding).", ms)
ms = [
    F("dsf", 10, "荒漠化土地面積257.37萬平方公里", 2573700, KM2, "a"),
    F("dsf", 19, "荒漠化土地面积257万平方公里", 2570000, KM2, "a"),
]
G("dsf_desert_2019", DSF, "Desertified land, sixth survey (2019): 257.37萬 against 257万 km2", "China", "desertified land area", "end of 2019 (sixth survey)",
  "257万 rounds 257.37万 (rounding).", ms)
ms = [
    F("dsf", 10, "沙化土地面積168.78萬平方公里", 1687800, KM2, "a"),
    F("dsf", 19, "沙化土地面积168万平方公里", 1680000, KM2, "a"),
]
G("dsf_sandy_2019", DSF, "Sandified land, sixth survey (2019): 168.78萬 against 168万 km2", "China", "sandified land area", "end of 2019 (sixth survey)",
  "168.78万 rounds to 169万, not 168万 (conflict: a truncation).", ms)
ms = [
    F("dsf", 15, "sand deserts cover an area of 684,000", 684000, KM2, "a"),
    F("dsf", 16, "沙漠面积约68.8万平方千米", 688000, KM2, "a", q="approx"),
]
G("dsf_sand_deserts", DSF, "China's sand deserts: 684,000 km2 (CAS map, 2005) against 约68.8万", "China", "area of sand deserts", "2005 map / undated",
  "'About 68.8万' does not hold 684,000 (conflict).", ms)
pairgrp("dsf_stony", DSF, "Stony desertification in karst areas: 10.07万 km2 (twice) / 10.07 million hectares", "China", "stony desertified land", "third karst survey (2016)",
        [F("dsf", 12, "石漠化土地面积10.07万平方千米", 100700, KM2, "a"),
         F("dsf", 18, "is 10.07 million hectares", 100700, KM2, "a", mult=HM)],
        "10.07 million ha = 10.07万 km2 (consistent).")
S("dsf", 4, "nearly 120 national desert parks", value=120, unit=CNT, q="under")
S("dsf", 5, "accounting for 27.46 percent", value=27.46, unit=PC)
S("dsf", 6, "about 50 billion yuan", value=50e9, unit="CNY", q="approx")
S("dsf", 6, "(US$6.8 billion)", value=6.8e9, unit=USD)
S("dsf", 6, "affecting 400 million people", value=400e6, unit=CNT)
S("dsf", 7, "经济林果面积已达540万公顷", value=5.4e6, unit=HA)
S("dsf", 7, "年产干鲜果品5360万吨", value=5.36e7, unit="tonnes")
S("dsf", 7, "占全国年产量的33.9%", value=33.9, unit=PC)
S("dsf", 8, "土地面积30.03 万 km2", vt="30.03 万", value=300300, unit=KM2)
S("dsf", 8, "占国土面积的3.12%", value=3.12, unit=PC)
S("dsf", 8, "占全国荒漠化总面积的95.64%", value=95.64, unit=PC)
S("dsf", 8, "920 个县", value=920, unit=CNT)
S("dsf", 9, "荒漠化土地面积9.14亿亩", vt="9.14亿", value=9.14e8 * MU, unit=HA, mult=MU)
S("dsf", 9, "沙化土地面积6.12亿亩", vt="6.12亿", value=6.12e8 * MU, unit=HA, mult=MU)
S("dsf", 9, "面积的23.3%", value=23.3, unit=PC)
S("dsf", 9, "荒漠化土地减少625万亩", vt="625万", value=6.25e6 * MU, unit=HA, mult=MU)
S("dsf", 10, "凈減少37880平方公里", value=37880, unit=KM2)
S("dsf", 10, "33352平方公里", value=33352, unit=KM2)
S("dsf", 10, "平均植被蓋度為20.22%", value=20.22, unit=PC)
S("dsf", 10, "累計增加791.45萬公頃", value=7914500, unit=HA)
S("dsf", 10, "總量為41.79億噸", value=4.179e9, unit="tonnes")
S("dsf", 11, "面積減少37924平方公里", value=37924, unit=KM2)
S("dsf", 11, "減少33673平方公里", value=33673, unit=KM2)
S("dsf", 13, "decreased 0.47 percent", value=0.47, unit=PC)
S("dsf", 13, "fell 0.49 percent", value=0.49, unit=PC)
S("dsf", 14, "50年代为126.7万平方公里", value=1.267e6, unit=KM2)
S("dsf", 14, "90年代扩展到153.3万平方公里", value=1.533e6, unit=KM2)
S("dsf", 14, "50年代是年均1560平方公里", value=1560, unit=KM2)
S("dsf", 14, "90年代增加到2300平方公里", value=2300, unit=KM2)
S("dsf", 15, "stone deserts is 1.57 million square kilometers", value=1.57e6, unit=KM2)
# (after the audit: the page writes kilometres, a length; the tool is not asked to repair the typo)
S("dsf", 15, "including 446,000 kilometers", value=446000, unit="km")
S("dsf", 16, "戈壁面积约45.8万平方千米", value=458000, unit=KM2, q="approx")
S("dsf", 17, "670,000 hectares of cultivated land", value=670000, unit=HA)
S("dsf", 17, "2.35 million hectares of grassland", value=2.35e6, unit=HA)
S("dsf", 19, "占国土面积的26.81%", value=26.81, unit=PC)
S("dsf", 19, "占国土面积的17.58%", value=17.58, unit=PC)
S("dsf", 19, "净减少6500万亩", vt="6500万", value=6.5e7 * MU, unit=HA, mult=MU)
S("dsf", 10, "重度荒漠化土地減少19297平方公里", value=19297, unit=KM2)
S("dsf", 10, "減少27.95億噸", value=2.795e9, unit="tonnes")
S("dsf", 8, "其中96%分布在", value=96, unit=PC)
S("dsf", 9, "23.3%和23.7%", vt="23.7%", value=23.7, unit=PC)
S("dsf", 14, "占国土总面积的15.9%", value=15.9, unit=PC)
S("dsf", 14, "合计68亿亩", vt="68亿", value=6.8e9 * MU, unit=HA, mult=MU)
S("dsf", 15, "an area of 582,000 sq kms", value=582000, unit=KM2)
S("dsf", 16, "国土面积的12%", value=12, unit=PC, q="approx")
S("dsf", 17, "6.39 million hectares of forest", value=6.39e6, unit=HA)
S("dsf", 18, "1,980 and 3,860 square", vt="3,860", value=3860, unit=KM2)
S("dsf", 19, "我国53%的可治理", value=53, unit=PC)
S("slp", 5, "Afghanistan 100 – 200", vt="100 – 200", value=[100, 200], unit=CNT)
S("slp", 5, "Russia 50 – 150", vt="50 – 150", value=[50, 150], unit=CNT)
NC("dsf", 10, "截至2019年", "date")
NC("dsf", 10, "連續(xù)4個監(jiān)測期", "count_of_periods")
NC("dsf", 9, "从2000年到2017年", "date")
NC("dsf", 13, "A survey at the end of 2009", "date")
NC("ozl", 19, "的46年序列中", "duration")
NC("ozl", 23, "1.6 million metric tonnes per year 1.4 1.2", "chart_axis")
NC("ozl", 24, "if 11 states have ratified", "treaty_condition")
NC("ozl", 22, "1/09/23", "date")
NC("ozl", 4, "[2][7]", "footnote_marker")
NC("ozl", 18, "NOAA-20、NOAA-21", "satellite_name")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("slp", 10, "尾长90~100厘米", "body_size")
NC("slp", 12, "Endangered under C1.", "criterion_code")
NC("slp", 16, "by the IUCN in 1972", "date")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("slp", 17, "該地的高度高達3930公尺", "altitude")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("slp", 17, "高度大約2940至5400公尺", "altitude")
NC("slp", 18, "2017/09/15 17:26", "date")
NC("slp", 18, "於1972年首度", "date")
NC("slp", 16, "listed as Endangered since 1986", "date")
# (dropped after the audit: a measurement, a claim, not a non-claim) NC("ozl", 9, "距地表9至22英里", "altitude")
NC("ozl", 9, "《Axios》25日報導", "date")
NC("dsf", 1, "BEIJING, Dec. 29", "date")
NC("dsf", 1, "every five years since 1995", "date")
NC("dsf", 3, "Beijing, Dec 29 (IANS)", "date")
NC("dsf", 4, "in the past 20 years", "duration")
NC("dsf", 7, "发表日期:2015-12-31 02:04AM", "date")
NC("dsf", 7, "历时2年多", "duration")
NC("dsf", 9, "截至2020年6月17日", "date")
NC("dsf", 10, "發(fā)布時間:2023-01-10 15:35:00", "date")
NC("dsf", 10, "每5年組織", "duration")
NC("dsf", 11, "2007年06月14日", "date")
NC("dsf", 12, "中新网客户端6月2日电", "date")
NC("dsf", 13, "between 2005 and 2009", "date")
NC("dsf", 19, "11月25日,国家林草局", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh42.toml", "corpus-fresh42")
