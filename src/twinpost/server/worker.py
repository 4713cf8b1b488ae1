"""What a training job's process runs: the same steps as `twinpost train`, reporting each
stage and the share of training done as small dicts on a queue the server reads.

Events: `{"stage": ...}`, `{"report": [...], "warnings": [...]}`, `{"progress": 0.4,
"step": 12, "steps": 30, "loss": 2.1}`, `{"log": "..."}`, `{"done": {...held-out loss}}`,
`{"error": "one line"}`. The process is started with multiprocessing's `spawn` context, so it
shares nothing with the server but these events.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from transformers import TrainerCallback

from twinpost.config import TrainConfig
from twinpost.errors import TwinpostError

# Progress events per second at most: the web app polls twice a second.
PROGRESS_INTERVAL_SECONDS = 0.5


class EventQueue(Protocol):
    def put(self, item: dict) -> None: ...


@dataclass
class JobSpec:
    bot_dir: Path
    sources: list[Path]  # the saved uploads
    names: list[str]  # the file names the user uploaded, for messages
    config: TrainConfig


def run_training_job(spec: JobSpec, events: EventQueue) -> None:
    """Train the bot of `spec`; every outcome, crash included, ends with one event."""
    try:
        _train(spec, events)
    except TwinpostError as e:
        events.put({"error": _one_line(_name_uploads(str(e), spec))})
    except Exception as e:  # a bug: the traceback goes to the server's log, a line to the job
        traceback.print_exc()
        events.put({"error": _one_line(f"unexpected error: {type(e).__name__}: {e}")})


def _train(spec: JobSpec, events: EventQueue) -> None:
    from twinpost.pipeline import prepare_training
    from twinpost.training.run import train_on_corpus

    events.put({"stage": "reading"})
    corpus = prepare_training([str(p) for p in spec.sources], spec.bot_dir, spec.config)
    warnings = [_name_uploads(w, spec) for w in corpus.warnings]
    events.put({"report": corpus.table()["accounts"], "warnings": warnings})
    kept = sum(len(a.posts) for a in corpus.accounts)
    events.put({"log": f"Read {len(corpus.accounts)} account(s): {kept:,} posts kept"})
    events.put({"stage": "training"})
    result = train_on_corpus(
        corpus,
        spec.bot_dir,
        spec.config,
        show_progress=False,
        callbacks=[JobProgress(events, spec.config.time_budget)],
    )
    events.put(
        {
            "log": f"Held-out loss {result.held_out_before:.3f} -> {result.held_out_after:.3f}",
            "done": {"before": result.held_out_before, "after": result.held_out_after},
        }
    )


class JobProgress(TrainerCallback):
    """Sends the share of training done (by time or steps, as the run's own clock) and loss."""

    def __init__(self, events: EventQueue, budget: float | None) -> None:
        self.events = events
        self.budget = budget
        self.started = 0.0
        self.last_sent = 0.0
        self.loss: float | None = None

    def on_train_begin(self, args, state, control, **kwargs):
        from twinpost.training.run import RunClock

        self.clock = RunClock(self.budget, state.max_steps)
        self.clock.start()
        self.events.put({"progress": 0.0, "step": 0, "steps": state.max_steps})

    def on_step_end(self, args, state, control, **kwargs):
        self.clock.step = state.global_step
        now = time.monotonic()
        if now - self.last_sent >= PROGRESS_INTERVAL_SECONDS:
            self.last_sent = now
            self.events.put(self._progress(state))

    def on_log(self, args, state, control, logs=None, **kwargs):
        if logs and "loss" in logs:
            self.loss = float(logs["loss"])

    def on_train_end(self, args, state, control, **kwargs):
        self.events.put({**self._progress(state), "progress": 1.0})
        self.events.put({"stage": "writing", "log": f"Trained {state.global_step} steps"})

    def _progress(self, state) -> dict:
        return {
            "progress": self.clock.done,
            "step": state.global_step,
            "steps": state.max_steps,
            "loss": self.loss,
        }


def _name_uploads(message: str, spec: JobSpec) -> str:
    from twinpost.server.uploads import name_uploads

    return name_uploads(message, spec.sources, spec.names)


def _one_line(message: str) -> str:
    line = " ".join(message.split())
    return line if len(line) <= 300 else line[:299] + "…"
