"""The training run: a corpus and a base model in, trained weights and their figures out.

It uses the Hugging Face Trainer. Two twinpost pieces plug into it: the run's clock, which
stops training cleanly when its share of the time budget is spent, and a learning-rate
schedule (warm-up, then cosine) over the share of training done, measured in time or steps,
whichever is further, so a run cut by its budget still ends at a low learning rate.

The budget covers the whole run (`twinpost.events.RunClock`): before training opens its
window, the time the run will still need afterwards (scoring the held-out posts again,
writing the folder, drawing the card) is set aside, so the run ends within its budget.

Nothing here writes a bot folder or draws anything: it reports stages and steps as events.
"""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import torch
from accelerate.utils import extract_model_from_parallel
from transformers import TrainerCallback

from twinpost import events
from twinpost.config import TrainConfig, describe_duration
from twinpost.data.corpus import Corpus
from twinpost.errors import TwinpostError
from twinpost.events import RunClock
from twinpost.hf import quiet_transformers
from twinpost.training.checkpoint import (
    Checkpoint,
    checkpoint_seconds,
    load_checkpoint,
    run_fingerprint,
    save_checkpoint,
)
from twinpost.training.dataset import (
    Split,
    build_blocks,
    load_post_tokenizer,
    split_posts,
    tokenize_split,
)
from twinpost.training.device import batch_size_for, resolve_device
from twinpost.training.frozen import FrozenPrefix
from twinpost.training.held_out import HeldOutScorer
from twinpost.training.loss import collate_blocks, post_trainer_class
from twinpost.training.preference import (
    Judged,
    TuneSettings,
    epochs_of,
    preference_rows,
    run_kto,
)

# Seconds set aside for writing the bot folder and drawing its card after training, on top
# of scoring the held-out posts again (what the first scoring spent above the frozen blocks,
# held_out.py). Measured on
# the reference machine for the 135M model (andreruffert): writing the folder 1.1 s, loading
# the bot back and drawing its card (5 sample posts, the preview) 3.2 s; 5 s leaves a little
# room (BENCHMARKS.md, "The whole run within its budget"). The card's samples now run to 120
# tokens, not 60 (so that they end where a post ends): up to twice the sampling of those
# 3.2 s where posts reach the cap, hence 8 s. Sized by that reasoning, not yet re-measured.
WRITE_RESERVE_SECONDS = 8.0
# Below this share of one epoch a bot has barely learnt the voice: it says so.
WELL_TRAINED_EPOCHS = 1.0
# Steps timed, after the first (it warms up), before the run says how long it will take.
ESTIMATE_AFTER_STEPS = 3
# A run estimated to take longer than this, with no --time-budget, says so and what to do:
# half an hour is what a user leaves a laptop for (the README says what runs cost).
LONG_RUN_SECONDS = 30 * 60


@dataclass
class TrainResult:
    held_out_before: float
    held_out_after: float
    steps: int
    tokens_seen: int
    train_seconds: float
    stopped_by: str  # "budget" or "epochs"
    epochs_planned: float = 0.0
    estimated_seconds: float | None = None  # the whole run, as first estimated from its steps
    epochs_done: float = 0.0  # passes over the training posts actually made
    losses: list[tuple[float, float]] = field(default_factory=list)  # (seconds, loss)
    timings: dict[str, float] = field(default_factory=dict)
    batch_size: int = 2  # blocks per step, as the run chose it (device.py)

    @property
    def undertrained(self) -> bool:
        return self.epochs_done < min(WELL_TRAINED_EPOCHS, self.epochs_planned)

    def undertrained_warning(self, budget: float | None) -> str | None:
        """What to tell the user when the run ended before one pass over the posts."""
        if not self.undertrained:
            return None
        longer = f" (it had {budget:g} s)" if budget else ""
        return (
            f"the run ended before one pass over the posts: the bot saw "
            f"{self.epochs_done:.0%} of them once{longer}, and may not sound like the "
            "account yet; train again with a longer --time-budget, or none"
        )


@dataclass
class Trained:
    """What a run hands on to be written: the weights, the tokenizer and the split."""

    model: object
    tokenizer: object
    split: Split
    result: TrainResult
    frozen: frozenset[str] = frozenset()  # parameters left as the base had them


