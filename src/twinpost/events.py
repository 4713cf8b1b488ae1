"""What a run reports, as plain dataclasses, and the one clock that measures it.

The library never draws: it emits these events to a `Report` callback, and each face draws
them its own way (the CLI with rich bars in `console.py`, the server on the job it shows the
web app). Every progress event carries `share`, the run's share done by its own clock, so the
CLI and the web app show the same figure.

A run installs its callback and clock with `reporting(report, clock)`; code deep in the
pipeline (a live source fetching pages, the frozen blocks' pass) calls `emit(...)` or
`progress(...)` without threading a callback through every layer, as `logging` does.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

# The stages of a run, in order, with the phase the server's job shows for each.
PHASES = {
    "reading": "reading",
    "loading": "training",
    "scoring": "training",
    "frozen": "training",
    "training": "training",
    "scoring-after": "training",
    "writing": "writing",
    "card": "writing",
    # `twinpost eval`
    "posts": "evaluating",
    "base-posts": "evaluating",
    "measuring": "evaluating",
}


@dataclass(frozen=True)
class StageStarted:
    stage: str  # a key of PHASES
    label: str  # "Scoring before training"
    unit: str | None = None  # what StageProgress counts ("held-out posts"), if anything
    share: float = 0.0


@dataclass(frozen=True)
class StageProgress:
    stage: str
    done: int
    total: int | None
    share: float = 0.0


@dataclass(frozen=True)
class TrainingStep:
    step: int
    steps: int  # planned
    loss: float | None
    tokens_per_second: float
    seconds_left: float  # of training, by the run's clock
    share: float = 0.0


@dataclass(frozen=True)
class Fetched:
    """Posts fetched so far from a live source."""

    spec: str
    posts: int
    limit: int | None
    finished: bool = False


@dataclass(frozen=True)
class Waiting:
    """A live source waits out a rate limit."""

    spec: str
    service: str
    seconds: float


@dataclass(frozen=True)
class CorpusRead:
    """The sources are read and cleaned: the counts table, a few kept posts, warnings."""

    accounts: list[dict]  # the rows of `twinpost data --json`
    samples: dict[str, list[str]]  # handle -> a few kept posts
    warnings: list[str] = field(default_factory=list)
    share: float = 0.0


@dataclass(frozen=True)
class Notice:
    """One line worth telling (a first-use conversion, a run that barely trained)."""

    text: str
    warning: bool = False


@dataclass(frozen=True)
class Finished:
    bot_dir: str
    held_out_loss: dict[str, float]
    seconds: float
    warnings: list[str] = field(default_factory=list)
    share: float = 1.0


Event = StageStarted | StageProgress | TrainingStep | Fetched | Waiting | CorpusRead | Notice
Report = Callable[[Event | Finished], None]


class RunClock:
    """The run's one clock, started when the run starts: wall-clock time against the budget,
    the training window inside it, and the share of the run done.

    The budget covers the whole run. Training gets what is left once the time the run still
    needs after training (`reserve`: scoring again, writing, the card) is set aside.
    """

    def __init__(self, budget: float | None) -> None:
        self.budget = budget
        self.started = time.perf_counter()
        self.train_start: float | None = None  # elapsed seconds when training's window opened
        self.train_end: float | None = None
        self.reserve = 0.0
        self.planned_steps = 1
        self.step = 0
        self._share = 0.0
        self._resumed_deadline: float | None = None
        self.estimate: float | None = None  # the whole run's seconds, once steps are timed

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def open_training(self, planned_steps: int, reserve: float) -> None:
        """Training's window opens now (the frozen pass included); `reserve` seconds are kept
        for what follows it."""
        self.train_start, self.reserve = self.elapsed, reserve
        self.planned_steps = max(planned_steps, 1)

    def close_training(self) -> None:
        self.train_end = self.elapsed

    def resume(self, step: int, spent: float, window: float | None) -> None:
        """Continue a stopped run's training (call after `open_training`): it had made `step`
        steps in `spent` seconds of a training window `window` seconds long (None: no
        budget). The share done counts the earlier part, and the window keeps its length, so
        a resumed run trains as long as the run would have, not a whole budget more."""
        self.step = step
        self.train_start = self.elapsed - spent
        if window is not None:
            self._resumed_deadline = self.train_start + window

    @property
    def training_deadline(self) -> float | None:
        """Elapsed seconds at which training must stop, or None without a budget."""
        if self.budget is None:
            return None
        deadline = self.budget - self.reserve
        return deadline if self._resumed_deadline is None else min(deadline, self._resumed_deadline)

    @property
    def training_window(self) -> float | None:
        """The training window's length in seconds, or None without a budget."""
        deadline = self.training_deadline
        return None if deadline is None or self.train_start is None else deadline - self.train_start

    @property
    def out_of_training_time(self) -> bool:
        deadline = self.training_deadline
        return deadline is not None and self.elapsed >= deadline

    @property
    def training_done(self) -> float:
        """Share of training done: by steps against the plan, or by time against its window,
        whichever is further (so a run cut by its budget still ends at a low learning rate)."""
        by_steps = self.step / self.planned_steps
        deadline, start = self.training_deadline, self.train_start
        if deadline is None or start is None:
            return min(1.0, by_steps)
        by_time = (self.elapsed - start) / max(deadline - start, 1e-9)
        return min(1.0, max(by_steps, by_time))

    @property
    def training_seconds_left(self) -> float:
        start = self.train_start or 0.0
        spent = self.elapsed - start
        done = self.training_done
        by_steps = spent / done * (1 - done) if done > 0 else float("inf")
        deadline = self.training_deadline
        return by_steps if deadline is None else max(0.0, min(by_steps, deadline - self.elapsed))

    @property
    def share(self) -> float:
        """The run's share done, never going back: its time against the budget, or, without a
        budget, the training done (the stages around training are short)."""
        if self.budget is not None:
            share = self.elapsed / self.budget
            if self.train_start is not None and self.train_end is None:
                expected = self.elapsed + self.training_seconds_left + self.reserve
                share = max(share, self.elapsed / max(expected, 1e-9))
        elif self.train_start is None:
            share = 0.0
        elif self.train_end is None:
            share = self.training_done
        else:
            share = 0.99
        self._share = max(self._share, min(share, 0.99))
        return self._share


@dataclass(frozen=True)
class _Run:
    report: Report | None
    clock: RunClock | None


_NO_RUN = _Run(None, None)  # frozen: safe to share as the default
_current: ContextVar[_Run] = ContextVar("twinpost_run", default=_NO_RUN)


@contextmanager
def reporting(report: Report | None, clock: RunClock | None = None) -> Iterator[None]:
    """Send the events emitted inside this block to `report`, with `clock`'s share."""
    token = _current.set(_Run(report, clock))
    try:
        yield
    finally:
        _current.reset(token)


def current_clock() -> RunClock | None:
    return _current.get().clock


def share() -> float:
    clock = _current.get().clock
    return 0.0 if clock is None else clock.share


def emit(event: Event | Finished) -> None:
    report = _current.get().report
    if report is not None:
        report(event)


def stage(name: str, label: str, unit: str | None = None) -> None:
    emit(StageStarted(name, label, unit, share()))


def progress(name: str, done: int, total: int | None) -> None:
    emit(StageProgress(name, done, total, share()))
