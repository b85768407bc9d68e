"""aliases.toml's countries of the world (tools/gen_countries.py): adjectives qualify, names cross scripts, and
the names left out as ambiguous never make a place."""
from __future__ import annotations

import pytest

from helpers import compared, frames


@pytest.mark.parametrize("text, figure, subject", [
    # a nation's exports or output taken together: the nation's figure, as "Chinese rice exports" is China's
    ("Thai rice exports rose 20% to 9.9 million tonnes in 2024.\n", "9.9 million tonnes", "Thailand"),
    ("Thai rice exports rose 20% to 9.9 million tonnes in 2024.\n", "20%", "Thailand"),
    ("Chilean copper output fell 2% to 5.3 million tonnes in 2024.\n", "5.3 million tonnes", "Chile"),
    ("Peruvian copper output rose 3% to 2.7 million tonnes in 2024.\n", "2.7 million tonnes", "Peru"),
    ("Indonesian coal exports rose 6% in 2024.\n", "6%", "Indonesia"),
])
def test_a_new_countrys_adjective_before_a_nations_figure_is_the_nation_never_a_name(text, figure, subject):
    got = frames(text)[figure].context.subject
    assert got == subject and got not in ("Thai", "Chilean", "Peruvian", "Indonesian")


def test_a_new_countrys_adjective_before_one_firm_qualifies_and_makes_no_subject():
    f = frames("A Thai exporter shipped 3 million tonnes in 2024.\n")["3 million tonnes"].context
    assert f.subject is None and "Thailand" in f.modifiers
    f = frames("A Chilean miner produced 1.2 million tonnes in 2024.\n")["1.2 million tonnes"].context
    assert f.subject is None and "Chile" in f.modifiers


@pytest.mark.parametrize("texts, subject", [
    (["Peru produced 2.7 million tonnes of copper in 2024.\n", "秘鲁2024年铜产量为270万吨。\n",
      "祕魯2024年銅產量為270萬噸。\n"], "Peru"),
    (["New Zealand exported 3.1 million tonnes of milk powder in 2024.\n", "新西兰2024年奶粉出口310万吨。\n",
      "紐西蘭2024年奶粉出口310萬噸。\n"], "New Zealand"),
    (["Türkiye produced 37 million tonnes of steel in 2024.\n", "土耳其2024年粗钢产量为3700万吨。\n",
      "土耳其2024年粗鋼產量為3700萬噸。\n"], "Türkiye"),
    (["Poland's military spending rose 75% in 2024.\n", "波兰2024年军费增长75%。\n",
      "波蘭2024年軍費增長75%。\n"], "Poland"),
    (["沙烏地阿拉伯2024年原油產量為900萬桶。\n", "沙特阿拉伯2024年原油产量为900万桶。\n"], "Saudi Arabia"),
    (["義大利2024年出口增長5%。\n", "意大利2024年出口增长5%。\n", "Italy's exports rose 5% in 2024.\n"], "Italy"),
    (["Czech Republic car output rose 5% in 2024.\n", "Czechia's car output rose 5% in 2024.\n",
      "捷克2024年汽车产量增长5%。\n"], "Czechia"),
    (["朝鲜2024年贸易额增长20%。\n", "北韓2024年貿易額增長20%。\n", "North Korea's trade rose 20% in 2024.\n"],
     "North Korea"),
])
def test_a_new_countrys_name_in_chinese_and_english_is_one_subject(texts, subject):
    for t in texts:
        assert {c.context.subject for c in frames(t).values()} == {subject}, t


def test_one_countrys_figure_across_scripts_is_compared():
    assert compared("Peru produced 2.7 million tonnes of copper in 2024.\n", "秘鲁2024年铜产量为290万吨。\n")


