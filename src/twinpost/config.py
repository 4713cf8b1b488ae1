"""Typed settings for training and generation. Every default has its range and reason.

Precedence everywhere: command-line flag, then `TWINPOST_*` environment variable, then the
default here. The defaults were chosen by measurement on a 2-core CPU (see BENCHMARKS.md).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Literal

from twinpost.errors import TwinpostError

Method = Literal["full", "lora", "top"]


@dataclass
class TrainConfig:
    base: str | None = None  # None: the embedded SmolLM2-135M; else a local folder or hub id
    method: Method = "top"  # full | lora | top: which weights train (BENCHMARKS.md)
    # With method=top: how many of the 30 blocks train (4-30). 10 gave the lowest held-out
    # loss at 60 s (4.22 against 4.29 for 20 and 4.31 for 30, BENCHMARKS.md): each step costs
    # a third of a full one, so more steps fit the budget. 8 lost at 150 s; 12 and more win
    # there on small accounts but fall below 4x the established recipe's tokens/s.
    top_layers: int = 10
    lora_rank: int = 16  # with method=lora: 4-64; alpha is twice the rank
    # Seconds of training at most (30-3600); None trains all epochs. A cap, not a target:
    # accounts of a few thousand posts finish their epochs in one to two minutes.
    time_budget: float | None = 300.0
    # Passes over the training posts (0.5-10). Held-out loss is best at 1.5-2 and rises
    # after: 70M trainable weights start memorising a few thousand posts (BENCHMARKS.md).
    epochs: float = 2.0
    # Peak learning rate, warm-up then cosine decay (1e-4 to 2e-3). With batches of 2 blocks,
    # 7e-4 beat 1e-3 and 5e-4 at 150 s (BENCHMARKS.md).
    lr: float = 7e-4
    warmup: float = 0.05  # share of the run spent warming up the learning rate (0-0.1)
    # Blocks per step (1-32). 2 blocks of 256 tokens: twice the optimizer steps of 4 for the
    # same tokens, and a lower held-out loss at 150 s; 8 lost to 4 at 60 s (BENCHMARKS.md).
    batch_size: int = 2
    block_size: int = 256  # tokens per block; posts are packed whole (128-1024)
    mask_across_posts: bool = True  # attention stays inside each packed post
    cache_frozen: bool = True  # method=top: run the frozen lower blocks once per post
    # torch.compile the model: its compile time on 2 cores outweighs its gain within any
    # budget we measured (BENCHMARKS.md), so only the recipe sweep turns it on.
    torch_compile: bool = False
    held_out: float = 0.1  # share of posts held out to measure the loss (0.05-0.3)
    seed: int = 42
    device: Literal["auto", "cpu", "cuda"] = "auto"
    bf16: bool | None = None  # None: bf16 autocast where the hardware has it
    strict_seed_rules: bool = False
    # none | wandb | mlflow | tensorboard: the Trainer's report_to (trackers: twinpost[track])
    report_to: str = "none"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def field_names(cls) -> set[str]:
        return {f.name for f in fields(cls)}


@dataclass
class GenerateConfig:
    # The established tool sampled with top_p=0.95 at temperature 1.0; posts fit in 80 tokens
    # more than 99% of the time in the shared samples, 120 leaves room for long ones.
    temperature: float = 1.0
    top_p: float = 0.95
    max_new_tokens: int = 120
    n: int = 10
    seed: int | None = None
    allow_copies: bool = False


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(h|m|s)?", re.IGNORECASE)
_SECONDS_PER = {"h": 3600, "m": 60, "s": 1, None: 1}


def parse_duration(text: str) -> float | None:
    """'90s', '5m', '1m30s', '1.5h' or '90' (seconds) to seconds; 'none' for no budget."""
    cleaned = text.strip().lower()
    if cleaned in {"none", "off", "0"}:
        return None
    pos, total = 0, 0.0
    while pos < len(cleaned):
        match = _DURATION_PART.match(cleaned, pos)
        if not match or match.end() == pos:
            break
        total += float(match.group(1)) * _SECONDS_PER[match.group(2)]
        pos = match.end()
        while pos < len(cleaned) and cleaned[pos] == " ":
            pos += 1
    if pos != len(cleaned) or total <= 0:
        raise TwinpostError(
            f"--time-budget {text!r}: not a duration; use e.g. 90s, 5m, 1m30s or none"
        )
    return total


def build_train_config(
    time_budget: str | None = None,
    method: str | None = None,
    device: str | None = None,
    **overrides: object,
) -> TrainConfig:
    """A TrainConfig from the given settings; None means 'keep the default'."""
    config = TrainConfig()
    if time_budget is not None:
        config.time_budget = parse_duration(time_budget)
    if method is not None:
        if method not in ("full", "lora", "top"):
            raise TwinpostError(f"--method {method!r}: use full, lora or top")
        config.method = method  # type: ignore[assignment]
    if device is not None:
        if device not in ("auto", "cpu", "cuda"):
            raise TwinpostError(f"--device {device!r}: use auto, cpu or cuda")
        config.device = device  # type: ignore[assignment]
    for name, value in overrides.items():
        if value is not None:
            setattr(config, name, value)
    _check_train_config(config)
    return config


def _check_train_config(config: TrainConfig) -> None:
    checks = [
        (config.epochs > 0, "--epochs must be above 0"),
        (config.lr > 0, "--lr must be above 0"),
        (config.batch_size >= 1, "--batch-size must be at least 1"),
        (16 <= config.block_size <= 8192, "--block-size must be between 16 and 8192"),
        (config.top_layers >= 1, "--top-layers must be at least 1"),
        (config.lora_rank >= 1, "--lora-rank must be at least 1"),
        (0 < config.held_out < 1, "held-out share must be between 0 and 1"),
    ]
    for ok, message in checks:
        if not ok:
            raise TwinpostError(message)


def build_generate_config(**overrides: object) -> GenerateConfig:
    config = GenerateConfig()
    for name, value in overrides.items():
        if value is not None:
            setattr(config, name, value)
    return config
