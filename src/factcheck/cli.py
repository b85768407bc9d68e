"""The command line: a thin shell over the pipeline. Exit codes: 0 fine, 1 findings fail the threshold,
2 usage, configuration or input error."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="factcheck: find where your sources disagree on figures.")


class Format(str, Enum):
    text = "text"
    json = "json"


class ScanFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")) -> None:
    pass


def _write(text: str, output: Optional[Path], protect=()) -> None:
    """The report to stdout or to FILE; never onto `protect` ((what, path) pairs: the ledger, the inputs)."""
    if output is None:  # a file name that is not UTF-8 stays visible: \udcXX (a JSON escape in JSON)
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8", errors="backslashreplace"))
        sys.stdout.buffer.flush()
        return
    from .fsutil import write_text

    try:
        write_text(output, text, protect=protect)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}" if exc.strerror else str(exc))


def _fail(message: str) -> None:
    """One line on stderr, exit 2."""
    from .sanitize import clean

    typer.echo(f"error: {clean(message)}", err=True)
    raise typer.Exit(2)


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


def _inputs(run, *others) -> list[tuple[str, str]]:
    """What `-o` must never overwrite: every file read or skipped, the ledger, configuration and tables."""
    named = [("an input of this run", d.path) for d in run.documents]
    named += [("an input of this run", s.path) for s in run.skipped]
    return named + [(what, str(p)) for what, p in others if p]


PATHS = typer.Argument(..., help="Files or folders to read (.txt .md .pdf .html .docx under folders).")
FORMAT = typer.Option(Format.text, "--format", "-f", help="Output format.")
OUTPUT = typer.Option(None, "--output", "-o", help="Write the report to FILE.")
STRICT = typer.Option(False, "--strict", help="Exit 2 when any input file was skipped.")
FOLLOW = typer.Option(False, "--follow-links", help="Follow symbolic links that leave the paths given.")
NO_IGNORE = typer.Option(False, "--no-ignore", help="Also read files .gitignore and the default excludes "
                         "(virtual environments, node_modules) leave out.")
MAX_SIZE = typer.Option(20 * 1024 * 1024, "--max-size", help="Skip files larger than this (bytes).")


def _check_input(run) -> None:
    """Exit 2 when nothing could be read at all."""
    if not run.documents and not run.skipped:
        typer.echo("error: no files found", err=True)
        raise typer.Exit(2)


def _strict(run, strict: bool) -> None:
    if strict and any(s.kind != "unsupported" for s in run.skipped):
        raise typer.Exit(2)


@app.command()
def claims(paths: list[str] = PATHS, format: Format = FORMAT, output: Optional[Path] = OUTPUT,
           strict: bool = STRICT, max_size: int = MAX_SIZE, follow_links: bool = FOLLOW,
           no_ignore: bool = NO_IGNORE) -> None:
    """Extract every numeric claim: value in a canonical unit, span in the original file, hedge."""
    from .pipeline import run_claims
    from .report import json_report, text_report

    run = run_claims(paths, max_bytes=max_size, with_context=True, follow_links=follow_links, no_ignore=no_ignore)
    text_report.warn_skipped(run.skipped, run.warnings)
    counted = {}
    for s in run.skipped:
        counted[s.kind] = counted.get(s.kind, 0) + 1
    if format is Format.json:
        report = json_report.build(list(run.documents), list(run.claims),
                                   summary_extra={"skipped": len([s for s in run.skipped])})
        _write(json_report.dumps(report), output, _inputs(run))
    else:
        skipped = ", ".join(f"{v} {k}" for k, v in sorted(counted.items()))
        tail = (f"{len(run.claims)} claims in {len(run.documents)} documents"
                + (f"; skipped: {skipped}" if skipped else "") + "\n")
        lines = text_report.claims_lines(list(run.claims))
        if output is not None:
            _write("".join(lines) + tail, output, _inputs(run))
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
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    for line in lines:
        typer.echo(line)
    raise typer.Exit(0 if met else 1)


LEDGER = typer.Option(Path("claims.toml"), "--ledger", help="The review ledger.")
FAIL_ON = typer.Option(None, "--fail-on",
                       help="Verdicts that fail the run when unreviewed (comma-separated; 'none' never fails). "
                            "Default: fail_on of the configuration, else conflict,rounding.")


def _fail_on(value: str | None) -> set[str]:
    if value is None:
        from .config import load as load_config
        from .knowledge import KnowledgeError

        try:
            return set(load_config().fail_on)
        except KnowledgeError as exc:
            _fail(str(exc))
    levels = {v.strip() for v in value.split(",") if v.strip()}
    if levels == {"none"}:
        return set()
    bad = levels - {"conflict", "rounding", "consistent"}
    if bad:
        _fail(f"--fail-on: unknown verdict {sorted(bad)[0]!r} (conflict, rounding, consistent, none)")
    return levels


JOBS = typer.Option(None, "--jobs", "-j", help="Worker processes for extraction (default: all cores).")
STORE = typer.Option(None, "--store", help="Claims store (SQLite cache; default .factcheck/claims.sqlite3).")
NO_STORE = typer.Option(False, "--no-store", help="Extract every file again; do not use the claims store.")


def _open_store(no_store: bool, path: Optional[Path], user_tables: tuple[str, ...]):
    if no_store:
        return None
    from .report import text_report
    from .store import DEFAULT_PATH, ClaimStore, extractor_version

    from .store import StoreError

    try:
        return ClaimStore(path or DEFAULT_PATH, extractor_version(user_tables), warn=text_report.warn)
    except StoreError as exc:
        if path is not None:  # the store named on the command line is not one: refuse
            _fail(str(exc))
        text_report.warn(f"{exc}; extracting everything")
    except OSError as exc:
        text_report.warn(f"claims store unavailable ({exc.strerror or exc}); extracting everything")
    return None


def _scan(paths: list[str], max_size: int, tables: list[Path], ledger_path: Path, exclude: tuple[str, ...] = (),
          jobs: Optional[int] = None, store_path: Optional[Path] = None, no_store: bool = False,
          show_progress: bool = True, focus: Optional[set[str]] = None, follow_links: bool = False,
          no_ignore: bool = False):
    """Run the pipeline and consult the ledger; errors in tables or ledger exit 2 with file and line."""
    import os

    from .config import load as load_config
    from .knowledge import KnowledgeError
    from .ledger import Ledger, LedgerError
    from .pipeline import apply_reviews, run_scan
    from .report import text_report

    try:
        cfg = load_config()
        ledger = Ledger.load(ledger_path)
        user_tables = cfg.tables + tuple(str(t) for t in tables)
        store = _open_store(no_store, store_path, user_tables)
        if store is not None and focus is not None:
            store.groupable_only = True
        with text_report.progress(enabled=show_progress) as tick:
            run = run_scan(paths, max_bytes=max_size, user_tables=user_tables, exclude=exclude or cfg.exclude,
                           rounding=cfg.rounding, store=store, jobs=jobs or os.cpu_count() or 1, progress=tick,
                           focus=focus, follow_links=follow_links, no_ignore=no_ignore)
        if store is not None:
            store.close()
    except (KnowledgeError, LedgerError) as exc:
        _fail(str(exc))
    findings, stale = apply_reviews(run.findings, ledger)
    findings.sort(key=lambda f: (_SEVERITY_ORDER[f.verdict], f.group.members[0]))
    return run, findings, stale, ledger


@app.command()
def scan(
    paths: list[str] = PATHS,
    format: ScanFormat = typer.Option(ScanFormat.text, "--format", "-f", help="Output format."),
    output: Optional[Path] = OUTPUT,
    statistics: bool = typer.Option(False, "--statistics", help="Counts by verdict and quantity, not findings."),
    show_consistent: bool = typer.Option(False, "--show-consistent", help="Also show groups that agree."),
    strict: bool = STRICT, max_size: int = MAX_SIZE,
    tables: list[Path] = typer.Option([], "--tables", help="Extra alias/concept table (TOML); repeatable."),
    ledger: Path = LEDGER, fail_on: Optional[str] = FAIL_ON,
    jobs: Optional[int] = JOBS, store: Optional[Path] = STORE, no_store: bool = NO_STORE,
    follow_links: bool = FOLLOW, no_ignore: bool = NO_IGNORE,
) -> None:
    """Find where documents disagree on figures: group claims about one quantity, judge each group."""
    from .pipeline import failing
    from .report import json_report, text_report

    levels = _fail_on(fail_on)
    run, findings, stale, _ = _scan(paths, max_size, tables, ledger, jobs=jobs, store_path=store,
                                    no_store=no_store, follow_links=follow_links, no_ignore=no_ignore)
    cr = run.claims_run
    protect = _inputs(cr, ("the review ledger", ledger), *(("a table file", t) for t in tables))
    text_report.warn_skipped(cr.skipped, cr.warnings)
    claims_list = list(cr.claims)
    if statistics:
        from .report.ci_formats import statistics as stats

        _write(stats(findings), output, protect)
    elif format is ScanFormat.json:
        report = json_report.build(list(cr.documents), claims_list, json_report.group_dicts(claims_list, findings),
                                   summary_extra={"stale_reviews": [r.fingerprint for r in stale]})
        _write(json_report.dumps(report), output, protect)
    elif format in (ScanFormat.github, ScanFormat.sarif):
        from .report import ci_formats

        render = ci_formats.github if format is ScanFormat.github else ci_formats.sarif
        _write(render(findings), output, protect)
    else:
        out = text_report.console() if output is None else None
        rendered = text_report.scan_report(claims_list, findings, list(cr.documents), show_consistent, out, stale)
        if output is not None:
            _write(rendered, output, protect)
    _check_input(cr)
    _strict(cr, strict)
    if failing(findings, levels):
        raise typer.Exit(1)


@app.command()
def baseline(
    paths: list[str] = PATHS, ledger: Path = LEDGER, max_size: int = MAX_SIZE,
    tables: list[Path] = typer.Option([], "--tables", help="Extra alias/concept table (TOML); repeatable."),
    note: str = typer.Option("baseline: recorded when factcheck was adopted", "--note", help="Note for each entry."),
    reviewer: Optional[str] = typer.Option(None, "--reviewer", help="Who records (default: git user or $USER)."),
) -> None:
    """Record every current conflict and rounding finding as accepted (for adopting factcheck on a corpus)."""
    run, findings, _, led = _scan(paths, max_size, tables, ledger)
    new = [f for f in findings if f.verdict in ("conflict", "rounding") and f.review is None]
    who = reviewer or _reviewer()
    for f in new:
        led.record(f.fingerprint, "accepted", note, who, f)
    _save(led)
    _say(f"{len(new)} findings recorded as accepted in {ledger}")


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


review_app = typer.Typer(help="Review findings: interactively, or accept / wrong / fixed FINGERPRINT, or --prune.",
                         no_args_is_help=False, invoke_without_command=True)
app.add_typer(review_app, name="review")
REVIEW_PATHS = typer.Option(["."], "--path", "-p", help="Files or folders to scan (repeatable).")


@review_app.callback()
def review_main(
    ctx: typer.Context,
    path: list[str] = REVIEW_PATHS, ledger: Path = LEDGER, max_size: int = MAX_SIZE,
    prune: bool = typer.Option(False, "--prune", help="Remove reviews whose finding no longer exists."),
    reviewer: Optional[str] = typer.Option(None, "--reviewer", help="Who reviews (default: git user or $USER)."),
) -> None:
    """Walk the unreviewed findings one by one (accept, mark wrong, skip, quit), or prune stale reviews."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"path": path, "ledger": ledger, "max_size": max_size, "reviewer": reviewer}
        return
    from .report import text_report

    run, findings, stale, led = _scan(path, max_size, [], ledger)
    if prune:
        gone = led.prune({f.fingerprint for f in run.findings})
        _save(led)
        _say(f"{len(gone)} stale reviews removed from {ledger}" + (": " + ", ".join(gone) if gone else ""))
        return
    todo = [f for f in findings if f.verdict in ("conflict", "rounding") and f.review is None]
    if not todo:
        typer.echo("nothing to review")
        return
    who = reviewer or _reviewer()
    out = text_report.console()
    for n, f in enumerate(todo, start=1):
        out.rule(f"{n}/{len(todo)}")
        text_report.show_finding(f, out)
        choice = typer.prompt("[a]ccept, [w]rong (not one quantity), [s]kip, [q]uit", default="s").strip().lower()
        if choice.startswith("q"):
            break
        if choice.startswith(("a", "w")):
            note = typer.prompt("note", default="")
            led.record(f.fingerprint, "accepted" if choice.startswith("a") else "wrong", note, who, f)
            _save(led)  # each decision is kept even if the session stops
    _say(f"ledger: {ledger}")


