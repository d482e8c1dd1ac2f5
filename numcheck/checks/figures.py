"""Figures in messages: a corrected value written the way the figure beside it is written."""

from __future__ import annotations

import re

from numcheck.models import AnyClaim

NUM_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def fmt(v: float) -> str:
    """A plain figure: whole numbers with separators, small ones with a decimal or two."""
    if abs(v - round(v)) < 1e-9 or abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:,.1f}" if abs(v) >= 10 else f"{v:,.2f}".rstrip("0").rstrip(".")


def written(value: float, like: AnyClaim) -> str:
    """value (in like's own unit and scale) written like the figure `like`: '$2.7bn' beside
    '$2.4bn', '5.4F' beside '37.4F', '64' beside '67 people'."""
    m = NUM_RE.search(like.surface)
    if m is None or like.value is None:
        return fmt(value) + ("%" if like.kind == "percent" else "")
    shown = float(m.group().replace(",", ""))
    scale = like.value / shown if shown else 1.0
    v = value / scale
    decimals = len(m.group().split(".")[1]) if "." in m.group() else 0
    if decimals == 0 and abs(v - round(v)) > 0.05 and abs(v) < 100:
        decimals = 1
    if decimals and abs(v) >= 100:
        decimals = 0
    text = f"{v:,.{decimals}f}" if "," in m.group() or abs(v) >= 1000 else f"{v:.{decimals}f}"
    return like.surface[: m.start()] + text + like.surface[m.end() :]
