"""Hand annotation of corpus-fresh67, written as data; emits gold.d/fresh67.toml (then run
corpus/check_gold.py --dir corpus-fresh67 --build).

Three news / business-statistics domains (company results): Mixue Group's 2024 annual results / 蜜雪集团2024年业绩 /
蜜雪集團2024年業績 (`mxb-*`), Trip.com Group's fourth-quarter and full-year 2023 results / 携程2023年业绩 /
攜程2023年業績 (`trp-*`) and Luckin Coffee's second-quarter 2023 results / 瑞幸咖啡2023年第二季度财报 /
瑞幸咖啡2023年第二季度財報 (`lkn-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py) unless a rule below sets it. Values as written: 万/萬 = 1e4, 亿/億 = 1e8;
money in CNY / USD / HKD / SGD, shares and growth rates in percent, '倍' multiples in times, stores and franchisees
as counts, customers as persons.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, P, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, G, V, basis, ANY  # noqa: E402


def F(doc, n, quote, value, unit, **kw):
    """goldrules' F with the value rounded (44.5 * 1e9 and 445 * 1e8 must compare equal)."""
    return goldrules.F(doc, n, quote, round(value, 3), unit, **kw)


def S(doc, n, quote, value=None, **kw):
    goldrules.S(doc, n, quote, value=None if value is None else round(value, 3), **kw)

load(HERE)

goldrules.install()

MXB, TRP, LKN = "mixue-2024-results", "trip-com-2023-results", "luckin-q2-2023-results"
CNY, USD, HKD, SGD, TIMES = "CNY", "USD", "HKD", "SGD", "times"
Y = 1e8   # 亿 / 億
BN = 1e9
MN = 1e6
W = 1e4   # 万 / 萬


# ============================================================ Mixue Group 2024 results
ms = [
    F("mxb", 1, "全年实现营业收入248.3亿元", 248.3 * Y, CNY),
    F("mxb", 2, "营收达248.3亿元,同比增长22.3%,但", 248.3 * Y, CNY),
    F("mxb", 2, "蜜雪冰城2024年营收达248.3亿元", 248.3 * Y, CNY),
    F("mxb", 2, "真正支撑起248亿营收的", 248 * Y, CNY),
    F("mxb", 3, "全年營業收入達248.3億元", 248.3 * Y, CNY),
    F("mxb", 3, "而真正支撐起248億營收的", 248 * Y, CNY),
    F("mxb", 4, "2024财年收入达人民币248.29亿元", 248.29 * Y, CNY),
    F("mxb", 5, "營(yíng)業(yè)收入248.3億元", 248.3 * Y, CNY),
    F("mxb", 6, "全年實現營業收入248.3億元", 248.3 * Y, CNY),
    F("mxb", 6, "蜜雪集團2024年收入248.3億元", 248.3 * Y, CNY),
    F("mxb", 7, "总收入达到人民币248.29亿元", 248.29 * Y, CNY),
]
G("mxb_revenue_2024_cny", MXB, "Mixue Group's 2024 revenue in yuan: 248.3亿 seven times, 248.29亿 twice, '248亿营收' twice",
  "Mixue Group", "revenue", "2024 (year ended 31 December 2024)",
  "248.3 rounds 248.29 and 248 rounds both: rounding (inside one page, 248 against 248.3 is rounding with consistent as alt).", ms)
ms = [
    F("mxb", 9, "Revenue increased 22 per cent to US$3.4 billion", 3.4 * BN, USD),
    F("mxb", 10, "a 22% increase in revenue to US$3.4 billion", 3.4 * BN, USD),
]
G("mxb_revenue_2024_usd", MXB, "Mixue's 2024 revenue in dollars (AFP): US$3.4 billion twice", "Mixue Group", "revenue (US dollars)",
  "2024", "Consistent.", ms)
ms = [
    F("mxb", 1, "雪冰同比增长22.3%", 22.3, PC),
    F("mxb", 2, "同比增长22.3%,但", 22.3, PC),
    F("mxb", 2, "同比增长22.3%;毛利80.6亿元", 22.3, PC),
    F("mxb", 3, "248.3億元,同比增長22.3%", 22.3, PC),
    F("mxb", 4, "2024收入同比增长22.3%", 22.3, PC, nth=1),
    F("mxb", 4, "2024收入同比增长22.3%", 22.3, PC, nth=2),
    F("mxb", 4, "248.29亿元,同比增长22.3%", 22.3, PC),
    F("mxb", 5, "同比增長(zhǎng)22.3%", 22.3, PC),
    F("mxb", 6, "(人民幣,下同),同比增長22.3%", 22.3, PC),
    F("mxb", 6, "收入248.3億元,同比增長22.3%,主要", 22.3, PC),
    F("mxb", 7, "同比增加了22.3%", 22.3, PC),
    F("mxb", 9, "Revenue increased 22 per cent", 22, PC),
    F("mxb", 10, "a 22% increase in revenue", 22, PC),
]
G("mxb_revenue_growth_2024_pc", MXB, "Growth of Mixue's 2024 revenue: 22.3% eleven times against AFP's 22% twice", "Mixue Group",
  "revenue growth, year on year", "2024 against 2023", "22 rounds 22.3: rounding.", ms)
ms = [
    F("mxb", 1, "净利润达44.5亿元,净利绩市值", 44.5 * Y, CNY),
    F("mxb", 1, "度业净利润达44.5亿元", 44.5 * Y, CNY),
    F("mxb", 2, "净利润44.54亿元", 44.54 * Y, CNY),
    F("mxb", 3, "賺了44.54億元", 44.54 * Y, CNY),
    F("mxb", 3, "淨利潤44.54億元", 44.54 * Y, CNY),
    F("mxb", 4, "增长39.8%至44.54亿元", 44.54 * Y, CNY),
    F("mxb", 4, "2024财年净利润44.54亿元", 44.54 * Y, CNY),
    F("mxb", 5, "凈利44.5億元", 44.5 * Y, CNY),
    F("mxb", 5, "凈利潤(rùn)44.5億元", 44.5 * Y, CNY),
    F("mxb", 6, "淨利潤達44.5億元", 44.5 * Y, CNY),
    F("mxb", 7, "达到了44.37亿元", 44.37 * Y, CNY, basis="attr"),
]
G("mxb_net_profit_2024_cny", MXB, "Mixue's 2024 net profit (profit for the year): 44.54亿 five times against 44.5亿 five times; gouwuzhinan's 44.37亿 attributable to owners",
  "Mixue Group", "net profit (profit for the year)", "2024",
  "44.5 rounds 44.54: rounding. gouwuzhinan's 44.37亿 is the profit attributable to owners of the parent (母公司拥有人应占利润), "
  "a different measure: different_basis, auto's verdict (conflict) as alt (OTHER).", ms, OTHER({"attr"}))
ms = [
    F("mxb", 9, "Profit for the year jumped 40 per cent to US$613 million", 613 * MN, USD),
    F("mxb", 10, "Profit for the year jumped 40% to US$613 million", 613 * MN, USD),
]
G("mxb_net_profit_2024_usd", MXB, "Mixue's 2024 profit in dollars (AFP): US$613 million twice", "Mixue Group",
  "profit for the year (US dollars)", "2024", "Consistent.", ms)
ms = [
    F("mxb", 1, "净利绩同比大幅增长39.8%", 39.8, PC),
    F("mxb", 2, "同比增速高达39.8%", 39.8, PC),
    F("mxb", 3, "同比增速高達39.8%", 39.8, PC),
    F("mxb", 4, "净利润同比大幅增长39.8%至", 39.8, PC),
    F("mxb", 4, "净利润同比大幅增长39.8%。", 39.8, PC),
    F("mxb", 4, "44.54亿元,同比增长39.8%", 39.8, PC),
    F("mxb", 5, "44.5億元,同比增長(zhǎng)39.8%", 39.8, PC),
    F("mxb", 6, "同比大幅增長39.8%", 39.8, PC),
    F("mxb", 9, "Profits Spike 40%", 40, PC),
    F("mxb", 9, "jumped 40 per cent to US$613", 40, PC),
    F("mxb", 10, "jumped 40% to US$613", 40, PC),
    F("mxb", 7, "同比涨幅高达41.41%", 41.41, PC, basis="attr"),
]
G("mxb_net_profit_growth_2024_pc", MXB, "Growth of Mixue's 2024 net profit: 39.8% eight times against AFP's 40% three times; gouwuzhinan's 41.41% (attributable profit)",
  "Mixue Group", "net profit growth, year on year", "2024 against 2023",
  "40 rounds 39.8: rounding. 41.41% is the growth of the attributable profit: different_basis, auto's verdict as alt (OTHER).",
  ms, OTHER({"attr"}))
ms = [
    F("mxb", 1, "毛利达到80.6亿元", 80.6 * Y, CNY),
    F("mxb", 2, "毛利80.6亿元", 80.6 * Y, CNY),
    F("mxb", 3, "毛利80.6億元", 80.6 * Y, CNY),
    F("mxb", 4, "毛利同比增长34.4%至80.60亿元", 80.6 * Y, CNY, nth=1),
    F("mxb", 4, "毛利同比增长34.4%至80.60亿元", 80.6 * Y, CNY, nth=2),
    F("mxb", 4, "- 毛利:同比增长34.4%至80.60亿元", 80.6 * Y, CNY),
    F("mxb", 5, "毛利達(dá)到80.6億元", 80.6 * Y, CNY),
    F("mxb", 6, "毛利達到80.6億元", 80.6 * Y, CNY),
]
G("mxb_gross_profit_2024_cny", MXB, "Mixue's 2024 gross profit: 80.6亿 five times and 80.60亿 three times", "Mixue Group", "gross profit",
  "2024", "80.6 = 80.60: consistent.", ms)
