"""The two recipes the benchmarks compare, on the same split, base model and machine.

- `established_recipe`: huggingtweets' fine-tuning as it ran: HF Trainer, batch size 1,
  1024-token blocks of posts joined by eos with 4 shuffled copies of the data concatenated
  (its epochs were baked into the text), fp32, full fine-tuning, lr 1.372e-4, cosine schedule,
  no warm-up, stopped by a wall-clock budget.
- `twinpost_recipe`: `twinpost train` with its defaults and a time budget.

Both report the held-out loss of `twinpost.training.held_out` (the training issue's definition).
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch

from twinpost.config import TrainConfig
from twinpost.data.corpus import Corpus
from twinpost.training.base_model import resolve_base
from twinpost.training.dataset import Split, load_post_tokenizer, split_posts, tokenize_split
from twinpost.training.held_out import held_out_loss

HELD_OUT = 0.2  # the benchmark's 80/20 split
SEED = 0
ESTABLISHED_LR = 1.372e-4
ESTABLISHED_BLOCK = 1024
ESTABLISHED_COPIES = 4


@dataclass
class Curve:
    """Held-out loss against training seconds (evaluation time excluded)."""

    name: str
    before: float
    points: list[tuple[float, float]] = field(default_factory=list)  # (seconds, loss)
    tokens_per_second: float = 0.0
    actual_seconds: list[float] = field(default_factory=list)  # budgets overrun by < 1 step
    run_tokens_per_second: list[float] = field(default_factory=list)  # one per budget's run

    def loss_at(self, seconds: float) -> float | None:
        """The loss of the last point at or before `seconds` (a run stopped by budget)."""
        done = [loss for t, loss in self.points if t <= seconds + 1e-6]
        return done[-1] if done else None


def benchmark_split(corpus: Corpus) -> Split:
    return split_posts(corpus.posts, HELD_OUT, SEED)


def established_recipe(corpus: Corpus, budget: float, checkpoints: list[float]) -> Curve:
    """Train the established way for `budget` seconds, scoring at each checkpoint."""
    from transformers import AutoModelForCausalLM, Trainer, TrainerCallback, TrainingArguments

    base = resolve_base()
    tokenizer = load_post_tokenizer(base)
    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
    split = benchmark_split(corpus)
    # The held-out posts as twinpost scores them (held_out.py): a reply after what it answers.
    # Both recipes are scored on these same sequences; the established recipe trains on the
    # posts' text alone, as it did.
    held = tokenize_split(split, tokenizer, replies=TrainConfig().reply_context).held_out
    pad = tokenizer.pad_token_id
    curve = Curve("established", before=held_out_loss(model, held, pad))

    rng = random.Random(SEED)
    stream: list[int] = []
    texts = [p.text for p in split.train]
    for _ in range(ESTABLISHED_COPIES):
        rng.shuffle(texts)
        joined = tokenizer.eos_token.join(texts) + tokenizer.eos_token
        stream += tokenizer(joined, add_special_tokens=False)["input_ids"]
    blocks = [
        {
            "input_ids": stream[i : i + ESTABLISHED_BLOCK],
            "labels": stream[i : i + ESTABLISHED_BLOCK],
        }
        for i in range(0, len(stream) - ESTABLISHED_BLOCK + 1, ESTABLISHED_BLOCK)
    ]

    class Clock(TrainerCallback):
        """Stops at the budget and scores at checkpoints, keeping scoring off the clock."""

        def __init__(self) -> None:
            self.started = 0.0
            self.paused = 0.0
            self.pending = sorted(checkpoints)
            self.steps = 0

        def elapsed(self) -> float:
            return time.perf_counter() - self.started - self.paused

        def on_train_begin(self, args, state, control, **kwargs):
            self.started = time.perf_counter()

        def on_step_end(self, args, state, control, **kwargs):
            self.steps = state.global_step
            while self.pending and self.elapsed() >= self.pending[0]:
                # Recorded at the checkpoint's nominal time, though the step that crossed it
                # ran up to one step (~8 s) longer: the benefit of the doubt goes to the baseline.
                at = self.pending.pop(0)
                t0 = time.perf_counter()
                curve.points.append((at, held_out_loss(model, held, pad)))
                self.paused += time.perf_counter() - t0
                print(f"  established {at:6.0f} s  loss {curve.points[-1][1]:.4f}", flush=True)
            if self.elapsed() >= budget:
                control.should_training_stop = True
            return control

    clock = Clock()
    with tempfile.TemporaryDirectory() as scratch:
        args = TrainingArguments(
            output_dir=scratch,
            per_device_train_batch_size=1,
            num_train_epochs=1,
            learning_rate=ESTABLISHED_LR,
            lr_scheduler_type="cosine",
            warmup_steps=0,
            use_cpu=True,
            save_strategy="no",
            report_to="none",
            disable_tqdm=True,
            logging_strategy="no",
            seed=SEED,
        )
        trainer = Trainer(model=model, args=args, train_dataset=blocks, callbacks=[clock])
        trainer.train()
    seconds = clock.elapsed()
    if not curve.points or curve.points[-1][0] < seconds - 1:
        curve.points.append((seconds, held_out_loss(model, held, pad)))
    curve.tokens_per_second = clock.steps * ESTABLISHED_BLOCK / seconds
    return curve


def twinpost_recipe(
    source: str, budgets: list[float], keep: Path, extra_args: list[str] | None = None
) -> tuple[Curve, float]:
    """One `twinpost train` process per budget (its schedule depends on the budget).

    Each runs as a child process, so its peak memory is measured as users would see it.
    The bot of the last budget is kept at `keep`. Returns the curve and the peak RSS in GiB.
    """
    curve = Curve("twinpost", before=0.0)
    tokens, seconds, rss = 0, 0.0, 0.0
    for budget in budgets:
        if keep.exists():
            shutil.rmtree(keep)
        command = [sys.executable, "-m", "twinpost", "train", source, "--out", str(keep),
                   "--time-budget", f"{budget}s", "--held-out", str(HELD_OUT),
                   "--seed", str(SEED), *(extra_args or [])]  # fmt: skip
        rss = max(rss, measured_run(command))
        record = json.loads((keep / "twinpost.json").read_text())
        loss, training = record["held_out_loss"], record["training"]
        curve.before = loss["before"]
        curve.points.append((budget, loss["after"]))
        curve.actual_seconds.append(training["seconds"])
        tokens += training["tokens_seen"]
        seconds += training["seconds"]
        curve.run_tokens_per_second.append(training["tokens_seen"] / training["seconds"])
        print(f"  twinpost    {budget:6.0f} s  loss {loss['after']:.4f}", flush=True)
    curve.tokens_per_second = tokens / seconds
    return curve, rss


_MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
    "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def measured_run(command: list[str]) -> float:
    """Run `command` in a fresh wrapper process and return its peak RSS in GiB."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], check=True, capture_output=True, text=True
    )
    return int(done.stdout.strip()) / 2**20  # Linux reports KiB
