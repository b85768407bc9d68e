"""Review 12: look-alikes of today's rules (86b23c4..5e8d921), written for the review.

Each case states the right reading, as a careful reader would give it. Cases marked xfail (strict) fail today:
the reason says what the rule gives and why it is wrong; the others pass and keep the rule's form (some are
positive cases: the rule fires where it should).
"""
from __future__ import annotations

import pytest

from factcheck.gloss import meet
from factcheck.group import group_claims
from helpers import annotated, compared, frames, xf


# -- 1. group._one_period_rounded: an undated figure joins the cluster of one period it rounds --------------------

_FILMS_A = ("a.txt", "Chinese-made films took an 83.77% share of China's box office in 2023.\n")
_FILMS_B = ("b.txt", "Chinese-made films took an 83% share of China's box office in 2023.\n\n"
                     "國產電影佔2023年中國票房的83.77%。\n")


@pytest.mark.parametrize("undated, joins", [
    # restates the most alike figure to more digits (Simplified): that quantity
    ("国产电影占中国票房的83.8%。\n", True),
    # an English figure of the same words, rounding 83.77%
    ("Chinese-made films took an 83.8% share of China's box office.\n", True),
    # a conflict with the most alike figure (Traditional): stays unplaced
    ("國產電影佔中國票房的81.9%。\n", False),
    # far off: another quantity, not placed by resemblance
    ("Chinese-made films took a 90% share of China's box office.\n", False),
    # the complement (imported films' share): no cluster of its own words
    ("国产电影占中国票房的16%。\n", False),
    # a page dated another year: no figure of that period to join
    ("China's box office in 2022\n\nChinese-made films took an 84% share of China's box office.\n", False),
])
def test_an_undated_figure_joins_the_cluster_it_rounds(undated, joins):
    claims = annotated([_FILMS_A, _FILMS_B, ("c.txt", undated)])
    placed = [g for g in group_claims(claims) if any(claims[i].path == "c.txt" for i in g.members)]
    assert bool(placed) is joins


def test_an_undated_figure_between_clusters_of_two_periods_stays_unplaced():
    # 2023's 83.77% and 2024's 84.5%: an undated 84% fits both years, no one period to join
    claims = annotated([_FILMS_A, ("b.txt", "Chinese-made films took an 84.5% share of China's box office in 2024.\n"),
                        ("c.txt", "Chinese-made films took an 84% share of China's box office.\n")])
    assert not [g for g in group_claims(claims) if any(claims[i].path == "c.txt" for i in g.members)]


# -- 2. _Doc.place: a national body counts as a mention of its country ---------------------------------------------

@pytest.mark.parametrize("text, fig, want", [
    # the rule's own form: the country named, its statistics bureau named too
    ("中国去年经济增长\n\n中国去年经济表现平稳。\n\n国家统计局昨日公布数据。\n\n国家统计局表示，工业稳定。\n\n工业\n\n"
     "工业增加值增长5.7%。\n", "5.7%", "China"),
    # (fixed in review 12: a body counted for its country on pages naming another place; 央行 on a Taiwanese
    # page is Taiwan's central bank, the National Bureau of Statistics on a Nigerian page Nigeria's, 国家统计局
    # on a Guangdong page publishes the province's figures: China outvoted the place the page is about)
    ("台灣去年出口創新高\n\n台灣去年出口表現亮眼。\n\n央行昨日公布數據。\n\n央行表示，出口動能強勁。\n\n央行指出，內需穩定。\n\n"
     "電子產品\n\n電子產品出口增長15%。\n", "15%", "Taiwan"),
    ("台湾去年出口创新高\n\n台湾去年出口表现亮眼。\n\n央行昨日公布数据。\n\n央行表示，出口动能强劲。\n\n央行指出，内需稳定。\n\n"
     "电子产品\n\n电子产品出口增长15%。\n", "15%", "Taiwan"),
    ("廣東去年經濟增長\n\n廣東去年經濟表現平穩。\n\n國家統計局昨日公布數據。\n\n國家統計局表示，工業穩定。\n\n"
     "國家統計局指出，消費回暖。\n\n工業\n\n工業增加值增長5%。\n", "5%", "Guangdong"),
    ("广东去年经济增长\n\n广东去年经济表现平稳。\n\n国家统计局昨日公布数据。\n\n国家统计局表示，工业稳定。\n\n"
     "国家统计局指出，消费回暖。\n\n工业\n\n工业增加值增长5%。\n", "5%", "Guangdong"),
])
def test_a_national_body_in_the_place_vote(text, fig, want):
    assert frames(text)[fig].context.subject == want


