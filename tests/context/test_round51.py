"""Round 51: mechanisms read off corpus-fresh54 (opened this round: the Huangguoshu Waterfall, the Taklamakan Desert,
Mount Emei). Two sizes one page states of one thing, which its frames do not tell apart (a fall's whole height and its
main drop's), are two quantities on every page: inside the 2x window of one named thing's dimension, another page's
figure for each never meets the other's."""
from __future__ import annotations

import pytest

from factcheck.group import group_claims

from helpers import annotated, frames

BOTH = ("a.txt", "Kerepa Tower is 828 m tall. Kerepa Tower is also 586 m tall to its roof.\n")
ONE = ("b.txt", "Kerepa Tower is 830 m tall.\n")
OTHER = ("c.txt", "Kerepa Tower is 586 m tall.\n")


def _together(pages, x: str, y: str) -> bool:
    cs = annotated(pages)
    return any({x, y} <= {cs[i].text for i in g.members} for g in group_claims(cs))


def test_two_sizes_a_page_states_stay_apart_on_other_pages():
    assert not _together([BOTH, ONE, OTHER], "830 m", "586 m")


def test_without_such_a_page_the_2x_window_still_joins_them():
    assert _together([ONE, OTHER], "830 m", "586 m")


# --- the main fall of a named waterfall (concepts.toml main_fall, a subset) ------------------------------------------

def test_the_main_fall_is_a_part_of_the_whole_fall():
    f = frames("Kerepa Falls is 77.8 m high and 101 m wide. The main waterfall is 67 m high and 83.3 m wide.\n")
    assert "main fall" not in f["77.8 m"].context.basis
    assert "main fall" in f["67 m"].context.basis
    assert "main fall" in f["83.3 m"].context.basis  # (the second size of the main fall's predicate)


def test_the_main_fall_in_chinese():
    f = frames("克瑞帕瀑布高77.8米,其中主瀑高67米,宽度达到了101米,主瀑顶宽83.3米。\n")
    assert "main fall" in f["67米"].context.basis and "main fall" in f["83.3米"].context.basis
    assert "main fall" not in f["101米"].context.basis


@pytest.mark.parametrize("text, figure", [
    # a subset heading a sentence whose later figures have subjects of their own
    ("Female breast cancer ranked second (2.3 million cases), followed by colorectal cancer (1.9 million cases).\n",
     "1.9 million"),
    ("The male population was 720.32 million, surpassing the population of the towns that was 689.35 million.\n",
     "689.35 million"),
])
def test_a_subset_opening_a_sentence_is_not_every_figures(text, figure):
    assert not frames(text)[figure].context.basis


def test_whole_and_main_fall_never_meet_across_pages():
    whole = ("a.txt", "Kerepa Falls is 77.8 m high.\n")
    main = ("b.txt", "Kerepa Falls drew 3 million visitors. The main waterfall is 70 m high.\n")
    assert not _together([whole, main], "77.8 m", "70 m")
    assert _together([whole, ("c.txt", "Kerepa Falls drew 3 million visitors. It is 70 m high.\n")], "77.8 m", "70 m")


# --- "Falls" ending a name is no fall (measure._kind_in_name) -------------------------------------------------------

def test_falls_ending_a_name_is_no_change():
    c = frames("Kerepa Falls is 120 m high.\n")["120 m"]
    assert c.context.measure == "level" and c.value == 120


@pytest.mark.parametrize("text, figure", [("Output Falls 5% in March.\n", "5%"), ("Output falls 5% in March.\n", "5%"),
                                          ("Kerepa Profit Falls Nearly 5% as Price Cuts Bite\n", "Nearly 5%")])
def test_falls_as_a_verb_still_says_a_fall(text, figure):
    assert frames(text)[figure].value == -5


def test_a_main_fall_of_a_market_is_a_change():
    assert frames("The main fall was 12% in Oruvia.\n")["12%"].context.measure == "growth"


def test_sizes_in_a_row_after_the_main_fall():
    f = frames("The main waterfall is 67 m high, 83.3 m wide and 30 m deep.\n")
    assert all("main fall" in f[x].context.basis for x in ("67 m", "83.3 m", "30 m"))
    f = frames("克瑞帕瀑布高77.8米,其中主瀑高67米,寬101米,頂寬83.3米。\n")
    assert all("main fall" in f[x].context.basis for x in ("67米", "101米", "83.3米"))


# --- one landmark romanised two ways (names_across.variants) --------------------------------------------------------

def _variants_together(pages, x: str, y: str) -> bool:
    from factcheck.context.names_across import variants

    cs = variants(annotated(pages))
    return any({x, y} <= {cs[i].text for i in g.members} for g in group_claims(cs))


def test_a_desert_spelt_one_letter_apart_is_one_subject():
    assert _variants_together([("a.txt", "The Kerimakan Desert covers 337,000 km2.\n"),
                               ("b.txt", "The Keramakan Desert covers 330,000 km2.\n")], "337,000 km2", "330,000 km2")


def test_three_spellings_are_one_subject():
    # (the review: "Teklimakan" is one vowel from "Taklimakan" and two from "Taklamakan": all three one name)
    from factcheck.context.names_across import variants

    cs = variants(annotated([("a.txt", "The Kerimakan Desert covers 337,000 km2. The Kerimakan Desert is dry.\n"),
                             ("b.txt", "The Keramakan Desert covers 330,000 km2.\n"),
                             ("c.txt", "The Koramakan Desert covers 320,000 km2.\n")]))
    assert len({c.context.subject for c in cs if c.unit == "meter ** 2"}) == 1


