"""Run configuration: the rule pack plus a desk's overrides, passed explicitly down the pipeline.

Overrides come from `numcheck.toml` or `pyproject.toml [tool.numcheck]` (found from the working
directory upwards, or named with --config), e.g.:

    [tool.numcheck]
    fail_on = "warning"
    rules_dir = "desk-rules"          # a pack of its own (files it lacks come from the default)

    [tool.numcheck.rules.NC201]
    severity = "error"
    [tool.numcheck.rules.unsupported-claim]   # a rule is named by its code or its name
    enabled = false
    [tool.numcheck.rules.NC502]
    params = { max_gap = 1.0 }

In `numcheck.toml` the same keys stand at the top level (`fail_on = ...`, `[rules.NC201]`) or
under `[tool.numcheck]`. In one directory `numcheck.toml` wins over `pyproject.toml`. Every
mistake is a ConfigError naming the file and the line of the offending table or key.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, GetCoreSchemaHandler, ValidationError
from pydantic_core import CoreSchema, core_schema

from numcheck.errors import ConfigError
from numcheck.rulecodes import resolve_rule, unknown_rule_message
from numcheck.rulepack import (
    Problem,
    RulePack,
    RuleSetting,
    load_pack,
    param_problem,
)

FailOn = Literal["error", "warning", "info", "never"]
TOOL = ("tool", "numcheck")


class Overrides(BaseModel):
    """The [tool.numcheck] table (or a numcheck.toml) as the desk wrote it."""

    model_config = ConfigDict(extra="forbid")

    fail_on: FailOn = "error"
    rules_dir: str | None = None
    rules: dict[str, RuleSetting] = Field(default_factory=dict)


class _LoadedPack:
    """Config.pack takes a RulePack as it is (load_pack validated it): only its type is checked.
    The pack's models build their validators when first used (defer_build), and a pack read from
    the cache (rulepack.load_pack) never validates, so a cold check builds none of them."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.is_instance_schema(RulePack)


class Config(BaseModel):
    """What one run of `check()` is configured with."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    pack: Annotated[RulePack, _LoadedPack]
    fail_on: FailOn = "error"
    overrides: dict[str, RuleSetting] = Field(default_factory=dict)
    # the config file the overrides came from (None: no file)
    source: str | None = None

    def rule(self, code: str) -> RuleSetting:
        """The effective setting of a rule: the pack's default, then the desk's override."""
        base = self.pack.setting(code)
        over = self.overrides.get(code)
        if over is None:
            return base
        return RuleSetting(
            severity=over.severity or base.severity,
            enabled=base.enabled if over.enabled is None else over.enabled,
            min_confidence=base.min_confidence if over.min_confidence is None else over.min_confidence,
            params={**base.params, **over.params},
        )

    def enabled(self, code: str) -> bool:
        return self.rule(code).enabled is not False


# --- finding the file ---------------------------------------------------------------------------


def find_config_file(start: Path | None = None) -> Path | None:
    """numcheck.toml, or a pyproject.toml with [tool.numcheck], from `start` upwards.

    A pyproject.toml that cannot be parsed is passed over unless it mentions tool.numcheck, in
    which case the mistake is the desk's and is reported.
    """
    here = (start or Path.cwd()).resolve()
    for d in [here, *here.parents]:
        if (d / "numcheck.toml").is_file():
            return d / "numcheck.toml"
        py = d / "pyproject.toml"
        if py.is_file():
            try:
                text = py.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            try:
                if "numcheck" in tomllib.loads(text).get("tool", {}):
                    return py
            except tomllib.TOMLDecodeError as exc:
                if re.search(r"^\s*\[\s*tool\s*\.\s*numcheck\b|^\s*tool\s*\.\s*numcheck\b", text, re.M):
                    raise _toml_error(py, exc) from exc
    return None


# --- TOML with lines ----------------------------------------------------------------------------

_BARE = re.compile(r"[A-Za-z0-9_-]+")


def _parse_key(s: str, i: int) -> tuple[list[str], int] | None:
    """A dotted TOML key starting at s[i]: (its parts, the index after it), or None."""
    parts: list[str] = []
    n = len(s)
    while True:
        while i < n and s[i] in " \t":
            i += 1
        if i >= n:
            return None
        if s[i] == '"':
            j = i + 1
            buf = []
            while j < n and s[j] != '"':
                if s[j] == "\\" and j + 1 < n:
                    buf.append(s[j + 1])
                    j += 2
                    continue
                buf.append(s[j])
                j += 1
            if j >= n:
                return None
            parts.append("".join(buf))
            i = j + 1
        elif s[i] == "'":
            j = s.find("'", i + 1)
            if j < 0:
                return None
            parts.append(s[i + 1 : j])
            i = j + 1
        else:
            m = _BARE.match(s, i)
            if not m:
                return None
            parts.append(m.group())
            i = m.end()
        while i < n and s[i] in " \t":
            i += 1
        if i < n and s[i] == ".":
            i += 1
            continue
        return parts, i


def _value_state(s: str, depth: int, ml: str | None) -> tuple[int, str | None]:
    """Scan a value's text: bracket depth and an open multi-line string delimiter after it."""
    i, n = 0, len(s)
    while i < n:
        if ml:
            j = s.find(ml, i)
            if j < 0:
                return depth, ml
            i, ml = j + 3, None
            continue
        c = s[i]
        if s.startswith('"""', i) or s.startswith("'''", i):
            ml = s[i : i + 3]
            i += 3
        elif c == '"':
            j = i + 1
            while j < n and s[j] != '"':
                j += 2 if s[j] == "\\" else 1
            i = j + 1
        elif c == "'":
            j = s.find("'", i + 1)
            i = n if j < 0 else j + 1
        elif c == "#":
            break
        elif c in "[{":
            depth += 1
            i += 1
        elif c in "]}":
            depth -= 1
            i += 1
        else:
            i += 1
    return depth, ml


