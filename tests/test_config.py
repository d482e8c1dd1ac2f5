"""Configuration: where numcheck finds a desk's overrides, what they change, and how mistakes read.

The mechanics of severities, enables and parameters are pinned down with a test-only rule put into
the registry (numcheck.checks.registry.RULES), so they hold whatever the real checks find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import numcheck
from numcheck import rulecodes
from numcheck.checks import registry
from numcheck.checks.base import CheckContext, Rule
from numcheck.checks.runner import run_checks
from numcheck.cli import app
from numcheck.config import Config, find_config_file, load_config, toml_line, toml_lines
from numcheck.errors import ConfigError
from numcheck.models import Category, Finding, Severity
from numcheck.read import read_text
from numcheck.rulepack import load_pack

TEST_CODE = "NC900"


def _fixed_finding(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    """A check that always finds one thing, naming the parameters it was given."""
    params = ctx.config.rule(rule.code).params
    yield rule.finding(f"fixed finding; params={sorted(params.items())}", [])


def _test_rule() -> Rule:
    return Rule(
        code=TEST_CODE,
        name="always-finds",
        category=Category.internal_inconsistency,
        severity=Severity.warning,
        summary="Test rule.",
        why="Tests.",
        example="-",
        run=_fixed_finding,
    )


@pytest.fixture
def only_test_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry holds the real rules with their checks switched off, plus the test rule NC900."""
    for code, rule in list(registry.RULES.items()):
        monkeypatch.setitem(registry.RULES, code, Rule(**{**rule.__dict__, "run": lambda ctx, r: []}))
    monkeypatch.setitem(rulecodes.RULE_NAMES, TEST_CODE, "always-finds")
    monkeypatch.setitem(registry.RULES, TEST_CODE, _test_rule())


@pytest.fixture
def nc502_reports_params(monkeypatch: pytest.MonkeyPatch) -> None:
    """NC502 (which has a parameter, max_gap) replaced by a check that reports its parameters."""
    for code, rule in list(registry.RULES.items()):
        monkeypatch.setitem(registry.RULES, code, Rule(**{**rule.__dict__, "run": lambda ctx, r: []}))
    real = registry.RULES["NC502"]
    monkeypatch.setitem(registry.RULES, "NC502", Rule(**{**real.__dict__, "run": _fixed_finding}))


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def findings(cfg: Config) -> list[Finding]:
    doc = read_text("Some text with 3 numbers, 4 and 5.")
    return run_checks(cfg, [doc], [])


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as exc:
        load_config(config_file=path)
    return str(exc.value)


# --- discovery -----------------------------------------------------------------------------------


def test_numcheck_toml_is_found_from_a_subdirectory(tmp_path: Path) -> None:
    cfg_file = write(tmp_path / "numcheck.toml", 'fail_on = "warning"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config_file(deep) == cfg_file
    assert load_config(start=deep).fail_on == "warning"


def test_pyproject_without_tool_numcheck_is_passed_over(tmp_path: Path) -> None:
    outer = write(tmp_path / "numcheck.toml", 'fail_on = "info"\n')
    write(tmp_path / "pkg" / "pyproject.toml", '[project]\nname = "x"\n[tool.black]\nline-length = 90\n')
    assert find_config_file(tmp_path / "pkg") == outer


def test_pyproject_with_tool_numcheck_is_found(tmp_path: Path) -> None:
    py = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.numcheck]\nfail_on = "never"\n')
    assert find_config_file(tmp_path) == py
    assert load_config(start=tmp_path).fail_on == "never"


def test_numcheck_toml_wins_over_pyproject_in_one_directory(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.numcheck]\nfail_on = "never"\n')
    toml = write(tmp_path / "numcheck.toml", 'fail_on = "info"\n')
    assert find_config_file(tmp_path) == toml


def test_discovery_uses_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "numcheck.toml", 'fail_on = "info"\n')
    (tmp_path / "drafts").mkdir()
    monkeypatch.chdir(tmp_path / "drafts")
    cfg = load_config()
    assert cfg.fail_on == "info"
    assert cfg.source == str(tmp_path / "numcheck.toml")


def test_no_file_means_the_defaults(tmp_path: Path) -> None:
    cfg = load_config(start=tmp_path, discover=False)
    assert cfg.source is None and cfg.fail_on == "error" and cfg.overrides == {}


