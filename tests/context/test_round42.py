"""Round 42: mechanisms read off corpus-fresh45 (opened this round: Mount Everest, Lake Chad, Qinghai Lake) and
the corpora before it. One name however it is spelled (case, stops, "Mt"), a page's only year that the page looks
back to, and a value the page calls superseded."""
from __future__ import annotations

import pytest

from helpers import annotated, frames

from factcheck.group import block_key, group_claims, subject_key


def _subject(text: str, figure: str) -> str | None:
    return frames(text)[figure].context.subject


# --- one name, spelled several ways (group.subject_key, names._clean_name, layout's abbreviations) ---

@pytest.mark.parametrize("a, b", [
    ("MOUNT Everest", "Mount Everest"),  # capitals for emphasis
    ("St. Petersburg", "St Petersburg"),
    ("Hapag-Lloyd", "Hapag Lloyd"),
    # accents dropped and words run together (Vietnamese names in English text, a French firm's name)
    ("Hạ Long Bay", "Ha Long Bay"),
    ("Halong Bay", "Ha Long Bay"),
    ("HạLong Bay", "Hạ Long Bay"),
    ("Nestlé", "Nestle"),
    ("Đà Nẵng", "Da Nang"),  # (letters NFKD keeps whole)
    ("Łódź", "Lodz"),
])
def test_spellings_of_one_name_are_one_subject(a, b):
    assert subject_key(a) == subject_key(b)


@pytest.mark.parametrize("a, b", [("Everest", "Mount Everest"), ("Dell", "Dell Technologies"), ("US", "UK"),
                                   ("Hà Nội", "Hải Phòng")])
def test_different_names_stay_apart(a, b):
    assert subject_key(a) != subject_key(b)


@pytest.mark.parametrize("text, figure", [
    # the stop after "Mt" ends no sentence: the name after it is the figure's
    ("Nepal and China jointly announced on Tuesday after they remeasured Mt. Everest at 8,848.86 metres.",
     "8,848.86 metres"),
    ("Mt Everest new height revealed, stands at 8848.86m", "8848.86m"),
])
def test_mt_is_mount(text, figure):
    assert _subject(text, figure) == "Mount Everest"


def test_mt_after_a_number_is_megatonnes():
    # its stop ends the sentence, and the name after it is no "Mount China"
    f = frames("Global output fell to 0.4 Mt. China produced 62 Mt in 2024.")
    assert f["62 Mt"].context.subject == "China" and f["0.4 Mt"].context.subject != "Mount China"


def test_a_group_is_named_by_the_spelling_most_of_it_writes_whatever_the_order():
    pages = [("a.txt", "MOUNT Everest is 8,849 metres high."), ("b.txt", "Mount Everest is 8,848 metres high."),
             ("c.txt", "Mount Everest is 8,849 metres high.")]
    for order in (pages, pages[::-1]):
        cs = annotated(order)
        assert [(g.subject, len(g.members)) for g in group_claims(cs)] == [("Mount Everest", 3)]


def test_a_name_in_capitals_meets_its_spelling_in_lower_case():
    cs = annotated([("a.txt", "MOUNT Everest is 8,849 metres high."),
                    ("b.txt", "Mount Everest is 8,849 metres high.")])
    assert block_key(cs[0]) == block_key(cs[1])
    assert any(len(g.members) == 2 for g in group_claims(cs))


# --- a page's only year, looked back to ---

def test_a_year_looked_back_to_is_no_pages_period():
    text = ("Mount Everest new height revealed, stands at 8848.86m\n\n"
            "Nepal and China remeasured the mountain, over six decades after India conducted the previous "
            "measurement in 1954.")
    assert frames(text)["8848.86m"].context.period is None


def test_a_pages_only_year_still_dates_its_figures():
    text = ("Acme results\n\nIn 2024 Acme shipped 19.4 million phones.\n\n"
            "Acme's revenue was $5.2 billion.")
    assert frames(text)["$5.2 billion"].context.period == "2024"


@pytest.mark.parametrize("text, figure, period", [
    # no survey looked back to: "first", "earlier", a forecast's season, a surname
    ("Acme results\n\nAcme shipped goods for the first time in 2024.\n\nAcme's revenue was $5.2 billion.",
     "$5.2 billion", "2024"),
    ("Copper\n\nPacheco mentioned earlier this week that 2024 output would rise.\n\nOutput was 1.3 million tonnes.",
     "1.3 million tonnes", "2024"),
    ("宁德时代\n\n董事长曾毓群在2024年表示公司将扩产。\n\n公司营收为3620亿元。", "3620亿元", "2024"),
])
def test_a_year_not_looked_back_to_still_dates_the_page(text, figure, period):
    assert frames(text)[figure].context.period == period


# --- a value the figure's own clause calls superseded (context._former; cues.toml period.former) ---

@pytest.mark.parametrize("text, figure", [
    ("China's previous official measurement of 8,844.43m had put the mountain lower.", "8,844.43m"),
    ("Nepal previously measured Everest's height as 29,028.87ft.", "29,028.87ft"),
    ("珠峰此前公布的高度为8848米。", "8848米"),
])
def test_a_superseded_value_is_marked(text, figure):
    assert "former" in frames(text)[figure].context.basis


@pytest.mark.parametrize("text, figure", [
    # a dated one is dated as any other: the year says which value it was
    ("Sales beat the previous record of $574.08 billion in 2022.", "$574.08 billion"),
    # "the previous year" is a period compared with, not a former value
    ("Revenue rose 5%, against the previous year's 4.5%.", "4.5%"),
    ("Revenue rose from the previous-year period to $3 billion.", "$3 billion"),
    # the new value of a change from the former one
    ("從之前的381.92億美元下調至374.59億美元。", "374.59億美元"),
    ("由原来的800公里缩减到7公里。", "7公里"),
    # nothing superseded: a slump, a product, a time before an age
    ("Wind power recovered from its previous slump and reached 4.9 GW.", "4.9 GW"),
    ("The original iPhone sold 6 million units.", "6 million"),
    ("18歲以前結婚的有1人。", "1人"),
])
def test_no_former_value(text, figure):
    assert "former" not in frames(text)[figure].context.basis


def test_a_former_value_never_meets_the_current_one():
    cs = annotated([("a.txt", "The height of Mount Everest was previously put at 8,848 m."),
                    ("b.txt", "The height of Mount Everest is 8,848.86 m.")])
    assert None not in (block_key(cs[0]), block_key(cs[1])) and block_key(cs[0]) != block_key(cs[1])
    cs = annotated([("a.txt", "The height of Mount Everest was previously put at 8,848 m."),
                    ("b.txt", "The height of Mount Everest was formerly put at 8,848 m.")])
    assert block_key(cs[0]) == block_key(cs[1]) is not None


# --- a term crossing a name's end hides no term after it (measure._terms_of) ---

@pytest.mark.parametrize("text, figure", [
    ("珠穆朗玛峰高度为8,848.68米。", "8,848.68米"),  # 峰高 crosses 珠穆朗玛峰's end: 高度 is read
    ("三峡大坝高度为185米。", "185米"),  # 坝高 crosses 三峡大坝's
])
def test_a_term_after_a_name_is_read_where_another_crosses_the_names_end(text, figure):
    assert "height" in frames(text)[figure].context.topics
