"""Stage 1, read: find the source files under the given paths and decode them.

Every problem with one file becomes a `Skipped` entry (one line naming the file); the run goes on.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import stat
from pathlib import Path

from .model import Document, ReadResult, Skipped

DEFAULT_SUFFIXES = (".txt", ".md")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy Chinese encodings, told apart by charset-normalizer when the bytes are not UTF-8.
_LEGACY = ("big5", "gb18030")


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


LINK_REASON = "symbolic link leaving the scanned paths (not followed; --follow-links to follow)"


def _inside(real: str, roots: list[str]) -> bool:
    return any(real == r or real.startswith(r.rstrip("/") + "/") for r in roots)


def iter_files(paths: list[str], follow_links: bool = False) -> tuple[list[Path], list[Skipped]]:
    """The files under `paths` (normalised names, path order, each once) and what could not be listed.

    Folders are walked without recursion (any depth), hidden entries left out, symlink loops cut. A symbolic
    link under a folder whose target lies outside every given path is skipped unless `follow_links`; paths
    named directly are followed (the user named them)."""
    root = os.getcwd()
    roots = [os.path.realpath(p) for p in paths]
    files: dict[str, Path] = {}
    problems: list[Skipped] = []
    for raw in paths:
        p = Path(normal_path(raw, root))
        if not os.path.lexists(p):
            problems.append(Skipped(_display(p), "no such file or directory", "unreadable"))
        elif p.is_dir():
            _walk(p, roots, follow_links, files, problems)
        else:
            files[_display(p)] = p
    return [files[k] for k in sorted(files)], problems


def _walk(top: Path, roots: list[str], follow_links: bool, files: dict[str, Path], problems: list[Skipped]) -> None:
    seen_dirs: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
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
            if is_dir:
                subdirs.append(path)
            else:
                files[_display(path)] = path
        stack.extend(reversed(subdirs))


def decode(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) or None when no supported encoding fits."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only for the rare non-UTF-8 file

    best = charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is None or best.encoding not in _LEGACY:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except UnicodeDecodeError:
        return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 BOM file mean binary."""
    head = data[:8192]
    if any(head.startswith(b) for b, _ in _BOMS):
        return False
    return b"\x00" in head


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | Skipped:
    shown = _display(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        return Skipped(shown, f"cannot read: {exc.strerror or exc}", "unreadable")
    if not stat.S_ISREG(st.st_mode):
        return Skipped(shown, "not a regular file", "unreadable")
    if st.st_size > max_bytes:
        return Skipped(shown, f"too large ({st.st_size:,} bytes > limit {max_bytes:,})", "too_large")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return Skipped(shown, f"cannot read: {exc.strerror or exc}", "unreadable")
    if len(data) > max_bytes:
        return Skipped(shown, f"too large (> limit {max_bytes:,} bytes)", "too_large")
    if not data.strip():
        return Skipped(shown, "empty file", "empty")
    if looks_binary(data):
        return Skipped(shown, "binary file (NUL bytes)", "binary")
    decoded = decode(data)
    if decoded is None:
        return Skipped(shown, "not valid UTF-8, UTF-16, GB18030 or Big5 text", "encoding")
    text, enc = decoded
    return Document(path=shown, text=text, encoding=enc, sha256=hashlib.sha256(data).hexdigest(), size=len(data))


def select_files(paths: list[str], suffixes: tuple[str, ...] = DEFAULT_SUFFIXES,
                 follow_links: bool = False) -> tuple[list[Path], list[Skipped]]:
    """The files to read under `paths` (supported suffixes; files named directly whatever their suffix) and
    what was left out, with the reason."""
    files, skipped = iter_files(paths, follow_links)
    named = {Path(normal_path(p)) for p in paths}
    chosen: list[Path] = []
    for f in files:
        if f not in named and f.suffix.lower() not in suffixes:
            skipped.append(Skipped(_display(f), f"unsupported file type {f.suffix or '(none)'}", "unsupported"))
        else:
            chosen.append(f)
    return chosen, skipped


def read_paths(
    paths: list[str], suffixes: tuple[str, ...] = DEFAULT_SUFFIXES, max_bytes: int = DEFAULT_MAX_BYTES
) -> ReadResult:
    """Read every supported file under `paths`."""
    files, skipped = select_files(paths, suffixes)
    docs: list[Document] = []
    for f in files:
        got = read_file(f, max_bytes)
        (docs if isinstance(got, Document) else skipped).append(got)
    return ReadResult(tuple(docs), tuple(skipped))