ms = [
    F("mxb", 1, "布年同比增长34.4%", 34.4, PC),
    F("mxb", 2, "增长34.4%", 34.4, PC),
    F("mxb", 3, "80.6億元,同比增長34.4%", 34.4, PC),
    F("mxb", 4, "公司盈利能力显著提升,毛利同比增长34.4%", 34.4, PC),
    F("mxb", 4, "公司盈利能力著提升,毛利同比增长34.4%", 34.4, PC),
    F("mxb", 4, "- 毛利:同比增长34.4%", 34.4, PC),
    F("mxb", 5, "80.6億元,同比增長(zhǎng)34.4%", 34.4, PC),
    F("mxb", 6, "80.6億元,同比增長34.4%", 34.4, PC),
]
G("mxb_gross_profit_growth_2024_pc", MXB, "Growth of Mixue's 2024 gross profit: 34.4% eight times", "Mixue Group",
  "gross profit growth, year on year", "2024 against 2023", "Consistent.", ms)
ms = [
    F("mxb", 1, "毛利率为32.5%", 32.5, PC),
    F("mxb", 4, "大幅提升至32.5%", 32.5, PC),
    F("mxb", 5, "毛利率為32.5%", 32.5, PC),
    F("mxb", 6, "毛利率為32.5%", 32.5, PC),
]
G("mxb_gross_margin_2024_pc", MXB, "Mixue's 2024 gross margin: 32.5% four times", "Mixue Group", "gross margin", "2024", "Consistent.", ms)
ms = [
    F("mxb", 1, "全球门店数量为46479家", 46479, CNT),
    F("mxb", 5, "全球門店總數(shù)達(dá)到46479家", 46479, CNT),
    F("mxb", 6, "全球門店總數達到46479家", 46479, CNT),
    F("mxb", 10, "a total of 46,479 stores", 46479, CNT),
]
G("mxb_stores_global_2024", MXB, "Mixue's stores worldwide at the end of 2024: 46,479 four times", "Mixue Group", "number of stores (worldwide)",
  "31 December 2024", "Consistent.", ms)
ms = [
    F("mxb", 1, "内地门店总数达到41584家", 41584, CNT),
    F("mxb", 9, "had 41,584 stores in China", 41584, CNT),
    F("mxb", 8, "在全国共有超过4.1万间店", 4.1 * W, CNT, q="over"),
]
G("mxb_stores_mainland_2024", MXB, "Mixue's stores in mainland China at the end of 2024: 41,584 twice and aastocks' 'over 4.1万'",
  "Mixue Group", "number of stores (mainland China)", "end of 2024", "'Over 41,000' holds 41,584: consistent.", ms)
ms = [
    F("mxb", 5, "相比2023年同期增加了8914家", 8914, CNT),
    F("mxb", 6, "相比2023年同期增加了8914家", 8914, CNT),
]
G("mxb_stores_net_add_2024", MXB, "Net increase of Mixue's worldwide stores in 2024: 8,914 twice", "Mixue Group",
  "net increase in stores (worldwide)", "2024", "Consistent (ldgysly's 8,350 is the mainland increase: a single).", ms)
ms = [
    F("mxb", 1, "海外门店数量达4895家", 4895, CNT),
    F("mxb", 5, "門店數(shù)量達(dá)到4895家", 4895, CNT),
    F("mxb", 6, "門店數量達到4895家", 4895, CNT),
    F("mxb", 8, "在海外亦有4,895间分店", 4895, CNT),
    F("mxb", 9, "another 4,895 spread across", 4895, CNT),
]
G("mxb_stores_overseas_2024", MXB, "Mixue's stores outside mainland China at the end of 2024: 4,895 five times", "Mixue Group",
  "number of stores outside mainland China", "end of 2024", "Consistent.", ms)
ms = [
    F("mxb", 1, "较2023年同期增加了564家", 564, CNT),
    F("mxb", 5, "較2023年同期增加564家", 564, CNT),
    F("mxb", 6, "較2023年同期增加564家", 564, CNT),
]
G("mxb_stores_overseas_add_2024", MXB, "Increase of Mixue's overseas stores in 2024: 564 three times", "Mixue Group",
  "increase in stores outside mainland China", "2024", "Consistent.", ms)
ms = [
    F("mxb", 1, "门店数量达到23858家", 23858, CNT),
    F("mxb", 5, "門店數(shù)量達(dá)到23858家", 23858, CNT),
    F("mxb", 6, "門店數量達到23858家", 23858, CNT),
]
G("mxb_stores_tier3_2024", MXB, "Mixue's stores in third-tier and lower cities at the end of 2024: 23,858 three times", "Mixue Group",
  "number of stores in third-tier and lower cities", "31 December 2024", "Consistent.", ms)
ms = [
    F("mxb", 1, "占比达到57.4%", 57.4, PC),
    F("mxb", 5, "占比為57.4%", 57.4, PC),
    F("mxb", 6, "占比達到57.4%", 57.4, PC),
]
G("mxb_stores_tier3_share_2024", MXB, "Share of Mixue's stores in third-tier and lower cities: 57.4% three times", "Mixue Group",
  "share of stores in third-tier and lower cities", "31 December 2024", "Consistent.", ms)
ms = [
    F("mxb", 1, "同比提升0.6个百分点", 0.6, PP),
    F("mxb", 5, "同比提升0.6個(gè)百分點(diǎn)", 0.6, PP),
    F("mxb", 6, "同比提升0.6個百分點", 0.6, PP),
]
G("mxb_stores_tier3_share_change_pp", MXB, "Change of that share: up 0.6 points three times", "Mixue Group",
  "change in the share of stores in third-tier and lower cities", "2024 against 2023", "Consistent.", ms)
ms = [
    F("mxb", 2, "增加至2024年的20976名", 20976, CNT),
    F("mxb", 3, "增加至2024年的20976名", 20976, CNT),
    F("mxb", 4, "总数达20976名", 20976, CNT),
    F("mxb", 6, "加盟商達到20976名", 20976, CNT),
    F("mxb", 7, "这一数字增长至20976名", 20976, CNT),
]
G("mxb_franchisees_2024", MXB, "Mixue's franchisees at the end of 2024: 20,976 five times", "Mixue Group", "number of franchisees",
  "31 December 2024", "Consistent.", ms)
ms = [
    F("mxb", 2, "由2023年的16784名", 16784, CNT),
    F("mxb", 3, "由2023年的16784名", 16784, CNT),
    F("mxb", 7, "公司的加盟商数量为16784名", 16784, CNT),
]
G("mxb_franchisees_2023", MXB, "Mixue's franchisees at the end of 2023: 16,784 three times", "Mixue Group", "number of franchisees",
  "31 December 2023", "Consistent.", ms)
ms = [
    F("mxb", 4, "新增加盟商达4192名", 4192, CNT),
    F("mxb", 6, "年內淨增4192名", 4192, CNT),
]
G("mxb_franchisees_add_2024", MXB, "Net new franchisees in 2024: 4,192 twice", "Mixue Group", "net increase in franchisees", "2024",
  "Consistent.", ms)
ms = [
    F("mxb", 2, "加盟及相关服务收入仅6.2亿元", 6.2 * Y, CNY),
    F("mxb", 3, "加盟及相關服務收入僅6.2億元", 6.2 * Y, CNY),
    F("mxb", 5, "服務(wù)的收入為6.2億元", 6.2 * Y, CNY),
    F("mxb", 6, "加盟和相關服務的收入為6.2億元", 6.2 * Y, CNY),
    F("mxb", 7, "达到了2024年的6.2亿元", 6.2 * Y, CNY),
]
G("mxb_franchise_revenue_2024", MXB, "Mixue's 2024 revenue from franchise and related services: 6.2亿 five times", "Mixue Group",
  "revenue from franchise and related services", "2024", "Consistent.", ms)
ms = [
    F("mxb", 2, "加盟费仅占2.5%", 2.5, PC),
    F("mxb", 2, "占比2.5%", 2.5, PC),
    F("mxb", 3, "加盟費僅佔2.5%", 2.5, PC),
    F("mxb", 3, "佔比總收入2.5%", 2.5, PC),
    F("mxb", 5, "占總收入比例為2.5%", 2.5, PC),
    F("mxb", 6, "占總收入比例僅為2.5%", 2.5, PC),
]
G("mxb_franchise_share_2024", MXB, "Share of franchise and related services in Mixue's 2024 revenue: 2.5% six times", "Mixue Group",
  "share of revenue from franchise and related services", "2024", "Consistent.", ms)
ms = [
    F("mxb", 5, "同比增長(zhǎng)52.8%", 52.8, PC),
    F("mxb", 6, "6.2億元,同比增長52.8%", 52.8, PC),
    F("mxb", 7, "大幅增加52.8%", 52.8, PC),
]
G("mxb_franchise_revenue_growth_2024", MXB, "Growth of that revenue: 52.8% three times", "Mixue Group",
  "growth of revenue from franchise and related services", "2024 against 2023", "Consistent.", ms)
