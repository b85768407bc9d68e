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


@app.command()
def claims(
    paths: list[str] = typer.Argument(..., help="Files or folders to read (.txt and .md under folders)."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to FILE."),
    strict: bool = typer.Option(False, "--strict", help="Exit 2 when any input file was skipped."),
    max_size: int = typer.Option(20 * 1024 * 1024, "--max-size", help="Skip files larger than this (bytes)."),
) -> None:
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
    if not run.documents and not run.read.skipped:
        typer.echo("error: no files found", err=True)
        raise typer.Exit(2)
    if strict and any(s.kind != "unsupported" for s in run.read.skipped):
        raise typer.Exit(2)


@app.command()
def scan(paths: list[str] = typer.Argument(..., help="Files or folders to scan.")) -> None:
    """Find disagreements between documents (not yet: grouping lands with the next issue)."""
    typer.echo("factcheck scan: not yet implemented; use `factcheck claims` to list the extracted figures.",
               err=True)
    raise typer.Exit(2)
