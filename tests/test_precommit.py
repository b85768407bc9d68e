"""The pre-commit hook for real: a git repository, the real `pre-commit` package, this repository as the hook's
`repo:` (at a commit of the working tree), a contradicting source refused, a review letting it through."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ENV = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
       "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, env=ENV, capture_output=True, text=True, check=True)


def snapshot_of_this_repo(dest: Path) -> str:
    """This working tree (tracked and new files, as they are now) committed in a fresh repository."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True,
                           text=True, check=True).stdout.split("\n")
    for f in filter(None, files):
        src = REPO / f
        if src.is_file():
            (dest / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / f)
    git("init", "-q", cwd=dest)
    git("add", "-A", cwd=dest)
    git("commit", "-qm", "snapshot", cwd=dest)
    return git("rev-parse", "HEAD", cwd=dest).stdout.strip()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("precommit")
    hook_repo = base / "factcheck"
    hook_repo.mkdir()
    rev = snapshot_of_this_repo(hook_repo)
    work = base / "corpus"
    (work / "sources").mkdir(parents=True)
    git("init", "-q", cwd=work)
    (work / "sources" / "goldman.txt").write_text("在全球AI算力版圖上,美國占74.5%,中國占14%。\n", encoding="utf-8")
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hook_repo}\n  rev: {rev}\n  hooks:\n  - id: factcheck\n", encoding="utf-8")
    git("add", "-A", cwd=work)
    git("commit", "-qm", "first source", cwd=work)
    env = {**ENV, "PRE_COMMIT_HOME": str(base / "cache")}
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=work, env=env, check=True,
                   capture_output=True)
    return work, env


def commit(work: Path, env: dict, message: str) -> subprocess.CompletedProcess:
    git("add", "-A", cwd=work)
    return subprocess.run(["git", "commit", "-m", message], cwd=work, env=env, capture_output=True, text=True,
                          timeout=900)


def test_contradicting_source_is_refused_then_a_review_lets_it_through(corpus):
    work, env = corpus
    (work / "sources" / "yuekai.txt").write_text("算力基建方面，美国智能算力规模占全球 75%。\n", encoding="utf-8")
    refused = commit(work, env, "second source")
    out = refused.stdout + refused.stderr
    assert refused.returncode != 0, out
    assert "ROUNDING" in out and "74.5%" in out and "75%" in out and "sources/yuekai.txt" in out
    fp = re.search(r"\[([0-9a-f]{16})\]", out).group(1)
    review = subprocess.run([sys.executable, "-m", "factcheck", "review", "--path", ".", "accept", fp, "--note",
                             "Epoch AI rounds 74.5% to 75%"], cwd=work, env=env, capture_output=True, text=True)
    assert review.returncode == 0, review.stderr
    accepted = commit(work, env, "second source, reviewed")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr

    # lines move above the reviewed figure, unrelated text changes: the commit still goes through
    doc = work / "sources" / "goldman.txt"
    doc.write_text("# 高盛报告摘录\n\n说明：以下为节选。\n\n" + doc.read_text(encoding="utf-8"), encoding="utf-8")
    moved = commit(work, env, "heading added")
    assert moved.returncode == 0, moved.stdout + moved.stderr


def _fingerprint(out: str) -> str:
    return re.search(r"\[([0-9a-f]{16})\]", out).group(1)