ms = [
    F("mxb", 2, "销售设备及物料的242.1亿元", 242.1 * Y, CNY),
    F("mxb", 3, "銷售設備及物料的242.1億元", 242.1 * Y, CNY),
    F("mxb", 5, "銷售的收入為242.1億元", 242.1 * Y, CNY),
    F("mxb", 6, "銷售的收入為242.1億元", 242.1 * Y, CNY),
    F("mxb", 7, "增长至2024年的242.09亿元", 242.09 * Y, CNY),
]
G("mxb_goods_revenue_2024", MXB, "Mixue's 2024 revenue from sales of goods and equipment: 242.1亿 four times against 242.09亿",
  "Mixue Group", "revenue from sales of goods and equipment", "2024", "242.1 rounds 242.09: rounding.", ms)
ms = [
    F("mxb", 5, "242.1億元,同比增長(zhǎng)21.7%", 21.7, PC),
    F("mxb", 6, "242.1億元,同比增長21.7%", 21.7, PC),
    F("mxb", 7, "增幅为21.7%", 21.7, PC),
]
G("mxb_goods_revenue_growth_2024", MXB, "Growth of that revenue: 21.7% three times", "Mixue Group",
  "growth of revenue from sales of goods and equipment", "2024 against 2023", "Consistent.", ms)
ms = [
    F("mxb", 2, "占比97.5%", 97.5, PC),
    F("mxb", 3, "佔比高達97.5%", 97.5, PC),
]
G("mxb_goods_share_2024", MXB, "Share of goods and equipment in Mixue's 2024 revenue: 97.5% twice", "Mixue Group",
  "share of revenue from sales of goods and equipment", "2024", "Consistent.", ms)
ms = [
    F("mxb", 4, "至12.32元", 12.32, CNY),
    F("mxb", 7, "每股收益也达到了12.32元", 12.32, CNY),
]
G("mxb_eps_2024", MXB, "Mixue's 2024 basic earnings per share: 12.32 yuan twice", "Mixue Group", "basic earnings per share", "2024",
  "Consistent.", ms)
ms = [
    F("mxb", 2, "上涨4.96%至410.4港元", 410.4, HKD),
    F("mxb", 3, "報收410.4港元", 410.4, HKD),
]
G("mxb_share_price_0326", MXB, "Mixue's closing share price on 26 March 2025: HK$410.4 twice", "Mixue Group (2097.HK)",
  "closing share price", "26 March 2025", "Consistent.", ms)
ms = [
    F("mxb", 2, "上涨4.96%", 4.96, PC),
    F("mxb", 3, "上漲4.96%", 4.96, PC),
]
G("mxb_share_gain_0326", MXB, "Mixue's share-price gain on 26 March 2025: 4.96% twice", "Mixue Group (2097.HK)", "daily share-price change",
  "26 March 2025", "Consistent.", ms)
ms = [
    F("mxb", 2, "市值突破1500亿港元", 1500 * Y, HKD, q="over"),
    F("mxb", 3, "市值突破1500億港元", 1500 * Y, HKD, q="over"),
    F("mxb", 3, "達到1547.45億港元", 1547.45 * Y, HKD),
]
G("mxb_market_cap_0326", MXB, "Mixue's market value at the 26 March 2025 close: 'over HK$150 billion' twice and HK$154.745 billion",
  "Mixue Group (2097.HK)", "market capitalisation", "26 March 2025 close", "'Over 1500亿' holds 1547.45亿: consistent.", ms)
ms = [
    F("mxb", 1, "市值超1600亿港元", 1600 * Y, HKD, q="over"),
    F("mxb", 1, "市值为1625亿港元", 1625 * Y, HKD),
]
G("mxb_market_cap_0327", MXB, "Mixue's market value at the 27 March 2025 close (ldgysly): heading 'over HK$160 billion' and HK$162.5 billion",
  "Mixue Group (2097.HK)", "market capitalisation", "27 March 2025 close",
  "'Over 1600亿' holds 1625亿: consistent (26 March's 1547.45亿 is another day: its own group).", ms)
ms = [
    F("mxb", 9, "Mixue Stock Jumps 5%", 5, PC),
    F("mxb", 9, "The shares jumped 5%", 5, PC),
]
G("mxb_share_gain_0327", MXB, "Mixue's share-price gain on Thursday 27 March 2025 (itiger): 5% in the title and the text", "Mixue Group (2097.HK)",
  "daily share-price change", "27 March 2025", "Consistent (26 March's 4.96% is another day: its own group).", ms)
# mxb singles and non-claims
NC("mxb", 1, "3月26日,亿蜜", "date")
NC("mxb", 1, "发布2024年度业绩公告", "date")
NC("mxb", 1, "其在2023年营收", "date")
NC("mxb", 1, "2024年依旧维持", "date")
NC("mxb", 1, "2024年前9个月", "date")
S("mxb", 1, "营业收入186.6亿元", value=186.6 * Y, unit=CNY)
S("mxb", 1, "净利润34.91亿元", value=34.91 * Y, unit=CNY)
NC("mxb", 1, "超过了2023年全年", "date")
NC("mxb", 1, "截至3月27日收盘", "date")
S("mxb", 1, "股价为431港元", value=431, unit=HKD)
S("mxb", 1, "较发行价202.5港元", value=202.5, unit=HKD)
S("mxb", 1, "上涨112.8%", value=112.8, unit=PC)
NC("mxb", 1, "截至2024年12月31日,蜜雪集团内地", "date")
S("mxb", 1, "相比2023年同期增加了8350家", value=8350, unit=CNT)
S("mxb", 1, "增速维持在20%以上", value=20, unit=PC, q="over")
NC("mxb", 1, "。2024年,蜜雪集团全球", "date")
NC("mxb", 1, "截至2024年12月31日,蜜雪集团位于", "date")
NC("mxb", 1, "公告显示,2024年,蜜雪集团海外", "date")
NC("mxb", 2, "2024年全年财报,营收", "date")
NC("mxb", 2, "2024年全年财报。", "date")
NC("mxb", 2, "截至3月26日收盘", "date")
NC("mxb", 3, "3月27日訊", "dateline")
NC("mxb", 3, "2024全年的成績單", "date")
NC("mxb", 3, "截至3月26日收盤", "date")
S("mxb", 3, "累計上漲102.67%", value=102.67, unit=PC)
NC("mxb", 4, "3月26日,蜜雪冰城", "date")
NC("mxb", 4, "公布了3月3日港交所上市", "date")
S("mxb", 4, "(2023年为29.5%)", value=29.5, unit=PC)
S("mxb", 4, "从28.8%增至", value=28.8, unit=PC)
S("mxb", 4, "增至31.6%", value=31.6, unit=PC)
S("mxb", 4, "同比增长41.4%至12.32元", value=41.4, unit=PC)
NC("mxb", 4, "2024年,公司新增", "date")
S("mxb", 4, "新开10555家门店", value=10555, unit=CNT)
S("mxb", 4, "相对较低的3.5%左右", value=3.5, unit=PC, q="approx")
NC("mxb", 5, "2025-03-30 11:50:28", "date")
NC("mxb", 5, "(02097.HK)", "stock_code")
NC("mxb", 5, "公告顯示,2024年,", "date")
NC("mxb", 5, "截至2024年12月31日,蜜雪集團(tuán)全球", "date")
NC("mxb", 6, "3月26日,蜜雪集團", "date")
NC("mxb", 6, "“02097.HK”", "stock_code")
NC("mxb", 6, "公告顯示,2024年,蜜雪集團全年", "date")
NC("mxb", 6, "截至2024年12月31日,蜜雪集團全球", "date")
NC("mxb", 6, "截至2024年12月31日,蜜雪集團位於", "date")
NC("mxb", 6, "截至2024年12月31日,蜜雪集團加盟商", "date")
NC("mxb", 7, "蜜雪集团(02097)", "stock_code")
NC("mxb", 7, "在2024年交出了", "date")
NC("mxb", 7, "截至2024年12月31日止年度", "date")
S("mxb", 7, "从2023年的198.97亿元", value=198.97 * Y, unit=CNY)
S("mxb", 7, "从2023年的4.06亿元", value=4.06 * Y, unit=CNY)
NC("mxb", 7, "截至2023年12月31日,公司的加盟门店", "date")
S("mxb", 7, "加盟门店数量为37516家", value=37516, unit=CNT)
NC("mxb", 7, "而到了2024年12月31日", "date", nth=1)
NC("mxb", 7, "而到了2024年12月31日", "date", nth=2)
S("mxb", 7, "这一数字增长至46462家", value=46462, unit=CNT)
S("mxb", 7, "2023年关闭的加盟门店数量为1307家", value=1307, unit=CNT)
S("mxb", 7, "2024年为1609家", value=1609, unit=CNT)
NC("mxb", 7, "截至2023年12月31日,公司的加盟商", "date")
NC("mxb", 8, "蜜雪(02097.HK)", "stock_code")
S("mxb", 8, "+6.800", value=6.8, unit=HKD)
S("mxb", 8, "(+1.650%)", value=1.65, unit=PC)
NC("mxb", 8, "按2024年门店数量计", "date")
NC("mxb", 8, "蜜雪2025至2027年", "date")
S("mxb", 8, "将达到18%及19%", vt="18%", value=18, unit=PC)
S("mxb", 8, "18%及19%,看好", vt="19%", value=19, unit=PC)
S("mxb", 8, "目标价435.59元", value=435.59, unit=HKD)
NC("mxb", 9, "03-27", "date")
NC("mxb", 9, "on Wednesday (Mar 26) as it", "date")
S("mxb", 9, "raised US$444 million", value=444 * MN, unit=USD)
S("mxb", 9, "more than 40 per cent on its", value=40, unit=PC, q="over")
NC("mxb", 9, "its Mar 3 debut", "date")
S("mxb", 9, "priced around US$1", value=1, unit=USD, q="approx")
S("mxb", 9, "across 11 countries", value=11, unit=CNT)
NC("mxb", 9, "exchange filing on Wednesday (Mar 26)", "date")
NC("mxb", 10, "in 1997 as a shaved", "date")
S("mxb", 10, "stores in 12 countries", value=12, unit=CNT)

