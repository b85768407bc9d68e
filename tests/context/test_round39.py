"""Round 39: mechanisms read off corpus-fresh42 (opened this round) and the corpora before it."""
from __future__ import annotations

import pytest

from helpers import annotated

from factcheck.group import group_claims


def _grouped(*texts: str) -> list[list[str]]:
    """The figures of each group, as written, pages named 0.txt, 1.txt …"""
    cs = annotated([(f"{k}.txt", t) for k, t in enumerate(texts)])
    return sorted(sorted(f"{cs[i].path}:{cs[i].text}" for i in g.members) for g in group_claims(cs))


_Y2014 = "In 2014, China's desertification area was 2.61 million square kilometers."
_Y2019 = "In 2019, China's desertification area was 2.57 million square kilometers."


def test_an_undated_figure_that_retells_one_vintage_joins_it():
    # 2,611,600 rounds to 2014's 2.61 million and disagrees with 2019's 2.57 million: 2014's, retold
    undated = "China's desertification area is 2,611,600 square kilometers."
    assert _grouped(_Y2014, _Y2019, undated) == [
        ["0.txt:2.61 million square kilometers", "2.txt:2,611,600 square kilometers"]]


@pytest.mark.parametrize("undated", [
    # between the two: it retells neither
    "China's desertification area is 2,590,000 square kilometers.",
    # a value of two digits may be any year's
    "China's desertification area is 2.6 million square kilometers.",
    # a hedged or bounded figure admits too much
    "China's desertification area is about 2,611,600 square kilometers.",
    "China's desertification area is more than 2,611,600 square kilometers.",
])
def test_an_undated_figure_that_retells_no_one_vintage_stays_out(undated):
    assert _grouped(_Y2014, _Y2019, undated) == []


@pytest.mark.parametrize("y2014, y2019, undated", [
    # a value of two digits says no year, even where it agrees with one only
    (_Y2014, "In 2019, China's desertification area was 2.47 million square kilometers.",
     "China's desertification area is 2.6 million square kilometers."),
    # nor does a cluster's figure of one or two digits, which agrees with too much (2.58 million is 2019's, if any)
    ("In 2014, China's desertification area was 3 million square kilometers.", _Y2019,
     "China's desertification area is 2.58 million square kilometers."),
    ("In 2014, China's desertification area was 2.6 million square kilometers.", _Y2019,
     "China's desertification area is 2.56 million square kilometers."),
    # two clusters of overlapping years are not told apart by value
    ("From 2010 to 2014, China's desertification area was 2.61 million square kilometers.",
     "In 2014, China's desertification area was 2.57 million square kilometers.",
     "China's desertification area is 2,611,600 square kilometers."),
])
def test_a_value_retells_a_vintage_only_in_digits_enough_on_both_sides(y2014, y2019, undated):
    assert _grouped(y2014, y2019, undated) == []


def test_two_pages_retelling_one_vintage_both_join_it_whichever_comes_first():
    a = "China's desertification area is 2,611,600 square kilometers."
    b = "China's desertification area is 2,605,000 square kilometers."
    for x, y in ((a, b), (b, a)):
        (group,) = _grouped(_Y2014, _Y2019, x, y)
        assert sorted(f.split(":", 1)[1] for f in group) == [
            "2,605,000 square kilometers", "2,611,600 square kilometers", "2.61 million square kilometers"]



def _frame(text: str, figure: str):
    from helpers import frames

    return frames(text + "\n")[figure].context


@pytest.mark.parametrize("text, figure", [
    ("The ozone hole has shrunk thanks to the 1987 Montreal Protocol, and it measured 22.4 million square kilometers "
     "in 2024.", "22.4 million square kilometers"),
    ("Since the Paris Agreement, global emissions have risen 6.2%.", "6.2%"),
    ("Under the Ottawa Convention, 55 million stockpiled mines have been destroyed.", "55 million"),
    ("研究团队强调,这一趋势再度印证了《蒙特利尔议定书》的有效性,南极臭氧洞面积为2286万平方公里。", "2286万平方公里"),
    ("印尼实施《2019-2024年可持续棕榈油种植园国家行动计划》后,种植面积达到1640万公顷。", "1640万公顷"),
    ("自《長江保護法》實施以來,長江江豚數量回升至1249頭。", "1249頭"),
])
def test_a_treaty_a_law_or_a_plan_is_no_one(text, figure):
    # (an instrument states rules or aims: nobody's figure, and its words are no object words)
    ctx = _frame(text, figure)
    assert ctx.subject is None or not any(w in ctx.subject for w in ("Protocol", "Agreement", "Convention", "议定书",
                                                                       "计划", "保护法", "保護法"))
    assert not {"montreal", "protocol", "paris", "ottawa", "convention"} & set(ctx.words)