# The precision a bot stores the weights it trained in (bot/weights.py): bf16 halves the 10
# top blocks to 71 MB, and on the shared exports the held-out loss moved by 3e-5 nats
# (BENCHMARKS.md, "Compact bots").
STORED_DTYPE = torch.bfloat16


def round_trained_to_stored(model, frozen: frozenset[str]) -> None:
    """Round every trained parameter to the stored precision, in place: what is scored and
    sampled after training is then exactly what the bot folder holds."""
    with torch.no_grad():
        for name, param in model.named_parameters():
            if name not in frozen and param.is_floating_point():
                param.copy_(param.to(STORED_DTYPE).to(param.dtype))


def lr_factor(done: float, warmup: float) -> float:
    """Linear warm-up to 1, then cosine decay to 0, over the share of the run done."""
    if done < warmup:
        return done / warmup
    return 0.5 * (1 + math.cos(math.pi * (done - warmup) / max(1e-9, 1 - warmup)))


def use_bf16(config: TrainConfig, device: torch.device) -> bool:
    """bf16 autocast where the hardware computes in bf16: 2.3x faster than fp32 on a CPU with
    AVX512-BF16/AMX (BENCHMARKS.md). A CPU without (AVX2 only) emulates it, 300x slower than
    its fp32 (0.27 against 92 GFLOP/s measured on a 2-core AMD EPYC), so it trains in fp32."""
    if config.bf16 is not None:
        return config.bf16
    if device.type == "cuda":
        return torch.cuda.is_bf16_supported()
    return torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported()


def set_trainable(model, config: TrainConfig):
    """Freeze or wrap weights for the method; return the model to train."""
    if config.method == "full":
        return model
    if config.method == "lora":
        from peft import LoraConfig, get_peft_model

        lora = LoraConfig(
            r=config.lora_rank,
            lora_alpha=2 * config.lora_rank,
            lora_dropout=0.0,
            target_modules=[
                "q_proj",
                "k_proj",
                "v_proj",
                "o_proj",
                "gate_proj",
                "up_proj",
                "down_proj",
            ],  # fmt: skip
            task_type="CAUSAL_LM",
        )
        return get_peft_model(model, lora)
    layers = model.model.layers
    keep = min(config.top_layers, len(layers))
    model.requires_grad_(False)
    for layer in layers[len(layers) - keep :]:
        layer.requires_grad_(True)
    model.model.norm.requires_grad_(True)
    return model


