"""The command line: a thin shell over numcheck.api. User mistakes exit 2 with one line on stderr."""

from __future__ import annotations

import math
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from numcheck.errors import NumcheckError

if TYPE_CHECKING:
    from numcheck.budget import Budget


def _readable_help() -> None:
    """Help that reads like a man page: `DRAFT...` (not `{drafts}` or `<list[Path]>`), no `<bool>`.

    typer 0.2x shows a required argument as `{name}`, its type beside a metavar, and `<bool>` after
    every flag; these three display hooks are narrowed here (left alone if typer lacks them)."""
    from typer import core

    arg, opt = getattr(core, "TyperArgument", None), getattr(core, "TyperOption", None)
    if arg is not None and hasattr(arg, "_usage_display_name") and hasattr(arg, "display_type_rich"):

        def usage_name(self: Any) -> str:
            name = self.metavar or self.name.upper()
            return name if self.required else f"[{name}]"

        arg_shown = arg.display_type_rich

        def arg_type(self: Any, ctx: Any) -> str | None:
            return None if self.metavar is not None else arg_shown(self, ctx)

        arg._usage_display_name = usage_name
        arg.display_type_rich = arg_type
    if opt is not None and hasattr(opt, "display_type_rich"):
        shown = opt.display_type_rich

        def opt_type(self: Any, ctx: Any) -> str | None:
            return None if getattr(self, "is_flag", False) else shown(self, ctx)

        opt.display_type_rich = opt_type


_readable_help()

EXIT_CODES = (
    "Exit status: 0 when no finding reaches --fail-on (default: error), 1 when one does, "
    "2 for unusable input or configuration (one line on stderr names the file)."
)
HELP = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    context_settings=HELP,
    help="Check the numbers in news copy.",
    epilog=EXIT_CODES,
)
rules_app = typer.Typer(no_args_is_help=True, context_settings=HELP, help="List, explain and validate rules.")
app.add_typer(rules_app, name="rules")


def _print_version(value: bool) -> None:
    if value:
        from numcheck.version import __version__

        typer.echo(f"numcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        is_eager=True,
        callback=_print_version,
        help="Print numcheck's version and exit.",
    ),
) -> None:
    """Check the numbers in news copy."""


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class StdinFmt(StrEnum):
    text = "text"
    markdown = "markdown"
    html = "html"


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


def note(message: str, quiet: bool = False) -> None:
    """A line for the user on stderr (not part of the report), unless --quiet."""
    if not quiet:
        typer.echo(f"numcheck: {message}", err=True)


def write_output(text: str, output: Path | None, quiet: bool = False) -> None:
    """Write to stdout, or atomically to a file (a temp file renamed into place), then say so."""
    if output is None:
        sys.stdout.write(text)
        return
    from numcheck.fsutil import atomic_write

    try:
        atomic_write(output, text)
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror})")
    note(f"wrote {output}", quiet)


def use_color(choice: Color) -> bool:
    """--color: always, never, or auto (a terminal on stdout, and NO_COLOR unset or empty)."""
    if choice == Color.always:
        return True
    if choice == Color.never:
        return False
    from numcheck.report.text import auto_color

    return auto_color()


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., metavar="FILE...", help="Files to read ('-' for stdin)."),
    format: ExtractFmt = typer.Option(
        ExtractFmt.table, "--format", "-f", metavar="table|json", help="A table per file, or JSON."
    ),
    rules: Path | None = typer.Option(None, "--rules", metavar="DIR", help="A rule pack directory."),
    stdin_format: StdinFmt = typer.Option(
        StdinFmt.text, "--stdin-format", metavar="text|markdown|html", help="How to read '-' (stdin)."
    ),
    stdin_name: str = typer.Option("-", "--stdin-name", metavar="NAME", help="What to call '-' (stdin)."),
) -> None:
    """List the numeric claims of each file."""
    from numcheck.api import extract as do_extract
    from numcheck.config import load_config
    from numcheck.read import read_path, read_stdin

    try:
        cfg = load_config(rules_dir=rules)
        results = []
        for i, p in enumerate(paths):
            if str(p) == "-":
                doc = read_stdin("draft", f"d{i}", stdin_format.value).model_copy(update={"path": stdin_name})
            else:
                doc = read_path(p, "draft", f"d{i}")
            results.append((doc, do_extract(doc, cfg)))
    except NumcheckError as exc:
        fail(str(exc))
        return
    if format == ExtractFmt.json:
        import json

        out = {
            "claims": [c.model_dump(mode="json") for _, cl in results for c in cl],
            "documents": [{"id": d.id, "path": d.path} for d, _ in results],
        }
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
        return
    from numcheck.report.claims_table import print_claims

    for doc, claims in results:
        print_claims(doc, claims)


