"""Names as real news writes them: a place's possessive before a firm, accented names, people with titles,
definite descriptions with words before their noun, exchanges, changes whatever their verb, the level a change
reaches, and a figure naming no one after a figure of the same object that named someone.

Sentences are written for these tests in the forms real pages use (not copied from any corpus).
"""
from __future__ import annotations

import pytest

from helpers import compared, frames

from factcheck.context import names, vocab


def found(text: str) -> list[tuple[str, str, str]]:
    from factcheck.knowledge import to_simplified

    low = to_simplified(text).lower()
    return [(m.name, m.role, m.kind) for m in names.find(text, low, vocab(), frozenset(), frozenset())]


# -- names.proper_nouns: a place's possessive, accents, titles ----------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Output at Peru’s Antamina rose to 1.2 million tonnes.", "Antamina"),
    ("South Korea's LG Energy Solution shipped 10 GWh.", "LG Energy Solution"),
    ("Japan's Toyota Motor sold 10 million cars.", "Toyota Motor"),
])
def test_a_places_possessive_before_a_name_leaves_the_name(text, name):
    got = found(text)
    assert (name, "entity") in [(n, r) for n, r, _ in got]


def test_a_places_public_body_stays_whole_and_no_firm():
    # "China's Ministry of Commerce": China's national body, not a firm called "Ministry of Commerce"
    assert [n for n, r, _ in found("China's Ministry of Commerce said exports rose 5%.") if r == "entity"] == ["China"]


def test_accented_names_are_read_whole():
    assert ("Nestlé Purina", "entity", "named") in found("Sales at Nestlé Purina rose 4%.")
    assert any(n == "São Martinho" for n, _, _ in found("Crushing at São Martinho reached 20 million tonnes."))


@pytest.mark.parametrize("text, person", [
    ("Chairman Álvaro Pérez said output rose 2%.", "Álvaro Pérez"),
    ("Andina CEO Rubén Salas stated that output rose 2%.", "Rubén Salas"),
    ("According to Juan Ortega, Executive Director of Plata Minera, output rose 2%.", "Juan Ortega"),
])
def test_a_name_with_a_persons_title_is_a_person_who_speaks(text, person):
    got = {n: (r, k) for n, r, k in found(text)}
    assert got[person] == ("research", "person")


def test_the_employer_before_a_title_is_a_name():
    # "Andina CEO Rubén Salas": Andina is a name even where the word opens the sentence
    got = {n: r for n, r, _ in found("Andina CEO Rubén Salas stated that output rose 2%.")}
    assert got["Andina"] == "entity"


def test_a_person_is_never_the_subject():
    f = frames("Ferrox Minerals produced 1.32 million tons in 2024. Chairman Álvaro Pérez said on Monday "
               "that output was slightly higher than the 1.31 million tons produced in 2023.\n")
    assert f["1.31 million tons"].context.subject != "Álvaro Pérez"


def test_a_word_in_a_web_address_is_not_a_word_the_page_writes_in_lower_case():
    # "https://plata.com/…": the page never writes "plata" as an ordinary word, so "Plata" alone is a name
    text = ("Source: https://plata.com/news/1\n\nAccording to Juan Ortega, Executive Director of Plata, "
            "output rose 2%.\n")
    f = frames(text)
    assert f["2%"].context.source in ("Plata", "Juan Ortega")


# -- names.find: definite descriptions with words before their noun ---------------------------------------------

@pytest.mark.parametrize("text, fig", [
    ("Ferrox Minerals is Chile's second miner. In 2024, the state-owned company produced 1.329 million tons.\n",
     "1.329 million tons"),
    ("Ferrox Minerals is Chile's second miner. The Chilean state-owned mining company recorded total production "
     "of 1.422 million tons.\n", "1.422 million tons"),
    ("Ferrox Minerals cut costs. In 2024 the state-owned miner produced 1.328 million tons.\n", "1.328 million tons"),
])
def test_a_definite_description_carries_the_subject_before(text, fig):
    assert frames(text)[fig].context.subject == "Ferrox Minerals"


def test_a_description_before_another_noun_is_no_description():
    got = found("In the worldwide smartphone vendor rankings, Samsung leads with 20%.")
    assert not any(r == "pronoun" for _, r, _ in got)


