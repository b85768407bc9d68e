"""read/select.py: suffixes, content sniffing, .gitignore, default excludes, --no-ignore, the skipped-types line."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from factcheck.read import read_file, read_paths
from factcheck.read.select import select_files

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from conftest import fc  # noqa: E402

FIGURE = "Lenovo held 24.1% of the global PC market in 2024.\n"


def _names(paths) -> list[str]:
    return sorted(Path(p).relative_to(Path.cwd()).as_posix() if Path(p).is_absolute() else Path(p).as_posix()
                  for p in paths)


def _repo(tmp_path: Path) -> Path:
    (tmp_path / ".git" / "info").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(FIGURE, encoding="utf-8")
    (tmp_path / "docs" / "drafts").mkdir()
    (tmp_path / "docs" / "drafts" / "d.md").write_text(FIGURE, encoding="utf-8")
    (tmp_path / "docs" / "notes.log.txt").write_text(FIGURE, encoding="utf-8")
    (tmp_path / "docs" / "keep.log.txt").write_text(FIGURE, encoding="utf-8")
    (tmp_path / "docs" / "private.txt").write_text(FIGURE, encoding="utf-8")
    venv = tmp_path / "venv" / "lib" / "site-packages" / "pkg"
    venv.mkdir(parents=True)
    (tmp_path / "venv" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (venv / "README.md").write_text(FIGURE, encoding="utf-8")
    (tmp_path / "node_modules" / "x").mkdir(parents=True)
    (tmp_path / "node_modules" / "x" / "README.md").write_text(FIGURE, encoding="utf-8")
    (tmp_path / ".gitignore").write_text("drafts/\n*.log.txt\n!keep.log.txt\n", encoding="utf-8")
    (tmp_path / ".git" / "info" / "exclude").write_text("private.txt\n", encoding="utf-8")
    return tmp_path


def test_gitignore_info_exclude_and_default_excludes_are_honoured(tmp_path, monkeypatch):
    monkeypatch.chdir(_repo(tmp_path))
    files, skipped = select_files(["."])
    assert _names(files) == ["docs/a.txt", "docs/keep.log.txt"]
    assert not skipped


def test_rules_of_folders_above_apply_when_a_subfolder_is_scanned(tmp_path, monkeypatch):
    monkeypatch.chdir(_repo(tmp_path))
    files, _ = select_files(["docs"])
    assert _names(files) == ["docs/a.txt", "docs/keep.log.txt"]


def test_no_ignore_reads_everything(tmp_path, monkeypatch):
    monkeypatch.chdir(_repo(tmp_path))
    files, _ = select_files(["."], no_ignore=True)
    assert len(files) == 7
    assert "venv/lib/site-packages/pkg/README.md" in _names(files)


def test_a_file_named_directly_is_read_even_if_ignored(tmp_path, monkeypatch):
    monkeypatch.chdir(_repo(tmp_path))
    files, _ = select_files(["docs/private.txt"])
    assert _names(files) == ["docs/private.txt"]


def test_suffixes_are_case_insensitive_and_other_types_are_counted(tmp_path):
    (tmp_path / "NOTES.MD").write_text(FIGURE, encoding="utf-8")
    (tmp_path / "Page.HTM").write_text("<p>" + FIGURE + "</p>", encoding="utf-8")
    for name in ("a.xlsx", "b.xlsx", "c.pptx"):
        (tmp_path / name).write_bytes(b"PK\x03\x04rest")
    res = read_paths([str(tmp_path)])
    assert sorted(Path(d.path).name for d in res.documents) == ["NOTES.MD", "Page.HTM"]
    assert sorted(Path(s.path).name for s in res.skipped if s.kind == "unsupported") == ["a.xlsx", "b.xlsx", "c.pptx"]


def test_the_command_line_names_skipped_types_in_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(FIGURE, encoding="utf-8")
    for name in ("a.xlsx", "b.xlsx", "c.pptx"):
        (tmp_path / name).write_bytes(b"PK\x03\x04rest")
    r = fc("claims", ".", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if "does not read" in ln]
    assert lines == ["skipped 3 files of types factcheck does not read: .xlsx (2), .pptx (1)"]


def test_content_decides_the_format_where_the_name_lies(tmp_path):
    html = tmp_path / "saved.txt"
    html.write_text("<!DOCTYPE html><html><body><p>Share: <b>70</b>%</p><script>var w = 99;</script></body></html>",
                    encoding="utf-8")
    doc = read_file(html)
    assert doc.format == "html" and doc.text.strip() == "Share: 70%"
    png = tmp_path / "chart.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    got = read_file(png)
    assert got.kind == "binary" and "PNG" in got.reason
    zipped = tmp_path / "book.md"
    zipped.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    got = read_file(zipped)
    assert got.kind == "binary" and "ZIP" in got.reason


def test_a_virtual_environment_in_the_repository_adds_no_claims(tmp_path):
    (tmp_path / "report.md").write_text(FIGURE, encoding="utf-8")
    site = tmp_path / "env" / "lib" / "python3.11" / "site-packages" / "lib1"
    site.mkdir(parents=True)
    (tmp_path / "env" / "pyvenv.cfg").write_text("version = 3.11\n", encoding="utf-8")
    (site / "CHANGES.txt").write_text("Speed up 35% in version 2.0; 12 fixes.\n" * 20, encoding="utf-8")
    r = fc("claims", ".", cwd=tmp_path)
    assert r.returncode == 0 and "1 claims in 1 documents" in r.stdout, r.stdout
    r = fc("claims", ".", "--no-ignore", cwd=tmp_path)
    assert "in 2 documents" in r.stdout
    assert os.path.exists(site / "CHANGES.txt")