def train_model(
    corpus: Corpus,
    base_dir: Path,
    config: TrainConfig,
    clock: RunClock | None = None,
    checkpoints: Path | None = None,
    judged: list[Judged] | None = None,
    tune: TuneSettings | None = None,
) -> Trained:
    """Fine-tune the base in `base_dir` on `corpus`; the weights stay in memory.

    `clock` is the run's (started when the run started); without one, training has the
    whole budget to itself. With `checkpoints` (a folder, see checkpoint.py), training is
    saved there as it goes and continues from what the same run saved before. With `judged`
    (`twinpost tune`), the bot in `base_dir` learns its person's labels by KTO
    (preference.py) instead of the posts; the split and the held-out scoring are the same.
    """
    from transformers import AutoModelForCausalLM

    from twinpost.home import user_home

    clock = clock or events.current_clock() or RunClock(config.time_budget)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    events.stage("loading", "Loading the base model")
    quiet_transformers()
    tokenizer = load_post_tokenizer(base_dir)
    model = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    device = resolve_device(config.device)
    model.to(device)
    _check_block_size(model, config)
    timings["load_base"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    split = split_posts(corpus.posts, config.held_out, config.seed)
    tokens = tokenize_split(
        split, tokenizer, user_home() / "datasets", speaker_share=config.speaker_tags,
        replies=config.reply_context,
    )  # fmt: skip
    pad_id = (
        tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    )
    if judged is None:
        blocks = build_blocks(
            tokens.train, config.epochs, config.block_size, pad_id, config.mask_across_posts,
            config.seed, config.balance,
        )  # fmt: skip
        # On a GPU, sized to its memory by two probe steps (device.py); 2 on a CPU.
        config = config.replace(
            batch_size=batch_size_for(
                config.batch_size, device, model, blocks, use_bf16(config, device)
            )
        )
    else:  # the rows KTO reads, fingerprinted as blocks are (with their labels)
        tune = tune or TuneSettings()
        speakers = len(corpus.accounts) > 1 and config.speaker_tags > 0
        rows = preference_rows(judged, split.train, tokenizer, speakers, config.seed)
        rows = epochs_of(rows, tune.epochs, config.seed)
        blocks = [{"input_ids": tokenizer(r["prompt"] + r["completion"])["input_ids"]
                   + [int(r["label"])]} for r in rows]  # fmt: skip
        config = config.replace(batch_size=tune.batch_size, epochs=tune.epochs)
    timings["dataset"] = time.perf_counter() - t0

    fingerprint = run_fingerprint(config, base_dir, blocks, tokens.held_out)
    saved = load_checkpoint(checkpoints, fingerprint) if checkpoints else None
    frozen_layers = len(model.model.layers) - config.top_layers if config.method == "top" else 0
    scorer = HeldOutScorer(tokens.held_out, pad_id, frozen_below=max(frozen_layers, 0))
    t0 = time.perf_counter()
    if saved is None:
        events.stage("scoring", "Scoring before training", "held-out posts")
        before = scorer.loss(model, _progress("scoring"))
        timings["score_before"] = time.perf_counter() - t0
    else:  # scored before it stopped
        before, timings["score_before"] = saved[0].held_out_before, saved[0].score_seconds

    planned = math.ceil(len(blocks) / config.batch_size)
    # Scoring again after training costs what the first scoring spent above the frozen
    # blocks (all of it where none are frozen, or the run was resumed).
    score_after = (
        scorer.upper_seconds if scorer.upper_seconds is not None else timings["score_before"]
    )
    clock.open_training(planned, reserve=score_after + WRITE_RESERVE_SECONDS)
    trainable = set_trainable(model, config)
    run = Resumable(checkpoints, fingerprint, before, timings["score_before"], saved)
    if saved is not None:
        run.restore_weights(trainable)
        clock.resume(saved[0].step, saved[0].spent, saved[0].window)
        events.emit(events.Notice(
            f"Continuing the stopped run from step {saved[0].step} of {planned} "
            f"({saved[0].spent:.0f} s of training done)"
        ))  # fmt: skip
    if judged is not None:
        steps, tokens_seen, seconds, losses = _run_tune(
            trainable, base_dir, tokenizer, rows, blocks, tune, config, device, clock, run
        )
    else:
        remaining = blocks[run.step * config.batch_size :]
        frozen = None
        if frozen_layers > 0 and config.mask_across_posts and config.cache_frozen and remaining:
            frozen = FrozenPrefix(model, config.top_layers, posts_in_training_order(remaining))
        steps, tokens_seen, seconds, losses = _run_trainer(
            trainable, remaining, config, device, clock, frozen, pad_id, run
        )
    clock.close_training()
    timings["train"] = seconds
    # The Trainer's accelerate wraps forward in its mixed-precision autocast: take it off, so
    # the held-out posts are scored in float32 (held_out.py) on every CPU.
    trainable = extract_model_from_parallel(trainable, keep_fp32_wrapper=False)
    if config.method == "lora":
        model = trainable.merge_and_unload()
    frozen = frozenset(n for n, p in model.named_parameters() if not p.requires_grad)
    if frozen:  # stored as the bot stores them (bot/weights.py), so scored as stored
        round_trained_to_stored(model, frozen)
    model.requires_grad_(True)

    t0 = time.perf_counter()
    events.stage("scoring-after", "Scoring after training", "held-out posts")
    after = scorer.loss(model, _progress("scoring-after"))
    timings["score_after"] = time.perf_counter() - t0
    result = TrainResult(
        held_out_before=before,
        held_out_after=after,
        steps=steps,
        tokens_seen=tokens_seen,
        train_seconds=seconds,
        stopped_by="epochs" if steps >= planned else "budget",
        epochs_planned=config.epochs,
        epochs_done=config.epochs * min(1.0, steps / max(planned, 1)),
        estimated_seconds=clock.estimate,
        losses=losses,
        timings=timings,
        batch_size=config.batch_size,
    )
    model.to("cpu").eval()
    return Trained(model=model, tokenizer=tokenizer, split=split, result=result, frozen=frozen)


def _check_block_size(model, config: TrainConfig) -> None:
    positions = getattr(model.config, "max_position_embeddings", None)
    if positions is not None and config.block_size > positions:
        raise TwinpostError(
            f"--block-size {config.block_size}: the base model reads at most {positions} "
            "tokens at a time; pick a smaller block size"
        )


# The most of the training window the frozen pass may take when it cannot finish in it: the
# rest trains on the posts it reached. Taking it all left a 3-account cyborg on a 2-core
# AVX2 CPU with 0 steps in 300 s (BENCHMARKS.md).
FROZEN_MAX_SHARE = 0.5


def posts_in_training_order(blocks: list[dict]) -> list[list[int]]:
    """Every post of the packed blocks, in the order training meets them."""
    posts = []
    for block in blocks:
        offset = 0
        for length in block["lengths"]:
            posts.append(block["input_ids"][offset : offset + length])
            offset += length
    return posts


def _progress(stage: str):
    return lambda done, total: events.progress(stage, done, total)


class Resumable:
    """What a run saves as it trains, and what it continues from (checkpoint.py)."""

    def __init__(self, folder, fingerprint, before, score_seconds, saved) -> None:
        self.folder, self.fingerprint = folder, fingerprint
        self.before, self.score_seconds = before, score_seconds
        self.saved = saved[0] if saved else None
        self.tensors = saved[1] if saved else None
        self.step = self.saved.step if self.saved else 0
        self.model = self.optimizer = self.clock = None
        self.last_save = time.monotonic()

    def restore_weights(self, model) -> None:
        trained = dict(model.named_parameters())
        with torch.no_grad():
            for name, tensor in self.tensors["trained"].items():
                trained[name].copy_(tensor)

    def attach(self, model, optimizer, clock: RunClock) -> None:
        self.model, self.optimizer, self.clock = model, optimizer, clock
        # Named now, on the whole model: during training the frozen pass shows the Trainer
        # only the top blocks, renumbered from 0, and those names would restore the wrong ones.
        self.named = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
        if self.tensors is not None:
            optimizer.load_state_dict(self.tensors["optimizer"])
            self.tensors = None  # the optimizer holds its own copy now

    def due(self) -> bool:
        return time.monotonic() - self.last_save >= checkpoint_seconds()

    def save(self, tokens_seen: float, losses: list) -> None:
        if self.folder is None or self.model is None or self.clock.step <= self.step:
            return
        clock = self.clock
        checkpoint = Checkpoint(
            fingerprint=self.fingerprint, step=clock.step, planned_steps=clock.planned_steps,
            tokens_seen=tokens_seen, spent=clock.elapsed - (clock.train_start or 0.0),
            window=clock.training_window, held_out_before=self.before,
            score_seconds=self.score_seconds, losses=losses,
        )  # fmt: skip
        trained = {n: p.detach().clone() for n, p in self.named}
        save_checkpoint(self.folder, checkpoint, trained, self.optimizer.state_dict())
        self.last_save = time.monotonic()


def _run_trainer(
    model, blocks, config: TrainConfig, device, clock: RunClock, frozen, pad_id, run: Resumable
):
    from transformers import PrinterCallback

    params = [p for p in model.parameters() if p.requires_grad]
    # Fused AdamW: one kernel over all the trained weights instead of a few per tensor.
    optimizer = torch.optim.AdamW(params, lr=config.lr, weight_decay=0.0, fused=True)
    run.attach(model, optimizer, clock)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        # Never 0, or the first step (taken at time 0) would be wasted.
        optimizer,
        lambda _: lr_factor(max(clock.training_done, 1 / clock.planned_steps), config.warmup),
    )
    bf16 = use_bf16(config, device)
    # Tokens of posts, padding not counted: blocks are drawn uniformly, so a step holds the
    # blocks' mean on average.
    per_block = sum(sum(b["lengths"]) for b in blocks) / max(len(blocks), 1)
    steps_callback = ClockSteps(clock, config.batch_size * per_block, run, config.epochs)
    started = time.perf_counter()
    if frozen is not None:
        events.stage("frozen", "Frozen lower blocks", "posts")
        window = (clock.training_deadline or float("inf")) - clock.elapsed
        frozen_until = clock.elapsed + FROZEN_MAX_SHARE * window
        complete = frozen.compute(
            config.block_size, pad_id, bf16, _progress("frozen"),
            out_of_time=lambda: clock.elapsed > frozen_until,
        )  # fmt: skip
        if not complete:  # the budget ran out first: train on the posts it reached, if any
            blocks = [b for b in blocks if frozen.covers(b)]
    events.stage("training", "Training")
    if blocks and not clock.out_of_training_time:
        with tempfile.TemporaryDirectory(prefix="twinpost-trainer-") as scratch:
            trainer = post_trainer_class()(
                model=model,
                args=_training_arguments(scratch, config, device, bf16, len(blocks), clock),
                train_dataset=blocks,
                data_collator=collate_blocks(config.mask_across_posts, frozen),
                optimizers=(optimizer, schedule),
                callbacks=[steps_callback],
            )
            trainer.remove_callback(PrinterCallback)  # the run's events replace its lines
            try:
                if frozen is None:
                    trainer.train()
                else:
                    with frozen.top_only(), attention_implementation(model, "eager"):
                        trainer.train()
            except KeyboardInterrupt:  # Ctrl-C: keep what was trained, for the next run
                steps_callback.save_now()
                raise
    seconds = time.perf_counter() - started
    return clock.step, round(steps_callback.tokens_seen), seconds, steps_callback.losses