TIME_LIMIT_HELP = "Seconds one document may take to check (default 120; 0: no limit)."
MEMORY_LIMIT_HELP = "Megabytes one document may use while checked (default 2048; 0: no limit)."


def _budget(seconds: float | None, megabytes: int | None) -> Budget:
    """The budget of --time-limit and --memory-limit; limits it cannot keep are one line, exit 2."""
    from numcheck.budget import Budget

    problem = Budget.problem(seconds, megabytes)
    if problem is not None:
        fail(problem)
    return Budget.of(seconds, megabytes)


def _refuse_overwriting_inputs(output: Path, inputs: list[Path]) -> None:
    from numcheck.fsutil import same_file

    for p in inputs:
        if str(p) != "-" and same_file(output, p):
            fail(
                f"{output}: is an input of this check ({p}); refusing to overwrite it with the report "
                "(use --force to do it anyway)"
            )


def _names(paths: list[Path]) -> str:
    shown = ", ".join("<stdin>" if str(p) == "-" else str(p) for p in paths[:3])
    return shown + (f" (and {len(paths) - 3} more)" if len(paths) > 3 else "")


@app.command(epilog=EXIT_CODES)
def check(
    drafts: list[Path] = typer.Argument(
        ..., metavar="DRAFT...", help="Drafts to check: files, folders (see --glob), '-' for stdin."
    ),
    source: list[Path] = typer.Option(
        [],
        "--source",
        "-s",
        metavar="FILE",
        help="A source document the draft was written from (repeatable).",
    ),
    facts: Path | None = typer.Option(None, "--facts", metavar="FILE", help="A facts file (YAML)."),
    config: Path | None = typer.Option(
        None, "--config", metavar="FILE", help="numcheck.toml or pyproject.toml."
    ),
    rules: Path | None = typer.Option(None, "--rules", metavar="DIR", help="A rule pack directory."),
    format: Fmt = typer.Option(
        Fmt.text, "--format", "-f", metavar="text|json|sarif|github|junit|html", help="Report format."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write the report here (atomically); says so on stderr."
    ),
    fail_on: FailOn | None = typer.Option(
        None,
        "--fail-on",
        metavar="error|warning|info|never",
        help="Lowest severity that fails (exit 1). [default: error]",
    ),
    baseline: Path | None = typer.Option(
        None, "--baseline", metavar="FILE", help="Accepted findings to leave out (counted in the summary)."
    ),
    write_baseline: Path | None = typer.Option(
        None, "--write-baseline", metavar="FILE", help="Record the current findings as accepted; exit 0."
    ),
    glob: list[str] = typer.Option(
        [],
        "--glob",
        metavar="PATTERN",
        help="Drafts to take from a folder (repeatable). [default: *.txt *.md *.markdown *.html *.htm]",
    ),
    stdin_format: StdinFmt = typer.Option(
        StdinFmt.text,
        "--stdin-format",
        metavar="text|markdown|html",
        help="How to read a draft on stdin ('-').",
    ),
    stdin_name: str = typer.Option(
        "-",
        "--stdin-name",
        metavar="NAME",
        help="The name a draft on stdin gets in the report and annotations.",
    ),
    fail_on_empty: bool = typer.Option(
        False, "--fail-on-empty", help="An empty draft is an error (exit 2), not a note."
    ),
    color: Color = typer.Option(
        Color.auto,
        "--color",
        metavar="auto|always|never",
        help="Colour in the text report (auto: on a terminal, unless NO_COLOR).",
    ),
    quiet: bool = typer.Option(
        False, "--quiet", "-q", help="Only the findings: no notes on stderr, no drafts without findings."
    ),
    time_limit: float | None = typer.Option(None, "--time-limit", metavar="SECONDS", help=TIME_LIMIT_HELP),
    memory_limit: int | None = typer.Option(None, "--memory-limit", metavar="MB", help=MEMORY_LIMIT_HELP),
    force: bool = typer.Option(False, "--force", help="Let --output overwrite an input file."),
) -> None:
    """Check drafts: within themselves, against --source documents and a --facts file."""
    from numcheck.api import check as do_check
    from numcheck.api import facts_document
    from numcheck.budget import document_budget
    from numcheck.config import load_config
    from numcheck.errors import EmptyInputError
    from numcheck.read import guess_format, read_path, read_stdin
    from numcheck.report import render

    if output is not None and not force:
        _refuse_overwriting_inputs(output, [*drafts, *source, *([facts] if facts else [])])
    try:
        cfg = load_config(config_file=config, rules_dir=rules, fail_on=fail_on.value if fail_on else None)
        docs = []
        for i, p in enumerate(_draft_paths(drafts, glob)):
            try:
                if str(p) == "-":
                    doc = read_stdin("draft", f"d{i}", stdin_format.value)
                    docs.append(doc.model_copy(update={"path": stdin_name}))
                else:
                    docs.append(read_path(p, "draft", f"d{i}", guess_format(str(p))))
            except EmptyInputError as exc:
                if fail_on_empty:
                    raise
                note(f"note: {exc}", quiet)
        srcs = [read_path(p, "source", f"s{i}") for i, p in enumerate(source)]
        fdoc = None
        if facts is not None:
            fd = read_path(facts, "facts", "f0", "text")
            fdoc = facts_document(fd.original, str(facts))
        with document_budget(_names(drafts), _budget(time_limit, memory_limit)):
            report = do_check(docs, srcs, fdoc, cfg)
        if write_baseline is not None:  # every current finding, before a baseline leaves some out
            from numcheck.baseline import write_baseline as do_write

            written = do_write(report, write_baseline)
            note(f"wrote {write_baseline} ({written} accepted finding{'s' if written != 1 else ''})", quiet)
        if baseline is not None:
            from numcheck.baseline import apply_baseline

            report = apply_baseline(report, baseline)
    except NumcheckError as exc:
        fail(str(exc))
        return
    if format == Fmt.text:
        from numcheck.report.text import render as render_text

        colored = output is None and use_color(color)  # no colour codes in a file
        import shutil

        width = shutil.get_terminal_size().columns if output is None and sys.stdout.isatty() else None
        write_output(render_text(report, color=colored, width=width, quiet=quiet), output, quiet)
    else:
        write_output(render(report, format.value), output, quiet)
        if report.summary.baselined:
            n = report.summary.baselined
            note(f"{n} finding{'s' if n != 1 else ''} hidden by the baseline {baseline}", quiet)
    if write_baseline is not None:  # the findings are now accepted: writing them is a success
        raise typer.Exit(0)
    threshold = cfg.fail_on
    if threshold == "never":
        raise typer.Exit(0)
    rank = {"info": 1, "warning": 2, "error": 3}[threshold]
    raise typer.Exit(1 if any(f.severity.rank >= rank for f in report.findings) else 0)


