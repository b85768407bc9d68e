#!/usr/bin/env python3
"""Hand annotation of corpus-fresh19, written as data; emits gold.d/fresh19.toml (then run
corpus/check_gold.py --dir corpus-fresh19 --build).

Every mention carries a 'basis' tag (year / academic year / forecast vintage / scope / compiler, as read from the
text) and, where needed, a 'k' tag (the release it comes from). Pair verdicts: explicit entries win; otherwise a
different basis is different_basis, the same basis and the same value consistent; a same-basis pair with different
values is listed explicitly (helper `vs` below, used group by group after reading the figures).
Conventions: a figure for the same year and scope restated by a later release with another value is a conflict
(World Bank remittance estimates of Dec 2023 / Jun 2024 / Dec 2024; revised regional growth rates; the Bain
global study's -20% to -22% vs Bain's China report's -18% to -20% for mainland China in 2024); a rounded or truncated
restatement is rounding (1.1 million vs 1,126,690; 7% vs 6.6%; 6% vs 5.9%; 23% vs 23.3%; 4% vs 4.2% / 4.3%; 27.7万 vs
277,398; 32.8萬 / 32.9萬左右 vs 328547; 31% vs 31.5%; 8% vs 8.3% and 7.7%; 45 vs 45.4 percent; 27 vs 27.2 percent;
€1.5 trillion vs €1.48 trillion); two figures of the same precision that disagree are conflict (4.2% vs 4.3%;
260,923 vs 26.8923万; 17 percent vs 12%; 近360亿 vs 約305億 US dollars); a bound (more than / over / nearly / 超 / 近 /
just shy of) that contains the figure is consistent; forecasts (2024 growth 3.1% / 2.3%, 2023 forecast 6560亿, 2018
forecast 4850亿, 2024f 671, 2025f) are different_basis against estimates, and two vintages of forecast for one year
are different_basis with conflict as alt; other compilers (要客研究院 vs Bain) are conflict with different_basis as alt
where the measure is the same by name, else different_basis; other years, academic years, FX bases (current vs
constant exchange rates) and scopes (East Asia excluding China) are different_basis.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 万亿/萬億 = 1e12; table rows in $ billions; ranges as [lo, hi]; declines
negative; word numbers not keyed except where noted. Units: USD, EUR, CNY, percent, persons, count.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

rm = lambda n, s: f"rem-{n:02d}-{s}.txt"
st = lambda n, s: f"stud-{n:02d}-{s}.txt"
lx = lambda n, s: f"lux-{n:02d}-{s}.txt"
USD, EUR, CNY, PC, P, CNT = "USD", "EUR", "CNY", "percent", "persons", "count"
EN, HS, HT = "en", "hans", "hant"


def I(ms, *keys):
    """1-based indexes of the mentions whose k tag is in keys."""
    return tuple(i + 1 for i, m in enumerate(ms) if m.get("k") in keys)


def vs(ms, v, only=None):
    """Verdict v for every same-basis pair with different values (optionally only for bases in `only`)."""
    out = {}
    for i, a in enumerate(ms):
        for j in range(i + 1, len(ms)):
            b = ms[j]
            if a["_basis"] == b["_basis"] and (a["value"] != b["value"] or a["unit"] != b["unit"]):
                if only is None or a["_basis"] in only:
                    out[(i + 1, j + 1)] = v
    return out


def split(gid, topic, description, subject, metric, period, why, ms, pr, buckets=None):
    """Emit one group per bucket (suffix, label, bases): the mentions whose basis is in bases, pairs remapped."""
    if buckets is None:
        pr, buckets = {}, pr
    seen = set()
    for suffix, label, bases in buckets:
        idx = [i for i, m in enumerate(ms) if m["_basis"] in bases]
        assert len(idx) >= 2, (gid, suffix)
        seen.update(idx)
        pos = {i + 1: n + 1 for n, i in enumerate(idx)}
        sub = {(pos[a], pos[b]): v for (a, b), v in pr.items() if a in pos and b in pos}
        group(f"{gid}_{suffix}", topic, f"{description} [this group: {label}]", subject, metric, label, why,
              [ms[i] for i in idx], sub)
    assert seen == set(range(len(ms))), (gid, sorted(set(range(len(ms))) - seen))


# ============================================================ remittances (World Bank Migration and Development Briefs)
ms = [
    # 2023: Dec 2023 brief (669), Jun 2024 brief (656), Dec 2024 blog (647); Jun 2023 brief's forecast (6560亿)
    M(rm(1, EN), 4, "reached $669 billion", "$669 billion", 669e9, USD, "y23", k="d23"),
    M(rm(2, EN), 15, "a total of USD 669 billion", "USD 669 billion", 669e9, USD, "y23", k="d23"),
    M(rm(10, HS), 10, "预计达到6690亿美元", "6690亿美元", 6690e8, USD, "y23", k="d23"),
    M(rm(3, EN), 3, "an estimated US$656 billion", "US$656 billion", 656e9, USD, "y23", k="j24"),
    M(rm(4, EN), 4, "reaching $656 billion", "$656 billion", 656e9, USD, "y23", k="j24", note="breadcrumb title"),
    M(rm(4, EN), 6, "reaching $656 billion", "$656 billion", 656e9, USD, "y23", k="j24", note="headline"),
    M(rm(4, EN), 9, "reaching $656 billion", "$656 billion", 656e9, USD, "y23", k="j24", note="headline repeated"),
    M(rm(4, EN), 12, "an estimated $656 billion", "$656 billion", 656e9, USD, "y23", k="j24"),
    M(rm(5, EN), 4, "to reach $656 billion", "$656 billion", 656e9, USD, "y23", k="j24"),
    M(rm(5, EN), 39, "656 (", "656", 656e9, USD, "y23", k="j24", note="table row, column 2023e, $ billions"),
    M(rm(7, EN), 3, "up from $647 billion", "$647 billion", 647e9, USD, "y23", k="d24"),
    M(rm(12, HS), 21, "647 |", "647", 647e9, USD, "y23", k="d24", note="table row, column 2023, 10亿美元"),
    M(rm(11, HS), 4, "抵达6560亿美元", "6560亿美元", 6560e8, USD, "f23", k="f23", note="June 2023 brief's forecast for 2023 (spun text)"),
    # 2022
    M(rm(5, EN), 38, "651 (", "651", 651e9, USD, "y22", k="j24", note="table row, column 2022"),
    M(rm(11, HS), 5, "汇款金额为6470亿美元", "6470亿美元", 6470e8, USD, "y22", k="j23", note="June 2023 brief; equal in value to the Dec 2024 figure for 2023"),
    M(rm(12, HS), 20, "640 |", "640", 640e9, USD, "y22", k="d24"),
    # 2024
    M(rm(6, EN), 5, "reach $685 billion in 2024", "$685 billion", 685e9, USD, "y24", k="d24"),
    M(rm(7, EN), 3, "rose to $685 billion", "$685 billion", 685e9, USD, "y24", k="d24"),
    M(rm(8, EN), 6, "reach $685 billion in 2024", "$685 billion", 685e9, USD, "y24", k="d24"),
    M(rm(9, EN), 4, "reached at $685 billion", "$685 billion", 685e9, USD, "y24", k="d24"),
    M(rm(12, HS), 4, "达到 6850 亿美元", "6850 亿美元", 6850e8, USD, "y24", k="d24"),
    M(rm(12, HS), 22, "685 |", "685", 685e9, USD, "y24", k="d24"),
    M(rm(5, EN), 40, "671 (", "671", 671e9, USD, "f24", k="j24", note="2024f"),
    M(rm(5, EN), 41, "690 (", "690", 690e9, USD, "f25", k="j24", note="2025f"),
    # 2017-2021
    M(rm(13, HS), 10, "创历史纪录的4660亿美元", "4660亿美元", 4660e8, USD, "y17", k="x18"),
    M(rm(14, HS), 5, "$466bn in 2017.", "$466bn", 466e9, USD, "y17", k="x18"),
    M(rm(14, HS), 6, "向母国汇款4660亿美元", "4660亿美元", 4660e8, USD, "y17", k="x18"),
    M(rm(14, HS), 7, "sent home $466bn in 2017, an increase", "$466bn", 466e9, USD, "y17", k="x18"),
    M(rm(14, HS), 8, "达4660亿美元", "4660亿美元", 4660e8, USD, "y17", k="x18"),
    M(rm(5, EN), 33, "475 (", "475", 475e9, USD, "y17", k="j24"),
    M(rm(12, HS), 15, "465 |", "465", 465e9, USD, "y17", k="d24"),
    M(rm(13, HS), 10, "进一步增至4850亿美元", "4850亿美元", 4850e8, USD, "f18", k="x18", note="forecast for 2018"),
    M(rm(5, EN), 34, "522 (", "522", 522e9, USD, "y18", k="j24"),
    M(rm(12, HS), 16, "510 |", "510", 510e9, USD, "y18", k="d24"),
    M(rm(5, EN), 35, "548 (", "548", 548e9, USD, "y19", k="j24"),
    M(rm(12, HS), 17, "536 |", "536", 536e9, USD, "y19", k="d24"),
    M(rm(5, EN), 36, "542 (", "542", 542e9, USD, "y20", k="j24"),
    M(rm(12, HS), 18, "530 |", "530", 530e9, USD, "y20", k="d24"),
    M(rm(5, EN), 37, "601 (", "601", 601e9, USD, "y21", k="j24"),
    M(rm(12, HS), 19, "587 |", "587", 587e9, USD, "y21", k="d24"),
]
split("rem_lmic", "remittances", "Remittances to low- and middle-income countries by year, as given by successive World Bank releases: 2023 = $669 billion (Dec 2023, three) vs $656 billion (Jun 2024, seven incl. the table) vs $647 billion (Dec 2024, two); 2022 = 651 vs 6470亿 vs 640; 2017 = $466bn / 4660亿 (five) vs 475 vs 465; 2018-2021 table rows 522/510, 548/536, 542/530, 601/587; 2024 = $685 billion (six); forecasts 6560亿 (2023), 4850亿 (2018), 671 (2024f), 690 (2025f)",
      "low- and middle-income countries", "officially recorded remittance inflows (USD)", "2017-2025",
      "The same year restated by a later World Bank release with another value is a conflict (revised estimates disagree); forecasts and other years are different_basis (6470亿 for 2022 equals the Dec 2024 figure for 2023, and 6560亿 forecast for 2023 equals the Jun 2024 estimate).",
      ms, vs(ms, C),
      [("2017", "2017", {"y17"}), ("2018", "2018 and its forecast", {"y18", "f18"}), ("2019", "2019", {"y19"}),
       ("2020", "2020", {"y20"}), ("2021", "2021", {"y21"}), ("2022", "2022", {"y22"}),
       ("2023", "2023 and its June 2023 forecast", {"y23", "f23"}), ("2024", "2024 and the 2024f / 2025f forecasts", {"y24", "f24", "f25"})])

ms = [
    M(rm(1, EN), 3, "grew an estimated 3.8%", "3.8%", 3.8, PC, "y23", k="d23"),
    M(rm(2, EN), 15, "an estimated 3.8 per cent", "3.8 per cent", 3.8, PC, "y23", k="d23"),
    M(rm(10, HS), 8, "预计增长3.8%", "3.8%", 3.8, PC, "y23", k="d23"),
    M(rm(3, EN), 4, "modest 0.7% growth rate", "0.7%", 0.7, PC, "y23", k="j24"),
    M(rm(4, EN), 12, "a modest 0.7 percent growth rate", "0.7 percent", 0.7, PC, "y23", k="j24"),
    M(rm(5, EN), 4, "grew by 0.7%", "0.7%", 0.7, PC, "y23", k="j24"),
    M(rm(5, EN), 39, "(0.7%)", "0.7%", 0.7, PC, "y23", k="j24"),
    M(rm(6, EN), 4, "from 1.2% in 2023", "1.2%", 1.2, PC, "y23", k="d24"),
    M(rm(8, EN), 4, "1.2 per cent registered", "1.2 per cent", 1.2, PC, "y23", k="d24"),
    M(rm(9, EN), 4, "1.2 percent registered", "1.2 percent", 1.2, PC, "y23", k="d24"),
    M(rm(12, HS), 4, "2023 年的 1.2%", "1.2%", 1.2, PC, "y23", k="d24"),
    M(rm(11, HS), 4, "仅小幅削减1.4%", "1.4%", -1.4, PC, "f23", k="f23", note="June 2023 forecast for 2023; the spun text says 削减 (cut) for 增长"),
    M(rm(5, EN), 11, "an 8.3% increase in 2021-22", "8.3%", 8.3, PC, "y22", k="j24"),
    M(rm(5, EN), 38, "(8.3%)", "8.3%", 8.3, PC, "y22", k="j24"),
    M(rm(11, HS), 5, "增速上调至8%", "8%", 8.0, PC, "y22", k="j23"),
    M(rm(6, EN), 4, "reached 5.8% in 2024", "5.8%", 5.8, PC, "y24", k="d24"),
    M(rm(8, EN), 4, "estimated to be 5.8 per cent", "5.8 per cent", 5.8, PC, "y24", k="d24"),
    M(rm(9, EN), 4, "estimated 5.8 percent", "5.8 percent", 5.8, PC, "y24", k="d24"),
    M(rm(12, HS), 4, "增长率为 5.8%", "5.8%", 5.8, PC, "y24", k="d24"),
    M(rm(1, EN), 7, "soften further to 3.1% in 2024", "3.1%", 3.1, PC, "f24", k="fd"),
    M(rm(10, HS), 16, "进一步放缓至3.1%", "3.1%", 3.1, PC, "f24", k="fd"),
    M(rm(3, EN), 5, "faster rate of 2.3% in 2024", "2.3%", 2.3, PC, "f24", k="fj"),
    M(rm(4, EN), 8, "grow 2.3 percent in 2024", "2.3 percent", 2.3, PC, "f24", k="fj"),
    M(rm(4, EN), 16, "faster rate of 2.3 percent", "2.3 percent", 2.3, PC, "f24", k="fj"),
    M(rm(5, EN), 40, "(2.3%)", "2.3%", 2.3, PC, "f24", k="fj"),
    M(rm(5, EN), 41, "(2.8%)", "2.8%", 2.8, PC, "f25", k="fj"),
    M(rm(14, HS), 7, "an increase of 8.5%", "8.5%", 8.5, PC, "y17", k="x18"),
    M(rm(14, HS), 8, "较2016年增长8.5%", "8.5%", 8.5, PC, "y17", k="x18"),
    M(rm(5, EN), 33, "(9.2%)", "9.2%", 9.2, PC, "y17", k="j24"),
]
pr = vs(ms, C, only={"y23", "y17"})
pr.update(vs(ms, R, only={"y22"}))
pr.update(cross(I(ms, "fd"), I(ms, "fj"), (D, C)))
split("rem_growth", "remittances", "Growth of remittances to low- and middle-income countries: 2023 = 3.8% (Dec 2023, three) vs 0.7% (Jun 2024, four) vs 1.2% (Dec 2024, four), the Jun 2023 forecast 1.4%; 2022 = 8.3% (two) vs 8%; 2024 = 5.8% (four) vs the forecasts 3.1% (Dec 2023, two) and 2.3% (Jun 2024, four); 2025f 2.8%; 2017 = 8.5% (two) vs 9.2%",
      "low- and middle-income countries", "growth of remittance inflows (percent)", "2017-2025",
      "Revised growth rates for one year disagree (conflict); 8% vs 8.3% for 2022 is rounding; forecasts against estimates are different_basis; the two vintages of the 2024 forecast (3.1% vs 2.3%) are different_basis with conflict as alt.",
      ms, pr,
      [("2017", "2017", {"y17"}), ("2022", "2022", {"y22"}), ("2023", "2023 and its June 2023 forecast", {"y23", "f23"}),
       ("2024", "2024, its forecasts and 2025f", {"y24", "f24", "f25"})])

# --- top recipients
ms = [
    M(rm(1, EN), 6, "India ($125 billion)", "$125 billion", 125e9, USD, "y23"),
    M(rm(2, EN), 13, "India ($125 billion)", "$125 billion", 125e9, USD, "y23"),
    M(rm(10, HS), 14, "印度(1250亿美元)", "1250亿美元", 1250e8, USD, "y23"),
    M(rm(16, HT), 9, "已達1,250億美元", "1,250億美元", 1250e8, USD, "y23"),
    M(rm(6, EN), 3, "inflow of $129 billion", "$129 billion", 129e9, USD, "y24"),
    M(rm(7, EN), 5, "India ($129 billion)", "$129 billion", 129e9, USD, "y24"),
    M(rm(8, EN), 3, "inflow of $129 billion", "$129 billion", 129e9, USD, "y24"),
    M(rm(9, EN), 5, "inflow of $129 billion", "$129 billion", 129e9, USD, "y24"),
    M(rm(11, HS), 7, "印度(1110亿美元)", "1110亿美元", 1110e8, USD, "y22"),
    M(rm(15, HS), 9, "分别为890亿美元", "890亿美元", 890e8, USD, "y21"),
    M(rm(13, HS), 12, "印度,达到690亿美元", "690亿美元", 690e8, USD, "y17"),
    M(rm(14, HS), 15, "inflows totalled $69bn", "$69bn", 69e9, USD, "y17"),
    M(rm(14, HS), 16, "汇款流入总额为690亿美元", "690亿美元", 690e8, USD, "y17"),
    M(rm(16, HT), 9, "比2017年的690億美元", "690億美元", 690e8, USD, "y17"),
    M(rm(17, HT), 4, "將高達700億美元", "700億美元", 700e8, USD, "y12", note="2012 forecast (今年)"),
]
group("rem_india", "remittances", "Remittances to India: $125 billion = 1250亿 / 1,250億 (2023, four); $129 billion (2024, four); 1110亿 (2022); 890亿 (2021); $69bn = 690亿 / 690億 (2017, four); 700億 (2012)",
      "India", "remittance inflows (USD)", "2012-2024", "Same-year statements agree; other years different_basis.", ms)

ms = [
    M(rm(1, EN), 6, "Mexico ($67 billion)", "$67 billion", 67e9, USD, "y23"),
    M(rm(2, EN), 13, "Mexico ($67 billion)", "$67 billion", 67e9, USD, "y23"),
    M(rm(10, HS), 14, "墨西哥(670亿美元)", "670亿美元", 670e8, USD, "y23"),
    M(rm(6, EN), 3, "Mexico ($68 billion)", "$68 billion", 68e9, USD, "y24"),
    M(rm(7, EN), 5, "Mexico ($68 billion)", "$68 billion", 68e9, USD, "y24"),
    M(rm(9, EN), 5, "Mexico ($68 billion)", "$68 billion", 68e9, USD, "y24"),
    M(rm(11, HS), 7, "墨西哥(610亿美元)", "610亿美元", 610e8, USD, "y22"),
    M(rm(15, HS), 9, "、540亿美元", "540亿美元", 540e8, USD, "y21", note="second in a list of nine"),
    M(rm(13, HS), 12, "墨西哥为310亿美元", "310亿美元", 310e8, USD, "y17"),
]
group("rem_mexico", "remittances", "Remittances to Mexico: $67 billion = 670亿 (2023, three); $68 billion (2024, three); 610亿 (2022); 540亿 (2021); 310亿 (2017)",
      "Mexico", "remittance inflows (USD)", "2017-2024", "Same-year statements agree; other years different_basis.", ms)

ms = [
    M(rm(1, EN), 6, "China ($50 billion)", "$50 billion", 50e9, USD, "y23"),
    M(rm(2, EN), 13, "China ($50 billion)", "$50 billion", 50e9, USD, "y23"),
    M(rm(10, HS), 14, "中国(500亿美元)", "500亿美元", 500e8, USD, "y23"),
    M(rm(6, EN), 3, "China ($48 billion)", "$48 billion", 48e9, USD, "y24"),
    M(rm(7, EN), 5, "China ($48 billion)", "$48 billion", 48e9, USD, "y24"),
    M(rm(9, EN), 5, "China ($48 billion)", "$48 billion", 48e9, USD, "y24"),
    M(rm(11, HS), 7, "中国(510亿美元)", "510亿美元", 510e8, USD, "y22"),
    M(rm(15, HS), 9, "、530亿美元", "530亿美元", 530e8, USD, "y21"),
    M(rm(13, HS), 6, "向国内汇回640亿美元", "640亿美元", 640e8, USD, "y17", note="headline"),
    M(rm(13, HS), 12, "为640亿美元", "640亿美元", 640e8, USD, "y17"),
    M(rm(17, HT), 4, "將達660億美元", "660億美元", 660e8, USD, "y12"),
]
group("rem_china", "remittances", "Remittances to China: $50 billion = 500亿 (2023, three); $48 billion (2024, three); 510亿 (2022); 530亿 (2021); 640亿 (2017, two); 660億 (2012)",
      "China", "remittance inflows (USD)", "2012-2024", "Same-year statements agree; other years different_basis.", ms)

ms = [
    M(rm(1, EN), 6, "the Philippines ($40 billion)", "$40 billion", 40e9, USD, "y23"),
    M(rm(2, EN), 13, "the Philippines ($40 billion)", "$40 billion", 40e9, USD, "y23"),
    M(rm(10, HS), 14, "菲律宾(400亿美元)", "400亿美元", 400e8, USD, "y23"),
    M(rm(6, EN), 3, "the Philippines ($40 billion)", "$40 billion", 40e9, USD, "y24"),
    M(rm(9, EN), 5, "the Philippines ($40 billion)", "$40 billion", 40e9, USD, "y24"),
    M(rm(11, HS), 7, "菲律宾(380亿美元)", "380亿美元", 380e8, USD, "y22"),
    M(rm(15, HS), 9, "、370亿美元", "370亿美元", 370e8, USD, "y21"),
    M(rm(13, HS), 12, "菲律宾以330亿美元", "330亿美元", 330e8, USD, "y17"),
    M(rm(17, HT), 4, "分別達240億美元", "240億美元", 240e8, USD, "y12", note="given for the Philippines and Mexico alike (World Bank, 2012)"),
    M(rm(18, HT), 9, "更高達240億美元", "240億美元", 240e8, USD, "y12", note="World Bank estimate for 2012"),
]
group("rem_philippines", "remittances", "Remittances to the Philippines (World Bank): $40 billion = 400亿 (2023, three) and $40 billion (2024, two); 380亿 (2022); 370亿 (2021); 330亿 (2017); 240億 (2012, two)",
      "Philippines", "remittance inflows (USD)", "2012-2024", "Same-year statements agree; other years different_basis (2023 and 2024 are equal in value).", ms)

ms = [
    M(rm(1, EN), 6, "Egypt ($24 billion)", "$24 billion", 24e9, USD, "y23"),
    M(rm(2, EN), 13, "Egypt ($24 billion)", "$24 billion", 24e9, USD, "y23"),
    M(rm(10, HS), 14, "埃及(240亿美元)", "240亿美元", 240e8, USD, "y23"),
    M(rm(15, HS), 9, "、320亿美元", "320亿美元", 320e8, USD, "y21"),
]
group("rem_egypt", "remittances", "Remittances to Egypt: $24 billion = 240亿 (2023, three); 320亿 (2021)",
      "Egypt", "remittance inflows (USD)", "2021 / 2023", "2023 agrees; 2021 different_basis.", ms)

ms = [
    M(rm(6, EN), 3, "Pakistan ($33 billion)", "$33 billion", 33e9, USD, "y24"),
    M(rm(9, EN), 5, "Pakistan ($33 billion)", "$33 billion", 33e9, USD, "y24"),
    M(rm(11, HS), 7, "巴基斯坦(300亿美元)", "300亿美元", 300e8, USD, "y22"),
    M(rm(15, HS), 9, "、310亿美元", "310亿美元", 310e8, USD, "y21"),
]
group("rem_pakistan", "remittances", "Remittances to Pakistan: $33 billion (2024, two); 300亿 (2022); 310亿 (2021)",
      "Pakistan", "remittance inflows (USD)", "2021-2024", "2024 agrees; other years different_basis.", ms)

ms = [
    M(rm(9, EN), 3, "were $26.88 billion", "$26.88 billion", 26.88e9, USD, "y24"),
    M(rm(9, EN), 3, "received was $21.92 billion", "$21.92 billion", 21.92e9, USD, "y23"),
    M(rm(15, HS), 9, "汇款金额为220亿美元", "220亿美元", 220e8, USD, "y21"),
    M(rm(15, HS), 9, "2020年为217亿美元", "217亿美元", 217e8, USD, "y20"),
]
group("rem_bangladesh", "remittances", "Remittances to Bangladesh: $26.88 billion (2024), $21.92 billion (2023), 220亿 (2021), 217亿 (2020)",
      "Bangladesh", "remittance inflows (USD)", "2020-2024", "Different years (different_basis).", ms)

# --- shares of GDP
ms = [
    M(rm(1, EN), 6, "Tajikistan (48%)", "48%", 48.0, PC, "y23"),
    M(rm(10, HS), 14, "塔吉克斯坦(48%)", "48%", 48.0, PC, "y23"),
    M(rm(7, EN), 5, "accounted for 45.4 percent of GDP", "45.4 percent", 45.4, PC, "y24"),
    M(rm(9, EN), 5, "Tajikistan (45 percent of GDP)", "45 percent", 45.0, PC, "y24"),
    M(rm(11, HS), 7, "汇款占GDP的51%", "51%", 51.0, PC, "y22"),
    M(rm(17, HT), 5, "高達47%", "47%", 47.0, PC, "y11"),
]
group("rem_tajikistan_gdp", "remittances", "Remittances as a share of Tajikistan's GDP: 48% (2023, two); 45.4 percent vs 45 percent (2024); 51% (2022); 47% (2011)",
      "Tajikistan", "remittances as share of GDP (percent)", "2011-2024", "45 rounds 45.4 (rounding); other years different_basis.",
      ms, vs(ms, R))

ms = [
    M(rm(1, EN), 6, "Nicaragua (27%)", "27%", 27.0, PC, "y23"),
    M(rm(10, HS), 14, "尼加拉瓜(27%)", "27%", 27.0, PC, "y23"),
    M(rm(7, EN), 8, "Nicaragua (27.2 percent of GDP)", "27.2 percent", 27.2, PC, "y24"),
    M(rm(9, EN), 5, "Nicaragua (27 percent)", "27 percent", 27.0, PC, "y24"),
]
group("rem_nicaragua_gdp", "remittances", "Remittances as a share of Nicaragua's GDP: 27% (2023, two); 27.2 percent vs 27 percent (2024)",
      "Nicaragua", "remittances as share of GDP (percent)", "2023 / 2024", "27 rounds 27.2 for 2024 (rounding); 2023 vs 2024 different_basis.",
      ms, vs(ms, R))

for cid, en_q, zh_q, v23, q24, v24, q22, v22, name in [
    ("tonga", "Tonga (41%)", "汤加(41%)", 41.0, "Tonga (38 percent)", 38.0, "汤加(44%)", 44.0, "Tonga"),
    ("samoa", "Samoa (32%)", "萨摩亚(32%)", 32.0, "Samoa (26 percent)", 26.0, "萨摩亚(34%)", 34.0, "Samoa"),
    ("lebanon", "Lebanon (28%)", "黎巴嫩(28%)", 28.0, "Lebanon (27 percent)", 27.0, "黎巴嫩(36%)", 36.0, "Lebanon"),
]:
    vt = lambda q: q[q.index("(") + 1:q.index(")")].replace(" of GDP", "")
    ms = [
        M(rm(1, EN), 6, en_q, vt(en_q), v23, PC, "y23"),
        M(rm(10, HS), 14, zh_q, vt(zh_q), v23, PC, "y23"),
        M(rm(9, EN), 5, q24, vt(q24), v24, PC, "y24"),
        M(rm(11, HS), 7, q22, vt(q22), v22, PC, "y22"),
    ]
    group(f"rem_{cid}_gdp", "remittances", f"Remittances as a share of {name}'s GDP: {v23:g}% (2023, two); {v24:g} percent (2024); {v22:g}% (2022)",
          name, "remittances as share of GDP (percent)", "2022-2024", "2023 agrees; other years different_basis.", ms)

# --- regional growth
ms = [
    M(rm(1, EN), 5, "Caribbean (8%)", "8%", 8.0, PC, "y23", k="d"),
    M(rm(10, HS), 12, "拉美加勒比地区汇款流入增长8%", "8%", 8.0, PC, "y23", k="d"),
    M(rm(3, EN), 9, "Caribbean (7.7%)", "7.7%", 7.7, PC, "y23", k="j"),
    M(rm(11, HS), 6, "拉美与加勒比削减11.3%", "11.3%", 11.3, PC, "y22", note="spun text: 削减 stands for 增长"),
]
group("rem_lac_growth", "remittances", "Growth of remittances to Latin America and the Caribbean: 8% (Dec 2023, two) vs 7.7% (Jun 2024) for 2023; 11.3% for 2022",
      "Latin America and the Caribbean", "growth of remittance inflows (percent)", "2022 / 2023",
      "8% is 7.7% rounded (rounding); 2022 different_basis.", ms, vs(ms, R))

ms = [
    M(rm(1, EN), 5, "South Asia (7.2%)", "7.2%", 7.2, PC, "y23"),
    M(rm(10, HS), 12, "南亚地区7.2%", "7.2%", 7.2, PC, "y23"),
    M(rm(3, EN), 9, "South Asia (5.2%)", "5.2%", 5.2, PC, "y23"),
    M(rm(11, HS), 6, "南亚地域削减12.2%", "12.2%", 12.2, PC, "y22", note="spun text"),
    M(rm(6, EN), 6, "an 11.8% increase", "11.8%", 11.8, PC, "y24"),
    M(rm(15, HS), 9, "增长了7%", "7%", 7.0, PC, "y21"),
    M(rm(15, HS), 9, "南亚的汇款将增长4.4%", "4.4%", 4.4, PC, "f22", note="forecast for 2022 (June 2022)"),
]
group("rem_south_asia_growth", "remittances", "Growth of remittances to South Asia: 7.2% (Dec 2023, two) vs 5.2% (Jun 2024) for 2023; 12.2% (2022); 11.8% (2024); 7% (2021); the 4.4% forecast for 2022",
      "South Asia", "growth of remittance inflows (percent)", "2021-2024", "7.2% vs 5.2% for 2023 (conflict, revised); other years and the forecast different_basis.",
      ms, vs(ms, C))

ms = [
    M(rm(1, EN), 5, "Sub-Saharan Africa (1.9%)", "1.9%", 1.9, PC, "y23"),
    M(rm(10, HS), 12, "撒哈拉以南非洲地区1.9%", "1.9%", 1.9, PC, "y23"),
    M(rm(3, EN), 9, "a slight decline of 0.3%", "0.3%", -0.3, PC, "y23"),
    M(rm(11, HS), 6, "撒哈拉以南非洲削减6.1%", "6.1%", 6.1, PC, "y22", note="spun text"),
]
group("rem_ssa_growth", "remittances", "Growth of remittances to Sub-Saharan Africa: +1.9% (Dec 2023, two) vs -0.3% (Jun 2024) for 2023; 6.1% (2022)",
      "Sub-Saharan Africa", "growth of remittance inflows (percent)", "2022 / 2023", "+1.9% vs -0.3% for 2023 (conflict); 2022 different_basis.",
      ms, vs(ms, C))

ms = [
    M(rm(1, EN), 5, "declining by 5.3%", "5.3%", -5.3, PC, "y23"),
    M(rm(10, HS), 12, "降幅5.3%", "5.3%", -5.3, PC, "y23"),
    M(rm(3, EN), 9, "a nearly 15% drop", "15%", -15.0, PC, "y23", qualifier="under"),
    M(rm(11, HS), 6, "着落了3.8%", "3.8%", -3.8, PC, "y22"),
]
group("rem_mena_growth", "remittances", "Change in remittances to the Middle East and North Africa: -5.3% (Dec 2023, two) vs 'a nearly 15% drop' (Jun 2024) for 2023; -3.8% (2022)",
      "Middle East and North Africa", "growth of remittance inflows (percent)", "2022 / 2023", "-5.3% vs nearly -15% for 2023 (conflict); 2022 different_basis.",
      ms, vs(ms, C))

ms = [
    M(rm(1, EN), 5, "also fell by 1.4%", "1.4%", -1.4, PC, "y23"),
    M(rm(2, EN), 18, "decreased by 1.4 percent", "1.4 percent", -1.4, PC, "y23"),
    M(rm(10, HS), 12, "今年下降1.4%", "1.4%", -1.4, PC, "y23"),
    M(rm(3, EN), 9, "a 10.3% fall", "10.3%", -10.3, PC, "y23"),
    M(rm(1, EN), 5, "more than 18% in 2022", "18%", 18.0, PC, "y22", qualifier="over"),
    M(rm(10, HS), 12, "超过18%的增长", "18%", 18.0, PC, "y22", qualifier="over", note="the text says 2002年 for 2022"),
    M(rm(11, HS), 6, "欧洲与中亚削减19%", "19%", 19.0, PC, "y22", note="June 2023 brief; spun text: 削减 stands for 增长"),
]
pr = vs(ms, C, only={"y23"})
pr.update(vs(ms, K, only={"y22"}))
group("rem_eca_growth", "remittances", "Change in remittances to Europe and Central Asia: -1.4% (Dec 2023, three) vs -10.3% (Jun 2024) for 2023; 2022: 'more than 18%' (two) and 19%",
      "Europe and Central Asia", "growth of remittance inflows (percent)", "2022 / 2023",
      "-1.4% vs -10.3% for 2023 (conflict); 19% lies within 'more than 18%' (consistent); years differ (different_basis).", ms, pr)

ms = [
    M(rm(1, EN), 5, "East Asia and the Pacific (3%)", "3%", 3.0, PC, "y23"),
    M(rm(10, HS), 12, "东亚太平洋地区3%", "3%", 3.0, PC, "y23"),
    M(rm(3, EN), 9, "(4.8%, excluding China)", "4.8%", 4.8, PC, "y23x"),
    M(rm(11, HS), 6, "汇款流入削减0.7%", "0.7%", 0.7, PC, "y22", note="spun text; look-alike of the 0.7% LMIC growth for 2023"),
]
group("rem_eap_growth", "remittances", "Growth of remittances to East Asia and the Pacific: 3% (2023, two); 4.8% excluding China (2023); 0.7% (2022)",
      "East Asia and Pacific", "growth of remittance inflows (percent)", "2022 / 2023", "3% agrees; excluding China is another scope, 2022 another year (different_basis).", ms)

group("rem_fdi_decade", "remittances", "Remittances' growth over the past decade: 57% (two)",
      "low- and middle-income countries", "ten-year growth of remittances (percent)", "2014-2024", "Same figure (consistent).",
      [M(rm(6, EN), 5, "increased by 57%", "57%", 57.0, PC, "x"),
       M(rm(8, EN), 10, "increased by 57 per cent", "57 per cent", 57.0, PC, "x")])
group("rem_fdi_decline", "remittances", "FDI's decline over the past decade: 41% (two)",
      "low- and middle-income countries", "ten-year change of FDI (percent)", "2014-2024", "Same figure (consistent).",
      [M(rm(6, EN), 5, "FDI declined by 41%", "41%", -41.0, PC, "x"),
       M(rm(8, EN), 10, "FDI declined by 41 per cent", "41 per cent", -41.0, PC, "x")])
group("rem_oda_2017", "remittances", "Official development assistance in 2017: $159bn = 1590亿美元 (bilingual page)",
      "world", "official development assistance (USD)", "2017", "Same figure in two languages (consistent).",
      [M(rm(14, HS), 13, "came to $159bn", "$159bn", 159e9, USD, "x"),
       M(rm(14, HS), 14, "官方发展援助金额为1590亿美元", "1590亿美元", 1590e8, USD, "x")])
group("rem_kyrgyz_2017", "remittances", "Remittances as a share of Kyrgyzstan's output in 2017: 35% (bilingual page)",
      "Kyrgyzstan", "remittances as share of GDP (percent)", "2017", "Same figure in two languages (consistent).",
      [M(rm(14, HS), 15, "a staggering 35% of output", "35%", 35.0, PC, "x"),
       M(rm(14, HS), 16, "比例高达35%", "35%", 35.0, PC, "x")])

# ============================================================ international students in the US (Open Doors)
ms = [
    M(st(1, EN), 6, "– 1,126,690 –", "1,126,690", 1126690.0, P, "y24", k="x"),
    M(st(1, EN), 7, "said that 1,126,690", "1,126,690", 1126690.0, P, "y24", k="x"),
    M(st(2, EN), 3, "More Than 1.1 Million", "1.1 Million", 1.1e6, P, "y24", k="b", qualifier="over"),
    M(st(2, EN), 7, "high of more than 1.1 million", "1.1 million", 1.1e6, P, "y24", k="b", qualifier="over"),
    M(st(2, EN), 7, "(1,126,690)", "1,126,690", 1126690.0, P, "y24", k="x"),
    M(st(3, EN), 3, "More Than 1.1 Million", "1.1 Million", 1.1e6, P, "y24", k="b", qualifier="over"),
    M(st(4, EN), 6, "over 1.1 million", "1.1 million", 1.1e6, P, "y24", k="b", qualifier="over"),
    M(st(5, EN), 3, "high of 1.1 million students", "1.1 million", 1.1e6, P, "y24", k="r", note="unhedged rounding"),
    M(st(5, EN), 8, "hosted 1,126,690", "1,126,690", 1126690.0, P, "y24", k="x"),
    M(st(6, EN), 3, "the 1,126,690 international students", "1,126,690", 1126690.0, P, "y24", k="x"),
    M(st(9, HS), 13, "达1126690人", "1126690人", 1126690.0, P, "y24", k="x"),
    M(st(15, HS), 3, "惊人的 1,177,766人", "1,177,766人", 1177766.0, P, "y25", note="'the past academic year' (2024/25)"),
    M(st(7, EN), 5, "(1,057,188)", "1,057,188", 1057188.0, P, "y23", k="x"),
    M(st(12, HS), 3, "达到105.7188万", "105.7188万", 1057188.0, P, "y23", k="x"),
    M(st(12, HS), 3, "去年来美留学人数超105万", "105万", 1.05e6, P, "y23", k="b", qualifier="over"),
    M(st(8, EN), 6, "reached 1,043,839 students", "1,043,839", 1043839.0, P, "y16", k="x"),
    M(st(17, HS), 3, "达到1043839人", "1043839人", 1043839.0, P, "y16", k="x"),
    M(st(18, HT), 4, "首次超過100萬人", "100萬人", 1e6, P, "y16", k="b", qualifier="over"),
    M(st(20, HT), 15, "到109.5萬", "109.5萬", 1.095e6, P, "y19"),
]
pr = {}
for b in ("y24", "y23", "y16"):
    sel = [m for m in ms if m["_basis"] == b]
    xs = tuple(i + 1 for i, m in enumerate(ms) if m["_basis"] == b and m["k"] == "x")
    bs = tuple(i + 1 for i, m in enumerate(ms) if m["_basis"] == b and m["k"] == "b")
    rs = tuple(i + 1 for i, m in enumerate(ms) if m["_basis"] == b and m["k"] == "r")
    pr.update(cross(xs, bs, K))
    pr.update(cross(xs, rs, R))
split("stud_total", "students", "International students in US higher education (Open Doors): 1,126,690 in 2023/24 (seven exact, four 'more than / over 1.1 million', one unhedged '1.1 million'); 1,177,766 (2024/25); 1,057,188 = 105.7188万 and '超105万' (2022/23); 1,043,839 (two) and '超過100萬' (2015/16); 109.5萬 (2018/19)",
      "United States", "international students (persons)", "academic years",
      "Same year: exact figures and containing bounds agree (consistent); the unhedged '1.1 million' rounds 1,126,690 (rounding); other years different_basis.",
      ms, pr,
      [("2324", "2023/24 and 2024/25", {"y24", "y25"}), ("2223", "2022/23", {"y23"}),
       ("1516", "2015/16 and 2018/19", {"y16", "y19"})])

ms = [
    M(st(1, EN), 8, "a 7% increase from 2022-23", "7%", 7.0, PC, "y24"),
    M(st(2, EN), 7, "a 7% increase from the previous", "7%", 7.0, PC, "y24"),
    M(st(5, EN), 3, "increased 7% from", "7%", 7.0, PC, "y24"),
    M(st(4, EN), 6, "This 6.6% increase", "6.6%", 6.6, PC, "y24"),
    M(st(5, EN), 8, "a 6.6% increase", "6.6%", 6.6, PC, "y24"),
    M(st(6, EN), 3, "grew by 6.6 percent", "6.6 percent", 6.6, PC, "y24"),
    M(st(9, HS), 13, "同比增长6.6%", "6.6%", 6.6, PC, "y24"),
    M(st(15, HS), 3, "增长了惊人的 4.5%", "4.5%", 4.5, PC, "y25"),
    M(st(7, EN), 5, "a 12% increase compared", "12%", 12.0, PC, "y23", k="a"),
    M(st(12, HS), 3, "比前一年增加了近12%", "12%", 12.0, PC, "y23", k="a", qualifier="under"),
    M(st(6, EN), 4, "grew by 17 percent", "17 percent", 17.0, PC, "y23", k="b", note="stated for 2022-23"),
    M(st(8, EN), 5, "increased by 7.1%", "7.1%", 7.1, PC, "y16"),
    M(st(17, HS), 3, "增长了7.1%", "7.1%", 7.1, PC, "y16"),
    M(st(18, HT), 4, "增加7.1%", "7.1%", 7.1, PC, "y16"),
    M(st(20, HT), 15, "同比增長0.05%", "0.05%", 0.05, PC, "y19"),
]
pr = vs(ms, R, only={"y24"})
pr.update(vs(ms, C, only={"y23"}))
split("stud_growth", "students", "Growth of international students in the US: 7% (three) vs 6.6% (four) for 2023/24; 4.5% (2024/25); 12% and 近12% vs '17 percent' for 2022/23; 7.1% (three) for 2015/16; 0.05% (2018/19)",
      "United States", "growth of international students (percent)", "academic years",
      "7% rounds 6.6% (rounding); 17 percent against 12% for the same year is a conflict; other years different_basis.", ms, pr,
      [("2324", "2023/24 and 2024/25", {"y24", "y25"}), ("2223", "2022/23", {"y23"}),
       ("1516", "2015/16 and 2018/19", {"y16", "y19"})])

ms = [
    M(st(2, EN), 13, "accounted for 6% of the total", "6%", 6.0, PC, "y24"),
    M(st(3, EN), 7, "accounted for 6% of the total", "6%", 6.0, PC, "y24"),
    M(st(4, EN), 6, "account for 5.9%", "5.9%", 5.9, PC, "y24"),
    M(st(5, EN), 8, "represented 5.9%", "5.9%", 5.9, PC, "y24"),
    M(st(6, EN), 4, "accounted for 5.9 percent", "5.9 percent", 5.9, PC, "y24"),
    M(st(7, EN), 5, "accounted for 6% of the total", "6%", 6.0, PC, "y23"),
]
group("stud_share_hied", "students", "International students' share of the US higher-education population: 6% (two) vs 5.9% (three) in 2023/24; 6% in 2022/23",
      "United States", "share of higher-education students (percent)", "2023/24 / 2022/23",
      "6% rounds 5.9% (rounding); 2022/23 different_basis.", ms, vs(ms, R))

ms = [
    M(st(2, EN), 13, "more than$50 billion", "$50 billion", 50e9, USD, "y23", qualifier="over"),
    M(st(3, EN), 7, "more than $50 billion", "$50 billion", 50e9, USD, "y23", qualifier="over"),
    M(st(9, HS), 19, "贡献了500亿美元", "500亿美元", 500e8, USD, "y23"),
    M(st(7, EN), 5, "nearly $38 billion", "$38 billion", 38e9, USD, "y22", qualifier="under"),
    M(st(17, HS), 3, "史上最高的近360亿美元", "360亿美元", 360e8, USD, "y15", qualifier="under"),
    M(st(17, HS), 3, "贡献了 近360亿美元", "360亿美元", 360e8, USD, "y15", qualifier="under"),
    M(st(18, HT), 7, "總支出約305億美元", "305億美元", 305e8, USD, "y15", qualifier="approx", note="'去年' (2015) in a report on 2015/16"),
]
group("stud_econ", "students", "International students' contribution to the US economy (Commerce Department): 'more than $50 billion' (two) and 500亿美元 (2023); 'nearly $38 billion' (2022); 近360亿美元 (two) vs 約305億美元 in reports of the 2016 Open Doors",
      "United States", "international students' spending / contribution (USD)", "2015 / 2022 / 2023",
      "500亿 and 'more than $50 billion' read as one figure (consistent); 近360亿 vs 約305億 for the same year disagree (conflict); other years different_basis.",
      ms, vs(ms, C, only={"y15"}))

group("stud_opt", "students", "International students on Optional Practical Training in 2023/24: 242,782 (two)",
      "United States", "students on OPT (persons)", "2023/24", "Same figure (consistent).",
      [M(st(1, EN), 9, "to 242,782 students", "242,782", 242782.0, P, "y24"),
       M(st(3, EN), 12, "record high of 242,782", "242,782", 242782.0, P, "y24")])
group("stud_opt_growth", "students", "Growth of OPT students in 2023/24: 22% (two)",
      "United States", "growth of students on OPT (percent)", "2023/24", "Same figure (consistent).",
      [M(st(1, EN), 9, "growing by 22%", "22%", 22.0, PC, "y24"),
       M(st(3, EN), 12, "an increase of 22%", "22%", 22.0, PC, "y24")])

ms = [
    M(st(3, EN), 13, "with 298,705 new", "298,705", 298705.0, P, "y24"),
    M(st(7, EN), 3, "reveals over 298,000", "298,000", 298000.0, P, "y23", qualifier="over"),
    M(st(7, EN), 11, "to 298,523", "298,523", 298523.0, P, "y23"),
    M(st(20, HT), 11, "為26.9萬", "26.9萬", 2.69e5, P, "y19", note="'2018學年' = 2018/19"),
    M(st(20, HT), 11, "2017學(xué)年27.2萬", "27.2萬", 2.72e5, P, "y18"),
    M(st(20, HT), 11, "2016學(xué)年29.1萬", "29.1萬", 2.91e5, P, "y17"),
]
group("stud_new", "students", "New (first-time) international students: 298,705 (2023/24) vs 298,523 and 'over 298,000' (2022/23); 26.9萬 (2018/19), 27.2萬 (2017/18), 29.1萬 (2016/17)",
      "United States", "new international students (persons)", "2023/24 / 2022/23",
      "'over 298,000' contains 298,523 (consistent); the two years are look-alikes (different_basis).", ms, {(2, 3): K})

ms = [
    M(st(3, EN), 13, "(0.1%)", "0.1%", 0.1, PC, "y24"),
    M(st(6, EN), 4, "grew by 0.1 percent", "0.1 percent", 0.1, PC, "y24"),
    M(st(6, EN), 4, "the 14 percent increase", "14 percent", 14.0, PC, "y23"),
    M(st(7, EN), 11, "increased by 14%", "14%", 14.0, PC, "y23"),
]
group("stud_new_growth", "students", "Growth of new international students: 0.1% (two) in 2023/24; 14% (two) in 2022/23",
      "United States", "growth of new international students (percent)", "2023/24 / 2022/23", "Same-year statements agree; years differ (different_basis).", ms)

ms = [
    M(st(2, EN), 5, "record-high 331,602", "331,602", 331602.0, P, "y24"),
    M(st(5, EN), 9, "(331,602 students)", "331,602", 331602.0, P, "y24"),
    M(st(9, HS), 15, "达到了331,602人", "331,602人", 331602.0, P, "y24"),
    M(st(10, HS), 3, "共有331602名", "331602名", 331602.0, P, "y24"),
    M(st(11, HS), 15, "共有 331,602 名", "331,602 名", 331602.0, P, "y24"),
    M(st(12, HS), 3, "总数达到26.8923万", "26.8923万", 268923.0, P, "y23"),
    M(st(14, HS), 6, "人数为260,923人", "260,923人", 260923.0, P, "y23", note="AP's 268,923 mis-stated"),
    M(st(17, HS), 3, "有165918人", "165918人", 165918.0, P, "y16"),
]
split("stud_india", "students", "Indian students in the US: 331,602 (2023/24, five); 26.8923万 vs 260,923 (2022/23); 165918 (2015/16)",
      "India", "students in the US (persons)", "academic years",
      "268,923 vs 260,923 for 2022/23 disagree (conflict); other years different_basis.", ms, vs(ms, C),
      [("2324", "2023/24 and 2015/16", {"y24", "y16"}), ("2223", "2022/23", {"y23"})])

ms = [
    M(st(5, EN), 4, "an increase of 23%", "23%", 23.0, PC, "y24"),
    M(st(10, HS), 3, "印度留学生增加了23%", "23%", 23.0, PC, "y24"),
    M(st(11, HS), 15, "印度学生人数增加了 23%", "23%", 23.0, PC, "y24"),
    M(st(5, EN), 9, "a 23.3% increase", "23.3%", 23.3, PC, "y24"),
    M(st(6, EN), 5, "a 23.3 percent increase", "23.3 percent", 23.3, PC, "y24"),
    M(st(12, HS), 3, "增长了35%", "35%", 35.0, PC, "y23"),
    M(st(14, HS), 7, "增加了35%", "35%", 35.0, PC, "y23"),
    M(st(13, HS), 5, "赴美学生的人数增长了19%", "19%", 19.0, PC, "y22"),
    M(st(17, HS), 3, "增长24.9%", "24.9%", 24.9, PC, "y16"),
    M(st(18, HT), 6, "猛增四分之一", "四分之一", 25.0, PC, "y16", note="word number: a quarter"),
]
split("stud_india_growth", "students", "Growth of Indian students in the US: 23% (three) vs 23.3% (two) in 2023/24; 35% (two) in 2022/23; 19% (2021/22); 24.9% (2015/16)",
      "India", "growth of students in the US (percent)", "academic years",
      "23% rounds 23.3% (rounding); other years different_basis.", ms, vs(ms, R),
      [("2324", "2023/24", {"y24"}), ("2223", "2022/23 and 2021/22", {"y23", "y22"}), ("1516", "2015/16", {"y16"})])

ms = [
    M(st(5, EN), 4, "with 29.4% of the total", "29.4%", 29.4, PC, "y24"),
    M(st(5, EN), 9, "with 29.4% (", "29.4%", 29.4, PC, "y24"),
    M(st(6, EN), 5, "just shy of 30 percent", "30 percent", 30.0, PC, "y24", qualifier="under"),
    M(st(15, HS), 5, "约 30.4% 的占比", "30.4%", 30.4, PC, "y25", qualifier="approx"),
]
group("stud_india_share", "students", "India's share of international students in the US: 29.4% (two) and 'just shy of 30 percent' (2023/24); 约30.4% (2024/25)",
      "India", "share of international students (percent)", "2023/24 / 2024/25",
      "'just shy of 30 percent' contains 29.4% (consistent); 2024/25 different_basis.", ms, vs(ms, K))

ms = [
    M(st(5, EN), 9, "(277,398)", "277,398", 277398.0, P, "y24", k="x"),
    M(st(9, HS), 15, "共有277,398名", "277,398名", 277398.0, P, "y24", k="x"),
    M(st(10, HS), 3, "则为277398人", "277398人", 277398.0, P, "y24", k="x"),
    M(st(11, HS), 15, "为 277,398 名", "277,398 名", 277398.0, P, "y24", k="x"),
    M(st(16, HS), 5, "为27.7万人", "27.7万人", 2.77e5, P, "y24", k="r"),
    M(st(15, HS), 5, "大约为 26万多人次", "26万", 2.6e5, P, "y25", qualifier="over", note="2024/25"),
    M(st(12, HS), 3, "总人数为28.9526万人", "28.9526万人", 289526.0, P, "y23", k="x"),
    M(st(14, HS), 7, "(289,526 人)", "289,526 人", 289526.0, P, "y23", k="x"),
    M(st(10, HS), 3, "总人数接近29万人", "29万人", 2.9e5, P, "y23", k="b", qualifier="under"),
    M(st(12, HS), 3, "华生近29万", "29万", 2.9e5, P, "y23", k="b", qualifier="under"),
    M(st(13, HS), 5, "总数为29万零86人", "29万零86人", 290086.0, P, "y22"),
    M(st(13, HS), 5, "为31万7299人", "31万7299人", 317299.0, P, "y21"),
    M(st(9, HS), 17, "达到37万2532人", "37万2532人", 372532.0, P, "y20"),
    M(st(11, HS), 17, "达到37万2532人", "37万2532人", 372532.0, P, "y20"),
    M(st(20, HT), 17, "以接近37萬", "37萬", 3.7e5, P, "y19", k="b", qualifier="under"),
    M(st(16, HS), 5, "首次突破60万大关", "60万", 6e5, P, "y19", k="w", qualifier="over", note="youhuohao's figure for 2018/19"),
    M(st(16, HS), 3, "人数为 72.3万人", "72.3万人", 7.23e5, P, "m2306", note="as of June 2023"),
    M(st(16, HS), 5, "刷新至72.3万人", "72.3万人", 7.23e5, P, "m2306"),
    M(st(17, HS), 3, "达328547人", "328547人", 328547.0, P, "y16", k="x"),
    M(st(18, HT), 5, "共有32.8萬名", "32.8萬名", 3.28e5, P, "y16", k="r", note="truncated"),
    M(st(19, HT), 9, "增加到32.9萬人左右", "32.9萬人左右", 3.29e5, P, "y16", k="r", qualifier="approx"),
    M(st(19, HT), 9, "從30.4萬人", "30.4萬人", 3.04e5, P, "y15"),
]
pr = {}
pr.update(cross(I(ms, "x"), I(ms, "r"), R))
pr.update(vs(ms, R, only={"y16"}))
pr.update(cross(I(ms, "x"), I(ms, "b"), K))
pr.update(cross(I(ms, "w"), I(ms, "b"), (C, D)))
for a, b in list(pr):
    if ms[a - 1]["_basis"] != ms[b - 1]["_basis"]:
        del pr[(a, b)]
split("stud_china", "students", "Chinese students in the US: 277,398 (2023/24, four) vs 27.7万; 26万多 (2024/25); 289,526 = 28.9526万 and 近29万 (two) (2022/23); 290,086 (2021/22); 317,299 (2020/21); 372,532 (2019/20, two); 近37萬 vs '突破60万' (2018/19); 72.3万 (June 2023); 328547 vs 32.8萬 vs 32.9萬左右 (2015/16); 30.4萬 (2014/15)",
      "China", "students in the US (persons)", "academic years",
      "Rounded restatements are rounding (27.7万; 32.8萬 and 32.9萬左右 of 328,547, and against each other); 'nearly 29万' contains 289,526 (consistent); youhuohao's 'over 600,000' in 2018/19 against 'nearly 370,000' is a conflict (different_basis as alt: another count); other years different_basis.",
      ms, pr,
      [("2324", "2023/24, 2024/25 and June 2023", {"y24", "y25", "m2306"}), ("2223", "2022/23 and 2021/22", {"y23", "y22"}),
       ("2019", "2018/19 to 2020/21", {"y19", "y20", "y21"}), ("1516", "2015/16 and 2014/15", {"y16", "y15"})])

ms = [
    M(st(5, EN), 9, "(-4.2%)", "-4.2%", -4.2, PC, "y24", k="a"),
    M(st(9, HS), 15, "同比下降4.2%", "4.2%", -4.2, PC, "y24", k="a"),
    M(st(16, HS), 5, "同比减少4.2%", "4.2%", -4.2, PC, "y24", k="a"),
    M(st(6, EN), 5, "fell by 4.3 percent", "4.3 percent", -4.3, PC, "y24", k="b"),
    M(st(10, HS), 3, "中国学生减少了4%", "4%", -4.0, PC, "y24", k="r"),
    M(st(11, HS), 15, "中国学生人数减少了 4%", "4%", -4.0, PC, "y24", k="r"),
    M(st(13, HS), 5, "总体上又下降了9%", "9%", -9.0, PC, "y22"),
    M(st(17, HS), 3, "涨幅8.1%", "8.1%", 8.1, PC, "y16"),
    M(st(18, HT), 5, "比上一年度增加8.1%", "8.1%", 8.1, PC, "y16"),
    M(st(19, HT), 9, "同比增長8.1%", "8.1%", 8.1, PC, "y16"),
    M(st(20, HT), 17, "同比增長1.7%", "1.7%", 1.7, PC, "y19"),
]
pr = cross(I(ms, "a"), I(ms, "b"), C)
pr.update(cross(I(ms, "r"), I(ms, "a", "b"), R))
split("stud_china_growth", "students", "Change in Chinese students in the US: -4.2% (three) vs -4.3 percent vs -4% (two) in 2023/24; -9% (2021/22); +8.1% (three, 2015/16); +1.7% (2018/19)",
      "China", "growth of students in the US (percent)", "academic years",
      "4.2% vs 4.3% (same precision) conflict; 4% rounds both (rounding); other years different_basis.", ms, pr,
      [("2324", "2023/24 and 2021/22", {"y24", "y22"}), ("1516", "2015/16 and 2018/19", {"y16", "y19"})])

ms = [
    M(st(5, EN), 4, "second at 24.6%", "24.6%", 24.6, PC, "y24"),
    M(st(5, EN), 9, "strong at 24.6%", "24.6%", 24.6, PC, "y24"),
    M(st(15, HS), 5, "约 22.6% 的比例", "22.6%", 22.6, PC, "y25", qualifier="approx"),
    M(st(13, HS), 5, "占国际学生总数的30.6%", "30.6%", 30.6, PC, "y22"),
    M(st(16, HS), 7, "人数的33.7%", "33.7%", 33.7, PC, "y19", note="'2018年'"),
    M(st(20, HT), 17, "的1/3", "1/3", 33.33, PC, "y19", qualifier="approx", note="約占...1/3"),
    M(st(8, EN), 9, "China, at 31.5%", "31.5%", 31.5, PC, "y16"),
    M(st(17, HS), 3, "约占国际生总数的31.5%", "31.5%", 31.5, PC, "y16"),
    M(st(18, HT), 5, "總數(shù)的31.5%", "31.5%", 31.5, PC, "y16"),
    M(st(19, HT), 9, "總數(shù)的31.5%", "31.5%", 31.5, PC, "y16"),
    M(st(17, HS), 3, "占比31%", "31%", 31.0, PC, "y16"),
]
pr = vs(ms, R, only={"y16"})
pr.update({k_: (R, K) for k_, v_ in vs(ms, R, only={"y19"}).items()})
split("stud_china_share", "students", "China's share of international students in the US: 24.6% (two, 2023/24); 约22.6% (2024/25); 30.6% (2021/22); 33.7% vs 约1/3 (2018/19); 31.5% (four) vs 31% (2015/16)",
      "China", "share of international students (percent)", "academic years",
      "31% rounds 31.5% (rounding); 'about 1/3' vs 33.7% is rounding with consistent as alt; other years different_basis.", ms, pr,
      [("recent", "2018/19 to 2024/25", {"y24", "y25", "y22", "y19"}), ("1516", "2015/16", {"y16"})])

ms = [
    M(st(8, EN), 12, "declined by 4.2 percent", "4.2 percent", -4.2, PC, "y16"),
    M(st(18, HT), 6, "人數(shù)則下降了4%", "4%", -4.0, PC, "y16"),
]
group("stud_korea_growth", "students", "Change in South Korean students in the US in 2015/16: -4.2 percent vs -4%",
      "South Korea", "growth of students in the US (percent)", "2015/16",
      "4% rounds 4.2% (rounding).", ms, {(1, 2): R})

group("stud_new_decline", "students", "Decline of new international enrolments: 1% in 2018/19 (twice in one report), 7% in 2017/18 (twice), 3% in 2016/17",
      "United States", "change in new international enrolments (percent)", "2016/17-2018/19", "Same-year restatements agree; years differ (different_basis).",
      [M(st(20, HT), 9, "同比下降1%", "1%", -1.0, PC, "y19"),
       M(st(20, HT), 13, "2018學(xué)年1%的下滑", "1%", -1.0, PC, "y19"),
       M(st(20, HT), 9, "分別下降7%", "7%", -7.0, PC, "y18"),
       M(st(20, HT), 13, "2017學(xué)年7%的下滑", "7%", -7.0, PC, "y18"),
       M(st(20, HT), 9, "和3%", "3%", -3.0, PC, "y17")])

group("stud_15_years", "students", "India overtook China for the first time in 15 years (five statements)",
      "India / China", "years since China last ranked below India (years)", "2023/24", "Same figure (consistent).",
      [M(st(9, HS), 6, "15年来首次", "15年", 15.0, "years", "x"),
       M(st(10, HS), 3, "印度15年以来首次超越中国", "15年", 15.0, "years", "x"),
       M(st(10, HS), 3, "印度15年来首次超过中国", "15年", 15.0, "years", "x"),
       M(st(11, HS), 3, "15年来首超中国", "15年", 15.0, "years", "x"),
       M(st(11, HS), 13, "印度15 年来首次", "15 年", 15.0, "years", "x")])

group("stud_40_years", "students", "2022/23 growth the fastest in more than 40 years (English release and a Chinese retelling)",
      "United States", "years since a faster growth rate (years)", "2022/23", "Same figure (consistent).",
      [M(st(7, EN), 5, "in more than 40 years", "40 years", 40.0, "years", "x", qualifier="over"),
       M(st(12, HS), 3, "这是40多年来年度最大增幅", "40多年", 40.0, "years", "x", qualifier="over")])

group("stud_origins", "students", "Places of origin of international students in 2023/24: more than 210 (two)",
      "United States", "places of origin (count)", "2023/24", "Same figure (consistent).",
      [M(st(1, EN), 10, "more than 210 places of origin", "210", 210.0, CNT, "x", qualifier="over"),
       M(st(5, EN), 8, "more than 210 places of origin", "210", 210.0, CNT, "x", qualifier="over")])

group("stud_anniversary", "students", "Open Doors' 75th anniversary (three)",
      "Open Doors report", "anniversary (years)", "2024", "Same figure (consistent).",
      [M(st(2, EN), 11, "the 75th anniversary", "75th", 75.0, "years", "x"),
       M(st(3, EN), 6, "the 75th anniversary", "75th", 75.0, "years", "x"),
       M(st(4, EN), 5, "the 75th anniversary", "75th", 75.0, "years", "x")])

# ============================================================ luxury goods (Bain-Altagamma and others)
ms = [
    M(lx(1, EN), 3, "1.5 trillion euros", "1.5 trillion euros", 1.5e12, EUR, "y23"),
    M(lx(1, EN), 11, "reach €1.5 trillion in 2023", "€1.5 trillion", 1.5e12, EUR, "y23"),
    M(lx(2, EN), 5, "A €1.5 Trillion Odyssey", "€1.5 Trillion", 1.5e12, EUR, "y23"),
    M(lx(2, EN), 9, "an unprecedented €1.5 trillion", "€1.5 trillion", 1.5e12, EUR, "y23"),
    M(lx(3, EN), 3, "reach €1.5 trillion in 2023", "€1.5 trillion", 1.5e12, EUR, "y23"),
    M(lx(13, HS), 3, "市场规模达到27232亿元", "27232亿元", 27232e8, CNY, "yk23", note="要客研究院, in yuan"),
    M(lx(7, EN), 5, "totaled €1.48 trillion", "€1.48 trillion", 1.48e12, EUR, "y24", k="x"),
    M(lx(14, HS), 4, "整体规模降至1.48万亿欧元", "1.48万亿欧元", 1.48e12, EUR, "y24", k="x"),
    M(lx(15, HS), 5, "达到1.5万亿欧元", "1.5万亿欧元", 1.5e12, EUR, "y24", k="r"),
    M(lx(6, EN), 3, "around 1.4 trillion euros", "1.4 trillion euros", 1.4e12, EUR, "y22", qualifier="approx"),
    M(lx(5, EN), 19, "grew back to EUR 1.15 trillion", "EUR 1.15 trillion", 1.15e12, EUR, "y21"),
    M(lx(16, HT), 9, "將達到1.1萬億歐元", "1.1萬億歐元", 1.1e12, EUR, "f21", note="forecast for 2021 (November 2021)"),
]
pr = vs(ms, R, only={"y24"})
pr.update(cross(I(ms, "x") + I(ms, "r"), (), R))
pr[(11, 12)] = (D, R)
split("lux_overall", "luxury", "Overall luxury spending (Bain-Altagamma): €1.5 trillion (2023, five); €1.48 trillion = 1.48万亿欧元 vs 1.5万亿欧元 (2024); around 1.4 trillion (2022); EUR 1.15 trillion (2021) vs the 1.1萬億 forecast; 要客研究院's 27232亿元 (2023)",
      "world", "overall luxury market (EUR)", "2021-2024",
      "1.5万亿 rounds 1.48万亿 for 2024 (rounding); 2023's €1.5 trillion vs 2024's 1.5万亿 are look-alikes of different years; the 2021 forecast 1.1萬億 vs the later 1.15 is different_basis with rounding as alt; 要客 is another compiler and currency (different_basis).",
      ms, pr,
      [("2023", "2023", {"y23", "yk23"}), ("2024", "2024", {"y24"}), ("2122", "2021 and 2022", {"y22", "y21", "f21"})])

ms = [
    M(lx(1, EN), 11, "an increase of 8% to 10%", "8% to 10%", [8.0, 10.0], PC, "y23"),
    M(lx(2, EN), 9, "an 8-10% growth", "8-10%", [8.0, 10.0], PC, "y23"),
    M(lx(3, EN), 3, "an 8–10% growth", "8–10%", [8.0, 10.0], PC, "y23"),
    M(lx(1, EN), 15, "robust growth of 11% to 13%", "11% to 13%", [11.0, 13.0], PC, "y23k", note="constant exchange rates"),
    M(lx(2, EN), 13, "a robust growth of 11-13%", "11-13%", [11.0, 13.0], PC, "y23k"),
    M(lx(3, EN), 4, "robust growth of 11–13%", "11–13%", [11.0, 13.0], PC, "y23k"),
    M(lx(13, HS), 3, "同比增长7%", "7%", 7.0, PC, "yk23", note="要客研究院"),
    M(lx(7, EN), 5, "a slight decrease of 1% to 3%", "1% to 3%", [-3.0, -1.0], PC, "y24"),
    M(lx(14, HS), 4, "同比下滑1%至3%", "1%至3%", [-3.0, -1.0], PC, "y24"),
    M(lx(15, HS), 5, "将萎缩1%至3%", "1%至3%", [-3.0, -1.0], PC, "y24"),
    M(lx(5, EN), 19, "growing 19 to 21 percent", "19 to 21 percent", [19.0, 21.0], PC, "y22"),
    M(lx(6, EN), 3, "up 21 percent", "21 percent", 21.0, PC, "y22"),
]
split("lux_overall_growth", "luxury", "Growth of overall luxury spending: +8-10% (2023, three) and +11-13% at constant exchange rates (three); 要客's +7%; -1% to -3% (2024, three); 2022: 19 to 21 percent vs 'up 21 percent'",
      "world", "growth of overall luxury market (percent)", "2022-2024",
      "Same year and basis agree; 21 lies in 19-21 (consistent); constant vs current FX, other compilers and years are different_basis.",
      ms, vs(ms, K, only={"y22"}),
      [("2023", "2023", {"y23", "y23k", "yk23"}), ("2024", "2024", {"y24"}), ("2022", "2022", {"y22"})])

ms = [
    M(lx(1, EN), 17, "reach 362 billion euros", "362 billion euros", 362e9, EUR, "y23"),
    M(lx(2, EN), 15, "an impressive €362 billion", "€362 billion", 362e9, EUR, "y23"),
    M(lx(3, EN), 6, "reach €362 billion", "€362 billion", 362e9, EUR, "y23"),
    M(lx(7, EN), 8, "dipped to €363 billion", "€363 billion", 363e9, EUR, "y24"),
    M(lx(8, EN), 7, "to 363 billion euros", "363 billion euros", 363e9, EUR, "y24"),
    M(lx(9, EN), 3, "to €363 billion", "€363 billion", 363e9, EUR, "y24"),
    M(lx(11, HS), 3, "料达3,630亿欧元", "3,630亿欧元", 3630e8, EUR, "y24"),
    M(lx(16, HT), 4, "達到2,830億歐元", "2,830億歐元", 2830e8, EUR, "y21"),
]
split("lux_personal", "luxury", "Personal luxury goods market (Bain): €362 billion (2023, three); €363 billion = 3,630亿欧元 (2024, four); 2,830億歐元 (2021)",
      "world", "personal luxury goods market (EUR)", "2021-2024",
      "Same-year statements agree; 362 (2023) and 363 (2024) are look-alikes of different years (different_basis).", ms,
      [("2023", "2023 and 2021", {"y23", "y21"}), ("2024", "2024", {"y24"})])

ms = [
    M(lx(8, EN), 7, "(USD384 billion)", "USD384 billion", 384e9, USD, "y24"),
    M(lx(9, EN), 3, "($381.74 billion)", "$381.74 billion", 381.74e9, USD, "y24"),
    M(lx(9, EN), 6, "to $381.74 billion", "$381.74 billion", 381.74e9, USD, "y24"),
    M(lx(16, HT), 4, "(3,250億美元)", "3,250億美元", 3250e8, USD, "y21"),
]
group("lux_personal_market_usd", "luxury", "Personal luxury goods market in US dollars: USD384 billion vs $381.74 billion (two) for 2024's €363 billion; 3,250億美元 (2021)",
      "world", "personal luxury goods market (USD conversion)", "2021 / 2024",
      "Two dollar conversions of the same €363 billion disagree (conflict; different_basis as alt: another exchange rate); 2021 different_basis.",
      ms, {(1, 2): (C, D), (1, 3): (C, D)})

ms = [
    M(lx(1, EN), 17, "4% above 2022", "4%", 4.0, PC, "y23"),
    M(lx(2, EN), 15, "a 4% increase", "4%", 4.0, PC, "y23"),
    M(lx(3, EN), 6, "4% higher than 2022", "4%", 4.0, PC, "y23"),
    M(lx(5, EN), 25, "range from 3% to 5%", "3% to 5%", [3.0, 5.0], PC, "f23", note="base-case forecast (Feb 2023)"),
    M(lx(7, EN), 8, "a 2% decline", "2%", -2.0, PC, "y24"),
    M(lx(8, EN), 7, "a 2 percent decrease", "2 percent", -2.0, PC, "y24"),
    M(lx(9, EN), 3, "dip by 2 per cent to €363 billion", "2 per cent", -2.0, PC, "y24"),
    M(lx(9, EN), 6, "dip by 2 per cent to $381.74 billion", "2 per cent", -2.0, PC, "y24"),
    M(lx(10, EN), 3, "dip 2% YoY", "2%", -2.0, PC, "y24"),
    M(lx(11, HS), 3, "预计将下降2%", "2%", -2.0, PC, "y24"),
    M(lx(15, HS), 10, "预计将同比下降2%", "2%", -2.0, PC, "y24k", note="said to be at constant exchange rates (Bain gives flat at constant rates)"),
    M(lx(11, HS), 3, "增长0%至4%", "0%至4%", [0.0, 4.0], PC, "f25", note="forecast for 2025, constant FX"),
    M(lx(16, HT), 4, "將增長29%", "29%", 29.0, PC, "y21"),
]
split("lux_personal_growth", "luxury", "Growth of the personal luxury goods market: +4% (2023, three) vs the 3-5% forecast; -2% (2024, six at current rates, one said to be at constant rates); 0-4% forecast (2025); +29% (2021)",
      "world", "growth of personal luxury goods market (percent)", "2021-2025",
      "Same year and basis agree; forecasts, FX bases and other years different_basis.", ms,
      [("2023", "2023 and 2021", {"y23", "f23", "y21"}), ("2024", "2024 and the 2025 forecast", {"y24", "y24k", "f25"})])

ms = [
    M(lx(11, HS), 3, "将下降20%至22%", "20%至22%", [-22.0, -20.0], PC, "y24", k="g"),
    M(lx(14, HS), 4, "同比骤降20%-22%", "20%-22%", [-22.0, -20.0], PC, "y24", k="g"),
    M(lx(17, HT), 8, "銷售額下降18%至20%", "18%至20%", [-20.0, -18.0], PC, "y24", k="c", note="Bain's China report (January 2025)"),
]
group("lux_china_2024", "luxury", "Change in mainland China's luxury sales in 2024: -20% to -22% (Bain's global study, two) vs -18% to -20% (Bain's China report)",
      "mainland China", "luxury market growth (percent)", "2024",
      "Two Bain releases give different ranges for one quantity (conflict).", ms, cross(I(ms, "g"), I(ms, "c"), C))

ms = [
    M(lx(1, EN), 7, "represent 35% to 40%", "35% to 40%", [35.0, 40.0], PC, "p30"),
    M(lx(4, EN), 7, "account for 35-40%", "35-40%", [35.0, 40.0], PC, "p30"),
    M(lx(12, HS), 4, "比例将增至35–40%", "35–40%", [35.0, 40.0], PC, "p30"),
    M(lx(12, HS), 4, "预计达到22–24%左右", "22–24%", [22.0, 24.0], PC, "y23", qualifier="approx", k="bain"),
    M(lx(13, HS), 3, "比重约为38%", "38%", 38.0, PC, "y23", qualifier="approx", k="yk", note="要客研究院"),
    M(lx(16, HT), 11, "比例約為23%", "23%", 23.0, PC, "y21", qualifier="approx"),
    M(lx(18, HT), 4, "全球40%的奢侈品消費(fèi)", "40%", 40.0, PC, "p25", note="McKinsey forecast for 2025"),
]
group("lux_china_consumer_share", "luxury", "Chinese consumers' share of global (personal) luxury spending: 35-40% by 2030 (three); 22-24% (Bain) vs 约38% (要客) in 2023; 约23% (2021); McKinsey's 40% by 2025",
      "Chinese consumers", "share of global luxury spending (percent)", "2021 / 2023 / 2025 / 2030",
      "2030 projections agree; Bain's 22-24% vs 要客's 38% for 2023 disagree (conflict, different_basis as alt: different compilers and definitions); other years different_basis.",
      ms, {(4, 5): (C, D)})

ms = [
    M(lx(12, HS), 4, "总量的16%左右", "16%", 16.0, PC, "y23", qualifier="approx", k="bain"),
    M(lx(13, HS), 4, "约占全球奢侈品市场22%", "22%", 22.0, PC, "y23", qualifier="approx", k="yk"),
    M(lx(12, HS), 4, "提升至24–26%", "24–26%", [24.0, 26.0], PC, "p30"),
]
group("lux_china_market_share", "luxury", "Mainland China market's share of global luxury spending: about 16% (Bain) vs about 22% (要客) in 2023; 24-26% by 2030",
      "mainland China market", "share of global luxury market (percent)", "2023 / 2030",
      "Two compilers disagree for 2023 (conflict, different_basis as alt); 2030 different_basis.", ms, {(1, 2): (C, D)})

ms = [
    M(lx(12, HS), 3, "实现12%的同比增长", "12%", 12.0, PC, "y23", k="bain"),
    M(lx(13, HS), 4, "中国奢侈品市场实现11%增长", "11%", 11.0, PC, "y23", k="yk"),
    M(lx(13, HS), 5, "增速预计将在12%左右", "12%", 12.0, PC, "f24", qualifier="approx", note="要客's forecast for 2024"),
]
group("lux_china_market_growth", "luxury", "Growth of mainland China's luxury market in 2023: 12% (Bain) vs 11% (要客); 要客's 约12% forecast for 2024",
      "mainland China market", "luxury market growth (percent)", "2023 / 2024",
      "Two compilers disagree for 2023 (conflict, different_basis as alt); the 2024 forecast is a look-alike (different_basis).", ms, {(1, 2): (C, D)})

group("lux_increment_2023", "luxury", "Increase in luxury spending in 2023: approximately / ~€160 billion (three)",
      "world", "increase in luxury spending (EUR)", "2023", "Same figure (consistent).",
      [M(lx(1, EN), 15, "approximately €160 billion", "€160 billion", 160e9, EUR, "y23", qualifier="approx"),
       M(lx(2, EN), 13, "~€160 billion", "€160 billion", 160e9, EUR, "y23", qualifier="approx"),
       M(lx(3, EN), 4, "~€160 billion", "€160 billion", 160e9, EUR, "y23", qualifier="approx")])

group("lux_lost_consumers", "luxury", "Luxury consumers lost in two years: about 50 million = 5000万 (three)",
      "world", "luxury consumers lost (persons)", "2022-2024", "Same figure (consistent).",
      [M(lx(8, EN), 15, "About 50 million luxury consumers", "50 million", 50e6, P, "x", qualifier="approx"),
       M(lx(15, HS), 3, "流失 5000 万顾客", "5000 万", 5000e4, P, "x"),
       M(lx(15, HS), 12, "客户数量流失了5000万", "5000万", 5000e4, P, "x")])

ms = [
    M(lx(4, EN), 5, "a market value of €30 billion", "€30 billion", 30e9, EUR, "y23"),
    M(lx(14, HS), 4, "至310亿欧元", "310亿欧元", 310e8, EUR, "y24"),
]
group("lux_jewellery", "luxury", "Jewellery market: €30 billion (2023) vs 310亿欧元 (2024)",
      "world", "luxury jewellery market (EUR)", "2023 / 2024", "Different years (different_basis).", ms)

ms = [
    M(lx(18, HT), 3, "達(dá)到7700億元", "7700億元", 7700e8, CNY, "y18", note="McKinsey"),
    M(lx(13, HS), 3, "实现10420亿元", "10420亿元", 10420e8, CNY, "y23", note="要客研究院"),
    M(lx(18, HT), 4, "達(dá)到1.2萬(wàn)億元", "1.2萬(wàn)億元", 1.2e12, CNY, "p25"),
]
group("lux_chinese_spending", "luxury", "Chinese consumers' luxury spending: 7700億元 (2018, McKinsey); 10420亿元 (2023, 要客); 1.2萬億元 forecast for 2025 (McKinsey)",
      "Chinese consumers", "luxury spending (CNY)", "2018 / 2023 / 2025", "Different years and compilers (different_basis).", ms)

# ============================================================ singles: figures stated once
single(rm(7, EN), 4, "reaching $905 billion", "$905 billion", 905e9, USD)
single(rm(6, EN), 4, "surged 11% above", "11%", 11.0, PC)
single(rm(13, HS), 10, "全球2.66亿外派劳工", "2.66亿", 2.66e8, P)
single(rm(16, HT), 11, "約3,500萬的印度海外僑民", "3,500萬", 3500e4, P, qualifier="approx")
single(rm(17, HT), 3, "料將成長6.5%", "6.5%", 6.5, PC)
single(rm(17, HT), 3, "達4060億美元", "4060億美元", 4060e8, USD)
single(rm(15, HS), 9, "14,138,140人", "14,138,140人", 14138140.0, P)
single(rm(9, EN), 3, "increased by $4.97 billion", "$4.97 billion", 4.97e9, USD)
single(st(3, EN), 12, "(342,875)", "342,875", 342875.0, P)
single(st(3, EN), 10, "(502,291)", "502,291", 502291.0, P)
single(st(1, EN), 8, "also 18,129 international students", "18,129", 18129.0, P)
single(st(9, HS), 19, "高达150亿美元", "150亿美元", 150e8, USD)
single(st(6, EN), 7, "skyrocketed by 45.2 percent", "45.2 percent", 45.2, PC)
single(st(17, HS), 3, "总数达到313415人", "313415人", 313415.0, P)
single(st(8, EN), 11, "approximately 53 percent", "53 percent", 53.0, PC, qualifier="approx")
single(lx(5, EN), 28, "an estimated EUR 113 billion", "EUR 113 billion", 113e9, EUR, qualifier="approx")
single(lx(3, EN), 11, "posting an 8% drop", "8%", -8.0, PC)
single(lx(17, HT), 15, "銷售額大跌約29%", "29%", -29.0, PC, qualifier="approx")
single(lx(17, HT), 13, "還是減少了7%", "7%", -7.0, PC)
single(lx(14, HS), 4, "达790亿欧元", "790亿欧元", 790e8, EUR)
single(lx(13, HS), 7, "上海以535亿元", "535亿元", 535e8, CNY)
single(lx(4, EN), 6, "account for 25-30%", "25-30%", [25.0, 30.0], PC)
single(lx(7, EN), 6, "account for 80% of the total market", "80%", 80.0, PC)
single(lx(15, HS), 12, "40%的奢侈品消费者", "40%", 40.0, PC)

# ============================================================ non-claims: dates, table headers, ids, counters, e-mail, footnotes
single(rm(5, EN), 22, "2017 |", not_a_claim=True, kind="table_header", note="year column")
single(rm(5, EN), 28, "2023e |", not_a_claim=True, kind="table_header")
single(rm(7, EN), 11, "Fri, 02/21/2025 – 22:10", not_a_claim=True, kind="date")
single(rm(10, HS), 4, "新闻稿2023年12月18日", not_a_claim=True, kind="date")
single(rm(12, HS), 3, "12 月 18 日", not_a_claim=True, kind="date")
single(rm(12, HS), 13, "2024e |", not_a_claim=True, kind="table_header")
single(rm(13, HS), 8, "2018-04-25 10:22:53", not_a_claim=True, kind="date")
single(rm(15, HS), 4, "2022-07-03 05:54:48", not_a_claim=True, kind="date")
single(rm(15, HS), 22, "皖ICP备2022009963号-4", not_a_claim=True, kind="licence_number")
single(rm(15, HS), 23, "39 60 29 14 2@qq.com", not_a_claim=True, kind="email")
single(rm(16, HT), 9, "[3][4][5]", not_a_claim=True, kind="footnote_marker")
single(rm(17, HT), 3, "2012年11月21日", not_a_claim=True, kind="date")
single(rm(18, HT), 10, "a815638", not_a_claim=True, kind="identifier", note="article id in the URL")
single(st(1, EN), 6, "Monday 18 November", not_a_claim=True, kind="date")
single(st(2, EN), 7, "Nov. 18, 2024", not_a_claim=True, kind="date")
single(st(4, EN), 5, "1948-1949 academic year", not_a_claim=True, kind="date")
single(st(7, EN), 3, " date 2023-11-13", not_a_claim=True, kind="date")
single(st(9, HS), 9, "发布时间:2024-11-21", not_a_claim=True, kind="date")
single(st(11, HS), 7, "2024年11月19日 10点56分", not_a_claim=True, kind="date")
single(st(11, HS), 9, "69030 阅读", not_a_claim=True, kind="page_furniture", note="view counter")
single(st(11, HS), 10, "10 评论", not_a_claim=True, kind="page_furniture", note="comment counter")
single(st(12, HS), 3, "侨报网 11/13/2023", not_a_claim=True, kind="date")
single(st(13, HS), 5, "联合早报 2022/11/15/", not_a_claim=True, kind="date")
single(st(14, HS), 9, "2024/03/12 17:41 KST", not_a_claim=True, kind="date")
single(st(14, HS), 10, "wowkorea.jp 96", not_a_claim=True, kind="page_furniture")
single(st(19, HT), 7, "2017-07-08 15:27", not_a_claim=True, kind="date")
single(st(20, HT), 7, "2019-11-19 10:03:26", not_a_claim=True, kind="date")
single(st(6, EN), 5, "the No. 1 source country", not_a_claim=True, kind="rank")
single(lx(1, EN), 9, "November 15, 2023, 12:19 p.m.", not_a_claim=True, kind="date")
single(lx(2, EN), 7, "10 mins read", not_a_claim=True, kind="page_furniture")
single(lx(5, EN), 7, "Feb 2023", not_a_claim=True, kind="date")
single(lx(6, EN), 5, "17 MINUTES AGO", not_a_claim=True, kind="page_furniture")
single(lx(7, EN), 5, "The 23rd edition", not_a_claim=True, kind="ordinal")
single(lx(8, EN), 3, " date 2024-11-17", not_a_claim=True, kind="date")
single(lx(8, EN), 11, "(born between 1997 and 2012)", not_a_claim=True, kind="date")
single(lx(14, HS), 3, "发布时间:2025-04-24 06:46:55", not_a_claim=True, kind="date")
single(lx(16, HT), 3, "【大紀元2021年11月12日訊】", not_a_claim=True, kind="date")
single(lx(17, HT), 3, "2025年2月2日", not_a_claim=True, kind="date")
single(lx(17, HT), 6, "2.貝恩認為", not_a_claim=True, kind="list_number")
single(lx(18, HT), 3, "“80后”", not_a_claim=True, kind="cohort_name")

emit(HERE / "gold.d" / "fresh19.toml", "corpus-fresh19")
