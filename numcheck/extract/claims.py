"""(in progress)"""

from numcheck.models import Claim, Document
from numcheck.rulepack import RulePack


def extract_claims(doc: Document, pack: RulePack) -> list[Claim]:
    return []
