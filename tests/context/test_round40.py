"""Round 40: mechanisms read off corpus-fresh43 (opened this round) and the corpora before it; the unit cases
after the review are a second reader's (tests that failed on the rule as first written)."""
from __future__ import annotations

import pytest

from helpers import annotated

from factcheck.group import group_claims, unit_system


def _grouped(*texts: str) -> list[list[str]]:
    """The figures of each group, as written, pages named 0.txt, 1.txt …"""
    cs = annotated([(f"{k}.txt", t) for k, t in enumerate(texts)])
    return sorted(sorted(f"{cs[i].path}:{cs[i].text}" for i in g.members) for g in group_claims(cs))


# --- units of two systems (group.unit_system, group._systems_meet_where_they_disagree) ---

def test_the_system_a_figure_is_written_in():
    cs = {c.text: c for c in annotated([("0.txt", "The lake covers 8,372 km² (3,232 sq mi) and 2,069,000 acres; "
                                                   "it is 281 meters (922 feet) deep and holds 15 percent.")])}
    assert [unit_system(cs[t]) for t in ("8,372 km²", "3,232 sq mi", "2,069,000 acres", "281 meters",
                                         "922 feet", "15 percent")] == \
        ["", "imperial", "imperial", "", "imperial", ""]


def test_a_conversion_is_no_alarm_within_a_page_or_across_pages():
    # 1.6 million km² is 617,763 square miles: the same amount in two systems, each rounded
    a = "The Great Pacific Garbage Patch covers 1.6 million square kilometers (620,000 square miles)."
    b = "The Great Pacific Garbage Patch covers 617,763 square miles."
    c = "The Great Pacific Garbage Patch covers 1.6 million square kilometers."
    assert _grouped(a, b, c) == [
        ["0.txt:1.6 million square kilometers", "2.txt:1.6 million square kilometers"],
        ["0.txt:620,000 square miles", "1.txt:617,763 square miles"]]


def test_figures_of_two_systems_that_disagree_meet():
    # 19 feet is 5.8 m: a conflict across the two systems, which a reader comparing the pages needs to see
    a = "If the Greenland ice sheet melted, global sea level would rise by 19 feet."
    b = "If the Greenland ice sheet melted, global sea level would rise by 7 meters."
    assert _grouped(a, b) == [["0.txt:19 feet", "1.txt:7 meters"]]


def test_a_conversion_beside_its_figure_stays_apart_where_another_page_disagrees():
    # 3,232 sq mi converts 8,372 km²; the other page's 8,562 km² disagrees with the km² figure, not with a
    # conversion of it
    a = "Lake Titicaca covers 8,372 km² (3,232 sq mi)."
    b = "Lake Titicaca covers 8,562 km²."
    assert _grouped(a, b) == [["0.txt:8,372 km²", "1.txt:8,562 km²"]]


def test_why_says_a_conversion_is_kept_apart():
    from factcheck.group import explain

    cs = {c.text: c for c in annotated([("0.txt", "In 2018 the Great Pacific Garbage Patch's area was 1.6 "
                                                   "million square kilometers (620,000 square miles).")])}
    said = explain(cs["1.6 million square kilometers"], cs["620,000 square miles"])
    assert said is not None, said
    assert said.startswith("units of two systems (metric vs imperial) that agree")


@pytest.mark.parametrize("text, figure", [
    # pint's names with an underscore, and customary units beside the common ones
    ("By 2023 the mine had produced 58 million troy ounces of gold.", "58 million troy ounces"),
    ("In 2022 the US produced 594 million short tons of coal.", "594 million short tons"),
    ("In 2020 the heaviest man weighed 40 stone.", "40 stone"),
    ("The tyre pressure was 30 psi.", "30 psi"),
])
def test_customary_units_are_imperial(text, figure):
    c = {c.text: c for c in annotated([("0.txt", text)])}[figure]
    assert unit_system(c) == "imperial", c.written_unit


@pytest.mark.parametrize("text, figure", [
    ("In 2022 the US produced 539 million tonnes of coal.", "539 million tonnes"),
    ("粮食总产量14130亿斤，耕地18亿亩。", "14130亿斤"),  # China's market units meet metric ones
    ("Prices rose 5% to $90 per barrel.", "5%"),
])
def test_metric_market_and_unitless_figures_are_of_no_other_system(text, figure):
    c = {c.text: c for c in annotated([("0.txt", text)])}[figure]
    assert unit_system(c) == ""


