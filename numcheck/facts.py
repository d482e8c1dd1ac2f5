"""Facts files: YAML reference values -> claims that checks compare against. (in progress)"""

from __future__ import annotations

from numcheck.models import Claim, Document
from numcheck.rulepack import RulePack


def facts_to_claims(doc: Document, pack: RulePack) -> list[Claim]:
    return []
