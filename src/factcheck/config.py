"""Configuration: one file, found once, honoured by every command.

Found like ruff finds its own: `--config FILE`, else the nearest `factcheck.toml`, or `pyproject.toml` with a
`[tool.factcheck]` table, in the working directory or a folder above it, up to the repository root (the folder
holding `.git`). Without one, the defaults apply and the project root is the repository root (else the
working directory). Paths in the file (include, ledger, tables) and exclude patterns are relative to the
folder of the file.

Recognised keys, in either spelling (`fail_on` or `fail-on`); an unknown key is an error naming the file, its
line and the nearest valid key:

    include = ["sources"]           # what `factcheck scan` without paths and the hook read (default ".")
    exclude = ["drafts/*", "*.tmp.md"]  # glob patterns of files to leave out
    fail_on = ["conflict", "rounding"]  # verdicts that fail when unreviewed (["none"]: never)
    ledger = "claims.toml"          # the review ledger
    rounding = 0.0                  # extra relative tolerance: figures this close count as rounding (0.01 = 1 %)
    tables = ["my_entities.toml"]   # extra alias/concept tables
    output_format = "text"          # default --format of `scan`: text, json, github, sarif
"""
from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .knowledge import KnowledgeError, load_toml

KNOWN_KEYS = ("include", "exclude", "fail_on", "ledger", "rounding", "tables", "output_format")
VERDICTS = ("conflict", "rounding", "consistent")
FORMATS = ("text", "json", "github", "sarif")
NAMES = ("factcheck.toml", "pyproject.toml")


@dataclass(frozen=True)
class Config:
    source: str | None = None  # the file it came from
    root: str = "."  # the project root: the folder of the file, else the repository root, else the cwd
    tables: tuple[str, ...] = ()  # absolute or relative to the working directory
    include: tuple[str, ...] = (".",)  # as written (relative to root)
    exclude: tuple[str, ...] = ()
    fail_on: tuple[str, ...] = ("conflict", "rounding")
    ledger: str = "claims.toml"  # resolved against root (see ledger_path)
    rounding: float = 0.0
    output_format: str | None = None

    def ledger_path(self) -> Path:
        return _shown(os.path.join(self.root, self.ledger))

    def include_paths(self) -> list[str]:
        """The include paths as the working directory sees them."""
        return [str(_shown(os.path.join(self.root, p))) for p in self.include]


def _shown(path: str) -> Path:
    """A path relative to the working directory when it lies under it, else absolute."""
    full = os.path.normpath(os.path.abspath(path))
    rel = os.path.relpath(full, os.getcwd())
    return Path(full if rel == ".." or rel.startswith("../") else rel)


