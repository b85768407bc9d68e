#!/usr/bin/env python3
"""Hand annotation of corpus-fresh12, written as data; emits gold.d/fresh12.toml (then run corpus/check_gold.py --dir corpus-fresh12 --build).

Every mention carries a 'basis' tag (period / scope / vintage / moment as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Conventions (as corpus-fresh9 .. fresh11): different sources' statements of one quantity share a basis tag; a rounded
restatement is rounding; two precise figures that disagree (1.328 vs 1.329 million t, 12,955.5 vs 12,960 USD, 8.3 vs
8.13 million t) are conflict; a bound (near/nearly/just shy of/more than/over/逼近/近/超過/以上) that contains the
figure is consistent with it, one that excludes it is conflict. Other years, seasons, months, cumulative periods
(Jan-Sep, first 11 months), scopes (Codelco's own mines vs with its stakes; gross vs net sugar; volume vs value;
state vs country), forecast vintages (ISO's August / November 2024 / March 2025 balances; ISMA's November / January
/ March / May estimates) and forecasts vs outcomes are different_basis. Intraday prices quoted at different moments of
29 December 2025 are different_basis with one another.
Values as written: lakh = 1e5, crore = 1e7, 万/萬 = 1e4, 亿/億 = 1e8; the ICSG table is in thousands of tonnes;
deficits are negative balances (the scorer compares magnitudes). Units: tonnes, USD (prices per tonne are USD with a
note), CNY, percent, hectares, years, count.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

cu = lambda n, s: f"copper-{n:02d}-{s}.txt"
ri = lambda n, s: f"rice-{n:02d}-{s}.txt"
su = lambda n, s: f"sugar-{n:02d}-{s}.txt"
PC, PP, T, USD, CNY, HA, YR, CNT = ("percent", "percentage_points", "tonnes", "USD", "CNY", "hectares", "years", "count")
WAN, YI, LAKH, MN = 1e4, 1e8, 1e5, 1e6
PT = "price per tonne"

# ============================================================ copper: Codelco output 2024 / 2023, guidance, ICSG balance, LME record of 29 Dec 2025
group("codelco_output", "copper", "Codelco's copper output: own mines 2024 1.328 million t (three) = 1,328,425 t (Codelco's results) vs Cochilco/Plusmining 1.329 million; 2023 1.325 million (four, 132.5万吨) vs 1.324 million; with its stakes in El Abra and Anglo American Sur 1.422 million t (2024) / 1.4238 vs 1.424 million (2023); 2024 guidance ranges",
      "Codelco", "copper production (tonnes)", "2024 / 2023 / 2024 guidance (March, October)",
      "Own-mine output 2024: econpulse (Reuters' internal document), metals-wire and Plusmining 12 Feb give 1.328 million t, Codelco's own results 1,328,425 t (1.328 rounds it: rounding); Plusmining 11 Feb (Cochilco data) gives 1.329 million: conflict with all of them. 2023: 1.325 million (econpulse, Plusmining, letizo, fsmi 132.5万吨) vs metals-wire's 1.324 million: conflict. With the stakes: 1.422 million (three) rounds Plusmining's 1,422,100 (cut at 'metri' by the store; rounding); 2023 1,423,800 vs 1.424 million (rounding). Guidance: October's 1.325-1.352 million = smm's 132.5-135.2万吨 (consistent); March's 1.320-1.390 million and smm's '最初估计的139万吨' (its top end, consistent). Own vs with-stakes, 2024 vs 2023, guidance vs outcome are different_basis.",
      [M(cu(1,"en"), 4, "reached 1.328 million metric tons final 12 months", "1.328 million metric tons", 1.328e6, T, "own24"),
       M(cu(2,"en"), 5, "produced 1.329 million metric tons of copper", "1.329 million metric tons", 1.329e6, T, "own24"),
       M(cu(3,"en"), 11, "to 1.328 million tons. When", "1.328 million tons", 1.328e6, T, "own24"),
       M(cu(4,"en"), 13, "produced 1.328 million tons of copper", "1.328 million tons", 1.328e6, T, "own24"),
       M(cu(1,"en"), 5, "the 1.325 million tons produced in 2023", "1.325 million tons", 1.325e6, T, "own23"),
       M(cu(3,"en"), 11, "from 1.324 million tons in 2023", "1.324 million tons", 1.324e6, T, "own23"),
       M(cu(4,"en"), 13, "from the 1.325 million tons reported in 2023", "1.325 million tons", 1.325e6, T, "own23"),
       M(cu(5,"hans"), 5, "比2023年的132.5万吨增加了", "132.5万吨", 1.325e6, T, "own23"),
       M(cu(3,"en"), 11, "total output reached 1.422 million tons", "1.422 million tons", 1.422e6, T, "tot24"),
       M(cu(4,"en"), 5, "recorded a total of 1.422 million tons", "1.422 million tons", 1.422e6, T, "tot24"),
       M(cu(4,"en"), 11, "total production of 1.422 million tons", "1.422 million tons", 1.422e6, T, "tot24"),
       M(cu(2,"en"), 10, "and 1,422,100 metri", "1,422,100", 1.4221e6, T, "tot24", note="cut off by the store"),
       M(cu(2,"en"), 10, "1,423,800 metric tons in 2023", "1,423,800 metric tons", 1.4238e6, T, "tot23"),
       M(cu(4,"en"), 11, "the 1.424 million tons reported in 2023", "1.424 million tons", 1.424e6, T, "tot23"),
       M(cu(2,"en"), 6, "between 1.325 million and 1.352 million metric tons", "1.325 million and 1.352 million metric tons", [1.325e6, 1.352e6], T, "guide_oct"),
       M(cu(6,"hans"), 8, "2024年其铜总产量在132.5-135.2万吨之间", "132.5-135.2万吨", [1.325e6, 1.352e6], T, "guide_oct"),
       M(cu(2,"en"), 6, "ranged between 1.320 million and 1.390 million metric tons", "1.320 million and 1.390 million metric tons", [1.32e6, 1.39e6], T, "guide_mar"),
       M(cu(6,"hans"), 8, "低于最初估计的139万吨", "139万吨", 1.39e6, T, "guide_mar", note="top of the March range"),
       M(cu(18,"en"), 7, "from 2023’s 1.325 million tons", "1.325 million tons", 1.325e6, T, "own23"),
       M(cu(19,"en"), 9, "add 1,328,425 t of our own copper", "1,328,425 t", 1328425.0, T, "own24")],
      {**cross((2,), (1, 3, 4), C), **cross((6,), (5, 7, 8, 19), C), **cross((12,), (9, 10, 11), R), (13, 14): R,
       (17, 18): K, **cross((20,), (1, 3, 4), R), (2, 20): C})

group("codelco_increase_2024", "copper", "Codelco's own output 2024 over 2023: 3,000至4,000吨 (fsmi) = '3,000 to 4,000 metric tons' (letizo, Pacheco) vs 4,000 metric tons / approximately 4,000 (Plusmining) vs 3,871 t (Codelco's results)",
      "Codelco", "increase in own copper output (tonnes)", "2024 vs 2023",
      "4,000 t and 3,871 t lie in Pacheco's 3,000-4,000 t range (consistent). Plusmining's 4,000 rounds Codelco's 3,871 (rounding; with 'approximately 4,000' consistent as alt).",
      [M(cu(5,"hans"), 5, "增加了3,000至4,000吨", "3,000至4,000吨", [3000.0, 4000.0], T, "inc24"),
       M(cu(2,"en"), 5, "output by 4,000 metric tons", "4,000 metric tons", 4000.0, T, "inc24"),
       M(cu(2,"en"), 8, "by approximately 4,000 metric tons", "4,000 metric tons", 4000.0, T, "inc24", qualifier="approx"),
       M(cu(18,"en"), 7, "increased by 3,000 to 4,000 metric tons", "3,000 to 4,000 metric tons", [3000.0, 4000.0], T, "inc24"),
       M(cu(19,"en"), 9, "3,871 t more than the previous year", "3,871 t", 3871.0, T, "inc24")],
      {(1, 2): K, (1, 3): K, (2, 4): K, (3, 4): K, (1, 5): K, (4, 5): K, (2, 5): R, (3, 5): (R, K)})

group("codelco_growth", "copper", "Codelco's output growth: own mines +0.3% in 2024 (three); with stakes -0.1% (two); 2023 -8.3%; 2022 -10%",
      "Codelco", "year-on-year change in copper output", "2024 own / 2024 with stakes / 2023 / 2022",
      "Same figures agree (consistent); own vs with-stakes and other years are different_basis.",
      [M(cu(3,"en"), 11, "a slight increase of 0.3% in 2024", "0.3%", 0.3, PC, "own24"),
       M(cu(4,"en"), 5, "showed a slight increase of 0.3%", "0.3%", 0.3, PC, "own24"),
       M(cu(4,"en"), 13, "reflecting a 0.3% increase", "0.3%", 0.3, PC, "own24"),
       M(cu(4,"en"), 5, "a minimal drop of just 0.1%", "0.1%", -0.1, PC, "tot24"),
       M(cu(4,"en"), 11, "a slight decrease of just 0.1%", "0.1%", -0.1, PC, "tot24"),
       M(cu(4,"en"), 15, "the year-on-year drop was 8.3%", "8.3%", -8.3, PC, "y23"),
       M(cu(4,"en"), 15, "in 2022, it reached 10%", "10%", -10.0, PC, "y22")])

group("codelco_peak", "copper", "Codelco's earlier peak / end-of-decade goal: 170万吨 (fsmi) = 1.7 million tons (Plusmining, letizo)",
      "Codelco", "peak copper output to regain (tonnes)", "end of the decade (2029)",
      "Same figure in two scripts: consistent.",
      [M(cu(5,"hans"), 6, "重新实现170万吨精铜的峰值", "170万吨", 1.7e6, T, "peak"),
       M(cu(4,"en"), 17, "a gradual climb toward 1.7 million tons", "1.7 million tons", 1.7e6, T, "peak"),
       M(cu(18,"en"), 8, "retake the peak of 1.7 million tons of fine", "1.7 million tons", 1.7e6, T, "peak")])

group("codelco_december_2024", "copper", "Codelco's December 2024 output: 突破了16万吨 (fsmi) = 'topped 160,000 tons' (letizo)",
      "Codelco", "monthly copper output (tonnes)", "December 2024",
      "Same bound in two scripts: consistent.",
      [M(cu(5,"hans"), 6, "12月份的铜产量突破了16万吨", "16万吨", 1.6e5, T, "dec24", qualifier="over"),
       M(cu(18,"en"), 8, "December’s production topped 160,000 tons", "160,000 tons", 1.6e5, T, "dec24", qualifier="over")])

group("growth_4_9_lookalike", "copper", "Look-alike 4.9%: Chile's copper output +4.9% in 2024 vs Codelco's January-September 2024 output -4.9%",
      "Chile / Codelco", "year-on-year change in copper output", "2024 / January-September 2024",
      "Different subjects and periods with the same magnitude: different_basis.",
      [M(cu(3,"en"), 5, "marking a 4.9% increase from 2023", "4.9%", 4.9, PC, "chile24"),
       M(cu(6,"hans"), 3, "同比下降4.9%", "4.9%", -4.9, PC, "codelco_jan_sep24")])

group("icsg_refined_balance", "copper", "World refined copper balance (ICSG): 2024 surplus about 301,000 t (two) vs the October 2023 forecast 467,000 t (text and table); 2023 deficit 52,000 t vs its forecast 27,000 (text, table -27); 2022 -461; December/November 2024 monthly deficits 22,000 / 24,000 and adjusted 51,000 / 127,000",
      "world", "refined copper market balance (tonnes; deficit negative)", "2024 / 2023 / 2022 / Dec 2024 / Nov 2024 / forecasts of Oct 2023",
      "The 2024 outcome (301,000 t twice) agrees; the forecast of October 2023 (467,000 t, table '467' in thousands) and the 2023 forecast (27,000 t deficit, table '-27') are forecasts vs outcomes (different_basis). The adjusted December deficit 51,000 t is a look-alike of 2023's 52,000 t (different_basis).",
      [M(cu(7,"en"), 6, "an apparent surplus of about 301,000 tonnes in 2024", "301,000 tonnes", 301000.0, T, "y24", qualifier="approx"),
       M(cu(8,"en"), 3, "a supply surplus of 301,000 mt in 2024", "301,000 mt", 301000.0, T, "y24"),
       M(cu(9,"en"), 5, "a surplus of 467,000 tons in 2024", "467,000 tons", 467000.0, T, "fc24"),
       M(cu(9,"en"), 57, "467", "467", 467000.0, T, "fc24", note="table in thousands of tonnes"),
       M(cu(8,"en"), 3, "a deficit of 52,000 mt in the previous year", "52,000 mt", -52000.0, T, "y23"),
       M(cu(9,"en"), 5, "a deficit of 27,000 metric tons this year", "27,000 metric tons", -27000.0, T, "fc23"),
       M(cu(9,"en"), 55, "-27", "-27", -27000.0, T, "fc23", note="table in thousands of tonnes"),
       M(cu(9,"en"), 53, "-461", "-461", -461000.0, T, "y22", note="table in thousands of tonnes"),
       M(cu(8,"en"), 3, "a supply deficit of 22,000 mt in December 2024", "22,000 mt", -22000.0, T, "dec24"),
       M(cu(8,"en"), 3, "a deficit of 24,000 mt in November", "24,000 mt", -24000.0, T, "nov24"),
       M(cu(8,"en"), 3, "the deficit in December was 51,000 mt", "51,000 mt", -51000.0, T, "dec24adj"),
       M(cu(8,"en"), 3, "compared to 127,000 mt in November", "127,000 mt", -127000.0, T, "nov24adj")])

group("icsg_refined_production_growth", "copper", "World refined copper production growth: 2024 about 4.2% (ICSG, Feb 2025) vs forecasts of Oct 2023: 3.8% (2023), 4.6% (2024)",
      "world", "refined copper production growth", "2024 outcome / 2023 and 2024 forecasts",
      "Outcome vs forecast and other year: different_basis.",
      [M(cu(7,"en"), 4, "production increased by about 4.2% in 2024", "4.2%", 4.2, PC, "y24", qualifier="approx"),
       M(cu(9,"en"), 13, "about 3.8% in 2023", "3.8%", 3.8, PC, "fc23", qualifier="approx"),
       M(cu(9,"en"), 13, "4.6% in 2024", "4.6%", 4.6, PC, "fc24")])

group("icsg_usage_growth", "copper", "World refined copper usage growth: 2024 about 2.9% vs forecasts of Oct 2023: about 2% (2023), 2.7% (2024)",
      "world", "refined copper usage growth", "2024 outcome / forecasts",
      "Outcome vs forecast and other year: different_basis.",
      [M(cu(7,"en"), 5, "usage grew by about 2.9% in 2024", "2.9%", 2.9, PC, "y24", qualifier="approx"),
       M(cu(9,"en"), 7, "about 2% in 2023", "2%", 2.0, PC, "fc23", qualifier="approx"),
       M(cu(9,"en"), 7, "2.7% in 2024", "2.7%", 2.7, PC, "fc24")])

LME_REC = [1, 2, 3, 4, 5, 21, 22, 23, 24]       # $12,960
LME_UNDER = [7, 8, 9, 10, 25, 26, 27]           # just shy of / 逼近 / one step away from 13,000
group("lme_price_dec29", "copper", "LME three-month copper on 29 December 2025: record $12,960 a tonne (nine statements) vs TASS's $12,955.5; bounds 'just shy of / near / 逼近 13,000' (eight) vs udn's headline '逼近13,000萬美元' (mis-scaled) and oedigital's 'an all-time high of just $13,000'; later quotes at different moments (12,269.50 official, 12,924.5, 12,875, 12,805.50 twice, close 1萬2222, 12,428.50, 12,212 at 1700 GMT, 12,415 twice at 1030 GMT, 12,919.50 at 11:38 Shanghai)",
      "LME copper (three-month)", "price (USD per tonne)", "29 December 2025: intraday record and quotes at later moments",
      "The record 12,960 is stated by Business Day, Reuters (tradingkey, collector, oedigital), cnyes, udn, menafn, gmteight and wokahuishou (consistent); TASS's $12,955.5 is a different figure (conflict, rounding as alt: it rounds to 12,960 at tens). The bounds 'just shy of $13,000', '逼近13000美元', '逼近每噸1萬3000美元', '逼近每吨13,000美元', 'one step away from $13,000', 'near $13,000' contain both (consistent). udn's headline '逼近13,000萬美元' (130 million dollars) is mis-scaled: conflict with every record statement. oedigital's machine-rewritten 'an all-time high of just $13,000' states 13,000: a rounding of 12,960 / 12,955.5 (conflict as alt), a conflict with the 'just shy of' bounds (rounding as alt), consistent with 'near $13,000'. Quotes at other moments of the day are different_basis with the record and with one another.",
      [M(cu(10,"en"), 9, "to a record $12,960 a tonne", "$12,960", 12960.0, USD, "rec", note=PT),
       M(cu(12,"hant"), 9, "每噸 12,960 美元的歷史高點", "12,960 美元", 12960.0, USD, "rec", note=PT),
       M(cu(13,"hant"), 5, "達每噸12,960 美元", "12,960 美元", 12960.0, USD, "rec", note=PT),
       M(cu(15,"en"), 6, "climbed to $12,960 per metric ton", "$12,960", 12960.0, USD, "rec", note=PT),
       M(cu(16,"en"), 6, "reaching $12,960 per ton", "$12,960", 12960.0, USD, "rec", note=PT),
       M(cu(11,"en"), 5, "up by 6.78% at $12,955.5 per ton", "$12,955.5", 12955.5, USD, "rec", note=PT),
       M(cu(10,"en"), 5, "a record just shy of $13,000 a tonne", "$13,000", 13000.0, USD, "rec", qualifier="under", note=PT),
       M(cu(12,"hant"), 7, "銅價升至逼近13000美元", "13000美元", 13000.0, USD, "rec", qualifier="under", note="photo caption"),
       M(cu(14,"hant"), 7, "價格逼近每噸1萬3000美元", "1萬3000美元", 13000.0, USD, "rec", qualifier="under", note=PT),
       M(cu(16,"en"), 3, "just one step away from $13,000", "$13,000", 13000.0, USD, "rec", qualifier="under", note="headline"),
       M(cu(17,"en"), 5, "a record near $13,000 per ton", "$13,000", 13000.0, USD, "rec", qualifier="approx", note=PT),
       M(cu(13,"hant"), 3, "逼近13,000萬美元大關", "13,000萬美元", 1.3e8, USD, "rec", qualifier="under", note="headline; 萬 mis-scales it"),
       M(cu(10,"en"), 9, "pared gains to $12,269.50", "$12,269.50", 12269.5, USD, "official", note="official open-outcry"),
       M(cu(11,"en"), 5, "reaching $12,924.5 per ton", "$12,924.5", 12924.5, USD, "later_tass"),
       M(cu(12,"hant"), 9, "至每噸 12,875 美元", "12,875 美元", 12875.0, USD, "t0250", note="02:50 GMT"),
       M(cu(12,"hant"), 9, "逼近 13,000 美元大關", "13,000 美元", 13000.0, USD, "t0250", qualifier="under"),
       M(cu(13,"hant"), 5, "報每噸12,805.50美元", "12,805.50美元", 12805.5, USD, "sg10", note="10 am Singapore"),
       M(cu(16,"en"), 6, "reported at $12,805.50 per ton", "$12,805.50", 12805.5, USD, "sg10"),
       M(cu(14,"hant"), 7, "收在每噸1萬2222美元", "1萬2222美元", 12222.0, USD, "close"),
       M(cu(17,"en"), 17, "LME copper traded at $12,428.50 a ton", "$12,428.50", 12428.5, USD, "t1014", note="10:14 a.m. London"),
       M(cu(20,"en"), 6, "to a record $12,960 a ton in Asian trading", "$12,960", 12960.0, USD, "rec", note=PT),
       M(cu(21,"hans"), 4, "达到每吨12,960美元", "12,960美元", 12960.0, USD, "rec", note=PT),
       M(cu(22,"en"), 7, "to a record of $12,960 per ton", "$12,960", 12960.0, USD, "rec", note=PT),
       M(cu(23,"en"), 3, "to a record $12,960 a ton", "$12,960", 12960.0, USD, "rec", note=PT),
       M(cu(20,"en"), 4, "a record just shy of $13,000 a metric ton", "$13,000", 13000.0, USD, "rec", qualifier="under"),
       M(cu(23,"en"), 3, "a record just shy of $13,000 a metric ton", "$13,000", 13000.0, USD, "rec", qualifier="under"),
       M(cu(21,"hans"), 3, "逼近每吨13,000美元的历史新高", "13,000美元", 13000.0, USD, "rec", qualifier="under"),
       M(cu(22,"en"), 3, "an all-time high of just $13,000", "$13,000", 13000.0, USD, "rec", note="'just $13,000' where Reuters wrote 'just shy of $13,000'"),
       M(cu(20,"en"), 6, "pared gains to $12,212", "$12,212", 12212.0, USD, "t1700", note="1700 GMT"),
       M(cu(22,"en"), 7, "fell to $12,415 (up 2.1%)", "$12,415", 12415.0, USD, "t1030", note="1030 GMT"),
       M(cu(23,"en"), 3, "pared gains to $12,415", "$12,415", 12415.0, USD, "t1030"),
       M(cu(21,"hans"), 6, "LME铜价为每吨12,919.50美元", "12,919.50美元", 12919.5, USD, "t1138", note="11:38 Shanghai")],
      {**cross((6,), LME_REC, (C, R)), **cross(LME_UNDER + [11], LME_REC + [6], K),
       **cross((12,), LME_REC + [6] + LME_UNDER + [11, 28], C),
       **cross((28,), LME_REC + [6], (R, C)), **cross((28,), LME_UNDER, (C, R)), (11, 28): K, (15, 16): K})

G_PEAK = [1, 2, 3, 4, 5, 6, 7, 20, 21, 22, 23]   # 6.6%
G_BOUND = [9, 10, 11, 12, 13, 14]                # more than 6% / nearly 7%
group("lme_gain_dec29", "copper", "LME copper's gain on 29 December 2025: intraday 6.6% (eleven, ltn with full-width ％; menafn 'since Dec. 24') vs TASS's 6.78%; bounds 'more than 6%' and 'nearly 7% / 近7%' (five); later: official +0.9%, TASS 6.52%, cnyes 5.86% at 02:50, close 0.5%, 'around 2%' by midmorning, +0.4% at 1700 GMT, +2.1% at 1030 GMT (twice)",
      "LME copper (three-month)", "gain on the day (percent)", "29 December 2025: intraday peak and later moments",
      "6.6% everywhere (consistent); TASS's 6.78% disagrees (conflict). 'more than 6%' and 'nearly 7%' / '近7%' contain 6.6 and 6.78 (consistent). Gains at later moments are different_basis.",
      [M(cu(10,"en"), 9, "rocketed by 6.6% to a record", "6.6%", 6.6, PC, "peak"),
       M(cu(12,"hant"), 9, "一度飆升 6.6%", "6.6%", 6.6, PC, "peak"),
       M(cu(13,"hant"), 5, "盤中上漲6.6%", "6.6%", 6.6, PC, "peak"),
       M(cu(14,"hant"), 7, "銅價一度飆升6.6％", "6.6％", 6.6, PC, "peak"),
       M(cu(16,"en"), 6, "surged by as much as 6.6% at the opening", "6.6%", 6.6, PC, "peak"),
       M(cu(17,"en"), 7, "prices jumped as much as 6.6%", "6.6%", 6.6, PC, "peak"),
       M(cu(15,"en"), 7, "a 6.6% escalation since Dec. 24", "6.6%", 6.6, PC, "peak"),
       M(cu(11,"en"), 5, "was up by 6.78% at", "6.78%", 6.78, PC, "peak"),
       M(cu(11,"en"), 3, "gained more than 6%", "6%", 6.0, PC, "peak", qualifier="over"),
       M(cu(13,"hant"), 3, "狂飆近7%創新高", "7%", 7.0, PC, "peak", qualifier="under", note="headline"),
       M(cu(13,"hant"), 4, "大漲近7%", "7%", 7.0, PC, "peak", qualifier="under"),
       M(cu(16,"en"), 3, "Copper surged nearly 7%", "7%", 7.0, PC, "peak", qualifier="under", note="headline"),
       M(cu(16,"en"), 4, "soaring nearly 7% to a historic high", "7%", 7.0, PC, "peak", qualifier="under"),
       M(cu(16,"en"), 5, "soaring nearly 7% to a historic high", "7%", 7.0, PC, "peak", qualifier="under", note="repeated paragraph"),
       M(cu(10,"en"), 9, "up 0.9%, in official", "0.9%", 0.9, PC, "official"),
       M(cu(11,"en"), 5, "narrowed gains to 6.52%", "6.52%", 6.52, PC, "later_tass"),
       M(cu(12,"hant"), 9, "勁揚 5.86% 至", "5.86%", 5.86, PC, "t0250"),
       M(cu(14,"hant"), 7, "收盤僅小漲0.5％", "0.5％", 0.5, PC, "close"),
       M(cu(17,"en"), 7, "around 2% higher by midmorning", "2%", 2.0, PC, "midmorning", qualifier="approx"),
       M(cu(20,"en"), 6, "rocketed by 6.6%", "6.6%", 6.6, PC, "peak"),
       M(cu(21,"hans"), 4, "一度飙升6.6%", "6.6%", 6.6, PC, "peak"),
       M(cu(22,"en"), 7, "soared 6.6% in Asian trading", "6.6%", 6.6, PC, "peak"),
       M(cu(23,"en"), 3, "rocketed by 6.6% to a record", "6.6%", 6.6, PC, "peak"),
       M(cu(20,"en"), 6, "up 0.4%, by 1700 GMT", "0.4%", 0.4, PC, "t1700"),
       M(cu(22,"en"), 7, "(up 2.1%)", "2.1%", 2.1, PC, "t1030"),
       M(cu(23,"en"), 3, "up 2.1%, by 1030 GMT", "2.1%", 2.1, PC, "t1030")],
      {**cross((8,), G_PEAK, C), **cross(G_BOUND, G_PEAK + [8], K), **cross((9,), (10, 11, 12, 13, 14), K)})

group("lme_rally_2025", "copper", "LME copper's rise in 2025 to 29 December: 41% (Business Day, Reuters via tradingkey and collector, oedigital 'in the past year') / more than 41% (menafn) vs udn's '逼近40%'; in December: over 15% (TASS, cnyes, menafn, wokahuishou) and 'more than 10%' (news.az)",
      "LME copper", "price rise (percent)", "year to 29 Dec 2025 / December 2025",
      "41% and 'more than 41%' agree (consistent); udn's 'approaching 40%' excludes 41 (conflict, rounding as alt). December: 'over 15%' four times (consistent); 'more than 10%' is a weaker but compatible bound (consistent). Year-to-date vs December: different_basis.",
      [M(cu(10,"en"), 7, "LME copper has climbed by 41% this year", "41%", 41.0, PC, "ytd"),
       M(cu(15,"en"), 7, "more than 41% since January 2025", "41%", 41.0, PC, "ytd", qualifier="over"),
       M(cu(13,"hant"), 6, "今年來漲幅已逼近40%", "40%", 40.0, PC, "ytd", qualifier="under"),
       M(cu(11,"en"), 7, "climbed by over 15%", "15%", 15.0, PC, "dec", qualifier="over"),
       M(cu(12,"hant"), 13, "累計漲幅已超過 15%", "15%", 15.0, PC, "dec", qualifier="over"),
       M(cu(15,"en"), 7, "over 15% of that growth concentrated in December", "15%", 15.0, PC, "dec", qualifier="over"),
       M(cu(17,"en"), 11, "climbed more than 10% in December alone", "10%", 10.0, PC, "dec", qualifier="over"),
       M(cu(20,"en"), 5, "LME copper has climbed by 41% this year", "41%", 41.0, PC, "ytd"),
       M(cu(23,"en"), 3, "LME copper has climbed by 41% this year", "41%", 41.0, PC, "ytd"),
       M(cu(22,"en"), 5, "have risen by 41% in the past year", "41%", 41.0, PC, "ytd", note="'past year' for 'this year'"),
       M(cu(21,"hans"), 4, "铜价在12月累计涨幅超过15%", "15%", 15.0, PC, "dec", qualifier="over")],
      {**cross((2,), (1, 8, 9, 10), K), **cross((3,), (1, 2, 8, 9, 10), (C, R)), **cross((7,), (4, 5, 6, 11), K)})

group("comex_moves", "copper", "New York (Comex) copper futures: Friday 26 Dec rise 4.7% (news.az) vs 5% (ltn 大漲5％, wokahuishou 飙升5%); Monday's fall 4.2% (Business Day, Reuters via tradingkey) vs 'down 2%' (news.az, 10:14 London) vs '上涨1.2%' (wokahuishou, 11:38 Shanghai)",
      "Comex copper futures", "price change (percent)", "Friday 26 Dec 2025 / Monday 29 Dec 2025 at different moments",
      "5% is 4.7% rounded (rounding); the two 5% agree. Monday's figures are at different moments (different_basis).",
      [M(cu(17,"en"), 9, "after rising 4.7% on Friday", "4.7%", 4.7, PC, "fri"),
       M(cu(14,"hant"), 7, "休市期間大漲5％", "5％", 5.0, PC, "fri"),
       M(cu(10,"en"), 15, "on Monday slid 4.2%", "4.2%", -4.2, PC, "mon"),
       M(cu(17,"en"), 17, "copper futures were down 2%", "2%", -2.0, PC, "mon1014"),
       M(cu(21,"hans"), 6, "期铜上周五飙升5%", "5%", 5.0, PC, "fri"),
       M(cu(20,"en"), 9, "on Monday slid 4.2%", "4.2%", -4.2, PC, "mon"),
       M(cu(21,"hans"), 6, "纽约COMEX期铜上涨1.2%", "1.2%", 1.2, PC, "mon1138")],
      {(1, 2): R, (1, 5): R})

group("comex_price", "copper", "Comex copper futures price: Friday's record $5.8395/lb (four); Monday $5.597 (Business Day) vs $5.593 (tradingkey, same Reuters story); 每磅5.908美元 at 11:38 Shanghai",
      "Comex copper futures", "price (USD per lb)", "Friday 26 Dec / Monday 29 Dec 2025",
      "The Friday record agrees (consistent). Monday's $5.597 vs $5.593 are two versions of the same Reuters sentence: conflict, different_basis as alt (the story may have been updated later in the day). The 11:38 quote is another moment (different_basis).",
      [M(cu(10,"en"), 15, "jumped to $5.8395/lb on Friday", "$5.8395", 5.8395, USD, "fri", note="per lb"),
       M(cu(20,"en"), 9, "jumped to $5.8395 per lb", "$5.8395", 5.8395, USD, "fri", note="per lb"),
       M(cu(22,"en"), 11, "rose to $5.8395 a lb.", "$5.8395", 5.8395, USD, "fri", note="per lb"),
       M(cu(23,"en"), 3, "jumped to $5.8395 per lb", "$5.8395", 5.8395, USD, "fri", note="per lb"),
       M(cu(10,"en"), 15, "to $5.597.", "$5.597", 5.597, USD, "mon", note="per lb"),
       M(cu(20,"en"), 9, "to $5.593.", "$5.593", 5.593, USD, "mon", note="per lb"),
       M(cu(21,"hans"), 6, "至每磅5.908美元", "5.908美元", 5.908, USD, "mon1138", note="per lb")],
      {(5, 6): (C, D)})

group("shfe_dec29", "copper", "Shanghai copper on 29 Dec 2025: record 102,660 yuan a tonne (Business Day, tradingkey, collector, oedigital '102660', cnyes); close 98,860 yuan (four); cnyes' intraday 101,480 yuan, 'broke 100,000'",
      "SHFE copper (most active)", "price (CNY per tonne)", "29 December 2025",
      "The record and the close agree across pages (consistent); the intraday 101,480 is inside its bound 'above 100,000' (consistent); close vs intraday vs record are different_basis.",
      [M(cu(10,"en"), 23, "record peak of 102,660 yuan a tonne", "102,660 yuan", 102660.0, CNY, "rec", note=PT),
       M(cu(12,"hant"), 9, "觸及 102,660 元人民幣的歷史高點", "102,660 元人民幣", 102660.0, CNY, "rec"),
       M(cu(10,"en"), 23, "at 98,860 yuan ($14,105.33)", "98,860 yuan", 98860.0, CNY, "close"),
       M(cu(12,"hant"), 9, "至 101,480 元人民幣", "101,480 元人民幣", 101480.0, CNY, "intraday"),
       M(cu(12,"hant"), 9, "突破了 100,000 元人民幣大關", "100,000 元人民幣", 100000.0, CNY, "intraday", qualifier="over"),
       M(cu(20,"en"), 14, "touched a record peak of 102,660 yuan a ton", "102,660 yuan", 102660.0, CNY, "rec"),
       M(cu(23,"en"), 3, "a record peak of 102,660 yuan a ton", "102,660 yuan", 102660.0, CNY, "rec"),
       M(cu(22,"en"), 19, "a record high of 102660 yuan per ton", "102660 yuan", 102660.0, CNY, "rec"),
       M(cu(20,"en"), 14, "at 98,860 yuan ($14,105.33)", "98,860 yuan", 98860.0, CNY, "close"),
       M(cu(23,"en"), 3, "at 98,860 yuan ($14,105.33)", "98,860 yuan", 98860.0, CNY, "close"),
       M(cu(22,"en"), 19, "at 98860 yuan", "98860 yuan", 98860.0, CNY, "close")],
      {(4, 5): K})

group("shfe_usd_dec29", "copper", "Dollar conversions of Shanghai prices: close 98,860 yuan = $14,105.33 (four) vs intraday 101,480 yuan = 約合 14,474.19 美元",
      "SHFE copper", "price converted to USD per tonne", "29 December 2025, close vs intraday",
      "The close's conversion agrees (consistent); conversions of different prices are different_basis.",
      [M(cu(10,"en"), 23, "($14,105.33)", "$14,105.33", 14105.33, USD, "close"),
       M(cu(12,"hant"), 9, "(約合 14,474.19 美元)", "14,474.19 美元", 14474.19, USD, "intraday", qualifier="approx"),
       M(cu(20,"en"), 14, "($14,105.33)", "$14,105.33", 14105.33, USD, "close"),
       M(cu(23,"en"), 3, "($14,105.33)", "$14,105.33", 14105.33, USD, "close"),
       M(cu(22,"en"), 19, "(about $14,105.33)", "$14,105.33", 14105.33, USD, "close", qualifier="approx")])

group("shfe_gain_dec29", "copper", "Shanghai copper's gain on 29 Dec 2025: close of day trading +0.8% (four) vs cnyes' intraday +3.43%",
      "SHFE copper", "gain on the day", "29 December 2025",
      "The close agrees (consistent); close vs intraday different_basis.",
      [M(cu(10,"en"), 23, "closing daytime trading up 0.8%", "0.8%", 0.8, PC, "close"),
       M(cu(12,"hant"), 9, "大漲 3.43% 至", "3.43%", 3.43, PC, "intraday"),
       M(cu(20,"en"), 14, "closing daytime trading up 0.8%", "0.8%", 0.8, PC, "close"),
       M(cu(23,"en"), 3, "closing daytime trading up 0.8%", "0.8%", 0.8, PC, "close"),
       M(cu(22,"en"), 19, "Daytime trading closed up 0.8%", "0.8%", 0.8, PC, "close")])

group("lme_aluminium_zinc_dec29", "copper", "Other LME metals on 29 Dec 2025: aluminium +0.6%, zinc +0.9% (udn = gmteight, early Asian trading) vs aluminium +0.1%, zinc +0.7% (collector, 1030 GMT)",
      "LME aluminium / zinc", "gain on the day", "29 December 2025",
      "Same figures in two languages (consistent); aluminium vs zinc and the two moments are different_basis.",
      [M(cu(13,"hant"), 7, "鋁上漲0.6%", "0.6%", 0.6, PC, "alu"),
       M(cu(16,"en"), 8, "aluminum prices increasing by 0.6%", "0.6%", 0.6, PC, "alu"),
       M(cu(13,"hant"), 7, "鋅上漲0.9%", "0.9%", 0.9, PC, "zinc"),
       M(cu(16,"en"), 8, "zinc prices climbing by 0.9%", "0.9%", 0.9, PC, "zinc"),
       M(cu(23,"en"), 3, "LME aluminium edged up 0.1%", "0.1%", 0.1, PC, "alu1030"),
       M(cu(23,"en"), 3, "zinc gained 0.7%", "0.7%", 0.7, PC, "zinc1030")])

group("lme_nickel_tin_dec29", "copper", "LME nickel and tin on 29 Dec 2025 (Reuters via collector and oedigital): nickel up 1.1% at $15,960 (collector) vs $16,960 (oedigital), after $16,025 (both); tin -0.5% to $42,600 (both)",
      "LME nickel / tin", "price (USD per tonne) and change", "29 December 2025, 1030 GMT",
      "The nickel price disagrees: $16,960 cannot be right beside a session high of $16,025 (conflict). The rest agrees (consistent).",
      [M(cu(23,"en"), 3, "nickel was up 1.1% at $15,960", "$15,960", 15960.0, USD, "ni", note=PT),
       M(cu(22,"en"), 21, "Nickel was up by 1.1% at $16,960", "$16,960", 16960.0, USD, "ni", note=PT),
       M(cu(23,"en"), 3, "strongest since April at $16,025", "$16,025", 16025.0, USD, "ni_high"),
       M(cu(22,"en"), 21, "since April, at $16,025", "$16,025", 16025.0, USD, "ni_high"),
       M(cu(23,"en"), 3, "tin slipped 0.5% to $42,600", "$42,600", 42600.0, USD, "tin"),
       M(cu(22,"en"), 21, "tin fell 0.5% to $42,600", "$42,600", 42600.0, USD, "tin"),
       M(cu(23,"en"), 3, "nickel was up 1.1%", "1.1%", 1.1, PC, "ni_gain"),
       M(cu(22,"en"), 21, "Nickel was up by 1.1%", "1.1%", 1.1, PC, "ni_gain")],
      {(1, 2): C})

# copper singles (claims)
single(cu(2,"en"), 3, "only 1.7% higher than 20 years ago", "1.7%", 1.7, PC)
single(cu(3,"en"), 5, "rose to 5.5 million tons in 2024", "5.5 million tons", 5.5e6, T)
single(cu(3,"en"), 6, "by 16% to 1.27 million tons", "1.27 million tons", 1.27e6, T)
single(cu(3,"en"), 6, "rise to 331,000 tons", "331,000 tons", 331000.0, T)
single(cu(3,"en"), 8, "surging 222% to 207,000 tons", "222%", 222.0, PC)
single(cu(3,"en"), 9, "hitting 5.25 million tons in 2023", "5.25 million tons", 5.25e6, T)
single(cu(6,"hans"), 3, "其铜产量为918,000吨", "918,000吨", 918000.0, T)
single(cu(6,"hans"), 4, "自身的铜产量为338,000吨", "338,000吨", 338000.0, T)
single(cu(6,"hans"), 7, "铜总产量将达到100.2万吨", "100.2万吨", 1.002e6, T)
single(cu(7,"en"), 3, "concentrate production increasing by 1.9%", "1.9%", 1.9, PC)
single(cu(7,"en"), 3, "mine production increased by about 2.3% in 2024", "2.3%", 2.3, PC, qualifier="approx")
single(cu(7,"en"), 4, "up by 4.7%", "4.7%", 4.7, PC)
single(cu(7,"en"), 4, "about 54% of world refined copper production", "54%", 54.0, PC, qualifier="approx")
single(cu(7,"en"), 5, "grew by around 3.5%", "3.5%", 3.5, PC, qualifier="approx")
single(cu(7,"en"), 5, "an 64% rise in exports", "64%", 64.0, PC)
single(cu(7,"en"), 5, "ex-China usage grew by about 2.2%", "2.2%", 2.2, PC, qualifier="approx")
single(cu(8,"en"), 3, "production stood at 2.37 million mt", "2.37 million mt", 2.37e6, T)
single(cu(8,"en"), 3, "consumption reached 2.39 million mt", "2.39 million mt", 2.39e6, T)
single(cu(9,"en"), 31, "23,195", "23,195", 23.195e6, T, note="2024 mine production forecast, table in thousands of tonnes")
single(cu(16,"en"), 13, "an annual increase of between 5% and 8%", "5% and 8%", [5.0, 8.0], PC)
single(cu(19,"en"), 5, "EBITDA of US$5.439 billion", "US$5.439 billion", 5.439e9, USD)
single(cu(19,"en"), 5, "Treasury of US$1.534 billion", "US$1.534 billion", 1.534e9, USD)
single(cu(19,"en"), 11, "increased by an average of 18%", "18%", 18.0, PC)
single(cu(20,"en"), 12, "over $3,000 in July", "$3,000", 3000.0, USD, qualifier="over", note="Comex premium over LME, per ton")
# copper non-claims
single(cu(18,"en"), 13, "in early 2027", not_a_claim=True, kind="date")
single(cu(19,"en"), 11, "phases 7b, 7c, and 8", not_a_claim=True, kind="name")
single(cu(19,"en"), 13, "starting in July 2024", not_a_claim=True, kind="date")
single(cu(20,"en"), 6, "copper CMCU3 on", not_a_claim=True, kind="code", note="Reuters instrument code")
single(cu(20,"en"), 9, "futures HGc4 jumped", not_a_claim=True, kind="code")
single(cu(20,"en"), 14, "SHFE SCFcv1 touched", not_a_claim=True, kind="code")
single(cu(20,"en"), 6, "by 1700 GMT", not_a_claim=True, kind="time")
single(cu(21,"hans"), 6, "截至上海时间11:38", not_a_claim=True, kind="time")
single(cu(22,"en"), 11, "surpassed on July 23", not_a_claim=True, kind="date")
single(cu(23,"en"), 3, "by 1030 GMT", not_a_claim=True, kind="time")
single(cu(9,"en"), 3, "2023-10-04", not_a_claim=True, kind="date")
single(cu(9,"en"), 19, "2022", not_a_claim=True, kind="table_header", note="year column")
single(cu(9,"en"), 21, "2023", not_a_claim=True, kind="table_header", note="year column")
single(cu(10,"en"), 3, "2025-12-29", not_a_claim=True, kind="date")
single(cu(10,"en"), 15, "on July 23", not_a_claim=True, kind="date")
single(cu(11,"en"), 3, "MOSCOW, December 29.", not_a_claim=True, kind="dateline")
single(cu(12,"hant"), 3, "2025-12-29 15:20", not_a_claim=True, kind="date")
single(cu(12,"hant"), 5, "3 個月期銅", not_a_claim=True, kind="name", note="contract name")
single(cu(12,"hant"), 9, "格林威治時間 02:50", not_a_claim=True, kind="time")
single(cu(13,"hant"), 5, "新加坡時間上午10點", not_a_claim=True, kind="time")
single(cu(14,"hant"), 3, "2025-12-30", not_a_claim=True, kind="date")
single(cu(15,"en"), 3, "2025-12-30 403", not_a_claim=True, kind="page_furniture", note="date and an HTTP status left by the store")
single(cu(16,"en"), 6, "By 10 am Singapore time", not_a_claim=True, kind="time")
single(cu(17,"en"), 3, "16 px", not_a_claim=True, kind="page_furniture")
single(cu(17,"en"), 17, "by 10:14 a.m. London time", not_a_claim=True, kind="time")
single(cu(5,"hans"), 4, "外媒1月6日消息", not_a_claim=True, kind="date")
single(cu(6,"hans"), 3, "外电10月30日消息", not_a_claim=True, kind="date")
single(cu(3,"en"), 8, "Quebrada Blanca Phase 2 (QB2)", not_a_claim=True, kind="name")
single(cu(7,"en"), 3, "February 2025 Copper Bulletin", not_a_claim=True, kind="name", note="publication issue")

# ============================================================ rice: India's curbs 2022-2024 and exports; Thai 5% prices; Thailand's and Vietnam's exports
group("india_rice_export_volume", "rice", "India's rice exports by period: FY24 15.7 mt vs FY23 21.8 mt; calendar 2022 about 2200万吨 = 2200萬噸; 2023 17 million tonnes (USDA); April-June 2024 3.2 mt",
      "India", "rice export volume (tonnes)", "FY2023-24 / FY2022-23 / 2022 / 2023 / Apr-Jun 2024",
      "The 2022 figure agrees across Simplified and Traditional pages (consistent). Fiscal years (April-March) vs calendar years and the quarter are different_basis (FY23's 21.8 mt is a look-alike of 2022's 22 mt).",
      [M(ri(1,"en"), 7, "a total of 15.7 mt of rice", "15.7 mt", 15.7e6, T, "fy24"),
       M(ri(1,"en"), 7, "against 21.8 mt in FY23", "21.8 mt", 21.8e6, T, "fy23"),
       M(ri(3,"hans"), 6, "2022年印度大米出口总量约2200万吨", "2200万吨", 22e6, T, "cy22", qualifier="approx"),
       M(ri(4,"hant"), 6, "佔印度去年2200萬噸大米出口總量", "2200萬噸", 22e6, T, "cy22"),
       M(ri(2,"en"), 7, "33 per cent (17 million tonnes)", "17 million tonnes", 17e6, T, "cy23"),
       M(ri(1,"en"), 3, "have fallen by nearly 34% to 3.2 million tonnes", "3.2 million tonnes", 3.2e6, T, "q1fy25")])

group("india_ban_volume", "rice", "Exports hit by India's July 2023 ban: about 1000万吨 (crntt) = 約1000萬噸 (Ming Pao)",
      "India", "rice exports affected by the ban (tonnes)", "2022 basis",
      "Same estimate in two scripts: consistent.",
      [M(ri(3,"hans"), 6, "影响的大米出口量约1000万吨", "1000万吨", 10e6, T, "ban", qualifier="approx"),
       M(ri(4,"hant"), 6, "中約1000萬噸", "1000萬噸", 10e6, T, "ban", qualifier="approx")])

group("india_parboiled_exports", "rice", "India's parboiled rice exports: 2022 740萬噸 (Ming Pao) vs FY24 7.57 mt vs April-June 2024 1.5 mt",
      "India", "parboiled rice exports (tonnes)", "2022 / FY24 / Apr-Jun 2024",
      "Different periods: different_basis.",
      [M(ri(4,"hant"), 6, "去年出口740萬噸的半熟米", "740萬噸", 7.4e6, T, "cy22"),
       M(ri(1,"en"), 7, "7.57 mt of parboiled variety", "7.57 mt", 7.57e6, T, "fy24"),
       M(ri(1,"en"), 3, "dropped 11% to 1.5 mt", "1.5 mt", 1.5e6, T, "q1fy25")])

group("india_share_world_rice_exports", "rice", "India's share of world rice exports before the curbs: at least 40% / 40%以上 (twice) vs 2023's 33 per cent (USDA)",
      "India", "share of world rice exports", "before the 2022-23 curbs / 2023",
      "The bounds agree (consistent); 2023 (during the curbs) is another period (different_basis).",
      [M(ri(1,"en"), 7, "contributed at least 40% to the global trade", "40%", 40.0, PC, "pre", qualifier="at_least"),
       M(ri(3,"hans"), 6, "占世界大米出口量40%以上", "40%", 40.0, PC, "pre", qualifier="at_least"),
       M(ri(5,"hant"), 24, "佔全球大米出口量40%以上", "40%", 40.0, PC, "pre", qualifier="at_least"),
       M(ri(2,"en"), 7, "India made up 33 per cent", "33 per cent", 33.0, PC, "cy23")])

group("india_retail_rice_price_month", "rice", "India's retail rice price rise in the month before the July 2023 ban: 3% (crntt = Ming Pao)",
      "India", "retail rice price rise in one month", "June-July 2023",
      "Same figure in two scripts: consistent.",
      [M(ri(3,"hans"), 4, "一个月内上涨3%", "3%", 3.0, PC, "m"),
       M(ri(4,"hant"), 5, "一個月內急升3%", "3%", 3.0, PC, "m")])

group("india_rice_export_duty", "rice", "India's export duties: 20% on parboiled rice from August 2023 (eastcoastdaily, hkcna 20%關稅) and the cut of other categories' duty 'from 20 per cent to 10 per cent' in September 2024; the 20 per cent duty on non-basmati white rice abolished",
      "India", "rice export duty", "Aug 2023 - Sep 2024 / after 27 Sep 2024",
      "The 20% parboiled duty agrees (consistent); the 10% after September 2024 and the separate duty on non-basmati white rice are different_basis.",
      [M(ri(1,"en"), 5, "imposed a 20% tariff on the parboiled variety", "20%", 20.0, PC, "parb23"),
       M(ri(5,"hant"), 22, "對蒸穀米徵收20%關稅", "20%", 20.0, PC, "parb23"),
       M(ri(2,"en"), 4, "from 20 per cent to 10 per cent", "20 per cent", 20.0, PC, "parb23"),
       M(ri(2,"en"), 4, "to 10 per cent. By", "10 per cent", 10.0, PC, "sep24"),
       M(ri(2,"en"), 4, "abolished the 20 per cent export duty", "20 per cent", 20.0, PC, "nbwr")])

group("india_rice_export_value_month", "rice", "India's monthly rice export value (commerce ministry): October 2024 USD 1,050.93 million ('surpassed the USD 1 billion mark'); October 2023 565.65 million; September 2024 694.35 million",
      "India", "rice export value (USD)", "Oct 2024 / Oct 2023 / Sep 2024",
      "The bound agrees with the figure (consistent); other months different_basis.",
      [M(ri(2,"en"), 3, "surpassed the USD 1 billion mark", "USD 1 billion", 1e9, USD, "oct24", qualifier="over"),
       M(ri(2,"en"), 3, "valued at USD 1,050.93 million", "USD 1,050.93 million", 1.05093e9, USD, "oct24"),
       M(ri(2,"en"), 3, "compared to USD 565.65 million in October 2023", "USD 565.65 million", 5.6565e8, USD, "oct23"),
       M(ri(2,"en"), 3, "exports totalled USD 694.35 million", "USD 694.35 million", 6.9435e8, USD, "sep24")],
      {(1, 2): K})

group("thai_5pct_price", "rice", "Thai 5% broken white rice export price: $648 a tonne in August 2023 (highest since October 2008) vs 372.5 / 372.50 美元 in August 2025 (lowest since 2017); Ming Pao July 2023: Vietnam/Thai 5% up to 600美元; Indian 5% parboiled 421至428美元",
      "Thai 5% broken white rice", "export price (USD per tonne)", "Aug 2023 / Aug 2025 / Jul 2023",
      "ltn's 372.5 and udn's 372.50 agree (consistent). The other dates and the Indian parboiled grade are different_basis.",
      [M(ri(6,"en"), 11, "jumped to $648 a tonne", "$648", 648.0, USD, "aug23", note=PT),
       M(ri(7,"hant"), 7, "近日已跌至每噸372.5美元", "372.5美元", 372.5, USD, "aug25", note=PT),
       M(ri(8,"hant"), 5, "已跌至每公噸372.50美元", "372.50美元", 372.5, USD, "aug25", note=PT),
       M(ri(4,"hant"), 9, "每公噸售價可達600美元", "600美元", 600.0, USD, "jul23", note="Vietnam and Thai 5%, up to"),
       M(ri(4,"hant"), 10, "每公噸421至428美元", "421至428美元", [421.0, 428.0], USD, "india_parb_jul23", note="Indian 5% parboiled")])

group("thai_price_fall_2025", "rice", "Fall of the Thai 5% price since the end of 2024: 26% (ltn = udn)",
      "Thai 5% broken white rice", "price fall since end-2024", "to August 2025",
      "Same figure: consistent.",
      [M(ri(7,"hant"), 7, "較去年底大跌26%", "26%", 26.0, PC, "ytd25"),
       M(ri(8,"hant"), 5, "去年底以來已累計大跌26%", "26%", 26.0, PC, "ytd25")])

group("fao_rice_index_2025", "rice", "FAO All Rice Price Index fall in 2025 to August: 13% (ltn '下跌 13%' with a space = udn)",
      "FAO All Rice Price Index", "fall since January 2025", "2025 to August",
      "Same figure: consistent.",
      [M(ri(7,"hant"), 9, "價格指數下跌 13%", "13%", 13.0, PC, "ytd25"),
       M(ri(8,"hant"), 7, "今年來累積下跌13%", "13%", 13.0, PC, "ytd25")])

group("rice_price_extremes_years", "rice", "How long since prices were this far: 2025 lows '8年來新低' (ltn) = '八年新低' (udn); 2023 highs 'almost 15 years' (title and body, Statesman) vs FAO index '11年来高点' (crntt)",
      "rice prices", "years since the last comparable level", "Aug 2025 / Aug 2023 / Jul 2023",
      "8 = 八 (consistent); the 15-year Thai-price high and the FAO index's 11-year high are different measures and dates (different_basis).",
      [M(ri(7,"hant"), 5, "全球白米已跌至8年來新低", "8年", 8.0, YR, "low25"),
       M(ri(8,"hant"), 3, "全球稻米價格已跌至八年新低", "八年", 8.0, YR, "low25"),
       M(ri(6,"en"), 5, "highest levels in almost 15 years in Asia", "15 years", 15.0, YR, "high23", qualifier="under", note="title"),
       M(ri(6,"en"), 9, "highest levels in almost 15 years in Asia", "15 years", 15.0, YR, "high23", qualifier="under"),
       M(ri(3,"hans"), 6, "徘徊在11年来高点附近", "11年", 11.0, YR, "fao_high23")])

group("thai_rice_exports", "rice", "Thailand's rice exports: January-September 2024 7.45 million t (Bangkok Post = Nation); 2024 forecasts 9 million (November, twice) vs 7.5 million (TREA, January); 2023 8.8 million (twice); 2023 target 8.5 million (Reuters) vs 'the target of 8 million ton[nes]' (Bangkok Post); September 878,711 t; October at least 700,000 t",
      "Thailand", "rice export volume (tonnes)", "Jan-Sep 2024 / 2024 forecasts / 2023 / 2023 target / Sep 2024 / Oct 2024",
      "Same-period figures agree (consistent). The 2023 target: 8.5 million vs 8 million is a conflict (different_basis as alt: the target was raised from 8 to 8.5 million during 2023). Forecast vintages and periods are different_basis (7.45 for nine months vs the 7.5 million full-year forecast is a look-alike).",
      [M(ri(9,"en"), 9, "already exported 7.45 million tonnes of rice", "7.45 million tonnes", 7.45e6, T, "jan_sep24"),
       M(ri(10,"en"), 13, "reached 7.45 million tonnes", "7.45 million tonnes", 7.45e6, T, "jan_sep24"),
       M(ri(9,"en"), 7, "increase to 9 million tonnes this year", "9 million tonnes", 9e6, T, "fc24_nov"),
       M(ri(9,"en"), 11, "will reach 9 million tonnes", "9 million tonnes", 9e6, T, "fc24_nov"),
       M(ri(14,"en"), 11, "export 7.5 million tonnes of rice this year", "7.5 million tonnes", 7.5e6, T, "fc24_jan"),
       M(ri(9,"en"), 23, "tallied 8.8 million tonnes in 2023", "8.8 million tonnes", 8.8e6, T, "y23"),
       M(ri(14,"en"), 13, "exported 8.8 million tonnes of rice last year", "8.8 million tonnes", 8.8e6, T, "y23"),
       M(ri(14,"en"), 13, "a target of 8.5 million tonnes", "8.5 million tonnes", 8.5e6, T, "target23"),
       M(ri(9,"en"), 23, "the target of 8 million ton", "8 million ton", 8e6, T, "target23", note="cut off by the store"),
       M(ri(10,"en"), 15, "volumes reaching 878,711 tonnes", "878,711 tonnes", 878711.0, T, "sep24"),
       M(ri(10,"en"), 3, "at least 700,000 tonnes", "700,000 tonnes", 700000.0, T, "oct24_fc", qualifier="at_least")],
      {(8, 9): (C, D)})

group("thai_rice_export_growth", "rice", "Thailand's January-September 2024 export growth: volume 22% (twice), value 45.8% (twice)",
      "Thailand", "year-on-year growth of rice exports", "Jan-Sep 2024, volume / value",
      "Same figures agree (consistent); volume vs value different_basis.",
      [M(ri(9,"en"), 9, "an increase of 22% in volume", "22%", 22.0, PC, "vol"),
       M(ri(10,"en"), 13, "marking a 22% increase", "22%", 22.0, PC, "vol"),
       M(ri(9,"en"), 9, "45.8% in value", "45.8%", 45.8, PC, "val"),
       M(ri(10,"en"), 13, "surging 45.8%", "45.8%", 45.8, PC, "val")])

group("vn_rice_export_volume", "rice", "Vietnam's rice export volume: 2023 8.3 million t (thesun/VNA) vs 8.13 million (Deputy Minister) = 813萬噸; 2024 forecasts 'exceed 8 million' / 800萬噸以上 / 超過800萬噸 and December's 9 million; H1 2024 'over 4.8 million' (adnkronos) vs 4.68 million (twice); Jan-Apr 323萬噸; Jan-Oct nearly 7.8 million; Jan-Nov nearly 8.5 million (twice); October 800,000 t; November 700,000 t (twice); Jan-Nov 2023 775万吨",
      "Vietnam", "rice export volume (tonnes)", "2023 / 2024 forecasts / H1, Jan-Apr, Jan-Oct, Jan-Nov 2024 / Oct, Nov 2024 / Jan-Nov 2023",
      "2023: 8.3 vs 8.13 million disagree (8.13 does not round to 8.3): conflict; 8.13 million = 813萬噸 (consistent). H1 2024: 'over 4.8 million' excludes 4.68 million (conflict). Forecast bounds agree (consistent); the December forecast of 9 million is a later vintage (different_basis). October's 800,000 t is a ten-fold look-alike of the 800萬噸 forecast (different_basis).",
      [M(ri(11,"en"), 3, "from 8.3 million tonnes of rice shipment in 2023", "8.3 million tonnes", 8.3e6, T, "y23"),
       M(ri(12,"en"), 14, "had exported 8.13 million tonnes of rice in 2023", "8.13 million tonnes", 8.13e6, T, "y23"),
       M(ri(13,"hant"), 6, "相當(dāng)于2023年(813萬噸)的水平", "813萬噸", 8.13e6, T, "y23"),
       M(ri(12,"en"), 14, "forecast to exceed 8 million tonnes in 2024", "8 million tonnes", 8e6, T, "fc24", qualifier="over"),
       M(ri(13,"hant"), 3, "出口大米800萬噸以上的需求", "800萬噸", 8e6, T, "fc24", qualifier="at_least"),
       M(ri(13,"hant"), 6, "出口超過800萬噸大米", "800萬噸", 8e6, T, "fc24", qualifier="over"),
       M(ri(17,"en"), 5, "a record high of 9 million tons in 2024", "9 million tons", 9e6, T, "fc24_dec"),
       M(ri(17,"en"), 4, "Rice exports to set record of 9 million tons this year", "9 million tons", 9e6, T, "fc24_dec", note="title"),
       M(ri(12,"en"), 12, "to nearly 7.8 million tonnes", "7.8 million tonnes", 7.8e6, T, "jan_oct24", qualifier="under"),
       M(ri(17,"en"), 5, "nearly 8.5 million tons shipped abroad", "8.5 million tons", 8.5e6, T, "jan_nov24", qualifier="under"),
       M(ri(17,"en"), 9, "to nearly 8.5 million tons and", "8.5 million tons", 8.5e6, T, "jan_nov24", qualifier="under"),
       M(ri(13,"hant"), 4, "越南大米出口量達323萬噸", "323萬噸", 3.23e6, T, "jan_apr24"),
       M(ri(15,"en"), 3, "exported over 4.8 million tons of rice", "4.8 million tons", 4.8e6, T, "h1_24", qualifier="over"),
       M(ri(16,"en"), 3, "Vietnam exported 4.68 million tonnes of rice", "4.68 million tonnes", 4.68e6, T, "h1_24"),
       M(ri(16,"en"), 5, "Vietnam exports 4.68 million tonnes of rice", "4.68 million tonnes", 4.68e6, T, "h1_24", note="photo caption"),
       M(ri(12,"en"), 10, "sold 800,000 tonnes of rice overseas", "800,000 tonnes", 800000.0, T, "oct24"),
       M(ri(17,"en"), 9, "exported 700,000 tons in November", "700,000 tons", 700000.0, T, "nov24"),
       M(ri(17,"en"), 8, "Vietnam exports 700,000 tons of rice in November", "700,000 tons", 700000.0, T, "nov24", note="caption"),
       M(ri(18,"hans"), 3, "分别达775万吨和44.1亿美元", "775万吨", 7.75e6, T, "jan_nov23")],
      {**cross((1,), (2, 3), C), **cross((13,), (14, 15), C)})

group("vn_rice_export_value", "rice", "Vietnam's rice export value: 2023 US$4.78 billion vs the December 2023 full-year forecast 50亿美元; 2024 'could reach US$5 billion' (July); Jan-Nov 2024 5.31 billion ('exceeded 5 billion'); Jan-Oct 4.86 billion; Jan-Apr 20.8億美元; H1 'nearly US$3.1 billion' vs 2.98 billion USD (twice); October US$505 million, November 444.9 million; Jan-Nov 2023 44.1亿美元",
      "Vietnam", "rice export value (USD)", "2023 / forecasts / Jan-Nov, Jan-Oct, Jan-Apr, H1 2024 / Oct, Nov 2024 / Jan-Nov 2023",
      "H1 2024: 'nearly 3.1 billion' (just below 3.1) excludes 2.98 billion: conflict. 5.31 billion exceeds 5 billion (consistent). Forecasts vs outcomes and other periods: different_basis.",
      [M(ri(11,"en"), 3, "US$ 4.78 billion in revenue", "US$ 4.78 billion", 4.78e9, USD, "y23"),
       M(ri(18,"hans"), 3, "出口总额达50亿美元", "50亿美元", 5e9, USD, "fc23"),
       M(ri(18,"hans"), 3, "44.1亿美元,分别", "44.1亿美元", 4.41e9, USD, "jan_nov23"),
       M(ri(15,"en"), 3, "record revenue of US$5 billion this year", "US$5 billion", 5e9, USD, "fc24_jul"),
       M(ri(17,"en"), 12, "has exceeded 5 billion USD", "5 billion USD", 5e9, USD, "jan_nov24", qualifier="over"),
       M(ri(17,"en"), 9, "8.5 million tons and 5.31 billion USD", "5.31 billion USD", 5.31e9, USD, "jan_nov24"),
       M(ri(12,"en"), 12, "4.86 billion dollars", "4.86 billion dollars", 4.86e9, USD, "jan_oct24"),
       M(ri(13,"hant"), 4, "出口額達20.8億美元", "20.8億美元", 2.08e9, USD, "jan_apr24"),
       M(ri(15,"en"), 3, "grossing nearly US$3.1 billion", "US$3.1 billion", 3.1e9, USD, "h1_24", qualifier="under"),
       M(ri(16,"en"), 3, "earning 2.98 billion USD, according", "2.98 billion USD", 2.98e9, USD, "h1_24"),
       M(ri(16,"en"), 5, "earning 2.98 billion USD (Photo", "2.98 billion USD", 2.98e9, USD, "h1_24", note="photo caption"),
       M(ri(12,"en"), 10, "for US$505 million in October", "US$505 million", 5.05e8, USD, "oct24"),
       M(ri(17,"en"), 9, "for 444.9 million USD", "444.9 million USD", 4.449e8, USD, "nov24")],
      {(5, 6): K, **cross((9,), (10, 11), C)})

group("vn_rice_export_growth", "rice", "Vietnam's year-on-year export growth by period and measure: Jan-Oct 2024 10.2% / 23.4%; Jan-Apr 11.7% / 36.5%; H1 10.4% / 32%; Jan-Nov 10.6% / 22.4% and its average price +10.6%; Jan-Nov 2023 16.2% / 36.3%, 2023 price +17.3%",
      "Vietnam", "year-on-year growth of rice exports", "several periods; volume / value / price",
      "All different periods or measures (different_basis), including the look-alikes volume 10.6% vs price 10.6% (Jan-Nov 2024) and 36.5% vs 36.3%.",
      [M(ri(12,"en"), 12, "up 10.2 per cent", "10.2 per cent", 10.2, PC, "vol_jan_oct24"),
       M(ri(12,"en"), 12, "23.4 per cent year-on-year", "23.4 per cent", 23.4, PC, "val_jan_oct24"),
       M(ri(13,"hant"), 4, "增長11.7%", "11.7%", 11.7, PC, "vol_jan_apr24"),
       M(ri(13,"hant"), 4, "同比增長36.5%", "36.5%", 36.5, PC, "val_jan_apr24"),
       M(ri(16,"en"), 7, "an increase of 10.4% in volume", "10.4%", 10.4, PC, "vol_h1_24"),
       M(ri(16,"en"), 7, "32% in value", "32%", 32.0, PC, "val_h1_24"),
       M(ri(17,"en"), 9, "up 10.6% and", "10.6%", 10.6, PC, "vol_jan_nov24"),
       M(ri(17,"en"), 9, "22.4% respectively", "22.4%", 22.4, PC, "val_jan_nov24"),
       M(ri(17,"en"), 12, "a year-on-year rise of 10.6%", "10.6%", 10.6, PC, "price_jan_nov24"),
       M(ri(18,"hans"), 3, "分别同比增长16.2%", "16.2%", 16.2, PC, "vol_jan_nov23"),
       M(ri(18,"hans"), 3, "36.3%,创历史新高", "36.3%", 36.3, PC, "val_jan_nov23"),
       M(ri(18,"hans"), 3, "同比增长了17.3%", "17.3%", 17.3, PC, "price23")])

group("vn_rice_export_price", "rice", "Vietnam's average rice export price: 2023 US$663 per tonne (thesun/VNA, August 2024) vs 568美元 (shijieshipin, December 2023); Jan-Apr 2024 644美元; Jan-Nov 2024 around 627.9 USD",
      "Vietnam", "average rice export price (USD per tonne)", "2023 / Jan-Apr 2024 / Jan-Nov 2024",
      "663 vs 568 for 2023 disagree (conflict; different_basis as alt: the December 2023 figure may cover January-November only). Other periods different_basis.",
      [M(ri(11,"en"), 5, "an average of US$663 per tonne", "US$663", 663.0, USD, "y23", note=PT),
       M(ri(18,"hans"), 3, "平均价格每吨为568美元", "568美元", 568.0, USD, "y23", note=PT),
       M(ri(13,"hant"), 4, "達到每噸644美元", "644美元", 644.0, USD, "jan_apr24", note=PT),
       M(ri(17,"en"), 12, "to around 627.9 USD per ton", "627.9 USD", 627.9, USD, "jan_nov24", qualifier="approx", note=PT)],
      {(1, 2): (C, D)})

group("vn_rice_output", "rice", "Vietnam's rice (paddy) output: 2023 43.5 million t vs the December 2023 estimate '超过4310万吨'; 2024 forecasts 4300萬噸 (unionsn) / 'over 43 million tons' (adnkronos); H1 2024 23.3 million t",
      "Vietnam", "rice output (tonnes)", "2023 / 2024 forecast / H1 2024",
      "The two 2024 forecasts are compatible (consistent); the 2023 estimate vs outcome and other periods are different_basis.",
      [M(ri(11,"en"), 5, "to reach 43.5 million tonnes", "43.5 million tonnes", 43.5e6, T, "y23"),
       M(ri(18,"hans"), 4, "预计稻谷产量超过4310万吨", "4310万吨", 43.1e6, T, "fc23", qualifier="over"),
       M(ri(13,"hant"), 3, "產(chǎn)量將達到4300萬噸", "4300萬噸", 43e6, T, "fc24"),
       M(ri(15,"en"), 3, "to reach over 43 million tons in 2024", "43 million tons", 43e6, T, "fc24", qualifier="over"),
       M(ri(16,"en"), 9, "the total output to 23.3 million tonnes", "23.3 million tonnes", 23.3e6, T, "h1_24")])

# rice singles (claims)
single(ri(1,"en"), 3, "fallen by nearly 34%", "34%", 34.0, PC, qualifier="under")
single(ri(1,"en"), 3, "plunged by 78%", "78%", 78.0, PC)
single(ri(1,"en"), 7, "2.36 mt of non-basmati white rice", "2.36 mt", 2.36e6, T)
single(ri(1,"en"), 7, "545,000 tonnes of broken rice", "545,000 tonnes", 545000.0, T)
single(ri(2,"en"), 3, "an 85.79 per cent increase", "85.79 per cent", 85.79, PC)
single(ri(2,"en"), 5, "increased by 5.27 per cent", "5.27 per cent", 5.27, PC)
single(ri(2,"en"), 5, "reaching USD 6,171.35 million", "USD 6,171.35 million", 6.17135e9, USD)
single(ri(2,"en"), 5, "down by 3.33 per cent", "3.33 per cent", 3.33, PC)
single(ri(9,"en"), 7, "revenue of US$6.4 billion", "US$6.4 billion", 6.4e9, USD)
single(ri(9,"en"), 15, "(1,092,128 tonnes", "1,092,128 tonnes", 1092128.0, T)
single(ri(9,"en"), 15, "accounting for 14.7% of total rice exports", "14.7%", 14.7, PC)
single(ri(10,"en"), 15, "down 0.8% from August 2024", "0.8%", 0.8, PC)
single(ri(10,"en"), 17, "about 507,795 tonnes", "507,795 tonnes", 507795.0, T, qualifier="approx")
single(ri(16,"en"), 9, "3.48 million ha of rice", "3.48 million ha", 3.48e6, HA)
single(ri(16,"en"), 11, "about 670 million USD", "670 million USD", 6.7e8, USD, qualifier="approx")
single(ri(17,"en"), 10, "accounting for 46.1% of the market share", "46.1%", 46.1, PC)
single(ri(17,"en"), 11, "with a 71.3% drop", "71.3%", 71.3, PC)
single(ri(13,"hant"), 6, "全球大米短缺約700萬噸", "700萬噸", 7e6, T, qualifier="approx")
single(ri(13,"hant"), 7, "出口量將達約760萬噸", "760萬噸", 7.6e6, T, qualifier="approx")
single(ri(18,"hans"), 4, "种植面积710万公顷", "710万公顷", 7.1e6, HA)
single(ri(6,"en"), 13, "almost 50 per cent in the past year", "50 per cent", 50.0, PC, qualifier="under")
single(ri(6,"en"), 19, "40 per cent below normal", "40 per cent", 40.0, PC)
single(ri(7,"hant"), 13, "進一步下跌10%", "10%", 10.0, PC)
# rice non-claims
single(ri(1,"en"), 3, "date 2024-07-01", not_a_claim=True, kind="date")
single(ri(5,"hant"), 8, "2023-08-31 09:15", not_a_claim=True, kind="date")
single(ri(5,"hant"), 22, "有效期至今年10月15日", not_a_claim=True, kind="date")
single(ri(6,"en"), 7, "August 9, 2023 9:29 pm", not_a_claim=True, kind="date")
single(ri(14,"en"), 7, "January 04, 2024 — 01:34 am EST", not_a_claim=True, kind="date")
single(ri(17,"en"), 3, "December 06, 2024 | 17:46 (GMT+7)", not_a_claim=True, kind="date")
single(ri(18,"hans"), 10, "日期:2023-12-18", not_a_claim=True, kind="date")
single(ri(3,"hans"), 3, "中评社北京7月21日电", not_a_claim=True, kind="dateline")
single(ri(9,"en"), 21, "Thailand Rice Convention 2024", not_a_claim=True, kind="name")
single(ri(11,"en"), 9, "the ST25 variety", not_a_claim=True, kind="name")
single(ri(2,"en"), 4, "On September 28", not_a_claim=True, kind="date")
single(ri(12,"en"), 8, "on Tuesday (Nov 5)", not_a_claim=True, kind="date")
single(ri(17,"en"), 11, "Among the top 15 markets", not_a_claim=True, kind="ranking")
single(ri(7,"hant"), 3, "2025-08-10", not_a_claim=True, kind="date")
single(ri(8,"hant"), 3, "2025-08-11", not_a_claim=True, kind="date")

# ============================================================ sugar: ISO world balances, India (ISMA / NFCSF), Brazil (Conab)
group("iso_balance_2024_25", "sugar", "ISO's world sugar balance for 2024/25: deficit 3.58 million t in the first assessment (August 2024; six statements, 3.580 in chinimandi) -> 2.51 million (nsn) = 2.513 million (chinimandi) in November 2024 -> 4.8 million (March 2025, willagri)",
      "world", "sugar balance 2024/25 (tonnes; deficit negative)", "ISO vintages: Aug 2024 / Nov 2024 / Mar 2025",
      "2.51 rounds 2.513 (rounding). 3.58 = 3.580 (consistent). The three vintages are different_basis.",
      [M(su(1,"en"), 9, "2024/25 season to 2.51 million tonnes", "2.51 million tonnes", -2.51e6, T, "nov24"),
       M(su(4,"en"), 4, "in the current season of 2.513 million (mln) tonnes", "2.513 million", -2.513e6, T, "nov24"),
       M(su(1,"en"), 9, "a previous projection of 3.58 million", "3.58 million", -3.58e6, T, "aug24"),
       M(su(2,"en"), 9, "global sugar deficit of 3.58 Million tonnes", "3.58 Million tonnes", -3.58e6, T, "aug24", note="headline"),
       M(su(2,"en"), 15, "a global sugar deficit of 3.58 million tonnes", "3.58 million tonnes", -3.58e6, T, "aug24"),
       M(su(3,"en"), 3, "global deficit of 3.580 million tonnes in 2024-25", "3.580 million tonnes", -3.58e6, T, "aug24", note="headline"),
       M(su(3,"en"), 5, "in the forthcoming season of 3.580 million tonnes", "3.580 million tonnes", -3.58e6, T, "aug24"),
       M(su(4,"en"), 4, "a global deficit of 3.58 mln tonnes", "3.58 mln tonnes", -3.58e6, T, "aug24"),
       M(su(5,"en"), 3, "a deficit of 4.8 million tonnes in 2024/2025", "4.8 million tonnes", -4.8e6, T, "mar25")],
      {(1, 2): R})

group("iso_balance_2023_24", "sugar", "ISO's world sugar balance for 2023/24 by vintage: final surplus 1.31 (nsn) / 1.312 (chinimandi) / 1.3 million t (willagri); August 2024 deficit 200,000 t = 0.200 million (four); May 2024 2.954 million (three); February 2024 689,000 t (Reuters, twice) = 68.9萬噸; November 2023 335,000 t = 33.5萬噸",
      "world", "sugar balance 2023/24 (tonnes; deficit negative)", "ISO vintages: Nov 2023 / Feb 2024 / May 2024 / Aug 2024 / final (Nov 2024)",
      "Final surplus: 1.31 and 1.3 round 1.312 (rounding); 1.3 vs 1.31 (rounding). Each vintage agrees across pages and scripts (consistent: 689,000 t = 68.9萬噸, 335,000 = 33.5萬噸). Vintages are different_basis.",
      [M(su(1,"en"), 11, "a global surplus of 1.31 million tonnes", "1.31 million tonnes", 1.31e6, T, "final"),
       M(su(4,"en"), 4, "a surplus of 1.312 mln tonnes", "1.312 mln tonnes", 1.312e6, T, "final"),
       M(su(5,"en"), 3, "a surplus of 1.3 million tonnes in the previous season", "1.3 million tonnes", 1.3e6, T, "final"),
       M(su(1,"en"), 11, "a deficit of 200,000 tonnes seen previously", "200,000 tonnes", -2e5, T, "aug24"),
       M(su(2,"en"), 17, "significantly reduced to 0.200 million tonnes", "0.200 million tonnes", -2e5, T, "aug24"),
       M(su(3,"en"), 5, "has reduced to 0.200 mln tonnes", "0.200 mln tonnes", -2e5, T, "aug24"),
       M(su(4,"en"), 4, "from a deficit of 0.200 mln tonnes", "0.200 mln tonnes", -2e5, T, "aug24"),
       M(su(2,"en"), 17, "an earlier estimate of 2.954 million tonnes", "2.954 million tonnes", -2.954e6, T, "may24"),
       M(su(3,"en"), 5, "from 2.954 mln tonnes in ISO’s third revision", "2.954 mln tonnes", -2.954e6, T, "may24"),
       M(su(4,"en"), 4, "and 2.954 mln tonnes in previous reports", "2.954 mln tonnes", -2.954e6, T, "may24"),
       M(su(6,"en"), 13, "a global deficit of 689,000 metric tons for 2023/24", "689,000 metric tons", -6.89e5, T, "feb24"),
       M(su(6,"en"), 5, "global sugar deficit of 689,000 T", "689,000 T", -6.89e5, T, "feb24", note="headline"),
       M(su(7,"hant"), 3, "全球食糖供應(yīng)短缺68.9萬噸", "68.9萬噸", -6.89e5, T, "feb24"),
       M(su(6,"en"), 13, "a deficit of 335,000 tons forecast", "335,000 tons", -3.35e5, T, "nov23"),
       M(su(7,"hant"), 3, "高于11月份預(yù)估的33.5萬噸", "33.5萬噸", -3.35e5, T, "nov23")],
      {(1, 2): R, (1, 3): R, (2, 3): R})

group("iso_consumption", "sugar", "ISO's world sugar consumption: 2024/25 182.867 million t (August, twice) = 182.87 (nsn) -> 181.582 (November) = 181.58 -> 180.4 (March 2025); 2023/24 181.463 (August) = 181.46 -> 180.053 (November) = 180.05; February 2024's 1.804億噸 and November 2023's 1.802億噸 for 2023/24",
      "world", "sugar consumption (tonnes)", "2024/25 and 2023/24, ISO vintages",
      "Two-decimal restatements round the three-decimal figures (rounding). 180.4 million appears for 2023/24 (February 2024, 1.804億噸) and for 2024/25 (March 2025): same value, different season (different_basis). Vintages are different_basis.",
      [M(su(2,"en"), 15, "forecasted at 182.867 million tonnes", "182.867 million tonnes", 182.867e6, T, "s2425_aug24"),
       M(su(3,"en"), 5, "projected at 182.867 mln tonnes in 2024-25", "182.867 mln tonnes", 182.867e6, T, "s2425_aug24"),
       M(su(1,"en"), 15, "from 182.87 million and", "182.87 million", 182.87e6, T, "s2425_aug24"),
       M(su(1,"en"), 15, "revised down to 181.58 million", "181.58 million", 181.58e6, T, "s2425_nov24"),
       M(su(4,"en"), 4, "to reach 181.582 mln tonnes in 2024/25", "181.582 mln tonnes", 181.582e6, T, "s2425_nov24"),
       M(su(5,"en"), 3, "a record level of 180.4 million tonnes", "180.4 million tonnes", 180.4e6, T, "s2425_mar25"),
       M(su(3,"en"), 5, "a figure of 181.463 mln tonnes", "181.463 mln tonnes", 181.463e6, T, "s2324_aug24"),
       M(su(1,"en"), 15, "from 181.46 million.", "181.46 million", 181.46e6, T, "s2324_aug24"),
       M(su(1,"en"), 15, "for 2023/24 to 180.05 million", "180.05 million", 180.05e6, T, "s2324_nov24"),
       M(su(4,"en"), 4, "reduced to 180.053 mln tonnes", "180.053 mln tonnes", 180.053e6, T, "s2324_nov24"),
       M(su(7,"hant"), 5, "全球食糖消費量為1.804億噸", "1.804億噸", 180.4e6, T, "s2324_feb24"),
       M(su(7,"hant"), 5, "為1.802億噸", "1.802億噸", 180.2e6, T, "s2324_nov23")],
      {(1, 3): R, (2, 3): R, (4, 5): R, (7, 8): R, (9, 10): R})

group("iso_production", "sugar", "ISO's world sugar production: 2024/25 179.287 million t (August, twice) = 179.29 -> 179.07 (November) -> 175.5 (March 2025); 2023/24 final 181.365 = 181.37 (record); August's 181.263 (twice); May's 179.270; February's 1.7975億噸 and November 2023's 1.7989億噸",
      "world", "sugar production (tonnes)", "2024/25 and 2023/24, ISO vintages",
      "179.29 rounds 179.287, 181.37 rounds 181.365 (rounding). May's 179.270 for 2023/24 is a look-alike of August's 179.287 / 179.29 for 2024/25 (different_basis). Vintages are different_basis.",
      [M(su(2,"en"), 15, "expected to be 179.287 million tonnes", "179.287 million tonnes", 179.287e6, T, "s2425_aug24"),
       M(su(3,"en"), 5, "to 179.287 mln tonnes", "179.287 mln tonnes", 179.287e6, T, "s2425_aug24"),
       M(su(1,"en"), 19, "a prior projection of 179.29 million tonnes", "179.29 million tonnes", 179.29e6, T, "s2425_aug24"),
       M(su(1,"en"), 19, "to total 179.07 million tonnes", "179.07 million tonnes", 179.07e6, T, "s2425_nov24"),
       M(su(5,"en"), 3, "production is only 175.5 million tonnes", "175.5 million tonnes", 175.5e6, T, "s2425_mar25"),
       M(su(1,"en"), 19, "a record 181.37 million in 2023/24", "181.37 million", 181.37e6, T, "s2324_final"),
       M(su(4,"en"), 4, "to 181.365 mln tonnes, a record level", "181.365 mln tonnes", 181.365e6, T, "s2324_final"),
       M(su(2,"en"), 17, "now revised to 181.263 million tonnes", "181.263 million tonnes", 181.263e6, T, "s2324_aug24"),
       M(su(3,"en"), 5, "to 181.263 mln tonnes", "181.263 mln tonnes", 181.263e6, T, "s2324_aug24"),
       M(su(3,"en"), 5, "previous estimate of 179.270 mln tonnes", "179.270 mln tonnes", 179.27e6, T, "s2324_may24"),
       M(su(7,"hant"), 4, "下調(diào)至1.7975億噸", "1.7975億噸", 179.75e6, T, "s2324_feb24"),
       M(su(7,"hant"), 4, "從之前的1.7989億噸", "1.7989億噸", 179.89e6, T, "s2324_nov23")],
      {(1, 3): R, (2, 3): R, (6, 7): R})

group("iso_production_revision", "sugar", "Upward revision of 2023/24 world production in August 2024: 'nearly 2 million tonnes' = 'just under 2 mln tonnes'",
      "world", "revision of 2023/24 sugar production (tonnes)", "August 2024",
      "Same bound: consistent.",
      [M(su(2,"en"), 17, "nearly 2 million tonnes higher", "2 million tonnes", 2e6, T, "rev", qualifier="under"),
       M(su(3,"en"), 5, "adding just under 2 mln tonnes", "2 mln tonnes", 2e6, T, "rev", qualifier="under")])

group("iso_brazil_decline_2024_25", "sugar", "ISO's expected fall in Brazil's output in 2024/25 (August 2024): 2.987 million t (twice)",
      "Brazil", "decline in sugar output (tonnes)", "2024/25 vs 2023/24",
      "Same figure: consistent.",
      [M(su(2,"en"), 19, "decline by 2.987 million tonnes", "2.987 million tonnes", 2.987e6, T, "aug24"),
       M(su(3,"en"), 5, "decline by 2.987 mln tonnes", "2.987 mln tonnes", 2.987e6, T, "aug24")])

group("iso_trade_2023_24", "sugar", "ISO's world sugar trade 2023/24: imports 68.285 million t (August 2024, twice) vs the previous 66.821; February 2024: trade volume '超過6700萬噸'",
      "world", "sugar imports / trade volume 2023/24 (tonnes)", "ISO vintages",
      "68.285 agrees (consistent); the earlier projection and February's trade bound are other vintages (different_basis).",
      [M(su(2,"en"), 21, "revised upward to 68.285 million tonnes", "68.285 million tonnes", 68.285e6, T, "aug24"),
       M(su(3,"en"), 9, "import volume of 68.285 mln tonnes", "68.285 mln tonnes", 68.285e6, T, "aug24"),
       M(su(3,"en"), 9, "the previous projection of 66.821 mln tonnes", "66.821 mln tonnes", 66.821e6, T, "may24"),
       M(su(7,"hant"), 6, "貿(mào)易量將超過6700萬噸", "6700萬噸", 67e6, T, "feb24", qualifier="over")])

group("india_sugar_production", "sugar", "India's sugar output 2024-25 and 2023-24: ISMA gross 333 lakh = 33.3 mt (three, one via the ISO); net estimates 29.3 mt (Nov), 272.69 lakh (Jan), 264 lakh (Mar; four statements and the ISO's 26.4 million), 2610-2620万吨 (May), NFCSF 2611万吨 (July); so far 233.09 lakh (10 Mar), 247.61 lakh (31 Mar), 25.49 mt (15 Apr), 2574.4万吨 (15 May, twice), 2582万吨 (July, three); 2023-24: net 31.96 mt vs NFCSF 3190万吨 vs ISO's 32.2 million; gross 34.1 mt",
      "India", "sugar production (tonnes)", "2024-25 estimates by vintage / cumulative to dates / 2023-24",
      "333 lakh = 33.3 mt (consistent). The ISO's '26.4 million tons' for India equals ISMA's March net estimate 264 lakh (consistent). NFCSF's 2611万吨 lies in ISMA's May range 2610-2620万吨 (consistent). 2023-24: NFCSF's 3190万吨 truncates 31.96 mt (conflict, rounding as alt); the ISO's 32.2 million disagrees with both (conflict, different_basis as alt: the ISO's own estimate). Gross vs net, estimate vintages and cumulative cut-off dates are different_basis.",
      [M(su(8,"en"), 3, "to be 333 lakh tonne", "333 lakh tonne", 33.3e6, T, "gross_nov"),
       M(su(9,"en"), 3, "gross production of sugar may be 33.3 mt", "33.3 mt", 33.3e6, T, "gross_nov"),
       M(su(3,"en"), 7, "(ISMA) at 33.3 mln tonnes", "33.3 mln tonnes", 33.3e6, T, "gross_nov"),
       M(su(9,"en"), 3, "net sugar production is likely to be 29.3 million tonnes", "29.3 million tonnes", 29.3e6, T, "net_nov"),
       M(su(10,"en"), 7, "net sugar production at 272.69 lakh tonnes", "272.69 lakh tonnes", 27.269e6, T, "net_jan"),
       M(su(10,"en"), 3, "downwards to 264 lakh tonnes", "264 lakh tonnes", 26.4e6, T, "net_mar"),
       M(su(10,"en"), 5, "estimates to 264 lakh tons", "264 lakh tons", 26.4e6, T, "net_mar"),
       M(su(10,"en"), 15, "the likely production of 264 lakh tonnes", "264 lakh tonnes", 26.4e6, T, "net_mar"),
       M(su(16,"en"), 17, "was revised to 264 lakh tons", "264 lakh tons", 26.4e6, T, "net_mar"),
       M(su(5,"en"), 3, "production will be 26.4 million tons by next September", "26.4 million tons", 26.4e6, T, "net_mar", note="ISO citing India"),
       M(su(12,"hans"), 8, "预计约在2610-2620万吨", "2610-2620万吨", [26.1e6, 26.2e6], T, "net_final", qualifier="approx"),
       M(su(13,"hans"), 13, "最终总产量预计为2611万吨", "2611万吨", 26.11e6, T, "net_final", note="NFCSF"),
       M(su(10,"en"), 9, "sugar production has reached 233.09 lakh tonnes", "233.09 lakh tonnes", 23.309e6, T, "to_mar10"),
       M(su(16,"en"), 3, "reached 247.61 lakh tons", "247.61 lakh tons", 24.761e6, T, "to_mar31"),
       M(su(11,"en"), 3, "has reached 25.49 million tonnes so far", "25.49 million tonnes", 25.49e6, T, "to_apr15"),
       M(su(12,"hans"), 4, "印度糖产量已达2574.4万吨", "2574.4万吨", 25.744e6, T, "to_may15"),
       M(su(12,"hans"), 8, "中期之前生产的2574.4万吨", "2574.4万吨", 25.744e6, T, "to_may15"),
       M(su(13,"hans"), 3, "仅为2582万吨 同比", "2582万吨", 25.82e6, T, "to_jul", note="headline"),
       M(su(13,"hans"), 5, "仅为2582万吨 同比", "2582万吨", 25.82e6, T, "to_jul", note="headline repeated"),
       M(su(13,"hans"), 11, "降至2582万吨", "2582万吨", 25.82e6, T, "to_jul"),
       M(su(9,"en"), 3, "lower than 31.96 mt in the previous season", "31.96 mt", 31.96e6, T, "net_2324"),
       M(su(13,"hans"), 13, "远低于2023/24榨季的3190万吨", "3190万吨", 31.9e6, T, "net_2324", note="NFCSF"),
       M(su(5,"en"), 3, "compared to 32.2 million tons during the 2023/2024 season", "32.2 million tons", 32.2e6, T, "net_2324", note="ISO"),
       M(su(9,"en"), 3, "the gross production was 34.1 mt", "34.1 mt", 34.1e6, T, "gross_2324")],
      {(11, 12): K, (21, 22): (C, R), (21, 23): (C, D), (22, 23): (C, D)})

group("india_sugar_output_fall", "sugar", "Fall of India's 2024-25 output so far against a year earlier: 18 per cent to 15 April (ISMA) vs 18.38% to July (NFCSF, three)",
      "India", "year-on-year fall in cumulative sugar output", "to 15 April 2025 / to July 2025",
      "Different cut-off dates and bodies: different_basis (18 looks like a rounding of 18.38).",
      [M(su(11,"en"), 3, "down 18 per cent from a year ago", "18 per cent", -18.0, PC, "to_apr15"),
       M(su(13,"hans"), 3, "同比减少18.38%", "18.38%", -18.38, PC, "to_jul", note="headline"),
       M(su(13,"hans"), 5, "同比减少18.38%", "18.38%", -18.38, PC, "to_jul"),
       M(su(13,"hans"), 11, "大幅减少18.38%", "18.38%", -18.38, PC, "to_jul")])

group("india_ethanol_diversion", "sugar", "Sugar diverted to ethanol in India 2024-25: nearly 40 lakh (November) -> 37.5 lakh (January) -> 35 lakh (March, twice) = around 3.5 million tonnes (April); 2023-24 2.15 million t",
      "India", "sugar diverted to ethanol (tonnes)", "2024-25 estimates by vintage / 2023-24",
      "35 lakh = 3.5 million t (consistent, the current estimate in March and April). Earlier vintages and last season: different_basis.",
      [M(su(8,"en"), 7, "Nearly 40 lakh tonne would be diverted", "40 lakh tonne", 4e6, T, "nov", qualifier="under"),
       M(su(10,"en"), 7, "after diverting 37.5 lakh tonnes", "37.5 lakh tonnes", 3.75e6, T, "jan"),
       M(su(10,"en"), 5, "after diverting 35 lakh tons of sugar", "35 lakh tons", 3.5e6, T, "mar"),
       M(su(16,"en"), 17, "after diverting 35 lakh tons for ethanol", "35 lakh tons", 3.5e6, T, "mar"),
       M(su(11,"en"), 13, "around 3.5 million tonnes of sugar is expected to be diverted", "3.5 million tonnes", 3.5e6, T, "mar", qualifier="approx"),
       M(su(11,"en"), 13, "last year's diversion of 2.15 million tonnes", "2.15 million tonnes", 2.15e6, T, "y2324")])

group("india_sugar_stocks", "sugar", "India's sugar stocks: opening stock on 1 October 2024 84.79 lakh (The Hindu) = 'about 8.5 mt' (BusinessLine) vs 80 lakh (ISMA, March) = 800万吨 (May); closing stock forecasts 87.79 lakh (November), 54 lakh (March), 520-530万吨 (May)",
      "India", "sugar stock (tonnes)", "opening 2024-25 / closing 30 Sep 2025 forecasts",
      "84.79 lakh rounds to about 8.5 mt (rounding, consistent as alt: 'about'). The opening stock is a past quantity: 84.79 lakh / 8.5 mt vs 80 lakh / 800万吨 disagree (conflict, different_basis as alt: ISMA restated it between November and March). 80 lakh = 800万吨 (consistent). Closing-stock forecasts of different vintages are different_basis.",
      [M(su(8,"en"), 7, "opened with a stock of 84.79 lakh tonne", "84.79 lakh tonne", 8.479e6, T, "open"),
       M(su(9,"en"), 7, "a carry forward stock of about 8.5 mt", "8.5 mt", 8.5e6, T, "open", qualifier="approx"),
       M(su(10,"en"), 15, "an opening stock of 80 lakh tonnes", "80 lakh tonnes", 8e6, T, "open"),
       M(su(12,"hans"), 9, "年初糖公开库存为800万吨", "800万吨", 8e6, T, "open"),
       M(su(8,"en"), 7, "end with 87.79 lakh tonne stock", "87.79 lakh tonne", 8.779e6, T, "close_nov"),
       M(su(10,"en"), 17, "estimated at 54 lakh tonnes", "54 lakh tonnes", 5.4e6, T, "close_mar"),
       M(su(12,"hans"), 9, "预计将在520-530万吨", "520-530万吨", [5.2e6, 5.3e6], T, "close_may")],
      {(1, 2): (R, K), **cross((1, 2), (3, 4), (C, D))})

group("india_sugar_consumption", "sugar", "India's domestic sugar consumption: 2024-25 forecast 290 lakh (November) vs 280 lakh (March) = 2800万吨 (May); 2023-24 about 29 mt",
      "India", "domestic sugar consumption (tonnes)", "2024-25 forecasts / 2023-24",
      "280 lakh = 2800万吨 (consistent). The November forecast (290 lakh) is an earlier vintage and 2023-24's 29 mt another season with the same value (different_basis).",
      [M(su(8,"en"), 7, "domestic consumption to be 290 lakh tonne", "290 lakh tonne", 29e6, T, "fc_nov"),
       M(su(10,"en"), 17, "domestic demand of 280 lakh tonnes", "280 lakh tonnes", 28e6, T, "fc_late"),
       M(su(12,"hans"), 9, "考虑到2800万吨的国内消费量预估", "2800万吨", 28e6, T, "fc_late"),
       M(su(9,"en"), 7, "consumption was about 29 mt in the entire 2023-24", "29 mt", 29e6, T, "y2324", qualifier="approx")])

group("india_sugar_exports_2024_25", "sugar", "India's 2024-25 sugar exports: 10 lakh tonnes (March estimate) vs 'at most 90万吨' (May estimate)",
      "India", "sugar exports (tonnes)", "2024-25, estimates of March / May 2025",
      "Estimate vintages: different_basis.",
      [M(su(10,"en"), 17, "exports of 10 lakh tonnes", "10 lakh tonnes", 1e6, T, "mar"),
       M(su(12,"hans"), 9, "以及至多90万吨的出口量预估", "90万吨", 9e5, T, "may", qualifier="under", note="至多: at most")])

group("india_special_season", "sugar", "Karnataka and Tamil Nadu's special-season output: 'around 4 lakh tons' (sakshipost) vs 大约40-50万吨 (msweet, twice)",
      "Karnataka and Tamil Nadu", "special-season sugar output (tonnes)", "June/July-September",
      "4 lakh = 40万吨, the bottom of the range: consistent.",
      [M(su(16,"en"), 11, "around 4 lakh tons of sugar", "4 lakh tons", 4e5, T, "sp", qualifier="approx"),
       M(su(12,"hans"), 7, "贡献大约40-50万吨糖", "40-50万吨", [4e5, 5e5], T, "sp", qualifier="approx"),
       M(su(12,"hans"), 8, "预计生产的40-50万吨", "40-50万吨", [4e5, 5e5], T, "sp")],
      {(1, 2): K, (1, 3): K})

group("up_sugar_output", "sugar", "Uttar Pradesh sugar output 2024-25 by cut-off: 87.5 lakh (31 Mar), 9.11 mt (15 Apr; a year earlier 10.18 mt), 927万吨 (July; a year earlier 1036万吨)",
      "Uttar Pradesh", "cumulative sugar output (tonnes)", "to 31 Mar / 15 Apr / July 2025 and the year-earlier figures",
      "Different cut-off dates: different_basis.",
      [M(su(16,"en"), 13, "Uttar Pradesh has touched 87.5 lakh tons", "87.5 lakh tons", 8.75e6, T, "mar31"),
       M(su(11,"en"), 9, "fell to 9.11 million tonnes", "9.11 million tonnes", 9.11e6, T, "apr15"),
       M(su(11,"en"), 9, "from 10.18 million tonnes", "10.18 million tonnes", 10.18e6, T, "apr15_prev"),
       M(su(13,"hans"), 17, "降至927万吨", "927万吨", 9.27e6, T, "jul"),
       M(su(13,"hans"), 17, "从去年的1036万吨", "1036万吨", 10.36e6, T, "jul_prev")])

group("maharashtra_sugar_output", "sugar", "Maharashtra sugar output 2024-25 by cut-off: 80.06 lakh (31 Mar), 8.07 mt (15 Apr; a year earlier 10.94 mt), 809万吨 (July; a year earlier 1100万吨)",
      "Maharashtra", "cumulative sugar output (tonnes)", "to 31 Mar / 15 Apr / July 2025 and the year-earlier figures",
      "Different cut-off dates: different_basis (8.07 vs 8.09 million is a look-alike).",
      [M(su(16,"en"), 13, "Maharashtra with 80.06 lakh tonnes", "80.06 lakh tonnes", 8.006e6, T, "mar31"),
       M(su(11,"en"), 7, "fell to 8.07 million tonnes till April 15", "8.07 million tonnes", 8.07e6, T, "apr15"),
       M(su(11,"en"), 7, "from 10.94 million tonnes a year ago", "10.94 million tonnes", 10.94e6, T, "apr15_prev"),
       M(su(13,"hans"), 19, "骤降至809万吨", "809万吨", 8.09e6, T, "jul"),
       M(su(13,"hans"), 19, "产量从1100万吨", "1100万吨", 11e6, T, "jul_prev")])

group("karnataka_sugar_output", "sugar", "Karnataka sugar output 2024-25 by cut-off: '39.55 tons' (31 Mar; the 'lakh' is missing), 4.04 mt (15 Apr; a year earlier 5.06 mt), 406万吨 (July; a year earlier 516万吨)",
      "Karnataka", "cumulative sugar output (tonnes)", "to 31 Mar / 15 Apr / July 2025 and the year-earlier figures",
      "Different cut-off dates: different_basis. sakshipost's '39.55 tons' (read as written) is off by a factor of 100,000 against the others (conflict as alt for its pairs with the 2024-25 figures).",
      [M(su(16,"en"), 13, "Karnataka (39.55 tons)", "39.55 tons", 39.55, T, "mar31", note="lakh missing"),
       M(su(11,"en"), 9, "declined to 4.04 million tonnes", "4.04 million tonnes", 4.04e6, T, "apr15"),
       M(su(11,"en"), 9, "from 5.06 million tonnes", "5.06 million tonnes", 5.06e6, T, "apr15_prev"),
       M(su(13,"hans"), 21, "减少到406万吨", "406万吨", 4.06e6, T, "jul"),
       M(su(13,"hans"), 21, "也从516万吨", "516万吨", 5.16e6, T, "jul_prev")],
      {(1, 2): (D, C), (1, 4): (D, C)})

group("conab_area_nov2024", "sugar", "Conab's third 2024/25 survey (28 Nov 2024): harvested cane area +4.3% (both) to 869萬公頃 (Reuters via hk.outputnews) vs 8.7 million hectares (biomasstradecenter)",
      "Brazil", "sugarcane area", "2024/25 (November 2024 survey)",
      "4.3% agrees (consistent); 8.7 million ha rounds 869萬公頃 (rounding).",
      [M(su(14,"hant"), 6, "面積預計將增加4.3%", "4.3%", 4.3, PC, "growth"),
       M(su(15,"en"), 3, "increased by 4.3%, to", "4.3%", 4.3, PC, "growth"),
       M(su(14,"hant"), 6, "達到869萬公頃", "869萬公頃", 8.69e6, HA, "area"),
       M(su(15,"en"), 3, "to 8.7 million hectares", "8.7 million hectares", 8.7e6, HA, "area")],
      {(3, 4): R})

group("conab_cane_nov2024", "sugar", "Conab's 2024/25 cane crop: centre-south 6.1686億噸 (November) vs 6.262億噸 (August forecast); all Brazil 678.67 million t (November, -4.8%); hk.outputnews' '產量將下降8.8%' vs biomasstradecenter's productivity -8.8% and output -4.8%",
      "Brazil", "sugarcane crop / its change", "2024/25, Conab's August and November surveys",
      "Centre-south vs all Brazil and the two surveys are different_basis. The 8.8% fall agrees with the productivity (yield) fall (consistent); hk.outputnews writes 產量 (output) for it, so against the output fall of 4.8% it is different_basis with conflict as alt.",
      [M(su(14,"hant"), 5, "2024/25達到6.1686億噸", "6.1686億噸", 616.86e6, T, "cs_nov"),
       M(su(14,"hant"), 5, "8月份預測的6.262億噸", "6.262億噸", 626.2e6, T, "cs_aug"),
       M(su(15,"en"), 3, "is estimated at 678.67 million tons", "678.67 million tons", 678.67e6, T, "br_nov"),
       M(su(14,"hant"), 6, "預計產量將下降8.8%", "8.8%", -8.8, PC, "yield"),
       M(su(15,"en"), 3, "representing an 8.8% decrease", "8.8%", -8.8, PC, "yield"),
       M(su(15,"en"), 3, "representing a 4.8% decrease", "4.8%", -4.8, PC, "output")],
      {(4, 6): (D, C)})

# sugar singles (claims)
single(su(1,"en"), 19, "1.3 per cent below a record", "1.3 per cent", 1.3, PC)
single(su(2,"en"), 21, "drop by 4.094 million tonnes", "4.094 million tonnes", 4.094e6, T)
single(su(2,"en"), 23, "now at 52.57 percent", "52.57 percent", 52.57, PC)
single(su(3,"en"), 7, "1.404 mln tonnes or 0.77%", "1.404 mln tonnes", 1.404e6, T)
single(su(3,"en"), 7, "or 0.77% is less", "0.77%", 0.77, PC)
single(su(3,"en"), 5, "down 0.761 mln tonnes", "0.761 mln tonnes", 7.61e5, T)
single(su(4,"en"), 4, "albeit just 0.223 mln tonnes", "0.223 mln tonnes", 2.23e5, T)
single(su(4,"en"), 4, "A 0.350 mln tonne increase", "0.350 mln tonne", 3.5e5, T)
single(su(4,"en"), 4, "1.285 mln tonnes less than", "1.285 mln tonnes", 1.285e6, T)
single(su(6,"en"), 15, "a global surplus of 308,000 tons", "308,000 tons", 308000.0, T)
single(su(7,"hant"), 4, "從948萬噸", "948萬噸", 9.48e6, T)
single(su(7,"hant"), 4, "下調(diào)至824萬噸", "824萬噸", 8.24e6, T)
single(su(7,"hant"), 5, "增加258.1萬噸", "258.1萬噸", 2.581e6, T)
single(su(9,"en"), 15, "to fall to 439.93 mt", "439.93 mt", 439.93e6, T)
single(su(9,"en"), 15, "from 453.16 mt", "453.16 mt", 453.16e6, T)
single(su(9,"en"), 15, "from 5.74 million hectares", "5.74 million hectares", 5.74e6, HA)
single(su(10,"en"), 15, "will be 344 lakh tonnes", "344 lakh tonnes", 34.4e6, T)
single(su(10,"en"), 9, "with 228 mills", "228", 228.0, CNT)
single(su(11,"en"), 11, "Out of 534 mills", "534", 534.0, CNT)
single(su(13,"hans"), 27, "20%的乙醇混合率", "20%", 20.0, PC)
single(su(13,"hans"), 29, "有望恢复至3500万吨", "3500万吨", 35e6, T)
single(su(14,"hant"), 7, "巴西的糖產量為4400萬噸", "4400萬噸", 44e6, T)
single(su(14,"hant"), 7, "低約200萬噸", "200萬噸", 2e6, T, qualifier="approx")
single(su(14,"hant"), 7, "預計為4031萬噸", "4031萬噸", 40.31e6, T)
single(su(15,"en"), 4, "responsible for 91% of national production", "91%", 91.0, PC)
single(su(15,"en"), 5, "decline by 7.4%", "7.4%", 7.4, PC)
single(su(15,"en"), 5, "434.48 million tons", "434.48 million tons", 434.48e6, T)
single(su(15,"en"), 6, "reach 148.62 million tons", "148.62 million tons", 148.62e6, T)
single(su(16,"en"), 3, "with 95 factories operating", "95", 95.0, CNT)
single(su(16,"en"), 13, "Gujarat (8.21 lakh tons)", "8.21 lakh tons", 8.21e5, T)
# sugar non-claims
single(su(2,"en"), 5, "+91 6026176848", not_a_claim=True, kind="phone_number")
single(su(2,"en"), 7, "New York weather 30 days", not_a_claim=True, kind="page_furniture")
single(su(2,"en"), 11, "August 31, 2024", not_a_claim=True, kind="date")
single(su(6,"en"), 9, "February 28, 2024 — 05:00 am EST", not_a_claim=True, kind="date")
single(su(7,"hant"), 3, "本周三(2月28日)", not_a_claim=True, kind="date")
single(su(12,"hans"), 3, "2025-05-19 18:14:26", not_a_claim=True, kind="date")
single(su(13,"hans"), 7, "和20000+糖人一起关注", not_a_claim=True, kind="page_furniture", note="follow-us banner")
single(su(14,"hant"), 5, "11月28日(路透社)", not_a_claim=True, kind="date")
single(su(15,"en"), 3, "on Thursday (28)", not_a_claim=True, kind="date")
single(su(10,"en"), 17, "September 30th 2025", not_a_claim=True, kind="date")
single(su(11,"en"), 3, "April 17 (PTI)", not_a_claim=True, kind="date")
single(su(1,"en"), 9, "(Nov 20)", not_a_claim=True, kind="date")
single(su(9,"en"), 15, "released on November 5", not_a_claim=True, kind="date")
single(su(16,"en"), 17, "on March 12, 2025", not_a_claim=True, kind="date")
single(su(8,"en"), 3, "commenced on October 1", not_a_claim=True, kind="date")
single(su(12,"hans"), 13, "预计将于2025年10月将及时开榨", not_a_claim=True, kind="date")

emit(HERE / "gold.d" / "fresh12.toml", "corpus-fresh12")
