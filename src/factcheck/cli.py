"""The command line: a thin shell over the pipeline. Exit codes: 0 fine, 1 findings fail the threshold,
2 usage, configuration, input or output error (one line naming the file, never a traceback)."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None, help="factcheck: find where your sources disagree on figures.")


class Format(str, Enum):
    text = "text"
    json = "json"


class ScanFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class Suppressed(str, Enum):
    omit = "omit"
    include = "include"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")) -> None:
    pass


# ------------------------------------------------------------------ small helpers
def _fail(message: str) -> None:
    """One line on stderr, exit 2."""
    from .sanitize import clean

    typer.echo(f"error: {clean(message)}", err=True)
    raise typer.Exit(2)


def _write(text: str, output: Optional[Path], protect=()) -> None:
    """The report to stdout or to FILE; never onto `protect` ((what, path) pairs: the ledger, the inputs)."""
    if output is None or str(output) == "-":  # a file name that is not UTF-8 stays visible: \udcXX
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8", errors="backslashreplace"))
        sys.stdout.buffer.flush()
        return
    from .fsutil import write_text

    try:
        write_text(output, text, protect=protect)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        _fail(f"cannot write {output}: {reason}" if exc.strerror else reason)


def _save(ledger) -> None:
    from .ledger import LedgerError

    try:
        ledger.save()
    except LedgerError as exc:
        _fail(str(exc))


def _say(message: str) -> None:
    """One line on stdout, cleaned of control characters (it may hold paths and fingerprints)."""
    from .sanitize import clean

    typer.echo(clean(message))


def _note(message: str) -> None:
    from .report.text_report import warn

    warn(message)


def _inputs(run, *others) -> list[tuple[str, str]]:
    """What `-o` must never overwrite: every file read or skipped, the ledger, configuration and tables."""
    named = [("an input of this run", d.path) for d in run.documents if d.path != "-"]
    named += [("an input of this run", s.path) for s in run.skipped]
    return named + [(what, str(p)) for what, p in others if p]


# ------------------------------------------------------------------ options shared by the commands
PATHS = typer.Argument(None, metavar="PATH", show_default=False,
                       help="Files or folders to read (.txt .md .pdf .html .docx under folders); '-' reads standard input. "
                            "Default: `include` of the configuration.")
FORMAT = typer.Option(Format.text, "--format", "-f", help="Output format.")
OUTPUT = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the report to FILE ('-': stdout).")
STRICT = typer.Option(False, "--strict", help="Exit 2 when any input file was skipped.")
FOLLOW = typer.Option(False, "--follow-links", help="Follow symbolic links that leave the paths given.")
NO_IGNORE = typer.Option(False, "--no-ignore", help="Also read files .gitignore and the default excludes "
                         "(virtual environments, node_modules) leave out.")
MAX_SIZE = typer.Option(20 * 1024 * 1024, "--max-size", metavar="BYTES", min=1,
                        help="Skip files larger than this.")
CONFIG = typer.Option(None, "--config", metavar="FILE", show_default=False,
                      help="Configuration file (default: the nearest factcheck.toml or pyproject.toml with "
                           "[tool.factcheck], up to the repository root).")
TABLES = typer.Option([], "--tables", metavar="FILE", show_default=False,
                      help="Extra alias/concept table (TOML); repeatable.")
LEDGER = typer.Option(None, "--ledger", metavar="FILE", show_default=False,
                      help="The review ledger (default: `ledger` of the configuration, else claims.toml at the "
                           "project root).")
FAIL_ON = typer.Option(None, "--fail-on", metavar="VERDICTS", show_default=False,
                       help="Verdicts that fail the run when unreviewed (comma-separated; 'none' never fails). "
                            "Default: fail_on of the configuration, else conflict,rounding.")
JOBS = typer.Option(None, "--jobs", "-j", metavar="N", min=1, show_default=False,
                    help="Worker processes for extraction (default: all cores).")
STORE = typer.Option(None, "--store", metavar="FILE", show_default=False,
                     help="Claims store (SQLite cache; default .factcheck/claims.sqlite3).")
NO_STORE = typer.Option(False, "--no-store", help="Extract every file again; do not use the claims store.")
STDIN_NAME = typer.Option(None, "--stdin-filename", metavar="NAME", show_default=False,
                          help="The name standard input ('-') is reported under (default: '-').")
QUIET = typer.Option(False, "--quiet", "-q", help="Print findings only: no summary, no warnings.")


@dataclass(frozen=True)
class Setup:
    """What a command needs from the configuration, resolved once."""

    cfg: object  # config.Config
    ledger: Path
    tables: tuple[str, ...]
    rel: object  # shown path -> repository-relative path


def _setup(config: Optional[Path], ledger: Optional[Path] = None, tables=()) -> Setup:
    from .config import load as load_config
    from .knowledge import KnowledgeError
    from .reviews import repo_relative

    try:
        cfg = load_config(config)
    except KnowledgeError as exc:
        _fail(str(exc))
    return Setup(cfg, Path(ledger) if ledger is not None else cfg.ledger_path(),
                 cfg.tables + tuple(str(t) for t in tables), repo_relative(cfg.root))


def _paths(paths: Optional[list[str]], setup: Setup) -> list[str]:
    """The paths to read: those given (each must exist; '-' at most once), else `include`."""
    import os

    if not paths:
        paths = setup.cfg.include_paths()
        missing = [p for p in paths if not os.path.lexists(p)]
        if missing:
            where = setup.cfg.source or "the default configuration"
            _fail(f"{missing[0]}: no such file or directory (from `include` of {where})")
        return paths
    if paths.count("-") > 1:
        _fail("'-' (standard input) given more than once")
    for p in paths:
        if p != "-" and not os.path.lexists(p):
            _fail(f"{p}: no such file or directory")
    return paths


def _stdin(paths: list[str], name: Optional[str]):
    """Standard input as a document when '-' is among the paths; the remaining paths."""
    if "-" not in paths:
        if name is not None:
            _fail("--stdin-filename needs '-' among the paths")
        return None, paths
    from .pipeline import read_stdin
    from .read import normal_path

    data = sys.stdin.buffer.read()
    return read_stdin(normal_path(name) if name else "-", data), [p for p in paths if p != "-"]


def _check_input(run) -> None:
    """Exit 2 when no document could be read at all."""
    if not run.documents:
        why = "no files found" if not run.skipped else f"none of the {len(run.skipped)} files found could be read"
        _fail(f"no documents read: {why}")


def _strict(run, strict: bool) -> None:
    if strict and any(s.kind != "unsupported" for s in run.skipped):
        raise typer.Exit(2)


def _levels(value: Optional[str], setup: Setup) -> set[str]:
    if value is None:
        return set(setup.cfg.fail_on)
    levels = {v.strip() for v in value.split(",") if v.strip()}
    if levels == {"none"}:
        return set()
    bad = levels - {"conflict", "rounding", "consistent"}
    if bad:
        _fail(f"--fail-on: unknown verdict {sorted(bad)[0]!r} (conflict, rounding, consistent, none)")
    return levels


# ------------------------------------------------------------------ claims, why
@app.command()
def claims(paths: Optional[list[str]] = PATHS, format: Format = FORMAT, output: Optional[Path] = OUTPUT,
           strict: bool = STRICT, max_size: int = MAX_SIZE, follow_links: bool = FOLLOW,
           tables: list[Path] = TABLES, config: Optional[Path] = CONFIG,
           stdin_filename: Optional[str] = STDIN_NAME, quiet: bool = QUIET, no_ignore: bool = NO_IGNORE) -> None:
    """Extract every numeric claim: value in a canonical unit, span in the original file, hedge, frame."""
    from .knowledge import KnowledgeError
    from .pipeline import run_claims
    from .report import json_report, text_report

    setup = _setup(config, tables=tables)
    stdin, paths = _stdin(_paths(paths, setup), stdin_filename)
    try:
        run = run_claims(paths, max_bytes=max_size, with_context=True, follow_links=follow_links,
                         user_tables=setup.tables, exclude=setup.cfg.exclude, exclude_root=setup.cfg.root,
                         stdin=stdin, no_ignore=no_ignore)
    except KnowledgeError as exc:
        _fail(str(exc))
    if not quiet:
        text_report.warn_skipped(run.skipped, run.warnings)
    counted: dict[str, int] = {}
    for s in run.skipped:
        counted[s.kind] = counted.get(s.kind, 0) + 1
    protect = _inputs(run, *(("a table file", t) for t in setup.tables))
    if format is Format.json:
        report = json_report.build(list(run.documents), list(run.claims),
                                   summary_extra={"skipped": len(run.skipped)})
        _write(json_report.dumps(report), output, protect)
    else:
        skipped = ", ".join(f"{v} {k}" for k, v in sorted(counted.items()))
        tail = "" if quiet else (f"{len(run.claims)} claims in {len(run.documents)} documents"
                                 + (f"; skipped: {skipped}" if skipped else "") + "\n")
        lines = text_report.claims_lines(list(run.claims))
        if output is not None and str(output) != "-":
            _write("".join(lines) + tail, output, protect)
        else:
            sys.stdout.writelines(lines)
            sys.stdout.write(tail)
            sys.stdout.flush()
    _check_input(run)
    _strict(run, strict)


@app.command()
def why(first: str = typer.Argument(..., metavar="FILE:LINE[:COL]", help="The first figure."),
        second: str = typer.Argument(..., metavar="FILE:LINE[:COL]", help="The second figure.")) -> None:
    """Why two figures were (or were not) compared: both frames side by side, then the first facet that keeps
    them apart, or their verdict when they meet. Exit 0 when they meet, 1 when they do not."""
    from .pipeline import explain_pair

    try:
        lines, met = explain_pair(first, second)
    except ValueError as exc:
        _fail(str(exc))
    for line in lines:
        typer.echo(line)
    raise typer.Exit(0 if met else 1)


# ------------------------------------------------------------------ the scan behind scan, review, baseline, hook
@dataclass(frozen=True)
class Scanned:
    run: object  # pipeline.ScanRun
    findings: list  # reviewed, sorted by severity
    applied: object  # reviews.Applied
    ledger: object  # ledger.Ledger


_SEVERITY_ORDER = {"conflict": 0, "rounding": 1, "consistent": 2}


def _scan(setup: Setup, paths: list[str], max_size: int, jobs: Optional[int] = None,
          store_path: Optional[Path] = None, no_store: bool = False, show_progress: bool = True,
          focus: Optional[set[str]] = None, follow_links: bool = False, stdin=None, migrate: bool = True,
          no_ignore: bool = False) -> Scanned:
    """Run the pipeline and consult the ledger; errors in tables or ledger exit 2 with file and line. Reviews
    found again under a new fingerprint are migrated in the ledger when `migrate` (never by the hook)."""
    import os

    from .knowledge import KnowledgeError
    from .ledger import Ledger, LedgerError
    from .pipeline import apply_reviews, run_scan
    from .report import text_report

    try:
        ledger = Ledger.load(setup.ledger)
        store = _open_store(no_store, store_path, setup.tables)
        if store is not None and focus is not None:
            store.groupable_only = True
        with text_report.progress(enabled=show_progress) as tick:
            run = run_scan(paths, max_bytes=max_size, user_tables=setup.tables, exclude=setup.cfg.exclude,
                           rounding=setup.cfg.rounding, store=store, jobs=jobs or os.cpu_count() or 1,
                           progress=tick, focus=focus, follow_links=follow_links, exclude_root=setup.cfg.root,
                           stdin=stdin, no_ignore=no_ignore)
        if store is not None:
            store.close()
    except (KnowledgeError, LedgerError) as exc:
        _fail(str(exc))
    cr = run.claims_run
    applied = apply_reviews(run.findings, ledger, cr.claims, [d.path for d in cr.documents], setup.rel)
    if applied.migrated and migrate:
        _migrate(ledger, applied.migrated, setup)
    findings = sorted(applied.findings, key=lambda f: (_SEVERITY_ORDER[f.verdict], f.group.members[0]))
    return Scanned(run, findings, applied, ledger)


def _migrate(ledger, migrated, setup: Setup) -> None:
    """Rewrite the fingerprints of reviews found again (same values, same documents) in the ledger."""
    from .fsutil import is_devnull
    from .ledger import LedgerError

    if is_devnull(ledger.path):
        return
    for old, f in migrated:
        ledger.migrate(old, f.fingerprint, f, setup.rel)
    try:
        ledger.save()
    except LedgerError as exc:
        _note(f"{exc}; {len(migrated)} reviews apply under new fingerprints but could not be recorded")
        return
    _note(f"{ledger.path}: {len(migrated)} review(s) found again under a new fingerprint and migrated "
          f"({', '.join(old + ' -> ' + f.fingerprint for old, f in migrated)})")


def _open_store(no_store: bool, path: Optional[Path], user_tables: tuple[str, ...]):
    if no_store:
        return None
    from .report import text_report
    from .store import DEFAULT_PATH, ClaimStore, StoreError, extractor_version

    try:
        return ClaimStore(path or DEFAULT_PATH, extractor_version(user_tables), warn=text_report.warn)
    except StoreError as exc:
        if path is not None:  # the store named on the command line is not one: refuse
            _fail(str(exc))
        text_report.warn(f"{exc}; extracting everything")
    except OSError as exc:
        text_report.warn(f"claims store unavailable ({exc.strerror or exc}); extracting everything")
    return None


# ------------------------------------------------------------------ scan
@app.command()
def scan(
    paths: Optional[list[str]] = PATHS,
    format: Optional[ScanFormat] = typer.Option(None, "--format", "-f", show_default=False,
                                                help="Output format (default: output_format of the "
                                                     "configuration, else text)."),
    output: Optional[Path] = OUTPUT,
    statistics: bool = typer.Option(False, "--statistics", help="Counts by verdict and quantity, not findings "
                                                                "(JSON with --format json)."),
    show_consistent: bool = typer.Option(False, "--show-consistent", help="Also show groups that agree."),
    strict: bool = STRICT, max_size: int = MAX_SIZE, tables: list[Path] = TABLES,
    ledger: Optional[Path] = LEDGER, fail_on: Optional[str] = FAIL_ON,
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when findings fail the threshold."),
    sarif_suppressed: Suppressed = typer.Option(Suppressed.omit, "--sarif-suppressed",
                                                help="Reviewed findings in SARIF: omit them, or include them "
                                                     "as suppressions."),
    jobs: Optional[int] = JOBS, store: Optional[Path] = STORE, no_store: bool = NO_STORE,
    follow_links: bool = FOLLOW, config: Optional[Path] = CONFIG, stdin_filename: Optional[str] = STDIN_NAME,
    quiet: bool = QUIET, no_ignore: bool = NO_IGNORE,
) -> None:
    """Find where documents disagree on figures: group claims about one quantity, judge each group."""
    from .pipeline import failing
    from .report import json_report, text_report

    setup = _setup(config, ledger, tables)
    levels = _levels(fail_on, setup)
    fmt = format or ScanFormat(setup.cfg.output_format or "text")
    stdin, paths = _stdin(_paths(paths, setup), stdin_filename)
    s = _scan(setup, paths, max_size, jobs=jobs, store_path=store, no_store=no_store, follow_links=follow_links,
              stdin=stdin, no_ignore=no_ignore)
    cr = s.run.claims_run
    findings = s.findings
    stale = s.applied.stale
    protect = _inputs(cr, ("the review ledger", setup.ledger), *(("a table file", t) for t in setup.tables),
                      ("the configuration", setup.cfg.source))
    if not quiet:
        text_report.warn_skipped(cr.skipped, cr.warnings)
    claims_list = list(cr.claims)
    if statistics:
        from .report import ci_formats

        render = ci_formats.statistics_json if fmt is ScanFormat.json else ci_formats.statistics
        _write(render(findings), output, protect)
    elif fmt is ScanFormat.json:
        report = json_report.build(list(cr.documents), claims_list, json_report.group_dicts(claims_list, findings),
                                   summary_extra={"stale_reviews": [r.fingerprint for r in stale]})
        _write(json_report.dumps(report), output, protect)
    elif fmt is ScanFormat.github:
        from .report import ci_formats

        _write(ci_formats.github(findings, setup.rel), output, protect)
    elif fmt is ScanFormat.sarif:
        from .report import ci_formats

        _write(ci_formats.sarif(findings, sarif_suppressed.value, setup.rel), output, protect)
    else:
        to_file = output is not None and str(output) != "-"
        out = None if to_file else text_report.console()
        rendered = text_report.scan_report(claims_list, findings, list(cr.documents), show_consistent, out, stale,
                                           str(setup.ledger), quiet)
        if to_file:
            _write(rendered, output, protect)
    _check_input(cr)
    _strict(cr, strict)
    if failing(findings, levels) and not exit_zero:
        raise typer.Exit(1)


# ------------------------------------------------------------------ baseline
@app.command()
def baseline(
    paths: Optional[list[str]] = PATHS, ledger: Optional[Path] = LEDGER, max_size: int = MAX_SIZE,
    tables: list[Path] = TABLES, config: Optional[Path] = CONFIG,
    note: str = typer.Option("baseline: recorded when factcheck was adopted", "--note", metavar="TEXT",
                             help="Note for each entry."),
    reviewer: Optional[str] = typer.Option(None, "--reviewer", metavar="NAME", show_default=False,
                                           help="Who records (default: git user or $USER)."),
) -> None:
    """Record every current conflict and rounding finding as accepted (for adopting factcheck on a corpus)."""
    setup = _setup(config, ledger, tables)
    s = _scan(setup, _paths(paths, setup), max_size)
    _check_input(s.run.claims_run)
    new = [f for f in s.findings if f.verdict in ("conflict", "rounding") and f.review is None]
    who = reviewer or _reviewer()
    for f in new:
        s.ledger.record(f.fingerprint, "accepted", note, who, f, replaces=_earlier_fp(f), rel=setup.rel)
    _save(s.ledger)
    _say(f"{len(new)} findings recorded as accepted in {setup.ledger}")


def _earlier_fp(f) -> Optional[str]:
    return f.earlier.get("fingerprint") if getattr(f, "earlier", None) else None


def _reviewer() -> str:
    import getpass
    import subprocess

    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no user database entry (containers)
        return "unknown"


# ------------------------------------------------------------------ review
review_app = typer.Typer(help="Review findings: interactively (on a terminal), or accept / wrong / fixed "
                              "FINGERPRINT, or --prune stale reviews.",
                         no_args_is_help=False, invoke_without_command=True, rich_markup_mode=None)
app.add_typer(review_app, name="review")
REVIEW_PATHS = typer.Option(None, "--path", "-p", metavar="PATH", show_default=False,
                            help="Files or folders to scan (repeatable; default: `include` of the configuration).")


@review_app.callback()
def review_main(
    ctx: typer.Context,
    path: Optional[list[str]] = REVIEW_PATHS, ledger: Optional[Path] = LEDGER, max_size: int = MAX_SIZE,
    tables: list[Path] = TABLES, config: Optional[Path] = CONFIG,
    prune: bool = typer.Option(False, "--prune", help="Remove reviews proven stale: every document they name "
                                                      "was read and their disagreement is gone."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Prune without asking (needed without a terminal)."),
    reviewer: Optional[str] = typer.Option(None, "--reviewer", metavar="NAME", show_default=False,
                                           help="Who reviews (default: git user or $USER)."),
) -> None:
    """Walk the unreviewed findings one by one on a terminal (accept, wrong, fixed, skip, quit), or prune
    stale reviews."""
    setup = _setup(config, ledger, tables)
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"path": path, "setup": setup, "max_size": max_size, "reviewer": reviewer}
        return
    if not prune and not (sys.stdin.isatty() and sys.stdout.isatty()):
        _fail("interactive review needs a terminal; without one use `factcheck review accept|wrong|fixed "
              "FINGERPRINT --note …` (fingerprints: `factcheck scan`)")
    s = _scan(setup, _paths(path, setup), max_size)
    _check_input(s.run.claims_run)
    if prune:
        _prune(s, setup, yes)
        return
    _interactive(s, setup, reviewer)


def _prune(s: Scanned, setup: Setup, yes: bool) -> None:
    stale = s.applied.stale
    if not stale:
        _say(f"no stale reviews in {setup.ledger}")
        return
    for r in stale:
        _say(f"stale: {r.fingerprint} ({r.status}, line {r.line}): {r.note[:80]}")
    if not yes:
        if not sys.stdin.isatty():
            _fail(f"{len(stale)} stale review(s) would be removed from {setup.ledger}; pass --yes to remove them "
                  "without a terminal")
        if not typer.confirm(f"remove these {len(stale)} review(s) from {setup.ledger}?", default=False):
            _say("nothing removed")
            return
    removed = s.ledger.remove({r.fingerprint for r in stale})
    _save(s.ledger)
    _say(f"{len(removed)} stale reviews removed from {setup.ledger}" + (": " + ", ".join(removed) if removed else ""))


_KEYS = {"a": "accepted", "w": "wrong", "f": "fixed", "s": "skip", "q": "quit"}


def _interactive(s: Scanned, setup: Setup, reviewer: Optional[str]) -> None:
    from .report import text_report

    todo = [f for f in s.findings if f.verdict in ("conflict", "rounding") and f.review is None]
    if not todo:
        _say("nothing to review")
        return
    who = reviewer or _reviewer()
    out = text_report.console()
    done = 0
    for n, f in enumerate(todo, start=1):
        out.rule(f"{n}/{len(todo)}")
        text_report.review_view(f, out)
        key = _ask_key(out)
        if key in ("quit", None):
            break
        if key == "skip":
            continue
        note = _ask_note(key)
        if note is None:
            break
        s.ledger.record(f.fingerprint, key, note, who, f, replaces=_earlier_fp(f), rel=setup.rel)
        _save(s.ledger)  # each decision is kept even if the session stops
        done += 1
    _say(f"{done} review(s) recorded in {setup.ledger}")


def _ask_key(out) -> Optional[str]:
    """One key: a(ccept), w(rong), f(ixed), s(kip), q(uit); anything else asks again. None on end of input."""
    while True:
        out.print("[a]ccept  [w]rong (not one quantity)  [f]ixed  [s]kip  [q]uit ? ", end="", markup=False)
        try:
            ch = typer.getchar()
        except (EOFError, KeyboardInterrupt):
            out.print()
            return None
        out.print(ch if ch.isprintable() else "")
        key = _KEYS.get(ch.lower())
        if key:
            return key
        if ch in ("\x03", "\x04"):  # ctrl-c, ctrl-d
            return None
        out.print(f"{ch!r} is not one of a, w, f, s, q", markup=False)


def _ask_note(status: str) -> Optional[str]:
    """The note: required for wrong and fixed, optional for accepted. None on end of input."""
    required = status in ("wrong", "fixed")
    label = "note (why)" if required else "note (optional)"
    while True:
        try:
            note = typer.prompt(label, default="", show_default=False).strip()
        except (EOFError, KeyboardInterrupt, typer.Abort):
            return None
        if note or not required:
            return note
        typer.echo(f"a note is required for {status}: say why, for whoever reads the ledger")


def _record(ctx: typer.Context, fingerprint: str, status: str, note: str) -> None:
    o = ctx.obj
    setup = o["setup"]
    fingerprint = fingerprint.strip()
    if status in ("wrong", "fixed") and not note.strip():
        _fail(f"{status} needs a note (--note): say why, for whoever reads the ledger")
    s = _scan(setup, _paths(o["path"], setup), o["max_size"])
    match = [f for f in s.run.findings if f.fingerprint == fingerprint]
    reviewed = [f for f in s.findings if f.fingerprint == fingerprint]
    if not match and fingerprint not in s.ledger.reviews:
        _fail(f"no finding with fingerprint {fingerprint} under {', '.join(o['path'] or setup.cfg.include)}")
    earlier = _earlier_fp(reviewed[0]) if reviewed else None
    s.ledger.record(fingerprint, status, note, o["reviewer"] or _reviewer(), match[0] if match else None,
                    replaces=earlier, rel=setup.rel)
    _save(s.ledger)
    _say(f"{fingerprint}: {status}" + (f" (replaces the earlier review {earlier})" if earlier else ""))


NOTE = typer.Option("", "--note", "-n", metavar="TEXT", help="Why: shown to whoever reads the ledger.")


@review_app.command("accept")
def review_accept(ctx: typer.Context, fingerprint: str, note: str = NOTE) -> None:
    """The difference is known and fine."""
    _record(ctx, fingerprint, "accepted", note)


@review_app.command("wrong")
def review_wrong(ctx: typer.Context, fingerprint: str, note: str = NOTE) -> None:
    """The figures are not about one quantity: never group them again (a note is required)."""
    _record(ctx, fingerprint, "wrong", note)


@review_app.command("fixed")
def review_fixed(ctx: typer.Context, fingerprint: str, note: str = NOTE) -> None:
    """The sources were corrected (a note is required)."""
    _record(ctx, fingerprint, "fixed", note)


# ------------------------------------------------------------------ hook
@app.command()
def hook(
    files: Optional[list[str]] = typer.Argument(None, metavar="FILE", help="The staged files (pre-commit "
                                                                                 "passes them)."),
    max_size: int = MAX_SIZE, config: Optional[Path] = CONFIG,
) -> None:
    """Pre-commit: check the staged sources against the whole corpus (`include`); fail on their unreviewed
    findings, and when the reviews that let them through are not staged."""
    from .config import excluded
    from .pipeline import failing
    from .read import normal_path
    from .report import text_report

    setup = _setup(config)
    cfg = setup.cfg
    staged = sorted({normal_path(f) for f in (files or []) if not excluded(normal_path(f), cfg.exclude, cfg.root)})
    staged = [f for f in staged if Path(f).exists()]
    if not staged:
        raise typer.Exit(0)
    import os

    paths = [p for p in cfg.include_paths() if os.path.lexists(p)] + staged
    s = _scan(setup, paths, max_size, show_progress=False, focus=set(staged), migrate=False)
    text_report.warn_skipped([x for x in s.run.claims_run.skipped if x.path in staged])
    mine = [f for f in s.findings if any(c.path in staged for c in f.claims)]
    out = text_report.console()
    unstaged = _reviews_not_staged(s, setup, mine)
    if unstaged is not None:
        state, shown = unstaged
        _say(f"factcheck: {setup.ledger} holds the reviews of {shown} staged finding(s) but is {state}; "
             f"the commit would not carry them. Run `git add {setup.ledger}` and commit again.")
        raise typer.Exit(1)
    failing_now = [f for f in failing(mine, set(cfg.fail_on))]
    if not failing_now:
        raise typer.Exit(0)
    for f in failing_now:
        text_report.show_finding(f, out)
    hint = _set_aside_reviews(s, setup, failing_now)
    cmd = _command_name()
    _say(f"factcheck: {len(failing_now)} unreviewed finding(s) involve the staged files. Review them with "
         f"`{cmd} review` (or `{cmd} review accept FINGERPRINT --note …`), then "
         f"`git add {setup.ledger}` and commit again.")
    if hint:
        _say(hint)
    raise typer.Exit(1)


def _command_name() -> str:
    """How the reviewer can run factcheck from their shell: `factcheck` when that is this installation,
    else this interpreter with -m (a pre-commit hook environment is not on the user's PATH)."""
    import os
    import shutil

    found = shutil.which("factcheck", path=os.environ.get("PATH", ""))
    inside_hook_env = "pre-commit" in sys.prefix or os.environ.get("PRE_COMMIT_HOME", "\0") in sys.prefix
    if found and not inside_hook_env:
        return "factcheck"
    return f"{sys.executable} -m factcheck"


def _reviews_not_staged(s: Scanned, setup: Setup, mine: list):
    """(state, count) when the working tree's ledger reviews staged findings that the staged ledger does not
    (an untracked or unstaged claims.toml), else None."""
    from . import gitstate
    from .ledger import Ledger, LedgerError
    from .pipeline import apply_reviews

    reviewed = {f.fingerprint for f in mine if f.review is not None and f.verdict in setup.cfg.fail_on}
    if not reviewed:
        return None
    top = gitstate.toplevel()
    if top is None:
        return None
    state = gitstate.state(setup.ledger, top)
    if state == "clean" or state == "missing":
        return None
    text = gitstate.staged_text(setup.ledger, top)
    try:
        staged_ledger = Ledger.parse(setup.ledger, text) if text is not None else Ledger.parse(setup.ledger, "")
    except LedgerError:
        return state, len(reviewed)
    cr = s.run.claims_run
    again = apply_reviews(s.run.findings, staged_ledger, cr.claims, [d.path for d in cr.documents], setup.rel)
    still = {f.fingerprint for f in again.findings if f.review is not None}
    dropped = {f.fingerprint for f in s.run.findings} - {f.fingerprint for f in again.findings}
    missing = reviewed - still - dropped
    if not missing:
        return None
    return ("untracked" if state == "untracked" else "not staged (it has unstaged changes)"), len(missing)


def _set_aside_reviews(s: Scanned, setup: Setup, failing_now: list) -> Optional[str]:
    """A hint when pre-commit set aside unstaged changes of the ledger that review these findings."""
    from . import gitstate
    from .ledger import Ledger, LedgerError
    from .pipeline import apply_reviews

    top = gitstate.toplevel()
    if top is None:
        return None
    patch = gitstate.set_aside_patch(setup.ledger, top)
    if patch is None:
        return None
    rel = gitstate.in_repo_path(setup.ledger, top)
    try:
        current = setup.ledger.read_text(encoding="utf-8") if setup.ledger.exists() else ""
    except OSError:
        return None
    text = gitstate.patched(current, patch, rel)
    generic = (f"factcheck: {setup.ledger} has unstaged changes, set aside by pre-commit while hooks run; if they "
               f"hold your reviews, run `git add {setup.ledger}` and commit again.")
    if text is None:
        return generic
    try:
        theirs = Ledger.parse(setup.ledger, text)
    except LedgerError:
        return generic
    cr = s.run.claims_run
    again = apply_reviews(s.run.findings, theirs, cr.claims, [d.path for d in cr.documents], setup.rel)
    covered = {f.fingerprint for f in again.findings if f.review is not None}
    covered |= {f.fingerprint for f in s.run.findings} - {f.fingerprint for f in again.findings}
    n = sum(f.fingerprint in covered for f in failing_now)
    if not n:
        return generic
    return (f"factcheck: {setup.ledger} has unstaged changes that review {n} of these finding(s); pre-commit set "
            f"them aside while checking. Run `git add {setup.ledger}` and commit again.")
