"""Review 13: look-alikes of this session's rules (b4abbef..5a6ec9d), written for the review.

Each case states the right reading, as a careful reader would give it. Cases marked xfail (strict) fail today:
the reason says what the rule gives and why it is wrong; the others pass and keep the rule's form (some are
positive cases: the rule fires where it should). A reason saying "(before this session too)" marks a misfire
the session's rule sits next to but did not cause (checked against 791007f).
"""
from __future__ import annotations

import pytest

from factcheck.group import _base, group_claims
from helpers import annotated, compared, frames, xf


# -- 1. subject.home: a Simplified page's market figure naming no place is China's -------------------------------

@pytest.mark.parametrize("text, fig, want", [
    # the rule's own form: a mainland page naming no place and not the world
    ("春运期间，铁路旅客发送量5.1亿人次，同比增长6.1%。\n", "6.1%", "China"),
    # Traditional script: no home
    ("鐵路旅客發送量5.1億人次，同比增長6.1%。\n", "5.1億人次", None),
    # a page naming its place in the figure's sentence, or again and again, keeps it
    ("日本铁路旅客发送量5.1亿人次，同比增长6.1%。\n", "5.1亿人次", "Japan"),
    ("日本经济\n\n日本政府宣布加息。\n\n消费者物价指数同比上涨3.2%。\n", "3.2%", "Japan"),
    # the world spoken of, or a source: no home
    ("全球智能手机市场\n\n今年三季度出货量增长9.4%。\n", "9.4%", None),
    ("据IDC数据，今年三季度智能手机出货量为3.2亿部。\n", "3.2亿部", None),
    # a page about Japan (Vietnam) that names it once, in its heading: the figure is that country's
    xf("日本旅游业持续复苏\n\n2024年入境游客达3687万人次，同比增长47%。\n", "3687万人次", "Japan",
       reason="China: a heading naming Japan once is under the place vote's two mentions, so the page 'names no "
              "place' and the mainland home wins; inbound visitors to Japan become China's"),
    xf("越南经济观察\n\n2024年出口额达4057亿美元。\n", "4057亿美元", "Vietnam",
       reason="China: as above, Vietnam's exports on a page headed with Vietnam"),
    # 国际 (international) speaks of the world as 全球 does
    ("国际油价上涨5%，布伦特原油期货收于每桶80美元。\n", "5%", None),
    # a Traditional (Hong Kong) line with under three characters OpenCC changes is read as Simplified
    xf("樓價按月跌1.2%。\n", "1.2%", None,
       reason="China: language.detect needs three changed characters for zh-Hant, so a short Hong Kong line "
              "(樓價, 按月) takes the mainland home"),
])
def test_a_simplified_pages_home(text, fig, want):
    assert frames(text)[fig].context.subject == want


@pytest.mark.parametrize("text, fig", [
    # figures that are plainly not China's on a Simplified page
    ("2024年美国通胀率为2.9%，日本为2.7%。\n\n欧元区通胀率为2.4%。\n", "2.4%"),
    ("2024年美国通胀率为2.9%，日本为2.7%。\n\n欧元区通胀率为2.4%。\n\n失业率为4.1%。\n", "4.1%"),
    ("美国股市上涨20%。标普500指数上涨15%。\n", "15%"),
    xf("东京电子\n\n公司营收增长20%。\n", "20%",
       reason="China: Tokyo Electron's revenue (公司 = the company of the heading) becomes China's"),
])
def test_a_figure_that_is_not_chinas_on_a_simplified_page(text, fig):
    assert frames(text)[fig].context.subject != "China"


# -- 2. 跨区域 / cross-regional: a region crossed is no scope ------------------------------------------------------

