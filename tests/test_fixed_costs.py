"""What every call of numcheck costs whatever the text: the work done once per process or per rule
pack rather than once per model class, check or document (README, Performance). Each test pins a
saving down and that the answer stays what it was.
"""

from __future__ import annotations

import importlib
import pkgutil

from pydantic import BaseModel

import numcheck
import numcheck.api
from numcheck.checks.conversion import _phrase_words
from numcheck.checks.within import _lowered
from numcheck.models import Claim
from numcheck.relations.phrases import _word_set
from numcheck.rulepack import RuleSetting


def _numcheck_models() -> list[type[BaseModel]]:
    for info in pkgutil.walk_packages(numcheck.__path__, "numcheck."):
        if info.name.split(".")[-1] in {"__main__", "serve"}:
            continue  # serve needs its extra; __main__ runs the CLI
        importlib.import_module(info.name)
    seen: list[type[BaseModel]] = []
    todo = list(BaseModel.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("numcheck.") and cls not in seen:
            seen.append(cls)
    return seen


def test_no_model_field_takes_list_itself_as_its_default_factory() -> None:
    # building a model class, pydantic reads the signature of each default factory; `list`'s
    # costs ~0.2 ms a field (some 230 fields: ~50 ms of a cold start), new_list's a fraction
    slow = [
        f"{cls.__module__}.{cls.__name__}.{name}"
        for cls in _numcheck_models()
        for name, field in cls.model_fields.items()
        if field.default_factory is list
    ]
    assert not slow, f"use numcheck.defaults.new_list: {slow[:5]}"


def test_each_claim_gets_lists_of_its_own() -> None:
    a = Claim(id="d0c0", doc="d0", start=0, end=2, surface="12", kind="number")
    b = Claim(id="d0c1", doc="d0", start=5, end=7, surface="40", kind="number")
    a.subjects.append("ferries")
    assert a.subjects == ["ferries"]
    assert b.subjects == [] and b.times == []


def test_a_text_without_a_figure_gives_no_claims_and_no_findings() -> None:
    text = "The harbour board met at dawn and adjourned before lunch, the clerk said."
    assert numcheck.api.extract(text) == []
    report = numcheck.check(text)
    assert report.claims == [] and report.findings == []


def test_a_rule_the_pack_sets_comes_from_the_pack_and_others_get_a_new_default() -> None:
    pack = numcheck.load_config(discover=False).pack
    assert pack.setting("NC201") is pack.rules.rules["NC201"]
    first, second = pack.setting("NC999"), pack.setting("NC999")
    assert first == RuleSetting() and first is not second  # a caller's change never leaks


def test_word_lists_made_once_read_as_they_were_made_each_time() -> None:
    assert _lowered(("Officials", "the Police")) == {"officials", "the police"}
    assert _lowered(("Officials",)) is _lowered(("Officials",))
    assert _phrase_words(("warmer than", "Colder")) == [("warmer", "than"), ("colder",)]
    assert _word_set(("as a", "Single")) == frozenset({"as", "a", "single"})
