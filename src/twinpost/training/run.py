"""The training run: base model + kept posts -> a bot folder, within a wall-clock budget.

It uses the Hugging Face Trainer. Two twinpost pieces plug into it: a clock that stops the
run cleanly when the time budget is spent, and a learning-rate schedule (warm-up, then
cosine) over the share of the run done, measured in time or steps, whichever is further,
so a run cut by its budget still ends at a low learning rate.
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

from twinpost.config import TrainConfig
from twinpost.data.corpus import Corpus
from twinpost.errors import TwinpostError
from twinpost.hf import quiet_transformers
from twinpost.training.dataset import (
    IGNORE_INDEX,
    build_blocks,
    load_post_tokenizer,
    split_posts,
    tokenize_split,
)
from twinpost.training.frozen import FrozenPrefix
from twinpost.training.held_out import held_out_loss


@dataclass
class TrainResult:
    bot_dir: Path
    held_out_before: float
    held_out_after: float
    steps: int
    tokens_seen: int
    train_seconds: float
    stopped_by: str  # "budget" or "epochs"
    timings: dict[str, float] = field(default_factory=dict)


class RunClock:
    """Share of the run done: by time against the budget, or by steps against the plan."""

    def __init__(self, budget: float | None, planned_steps: int) -> None:
        self.budget = budget
        self.planned_steps = max(planned_steps, 1)
        self.started: float | None = None
        self.step = 0

    def start(self) -> None:
        self.started = time.perf_counter()

    @property
    def elapsed(self) -> float:
        return 0.0 if self.started is None else time.perf_counter() - self.started

    @property
    def done(self) -> float:
        by_steps = self.step / self.planned_steps
        by_time = self.elapsed / self.budget if self.budget else 0.0
        return min(1.0, max(by_steps, by_time))

    @property
    def out_of_time(self) -> bool:
        return self.budget is not None and self.elapsed >= self.budget


def lr_factor(done: float, warmup: float) -> float:
    """Linear warm-up to 1, then cosine decay to 0, over the share of the run done."""
    if done < warmup:
        return done / warmup
    return 0.5 * (1 + math.cos(math.pi * (done - warmup) / max(1e-9, 1 - warmup)))


def resolve_device(device: str) -> torch.device:
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device == "cuda" and not torch.cuda.is_available():
        raise TwinpostError("--device cuda: no CUDA GPU is available here; use --device cpu")
    return torch.device(device)


def use_bf16(config: TrainConfig, device: torch.device) -> bool:
    """bf16 autocast: 2.3x faster than fp32 on this CPU (BENCHMARKS.md), where supported."""
    if config.bf16 is not None:
        return config.bf16
    if device.type == "cuda":
        return torch.cuda.is_bf16_supported()
    return torch.backends.mkldnn.is_available()


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


def train_on_corpus(
    corpus: Corpus,
    out_dir: Path,
    config: TrainConfig,
    show_progress: bool = True,
    callbacks: list | None = None,
) -> TrainResult:
    """Train a bot on `corpus` and write it to `out_dir` atomically. `callbacks` are extra
    transformers TrainerCallbacks, e.g. the server's, which reports progress to a job."""
    from transformers import AutoModelForCausalLM

    from twinpost.bot.folder import check_writable, write_bot
    from twinpost.home import user_home
    from twinpost.progress import stage
    from twinpost.training.base_model import resolve_base

    check_writable(out_dir)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    base_dir = resolve_base(config.base)
    quiet_transformers()
    tokenizer = load_post_tokenizer(base_dir)
    model = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    device = resolve_device(config.device)
    model.to(device)
    timings["load_base"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    split = split_posts(corpus.posts, config.held_out, config.seed)
    tokens = tokenize_split(split, tokenizer, cache_dir=user_home() / "datasets")
    pad_id = (
        tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    )
    blocks = build_blocks(
        tokens.train, config.epochs, config.block_size, pad_id, config.mask_across_posts,
        config.seed,
    )  # fmt: skip
    timings["dataset"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    with stage("Scoring before training", "held-out posts", show_progress) as on_progress:
        before = held_out_loss(model, tokens.held_out, pad_id, on_progress)
    timings["score_before"] = time.perf_counter() - t0

    trainable = set_trainable(model, config)
    frozen = None
    frozen_layers = len(model.model.layers) - config.top_layers if config.method == "top" else 0
    if frozen_layers > 0 and config.mask_across_posts and config.cache_frozen:
        posts = [seq for seqs in tokens.train.values() for seq in seqs]
        frozen = FrozenPrefix(model, config.top_layers, posts)
    steps, tokens_seen, seconds, stopped_by = _run_trainer(
        trainable, blocks, config, device, show_progress, callbacks, frozen, pad_id
    )
    timings["train"] = seconds
    if config.method == "lora":
        model = trainable.merge_and_unload()
    model.requires_grad_(True)

    t0 = time.perf_counter()
    with stage("Scoring after training", "held-out posts", show_progress) as on_progress:
        after = held_out_loss(model, tokens.held_out, pad_id, on_progress)
    timings["score_after"] = time.perf_counter() - t0
    result = TrainResult(
        bot_dir=out_dir,
        held_out_before=before,
        held_out_after=after,
        steps=steps,
        tokens_seen=tokens_seen,
        train_seconds=seconds,
        stopped_by=stopped_by,
        timings=timings,
    )
    write_bot(out_dir, model, tokenizer, corpus, config, result, split, base_dir)
    from twinpost.training.tracking import log_run_artifacts

    log_run_artifacts(out_dir, config)  # W&B only: the datasets and the bot as artifacts
    return result


def _run_trainer(
    model,
    blocks,
    config: TrainConfig,
    device,
    show_progress: bool,
    callbacks: list | None,
    frozen: FrozenPrefix | None,
    pad_id: int,
):
    from transformers import PrinterCallback, TrainingArguments

    from twinpost.progress import TrainingProgress, stage
    from twinpost.training.tracking import trainer_report_to

    steps_planned = math.ceil(len(blocks) / config.batch_size)
    clock = RunClock(config.time_budget, steps_planned)
    params = [p for p in model.parameters() if p.requires_grad]
    # Fused AdamW: one kernel over all the trained weights instead of a few per tensor.
    optimizer = torch.optim.AdamW(params, lr=config.lr, weight_decay=0.0, fused=True)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        # Never 0, or the first step (taken at time 0) would be wasted.
        optimizer,
        lambda _: lr_factor(max(clock.done, 1 / clock.planned_steps), config.warmup),
    )
    bf16 = use_bf16(config, device)
    with tempfile.TemporaryDirectory(prefix="twinpost-trainer-") as scratch:
        args = TrainingArguments(
            output_dir=scratch,
            per_device_train_batch_size=config.batch_size,
            num_train_epochs=1,  # `blocks` already holds every epoch, reshuffled and rebalanced
            max_steps=steps_planned,
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
        # Tokens of posts, padding not counted: blocks are drawn uniformly, so a step holds
        # the blocks' mean on average.
        per_block = sum(sum(b["lengths"]) for b in blocks) / max(len(blocks), 1)
        progress = TrainingProgress(clock, config.batch_size * per_block, show_progress)
        trainer = _post_trainer_class()(
            model=model,
            args=args,
            train_dataset=blocks,
            data_collator=_collate_blocks(config.mask_across_posts, frozen),
            optimizers=(optimizer, schedule),
            callbacks=[progress, *(callbacks or [])],
        )
        trainer.remove_callback(PrinterCallback)  # our progress bar replaces its log lines
        clock.start()  # the budget covers the frozen blocks' pass too
        if frozen is None:
            trainer.train()
        else:
            with stage("Frozen lower blocks", "posts", show_progress) as on_progress:
                frozen.compute(config.block_size, pad_id, bf16, on_progress)
            with frozen.top_only(), attention_implementation(model, "eager"):
                trainer.train()
    stopped_by = "budget" if clock.out_of_time and clock.step < steps_planned else "epochs"
    return clock.step, round(progress.tokens_seen), clock.elapsed, stopped_by


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


def unwrapped(model):
    """The transformers model inside a peft (LoRA) wrapper, or the model itself."""
    return model.get_base_model() if hasattr(model, "get_base_model") else model


def predicted_tokens_loss(model, batch: dict, frozen_head: torch.Tensor | None = None):
    """Mean cross-entropy over the predicted tokens of `batch` (labels not IGNORE_INDEX).

    transformers' causal-LM loss runs the output layer (576 x 49,152, the costliest matmul of
    a top-blocks step) over every position, padding and each post's first token included.
    This runs it on the predicted positions only. `frozen_head` is a copy of an output layer
    that does not train (a bf16 one saves recasting it at every step under autocast); with it,
    the loss and its gradient are computed together by `FrozenHeadCrossEntropy`. Same loss.
    """
    inputs = dict(batch)
    labels = inputs.pop("labels")
    base = unwrapped(model)
    hidden = base.get_decoder()(**inputs).last_hidden_state
    targets = labels[:, 1:]
    predicted = targets != IGNORE_INDEX
    rows = hidden[:, :-1][predicted]
    head = base.get_output_embeddings()
    if frozen_head is not None and head.bias is None and rows.requires_grad:
        return FrozenHeadCrossEntropy.apply(rows, frozen_head, targets[predicted])
    if frozen_head is None:
        logits = head(rows)
    else:
        logits = torch.nn.functional.linear(rows.to(frozen_head.dtype), frozen_head, head.bias)
    loss = torch.nn.functional.cross_entropy(logits.float(), targets[predicted], reduction="sum")
    return loss / predicted.sum().clamp(min=1)


class FrozenHeadCrossEntropy(torch.autograd.Function):
    """Mean cross-entropy of `rows @ weight.T` against `targets`, for a weight that does not
    train, with the gradient for `rows` computed in the forward pass.

    The loss is a training step's last op, so its gradient is known in the forward pass:
    softmax(logits) minus one at the targets. Computing it there, in the weight's dtype and a
    chunk of rows at a time, spares autograd's fp32 copy of the 49,152-wide logits, its
    log-softmax and its backward: a default training step is 1.16x faster on 2 cores
    (`bench/step_costs.py`), with the same loss and a gradient within bf16 rounding. Written
    here because the libraries that fuse this (Liger Kernel, Apple's cut-cross-entropy) run
    on GPUs only.
    """

    CHUNK = 256  # rows per pass: 256 x 49,152 bf16 logits are 25 MB

    @staticmethod
    def forward(ctx, rows: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor):
        n = max(rows.shape[0], 1)
        total = torch.zeros((), dtype=torch.float32, device=rows.device)
        grads = torch.empty(rows.shape, dtype=weight.dtype, device=rows.device)
        with torch.autocast(rows.device.type, enabled=False):
            x = rows.detach().to(weight.dtype)
            for start in range(0, rows.shape[0], FrozenHeadCrossEntropy.CHUNK):
                end = min(start + FrozenHeadCrossEntropy.CHUNK, rows.shape[0])
                probs = torch.softmax(x[start:end] @ weight.T, dim=-1)
                at = (torch.arange(end - start, device=rows.device), targets[start:end])
                # Clamped: a target below float's smallest normal would give an infinite loss.
                total -= probs[at].float().clamp(min=torch.finfo(torch.float32).tiny).log().sum()
                probs[at] -= 1
                torch.mm(probs, weight, out=grads[start:end])
        ctx.save_for_backward(grads)
        ctx.scale, ctx.rows_dtype = 1.0 / n, rows.dtype
        return total / n

    @staticmethod
    def backward(ctx, grad_output: torch.Tensor):
        (grads,) = ctx.saved_tensors
        return grads.to(ctx.rows_dtype) * (grad_output * ctx.scale), None, None


def _post_trainer_class():
    from transformers import Trainer

    class PostTrainer(Trainer):
        """The Trainer with `predicted_tokens_loss` as its loss."""

        frozen_head: torch.Tensor | None = None

        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            head = unwrapped(model).get_output_embeddings().weight
            if self.frozen_head is None and self.args.bf16 and not head.requires_grad:
                self.frozen_head = head.detach().to(torch.bfloat16)  # cast once, not per step
            # accelerate puts autocast around the model's forward; this loss calls the decoder
            # and the output layer itself, so it enters autocast itself.
            with self.accelerator.autocast():
                loss = predicted_tokens_loss(model, inputs, self.frozen_head)
            return (loss, {"loss": loss}) if return_outputs else loss

    return PostTrainer


def _collate_blocks(with_positions: bool, frozen: FrozenPrefix | None = None):
    def collate(blocks: list[dict[str, list[int]]]) -> dict[str, torch.Tensor]:
        batch: dict = {"labels": torch.tensor([b["labels"] for b in blocks]), "use_cache": False}
        if frozen is None:
            batch["input_ids"] = torch.tensor([b["input_ids"] for b in blocks])
        else:
            batch["inputs_embeds"] = torch.stack([frozen.embeds(b) for b in blocks])
        if with_positions:
            # With no attention mask, restarting positions make transformers mask across posts.
            batch["position_ids"] = torch.tensor([b["position_ids"] for b in blocks])
        return batch

    return collate