def test_a_description_keeps_its_words_for_the_object():
    f = frames("Zentrix led the market. The company captured a 39.2% global share, making it the only battery "
               "manufacturer with more than 30% of the global market.\n")
    assert "battery" in f["more than 30%"].context.topics


# -- basis/place: a destination of goods is no vote for the page's place -----------------------------------------

def test_metal_shipped_to_a_place_is_no_vote_for_the_page():
    text = ("The price of copper on the LME gained 6%.\n\nThe price of copper futures was up by 6.78%.\n\n"
            "Traders ship large volumes of metal to the US. Metal prices in the US remain higher.\n")
    assert frames(text)["6.78%"].context.subject != "US"


# -- aliases: exchanges across languages --------------------------------------------------------------------------

def test_an_exchange_is_one_name_across_languages():
    assert {n for n, _, _ in found("伦敦金属交易所三个月期铜上涨6.6%")} == {"LME"}
    assert {n for n, _, _ in found("Copper on the London Metal Exchange rose 6.6%.")} == {"LME"}


# -- measure: a change whatever its verb ------------------------------------------------------------------------

@pytest.mark.parametrize("text, fig", [
    ("Copper on the LME rocketed by 6.6% on Monday.\n", "6.6%"),
    ("Copper prices on the LME outpaced aluminium by 3% this year.\n", "3%"),
    ("Copper surged by as much as 6.6% at the opening.\n", "as much as 6.6%"),
    ("伦敦金属交易所铜价一度飙升6.6%。\n", "6.6%"),
    ("倫敦金屬交易所銅價一度飆升6.6%。\n", "6.6%"),
])
def test_a_percentage_after_by_or_a_verb_of_change_is_a_growth_rate(text, fig):
    assert frames(text)[fig].context.measure == "growth"


def test_by_a_share_of_a_whole_stays_a_share():
    f = frames("The app is used by 40% of households in Kenya.\n")
    assert f["40%"].context.measure == "share"


@pytest.mark.parametrize("text, fig", [
    ("Prices tumbled 4% in March.\n", "4%"),
    ("铜价大跌4%。\n", "4%"),
])
def test_a_verb_of_falling_makes_the_change_negative(text, fig):
    assert frames(text)[fig].value < 0


# -- across.levels_take_their_change: the level a change reaches --------------------------------------------------

@pytest.mark.parametrize("text, fig", [
    ("Three-month copper on the LME rocketed by 6.6% to a record $12,960 a tonne.\n", "$12,960"),
    ("The price of copper futures was up by 6.78% at $12,955.5 per ton.\n", "$12,955.5"),
])
def test_a_level_a_change_reaches_is_of_what_the_change_measures(text, fig):
    assert "copper" in frames(text)[fig].context.topics


def test_a_level_with_its_own_object_keeps_it():
    f = frames("Copper prices rose 2% and aluminium output reached 70 million tons.\n")
    assert "copper" not in f["70 million tons"].context.topics


# -- a figure naming no one, after a figure of its object that named someone -------------------------------------

def test_a_figure_naming_no_one_continues_the_subject_of_its_object():
    text = ("The price of a three-month copper contract on the London Metal Exchange gained more than 6%.\n\n"
            "The price of copper futures was up by 6.78%.\n")
    f = frames(text)
    assert f["6.78%"].context.subject == "LME"


@pytest.mark.parametrize("text, fig, want", [
    # in its own paragraph, of another kind: the level after a change of the same object
    ("Lenovo's shipments rose 10.8% in the first quarter of 2025. Shipments reached 15.1 million units in the "
     "quarter.\n", "15.1 million", "Lenovo"),
    # a share is a share of something else: nothing carried to or from it
    ("Lenovo held a 24% share in the first quarter of 2025. Shipments reached 63.2 million units in the quarter.\n",
     "63.2 million", None),
])
def test_a_figure_naming_no_one_continues_its_paragraphs_subject_of_its_object(text, fig, want):
    assert frames(text)[fig].context.subject == want


