"""Stage 1, read: find the source files under the given paths and turn each into a `Document`.

One reader per format, each a module with `read(data, shown) -> (text, origin[, date]) or a Skipped reason`:

    select.py    which files: suffixes, .gitignore, default excludes, symbolic links
    text.py      plain text: UTF-8, UTF-16/32 with a BOM, GB18030, Big5
    markdown.py  Markdown: code, link targets, comments, footnote markers and emphasis left out; front matter
    html.py      HTML: the visible text of the main content, blocks as lines, tables as pipe rows
    pdf.py       PDF (pypdfium2): lines by page, wraps and hyphens joined, running headers/footers dropped
    docx.py      Word: paragraphs and tables in reading order
    origin.py    the map from the text handed on back to page / line / column of the file as written

What a file holds is decided by its content where its name lies (a PDF named `.txt` is read as PDF; a binary
is never decoded as text). Every problem with one file becomes a `Skipped` entry (one line naming the file);
the run goes on.
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from ..model import Document, ReadResult, Skipped
from .select import DEFAULT_SUFFIXES, LINK_REASON, iter_files, normal_path, select_files  # noqa: F401
from .text import decode, looks_binary  # noqa: F401

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# magic numbers of binary files that are no document factcheck reads
_MAGIC = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "an executable"), (b"Rar!", "a RAR archive"),
          (b"7z\xbc\xaf", "a 7-Zip archive"),
          (b"\xd0\xcf\x11\xe0", "a legacy Office file (.doc/.xls/.ppt): save it as .docx to have it read"))
_TEXT_FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def _display(path: Path) -> str:
    return path.as_posix()


def sniff(data: bytes, suffix: str) -> str:
    """The format of a file: pdf, docx, html, markdown, text; or `zip`, `binary:<what>` for what is none."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"%PDF-":
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary:{what}"
    fmt = _TEXT_FORMATS.get(suffix.lower())
    if fmt:
        return fmt
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _zip_kind(data: bytes) -> str:
    import io
    import zipfile

    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "a damaged ZIP archive"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "a spreadsheet (.xlsx), not a document factcheck reads"
    if "ppt/presentation.xml" in names:
        return "a presentation (.pptx), not a document factcheck reads"
    return "a ZIP archive, not a document factcheck reads"


def load(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | Skipped:
    """A regular file's bytes, up to `max_bytes`, or why not."""
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
    return data


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | Skipped:
    data = load(path, max_bytes)
    if isinstance(data, Skipped):
        return data
    return read_bytes(data, _display(path), Path(path).suffix)


def read_bytes(data: bytes, shown: str, suffix: str = "", sha: str | None = None) -> Document | Skipped:
    """A file's bytes as a Document (or why not), by what they hold. A reader that fails on a hostile or
    damaged file costs that file only: one warning naming it, never the run."""
    try:
        return _read_bytes(data, shown, suffix, sha)
    except RecursionError:
        return Skipped(shown, "cannot read: nested too deeply", "unreadable")
    except Exception as exc:  # noqa: BLE001 - a reader's bug or a library's surprise on one file
        return Skipped(shown, f"cannot read ({type(exc).__name__}: {str(exc)[:200]})", "unreadable")


def _read_bytes(data: bytes, shown: str, suffix: str = "", sha: str | None = None) -> Document | Skipped:
    sha = sha or hashlib.sha256(data).hexdigest()
    fmt = sniff(data, suffix)
    if fmt == "zip":
        fmt = _zip_kind(data)
        if fmt == "a damaged ZIP archive" and suffix.lower() == ".docx":
            return Skipped(shown, "not a readable Word document (a damaged ZIP archive)", "unreadable")
        if fmt != "docx":
            return Skipped(shown, fmt, "binary")
    if fmt.startswith("binary:"):
        return Skipped(shown, fmt.split(":", 1)[1], "binary")
    if fmt in ("pdf", "docx"):
        try:
            from importlib import import_module

            reader = import_module(f".{fmt}", __name__)
        except ImportError as exc:  # an optional library missing
            return Skipped(shown, f"cannot read {fmt.upper()} files: {exc}", "unreadable")
        got = reader.read(data)
        if isinstance(got, Skipped):
            return Skipped(shown, got.reason, got.kind)
        text, origin, date = got
        return Document(shown, text, fmt, sha, len(data), origin=origin, format=fmt, date=date)
    if looks_binary(data):
        return Skipped(shown, "binary file (NUL bytes)", "binary")
    decoded = decode(data)
    if decoded is None:
        return Skipped(shown, "not valid UTF-8, UTF-16, GB18030 or Big5 text", "encoding")
    text, enc = decoded
    if fmt == "markdown":
        from . import markdown

        body, origin, date = markdown.read(text)
        return Document(shown, body, enc, sha, len(data), origin=origin, format=fmt, date=date)
    if fmt == "html":
        from . import html

        body, origin, date = html.read(text)
        return Document(shown, body, enc, sha, len(data), origin=origin, format=fmt, date=date)
    return Document(path=shown, text=text, encoding=enc, sha256=sha, size=len(data))


def read_paths(paths: list[str], suffixes: tuple[str, ...] = DEFAULT_SUFFIXES, max_bytes: int = DEFAULT_MAX_BYTES,
               no_ignore: bool = False) -> ReadResult:
    """Read every supported file under `paths`."""
    files, skipped = select_files(paths, suffixes, no_ignore=no_ignore)
    docs: list[Document] = []
    for f in files:
        got = read_file(f, max_bytes)
        (docs if isinstance(got, Document) else skipped).append(got)
    return ReadResult(tuple(docs), tuple(skipped))
