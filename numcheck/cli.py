"""The command line: a thin shell over numcheck.api. User mistakes exit 2 with one line on stderr."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from numcheck.errors import NumcheckError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Check the numbers in news copy.")
rules_app = typer.Typer(no_args_is_help=True, help="List, explain and validate rules.")
app.add_typer(rules_app, name="rules")


class Fmt(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    html = "html"


class ExtractFmt(StrEnum):
    table = "table"
    json = "json"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def fail(message: str) -> None:
    typer.echo(f"numcheck: error: {message}", err=True)
    raise typer.Exit(2)


def write_output(text: str, output: Path | None) -> None:
    """Write to stdout, or atomically to a file (a temp file renamed into place)."""
    if output is None:
        sys.stdout.write(text)
        return
    from numcheck.fsutil import atomic_write

    try:
        atomic_write(output, text)
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror})")


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Files to read ('-' for stdin)."),
    format: ExtractFmt = typer.Option(ExtractFmt.table, "--format", "-f"),
    rules: Path | None = typer.Option(None, "--rules", help="A rule pack directory."),
) -> None:
    """List the numeric claims of each file."""
    from numcheck.api import extract as do_extract
    from numcheck.config import load_config
    from numcheck.read import read_path, read_text

    try:
        cfg = load_config(rules_dir=rules)
        results = []
        for i, p in enumerate(paths):
            doc = read_text(sys.stdin.read(), path="-", doc_id=f"d{i}") if str(p) == "-" else read_path(
                p, "draft", f"d{i}")
            results.append((doc, do_extract(doc, cfg)))
    except NumcheckError as exc:
        fail(str(exc))
        return
    if format == ExtractFmt.json:
        import json

        out = {"claims": [c.model_dump(mode="json") for _, cl in results for c in cl],
               "documents": [{"id": d.id, "path": d.path} for d, _ in results]}
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
        return
    from numcheck.report.claims_table import print_claims

    for doc, claims in results:
        print_claims(doc, claims)


@app.command()
def check(
    drafts: list[Path] = typer.Argument(..., help="Drafts to check ('-' reads stdin)."),
    source: list[Path] = typer.Option([], "--source", "-s", help="A source document (repeatable)."),
    facts: Path | None = typer.Option(None, "--facts", help="A facts file (YAML)."),
    config: Path | None = typer.Option(None, "--config", help="numcheck.toml or pyproject.toml."),
    rules: Path | None = typer.Option(None, "--rules", help="A rule pack directory."),
    format: Fmt = typer.Option(Fmt.text, "--format", "-f"),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report here (atomically)."),
    fail_on: FailOn | None = typer.Option(None, "--fail-on", help="Lowest severity that fails (exit 1)."),
    baseline: Path | None = typer.Option(None, "--baseline", help="Accepted findings to leave out."),
    write_baseline: Path | None = typer.Option(None, "--write-baseline", help="Record current findings."),
) -> None:
    """Check drafts: within themselves, against --source documents and a --facts file."""
    from numcheck.api import check as do_check
    from numcheck.api import facts_document
    from numcheck.config import load_config
    from numcheck.read import guess_format, read_path, read_text
    from numcheck.report import render

    try:
        cfg = load_config(config_file=config, rules_dir=rules, fail_on=fail_on.value if fail_on else None)
        docs = []
        for i, p in enumerate(drafts):
            if str(p) == "-":
                docs.append(read_text(sys.stdin.read(), "text", "-", "draft", f"d{i}"))
            else:
                docs.append(read_path(p, "draft", f"d{i}", guess_format(str(p))))
        srcs = [read_path(p, "source", f"s{i}") for i, p in enumerate(source)]
        fdoc = None
        if facts is not None:
            fd = read_path(facts, "facts", "f0", "text")
            fdoc = facts_document(fd.original, str(facts))
        report = do_check(docs, srcs, fdoc, cfg)
        if write_baseline is not None:  # every current finding, before a baseline leaves some out
            from numcheck.baseline import write_baseline as do_write

            do_write(report, write_baseline)
        if baseline is not None:
            from numcheck.baseline import apply_baseline

            report = apply_baseline(report, baseline)
    except NumcheckError as exc:
        fail(str(exc))
        return
    if format == Fmt.text and output is not None:  # no colour codes in a file
        from numcheck.report.text import render as render_text

        write_output(render_text(report, color=False), output)
    else:
        write_output(render(report, format.value), output)
    threshold = cfg.fail_on
    if threshold == "never":
        raise typer.Exit(0)
    rank = {"info": 1, "warning": 2, "error": 3}[threshold]
    raise typer.Exit(1 if any(f.severity.rank >= rank for f in report.findings) else 0)


@app.command()
def scan(
    paths: list[Path] = typer.Argument(..., help="Articles, or directories to search for them."),
    glob: list[str] = typer.Option([], "--glob", help="Pattern in directories (repeatable)."),
    jobs: int | None = typer.Option(None, "--jobs", "-j", help="Worker processes (default: cores)."),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or dask."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler (default: LocalCluster)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="JSON lines file; a re-run resumes."),
    config: Path | None = typer.Option(None, "--config", help="numcheck.toml or pyproject.toml."),
    rules: Path | None = typer.Option(None, "--rules", help="A rule pack directory."),
) -> None:
    """Audit many articles, each on its own: one JSON line per article, then a summary."""
    from numcheck.scan import scan as do_scan

    try:
        status = do_scan(paths, glob, jobs, engine, scheduler, output, config, rules)
    except NumcheckError as exc:
        fail(str(exc))
        return
    raise typer.Exit(status)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report."""
    import json

    from numcheck.models import Report

    sys.stdout.write(json.dumps(Report.model_json_schema(by_alias=True), indent=2) + "\n")


@rules_app.command("list")
def rules_list() -> None:
    """Every rule: code, name, category, default severity."""
    from numcheck.checks.registry import RULES

    for r in RULES.values():
        typer.echo(f"{r.code}  {r.name:32} {r.category.value:24} {r.severity.value:8} {r.summary}")


@rules_app.command("explain")
def rules_explain(code: str) -> None:
    """What a rule does, why it matters, and an example."""
    from numcheck.checks.registry import RULES

    rule = RULES.get(code.upper())
    if rule is None:
        fail(f"unknown rule code {code!r} (see `numcheck rules list`)")
        return
    typer.echo(f"{rule.code} {rule.name} ({rule.category.value}, default {rule.severity.value})\n")
    typer.echo(f"What it does: {rule.summary}\n\nWhy it matters: {rule.why}\n\nExample:\n{rule.example}")


@rules_app.command("validate")
def rules_validate(directory: Path = typer.Argument(..., help="A rule pack directory.")) -> None:
    """Check a rule pack: YAML, types and rule codes, with file and line for any mistake."""
    from numcheck.rulepack import load_pack

    if not directory.is_dir():
        fail(f"{directory}: rule pack directory not found")
    try:
        load_pack(directory)
    except NumcheckError as exc:
        fail(str(exc))
    typer.echo(f"{directory}: rule pack is valid")


def main() -> None:
    app()