def toml_lines(text: str) -> dict[tuple[str, ...], int]:
    """Where each table and key of a (valid) TOML text is first defined: key path -> 1-based line.

    Tables, dotted keys and inline tables are followed; a path's prefixes map to the first line
    that implies them. Lines inside multi-line strings and arrays are skipped.
    """
    where: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    depth, ml = 0, None

    def note(path: tuple[str, ...], line: int) -> None:
        for k in range(1, len(path) + 1):
            where.setdefault(path[:k], line)

    def inline(s: str, i: int, prefix: tuple[str, ...], line: int) -> int:
        # the keys of an inline table `{ a = 1, b = { c = 2 } }` starting at s[i] == "{"
        i += 1
        while i < len(s):
            while i < len(s) and s[i] in " \t,":
                i += 1
            if i >= len(s) or s[i] == "}":
                return i + 1
            key = _parse_key(s, i)
            if not key or key[1] >= len(s) or s[key[1]] != "=":
                return len(s)
            path = prefix + tuple(key[0])
            note(path, line)
            j = key[1] + 1
            while j < len(s) and s[j] in " \t":
                j += 1
            i = inline(s, j, path, line) if j < len(s) and s[j] == "{" else _skip_value(s, j)
        return i

    for lineno, raw in enumerate(text.splitlines(), 1):
        if ml or depth > 0:
            depth, ml = _value_state(raw, depth, ml)
            continue
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("["):
            inner = s[2:] if s.startswith("[[") else s[1:]
            key = _parse_key(inner, 0)
            if key:
                table = tuple(key[0])
                note(table, lineno)
            continue
        key = _parse_key(s, 0)
        if not key or key[1] >= len(s) or s[key[1]] != "=":
            continue
        path = table + tuple(key[0])
        note(path, lineno)
        value = s[key[1] + 1 :].lstrip()
        if value.startswith("{"):
            inline(value, 0, path, lineno)
        depth, ml = _value_state(value, 0, None)
    return where