def test_a_malformed_pyproject_that_configures_numcheck_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.numcheck]\nfail_on = "warning\n')
    with pytest.raises(ConfigError, match=r"pyproject\.toml:2: malformed TOML"):
        find_config_file(tmp_path)


def test_a_malformed_pyproject_of_someone_else_is_passed_over(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project\nname = "x"\n')
    assert find_config_file(tmp_path) != tmp_path / "pyproject.toml"


# --- what overrides say --------------------------------------------------------------------------


def test_pyproject_overrides_severity_enable_and_params(tmp_path: Path) -> None:
    py = write(
        tmp_path / "pyproject.toml",
        """\
[project]
name = "desk"

[tool.numcheck]
fail_on = "warning"

[tool.numcheck.rules.NC201]
severity = "error"

[tool.numcheck.rules.NC701]
enabled = false

[tool.numcheck.rules.NC502]
params = { max_gap = 2 }
""",
    )
    cfg = load_config(config_file=py)
    assert cfg.fail_on == "warning"
    assert cfg.rule("NC201").severity == "error"
    assert cfg.rule("NC701").enabled is False
    assert cfg.rule("NC502").params == {"max_gap": 2}
    # what the desk did not touch keeps the pack's setting
    assert cfg.rule("NC301").severity == "error" and cfg.rule("NC301").enabled is True


def test_numcheck_toml_top_level_and_tool_table_both_work(tmp_path: Path) -> None:
    toml = write(
        tmp_path / "numcheck.toml",
        """\
fail_on = "info"
[rules.NC201]
severity = "error"
[tool.numcheck.rules.NC701]
enabled = false
""",
    )
    cfg = load_config(config_file=toml)
    assert cfg.fail_on == "info"
    assert cfg.rule("NC201").severity == "error"
    assert cfg.rule("NC701").enabled is False


def test_a_rule_may_be_named_by_its_name_or_a_lower_case_code(tmp_path: Path) -> None:
    toml = write(
        tmp_path / "numcheck.toml",
        """\
[rules.source-discrepancy]
severity = "error"
[rules.nc701]
enabled = false
""",
    )
    cfg = load_config(config_file=toml)
    assert set(cfg.overrides) == {"NC201", "NC701"}
    assert cfg.rule("NC201").severity == "error"


def test_dotted_keys_and_inline_tables_are_read(tmp_path: Path) -> None:
    toml = write(
        tmp_path / "numcheck.toml",
        """\
rules.NC201.severity = "info"
rules.NC301 = { enabled = false }
""",
    )
    cfg = load_config(config_file=toml)
    assert cfg.rule("NC201").severity == "info"
    assert cfg.rule("NC301").enabled is False


def test_fail_on_argument_wins_over_the_file(tmp_path: Path) -> None:
    toml = write(tmp_path / "numcheck.toml", 'fail_on = "info"\n')
    assert load_config(config_file=toml, fail_on="never").fail_on == "never"


def test_rules_dir_is_relative_to_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "desk" / "numcheck.toml", 'rules_dir = "pack"\n')
    write(tmp_path / "desk" / "pack" / "tolerances.yaml", "agreement:\n  relative: 0.05\n")
    monkeypatch.chdir(tmp_path)  # not the config file's directory
    cfg = load_config(config_file=tmp_path / "desk" / "numcheck.toml")
    assert Path(cfg.pack.path) == (tmp_path / "desk" / "pack").resolve()
    assert cfg.pack.tolerances.agreement.relative == 0.05
    # what the desk's pack lacks comes from the default pack
    assert cfg.pack.hedges == load_pack().hedges


def test_rules_argument_wins_over_rules_dir(tmp_path: Path) -> None:
    write(tmp_path / "numcheck.toml", 'rules_dir = "pack"\n')
    write(tmp_path / "pack" / "tolerances.yaml", "agreement:\n  relative: 0.05\n")
    write(tmp_path / "other" / "tolerances.yaml", "agreement:\n  relative: 0.2\n")
    cfg = load_config(config_file=tmp_path / "numcheck.toml", rules_dir=tmp_path / "other")
    assert cfg.pack.tolerances.agreement.relative == 0.2


def test_a_desk_pack_can_turn_a_rule_off_and_the_config_back_on(tmp_path: Path) -> None:
    write(tmp_path / "pack" / "rules.yaml", "rules:\n  NC701: {enabled: false}\n")
    assert load_config(rules_dir=tmp_path / "pack", discover=False).rule("NC701").enabled is False
    toml = write(tmp_path / "numcheck.toml", 'rules_dir = "pack"\n[rules.NC701]\nenabled = true\n')
    assert load_config(config_file=toml).rule("NC701").enabled is True


