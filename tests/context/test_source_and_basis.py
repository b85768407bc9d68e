"""source.py and basis.py: who says so; scope, qualifiers, capacity vs output."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, src", [
    ("According to Canalys, Lenovo held 24.2% of the market.\n", "24.2%", "Canalys"),
    ("Omdia data show SK hynix held 36.9% of the DRAM market.\n", "36.9%", "Omdia"),
    ("Lenovo held 24.1% of the market (Source: IDC).\n", "24.1%", "IDC"),
    ("据TrendForce统计，三星DRAM市占率为39.3%。\n", "39.3%", "TrendForce"),
    ("集邦咨询数据显示，三星DRAM市占率为39.3%。\n", "39.3%", "TrendForce"),
    ("某某研究数据显示，三星DRAM市占率为39.3%。\n", "39.3%", "某某研究"),
    # the statistics or data of a body: the body says so
    ("According to the statistics of GWEC, wind installations were 742,689 MW by end of 2020.\n",
     "742,689 MW", "GWEC"),
    ("According to the data of the OICA, car output was 93.5 million in 2024.\n", "93.5 million", "OICA"),
    # passive attribution: the agency estimates, the figure is the world's
    ("World coffee output in 2024/25 is estimated by the United States Department of Agriculture at 174.9 mln "
     "bags.\n", "174.9 mln bags", "USDA"),
    # what the source is, written between the cue and its name
    ("According to consultancy Zentrix Insight, Lenovo held 24.2% of the market.\n", "24.2%", "Zentrix Insight"),
    ("According to the market research firm Zentrix Insight, Lenovo held 24.2% of the market.\n", "24.2%",
     "Zentrix Insight"),
    ("According to leading U.K.-based analytics firm Zentrix Insight, Lenovo held 24.2% of the market.\n",
     "24.2%", "Zentrix Insight"),
])
def test_sources(text, figure, src):
    f = frames(text)[figure].context
    assert f.source == src and f.subject != src


def test_a_source_holds_for_the_rest_of_its_paragraph():
    got = frames("According to IDC, Lenovo shipped 15.2 million units. HP shipped 12.8 million.\n")
    assert got["12.8 million"].context.source == "IDC"


@pytest.mark.parametrize("text, figure, scope", [
    ("Lenovo held 24.1% of the global PC market.\n", "24.1%", "global"),
    ("联想在中国市场的份额为38%。\n", "38%", "China"),
    ("Apple held 9% of the worldwide market.\n", "9%", "global"),
    # where the subject ranks is not where the figure is counted
    ("连续十年领跑全球 新能源汽车产销数量破1200万辆\n", "破1200万辆", None),
    ("連續十年領跑全球 新能源汽車產銷數量破1200萬輛\n", "破1200萬輛", None),
    ("Zentria, the world's largest maker, sold 12 million cars in 2024.\n", "12 million", None),
])
def test_scope(text, figure, scope):
    assert frames(text)[figure].context.scope == scope


def test_capacity_and_output_are_stated_bases():
    assert "capacity" in frames("中国拥有全球92%的精炼产能。\n")["92%"].context.basis
    assert "output" in frames("中国拥有全球91%的精炼产量。\n")["91%"].context.basis


def test_the_top_five_is_a_yardstick_for_a_named_company_not_its_subset():
    from helpers import frames as fr

    assert "top" not in fr("Lenovo saw the strongest growth among the top five vendors at 16.6%.\n")["16.6%"].context.basis
    assert "top" in fr("前十大企业占全球产能的80%。\n")["80%"].context.basis


def test_a_product_named_right_after_a_source_is_part_of_the_attribution():
    got = frames("According to data from the International Data Corporation (IDC) Worldwide Quarterly Mobile Phone "
                 "Tracker, global smartphone shipments increased 1.4% in the second quarter of 2025.\n")["1.4%"]
    assert got.context.subject is None and got.context.source == "IDC"
    got = frames("Canalys Smartphone Analysis data show Samsung shipped 57.5 million units in Q2 2025.\n")
    assert got["57.5 million"].context.subject == "Samsung"


@pytest.mark.parametrize("text, figure, subject, scope", [
    # a country or region set before its sentence is where the figure holds, when someone else is its subject
    ("In the US, Apple retained a substantial 49% share in Q2 2025.\n", "49%", "Apple", "US"),
    ("In Mainland China, Huawei secured an 18% market share in Q2 2025.\n", "18%", "Huawei", "China"),
    ("在印度，vivo以21%的份额居首。\n", "21%", "vivo", "India"),
    # no one else named: the place is the subject, as before
    ("In China, smartphone shipments fell 4% in Q2 2025.\n", "4%", "China", None),
])
def test_a_place_set_before_the_sentence_is_its_scope(text, figure, subject, scope):
    got = frames(text)[figure].context
    assert (got.subject, got.scope) == (subject, scope)


def test_a_companys_figure_in_one_market_is_not_its_figure_where_no_market_is_named():
    from factcheck.group import _apart

    got = frames("In the US, Apple retained a 49% share in Q2 2025. Apple held 16% of the market in Q2 2025.\n")
    assert _apart(got["49%"], got["16%"]) == "scope differs: US vs unstated"


@pytest.mark.parametrize("text, figure, adjusted", [
    ("考虑到员工收入差异进行调整后，中国部署工业机器人的规模是美国的12倍。\n", "12倍", True),
    ("Inflation-adjusted revenue grew 3% in 2024.\n", "3%", True),
    # an adjustment of something else, after the figure, adjusts nothing
    ("苹果以4480万部的出货量排名第二，同比下降2%，尽管面临美国市场的库存调整挑战。\n", "4480万部", False),
])
def test_an_adjustment_before_the_figure_or_in_its_phrase(text, figure, adjusted):
    assert ("adjusted" in frames(text)[figure].context.basis) == adjusted


@pytest.mark.parametrize("text, figure, subject, source", [
    # a body no table knows, named by what it is, publishes figures: a source, never the subject
    ("World crude steel production was 144.5 million tonnes in December 2024, the Steelmakers Federation "
     "reported.\n", "144.5 million tonnes", None, "Steelmakers Federation"),
    ("According to the Nordic Wind Energy Association, Denmark added 1.2 GW of wind capacity in 2024.\n",
     "1.2 GW", "Denmark", "Nordic Wind Energy Association"),
    ("据欧洲风能协会统计，2024年德国新增风电装机3.3吉瓦。\n", "3.3吉瓦", "Germany", "欧洲风能协会"),
    # a publication is where the figure is said, not whom it is about
    ("The Wind Market Outlook puts global 2024 additions at 117 GW.\n", "117 GW", None, "Wind Market Outlook"),
    # a company is still a company
    ("Vestas Wind Systems delivered 13 GW of turbines in 2024.\n", "13 GW", "Vestas Wind Systems", None),
])
def test_a_body_that_publishes_figures_is_a_source(text, figure, subject, source):
    got = frames(text)[figure].context
    assert (got.subject, got.source) == (subject, source)


def test_a_unit_symbol_and_a_plural_possessive_are_not_names():
    got = frames("World output was 144.5 million tonnes (Mt) in December 2024, a 5.6% increase.\n")["5.6%"].context
    assert got.subject is None
    got = frames("EVs' share of new car sales rose above 20% in 2024.\n")["above 20%"].context
    assert got.subject is None and "ev" in got.topics


def test_a_scope_word_after_the_figures_clause_is_not_its_scope():
    # "…exceeded 12 million, leading the world for ten years": no world figure
    got = frames("2024年我国新能源汽车销量超1200万辆，连续十年全球领先。\n")["超1200万辆"].context
    assert got.scope is None and got.subject == "China"
    got = frames("Global EV sales reached 17.1 million in 2024.\n")["17.1 million"].context
    assert got.scope == "global"


@pytest.mark.parametrize("text, figure, subject, source", [
    # an abbreviation the page gives a body that publishes figures names that body, a source, wherever it stands
    ("The Nordic Wind Energy Council (NWEC) tracks the market.\n\nNWEC expects 93 GW of wind to be added in 2025.\n",
     "93 GW", None, "NWEC"),
    ("國際航空運輸協會(IATA)發布報告。\n\nIATA預計2025年航空客運量達52億人次。\n", "52億人次", None, "IATA"),
    # an abbreviation of a company stays a name
    ("Vestas Wind Systems (VWS) shipped turbines.\n\nVWS delivered 13 GW in 2024.\n", "13 GW", "VWS", None),
])
def test_an_abbreviated_body_is_a_source(text, figure, subject, source):
    got = frames(text)[figure].context
    assert (got.subject, got.source) == (subject, source)


def test_a_name_read_across_a_terms_edge_is_none():
    # 空客 (Airbus) inside 航空客运量 (air passenger traffic)
    assert frames("2025年全球航空客运量预计达52亿人次。\n")["52亿人次"].context.subject is None
    assert frames("空客2024年交付766架飞机。\n")["766架"].context.subject == "Airbus"


def test_a_name_in_an_apposition_describing_the_source_is_part_of_the_attribution():
    got = frames("Zentrix Research Institute, a subsidiary of service provider Zentrix Holdings, recorded that "
                 "admissions reached 1.3 billion.\n")["1.3 billion"].context
    assert (got.subject, got.source) == (None, "Zentrix Research Institute")


@pytest.mark.parametrize("text, figure, terms", [
    # a country's growth rate of a money level its phrase states is in that currency's terms
    ("China's exports grew 5.9 per cent year on year in 2024 to US$3.58 trillion.\n", "5.9 per cent", "USD"),
    ("China's exports grew by 7.1 percent to 25.45 trillion yuan in 2024.\n", "7.1 percent", "CNY"),
    # ("as" after the level is no "a ton")
    ("China's exports grew 5.9 per cent to US$3.58 trillion as shipments surged in 2024.\n", "5.9 per cent", "USD"),
    ("2024年中国出口25.45万亿元，增长7.1%。\n", "7.1%", "CNY"),
    # (a rate without its level, a company's rate, and a price's rise keep none)
    ("China's exports grew 7.1 percent in 2024.\n", "7.1 percent", None),
    ("Apple's revenue grew 6% to $94.9 billion in the quarter.\n", "6%", None),
    ("Copper rose 6.6% to $12,960 a ton in 2025.\n", "6.6%", None),
])
def test_a_countrys_growth_rate_is_in_the_currency_of_its_level(text, figure, terms):
    mods = frames(text)[figure].context.modifiers
    assert mods == ((f"in {terms} terms",) if terms else ())


def test_growth_rates_in_two_currencies_do_not_meet():
    from factcheck.group import explain

    a = frames("China's exports grew 5.9 per cent year on year in 2024 to US$3.58 trillion.\n")["5.9 per cent"]
    b = frames("China's exports grew by 7.1 percent to 25.45 trillion yuan in 2024.\n", "u.txt")["7.1 percent"]
    c = frames("China's exports grew 7.1 percent in 2024.\n", "v.txt")["7.1 percent"]
    assert "qualifiers differ" in explain(a, b)
    assert explain(b, c) is None  # (they meet)


@pytest.mark.parametrize("text, figure, subject", [
    # a publication named in Chinese (规划, 报告, 公报, 白皮书 ...) says who says so, never whose figure it is
    ("《“十四五”全国种植业发展规划》，其中提到2020年全国茶叶产量为293万吨。\n", "293万吨", "China"),
    ("《中国核能发展白皮书》提到，全国核电发电量为4447亿千瓦时。\n", "4447亿千瓦时", "China"),
    # "the Middle Kingdom" is China, as the alias table writes it
    ("The Middle Kingdom produced 3.3 mmt of tea in 2023.\n", "3.3 mmt", "China"),
])
def test_a_publication_is_no_subject_and_an_epithet_is_its_country(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure", [
    # a place glued to a source's name is part of that name (日本電子情報技術產業協會), no subject
    ("據日本電子情報技術產業協會(JEITA)28日指出，全球半導體銷售額將達5,883.64億美元。\n", "5,883.64億美元"),
    # CAGR is an abbreviation of what is measured, no one's name
    ("全球半导体市场规模的CAGR为6.5%。\n", "6.5%"),
])
def test_names_that_are_no_subject(text, figure):
    assert frames(text)[figure].context.subject is None


def test_a_forecast_adjusted_upwards_is_a_forecast_not_an_adjusted_figure():
    # "adjusted its forecast": a verb (the forecast revised), no adjusted basis; "projecting" marks the forecast
    f = frames("WSTS has adjusted its Spring 2024 forecast upwards, projecting a 16.0 percent growth in the global "
               "semiconductor market.\n")["16.0 percent"]
    assert "adjusted" not in f.context.basis and "forecast" in f.context.basis
    # an inflation-adjusted figure keeps its basis
    g = frames("Real wages, inflation-adjusted, rose 2.1% in 2024.\n")["2.1%"]
    assert "adjusted" in g.context.basis


def test_a_body_named_x_of_y_is_a_source_not_the_subject():
    # "Association of Natural Rubber Producing Countries (ANRPC) anticipates …": who says so; the members' output
    f = frames("Association of Natural Rubber Producing Countries (ANRPC) anticipates 4.7 per cent increase in "
               "production of natural rubber by member-countries to 11.314 million tonnes in 2017.\n")["11.314 million tonnes"]
    assert f.context.subject is None and f.context.source == "Association of Natural Rubber Producing Countries"


def test_a_website_named_before_wang_zhan_is_a_source():
    # “AgenceEcofin”网站3月3日报道: a website reports; it is no subject
    f = frames("“AgenceEcofin”网站3月3日报道,世界可可市场在2023/2024年度出现了47.8万吨的赤字。\n")["47.8万吨"]
    assert f.context.subject != "AgenceEcofin"