# ============================================================ Trip.com Group 2023 results
ms = [
    F("trp", 1, "net revenue was RMB44.5 billion", 44.5 * BN, CNY),
    F("trp", 2, "full-year net revenue for 2023 was RMB44.5 billion", 44.5 * BN, CNY),
    F("trp", 5, "net operating income was RMB44.5 billion", 44.5 * BN, CNY),
    F("trp", 6, "2023全年净营收445亿元", 445 * Y, CNY),
    F("trp", 6, "携程净营业收入为445亿元", 445 * Y, CNY),
    F("trp", 7, "实现营收445亿元", 445 * Y, CNY),
    F("trp", 8, "净营业收入约445.62亿元", 445.62 * Y, CNY, q="approx"),
    F("trp", 9, "期內總收入445﹒62億元", 445.62 * Y, CNY, vt="445﹒62億", step=0.01 * Y, basis="total"),
]
G("trp_revenue_fy2023_cny", TRP, "Trip.com's 2023 net revenue: RMB44.5 billion / 445亿 six times against zaobao's 约445.62亿 (net revenue as written); etnet's total revenues 445﹒62億",
  "Trip.com Group", "net revenue", "2023 (full year)",
  "44.5 billion = 445亿: consistent. 445.62亿 is Trip.com's total revenues (RMB44,562 million, before RMB52 million of sales "
  "tax and surcharges; net revenues RMB44,510 million, which the release rounds correctly to RMB44.5 billion). etnet labels "
  "it 總收入 (total revenues): a different measure, different_basis with auto's conflict as alt (OTHER). zaobao calls it "
  "净营业收入 (net revenue): as written it is no rounding of 445 / 44.5 (445.62 rounds to 446): conflict (auto). "
  "zaobao against etnet: the same figure, consistent.", ms, OTHER({"total"}))
ms = [
    F("trp", 1, "with a 122% increase in annual revenue", 122, PC),
    F("trp", 1, "representing a 122% increase from 2022", 122, PC),
    F("trp", 2, "a 122% increase from 2022", 122, PC),
    F("trp", 5, "up 122% year-on-year", 122, PC),
    F("trp", 6, "同比分别增长105%、122%", 122, PC),
    F("trp", 7, "445亿元,同比增长122%", 122, PC),
    F("trp", 8, "445.62亿元,同比增长122%", 122, PC),
]
G("trp_revenue_growth_fy2023", TRP, "Growth of Trip.com's 2023 net revenue: 122% seven times", "Trip.com Group", "net revenue growth",
  "2023 against 2022", "Consistent (etnet's '上升1﹒2倍' is in times: a single).", ms)
ms = [
    F("trp", 1, "(US$6.3 billion), representing", 6.3 * BN, USD),
    F("trp", 5, "RMB44.5 billion (US$6.3 billion)", 6.3 * BN, USD),
]
G("trp_revenue_fy2023_usd", TRP, "Trip.com's 2023 net revenue in dollars: US$6.3 billion twice", "Trip.com Group", "net revenue (US dollars)",
  "2023", "Consistent.", ms)
ms = [
    F("trp", 2, "reaching RMB10.3 billion", 10.3 * BN, CNY),
    F("trp", 5, "net operating income was RMB10.3 billion", 10.3 * BN, CNY),
    F("trp", 6, "四季度净营业收入103亿元", 103 * Y, CNY),
    F("trp", 8, "净营业收入约103.38亿元", 103.38 * Y, CNY, q="approx"),
    F("trp", 9, "季度總收入103﹒38億元", 103.38 * Y, CNY, vt="103﹒38億", step=0.01 * Y, basis="total"),
]
G("trp_revenue_q4_2023_cny", TRP, "Trip.com's fourth-quarter 2023 net revenue: RMB10.3 billion / 103亿 three times against 103.38亿 twice (once 约)",
  "Trip.com Group", "net revenue", "Q4 2023",
  "10.3 billion = 103亿; 103 rounds 103.38: rounding (against zaobao's 约103.38 (净营业收入 as written) too, by goldrules' "
  "hand rule). etnet's 103﹒38億 is labelled 季度總收入 (total revenues, before sales tax and surcharges, as its full-year "
  "445﹒62億): different_basis with auto's rounding as alt (OTHER); against zaobao's same figure consistent.",
  ms, OTHER({"total"}))
ms = [
    F("trp", 2, "surged by 105% year over year", 105, PC),
    F("trp", 4, "Net revenue grew by 105%", 105, PC),
    F("trp", 5, "up 105% year-on-year", 105, PC),
    F("trp", 6, "同比分别增长105%", 105, PC),
    F("trp", 8, "103.38亿元,同比增长105%", 105, PC),
    F("trp", 10, "第四季度的净收入增长了105%", 105, PC),
]
G("trp_revenue_growth_q4_2023", TRP, "Growth of Trip.com's Q4 2023 net revenue: 105% six times", "Trip.com Group", "net revenue growth, year on year",
  "Q4 2023 against Q4 2022", "Consistent.", ms)
ms = [
    F("trp", 2, "Net income for the same period was RMB1.3 billion", 1.3 * BN, CNY),
    F("trp", 4, "Net income was RMB1.3 billion", 1.3 * BN, CNY),
    F("trp", 10, "第四季度的净收入为人民币13亿元", 13 * Y, CNY),
    F("trp", 8, "净利润约12.97亿元", 12.97 * Y, CNY, q="approx", basis="attr"),
    F("trp", 3, "for the fourth quarter of 2023 was RMB1.3 billion", 1.3 * BN, CNY, basis="attr"),
    F("trp", 9, "歸屬集團淨利潤12﹒97億元", 12.97 * Y, CNY, vt="12﹒97億", step=0.01 * Y, basis="attr"),
]
G("trp_net_income_q4_2023_cny", TRP, "Trip.com's Q4 2023 net income: RMB1.3 billion / 13亿 three times; attributable: advfn's RMB1.3 billion, etnet's 12.97亿 and zaobao's 约12.97亿 ('净利润')",
  "Trip.com Group", "net income", "Q4 2023",
  "Net income RMB1.3 billion (US$189 million, about 13.4亿) against the profit attributable to shareholders (US$183 million, "
  "12.97亿): different_basis, auto's verdict (rounding) as alt (OTHER). zaobao's 约12.97亿 is called 净利润 but is the "
  "attributable figure (Chinese 净利润 for 归母净利润; its 'down about 36.95%' is etnet's attributable decline): keyed attr. "
  "Inside attr: 1.3 billion rounds 12.97亿 (rounding, hand rule against zaobao's 约), 12.97 = 12.97 consistent.", ms, OTHER({"attr"}))
ms = [
    F("trp", 4, "(USD189 million)", 189 * MN, USD),
    F("trp", 10, "(1.89亿美元)", 1.89 * Y, USD),
    F("trp", 3, "RMB1.3 billion (US$183", 183 * MN, USD, vt="US$183", step=1 * MN, basis="attr"),
]
G("trp_net_income_q4_2023_usd", TRP, "Trip.com's Q4 2023 net income in dollars: US$189 million twice; attributable US$183 million",
  "Trip.com Group", "net income (US dollars)", "Q4 2023",
  "189 = 1.89亿: consistent. advfn's US$183 million is the attributable figure: different_basis, conflict as alt (OTHER).",
  ms, OTHER({"attr"}))
ms = [
    F("trp", 3, "net income was RMB10.0 billion", 10.0 * BN, CNY),
    F("trp", 7, "实现净利润100亿元", 100 * Y, CNY),
    F("trp", 8, "去年净利润达99.18亿元", 99.18 * Y, CNY, basis="attr"),
    F("trp", 9, "淨利潤99﹒18億元", 99.18 * Y, CNY, vt="99﹒18億", step=0.01 * Y, basis="attr"),
    F("trp", 3, "shareholders was RMB9.9 billion", 9.9 * BN, CNY, basis="attr"),
]
G("trp_net_income_fy2023_cny", TRP, "Trip.com's 2023 net income: advfn's RMB10.0 billion and zysbs' 100亿; attributable: advfn's RMB9.9 billion and 99.18亿 twice (zaobao, etnet: '净利润')",
  "Trip.com Group", "net income", "2023 (full year)",
  "Net income RMB10,002 million (10.0 billion = 100亿: consistent; zysbs' 614% growth is 10.0 over 1.4 billion) against the "
  "profit attributable to shareholders RMB9,918 million (9.9 billion, 99.18亿; zaobao's and etnet's 6.07 / 6.1倍 growth is "
  "9,918 over 1,403): different_basis, auto's verdict as alt (OTHER). zaobao and etnet call 99.18亿 净利润 (the Chinese "
  "usage for 归母净利润): keyed attr. Inside attr: 9.9 billion rounds 99.18亿: rounding.",
  ms, OTHER({"attr"}))