def _record(ctx: typer.Context, fingerprint: str, status: str, note: str) -> None:
    o = ctx.obj
    run, findings, _, led = _scan(o["path"], o["max_size"], [], o["ledger"])
    match = [f for f in run.findings if f.fingerprint == fingerprint]
    if not match and fingerprint not in led.reviews:
        _fail(f"no finding with fingerprint {fingerprint} under {', '.join(o['path'])}")
    led.record(fingerprint, status, note, o["reviewer"] or _reviewer(), match[0] if match else None)
    _save(led)
    _say(f"{fingerprint}: {status}")


NOTE = typer.Option("", "--note", "-n", help="Why: shown to whoever reads the ledger.")


@review_app.command("accept")
def review_accept(ctx: typer.Context, fingerprint: str, note: str = NOTE) -> None:
    """The difference is known and fine."""
    _record(ctx, fingerprint, "accepted", note)


@review_app.command("wrong")
def review_wrong(ctx: typer.Context, fingerprint: str, note: str = NOTE) -> None:
    """The figures are not about one quantity: never group them again."""
    _record(ctx, fingerprint, "wrong", note)


@review_app.command("fixed")
def review_fixed(ctx: typer.Context, fingerprint: str, note: str = NOTE) -> None:
    """The sources were corrected."""
    _record(ctx, fingerprint, "fixed", note)


