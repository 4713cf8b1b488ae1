"""Making a bot, start to end: read -> clean -> train -> write -> card. `make_bot` is the only
code that runs these steps; the CLI, `twinpost demo`, `twinpost update` and the server's
training jobs all call it, and draw what it reports (`twinpost.events`) their own way.

One clock: a run's time budget covers all of it, from reading the first source to the card
of the written bot, and every progress event carries the run's share done by that clock.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from twinpost import events
from twinpost.config import TrainConfig
from twinpost.data.corpus import Corpus, build_corpus
from twinpost.events import Report, RunClock

if TYPE_CHECKING:
    from twinpost.bot.record import BotRecord, Weights
    from twinpost.training.run import TrainResult

Sources = str | Path | Sequence[str | Path] | Corpus


@dataclass
class MadeBot:
    """A bot written and carded: where, from what, with what figures."""

    bot_dir: Path
    corpus: Corpus
    record: BotRecord
    training: TrainResult
    samples: list[str]  # the card's seeded sample posts
    seconds: float  # the whole run, reading to card
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """What `twinpost train --json` prints: where the bot is and the run's figures."""
        t = self.training
        return {
            "bot_dir": str(self.bot_dir),
            "accounts": self.record.handles,
            "base_model": self.record.base_model,
            "held_out_loss": {"before": t.held_out_before, "after": t.held_out_after},
            "steps": t.steps,
            "epochs_done": t.epochs_done,
            "tokens_seen": t.tokens_seen,
            "train_seconds": t.train_seconds,
            "tokens_per_second": t.tokens_seen / max(t.train_seconds, 1e-9),
            "stopped_by": t.stopped_by,
            "estimated_seconds": t.estimated_seconds,
            "seconds": self.seconds,
            "samples": self.samples,
            "warnings": self.warnings,
        }


def make_bot(
    sources: Sources,
    out: str | Path,
    config: TrainConfig | None = None,
    *,
    limit: int | None = None,
    report: Report | None = None,
    previous: str | Path | None = None,
    update: dict | None = None,
    force: bool = False,
    from_base: bool = False,
    judged: list | None = None,
    tune=None,
) -> MadeBot:
    """Read `sources` (up to 3: paths, live specs, or a corpus already read), train a bot on
    them and write it, with its card, to `out`.

    `report` receives the run's events. `previous` is a bot this one continues training from
    (its next version, as `twinpost update` makes): its weights are the base, and the new
    record and lineage name it; with `from_base` (`twinpost forget`), the next version names
    it but trains from the chain's base model. With `judged` (`twinpost tune`), the previous
    version learns its person's labels (training/preference.py, `tune` its settings) instead of
    the posts. Every check that can fail runs before anything is written.
    A bot already at `out` is replaced only with `force`, once the new one is complete.
    """
    config = config or TrainConfig()
    clock = RunClock(config.time_budget)  # started first: the imports below count too
    from twinpost.bot.folder import check_writable, write_bot
    from twinpost.bot.wandb_artifacts import log_run_artifacts
    from twinpost.card import draw_card
    from twinpost.generation.load import load_bot
    from twinpost.training.base_model import check_base
    from twinpost.training.checkpoint import checkpoint_dir, remove_checkpoint
    from twinpost.training.run import train_model
    from twinpost.training.tracking import require_tracker

    out = Path(out).expanduser()
    with events.reporting(report, clock):
        check_writable(out, force)
        require_tracker(config.report_to)
        continues = previous is not None and not from_base
        base_dir = None if continues else check_base(config.base)
        corpus = read_corpus(sources, config, limit)
        weights = weights_of(config, Path(previous) if previous else None, base_dir, from_base)
        checkpoints = checkpoint_dir(out)
        trained = train_model(corpus, weights.folder, config, clock, checkpoints, judged, tune)
        warnings = [w for w in [trained.result.undertrained_warning(config.time_budget)] if w]
        for warning in warnings:
            events.emit(events.Notice(warning, warning=True))
        events.stage("writing", "Writing the bot")
        record = write_bot(out, trained, corpus, config, weights, warnings, update)
        remove_checkpoint(checkpoints)  # the bot is whole: nothing left to resume
        del trained.model  # the card loads the bot as `generate` will
        events.stage("card", "Drawing the card")
        drawn = draw_card(load_bot(out))
        log_run_artifacts(out, config)  # W&B only: the datasets and the bot as artifacts
        made = MadeBot(out, corpus, record, trained.result, drawn.samples, clock.elapsed,
                       warnings)  # fmt: skip
        events.emit(events.Finished(str(out), record.held_out_loss, made.seconds, warnings))
    return made


def next_version(
    bot_dir: Path, out: Path | str | None, make: Callable[[Path], MadeBot]
) -> tuple[Path, MadeBot]:
    """Make a bot's next version (`update`, `forget`, `tune`): in place, the bot is first
    copied to `BOT_DIR.prev-N`, complete or absent even if killed while copying, and
    `make(previous)` writes the new version over it; with `out`, the bot is the previous
    version as it is. If `make` fails, BOT_DIR is untouched and the copy is removed.
    Returns the previous version and what `make` made."""
    from twinpost.bot.folder import next_previous_dir
    from twinpost.fileio import copy_dir_atomic

    in_place = Path(out or bot_dir).absolute() == bot_dir.absolute()
    previous = next_previous_dir(bot_dir) if in_place else bot_dir.absolute()
    if in_place:
        copy_dir_atomic(bot_dir, previous)
    try:
        return previous, make(previous)
    except BaseException:
        if in_place:
            shutil.rmtree(previous, ignore_errors=True)
        raise


def continued_config(
    record: BotRecord, time_budget: str | None, epochs: float | None
) -> TrainConfig:
    """A bot's own training settings, with the budget and epochs given for its next version."""
    return TrainConfig.from_dict(record.train_config).replace(
        time_budget=time_budget, epochs=epochs
    )


def read_corpus(sources: Sources, config: TrainConfig, limit: int | None = None) -> Corpus:
    """The sources read and cleaned, reported as the counts table (a corpus passes as is)."""
    if isinstance(sources, Corpus):
        corpus = sources
    else:
        events.stage("reading", "Reading the posts")
        corpus = build_corpus(
            sources, config.strict_seed_rules, limit, config.fetch_parents, config.scrub
        )
    events.emit(corpus.read_event(events.share()))
    return corpus


def weights_of(
    config: TrainConfig,
    previous: Path | None,
    base_dir: Path | None = None,
    from_base: bool = False,
) -> Weights:
    """Where training starts: the base model (converted once if embedded), or, with
    `previous`, that version of the bot, whose record names the chain's base and licence;
    with `from_base` too, the base model again, the previous version named as such."""
    from twinpost.bot.folder import previous_version
    from twinpost.bot.record import Weights
    from twinpost.training.base_model import (
        DEFAULT_BASE,
        DEFAULT_BASE_LICENSE,
        display_name,
        resolve_base,
    )

    if previous is not None and not from_base:
        link, record = previous_version(previous)
        name = f"previous version ({previous.name})"
        return Weights(name, previous.absolute(), record.base_model, record.base_license, link)
    folder = base_dir or resolve_base(config.base)
    base = config.base or DEFAULT_BASE
    licence = DEFAULT_BASE_LICENSE if base == DEFAULT_BASE else None
    link = previous_version(previous)[0] if previous is not None else None
    return Weights(display_name(base), folder, base, licence, link, from_base=link is not None)
