"""Round 50: mechanisms read off corpus-fresh53 (opened this round: the Mogao Caves, Mount Huangshan, the Gobi Desert).
A landmark's English name is spelt many ways ("Mt. Huangshan", "Huangshan Mountain", "Mount Huang"; "Mogao Grottoes",
"Mogao Caves"), and a Chinese page drops the topic a sentence goes on about (莫高窟……。始建于…，现有洞窟735个)."""
from __future__ import annotations

import pytest

from factcheck.context import landmarks
from factcheck.group import subject_key

from helpers import compared, frames


@pytest.mark.parametrize("a, b", [
    ("Mt. Huangshan", "Mount Huang"), ("Huangshan Mountain", "Mount Huang"), ("Mount Huangshan", "Huangshan Mountain"),
    ("Mogao Grottoes", "Mogao Caves"), ("Huangguoshu Waterfall", "Huangguoshu Falls"),
    ("Huangguoshu Waterfalls", "Huangguoshu Falls"), ("Taihu Lake", "Lake Tai"), ("Minjiang River", "Min River"),
    ("Mt Fuji", "Mount Fuji"), ("Titicaca Lake", "Lake Titicaca"),
    # spaced pinyin (the review: "Mt. Huang Shan" on one page, "Mt. Huangshan" on another)
    ("Mt. Huang Shan", "Mt. Huangshan"), ("Tai Hu Lake", "Taihu Lake"), ("Min Jiang River", "Minjiang River"),
])
def test_one_landmark_spelt_two_ways_is_one_subject(a, b):
    assert subject_key(a) == subject_key(b)


@pytest.mark.parametrize("a, b", [
    ("Tianshan Mountains", "Mount Tian"),  # a range is not one mountain
    ("Mount Shan", "Mount"),  # a pinyin ending that is the whole word stays
    ("Yellow River", "Yellow Mountain"),  # kinds stay apart
    ("Lotus Peak", "Lotus"),  # no kind word is taken off
    ("Blue Grotto", "Blue Cave"),  # two sea caves (only the plural "grottoes" and "caves" are one kind)
])
def test_spellings_that_stay_apart(a, b):
    assert subject_key(a) != subject_key(b)


def test_pages_spelling_one_mountain_two_ways_are_compared():
    assert compared("Mt. Huangshan covers an area of 1,200 square kilometers.\n",
                    "Huangshan Mountain covers an area of 1,250 square kilometers.\n")


@pytest.mark.parametrize("han, english", [("莫高窟", "Mogao Caves"), ("金沙江", "Jinsha River")])
def test_a_name_the_dictionary_writes_with_its_kind_in_lower_case(han, english):
    # CC-CEDICT: "Mogao caves in Dunhuang 敦煌, Gansu", its words the headword's pinyin (Mo4 gao1)
    assert landmarks.table()[han] == english


def test_a_description_the_dictionary_gives_is_no_name():
    assert "千佛洞" not in landmarks.table()  # "Buddhist grottos": no pinyin of the headword


# (after corpus-fresh53/mgc-10-hans.txt, cut)
CAVES = "莫高窟,俗称千佛洞,位于甘肃省敦煌市,以精美的壁画闻名于世。始建于十六国的前秦时期,现有洞窟735个,壁画4.5万平方米。\n"


@pytest.mark.parametrize("figure", ["735个", "4.5万平方米"])
def test_a_chinese_sentence_opening_with_its_verb_goes_on_about_the_landmark_before(figure):
    assert frames(CAVES)[figure].context.subject == "Mogao Caves"


def test_a_sentence_opening_with_a_noun_is_not_carried_by_that_rule():
    text = "莫高窟,俗称千佛洞,位于甘肃省敦煌市。敦煌市人口18万人。\n"
    assert frames(text)["18万人"].context.subject != "Mogao Caves"


@pytest.mark.parametrize("text, figure, subject", [
    # a name a verb gives (名为), a name with its figure in brackets in a list (after 和 too)
    ("这座山最高的山峰名为玉女峰,海拔1864米。\n", "1864米", "玉女峰"),
    ("另外两座著名的山峰:玉屏峰(1860米)和天都峰(1810米)。\n", "1810米", "天都峰"),
    ("另外两座著名的山峰:玉屏峰(1860米)和天都峰(1810米)。\n", "1860米", "玉屏峰"),
    # a name holding 都
    ("天都峰海拔1829.5米。\n", "1829.5米", "天都峰"),
    # a clause a bracket closes before it (markup a page kept)
    ("[size=1]天都峰是一座花岗岩山峰,海拔1810米。\n", "1810米", "天都峰"),
])
def test_chinese_landmark_names_a_page_introduces(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text", [
    "黄色巨石位于沙漠中央,高348米。\n",  # a colour: a description, no name
    "攀登高山需要三天,海拔4000米。\n",  # a verb opening the run
    "他们和山峰(4000米)合影。\n",  # a common word, whole
    "该项目涉及城区及周边水库(2023年)的治理,投资12亿元。\n",  # a year in brackets is no size
    "他飞行了几次,估测瀑布落差超过800公尺。\n",  # (the review: a stem a common word opens is no name)
])
def test_descriptions_are_no_landmark_names(text):
    got = [c.context.subject for c in frames(text).values()]
    assert not any(s and s.endswith(("巨石", "高山", "山峰", "水库", "瀑布")) for s in got)


