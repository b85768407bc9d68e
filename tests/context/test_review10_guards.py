"""Review 10: look-alikes of today's rules (5a17809..8b2dc50), written for the review.

Each case states the right reading, as a careful reader would give it. Cases marked xfail (strict) fail today:
the reason says what the rule gives and why it is wrong; the others pass and keep the rule's form (some are
positive cases: the rule fires where it should).
"""
from __future__ import annotations

import pytest

from factcheck.group import block_key, explain, group_claims
from helpers import annotated, compared, frames, xf


def _find(claims, path, text):
    return next(c for c in claims if c.path == path and c.text == text)


def together(docs, fa, fb) -> bool:
    """Whether figure fa of the first page and fb of the second share a group."""
    cs = annotated([("a.txt", docs[0]), ("b.txt", docs[1]), *[(f"{k}.txt", t) for k, t in enumerate(docs[2:])]])
    x, y = _find(cs, "a.txt", fa), _find(cs, "b.txt", fb)
    return any(cs.index(x) in g.members and cs.index(y) in g.members for g in group_claims(cs))


# -- 1. group._magnitudes_apart: levels 1.3x, shares 1.5x and a point, growth 2x and ten points -------------------

@pytest.mark.parametrize("a, b, want", [
    # two estimates of one level, within 1.3x: compared
    ("2024年全国粮食产量70650万吨。\n", "2024年全国粮食产量6.5亿吨。\n", True),
    ("2024年全國快遞業務量1750億件。\n", "2024年全国快递业务量1400亿件。\n", True),
    # a slipped scale by exactly 10: a conflict, not two quantities
    ("World coffee output reached 168.2 million bags in 2024.\n",
     "World coffee output reached 1,682 million bags in 2024.\n", True),
    # (fixed in review 10: 万 written for 亿, a factor of exactly 10,000, the Chinese scale slip, was two quantities)
    ("2024年全国快递业务量达1320亿件。\n", "2024年全国快递业务量达1320万件。\n", True),
    ("2024年全國快遞業務量達1320億件。\n", "2024年全国快递业务量达1320万件。\n", True),
    xf("World coffee output reached 170 million bags in 2024.\n",
       "World coffee output reached 230 million bags in 2024.\n", True,
       reason="two sources 1.35x apart on one level are taken for two quantities (the measured trade-off: no "
              "must-report pair of levels beyond 1.3x on the read corpora, 40 false)"),
    # (fixed in review 10: a slipped scale with one side rounded, 1.7 billion for 168.2 million, 10.1x, was more
    # than 1% off an exact power of ten, so two quantities; a bound times ten reaches any size: not a slip)
    ("World coffee output reached 1.7 billion bags in 2024.\n",
     "World coffee output reached 168.2 million bags in 2024.\n", True),
    ("2024年全球咖啡产量达到17亿袋。\n", "2024年全球咖啡產量達到1.682億袋。\n", True),
    ("World coffee output reached more than 160 million bags in 2024.\n",
     "World coffee output reached 1.7 billion bags in 2024.\n", False),
    # shares: within a point is one share's estimates, however far apart in ratio
    ("2024年華為在全球手機市場的份額為0.8%。\n", "2024年华为在全球手机市场的份额为1.7%。\n", True),
    xf("Huawei's share of China's smartphone market was 16% in 2024.\n",
       "Huawei's share of China's smartphone market was 25% in 2024.\n", True,
       reason="two trackers 1.56x and nine points apart on one share: taken for two things' shares"),
    # growth: a sign disagreement of the same size is compared; a small fall against a small rise too
    ("Global smartphone shipments fell 5% in 2023.\n", "Global smartphone shipments rose 5% in 2023.\n", True),
    ("2023年全球智能手机出货量下降3%。\n", "2023年全球智能手機出貨量增長1%。\n", True),
    xf("Global smartphone shipments fell 12% in 2023.\n", "Global smartphone shipments rose 1% in 2023.\n", True,
       reason="a fall of 12% against a rise of 1% (sources disagreeing on the direction) is 12x and 11 points "
              "apart in size: taken for two changes (a fall and a rise never apart was tried: precision fell on "
              "dev, fresh, fresh5 and held-out fresh9/fresh10)"),
])
def test_magnitudes(a, b, want):
    assert compared(a, b) is want


# -- 2. group._counts_its_word: a count followed by a word of its own object ----------------------------------------

