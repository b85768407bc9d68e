"""Round 44: mechanisms read off corpus-fresh47 (opened this round: the Mariana Trench, Mount Kilimanjaro, Lake
Titicaca). Where a landmark lies is not whose its length is; a page's deepest point is its landmark; a ranking is no
scope of a landmark's height; a length in metres is no year."""
from __future__ import annotations

import pytest

from helpers import frames

# --- where a thing lies (subject.where_named) ---


def test_a_place_after_in_is_where_a_lake_lies_not_whose_height_it_is():
    # (verbatim from britannica's Lake Titicaca, corpus-fresh47/ttc-02-en.txt)
    f = frames("Lake Titicaca is the world's highest lake navigable to large vessels, lying at 3,810m above sea level "
               "in the Andes Mountains of South America, astride the border between Peru to the west and Bolivia to "
               "the east.")
    assert f["3,810m"].context.subject == "Lake Titicaca"


def test_places_in_a_fronted_phrase_of_where_it_is_situated():
    # (verbatim, corpus-fresh47/ttc-05-en.txt, under a title naming the lake)
    f = frames("Lake Titicaca\n\nSituated in Peru and Bolivia, at an altitude of 3,812 m, Lake Titicaca is the highest "
               "navigable lake in the world.\n")
    assert f["3,812 m"].context.subject == "Lake Titicaca"


def test_the_whole_a_superlative_ranks_within_in_chinese():
    # (verbatim, corpus-fresh47/kil-16-hant.txt, cut: the page names its mountain again later)
    f = frames("乞力馬扎羅山位于赤道與3°S之間的坦桑尼亞東北部,臨近肯尼亞。是非洲第一高峰,海拔5 895米,被稱作非洲的“珠穆朗瑪峰”,也被稱作"
               "“非洲屋脊”。乞力馬扎羅山的“孤”為這個國家公園平添勝景與魅力。\n")
    assert f["5 895米"].context.subject == "Mount Kilimanjaro"


def test_a_landmark_after_places_joined_by_commas_keeps_its_height():
    # (verbatim from andbeyond.com's Lake Titicaca page, corpus-fresh47/ttc-16-en.txt)
    f = frames("Straddling the border between Peru to the west and Bolivia to the east in the Andes Mountains, Lake "
               "Titicaca is the largest freshwater lake in South America as well as the world's highest navigable body "
               "of water sitting at an impressive 3 810 m (12 500 ft) above sea level.")
    assert (f["3 810 m"].context.subject, f["3 810 m"].context.scope) == ("Lake Titicaca", None)


