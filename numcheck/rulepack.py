"""The desk's knowledge, loaded from a rule pack directory (default: the project's `rules/`).

Every file is YAML validated by a pydantic model; a mistake is reported as a `ConfigError`
naming the file and line. Nothing here is read from globals: `load_pack()` returns a `RulePack`
that is passed down the pipeline.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from numcheck.errors import ConfigError

M = TypeVar("M", bound=BaseModel)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Hedge(_Strict):
    name: str
    kind: Literal["approx", "below", "above", "at_least", "at_most"]
    width: float = Field(ge=0)
    words: list[str]


class HedgesFile(_Strict):
    hedges: list[Hedge]


class Vague(_Strict):
    phrase: str
    low: float
    high: float
    value: float | None = None


class VagueFile(_Strict):
    vague: list[Vague]


class NumbersFile(_Strict):
    units_words: dict[str, int]
    tens_words: dict[str, int]
    scales: dict[str, int]
    scale_abbreviations: dict[str, int]
    special: dict[str, float]
    fractions: dict[str, int]


class NounsFile(_Strict):
    classes: dict[str, list[str]]
    people_kinds: list[str] = Field(default_factory=list)
    not_counted: list[str] = Field(default_factory=list)


class EventsFile(_Strict):
    events: dict[str, list[str]]
    modality: list[str] = Field(default_factory=list)
    aspects: dict[str, list[str]] = Field(default_factory=dict)


class AttributionFile(_Strict):
    verbs: list[str]
    prepositions: list[str]
    pronouns: list[str]
    not_sources: list[str] = Field(default_factory=list)
    groups: list[str] = Field(default_factory=list)


class Currency(_Strict):
    symbols: list[str]
    words: list[str]


class ExtraUnit(_Strict):
    pint: str
    symbols: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)


class UnitsFile(_Strict):
    currencies: dict[str, Currency]
    pound_as_money_with_scale: bool = True
    extra: list[ExtraUnit] = Field(default_factory=list)
    pint_names: dict[str, str] = Field(default_factory=dict)
    plurals: dict[str, str] = Field(default_factory=dict)
    ambiguous_symbols: list[str] = Field(default_factory=list)


class Roundness(_Strict):
    half_width: float = Field(0.5, ge=0)
    cap_orders: int = Field(1, ge=0)


class Agreement(_Strict):
    relative: float = Field(0.0, ge=0)


class ConversionTol(_Strict):
    relative: float = Field(0.01, ge=0)


class TolerancesFile(_Strict):
    roundness: Roundness = Field(default_factory=Roundness)
    agreement: Agreement = Field(default_factory=Agreement)
    conversion: ConversionTol = Field(default_factory=ConversionTol)


class RuleSetting(_Strict):
    severity: Literal["error", "warning", "info"] | None = None
    enabled: bool | None = None
    params: dict[str, Any] = Field(default_factory=dict)


class RulesFile(_Strict):
    rules: dict[str, RuleSetting]


class RulePack(BaseModel):
    """Everything the pipeline knows that a desk may change."""

    model_config = ConfigDict(frozen=False)

    path: str = ""
    hedges: HedgesFile
    vague: VagueFile
    numbers: NumbersFile
    nouns: NounsFile
    events: EventsFile
    attribution: AttributionFile
    units: UnitsFile
    tolerances: TolerancesFile
    rules: RulesFile

    def setting(self, code: str) -> RuleSetting:
        return self.rules.rules.get(code, RuleSetting())


FILES: dict[str, type[BaseModel]] = {
    "hedges": HedgesFile,
    "vague": VagueFile,
    "numbers": NumbersFile,
    "nouns": NounsFile,
    "events": EventsFile,
    "attribution": AttributionFile,
    "units": UnitsFile,
    "tolerances": TolerancesFile,
    "rules": RulesFile,
}


def default_pack_dir() -> Path:
    """The rule pack shipped with numcheck (the repository's `rules/`, installed as numcheck._rules)."""
    try:
        path = Path(str(resources.files("numcheck._rules")))
        if (path / "rules.yaml").is_file():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "rules"


def _node_line(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Follow a pydantic error location through the YAML node tree; return a 1-based line."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == str(key):
                    nxt = v
                    line = k.start_mark.line + 1
                    break
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
        if node is None:
            break
    return line


def load_yaml_model(path: Path, model: type[M], text: str | None = None) -> M:
    """Parse YAML text (or the file) into `model`; errors become ConfigError with file and line."""
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ConfigError(f"{path}: no such file") from exc
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{path}: not UTF-8 text ({exc.reason})") from exc
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{path}{where}: malformed YAML: {problem}") from exc
    if data is None:
        data = {}
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        line = _node_line(node, tuple(err["loc"]))
        where = f":{line}" if line else ""
        field = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{path}{where}: {field}: {err['msg']}") from exc


def load_pack(directory: Path | str | None = None) -> RulePack:
    """Load a rule pack. A directory may hold only some files: the rest come from the default pack."""
    return _load_pack_cached(str(Path(directory).resolve()) if directory else "")


@lru_cache(maxsize=8)
def _load_pack_cached(directory: str) -> RulePack:
    default = default_pack_dir()
    parts: dict[str, BaseModel] = {}
    for name, model in FILES.items():
        path = Path(directory) / f"{name}.yaml" if directory else default / f"{name}.yaml"
        if directory and not path.exists():
            path = default / f"{name}.yaml"
        parts[name] = load_yaml_model(path, model)
    if directory and not Path(directory).is_dir():
        raise ConfigError(f"{directory}: rule pack directory not found")
    pack = RulePack(path=directory or str(default), **parts)
    _validate_pack(pack)
    return pack


def _validate_pack(pack: RulePack) -> None:
    from numcheck.checks.registry import RULES

    rules_path = Path(pack.path) / "rules.yaml"
    for code in pack.rules.rules:
        if code not in RULES:
            raise ConfigError(f"{rules_path}: unknown rule code {code!r} (known: {', '.join(sorted(RULES))})")
    for v in pack.vague.vague:
        if not (v.low < v.high) or math.isinf(v.low):
            raise ConfigError(f"{Path(pack.path) / 'vague.yaml'}: {v.phrase!r}: low must be below high")
