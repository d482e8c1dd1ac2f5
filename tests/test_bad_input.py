"""Bad input through the real command line (issue 6): every class of unusable draft, source, facts file,
rule pack or config gives one line on stderr naming the file, exit status 2, no traceback, and leaves
no --output file (nor a temporary one) behind."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "Zelenskyy said about 11,000 North Korean soldiers were in Kursk. Russia fired 145 drones.\n"


def run(cwd: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUMCHECK")}
    return subprocess.run(
        [sys.executable, "-m", "numcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=120,
    )


def assert_user_error(res: subprocess.CompletedProcess[str], cwd: Path, *names: str) -> str:
    err = res.stderr.strip()
    assert res.returncode == 2, (res.returncode, res.stderr)
    assert "Traceback" not in res.stderr
    assert len(err.splitlines()) == 1, err
    for name in names:
        assert name in err, (name, err)
    assert res.stdout == ""
    assert not (cwd / "out.json").exists()
    assert not [p.name for p in cwd.iterdir() if p.name.startswith(".out.json")]  # no temp file left
    return err


def check(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(cwd, "check", *args, "--format", "json", "--output", "out.json")


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


# ------------------------------------------------------------------------------------ unreadable drafts

BAD_FILES = {
    "binary": (b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4, "binary file"),
    "control-characters": (bytes(range(1, 32)) * 50, "binary file"),
    # a program's header and tables: NULs in both bytes of a pair, so not taken for UTF-16
    "program-zero-runs": (b"\x7fELF" + b"\x00\x00\x00\x07" * 300, "binary file"),
    "not-utf8": (b"Caf\xc3 \x81\x8d\x8f\x90\x9d costs 5 euros " * 10, "tried UTF-8"),
    "utf16-no-bom": ("About 11,000 soldiers.".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    "empty": (b"", "empty file"),
    "blank": (b" \n\n\t \n", "empty file"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
@pytest.mark.parametrize("role", ["draft", "source"])
def test_unreadable_file(work: Path, kind: str, role: str):
    data, message = BAD_FILES[kind]
    (work / f"{kind}.txt").write_bytes(data)
    args = [f"{kind}.txt"] if role == "draft" else ["good.txt", "--source", f"{kind}.txt"]
    if role == "draft" and kind in ("empty", "blank"):
        args.append("--fail-on-empty")  # otherwise an empty draft is a note (tests/test_cli_ux.py)
    err = assert_user_error(check(work, *args), work, f"{kind}.txt")
    assert message in err


def test_undecodable_file_says_which_encodings_were_tried(work: Path):
    (work / "x.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 40)
    err = assert_user_error(check(work, "x.txt"), work, "x.txt")
    for enc in ["UTF-8", "UTF-16", "cp1252", "Latin-1"]:
        assert enc in err


@pytest.mark.parametrize(
    "encoding, data",
    [
        ("latin-1", "Le café a coûté 3,5 millions de francs à Genève: 145 drones.\n".encode("latin-1")),
        ("cp1252", "“About 11,000” soldiers – 145 drones, €3.5bn.\n".encode("cp1252")),
        ("utf-16", "About 11,000 soldiers — 145 drones.\n".encode("utf-16")),
        ("utf-8-sig", "About 11,000 soldiers — 145 drones.\n".encode("utf-8-sig")),
    ],
)
def test_other_encodings_are_read(work: Path, encoding: str, data: bytes):
    (work / "draft.txt").write_bytes(data)
    res = check(work, "draft.txt")
    assert res.returncode in (0, 1), res.stderr
    assert (work / "out.json").exists()


def test_missing_file(work: Path):
    assert_user_error(check(work, "nowhere.txt"), work, "nowhere.txt", "no such file")


def test_directory(work: Path):
    (work / "folder").mkdir()
    assert_user_error(check(work, "folder"), work, "folder", "directory")


def test_fifty_megabyte_file_is_refused_with_its_limit(work: Path):
    line = "Russia fired 145 drones at Ukraine overnight, officials said, and 8 people died.\n"
    with open(work / "huge.txt", "w", encoding="utf-8") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    err = assert_user_error(check(work, "huge.txt"), work, "huge.txt")
    assert "50.0 MB" in err and "10.0 MB limit" in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied(work: Path):
    p = work / "secret.txt"
    p.write_text(GOOD)
    p.chmod(0)
    try:
        assert_user_error(check(work, "secret.txt"), work, "secret.txt", "permission denied")
    finally:
        p.chmod(0o644)


def test_permission_denied_in_process(work: Path, monkeypatch: pytest.MonkeyPatch):
    """The same through typer's runner, with open() refusing as it does for a file of mode 000."""
    from typer.testing import CliRunner

    import numcheck.read
    from numcheck.cli import app

    (work / "secret.txt").write_text(GOOD)

    def refuse(path: object, *a: object, **k: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(numcheck.read, "open_regular", refuse)
    monkeypatch.chdir(work)
    res = CliRunner().invoke(app, ["check", "secret.txt", "--format", "json", "--output", "out.json"])
    assert res.exit_code == 2
    assert "secret.txt: permission denied" in res.output
    assert not (work / "out.json").exists()


def test_unknown_code_in_a_suppression(work: Path):
    (work / "draft.md").write_text("A 1.\n\n<!-- numcheck: ignore NC3O1 -->\nB 2.\n")
    assert_user_error(check(work, "draft.md"), work, "draft.md:3", "NC3O1")


def test_output_into_a_missing_directory(work: Path):
    res = run(work, "check", "good.txt", "--format", "json", "--output", "no/such/dir/out.json")
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert "no/such/dir/out.json" in res.stderr and len(res.stderr.strip().splitlines()) == 1


# ---------------------------------------------------------------------------------- rule packs, config


def test_malformed_yaml_in_a_rule_pack_names_file_and_line(work: Path):
    (work / "pack").mkdir()
    (work / "pack" / "hedges.yaml").write_text("hedges:\n  - name: about\n    kind: [approx\n    width: 2\n")
    err = assert_user_error(check(work, "good.txt", "--rules", "pack"), work, "hedges.yaml:")
    assert "malformed YAML" in err


def test_unknown_rule_code_in_rules_yaml(work: Path):
    (work / "pack").mkdir()
    (work / "pack" / "rules.yaml").write_text(
        "rules:\n  NC301: {severity: error}\n  NC999: {severity: error}\n"
    )
    assert_user_error(check(work, "good.txt", "--rules", "pack"), work, "rules.yaml:3", "NC999")


def test_bad_value_in_a_rule_pack(work: Path):
    (work / "pack").mkdir()
    (work / "pack" / "tolerances.yaml").write_text("roundness:\n  half_width: -3\n")
    assert_user_error(check(work, "good.txt", "--rules", "pack"), work, "tolerances.yaml:2", "half_width")


def test_rule_pack_directory_missing(work: Path):
    assert_user_error(check(work, "good.txt", "--rules", "nopack"), work, "nopack")


def test_a_file_given_as_the_rule_pack_is_named_as_a_file_not_as_missing(work: Path):
    err = assert_user_error(check(work, "good.txt", "--rules", "good.txt"), work, "good.txt")
    assert "is a file, not a directory" in err and "not found" not in err


def test_unknown_rule_code_in_numcheck_toml(work: Path):
    (work / "numcheck.toml").write_text('fail_on = "warning"\n\n[rules.NC999]\nseverity = "error"\n')
    assert_user_error(check(work, "good.txt", "--config", "numcheck.toml"), work, "numcheck.toml:3", "NC999")


def test_malformed_toml(work: Path):
    (work / "numcheck.toml").write_text('fail_on = "warning\n')
    assert_user_error(check(work, "good.txt", "--config", "numcheck.toml"), work, "numcheck.toml")


# -------------------------------------------------------------------------------------------- facts


def _facts(work: Path, body: str) -> Path:
    (work / "facts.yaml").write_text(body, encoding="utf-8")
    return work / "facts.yaml"


def test_malformed_yaml_in_a_facts_file_names_the_line(work: Path):
    _facts(work, "facts:\n  - measurand: drones fired\n    value: [145\n")
    err = assert_user_error(check(work, "good.txt", "--facts", "facts.yaml"), work, "facts.yaml:")
    assert "malformed YAML" in err


def test_facts_file_with_an_unknown_field(work: Path):
    _facts(work, "facts:\n  - measurand: drones fired\n    value: 145 drones\n    colour: red\n")
    assert_user_error(check(work, "good.txt", "--facts", "facts.yaml"), work, "facts.yaml:4", "colour")


@pytest.mark.parametrize("line", ["as_of: 2024-13-45", "source: !!int ten"])
def test_a_date_or_number_yaml_cannot_build_in_a_facts_file_names_its_line(work: Path, line: str):
    _facts(work, f"facts:\n  - measurand: drones fired\n    value: 145 drones\n    {line}\n")
    err = assert_user_error(check(work, "good.txt", "--facts", "facts.yaml"), work, "facts.yaml:4")
    assert "quotes" in err


def test_a_date_yaml_cannot_build_in_a_rule_pack_names_file_and_line(work: Path):
    (work / "pack").mkdir()
    (work / "pack" / "hedges.yaml").write_text("# a desk hedge\nadded: 2024-02-30\n", encoding="utf-8")
    res = run(work, "rules", "validate", "pack")
    err = res.stderr.strip()
    assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr
    assert len(err.splitlines()) == 1 and "hedges.yaml:2" in err, err


@pytest.mark.parametrize("value", ["19 kmz", "7 m²s"])
def test_unknown_unit_in_a_facts_file(work: Path, value: str):
    _facts(
        work,
        f"facts:\n  - measurand: length of the bridge\n    value: 1\n  - measurand: height\n"
        f"    value: {value}\n",
    )
    assert_user_error(check(work, "good.txt", "--facts", "facts.yaml"), work, "facts.yaml:4", "unit")


def test_unknown_unit_after_a_known_one_in_a_facts_file(work: Path):
    _facts(work, "facts:\n  - measurand: speed of the train\n    value: 45 km/zz\n")
    assert_user_error(check(work, "good.txt", "--facts", "facts.yaml"), work, "facts.yaml:2", "unit")


@pytest.mark.parametrize("value", ["many", "a lot of troops", "''", "null"])
def test_facts_value_without_a_number(work: Path, value: str):
    _facts(work, f"facts:\n  - measurand: North Korean troops in Russia\n    value: {value}\n")
    err = assert_user_error(check(work, "good.txt", "--facts", "facts.yaml"), work)
    assert re.search(r"facts\.yaml:[23]: ", err), err  # the entry's line or its value's


def test_facts_file_missing_or_binary(work: Path):
    assert_user_error(check(work, "good.txt", "--facts", "nofacts.yaml"), work, "nofacts.yaml")
    (work / "bin.yaml").write_bytes(b"\x00\x01\x02facts")
    assert_user_error(check(work, "good.txt", "--facts", "bin.yaml"), work, "bin.yaml")
