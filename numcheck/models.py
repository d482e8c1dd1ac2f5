"""The pydantic models that flow between the stages: read → extract → link → check → report.

Every stage is a function from these models to these models; nothing here does I/O. Inside a check
a claim travels as a plain ClaimDraft with Claim's fields, from extraction to the report, which
makes it a Claim (pydantic models at the stages' boundaries the API returns).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from numcheck.defaults import new_list


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class Category(StrEnum):
    source_mismatch = "source-mismatch"
    source_discrepancy = "source-discrepancy"
    internal_inconsistency = "internal-inconsistency"
    conversion_error = "conversion-error"
    arithmetic_error = "arithmetic-error"
    fact_mismatch = "fact-mismatch"
    unsupported_claim = "unsupported-claim"


Role = Literal["draft", "source", "facts"]
TextFormat = Literal["text", "markdown", "html"]
Kind = Literal["count", "money", "percent", "percentage_point", "quantity", "number"]


class OffsetMap(BaseModel):
    """Maps offsets in the plain text back to offsets in the file's text.

    Stored as sorted runs: plain[plain_starts[i] + k] == original[orig_starts[i] + k] for k inside run i.
    An empty map means identity.
    """

    plain_starts: list[int] = Field(default_factory=new_list)
    orig_starts: list[int] = Field(default_factory=new_list)

    def to_original(self, offset: int) -> int:
        if not self.plain_starts:
            return offset
        import bisect

        i = bisect.bisect_right(self.plain_starts, offset) - 1
        if i < 0:
            return offset
        return self.orig_starts[i] + (offset - self.plain_starts[i])


class Document(BaseModel):
    """A document as read: `original` is the file's text, `text` the plain text claims are found in."""

    id: str
    path: str
    role: Role = "draft"
    format: TextFormat = "text"
    original: str = Field(default="", exclude=True, repr=False)
    text: str = Field(default="", exclude=True, repr=False)
    offsets: OffsetMap = Field(default_factory=OffsetMap, exclude=True, repr=False)
    # plain-text spans (start, end) whose findings are suppressed, with the rule codes ("*" = all)
    suppressions: list[tuple[int, int, list[str]]] = Field(default_factory=new_list, exclude=True, repr=False)


class _AllFields(set[str]):
    """The field names of a model, as a `__pydantic_fields_set__` shared by many instances: adding
    a name (pydantic does on assignment and in `model_copy`) changes nothing, a copy is itself, and
    nothing can be taken out."""

    def add(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)

    def update(self, *names: Iterable[str]) -> None:
        for group in names:
            for name in group:
                self.add(name)

    def __copy__(self) -> _AllFields:
        return self

    def _frozen(self, *args: object) -> None:
        raise TypeError("the shared set of a model's field names cannot change")

    discard = remove = pop = clear = difference_update = intersection_update = _frozen  # type: ignore[assignment]
    symmetric_difference_update = __isub__ = __iand__ = __ixor__ = __ior__ = _frozen  # type: ignore[assignment]


class SI(NamedTuple):
    """A physical quantity normalised by pint: its value and interval in SI units, the SI unit
    ("meter ** 2") and the dimensionality ("[length] ** 2")."""

    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    dimension: str | None


_SI_FIELDS = ("si_value", "si_low", "si_high", "si_unit", "dimension")