def _skip_value(s: str, i: int) -> int:
    """The index after a scalar or bracketed value starting at s[i] (inside an inline table)."""
    depth = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '"':
            j = i + 1
            while j < n and s[j] != '"':
                j += 2 if s[j] == "\\" else 1
            i = j + 1
            continue
        if c == "'":
            j = s.find("'", i + 1)
            i = n if j < 0 else j + 1
            continue
        if c in "[{":
            depth += 1
        elif c in "]}":
            if depth == 0:
                return i
            depth -= 1
        elif c == "," and depth == 0:
            return i
        i += 1
    return i


def toml_line(text: str, path: tuple[Any, ...], prefixes: tuple[tuple[str, ...], ...] = ((),)) -> int | None:
    """The line of the key `path` (or of its nearest defined parent), under any of `prefixes`."""
    where = toml_lines(text)
    keys = tuple(str(p) for p in path)
    best: tuple[int, int] | None = None
    for prefix in prefixes:
        full = prefix + keys
        for k in range(len(full), len(prefix), -1):
            if full[:k] in where:
                if best is None or k - len(prefix) > best[0]:
                    best = (k - len(prefix), where[full[:k]])
                break
    if best is None:
        for prefix in prefixes:
            if prefix and prefix in where:
                return where[prefix]
        return None
    return best[1]


def _toml_error(path: Path, exc: tomllib.TOMLDecodeError) -> ConfigError:
    msg = str(exc)
    m = re.search(r"\s*\(at line (\d+), column \d+\)$", msg)
    if m:
        return ConfigError(f"{path}:{m.group(1)}: malformed TOML: {msg[: m.start()]}")
    m = re.search(r"\s*\(at end of document\)$", msg)
    if m:
        last = len(path.read_text(encoding="utf-8", errors="replace").splitlines()) or 1
        return ConfigError(f"{path}:{last}: malformed TOML: {msg[: m.start()]} (at end of file)")
    return ConfigError(f"{path}: malformed TOML: {msg}")


# --- reading the file ---------------------------------------------------------------------------


class _Source:
    """A config file's text and table, with a way to say where a key is."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.exists() and not path.is_file() and not path.is_dir():  # a FIFO would block the read
            raise ConfigError(f"{path}: not a regular file; only files are read")
        try:
            self.text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ConfigError(f"{path}: no such file") from exc
        except IsADirectoryError as exc:
            raise ConfigError(f"{path}: is a directory, not a config file") from exc
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc
        try:
            doc: dict[str, Any] = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as exc:
            raise _toml_error(path, exc) from exc
        self.data = self._numcheck_table(doc)

    def _numcheck_table(self, doc: dict[str, Any]) -> dict[str, Any]:
        tool = doc.get("tool", {})
        if not isinstance(tool, dict):
            raise self.error(("tool",), "'tool' must be a table", prefixes=((),))
        ours = tool.get("numcheck", {})
        if not isinstance(ours, dict):
            raise self.error(TOOL, "[tool.numcheck] must be a table", prefixes=((),))
        if self.path.name == "pyproject.toml":
            return ours
        # numcheck.toml: its top level, or [tool.numcheck] (not both for one key)
        top = {k: v for k, v in doc.items() if k != "tool"}
        for k in tool:
            if k != "numcheck":
                raise self.error(
                    ("tool", k),
                    f"unknown table [tool.{k}] (numcheck.toml holds numcheck's settings only)",
                    prefixes=((),),
                )
        merged = dict(top)
        for k, v in ours.items():
            if k == "rules" and isinstance(v, dict) and isinstance(top.get(k), dict):
                for code in v:
                    if code in top[k]:
                        raise self.error(
                            TOOL + (k, code),
                            f"rule {code} is set both in [rules.{code}] and in [tool.numcheck.rules.{code}]",
                            prefixes=((),),
                        )
                merged[k] = {**top[k], **v}
            elif k in top:
                raise self.error(
                    TOOL + (k,), f"{k!r} is set both at the top level and in [tool.numcheck]", prefixes=((),)
                )
            else:
                merged[k] = v
        return merged

    @property
    def prefixes(self) -> tuple[tuple[str, ...], ...]:
        return (TOOL,) if self.path.name == "pyproject.toml" else ((), TOOL)

    def line(self, loc: tuple[Any, ...], prefixes: tuple[tuple[str, ...], ...] | None = None) -> int | None:
        return toml_line(self.text, loc, self.prefixes if prefixes is None else prefixes)

    def error(
        self, loc: tuple[Any, ...], message: str, prefixes: tuple[tuple[str, ...], ...] | None = None
    ) -> ConfigError:
        return ConfigError(str(Problem(self.path, self.line(loc, prefixes), message)))


def _describe(err: dict[str, Any]) -> str:
    loc = tuple(err["loc"])
    field = ".".join(str(p) for p in loc)
    if err["type"] == "extra_forbidden":
        known = {(): list(Overrides.model_fields), ("rules",): []}.get(loc[:-1])
        if len(loc) == 3 and loc[0] == "rules":
            known = list(RuleSetting.model_fields)
        close = difflib.get_close_matches(str(loc[-1]).replace("-", "_"), known or [], n=1)
        hint = f" (did you mean {close[0]}?)" if close else (f" (known: {', '.join(known)})" if known else "")
        return f"unknown key {field!r}{hint}"
    msg = f"{field}: {err['msg']}"
    off = ("off", "none", "ignore", "disabled", "false")
    if loc[-1] == "severity" and str(err.get("input")).lower() in off:
        msg += " (to turn a rule off, write enabled = false)"
    return msg


def read_overrides(path: Path) -> Overrides:
    """Read a desk's overrides; every mistake is a ConfigError with the file and line."""
    src = _Source(path)
    return _validate(src)


