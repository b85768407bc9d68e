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
