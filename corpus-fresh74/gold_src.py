"""Hand annotation of corpus-fresh74, written as data; emits gold.d/fresh74.toml (then run
corpus/check_gold.py --dir corpus-fresh74 --build).

Three news / business-statistics domains, all company results: The Coca-Cola Company's third quarter 2025 / 可口可乐 /
可口可樂 (`cok-*`), adidas' 2024 full-year results and second quarter 2025 / 阿迪达斯 / 阿迪達斯 / 爱迪达 (`adi-*`) and
Costco Wholesale's fourth quarter of fiscal 2025 and first quarter of fiscal 2026 / 好市多 (`cow-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8; dollars in USD (cents as 0.01
USD), euros in EUR; growth and decline rates as unsigned percent; percentage points and basis points as
percentage_points (100 bp = 1 pp). GAAP and comparable (non-GAAP) figures are different quantities; currency-neutral
and euro-terms growth rates are different quantities; a named consensus (Zacks) against an unnamed 'market
expectation' is different_basis (conflict as alt).
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
from goldrules import NC, OTHER, F, G, S, V, basis, val  # noqa: E402

load(HERE)

goldrules.install()

KO, ADI, COW = "coca-cola-results", "adidas-results", "costco-results"
USD, EUR, TON = "USD", "EUR", "tonnes"
OK = "Consistent."

# ============================================================ Coca-Cola, third quarter 2025 (to September 26, 2025)
G("cok_q3_rev", KO, "Coca-Cola net revenues Q3 2025: $12.5 billion three times, $12.46 billion, 124.6亿 three times, 124.55亿, 125亿",
  "The Coca-Cola Company", "net revenues", "Q3 2025",
  "12.5 billion / 125亿 round 12.46 billion / 124.6亿 / 124.55亿; 124.6 rounds 124.55; 12.46 = 124.6亿: rounding where the precision differs.", [
    F("cok", 1, "reaching $12.5 billion", 12.5e9, USD),
    F("cok", 2, "5% to $12.5 billion", 12.5e9, USD),
    F("cok", 3, "Revenues reached $12.46 billion", 12.46e9, USD),
    F("cok", 4, "to $12.5bn", 12.5e9, USD),
    F("cok", 7, "達124.6億美元", 124.6e8, USD),
    F("cok", 8, "营收为124.55亿美元", 124.55e8, USD),
    F("cok", 9, "实现表观营收124.6亿美元", 124.6e8, USD),
    F("cok", 10, "表觀營收 124.6 億美元", 124.6e8, USD),
    F("cok", 11, "营收125亿美元", 125e8, USD),
  ])
G("cok_q3_rev_growth", KO, "Net revenue growth Q3 2025: 5% nine times against 5.1% four times (etnet title and body, huashangw, mitrade)",
  "The Coca-Cola Company", "net revenue growth", "Q3 2025", "5 rounds 5.1: rounding.", [
    F("cok", 1, "a 5% increase in net revenues", 5, PC),
    F("cok", 2, "Net revenues grew 5%", 5, PC),
    F("cok", 3, "a 5% year-over-year growth", 5, PC),
    F("cok", 4, "net revenue up 5%", 5, PC),
    F("cok", 5, "Net revenue grew 5%", 5, PC),
    F("cok", 6, "净收入增长5%", 5, PC),
    F("cok", 7, "可口可樂第三季業績超預期，淨營收按年增長5.1%", 5.1, PC),
    F("cok", 7, "淨營收按年增長5.1%，達", 5.1, PC),
    F("cok", 8, "三季度营收增长5%", 5, PC),
    F("cok", 8, "同比增长5%,超出", 5, PC),
    F("cok", 9, "同比增长5.1%", 5.1, PC),
    F("cok", 10, "同比增長 5.1%", 5.1, PC),
    F("cok", 11, "同比增长5%,略超预期", 5, PC),
  ])
G("cok_q3_org_growth", KO, "Organic revenue growth (non-GAAP) Q3 2025: 6% on eleven pages", "The Coca-Cola Company",
  "organic revenue growth", "Q3 2025", OK, [
    F("cok", 1, "organic revenues growing by 6%", 6, PC),
    F("cok", 2, "organic revenues (non-GAAP) grew 6%", 6, PC),
    F("cok", 3, "Organic revenues grew by 6%", 6, PC),
    F("cok", 4, "organic revenue up 6%", 6, PC),
    F("cok", 5, "organic revenue (non-GAAP) grew 6%", 6, PC),
    F("cok", 6, "有机收入(Non-GAAP)增长6%", 6, PC),
    F("cok", 7, "有機營收實現6%", 6, PC),
    F("cok", 8, "第三季度有机营收增长6%", 6, PC),
    F("cok", 9, "内生营收(Organic revenue)同比增长6%", 6, PC),
    F("cok", 10, "內生營收(Organic revenue)同比增長 6%", 6, PC),
    F("cok", 11, "收入增长6%的有机增速", 6, PC),
  ])
G("cok_q3_pricemix", KO, "Price/mix growth Q3 2025: 6% (concentrate price +6%; reportify.cn 'about 6%')", "The Coca-Cola Company",
  "price/mix growth", "Q3 2025", "Same value; the 'about 6%' holds 6: consistent.", [
    F("cok", 2, "included 6% growth in price/mix", 6, PC),
    F("cok", 4, "as a 6% gain in price-mix", 6, PC),
    F("cok", 8, "价格提升约6%", 6, PC, q="approx"),
    F("cok", 9, "浓缩液价格同比增长6%", 6, PC),
    F("cok", 10, "濃縮液價格同比增長 6%", 6, PC),
    F("cok", 11, "价格同比涨了6%", 6, PC),
  ])
G("cok_q3_volume", KO, "Global unit case volume growth Q3 2025: 1% on six pages", "The Coca-Cola Company",
  "unit case volume growth", "Q3 2025", OK, [
    F("cok", 1, "a 1% growth in global unit case volume", 1, PC),
    F("cok", 3, "increased by 1% year over year", 1, PC),
    F("cok", 4, "rising 1% after slipping", 1, PC),
    F("cok", 6, "全球单位案件量增长1%", 1, PC),
    F("cok", 8, "全球单箱销量增长1%", 1, PC),
    F("cok", 11, "全球单位箱销量只涨了1%", 1, PC),
  ])
G("cok_q3_opinc_growth", KO, "Operating income growth Q3 2025: 59% on six pages", "The Coca-Cola Company",
  "operating income growth", "Q3 2025", OK, [
    F("cok", 1, "significant rise of 59%", 59, PC),
    F("cok", 3, "Operating income soared 59%", 59, PC),
    F("cok", 4, "Operating income rose 59%", 59, PC),
    F("cok", 5, "increased a whopping 59%", 59, PC),
    F("cok", 6, "营业收入增长59%", 59, PC),
    F("cok", 11, "营业利润更是猛增59%", 59, PC),
  ])
G("cok_q3_opinc", KO, "Operating income Q3 2025: $3.98 billion against efanews' 'just under $4 billion'", "The Coca-Cola Company",
  "operating income", "Q3 2025", "'Just under 4 billion' holds 3.98 billion: consistent.", [
    F("cok", 3, "to $3.98 billion", 3.98e9, USD),
    F("cok", 5, "just under $4 billion", 4e9, USD, q="under"),
  ])
G("cok_q3_ccn_opinc_growth", KO, "Comparable currency-neutral operating income growth (non-GAAP) Q3 2025: 15% twice",
  "The Coca-Cola Company", "comparable currency-neutral operating income growth", "Q3 2025", OK, [
    F("cok", 5, "(non-GAAP) grew 15%", 15, PC),
    F("cok", 6, "(非美国通用会计准则)增长15%", 15, PC),
  ])
G("cok_q3_opmargin", KO, "Operating margin Q3 2025: 32.0% four times and reportify's 32%", "The Coca-Cola Company",
  "operating margin", "Q3 2025", "Same value: consistent.", [
    F("cok", 1, "operating margin improved to 32.0%", 32.0, PC),
    F("cok", 2, "Operating margin was 32.0%", 32.0, PC),
    F("cok", 3, "operating margin improved to 32%", 32, PC),
    F("cok", 4, "operating margin to 32.0%", 32.0, PC),
    F("cok", 6, "营业利润率为32.0%", 32.0, PC),
  ])
G("cok_q3_opmargin_prior", KO, "Operating margin Q3 2024 (year earlier): 21.2% three times", "The Coca-Cola Company",
  "operating margin", "Q3 2024", OK, [
    F("cok", 3, "up from 21.2%", 21.2, PC),
    F("cok", 4, "from 21.2% a year earlier", 21.2, PC),
    F("cok", 6, "上年为21.2%", 21.2, PC),
  ])
G("cok_q3_cmp_opmargin", KO, "Comparable operating margin (non-GAAP) Q3 2025: 31.9% five times", "The Coca-Cola Company",
  "comparable operating margin", "Q3 2025", OK, [
    F("cok", 1, "comparable operating margin of 31.9%", 31.9, PC),
    F("cok", 2, "(non-GAAP) was 31.9%", 31.9, PC),
    F("cok", 4, "improved to 31.9%", 31.9, PC),
    F("cok", 6, "为31.9%", 31.9, PC),
    F("cok", 7, "營業利潤率為31.9%", 31.9, PC),
  ])
G("cok_q3_cmp_opmargin_prior", KO, "Comparable operating margin Q3 2024: 30.7% twice", "The Coca-Cola Company",
  "comparable operating margin", "Q3 2024", OK, [
    F("cok", 4, "from 30.7% on pricing", 30.7, PC),
    F("cok", 6, "上年为30.7%", 30.7, PC),
  ])
G("cok_q3_eps", KO, "EPS (GAAP) Q3 2025: $0.86 / 86 cents on six pages", "The Coca-Cola Company", "EPS (GAAP)", "Q3 2025", OK, [
    F("cok", 1, "30% to $0.86", 0.86, USD),
    F("cok", 2, "to $0.86 and", 0.86, USD),
    F("cok", 4, "30% to $0.86", 0.86, USD),
    F("cok", 5, "30% to $0.86", 0.86, USD),
    F("cok", 5, "or 86 cents per share", 0.86, USD, vt="86", mult=0.01),
    F("cok", 6, "30%至0.86美元", 0.86, USD),
    F("cok", 7, "每股盈利為0.86美元", 0.86, USD),
  ])
G("cok_q3_eps_growth", KO, "EPS (GAAP) growth Q3 2025: 30% on six pages", "The Coca-Cola Company", "EPS growth (GAAP)",
  "Q3 2025", OK, [
    F("cok", 1, "(EPS) increased by 30%", 30, PC),
    F("cok", 2, "EPS grew 30%", 30, PC),
    F("cok", 4, "per share increased 30%", 30, PC),
    F("cok", 5, "EPS increased 30%", 30, PC),
    F("cok", 6, "EPS增长30%", 30, PC),
    F("cok", 7, "按年大幅增長30%", 30, PC),
  ])
G("cok_q3_eps_fx", KO, "Currency headwind in EPS growth Q3 2025: 4 points twice", "The Coca-Cola Company",
  "currency impact on EPS growth", "Q3 2025", OK, [
    F("cok", 2, "a 4-point currency headwind", 4, PP),
    F("cok", 5, "currency effect of 4 points", 4, PP),
  ])
G("cok_q3_cmp_eps", KO, "Comparable EPS (non-GAAP) Q3 2025: $0.82 / 82 cents on eight pages", "The Coca-Cola Company",
  "comparable EPS (non-GAAP)", "Q3 2025", OK, [
    F("cok", 2, "6% to $0.82", 0.82, USD),
    F("cok", 3, "was 82 cents", 0.82, USD, vt="82", mult=0.01),
    F("cok", 4, "to $0.82 per share", 0.82, USD),
    F("cok", 5, "6% to $0.82", 0.82, USD),
    F("cok", 5, "came in at 82 cents", 0.82, USD, vt="82", mult=0.01),
    F("cok", 6, "6%至0.82美元", 0.82, USD),
    F("cok", 7, "每股盈利為0.82美元", 0.82, USD),
    F("cok", 8, "为0.82美元", 0.82, USD),
    F("cok", 11, "调整后每股收益0.82美元", 0.82, USD),
  ])
G("cok_q3_cmp_eps_growth", KO, "Comparable EPS growth Q3 2025: 6% on seven pages", "The Coca-Cola Company",
  "comparable EPS growth", "Q3 2025", OK, [
    F("cok", 2, "Comparable EPS (non-GAAP) grew 6%", 6, PC),
    F("cok", 3, "a 6% increase from the previous year", 6, PC),
    F("cok", 4, "comparable earnings rose 6%", 6, PC),
    F("cok", 5, "(non-GAAP) EPS increased 6%", 6, PC),
    F("cok", 6, "可比EPS(Non-GAAP)增长6%", 6, PC),
    F("cok", 7, "較去年同期增長6%", 6, PC),
    F("cok", 8, "同比增长6%,高于", 6, PC),
  ])
G("cok_q3_cmp_eps_fx", KO, "Currency headwind in comparable EPS growth Q3 2025: 6 points twice", "The Coca-Cola Company",
  "currency impact on comparable EPS growth", "Q3 2025", OK, [
    F("cok", 2, "a 6-point currency headwind", 6, PP),
    F("cok", 5, "currency effect of 6 points", 6, PP),
  ])
G("cok_q3_eps_est", KO, "Analysts' expected comparable EPS Q3 2025: 78 cents / $0.78 on five pages (Zacks on reportify.ai)",
  "The Coca-Cola Company", "comparable EPS consensus estimate", "Q3 2025", "Same value: consistent.", [
    F("cok", 3, "Zacks Consensus Estimate of 78 cents", 0.78, USD, vt="78", mult=0.01),
    F("cok", 5, "the 78 cents expected", 0.78, USD, vt="78", mult=0.01),
    F("cok", 7, "分析師預期的0.78美元", 0.78, USD),
    F("cok", 8, "市场预期的0.78美元", 0.78, USD),
    F("cok", 11, "市场预估的0.78", 0.78, USD),
  ])
G("cok_q3_rev_est", KO, "Analysts' expected net revenues Q3 2025: Zacks $12.43 billion, etnet 123.9億, reportify.cn 124.1亿",
  "The Coca-Cola Company", "net revenue consensus estimate", "Q3 2025",
  "etnet's and reportify.cn's unnamed 'market expectations' differ: conflict; Zacks' named consensus against them: different_basis (conflict as alt).", [
    F("cok", 3, "Zacks Consensus Estimate of $12.43 billion", 12.43e9, USD, basis="zacks"),
    F("cok", 7, "預期的123.9億美元", 123.9e8, USD),
    F("cok", 8, "预期的124.1亿美元", 124.1e8, USD),
  ], OTHER({"zacks"}))
G("cok_q3_net", KO, "Net income attributable to shareholders Q3 2025: $3.7 billion against 36.83亿", "The Coca-Cola Company",
  "net income", "Q3 2025", "3.7 billion rounds 36.83亿: rounding.", [
    F("cok", 5, "shareholders of $3.7 billion", 3.7e9, USD),
    F("cok", 8, "净利润为36.83亿美元", 36.83e8, USD),
  ])
G("cok_q3_net_growth", KO, "Net income growth Q3 2025: reportify.cn's 29% against eastmoney's 30%", "The Coca-Cola Company",
  "net income growth", "Q3 2025",
  "Two whole percents that differ: conflict (eastmoney's 30% is read to the whole percent, step=1, as the page gives every figure; the kit's trailing-zero reading would make it a rounding of 29).", [
    F("cok", 8, "同比增长29%", 29, PC),
    F("cok", 11, "净利润同比涨了30%", 30, PC, step=1),
  ])
G("cok_q3_zero_vol", KO, "Coca-Cola Zero Sugar unit case volume growth Q3 2025: 14% twice", "Coca-Cola Zero Sugar",
  "unit case volume growth", "Q3 2025", OK, [
    F("cok", 3, "a significant 14% increase", 14, PC),
    F("cok", 8, "无糖可口可乐全球销量增长14%", 14, PC),
  ])
G("cok_q3_apac_vol", KO, "Asia Pacific unit case volume decline Q3 2025: 1% twice", "Coca-Cola Asia Pacific",
  "unit case volume decline", "Q3 2025", OK, [
    F("cok", 8, "亚太地区的单箱销量下降1%", 1, PC),
    F("cok", 11, "亚洲还跌了1%", 1, PC),
  ])
G("cok_fy25_org_guid", KO, "2025 organic revenue growth guidance: 5% to 6% on four pages", "The Coca-Cola Company",
  "organic revenue growth guidance", "FY2025", OK, [
    F("cok", 1, "expectations of 5% to 6% organic", [5, 6], PC, vt="5% to 6%", step=1),
    F("cok", 3, "guidance of 5-6% for", [5, 6], PC, vt="5-6%", step=1),
    F("cok", 7, "將增長5%至6%", [5, 6], PC, vt="5%至6%", step=1),
    F("cok", 8, "有机营收增长5%至6%", [5, 6], PC, vt="5%至6%", step=1),
  ])
G("cok_fy25_cmp_eps_guid", KO, "2025 comparable EPS growth guidance: 3% and 'about 3%' twice", "The Coca-Cola Company",
  "comparable EPS growth guidance", "FY2025", "'About 3%' holds 3: consistent.", [
    F("cok", 3, "expected to grow by 3%", 3, PC),
    F("cok", 7, "預計增長約3%", 3, PC, q="approx"),
    F("cok", 8, "增长约为3%", 3, PC, q="approx"),
  ])
G("cok_fy25_capex", KO, "2025 capital expenditure projection: $2.2 billion against 'about 22億'", "The Coca-Cola Company",
  "capital expenditure forecast", "FY2025", "'About 22億' holds 2.2 billion: consistent.", [
    F("cok", 3, "projected at $2.2 billion", 2.2e9, USD),
    F("cok", 7, "大約22億美元", 22e8, USD, q="approx"),
  ])
G("cok_dxy_ytd", KO, "US dollar index decline year to date (Q3 2025 report): over 12% twice (syndicated)", "US dollar index",
  "decline year to date", "2025 to October", OK, [
    F("cok", 9, "下跌幅度超12%", 12, PC, q="over"),
    F("cok", 10, "下跌幅度超 12%", 12, PC, q="over"),
  ])
G("cok_fx_prior", KO, "Currency impact on revenue a year earlier: -5% twice (syndicated)", "The Coca-Cola Company",
  "currency impact on revenue", "Q3 2024", OK, [
    F("cok", 9, "从去年同期-5%", -5, PC),
    F("cok", 10, "從去年同期-5%", -5, PC),
  ])
G("cok_fx_now", KO, "Currency impact on revenue Q3 2025: 0% twice (syndicated)", "The Coca-Cola Company",
  "currency impact on revenue", "Q3 2025", OK, [
    F("cok", 9, "收窄至0%", 0, PC),
    F("cok", 10, "收窄至 0%", 0, PC),
  ])
# singles and non-claims
NC("cok", 1, "third-quarter 2025 earnings", "date")
NC("cok", 1, "its 2025 guidance", "date")
S("cok", 2, "Concentrate sales were 1 point behind", value=1, unit=PP)
NC("cok", 3, "[1][2][3] Financial", "citation")
NC("cok", 3, "third-quarter 2025 results", "date")
NC("cok", 3, "[2] - Revenues", "citation")
NC("cok", 3, "[3] - Organic", "citation")
NC("cok", 3, "[3][7] Market", "citation")
NC("cok", 3, "[3] - Total", "citation")
NC("cok", 3, "[8] Segment", "citation")
S("cok", 3, "a 4% increase in revenues", value=4, unit=PC)
S("cok", 3, "growth of 11%", value=11, unit=PC)
S("cok", 3, "and 10%, respectively", value=10, unit=PC)
NC("cok", 3, "[13] - The", "citation")
NC("cok", 3, "[10] Margin", "citation")
NC("cok", 3, "[15] - Operating", "citation")
S("cok", 3, "comparable operating income rising 8%", value=8, unit=PC)
S("cok", 3, "8% to $3.96 billion", value=3.96e9, unit=USD)
NC("cok", 3, "[14] Guidance for 2025", "citation")
NC("cok", 3, "growth guidance of 5-6% for 2025", "date")
S("cok", 3, "from $2.88 reported", value=2.88, unit=USD)
NC("cok", 3, "reported in 2024", "date")
NC("cok", 3, "[16][17]", "citation")
NC("cok", 3, "Anticipated adjusted free cash flow for 2025", "date")
S("cok", 3, "at least $9.8 billion", value=9.8e9, unit=USD, q="at_least")
NC("cok", 3, "[18]", "citation")
NC("cok", 3, "Coca-Cola Q3 Earnings", "date")
NC("cok", 4, "Tuesday 21 Oct 2025", "date")
S("cok", 5, "up from $2.85 billion", value=2.85e9, unit=USD)
S("cok", 5, "or 66 cents per share", vt="66", value=0.66, unit=USD, mult=0.01)
NC("cok", 6, "可口可乐 2025年第三季度报告结果", "date")
NC("cok", 7, "date 2025-10-22", "date")
NC("cok", 7, "22/10/2025 11:05", "date")
NC("cok", 7, "《經濟通通訊社22日專訊》", "date")
NC("cok", 7, "維持2025財年", "date")
NC("cok", 8, "2025年第三季度财务业绩", "date")
NC("cok", 8, "[1] - 第三季度有机", "citation")
NC("cok", 8, "[1] - 第三季度净利润", "citation")
NC("cok", 8, "[1] - 第三季度每股收益", "citation")
NC("cok", 8, "[1] - 营收增长主要", "citation")
NC("cok", 8, "[1] - 公司重申", "citation")
NC("cok", 8, "重申2025年业绩指引", "date")
S("cok", 8, "增长约为8%", value=8, unit=PC, q="approx")
NC("cok", 8, "[3] - 公司预计2025", "citation")
NC("cok", 8, "预计2025全年", "date")
NC("cok", 8, "[3] 全球及各品类", "citation")
NC("cok", 8, "[2] - 旗舰品牌", "citation")
S("cok", 8, "旗舰品牌可口可乐全球销量增长1%", value=1, unit=PC)
NC("cok", 8, "[2] - 无糖", "citation")
NC("cok", 8, "[2] - 瓶装水", "citation")
S("cok", 8, "咖啡和茶全球销量增长3%", value=3, unit=PC)
S("cok", 8, "其中瓶装水增长3%", value=3, unit=PC)
S("cok", 8, "运动饮料增长3%", value=3, unit=PC)
S("cok", 8, "咖啡增长2%", value=2, unit=PC)
S("cok", 8, "茶增长2%", value=2, unit=PC)
NC("cok", 8, "[2] - 其他口味", "citation")
S("cok", 8, "汽水销量下降1%", value=1, unit=PC)
NC("cok", 8, "[3] - 果汁", "citation")
S("cok", 8, "植物基饮料销量下降3%", value=3, unit=PC)
NC("cok", 8, "[3] 亚太及中国", "citation")
S("cok", 8, "营业利润同比增长13%", value=13, unit=PC)
NC("cok", 8, "[1] - 亚太市场单价", "citation")
S("cok", 8, "产品组合增长8%", value=8, unit=PC)
NC("cok", 8, "[1][4] - 亚太地区", "citation")
NC("cok", 8, "[4] - 公司重申对中国", "citation")
NC("cok", 8, "[1] 在华投资", "citation")
NC("cok", 8, "[1][4] - 中粮", "citation")
NC("cok", 8, "于9月投产", "date")
S("cok", 8, "规划7条饮料生产线", value=7, unit=CNT)
S("cok", 8, "与1条糖浆生产线", value=1, unit=CNT)
NC("cok", 8, "[5] - 太古", "citation")
NC("cok", 8, "于10月运营", "date")
S("cok", 8, "集成30多项", value=30, unit=CNT, q="over")
S("cok", 8, "突破100万吨", value=100e4, unit=TON, q="over")
NC("cok", 9, "北京时间2025年10月21日晚间", "date")
NC("cok", 9, "发布了2025年第三季度财报", "date")
NC("cok", 9, "(截止2025年9月)", "date")
NC("cok", 9, "1. 销量告别负增长", "list_number")
NC("cok", 9, "3Q25可口可乐", "date")
NC("cok", 10, "來源 Fx168", "name")
NC("cok", 10, "北京時間 2025 年 10 月 21 日晚間", "date")
NC("cok", 10, "發佈了 2025 年第三季度財報", "date")
NC("cok", 10, "(截止 2025 年 9 月)", "date")
NC("cok", 10, "1. 銷量告別負增長", "list_number")
NC("cok", 10, "3Q25 可口可樂", "date")
NC("cok", 11, "Q3营收", "date")
S("cok", 11, "股价盘前一度冲到3.7%", value=3.7, unit=PC)
NC("cok", 11, "今年2月以来", "date")
S("cok", 11, "非洲涨了4%", value=4, unit=PC)

# ============================================================ adidas
# ---- full year 2024
G("adi_fy24_rev", ADI, "adidas revenues 2024: 23.68 billion / 236.83億 against 23.7 billion three times and 24 billion",
  "adidas", "revenues", "FY2024", "23.7 and 24 billion round 23.68 / 236.83億; 23.68 rounds 236.83億: rounding.", [
    F("adi", 1, "total revenues of 23.7 billion euros", 23.7e9, EUR),
    F("adi", 2, "approximately €23.7 billion", 23.7e9, EUR, q="approx"),
    F("adi", 3, "to €23.7 billion", 23.7e9, EUR),
    F("adi", 4, "to 24 billion euros", 24e9, EUR),
    F("adi", 5, "reached 23.68 billion euros", 23.68e9, EUR),
    F("adi", 6, "全球營收236.83億歐元", 236.83e8, EUR),
  ])
G("adi_fy24_rev_growth", ADI, "Revenue growth 2024 in euro terms: 10.5 percent, 11% twice, fashionunited's 10.4 percent and sportstextiles' unlabelled 12%",
  "adidas", "revenue growth (euro terms)", "FY2024",
  "11 rounds 10.5: rounding; 10.4 against 10.5 and 11: conflict; the unlabelled 12% (the currency-neutral rate, not so called) against all: conflict.", [
    F("adi", 1, "a 10.4 percent increase", 10.4, PC),
    F("adi", 2, "sales climb 11%", 11, PC),
    F("adi", 3, "a 12% sales jump", 12, PC),
    F("adi", 4, "revenues increased 11 percent", 11, PC),
    F("adi", 5, "increase of 10.5 percent", 10.5, PC),
  ])
G("adi_fy24_rev_cn_growth", ADI, "Currency-neutral revenue growth 2024: 12% four times", "adidas",
  "revenue growth (currency-neutral)", "FY2024", OK, [
    F("adi", 1, "revenues grew by 12 percent", 12, PC),
    F("adi", 4, "revenues were up 12 percent", 12, PC),
    F("adi", 6, "全球營收增長12%", 12, PC),
    F("adi", 6, "較上年同期增長12%", 12, PC),
  ])
G("adi_fy24_europe_growth", ADI, "Europe sales growth 2024: 'nearly 20 percent' (headline) and 19.8 percent", "adidas Europe",
  "sales growth (euro terms)", "FY2024", "'Nearly 20' holds 19.8: consistent.", [
    F("adi", 1, "grow by nearly 20 percent", 20, PC, q="under"),
    F("adi", 1, "increase by 19.8 percent", 19.8, PC),
  ])
G("adi_fy24_gc_rev", ADI, "Greater China revenues 2024: 3.46 billion euros twice against 34.59億", "adidas Greater China",
  "revenues", "FY2024", "3.46 billion rounds 34.59億: rounding.", [
    F("adi", 1, "to 3.46 billion euros", 3.46e9, EUR),
    F("adi", 5, "to 3.46 billion euros", 3.46e9, EUR),
    F("adi", 6, "全年實現營收34.59億歐元", 34.59e8, EUR),
  ])
G("adi_fy24_gc_cn_growth", ADI, "Greater China currency-neutral growth 2024: 10.3% three times", "adidas Greater China",
  "revenue growth (currency-neutral)", "FY2024", OK, [
    F("adi", 1, "(currency-adjusted +10.3 percent)", 10.3, PC),
    F("adi", 5, "a 10.3 percent net sales rise", 10.3, PC),
    F("adi", 6, "同比增長10.3%", 10.3, PC),
  ])
G("adi_fy24_gm", ADI, "Gross margin 2024: 50.8% three times", "adidas", "gross margin", "FY2024", OK, [
    F("adi", 1, "from 47.5 to 50.8 percent", 50.8, PC),
    F("adi", 4, "to 50.8 percent", 50.8, PC),
    F("adi", 6, "至50.8%", 50.8, PC),
  ])
G("adi_fy24_gm_pp", ADI, "Gross margin improvement 2024: 3.3 percentage points twice", "adidas", "gross margin change",
  "FY2024", OK, [
    F("adi", 4, "by 3.3 percentage points", 3.3, PP),
    F("adi", 6, "提升3.3個百分點", 3.3, PP),
  ])
G("adi_fy24_op", ADI, "Operating profit 2024: 1.337 billion / 13.37億 against 1.34 billion and 1.3 billion three times",
  "adidas", "operating profit", "FY2024", "1.34 and 1.3 billion round 1.337 billion / 13.37億; 1.3 rounds 1.34: rounding.", [
    F("adi", 1, "operating profit jumping to 1.34 billion euros", 1.34e9, EUR),
    F("adi", 2, "soaring to €1.3 billion", 1.3e9, EUR),
    F("adi", 2, "up from €1.337 billion", 1.337e9, EUR),
    F("adi", 3, "profit to €1.3 billion", 1.3e9, EUR),
    F("adi", 4, "to 1.3 billion euros", 1.3e9, EUR),
    F("adi", 6, "達到13.37億歐元", 13.37e8, EUR),
  ])
G("adi_fy24_op_increase", ADI, "Operating profit increase 2024: €1bn / €1 billion and 'over 1 billion' twice", "adidas",
  "operating profit increase", "FY2024", "'Over 1 billion' holds 1 billion: consistent.", [
    F("adi", 3, "soars by €1bn", 1e9, EUR),
    F("adi", 3, "a €1 billion rise in profit", 1e9, EUR),
    F("adi", 4, "by over 1 billion euros", 1e9, EUR, q="over"),
    F("adi", 6, "同比增長超10億歐元", 10e8, EUR, q="over"),
  ])
G("adi_fy23_op", ADI, "Operating profit 2023: 268 million euros twice = 2.68亿", "adidas", "operating profit", "FY2023", OK, [
    F("adi", 1, "compared to 268 million euros", 268e6, EUR),
    F("adi", 2, "just €268 million", 268e6, EUR),
    F("adi", 7, "营业利益为2.68亿欧元", 2.68e8, EUR),
  ])
G("adi_fy24_net", ADI, "Net income attributable to shareholders 2024: 764 million euros twice", "adidas", "net income",
  "FY2024", OK, [
    F("adi", 1, "shareholders of 764 million euros", 764e6, EUR),
    F("adi", 2, "net profit of €764 million", 764e6, EUR),
  ])
G("adi_fy23_net_loss", ADI, "Net loss 2023: 75 million euros twice", "adidas", "net loss", "FY2023", OK, [
    F("adi", 1, "loss of 75 million euros", 75e6, EUR),
    F("adi", 2, "a €75 million loss", 75e6, EUR),
  ])
S("adi", 1, "(currency-adjusted +18.9 percent)", value=18.9, unit=PC)
S("adi", 1, "to 7.55 billion euros", value=7.55e9, unit=EUR)
S("adi", 1, "growth of 21.0 percent", value=21.0, unit=PC)
S("adi", 1, "(currency-adjusted +27.6 percent)", value=27.6, unit=PC)
S("adi", 1, "to 2.77 billion euros", value=2.77e9, unit=EUR)
S("adi", 1, "grew by 16.2 percent", value=16.2, unit=PC)
S("adi", 1, "(currency-adjusted +19.4 percent)", value=19.4, unit=PC)
S("adi", 1, "to 3.31 billion euros", value=3.31e9, unit=EUR)
S("adi", 1, "increased by 8.4 percent", value=8.4, unit=PC)
S("adi", 1, "by 3.6 percent", value=3.6, unit=PC)
S("adi", 1, "(currency-adjusted +10.1 percent)", value=10.1, unit=PC)
S("adi", 1, "to 1.34 billion euros. The", value=1.34e9, unit=EUR)
S("adi", 1, "fell by 1.8 percent", value=1.8, unit=PC)
S("adi", 1, "(currency-adjusted -1.6 percent)", value=1.6, unit=PC)
S("adi", 1, "to 5.13 billion euros", value=5.13e9, unit=EUR)
S("adi", 1, "from 47.5 to", value=47.5, unit=PC)
NC("adi", 1, "euros in 2023", "date")
NC("adi", 2, "date 2025-03-05", "date")
NC("adi", 2, "comeback in 2024", "date")
NC("adi", 2, "million in 2023", "date")
S("adi", 2, "earnings per share of €4.24", value=4.24, unit=EUR)
S("adi", 2, "the €0.67 loss", value=0.67, unit=EUR)
NC("adi", 2, "recorded in 2023", "date")
S("adi", 2, "dropping over 5%", value=5, unit=PC, q="over")
S("adi", 2, "dividend of €2.00 per share", value=2.00, unit=EUR)
S("adi", 2, "payout of €0.70", value=0.70, unit=EUR)
S("adi", 2, "achieving 15% growth", value=15, unit=PC)
NC("adi", 2, "Looking ahead to 2025", "date")
S("adi", 2, "at least 10% growth", value=10, unit=PC, q="at_least")
NC("adi", 2, "billion in 2024. Notably", "date")
S("adi", 2, "contributed €650 million", value=650e6, unit=EUR)
S("adi", 2, "€200 million to operating profit", value=200e6, unit=EUR)
NC("adi", 2, "profit in 2024.", "date")
NC("adi", 3, "€1bn for 2024", "date")
NC("adi", 3, "jump for 2024", "date")
S("adi", 3, "an increase of 17%", value=17, unit=PC)
S("adi", 3, "Apparel revenues grew 6%", value=6, unit=PC)
NC("adi", 4, "date 2025-01-22", "date")
S("adi", 4, "increased by 19 percent", value=19, unit=PC)
S("adi", 4, "grew 24 percent", value=24, unit=PC)
S("adi", 4, "to 6 billion euros", value=6e9, unit=EUR)
S("adi", 4, "revenues increased 18 percent", value=18, unit=PC)
S("adi", 4, "increased 5.2 percentage points", value=5.2, unit=PP)
S("adi", 4, "to 49.8 percent", value=49.8, unit=PC)
S("adi", 4, "reached 57 million euros", value=57e6, unit=EUR)
NC("adi", 4, "billion euros in 2024", "date")
S("adi", 4, "revenues increased 13 percent", value=13, unit=PC)
NC("adi", 4, "percent in 2024", "date")
S("adi", 5, "(25.49 billion U.S. dollars)", value=25.49e9, unit=USD)
NC("adi", 5, "in 2024, reflecting", "date")
NC("adi", 6, "請回答2024", "date")
NC("adi", 6, "3月5日", "date")
NC("adi", 6, "公佈了2024年第四季度及全年財報", "date")
NC("adi", 6, "2024年全年,", "date")
NC("adi", 6, "2024年第四季度,阿迪達斯", "date")
S("adi", 6, "大中華區營收7.94億歐元", value=7.94e8, unit=EUR)
S("adi", 6, "同比增長16.1%", value=16.1, unit=PC)
NC("adi", 7, "预计,2024年", "date")
S("adi", 7, "约5亿欧元", value=5e8, unit=EUR, q="approx")
S("adi", 7, "(约5.40亿美元)", value=5.40e8, unit=USD, q="approx")
NC("adi", 7, "较2023年为倍增", "date")
S("adi", 7, "分析预期的12.3亿欧元", value=12.3e8, unit=EUR)
NC("adi", 7, "在2024年出售", "date")
S("adi", 7, "盘前大跌6%", value=6, unit=PC)
NC("adi", 7, "公布的2023年营业利益", "date")
S("adi", 7, "前一年的6.69亿欧元", value=6.69e8, unit=EUR)
S("adi", 7, "先前预测的1亿欧元亏损", value=1e8, unit=EUR)
NC("adi", 7, "在2023年初", "date")
S("adi", 7, "价值12亿欧元", value=12e8, unit=EUR)
NC("adi", 7, "在2023年的营收", "date")
S("adi", 7, "营收为214亿欧元", value=214e8, unit=EUR)
S("adi", 7, "营收为206亿欧元", value=206e8, unit=EUR)

# ---- second quarter 2025 (April-June) and the 2025 outlook
G("adi_q2_rev", ADI, "adidas revenues Q2 2025: 59.52亿 against 59.5亿 and jjckb's (adidas brand) 60亿", "adidas",
  "revenues", "Q2 2025", "59.5亿 and 60亿 round 59.52亿; 60 rounds 59.5: rounding.", [
    F("adi", 8, "营业额59.52亿欧元", 59.52e8, EUR),
    F("adi", 9, "实现营收59.5亿欧元", 59.5e8, EUR),
    F("adi", 10, "全球营收达60亿欧元", 60e8, EUR),
  ])
G("adi_q2_cn_growth", ADI, "Currency-neutral revenue growth Q2 2025: +8% twice on reportify.cn", "adidas",
  "revenue growth (currency-neutral)", "Q2 2025", OK, [
    F("adi", 9, "固定汇率下同比+8%", 8, PC),
    F("adi", 9, "全球营收同比+8%", 8, PC),
  ])
G("adi_q2_brand_cn_growth", ADI, "adidas brand currency-neutral growth excluding Yeezy Q2 2025: 12% twice", "adidas brand",
  "revenue growth (currency-neutral, excluding Yeezy)", "Q2 2025", OK, [
    F("adi", 9, "剔除Yeezy影响后同比+12%", 12, PC),
    F("adi", 10, "同比增长12%", 12, PC),
  ])
G("adi_q2_net", ADI, "Net income Q2 2025: 3.69亿 twice against 3.7亿", "adidas", "net income", "Q2 2025",
  "3.7亿 rounds 3.69亿: rounding.", [
    F("adi", 8, "94%至3.69亿欧元", 3.69e8, EUR),
    F("adi", 8, "盈利3.69亿欧元", 3.69e8, EUR),
    F("adi", 9, "归母净利润为3.7亿欧元", 3.7e8, EUR),
  ])
G("adi_q2_net_growth", ADI, "Net income growth Q2 2025: 94% twice (tianyuezx) against reportify.cn's 95%", "adidas",
  "net income growth", "Q2 2025", "Two whole percents that differ: conflict.", [
    F("adi", 8, "同比大增94%", 94, PC),
    F("adi", 8, "同比增长94%", 94, PC),
    F("adi", 9, "同比+95%", 95, PC),
  ])
G("adi_q2_op", ADI, "Operating profit Q2 2025: 5.46亿 twice", "adidas", "operating profit", "Q2 2025", OK, [
    F("adi", 8, "经营溢利5.46亿欧元", 5.46e8, EUR),
    F("adi", 10, "营业利润达5.46亿欧元", 5.46e8, EUR),
  ])
G("adi_q2_op_growth", ADI, "Operating profit growth Q2 2025: 57.7% against 58%", "adidas", "operating profit growth",
  "Q2 2025", "58 rounds 57.7: rounding.", [
    F("adi", 8, "同比增长57.7%", 57.7, PC),
    F("adi", 10, "同比增长58%", 58, PC),
  ])
G("adi_q2_gm", ADI, "Gross margin Q2 2025: 51.7% twice", "adidas", "gross margin", "Q2 2025", OK, [
    F("adi", 9, "+0.9pct至51.7%", 51.7, PC),
    F("adi", 10, "个百分点至51.7%", 51.7, PC),
  ])
G("adi_q2_gm_pp", ADI, "Gross margin improvement Q2 2025: 0.9 points twice", "adidas", "gross margin change", "Q2 2025", OK, [
    F("adi", 9, "毛利率同比+0.9pct", 0.9, PP),
    F("adi", 10, "0.9个百分点至51.7%", 0.9, PP),
  ])
G("adi_q2_gc_growth", ADI, "adidas brand Greater China growth Q2 2025: 11% three times", "adidas Greater China",
  "revenue growth (currency-neutral)", "Q2 2025", OK, [
    F("adi", 9, "+15%/+11%", 11, PC),
    F("adi", 10, "二季度营收同比增长11%", 11, PC),
    F("adi", 10, "7.98亿欧元,同比增长11%", 11, PC),
  ])
G("adi_h2_tariff", ADI, "Extra tariff-related costs expected in H2 2025: 2亿欧元 three times", "adidas",
  "tariff-related costs forecast", "H2 2025", OK, [
    F("adi", 8, "关税相关成本达2亿欧元", 2e8, EUR),
    F("adi", 8, "额外成本将达到2亿欧元", 2e8, EUR),
    F("adi", 9, "销售成本将增加2亿欧元", 2e8, EUR),
  ])
G("adi_fy25_op_guid", ADI, "Operating profit outlook 2025: between 1.7 and 1.8 billion euros (three pages)", "adidas",
  "operating profit forecast", "FY2025", OK, [
    F("adi", 2, "between €1.7 and €1.8 billion", [1.7e9, 1.8e9], EUR, vt="€1.7 and €1.8 billion", step=0.1e9),
    F("adi", 8, "在17亿至18亿欧元之间", [17e8, 18e8], EUR, vt="17亿至18亿", step=1e8),
    F("adi", 9, "营业利润17~18亿欧元", [17e8, 18e8], EUR, vt="17~18亿", step=1e8),
  ])
G("adi_q2_apparel", ADI, "Apparel revenue growth Q2 2025: +17% twice on reportify.cn", "adidas", "apparel revenue growth",
  "Q2 2025", OK, [
    F("adi", 9, "服装营收同比+17%", 17, PC),
    F("adi", 9, "服装同比+17%", 17, PC),
  ])
G("adi_q2_footwear", ADI, "Footwear revenue growth Q2 2025: +3% twice on reportify.cn", "adidas", "footwear revenue growth",
  "Q2 2025", OK, [
    F("adi", 9, "鞋类营收同比+3%", 3, PC),
    F("adi", 9, "鞋类同比+3%", 3, PC),
  ])
NC("adi", 8, "阿迪达斯Q2盈利", "date")
NC("adi", 8, "下半年关税", "date")
NC("adi", 8, "2025-07-30 22:22:38", "date")
NC("adi", 8, "格隆汇7月30日", "date")
NC("adi", 8, "截至今年6月底第二季度", "date")
S("adi", 8, "同比增长2.2%", value=2.2, unit=PC)
NC("adi", 9, "[6] 核心观点", "citation")
NC("adi", 9, "FY2025Q2实现", "date")
S("adi", 9, "低于预期62.1亿欧元", value=62.1e8, unit=EUR)
NC("adi", 9, "[2][4] - 归母", "citation")
S("adi", 9, "超出预期3.4亿欧元", value=3.4e8, unit=EUR)
NC("adi", 9, "[2][4] - 毛利率", "citation")
NC("adi", 9, "[2][4] - 公司维持", "citation")
NC("adi", 9, "预计FY2025全年营收", "date")
NC("adi", 9, "[10] - 预计", "citation")
NC("adi", 9, "FY2025全年实现", "date")
S("adi", 9, "市场预期20亿欧元", value=20e8, unit=EUR)
S("adi", 9, "同比+27.2%~34.6%", vt="27.2%~34.6%", value=[27.2, 34.6], unit=PC)
NC("adi", 9, "[10] 区域表现", "citation")
NC("adi", 9, "Adidas品牌FY2025Q2欧洲", "date")
S("adi", 9, "大中华区同比分别+7%", value=7, unit=PC)
S("adi", 9, "+7%/+15%", value=15, unit=PC)
NC("adi", 9, "[10] - 欧洲市场", "citation")
NC("adi", 9, "[10] - 大中华区营收", "citation")
S("adi", 9, "大中华区营收同比+2%", value=2, unit=PC)
S("adi", 9, "毛利率同比+1.9pct", value=1.9, unit=PP)
S("adi", 9, "+1.9pct至54.1%", value=54.1, unit=PC)
NC("adi", 9, "[12][14]", "citation")
NC("adi", 9, "FY2025Q2服装", "date")
NC("adi", 9, "[10] - DTC/批发", "citation")
S("adi", 9, "渠道分别同比+3%", value=3, unit=PC)
S("adi", 9, "+3%/+11%", value=11, unit=PC)
NC("adi", 9, "[10] - DTC占比", "citation")
S("adi", 9, "DTC占比为39%", value=39, unit=PC)
S("adi", 9, "电商销售额同比-3%", value=3, unit=PC)
NC("adi", 9, "[12] 库存与成本", "citation")
NC("adi", 9, "FY2025Q2库存", "date")
S("adi", 9, "库存为52.6亿欧元", value=52.6e8, unit=EUR)
S("adi", 9, "同比+16%", value=16, unit=PC)
NC("adi", 9, "[10] - 关税造成", "citation")
NC("adi", 9, "预计H2销售", "date")
NC("adi", 9, "[10] - 公司并未", "citation")
NC("adi", 9, "[10] 财务指标", "citation")
S("adi", 9, "装备同比+7%", value=7, unit=PC)
NC("adi", 9, "[12] - 营销", "citation")
S("adi", 9, "占比收入为12%", value=12, unit=PC)
NC("adi", 9, "[12] - 净利率", "citation")
S("adi", 9, "净利率为6.2%", value=6.2, unit=PC)
NC("adi", 9, "同比提升 [12]", "citation")
NC("adi", 10, "大中华区2025年二季度", "date")
NC("adi", 10, "2025-07-31 记者", "date")
NC("adi", 10, "7月30日,阿迪达斯", "date")
NC("adi", 10, "发布2025年第二季度及上半年财报", "date")
S("adi", 10, "全球实现营收121.05亿欧元", value=121.05e8, unit=EUR)
S("adi", 10, "同比增长14%", value=14, unit=PC)
S("adi", 10, "营业利润达12亿欧元", value=12e8, unit=EUR)
S("adi", 10, "同比增长70%", value=70, unit=PC)
S("adi", 10, "0.9个百分点至51.9%", value=0.9, unit=PP)
S("adi", 10, "个百分点至51.9%", value=51.9, unit=PC)
S("adi", 10, "实现营收7.98亿欧元", value=7.98e8, unit=EUR)
S("adi", 10, "贡献营收18.27亿欧元", value=18.27e8, unit=EUR)
S("adi", 10, "同比增长13%", value=13, unit=PC)

# ============================================================ Costco
# ---- fourth quarter of fiscal 2025 (16 weeks to August 31, 2025)
G("cow_q4_ns", COW, "Costco net sales Q4 FY2025: $84.4 billion twice", "Costco", "net sales", "Q4 FY2025", OK, [
    F("cow", 1, "to $84.4 billion", 84.4e9, USD),
    F("cow", 2, "to $84.4 billion", 84.4e9, USD),
  ])
G("cow_q4_ns_growth", COW, "Net sales growth Q4 FY2025: 8.0 percent against 8%", "Costco", "net sales growth", "Q4 FY2025",
  "Same value: consistent.", [
    F("cow", 1, "increased 8.0 percent", 8.0, PC),
    F("cow", 2, "increased 8%", 8, PC),
  ])
G("cow_q4_net", COW, "Net income Q4 FY2025: $2.610 billion = $2.61 billion", "Costco", "net income", "Q4 FY2025", OK, [
    F("cow", 1, "was $2.610 billion", 2.610e9, USD),
    F("cow", 2, "was $2.61 billion", 2.61e9, USD),
  ])
G("cow_q4_eps", COW, "Diluted EPS Q4 FY2025: $5.87 on four pages", "Costco", "diluted EPS", "Q4 FY2025", OK, [
    F("cow", 1, "$5.87 per diluted share", 5.87, USD),
    F("cow", 2, "$5.87 per diluted share", 5.87, USD),
    F("cow", 3, "$5.87 per share", 5.87, USD),
    F("cow", 4, "為 5.87 美元", 5.87, USD),
  ])
G("cow_q4_net_prior", COW, "Net income Q4 FY2024: $2.354 billion twice", "Costco", "net income", "Q4 FY2024", OK, [
    F("cow", 1, "compared to $2.354 billion", 2.354e9, USD),
    F("cow", 2, "compared to $2.354 billion", 2.354e9, USD),
  ])
G("cow_q4_eps_prior", COW, "Diluted EPS Q4 FY2024: $5.29 twice; Zacks' $5.15 excludes the tax benefit", "Costco",
  "diluted EPS", "Q4 FY2024", "5.15 is the figure excluding the 14-cent tax benefit: different_basis (conflict as alt).", [
    F("cow", 1, "$5.29 per diluted share", 5.29, USD),
    F("cow", 2, "$5.29 per diluted share", 5.29, USD),
    F("cow", 3, "from $5.15 per share", 5.15, USD, basis="ex"),
  ], OTHER({"ex"}))
G("cow_q4_prior_taxben", COW, "Prior-year non-recurring tax benefit per share: $0.14 = 14 cents", "Costco",
  "tax benefit per share", "Q4 FY2024", OK, [
    F("cow", 1, "$0.14 per diluted share", 0.14, USD),
    F("cow", 3, "benefit of 14 cents", 0.14, USD, vt="14", mult=0.01),
  ])
G("cow_q4_eps_est", COW, "Expected EPS Q4 FY2025: Zacks $5.81 against cmoney's $5.80", "Costco", "EPS consensus estimate",
  "Q4 FY2025", "Different providers' consensus: different_basis (conflict as alt).", [
    F("cow", 3, "Zacks Consensus Estimate of $5.81", 5.81, USD, basis="zacks"),
    F("cow", 4, "擊敗預期的 5.80 美元", 5.80, USD),
  ], OTHER({"zacks"}))
G("cow_q4_rev", COW, "Total revenue Q4 FY2025: $86,156 million against 861.6億", "Costco", "total revenue", "Q4 FY2025",
  "861.6億 rounds 86,156 million: rounding.", [
    F("cow", 3, "reached $86,156 million", 86156e6, USD),
    F("cow", 4, "季度營收 861.6 億美元", 861.6e8, USD),
  ])
G("cow_q4_rev_growth", COW, "Total revenue growth Q4 FY2025: 8.1% twice", "Costco", "total revenue growth", "Q4 FY2025", OK, [
    F("cow", 3, "an 8.1% increase", 8.1, PC),
    F("cow", 4, "年增 8.1%", 8.1, PC),
  ])
G("cow_q4_rev_est", COW, "Expected total revenue Q4 FY2025: Zacks $86,179 million against cmoney's 860.3億", "Costco",
  "revenue consensus estimate", "Q4 FY2025", "Different providers' consensus: different_basis (conflict as alt).", [
    F("cow", 3, "Estimate of $86,179 million", 86179e6, USD, basis="zacks"),
    F("cow", 4, "市場預期的 860.3 億美元", 860.3e8, USD),
  ], OTHER({"zacks"}))
G("cow_q4_comp", COW, "Comparable sales growth Q4 FY2025: 5.7% twice", "Costco", "comparable sales growth", "Q4 FY2025", OK, [
    F("cow", 3, "comparable sales rose 5.7%", 5.7, PC),
    F("cow", 4, "同店銷售成長 5.7%", 5.7, PC),
  ])
G("cow_q4_adj_comp", COW, "Adjusted comparable sales growth Q4 FY2025: 6.4% twice", "Costco",
  "comparable sales growth (excluding gasoline and FX)", "Q4 FY2025", OK, [
    F("cow", 2, "increased 6.4%", 6.4, PC),
    F("cow", 4, "影響後達 6.4%", 6.4, PC),
  ])
G("cow_q4_us_comp", COW, "US comparable sales growth Q4 FY2025: 5.1% twice", "Costco U.S.", "comparable sales growth",
  "Q4 FY2025", OK, [
    F("cow", 3, "United States grew 5.1%", 5.1, PC),
    F("cow", 4, "美國僅增 5.1%", 5.1, PC),
  ])
G("cow_q4_ca_comp", COW, "Canada comparable sales growth Q4 FY2025: 6.3% twice", "Costco Canada", "comparable sales growth",
  "Q4 FY2025", OK, [
    F("cow", 3, "increases of 6.3%", 6.3, PC),
    F("cow", 4, "加拿大 6.3%", 6.3, PC),
  ])
G("cow_q4_intl_comp", COW, "Other International comparable sales growth Q4 FY2025: 8.6% twice", "Costco Other International",
  "comparable sales growth", "Q4 FY2025", OK, [
    F("cow", 3, "6.3% and 8.6%", 8.6, PC),
    F("cow", 4, "強勁成長 8.6%", 8.6, PC),
  ])
G("cow_q4_ecom", COW, "Adjusted e-commerce growth Q4 FY2025: 13.5% against samfinancenote's 'about 13%' for the previous quarter",
  "Costco", "e-commerce sales growth", "Q4 FY2025", "'About 13%' holds 13.5 at its edge: consistent.", [
    F("cow", 2, "revenue grew 13.5%", 13.5, PC),
    F("cow", 9, "較上季約13%", 13, PC, q="approx"),
  ])
NC("cow", 1, "date 2025-09-25", "date")
NC("cow", 1, "Sept. 25, 2025", "date")
NC("cow", 1, "16-week fourth quarter", "duration")
NC("cow", 1, "52-week fiscal year", "duration")
NC("cow", 1, "ended August 31, 2025", "date")
S("cow", 1, "from $78.2 billion", value=78.2e9, unit=USD)
S("cow", 1, "increased 8.1 percent", value=8.1, unit=PC)
S("cow", 1, "to $269.9 billion", value=269.9e9, unit=USD)
S("cow", 1, "from $249.6 billion", value=249.6e9, unit=USD)
S("cow", 1, "benefit of $63 million", value=63e6, unit=USD)
S("cow", 1, "was $8.099 billion", value=8.099e9, unit=USD)
S("cow", 1, "$18.21 per diluted share", value=18.21, unit=USD)
S("cow", 1, "compared to $7.367 billion", value=7.367e9, unit=USD)
S("cow", 1, "$16.56 per diluted share", value=16.56, unit=USD)
NC("cow", 2, "fourth quarter fiscal 2025 results", "date")
S("cow", 2, "annual rate of 7.6%", value=7.6, unit=PC)
S("cow", 2, "U.S. increased 6%", value=6, unit=PC)
S("cow", 2, "8.3% in Canada", value=8.3, unit=PC)
S("cow", 2, "7.2% in its", value=7.2, unit=PC)
S("cow", 2, "memberships grew 6.3%", value=6.3, unit=PC)
S("cow", 2, "expanded 6.1%", value=6.1, unit=PC)
S("cow", 2, "renewal rate was 89.8%", value=89.8, unit=PC)
NC("cow", 2, "quarter of fiscal 2025,", "date")
S("cow", 2, "expanded 13 basis points", vt="13", value=0.13, unit=PP, mult=0.01)
S("cow", 2, "dropped 17 basis points", vt="17", value=0.17, unit=PP, mult=0.01)
S("cow", 2, "totaled $5.7 billion", value=5.7e9, unit=USD)
S("cow", 2, "were $15.3 billion", value=15.3e9, unit=USD)
S("cow", 2, "fell to $18.12 billion", value=18.12e9, unit=USD)
S("cow", 2, "from $18.65 billion", value=18.65e9, unit=USD)
NC("cow", 4, "FY25Q4 為 2025 年 6 至 8 月", "date")
NC("cow", 4, "FY26Q1 為 2025 年 9 至 11 月", "date")
NC("cow", 4, "美東時間 9 月 25 日", "date")
NC("cow", 4, "2025 會計年度第四季", "date")
S("cow", 4, "年增逾 11%", value=11, unit=PC, q="over")
S("cow", 4, "低於預期的 5.9%", value=5.9, unit=PC)
S("cow", 4, "會員費收入達 17.24 億美元", value=17.24e8, unit=USD)
S("cow", 4, "年增 14%", value=14, unit=PC)

# ---- first quarter of fiscal 2026 (12 weeks to November 23, 2025)
G("cow_q1_ns", COW, "Net sales Q1 FY2026: $65.98 billion three times", "Costco", "net sales", "Q1 FY2026", OK, [
    F("cow", 5, "to $65.98 billion", 65.98e9, USD),
    F("cow", 6, "to $65.98 billion", 65.98e9, USD),
    F("cow", 7, "to $65.98 billion", 65.98e9, USD),
  ])
G("cow_q1_ns_growth", COW, "Net sales growth Q1 FY2026: 8.2% three times", "Costco", "net sales growth", "Q1 FY2026", OK, [
    F("cow", 5, "increased 8.2 percent", 8.2, PC),
    F("cow", 6, "net sales rose 8.2%", 8.2, PC),
    F("cow", 7, "Net sales rose 8.2%", 8.2, PC),
  ])
G("cow_q1_ns_prior", COW, "Net sales Q1 FY2025: $60.99 billion twice", "Costco", "net sales", "Q1 FY2025", OK, [
    F("cow", 5, "from $60.99 billion", 60.99e9, USD),
    F("cow", 6, "from $60.99 billion", 60.99e9, USD),
  ])
G("cow_q1_net", COW, "Net income Q1 FY2026: $2,001 million against $2.0 billion and $2.00 billion", "Costco", "net income",
  "Q1 FY2026", "2.0 / 2.00 billion round 2,001 million: rounding; 2.0 = 2.00: consistent.", [
    F("cow", 5, "was $2,001 million", 2001e6, USD),
    F("cow", 6, "advanced to $2.0 billion", 2.0e9, USD),
    F("cow", 7, "to $2.00 billion", 2.00e9, USD),
  ])
G("cow_q1_eps", COW, "Diluted EPS Q1 FY2026: $4.50 on five pages", "Costco", "diluted EPS", "Q1 FY2026", OK, [
    F("cow", 5, "$4.50 per diluted share", 4.50, USD),
    F("cow", 6, "$4.50 per diluted share", 4.50, USD),
    F("cow", 7, "at $4.50", 4.50, USD),
    F("cow", 8, "每股盈餘4.50美元", 4.50, USD),
    F("cow", 9, "每股收益為4.50美元", 4.50, USD),
  ])
G("cow_q1_net_prior", COW, "Net income Q1 FY2025: $1,798 million against $1.8 billion", "Costco", "net income", "Q1 FY2025",
  "1.8 billion rounds 1,798 million: rounding.", [
    F("cow", 5, "compared to $1,798 million", 1798e6, USD),
    F("cow", 6, "with $1.8 billion", 1.8e9, USD),
  ])
G("cow_q1_eps_prior", COW, "Diluted EPS Q1 FY2025: $4.04 twice", "Costco", "diluted EPS", "Q1 FY2025", OK, [
    F("cow", 5, "$4.04 per diluted share", 4.04, USD),
    F("cow", 6, "$4.04 per share", 4.04, USD),
  ])
G("cow_q1_taxben", COW, "Tax benefit from stock-based compensation Q1 FY2026: $72 million twice", "Costco", "tax benefit",
  "Q1 FY2026", OK, [
    F("cow", 5, "tax benefit of $72 million", 72e6, USD),
    F("cow", 6, "a $72 million tax benefit", 72e6, USD),
  ])
G("cow_q1_taxben_prior", COW, "Tax benefit from stock-based compensation Q1 FY2025: $100 million twice", "Costco", "tax benefit",
  "Q1 FY2025", OK, [
    F("cow", 5, "was $100 million", 100e6, USD),
    F("cow", 6, "versus $100 million", 100e6, USD),
  ])
G("cow_q1_comp", COW, "Comparable sales growth Q1 FY2026: 6.4% four times", "Costco", "comparable sales growth", "Q1 FY2026", OK, [
    F("cow", 6, "Comparable sales climbed 6.4%", 6.4, PC),
    F("cow", 7, "Comparable store sales grew 6.4%", 6.4, PC),
    F("cow", 9, "全球同店銷售額成長6.4%", 6.4, PC),
    F("cow", 10, "整体同店销售同比增长6.4%", 6.4, PC),
  ])
G("cow_q1_us_comp", COW, "US comparable sales growth Q1 FY2026: 5.9% three times", "Costco U.S.", "comparable sales growth",
  "Q1 FY2026", OK, [
    F("cow", 6, "same-store sales rose 5.9%", 5.9, PC),
    F("cow", 7, "U.S. comps up 5.9%", 5.9, PC),
    F("cow", 9, "美國同店銷售額成長5.9%", 5.9, PC),
  ])
G("cow_q1_digital", COW, "Digitally-enabled / online sales growth Q1 FY2026: 20.5% three times", "Costco",
  "digitally-enabled sales growth", "Q1 FY2026", OK, [
    F("cow", 6, "Online sales surged 20.5%", 20.5, PC),
    F("cow", 7, "e-commerce sales surging 20.5%", 20.5, PC),
    F("cow", 9, "該指標成長了20.5%", 20.5, PC),
  ])
G("cow_q1_mf", COW, "Membership fees Q1 FY2026: $1.33 billion twice = 13.3億", "Costco", "membership fees", "Q1 FY2026", OK, [
    F("cow", 6, "13.7% to $1.33 billion", 1.33e9, USD),
    F("cow", 7, "14.0% to $1.33 billion", 1.33e9, USD),
    F("cow", 9, "至13.3億美元", 13.3e8, USD),
  ])
G("cow_q1_mf_growth", COW, "Membership fee growth Q1 FY2026: 14.0% and 14% against chaindrugreview's 13.7%", "Costco",
  "membership fee growth", "Q1 FY2026", "14 rounds 13.7: rounding; 13.7 against 14.0: conflict; 14 = 14.0: consistent.", [
    F("cow", 6, "which rose 13.7%", 13.7, PC),
    F("cow", 7, "membership fees increased 14.0%", 14.0, PC),
    F("cow", 9, "會員費收入成長14%", 14, PC),
  ])
G("cow_q1_rev", COW, "Total revenue Q1 FY2026: $67.31 billion = 673.1億 against samfinancenote's 673億", "Costco",
  "total revenue", "Q1 FY2026", "673億 rounds 67.31 billion / 673.1億: rounding.", [
    F("cow", 7, "revenue of $67.31 billion", 67.31e9, USD),
    F("cow", 8, "營收673.1億美元", 673.1e8, USD),
    F("cow", 9, "至673億美元", 673e8, USD),
  ])
G("cow_q1_rev_growth", COW, "Total revenue growth Q1 FY2026: samfinancenote's 8% twice against ttm's 6.4%", "Costco",
  "total revenue growth", "Q1 FY2026", "6.4 against 8: conflict.", [
    F("cow", 7, "up 6.4% year-over-year", 6.4, PC),
    F("cow", 9, "FY26 第一季營收年增8%", 8, PC),
    F("cow", 9, "營收年增8%至", 8, PC),
  ])
G("cow_q1_rev_est", COW, "Expected total revenue Q1 FY2026: $67.14 billion = 671.4億", "Costco", "revenue consensus estimate",
  "Q1 FY2026", OK, [
    F("cow", 7, "expectations of $67.14 billion", 67.14e9, USD),
    F("cow", 8, "預期的671.4億美元", 671.4e8, USD),
  ])
G("cow_q1_eps_est", COW, "Expected EPS Q1 FY2026: $4.27 twice (LSEG on forecastock)", "Costco", "EPS consensus estimate",
  "Q1 FY2026", OK, [
    F("cow", 7, "estimates of $4.27", 4.27, USD),
    F("cow", 8, "預估的4.27美元", 4.27, USD),
  ])
NC("cow", 5, "date 2025-12-11", "date")
NC("cow", 5, "Dec. 11, 2025", "date")
NC("cow", 5, "fiscal 2026 (twelve weeks)", "date")
NC("cow", 5, "ended November 23, 2025", "date")
S("cow", 5, "$0.16 per diluted share", value=0.16, unit=USD)
S("cow", 5, "$0.22 per diluted share", value=0.22, unit=USD)
NC("cow", 6, "quarter of fiscal 2026", "date")
NC("cow", 6, "ended November 23", "date")
S("cow", 6, "expectations of 5.8%", value=5.8, unit=PC)
S("cow", 6, "gained 6.5%", value=6.5, unit=PC)
S("cow", 6, "jumped 8.8%", value=8.8, unit=PC)
S("cow", 6, "comps were up 6.4%", value=6.4, unit=PC)
S("cow", 6, "Street’s $1.29 billion", value=1.29e9, unit=USD)
NC("cow", 7, "fiscal 2026 first-quarter", "date")
S("cow", 7, "climbed 11.3%", value=11.3, unit=PC)
S("cow", 8, "下跌約1.6%", value=1.6, unit=PC, q="approx")
S("cow", 8, "收在884.48美元", value=884.48, unit=USD)
S("cow", 8, "回跌逾3%", value=3, unit=PC, q="over")
NC("cow", 9, "Costco Q1 FY26", "date")
NC("cow", 9, "Costco 2026財年第一季", "date")
S("cow", 9, "(超出預期2億美元)", value=2e8, unit=USD)
S("cow", 9, "(超出預期0.22美元)", value=0.22, unit=USD)
S("cow", 9, "下降10個基點", vt="10", value=0.1, unit=PP, mult=0.01)
S("cow", 9, "至89.7%", value=89.7, unit=PC)
NC("cow", 10, "于12月11日发布", "date")
NC("cow", 10, "截至11月23日的2026财年第一季度", "date")
NC("cow", 10, "1、同店销售回暖", "list_number")
S("cow", 10, "提升0.7个百分点", value=0.7, unit=PP)
S("cow", 10, "从上季的3.7%", value=3.7, unit=PC)
S("cow", 10, "下滑至3.1%", value=3.1, unit=PC)
S("cow", 10, "同比上升3.2%", value=3.2, unit=PC)
S("cow", 10, "上季为1.9%", value=1.9, unit=PC)
S("cow", 10, "客单价增幅仍达3.2%", value=3.2, unit=PC)
S("cow", 10, "上季的2.6%", value=2.6, unit=PC)

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh74.toml", "corpus-fresh74")
