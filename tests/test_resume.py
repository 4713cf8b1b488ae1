"""A training run killed at any moment loses nothing but time: the same command run again
continues from its last checkpoint and ends where an uninterrupted run ends.

Each case runs `twinpost train` in a real subprocess that is SIGKILLed at one moment (while
reading, in the frozen pass, in training, while writing the bot), then runs the same command
again. The kill comes from inside the process (a wrapper that sends SIGKILL to itself when
the run reports the moment), so it lands at the same point every time; SIGKILL runs no
cleanup, so it is the same as a kill from outside, a crash or a power cut.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.training.checkpoint import INFO_FILE, checkpoint_dir

# The run wrapped: it kills itself at the moment named by argv[1], then is `twinpost train`.
KILL_AT = r"""
import os, signal, sys
from twinpost import events
import twinpost.bot.folder as folder

moment = sys.argv.pop(1)

def die():
    os.kill(os.getpid(), signal.SIGKILL)

real_emit, real_stage = events.emit, events.stage

def stage(name, *args, **kwargs):
    real_stage(name, *args, **kwargs)
    if moment == "reading" and name == "reading":
        die()

def emit(event):
    real_emit(event)
    if moment == "frozen" and isinstance(event, events.StageProgress) and event.stage == "frozen":
        die()
    if moment == "training" and isinstance(event, events.TrainingStep) and event.step == 7:
        die()

def save_then_die(*args, **kwargs):  # in the middle of writing: the weights are written
    die()

events.stage, events.emit = stage, emit
if moment == "writing":
    folder.CopyGuard.save = save_then_die
from twinpost.cli import app
sys.argv[0] = "twinpost"
app()
"""


def train_args(tiny_base: Path, out: Path) -> list[str]:
    return ["train", str(SAMPLE_ACCOUNT), "--out", str(out), "--base", str(tiny_base),
            "--epochs", "1", "--time-budget", "none", "--block-size", "64",
            "--top-layers", "1", "--batch-size", "4", "--lr", "0.003"]  # fmt: skip


def run(args: list[str], moment: str | None = None, **popen) -> subprocess.CompletedProcess:
    env = {**os.environ, "TWINPOST_CHECKPOINT_SECONDS": "0"}  # a checkpoint at every step
    command = [sys.executable, "-c", KILL_AT, moment] if moment else [sys.executable, "-m",
                                                                        "twinpost"]  # fmt: skip
    return subprocess.run(command + args, env=env, capture_output=True, text=True, timeout=600,
                           **popen)  # fmt: skip


def held_out_after(bot: Path) -> float:
    return json.loads((bot / "twinpost.json").read_text())["held_out_loss"]["after"]


@pytest.fixture(scope="module")
def uninterrupted(tiny_base: Path, tmp_path_factory) -> float:
    out = tmp_path_factory.mktemp("whole") / "bot"
    done = run(train_args(tiny_base, out))
    assert done.returncode == 0, done.stderr
    return held_out_after(out)


@pytest.mark.parametrize("moment", ["reading", "frozen", "training", "writing"])
def test_a_run_killed_at_any_moment_continues_to_the_same_bot(
    moment: str, tiny_base: Path, tmp_path: Path, uninterrupted: float
) -> None:
    out = tmp_path / "bot"
    killed = run(train_args(tiny_base, out), moment)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not out.exists()  # nothing half-written where the bot goes
    saved = (checkpoint_dir(out) / INFO_FILE).is_file()
    assert saved == (moment in ("training", "writing")), os.listdir(tmp_path)

    again = run(train_args(tiny_base, out))
    assert again.returncode == 0, again.stderr
    assert ("Continuing the stopped run from step" in again.stderr) == saved
    # The same bot as a run never stopped: the data order and optimizer state carry over.
    assert held_out_after(out) == pytest.approx(uninterrupted, abs=0.005)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bot"]  # no temporaries, no checkpoint


def test_ctrl_c_saves_and_says_how_to_go_on(tiny_base: Path, tmp_path: Path) -> None:
    out = tmp_path / "bot"
    args = [*train_args(tiny_base, out), "--epochs", "10"]  # long enough to interrupt
    env = {**os.environ, "TWINPOST_CHECKPOINT_SECONDS": "1000"}  # only Ctrl-C saves

    # A child inherits an ignored or blocked SIGINT (its disposition and its signal mask), and
    # Python then never raises KeyboardInterrupt: the run below must see Ctrl-C as a terminal's
    # foreground process does, whatever earlier tests left in this process.
    def sigint_as_a_terminal_sends_it() -> None:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})

    process = subprocess.Popen([sys.executable, "-m", "twinpost", *args], env=env,
                               stderr=subprocess.PIPE, text=True,
                               preexec_fn=sigint_as_a_terminal_sends_it)  # fmt: skip
    lines = []
    for line in process.stderr:  # the frozen pass's line is printed when training starts
        lines.append(line)
        if "Frozen lower blocks" in line:
            time.sleep(3.0)  # into training
            masks = _signal_masks(process.pid)
            process.send_signal(signal.SIGINT)
            break
    rest = process.communicate(timeout=300)[1]
    assert process.returncode == 130, masks + "".join(lines) + rest
    assert "Traceback" not in rest and "run the same command again" in rest, rest
    assert (checkpoint_dir(out) / INFO_FILE).is_file() and not out.exists()

    again = run(args)
    assert again.returncode == 0 and "Continuing the stopped run" in again.stderr, again.stderr
    assert held_out_after(out) < json.loads((out / "twinpost.json").read_text())[
        "held_out_loss"]["before"]  # fmt: skip


def _signal_masks(pid: int) -> str:
    """The child's blocked, ignored and caught signals as it was signalled (Linux), for the
    failure message."""
    try:
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return ""
    return (
        " ".join(line for line in status if line.startswith(("SigBlk", "SigIgn", "SigCgt"))) + "\n"
    )


def test_a_checkpoint_of_another_run_is_ignored(tiny_base: Path, tmp_path: Path) -> None:
    out = tmp_path / "bot"
    killed = run(train_args(tiny_base, out), "training")
    assert killed.returncode == -signal.SIGKILL
    other = run([*train_args(tiny_base, out), "--seed", "7"])  # another split: another run
    assert other.returncode == 0, other.stderr
    assert "Continuing" not in other.stderr
    assert not checkpoint_dir(out).exists()
