"""Hand annotation of corpus-fresh72, written as data; emits gold.d/fresh72.toml (then run
corpus/check_gold.py --dir corpus-fresh72 --build).

Three company-results domains (news / business statistics): ICBC's results / 工商银行业绩 / 工商銀行業績 (2022, 2023,
H1 2024 and 2024; `icb-*`), Tsingtao Brewery's results / 青岛啤酒业绩 (2023, Q1 2024, H1 2024, H1 2025; `tsg-*`) and
Ping An's results / 中国平安业绩 / 中國平安業績 (2023 and 2024; `pan-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 'thousand' = 1e3; declines
carry a minus sign (同比下降7.1% = -7.1); basis points as percentage points (19個基點 = 0.19); 分 = 0.01 CNY; the
full-width point of etnet's pages (0﹒8%) read as a decimal point, its precision given by hand.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, R, emit  # noqa: E402
from goldkit import CNT, PC, ERRS, load  # noqa: E402
import goldrules  # noqa: E402
from goldrules import NC, OTHER, F, G, S, V, basis  # noqa: E402

load(HERE)
goldrules.install()

ICB, TSG, PAN = "icbc-results", "tsingtao-brewery-results", "ping-an-results"
CNY, USD, HKD, PP, YRS = "CNY", "USD", "HKD", "percentage_points", "years"
T, KL, CPT, X = "tonnes", "kiloliter", "CNY_per_tonne", "times"


def f(d, n, quote, value, unit=PC, **kw):
    return F(d, n, quote, value, unit, **kw)


def s(d, n, quote, value, unit=PC, **kw):
    S(d, n, quote, value=value, unit=unit, **kw)


def nc(d, n, quote, kind="date", **kw):
    NC(d, n, quote, kind, **kw)


def g(gid, topic, desc, subj, metric, period, why, ms, *rules):
    G(gid, topic, desc, subj, metric, period, why, ms, *rules)


_NOLEFT = set("0123456789%亿億万萬")


def AUTO(d, n, pat, kind="reference"):
    """A non-claim for every match of pat on the page (citation marks such as [17], period labels), its quote the
    match widened by non-digit characters (to the right first) until it is unique on its line."""
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

# ============================================================ ICBC
# --- 2023 (IFRS net profit; profit attributable; revenue; ratios)
# audit (fresh72 second reader): icb_np_2023 and icb_attr_2023 merged. xfafinance / menafn label 365.12 billion
# 'attributable', but its value is the IFRS total net profit (qianzhan: 净利润 365,116,000,000.00 against 归母
# 363,993,000,000.00). Both readings are kept: as the total it rounds the total's figures (rounding, alt
# different_basis as labelled); against the attributable figure it is different_basis with conflict as alt (the label
# read as written). The total against the attributable figure: different_basis, conflict as alt (as icb_np_2024).
g("icb_np_2023", ICB, "ICBC's 2023 profit: net profit (IFRS) RMB365.1 billion twice, 3651.16亿 / 3651亿, 365,116,000,000.00; "
  "xfafinance / menafn's 365.12 billion labelled 'attributable'; qianzhan's 归母 363,993,000,000.00",
  "ICBC", "net profit (IFRS, incl. minority interests) / profit attributable to shareholders", "2023",
  "365.1 billion and 3651亿 round 3651.16亿 = 365,116,000,000.00: rounding (3651 against 3651.16 inside jrdjw: rounding "
  "or consistent). 365.12 billion ('attributable' as labelled) is the total's value: rounding against the totals with "
  "different_basis as alt, different_basis against 363,993 million with conflict as alt. Total against attributable: "
  "different_basis, conflict as alt.", [
      f("icb", 1, "Net profit rose to RMB365.1 billion, maintaining", 365.1e9, CNY, basis="total"),
      f("icb", 2, "Net profit rose to RMB365.1 billion, and", 365.1e9, CNY, basis="total"),
      f("icb", 3, "stood at 365.12 billion yuan", 365.12e9, CNY, basis="lab"),
      f("icb", 4, "reached 365.12 billion yuan", 365.12e9, CNY, basis="lab"),
      f("icb", 5, "净利润3651.16亿元", 3651.16e8, CNY, basis="total"),
      f("icb", 5, "净利润增至3651亿元", 3651e8, CNY, basis="total"),
      f("icb", 6, "五、净利润(元) 365,116,000,000.00", 365116e6, CNY, basis="total"),
      f("icb", 6, "归属于母公司股东的净利润(元) 363,993,000,000.00", 363993e6, CNY, basis="attr"),
  ], V(basis("total"), basis("attr"), (D, C)), V(basis("lab"), basis("attr"), (D, C)),
  V(basis("lab"), basis("total"), (R, D)))
g("icb_usd_2023", ICB, "ICBC's 2023 profit in dollars: about 51.43 billion twice", "ICBC", "net profit in USD", "2023", "Consistent.", [
    f("icb", 3, "about 51.43 billion U.S. dollars", 51.43e9, USD, q="approx"),
    f("icb", 4, "approximately 51.43 billion U.S. dollars", 51.43e9, USD, q="approx")])
g("icb_rev_2023", ICB, "ICBC's 2023 business revenue: 843.07 billion yuan twice", "ICBC", "operating income", "2023", "Consistent.", [
    f("icb", 3, "revenue reached 843.07 billion yuan", 843.07e9, CNY),
    f("icb", 4, "amounted to 843.07 billion yuan", 843.07e9, CNY)])
g("icb_npg_2023", ICB, "Growth of ICBC's 2023 net profit: 0.8% three times", "ICBC", "net profit, year-on-year growth", "2023", "Consistent.", [
    f("icb", 4, "reports 0.8 percent net profit rise", 0.8),
    f("icb", 4, "increase of 0.8 percent for the year", 0.8),
    f("icb", 5, "较上年增长0.8%", 0.8)])
g("icb_npl_2023", ICB, "ICBC's NPL ratio at end-2023: 1.36% seven times", "ICBC", "non-performing loan ratio", "end of 2023", "Consistent.", [
    f("icb", 1, "ratio stood at 1.36%, showing", 1.36),
    f("icb", 2, "2BP to 1.36%", 1.36),
    f("icb", 3, "stood at 1.36 percent", 1.36),
    f("icb", 4, "stood at 1.36 percent", 1.36),
    f("icb", 5, "不良贷款率1.36%,拨备", 1.36),
    f("icb", 5, "不良贷款率1.36%,资产", 1.36),
    f("icb", 14, "decreased to 1.36% in 2023", 1.36)])
g("icb_nplchg_2023", ICB, "Change of ICBC's NPL ratio in 2023: 'decreased by 2BP' against 'down 0.02 percentage points' twice",
  "ICBC", "change of the non-performing loan ratio", "2023", "2 basis points = 0.02 percentage points: consistent.", [
      f("icb", 2, "decreased by 2BP to", -0.02, PP, vt="2", mult=0.01),
      f("icb", 3, "down 0.02 percentage points", -0.02, PP),
      f("icb", 4, "decrease of 0.02 percentage points", -0.02, PP)])
g("icb_prov_2023", ICB, "ICBC's allowance to NPLs at end-2023: 213.97% five times, 'nearly 214%' twice", "ICBC",
  "allowance to NPLs (provision coverage ratio)", "end of 2023", "'Nearly 214' holds 213.97: consistent.", [
      f("icb", 1, "rose to nearly 214%", 214, q="under"),
      f("icb", 2, "climbed to 213.97%", 213.97),
      f("icb", 3, "ratio was 213.97 percent", 213.97),
      f("icb", 4, "reaching 213.97 percent", 213.97),
      f("icb", 5, "拨备覆盖率213.97%", 213.97),
      f("icb", 5, "提升至近214%", 214, q="under"),
      f("icb", 14, "increased to 213.97% in 2023", 213.97)])
g("icb_provchg_2023", ICB, "Rise of ICBC's provision coverage in 2023: 4.5 points twice", "ICBC", "change of the provision coverage ratio",
  "2023", "Consistent.", [
      f("icb", 3, "4.5 percentage points higher", 4.5, PP),
      f("icb", 4, "a 4.5 percentage point rise", 4.5, PP)])
g("icb_car_2023", ICB, "ICBC's capital adequacy ratio at end-2023: 19.1% / 19.10% five times", "ICBC", "capital adequacy ratio",
  "end of 2023", "Same value: consistent.", [
      f("icb", 1, "Capital adequacy ratio was 19.1%", 19.1),
      f("icb", 2, "reached 19.10%", 19.10),
      f("icb", 5, "资本充足率19.1%,不良", 19.1),
      f("icb", 5, "资本充足率19.1%,稳居", 19.1),
      f("icb", 14, "stood at 19.10% in 2023", 19.10)])
g("icb_roa_2023", ICB, "ICBC's 2023 ROA: 0.87% twice", "ICBC", "return on average total assets", "2023", "Consistent.", [
    f("icb", 2, "were 0.87%", 0.87), f("icb", 5, "分别为0.87%", 0.87)])
g("icb_roe_2023", ICB, "ICBC's 2023 ROE: 10.66% twice", "ICBC", "return on weighted average equity", "2023", "Consistent.", [
    f("icb", 2, "0.87%, 10.66% and", 10.66), f("icb", 5, "0.87%和10.66%", 10.66)])
g("icb_nim_2023", ICB, "ICBC's 2023 net interest margin: 1.61% twice", "ICBC", "net interest margin", "2023", "Consistent.", [
    f("icb", 1, "Net interest margin was 1.61%", 1.61), f("icb", 5, "净利息收益率为1.61%", 1.61)])
g("icb_cir_2023", ICB, "ICBC's 2023 cost-to-income ratio: 28.28% three times", "ICBC", "cost-to-income ratio", "2023", "Consistent.", [
    f("icb", 1, "Cost-to-income ratio stood at 28.28%", 28.28), f("icb", 2, "10.66% and 28.28%", 28.28),
    f("icb", 5, "成本收入比28.28%", 28.28)])
g("icb_assets_2023", ICB, "ICBC's total assets at end-2023: 44.7万亿 against 'close to RMB45 trillion' and 总资产近45万亿", "ICBC",
  "total assets", "end of 2023", "'Close to 45' holds 44.7: consistent.", [
      f("icb", 1, "total assets close to RMB45 trillion", 45e12, CNY, q="under"),
      f("icb", 5, "集团资产总额44.7万亿元", 44.7e12, CNY),
      f("icb", 5, "总资产近45万亿元", 45e12, CNY, q="under")])
g("icb_domloans_2023", ICB, "ICBC's domestic RMB loans at end-2023: 24.4 trillion twice", "ICBC", "balance of domestic RMB loans",
  "end of 2023", "Consistent.", [
      f("icb", 3, "loans was 24.4 trillion yuan", 24.4e12, CNY), f("icb", 4, "reached 24.4 trillion yuan", 24.4e12, CNY)])
g("icb_domloanchg_2023", ICB, "Increase of domestic RMB loans in 2023: 2.9 trillion twice", "ICBC", "increase of domestic RMB loans",
  "2023", "Consistent.", [
      f("icb", 3, "increase of 2.9 trillion yuan", 2.9e12, CNY), f("icb", 4, "increase of 2.9 trillion yuan", 2.9e12, CNY)])
g("icb_loans_2023", ICB, "ICBC's loans at end-2023: 各项贷款26.09万亿 against RMB 26,086,482 million", "ICBC",
  "total customer loans and advances", "end of 2023", "26.09万亿 rounds 26,086,482 million: rounding.", [
      f("icb", 5, "各项贷款26.09万亿元", 26.09e12, CNY),
      f("icb", 14, "reached RMB 26,086,482 million in 2023", 26086482e6, CNY)])
g("icb_div_2023", ICB, "ICBC's 2023 dividend: RMB3.064 per 10 shares three times", "ICBC", "cash dividend per 10 shares", "2023",
  "Consistent.", [
      f("icb", 5, "每10股人民币3.064元", 3.064, CNY),
      f("icb", 7, "上年同期每10股派3.064元", 3.064, CNY),
      f("icb", 14, "RMB 3.064 per 10 shares", 3.064, CNY)])
# --- 2022
g("icb_npl_2022", ICB, "ICBC's NPL ratio at end-2022: 1.38% three times", "ICBC", "non-performing loan ratio", "end of 2022", "Consistent.", [
    f("icb", 10, "不良貸款率為百分之1.38", 1.38), f("icb", 11, "不良貸款率1.38%", 1.38), f("icb", 14, "from 1.38% in 2022", 1.38)])
g("icb_nplchg_2022", ICB, "Change of ICBC's NPL ratio in 2022: -0.04 points twice", "ICBC", "change of the non-performing loan ratio",
  "2022", "Consistent.", [
      f("icb", 10, "按年跌0.04個百分點", -0.04, PP), f("icb", 11, "下降0.04個百分點", -0.04, PP)])
g("icb_prov_2022", ICB, "ICBC's provision coverage at end-2022: 209.47% twice", "ICBC", "allowance to NPLs", "end of 2022", "Consistent.", [
    f("icb", 10, "撥備覆蓋率百分之209.47", 209.47), f("icb", 14, "from 209.47% in 2022", 209.47)])
g("icb_attr_2022", ICB, "ICBC's 2022 profit attributable: 3604億8300萬 = 3604.83億", "ICBC", "profit attributable to shareholders",
  "2022", "Same value: consistent.", [
      f("icb", 10, "股東應佔盈利3604億8300萬元", 3604.83e8, CNY, vt="3604億8300萬", step=1e6),
      f("icb", 11, "盈利3604.83億元", 3604.83e8, CNY)])
g("icb_attrg_2022", ICB, "Growth of ICBC's 2022 profit: metroradio's 3.49% (title and text) against RTHK's 3.5%", "ICBC",
  "profit attributable, year-on-year growth", "2022", "3.5 rounds 3.49: rounding.", [
      f("icb", 10, "純利增3.49%", 3.49), f("icb", 10, "按年增長百分之3.49", 3.49), f("icb", 11, "按年增長3.5%。派息", 3.5)])
g("icb_div_2022", ICB, "ICBC's 2022 final dividend per share: 30.35分 = 0.3035元 (metroradio) and 0.3035元 (RTHK)", "ICBC",
  "final dividend per share", "2022", "Same value: consistent.", [
      f("icb", 10, "派末期息30.35分", 0.3035, CNY, vt="30.35", mult=0.01),
      f("icb", 10, "建議派末期息0.3035元", 0.3035, CNY),
      f("icb", 11, "派息每股0.3035元", 0.3035, CNY)])
g("icb_nii_2022", ICB, "ICBC's 2022 net interest income: 6936億8700萬 = 6936.87億 against reportify's RMB 691,985 million",
  "ICBC", "net interest income", "2022",
  "691,985 million is not a rounding of 693,687 million: conflict as written (reportify's is the restated comparative "
  "in the 2023 report).", [
      f("icb", 10, "利息淨收入6936億8700萬元", 6936.87e8, CNY, vt="6936億8700萬", step=1e6),
      f("icb", 11, "利息淨收入6936.87億元", 6936.87e8, CNY),
      f("icb", 14, "RMB 691,985 million in 2022", 691985e6, CNY)])
g("icb_niig_2022", ICB, "Growth of 2022 net interest income: 0.4% twice", "ICBC", "net interest income, growth", "2022", "Consistent.", [
    f("icb", 10, "增長百分之0.4", 0.4), f("icb", 11, "按年增長0.4%", 0.4)])
g("icb_nis_2022", ICB, "ICBC's 2022 net interest spread: 1.73% twice", "ICBC", "net interest spread", "2022", "Consistent.", [
    f("icb", 10, "分別為百分之1.73", 1.73), f("icb", 11, "分別為1.73%", 1.73)])
g("icb_nim_2022", ICB, "ICBC's 2022 net interest margin: 1.92% twice", "ICBC", "net interest margin", "2022", "Consistent.", [
    f("icb", 10, "和百分之1.92", 1.92), f("icb", 11, "和1.92%", 1.92)])
g("icb_nimchg_2022", ICB, "Fall of spread and margin in 2022: 19 basis points twice", "ICBC", "change of spread and margin", "2022",
  "Consistent.", [
      f("icb", 10, "下跌19個基點", -0.19, PP, vt="19", mult=0.01), f("icb", 11, "收窄19個基點", -0.19, PP, vt="19", mult=0.01)])
g("icb_nplamt_2022", ICB, "ICBC's NPLs at end-2022: metroradio's 2316億8000萬 against RTHK's 3211.7億", "ICBC",
  "non-performing loans (amount)", "end of 2022", "Different values: conflict.", [
      f("icb", 10, "不良貸款額2316億8000萬元", 2316.8e8, CNY, vt="2316億8000萬", step=1e6),
      f("icb", 11, "不良貸款3211.7億元", 3211.7e8, CNY)])
g("icb_nplamtg_2022", ICB, "Growth of ICBC's NPLs in 2022: metroradio's 11% against RTHK's 9.5%", "ICBC",
  "non-performing loans, growth", "2022", "Different values: conflict.", [
      f("icb", 10, "按年增百分之11", 11), f("icb", 11, "增加9.5%", 9.5)])
# --- 2024
g("icb_np_2024", ICB, "ICBC's 2024 profit: 3,658.63億 (aastocks 純利) and 3658.63億 (盈利) against tipranks' net profit RMB366.9 billion",
  "ICBC", "profit attributable to shareholders", "2024",
  "The two Hong Kong pages agree. tipranks' 'net profit' is the IFRS net profit including minority interests (a "
  "different measure): different_basis, with auto's conflict as alt (OTHER).", [
      f("icb", 7, "純利3,658.63億元", 3658.63e8, CNY),
      f("icb", 8, "盈利3658.63億元", 3658.63e8, CNY),
      f("icb", 9, "net profit was RMB366.9 billion", 366.9e9, CNY, basis="total"),
  ], OTHER({"total"}))
g("icb_npg_2024", ICB, "Growth of ICBC's 2024 profit: 0.5% twice", "ICBC", "profit attributable, growth", "2024", "Consistent.", [
    f("icb", 7, "按年升0.5%", 0.5), f("icb", 8, "按年增長0.5%", 0.5)])
g("icb_rev_2024", ICB, "ICBC's 2024 operating income: 7,861.26億 against RMB786.1 billion", "ICBC", "operating income", "2024",
  "786.1 billion rounds 786.126 billion: rounding.", [
      f("icb", 7, "營業收入7,861.26億元", 7861.26e8, CNY), f("icb", 9, "revenue was RMB786.1 billion", 786.1e9, CNY)])
g("icb_npl_2024", ICB, "ICBC's NPL ratio at end-2024: 1.34% twice", "ICBC", "non-performing loan ratio", "end of 2024", "Consistent.", [
    f("icb", 8, "不良貸款率1.34%", 1.34), f("icb", 9, "The NPL ratio was 1.34%", 1.34)])
g("icb_finaldiv_2024", ICB, "ICBC's 2024 final dividend: 1.646元 per 10 shares twice", "ICBC", "final dividend per 10 shares", "2024",
  "Consistent.", [
      f("icb", 7, "每10股派1.646元", 1.646, CNY), f("icb", 8, "每10股派末期息1.646元", 1.646, CNY)])
g("icb_interim_2024", ICB, "ICBC's first interim dividend (2024): RMB51,109 million against RMB51.1 billion", "ICBC",
  "interim cash dividend (total)", "2024 interim", "51.1 billion rounds 51,109 million: rounding.", [
      f("icb", 9, "amounting to RMB51.1 billion", 51.1e9, CNY), f("icb", 13, "dividend of RMB51,109 million", 51109e6, CNY)])
# --- H1 2024
g("icb_rev_h1_2024", ICB, "ICBC's H1 2024 operating income: RMB402 billion against RMB401,999 million", "ICBC", "operating income",
  "2024 H1", "402 billion rounds 401,999 million: rounding.", [
      f("icb", 12, "Operating income was RMB402 billion", 402e9, CNY), f("icb", 13, "income of RMB401,999 million", 401999e6, CNY)])
g("icb_np_h1_2024", ICB, "ICBC's H1 2024 net profit: RMB171.3 billion against RMB171,296 million", "ICBC", "net profit", "2024 H1",
  "171.3 billion rounds 171,296 million: rounding.", [
      f("icb", 12, "net profit RMB171.3 billion", 171.3e9, CNY), f("icb", 13, "net profit of RMB171,296 million", 171296e6, CNY)])
for gid, lab, q12, q13, v, u in [
        ("icb_roa_h1_2024", "annualised ROA", "were 0.75%", "(ROE) of 0.75%", 0.75, PC),
        ("icb_roe_h1_2024", "annualised ROE", "0.75% and 9.53%, respectively. The", "0.75% and 9.53%, respectively. It", 9.53, PC),
        ("icb_car_h1_2024", "capital adequacy ratio", "capital adequacy ratio of 19.16%", "ratio was 19.16%", 19.16, PC),
        ("icb_npl_h1_2024", "non-performing loan ratio", "ratio stood at 1.35%", "ratio was 1.35%", 1.35, PC),
        ("icb_nplchg_h1_2024", "change of the NPL ratio since the start of the year", "down 0.01 percentage points",
         "decrease of 0.01 percentage points", -0.01, PP),
        ("icb_prov_h1_2024", "allowance to NPLs", "Allowance to NPLs was 218.43%", "NPLs was 218.43%", 218.43, PC),
        ("icb_provchg_h1_2024", "change of allowance to NPLs", "up 4.46 percentage points", "increase of 4.46 percentage points", 4.46, PP)]:
    g(gid, ICB, f"ICBC's {lab}, H1 2024: {v} twice", "ICBC", lab, "2024 H1 (end of June 2024)", "Consistent.", [
        f("icb", 12, q12, v, u), f("icb", 13, q13, v, u)])
g("icb_allow_h1_2024", ICB, "ICBC's total allowances at end-June 2024: 'exceeded RMB950 billion' against RMB954,237 million", "ICBC",
  "balance of total allowances", "end of June 2024", "'Exceeded 950' holds 954.237: consistent.", [
      f("icb", 12, "exceeded RMB950 billion", 950e9, CNY, q="over"), f("icb", 13, "stood at RMB954,237 million", 954237e6, CNY)])
# --- ICBC singles and non-claims
for p, qs in [(1, ["On March 27, 2024", "annual results for 2023", "In 2023, ICBC managed"]),
              (2, ["In 2023, the Bank achieved"]),
              (5, ["2023年财务数据摘要", "2024年3月27日", "公布2023年经营情况", "。2023年,工商银行坚持", "按照国际财务报告准则,2023年",
                   "派发2023年度普通股"]),
              (10, ["30/3/2023 20:21"]), (12, ["On August 30, 2024", "first half of 2024. Since", "in the first half of 2024, continued"]),
              (14, ["2023 annual report was approved", "on March 27, 2024", "2023 annual report was prepared"])]:
    for q in qs:
        nc("icb", p, q)
for p, q in [(1, "SH: 601398"), (1, "HK: 1398)"), (5, "SH:601398"), (5, "HK:1398)"), (7, "(01398.HK)"), (10, "(01398)"),
             (12, "SH: 601398"), (12, "HK: 1398)")]:
    nc("icb", p, q, "stock_code")
nc("icb", 12, "Top 1000 World Banks", "name")
nc("icb", 14, "\"Top 1000 World Banks\"", "name")
for p, q in [(5, "每10股"), (7, "末期息每10股"), (7, "同期每10股"), (8, "每10股派末期息"), (8, "每10股全年"), (14, "per 10 shares")]:
    nc("icb", p, q, "unit")
s("icb", 2, "increased by more than 10%", 10, q="over")
s("icb", 4, "a 3.7 percent decrease", -3.7)
s("icb", 5, "较上年增长12.8%", 12.8)
s("icb", 5, "客户存款33.52万亿元", 33.52e12, CNY)
s("icb", 5, "较上年增长12.2%", 12.2)
s("icb", 5, "较上年增长12.4%", 12.4)
s("icb", 5, "约为人民币1092.03亿元", 1092.03e8, CNY, q="approx")
s("icb", 6, "三、营业利润(元) 420,760,000,000.00", 420760e6, CNY)
s("icb", 6, "营业外收入(元) 1,976,000,000.00", 1976e6, CNY)
s("icb", 6, "营业外支出(元) 770,000,000.00", 770e6, CNY)
s("icb", 6, "四、利润总额(元) 421,966,000,000.00", 421966e6, CNY)
s("icb", 6, "所得税费用(元) 56,850,000,000.00", 56850e6, CNY)
s("icb", 6, "少数股东损益(元) 1,123,000,000.00", 1123e6, CNY)
s("icb", 6, "扣除非经常性损益后的净利润(元) 361,411,000,000.00", 361411e6, CNY)
s("icb", 7, "+0.050", 0.05, HKD)
s("icb", 7, "(+0.911%)", 0.911)
s("icb", 7, "$3.14億", 3.14e8, HKD)
s("icb", 7, "比率 13.470%", 13.47)
nc("icb", 7, "截至去年12月底")
s("icb", 7, "按年跌2.5%", -2.5)
s("icb", 7, "綜合6間券商", 6, CNT)
s("icb", 7, "預測中位數3,662.8億", 3662.8e8, CNY)
s("icb", 7, "按年升0.6%", 0.6)
s("icb", 7, "每股盈利0.98元", 0.98, CNY)
s("icb", 7, "每股派16.46分", 0.1646, CNY, vt="16.46", mult=0.01)
s("icb", 8, "全年派息合計3.08元", 3.08, CNY)
s("icb", 8, "按年減少2.7%", -2.7)
s("icb", 8, "至6374.05億元", 6374.05e8, CNY)
s("icb", 8, "分別為1.23厘", 1.23)
s("icb", 8, "和1.42厘", 1.42)
s("icb", 8, "下降18個基點", -0.18, PP, vt="18", mult=0.01)
s("icb", 8, "和19個基點", -0.19, PP, vt="19", mult=0.01)
s("icb", 8, "下降16%至", -16)
s("icb", 8, "至1266.63億元", 1266.63e8, CNY)
s("icb", 8, "按年跌1.8%", -1.8)
s("icb", 8, "至1487.21億元", 1487.21e8, CNY)
s("icb", 8, "比重18.9%", 18.9)
s("icb", 8, "減少8.3%", -8.3)
s("icb", 8, "至1093.97億元", 1093.97e8, CNY)
s("icb", 8, "下降0.02個百分點", -0.02, PP)
s("icb", 8, "不良貸款率4.99%", 4.99)
s("icb", 8, "下跌0.38個百分點", -0.38, PP)
s("icb", 8, "總額3794.58億元", 3794.58e8, CNY)
s("icb", 8, "增加259.56億元", 259.56e8, CNY)
s("icb", 8, "回報率0.78%", 0.78)
s("icb", 8, "回報率9.88%", 9.88)
s("icb", 8, "下降0.09及", -0.09, PP)
s("icb", 8, "及0.78個百分點", -0.78, PP)
s("icb", 9, "nearly RMB49 trillion", 49e12, CNY, q="under")
s("icb", 9, "nearly RMB35 trillion", 35e12, CNY, q="under")
s("icb", 9, "ratio was 19.39%", 19.39)
s("icb", 9, "increase of 29 basis points", 0.29, PP, vt="29", mult=0.01)
s("icb", 9, "coverage at 214.91%", 214.91)
s("icb", 9, "dividend of RMB58.7 billion", 58.7e9, CNY)
s("icb", 10, "每股盈利0.97元", 0.97, CNY)
s("icb", 10, "按年增百分之2.1", 2.1)
s("icb", 10, "營業收入8414億4100萬元", 8414.41e8, CNY, vt="8414億4100萬")
s("icb", 10, "下跌百分之2.3", -2.3)
s("icb", 10, "非利息收入1477億5400萬元", 1477.54e8, CNY, vt="1477億5400萬")
s("icb", 10, "下跌百分之13.2", -13.2)
s("icb", 10, "按年升3.63個百分點", 3.63, PP)
s("icb", 10, "貸款撥備率百分之2.9", 2.9)
s("icb", 10, "按年微跌0.02個百分點", -0.02, PP)
s("icb", 11, "0.3035元人民幣,按年增長3.5%", 3.5)
s("icb", 11, "佣金淨收入1292.65億元", 1292.65e8, CNY)
s("icb", 11, "減少2.8%", -2.8)
s("icb", 11, "不良貸款為445.31億元", 445.31e8, CNY)
s("icb", 11, "升近32%", 32, q="under")
s("icb", 11, "不良貸款率為6.14%", 6.14)
s("icb", 11, "增長1.35個百分點", 1.35, PP)
s("icb", 12, "for 12 years in a row", 12, YRS)
s("icb", 13, "payout ratio of 30.0%", 30.0)
s("icb", 14, "over 1,205 million corporate clients", 1205e6, CNT, q="over")
s("icb", 14, "740 million individual", 740e6, CNT)
s("icb", 14, "from RMB 23,210,376 million in 2022", 23210376e6, CNY)
s("icb", 14, "from 19.26% in 2022", 19.26)
s("icb", 14, "was RMB 655,013 million", 655013e6, CNY)
AUTO("icb", 14, REF)

# ============================================================ Tsingtao Brewery
g("tsg_rev_2023", TSG, "Tsingtao's 2023 revenue: 339.37亿 four times against reportify's RMB 33,936,523 thousand", "Tsingtao Brewery",
  "operating revenue", "2023", "339.37亿 rounds 33,936,523 thousand: rounding.", [
      f("tsg", 1, "实现营收339.37 亿元", 339.37e8, CNY),
      f("tsg", 2, "扣非净利润339.37/42.68", 339.37e8, CNY, mult=1e8),
      f("tsg", 4, "reached RMB 33,936,523 thousand", 33936523e3, CNY, mult=1e3),
      f("tsg", 7, "339.37亿", 339.37e8, CNY, nth=1),
      f("tsg", 7, "339.37亿", 339.37e8, CNY, nth=2)])
g("tsg_revg_2023", TSG, "Growth of 2023 revenue: 5.49% twice and 'approximately 5.5%'", "Tsingtao Brewery", "revenue growth", "2023",
  "'Approximately 5.5' holds 5.49: consistent.", [
      f("tsg", 1, "同比+5.49%", 5.49), f("tsg", 2, "同比5.49%", 5.49), f("tsg", 4, "growth of approximately 5.5%", 5.5, q="approx")])
g("tsg_np_2023", TSG, "Tsingtao's 2023 attributable net profit: 42.68亿 twice against RMB 4,267,851 thousand", "Tsingtao Brewery",
  "net profit attributable to shareholders", "2023", "42.68亿 rounds 4,267,851 thousand: rounding.", [
      f("tsg", 1, "归母净利润42.68 亿元", 42.68e8, CNY),
      f("tsg", 2, "339.37/42.68/37.21", 42.68e8, CNY, mult=1e8),
      f("tsg", 4, "was RMB 4,267,851 thousand", 4267851e3, CNY, mult=1e3)])
g("tsg_npg_2023", TSG, "Growth of 2023 net profit: 15.02% twice and 'about 15%'", "Tsingtao Brewery", "net profit growth", "2023",
  "'About 15' holds 15.02: consistent.", [
      f("tsg", 1, "同比+15.02%", 15.02), f("tsg", 2, "5.49%/15.02%", 15.02), f("tsg", 4, "increase of about 15%", 15, q="approx")])
g("tsg_kf_2023", TSG, "2023 net profit after non-recurring items: 37.21亿 twice", "Tsingtao Brewery", "扣非归母净利润", "2023", "Consistent.", [
    f("tsg", 1, "扣非归母净利润37.21 亿元", 37.21e8, CNY), f("tsg", 2, "42.68/37.21 亿元", 37.21e8, CNY)])
g("tsg_kfg_2023", TSG, "Its growth: 15.94% twice", "Tsingtao Brewery", "扣非归母净利润 growth", "2023", "Consistent.", [
    f("tsg", 1, "同比+15.94%", 15.94), f("tsg", 2, "15.02%/15.94%", 15.94)])
g("tsg_q4rev_2023", TSG, "Q4 2023 revenue: 29.58亿 twice", "Tsingtao Brewery", "revenue", "2023 Q4", "Consistent.", [
    f("tsg", 1, "实现营收29.58 亿元", 29.58e8, CNY), f("tsg", 2, "扣非净利润29.58", 29.58e8, CNY, mult=1e8)])
g("tsg_q4revg_2023", TSG, "Q4 2023 revenue change: -3.37% twice", "Tsingtao Brewery", "revenue growth", "2023 Q4", "Consistent.", [
    f("tsg", 1, "同比-3.37%", -3.37), f("tsg", 2, "同比-3.37%/15.01%", -3.37)])
g("tsg_q4np_2023", TSG, "Q4 2023 net profit: -6.40亿 twice", "Tsingtao Brewery", "net profit attributable", "2023 Q4", "Consistent.", [
    f("tsg", 1, "归母净利润-6.40 亿元", -6.40e8, CNY), f("tsg", 2, "29.58/-6.40", -6.40e8, CNY, mult=1e8)])
g("tsg_q4npg_2023", TSG, "Q4 2023 net-profit change: -15.01% against chaguwang (May)'s 15.01%", "Tsingtao Brewery",
  "net profit attributable, change", "2023 Q4",
  "-15.01 against 15.01 as written: conflict (the same change of a loss, -6.40亿 against 22Q4's -5.56亿, once signed as a worsening and once as the plain ratio of two losses; the pages state opposite signs).", [
      f("tsg", 1, "同比-15.01%", -15.01), f("tsg", 2, "-3.37%/15.01%", 15.01)])
g("tsg_q4kf_2023", TSG, "Q4 2023 扣非 net profit: -8.76亿 twice", "Tsingtao Brewery", "扣非归母净利润", "2023 Q4", "Consistent.", [
    f("tsg", 1, "扣非归母净利润-8.76 亿元", -8.76e8, CNY), f("tsg", 2, "/-8.76 亿元", -8.76e8, CNY)])
g("tsg_q4kfg_2023", TSG, "Q4 2023 扣非 change: -34.53% against 34.53%", "Tsingtao Brewery", "扣非归母净利润 change", "2023 Q4",
  "Sign differs as written: conflict.", [
      f("tsg", 1, "同比-34.53%", -34.53), f("tsg", 2, "15.01%/34.53%", 34.53)])
g("tsg_vol_2023", TSG, "2023 beer sales volume: 800.7万吨 twice", "Tsingtao Brewery", "beer sales volume", "2023", "Consistent.", [
    f("tsg", 1, "啤酒销量800.7 万吨", 800.7e4, T), f("tsg", 2, "实现销量800.7 万吨", 800.7e4, T)])
g("tsg_volg_2023", TSG, "2023 volume change: -0.8% against -0.78%", "Tsingtao Brewery", "beer sales volume, change", "2023",
  "-0.8 rounds -0.78: rounding.", [f("tsg", 1, "同比-0.8%", -0.8), f("tsg", 2, "同比-0.78%", -0.78)])
g("tsg_mainvol_2023", TSG, "2023 main-brand volume: 456万吨 twice", "Tsingtao Brewery", "main brand sales volume", "2023", "Consistent.", [
    f("tsg", 1, "主品牌销量456 万吨", 456e4, T), f("tsg", 2, "主品牌实现销量456 万吨", 456e4, T)])
g("tsg_mainvolg_2023", TSG, "Its growth: 2.7% twice", "Tsingtao Brewery", "main brand volume growth", "2023", "Consistent.", [
    f("tsg", 1, "同比+2.7%", 2.7), f("tsg", 2, "同比2.7%", 2.7)])
g("tsg_hivol_2023", TSG, "2023 mid-to-high-end volume: 324万吨 twice", "Tsingtao Brewery", "mid-to-high-end volume", "2023", "Consistent.", [
    f("tsg", 1, "中高端销量324 万吨", 324e4, T), f("tsg", 2, "产品实现销量324 万吨", 324e4, T)])
g("tsg_hivolg_2023", TSG, "Its growth: 10.5% twice", "Tsingtao Brewery", "mid-to-high-end volume growth", "2023", "Consistent.", [
    f("tsg", 1, "同比+10.5%", 10.5), f("tsg", 2, "同比10.5%", 10.5)])
# audit: the March report's 4172 is the beer price per tonne (啤酒吨价: beer revenue / volume), the May report's 4238 the
# split of total operating revenue (拆分量价: 339.37亿 / 800.7万吨 = 4238): two scopes, different_basis with auto's
# conflict as alt (OTHER); the same for their growth (6.2 against 6.32).
g("tsg_price_2023", TSG, "2023 price per tonne: 啤酒吨价 4172元/吨 (March report) against 均价 4238元/吨 (May report, total revenue / volume)",
  "Tsingtao Brewery", "average price per tonne", "2023",
  "4238 = 339.37亿 / 800.7万吨 (all operating revenue); 4172 is the beer price per tonne: different_basis, conflict as alt.", [
      f("tsg", 1, "至4172 元/吨", 4172, CPT, basis="beer"), f("tsg", 2, "均价4238 元/吨", 4238, CPT, basis="all")],
  OTHER({"all"}))
g("tsg_priceg_2023", TSG, "Growth of the 2023 price per tonne: +6.2% twice (March report, beer) against 6.32% (May report, total revenue / volume)",
  "Tsingtao Brewery", "price per tonne, growth", "2023",
  "Two scopes as in tsg_price_2023: different_basis, conflict as alt.", [
      f("tsg", 1, "吨价同比+6.2%至", 6.2, basis="beer"), f("tsg", 1, "吨酒价格分别同比+6.2%", 6.2, basis="beer"),
      f("tsg", 2, "同比6.32%", 6.32, basis="all")], OTHER({"all"}))
g("tsg_q1rev_2024", TSG, "Q1 2024 revenue: 101.50亿 three times and 101.5亿", "Tsingtao Brewery", "operating revenue", "2024 Q1",
  "Same value: consistent.", [
      f("tsg", 2, "扣非归母净利润101.50/15.97", 101.50e8, CNY, mult=1e8),
      f("tsg", 3, "人民币101.5亿元", 101.5e8, CNY),
      f("tsg", 7, "101.50亿", 101.50e8, CNY, nth=1),
      f("tsg", 7, "101.50亿", 101.50e8, CNY, nth=2)])
g("tsg_rev_h1_2024", TSG, "H1 2024 revenue: 20.068 billion yuan twice, 200.68亿 three times", "Tsingtao Brewery", "operating revenue",
  "2024 H1", "Same value: consistent.", [
      f("tsg", 5, "reported a revenue of 20.068 billion", 20.068e9, CNY),
      f("tsg", 5, "achieved a revenue of 20.068 billion", 20.068e9, CNY),
      f("tsg", 6, "实现营收200.68亿元", 200.68e8, CNY),
      f("tsg", 7, "200.68亿", 200.68e8, CNY, nth=1),
      f("tsg", 7, "200.68亿", 200.68e8, CNY, nth=2)])
g("tsg_revg_h1_2024", TSG, "H1 2024 revenue change: -7.1% three times", "Tsingtao Brewery", "revenue change", "2024 H1", "Consistent.", [
    f("tsg", 5, "a year-on-year decrease of 7.1%", -7.1), f("tsg", 5, "down 7.1% year-on-year", -7.1),
    f("tsg", 6, "同比下降7.1%", -7.1)])
g("tsg_np_h1_2024", TSG, "H1 2024 attributable net profit: 3.641 billion twice and 36.41亿", "Tsingtao Brewery",
  "net profit attributable", "2024 H1", "Same value: consistent.", [
      f("tsg", 5, "parent company was 3.641 billion", 3.641e9, CNY), f("tsg", 5, "net profit of 3.641 billion", 3.641e9, CNY),
      f("tsg", 6, "归母净利润36.41亿元", 36.41e8, CNY)])
g("tsg_npg_h1_2024", TSG, "H1 2024 net-profit growth: 6.3% three times", "Tsingtao Brewery", "net profit growth", "2024 H1", "Consistent.", [
    f("tsg", 5, "an increase of 6.3% year-on-year", 6.3), f("tsg", 5, "up 6.3% year-on-year", 6.3), f("tsg", 6, "同比增长6.3%", 6.3)])
g("tsg_q2rev_2024", TSG, "Q2 2024 revenue: 9.918 billion twice and 99.18亿", "Tsingtao Brewery", "revenue", "2024 Q2", "Consistent.", [
    f("tsg", 5, "to 9.918 billion yuan", 9.918e9, CNY), f("tsg", 5, "revenue was 9.918 billion", 9.918e9, CNY),
    f("tsg", 6, "至99.18亿元", 99.18e8, CNY)])
g("tsg_q2revg_2024", TSG, "Q2 2024 revenue change: -8.9% three times", "Tsingtao Brewery", "revenue change", "2024 Q2", "Consistent.", [
    f("tsg", 5, "declined by 8.9%", -8.9), f("tsg", 5, "an 8.9% decline", -8.9), f("tsg", 6, "营业收入同比下降8.9%", -8.9)])
g("tsg_q2vol_2024", TSG, "Q2 2024 volume: 2.45 million kiloliters twice and 245万千升", "Tsingtao Brewery", "sales volume", "2024 Q2",
  "Consistent.", [
      f("tsg", 5, "8.0% to 2.45 million kiloliters", 2.45e6, KL), f("tsg", 5, "volume of 2.45 million", 2.45e6, KL),
      f("tsg", 6, "至245万千升", 245e4, KL)])
g("tsg_q2volg_2024", TSG, "Q2 2024 volume change: -8.0% three times", "Tsingtao Brewery", "sales volume change", "2024 Q2", "Consistent.", [
    f("tsg", 5, "down by 8.0%", -8.0), f("tsg", 5, "down 8.0% [1]", -8.0), f("tsg", 6, "销量同比下降8.0%", -8.0)])
g("tsg_q2price_2024", TSG, "Q2 2024 revenue per kiloliter: 4,055 / 4055 yuan", "Tsingtao Brewery", "revenue per kiloliter", "2024 Q2",
  "Consistent.", [f("tsg", 5, "kiloliter was 4,055 yuan", 4055, CNY), f("tsg", 6, "至4055元", 4055, CNY)])
g("tsg_q2priceg_2024", TSG, "Its change: -0.9% twice", "Tsingtao Brewery", "revenue per kiloliter, change", "2024 Q2", "Consistent.", [
    f("tsg", 5, "decrease of 0.9%", -0.9), f("tsg", 6, "收入同比下降0.9%", -0.9)])
g("tsg_q2npm_2024", TSG, "Q2 2024 net margin: 20.6% twice", "Tsingtao Brewery", "attributable net margin", "2024 Q2", "Consistent.", [
    f("tsg", 5, "improved to 20.6%", 20.6), f("tsg", 6, "归母净利润率20.6%", 20.6)])
g("tsg_q2npmchg_2024", TSG, "Its change: +2.5 points twice", "Tsingtao Brewery", "net margin change", "2024 Q2", "Consistent.", [
    f("tsg", 5, "up 2.5 percentage points", 2.5, PP), f("tsg", 6, "同比提升2.5个百分点", 2.5, PP)])
g("tsg_q2gm_2024", TSG, "Q2 2024 gross margin: 42.8% twice", "Tsingtao Brewery", "gross margin", "2024 Q2", "Consistent.", [
    f("tsg", 5, "gross margin of 42.8%", 42.8), f("tsg", 6, "至42.8%", 42.8)])
g("tsg_q2gmchg_2024", TSG, "Its change: +2.7 points twice (one truncated 'percen')", "Tsingtao Brewery", "gross margin change",
  "2024 Q2", "Consistent.", [
      f("tsg", 5, "increase of 2.7 percen", 2.7, PP), f("tsg", 6, "毛利率同比提升2.7个百分点", 2.7, PP)])
g("tsg_shandong_h1_2024", TSG, "Shandong's H1 2024 profit growth: Xinda's 19% against reportify.cc's 4%", "Tsingtao Brewery (Shandong)",
  "profit growth", "2024 H1", "19 against 4: conflict (reportify.cc gives 4% for 'revenue and profit'; Xinda has revenue -4%).", [
      f("tsg", 5, "profit growth of 19%", 19), f("tsg", 6, "分别增长4%", 4)])
g("tsg_north_h1_2024", TSG, "North China's H1 2024 profit growth: 11% twice", "Tsingtao Brewery (North China)", "profit growth", "2024 H1",
  "Consistent.", [f("tsg", 5, "19% and 11% year-on-year", 11), f("tsg", 6, "4%和11%", 11)])
g("tsg_east_h1_2024", TSG, "East China's H1 2024 profit change: -53% twice", "Tsingtao Brewery (East China)", "profit change", "2024 H1",
  "Consistent.", [f("tsg", 5, "declined by 53%", -53), f("tsg", 6, "分别同比下降53%", -53)])
g("tsg_south_h1_2024", TSG, "South China's H1 2024 profit change: -6% twice", "Tsingtao Brewery (South China)", "profit change", "2024 H1",
  "Consistent.", [f("tsg", 5, "53% and 6% year-on-year", -6), f("tsg", 6, "53%和6%", -6)])
# --- H1 2025 (two reports on the same interim results)
for gid, lab, per, q8, v8, q9, v9, u in [
        ("tsg_rev_h1_2025", "operating revenue", "2025 H1", "营业收入204.91亿元", 204.91e8, "实现营收205亿元", 205e8, CNY),
        ("tsg_revg_h1_2025", "revenue growth", "2025 H1", "同比增长2.11%", 2.11, "同比+2.1% 2Q25", 2.1, PC),
        ("tsg_np_h1_2025", "net profit attributable", "2025 H1", "归母净利润39.04亿元", 39.04e8, "归母净利39亿元", 39e8, CNY),
        ("tsg_npg_h1_2025", "net profit growth", "2025 H1", "同比增长7.21%", 7.21, "同比+7.2%", 7.2, PC),
        ("tsg_rev_q2_2025", "revenue", "2025 Q2", "营收100.46亿元", 100.46e8, "实现营收100亿元", 100e8, CNY),
        ("tsg_revg_q2_2025", "revenue growth", "2025 Q2", "同比增长1.28%", 1.28, "同比+1.3%", 1.3, PC),
        ("tsg_np_q2_2025", "net profit attributable", "2025 Q2", "归母净利润21.94亿元", 21.94e8, "归母净利22亿元", 22e8, CNY),
        ("tsg_npg_q2_2025", "net profit growth", "2025 Q2", "同比增长7.32%", 7.32, "同比+7.3%", 7.3, PC),
        ("tsg_gm_q2_2025", "gross margin", "2025 Q2", "至45.84%", 45.84, "毛利率45.8%", 45.8, PC),
        ("tsg_gmchg_q2_2025", "gross margin change", "2025 Q2", "提升3.05个百分点", 3.05, "同比+3.0pct", 3.0, PP),
        ("tsg_hivol_q2_2025", "mid-to-high-end volume", "2025 Q2", "产品销量98.1万千升", 98.1e4, "中高端以上产品销量98万千升", 98e4, KL),
        ("tsg_hivolg_q2_2025", "mid-to-high-end volume growth", "2025 Q2", "同比增长4.8%", 4.8, "同比+4.8%", 4.8, PC)]:
    g(gid, TSG, f"Tsingtao's {lab}, {per}: {q8} against {q9}", "Tsingtao Brewery", lab, per,
      "Same value: consistent." if v8 == v9 else "The coarser figure rounds the finer: rounding.", [
          f("tsg", 8, q8, v8, u), f("tsg", 9, q9, v9, u)])
# --- Tsingtao singles and non-claims
for p, q in [(1, "发布2023 年年度报告"), (1, "其中,2023Q4 单季度"), (1, "23 年全年"), (1, "23Q4 公司整体"), (1, "Q4 或受"),
             (1, "23A/23Q4 中高端"), (1, "带动23A/23Q4 吨酒"), (2, "公司2023 年实现"), (2, "公司单Q4 实现"), (2, "公司2024 年Q1 实现"),
             (2, "2023 全年业务拆分"), (3, "2024第1季度"), (5, "Xinda Securities· 2024-09-02 14:30"), (5, "The company’s Q2 revenue"),
             (5, "In H1 2024, the company"), (5, "The Q2 revenue"), (5, "in H1 2024 were as follows"), (5, "in Q2 2024, up"),
             (6, "2024年中报"), (6, "2024年Q2公司营业收入"), (6, "2024年Q2公司实现"), (6, "Q2公司千升酒成本"), (6, "2024年H1公司"),
             (7, "2024-09-30"), (7, "2024-06-30"), (7, "2024-03-31"), (7, "2023-12-31"),
             (8, ":2025年半年报点评"), (8, ":2025Q2产品"), (8, "预计2025-2026年EPS"), (8, "2025年上半年营"), (8, "2025Q2单季度营"),
             (8, "2025Q2毛利率"), (8, "2025年上半年总"), (8, "2025Q2单季度中"), (8, "2025Q2产品吨价"),
             (9, "1H25实现"), (9, "2Q25实现"), (9, "1H25啤酒"), (9, "1H25毛利率"), (9, "2Q25毛利率"), (9, "1H25归母"),
             (9, "2Q25归母净利率"), (9, "2Q25中高端")]:
    nc("tsg", p, q)
for p, q in [(1, "(1)销量"), (1, "(2)吨价"), (2, "(1)拆分"), (2, "(2)从产品"), (2, "(3)分地区")]:
    nc("tsg", p, q, "list_number")
nc("tsg", 1, "新品1 升精品", "name")
nc("tsg", 1, "及1 升水晶", "name")
nc("tsg", 8, "青岛啤酒(600600)", "stock_code")
nc("tsg", 3, "净利润人民币15.9", "truncated")
s("tsg", 1, "啤酒销量71.3 万吨", 71.3e4, T)
s("tsg", 1, "同比-10.1%", -10.1)
s("tsg", 1, "实现销量47 万吨", 47e4, T)
s("tsg", 1, "同比-3.5%", -3.5)
s("tsg", 1, "实现销量33.8 万吨", 33.8e4, T)
s("tsg", 1, "同比+7.1%", 7.1)
s("tsg", 1, "分别同比+5.8%", 5.8)
s("tsg", 1, "/+3.8%。", 3.8)
s("tsg", 1, "分别同比+5.1", 5.1, PP)
s("tsg", 1, "/+7.1pct", 7.1, PP)
s("tsg", 1, "至71.1%", 71.1)
s("tsg", 1, "/71.9%", 71.9)
s("tsg", 1, "/+7.5%", 7.5)
s("tsg", 2, "101.50/15.97/15.13", 15.97e8, CNY, mult=1e8)
s("tsg", 2, "/15.13 亿元", 15.13e8, CNY)
s("tsg", 2, "同比-5.19%", -5.19)
s("tsg", 2, "-5.19%/10.06%", 10.06)
s("tsg", 2, "10.06%/12.11%", 12.11)
for q, v in [("营收228.69/79.81", 228.69), ("228.69/79.81/36.22", 79.81), ("79.81/36.22/27.71", 36.22),
             ("36.22/27.71/8.88", 27.71), ("27.71/8.88/7.17", 8.88)]:
    s("tsg", 2, q, v * 1e8, CNY, mult=1e8)
s("tsg", 2, "/7.17 亿元", 7.17e8, CNY)
for q, v in [("分别同比7.03%/1.51%", 7.03), ("7.03%/1.51%/6.53%", 1.51), ("1.51%/6.53%/-0.26%", 6.53),
             ("6.53%/-0.26%/-3.06%", -0.26), ("-0.26%/-3.06%/-0.54%", -3.06), ("/-0.54%。", -0.54)]:
    s("tsg", 2, q, v)
s("tsg", 3, "累计实现产品销量218.4万千升", 218.4e4, KL)
s("tsg", 3, "实现产品销量132.2万千升", 132.2e4, KL)
s("tsg", 3, "实现销量96万千升", 96e4, KL)
s("tsg", 4, "reached RMB 240.689 billion", 240.689e9, CNY)
s("tsg", 4, "surpassed RMB 380 billion", 380e9, CNY, q="over")
s("tsg", 4, "operates 57 wholly-owned", 57, CNT)
s("tsg", 4, "and 2 associated breweries", 2, CNT)
s("tsg", 4, "across 20 provinces", 20, CNT)
s("tsg", 4, "over 120 countries", 120, CNT, q="over")
s("tsg", 4, "from RMB 32,171,566 thousand", 32171566e3, CNY, mult=1e3)
s("tsg", 4, "from RMB 3,710,629 thousand", 3710629e3, CNY, mult=1e3)
s("tsg", 4, "2023 was RMB 3.139", 3.139, CNY)
s("tsg", 4, "compared to RMB 2.736", 2.736, CNY)
s("tsg", 4, "increase of about 14.7%", 14.7, q="approx")
s("tsg", 4, "was RMB 5,746,407 thousand", 5746407e3, CNY, mult=1e3)
s("tsg", 4, "from RMB 5,006,141 thousand", 5006141e3, CNY, mult=1e3)
s("tsg", 4, "growth of approximately 14.8%", 14.8, q="approx")
s("tsg", 4, "for 2023 was 16.12%", 16.12)
s("tsg", 4, "from 15.30% in 2022", 15.30)
for q, v, u in [("Shandong (12.911 billion", 12.911e9, CNY), ("-4% YoY), North", -4, PC), ("North China (3.739 billion", 3.739e9, CNY),
                ("-8% YoY), East", -8, PC), ("East China (1.357 billion", 1.357e9, CNY), ("-17% YoY)", -17, PC),
                ("South China (1.465 billion", 1.465e9, CNY), ("-10% YoY)", -10, PC), ("Southeast (356 million", 356e6, CNY),
                ("-30% YoY)", -30, PC), ("regions (236 million", 236e6, CNY), ("-33% YoY)", -33, PC)]:
    s("tsg", 5, q, v, u)
for q, v, u in [("同比下降8.7%", -8.7, PC), ("至129万千升", 129e4, KL), ("下降0.4个百分点", -0.4, PP), ("至52.7%", 52.7, PC),
                ("同比下降7.3%", -7.3, PC), ("至116万千升", 116e4, KL), ("同比下降5.5%", -5.5, PC), ("至94万千升", 94e4, KL),
                ("同比下降9.5%", -9.5, PC), ("至151万千升", 151e4, KL), ("归母净利润20.44亿元", 20.44e8, CNY), ("同比增长3.5%", 3.5, PC),
                ("成本同比下降5.4%", -5.4, PC), ("销售费用率同比提升0.4个百分点", 0.4, PP), ("至8.7%", 8.7, PC),
                ("提升0.2个百分点", 0.2, PP), ("至3.2%", 3.2, PC)]:
    s("tsg", 6, q, v, u)
s("tsg", 7, "营业总收入 289.59亿", 289.59e8, CNY)
s("tsg", 7, "营业收入 289.59亿", 289.59e8, CNY)
for q, v, u in [("分别为3.52元", 3.52, CNY), ("3.52元和3.85元", 3.85, CNY), ("分别为20倍", 20, X), ("20倍和18倍", 18, X),
                ("提升1.11个百分点", 1.11, PP), ("至22.26%", 22.26, PC), ("总销量473.2万千升", 473.2e4, KL), ("同比增长2.3%", 2.3, PC),
                ("主品牌销量271.3万千升", 271.3e4, KL), ("同比增长3.9%", 3.9, PC), ("中高端产品销量199.2万千升", 199.2e4, KL),
                ("同比增长5.1%", 5.1, PC), ("吨价4065元/吨", 4065, CPT), ("同比增长0.3%", 0.3, PC)]:
    s("tsg", 8, q, v, u)
for q, v, u in [("啤酒成本2406元/千升", 2406, CNY), ("同比-3.9%", -3.9, PC), ("1H25毛利率43.7%", 43.7, PC), ("同比+2.1pct", 2.1, PP),
                ("归母净利率21.8%", 21.8, PC), ("同比+1.2pct", 1.2, PP), ("主品牌销量134万千升", 134e4, KL), ("同比+3.8%", 3.8, PC)]:
    s("tsg", 9, q, v, u)
for p in (4, 5, 6, 8, 9):
    AUTO("tsg", p, REF)

# ============================================================ Ping An
g("pan_op_2023", PAN, "Ping An's 2023 operating profit attributable: RMB117,989 million / 117.989 billion / 1179.89亿 six times against reportify's 'RMB 1,179.89 billion'",
  "Ping An", "operating profit attributable to shareholders of the parent", "2023",
  "reportify's '1,179.89 billion' (亿 read as billion) is ten times the others: conflict; the rest are the same value.", [
      f("pan", 1, "Reports RMB117,989 million", 117989e6, CNY),
      f("pan", 1, "Operating profit of RMB 117,989 million", 117989e6, CNY),
      f("pan", 2, "of RMB117.989 billion", 117.989e9, CNY),
      f("pan", 3, "营运利润1179.89亿元", 1179.89e8, CNY),
      f("pan", 5, "shareholders of RMB 1,179.89 billion", 1179.89e9, CNY),
      f("pan", 5, "shareholders was RMB 117.989 billion", 117.989e9, CNY),
      f("pan", 7, "營運利潤為1,179.89億元", 1179.89e8, CNY)])
g("pan_opg_2023", PAN, "Change of 2023 operating profit: -19.7% three times", "Ping An", "operating profit change", "2023", "Consistent.", [
    f("pan", 3, "同比下降19.7%", -19.7), f("pan", 5, "decrease of 19.7%", -19.7), f("pan", 7, "按年下降19.7%", -19.7)])
g("pan_np_2023", PAN, "Ping An's 2023 net profit attributable: 85,665 million / 85.665 billion / 856.65亿 six times against reportify's 'RMB 123.45 billion'",
  "Ping An", "net profit attributable to shareholders of the parent", "2023",
  "123.45 billion against 85.665 billion: conflict (reportify's first bullets are placeholder-like figures).", [
      f("pan", 1, "net profit of RMB 85,665 million", 85665e6, CNY),
      f("pan", 2, "of RMB85.665 billion", 85.665e9, CNY),
      f("pan", 3, "净利润856.65亿元", 856.65e8, CNY),
      f("pan", 4, "至856﹒65亿元", 856.65e8, CNY, vt="856﹒65亿", step=1e6),
      f("pan", 5, "shareholders reached RMB 123.45 billion", 123.45e9, CNY),
      f("pan", 5, "shareholders was RMB 85.665 billion", 85.665e9, CNY),
      f("pan", 7, "歸母淨利856.65億元", 856.65e8, CNY)])
g("pan_npg_2023", PAN, "Change of 2023 net profit attributable: -22.8% three times against etnet's '减少0.8%' and reportify's '+12.3%'; 交银国际's unqualified 'net profit ... decline of 22.5%'",
  "Ping An", "net profit attributable, change", "2023",
  "-0.8 and +12.3 against -22.8 (and each other): conflict. 交银国际's 22.5% is for 'net profit' without 'attributable' "
  "(a broader measure): different_basis, auto's conflict as alt (OTHER).", [
      f("pan", 3, "同比下滑22.8%", -22.8),
      f("pan", 4, "减少0﹒8%", -0.8, vt="0﹒8%", step=0.1),
      f("pan", 5, "increase of 12.3%", 12.3),
      f("pan", 5, "decrease of 22.8%", -22.8),
      f("pan", 7, "跌22.8%", -22.8),
      f("pan", 6, "decline of 22.5% in 2023", -22.5, basis="unq")], OTHER({"unq"}))
g("pan_eps_2023", PAN, "2023 basic operating EPS: RMB6.66 four times", "Ping An", "basic operating earnings per share", "2023", "Consistent.", [
    f("pan", 2, "per share of RMB6.66", 6.66, CNY), f("pan", 3, "营运收益6.66元", 6.66, CNY),
    f("pan", 5, "were RMB 6.66", 6.66, CNY), f("pan", 7, "營運收益6.66元", 6.66, CNY)])
g("pan_epsg_2023", PAN, "Its change: -20.9% twice", "Ping An", "operating EPS change", "2023", "Consistent.", [
    f("pan", 5, "decrease of 20.9%", -20.9), f("pan", 7, "下降20.9%", -20.9)])
g("pan_div_2023", PAN, "2023 full-year cash dividend: RMB2.43 per share three times", "Ping An", "cash dividend per share", "2023",
  "Consistent.", [f("pan", 2, "dividend of RMB2.43 per share", 2.43, CNY), f("pan", 3, "每股派息2.43元", 2.43, CNY),
                  f("pan", 7, "每股現金2.43元", 2.43, CNY)])
g("pan_finaldiv_2023", PAN, "2023 final dividend: RMB 1.50 against 1.5元", "Ping An", "final dividend per share", "2023",
  "Same value: consistent.", [f("pan", 1, "final dividend of RMB 1.50", 1.50, CNY), f("pan", 7, "每股現金1.5元", 1.5, CNY)])
g("pan_nbvg_2023", PAN, "Life & Health NBV growth 2023: 36.2% three times", "Ping An (Life & Health)", "new business value growth", "2023",
  "Consistent.", [f("pan", 1, "NBV grew 36.2%", 36.2), f("pan", 3, "新业务价值增长36.2%", 36.2), f("pan", 7, "按年增長36.2%", 36.2)])
g("pan_agentg_2023", PAN, "Agent-channel NBV growth 2023: 40.3% three times", "Ping An (agent channel)", "new business value growth",
  "2023", "Consistent.", [f("pan", 1, "a 40.3% rise", 40.3), f("pan", 3, "新业务价值增长40.3%", 40.3), f("pan", 7, "增長40.3%", 40.3)])
g("pan_core_2023", PAN, "Operating profit of the three core businesses 2023: reportify's 'RMB 1,409.13 billion' twice against 1,409.13億",
  "Ping An (life & health, P&C, banking)", "operating profit attributable", "2023",
  "1,409.13 billion is ten times 1,409.13億: conflict.", [
      f("pan", 5, "contributing RMB 1,409.13 billion", 1409.13e9, CNY),
      f("pan", 5, "was RMB 1,409.13 billion", 1409.13e9, CNY),
      f("pan", 7, "營運利潤1,409.13億元", 1409.13e8, CNY)])
g("pan_coreg_2023", PAN, "Its change: -2.8% three times", "Ping An (three core businesses)", "operating profit change", "2023",
  "Consistent.", [f("pan", 5, "decrease of 2.8% year-on-year[14]", -2.8), f("pan", 5, "decrease of 2.8% year-on-year[28]", -2.8),
                  f("pan", 7, "小幅下降2.8%", -2.8)])
g("pan_oproe_2023", PAN, "2023 operating ROE: reportify's 13.2% against 星島's 年化營運股本回報率 9.7%", "Ping An", "operating ROE", "2023",
  "13.2 against 9.7: conflict as written (9.7 is likely the plain ROE).", [
      f("pan", 5, "Operating ROE was 13.2%", 13.2), f("pan", 7, "(ROE)為9.7%", 9.7)])
g("pan_oproechg_2023", PAN, "Its change: -4.7 points against -3.5 points (星島's heading and text)", "Ping An", "operating ROE change",
  "2023", "-4.7 against -3.5: conflict.", [
      f("pan", 5, "down 4.7 percentage points", -4.7, PP), f("pan", 7, "ROE降3.5個百分點", -3.5, PP),
      f("pan", 7, "下降3.5個百分點", -3.5, PP)])
g("pan_streak_2023", PAN, "Years of dividend growth up to 2023: 12 three times", "Ping An", "consecutive years of dividend growth",
  "up to 2023", "Consistent.", [
      f("pan", 1, "increased for 12 consecutive years", 12, YRS), f("pan", 1, "for the 12th consecutive year", 12, YRS, vt="12"),
      f("pan", 7, "連續12年增長", 12, YRS)])
g("pan_amloss_2023", PAN, "Asset-management loss 2023 in 星島: heading 207億 against text 207.47億", "Ping An (asset management)",
  "operating result (loss)", "2023", "207 rounds 207.47 inside one page: rounding or consistent.", [
      f("pan", 7, "蝕207億元", -207e8, CNY), f("pan", 7, "虧損207.47億元", -207.47e8, CNY)])
# --- 2024
g("pan_op_2024", PAN, "2024 operating profit attributable: RMB121,862 million twice", "Ping An", "operating profit attributable", "2024",
  "Consistent.", [f("pan", 8, "to RMB121,862 million", 121862e6, CNY), f("pan", 9, "toRMB121,862 million", 121862e6, CNY)])
g("pan_opg_2024", PAN, "Its growth: 9.1% twice", "Ping An", "operating profit growth", "2024", "Consistent.", [
    f("pan", 8, "increased 9.1%", 9.1), f("pan", 9, "increased 9.1%", 9.1)])
g("pan_np_2024", PAN, "2024 net profit attributable: RMB126,607 million twice = 1266.07億", "Ping An", "net profit attributable", "2024",
  "Same value: consistent.", [f("pan", 8, "to RMB126,607 million", 126607e6, CNY), f("pan", 9, "toRMB126,607 million", 126607e6, CNY),
                              f("pan", 10, "至1266﹒07億元", 1266.07e8, CNY, vt="1266﹒07億", step=1e6)])
g("pan_npg_2024", PAN, "Its growth: 47.8% four times", "Ping An", "net profit growth", "2024", "Consistent.", [
    f("pan", 8, "achieves 47.8% rise", 47.8), f("pan", 8, "rose 47.8%", 47.8), f("pan", 9, "rose 47.8%", 47.8),
    f("pan", 10, "上升47﹒8%", 47.8, vt="47﹒8%", step=0.1)])
for gid, lab, q8, q9, v, u in [
        ("pan_rev_2024", "revenue", "reached RMB1,141,346 million", "wasRMB1,141,346 million", 1141346e6, CNY),
        ("pan_revg_2024", "revenue growth", "increase of 10.6%", "up 10.6%", 10.6, PC),
        ("pan_fdiv_2024", "final dividend per share", "of RMB1.62 per share", "ofRMB1.62per", 1.62, CNY),
        ("pan_div_2024", "full-year cash dividend per share", "to RMB2.55 per share", "beRMB2.55per", 2.55, CNY),
        ("pan_divg_2024", "dividend growth", "a 5% increase", "up 5% year", 5, PC),
        ("pan_payout_2024", "payout ratio on operating profit", "will be 37.9%", "will be 37.9%", 37.9, PC),
        ("pan_streak_2024", "consecutive years of dividend growth", "for 13 years in a row", "for 13 consecutive years", 13, YRS)]:
    g(gid, PAN, f"Ping An's {lab}, 2024: {v} twice", "Ping An", lab, "2024", "Consistent.", [
        f("pan", 8, q8, v, u), f("pan", 9, q9, v, u)])
# --- Ping An singles and non-claims
s("pan", 1, "increased to 232 million", 232e6, CNT)
s("pan", 1, "retention rate of 97.7%", 97.7)
s("pan", 2, "RMB40.913 billion, with", 40.913e9, CNY)
for q in ["3月21日", "发布2023年年度报告", "暨 2023 年度现金", "预计 2023 年度全年", "已派发的 2023 年度中期", "通过的 2023 年度末期",
          "虽然2023年净利润", "较2022年有所下降", "但2023年度分红"]:
    nc("pan", 3, q)
s("pan", 3, "比例不低于40%", 40, q="at_least")
s("pan", 3, "较去年的2.42元", 2.42, CNY)
nc("pan", 4, "2023年度,集团")
for q, vt, v, u, st in [("上升2%至", "2%", 2, PC, 1), ("至5364﹒4亿元", "5364﹒4亿", 5364.4e8, CNY, 1e7), ("增加4﹒3%", "4﹒3%", 4.3, PC, 0.1),
                        ("至4401﹒78亿元", "4401﹒78亿", 4401.78e8, CNY, 1e6), ("增长4﹒2%", "4﹒2%", 4.2, PC, 0.1),
                        ("至705﹒86亿元", "705﹒86亿", 705.86e8, CNY, 1e6), ("减少10﹒7%至", "10﹒7%", -10.7, PC, 0.1),
                        ("88﹒18亿元", "88﹒18亿", 88.18e8, CNY, 1e6), ("上升0﹒8%至", "0﹒8%", 0.8, PC, 0.1),
                        ("至577﹒18亿元", "577﹒18亿", 577.18e8, CNY, 1e6), ("下跌9﹒3%至", "9﹒3%", -9.3, PC, 0.1),
                        ("1179﹒91亿元", "1179﹒91亿", 1179.91e8, CNY, 1e6), ("由去年之2﹒75%", "2﹒75%", 2.75, PC, 0.01),
                        ("收窄至2﹒38%", "2﹒38%", 2.38, PC, 0.01), ("1﹒05%升至", "1﹒05%", 1.05, PC, 0.01),
                        ("升至1﹒06%", "1﹒06%", 1.06, PC, 0.01)]:
    s("pan", 4, q, v, u, vt=vt)
for q, v, u in [("premium income for the year was RMB 1,234.56 billion", 1234.56e9, CNY), ("growth of 8.9%", 8.9, PC),
                ("reached RMB 12,345.67 billion", 12345.67e9, CNY), ("increase of 10.2%", 10.2, PC),
                ("were RMB 9,876.54 billion", 9876.54e9, CNY), ("growth of 9.8%", 9.8, PC),
                ("shareholders was RMB 2,345.67 billion", 2345.67e9, CNY), ("increase of 11.1%", 11.1, PC),
                ("operating expenses were RMB 1,234.56 billion", 1234.56e9, CNY), ("growth of 7.8%", 7.8, PC),
                ("operating income was RMB 2,345.67 billion", 2345.67e9, CNY), ("increase of 9.5%", 9.5, PC),
                ("year was RMB 345.67 billion", 345.67e9, CNY), ("growth of 13.2%", 13.2, PC)]:
    s("pan", 5, q, v, u)
nc("pan", 6, "2024-03-25 16:00")
for q, v, u in [("from HKD 64", 64, HKD), ("to HKD 51", 51, HKD), ("upside of 52.5%", 52.5, PC), ("price of HKD 33.45", 33.45, HKD),
                ("a 3.5% revenue growth", 3.5, PC), ("revenues of RMB 946,114 million", 946114e6, CNY),
                ("increase by 13.2% in 2024", 13.2, PC), ("reaching RMB 96,994 million", 96994e6, CNY)]:
    s("pan", 6, q, v, u)
nc("pan", 6, "indicators for 2024")
nc("pan", 6, "growth in 2024, with")
nc("pan", 7, "平保(2318)", "stock_code")
nc("pan", 7, "公佈2023年度業績")
nc("pan", 7, "而2022年賺")
for q, v, u in [("新業務價值310.8億元", 310.8e8, CNY), ("按年微增0.4%", 0.4, PC), ("增長89.5%", 89.5, PC), ("增長77.7%", 77.7, PC),
                ("微增2%", 2, PC), ("按年跌3%", -3, PC), ("跌11.4%", -11.4, PC), ("跌65%", -65, PC), ("賺22.92億元", 22.92e8, CNY),
                ("比例為37.3%", 37.3, PC)]:
    s("pan", 7, q, v, u)
nc("pan", 8, "on 19 March 2025")
nc("pan", 8, "ended 31 December 2024")
nc("pan", 10, "截至2025年3月止三個月")
nc("pan", 10, "2024年度,集團")
for q, vt, v, u, st in [("減少26﹒4%", "26﹒4%", -26.4, PC, 0.1), ("至270﹒16億元", "270﹒16億", 270.16e8, CNY, 1e6),
                        ("增加0﹒6%", "0﹒6%", 0.6, PC, 0.1), ("至1376﹒71億元", "1376﹒71億", 1376.71e8, CNY, 1e6),
                        ("微增0﹒05%", "0﹒05%", 0.05, PC, 0.01), ("至1100﹒47億元", "1100﹒47億", 1100.47e8, CNY, 1e6),
                        ("上升2﹒7%", "2﹒7%", 2.7, PC, 0.1), ("至5511﹒86億元", "5511﹒86億", 5511.86e8, CNY, 1e6),
                        ("增加2%至", "2%", 2, PC, 1), ("至4491﹒02億元", "4491﹒02億", 4491.02e8, CNY, 1e6),
                        ("增長39﹒3%", "39﹒3%", 39.3, PC, 0.1), ("至983﹒49億元", "983﹒49億", 983.49e8, CNY, 1e6),
                        ("增加1﹒1倍", "1﹒1倍", 1.1, X, 0.1), ("184﹒81億元", "184﹒81億", 184.81e8, CNY, 1e6),
                        ("減少5﹒2%", "5﹒2%", -5.2, PC, 0.1), ("至547﹒38億元", "547﹒38億", 547.38e8, CNY, 1e6),
                        ("下跌20﹒8%", "20﹒8%", -20.8, PC, 0.1), ("934﹒27億元", "934﹒27億", 934.27e8, CNY, 1e6)]:
    s("pan", 10, q, v, u, vt=vt)
for p in (5, 6):
    AUTO("pan", p, REF)

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh72.toml", "corpus-fresh72")