def _validate(src: _Source) -> Overrides:
    try:
        over = Overrides.model_validate(src.data)
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0]
        message = _describe(first)  # type: ignore[arg-type]
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
        raise src.error(tuple(first["loc"]), message) from exc
    return over


def _normalise_rules(src: _Source, over: Overrides, pack: RulePack) -> dict[str, RuleSetting]:
    """Rule keys to codes (a rule may be named by code or name); unknown codes and params are errors."""
    out: dict[str, RuleSetting] = {}
    for key, setting in over.rules.items():
        code = resolve_rule(key)
        if code is None:
            raise src.error(("rules", key), unknown_rule_message(key))
        if code in out:
            raise src.error(("rules", key), f"rule {code} is set twice (as {key!r} and by its other name)")
        reference = {**_default_params(code), **pack.setting(code).params}
        for name, value in setting.params.items():
            why = param_problem(name, value, reference)
            if why:
                raise src.error(("rules", key, "params", name), f"{code}: {why}")
        out[code] = setting
    return out


def _default_params(code: str) -> dict[str, Any]:
    return load_pack(None).setting(code).params


def load_config(
    config_file: Path | str | None = None,
    rules_dir: Path | str | None = None,
    fail_on: FailOn | None = None,
    discover: bool = True,
    start: Path | None = None,
) -> Config:
    """Build a Config from a pack directory and a config file (found from `start` or the working
    directory upwards when `discover`). `rules_dir` (--rules) wins over the file's `rules_dir`,
    which is relative to the file; `fail_on` (--fail-on) wins over the file's."""
    path = Path(config_file) if config_file else (find_config_file(start) if discover else None)
    src = _Source(path) if path else None
    over = _validate(src) if src else Overrides()
    pack_dir: Path | None = Path(rules_dir) if rules_dir else None
    if pack_dir is None and over.rules_dir and src is not None:
        pack_dir = (src.path.parent / over.rules_dir).resolve()
        if not pack_dir.is_dir():
            raise src.error(("rules_dir",), f"rules_dir: rule pack directory {pack_dir} not found")
    if pack_dir is not None and not pack_dir.is_dir():
        what = "is a file, not a directory" if pack_dir.exists() else "not found"
        raise ConfigError(f"{pack_dir}: rule pack directory {what}")
    pack = load_pack(pack_dir)
    rules = _normalise_rules(src, over, pack) if src else {}
    return Config(
        pack=pack, fail_on=fail_on or over.fail_on, overrides=rules, source=str(path) if path else None
    )