ms = [
    F("trp", 8, "年增幅高达6.07倍", 6.07, TIMES),
    F("trp", 9, "升6﹒1倍", 6.1, TIMES, vt="6﹒1倍", step=0.1),
]
G("trp_net_income_growth_fy2023_times", TRP, "Growth of Trip.com's 2023 attributable net profit in times: 6.07倍 against 6﹒1倍", "Trip.com Group",
  "net profit attributable to shareholders, growth (times)", "2023 against 2022", "6.1 rounds 6.07: rounding (zysbs' 614% is in percent: a single).", ms)
ms = [
    F("trp", 2, "stood at RMB2.9 billion", 2.9 * BN, CNY),
    F("trp", 4, "Adjusted EBITDA for the fourth quarter was RMB2.9 billion", 2.9 * BN, CNY),
    F("trp", 10, "利润为人民币29亿元", 29 * Y, CNY),
    F("trp", 9, "經調整EBITDA約28﹒55億元", 28.55 * Y, CNY, vt="28﹒55億", step=0.01 * Y, q="approx"),
]
G("trp_adj_ebitda_q4_2023", TRP, "Trip.com's Q4 2023 adjusted EBITDA: RMB2.9 billion / 29亿 three times against etnet's 約28﹒55億",
  "Trip.com Group", "adjusted EBITDA", "Q4 2023", "2.9 billion rounds 28.55亿: rounding (hand rule against the 約 figure).", ms)
ms = [
    F("trp", 2, "with an improved margin of 28%", 28, PC),
    F("trp", 4, "The adjusted EBITDA margin was 28%", 28, PC),
    F("trp", 9, "28%,相比2022年", 28, PC),
    F("trp", 10, "利润率为28%", 28, PC),
]
G("trp_adj_ebitda_margin_q4_2023", TRP, "Trip.com's Q4 2023 adjusted EBITDA margin: 28% four times", "Trip.com Group",
  "adjusted EBITDA margin", "Q4 2023", "Consistent.", ms)
ms = [
    F("trp", 4, "improved from 6% for the same period", 6, PC),
    F("trp", 9, "同期為6%", 6, PC),
    F("trp", 10, "较2022年同期的6%", 6, PC),
]
G("trp_adj_ebitda_margin_q4_2022", TRP, "Trip.com's Q4 2022 adjusted EBITDA margin: 6% three times", "Trip.com Group",
  "adjusted EBITDA margin", "Q4 2022", "Consistent.", ms)
ms = [
    F("trp", 4, "(USD401 million)", 401 * MN, USD),
    F("trp", 10, "(4.01亿美元)", 4.01 * Y, USD),
]
G("trp_adj_ebitda_q4_2023_usd", TRP, "Trip.com's Q4 2023 adjusted EBITDA in dollars: US$401 million twice", "Trip.com Group",
  "adjusted EBITDA (US dollars)", "Q4 2023", "Consistent.", ms)
ms = [
    F("trp", 1, "Accommodation reservation revenue was RMB17.3 billion", 17.3 * BN, CNY),
    F("trp", 6, "住宿预订为173亿元", 173 * Y, CNY),
    F("trp", 7, "住宿预定营收173亿元", 173 * Y, CNY),
    F("trp", 8, "住宿预订营业收入为173亿元", 173 * Y, CNY),
]
G("trp_accommodation_fy2023", TRP, "Trip.com's 2023 accommodation reservation revenue: RMB17.3 billion / 173亿 four times", "Trip.com Group",
  "accommodation reservation revenue", "2023", "Consistent.", ms)
ms = [
    F("trp", 1, "Transportation ticketing revenue was RMB18.4 billion", 18.4 * BN, CNY),
    F("trp", 6, "交通票务184亿元", 184 * Y, CNY),
    F("trp", 7, "交通票务营收184亿元", 184 * Y, CNY),
    F("trp", 8, "交通票务营业收入为184亿元", 184 * Y, CNY),
]
G("trp_ticketing_fy2023", TRP, "Trip.com's 2023 transportation ticketing revenue: RMB18.4 billion / 184亿 four times", "Trip.com Group",
  "transportation ticketing revenue", "2023", "Consistent.", ms)
ms = [
    F("trp", 6, "旅游度假31亿元", 31 * Y, CNY),
    F("trp", 7, "旅游度假营收31亿元", 31 * Y, CNY),
    F("trp", 8, "旅游度假业务营业收入为31亿元", 31 * Y, CNY),
]
G("trp_packaged_tour_fy2023", TRP, "Trip.com's 2023 packaged-tour revenue: 31亿 three times", "Trip.com Group", "packaged-tour revenue", "2023",
  "Consistent.", ms)
ms = [
    F("trp", 6, "商旅管理业务23亿元", 23 * Y, CNY),
    F("trp", 7, "商旅管理业务营收23亿元", 23 * Y, CNY),
    F("trp", 8, "商旅管理业务营业收入为23亿元", 23 * Y, CNY),
]
G("trp_corporate_travel_fy2023", TRP, "Trip.com's 2023 corporate travel revenue: 23亿 three times", "Trip.com Group", "corporate travel revenue",
  "2023", "Consistent.", ms)
for gid, v, qs, what in [
    ("trp_accommodation_growth_fy2023", 133, [(1, "representing a 133% increase"), (6, "分别同比增长133%"), (7, "173亿元,同比增长133%"), (8, "分别同比增长133%")], "accommodation reservation revenue growth"),
    ("trp_ticketing_growth_fy2023", 123, [(1, "representing a 123% increase"), (6, "133%、123%"), (7, "184亿元,同比增长123%"), (8, "133%、123%")], "transportation ticketing revenue growth"),
    ("trp_packaged_tour_growth_fy2023", 294, [(6, "123%、294%"), (7, "31亿元,同比增长294%"), (8, "123%、294%")], "packaged-tour revenue growth"),
    ("trp_corporate_travel_growth_fy2023", 109, [(6, "294%、109%"), (7, "23亿元,同比增长109%"), (8, "294%、109%")], "corporate travel revenue growth"),
]:
    ms = [F("trp", n, qt, v, PC, vt=f"{v}%") for n, qt in qs]
    G(gid, TRP, f"Trip.com's 2023 {what}: {v}% on {len(ms)} pages", "Trip.com Group", what, "2023 against 2022", "Consistent.", ms)
ms = [
    F("trp", 2, "reaching RMB3.9 billion", 3.9 * BN, CNY),
    F("trp", 6, "住宿预订营收39亿元", 39 * Y, CNY),
]
G("trp_accommodation_q4_2023", TRP, "Q4 2023 accommodation revenue: RMB3.9 billion / 39亿", "Trip.com Group", "accommodation reservation revenue",
  "Q4 2023", "Consistent.", ms)
ms = [
    F("trp", 2, "totaling RMB4.1 billion", 4.1 * BN, CNY),
    F("trp", 6, "交通票务营收41亿元", 41 * Y, CNY),
]
G("trp_ticketing_q4_2023", TRP, "Q4 2023 ticketing revenue: RMB4.1 billion / 41亿", "Trip.com Group", "transportation ticketing revenue",
  "Q4 2023", "Consistent.", ms)
for gid, v, qs, what in [
    ("trp_accommodation_growth_q4_2023", 131, [(2, "grew by 131%"), (6, "39亿元,同比增长131%")], "accommodation reservation revenue growth"),
    ("trp_ticketing_growth_q4_2023", 86, [(2, "increased by 86%"), (6, "同比增长86%")], "transportation ticketing revenue growth"),
    ("trp_packaged_tour_growth_q4_2023", 329, [(2, "surged by 329%"), (6, "同比增长329%")], "packaged-tour revenue growth"),
    ("trp_corporate_travel_growth_q4_2023", 129, [(2, "saw a 129% increase"), (6, "同比增长129%")], "corporate travel revenue growth"),
]:
    ms = [F("trp", n, qt, v, PC, vt=f"{v}%") for n, qt in qs]
    G(gid, TRP, f"Trip.com's Q4 2023 {what}: {v}% twice", "Trip.com Group", what, "Q4 2023 against Q4 2022", "Consistent.", ms)
ms = [
    F("trp", 1, "grew by over 130% year over year", 130, PC, q="over"),
    F("trp", 2, "grew by over 130% year over year", 130, PC, q="over"),
    F("trp", 10, "同比增长130%以上", 130, PC, q="over"),
]
G("trp_domestic_hotel_growth_q4_2023", TRP, "Growth of domestic hotel reservations in Q4 2023: 'over 130%' three times", "Trip.com Group",
  "domestic hotel reservations growth", "Q4 2023", "Consistent.", ms)
