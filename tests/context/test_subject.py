"""subject.py and names.py: open-world subjects, aliases as normalisation, pronouns, adjectives, markets."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject", [
    # any proper noun is a subject, known or not; the alias table only normalises spellings
    ("Hapag-Lloyd carried 12.5 million TEU in 2024.\n", "12.5 million TEU", "Hapag-Lloyd"),
    ("Zentrix Memory held 9% of the NAND market.\n", "9%", "Zentrix Memory"),
    # a full stop after a word (no abbreviation) ends the name with its sentence: India, then China
    ("Tea is popular in India. China is the biggest producer, generating 2.74 million tonnes.\n",
     "2.74 million tonnes", "China"),
    ("Sales rose at U.S. Steel, which shipped 3.2 million tonnes.\n", "3.2 million tonnes", "U.S. Steel"),
    ("SK hynix held 36% of the DRAM market.\n", "36%", "SK hynix"),
    ("SK海力士的DRAM市占率为36%。\n", "36%", "SK hynix"),
    ("台積電第二季市占率達67.6%。\n", "67.6%", "TSMC"),
    # Chinese organisations by their ending, and before a stock code
    # (a firm the dictionary names, with its ending: its English name, as an English page writes it)
    ("长荣海运股份有限公司上半年营收1200亿元。\n", "1200亿元", "Evergreen Marine Corp."),
    ("联发科(2454)第三季营收1300亿元。\n", "1300亿元", "MediaTek"),
    ("宏远兴业(1460)第三季营收30亿元。\n", "30亿元", "宏远兴业"),
    # a miner's short name ends in its metal and 业 (钴业, 锂业, 矿业); a country's 矿业 is its mining industry
    ("智利的锂矿储量居首。盛新锂业2024年锂盐产量为4.2万吨。\n", "4.2万吨", "盛新锂业"),
    ("刚果金产量居首。金川钴业2024年钴产量为1.1万吨。\n", "1.1万吨", "金川钴业"),
    ("智利矿业2024年铜产量为530万吨。\n", "530万吨", "Chile"),
    # an unknown name closer to the figure wins over a known one further away
    ("Unlike Samsung, Zentrix Memory shipped 4 million units.\n", "4 million", "Zentrix Memory"),
])
def test_named_subjects(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    ("Lenovo led the market again. Its share reached 24.1% in the quarter.\n", "24.1%", "Lenovo"),
    ("Zentrix Memory reported results. The company booked sales of $4.2 billion.\n", "$4.2 billion", "Zentrix Memory"),
    ("华硕公布财报。该公司第三季营收达1500亿元。\n", "1500亿元", "ASUS"),
    ("華碩公布財報。該公司第三季營收達1500億元。\n", "1500億元", "ASUS"),
])
def test_pronouns_carry_the_subject_of_the_sentence_before(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_nationality_adjective_before_one_company_qualifies_and_makes_no_subject():
    f = frames("The Korean memory maker shipped 3 million units.\n")["3 million"].context
    assert f.subject != "Korea" and "Korea" in f.modifiers
    f = frames("A Chinese shipyard won 12 orders in 2024.\n")["12"].context
    assert f.subject != "China" and "China" in f.modifiers


@pytest.mark.parametrize("text, figure, subject", [
    # a nation's firms or producers taken together (cues.toml subject.collective): the nation's figure, as
    # 中国船厂 is China's
    ("Chinese shipyards won 70% of global orders in 2024.\n", "70%", "China"),
    ("South Korean shipyards had orders of 10.98 million CGT in 2024.\n", "10.98 million CGT", "Korea"),
    ("Japanese state-owned refiners processed 2.5 million barrels per day in 2024.\n",
     "2.5 million barrels per day", "Japan"),
    ("中国船厂2024年获得订单4645万CGT。\n", "4645万CGT", "China"),
    ("中资银行2024年贷款增长8%。\n", "8%", "China"),
])
def test_a_nationality_adjective_before_a_plural_of_firms_is_the_nation(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure", [
    ("According to Gartner, global PC shipments rose 4.8% in the first quarter of 2025.\n", "4.8%"),
    ("Omdia data show global DRAM revenue fell 9% in the first quarter of 2025.\n", "9%"),
    ("据IDC数据，2025年第一季度全球PC出货量增长4.9%。\n", "4.9%"),
])
def test_sources_are_not_subjects_and_a_market_figure_has_none(text, figure):
    f = frames(text)[figure].context
    assert f.subject is None and f.how == "market"
    assert f.source in ("Gartner", "Omdia", "IDC")


def test_respectively_and_parallel_pairs():
    got = frames("Boeing and Airbus delivered 348 and 766 aircraft in 2024.\n")
    assert (got["348"].context.subject, got["766"].context.subject) == ("Boeing", "Airbus")
    got = frames("波音和空客2024年分别交付348架和766架飞机。\n")
    assert (got["348架"].context.subject, got["766架"].context.subject) == ("Boeing", "Airbus")


def test_a_figure_alone_in_parentheses_belongs_to_the_name_before_it():
    got = frames("本科毕业院校来源，美国（28%）和中国（26%）几乎持平。\n")
    assert (got["28%"].context.subject, got["26%"].context.subject) == ("US", "China")


def test_a_figure_in_brackets_after_another_figure_is_about_whom_that_one_is_about():
    got = frames("In 2024 Chinese shipyards' hand-held orders amounted to 90.78 million CGT (58%), while "
                 "Hanwha Ocean had 9.1 million CGT (6%).\n")
    assert (got["58%"].context.subject, got["6%"].context.subject) == ("China", "Hanwha Ocean")
    # after a word that is not a name, still unknown
    # (in Traditional script: a Simplified page naming no place would be China's, see below)
    assert frames("已經超過對手(21.3%)。\n")["21.3%"].context.subject is None


def test_a_name_in_brackets_after_a_name_is_the_same_one():
    # a ticker or an abbreviation restates the name before it
    got = frames("据空中客车(EADSY)官网新闻稿，该公司2022年交付661架民用飞机。\n")
    assert got["661架"].context.subject == "Airbus"
    got = frames("Zentrix Memory (ZTXM) shipped 4 million units in 2024.\n")
    assert got["4 million"].context.subject == "Zentrix Memory"


def test_a_chinese_name_right_after_a_figure_starts_the_next_clause():
    # a comma left out: 韩国 is the subject of what follows, not of 70% (a Chinese subject comes first)
    got = frames("中国船厂全年获得订单4645万CGT,市场份额为70%韩国船厂订单量为1098万CGT。\n")
    assert got["70%"].context.subject == "China"
    assert got["1098万CGT"].context.subject == "Korea"


def test_a_dateline_place_is_not_the_subject():
    got = frames("Dubai, United Arab Emirates, April 16, 2025 — Worldwide PC shipments totaled 59 million units "
                 "in the first quarter of 2025.\n")
    assert got["59 million"].context.subject is None


@pytest.mark.parametrize("text", [
    "Los Angeles, January 5 - Worldwide PC shipments totaled 59 million units in the first quarter of 2025.\n",
    "New York, Jan. 5 (AP) -- Worldwide PC shipments totaled 59 million units in the first quarter of 2025.\n",
])
def test_a_dateline_with_no_year_is_not_the_subject(text):
    assert frames(text)["59 million"].context.subject is None


@pytest.mark.parametrize("text, figure, subject, source", [
    # a newspaper named after a place says so; it is not the place
    ("China Daily reported that Zentria sold 5 million phones in 2024.\n", "5 million", "Zentria", "China Daily"),
    ("香港商报报道，Zentria在2024年售出500万部手机。\n", "500万部", "Zentria", "香港商报"),
    ("香港商報報道，Zentria在2024年售出500萬部手機。\n", "500萬部", "Zentria", "香港商报"),
])
def test_a_newspaper_named_after_a_place_is_a_source(text, figure, subject, source):
    got = frames(text)[figure].context
    assert (got.subject, got.source) == (subject, source)


def test_a_word_capitalised_by_its_place_before_a_known_name_is_not_part_of_it():
    got = frames("Official Japan LNG import stats confirm a fall to 74.5mn tons in 2020.\n")
    assert got["74.5mn tons"].context.subject == "Japan"


def test_a_disease_is_not_a_name():
    got = frames("LNG imports fell to 63.44 million tonnes in 2022 due to Covid lockdowns.\n")
    assert got["63.44 million tonnes"].context.subject is None


def test_a_term_ending_in_a_bodys_word_is_not_a_body():
    got = frames("The Hollywood Box Office jumped to $9.05 billion in 2023.\n")["$9.05 billion"].context
    assert (got.subject, got.source) == ("Hollywood Box Office", None)


def test_a_sentence_start_or_a_capitalised_term_is_not_a_name():
    got = frames("Shipments rose 5% in 2024, and shipments of tablets rose 2%.\n"
                 "Personal Computer (PC) shipments grew 4.9% in 2025.\n")
    assert got["5%"].context.subject is None
    assert got["4.9%"].context.subject is None
    assert frames("DRAM revenue reached 27 billion U.S. dollars.\n")["27 billion U.S. dollars"].context.subject is None


def test_a_document_about_one_place_lends_it_to_figures_that_name_no_one():
    text = ("澳门统计暨普查局公布2024年数据。\n\n澳门全年入境旅客按年上升23.8%。\n\n"
            "入境旅客共34,928,650人次。\n")
    c = frames(text)["34,928,650人次"].context
    assert (c.subject, c.how) == ("Macau", "document")


@pytest.mark.parametrize("text, figure", [
    # the place is named once; the national body the alias table gives a country names it a second time
    ("內地去年新車銷量創新高\n\n去年新車銷量按年增長4.5%。\n\n國家統計局昨日公布有關數據。\n\n電動車\n\n電動車銷量1286萬輛。\n",
     "1286萬輛"),
    ("内地去年新车销量创新高\n\n去年新车销量按年增长4.5%。\n\n国家统计局昨日公布有关数据。\n\n电动车\n\n电动车销量1286万辆。\n",
     "1286万辆"),
    ("Mainland China's car sales hit a record\n\nSales rose 4.5% last year.\n\nThe National Bureau of Statistics "
     "published the data on Monday.\n\nElectric models\n\nSales of electric cars were 12.86 million.\n", "12.86 million"),
])
def test_a_national_body_counts_as_a_mention_of_its_country(text, figure):
    c = frames(text)[figure].context
    assert (c.subject, c.how) == ("China", "document")


def test_a_name_with_de_before_a_figure_is_a_comparator_only_after_a_ratio_verb():
    got = frames("中国的电网装机总量是美国的近3倍。\nSK海力士市占率36.9%，首次超越三星电子的34.4%。\n")
    assert got["近3倍"].context.subject == "China/US"
    assert got["34.4%"].context.subject == "Samsung"  # Samsung's own share, not a ratio


def test_a_pronoun_takes_its_antecedent_in_the_same_sentence():
    text = ("IDC counted 63.2 million units.\n\n"
            "Lenovo continued its run with 15.2 million units and a market share of 24.1%.\n")
    assert frames(text)["24.1%"].context.subject == "Lenovo"


def test_yici_is_respectively():
    text = "前五大PC品牌分别是:联想、惠普、戴尔,市场份额依次为25.5%、19.8%、13.3%。\n"
    got = frames(text)
    assert [got[f].context.subject for f in ("25.5%", "19.8%", "13.3%")] == ["Lenovo", "HP", "Dell"]


def test_the_name_a_figure_overtakes_is_not_its_subject():
    # 以N%压过B: the figure is the sentence subject's; B comes after a verb (in zh-Hant too)
    for text in ("SK海力士以市占率36%压过三星电子的34%。\n", "SK海力士以市佔率36%壓過三星電子的34%。\n"):
        got = frames(text)
        assert got["36%"].context.subject == "SK hynix" and got["34%"].context.subject == "Samsung"
    # a name right after the figure, in English, is still its own: "46 for Airbus"
    assert frames("Orders rose to 46 for Airbus in May.\n")["46"].context.subject == "Airbus"


def test_a_place_after_a_verb_of_travel():
    # 来台旅客 are visitors to Taiwan; 訪港 (zh-Hant) to Hong Kong; 台 alone elsewhere is no place
    assert frames("2024年來台旅客人數達786萬人次。\n")["786萬人次"].context.subject == "Taiwan"
    assert frames("全年访港旅客逾4450万人次。\n")["逾4450万人次"].context.subject == "Hong Kong"
    assert frames("这台机器售价3000元。\n")["3000元"].context.subject != "Taiwan"


def test_a_continent_is_not_the_country_inside_its_name():
    got = frames("South America led production with 50.17% of the global share.\n")
    assert got["50.17%"].context.subject == "South America"


def test_the_others_row_of_a_table_is_neither_the_market_nor_a_name():
    text = "| Vendor | Share |\n|---|---|\n| Lenovo | 24.1% |\n| Others | 30.5% |\n| Total | 100% |\n"
    got = frames(text)
    assert got["30.5%"].context.subject == "(others)" and got["100%"].context.subject is None


def test_the_market_average_beside_a_company_is_the_market_figure():
    got = frames("聯想集團第3季PC出貨量增長17.3%，增速高於市場平均的9.4%。\n")
    assert got["17.3%"].context.subject == "Lenovo" and got["9.4%"].context.subject is None
    got = frames("Lenovo grew 17.3%, well above the market average of 9.4%.\n")
    assert got["9.4%"].context.subject is None


def test_the_vocabulary_matcher_finds_the_longest_term_at_each_place():
    import re

    from factcheck.context.vocab import Matcher, trie_pattern

    words = {"america", "south america", "us", "usa", "u.s.", "台积电", "台积"}
    text = "south america, the usa and the u.s. buy from 台积电 and 台积"
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    assert [m.span() for m in re.finditer(trie_pattern(words), text)] == [m.span() for m in plain.finditer(text)]
    assert [w for _, _, w in Matcher(words).find(text)] == ["south america", "usa", "u.s.", "台积电", "台积"]


def test_names_joined_by_and_hold_a_figure_together():
    got = frames("AWS, Microsoft and Google capture 63% of the market.\n")
    assert got["63%"].context.subject == "Amazon+Google+Microsoft"
    zh = frames("AWS、微软Azure和谷歌云三大巨头占据66%市场份额。\n")
    assert zh["66%"].context.subject == "Amazon+Google+Microsoft"
    # distributive figures still go name by name
    got = frames("Boeing and Airbus delivered 528 and 735 aircraft.\n")
    assert got["528"].context.subject == "Boeing" and got["735"].context.subject == "Airbus"


def test_the_market_or_industry_figure_beside_named_companies():
    text = ("SK hynix outdid Samsung in the first quarter.According to TrendForce, global revenue for the DRAM "
            "industry reached some 27 billion dollars.\n")
    assert frames(text)["some 27 billion dollars"].context.subject is None
    assert frames("AWS and Google capture 63% of the $107B market.\n")["$107B"].context.subject is None


def test_a_plural_pronoun_takes_the_names_the_sentence_before_joined():
    text = "市场仍由三大云服务商主导:亚马逊网络服务(AWS)、微软Azure和谷歌云。它们占据了全球云基础设施支出的66%。\n"
    assert frames(text)["66%"].context.subject == "Amazon+Google+Microsoft"
    en = frames("The market is led by AWS, Microsoft and Google. They hold 63% of cloud spending.\n")
    assert en["63%"].context.subject == "Amazon+Google+Microsoft"
    # a singular pronoun still takes one name
    one = frames("Lenovo and HP led the market. The company held a 24% share of PC shipments.\n")
    assert one["24%"].context.subject in ("Lenovo", "HP")


def test_a_plural_pronoun_takes_the_names_joined_before_it_in_its_sentence():
    got = frames("2025年第二季度,AWS、微软和谷歌保持了排名,三者合计市场份额占全球的65%。\n")
    assert set(got["65%"].context.subject.split("+")) == {"Amazon", "Microsoft", "Google"}


@pytest.mark.parametrize("text, figure", [
    # a dateline says where the story was written
    ("MADRID: International tourism receipts reached USD1.4 trillion in 2023.\n", "USD1.4 trillion"),
    ("SEOUL, March 3 (Reuters) - Global DRAM revenue fell 9% in the first quarter of 2025.\n", "9%"),
    ("SEOUL, Jan. 16 (Xinhua) -- Global DRAM revenue fell 9% in the first quarter of 2025.\n", "9%"),
    ("SOUTH KOREA- Global DRAM revenue fell 9% in the first quarter of 2025, according to analysts.\n", "9%"),
    # "X-based" describes; "It" then carries no one
    ("The Madrid-based organization published new data. It said receipts reached USD1.4 trillion in 2023.\n",
     "USD1.4 trillion"),
    # a capitalised word that only starts list items is no name
    ("- Revised data for 2023 show export revenues reaching USD 1.8 trillion.\n", "USD 1.8 trillion"),
    # a title in capitals
    ("December 2023 COFFEE REPORT AND OUTLOOK Executive Summary World coffee production rose to 168.2 million "
     "bags.\n", "168.2 million bags"),
])
def test_words_that_only_look_like_names_are_not_subjects(text, figure):
    assert frames(text)[figure].context.subject is None


def test_a_typographic_apostrophe_in_a_name_is_the_plain_one():
    got = frames("In 2023/24 Ghana and Cote d’Ivoire produced almost 70% of the world’s cocoa.\n")
    assert set(got["almost 70%"].context.subject.split("+")) == {"Ghana", "Côte d'Ivoire"}


def test_a_domestic_figure_in_a_document_about_one_country_is_that_countrys():
    text = ("中国游戏产业报告发布。2024年中国游戏市场实际销售收入3257.83亿元。\n\n"
            "2024年国内游戏用户规模6.74亿人。中国游戏出海收入增长。\n")
    assert frames(text)["6.74亿人"].context.subject == "China"


@pytest.mark.parametrize("text, figure, subject", [
    # "a 19% market share" is the holder's; "the $107B cloud market" is the market's
    ("Samsung defended its lead in Q2 2025, claiming a 19% market share.\n", "19%", "Samsung"),
    ("Apple finished second with a 16% market share in Q2 2025.\n", "16%", "Apple"),
    ("AWS, Microsoft and Google hold 63% of the $107 billion cloud market.\n", "$107 billion", None),
])
def test_a_percentage_before_market_share_is_the_holders(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a word seen only at sentence starts, unknown to the vocabulary, before what a company does: a name
    ("Samsung shipped 57.5 million units in Q2 2025. Transsion ranked fifth, shipping 24.6 million units.\n",
     "24.6 million", "Transsion"),
    # a brand written in lower case, opening its sentence
    ("Xiaomi shipped 42.4 million units in Q2 2025. vivo ranked fourth, shipping 26.4 million units.\n",
     "26.4 million", "vivo"),
    # a known word opening a sentence is not a name, whatever verb follows
    ("Shipments rose 5% in Q2 2025. Exports accounted for 40% of output.\n", "40%", None),
    # a regional adjective qualifies
    ("Xiaomi shipped 42.4 million units, with strong Latin American sales. vivo ranked fourth, shipping 26.4 "
     "million units.\n", "26.4 million", "vivo"),
])
def test_a_name_at_a_sentence_start(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_words_of_a_title_case_headline_are_not_names():
    got = frames("Worldwide Smartphone Market Grows 1.4% in Q2 2025, Despite Global Uncertainty and Weak Demand in "
                 "China, according to IDC\n")["1.4%"].context
    assert got.subject is None and got.period == "2025-Q2"


def test_a_section_label_before_a_spaced_dash_is_not_a_name():
    got = frames("Core Insights - Global smartphone shipments declined to 288.7 million units in Q2 2025 [1] Company "
                 "Performance - Samsung remains the market leader with shipments of 55.3 million units\n")
    assert got["288.7 million"].context.subject is None
    assert got["55.3 million"].context.subject == "Samsung"


def test_a_place_after_the_sentences_pronoun_does_not_take_over_the_carried_name():
    text = ("Apple kept its lead in Q2 2025. However, it reported a 1% decline in China for the quarter. Strong "
            "growth elsewhere helped the company achieve a 1.5% increase in global shipments.\n")
    assert frames(text)["1.5%"].context.subject == "Apple"
    # a company named with a place hands on the company
    text = ("In China, Huawei led the market in Q2 2025. The company held an 18% share.\n")
    assert frames(text)["18%"].context.subject == "Huawei"


@pytest.mark.parametrize("text, figure, subject", [
    # a national body reports on its country when the figure names no place
    ("1月13日，中国汽车工业协会发布数据，显示2024年新能源汽车销量为1286.6万辆。\n", "1286.6万辆", "China"),
    ("The China Association of Automobile Manufacturers said new energy vehicle sales reached 12.87 million in "
     "2024.\n", "12.87 million", "China"),
    ("根據日本汽車販賣協會聯合會統計，2024年純電動車銷量為5.9萬輛。\n", "5.9萬輛", "Japan"),
    ("据国际能源署统计，2024年电动汽车销量为1700万辆。\n", "1700万辆", None),  # an international body
    # a figure of a research firm stays the market's
    ("According to Rho Motion, global EV sales reached 17.1 million in 2024.\n", "17.1 million", None),
    # a sentence opening with 其中 / "of these" is about a part of what the sentence before was about
    ("2024年我国汽车销量为3143.6万辆。其中，新能源汽车销量为1286.6万辆。\n", "1286.6万辆", "China"),
    ("In 2024 China's car sales reached 31.4 million. Of these, new energy vehicles accounted for 12.9 "
     "million.\n", "12.9 million", "China"),
    # without it, the next sentence's figure is not lent the place
    ("2024年我国汽车销量为3143.6万辆。新能源汽车全球销量为1776万辆。\n", "1776万辆", None),
])
def test_the_place_of_a_figure_naming_no_one(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject, source", [
    # a name with a place in it is no place
    ("SolarPower Europe found that the world added 597 GW of solar in 2024.\n", "597 GW", None, "SolarPower Europe"),
    ("Japan Airlines carried 40 million passengers in 2024.\n", "40 million", "Japan Airlines", None),
    # a part of a place is the place
    ("Southern Europe added 50 GW of solar in 2024.\n", "50 GW", "Europe", None),
    ("Northern China added 50 GW of solar in 2024.\n", "50 GW", "China", None),
    # but a world region the alias table knows is its own (the UN's and the WHO's regions)
    ("Western Europe added 50 GW of solar in 2024.\n", "50 GW", "Western Europe", None),
    ("The highest regional rate is in Southeast Asia, with 27% of over-15s using tobacco.\n", "27%",
     "Southeast Asia", None),
    # who announced, showed or found it is who says so
    ("Research specialist Rho Motion has announced that 17.1 million EVs were sold in 2024.\n", "17.1 million",
     None, "Rho Motion"),
    ("A new report by energy think tank Ember shows that 593 GW of capacity was added in 2024.\n", "593 GW", None,
     "Ember"),
])
def test_names_with_places_and_those_who_announce(text, figure, subject, source):
    got = frames(text)[figure].context
    assert (got.subject, got.source) == (subject, source)


def test_nationwide_in_a_simplified_chinese_page_that_names_no_place_is_chinas():
    got = frames("2023年全国网上零售额15.42万亿元，比上年增长11%。\n")["15.42万亿元"].context
    assert (got.subject, got.scope) == ("China", "domestic")
    # Traditional Chinese is written in Taiwan, Hong Kong and Macau alike: no home to assume
    assert frames("2023年全國網上零售額15.42萬億元。\n")["15.42萬億元"].context.subject is None
    # a page that names its place keeps it
    got = frames("印度2023年全国网上零售额增长20%。印度电商发展迅速。\n")["20%"].context
    assert got.subject == "India"


def test_a_market_figure_in_a_simplified_chinese_page_naming_no_place_nor_the_world_is_chinas():
    # no 全国 needed: a mainland page naming no place speaks of China
    got = frames("春运40天，铁路旅客发送量5.1亿人次，同比增长6.1%。\n")
    assert got["5.1亿人次"].context.subject == "China"
    assert got["6.1%"].context.subject == "China"
    # a page that speaks of the world somewhere: a figure naming no place may be the world's
    got = frames("全球PC市场增速呈现波动上升趋势。今年三季度出货量增长9.4%。\n")["9.4%"].context
    assert got.subject is None
    # Traditional Chinese has no home; a page naming its place keeps it
    assert frames("鐵路旅客發送量5.1億人次。\n")["5.1億人次"].context.subject is None
    assert frames("日本铁路旅客发送量5.1亿人次。日本旅游业发展迅速。\n")["5.1亿人次"].context.subject == "Japan"


@pytest.mark.parametrize("text, figure", [
    ("全社会跨区域人员流动量90.2亿人次。\n", "90.2亿人次"),
    ("全社會跨地區人員流動量90.2億人次。\n", "90.2億人次"),
    ("Inter-regional passenger trips reached 9.02 billion.\n", "9.02 billion"),
])
def test_a_region_crossed_is_no_scope_nor_subject(text, figure):
    got = frames(text)[figure].context
    assert got.scope != "regional" and got.subject != "regional"


def test_a_region_named_is_neither_the_subject_regional_nor_the_home_country():
    got = frames("亚太地区市场规模达到120亿美元。\n")["120亿美元"].context
    assert got.subject not in ("regional", "China")
    got = frames("Asia-Pacific market revenue reached $12 billion.\n")["$12 billion"].context
    assert got.subject != "regional"


def test_a_figure_in_brackets_after_a_word_naming_no_one_is_the_markets():
    from factcheck.group import block_key

    got = frames("2024年不過夜旅客(18,884,882人次)按年增加35%，較預期為高。\n")["18,884,882人次"]
    assert got.context.subject is None and block_key(got) is not None


@pytest.mark.parametrize("text, figure, subject", [
    # 我國 ("our country") on a Traditional Chinese page is Taiwan; 我国 on a Simplified one, China
    ("根據統計，我國去年太陽光電新增裝置容量達3.1GW。\n", "3.1GW", "Taiwan"),
    ("我國2024年出口成長10%，對美國出口創歷史新高。\n", "10%", "Taiwan"),
    ("2024年我国出口增长5.9%。\n", "5.9%", "China"),
    # a place the page names stays itself
    ("中國2024年出口成長5.9%。\n", "5.9%", "China"),
])
def test_our_country_is_the_country_of_the_pages_script(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a Traditional retelling of China's statistics bureau: its 我國 is China, not Taiwan
    ("國家統計局公布的數據顯示，2024年我國經濟總量達到134.9萬億元，比上年增長5%。\n", "134.9萬億元", "China"),
    # (one naming Taiwan stays Taiwan's, whatever it cites)
    ("國家統計局公布的數據顯示，中國經濟增長5%；台灣方面，我國經濟總量達到24.6兆元。\n", "24.6兆元", "Taiwan"),
    # (and one citing no national body keeps its script's country)
    ("數據顯示，2024年我國經濟總量達到24.6兆元。\n", "24.6兆元", "Taiwan"),
    # a body named after the country, which the alias table does not know (中國核能行業協會), says so too
    ("中國核能行業協會發布藍皮書。藍皮書顯示，2023年我國核電發電量達到4333.71億千瓦時。\n", "4333.71億千瓦時", "China"),
    # (a body of a country 我國 never names does not: a Taiwanese page citing 美國能源部 speaks as Taiwan)
    ("美國能源部協會發布報告。報告顯示，2023年我國核電發電量達到233億千瓦時。\n", "233億千瓦時", "Taiwan"),
])
def test_our_country_on_a_page_citing_another_countrys_national_body(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject, without", [
    # a page that opens with a national body's release: its figures naming no one are that country's
    ("3月29日，中國人民銀行公布2023年支付體系運行總體情況。\n\n2023年，銀行共處理電子支付業務2961.63億筆。\n",
     "2961.63億筆", "China", None),
    # (a Simplified page naming no place is China's anyway: its script's home)
    ("3月29日，中国人民银行公布2023年支付体系运行总体情况。\n\n2023年，银行共处理电子支付业务2961.63亿笔。\n",
     "2961.63亿笔", "China", "China"),
    ("The China Association of Automobile Manufacturers released its figures on Monday.\n\n"
     "Sales of new energy vehicles reached 12.87 million in 2024.\n", "12.87 million", "China", None),
])
def test_figures_naming_no_one_on_a_page_opening_with_a_national_body_are_its_countrys(text, figure, subject,
                                                                                        without):
    assert frames(text)[figure].context.subject == subject
    # a body named after no country lends none
    other = text.replace("中國人民銀行", "某研究院").replace("中国人民银行", "某研究院") \
        .replace("China Association of Automobile Manufacturers", "Rho Motion research group")
    assert frames(other)[figure].context.subject == without


@pytest.mark.parametrize("text, figure, subject", [
    # an organisation named after a place, with "of" in its name, is not the place
    ("Bank of China lent $5 billion in 2024.\n", "$5 billion", "Bank of China"),
    # the part of a place, or a place's own firm, is not an organisation
    ("Southern Europe bought 5 million cars in 2024.\n", "5 million", "Europe"),
    ("South Korea's LG Energy Solution installed 96.9 GWh in 2025.\n", "96.9 GWh", "LG Energy Solution"),
])
def test_names_that_hold_a_place(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure", [
    # a news credit in brackets opening a story names who filed it, not what it is about
    ("（德国之声中文网）2020年全球风电新增装机容量为96.7吉瓦。\n", "96.7吉瓦"),
    ("（德國之聲中文網）2020年全球風電新增裝機容量為96.7吉瓦。\n", "96.7吉瓦"),
    ("（中央社記者台北3日電）2020年全球風電新增裝機容量為96.7吉瓦。\n", "96.7吉瓦"),
])
def test_a_news_credit_in_brackets_is_not_the_subject(text, figure):
    assert frames(text)[figure].context.subject is None


@pytest.mark.parametrize("text, figure, subject", [
    # a place named with its market: the figure is the place's, and a pronoun after it stands for that market
    ("Germany added 5.8 GW of wind.\nThe U.S. market recovered from its previous slump and reached 4.9 GW.\n",
     "4.9 GW", "US"),
    ("Germany added 5.8 GW of wind.\nThe Brazilian market reached 2.1 GW.\n", "2.1 GW", "Brazil"),
    ("德国新增风电5.8吉瓦。美国市场从低迷中恢复,达到4.9吉瓦。\n", "4.9吉瓦", "US"),
    ("德國新增風電5.8吉瓦。美國市場從低迷中恢復,達到4.9吉瓦。\n", "4.9吉瓦", "US"),
    # a pronoun after a market share, not after a place's market, still carries the sentence before's subject
    ("CATL led. The company captured a 39.2% market share, making it the only maker with more than 30% of it.\n",
     "more than 30%", "CATL"),
])
def test_a_places_market_is_the_places(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject, src, period", [
    # a work in title marks is a name: the film's box office is the film's
    ("2025年春节档,《哪吒之魔童闹海》票房突破100亿元,《唐探1900》票房达到25亿元。\n", "25亿元", "唐探1900", None, "2025"),
    ("2025年春節檔,《哪吒之魔童鬧海》票房突破100億元,《唐探1900》票房達到25億元。\n", "25億元", "唐探1900", None, "2025"),
    # a publication's title says who says so; a year opening it dates its figures
    ("《2024年中国游戏产业报告》显示,国内游戏市场实际销售收入3257.83亿元。\n", "3257.83亿元", "China",
     "2024年中国游戏产业报告", "2024"),
    # (国内 in a Traditional page names no country: Taiwan's, Hong Kong's or Macau's)
    ("《2024年中國遊戲產業報告》顯示,國內遊戲市場實際銷售收入3257.83億元。\n", "3257.83億元", None,
     "2024年中国游戏产业报告", "2024"),
])
def test_a_work_in_title_marks_is_a_name_and_a_publication_a_source(text, figure, subject, src, period):
    got = frames(text)[figure].context
    assert (got.subject, got.source, got.period) == (subject, src, period)


def test_the_report_named_again_leaves_its_publisher_the_source():
    text = "中国互联网络信息中心(CNNIC)发布《中国互联网络发展状况统计报告》。《报告》显示,网民规模达11.08亿人。\n"
    assert frames(text)["11.08亿人"].context.source == "CNNIC"


@pytest.mark.parametrize("text, figure, subject", [
    # everyone but a name is a name of its own: non-OPEC supply is not OPEC's
    ("OPEC output rose to 27 million b/d in 2025, while non-OPEC production grew by 1.5 million b/d.\n",
     "1.5 million b/d", "non-OPEC"),
    ("Non-OPEC supply is expected to grow by 1.5 million b/d in 2025.\n", "1.5 million b/d", "non-OPEC"),
    ("非欧佩克产油国产量增加150万桶/日。\n", "150万桶/日", "non-OPEC"),
    ("非歐佩克產油國產量增加150萬桶/日。\n", "150萬桶/日", "non-OPEC"),
    # 非洲 is Africa, a name of its own; "nonprofit" before a name negates nothing
    ("非洲的可可产量为300万吨。\n", "300万吨", "Africa"),
    ("The nonprofit OPEC Fund gave 5 million dollars.\n", "5 million dollars", "OPEC"),
])
def test_everyone_but_a_name(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a sentence that goes on about the one before goes on about its subject
    ("Zentria imported 71.32 million tonnes of LNG in 2023. This is a rise compared to about 63.44 million "
     "tonnes in 2022.\n", "about 63.44 million tonnes", "Zentria"),
    ("中国今年大豆进口创新高。其中9月大豆进口量达到1286.9万吨。\n", "1286.9万吨", "China"),
    ("中國今年大豆進口創新高。其中9月大豆進口量達到1286.9萬噸。\n", "1286.9萬噸", "China"),
    # an addition is no continuation
    ("Zentria imported 71.32 million tonnes of LNG in 2023. In addition, global LNG trade grew 2%.\n", "2%", None),
])
def test_a_sentence_going_on_about_the_one_before(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a region named with 地区 / "region" is that region; only its market is a scope
    ("2023年中东地区入境人数增长22%。\n", "22%", "Middle East"),
    ("2023年中東地區入境人數增長22%。\n", "22%", "Middle East"),
    ("中东地区的复苏相对领先，其入境人数增长22%。\n", "22%", "Middle East"),
    ("Arrivals in the Middle East region grew 22% in 2023.\n", "22%", "Middle East"),
])
def test_a_region_named_as_a_region_is_the_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject, scope", [
    # a place after "in" / 在 in a sentence that named a company before it is where the company's figure holds
    ("While Zentria was the top brand, it saw a 1.3% drop in China in Q2 2025, leading to a 5.0% growth "
     "globally.\n", "1.3%", "Zentria", "China"),
    ("Shipments of Xiaomi fell 4% in India in 2024.\n", "4%", "Xiaomi", "India"),
    ("苹果2025年第二季度在中国的出货量下降1.3%。\n", "1.3%", "Apple", "China"),
    ("蘋果2025年第二季在中國的出貨量下滑1.3%，全球出貨量則成長5%。\n", "1.3%", "Apple", "China"),
    # no company before the place: the place is the subject ("records in Canada (1.9 GW) and Sweden (1 GW)":
    # a name after it is another place)
    ("New records were achieved in Canada (1.9 GW) and Sweden (1 GW) in 2014.\n", "1.9 GW", "Canada", None),
    ("Smartphone shipments in India grew 5% in 2023.\n", "5%", "India", None),
])
def test_a_place_after_in_beside_a_company_named_before_is_its_scope(text, figure, subject, scope):
    got = frames(text)[figure].context
    assert (got.subject, got.scope) == (subject, scope)


@pytest.mark.parametrize("text, figure, subject", [
    # a body named after its country, stating a national figure, states the country's figure
    ("加纳可可委员会将2023年全国可可产量预测下调至65万吨。\n", "65万吨", "Ghana"),
    ("日本汽車工業協會預計2024年全國汽車產量為800萬輛。\n", "800萬輛", "Japan"),
    ("The Ghana Cocoa Board cut its national cocoa output forecast for 2023 to 650,000 tons.\n", "650,000 tons",
     "Ghana"),
    # not when the figure is not a national one: the body's own figure
    ("The Ghana Cocoa Board employs 5,000 people.\n", "5,000", "Ghana Cocoa Board"),
])
def test_a_national_bodys_figure_for_the_whole_country_is_the_countrys(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a Latin name glued to Chinese at the start of a line is a name (Chinese has no sentence-start capitals)
    ("Zentria平台2024年同时在线用户峰值达3920万。\n", "3920万", "Zentria"),
    ("Zentria平台2024年同時在線用戶峰值達3920萬。\n", "3920萬", "Zentria"),
    # a scope word before 航空/银行 is a term, not an organisation's name
    ("2024年全球航空客运量增长10.4%。\n", "10.4%", None),
    ("全球航空客運量2024年成長10.4%。\n", "10.4%", None),
    ("2024年中国东方航空营收为1320亿元。\n", "1320亿元", "中国东方航空"),
])
def test_latin_names_in_chinese_text_and_scope_words_before_an_org_ending(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a corporate ending after a capitalised word makes it a company's name, even at a sentence start
    ("Zentria Corp reported second-quarter revenue of $5.2 billion in 2025.\n", "$5.2 billion", "Zentria"),
    ("Zentria Holdings Ltd said its revenue rose 5% in 2024.\n", "5%", "Zentria"),
    # a possessive at a sentence start is a name's
    ("Zentria's net income grew 12.4% in Q2 2025.\n", "12.4%", "Zentria"),
    # but not a time word's, nor a month's
    ("Today's figures show global sales rose 5% in 2024.\n", "5%", None),
])
def test_corporate_endings_and_possessives_make_names_at_a_sentence_start(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_month_with_a_possessive_is_no_subject():
    got = frames("Zentria Corp pumped 28.9 million barrels per day in 2019, down 750,000 bpd from August's revised "
                 "figure.\n")["750,000 bpd"].context
    assert got.subject == "Zentria"


@pytest.mark.parametrize("text, figure, subject", [
    # a nationality adjective before a nation's aggregate makes the nation the subject
    ("Brazilian coffee exports hit a record 50.4 million bags in 2024.\n", "50.4 million bags", "Brazil"),
    ("German inflation eased to 2% in 2024.\n", "2%", "Germany"),
    ("Chinese EV exports rose 20% in 2024.\n", "20%", "China"),
    # one company's aggregate is not the nation's: the adjective only qualifies
    ("The Korean memory maker's exports rose 5% in 2024.\n", "5%", None),
])
def test_a_nationality_adjective_before_a_nations_aggregate_is_the_nation(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # names joined by "and the" hold a figure together
    ("Europe and the Americas recovered 96% of pre-pandemic arrivals in 2024.\n", "96%", "Americas+Europe"),
    ("In 2024 the US and the UK accounted for 40% of sales.\n", "40%", "UK+US"),
])
def test_names_joined_by_and_the_hold_a_figure_together(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a capitalised word at a sentence start that does what a company does is a name
    ("Zentria processed 233.8 billion transactions in fiscal 2024.\n", "233.8 billion", "Zentria"),
    ("Zentria handled 41 million containers in 2024.\n", "41 million", "Zentria"),
])
def test_more_verbs_of_what_a_company_does(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure", [
    # a national body the alias table gives its country (`country = "China"`): figures naming no one are China's
    ("据海关总署统计，2022年全国进口铁矿石110686.4万吨，同比下降1.5%。\n", "110686.4万吨"),
    ("據海關總署統計，2022年全國進口鐵礦石110686.4萬噸，同比下降1.5%。\n", "110686.4萬噸"),
    ("據國家統計局數據，2023年全國原煤產量46.6億噸。\n", "46.6億噸"),
])
def test_a_national_body_the_alias_table_gives_a_country_reports_on_that_country(text, figure):
    assert frames(text)[figure].context.subject == "China"


@pytest.mark.parametrize("text, figure, subject", [
    # China's provinces are places of their own: the figure in brackets after one is its figure
    ("2023年，原煤产量超10亿吨的省份是山西省(13.57亿吨)和内蒙古自治区(12.11亿吨)。\n", "13.57亿吨", "Shanxi"),
    ("2023年，原煤產量超10億噸的省份是山西省(13.57億噸)和內蒙古自治區(12.11億噸)。\n", "12.11億噸", "Inner Mongolia"),
    ("In 2023, Shanxi produced 1.357 billion tonnes of coal.\n", "1.357 billion tonnes", "Shanxi"),
    # a province's name and a company's ending is a company
    ("海南航空2023年旅客运输量达到4800万人次。\n", "4800万人次", "海南航空"),
    ("北京银行2023年净利润为250亿元。\n", "250亿元", "北京银行"),
])
def test_a_province_is_a_place_and_its_name_with_a_companys_ending_a_company(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_the_place_a_news_agency_files_from_does_not_make_the_page_about_it():
    text = ("China's 2023 box office earnings exceed 54.9 bln yuan\n\nBEIJING, Jan. 1 (Xinhua) -- The film market "
            "in China has shown robust recovery, with the total box office earnings for 2023 exceeding 54.91 "
            "billion yuan.\n\nDomestic films took 83.77 percent of the total.\n")
    assert frames(text)["83.77 percent"].context.subject == "China"


@pytest.mark.parametrize("text, figure, subject", [
    # a section's label in capitals before a name the table knows is no part of the name
    ("BUSINESS China imports 2 mln tonnes of pork in 2019\n", "2 mln tonnes", "China"),
    ("MARKETS Japan imported 66 million tonnes of LNG in 2023\n", "66 million tonnes", "Japan"),
    # a name in capitals stays a name
    ("NVIDIA Corp sold 5 million GPUs in 2024.\n", "5 million", "Nvidia"),
])
def test_a_section_label_in_capitals_before_a_name_is_not_part_of_it(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure", [
    # a place in a with- or while-clause is an aside: the pronoun after it does not take it
    ("The ICCO announced a wider global cocoa deficit, with lower production in Ivory Coast and Ghana. In its "
     "quarterly update, the organization projected a deficit of 374,000 tonnes.\n", "374,000 tonnes"),
    ("The agency raised its outlook for world demand, while output in Brazil slowed. It expects demand of 104 "
     "million barrels a day.\n", "104 million barrels a day"),
])
def test_a_place_in_a_with_or_while_clause_is_not_carried(text, figure):
    assert frames(text)[figure].context.subject is None


def test_a_market_figure_after_the_worlds_in_its_paragraph_is_the_worlds():
    text = ("Cocoa prices hit records in Ghana and Ghana's farmers held back beans.\n\n"
            "ICCO predicts an 11.7% decline in cocoa production worldwide to 4.46 million tonnes. The organization "
            "also predicts grindings to fall to 4.8 million tonnes in the 2023/24 season.\n")
    x = frames(text)["4.8 million tonnes"].context
    assert x.subject is None and x.scope == "global"


@pytest.mark.parametrize("text, figure, subject", [
    # a place after 在/in in an earlier clause, after a company, is where that clause's fact holds
    ("vivo不僅在台灣躍升為第三大品牌，全球市佔率也達9.2%。\n", "9.2%", "vivo"),
    ("vivo不仅在台湾跃升为第三大品牌，全球市占率也达9.2%。\n", "9.2%", "vivo"),
    ("Lenovo became the top brand in India last year, and its global share reached 24.1%.\n", "24.1%", "Lenovo"),
    # in the figure's own clause the place is still where the figure holds (a scope, the company the subject)
    ("Apple saw a 1.3% drop in China.\n", "1.3%", "Apple"),
])
def test_a_place_in_an_earlier_clause_after_a_company_is_not_the_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, left_out", [
    # a body a figure leaves out is no one it is about
    ("2023年我国邮政行业业务收入(不包括邮政储蓄银行直接营业收入)累计完成15293亿元。\n", "15293亿元", "邮政储蓄"),
    ("2023年我國郵政行業業務收入(不包括郵政儲蓄銀行直接營業收入)累計完成15293億元。\n", "15293億元", "郵政儲蓄"),
    ("除了招商银行，其他银行的利润增长5%。\n", "5%", "招商"),
])
def test_a_body_a_figure_leaves_out_is_not_its_subject(text, figure, left_out):
    subject = frames(text)[figure].context.subject or ""
    assert left_out not in subject and "不包括" not in subject and "除" not in subject


@pytest.mark.parametrize("text, figure, subject", [
    # a place's definite description carries the place named before it
    ("In 2023, Shanghai handled 371 million tonnes of cargo. The port's container throughput rose by 3.5%.\n",
     "3.5%", "Shanghai"),
    ("Shenzhen's GDP grew 6% in 2023. The city's exports rose 4.2% in 2023.\n", "4.2%", "Shenzhen"),
])
def test_a_places_definite_description_carries_it(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a name inside a cause before the figure's clause says why, not whose
    ("Amid tensions in Asia and the Middle East, global military spending reached $2.44 trillion in 2023.\n",
     "$2.44 trillion", None),
    ("Driven by the war in Ukraine, world military expenditure rose to $2.44 trillion in 2023.\n", "$2.44 trillion",
     None),
    ("2023年受烏克蘭危機,以及亞洲、中東地區緊張局勢的影響,全球軍費開支達2.44萬億美元。\n", "2.44萬億美元", None),
    ("2023年受乌克兰危机以及亚洲、中东地区紧张局势影响,全球军费开支达2.44万亿美元。\n", "2.44万亿美元", None),
    ("由于美国加息,全球黄金需求下降5%。\n", "5%", None),
    # a name after the cause is the figure's own
    ("受需求疲軟影響,韓國半導體設備支出下降7%。\n", "7%", "Korea"),
    # a "cause" holding a figure of its own names whose figure the next one is
    ("The growth was largely driven by China with sales of 11 million in 2024, up 40% compared to 2023.\n", "40%",
     "China"),
])
def test_a_name_in_a_cause_before_the_figure_is_not_its_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject, scope", [
    # a trade partner after a trader is where the goods go or come from: the figure's scope, not its subject
    ("China's exports to the US fell 10% in 2024.\n", "10%", "China", "US"),
    ("China's imports from Australia rose 5% in 2024.\n", "5%", "China", "Australia"),
    ("2024年中国对美国出口下降10%。\n", "10%", "China", "US"),
    ("2024年中國對美國出口下降10%。\n", "10%", "China", "US"),
    ("2024年中国自澳大利亚进口增长5%。\n", "5%", "China", "Australia"),
    ("台灣2024年對美國出口成長46%。\n", "46%", "Taiwan", "US"),
    # goods come from their exporter and go into their importer: those are the subjects
    ("Exports from Vietnam to the EU rose 12% in 2024.\n", "12%", "Vietnam", "EU"),
    # with no trader named, the partner is the market the figure is about
    ("Shipments to Japan rose 8% in 2024.\n", "8%", "Japan", None),
])
def test_a_trade_partner_is_the_figures_scope_not_its_subject(text, figure, subject, scope):
    c = frames(text)[figure].context
    assert (c.subject, c.scope) == (subject, scope)


@pytest.mark.parametrize("text, figure, subject", [
    # a verb of causing before 公司 is no name: 公司 is "the company", the one named before
    ("受政策支持，比亚迪销量大幅增长，带动公司营收增长29%。\n", "29%", "BYD"),
    ("比亞迪銷量大幅增長，帶動公司營收增長29%。\n", "29%", "BYD"),
    # the name after the verb is still a name
    ("新品热销带动比亚迪公司营收增长29%。\n", "29%", "BYD"),
])
def test_a_verb_of_causing_before_gongsi_is_no_name(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # an industry's figure in the one place its sentence names is that place's
    ("In China, electricity consumption of the tertiary industry rose 9.6% in 2024.\n", "9.6%", "China"),
    ("In 2024, China's electricity consumption of the tertiary industry rose 9.6%.\n", "9.6%", "China"),
    # the industry's, where no place or someone else is named
    ("Global revenue for the DRAM industry reached $27bn in 2024.\n", "$27bn", None),
    ("In Japan, Sony's revenue for the games industry rose 9.6% in 2024.\n", "9.6%", None),
])
def test_an_industry_figure_in_the_one_place_its_sentence_names(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a name of an event, a holiday or a season is no one whose figure it could be
    ("Passenger trips across China during the Spring Festival travel rush reached 9.02 billion.\n", "9.02 billion",
     "China"),
    ("During Golden Week, Japan Airlines carried 1.2 million passengers.\n", "1.2 million", "Japan Airlines"),
    ("Sales during the Singles Day festival reached $20 billion.\n", "$20 billion", None),
    ("Alibaba's sales during Singles Day reached $20 billion.\n", "$20 billion", "Alibaba"),
])
def test_an_event_is_no_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_traditional_page_naming_taiwan_alone_has_taiwans_national_figures():
    got = frames("台灣經濟\n\n2024年全國出口增長9.9%，創歷史新高。\n")["9.9%"].context
    assert got.subject == "Taiwan"
    # a page naming no place keeps its 全國 unresolved, one naming another place too does not decide
    assert frames("2024年全國出口增長9.9%，創歷史新高。\n")["9.9%"].context.subject is None
    got = frames("台灣與日本經濟\n\n2024年全國出口增長9.9%，創歷史新高。\n")["9.9%"].context
    assert got.subject != "Taiwan" or got.how != "document"


def test_a_currency_written_with_a_places_name_is_no_mention_of_the_place():
    # "US$" three times is no vote for the US: the page is about China, so its unnamed exports are China's
    text = ("China's trade surplus hits a record\n\nChina's trade surplus grew in 2024, the customs said.\n\n"
            "Exports grew 5.9 per cent in 2024 to US$3.58 trillion, imports rose to US$2.59 trillion and the "
            "surplus reached US$992.1 billion.\n")
    got = frames(text)["5.9 per cent"].context
    assert got.subject == "China" and got.how == "document"


def test_a_trade_partner_is_no_vote_for_the_place_a_page_is_about():
    # shipments to China are where equipment goes: the world's forecast stays the market's
    text = ("Chip manufacturing equipment sales set for all-time record\n\n"
            "Semiconductor equipment revenues are forecast to hit $109 billion in 2024.\n\n"
            "Equipment shipments to China are projected to exceed a record USD 35 billion in 2024, and sales to "
            "China will stay the largest.\n")
    assert frames(text)["$109 billion"].context.subject is None


@pytest.mark.parametrize("text, figure, subject", [
    # a page speaking as its country (我國) has that country's figures where no place is named up to the figure
    ("財政部公布去年全年出口達到6407.5億美元，年增34.9%，美國更取代陸港成為我國最大出超來源。\n",
     "6407.5億美元", "Taiwan"),
    ("海关总署公布，2024年出口25.45万亿元，增长7.1%，其中对美国出口增长4.9%，我国外贸规模再创新高。\n",
     "25.45万亿元", "China"),
    # (a figure after a place in its sentence is that place's business; a page without 我國 keeps none)
    ("財政部公布去年全年出口達到6407.5億美元，年增34.9%，美國更取代陸港成為最大出超來源。\n",
     "6407.5億美元", None),
])
def test_a_page_speaking_as_its_country_has_its_countrys_figures(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_news_outlet_named_after_a_place_is_no_subject():
    text = ("(MENAFN - Caribbean News Global) Exports hit a record high in 2025, surging 34.9 percent to "
            "US$640.75 billion.\n")
    assert frames(text)["US$640.75 billion"].context.subject != "Caribbean"


def test_a_surplus_with_a_partner_is_no_vote_for_the_partner():
    # 對美國出超 twice and 美國總統 once: the page is no page about the US, its total surplus no US figure
    text = ("財政部公布去年進出口統計，出超金額年增百分之九十五、來到一五七一點四億美元，尤其，對美國出超金額來到"
            "一五○一點二億美元。\n\n美國總統川普多次提及台灣對美國的貿易順差。\n\n台對美國出超金額持續上升。\n")
    assert frames(text)["一五七一點四億美元"].context.subject != "US"


@pytest.mark.parametrize("text, figure, subject, scope", [
    # a national body's figures after its own world figure, in the paragraph before too, are still the world's
    ("World coffee production is projected to increase by 4.1% in 2024/25, the USDA said.\n\n"
     "The USDA said total production will rise to 176.23 million bags in 2024/25.\n", "176.23 million bags", None,
     "global"),
    # (another national body after the world's figure speaks for its country)
    ("Global crude steel output fell 0.9% to 1,882 million tonnes in 2024.\n\n"
     "According to the China Iron and Steel Association, output was 1,005 million tonnes in 2024.\n",
     "1,005 million tonnes", "China", None),
])
def test_a_national_bodys_figure_after_its_own_world_figure_is_the_worlds(text, figure, subject, scope):
    got = frames(text)[figure].context
    assert (got.subject, got.scope) == (subject, scope)


def test_a_photo_credit_carries_no_subject_to_the_next_paragraph():
    text = ("Taiwan's exports rose 11.8 percent in December, the Ministry of Finance said.\n\n"
            "Photo courtesy of Taiwan International Ports Corp via CNA\n\n"
            "The nation's exports for the whole of last year fell 9.8 percent to US$432.48 billion in 2023.\n")
    assert frames(text)["US$432.48 billion"].context.subject != "Taiwan International Ports"


def test_a_nationwide_figure_on_a_page_naming_only_provinces_is_their_countrys():
    text = ("數據顯示，2024年全國糧食總產量14130億斤。\n\n"
            "新疆調整種植結構，山東等糧食主產區增產。\n")
    assert frames(text)["14130億斤"].context.subject == "China"


@pytest.mark.parametrize("text, figure", [
    # a Traditional page naming only China and its provinces: its 我國 is China
    ("內蒙古、山西、新疆原煤產量持續增長。\n\n2023年我國原煤產量47.1億噸，同比增長3.4%。\n", "47.1億噸"),
    # a Traditional page citing only China's customs and naming no place: its unnamed figures are China's
    ("海關總署公布，2022年1~12月份鐵礦石進口量110,686.4萬噸，同比下降1.5%。\n", "110,686.4萬噸"),
])
def test_a_traditional_page_shown_to_speak_for_china(text, figure):
    assert frames(text)[figure].context.subject == "China"


def test_the_country_stands_for_a_place_never_for_a_thing_named_before():
    text = ("The total number of passenger trips across China during the travel rush reached 9.02 billion in 2025.\n\n"
            "Railway passenger volume reached 513 million in 2025, according to the China State Railway Group.\n\n"
            "The country's civil aviation sector recorded 90.2 million passenger trips in 2025.\n")
    assert frames(text)["90.2 million"].context.subject != "Railway"


@pytest.mark.parametrize("text, figure", [
    # a Traditional retelling of a release by the mainland's Ministry of Transport (交通運輸部; Taiwan's is 交通部):
    # its unnamed national figures are China's
    ("記者從交通運輸部獲悉，春運40天(2025年1月14日至2月22日)，全社會跨區域人員流動量90.2億人次。\n", "90.2億人次"),
    ("國家外匯管理局公布，2025年12月末外匯儲備規模為33579億美元。\n", "33579億美元"),
])
def test_more_national_bodies_say_whose_figures_they_publish(text, figure):
    assert frames(text)[figure].context.subject == "China"


def test_a_traditional_page_naming_taiwan_alone_has_taiwans_unnamed_figures():
    text = ("財政部今日公布，114 年第四季單季出口值達 1,881.1 億美元，寫下單季歷史新高。\n\n"
            "這顯示台灣在高科技供應鏈中的關鍵地位。\n")
    assert frames(text)["1,881.1 億美元"].context.subject == "Taiwan"
    # (naming another place too, and citing no ministry of its own, it stays the market's; a page opening with
    # 財政部 is Taiwan's whatever else it names: test_people_and_descriptions)
    other = text.replace("這顯示台灣", "這顯示台灣與南韓").replace("財政部今日公布，", "")
    assert frames(other)["1,881.1 億美元"].context.subject is None


@pytest.mark.parametrize("text, figure, subject", [
    # a sentence stating no figure, its subject a place with a verb of being or standing, says whose the next
    # sentence's figures are when that sentence names no one
    ("Japan remained the second largest market for industrial robots, behind China. Robot installations reached "
     "46,106 units in 2023.\n", "46,106", "Japan"),
    ("Despite a weak year, the Republic of Korea maintained a strong position. In 2023, robot installations totalled "
     "31,444 units.\n", "31,444", "Korea"),
    # a figure of the world stays the world's
    ("Brazil is the top producer. World output rose 5% in 2024.\n", "5%", None),
])
def test_a_place_the_sentence_before_is_about_is_whose_the_next_figures_are(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # the name an aside describes, not the possessive inside the aside
    ("Xinjiang, China's largest cotton-producing region, saw a 3.3 percent increase in planting area.\n",
     "3.3 percent", "Xinjiang"),
    ("Apple, the world's biggest phone maker, sold 50 million phones.\n", "50 million", "Apple"),
    # a "while" clause about the world is not the earlier clause's subject's
    ("Asia accounted for 70% of new robot installations in 2023, while new factory robot installations globally "
     "increased 10%.\n", "10%", None),
    ("Asia accounted for 70% of new robot installations in 2023, while new factory robot installations globally "
     "increased 10%.\n", "70%", "Asia"),
    # a pronoun's global share stays its own
    ("China, the largest market, saw sales rise 5%, while its global share rose to 30%.\n", "30%", "China"),
])
def test_asides_and_world_clauses(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, expect", [
    ("By region, 73% of new robots were installed in Asia, 15% in Europe and 10% in the Americas.\n",
     {"73%": "Asia", "15%": "Europe", "10%": "Americas"}),
    ("Of the total, 40% was in China, 25% in Japan and 10% in Korea.\n", {"40%": "China", "25%": "Japan"}),
    # (a name before a figure, no place after it: the name's)
    ("Apple, 20%, Samsung, 18% in the quarter.\n", {"20%": "Apple", "18%": "Samsung"}),
])
def test_in_a_list_of_figures_each_with_its_place_after_it_the_place_after_is_the_figures(text, expect):
    got = frames(text)
    assert {f: got[f].context.subject for f in expect} == expect


@pytest.mark.parametrize("text, figure", [
    # a surplus with a place, or a figure of a place named as where goods go, is the trader's, the place its scope
    ("財政部公布，去年對美國出超1501億美元。\n台灣去年出口6407億美元。\n", "1501億美元"),
    ("台灣去年總出超1571億美元，美國取代陸港成為最大出超來源，達1501億美元。\n", "1501億美元"),
])
def test_a_trade_partner_is_the_scope_not_the_subject(text, figure):
    got = frames(text)[figure].context
    assert got.subject != "US" and got.scope == "US"


def test_a_sentence_opening_with_a_total_continues_no_one_named_before():
    got = frames("Output in the Philippines was 5,400 tonnes of nickel last year. Total nickel output last year was "
                 "198,000 tonnes.\n")
    assert got["198,000 tonnes"].context.subject is None


def test_the_exporter_named_before_a_comma_is_no_partner():
    # (review) 中国为其最大出口市场 after a comma names the partner; Japan's own figure stays Japan's
    got = frames("2024年日本汽车出口增长5%，中国为其最大出口市场。\n")["5%"].context
    assert got.subject == "Japan"


@pytest.mark.parametrize("text, figure, subject", [
    ("With 5.2 million units shipped, Lenovo led the market.\n", "5.2 million", "Lenovo"),
    ("Having shipped 5.2 million units, Lenovo led the market.\n", "5.2 million", "Lenovo"),
    ("Japan had a record year. With 36.8 million foreign visitors, the country beat its record.\n",
     "36.8 million", "Japan"),
])
def test_a_phrase_opening_the_sentence_is_about_the_subject_after_its_comma(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_the_country_is_the_one_country_the_sentence_before_names_on_a_page_of_many_places():
    text = ("2024 was a monumental year for Japan's tourism industry. With 36.8 million foreign visitors, the "
            "country surpassed its record.\n\nVisitors from Southeast Asia, North America, Europe and the Middle "
            "East set records. Korea and China sent the most visitors.\n")
    assert frames(text)["36.8 million"].context.subject == "Japan"


@pytest.mark.parametrize("text, figure, subject", [
    ("Foreign direct investment (FDI) registered in Vietnam neared US$36.61 billion in 2023.\n",
     "US$36.61 billion", "Vietnam"),
    ("According to the report, foreign investment into Việt Nam rose 32 per cent.\n", "32 per cent", "Vietnam"),
])
def test_an_abbreviation_the_page_gives_a_phrase_of_ordinary_words_is_no_name(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_an_abbreviation_of_a_term_alone_names_no_one():
    got = frames("Vietnam attracted foreign direct investment (FDI) last year. FDI disbursement rose 3.5 percent.\n")
    assert got["3.5 percent"].context.subject != "FDI"


def test_an_abbreviation_a_body_is_given_stays_a_name():
    got = frames("The International Energy Agency (IEA) said demand rose 2%. The IEA expects 3% growth.\n")
    assert got["3%"].context.subject != "IEA" or got["3%"].context.source == "IEA"


@pytest.mark.parametrize("text, figure", [
    ("Exports surge to around 475 billion USD in 2025. (Photo: KIM DUNG)\n", "around 475 billion USD"),
    ("(Photo: KIM DUNG) Exports rose 14% to 405 billion USD.\n", "405 billion USD"),
    ("出口额增至4750亿美元。图片来源：越通社\n", "4750亿美元"),
])
def test_who_took_a_photo_is_no_subject(text, figure):
    assert frames(text)[figure].context.subject not in ("KIM DUNG", "越通社")


def test_a_dateline_naming_a_country_counts_among_the_pages_places():
    got = frames("VIETNAM, December 28 - Vietnam's exports rose 14% in 2023.\n\n"
                 "Imports grew 12% to $327 billion in 2023.\n")
    assert got["$327 billion"].context.subject == "Vietnam"
    # (a dateline naming a city is where the news was filed, no vote for the page's place)
    got = frames("BEIJING, Dec. 28 (Xinhua) -- Vietnam's exports rose 14% in 2023.\n\n"
                 "Imports grew 12% to $327 billion in 2023.\n")
    assert got["$327 billion"].context.subject is None


@pytest.mark.parametrize("text, figure, subject", [
    ("Hải Phòng attracted $3.1 billion of foreign investment in 2023.\n", "$3.1 billion", "Hải Phòng"),
    ("Đồng Nai attracted $2.2 billion of foreign investment in 2023.\n", "$2.2 billion", "Đồng Nai"),
    ("Łódź Holdings posted revenue of $80 million.\n", "$80 million", "Łódź"),  # (its ending dropped)
])
def test_names_written_with_latin_extended_letters_are_whole(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_second_place_in_capitals_after_a_dateline_and_the_word_after_them():
    # "VIETNAM, December 28 - HÀ NỘI —": both places are where the news was filed; the word after them opens a
    # sentence (a capital there names no one)
    from factcheck.context import names

    text = "VIETNAM, December 28 - HÀ NỘI — Disbursement of foreign investment reached US$23.18 billion in 2023.\n"
    assert text[:names.dateline_end(text)] == "VIETNAM, December 28 - HÀ NỘI — "
    assert frames(text)["US$23.18 billion"].context.subject != "Disbursement"


@pytest.mark.parametrize("text, figure", [
    # a unit symbol written after a figure's number looks like a name in capitals; it is the figure's unit
    ("The increase came despite a 1 GWe drop in overall capacity, to 392 GWe, of operable plants.\n", "392 GWe"),
    ("A total capacity of 369 GWe was in operation.\n", "369 GWe"),
    ("Output reached 2,600 TWh in 2023.\n", "2,600 TWh"),
])
def test_a_unit_after_a_figure_is_no_subject(text, figure):
    assert frames(text)[figure].context.subject not in ("GWe", "TWh")


def test_a_name_before_a_figure_with_a_unit_stays_its_subject():
    assert frames("Japan had 19 GWe of capacity in suspended operation.\n")["19 GWe"].context.subject == "Japan"
