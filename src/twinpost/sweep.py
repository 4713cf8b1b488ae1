"""`twinpost sweep`: choose the training recipe for the account in front of you, by measuring.

Each trial trains a bot with settings Optuna's TPE sampler suggests (the first trial is the
defaults, so the table always says how far the winner is from them) and scores it with
`twinpost eval`'s figures on the held-out posts, which no trial trains on (the split is the
seeded one every trial shares). One objective, lower is better (`objective`):

    discriminator accuracy + 0.5 x (1 - attribution) + 0.5 x |distinct-2 gap| + 0.05 x loss

The discriminator counts most: 0.5 means the bot's posts cannot be told from the account's.
Attribution (its posts taken for the account's rather than another's or the base model's)
and diversity (distinct-2 of its posts against the account's: a bot that repeats itself, or
babbles, is off in either direction) weigh half as much; held-out loss only breaks near-ties
(0.1 nats, a large gap between recipes, moves the objective by 0.005).

One score of 100 written posts moves by about as much as the recipes differ, and the lowest of
a dozen noisy scores favours the luckiest draw. So before choosing, the best few trials and
the defaults write posts again with the next seed and are scored again (`confirm`); the
winner has the lowest mean of its two scores.

The study lives in `OUT/sweep.db` (Optuna's SQLite storage), and each trial's bot in
`OUT/trials/<settings hash>`, so an interrupted sweep resumes where it was: a trial cut off
mid-run is asked again with the same settings, continues from its checkpoint (a bot already
written is only scored), and no trial is lost. Trials run here one after another; with
`address` they run as `train-many`'s Ray tasks on that cluster, several at a time, and are
scored here.

The winner is copied to `OUT/bot`, with `recipe.json` (`twinpost train --recipe`),
`sweep.json` (every trial) and `sweep.png`, which its card shows.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean

from twinpost.bot.files import RECIPE_FILE, SWEEP_FILE, SWEEP_PLOT_FILE
from twinpost.config import TrainConfig
from twinpost.errors import TwinpostError
from twinpost.events import Report
from twinpost.fileio import write_bytes_atomic, write_text_atomic

STUDY_FILE = "sweep.db"
TRIALS_DIR = "trials"
BEST_DIR = "bot"
# Posts written per trial to score it: the discriminator's interval at 100 is about ±0.07,
# half the spread between the recipes measured (BENCHMARKS.md, "Choosing a recipe").
EVAL_POSTS = 100
WEIGHTS = {"discriminator": 1.0, "attribution": 0.5, "diversity": 0.5, "loss": 0.05}
# The best trials scored again on fresh posts before one is chosen (the defaults always are):
# on andreruffert, trial 7 won 12 trials by 0.117 on one score and then lost attribution to
# the defaults on two fresh seeds (BENCHMARKS.md, "Choosing a recipe").
CONFIRM = 3


@dataclass
class TrialResult:
    number: int
    settings: dict
    objective: float
    figures: dict  # discriminator, attribution, distinct_2 gap, held-out loss, seconds
    bot: str
    confirmed: float | None = None  # the mean of its objective and its second score's
    confirm_figures: dict | None = None  # the second score's figures (the next seed)

    @property
    def chosen_by(self) -> float:
        """What the winner is chosen by: the mean of both scores where it has two."""
        return self.objective if self.confirmed is None else self.confirmed


@dataclass
class SweepResult:
    out: Path
    trials: list[TrialResult] = field(default_factory=list)
    best: TrialResult | None = None
    default: TrialResult | None = None  # the defaults' trial, the first

    def to_dict(self) -> dict:
        def row(t: TrialResult | None) -> dict | None:
            return None if t is None else t.__dict__

        return {
            "out": str(self.out),
            "bot": str(self.out / BEST_DIR),
            "recipe": str(self.out / BEST_DIR / RECIPE_FILE),
            "objective": objective_text(),
            "best": row(self.best),
            "default": row(self.default),
            "trials": [row(t) for t in self.trials],
        }


def objective_text() -> str:
    w = WEIGHTS
    return (
        f"{w['discriminator']:g} x discriminator + {w['attribution']:g} x (1 - attribution) + "
        f"{w['diversity']:g} x |distinct-2 gap| + {w['loss']:g} x held-out loss; lower is better"
    )


def objective(figures: dict) -> float:
    w = WEIGHTS
    return round(
        w["discriminator"] * figures["discriminator"]
        + w["attribution"] * (1 - figures["attribution"])
        + w["diversity"] * abs(figures["distinct_2_gap"])
        + w["loss"] * (figures["held_out_loss"] or 0.0),
        4,
    )


def search_space(trial, accounts: int, replies: bool) -> dict:
    """The settings that moved the voice in BENCHMARKS.md, in their measured useful ranges."""
    settings = {
        "lr": trial.suggest_float("lr", 2e-4, 2e-3, log=True),
        "top_layers": trial.suggest_categorical("top_layers", [6, 10, 14, 18]),
        "epochs": trial.suggest_categorical("epochs", [1.0, 1.5, 2.0, 3.0]),
        "block_size": trial.suggest_categorical("block_size", [128, 256, 512]),
    }
    if replies:
        settings["reply_context"] = trial.suggest_categorical("reply_context", [True, False])
    if accounts > 1:
        settings["speaker_tags"] = trial.suggest_float("speaker_tags", 0.5, 1.0)
        settings["balance"] = trial.suggest_categorical("balance", ["posts", "tokens"])
    return settings


def _defaults(accounts: int, replies: bool) -> dict:
    d = TrainConfig()
    params = {"lr": d.lr, "top_layers": d.top_layers, "epochs": d.epochs,
              "block_size": d.block_size}  # fmt: skip
    if replies:
        params["reply_context"] = d.reply_context
    if accounts > 1:
        params["speaker_tags"], params["balance"] = d.speaker_tags, d.balance
    return params


def trial_name(settings: dict) -> str:
    """A trial's folder, by its settings: the same settings asked again find their bot."""
    text = json.dumps(settings, sort_keys=True)
    return "trial-" + hashlib.sha256(text.encode()).hexdigest()[:10]


