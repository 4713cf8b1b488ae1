"""--report-to: the trackers' checks, and a W&B run written offline with its artifacts."""

from __future__ import annotations

import importlib.util
import json
import os
import struct
from pathlib import Path

import pytest

from tests.conftest import tiny_config
from twinpost.config import TrainConfig
from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.errors import TwinpostError
from twinpost.pipeline import make_bot
from twinpost.training import tracking


def test_an_unknown_tracker_is_refused_before_training(cli, tmp_path):
    result = cli("train", SAMPLE_ACCOUNT, "--out", tmp_path / "bot", "--report-to", "comet")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "--report-to 'comet'" in result.stderr and "wandb" in result.stderr


def test_a_tracker_that_is_not_installed_says_how_to_install_it(cli, tmp_path, monkeypatch):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "mlflow" else real_find_spec(name)
    )
    result = cli("train", SAMPLE_ACCOUNT, "--out", tmp_path / "bot", "--report-to", "mlflow")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "mlflow is not installed" in result.stderr and "twinpost[track]" in result.stderr
    assert not (tmp_path / "bot").exists()


def test_none_is_the_default_and_reports_nowhere():
    assert TrainConfig().report_to == "none"
    assert tracking.trainer_report_to("none") == "none"
    with pytest.raises(TwinpostError):
        tracking.require_tracker("all")


def test_tensorboard_logs_go_to_twinpost_home(twinpost_home, monkeypatch):
    monkeypatch.setattr(os, "environ", dict(os.environ))  # undone after the test
    os.environ.pop("TENSORBOARD_LOGGING_DIR", None)
    monkeypatch.setattr(tracking, "require_tracker", lambda name: None)
    assert tracking.trainer_report_to("tensorboard") == "tensorboard"
    assert Path(os.environ["TENSORBOARD_LOGGING_DIR"]).parent == twinpost_home / "tensorboard"


def wandb_records(run_file: Path) -> list:
    """The records of an offline run's .wandb file: a LevelDB-style log of protobufs."""
    from wandb.proto import wandb_internal_pb2

    data = run_file.read_bytes()
    block, pos, records, pending = 32768, 7, [], b""  # 7: the ":W&B" header and version
    while pos + 7 <= len(data):
        left = block - pos % block
        if left < 7:  # a block's tail too short for a header is padding
            pos += left
            continue
        _, length, kind = struct.unpack("<IHB", data[pos : pos + 7])
        chunk, pos = data[pos + 7 : pos + 7 + length], pos + 7 + length
        if kind in (1, 4):  # a full record, or the last piece of one
            records.append(pending + chunk)
            pending = b""
        elif kind in (2, 3):  # the first or a middle piece
            pending += chunk
        else:
            pos += left - 7 - length  # zero padding to the end of the block
    parsed = []
    for raw in records:
        record = wandb_internal_pb2.Record()
        record.ParseFromString(raw)
        parsed.append(record)
    return parsed


def test_wandb_offline_run_logs_the_datasets_and_the_bot(tiny_base, tmp_path, monkeypatch):
    import wandb  # a dev extra: `make test` installs it, so this test never skips

    for name, folder in [("WANDB_DIR", "runs"), ("WANDB_DATA_DIR", "data"),
                         ("WANDB_CACHE_DIR", "cache"), ("WANDB_CONFIG_DIR", "config")]:  # fmt: skip
        (tmp_path / folder).mkdir()
        monkeypatch.setenv(name, str(tmp_path / folder))
    monkeypatch.setenv("WANDB_MODE", "offline")
    monkeypatch.setenv("WANDB_SILENT", "true")
    monkeypatch.delenv("WANDB_PROJECT", raising=False)
    config = tiny_config(tiny_base, epochs=0.1, report_to="wandb")
    bot = tmp_path / "bot"
    try:
        make_bot(SAMPLE_ACCOUNT, bot, config)
    finally:
        wandb.teardown()
    os.environ.pop("WANDB_PROJECT", None)  # twinpost set it for the run: not for later tests

    (run_file,) = (tmp_path / "runs" / "wandb").glob("offline-run-*/run-*.wandb")
    records = wandb_records(run_file)
    run = next(r.run for r in records if r.WhichOneof("record_type") == "run")
    assert run.project == "twinpost"
    logged = {
        r.artifact.name: r.artifact for r in records if r.WhichOneof("record_type") == "artifact"
    }
    assert set(logged) == {"raw-marigold-keeps", "train-marigold-keeps", "bot-marigold-keeps"}
    lineage = {a["type"]: a for a in json.loads((bot / "lineage.json").read_text())["artifacts"]}
    for artifact in logged.values():
        assert json.loads(artifact.metadata)["sha256"] == lineage[artifact.type]["sha256"]
    paths = {name: {c.path for c in a.manifest.contents} for name, a in logged.items()}
    assert "data/tweets.js" in paths["raw-marigold-keeps"]
    assert {"posts.jsonl", "tokens.json"} <= paths["train-marigold-keeps"]
    assert {"model.safetensors", "README.md", "lineage.json"} <= paths["bot-marigold-keeps"]
    assert logged["bot-marigold-keeps"].type == "finetuned-model"
    assert any(r.WhichOneof("record_type") == "history" for r in records)  # the loss curve
