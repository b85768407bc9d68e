"""Hand annotation of corpus-fresh38, written as data; emits gold.d/fresh38.toml (then run
corpus/check_gold.py --dir corpus-fresh38 --build).

Three domains: leprosy's new cases as WHO reports them (208 619 in 2018, 211 009 / 210 671 / 210 942 for 2017, 214 783 in
2016, 211 973 / 210,758 / 2,12,000 for 2015, 213 899 in 2014, 232 857 in 2012, 202,185 / 202,226 for 2019, 1,82,815 in 2023,
'more than 200 000' a year; India's 60 / 60.4% share, the 14 countries' 94 / 95%, the 136 / 138 reporting countries;
`lep-*`), landmine casualties (the Landmine Monitor's yearly counts as retold: 2015's 6,461 and the later 6,967, 2016's 8,605
and the later 9,437, 2023's 5,757 / 1,983 / 3,663 with Myanmar's 1,003, 2022's 4,710 / 4,709, 2024's 1,945 deaths; the older
campaign figures: 110 million mines in the ground, a victim every 20 minutes, 26,000 a year, the costs of a mine; `mne-*`)
and homelessness in the United States (HUD's point-in-time counts: 553,742 in 2017 (0.7%), 653,104 in 2023 (12% / 12.1%,
70,642), 771,480 in 2024 (18% / 18.1%) and their retellings; `hml-*`).

Every mention carries a basis tag (estimate / report vintage / year / measure, as read from the text). Pair verdicts:
explicit entries win; otherwise a different basis is different_basis, the same basis and the same value consistent;
every same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a
figure that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the
other figure is consistent). Ranges carry values [lo, hi] and their verdicts are given with `X`. Values as written:
万/萬 = 1e4, 亿/億 = 1e8, 成 = 10 percent, lakh = 1e5. Units: count, persons, percent, USD, minutes, years.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, P, USD, DC, CD, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

LEP, MNE, HML = "leprosy", "landmines", "us-homelessness"
MIN, YRS = "minutes", "years"


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ leprosy
ms = [
    F("lep", 2, "to 210,758", 210758, CNT, "a", note="ILEP on WHO's update of September 2016 (data of 2015)"),
    F("lep", 3, "reported globally in 2015 was 211 973", 211973, CNT, "a", vt="211 973"),
    F("lep", 9, "of the 2,12,000 people", 212000, CNT, "a", vt="2,12,000"),
    F("lep", 10, "there was more than 210,000 new", 210000, CNT, "a", q="over"),
    F("lep", 14, "global total of some 210,000", 210000, CNT, "a", q="approx"),
]
G("lep_new_2015", LEP, "New leprosy cases reported in 2015: WHO's 211 973, ILEP's 210,758, domain-b's 2,12,000; 'more than' / 'some' 210,000",
  "world", "new leprosy cases", "2015", "210,758 against 211 973 and 2,12,000 (conflict); 2,12,000 rounds 211 973 (rounding); the hedges hold all.", ms)
pairgrp("lep_new_2014", LEP, "New leprosy cases reported in 2014: 213,899 (three)", "world", "new leprosy cases", "2014",
        [F("lep", 2, "down from 213,899", 213899, CNT, "a"), F("lep", 3, "In 2014, 213 899 new cases", 213899, CNT, "a", vt="213 899"),
         F("lep", 5, "213,899 new cases were reported", 213899, CNT, "a")])
ms = [
    F("lep", 7, "During the year 210 671 new cases", 210671, CNT, "a", vt="210 671"),
    F("lep", 7, "to 210 942 in 2017", 210942, CNT, "a", vt="210 942", note="the trend figure of the same page"),
    F("lep", 8, "out of 2.10 lakh", 210000, CNT, "a", vt="2.10 lakh", mult=1e5),
    F("lep", 1, "compared with 211 009 cases", 211009, CNT, "rev", vt="211 009", note="the 2017 figure as given a year later"),
]
G("lep_new_2017", LEP, "New leprosy cases reported in 2017: SEARO's 210 671 and 210 942 (one page), nagalandpage's 2.10 lakh; the 211 009 of WHO's "
  "2019 release", "world", "new leprosy cases", "2017",
  "210 671 against 210 942 and 2.10 lakh against both (conflict); the later figure different_basis (conflict defensible).", ms,
  X(ms, DC, ["rev"], ["a"]))
pairgrp("lep_new_2016", LEP, "New leprosy cases reported in 2016: 214 783 (two)", "world", "new leprosy cases", "2016",
        [F("lep", 7, "from 214 783 in 2016", 214783, CNT, "a", vt="214 783"), F("lep", 13, "214,783 new cases of leprosy", 214783, CNT, "a")])
ms = [
    F("lep", 4, "estimated at 202,226 in 2019", 202226, CNT, "a", note="searchandrestore"),
    F("lep", 15, "202,185 less than a year earlier", 202185, CNT, "a", note="plenglish: the 2019 count"),
]
G("lep_new_2019", LEP, "New leprosy cases in 2019: WHO's 202,185 (plenglish) against searchandrestore's 202,226", "world", "new leprosy cases", "2019",
  "202,226 against 202,185 (conflict).", ms)
pairgrp("lep_new_2012", LEP, "New leprosy cases in 2012: 232,857 (two)", "world", "new leprosy cases", "2012",
        [F("lep", 12, "a total worldwide of 232,857", 232857, CNT, "a"), F("lep", 22, "人数为232857例", 232857, CNT, "a")])
pairgrp("lep_new_2023", LEP, "New leprosy cases in 2023: 1,82,815 / 182,815", "world", "new leprosy cases", "2023",
        [F("lep", 11, "As many as 1,82,815 new leprosy cases", 182815, CNT, "a", vt="1,82,815"), F("lep", 19, "较2023年的182,815例", 182815, CNT, "a")])
pairgrp("lep_new_yearly", LEP, "New leprosy cases a year: more than 200 000 / 200,000 / over 2 lakh", "world", "new leprosy cases a year", "current",
        [F("lep", 6, "with more than 200 000 new cases", 200000, CNT, "a", q="over", vt="200 000"),
         F("lep", 13, "more than 200,000 new leprosy cases a year", 200000, CNT, "a", q="over"),
         F("lep", 8, "over 2 lakh new leprosy cases", 200000, CNT, "a", q="over", vt="2 lakh", mult=1e5)])
ms = [
    F("lep", 2, "to 60.4% of that total", 60.4, PC, "a"),
    F("lep", 9, "accounting for 60 per cent", 60.0, PC, "a"),
    F("lep", 10, "some 60 percent of the global", 60.0, PC, "a", q="approx"),
    F("lep", 14, "accounts for 60% of annual new cases", 60.0, PC, "a"),
    F("lep", 2, "increasing from 58.8%", 58.8, PC, "y14"),
    F("lep", 8, "India accounts for 60% of new cases", 60.0, PC, "y17"),
]
G("lep_india_share", LEP, "India's share of the world's new leprosy cases in 2015: ILEP's 60.4% against 60% (two) and 'some 60 percent'; 58.8% in "
  "2014 and 60% in 2017", "India", "share of new leprosy cases", "2015",
  "60% rounds 60.4% (rounding); 'some 60 percent' holds it; the other years different_basis.", ms)
pairgrp("lep_india_2015", LEP, "India's new leprosy cases in 2015: 127,326 and 'around 127,000'", "India", "new leprosy cases", "2015",
        [F("lep", 10, "(127,326)", 127326, CNT, "a", vt="127,326"), F("lep", 14, "around 127,000 out of", 127000, CNT, "a", q="approx")],
        "The hedge holds 127,326 (consistent).")
ms = [
    F("lep", 8, "– 1.26 lakh", 126000, CNT, "y17", vt="1.26 lakh", mult=1e5),
    F("lep", 18, "印度以超过13万的病例", 13e4, CNT, "y16", q="over", note="'WHO data of 2017' (published in 2017: the 2016 count)"),
]
G("lep_india_2017", LEP, "India's new leprosy cases: 1.26 lakh in 2017 (nagalandpage) against ccccn's 'over 13万' of 'WHO's 2017 data'", "India",
  "new leprosy cases", "2016-2017", "Probably different years (different_basis; conflict defensible).", ms, X(ms, DC, ["y16"], ["y17"]))
pairgrp("lep_india_yearly", LEP, "India's new leprosy cases a year: 'greater than 125,000' and 每年超过12万例", "India", "new leprosy cases a year", "2010-2015",
        [F("lep", 10, "greater than 125,000 new cases annually", 125000, CNT, "a", q="over"), F("lep", 20, "每年超过12万例", 12e4, CNT, "a", q="over")])
ms = [
    F("lep", 2, "The recent report noted that 95% new cases", 95.0, PC, "a"),
    F("lep", 3, "199 992 (94%)", 94.0, PC, "a"),
    F("lep", 18, "光是在那些国家就有95%的新病例", 95.0, PC, "y16"),
]
G("lep_share_14", LEP, "Share of new leprosy cases in the 14 countries with over 1000 each, 2015: ILEP's 95% against WHO's 94%; ccccn's 95% of "
  "'2017 data'", "14 countries", "share of new leprosy cases", "2015", "95% against 94% (conflict); the later year different_basis.", ms)
ms = [
    F("lep", 2, "This year 136 countries responded", 136, CNT, "a"),
    F("lep", 2, "136 countries this year", 136, CNT, "a"),
    F("lep", 21, "2015年有136個國家", 136, CNT, "a", note="given as the countries with new cases"),
    F("lep", 3, "received from 138 countries", 138, CNT, "a"),
]
G("lep_countries_2015", LEP, "Countries reporting leprosy data for 2015: 136 (ILEP twice, travelmedicine) against WHO's 138", "world",
  "countries reporting", "2015", "136 against 138 (conflict).", ms)
pairgrp("lep_countries_2014", LEP, "Countries reporting leprosy data for 2014: 121 (three)", "world", "countries reporting", "2014",
        [F("lep", 2, "compared to 121 countries last year", 121, CNT, "a"), F("lep", 2, "data from 121 countries", 121, CNT, "a"),
         F("lep", 5, "by 121 countries", 121, CNT, "a")])
ms = [
    F("lep", 5, "together accounted for 81%", 81.0, PC, "y14"),
    F("lep", 2, "both show that 81%", 81.0, PC, "y14"),
    F("lep", 1, "accounted for 79.6%", 79.6, PC, "y18"),
    F("lep", 16, "vs. 79% in 2019", 79.0, PC, "y19"),
    F("lep", 16, "contributing to 74%", 74.0, PC, "y20"),
]
G("lep_bii_share", LEP, "Share of new cases in Brazil, India and Indonesia: 81% (2014-2015, two), 79.6% (2018), 79% (2019), 74% (2020)", "Brazil, India, Indonesia",
  "share of new leprosy cases", "2014-2020", "Different years (different_basis).", ms)
pairgrp("lep_sea_share", LEP, "South-East Asia's share of new cases: 71% (2018) and AsiaNews' 71 per cent (2012 data)", "South-East Asia",
        "share of new leprosy cases", "2012-2018",
        [F("lep", 1, "reported 71% of all global cases", 71.0, PC, "y18"), F("lep", 12, "account for 71 per cent", 71.0, PC, "y12")],
        "Different years (different_basis).")

S("lep", 1, "a total of 208 619 new cases", vt="208 619", value=208619, unit=CNT)
S("lep", 1, "from 127 countries", value=127, unit=CNT)
S("lep", 1, "a slight global decrease of 1.2%", value=1.2, unit=PC)
S("lep", 1, "decreased by 8501 cases", value=8501, unit=CNT)
S("lep", 1, "India (120 334 cases)", vt="120 334", value=120334, unit=CNT)
S("lep", 1, "Indonesia (17 017 cases)", vt="17 017", value=17017, unit=CNT)
S("lep", 1, "contributed 92% of the cases", value=92.0, unit=PC)
S("lep", 1, "(28 660 cases)", vt="28 660", value=28660, unit=CNT)
S("lep", 2, "from 175,554", value=175554, unit=CNT)
S("lep", 2, "to 174,608 this year", value=174608, unit=CNT)
S("lep", 2, "decrease of 4,669 new cases", value=4669, unit=CNT)
S("lep", 2, "representing 12.5% of the total", value=12.5, unit=PC)
S("lep", 3, "176 176 cases", vt="176 176", value=176176, unit=CNT)
S("lep", 3, "and in 2013, 215 656 new cases", vt="215 656", value=215656, unit=CNT)
S("lep", 4, "nearly 650,000 cases recorded", value=650000, unit=CNT, q="under")
S("lep", 4, "went over 738,000", value=738000, unit=CNT, q="over")
S("lep", 5, "In 2005, there were 299,036 new cases", vt="299,036", value=299036, unit=CNT)
S("lep", 5, "an average decrease of 2.8% a year", value=2.8, unit=PC)
S("lep", 5, "was 60.6%", value=60.6, unit=PC)
S("lep", 5, "Globally, 37.7% of new cases", value=37.7, unit=PC)
S("lep", 5, "18,869 new cases were children", value=18869, unit=CNT)
S("lep", 5, "or 8.8% of total cases", value=8.8, unit=PC)
S("lep", 7, "192 173 leprosy cases on treatment", vt="192 173", value=192173, unit=CNT)
S("lep", 7, "Of them 12 189 (6%)", vt="12 189", value=12189, unit=CNT)
S("lep", 7, "including 238 children", value=238, unit=CNT)
S("lep", 7, "39% of the new patients were female", value=39.0, unit=PC)
S("lep", 8, "Bihar had 14,338 cases", value=14338, unit=CNT)
S("lep", 8, "with 12,583 cases", value=12583, unit=CNT)
S("lep", 9, "increased by 50 per cent", vt="50 per cent", value=50.0, unit=PC)
S("lep", 9, "that 5,851 leprosy cases", value=5851, unit=CNT)
S("lep", 9, "compared to 3,865 in", vt="3,865", value=3865, unit=CNT)
S("lep", 10, "just over 26,000 cases", value=26000, unit=CNT, q="over")
S("lep", 10, "320 million people were screened", value=320e6, unit=P)
S("lep", 11, "with 95 per cent of these cases", vt="95 per cent", value=95.0, unit=PC)
S("lep", 11, "5.6 per cent of new cases were among children", vt="5.6 per cent", value=5.6, unit=PC)
S("lep", 12, "India accounted for 134,752 new cases", value=134752, unit=CNT)
S("lep", 12, "more than 12 million people with leprosy", value=12e6, unit=P, q="over")
S("lep", 13, "including 12,437 where", value=12437, unit=CNT)
S("lep", 15, "As many as 127,396 people", value=127396, unit=P)
S("lep", 16, "In total, 127 (80%)", vt="127", value=127, unit=CNT)
S("lep", 17, "out of 2.28 lakh global cases", vt="2.28 lakh", value=228000, unit=CNT)
S("lep", 17, "India accounted for 1.26 lakh", vt="1.26 lakh", value=126000, unit=CNT)
S("lep", 17, "over 12,000 new cases were detected among children", value=12000, unit=CNT, q="over")
S("lep", 18, "有2万多个病例的巴西", vt="2万", value=2e4, unit=CNT, q="over")
S("lep", 18, "有将近2万个病例的印尼", vt="2万", value=2e4, unit=CNT, q="under")
S("lep", 18, "在2016年只有32个新病例", vt="32", value=32, unit=CNT)
S("lep", 19, "2024年全球新发麻风病患者为172,717例", vt="172,717", value=172717, unit=CNT)
S("lep", 19, "下降5.5%", value=5.5, unit=PC)
S("lep", 19, "72%(124,295例)", vt="72%", value=72.0, unit=PC)
S("lep", 20, "有209个地区", value=209, unit=CNT)
S("lep", 20, "有10%是儿童", value=10.0, unit=PC)
S("lep", 22, "登记麻风病例数为:189018例", vt="189018", value=189018, unit=CNT)
S("lep", 23, "患者人數超過50萬", vt="50萬", value=50e4, unit=P, q="over")
S("lep", 23, "現症患者6,634名", vt="6,634", value=6634, unit=P)
S("lep", 23, "較1966年下降了97.9%", vt="97.9%", value=97.9, unit=PC)
S("lep", 23, "發病數僅為333例", vt="333", value=333, unit=CNT)
NC("lep", 1, "9 September 2019", "date")
NC("lep", 2, "September 7, 2016", "date")
NC("lep", 2, "Global Leprosy Strategy 2016 – 2020", "date")
NC("lep", 2, "over the last 10 years", "duration")
NC("lep", 3, "0.2 cases per 10 000 people[1]", "rate_with_footnote")
NC("lep", 5, "for 4 September 2015", "date")
NC("lep", 5, "compare to 10 years ago", "duration")
NC("lep", 6, "resolution 44.9", "document_number")
NC("lep", 8, "NEW DELHI, JANUARY 29", "date")
NC("lep", 8, "observed globally on January 27", "date")
NC("lep", 9, "less than one case per 10,000 population", "threshold")
NC("lep", 10, "ten years ago (a prevalence of < 1 case per 10 000 population)", "threshold")
NC("lep", 11, "2025/Jan/25", "date")
NC("lep", 13, "2018-01-26 02:48:35", "date")
NC("lep", 13, "World Leprosy Day on Jan. 28", "date")
NC("lep", 16, "2021; 96: 421-444", "citation")
NC("lep", 18, "今年元月28日是第65届", "date")
NC("lep", 18, "9名15岁以下的儿童", "age")
NC("lep", 19, "从每年15次增至17次", "count_of_screenings")
NC("lep", 20, "08 August 2011, 16:41", "date")
NC("lep", 20, "每1万人1例以下", "threshold")
NC("lep", 21, "2021-2030全球根除漢生病", "date")
NC("lep", 22, "第一页,共五十四页。第一页", "page_number")
NC("lep", 23, "2019-10-21", "date")
NC("lep", 23, "1966年 全國麻風病患病率為最高水平", "date")

# ============================================================ landmines
ms = [
    F("mne", 1, "8,605 casualties had been recorded for 2016", 8605, P, "a"),
    F("mne", 2, "a total of at least 8,605 people", 8605, P, "a", q="at_least"),
    F("mne", 2, "Of the total of 8,605 mine/ERW casualties", 8605, P, "a"),
    F("mne", 15, "there were 8,605 casualties", 8605, P, "a"),
    F("mne", 15, "地雷在2016年造成8605人伤亡", 8605, P, "a", vt="8605"),
    F("mne", 1, "updated total of 9,437 casualties", 9437, P, "rev"),
]
G("mne_total_2016", MNE, "Mine/ERW casualties in 2016: 8,605 (Landmine Monitor 2017; five) and the updated 9,437 of Landmine Monitor 2018", "world",
  "landmine casualties", "2016", "The same count (consistent); the update different_basis (conflict defensible).", ms, X(ms, DC, ["rev"], ["a"]))
ms = [
    F("mne", 1, "(2,089 killed", 2089, P, "a"),
    F("mne", 2, "at least 2,089 people were killed", 2089, P, "a", q="at_least"),
    F("mne", 15, "including 2,089 deaths", 2089, P, "a"),
    F("mne", 15, "其中2089人丧生", 2089, P, "a"),
    F("mne", 1, "(2,472 killed", 2472, P, "rev"),
]
G("mne_deaths_2016", MNE, "Mine/ERW deaths in 2016: 2,089 (four) and the updated 2,472", "world", "landmine deaths", "2016",
  "The same count (consistent); the update different_basis (conflict defensible).", ms, X(ms, DC, ["rev"], ["a"]))
pairgrp("mne_total_2017", MNE, "Mine/ERW casualties in 2017: 7,239 (twice, one page)", "world", "landmine casualties", "2017",
        [F("mne", 1, "a total of at least 7,239 people", 7239, P, "a", q="at_least"), F("mne", 1, "Of the total of 7,239 mine/ERW", 7239, P, "a")])
ms = [
    F("mne", 4, "recorded some 6,461 mine", 6461, P, "a", q="approx"),
    F("mne", 22, "全世界約有6,500人因地雷而死亡或受傷", 6500, P, "a", q="approx", vt="6,500"),
    F("mne", 2, "when there were 6,967 casualties", 6967, P, "rev"),
]
G("mne_total_2015", MNE, "Mine/ERW casualties in 2015: 'some 6,461' (Landmine Monitor 2016), pcdvd's 約6,500; 6,967 as given in Landmine Monitor 2017",
  "world", "landmine casualties", "2015", "約6,500 holds 6,461 (consistent); the later count different_basis (conflict defensible).", ms,
  X(ms, DC, ["rev"], ["a"]))
pairgrp("mne_daily_2015", MNE, "Mine/ERW casualties a day in 2015: 18 (title and body)", "world", "landmine casualties a day", "2015",
        [F("mne", 4, "Average of 18 people killed", 18, P, "a"), F("mne", 4, "An average of 18 people were killed", 18, P, "a")])
pairgrp("mne_rise_2015", MNE, "Rise in casualties from 2014 to 2015: 75 per cent (twice)", "world", "rise in landmine casualties", "2014-2015",
        [F("mne", 4, "a 75 per cent increase on the previous year", 75.0, PC, "a"), F("mne", 4, "a 75 per cent increase on the 2014 figure", 75.0, PC, "a")])
pairgrp("mne_civilians_2016", MNE, "Civilians' share of casualties in 2016: 78% (three)", "world", "civilian share of casualties", "2016",
        [F("mne", 2, "78% of casualties were civilians", 78.0, PC, "a"), F("mne", 15, "78 percent were civilians", 78.0, PC, "a"),
         F("mne", 15, "78%是平民", 78.0, PC, "a")])
ms = [
    F("mne", 4, "as many as 78 per cent", 78.0, PC, "lm16", q="under"),
    F("mne", 2, "comparable to 79% in 2015", 79.0, PC, "lm17"),
]
G("mne_civilians_2015", MNE, "Civilians' share of casualties in 2015: 'as many as 78 per cent' (Landmine Monitor 2016) against 79% (Landmine Monitor 2017)",
  "world", "civilian share of casualties", "2015", "Two report vintages (different_basis; conflict defensible).", ms, X(ms, DC, ["lm16"], ["lm17"]))
pairgrp("mne_total_2023", MNE, "Mine/ERW casualties in 2023: 5,757 (four)", "world", "landmine casualties", "2023",
        [F("mne", 5, "at least 5,757 people", 5757, P, "a", q="at_least"), F("mne", 7, "claimed 5,757 victims", 5757, P, "a"),
         F("mne", 8, "rose last year to 5,757", 5757, P, "a"), F("mne", 16, "至少5757人受害", 5757, P, "a", q="at_least")])
pairgrp("mne_deaths_2023", MNE, "Mine/ERW deaths in 2023: 1,983 (five)", "world", "landmine deaths", "2023",
        [F("mne", 5, "killed 1,983 people", 1983, P, "a"), F("mne", 7, "with 1,983 fatalities", 1983, P, "a"),
         F("mne", 8, "including 1,983 deaths", 1983, P, "a"), F("mne", 16, "其中1983人死亡", 1983, P, "a"),
         F("mne", 17, "造成1983人死亡", 1983, P, "a")])
ms = [
    F("mne", 5, "and injured 3,663", 3663, P, "a"),
    F("mne", 17, "至少5757人受伤", 5757, P, "a", q="at_least", note="163.com gives the casualty total as the injured"),
]
G("mne_injured_2023", MNE, "People injured by mines/ERW in 2023: 3,663 (dmediag) against 163.com's 'at least 5757'", "world", "people injured by landmines",
  "2023", "At least 5757 against 3,663 (conflict).", ms)
ms = [
    F("mne", 7, "2022’s total of 4,710", 4710, P, "a"),
    F("mne", 8, "previous year’s (4,709)", 4709, P, "a", vt="4,709"),
]
G("mne_total_2022", MNE, "Mine/ERW casualties in 2022: theaseandaily's 4,710 against EFE's 4,709", "world", "landmine casualties", "2022",
  "4,710 against 4,709 (conflict).", ms)
ms = [
    F("mne", 5, "annual casualties (1,003)", 1003, P, "a", vt="1,003"),
    F("mne", 7, "the recorded 1,003 victims", 1003, P, "a"),
    F("mne", 8, "Myanmar had 1,003 victims", 1003, P, "a"),
    F("mne", 16, "该国1003人因反步兵地雷", 1003, P, "a"),
    F("mne", 17, "死亡人数达到1003人", 1003, P, "a", note="given as deaths"),
    F("mne", 6, "with 1,033 deaths recorded in 2023", 1033, P, "a", note="voice7news: given as deaths"),
]
G("mne_myanmar_2023", MNE, "Myanmar's mine/ERW casualties in 2023: 1,003 (five, 163.com calls them deaths) against voice7news' 1,033 deaths", "Myanmar",
  "landmine casualties", "2023", "1,033 against 1,003 (conflict).", ms)
pairgrp("mne_syria_2023", MNE, "Syria's mine/ERW casualties in 2023: 933 (five)", "Syria", "landmine casualties", "2023",
        [F("mne", 5, "There were 933 landmine casualties in Syria", 933, P, "a"), F("mne", 6, "Syria's 933 fatalities", 933, P, "a"),
         F("mne", 7, "Syria (933)", 933, P, "a", vt="933"), F("mne", 8, "followed by 933 in Syria", 933, P, "a"),
         F("mne", 17, "2023年叙利亚有933人", 933, P, "a", vt="933")])
pairgrp("mne_afghanistan_2023", MNE, "Afghanistan's mine/ERW casualties in 2023: 651 (four)", "Afghanistan", "landmine casualties", "2023",
        [F("mne", 5, "651 in Afghanistan", 651, P, "a"), F("mne", 7, "Afghanistan (651)", 651, P, "a", vt="651"),
         F("mne", 8, "Afghanistan (651)", 651, P, "a", vt="651"), F("mne", 17, "阿富汗有651人", 651, P, "a")])
pairgrp("mne_ukraine_2023", MNE, "Ukraine's mine/ERW casualties in 2023: 580 (four)", "Ukraine", "landmine casualties", "2023",
        [F("mne", 5, "580 in Ukraine", 580, P, "a"), F("mne", 7, "Ukraine (580)", 580, P, "a", vt="580"),
         F("mne", 8, "Ukraine (580)", 580, P, "a", vt="580"), F("mne", 17, "乌克兰有580人", 580, P, "a")])
pairgrp("mne_civilians_2023", MNE, "Civilians' share of casualties in 2023: 84% (five)", "world", "civilian share of casualties", "2023",
        [F("mne", 5, "with 84% of recorded casualties", 84.0, PC, "a"), F("mne", 7, "Civilians accounted for 84%", 84.0, PC, "a"),
         F("mne", 8, "of which 84 percent were civilians", 84.0, PC, "a"), F("mne", 16, "死者的84%", 84.0, PC, "a"),
         F("mne", 17, "84%是平民", 84.0, PC, "a")])
pairgrp("mne_children_2023", MNE, "Children's share of casualties in 2023: 37% (two)", "world", "child share of casualties", "2023",
        [F("mne", 16, "37%的受害者是未成年人", 37.0, PC, "a"), F("mne", 17, "37%是儿童", 37.0, PC, "a")])
pairgrp("mne_countries_2023", MNE, "Countries with casualties in 2023: 53 (two)", "world", "countries with casualties", "2023",
        [F("mne", 16, "造成53个国家", 53, CNT, "a"), F("mne", 17, "在全球53个国家", 53, CNT, "a")])
ms = [
    F("mne", 19, "造成1,945人死亡", 1945, P, "a"),
    F("mne", 20, "造成1945人死亡", 1945, P, "a"),
    F("mne", 21, "including 2,089 deaths, from mines in 2024", 2089, P, "a", vt="2,089", note="the 2016 figure, dated 2024 by the page"),
    F("mne", 21, "其中2089人喪生", 2089, P, "a"),
]
G("mne_deaths_2024", MNE, "Mine/ERW deaths in 2024: 1,945 (Landmine Monitor 2025, two) against hn5pt7's 2,089 (twice)", "world", "landmine deaths", "2024",
  "2,089 against 1,945 (conflict).", ms)
pairgrp("mne_total_2024", MNE, "Mine/ERW casualties in 2024 as hn5pt7 gives them: 8,605 / 8605", "world", "landmine casualties", "2024",
        [F("mne", 21, "there were 8,605 casualties", 8605, P, "a"), F("mne", 21, "地雷在2024年造成8605人傷亡", 8605, P, "a", vt="8605")])
pairgrp("mne_injured_2024", MNE, "People injured in 2024: 4,325 / 4325", "world", "people injured by landmines", "2024",
        [F("mne", 19, "4,325人受傷", 4325, P, "a"), F("mne", 20, "4325人受傷", 4325, P, "a")])
ms = [
    F("mne", 19, "近90%的傷亡者是平民", 90.0, PC, "a", q="under"),
    F("mne", 20, "有近9成是平民", 90.0, PC, "a", q="under", vt="9成"),
    F("mne", 21, "78 percent were civilians", 78.0, PC, "a"),
    F("mne", 21, "78%是平民", 78.0, PC, "a"),
]
G("mne_civilians_2024", MNE, "Civilians' share of casualties in 2024: 近90% / 近9成 (Landmine Monitor 2025) against hn5pt7's 78%", "world",
  "civilian share of casualties", "2024", "78% against nearly 90% (conflict).", ms)
pairgrp("mne_countries_2024", MNE, "Countries with casualties as hn5pt7 gives them: 52 (twice)", "world", "countries with casualties", "2024",
        [F("mne", 21, "They took place in 52 countries", 52, CNT, "a"), F("mne", 21, "基于對52個國家", 52, CNT, "a")])
pairgrp("mne_treaty", MNE, "States bound by the Mine Ban Treaty: 162 (2014; pcdvd) and 166 (2025, twice)", "world", "states parties", "2014-2025",
        [F("mne", 3, "of the total 162 states", 162, CNT, "y14"), F("mne", 22, "禁止162個締約國", 162, CNT, "y14"),
         F("mne", 19, "對166個國家具有約束力", 166, CNT, "y25"), F("mne", 20, "共有166個國家", 166, CNT, "y25")],
        "Different dates (different_basis).")
ms = [
    F("mne", 9, "more than 100 million anti-personnel", 100e6, CNT, "a", q="over"),
    F("mne", 11, "an estimated 110 million anti-personnel mines", 110e6, CNT, "a", q="approx"),
    F("mne", 12, "around 110 million in the ground", 110e6, CNT, "a", q="approx"),
    F("mne", 13, "an estimated 110 million active mines", 110e6, CNT, "a", q="approx"),
    F("mne", 18, "目前地下有1.1亿枚地雷", 1.1e8, CNT, "a"),
    F("mne", 10, "about 12 million active landmines", 12e6, CNT, "a", q="approx"),
    F("mne", 14, "An estimated 70,000,000 landmines", 70e6, CNT, "a", q="approx"),
]
G("mne_in_ground", MNE, "Landmines in the ground (campaign figures): (an estimated / around) 110 million (four), 'more than 100 million', digiserve's "
  "'about 12 million', ameblo's 70,000,000", "world", "landmines in the ground", "current",
  "12 million and 70 million against the others and each other (conflict); the hedges hold 110 million (consistent).", ms)
ms = [
    F("mne", 11, "another 250 million stockpiled", 250e6, CNT, "a"),
    F("mne", 12, "another 100 million stockpiled", 100e6, CNT, "a"),
    F("mne", 13, "A further 110 million have been stockpiled", 110e6, CNT, "a"),
]
G("mne_stockpiled", MNE, "Landmines stockpiled: borgenproject's 250 million, deminingglobalissue's 100 million, ovibite's 110 million", "world",
  "landmines stockpiled", "current", "Three different figures (conflict).", ms)
ms = [
    F("mne", 9, "one victim every 20 minutes", 20, MIN, "v"),
    F("mne", 10, "20 minutes", 20, MIN, "v", nth=1, note="heading"),
    F("mne", 10, "killed by a mine every 20 minutes", 20, MIN, "v"),
    F("mne", 13, "one victim every 20 minutes", 20, MIN, "v"),
    F("mne", 14, "every 30 minutes", 30, MIN, "v"),
    F("mne", 11, "killed by a landmine every 15 minutes", 15, MIN, "k"),
    F("mne", 12, "1 person dying every 15 minutes", 15, MIN, "k"),
]
G("mne_interval", MNE, "Minutes between two landmine victims (killed or maimed): every 20 minutes (four) against ameblo's 30; every 15 minutes "
  "for a death (two)", "world", "minutes between landmine victims", "current",
  "30 against 20 minutes (conflict); the deaths' 15 minutes different_basis (conflict defensible).", ms, X(ms, DC, ["k"], ["v"]))
pairgrp("mne_daily_deaths", MNE, "People killed by landmines a day: about 70 (two)", "world", "landmine deaths a day", "current",
        [F("mne", 11, "About 70 people are killed", 70, P, "a", q="approx"), F("mne", 12, "approximately 70 people dying every day", 70, P, "a", q="approx")])
ms = [
    F("mne", 9, "more than 26,000 people are killed or maimed", 26000, P, "a", q="over"),
    F("mne", 11, "26,000 people a year become landmine victims", 26000, P, "a"),
    F("mne", 14, "20,000 civilians are injured or killed every year", 20000, P, "a"),
    F("mne", 18, "每年地雷杀死或致残5, 000多人", 5000, P, "a", q="over", vt="5, 000", step=1000),
    F("mne", 18, "每年有 4,200多人", 4200, P, "a", q="over", vt="4,200"),
]
G("mne_victims_year", MNE, "People killed or maimed by landmines a year: (more than) 26,000 (two) against ameblo's 20,000; landminefree's '5,000多' and "
  "'4,200多'", "world", "landmine victims a year", "current",
  "20,000 against 26,000 (conflict); 'more than 5,000' and 'more than 4,200' hold all (consistent).", ms)
pairgrp("mne_victims_range", MNE, "People killed or injured by landmines a year: around 15,000 to 20,000 (two; given as deaths and as injuries)", "world",
        "landmine victims a year (range)", "current",
        [F("mne", 12, "Around 15,000 to 20,000 people", [15000, 20000], P, "a", q="approx", vt="15,000 to 20,000", step=1000),
         F("mne", 18, "大约15,000至20,000人受伤", [15000, 20000], P, "a", q="approx", vt="15,000至20,000", step=1000)])
pairgrp("mne_monthly", MNE, "Landmine victims a month: 2,000 (two)", "world", "landmine victims a month", "current",
        [F("mne", 10, "a total of 2,000 victims a month", 2000, P, "a"), F("mne", 13, "2,000 people are involved", 2000, P, "a")])
pairgrp("mne_monthly_deaths", MNE, "People killed by landmines a month: 800 (two)", "world", "landmine deaths a month", "current",
        [F("mne", 10, "800 people are killed by mines every month", 800, P, "a"), F("mne", 13, "Around 800 of these will die", 800, P, "a", q="approx")])
pairgrp("mne_removed", MNE, "Mines removed a year: (some / about) 100,000 (two)", "world", "mines removed a year", "current",
        [F("mne", 10, "Each year some 100,000 are removed", 100000, CNT, "a", q="approx"),
         F("mne", 13, "About 100,000 mines are removed", 100000, CNT, "a", q="approx")])
pairgrp("mne_planted", MNE, "Mines planted a year: 2 million (two)", "world", "mines planted a year", "current",
        [F("mne", 10, "another 2 million are planted", 2e6, CNT, "a"), F("mne", 13, "2 million more were being planted", 2e6, CNT, "a")])
pairgrp("mne_clear_years", MNE, "Years needed to clear the world's mines: (more than) 1,100 (two)", "world", "years to clear all mines", "current",
        [F("mne", 10, "more than 1,100 years", 1100, YRS, "a", q="over"), F("mne", 13, "it would take 1,100 years", 1100, YRS, "a")])
pairgrp("mne_deminer", MNE, "Mines removed for each deminer killed: 5,000 / 5000 (three)", "world", "mines removed per deminer killed", "current",
        [F("mne", 10, "for every 5,000 mines removed", 5000, CNT, "a"), F("mne", 13, "for every 5,000 mines cleared", 5000, CNT, "a"),
         F("mne", 18, "每5000个成功移除的地雷", 5000, CNT, "a")])
ms = [
    F("mne", 9, "between $3 and $30", [3.0, 30.0], USD, "r", vt="$3 and $30", step=1),
    F("mne", 18, "在3美元到30美元之间", [3.0, 30.0], USD, "r", vt="3美元到30", step=1),
    F("mne", 14, "cost approximately $1.00 to make", 1.0, USD, "p", q="approx"),
]
G("mne_cost_make", MNE, "Cost of making (buying and laying) a mine: $3 to $30 (two) against ameblo's 'approximately $1.00'", "world", "cost of a mine",
  "current", "$1 against $3-$30 (conflict).", ms, X(ms, C, ["r"], ["p"]))
ms = [
    F("mne", 9, "between $300 and $1,000", [300.0, 1000.0], USD, "r", vt="$300 and $1,000", step=1),
    F("mne", 18, "是300美元到1000美元", [300.0, 1000.0], USD, "r", vt="300美元到1000", step=1),
    F("mne", 14, "but $1,000.00 to find and destroy", 1000.0, USD, "p"),
]
G("mne_cost_remove", MNE, "Cost of removing a mine: $300 to $1,000 (two) and ameblo's $1,000.00", "world", "cost of removing a mine", "current",
  "$1,000 is inside $300-$1,000 (consistent).", ms, X(ms, K, ["r"], ["p"]))
ms = [
    F("mne", 11, "would be $50-$100 billion", [50e9, 100e9], USD, "b", vt="$50-$100 billion", step=1e9),
    F("mne", 18, "将为50至1,000亿美元", [50e8, 1000e8], USD, "l", vt="50至1,000亿", step=1e8),
]
G("mne_cost_all", MNE, "Cost of removing all mines: borgenproject's $50-$100 billion against landminefree's 50至1,000亿美元 ($5-100 billion)", "world",
  "cost of removing all mines", "current", "The lower bounds differ tenfold (conflict).", ms, X(ms, C, ["b"], ["l"]))
ms = [
    F("mne", 9, "in more than 70 countries", 70, CNT, "a", q="over"),
    F("mne", 13, "scattered in over 70 countries", 70, CNT, "a", q="over"),
    F("mne", 10, "in 71 countries throughout", 71, CNT, "a"),
    F("mne", 14, "in approximately 80 countries", 80, CNT, "a", q="approx"),
]
G("mne_countries_mined", MNE, "Countries with landmines: more than 70 (two), 71 (digiserve), ameblo's 'approximately 80'", "world", "countries with landmines",
  "current", "About 80 against 71 (conflict); 'more than 70' holds 71 and about 80 (consistent).", ms)

S("mne", 1, "More than 120,000 casualties", value=120000, unit=P, q="over")
S("mne", 1, "at least 2,793 people were killed", value=2793, unit=P, q="at_least")
S("mne", 1, "another 4,431 people were injured", value=4431, unit=P)
S("mne", 1, "87% of casualties were civilians", value=87.0, unit=PC)
S("mne", 1, "Afghanistan, with 2,300", value=2300, unit=P)
S("mne", 1, "Syria with 1,906 casualties", value=1906, unit=P)
S("mne", 1, "6,937 injured", value=6937, unit=P)
S("mne", 2, "another 6,491 people were injured", value=6491, unit=P)
S("mne", 2, "fewer than 100 casualties each", value=100, unit=P, q="under")
S("mne", 2, "a total of 56 states", value=56, unit=CNT)
S("mne", 3, "dropped to 3,308 in 2013", vt="3,308", value=3308, unit=P)
S("mne", 3, "more than 48 million stockpiled", value=48e6, unit=CNT, q="over")
S("mne", 4, "More than a third – 38 per cent", vt="38 per cent", value=38.0, unit=PC)
S("mne", 4, "made up 14 per cent", vt="14 per cent", value=14.0, unit=PC)
S("mne", 4, "at least 171 square kilometres", vt="171", value=171, unit="km**2", q="at_least")
S("mne", 4, "cleared of mines in 60 countries", value=60, unit=CNT)
S("mne", 4, "More than 2.1 million stockpiled mines", value=2.1e6, unit=CNT, q="over")
S("mne", 5, "survival status unknown for 111", vt="111", value=111, unit=P)
S("mne", 8, "which monitors the situation in 164 countries", vt="164", value=164, unit=CNT)
S("mne", 8, "Yemen (499)", vt="499", value=499, unit=P)
S("mne", 8, "Nigeria (343)", vt="343", value=343, unit=P)
S("mne", 8, "Burkina Faso (308)", vt="308", value=308, unit=P)
S("mne", 8, "Mali (174)", vt="174", value=174, unit=P)
S("mne", 8, "including 1,498 children", value=1498, unit=P)
S("mne", 8, "than the 7,093", vt="7,093", value=7093, unit=P)
S("mne", 8, "9,440 casualties", vt="9,440", value=9440, unit=P)
S("mne", 9, "invested 138 million dollars", vt="138 million", value=138e6, unit=USD)
S("mne", 10, "another 1,200 are maimed", value=1200, unit=P)
S("mne", 10, "It costs 100 times more", vt="100", value=100, unit="times")
S("mne", 10, "Angola (1.5 million)", vt="1.5 million", value=1.5e6, unit=CNT)
S("mne", 10, "Viet Nam (20 years after the end of the war) (350,000)", vt="350,000", value=350000, unit=CNT)
S("mne", 10, "For every mine cleared, 20 are laid", vt="20", value=20, unit=CNT)
S("mne", 11, "About 5 to 10 million mines are produced", vt="5 to 10 million", value=[5e6, 10e6], unit=CNT, q="approx")
S("mne", 11, "more than 2.2 million anti-personnel mines", value=2.2e6, unit=CNT, q="over")
S("mne", 11, "and 250,000 anti-tank mi", vt="250,000", value=250000, unit=CNT)
S("mne", 14, "over 45,000 landmine survivors", value=45000, unit=P, q="over")
S("mne", 14, "Approximately 20,000 people were killed", value=20000, unit=P, q="approx")
S("mne", 14, "75% of the total being civilians", value=75.0, unit=PC)
S("mne", 17, "一份长达142页的", vt="142", value=142, unit="pages")
S("mne", 17, "随后超过120个国家", value=120, unit=CNT, q="over")
S("mne", 18, "其中42%是儿童", value=42.0, unit=PC)
S("mne", 18, "2002年地雷和未爆炸弹药伤亡人数为11,700人", vt="11,700", value=11700, unit=P)
S("mne", 18, "2011年为4, 286人", vt="4, 286", value=4286, unit=P)
S("mne", 18, "约有85%是男性", value=85.0, unit=PC)
S("mne", 18, "30%的受害者是妇女", value=30.0, unit=PC)
S("mne", 19, "共記錄了6,000多起地雷事件", vt="6,000", value=6000, unit=CNT, q="over")
S("mne", 19, "超過2,000起", vt="2,000", value=2000, unit=CNT, q="over")
S("mne", 19, "約覆蓋全球人口的85%", vt="85%", value=85.0, unit=PC, q="approx")
S("mne", 20, "全球共有6千多起", vt="6千", value=6000, unit=CNT, q="over")
S("mne", 20, "超過2千起", vt="2千", value=2000, unit=CNT, q="over")
S("mne", 20, "仍有31個國家未加入", vt="31", value=31, unit=CNT)
S("mne", 22, "由155個國家參加中的40多個國家簽署", vt="40", value=40, unit=CNT, q="over")
NC("mne", 1, "Landmine Monitor 2018", "title", nth=1)
NC("mne", 1, "the period 1999–2017", "date")
NC("mne", 1, "submunitions,[1]", "footnote_marker")
NC("mne", 2, "Landmine Monitor 2017", "title", nth=1)
NC("mne", 2, "CAS 1", "figure_label")
NC("mne", 2, "except for 1999—the first year", "date")
NC("mne", 2, "in 2016.[7]", "footnote_marker")
NC("mne", 3, "Called Landmine Monitor 2014", "title")
NC("mne", 3, "from September 2013 to October 2014", "date")
NC("mne", 4, "was the highest since 2006", "date")
NC("mne", 5, "22 Nov 2024", "date")
NC("mne", 5, "22 November 2024, Sittwe", "date")
NC("mne", 5, "according to a November 20 report", "date", nth=1)
NC("mne", 6, "Nov 21 (V7N)", "date")
NC("mne", 6, "following the military coup in 2021", "date")
NC("mne", 7, "20-11-2024 (BANGKOK)", "date")
NC("mne", 7, "between January 2022 and September 2024", "date")
NC("mne", 8, "Angola 27 September 2019", "date", nth=1)
NC("mne", 8, "Bangkok, Nov 20 (EFE)", "date")
NC("mne", 10, "One person is blown up every", "heading")
NC("mne", 11, "10 Facts about Landmines:", "title")
NC("mne", 11, "  1. Landmines are", "list_marker")
NC("mne", 11, "buried 6 inches (15 centimeters)", "measure_depth")
NC("mne", 11, "remain active for more than 50 years", "duration")
NC("mne", 11, "during World War I", "name")
NC("mne", 11, "began in the 1960s", "date")
NC("mne", 12, "Monday, November 14, 2011", "date")
NC("mne", 13, "one for every 17 children or 52 humans", "ratio")
NC("mne", 14, "during World War II to protect", "name")
NC("mne", 14, "between 1979 and 2005", "date")
NC("mne", 15, "Under a 1999 international treaty", "date")
NC("mne", 15, "within 10 years of joining", "duration")
NC("mne", 15, "the 163rd country", "ordinal")
NC("mne", 16, "国际禁止地雷运动11月20日发布的《2024年地雷监测》", "date")
NC("mne", 17, "该条约在过去25年里", "duration")
NC("mne", 19, " date 2025-12-01", "date")
NC("mne", 19, "「2025年地雷監測報告」", "title")
NC("mne", 20, "昨（1）日發布", "date")
NC("mne", 21, "the 163rd country", "ordinal")
NC("mne", 21, "在簽署這項條約10年之內", "duration")
NC("mne", 22, "截至2007年", "date")
NC("mne", 22, "1997年的《地雷禁止條約》", "date")

# ============================================================ US homelessness
ms = [
    F("hml", 3, "a total of 653,104 people", 653104, P, "a"),
    F("hml", 21, "美國有 653,104 人", 653104, P, "a"),
    F("hml", 23, "653,104 people in the United States", 653104, P, "a"),
    F("hml", 23, "全美65萬3104人", 653104, P, "a", vt="65萬3104", step=1),
    F("hml", 2, "we now have 653,000 homeless", 653000, P, "a"),
    F("hml", 22, "全美遊民65.3萬人", 65.3e4, P, "a", vt="65.3萬"),
    F("hml", 22, "達65萬3000人", 653000, P, "a", vt="65萬3000", step=1000),
    F("hml", 21, "超過 653,000 人", 653000, P, "a", q="over"),
    F("hml", 19, "目前全國約有65.3萬名", 65.3e4, P, "a", q="approx"),
    F("hml", 1, "more than 650,000 people were experiencing", 650000, P, "a", q="over"),
    F("hml", 21, "有超過 650,000 人", 650000, P, "a", q="over"),
]
G("hml_count_2023", HML, "People homeless in the US on a night in January 2023 (HUD): 653,104 (four), rounded 653,000 / 65.3萬 / 65萬3000 (three), "
  "'over 653,000', 約65.3萬, 'more than 650,000' (two)", "United States", "people experiencing homelessness", "January 2023",
  "The plain 653,000 rounds 653,104 (rounding); the hedges hold it (consistent).", ms)
ms = [
    F("hml", 3, "a steep increase (12.1%", 12.1, PC, "a"),
    F("hml", 1, "a 12% increase from 2022", 12.0, PC, "a"),
    F("hml", 2, "a 12 percent increase", 12.0, PC, "a"),
    F("hml", 6, "on top of a 12% increase in 2023", 12.0, PC, "a"),
    F("hml", 15, "在2023年增长12%之后", 12.0, PC, "a"),
    F("hml", 19, "露宿者人數急劇增加12%", 12.0, PC, "a"),
    F("hml", 21, "一次,比 2022 年增加了 12%", 12.0, PC, "a"),
    F("hml", 21, "紀錄,比 2022 年增加了 12%", 12.0, PC, "a"),
    F("hml", 22, "暴增12%創歷史新高", 12.0, PC, "a"),
    F("hml", 22, "比去年增加12%", 12.0, PC, "a"),
    F("hml", 23, "or 12%.", 12.0, PC, "a"),
    F("hml", 23, "即12%", 12.0, PC, "a"),
]
G("hml_rise_2023", HML, "Rise in US homelessness from 2022 to 2023: goodfaithmedia's 12.1% against 12% (eleven)", "United States", "rise in homelessness",
  "2022-2023", "12% rounds 12.1% (rounding).", ms)
ms = [
    F("hml", 3, "or 70,642)", 70642, P, "a"),
    F("hml", 2, "70,650 more than last year", 70650, P, "a"),
    F("hml", 23, "increased by more than 70,000 people", 70000, P, "a", q="over"),
    F("hml", 19, "大約增加超過7萬人", 7e4, P, "a", q="over"),
]
G("hml_rise_count_2023", HML, "Rise in people homeless from 2022 to 2023: 70,642 against californiaglobe's 70,650; 'more than 70,000', 超過7萬", "United States",
  "rise in people experiencing homelessness", "2022-2023", "70,650 against 70,642 (conflict); the hedges hold both.", ms)
ms = [
    F("hml", 5, "a total of 771,480 people", 771480, P, "a"),
    F("hml", 18, "人數(shù)達(dá)到77.18萬", 77.18e4, P, "a", vt="77.18萬"),
    F("hml", 4, "more than 770,000 people in the U.S.", 770000, P, "a", q="over"),
    F("hml", 6, "more than 770,000 people were counted", 770000, P, "a", q="over"),
    F("hml", 7, "more than 770,000 people were homeless", 770000, P, "a", q="over"),
    F("hml", 8, "more than 770,000 people were experiencing", 770000, P, "a", q="over"),
    F("hml", 13, "曾有超过77万人无家可归", 77e4, P, "a", q="over"),
    F("hml", 14, "无家可归者人数超过77万", 77e4, P, "a", q="over"),
    F("hml", 15, "超过77万人被列为无家可归者", 77e4, P, "a", q="over"),
    F("hml", 18, "人數(shù)超過77萬", 77e4, P, "a", q="over"),
]
G("hml_count_2024", HML, "People homeless in the US on a night in January 2024 (HUD): 771,480 against Xinhua's 77.18萬; 'more than 770,000' / 超过77万 (eight)",
  "United States", "people experiencing homelessness", "January 2024", "77.18萬 against 771,480 (conflict); the hedges hold both.", ms)
ms = [
    F("hml", 6, "an 18.1% increase in homelessness this year", 18.1, PC, "a"),
    F("hml", 8, "an 18.1% increase in homelessness", 18.1, PC, "a"),
    F("hml", 15, "增加了18.1%", 18.1, PC, "a"),
    F("hml", 18, "比去年同期增加18.1%", 18.1, PC, "a"),
    F("hml", 4, "an 18% jump from last year", 18.0, PC, "a"),
    F("hml", 5, "recorded an 18% increase", 18.0, PC, "a"),
    F("hml", 7, "homelessness increased by 18% from", 18.0, PC, "a"),
    F("hml", 13, "较2023年增加了18%", 18.0, PC, "a"),
    F("hml", 14, "增幅超过18%", 18.0, PC, "a", q="over"),
    F("hml", 18, "增幅超過18%", 18.0, PC, "a", q="over"),
    F("hml", 7, "increased nearly 20% since 2023", 20.0, PC, "a", q="under"),
]
G("hml_rise_2024", HML, "Rise in US homelessness from 2023 to 2024: 18.1% (four) against 18% (four); 'over 18%' (two), 'nearly 20%'", "United States",
  "rise in homelessness", "2023-2024", "18% rounds 18.1% (rounding); the hedges hold both (consistent).", ms)
pairgrp("hml_count_2017", HML, "People homeless in the US on a night in January 2017: 553,742 (five) and 'close to' / 接近 554,000 (two)", "United States",
        "people experiencing homelessness", "January 2017",
        [F("hml", 9, "in January 2017 was 553,742", 553742, P, "a"), F("hml", 10, "a single night was 553,742 people", 553742, P, "a"),
         F("hml", 11, "553,742 were homeless", 553742, P, "a"), F("hml", 12, "The report found 553,742", 553742, P, "a"),
         F("hml", 17, "共有55.3742万人无家可归", 55.3742e4, P, "a", vt="55.3742万"),
         F("hml", 9, "close to 554,000 people", 554000, P, "a", q="under"), F("hml", 20, "接近554,000人", 554000, P, "a", q="under")],
        "The hedges hold 553,742 (consistent).")
ms = [
    F("hml", 9, "a 0.7% year-over-year increase", 0.7, PC, "a"),
    F("hml", 12, "increased by .7% from", 0.7, PC, "a", vt=".7%", step=0.1),
    F("hml", 17, "较2016年增加0.7%", 0.7, PC, "a"),
    F("hml", 10, "up a little less than 1%", 1.0, PC, "a", q="under"),
    F("hml", 12, "by almost 1% overall", 1.0, PC, "a", q="under"),
    F("hml", 20, "較2016年上升接近1%", 1.0, PC, "a", q="under"),
    F("hml", 12, "increased by 9% from 2016 to 2017", 9.0, PC, "a", note="affordablehousingonline's sub-heading (the unsheltered figure)"),
]
G("hml_rise_2017", HML, "Rise in US homelessness from 2016 to 2017: 0.7% (three), 'a little less than' / 'almost' / 接近 1% (three), and "
  "affordablehousingonline's 'increased by 9%'", "United States", "rise in homelessness", "2016-2017",
  "9% against every other figure (conflict); 'nearly 1%' holds 0.7% (consistent).", ms)
pairgrp("hml_rise_count_2017", HML, "Rise in people homeless from 2016 to 2017: 3,814 (two)", "United States", "rise in people experiencing homelessness",
        "2016-2017", [F("hml", 10, "(or 3,814 people)", 3814, P, "a"), F("hml", 11, "That’s 3,814 more", 3814, P, "a")])
pairgrp("hml_unsheltered_2017", HML, "Rise in unsheltered homelessness from 2016 to 2017: 9% (two); ktsf's 9% against two years before", "United States",
        "rise in unsheltered homelessness", "2016-2017",
        [F("hml", 10, "a 9% increase in unsheltered homelessness", 9.0, PC, "a"), F("hml", 12, "increased by 9% over the year", 9.0, PC, "a"),
         F("hml", 20, "比率較兩年前上升9%", 9.0, PC, "y2")], "Same figure (consistent); the two-year rise different_basis.")
ms = [
    F("hml", 4, "reducing veteran homelessness by 55.2% since 2010", 55.2, PC, "a"),
    F("hml", 8, "veteran homelessness by 55.2% since 2010", 55.2, PC, "a"),
    F("hml", 13, "下降了55%", 55.0, PC, "a", note="dated from 2009 by the page"),
]
G("hml_veterans_decline", HML, "Fall in veteran homelessness since 2010 (HUD, December 2024): 55.2% (two) against chinanews' 55%", "United States",
  "fall in veteran homelessness", "2010-2024", "55% rounds 55.2% (rounding).", ms)
pairgrp("hml_veterans_2024", HML, "Fall in veteran homelessness from 2023 to 2024: 8% (three), 'nearly 8%'", "United States", "fall in veteran homelessness",
        "2023-2024",
        [F("hml", 4, "an 8% decrease", 8.0, PC, "a"), F("hml", 8, "with an 8% decrease", 8.0, PC, "a"), F("hml", 13, "比2023年下降了8%", 8.0, PC, "a"),
         F("hml", 7, "down nearly 8%", 8.0, PC, "a", q="under")])
pairgrp("hml_veterans_2023n", HML, "Homeless veterans in 2023: 35,574 (two)", "United States", "homeless veterans", "2023",
        [F("hml", 4, "35,574 veterans", 35574, P, "a"), F("hml", 8, "from 35,574 in 2023", 35574, P, "a")])
pairgrp("hml_veterans_2024n", HML, "Homeless veterans in 2024: 32,882 (two)", "United States", "homeless veterans", "2024",
        [F("hml", 4, "to 32,882 experienced", 32882, P, "a"), F("hml", 8, "to 32,882 in 2024", 32882, P, "a")])
pairgrp("hml_vash", HML, "Veterans helped through HUD-VASH: (around / nearly) 90,000 (three)", "United States", "veterans housed (HUD-VASH)", "2024",
        [F("hml", 4, "helped around 90,000 veterans", 90000, P, "a", q="approx"), F("hml", 7, "helped nearly 90,000 veterans", 90000, P, "a", q="under"),
         F("hml", 8, "connect nearly 90,000 veteran households", 90000, P, "a", q="under")])
pairgrp("hml_va_housed", HML, "Veterans housed by the VA in 2024: 47,925 (two)", "United States", "veterans housed", "2024",
        [F("hml", 4, "housed around 47,925 veterans", 47925, P, "a", q="approx"), F("hml", 8, "permanently housed 47,925", 47925, P, "a")])
pairgrp("hml_children_2024", HML, "Children homeless on a night in 2024: nearly 150,000 / 近15万 (four)", "United States", "homeless children", "2024",
        [F("hml", 6, "Nearly 150,000 children", 150000, P, "a", q="under"), F("hml", 7, "Nearly 150,000 children", 150000, P, "a", q="under"),
         F("hml", 13, "近15万儿童无家可归", 15e4, P, "a", q="under"), F("hml", 15, "近15万名儿童", 15e4, P, "a", q="under")])
pairgrp("hml_children_rise", HML, "Rise in homeless children from 2023 to 2024: 33% (four)", "United States", "rise in homeless children", "2023-2024",
        [F("hml", 6, "reflecting a 33% jump", 33.0, PC, "a"), F("hml", 7, "an increase of 33%", 33.0, PC, "a"),
         F("hml", 13, "较2023年增加了33%", 33.0, PC, "a"), F("hml", 15, "比去年增加了33%", 33.0, PC, "a")])
pairgrp("hml_family_2024", HML, "Rise in family homelessness from 2023 to 2024: 39% (two), 'nearly 40%' / 近40%", "United States", "rise in family homelessness",
        "2023-2024",
        [F("hml", 4, "due to rising 39% last year", 39.0, PC, "a"), F("hml", 7, "which surged by 39% nationwide", 39.0, PC, "a"),
         F("hml", 6, "a nearly 40% rise in family homelessness", 40.0, PC, "a", q="under"), F("hml", 15, "增加了近40%", 40.0, PC, "a", q="under")],
        "The hedges hold 39% (consistent).")
pairgrp("hml_family_other", HML, "Rise in family homelessness in the other 373 communities: less than 8% (two)", "United States",
        "rise in family homelessness (other communities)", "2023-2024",
        [F("hml", 6, "it rose less than 8%", 8.0, PC, "a", q="under"), F("hml", 15, "增加了不到8%", 8.0, PC, "a", q="under")])
pairgrp("hml_migrant_communities", HML, "Communities hit by migrant arrivals where family homelessness doubled: 13 (three)", "United States",
        "communities", "2024",
        [F("hml", 4, "In 13 areas impacted by migrants", 13, CNT, "a"), F("hml", 6, "doubled in 13 communities", 13, CNT, "a"),
         F("hml", 15, "受移民影响的13个社区", 13, CNT, "a")])
pairgrp("hml_other_communities", HML, "The remaining communities: 373 (two)", "United States", "communities", "2024",
        [F("hml", 6, "the remaining 373 communities", 373, CNT, "a"), F("hml", 15, "在其余373个社区", 373, CNT, "a")])
pairgrp("hml_rate_2024", HML, "People homeless per 10,000 in 2024: (about) 23 (three)", "United States", "homeless per 10,000 people", "2024",
        [F("hml", 5, "about 23 of every 10,000", 23, P, "a", q="approx", vt="23"), F("hml", 6, "represent 23 of every 10,000", 23, P, "a", vt="23"),
         F("hml", 15, "每1万人中的23人", 23, P, "a", vt="23")])
pairgrp("hml_black_share", HML, "Black people's share of the homeless: 32% in 2024 (two) and 37% in 2023 (two)", "United States",
        "Black share of the homeless", "2023-2024",
        [F("hml", 7, "account for 32% of those", 32.0, PC, "y24"), F("hml", 13, "大约32%的无家可归者是黑人", 32.0, PC, "y24", q="approx"),
         F("hml", 7, "down from 37% in 2023", 37.0, PC, "y23"), F("hml", 19, "無家可歸的非洲裔就佔了37%", 37.0, PC, "y23")],
        "Same figure for each year (consistent); the two years different_basis.")
pairgrp("hml_black_population", HML, "Black people's share of the US population: about 12% (two) and ktsf's 約13%", "United States",
        "Black share of the population", "current",
        [F("hml", 7, "make up about 12% of the overall", 12.0, PC, "a", q="approx"), F("hml", 13, "只占美国人口的约12%", 12.0, PC, "a", q="approx"),
         F("hml", 19, "在全美人口中約佔13%", 13.0, PC, "a", q="approx")],
        "About 12% and about 13% can both hold (consistent by the kit's rule).")

S("hml", 1, "more than 424,000 households", value=424000, unit=CNT, q="over")
S("hml", 1, "more than 38,000 homeless veterans", value=38000, unit=P, q="over")
S("hml", 3, "rose by 47,864", value=47864, unit=P)
S("hml", 3, "a 13.7% increase", value=13.7, unit=PC)
S("hml", 3, "increased by 22,778", value=22778, unit=P)
S("hml", 3, "or 9.7%", value=9.7, unit=PC)
S("hml", 3, "an increase of 0.9%", value=0.9, unit=PC)
S("hml", 3, "(1.3% sheltered", vt="1.3%", value=1.3, unit=PC)
S("hml", 3, "0.3% unsheltered", value=0.3, unit=PC)
S("hml", 3, "396,494 were experiencing", value=396494, unit=P)
S("hml", 3, "numbered 256,610", value=256610, unit=P)
S("hml", 4, "dropped more than 60%", value=60.0, unit=PC, q="over")
S("hml", 6, "a 16% drop in its numbers", value=16.0, unit=PC)
S("hml", 6, "a drop of 5% in unsheltered", value=5.0, unit=PC)
S("hml", 7, "adding 435,000 rental units", value=435000, unit=CNT)
S("hml", 7, "$3.16 billion in grants", value=3.16e9, unit=USD)
S("hml", 8, "dropped nearly 11%", value=11.0, unit=PC, q="under")
S("hml", 8, "from 15,507 in 2023", vt="15,507", value=15507, unit=P)
S("hml", 8, "to 13,851 in 2024", vt="13,851", value=13851, unit=P)
S("hml", 9, "it was about 800,000", value=800000, unit=P, q="approx")
S("hml", 9, "counted over 55,000 people", value=55000, unit=P, q="over")
S("hml", 9, "a nearly 26% year-over-year increase", value=26.0, unit=PC, q="under")
S("hml", 10, "after declining 14% between", vt="14%", value=14.0, unit=PC)
S("hml", 10, "reduced by 5%", vt="5%", value=5.0, unit=PC)
S("hml", 10, "(or 3,294 households)", vt="3,294", value=3294, unit=CNT)
S("hml", 10, "an encouraging 27% reduction", value=27.0, unit=PC)
S("hml", 10, "by 1.5%", vt="1.5%", value=1.5, unit=PC)
S("hml", 10, "or 585 Veterans", vt="585", value=585, unit=P)
S("hml", 10, "stalling the 47% reduction", value=47.0, unit=PC)
S("hml", 12, "over 3,000 state and local governments", value=3000, unit=CNT, q="over")
S("hml", 12, "Of these, 65% were living", value=65.0, unit=PC)
S("hml", 12, "and 35% were unsheltered", value=35.0, unit=PC)
S("hml", 15, "超过5200人住在夏威夷", vt="5200", value=5200, unit=P, q="over")
S("hml", 16, "无家可归人数增加了2.7%", vt="2.7%", value=2.7, unit=PC)
S("hml", 16, "近55.3万人无家可归", vt="55.3万", value=55.3e4, unit=P, q="under")
S("hml", 16, "今年这一数字升至约56.8万", vt="56.8万", value=56.8e4, unit=P, q="approx")
S("hml", 16, "为每万人94人", vt="94", value=94, unit=P)
S("hml", 17, "民调:58%美国公民不满特朗普政策", vt="58%", value=58.0, unit=PC)
S("hml", 17, "共有5.5万人流落街头", vt="5.5万", value=5.5e4, unit=P)
S("hml", 19, "露宿者人數約有63.7萬人", vt="63.7萬", value=63.7e4, unit=P, q="approx")
S("hml", 19, "已減到55.4萬人", vt="55.4萬", value=55.4e4, unit=P)
S("hml", 19, "已激增至58萬人", vt="58萬", value=58e4, unit=P)
S("hml", 19, "人數上升接近11%", vt="11%", value=11.0, unit=PC, q="under")
S("hml", 19, "退伍軍人上升7.4%", vt="7.4%", value=7.4, unit=PC)
S("hml", 20, "有193,000人在晚間", vt="193,000", value=193000, unit=P)
S("hml", 20, "至少有10個市政府", vt="10", value=10, unit=CNT, q="at_least")
S("hml", 21, "有 111,620 名兒童", vt="111,620", value=111620, unit=P)
S("hml", 21, "41 個州", vt="41", value=41, unit=CNT)
S("hml", 21, "百分比增長(64%)", vt="64%", value=64.0, unit=PC)
S("hml", 21, "增加了 39,106 人", vt="39,106", value=39106, unit=P)
S("hml", 22, "全國有約400個遊民救濟組織", vt="400", value=400, unit=CNT, q="approx")
NC("hml", 1, "HUD No. 23-278", "document_number", nth=1)
NC("hml", 1, "(202) 708-0685", "phone_number")
NC("hml", 1, "December 15, 2023", "date")
NC("hml", 1, "a pre-pandemic trend from 2016 to 2020", "date")
NC("hml", 2, "December 16, 2023 9:04 am", "date")
NC("hml", 3, "conducted since 2007", "date")
NC("hml", 5, " date 2024-12-27", "date")
NC("hml", 6, " date 2024-12-27", "date")
NC("hml", 6, "between 2022 to 2024", "date")
NC("hml", 9, "if you think back 15 years ago", "duration")
NC("hml", 10, "December 7, 2017", "date")
NC("hml", 10, "for the first time in seven years", "duration")
NC("hml", 11, "2017/12/homelessness", "url")
NC("hml", 12, "First Time in Seven Years", "duration")
NC("hml", 13, "欧亚国际下载V(6344802)", "spam")
NC("hml", 13, "2024-12-30 来源", "date")
NC("hml", 13, "中新网12月28日电", "date")
NC("hml", 16, "2019/12/23 22:22:22", "date")
NC("hml", 16, "2019年12月21日14:39", "date")
NC("hml", 17, "(2007-2012年)", "date")
NC("hml", 17, "© AFP 2023", "copyright")
NC("hml", 18, "2024-12-28 06:54:17", "date")
NC("hml", 19, " date 2023-12", "date")
NC("hml", 19, "在13年前", "duration")
NC("hml", 19, "年齡是超過54歲", "age")
NC("hml", 20, " date 2017-12", "date")
NC("hml", 21, "最後更新於 2024 年 6 月 7 日", "date")
NC("hml", 21, "第五份年度報告", "ordinal")
NC("hml", 21, "全國 50 個最大城市", "rank_list")
NC("hml", 22, "(HUD)15日說", "date")
NC("hml", 23, " date 2024-01-03", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh38.toml", "corpus-fresh38")