def _draft_paths(paths: list[Path], globs: list[str]) -> list[Path]:
    """The drafts named: files as they are, folders searched for files matching the globs."""
    out: list[Path] = []
    for p in paths:
        if str(p) != "-" and p.is_dir():
            from numcheck.scan import DEFAULT_GLOBS, discover

            found = discover([p], globs)
            if not found:
                patterns = ", ".join(globs or DEFAULT_GLOBS)
                raise NumcheckError(f"{p}: a directory with no drafts in it (patterns: {patterns})")
            out += [Path(f) for f in found]
        else:
            out.append(p)
    return out


@app.command()
def scan(
    paths: list[Path] = typer.Argument(
        ..., metavar="PATH...", help="Articles, or folders to search for them."
    ),
    glob: list[str] = typer.Option([], "--glob", metavar="PATTERN", help="Pattern in folders (repeatable)."),
    jobs: int | None = typer.Option(
        None, "--jobs", "-j", metavar="N", help="Worker processes (default: cores)."
    ),
    engine: str = typer.Option("local", "--engine", metavar="local|dask", help="Process pool or Dask."),
    scheduler: str | None = typer.Option(
        None, "--scheduler", metavar="ADDRESS", help="Dask scheduler (default: LocalCluster)."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", metavar="FILE.jsonl", help="JSON lines file; a re-run resumes it."
    ),
    config: Path | None = typer.Option(
        None, "--config", metavar="FILE", help="numcheck.toml or pyproject.toml."
    ),
    rules: Path | None = typer.Option(None, "--rules", metavar="DIR", help="A rule pack directory."),
    time_limit: float | None = typer.Option(None, "--time-limit", metavar="SECONDS", help=TIME_LIMIT_HELP),
    memory_limit: int | None = typer.Option(None, "--memory-limit", metavar="MB", help=MEMORY_LIMIT_HELP),
    force: bool = typer.Option(
        False,
        "--force",
        help="Start --output again: check every article, replacing what it holds (results of another "
        "version or configuration, or a file that is not a scan's).",
    ),
) -> None:
    """Audit many articles, each on its own: one JSON line per article, then a summary.

    A re-run with the same --output resumes, when the results there were made by this numcheck
    version under this configuration; otherwise it stops (exit 2) and --force starts again."""
    from numcheck.scan import scan as do_scan

    try:
        status = do_scan(
            paths,
            glob,
            jobs,
            engine,
            scheduler,
            output,
            config,
            rules,
            budget=_budget(time_limit, memory_limit),
            force=force,
        )
    except NumcheckError as exc:
        fail(str(exc))
        return
    raise typer.Exit(status)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report (`--format json` of `numcheck check`)."""
    import json

    sys.stdout.write(json.dumps(report_schema(), indent=2) + "\n")


def report_schema() -> dict[str, object]:
    """The JSON Schema of the report as it is written (serialization mode: no internal fields)."""
    from numcheck.models import Report

    body = Report.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **body}


class RulesFmt(StrEnum):
    table = "table"
    markdown = "markdown"
    json = "json"


def _rules_config(config: Path | None, rules: Path | None) -> object:
    """The config in effect for the `rules` commands (a mistake in it: exit 2)."""
    from numcheck.config import load_config

    try:
        return load_config(config_file=config, rules_dir=rules)
    except NumcheckError as exc:
        fail(str(exc))
        raise  # unreachable: fail() exits


def _default_severity(code: str) -> str:
    """A rule's severity as shipped: the default pack's setting, else the rule's own."""
    from numcheck.checks.registry import RULES
    from numcheck.rulepack import load_pack

    return load_pack(None).setting(code).severity or RULES[code].severity.value


