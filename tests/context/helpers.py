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