_SEVERITY_ORDER = {"conflict": 0, "rounding": 1, "consistent": 2}


@app.command()
def hook(
    files: list[str] = typer.Argument(None, help="The staged files (pre-commit passes them)."),
    max_size: int = MAX_SIZE,
) -> None:
    """Pre-commit: check the staged sources against the whole corpus; fail on their unreviewed findings."""
    from .config import excluded, load as load_config
    from .knowledge import KnowledgeError
    from .pipeline import failing
    from .report import text_report

    try:
        cfg = load_config()
    except KnowledgeError as exc:
        _fail(str(exc))
    from .read import normal_path

    staged = {normal_path(f) for f in (files or []) if not excluded(normal_path(f), cfg.exclude)}
    if not staged:
        raise typer.Exit(0)
    run, findings, stale, _ = _scan(list(cfg.include), max_size, [], Path(cfg.ledger), cfg.exclude,
                                    show_progress=False, focus=staged)
    text_report.warn_skipped([s for s in run.claims_run.skipped if s.path in staged])
    mine = [f for f in failing(findings, set(cfg.fail_on)) if any(c.path in staged for c in f.claims)]
    if not mine:
        raise typer.Exit(0)
    out = text_report.console()
    for f in mine:
        text_report.show_finding(f, out)
    out.print(f"factcheck: {len(mine)} unreviewed finding(s) involve the staged files. Review them with "
              "`factcheck review` (or `factcheck review accept FINGERPRINT --note …`) and commit claims.toml.",
              markup=False)
    raise typer.Exit(1)