@pytest.mark.parametrize("text, fig", [
    # another object: nothing carried
    ("The price of copper on the LME gained 6%.\n\nAluminium output fell 2%.\n", "2%"),
    # the market's average, said so
    ("Zentrix's PC shipments grew 17.3%, above the market average of 9.4%.\n", "9.4%"),
])
def test_no_subject_is_carried_to_another_object_or_the_market(text, fig):
    assert frames(text)[fig].context.subject in (None, "(market)")


# -- concepts: parts of a population ----------------------------------------------------------------------------

def test_urban_and_male_populations_are_parts_that_never_meet():
    en = "China's urban population was 932.67 million in 2023.\n"
    zh = "2023年中国男性人口为7.2亿人。\n"
    assert not compared(en, zh)


# -- source: what was released, and when, before its publisher ---------------------------------------------------

def test_according_to_data_released_by_names_the_source_not_the_subject():
    f = frames("Ferrox Minerals cut costs. According to data released last Friday by Cochilar, the state-owned "
               "company produced 1.329 million tons of copper.\n")
    x = f["1.329 million tons"].context
    assert (x.subject, x.source) == ("Ferrox Minerals", "Cochilar")


# -- extraction: a year with a possessive is a year, whatever the hedge before it --------------------------------

def test_a_possessive_year_after_a_verb_of_passing_is_no_figure():
    f = frames("Output rose to 1.33 million tons, surpassing 2023’s output by 4,000 tons.\n")
    assert not any("2023" in t for t in f)


# -- subject: the company stands for a firm, never a place -------------------------------------------------------

def test_the_company_carries_the_firm_before_a_place_named_since():
    text = ("Ferrox Minerals overcame its slump in 2024. This was reflected in Chilean copper production figures.\n\n"
            "Across the country's mines, the state-owned mining company recorded total production of "
            "1.422 million tons of copper.\n")
    assert frames(text)["1.422 million tons"].context.subject == "Ferrox Minerals"


# -- source vs subject: a name the page writes in the possessive has figures of its own ---------------------------

def test_a_name_written_in_the_possessive_reports_its_own_figures():
    text = ("Ferrox's Production Trends\n\nState-owned Ferrox reported a slight increase of 0.3% in 2024, with "
            "production rising from 1.324 million tons in 2023 to 1.328 million tons.\n")
    assert frames(text)["1.328 million tons"].context.subject == "Ferrox"


def test_a_name_never_written_so_that_reports_stays_a_source():
    text = "Mintelix reported that copper production rose 0.3% in 2024 to 1.328 million tons.\n"
    assert frames(text)["1.328 million tons"].context.subject != "Mintelix"


# -- names: a body named "X of A and B" or "A and B X" is one name, and its country's -------------------------------

@pytest.mark.parametrize("text, body", [
    ("Data from the Ministry of Agriculture and Rural Development show rice exports rose 5%.",
     "Ministry of Agriculture and Rural Development"),
    ("According to Vietnam’s Agriculture and Rural Development Ministry, rice output rose 1.9 percent.",
     "Agriculture and Rural Development Ministry"),
])
def test_a_body_named_with_and_is_one_source(text, body):
    got = {n: r for n, r, _ in found(text)}
    assert got.get(body) == "research"


def test_according_to_a_countrys_ministry_the_ministry_says_so_of_its_country():
    f = frames("According to Vietnam’s Agriculture and Rural Development Ministry, the total rice output rose by "
               "1.9 percent to reach 43.5 million tonnes in 2023.\n")
    x = f["43.5 million tonnes"].context
    assert (x.subject, x.source) == ("Vietnam", "Agriculture and Rural Development Ministry")


def test_two_names_joined_by_and_stay_two():
    assert [n for n, _, _ in found("Apple and Samsung shipped 50 million phones.")] == ["Apple", "Samsung"]


def test_a_ministry_name_makes_no_rural_subset():
    f = frames("Vietnam exported 8.13 million tonnes of rice in 2023, the Ministry of Agriculture and Rural "
               "Development said.\n")
    assert "rural" not in f["8.13 million tonnes"].context.basis


# -- subject: a page opening with a ministry that names no country speaks for its script's country ---------------

def test_a_traditional_page_opening_with_its_own_ministry_has_that_places_figures():
    text = ("財政部昨公布二○二五年進出口統計，去年出超金額年增百分之九十五、來到一五七一點四億美元。"
            "台灣對美國出超也創新高，日本的出超則減少。\n")
    assert frames(text)["一五七一點四億美元"].context.subject == "Taiwan"