def sweep(
    sources: Sequence[str | Path],
    out: Path,
    trials: int,
    *,
    base: TrainConfig | None = None,
    against: Sequence[str | Path] = (),
    posts: int = EVAL_POSTS,
    seed: int = 0,
    address: str | None = None,
    on_ray: bool = False,
    parallel: int | None = None,
    report: Report | None = None,
    on_trial: Callable[[TrialResult, int], None] | None = None,
    force: bool = False,
    confirm: int = CONFIRM,
    on_confirm: Callable[[TrialResult], None] | None = None,
) -> SweepResult:
    """Run `trials` trials in all (counting those an earlier run of this sweep finished):
    here, one after another, or with `on_ray` or an `address` as train-many's Ray tasks, on a
    local Ray instance or the cluster at `address`, `parallel` at a time. Then the best
    `confirm` trials and the defaults are scored again on fresh posts (`on_confirm` hears of
    each), and the lowest mean of the two scores wins; with `confirm=0`, the lowest score."""
    import optuna

    if trials < 1:
        raise TwinpostError(f"--trials {trials}: a sweep needs at least 1 trial")
    if posts < 10:
        raise TwinpostError(f"--posts {posts}: at least 10 posts to score a trial")
    if parallel is not None and parallel < 1:
        raise TwinpostError(f"--parallel {parallel}: at least 1 trial at a time")
    if confirm < 0:
        raise TwinpostError(f"--confirm {confirm}: 0 or more trials to score again")
    base = base or TrainConfig()
    from twinpost.data.corpus import build_corpus, read

    corpus = read(list(sources), strict_seed_rules=base.strict_seed_rules, scrub=base.scrub)
    # Read once, as eval reads them, for every trial's score: a bad one fails here, before
    # any trial trains.
    impostors = [build_corpus(a) for a in against]
    replies = any(p.is_reply for p in corpus.posts)
    accounts = len(corpus.accounts)
    fingerprint = _fingerprint(sources, base, against, posts, seed)
    _claim(out, fingerprint, force)
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = optuna.create_study(
        study_name="twinpost", storage=f"sqlite:///{out / STUDY_FILE}", direction="minimize",
        sampler=optuna.samplers.TPESampler(seed=seed), load_if_exists=True,
    )  # fmt: skip
    _requeue_interrupted(study)
    if not study.trials:
        study.enqueue_trial(_defaults(accounts, replies))
    on_ray = on_ray or address is not None
    result = SweepResult(out)
    done = lambda: [t for t in study.trials if t.state.name == "COMPLETE"]  # noqa: E731
    while len(done()) < trials:
        batch = max(1, min(parallel or 2, trials - len(done()))) if on_ray else 1
        asked = [study.ask() for _ in range(batch)]
        chosen = [search_space(t, accounts, replies) for t in asked]
        dirs = [out / TRIALS_DIR / trial_name(s) for s in chosen]
        configs = [base.replace(**s) for s in chosen]
        if not on_ray:
            for config, bot in zip(configs, dirs, strict=True):
                _train_here(corpus, bot, config, report)
        else:
            _train_on_ray(sources, dirs, configs, address, out)
        for trial, settings, bot in zip(asked, chosen, dirs, strict=True):
            figures = _score(bot, impostors, posts, seed)
            value = objective(figures)
            for key, v in figures.items():
                trial.set_user_attr(key, v)
            trial.set_user_attr("bot", bot.name)
            study.tell(trial, value)
            if on_trial is not None:
                on_trial(TrialResult(trial.number, settings, value, figures, bot.name), trials)
    for t in done():
        figures = {k: v for k, v in t.user_attrs.items() if k != "bot"}
        settings = {k: t.params[k] for k in t.params}
        result.trials.append(
            TrialResult(t.number, settings, t.value, figures, t.user_attrs.get("bot", ""))
        )
    result.trials.sort(key=lambda t: t.number)
    result.default = result.trials[0]
    _confirm(study, result, impostors, posts, seed, confirm, on_confirm)
    result.best = min(
        [t for t in result.trials if t.confirmed is not None] or result.trials,
        key=lambda t: (t.chosen_by, t.number),
    )
    _publish(out, result, base)
    return result