def _run_tune(model, bot_dir, tokenizer, rows, blocks, tune, config, device, clock, run: Resumable):
    """KTO on the labels (preference.py), on the run's clock and checkpoints, against the bot
    as it was (loaded once more, never trained)."""
    from transformers import AutoModelForCausalLM

    reference = AutoModelForCausalLM.from_pretrained(bot_dir, dtype=torch.float32)
    reference.to(device).eval().requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=tune.lr, weight_decay=0.0)
    run.attach(model, optimizer, clock)
    tokens_per_row = sum(len(b["input_ids"]) - 1 for b in blocks) / max(len(blocks), 1)
    steps_callback = ClockSteps(clock, tune.batch_size * tokens_per_row, run, tune.epochs)
    try:
        steps, seconds = run_kto(
            model, reference, tokenizer, rows, tune, device, clock, use_bf16(config, device),
            config.seed, [steps_callback], skip=run.step, optimizers=(optimizer, None),
        )  # fmt: skip
    except KeyboardInterrupt:  # Ctrl-C: keep what was trained, for the next run
        steps_callback.save_now()
        raise
    return steps, round(steps_callback.tokens_seen), seconds, steps_callback.losses


def _training_arguments(scratch, config, device, bf16, n_blocks, clock):
    from transformers import TrainingArguments

    from twinpost.training.tracking import trainer_report_to

    return TrainingArguments(
        output_dir=scratch,
        per_device_train_batch_size=config.batch_size,
        num_train_epochs=1,  # `blocks` already holds every epoch, reshuffled and rebalanced
        max_steps=min(clock.planned_steps - clock.step, math.ceil(n_blocks / config.batch_size)),
        # In the order built (dataset.run_order, the random sampler's own permutation): a
        # resumed run skips the blocks trained before it stopped and meets the rest in order.
        train_sampling_strategy="sequential",
        bf16=bf16,
        use_cpu=device.type == "cpu",
        logging_steps=1,
        save_strategy="no",
        report_to=trainer_report_to(config.report_to),
        disable_tqdm=True,
        remove_unused_columns=False,
        dataloader_num_workers=0,
        seed=config.seed,
        torch_compile=config.torch_compile,
    )