ms = [
    F("trp", 1, "recovered to over 80% of the pre-COVID level", 80, PC, q="over"),
    F("trp", 2, "recovered to over 80% of pre-COVID levels", 80, PC, q="over"),
    F("trp", 6, "同期的80%以上", 80, PC, q="over"),
    F("trp", 10, "疫情前水平的80%以上", 80, PC, q="over"),
]
G("trp_outbound_recovery_q4_2023", TRP, "Outbound hotel and air reservations in Q4 2023 against 2019: 'over 80%' four times", "Trip.com Group",
  "outbound hotel and air reservations as share of the 2019 level", "Q4 2023", "Consistent.", ms)
ms = [
    F("trp", 1, "compared to a 60% industry recovery", 60, PC),
    F("trp", 10, "复苏幅度为60%", 60, PC),
]
G("trp_industry_recovery_q4_2023", TRP, "International air passenger volume recovery in Q4 2023: 60% twice", "international air passenger traffic (industry)",
  "recovery against the 2019 level", "Q4 2023", "Consistent.", ms)
ms = [
    F("trp", 1, "increased by over 70% year over year", 70, PC, q="over"),
    F("trp", 2, "total bookings increase by over 70%", 70, PC, q="over"),
    F("trp", 6, "总预订同比增长超70%", 70, PC, q="over"),
    F("trp", 10, "同比增长了70%以上", 70, PC, q="over"),
]
G("trp_ota_bookings_growth_q4_2023", TRP, "Growth of total bookings on the international OTA platform in Q4 2023: 'over 70%' four times",
  "Trip.com Group (international OTA platform)", "total bookings growth", "Q4 2023", "Consistent.", ms)
ms = [
    F("trp", 6, "约占净营收的27%", 27, PC, q="approx"),
    F("trp", 8, "约占据净营业收入的27%", 27, PC, q="approx"),
]
G("trp_rnd_share_fy2023", TRP, "Product development expenses as a share of 2023 net revenue: 约27% twice", "Trip.com Group",
  "product development expenses as share of net revenue", "2023", "Consistent.", ms)
ms = [
    F("trp", 8, "同比减少约36.95%", 36.95, PC, q="approx"),
    F("trp", 9, "按年跌約36﹒9%", 36.9, PC, vt="36﹒9%", step=0.1, q="approx"),
]
G("trp_attr_profit_decline_q4_2023", TRP, "Decline of Trip.com's Q4 2023 attributable net profit year on year: 约36.95% and 約36﹒9%",
  "Trip.com Group", "net profit attributable to shareholders, decline year on year", "Q4 2023 against Q4 2022",
  "Two 'about' figures whose ranges meet (36.9 rounds 36.95 down): consistent (auto).", ms)
# trp singles and non-claims
NC("trp", 1, "pre-COVID level in 2019", "date")
NC("trp", 1, "the success of 2023", "date")
NC("trp", 1, "For the full year of 2023", "date")
S("trp", 1, "RMB17.3 billion (US$2.4 billion)", vt="US$2.4 billion", value=2.4 * BN, unit=USD)
S("trp", 1, "39% of the total revenue in 2023", value=39, unit=PC)
S("trp", 1, "37% of the total revenue in 2022", value=37, unit=PC)
S("trp", 1, "RMB18.4 billion (US$2.6 billion)", vt="US$2.6 billion", value=2.6 * BN, unit=USD)
S("trp", 1, "41% of the total revenue", value=41, unit=PC)
NC("trp", 1, "both in 2023 and 2022", "date")
NC("trp", 3, "full year of 2023, net income was", "date")
S("trp", 3, "(US$1.4 billion), compared to", nth=1, value=1.4 * BN, unit=USD)
S("trp", 3, "RMB1.4 billion in 2022.", nth=1, value=1.4 * BN, unit=CNY)
S("trp", 3, "compared to RMB2.1 billion", value=2.1 * BN, unit=CNY)
S("trp", 3, "RMB4.6 billion for the previous quarter", value=4.6 * BN, unit=CNY)
S("trp", 3, "was RMB2.7 billion", value=2.7 * BN, unit=CNY)
S("trp", 3, "(US$376 million)", value=376 * MN, unit=USD)
S("trp", 3, "compared to RMB498 million", value=498 * MN, unit=CNY)
S("trp", 3, "RMB4.9 billion for the previous quarter", value=4.9 * BN, unit=CNY)
NC("trp", 3, "For the full year of 2023, net income", "date", nth=2)
S("trp", 3, "(US$1.4 billion), compared to", nth=2, value=1.4 * BN, unit=USD)
S("trp", 3, "RMB1.4 billion in 2022.", nth=2, value=1.4 * BN, unit=CNY)
S("trp", 3, "was RMB13.1 billion", value=13.1 * BN, unit=CNY)
S("trp", 3, "(US$1.8 billion)", value=1.8 * BN, unit=USD)
S("trp", 3, "RMB1.3 billion in 2022.", value=1.3 * BN, unit=CNY)
NC("trp", 4, "Q4 of 2023", "date")
NC("trp", 4, "compared to the same period in 2022", "date")
NC("trp", 4, "for the same period in 2022", "date")
NC("trp", 5, "Full Year 2023 Financial Results", "date")
S("trp", 5, "RMB10.3 billion (US$1.5 billion)", vt="US$1.5 billion", value=1.5 * BN, unit=USD)
S("trp", 5, "decreased 25% sequentially", value=25, unit=PC)
NC("trp", 6, "香港联交所:9961", "stock_code")
NC("trp", 6, "22日公布了2023年第四季度", "date")
S("trp", 6, "旅游度假业务营收7.04亿元", value=7.04 * Y, unit=CNY)
S("trp", 6, "商旅管理业务营收6.34亿元", value=6.34 * Y, unit=CNY)
S("trp", 6, "美洲的39个国家和地区", value=39, unit=CNT)
NC("trp", 6, "恢复至2019年同期", "date")
NC("trp", 6, "2023年,持续加码", "date")
S("trp", 6, "全年产品研发费用121亿元", value=121 * Y, unit=CNY)
S("trp", 6, "121亿元,同比增长45%", value=45, unit=PC)
NC("trp", 7, "2月22日,携程集团", "date")
S("trp", 7, "同比增长614%", value=614, unit=PC)
S("trp", 8, "18.5亿新元", value=18.5 * Y, unit=SGD)
NC("trp", 8, "(2月22日)", "date")
S("trp", 8, "比重高达41.6%", value=41.6, unit=PC)
NC("trp", 8, "而2022年此项", "date")
NC("trp", 9, "《經濟通通訊社22日專訊》", "dateline")
NC("trp", 9, "攜程集團(09961)", "stock_code")
NC("trp", 9, "截至2023年12月底止第四", "date")
S("trp", 9, "盈利1﹒99元", vt="1﹒99元", value=1.99, unit=CNY)
S("trp", 9, "跌約37﹒2%", vt="37﹒2%", value=37.2, unit=PC, q="approx")
S("trp", 9, "上升約1﹒1倍", vt="1﹒1倍", value=1.1, unit=TIMES, q="approx")
S("trp", 9, "毛利83﹒15億元", vt="83﹒15億", value=83.15 * Y, unit=CNY)
S("trp", 9, "1﹒2倍;經調整EBITDA約", vt="1﹒2倍", value=1.2, unit=TIMES, q="approx")  # '上升約' ends line 8
S("trp", 9, "升9倍", value=9, unit=TIMES)
NC("trp", 9, "相比2022年同期", "date")
NC("trp", 9, "截至2023年12月底止全年度", "date")
S("trp", 9, "上升1﹒2倍;毛利363", vt="1﹒2倍", value=1.2, unit=TIMES)
S("trp", 9, "毛利363﹒89億元", vt="363﹒89億", value=363.89 * Y, unit=CNY)
S("trp", 9, "增長1﹒3倍", vt="1﹒3倍", value=1.3, unit=TIMES)
S("trp", 9, "經調整EBITDA為139﹒75億", vt="139﹒75億", value=139.75 * Y, unit=CNY)
S("trp", 9, "元升5﹒5倍", vt="5﹒5倍", value=5.5, unit=TIMES)
S("trp", 9, "EBITDA利潤率31%", value=31, unit=PC)
S("trp", 9, "上年同期為11%", value=11, unit=PC)
S("trp", 9, "每股盈利15﹒19元", vt="15﹒19元", value=15.19, unit=CNY)
S("trp", 9, "增長6倍", value=6, unit=TIMES)
NC("trp", 10, "2023年第四季度和全年的主要亮点", "date")
NC("trp", 10, "2023年第四季度,国内", "date")
NC("trp", 10, "恢复到2019年同期", "date")
NC("trp", 10, "该公司在2023年第四季度", "date")
NC("trp", 10, "与2022年同期相比", "date")

# ============================================================ Luckin Coffee Q2 2023 results
ms = [
    F("lkn", 1, "人民幣62.014億元", 62.014 * Y, CNY),
    F("lkn", 2, "總凈收入為62.014億元", 62.014 * Y, CNY),
    F("lkn", 3, "amounting to RMB 6.2 billion", 6.2 * BN, CNY),
    F("lkn", 4, "a net income of 6,2 billion RMB", 6.2 * BN, CNY, vt="6,2 billion", step=0.1 * BN),
    F("lkn", 5, "was 6.2014 billion yuan", 6.2014 * BN, CNY),
    F("lkn", 6, "Q2总净收入达62亿元", 62 * Y, CNY),
    F("lkn", 6, "总净收入为62.014亿元", 62.014 * Y, CNY),
    F("lkn", 7, "總凈收入為62億元", 62 * Y, CNY),
    F("lkn", 8, "人民幣620140萬元", 620140 * W, CNY),
]
G("lkn_revenue_q2_2023_cny", LKN, "Luckin's Q2 2023 total net revenues: 62.014亿 / 6.2014 billion / 620140万 five times against 62亿 / 6.2 billion four times",
  "Luckin Coffee", "total net revenues", "Q2 2023",
  "62 / 6.2 billion round 62.014: rounding (inside xmnhj, its title's 62亿 against its 62.014亿 is rounding with consistent "
  "as alt). induqin's and gafei's 'net income' is the English of 总净收入 (total net revenues): kept in the group.", ms)
