"""The stages wired together: read -> normalise -> extract (-> context -> group -> compare, next stages)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .extract import document_yuan, extract_lines
from .language import detect

from .model import Claim, Skipped, position
from .normalize import LazyLines
from .read import DEFAULT_MAX_BYTES
from .report.json_report import DocSummary


MAX_CLAIMS_PER_FILE = 50_000  # beyond this a file is not prose to check: its first claims are kept, with a warning


@dataclass(frozen=True)
class ClaimsRun:
    skipped: tuple[Skipped, ...]  # files not used, with the reason (sorted by path)
    documents: tuple[DocSummary, ...]
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...] = ()  # files read only in part (claim cap)


def _capped_extract(path: str, lines, cap: int) -> list[Claim]:
    """The claims of the lines in order, stopping after cap + 1 (the caller cuts and warns): bounded work and
    memory for a file packed with figures."""
    from .extract.tables import TableState

    claims: list[Claim] = []
    table = TableState()  # one for the document: a table's header names the money columns of the rows below
    for nl in lines:
        claims.extend(extract_lines(path, (nl,), table=table))
        if len(claims) > cap:
            return claims[:cap + 1]
    return claims


def _extract_file(path: str, max_bytes: int, with_context: bool, user_tables: tuple[str, ...],
                  known: frozenset[str] = frozenset(), max_claims: int = MAX_CLAIMS_PER_FILE):
    """One file, start to finish (runs in a worker process with --jobs): ("doc", summary, claims, stat) or
    ("known", summary-without-claims, None, stat) when the store already holds this content, or ("skip", …)."""
    import os

    import hashlib

    from .read import load, read_bytes
    from .store import stat_key

    try:
        st = os.stat(path)
    except OSError as exc:
        return ("skip", Skipped(Path(path).as_posix(), f"cannot read: {exc.strerror or exc}", "unreadable"), None, None,
                None)
    data = load(Path(path), max_bytes)
    if isinstance(data, Skipped):
        return ("skip", data, None, None, None)
    stat = stat_key(st)
    sha = hashlib.sha256(data).hexdigest()
    if sha in known:  # content seen before (a copy, a touched file): its claims are in the store, nothing parsed
        return ("known", DocSummary(Path(path).as_posix(), "", sha, 0), None, stat, None)
    got = read_bytes(data, Path(path).as_posix(), Path(path).suffix, sha)
    if isinstance(got, Skipped):
        return ("skip", got, None, None, None)
    summary, claims, note = _extract_document(got, with_context, user_tables, max_claims)
    return ("doc", summary, claims, stat, note)


def _extract_document(got, with_context: bool, user_tables: tuple[str, ...], max_claims: int):
    """(summary, claims, note) of one decoded document, positions in the file as written. The note says when
    the context stage failed on it: its claims are kept without what they are about (never compared), the
    other documents scanned as usual, and the user told which file to report."""
    lines = LazyLines(got.text)
    claims = document_yuan(_capped_extract(got.path, lines, max_claims), got.text)
    note = None
    if with_context:
        from .context import annotate, tables

        known = tables(user_tables)  # (a broken user table is the user's to fix: its error goes out as it is)
        try:
            claims = annotate(got, claims, known, lines)
        except Exception as exc:  # (a defect of ours on one page must not cost the user the whole scan)
            note = (f"{got.path}: internal error reading what its figures are about ({type(exc).__name__}: {exc}); "
                    f"its {len(claims)} figures are kept but not compared. Please report this file.")
    if got.origin is not None:  # positions in the file as written: page, line, column
        claims = [got.origin.place(c) for c in claims]
    return DocSummary(got.path, detect(got.text), got.sha256, len(claims)), claims, note


def read_stdin(name: str, data: bytes):
    """Standard input as a document named `name` (--stdin-filename; its suffix picks the reader), or a
    Skipped saying why not."""
    from .read import read_bytes

    if not data.strip():
        return Skipped(name, "empty input", "empty")
    return read_bytes(data, name, Path(name).suffix)


def run_claims(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES, with_context: bool = False,
               user_tables: tuple[str, ...] = (), exclude: tuple[str, ...] = (), store=None, jobs: int = 1,
               progress=None, focus: set[str] | None = None, follow_links: bool = False,
               max_claims: int = MAX_CLAIMS_PER_FILE, no_ignore: bool = False, exclude_root: str | None = None,
               stdin=None) -> ClaimsRun:
    """Read, normalise and extract (and, for a scan, attach what each figure is about).

    With a store, unchanged files are served from it without being read; with jobs > 1, the files to extract
    are shared among worker processes. The result is the same either way (documents in path order).
    With `focus` (the pre-commit path) and a store, unchanged documents are loaded only when they share a
    grouping key with a claim of the focus files: the others cannot meet them.
    `stdin`: a Document (or Skipped) read from standard input, taken with the files."""
    import os

    from .read import select_files

    files, skipped = (select_files(paths, follow_links=follow_links, exclude=exclude, no_ignore=no_ignore)
                      if paths else ([], []))
    # exclude patterns are also matched relative to the project root (the configuration's folder)
    todo = [f.as_posix() for f in files if not (exclude and _excluded(f.as_posix(), exclude, exclude_root))]
    results: dict[str, tuple] = {}
    pending: list[str] = []
    deferred: dict[str, str] = {}  # path -> sha of unchanged documents not loaded yet (focus mode)
    for shown in todo:
        if store is not None:
            try:
                sha = store.known_file(shown, os.stat(shown))
            except OSError:
                sha = None
            if sha and focus is not None and shown not in focus and store.has(sha):
                deferred[shown] = sha
                continue
            cached = store.document(sha, shown) if sha else None
            if cached is not None:
                lang, claims = cached
                results[shown] = ("doc", DocSummary(shown, lang, sha, len(claims)), claims, None)
                continue
        pending.append(shown)
    known = frozenset(store.shas()) if store is not None and pending else frozenset()
    warnings: list[str] = []
    for shown, res in zip(pending, _map(pending, max_bytes, with_context, user_tables, known, jobs, progress,
                                        max_claims)):
        kind, summary, claims, stat, note = res
        if kind == "known":
            cached = store.document(summary.sha256, shown)
            if cached is None:  # vanished from the store meanwhile: extract here
                kind, summary, claims, stat, note = _extract_file(shown, max_bytes, with_context, user_tables,
                                                            max_claims=max_claims)
            else:
                lang, claims = cached
                summary = DocSummary(shown, lang, summary.sha256, len(claims))
                store.remember_file(shown, stat, summary.sha256)
                results[shown] = ("doc", summary, claims, stat)
                continue
        if kind == "doc" and len(claims) > max_claims:
            warnings.append(f"{shown}: more than {max_claims:,} claims; only the first {max_claims:,} are used")
            claims = claims[:max_claims]
            summary = DocSummary(summary.path, summary.lang, summary.sha256, len(claims))
        if note:
            warnings.append(note)
        if kind == "doc" and not note and store is not None and stat is not None and \
                store.known_file(shown, stat) is None:
            store.put(shown, stat, summary.sha256, summary.lang, claims)
        results[shown] = (kind, summary, claims, stat)
    if deferred:
        from .group import block_key

        keys = {store.key_id(k) for res in results.values() if res[0] == "doc"
                for c in res[2] if c.path in focus and (k := block_key(c)) is not None}
        wanted = store.shas_with_keys(keys)
        for shown, sha in deferred.items():
            cached = store.document(sha, shown) if sha in wanted else None
            if cached is not None:
                results[shown] = ("doc", DocSummary(shown, cached[0], sha, len(cached[1])), cached[1], None)
    if isinstance(stdin, Skipped):
        skipped.append(stdin)
    elif stdin is not None:
        summary, claims, note = _extract_document(stdin, with_context, user_tables, max_claims)
        if note:
            warnings.append(note)
        results[stdin.path] = ("doc", summary, claims, None)
        todo = sorted({*todo, stdin.path})
    docs: list[DocSummary] = []
    claims_out: list[Claim] = []
    for shown in todo:
        if shown not in results:
            continue  # focus mode: an unchanged document that cannot meet the focus files
        kind, summary, claims, _ = results[shown]
        if kind == "skip":
            skipped.append(summary)
            continue
        docs.append(summary)
        claims_out.extend(claims)
    if with_context:
        from .context import anchored, declared, firm_names, romanised
        from .context.names_across import unify, variants

        claims_out = unify(claims_out)  # ("Leaning Tower" here, "Leaning Tower of Pisa" there: one subject)
        claims_out = variants(claims_out)  # ("Taklimakan Desert" here, "Taklamakan Desert" there: one)
        # ("Hon Hai Precision Industry" here, "Hon Hai" there: one; before the names pages declare, which then join
        # the name alone: "Hon Hai Precision Industry, also known as Foxconn")
        claims_out = firm_names.unify(claims_out)
        claims_out = declared.unify(claims_out)  # (Uluru here, "Ayers Rock, also known as Uluru" there: one)
        claims_out = anchored.unify(claims_out)  # (安赫尔瀑布 979米 here, Angel Falls 979 m there: one)
        claims_out = romanised.unify(claims_out)  # (莲花峰 here, "Lian Hua Feng" or "Lotus Peak" there: one)
    return ClaimsRun(tuple(sorted(skipped, key=lambda s: s.path)), tuple(docs), tuple(claims_out), tuple(warnings))


def _map(pending, max_bytes, with_context, user_tables, known, jobs, progress, max_claims):
    """The extraction of the pending files, in order, in this process or in `jobs` worker processes."""
    from functools import partial

    work = partial(_extract_file, max_bytes=max_bytes, with_context=with_context, user_tables=user_tables,
                   known=known, max_claims=max_claims)
    if jobs <= 1 or len(pending) < 4:  # a pool costs more than it saves on a handful of files
        for p in pending:
            res = work(p)
            if progress:
                progress()
            yield res
        return
    import os
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        for res in pool.map(work, pending, chunksize=max(1, min(32, len(pending) // (jobs * 8) or 1))):
            if progress:
                progress()
            yield res


def _die_with_parent(parent: int) -> None:
    """In each worker: die when the main process dies (SIGKILL, SIGTERM), never hold its pipes for minutes.
    Linux sends the parent-death signal; a watcher thread covers other systems and the start-up race."""
    import os
    import signal
    import threading
    import time

    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    first = os.getppid()

    def watch() -> None:
        while True:
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass
            if os.getppid() != first:
                os._exit(1)
            time.sleep(0.5)

    threading.Thread(target=watch, daemon=True).start()


def _excluded(path: str, patterns: tuple[str, ...], root: str | None = None) -> bool:
    from .config import excluded

    return excluded(path, patterns, root)


@dataclass(frozen=True)
class ScanRun:
    claims_run: ClaimsRun
    findings: tuple  # compare.Finding, in report order


def run_scan(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES, user_tables: tuple[str, ...] = (),
             exclude: tuple[str, ...] = (), rounding: float = 0.0, store=None, jobs: int = 1,
             progress=None, focus: set[str] | None = None, follow_links: bool = False,
             no_ignore: bool = False, exclude_root: str | None = None, stdin=None) -> ScanRun:
    """The whole pipeline: read, normalise, extract, context, group, compare."""
    from .compare import compare
    from .group import group_claims

    run = run_claims(paths, max_bytes, with_context=True, user_tables=user_tables, exclude=exclude, store=store,
                     jobs=jobs, progress=progress, focus=focus, follow_links=follow_links, no_ignore=no_ignore,
                     exclude_root=exclude_root, stdin=stdin)
    claims = list(run.claims)
    groups = group_claims(claims)
    if focus is not None:  # the pre-commit path: only groups that involve the staged files are judged
        groups = [g for g in groups if any(claims[i].path in focus for i in g.members)]
    findings = compare(claims, groups, rounding)
    return ScanRun(run, tuple(findings))


def apply_reviews(findings, ledger, claims=(), documents=(), rel=None):
    """Attach each finding's review (see reviews.py); findings reviewed "wrong" are dropped."""
    from .reviews import apply

    return apply(findings, ledger, claims, documents, rel)


