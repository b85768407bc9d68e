"""The claims store: an SQLite cache of each document's extracted and annotated claims.

Keyed by the document's content hash and the extractor's version (the package version and a digest of the
knowledge tables in use), so a rescan re-extracts only files whose content changed. A second table remembers
(path, size, mtime, ctime, inode) -> content hash, like git's index, so an unchanged file is not even read; a
file changed within the timestamp granularity is not remembered (it is hashed again next time). The store is
only a cache: deleting it loses nothing; a corrupt store of ours, or one written by another version, is
rebuilt with a warning; several processes may use it at once (WAL journal, busy timeout, one transaction per
write). It is created complete under a temporary name and linked into place, and marked with an SQLite
application id: a file at the store's path that is not provably ours (a document, a ledger, another program's
database, a device) is never written, deleted or rebuilt (StoreError).
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat as _stat
import tempfile
import time
from dataclasses import fields
from importlib import resources
from pathlib import Path

from . import __version__
from .fsutil import stat_or_none
from .model import Claim, Context

SCHEMA = 9  # 4: claims carry written_low / written_high; 5: application id, context words; 6: both; 7: page, cell;
# 8: the base a rate is stated per; 9: a subject's other names (aka)
DEFAULT_PATH = Path(".factcheck") / "claims.sqlite3"
APPLICATION_ID = 0x66636B31  # "fck1" in the SQLite header: this file is a factcheck claims store
_LEGACY_TABLES = {"meta", "docs", "files", "keys"}  # a 0.2.0 store carries no application id
RACY_NS = 2 * 10**9  # files changed this recently may change again within the same timestamp: not remembered


class StoreError(OSError):
    """The store's path holds something that is not provably a factcheck store; the message names it."""


def stat_key(st: os.stat_result) -> tuple[int, int, int, int]:
    """What says a file is unchanged without reading it (as git does): size, mtime, ctime, inode."""
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _path_key(path: str) -> bytes:
    """A file's path as stored: its bytes, so names that are not valid UTF-8 work too."""
    return os.fsencode(path)


def extractor_version(user_tables: tuple[str, ...] = ()) -> str:
    """Changes whenever the code version, the readers (the text a PDF, page or Word file yields), the extraction
    or context code, or any table that shapes claims changes."""
    h = hashlib.sha256(f"{__version__}/{SCHEMA}".encode())
    pkg = resources.files("factcheck")
    for folder in (pkg / "data", pkg, pkg / "read", pkg / "extract", pkg / "context"):
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            # (the code that shapes claims counts too, and every data file it reads)
            if entry.name.endswith((".toml", ".txt", ".txt.gz", ".tsv", ".py")):
                h.update(entry.name.encode())
                h.update(entry.read_bytes())
    for f in user_tables:
        try:
            h.update(Path(f).read_bytes())
        except OSError:
            h.update(f.encode())
    return h.hexdigest()[:20]


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim) if f.name not in ("path", "context"))
_CONTEXT_FIELDS = tuple(f.name for f in fields(Context))
_TUPLES = {i for i, n in enumerate(_CONTEXT_FIELDS) if n in ("topics", "basis", "modifiers", "words", "aka")}


def claim_to_row(c: Claim) -> list:
    """A claim as a flat list (field order of the dataclass; the path is the file's, stored apart)."""
    ctx = c.context
    return [getattr(c, f) for f in _CLAIM_FIELDS] + [None if ctx is None else [getattr(ctx, f) for f in _CONTEXT_FIELDS]]


def claim_from_row(row: list, path: str) -> Claim:
    *vals, ctx = row
    context = None
    if ctx is not None:
        context = Context(*(tuple(v) if i in _TUPLES else v for i, v in enumerate(ctx)))
    return Claim(path, *vals, context=context)  # path is the first field and context the last


