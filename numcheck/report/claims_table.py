"""`numcheck extract`'s table: one row per claim — where, surface, value or interval, unit or counted
noun, measurand, hedge, source."""

from __future__ import annotations

import io
import sys

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from numcheck.models import Claim, Document, Report
from numcheck.report.common import ReportIndex, fmt_value, plural, printable, unit_label

PLAIN_WIDTH = 140


def claims_table(doc: Document, claims: list[Claim]) -> Table:
    index = ReportIndex(Report(documents=[doc], claims=claims))
    table = Table(
        title=Text(f"{printable(doc.path)} — {plural(len(claims), 'claim')}", style="bold"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
    )
    table.add_column("line:col", style="dim", no_wrap=True)
    table.add_column("surface", style="bold", max_width=40)
    table.add_column("value", justify="right", overflow="fold")
    table.add_column("unit/counts", overflow="fold")
    table.add_column("measurand", max_width=32)
    table.add_column("hedge")
    table.add_column("source", max_width=28)
    for c in claims:
        loc = index.locate(c)
        where = f"{loc.line}:{loc.col}" if loc.line else f"@{loc.start}"
        unit = unit_label(c)
        if c.counts and c.noun_class and c.noun_class != c.counts:
            unit = f"{unit} ({c.noun_class})" if unit else c.noun_class
        table.add_row(
            Text(where),
            Text(printable(c.surface)),
            Text(fmt_value(c, with_unit=False)),
            Text(printable(unit)),
            Text(printable(c.measurand or "")),
            Text(printable(c.hedge or "")),
            Text(printable(c.source or "—"), style="" if c.source else "dim"),
        )
    return table


def print_claims(doc: Document, claims: list[Claim], console: Console | None = None) -> None:
    """Print the claims of one document as a table on stdout (colour only on a terminal, else plain)."""
    out = Console(file=sys.stdout, highlight=False) if console is None else console
    shown = claims_table(doc, claims) if claims else Text(f"{printable(doc.path)} — no claims", style="bold")
    if console is not None or out.is_terminal:
        out.print(shown)
        out.print()
        return
    buf = io.StringIO()
    Console(file=buf, highlight=False, width=PLAIN_WIDTH, no_color=True, color_system=None).print(shown)
    sys.stdout.write("".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines()) + "\n")
