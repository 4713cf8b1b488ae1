"""What a training job's process runs: `make_bot`, as `twinpost train` does, with its events
put on a queue the server reads as small dicts.

Events: `{"stage": ...}`, `{"report": [...], "warnings": [...]}`, `{"progress": 0.4,
"step": 12, "steps": 30, "loss": 2.1}`, `{"log": "..."}`, `{"done": {...held-out loss},
"training_warnings": [...]}`, `{"error": "one line"}`. `progress` is the run's share done by
its own clock, the same figure `twinpost train` shows. The process is started with
multiprocessing's `spawn` context, so it shares nothing with the server but these events.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from twinpost import events
from twinpost.config import TrainConfig
from twinpost.errors import TwinpostError

# Progress events per second at most: the web app polls twice a second.
PROGRESS_INTERVAL_SECONDS = 0.5


class EventQueue(Protocol):
    def put(self, item: dict) -> None: ...


@dataclass
class JobSpec:
    bot_dir: Path
    # The saved uploads, then `snapshot:SHA256` for each live account, fetched when the job
    # was made (a job never fetches again, so it trains on what the user saw).
    sources: list[Path | str]
    names: list[str]  # the file names the user uploaded and the accounts named, for messages
    config: TrainConfig


def run_training_job(spec: JobSpec, events_out: EventQueue) -> None:
    """Train the bot of `spec`; every outcome, crash included, ends with one event."""
    try:
        _train(spec, events_out)
    except TwinpostError as e:
        events_out.put({"error": _one_line(_name_uploads(str(e), spec))})
    except Exception as e:  # a bug: the traceback goes to the server's log, a line to the job
        traceback.print_exc()
        events_out.put({"error": _one_line(f"unexpected error: {type(e).__name__}: {e}")})


def _train(spec: JobSpec, events_out: EventQueue) -> None:
    from twinpost.pipeline import make_bot

    made = make_bot(spec.sources, spec.bot_dir, spec.config, report=JobReport(events_out, spec))
    result = made.training
    events_out.put(
        {
            "log": f"Held-out loss {result.held_out_before:.3f} -> {result.held_out_after:.3f}"
            f" ({result.steps} steps, {result.epochs_done:.2f} epochs, run {made.seconds:.0f} s)",
            "training_warnings": made.warnings,
            "done": {"before": result.held_out_before, "after": result.held_out_after},
        }
    )


class JobReport:
    """A run's events as the job's dicts: stages, the run's share done, the counts table."""

    def __init__(self, events_out: EventQueue, spec: JobSpec) -> None:
        self.events_out = events_out
        self.spec = spec
        self.last_sent = 0.0
        self.phase: str | None = None

    def __call__(self, event) -> None:
        match event:
            case events.StageStarted():
                phase = events.PHASES.get(event.stage, "training")
                message: dict = {"log": event.label, "progress": event.share}
                if phase != self.phase:
                    self.phase = message["stage"] = phase
                self.events_out.put(message)
            case events.CorpusRead():
                warnings = [_name_uploads(w, self.spec) for w in event.warnings]
                self.events_out.put({"report": event.accounts, "warnings": warnings})
                kept = sum(a["kept"] for a in event.accounts)
                self.events_out.put(
                    {"log": f"Read {len(event.accounts)} account(s): {kept:,} posts kept"}
                )
            case events.TrainingStep():
                self._throttled({"progress": event.share, "step": event.step,
                                 "steps": event.steps, "loss": event.loss,
                                 "seconds_left": event.seconds_left})  # fmt: skip
            case events.StageProgress():
                self._throttled({"progress": event.share})
            case events.Notice():
                self.events_out.put({"log": ("warning: " if event.warning else "") + event.text})

    def _throttled(self, message: dict) -> None:
        now = time.monotonic()
        if now - self.last_sent >= PROGRESS_INTERVAL_SECONDS:
            self.last_sent = now
            self.events_out.put(message)


def _name_uploads(message: str, spec: JobSpec) -> str:
    from twinpost.server.uploads import name_uploads

    return name_uploads(message, spec.sources, spec.names)


def _one_line(message: str) -> str:
    line = " ".join(message.split())
    return line if len(line) <= 300 else line[:299] + "…"