class Claim(BaseModel):
    """One numeric claim: a figure, what it counts or measures, how it is hedged and who said it."""

    model_config = ConfigDict(extra="forbid")

    id: str = ""
    doc: str = ""
    start: int
    end: int
    surface: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    low_open: bool = False  # "more than 20": 20 itself is not claimed
    high_open: bool = False  # "fewer than 50": 50 itself is not claimed
    kind: Kind = "number"
    unit: str | None = None
    # a physical quantity in SI units (pint), None for counts, money and percentages; reported as
    # the five fields si_value, si_low, si_high, si_unit and dimension (the properties below)
    si: SI | None = Field(default=None, exclude=True, repr=False)
    counts: str | None = None
    noun_class: str | None = None
    measurand: str = ""
    hedge: str | None = None
    source: str | None = None
    # how the source was named: the cue ("said", "according to", "told", "reported by") and the
    # plain-text span of the words naming the source (where it is named, for a source carried
    # from an earlier sentence of a quotation)
    source_cue: str | None = None
    source_span: tuple[int, int] | None = None
    # the source is carried from an earlier sentence (no cue in the figure's own sentence or quote;
    # extraction/attribution.py _carried_sources): reported, but the within-document rules and the
    # linking features go by sources named where the figure is
    source_carried: bool = False
    # linking features (see numcheck/link.py)
    event: str | None = None
    direction: str | None = None
    aspect: str | None = None
    role: str | None = None
    subjects: list[str] = Field(default_factory=new_list)
    heads: list[str] = Field(default_factory=new_list)
    cues: list[str] = Field(default_factory=new_list)
    modifiers: list[str] = Field(default_factory=new_list)
    places: list[str] = Field(default_factory=new_list)
    times: list[str] = Field(default_factory=new_list)
    terms: list[str] = Field(default_factory=new_list)
    context: list[str] = Field(default_factory=new_list)
    part_of: str | None = None
    partitive: bool = False
    conversion_of: str | None = None
    # a bare figure standing for an earlier count ("put the figure at ..."): that claim's id; an
    # age after a name ("Jane Smith, 39,"): "age of jane smith", whose age it is
    refers_to: str | None = None
    change: str | None = None
    sentence: int = 0
    paragraph: int = 0

    @model_validator(mode="before")
    @classmethod
    def _fold_si(cls, data: Any) -> Any:
        """A claim as reported (si_value, si_low, si_high, si_unit, dimension: a report read back,
        or keywords) takes its normalised form as the one field `si`."""
        if isinstance(data, dict) and not data.keys().isdisjoint(_SI_FIELDS):
            data = dict(data)
            parts = [data.pop(k, None) for k in _SI_FIELDS]
            if any(p is not None for p in parts):
                data["si"] = SI(*parts)
        return data

    # The normalised form is one field, not five: a claim's fields live in a dict, and at 43 keys
    # or more a dict doubles its table (832 -> 1,584 bytes, a quarter of a claim's memory).
    @computed_field  # type: ignore[prop-decorator]
    @property
    def si_value(self) -> float | None:
        return None if self.si is None else self.si.value

    @computed_field  # type: ignore[prop-decorator]
    @property
    def si_low(self) -> float | None:
        return None if self.si is None else self.si.low

    @computed_field  # type: ignore[prop-decorator]
    @property
    def si_high(self) -> float | None:
        return None if self.si is None else self.si.high

    @computed_field  # type: ignore[prop-decorator]
    @property
    def si_unit(self) -> str | None:
        return None if self.si is None else self.si.unit

    @computed_field  # type: ignore[prop-decorator]
    @property
    def dimension(self) -> str | None:
        return None if self.si is None else self.si.dimension

    def __setattr__(self, name: str, value: object) -> None:
        """A field is set as pydantic's own handler sets it (the model validates no assignment),
        without pydantic's two calls a time: extraction assigns some 18 fields of every claim."""
        if name in _CLAIM_FIELD_NAMES:
            self.__dict__[name] = value
            fields_set = self.__pydantic_fields_set__
            if fields_set is not _ALL_CLAIM_FIELDS:  # the shared set holds every name already
                fields_set.add(name)
        else:
            super().__setattr__(name, value)

    def share_fields_set(self) -> Claim:
        """Count every field as set, in one set shared by all claims (returns the claim).

        pydantic keeps a set of the field names given or assigned per model; extraction assigns
        some 40 of a claim's fields one by one, so that set cost ~2.2 kB a claim, about a third of
        a claim's memory. Nothing in numcheck reads it (no `exclude_unset`), and the shared set
        holds every field's name, so pydantic's own adds to it on assignment change nothing.
        """
        object.__setattr__(self, "__pydantic_fields_set__", _ALL_CLAIM_FIELDS)
        return self


_ALL_CLAIM_FIELDS: set[str] = _AllFields(Claim.model_fields)
_CLAIM_FIELD_NAMES = frozenset(Claim.model_fields)
# a draft's start: every field's default in the fields' order (a list field gets a new list)
_CLAIM_DEFAULTS: dict[str, Any] = {
    name: None if f.default_factory is not None else f.default for name, f in Claim.model_fields.items()
}
_CLAIM_LISTS = tuple(name for name, f in Claim.model_fields.items() if f.default_factory is new_list)
assert all(f.default_factory in (None, new_list) for f in Claim.model_fields.values())


def claim_draft(start: int, end: int, surface: str, **values: Any) -> ClaimDraft:
    """A claim's draft (ClaimDraft) holding every field of Claim: the defaults, the span and the
    values given (an unknown field name is a TypeError). The values must already be what
    validation leaves them (ints, strings, booleans, a float or None for value, low and high, an SI
    of floats, a known kind): the draft's Claim is not validated, which costs more than all the
    other work of making a claim."""
    fields = _CLAIM_DEFAULTS.copy()
    for name in _CLAIM_LISTS:
        fields[name] = []
    fields["start"], fields["end"], fields["surface"] = start, end, surface
    for name, value in values.items():
        if name not in fields:
            raise TypeError(f"Claim has no field {name!r}")
        fields[name] = value
    return ClaimDraft(fields)


