"""Chinese names of firms CC-CEDICT lists (context/organisations.py, data/organisations.tsv): a subject, in English."""
from __future__ import annotations

import pytest

from helpers import compared, frames

from factcheck.context import organisations


@pytest.mark.parametrize("text, figure, subject", [
    ("国泰航空2024年股东应占溢利为98.88亿港元。\n", "98.88亿港元", "Cathay Pacific"),
    ("國泰航空2024年股東應佔溢利為98.88億港元。\n", "98.88億港元", "Cathay Pacific"),
    ("鸿海2023年营收6.16兆元,年减7%。\n", "6.16兆元", "Foxconn"),
    ("丰田汽车2023年全球销量达1123万辆。\n", "1123万辆", "Toyota"),
    # the alias table's name stays: 台积电 is TSMC there
    ("台积电2024年营收为2.89万亿元。\n", "2.89万亿元", "TSMC"),
])
def test_a_firm_the_dictionary_names_is_the_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_common_word_too_is_no_row():
    # 小米 is millet as well as Xiaomi, 联想 "to associate", 吉利 "lucky": the generator keeps none of them
    assert not {"小米", "联想", "吉利"} & set(organisations.table())


def test_the_english_and_the_chinese_page_meet():
    assert compared("Cathay Pacific posted a profit of HK$9.88 billion for 2024.\n",
                    "国泰航空2024年股东应占溢利为98.80亿港元。\n")


# --- a Chinese name no table knows, opening its clause before a date or a measure (names._clause_names) ---


@pytest.mark.parametrize("text, figure, subject", [
    ("泡泡玛特2024年营收130.4亿元,同比增长106.9%。\n", "130.4亿元", "泡泡玛特"),
    ("泡泡瑪特2024年收益為130.4億元。\n", "130.4億元", "泡泡玛特"),
    ("据统计,蔚来11月交付新车15,959辆。\n", "15,959辆", "蔚来"),
])
def test_a_chinese_name_opening_its_clause_is_the_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, not_subject", [
    # a common word (CC-CEDICT lists it with an ordinary sense), or ending with one
    ("公司2024年营收130亿元。\n", "130亿元", "公司"),
    ("默沙东公布2024年营收642亿美元。\n", "642亿美元", "默沙东公布"),
    # a scope at its start, a verb's character at its end (corpus-fresh22/caa-13-hans.txt's form)
    ("货运方面,全行业一季度共完成货邮运输量200.7万吨。\n", "200.7万吨", "全行业"),
    ("机构预测到2030年市场规模达100亿元。\n", "100亿元", "预测到"),
    ("包括工商银行在内，六大行净利润增长2%。\n", "2%", "六大行"),
])
def test_what_opens_a_clause_and_is_no_name(text, figure, not_subject):
    assert frames(text)[figure].context.subject != not_subject


@pytest.mark.parametrize("text, figure, not_subject", [
    # (the review's cases, real text) a two-character firm's name inside other words: a dateline's 日电, 日产 "daily
    # output", 美的 in 完美的, 京东 in 京东方, 国泰 in 国泰金
    ("(中央社記者龍珮寧台北21日電)國內目前失智症人口約23.9萬人。\n", "約23.9萬人", "NEC"),
    ("原油日產歷史性突破9萬噸大關。\n", "突破9萬噸", "Nissan"),
    ("山体呈现完美的圆锥形,顶部直径约500米。\n", "约500米", "Midea"),
    ("國泰金今年前10月稅後純益942.2億元。\n", "942.2億元", "Cathay Pacific"),
    # a term's first words, a verb opening the run
    ("- 恒瑞医药2025年上半年总收入157.61亿元,归母净利润44.50亿元。\n", "44.50亿元", "归母"),
    ("帶動銅今年來漲幅已逼近40%。\n", "近40%", "带动铜"),
])
def test_what_no_firm_table_name_is(text, figure, not_subject):
    assert frames(text)[figure].context.subject != not_subject


@pytest.mark.parametrize("text, figure, subject", [
    ("丰田汽车2023年全球销量达1123万辆。\n", "1123万辆", "Toyota"),       # a firm's own word, then its industry's
    ("- 恒瑞医药2025年上半年总收入157.61亿元。\n", "157.61亿元", "恒瑞医药"),
    # what the page declares wins over the table (福斯 is Volkswagen in Taiwan: the table keeps no row for it)
    ("福斯汽車(Volkswagen)去年在台共售出一三六二四輛。福斯今年銷量增長5%。\n", "5%", "Volkswagen"),
    ("泡泡玛特(Pop Mart)2024年营收130.4亿元。\n", "130.4亿元", "Pop Mart"),
])
def test_a_firm_named_with_its_industry_or_declared(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_dispatch_in_title_marks_is_who_filed_it_not_whose_figures():
    text = "《經濟通通訊社5日專訊》據2025年春運專班數據顯示,春節假期全社會跨區域人員流動量超23億人次,比去年同期增長6%。\n"
    got = frames(text)["超23億人次"].context.subject
    assert got is None or "专讯" not in got