@pytest.mark.parametrize("text, figure, not_subject", [
    ("Michael Jordan scored 30 points in 2024.\n", "30", "Hashemite Kingdom of Jordan"),
    ("中非合作论坛2024年贸易额增长20%。\n", "20%", "Central African Republic"),
    ("Maryland exports rose 20% in 2024.\n", "20%", "Republic of Mali"),
    ("马里兰州2024年出口增长20%。\n", "20%", "Republic of Mali"),
    ("马里奥赛车2024年销量增长20%。\n", "20%", "Republic of Mali"),
    ("The Georgia plant produced 3 million tonnes in 2024.\n", "3 million tonnes", "Republic of Georgia"),
    # (Turkey, Chile, Guinea, Niger, Mali and Togo match only capitalised: aliases.toml `capitalised`)
    ("Wholesale turkey prices rose 20% in 2024.\n", "20%", "Türkiye"),
    ("Sales of chile peppers rose 20% in 2024.\n", "20%", "Chile"),
    ("Output of guinea fowl rose 20% in 2024.\n", "20%", "Republic of Guinea"),
    ("很多哥伦比亚咖啡农2024年收入增长20%。\n", "20%", "Togolese Republic"),
    ("沿海地区2024年出口增长20%。\n", "20%", "Haiti"),
    ("苏丹红事件后，2024年辣椒出口增长20%。\n", "20%", "Sudan"),
    ("信用卡达到3亿张。\n", "3亿张", "Qatar"),
    ("朝鲜半岛2024年贸易额增长20%。\n", "20%", "North Korea"),
    ("内蒙古2024年煤炭产量增长5%。\n", "5%", "Mongolia"),
])
def test_a_name_left_out_as_ambiguous_makes_no_place(text, figure, not_subject):
    f = frames(text)[figure].context
    assert f.subject != not_subject and not_subject not in f.modifiers


def test_polish_is_no_adjective():
    f = frames("Polish farmers sold 3 million tonnes in 2024.\n")["3 million tonnes"].context
    assert f.subject != "Poland" and "Poland" not in f.modifiers


@pytest.mark.parametrize("text, figure, subject", [
    # a country whose name is also an ordinary word, written capitalised, is the country
    ("Chile's copper output fell 2% to 5.3 million tonnes in 2024.\n", "5.3 million tonnes", "Chile"),
    ("智利2024年铜产量下降2%至530万吨。\n", "530万吨", "Chile"),
    ("Turkey produced 37 million tonnes of steel in 2024.\n", "37 million tonnes", "Türkiye"),
    ("In 2024, Mali produced 100 tonnes of gold.\n", "100 tonnes", "Republic of Mali"),
])
def test_a_capitalised_only_name_is_the_country(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_national_figure_on_a_page_naming_only_indian_states_is_indias():
    text = ("Sugar output in Maharashtra and Karnataka fell this season.\n\n"
            "National sugar consumption is estimated at 290 lakh tonnes.\n")
    assert frames(text)["290 lakh tonnes"].context.subject == "India"


@pytest.mark.parametrize("text, figure, not_subject", [
    # a part of a country names where a thing is: the bay's area, not Thailand's; the delta's people, not Vietnam's
    ("泰国南部普吉岛附近的一片海湾,面积约120平方公里,包含约40个岛屿。\n", "约120平方公里", "Thailand"),
    ("越南北部的红河三角洲人口达2300万人。\n", "2300万人", "Vietnam"),
    # the country's language
    ("泰语称为Ao Phang Nga,面积400平方公里。\n", "400平方公里", "Thailand"),
])
def test_a_chinese_place_with_a_part_of_it_or_its_language_after_it_is_where_not_whose(text, figure, not_subject):
    assert frames(text)[figure].context.subject != not_subject


def test_a_chinese_place_standing_alone_keeps_its_figure():
    assert frames("泰国面积51.3万平方公里。\n")["51.3万平方公里"].context.subject == "Thailand"


@pytest.mark.parametrize("text, figure, home", [
    # a thing's size on a Simplified page naming no place is the thing's, not China's
    ("玉泉宫始建于1406年。玉泉宫南北长961米,东西宽753米,面积约为72万平方米。\n", "961米", False),
    ("玉泉宫始建于1406年。玉泉宫南北长961米,东西宽753米,面积约为72万平方米。\n", "约为72万平方米", False),
    # a national statistic in hectares or kilometres, the object naming what it is, stays the country's
    ("2024年全国粮食播种面积119319千公顷,比上年增加532千公顷。\n", "119319千公顷", True),
    ("全国铁路营业里程达到16.2万公里。\n", "16.2万公里", True),
    # nor one the text says is the nation's (全国), whatever its object
    ("2023年全国森林面积2.31亿公顷,耕地面积19.18亿亩。\n", "2.31亿公顷", True),
])
def test_a_bare_size_is_not_the_home_countrys(text, figure, home):
    assert (frames(text)[figure].context.subject == "China") is home
