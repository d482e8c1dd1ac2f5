"""Every rule's code and name: the one list the rule pack and the configuration check names
against, without importing the checks (which read the pack: that would be an import circle).

Each rule is defined and documented in its check module (numcheck/checks/); `Rule` refuses a code
or name that differs from this list, so the two cannot drift apart.
"""

from __future__ import annotations

import difflib

RULE_NAMES: dict[str, str] = {
    "NC101": "source-mismatch",
    "NC102": "changed-in-copy",
    "NC103": "claim-changed",
    "NC201": "source-discrepancy",
    "NC301": "internal-inconsistency",
    "NC401": "conversion-error",
    "NC501": "parts-exceed-whole",
    "NC502": "parts-do-not-sum",
    "NC503": "change-does-not-follow",
    "NC504": "share-does-not-follow",
    "NC505": "comparison-does-not-follow",
    "NC506": "per-head-does-not-follow",
    "NC601": "fact-mismatch",
    "NC701": "unsupported-claim",
    "NC702": "absent-from-source",
}


def resolve_rule(key: str) -> str | None:
    """A rule's code from its code (any case) or its name ('NC201', 'nc201', 'source-discrepancy')."""
    if key in RULE_NAMES:
        return key
    if key.upper() in RULE_NAMES:
        return key.upper()
    for code, name in RULE_NAMES.items():
        if name == key.lower():
            return code
    return None


def unknown_rule_message(key: str) -> str:
    """'unknown rule code 'NC210' (did you mean NC201?)' — the hint lists the closest codes/names."""
    names = [*RULE_NAMES, *RULE_NAMES.values()]
    close = difflib.get_close_matches(key.upper() if key[:2].lower() == "nc" else key, names, n=2, cutoff=0.6)
    hint = f"did you mean {' or '.join(close)}?" if close else "see `numcheck rules list`"
    return f"unknown rule code {key!r} ({hint})"