def _review(work: Path, env: dict, fp: str, note: str) -> None:
    done = subprocess.run([sys.executable, "-m", "factcheck", "review", "accept", fp, "--note", note], cwd=work,
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _commit_only(work: Path, env: dict, *paths: str) -> subprocess.CompletedProcess:
    git("add", *paths, cwd=work)
    return subprocess.run(["git", "commit", "-m", "only " + " ".join(paths)], cwd=work, env=env,
                          capture_output=True, text=True, timeout=900)


def _drop(work: Path, *names: str) -> None:
    git("reset", "-q", cwd=work)
    for n in names:
        (work / n).unlink()


def test_a_source_on_other_figures_passes_a_new_witness_too_a_new_value_shows_the_earlier_note(corpus):
    work, env = corpus
    (work / "sources" / "usgs.txt").write_text("中国占全球稀土开采量的69%。\n", encoding="utf-8")
    ok = commit(work, env, "source on another quantity")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    # a further document restating a reviewed value: the review holds (the fingerprint is the disagreement)
    (work / "sources" / "copy.txt").write_text("在全球AI算力版图上,美国占74.5%。\n", encoding="utf-8")
    again = commit(work, env, "another witness")
    assert again.returncode == 0, again.stdout + again.stderr
    # a new value: a new finding, refused, showing the earlier review and its note
    (work / "sources" / "NEW.TXT").write_text("在全球AI算力版图上,美国占60%。\n", encoding="utf-8")
    refused = commit(work, env, "a new value, in a file named in capitals")
    out = refused.stdout + refused.stderr
    assert refused.returncode != 0 and "sources/NEW.TXT" in out  # the hook matched NOTES.TXT-style names
    assert "earlier review" in out and "Epoch AI rounds 74.5% to 75%" in out
    # the printed review command runs from the user's shell (the hook environment is not on PATH)
    m = re.search(r"`(\S+ -m factcheck|factcheck) review`", out)
    assert m, out
    cmd = m.group(1).split()
    assert subprocess.run([*cmd, "--version"], capture_output=True, text=True).returncode == 0
    _drop(work, "sources/NEW.TXT")


def test_an_untracked_ledger_is_refused_with_the_git_add_command_and_passes_once_staged(corpus):
    work, env = corpus
    git("rm", "-q", "--cached", "claims.toml", cwd=work)
    git("commit", "-qm", "ledger untracked", "--no-verify", cwd=work)
    (work / "sources" / "iea.txt").write_text("中国占全球稀土开采量的60%。\n", encoding="utf-8")
    refused = _commit_only(work, env, "sources/iea.txt")
    assert refused.returncode != 0
    _review(work, env, _fingerprint(refused.stdout + refused.stderr), "IEA 2024 vs Goldman, undated")
    slipped = _commit_only(work, env, "sources/iea.txt")
    out = slipped.stdout + slipped.stderr
    assert slipped.returncode != 0, out
    assert "untracked" in out and "`git add claims.toml`" in out
    staged = _commit_only(work, env, "sources/iea.txt", "claims.toml")
    assert staged.returncode == 0, staged.stdout + staged.stderr


def test_an_unstaged_ledger_is_named_as_the_reason_and_passes_once_staged(corpus):
    work, env = corpus
    (work / "sources" / "old.txt").write_text("中国占全球稀土开采量的50%。\n", encoding="utf-8")
    refused = _commit_only(work, env, "sources/old.txt")
    assert refused.returncode != 0
    _review(work, env, _fingerprint(refused.stdout + refused.stderr), "an older estimate")
    # claims.toml is tracked and changed but not staged: pre-commit sets it aside while the hook runs
    slipped = _commit_only(work, env, "sources/old.txt")
    out = slipped.stdout + slipped.stderr
    assert slipped.returncode != 0, out
    assert "unstaged changes that review 1 of these finding(s)" in out and "`git add claims.toml`" in out
    staged = _commit_only(work, env, "sources/old.txt", "claims.toml")
    assert staged.returncode == 0, staged.stdout + staged.stderr


def test_staged_files_given_as_absolute_or_dot_paths_are_checked_like_relative_ones(corpus):
    work, env = corpus
    (work / "sources" / "odd.txt").write_text("在全球AI算力版图上,美国占61%。\n", encoding="utf-8")
    git("add", "sources/odd.txt", cwd=work)
    results = [subprocess.run([sys.executable, "-m", "factcheck", "hook", name], cwd=work, env=env,
                              capture_output=True, text=True)
               for name in ("sources/odd.txt", "./sources/odd.txt", str(work / "sources" / "odd.txt"))]
    assert [r.returncode for r in results] == [1, 1, 1], [r.stdout + r.stderr for r in results]
    assert all("sources/odd.txt:1" in r.stdout for r in results)
    _drop(work, "sources/odd.txt")
