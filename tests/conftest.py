"""Shared helpers: run the real pipeline stages on real text."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from factcheck.extract import extract_lines
from factcheck.model import Claim
from factcheck.normalize import normalize_text

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def claims_in(text: str, path: str = "t.txt") -> list[Claim]:
    return extract_lines(path, normalize_text(text))


@pytest.fixture
def extract():
    return claims_in


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def check_claim(sentence: str, span: str, value, low, high, unit: str, qualifier=None) -> Claim:
    """The claim spanning exactly `span` in `sentence` has this value, bounds, unit and qualifier."""
    claims = claims_in(sentence)
    hits = [c for c in claims if c.text == span]
    assert hits, f"no claim spanning {span!r}; got {[(c.text, c.value, c.low, c.high, c.unit) for c in claims]}"
    c = hits[0]
    assert _close(c.value, value), (c.value, value)
    assert _close(c.low, low), (c.low, low)
    assert _close(c.high, high), (c.high, high)
    assert c.unit == unit, (c.unit, unit)
    assert c.qualifier == qualifier, (c.qualifier, qualifier)
    return c


def check_no_claim(sentence: str, fragment: str) -> None:
    """No claim's text overlaps `fragment` (its first occurrence) in `sentence`."""
    s = sentence.index(fragment)
    e = s + len(fragment)
    bad = [c.text for c in claims_in(sentence) if c.column - 1 < e and s < c.end_column - 1]
    assert not bad, f"{fragment!r} in {sentence!r} gave claims {bad}"
