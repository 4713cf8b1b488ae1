"""Shared fixtures: an isolated TWINPOST_HOME, the CLI runner, and the shared real exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ANDRERUFFERT = SHARED_DATA / "x-archive" / "andreruffert"
ALROCAR = SHARED_DATA / "x-archive" / "alrocar"
DEALINGWITH = SHARED_DATA / "mastodon-archive" / "dealingwith"


@pytest.fixture(autouse=True)
def twinpost_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own user data dir, so no test sees another's caches."""
    home = tmp_path_factory.mktemp("twinpost-home")
    monkeypatch.setenv("TWINPOST_HOME", str(home))
    return home


@pytest.fixture
def cli():
    """Run the twinpost CLI in-process: `cli("data", path, "--json")` returns a click Result."""
    from twinpost.cli import app

    runner = CliRunner()

    def invoke(*args: str | Path, input: str | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input)

    return invoke
