"""Guards for the defects a review of this round's rules found (each failed on the commit before its fix)."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure", [
    # "projects" as a verb before an adjective-like past participle is still the forecast it says
    ("BNEF projects combined sales of 20 million electric vehicles in 2026.\n", "20 million"),
    ("The agency projects increased demand of 3.5% in 2026.\n", "3.5%"),
])
def test_projects_as_a_verb_still_marks_a_forecast(text, figure):
    assert "forecast" in frames(text)[figure].context.basis


@pytest.mark.parametrize("text, figure", [
    # batteries made are no electricity generated; electricity supplied to someone is used
    ("China's power battery output reached 778.6 GWh in 2023, up 42.5% year on year.\n", "778.6 GWh"),
    ("Electricity supplied to data centres reached 415 TWh in 2024.\n", "415 TWh"),
])
def test_energy_that_is_not_generated_is_no_generation(text, figure):
    assert "generation" not in frames(text)[figure].context.topics


def test_a_market_wide_figure_is_not_the_firm_before_it():
    text = ("Xiaomi's smartphone shipments rose 20% in the first quarter of 2025. Industry-wide, smartphone "
            "shipments reached 289 million units in the quarter.\n")
    assert frames(text)["289 million"].context.subject is None


@pytest.mark.parametrize("text, figure, subject", [
    # a body named after China cited in the usual way ("據…發布的"), and a place word ending in 部 that is no body
    ("據中國核能行業協會發布的藍皮書顯示，2023年我國核電發電量達到4333.71億千瓦時。\n", "4333.71億千瓦時", "China"),
    ("中國西南部今年遭遇乾旱。我國經濟成長率為1.4%。\n", "1.4%", "Taiwan"),
])
def test_our_country_by_a_body_named_after_a_country(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_government_address_with_a_letter_before_its_date_dates_the_page():
    text = "Source: https://www.stats.gov.cn/sj/zxfb/202401/t20240117_1946624.html\n\n今年前8个月出口增长5%。\n"
    assert frames(text)["5%"].context.period == "2024-01..08"


def test_a_power_in_operation_is_still_a_capacity():
    c = frames("The United States had 97 GW of nuclear power in operation in 2024.\n")["97 GW"].context
    assert "capacity" in c.topics and "in_operation" in c.basis


def test_service_revenue_is_no_stage():
    text = ("The operator said service revenue grew 4.5% in 2023, while growth in service revenue from enterprise "
            "clients reached 9%.\n")
    assert "in_operation" not in frames(text)["9%"].context.basis