@pytest.mark.parametrize("a, b", [
    ("By 2023 the Super Pit mine had produced 1,800 tonnes of gold.",
     "By 2023 the Super Pit mine had produced 58 million troy ounces of gold."),
    ("In 2022 the US produced 594 million short tons of coal.", "In 2022 the US produced 539 million tonnes of coal."),
])
def test_a_conversion_in_a_customary_unit_is_no_alarm(a, b):
    assert _grouped(a, b) == []


def test_a_pages_own_conversion_never_joins_as_its_disagreement():
    # 3 °F converted as a temperature (not a difference) conflicts with every metric figure; it is the page's own
    # restatement, and the join leaves it apart
    from factcheck.compare import compare

    cs = annotated([("0.txt", "In 2023 Alaska's average temperature was 1.7 °C (3 °F) above normal."),
                    ("1.txt", "In 2023 Alaska's average temperature was 1.7 °C above normal.")])
    assert all(f.verdict != "conflict" for f in compare(cs, group_claims(cs)))


def test_the_join_does_not_depend_on_the_order_of_files():
    texts = ["If the Greenland ice sheet melted, global sea level would rise by 19 feet.",
             "If the Greenland ice sheet melted, global sea level would rise by 7 meters.",
             "If the Greenland ice sheet melted, sea level would rise by 7.2 meters, the report said."]
    forward = _grouped(*texts)
    backward = _grouped(*reversed(texts))
    rename = {"0.txt": "2.txt", "2.txt": "0.txt", "1.txt": "1.txt"}
    assert forward == sorted(sorted(f"{rename[x.split(':')[0]]}:{x.split(':', 1)[1]}" for x in g) for g in backward)


def test_a_rounded_conversion_written_with_zeros_is_no_disagreement():
    # 53,200 sq mi is 137,787 km²: three figures agree with 137,760 km², whatever its zeros say as digits
    a = "Mangrove forests covered 137,760 square kilometers in 2000, a study found."
    b = "Mangrove forests covered 53,200 square miles in 2000, a study found."
    assert _grouped(a, b) == []


# --- after the second review ---

def test_a_temperature_difference_in_fahrenheit_is_no_alarm_across_pages():
    # 3 °F above normal is read as a temperature (-16.1 °C): an offset unit's difference is never set against
    # another system's figure
    from factcheck.compare import compare

    cs = annotated([("0.txt", "In 2023 Alaska's average temperature was 3 °F above normal."),
                    ("1.txt", "In 2023 Alaska's average temperature was 1.7 °C above normal.")])
    assert all(f.verdict != "conflict" for f in compare(cs, group_claims(cs)))


def test_feet_and_inches_are_written_to_the_inch():
    # 5 ft 2 in is 1.57 m: its first digit says nothing of its precision, so it is no rounded 1.9 m
    a = "In 2020 the statue's torch-bearer was 5 ft 2 in tall."
    b = "In 2020 the statue's torch-bearer was 1.9 m tall."
    assert _grouped(a, b) == [["0.txt:5 ft 2 in", "1.txt:1.9 m"]]


def test_barrels_are_of_the_customary_system():
    c = {c.text: c for c in annotated([("0.txt", "In 2022 the field produced 10.5 million barrels of oil.")])}
    assert unit_system(c["10.5 million barrels"]) == "imperial"


def test_why_names_a_rounded_conversion():
    from factcheck.group import explain

    cs = {c.text: c for c in annotated([
        ("0.txt", "In 2000 the world's mangrove forest area was 53,200 square miles."),
        ("1.txt", "In 2000 the world's mangrove forest area was 137,760 square kilometers.")])}
    said = explain(cs["53,200 square miles"], cs["137,760 square kilometers"])
    assert said is not None and said.startswith("units of two systems (imperial vs metric) that agree"), said


def test_why_says_temperatures_of_two_systems_are_never_set_against_each_other():
    from factcheck.group import explain

    cs = {c.text: c for c in annotated([
        ("0.txt", "In 2023 Alaska's average temperature was 3 °F above normal."),
        ("1.txt", "In 2023 Alaska's average temperature was 1.7 °C above normal.")])}
    said = explain(cs["3 °F"], cs["1.7 °C"])
    assert said is not None and said.startswith("temperatures in two systems"), said
