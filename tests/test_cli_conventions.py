"""Issue 11, the conventions of ruff and yamllint that a linter user expects: colour rules, --quiet, --exit-zero,
'-' for standard input, --statistics in JSON, --jobs validated, readable help, output errors in one line, and an
interactive review with single keys on a real pseudo-terminal."""
from __future__ import annotations

import json
import re
import shutil

import pytest

from conftest import SEEDS, fc, fc_tty

from factcheck.ledger import Ledger

COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-9][;m]|\x1b\[[0-9;]*38;")  # a foreground colour


@pytest.fixture
def root(tmp_path, seed_store):
    """The seeds and a claims store that knows them."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copytree(seed_store, tmp_path / ".factcheck")
    return tmp_path


def test_colour_on_a_terminal_unless_no_color_and_forced_by_force_color(root):
    args = ("scan", "seeds", "--ledger", "none.toml")
    rc, plain = fc_tty(*args, cwd=root, steps=[], env={"TERM": "xterm-256color", "NO_COLOR": "1"})
    assert rc == 1 and "CONFLICT" in plain and not COLOUR.search(plain)
    rc, styled = fc_tty(*args, cwd=root, steps=[], env={"TERM": "xterm-256color"})
    assert rc == 1 and COLOUR.search(styled)
    forced = fc(*args, cwd=root, env={"FORCE_COLOR": "1"})
    assert forced.returncode == 1 and COLOUR.search(forced.stdout)
    assert not COLOUR.search(fc(*args, cwd=root).stdout)  # a pipe: no colour


def test_output_that_cannot_be_written_is_one_line_and_exit_2(root):
    proc = fc("scan", "seeds", "-f", "sarif", "-o", "/nonexistent/x.sarif", cwd=root)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == ["error: cannot write /nonexistent/x.sarif: No such file or directory"]


def test_standard_input_with_a_file_name(root):
    text = "截至2025年5月，美国占全球AI算力的70%。\n"
    proc = fc("scan", "seeds", "-", "--stdin-filename", "seeds/draft.txt", "--format", "json", "--ledger",
              "none.toml", cwd=root, input=text)
    rep = json.loads(proc.stdout)
    assert "seeds/draft.txt" in [d["path"] for d in rep["documents"]] and not (root / "seeds" / "draft.txt").exists()
    drafted = [c for c in rep["claims"] if c["path"] == "seeds/draft.txt"]
    assert [c["text"] for c in drafted] == ["70%"]
    alone = fc("claims", "-", cwd=root, input=text)
    assert alone.returncode == 0 and "-:1:" in alone.stdout
    nothing = fc("scan", "-", cwd=root, input="")
    assert nothing.returncode == 2 and "no documents read" in nothing.stderr


def test_quiet_exit_zero_jobs_and_help(root):
    quiet = fc("scan", "seeds", "--quiet", "--ledger", "none.toml", cwd=root)
    assert quiet.returncode == 1 and "CONFLICT" in quiet.stdout and "documents," not in quiet.stdout
    zero = fc("scan", "seeds", "--exit-zero", "--ledger", "none.toml", cwd=root)
    assert zero.returncode == 0 and "CONFLICT" in zero.stdout
    jobs = fc("scan", "seeds", "--jobs", "-3", cwd=root)
    assert jobs.returncode == 2 and "--jobs" in jobs.stderr
    help_text = fc("scan", "--help", cwd=root).stdout
    assert "list[Path]" not in help_text and "--tables FILE" in help_text and "--config FILE" in help_text


def test_interactive_review_single_keys_notes_required_side_by_side(root):
    rc, out = fc_tty("review", "--path", "seeds", cwd=root, steps=[
        ("[q]uit ?", "x"),            # not a key: asked again
        ("[q]uit ?", "w"),
        ("note (why)", "\n"),         # a note is required for wrong
        ("note (why)", "not one quantity\n"),
        ("[q]uit ?", "f"),
        ("note (why)", "corrected in 004\n"),
        ("[q]uit ?", "s"),
        ("[q]uit ?", "q"),
    ])
    assert rc == 0, out
    assert "'x' is not one of a, w, f, s, q" in out and "a note is required for wrong" in out
    assert re.search(r"figure\s+value\s+where\s+excerpt", out)  # the claims side by side
    assert "2 review(s) recorded" in out
    led = Ledger.load(root / "claims.toml")
    assert sorted((r.status, r.note) for r in led.reviews.values()) == [
        ("fixed", "corrected in 004"), ("wrong", "not one quantity")]
