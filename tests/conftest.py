"""Shared helpers: run the real pipeline stages on real text."""
from __future__ import annotations

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
