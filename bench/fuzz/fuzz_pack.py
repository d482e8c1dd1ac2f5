"""atheris fuzz target: bytes -> one YAML file of a rule pack in a temporary pack directory -> load_pack().

    python bench/fuzz/fuzz_pack.py -runs=100000 CORPUS_DIR [SEED_DIR...]   (libFuzzer flags)
    python bench/fuzz/run.py                                                (both targets, with seeds)

Input layout: byte 0 picks the file (hedges.yaml, vague.yaml, ... rules.yaml, in numcheck.rulepack.FILES
order), the rest is its text (UTF-8 with replacement characters). The other files come from the
default pack (their parse is memoised by text, as it is pure, so that each input's time goes on the
fuzzed file; every input gets a directory of its own, so no cached pack is reused). A crash is any
exception from loading other than a ConfigError, a ConfigError whose
message is not one line naming the file, or -- when the pack loads -- any exception while extracting
and checking a short article with it: a pack that validates must be usable.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["numcheck"]):
    import numcheck
    import numcheck.checks.registry
    import numcheck.extraction.claims
    import numcheck.rulepack as rulepack
    from numcheck.config import Config
    from numcheck.errors import ConfigError

NAMES = list(rulepack.FILES)
ROOT = Path(tempfile.mkdtemp(prefix="numcheck-fuzz-pack-"))
_DEFAULT_TEXTS = {(rulepack.default_pack_dir() / f"{n}.yaml").read_text(encoding="utf-8") for n in NAMES}
_parse_yaml = rulepack.parse_yaml
_parsed: dict[str, tuple[object, object]] = {}


def _memo_parse(path: Path, text: str) -> tuple[object, object]:
    if text not in _DEFAULT_TEXTS:
        return _parse_yaml(path, text)
    if text not in _parsed:
        _parsed[text] = _parse_yaml(path, text)
    return _parsed[text]


rulepack.parse_yaml = _memo_parse  # type: ignore[assignment]
_count = 0
ARTICLE = (
    "Zelenskyy said about 11,000 North Korean soldiers were in Kursk, while the Pentagon said some "
    "10,000 troops had been sent. Russia fired 145 drones, killing eight civilians, including five in "
    "Mykolaiv. Ukraine seized roughly 500 square miles (1,295 sq km). Damages reached $800 billion, "
    "up 12% from 2022, or 3 percentage points; temperatures hit 30C (86F), between 300 and 400 people.\n"
)


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the name atheris expects
    if not data:
        return
    global _count
    name = NAMES[data[0] % len(NAMES)]
    _count += 1
    pack_dir = ROOT / f"p{_count}"
    pack_dir.mkdir()
    if _count > 1:
        shutil.rmtree(ROOT / f"p{_count - 1}", ignore_errors=True)
    path = pack_dir / f"{name}.yaml"
    path.write_text(data[1:].decode("utf-8", "replace"), encoding="utf-8")
    try:
        pack = rulepack.load_pack(pack_dir)
    except ConfigError as exc:
        message = str(exc)
        assert "\n" not in message.strip(), f"one line: {message!r}"
        assert f"{name}.yaml" in message or str(pack_dir) in message, f"names the file: {message!r}"
        return
    cfg = Config(pack=pack)
    for c in numcheck.extract(ARTICLE, cfg):
        assert c.surface == ARTICLE[c.start : c.end]
    numcheck.check([ARTICLE], config=cfg).to_json()


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