@pytest.mark.parametrize("a, b", [
    ("Lake Lushan", "Lake Lishan"),  # stems under seven letters: too short to tell a spelling from another name
    ("Dongping Lake", "Dongting Lake"),  # a consonant apart (东平湖, 洞庭湖: the review)
    ("Mount Taishan", "Mount Tieshan"),  # two vowels in seven letters
    ("Kerimakan Desert", "Keramakan Basin"),  # two kinds
    ("Kerimakan Desert", "Kerimakan Desertx"),  # no kind word
])
def test_names_that_stay_apart(a, b):
    assert not _variants_together([("a.txt", f"{a} covers 337,000 km2.\n"), ("b.txt", f"{b} covers 330,000 km2.\n")],
                                  "337,000 km2", "330,000 km2")


# --- a size word before the kind word (cues.toml subject.kind_size_words) -------------------------------------------

def test_grand_before_the_kind_word_is_the_same_landmark():
    from factcheck.group import subject_key

    assert subject_key("Kerepa Grand Waterfall") == subject_key("Kerepa Waterfall")
    assert subject_key("Grand Canyon") != subject_key("Canyon")  # (nothing before it: the size word is the name)


# --- sentences: a semicolon inside brackets, "lit." before a gloss --------------------------------------------------

def test_a_gloss_in_brackets_is_not_a_sentence_of_its_own():
    from factcheck.context.layout import sentence_ends

    text = ("Kerepa Waterfall (simplified Chinese: 克瑞帕瀑布; pinyin: Kèruìpà Pùbù; lit. 'Gray Stone Falls'), is "
            "the largest waterfall in Oruvia. It is 77.8 m high.")
    assert len(sentence_ends(text)) == 2  # (after "Oruvia." and "high.")
    assert frames(text + "\n")["77.8 m"].context.subject == "Kerepa Waterfall"


@pytest.mark.parametrize("text, stops", [
    ("Sales passed 1.5 million units in 2022 (1,501,535 units; +22%). It grew.", 3),  # no gloss: figures apart
    ('The hall was well lit. "The room holds 300 people," she said.', 2),  # "lit." outside a gloss
])
def test_stops_outside_a_gloss_still_end_sentences(text, stops):
    from factcheck.context.layout import sentence_ends

    assert len(sentence_ends(text)) == stops


# --- a landmark a sentence says it is (names._landmark_said) ---------------------------------------------------------

def test_a_word_said_to_be_a_desert_is_the_desert():
    from factcheck.group import subject_key

    f = frames("Kerimakan is one of the largest sandy deserts in the world. It covers an area of 270,000 km2.\n")
    assert subject_key(f["270,000 km2"].context.subject) == subject_key("Kerimakan Desert")


@pytest.mark.parametrize("text", [
    "This is the largest lake in Oruvia. It covers an area of 270 km2.\n",  # a pronoun, no name
    "Nothing is a larger lake than this. It covers an area of 270 km2.\n",
])
def test_words_that_are_no_landmark(text):
    assert frames(text)["270 km2"].context.subject in (None, "Oruvia")


# --- the whole a thing covers part of is not its subject (subject._into) --------------------------------------------

def test_the_whole_covered_is_not_the_subject():
    f = frames("Kerepa Forest is old. It covers 3,000 km2 (1,158 sq mi) of the Oruvia Basin.\n")
    assert f["3,000 km2"].context.subject == "Kerepa Forest"


# --- one size of one named thing: its describing words name no second thing (group._one_size) ----------------------

def test_describing_words_do_not_keep_one_size_apart():
    from factcheck.group import similarity

    # (fresh48: "Mt. Fuji, a symbol of Japan is the highest conical mountain with the height of 3776 meters" and "the
    # official height of Mount Fuji stands at 3,776.24 meters": conical against official, no two things)
    a = frames("Mount Kerepa, a symbol of Oruvia, is the highest conical mountain with the height of 3776 meters.\n",
               "a.txt")["3776 meters"]
    b = frames("At present, the official height of Mount Kerepa stands at 3,776.24 meters.\n", "b.txt")["3,776.24 meters"]
    assert similarity(a, b) >= 0.6


def test_unknown_words_still_keep_two_amounts_apart():
    from factcheck.group import similarity

    a = frames("Oruvia imported 3,776 tonnes of kerepa fruit.\n", "a.txt")["3,776 tonnes"]
    b = frames("Oruvia imported 3,790 tonnes of dorma nuts.\n", "b.txt")["3,790 tonnes"]
    assert similarity(a, b) < 0.6


# --- where a thing lies is not what it is (subject.located_in) -------------------------------------------------------

def test_the_place_a_thing_lies_in_is_not_its_subject():
    # (fresh54: a page's <h3> opening 塔克拉玛干沙漠位于新疆南疆的塔里木盆地中心,…面积达33万平方公里 gave the basin the
    # desert's area)
    f = frames("<h3>古尔班通古特沙漠位于新疆北疆的准噶尔盆地中央,是中国第二大沙漠,整个沙漠东西长400公里,面积达4.88万平方公里。\n")
    assert f["4.88万平方公里"].context.subject == "Gurbantunggut Desert"


def test_a_place_opening_the_sentence_is_still_its_subject():
    # (the name before the verb stays the subject; the place after it is where it lies)
    f = frames("Kenya, located in the east of Africa, has 3 million goats.\n")
    assert f["3 million"].context.subject == "Kenya"