class ClockSteps(TrainerCallback):
    """Counts steps on the run's clock, reports each, stops training at its deadline, and
    says how long the run will take once its first steps are timed (`announce_estimate`)."""

    def __init__(
        self, clock: RunClock, tokens_per_step: float, run: Resumable, epochs: float
    ) -> None:
        self.clock = clock
        self.tokens_per_step = tokens_per_step
        self.run = run
        self.epochs = epochs
        self.first_step = run.step  # steps made before a resumed run
        self.timed_from: tuple[float, int] | None = None  # (elapsed, step) after the first
        self.tokens_seen = run.saved.tokens_seen if run.saved else 0.0
        self.last_loss: float | None = None
        # (seconds into the run, training loss)
        self.losses: list[tuple[float, float]] = (
            [tuple(x) for x in run.saved.losses] if run.saved else []
        )

    def save_now(self) -> None:
        self.run.save(self.tokens_seen, self.losses)

    def on_step_end(self, args, state, control, **kwargs):
        self.clock.step = self.first_step + state.global_step
        self.tokens_seen = self.clock.step * self.tokens_per_step
        if self.clock.out_of_training_time:
            control.should_training_stop = True
        elif self.run.due():
            self.save_now()
        now = self.clock.elapsed
        spent = now - (self.clock.train_start or 0.0)
        if self.timed_from is None:
            self.timed_from = (now, self.clock.step)
        elif self.clock.estimate is None and (
            self.clock.step - self.timed_from[1] >= ESTIMATE_AFTER_STEPS
        ):
            announce_estimate(self.clock, self.epochs, now + self.steps_left_seconds(now))
        events.emit(
            events.TrainingStep(
                step=state.global_step,
                steps=self.clock.planned_steps,
                loss=self.last_loss,
                tokens_per_second=self.tokens_seen / max(spent, 1e-9),
                seconds_left=self.seconds_left(now),
                share=self.clock.share,
            )
        )
        return control

    def steps_left_seconds(self, now: float) -> float:
        """The planned steps left, at the pace of the steps timed so far (the first step, the
        frozen pass and any warm-up before it left out: they would inflate the pace)."""
        start, first = self.timed_from or (now, self.clock.step)
        if self.clock.step <= first:
            return self.clock.training_seconds_left
        pace = (now - start) / (self.clock.step - first)
        return pace * max(0, self.clock.planned_steps - self.clock.step)

    def seconds_left(self, now: float) -> float:
        """Training's seconds left: the steps' pace, cut at the budget's deadline if any."""
        left = self.steps_left_seconds(now)
        deadline = self.clock.training_deadline
        return left if deadline is None else max(0.0, min(left, deadline - now))

    def on_log(self, args, state, control, logs=None, **kwargs):
        if logs and "loss" in logs:
            self.last_loss = float(logs["loss"])
            self.losses.append((round(self.clock.elapsed, 2), self.last_loss))