@pytest.mark.parametrize("text, fig, subject", [
    ("全社會跨地區人員流動量90.2億人次。\n", "90.2億人次", None),
    # cross-border e-commerce is a category of trade, not a place crossed
    ("跨境电商进出口额达2.63万亿元，同比增长10.8%。\n", "10.8%", "China"),
    ("Inter-regional trade in Africa rose 5% in 2024.\n", "5%", "Africa"),
])
def test_a_region_crossed(text, fig, subject):
    c = frames(text)[fig].context
    assert c.scope != "regional" and c.subject == subject


# -- 3. an industry's figure in the one place its sentence names ---------------------------------------------------

@pytest.mark.parametrize("text, fig, want", [
    ("In Germany, output for the steel industry fell 4% in 2024.\n", "4%", "Germany"),
    # the place after the figure, two places, a company with the place: not the place's
    ("Output for the steel industry fell 4% in 2024, the worst year since Germany's reunification.\n", "4%", None),
    # a place inside a cause is no one's industry
    xf("Demand from China drove revenue for the steel industry up 8% in 2024.\n", "8%", None,
       reason="China: 'demand from China' is the cause, not whose steel industry (None before this session)"),
    xf("Exports to China helped the Australian iron ore industry earn $100 billion in 2024.\n", "$100 billion",
       "Australia", reason="China: the trade partner is taken for the industry's country, Australia left a "
                           "qualifier (before this session too)"),
])
def test_an_industrys_place(text, fig, want):
    assert frames(text)[fig].context.subject == want


# -- 4. a change right after its level keeps the level's words -----------------------------------------------------

def test_a_silent_change_after_its_level_in_traditional_script():
    got = frames("時間:2024-01-23\n\n2023年快遞業務量累計完成1320.7億件，同比增長19.4%。\n"
                 "2023年郵政函件業務累計完成9.7億件，同比增長2.7%；報紙業務累計完成167億份，同比增長0.8%。\n")
    assert got["2.7%"].context.words == got["9.7億件"].context.words
    assert got["0.8%"].context.words == got["167億份"].context.words


@pytest.mark.parametrize("text, fig, topic", [
    # a change naming its own object keeps it
    ("2024年全国出口25.45万亿元，同比增长7.1%；进口18.39万亿元，增长2.3%。\n", "2.3%", "imports"),
    ("2024年新能源汽车销量1287万辆，平均售价下降5%。\n", "5%", "price"),
])
def test_a_change_naming_its_own_object(text, fig, topic):
    assert topic in frames(text)[fig].context.topics


def test_a_level_and_its_change_under_a_heading_of_another_quantity():
    # 总花费 (spending) is no count of trips
    got = frames("旅游收入\n\n春节假期国内出游5.01亿人次，同比增长5.9%；国内游客出游总花费6770亿元，同比增长7%。\n")
    assert got["7%"].context.topics == got["6770亿元"].context.topics
    assert "arrivals" not in got["5.9%"].context.topics


@pytest.mark.xfail(strict=True, reason="misfire: 'arrivals' on the spending (6770亿元, 7%): 出游 in its phrase "
                                       "names trips (before this session too)")
def test_spending_is_no_arrivals():
    got = frames("旅游收入\n\n春节假期国内出游5.01亿人次，同比增长5.9%；国内游客出游总花费6770亿元，同比增长7%。\n")
    assert "arrivals" not in got["6770亿元"].context.topics


# -- 5. a month without its year never takes the base's year ---------------------------------------------------

@pytest.mark.parametrize("text, fig, period, base, on", [
    ("2025年7月8日\n\n截至6月底，外汇储备为33174亿美元，较去年12月底上升1.6%。\n", "1.6%", "2025-06 (as of)",
     "vs prev-12", "vs prev-12"),
    ("截至2024年1月底，外汇储备为32193亿美元，较去年12月底下降186亿美元。\n", "186亿美元", "2024-01 (as of)",
     "vs prev-12", "mom"),
    # no page date: the month stays yearless
    ("截至1月底，外汇储备为33990.8亿美元，较去年12月底增加412.1亿美元。\n", "33990.8亿美元", "?-01", None, None),
])
def test_a_yearless_month_and_its_base(text, fig, period, base, on):
    c = frames(text)[fig].context
    assert c.period == period and c.base == base and (base is None or _base(c.base, c.period) == on)