def test_an_edited_pack_is_read_again(tmp_path: Path) -> None:
    f = write(tmp_path / "pack" / "tolerances.yaml", "agreement:\n  relative: 0.05\n")
    assert load_pack(tmp_path / "pack").tolerances.agreement.relative == 0.05
    f.write_text("agreement:\n  relative: 0.125\n", encoding="utf-8")  # another size: a coarse clock
    assert load_pack(tmp_path / "pack").tolerances.agreement.relative == 0.125


# --- overrides change findings (through the runner, with a test-only rule) -----------------------


def test_a_rule_reports_with_its_own_default_severity(only_test_rule: None) -> None:
    got = findings(load_config(discover=False))
    assert [(f.rule, f.severity) for f in got] == [(TEST_CODE, Severity.warning)]


def test_a_severity_override_changes_the_finding(only_test_rule: None, tmp_path: Path) -> None:
    toml = write(tmp_path / "numcheck.toml", f'[rules.{TEST_CODE}]\nseverity = "error"\n')
    got = findings(load_config(config_file=toml))
    assert [(f.rule, f.severity) for f in got] == [(TEST_CODE, Severity.error)]


def test_disabling_a_rule_removes_its_findings(only_test_rule: None, tmp_path: Path) -> None:
    toml = write(tmp_path / "numcheck.toml", f"[rules.{TEST_CODE}]\nenabled = false\n")
    assert findings(load_config(config_file=toml)) == []


def test_a_rule_named_by_its_name_is_overridden(only_test_rule: None, tmp_path: Path) -> None:
    py = write(tmp_path / "pyproject.toml", '[tool.numcheck.rules.always-finds]\nseverity = "info"\n')
    got = findings(load_config(config_file=py))
    assert [f.severity for f in got] == [Severity.info]


def test_a_pack_setting_then_a_config_override(only_test_rule: None, tmp_path: Path) -> None:
    write(tmp_path / "pack" / "rules.yaml", f"rules:\n  {TEST_CODE}: {{severity: info, enabled: false}}\n")
    assert findings(load_config(rules_dir=tmp_path / "pack", discover=False)) == []
    toml = write(tmp_path / "numcheck.toml", f'rules_dir = "pack"\n[rules.{TEST_CODE}]\nenabled = true\n')
    got = findings(load_config(config_file=toml))
    assert [f.severity for f in got] == [Severity.info]  # the pack's severity, the config's enable


def test_parameters_reach_the_check(nc502_reports_params: None, tmp_path: Path) -> None:
    default = findings(load_config(discover=False))
    assert [f.message for f in default] == ["fixed finding; params=[('max_gap', 0.5)]"]
    toml = write(tmp_path / "numcheck.toml", "[rules.NC502]\nparams = { max_gap = 3 }\n")
    got = findings(load_config(config_file=toml))
    assert [f.message for f in got] == ["fixed finding; params=[('max_gap', 3)]"]


def test_overrides_change_the_report_of_numcheck_check(only_test_rule: None, tmp_path: Path) -> None:
    text = "Russia launched 145 drones overnight, the air force said."
    before = numcheck.check([text])
    assert [(f.rule, f.severity.value) for f in before.findings] == [(TEST_CODE, "warning")]
    assert before.summary.warnings == 1
    toml = write(tmp_path / "numcheck.toml", f'[rules.{TEST_CODE}]\nseverity = "error"\n')
    after = numcheck.check([text], config=load_config(config_file=toml))
    assert [(f.rule, f.severity.value) for f in after.findings] == [(TEST_CODE, "error")]
    assert after.summary.errors == 1 and after.summary.warnings == 0
    off = write(tmp_path / "off.toml", f"[rules.{TEST_CODE}]\nenabled = false\n")
    assert numcheck.check([text], config=load_config(config_file=off)).findings == []


