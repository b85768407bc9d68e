"""Which files to read: the paths named, and under folders the files of a type factcheck reads.

- By suffix, case-insensitive: `.txt .md .markdown .pdf .html .htm .docx` (`suffixes`), plus any file matching
  an `include` glob; `exclude` globs leave files out. A file named directly is always read (the user named it);
  what it holds is decided by its content, not its name (`read.sniff`).
- `.gitignore` files (of the folder, of every folder up to the repository root, and `.git/info/exclude`) are
  honoured with git's rules (pathspec), and so are default excludes: virtual environments (a folder holding
  `pyvenv.cfg` or `conda-meta`), `node_modules`, `site-packages`, `__pycache__`, `.tox`, `.nox`. Hidden
  entries (`.git`, `.venv`) are never walked. `no_ignore` reads everything that is not hidden.
- Symbolic links under a folder that lead outside every path given are not followed unless `follow_links`.
- Files of a type factcheck does not read are returned as `Skipped(kind="unsupported")`: the command line
  counts them in one line by suffix, never silently.
"""
from __future__ import annotations

import os
from fnmatch import fnmatch
from pathlib import Path

from ..model import Skipped

DEFAULT_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".html", ".htm", ".docx")
DEFAULT_EXCLUDED_DIRS = frozenset({"node_modules", "site-packages", "__pycache__", ".tox", ".nox", ".git"})
LINK_REASON = "symbolic link leaving the scanned paths (not followed; --follow-links to follow)"


def _display(path: Path) -> str:
    return path.as_posix()


def normal_path(raw: str | Path, root: str | None = None) -> str:
    """A path as every stage and report shows it, computed once here: POSIX, normalised (no `.` or `..`),
    relative to the working directory (the repository root) when it lies under it, else absolute. One file
    named two ways (`docs/a.txt`, `./docs/a.txt`, `/abs/docs/a.txt`) gets one name."""
    root = root or os.getcwd()
    full = os.path.normpath(os.path.join(root, os.fspath(raw)))
    rel = os.path.relpath(full, root)
    shown = full if rel == ".." or rel.startswith("../") else rel
    return Path(shown).as_posix()


def excluded(path: str, patterns: tuple[str, ...]) -> bool:
    """A glob pattern matches the path, or a folder pattern a folder above it (`drafts/*`, `drafts/`)."""
    return any(fnmatch(path, p) or fnmatch(path, p.rstrip("/") + "/*") for p in patterns)


def _inside(real: str, roots: list[str]) -> bool:
    return any(real == r or real.startswith(r.rstrip("/") + "/") for r in roots)


def is_virtualenv(folder: Path) -> bool:
    return (folder / "pyvenv.cfg").is_file() or (folder / "conda-meta").is_dir()


class Ignore:
    """git's ignore rules for one walk: a stack of (folder, spec), outermost first; the last match wins."""

    def __init__(self, specs: tuple[tuple[str, object], ...] = ()):
        self.specs = specs

    @staticmethod
    def _load(folder: Path, file: Path):
        try:
            lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return None
        import pathspec  # only when a folder has ignore rules

        return (os.path.abspath(folder), pathspec.GitIgnoreSpec.from_lines(lines))

    @classmethod
    def above(cls, top: Path) -> "Ignore":
        """The rules in force at `top`: .git/info/exclude and the .gitignore of every folder from the repository
        root down to (not including) `top`."""
        top = Path(os.path.abspath(top))
        chain = [top, *top.parents]
        repo = next((p for p in chain if (p / ".git").exists()), None)
        if repo is None:
            return cls()
        specs = []
        info = cls._load(repo, repo / ".git" / "info" / "exclude") if (repo / ".git").is_dir() else None
        if info:
            specs.append(info)
        for folder in reversed(chain[1:chain.index(repo) + 1]):
            if (folder / ".gitignore").is_file():
                got = cls._load(folder, folder / ".gitignore")
                if got:
                    specs.append(got)
        return cls(tuple(specs))

    def entering(self, folder: Path) -> "Ignore":
        gi = folder / ".gitignore"
        if gi.is_file():
            got = self._load(folder, gi)
            if got:
                return Ignore(self.specs + (got,))
        return self

    def ignored(self, path: Path, is_dir: bool) -> bool:
        full = os.path.abspath(path)
        verdict = None
        for base, spec in self.specs:
            if not full.startswith(base.rstrip("/") + "/"):
                continue
            rel = full[len(base.rstrip("/")) + 1:] + ("/" if is_dir else "")
            res = spec.check_file(rel)
            if res.include is not None:
                verdict = res.include
        return bool(verdict)


