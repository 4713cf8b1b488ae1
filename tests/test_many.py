"""`twinpost train-many`: bots as Ray tasks on a local Ray instance, with tiny bots.

The run: three bots from the bundled sample account (two of them trained on it as blends
with other settings) and one whose export does not exist. The failure is reported with its
one-line reason and stops none of the others; a rerun skips the bots done; a run stopped
midway (Ctrl-C) finishes, when run again, only what was left, continuing the interrupted bot
from its checkpoint.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from itertools import pairwise
from pathlib import Path

import pytest

from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.many import MANIFEST_FILE

pytest.importorskip("ray")


def tiny_line(name: str, base: Path, **settings) -> str:
    entry = {"name": name, "sources": [str(SAMPLE_ACCOUNT)], "base": str(base),
             "method": "full", "time_budget": "none", "epochs": 0.3, "block_size": 128,
             "batch_size": 8, "lr": 3e-3, **settings}  # fmt: skip
    return json.dumps(entry)


def manifest(out: Path) -> dict:
    return json.loads((out / MANIFEST_FILE).read_text())["bots"]


@pytest.mark.slow
def test_train_many_reports_the_broken_source_and_a_rerun_skips_what_is_done(
    cli, tiny_base, tmp_path
):
    spec = tmp_path / "bots.jsonl"
    spec.write_text("\n".join([
        "# three bots and a broken one",
        tiny_line("one", tiny_base),
        tiny_line("two", tiny_base, seed=7),
        json.dumps({"name": "broken", "sources": ["exports/nobody.zip"]}),
        tiny_line("three", tiny_base, top_layers=1, method="top"),
    ]) + "\n")  # fmt: skip
    out = tmp_path / "bots"
    result = cli("train-many", spec, "--out", out, "--json")
    assert result.exit_code == 1, result.output  # a bot failed: not a clean run
    bots = manifest(out)
    assert {n: b["status"] for n, b in bots.items()} == {
        "one": "done", "two": "done", "broken": "failed", "three": "done"}  # fmt: skip
    error = bots["broken"]["error"]
    assert "nobody.zip" in error and "\n" not in error and bots["broken"]["attempts"] == 1
    assert str(tmp_path / "exports" / "nobody.zip") in error  # relative to the spec's folder
    for name in ("one", "two", "three"):
        record = json.loads((out / name / "twinpost.json").read_text())
        assert bots[name]["held_out_loss"] == record["held_out_loss"]
    if (os.cpu_count() or 1) <= 4:  # each bot reserves all of the node's CPUs: one at a time
        runs = sorted((datetime.fromisoformat(bots[n]["started"]),
                       datetime.fromisoformat(bots[n]["finished"])) for n in bots)  # fmt: skip
        for (_, ended), (began, _) in pairwise(runs):
            assert ended <= began, f"two bots trained at once on {os.cpu_count()} CPUs: {runs}"
    printed = json.loads(result.stdout)
    assert printed["bots"]["broken"]["status"] == "failed" and printed["skipped"] == []
    weights = {n: (out / n / "model.safetensors").stat().st_mtime_ns for n in ("one", "two")}

    again = cli("train-many", spec, "--out", out, "--json")
    assert again.exit_code == 1, again.output
    assert sorted(json.loads(again.stdout)["skipped"]) == ["one", "three", "two"]
    assert {n: (out / n / "model.safetensors").stat().st_mtime_ns for n in weights} == weights


def test_a_wrong_spec_is_one_line_and_nothing_starts(cli, tmp_path):
    cases = {
        "not a JSON object": "{name: one}",
        "a folder name": json.dumps({"name": "../up", "sources": ["a.txt"]}),
        "used twice": "\n".join([json.dumps({"name": "a", "sources": ["x.txt"]})] * 2),
        "1 to 3 sources": json.dumps({"name": "a", "sources": []}),
        "at most 3 accounts": json.dumps({"name": "a", "sources": ["1", "2", "3", "4"]}),
        "unknown setting": json.dumps({"name": "a", "sources": ["x"], "epoch": 2}),
        "lists no bots": "# nothing\n",
    }
    for expected, text in cases.items():
        spec = tmp_path / "spec.jsonl"
        spec.write_text(text)
        result = cli("train-many", spec, "--out", tmp_path / "out")
        assert result.exit_code == 2, (expected, result.output)
        assert expected in result.stderr and result.stderr.count("\n") == 1, result.stderr
        assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_a_stopped_run_finishes_only_what_was_left(tiny_base, tmp_path):
    spec = tmp_path / "bots.jsonl"
    spec.write_text(tiny_line("quick", tiny_base) + "\n"
                    + tiny_line("long", tiny_base, epochs=40) + "\n")  # fmt: skip
    out = tmp_path / "bots"
    env = {**os.environ, "TWINPOST_CHECKPOINT_SECONDS": "0"}  # a checkpoint every step
    command = [sys.executable, "-m", "twinpost", "train-many", str(spec), "--out", str(out),
               "--json", "--cpus-per-bot", "1"]  # fmt: skip

    def sigint_as_a_terminal_sends_it():  # a background shell's ignored SIGINT is inherited
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        os.setsid()

    run = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           preexec_fn=sigint_as_a_terminal_sends_it)  # fmt: skip
    checkpoint = out / ".long.checkpoint"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and not (
        (out / "quick" / "twinpost.json").is_file() and (checkpoint / "checkpoint.json").is_file()
    ):
        time.sleep(0.5)
    time.sleep(2)  # a few more steps of "long"
    os.killpg(run.pid, signal.SIGINT)  # Ctrl-C
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 130 and b"run the same command again" in stderr, stderr
    bots = manifest(out)
    assert bots["quick"]["status"] == "done" and bots["long"]["status"] == "pending", bots
    weights = (out / "quick" / "model.safetensors").stat().st_mtime_ns

    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    printed = json.loads(again.stdout)
    assert printed["skipped"] == ["quick"]
    assert (out / "quick" / "model.safetensors").stat().st_mtime_ns == weights
    assert any("Continuing the stopped run" in n for n in printed["bots"]["long"]["notes"])
    assert (out / "long" / "twinpost.json").is_file() and not checkpoint.exists()
