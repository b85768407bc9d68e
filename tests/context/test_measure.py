"""measure.py: share vs growth vs level, the change base, and the object from the figure's own phrase."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, measure, base", [
    ("Lenovo's market share reached 24.1%.\n", "24.1%", "share", None),
    ("AWS accounted for 30% of cloud spending.\n", "30%", "share", None),
    ("联想市占率为24.1%。\n", "24.1%", "share", None),
    ("聯想市佔率為24.1%。\n", "24.1%", "share", None),
    ("Global chip sales rose 12% year on year.\n", "12%", "growth", "yoy"),
    ("Revenue grew 7.1% quarter-on-quarter.\n", "7.1%", "growth", "qoq"),
    ("出货量同比增长4.9%。\n", "4.9%", "growth", "yoy"),
    ("營收季增7.1%。\n", "7.1%", "growth", "qoq"),
    ("营收环比下降9%。\n", "9%", "growth", "qoq"),
    # the base abbreviated with hyphens, as trade press writes it
    ("Output rose 4.2% y-o-y in March.\n", "4.2%", "growth", "yoy"),
    ("Output rose 1.1% M-o-M in March.\n", "1.1%", "growth", "mom"),
    # a change verb before "to" / "from" states levels
    ("SK hynix's share rose to 36.9% in the quarter.\n", "36.9%", "share", None),
    ("其市占率上升至36.9%。\n", "36.9%", "share", None),
    # no cue at all: a percentage, neither share nor growth
    ("The ratio was 64.1%.\n", "64.1%", "percent", None),
    ("Revenue was $5 billion.\n", "$5 billion", "level", None),
    ("Shipments rose by 3 million units.\n", "3 million", "change", None),
    ("中国的电网装机总量是美国的近3倍。\n", "近3倍", "multiple", None),
])
def test_measure_and_base(text, figure, measure, base):
    f = frames(text)[figure].context
    assert (f.measure, f.base) == (measure, base)


def test_the_object_comes_from_the_figures_own_phrase_not_a_neighbours():
    got = frames("中国拥有全球49%的储量、69%的开采量、92%的精炼产能。\n")
    assert "reserves" in got["49%"].context.topics and "mining" in got["69%"].context.topics
    assert "refining" in got["92%"].context.topics and "mining" not in got["92%"].context.topics
    got = frames("Gartner said 64.1% of cloud revenue went to the top three, and 12% of PC shipments to Apple.\n")
    assert set(got["64.1%"].context.topics) >= {"cloud", "revenue"}
    assert "cloud" not in got["12%"].context.topics


def test_words_no_vocabulary_knows_are_kept_in_both_scripts():
    a = frames("台积电光刻胶市占率为67.6%。\n")["67.6%"].context
    b = frames("台積電光刻膠市佔率為67.6%。\n")["67.6%"].context
    assert a.words and a.words == b.words  # 光刻, 刻胶: character pairs, one script after OpenCC
    assert "刻胶" in a.words


def test_terms_meet_across_languages():
    en = frames("Lenovo shipped 15.2 million units in the first quarter of 2025.\n")["15.2 million"].context
    zh = frames("2025年第一季度联想出货量1520万台。\n")["1520万台"].context
    assert "shipments" in en.topics and "shipments" in zh.topics


def test_an_elliptic_sentence_takes_the_object_and_periods_of_the_one_before():
    text = ("SK hynix's share of the global DRAM market rose from 36 percent in the fourth quarter of 2024 to 36.9 "
            "percent in the first quarter of 2025. During the same period, Samsung's share fell from 38.6 percent "
            "to 34.4 percent.\n")
    got = frames(text)
    a, b = got["38.6 percent"].context, got["34.4 percent"].context
    assert "dram" in a.topics and (a.period, b.period) == ("2024-Q4", "2025-Q1")
    assert a.subject == b.subject == "Samsung" and a.scope == "global"
    # Chinese: 同期 … 三星则从38.6%降至34.4%
    zh = frames("Omdia数据显示,SK海力士的全球DRAM市占率从2024年第四季的36%升至2025年第一季的36.9%。三星电子则从38.6%降至34.4%。\n")
    assert "dram" in zh["34.4%"].context.topics and zh["34.4%"].context.period == "2025-Q1"


def test_no_ellipsis_when_the_sentence_before_measures_another_kind():
    got = frames("Lenovo shipped 15.2 million PCs in Q1 2025. HP held 20.2%.\n")
    # a share never borrows the object of a count before it (the document's one topic, PCs, it may take)
    assert "shipments" not in got["20.2%"].context.topics


def test_the_verb_of_its_clause_names_the_quantity_of_a_counted_thing():
    got = frames("Year-to-date, Boeing and Airbus have delivered 54 and 79 aircraft.\n")
    assert {"aircraft", "deliveries"} <= set(got["79"].context.topics)
    zh = frames("空客去年交付了766架飞机。\n")
    assert "deliveries" in zh["766架"].context.topics


def test_a_figure_compared_with_the_one_before_it_in_its_sentence_measures_the_same():
    got = frames("Airbus' 2024 delivery of 766 aircraft was more than twice Boeing's 348.\n")
    c = got["348"].context
    assert c.subject == "Boeing" and "deliveries" in c.topics and c.period == "2024"


def test_an_aside_on_what_is_included_is_not_a_neighbours_object():
    got = frames("笔记本(包括移动工作站)出货量增长4%,达到5720万台。\n")
    assert "notebook" in got["5720万台"].context.topics and "mobile" not in got["5720万台"].context.topics


def test_a_list_of_things_does_not_cut_the_figures_phrase():
    # the commas and "and" of "desktops, notebooks, and workstations" list things; they end no phrase
    got = frames("Total shipments of desktops, notebooks, and workstations reached 70.1 million units.\n")
    assert {"pc", "shipments"} <= set(got["70.1 million"].context.topics)
    # a clause after a comma still ends one: the share is not the count's object
    got = frames("Vendors shipped 70.1 million notebooks, while tablets took 12% of spending.\n")
    assert "notebook" not in got["12%"].context.topics


@pytest.mark.parametrize("text, figure, whole", [
    ("Sales of DRAM and NAND rose 8% in 2025.\n", "8%", "memory"),
    ("Desktop, notebook and workstation shipments grew 5% in 2025.\n", "5%", "pc"),
    ("Laptops and desktops: shipments up 5% in 2025.\n", "5%", "pc"),
])
def test_two_kinds_of_one_thing_named_together_are_the_thing(text, figure, whole):
    topics = frames(text)[figure].context.topics
    assert whole in topics and not {"dram", "nand", "desktop", "notebook"} & set(topics)


def test_one_kind_named_alone_stays_that_kind():
    assert "notebook" in frames("2025年笔记本出货量增长5%。\n")["5%"].context.topics
    got = frames("Notebook shipments rose 5% and desktop shipments fell 3% in 2025.\n")
    assert "notebook" in got["5%"].context.topics and "desktop" in got["3%"].context.topics


def test_a_share_that_names_no_object_is_a_share_of_what_the_document_is_about():
    text = ("Cloud spending rose 20% in Q3 2025. Cloud revenue reached $100 billion.\n\n"
            "AWS kept the lead with a 32% share.\n")
    assert "cloud" in frames(text)["32%"].context.topics
    # a document about nothing in particular lends nothing
    assert frames("AWS kept the lead with a 32% share.\n")["32%"].context.topics == ()


@pytest.mark.parametrize("text, figure, count", [
    # a physical amount whose words name no vocabulary term is an amount of what the document is about; a
    # count is not ("the firm employs 3,000" in a wind report counts no wind)
    ("Global wind market 2020\n\nWind turbines are getting larger. Wind power installations hit a record.\n\n"
     "China built around 52 GW of its own class.\n", "around 52 GW", "3,000"),
    ("全球风电市场\n\n风电装机创新高。风电成本继续下降。\n\n中国自建约5200万千瓦。\n", "约5200万千瓦", "3000人"),
    ("全球風電市場\n\n風電裝機創新高。風電成本繼續下降。\n\n中國自建約5200萬千瓦。\n", "約5200萬千瓦", "3000人"),
])
def test_a_physical_amount_that_names_no_term_is_of_what_the_document_is_about(text, figure, count):
    assert "wind" in frames(text)[figure].context.topics
    assert "wind" not in frames(text.replace(figure, count))[count].context.topics


@pytest.mark.parametrize("text, figure, whole", [
    ("2025年第三季度全球台式机、笔记本及工作站总出货量同比增长6.8%,达到7200万台。\n", "7200万台", "pc"),
    ("2025年第三季度全球桌上型電腦、筆電及工作站總出貨量年增6.8%,達到7200萬台。\n", "6.8%", "pc"),
])
def test_kinds_of_one_thing_listed_with_a_chinese_comma_are_the_thing(text, figure, whole):
    topics = frames(text)[figure].context.topics
    assert whole in topics and not {"desktop", "notebook"} & set(topics)


def test_a_chinese_comma_between_clauses_still_cuts():
    got = frames("中国掌控全球60%开采和91%精炼、占据绝对主导。\n")
    assert "mining" not in got["91%"].context.topics


def test_an_aside_in_brackets_does_not_cut_the_phrase_and_a_level_after_a_change_shares_its_object():
    got = frames("2025年第三季度笔记本(包括移动工作站)出货量增长4%,达到5720万台。\n")
    assert "notebook" in got["4%"].context.topics and "notebook" in got["5720万台"].context.topics
    assert not any("移动" in w for w in got["4%"].context.words)


@pytest.mark.parametrize("text, figure, unit", [
    ("Brazil's crop is seen to recover 2.6 million bags to 30.1 million in 2024/25.\n", "30.1 million", "bag"),
    ("Revenue was US$5 billion in 2024, up from 4.2 billion in 2023.\n", "4.2 billion", "USD"),
    ("产量从150万吨增至180万。\n", "180万", "metric_ton"),
    ("產量從150萬噸增至180萬。\n", "180萬", "metric_ton"),
    # a rate whose "per day" the second figure leaves unsaid
    ("Output rose by 550,000 b/d to 12.41 million barrels in 2023.\n", "12.41 million barrels", "oil_barrel / day"),
    ("美國2023年原油產量將增加55萬桶/日，至1,241萬桶。\n", "1,241萬桶", "oil_barrel / day"),
    # past a rate comparing the two levels
    ("Output will plummet to 1.75 million tons, a 23% decline from the previous season's 2.3 million.\n",
     "2.3 million", "metric_ton"),
    ("产量降至175万吨，较上年的230万下降23%。\n", "230万", "metric_ton"),
    ("產量降至175萬噸，較上年的230萬下降23%。\n", "230萬", "metric_ton"),
    # (the level's object and year between it and the rate)
    ("Vexor produced 41,950 tons of zinc in 2023, up 51% from 27,699 in 2022.\n", "27,699", "metric_ton"),
    # the first end of a span, its unit written once after the second
    ("Global production rose from 168.2 million to 178 million bags.\n", "168.2 million", "bag"),
    ("产量从3万增至5万吨。\n", "3万", "metric_ton"),
])
def test_a_bare_number_after_a_figure_with_a_unit_is_in_that_unit(text, figure, unit):
    c = frames(text)[figure]
    assert c.written_unit == unit or c.unit == unit


def test_a_bare_number_in_another_clause_keeps_no_unit():
    got = frames("Exports reached 2.6 million bags; the firm employs 30,000.\n")
    assert got["30,000"].unit == "count"
    got = frames("Exports reached 2.6 million bags, up 5% as the firm hired 30,000.\n")
    assert got["30,000"].unit == "count"


def test_a_growth_rate_right_after_a_level_measures_that_level():
    text = ("值得关注的是，国产游戏在海外市场的表现同样亮眼，2024年自主研发游戏在海外市场的实际销售收入达到185亿美元，"
            "同比增长8%。\n")
    got = frames(text)
    assert set(got["8%"].context.topics) == set(got["185亿美元"].context.topics) >= {"revenue"}
    assert set(got["8%"].context.words) == set(got["185亿美元"].context.words)
    # a comparison base before it lends nothing: 相较于去年同期的6930万台增长9.4%
    got = frames("2025年第3季全球PC出货量达到7580万台，相较于去年同期的6930万台增长9.4%。\n")
    assert not {"相较", "较于"} & set(got["9.4%"].context.words)


@pytest.mark.parametrize("text, level, change", [
    # words of comparison after the rate name nothing new: it measures the level before it
    ("Global tea stocks will show a shortfall of 120,000 tons in 2025, 15% higher than the initial estimate.\n",
     "120,000 tons", "15%"),
    # (also when the document's topic is all the rate's own phrase has)
    ("Coffee prices climbed. Coffee output fell in 2025.\n\nThe council said the coffee market will show a "
     "shortfall of 120,000 tons for the 2025 season, 15% higher than the initial estimate of 90,000 tons.\n",
     "120,000 tons", "15%"),
    ("2025年全球茶叶库存将出现12万吨的缺口，比最初的估计高出15%。\n", "12万吨", "15%"),
    ("2025年全球茶葉庫存將出現12萬噸的缺口，比最初的估計高出15%。\n", "12萬噸", "15%"),
])
def test_a_change_right_after_a_level_that_names_nothing_new_measures_that_level(text, level, change):
    got = frames(text)
    assert set(got[change].context.topics) == set(got[level].context.topics)
    assert set(got[level].context.words) <= set(got[change].context.words)


def test_an_elliptic_sentence_in_a_document_about_one_topic_still_takes_the_periods_before():
    text = ("DRAM prices fell in 2025. DRAM revenue dropped 9% in the first quarter of 2025.\n\n"
            "SK hynix's share of the global DRAM market rose from 36 percent in the fourth quarter of 2024 to 36.9 "
            "percent in the first quarter of 2025. During the same period, Samsung's share fell from 38.6 percent "
            "to 34.4 percent.\n")
    got = frames(text)
    assert (got["38.6 percent"].context.period, got["34.4 percent"].context.period) == ("2024-Q4", "2025-Q1")
    assert got["36 percent"].context.subject == "SK hynix"  # its share of the market, not the market's


def test_a_named_holders_bare_percentage_in_a_paragraph_about_shares_is_its_share():
    got = frames("In Q1 2025 SK hynix took a 36% share of the DRAM market, while Samsung had 34%.\n")
    assert got["34%"].context.measure == "share"
    # no share said before it: a bare percentage stays a percentage
    assert frames("In Q1 2025 Samsung had 34%.\n")["34%"].context.measure == "percent"


def test_a_companys_growth_that_names_no_object_is_growth_in_what_the_document_is_about():
    text = ("PC shipments rose 9.4% in Q3 2025. Notebook PC demand stayed strong.\n\n"
            "Lenovo posted the strongest growth of the top six vendors, at 17.3%.\n")
    assert "pc" in frames(text)["17.3%"].context.topics
    # the market's bare growth in a document about one topic is that topic's; with no topic, it borrows nothing
    text = ("2025年第3季全球PC出货量达到7,580万台。\n\n联想的PC出货量增长17.3%，增速高于市场平均的9.4%。\n")
    assert "pc" in frames(text)["9.4%"].context.topics
    assert frames("Growth was 4% in 2025.\n")["4%"].context.topics == ()


@pytest.mark.parametrize("text, figure, measure", [
    ("Console revenue is expected to decline 1% year-on-year and reach $51.9 billion in 2024.\n", "$51.9 billion",
     "level"),
    ("World coffee output will rise a tad, at 174.9 million bags in 2024/25.\n", "174.9 million bags", "level"),
    ("AWS leads at 29% of the market, while Microsoft and Google rise.\n", "29%", "share"),
    ("ICCO estimates a 4.8% reduction in grindings.\n", "4.8%", "growth"),
    # a rate of growth stays a growth rate
    ("Cloud revenue grew at 20% in 2024.\n", "20%", "growth"),
])
def test_a_change_word_belongs_to_its_own_figure(text, figure, measure):
    assert frames(text)[figure].context.measure == measure


def test_how_a_figure_moved_is_not_what_it_measures():
    # adverbs (-ly) and reporting words ("research shows") are not part of an object; nouns in -ly are
    got = frames("Canalys research shows global smartphone shipments fell slightly to 288.9 million units in Q2 "
                 "2025.\n")["288.9 million"].context
    assert not {"slightly", "slight", "research", "show"} & set(got.words)
    got = frames("Output of the family farms rose sharply to 4.4 million tonnes in 2024.\n")["4.4 million tonnes"]
    assert set(got.context.words) == {"family", "farm"}


@pytest.mark.parametrize("text, figure, value, qualifier", [
    # a fall is a negative change, in every script; a rise and a bare year-on-year stay positive
    ("Shipments fell 1% in Q2 2025.\n", "1%", -1.0, None),
    ("2025年第二季度出货量同比下滑了1%。\n", "1%", -1.0, None),
    ("2025年第二季度出貨量年減1%。\n", "1%", -1.0, None),
    ("Revenue shrank 9 percent from the previous quarter.\n", "9 percent", -9.0, None),
    ("Apple posted a 2% year-on-year decrease.\n", "2%", -2.0, None),
    ("Shipments rose 1% year on year in Q2 2025.\n", "1%", 1.0, None),
    ("Its share fell 0.3 percentage points to 24%.\n", "0.3 percentage points", -0.3, None),
    # a floor of a fall is a ceiling of the change: "fell more than 5%" is under -5%
    ("Shipments fell more than 5% in Q2 2025.\n", "more than 5%", -5.0, "under"),
    # a figure written with its minus sign stays as written; a level the change reached is no change
    ("Shipments fell -1% in Q2 2025.\n", "-1%", -1.0, None),
    ("市占率从去年同期的14.2%下降到13.3%。\n", "13.3%", 13.3, None),
])
def test_a_fall_is_a_negative_change(text, figure, value, qualifier):
    c = frames(text)[figure]
    assert (c.value, c.qualifier) == (value, qualifier)


def test_a_figure_joined_by_or_restates_the_change_before_it():
    got = frames("Shipments fell to 288.7 million units in Q2 2025, a decrease of over 8 million units or 2.8% "
                 "quarter-on-quarter.\n")
    assert got["2.8%"].context.measure == "growth" and got["2.8%"].value == -2.8
    # another figure between, not a restatement: the change word is that one's
    got = frames("Revenue rose to $5 billion, while margins were 40% in Q2 2025.\n")["40%"].context
    assert got.measure != "growth"


@pytest.mark.parametrize("text, figure, measure", [
    # a change named as a rate is the change, even after "reached": 年增率达31.7%, 增速达到5%
    ("全球动力电池装车总量达1187GWh，年增率达31.7%。\n", "31.7%", "growth"),
    ("全球動力電池裝車總量達1,187GWh，年增率達31.7%。\n", "31.7%", "growth"),
    ("出货量增速达到5%。\n", "5%", "growth"),
    ("Shipment growth reached 5% in Q2 2025.\n", "5%", "growth"),
    # the level a change reached stays a level
    ("市占率增至24%。\n", "24%", "share"),
    ("Its market share rose to 24% in Q2 2025.\n", "24%", "share"),
])
def test_a_change_named_as_a_rate_is_the_change(text, figure, measure):
    assert frames(text)[figure].context.measure == measure


@pytest.mark.parametrize("text, figure, measure, value", [
    # a change word written right after another figure is that figure's
    ("Samsung leads with a 20% market share and a 7% annual growth, followed by Apple at 16% with a 2% decline.\n",
     "16%", "share", 16.0),
    ("Samsung leads with a 20% market share and a 7% annual growth, followed by Apple at 16% with a 2% decline.\n",
     "2%", "growth", -2.0),
    # figures joined in a list share the word after them
    ("客户端游戏和单机游戏市场分别实现了6%和15%的同比增速。\n", "6%", "growth", 6.0),
    ("印尼及马来西亚旅客量分别按年录得43%及50%增幅。\n", "43%", "growth", 43.0),
    # a Chinese change word right after a level is the next figure's: 较去年同期的6930万台增长9.4%
    ("出货总量达到7580万台，相较于去年同期的6930万台增长9.4%。\n", "9.4%", "growth", 9.4),
])
def test_a_change_word_after_another_figure_is_that_ones(text, figure, measure, value):
    c = frames(text)[figure]
    assert (c.context.measure, c.value) == (measure, value)


def test_a_name_after_the_figure_with_a_figure_of_its_own_is_that_ones():
    got = frames("Apple was at 16% with a 2% decline, and Xiaomi at 15% with no growth.\n")
    assert (got["2%"].context.subject, got["15%"].context.subject) == ("Apple", "Xiaomi")


def test_the_one_topic_a_document_names_is_its_topic_even_named_once():
    text = ("Global smartphone shipments declined to 288.7 million units in Q2 2025.\n\n"
            "Samsung remains the leader with 55.3 million units, holding a market share of 19.2%.\n")
    assert "smartphone" in frames(text)["19.2%"].context.topics


def test_lng_is_a_kind_of_natural_gas_and_lng_imports_never_meet_all_gas_imports():
    from factcheck.group import OBJECT_SIMILARITY, similarity

    lng = frames("China's LNG imports rose 12.6 percent in 2023.\n")["12.6 percent"]
    gas = frames("China's natural gas imports rose 9.9 percent in 2023.\n")["9.9 percent"]
    zh = frames("2023年中国液化天然气进口量增长12.6%。\n")["12.6%"]
    assert similarity(lng, gas) < OBJECT_SIMILARITY <= similarity(lng, zh)


def test_a_document_about_one_kind_naming_another_once_is_about_the_kind():
    # LNG eleven times, pipeline gas once: an LNG report, its bare figures LNG's (two kinds named alike: the thing)
    text = ("China's LNG imports hit a record. LNG demand rose as LNG prices fell, and LNG terminals ran full.\n\n"
            "Pipeline gas from Russia rose too. The country imported 67.13 million tonnes in 2020.\n")
    assert "lng" in frames(text)["67.13 million tonnes"].context.topics
    text = ("Pipeline gas and LNG both rose. LNG cargoes and pipeline gas flows were up.\n\n"
            "The country imported 120 million tonnes in 2023.\n")
    assert "natural_gas" in frames(text)["120 million tonnes"].context.topics


def test_new_energy_vehicles_are_evs_and_plug_in_hybrids_a_kind_of_them():
    got = frames("In 2024, NEV sales reached 12.87 million units in China.\n")["12.87 million"].context
    assert "ev" in got.topics and got.subject != "NEV"
    got = frames("2024年插电混动汽车销量为514万辆。\n")["514万辆"].context
    assert "phev" in got.topics and "ev" not in got.topics


@pytest.mark.parametrize("text, figure, value", [
    # a percentage more or less than something is a change against it
    ("Arrivals reached 1.4 billion in 2024, about 11% more than in 2023.\n", "about 11%", 11.0),
    ("Arrivals were 4% less than in 2019.\n", "4%", -4.0),
    ("Output was 5% above 2023 levels.\n", "5%", 5.0),
    ("2024年入境游客比2023年多11%。\n", "11%", 11.0),
    ("2024年入境旅客較2019年少4%。\n", "4%", -4.0),
    ("今年产量比最初的估计高出5%。\n", "5%", 5.0),
])
def test_a_percentage_more_or_less_than_something_is_a_change(text, figure, value):
    c = frames(text)[figure]
    assert (c.context.measure, c.value) == ("growth", value)


@pytest.mark.parametrize("text, figure, topics", [
    # two measured things joined by and, then two figures joined by and: in order
    ("In 2024, NEV production and sales reached 12.89 million and 12.87 million units.\n", "12.89 million",
     ("ev", "output")),
    ("In 2024, NEV production and sales reached 12.89 million and 12.87 million units.\n", "12.87 million",
     ("ev", "unit_sales")),
    ("2024年新能源汽车产量和销量分别为1288.8万辆和1286.6万辆。\n", "1288.8万辆", ("ev", "output")),
    ("2024年新能源汽车产量和销量分别为1288.8万辆和1286.6万辆。\n", "1286.6万辆", ("ev", "unit_sales")),
])
def test_two_measured_things_and_two_figures_pair_in_order(text, figure, topics):
    assert frames(text)[figure].context.topics == topics


def test_figures_listed_after_one_change_word_share_it():
    got = frames("Exports and imports rose 5% and 3% in 2024.\n")
    assert (got["5%"].context.measure, got["3%"].context.measure) == ("growth", "growth")
    assert (got["5%"].context.topics, got["3%"].context.topics) == (("exports",), ("imports",))
    got = frames("移动支付业务笔数和金额同比分别增长7.23%和11.15%。\n")
    assert got["11.15%"].context.measure == "growth"
    # a level after "to" is no change
    assert frames("The index rose 0.7% to 6,327.80.\n")["6,327.80"].context.measure == "level"


@pytest.mark.parametrize("text, figure, measure, value", [
    # a clause of only a name and a figure leaves out the verb of the clause before (gapping)
    ("Samsung grew 7%, Apple 16%.\n", "16%", "growth", 16.0),
    ("Samsung shipments fell 7%, Apple 16%.\n", "16%", "growth", -16.0),
    ("三星出货量增长7%，苹果16%。\n", "16%", "growth", 16.0),
    ("Samsung held 20% of the market, Apple 16%.\n", "16%", "share", 16.0),
    # a clause that says what its figure is keeps its own reading
    ("Revenue rose 5% in 2024, margins 40%.\n", "40%", "percent", 40.0),
])
def test_a_clause_of_a_name_and_a_figure_takes_the_verb_before(text, figure, measure, value):
    c = frames(text)[figure]
    assert (c.context.measure, c.value) == (measure, value)


def test_a_compound_of_two_measured_things_pairs_them_in_order():
    got = frames("去年新能源汽车产销分别为1288.8万辆和1286.6万辆，同比分别增长34.4%和35.5%。\n")
    assert "output" in got["1288.8万辆"].context.topics and "unit_sales" in got["1286.6万辆"].context.topics
    assert "output" in got["34.4%"].context.topics and "unit_sales" in got["35.5%"].context.topics
    # alone it is both, as "production and sales" is
    both = frames("2024年新能源汽车产销均超1200万辆。\n")["超1200万辆"].context.topics
    assert {"output", "unit_sales"} <= set(both)


def test_sales_are_revenue_in_money_units_sold_in_a_count_and_either_in_a_rate():
    from factcheck.group import OBJECT_SIMILARITY, similarity

    assert "revenue" in frames("Apple's sales were $95bn in Q2 2025.\n")["$95bn"].context.topics
    assert "unit_sales" in frames("EV sales were 17.1 million in 2024.\n")["17.1 million"].context.topics
    en = frames("Global EV sales grew 25% in 2024.\n")["25%"]
    zh = frames("2024年全球电动汽车销量增长25%。\n")["25%"]
    money = frames("2024年全球电动汽车销售额增长25%。\n")["25%"]
    assert similarity(en, zh) >= OBJECT_SIMILARITY and similarity(en, money) >= OBJECT_SIMILARITY
    assert similarity(zh, money) == 0.0  # units sold never meet revenue


def test_an_abbreviation_in_brackets_cuts_no_clause():
    got = frames("2024年全球純電動車(BEV)銷售約1,110萬輛，插電式混合動力車(PHEV)銷售約666萬輛。\n")
    assert "bev" in got["約1,110萬輛"].context.topics and "phev" in got["約666萬輛"].context.topics


@pytest.mark.parametrize("text, figure, measure, new", [
    # the 增 of 新增 (newly added) is no change word
    ("2020年全球风电新增装机93GW。\n", "93GW", "level", True),
    # a rise in an amount held is an addition: "capacity rose by 93 GW" is 93 GW added
    ("Global wind capacity rose by 93 GW in 2020.\n", "93 GW", "level", True),
    ("全球风电装机容量增加了93GW。\n", "93GW", "level", True),
    ("The world added 93 GW of wind capacity in 2020.\n", "93 GW", "level", True),
    # a rise in a flow stays a change; so does a fall in an amount held (retirements are no additions)
    ("Revenue rose by $5bn in 2024.\n", "$5bn", "change", False),
    ("Coal capacity fell by 5 GW in 2024.\n", "5 GW", "change", False),
])
def test_a_rise_in_an_amount_held_is_an_addition(text, figure, measure, new):
    got = frames(text)[figure].context
    assert (got.measure, "new" in got.topics) == (measure, new)


def test_the_second_of_a_pair_of_figures_measures_what_the_first_does():
    got = frames("具体来看，去年新能源汽车产销分别为1288.8万辆和1286.6万辆，同比分别增长34.4%和35.5%，占新车总销量的40.9%。\n")
    assert set(got["1286.6万辆"].context.topics) == {"ev", "unit_sales"}
    assert set(got["1288.8万辆"].context.topics) == {"ev", "output"}


@pytest.mark.parametrize("text, expect", [
    ("2024年该公司锌、镍、白银产量分别为30万吨、12万吨和900吨，同比分别增长5%、3%和8%。\n",
     {"30万吨": "zinc", "12万吨": "nickel", "900吨": "silver", "5%": "zinc", "3%": "nickel", "8%": "silver"}),
    ("Output of coffee, cocoa and sugar was 5.1, 3.2 and 2.4 million tonnes respectively in 2023.\n",
     {"5.1": "coffee", "3.2": "cocoa", "2.4 million tonnes": "sugar"}),
])
def test_three_things_listed_with_respectively_take_their_figures_in_order(text, expect):
    got = frames(text)
    for figure, key in expect.items():
        others = set(expect.values()) - {key}
        assert key in got[figure].context.topics and not others & set(got[figure].context.topics), figure


def test_generating_and_installed_capacity_are_capacity():
    from factcheck.group import OBJECT_SIMILARITY, similarity

    a = frames("Ember says 593 GW of solar generating capacity was added in 2024.\n")["593 GW"]
    b = frames("The world's new solar installed capacity reached 597 GW in 2024.\n")["597 GW"]
    assert similarity(a, b) >= OBJECT_SIMILARITY


@pytest.mark.parametrize("text", [
    "2024年新增装机277吉瓦,较前一年度增长28%。\n",
    "2024年新增裝機277吉瓦,較上一年增長28%。\n",
    "China added 277 GW in 2024, up 28% from the prior year.\n",
])
def test_a_change_on_the_year_before_is_year_on_year(text):
    got = frames(text)["28%"].context
    assert (got.measure, got.base) == ("growth", "yoy")


@pytest.mark.parametrize("text, other", [
    # a power is a capacity: "a total of 288 GW" of wind meets "cumulative installed capacity … 281,384 MW"
    ("In 2020 China's wind fleet reached a total of 288 GW.\n", "288 GW"),
    ("2020年中国风电累计达到288吉瓦。\n", "288吉瓦"),
    ("2020年中國風電累計達到288吉瓦。\n", "288吉瓦"),
])
def test_a_power_names_its_capacity(text, other):
    from factcheck.group import OBJECT_SIMILARITY, similarity

    assert "capacity" in frames(text)[other].context.topics
    if text.isascii():
        a = frames("By the end of 2020, China's cumulative wind power installed capacity was 281,384 MW.\n")
        assert similarity(a["281,384 MW"], frames(text)[other]) >= OBJECT_SIMILARITY


@pytest.mark.parametrize("text, figures", [
    # a growth rate that fell from one level to another: both ends are growth rates, each of its own year
    ("年成長率從2021年的154%降至2024年的36.8%。\n", {"154%": ("growth", "2021"), "36.8%": ("growth", "2024")}),
    ("年增长率从2021年的154%降至2024年的36.8%。\n", {"154%": ("growth", "2021"), "36.8%": ("growth", "2024")}),
    ("The growth rate fell from 154% in 2021 to 36.8% in 2024.\n",
     {"154%": ("growth", "2021"), "36.8%": ("growth", "2024")}),
    # a share that rose from one level to another stays a share
    ("Its market share rose from 20% in 2023 to 25% in 2024.\n", {"20%": ("share", "2023"), "25%": ("share", "2024")}),
])
def test_both_ends_of_a_from_to_pair_are_the_same_kind_of_figure(text, figures):
    got = frames(text)
    assert {f: (got[f].context.measure, got[f].context.period) for f in figures} == figures


def test_installations_and_newly_installed_capacity_meet_new_capacity():
    from factcheck.group import OBJECT_SIMILARITY, similarity

    a = frames("Newly installed wind capacity reached 93 GW in 2020.\n")["93 GW"]
    b = frames("2020年全球风电新增装机容量为93吉瓦。\n")["93吉瓦"]
    c = frames("Wind installations reached 93 GW worldwide in 2020, newly built.\n")["93 GW"]
    assert similarity(a, b) >= OBJECT_SIMILARITY and similarity(c, b) >= OBJECT_SIMILARITY


@pytest.mark.parametrize("text, first, second", [
    # two things named together, then their figures in the same order: each figure measures its own thing
    ("The total installed capacity of solar and wind power were around 887 GW and 521 GW respectively.\n",
     "around 887 GW", "521 GW"),
    ("太阳能和风电装机容量分别为8.9亿千瓦和5.2亿千瓦。\n", "8.9亿千瓦", "5.2亿千瓦"),
    ("太陽能和風電裝機容量分別為8.9億千瓦和5.2億千瓦。\n", "8.9億千瓦", "5.2億千瓦"),
])
def test_two_things_named_together_then_two_figures_measure_one_each(text, first, second):
    got = frames(text)
    assert "solar" in got[first].context.topics and "wind" not in got[first].context.topics
    assert "wind" in got[second].context.topics and "solar" not in got[second].context.topics


@pytest.mark.parametrize("text, figure, period", [
    # a percentage of a past level: measured against that level, dated by its own period, not the base's
    ("International arrivals reached 1.3 billion in 2023, representing 88 percent of pre-pandemic levels.\n",
     "88 percent", "2023"),
    ("Arrivals bounced back to 96% of 2019 levels in the first seven months of 2024.\n", "96%", "2024-01..07"),
    ("2024年国际游客人数达到2019年水平的98%。\n", "98%", "2024"),
    ("2024年國際遊客人數達到2019年水平的98%。\n", "98%", "2024"),
    ("2023年南亚已恢复到疫情前水平的87%。\n", "87%", "2023"),
])
def test_a_percentage_of_a_past_level_is_relative_to_it(text, figure, period):
    x = frames(text)[figure].context
    assert (x.measure, x.base, x.period) == ("relative", "vs 2019", period)


@pytest.mark.parametrize("text, figure, topic", [
    # a figure restated in brackets: the words after the brackets say what both measure
    ("Zentria took $7.7bn (RMB54.9b) at the box office in 2023.\n", "$7.7bn", "box_office"),
    ("Zentria took $7.7bn (RMB54.9b) at the box office in 2023.\n", "RMB54.9b", "box_office"),
    ("Zentria 2023年取得77亿美元（549亿元）票房。\n", "77亿美元", "box_office"),
    ("Zentria 2023年取得77億美元（549億元）票房。\n", "77億美元", "box_office"),
])
def test_a_figure_restated_in_brackets_shares_the_object_after_them(text, figure, topic):
    assert topic in frames(text)[figure].context.topics


@pytest.mark.parametrize("text, figure, absent", [
    # a cause after the figure says why, not what it measures
    ("The global tea market shrank 9% from the previous quarter, totaling $2.3 billion in the period, amid "
     "falling auction prices and lower shipments.\n", "$2.3 billion", {"price", "shipments"}),
    ("全球茶叶市场较上季减少9%，总计23亿美元，主要由于拍卖价格下跌和出货量下降。\n", "23亿美元", {"price", "shipments"}),
    ("全球茶葉市場較上季減少9%，總計23億美元，主要由於拍賣價格下跌和出貨量下降。\n", "23億美元", {"price", "shipments"}),
])
def test_a_cause_after_the_figure_is_not_what_it_measures(text, figure, absent):
    assert not absent & set(frames(text)[figure].context.topics)


@pytest.mark.parametrize("text, figure, measure", [
    # a change named in a with-phrase after the figure is another statement, not what the figure measures
    ("In Q2 2025 Samsung led with a 20% market share, followed by Apple at 16% with a 2% decline, and Xiaomi at "
     "15% with no growth.\n", "15%", "share"),
    ("Zentria held 30% of the market in 2024, with flat growth.\n", "30%", "share"),
    # without "with" the change word is the figure's own
    ("Zentria's revenue showed 15% growth in 2024.\n", "15%", "growth"),
])
def test_a_change_in_a_with_phrase_after_the_figure_is_not_its_measure(text, figure, measure):
    assert frames(text)[figure].context.measure == measure


@pytest.mark.parametrize("text, figure", [
    ("China's new energy vehicle penetration rate reached 41% in 2024.\n", "41%"),
    ("The adoption rate of mobile payments in India reached 41% in 2024.\n", "41%"),
    ("2024年中国新能源汽车渗透率达到40.9%。\n", "40.9%"),
    ("2024年中國新能源汽車滲透率達到40.9%。\n", "40.9%"),
])
def test_a_penetration_or_adoption_rate_is_a_share(text, figure):
    assert frames(text)[figure].context.measure == "share"


def test_foundry_terms_meet_across_languages():
    zh = frames("2024年第三季度，台积电在全球晶圆代工市场的份额为64.9%。\n")["64.9%"].context
    en = frames("TSMC's share of the global foundry market was 64.9% in Q3 2024.\n")["64.9%"].context
    assert "foundry" in zh.topics and "foundry" in en.topics


@pytest.mark.parametrize("text, figure, base", [
    # a percentage of a past year's arrivals, passengers or sales is relative to that year
    ("Europe recovered 96% of pre-pandemic arrivals in 2024.\n", "96%", "vs 2019"),
    ("Airlines flew 95% of 2019 passengers in 2023.\n", "95%", "vs 2019"),
])
def test_a_percentage_of_a_past_years_quantity_is_relative_to_it(text, figure, base):
    got = frames(text)[figure].context
    assert (got.measure, got.base) == ("relative", base)


@pytest.mark.parametrize("text, figure, measure", [
    # a percentage of a whole it names is a share of it
    ("Electric cars rose to 89% of new car sales in Norway in 2024.\n", "89%", "share"),
    ("Renewables represented 30% of power generation in 2024.\n", "30%", "share"),
    # a level kept ("held at"), not a share held
    ("Eurozone unemployment held at 6.2% in December 2024.\n", "6.2%", "percent"),
    # a change stays a change
    ("Sales rose 5% in 2024.\n", "5%", "growth"),
])
def test_a_percentage_of_a_named_whole_is_a_share_and_held_at_is_a_level(text, figure, measure):
    assert frames(text)[figure].context.measure == measure


@pytest.mark.parametrize("text", [
    "木材进口连年增长。2018年，中国进口木材量达103.9万吨，首次超过100万吨。2019年165.9万吨，同比增长近60%。\n",
    "木材進口連年增長。2018年，中國進口木材量達103.9萬噸，首次超過100萬噸。2019年165.9萬噸，同比增長近60%。\n",
])
def test_a_sentence_of_a_year_and_a_figure_repeats_the_object_before_and_its_change_follows(text):
    f = frames(text)
    level = next(c for k, c in f.items() if k.startswith("165.9"))
    change = f["近60%"]
    assert "木材" in level.context.words  # (the figure that says what it measures, not the bound after it)
    assert "木材" in change.context.words and change.context.measure == "growth"


@pytest.mark.parametrize("text, figure, value, kind", [
    # 降 in a noun of weather (降雨量, rainfall) is no fall
    ("2024年北京年降雨量达300毫米。\n", "300毫米", 0.3, "level"),
    ("2024年北京年降雨量達300毫米。\n", "300毫米", 0.3, "level"),
    ("2024年北京年降雨量比上年下降12%。\n", "12%", -12.0, "growth"),
    ("Rainfall in Beijing reached 300 mm in 2024.\n", "300 mm", 0.3, "level"),
    ("2024年哈尔滨降雪量达30毫米。\n", "30毫米", 0.03, "level"),
])
def test_a_change_character_inside_a_noun_is_no_change(text, figure, value, kind):
    c = frames(text)[figure]
    assert c.value == pytest.approx(value) and c.context.measure == kind


@pytest.mark.parametrize("text, first, second", [
    # a bare count right after a count and its noun, joined by to/and, counts the same thing
    ("The volume of express deliveries has increased from 83.36 billion packages in 2020 to 175.08 billion in "
     "2024.\n", "83.36 billion", "175.08 billion"),
    ("The library's loans rose from 640 million books in 2019 to 700 million in 2023.\n", "640 million",
     "700 million"),
])
def test_a_bare_count_after_a_count_and_its_noun_counts_the_same_thing(text, first, second):
    got = frames(text)
    a, b = got[first].context, got[second].context
    assert (b.topics, set(a.words) <= set(b.words)) == (a.topics, True) and (a.topics or a.words)


def test_the_metric_shown_is_the_frame_grouped_on_after_a_later_pass():
    # "175.08 billion" takes its pair's object in a later pass: its metric (what reports show) follows
    got = frames("The volume of express deliveries has increased from 83.36 billion packages in 2020 to 175.08 "
                 "billion in 2024.\n")
    a, b = got["83.36 billion"], got["175.08 billion"]
    assert b.metric == a.metric == b.context.metric and b.context.topics == a.context.topics


@pytest.mark.parametrize("text, figure, words", [
    # the level after "to" measures what the change before it did, never what the next clause is about
    ("Total deaths rose 6.6% to 11.1 million, while new registrations fell 5.7% to 9.02 million.\n", "11.1 million",
     {"death", "total"}),
    # past a figure restating the change (", or 0.15%,")
    ("The number of residents dropped by 2.08 million, or 0.15%, to 1.409 billion.\n", "1.409 billion", {"resident"}),
    # (Chinese, where the level's clause already holds its change: unchanged)
    ("死亡人数增长6.6%至1110万人,而新登记婴儿下降5.7%至902万人。\n", "1110万人", {"死亡"}),
    ("死亡人數增長6.6%至1110萬人,而新登記嬰兒下降5.7%至902萬人。\n", "1110萬人", {"死亡"}),
])
def test_a_level_linked_to_its_change_measures_what_the_change_did(text, figure, words):
    c = frames(text)[figure].context
    assert words <= set(c.words) and not c.topics


@pytest.mark.parametrize("text, figure", [
    # 数字, 人数, 数量, 总数, 峰值, 水平 say nothing about what is counted ("this figure", "the number of people")
    ("这一数字达到1222万人。\n", "1222万人"),
    ("這一數字達到1222萬人。\n", "1222萬人"),
    ("毕业生人数为1158万人。\n", "1158万人"),
])
def test_generic_words_for_a_number_are_no_object(text, figure):
    words = set(frames(text)[figure].context.words)
    assert not words & {"数字", "一数", "人数", "生人"}


@pytest.mark.parametrize("text, figure", [
    # "years old", "aged", "older": who is counted, said by an age, is no object of the figure
    ("The population aged between 16 and 59 years old accounted for 61.3% of the total.\n", "61.3%"),
    ("Residents aged 60 and older accounted for 21.1% of the total.\n", "21.1%"),
])
def test_words_of_age_are_no_object(text, figure):
    assert not {"old", "aged", "older"} & set(frames(text)[figure].context.words)


def test_a_change_whose_phrase_is_silent_measures_the_level_before_it_not_the_heading():
    # "同比增长2.7%" names nothing: it is the change of 函件业务 just before it, not of the page's heading
    got = frames("时间:2024-01-23\n\n2023年快递业务量累计完成1320.7亿件，同比增长19.4%。\n"
                 "2023年邮政函件业务累计完成9.7亿件，同比增长2.7%；报纸业务累计完成167亿份，同比增长0.8%。\n")
    assert got["2.7%"].context.words == got["9.7亿件"].context.words
    assert got["0.8%"].context.words == got["167亿份"].context.words
    assert got["2.7%"].context.words != got["0.8%"].context.words


@pytest.mark.parametrize("text, figure, kind, base", [
    # Hong Kong's wording: 按年 / 按月 / 按季 are the bases, 升幅 a change
    ("外匯儲備按月升1.2%。\n", "1.2%", "growth", "mom"),
    ("訪港旅客按年多8%。\n", "8%", "growth", "yoy"),
    ("外汇储备较上月末上升412亿美元，升幅为1.23%。\n", "1.23%", "growth", None),
])
def test_hong_kong_bases_and_rises(text, figure, kind, base):
    got = frames(text)[figure].context
    assert got.measure == kind and (base is None or got.base == base)


def test_a_change_on_a_month_of_last_year_is_month_on_month_for_the_month_after():
    from factcheck.group import _base

    got = frames("2026年1月末，外汇储备较去年12月底上升1.23%。\n")["1.23%"].context
    assert got.base == "vs prev-12" and _base(got.base, "2026-01") == "mom"
    got = frames("2025年1月，全国乘用车零售量较2024年12月下降12%。\n")["12%"].context
    assert got.base == "vs 2024-12" and _base(got.base, got.period) == "mom"
    # at the end of June, a change on last December is no month's change
    assert _base("vs prev-12", "2026-06") == "vs prev-12"


@pytest.mark.parametrize("text, figure, never", [
    # records and milestones say how remarkable a figure is, not what it measures
    ("2023年全球国防预算创纪录达到2.4万亿美元。\n", "2.4万亿美元", {"创纪", "纪录"}),
    ("2023年全球軍費開支創歷史新高，達2.4萬億美元。\n", "2.4萬億美元", {"历史", "新高", "史新"}),
    ("2024年粮食产量迈上新台阶，达到70650万吨。\n", "70650万吨", {"迈上", "台阶", "新台"}),
    ("Airline revenue will cross the symbolic $1 trillion mark for the first time in 2025.\n", "$1 trillion",
     {"symbolic", "mark", "time", "cross"}),
    ("Military spending hit a record high of $2,443 billion in 2023.\n", "$2,443 billion", {"high"}),
])
def test_records_and_milestones_are_no_object_words(text, figure, never):
    assert not never & set(frames(text)[figure].context.words)


@pytest.mark.parametrize("text, figure", [
    # a trade verb in any form names the trade
    ("In 2022, China imported 1.106864 billion mt of iron ore.\n", "1.106864 billion mt"),
    ("The world's top consumer of iron ore brought in 1.11 billion tonnes in 2022.\n", "1.11 billion tonnes"),
    ("India exported 17.8 million tons of rice in 2023.\n", "17.8 million tons"),
    ("Importing 63.8 million tons of LNG in 2022, China overtook Japan.\n", "63.8 million tons"),
])
def test_verb_forms_of_trade_name_the_trade(text, figure):
    topics = frames(text)[figure].context.topics
    assert "imports" in topics or "exports" in topics


@pytest.mark.parametrize("text, figure, never", [
    # what a figure does, or who says so, is not what it measures
    ("AWS以32%的市场份额领跑。\n", "32%", {"领跑"}),
    ("2024年中国承接了全球71%的订单。\n", "71%", {"承接"}),
    ("Mobile games will generate $92.6 billion in revenue in 2024.\n", "$92.6 billion", {"generat", "generate"}),
    ("The inter-governmental organization forecasts a deficit of 374,000 tons.\n", "374,000 tons",
     {"organization", "organ", "inter-governmental"}),
])
def test_what_a_figure_does_is_no_object_word(text, figure, never):
    assert not never & set(frames(text)[figure].context.words)


@pytest.mark.parametrize("text, figure", [
    # passenger transport as statistics offices write it
    ("2025年春运铁路旅客发送量5.1亿人次。\n", "5.1亿人次"),
    ("春運期間全社會跨區域人員流動量90.2億人次。\n", "90.2億人次"),
    ("Passenger volume reached 513.63 million for railways.\n", "513.63 million"),
    ("Inter-regional passenger trips reached 9.02 billion during the travel rush.\n", "9.02 billion"),
])
def test_passenger_volumes_are_passengers(text, figure):
    assert "passengers" in frames(text)[figure].context.topics


@pytest.mark.parametrize("text, figure, topic", [
    # a trade surplus or deficit is a quantity of its own, in either script and in English
    ("China's trade surplus reached US$992 billion in 2024.\n", "US$992 billion", "surplus"),
    ("2024年中国贸易顺差达到7.06万亿元。\n", "7.06万亿元", "surplus"),
    ("去年台灣出超1571億美元，創歷史新高。\n", "1571億美元", "surplus"),
    ("The US trade deficit widened to $918 billion in 2024.\n", "$918 billion", "deficit"),
])
def test_surplus_and_deficit_are_quantities(text, figure, topic):
    assert topic in frames(text)[figure].context.topics


def test_a_surplus_never_meets_the_imports_of_its_sentence():
    got = frames("Imports rose to US$483.61 billion in 2025, while the trade surplus rose to US$157.14 billion.\n")
    assert "imports" not in got["US$157.14 billion"].context.topics


def test_chu_chao_is_a_surplus_not_more_than():
    got = frames("去年總出超1571億美元，創歷史新高。\n")
    assert "1571億美元" in got and got["1571億美元"].qualifier is None


@pytest.mark.parametrize("text", [
    # a topic named once as a demand that drove the figures, or in a caption, is not the page's topic
    "財政部公布去年12月出口624.8億美元。圖為高雄港貨櫃。\n\n受惠於人工智慧需求，去年全年出口6407.5億美元，年增34.9%。\n",
    "Taiwan's exports rose 34.9% to $640.75 billion, helped by strong demand for cloud services.\n",
])
def test_a_topic_named_once_in_a_demand_or_a_caption_is_no_pages_topic(text):
    for c in frames(text).values():
        assert not {"containers", "cloud", "ai"} & set(c.context.topics), (c.text, c.context.topics)


@pytest.mark.parametrize("text, figure", [
    # a past record a figure is ranked against measures what that figure measures
    ("Exports fell 9.8 percent to US$432.48 billion in 2023, the third-highest on record after US$479.42 billion "
     "in 2022.\n", "US$479.42 billion"),
    ("Exports rose 34.9 percent to US$640.75 billion in 2025, easily eclipsing the previous record of US$479.4 "
     "billion set in 2022.\n", "US$479.4 billion"),
])
def test_a_past_record_measures_what_its_figure_measures(text, figure):
    got = frames(text)[figure].context
    assert "exports" in got.topics and not {"highest", "set"} & set(got.words)


def test_wai_chu_is_reserves_and_a_stock_meets_its_as_of_month():
    from factcheck.group import explain

    a = frames("截至2026年1月末，我国外汇储备规模为33990.8亿美元。\n")["33990.8亿美元"]
    b = frames("2026年1月末外储规模升至33991亿美元。\n", "u.txt")["33991亿美元"]
    assert "reserves" in b.context.topics and explain(a, b) is None


def test_modes_of_transport_are_topics_in_both_languages():
    from factcheck.group import similarity, _weights, OBJECT_SIMILARITY

    rail_zh = frames("2025年春运期间，铁路旅客发送量5.1亿人次。\n")["5.1亿人次"]
    rail_en = frames("During the 2025 travel rush, railway passenger trips reached 513 million.\n", "u.txt")["513 million"]
    air_zh = frames("2025年春运期间，民航旅客发送量9020万人次。\n", "v.txt")["9020万人次"]
    assert "rail" in rail_zh.context.topics and "rail" in rail_en.context.topics
    assert "civil_aviation" in air_zh.context.topics
    w = _weights()
    assert similarity(rail_zh, rail_en, w) >= OBJECT_SIMILARITY > similarity(rail_zh, air_zh, w)


@pytest.mark.parametrize("text, fig, has", [
    ("India's sugar season opened with a stock of 84.79 lakh tonnes.\n", "84.79 lakh tonnes", True),
    ("Mills hold a carry forward stock of about 8.5 mt of sugar.\n", "about 8.5 mt", True),
    ("The stock rose 5% on Monday after the results.\n", "5%", False),
])
def test_goods_held_are_stocks_and_a_share_price_is_not(text, fig, has):
    assert ("stocks" in frames(text)[fig].context.topics) is has


@pytest.mark.parametrize("text, figure, kind", [
    # "of the global …" right after a change noun says what the change is of: no share cue
    ("The growth rate of global chip sales was 12% in 2024.", "12%", "growth"),
    ("In 2024, the overall growth rate of the global gaming market is expected to be 9.2%.", "9.2%", "growth"),
    # after a share noun it still is one
    ("Its share of global chip sales rose to 12% in 2024.", "12%", "share"),
])
def test_of_the_global_after_a_change_noun_is_what_the_change_is_of(text, figure, kind):
    assert frames(text)[figure].context.measure == kind


def test_a_per_capita_figure_never_meets_the_total():
    from helpers import compared

    assert not compared("2024年人均国内生产总值实际增长5.1%。", "China's GDP grew 5.0% in 2024.")
    assert compared("2024年人均国内生产总值实际增长5.1%。", "China's per capita GDP grew 5.0% in 2024.")


def test_installations_meet_across_languages():
    from helpers import compared

    assert compared("德国2024年安装量达27,912台。", "Germany installed 28,355 industrial robots in 2024.")


def test_an_abbreviated_change_base_is_no_ones_name():
    # "the M-o-M increase in China's aluminium production": China's output, not M-o-M's
    f = frames("Despite the M-o-M increase in China's aluminium production in March, the daily output stood flat at "
               "114,900 tonnes.\n")["114,900 tonnes"]
    assert f.context.subject == "China"


@pytest.mark.parametrize("text, figure, words", [
    # "a total of", "in total" say how a figure is summed, not what it measures; "total compute" still qualifies
    ("World chip sales reached a total of $630.5 billion in 2024.\n", "$630.5 billion", ()),
    ("The 2023 total of $526.8 billion was a record.\n", "$526.8 billion", ()),
    ("The US holds 74.5% of total compute.\n", "74.5%", ("total",)),
])
def test_a_total_of_is_no_object(text, figure, words):
    assert frames(text)[figure].context.words == words


@pytest.mark.parametrize("text, figure, topic", [
    # "the meat" after pork is the pork: a broader topic after "the" is the narrower one its sentence named
    ("China, the world's biggest pork consumer, produced 42.55 million tonnes of the meat last year.\n",
     "42.55 million tonnes", "pork"),
    # meat named alone stays meat
    ("China produced 85 million tonnes of meat in 2019.\n", "85 million tonnes", "meat"),
])
def test_the_broader_topic_after_a_narrower_one_is_that_one(text, figure, topic):
    assert topic in frames(text)[figure].context.topics


@pytest.mark.parametrize("text, figure", [
    ("Nickel rose to $16,960 a tonne.\n", "$16,960"),
    ("Gold traded at $2,400 per ounce.\n", "$2,400"),
    ("镍价升至每吨16,960美元。\n", "16,960美元"),
])
def test_money_for_one_unit_of_a_thing_is_its_price(text, figure):
    got = frames(text)[figure].context
    assert "price" in got.topics and not {"ton", "ounc", "每吨"} & set(got.words)


def test_a_price_no_period_dates_is_the_price_when_the_page_was_written():
    text = "2025-12-29\n\nNickel prices were up 1.1% at $16,960 per ton.\n"
    got = frames(text)
    assert got["$16,960"].context.period == "2025-12" and got["1.1%"].context.period == "2025-12"
    # (not output: a page's date says nothing of when a tonnage was produced)
    text = "2025-12-29\n\nNickel output was 3.6 million tonnes.\n"
    assert frames(text)["3.6 million tonnes"].context.period != "2025-12"


@pytest.mark.parametrize("text, level, share", [
    ("China exported 3.7 million tonnes of tea in 2024, or 9% of the world total.\n", "3.7 million tonnes", "9%"),
    ("Vexor shipped 12 million drones in 2024, accounting for 41% of the total.\n", "12 million", "41%"),
    ("Nuclear power generation reached 450.9 TWh in 2024, which is 4.5% of the nation's total.\n", "450.9 TWh", "4.5%"),
])
def test_a_share_right_after_a_level_of_an_unnamed_whole_is_a_share_of_what_the_level_measures(text, level, share):
    got = frames(text)
    lk = set(got[level].context.topics) - {"global", "domestic"}
    assert lk and lk <= set(got[share].context.topics)


@pytest.mark.parametrize("text, scope", [
    # a scope word in a ranking says where the subject stands, not where the figure is counted
    ("They produced 450.85 TWh (ranked second globally), which is 4.47% of the nation's total.\n", "domestic"),
    ("中国核电发电量居全球第二，占全国发电量的4.7%。\n", "domestic"),
])
def test_a_ranking_names_no_scope_and_the_nations_total_is_domestic(text, scope):
    got = frames(text)
    share = next(c for f, c in got.items() if f.startswith("4.4") or f.startswith("4.7"))
    assert share.context.scope == scope


@pytest.mark.parametrize("a, fa, b, fb", [
    # 产X量 is X's output, as X产量 says (产销量 stays output and sales)
    ("2024年全国产煤量47.6亿吨。\n", "47.6亿吨", "2024年全国煤炭产量47.6亿吨。\n", "47.6亿吨"),
    ("2024年全國產煤量47.6億噸。\n", "47.6億噸", "2024年全国煤炭产量47.6亿吨。\n", "47.6亿吨"),
])
def test_chan_x_liang_is_the_output_of_x(a, fa, b, fb):
    from factcheck.group import OBJECT_SIMILARITY, similarity

    x, y = frames(a)[fa], frames(b)[fb]
    assert "output" in x.context.topics and similarity(x, y) >= OBJECT_SIMILARITY


@pytest.mark.parametrize("text, figure", [
    ("Nuclear plants generated 450.9 TWh of electricity in 2024.\n", "450.9 TWh"),
    # energy supplied or produced is energy generated
    ("The amount of electricity supplied from nuclear energy was 2545 TWh in 2022.\n", "2545 TWh"),
    ("In 2024, the total energy production from operating power plants reached 444.7 billion kilowatt-hours.\n",
     "444.7 billion kilowatt-hours"),
])
def test_electricity_a_plant_generated_is_generation(text, figure):
    got = frames(text)[figure].context
    assert "generation" in got.topics and "electricity" not in got.topics


@pytest.mark.parametrize("text, figure", [
    ("Electricity consumption was 9,200 TWh in 2024.\n", "9,200 TWh"),
    ("Electricity demand from data centres will reach 945 TWh in 2030, as supply struggles.\n", "945 TWh"),
])
def test_electricity_used_is_no_generation(text, figure):
    assert "generation" not in frames(text)[figure].context.topics


@pytest.mark.parametrize("text, figure", [
    ("2023年人口自然增长率是负增长1.48‰。\n", "1.48‰"),
    ("2023年人口自然增長率為負增長1.48‰。\n", "1.48‰"),
])
def test_negative_growth_is_a_fall(text, figure):
    got = frames(text)[figure]
    assert got.context.measure == "growth" and got.value < 0


def test_a_line_declaring_a_unit_gives_it_to_the_bare_numbers_below_it_up_to_a_blank_line():
    got = frames("全球锂储量前五国\n单位:万吨|全球总储量约3700万吨\n智利:920|24.9%\n澳大利亚:840|22.7%\n\n"
                 "另有1200座矿山。\n")
    assert (got["920"].unit, got["920"].value) == ("metric_ton", 9.2e6)
    assert got["24.9%"].unit == "percent" and got["840"].value == 8.4e6
    assert got["1200座"].unit == "count"  # (past the blank line)
    got = frames("Unit: GW\nChina: 277\nUS: 38\n")
    assert got["277"].unit == "watt" and got["277"].value == 277e9


@pytest.mark.parametrize("text, figures", [
    ("锌、镍、白银产量较去年分别增加14.25万吨、3.52万吨、2550吨。\n", ("14.25万吨", "3.52万吨", "2550吨")),
    ("Output rose by 14,000 tonnes, 3,500 tonnes and 2,550 tonnes respectively.\n",
     ("14,000 tonnes", "3,500 tonnes", "2,550 tonnes")),
])
def test_amounts_listed_after_one_change_word_are_all_changes(text, figures):
    got = frames(text)
    assert [got[f].context.measure for f in figures] == ["change"] * len(figures)
    # (a level the change reached stays a level)
    assert frames("产量增加5万吨，达到100万吨。\n")["100万吨"].context.measure == "level"


@pytest.mark.parametrize("text, figure, unit, price", [
    # (review) "at the end" is no "a t": no price; a unit declared above rows reaches no prose line below them
    ("Apple held $5 billion at the end of 2024.\n", "$5 billion", "USD", False),
    ("Unit: GW\nChina: 887\nThe company employs 12,000 people.\n", "12,000", "count", False),
])
def test_review_guards_for_prices_and_declared_units(text, figure, unit, price):
    got = frames(text)[figure]
    assert got.unit == unit and ("price" in got.context.topics) is price


@pytest.mark.parametrize("text", [
    "银行业资产总量达到400万亿元。\n",   # 资产总量 is no output
    "全国房地产存量达到30亿平方米。\n",
])
def test_chan_x_liang_only_for_things_produced(text):
    assert all("output" not in c.context.topics for c in frames(text).values())


@pytest.mark.parametrize("text, figure, word", [
    ("Spending is seen at 8 trillion yen in 2024, far exceeding the previous year's total of some 5.3 trillion yen.\n",
     "some 5.3 trillion yen", "far"),
    ("The annual total was still 21.4 percent lower than the 2019 record high of 31.88 million.\n",
     "31.88 million", "lower"),
    ("Travelers spent 5.3 trillion yen in the whole of 2023.\n", "5.3 trillion yen", "whole"),
    ("The OIV gave a mid-range estimate of 244.1 mhl.\n", "244.1 mhl", "mid-range"),
])
def test_words_of_degree_and_comparison_are_no_object(text, figure, word):
    assert word not in frames(text)[figure].context.words


@pytest.mark.parametrize("text, figure", [
    ("Travelers from South Korea to Japan numbered 6.96 million in 2023.\n", "6.96 million"),
    ("Some 2.1 million holidaymakers visited Spain in May.\n", "Some 2.1 million"),
])
def test_travellers_are_arrivals(text, figure):
    assert "arrivals" in frames(text)[figure].context.topics


@pytest.mark.parametrize("text, figure", [
    ("2023年訪日外國人消費額為5.2923萬億日元。\n", "5.2923萬億日元"),
    ("The amount of money spent by overseas tourists grew to 5.29 trillion yen in 2023.\n", "5.29 trillion yen"),
])
def test_money_spent_is_spending(text, figure):
    assert "spending" in frames(text)[figure].context.topics


@pytest.mark.parametrize("text, figure", [
    ("The PC segment is expected to be this year's \"main growth driver\" at $43.2 billion.\n", "$43.2 billion"),
    ("India is a growth market worth $5 billion.\n", "$5 billion"),
])
def test_a_noun_a_change_word_describes_makes_no_amount_of_change(text, figure):
    assert frames(text)[figure].context.measure == "level"


def test_a_change_word_before_an_amount_still_makes_a_change():
    assert frames("Sales saw an increase of $5 billion in 2024.\n")["$5 billion"].context.measure == "change"


@pytest.mark.parametrize("text, mean, deepest", [
    # a water's mean depth and its greatest depth are two quantities, in either language
    ("湖泊平均水深为2.3米,最深处约4.6米。\n", "2.3米", "约4.6米"),
    ("湖底平坦,水深平均在1.2米上下,最深處在3.1米左右。\n", "1.2米上下", "3.1米左右"),
    ("The pond covers 4.2 square kilometres, the average depth being 1.9 meters and the deepest being 4 meters.\n",
     "1.9 meters", "4 meters"),
])
def test_a_mean_depth_is_not_a_greatest_depth(text, mean, deepest):
    got = frames(text)
    a, b = got[mean].context, got[deepest].context
    assert a.measure == b.measure == "level" and a.metric != b.metric


def test_a_length_beside_a_mean_width_keeps_its_own_dimension():
    # the length's own adjective (长) wins over the mean width named after it; the mean width is no width
    got = frames("该湖长约420公里,平均宽度35公里,最宽处61公里。\n")
    assert got["约420公里"].context.topics == ("length",)
    assert got["35公里"].context.topics == ("mean_width",)
    assert frames("青海湖湖宽61公里。\n")["61公里"].context.topics == ("width",)