def test_fail_on_in_the_config_sets_the_exit_status(only_test_rule: None, tmp_path: Path) -> None:
    draft = write(tmp_path / "draft.txt", "Russia launched 145 drones overnight.\n")
    runner = CliRunner()
    # the test rule's warning does not fail by default (fail_on = error)...
    plain = write(tmp_path / "plain.toml", "")
    assert runner.invoke(app, ["check", str(draft), "--config", str(plain)]).exit_code == 0
    # ...fails when the desk says fail_on = "warning"...
    strict = write(tmp_path / "strict.toml", 'fail_on = "warning"\n')
    assert runner.invoke(app, ["check", str(draft), "--config", str(strict)]).exit_code == 1
    # ...and --fail-on on the command line wins over the file
    args = ["check", str(draft), "--config", str(strict), "--fail-on", "never"]
    assert runner.invoke(app, args).exit_code == 0
    # a severity raised to error fails with the default fail_on
    raised = write(tmp_path / "raised.toml", f'[rules.{TEST_CODE}]\nseverity = "error"\n')
    assert runner.invoke(app, ["check", str(draft), "--config", str(raised)]).exit_code == 1


# --- mistakes: one line, the file, the line -----------------------------------------------------


def test_malformed_toml_names_file_and_line(tmp_path: Path) -> None:
    f = write(tmp_path / "numcheck.toml", 'fail_on = "info"\n\n[rules.NC201\nseverity = "error"\n')
    assert re.fullmatch(rf"{re.escape(str(f))}:3: malformed TOML: .+", error_of(f))


def test_unknown_top_level_key_names_its_line_and_the_likely_key(tmp_path: Path) -> None:
    f = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.numcheck]\nfail-on = "warning"\n')
    msg = error_of(f)
    assert msg.startswith(f"{f}:5: unknown key 'fail-on'")
    assert "did you mean fail_on?" in msg


def test_unknown_key_in_a_rule_table(tmp_path: Path) -> None:
    f = write(tmp_path / "numcheck.toml", '[rules.NC701]\nenabled = false\nsevrity = "error"\n')
    msg = error_of(f)
    assert msg.startswith(f"{f}:3: unknown key 'rules.NC701.sevrity'") and "severity" in msg


def test_bad_severity_value_points_at_the_severity_key(tmp_path: Path) -> None:
    f = write(
        tmp_path / "pyproject.toml",
        """\
[tool.numcheck]
fail_on = "error"

[tool.numcheck.rules.NC101]
enabled = true

[tool.numcheck.rules.NC201]
enabled = true
severity = "warn"
""",
    )
    msg = error_of(f)
    assert msg.startswith(f"{f}:9: rules.NC201.severity:")
    assert "'error', 'warning' or 'info'" in msg


def test_severity_off_suggests_enabled_false(tmp_path: Path) -> None:
    f = write(tmp_path / "numcheck.toml", '[rules.NC201]\nseverity = "off"\n')
    assert "enabled = false" in error_of(f)


def test_enabled_must_be_a_boolean_not_a_string(tmp_path: Path) -> None:
    f = write(tmp_path / "numcheck.toml", '[rules.NC201]\nenabled = "no"\n')
    assert error_of(f).startswith(f"{f}:2: rules.NC201.enabled:")


def test_bad_fail_on_value(tmp_path: Path) -> None:
    f = write(tmp_path / "numcheck.toml", '# desk config\n\nfail_on = "sometimes"\n')
    assert error_of(f).startswith(f"{f}:3: fail_on:")


def test_unknown_rule_code_points_at_its_table_and_suggests_one(tmp_path: Path) -> None:
    f = write(
        tmp_path / "pyproject.toml",
        """\
[project]
name = "x"

[tool.numcheck.rules.NC201]
severity = "error"

[tool.numcheck.rules.NC210]
severity = "error"
""",
    )
    msg = error_of(f)
    assert msg.startswith(f"{f}:7: unknown rule code 'NC210'")
    assert "NC201" in msg


def test_unknown_rule_code_in_an_inline_table(tmp_path: Path) -> None:
    f = write(
        tmp_path / "numcheck.toml",
        'fail_on = "error"\nrules = { NC201 = { severity = "error" }, XX1 = { enabled = false } }\n',
    )
    assert error_of(f).startswith(f"{f}:2: unknown rule code 'XX1'")


