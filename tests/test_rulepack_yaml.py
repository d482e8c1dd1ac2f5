"""The rule pack's YAML is read by libyaml where that is safe, and by the bounded pure-Python loader
otherwise; both give the same data and the same line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from numcheck import rulepack
from numcheck.errors import ConfigError


def _marks(node: yaml.Node) -> list[tuple[int, int]]:
    out = [(node.start_mark.line, node.start_mark.column)]
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out += _marks(key) + _marks(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            out += _marks(item)
    return out


RULES_FILES = sorted(Path(rulepack.default_pack_dir()).glob("*.yaml"))


@pytest.mark.parametrize("path", RULES_FILES, ids=lambda p: p.name)
def test_every_default_rules_file_reads_the_same_with_libyaml(path: Path) -> None:
    if not getattr(yaml, "__with_libyaml__", False):
        pytest.skip("PyYAML built without libyaml")
    text = path.read_text(encoding="utf-8")
    fast = rulepack._compose_fast(text)
    assert fast is not None
    data, node = rulepack.compose(rulepack._bounded_loader()(text))
    assert fast[0] == data
    assert fast[1] is not None and node is not None and _marks(fast[1]) == _marks(node)


def test_a_text_with_an_alias_is_left_to_the_bounded_loader() -> None:
    assert rulepack._compose_fast("a: &x [1, 2]\nb: *x\n") is None


def test_a_yaml_problem_is_worded_by_the_pure_python_parser_with_its_line() -> None:
    text = "hedges:\n  - about\n bad: [\n"
    assert rulepack._compose_fast(text) is None
    with pytest.raises(ConfigError, match=r"x\.yaml:\d+: malformed YAML"):
        rulepack.parse_yaml(Path("x.yaml"), text)