def test_a_ministry_with_its_countrys_name_is_that_countrys():
    text = "美國財政部昨公布，去年出口成長5%。台灣的出口也成長。\n"
    assert frames(text)["5%"].context.subject != "Taiwan"


@pytest.mark.parametrize("name", ["Association of Southeast Asian Nations", "東協", "东盟"])
def test_asean_is_one_name_across_languages(name):
    assert [n for n, _, _ in found(f"{name} exports rose 5%.")] == ["ASEAN"]


def test_a_wire_credit_after_the_pages_date_is_no_subject():
    text = ("2026-01-14 MENAFN - Caribbean News Global)Exports and imports both hit record highs in 2025, to "
            "create the highest annual trade surplus of US$157.14 billion.\n")
    assert frames(text)["US$157.14 billion"].context.subject != "MENAFN"


def test_this_country_stands_for_the_place_before():
    text = ("The decline is linked to the underperformance in India. In this country, production will be "
            "26.4 million tons by next September.\n")
    assert frames(text)["26.4 million tons"].context.subject == "India"


@pytest.mark.parametrize("text, fig, country", [
    ("The Indian Sugar and Bio Energy Manufacturers Association (ISMA) estimates gross sugar output at 333 lakh "
     "tonne.\n\nHowever, the current season opened with a stock of 84.79 lakh tonne.\n", "84.79 lakh tonne", "India"),
    ("The Japanese Automobile Manufacturers Association said on Monday that car output rose.\n\n"
     "Exports reached 4.4 million units in 2023.\n", "4.4 million", "Japan"),
])
def test_a_page_opening_with_a_body_named_with_its_nationality_has_that_countrys_figures(text, fig, country):
    assert frames(text)[fig].context.subject == country


@pytest.mark.parametrize("text, fig", [
    # (a page filed in New York names the US: a world page all the same)
    ("NEW YORK:Sugar production in the world is projected to rise by 4 million tonnes, the United States "
     "Agriculture Department (USDA) said on Thursday.\n\nThe USDA said total production will rise to 186.2 million "
     "tonnes. Brazil, India and Thailand lead the gains.\n", "186.2 million tonnes"),
])
def test_a_national_bodys_figures_on_a_page_opening_about_the_world_are_the_worlds(text, fig):
    assert frames(text)[fig].context.subject is None


def test_words_of_a_web_address_are_not_the_pages_lower_case_words():
    from factcheck.context import _Doc
    from factcheck.normalize import normalize_text

    text = "Source: https://plusmining.com/en/2025/codelco\n\nAccording to Plusmining, output rose 2%.\n"
    d = _Doc(normalize_text(text), vocab(), text)
    assert "plusmining" not in d.lower_words and "output" in d.lower_words


@pytest.mark.parametrize("text, figure, subject", [
    # a research body described, not named, after an attribution cue says so; it is no firm a pronoun carries
    ("Vexor Consoles sold 85 million units. According to the latest report of the market research company, "
     "cloud gaming revenue will reach $12 billion in 2024.", "$12 billion", None),
    ("绿岭电子去年出货800万台。据该研究机构统计,2024年全球智能眼镜出货量达到1500万台。", "1500万台", None),
    # a company described after the cue says so of itself: still its figure
    ("Vexor Consoles sold 85 million units in 2023. According to the company, revenue rose 5% in 2024.", "5%",
     "Vexor Consoles"),
])
def test_a_described_research_body_after_a_source_cue_is_no_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, not_subject, subject", [
    # an acronym in brackets after the lower-case words it abbreviates is a term, not a name
    ("Output grew 7% to 54.8 million tons in 2023, including 50.1 million tons of crude palm oil (CPO).",
     "50.1 million tons", "CPO", None),
    ("Imports of liquefied natural gas (LNG) rose 5% in 2024.", "5%", "LNG", None),
    # after a name's capitals it is the name's: the body's, who says so (both the name and its short form are the
    # source), of its country
    ("The Malaysian Palm Oil Board (MPOB) said stocks rose 5% in 2024.", "5%", "Malaysian Palm Oil Board", "Malaysia"),
    # a measure word opening a sentence is no part of a name: "Exports of Indonesian …", "Exports of Japan"
    ("Exports of Indonesian palm oil products dropped 2.7% in 2023.", "2.7%", "Exports of Indonesian", None),
    ("Exports of Japan rose 5% in 2024.", "5%", "Exports of Japan", "Japan"),
    ("Bank of China lent $5 billion in 2024.", "$5 billion", "China", "Bank of China"),
])
def test_acronyms_of_terms_and_measure_words_make_no_name(text, figure, not_subject, subject):
    c = frames(text)[figure]
    assert c.context.subject != not_subject
    if subject:
        assert c.context.subject == subject