@pytest.mark.parametrize("text, figure, keyed", [
    ("China's couriers handled 132 billion parcels in 2023.\n", "132 billion", True),
    ("In 2024, Japan had 9,000 railway stations.\n", "9,000", True),
    ("In 2024, India had 1.4 billion people.\n", "1.4 billion", True),
    ("2024年，日本有9000个火车站。\n", "9000个", True),
    # a bare number stays bare: no word of its own after it
    ("In 2024, the total was 1,267.\n", "1,267", False),
    # (fixed in review 10: a count of a word no table knows, of no one named and nowhere, is too little to
    # compare: two unnamed surveys' sizes, an unnamed city's stations, an unnamed firm's countries)
    ("A survey of 1,000 respondents was carried out in 2024.\n", "1,000", False),
    ("In 2024, the city opened 1,267 stations.\n", "1,267", False),
    ("In 2024, the firm had offices in 30 countries.\n", "30", False),
])
def test_counts_its_word(text, figure, keyed):
    assert (block_key(frames(text)[figure]) is not None) is keyed


@pytest.mark.parametrize("a, b, want", [
    ("A survey of 1,000 respondents was carried out in 2024.\n",
     "A survey of 1,200 respondents was carried out in 2024.\n", False),
    ("In 2024, the city opened 1,267 stations.\n", "In 2024, the city opened 1,300 stations.\n", False),
    ("China's couriers handled 132 billion parcels in 2023.\n", "2023年中国快递业务量达1320亿件。\n", True),
    ("2023年中國快遞業務量達1320億件。\n", "China's couriers handled 120 billion parcels in 2023.\n", True),
    xf("一项针对1000名受访者的调查于2024年进行。\n", "一项针对1200名受访者的调查于2024年进行。\n", False,
       reason="(a look-alike read through the classifier 名, not this rule) two unnamed surveys' sample sizes "
              "are compared as one quantity"),
])
def test_counts_of_a_word_compared(a, b, want):
    assert compared(a, b) is want


# -- 3. group._national_figures_join_their_country -------------------------------------------------------------------

@pytest.mark.parametrize("docs, fa, fb, want", [
    # 全國 on a Traditional Chinese page that names no country: the one country with figures of its key
    (["2024年全國糧食總產量70650萬噸。\n", "2024年中国粮食总产量7.065亿吨。\n"], "70650萬噸", "7.065亿吨", True),
    (["全國電動車銷量2024年增長8%。\n", "2024年中国电动车销量增长8.5%。\n"], "8%", "8.5%", True),
    # two countries with figures of the key: which one is not known, it joins neither
    (["全國電動車銷量2024年增長8%。\n", "2024年中国电动车销量增长8.5%。\n", "2024年日本电动车销量增长8.2%。\n"],
     "8%", "8.5%", False),
    # a page about a country it names keeps its 全國 to it
    (["2024年日本經濟\n\n日本2024年經濟增長0.1%。全國新車銷量下降7.5%。\n", "2024年中国新车销量下降7%。\n"],
     "7.5%", "7%", False),
    # (fixed in review 10: an English 'nationwide' on a page that names no country, most often a US page, joined
    # the one country another page has figures for)
    (["Nationwide, new-home sales fell 8% in 2024.\n", "Japan's new-home sales fell 7.5% in 2024.\n"], "8%", "7.5%",
     False),
    (["California's EV sales in 2024\n\nNationwide, EV sales rose 7.3% in 2024.\n", "China's EV sales rose 7% in 2024.\n"],
     "7.3%", "7%", False),
    xf(["德州房市\n\n德州2024年房屋銷量下降3%，全國房屋銷量下降4.1%。\n", "2024年中国房屋销量下降4%。\n"], "4.1%", "4%",
       False, reason="a Traditional Chinese page about a US state (德州, no table knows it): its 全國 is the US's, "
                     "moved to China's block"),
])
def test_national_figures(docs, fa, fb, want):
    assert together(docs, fa, fb) is want


# -- 4./5./6./7./8. facets of one figure -----------------------------------------------------------------------------

def check(x, facet: str, op: str, want) -> bool:
    got = getattr(x, facet)
    if op == "eq":
        return got == want
    if op == "ne":
        return got != want
    raise ValueError(op)


