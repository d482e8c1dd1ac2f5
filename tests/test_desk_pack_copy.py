"""A desk that starts its pack as a full copy of the default rules/ gets the default's pack back."""

from __future__ import annotations

import shutil
from pathlib import Path

from numcheck import rulepack


def test_a_full_copy_of_the_default_rules_loads_as_the_default_pack(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    shutil.copytree(rulepack.default_pack_dir(), desk)
    default = rulepack.load_pack(None).model_dump(exclude={"path", "modes"})
    copied = rulepack.load_pack(desk).model_dump(exclude={"path", "modes"})
    assert copied == default


def test_list_entries_that_are_lists_are_merged_by_their_words() -> None:
    merged = rulepack.merge_data([["Per", "Cent"], ["a", "b"]], [["per", "cent"], ["c", "d"]])
    assert merged == [["per", "cent"], ["a", "b"], ["c", "d"]]