def failing(findings, fail_on: set[str]) -> list:
    """Unreviewed findings whose verdict is in the fail-on set."""
    return [f for f in findings if f.verdict in fail_on and f.review is None]


def _locate(spec: str) -> tuple[str, int, int | None, int | None]:
    """FILE:LINE[:COL] or FILE:pPAGE:LINE[:COL] (a PDF) -> (file, line, column or None, page or None)."""
    parts = spec.rsplit(":", 3)
    nums = []
    while len(parts) > 1 and parts[-1].isdigit() and len(nums) < 2:
        nums.insert(0, int(parts.pop()))
    if not nums:
        raise ValueError(f"{spec}: expected FILE:LINE or FILE:LINE:COL")
    page = None
    if len(parts) > 1 and len(parts[-1]) > 1 and parts[-1][0] == "p" and parts[-1][1:].isdigit():
        page = int(parts.pop()[1:])
    return ":".join(parts), nums[0], nums[1] if len(nums) > 1 else None, page


def _claim_at(claims, path: str, line: int, col: int | None, spec: str, page: int | None = None):
    here = [c for c in claims if c.line <= line <= c.end_line and (page is None or c.page == page)]
    if col is not None and here:  # the figure at that column, else the nearest one on the line
        at = [c for c in here if c.column <= col < max(c.end_column, c.column + 1)]
        here = at or [min(here, key=lambda c: abs(c.column - col))]
    if not here:
        raise ValueError(f"{spec}: no figure on that line of {path}")
    return here[0]


