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


@pytest.mark.parametrize("text, figure", [("Output Falls 5% in March.\n", "5%"), ("Output falls 5% in March.\n", "5%")])
def test_falls_as_a_verb_still_says_a_fall(text, figure):
    assert frames(text)[figure].value == -5


# --- one landmark romanised two ways (names_across.variants) --------------------------------------------------------

def _variants_together(pages, x: str, y: str) -> bool:
    from factcheck.context.names_across import variants

    cs = variants(annotated(pages))
    return any({x, y} <= {cs[i].text for i in g.members} for g in group_claims(cs))


def test_a_desert_spelt_one_letter_apart_is_one_subject():
    assert _variants_together([("a.txt", "The Kerimakan Desert covers 337,000 km2.\n"),
                               ("b.txt", "The Keramakan Desert covers 330,000 km2.\n")], "337,000 km2", "330,000 km2")


@pytest.mark.parametrize("a, b", [
    ("Lake Kivu", "Lake Kiwu"),  # stems under seven letters: too short to tell a spelling from another name
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
