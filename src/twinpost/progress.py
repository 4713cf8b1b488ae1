"""Progress for long work: a rich bar for training, fed by a Trainer callback, and one for
each stage around it (scoring the held-out posts, the frozen blocks' pass)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from transformers import TrainerCallback

from twinpost.console import err


class TrainingProgress(TrainerCallback):
    """Shows step, tokens/s, loss and time left; stops the run when the clock runs out."""

    def __init__(self, clock, tokens_per_step: float, visible: bool = True) -> None:
        self.clock = clock
        self.tokens_per_step = tokens_per_step
        self.tokens_seen = 0
        self.last_loss: float | None = None
        self.losses: list[tuple[float, float]] = []  # (seconds, training loss)
        self._progress = Progress(
            TextColumn("[bold]Training[/bold]"),
            BarColumn(),
            TextColumn("step {task.completed:.0f}/{task.total:.0f}"),
            TextColumn("{task.fields[speed]}"),
            TextColumn("loss {task.fields[loss]}"),
            TimeElapsedColumn(),
            TextColumn("left {task.fields[left]}"),
            console=err,
            disable=not visible,
            transient=False,
            # Redrawn once per step, not by rich's 10 Hz thread: on 2 cores that thread's
            # redraws held the GIL often enough to slow every training step by 9%.
            auto_refresh=False,
        )
        self._task = None

    def on_train_begin(self, args, state, control, **kwargs):
        self._progress.start()
        self._task = self._progress.add_task(
            "train", total=self.clock.planned_steps, speed="-", loss="-", left="-"
        )

    def on_step_end(self, args, state, control, **kwargs):
        self.clock.step = state.global_step
        self.tokens_seen = state.global_step * self.tokens_per_step
        elapsed = self.clock.elapsed
        if self.clock.out_of_time:
            control.should_training_stop = True
        self._progress.update(
            self._task,
            completed=state.global_step,
            speed=f"{self.tokens_seen / max(elapsed, 1e-9):,.0f} tok/s",
            left=_format_seconds(self._time_left(elapsed)),
            refresh=True,
        )
        return control

    def on_log(self, args, state, control, logs=None, **kwargs):
        if logs and "loss" in logs:
            self.last_loss = float(logs["loss"])
            self.losses.append((self.clock.elapsed, self.last_loss))
            self._progress.update(self._task, loss=f"{self.last_loss:.3f}", refresh=True)

    def on_train_end(self, args, state, control, **kwargs):
        self._progress.stop()

    def _time_left(self, elapsed: float) -> float:
        step = max(self.clock.step, 1)
        by_steps = elapsed / step * (self.clock.planned_steps - self.clock.step)
        if self.clock.budget is None:
            return by_steps
        return max(0.0, min(by_steps, self.clock.budget - elapsed))


OnProgress = Callable[[int, int], None]  # (done, total)


@contextmanager
def stage(description: str, unit: str, visible: bool = True) -> Iterator[OnProgress]:
    """A bar for one stage of a run, advanced by calling what it yields with (done, total).

    Like the training bar, it redraws when it advances, with no redraw thread.
    """
    progress = Progress(
        TextColumn(f"[bold]{description}[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(unit),
        TimeElapsedColumn(),
        console=err,
        disable=not visible,
        transient=False,
        auto_refresh=False,
    )
    task = progress.add_task(description, total=None)
    with progress:
        yield lambda done, total: progress.update(task, completed=done, total=total, refresh=True)


def _format_seconds(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    return f"{minutes}:{secs:02d}"
