"""Where two figures of one document are judged the same measurand, and how sure that is.

The scorer is a logistic regression over the pair features of numcheck/frames.py with Platt
scaling on top. Its weights are data: `judgement.yaml` in the rule pack, fitted on published
articles by bench/fit_judgement.py (which documents the labels, the split and the measured
rates). Reading them needs nothing but the standard library: no scikit-learn at run time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from numcheck.featurenames import FEATURES
from numcheck.rulepack import JudgementFile, RulePack


@dataclass(frozen=True)
class Scorer:
    weights: tuple[float, ...]
    a: float
    b: float
    info_floor: float  # NC301: below this, two figures that disagree are not worth a mention

    def probability(self, features: list[float]) -> float:
        """P(the two figures measure the same thing), from features in FEATURES order."""
        z = sum(w * x for w, x in zip(self.weights, features, strict=True))
        t = self.a * z + self.b
        if t < -60:
            return 0.0
        return 1.0 / (1.0 + math.exp(-t))


_CACHE: dict[int, tuple[JudgementFile, Scorer]] = {}


def scorer(pack: RulePack) -> Scorer:
    """The pack's scorer, built once per pack (the pack checked the feature names when it loaded)."""
    j = pack.judgement
    hit = _CACHE.get(id(j))
    if hit is not None and hit[0] is j:
        return hit[1]
    s = Scorer(tuple(j.weights.get(f, 0.0) for f in FEATURES), j.platt.a, j.platt.b, j.info_floor)
    if len(_CACHE) >= 16:
        _CACHE.clear()
    _CACHE[id(j)] = (j, s)
    return s