@pytest.mark.parametrize("text, figure, subject", [
    # a work in title marks that is no instrument is still a name: a film's takings are the film's
    ("《哪吒之魔童闹海》票房达100亿元。", "100亿元", "哪吒之魔童闹海"),
    ("《独行月球》之后，电影《流浪地球计划》票房达到40.3亿元。", "40.3亿元", "流浪地球计划"),
    ("稻盛和夫所著《活法》销量达到500万册。", "500万", "活法"),
    # an instrument opening its clause is what the clause is about
    ("The Paris Agreement has 195 signatories.", "195", "Paris Agreement"),
    ("The Paris Agreement’s 195 parties met in Dubai in 2023.", "195", "Paris Agreement"),
    ("《长江保护法》共9章96条。", "9", "长江保护法"),
    # and a body, an event or a product named like one is a name
    ("The Democratic National Convention drew 26.2 million viewers in 2024.", "26.2 million",
     "Democratic National Convention"),
    ("Honda Accord sales in the US reached 200,000 in 2023.", "200,000", "Honda Accord"),
    ("Membership of the Southern Baptist Convention fell to 12.7 million in 2024.", "12.7 million",
     "Southern Baptist Convention"),
    ("张艺谋执导的《狙击手计划》票房达30.5亿元。", "30.5亿元", "狙击手计划"),
    # a dateline before a title governs nothing
    # (its figure the law's own: since round 41 the 长江干流 of "…，长江干流水质达标率为98.5%" names the Yangtze,
    # whose water the rate is of; test_round41 holds that case)
    ("新华社北京12月5日电 《长江保护法》共9章96条。", "9", "长江保护法"),
    # a capitalised name that only begins like one is no instrument ("Protocol" must end it)
    ("Protocol Labs raised $257 million in 2021.", "$257 million", "Protocol Labs"),
])
def test_names_that_are_no_instruments_stay_subjects(text, figure, subject):
    assert _frame(text, figure).subject == subject


@pytest.mark.parametrize("text, figure", [
    ("《中国生物多样性红色名录》显示，中国有3767种动物受威胁。", "3767种"),
    ("据《中国生物多样性红色名录》，中国有3767种动物受威胁。", "3767种"),
])
def test_an_instrument_that_reports_a_figure_is_who_says_so(text, figure):
    assert _frame(text, figure).source == "中国生物多样性红色名录"


def test_a_plan_that_reports_a_figure_stays_who_says_so():
    # (a title a publication's word or a body's ends is a source, as before; 其中提到: it reports the figure)
    ctx = _frame("《“十四五”全国种植业发展规划》,其中提到2020年全国茶叶产量为293万吨。", "293万吨")
    assert ctx.source == "“十四五”全国种植业发展规划"


@pytest.mark.parametrize("text, figure, subject, source", [
    # a body joined by "and" to the one a cue introduces says it with it, its short form in brackets between them or
    # not: neither is whose the figure is (the next sentence carries the one it is about)
    ("New research from the National Oceanic and Atmospheric Administration (NOAA) and NASA shows the Antarctic ozone "
     "hole is the fifth smallest in 30 years. The hole reached its peak for 2025 in early September, measuring 22.87 "
     "million square kilometers.", "22.87 million square kilometers", "Antarctic",
     "National Oceanic and Atmospheric Administration"),
    ("Data from the World Wide Fund for Nature (WWF) and the Global Tiger Forum show an estimated 3,890 wild tigers "
     "in 2016.", "an estimated 3,890", None, "World Wide Fund for Nature"),
])
def test_a_co_source_after_a_short_form_in_brackets_is_no_subject(text, figure, subject, source):
    ctx = _frame(text, figure)
    assert (ctx.subject, ctx.source) == (subject, source)


def test_a_word_in_brackets_is_no_short_form():
    # near miss: "(Tuesday)" is no acronym, and the firm after it says its own figure
    ctx = _frame("According to the Ministry of Health (Tuesday) and Pfizer, Pfizer shipped 14.5 million doses in "
                 "2021.", "14.5 million")
    assert ctx.subject == "Pfizer"


@pytest.mark.parametrize("text, figure, subject", [
    # a place a size is likened to is nobody's figure, nor carried to the next sentence
    ("The patch covers an area twice the size of Texas, or 1.6 million square kilometers.",
     "1.6 million square kilometers", None),
    ("During the peak, the hole averaged 23.1 million square kilometers. This is approximately the size of North "
     "America. The largest hole occurred in 2000, when it reached 28.4 million square kilometers.",
     "28.4 million square kilometers", None),
    ("Forests the size of Switzerland, about 4.1 million hectares, were lost in 2022.", "about 4.1 million hectares",
     None),
    ("臭氧层空洞面积达2500万平方公里,相当于3个中国大小。", "2500万平方公里", None),
    # near misses: a place that owns a figure after these words keeps it
    ("China's output is larger than Japan's 5 million tonnes.", "5 million tonnes", "Japan"),
    ("The size of China's economy reached 126 trillion yuan in 2023.", "126 trillion yuan", "China"),
    ("Germany's output was as big as France's 3 million tonnes.", "3 million tonnes", "France"),
    ("今年财政赤字相当于中国GDP的3%。", "3%", "China"),
    ("回购金额相当于腾讯市值的10%。", "10%", "Tencent"),
])
def test_a_place_a_size_is_likened_to_is_no_subject(text, figure, subject):
    assert _frame(text, figure).subject == subject
