#!/usr/bin/env python3
"""Hand annotation of corpus-fresh9, written as data; emits gold.d/fresh9.toml (then run corpus/check_gold.py --dir corpus-fresh9 --build).

Every mention carries a 'basis' tag (period / scope / vintage / estimator as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Different statements of one quantity share a basis tag. A rounded restatement of an exact figure (1.4 billion,
14億970萬, 1.4097 billion vs 1,409,670,000; 2.4 trillion / 2.44萬億 vs $2,443 billion; 7% vs 6.8%) is rounding; a
truncated one (1.409 billion, 6.3 births per 1,000 for 6.39, 9.5 million for 9.56 million, 296.9 million for 296.97
million) is conflict with rounding as alt (the convention of corpus-fresh4); other wrong figures (2440亿美元 for
2.443 trillion, $2.43 trillion, $2.178 trillion for about 2.72 trillion, 1187万 / 1158万 / 1130万 for 1179万
graduates, 1150万 for 1222万, 死亡人口1100万 for 1110万, 821万 vs 820万) are conflicts. Other years, scopes or
subjects are different_basis. Declines are negative values (population -2.08 million, births -5.7%).
Units: persons, USD, percent, percentage_points, per_1000_people (birth, death and natural growth rates, ‰),
per_100_females (sex ratio), years (streaks), count.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

p = lambda n, s: f"pop-{n:02d}-{s}.txt"
m = lambda n, s: f"mil-{n:02d}-{s}.txt"
g = lambda n, s: f"grad-{n:02d}-{s}.txt"
PC, PP, PER, USD, YR, CNT, PM, SR = ("percent", "percentage_points", "persons", "USD", "years", "count",
                                     "per_1000_people", "per_100_females")
WAN = 1e4


# ================================================================ pop: China's population, 2023 (NBS, 17 January 2024)
group("cn_population_2023", "population", "China's total population at the end of 2023 (NBS 140967万 = 1,409,670,000), with roundings, a truncation and end-2022",
      "China", "total population (persons)", "end of 2023",
      "14.0967亿 / 140967万 / 1,409,670,000 / 1.40967 billion nine times (consistent). '1.4 billion', 14億970萬 and '1.4097 billion' round it (rounding; 14億970萬 = 1.4097 billion, consistent with each other). headtopics' '1.409 billion' truncates it (conflict, rounding as alt). 近14.1億 (just under 14.1億) is a bound that contains it (consistent). SBS's 1411.175 million is end-2022.",
      [M(p(1,"hans"), 3, "中国总人口为14.0967亿", "14.0967亿", 1409670000.0, PER, "y23", as_of="end-2023"),
       M(p(2,"hant"), 3, "人口近14.1億人", "14.1億", 1410000000.0, PER, "y23", qualifier="under", as_of="end-2023"),
       M(p(2,"hant"), 4, "合共14.0967億人", "14.0967億", 1409670000.0, PER, "y23", as_of="end-2023"),
       M(p(3,"en"), 3, "to 1.409 billion", "1.409 billion", 1409000000.0, PER, "y23", as_of="end-2023"),
       M(p(4,"en"), 3, "was 1,409,670,000", "1,409,670,000", 1409670000.0, PER, "y23", as_of="end-2023"),
       M(p(4,"en"), 3, "(or 1.4 billion)", "1.4 billion", 1400000000.0, PER, "y23", as_of="end-2023"),
       M(p(5,"hant"), 5, "全國人口為14.0967億人", "14.0967億", 1409670000.0, PER, "y23", as_of="end-2023"),
       M(p(6,"hans"), 3, "总人口140967万", "140967万", 1409670000.0, PER, "y23", as_of="end-2023"),
       M(p(6,"hans"), 7, "总人口140967万", "140967万", 1409670000.0, PER, "y23", as_of="end-2023", note="the page repeats its text"),
       M(p(7,"en"), 3, "to 1.40967 billion", "1.40967 billion", 1409670000.0, PER, "y23", as_of="end-2023"),
       M(p(8,"en"), 3, "to 1.40967 billion people", "1.40967 billion", 1409670000.0, PER, "y23", as_of="end-2023"),
       M(p(9,"hant"), 11, "降至14億970萬人", "14億970萬", 1409700000.0, PER, "y23", as_of="end-2023"),
       M(p(10,"hans"), 7, ")140967万人", "140967万", 1409670000.0, PER, "y23", as_of="end-2023"),
       M(p(12,"en"), 5, "was 1.4097 billion", "1.4097 billion", 1409700000.0, PER, "y23", as_of="end-2023"),
       M(p(11,"en"), 3, "reached 1411.175 million", "1411.175 million", 1411175000.0, PER, "y22", as_of="end-2022")],
      {**cross((1,3,5,7,8,9,10,11,13), (6,12,14), R), **cross((1,3,5,7,8,9,10,11,13), (4,), (C, R)),
       (6,12): R, (6,14): R, (12,14): K, (4,6): R, (4,12): (C, R), (4,14): (C, R),
       **cross((2,), (1,3,4,5,7,8,9,10,11,12,13,14), K), (2,6): (K, R)})

group("cn_population_change", "population", "Change of China's population: -208万 in 2023, -85万 in 2022, +48万 in 2021",
      "China", "year-on-year change of total population (persons)", "2023",
      "-2.08 million / 减少208万 fifteen times (consistent; 约208万 in creaders is the same figure). 2022's decline of 850,000 / 85万 and 2021's +48万 are other years.",
      [M(p(1,"hans"), 3, "比上1年减少约208万人", "208万", -2080000.0, PER, "y23", qualifier="approx", as_of="2023"),
       M(p(2,"hant"), 3, "較2022年減少208萬人", "208萬", -2080000.0, PER, "y23", as_of="2023"),
       M(p(2,"hant"), 4, "按年減少208萬人", "208萬", -2080000.0, PER, "y23", as_of="2023"),
       M(p(3,"en"), 3, "dropped by 2.08 million", "2.08 million", -2080000.0, PER, "y23", as_of="2023"),
       M(p(4,"en"), 3, "fell by 2.08 million", "2.08 million", -2080000.0, PER, "y23", as_of="2023"),
       M(p(5,"hant"), 4, "人口減208萬", "208萬", -2080000.0, PER, "y23", as_of="2023", note="headline"),
       M(p(5,"hant"), 5, "較2022年末減少208萬人", "208萬", -2080000.0, PER, "y23", as_of="2023"),
       M(p(6,"hans"), 3, "比去年减少208万人", "208万", -2080000.0, PER, "y23", as_of="2023"),
       M(p(6,"hans"), 7, "比去年减少208万人", "208万", -2080000.0, PER, "y23", as_of="2023"),
       M(p(7,"en"), 3, "decreased by 2.08 million people", "2.08 million", -2080000.0, PER, "y23", as_of="2023"),
       M(p(8,"en"), 3, "dropped by 2.08 million", "2.08 million", -2080000.0, PER, "y23", as_of="2023"),
       M(p(9,"hant"), 11, "比2022年減少208萬人", "208萬", -2080000.0, PER, "y23", as_of="2023"),
       M(p(10,"hans"), 7, "比上年末减少208万人", "208万", -2080000.0, PER, "y23", as_of="2023"),
       M(p(12,"en"), 3, "decreased by 2.08 million", "2.08 million", -2080000.0, PER, "y23", as_of="2023", note="headline"),
       M(p(12,"en"), 5, "a decrease of 2.08 million", "2.08 million", -2080000.0, PER, "y23", as_of="2023"),
       M(p(4,"en"), 3, "decline of 850,000 in 2022", "850,000", -850000.0, PER, "y22", as_of="2022"),
       M(p(6,"hans"), 4, "减少85万人", "85万", -850000.0, PER, "y22", as_of="2022"),
       M(p(6,"hans"), 8, "减少85万人", "85万", -850000.0, PER, "y22", as_of="2022"),
       M(p(8,"en"), 11, "decline of 850,000", "850,000", -850000.0, PER, "y22", as_of="2022"),
       M(p(11,"en"), 3, "850,000 fewer", "850,000", -850000.0, PER, "y22", as_of="2022"),
       M(p(6,"hans"), 5, "增长48万人", "48万", 480000.0, PER, "y21", as_of="2021"),
       M(p(6,"hans"), 9, "增长48万人", "48万", 480000.0, PER, "y21", as_of="2021")])

group("cn_population_change_pct_2023", "population", "China's population decline in 2023 as a percentage",
      "China", "year-on-year change of total population (percent)", "2023", "-0.15% twice (consistent).",
      [M(p(3,"en"), 3, "or 0.15%", "0.15%", -0.15, PC, "y23", as_of="2023"),
       M(p(4,"en"), 3, "or 0.15%", "0.15%", -0.15, PC, "y23", as_of="2023")])

group("cn_births", "population", "Births in China: 902万 in 2023, 956万 in 2022 (with AP's truncated 9.5 million), 1062万 in 2021",
      "China", "births (persons)", "2023",
      "902万 / 9.02 million fifteen times (consistent). 2022: 956万 twice and 9.56 million (SBS) vs AP's '9.5 million' (a truncation: conflict, rounding as alt). 2021 1062万 twice.",
      [M(p(1,"hans"), 4, "全年出生人口902万人", "902万", 9020000.0, PER, "y23", as_of="2023"),
       M(p(2,"hant"), 4, "去年出生人口902萬人", "902萬", 9020000.0, PER, "y23", as_of="2023"),
       M(p(3,"en"), 3, "to 9.02 million", "9.02 million", 9020000.0, PER, "y23", as_of="2023"),
       M(p(4,"en"), 4, "9.02 million babies", "9.02 million", 9020000.0, PER, "y23", as_of="2023"),
       M(p(5,"hant"), 5, "全年出生人口為902萬人", "902萬", 9020000.0, PER, "y23", as_of="2023"),
       M(p(6,"hans"), 3, "出生人口902万", "902万", 9020000.0, PER, "y23", as_of="2023"),
       M(p(6,"hans"), 7, "出生人口902万", "902万", 9020000.0, PER, "y23", as_of="2023"),
       M(p(7,"en"), 4, "9.02 million babies", "9.02 million", 9020000.0, PER, "y23", as_of="2023"),
       M(p(8,"en"), 5, "9.02 million babies", "9.02 million", 9020000.0, PER, "y23", as_of="2023"),
       M(p(9,"hant"), 3, "只有902萬人出生", "902萬", 9020000.0, PER, "y23", as_of="2023"),
       M(p(9,"hant"), 13, "出生人口902萬人", "902萬", 9020000.0, PER, "y23", as_of="2023"),
       M(p(10,"hans"), 3, "中国出生人口902万人", "902万", 9020000.0, PER, "y23", as_of="2023", note="headline"),
       M(p(10,"hans"), 7, "全年出生人口902万人", "902万", 9020000.0, PER, "y23", as_of="2023"),
       M(p(12,"en"), 5, "reached 9.02 million", "9.02 million", 9020000.0, PER, "y23", as_of="2023"),
       M(p(4,"en"), 4, "from 9.5 million in 2022", "9.5 million", 9500000.0, PER, "y22", as_of="2022"),
       M(p(6,"hans"), 4, "出生人口956万人", "956万", 9560000.0, PER, "y22", as_of="2022"),
       M(p(6,"hans"), 8, "出生人口956万人", "956万", 9560000.0, PER, "y22", as_of="2022"),
       M(p(11,"en"), 3, "9.56 million people were born", "9.56 million", 9560000.0, PER, "y22", as_of="2022"),
       M(p(6,"hans"), 5, "出生人口1062万人", "1062万", 10620000.0, PER, "y21", as_of="2021"),
       M(p(6,"hans"), 9, "出生人口1062万人", "1062万", 10620000.0, PER, "y21", as_of="2021")],
      cross((15,), (16,17,18), (C, R)))

group("cn_births_change_2023", "population", "YoY change of births in China, 2023",
      "China", "YoY change of births", "2023", "-5.7% twice (consistent).",
      [M(p(3,"en"), 3, "new births fell 5.7%", "5.7%", -5.7, PC, "y23", as_of="2023"),
       M(p(4,"en"), 4, "New births fell 5.7%", "5.7%", -5.7, PC, "y23", as_of="2023")])

group("cn_deaths", "population", "Deaths in China: 1110万 in 2023 vs haomeiwen's 1100万; 1041万 in 2022; 1014万 in 2021",
      "China", "deaths (persons)", "2023",
      "1110万 / 11.1 million ten times (consistent). haomeiwen writes 死亡人口1100万 (twice, the page repeats itself) beside exact figures for the other years: conflict with 1110万 (rounding defensible: 1100 is 1110 to two digits). 2022 1041万 twice = 10.41 million (SBS); 2021 1014万 twice.",
      [M(p(1,"hans"), 4, "死亡人口为1110万人", "1110万", 11100000.0, PER, "y23", as_of="2023"),
       M(p(2,"hant"), 4, "死亡人口有1110萬人", "1110萬", 11100000.0, PER, "y23", as_of="2023"),
       M(p(3,"en"), 3, "to 11.1 million", "11.1 million", 11100000.0, PER, "y23", as_of="2023"),
       M(p(4,"en"), 5, "— 11.1 million —", "11.1 million", 11100000.0, PER, "y23", as_of="2023"),
       M(p(5,"hant"), 5, "死亡人口1110萬人", "1110萬", 11100000.0, PER, "y23", as_of="2023"),
       M(p(6,"hans"), 3, "死亡人口1100万", "1100万", 11000000.0, PER, "y23", as_of="2023"),
       M(p(6,"hans"), 7, "死亡人口1100万", "1100万", 11000000.0, PER, "y23", as_of="2023"),
       M(p(7,"en"), 4, "11.1 million people died", "11.1 million", 11100000.0, PER, "y23", as_of="2023"),
       M(p(8,"en"), 5, "11.1 million Chinese people died", "11.1 million", 11100000.0, PER, "y23", as_of="2023"),
       M(p(9,"hant"), 13, "死亡人口1110萬人", "1110萬", 11100000.0, PER, "y23", as_of="2023"),
       M(p(10,"hans"), 7, "死亡人口1110万人", "1110万", 11100000.0, PER, "y23", as_of="2023"),
       M(p(12,"en"), 5, "deaths hit 11.1 million", "11.1 million", 11100000.0, PER, "y23", as_of="2023"),
       M(p(6,"hans"), 4, "死亡人口1041万人", "1041万", 10410000.0, PER, "y22", as_of="2022"),
       M(p(6,"hans"), 8, "死亡人口1041万人", "1041万", 10410000.0, PER, "y22", as_of="2022"),
       M(p(11,"en"), 3, "10.41 million people died", "10.41 million", 10410000.0, PER, "y22", as_of="2022"),
       M(p(6,"hans"), 5, "死亡人口1014万人", "1014万", 10140000.0, PER, "y21", as_of="2021"),
       M(p(6,"hans"), 9, "死亡人口1014万人", "1014万", 10140000.0, PER, "y21", as_of="2021")],
      cross((6,7), (1,2,3,4,5,8,9,10,11,12), (C, R)))

group("cn_deaths_change_2023", "population", "YoY change of deaths in China, 2023",
      "China", "YoY change of deaths", "2023", "+6.6% twice (consistent).",
      [M(p(3,"en"), 3, "Total deaths rose 6.6%", "6.6%", 6.6, PC, "y23", as_of="2023"),
       M(p(4,"en"), 5, "Total deaths last year rose 6.6%", "6.6%", 6.6, PC, "y23", as_of="2023")])

group("cn_birth_rate", "population", "China's birth rate: 6.39‰ in 2023 (AP: 6.3), 6.77‰ in 2022 (AP: 6.7)",
      "China", "birth rate (per 1,000 people)", "2023",
      "6.39 per thousand seven times (consistent); AP's 'record-low 6.3 births per 1,000' truncates it (conflict, rounding as alt). 2022 6.77‰ twice vs AP's 'a rate of 6.7 births in 2022' (conflict, rounding as alt).",
      [M(p(1,"hans"), 4, "出生率6.39‰", "6.39‰", 6.39, PM, "y23", as_of="2023"),
       M(p(2,"hant"), 4, "人口出生率為千分之6.39", "千分之6.39", 6.39, PM, "y23", as_of="2023"),
       M(p(4,"en"), 4, "record-low 6.3 births per 1,000", "6.3", 6.3, PM, "y23", as_of="2023"),
       M(p(5,"hant"), 5, "人口出生率為6.39‰", "6.39‰", 6.39, PM, "y23", as_of="2023"),
       M(p(7,"en"), 4, "birth rate of 6.39 per thousand", "6.39 per thousand", 6.39, PM, "y23", as_of="2023"),
       M(p(8,"en"), 5, "amounted to 6.39", "6.39", 6.39, PM, "y23", as_of="2023"),
       M(p(9,"hant"), 13, "出生率為6.39‰", "6.39‰", 6.39, PM, "y23", as_of="2023"),
       M(p(10,"hans"), 7, "人口出生率为6.39‰", "6.39‰", 6.39, PM, "y23", as_of="2023"),
       M(p(1,"hans"), 4, "出生率6.77‰", "6.77‰", 6.77, PM, "y22", as_of="2022"),
       M(p(4,"en"), 4, "a rate of 6.7 births in 2022", "6.7", 6.7, PM, "y22", as_of="2022"),
       M(p(11,"en"), 3, "birth rate of 6.77 per thousand", "6.77 per thousand", 6.77, PM, "y22", as_of="2022")],
      {**cross((3,), (1,2,4,5,6,7,8), (C, R)), **cross((10,), (9,11), (C, R))})

group("cn_death_rate", "population", "China's death rate: 7.87‰ in 2023, 7.37‰ in 2022",
      "China", "death rate (per 1,000 people)", "2023",
      "7.87 per thousand eight times (consistent); 7.37 three times is 2022.",
      [M(p(1,"hans"), 4, "死亡率7.87‰", "7.87‰", 7.87, PM, "y23", as_of="2023"),
       M(p(2,"hant"), 4, "人口死亡率為千分之7.87", "千分之7.87", 7.87, PM, "y23", as_of="2023"),
       M(p(4,"en"), 5, "rate of 7.87 deaths per 1,000", "7.87", 7.87, PM, "y23", as_of="2023"),
       M(p(5,"hant"), 5, "人口死亡率為7.87‰", "7.87‰", 7.87, PM, "y23", as_of="2023"),
       M(p(7,"en"), 4, "death rate of 7.87 per thousand", "7.87 per thousand", 7.87, PM, "y23", as_of="2023"),
       M(p(8,"en"), 5, "and 7.87 per 1,000", "7.87", 7.87, PM, "y23", as_of="2023"),
       M(p(9,"hant"), 13, "死亡率為7.87‰", "7.87‰", 7.87, PM, "y23", as_of="2023"),
       M(p(10,"hans"), 7, "人口死亡率为7.87‰", "7.87‰", 7.87, PM, "y23", as_of="2023"),
       M(p(1,"hans"), 4, "死亡率7.37‰", "7.37‰", 7.37, PM, "y22", as_of="2022"),
       M(p(4,"en"), 5, "a rate of 7.37 deaths in 2022", "7.37", 7.37, PM, "y22", as_of="2022"),
       M(p(11,"en"), 3, "mortality rate of 7.37 per thousand", "7.37 per thousand", 7.37, PM, "y22", as_of="2022")])

group("cn_natural_growth_rate", "population", "China's natural population growth rate: -1.48‰ in 2023, -0.60 in 2022",
      "China", "natural growth rate (per 1,000 people)", "2023",
      "-1.48 per thousand six times, written 負千分之1.48 / -1.48‰ / negative 1.48 / 負增長1.48‰ (consistent); -0.60 is 2022.",
      [M(p(2,"hant"), 4, "人口自然增長率為負千分之1.48", "千分之1.48", -1.48, PM, "y23", as_of="2023"),
       M(p(5,"hant"), 5, "人口自然增長率為-1.48‰", "-1.48‰", -1.48, PM, "y23", as_of="2023"),
       M(p(7,"en"), 5, "negative 1.48 per thousand", "1.48 per thousand", -1.48, PM, "y23", as_of="2023"),
       M(p(9,"hant"), 13, "負增長1.48‰", "1.48‰", -1.48, PM, "y23", as_of="2023"),
       M(p(10,"hans"), 7, "人口自然增长率为-1.48‰", "-1.48‰", -1.48, PM, "y23", as_of="2023"),
       M(p(12,"en"), 5, "growth rate of -1.48‰", "-1.48‰", -1.48, PM, "y23", as_of="2023"),
       M(p(11,"en"), 3, "growth rate was -0.60", "-0.60", -0.6, PM, "y22", as_of="2022")])

group("cn_working_age_pop_2023", "population", "China's working-age population (16-59), end-2023",
      "China", "working-age population aged 16-59 (persons)", "end of 2023",
      "8.6481億 = 864.81 million (consistent); hkej's subheading 勞動人口8.6億 rounds its own body figure (rounding); Now's 近8.65億 is a bound that contains it (consistent; against the rounded 8.6億 consistent with rounding as alt).",
      [M(p(2,"hant"), 4, "勞動年齡人口近8.65億人", "8.65億", 865000000.0, PER, "y23", qualifier="under", as_of="end-2023"),
       M(p(5,"hant"), 6, "勞動人口8.6億", "8.6億", 860000000.0, PER, "y23", as_of="end-2023", note="subheading"),
       M(p(5,"hant"), 7, "勞動年齡人口8.6481億人", "8.6481億", 864810000.0, PER, "y23", as_of="end-2023"),
       M(p(7,"en"), 7, "stood at 864.81 million", "864.81 million", 864810000.0, PER, "y23", as_of="end-2023")],
      {(1,2): (K, R), (1,3): K, (1,4): K, (2,3): R, (2,4): R})

group("cn_working_age_share_2023", "population", "Share of the working-age population (16-59) in China's population, end-2023",
      "China", "share of population aged 16-59", "end of 2023",
      "61.3% four times (consistent); hkej's subheading 佔61% rounds it (rounding).",
      [M(p(2,"hant"), 4, "佔全國人口比重61.3%", "61.3%", 61.3, PC, "y23", as_of="end-2023"),
       M(p(5,"hant"), 6, "佔61%", "61%", 61.0, PC, "y23", as_of="end-2023", note="subheading"),
       M(p(5,"hant"), 7, "比重為61.3%", "61.3%", 61.3, PC, "y23", as_of="end-2023"),
       M(p(7,"en"), 7, "making up 61.3 percent", "61.3 percent", 61.3, PC, "y23", as_of="end-2023"),
       M(p(8,"en"), 7, "accounted for 61.3% of the overall number", "61.3%", 61.3, PC, "y23", as_of="end-2023")],
      cross((2,), (1,3,4,5), R))

group("cn_male_pop_2023", "population", "China's male population, end-2023",
      "China", "male population (persons)", "end of 2023",
      "7.2032億 = 720.32 million (consistent); Now's 7.2億 rounds it (rounding).",
      [M(p(2,"hant"), 4, "男性人口7.2億人", "7.2億", 720000000.0, PER, "y23", as_of="end-2023"),
       M(p(5,"hant"), 7, "男性人口7.2032億人", "7.2032億", 720320000.0, PER, "y23", as_of="end-2023"),
       M(p(7,"en"), 6, "was 720.32 million", "720.32 million", 720320000.0, PER, "y23", as_of="end-2023")],
      cross((1,), (2,3), R))

group("cn_female_pop_2023", "population", "China's female population, end-2023",
      "China", "female population (persons)", "end of 2023",
      "6.8935億 = 689.35 million (consistent); Now's 6.89億 rounds it (rounding).",
      [M(p(2,"hant"), 4, "女性人口6.89億人", "6.89億", 689000000.0, PER, "y23", as_of="end-2023"),
       M(p(5,"hant"), 7, "女性人口6.8935億人", "6.8935億", 689350000.0, PER, "y23", as_of="end-2023"),
       M(p(7,"en"), 6, "was 689.35 million", "689.35 million", 689350000.0, PER, "y23", as_of="end-2023")],
      cross((1,), (2,3), R))

group("cn_sex_ratio_2023", "population", "China's sex ratio (males per 100 females), end-2023",
      "China", "sex ratio", "end of 2023", "104.49 twice (consistent).",
      [M(p(5,"hant"), 7, "性別比為104.49", "104.49", 104.49, SR, "y23", as_of="end-2023"),
       M(p(7,"en"), 6, "ratio was 104.49", "104.49", 104.49, SR, "y23", as_of="end-2023")])

group("cn_aged60_pop", "population", "China's population aged 60 and over: 296.97 million (end-2023) vs AP's 296.9 million; 280 million in 2022",
      "China", "population aged 60 and over (persons)", "end of 2023",
      "296.97 million (news.am) vs AP's 296.9 million (a truncation: conflict, rounding as alt); 280 million is 2022.",
      [M(p(4,"en"), 5, "reached 296.9 million in 2023", "296.9 million", 296900000.0, PER, "y23", as_of="end-2023"),
       M(p(7,"en"), 8, "was 296.97 million", "296.97 million", 296970000.0, PER, "y23", as_of="end-2023"),
       M(p(4,"en"), 5, "up from 280 million in 2022", "280 million", 280000000.0, PER, "y22", as_of="end-2022")],
      {(1,2): (C, R)})

group("cn_aged60_share_2023", "population", "Share of people aged 60 and over, end-2023",
      "China", "share of population aged 60 and over", "end of 2023", "21.1% twice ('about 21.1%' in AP; consistent).",
      [M(p(4,"en"), 5, "about 21.1%", "21.1%", 21.1, PC, "y23", qualifier="approx", as_of="end-2023"),
       M(p(7,"en"), 8, "accounting for 21.1 percent", "21.1 percent", 21.1, PC, "y23", as_of="end-2023")])

group("cn_aged65_pop_2023", "population", "China's population aged 65 and over, end-2023",
      "China", "population aged 65 and over (persons)", "end of 2023", "216.76 million twice (consistent).",
      [M(p(7,"en"), 8, "being 216.76 million", "216.76 million", 216760000.0, PER, "y23", as_of="end-2023"),
       M(p(8,"en"), 7, "to 216.76 million", "216.76 million", 216760000.0, PER, "y23", as_of="end-2023")])

group("cn_urban_pop_2023", "population", "China's urban population, end-2023",
      "China", "urban (permanent resident) population (persons)", "end of 2023", "932.67 million twice (consistent).",
      [M(p(8,"en"), 9, "to 932.67 million people", "932.67 million", 932670000.0, PER, "y23", as_of="end-2023"),
       M(p(12,"en"), 5, "totaling 932.67 million", "932.67 million", 932670000.0, PER, "y23", as_of="end-2023")])


group("cn_population_decline_streak_2023", "population", "Consecutive years of population decline in China, through 2023",
      "China", "consecutive years of population decline", "through 2023", "2 years twice (creaders, hkej; consistent).",
      [M(p(1,"hans"), 3, "连续2年人口出现下降", "2年", 2.0, YR, "y23", as_of="2023"),
       M(p(5,"hant"), 5, "連續2年出現負數", "2年", 2.0, YR, "y23", as_of="2023")])


# ================================================================ mil: world military expenditure (SIPRI, 22 April 2024 and 2025)
group("world_milex", "military", "World military expenditure, 2023 (SIPRI $2,443 billion) with roundings, a wrong 2.43 and 2440亿; 2022; 2024 (近2.72萬億 vs $2.178 trillion)",
      "world", "military expenditure (USD)", "2023",
      "$2,443 billion = $2.443 trillion (consistent). 2.4兆 / 2.4 trillion / 2.4万亿 / 2.4萬億 (five) and 2.44萬億 round it (rounding; 2.4 vs 2.44 rounding as well). hotscup's $2.43 trillion is not a rounding of 2.443 (conflict; against the coarser 2.4 rounding). londondaily's 2440亿美元 (title and body) is a tenth of it (conflict with every other 2023 figure). 2022: 2.24兆 three times. 2024: 近2.72萬億 vs '$2.178 trillion' (digits transposed: conflict).",
      [M(m(1,"en"), 3, "record high of $2,443 billion", "$2,443 billion", 2.443e12, USD, "y23", as_of="2023"),
       M(m(2,"hant"), 4, "創下2.4兆美元", "2.4兆美元", 2.4e12, USD, "y23", as_of="2023"),
       M(m(3,"en"), 3, "a staggering $2.43 trillion", "$2.43 trillion", 2.43e12, USD, "y23", as_of="2023"),
       M(m(4,"hant"), 3, "2.44萬億美元", "2.44萬億美元", 2.44e12, USD, "y23", as_of="2023"),
       M(m(5,"en"), 3, "reached 2.4 trillion dollars", "2.4 trillion dollars", 2.4e12, USD, "y23", as_of="2023", note="headline"),
       M(m(5,"en"), 5, "reach $2.443 trillion", "$2.443 trillion", 2.443e12, USD, "y23", as_of="2023"),
       M(m(6,"hans"), 3, "创纪录2440亿美元", "2440亿美元", 2.44e11, USD, "y23", as_of="2023", note="headline"),
       M(m(6,"hans"), 5, "创纪录的2440亿美元", "2440亿美元", 2.44e11, USD, "y23", as_of="2023"),
       M(m(7,"hans"), 10, "达到2.4万亿美元", "2.4万亿美元", 2.4e12, USD, "y23", as_of="2023"),
       M(m(8,"hant"), 7, "2.4萬億美元", "2.4萬億美元", 2.4e12, USD, "y23", as_of="2023"),
       M(m(9,"hant"), 3, "達2.24兆美元", "2.24兆美元", 2.24e12, USD, "y22", as_of="2022", note="headline"),
       M(m(9,"hant"), 8, "去年更達到2.24兆美元", "2.24兆美元", 2.24e12, USD, "y22", as_of="2022"),
       M(m(9,"hant"), 10, "去年更達到2.24兆美元", "2.24兆美元", 2.24e12, USD, "y22", as_of="2022", note="the page repeats its lead"),
       M(m(10,"hant"), 3, "將達近2.72萬億美元", "2.72萬億美元", 2.72e12, USD, "y24", qualifier="under", as_of="2024"),
       M(m(11,"en"), 5, "hit $2.178 trillion last year", "$2.178 trillion", 2.178e12, USD, "y24", as_of="2024")],
      {**cross((1,6), (2,4,5,9,10), R), **cross((1,6), (3,), C), **cross((2,5,9,10), (4,), R),
       **cross((2,5,9,10), (3,), R), (3,4): C, **cross((7,8), (1,2,3,4,5,6,9,10), C), (14,15): C})

group("world_milex_growth", "military", "Real growth of world military expenditure: +6.8% in 2023 (hotscup: 7%), +3.7% in 2022, +9.4% in 2024",
      "world", "YoY real growth of military expenditure", "2023",
      "+6.8% nine times (consistent); hotscup's '7% growth' rounds it (rounding). 2022 +3.7%; 2024 +9.4% twice.",
      [M(m(1,"en"), 3, "increased by 6.8%", "6.8%", 6.8, PC, "y23", as_of="2023"),
       M(m(2,"hant"), 8, "軍事支出上升6.8%", "6.8%", 6.8, PC, "y23", as_of="2023"),
       M(m(3,"en"), 3, "a substantial 7% growth", "7%", 7.0, PC, "y23", as_of="2023"),
       M(m(4,"hant"), 3, "同比增長6.8%", "6.8%", 6.8, PC, "y23", as_of="2023"),
       M(m(5,"en"), 5, "6.8 percent more", "6.8 percent", 6.8, PC, "y23", as_of="2023"),
       M(m(6,"hans"), 6, "这一6.8%的增长", "6.8%", 6.8, PC, "y23", as_of="2023"),
       M(m(7,"hans"), 8, "6.8% 是自2009年", "6.8%", 6.8, PC, "y23", as_of="2023"),
       M(m(7,"hans"), 10, "以 6.8% 成为", "6.8%", 6.8, PC, "y23", as_of="2023"),
       M(m(8,"hant"), 7, "6.8%,這是", "6.8%", 6.8, PC, "y23", as_of="2023"),
       M(m(9,"hant"), 12, "去年實際增加3.7%", "3.7%", 3.7, PC, "y22", as_of="2022"),
       M(m(10,"hant"), 3, "比2023年增長9.4%", "9.4%", 9.4, PC, "y24", as_of="2024"),
       M(m(11,"en"), 7, "“9.4 percent in real terms", "9.4 percent", 9.4, PC, "y24", as_of="2024")],
      cross((3,), (1,2,4,5,6,7,8,9), R))

group("world_milex_burden_2024", "military", "World military burden (military expenditure as a share of world GDP), 2024",
      "world", "military expenditure as share of GDP", "2024", "2.5% twice (consistent).",
      [M(m(10,"hant"), 4, "占GDP比重已達2.5%", "2.5%", 2.5, PC, "y24", as_of="2024"),
       M(m(11,"en"), 9, "increased to 2.5 percent in 2024", "2.5 percent", 2.5, PC, "y24", as_of="2024")])

group("us_milex", "military", "US military expenditure: $916 billion in 2023; $877 billion in 2022; $997 billion ('nearly $1 trillion') in 2024",
      "United States", "military expenditure (USD)", "2023",
      "$916 billion / 9160亿美元 four times (consistent). 2022 8,770億; 2024 $997 billion, with 'nearly $1 trillion' a bound that contains it (consistent).",
      [M(m(3,"en"), 6, "a budget of $916 billion", "$916 billion", 916e9, USD, "y23", as_of="2023"),
       M(m(4,"hant"), 5, "9160億美元", "9160億美元", 916e9, USD, "y23", as_of="2023"),
       M(m(7,"hans"), 18, "军费开支为 9160 亿美元", "9160 亿美元", 916e9, USD, "y23", as_of="2023"),
       M(m(8,"hant"), 7, "9160億美元", "9160億美元", 916e9, USD, "y23", as_of="2023"),
       M(m(9,"hant"), 12, "去年達到8,770億美元", "8,770億美元", 877e9, USD, "y22", as_of="2022"),
       M(m(11,"en"), 11, "hit $997 billion", "$997 billion", 997e9, USD, "y24", as_of="2024"),
       M(m(11,"en"), 5, "spending nearly $1 trillion", "$1 trillion", 1e12, USD, "y24", qualifier="under", as_of="2024")],
      {(6,7): K})

group("us_milex_growth", "military", "Growth of US military expenditure: +2.3% in 2023 vs londondaily's 9.4% (the R&D growth); +5.7% in 2024",
      "United States", "YoY growth of military expenditure", "2023",
      "SIPRI: US spending +2.3% in 2023 (zgkjsz). londondaily's 美国增加了9.4% for the same year is the growth of US research and development spending attached to the total (conflict). 2024 +5.7% twice.",
      [M(m(4,"hant"), 5, "同比增長2.3%", "2.3%", 2.3, PC, "y23", as_of="2023"),
       M(m(6,"hans"), 6, "美国增加了9.4%", "9.4%", 9.4, PC, "y23", as_of="2023"),
       M(m(11,"en"), 3, "rose by 5.7 percent", "5.7 percent", 5.7, PC, "y24", as_of="2024"),
       M(m(11,"en"), 11, "jumped 5.7 percent", "5.7 percent", 5.7, PC, "y24", as_of="2024")],
      {(1,2): C})

group("us_rdte_growth_2023", "military", "Growth of US military research, development, test and evaluation spending, 2023",
      "United States", "YoY growth of RDT&E spending", "2023", "+9.4% twice (consistent).",
      [M(m(4,"hant"), 5, "同比增加9.4%", "9.4%", 9.4, PC, "y23", as_of="2023"),
       M(m(6,"hans"), 6, "研究和开发支出增加了9.4%", "9.4%", 9.4, PC, "y23", as_of="2023")])

group("cn_milex", "military", "China's military expenditure (SIPRI estimate): about $296 billion in 2023, $292 billion in 2022",
      "China", "military expenditure (USD)", "2023",
      "約2960億美元 and 2960亿美元 (consistent); 2920億美元 is 2022.",
      [M(m(2,"hant"), 13, "來到約2960億美元", "2960億美元", 296e9, USD, "y23", qualifier="approx", as_of="2023"),
       M(m(6,"hans"), 6, "拨款2960亿美元", "2960亿美元", 296e9, USD, "y23", as_of="2023"),
       M(m(9,"hant"), 12, "軍事支出則是2920億美元", "2920億美元", 292e9, USD, "y22", as_of="2022")])

group("cn_milex_growth", "military", "Growth of China's military expenditure: +6% in 2023, +7% in 2024",
      "China", "YoY growth of military expenditure", "2023",
      "+6% three times (consistent); +7 percent is 2024.",
      [M(m(2,"hant"), 13, "增幅達6%", "6%", 6.0, PC, "y23", as_of="2023"),
       M(m(6,"hans"), 6, "中国增加了6%", "6%", 6.0, PC, "y23", as_of="2023"),
       M(m(6,"hans"), 6, "比2022年增加6%", "6%", 6.0, PC, "y23", as_of="2023"),
       M(m(11,"en"), 3, "China by 7 percent", "7 percent", 7.0, PC, "y24", as_of="2024")])

group("cn_milex_streak_2023", "military", "Consecutive years of rising Chinese military expenditure, through 2023",
      "China", "consecutive years of increase", "through 2023", "29 years twice (headline and body; consistent).",
      [M(m(2,"hant"), 11, "中國連29年", "29年", 29.0, YR, "y23", as_of="2023", note="subheading"),
       M(m(2,"hant"), 13, "中國連續第29年", "29年", 29.0, YR, "y23", as_of="2023")])

group("ru_milex_2023", "military", "Russia's military expenditure, 2023",
      "Russia", "military expenditure (USD)", "2023", "1090億美元 twice (consistent).",
      [M(m(2,"hant"), 19, "來到1090億美元", "1090億美元", 109e9, USD, "y23", as_of="2023"),
       M(m(4,"hant"), 6, "達(dá)1090億美元", "1090億美元", 109e9, USD, "y23", as_of="2023")])

group("ru_milex_growth_2023", "military", "Growth of Russia's military expenditure, 2023",
      "Russia", "YoY growth of military expenditure", "2023", "+24% four times (consistent).",
      [M(m(2,"hant"), 19, "軍事支出增加了24%", "24%", 24.0, PC, "y23", as_of="2023"),
       M(m(3,"en"), 4, "increasing its spending by 24%", "24%", 24.0, PC, "y23", as_of="2023"),
       M(m(4,"hant"), 6, "同比增長24%", "24%", 24.0, PC, "y23", as_of="2023"),
       M(m(7,"hans"), 14, "莫斯科增加了 24%", "24%", 24.0, PC, "y23", as_of="2023")])

group("ru_milex_growth_since_2014", "military", "Growth of Russia's military expenditure since 2014 (to 2023)",
      "Russia", "growth of military expenditure 2014-2023", "2014-2023", "+57% twice (consistent).",
      [M(m(2,"hant"), 19, "軍事支出已增加了57%", "57%", 57.0, PC, "s14", as_of="2014-2023"),
       M(m(4,"hant"), 6, "比2014年增加57%", "57%", 57.0, PC, "s14", as_of="2014-2023")])

group("ua_milex_growth_2023", "military", "Growth of Ukraine's military expenditure, 2023",
      "Ukraine", "YoY growth of military expenditure", "2023", "+51% three times (consistent).",
      [M(m(2,"hant"), 20, "軍事支出增加51%", "51%", 51.0, PC, "y23", as_of="2023"),
       M(m(3,"en"), 4, "a 51% surge", "51%", 51.0, PC, "y23", as_of="2023"),
       M(m(7,"hans"), 14, "基辅军费预算增加了 51%", "51%", 51.0, PC, "y23", as_of="2023")])

group("ua_military_aid_2023", "military", "Military aid received by Ukraine, 2023",
      "Ukraine", "military aid received (USD)", "2023", "350億美元 = 'approximately $35 billion' (consistent).",
      [M(m(2,"hant"), 20, "350億美元的軍援", "350億美元", 35e9, USD, "y23", as_of="2023"),
       M(m(3,"en"), 4, "approximately $35 billion", "$35 billion", 35e9, USD, "y23", qualifier="approx", as_of="2023")])

group("ua_spending_vs_russia_2023", "military", "Ukraine's spending plus aid as a share of Russia's military spending, 2023",
      "Ukraine", "spending and aid relative to Russia's spending", "2023",
      "91% twice (consistent); ftnn's 9/10以上 ('over nine tenths') is a bound that contains it (consistent).",
      [M(m(2,"hant"), 20, "俄國支出的9/10以上", "9/10", 90.0, PC, "y23", qualifier="at_least", as_of="2023"),
       M(m(3,"en"), 4, "amounted to 91%", "91%", 91.0, PC, "y23", as_of="2023"),
       M(m(7,"hans"), 16, "俄罗斯军队的91%", "91%", 91.0, PC, "y23", as_of="2023")],
      {(1,2): K, (1,3): K})

group("pl_milex_growth_2023", "military", "Growth of Poland's military expenditure, 2023",
      "Poland", "YoY growth of military expenditure", "2023", "+75% twice (consistent).",
      [M(m(2,"hant"), 21, "一口氣漲了75%", "75%", 75.0, PC, "y23", as_of="2023"),
       M(m(4,"hant"), 4, "同比增長75%", "75%", 75.0, PC, "y23", as_of="2023")])

group("nato_share_2023", "military", "NATO members' share of world military expenditure, 2023",
      "NATO", "share of world military expenditure", "2023", "55% and 近55% (a bound; consistent).",
      [M(m(3,"en"), 5, "accounted for 55%", "55%", 55.0, PC, "y23", as_of="2023"),
       M(m(8,"hant"), 9, "總額近55%", "55%", 55.0, PC, "y23", qualifier="under", as_of="2023")])

group("nato_gdp_target", "military", "NATO's guideline of military spending as a share of GDP",
      "NATO", "guideline share of GDP", "current", "2% twice (consistent).",
      [M(m(3,"en"), 5, "NATO target of 2%", "2%", 2.0, PC, "target", as_of="guideline"),
       M(m(8,"hant"), 9, "總值的2%", "2%", 2.0, PC, "target", as_of="guideline")])


# ================================================================ grad: China's college graduates (Ministry of Education)
group("cn_graduates_2023_2024", "graduates", "China's college graduates: 2024 (MOE forecast 1179万) vs 1158万 / 1187万 / 1130万 elsewhere; 2023 1158万",
      "China", "college graduates (persons)", "2024",
      "2024: 11.79 million / 1179万 nine times (consistent) and 预计突破1179 (a bound, consistent; it also contains 1187万). youhuohao's 2024 figure 1158万 (2023's number), 51dongshi's 1187万 and tengtv's 1130万 disagree with it and with each other (conflict). 2023: 1158万 seven times (consistent).",
      [M(g(1,"en"), 4, "11.79 mln university graduates", "11.79 mln", 11790000.0, PER, "y24", as_of="2024"),
       M(g(1,"en"), 8, "expected to reach 11.79 million", "11.79 million", 11790000.0, PER, "y24", as_of="2024"),
       M(g(1,"en"), 9, "expected to reach 11.79 million", "11.79 million", 11790000.0, PER, "y24", as_of="2024"),
       M(g(3,"hant"), 3, "畢業生預計將達到1179萬人", "1179萬", 11790000.0, PER, "y24", as_of="2024", note="headline"),
       M(g(3,"hant"), 5, "畢業生人數將達到1179萬人", "1179萬", 11790000.0, PER, "y24", as_of="2024"),
       M(g(3,"hant"), 5, "2024年更是預計將達到1179萬人", "1179萬", 11790000.0, PER, "y24", as_of="2024"),
       M(g(5,"hans"), 5, "毕业生人数为 1158万人", "1158万", 11580000.0, PER, "y24", as_of="2024"),
       M(g(6,"en"), 7, "11.79 million students", "11.79 million", 11790000.0, PER, "y24", as_of="2024"),
       M(g(10,"hans"), 16, "预计突破1179", "1179", 11790000.0, PER, "y24", qualifier="over", as_of="2024", note="table in 万人"),
       M(g(11,"hans"), 10, "将达到1187万人", "1187万", 11870000.0, PER, "y24", as_of="2024"),
       M(g(13,"hans"), 9, "1179万,再到", "1179万", 11790000.0, PER, "y24", as_of="2024"),
       M(g(13,"hans"), 13, "预计增至1179万人", "1179万", 11790000.0, PER, "y24", as_of="2024"),
       M(g(14,"hans"), 5, "较2024年的1130万人", "1130万", 11300000.0, PER, "y24", as_of="2024"),
       M(g(2,"hans"), 3, "总人数为1158万人", "1158万", 11580000.0, PER, "y23", as_of="2023"),
       M(g(2,"hans"), 6, "合计1158万人", "1158万", 11580000.0, PER, "y23", as_of="2023"),
       M(g(2,"hans"), 8, "进一步增加到1158万人", "1158万", 11580000.0, PER, "y23", as_of="2023"),
       M(g(2,"hans"), 11, "总人数达到1158万人", "1158万", 11580000.0, PER, "y23", as_of="2023"),
       M(g(7,"hans"), 4, "2023年:1158万人", "1158万", 11580000.0, PER, "y23", as_of="2023"),
       M(g(10,"hans"), 15, "| 1158 |", "1158", 11580000.0, PER, "y23", as_of="2023", note="table in 万人"),
       M(g(13,"hans"), 13, "毕业生人数为1158万人", "1158万", 11580000.0, PER, "y23", as_of="2023")],
      {**cross((1,2,3,4,5,6,8,11,12), (7,10,13), C), (9,7): C, (9,10): K, (9,13): C, (7,10): C, (7,13): C, (10,13): C})

group("cn_graduates_2025_2026", "graduates", "China's college graduates: 2025 (1222万) vs tengtv's 约1150万; 2026 (1270万)",
      "China", "college graduates (persons)", "2025",
      "2025: 12.22 million / 1222万 ten times (consistent); tengtv's 1150万人左右 is far outside rounding (conflict). 2026: 1270萬 three times (consistent).",
      [M(g(4,"en"), 4, "produce 12.22 million", "12.22 million", 12220000.0, PER, "y25", as_of="2025"),
       M(g(4,"en"), 5, "a record 12.22 million", "12.22 million", 12220000.0, PER, "y25", as_of="2025"),
       M(g(5,"hans"), 7, "毕业生达 1222万人", "1222万", 12220000.0, PER, "y25", as_of="2025"),
       M(g(7,"hans"), 13, "将达到1222万人", "1222万", 12220000.0, PER, "y25", as_of="2025"),
       M(g(8,"hant"), 4, "2025年的1222萬畢業生", "1222萬", 12220000.0, PER, "y25", as_of="2025"),
       M(g(8,"hant"), 8, "2025年的1222萬畢業生", "1222萬", 12220000.0, PER, "y25", as_of="2025"),
       M(g(9,"en"), 7, "reach 12.22 million", "12.22 million", 12220000.0, PER, "y25", as_of="2025"),
       M(g(13,"hans"), 9, "将达到1222万人", "1222万", 12220000.0, PER, "y25", as_of="2025"),
       M(g(13,"hans"), 9, "再到1222万", "1222万", 12220000.0, PER, "y25", as_of="2025"),
       M(g(13,"hans"), 13, "跃升至1222万人", "1222万", 12220000.0, PER, "y25", as_of="2025"),
       M(g(14,"hans"), 5, "将达到1150万人左右", "1150万", 11500000.0, PER, "y25", qualifier="approx", as_of="2025"),
       M(g(8,"hant"), 3, "將有1270萬", "1270萬", 12700000.0, PER, "y26", as_of="2026", note="headline"),
       M(g(8,"hant"), 5, "創紀錄的1,270萬", "1,270萬", 12700000.0, PER, "y26", as_of="2026"),
       M(g(8,"hant"), 7, "創紀錄的1270萬名", "1270萬", 12700000.0, PER, "y26", as_of="2026")],
      cross((11,), (1,2,3,4,5,6,7,8,9,10), C))

group("cn_graduates_2018_2022", "graduates", "China's college graduates, 2018-2022 (two tables, Xinhua's 2021 figure): 2018 821万 vs 820万",
      "China", "college graduates (persons)", "2018-2022",
      "2022 1076万 three times; 2021 909万 twice = 9.09 million twice; 2020 874万 twice; 2019 834万 twice (consistent). 2018: gaokao01's list says 821万 while its own text and jydfmetal's table say 820万 (conflict).",
      [M(g(7,"hans"), 5, "2022年:1076万人", "1076万", 10760000.0, PER, "y22", as_of="2022"),
       M(g(10,"hans"), 14, "| 1076 |", "1076", 10760000.0, PER, "y22", as_of="2022", note="table in 万人"),
       M(g(13,"hans"), 9, "从1076万", "1076万", 10760000.0, PER, "y22", as_of="2022"),
       M(g(7,"hans"), 6, "2021年:909万人", "909万", 9090000.0, PER, "y21", as_of="2021"),
       M(g(10,"hans"), 13, "| 909 |", "909", 9090000.0, PER, "y21", as_of="2021", note="table in 万人"),
       M(g(12,"en"), 3, "hit 9.09 million", "9.09 million", 9090000.0, PER, "y21", as_of="2021"),
       M(g(12,"en"), 5, "hit 9.09 million", "9.09 million", 9090000.0, PER, "y21", as_of="2021"),
       M(g(7,"hans"), 7, "2020年:874万人", "874万", 8740000.0, PER, "y20", as_of="2020"),
       M(g(10,"hans"), 12, "| 874 |", "874", 8740000.0, PER, "y20", as_of="2020", note="table in 万人"),
       M(g(7,"hans"), 8, "2019年:834万人", "834万", 8340000.0, PER, "y19", as_of="2019"),
       M(g(10,"hans"), 11, "| 834 |", "834", 8340000.0, PER, "y19", as_of="2019", note="table in 万人"),
       M(g(7,"hans"), 9, "2018年:821万人", "821万", 8210000.0, PER, "y18", as_of="2018"),
       M(g(7,"hans"), 11, "2018年达到820万峰值", "820万", 8200000.0, PER, "y18", as_of="2018"),
       M(g(10,"hans"), 10, "| 820 |", "820", 8200000.0, PER, "y18", as_of="2018", note="table in 万人")],
      cross((12,), (13,14), C))

group("cn_graduates_increase", "graduates", "Year-on-year increase in China's college graduates: +21万 (2024), +43万 (2025), +48萬 (2026), +82万 (2023), +35万 (2021)",
      "China", "YoY increase of college graduates (persons)", "2024",
      "2024 +210,000 three times; 2025 +430,000 / 43万 four times (consistent); other years are other bases.",
      [M(g(1,"en"), 8, "an increase of 210,000", "210,000", 210000.0, PER, "y24", as_of="2024"),
       M(g(1,"en"), 9, "an increase of 210,000", "210,000", 210000.0, PER, "y24", as_of="2024"),
       M(g(6,"en"), 7, "an increase of 210,000", "210,000", 210000.0, PER, "y24", as_of="2024"),
       M(g(4,"en"), 6, "an increase of 430,000", "430,000", 430000.0, PER, "y25", as_of="2025"),
       M(g(5,"hans"), 7, "比2024年增加43万人", "43万", 430000.0, PER, "y25", as_of="2025"),
       M(g(9,"en"), 3, "an increase of 430,000", "430,000", 430000.0, PER, "y25", as_of="2025", note="headline"),
       M(g(9,"en"), 7, "rise of 430,000", "430,000", 430000.0, PER, "y25", as_of="2025"),
       M(g(8,"hant"), 8, "多出48萬年輕人", "48萬", 480000.0, PER, "y26", as_of="2026"),
       M(g(2,"hans"), 3, "比2022年增加了82万人", "82万", 820000.0, PER, "y23", as_of="2023"),
       M(g(12,"en"), 7, "increased by 350,000", "350,000", 350000.0, PER, "y21", as_of="2021")])

group("cn_graduates_growth_2026", "graduates", "Growth of China's college graduates, 2026 (SCMP via Yahoo)",
      "China", "YoY growth of college graduates", "2026", "約4% three times (consistent).",
      [M(g(8,"hant"), 4, "多出約4%", "4%", 4.0, PC, "y26", qualifier="approx", as_of="2026"),
       M(g(8,"hant"), 6, "將增加4%", "4%", 4.0, PC, "y26", as_of="2026", note="subheading"),
       M(g(8,"hant"), 8, "多出約4%", "4%", 4.0, PC, "y26", qualifier="approx", as_of="2026")])

group("cn_youth_unemployment", "graduates", "China's urban youth (16-24) unemployment rate: 18.9% in August 2025 (headline 近20%), 17.3% in September-October 2025, 20.4% in April 2023",
      "China", "unemployment rate of people aged 16-24", "August 2025",
      "18.9% twice (subheading and body) and the headline's 近20% (a bound; consistent). 17.3% (September-October 2025) and 20.4% (April 2023) are other months.",
      [M(g(8,"hant"), 3, "青年失業率近20%", "20%", 20.0, PC, "aug25", qualifier="under", as_of="August 2025"),
       M(g(8,"hant"), 12, "高達18.9%", "18.9%", 18.9, PC, "aug25", as_of="August 2025"),
       M(g(8,"hant"), 13, "最高水準18.9%", "18.9%", 18.9, PC, "aug25", as_of="August 2025"),
       M(g(8,"hant"), 13, "降至17.3%", "17.3%", 17.3, PC, "sepoct25", as_of="September-October 2025"),
       M(g(2,"hans"), 9, "失业率达到20.4%", "20.4%", 20.4, PC, "apr23", as_of="April 2023")],
      {(1,2): K, (1,3): K})


# ================================================================ singles: claims outside the groups
single(p(1,"hans"), 7, "超过了14.28亿人", "14.28亿", 1.428e9, PER, qualifier="over", note="India mid-2023 (UN)")
single(p(4,"en"), 6, "shrinking by 109 million by 2050", "109 million", -109e6, PER, note="UN projection")
single(p(5,"hant"), 5, "出生人口連續第7年下降", "7年", 7.0, YR)
single(p(6,"hans"), 3, "移民出国约10万人", "10万", 1e5, PER, qualifier="approx")
single(p(8,"en"), 7, "a 0.7 p.p. drop", "0.7 p.p.", -0.7, PP, note="working-age share vs 2022")
single(p(8,"en"), 7, "increased by 3.3%", "3.3%", 3.3, PC, note="aged 65+")
single(p(8,"en"), 9, "rose by 1.2%", "1.2%", 1.2, PC, note="urban population 2023")
single(p(8,"en"), 9, "to 477 million", "477 million", 477e6, PER, note="rural population end-2023")
single(p(7,"en"), 8, "making up 15.4 percent", "15.4 percent", 15.4, PC, note="aged 65+ share")
single(p(9,"hant"), 9, "創紀錄的1.26%", "1.26%", 1.26, PC, note="Japan (as written)")
single(m(2,"hant"), 15, "日本去年的支出為502億美元", "502億美元", 50.2e9, USD)
single(m(2,"hant"), 15, "台灣166億美元", "166億美元", 16.6e9, USD)
single(m(2,"hant"), 15, "兩國均成長了11%", "11%", 11.0, PC)
single(m(2,"hant"), 16, "達到836億美元", "836億美元", 83.6e9, USD, note="India 2023")
single(m(2,"hant"), 16, "增加了4.3%", "4.3%", 4.3, PC, note="India 2023")
single(m(2,"hant"), 20, "來到648億美元", "648億美元", 64.8e9, USD, note="Ukraine 2023")
single(m(2,"hant"), 21, "來到316億美元", "316億美元", 31.6e9, USD, note="Poland 2023")
single(m(4,"hant"), 4, "1.974萬億美元", "1.974萬億美元", 1.974e12, USD, note="top-15 total 2023")
single(m(4,"hant"), 4, "總額的81%", "81%", 81.0, PC)
single(m(4,"hant"), 4, "美國占全球軍費(fèi)開支的37%", "37%", 37.0, PC)
single(m(4,"hant"), 5, "比2014年增長9.9%", "9.9%", 9.9, PC, note="US 2014-2023")
single(m(7,"hans"), 24, "军费增长了 9%", "9%", 9.0, PC, note="Middle East 2023")
single(m(7,"hans"), 26, "增加了24%", "24%", 24.0, PC, note="Israel 2023 (the same number as Russia's growth)")
single(m(7,"hans"), 26, "达到275亿美元", "275亿美元", 27.5e9, USD, note="Israel 2023")
single(m(8,"hant"), 9, "1.3萬億美元", "1.3萬億美元", 1.3e12, USD, note="NATO 2023")
single(m(9,"hant"), 12, "歐洲軍費開支增加13%", "13%", 13.0, PC, note="Europe 2022")
single(m(9,"hant"), 12, "上升到3450億美元", "3450億美元", 345e9, USD, note="central and western Europe 2022")
single(m(10,"hant"), 4, "總額的60%", "60%", 60.0, PC, note="top five 2024")
single(m(10,"hant"), 5, "100多個國家", "100", 100.0, CNT, qualifier="over")
single(m(11,"en"), 13, "66 percent", "66 percent", 66.0, PC, note="US share of NATO 2024")
single(m(11,"en"), 13, "spent $454 billion", "$454 billion", 454e9, USD, note="European NATO 2024")
single(g(2,"hans"), 6, "101.5万人", "101.5万", 1.015e6, PER, note="postgraduate graduates 2023")
single(g(2,"hans"), 6, "1047万人", "1047万", 10.47e6, PER, note="undergraduate and college graduates 2023")
single(g(5,"hans"), 5, "约 874万", "874万", 8.74e6, PER, qualifier="approx", note="needing market jobs 2024 (the same number as 2020 graduates)")
single(g(5,"hans"), 9, "接近5%", "5%", 5.0, PC, qualifier="under")
single(g(5,"hans"), 12, "就业率为85.1%", "85.1%", 85.1, PC)
single(g(6,"en"), 11, "26 initiatives", "26", 26.0, CNT)
single(g(7,"hans"), 15, "约1000万人", "1000万", 1e7, PER, qualifier="approx", note="2017-2023 average")
single(g(7,"hans"), 16, "约15万", "15万", 1.5e5, PER, qualifier="approx")
single(g(10,"hans"), 7, "| 749 |", "749", 7.49e6, PER, note="2015, table in 万人")
single(g(11,"hans"), 10, "博士生招生数为12.58万人", "12.58万", 1.258e5, PER)
single(g(11,"hans"), 10, "117.65万研究生毕业", "117.65万", 1.1765e6, PER)

single(p(8,"en"), 11, "first in the past 60 years", "60 years", 60.0, YR)
single(p(9,"hant"), 9, "一直低於1.5%", "1.5%", 1.5, PC, qualifier="under", note="Japan (as written)")
single(m(2,"hant"), 4, "達10多年來最大漲幅", "10多年", 10.0, YR, qualifier="over")
single(m(2,"hant"), 7, "全部5個地理區域", "5個", 5.0, CNT)
single(m(8,"hant"), 9, "其中11個", "11個", 11.0, CNT, note="NATO members at 2% of GDP")
single(m(11,"en"), 5, "the 10th straight year", "10th", 10.0, YR)
single(m(11,"en"), 13, "making up 30 percent", "30 percent", 30.0, PC)
single(g(8,"hant"), 13, "20個月以來", "20個月", 20.0, "months")
single(g(11,"hans"), 10, "增长率达到6.32%", "6.32%", 6.32, PC, note="doctoral enrolment growth")
single(g(11,"hans"), 10, "同比增长6.32%", "6.32%", 6.32, PC, note="master's enrolment growth (the same number)")

# not_a_claim: dates, page furniture, period labels, names, footnote markers
single(p(1,"hans"), 3, "周三(17日)", not_a_claim=True, kind="date")
single(p(3,"en"), 3, " date 2024-01-18", not_a_claim=True, kind="date")
single(p(5,"hant"), 3, "2024-01-18 00:00", not_a_claim=True, kind="date")
single(p(5,"hant"), 8, "全文共824字", not_a_claim=True, kind="page_furniture")
single(p(6,"hans"), 3, "2024年1月17日", not_a_claim=True, kind="date")
single(p(7,"en"), 3, " date 2024-01-17", not_a_claim=True, kind="date")
single(p(8,"en"), 3, "January 17. /TASS/", not_a_claim=True, kind="date")
single(p(9,"hant"), 11, "「中國發展報告2023」", not_a_claim=True, kind="title")
single(p(10,"hans"), 5, "2024-01-18 09:12", not_a_claim=True, kind="date")
single(p(11,"en"), 3, "JANUARY 13, 2023", not_a_claim=True, kind="date")
single(p(12,"en"), 4, "Feb 29, 2024 10:29 AM", not_a_claim=True, kind="date")
single(m(2,"hant"), 3, "發布時間:2024/4/22 10:50", not_a_claim=True, kind="date")
single(m(3,"en"), 6, "constant 2022 prices", not_a_claim=True, kind="period_label", note="price base year")
single(m(4,"hant"), 3, "4月22日", not_a_claim=True, kind="date")
single(m(7,"hans"), 5, "22/04/2024 - 14:27", not_a_claim=True, kind="date")
single(m(7,"hans"), 8, "France24", not_a_claim=True, kind="name")
single(m(8,"hant"), 13, "成立于1966年", not_a_claim=True, kind="date")
single(m(9,"hant"), 7, "2023/04/25 11:52", not_a_claim=True, kind="date")
single(m(11,"en"), 5, "April 28 statement", not_a_claim=True, kind="date")
single(g(1,"en"), 7, "19:30 UTC+8, 2023-12-05", not_a_claim=True, kind="date")
single(g(3,"hant"), 9, "2023年11月5日", not_a_claim=True, kind="date")
single(g(4,"en"), 3, " date 2024-11-14", not_a_claim=True, kind="date")
single(g(5,"hans"), 9, "2014-2024年期间", not_a_claim=True, kind="period_label")
single(g(6,"en"), 13, "December 5, 2023", not_a_claim=True, kind="date")
single(g(2,"hans"), 9, "16-24岁", not_a_claim=True, kind="age_range")
single(g(7,"hans"), 16, "985高校", not_a_claim=True, kind="name", note="the '985' university programme")
single(g(8,"hant"), 10, "11月20日", not_a_claim=True, kind="date")
single(g(9,"en"), 5, "13:40, November 14, 2024", not_a_claim=True, kind="date")
single(g(11,"hans"), 5, "发布时间:2024-09-28 05:04", not_a_claim=True, kind="date")
single(g(11,"hans"), 7, "共1个回答", not_a_claim=True, kind="page_furniture")
single(g(12,"en"), 5, "28th Dec, 2021", not_a_claim=True, kind="date")
single(g(13,"hans"), 3, "1. 首页", not_a_claim=True, kind="page_furniture")
single(g(13,"hans"), 13, "〔8〕", not_a_claim=True, kind="footnote_marker")
single(g(14,"hans"), 3, "【2025有多少毕业生】", not_a_claim=True, kind="title")

emit(HERE / "gold.d" / "fresh9.toml", "corpus-fresh9")
