"""Round 42: mechanisms read off corpus-fresh45 (opened this round: Mount Everest, Lake Chad, Qinghai Lake) and
the corpora before it. One name however it is spelled (case, stops, "Mt"), a landmark's name without its kind
word, a page's only year that the page looks back to, and a value the page calls superseded."""
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
])
def test_spellings_of_one_name_are_one_subject(a, b):
    assert subject_key(a) == subject_key(b)


@pytest.mark.parametrize("a, b", [("Everest", "Mount Everest"), ("Dell", "Dell Technologies"), ("US", "UK")])
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


def test_a_name_in_capitals_meets_its_spelling_in_lower_case():
    cs = annotated([("a.txt", "MOUNT Everest is 8,849 metres high."),
                    ("b.txt", "Mount Everest is 8,849 metres high.")])
    assert block_key(cs[0]) == block_key(cs[1])
    assert any(len(g.members) == 2 for g in group_claims(cs))


# --- a landmark's name without its kind word (landmarks.full_names, landmarks.short_forms) ---

@pytest.mark.parametrize("text, figure, subject", [
    # the full name the page writes
    ("Mount Kinabalu is Malaysia's highest peak. The summit of Kinabalu is 4,095 metres high.", "4,095 metres",
     "Mount Kinabalu"),
    ("Iguazu Falls straddles a border. The falls of Iguazu are 2.7 km wide.", "2.7 km", "Iguazu Falls"),
    ("Mt. Everest was remeasured in 2020. The summit of Everest stands 8,849 metres above sea level.",
     "8,849 metres", "Mount Everest"),
])
def test_a_landmark_named_without_its_kind_word(text, figure, subject):
    assert _subject(text, figure) == subject


@pytest.mark.parametrize("text, figure", [
    # a country the alias table knows stays the country (Lake Chad is another thing)
    ("Chad produced 120,000 tonnes of cotton.", "120,000 tonnes"),
    # two of the page's names have the word: neither is chosen
    ("Lake Victoria and Victoria Falls are far apart. Victoria has 4.4 million people.", "4.4 million"),
    # a page that writes no full name: the word alone is not guessed into one
    ("The summit of Everest stands 8,849 metres above sea level.", "8,849 metres"),
])
def test_no_full_name_where_the_word_is_someone_else_or_two(text, figure):
    assert _subject(text, figure) not in ("Lake Chad", "Lake Victoria", "Victoria Falls", "Mount Everest")


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


def test_a_part_of_the_year_is_not_looked_back_to():
    text = "Acme results\n\nIn the first quarter of 2025 Acme shipped 19.4 million phones.\n\nAcme's revenue was $5.2 billion."
    assert frames(text)["$5.2 billion"].context.period == "2025-Q1"


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
    ("The new height is 8,848.86 m.", "8,848.86 m"),
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
