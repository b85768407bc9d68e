"""Hostile text in what people and CI read (issue 10, injection): control characters and bidi controls from
documents, file names and ledger notes; file names as rich markup; symlinks out of the scanned folder;
SARIF uris."""
from __future__ import annotations

import json
import os

from conftest import conflict_corpus, fc, fc_tty

ESC = "\x1b[2J\x1b]0;pwned\x07"
UNSAFE = ("\x1b", "\r", "\x07", "\u202e", "\x9b")


def _no_unsafe(text: str) -> None:
    assert not any(ch in text for ch in UNSAFE), repr(text[:300])
    assert not any(line.startswith("::") and not line.startswith(("::error file=", "::warning file="))
                   for line in text.splitlines()), text


def test_control_characters_from_documents_never_reach_the_text_report(tmp_path):
    conflict_corpus(tmp_path, {
        "a.txt": f"美国占全球AI算力的75%{ESC}。\r::add-mask::secret 美国占全球AI算力的75%。\n",
        "b.txt": "美国\u202e占全球AI算力的60%\x9b。\n",
    })
    proc = fc("scan", "docs", "--ledger", os.devnull, "--no-store", cwd=tmp_path)
    assert proc.returncode == 1 and "CONFLICT" in proc.stdout
    _no_unsafe(proc.stdout)
    assert "\\x1b" in proc.stdout  # shown, escaped


def test_a_file_name_cannot_forge_a_workflow_command(tmp_path):
    docs = conflict_corpus(tmp_path)
    (docs / "x\n::warning::forged.txt").write_bytes(b"\x00\x01binary")
    (docs / "a\r\n::error::b.txt").write_text("美国占全球AI算力的50%。\n", encoding="utf-8")
    proc = fc("scan", "docs", "--ledger", os.devnull, "--no-store", "--format", "github", cwd=tmp_path)
    assert proc.returncode == 1
    _no_unsafe(proc.stdout)
    _no_unsafe(proc.stderr)
    assert "forged" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_ledger_notes_and_documents_cannot_drive_the_terminal_during_review(tmp_path):
    conflict_corpus(tmp_path, {"a.txt": f"美国占全球AI算力的75%。{ESC}\n", "b.txt": "美国占全球AI算力的60%。\n"})
    rc, out = fc_tty("review", "--path", "docs", cwd=tmp_path, steps=[("[q]uit ?", "a"), ("note", f"note{ESC}\n")])
    assert rc == 0, out
    _no_unsafe(out.split("[a]ccept")[0])  # what the review showed before the typing (echoed by the terminal)
    shown = fc("scan", "docs", "--no-store", "--show-consistent", cwd=tmp_path)
    assert "review: note" in shown.stdout
    _no_unsafe(shown.stdout)


def test_file_names_are_never_rich_markup(tmp_path):
    docs = conflict_corpus(tmp_path)
    (docs / "x[").mkdir()
    (docs / "x[" / "y].txt").write_text("美国占全球AI算力的50%。\n", encoding="utf-8")
    (docs / "[link=e.x]a[").mkdir()
    (docs / "[link=e.x]a[" / "link].txt").write_text("占比 7%。\n", encoding="utf-8")
    proc = fc("claims", "docs", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "docs/x[/y].txt:1:" in proc.stdout and "docs/[link=e.x]a[/link].txt:1:" in proc.stdout
    assert "\x1b]8;" not in proc.stdout


def test_symlinks_leaving_the_scanned_folder_are_not_followed_unless_asked(tmp_path):
    docs = conflict_corpus(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("password hunter2 占比 42%。\n", encoding="utf-8")
    (docs / "secret.txt").symlink_to(outside / "secret.txt")
    (docs / "etc").symlink_to(outside, target_is_directory=True)
    (docs / "inside.txt").symlink_to(docs / "a.txt")  # stays inside: followed
    proc = fc("claims", "docs", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0 and "hunter2" not in proc.stdout
    assert "docs/secret.txt" in proc.stderr and "--follow-links" in proc.stderr
    assert "docs/inside.txt" in {d["path"] for d in json.loads(proc.stdout)["documents"]}
    sarif = fc("scan", "docs", "--format", "sarif", "--no-store", "--ledger", os.devnull, cwd=tmp_path)
    assert "hunter2" not in sarif.stdout
    followed = fc("claims", "docs", "--format", "json", "--follow-links", cwd=tmp_path)
    assert "hunter2" in followed.stdout


def test_sarif_uris_are_percent_encoded_repository_relative_and_one_per_file(tmp_path):
    conflict_corpus(tmp_path, {"a b#1?.txt": "美国占全球AI算力的75%。\n", "数据%20.txt": "美国占全球AI算力的60%。\n"})
    given = ["docs", "./docs/a b#1?.txt", str(tmp_path / "docs"), "docs/../docs/数据%20.txt"]
    proc = fc("scan", *given, "--format", "sarif", "--no-store", "--ledger", os.devnull, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    result = json.loads(proc.stdout)["runs"][0]["results"][0]
    uris = sorted(loc["physicalLocation"]["artifactLocation"]["uri"]
                  for loc in result["locations"] + result["relatedLocations"])
    assert uris == ["docs/%E6%95%B0%E6%8D%AE%2520.txt", "docs/a%20b%231%3F.txt"]
    claims = json.loads(fc("claims", *given, "--format", "json", cwd=tmp_path).stdout)
    assert sorted(d["path"] for d in claims["documents"]) == ["docs/a b#1?.txt", "docs/数据%20.txt"]
