"""What git knows about the ledger, for the pre-commit hook: is it staged, and what would be committed.

Small typed functions over `git` subprocesses (none of them writes anything). pre-commit sets unstaged changes
aside in a patch file under its cache folder while hooks run; `set_aside_patch` finds the patch of the
running commit when it touches the ledger, and `patched` applies it to a copy, so the hook can say that the
reviews it is missing are in the ledger's unstaged changes.
"""
from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path


def _git(*args: str, cwd: str | Path | None = None, text: bool = True) -> subprocess.CompletedProcess | None:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=text, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None


def toplevel(cwd: str | Path | None = None) -> Path | None:
    got = _git("rev-parse", "--show-toplevel", cwd=cwd)
    return Path(got.stdout.strip()) if got is not None and got.returncode == 0 and got.stdout.strip() else None


def in_repo_path(path: Path, top: Path) -> str | None:
    """`path` relative to the repository's top folder, with `/`; None when it lies outside."""
    rel = os.path.relpath(os.path.realpath(path), os.path.realpath(top))
    return None if rel == ".." or rel.startswith("../") else rel.replace(os.sep, "/")


def state(path: Path, top: Path) -> str:
    """"untracked", "unstaged" (changes in the working tree not in the index), "clean" or "missing"."""
    rel = in_repo_path(path, top)
    if rel is None or not path.exists():
        return "missing"
    got = _git("status", "--porcelain=v1", "--untracked-files=all", "--", rel, cwd=top)
    if got is None or got.returncode != 0:
        return "clean"
    line = got.stdout.splitlines()[0] if got.stdout.strip() else ""
    if line.startswith("??"):
        return "untracked"
    if len(line) >= 2 and line[1] != " ":
        return "unstaged"
    return "clean"


def staged_text(path: Path, top: Path) -> str | None:
    """The ledger as the commit would hold it (its index version); None when it is not in the index."""
    rel = in_repo_path(path, top)
    if rel is None:
        return None
    got = _git("show", f":{rel}", cwd=top, text=False)
    if got is None or got.returncode != 0:
        return None
    return got.stdout.decode("utf-8-sig", errors="replace")


def _pre_commit_home() -> Path:
    home = os.environ.get("PRE_COMMIT_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "pre-commit")
    return Path(home)


def set_aside_patch(path: Path, top: Path, within: float = 3600.0) -> Path | None:
    """pre-commit's patch of the unstaged changes of the running commit, when it touches `path`."""
    rel = in_repo_path(path, top)
    folder = _pre_commit_home()
    if rel is None or not folder.is_dir():
        return None
    now = time.time()
    try:
        patches = sorted((p for p in folder.glob("patch*") if now - p.stat().st_mtime < within),
                         key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    for p in patches[:1]:
        try:
            head = f"diff --git a/{rel} b/{rel}".encode()
            if head in p.read_bytes():
                return p
        except OSError:
            return None
    return None


def patched(text: str, patch: Path, rel: str) -> str | None:
    """`text` (the ledger at `rel`) with the patch's changes to it applied, in a scratch folder."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="factcheck-") as tmp:
        target = Path(tmp) / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        env = dict(os.environ, GIT_CEILING_DIRECTORIES=tmp)
        try:
            got = subprocess.run(["git", "apply", f"--include={rel}", str(patch)], cwd=tmp, capture_output=True,
                                 timeout=60, env=env)
        except (OSError, subprocess.SubprocessError):
            return None
        if got.returncode != 0:
            return None
        return target.read_text(encoding="utf-8")
