"""The layout's rules, as import-linter contracts in pyproject.toml: the layers in the order
data flows, no cycles, and a library that never talks to the screen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_contracts_name_every_top_level_module():
    """A new module must be given its layer, or the contracts would not check it."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    layers = config["contracts"][0]["layers"]
    named = {name.strip() for layer in layers for name in layer.split("|")}
    package = ROOT / "src" / "twinpost"
    modules = {
        f"twinpost.{p.stem}" for p in package.iterdir()
        if (p.suffix == ".py" and p.stem not in {"__init__", "__main__"})
        or (p.is_dir() and (p / "__init__.py").is_file())
    }  # fmt: skip
    assert modules == named