def test_unknown_parameter_and_wrong_parameter_type(tmp_path: Path) -> None:
    f = write(tmp_path / "numcheck.toml", "[rules.NC502]\nenabled = true\nparams = { max_gapp = 1 }\n")
    msg = error_of(f)
    assert msg.startswith(f"{f}:3: NC502: unknown parameter 'max_gapp'") and "max_gap" in msg
    g = write(tmp_path / "g.toml", '[rules.NC502.params]\nmax_gap = "big"\n')
    assert error_of(g).startswith(f"{g}:2: NC502: parameter 'max_gap' must be a number")
    h = write(tmp_path / "h.toml", "[rules.NC502.params]\nmax_gap = -1\n")
    assert "must not be negative" in error_of(h)


def test_a_rule_set_twice_by_code_and_by_name(tmp_path: Path) -> None:
    f = write(
        tmp_path / "numcheck.toml",
        '[rules.NC201]\nenabled = true\n[rules.source-discrepancy]\nseverity = "error"\n',
    )
    assert "set twice" in error_of(f)


def test_the_same_key_at_top_level_and_under_tool_numcheck(tmp_path: Path) -> None:
    f = write(tmp_path / "numcheck.toml", 'fail_on = "info"\n[tool.numcheck]\nfail_on = "error"\n')
    assert error_of(f).startswith(f"{f}:3: 'fail_on' is set both")


def test_a_misspelt_tool_table_in_numcheck_toml(tmp_path: Path) -> None:
    f = write(tmp_path / "numcheck.toml", '[tool.numchek]\nfail_on = "info"\n')
    assert error_of(f).startswith(f"{f}:1: unknown table [tool.numchek]")


def test_rules_dir_that_does_not_exist(tmp_path: Path) -> None:
    f = write(tmp_path / "numcheck.toml", '\nrules_dir = "missing"\n')
    msg = error_of(f)
    assert msg.startswith(f"{f}:2: rules_dir:") and "not found" in msg


def test_a_config_file_that_is_missing_or_not_text(tmp_path: Path) -> None:
    assert error_of(tmp_path / "nope.toml") == f"{tmp_path / 'nope.toml'}: no such file"
    bad = tmp_path / "bin.toml"
    bad.write_bytes(b"fail_on = '\xff\xfe'\n")
    assert error_of(bad).startswith(f"{bad}: not UTF-8 text")
    assert "is a directory" in error_of(tmp_path)


def test_a_bad_pack_named_by_the_config_is_reported_with_its_file(tmp_path: Path) -> None:
    write(tmp_path / "numcheck.toml", 'rules_dir = "pack"\n')
    write(tmp_path / "pack" / "hedges.yaml", "hedges:\n  - {name: x, kind: approx, width: -1, words: [a]}\n")
    msg = error_of(tmp_path / "numcheck.toml")
    assert msg.startswith(f"{(tmp_path / 'pack' / 'hedges.yaml').resolve()}:2: hedges.0.width")


def test_the_cli_turns_config_errors_into_one_line_and_exit_2(tmp_path: Path) -> None:
    f = write(tmp_path / "numcheck.toml", '[rules.NC999]\nseverity = "error"\n')
    draft = write(tmp_path / "draft.txt", "Nothing to see.\n")
    res = CliRunner().invoke(app, ["check", str(draft), "--config", str(f)])
    assert res.exit_code == 2
    assert res.stderr.strip().splitlines() == [
        f"numcheck: error: {f}:1: unknown rule code 'NC999' (see `numcheck rules list`)"
    ]
    assert "Traceback" not in res.output


# --- locating TOML keys --------------------------------------------------------------------------


def test_toml_lines_skip_strings_arrays_and_comments() -> None:
    text = """\
# [rules.NC101]
[tool.numcheck]
notes = \"\"\"
[tool.numcheck.rules.NC999]
severity = "x"
\"\"\"
names = [
  "[rules.NC998]",
  "severity = 1",
]
rules.NC301.severity = "error"   # dotted
[tool.numcheck.rules."NC201"]
params = { max = { deep = 1 }, other = [1, 2] }
"""
    where = toml_lines(text)
    assert where[("tool", "numcheck")] == 2
    assert ("tool", "numcheck", "rules", "NC999") not in where
    assert ("tool", "numcheck", "rules", "NC998") not in where
    assert where[("tool", "numcheck", "rules", "NC301", "severity")] == 11
    assert where[("tool", "numcheck", "rules", "NC201")] == 12
    assert where[("tool", "numcheck", "rules", "NC201", "params", "max", "deep")] == 13
    # a key not written points at its nearest parent
    assert toml_line(text, ("rules", "NC201", "enabled"), (("tool", "numcheck"),)) == 12
