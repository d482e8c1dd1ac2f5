"""Newsroom units the desk defines in its rule pack (`desk_units` in rules/units.yaml, issue 13).

A desk that writes "50 football pitches (36 hectares)" defines the football pitch once; numcheck
then checks the conversion like any other (NC401). Without the desk's definition nothing changes,
and a definition numcheck cannot read stops the run with one line naming the file and line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from numcheck import check, extract
from numcheck.config import load_config
from numcheck.errors import ConfigError
from numcheck.rulepack import load_pack

PACK = """\
desk_units:
  - name: football pitch
    equals: 7,140 square metres
    words: [football pitch, football pitches, football field, football fields]
  - name: double-decker bus
    equals: 11 m
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "units.yaml").write_text(PACK, encoding="utf-8")
    return tmp_path / "pack"


def conversions(text: str, rules: Path | None) -> list[str]:
    config = load_config(rules_dir=rules, discover=False)
    return [f.message for f in check([text], config=config).findings if f.rule == "NC401"]


def test_an_area_in_football_pitches_is_checked_against_hectares(pack: Path) -> None:
    right = "The blaze destroyed an area of 50 football pitches (about 36 hectares) of forest."
    wrong = "The blaze destroyed an area of 50 football pitches (about 60 hectares) of forest."
    assert conversions(right, pack) == []
    assert conversions(wrong, pack) == ["50 football pitches is about 35.7 hectares, not 60 hectares"]


def test_a_length_in_buses_and_a_plural_made_from_the_name(pack: Path) -> None:
    right = "The new bridge is as long as 40 double-decker buses (440 metres) end to end."
    wrong = "The new bridge is as long as 40 double-decker buses (1,200 feet) end to end."
    assert conversions(right, pack) == []
    assert conversions(wrong, pack) == ["40 double-decker buses is about 1,444 feet, not 1,200 feet"]


def test_the_figure_carries_the_desk_unit_and_its_si_value(pack: Path) -> None:
    config = load_config(rules_dir=pack, discover=False)
    (claim,) = extract("The park covers 3 football fields.", config=config)
    assert claim.unit == "football pitch"
    assert claim.si_value == pytest.approx(3 * 7140)
    assert claim.dimension == "[length] ** 2"


def test_without_a_desk_definition_nothing_changes() -> None:
    wrong = "The blaze destroyed an area of 50 football pitches (about 60 hectares) of forest."
    assert conversions(wrong, None) == []
    claims = extract("The park covers 3 football fields.")
    assert all(c.unit != "football pitch" and c.si_value is None for c in claims)


def test_another_desk_size_gives_another_answer(tmp_path: Path) -> None:
    """The size is part of the unit's pint expression, so answers cached on disk follow it."""
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "units.yaml").write_text(
        "desk_units:\n  - {name: football pitch, equals: 1 hectare}\n", encoding="utf-8"
    )
    config = load_config(rules_dir=tmp_path / "pack", discover=False)
    (claim,) = extract("The park covers 3 football pitches.", config=config)
    assert claim.si_value == pytest.approx(30_000)


@pytest.mark.parametrize(
    ("equals", "why"),
    [
        ("7140 square furlongz", "unknown unit 'square furlongz'"),
        ("lots of metres", "is not a number and a unit"),
        ("0 m", "above 0"),
        ("20 C", "is a temperature"),
    ],
)
def test_a_bad_definition_names_the_file_and_line(tmp_path: Path, equals: str, why: str) -> None:
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "units.yaml").write_text(
        f"# our units\ndesk_units:\n  - name: football pitch\n    equals: {equals}\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError) as exc:
        load_pack(tmp_path / "pack")
    assert "units.yaml:4:" in str(exc.value) and why in str(exc.value)


def test_a_bad_definition_stops_the_command_line_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "units.yaml").write_text(
        "desk_units:\n  - name: double-decker bus\n    equals: 11 parsecz\n", encoding="utf-8"
    )
    (tmp_path / "draft.txt").write_text("The queue was 40 double-decker buses long.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUMCHECK")}
    res = subprocess.run(
        [sys.executable, "-m", "numcheck", "check", "draft.txt", "--rules", "pack"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert res.returncode == 2 and "Traceback" not in res.stderr
    (line,) = res.stderr.strip().splitlines()
    assert "units.yaml:3:" in line and "double-decker bus" in line and "parsecz" in line


def test_a_desk_unit_may_be_defined_in_the_desks_own_extra_unit(tmp_path: Path) -> None:
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "units.yaml").write_text(
        "extra:\n  - {pint: furlong, words: [furlongs, furlong]}\n"
        "desk_units:\n  - {name: home straight, equals: 2 furlongs}\n",
        encoding="utf-8",
    )
    config = load_config(rules_dir=tmp_path / "pack", discover=False)
    (claim,) = extract("The course has 3 home straights.", config=config)
    assert claim.si_value == pytest.approx(3 * 2 * 201.168, rel=1e-4)