FACETS = [
    # 4. a paragraph ending in a colon dates the paragraphs after it
    ("2024年全国粮食产量如下：\n\n粮食产量7.07亿吨。\n", "7.07亿吨", "period", "eq", "2024"),
    ("2024年全國糧食產量如下：\n\n糧食產量7.07億噸。\n", "7.07億噸", "period", "eq", "2024"),
    ("In 2024, output was as follows:\n\nGrain output reached 707 million tonnes.\n", "707 million tonnes", "period",
     "eq", "2024"),
    # the items state their own years
    ("2024年主要数据如下：\n\n2023年快递业务量1320亿件。\n\n2022年快递业务量1105亿件。\n", "1105亿件", "period", "eq",
     "2022"),
    ("2024年的数据显示：\n\n一、全年快递业务量1750亿件。\n\n二、第一季度快递业务量增长25%。\n", "25%", "period", "eq",
     "2024-Q1"),
    # a comparison base is no period of the items
    ("与2019年相比，主要变化如下：\n\n全国粮食产量增长5%。\n", "5%", "period", "eq", None),
    ("與2019年相比，主要變化如下：\n\n全國糧食產量增長5%。\n", "5%", "period", "eq", None),
    # a quotation introduced with its year: what was said then
    ("In 2019, the minister said:\n\nGrain output will rise 5% this year.\n", "5%", "period", "eq", "2019"),
    # (fixed in review 10: an introduction naming two years gave its items the first)
    ("2015年和2020年的数据如下：\n\n快递业务量增长20%。\n", "20%", "period", "eq", None),
    ("2015年和2020年的數據如下：\n\n快遞業務量增長20%。\n", "20%", "period", "eq", None),
    ("Between 2015 and 2020:\n\nParcel volume rose 20%.\n", "20%", "period", "eq", "2015..2020"),  # (round 27:
    # the introduction's span, read whole; not its first year)
    xf("The report, published in 2023, lists the key figures:\n\nParcel volume rose 20% to 132 billion.\n",
       "132 billion", "period", "ne", "2023",
       reason="the year a report was published, in the paragraph introducing its figures, dates them"),

    # 6. a place in a with-/while-/whereas-clause is an aside a later pronoun does not take
    ("The ICCO announced a wider global deficit, with lower output in Ivory Coast and Ghana. It said grindings fell "
     "5% in 2024.\n", "5%", "subject", "ne", "Ghana"),
    ("China, with 60% of global output, is the largest producer. Its output rose 5% in 2024.\n", "5%", "subject",
     "eq", "China"),
    ("While smartphone sales in China slowed, Apple grew. Its shipments rose 8% in 2024.\n", "8%", "subject", "eq",
     "Apple"),
    ("2024年越南对美国出口增长25%，该国贸易顺差达到1040亿美元。\n", "1040亿美元", "subject", "eq", "Vietnam"),
    # (fixed in review 10: a with- or while-clause that opens the sentence ends at its comma; the place after it
    # is what the sentence is about)
    ("With a population of 1.4 billion, India is a huge market. Its smartphone shipments rose 8% in 2024.\n", "8%",
     "subject", "eq", "India"),
    ("While in Japan, the minister said India's exports rose 8% in 2024. Its imports rose 5%.\n", "5%", "subject",
     "eq", "India"),
    # (fixed in review 10: a name no table knows, Argentina, in a whereas-clause was no aside, and the pronoun
    # took it)
    ("Exports from Brazil rose 10% in 2024, whereas those from Argentina fell. Its soybean output reached 169 "
     "million tonnes.\n", "169 million tonnes", "subject", "eq", "Brazil"),
    ("Acme Robotics partnered with Zentrix Labs in 2024. Its revenue rose 5% to $3 billion.\n", "$3 billion",
     "subject", "eq", "Acme Robotics"),
    # (fixed in review 10: a Chinese with-clause, 随着…，, is an aside too: 该国 took the US)
    ("随着美国需求回升，越南2024年出口增长14%。该国贸易顺差达到1040亿美元。\n", "1040亿美元", "subject", "eq", "Vietnam"),
    ("隨著美國需求回升，越南2024年出口增長14%。該國貿易順差達到1040億美元。\n", "1040億美元", "subject", "eq", "Vietnam"),

    # 7. a market figure after the world's in its paragraph is the world's
    ("Global cocoa production is forecast to fall 11.7% in 2024. Grindings are expected to decline 4.8% to 4.855 "
     "million tonnes.\n", "4.855 million tonnes", "scope", "eq", "global"),
    ("2024年全球可可产量预计下降11.7%。研磨量预计下降4.8%至485.5万吨。\n", "485.5万吨", "scope", "eq", "global"),
    ("Global smartphone shipments rose 6% to 1.22 billion in 2024. In India, shipments rose 4% to 151 million.\n",
     "151 million", "subject", "eq", "India"),
    ("2024年全球智能手机出货量增长6%，达到12.2亿部。国内手机出货量增长8%，达到2.94亿部。\n", "2.94亿部", "subject", "eq",
     "China"),
    # (fixed in review 10: a national body's figure after the world's is its country's)
    ("Global crude steel output was 1.88 billion tonnes in 2024. According to the China Iron and Steel Association, "
     "crude steel output fell 1.7% to 1.005 billion tonnes.\n", "1.005 billion tonnes", "subject", "eq", "China"),
    ("2024年全球粗钢产量18.82亿吨。据中国钢铁工业协会统计，粗钢产量下降1.7%至10.05亿吨。\n", "10.05亿吨", "subject", "eq",
     "China"),
    ("2024年全球粗鋼產量18.82億噸。據中國鋼鐵工業協會統計，粗鋼產量下降1.7%至10.05億噸。\n", "10.05億噸", "subject", "eq",
     "China"),
    xf("India's smartphone market in 2024\n\nGlobal smartphone shipments rose 6% to 1.22 billion in 2024. Shipments "
       "rose 4% to 151 million.\n", "151 million", "scope", "ne", "global",
       reason="on a page about India, a figure after the world's naming no place is read as the world's, though "
              "it is an eighth of the world figure just before"),

    # 8. 大陆 is China (Taiwanese pages' 大陸) ...
    ("2024年，大陆手机出货量增长6%。\n", "6%", "subject", "eq", "China"),
    ("2024年，大陸手機出貨量增長6%。\n", "6%", "subject", "eq", "China"),
    ("2024年，中国大陆手机出货量增长6%。\n", "6%", "subject", "eq", "China"),
    # (fixed in review 10) ... but not in a continent's name, nor in Continental's
    ("2024年，非洲大陆可可产量下降11%。\n", "11%", "subject", "eq", "Africa"),
    ("2024年，欧洲大陆天然气消费量下降2%。\n", "2%", "subject", "eq", "Europe"),
    ("2024年，歐洲大陸天然氣消費量下降2%。\n", "2%", "subject", "eq", "Europe"),
    ("2024年，北美大陆大豆产量增长5%。\n", "5%", "subject", "eq", "North America"),
    ("2024年，大陆集团营收为397亿欧元。\n", "397亿欧元", "subject", "ne", "China"),
    ("2024年，大陸集團營收為397億歐元。\n", "397億歐元", "subject", "ne", "China"),
    xf("2024年，新大陆营收增长10%。\n", "10%", "subject", "ne", "China",
       reason="新大陆 (Newland, a company; 'the New World') is read as 大陆, China"),
]


