"""Round SP1: a rule-pack text with no alias is built by a plain walk of its node tree; the data
must be what PyYAML's constructor builds, and a scalar it cannot build still names its line."""

import pytest
import yaml

from numcheck.rulepack import _compose_fast, compose

TEXT = """\
words: [harbour, "ferry pier", 'no']
limits: {low: 3, high: 4.5, open: true, none: null, since: 2021-04-02}
base: {a: 1}
merged:
  <<: {b: 2}
  c: three
numbered: {7: seven}
stars: "3 * 4"
"""


def test_the_plain_walk_builds_what_the_constructor_builds() -> None:
    plain, _ = compose(yaml.CSafeLoader(TEXT), plain=True)
    full, _ = compose(yaml.CSafeLoader(TEXT))
    assert plain == full
    assert repr(plain) == repr(full)
    assert plain["merged"] == {"b": 2, "c": "three"}
    assert _compose_fast(TEXT)[0] == full


def test_a_date_it_cannot_build_still_names_its_line() -> None:
    bad = "kept: [one, two]\nsince: 2020-13-45\n"
    with pytest.raises(yaml.constructor.ConstructorError) as err:
        compose(yaml.CSafeLoader(bad), plain=True)
    assert err.value.problem_mark.line == 1