class ClaimDraft:
    """A claim on its way through a check: a plain object whose attributes are exactly Claim's
    fields (and its computed SI fields), made by extraction (extraction/claims.py) and read by the
    linking, relations and checks, then made into its Claim for the report (`claim()`).
    Extraction sets some 18 fields of every claim and the later stages read claims' fields
    thousands of times a check: on a plain object CPython reads and sets them at its own speed,
    where a pydantic model pays for BaseModel's `__getattr__` on every read (the read cannot be
    specialised) and for Claim.__setattr__ on every set. Only Claim's fields may be set (claim()
    refuses any other; a misspelt field set on a draft is caught there, when the report is made,
    not where it was set). Two drafts are equal only if they are the same draft."""

    def __init__(self, fields: dict[str, Any]) -> None:
        self.__dict__ = fields  # every field of Claim, in the model's order

    def claim(self) -> Claim:
        """The finished Claim, holding the draft's fields unvalidated (the draft is not to be
        used after)."""
        fields = self.__dict__
        if fields.keys() != _CLAIM_DEFAULTS.keys():
            extra, missing = fields.keys() - _CLAIM_DEFAULTS.keys(), _CLAIM_DEFAULTS.keys() - fields.keys()
            raise TypeError(f"Claim has no field {sorted(extra)}; missing {sorted(missing)}")
        claim = Claim.__new__(Claim)
        object.__setattr__(claim, "__dict__", fields)
        object.__setattr__(claim, "__pydantic_fields_set__", _ALL_CLAIM_FIELDS)
        object.__setattr__(claim, "__pydantic_extra__", None)
        object.__setattr__(claim, "__pydantic_private__", None)
        return claim


# Claim's computed fields (its SI figures, its dimension), read on a draft by Claim's own getters
for _name, _field in Claim.model_computed_fields.items():
    setattr(ClaimDraft, _name, _field.wrapped_property)

# a claim as the stages between extraction and the report take it: the draft extraction makes, or a
# Claim (the facts' claims, alignment's, a caller's); both have the same fields
AnyClaim = Claim | ClaimDraft


def as_claim(c: AnyClaim) -> Claim:
    """The Claim of a claim the stages passed on (a draft's finished Claim; a Claim as it is)."""
    return c.claim() if isinstance(c, ClaimDraft) else c


def with_fields(c: AnyClaim, **update: Any) -> AnyClaim:
    """A copy of a claim with some fields changed, of the claim's own kind (a Claim's
    `model_copy(update=...)`)."""
    if isinstance(c, ClaimDraft):
        for name in update:
            if name not in _CLAIM_DEFAULTS:
                raise TypeError(f"Claim has no field {name!r}")
        return ClaimDraft({**c.__dict__, **update})
    return c.model_copy(update=update)


class Finding(BaseModel):
    rule: str
    category: Category
    severity: Severity
    message: str
    claims: list[str]
    doc: str = ""
    slip: str | None = None
    ratio: float | None = None
    # how sure the checker is that the finding is right (0-1); below the rule's threshold a
    # finding is reported as info whatever the rule's severity (numcheck/checks/runner.py)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    fingerprint: str = ""


class Fact(BaseModel):
    """One entry of a facts file, as the desk wrote it."""

    model_config = ConfigDict(extra="forbid")

    measurand: str
    value: str | int | float
    tolerance: str | None = None
    source: str | None = None
    as_of: date | str | None = None
    aliases: list[str] = Field(default_factory=new_list)


class FactsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    facts: list[Fact] = Field(default_factory=new_list)


class Summary(BaseModel):
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    claims: int = 0
    documents: int = 0
    baselined: int = 0  # findings left out because a --baseline accepts them


class Report(BaseModel):
    """The JSON report (contract: ../shared/eval/README.md). `numcheck schema` prints its JSON Schema."""

    model_config = ConfigDict(populate_by_name=True)

    schema_version: int = Field(default=1, alias="schema")
    tool: str = "numcheck"
    version: str = ""
    documents: list[Document] = Field(default_factory=new_list)
    claims: list[Claim] = Field(default_factory=new_list)
    findings: list[Finding] = Field(default_factory=new_list)
    summary: Summary = Field(default_factory=Summary)

    def to_json(self, indent: int | None = 2) -> str:
        """The JSON report, as `numcheck check --format json` writes it."""
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_text(self, color: bool = False, width: int | None = None) -> str:
        """The editor's text report, as `numcheck check` prints it (no colour unless asked)."""
        from numcheck.report.text import render

        return render(self, color=color, width=width)

    def to_html(self) -> str:
        """The self-contained HTML report, as `numcheck check --format html` writes it."""
        from numcheck.report.html import render

        return render(self)

    def worst(self) -> Severity | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=lambda s: s.rank)


class SourceText(BaseModel):
    """A source document given as text (the HTTP gate and the Python API)."""

    name: str
    text: str
    format: TextFormat = "text"