def iter_files(paths: list[str], follow_links: bool = False, no_ignore: bool = True) -> tuple[list[Path], list[Skipped]]:
    """The files under `paths` (normalised names, path order, each once) and what could not be listed.

    Folders are walked without recursion (any depth), hidden entries left out, symlink loops cut. A symbolic
    link under a folder whose target lies outside every given path is skipped unless `follow_links`; paths
    named directly are followed (the user named them). Unless `no_ignore`, .gitignore rules and the default
    excludes apply under folders."""
    root = os.getcwd()
    roots = [os.path.realpath(p) for p in paths]
    files: dict[str, Path] = {}
    problems: list[Skipped] = []
    for raw in paths:
        p = Path(normal_path(raw, root))
        if not os.path.lexists(p):
            problems.append(Skipped(_display(p), "no such file or directory", "unreadable"))
        elif p.is_dir():
            _walk(p, roots, follow_links, files, problems, None if no_ignore else Ignore.above(p))
        else:
            files[_display(p)] = p
    return [files[k] for k in sorted(files)], problems


def _walk(top: Path, roots: list[str], follow_links: bool, files: dict[str, Path], problems: list[Skipped],
          ignore: Ignore | None) -> None:
    seen_dirs: set[tuple[int, int]] = set()
    stack: list[tuple[Path, Ignore | None]] = [(top, ignore)]
    while stack:
        folder, rules = stack.pop()
        try:
            st = os.stat(folder)
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append(Skipped(_display(folder), f"cannot read: {exc.strerror or exc}", "unreadable"))
            continue
        if (st.st_dev, st.st_ino) in seen_dirs:  # a symlink loop: do not walk it again
            problems.append(Skipped(_display(folder), "directory already visited (symlink loop)", "unreadable"))
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        if rules is not None:
            rules = rules.entering(folder)
        subdirs = []
        for e in entries:
            if e.name.startswith("."):
                continue
            path = folder / e.name
            try:
                if e.is_symlink() and not follow_links and not _inside(os.path.realpath(path), roots):
                    problems.append(Skipped(_display(path), LINK_REASON, "link"))
                    continue
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            if rules is not None:
                if rules.ignored(path, is_dir):
                    continue
                if is_dir and (e.name in DEFAULT_EXCLUDED_DIRS or is_virtualenv(path)):
                    continue
            if is_dir:
                subdirs.append(path)
            else:
                files[_display(path)] = path
        stack.extend((d, rules) for d in reversed(subdirs))


def select_files(paths: list[str], suffixes: tuple[str, ...] = DEFAULT_SUFFIXES, follow_links: bool = False,
                 include: tuple[str, ...] = (), exclude: tuple[str, ...] = (),
                 no_ignore: bool = False) -> tuple[list[Path], list[Skipped]]:
    """The files to read under `paths` and what was left out, with the reason: files named directly whatever
    their suffix; under folders, supported suffixes and `include` globs, less `exclude` globs and ignored files."""
    files, skipped = iter_files(paths, follow_links, no_ignore)
    named = {Path(normal_path(p)) for p in paths}
    wanted = tuple(s.lower() for s in suffixes)
    chosen: list[Path] = []
    for f in files:
        shown = f.as_posix()
        if exclude and excluded(shown, exclude):
            continue
        if f in named or f.suffix.lower() in wanted or (include and any(fnmatch(shown, p) or fnmatch(f.name, p)
                                                                         for p in include)):
            chosen.append(f)
        else:
            skipped.append(Skipped(shown, f"unsupported file type {f.suffix.lower() or '(none)'}", "unsupported"))
    return chosen, skipped


def unsupported_line(skipped) -> str | None:
    """"skipped 3 files of types factcheck does not read: .xlsx (2), .pptx (1)", or None."""
    from collections import Counter

    kinds = Counter(Path(s.path).suffix.lower() or "(no suffix)" for s in skipped if s.kind == "unsupported")
    if not kinds:
        return None
    n = sum(kinds.values())
    listed = ", ".join(f"{k} ({v})" for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"skipped {n} file{'s' if n != 1 else ''} of types factcheck does not read: {listed}"
