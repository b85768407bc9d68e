"""Run the real extraction and context stages on a small text."""
from __future__ import annotations

from factcheck.context import annotate
from factcheck.extract import extract_document
from factcheck.model import Document


def frames(text: str, path: str = "t.txt") -> dict:
    """{figure as written: claim} for the claims of `text` (the last one wins on a repeat)."""
    doc = Document(path, text, "utf-8", "", len(text))
    return {c.text: c for c in annotate(doc, extract_document(doc))}


def claims(text: str, path: str = "t.txt") -> list:
    doc = Document(path, text, "utf-8", "", len(text))
    return annotate(doc, extract_document(doc))


def annotated(docs) -> list:
    """The claims of several (path, text) pages, framed page by page, in order."""
    out = []
    for path, text in docs:
        out += claims(text, path)
    return out


def xf(*args, reason):
    """A look-alike case a rule still gets wrong: a strict xfail, with what it gives and why that is wrong."""
    import pytest

    return pytest.param(*args, marks=pytest.mark.xfail(strict=True, reason="misfire: " + reason))


def compared(*texts) -> bool:
    """Whether the pages' figures are compared at all (one finding or more)."""
    from factcheck.compare import compare
    from factcheck.group import group_claims

    cs = annotated([(f"{k}.txt", t) for k, t in enumerate(texts)])
    return bool(compare(cs, group_claims(cs)))