@pytest.mark.xfail(strict=True, reason="misfire: the change written before its level (较去年12月底增加412.1亿美元，"
                                       "至33990.8亿美元) is read as a level with the topic 'new' (before this "
                                       "session too)")
def test_a_change_before_its_level_is_a_change():
    c = frames("2026年2月8日\n\n截至1月底，外汇储备较去年12月底增加412.1亿美元，至33990.8亿美元。\n")["412.1亿美元"]
    assert c.context.measure == "change" and c.context.base == "vs prev-12"


# -- 6. 去年12月 / 今年3月 relative to the page's date -------------------------------------------------------------

@pytest.mark.parametrize("text, fig, want", [
    ("2025年1月15日\n\n今年12月预计出口增长3%。\n", "3%", "2025-12"),
    ("2025年1月15日\n\n去年12月末，外匯儲備為32024億美元。\n", "32024億美元", "2024-12"),
    ("今年3月份出口增长5%。\n", "5%", None),
    ("Published: 2025-01-15\n\nLast December, exports rose 3%.\n", "3%", "2024-12"),
])
def test_months_of_this_year_and_last(text, fig, want):
    assert frames(text)[fig].context.period == want


# -- 7. 按年 / 按月 / 按季, 升幅, 较…12月 ----------------------------------------------------------------------

@pytest.mark.parametrize("text, fig, measure, base", [
    ("今年首季經濟按年實質增長3.1%，按季增長2%。\n", "3.1%", "growth", "yoy"),
    ("今年首季經濟按年實質增長3.1%，按季增長2%。\n", "2%", "growth", "qoq"),
    # 按年齡 (by age) is no base
    ("按年齡劃分，65歲以上人口佔22%。\n", "22%", "share", None),
    # 按年率计算: annualised, quarter on quarter (US GDP in Chinese news), not year on year
    ("美国第一季度GDP按年率计算增长1.6%。\n", "1.6%", "growth", None),
    # 按季度发布 (published quarterly) says nothing of the growth's base
    ("数据按季度发布，一季度国内生产总值增长5.3%。\n", "5.3%", "growth", None),
    # a yield reckoned per year is no growth
    ("住宅租金按年計算的回報率為3.5%。\n", "3.5%", "percent", None),
    # 较2019年同期 is on 2019, not on the year before
    xf("2024年国庆假期，国内出游7.65亿人次，较2019年同期增长10.2%。\n", "10.2%", "growth", "vs 2019",
       reason="yoy: 同期 wins over the year it names (before this session too)"),
])
def test_hong_kong_bases(text, fig, measure, base):
    c = frames(text)[fig].context
    assert c.measure == measure and c.base == base


@pytest.mark.parametrize("text, fig, on", [
    # a change on last month's end, written by its month, is the month's change too
    xf("2025年3月20日\n\n今年2月末，外汇储备为32272亿美元，较1月末上升0.4%。\n", "0.4%", "mom",
       reason="no base: only December (较去年12月底, 较2024年12月) is read as a month base; 较1月末 is the "
              "same form"),
])
def test_a_change_on_the_month_before(text, fig, on):
    c = frames(text)[fig].context
    assert c.base is not None and _base(c.base, c.period) == on


# -- 8. names ending in an event word ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, fig, want", [
    ("Sony's Games revenue rose 8% in 2024.\n", "8%", "Sony"),
    ("During the Paris Olympics, Airbnb bookings rose 8%.\n", "8%", "Airbnb"),
    # companies whose names end in an event word
    ("Epic Games' revenue rose 8% in 2024.\n", "8%", "Epic Games"),
    ("Carnival Corp reported revenue of $25 billion in 2024.\n", "$25 billion", "Carnival"),
])
def test_an_event_word_ends_a_name(text, fig, want):
    assert frames(text)[fig].context.subject == want