def test_another_countrys_bureau_of_statistics_is_not_chinas():
    # (fixed in review 12) Nigeria's National Bureau of Statistics shares the name of China's
    text = ("Nigeria's inflation hits a record\n\nInflation in Nigeria rose again in December.\n\nThe National Bureau "
            "of Statistics said prices rose.\n\nThe National Bureau of Statistics publishes data monthly.\n\nThe "
            "National Bureau of Statistics also said wages fell.\n\nFood\n\nFood inflation was 39.8%.\n")
    assert frames(text)["39.8%"].context.subject != "China"


# -- 3. group._magnitudes_apart: amounts of change more than twice apart are two changes ---------------------------

@pytest.mark.parametrize("a, b, want", [
    # one change estimated twice, across scripts and languages
    ("China's population fell by 2.08 million in 2023.\n", "2023年中國人口減少208萬人。\n", True),
    ("2024年全國糧食產量增加1110萬噸。\n", "2024年全国粮食产量增加2000万吨。\n", True),
    # more than twice apart: two changes
    ("China's population fell by 2.08 million in 2023.\n", "2023年中國人口減少82萬人。\n", False),
    ("2024年全国粮食产量增加1110万吨。\n", "2024年全国粮食产量增加4000万吨。\n", False),
    ("Apple's revenue rose by $4 billion in 2024.\n", "Apple's revenue rose by $9 billion in 2024.\n", False),
    # (fixed in review 12: a slipped scale, exactly ten or ten thousand times, was two changes, where for levels
    # it is a conflict worth a look)
    ("China's population fell by 2.08 million in 2023.\n", "China's population fell by 20.8 million in 2023.\n", True),
    ("2023年中国人口减少208万人。\n", "2023年中国人口减少2080万人。\n", True),
    ("2023年中國人口減少208萬人。\n", "2023年中国人口减少2.08亿人。\n", True),
    xf("China's urbanization rate rose by 0.9 percentage points in 2024.\n",
       "China's urbanization rate rose by 2.1 percentage points in 2024.\n", True,
       reason="two estimates of one change in points, 2.3x and 1.2 points apart, are parted as two changes (growth "
              "rates need ten points as well; the same test for points was tried: fresh3 precision fell, "
              "0.717 -> 0.704)"),
])
def test_amounts_of_change(a, b, want):
    assert compared(a, b) is want


# -- 4. measure._linked_phrase: a level right after its change reads the change's phrase ---------------------------

@pytest.mark.parametrize("text, fig, words", [
    ("Total deaths rose 6.6% to 11.1 million in 2024, while new births fell.\n", "11.1 million", {"death"}),
    # (fixed in review 12: a Chinese phrase with a term of the table, 人口, lost its own words, 死亡, so the
    # deaths read as the population)
    ("2024年死亡人口增长6.6%至1110万人，出生人口下降。\n", "1110万人", {"死亡"}),
    ("2024年死亡人口增長6.6%至1110萬人，出生人口下降。\n", "1110萬人", {"死亡"}),
])
def test_a_level_reads_its_changes_words(text, fig, words):
    assert words <= set(frames(text)[fig].context.words)


@pytest.mark.parametrize("text, fig, subject, topic", [
    # the level after its change, in both scripts and in English: the change's object
    ("China's exports rose 5.9% to 25.45 trillion yuan in 2024.\n", "25.45 trillion yuan", "China", "exports"),
    ("中国2024年出口增长7.1%，为25.45万亿元。\n", "25.45万亿元", "China", "exports"),
    ("2024年蘋果出貨量增長6%至2.32億部。\n", "2.32億部", "Apple", "shipments"),
    # a second subject with its own change and level keeps its own
    ("In 2024, Apple's shipments rose 6% to 232 million, while Samsung's fell 1% to 223 million.\n", "223 million",
     "Samsung", "shipments"),
    ("2024年苹果出货量增长6%至2.32亿部，三星下降1%至2.23亿部。\n", "2.23亿部", "Samsung", "shipments"),
    # a level after 'or' restating the change
    ("2024年全国人口减少208万人，即0.15%，降至14.09亿人。\n", "14.09亿人", "China", "population"),
    # a level with a phrase of its own after a change: its own ('imports', not 'exports')
    ("China's exports rose 5% in 2024, and imports reached $2.6 trillion.\n", "$2.6 trillion", "China", "imports"),
])
def test_a_linked_level(text, fig, subject, topic):
    c = frames(text)[fig].context
    assert c.subject == subject and topic in c.topics