ms = [
    F("lkn", 1, "(8.552億美元)", 8.552 * Y, USD),
    F("lkn", 3, "($862 million)", 862 * MN, USD, basis="conv"),
    F("lkn", 4, "(862 million USD), an increase", 862 * MN, USD, basis="conv"),
]
G("lkn_revenue_q2_2023_usd", LKN, "Luckin's Q2 2023 revenue in dollars: the release's US$855.2 million (8.552億美元) against $862 million twice",
  "Luckin Coffee", "total net revenues (US dollars)", "Q2 2023",
  "The release converts RMB6,201.4 million at its 30 June rate (7.2513); $862 million is TechNode's own conversion at "
  "about 7.19 (induqin repeats it): a different exchange-rate basis, different_basis with auto's conflict as alt (OTHER); "
  "862 = 862 consistent.", ms, OTHER({"conv"}))
ms = [
    F("lkn", 1, "第二季度淨收入增長了88.0%", 88.0, PC),
    F("lkn", 1, "32.987億元增長了88.0%", 88.0, PC),
    F("lkn", 2, "同比增長88.0%", 88.0, PC),
    F("lkn", 3, "an impressive 88% year-on-year", 88, PC),
    F("lkn", 4, "an increase of 88% year-over-year", 88, PC),
    F("lkn", 5, "an increase of 88 percent", 88, PC),
    F("lkn", 6, "同比增长88.0%", 88.0, PC),
    F("lkn", 7, "同比增長88%", 88, PC),
]
G("lkn_revenue_growth_q2_2023", LKN, "Growth of Luckin's Q2 2023 revenue: 88.0% / 88% eight times", "Luckin Coffee",
  "total net revenues growth, year on year", "Q2 2023 against Q2 2022", "88 = 88.0: consistent.", ms)
ms = [
    F("lkn", 2, "營業(yè)利潤為11.728億元", 11.728 * Y, CNY),
    F("lkn", 4, "the operating profit was 1.17 billion yuan", 1.17 * BN, CNY),
    F("lkn", 5, "operating profit was 1.173 billion yuan", 1.173 * BN, CNY),
    F("lkn", 6, "营业利润为11.728亿元", 11.728 * Y, CNY),
    F("lkn", 7, "營業(yè)利潤為11.73億元", 11.73 * Y, CNY),
]
G("lkn_operating_profit_q2_2023", LKN, "Luckin's Q2 2023 GAAP operating profit: 11.728亿 twice against 1.173 billion / 11.73亿 and 1.17 billion",
  "Luckin Coffee", "operating profit (GAAP)", "Q2 2023", "11.73 and 11.7 round 11.728, 11.7 rounds 11.73: rounding.", ms)
ms = [
    F("lkn", 1, "利潤率創歷史新高 18.9%", 18.9, PC),
    F("lkn", 2, "營業(yè)利潤率為18.9%", 18.9, PC),
    F("lkn", 4, "operating profit margin reached 18.9%", 18.9, PC),
    F("lkn", 5, "operating profit margin was 18.9 percent", 18.9, PC),
    F("lkn", 6, "达到18.9%", 18.9, PC),
    F("lkn", 7, "營業(yè)利潤率為18.9%", 18.9, PC),
]
G("lkn_operating_margin_q2_2023", LKN, "Luckin's Q2 2023 GAAP operating margin: 18.9% six times", "Luckin Coffee", "operating margin (GAAP)",
  "Q2 2023", "Consistent.", ms)
ms = [
    F("lkn", 1, "淨新開門店超過 1,400 個", 1400, CNT, q="over"),
    F("lkn", 1, "淨新開門店數為1,485家", 1485, CNT),
    F("lkn", 2, "凈新開門店1485家", 1485, CNT),
    F("lkn", 5, "A total of 1485 new stores", 1485, CNT),
    F("lkn", 6, "净新开门店1485家", 1485, CNT),
    F("lkn", 7, "瑞幸同期新開門店1485家", 1485, CNT),
]
G("lkn_net_new_stores_q2_2023", LKN, "Luckin's net new stores in Q2 2023: 1,485 five times and 'over 1,400'", "Luckin Coffee",
  "net new store openings", "Q2 2023", "'Over 1,400' holds 1,485: consistent.", ms)
ms = [
    F("lkn", 1, "數量同比增長15.9%", 15.9, PC),
    F("lkn", 2, "環(huán)比增長15.9%", 15.9, PC),
    F("lkn", 5, "an increase of 15.9% from the previous month", 15.9, PC),
    F("lkn", 6, "环比增长15.9%", 15.9, PC),
]
G("lkn_store_growth_qoq_q2_2023", LKN, "Quarter-on-quarter growth of Luckin's store count in Q2 2023: 15.9% four times", "Luckin Coffee",
  "store count growth, quarter on quarter", "end of Q2 2023 against end of Q1 2023",
  "Consistent (the futunn translation says 同比 and gafei 'from the previous month'; same figure).", ms)
ms = [
    F("lkn", 1, "門店數量超過 10,000 家", 10000, CNT, q="over"),
    F("lkn", 1, "共有10,836家門店", 10836, CNT),
    F("lkn", 2, "門店總數(shù)達(dá)10836家", 10836, CNT),
    F("lkn", 4, "bringing the total to 10,836", 10836, CNT),
    F("lkn", 5, "had reached 10836", 10836, CNT),
    F("lkn", 6, "门店总数达10836家", 10836, CNT),
]
G("lkn_stores_q2_2023", LKN, "Luckin's stores at the end of Q2 2023: 10,836 five times and 'over 10,000'", "Luckin Coffee",
  "number of stores", "30 June 2023", "Consistent.", ms)
ms = [
    F("lkn", 1, "包括7,188家自營門店", 7188, CNT),
    F("lkn", 2, "其中自營門店7188家", 7188, CNT),
    F("lkn", 5, "including 7188 self-operated stores", 7188, CNT),
    F("lkn", 6, "其中自营门店7188家", 7188, CNT),
    F("lkn", 7, "其中自營門店7188家", 7188, CNT),
]
G("lkn_self_operated_stores_q2_2023", LKN, "Luckin's self-operated stores at the end of Q2 2023: 7,188 five times", "Luckin Coffee",
  "number of self-operated stores", "30 June 2023", "Consistent.", ms)
ms = [
    F("lkn", 1, "3,648家合作門店", 3648, CNT),
    F("lkn", 2, "聯(lián)營門店3648家", 3648, CNT),
    F("lkn", 6, "联营门店3648家", 3648, CNT),
    F("lkn", 7, "聯(lián)營門店3648家", 3648, CNT),
]
G("lkn_partnership_stores_q2_2023", LKN, "Luckin's partnership stores at the end of Q2 2023: 3,648 four times", "Luckin Coffee",
  "number of partnership stores", "30 June 2023", "Consistent.", ms)
ms = [
    F("lkn", 1, "月平均交易客户為4,310萬", 4310 * W, P),
    F("lkn", 6, "月均交易客户数第二季度为4307万", 4307 * W, P),
    F("lkn", 8, "較4310萬增長了", 4310 * W, P),
]
G("lkn_monthly_customers_q2_2023", LKN, "Luckin's average monthly transacting customers in Q2 2023: 4,310万 twice against 4307万",
  "Luckin Coffee", "average monthly transacting customers", "Q2 2023", "4310万 rounds 4307万: rounding.", ms)
ms = [
    F("lkn", 1, "增長了107.9%", 107.9, PC),
    F("lkn", 6, "同比增长107.9%", 107.9, PC),
]
G("lkn_monthly_customers_growth_q2_2023", LKN, "Growth of those customers: 107.9% twice", "Luckin Coffee",
  "average monthly transacting customers growth", "Q2 2023 against Q2 2022", "Consistent.", ms)
ms = [
    F("lkn", 1, "人民幣44.953億元", 44.953 * Y, CNY),
    F("lkn", 2, "自營門店收入第二季度為44.953億元", 44.953 * Y, CNY),
    F("lkn", 7, "自營門店收入44.95億元", 44.95 * Y, CNY),
    F("lkn", 8, "人民幣449530萬元", 449530 * W, CNY),
]
G("lkn_self_operated_revenue_q2_2023", LKN, "Revenue from Luckin's self-operated stores in Q2 2023: 44.953亿 three times against 44.95亿",
  "Luckin Coffee", "revenue from self-operated stores", "Q2 2023", "44.95 rounds 44.953: rounding.", ms)
ms = [
    F("lkn", 1, "人民幣24.27億元", 24.27 * Y, CNY),
    F("lkn", 2, "較2022年同期的24.27億元", 24.27 * Y, CNY),
]
G("lkn_self_operated_revenue_q2_2022", LKN, "Revenue from self-operated stores in Q2 2022: 24.27亿 twice", "Luckin Coffee",
  "revenue from self-operated stores", "Q2 2022", "Consistent.", ms)