def test_an_organisation_ending_in_an_event_word_is_still_a_source():
    # (a misfire at 5a6ec9d: 'World Economic Forum' ended in Forum, an event word, and lost its source too; the
    # working tree's cues.toml drops Forum, Summit, Conference and Congress from subject.events)
    assert frames("The World Economic Forum said 85 million jobs will be displaced by 2025.\n")[
        "85 million"].context.source is not None


# -- 9. records and milestones; passes / passing ---------------------------------------------------------------

@pytest.mark.parametrize("text, fig, never, qualifier", [
    ("2024年粮食产量再创新高，首次突破7亿吨大关。\n", "突破7亿吨", {"大关", "新高"}, "over"),
    ("2024年全国跨区域人员流动量665亿人次，较2023年增长14%，创历史新高。\n", "665亿人次", {"历史", "新高"}, None),
    # the past tense is a bound as well
    xf("Passenger numbers passed 1 billion in 2024.\n", "1 billion", set(), "over",
       reason="no qualifier: only 'passes'/'passing' are bounds, 'passed 1 billion' is an exact 1 billion"),
    xf("Global EV sales passed the 17 million mark in 2024.\n", "17 million", {"mark"}, "over",
       reason="no qualifier: as above"),
])
def test_records_and_passes(text, fig, never, qualifier):
    c = frames(text)[fig]
    assert not never & set(c.context.words) and c.qualifier == qualifier


@pytest.mark.parametrize("text, fig, word", [
    # 历史 is the object of historic buildings and cities, not a record
    ("2024年全市历史建筑达1200处。\n", "1200处", "历史"),
    ("2024年全市歷史建築達1200處。\n", "1200處", "历史"),
])
def test_history_as_an_object(text, fig, word):
    assert word in frames(text)[fig].context.words


@pytest.mark.xfail(strict=True, reason="misfire: 'first-time' is dropped with 'for the first time' ('time' was a "
                                       "word before): first-time buyers read as all buyers")
def test_first_time_buyers_are_not_all_buyers():
    a = frames("First-time buyers accounted for 24% of home purchases in 2024.\n")["24%"].context
    b = frames("Buyers accounted for 24% of home purchases in 2024.\n")["24%"].context
    assert (a.words, a.topics) != (b.words, b.topics)


# -- 10. a page's bound close to its own figure shares its cluster ------------------------------------------------

def _together(pages, a, b):
    cs = annotated([(f"{i}.txt", p) for i, p in enumerate(pages)])
    ia = next(i for i, c in enumerate(cs) if c.text == a[1] and c.path == f"{a[0]}.txt")
    ib = next(i for i, c in enumerate(cs) if c.text == b[1] and c.path == f"{b[0]}.txt")
    return any({ia, ib} <= set(g.members) for g in group_claims(cs))


_WIND = "The world installed 51,477 MW of wind capacity in 2014.\n"


@pytest.mark.parametrize("pages, a, b, met", [
    # the rule in Traditional script
    (["2014年全球新增風電裝機突破50吉瓦。2014年全球新增風電裝機51473兆瓦。\n", "2014年全球新增風電裝機51477兆瓦。\n"],
     (0, "突破50吉瓦"), (1, "51477兆瓦"), True),
    # a bound of another object (solar) near the wind figure stays out of the wind cluster
    (["Annual solar additions passes 50 GW for the first time in 2014. The world installed 51,473 MW of wind "
      "capacity in 2014.\n", _WIND], (0, "passes 50 GW"), (1, "51,477 MW"), False),
    (["2014年全球新增光伏装机突破50吉瓦。2014年全球新增风电装机51473兆瓦。\n", "2014年全球新增风电装机51477兆瓦。\n"],
     (0, "突破50吉瓦"), (1, "51477兆瓦"), False),
    # a bound more than 15% below: a milestone long passed
    (["Annual wind additions passes 40 GW in 2014. The world installed 51,473 MW of wind capacity in 2014.\n",
      _WIND], (0, "passes 40 GW"), (1, "51,477 MW"), False),
])
def test_a_bound_and_its_pages_figure(pages, a, b, met):
    assert _together(pages, a, b) is met


