"""The store keeps what a PDF yielded by content hash and reader version: a warm rescan parses no PDF."""
from __future__ import annotations

import os

import pytest
from docgen import make_pdf


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("warm")
    for i in range(3):
        make_pdf(d / f"r{i}.pdf", [f"Lenovo held {20 + i}.5% of the global PC market in the first quarter of 2025."])
    return d


def _run(folder, store_path):
    from factcheck.pipeline import run_claims
    from factcheck.store import ClaimStore, extractor_version

    store = ClaimStore(store_path, extractor_version())
    try:
        run = run_claims([str(folder)], with_context=True, store=store)
        return run, store.hits, store.misses
    finally:
        store.close()


def test_a_warm_rescan_reads_no_pdf(folder, tmp_path, monkeypatch):
    store = tmp_path / "claims.sqlite3"
    cold, hits, misses = _run(folder, store)
    assert (hits, misses) == (0, 3) and len(cold.claims) == 3

    import factcheck.read.pdf as pdf_reader

    def refuse(data):
        raise AssertionError("a PDF was parsed on a warm rescan")

    monkeypatch.setattr(pdf_reader, "read", refuse)
    warm, hits, misses = _run(folder, store)
    assert (hits, misses) == (3, 0)
    assert [(c.text, c.page, c.line, c.column) for c in warm.claims] == \
        [(c.text, c.page, c.line, c.column) for c in cold.claims]
    for f in folder.iterdir():  # touched, not changed (a checkout): hashed again, still not parsed
        os.utime(f, (1_700_000_000, 1_700_000_000))
    again, hits, misses = _run(folder, store)
    assert (hits, misses) == (3, 0) and len(again.claims) == 3


def test_the_readers_code_is_part_of_the_store_version(monkeypatch):
    from importlib import resources

    from factcheck import store

    seen = []
    real = resources.files

    class Spy:
        def __init__(self, p):
            self.p = p

        def __truediv__(self, name):
            seen.append(name)
            return self.p / name

        def iterdir(self):
            return self.p.iterdir()

    monkeypatch.setattr(store.resources, "files", lambda pkg: Spy(real(pkg)))
    store.extractor_version()
    assert "read" in seen