def _in_effect(cfg: object, code: str) -> str:
    """'off', or the severity the rule's findings get under `cfg`."""
    from numcheck.checks.registry import RULES
    from numcheck.config import Config

    assert isinstance(cfg, Config)
    setting = cfg.rule(code)
    if setting.enabled is False:
        return "off"
    return setting.severity or RULES[code].severity.value


def _limit(
    raw: str | None, option: str, default: float, what: str, whole: bool = False, off: bool = False
) -> float | None:
    """A `numcheck serve` limit from its option: a number above 0 (a whole one when `whole`; 0 too
    when `off`, meaning no limit: None), else one line on stderr and exit 2."""
    if raw is None:
        return default
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        value = None
    if value is not None and value == 0 and off:
        return None
    if value is None or not math.isfinite(value) or value <= 0:
        zero = " (0: no limit)" if off else ""
        fail(f"{option}: expected {what} above 0{zero}, not {raw!r}")
    return value


def _seconds_option(flag: str, default: float, help_text: str) -> Any:
    return typer.Option(
        None, flag, metavar="SECONDS", show_default=False, help=f"{help_text} (default {default:g})."
    )


def _count_option(flag: str, default: int, help_text: str, metavar: str = "N") -> Any:
    return typer.Option(
        None, flag, metavar=metavar, show_default=False, help=f"{help_text} (default {default:,})."
    )


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", metavar="ADDRESS", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", metavar="PORT", help="Port to listen on."),
    config: Path | None = typer.Option(
        None, "--config", metavar="FILE", help="numcheck.toml or pyproject.toml."
    ),
    rules: Path | None = typer.Option(None, "--rules", metavar="DIR", help="A rule pack directory."),
    workers: str | None = typer.Option(
        None, "--workers", metavar="N", show_default=False, help="Check processes (default: cores)."
    ),
    timeout: str | None = _seconds_option("--timeout", 10.0, "Seconds a check may run, then 503"),
    max_body: str | None = _count_option(
        "--max-body", 2 * 1024 * 1024, "Largest body in bytes, else 413", "BYTES"
    ),
    memory_limit: str | None = _count_option(
        "--memory-limit",
        2048,
        "Megabytes one check may allocate in its worker, then 422 bad_input; 0: no limit",
        "MB",
    ),
    header_timeout: str | None = _seconds_option(
        "--header-timeout", 10.0, "Seconds a connection has to send a request's headers, then it is closed"
    ),
    body_timeout: str | None = _seconds_option(
        "--body-timeout", 30.0, "Seconds a request has to send its body, then 408"
    ),
    max_connections: str | None = _count_option(
        "--max-connections",
        1000,
        "Connections open at once, more are closed at once; kept under the file-descriptor limit",
    ),
    max_buffered: str | None = _count_option(
        "--max-buffered",
        64 * 1024 * 1024,
        "Bytes of request bodies held at once, all connections together, then 503 busy",
        "BYTES",
    ),
    max_pending: str | None = _count_option(
        "--max-pending", 512, "Checks running or waiting at once; more get 503 busy"
    ),
    queue_timeout: str | None = _seconds_option(
        "--queue-timeout", 60.0, "Seconds a check may wait for a free worker, then 503 busy"
    ),
    recycle_after: str | None = _count_option(
        "--recycle-after", 2000, "Checks before a worker is replaced by a fresh one"
    ),
    startup_timeout: str | None = _seconds_option(
        "--startup-timeout", 120.0, "Seconds a worker has to start and pass its warm-up check"
    ),
    block_on: FailOn | None = typer.Option(
        None, "--block-on", metavar="error|warning|info|never", help="Blocks from (default: fail_on)."
    ),
    warn_on: FailOn = typer.Option(
        FailOn.warning, "--warn-on", metavar="error|warning|info|never", help="Warns from this severity."
    ),
) -> None:
    """Run the pre-publish HTTP gate and the editor's page (needs the serve extra)."""
    try:
        from numcheck.serve import GateSettings, serve_command
    except ImportError as exc:
        fail(f"numcheck serve needs the serve extra: pip install 'numcheck[serve]' ({exc})")
        return
    base = GateSettings(token=None)
    limits = {
        "workers": _limit(workers, "--workers", 0, "a whole number of processes", whole=True),
        "timeout_s": _limit(timeout, "--timeout", base.timeout_s, "a number of seconds"),
        "max_body_bytes": _limit(
            max_body, "--max-body", base.max_body_bytes, "a whole number of bytes", whole=True
        ),
        "memory_mb": _limit(
            memory_limit,
            "--memory-limit",
            base.memory_mb,
            "a whole number of megabytes",
            whole=True,
            off=True,
        ),
        "header_timeout_s": _limit(
            header_timeout, "--header-timeout", base.header_timeout_s, "a number of seconds"
        ),
        "body_timeout_s": _limit(body_timeout, "--body-timeout", base.body_timeout_s, "a number of seconds"),
        "max_connections": _limit(
            max_connections,
            "--max-connections",
            base.max_connections,
            "a whole number of connections",
            whole=True,
        ),
        "max_buffered_bytes": _limit(
            max_buffered, "--max-buffered", base.max_buffered_bytes, "a whole number of bytes", whole=True
        ),
        "max_pending": _limit(
            max_pending, "--max-pending", base.max_pending, "a whole number of checks", whole=True
        ),
        "queue_timeout_s": _limit(
            queue_timeout, "--queue-timeout", base.queue_timeout_s, "a number of seconds"
        ),
        "recycle_after": _limit(
            recycle_after, "--recycle-after", base.recycle_after, "a whole number of checks", whole=True
        ),
        "startup_timeout_s": _limit(
            startup_timeout, "--startup-timeout", base.startup_timeout_s, "a number of seconds"
        ),
    }
    if not limits["workers"]:
        del limits["workers"]  # the default: one per core
    settings = GateSettings(warn_on=warn_on.value, block_on=block_on.value if block_on else None, **limits)  # type: ignore[arg-type]
    try:
        serve_command(host, port, config, rules, settings)
    except NumcheckError as exc:
        fail(str(exc))