# -- 11. a figure's own past verb is no forecast -------------------------------------------------------------------

@pytest.mark.parametrize("text, fig, forecast", [
    ("Airbus, which delivered 766 jets last year, expects to deliver 820 jets in 2025.\n", "820", True),
    ("Boeing, which had delayed projects, forecast deliveries of 500 jets in 2025.\n", "500", True),
    # what analysts expect a company to report is their estimate, whatever tense the report takes
    xf("Analysts expect Tesla to report that it delivered 500,000 vehicles in the fourth quarter.\n", "500,000",
       True, reason="no forecast: 'delivered' right before the figure outweighs 'Analysts expect' (forecast "
                    "before this session); a consensus estimate meets the reported figure as one quantity"),
])
def test_a_past_verb_and_a_forecast(text, fig, forecast):
    assert ("forecast" in frames(text)[fig].context.basis) is forecast


# -- 12. trade verbs ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fig, topic, present", [
    ("Japan imported 65 million tonnes of LNG in 2024.\n", "65 million tonnes", "imports", True),
    ("Imported cars accounted for 5% of sales in 2024.\n", "5%", "imports", False),
    ("Exporting countries shipped 55 million tonnes of rice in 2024.\n", "55 million tonnes", "exports", True),
    xf("China exported goods worth $3.58 trillion in 2024.\n", "$3.58 trillion", "exports", True,
       reason="no exports (market_size): 'exported goods' is taken for the adjective form"),
    xf("The new policy brought in $5 billion of tax revenue in 2024.\n", "$5 billion", "imports", False,
       reason="imports: 'brought in' tax revenue is earned, not imported"),
])
def test_trade_verbs(text, fig, topic, present):
    assert (topic in frames(text)[fig].context.topics) is present


# -- 13. every country of the world ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fig, want", [
    ("Papua New Guinea exported 8 million tonnes of LNG in 2024.\n", "8 million tonnes", "Papua New Guinea"),
    ("巴布亚新几内亚2024年液化天然气出口增长5%。\n", "5%", "Papua New Guinea"),
])
def test_a_country_of_a_longer_name(text, fig, want):
    assert frames(text)[fig].context.subject == want


@pytest.mark.parametrize("text, fig, never", [
    ("几内亚湾2024年海盗事件增加20%。\n", "20%", "Republic of Guinea"),
    ("2024年黑山羊存栏量增长5%。\n", "5%", "Montenegro"),
    # rivers named after a country, and the places they flow through
    ("尼日尔河三角洲2024年石油产量下降5%。\n", "5%", "Republic of Niger"),
    ("约旦河西岸2024年失业率升至30%。\n", "30%", "Hashemite Kingdom of Jordan"),
    # 哥伦比亚 is also Columbia (the university, British Columbia)
    ("不列颠哥伦比亚省2024年木材产量下降10%。\n", "10%", "Colombia"),
    # a country's name inside a US state's
    ("New Mexico's oil output rose 10% in 2024.\n", "10%", "Mexico"),
    ("New Jersey's budget rose 5% in 2024.\n", "5%", "Jersey"),
    # capitalised only at the start of a sentence
    xf("Turkey sales rose 5% ahead of Thanksgiving in 2024.\n", "5%", "Türkiye",
       reason="Türkiye: a sentence's first word is always capitalised, so `capitalised` cannot tell the bird"),
])
def test_a_name_that_is_not_the_country(text, fig, never):
    c = frames(text)[fig].context
    assert c.subject != never and never not in c.modifiers


# -- 14. a national (全國) figure joins the one country of a like object ------------------------------------------

