"""What a rule is, and what a check sees."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from numcheck.align import Alignment
from numcheck.models import AnyClaim, Category, Document, Finding, Severity
from numcheck.rulecodes import RULE_NAMES

if TYPE_CHECKING:  # the configuration is passed in; a check never loads one
    from numcheck.config import Config


@dataclass
class CheckContext:
    """Everything a check may look at: documents, their claims, facts, and the run's config."""

    config: Config
    documents: list[Document]
    claims: list[AnyClaim]
    facts: list[AnyClaim] = field(default_factory=list)
    alignment: Alignment = field(default_factory=Alignment)  # the drafts' figures changed in copied words
    memo: dict[object, object] = field(default_factory=dict)  # work two rules share, done once

    def by_doc(self, doc_id: str) -> list[AnyClaim]:
        return [c for c in self.claims if c.doc == doc_id]

    def by_sentence(self, doc_id: str) -> dict[int, list[AnyClaim]]:
        """The document's claims grouped by the sentence they stand in, in text order."""
        out: dict[int, list[AnyClaim]] = {}
        for c in self.by_doc(doc_id):
            out.setdefault(c.sentence, []).append(c)
        return out

    def drafts(self) -> list[Document]:
        return [d for d in self.documents if d.role == "draft"]

    def sources(self) -> list[Document]:
        return [d for d in self.documents if d.role == "source"]


@dataclass(frozen=True)
class Rule:
    """A rule: a stable code and name, a category, a default severity and its documentation.

    `run` yields findings with the rule's default severity; the runner applies the desk's
    configured severity and enables.
    """

    code: str
    name: str
    category: Category
    severity: Severity
    summary: str
    why: str
    example: str
    run: Callable[[CheckContext, Rule], Iterable[Finding]]

    def __post_init__(self) -> None:
        if RULE_NAMES.get(self.code) != self.name:
            raise ValueError(f"rule {self.code} {self.name!r} is not in numcheck/rulecodes.py")

    def finding(self, message: str, claims: list[AnyClaim], **extra: object) -> Finding:
        return Finding(
            rule=self.code,
            category=self.category,
            severity=self.severity,
            message=message,
            claims=[c.id for c in claims],
            doc=claims[0].doc if claims else "",
            **extra,  # type: ignore[arg-type]
        )
