"""collector.paused on the context stage: annotate runs with the cyclic garbage collector off and restores it."""
from __future__ import annotations

import gc

import factcheck.context as context
from factcheck.extract import extract_document
from factcheck.model import Document


def test_annotate_runs_with_the_collector_paused(monkeypatch):
    seen = []
    build = context.layout.build

    def spy(lines):
        seen.append(gc.isenabled())
        return build(lines)

    monkeypatch.setattr(context.layout, "build", spy)
    text = "Lenovo shipped 15.1 million PCs in the first quarter of 2025.\n"
    doc = Document("t.txt", text, "utf-8", "", len(text))
    assert gc.isenabled()
    context.annotate(doc, extract_document(doc))
    assert seen == [False] and gc.isenabled()