def test_a_peak_a_chinese_page_gives_as_its_mountains_highest_is_the_mountain_for_its_height():
    # (after corpus-fresh53/hsm-09-hans.txt: 黄山最高峰, the owner right before the point, no 的)
    text = "黄山位于安徽省南部。黄山最高峰名为莲花峰,海拔1864.8米。\n"
    assert frames(text)["1864.8米"].context.subject == "Mount Huang"


from factcheck.context import romanised  # noqa: E402


@pytest.mark.parametrize("han, english", [
    ("莲花峰", "Lian Hua Feng"), ("莲花峰", "Lianhuafeng"), ("莲花峰", "Lianhua Peak"), ("莲花峰", "Lotus Peak"),
    ("天都峰", "Tiandu Peak"), ("天都峰", "Tian Du Feng"), ("光明顶", "Guang Ming Ding"), ("莫高窟", "Mogao Grottoes"),
])
def test_an_english_name_spelling_or_translating_a_chinese_one(han, english):
    assert romanised.english_spellings(han, english)


@pytest.mark.parametrize("han, english", [
    ("莲花峰", "Mount Huang"), ("天都峰", "Capital of Heaven Peak"), ("天都峰", "Tiandu"), ("莲花峰", "Lotus Lake"),
    ("黄山", "Mount Huang"),  # (a stem of one character: too little to spell)
    ("莲花峰", "Flower Peak"), ("莲花峰", "Water-Lily Peak"),  # (a translation: the first sense's first word)
])
def test_english_names_that_do_not_spell_it(han, english):
    assert not romanised.english_spellings(han, english)


def test_pages_naming_one_peak_in_chinese_and_in_pinyin_are_one_subject():
    from helpers import annotated

    got = romanised.unify(annotated([("zh.txt", "天都峰海拔1829.5米。\n"),
                                     ("en.txt", "Tian Du Feng rises to 1,810 meters.\n")]))
    assert {c.context.subject for c in got} == {"Tian Du Feng"}


def test_a_pinyin_name_two_chinese_names_spell_joins_neither():
    from helpers import annotated

    # (天督峰 is read tian du feng as well)
    got = romanised.unify(annotated([("a.txt", "天都峰海拔1829.5米。\n"), ("b.txt", "天督峰海拔1500米。\n"),
                                     ("en.txt", "Tiandu Peak rises to 1,810 meters.\n")]))
    assert {c.context.subject for c in got if c.path == "a.txt"} == {"天都峰"}


def test_a_description_by_another_spelling_of_the_kind_stands_for_the_landmark():
    # "Mogao Grottoes … the caves": one kind word spelt two ways (cues.toml subject.kind_spellings)
    text = "The Mogao Grottoes are in Dunhuang. The caves, a site of Buddhist art, hold 2,415 sculptures.\n"
    assert frames(text)["2,415"].context.subject == "Mogao Grottoes"


@pytest.mark.parametrize("text, figure", [
    # (the review, corpus-fresh34/crl-13-hans.txt, cut: 联合国 opens a longer word, no verb)
    ("太平洋是最大的海洋。联合国政府间气候变迁问题小组预测,有70到90%的珊瑚将消失。\n", "70到90%"),
    # a contrast (corpus-fresh46/csp-18-hant.txt, cut)
    ("里海的盐度相对较低,大约为1.2%。相比之下,海洋的平均盐度约为3.5%。\n", "约为3.5%"),
    # the world's (corpus-fresh41/ibs-09-hans.txt, cut)
    ("秦岭成为朱鹮的方舟。经过40多年保护,目前全球朱鹮种群数量扩展到9000余只。\n", "9000余只"),
])
def test_sentences_opening_with_a_verb_that_are_about_something_else(text, figure):
    assert frames(text)[figure].context.subject not in ("Pacific Ocean", "Caspian Sea", "Qinling Mountains",
                                                        "Qinling")

