"""`twinpost demo`: the established demo's three steps on the bundled sample account."""

from __future__ import annotations

import json
import re


def test_demo_shows_the_table_trains_and_writes_ten_posts(cli, tiny_base, tmp_path):
    out = tmp_path / "demo-bot"
    result = cli("demo", "--out", out, "--time-budget", "3s", "--base", tiny_base)
    assert result.exit_code == 0, result.output
    for step in ("1. Download", "2. Train", "3. Predict"):
        assert step in result.stdout
    assert "Posts kept" in result.stdout and "435" in result.stdout
    # A post may span lines (the tiny model writes newlines too): count the numbered starts.
    numbers = re.findall(r"^ ?(\d+)\. My dream is", result.stdout, flags=re.MULTILINE)
    assert numbers == [str(i) for i in range(1, 11)]
    record = json.loads((out / "twinpost.json").read_text())
    assert record["training"]["stopped_by"] in {"budget", "epochs"}
    assert record["training"]["seconds"] < 3 + 5  # the budget, plus at most a step or so


def test_demo_refuses_a_bad_budget_before_doing_anything(cli, tmp_path):
    result = cli("demo", "--out", tmp_path / "x", "--time-budget", "whenever")
    assert result.exit_code == 2 and "not a duration" in result.stderr
    assert "Data report" not in result.output
