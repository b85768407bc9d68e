"""Configuration: `factcheck.toml`, or `[tool.factcheck]` in `pyproject.toml`, in the working directory.

Recognised keys (unknown keys are errors naming the key and its line):

    tables = ["my_entities.toml"]   # extra alias/concept tables, relative to the configuration file
    include = ["sources"]           # what the corpus is (for `factcheck hook` and a scan without paths)
    exclude = ["drafts/*", "*.tmp.md"]  # glob patterns of files to leave out
    fail_on = ["conflict", "rounding"]  # verdicts that fail when unreviewed
    ledger = "claims.toml"
    rounding = 0.0                  # extra relative tolerance: figures this close count as rounding (0.01 = 1 %)
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .knowledge import KnowledgeError, load_toml

KNOWN_KEYS = {"tables", "include", "exclude", "fail_on", "ledger", "rounding"}


@dataclass(frozen=True)
class Config:
    source: str | None = None  # the file it came from
    tables: tuple[str, ...] = ()
    include: tuple[str, ...] = (".",)
    exclude: tuple[str, ...] = ()
    fail_on: tuple[str, ...] = ("conflict", "rounding")
    ledger: str = "claims.toml"
    rounding: float = 0.0


def _line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def load(cwd: Path | None = None) -> Config:
    cwd = cwd or Path.cwd()
    own = cwd / "factcheck.toml"
    if os.path.lexists(own):
        text = _read(own)
        return _parse(str(own), text, load_toml(own, text), own.parent)
    py = cwd / "pyproject.toml"
    if os.path.lexists(py):
        text = _read(py)
        tool = load_toml(py, text).get("tool", {})
        if not isinstance(tool, dict):
            raise KnowledgeError(f"{py}:{_line_of(text, 'tool')}: `tool` must be a table")
        section = tool.get("factcheck")
        if section is not None:
            if not isinstance(section, dict):
                raise KnowledgeError(f"{py}: [tool.factcheck] must be a table")
            return _parse(str(py), text, section, py.parent)
    return Config()


def _read(path: Path) -> str:
    """A configuration file: a regular UTF-8 file of bounded size, else a KnowledgeError naming it."""
    from .fsutil import RefusedError, read_text

    try:
        return read_text(path)
    except RefusedError as exc:
        raise KnowledgeError(str(exc)) from None
    except UnicodeDecodeError as exc:
        raise KnowledgeError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _parse(name: str, text: str, data: dict, base: Path) -> Config:
    for key in data:
        if key not in KNOWN_KEYS:
            line = _line_of(text, key)
            where = f"{name}:{line}" if line else name
            raise KnowledgeError(f"{where}: unknown key {key!r} (known: {', '.join(sorted(KNOWN_KEYS))})")
    def strings(key: str, default):
        v = data.get(key, default)
        if not isinstance(v, list) or not all(isinstance(t, str) for t in v):
            raise KnowledgeError(f"{name}:{_line_of(text, key)}: `{key}` must be a list of strings")
        return tuple(v)

    fail_on = strings("fail_on", ["conflict", "rounding"])
    bad = set(fail_on) - {"conflict", "rounding", "consistent"}
    if bad:
        raise KnowledgeError(f"{name}:{_line_of(text, 'fail_on')}: unknown verdict {sorted(bad)[0]!r} in fail_on")
    ledger = data.get("ledger", "claims.toml")
    if not isinstance(ledger, str):
        raise KnowledgeError(f"{name}:{_line_of(text, 'ledger')}: `ledger` must be a file name")
    rounding = data.get("rounding", 0.0)
    if not isinstance(rounding, (int, float)) or isinstance(rounding, bool) or not 0 <= rounding < 1:
        raise KnowledgeError(f"{name}:{_line_of(text, 'rounding')}: `rounding` must be a number in [0, 1)")
    return Config(name, tuple(str(base / t) for t in strings("tables", [])), strings("include", ["."]),
                  strings("exclude", []), fail_on, ledger, float(rounding))


def excluded(path: str, patterns: tuple[str, ...]) -> bool:
    from fnmatch import fnmatch

    return any(fnmatch(path, p) or fnmatch(path, p.rstrip("/") + "/*") for p in patterns)
