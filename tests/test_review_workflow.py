"""Issue 11, a review workflow that never loses a review: each failure a new user met, reproduced on real files,
the real command line and real git, now passing."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, SEEDS, fc

from factcheck.ledger import Ledger

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"}
NOTES = {r.note for r in Ledger.load(REPO / "claims.toml").reviews.values()}


def git(*args, cwd):
    import os

    return subprocess.run(["git", *args], cwd=cwd, env={**os.environ, **GIT_ENV}, capture_output=True, text=True,
                          check=True)


STORE: Path | None = None  # the shared claims store of the seeds (conftest.seed_store)


@pytest.fixture(autouse=True)
def _warm(seed_store):
    global STORE
    STORE = seed_store


def project(tmp_path: Path, ledger: Path = REPO / "claims.toml", readme: bool = False) -> Path:
    """A fresh repository holding the seeds and a ledger reviewing their findings (the repository's own), and a
    claims store that already knows the seeds (git ignores it: .factcheck/ carries its own .gitignore)."""
    root = tmp_path / "proj"
    shutil.copytree(SEEDS, root / "seeds")
    if STORE is not None:
        shutil.copytree(STORE, root / ".factcheck")
    shutil.copy(ledger, root / "claims.toml")
    if readme:
        shutil.copy(REPO / "README.md", root / "README.md")
    git("init", "-q", cwd=root)
    git("add", "-A", cwd=root)
    git("commit", "-qm", "corpus", cwd=root)
    return root


def notes(root: Path, name: str = "claims.toml") -> set[str]:
    return {r.note for r in Ledger.load(root / name).reviews.values()}


def test_scanning_the_root_with_the_readme_and_pruning_keeps_every_seed_review(tmp_path):
    root = project(tmp_path, readme=True)
    scanned = fc("scan", ".", "--format", "json", cwd=root)
    rep = json.loads(scanned.stdout)
    # README.md's own figures may make new findings (its prose quotes 60% and 69%), but no seed review is lost
    assert rep["summary"]["stale_reviews"] == []
    reviewed = [g for g in rep["groups"] if g["review"]]
    assert len(reviewed) == 4 and {g["review"]["note"] for g in reviewed} <= NOTES
    pruned = fc("review", "--prune", "--yes", cwd=root)
    assert pruned.returncode == 0 and "no stale reviews" in pruned.stdout, pruned.stdout + pruned.stderr
    assert notes(root) == NOTES
    assert fc("scan", "seeds/", cwd=root).returncode == 0


def test_reviews_about_documents_not_read_are_never_stale_nor_pruned(tmp_path):
    root = project(tmp_path)
    part = fc("scan", "seeds/000_ce53f0b2652d9bf8.txt", "seeds/001_f01c30d3e8acb4b2.txt", cwd=root)
    assert part.returncode == 0 and "stale review" not in part.stdout
    pruned = fc("review", "--path", "seeds/000_ce53f0b2652d9bf8.txt", "--prune", "--yes", cwd=root)
    assert pruned.returncode == 0 and "no stale reviews" in pruned.stdout
    assert notes(root) == NOTES


def test_an_agreeing_new_source_keeps_the_review(tmp_path):
    root = project(tmp_path)
    (root / "seeds" / "new.txt").write_text("在全球AI算力版图上,美国占74.5%,中国占14%。\n", encoding="utf-8")
    proc = fc("scan", "seeds/", cwd=root)
    assert proc.returncode == 0, proc.stdout
    rep = json.loads(fc("scan", "seeds/", "--format", "json", cwd=root).stdout)
    ids = {c["id"] for c in rep["claims"] if c["path"] == "seeds/new.txt"}
    joined = [g for g in rep["groups"] if ids & set(g["claims"])]
    assert len(joined) == 2 and all(g["review"]["status"] == "accepted" for g in joined)  # both still reviewed


def test_a_new_value_makes_a_new_finding_that_shows_the_earlier_note(tmp_path):
    root = project(tmp_path)
    (root / "seeds" / "new.txt").write_text("截至2025年5月，美国占全球AI算力的70%。\n", encoding="utf-8")
    proc = fc("scan", "seeds/", cwd=root)
    assert proc.returncode == 1
    assert "was accepted on 2026-11-22" in proc.stdout and "Same Epoch AI GPU-cluster dataset" in proc.stdout
    rep = json.loads(fc("scan", "seeds/", "--format", "json", cwd=root).stdout)
    new = [g for g in rep["groups"] if g.get("earlier_review")]
    assert len(new) == 1 and new[0]["review"] is None
    assert new[0]["earlier_review"]["note"].startswith("Same Epoch AI")
    # reviewing the new finding replaces the earlier review: one review per disagreement, nothing stale
    ok = fc("review", "--path", "seeds", "accept", new[0]["fingerprint"], "--note", "70% is an older estimate",
            cwd=root)
    assert ok.returncode == 0 and "replaces the earlier review" in ok.stdout
    assert fc("scan", "seeds/", cwd=root).returncode == 0
    led = Ledger.load(root / "claims.toml")
    assert len(led.reviews) == len(NOTES) and "70% is an older estimate" in {r.note for r in led.reviews.values()}


def test_a_corrected_value_makes_the_review_stale_and_prune_asks_before_removing_it(tmp_path):
    root = project(tmp_path)
    doc = root / "seeds" / "004_359572c1ea72d73f.txt"
    doc.write_text(doc.read_text(encoding="utf-8").replace("91%", "92%"), encoding="utf-8")
    proc = fc("scan", "seeds", cwd=root)
    assert proc.returncode == 0 and proc.stdout.count("stale review") == 1, proc.stdout
    refused = fc("review", "--prune", cwd=root)
    assert refused.returncode == 2 and "--yes" in refused.stderr and "stale: " in refused.stdout
    assert notes(root) == NOTES
    pruned = fc("review", "--prune", "--yes", cwd=root)
    assert pruned.returncode == 0 and "1 stale reviews removed" in pruned.stdout
    assert len(notes(root)) == len(NOTES) - 1 and not any("refining" in n for n in notes(root))


def test_a_mistyped_path_exits_2(tmp_path):
    root = project(tmp_path)
    proc = fc("scan", "seedz/", cwd=root)
    assert proc.returncode == 2 and "seedz" in proc.stderr and "no such file" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    (root / "empty").mkdir()
    nothing = fc("scan", "empty", cwd=root)
    assert nothing.returncode == 2 and "no documents read" in nothing.stderr


@pytest.mark.parametrize("how", ["absolute", "dotdot", "subfolder", "git mv"])
def test_paths_named_any_way_keep_every_review(tmp_path, how):
    root = project(tmp_path)
    cwd, args = root, ["seeds"]
    if how == "absolute":
        args = [str(root / "seeds")]
    elif how == "dotdot":
        args = ["seeds/../seeds"]
    elif how == "subfolder":
        cwd, args = root / "seeds", ["."]
        sarif = json.loads(fc("scan", ".", "-f", "sarif", "--ledger", "none.toml", cwd=cwd).stdout)
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
        assert uris and all(u.startswith("seeds/") for u in uris)  # repository-relative wherever it runs
    else:
        git("mv", "seeds/004_359572c1ea72d73f.txt", "seeds/yuekai.txt", cwd=root)
    proc = fc("scan", *args, cwd=cwd)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "4 reviewed" in proc.stdout and "stale" not in proc.stdout
    assert notes(root) == NOTES


def test_a_ledger_of_0_2_0_keeps_all_its_reviews_after_upgrading(tmp_path):
    """tests/data/claims-0.2.0.toml is the ledger as 0.2.0 wrote it (git show a24d3b5:claims.toml): other
    fingerprints, no values or documents, only `figures`."""
    old = REPO / "tests" / "data" / "claims-0.2.0.toml"
    root = project(tmp_path, ledger=old)
    before = Ledger.load(old).reviews
    proc = fc("scan", "seeds/", cwd=root)
    assert proc.returncode == 0, proc.stdout
    assert "migrated" in proc.stderr
    after = Ledger.load(root / "claims.toml").reviews
    assert {(r.status, r.note) for r in after.values()} == {(r.status, r.note) for r in before.values()}
    text = (root / "claims.toml").read_text(encoding="utf-8")
    moved = [fp for fp in before if fp not in after]
    assert moved and all(f'"{fp}"' in text for fp in moved)  # the old fingerprints kept in `previous`
    again = fc("scan", "seeds/", cwd=root)
    assert again.returncode == 0 and "migrated" not in again.stderr  # migrated once
    assert (root / "claims.toml").read_text(encoding="utf-8") == text


# ------------------------------------------------------------------ configuration
def _configured(tmp_path: Path, config: str, name: str = "factcheck.toml") -> Path:
    root = project(tmp_path)
    (root / "review").mkdir()
    (root / "claims.toml").rename(root / "review" / "claims.toml")
    (root / name).write_text(config, encoding="utf-8")
    (root / "sub").mkdir()
    return root


def test_ledger_from_the_configuration_is_honoured_by_every_command(tmp_path):
    root = _configured(tmp_path, 'include = ["seeds"]\nledger = "review/claims.toml"\n')
    assert fc("scan", "seeds", cwd=root).returncode == 0
    assert fc("scan", cwd=root).returncode == 0  # no paths: include
    rep = json.loads(fc("scan", "--format", "json", "--ledger", str(root / "none.toml"), cwd=root).stdout)
    fp = [g["fingerprint"] for g in rep["groups"] if g["verdict"] == "conflict"][0]
    assert not (root / "none.toml").exists()
    ok = fc("review", "accept", fp, "--note", "again", cwd=root)
    assert ok.returncode == 0, ok.stderr
    assert not (root / "claims.toml").exists()
    assert "again" in notes(root, "review/claims.toml")
    base = fc("baseline", cwd=root)
    assert base.returncode == 0 and "review/claims.toml" in base.stdout and "0 findings" in base.stdout
    pruned = fc("review", "--prune", "--yes", cwd=root)
    assert pruned.returncode == 0 and "review/claims.toml" in pruned.stdout
    # the hook reads it too: a staged source restating reviewed values passes
    (root / "seeds" / "copy.txt").write_text("美国占全球AI算力的74.5%，中国占14%。\n", encoding="utf-8")
    git("add", "-A", cwd=root)
    git("commit", "-qm", "reviews", cwd=root)
    (root / "seeds" / "copy.txt").write_text("美国占全球AI算力的74.5%，中国占15%。\n", encoding="utf-8")
    git("add", "-A", cwd=root)
    hook = fc("hook", "seeds/copy.txt", cwd=root)
    assert hook.returncode == 0, hook.stdout + hook.stderr
    assert not (root / "claims.toml").exists()


def test_configuration_is_found_from_a_subfolder(tmp_path):
    root = _configured(tmp_path, '[tool.factcheck]\ninclude = ["seeds"]\nledger = "review/claims.toml"\n',
                       name="pyproject.toml")
    proc = fc("scan", cwd=root / "sub")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "5 documents" in proc.stdout and "4 reviewed" in proc.stdout
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factcheck]\nfail-on = ["conflict"]\n'
                                         'inclde = ["seeds"]\n', encoding="utf-8")
    broken = fc("scan", cwd=root / "sub")
    assert broken.returncode == 2
    assert "pyproject.toml:6: unknown key 'inclde'; did you mean 'include'?" in broken.stderr


def test_explicit_config_and_its_errors(tmp_path):
    root = _configured(tmp_path, "")
    (root / "other.toml").write_text('include = ["seeds"]\nledger = "review/claims.toml"\nfail-on = ["conflict"]\n',
                                     encoding="utf-8")
    assert fc("scan", "--config", "other.toml", cwd=root).returncode == 0
    missing = fc("scan", "--config", "nope.toml", cwd=root)
    assert missing.returncode == 2 and "nope.toml" in missing.stderr
    (root / "other.toml").write_text('fail_on = ["conflict"]\nfail-on = ["rounding"]\n', encoding="utf-8")
    twice = fc("scan", "seeds", "--config", "other.toml", cwd=root)
    assert twice.returncode == 2 and "other.toml:2" in twice.stderr
    (root / "other.toml").write_text('fail_on = ["conflcit"]\n', encoding="utf-8")
    typo = fc("scan", "seeds", "--config", "other.toml", cwd=root)
    assert typo.returncode == 2 and "other.toml:1" in typo.stderr and "did you mean 'conflict'" in typo.stderr
