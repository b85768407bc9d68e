"""Hand annotation of corpus-fresh77, written as data; emits gold.d/fresh77.toml (then run
corpus/check_gold.py --dir corpus-fresh77 --build).

Three domains: two company results and one public statistic. Yum China's fourth quarter and full year 2025 (with two
pages on its 2023 year) / 百胜中国 / 百勝中國 (`ymc-*`), Nintendo's first half (April-September 2025) and first nine
months (April-December 2025) of the fiscal year to March 2026, its full-year forecasts and the Switch 2 / Switch
sell-through / 任天堂 (`nin-*`), and Singapore's international visitor arrivals and tourism receipts (the Singapore
Tourism Board's 2018, 2023 and 2024 figures, its forecasts, the first half and February of 2024) / 新加坡旅游局 /
新加坡旅遊局 (`sgv-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 兆 / 万亿 = 1e12; dollars in
USD (cents as 0.01 USD), yen in JPY, Singapore dollars in SGD; stores, quarters and cities as counts, consoles and
game copies as units, visitors and members as persons; growth and decline rates as unsigned percent; basis points as
percentage_points (100 bp = 1 pp). Reported and adjusted ('excluding special items') operating profit are different
bases; core operating profit and the growth rates 'excluding F/X' are different quantities. A figure is keyed with the
period its page gives it (a quarter's figure put on a full-year line stays a full-year claim).
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
from goldrules import NC, OTHER, F, G, S, V, basis, val  # noqa: E402

load(HERE)

goldrules.install()

YMC, NIN, SGV = "yum-china-results", "nintendo-results", "singapore-visitor-arrivals"
USD, JPY, SGD, HKD, CNY, MYR = "USD", "JPY", "SGD", "HKD", "CNY", "MYR"
P, U, X, DAYS, YRS, WKS = "persons", "units", "times", "days", "years", "weeks"
OK = "Consistent."

_NOLEFT = set("0123456789%亿億万萬")


def AUTO(d, n, pat, kind):
    """A non-claim for every match of pat on the page (citation marks such as [3], model names such as 'Switch 2'),
    its quote the match widened by non-digit characters (to the right first) until it is unique on its line
    (the helper of corpus-fresh72's key)."""
    name = goldkit.NAMES.get((d, n))
    if not name:
        return
    lines = goldkit.DOCS[name]
    for li, line in enumerate(lines):
        if li == 0:
            continue
        for m in re.finditer(pat, line):
            a, b = m.start(), m.end()
            while line.count(line[a:b]) > 1:
                if b < len(line) and not line[b].isdigit():
                    b += 1
                elif a > 0 and line[a - 1] not in _NOLEFT:
                    a -= 1
                elif b < len(line):
                    b += 1
                else:
                    break
            q = line[a:b]
            hits = [i for i, l in enumerate(lines) if q in l]
            goldkit.NC(d, n, q, kind, nth=hits.index(li) + 1)


REF = r"(?:\[\d+\])+"

# ============================================================ Yum China
# ---- fourth quarter 2025 (three months to December 31, 2025)
G("ymc_q4_ss_growth", YMC, "System sales growth Q4 2025 (excluding F/X): 7% on ten pages", "Yum China",
  "system sales growth (excluding F/X)", "Q4 2025", "Same value: consistent (fool's 'sequentially' is the release's 7% year-on-year figure).", [
    F("ymc", 1, "System Sales Grew 7%", 7, PC),
    F("ymc", 1, "Total system sales grew 7% year over year", 7, PC),
    F("ymc", 2, "System sales increased 7%", 7, PC),
    F("ymc", 3, "System sales increased 7%", 7, PC),
    F("ymc", 4, "a 7% increase in system sales", 7, PC),
    F("ymc", 5, "System sales grew 7% sequentially", 7, PC),
    F("ymc", 7, "第四季度达到7%", 7, PC),
    F("ymc", 8, "第四季度同比增长7%", 7, PC),
    F("ymc", 9, "第四季度系統銷售額增長進一步提升至7%", 7, PC),
    F("ymc", 10, "第4季系統銷售額進一步提升至7%", 7, PC),
  ])
G("ymc_q4_sss", YMC, "Same-store sales growth Q4 2025: 3% on seven pages", "Yum China", "same-store sales growth",
  "Q4 2025", OK, [
    F("ymc", 1, "Same-Store Sales Increased 3%", 3, PC),
    F("ymc", 1, "Same-store sales grew 3% YoY", 3, PC),
    F("ymc", 2, "supported by 3% same-store sales growth", 3, PC),
    F("ymc", 3, "supported by 3% same-store sales growth", 3, PC),
    F("ymc", 4, "a 3% increase in same-store sales", 3, PC),
    F("ymc", 5, "up 3% in quarter four", 3, PC),
    F("ymc", 7, "同店销售额同比增长3%", 3, PC),
    F("ymc", 10, "同店銷售額上升3%", 3, PC),
  ])
G("ymc_q4_sst", YMC, "Same-store transaction growth Q4 2025: 4% on four pages (ocopd's 'same-store purchases')",
  "Yum China", "same-store transaction growth", "Q4 2025", OK, [
    F("ymc", 1, "Same-store transactions grew 4% YoY", 4, PC),
    F("ymc", 2, "a 4% increase in same-store transactions", 4, PC),
    F("ymc", 3, "a 4% increase in same-store purchases", 4, PC),
    F("ymc", 7, "同店交易量同比增长4%", 4, PC),
  ])
G("ymc_sst_streak", YMC, "Consecutive quarters of same-store transaction growth to Q4 2025: 12 three times", "Yum China",
  "consecutive quarters of same-store transaction growth", "to Q4 2025", OK, [
    F("ymc", 1, "the 12th consecutive quarter", 12, CNT),
    F("ymc", 8, "同店交易量连续第12个季度", 12, CNT),
    F("ymc", 9, "同店交易量更是連續第12個季度", 12, CNT),
  ])
G("ymc_q4_rev", YMC, "Total revenues Q4 2025: $2.8 billion three times against the columnist's 28.23億", "Yum China",
  "total revenues", "Q4 2025", "2.8 billion rounds 28.23億: rounding.", [
    F("ymc", 1, "9% YoY to $2.8 billion", 2.8e9, USD),
    F("ymc", 2, "total revenues of $2.8 billion", 2.8e9, USD),
    F("ymc", 3, "revenue of $2.8 billion", 2.8e9, USD),
    F("ymc", 10, "期內總收入28.23億美元", 28.23e8, USD),
  ])
G("ymc_q4_rev_growth", YMC, "Total revenue growth Q4 2025 (reported): 9% three times against the columnist's 8.8%", "Yum China",
  "total revenue growth", "Q4 2025", "9 rounds 8.8: rounding.", [
    F("ymc", 1, "Total revenues increased 9% YoY", 9, PC),
    F("ymc", 2, "a 9% increase year-over-year", 9, PC),
    F("ymc", 3, "a 9% year-over-year increase", 9, PC),
    F("ymc", 10, "增長8.8%", 8.8, PC),
  ])
G("ymc_q4_op_growth", YMC, "Operating profit growth Q4 2025: 25% on six pages", "Yum China", "operating profit growth",
  "Q4 2025", OK, [
    F("ymc", 1, "Operating Profit Up 25%", 25, PC),
    F("ymc", 1, "Operating profit grew 25% YoY", 25, PC),
    F("ymc", 2, "a 25% increase compared to the prior-year period", 25, PC),
    F("ymc", 3, "a 25% increase compared to the previous period", 25, PC),
    F("ymc", 9, "經營利潤按年增長25%", 25, PC),
    F("ymc", 10, "經營利潤增長25%", 25, PC),
  ])
G("ymc_q4_op", YMC, "Operating profit Q4 2025: $187 million three times", "Yum China", "operating profit", "Q4 2025", OK, [
    F("ymc", 1, "25% YoY to $187 million", 187e6, USD),
    F("ymc", 2, "Operating profit reached $187 million", 187e6, USD),
    F("ymc", 3, "Operating profit reached $187 million", 187e6, USD),
  ])
G("ymc_q4_core_op_growth", YMC, "Core operating profit growth Q4 2025: 23% three times; fool's 'excluding special items ... rose 23%' (adjusted basis)",
  "Yum China", "core operating profit growth", "Q4 2025",
  "Same value: consistent (fool's adjusted figure is another basis with the same value).", [
    F("ymc", 1, "Core operating profit grew 23% YoY", 23, PC),
    F("ymc", 2, "core operating profit grew 23%", 23, PC),
    F("ymc", 3, "core operating profit grew 23%", 23, PC),
    F("ymc", 5, "rose 23% in quarter four", 23, PC, basis="adj"),
  ], OTHER({"adj"}))
G("ymc_q4_core_op", YMC, "Core operating profit Q4 2025: $185 million twice", "Yum China", "core operating profit", "Q4 2025", OK, [
    F("ymc", 2, "23% to $185 million", 185e6, USD),
    F("ymc", 3, "23% to $185 million", 185e6, USD),
  ])
G("ymc_q4_opm", YMC, "OP margin Q4 2025: 6.6% twice", "Yum China", "operating margin", "Q4 2025", OK, [
    F("ymc", 1, "OP margin was 6.6%", 6.6, PC),
    F("ymc", 5, "with a 6.6% margin", 6.6, PC),
  ])
G("ymc_q4_opm_chg", YMC, "OP margin change Q4 2025: +80 basis points twice", "Yum China", "operating margin change", "Q4 2025", OK, [
    F("ymc", 1, "an increase of 80 basis points", 0.8, PP, vt="80", mult=0.01),
    F("ymc", 5, "(up 80 basis points", 0.8, PP, vt="80", mult=0.01),
  ])
G("ymc_q4_rm", YMC, "Restaurant margin Q4 2025: 13.0% three times", "Yum China", "restaurant margin", "Q4 2025", OK, [
    F("ymc", 1, "Restaurant margin was 13.0%", 13.0, PC),
    F("ymc", 2, "70 basis points to 13.0%", 13.0, PC),
    F("ymc", 3, "70 basis points to 13.0%", 13.0, PC),
  ])
G("ymc_q4_rm_chg", YMC, "Restaurant margin change Q4 2025: +70 basis points three times", "Yum China", "restaurant margin change",
  "Q4 2025", OK, [
    F("ymc", 1, "an increase of 70 basis points", 0.7, PP, vt="70", mult=0.01),
    F("ymc", 2, "expanded by 70 basis points", 0.7, PP, vt="70", mult=0.01),
    F("ymc", 3, "expanded 70 basis points", 0.7, PP, vt="70", mult=0.01),
  ])
G("ymc_q4_eps", YMC, "Diluted EPS Q4 2025: $0.40 three times", "Yum China", "diluted EPS", "Q4 2025", OK, [
    F("ymc", 1, "33% YoY to $0.40", 0.40, USD),
    F("ymc", 2, "rose 33% to $0.40", 0.40, USD),
    F("ymc", 3, "rose 33% to $0.40", 0.40, USD),
  ])
G("ymc_q4_eps_growth", YMC, "Diluted EPS growth Q4 2025: 33% three times", "Yum China", "diluted EPS growth", "Q4 2025", OK, [
    F("ymc", 1, "Diluted EPS increased 33% YoY", 33, PC),
    F("ymc", 2, "(EPS) rose 33%", 33, PC),
    F("ymc", 3, "(EPS) rose 33%", 33, PC),
  ])
G("ymc_q4_ph_ticket", YMC, "Pizza Hut ticket average decline Q4 2025: 11% twice", "Pizza Hut (Yum China)",
  "ticket average decline", "Q4 2025", OK, [
    F("ymc", 2, "saw an 11% decrease", 11, PC),
    F("ymc", 3, "dropped 11% in ticket averages", 11, PC),
  ])
G("ymc_q4_kfc_ss", YMC, "KFC system sales growth Q4 2025: 8% twice", "KFC (Yum China)", "system sales growth", "Q4 2025", OK, [
    F("ymc", 5, "KFC system sales rose 8% in quarter four", 8, PC),
    F("ymc", 7, "系统销售额在第四季度同比增长8%", 8, PC),
  ])
NC("ymc", 1, "Fourth Quarter 2025 Results", "date")
NC("ymc", 1, "Shareholders in 2026", "date")
NC("ymc", 1, "Feb. 4, 2026", "date")
NC("ymc", 1, "HKEX: 9987", "stock_code")
NC("ymc", 1, "December 31, 2025", "date")
S("ymc", 1, "or a 7% increase excluding F/X", value=7, unit=PC)
S("ymc", 1, "record of 587 net new stores", value=587, unit=CNT)
S("ymc", 1, "of which 36% were opened", value=36, unit=PC)
S("ymc", 1, "or up 29% excluding F/X", value=29, unit=PC)
S("ymc", 1, "and up 21% further", value=21, unit=PC)
NC("ymc", 1, "impact(1)", "footnote_marker")
S("ymc", 1, "Delivery sales grew 34% YoY", value=34, unit=PC)
S("ymc", 1, "approximately 53% of total", value=53, unit=PC, q="approx")
S("ymc", 1, "up from 42% in the same quarter", value=42, unit=PC)
S("ymc", 1, "also a 4% increase excluding F/X", value=4, unit=PC)
G("ymc_price", YMC, "Yum China share price before the Q4 2025 release: 52.60 USD twice (alphastreet, ocopd)", "Yum China shares",
  "share price", "early February 2026", OK, [
    F("ymc", 2, "traded around 52.60 USD", 52.60, USD, q="approx"),
    F("ymc", 3, "traded at about 52.60 USD", 52.60, USD, q="approx"),
  ])
G("ymc_price_chg", YMC, "Yum China share price gain: about 3.60% twice", "Yum China shares", "share price change",
  "early February 2026", OK, [
    F("ymc", 2, "up about 3.60%", 3.60, PC, q="approx"),
    F("ymc", 3, "up about 3.60%", 3.60, PC, q="approx"),
  ])
G("ymc_mcap", YMC, "Yum China market capitalisation: roughly / about $19 billion twice", "Yum China shares", "market capitalisation",
  "early February 2026", OK, [
    F("ymc", 2, "roughly $19 billion", 19e9, USD, q="approx"),
    F("ymc", 3, "about $19 billion", 19e9, USD, q="approx"),
  ])
NC("ymc", 2, "Q4 2025 earnings", "date")
NC("ymc", 2, "Feb 4, 2026", "date")
NC("ymc", 2, "ended December 31, 2025", "date")
NC("ymc", 3, "Full Year 2025 Financial", "date")
NC("ymc", 3, "Q4 2025 earnings", "date")
NC("ymc", 3, "Feb 4, 2026", "date")
NC("ymc", 3, "ended December 31, 2025", "date")
NC("ymc", 4, "ended December 31, 2025", "date")
NC("ymc", 10, " date 2026-02-20", "date")
NC("ymc", 10, "百勝中國（9987）", "stock_code")
NC("ymc", 10, "去年第4季", "date")
S("ymc", 10, "盈利1.4億美元", value=1.4e8, unit=USD)
S("ymc", 10, "增長21.7%", value=21.7, unit=PC)
S("ymc", 10, "連續3季", value=3, unit=CNT)
NC("ymc", 10, "第4季系統", "date")
S("ymc", 10, "入巿價420元", value=420, unit=HKD)
S("ymc", 10, "目標價500元", value=500, unit=HKD)
S("ymc", 10, "止蝕價380元", value=380, unit=HKD)
S("ymc", 9, "肯德基第四季度經營利潤增長16%", value=16, unit=PC)
S("ymc", 9, "經營利潤按年增長52%", value=52, unit=PC)

# ---- full year 2025
G("ymc_fy_rev", YMC, "Total revenues 2025: $11.8 billion three times = 118亿 / 118億 on five pages (caizhongshe title and body)",
  "Yum China", "total revenues", "FY2025", OK, [
    F("ymc", 1, "4% YoY to $11.8 billion", 11.8e9, USD),
    F("ymc", 2, "4% to $11.8 billion", 11.8e9, USD),
    F("ymc", 3, "4% to $11.8 billion", 11.8e9, USD),
    F("ymc", 6, "总收入增至118亿美元", 118e8, USD),
    F("ymc", 6, "4%至118亿美元", 118e8, USD),
    F("ymc", 7, "4%至118亿美元", 118e8, USD),
    F("ymc", 8, "总营收118亿美元", 118e8, USD),
    F("ymc", 9, "總收入118億美元", 118e8, USD),
  ])
G("ymc_fy_rev_growth", YMC, "Total revenue growth 2025 (reported): 4% on seven pages", "Yum China", "total revenue growth",
  "FY2025", OK, [
    F("ymc", 1, "Total revenues increased 4% YoY", 4, PC),
    F("ymc", 2, "total revenues increased 4%", 4, PC),
    F("ymc", 3, "total revenue increased 4%", 4, PC),
    F("ymc", 6, "总收入同比增长4%", 4, PC),
    F("ymc", 7, "总收入同比增长4%", 4, PC),
    F("ymc", 8, "118亿美元,同比增长4%", 4, PC),
    F("ymc", 9, "按年增長4%", 4, PC),
  ])
G("ymc_fy_ss_growth", YMC, "System sales growth 2025 (excluding F/X): 4% four times", "Yum China",
  "system sales growth (excluding F/X)", "FY2025", OK, [
    F("ymc", 1, "Total system sales grew 4% YoY", 4, PC),
    F("ymc", 5, "and 4% for the year", 4, PC),
    F("ymc", 6, "系统销售额同比增长4%", 4, PC),
    F("ymc", 8, "全年系统销售额同比增长4%", 4, PC),
  ])
G("ymc_fy_sss", YMC, "Same-store sales growth 2025: 1% three times", "Yum China", "same-store sales growth", "FY2025", OK, [
    F("ymc", 1, "Same-store sales grew 1% YoY", 1, PC),
    F("ymc", 5, "up 1% for the full year", 1, PC),
    F("ymc", 6, "同店销售额同比增长1%", 1, PC),
  ])
G("ymc_fy_op_growth", YMC, "Operating profit growth 2025: 11% on six pages; fool's 'excluding special items' 11% (adjusted basis)",
  "Yum China", "operating profit growth", "FY2025", "Same value: consistent.", [
    F("ymc", 1, "Full Year Operating Profit Rose 11%", 11, PC),
    F("ymc", 2, "Operating profit grew 11%", 11, PC),
    F("ymc", 3, "Operating profit grew 11%", 11, PC),
    F("ymc", 4, "operating profit rose by 11%", 11, PC),
    F("ymc", 5, "operating profit increased 11%", 11, PC, basis="adj"),
    F("ymc", 6, "经营利润同比增长11%至", 11, PC),
    F("ymc", 7, "同比增长11%", 11, PC),
  ], OTHER({"adj"}))
G("ymc_fy_op", YMC, "Operating profit 2025: $1.3 billion four times = 13亿 twice (fool's adjusted $1.3 billion)", "Yum China",
  "operating profit", "FY2025", "Same value: consistent.", [
    F("ymc", 2, "11% to $1.3 billion", 1.3e9, USD),
    F("ymc", 3, "11% to $1.3 billion", 1.3e9, USD),
    F("ymc", 4, "reaching $1.3 billion, with", 1.3e9, USD),
    F("ymc", 5, "to $1.3 billion for the year", 1.3e9, USD, basis="adj"),
    F("ymc", 6, "11%至13亿美元", 13e8, USD),
    F("ymc", 7, "经营利润为13亿美元", 13e8, USD),
  ], OTHER({"adj"}))
G("ymc_fy_core_op_growth", YMC, "Core operating profit growth 2025: 11% twice", "Yum China", "core operating profit growth",
  "FY2025", OK, [
    F("ymc", 4, "core operating profit also increasing by 11%", 11, PC),
    F("ymc", 6, "核心经营利润同比增长11%", 11, PC),
  ])
G("ymc_fy_opm", YMC, "OP margin 2025: 10.9% on five pages", "Yum China", "operating margin", "FY2025", OK, [
    F("ymc", 2, "operating margin of 10.9%", 10.9, PC),
    F("ymc", 3, "operating margin of 10.9%", 10.9, PC),
    F("ymc", 5, "operating margin was 10.9%", 10.9, PC),
    F("ymc", 6, "经营利润率为10.9%", 10.9, PC),
    F("ymc", 8, "60个基点至10.9%", 10.9, PC),
  ])
G("ymc_fy_opm_chg", YMC, "OP margin change 2025: +60 basis points four times", "Yum China", "operating margin change", "FY2025", OK, [
    F("ymc", 2, "up 60 basis points from 2024", 0.6, PP, vt="60", mult=0.01),
    F("ymc", 3, "up 60 basis points from 2024", 0.6, PP, vt="60", mult=0.01),
    F("ymc", 6, "同比增长60个基点", 0.6, PP, vt="60", mult=0.01),
    F("ymc", 8, "同比增长60个基点", 0.6, PP, vt="60", mult=0.01),
  ])
G("ymc_fy_rm", YMC, "Restaurant margin 2025: 16.3% three times (ocopd's 'full-year average')", "Yum China", "restaurant margin",
  "FY2025", OK, [
    F("ymc", 2, "finished at 16.3%", 16.3, PC),
    F("ymc", 3, "average finished at 16.3%", 16.3, PC),
    F("ymc", 6, "餐厅利润率为16.3%", 16.3, PC),
  ])
G("ymc_fy_rm_chg", YMC, "Restaurant margin change 2025: alphastreet's 60 basis points against ocopd's rewrite '60 points'",
  "Yum China", "restaurant margin change", "FY2025",
  "As written ocopd claims 60 (percentage) points against 0.6 points: conflict.", [
    F("ymc", 2, "an improvement of 60 basis points", 0.6, PP, vt="60", mult=0.01),
    F("ymc", 3, "an improvement of 60 points", 60, PP),
  ])
G("ymc_fy_net", YMC, "Net income 2025: $929 million twice = 9.29億", "Yum China", "net income", "FY2025", OK, [
    F("ymc", 2, "was $929 million", 929e6, USD),
    F("ymc", 3, "was $929 million", 929e6, USD),
    F("ymc", 9, "純利為9.29億美元", 9.29e8, USD),
  ])
G("ymc_fy_eps", YMC, "Diluted EPS 2025: $2.51 three times", "Yum China", "diluted EPS", "FY2025", OK, [
    F("ymc", 2, "reached $2.51", 2.51, USD),
    F("ymc", 3, "reached $2.51", 2.51, USD),
    F("ymc", 6, "8%至2.51美元", 2.51, USD),
  ])
G("ymc_fy_eps_growth", YMC, "Diluted EPS growth 2025: 8% on five pages", "Yum China", "diluted EPS growth", "FY2025", OK, [
    F("ymc", 1, "Diluted EPS Up 8%", 8, PC),
    F("ymc", 2, "an 8% increase", 8, PC),
    F("ymc", 3, "an increase of 8%", 8, PC),
    F("ymc", 4, "increased by 8%, or 14%", 8, PC),
    F("ymc", 6, "每股摊薄盈利同比增长8%", 8, PC),
  ])
G("ymc_fy_eps_growth_ex", YMC, "Diluted EPS growth 2025 excluding mark-to-market (and F/X): 14% twice", "Yum China",
  "diluted EPS growth excluding mark-to-market", "FY2025", OK, [
    F("ymc", 1, "or 14% Excluding", 14, PC),
    F("ymc", 4, "or 14% when excluding", 14, PC),
  ])
G("ymc_fy_return", YMC, "Capital returned to shareholders in 2025: $1.5 billion three times = 15亿 twice", "Yum China",
  "capital returned to shareholders", "FY2025", OK, [
    F("ymc", 2, "returned $1.5 billion to shareholders during 2025", 1.5e9, USD),
    F("ymc", 3, "returned $1.5 billion to shareholders by 2025", 1.5e9, USD),
    F("ymc", 5, "$1.5 billion returned to shareholders", 1.5e9, USD),
    F("ymc", 6, "向股东回馈15亿美元", 15e8, USD),
    F("ymc", 8, "2025年向股东回馈15亿美元", 15e8, USD),
  ])
G("ymc_2026_return", YMC, "Planned return to shareholders in 2026: $1.5 billion twice = 15亿 / 15億 three times", "Yum China",
  "planned capital return to shareholders", "2026 plan", OK, [
    F("ymc", 1, "Return $1.5 billion to Shareholders", 1.5e9, USD),
    F("ymc", 4, "return $1.5 billion in capital", 1.5e9, USD),
    F("ymc", 8, "2026年继续回馈15亿美元", 15e8, USD),
    F("ymc", 9, "向股東回饋15億美元", 15e8, USD),
    F("ymc", 10, "向股東回饋15億美元", 15e8, USD),
  ])
G("ymc_fy_div", YMC, "Cash dividends paid 2025: $353 million three times = 3.53亿", "Yum China", "cash dividends", "FY2025", OK, [
    F("ymc", 2, "consisting of $353 million", 353e6, USD),
    F("ymc", 3, "including $353 million", 353e6, USD),
    F("ymc", 5, "$353 million in dividends", 353e6, USD),
    F("ymc", 6, "3.53亿美元的现金股息", 3.53e8, USD),
  ])
G("ymc_fy_buyback", YMC, "Share repurchases 2025: $1.14 billion three times = 11.4亿", "Yum China", "share repurchases", "FY2025", OK, [
    F("ymc", 2, "$1.14 billion through the repurchase", 1.14e9, USD),
    F("ymc", 3, "$1.14 billion in repurchases", 1.14e9, USD),
    F("ymc", 5, "$1.14 billion in share repurchases", 1.14e9, USD),
    F("ymc", 6, "11.4亿美元的股票回购", 11.4e8, USD),
  ])
G("ymc_fy_buyback_shares", YMC, "Shares repurchased 2025: 24.7 million twice", "Yum China", "shares repurchased", "FY2025", OK, [
    F("ymc", 2, "repurchase of 24.7 million shares", 24.7e6, CNT),
    F("ymc", 3, "repurchases of 24.7 million shares", 24.7e6, CNT),
  ])
G("ymc_div_raise", YMC, "Dividend increase announced with the 2025 results: 21% on five pages", "Yum China", "dividend per share increase",
  "2026 (announced February 2026)", OK, [
    F("ymc", 1, "Increase Dividend by 21%", 21, PC),
    F("ymc", 4, "a 21% increase in the cash dividend", 21, PC),
    F("ymc", 5, "Quarterly dividend raised 21%", 21, PC),
    F("ymc", 8, "每股现金股息增加21%", 21, PC),
    F("ymc", 9, "增長21%", 21, PC),
  ])
G("ymc_dps", YMC, "New dividend per share: 29¢ = $0.29 twice", "Yum China", "dividend per share", "2026 (announced February 2026)", OK, [
    F("ymc", 5, "to 29¢ per share", 0.29, USD, vt="29", mult=0.01),
    F("ymc", 8, "21%至0.29美元", 0.29, USD),
    F("ymc", 9, "末期息派每股0.29美元", 0.29, USD),
  ])
G("ymc_buyback_26", YMC, "Share repurchases planned for the first half of 2026: about 4.6亿 / 4.6億 twice", "Yum China",
  "planned share repurchases", "H1 2026", OK, [
    F("ymc", 8, "总计约4.6亿美元", 4.6e8, USD, q="approx"),
    F("ymc", 9, "總額約4.6億美元", 4.6e8, USD, q="approx"),
  ])
G("ymc_capex_26", YMC, "Capital expenditure outlook 2026: 6亿 to 7亿 / 6億至7億 twice", "Yum China", "capital expenditure outlook",
  "2026", OK, [
    F("ymc", 8, "6亿至7亿美元", [6e8, 7e8], USD, vt="6亿至7亿", step=1e8),
    F("ymc", 10, "6億至7億美元", [6e8, 7e8], USD, vt="6億至7億", step=1e8),
  ])
G("ymc_fy_netnew", YMC, "Net new stores 2025: 1,706 on five pages; fool's 'over 1,700'", "Yum China", "net new stores", "FY2025",
  "'Over 1,700' holds 1,706: consistent.", [
    F("ymc", 2, "a record 1,706 net new stores", 1706, CNT),
    F("ymc", 3, "a record 1,706 new stores", 1706, CNT),
    F("ymc", 5, "Over 1,700 net new stores", 1700, CNT, q="over"),
    F("ymc", 6, "净新增门店1,706家", 1706, CNT),
    F("ymc", 7, "净新增门店1,706家", 1706, CNT),
    F("ymc", 8, "全年净新增门店1706家", 1706, CNT),
  ])
G("ymc_fy_franchise_share", YMC, "Franchisees' share of net new stores 2025: 31% twice", "Yum China",
  "franchise share of net new stores", "FY2025", OK, [
    F("ymc", 6, "占比为31%", 31, PC),
    F("ymc", 8, "净新增占比31%", 31, PC),
  ])
G("ymc_stores", YMC, "Total stores at December 31, 2025: 18,101 five times; fool's 'more than 18,000'", "Yum China",
  "total store count", "as of December 31, 2025", "'More than 18,000' holds 18,101: consistent.", [
    F("ymc", 2, "footprint to 18,101 locations", 18101, CNT),
    F("ymc", 3, "total to 18,101 locations", 18101, CNT),
    F("ymc", 5, "more than 18,000", 18000, CNT, q="over"),
    F("ymc", 6, "门店总数达到18,101家", 18101, CNT),
    F("ymc", 7, "门店总数达到18,101家", 18101, CNT),
    F("ymc", 8, "门店总数达18101家", 18101, CNT),
  ])
G("ymc_cities", YMC, "Cities covered at the end of 2025: over 2,500 three times", "Yum China", "cities covered",
  "as of December 31, 2025", OK, [
    F("ymc", 5, "in over 2,500 cities", 2500, CNT, q="over"),
    F("ymc", 7, "覆盖超过2,500个城镇", 2500, CNT, q="over"),
    F("ymc", 8, "覆盖超过2500个城镇", 2500, CNT, q="over"),
  ])
G("ymc_kfc_netnew", YMC, "KFC net new stores 2025: 1,349 on six pages", "KFC (Yum China)", "net new stores", "FY2025", OK, [
    F("ymc", 2, "KFC added 1,349 net new units", 1349, CNT),
    F("ymc", 3, "KFC added 1,349 new units", 1349, CNT),
    F("ymc", 5, "added 1,349 new stores", 1349, CNT),
    F("ymc", 7, "全年净新增门店1,349家", 1349, CNT),
    F("ymc", 8, "净新增门店1349家", 1349, CNT),
    F("ymc", 9, "淨新增門店1,349家", 1349, CNT),
  ])
G("ymc_kfc_stores", YMC, "KFC stores at the end of 2025: 12,997 twice against 'nearly 13,000' / 近13000 / 近1. 3萬", "KFC (Yum China)",
  "store count", "as of December 31, 2025", "The 'nearly' figures hold 12,997: consistent.", [
    F("ymc", 2, "reaching 12,997 restaurants", 12997, CNT),
    F("ymc", 3, "reaching 12,997 restaurants", 12997, CNT),
    F("ymc", 5, "nearly 13,000 locations", 13000, CNT, q="under"),
    F("ymc", 8, "门店总数已近13000家", 13000, CNT, q="under"),
    F("ymc", 9, "近1. 3萬家", 1.3e4, CNT, vt="1. 3萬", q="under", step=1000),
  ])
G("ymc_ph_netnew", YMC, "Pizza Hut net new stores 2025: 444 on five pages", "Pizza Hut (Yum China)", "net new stores", "FY2025", OK, [
    F("ymc", 2, "Pizza Hut opened 444", 444, CNT),
    F("ymc", 3, "Pizza Hut opened 444", 444, CNT),
    F("ymc", 5, "a record 444 net new stores", 444, CNT),
    F("ymc", 8, "净新增门店444家", 444, CNT),
    F("ymc", 9, "淨新增門店444家", 444, CNT),
  ])
G("ymc_ph_stores", YMC, "Pizza Hut stores at the end of 2025: 4,168 three times", "Pizza Hut (Yum China)", "store count",
  "as of December 31, 2025", OK, [
    F("ymc", 5, "reaching 4,168", 4168, CNT),
    F("ymc", 8, "门店总数增至4168家", 4168, CNT),
    F("ymc", 9, "總門店數達4168家", 4168, CNT),
  ])
G("ymc_ph_op_growth", YMC, "Pizza Hut operating profit growth 2025: marketinference's 19% against fool's 20%", "Pizza Hut (Yum China)",
  "operating profit growth", "FY2025", "Two whole percents that differ: conflict (fool's 20% read to the whole percent, step=1, as its page gives 16% and 18% beside it).", [
    F("ymc", 4, "increased by 19%", 19, PC),
    F("ymc", 5, "operating profit increased 20% for the year", 20, PC, step=1),
  ])
G("ymc_ph_rm", YMC, "Pizza Hut restaurant margin 2025: 12.8% twice", "Pizza Hut (Yum China)", "restaurant margin", "FY2025", OK, [
    F("ymc", 5, "80 basis points to 12.8%", 12.8, PC),
    F("ymc", 8, "80个基点至12.8%", 12.8, PC),
  ])
G("ymc_ph_rm_chg", YMC, "Pizza Hut restaurant margin change 2025: +80 basis points twice", "Pizza Hut (Yum China)",
  "restaurant margin change", "FY2025", OK, [
    F("ymc", 5, "expanded 80 basis points", 0.8, PP, vt="80", mult=0.01),
    F("ymc", 8, "扩大80个基点", 0.8, PP, vt="80", mult=0.01),
  ])
G("ymc_ph_opm", YMC, "Pizza Hut OP margin 2025: 7.9% twice", "Pizza Hut (Yum China)", "operating margin", "FY2025", OK, [
    F("ymc", 5, "OP margin reached 7.9%", 7.9, PC),
    F("ymc", 8, "经营利润率升至7.9%", 7.9, PC),
  ])
G("ymc_kfc_fy_ss", YMC, "KFC system sales growth 2025: fool's and reportify's 5% against marketinference's 8% (the fourth-quarter rate, put on its full-year line)",
  "KFC (Yum China)", "system sales growth", "FY2025", "8 against 5: conflict (as written a full-year claim).", [
    F("ymc", 4, "an 8% year-over-year increase in system sales", 8, PC),
    F("ymc", 5, "and 5% for the year", 5, PC),
    F("ymc", 8, "肯德基系统销售额同比增长5%", 5, PC),
  ])
G("ymc_kfc_rm", YMC, "KFC restaurant margin 2025: 17.4% twice", "KFC (Yum China)", "restaurant margin", "FY2025", OK, [
    F("ymc", 5, "to 17.4%", 17.4, PC),
    F("ymc", 8, "餐厅利润率提升至17.4%", 17.4, PC),
  ])
G("ymc_delivery_growth", YMC, "Delivery sales growth 2025: 25% three times (caizhongshe title and body)", "Yum China",
  "delivery sales growth", "FY2025", OK, [
    F("ymc", 6, "外卖销售额同比增长25%", 25, PC, nth=1),
    F("ymc", 6, "外卖销售额同比增长25%,外卖", 25, PC),
    F("ymc", 9, "按年大幅增長25%", 25, PC),
  ])
G("ymc_delivery_share", YMC, "Delivery share of restaurant revenue 2025: 48% twice", "Yum China", "delivery share of restaurant revenue",
  "FY2025", OK, [
    F("ymc", 6, "约占餐厅总收入的48%", 48, PC, q="approx"),
    F("ymc", 9, "比例達到48%", 48, PC),
  ])
G("ymc_members", YMC, "KFC and Pizza Hut members at the end of 2025: over 5.9亿 / 5.9億 three times", "Yum China",
  "members (KFC and Pizza Hut)", "as of December 31, 2025", OK, [
    F("ymc", 7, "合计突破5.9亿", 5.9e8, P, q="over"),
    F("ymc", 8, "已突破5.9亿", 5.9e8, P, q="over"),
    F("ymc", 9, "合計超過5.9億戶", 5.9e8, P, q="over"),
  ])
G("ymc_members_growth", YMC, "Member growth 2025: 13% four times (stheadline's subhead and 'both 13%')", "Yum China",
  "member growth", "FY2025", OK, [
    F("ymc", 7, "5.9亿，同比增长13%", 13, PC),
    F("ymc", 8, "5.9亿,同比增长13%", 13, PC),
    F("ymc", 9, "會員數量增長13%", 13, PC),
    F("ymc", 9, "均錄得13%", 13, PC),
  ])
G("ymc_active", YMC, "Active members at the end of 2025: over 2.65亿 / 2.65億 twice", "Yum China", "active members",
  "as of December 31, 2025", OK, [
    F("ymc", 7, "超过2.65亿", 2.65e8, P, q="over"),
    F("ymc", 9, "活躍會員超過2.65億戶", 2.65e8, P, q="over"),
  ])
G("ymc_kcoffee", YMC, "K-Coffee stores at the end of 2025: 2,200 twice", "K Coffee (KFC)", "store count", "as of December 31, 2025", OK, [
    F("ymc", 7, "年的2,200家", 2200, CNT),
    F("ymc", 9, "達到2200家", 2200, CNT),
  ])
G("ymc_kcoffee_cups", YMC, "K-Coffee daily cups per store growth 2025: 25% twice", "K Coffee (KFC)", "daily cups per store growth",
  "FY2025", OK, [
    F("ymc", 7, "同比上升25%", 25, PC),
    F("ymc", 9, "杯數增長25%", 25, PC),
  ])
G("ymc_wow_cities", YMC, "New cities entered by Pizza Hut WOW stores: 100 (subhead) and about 100", "Pizza Hut WOW (Yum China)",
  "new cities entered", "FY2025", "'About 100' holds 100: consistent.", [
    F("ymc", 9, "WOW模式入駐100城市", 100, CNT),
    F("ymc", 9, "約100個新城市", 100, CNT, q="approx"),
  ])
G("ymc_target_2026", YMC, "Store target for 2026: over 20,000 / 超过2万 three times", "Yum China", "store count target", "2026", OK, [
    F("ymc", 4, "over 20,000 stores", 20000, CNT, q="over"),
    F("ymc", 8, "门店总数突破2万家", 2e4, CNT, q="over"),
    F("ymc", 10, "門店總數超過2萬間", 2e4, CNT, q="over"),
  ])
G("ymc_target_2030", YMC, "Store target for 2030: more than 30,000 / 超3万 / 逾3萬 three times", "Yum China", "store count target",
  "2030", OK, [
    F("ymc", 4, "more than 30,000 stores", 30000, CNT, q="over"),
    F("ymc", 8, "门店规模超3万家", 3e4, CNT, q="over"),
    F("ymc", 10, "門店數量逾3萬間", 3e4, CNT, q="over"),
  ])
# singles and non-claims, full year 2025
S("ymc", 4, "same-store sales growing by 1%", value=1, unit=PC)
S("ymc", 4, "The operating profit for KFC increased by 8%", value=8, unit=PC)
S("ymc", 4, "reaching $1.3 billion for the full year", value=1.3e9, unit=USD)
S("ymc", 4, "system sales grew by 4%", value=4, unit=PC)
S("ymc", 4, "same-store sales increasing by 1%", value=1, unit=PC)
S("ymc", 4, "reaching $183 million", value=183e6, unit=USD)
NC("ymc", 4, "in 2026. It has", "date")
NC("ymc", 4, "stores in 2026 and", "date")
NC("ymc", 4, "by 2030 with", "date")
NC("ymc", 2, "during 2025, consisting", "date")
NC("ymc", 3, "by 2025, including", "date")
NC("ymc", 2, "from 2024. Net", "date")
NC("ymc", 3, "from 2024. The", "date")
NC("ymc", 2, "full year 2025, total", "date")
NC("ymc", 2, "stores in 2025, bringing", "date")
NC("ymc", 3, "full year 2025, total", "date")
NC("ymc", 3, "stores in 2025, bringing", "date")
NC("ymc", 5, "opened in 2025, bringing", "date")
NC("ymc", 5, "shareholders in 2025 (approx", "date")
S("ymc", 5, "up 50 basis points", vt="50", value=0.5, unit=PP, mult=0.01)
NC("ymc", 5, "(highest since 2016)", "date")
S("ymc", 5, "same-store transactions rose 16%", value=16, unit=PC)
S("ymc", 5, "approx. 8%-9% of market cap", vt="8%-9%", value=[8, 9], unit=PC, q="approx", step=1)
S("ymc", 5, "from 24¢", vt="24", value=0.24, unit=USD, mult=0.01)
S("ymc", 5, "exceeds 45% of", value=45, unit=PC, q="over")
NC("ymc", 5, "2025 EPS, totaling", "date")
S("ymc", 5, "about $400 million", value=400e6, unit=USD, q="approx")
S("ymc", 5, "Generated $840 million", value=840e6, unit=USD)
NC("ymc", 5, "in 2025, up 18%", "date")
S("ymc", 5, "up 18%", value=18, unit=PC)
S("ymc", 5, "stands at $2 billion", value=2e9, unit=USD)
NC("ymc", 6, "2025年总收入", "date")
NC("ymc", 6, "3月1日", "date")
NC("ymc", 6, "09987/YUMC", "stock_code")
NC("ymc", 6, "截至2025年12月31日止年度", "date")
NC("ymc", 6, "截至2025年12月31日,门店", "date")
NC("ymc", 6, "至2025年12月31日,固定", "date")
S("ymc", 6, "固定资产净额为25.43亿美元", value=25.43e8, unit=USD)
S("ymc", 6, "经营租赁使用权资产为21.89亿美元", value=21.89e8, unit=USD)
NC("ymc", 7, "2026年2月4日", "date")
NC("ymc", 7, "截至2025年12月31日的", "date")
NC("ymc", 7, "为2025年画上", "date")
NC("ymc", 7, "百胜中国2025年净新增", "date")
NC("ymc", 7, "截至12月底", "date")
NC("ymc", 7, "截至2025年底", "date")
NC("ymc", 7, "过去12个月内", "duration")
S("ymc", 7, "2.65亿，同比增长13%", value=13, unit=PC)
S("ymc", 7, "超过200万会员", value=200e4, unit=P, q="over")
NC("ymc", 7, "2025年,肯德基", "date")
NC("ymc", 7, "从2024年的", "date")
S("ymc", 7, "的700家迅速", value=700, unit=CNT)
NC("ymc", 7, "至2025年的", "date")
AUTO("ymc", 8, REF, "citation")
NC("ymc", 8, "百胜中国2025年财报", "date")
S("ymc", 8, "涨超8%", value=8, unit=PC, q="over")
NC("ymc", 8, "- 2025年公司实现", "date")
NC("ymc", 8, "- 2025年经营利润率", "date")
NC("ymc", 8, "战略,2025年向股东", "date")
NC("ymc", 8, "计划2026年继续", "date")
NC("ymc", 8, "计划于2026年上半年", "date")
NC("ymc", 8, "自2027年起", "date")
S("ymc", 8, "约100%自由现金流", value=100, unit=PC, q="approx")
NC("ymc", 8, "截至2025年12月31日,公司", "date")
NC("ymc", 8, "推进2026年门店", "date")
NC("ymc", 8, "计划于2030年", "date")
NC("ymc", 8, "肯德基2025年全年", "date")
NC("ymc", 8, "必胜客2025年净新增", "date")
NC("ymc", 8, "自2016年美国上市", "date")
NC("ymc", 8, "预计2026年总资本开支", "date")
NC("ymc", 9, " date 2026-02-04", "date")
NC("ymc", 9, "百勝中國（9987）", "stock_code")
NC("ymc", 9, "2025年全年錄得", "date")
S("ymc", 9, "按年增長2%", value=2, unit=PC)
NC("ymc", 9, "2026年將繼續", "date")
NC("ymc", 9, "於2026年上半年", "date")
NC("ymc", 9, "較2024年的", "date")
S("ymc", 9, "年的39%", value=39, unit=PC)
NC("ymc", 9, "在2025年達到", "date")
NC("ymc", 9, "為2024年的", "date")
S("ymc", 9, "的3倍", value=3, unit=X)
S("ymc", 9, "新增超過200家門店", value=200, unit=CNT, q="over")
NC("ymc", 9, "在2025年淨新增", "date")
S("ymc", 9, "維持在2至3年", vt="2至3", value=[2, 3], unit=YRS, step=1)
NC("ymc", 10, "展望2026年", "date")
S("ymc", 10, "40%至50%", vt="40%至50%", value=[40, 50], unit=PC, step=10)
NC("ymc", 10, "計劃於2030年", "date")

# ---- 2023 (hk01 and the Chinese release on xinwengao)
G("ymc_fy23_net_growth", YMC, "Net profit growth 2023: hk01's title 87% against its body's 87.1%", "Yum China", "net profit growth",
  "FY2023", "87 rounds 87.1 on the same page: rounding (consistent as alt).", [
    F("ymc", 11, "純利增87%", 87, PC),
    F("ymc", 11, "按年升87.1%", 87.1, PC),
  ])
G("ymc_fy23_rev", YMC, "Total revenues 2023: hk01's 109.8億 against the release's 110亿", "Yum China", "total revenues", "FY2023",
  "110亿 rounds 109.8億: rounding.", [
    F("ymc", 11, "15%至109.8億美元", 109.8e8, USD),
    F("ymc", 12, "总收入达110亿美元", 110e8, USD),
  ])
G("ymc_fy23_op_growth", YMC, "Operating profit growth 2023: 76% twice", "Yum China", "operating profit growth", "FY2023", OK, [
    F("ymc", 11, "經營利潤增長76%", 76, PC),
    F("ymc", 12, "经营利润增长76%", 76, PC),
  ])
G("ymc_fy23_op", YMC, "Operating profit 2023: 11億 / 11亿 twice", "Yum China", "operating profit", "FY2023", OK, [
    F("ymc", 11, "76%至11億美元", 11e8, USD),
    F("ymc", 12, "76%至11亿美元", 11e8, USD),
  ])
G("ymc_fy23_adj_op", YMC, "Adjusted operating profit 2023: 11億 / 11亿 twice", "Yum China", "adjusted operating profit", "FY2023", OK, [
    F("ymc", 11, "77%至11億美元", 11e8, USD),
    F("ymc", 12, "经调整经营利润达11亿美元", 11e8, USD),
  ])
G("ymc_fy23_core_growth", YMC, "Core operating profit growth 2023: 79% twice", "Yum China", "core operating profit growth", "FY2023", OK, [
    F("ymc", 11, "核心經營利潤增長79%", 79, PC),
    F("ymc", 12, "核心经营利润增长79%", 79, PC),
  ])
G("ymc_fy23_netnew", YMC, "Net new stores 2023: 1,697 twice", "Yum China", "net new stores", "FY2023", OK, [
    F("ymc", 11, "淨新增1,697家", 1697, CNT),
    F("ymc", 12, "净新增门店1,697家", 1697, CNT),
  ])
G("ymc_fy23_stores", YMC, "Total stores at December 31, 2023: 14,644 three times", "Yum China", "total store count",
  "as of December 31, 2023", OK, [
    F("ymc", 11, "門店總數達14,644家", 14644, CNT),
    F("ymc", 12, "总门店数达14,644家", 14644, CNT),
    F("ymc", 12, "门店总数达到14,644家", 14644, CNT),
  ])
G("ymc_q4_23_ss", YMC, "System sales growth Q4 2023: 21% twice on the release (headline and highlights)", "Yum China",
  "system sales growth (excluding F/X)", "Q4 2023", OK, [
    F("ymc", 12, "第四季度系统销售额增长21%", 21, PC),
    F("ymc", 12, "21%,不计及外币换算的影响。该增长主要得益于12%", 21, PC),
  ])
G("ymc_fy23_ss", YMC, "System sales growth 2023: 21% twice on the release", "Yum China", "system sales growth (excluding F/X)",
  "FY2023", OK, [
    F("ymc", 12, "全年系统销售额增长21%", 21, PC),
    F("ymc", 12, "21%,不计及外币换算的影响。该增长主要得益于9%", 21, PC),
  ])
G("ymc_q4_23_op_growth", YMC, "Operating profit growth Q4 2023: 170% twice on the release", "Yum China", "operating profit growth",
  "Q4 2023", OK, [
    F("ymc", 12, "经营利润增长170%,核心", 170, PC),
    F("ymc", 12, "经营利润增长170%至", 170, PC),
  ])
G("ymc_q4_23_core_growth", YMC, "Core operating profit growth Q4 2023: 324% twice on the release", "Yum China",
  "core operating profit growth", "Q4 2023", OK, [
    F("ymc", 12, "核心经营利润增长324%1", 324, PC),
    F("ymc", 12, "核心经营利润增长324%。", 324, PC),
  ])
G("ymc_q4_23_fx_eps", YMC, "Currency impact on diluted EPS Q4 2023: $0.01 twice on the release", "Yum China",
  "currency impact on diluted EPS", "Q4 2023", OK, [
    F("ymc", 12, "和0.01美元外币换算", 0.01, USD),
    F("ymc", 12, "和0.01美元。", 0.01, USD),
  ])
NC("ymc", 11, "百勝中國(9987)", "stock_code")
S("ymc", 11, "純利8.27億美元", value=8.27e8, unit=USD)
S("ymc", 11, "每股盈利1.99元", value=1.99, unit=USD)
S("ymc", 11, "派息每股0.16美元", value=0.16, unit=USD)
NC("ymc", 11, "於2024年", "date")
S("ymc", 11, "回購12.5億美元", value=12.5e8, unit=USD)
S("ymc", 11, "第一季回購5億美元", value=5e8, unit=USD)
S("ymc", 11, "總收入增長15%", value=15, unit=PC)
S("ymc", 11, "經調整經營利潤增長77%", value=77, unit=PC)
S("ymc", 11, "餐廳利潤率增長至16.3%", value=16.3, unit=PC)
S("ymc", 11, "門店總數增長13%", value=13, unit=PC)
S("ymc", 11, "微跌0.41%", value=0.41, unit=PC)
S("ymc", 11, "報340.6元", value=340.6, unit=HKD)
NC("ymc", 12, "1全年系统销售额", "footnote_marker")
NC("ymc", 12, "2023年业绩创新高", "date")
S("ymc", 12, "覆盖超过2,000个城镇", value=2000, unit=CNT, q="over")
NC("ymc", 12, "上海2024年2月7日", "date")
NC("ymc", 12, "交易所代码:9987", "stock_code")
NC("ymc", 12, "截至 2023 年 12月 31 日的 2023 财年", "date")
NC("ymc", 12, "2023 年第四季度财务业绩亮点", "date")
S("ymc", 12, "得益于12%的净新增", value=12, unit=PC)
NC("ymc", 12, "贡献2,", "footnote_marker")
S("ymc", 12, "4%的同店销售额增长", value=4, unit=PC)
S("ymc", 12, "本季度净新增542家门店", value=542, unit=CNT)
NC("ymc", 12, "截止2023年12月31日", "date")
S("ymc", 12, "肯德基门店数达10,296家", value=10296, unit=CNT)
S("ymc", 12, "必胜客门店数达3,312家", value=3312, unit=CNT)
S("ymc", 12, "总收入增长 19%", value=19, unit=PC)
S("ymc", 12, "19%至24.9亿元", value=24.9e8, unit=CNY)
S("ymc", 12, "或增长21%", value=21, unit=PC)
S("ymc", 12, "170%至1.10亿美元", value=1.10e8, unit=USD)
S("ymc", 12, "餐厅利润率扩大至10.7%", value=10.7, unit=PC)
S("ymc", 12, "扩大170个基点", vt="170", value=1.7, unit=PP, mult=0.01)
S("ymc", 12, "每股摊薄盈利增长77%", value=77, unit=PC)
S("ymc", 12, "77%至0.23美元", value=0.23, unit=USD)
S("ymc", 12, "0.04美元亏损", value=0.04, unit=USD)
S("ymc", 12, "该增长率为164%", value=164, unit=PC)
S("ymc", 12, "3,600万美元", value=3600e4, unit=USD)
S("ymc", 12, "200万美元", value=200e4, unit=USD)
NC("ymc", 12, "2023 年财务业绩亮点", "date")
S("ymc", 12, "9%的净新增门店贡献", value=9, unit=PC)
S("ymc", 12, "7%的同店销售额增长", value=7, unit=PC)
NC("ymc", 12, "低基数效应。 2023", "truncated")

# ============================================================ Nintendo (fiscal year to March 31, 2026)
# ---- first half (April-September 2025) and its second quarter (July-September 2025)
G("nin_h1_net", NIN, "Net profit H1 FY2026: 198.9 billion yen twice = 1989億日圓", "Nintendo", "net profit", "H1 FY2026 (Apr-Sep 2025)", OK, [
    F("nin", 1, "totaled 198.9 billion yen", 198.9e9, JPY),
    F("nin", 5, "parent company was 198.9 billion yen", 198.9e9, JPY),
    F("nin", 10, "達到1989億日圓", 1989e8, JPY),
  ])
G("nin_h1_net_growth", NIN, "Net profit growth H1 FY2026: AP's 85% against 83.1% (tw.news.yahoo)", "Nintendo", "net profit growth",
  "H1 FY2026 (Apr-Sep 2025)", "85 against 83.1: conflict (198.9 / 108.6 is +83.1%).", [
    F("nin", 1, "net profit jumped 85%", 85, PC),
    F("nin", 10, "淨利仍有83.1%", 83.1, PC),
  ])
G("nin_h1_sales", NIN, "Net sales H1 FY2026: 1,099.5 billion yen = 1兆995億日圓 against AP's 'nearly 1.1 trillion yen'", "Nintendo",
  "net sales", "H1 FY2026 (Apr-Sep 2025)", "'Nearly 1.1 trillion' holds 1,099.5 billion: consistent.", [
    F("nin", 1, "nearly 1.1 trillion yen", 1.1e12, JPY, q="under"),
    F("nin", 5, "reached 1,099.5 billion yen", 1099.5e9, JPY),
    F("nin", 10, "整體營業額達1兆995億日圓", 1.0995e12, JPY, vt="1兆995億", step=1e8),
  ])
G("nin_h1_op", NIN, "Operating profit H1 FY2026: 145.1 billion yen = 1451億日圓", "Nintendo", "operating profit",
  "H1 FY2026 (Apr-Sep 2025)", OK, [
    F("nin", 5, "operating profit of 145.1 billion yen", 145.1e9, JPY),
    F("nin", 10, "營利僅達1451億日圓", 1451e8, JPY),
  ])
G("nin_h1_sw2", NIN, "Switch 2 units sold to September 30, 2025 (H1): 10.36 million twice = 1036萬, hk.yahoo's 'over 1,036萬', AP's 'more than 10 million' against Reuters' 10.3 million",
  "Nintendo Switch 2", "hardware units sold since launch", "to September 30, 2025",
  "10.3 million is not 10.36 million rounded (that is 10.4): conflict with the four 10.36 figures; 'more than 10 million' holds 10.3 and 10.36: consistent.", [
    F("nin", 1, "more than 10 million Switch 2s", 10e6, U, q="over"),
    F("nin", 2, "sold 10.3-million Switch 2 units", 10.3e6, U, vt="10.3", mult=1e6),
    F("nin", 4, "lifetime total of 10.36m units", 10.36e6, U, vt="10.36", mult=1e6),
    F("nin", 5, "10.36 million units of hardware", 10.36e6, U),
    F("nin", 10, "上半年累計賣出1036萬台", 1036e4, U),
    F("nin", 11, "已突破 1,036 萬台", 1036e4, U, q="over"),
  ])
G("nin_q2_sw2", NIN, "Switch 2 units sold in the July-September 2025 quarter: nintendoworldreport's 4.74m against 454萬 / 454万 (tw.news.yahoo, technode's 'previous quarter')",
  "Nintendo Switch 2", "hardware units sold", "Q2 FY2026 (Jul-Sep 2025)", "4.74 million against 4.54 million: conflict.", [
    F("nin", 4, "a total of 4.74m shipments", 4.74e6, U, vt="4.74", mult=1e6),
    F("nin", 10, "第二季售出454萬台", 454e4, U),
    F("nin", 8, "而上一季度为 454 万台", 454e4, U),
  ])
G("nin_q2_sw1", NIN, "Original Switch units sold in the July-September 2025 quarter: nintendoworldreport's 920,000 against productiveclue's 1.89 million for 'the latest quarter' (the half-year figure)",
  "Nintendo Switch", "hardware units sold", "Q2 FY2026 (Jul-Sep 2025)", "As written both are the quarter's figure: conflict.", [
    F("nin", 4, "The original Switch shipped 920,000 units", 920000, U),
    F("nin", 5, "accounting for 1.89 million Switch hardware sales", 1.89e6, U),
  ])
G("nin_q2_sw1_oled", NIN, "Switch OLED units in the July-September 2025 quarter: 390k against productiveclue's 0.91 million", "Nintendo Switch OLED",
  "hardware units sold", "Q2 FY2026 (Jul-Sep 2025)", "As written both are the quarter's figure: conflict.", [
    F("nin", 4, "(390k OLED", 390e3, U, vt="390", mult=1e3),
    F("nin", 5, "0.91 million OLED units", 0.91e6, U),
  ])
G("nin_q2_sw1_std", NIN, "Standard Switch units in the July-September 2025 quarter: 330k against productiveclue's 0.55 million", "Nintendo Switch (standard)",
  "hardware units sold", "Q2 FY2026 (Jul-Sep 2025)", "As written both are the quarter's figure: conflict.", [
    F("nin", 4, "330k standard", 330e3, U, vt="330", mult=1e3),
    F("nin", 5, "0.55 million standard units", 0.55e6, U),
  ])
G("nin_q2_sw1_lite", NIN, "Switch Lite units in the July-September 2025 quarter: 200k against productiveclue's 0.43 million", "Nintendo Switch Lite",
  "hardware units sold", "Q2 FY2026 (Jul-Sep 2025)", "As written both are the quarter's figure: conflict.", [
    F("nin", 4, "200k Lite", 200e3, U, vt="200", mult=1e3),
    F("nin", 5, "0.43 million Switch Lite units", 0.43e6, U),
  ])
G("nin_sw1_ltd_sep", NIN, "Original Switch units sold to September 30, 2025: 154.01 million twice = 1.5401億", "Nintendo Switch",
  "hardware units sold since launch", "to September 30, 2025", OK, [
    F("nin", 4, "a life to date of 154.01m units", 154.01e6, U, vt="154.01", mult=1e6),
    F("nin", 5, "sold 154.01 million hardware units", 154.01e6, U),
    F("nin", 11, "已達到 1.5401 億台", 1.5401e8, U),
  ])
G("nin_ps2_ltd", NIN, "PlayStation 2 lifetime sales: hk.yahoo's 1.5768億 against technode's 'over 1.6亿'", "Sony PlayStation 2",
  "hardware units sold (lifetime)", "lifetime (discontinued 2013)", "'Over 1.6亿' does not hold 1.5768億: conflict.", [
    F("nin", 11, "紀錄是 1.5768 億台", 1.5768e8, U),
    F("nin", 8, "累计销量超过 1.6 亿台", 1.6e8, U, q="over"),
  ])
G("nin_h1_sw2_sw", NIN, "Switch 2 software units to September 30, 2025: 20.62 million = 2062萬 / 2,062萬", "Nintendo Switch 2",
  "software units sold", "to September 30, 2025", OK, [
    F("nin", 5, "20.62 million units of software", 20.62e6, U),
    F("nin", 10, "軟體上半年共售出2062萬套", 2062e4, U),
    F("nin", 11, "軟體銷量高達 2,062 萬份", 2062e4, U),
  ])
G("nin_mkw_sep", NIN, "Mario Kart World units to September 30, 2025: 9.57 million twice = 957萬 twice", "Mario Kart World",
  "software units sold", "to September 30, 2025", OK, [
    F("nin", 4, "lifetime total of 9.57m units", 9.57e6, U, vt="9.57", mult=1e6),
    F("nin", 5, "racking up 9.57 million units", 9.57e6, U),
    F("nin", 10, "上半年累計銷售957萬套", 957e4, U),
    F("nin", 11, "共售出 957 萬份", 957e4, U),
  ])
G("nin_mkw_attach", NIN, "Mario Kart World attach rate to September 2025: 'roughly 92.37%' against 92.4% and hk.yahoo's '90% 以上'",
  "Mario Kart World", "attach rate", "to September 30, 2025",
  "92.4 rounds 'roughly 92.37' (the fresh50 hand rule): rounding; 'over 90' holds both: consistent.", [
    F("nin", 4, "a roughly 92.37% attach rate", 92.37, PC, q="approx"),
    F("nin", 10, "安裝比例高達92.4%", 92.4, PC),
    F("nin", 11, "90% 以上", 90, PC, q="over"),
  ])
G("nin_stock_nov4", NIN, "Nintendo share move on November 4, 2025 (before the release): down 0.8% twice", "Nintendo shares",
  "share price change", "November 4, 2025", OK, [
    F("nin", 1, "fell 0.8% on Tuesday", 0.8, PC),
    F("nin", 2, "closed down 0.8%", 0.8, PC),
  ])
S("nin", 1, "up from 108.6 billion yen", value=108.6e9, unit=JPY)
S("nin", 1, "or $1.3 billion", value=1.3e9, unit=USD)
S("nin", 1, "($7.1 billion)", value=7.1e9, unit=USD)
S("nin", 1, "from 523 billion yen", value=523e9, unit=JPY)
NC("nin", 1, "same period of 2024", "date")
NC("nin", 1, "through March 2026", "date")
S("nin", 2, "operating profit ratio in the first half of the year was 13.2%", value=13.2, unit=PC)
S("nin", 2, "compared with 23.2%", value=23.2, unit=PC)
S("nin", 2, "gained about 40% year to date", value=40, unit=PC, q="approx")
S("nin", 2, "($2.45bn)", value=2.45e9, unit=USD)
NC("nin", 2, "ending March 2026", "date")
NC("nin", 4, " date 2025-10-09", "date")
S("nin", 4, "Revenue: ¥527.202bn", value=527.202e9, unit=JPY)
S("nin", 4, "(approximately $3.435bn)", value=3.435e9, unit=USD, q="approx")
S("nin", 4, "up 90.56%", value=90.56, unit=PC)
S("nin", 4, "Operating income: ¥88.253bn", value=88.253e9, unit=JPY)
S("nin", 4, "(~$575m)", vt="575", value=575e6, unit=USD, mult=1e6, q="approx")
S("nin", 4, "up 31.71%", value=31.71, unit=PC)
S("nin", 4, "shipping 3.94m copies", vt="3.94", value=3.94e6, unit=U, mult=1e6)
NC("nin", 4, "Mario Kart 8 Deluxe", "model_name")
S("nin", 4, "another 700k copies", vt="700", value=700e3, unit=U, mult=1e3)
S("nin", 4, "lifetime total of 69.56m", vt="69.56", value=69.56e6, unit=U, mult=1e6)
NC("nin", 5, "report for November 2025", "date")
NC("nin", 5, "launched on June 5", "date")
S("nin", 5, "ordinary profit of 236.0 billion yen", value=236.0e9, unit=JPY)
S("nin", 5, "performed well with 3.49 million units", value=3.49e6, unit=U)
S("nin", 5, "1,452.79 million software units", value=1452.79e6, unit=U)
S("nin", 5, "totaled 155.5 billion yen", value=155.5e9, unit=JPY)
S("nin", 5, "a small decline of 2.8%", value=2.8, unit=PC)
S("nin", 5, "fell by 12.4%", value=12.4, unit=PC)
S("nin", 5, "12.4% to 33.3 billion yen", value=33.3e9, unit=JPY)
S("nin", 5, "a substantial 79.5%", value=79.5, unit=PC)
S("nin", 5, "at 874.3 billion yen", value=874.3e9, unit=JPY)
S("nin", 5, "a 32.3 billion yen gain", value=32.3e9, unit=JPY)
NC("nin", 10, " date 2025-11-04", "date")
NC("nin", 10, "2025會計年度上半年", "date")
NC("nin", 10, "(統計期間自2025年4月1日至9月30日)", "date")
NC("nin", 10, "今年6月上市", "date")
S("nin", 10, "大幅成長119.7%", value=119.7, unit=PC)
S("nin", 10, "達到1兆661億日圓", vt="1兆661億", value=1.0661e12, unit=JPY, step=1e8)
S("nin", 10, "大幅成長110.1%", value=110.1, unit=PC)
S("nin", 10, "年增19.5%", value=19.5, unit=PC)
NC("nin", 10, "第一季 (4-6月)", "date")
NC("nin", 10, "第二季 (7-9 月)", "date")
S("nin", 10, "上半年僅售出189萬台", value=189e4, unit=U)
S("nin", 10, "(年減60.0%)", value=60.0, unit=PC)
S("nin", 10, "總銷量達1225萬台", value=1225e4, unit=U)
S("nin", 10, "年增幅度達159.5%", value=159.5, unit=PC)
S("nin", 10, "總計售出6156萬套", value=6156e4, unit=U)
S("nin", 10, "年減12.4%", value=12.4, unit=PC)
S("nin", 10, "總銷量為8218萬套", value=8218e4, unit=U)
S("nin", 10, "年增幅度為16.9%", value=16.9, unit=PC)
S("nin", 10, "(其中810萬套", value=810e4, unit=U)
NC("nin", 11, "截止至 9 月 30 日", "date")
S("nin", 11, "差距僅剩 1 萬台", value=1e4, unit=U)
S("nin", 11, "預期達到 400 萬台", value=400e4, unit=U)
NC("nin", 11, "自今年 6 月發售", "date")

# ---- forecasts for the fiscal year to March 2026 (raised on November 4, 2025)
G("nin_fy_sw2_fcst", NIN, "Switch 2 unit forecast for the year to March 2026: 19 million four times = 1900万 / 1,900萬 three times",
  "Nintendo Switch 2", "hardware unit sales forecast", "FY2026 (to March 2026)", OK, [
    F("nin", 1, "to 19 million units", 19e6, U),
    F("nin", 2, "to 19-million units", 19e6, U, vt="19", mult=1e6),
    F("nin", 3, "reach 19 million units", 19e6, U),
    F("nin", 7, "sell 19 million Switch 2 machines", 19e6, U),
    F("nin", 8, "售出 1900 万台", 1900e4, U),
    F("nin", 9, "Switch 2销量预计为1900万台", 1900e4, U),
    F("nin", 11, "上調至 1,900 萬台", 1900e4, U),
  ])
G("nin_fy_sw2_fcst_prior", NIN, "Earlier Switch 2 unit forecast for the year to March 2026: 15 million three times = 1,500萬", "Nintendo Switch 2",
  "hardware unit sales forecast (earlier)", "FY2026 (to March 2026)", OK, [
    F("nin", 1, "the earlier 15 million", 15e6, U),
    F("nin", 2, "from 15-million units", 15e6, U, vt="15", mult=1e6),
    F("nin", 3, "original forecast of 15 million units", 15e6, U),
    F("nin", 11, "由原本的 1,500 萬台", 1500e4, U),
  ])
G("nin_fy_np_fcst", NIN, "Net profit forecast for the year to March 2026: 350 billion yen three times = 3500亿", "Nintendo",
  "net profit forecast", "FY2026 (to March 2026)", OK, [
    F("nin", 1, "to 350 billion yen", 350e9, JPY),
    F("nin", 3, "projection to 350 billion yen", 350e9, JPY),
    F("nin", 7, "a 350 billion yen", 350e9, JPY),
    F("nin", 9, "全年净利润为3500亿日元", 3500e8, JPY),
  ])
G("nin_fy_np_fcst_usd", NIN, "Net profit forecast in dollars: $2.3 billion twice (AP)", "Nintendo", "net profit forecast (in USD)",
  "FY2026 (to March 2026)", OK, [
    F("nin", 1, "350 billion yen ($2.3 billion)", 2.3e9, USD),
    F("nin", 7, "($2.3 billion) net profit", 2.3e9, USD),
  ])
G("nin_fy_np_fcst_prior", NIN, "Earlier net profit forecast for the year to March 2026: 300 billion yen twice", "Nintendo",
  "net profit forecast (earlier)", "FY2026 (to March 2026)", OK, [
    F("nin", 1, "a 300 billion yen", 300e9, JPY),
    F("nin", 3, "from 300 billion yen", 300e9, JPY),
  ])
G("nin_fy_op_fcst", NIN, "Operating profit forecast for the year to March 2026: 370 billion yen twice", "Nintendo",
  "operating profit forecast", "FY2026 (to March 2026)", OK, [
    F("nin", 2, "¥370bn", 370e9, JPY),
    F("nin", 3, "forecast to 370 billion yen", 370e9, JPY),
  ])
G("nin_fy_sales_fcst", NIN, "Net sales forecast for the year to March 2026: 2.25 trillion yen and 'exceed 2 trillion yen' (Jiji)", "Nintendo",
  "net sales forecast", "FY2026 (to March 2026)", "'Over 2 trillion' holds 2.25 trillion: consistent.", [
    F("nin", 3, "exceed 2 trillion yen", 2e12, JPY, q="over"),
    F("nin", 3, "sales of 2.25 trillion yen", 2.25e12, JPY),
  ])
S("nin", 1, "($1.9 billion) profit", value=1.9e9, unit=USD)
S("nin", 2, "forecast by 16%", value=16, unit=PC)
NC("nin", 3, " date 2025-11-04", "date")
NC("nin", 3, "Kyoto, Nov. 4", "dateline")
NC("nin", 3, "fiscal 2025, which", "date")
S("nin", 3, "projection of 1.9 trillion yen", value=1.9e12, unit=JPY)
S("nin", 3, "from 320 billion yen", value=320e9, unit=JPY)

# ---- first nine months (April-December 2025) and its third quarter (October-December 2025)
G("nin_9m_sales", NIN, "Net sales April-December 2025: Jiji's 1,905.8 billion yen = reportify's 19058亿 against technode's 1.906万亿 and AP's 1.9 trillion",
  "Nintendo", "net sales", "9M FY2026 (Apr-Dec 2025)", "1.906万亿 and 1.9 trillion round 1,905.8 billion; 1.9 rounds 1.906: rounding.", [
    F("nin", 6, "to 1,905.8 billion yen", 1905.8e9, JPY),
    F("nin", 7, "to 1.9 trillion yen", 1.9e12, JPY),
    F("nin", 8, "跃升至 1.906 万亿日元", 1.906e12, JPY),
    F("nin", 9, "净销售额为19058亿日元", 19058e8, JPY),
  ])
G("nin_9m_sales_growth", NIN, "Net sales growth April-December 2025: AP's 99% against reportify's 99.3%", "Nintendo", "net sales growth",
  "9M FY2026 (Apr-Dec 2025)", "99 rounds 99.3: rounding.", [
    F("nin", 7, "surging 99%", 99, PC),
    F("nin", 9, "同比增长99.3%", 99.3, PC),
  ])
G("nin_9m_net", NIN, "Net profit April-December 2025: technode's 3588.6亿 against AP's 358.9 billion, Jiji's 358.8 billion and reportify's 3588亿",
  "Nintendo", "net profit", "9M FY2026 (Apr-Dec 2025)",
  "358.9 billion rounds 3588.6亿: rounding; 358.8 billion and 3588亿 (the same value) cut 3588.6亿 short: conflict with it and with 358.9.", [
    F("nin", 6, "to 358.8 billion yen", 358.8e9, JPY),
    F("nin", 7, "a 358.9 billion yen", 358.9e9, JPY),
    F("nin", 8, "达到 3588.6 亿日元", 3588.6e8, JPY),
    F("nin", 9, "净利润为3588亿日元", 3588e8, JPY),
  ])
G("nin_9m_net_growth", NIN, "Net profit growth April-December 2025: 51% twice (AP, technode) against reportify's 51.3%", "Nintendo",
  "net profit growth", "9M FY2026 (Apr-Dec 2025)", "51 rounds 51.3: rounding.", [
    F("nin", 7, "a 51% rise in profit", 51, PC),
    F("nin", 8, "净利润增长了 51%", 51, PC),
    F("nin", 9, "同比增长51.3%", 51.3, PC),
  ])
S("nin", 7, "($2.3 billion) profit", value=2.3e9, unit=USD)
G("nin_dec_sw2", NIN, "Switch 2 units sold to December 31, 2025: 17.37 million = 1737万 / 1,737萬 four times, AP's 'nearly 17.4 million', am730's 'over 1737萬'",
  "Nintendo Switch 2", "hardware units sold since launch", "to December 31, 2025",
  "The hedged figures hold 17.37 million: consistent (tw.news.yahoo's '2025 年全年度' is the same count, the console having gone on sale in June).", [
    F("nin", 6, "sold 17.37 million units", 17.37e6, U),
    F("nin", 7, "nearly 17.4 million", 17.4e6, U, q="under"),
    F("nin", 8, "总销量已达 1737 万台", 1737e4, U),
    F("nin", 9, "Switch 2游戏机销量达1737万台", 1737e4, U),
    F("nin", 12, "共賣出 1,737 萬台", 1737e4, U),
    F("nin", 13, "突破1737萬部", 1737e4, U, q="over"),
  ])
G("nin_dec_sw1", NIN, "Original Switch units sold to December 31, 2025: 155.37 million = 1.5537亿 / 1.5537億 / 1億5,537萬", "Nintendo Switch",
  "hardware units sold since launch", "to December 31, 2025", OK, [
    F("nin", 6, "reached 155.37 million units", 155.37e6, U),
    F("nin", 8, "累计销量已达 1.5537 亿台", 1.5537e8, U),
    F("nin", 12, "達到 1 億 5,537 萬台", 155.37e6, U, vt="1 億 5,537 萬", step=1e4),
    F("nin", 13, "已達1.5537億部", 1.5537e8, U),
  ])
G("nin_ds", NIN, "Nintendo DS lifetime units: 154.02 million = 1.5402亿 / 1.5402億", "Nintendo DS", "hardware units sold (lifetime)",
  "lifetime", OK, [
    F("nin", 6, "with 154.02 million units", 154.02e6, U),
    F("nin", 8, "DS 累计销量为 1.5402 亿台", 1.5402e8, U),
    F("nin", 13, "DS的1.5402億部", 1.5402e8, U),
  ])
G("nin_9m_sw1", NIN, "Original Switch units sold April-December 2025: reportify's 325万 and am730's 'over 300萬'", "Nintendo Switch",
  "hardware units sold", "9M FY2026 (Apr-Dec 2025)", "'Over 300萬' holds 325万: consistent.", [
    F("nin", 9, "66%至325万台", 325e4, U),
    F("nin", 13, "仍售出超300萬台", 300e4, U, q="over"),
  ])
G("nin_mkw_dec", NIN, "Mario Kart World units to December 2025: AP's 'some 14 million' against 1,403萬", "Mario Kart World",
  "software units sold", "to December 31, 2025", "'Some 14 million' holds 14.03 million: consistent.", [
    F("nin", 7, "some 14 million units", 14e6, U, q="approx"),
    F("nin", 12, "累積銷量高達 1,403 萬份", 1403e4, U),
  ])
S("nin", 6, "about 1.5-fold", value=1.5, unit=X, q="approx")
S("nin", 6, "revised to 150 yen per dollar", value=150, unit=JPY)
S("nin", 6, "from 140 yen", value=140, unit=JPY)
NC("nin", 6, " date 2026-02-03", "date")
NC("nin", 6, "Kyoto, Feb. 3", "dateline")
NC("nin", 6, "released in March 2017", "date")
NC("nin", 6, "released in December 2004", "date")
S("nin", 7, "up from 237 billion yen", value=237e9, unit=JPY)
S("nin", 7, "($12 billion)", value=12e9, unit=USD)
S("nin", 7, "some 129 million people", value=129e6, unit=P, q="approx")
NC("nin", 7, " date 2026-02-04", "date")
NC("nin", 8, "截至 2025 年 12 月 31 日", "date")
NC("nin", 8, "自 2017 年发售", "date")
NC("nin", 8, "而 2004 年发售", "date")
NC("nin", 8, "去年 11 月", "date")
NC("nin", 8, "于 2013 年 1 月停产", "date")
S("nin", 8, "在其 13 年的生命周期", value=13, unit=YRS)
NC("nin", 8, "在 10 月至 12 月的季度", "date")
S("nin", 8, "Switch 2 的销量为 701 万台", value=701e4, unit=U)
NC("nin", 8, "自 2025 年 6 月发售", "date")
S("nin", 8, "Wii U 1370 万台", value=1370e4, unit=U)
NC("nin", 8, "在 2026 财年前九个月", "date")
S("nin", 8, "从去年的 9562 亿日元", value=9562e8, unit=JPY)
AUTO("nin", 9, REF, "citation")
NC("nin", 9, "任天堂2026财年第三财季及", "date")
NC("nin", 9, "- 2026财年前三财季(截至2025年12月31日)", "date")
S("nin", 9, "营业利润为3003亿日元", value=3003e8, unit=JPY)
S("nin", 9, "同比增长21.3%", value=21.3, unit=PC)
S("nin", 9, "净利润率为18.8%", value=18.8, unit=PC)
S("nin", 9, "同比下降6个百分点", value=6, unit=PP)
NC("nin", 9, "- 2026财年第三财季(2025年第四季度)", "date")
S("nin", 9, "营收8063亿日元", value=8063e8, unit=JPY)
S("nin", 9, "同比增长86%", value=86, unit=PC)
S("nin", 9, "市场预期的8477亿日元", value=8477e8, unit=JPY)
S("nin", 9, "营业利润1552亿日元", value=1552e8, unit=JPY)
S("nin", 9, "同比增长23.1%", value=23.1, unit=PC)
S("nin", 9, "市场预期的1807亿日元", value=1807e8, unit=JPY)
S("nin", 9, "净利润1599亿日元", value=1599e8, unit=JPY)
S("nin", 9, "同比增长24.43%", value=24.43, unit=PC)
NC("nin", 9, "截至2026年3月的财年", "date")
NC("nin", 9, "实现1500万销量", "threshold")
S("nin", 9, "同比减少66%", value=66, unit=PC)
S("nin", 9, "Switch 2游戏销量达3793万份", value=3793e4, unit=U)
S("nin", 9, "同比减少12.1%", value=12.1, unit=PC)
S("nin", 9, "12.1%至1.09亿份", value=1.09e8, unit=U)
NC("nin", 9, "当地时间2月4日", "date")
S("nin", 9, "一度下跌12.28%", value=12.28, unit=PC)
NC("nin", 9, "近18个月", "duration")
S("nin", 9, "最终收跌10.98%", value=10.98, unit=PC)
S("nin", 9, "报8973日元/股", value=8973, unit=JPY)
NC("nin", 9, "自2025年上半年", "date")
NC("nin", 12, "今日（3日）", "date")
NC("nin", 12, "截至 2025 年 12 月底", "date")
NC("nin", 12, "去年 6 月發售", "date")
NC("nin", 12, "在 2025 年全年度", "date")
S("nin", 12, "只用 31 週", value=31, unit=WKS)
NC("nin", 12, "突破 1,500 萬台大關", "threshold")
S("nin", 12, "累積銷量已達 1,230 萬份", value=1230e4, unit=U)
S("nin", 12, "貢獻了 841 萬份", value=841e4, unit=U)
S("nin", 12, "則有 389 萬份", value=389e4, unit=U)
S("nin", 12, "成長到 2,808 萬份", value=2808e4, unit=U)
NC("nin", 12, "因為 2025 年限定", "date")
S("nin", 12, "賣出 425 萬份", value=425e4, unit=U)
S("nin", 12, "也有 176 萬份", value=176e4, unit=U)
NC("nin", 12, "瑪利歐賽車 8 豪華版", "model_name")
S("nin", 12, "突破了 7,059 萬份", value=7059e4, unit=U, q="over")
S("nin", 12, "又賣出 102 萬份", value=102e4, unit=U)
NC("nin", 13, " date 2026-02-04", "date")
NC("nin", 13, "截至2025年12月第四周", "date")
NC("nin", 13, "在2025年4月至12月前三季", "date")
S("nin", 13, "需達成近10倍", value=10, unit=X, q="under")
NC("nin", 13, "考慮到2026年", "date")
for _n in range(1, 14):
    AUTO("nin", _n, r"Switch ?2|PlayStation 2|PS2", "model_name")

# ============================================================ Singapore visitor arrivals (Singapore Tourism Board)
# ---- 2018 (released February 13, 2019) and the 2019 forecasts
G("sgv_2018_arr", SGV, "International visitor arrivals 2018: 18.5 million three times = 约1850万 / 約1850萬", "Singapore",
  "international visitor arrivals", "2018", "Same value ('约' adds nothing): consistent.", [
    F("sgv", 1, "hit 18.5 million", 18.5e6, P, nth=1),
    F("sgv", 1, "hit 18.5 million", 18.5e6, P, nth=2),
    F("sgv", 2, "a record of 18.5 million", 18.5e6, P),
    F("sgv", 6, "约1850万人次", 1850e4, P, q="approx"),
    F("sgv", 9, "約1850萬人次", 1850e4, P, q="approx"),
  ])
G("sgv_2018_arr_growth", SGV, "Visitor arrival growth 2018: 6.2% five times", "Singapore", "international visitor arrival growth",
  "2018", OK, [
    F("sgv", 1, "up 6.2 per cent", 6.2, PC, nth=1),
    F("sgv", 1, "up 6.2 per cent", 6.2, PC, nth=2),
    F("sgv", 2, "increased 6.2 percent", 6.2, PC),
    F("sgv", 6, "比上年增长6.2%", 6.2, PC),
    F("sgv", 9, "比上年增長6.2%", 6.2, PC),
  ])
G("sgv_2018_tr", SGV, "Tourism receipts 2018 (preliminary): S$27.1 billion twice = 271亿 / 271億新元", "Singapore", "tourism receipts",
  "2018", OK, [
    F("sgv", 1, "to S$27.1 billion", 27.1e9, SGD),
    F("sgv", 2, "to S$27.1 billion", 27.1e9, SGD),
    F("sgv", 6, "达271亿新元", 271e8, SGD),
    F("sgv", 9, "達271億新元", 271e8, SGD),
  ])
G("sgv_2018_tr_growth", SGV, "Tourism receipt growth 2018: 1% twice and about 1% twice", "Singapore", "tourism receipt growth", "2018",
  "Same value: consistent.", [
    F("sgv", 1, "a 1 per cent increase", 1, PC),
    F("sgv", 2, "rose 1 percent", 1, PC),
    F("sgv", 6, "增长约1%", 1, PC, q="approx"),
    F("sgv", 9, "增長約1%", 1, PC, q="approx"),
  ])
G("sgv_2018_china", SGV, "Visitors from mainland China 2018: about 341.7万 twice and yndaily's about 342万", "Singapore (visitors from mainland China)",
  "visitor arrivals", "2018", "Two 'about' figures whose ranges meet: consistent (goldkit's auto).", [
    F("sgv", 6, "约341.7万人次", 341.7e4, P, q="approx"),
    F("sgv", 9, "約341.7萬人次", 341.7e4, P, q="approx"),
    F("sgv", 7, "增至约342万", 342e4, P, q="approx"),
  ])
G("sgv_2018_china_growth", SGV, "Growth of visitors from mainland China 2018: 6% three times", "Singapore (visitors from mainland China)",
  "visitor arrival growth", "2018", OK, [
    F("sgv", 6, "比上年增长6%", 6, PC),
    F("sgv", 9, "比上年增長6%", 6, PC),
    F("sgv", 7, "增幅达6%", 6, PC),
  ])
G("sgv_2018_indo", SGV, "Visitors from Indonesia 2018: 302.1万 / 302.1萬 twice", "Singapore (visitors from Indonesia)", "visitor arrivals",
  "2018", OK, [
    F("sgv", 6, "302.1万人次", 302.1e4, P),
    F("sgv", 9, "302.1萬人次", 302.1e4, P),
  ])
G("sgv_2018_indo_growth", SGV, "Growth of visitors from Indonesia 2018: 2% three times", "Singapore (visitors from Indonesia)",
  "visitor arrival growth", "2018", OK, [
    F("sgv", 6, "比上年增长2%", 2, PC),
    F("sgv", 9, "比上年增長2%", 2, PC),
    F("sgv", 7, "增幅达2%", 2, PC),
  ])
G("sgv_sgd_usd_2018", SGV, "Exchange rate in the 2018 Xinhua report: 1新元 about 0.74美元 twice", "Singapore dollar", "exchange rate (USD per SGD)",
  "February 2019", OK, [
    F("sgv", 6, "约合0.74美元", 0.74, USD, q="approx"),
    F("sgv", 9, "約合0.74美元", 0.74, USD, q="approx"),
  ])
G("sgv_2019_fcst_arr", SGV, "STB forecast of 2019 visitor arrivals: 18.7 million to 19.2 million = 1870万至1920万 twice", "Singapore",
  "international visitor arrivals forecast", "2019", OK, [
    F("sgv", 2, "18.7 million to 19.2 million", [18.7e6, 19.2e6], P, vt="18.7 million to 19.2 million"),
    F("sgv", 6, "1870万至1920万人次", [1870e4, 1920e4], P, vt="1870万至1920万"),
    F("sgv", 9, "1870萬至1920萬人次", [1870e4, 1920e4], P, vt="1870萬至1920萬"),
  ])
G("sgv_2019_fcst_tr", SGV, "STB forecast of 2019 tourism receipts: S$27.3 billion to S$27.9 billion = 273亿至279亿 twice", "Singapore",
  "tourism receipts forecast", "2019", OK, [
    F("sgv", 2, "S$27.3 billion to S$27.9 billion", [27.3e9, 27.9e9], SGD, vt="27.3 billion to S$27.9 billion"),
    F("sgv", 6, "273亿至279亿新元", [273e8, 279e8], SGD, vt="273亿至279亿"),
    F("sgv", 9, "273億至279億新元", [273e8, 279e8], SGD, vt="273億至279億"),
  ])
NC("sgv", 1, " date 2019-02-13", "date")
NC("sgv", 1, "for 2018 hit", "date", nth=1)
NC("sgv", 1, "from 2017. —", "date")
NC("sgv", 1, "Feb 13 —", "dateline")
NC("sgv", 1, "for 2018 released", "date")
NC("sgv", 1, "for 2018 hit", "date", nth=2)
NC("sgv", 1, "from 2017.", "date", nth=2)
NC("sgv", 1, "from 2017 to", "date")
S("sgv", 1, "(RM81.33 billion)", value=81.33e9, unit=MYR)
S("sgv", 1, "rose 6 per cent", value=6, unit=PC)
NC("sgv", 1, "from 2017, while", "date")
S("sgv", 1, "increased by 21 per cent", value=21, unit=PC)
S("sgv", 1, "Shopping fell 14 per cent", value=14, unit=PC)
S("sgv", 1, "accommodation dropped 5 per cent", value=5, unit=PC)
S("sgv", 1, "slipped 4 per cent", value=4, unit=PC)
NC("sgv", 2, "Feb 13 (Reuters)", "dateline")
NC("sgv", 2, "in 2018 to touch", "date")
S("sgv", 2, "($20 billion)", value=20e9, unit=USD)
NC("sgv", 2, "in 2018, the", "date")
NC("sgv", 2, "forecast 2019 visitor", "date")
S("sgv", 2, "a rise of 1-4 percent", vt="1-4 percent", value=[1, 4], unit=PC, step=1)
S("sgv", 2, "between 1 and 3 percent", vt="1 and 3 percent", value=[1, 3], unit=PC, step=1)
NC("sgv", 2, "$1 =", "per_unit_base")
S("sgv", 2, "1.3586 Singapore dollars", value=1.3586, unit=SGD)
NC("sgv", 6, "13日发布", "date")
NC("sgv", 6, "2018年新加坡接待中国", "date")
NC("sgv", 6, "2018年新加坡接待国际", "date")
NC("sgv", 6, "新加坡2018年全年", "date")
NC("sgv", 6, "(1新元", "per_unit_base")
NC("sgv", 6, "2018年新加坡第二大", "date")
NC("sgv", 6, "2018年新加坡旅游业", "date")
NC("sgv", 9, "13日發佈", "date")
NC("sgv", 9, "2018年新加坡接待中國", "date")
NC("sgv", 9, "2018年新加坡接待國際", "date")
NC("sgv", 9, "新加坡2018年全年", "date")
NC("sgv", 9, "(1新元", "per_unit_base")
NC("sgv", 9, "2018年新加坡第二大", "date")
NC("sgv", 9, "2018年新加坡旅遊業", "date")
S("sgv", 7, "2%和13%", value=13, unit=PC)
S("sgv", 7, "去年达到16万游轮旅客人次", value=16e4, unit=P)
S("sgv", 7, "增加27%", value=27, unit=PC)

# ---- 2023 (released February 1, 2024) and the 2024 forecasts
G("sgv_2023_arr", SGV, "International visitor arrivals 2023: 13.6 million = 1360 万", "Singapore", "international visitor arrivals", "2023", OK, [
    F("sgv", 3, "reached 13.6 million", 13.6e6, P),
    F("sgv", 8, "达到 1360 万人次", 1360e4, P),
  ])
G("sgv_2023_recovery", SGV, "2023 arrivals as a share of 2019's: 71% twice", "Singapore", "visitor arrivals relative to 2019", "2023", OK, [
    F("sgv", 3, "(71pc", 71, PC, vt="71"),
    F("sgv", 8, "国际游客人数的 71%", 71, PC),
  ])
G("sgv_2023_tr_low", SGV, "Tourism receipts 2023 (estimate), low end: SD 24.5 billion = 245 亿新元", "Singapore", "tourism receipts (estimate, low end)",
  "2023", OK, [
    F("sgv", 3, "reach SD 24.5 billion", 24.5e9, SGD),
    F("sgv", 8, "达到 245 亿新元", 245e8, SGD),
  ])
G("sgv_2023_tr_low_usd", SGV, "Tourism receipts 2023 (estimate), low end in dollars: USD 18.3 billion = 183 亿美元", "Singapore",
  "tourism receipts (estimate, low end, in USD)", "2023", OK, [
    F("sgv", 3, "(USD 18.3 billion)", 18.3e9, USD),
    F("sgv", 8, "(183 亿美元)", 183e8, USD),
  ])
G("sgv_2023_tr_high", SGV, "Tourism receipts 2023 (estimate), high end: SD 26.0 billion = 260 亿新元", "Singapore", "tourism receipts (estimate, high end)",
  "2023", OK, [
    F("sgv", 3, "to SD 26.0 billion", 26.0e9, SGD),
    F("sgv", 8, "至 260 亿新元", 260e8, SGD),
  ])
G("sgv_2023_tr_fcst_high", SGV, "STB's earlier forecast of 2023 tourism receipts, high end: SD 21 billion = 210 亿新元 (travel.kia gives only this end)",
  "Singapore", "tourism receipts forecast (high end)", "2023", OK, [
    F("sgv", 3, "to SD 21 billion", 21e9, SGD),
    F("sgv", 8, "预测的 210 亿新元", 210e8, SGD),
  ])
G("sgv_2024_fcst_arr", SGV, "STB forecast of 2024 visitor arrivals: around 15 to 16 million, '15 至 1600 万', 1500萬至1600萬", "Singapore",
  "international visitor arrivals forecast", "2024", "The ranges are the same: consistent (travel.kia's '15 至 1600 万' read as 15 to 16 million).", [
    F("sgv", 3, "around 15 to 16 million", [15e6, 16e6], P, vt="15 to 16 million", q="approx", step=1e6),
    F("sgv", 8, "15 至 1600 万人次", [15e6, 16e6], P, vt="15 至 1600 万", step=1e6),
    F("sgv", 11, "1500萬至1600萬人次", [1500e4, 1600e4], P, vt="1500萬至1600萬", step=1e6),
  ])
G("sgv_2024_fcst_tr", SGV, "STB forecast of 2024 tourism receipts: 260亿至275亿 twice (menafn's is cut off after 'SD 26')", "Singapore",
  "tourism receipts forecast", "2024", OK, [
    F("sgv", 8, "260 亿新元至 275 亿新元", [260e8, 275e8], SGD, vt="260 亿新元至 275 亿", step=1e8),
    F("sgv", 11, "260億至275億元新加坡元", [260e8, 275e8], SGD, vt="260億至275億", step=1e8),
  ])
G("sgv_visa_free", SGV, "Singapore-China mutual visa exemption: 30 days twice", "Singapore-China visa exemption", "length of stay allowed",
  "from February 9, 2024", OK, [
    F("sgv", 8, "30 天免签", 30, DAYS),
    F("sgv", 11, "最多停留30天", 30, DAYS),
  ])
NC("sgv", 3, " date 2024-02-05", "date")
NC("sgv", 3, "in 2023 (", "date")
NC("sgv", 3, "2019's figure", "date")
S("sgv", 3, "between 12 and 14 million", vt="12 and 14 million", value=[12e6, 14e6], unit=P, step=1e6)
S("sgv", 3, "forecast of SD 18 billion", value=18e9, unit=SGD)
NC("sgv", 3, "set out in 2023", "date")
S("sgv", 3, "approximately 88 to 94 per cent", vt="88 to 94", value=[88, 94], unit=PC, q="approx", step=1)
NC("sgv", 3, "2019's tourism receipts", "date")
S("sgv", 3, "Indonesia (2.3 million)", value=2.3e6, unit=P)
S("sgv", 3, "China (1.4 million)", value=1.4e6, unit=P)
S("sgv", 3, "Malaysia (1.1 million)", value=1.1e6, unit=P)
NC("sgv", 3, "nine months of 2023", "date")
S("sgv", 3, "contributed SD 2.3 billion", value=2.3e9, unit=SGD)
S("sgv", 3, "SD 2.2 billion", value=2.2e9, unit=SGD)
S("sgv", 3, "SD 1.5 billion", value=1.5e9, unit=SGD)
S("sgv", 3, "3,210 new hotel keys", value=3210, unit=CNT)
NC("sgv", 3, "in 2023 with", "date")
S("sgv", 3, "more than 340 ship calls", value=340, unit=CNT, q="over")
NC("sgv", 3, "in 2024 are", "date")
NC("sgv", 3, "approximately SD 26", "truncated")
NC("sgv", 8, "2023 年,新加坡", "date")
NC("sgv", 8, "这占 2019 年", "date")
NC("sgv", 8, "周四(2 月 1 日)", "date")
S("sgv", 8, "房价为 282 新元", value=282, unit=SGD)
NC("sgv", 8, "在 2024 年继续", "date")

# ---- 2024 (released February 4, 2025), its first half and February
G("sgv_2024_arr", SGV, "International visitor arrivals 2024: ggrasia's 16.53 million against focusgn's 16.5 million", "Singapore",
  "international visitor arrivals", "2024", "16.5 rounds 16.53: rounding.", [
    F("sgv", 4, "to 16.53 million", 16.53e6, P),
    F("sgv", 5, "received 16.5 million visitors", 16.5e6, P),
  ])
G("sgv_2024_arr_growth", SGV, "Visitor arrival growth 2024: ggrasia's 21.5 percent against focusgn's 21 per cent", "Singapore",
  "international visitor arrival growth", "2024",
  "21.5 rounded to the whole percent is 22 (half up or half even), not 21: conflict (explicit; the kit's inclusive edge would say rounding).", [
    F("sgv", 4, "a 21.5-percent year-on-year rise", 21.5, PC, vt="21.5"),
    F("sgv", 5, "a 21 per cent increase", 21, PC),
  ], V(val(21.5), val(21), C))
G("sgv_2024_overnight", SGV, "Overnight visitors 2024: ggrasia's 12.43 million against focusgn's '12.43 overnight visitors' (no 'million')", "Singapore",
  "overnight visitor arrivals", "2024", "As written 12.43 visitors against 12.43 million: conflict.", [
    F("sgv", 4, "12.43 million arrivals", 12.43e6, P),
    F("sgv", 5, "received 12.43 overnight visitors", 12.43, P),
  ])
G("sgv_2024_overnight_growth", SGV, "Overnight visitor growth 2024: 21.2% twice", "Singapore", "overnight visitor arrival growth", "2024", OK, [
    F("sgv", 4, "up 21.2 percent", 21.2, PC),
    F("sgv", 5, "a 21.2 per cent increase", 21.2, PC),
  ])
G("sgv_2024_overnight_share", SGV, "Overnight visitors' share of arrivals 2024: 75.2% twice", "Singapore", "overnight share of arrivals", "2024", OK, [
    F("sgv", 4, "75.2 percent of all entries", 75.2, PC),
    F("sgv", 5, "75.2 per cent of all entries", 75.2, PC),
  ])
G("sgv_2024_stay", SGV, "Average length of stay 2024: 3.56 days twice", "Singapore", "average length of stay", "2024", OK, [
    F("sgv", 4, "was 3.56 days", 3.56, DAYS),
    F("sgv", 5, "stayed for 3.56 days", 3.56, DAYS),
  ])
G("sgv_2024_stay_chg", SGV, "Change in average length of stay 2024: down 6.2% twice", "Singapore", "average length of stay decline", "2024", OK, [
    F("sgv", 4, "down 6.2 percent", 6.2, PC),
    F("sgv", 5, "a decline of 6.2 per cent", 6.2, PC),
  ])
G("sgv_2024_china", SGV, "Visitors from mainland China 2024: 3.08 million twice", "Singapore (visitors from mainland China)", "visitor arrivals",
  "2024", OK, [
    F("sgv", 4, "was 3.08 million", 3.08e6, P),
    F("sgv", 5, "reached 3.08 million", 3.08e6, P),
  ])
G("sgv_2024_china_share", SGV, "Mainland China's share of 2024 arrivals: 18.6% twice", "Singapore (visitors from mainland China)",
  "share of visitor arrivals", "2024", OK, [
    F("sgv", 4, "or 18.6 percent", 18.6, PC),
    F("sgv", 5, "or 18.6 per cent", 18.6, PC),
  ])
G("sgv_2024_china_growth", SGV, "Growth of visitors from mainland China 2024: 126.0% and 126%", "Singapore (visitors from mainland China)",
  "visitor arrival growth", "2024", "Same value: consistent.", [
    F("sgv", 4, "up 126.0 percent", 126.0, PC),
    F("sgv", 5, "up 126 per cent", 126, PC),
  ])
G("sgv_2024_tr_9m", SGV, "Tourism receipts January-September 2024: SGD22.4 billion = SG$22.4bn", "Singapore", "tourism receipts",
  "January-September 2024", OK, [
    F("sgv", 4, "SGD22.4 billion", 22.4e9, SGD),
    F("sgv", 5, "SG$22.4bn", 22.4e9, SGD),
  ])
G("sgv_2024_tr_9m_usd", SGV, "Tourism receipts January-September 2024 in dollars: US$16.5 billion twice", "Singapore", "tourism receipts (in USD)",
  "January-September 2024", OK, [
    F("sgv", 4, "(US$16.5 billion)", 16.5e9, USD),
    F("sgv", 5, "(US$16.5bn)", 16.5e9, USD),
  ])
G("sgv_2024_tr_9m_growth", SGV, "Tourism receipt growth January-September 2024: circa 10% and 10%", "Singapore", "tourism receipt growth",
  "January-September 2024", "Same value: consistent.", [
    F("sgv", 4, "up circa 10 percent", 10, PC, q="approx"),
    F("sgv", 5, "up 10 per cent", 10, PC),
  ])
G("sgv_2024_seg_growth", SGV, "Sightseeing, entertainment and gaming spending growth January-September 2024: circa 25% and 25%", "Singapore",
  "sightseeing, entertainment and gaming spending growth", "January-September 2024", "Same value: consistent.", [
    F("sgv", 4, "at circa 25 percent, followed", 25, PC, q="approx"),
    F("sgv", 5, "(SEG) up 25 per cent", 25, PC),
  ])
G("sgv_2024_accom_growth", SGV, "Accommodation spending growth January-September 2024: ggrasia's 'circa 25 percent' against focusgn's 17 per cent",
  "Singapore", "accommodation spending growth", "January-September 2024", "'Circa 25' does not hold 17: conflict.", [
    F("sgv", 4, "accommodation spending at circa 25 percent", 25, PC, q="approx"),
    F("sgv", 5, "accommodation 17 per cent", 17, PC),
  ])
NC("sgv", 4, "in 2024, taking", "date")
NC("sgv", 4, "the 12-month tally", "duration")
NC("sgv", 4, "the 2024 calendar year", "date")
NC("sgv", 4, "The 2024 tally", "date")
NC("sgv", 4, "nine months of 2024", "date")
NC("sgv", 4, "period in 2023", "date")
NC("sgv", 5, "visitors in 2024", "date")
S("sgv", 5, "Indonesia reached 2.49 million", value=2.49e6, unit=P)
S("sgv", 5, "India was 1.20 million", value=1.20e6, unit=P)
NC("sgv", 5, "nine months of 2024", "date")
NC("sgv", 5, "period in 2023", "date")
S("sgv", 5, "shopping 6 per cent", value=6, unit=PC)
S("sgv", 5, "and 5 per cent respectively", value=5, unit=PC)
S("sgv", 5, "SG$3.58bn", value=3.58e9, unit=SGD)
S("sgv", 5, "SG$2.13bn", value=2.13e9, unit=SGD)
S("sgv", 5, "SG$1.44bn", value=1.44e9, unit=SGD)
NC("sgv", 5, "For 2025, the", "date")
S("sgv", 5, "between 17.0 to 18.5 million", vt="17.0 to 18.5 million", value=[17.0e6, 18.5e6], unit=P)
S("sgv", 5, "approximately SG$29.0 to SG$30.5bn", vt="29.0 to SG$30.5bn", value=[29.0e9, 30.5e9], unit=SGD, q="approx", step=0.1e9)
G("sgv_feb24_china", SGV, "Visitors from mainland China in February 2024: 32.7萬 and 32萬7000 against shicheng's title '32萬'", "Singapore (visitors from mainland China)",
  "visitor arrivals", "February 2024", "32萬 cuts 32.7萬 short (it rounds to 33萬): conflict with both; 32.7萬 = 32萬7000: consistent.", [
    F("sgv", 10, "達32.7萬人次", 32.7e4, P),
    F("sgv", 11, "創紀錄32萬人次", 32e4, P),
    F("sgv", 11, "以32萬7000人次", 327000, P, vt="32萬7000", step=1),
  ])
G("sgv_feb24_china_mult", SGV, "Growth multiple of visitors from mainland China in February 2024: 'over 8 times', 'about 8.3 times' and shicheng's title '8倍'",
  "Singapore (visitors from mainland China)", "year-on-year increase (multiple)", "February 2024",
  "'Over 8' holds 8.3 and 8: consistent; a plain 8 against 'about 8.3': rounding (the fresh50 hand rule).", [
    F("sgv", 10, "按年增逾8倍", 8, X, q="over"),
    F("sgv", 10, "增長約8.3倍", 8.3, X, q="approx"),
    F("sgv", 11, "飆升8倍", 8, X),
  ])
G("sgv_feb24_bookings", SGV, "Trip.com bookings from China to Singapore in February 2024: +459% twice", "Trip.com (China to Singapore bookings)",
  "booking growth", "February 2024", OK, [
    F("sgv", 10, "同比增長459%", 459, PC),
    F("sgv", 11, "同比增長459%", 459, PC),
  ])
S("sgv", 10, "今年上半年入境旅客共824萬人次", value=824e4, unit=P)
S("sgv", 10, "約88.4%水平", value=88.4, unit=PC, q="approx")
S("sgv", 10, "約74.4%", value=74.4, unit=PC, q="approx")
S("sgv", 10, "約3.51天", value=3.51, unit=DAYS, q="approx")
S("sgv", 10, "共計145萬人次", value=145e4, unit=P)
S("sgv", 10, "印尼的130萬人次", value=130e4, unit=P)
NC("sgv", 10, "今年2月中國", "date")
S("sgv", 10, "同期的3.53萬人次", value=3.53e4, unit=P)
NC("sgv", 10, "2月從中國", "date")
NC("sgv", 11, "2月中國赴", "date")
NC("sgv", 11, "2024年03月14日", "date")
NC("sgv", 11, "7353次閱讀", "page_furniture")
NC("sgv", 11, "3月12日", "date")
NC("sgv", 11, "今年2月,", "date")
S("sgv", 11, "共接待旅客144萬人次", value=144e4, unit=P)
S("sgv", 11, "同比大幅增長50%", value=50, unit=PC)
NC("sgv", 11, "自2月9日起", "date")
NC("sgv", 11, "2月的航班", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh77.toml", "corpus-fresh77")