@pytest.mark.parametrize("text, figure, facet, op, want", FACETS)
def test_a_figures_frame(text, figure, facet, op, want):
    assert check(frames(text)[figure].context, facet, op, want)


# -- 5. group._period_compatible: an amount held in a month and as of that month -----------------------------------

@pytest.mark.parametrize("a, fa, b, fb, meet", [
    ("截至2024年12月末，中国外汇储备为32024亿美元。\n", "32024亿美元", "2024年12月，中国外汇储备为32000亿美元。\n",
     "32000亿美元", True),
    ("2024年12月，中國5G用戶為9.8億戶。\n", "9.8億戶", "截至2024年12月底，中国5G用户达到10亿户。\n", "10亿户", True),
    ("In December 2024, Apple held 25% of the smartphone market.\n", "25%",
     "As of December 2024, Apple held 24% of the smartphone market.\n", "24%", True),
    # a flow in a month is not the flow to that month
    ("In December 2024, China exported $335 billion of goods.\n", "$335 billion",
     "As of December 2024, China had exported $3.3 trillion of goods.\n", "$3.3 trillion", False),
    ("2024年12月，全国快递业务量为170亿件。\n", "170亿件", "截至2024年12月，全国快递业务量为1750亿件。\n", "1750亿件", False),
    # another month: another amount
    ("In November 2024, China's 5G users were 1.0 billion.\n", "1.0 billion",
     "As of December 2024, China's 5G users were 1.01 billion.\n", "1.01 billion", False),
    xf("截至2024年底，中國外匯儲備為32024億美元。\n", "32024億美元", "2024年12月，中国外汇储备为32000亿美元。\n",
       "32000亿美元", True,
       reason="截至2024年底 (as of the end of 2024) is read as the year 2024, not as of December: a stock at the "
              "year's end and in December do not meet (a year and its December meeting for stocks was tried: "
              "held-out fresh10 fell, 0.161/0.621 -> 0.134/0.577)"),
])
def test_held_amounts(a, fa, b, fb, meet):
    cs = annotated([("a.txt", a), ("b.txt", b)])
    assert (explain(_find(cs, "a.txt", fa), _find(cs, "b.txt", fb)) is None) == meet
