"""`numcheck rules list|explain|validate`, `numcheck schema`, docs/rules.md and the shipped pack."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

import numcheck
from numcheck import rulecodes
from numcheck.checks import registry
from numcheck.checks.base import Rule
from numcheck.cli import app, rules_markdown
from numcheck.models import Category, Severity
from numcheck.read import read_text
from numcheck.rulepack import FILES, check_pack, default_pack_dir, load_pack

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    res = runner.invoke(app, list(args))
    return res.exit_code, res.stdout, res.stderr


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with no config file above it."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- rules list ----------------------------------------------------------------------------------


def test_list_prints_every_rule(no_config: Path) -> None:
    code, out, _ = run("rules", "list")
    assert code == 0
    for rule in registry.RULES.values():
        row = next(line for line in out.splitlines() if rule.code in line)
        assert rule.name in row and rule.severity.value in row
    assert max(len(line) for line in out.splitlines()) <= 80  # fits an 80-column terminal
    assert "no config file" in out and "default rule pack" in out


def test_list_shows_what_the_config_puts_in_effect(no_config: Path) -> None:
    write(no_config / "numcheck.toml", '[rules.NC201]\nseverity = "error"\n[rules.NC701]\nenabled = false\n')
    code, out, _ = run("rules", "list")
    assert code == 0
    rows = {
        line.split("│")[1].strip(): [c.strip() for c in line.split("│")[1:-1]]
        for line in out.splitlines()
        if line.startswith("│ NC")
    }
    assert rows["NC201"][2:4] == ["warning", "error"]  # default, in effect now
    assert rows["NC701"][2:4] == ["info", "off"]
    assert rows["NC301"][2:4] == ["error", "error"]
    assert f"config: {no_config / 'numcheck.toml'}" in out


def test_list_json_is_machine_readable(no_config: Path) -> None:
    write(
        no_config / "numcheck.toml",
        "[rules.NC701]\nenabled = false\n[rules.NC502]\nparams = {max_gap = 2.5}\n",
    )
    code, out, _ = run("rules", "list", "--format", "json")
    assert code == 0
    rules = {r["code"]: r for r in json.loads(out)}
    assert set(rules) == set(registry.RULES)
    assert rules["NC701"]["enabled"] is False and rules["NC701"]["severity"] is None
    assert rules["NC502"]["params"] == {"max_gap": 2.5}
    assert rules["NC201"]["default_severity"] == "warning"


def test_list_with_a_broken_config_is_one_line_and_exit_2(no_config: Path) -> None:
    write(no_config / "numcheck.toml", "[rules.NC201\n")
    code, out, err = run("rules", "list")
    assert code == 2 and out == ""
    assert err.strip().startswith(f"numcheck: error: {no_config / 'numcheck.toml'}:1: malformed TOML")
    assert len(err.strip().splitlines()) == 1


# --- rules explain -------------------------------------------------------------------------------


def test_explain_documents_the_rule(no_config: Path) -> None:
    rule = registry.RULES["NC201"]
    code, out, _ = run("rules", "explain", "NC201")
    assert code == 0
    for text in (rule.name, rule.summary, rule.why, rule.example, "default severity: warning"):
        assert text in out
    assert "[tool.numcheck.rules.NC201]" in out and "enabled = false" in out and "[rules.NC201]" in out


def test_explain_shows_parameters_default_and_in_effect(no_config: Path) -> None:
    _, out, _ = run("rules", "explain", "NC502")
    assert "max_gap = 0.5 -> 0.5" in out
    write(no_config / "numcheck.toml", '[rules.NC502]\nseverity = "warning"\nparams = { max_gap = 2 }\n')
    _, out, _ = run("rules", "explain", "NC502")
    assert "max_gap = 0.5 -> 2" in out
    assert "default severity: error   in effect: warning" in out


def test_explain_accepts_a_name_or_lower_case_code(no_config: Path) -> None:
    assert run("rules", "explain", "source-discrepancy")[1] == run("rules", "explain", "nc201")[1]


def test_explain_an_unknown_code_is_one_line_and_exit_2(no_config: Path) -> None:
    code, out, err = run("rules", "explain", "NC210")
    assert code == 2 and out == ""
    assert err.startswith("numcheck: error: unknown rule code 'NC210' (did you mean NC201 or ")
    assert err.endswith("?)\n") and err.count("\n") == 1


def test_explain_a_knowledge_file_prints_what_it_holds_and_the_copy_in_effect(no_config: Path) -> None:
    code, out, _ = run("rules", "explain", "hedges")
    assert code == 0
    assert out.startswith("hedges.yaml  knowledge file (not a rule)\n")
    assert f"in effect: {default_pack_dir() / 'hedges.yaml'} (the default pack's)" in out
    assert "Hedges: words before a figure" in out  # the file's own opening comment, without '#'
    assert "# " not in out and "replace: true" in out
    assert run("rules", "explain", "Hedges.yaml")[1] == out


def test_explain_a_knowledge_file_names_a_desk_pack_that_extends_it(no_config: Path) -> None:
    pack = no_config / "desk"
    write(pack / "vague.yaml", 'vague:\n  - {phrase: "a smattering of", low: 2, high: 6}\n')
    code, out, _ = run("rules", "explain", "vague", "--rules", str(pack))
    assert code == 0
    default = default_pack_dir() / "vague.yaml"
    assert f"in effect: {pack / 'vague.yaml'} (extends the default {default})" in out


def test_rules_yaml_is_not_explained_as_a_knowledge_file(no_config: Path) -> None:
    code, _, err = run("rules", "explain", "rules")
    assert code == 2 and err.startswith("numcheck: error: unknown rule code 'rules'")


# --- rules validate ------------------------------------------------------------------------------


def test_validate_the_default_pack(no_config: Path) -> None:
    code, out, err = run("rules", "validate")
    assert code == 0 and err == ""
    settings = len(load_pack().rules.rules)
    assert out == f"{default_pack_dir()}: rule pack is valid (12 files, {settings} rule settings)\n"


def test_validate_a_partial_pack(tmp_path: Path) -> None:
    write(tmp_path / "tolerances.yaml", "agreement:\n  relative: 0.05\n")
    code, out, _ = run("rules", "validate", str(tmp_path))
    assert code == 0
    assert out.startswith(f"{tmp_path}: rule pack is valid (1 file of its own, the rest from the default")


BAD_PACKS = {
    "malformed YAML": ("hedges.yaml", "hedges:\n  - {name: about, kind: approx\n", 3, "malformed YAML"),
    "wrong type": (
        "hedges.yaml",
        "hedges:\n  - {name: x, kind: approx, width: wide, words: [x]}\n",
        2,
        "hedges.0.width: Input should be a valid number",
    ),
    "negative width": (
        "hedges.yaml",
        "hedges:\n  - name: x\n    kind: approx\n    width: -2\n    words: [x]\n",
        4,
        "hedges.0.width: Input should be greater than or equal to 0",
    ),
    "unknown hedge kind": (
        "hedges.yaml",
        "hedges:\n  - {name: x, kind: sortof, width: 1, words: [x]}\n",
        2,
        "hedges.0.kind: Input should be 'approx'",
    ),
    "YAML boolean as a word": (
        "hedges.yaml",
        "hedges:\n  - {name: x, kind: approx, width: 1, words: [no]}\n",
        2,
        "YAML reads this as false",
    ),
    "low >= high": (
        "vague.yaml",
        "vague:\n  - {phrase: a few, low: 2, high: 5}\n  - {phrase: lots, low: 9, high: 9}\n",
        3,
        "'lots': low (9) must be below high (9)",
    ),
    "value outside": (
        "vague.yaml",
        "vague:\n  - {phrase: a few, low: 2, high: 5, value: 7}\n",
        2,
        "must lie in [low, high)",
    ),
    "unknown key": (
        "tolerances.yaml",
        "agreement:\n  relative: 0.1\n  absolute: 3\n",
        3,
        "agreement.absolute: unknown key",
    ),
    "unknown rule code": (
        "rules.yaml",
        "rules:\n  NC201: {severity: warning}\n  NC299: {severity: error}\n",
        3,
        "unknown rule code 'NC299'",
    ),
    "bad severity": ("rules.yaml", "rules:\n  NC201: {severity: fatal}\n", 2, "rules.NC201.severity"),
    "unknown parameter": (
        "rules.yaml",
        "rules:\n  NC502:\n    params:\n      max_gapp: 1\n",
        4,
        "NC502: unknown parameter 'max_gapp'",
    ),
    "duplicate key": (
        "rules.yaml",
        "rules:\n  NC201: {severity: info}\n  NC201: {severity: error}\n",
        3,
        "duplicate key 'NC201' (first at line 2)",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_PACKS))
def test_validate_reports_each_mistake_with_file_and_line(case: str, tmp_path: Path) -> None:
    name, text, line, message = BAD_PACKS[case]
    write(tmp_path / name, text)
    code, out, err = run("rules", "validate", str(tmp_path))
    assert code == 2 and out == ""
    assert err.startswith(f"numcheck: error: {tmp_path / name}:{line}: "), err
    assert message in err


def test_validate_reports_every_problem_not_only_the_first(tmp_path: Path) -> None:
    write(
        tmp_path / "vague.yaml",
        "vague:\n  - {phrase: a, low: 5, high: 2}\n  - {phrase: b, low: 5, high: 2}\n",
    )
    write(tmp_path / "rules.yaml", "rules:\n  NC999: {enabled: false}\n")
    code, _, err = run("rules", "validate", str(tmp_path))
    assert code == 2
    assert [line.removeprefix("numcheck: error: ").split(": ")[0] for line in err.splitlines()] == [
        f"{tmp_path / 'vague.yaml'}:2",
        f"{tmp_path / 'vague.yaml'}:3",
        f"{tmp_path / 'rules.yaml'}:2",
    ]


def test_validate_a_misnamed_file(tmp_path: Path) -> None:
    write(tmp_path / "hedge.yaml", "hedges: []\n")
    code, _, err = run("rules", "validate", str(tmp_path))
    assert code == 2 and "hedge.yaml: not a rule pack file" in err and "hedges.yaml" in err


def test_validate_a_directory_that_is_not_there(tmp_path: Path) -> None:
    code, _, err = run("rules", "validate", str(tmp_path / "nope"))
    assert code == 2 and err == f"numcheck: error: {tmp_path / 'nope'}: rule pack directory not found\n"


def test_validate_without_dir_checks_the_config_and_its_pack(no_config: Path) -> None:
    write(no_config / "numcheck.toml", 'rules_dir = "desk"\n')
    write(no_config / "desk" / "vague.yaml", "vague:\n  - {phrase: a few, low: 3, high: 2}\n")
    code, _, err = run("rules", "validate")
    assert code == 2 and f"{no_config / 'desk' / 'vague.yaml'}:2:" in err
    write(no_config / "desk" / "vague.yaml", "vague:\n  - {phrase: a few, low: 2, high: 5}\n")
    code, out, _ = run("rules", "validate")
    assert code == 0 and f"config {no_config / 'numcheck.toml'} is valid" in out
    write(no_config / "numcheck.toml", 'rules_dir = "desk"\n[rules.NC201]\nparams = { nope = 1 }\n')
    code, _, err = run("rules", "validate")
    assert code == 2 and f"{no_config / 'numcheck.toml'}:3: NC201: unknown parameter 'nope'" in err


def test_a_bad_pack_stops_numcheck_check_with_exit_2(tmp_path: Path) -> None:
    write(tmp_path / "pack" / "vague.yaml", "vague:\n  - {phrase: a few, low: 3, high: 2}\n")
    draft = write(tmp_path / "draft.txt", "A few numbers: 3.\n")
    code, out, err = run("check", str(draft), "--rules", str(tmp_path / "pack"))
    assert code == 2 and out == ""
    assert err.startswith(f"numcheck: error: {(tmp_path / 'pack' / 'vague.yaml').resolve()}:2: ")


# --- the shipped pack and the reference -----------------------------------------------------------


def test_the_default_pack_passes_validation() -> None:
    pack, problems = check_pack(default_pack_dir())
    assert [str(p) for p in problems] == []
    assert pack is not None and sorted(pack.own_files) == sorted(FILES)


def test_the_default_pack_sets_every_rule_as_the_rule_documents_it() -> None:
    pack = load_pack()
    for code, rule in registry.RULES.items():
        setting = pack.setting(code)
        assert setting.severity == rule.severity.value, code
        assert setting.enabled is not False, code


def test_docs_rules_md_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == rules_markdown(), "run: numcheck rules list --format markdown > docs/rules.md"


def test_the_markdown_reference_covers_every_rule() -> None:
    text = rules_markdown()
    for code, rule in registry.RULES.items():
        section = text.split(f"## {code}\n", 1)[1].split("\n## ", 1)[0]
        for part in (rule.name, rule.category.value, rule.summary, rule.why, f"[tool.numcheck.rules.{code}]"):
            assert part in section, (code, part)
    assert "`max_gap` | `0.5`" in text


def test_default_pack_dir_is_the_repository_rules_in_a_checkout() -> None:
    assert default_pack_dir().resolve() == (ROOT / "rules").resolve()


def test_the_wheel_ships_the_default_pack_and_finds_it_from_elsewhere(tmp_path: Path) -> None:
    """pip wheel (as a user installing numcheck would), then run from an unrelated directory."""
    src = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in ("numcheck", "rules"):
        shutil.copytree(ROOT / part, src / part, ignore=ignore)
    for f in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / f, src / f)
    pip = [sys.executable, "-m", "pip", "wheel", ".", "-w", str(tmp_path / "dist"), "--no-deps", "-q"]
    built = subprocess.run(pip, cwd=src, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = (tmp_path / "dist").glob("numcheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "numcheck/si_table.json" in names  # pint's answers, so a first run need not import pint
    assert sorted(n for n in names if n.startswith("numcheck/_rules/")) == sorted(
        f"numcheck/_rules/{name}.yaml" for name in FILES
    )

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # what pip install puts in site-packages
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = (
        "import numcheck, numcheck.rulepack as r; p = r.load_pack(); "
        "print(numcheck.__file__); print(r.default_pack_dir()); print(len(p.hedges.hedges))"
    )
    res = subprocess.run(
        [sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120
    )
    assert res.returncode == 0, res.stderr
    module, pack_dir, hedges = res.stdout.split()
    assert Path(module).is_relative_to(site), "the wheel's numcheck was not the one imported"
    assert Path(pack_dir) == site / "numcheck" / "_rules"
    assert int(hedges) == len(load_pack().hedges.hedges)
    res = subprocess.run(
        [sys.executable, "-m", "numcheck", "rules", "validate"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith(f"{site / 'numcheck' / '_rules'}: rule pack is valid")


# --- schema --------------------------------------------------------------------------------------


def schema() -> dict[str, object]:
    code, out, _ = run("schema")
    assert code == 0
    return json.loads(out)


def test_schema_is_a_valid_json_schema() -> None:
    s = schema()
    jsonschema.Draft202012Validator.check_schema(s)
    assert {"schema", "documents", "claims", "findings"} <= set(s["properties"])  # type: ignore[arg-type]


def test_a_real_report_validates_against_the_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    def one_finding(ctx, rule):  # type: ignore[no-untyped-def]
        yield rule.finding("test finding", ctx.claims[:2])

    monkeypatch.setitem(rulecodes.RULE_NAMES, "NC900", "test-finding")
    monkeypatch.setitem(
        registry.RULES,
        "NC900",
        Rule(
            code="NC900",
            name="test-finding",
            category=Category.source_discrepancy,
            severity=Severity.warning,
            summary="-",
            why="-",
            example="-",
            run=one_finding,
        ),
    )
    text = (
        "Ukraine's President Volodymyr Zelenskyy said about 11,000 North Korean soldiers were in Kursk. "
        "The Pentagon said some 10,000 North Korean troops had been sent, with 145 drones and $40m."
    )
    source = read_text("Russia launched 145 drones.", path="s.txt")
    report = numcheck.check([text], sources=[source])
    data = json.loads(report.to_json())
    assert data["findings"], "the report under test should hold a finding"
    jsonschema.validate(data, schema(), cls=jsonschema.Draft202012Validator)


def test_the_schema_rejects_a_report_that_breaks_the_contract() -> None:
    data = json.loads(numcheck.check(["Nothing here."]).to_json())
    data["findings"] = [
        {"rule": "NC201", "category": "not-a-category", "severity": "warning", "message": "m", "claims": []}
    ]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema(), cls=jsonschema.Draft202012Validator)


def test_a_broken_default_pack_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """check_pack() collects problems; it never raises, even when the shipped pack is mid-edit."""
    import numcheck.rulepack as rulepack

    broken = tmp_path / "shipped"
    shutil.copytree(default_pack_dir(), broken)
    write(broken / "events.yaml", "events: {killed: [killed]}\nnot_a_key: 1\n")
    monkeypatch.setattr(rulepack, "default_pack_dir", lambda: broken)
    write(tmp_path / "desk" / "rules.yaml", "rules:\n  NC502: {params: {max_gap: 1.0}}\n")
    pack, problems = check_pack(tmp_path / "desk")
    assert pack is None
    assert any(str(p).startswith(f"{broken / 'events.yaml'}:2: not_a_key: unknown key") for p in problems)
