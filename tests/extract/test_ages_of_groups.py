"""An age that says which people a figure is about defines the group: it is no claim (extract/ages.py). An age
that is what is measured stays one. Sentences written for these tests, in the forms health and labour pages use
(corpus-fresh30 .. 33 keyed such ages as non-claims 25 times)."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _texts(sentence: str) -> list[str]:
    return [c.text for c in claims_in(sentence)]


# (sentence, a figure that must not be a claim)
GROUPS = [
    ("Drowning is the leading cause of death for kids 14 and under.", "14"),
    ("Children under 5 are particularly at risk.", "5"),
    ("It is a top cause for children aged 5–14 years.", "5–14"),
    ("Young people aged 15-29 years are most affected.", "15-29"),
    ("Most victims were younger than 25 when they died.", "25"),
    ("People aged under 30 years account for half of all deaths.", "30"),
    ("It kills people below the age of 29 more than any other cause.", "29"),
    ("Cases are common among adults aged 40 years and older.", "40"),
    ("It affects people 30-54 years old most.", "30-54"),
    ("Workers between the ages of 6 and 18 were counted.", "6"),
    ("Workers between the ages of 6 and 18 were counted.", "18"),
    ("Voters under 30 backed him.", "30"),
    ("Children aged 6–59 months were screened.", "6–59"),
    ("15-year-olds had the highest rate.", "15"),
    ("The 15-year-old boy was rescued by a neighbour.", "15"),
    ("溺水死亡者中,年龄低于25岁的占一半以上。", "25"),
    ("其中14岁以下的占比高达56.58%。", "14"),
    ("1至4歲稚齡兒童風險最高。", "1至4"),
    ("全國25-64歲民眾可免費篩檢。", "25-64"),
    ("感染负担有一半来自30岁至54岁这一年龄层。", "30"),
    ("It surveyed students (13–15 years) in 60 countries.", "13–15"),
    ("占全球学龄人口(6-17岁)的约六分之一。", "6-17"),
]

# (sentence, an age that is what is measured: still a claim)
MEASURED = [
    ("The median age of patients was 38 years.", "38 years"),
    ("Patients had a median age of 38.", "38"),
    ("Life expectancy rose to 73.4 years in 2023.", "73.4 years"),
    ("全国平均年龄为38.8岁。", "38.8岁"),
    ("中国人均预期寿命达到78.6岁。", "78.6岁"),
    ("他的年龄不小于三十岁", "三十岁"),  # an age ending its clause: a bound on what is measured
    # not ages at all: a scale, a percentage, money
    ("Children under 5 million were vaccinated.", "5 million"),
    ("Children under 5% of the sample were absent.", "5%"),
    ("People aged 40 spent $40 on average.", "$40"),
    # years in brackets after no people: a span
    ("Growth (5 years) was slow.", "5 years"),
    # the number after an age is no age unless a range opens there ("between the ages of 6 and 18")
    ("It killed 12 children under 5 and 30 adults.", "30"),
    ("Boys under 10 and 25 girls were rescued.", "25"),
    ("Among children under 5 and 12% of adults, rates rose.", "12%"),
    # counts after people: "from" and "were more than" bound no age
    ("Students from 30 countries took part.", "30"),
    ("Victims were more than 40 in total.", "40"),
    # one person's age said of them, and things' ages, stay figures
    ("She died aged 87 in 2020.", "87"),
    ("She retired at the age of 60.", "60"),
    ("It broke a 10-year-old record.", "10"),
    ("The distillery sells a single malt aged 12 years.", "12"),
    ("The school-leaving age of 16 was raised.", "16"),
    ("他今年25岁了。", "25岁"),
    # a measured age's starting value, the measured word further back in its clause
    ("我国人均预期寿命从2019年的77.3岁提高到2023年的78.6岁。", "77.3岁"),
]


@pytest.mark.parametrize("sentence, figure", GROUPS)
def test_an_age_defining_a_group_is_no_claim(sentence, figure):
    assert not any(figure in t for t in _texts(sentence)), _texts(sentence)


@pytest.mark.parametrize("sentence, figure", MEASURED)
def test_an_age_that_is_measured_stays_a_claim(sentence, figure):
    assert any(figure in t for t in _texts(sentence)), _texts(sentence)


def test_the_figure_about_the_group_stays_a_claim():
    assert "56.58%" in _texts("其中14岁以下的占比高达56.58%。")
    assert _texts("Children under 5 account for 1.2 million deaths.") == ["1.2 million"]


@pytest.mark.parametrize("sentence, figure", [
    ("New cases were over 100 last week.", "100"),
    ("Deaths under 50 a year are rarely reported.", "50"),
])
def test_a_bound_after_counted_things_is_no_age(sentence, figure):
    assert any(figure in t for t in _texts(sentence)), _texts(sentence)