ms = [
    F("lkn", 1, "增長了85.2%", 85.2, PC),
    F("lkn", 2, "人民幣增長85.2%", 85.2, PC),
]
G("lkn_self_operated_revenue_growth", LKN, "Growth of that revenue: 85.2% twice", "Luckin Coffee", "revenue from self-operated stores growth",
  "Q2 2023 against Q2 2022", "Consistent.", ms)
ms = [
    F("lkn", 2, "聯(lián)營門店收入第二季度為14.858億元", 14.858 * Y, CNY),
    F("lkn", 7, "聯(lián)營門店收入為14.86億元", 14.86 * Y, CNY),
]
G("lkn_partnership_revenue_q2_2023", LKN, "Revenue from partnership stores in Q2 2023: 14.858亿 against 14.86亿", "Luckin Coffee",
  "revenue from partnership stores", "Q2 2023", "14.86 rounds 14.858: rounding.", ms)
ms = [
    F("lkn", 1, "同店銷售增長為20.8%", 20.8, PC),
    F("lkn", 8, "而同期為20.8%", 20.8, PC),
]
G("lkn_same_store_sales_q2_2023", LKN, "Same-store sales growth of self-operated stores in Q2 2023: 20.8% twice", "Luckin Coffee",
  "same-store sales growth (self-operated stores)", "Q2 2023", "Consistent.", ms)
ms = [
    F("lkn", 4, "(822 million USD) on the Chinese market", 822 * MN, USD),
    F("lkn", 5, "from April to June was $822 million", 822 * MN, USD),
    F("lkn", 6, "大中华区收入 8.22 亿美元", 8.22 * Y, USD),
    F("lkn", 7, "星巴克中國營收8.22 億美元", 8.22 * Y, USD),
]
G("lkn_starbucks_china_revenue_usd", LKN, "Starbucks China's revenue in its fiscal Q3 2023 (April-June): US$822 million four times",
  "Starbucks China", "revenue (US dollars)", "fiscal Q3 2023 (quarter to 2 July 2023)", "Consistent.", ms)
ms = [
    F("lkn", 4, "a net income of 5.9 billion RMB", 5.9 * BN, CNY, basis="fx4"),
    F("lkn", 5, "or 5.96 billion yuan", 5.96 * BN, CNY, basis="fx5"),
    F("lkn", 6, "约合人民币58.9亿元", 58.9 * Y, CNY, q="approx", basis="fx6"),
    F("lkn", 7, "(約為59.6億元人民幣)", 59.6 * Y, CNY, q="approx", basis="fx7"),
]
G("lkn_starbucks_china_revenue_cny", LKN, "Starbucks China's April-June 2023 revenue in yuan: 5.96 billion / 約59.6亿 against 5.9 billion and 约58.9亿",
  "Starbucks China", "revenue (yuan equivalent)", "fiscal Q3 2023 (quarter to 2 July 2023)",
  "Starbucks reports in dollars (US$821.9 million); every yuan figure is the writer's own conversion of US$822 million at "
  "the writer's rate (58.9亿 at about 7.17, 59.6亿 at about 7.25): each page its own basis, so pairs with different "
  "values are different_basis with auto's verdict as alt (5.9 / 5.96, 5.9 / 約59.6, 约58.9 / 5.96, 约58.9 / 約59.6 "
  "conflict; 5.9 / 约58.9 rounding by goldrules' hand rule); 5.96 billion = 約59.6亿 consistent (ATTR).",
  ms, goldrules.ATTR({"fx4", "fx5", "fx6", "fx7"}))
ms = [
    F("lkn", 4, "a year-over-year increase of 51%", 51, PC),
    F("lkn", 5, "up 51 per cent from a year earlier", 51, PC),
    F("lkn", 7, "同比增長50.9%", 50.9, PC),
]
G("lkn_starbucks_china_growth", LKN, "Growth of Starbucks China's revenue that quarter: 51% twice against 50.9%", "Starbucks China",
  "revenue growth, year on year", "fiscal Q3 2023", "51 rounds 50.9: rounding.", ms)
ms = [
    F("lkn", 6, "新增门店237家", 237, CNT),
    F("lkn", 7, "凈新增門店237家", 237, CNT),
]
G("lkn_starbucks_china_new_stores", LKN, "Starbucks' net new stores in China that quarter: 237 twice", "Starbucks China", "net new stores",
  "fiscal Q3 2023", "Consistent.", ms)
ms = [
    F("lkn", 6, "总门店数达到6480家", 6480, CNT),
    F("lkn", 7, "門店總數(shù)近6500家", 6500, CNT, q="under"),
]
G("lkn_starbucks_china_stores", LKN, "Starbucks' stores in China at that quarter's end: 6,480 and '近6500'", "Starbucks China", "number of stores",
  "2 July 2023", "'Nearly 6,500' holds 6,480: consistent.", ms)
ms = [
    F("lkn", 3, "expansion to 10,000 offline stores", 10000, CNT),
    F("lkn", 4, "open 10,000 stores in June", 10000, CNT),
]
G("lkn_stores_milestone_june_2023", LKN, "Luckin's store milestone reached in June 2023: 10,000 stores twice", "Luckin Coffee",
  "number of stores (milestone reached)", "June 2023", "Consistent.", ms)
# lkn singles and non-claims
NC("lkn", 1, "公佈2023年第二季度", "date")
NC("lkn", 1, "2023年8月1日", "dateline")
NC("lkn", 1, "截至2023年6月30日的三個月", "date")
S("lkn", 1, "(8.552億美元),較2022年同期的人民幣32.987億元", vt="32.987億", value=32.987 * Y, unit=CNY)
NC("lkn", 1, "2023年第一季度末", "date")
S("lkn", 1, "2,070萬", value=2070 * W, unit=P)
NC("lkn", 1, "的收入2第二季度", "footnote_marker")
S("lkn", 1, "(6.199億美元)", value=6.199 * Y, unit=USD)
S("lkn", 1, "2022年同期為41.2%", value=41.2, unit=PC)
NC("lkn", 2, "8月1日,瑞幸", "date")
S("lkn", 2, "利潤第二季度為13.075億元", value=13.075 * Y, unit=CNY)
S("lkn", 2, "(1.803億美元)", value=1.803 * Y, unit=USD)
S("lkn", 2, "門店層面利潤率29.1%", value=29.1, unit=PC)
S("lkn", 2, "2022年同期為6.898億元", value=6.898 * Y, unit=CNY)
S("lkn", 2, "利潤率為28.4%", value=28.4, unit=PC)
S("lkn", 2, "(2.049億美元)", value=2.049 * Y, unit=USD)
S("lkn", 2, "同期的7.775億元", value=7.775 * Y, unit=CNY)
S("lkn", 2, "增長了91.1%", value=91.1, unit=PC)
NC("lkn", 3, "In 80 Betten um die Welt", "title")
S("lkn", 3, "by more than RMB 200 million", value=200 * MN, unit=CNY, q="over")
S("lkn", 3, "more than 3,000 stores", value=3000, unit=CNT, q="over")
NC("lkn", 4, "the first half of 2023", "date")
S("lkn", 4, "an average of 16 new stores", value=16, unit=CNT)
NC("lkn", 6, "8月1日,瑞幸", "date")
NC("lkn", 6, "2023年第三季度财报", "date")
S("lkn", 6, "相差3108家", value=3108, unit=CNT)
S("lkn", 6, "已扩大至4356家", value=4356, unit=CNT)
S("lkn", 6, "达到5000万", value=5000 * W, unit=P)
NC("lkn", 7, "2023年8月1日", "date")
NC("lkn", 7, "2023財年第三季度", "date")
NC("lkn", 7, "截至7月2日", "date")
S("lkn", 7, "已在70個城市", value=70, unit=CNT)
S("lkn", 7, "在256個城市", value=256, unit=CNT)
S("lkn", 8, "人民幣840260萬元", value=840260 * W, unit=CNY)
S("lkn", 8, "(合11.562億美元)", value=11.562 * Y, unit=USD)
S("lkn", 8, "增長了35.5%", value=35.5, unit=PC)

S("lkn", 8, "數為1,371家", value=1371, unit=CNT)
NC("lkn", 8, "2024年第一季度末", "date")
S("lkn", 8, "同比增長7.4%", value=7.4, unit=PC)
S("lkn", 8, "擁有19,961家門店", value=19961, unit=CNT)
S("lkn", 8, "包括13,056家自營門店", value=13056, unit=CNT)
S("lkn", 8, "6,905家合作門店", value=6905, unit=CNT)
S("lkn", 8, "交易客户數為6970萬", value=6970 * W, unit=P)
S("lkn", 8, "增長了61.8%", value=61.8, unit=PC)
NC("lkn", 8, "在 2023 年的同一個季度", "date")
S("lkn", 8, "人民幣627700萬元", value=627700 * W, unit=CNY)
S("lkn", 8, "(合8.637億美元)", value=8.637 * Y, unit=USD)
S("lkn", 8, "增長39.6%", value=39.6, unit=PC)
S("lkn", 8, "增長為負20.9%", vt="20.9%", value=-20.9, unit=PC)
NC("lkn", 8, "2023 年的。", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh67.toml", "corpus-fresh67")
