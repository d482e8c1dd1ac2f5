"""What the attribution tests read from an extraction: the source of one figure."""

from __future__ import annotations

import numcheck


def source_of(text: str, surface: str) -> str | None:
    """The source numcheck gives the figure written `surface` in `text` (None: the article's own
    voice); a figure that is not read fails the test, naming what was."""
    for c in numcheck.extract(text):
        if c.surface == surface:
            return c.source
    raise AssertionError(f"no claim {surface!r} in {[c.surface for c in numcheck.extract(text)]}")