@rules_app.command("list")
def rules_list(
    format: RulesFmt = typer.Option(
        RulesFmt.table,
        "--format",
        "-f",
        metavar="table|markdown|json",
        help="table; markdown (the reference in docs/rules.md); json.",
    ),
    config: Path | None = typer.Option(
        None, "--config", metavar="FILE", help="numcheck.toml or pyproject.toml."
    ),
    rules: Path | None = typer.Option(None, "--rules", metavar="DIR", help="A rule pack directory."),
) -> None:
    """Every rule: code, name, category, default severity and what is in effect under the config."""
    import json

    from numcheck.checks.registry import RULES

    if format == RulesFmt.markdown:
        sys.stdout.write(rules_markdown())
        return
    cfg = _rules_config(config, rules)
    codes = sorted(RULES)
    if format == RulesFmt.json:
        from numcheck.config import Config

        assert isinstance(cfg, Config)
        out = [
            {
                "code": c,
                "name": RULES[c].name,
                "category": RULES[c].category.value,
                "default_severity": _default_severity(c),
                "enabled": cfg.enabled(c),
                "severity": _in_effect(cfg, c) if cfg.enabled(c) else None,
                "params": cfg.rule(c).params,
                "summary": RULES[c].summary,
            }
            for c in codes
        ]
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
        return
    from rich import box
    from rich.console import Console
    from rich.table import Table

    # fits 80 columns: the category is in `rules explain` and --format json
    table = Table(title="numcheck rules", title_justify="left", box=box.SQUARE, padding=(0, 1))
    for col in ("Code", "Name", "Default", "Now", "What it checks"):
        table.add_column(col, overflow="fold", no_wrap=col != "What it checks")
    for c in codes:
        r = RULES[c]
        default, now = _default_severity(c), _in_effect(cfg, c)
        shown = "[dim]off[/dim]" if now == "off" else (now if now == default else f"[bold]{now}[/bold]")
        table.add_row(c, r.name, default, shown, r.summary)
    console = Console(width=None if sys.stdout.isatty() else 80)
    console.print(table)
    sys.stdout.write(_config_note(cfg) + "\n")  # a path is not folded