def _confirm(study, result: SweepResult, impostors, posts: int, seed: int, count: int,
             on_confirm: Callable[[TrialResult], None] | None) -> None:  # fmt: skip
    """Score the best `count` trials and the defaults again, with the next seed. Each second
    score is kept in the study as it is made, so a resumed sweep does not make it again."""
    if count < 1:
        return
    best = sorted(result.trials, key=lambda t: (t.objective, t.number))[:count]
    again = {t.number: t for t in [result.default, *best]}
    for number, t in sorted(again.items()):
        key = f"confirm-{number}"
        figures = study.user_attrs.get(key)
        if figures is None:
            figures = _score(result.out / TRIALS_DIR / t.bot, impostors, posts, seed + 1)
            study.set_user_attr(key, figures)
        t.confirm_figures = figures
        t.confirmed = round((t.objective + objective(figures)) / 2, 4)
        if on_confirm is not None:
            on_confirm(t)


def _fingerprint(sources, base: TrainConfig, against, posts: int, seed: int) -> str:
    what = {"sources": [str(s) for s in sources], "base": base.to_dict(),
            "against": [str(a) for a in against], "posts": posts, "seed": seed}  # fmt: skip
    what["base"].pop("time_budget", None)
    return hashlib.sha256(json.dumps(what, sort_keys=True, default=str).encode()).hexdigest()


def _claim(out: Path, fingerprint: str, force: bool) -> None:
    """`out` is this sweep's (resumed), new, or replaced with `force`; never another's."""
    mark = out / "sweep-of.json"
    if out.exists() and any(out.iterdir()):
        mine = mark.is_file() and json.loads(mark.read_text()).get("fingerprint") == fingerprint
        if not mine and not force:
            raise TwinpostError(
                f"{out} is not empty and holds no sweep of these sources and settings: "
                "choose another --out, or pass --force to replace it"
            )
        if not mine:
            shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    write_text_atomic(mark, json.dumps({"fingerprint": fingerprint}) + "\n")


