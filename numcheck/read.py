"""Read: a file or a string -> a Document with plain text and an offset map back to the file.

Plain text is read as it is. (Markdown and HTML readers: see issue 3; they keep offsets into
the file through `Document.offsets`.)
"""

from __future__ import annotations

from pathlib import Path

from numcheck.errors import InputError
from numcheck.models import Document, Role, TextFormat

MAX_BYTES = 20 * 1024 * 1024


def guess_format(path: str) -> TextFormat:
    low = path.lower()
    if low.endswith((".md", ".markdown")):
        return "markdown"
    if low.endswith((".html", ".htm")):
        return "html"
    return "text"


def read_text(
    text: str, fmt: TextFormat = "text", path: str = "<text>", role: Role = "draft", doc_id: str = "d0"
) -> Document:
    """Turn text already in memory into a Document."""
    return Document(id=doc_id, path=path, role=role, format=fmt, original=text, text=text)


def read_path(
    path: str | Path, role: Role = "draft", doc_id: str = "d0", fmt: TextFormat | None = None
) -> Document:
    """Read a file; a problem is an InputError naming the file."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{p}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{p}: is a directory, not a file") from exc
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text (byte {exc.start})") from exc
    return read_text(text, fmt or guess_format(str(p)), str(p), role, doc_id)