def _config_note(cfg: object) -> str:
    from numcheck.config import Config
    from numcheck.rulepack import default_pack_dir

    assert isinstance(cfg, Config)
    where = f"config: {cfg.source}" if cfg.source else "no config file (numcheck.toml or [tool.numcheck])"
    pack = (
        "default rule pack"
        if Path(cfg.pack.path).resolve() == default_pack_dir().resolve()
        else (f"rule pack {cfg.pack.path}")
    )
    return f"{where}; {pack}"


@rules_app.command("explain")
def rules_explain(
    code: str = typer.Argument(
        ...,
        metavar="CODE",
        help="A rule code (NC201) or name (source-discrepancy), or a knowledge file (hedges, nouns...).",
    ),
    config: Path | None = typer.Option(
        None, "--config", metavar="FILE", help="numcheck.toml or pyproject.toml."
    ),
    rules: Path | None = typer.Option(None, "--rules", metavar="DIR", help="A rule pack directory."),
) -> None:
    """What a rule does, why it matters, an example, its parameters, and how to configure it; for a
    knowledge file (hedges, vague, nouns, ...), what it holds and which copy is in effect."""
    from numcheck.checks.registry import RULES
    from numcheck.config import Config
    from numcheck.rulecodes import resolve_rule, unknown_rule_message
    from numcheck.rulepack import knowledge_file, load_pack

    resolved = resolve_rule(code)
    if resolved is None and (name := knowledge_file(code)) is not None:
        _explain_knowledge_file(name, _rules_config(config, rules))
        return
    if resolved is None:
        fail(unknown_rule_message(code))
        return
    cfg = _rules_config(config, rules)
    assert isinstance(cfg, Config)
    rule = RULES[resolved]
    default_params = load_pack(None).setting(resolved).params
    now = cfg.rule(resolved)
    lines = [
        f"{rule.code}  {rule.name}",
        f"category: {rule.category.value}   default severity: {_default_severity(resolved)}   "
        f"in effect: {_in_effect(cfg, resolved)}",
        f"({_config_note(cfg)})",
        "",
        f"What it does: {rule.summary}",
        "",
        f"Why it matters: {rule.why}",
        "",
        "Example:",
        f"  {rule.example}",
        "",
    ]
    docs = param_docs(rule)
    names = sorted({*default_params, *now.params})
    if names:
        lines.append("Parameters (default -> in effect):")
        for n in names:
            d = default_params.get(n, "(none)")
            e = now.params.get(n, d)
            doc = f"  {docs[n]}" if n in docs else ""
            lines.append(f"  {n} = {_toml_value(d)} -> {_toml_value(e)}{doc}")
    else:
        lines.append("Parameters: none")
    lines += ["", *_configure_snippet(resolved, default_params)]
    typer.echo("\n".join(lines))


def _explain_knowledge_file(name: str, cfg: object) -> None:
    """`rules explain hedges`: the file's own description, the copy in effect and how a desk changes it."""
    from numcheck.config import Config
    from numcheck.rulepack import default_pack_dir, knowledge_header

    assert isinstance(cfg, Config)
    default = default_pack_dir() / f"{name}.yaml"
    own = Path(cfg.pack.path) / f"{name}.yaml"
    if name in cfg.pack.own_files and own.resolve() != default.resolve():
        mode = cfg.pack.modes.get(name, "extends")
        effect = f"{own} ({mode} the default {default})"
    else:
        effect = f"{default} (the default pack's)"
    lines = [
        f"{name}.yaml  knowledge file (not a rule)",
        f"in effect: {effect}",
        f"({_config_note(cfg)})",
        "",
        knowledge_header(default),
        "",
        f"To change it: a {name}.yaml in your rule pack (--rules DIR, or rules_dir in numcheck.toml) extends "
        "this one entry by entry (an entry of the same name replaces the default's; new ones are added); "
        "`replace: true` at its top replaces the file whole. `numcheck rules validate DIR` checks the pack.",
    ]
    typer.echo("\n".join(lines))


