#!/usr/bin/env python3
"""Hand annotation of corpus-fresh25, written as data; emits gold.d/fresh25.toml (then run
corpus/check_gold.py --dir corpus-fresh25 --build).

Three domains: forced displacement (UNHCR's Global Trends figures for end-2017 .. end-2024, its early-2024 / May 2023 /
May 2022 / April 2025 updates, refugees, internally displaced people, asylum-seekers, Sudan, Gaza, Ukraine, `ref-*`),
HIV/AIDS (UNAIDS' global figures for 2018 and 2022-2024 as released and retold: people living with HIV, new infections,
AIDS-related deaths, treatment, the 95-95-95 cascade, targets, funding, `hiv-*`) and world hunger (the State of Food
Security and Nutrition in the World (SOFI) reports 2019 and 2022-2025: people facing hunger, prevalence, ranges,
regional figures, food insecurity, healthy diets, projections for 2030, `hun-*`).

Every mention carries a basis tag (period / vintage / compiler / scope / target, as read from the text). Pair
verdicts: explicit entries win; otherwise a different basis is different_basis, the same basis and the same value
consistent; every same-basis pair with different values gets a verdict from `auto` (below), which follows fresh24's
conventions: a rounded restatement is rounding (1.22亿 vs 122.1 million; 3.07亿 vs 306.5 million); inside one page the
same pattern is 'either' (rounding, consistent defensible); a figure that is not a correct rounding or two figures of
the same precision that disagree is conflict (84% vs 86%); a bound or hedged figure ('over', 'nearly', 'about',
'around', 'some', 'up to', '约', '近', '超过', '逾', '多达') that contains the other figure is consistent, one that does
not is conflict. A range ('between 713 and 757 million', '6.91至7.83亿') that contains the point estimate is
consistent with it (explicit pairs). Later report vintages restating an earlier year (SOFI 2025's 8.5% for 2023 vs SOFI
2024's 'some 9 percent'; the 2024 UNAIDS report's 670,000 deaths for 2022 vs the 2023 report's 630,000) are
different_basis with conflict as alt.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 千萬 = 1e7; 'one in N' / '每N人中就有1人' as N (unit ratio_1_in); 'N倍'
increase as N (unit times); declines negative. Units: persons, percent, percentage_points, USD, count, times,
ratio_1_in, per_1000, points.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, K, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, P, USD, DC, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

REF, HIV, HUN = "forced-displacement", "hiv-aids", "world-hunger"
T, R1, PK = "times", "ratio_1_in", "per_1000"

# ============================================================ forced displacement (UNHCR)
ms = [
    F("ref", 1, "UNHCR reports 117 million displaced", 117e6, P, "y23", note="headline"),
    F("ref", 1, "was 117.3 million at the end of 2023", 117.3e6, P, "y23"),
    F("ref", 2, "an estimated 117.3 million people worldwide", 117.3e6, P, "y23"),
    F("ref", 2, "The increase to 117.3 at the end of 2023", 117.3e6, P, "y23", vt="117.3", mult=1e6),
    F("ref", 4, "an estimated 117.3 million people worldwide", 117.3e6, P, "y23"),
    F("ref", 7, "an estimated 117.3 million people worldwide", 117.3e6, P, "y23"),
    F("ref", 9, "流离失所者人数超过1.17亿", 1.17e8, P, "y23", q="over"),
    F("ref", 2, "is likely to have exceeded 120 million", 120e6, P, "apr24", q="over"),
    F("ref", 7, "is likely to have exceeded 120 million", 120e6, P, "apr24", q="over"),
    F("ref", 3, "now exceeds 120 million", 120e6, P, "apr24", q="over"),
    F("ref", 4, "120 million people displaced globally", 120e6, P, "apr24", note="headline"),
    F("ref", 4, "has risen to 120 million", 120e6, P, "apr24"),
    F("ref", 4, "In May, 120 million people were displaced", 120e6, P, "apr24"),
    F("ref", 9, "流离失所者或超1.2亿人", 1.2e8, P, "apr24", q="over", note="headline"),
    F("ref", 9, "很可能超过1.2亿人", 1.2e8, P, "apr24", q="over"),
    F("ref", 10, "全球被迫流离失所总人数增至1.2亿", 1.2e8, P, "apr24"),
    F("ref", 15, "流離失所人數增至1.2億!", 1.2e8, P, "apr24", note="headline"),
    F("ref", 15, "人數已增至1.2億", 1.2e8, P, "apr24"),
    F("ref", 6, "soared to over 120 million by mid-2024", 120e6, P, "mid24", q="over"),
    F("ref", 5, "An estimated 123.2 million individuals", 123.2e6, P, "y24"),
    F("ref", 8, "123.2 million people worldwide were forcibly displaced", 123.2e6, P, "y24"),
    F("ref", 11, "达到创纪录的 1.232 亿", 1.232e8, P, "y24"),
    F("ref", 5, "a slight dip to 122.1 million", 122.1e6, P, "apr25"),
    F("ref", 11, "全球被迫流离失所者人数达1.22亿", 1.22e8, P, "apr25", nth=1, note="headline"),
    F("ref", 11, "全球被迫流离失所者人数达1.22亿", 1.22e8, P, "apr25", nth=2, note="repeated headline"),
    F("ref", 11, "下降至 1.221 亿", 1.221e8, P, "apr25"),
    F("ref", 12, "流离失所者达到8930万人", 8930e4, P, "y21"),
    F("ref", 12, "在8930万流离失所者当中", 8930e4, P, "y21"),
    F("ref", 16, "流離失所的人數為8930萬", 8930e4, P, "y21"),
    F("ref", 14, "人数已升至近9000万", 9000e4, P, "y21", q="under"),
    F("ref", 14, "全球超过1亿人被迫流离失所", 1e8, P, "may22", q="over", note="headline"),
    F("ref", 14, "人数首次超过1亿", 1e8, P, "may22", q="over"),
    F("ref", 16, "突破一億關口", 1e8, P, "may22", vt="一億", step=1e8, q="over"),
    F("ref", 17, "人數達到前所未有的1.084億", 1.084e8, P, "y22"),
    F("ref", 19, "At the end of last year, 108.4 million people", 108.4e6, P, "y22"),
    F("ref", 20, "108.4 million people worldwide were forcibly displaced", 108.4e6, P, "y22"),
    F("ref", 19, "A record 110 million people worldwide", 110e6, P, "may23"),
    F("ref", 19, "an estimated 110 million by May", 110e6, P, "may23", q="approx"),
    F("ref", 19, "We have 110 million people", 110e6, P, "may23"),
    F("ref", 17, "人數已升至約1.1億", 1.1e8, P, "may23", q="approx"),
    F("ref", 17, "在5月達到約1.1億", 1.1e8, P, "may23", q="approx"),
    F("ref", 13, "流离失所者人数为6850万", 6850e4, P, "y17"),
    F("ref", 18, "人數達到前所未有的7950萬人", 7950e4, P, "y19"),
    F("ref", 18, "狀態的7950萬人中", 7950e4, P, "y19"),
    F("ref", 18, "高於2018年年底的7080萬", 7080e4, P, "y18"),
]
G("ref_displaced", REF, "People forcibly displaced worldwide (UNHCR): end-2023 117.3 million (five; headline '117 million', '超过1.17亿'); end-2022 108.4 million (two) = 1.084億; May 2023 110 million (three) = 約1.1億 (two); the early-2024 "
  "update 'exceeded 120 million' by end-April / 120 million in May (twelve, incl. 1.2亿 / 1.2億); tirnews' 'over 120 million by mid-2024'; end-2024 "
  "123.2 million = 1.232 亿; April 2025 122.1 million vs 1.22亿 (headline x2) / 1.221 亿; end-2021 8930万 (three) and '近9000万'; May 2022 'over 1亿' "
  "(three); end-2017 6850万; end-2019 7950萬 (two); end-2018 7080萬", "world", "forcibly displaced people",
  "2017-2025", "1.22亿 rounds 122.1 million (rounding; 'either' against 1.221 亿 on its own page); 117 million rounds 117.3 on its own page "
  "('either'); bounds that hold are consistent; other dates different_basis.", ms)

ms = [F("ref", 2, "a rise of 8 per cent", 8.0, PC, "y23"), F("ref", 3, "has grown by 8% since 2022", 8.0, PC, "y23"),
      F("ref", 4, "nearly 10% more than the figures from 2022", 10.0, PC, "apr24", q="under"),
      F("ref", 5, "a 6 percent rise", 6.0, PC, "y24"),
      F("ref", 12, "比一年前增长8%", 8.0, PC, "y21"), F("ref", 16, "同比增長8%", 8.0, PC, "y21")]
G("ref_growth_pct", REF, "Growth of the forcibly displaced population: 2023 +8% (two); May 2024 against 2022 'nearly 10%'; 2024 +6%; 2021 +8% (two)",
  "world", "growth of forcibly displaced people (percent)", "2021-2024", "Same year consistent; other periods different_basis.", ms)

ms = [F("ref", 2, "or 8.8 million people", 8.8e6, P, "y23"), F("ref", 5, "equivalent to 7 million more people", 7e6, P, "y24"),
      F("ref", 17, "較2021年同期增長1910萬", 1910e4, P, "y22"), F("ref", 19, "The number was up 19.1 million", 19.1e6, P, "y22"),
      F("ref", 20, "an increase of 19 million people", 19e6, P, "y22")]
G("ref_growth_abs", REF, "Increase of the forcibly displaced population: 2023 8.8 million; 2024 7 million; 2022 1910萬 = 19.1 million vs iradplacide's 19 million", "world",
  "increase of forcibly displaced people", "2022-2024", "19 million rounds 19.1 million / 1910萬 (rounding); other years different_basis.", ms)

ms = [F("ref", 2, "or 1.5 per cent of the entire", 1.5, PC, "y23"), F("ref", 3, "or 1.5% of the entire", 1.5, PC, "y23"),
      F("ref", 4, "representing around 1.5% of the world", 1.5, PC, "apr24", q="approx"),
      F("ref", 18, "影響的人口超過1%", 1.0, PC, "y19", q="over"), F("ref", 18, "《全球趨勢報告》:1%的世界人口", 1.0, PC, "y19", note="headline")]
G("ref_share_pop", REF, "Forcibly displaced people as a share of the world population: end-2023 1.5% (two); May 2024 'around 1.5%'; end-2019 'over 1%' "
  "and the headline 1%", "world", "share of world population displaced (percent)", "2019-2024", "Same date consistent; other dates different_basis.", ms)

ms = [F("ref", 2, "One in every 69 people", 69, R1, "y23"), F("ref", 3, "One in 69 people globally", 69, R1, "y23"),
      F("ref", 5, "roughly one in every 67 people", 67, R1, "y24", q="approx"), F("ref", 6, "with one in every 67 people", 67, R1, "y24"),
      F("ref", 2, "the 1 in 125 people", 125, R1, "y13", note="a decade ago"), F("ref", 18, "每97人中就有1人", 97, R1, "y19"),
      F("ref", 20, "More than 1 in every 74 people", 74, R1, "y22")]
G("ref_one_in", REF, "'One in N people' forcibly displaced: end-2023 1 in 69 (two); end-2024 1 in 67 (two); a decade earlier 1 in 125; end-2019 1 in 97; end-2022 'more than 1 in every 74'",
  "world", "one in N people displaced", "2013-2024", "Same date consistent; other dates different_basis.", ms)

ms = [F("ref", 3, "to 43.4 million", 43.4e6, P, "y23"), F("ref", 10, "已攀升至4340万人", 4340e4, P, "y23"),
      F("ref", 5, "42.7 million are classified as refugees", 42.7e6, P, "y24"),
      F("ref", 12, "2710万人是难民", 2710e4, P, "y21"), F("ref", 16, "難民人數上升至2710萬", 2710e4, P, "y21"),
      F("ref", 13, "难民人数为2540万", 2540e4, P, "y17"), F("ref", 17, "有3530萬人是跨越國界", 3530e4, P, "y22", note="given as part of the May 2023 total; the report's end-2022 figure"),
      F("ref", 19, "35.3 million were refugees", 35.3e6, P, "y22"),
      F("ref", 18, "其餘2600萬是難民", 2600e4, P, "y19")]
G("ref_refugees", REF, "Refugees and others in need of international protection: end-2023 43.4 million = 4340万; end-2024 42.7 million; end-2021 2710万 "
  "(two); end-2017 2540万; end-2022 35.3 million = 3530萬 (which m.843eoz attaches to the May 2023 total); end-2019 2600萬", "world", "refugees", "2017-2024", "Same date consistent; other dates different_basis.", ms)

ms = [F("ref", 4, "68.3 million people remained internally displaced", 68.3e6, P, "y23"),
      F("ref", 5, "73.5 million people are internally displaced", 73.5e6, P, "y24"),
      F("ref", 11, "全球有7600万人“境内流离失所”", 7600e4, P, "idmc", note="a monitor's count (subheading), period not stated"),
      F("ref", 16, "達到5320萬人", 5320e4, P, "y21"), F("ref", 17, "有6250萬人因沖突和暴力", 6250e4, P, "y22", note="given as part of the May 2023 total; the report's end-2022 figure"),
      F("ref", 19, "62.5 million being internally displaced", 62.5e6, P, "y22"),
      F("ref", 18, "有4570萬人逃到了", 4570e4, P, "y19")]
G("ref_idps", REF, "Internally displaced people: end-2023 68.3 million; end-2024 73.5 million; a monitor's 7600万; end-2021 5320萬; end-2022 62.5 million = 6250萬; "
  "end-2019 4570萬", "world", "internally displaced people", "2019-2024", "Different dates or compilers (different_basis).", ms)

ms = [F("ref", 5, "8.4 million are asylum seekers", 8.4e6, P, "y24"), F("ref", 16, "達到460萬", 460e4, P, "y21"),
      F("ref", 18, "其中420萬人正在等待", 420e4, P, "y19"), F("ref", 19, "There were 5.4 million asylum-seekers", 5.4e6, P, "y22")]
G("ref_asylum", REF, "Asylum-seekers: end-2024 8.4 million; end-2021 460萬; end-2019 420萬; end-2022 5.4 million", "world", "asylum-seekers", "2019-2024", "Different years.", ms)

ms = [F("ref", 3, "and 6 million Palestinian refugees", 6e6, P, "y23"), F("ref", 5, "5.9 million Palestinian refugees", 5.9e6, P, "y24")]
G("ref_palestine", REF, "Palestine refugees under UNRWA's mandate: end-2023 6 million; end-2024 5.9 million", "Palestine refugees", "refugees under UNRWA",
  "2023-2024", "Different years.", ms)
ms = [F("ref", 3, "includes 5.8 million people in need", 5.8e6, P, "y23"), F("ref", 5, "5.9 million individuals requiring", 5.9e6, P, "y24"),
      F("ref", 19, "a further 5.2 million other people", 5.2e6, P, "y22")]
G("ref_other_protection", REF, "Other people in need of international protection: end-2023 5.8 million; end-2024 5.9 million; end-2022 5.2 million", "world",
  "other people in need of international protection", "2023-2024", "Different years.", ms)

ms = [F("ref", 4, "More than 6 million people were displaced within the country", 6e6, P, "new23", q="over"),
      F("ref", 10, "苏丹新增境内流离失所者710多万人", 710e4, P, "apr23may24", vt="710", mult=1e4, step=1e4, q="over"),
      F("ref", 4, "9.1 million people were displaced within Sudan", 9.1e6, P, "y23")]
G("ref_sudan_idps", REF, "Sudan's internally displaced: newly displaced in 2023 'more than 6 million'; since April 2023 '710多万'; all IDPs end-2023 9.1 million",
  "Sudan", "internally displaced people", "2023-2024", "Different periods or scopes (different_basis).", ms)
ms = [F("ref", 4, "with a further 1.2 million fleeing", 1.2e6, P, "y23"), F("ref", 10, "另有190万人在境外", 190e4, P, "apr23may24")]
G("ref_sudan_abroad", REF, "Sudanese who fled abroad: 1.2 million (2023) vs 190万 (since April 2023, report of June 2024)", "Sudan", "people fleeing abroad",
  "2023-2024", "Different periods (different_basis).", ms)
ms = [F("ref", 4, "up to 1.7 million people", 1.7e6, P, "y23", q="under"), F("ref", 10, "加沙地带多达170万人", 170e4, P, "y23", q="under")]
G("ref_gaza", REF, "People displaced in Gaza October-December 2023: 'up to 1.7 million' = '多达170万'", "Gaza", "displaced people", "end-2023", "Same figure.", ms)
ms = [F("ref", 4, "(or over 75 per cent of the population)", 75.0, PC, "y23", q="over"), F("ref", 10, "约占当地人口的75%", 75.0, PC, "y23", q="approx")]
G("ref_gaza_share", REF, "Share of Gaza's population displaced: 'over 75 per cent' vs '约75%'", "Gaza", "share of population displaced (percent)", "end-2023",
  "Two hedged figures that can both hold (consistent).", ms)
ms = [F("ref", 5, "40 percent of the displaced are children", 40.0, PC, "y24"),
      F("ref", 6, "nearly 40% of all displaced people are children", 40.0, PC, "y24", q="under")]
G("ref_children", REF, "Children's share of the forcibly displaced: 40 percent vs 'nearly 40%'", "world", "children's share of displaced (percent)", "end-2024",
  "A bound that contains the figure (consistent).", ms)
ms = [F("ref", 17, "從2021年底的2.73萬劇增", 2.73e4, P, "y21"), F("ref", 17, "從2021年底的2.73萬人", 2.73e4, P, "y21"),
      F("ref", 17, "至2022年底的570萬。", 570e4, P, "y22", vt="570萬"), F("ref", 17, "至2022年底的570萬人", 570e4, P, "y22"),
      F("ref", 20, "5.7 million who fled", 5.7e6, P, "y22"),
      F("ref", 14, "超过600多万乌克兰难民", 600e4, P, "may22", vt="600", mult=1e4, step=1e6, q="over")]
G("ref_ukraine", REF, "Refugees from Ukraine: end-2021 2.73萬 (two); end-2022 570萬 (two) = 5.7 million; May 2022 '超过600多万'", "Ukraine", "refugees from Ukraine",
  "2021-2022", "Same date consistent; other dates different_basis.", ms)
ms = [F("ref", 17, "全球逾20%的難民", 20.0, PC, "y22", q="over"), F("ref", 10, "其中75%居住在中低收入国家", 75.0, PC, "y23")]
G("ref_host_share", REF, "Shares of refugees hosted: over 20% in the least developed countries (2022) vs 75% in low- and middle-income countries (2023)", "world",
  "share of refugees hosted (percent)", "2022-2023", "Different scopes and years (different_basis).", ms)

# refugees: singles
S("ref", 3, "increased by 7%", vt="7%", value=7.0, unit=PC)
S("ref", 4, "more than 1.3 million people within", vt="1.3 million", value=1.3e6, unit=P, q="over")
S("ref", 5, "a 6.3 million increase from 2023", vt="6.3 million", value=6.3e6, unit=P)
S("ref", 5, "a decrease of 613,600", vt="613,600", value=-613600, unit=P)
S("ref", 5, "31 million under UNHCR’s mandate", vt="31 million", value=31e6, unit=P)
S("ref", 5, "making up 60 percent of the total", vt="60 percent", value=60.0, unit=PC)
S("ref", 5, "marking a 22 percent surge", vt="22 percent", value=22.0, unit=PC)
S("ref", 10, "共有1080万苏丹人", vt="1080万", value=1080e4, unit=P)
S("ref", 10, "该国共有1380万人", vt="1380万", value=1380e4, unit=P)
S("ref", 11, "近两百万叙利亚人", vt="两百万", value=2e6, unit=P, q="under")
S("ref", 11, "估计已有 50 多万叙利亚人", vt="50", value=50e4, unit=P, q="over", mult=1e4)
S("ref", 11, "估计已有 120 万境内流离失所者", vt="120 万", value=120e4, unit=P)
S("ref", 13, "而2017年这个数字为1620万", vt="1620万", value=1620e4, unit=P)
S("ref", 13, "比上一年增加290万人", vt="290万", value=290e4, unit=P)
S("ref", 14, "导致800万人在乌克兰境内", vt="800万", value=800e4, unit=P)
S("ref", 16, "來自23個國家", vt="23", value=23, unit=CNT)
S("ref", 16, "的8.5億民眾", vt="8.5億", value=8.5e8, unit=P)
S("ref", 16, "數量增長了11%", vt="11%", value=11.0, unit=PC)
S("ref", 17, "被46個最不發達國家", vt="46", value=46, unit=CNT)
S("ref", 17, "僅占全球的1.3%", vt="1.3%", value=1.3, unit=PC)
S("ref", 18, "平均每年有150萬難民", vt="150萬", value=150e4, unit=P)
S("ref", 18, "已經下降到約38.5萬", vt="38.5萬", value=38.5e4, unit=P, q="approx")
S("ref", 20, "a total of 11.6 million Ukrainians", vt="11.6 million", value=11.6e6, unit=P)
S("ref", 20, "including 5.9 million within their country", vt="5.9 million", value=5.9e6, unit=P)
# refugees: not claims
NC("ref", 1, "Posts from June 2024", "date")
NC("ref", 1, "the 12th consecutive record high", "ordinal")
NC("ref", 2, "13 Jun 2024", "date")
NC("ref", 3, " date 2024-01-01", "date")
NC("ref", 5, "on June 12, 2025", "date")
NC("ref", 5, "a troubling 13-year trend", "period_label")
NC("ref", 6, "the 12th consecutive year", "ordinal")
NC("ref", 9, "中新网北京6月13日电", "dateline")
NC("ref", 10, "发布时间:2024-12-01 07:39:21", "date")
NC("ref", 10, "sp20241201", "identifier")
NC("ref", 10, "《2024年全球趋势报告》", "report_title")
NC("ref", 11, "于 2011 年爆发", "date")
NC("ref", 12, "2022年06月17日", "date")
NC("ref", 12, "版次:A09", "identifier")
NC("ref", 13, "《2017年流离失所问题全球趋势》", "report_title")
NC("ref", 14, "当地时间23日宣布", "date")
NC("ref", 15, "2024/06/14", "date")
NC("ref", 15, "連續第12年的增長", "ordinal")
NC("ref", 15, "世界第12人口大國", "rank")
NC("ref", 16, "2022-06-16 人民網", "date")
NC("ref", 16, "連續第十五年", "ordinal")
NC("ref", 17, "聯合國難民署14日發布", "date")
NC("ref", 18, "在6月20日世界難民日", "date")
NC("ref", 19, " date 2023-06-14", "date")
NC("ref", 19, "began back in 1975", "date")
NC("ref", 20, "published in June 2023", "date")
NC("ref", 20, "(2012 - 2022)", "period_label")
NC("ref", 20, "in February 2022", "date")

# ============================================================ HIV / AIDS (UNAIDS)
ms = [
    F("hiv", 1, "39.9 million people were living with HIV", 39.9e6, P, "y23"),
    F("hiv", 3, "Nearly 40 million people around the world", 40e6, P, "y23", q="under", note="photo caption"),
    F("hiv", 3, "Nearly 40 million people are living with HIV", 40e6, P, "y23", q="under"),
    F("hiv", 5, "nearly 40 million people were living with HIV", 40e6, P, "y23", q="under"),
    F("hiv", 6, "nearly 40 million people were living with HIV/AIDS", 40e6, P, "y23", q="under"),
    F("hiv", 7, "there were 39.9 million people living with HIV", 39.9e6, P, "y23"),
    F("hiv", 11, "全球现有约3990万人", 3990e4, P, "y23", q="approx"),
    F("hiv", 12, "全球现有约3990万人", 3990e4, P, "y23", q="approx"),
    F("hiv", 14, "全球现有约3990万人", 3990e4, P, "y23", q="approx"),
    F("hiv", 16, "2023年全球約有3,990萬", 3990e4, P, "y23", q="approx"),
    F("hiv", 17, "全球近4000萬人感染愛滋", 4000e4, P, "y23", q="under", note="headline"),
    F("hiv", 17, "2023年全球約有3990萬", 3990e4, P, "y23", q="approx"),
    F("hiv", 4, "An estimated 39 million people globally", 39e6, P, "y22"),
    F("hiv", 13, "2022年全球有3900万艾滋病感染者", 3900e4, P, "y22"),
    F("hiv", 18, "全球目前有3900萬艾滋病病毒感染者", 3900e4, P, "y22"),
    F("hiv", 9, "Around 40.8 million people worldwide", 40.8e6, P, "y24", q="approx"),
    F("hiv", 9, "the 40.8 million people living", 40.8e6, P, "y24"),
    F("hiv", 15, "全球仍有4080萬名HIV感染者", 4080e4, P, "y24"),
    F("hiv", 19, "全球估計有3790萬人", 3790e4, P, "y18"),
    F("hiv", 19, "近4千萬人染病", 4e7, P, "y18", vt="4千萬", step=1e7, q="under", note="subheading"),
    F("hiv", 20, "在全球近4000万名感染者中", 4000e4, P, "y23", q="under"),
    F("hiv", 21, "约3860万人", 3860e4, P, "y05", q="approx"),
    F("hiv", 22, "全球3400萬人攜帶艾滋病毒", 3400e4, P, "y10", note="headline"),
    F("hiv", 22, "約有3400萬人攜帶", 3400e4, P, "y10", q="approx"),
]
G("hiv_plhiv", HIV, "People living with HIV: 2023 39.9 million (two), 'nearly 40 million' (four), 約3990万 (five) and '近4000萬' (headline); 2022 39 million "
  "= 3900万 (three); 2024 40.8 million (two) = 4080萬; 2018 3790萬 and '近4千萬'; 2005 約3860万; 2010 3400萬 (two)", "world", "people living with HIV", "2005-2024",
  "Bounds and 'about' figures that contain the figure are consistent; other years different_basis.", ms)

ms = [F("hiv", 11, "比2022年增加90万人", 90e4, P, "y23"), F("hiv", 12, "比2022年增加90万人", 90e4, P, "y23"),
      F("hiv", 14, "比2022年增加90万人", 90e4, P, "y23")]
G("hiv_plhiv_increase", HIV, "Increase of people living with HIV in 2023: 90万 (three Xinhua copies)", "world", "increase of people living with HIV", "2023",
  "Same figure.", ms)

ms = [
    F("hiv", 1, "there were 1.3 million new infections", 1.3e6, P, "y23"),
    F("hiv", 3, "Around 1.3 million new infections", 1.3e6, P, "y23", q="approx"),
    F("hiv", 5, "higher at 1.3 million", 1.3e6, P, "y23"),
    F("hiv", 7, "1.3 million people worldwide were newly infected", 1.3e6, P, "y23"),
    F("hiv", 11, "2023年新增约130万艾滋病病毒感染者", 130e4, P, "y23", q="approx", note="headline"),
    F("hiv", 11, "新增约130万名艾滋病病毒感染者", 130e4, P, "y23", q="approx"),
    F("hiv", 12, "2023年全球新增约130万艾滋病病毒感染者", 130e4, P, "y23", q="approx", nth=1, note="headline"),
    F("hiv", 12, "2023年全球新增约130万艾滋病病毒感染者", 130e4, P, "y23", q="approx", nth=2, note="repeated headline"),
    F("hiv", 12, "新增约130万名艾滋病病毒感染者", 130e4, P, "y23", q="approx"),
    F("hiv", 14, "2023年新增约130万艾滋病病毒感染者", 130e4, P, "y23", q="approx", nth=1, note="headline"),
    F("hiv", 14, "2023年新增约130万艾滋病病毒感染者", 130e4, P, "y23", q="approx", nth=2, note="summary line"),
    F("hiv", 14, "新增约130万名艾滋病病毒感染者", 130e4, P, "y23", q="approx"),
    F("hiv", 16, "新增愛滋病毒感染人數達130萬人", 130e4, P, "y23"),
    F("hiv", 17, "新增愛滋病毒感染人數達130萬人", 130e4, P, "y23"),
    F("hiv", 20, "感染者数量约为130万", 130e4, P, "y23", q="approx"),
    F("hiv", 21, "2005年估计又有400万人", 400e4, P, "y05"),
    F("hiv", 22, "大約有270萬人新感染", 270e4, P, "y10", q="approx"),
    F("hiv", 2, "The estimated 1.3 million", 1.3e6, P, "y22"),
    F("hiv", 4, "Some 1.3 million people became newly infected", 1.3e6, P, "y22", q="approx"),
    F("hiv", 13, "2022年全球艾滋病新感染130万", 130e4, P, "y22", note="headline"),
    F("hiv", 13, "130万新艾滋病感染者", 130e4, P, "y22"),
    F("hiv", 18, "2022年全球新增130萬艾滋病病毒感染者", 130e4, P, "y22", note="headline"),
    F("hiv", 18, "2022年新增130萬艾滋病病毒感染者", 130e4, P, "y22"),
    F("hiv", 8, "(1.3 million in 2024", 1.3e6, P, "y24"),
    F("hiv", 10, "1.3 million new infections occurred in 2024", 1.3e6, P, "y24"),
    F("hiv", 15, "全球去年增130萬人感染HIV", 130e4, P, "y24", note="headline"),
    F("hiv", 15, "2024年全年約有130萬人感染HIV", 130e4, P, "y24", q="approx"),
    F("hiv", 8, "Over 1 million new HIV infections occur each year", 1e6, P, "annual", q="over"),
    F("hiv", 3, "a peak of 3.3 million in 1995", 3.3e6, P, "pk95", note="peak"),
    F("hiv", 8, "versus 3.4 million in 1996)", 3.4e6, P, "pk96", note="peak"),
    F("hiv", 3, "a UNAIDS target of 330,000 new infections", 330000, P, "tg25"),
    F("hiv", 5, "to below 370,000 by 2025", 370000, P, "tg25", q="under"),
]
pr = X(ms, DC, ["pk95"], ["pk96"])
G("hiv_new_infections", HIV, "New HIV infections: 2023 1.3 million = 约130万 (fifteen); 2005 400万; 2010 約270萬; 2022 1.3 million = 130万 (six); 2024 1.3 million = 130萬 (four); 'over 1 "
  "million' a year; the peak 3.3 million in 1995 vs 3.4 million in 1996; the 2025 target 330,000 (tag24) vs 'below 370,000'", "world",
  "new HIV infections", "1995-2025", "The 2025 target: 330,000 is not 'below 370,000' as the target (conflict); the peak figures name different years "
  "(different_basis, conflict defensible); same year consistent; other years different_basis.", ms, pr)

ms = [
    F("hiv", 1, "630,000 AIDS-related deaths", 630000, P, "y23"),
    F("hiv", 3, "to 630,000 last year", 630000, P, "y23"),
    F("hiv", 6, "approximately 630,000 people died", 630000, P, "y23", q="approx"),
    F("hiv", 11, "2023年全球有63万人死于", 63e4, P, "y23"),
    F("hiv", 12, "2023年全球有63万人死于", 63e4, P, "y23"),
    F("hiv", 14, "2023年全球有63万人死于", 63e4, P, "y23"),
    F("hiv", 16, "約有63萬人因愛滋相關死亡", 63e4, P, "y23", q="approx"),
    F("hiv", 17, "約有63萬人因愛滋相關死亡", 63e4, P, "y23", q="approx"),
    F("hiv", 3, "from 670,000 in 2022", 670000, P, "y22rev", note="the 2024 report's figure for 2022"),
    F("hiv", 4, "630,000 died from AIDS-related illnesses", 630000, P, "y22"),
    F("hiv", 13, "63万人死于艾滋病相关疾病", 63e4, P, "y22"),
    F("hiv", 18, "63萬人死于艾滋病相關疾病", 63e4, P, "y22"),
    F("hiv", 8, "to 630,000 in 2024", 630000, P, "y24"),
    F("hiv", 9, "approximately 630,000 people worldwide died", 630000, P, "y24", q="approx"),
    F("hiv", 15, "另外有63萬人是因與HIV相關原因死亡", 63e4, P, "y24"),
    F("hiv", 15, "2024年共有130萬人因感染HIV而死", 130e4, P, "hivdeath24", note="'deaths from HIV infection', beside 63萬 'HIV-related' deaths"),
    F("hiv", 20, "的最低水平,为63万人", 63e4, P, "y23"),
    F("hiv", 6, "from 2.1 million deaths in 2004", 2.1e6, P, "y04", note="the peak year on this page"),
    F("hiv", 8, "from 2.1 million in 2005", 2.1e6, P, "y05", note="the peak year on this page"),
    F("hiv", 22, "高達(dá)220萬人", 220e4, P, "y05v11", note="the 2011 report's figure for 2005"),
    F("hiv", 21, "去年艾滋病夺走了约280万人的生命", 280e4, P, "y05v06", q="approx", note="the 2006 report's figure for 2005"),
    F("hiv", 19, "致死人數降至約77萬人", 77e4, P, "y18", q="approx"),
    F("hiv", 19, "當年有120萬人死亡", 120e4, P, "y10"),
    F("hiv", 22, "降至大約180萬人", 180e4, P, "y10v11", q="approx", note="the 2011 report's figure for 2010"),
    F("hiv", 6, "fewer than 250,000 deaths", 250000, P, "tg25", q="under"),
]
pr = X(ms, DC, ["y22rev"], ["y22"])
pr.update(X(ms, DC, ["hivdeath24"], ["y24"]))
pr.update(X(ms, DC, ["y05"], ["y05v11", "y05v06"]))
pr.update(X(ms, DC, ["y05v11"], ["y05v06"]))
pr.update(X(ms, DC, ["y10"], ["y10v11"]))
G("hiv_deaths", HIV, "AIDS-related deaths: 2023 630,000 = 63万 (nine); 2005 2.1 million (2025 blog) vs 220萬 (2011 report) vs 約280万 (2006 report); 2010 120萬 (2019 report) vs 約180萬 (2011 report); 2022 630,000 = 63万 (three) vs the 2024 report's 670,000; 2024 630,000 = 63萬 (three) "
  "and yahoo's '130萬人因感染HIV而死'; the peak 2.1 million in 2004 vs in 2005; 2018 約77萬; 2010 120萬; the 2025 target 'fewer than 250,000'", "world",
  "AIDS-related deaths", "2004-2025", "670,000 for 2022 is a later revision of 630,000 (different_basis, conflict defensible); yahoo's 130萬 'deaths from "
  "HIV' is set beside the 63萬 on its page (different_basis, conflict defensible); earlier reports' figures for 2005 and 2010 (2.8 / 2.2 million, 1.8 million) against later ones (2.1, 1.2 million) are vintages (different_basis, conflict defensible); same year consistent; other years different_basis.", ms, pr)

ms = [F("hiv", 10, "AIDS-related deaths by 56% since 2010", 56.0, PC, "unaids24"), F("hiv", 15, "已減少54%", 54.0, PC, "who24"),
      F("hiv", 19, "比2010年減少了33%", 33.0, PC, "y18")]
pr = X(ms, DC, ["unaids24"], ["who24"])
G("hiv_deaths_since2010", HIV, "Fall of AIDS-related deaths since 2010: 2024 56% (UNAIDS, policyedge) vs 54% (the WHO figure on yahoo); 2018 33%", "world",
  "decline of AIDS-related deaths since 2010 (percent)", "2018 / 2024", "UNAIDS' 56% and the WHO's 54% for 2024 come from different compilers "
  "(different_basis, conflict defensible).", ms, pr)

ms = [F("hiv", 15, "死亡人數已減少70%", 70.0, PC, "y24pk"), F("hiv", 8, "by roughly 70% since 2005", 70.0, PC, "y24pk", q="approx"),
      F("hiv", 2, "reduced by 69% since the peak in 2004", 69.0, PC, "y22pk")]
G("hiv_deaths_since_peak", HIV, "Fall of AIDS-related deaths since the peak: 2024 70% (since 2004) vs 'roughly 70%' (since 2005); 2022 69%", "world",
  "decline of AIDS-related deaths since the peak (percent)", "2022 / 2024", "Same year consistent; 2022 different_basis.", ms)

ms = [F("hiv", 7, "This is 39% less than in 2010", 39.0, PC, "y23"), F("hiv", 15, "比2010年減少40", 40.0, PC, "y24", vt="40", step=1, note="headline, full-width ％"),
      F("hiv", 15, "與2010年相比減少 40%", 40.0, PC, "y24", step=1), F("hiv", 10, "reduced new HIV infections by 40%", 40.0, PC, "y24", step=1)]
G("hiv_newinf_since2010", HIV, "Fall of new infections since 2010: 2023 39%; 2024 40% (three)", "world", "decline of new HIV infections since 2010 (percent)",
  "2023 / 2024", "Same year consistent; 2023 different_basis.", ms)
ms = [F("hiv", 7, "60% less than in 1995", 60.0, PC, "y23"), F("hiv", 8, "fallen by about 61% since the mid-1990s peak", 61.0, PC, "y24", q="approx")]
G("hiv_newinf_since_peak", HIV, "Fall of new infections since the mid-1990s peak: 2023 60%; 2024 'about 61%'", "world",
  "decline of new HIV infections since the peak (percent)", "2023 / 2024", "Different years.", ms)

ms = [F("hiv", 1, "Nearly 30.7 million people with HIV", 30.7e6, P, "y23", q="under"), F("hiv", 3, "with 30.7 million patients", 30.7e6, P, "y23"),
      F("hiv", 7, "(30.7 million people)", 30.7e6, P, "y23"),
      F("hiv", 20, "有近3100万名感染者接受", 3100e4, P, "y23", q="under"),
      F("hiv", 13, "2980万人正接受", 2980e4, P, "y22"), F("hiv", 13, "增加到2022年的2980万", 2980e4, P, "y22"),
      F("hiv", 18, "上升到2022年的2980萬", 2980e4, P, "y22"),
      F("hiv", 3, "just 7.7 million in 2010", 7.7e6, P, "y10"), F("hiv", 9, "up from the 7.7 million in 2010", 7.7e6, P, "y10"),
      F("hiv", 13, "从2010年的770万", 770e4, P, "y10"), F("hiv", 18, "從2010年的770萬", 770e4, P, "y10"),
      F("hiv", 9, "31.6 million out of", 31.6e6, P, "y24"), F("hiv", 19, "有2330萬人", 2330e4, P, "y18"),
      F("hiv", 3, "a target of 34 million set for 2025", 34e6, P, "tg25"), F("hiv", 9, "target of 34 million by 2025", 34e6, P, "tg25")]
G("hiv_art", HIV, "People on antiretroviral therapy: 2023 30.7 million (three, one 'nearly') and '近3100万'; 2022 2980万 (three); 2010 7.7 million = 770万 (four); 2024 31.6 "
  "million; 2018 2330萬; the 2025 target 34 million (two)", "world", "people on antiretroviral therapy", "2010-2025",
  "Same year consistent; other years different_basis.", ms)
ms = [F("hiv", 13, "增加近四倍", 4.0, T, "y22", vt="四倍", step=1, q="under"), F("hiv", 18, "人數增加了4倍", 4.0, T, "y22", vt="4倍", step=1)]
G("hiv_art_growth", HIV, "Growth of treatment 2010-2022: '增加近四倍' vs '增加了4倍'", "world", "growth of people on treatment 2010-2022 (times)", "2010-2022",
  "A bound that contains the figure (consistent).", ms)

ms = [F("hiv", 1, "that still leaves 9.3 million without treatment", 9.3e6, P, "y23"),
      F("hiv", 5, "Over 9 million of them", 9e6, P, "y23", q="over"), F("hiv", 6, "with over 9 million not receiving", 9e6, P, "y23", q="over"),
      F("hiv", 11, "其中尚有930万人", 930e4, P, "y23"), F("hiv", 12, "其中尚有930万人", 930e4, P, "y23"), F("hiv", 14, "其中尚有930万人", 930e4, P, "y23"),
      F("hiv", 20, "还有约930万人", 930e4, P, "y23", q="approx"),
      F("hiv", 4, "Around 9.2 million people still miss out", 9.2e6, P, "y22", q="approx"), F("hiv", 13, "大约920万人未获治疗", 920e4, P, "y22", q="approx"),
      F("hiv", 18, "約有920萬感染者", 920e4, P, "y22", q="approx"),
      F("hiv", 8, "Nearly 10 million people living with HIV still lack", 10e6, P, "y24", q="under")]
G("hiv_untreated", HIV, "People living with HIV without treatment: 2023 9.3 million = 930万 (five) and 'over 9 million' (two); 2022 'around 9.2 million' = "
  "约920万 (three); 2024 'nearly 10 million'", "world", "people living with HIV not on treatment", "2022-2024",
  "Bounds that contain the figure are consistent; other years different_basis.", ms)
ms = [F("hiv", 4, "including 660 000 children", 660000, P, "y22", vt="660 000", step=1e4), F("hiv", 13, "其中包括66万名", 66e4, P, "y22"),
      F("hiv", 18, "其中包括66萬感染", 66e4, P, "y22")]
G("hiv_children_untreated", HIV, "Children living with HIV without treatment 2022: 660 000 = 66万 (three)", "world", "children not on treatment", "2022",
  "Same figure.", ms)

ms = [F("hiv", 1, "86% of people with HIV knew their status", 86.0, PC, "y23"),
      F("hiv", 7, "About 84% of people living with HIV", 84.0, PC, "y23", q="approx"),
      F("hiv", 7, "approximately 86% of people living with HIV", 86.0, PC, "y23", q="approx"),
      F("hiv", 15, "2024年全球共有87%感染者", 87.0, PC, "y24"), F("hiv", 15, "平均值87%", 87.0, PC, "y24"),
      F("hiv", 10, "around three-quarters of people living with HIV knew their status", 75.0, PC, "y24", vt="three-quarters", step=5, q="approx")]
G("hiv_know_status", HIV, "People living with HIV who know their status: 2023 86% (poz, virusoff) vs virusoff's 'About 84%'; 2024 87% (two) vs policyedge's "
  "'around three-quarters'", "world", "share of people living with HIV who know their status (percent)", "2023 / 2024",
  "84% vs 86% for 2023 (also inside one page) and 'three-quarters' vs 87% for 2024 disagree (conflict); other years different_basis.", ms)
ms = [F("hiv", 1, "89% of people diagnosed were on treatment", 89.0, PC, "y23"), F("hiv", 15, "89%已知感染者", 89.0, PC, "y24"),
      F("hiv", 15, "、89%", 89.0, PC, "y24", nth=2), F("hiv", 10, "89% of those were receiving", 89.0, PC, "y24")]
G("hiv_on_treatment", HIV, "Diagnosed people on treatment: 2023 89%; 2024 89% (three)", "world", "share of diagnosed people on treatment (percent)",
  "2023 / 2024", "Same year consistent; other year different_basis.", ms)
ms = [F("hiv", 1, "93% of those had viral suppression", 93.0, PC, "y23"), F("hiv", 15, "94%接受治療的感染者", 94.0, PC, "y24"),
      F("hiv", 15, "及94%", 94.0, PC, "y24"), F("hiv", 10, "94% of those on treatment", 94.0, PC, "y24")]
G("hiv_suppressed_treated", HIV, "People on treatment with viral suppression: 2023 93%; 2024 94% (three)", "world",
  "share of treated people virally suppressed (percent)", "2023 / 2024", "Same year consistent; other year different_basis.", ms)
ms = [F("hiv", 2, "almost three-quarters (71%)", 71.0, PC, "y22", vt="71%"), F("hiv", 7, "72% had viral suppression", 72.0, PC, "y23")]
G("hiv_suppressed_all", HIV, "All people living with HIV with suppressed viral loads: 2022 71%; 2023 72%", "world",
  "share of all people living with HIV virally suppressed (percent)", "2022 / 2023", "Different years.", ms)

ms = [F("hiv", 5, "increased to 55% in 2023", 55.0, PC, "y23"), F("hiv", 6, "rose to 55% in 2023", 55.0, PC, "y23"),
      F("hiv", 5, "from 45% in 2010", 45.0, PC, "y10"), F("hiv", 6, "from 45% in 2010", 45.0, PC, "y10")]
G("hiv_keypop_share", HIV, "Share of new infections among key populations: 2023 55% (two); 2010 45% (two)", "world",
  "share of new infections among key populations (percent)", "2010 / 2023", "Same year consistent.", ms)
for gid, what, rows in [
    ("hiv_esa_decline", "Fall of new infections in eastern and southern Africa since 2010 (2022)", [(4, "reduced by 57% since 2010", 57.0), (13, "新感染人数减少了57%", 57.0)]),
    ("hiv_asia_share", "Asia and the Pacific's share of new infections (2022)", [(4, "23% - of new HIV infections", 23.0), (13, "近四分之一(23%)", 23.0), (18, "近四分之一(23%)", 23.0)]),
    ("hiv_eeca_rise", "Rise of new infections in eastern Europe and central Asia since 2010", [(2, "(49% increase)", 49.0), (13, "增长了49%", 49.0), (18, "增加了49%", 49.0)]),
    ("hiv_mena_rise", "Rise of new infections in the Middle East and North Africa since 2010", [(2, "(61% increase)", 61.0), (13, "增长了61%", 61.0), (18, "增加了61%", 61.0)]),
    ("hiv_children_decline", "Fall of new infections among children 2010-2022", [(13, "新发艾滋病感染儿童人数减少了58%", 58.0), (18, "新發感染人數減少了58%", 58.0)]),
]:
    ms = [F("hiv", n, qq, v, PC, "y22", vt=None if "四分之一" not in qq else "23%") for n, qq, v in rows]
    G(gid, HIV, what + " (UNAIDS 2023 report, retold)", "world", what, "2022", "Same figure.", ms)
ms = [F("hiv", 13, "2022年全球82%的艾滋病", 82.0, PC, "y22"), F("hiv", 18, "2022年全球82%的感染", 82.0, PC, "y22"),
      F("hiv", 7, "84% of pregnant women", 84.0, PC, "y23"), F("hiv", 13, "高于2010年的46%", 46.0, PC, "y10"), F("hiv", 18, "遠高于2010年的46%", 46.0, PC, "y10")]
G("hiv_pmtct", HIV, "Pregnant and breastfeeding women with HIV on treatment: 2022 82% (two); 2023 84%; 2010 46% (two)", "world",
  "share of pregnant women with HIV on treatment (percent)", "2010-2023", "Same year consistent; other years different_basis.", ms)
ms = [F("hiv", 13, "资金总额为208亿美元", 208e8, USD, "y22"),
      F("hiv", 1, "$19.8 billion was available", 19.8e9, USD, "y23"), F("hiv", 19, "僅籌措到190億美元", 190e8, USD, "y18")]
G("hiv_funding", HIV, "Funding available for the HIV response: 2022 208亿美元; 2023 $19.8 billion; 2018 190億美元", "world", "HIV response funding (USD)",
  "2018-2023", "Same year consistent; other years different_basis.", ms)
ms = [F("hiv", 13, "每周有4000名年轻妇女", 4000, P, "y22"), F("hiv", 18, "每周有4000名年輕婦女", 4000, P, "y22")]
G("hiv_young_women_weekly", HIV, "Young women and girls infected each week (2022): 4000 (two)", "world", "young women newly infected per week", "2022",
  "Same figure.", ms)
ms = [F("hiv", 12, "平均每天有570名", 570, P, "y23"), F("hiv", 14, "平均每天有570名", 570, P, "y23")]
G("hiv_young_women_daily", HIV, "Women aged 15-24 infected each day (2023): 570 (two)", "world", "young women newly infected per day", "2023", "Same figure.", ms)
ms = [F("hiv", 7, "1.4 million were children", 1.4e6, P, "y23"), F("hiv", 9, "around 1.4 million children", 1.4e6, P, "y24", q="approx")]
G("hiv_children", HIV, "Children living with HIV: 2023 1.4 million; 2024 'around 1.4 million'", "world", "children living with HIV", "2023 / 2024",
  "Different years.", ms)
ms = [F("hiv", 3, "and 260,000 fatalities", 260000, P, "y23"), F("hiv", 9, "260,000 people died from AIDS-related causes", 260000, P, "y24")]
G("hiv_esa_deaths", HIV, "AIDS-related deaths in eastern and southern Africa: 2023 260,000; 2024 260,000", "eastern and southern Africa", "AIDS-related deaths",
  "2023 / 2024", "Different years.", ms)

ms = [F("hiv", 12, "在至少28个国家", 28, CNT, "y23", q="at_least"), F("hiv", 20, "至少有28个国家", 28, CNT, "y23", q="at_least")]
G("hiv_countries_rising", HIV, "Countries where new infections were rising in 2023: 'at least 28' (two)", "world", "countries with rising new infections",
  "2023", "Same figure.", ms)
ms = [F("hiv", 21, "25年2500万人死于艾滋病", 2500e4, P, "cum06", note="headline"), F("hiv", 21, "已经有2500万人死于艾滋病", 2500e4, P, "cum06"),
      F("hiv", 15, "奪走全球4410萬人的性命", 4410e4, P, "cum25")]
G("hiv_cumulative_deaths", HIV, "Cumulative AIDS deaths: 2500万 in 25 years (2006 report, headline and body) vs 4410萬 to date (2025)", "world",
  "cumulative AIDS deaths", "1981-2024", "Same report consistent; different dates different_basis.", ms)

# HIV: singles
S("hiv", 1, "to reach 95% by 2030", vt="95%", value=95.0, unit=PC)
S("hiv", 1, "nearly 35 million new infections", vt="35 million", value=35e6, unit=P, q="under")
S("hiv", 1, "nearly 18 million deaths", vt="18 million", value=18e6, unit=P, q="under")
S("hiv", 1, "about $9.5 billion less than needed", vt="$9.5 billion", value=9.5e9, unit=USD, q="approx")
S("hiv", 2, "[1.0 million–1.7 million]", vt="1.0 million–1.7 million", value=[1.0e6, 1.7e6], unit=P)
S("hiv", 2, "76% of women", vt="76%", value=76.0, unit=PC)
S("hiv", 2, "67% of men", vt="67%", value=67.0, unit=PC)
S("hiv", 2, "was only 46%", vt="46%", value=46.0, unit=PC)
S("hiv", 3, "a decline of 100,000", vt="100,000", value=-100000, unit=P)
S("hiv", 3, "with 20.8 people living with HIV", vt="20.8", value=20.8, unit=P, note="'million' missing on the page")
S("hiv", 3, "450,000 infected last year", vt="450,000", value=450000, unit=P)
S("hiv", 5, "more than three times", vt="three", value=3.0, unit=T, q="over")
S("hiv", 6, "costing $40,000 annually", vt="$40,000", value=40000, unit=USD)
S("hiv", 7, "38.6 million were adults", vt="38.6 million", value=38.6e6, unit=P)
S("hiv", 7, "53% of them", vt="53%", value=53.0, unit=PC)
S("hiv", 7, "accounted for 44% of all", vt="44%", value=44.0, unit=PC)
S("hiv", 7, "About 5.4 million people", vt="5.4 million", value=5.4e6, unit=P, q="approx")
S("hiv", 7, "awareness is 95% by 2025", vt="95%", value=95.0, unit=PC)
S("hiv", 7, "77% of all people living with HIV", vt="77%", value=77.0, unit=PC)
S("hiv", 8, "from 0.59 in 1996", vt="0.59", value=0.59, unit=PK)
S("hiv", 8, "to 0.16 in 2024", vt="0.16", value=0.16, unit=PK)
S("hiv", 8, "rate of 0.54", vt="0.54", value=0.54, unit=PK)
S("hiv", 8, "peak of 4.24", vt="4.24", value=4.24, unit=PK)
S("hiv", 8, "from 280,000", vt="280,000", value=280000, unit=P)
S("hiv", 8, "to 53,000 in South Africa", vt="53,000", value=53000, unit=P)
S("hiv", 8, "from 140,000", vt="140,000", value=140000, unit=P)
S("hiv", 8, "to 17,000 in Zimbabwe", vt="17,000", value=17000, unit=P)
S("hiv", 9, "(-59 percent from 2010)", vt="-59 percent", value=-59.0, unit=PC)
S("hiv", 9, "at 150,000 (-53 percent)", vt="150,000", value=150000, unit=P)
S("hiv", 9, "at 120,000 (-60 percent)", vt="120,000", value=120000, unit=P)
S("hiv", 9, "at 48,000 (+48 percent)", vt="48,000", value=48000, unit=P)
S("hiv", 9, "at 27,000 (-31 percent)", vt="27,000", value=27000, unit=P)
S("hiv", 9, "there were 9,000 AIDS-related deaths", vt="9,000", value=9000, unit=P)
S("hiv", 9, "7,000 in the Middle East", vt="7,000", value=7000, unit=P)
S("hiv", 9, "4,800 in the Caribbean", vt="4,800", value=4800, unit=P)
S("hiv", 10, "underwrites 80% of prevention", vt="80%", value=80.0, unit=PC)
S("hiv", 10, "6 million additional infections", vt="6 million", value=6e6, unit=P)
S("hiv", 10, "4 million additional deaths", vt="4 million", value=4e6, unit=P)
S("hiv", 13, "远低于2025年所需的293亿美元", vt="293亿美元", value=293e8, unit=USD)
S("hiv", 15, "其中非洲佔65%", vt="65%", value=65.0, unit=PC)
S("hiv", 15, "約2630萬人", vt="2630萬", value=2630e4, unit=P, q="approx")
S("hiv", 15, "約3萬6千人", vt="3萬6千", value=3.6e4, unit=P, q="approx")
S("hiv", 15, "新增通報744人", vt="744", value=744, unit=P)
S("hiv", 15, "同期833人", vt="833", value=833, unit=P)
S("hiv", 15, "減少89人", vt="89", value=-89, unit=P)
S("hiv", 15, "分別為92%", vt="92%", value=92.0, unit=PC)
S("hiv", 15, "、96%", vt="96%", value=96.0, unit=PC)
S("hiv", 15, "及95%", vt="95%", value=95.0, unit=PC, nth=2)
S("hiv", 17, "約35,500名", vt="35,500", value=35500, unit=P, q="approx")
S("hiv", 17, "感染人數為940人", vt="940", value=940, unit=P)
S("hiv", 18, "超過0.3%", vt="0.3%", value=0.3, unit=PC, q="over")
S("hiv", 18, "僅有42%", vt="42%", value=42.0, unit=PC)
S("hiv", 19, "明顯增加29%", vt="29%", value=29.0, unit=PC)
S("hiv", 19, "高達41%", vt="41%", value=41.0, unit=PC)
S("hiv", 19, "死亡人數增加5%", vt="5%", value=5.0, unit=PC)
S("hiv", 19, "北非增加了9%", vt="9%", value=9.0, unit=PC)
S("hiv", 20, "通常不到50%", vt="50%", value=50.0, unit=PC, q="under")
S("hiv", 21, "总共有6500万人", vt="6500万", value=6500e4, unit=P)
S("hiv", 21, "那里有2500万人感染", vt="2500万", value=2500e4, unit=P)
S("hiv", 21, "占全球总感染病例的三分之二", vt="三分之二", value=66.67, unit=PC)
S("hiv", 22, "減少了15%", vt="15%", value=15.0, unit=PC)
S("hiv", 22, "下降了22%", vt="22%", value=22.0, unit=PC)
S("hiv", 22, "共有665萬人", vt="665萬", value=665e4, unit=P)
S("hiv", 22, "有48%能夠", vt="48%", value=48.0, unit=PC)
S("hiv", 22, "相比減少了10%", vt="10%", value=10.0, unit=PC)
S("hiv", 22, "每年需要220億至240億美元", vt="220億至240億美元", value=[220e8, 240e8], unit=USD)
S("hiv", 22, "大約為70億美元", vt="70億美元", value=70e8, unit=USD, q="approx")
# HIV: not claims
NC("hiv", 2, "The full report is 190+ pages", "page_count")
NC("hiv", 3, " date 2024-07-22", "date")
NC("hiv", 5, "23 Jul 2024", "date")
NC("hiv", 5, "released on July 23rd", "date")
NC("hiv", 7, "at stages 3-4 of infection", "stage_label")
NC("hiv", 8, "first identified in 1981", "date")
NC("hiv", 8, "(December 1)", "date")
NC("hiv", 9, "since 1988", "date")
NC("hiv", 11, "格隆汇11月27日", "date")
NC("hiv", 12, "2024年11月28日 06:05", "date")
NC("hiv", 13, "发布时间: 2023-07-14", "date")
NC("hiv", 13, "“95-95-95”目标", "target_label")
NC("hiv", 14, "微信号:MD80086", "identifier", nth=1)
NC("hiv", 15, " date 2025-12-01", "date")
NC("hiv", 16, "於1987年提出", "date")
NC("hiv", 16, "約1920年代", "date")
NC("hiv", 17, " date 2025-11-30", "date")
NC("hiv", 18, "發布時間:2023-07-14 15:25:00", "date")
NC("hiv", 18, "《2023全球艾滋病防治進展報告", "report_title")
NC("hiv", 19, "2019-07-17 14:56", "date")
NC("hiv", 20, "中新社北京11月27日电", "dateline")
NC("hiv", 20, "第37个“世界艾滋病日”", "ordinal")
NC("hiv", 21, "中国时间 21:44 2023年9月28日 星期四", "date")
NC("hiv", 22, "2011年12月01日09:41", "date")
NC("hiv", 22, "www.chinagate.cn", "identifier")

# ============================================================ world hunger (SOFI)
ms = [
    F("hun", 1, "some 733 million people", 733e6, P, "y23", q="approx"),
    F("hun", 3, "About 733 million people", 733e6, P, "y23", q="approx"),
    F("hun", 4, "Around 733 million people faced hunger", 733e6, P, "y23", q="approx"),
    F("hun", 5, "733 million", 733e6, P, "y23", nth=1, note="heading"),
    F("hun", 5, "733 million people went to bed hungry", 733e6, P, "y23"),
    F("hun", 12, "2023年全球约有7.33亿饥饿人口", 7.33e8, P, "y23", q="approx", note="headline"),
    F("hun", 12, "2023年全球约有7.33亿人面临饥饿", 7.33e8, P, "y23", q="approx"),
    F("hun", 15, "2023年全球約有7.33億饑餓人口", 7.33e8, P, "y23", q="approx", note="headline"),
    F("hun", 15, "2023年全球約有7.33億人面臨饑餓", 7.33e8, P, "y23", q="approx"),
    F("hun", 2, "Between 713 and 757 million", [713e6, 757e6], P, "y23r", vt="713 and 757 million", step=1e6),
    F("hun", 4, "to approximately 735 million", 735e6, P, "y22", q="approx"),
    F("hun", 7, "to around 735 million in 2022", 735e6, P, "y22", q="approx"),
    F("hun", 9, "with a median range of 735 million", 735e6, P, "y22"),
    F("hun", 11, "目前全球约有7.35亿饥饿人口", 7.35e8, P, "y22", q="approx"),
    F("hun", 11, "中位数高达7.35亿", 7.35e8, P, "y22"),
    F("hun", 16, "多達7.83億人面臨飢餓", 7.83e8, P, "y22", q="under"),
    F("hun", 16, "全球去年逾7億人挨餓", 7e8, P, "y22", q="over", note="headline"),
    F("hun", 17, "去年全球飢餓人口或多達7.83億人", 7.83e8, P, "y22", q="under", note="headline"),
    F("hun", 9, "Between 691 million and 783 million", [691e6, 783e6], P, "y22r", vt="691 million and 783 million", step=1e6),
    F("hun", 10, "between 691 and 783 million people", [691e6, 783e6], P, "y22r", vt="691 and 783 million", step=1e6),
    F("hun", 11, "有6.91至7.83亿人面临饥饿", [6.91e8, 7.83e8], P, "y22r", vt="6.91至7.83亿", step=1e6),
    F("hun", 17, "估計有6.91-7.83億人", [6.91e8, 7.83e8], P, "y22r", vt="6.91-7.83億", step=1e6),
    F("hun", 6, "In 2024, 673 million people suffered", 673e6, P, "y24"),
    F("hun", 6, "with 673 million people", 673e6, P, "y24"),
    F("hun", 13, "2024年全球约有6.73亿人", 6.73e8, P, "y24", q="approx"),
    F("hun", 13, "全球有6.73亿饥饿人口", 6.73e8, P, "y24"),
    F("hun", 14, "今年全球有6.73亿人遭受饥饿", 6.73e8, P, "y24"),
    F("hun", 13, "在6.38亿至7.2亿之间", [6.38e8, 7.2e8], P, "y24r", vt="6.38亿至7.2亿", step=1e6),
    F("hun", 20, "or about 673 million people", 673e6, P, "y24", q="approx"),
    F("hun", 20, "the point estimate* of 673 million", 673e6, P, "y24"),
    F("hun", 20, "between 638 and 720 million people", [638e6, 720e6], P, "y24r", vt="638 and 720 million", step=1e6),
    F("hun", 21, "approximately 673 million people", 673e6, P, "y24", q="approx"),
    F("hun", 23, "有6.91億至7.83億人", [6.91e8, 7.83e8], P, "y22r", vt="6.91億至7.83億", step=1e6),
    F("hun", 22, "2021年有8.28亿人受饥饿影响", 8.28e8, P, "y21"),
    F("hun", 22, "共有7.02亿到8.28亿人", [7.02e8, 8.28e8], P, "y21r", vt="7.02亿到8.28亿", step=1e6),
    F("hun", 7, "the number was 613 million", 613e6, P, "y19"),
    F("hun", 11, "高于2019年的6.13亿", 6.13e8, P, "y19"),
    F("hun", 18, "全球 8.28 億人面臨饑餓", 8.28e8, P, "y21", note="headline"),
    F("hun", 18, "增加到8億2800萬人", 8.28e8, P, "y21", vt="8億2800萬", step=1e6),
    F("hun", 19, "2018年有高達8.21億人", 8.21e8, P, "y18", q="under"),
]
pr = {}
for rb, pb in [("y23r", "y23"), ("y22r", "y22"), ("y24r", "y24"), ("y21r", "y21")]:
    pr.update(X(ms, K, [rb], [pb]))
    idx = [i + 1 for i, m in enumerate(ms) if m["_basis"] == rb]
    pr.update({(a, b): K for a in idx for b in idx if a < b})
G("hun_hungry", HUN, "People facing hunger (SOFI; 2024 also zawya and testcloud, 2021 also liangshi with its range 7.02亿到8.28亿, 2022 range also nxhuan): 2023 733 million = 7.33亿 (nine) and the range 713-757 million; 2022 735 million = 7.35亿 (five), '多達7.83億' "
  "(two), '逾7億', the range 691-783 million = 6.91至7.83亿 (four); 2024 673 million = 6.73亿 (five) and the range 6.38亿至7.2亿; 2019 613 million = "
  "6.13亿; 2021 8.28億 = 8億2800萬; 2018 '高達8.21億'", "world", "people facing hunger", "2018-2024",
  "Ranges that contain the point estimate and bounds that hold are consistent; other years different_basis.", ms, pr)

ms = [F("hun", 5, "582 million people", 582e6, P, "p30v24"), F("hun", 12, "将有约5.82亿人", 5.82e8, P, "p30v24", q="approx"),
      F("hun", 15, "將有約5.82億人", 5.82e8, P, "p30v24", q="approx"),
      F("hun", 8, "nearly 600 million people around the world", 600e6, P, "p30v23", q="under"),
      F("hun", 10, "nearly 600 million people may be chronically undernourished", 600e6, P, "p30v23", q="under"),
      F("hun", 13, "2030年全世界将有5.12亿人", 5.12e8, P, "p30v25"), F("hun", 14, "全球约有5.12亿人将长期营养不良", 5.12e8, P, "p30v25", q="approx"),
      F("hun", 20, "512 million people could be", 512e6, P, "p30v25"),
      F("hun", 22, "仍将有近6.7亿人", 6.7e8, P, "p30v22", q="under"),
      F("hun", 23, "預(yù)計有近6億人", 6e8, P, "p30v23", q="under")]
G("hun_2030", HUN, "People projected to face hunger in 2030: SOFI 2024 582 million = 約5.82亿 (three); SOFI 2023 'nearly 600 million' (two) = '近6億'; SOFI 2025 5.12亿 (two) = 512 million; SOFI 2022 '近6.7亿'",
  "world", "people projected to face hunger in 2030", "2030 (projections)", "Same report consistent; other reports' projections different_basis.", ms)

ms = [F("hun", 7, "over 122 million more people into hunger", 122e6, P, "y22v19", q="over"),
      F("hun", 8, "122 Million More People Were Hungry", 122e6, P, "y22v19", vt="122 Million", step=1e6, note="headline"),
      F("hun", 8, "by more than 122 million from 2019", 122e6, P, "y22v19", q="over"),
      F("hun", 9, "over 122 million additional people", 122e6, P, "y22v19", q="over"),
      F("hun", 9, "an increase of 122 million people", 122e6, P, "y22v19"),
      F("hun", 10, "about 122 million more people than in 2019", 122e6, P, "y22v19", q="approx"),
      F("hun", 11, "全球新增饥饿人口超过1.22亿", 1.22e8, P, "y22v19", q="over"),
      F("hun", 11, "全球增加了1.22亿饥饿人口", 1.22e8, P, "y22v19"),
      F("hun", 17, "比2019年增加1.22億人", 1.22e8, P, "y22v19"),
      F("hun", 23, "比2019年增加1.22億人", 1.22e8, P, "y22v19"),
      F("hun", 22, "较2019年增加了1.5亿", 1.5e8, P, "y21v19"),
      F("hun", 3, "about 152 million more than of 2019", 152e6, P, "y23v19", q="approx"),
      F("hun", 18, "較2019年增加1億5000萬人", 1.5e8, P, "y21v19", vt="1億5000萬", step=1e6)]
G("hun_vs2019", HUN, "Increase in people facing hunger against 2019: 2022 122 million = 1.22亿 (nine, several 'over'); 2023 'about 152 million'; 2021 1億5000萬",
  "world", "increase in hungry people since 2019", "2021-2023", "Same year consistent; other years different_basis.", ms)
ms = [F("hun", 13, "较2023年减少1500万", -1500e4, P, "y24v23", vt="1500万"), F("hun", 14, "比2023年减少了1500万人", -1500e4, P, "y24v23", vt="1500万"),
      F("hun", 20, "a decrease of 15 million people from 2023", -15e6, P, "y24v23", vt="15 million")]
G("hun_vs2023", HUN, "Fall in people facing hunger 2024 against 2023: 1500万 (two) = 15 million", "world", "change in hungry people 2023-2024", "2024", "Same figure.", ms)
ms = [F("hun", 13, "较2022年减少2200万", -2200e4, P, "y24v22", vt="2200万"), F("hun", 14, "比2022年减少了2200万人", -2200e4, P, "y24v22", vt="2200万"),
      F("hun", 20, "of 22 million from 2022", -22e6, P, "y24v22", vt="22 million")]
G("hun_vs2022", HUN, "Fall in people facing hunger 2024 against 2022: 2200万 (two) = 22 million", "world", "change in hungry people 2022-2024", "2024", "Same figure.", ms)

ms = [F("hun", 3, "or some 9 percent of the world population", 9.0, PC, "y23v24", q="approx"),
      F("hun", 13, "延续了2023年(8.5%)", 8.5, PC, "y23v25"), F("hun", 14, "而2023年这一比例约为8.5%", 8.5, PC, "y23v25", q="approx"),
      F("hun", 8, "roughly 9.2 percent of the global population", 9.2, PC, "y22v23", q="approx"),
      F("hun", 13, "和2022年(8.7%)", 8.7, PC, "y22v25"), F("hun", 14, "2022年约为8.7%", 8.7, PC, "y22v25", q="approx"),
      F("hun", 6, "(8.2% of the global population)", 8.2, PC, "y24"), F("hun", 13, "饥饿人口比例降至8.2%", 8.2, PC, "y24"),
      F("hun", 14, "达到8.2%", 8.2, PC, "y24"),
      F("hun", 8, "up from 7.9 percent prior to", 7.9, PC, "y19v23"), F("hun", 18, "佔世界人口的9.8%", 9.8, PC, "y21"),
      F("hun", 20, "An estimated 8.2 percent", 8.2, PC, "y24"), F("hun", 20, "8.5 percent in 2023", 8.5, PC, "y23v25"),
      F("hun", 20, "8.7 percent in 2022", 8.7, PC, "y22v25"),
      F("hun", 21, "Affected 8.2% of World", 8.2, PC, "y24", note="headline"), F("hun", 21, "or 8.2% of the global population", 8.2, PC, "y24"),
      F("hun", 21, "from 8.5% in 2023", 8.5, PC, "y23v25"),
      F("hun", 22, "继续升至9.8%", 9.8, PC, "y21"), F("hun", 22, "高于2019年的8%", 8.0, PC, "y19v22"), F("hun", 22, "2020年的9.3%", 9.3, PC, "y20")]
pr = X(ms, DC, ["y23v24"], ["y23v25"])
pr.update(X(ms, DC, ["y19v23"], ["y19v22"]))
pr.update(X(ms, DC, ["y22v23"], ["y22v25"]))
G("hun_prevalence", HUN, "Share of the world population facing hunger: 2023 'some 9 percent' (SOFI 2024) vs 8.5% (SOFI 2025, two); 2022 'roughly 9.2 percent' "
  "(SOFI 2023) vs 8.7% (SOFI 2025, two); 2024 8.2% (six); 2019 7.9 percent (SOFI 2023) vs 8% (SOFI 2022); 2021 9.8% (two); 2020 9.3%", "world", "prevalence of undernourishment (percent)",
  "2019-2024", "SOFI 2025 revised the 2022 and 2023 rates: a later vintage of the same year is different_basis (conflict defensible); same year and "
  "vintage consistent; other years different_basis.", ms, pr)

ms = [F("hun", 1, "one in eleven globally", 11, R1, "y23", vt="eleven", step=1), F("hun", 2, "with one in 11 people facing hunger", 11, R1, "y23"),
      F("hun", 4, "One in eleven people worldwide", 11, R1, "y23", vt="eleven", step=1, note="headline"),
      F("hun", 4, "About one in eleven people worldwide", 11, R1, "y23", vt="eleven", step=1, q="approx"),
      F("hun", 4, "equivalent to one in eleven people globally", 11, R1, "y23", vt="eleven", step=1),
      F("hun", 5, "world average of one in 11 people hungry", 11, R1, "y23"),
      F("hun", 12, "每11人中就有1人", 11, R1, "y23"), F("hun", 15, "每11人中就有1人", 11, R1, "y23")]
G("hun_one_in_world", HUN, "'One in eleven' people facing hunger worldwide in 2023 (eight)", "world", "one in N people facing hunger", "2023", "Same figure.", ms)
ms = [F("hun", 4, "one in five in Africa", 5, R1, "y23", vt="five", step=1), F("hun", 5, "one in five people are hungry", 5, R1, "y23", vt="five", step=1),
      F("hun", 12, "非洲每5人中就有1人", 5, R1, "y23"), F("hun", 15, "非洲每5人中就有1人", 5, R1, "y23"),
      F("hun", 6, "One in five people in Africa", 5, R1, "y24", vt="five", step=1),
      F("hun", 21, "or one in five", 5, R1, "y24", vt="five", step=1)]
G("hun_one_in_africa", HUN, "'One in five' people facing hunger in Africa: 2023 (four); 2024 (two)", "Africa", "one in N people facing hunger", "2023 / 2024",
  "Same year consistent; other year different_basis.", ms)

ms = [F("hun", 1, "in Africa, 20.4% of the population", 20.4, PC, "y23"),
      F("hun", 8, "Nearly 20 percent of the region’s population", 20.0, PC, "y22", q="under"),
      F("hun", 16, "非洲大陸20%的人口", 20.0, PC, "y22"),
      F("hun", 13, "非洲饥饿人口比例突破20%", 20.0, PC, "y24", q="over"), F("hun", 14, "超过20%的非洲人口", 20.0, PC, "y24", q="over"),
      F("hun", 20, "surpassed 20 percent in 2024", 20.0, PC, "y24", q="over")]
G("hun_africa_pct", HUN, "Share of Africa's population facing hunger: 2023 20.4%; 2022 'nearly 20 percent' vs 20%; 2024 'over 20%' (two)", "Africa",
  "prevalence of undernourishment (percent)", "2022-2024", "A bound that contains the figure is consistent; other years different_basis.", ms)
ms = [F("hun", 6, "(306.5 million)", 306.5e6, P, "y24"), F("hun", 13, "3.07亿人食不果腹", 3.07e8, P, "y24"),
      F("hun", 14, "相当于约3.07亿人", 3.07e8, P, "y24", q="approx"),
      F("hun", 20, "affecting 307 million people", 307e6, P, "y24"), F("hun", 21, "with 307 million people", 307e6, P, "y24")]
G("hun_africa_num", HUN, "People facing hunger in Africa 2024: 306.5 million vs 3.07亿 / 307 million (three) and '约3.07亿'", "Africa", "people facing hunger", "2024",
  "3.07亿 and 307 million round 306.5 million (rounding); '约3.07亿' contains it (consistent).", ms)
ms = [F("hun", 1, "while in Asia 8.1% went hungry", 8.1, PC, "y23"), F("hun", 5, "(where 8.1% of the population is hungry)", 8.1, PC, "y23"),
      F("hun", 8, "8.5 percent in Asia", 8.5, PC, "y22v23"), F("hun", 13, "由2022年的7.9%", 7.9, PC, "y22v25"),
      F("hun", 13, "降至2024年的6.7%", 6.7, PC, "y24"),
      F("hun", 20, "from 7.9 percent in 2022", 7.9, PC, "y22v25"), F("hun", 20, "to 6.7 percent", 6.7, PC, "y24")]
pr = X(ms, DC, ["y22v23"], ["y22v25"])
G("hun_asia_pct", HUN, "Share of Asia's population facing hunger: 2023 8.1% (two); 2022 8.5 percent (SOFI 2023) vs 7.9% (SOFI 2025, two); 2024 6.7% (two)", "Asia",
  "prevalence of undernourishment (percent)", "2022-2024", "SOFI 2025's 7.9% for 2022 revises SOFI 2023's 8.5 percent (different_basis, conflict "
  "defensible); same year consistent.", ms, pr)
ms = [F("hun", 5, "(6.2% of its population is hungry)", 6.2, PC, "y23"), F("hun", 8, "6.5 percent in Latin America", 6.5, PC, "y22"),
      F("hun", 13, "由2020年6.1%的峰值", 6.1, PC, "y20"), F("hun", 13, "降至2024年的5.1%", 5.1, PC, "y24"),
      F("hun", 20, "fall to 5.1 percent", 5.1, PC, "y24"), F("hun", 20, "a peak of 6.1 percent in 2020", 6.1, PC, "y20")]
G("hun_latam_pct", HUN, "Share of Latin America and the Caribbean's population facing hunger: 2023 6.2%; 2022 6.5 percent; 2020 6.1% (two); 2024 5.1% (two)",
  "Latin America and the Caribbean", "prevalence of undernourishment (percent)", "2020-2024", "Same year consistent; other years different_basis.", ms)
ms = [F("hun", 20, "or 323 million people", 323e6, P, "y24"), F("hun", 13, "对应3.23亿人口", 3.23e8, P, "y24")]
G("hun_asia_num", HUN, "People facing hunger in Asia 2024: 323 million = 3.23亿", "Asia", "people facing hunger", "2024", "Same figure.", ms)
ms = [F("hun", 20, "or 34 million people", 34e6, P, "y24"), F("hun", 13, "对应3400万人口", 3400e4, P, "y24")]
G("hun_latam_num", HUN, "People facing hunger in Latin America and the Caribbean 2024: 34 million = 3400万", "Latin America and the Caribbean",
  "people facing hunger", "2024", "Same figure.", ms)
ms = [F("hun", 13, "约有12.7%的人口", 12.7, PC, "y24", q="approx"), F("hun", 14, "西亚的饥饿率已达到12.7%", 12.7, PC, "y24"),
      F("hun", 20, "an estimated 12.7 percent", 12.7, PC, "y24")]
G("hun_westasia_pct", HUN, "Share of West Asia's population facing hunger 2024: 12.7% (three)", "West Asia", "prevalence of undernourishment (percent)", "2024",
  "Same figure.", ms)
ms = [F("hun", 13, "(超过3900万)", 3900e4, P, "y24", q="over"), F("hun", 14, "（超过3900万人）", 3900e4, P, "y24", q="over"),
      F("hun", 20, "more than 39 million people", 39e6, P, "y24", q="over")]
G("hun_westasia_num", HUN, "People facing hunger in West Asia 2024: 'over 3900万' (two) = 'more than 39 million'", "West Asia", "people facing hunger", "2024", "Same figure.", ms)
ms = [F("hun", 6, "projected to rise to 60% by 2030", 60.0, PC, "p30v25"), F("hun", 13, "其中非洲人口占近60%", 60.0, PC, "p30v25", q="under"),
      F("hun", 14, "其中约**60%**的人口", 60.0, PC, "p30v25", q="approx"),
      F("hun", 20, "Almost 60 percent of those", 60.0, PC, "p30v25", q="under"),
      F("hun", 21, "nearly 60% of the global total", 60.0, PC, "p30v25", q="under"),
      F("hun", 12, "其中一半在非洲", 50.0, PC, "p30v24", vt="一半", step=10), F("hun", 15, "其中一半在非洲", 50.0, PC, "p30v24", vt="一半", step=10)]
G("hun_africa_share_2030", HUN, "Africa's share of the hungry in 2030: SOFI 2025 60% (five, '近' / '约' / 'almost' / 'nearly'); SOFI 2024 一半 (two)", "Africa",
  "Africa's share of people facing hunger in 2030 (percent)", "2030 (projections)", "Same report consistent; the other report different_basis.", ms)

ms = [F("hun", 1, "around 2.33 billion people faced", 2.33e9, P, "y23", q="approx"), F("hun", 2, "around 2.33 billion people globally", 2.33e9, P, "y23", q="approx"),
      F("hun", 12, "全球约有23.3亿人", 23.3e8, P, "y23", q="approx"), F("hun", 15, "全球約有23.3億人", 23.3e8, P, "y23", q="approx"),
      F("hun", 7, "i.e. 2.4 billion people", 2.4e9, P, "y22"), F("hun", 10, "Nearly 2.4 billion people lacked", 2.4e9, P, "y22", q="under"),
      F("hun", 16, "全球去年有24億人", 24e8, P, "y22"), F("hun", 17, "2022年全球有24億人", 24e8, P, "y22"),
      F("hun", 6, "A total of 2.3 billion people", 2.3e9, P, "y24"),
      F("hun", 21, "approximately 2.3 billion people globally", 2.3e9, P, "y24", q="approx"),
      F("hun", 23, "全球有24億人無法", 24e8, P, "y22"),
      F("hun", 22, "全球约有23亿人", 23e8, P, "y21", q="approx"),
      F("hun", 18, "全世界約有23億人", 23e8, P, "y21", q="approx", nth=1), F("hun", 18, "全世界約有23億人", 23e8, P, "y21", q="approx", nth=2),
      F("hun", 18, "全世界約有23億人", 23e8, P, "y21", q="approx", nth=3)]
G("hun_food_insecure", HUN, "People in moderate or severe food insecurity: 2023 'around 2.33 billion' = 約23.3亿 (four); 2022 2.4 billion = 24億 (four, one "
  "'nearly'); 2024 2.3 billion (two); 2021 約23億 (three lines) = 约23亿", "world", "people in moderate or severe food insecurity", "2021-2024",
  "Same year consistent; other years different_basis.", ms)
ms = [F("hun", 7, "nearly 30 per cent of the world’s population", 30.0, PC, "y22", q="under"),
      F("hun", 8, "nearly 30 percent of the global population faced", 30.0, PC, "y22", q="under"),
      F("hun", 10, "30% of the global population", 30.0, PC, "y22"),
      F("hun", 6, "accounting for 28% of the global population", 28.0, PC, "y24"), F("hun", 18, "佔全球人口的29.3%", 29.3, PC, "y21"),
      F("hun", 21, "or 28% of the population", 28.0, PC, "y24"), F("hun", 22, "(占比29.3%)", 29.3, PC, "y21")]
G("hun_food_insecure_pct", HUN, "Share in moderate or severe food insecurity: 2022 'nearly 30' (two) and 30%; 2024 28% (two); 2021 29.3% (two)", "world",
  "share in moderate or severe food insecurity (percent)", "2021-2024", "Same year consistent; other years different_basis.", ms)
ms = [F("hun", 2, "over 864 million people experienced severe", 864e6, P, "y23", q="over"),
      F("hun", 18, "另有9億2400萬人", 9.24e8, P, "y21", vt="9億2400萬", step=1e6),
      F("hun", 22, "全球近9.24亿人", 9.24e8, P, "y21", q="under")]
G("hun_severe", HUN, "People in severe food insecurity: 2023 'over 864 million'; 2021 9億2400萬 and '近9.24亿'", "world", "people in severe food insecurity", "2021 / 2023",
  "Different years.", ms)
ms = [F("hun", 1, "more than 2.8 billion people were unable", 2.8e9, P, "y22", q="over"),
      F("hun", 4, "over 3.1 billion people were unable", 3.1e9, P, "y22", q="over"),
      F("hun", 10, "more than 3.1 billion people", 3.1e9, P, "y21", q="over")]
G("hun_healthy_diet", HUN, "People unable to afford a healthy diet: 2022 'more than 2.8 billion' (SOFI 2024) vs farmersreviewafrica's 'over 3.1 billion' for 2022; "
  "'more than 3.1 billion' (SOFI 2023, 2021)", "world", "people unable to afford a healthy diet", "2021 / 2022",
  "farmersreviewafrica gives the 2021 figure of 3.1 billion for 2022, against 2.8 billion (conflict; two lower bounds that can both hold, consistent "
  "defensible).", ms, {(1, 2): (C, K)})
ms = [F("hun", 16, "1.48億兒童生長發育遲緩", 1.48e8, P, "y22"), F("hun", 18, "另有1億4900萬5歲以下兒童", 1.49e8, P, "y20", vt="1億4900萬", step=1e6),
      F("hun", 19, "全球約有1.49億兒童營養不良", 1.49e8, P, "y18", q="approx")]
G("hun_stunting", HUN, "Stunted children under five: 2022 1.48億; SOFI 2022's 1億4900萬; SOFI 2019's 約1.49億", "world", "stunted children", "2018-2022",
  "Different report years (different_basis).", ms)

ms = [F("hun", 18, "較2020年增加4600萬人", 4600e4, P, "y21v20"), F("hun", 22, "较2020年增加了4600万", 4600e4, P, "y21v20")]
G("hun_vs2020", HUN, "Increase in people facing hunger 2021 against 2020: 4600萬 (two)", "world", "change in hungry people 2020-2021", "2021", "Same figure.", ms)
ms = [F("hun", 18, "增加了2億0700萬", 2.07e8, P, "y21", vt="2億0700萬", step=1e6), F("hun", 22, "两年间增加了2.07亿", 2.07e8, P, "y21")]
G("hun_severe_increase", HUN, "Increase in severe food insecurity over two years to 2021: 2億0700萬 = 2.07亿", "world", "increase in severe food insecurity",
  "2019-2021", "Same figure.", ms)
ms = [F("hun", 18, "31.9%的女性", 31.9, PC, "y21"), F("hun", 22, "有31.9%的女性", 31.9, PC, "y21")]
G("hun_fi_women", HUN, "Women in moderate or severe food insecurity 2021: 31.9% (two)", "world (women)", "share in food insecurity (percent)", "2021",
  "Same figure.", ms)
ms = [F("hun", 18, "27.6%的男性", 27.6, PC, "y21"), F("hun", 22, "男性则为27.6%", 27.6, PC, "y21")]
G("hun_fi_men", HUN, "Men in moderate or severe food insecurity 2021: 27.6% (two)", "world (men)", "share in food insecurity (percent)", "2021",
  "Same figure.", ms)
ms = [F("hun", 18, "差距超過4個百份點", 4.0, PP, "y21", vt="4", step=1, q="over"), F("hun", 22, "男女相差超过4个百分点", 4.0, PP, "y21", vt="4", step=1, q="over"),
      F("hun", 18, "這一差距為3個百份點", 3.0, PP, "y20", vt="3", step=1), F("hun", 22, "高于2020年的3个百分点", 3.0, PP, "y20", vt="3", step=1)]
G("hun_gender_gap", HUN, "Gender gap in food insecurity: 2021 'over 4 percentage points' (two); 2020 3 points (two)", "world",
  "gender gap in food insecurity (percentage points)", "2020 / 2021", "Same year consistent; other year different_basis.", ms)

# hunger: singles
S("hun", 1, "58% of the population was", vt="58%", value=58.0, unit=PC)
S("hun", 1, "71.5% of the population", vt="71.5%", value=71.5, unit=PC)
S("hun", 1, "stands at 6.3%", vt="6.3%", value=6.3, unit=PC)
S("hun", 4, "was 18.3, which", vt="18.3", value=18.3, unit="points")
S("hun", 4, "2015 score of 19.1", vt="19.1", value=19.1, unit="points")
S("hun", 4, "from 572 million", vt="572 million", value=572e6, unit=P)
S("hun", 4, "all 7.5 billion people", vt="7.5 billion", value=7.5e9, unit=P)
S("hun", 5, "(or 6.84% of the world’s population)", vt="6.84%", value=6.84, unit=PC)
S("hun", 5, "Africa (308.1 million)", vt="308.1 million", value=308.1e6, unit=P)
S("hun", 5, "Asia (229.1 million)", vt="229.1 million", value=229.1e6, unit=P)
S("hun", 5, "(33.7 million)", vt="33.7 million", value=33.7e6, unit=P)
S("hun", 6, "only 48% of women", vt="48%", value=48.0, unit=PC)
S("hun", 6, "25% of children", vt="25%", value=25.0, unit=PC)
S("hun", 8, "42 percent were unable", vt="42 percent", value=42.0, unit=PC)
S("hun", 8, "23 million less", vt="23 million", value=23e6, unit=P)
S("hun", 8, "119 million less", vt="119 million", value=119e6, unit=P)
S("hun", 10, "119 million more than what was projected", vt="119 million", value=119e6, unit=P)
S("hun", 10, "78% of people in Africa", vt="78%", value=78.0, unit=PC)
S("hun", 10, "compared to 44% in Asia", vt="44%", value=44.0, unit=PC)
S("hun", 10, "23% in Latin America", vt="23%", value=23.0, unit=PC)
S("hun", 18, "有4500萬5歲以下兒童", vt="4500萬", value=4500e4, unit=P)
S("hun", 19, "更有20億人", vt="20億", value=20e8, unit=P)
S("hun", 21, "fell to 11%", vt="11%", value=11.0, unit=PC)
S("hun", 21, "and 3.8%", vt="3.8%", value=3.8, unit=PC)
S("hun", 21, "355 million higher than in 2019", vt="355 million", value=355e6, unit=P)
S("hun", 21, "683 million higher than in 2015", vt="683 million", value=683e6, unit=P)
S("hun", 21, "adult obesity reached 15.8%", vt="15.8%", value=15.8, unit=PC)
S("hun", 21, "from 12.1% in 2012", vt="12.1%", value=12.1, unit=PC)
S("hun", 21, "to 23.2% in 2024", vt="23.2%", value=23.2, unit=PC)
S("hun", 22, "增加了3.5亿", vt="3.5亿", value=3.5e8, unit=P)
S("hun", 22, "(占比11.7%)", vt="11.7%", value=11.7, unit=PC)
S("hun", 22, "(占世界人口的8%)", vt="8%", value=8.0, unit=PC)
S("hun", 19, "全球有9千6百萬人", vt="9千6百萬", value=9.6e7, unit=P)
# hunger: not claims
NC("hun", 1, "SOFI 2024)", "report_title")
NC("hun", 2, " date 2024-07-24", "date")
NC("hun", 2, "published on July 24", "date")
NC("hun", 2, "comparable to those in 2008-2009", "period_label")
NC("hun", 6, "Key figures from the SOFI Report 2025", "report_title")
NC("hun", 7, " date 2023-07-13", "date")
NC("hun", 8, "2023 SOFI Report Released", "report_title")
NC("hun", 11, "当地时间7月12日", "date")
NC("hun", 12, "2024-07-25 09:25:55", "date")
NC("hun", 12, "新华社罗马7月24日电", "dateline")
NC("hun", 13, "2025年7月28日", "date")
NC("hun", 13, "第二届联合国粮食体系峰会", "ordinal")
NC("hun", 14, " date 2025-07-31", "date")
NC("hun", 16, "2023/7/13 18:22", "date")
NC("hun", 17, "2023年7月13日 星期四", "date")
NC("hun", 18, "當地時間7月6日", "date")
NC("hun", 19, " date 2019-07 2019-07-16 13:07", "date")
NC("hun", 19, "「2030年零飢餓」", "target_label")
NC("hun", 20, "Second UN Food Systems Summit", "ordinal")
NC("hun", 21, "On 28 July 2025", "date")
NC("hun", 22, "时间:2022-07-08", "date")
NC("hun", 22, "《2030年可持续发展议程》", "report_title")
NC("hun", 23, "新華社羅馬7月12日電", "dateline")

if ERRS:
    for e in ERRS:
        print("quote error:", e)
    sys.exit(1)
if __name__ == "__main__":
    emit(HERE / "gold.d" / "fresh25.toml", "corpus-fresh25")