def test_who_says_so_is_not_handed_on_to_a_pronoun():
    # "… Bill adds. It is only 2% lower …": a speaker is no antecedent; "The Houston Chronicle reports that the
    # U.S. produced …. The nation's output …": the nation is the US, not the newspaper
    got = frames("“Annual installations of 541,302 units in 2023 are the second highest,” Vera Stahl adds. "
                 "“It is only 2% lower than the record of 552,946 units installed in 2022.”")
    assert got["2%"].context.subject is None and got["552,946"].context.subject is None
    got = frames("HOUSTON – The Houston Chronicle reports that the U.S. produced more crude oil last year than any "
                 "nation ever has. The nation's oil production reached an average of 12.9 million barrels per day "
                 "in 2023.")
    assert got["12.9 million barrels per day"].context.subject == "US"


@pytest.mark.parametrize("text, figure, subject", [
    # "it is", opening a sentence, is the figure of the sentence before, and has its subject (none: the market's)
    ("Installations in Asia rose 5% in 2023. The annual installation figure of 541,302 units in 2023 is the second "
     "highest. It is only 2% lower than the record of 552,946 units installed in 2022.", "552,946", None),
    ("Vexor shipped 5.1 million headsets in 2024. It was 12% more than in 2023.", "12%", "Vexor"),
    # "this is", "that was" too; and a place the sentence before left out is nobody's subject
    ("About 240,000 tonnes of nickel were mined worldwide in 2023 (not including Canada). This is a 9 per cent "
     "increase on 2022.", "9 per cent", None),
    ("Vexor shipped 5.1 million headsets in 2024. That was 12% more than in 2023.", "12%", "Vexor"),
])
def test_it_is_opening_a_sentence_is_the_figure_before(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_we_inside_a_quotation_is_the_speakers_organisation():
    text = ("Vexor Mining CEO Ana Ruiz stated that the year had been hard.\n\n"
            "She adds: “In 2024 we resolved old problems, which allowed us to add 412,000 t of our own copper.”\n")
    assert frames(text)["412,000 t"].context.subject == "Vexor Mining"
    # outside a quotation, "we" is the writer's, no one's figure
    assert frames("In 2024 we estimate that 412,000 t of copper were mined in Peru's south.")["412,000 t"] \
        .context.subject != "Vexor Mining"


@pytest.mark.parametrize("text, figure", [
    ("World nickel output was 3.6 million tonnes in 2023, excluding Indonesia.\n", "3.6 million tonnes"),
    ("World nickel output, not including Indonesia, was 3.6 million tonnes in 2023.\n", "3.6 million tonnes"),
    ("全球镍产量(不包括印尼)为360万吨。\n", "360万吨"),
])
def test_a_place_left_out_is_not_the_subject(text, figure):
    assert frames(text)[figure].context.subject is None


@pytest.mark.parametrize("text, figure, subject", [
    # a describing word ends what comes before it: the name is what follows
    ("The Hong Kong-listed Vexor Group reported output of 5,100 tonnes in 2023.\n", "5,100 tonnes", "Vexor"),
    ("The New York-based Zentrix Labs sold 3,000 units in 2024.\n", "3,000", "Zentrix Labs"),
])
def test_a_place_joined_to_a_describing_word_is_no_part_of_the_name(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_congo_alone_is_the_democratic_republic():
    got = frames("Congo produced 170,000 tonnes of cobalt in 2023.\n")["170,000 tonnes"].context
    assert got.subject == "DR Congo"