# what each rule parameter means, for `rules explain` and docs/rules.md (a rule may also carry its own
# `param_docs`, which win)
PARAM_MEANING: dict[str, str] = {
    "min_ratio_gap": "reserved: no check reads it at present (NC201 reports every disagreement the "
    "sources' wording allows); kept so that configs which set it stay valid",
    "max_factor": "NC201 reports two voices' values only when the larger is at most this many times the "
    "smaller (10: an estimate more than ten times another's measures another thing: a day's toll "
    "against a year's, one incident against all), unless one slip could turn one into the other (a "
    "scale word swapped); 0 reports every disagreement",
    "max_gap": "how far a complete list of parts may fall short of or exceed its stated total, in the "
    "total's units, beyond the rounding of the figures",
    "near_ratio": "NC301 reports two values of one figure only when one slip could turn one into the "
    "other: values within this ratio of each other (1.25: a figure up to a quarter off), digits "
    "transposed, one digit changed, or a power of ten in powers_of_ten",
    "powers_of_ten": "the powers of ten a slip may multiply a figure by (1, 2: zeros; 3, 6: a scale "
    "word, thousand/million/billion)",
    "percent_tolerance": "how many percentage points a stated change or share may differ from the one "
    "its figures give (a change stated in percentage points by at most a quarter of itself)",
    "relative_tolerance": "how far (a fraction: 0.05 is 5%) an amount per head may be from the total "
    "over the count, beyond the rounding of the figures",
}


def param_docs(rule: object) -> dict[str, str]:
    """Parameter name -> meaning for a rule."""
    own: dict[str, str] = getattr(rule, "param_docs", None) or {}
    return {**PARAM_MEANING, **own}


def _toml_value(value: object) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)


def _configure_snippet(code: str, params: dict[str, object]) -> list[str]:
    out = [
        "To change it, in pyproject.toml:",
        f"  [tool.numcheck.rules.{code}]",
        '  severity = "warning"     # error | warning | info',
        "  enabled = false          # turn the rule off",
    ]
    if params:
        out.append("  params = { " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in params.items()) + " }")
    out += [
        f"or in numcheck.toml the same keys under [rules.{code}].",
        "Check a config file with: numcheck rules validate --config FILE",
    ]
    return out


def rules_markdown() -> str:
    """The reference of every rule as shipped (the default pack, no config): docs/rules.md."""
    from numcheck.checks.registry import RULES
    from numcheck.rulepack import load_pack

    pack = load_pack(None)

    def cell(s: str) -> str:
        return s.replace("|", "\\|").replace("\n", " ")

    out = [
        "# numcheck rules",
        "",
        "<!-- Generated by `numcheck rules list --format markdown > docs/rules.md`; do not edit by hand."
        " tests/test_rules_cli.py checks that this file is up to date. -->",
        "",
        "Every check is a rule with a stable code and name. A finding's `category` is the rule's category;",
        "its severity is the rule's default unless the desk's configuration changes it.",
        "`numcheck rules list` shows what is in effect under your configuration and",
        "`numcheck rules explain CODE` shows one rule with its effective parameters.",
        "",
        "| Code | Name | Category | Default severity | Parameters |",
        "|---|---|---|---|---|",
    ]
    codes = sorted(RULES)
    for c in codes:
        r = RULES[c]
        params = pack.setting(c).params
        ps = ", ".join(f"`{k} = {_toml_value(v)}`" for k, v in params.items()) or "—"
        sev = _default_severity(c)
        out.append(f"| [{c}](#{c.lower()}) | `{r.name}` | `{r.category.value}` | {sev} | {ps} |")
    for c in codes:
        r = RULES[c]
        params = pack.setting(c).params
        docs = param_docs(r)
        out += [
            "",
            f"## {c}",
            "",
            f"**{r.name}** — category `{r.category.value}`, default severity **{_default_severity(c)}**"
            + ("" if pack.setting(c).enabled is not False else ", **off by default**")
            + ".",
            "",
            f"**What it does.** {cell(r.summary)}",
            "",
            f"**Why it matters.** {cell(r.why)}",
            "",
            f"**Example.** {cell(r.example)}",
            "",
        ]
        if params:
            out += ["**Parameters.**", "", "| Parameter | Default | Meaning |", "|---|---|---|"]
            out += [f"| `{k}` | `{_toml_value(v)}` | {cell(docs.get(k, ''))} |" for k, v in params.items()]
            out.append("")
        out += [
            "**Configure.**",
            "",
            "```toml",
            f"[tool.numcheck.rules.{c}]   # or [rules.{c}] in numcheck.toml; the name `{r.name}` works too",
            'severity = "warning"         # error | warning | info',
            "enabled = false              # turn the rule off",
        ]
        if params:
            out.append("params = { " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in params.items()) + " }")
        out.append("```")
    out += [
        "",
        "## Configuration",
        "",
        "numcheck reads `numcheck.toml`, or the `[tool.numcheck]` table of `pyproject.toml`, from the",
        "working directory upwards (`numcheck.toml` wins in one directory), or the file named by",
        "`--config`. Keys:",
        "",
        "| Key | Meaning |",
        "|---|---|",
        "| `fail_on` | lowest severity that makes `numcheck check` exit 1: `error` (default), `warning`, "
        "`info`, `never`; `--fail-on` wins |",
        "| `rules_dir` | a rule pack directory of the desk's own, relative to the config file; `--rules` "
        "wins |",
        "| `rules.CODE.severity` | `error`, `warning` or `info` for that rule's findings |",
        "| `rules.CODE.enabled` | `false` turns the rule off |",
        "| `rules.CODE.params` | the rule's parameters (names and types as in the table above) |",
        "",
        "A rule pack directory holds any of `hedges.yaml`, `vague.yaml`, `numbers.yaml`, `nouns.yaml`,",
        "`events.yaml`, `attribution.yaml`, `units.yaml`, `tolerances.yaml`, `relations.yaml`,",
        "`measures.yaml` (kinds of money), `judgement.yaml` and `rules.yaml`; the files",
        "it lacks come from the default pack. A file it holds extends the default one entry by entry (an",
        "entry with the same name replaces the default's, words are added to word lists), unless it has",
        "`replace: true` at the top, when it replaces the default file. `numcheck rules validate DIR`",
        "checks a pack, says which of its files extend and which replace, and reports every mistake",
        "with its file and line.",
        "",
    ]
    return "\n".join(out)