@pytest.mark.parametrize("text, figure, subject", [
    # a name compared with is no landmark left to take the figure: the place keeps it
    ("The length of expressways in China reached 177,000 km, surpassing the United States.", "177,000 km", "China"),
    ("The deepest point of Lake Baikal is 1,642 m, deeper than Lake Tanganyika.", "1,642 m", "Lake Baikal"),
    # a place's own figure in a clause of its own, beside a country's: no landmark in the sentence
    ("According to the Food and Agriculture Organisation of the UN, Brazil lost an average of 2.6 million hectares of "
     "forest annually in the past ten years compared to four million hectares per year in South America as a whole "
     "and 3.4 million hectares a year in Africa.", "3.4 million hectares", "Africa"),
    # "at" a lake is the lake's water level, not where it lies
    ("The water level at Lake Mead fell 3 m in 2022, while Lake Powell fell 1 m.", "3 m", "Lake Mead"),
    # a possessive superlative of a dimension ranks no thing within a place
    ("China's greatest east-west extent is about 5,200 km, from the Pamirs to the Heilongjiang River.",
     "about 5,200 km", "China"),
    # "the highest point of" the thing is the thing's, no place it is ranked within
    ("Mount Everest is the highest mountain on Earth. The highest point of Mount Everest is 8,849 m above sea level, "
     "and its neighbour Lhotse, the fourth highest peak, is 8,516 m.", "8,849 m", "Mount Everest"),
    # a section in a place: the place stays the scope (or the subject, for a river the sentence does not name)
    ("汉江是长江最大支流，在湖北境内流程858公里。", "858公里", "Hubei"),
])
def test_a_place_keeps_its_figure_where_no_landmark_lies_in_it(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_rivers_section_in_a_place_keeps_its_scope():
    f = frames("The Yangtze River in Hubei is 1,062 km long, while the Yangtze River is 6,300 km long in total.")
    assert (f["1,062 km"].context.subject, f["1,062 km"].context.scope) == ("Yangtze River", "Hubei")


def test_a_place_alone_keeps_its_figure():
    # no other name: the area is the forest's in Brazil, which the sentence names alone
    f = frames("The area of forest in Brazil reached 4.9 million km².")
    assert f["4.9 million km²"].context.subject == "Brazil"


# --- a page's deepest or highest point is its landmark (landmarks.part_names, _Doc.parts) ---

# (verbatim from oylaindia.org's geography page, corpus-fresh47/mrt-01-en.txt)
TRENCH = ("Mariana Trench\n\n"
          "The Mariana Trench lies in the northwestern Pacific Ocean near the Mariana Islands, which, in fact, gave the "
          "trench its name. The deepest place of the trench (and the entire surface of the Earth) is the Challenger "
          "Deep, 10,994 meters deep, which is almost 1,000 metres below the average depth of the Trench.\n")


def test_the_deepest_place_of_the_trench_is_the_trench_for_its_depth():
    assert frames(TRENCH)["10,994 meters"].context.subject == "Mariana Trench"


def test_its_deepest_point_named_in_chinese():
    # (verbatim, corpus-fresh47/mrt-08-hans.txt, cut)
    f = frames("马里亚纳海沟(Mariana Trench)是地球已知的海洋最深处,位于西太平洋。其最深处挑战者深渊(Challenger Deep)深度约"
               "10,984米(珠穆朗玛峰高度仅为8,848米),海沟全长约2,550公里,因邻近的马里亚纳群岛得名。")
    assert f["约10,984米"].context.subject == "Mariana Trench"


def test_the_landmarks_possessive_point_then_its_name():
    # (verbatim, corpus-fresh47/mrt-12-en.txt, cut)
    f = frames("The Mariana Trench is the deepest oceanic trench on Earth, located in the western Pacific Ocean near "
               "the Mariana Islands. In summary, the Mariana Trench's deepest point, Challenger Deep, is roughly 11 "
               "kilometers (about 7 miles) below the ocean surface, making it the deepest known point in Earth's "
               "oceans")
    assert f["roughly 11 kilometers"].context.subject == "Mariana Trench"


def test_not_another_landmarks_superlative():
    # Everest is the highest peak in the world, not Kilimanjaro's highest point
    f = frames("Mount Kilimanjaro\n\nMount Kilimanjaro is a dormant volcano in Tanzania. Mount Kilimanjaro is "
               "climbed by many. Mount Everest, the highest peak in the world, is 8,849 m high.\n")
    assert f["8,849 m"].context.subject == "Mount Everest"


@pytest.mark.parametrize("text, figure, subject", [
    # "its" standing for another thing named before it: that thing's highest peak
    ("Yangtze River\n\nThe Yangtze River is the longest river in Asia, about 6,300 km long. The Yangtze River "
     "originates in the Tanggula Mountains; its highest peak, Geladandong, is 6,621 m high.", "6,621 m", "Geladandong"),
    ("Mariana Trench\n\nThe Mariana Trench lies in the Pacific. The Mariana Trench is deep. Guam lies nearby; its "
     "highest point, Mount Lamlam, rises 406 m.", "406 m", "Mount Lamlam"),
    # the deepest point's own length and width are no depth of the trench
    (TRENCH + "\nThe Challenger Deep is a slot-shaped valley about 11 km long and 1.6 km wide.\n", "about 11 km",
     "Challenger Deep"),
])
def test_not_another_things_point_nor_the_points_other_dimensions(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_not_on_a_page_about_no_landmark():
    f = frames("Shares rose. The deepest point, Challenger Deep, is 10,994 m deep.")
    assert f["10,994 m"].context.subject == "Challenger Deep"


# --- a landmark's height ranked somewhere has no scope ---

def test_a_ranking_in_the_world_or_a_continent_is_no_scope_of_a_height():
    # (verbatim, corpus-fresh47/kil-04-en.txt, cut)
    f = frames("Mount Kilimanjaro with its three volcanic cones, Kibo, Mawenzi, and Shira, is a dormant volcanic "
               "mountain in Tanzania. It’s also ‘the highest mountain in Africa and the highest solitary mountain in "
               "the world at 5,895 meters (19.341 feet) above sea level.")
    assert f["5,895 meters"].context.scope is None


def test_the_highest_lake_in_the_world_four_words_apart():
    # (verbatim, corpus-fresh47/ttc-01-en.txt, cut)
    f = frames("Lake Titicaca is the highest commercially navigable lake in the world, at 3,812 m (12,507 feet) above "
               "sea level.")
    assert f["3,812 m"].context.scope is None


def test_the_largest_lake_by_surface_area_in_the_world():
    # (verbatim, corpus-fresh46/csp-02-en.txt: five words between the superlative and "in the world")
    f = frames("Caspian Sea is the largest lake by surface area in the world at 371,000 km2.")
    assert f["371,000 km2"].context.scope is None


def test_a_landmark_where_it_lies_is_no_scope_of_its_depth():
    # (verbatim, corpus-fresh46/lvc-02-en.txt, cut)
    f = frames("Lake Victoria\n\nLake Victoria is the largest lake in Africa. The Lake occupies a shallow depression in "
               "Africa and has a maximum depth of 84 m (276 ft) and an average depth of 40 m (130 ft).\n")
    assert (f["84 m"].context.subject, f["84 m"].context.scope) == ("Lake Victoria", None)


def test_a_market_figure_keeps_its_world_scope():
    f = frames("Global sales of the world's largest EV maker rose 5% to 3 million cars.")
    assert f["3 million"].context.scope == "global"


# --- a length in metres is no year ---

def test_two_thousand_metres_is_no_year():
    # (verbatim, corpus-fresh47/ttc-12-hant.txt, cut)
    f = frames("的的喀喀湖面積有8330平方公里,海拔3812米,水深平均100米,最深處可達256米。是南美洲海拔最高、面積最大的淡水湖,也是"
               "世界海拔2000米以上面積最大的淡水湖。")
    assert {f[k].context.period for k in ("8330平方公里", "3812米", "100米")} == {None}


@pytest.mark.parametrize("text, figure, year", [
    ("2023米兰设计周期间，路易威登展出了共11款全新家具作品。", "11款", "2023"),  # (Milan, not metres)
    ("Global 2021 M&A volume hit a record $5.8 trillion.", "$5.8 trillion", "2021"),
    ("2023米其林指南上海共有52家餐厅上榜。", "52家", "2023"),
    ("The 2022 FT Global 500 list valued Apple at $2.8 trillion.", "$2.8 trillion", "2022"),
])
def test_a_year_before_a_word_opening_with_a_units_letter_is_still_a_year(text, figure, year):
    assert frames(text)[figure].context.period == year


# --- one landmark written three ways (landmarks.ordered, base; _Doc.landmark_named) ---

def test_a_name_without_its_kind_word_is_the_pages_landmark():
    # (verbatim, corpus-fresh47/ttc-02-en.txt, cut, under a title naming the lake)
    f = frames("Lake Titicaca\n\nLake Titicaca is the world's highest lake navigable to large vessels, lying at 3,810m above sea level in "
               "the Andes Mountains of South America. Titicaca is the second largest lake of South America (after "
               "Maracaibo).\n\nIt covers some 8,300 square km and extends in a northwest-to-southeast direction for a "
               "distance of 190 km.\n")
    assert f["some 8,300 square km"].context.subject == "Lake Titicaca"


@pytest.mark.parametrize("text, figure, subject", [
    # a page about the city or the state a lake is named after (review: kiwix's Erie, Wikipedia's Michigan, cut)
    ("Erie, Pennsylvania\n\nErie is a city on the south shore of Lake Erie. Lake Erie is shallow. Lake Erie freezes. Erie "
     "is located approximately 80 miles (130 km) from Buffalo.\n", "approximately 80 miles", "Erie"),
    ("Geography of Michigan\n\nMichigan's waters include half of Lake Michigan and Lake Huron. Lake Michigan is large. "
     "Michigan encompasses 58,110 square miles (150,500 km2) of land.\n", "58,110 square miles", "Michigan"),
    # a lake's highest peak is a mountain's
    ("Lake Titicaca\n\nLake Titicaca is large. The Cordillera Real rises east of Lake Titicaca; its highest peak, "
     "Illimani, is 6,438 m high.\n", "6,438 m", "Illimani"),
    # a lowest point is no height
    ("Mount Kilimanjaro\n\nMount Kilimanjaro is in Tanzania. Mount Kilimanjaro is climbed often. Its lowest point, the "
     "Marangu Gate, is 1,860 m.\n", "1,860 m", "Marangu Gate"),
    # a place with a clause of its own after it owns that clause's figure
    ("Lake Titicaca lies near La Paz, which sits at 3,640 m.", "3,640 m", "La Paz"),
])
def test_not_the_page_landmark_where_the_text_says_otherwise(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_section_named_before_the_landmark_keeps_its_scope():
    f = frames("In Hubei, the Yangtze River flows for 1,062 km.")
    assert f["1,062 km"].context.scope == "Hubei"


def test_not_a_place_the_alias_table_knows_that_a_lake_is_named_after():
    f = frames("Qinghai Lake\n\nQinghai Lake is shrinking. Qinghai Lake lies on a plateau. Qinghai covers 722,300 km².\n")
    assert f["722,300 km²"].context.subject == "Qinghai"


# --- a place read across a word's edge (cues.toml subject.common_nouns) ---

def test_shanghai_is_not_read_across_elevation():
    # (verbatim, corpus-fresh44/dse-17-hans.txt, cut: 世界上 + 海拔, the world's lowest lake)
    f = frames("死海位于以色列、巴基斯坦以及约旦的交界地方,属于世界上海拔最低的湖泊,湖面的海拔为-430.5米。")
    assert f["-430.5米"].context.subject == "Dead Sea"  # (nor Jordan, the last of the places listed where it lies)


def test_shanghai_is_still_shanghai():
    assert frames("上海GDP增长5%。")["5%"].context.subject == "Shanghai"


# --- a Chinese adjective of one character before a length (measure.dimension_before) ---

@pytest.mark.parametrize("text, figure, topic", [
    # (verbatim, corpus-fresh47/kil-12-hans.txt, cut)
    ("乞力马扎罗山简介:乞力马扎罗山(Kilimanjaro)是非洲最高的山脉,是一个火山丘,高5963米,面积756平方公里。", "5963米", "height"),
    # (verbatim, corpus-fresh47/kil-16-hant.txt, cut: 深达, a hedge of reach between)
    ("在主峰“烏呼魯”上有一個直徑達1 800米的火山口,深達200米。", "200米", "depth"),
])
def test_a_one_character_dimension_before_a_length_names_it(text, figure, topic):
    assert topic in frames(text)[figure].context.topics


@pytest.mark.parametrize("text, figure", [
    ("大坝加高10米。", "10米"),  # raised by 10 m: a change
    ("线路延长5公里。", "5公里"),  # extended by 5 km
])
def test_not_the_end_of_a_verb_of_change(text, figure):
    assert not frames(text)[figure].context.topics