def repository_root(start: Path | None = None) -> Path | None:
    """The nearest folder at or above `start` holding `.git` (a folder, or a file in a worktree)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if os.path.lexists(folder / ".git"):
            return folder
    return None


def find(cwd: Path | None = None) -> Path | None:
    """The configuration file that applies in `cwd`: the nearest factcheck.toml or pyproject.toml with
    [tool.factcheck], walking up to the repository root (or the filesystem root outside a repository)."""
    here = (cwd or Path.cwd()).resolve()
    top = repository_root(here)
    for folder in (here, *here.parents):
        own = folder / "factcheck.toml"
        if os.path.lexists(own):
            return own
        py = folder / "pyproject.toml"
        if os.path.lexists(py) and _has_section(py):
            return py
        if top is not None and folder == top:
            break
    return None


def _has_section(py: Path) -> bool:
    """Whether a pyproject.toml configures factcheck (a broken one does: load() says what is wrong)."""
    try:
        data = load_toml(py, _read(py))
    except KnowledgeError:
        return True
    tool = data.get("tool")
    return tool is not None and (not isinstance(tool, dict) or "factcheck" in tool)


def load(explicit: Path | str | None = None, cwd: Path | None = None) -> Config:
    """The configuration: `explicit` (--config), else the one found from `cwd`; KnowledgeError with file and
    line when it is broken."""
    if explicit is not None:
        path = Path(explicit)
        if not os.path.lexists(path):
            raise KnowledgeError(f"{path}: configuration file not found")
    else:
        path = find(cwd)
        if path is None:
            top = repository_root(cwd)
            return Config(root=str(top) if top is not None else str(cwd or Path.cwd()))
    text = _read(path)
    data = load_toml(path, text)
    base = str(path.resolve().parent)
    if path.name == "pyproject.toml" or (path.name != "factcheck.toml" and set(data) == {"tool"}):
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise KnowledgeError(f"{path}:{_line_of(text, 'tool')}: `tool` must be a table")
        section = tool.get("factcheck")
        if section is None:
            if explicit is not None:
                raise KnowledgeError(f"{path}: no [tool.factcheck] table")
            return Config(root=base)
        if not isinstance(section, dict):
            raise KnowledgeError(f"{path}: [tool.factcheck] must be a table")
        return _parse(str(path), text, section, base, "tool.factcheck")
    return _parse(str(path), text, data, base, None)


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


def _section_span(text: str, table: str | None) -> tuple[int, int]:
    """Where the keys of `table` ("tool.factcheck"; None: the top level) are written in `text`."""
    headers = list(re.finditer(r"^[ \t]*\[{1,2}[ \t]*([^\]\n]+?)[ \t]*\]{1,2}[ \t]*(?:#.*)?$", text, re.M))
    if table is None:
        return 0, headers[0].start() if headers else len(text)
    want = table.replace(" ", "")
    for n, h in enumerate(headers):
        if h.group(1).replace(" ", "").replace('"', "") == want:
            return h.end(), headers[n + 1].start() if n + 1 < len(headers) else len(text)
    return 0, len(text)


def _line_of(text: str, key: str, table: str | None = None) -> int | None:
    start, end = _section_span(text, table)
    pattern = rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*="
    m = re.compile(pattern, re.M).search(text, start, end)
    if m is None and table:  # a dotted key at the top: tool.factcheck.fail_on = …
        m = re.compile(rf"^[ \t]*{re.escape(table)}\.{re.escape(key)}[ \t]*=", re.M).search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _parse(name: str, text: str, data: dict, base: str, table: str | None) -> Config:
    def where(key: str) -> str:
        line = _line_of(text, key, table)
        return f"{name}:{line}" if line else name

    values: dict = {}
    for key, value in data.items():
        canon = key.replace("-", "_")
        if canon not in KNOWN_KEYS:
            near = difflib.get_close_matches(canon, KNOWN_KEYS, n=1, cutoff=0.6)
            hint = f"; did you mean {near[0]!r}?" if near else f" (known: {', '.join(KNOWN_KEYS)})"
            raise KnowledgeError(f"{where(key)}: unknown key {key!r}{hint}")
        if canon in values:
            raise KnowledgeError(f"{where(key)}: {key!r} given twice (as {values[canon][0]!r} too)")
        values[canon] = (key, value)

    def get(canon: str, default):
        return values[canon][1] if canon in values else default

    def at(canon: str) -> str:
        return where(values[canon][0]) if canon in values else name

    def strings(canon: str, default):
        v = get(canon, default)
        if not isinstance(v, list) or not all(isinstance(t, str) for t in v):
            raise KnowledgeError(f"{at(canon)}: `{canon}` must be a list of strings")
        return tuple(v)

    fail_on = strings("fail_on", ["conflict", "rounding"])
    bad = [v for v in fail_on if v not in VERDICTS and v != "none"]
    if bad:
        near = difflib.get_close_matches(bad[0], VERDICTS, n=1)
        hint = f"; did you mean {near[0]!r}?" if near else f" (one of {', '.join(VERDICTS)}, none)"
        raise KnowledgeError(f"{at('fail_on')}: unknown verdict {bad[0]!r} in fail_on{hint}")
    fail_on = tuple(v for v in fail_on if v != "none")
    ledger = get("ledger", "claims.toml")
    if not isinstance(ledger, str) or not ledger.strip():
        raise KnowledgeError(f"{at('ledger')}: `ledger` must be a file name")
    rounding = get("rounding", 0.0)
    if not isinstance(rounding, (int, float)) or isinstance(rounding, bool) or not 0 <= rounding < 1:
        raise KnowledgeError(f"{at('rounding')}: `rounding` must be a number in [0, 1)")
    fmt = get("output_format", None)
    if fmt is not None and fmt not in FORMATS:
        raise KnowledgeError(f"{at('output_format')}: `output_format` must be one of {', '.join(FORMATS)}")
    include = strings("include", ["."])
    tables = tuple(str(_shown(os.path.join(base, t))) for t in strings("tables", []))
    return Config(name, base, tables, include, strings("exclude", []), fail_on, ledger, float(rounding), fmt)


def excluded(path: str, patterns: tuple[str, ...], root: str | None = None) -> bool:
    """Whether `path` (as shown) matches an exclude pattern, as written or relative to `root`."""
    from fnmatch import fnmatch

    if not patterns:
        return False
    forms = {path}
    if root is not None:
        full = os.path.abspath(path)
        rel = os.path.relpath(full, root)
        if not rel.startswith(".."):
            forms.add(rel.replace(os.sep, "/"))
    return any(fnmatch(f, p) or fnmatch(f, p.rstrip("/") + "/*") for f in forms for p in patterns)