def announce_estimate(clock: RunClock, epochs: float, training_ends: float) -> None:
    """Say once how long the run will take on this machine (training ends `training_ends`
    seconds into the run; scoring again, writing and the card follow), and, where that is
    more than the budget allows or more than LONG_RUN_SECONDS, what follows and what to do."""
    whole = training_ends + clock.reserve
    clock.estimate = round(whole, 1)
    passes = f"{epochs:g} epoch{'s' if epochs != 1 else ''} ({clock.planned_steps} steps)"
    deadline = clock.training_deadline
    if deadline is not None and training_ends > deadline:
        share = (deadline - (clock.train_start or 0.0)) / max(
            training_ends - (clock.train_start or 0.0), 1e-9
        )
        events.emit(events.Notice(
            f"{passes} would take about {describe_duration(whole)} on this machine; the "
            f"--time-budget of {describe_duration(clock.budget)} ends training after about "
            f"{share * epochs:.1f} epochs, and the bot may not sound like the account yet: "
            "leave out --time-budget to train them all", warning=True,
        ))  # fmt: skip
    elif deadline is None and whole > LONG_RUN_SECONDS:
        events.emit(events.Notice(
            f"{passes} will take about {describe_duration(whole)} on this machine: let it run "
            "(Ctrl-C stops it, and the same command continues it), or cap it with "
            f"--time-budget {LONG_RUN_SECONDS // 60}m or fewer --epochs, and the bot may sound "
            "less like the account", warning=True,
        ))  # fmt: skip
    else:
        events.emit(events.Notice(
            f"{passes}: about {describe_duration(whole)} for the whole run on this machine"
        ))  # fmt: skip


@contextmanager
def attention_implementation(model, implementation: str) -> Iterator[None]:
    """The model with another attention implementation for a while.

    Training steps on the kept states use eager attention: for 2 blocks of 256 tokens of short
    posts a step is 3% faster than with SDPA on 2 cores (`bench/step_costs.py`), while the
    frozen pass, 8 blocks at a time, is faster with SDPA (9.9 against 11.9 s on andreruffert).
    """
    before = model.config._attn_implementation
    model.set_attn_implementation(implementation)
    try:
        yield
    finally:
        model.set_attn_implementation(before)
