"""Hand annotation of corpus-fresh65, written as data; emits gold.d/fresh65.toml (then run
corpus/check_gold.py --dir corpus-fresh65 --build).

Three business-results domains (Chinese white-goods makers): Midea Group results / 美的集团业绩 / 美的集團業績
(`mid-*`: 2023 营业收入 3720.37亿 against zhongyi333's '营业收入 ... 3737.10亿'; 营业总收入 3737亿 / 3,737 / 3737.1;
net profit 337.2 against 337; 2024 total revenue 4,091亿 = RMB 409.1 billion; 2024 net profit 385.37 against 385;
H1 2024 RMB 218.1 billion and 20.8 billion against the headline 'RMB 20 Billion'), Gree Electric results / 格力电器业绩 /
格力電器業績 (`gre-*`: 2023 营业总收入 2050.18亿 = 205.018 billion against 205.02 and 2050; hvacrhome's 营收 '总收入达2039.79亿元'
(the 营业收入 figure, keyed as unlabelled); growth 7.82 / 7.8 (and 7.93 unlabelled); 2023 归母 290.17 / 29.017 / 29.02
/ 290; 2024 归母 321.8 against 321; 2024 revenue decline 7.26 / 7.3 against sina's headline '营收下滑47.93%') and Haier
Smart Home 2024 results / 海尔智家业绩 (`hai-*`: revenue 2,859.81亿 against 285.98 billion; growth 4.30 against 4.29;
扣非 178.05亿 against 17.81 billion).

Every mention carries a basis tag. Revenue labels as written: 'tot' = 营业总收入 / 总营收 / 總營收 / total revenue /
total operating income / 总收入; 'op' = 营业收入 / 營業收入 / operating revenue; 'rev' = an unqualified 营收 / revenue.
tot against op is different_basis (two line items of the same income statement); an unqualified figure against a
labelled one is different_basis with auto's verdict as alt (OTHER). Values as written: 亿/億 = 1e8, billion = 1e9,
CNY; growth rates in percent, declines negative.

Audit (second reader): hvacrhome's '总收入' (which the page uses for the 营收 of the same sentence) is keyed 'rev', not
'tot'; aap's headline 'RMB 20 Billion' takes the kit's default precision for a trailing zero (rounding, not
conflict); mid-01's '约占 ... 61.57%' carries 'approx'; the mid-03 / gre-06 quotes start at 收入 so they also hold on
the stored pages' '營業(yè)收入' (the excerpts dropped the '(yè)' gloss). See notes/audit.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S, V, basis, val, ANY  # noqa: E402

load(HERE)

goldrules.install()

MID, GRE, HAI = "midea-group-results", "gree-electric-results", "haier-smart-home-results"
CNY, YR, RANK = "CNY", "year", "rank"
E8, E9 = 1e8, 1e9
RV = OTHER({"rev"})

# ============================================================ Midea Group
ms = [
    F("mid", 1, "实现营业收入3720.37亿元", 3720.37e8, CNY, basis="op"),
    F("mid", 3, "收入3720.37億元", 3720.37e8, CNY, basis="op"),  # stored page: 營業(yè)收入 (audit)
    F("mid", 7, "3457.09亿元、3737.10亿元", 3737.10e8, CNY, basis="op", vt="3737.10亿"),
    F("mid", 2, "营业总收入达到3737亿元", 3737e8, CNY, basis="tot"),
    F("mid", 4, "营业总收入 3,737 亿元", 3737e8, CNY, basis="tot"),
    F("mid", 10, "2023年總營(yíng)收為3737.1億元", 3737.1e8, CNY, basis="tot"),
]
G("mid_rev_2023", MID, "Midea's 2023 revenue: 营业收入 3720.37亿 twice against zhongyi333's '营业收入 ... 3737.10亿'; 营业总收入 3737 / 3,737 / 3737.1",
  "Midea Group", "revenue (营业收入 / 营业总收入, as labelled)", "2023",
  "Two line items: 营业收入 3720.37 and 营业总收入 3737.10 (different_basis between the labels). zhongyi333 labels 3737.10 "
  "营业收入: as written it conflicts with 3720.37 (auto). 3737 rounds 3737.1: rounding.", ms)
ms = [
    F("mid", 1, "同比增长8.18%", 8.18, PC, basis="op"),
    F("mid", 3, "同比增長8.18%", 8.18, PC, basis="op"),
    F("mid", 7, "同比增长0.68%、8.10%", 8.10, PC, basis="op", vt="8.10%"),
    F("mid", 4, "同比增长 8%", 8, PC, basis="tot"),
]
G("mid_rev_growth_2023", MID, "Growth of Midea's 2023 revenue: 营业收入 +8.18% twice against zhongyi333's '营业收入 ... 8.10%'; 营业总收入 +8%",
  "Midea Group", "revenue growth (as labelled)", "2023",
  "8.10 against 8.18 under the same label: conflict (8.10 is the 营业总收入 growth). 8 (营业总收入) apart: different_basis.", ms)
ms = [
    F("mid", 1, "净利润337.2亿元", 337.2e8, CNY),
    F("mid", 3, "歸母凈利潤為337.2億元", 337.2e8, CNY),
    F("mid", 2, "净利润达到337亿元", 337e8, CNY),
    F("mid", 4, "净利润337亿元", 337e8, CNY),
]
G("mid_profit_2023", MID, "Midea's 2023 net profit attributable: 337.2亿 twice against 337亿 twice", "Midea Group",
  "net profit attributable to shareholders", "2023",
  "337 rounds 337.2: rounding (hvacr's and the annual report's '净利润' are the attributable figure).", ms)
ms = [
    F("mid", 1, "同比增长14.1%", 14.1, PC),
    F("mid", 3, "同比增長14.10%", 14.10, PC),
    F("mid", 4, "同比增长 14%", 14, PC),
]
G("mid_profit_growth_2023", MID, "Growth of Midea's 2023 net profit: 14.1 / 14.10 against 14", "Midea Group",
  "net profit growth", "2023", "14.1 = 14.10: consistent; 14 rounds them: rounding.", ms)
ms = [
    F("mid", 2, "经营活动现金流突破579亿元", 579e8, CNY, q="over"),
    F("mid", 3, "凈額579.03億元", 579.03e8, CNY),
]
G("mid_ocf_2023", MID, "Midea's 2023 operating cash flow: 'over 579亿' against 579.03亿", "Midea Group",
  "net operating cash flow", "2023", "'突破579' holds 579.03: consistent.", ms)
ms = [
    F("mid", 5, "Total revenue reached RMB 409.1 billion", 409.1e9, CNY, basis="tot"),
    F("mid", 6, "总收入实现 4,091 亿元", 4091e8, CNY, basis="tot"),
    F("mid", 8, "其总营收达4091亿元", 4091e8, CNY, basis="tot"),
    F("mid", 7, "实现营业收入4090.84亿元", 4090.84e8, CNY, basis="op"),
    F("mid", 7, "首次突破4000亿元大关", 4000e8, CNY, basis="op", q="over"),
    F("mid", 9, "2024年实现营收4090.84亿元 同比", 4090.84e8, CNY, basis="rev"),
    F("mid", 9, "公司2024年实现营收4090.84亿元,同比", 4090.84e8, CNY, basis="rev"),
    F("mid", 10, "營(yíng)收突破了4000億元", 4000e8, CNY, basis="rev", q="over"),
]
G("mid_rev_2024", MID, "Midea's 2024 revenue: total 4,091亿 / RMB 409.1 billion / 4091; zhongyi333's '营业收入 4090.84'; 营收 4090.84 twice; 'over 4000' twice",
  "Midea Group", "revenue (as labelled)", "2024",
  "The total-revenue figures agree (409.1 billion = 4091亿). zhongyi333's 4090.84 is labelled 营业收入 (the 营业总收入 "
  "figure; 营业收入 was 4071.50): different_basis against the totals. youcaiyun's and ldzql's unlabelled 营收: "
  "different_basis with auto's verdict as alt (OTHER).", ms, RV)
ms = [
    F("mid", 7, "同比增长9.47%", 9.47, PC, basis="op"),
    F("mid", 8, "同比增长9.5%", 9.5, PC, basis="tot"),
    F("mid", 9, "4090.84亿元 同比增长9.47%", 9.47, PC, basis="rev"),
    F("mid", 9, "同比+9.47%", 9.47, PC, basis="rev"),
]
G("mid_rev_growth_2024", MID, "Growth of Midea's 2024 revenue: 9.47% three times against chaxiaohao's total-revenue 9.5%",
  "Midea Group", "revenue growth (as labelled)", "2024",
  "Labels differ (营业收入 / 总营收 / 营收): different_basis; 9.5 rounds 9.47 (alt for the unlabelled pairs, OTHER).", ms, RV)
ms = [
    F("mid", 5, "shareholders was RMB 38.5 billion", 38.5e9, CNY),
    F("mid", 6, "归母净利润实现 385 亿元", 385e8, CNY),
    F("mid", 8, "归母净利润385亿元", 385e8, CNY),
    F("mid", 7, "归母净利润为385.37亿元", 385.37e8, CNY),
    F("mid", 9, "归母净利润385.37亿元", 385.37e8, CNY),
]
G("mid_profit_2024", MID, "Midea's 2024 net profit attributable: 385.37亿 twice against 385亿 twice and RMB 38.5 billion",
  "Midea Group", "net profit attributable to shareholders", "2024", "385 / 38.5 billion round 385.37: rounding.", ms)
ms = [
    F("mid", 7, "同比增长14.29%", 14.29, PC),
    F("mid", 9, "同比+14.29%", 14.29, PC),
    F("mid", 8, "同比增长14.3%", 14.3, PC),
]
G("mid_profit_growth_2024", MID, "Growth of Midea's 2024 net profit: 14.29 twice against 14.3", "Midea Group",
  "net profit growth", "2024", "14.3 rounds 14.29: rounding.", ms)
ms = [
    F("mid", 5, "operating cash flow of RMB 60.5 billion", 60.5e9, CNY),
    F("mid", 6, "流达到 605 亿元", 605e8, CNY),
]
G("mid_ocf_2024", MID, "Midea's 2024 operating cash flow: RMB 60.5 billion = 605亿", "Midea Group", "operating cash flow",
  "2024", "Consistent.", ms)
ms = [
    F("mid", 5, "RMB 104.5 billion from ToB", 104.5e9, CNY),
    F("mid", 6, "收入实现 1,045 亿元", 1045e8, CNY),
]
G("mid_tob_2024", MID, "Midea's 2024 ToB revenue: RMB 104.5 billion = 1,045亿", "Midea Group", "ToB business revenue",
  "2024", "Consistent.", ms)
ms = [
    F("mid", 5, "Midea ranked 277th", 277, RANK),
    F("mid", 6, "强第 277 位", 277, RANK),
]
G("mid_fortune_2024", MID, "Midea's Fortune Global 500 rank in 2024: 277th twice", "Midea Group", "Fortune Global 500 rank",
  "2024", "Consistent.", ms)
ms = [
    F("mid", 11, "remarkable RMB 218.1 billion", 218.1e9, CNY),
    F("mid", 12, "total revenue of RMB218.1 billion", 218.1e9, CNY),
]
G("mid_rev_h1_2024", MID, "Midea's H1 2024 revenue: RMB 218.1 billion twice", "Midea Group", "revenue", "2024 H1", "Consistent.", ms)
ms = [
    F("mid", 11, "This represents a 10% year-over-year", 10, PC),
    F("mid", 12, "year-on-year increase of 10%", 10, PC),
]
G("mid_rev_growth_h1_2024", MID, "Growth of Midea's H1 2024 revenue: 10% twice", "Midea Group", "revenue growth", "2024 H1",
  "Consistent.", ms)
ms = [
    F("mid", 11, "RMB 20 Billion in H1 Profits", 20e9, CNY, vt="20 Billion", step=1e10),  # audit: kit default for a trailing zero (_step misses capital B)
    F("mid", 11, "profits jumping to RMB 20.8 billion", 20.8e9, CNY),
    F("mid", 12, "reached RMB20.8 billion", 20.8e9, CNY),
]
G("mid_profit_h1_2024", MID, "Midea's H1 2024 net profit: RMB 20.8 billion twice against the aap headline's 'RMB 20 Billion'",
  "Midea Group", "net profit attributable", "2024 H1",
  "The headline's round '20 Billion' (trailing zero read as not significant, the kit's default, as for 2050亿 / 290亿 / "
  "200 billion in this key) rounds 20.8: rounding against menafn; inside aap rounding with consistent as alt (auto). "
  "(The builder had forced precision to the billion, making it a conflict; changed in the audit.)", ms)
ms = [
    F("mid", 11, "reflecting a 14% rise", 14, PC),
    F("mid", 12, "year-on-year increase of 14%", 14, PC),
]
G("mid_profit_growth_h1_2024", MID, "Growth of Midea's H1 2024 profit: 14% twice", "Midea Group", "net profit growth", "2024 H1",
  "Consistent.", ms)
# mid singles and non-claims
NC("mid", 1, "3月27日晚间", "date")
NC("mid", 1, "美的集团(000333)", "stock_code")
S("mid", 1, "基本每股收益4.93元", value=4.93, unit=CNY)
NC("mid", 1, "拟每10股", "unit_base")
S("mid", 1, "派发现金红利30元", value=30, unit=CNY)
S("mid", 1, "合计现金分红207.61亿元", value=207.61e8, unit=CNY)
S("mid", 1, "约占去年净利润的61.57%", value=61.57, unit=PC, q="approx")
NC("mid", 2, "世界500强榜单", "name")
S("mid", 2, "榜单第278位", value=278, unit=RANK)
NC("mid", 3, "2024年03月28日", "date")
NC("mid", 3, "(000333.SZ)", "stock_code")
S("mid", 3, "同比增長67.07%", value=67.07, unit=PC)
S("mid", 3, "資產(chǎn)負債率為64.14%", value=64.14, unit=PC)
S("mid", 3, "同比上升0.09個百分點", value=0.09, unit=PP)
NC("mid", 5, "Fortune Global 500", "name")
NC("mid", 6, "2025 年 03 月", "date")
NC("mid", 6, "世界 500 强第", "name")
S("mid", 6, "连续 9 年", value=9, unit=YR)
NC("mid", 6, "世界 500 强企业", "name")
S("mid", 7, "分别为3457.09亿元", value=3457.09e8, unit=CNY)
S("mid", 7, "同比增长0.68%", value=0.68, unit=PC)
S("mid", 8, "净利率提升至9.5%", value=9.5, unit=PC)
S("mid", 8, "净利率高达17%", value=17, unit=PC)
NC("mid", 9, "3月29日", "date")
NC("mid", 9, "(000333.SZ)", "stock_code")
S("mid", 9, "四季度营收1190亿元", value=1190e8, unit=CNY)
S("mid", 9, "同比+8.1%", value=8.1, unit=PC)
S("mid", 9, "归母净利润108亿元", value=108e8, unit=CNY)
S("mid", 9, "同比+14.9%", value=14.9, unit=PC)
NC("mid", 9, "拟每10股", "unit_base")
S("mid", 9, "派发现金红利35元", value=35, unit=CNY)
S("mid", 9, "分红总额267亿元", value=267e8, unit=CNY)
S("mid", 9, "分红率69.3%", value=69.3, unit=PC)
S("mid", 10, "總營(yíng)收達(dá)3203.5億元", value=3203.5e8, unit=CNY)
S("mid", 10, "同比增長(zhǎng)9.57%", value=9.57, unit=PC)
NC("mid", 10, "收突破4000億元,意味著", "hypothetical")
S("mid", 10, "增速會(huì)在7%以上", value=7, unit=PC, q="over")
S("mid", 11, "surpassing RMB 100 billion", value=100e9, unit=CNY, q="over")
NC("mid", 11, "PRNewswire August 20, 2024", "date")
NC("mid", 11, "Aug. 20, 2024", "date")
NC("mid", 12, "On August 19", "date")

# ============================================================ Gree Electric
ms = [
    F("gre", 1, "总收入达2039.79亿元", 2039.79e8, CNY, basis="rev"),  # audit: the page's word for its 营收
    F("gre", 3, "total revenue of 205.02 billion CNY", 205.02e9, CNY, basis="tot"),
    F("gre", 4, "total operating income of 205.018 billion", 205.018e9, CNY, basis="tot"),
    F("gre", 5, "2,050.18 亿", 2050.18e8, CNY, basis="tot"),
    F("gre", 8, "| 1900亿 | 2050亿 |", 2050e8, CNY, basis="tot"),
    F("gre", 5, "2,039.79 亿", 2039.79e8, CNY, basis="op"),
    F("gre", 1, "营收突破2000亿大关,格力电器发布", 2000e8, CNY, basis="rev", q="over"),
    F("gre", 1, "格力电器营收突破2000亿大关", 2000e8, CNY, basis="rev", q="over"),
    F("gre", 4, "the revenue was 200 billion yuan", 200e9, CNY, basis="rev"),
]
G("gre_rev_2023", GRE, "Gree's 2023 revenue: 营业总收入 2050.18亿 = 205.018 billion, 205.02 billion and 2050亿; 营业收入 2,039.79; hvacrhome's 营收 '总收入达2039.79亿元', 'over 2000' twice and itsn's '200 billion'",
  "Gree Electric Appliances", "revenue (as labelled)", "2023",
  "Total revenue: 205.02 and 2050 round 2050.18 (rounding). hvacrhome's '营收突破2000亿大关,总收入达2039.79亿元' uses "
  "总收入 as its word for the 营收 of the same sentence, not the statement line 营业总收入: keyed as an unlabelled "
  "'rev' figure (audit; the builder had it as total revenue, conflicting with the totals). Unlabelled 营收 / revenue "
  "figures against labelled ones: OTHER (different_basis, auto's verdict as alt: 2039.79 against the totals conflict "
  "as alt; same value as caibaopai's 营业收入 row: consistent). caibaopai's 营业收入 row against the totals: "
  "different_basis.", ms, RV)
ms = [
    F("gre", 1, "同比增长7.93%", 7.93, PC, basis="rev"),  # audit: growth of hvacrhome's 营收 / 总收入
    F("gre", 3, "year-on-year increase of 7.8%", 7.8, PC, basis="tot"),
    F("gre", 4, "year-on-year increase of 7.82%", 7.82, PC, basis="tot"),
]
G("gre_rev_growth_2023", GRE, "Growth of Gree's 2023 revenue: total revenue 7.82% against 7.8%; hvacrhome's 营收 / 总收入 +7.93%",
  "Gree Electric Appliances", "revenue growth (as labelled)", "2023",
  "7.8 rounds 7.82: rounding. hvacrhome's 7.93 is the growth of its unlabelled 营收 (the 营业收入 line's growth): "
  "OTHER, different_basis with conflict as alt (audit; the builder had a conflict).", ms, RV)
ms = [
    F("gre", 1, "归母净利润突破290.17亿元", 290.17e8, CNY, q="over"),
    F("gre", 3, "shareholders of 29.02 billion CNY", 29.02e9, CNY),
    F("gre", 4, "the mother was 29.017 billion", 29.017e9, CNY),
    F("gre", 8, "| 321亿 | 290亿 |", 290e8, CNY),
]
G("gre_profit_2023", GRE, "Gree's 2023 net profit attributable: 29.017 billion against 29.02 billion, 290亿 and hvacrhome's '突破290.17亿元'",
  "Gree Electric Appliances", "net profit attributable to shareholders", "2023",
  "29.02 and 290 round 29.017: rounding. '突破290.17' (over) holds 29.017 and 29.02 and is rounded by 290: consistent.", ms)
ms = [
    F("gre", 1, "同比增长18.41%", 18.41, PC),
    F("gre", 4, "year-on-year increase of 18.41%", 18.41, PC),
    F("gre", 3, "up 18.4% year-on-year", 18.4, PC),
]
G("gre_profit_growth_2023", GRE, "Growth of Gree's 2023 net profit: 18.41% twice against 18.4%", "Gree Electric Appliances",
  "net profit growth", "2023", "18.4 rounds 18.41: rounding.", ms)
ms = [
    F("gre", 2, "上年同期1901.51億元", 1901.51e8, CNY),
    F("gre", 5, "1,901.51 亿", 1901.51e8, CNY),
]
G("gre_totrev_2022", GRE, "Gree's 2022 total revenue: 1901.51亿 twice", "Gree Electric Appliances", "total revenue (营业总收入)",
  "2022", "Consistent.", ms)
ms = [
    F("gre", 3, "the current price of 42.12 CNY", 42.12, CNY),
    F("gre", 4, "share price of 42.12 yuan", 42.12, CNY),
]
G("gre_price_apr2024", GRE, "Gree's share price at the 2023 results (end of April 2024): 42.12 twice", "Gree Electric Appliances",
  "share price", "end of April 2024", "Consistent.", ms)
ms = [
    F("gre", 6, "收入1891.6億元", 1891.6e8, CNY, basis="op"),  # stored page: 營業(yè)收入 (audit)
    F("gre", 8, "| 营业总收入 | 1900亿", 1900e8, CNY, basis="tot"),
]
G("gre_rev_2024", GRE, "Gree's 2024 revenue: 营業收入 1891.6億 and 营业总收入 1900亿", "Gree Electric Appliances",
  "revenue (as labelled)", "2024", "Different line items: different_basis.", ms)
ms = [
    F("gre", 6, "同比減少7.26%", -7.26, PC, basis="op"),
    F("gre", 8, "| -7.3% |", -7.3, PC, basis="tot"),
    F("gre", 7, "营收下滑47.93%", -47.93, PC, basis="rev"),
]
G("gre_rev_growth_2024", GRE, "Change of Gree's 2024 revenue: -7.26% (营业收入) and -7.3% (营业总收入) against sina's headline '营收下滑47.93%'",
  "Gree Electric Appliances", "revenue change", "2024",
  "-7.26 and -7.3 are different line items (different_basis). Sina's headline gives the operating cash flow's "
  "-47.93% as the revenue change: whatever 营收 means there, it is neither figure: conflict with both (set by hand).",
  ms, V(basis("rev"), ANY, C))
ms = [
    F("gre", 6, "歸母凈利潤321.8億元", 321.8e8, CNY),
    F("gre", 8, "| 归母净利润 | 321亿", 321e8, CNY),
]
G("gre_profit_2024", GRE, "Gree's 2024 net profit attributable: 321.8億 against mffb's 321亿", "Gree Electric Appliances",
  "net profit attributable to shareholders", "2024", "321 (to the 亿) does not hold 321.8: conflict (truncated, not rounded).", ms)
ms = [
    F("gre", 6, "同比增長10.91%", 10.91, PC),
    F("gre", 8, "+10.9%", 10.9, PC),
]
G("gre_profit_growth_2024", GRE, "Growth of Gree's 2024 net profit: 10.91% against 10.9%", "Gree Electric Appliances",
  "net profit growth", "2024", "10.9 rounds 10.91: rounding.", ms)
# gre singles and non-claims
S("gre", 1, "空调部分业务营收1512亿", value=1512e8, unit=CNY)
S("gre", 1, "同比增长12.13%", value=12.13, unit=PC)
NC("gre", 1, "4月30日", "date")
NC("gre", 2, "12月21日凌晨", "date")
S("gre", 2, "營業總收入2050億元", value=2050e8, unit=CNY)
S("gre", 2, "—2100億元", value=2100e8, unit=CNY)
S("gre", 2, "凈利潤270億元", value=270e8, unit=CNY)
S("gre", 2, "—293億元", value=293e8, unit=CNY)
S("gre", 2, "增長10.2%", value=10.2, unit=PC)
S("gre", 2, "—19.6%", value=19.6, unit=PC)
S("gre", 2, "凈利潤261億元", value=261e8, unit=CNY)
S("gre", 2, "—278億元", value=278e8, unit=CNY)
S("gre", 2, "增長8.8%", value=8.8, unit=PC)
S("gre", 2, "—15.9%", value=15.9, unit=PC)
S("gre", 3, "target price of 55 CNY", value=55, unit=CNY)
NC("gre", 3, "42.12 CNY [1][2]", "reference_number")
S("gre", 3, "reached 49.21 billion CNY", value=49.21e9, unit=CNY)
S("gre", 3, "net profit of 8.93 billion", value=8.93e9, unit=CNY)
S("gre", 3, "increases of 17.7%", value=17.7, unit=PC)
S("gre", 3, "and 43.9% respectively", value=43.9, unit=PC)
NC("gre", 3, "respectively [1][2]", "reference_number")
S("gre", 4, "the planned dividend was 13.1 billion", value=13.1e9, unit=CNY)
NC("gre", 4, "April 30th", "date")
NC("gre", 4, "(SZ000651,", "stock_code")
S("gre", 4, "market value of 237.2 billion", value=237.2e9, unit=CNY)
S("gre", 4, "establishment 33 years ago", value=33, unit=YR)
NC("gre", 5, "| 2020年报 |", "date")
S("gre", 5, "1,704.97 亿", value=1704.97e8, unit=CNY)
S("gre", 5, "1,896.54 亿", value=1896.54e8, unit=CNY)
S("gre", 5, "1,966.22 亿", value=1966.22e8, unit=CNY)
S("gre", 5, "1,681.99 亿", value=1681.99e8, unit=CNY)
S("gre", 5, "1,878.69 亿", value=1878.69e8, unit=CNY)
S("gre", 5, "1,889.88 亿", value=1889.88e8, unit=CNY)
S("gre", 5, "1,956.94 亿", value=1956.94e8, unit=CNY)
NC("gre", 6, "4月27日下午", "date")
NC("gre", 6, "(000651.SZ", "stock_code")
S("gre", 6, "45.22元", value=45.22, unit=CNY)
S("gre", 6, "市值2532.96億元", value=2532.96e8, unit=CNY)
S("gre", 6, "同比增長9.19%", value=9.19, unit=PC)
NC("gre", 7, "2025年4月", "date")
S("gre", 7, "同比下降47.93%", value=-47.93, unit=PC)
S("gre", 7, "同比减少34.11%", value=-34.11, unit=PC)
S("gre", 8, "| 1548亿", value=1548e8, unit=CNY)
S("gre", 8, "| 1707亿", value=1707e8, unit=CNY)
S("gre", 8, "| -159亿", vt="-159亿", value=-159e8, unit=CNY)
S("gre", 8, "| -9.3%", value=-9.3, unit=PC)
S("gre", 8, "| 369亿", value=369e8, unit=CNY)
S("gre", 8, "| 328亿 | +41亿", vt="328亿", value=328e8, unit=CNY)
S("gre", 8, "| +41亿", value=41e8, unit=CNY)
S("gre", 8, "| +12.5%", value=12.5, unit=PC)
S("gre", 8, "| 368亿", value=368e8, unit=CNY)
S("gre", 8, "| 328亿 | +40亿", vt="328亿", value=328e8, unit=CNY)
S("gre", 8, "| +40亿", value=40e8, unit=CNY)
S("gre", 8, "| +12.4%", value=12.4, unit=PC)
S("gre", 8, "| 323亿", value=323e8, unit=CNY)
S("gre", 8, "| 277亿", value=277e8, unit=CNY)
S("gre", 8, "| +46亿", value=46e8, unit=CNY)
S("gre", 8, "| +16.8%", value=16.8, unit=PC)
S("gre", 8, "| +31亿", value=31e8, unit=CNY)

# ============================================================ Haier Smart Home
ms = [
    F("hai", 1, "实现营收2,859.81亿元", 2859.81e8, CNY),
    F("hai", 2, "operating revenue of 285.98 billion", 285.98e9, CNY),
]
G("hai_rev_2024", HAI, "Haier's 2024 revenue: 2,859.81亿 against 285.98 billion", "Haier Smart Home", "revenue", "2024",
  "285.98 billion rounds 2859.81亿: rounding.", ms)
ms = [
    F("hai", 1, "同比小幅增长4.30%", 4.30, PC),
    F("hai", 2, "year-on-year growth of 4.29%", 4.29, PC),
]
G("hai_rev_growth_2024", HAI, "Growth of Haier's 2024 revenue: beawan's 4.30% against 4.29%", "Haier Smart Home", "revenue growth",
  "2024", "4.30 against 4.29 (both to 0.01): conflict.", ms)
ms = [
    F("hai", 1, "扣非净利润178.05亿元", 178.05e8, CNY),
    F("hai", 2, "items was 17.81 billion", 17.81e9, CNY),
]
G("hai_kf_profit_2024", HAI, "Haier's 2024 net profit excluding non-recurring items: 178.05亿 against 17.81 billion",
  "Haier Smart Home", "net profit excluding non-recurring items", "2024", "17.81 billion rounds 178.05亿: rounding.", ms)
ms = [
    F("hai", 1, "同比小幅增长12.52%", 12.52, PC),
    F("hai", 2, "up 12.52% year-on-year", 12.52, PC),
]
G("hai_kf_growth_2024", HAI, "Growth of Haier's 2024 profit excluding non-recurring items: 12.52% twice", "Haier Smart Home",
  "growth of net profit excluding non-recurring items", "2024", "Consistent.", ms)
NC("hai", 1, "海尔智家(600690)", "stock_code")
NC("hai", 1, "净利润近5年", "duration")
NC("hai", 1, "于1993年上市", "date")
S("hai", 1, "年度净利润195.76亿元", value=195.76e8, unit=CNY)
S("hai", 1, "同比小幅增长14.55%", value=14.55, unit=PC)
NC("hai", 2, "maintained [8]", "reference_number")
S("hai", 2, "shareholders was 18.74 billion", value=18.74e9, unit=CNY)
S("hai", 2, "increase of 12.92%", value=12.92, unit=PC)
S("hai", 2, "revenue of 83.01 billion", value=83.01e9, unit=CNY)
S("hai", 2, "growth of 9.88%", value=9.88, unit=PC)
S("hai", 2, "net profit of 3.59 billion", value=3.59e9, unit=CNY)
S("hai", 2, "increasing by 3.96%", value=3.96, unit=PC)
NC("hai", 2, "[5][12][18]", "reference_number")

NC("gre", 5, "| 2021年报", "date")
NC("gre", 5, "| 2022年报", "date")
NC("gre", 5, "| 2023年报", "date")
NC("gre", 5, "近12个月", "duration")
NC("gre", 3, "In Q4 2023", "date")
NC("hai", 2, "In Q4 2024", "date")
NC("mid", 7, "此前的2022年、2023年", "date")
NC("mid", 7, "高于2021年、2022年", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh65.toml", "corpus-fresh65")