@pytest.mark.parametrize("a, b, met", [
    ("2024年全国粮食产量70650万吨。\n", "2024年全國糧食產量為70000萬噸。\n", True),
    # another object, or a far magnitude (Taiwan's births): no comparison
    ("2024年全国粮食产量70650万吨。\n", "2024年全國稻米產量為120萬噸。\n", False),
    ("2024年中國出生人口954萬人。\n", "2024年全國出生人口為13.4萬人，創歷史新低。\n", False),
    # a page headed with Taiwan: its 全國 is Taiwan's
    ("2024年中國全年出口增長5.9%。\n", "台灣經濟\n\n2024年全國出口增長9.9%，創歷史新高。\n", False),
])
def test_a_national_figure_joins_its_country(a, b, met):
    assert compared(a, b) is met


# -- 15. spans of days, and brackets after a span of time ---------------------------------------------------------

@pytest.mark.parametrize("text, fig, want", [
    ("2025年7月1日至12月31日，出口增长5%。\n", "5%", "2025-H2"),
    ("2025年10月1日至8日，國內出遊8.88億人次。\n", "8.88億人次", "2025-10"),
    ("春运（2025年1月14日至2月22日）期间，全社会跨区域人员流动量90.2亿人次。\n", "90.2亿人次", "2025"),
    # an English span in the bracket of a span of days
    xf("During the 40-day travel rush (Jan 14 to Feb 22, 2025), passenger trips reached 9.02 billion.\n",
       "9.02 billion", "2025", reason="undated: the English span of days in the bracket is not read"),
])
def test_spans_of_days(text, fig, want):
    assert frames(text)[fig].context.period == want


@pytest.mark.parametrize("text, fig, never", [
    # brackets after a span of time that give a comparison, not when it was
    ("国庆黄金周（比2019年多一天），国内出游8.26亿人次。\n", "8.26亿人次", "2019"),
    ("The 8-day holiday (2019: 7 days) saw 826 million domestic trips.\n", "826 million", "2019"),
    # a span of days crossing a year's end is not the month it ends in
    xf("2024年12月20日至2025年1月5日，出口增长5%。\n", "5%", "2025-01",
       reason="2025-01: the span's end month, as if the whole span were January (before this session too)"),
    ("国庆黄金周（2019年同期为7.82亿人次），国内出游8.26亿人次。\n", "8.26亿人次", "2019"),
])
def test_a_period_a_span_is_not(text, fig, never):
    assert frames(text)[fig].context.period != never


# -- 16. object.ignore: generate, experience, initial, 承接, 目前, … -------------------------------------------

def test_new_orders_and_the_orderbook_stay_apart():
    # 承接 ignored, the new orders keep their topic
    assert not compared("2024年中国承接了全球71%的订单。\n", "2024年中国手持订单占全球的63%。\n")


@pytest.mark.parametrize("text, fig, never", [
    ("2024年全国快递业务量依然保持增长，达1750亿件。\n", "1750亿件", "依然"),
])
def test_words_of_time_and_persistence_are_no_object(text, fig, never):
    assert never not in frames(text)[fig].context.words


@pytest.mark.xfail(strict=True, reason="misfire: 'experience' ignored: customer-experience spending reads as all "
                                       "customer spending (its word before)")
def test_customer_experience_is_an_object():
    assert "experience" in frames("Customer experience spending reached $600 billion in 2024.\n")[
        "$600 billion"].context.words


@pytest.mark.xfail(strict=True, reason="misfire: 'initial' ignored: initial and continuing jobless claims carry the "
                                       "same words (claim, jobless)")
def test_initial_claims_are_not_continuing_claims():
    a = frames("Initial jobless claims rose to 250,000 in the week.\n")["250,000"].context
    b = frames("Continuing jobless claims rose to 1.9 million in the week.\n")["1.9 million"].context
    assert (a.words, a.topics) != (b.words, b.topics)
