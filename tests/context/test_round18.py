"""Rules of the round that opened corpus-fresh21 for reading (air cargo, airline profits, drug sales): each case a
form read on real pages, written anew, with a near miss that must keep its old reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject", [
    # a Latin name in brackets after a Chinese one names the same thing: a name, not a sentence's first word
    ("亮点:抑制剂佐利单抗(Zentrux)销售额94.82亿美元(+18%),蝉联第一。\n", "94.82亿美元", "Zentrux"),
    ("Zentrux销售额94.82亿美元。\n", "94.82亿美元", "Zentrux"),
    # near miss: a bracket opening a sentence of its own keeps its first word no name ("Sales" is a measure)
    ("营收增长5%。(Sales rose 5% in 2024.)\n", "5%", None),
])
def test_a_latin_name_in_brackets_is_a_name(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a firm's possessive before a name: the product's (or the unit's) figure, the firm a name of its own
    ("Zentrix's Movora is the top-selling drug, with sales of $29.48 billion in 2024.\n", "$29.48 billion", "Movora"),
    ("Zentrix's Movora sales reached $29.48 billion in 2024, while Zentrix's revenue was $64 billion.\n",
     "$64 billion", "Zentrix"),
    # near misses: a place's firm, a firm's whole name with a possessive in it
    ("Chile's Codelco produced 1.3 million tonnes in 2024.\n", "1.3 million tonnes", "Codelco"),
    ("Zentrix's Savings Bank reported net profit of $25 billion in 2024.\n", "$25 billion", "Zentrix's Savings Bank"),
])
def test_a_firms_possessive_before_a_name_owns_it(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


RANKING = ("以下是2024年销量最高的两种饮料:\n"
           "1. Zentola(真多乐) (cola,可乐)\n"
           "泽恩饮品公司\n"
           "2024年销售额:94.82亿美元\n"
           "2023年销售额:80.11亿美元\n"
           "同比变化:+18.4%\n"
           "2. Movora(莫沃拉)\n"
           "2024年销售额:26.99亿美元\n")


@pytest.mark.parametrize("figure, subject", [
    # a ranking's numbered entry names what the label lines under it give figures of
    ("94.82亿美元", "Zentola"), ("80.11亿美元", "Zentola"), ("18.4%", "Zentola"), ("26.99亿美元", "Movora"),
])
def test_label_lines_under_a_numbered_entry_are_its(figure, subject):
    assert frames(RANKING)[figure].context.subject == subject


def test_a_label_line_under_an_entry_with_a_figure_is_not_its():
    # near miss: an entry that states a figure of its own is a list item, not a name the lines under it share
    text = "1. Zentola(真多乐)销量增长5%\n泽恩饮品公司\n2024年销售额:94.82亿美元\n"
    assert frames(text)["94.82亿美元"].context.subject != "Zentola"


@pytest.mark.parametrize("text, figure, period", [
    # a year naming a company's results is the period the page reports: undated figures after it carry it
    ("On February 4, Zentrix announced its 2024 financial results, revealing revenue of $64.2 billion, the most "
     "since it listed in 2014.\n\n"
     "Revenue from Japan fell by 20% to $5.4 billion.\n", "$5.4 billion", "2024"),
    ("2月1日，泽恩公司公布2023年业绩，全年营收601.15亿美元，2014年上市以来最高。\n\n大卖250亿美元\n", "250亿美元", "2023"),
    # near misses: a year that is background ("since 2014"), a report of a year that names no results
    ("Zentrix has grown every year since 2014.\n\nRevenue from Japan fell by 20% to $5.4 billion.\n",
     "$5.4 billion", None),
    ("麻省理工学院2025年报告指出，企业2023年累计投入300亿美元。\n\n大卖250亿美元\n", "250亿美元", None),
])
def test_a_year_naming_results_dates_the_page(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_change_noun_in_a_label_is_no_object_word():
    # "同比变化:+17.9%": a year-on-year change of what the entry's other lines measure, 变化 no object word
    f = frames("1. Zentola(真多乐)\n2024年销售额:94.82亿美元\n同比变化:+17.9%\n")["17.9%"].context
    assert (f.measure, "变化" in f.words) == ("growth", False)


def test_a_chinese_sentence_is_no_title_case_headline():
    from factcheck.context.names import is_title

    assert is_title("Global Tablet Shipments Rise Again In The Second Quarter")
    assert not is_title("過去,Zentrix (Acme) 的 Movora 從 Lipra 手中搶走寶座,2023年被默沙東(Bolt)的 Keytra 奪走。")


def test_names_in_a_chinese_sentence_with_many_latin_names_are_read():
    text = "過去,Zentrix (Acme) 的 Movora 從 Lipra 手中搶走寶座,2023年顯然被默沙東(Bolt)的 Keytra 的年銷250億美元奪走寶座了。\n"
    assert frames(text)["250億美元"].context.subject == "Keytra"


@pytest.mark.parametrize("text, figure, period", [
    # after a comma a Chinese period opens the next clause, the figure's: 全年 is the whole year, not the quarter
    ("该产品2023年第四季销售额为66亿美元,全年达250亿美元。\n", "250亿美元", "2023"),
    ("该产品2023年第四季销售额为66亿美元，全年达250亿美元。\n", "250亿美元", "2023"),
    # near miss: an English relative period right after an earlier figure dates that one
    ("In Q2 2024 its share fell to 13.3%, from 14.2% a year earlier.\n", "13.3%", "2024-Q2"),
])
def test_a_chinese_period_after_a_comma_opens_its_clause(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, period", [
    # a period held by the first figure of a sentence dates a clause of its own after it that names no change
    ("Zentrix's beer consumption in 2021 was 4.18 million kl, and Acme's was 3.6 million kl. Both were founded "
     "in 1998.\n", "3.6 million kl", "2021"),
    # near miss: a year measured against
    ("泽恩旅客运输量恢复至2019年的91.9%，国内航线旅客量为5.8亿人次。\n", "5.8亿人次", None),
])
def test_a_period_held_by_an_earlier_figure_dates_a_parallel_clause(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, measure, period", [
    # a percentage of a year's level after a verb of recovering or equalling is relative to that year
    ("2023年全年完成旅客运输量6.2亿人次,恢复至2019年的93.9%。\n", "93.9%", ("relative", "vs 2019"), "2023"),
    ("2024年泽恩客运量达5亿人次,相当于2019年的88%。\n", "88%", ("relative", "vs 2019"), "2024"),
    # near miss: where a change starts, the year dates the figure
    ("泽恩市场份额从2019年的40%升至2023年的45%。\n", "40%", ("share", None), "2019"),
])
def test_a_percentage_of_a_past_year_is_relative(text, figure, measure, period):
    f = frames(text)[figure].context
    assert ((f.measure, f.base), f.period) == (measure, period)


@pytest.mark.parametrize("text, figure, measure", [
    # "and up" before a figure is a change of the next figure, never a floor of the one before
    ("Output reached 414.31 million tons, flat with November's 414 million tons and up 1.9% from a year earlier.\n",
     "1.9%", "growth"),
    ("Sales fell 9.6% and prices down 8.5% in 2023.\n", "8.5%", "growth"),
    # near miss: a word right after a figure is that figure's ("a 7% annual growth, followed by Acme at 16%")
    ("Zentrix posted a 7% annual growth, followed by Acme at 16%.\n", "16%", "percent"),
])
def test_a_change_after_a_conjunction_is_the_next_figures(text, figure, measure):
    assert frames(text)[figure].context.measure == measure


@pytest.mark.parametrize("text, figure, qualifier", [
    ("Output was flat at 414 million tons and up 1.9% from a year earlier.\n", "414 million tons", None),
    ("China exported more than 3 million vehicles in 2022 and over 2 million in 2021.\n", "over 2 million", "over"),
    # near miss: a floor after a figure with no figure next
    ("Groups of 12 and up pay full price.\n", "12 and up", "at_least"),
])
def test_and_up_before_a_figure_is_no_floor(text, figure, qualifier):
    assert frames(text)[figure].qualifier == qualifier


def test_a_name_seen_only_at_sentence_starts_publishing_its_results_is_a_name():
    text = ("Zentrix published its full year results, reporting 2023 worldwide sales of US$14.6B. Zentrix explained "
            "the increase was due to demand.\n")
    assert frames(text)["US$14.6B"].context.subject == "Zentrix"


@pytest.mark.parametrize("text, figure, market_size", [
    # "worth" alone says what a thing is valued at ("sales worth", "exports worth"), not a market's size
    ("Zentrix reported sales of Movora worth US$25B in 2023.\n", "US$25B", False),
    ("Thailand exported 7.45 million tonnes of rice worth 172 billion baht in 2023.\n", "172 billion baht", False),
    # near misses: a market's worth
    ("The global tea market was worth $5 billion in 2023.\n", "$5 billion", True),
    ("The market worth reached $5 billion in 2023.\n", "$5 billion", True),
])
def test_worth_alone_is_no_market_size(text, figure, market_size):
    assert ("market_size" in frames(text)[figure].context.topics) == market_size


# guards from the review of this round's rules: ordinary words and whole names keep their old readings


@pytest.mark.parametrize("text, figure, subject", [
    ("Dick's Sporting Goods reported revenue of $13 billion in 2024.\n", "$13 billion", "Dick's Sporting Goods"),
    ("Apple's Services revenue reached $96 billion in fiscal 2024.\n", "$96 billion", "Apple"),
    ("Net income (Unaudited) rose 5% to $3 billion in 2024.\n", "$3 billion", None),
])
def test_a_possessive_or_bracket_before_an_ordinary_word_makes_no_name(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a numbered heading glossed in Chinese is no name; a blank line or a sentence ends an entry
    ("1. Overview(概述)\n2024年销售额:294.82亿美元\n", "294.82亿美元", None),
    ("主要电池企业:\n1. 宁德时代\n2. 比亚迪\n\n行业概况\n全国装机量:300GWh\n", "300GWh", None),
    ("1. 华为\n华为是国内领先的通信企业。\n2024年全国5G基站总数:425万个\n", "425万个", None),
])
def test_an_entry_owns_only_the_label_lines_right_under_it(text, figure, subject):
    assert frames(text)[figure].context.subject in (subject, "China")


@pytest.mark.parametrize("text", [
    "Analysts expect Zentrix's 2026 earnings to beat its 2025 outlook.\n\nRevenue rose 8% to $12 billion.\n",
    "Zentrix's 2019 results were the last before the pandemic struck in 2020.\n\nRevenue rose 8% to $12 billion.\n",
])
def test_results_to_come_or_looked_back_on_date_nothing_after_them(text):
    assert frames(text)["$12 billion"].context.period is None


@pytest.mark.parametrize("text, figure", [
    ("Zentrix's sales in 2021 were 4.18 million units, and Acme expects 5 million. Both were founded in 1998.\n",
     "5 million"),
    ("Zentrix's share in 2021 was 80%, but Acme now holds 35%. Both were founded in 1998.\n", "35%"),
])
def test_a_clause_of_another_time_keeps_no_held_period(text, figure):
    assert frames(text)[figure].context.period is None


@pytest.mark.parametrize("text, figure, measure", [
    ("泽恩市场份额由2022年的30%变为2023年的35%。\n", "35%", "share"),
    ("近五年来增速最高的是2021年的8.1%。\n", "8.1%", "growth"),
    ("美洲的入境人数为2019年的97%，亚太地区达到85%。\n", "97%", "relative"),
    ("Inflation was 3% and rising, while unemployment stood at 4%.\n", "4%", "percent"),
])
def test_only_a_verb_of_recovering_makes_a_year_a_yardstick(text, figure, measure):
    assert frames(text)[figure].context.measure == measure


def test_an_age_bracket_keeps_its_floor():
    assert frames("Population by age: 18 to 64 62.1%, 65 and over 17.3%.\n")["65 and over"].qualifier == "at_least"


@pytest.mark.parametrize("first, other, met", [
    # a change on the same month or quarter a year before is a change year on year
    ("2024年12月，全球航空货运需求同比增长6.1%。\n", "2024年12月，全球航空货运需求相比2023年12月增长了5.9%。\n", True),
    # near miss: on the month before, month on month
    ("2024年12月，全球航空货运需求同比增长6.1%。\n", "2024年12月，全球航空货运需求相比2024年11月增长了5.9%。\n", False),
])
def test_a_change_on_the_same_month_a_year_before_is_year_on_year(first, other, met):
    from helpers import compared

    assert compared(first, other) == met


@pytest.mark.parametrize("text, figure, measure, value", [
    # a percentage above or below a month's or a year's level is a change, below it a fall
    ("Global demand was 6.1% above December 2023 levels.\n", "6.1%", "growth", 6.1),
    ("Cargo yields were 3% below 2023 levels.\n", "3%", "growth", -3.0),
    # near miss: a share of the global market stays a share
    ("Zentrix held 6.1% of global demand in 2024.\n", "6.1%", "share", 6.1),
])
def test_a_percentage_above_a_past_level_is_a_change(text, figure, measure, value):
    c = frames(text)[figure]
    assert (c.context.measure, c.value) == (measure, value)


@pytest.mark.parametrize("text, figure, subject, source", [
    # a conjunction or a verb of announcing opens no organisation's name; a name goes on to its last ending
    ("泽恩协会周二发布报告，儘管航空供应链瓶颈持续存在，2025年全球航空公司总净利润为395亿美元。\n", "395亿美元", None, None),
    ("國際航空運輸協會（IATA）周二發布全球航空業最新財務展望，2025年全球航空公司淨利潤為395億美元。\n", "395億美元", None,
     "IATA"),
])
def test_a_chinese_organisation_name_starts_after_a_conjunction_and_ends_at_its_last_ending(text, figure, subject,
                                                                                             source):
    f = frames(text)[figure].context
    assert f.subject == subject and (source is None or f.source in (source, "国际航空运输协会"))


def test_a_chinese_name_restated_by_a_known_one_is_the_known_one():
    f = frames("泽恩数据研究协会(IDC)的数据显示，2024年全球平板出货量增长9.2%。\n")["9.2%"].context
    assert (f.subject, f.source) == (None, "IDC")
