"""Reading real files: encodings, line endings, and every kind of bad input, each a warning and no crash."""
from __future__ import annotations

import codecs
import os
import subprocess
import sys

import pytest

from factcheck.reader import read_paths

TEXT = "美國占74.5%，中國占14%。\n第二行：超過10兆人民幣\n"


def _one(tmp_path, name: str, data: bytes, **kw):
    p = tmp_path / name
    p.write_bytes(data)
    return read_paths([str(tmp_path)], **kw)


@pytest.mark.parametrize("encoding,data", [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8-sig", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("utf-16", TEXT.encode("utf-16")),  # with BOM
    ("gb18030", TEXT.replace("國", "国").encode("gb18030")),
    ("big5", TEXT.replace("，", ",").encode("big5")),
])
def test_decodes_supported_encodings(tmp_path, encoding, data):
    res = _one(tmp_path, "a.txt", data)
    assert not res.skipped
    (doc,) = res.documents
    assert doc.encoding == encoding
    assert "74.5%" in doc.text and "10兆人民幣" in doc.text


def test_line_endings_are_kept(tmp_path):
    res = _one(tmp_path, "crlf.txt", b"a 5%\r\nb 6%\r\n")
    assert res.documents[0].text == "a 5%\r\nb 6%\r\n"


@pytest.mark.parametrize("name,data,kind", [
    ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("empty.txt", b"", "empty"),
    ("bad.txt", bytes([0x80, 0xFF, 0xFE, 0x81, 0x9F, 0xA0]) * 50 + b"\xff\xff\x81", "encoding"),
])
def test_bad_files_are_skipped_with_a_reason(tmp_path, name, data, kind):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    res = _one(tmp_path, name, data)
    assert [d.path.rsplit("/", 1)[-1] for d in res.documents] == ["good.txt"]
    (skip,) = res.skipped
    assert skip.kind == kind and skip.path.endswith(name)


def test_file_over_the_limit_is_skipped(tmp_path):
    res = _one(tmp_path, "big.txt", b"x" * 2000, max_bytes=1000)
    (skip,) = res.skipped
    assert skip.kind == "too_large" and "1,000" in skip.reason


def test_unsupported_suffix_is_counted_not_read(tmp_path):
    (tmp_path / "a.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "b.md").write_text("# 75%\n", encoding="utf-8")
    res = read_paths([str(tmp_path)])
    assert [d.path.rsplit("/", 1)[-1] for d in res.documents] == ["b.md"]
    assert [s.kind for s in res.skipped] == ["unsupported"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without read permission")
def test_unreadable_file(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(TEXT, encoding="utf-8")
    p.chmod(0)
    res = read_paths([str(tmp_path)])
    assert [s.kind for s in res.skipped] == ["unreadable"]


def test_missing_path_is_reported(tmp_path):
    res = read_paths([str(tmp_path / "nope")])
    assert res.skipped[0].kind == "unreadable" and "no such file" in res.skipped[0].reason


def test_symlink_loop_does_not_hang(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text(TEXT, encoding="utf-8")
    (d / "loop").symlink_to(d, target_is_directory=True)
    res = read_paths([str(tmp_path)])
    assert len(res.documents) == 1


def test_cli_warns_per_file_and_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "gb.txt").write_bytes("占比 30%".encode("gb18030"))
    (tmp_path / "u16.txt").write_bytes("占比 40%".encode("utf-16"))
    (tmp_path / "big.txt").write_bytes(b"5% " * 400)
    cmd = [sys.executable, "-m", "factcheck", "claims", str(tmp_path), "--format", "json", "--max-size", "1000"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for name in ("bin.txt", "empty.txt", "big.txt"):
        assert f"skipped {tmp_path / name}" in proc.stderr or name in proc.stderr
    assert proc.stderr.count("warning:") == 3
    strict = subprocess.run(cmd + ["--strict"], capture_output=True, text=True)
    assert strict.returncode == 2