def _requeue_interrupted(study) -> None:
    """Trials an interrupted run left running are failed and asked again, same settings."""
    from optuna.trial import TrialState

    for t in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
        study.tell(t.number, state=TrialState.FAIL)
        study.enqueue_trial(t.params)


def _train_here(corpus, bot: Path, config: TrainConfig, report: Report | None) -> None:
    from twinpost.bot.files import RECORD_FILE
    from twinpost.pipeline import make_bot

    if not (bot / RECORD_FILE).is_file():  # a bot written before an interruption: score it
        make_bot(corpus, bot, config, report=report)


def _train_on_ray(sources, dirs: list[Path], configs: list[TrainConfig], address, out) -> None:
    """The batch as train-many's Ray tasks (its scheduling, retries and manifest), on the
    cluster at `address` or a local Ray instance (None), into OUT/trials."""
    from twinpost.bot.files import RECORD_FILE
    from twinpost.many import train_many

    lines = []
    for bot, config in zip(dirs, configs, strict=True):
        if (bot / RECORD_FILE).is_file():
            continue
        settings = {k: v for k, v in config.to_dict().items() if v is not None}
        lines.append({"name": bot.name, "sources": [str(Path(s).resolve()) if Path(s).exists()
                      else str(s) for s in sources], **settings})  # fmt: skip
    if not lines:
        return
    spec = out / "batch.jsonl"
    write_text_atomic(spec, "".join(json.dumps(line) + "\n" for line in lines))
    result = train_many(spec, out / TRIALS_DIR, address=address)
    if result.failed:
        name, error = next(iter(result.failed.items()))
        raise TwinpostError(f"trial {name} failed on the cluster: {error}")


def _score(bot: Path, impostors: list, posts: int, seed: int) -> dict:
    from twinpost.voice import evaluate

    voice = evaluate(bot, impostors, n=posts, seed=seed)
    diversity = voice.diversity
    return {
        "discriminator": voice.discriminator["accuracy"],
        "attribution": round(mean(voice.attribution.values()), 4),
        "distinct_2_gap": round(
            diversity["generated"]["distinct_2"] - diversity["real"]["distinct_2"], 4
        ),
        "held_out_loss": voice.held_out_loss,
        "seconds": voice.seconds,
    }


def _link_or_copy(source: str, dest: str) -> None:
    """The winner's files linked, not copied (its weights are hundreds of MB); every file the
    sweep then writes into it is written anew (atomically), never through the link."""
    try:
        os.link(source, dest)
    except OSError:
        shutil.copy2(source, dest)


def _publish(out: Path, result: SweepResult, base: TrainConfig) -> None:
    """The winner as OUT/bot, with its recipe, the search's table and plot, and its card."""
    from twinpost.card import rewrite_card_text
    from twinpost.card.sweep_plot import sweep_plot_png
    from twinpost.training.recipe import write_recipe

    best = result.best
    bot = out / BEST_DIR
    if bot.exists():
        shutil.rmtree(bot)
    shutil.copytree(out / TRIALS_DIR / best.bot, bot, copy_function=_link_or_copy)
    table = result.to_dict()
    write_text_atomic(bot / SWEEP_FILE, json.dumps(table, indent=2) + "\n")
    write_bytes_atomic(bot / SWEEP_PLOT_FILE, sweep_plot_png(result.trials))
    about = {"chosen_by": f"twinpost sweep, {len(result.trials)} trials",
             "objective": best.objective, "default_objective": result.default.objective,
             "confirmed": best.confirmed, "default_confirmed": result.default.confirmed,
             "figures": best.figures}  # fmt: skip
    write_recipe(bot / RECIPE_FILE, base.replace(**best.settings), about)
    rewrite_card_text(bot)
