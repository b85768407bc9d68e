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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")) -> None:
    pass


def _write(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        from .fsutil import atomic_write

        atomic_write(output, text)


PATHS = typer.Argument(..., help="Files or folders to read (.txt and .md under folders).")
FORMAT = typer.Option(Format.text, "--format", "-f", help="Output format.")
OUTPUT = typer.Option(None, "--output", "-o", help="Write the report to FILE.")
STRICT = typer.Option(False, "--strict", help="Exit 2 when any input file was skipped.")
MAX_SIZE = typer.Option(20 * 1024 * 1024, "--max-size", help="Skip files larger than this (bytes).")


def _check_input(read) -> None:
    """Exit 2 when nothing could be read at all."""
    if not read.documents and not read.skipped:
        typer.echo("error: no files found", err=True)
        raise typer.Exit(2)


def _strict(read, strict: bool) -> None:
    if strict and any(s.kind != "unsupported" for s in read.skipped):
        raise typer.Exit(2)


@app.command()
def claims(paths: list[str] = PATHS, format: Format = FORMAT, output: Optional[Path] = OUTPUT,
           strict: bool = STRICT, max_size: int = MAX_SIZE) -> None:
    """Extract every numeric claim: value in a canonical unit, span in the original file, hedge."""
    from .pipeline import run_claims
    from .report import json_report, text_report

    run = run_claims(paths, max_bytes=max_size)
    text_report.warn_skipped(run.read.skipped)
    counted = {}
    for s in run.read.skipped:
        counted[s.kind] = counted.get(s.kind, 0) + 1
    if format is Format.json:
        report = json_report.build(list(run.documents), list(run.claims),
                                   summary_extra={"skipped": len([s for s in run.read.skipped])})
        _write(json_report.dumps(report), output)
    else:
        out = text_report.console()
        text_report.claims_table(list(run.claims), out)
        skipped = ", ".join(f"{v} {k}" for k, v in sorted(counted.items()))
        out.print(f"{len(run.claims)} claims in {len(run.documents)} documents"
                  + (f"; skipped: {skipped}" if skipped else ""), markup=False)
    _check_input(run.read)
    _strict(run.read, strict)


@app.command()
def scan(
    paths: list[str] = PATHS, format: Format = FORMAT, output: Optional[Path] = OUTPUT,
    show_consistent: bool = typer.Option(False, "--show-consistent", help="Also show groups that agree."),
    strict: bool = STRICT, max_size: int = MAX_SIZE,
    tables: list[Path] = typer.Option([], "--tables", help="Extra alias/concept table (TOML); repeatable."),
) -> None:
    """Find where documents disagree on figures: group claims about one quantity, judge each group."""
    from .knowledge import KnowledgeError
    from .pipeline import run_scan
    from .report import json_report, text_report

    from .config import load as load_config

    try:
        cfg = load_config()
        run = run_scan(paths, max_bytes=max_size, user_tables=cfg.tables + tuple(str(t) for t in tables))
    except KnowledgeError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    cr = run.claims_run
    text_report.warn_skipped(cr.read.skipped)
    findings = sorted(run.findings, key=lambda f: (_SEVERITY_ORDER[f.verdict], f.group.members[0]))
    claims_list = list(cr.claims)
    if format is Format.json:
        report = json_report.build(list(cr.documents), claims_list, json_report.group_dicts(claims_list, findings))
        _write(json_report.dumps(report), output)
    else:
        out = text_report.console() if output is None else None
        rendered = text_report.scan_report(claims_list, findings, list(cr.documents), show_consistent, out)
        if output is not None:
            _write(rendered, output)
    _check_input(cr.read)
    _strict(cr.read, strict)
    if any(f.verdict in ("conflict", "rounding") for f in findings):
        raise typer.Exit(1)


_SEVERITY_ORDER = {"conflict": 0, "rounding": 1, "consistent": 2}
