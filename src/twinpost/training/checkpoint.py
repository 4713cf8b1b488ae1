"""Checkpoints, so that a stopped training run (Ctrl-C, a crash, SIGKILL, a reboot) goes on
where it was when the same command is run again.

Saved: the weights being trained (never the frozen ones: those are the base's), the
optimizer's state, the step, the training seconds spent and the window's length, the losses
so far and the held-out loss before training. Not saved: the frozen pass's states (a resumed
run computes them again for the posts still to train on) and the data (it is rebuilt the same
way from the same posts and seed).

A checkpoint lives beside the bot folder as `.NAME.checkpoint/`, written atomically every
`CHECKPOINT_SECONDS` of training and when training is interrupted, and removed once the bot is
written. It is used only by the same run, told by its fingerprint (the training blocks, the
held-out posts, the base and every setting but the time budget); any other run ignores it
and, at its first checkpoint, replaces it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from array import array
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch

from twinpost.config import TrainConfig
from twinpost.fileio import remove_stale_temps

# Seconds of training between checkpoints. For the 135M model's top 10 blocks a checkpoint is
# ~0.5 GB (weights and AdamW's two moments) and takes 1-2 s to write on a laptop's SSD: once a
# minute costs under 3% of the run and loses at most a minute of it.
CHECKPOINT_SECONDS = 60.0
STATE_FILE = "state.pt"
INFO_FILE = "checkpoint.json"
# Settings a rerun may change and still continue: the budget (a resumed run keeps its window)
# and where the run is reported or runs.
_NOT_FINGERPRINTED = {"time_budget", "report_to", "device"}


@dataclass
class Checkpoint:
    fingerprint: str
    step: int
    planned_steps: int
    tokens_seen: float
    spent: float  # seconds of training (the frozen pass included) before it was saved
    window: float | None  # the training window's length; None without a budget
    held_out_before: float
    score_seconds: float  # what scoring the held-out posts took (the reserve after training)
    losses: list[tuple[float, float]] = field(default_factory=list)


def checkpoint_dir(out: Path) -> Path:
    out = Path(out).absolute()
    return out.parent / f".{out.name}.checkpoint"


def checkpoint_seconds() -> float:
    """The interval, from TWINPOST_CHECKPOINT_SECONDS where set (tests use 0: every step)."""
    value = os.environ.get("TWINPOST_CHECKPOINT_SECONDS")
    try:
        return CHECKPOINT_SECONDS if value is None else max(0.0, float(value))
    except ValueError:
        return CHECKPOINT_SECONDS


def run_fingerprint(config: TrainConfig, base_dir: Path, blocks: list[dict], held_out) -> str:
    """What makes two runs the same run: their data, to the token, their base and settings."""
    digest = hashlib.sha256()
    settings = {k: v for k, v in config.to_dict().items() if k not in _NOT_FINGERPRINTED}
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    weights = Path(base_dir) / "model.safetensors"
    size = weights.stat().st_size if weights.is_file() else 0
    digest.update(f"{Path(base_dir).resolve()}\0{size}\0".encode())
    for block in blocks:
        digest.update(array("q", block["input_ids"]).tobytes() + b"|")
    digest.update(b"held-out")
    for ids in held_out:
        digest.update(array("q", ids).tobytes() + b"|")
    return digest.hexdigest()


def load_checkpoint(folder: Path, fingerprint: str) -> tuple[Checkpoint, dict] | None:
    """The checkpoint and its tensors (`trained`, `optimizer`) if `folder` holds one of this
    run; None otherwise, or if it cannot be read (a checkpoint is never worth a crash)."""
    try:
        info = json.loads((folder / INFO_FILE).read_text())
        checkpoint = Checkpoint(**info)
        if checkpoint.fingerprint != fingerprint:
            return None
        tensors = torch.load(folder / STATE_FILE, map_location="cpu", weights_only=True)
    except (OSError, ValueError, TypeError, KeyError, RuntimeError, EOFError):
        return None
    return checkpoint, tensors


def save_checkpoint(folder: Path, checkpoint: Checkpoint, trained: dict, optimizer: dict) -> None:
    """Write both files so that the folder always holds a whole checkpoint: tensors first
    under a temporary name, then the info that names them, each by an atomic rename."""
    folder.mkdir(parents=True, exist_ok=True)
    state = folder / STATE_FILE
    remove_stale_temps(state)
    remove_stale_temps(folder / INFO_FILE)
    tmp = folder / f".{STATE_FILE}.{os.getpid()}.part.tmp"
    info_tmp = folder / f".{INFO_FILE}.{os.getpid()}.part.tmp"
    torch.save({"trained": trained, "optimizer": optimizer}, tmp)
    info_tmp.write_text(json.dumps(asdict(checkpoint)))
    # The old info goes before the tensors it names are replaced, so a kill between the
    # renames leaves no info that points at the wrong tensors (only a moment without one).
    (folder / INFO_FILE).unlink(missing_ok=True)
    os.replace(tmp, state)
    os.replace(info_tmp, folder / INFO_FILE)


def remove_checkpoint(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
