"""Training on its person's judgements: KTO through TRL (`twinpost tune`).

A "sounds like me" or "not me" is an unpaired label, which is what KTO learns from
(`trl.KTOTrainer`: rows of prompt, completion and label, no pairs needed). DPO would drop
every prompt without both a liked and a disliked post, and most have one post.

The rows, as the bot reads a post (dataset.py): the prompt is the end-of-post token that
starts every post (and a cyborg's speaker prefix; `start_text`), the completion is the post's
text, and TRL adds the closing end-of-post token. Beside the labelled posts, real posts of
the account are known positives, as many as the labelled posts, so a few clicks cannot drag
the bot away from the account. They come from the bot's training side of the split, never
its held-out posts, which `twinpost eval` scores. The undesirable rows are weighted so that
KTO's two sides stay within the ratio its authors recommend (desirable weight x count between
1 and 4/3 of the undesirable's).

The reference model is the bot itself, loaded once more and never trained; its
log-probabilities are computed once, before training (`precompute_ref_log_probs`). The rows
are read in an order fixed by the seed, so a stopped run continues where it stopped
(checkpoint.py), against the same reference.
"""

from __future__ import annotations

import math
import os
import random
import tempfile
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from twinpost import events
from twinpost.data.posts import Post
from twinpost.events import RunClock
from twinpost.training.dataset import post_start_id, reply_context, speaker_prefix

# Measured on the shared accounts (BENCHMARKS.md, "Learning from picks").
TUNE_LR = 2e-5
TUNE_EPOCHS = 1.0
TUNE_BETA = 0.1
TUNE_BATCH = 8  # rows a step; KTO's KL estimate needs more than 1
REAL_PER_LABEL = 1.0  # real posts of the account added per labelled post
MAX_TUNE_TOKENS = 192  # a post and its prompt; longer are cut at the end


@dataclass(frozen=True)
class Judged:
    """One labelled post: `label` True for "sounds like me"; `weight` 2 for its person's own
    edit (the row is read twice)."""

    text: str
    label: bool
    weight: float = 1.0
    speaker: str | None = None
    reply_to: str | None = None  # a reply: the post it answers, read before it
    reply_to_author: str | None = None


@dataclass(frozen=True)
class TuneSettings:
    lr: float = TUNE_LR
    epochs: float = TUNE_EPOCHS
    beta: float = TUNE_BETA
    batch_size: int = TUNE_BATCH


def start_text(tokenizer) -> str:
    """What a row's prompt starts with so that TRL's tokenization begins a post as the bot
    reads one (dataset.py): nothing where the tokenizer adds the post-start token itself
    (SmolLM2 adds its bos, which is its eos), else that token's text."""
    start = post_start_id(tokenizer)
    return "" if tokenizer("")["input_ids"][:1] == [start] else tokenizer.decode([start])


def preference_rows(
    judged: list[Judged], train: list[Post], tokenizer, speakers: bool, seed: int
) -> list[dict]:
    """The rows KTO reads: the labelled posts and as many real ones (posts that answer
    nothing, from the training side), shuffled by the seed. A labelled reply reads what it
    answers first, framed as the bot reads it (`reply_context`)."""
    rng = random.Random(seed)
    start = start_text(tokenizer)

    def prompt(speaker: str | None, reply_to: str | None = None, author: str | None = None):
        context = reply_context(tokenizer, reply_to, author) if reply_to or author else []
        return (start + (speaker_prefix(speaker) if speakers and speaker else "")
                + tokenizer.decode(context))  # fmt: skip

    rows = []
    for item in judged:
        for _ in range(max(1, round(item.weight))):
            rows.append({"prompt": prompt(item.speaker, item.reply_to, item.reply_to_author),
                         "completion": item.text, "label": bool(item.label)})  # fmt: skip
    plain = [p for p in train if not p.is_reply]
    real = rng.sample(plain, min(len(plain), math.ceil(len(judged) * REAL_PER_LABEL)))
    rows += [{"prompt": prompt(p.account), "completion": p.text, "label": True} for p in real]
    rng.shuffle(rows)
    return rows


def undesirable_weight(rows: list[dict]) -> float:
    """KTO's weight on the "not me" side, so that desirable x 1 is 1 to 4/3 of it (TRL warns
    outside that range): here 1.15 of it."""
    good = sum(r["label"] for r in rows)
    bad = len(rows) - good
    return good / (bad * 1.15) if bad else 1.0


def run_kto(
    model,
    reference,
    tokenizer,
    rows: list[dict],
    settings: TuneSettings,
    device,
    clock: RunClock,
    bf16: bool,
    seed: int,
    callbacks: list,
    skip: int = 0,
    optimizers=(None, None),
) -> tuple[int, float]:
    """Train `model` on `rows` with KTO against `reference`; (steps made, seconds)."""
    import datasets
    from transformers import PrinterCallback
    from trl import KTOConfig, KTOTrainer

    datasets.disable_progress_bars()  # the run's own events report progress

    remaining = rows[skip * settings.batch_size :]
    started = time.perf_counter()
    events.stage("training", "Training on the labels")
    if len(remaining) < 2 or clock.out_of_training_time:
        return 0, 0.0
    with tempfile.TemporaryDirectory(prefix="twinpost-tune-") as scratch:
        args = KTOConfig(
            output_dir=scratch,
            per_device_train_batch_size=settings.batch_size,
            num_train_epochs=1,  # `rows` holds every epoch, in order
            max_steps=math.ceil(len(remaining) / settings.batch_size),
            learning_rate=settings.lr,
            lr_scheduler_type="cosine",
            warmup_steps=0,
            beta=settings.beta,
            desirable_weight=1.0,
            undesirable_weight=undesirable_weight(rows),
            precompute_ref_log_probs=True,
            precompute_ref_batch_size=16,
            max_length=MAX_TUNE_TOKENS,
            train_sampling_strategy="sequential",
            activation_checkpointing=False,  # TRL's default is on; for 135M it only costs time
            bf16=bf16,
            use_cpu=device.type == "cpu",
            logging_steps=1,
            save_strategy="no",
            report_to=[],
            disable_tqdm=True,
            dataloader_num_workers=0,
            dataset_num_proc=None,
            seed=seed,
        )  # fmt: skip
        # TRL's pass over the reference draws its own tqdm bar; the run's events report.
        with _environ(TQDM_DISABLE="1"), warnings.catch_warnings():
            # TRL 1.16 asks transformers 5 for a name it has since renamed; nothing to act on
            warnings.filterwarnings("ignore", ".*gradient_checkpointing", FutureWarning)
            trainer = KTOTrainer(
                model=model,
                ref_model=reference,
                args=args,
                train_dataset=datasets.Dataset.from_list(remaining),
                processing_class=tokenizer,
                callbacks=callbacks,
                optimizers=optimizers,
            )
            trainer.remove_callback(PrinterCallback)
            trainer.train()
    return clock.step, time.perf_counter() - started


@contextmanager
def _environ(**values: str) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def epochs_of(rows: list[dict], epochs: float, seed: int) -> list[dict]:
    """`rows` repeated for `epochs` passes, each pass in its own seeded order."""
    rng = random.Random(seed)
    out: list[dict] = []
    whole = math.floor(epochs)
    for _ in range(whole):
        shuffled = rows[:]
        rng.shuffle(shuffled)
        out += shuffled
    part = round((epochs - whole) * len(rows))
    if part:
        out += rng.sample(rows, part)
    return out
