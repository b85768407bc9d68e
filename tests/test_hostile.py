"""Hostile input. Property-based (hypothesis, fixed seed): the number parser and the reader never raise, and
every span lies inside its line and matches it. Files: FIFO, file vanishing during the scan, 200 MB file.
CI runs the default profile; FACTCHECK_HYPOTHESIS=large runs a much larger one."""
from __future__ import annotations

import os
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import pipeline
from factcheck.extract import extract_lines
from factcheck.normalize import normalize_text
from factcheck.reader import decode, read_paths

settings.register_profile("ci", max_examples=300, derandomize=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("large", max_examples=20000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("FACTCHECK_HYPOTHESIS", "ci"))

NUMBERISH = st.sampled_from(list("0123456789０１２.,，、 -—~%％$€¥万亿兆萬億千百十一二三四五六七八九零两半成倍多余约近超过以上以下第年月日号()（）/⁄^eE") +
                            ["\x00", "\ud800", "\udfff", "\u202f", "\u3000", "\t", "\r", "ﬁ", "½", "¹",
                             "million", "billion", " percent", "about ", "more than ", "between ", " and ", "GWh",
                             "吉瓦", "百亿亿次", "个百分点", "分之", "又"])
TEXT = st.one_of(st.text(max_size=300), st.lists(NUMBERISH, max_size=200).map("".join))


def _check(text: str) -> None:
    lines = text.split("\n")
    for c in extract_lines("f.txt", normalize_text(text)):
        line = lines[c.line - 1]
        line = line[:-1] if line.endswith("\r") else line
        assert 1 <= c.column <= c.end_column <= len(line) + 1
        assert line[c.column - 1:c.end_column - 1] == c.text


@given(TEXT)
def test_extraction_never_raises_and_spans_match(text):
    _check(text)


@given(st.integers(1, 4000), st.sampled_from(["万", "亿", "兆", "百", "千万", "多", "一", "百分之", "1,", "1 ", "-"]))
def test_repeated_scale_words(n, word):
    _check(word * n + "5%")


@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_never_raises(data):
    got = decode(data)
    if got is not None:
        _check(got[0])


@given(st.lists(st.sampled_from(["utf-8", "gb18030", "big5", "utf-16"]), min_size=2, max_size=4))
def test_mixed_encodings_in_one_file(encodings):
    text = "美国占全球AI算力的75%。"
    data = b"".join(text.encode(e, errors="ignore") for e in encodings)
    got = decode(data)
    if got is not None:
        _check(got[0])


def test_a_megabyte_line_of_digits_and_separators_finishes():
    # a subprocess with a generous limit: catastrophic backtracking would hang it
    code = ("import sys; sys.path.insert(0, 'src');"
            "from factcheck.extract import extract_lines; from factcheck.normalize import normalize_text;"
            "line = (('9' * 997 + ',.-') * 1000 + '1,234.5 6万-7%~' * 2000)[:1_000_000];"
            "print(len(extract_lines('f', normalize_text(line))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=240,
                          cwd=os.path.dirname(os.path.dirname(__file__)))
    assert proc.returncode == 0 and int(proc.stdout) > 0


def test_fifo_is_skipped_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text("占比 30%\n", encoding="utf-8")
    res = read_paths([str(tmp_path)])
    assert [d.path.rsplit("/", 1)[-1] for d in res.documents] == ["ok.txt"]
    assert [s.reason for s in res.skipped] == ["not a regular file"]


def test_file_deleted_during_the_scan(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("占比 30%\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("占比 40%\n", encoding="utf-8")
    listed = pipeline._extract_file

    def vanish_then_extract(path, *args, **kw):  # b.txt disappears between listing and reading
        if path.endswith("b.txt") and os.path.exists(path):
            os.unlink(path)
        return listed(path, *args, **kw)

    monkeypatch.setattr(pipeline, "_extract_file", vanish_then_extract)
    run = pipeline.run_claims([str(tmp_path)])
    assert [d.path.rsplit("/", 1)[-1] for d in run.documents] == ["a.txt"]
    assert len(run.skipped) == 1 and "b.txt" in run.skipped[0].path and "cannot read" in run.skipped[0].reason


def test_a_200_mb_file_is_skipped_with_a_warning(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    (tmp_path / "ok.txt").write_text("占比 30%\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factcheck", "claims", str(tmp_path)], capture_output=True,
                          text=True)
    assert proc.returncode == 0
    assert "big.txt" in proc.stderr and "too large" in proc.stderr


def test_a_context_failure_on_one_file_keeps_the_scan_and_names_the_file(tmp_path, monkeypatch):
    """A defect of the context stage on one page (a crash on a sentence nobody foresaw) costs that page its
    comparisons, never the whole scan: the other files are compared, the page's figures are kept, and the
    warning names the file."""
    import factcheck.context as context

    (tmp_path / "a.txt").write_text("Kettle output reached 30 million units in 2024.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kettle output reached 31 million units in 2024.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Kettle output reached 32 million units in 2024.\n", encoding="utf-8")
    real = context.annotate

    def fails_on_bad(doc, claims, *args, **kw):
        if doc.path.endswith("bad.txt"):
            raise RuntimeError("generator raised StopIteration")
        return real(doc, claims, *args, **kw)

    monkeypatch.setattr(context, "annotate", fails_on_bad)
    run = pipeline.run_claims([str(tmp_path)], with_context=True)
    assert sorted(d.path.rsplit("/", 1)[-1] for d in run.documents) == ["a.txt", "b.txt", "bad.txt"]
    assert [c.text for c in run.claims if c.path.endswith("bad.txt")] == ["32 million"]
    assert len(run.warnings) == 1 and "bad.txt" in run.warnings[0] and "RuntimeError" in run.warnings[0]
    assert all(c.context is not None for c in run.claims if not c.path.endswith("bad.txt"))