class ClaimStore:
    def __init__(self, path: Path | str, version: str, warn=None):
        self.path = Path(path)
        self.version = version
        self.warn = warn or (lambda msg: None)
        self.groupable_only = False  # serve only claims that can join a group (subject and topics known)
        self.hits = 0  # documents served from the store in this run
        self.misses = 0  # documents extracted in this run
        self.conn = self._open()

    # ------------------------------------------------------------------ opening and rebuilding
    def _open(self) -> sqlite3.Connection:
        self._check_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.parent.name == ".factcheck":
            _create_exclusive(self.path.parent / ".gitignore", "# the claims store is a cache: never commit it\n*\n")
        if not os.path.lexists(self.path):
            self._create()
        elif not self._ours():
            raise StoreError(f"{self.path}: not a factcheck claims store; refusing to use or replace it "
                             "(choose another --store or remove the file)")
        try:
            conn = self._connect()
            row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if row is None or row[0] != self.version:
                self.warn(f"claims store {self.path} was written by another extractor version; rebuilding")
                conn.close()
                return self._rebuild()
            return conn
        except sqlite3.DatabaseError as exc:
            self.warn(f"claims store {self.path} is unreadable ({exc}); rebuilding")
            return self._rebuild()

    def _check_path(self) -> None:
        """No symbolic link may redirect our writes: not the folder, the store, its journal files."""
        for p in (self.path.parent, self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            if p.is_symlink():
                raise StoreError(f"{p}: a symbolic link; the claims store is not written through links")
        st = stat_or_none(self.path)
        if st is not None and not _stat.S_ISREG(st.st_mode):
            raise StoreError(f"{self.path}: not a regular file; refusing to use it as the claims store")

    def _ours(self) -> bool:
        """True when the file at the path is provably a factcheck store (our application id in the SQLite
        header, or the exact tables of a 0.2.0 store)."""
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(100)
        except OSError:
            return False
        if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
            return False
        app_id = int.from_bytes(head[68:72], "big")
        if app_id == APPLICATION_ID:
            return True
        if app_id != 0:
            return False
        try:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
            try:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                return tables == _LEGACY_TABLES and conn.execute(
                    "SELECT 1 FROM meta WHERE key = 'version'").fetchone() is not None
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            return False

    def _create(self) -> None:
        """A new, empty store, complete (marked, WAL) before it appears at the path: no other process ever
        sees a half-made file there, and an existing file is never replaced."""
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        try:
            conn = sqlite3.connect(tmp, isolation_level=None)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
            _create_tables(conn, self.version)
            conn.close()
            try:
                os.link(tmp, self.path)
            except FileExistsError:
                pass  # another process made it meanwhile: use theirs (checked as any existing file)
        finally:
            for suffix in ("", "-wal", "-shm"):
                try:
                    os.unlink(tmp + suffix)
                except FileNotFoundError:
                    pass
        if not self._ours():
            raise StoreError(f"{self.path}: not a factcheck claims store; refusing to use or replace it")

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        _create_tables(conn, self.version)
        return conn

    def _rebuild(self) -> sqlite3.Connection:
        """Only ever called on a file proven ours (`_ours`)."""
        for suffix in ("", "-wal", "-shm"):
            try:
                os.unlink(str(self.path) + suffix)
            except FileNotFoundError:
                pass
        self._create()
        conn = self._connect()
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self.version,))
        return conn

    def close(self) -> None:
        self.conn.close()

    # ------------------------------------------------------------------ reading and writing
    def known_file(self, path: str, st: os.stat_result | tuple) -> str | None:
        """The content hash of a file seen before with this size, mtime, ctime and inode, else None."""
        key = stat_key(st) if isinstance(st, os.stat_result) else st
        row = self.conn.execute("SELECT sha FROM files WHERE path = ? AND size = ? AND mtime_ns = ? AND ctime_ns = ? "
                                "AND ino = ?", (_path_key(path), *key)).fetchone()
        return row[0] if row else None

    def document(self, sha: str, path: str) -> tuple[str, list[Claim]] | None:
        """(lang, claims) stored for this content, with claims re-homed to `path`."""
        row = self.conn.execute("SELECT lang, claims FROM docs WHERE sha = ?", (sha,)).fetchone()
        if row is None:
            return None
        try:
            claims = [claim_from_row(r, path) for r in json.loads(row[1])]
            if self.groupable_only:  # the pre-commit path compares; it needs no other claim
                from .group import block_key

                claims = [c for c in claims if block_key(c) is not None]
        except (ValueError, TypeError, KeyError):
            return None  # an entry we cannot read is extracted again
        self.hits += 1
        return row[0], claims

    def put(self, path: str, key: tuple, sha: str, lang: str, claims: list[Claim]) -> None:
        payload = json.dumps([claim_to_row(c) for c in claims], ensure_ascii=False)
        self.misses += 1
        from .group import block_key

        keys = {self.key_id(k) for c in claims if (k := block_key(c)) is not None}
        self._write([("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)", (sha, lang, payload))]
                    + self._file_row(path, key, sha)
                    + [("INSERT OR IGNORE INTO keys VALUES (?, ?)", (k, sha)) for k in sorted(keys)])

    @staticmethod
    def _file_row(path: str, key: tuple, sha: str) -> list[tuple]:
        """The statement remembering a file's stat key, unless it changed too recently to be trusted."""
        if time.time_ns() - key[1] < RACY_NS:  # mtime: a later write in the same tick would keep it
            return []
        return [("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)", (_path_key(path), *key, sha))]

    def _write(self, statements) -> None:
        """One transaction; another process holding the lock is waited for (busy timeout), never corrupted."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for sql, args in statements:
                self.conn.execute(sql, args)
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.OperationalError:
                pass
            self.warn(f"claims store {self.path}: {exc}; result not cached")

    def remember_file(self, path: str, key: tuple, sha: str) -> None:
        rows = self._file_row(path, key, sha)
        if rows:
            self._write(rows)

    @staticmethod
    def key_id(key: tuple) -> str:
        """A grouping key (group.block_key) as a short stable string."""
        return hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:16]

    def has(self, sha: str) -> bool:
        return self.conn.execute("SELECT 1 FROM docs WHERE sha = ?", (sha,)).fetchone() is not None

    def shas_with_keys(self, keys: set[str]) -> set[str]:
        """Documents holding a claim with one of these grouping keys."""
        out: set[str] = set()
        keys_list = sorted(keys)
        for i in range(0, len(keys_list), 500):
            chunk = keys_list[i:i + 500]
            q = f"SELECT DISTINCT sha FROM keys WHERE key IN ({','.join('?' * len(chunk))})"
            out.update(r[0] for r in self.conn.execute(q, chunk))
        return out

    def shas(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT sha FROM docs")}


def _create_tables(conn: sqlite3.Connection, version: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("CREATE TABLE IF NOT EXISTS docs (sha TEXT PRIMARY KEY, lang TEXT NOT NULL, claims TEXT NOT NULL)")
    conn.execute("CREATE TABLE IF NOT EXISTS files (path BLOB PRIMARY KEY, size INTEGER NOT NULL, "
                 "mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL, ino INTEGER NOT NULL, sha TEXT NOT NULL)")
    conn.execute("CREATE TABLE IF NOT EXISTS keys (key TEXT NOT NULL, sha TEXT NOT NULL, PRIMARY KEY (key, sha))")
    conn.execute("INSERT OR IGNORE INTO meta VALUES ('version', ?)", (version,))
    conn.execute("COMMIT")


def _create_exclusive(path: Path, text: str) -> None:
    """Create `path` with `text` unless anything (a file, a link) is there already; never follow a link."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o666)
    except OSError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
