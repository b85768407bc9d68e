"""Extraction forms read on the pages of corpus-fresh27 (e-waste, internet use, vaccination): references and
page furniture are no claims."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from factcheck.model import Document


def _figures(text: str) -> list[tuple[str, float]]:
    doc = Document("t.txt", text, "utf-8", "", len(text))
    return [(c.text, c.value) for c in extract_document(doc)]


@pytest.mark.parametrize("text, figures", [
    # a phone number's extension after a slash is part of it
    ("Tel: +49 228 815 0213/4\n", []),
    # an ISBN, with or without a colon, is a book's number
    ("ISBN: 978-92-808-9115-7 (print)\n", []),
    ("ISBN 979-8-12-345678-9\n", []),
    # a book's pages: percentage points never pass 100
    ("Global E-waste Monitor 2024. Geneva/Bonn, 119 pp.\n", []),
    # a newspaper's page, 15 版, after a space too
    ("《人民日报》( 2023年11月29日 15 版)\n", []),
    # near misses: points of change stay (the sign is read by the context stage)
    ("The rate fell 2.5 pp. in 2023.\n", [("2.5 pp", 2.5)]),
    ("The share rose by 12 pp over the decade.\n", [("12 pp", 12.0)]),
])
def test_references_are_no_claims(text, figures):
    assert _figures(text) == figures
