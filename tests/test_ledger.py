"""The review ledger: faithful edits, atomic writes that survive a crash, clear errors, stable fingerprints."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap

import pytest

from factcheck.ledger import Ledger, LedgerError

from conftest import REPO, SEEDS

GOOD = textwrap.dedent("""\
    # our reviews
    [[review]]
    fingerprint = "aaaa"   # keep this comment
    status = "accepted"
    note = "known"
    """)


def test_record_keeps_comments_and_order(tmp_path):
    p = tmp_path / "claims.toml"
    p.write_text(GOOD, encoding="utf-8")
    led = Ledger.load(p)
    led.record("bbbb", "wrong", "not one quantity", "me", date="2026-01-02")
    led.record("aaaa", "fixed", "corrected", "me", date="2026-01-03")
    led.save()
    text = p.read_text(encoding="utf-8")
    assert text.startswith("# our reviews\n")
    assert text.index('"aaaa"') < text.index('"bbbb"')
    again = Ledger.load(p)
    assert again.status("aaaa") == "fixed" and again.status("bbbb") == "wrong"


@pytest.mark.parametrize("text,needle", [
    ('[[review]]\nfingerprint = "a"\nstatus = "accepted\n', "claims.toml:3"),
    ('[[review]]\nfingerprint = "a"\nstatus = "maybe"\n', "unknown status 'maybe'"),
    ('[[review]]\nfingerprint = "a"\nstatus = "accepted"\n\n[[review]]\nfingerprint = "a"\nstatus = "fixed"\n',
     "claims.toml:6: duplicate fingerprint a"),
    ('[[review]]\nstatus = "accepted"\n', "claims.toml:1: review without a fingerprint"),
    ('reviews = 3\n', "unknown top-level key"),
])
def test_broken_ledger_names_file_and_line(tmp_path, text, needle):
    p = tmp_path / "claims.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(LedgerError) as exc:
        Ledger.load(p)
    assert needle in str(exc.value)


def test_a_write_killed_midway_leaves_the_old_file_intact(tmp_path):
    p = tmp_path / "claims.toml"
    p.write_text(GOOD, encoding="utf-8")
    # the child blocks inside the write (after the data, before the rename) and is killed there
    child = textwrap.dedent(f"""
        import os, sys, time
        sys.path.insert(0, {str(REPO / 'src')!r})
        from factcheck.ledger import Ledger
        led = Ledger.load({str(p)!r})
        led.record("cccc", "accepted", "x" * 5_000_000, "me")
        def stuck(fd):
            print("writing", flush=True)
            time.sleep(60)
        os.fsync = stuck
        led.save()
        """)
    proc = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert p.read_text(encoding="utf-8") == GOOD
    assert Ledger.load(p).status("aaaa") == "accepted"


@pytest.fixture
def seeds_at(seed_store):
    """Copy the seeds, and a claims store that knows them, into a folder."""
    def copy(root):
        shutil.copytree(SEEDS, root / "seeds")
        shutil.copytree(seed_store, root / ".factcheck")
    return copy


def _fc(*args, cwd):
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=cwd)


def test_scan_baseline_scan_and_moving_lines(tmp_path, seeds_at):
    seeds_at(tmp_path)
    first = _fc("scan", "seeds/", cwd=tmp_path)
    assert first.returncode == 1, first.stderr
    base = _fc("baseline", "seeds/", cwd=tmp_path)
    assert base.returncode == 0 and "recorded as accepted" in base.stdout
    assert _fc("scan", "seeds/", cwd=tmp_path).returncode == 0
    # lines move above the reviewed figures and unrelated text changes: the reviews still apply
    doc = tmp_path / "seeds" / "004_359572c1ea72d73f.txt"
    doc.write_text("新增的一段导语，没有数字。\n\n" + doc.read_text(encoding="utf-8").replace("宏观研究", "宏观研究（修订）"),
                   encoding="utf-8")
    again = _fc("scan", "seeds/", cwd=tmp_path)
    assert again.returncode == 0, again.stdout
    assert "stale review" not in again.stdout


def test_changed_value_makes_a_new_finding_that_shows_the_earlier_review(tmp_path, seeds_at):
    seeds_at(tmp_path)
    assert _fc("baseline", "seeds/", cwd=tmp_path).returncode == 0
    doc = tmp_path / "seeds" / "000_ce53f0b2652d9bf8.txt"
    doc.write_text(doc.read_text(encoding="utf-8").replace("69%的開采量", "68%的開采量"), encoding="utf-8")
    proc = _fc("scan", "seeds/", cwd=tmp_path)
    assert proc.returncode == 1
    # the disagreement grew (68% joined 60% and 69%): the earlier review is shown, and it is not stale
    assert "earlier review" in proc.stdout and "was accepted on" in proc.stdout and "baseline:" in proc.stdout
    assert "stale review" not in proc.stdout
    pruned = _fc("review", "--path", "seeds", "--prune", cwd=tmp_path)
    assert pruned.returncode == 0 and "no stale reviews" in pruned.stdout
    # the value is corrected back: the review applies again
    doc.write_text(doc.read_text(encoding="utf-8").replace("68%的開采量", "69%的開采量"), encoding="utf-8")
    assert _fc("scan", "seeds/", cwd=tmp_path).returncode == 0


def test_review_accept_and_wrong_by_fingerprint(tmp_path, seeds_at):
    seeds_at(tmp_path)
    import json

    rep = json.loads(_fc("scan", "seeds", "--format", "json", cwd=tmp_path).stdout)
    failing = [g for g in rep["groups"] if g["verdict"] in ("conflict", "rounding")]
    fp = failing[0]["fingerprint"]
    ok = _fc("review", "--path", "seeds", "accept", fp, "--note", "known", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert f'fingerprint = "{fp}"' in (tmp_path / "claims.toml").read_text(encoding="utf-8")
    missing = _fc("review", "--path", "seeds", "accept", "ffffffffffffffff", cwd=tmp_path)
    assert missing.returncode == 2 and "no finding" in missing.stderr
    rep = json.loads(_fc("scan", "seeds", "--format", "json", cwd=tmp_path).stdout)
    assert [g["review"] for g in rep["groups"] if g["fingerprint"] == fp] == [{"status": "accepted", "note": "known"}]


def test_broken_ledger_stops_scan_with_exit_2(tmp_path, seeds_at):
    seeds_at(tmp_path)
    (tmp_path / "claims.toml").write_text('[[review]]\nfingerprint = "a"\nstatus = "ok"\n', encoding="utf-8")
    proc = _fc("scan", "seeds", cwd=tmp_path)
    assert proc.returncode == 2 and "claims.toml:1" in proc.stderr


def test_the_projects_own_ledger_reviews_the_seed_findings():
    proc = _fc("scan", "seeds/", cwd=REPO)
    assert proc.returncode == 0, proc.stdout
    led = Ledger.load(REPO / "claims.toml")
    assert len(led.reviews) >= 5 and all(len(r.note) > 40 for r in led.reviews.values())


def test_interactive_review_without_a_terminal_exits_2_with_a_clear_message(tmp_path, seeds_at):
    seeds_at(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "factcheck", "review", "--path", "seeds"], cwd=tmp_path,
                          input="a\nchecked against the source\ns\nq\n", capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "needs a terminal" in proc.stderr and "review accept" in proc.stderr and "Aborted" not in proc.stderr
    assert not (tmp_path / "claims.toml").exists()
