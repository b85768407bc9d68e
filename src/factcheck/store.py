"""The claims store: an SQLite cache of each document's extracted and annotated claims.

Keyed by the document's content hash and the extractor's version (the package version and a digest of the
knowledge tables in use), so a rescan re-extracts only files whose content changed. A second table remembers
(path, size, mtime) -> content hash, so an unchanged file is not even read. The store is only a cache:
deleting it loses nothing; a corrupt store, or one written by another version, is rebuilt with a warning;
several processes may use it at once (WAL journal, busy timeout, one transaction per write).
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import fields
from importlib import resources
from pathlib import Path

from . import __version__
from .model import Claim, Context

SCHEMA = 4  # 4: claims carry written_low / written_high
DEFAULT_PATH = Path(".factcheck") / "claims.sqlite3"


def extractor_version(user_tables: tuple[str, ...] = ()) -> str:
    """Changes whenever the code version or any table that shapes claims changes."""
    h = hashlib.sha256(f"{__version__}/{SCHEMA}".encode())
    data = resources.files("factcheck") / "data"
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".toml", ".txt")):
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
_TUPLES = {i for i, n in enumerate(_CONTEXT_FIELDS) if n in ("topics", "basis", "modifiers")}


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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        ignore = self.path.parent / ".gitignore"
        if self.path.parent.name == ".factcheck" and not ignore.exists():
            ignore.write_text("# the claims store is a cache: never commit it\n*\n", encoding="utf-8")
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

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("CREATE TABLE IF NOT EXISTS docs (sha TEXT PRIMARY KEY, lang TEXT NOT NULL, claims TEXT NOT NULL)")
        conn.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, "
                     "mtime_ns INTEGER NOT NULL, sha TEXT NOT NULL)")
        conn.execute("CREATE TABLE IF NOT EXISTS keys (key TEXT NOT NULL, sha TEXT NOT NULL, PRIMARY KEY (key, sha))")
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('version', ?)", (self.version,))
        conn.execute("COMMIT")
        return conn

    def _rebuild(self) -> sqlite3.Connection:
        for suffix in ("", "-wal", "-shm"):
            try:
                os.unlink(str(self.path) + suffix)
            except FileNotFoundError:
                pass
        conn = self._connect()
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self.version,))
        return conn

    def close(self) -> None:
        self.conn.close()

    # ------------------------------------------------------------------ reading and writing
    def known_file(self, path: str, size: int, mtime_ns: int) -> str | None:
        """The content hash of a file seen before with this size and mtime, else None."""
        row = self.conn.execute("SELECT sha FROM files WHERE path = ? AND size = ? AND mtime_ns = ?",
                                (path, size, mtime_ns)).fetchone()
        return row[0] if row else None

    def document(self, sha: str, path: str) -> tuple[str, list[Claim]] | None:
        """(lang, claims) stored for this content, with claims re-homed to `path`."""
        row = self.conn.execute("SELECT lang, claims FROM docs WHERE sha = ?", (sha,)).fetchone()
        if row is None:
            return None
        try:
            rows = json.loads(row[1])
            if self.groupable_only:  # the pre-commit path compares; it needs no other claim
                rows = [r for r in rows if r[-1] is not None and r[-1][0] and r[-1][1]]
            claims = [claim_from_row(r, path) for r in rows]
        except (ValueError, TypeError, KeyError):
            return None  # an entry we cannot read is extracted again
        self.hits += 1
        return row[0], claims

    def put(self, path: str, size: int, mtime_ns: int, sha: str, lang: str, claims: list[Claim]) -> None:
        payload = json.dumps([claim_to_row(c) for c in claims], ensure_ascii=False)
        self.misses += 1
        from .group import block_key

        keys = {self.key_id(k) for c in claims if (k := block_key(c)) is not None}
        self._write([("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)", (sha, lang, payload)),
                     ("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", (path, size, mtime_ns, sha))]
                    + [("INSERT OR IGNORE INTO keys VALUES (?, ?)", (k, sha)) for k in sorted(keys)])

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

    def remember_file(self, path: str, size: int, mtime_ns: int, sha: str) -> None:
        self._write([("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", (path, size, mtime_ns, sha))])

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