# -- 5. places_in_causes: a name inside a cause before the figure's clause is not its subject -----------------------

@pytest.mark.parametrize("text, fig, want", [
    ("受美国加征关税影响，中国2024年对美出口下降10%。\n", "10%", "China"),
    ("受美國加徵關稅影響，中國2024年對美出口下降10%。\n", "10%", "China"),
    ("由于美国需求疲软，越南2024年出口增长5%。\n", "5%", "Vietnam"),
    ("由於美國需求疲軟，越南2024年出口增長5%。\n", "5%", "Vietnam"),
    ("受中國需求帶動，澳洲2024年鐵礦石出口增長5%。\n", "5%", "Australia"),
    ("受比亚迪价格战影响，特斯拉2024年交付量下降1.1%。\n", "1.1%", "Tesla"),
    ("受比亞迪價格戰影響，特斯拉2024年交付量下降1.1%。\n", "1.1%", "Tesla"),
    ("Amid weak demand in China, Apple's revenue fell 5% in 2024.\n", "5%", "Apple"),
    ("Driven by BYD, China's EV exports rose 23% in 2024.\n", "23%", "China"),
    # the cause after the company: the company is still the subject
    ("Samsung, due to weak memory prices, saw its profit fall 30% in 2024.\n", "30%", "Samsung"),
    # a comma ends the cause: the names after it are the sentence's
    ("Due to weak demand, Apple and Samsung cut output, and Apple's shipments fell 5% in 2024.\n", "5%", "Apple"),
    # (fixed in review 12: a cause listing names past a comma, 'China, India and Brazil,', ended at the first
    # comma and left the others as the subject)
    ("Driven by China, India and Brazil, global steel demand rose 3% in 2024.\n", "3%", None),
    ("Due to weak sales in Germany, France and Italy, Volkswagen's deliveries fell 4% in 2024.\n", "4%", "Volkswagen"),
    ("Helped by Japan, Korea and Taiwan, Vietnam's chip exports rose 40% in 2024.\n", "40%", "Vietnam"),
    # (fixed in review 12: 受 reached across commas to a 带动 of a later clause, so the clause's company was
    # taken for part of the cause; a list going on past a comma with 以及 is still one cause)
    ("受政策支持，小米2024年汽车销量增长，带动营收增长35%。\n", "35%", "Xiaomi"),
    ("受政策支持，小米2024年汽車銷量增長，帶動營收增長35%。\n", "35%", "Xiaomi"),
    ("2023年受烏克蘭危機,以及亞洲、中東地區緊張局勢的影響,全球軍費開支達2.44萬億美元。\n", "2.44萬億美元", None),
    # (fixed in round 19: a pronoun right after the cause (其) takes the cause's firm)
    ("由于华为手机销量大增，其营收2024年增长22%。\n", "22%", "Huawei"),
    ("由於華為手機銷量大增，其營收2024年增長22%。\n", "22%", "Huawei"),
])
def test_a_name_in_a_cause(text, fig, want):
    assert frames(text)[fig].context.subject == want


# -- 6. gloss._forms: English verb forms meet the dictionary's bare verbs ------------------------------------------

@pytest.mark.parametrize("zh, en, meets", [
    ("出口", "exported", True),
    ("死亡", "died", True),
    ("增长", "growing", True),
    ("研究", "studied", True),
    ("上升", "rising", True),
    # a noun that ends like a verb form but is its own dictionary word
    ("速度", "speed", True),
    # (fixed in review 12: a verb whose last consonant is doubled, 'planned', 'dropped', 'cutting', met nothing)
    ("计划", "planned", True),
    ("下降", "dropped", True),
    ("削减", "cutting", True),
    ("停止", "stopped", True),
    # a verb ending in a double consonant keeps it
    ("销售", "selling", True),
    # a word whose 'ed'/'ing' is its own, unrelated to the sense
    ("春季", "spring", False),
    xf("使用", "used", True, reason="a verb form of four letters ('used', 'aged') is left as it is: the rule needs "
                                  "more than four (a shorter limit would make 'feed' a fee and 'seed' see)"),
    xf("单位", "united", False, reason="any -ed word is taken for a verb form: 'united' meets 单位 (unit)"),
])
def test_english_verb_forms_meet_the_dictionary(zh, en, meets):
    shared, _ = meet({zh}, {en})
    assert (shared > 0) is meets