@rules_app.command("validate")
def rules_validate(
    directory: Path | None = typer.Argument(
        None,
        metavar="DIR",
        help="A rule pack directory (default: the one the config names, else the default pack).",
    ),
    config: Path | None = typer.Option(None, "--config", metavar="FILE", help="Also check this config file."),
) -> None:
    """Check a rule pack (and, without DIR, the config file in effect): every mistake, with file and line."""
    from numcheck.config import find_config_file, load_config, read_overrides
    from numcheck.rulepack import check_pack, default_pack_dir

    errors: list[str] = []
    target = directory
    path: Path | None = config
    try:
        if path is None and directory is None:
            path = find_config_file()
        if path is not None:
            over = read_overrides(path)
            if directory is None and over.rules_dir:
                target = path.parent / over.rules_dir
    except NumcheckError as exc:
        errors.append(str(exc))
    pack, problems = check_pack(target)
    errors += [str(p) for p in problems]
    if path is not None and not errors:
        try:  # rule codes and parameters in the config, against the pack
            load_config(config_file=path, rules_dir=target)
        except NumcheckError as exc:
            errors.append(str(exc))
    for e in errors:
        typer.echo(f"numcheck: error: {e}", err=True)
    if errors or pack is None:
        raise typer.Exit(2)
    shown = target if target is not None else default_pack_dir()
    own = len(pack.own_files)
    if target is None or Path(target).resolve() == default_pack_dir().resolve():
        files = f"{own} files"
    else:
        files = f"{own} file{'s' if own != 1 else ''} of its own, the rest from the default pack"
        verb = {"replaces": "replaces the default (replace: true)", "extends": "extends the default"}
        said = [f"{name}.yaml {verb[mode]}" for name, mode in sorted(pack.modes.items())]
        if said:
            files += "; " + "; ".join(said)
    note = f"; config {path} is valid" if path is not None else ""
    typer.echo(f"{shown}: rule pack is valid ({files}, {len(pack.rules.rules)} rule settings){note}")


def main() -> None:
    """The `numcheck` command. A mistake on the command line (an unknown option, a missing
    argument, a value of the wrong kind) is one line on stderr naming the command and how to get
    its help, exit 2 — as every other user's mistake is — instead of a boxed usage text."""
    command = typer.main.get_command(app)
    try:
        code = command.main(prog_name="numcheck", standalone_mode=False)
    except typer.Abort:
        typer.echo("numcheck: aborted", err=True)
        raise SystemExit(130) from None
    except typer.TyperException as exc:  # typer's click errors: usage, bad parameter, no such option
        ctx = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
            # a bare `numcheck` or `numcheck rules`: its help, once. Typer's rich help prints itself while
            # the error is built and leaves the message empty; plain click carries the text instead.
            if exc.format_message():
                typer.echo(exc.format_message())
            raise SystemExit(2) from None
        where = ctx.command_path if ctx is not None else "numcheck"
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        typer.echo(f"numcheck: error: {' '.join(message.split())} (see `{where} -h`)", err=True)
        raise SystemExit(getattr(exc, "exit_code", 2)) from None
    raise SystemExit(code if isinstance(code, int) else 0)
