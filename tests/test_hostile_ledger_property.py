"""Property (issue 10): any sequence of review operations on any valid ledger yields a ledger the loader
accepts, holding exactly the reviews recorded, also with several writers in separate processes at once.
Fixed seed and few examples in CI (FACTCHECK_HYPOTHESIS=large runs more, see test_hostile.py)."""
from __future__ import annotations

import multiprocessing
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.ledger import Ledger

LARGE = os.environ.get("FACTCHECK_HYPOTHESIS") == "large"
FPS = [f"{i:016x}" for i in range(1, 9)]
STATUS = st.sampled_from(["accepted", "wrong", "fixed"])
NOTE = st.lists(st.sampled_from([*"ab 说明\"'\\#[]=\n\t", "\x1b", "\u202e", "'" * 3, '"' * 3]), max_size=12).map("".join)


@st.composite
def ledgers(draw) -> tuple[str, dict[str, tuple[str, str]]]:
    """A valid ledger in one of the shapes people write, and the reviews it holds."""
    fps = draw(st.lists(st.sampled_from(FPS), unique=True, max_size=4))
    reviews = {fp: (draw(STATUS), draw(st.sampled_from(["", "known", "a 'quoted' note"]))) for fp in fps}
    shape = draw(st.sampled_from(["tables", "inline", "empty_array", "comments_only", "empty"]))
    pad = draw(st.sampled_from(["", " ", "  "]))
    if shape == "empty":
        return "", {}
    if shape == "comments_only":
        return "# only a comment\n", {}
    if shape == "empty_array":
        return "# ours\nreview = []\n", {}
    if shape == "inline" and reviews:
        items = ", ".join(f'{{fingerprint = "{pad}{fp}{pad}", status = "{s}", note = "{n}"}}'
                          for fp, (s, n) in reviews.items())
        return f"review = [{items}]\n", reviews
    body = "".join(f'# before {fp}\n[[review]]\nfingerprint = "{pad}{fp}{pad}"  # kept\nstatus = "{s}"\n'
                   f'note = "{n}"\nextra = 1\n\n' for fp, (s, n) in reviews.items())
    return "# header\n" + body, reviews


OPS = st.lists(st.one_of(
    st.tuples(st.just("record"), st.sampled_from(FPS + [f" {FPS[0]} "]), STATUS, NOTE),
    st.tuples(st.just("prune"), st.frozensets(st.sampled_from(FPS))),
    st.tuples(st.just("remove"), st.frozensets(st.sampled_from(FPS))),
    st.tuples(st.just("save")),
), max_size=8)


def _check(path, model: dict[str, tuple[str, str]]) -> None:
    led = Ledger.load(path)
    assert {fp: (r.status, r.note) for fp, r in led.reviews.items()} == model


@settings(max_examples=400 if LARGE else 40, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ledgers(), OPS)
def test_any_review_operations_keep_a_valid_ledger_with_every_review(tmp_path, start, ops):
    text, model = start
    path = tmp_path / "claims.toml"
    path.write_text(text, encoding="utf-8")
    _check(path, model)
    led = Ledger.load(path)
    model = dict(model)
    for op in ops:
        if op[0] == "record":
            _, fp, status, note = op
            led.record(fp, status, note, "r")
            model[fp.strip()] = (status, note)
        elif op[0] == "prune":
            led.prune(set(op[1]))
            model = {fp: v for fp, v in model.items() if fp in op[1] or v[0] == "wrong"}
        elif op[0] == "remove":
            led.remove(set(op[1]))
            model = {fp: v for fp, v in model.items() if fp not in op[1]}
        else:
            led.save()
            _check(path, model)
    led.save()
    _check(path, model)


def _writer(path: str, fps: list[str], barrier) -> None:
    led = Ledger.load(path)  # like the command line: read at the start, long before saving
    barrier.wait()
    for fp in fps:
        led.record(fp, "accepted", f"by {os.getpid()}", "r")
        led.save()


@settings(max_examples=24 if LARGE else 4, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ledgers(), st.integers(min_value=2, max_value=4), st.integers(min_value=1, max_value=3))
def test_concurrent_writers_in_separate_processes_lose_no_review(tmp_path, start, writers, each):
    text, model = start
    path = tmp_path / "claims.toml"
    path.write_text(text, encoding="utf-8")
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(writers)
    mine = [[f"{w:02d}{k:014x}" for k in range(each)] for w in range(writers)]
    procs = [ctx.Process(target=_writer, args=(str(path), fps, barrier)) for fps in mine]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0] * writers
    led = Ledger.load(path)
    assert all(led.status(fp) == "accepted" for fps in mine for fp in fps)
    assert {fp: (led.reviews[fp].status, led.reviews[fp].note) for fp in model} == model