def _grouped_together(claims: list, picked: list) -> bool:
    """The two picked claims share a group when the two files' claims are grouped."""
    from .group import group_claims

    at = [next(k for k, c in enumerate(claims) if c is p) for p in picked]
    return any(at[0] in g.members and at[1] in g.members for g in group_claims(claims))


def explain_pair(first: str, second: str) -> tuple[list[str], bool]:
    """The two frames side by side and the first facet that keeps them apart (or their verdict)."""
    from .compare import pair_verdict
    from .group import anchored_only, explain
    from .report.text_report import frame_text

    specs = [_locate(first), _locate(second)]
    run = run_claims(sorted({p for p, _, _, _ in specs}), with_context=True)
    if not run.documents:
        raise ValueError(f"cannot read {' or '.join(sorted({p for p, _, _, _ in specs}))}")
    picked = []
    for (path, line, col, page), spec in zip(specs, (first, second)):
        mine = [c for c in run.claims if Path(c.path) == Path(path)]
        picked.append(_claim_at(mine, path, line, col, spec, page))
    out = []
    for label, c in zip(("1", "2"), picked):
        out.append(f"{label}  {position(c)}  {c.text}")
        out.append(f"   {frame_text(c)}")
    apart = explain(*picked)
    if apart and _grouped_together(run.claims, picked):
        # (an amount naming no one joined the named cluster that retells it: group._retold_amounts_join_the_one_named)
        # (read with these two files alone: among more files a figure of another subject may fit it too, and then
        # it joins neither)
        out.append(f"compared: {pair_verdict(*picked)} (an amount that names no one joined the figures of "
                   f"{picked[0].context.subject or picked[1].context.subject} it retells, these two files read "
                   f"alone; alone they differ: {apart})")
        return out, True
    if apart:
        out.append(f"not compared: {apart}")
        return out, False
    out.append(f"compared: {pair_verdict(*picked)}")
    anchored = anchored_only(*picked)
    if anchored:
        out.append(anchored)
    return out, True
