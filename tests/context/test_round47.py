"""Round 47: mechanisms read off corpus-fresh50 (opened this round: the Terracotta Army, the Potala Palace, the Leaning
Tower of Pisa). A building is a landmark as a mountain or a lake is: a tower, a palace, a pagoda, a cathedral, a
castle, a bridge, a pyramid; its name may carry the place it is of ("Leaning Tower of Pisa"), which pages naming it
in part leave out ("Leaning Tower", "Tower of Pisa")."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject", [
    # (verbatim, corpus-fresh50/pot-07-hans.txt: a palace the dictionary names bare, "Potala, winter palace …")
    ("布达拉宫海拔3700米,占地总面积36万平方米,建筑总面积13万平方米。\n", "3700米", "Potala Palace"),
    # (verbatim, corpus-fresh50/pis-07-hans.txt, cut: the tower's one-character kind word, bare, opening a clause)
    ("比萨斜塔是圆柱形造型,8层白色大理石砌成,每层都有拱门装饰。塔高56米,地基3米深。\n", "56米", "Leaning Tower of Pisa"),
    # the full name, the place it is of kept: the Great Pyramid of Giza is not that of Cholula
    ("The Leaning Tower of Pisa is 55.86 m tall on its low side.\n", "55.86 m", "Leaning Tower of Pisa"),
    ("The Great Pyramid of Cholula is 66 m tall.\n", "66 m", "Great Pyramid of Cholula"),
])
def test_a_building_is_a_landmark(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_page_about_a_building_lends_it_the_sizes_naming_no_one():
    # (after corpus-fresh50/pis-01-en.txt: the tower named in part, "the Tower of Pisa")
    text = ("The Leaning Tower of Pisa is the campanile of Pisa Cathedral.\n\n"
            "The Tower of Pisa was built in three stages over 199 years.\n\n"
            "The height is 55.86 m from the ground on the low side.\n")
    assert frames(text)["55.86 m"].context.subject == "Leaning Tower of Pisa"


@pytest.mark.parametrize("text, figure, subject", [
    # 塔 opening another name: Tajikistan, the Tarim
    ("比萨斜塔很有名。塔吉克斯坦面积14.31万平方公里。\n", "14.31万平方公里", "Tajikistan"),
    # a company called after a tower is no landmark: its revenue is its own, not a page's building's
    ("Tower Semiconductor reported revenue of $1.44 billion in 2024.\n", "$1.44 billion", "Tower Semiconductor"),
])
def test_the_buildings_guards(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


# --- a phrase of place opening the sentence: about the main clause's subject (subject._main_after_placed_phrase) ---


@pytest.mark.parametrize("text, figure, subject", [
    # (verbatim, corpus-fresh50/pot-02-en.txt, cut)
    ("Perched on top of Hongshan Mountain in the center of Lhasa, the capital of Tibet Autonomous Region, 3,650 "
     "meters above sea level, Potala Palace was first built in 641 by the Tibetan King Songtsen Gampo.\n",
     "3,650 meters", "Potala Palace"),
    ("Located in the Andes at 3,812 m, Lake Titicaca is the largest lake in South America.\n", "3,812 m",
     "Lake Titicaca"),
])
def test_a_figure_in_a_fronted_phrase_of_place_is_the_main_clauses(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_figure_of_the_main_clause_after_a_phrase_of_place_keeps_its_own():
    # the figure after the main clause's name: that name's in any case; a place inside the phrase names no one's
    f = frames("Located in the Caucasus Mountains, Mount Elbrus rises to 5,642 m.\n")
    assert f["5,642 m"].context.subject == "Mount Elbrus"


# --- "it" after a ruler, and the page's landmark (the review's cases) ---


@pytest.mark.xfail(strict=True, reason="'it' goes to the dynasty named before ('the Tang imperial family'): handing a "
                   "page's landmark any size an 'it' states took a sub-basin's, a statue's and an island's sizes too")
def test_it_after_a_sentence_naming_a_ruler_is_the_pages_landmark():
    # (verbatim, corpus-fresh50/pot-01-en.txt, cut)
    text = ("Potala Palace. Lhasa. Located in Hongshan Mountain in Lhasa, capital of the Autonomous Region of Tibet, "
            "the Potala Palace is 3,700 m above sea level. Is said to mark the arrival of Princess Wen Cheng of the "
            "Tang imperial family, the Tibetan King Sontsa Gampo had built the magnificent palace of a thousand rooms "
            "and halls in the year 631. It occupies an area of 410,000 square meters and has a floor space of "
            "130,000 square meters.\n")
    f = frames(text)
    assert f["410,000 square meters"].context.subject == "Potala Palace"
    assert f["130,000 square meters"].context.subject == "Potala Palace"


def test_it_after_a_city_stays_the_citys():
    text = ("The Potala Palace is the winter palace of the Dalai Lamas. The Potala Palace stands in Lhasa.\n\n"
            "Beijing is China's capital. It covers 16,410 square kilometers.\n")
    assert frames(text)["16,410 square kilometers"].context.subject == "Beijing"


def test_the_bare_kind_word_capitalised_is_the_pages_landmark():
    # (verbatim, corpus-fresh50/pot-06-en.txt, cut: a machine translation capitalising the palace)
    text = ("Stands of the Potala Palace in the Tibetan capital on the Hongshan culture of Northwest lasashiqu, "
            "13-story Palace architecture, 110 meters high, an altitude of 3,750 meters above. People in dozens of "
            "outside overlooking the Luxor, Potala Palace, at the same time, it is the important symbol of Lhasa.\n")
    assert frames(text)["110 meters"].context.subject == "Potala Palace"


# --- a year dating a one-off event (a discovery) dates no figure outside its clause (period.events) ---


@pytest.mark.parametrize("text, figure", [
    # (verbatim, corpus-fresh50/tta-07-hans.txt, cut)
    ("二号坑:位于一号俑坑东端北侧20米,发现于1976年4月,俑坑平面为曲尺形,面积约6000平方米,深约5米。\n", "约6000平方米"),
    # (verbatim, corpus-fresh50/tta-08-hans.txt, cut: the page's one year is the discovery's)
    ("秦始皇兵马俑坑总面积约2.5万平方米,相当于50个标准篮球场大小。\n兵马俑坑位于陕西省西安市临潼区。1974年当地农民打井时偶然发现,"
     "随后展开大规模考古发掘。\n", "约2.5万平方米"),
])
def test_a_discovery_year_dates_no_size(text, figure):
    assert frames(text)[figure].context.period is None


def test_a_year_in_the_figures_own_clause_still_dates_it():
    f = frames("The company, founded in 1998, sold 5 million units in 2023.\n")
    assert f["5 million"].context.period == "2023"


@pytest.mark.xfail(strict=True, reason="a ruler's title opening a name (subject.ruler_titles) was tried: it also took "
                   "Queen Mary 2, King Fahd Causeway, the Queen Victoria Building and Emperor Penguin for people")
def test_it_never_stands_for_a_ruler():
    # (cues.toml subject.ruler_titles: a count "it" states after a king built something is not the king's)
    text = ("The Potala Palace is in Lhasa. The Potala Palace is a palace.\n\n"
            "King Songtsen Gampo built the palace in 637. It has over 1,000 rooms.\n")
    assert frames(text)["over 1,000"].context.subject == "Potala Palace"


@pytest.mark.parametrize("text, figure, subject", [
    # (the first review: an "it" after a named part of the landmark is that part's; "also known as" makes its two
    # names one, the first the page's: context/declared.py)
    ("Lake Titicaca is the largest lake in South America. Lake Titicaca lies in the Andes.\n\n"
     "Winaymarka, also known as Lago Pequeno, is the smaller sub-basin. It has a maximum depth of 40 m.\n",
     "40 m", "Winaymarka"),
    # a place named after a ruler is no ruler
    ("Prince Edward Island is a Canadian province. It has an area of 5,660 km2.\n", "5,660 km2",
     "Prince Edward Island"),
    ("King County is in Washington. It covers 2,307 square miles.\n", "2,307 square miles", "King County"),
])
def test_it_stays_with_what_the_sentence_before_named(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_persons_size_is_no_landmarks():
    text = ("Windsor Castle is a royal residence. Windsor Castle covers 52,609 square metres.\n\n"
            "Prince William visited the castle in 2023. He is 1.91 metres tall.\n")
    assert frames(text)["1.91 metres"].context.subject is None


@pytest.mark.parametrize("text, figure", [
    # 塔 opening a crane's name, the Taliban's
    ("东方明珠塔高468米。塔式起重机臂长60米。\n", "60米"),
    ("东方明珠塔高468米。塔利班控制了65%的领土。\n", "65%"),
])
def test_a_bare_ta_opening_another_word_is_no_tower(text, figure):
    assert frames(text)[figure].context.subject != "Oriental Pearl Tower"


def test_a_figure_in_a_relative_clause_of_a_fronted_phrase_is_the_places():
    f = frames("Located in Xinjiang, which covers 1.66 million square kilometres, Kanas Lake is a lake.\n")
    assert f["1.66 million square kilometres"].context.subject != "Kanas Lake"


@pytest.mark.parametrize("text, figure", [
    # (after corpus-fresh44/tgd-19-hans.txt: the completion's year in another clause dates no specification)
    ("三峡大坝始建于1994年,于2006年竣工,全长约2335米,坝高185米。\n", "185米"),
])
def test_no_other_year_stands_in_for_an_event_year(text, figure):
    assert frames(text)[figure].context.period is None


def test_a_year_observed_is_no_event():
    # (after corpus-fresh41/ase-22-hant.txt: 被發現 "was seen" leaving; the herd's count is of that month)
    f = frames("野象群起初有16頭,在2020年3月時被發現離開保護區。\n")
    assert f["16頭"].context.period == "2020-03"


def test_a_landmark_the_page_compares_with_is_not_what_it_is_about():
    # (verbatim, corpus-fresh51/ulu-02-en.txt, cut: the title compares Uluru with the Sydney Tower)
    text = ("More than 40 metres taller than the Sydney Tower\n\n"
            "Uluru rises 348 metres above the desert with a circumference of 9.4km which is more than 40 meters taller "
            "than the Sydney Tower and with considerably more girth!! It measures 3.6 km long and 2.4 km wide.\n\n"
            "The base is 8 km around.\n")
    assert frames(text)["8 km"].context.subject != "Sydney Tower"


# --- a landmark named in part on one page and in full on another (context/names_across.py) ---


def _subjects(tmp_path, pages: dict) -> dict:
    from factcheck.pipeline import run_claims

    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    run = run_claims([str(tmp_path)], with_context=True)
    return {c.text: c.context.subject for c in run.claims}


def test_a_landmark_named_in_part_is_the_one_named_in_full(tmp_path):
    got = _subjects(tmp_path, {
        "a.txt": "The Leaning Tower of Pisa is a bell tower. It is 55.86 m tall.\n",
        "b.txt": "The Tower of Pisa is a bell tower. The Tower of Pisa leans 3.97 degrees.\n",
        "c.txt": "The Leaning Tower in Pisa took 199 years to build. The Leaning Tower weighs 14,500 tonnes.\n"})
    assert got["3.97 degrees"] == got["14,500 tonnes"] == "Leaning Tower of Pisa"


def test_a_name_in_part_on_a_page_not_naming_the_place_stays_its_own(tmp_path):
    # (the third review: Phnom Penh's Royal Palace beside a news item naming the Royal Palace of Madrid)
    got = _subjects(tmp_path, {
        "a.txt": "The Royal Palace in Phnom Penh is a royal residence. The Royal Palace covers 174,870 square metres.\n",
        "b.txt": "The Royal Palace of Madrid has 3,418 rooms.\n"})
    assert got["174,870 square metres"] == "Royal Palace"


def test_two_full_names_sharing_a_part_stay_apart(tmp_path):
    got = _subjects(tmp_path, {
        "a.txt": "The Great Pyramid of Giza is 138.5 m tall.\n",
        "b.txt": "The Great Pyramid of Cholula is 66 m tall.\n",
        "c.txt": "The Great Pyramid is 140 m tall.\n"})
    assert got["138.5 m"] == "Great Pyramid of Giza" and got["66 m"] == "Great Pyramid of Cholula"
    assert got["140 m"] == "Great Pyramid"  # (which of the two, the pages do not say)


@pytest.mark.parametrize("text, figure, subject", [
    # (the second review: a figure describing a place in the fronted phrase is that place's, or no one's)
    ("Located in Pisa, a city of 90,000 people, the Leaning Tower is a bell tower.\n", "90,000", None),
    ("Located near the 828-metre Burj Khalifa, the Dubai Mall is large.\n", "828-metre", "Burj Khalifa"),
    # a verb the phrase may open with, a verb the main clause may go on with
    ("Rising above Toronto at 553 metres, the CN Tower held the record.\n", "553 metres", "CN Tower"),
])
def test_a_fronted_phrase_of_place_and_its_asides(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_that_year_takes_the_events_year():
    f = frames("三峡大坝于2006年落成,当年发电量达到490亿千瓦时。\n")
    assert f["490亿千瓦时"].context.period == "2006"


@pytest.mark.parametrize("text, figure", [
    # a size in a relative clause about a place, on a page about a castle
    ("Neuschwanstein Castle is a castle. Neuschwanstein Castle is in Bavaria.\n\n"
     "Located in Bavaria, which covers 70,550 square kilometres, the castle draws visitors.\n", "70,550 square kilometres"),
    # a clause opening with another feature's Chinese name no table knows
    ("维多利亚瀑布宽1708米。维多利亚瀑布高108米。\n赞比西河全长2700公里。\n", "2700公里"),
    # another tower named nearer
    ("雷峰塔高71米。雷峰塔在西湖边。保俶塔位于宝石山上,塔高45.3米。\n", "45.3米"),
])
def test_the_pages_landmark_is_not_lent_past_another_thing(text, figure):
    assert frames(text)[figure].context.subject not in ("Neuschwanstein Castle", "Victoria Falls", "Leifeng Pagoda")


def test_a_short_form_of_the_landmarks_own_name_is_no_other_tower():
    text = "比萨斜塔是圆柱形造型,8层白色大理石砌成。\n\n斜塔的倾斜造型独特。塔高56米,地基3米深。\n"
    assert frames(text)["56米"].context.subject == "Leaning Tower of Pisa"


def test_a_persons_size_is_not_guarded_by_other():
    # (其他 is "other", no 他)
    text = "比萨斜塔是一座钟楼。比萨斜塔在意大利。\n\n在其他时期,整座建筑高56米。\n"
    assert frames(text)["56米"].context.subject == "Leaning Tower of Pisa"



# --- what a size measures: the side it is measured on, a Chinese adjective after it, "occupies" an area ---


def test_the_side_a_size_is_measured_on_is_part_of_what_it_measures():
    # (verbatim, corpus-fresh50/pis-01-en.txt, cut)
    f = frames("The height of the tower is 55.86 m (183.27 ft) from the ground on the low side and 56.70 m (186.02 ft) "
               "on the high side.\n")
    assert "low-side" in f["55.86 m"].context.words and "high-side" in f["56.70 m"].context.words


def test_a_chinese_adjective_after_a_length_says_which():
    f = frames("比萨斜塔塔高56米,地基3米深。\n")
    assert f["3米"].context.topics == ("depth",)


def test_occupying_an_area_is_the_area():
    from helpers import compared

    assert compared("The Potala Palace is in Lhasa. The Potala Palace occupies an area of 410,000 square meters.\n",
                    "布达拉宫海拔3700米,占地总面积36万平方米。\n")



@pytest.mark.parametrize("text, figure, subject", [
    # (the third review: a word for the landmark itself opening the clause is no other feature)
    ("雷峰塔位于西湖南岸。雷峰塔是一座古塔。\n\n全塔高71.679米,占地面积3133平方米。\n", "71.679米", "Leifeng Pagoda"),
    ("千岛湖是一座水库。千岛湖在浙江。\n\n整个湖是人工湖,平均水深34米。\n", "34米", "Qiandao Lake"),
    # a relative clause about the landmark described, not a place
    ("The Potala Palace is in Lhasa. The Potala Palace is a palace.\n\nThe building, which measures 400 metres "
     "east-west, has thirteen storeys.\n", "400 metres", "Potala Palace"),
])
def test_the_guards_leave_the_landmarks_own_words_alone(text, figure, subject):
    assert frames(text)[figure].context.subject == subject
