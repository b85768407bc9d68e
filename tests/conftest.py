"""Shared helpers: run the real pipeline stages on real text."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from factcheck.extract import extract_lines
from factcheck.model import Claim
from factcheck.normalize import normalize_text

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def claims_in(text: str, path: str = "t.txt") -> list[Claim]:
    return extract_lines(path, normalize_text(text))


@pytest.fixture
def extract():
    return claims_in


def fc(*args: str, cwd, input: str | None = None, timeout: float = 300, env: dict | None = None):
    """Run the real command line in a separate process."""
    import os
    import subprocess
    import sys

    full_env = dict(os.environ, **(env or {}))
    for var in ("COLUMNS", "LINES"):  # the width a test asks for, else none (pytest-xdist workers set one)
        if var not in (env or {}):
            full_env.pop(var, None)
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True,
                          input=input, timeout=timeout, env=full_env)


CONFLICT_DOCS = {
    "a.txt": "2024年，美国占全球AI算力的75%。中国占全球稀土开采量的69%。\n",
    "b.txt": "2024年，美国占全球AI算力的60%。中国占全球稀土开采量的60%。\n",
}


def conflict_corpus(root: Path, docs: dict[str, str] = CONFLICT_DOCS) -> Path:
    """A folder `docs` under `root` whose documents disagree (two conflicts)."""
    d = root / "docs"
    d.mkdir()
    for name, text in docs.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def fingerprints(root: Path) -> list[str]:
    import json

    rep = json.loads(fc("scan", "docs", "--format", "json", "--ledger", "/dev/null", "--no-store", cwd=root).stdout)
    return [g["fingerprint"] for g in rep["groups"] if g["verdict"] in ("conflict", "rounding")]


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def check_claim(sentence: str, span: str, value, low, high, unit: str, qualifier=None) -> Claim:
    """The claim spanning exactly `span` in `sentence` has this value, bounds, unit and qualifier."""
    claims = claims_in(sentence)
    hits = [c for c in claims if c.text == span]
    assert hits, f"no claim spanning {span!r}; got {[(c.text, c.value, c.low, c.high, c.unit) for c in claims]}"
    c = hits[0]
    assert _close(c.value, value), (c.value, value)
    assert _close(c.low, low), (c.low, low)
    assert _close(c.high, high), (c.high, high)
    assert c.unit == unit, (c.unit, unit)
    assert c.qualifier == qualifier, (c.qualifier, qualifier)
    return c


def check_no_claim(sentence: str, fragment: str) -> None:
    """No claim's text overlaps `fragment` (its first occurrence) in `sentence`."""
    s = sentence.index(fragment)
    e = s + len(fragment)
    bad = [c.text for c in claims_in(sentence) if c.column - 1 < e and s < c.end_column - 1]
    assert not bad, f"{fragment!r} in {sentence!r} gave claims {bad}"


def fc_tty(*args: str, cwd, steps: list[tuple[str, str]], timeout: float = 120, env: dict | None = None):
    """Run the real command line on a pseudo-terminal (stdin, stdout and stderr), like a person at a terminal:
    each step waits until the output shows `expect`, then types `send`. Returns (exit code, output).
    TERM=dumb: no escape sequences, so the output can be read as text."""
    import os
    import select
    import subprocess
    import sys
    import time

    master, slave = os.openpty()
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    full_env.pop("FORCE_COLOR", None)
    full_env.update({"TERM": "dumb", "COLUMNS": "120", **(env or {})})
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", *args], cwd=cwd, stdin=slave, stdout=slave,
                            stderr=slave, env=full_env, start_new_session=True, close_fds=True)
    os.close(slave)
    out = b""
    deadline = time.monotonic() + timeout
    pending = list(steps)

    def read_some(wait: float) -> bool:
        nonlocal out
        ready, _, _ = select.select([master], [], [], wait)
        if not ready:
            return True
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            return False
        if not chunk:
            return False
        out += chunk
        return True

    alive = True
    pos = 0  # each step looks for its text after the previous step's
    while alive and time.monotonic() < deadline:
        at = out.find(pending[0][0].encode(), pos) if pending else -1
        if at >= 0:
            expect, send = pending.pop(0)
            pos = at + len(expect.encode())
            time.sleep(0.05)
            os.write(master, send.encode())
            continue
        alive = read_some(0.1)
        if proc.poll() is not None and not read_some(0.05):
            break
    try:
        rc = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    return rc, out.decode("utf-8", errors="replace").replace("\r\n", "\n")


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """A claims store (.factcheck/) holding the seeds, built once: copied into a test's folder, its scans of
    the seeds load the claims by content hash instead of extracting them again (0.8 s instead of 4 s)."""
    import shutil

    base = tmp_path_factory.mktemp("seedstore")
    shutil.copytree(SEEDS, base / "seeds")
    fc("scan", "seeds", "--ledger", str(base / "none.toml"), cwd=base)
    return base / ".factcheck"
