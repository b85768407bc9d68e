"""Every file factcheck writes or reads as configuration goes through here.

- `write_text`: the one writer. A regular file is replaced atomically (temporary file in the same folder,
  fsync, rename) keeping its mode and ownership; a symlink is written through to its target; anything that
  is not a regular file (a device, a FIFO, a terminal, /dev/stdout) is written in place; a directory, or a
  file in `protect` (the inputs, the ledger), is refused.
- `read_regular`: reads a regular file only (never a device, FIFO or socket), up to a size limit.
- `locked`: an exclusive lock for a read-modify-write of a file (held on its folder).
"""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

MAX_CONFIG_BYTES = 64 * 1024 * 1024  # ledgers, configurations, tables


class RefusedError(OSError):
    """A path factcheck will not read or write; the message names it."""


def _same(st: os.stat_result, other: os.stat_result | None) -> bool:
    return other is not None and (st.st_dev, st.st_ino) == (other.st_dev, other.st_ino)


def stat_or_none(path: Path | str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text(path: Path | str, text: str, protect: Iterable[tuple[str, Path | str]] = (),
               encoding: str = "utf-8") -> None:
    """Write `text` to `path` without ever destroying what the path does not hold for us.

    `protect`: (what, path) of files that must not be overwritten ("the ledger", "an input of this run")."""
    path = Path(path)
    st = stat_or_none(path)
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise RefusedError(f"{path}: is a directory")
        for what, other in protect:
            if _same(st, stat_or_none(other)):
                raise RefusedError(f"{path}: is {what}; refusing to overwrite it")
    data = text.encode(encoding, errors="backslashreplace")
    absolute = os.path.abspath(path)
    if st is not None and (not stat.S_ISREG(st.st_mode) or absolute.startswith(("/dev/", "/proc/"))):
        with open(path, "wb") as fh:  # a device, FIFO, terminal or /dev/stdout: in place
            fh.write(data)
        return
    target = Path(os.path.realpath(path))  # a symlink is written through to its target
    _replace(target, data, st)


def _replace(target: Path, data: bytes, st: os.stat_result | None) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if st is not None:
                with contextlib.suppress(OSError):  # keeping the owner needs privileges we may not have
                    os.fchown(fh.fileno(), st.st_uid, st.st_gid)
                os.fchmod(fh.fileno(), stat.S_IMODE(st.st_mode))
            else:
                os.fchmod(fh.fileno(), 0o666 & ~_umask())
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    write_text(path, text, encoding=encoding)


def read_regular(path: Path | str, limit: int = MAX_CONFIG_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; RefusedError for anything else."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)  # non-blocking: opening a FIFO must not hang
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise RefusedError(f"{path}: not a regular file")
        if st.st_size > limit:
            raise RefusedError(f"{path}: too large ({st.st_size:,} bytes > limit {limit:,})")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise RefusedError(f"{path}: too large (> limit {limit:,} bytes)")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text(path: Path | str, limit: int = MAX_CONFIG_BYTES) -> str:
    """A regular UTF-8 text file (a BOM is dropped); OSError or UnicodeDecodeError otherwise."""
    return read_regular(path, limit).decode("utf-8-sig")


def is_devnull(path: Path | str) -> bool:
    st = stat_or_none(path)
    null = stat_or_none(os.devnull)
    return st is not None and _same(st, null)


@contextlib.contextmanager
def locked(path: Path | str) -> Iterator[None]:
    """Hold an exclusive lock for a read-modify-write of `path`: an advisory lock (flock) on the folder of
    its resolved target, so that it survives the file being replaced and leaves no lock file behind."""
    try:
        import fcntl
    except ImportError:  # no flock on this platform: atomic replacement only
        yield
        return
    folder = os.path.dirname(os.path.realpath(path)) or "."
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock
