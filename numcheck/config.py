"""Run configuration: the rule pack plus a desk's overrides, passed explicitly down the pipeline.

Overrides come from `numcheck.toml` or `pyproject.toml [tool.numcheck]` (found from the working
directory upwards, or named with --config), e.g.:

    [tool.numcheck]
    fail_on = "warning"
    rules_dir = "desk-rules"          # a pack of its own (files it lacks come from the default)

    [tool.numcheck.rules.NC201]
    severity = "error"
    [tool.numcheck.rules.NC701]
    enabled = false
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from numcheck.errors import ConfigError
from numcheck.rulepack import RulePack, RuleSetting, load_pack

FailOn = Literal["error", "warning", "info", "never"]


class Overrides(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fail_on: FailOn = "error"
    rules_dir: str | None = None
    rules: dict[str, RuleSetting] = Field(default_factory=dict)


class Config(BaseModel):
    """What one run of `check()` is configured with."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    pack: RulePack
    fail_on: FailOn = "error"
    overrides: dict[str, RuleSetting] = Field(default_factory=dict)

    def rule(self, code: str) -> RuleSetting:
        """The effective setting of a rule: the pack's default, then the desk's override."""
        base = self.pack.setting(code)
        over = self.overrides.get(code)
        if over is None:
            return base
        return RuleSetting(
            severity=over.severity or base.severity,
            enabled=base.enabled if over.enabled is None else over.enabled,
            params={**base.params, **over.params},
        )


def find_config_file(start: Path | None = None) -> Path | None:
    """numcheck.toml or a pyproject.toml with [tool.numcheck], from `start` upwards."""
    here = (start or Path.cwd()).resolve()
    for d in [here, *here.parents]:
        if (d / "numcheck.toml").is_file():
            return d / "numcheck.toml"
        py = d / "pyproject.toml"
        if py.is_file():
            try:
                if "numcheck" in tomllib.loads(py.read_text(encoding="utf-8")).get("tool", {}):
                    return py
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                continue
    return None


def _toml_line(text: str, key: str) -> int | None:
    for i, line in enumerate(text.splitlines(), 1):
        if key in line:
            return i
    return None


def read_overrides(path: Path) -> Overrides:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from exc
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: malformed TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("numcheck", {})
    elif "tool" in data and "numcheck" in data["tool"]:
        data = data["tool"]["numcheck"]
    try:
        return Overrides.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [str(p) for p in err["loc"]]
        line = _toml_line(text, loc[-1]) if loc else None
        where = f":{line}" if line else ""
        raise ConfigError(f"{path}{where}: {'.'.join(loc)}: {err['msg']}") from exc


def load_config(
    config_file: Path | str | None = None,
    rules_dir: Path | str | None = None,
    fail_on: FailOn | None = None,
    discover: bool = True,
) -> Config:
    """Build a Config from a pack directory and a config file (found automatically when `discover`)."""
    path = Path(config_file) if config_file else (find_config_file() if discover else None)
    over = read_overrides(path) if path else Overrides()
    pack_dir: Path | None = Path(rules_dir) if rules_dir else None
    if pack_dir is None and over.rules_dir and path is not None:
        pack_dir = (path.parent / over.rules_dir).resolve()
    if pack_dir is not None and not pack_dir.is_dir():
        raise ConfigError(f"{pack_dir}: rule pack directory not found")
    pack = load_pack(pack_dir)
    from numcheck.checks.registry import RULES

    for code in over.rules:
        if code not in RULES:
            text = path.read_text(encoding="utf-8") if path else ""
            line = _toml_line(text, code)
            where = f":{line}" if line else ""
            raise ConfigError(f"{path}{where}: unknown rule code {code!r}")
    return Config(pack=pack, fail_on=fail_on or over.fail_on, overrides=over.rules)
