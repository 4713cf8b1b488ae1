"""Every setting of training and writing, declared once: its default, its allowed range, its
help and the reason for its default.

The CLI's options take their help from here, the server's request schemas take their ranges
from here (tighter only by an explicit override, with its reason, in `server/limits.py`), and
`twinpost update` reloads a bot's settings through here. A config is checked whenever it is
made or changed, on every path: a value out of range or a name that is no setting is a
`TwinpostError` naming the option.

Precedence everywhere: command-line flag, then `TWINPOST_*` environment variable, then the
default here. The defaults were chosen by measurement on a 2-core CPU (see BENCHMARKS.md).
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal, Self

from twinpost.errors import TwinpostError

Method = Literal["full", "lora", "top"]


@dataclass(frozen=True)
class Range:
    """The values a setting allows. `above` is an exclusive lower bound, `low`/`high` are
    inclusive; `choices` lists the allowed strings."""

    low: float | None = None
    high: float | None = None
    above: float | None = None
    choices: tuple[str, ...] | None = None

    def problem(self, value: object) -> str | None:
        """Why `value` is not allowed, or None."""
        if value is None or self == Range():
            return None
        if self.choices is not None:
            return None if value in self.choices else f"use one of {', '.join(self.choices)}"
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "must be a number"
        if not math.isfinite(value):
            return "must be a finite number"
        if self.above is not None and value <= self.above:
            return f"must be above {_number(self.above)}{self._upto()}"
        if self.low is not None and value < self.low:
            return f"must be at least {_number(self.low)}{self._upto()}"
        if self.high is not None and value > self.high:
            return f"must be at most {_number(self.high)}"
        return None

    def _upto(self) -> str:
        return "" if self.high is None else f" and at most {_number(self.high)}"


def _number(value: float) -> str:
    """A bound as people read it: 4294967295, not 4.29497e+09; 0.1, not 0.1000."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def setting(
    default: Any, help: str, allowed: Range | None = None, flag: bool = True, like: Any = None
) -> Any:
    """A dataclass field carrying its help and allowed range. `flag=False`: no CLI option
    (a setting for experiments, set from Python or the recipe sweep). `like`: a value of the
    setting's type, where the default (None: decided at run time) does not show it."""
    metadata = {"help": help, "range": allowed or Range(), "flag": flag}
    if like is not None:
        metadata["like"] = like
    return dataclasses.field(default=default, metadata=metadata)


class _Settings:
    """What TrainConfig and GenerateConfig share: checking, building by name, describing."""

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> None:
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            problem = f.metadata["range"].problem(value)
            if problem is None and value is not None:
                problem = _type_problem(f.metadata.get("like", f.default), value)
            if problem:
                raise TwinpostError(f"{flag_name(f.name)} {_shown(value)}: {problem}")

    @classmethod
    def from_settings(cls, **given: Any) -> Self:
        """The defaults with `given` applied; None keeps a default. Unknown names are errors."""
        return cls().replace(**given)

    def replace(self, **given: Any) -> Self:
        """A checked copy with `given` applied; None keeps the current value."""
        known = cls_fields(type(self))
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise TwinpostError(
                f"unknown setting {', '.join(unknown)}: the settings are {', '.join(known)}"
            )
        changes = {k: self._parse(k, v) for k, v in given.items() if v is not None}
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]

    @classmethod
    def from_dict(cls, saved: dict) -> Self:
        """A config from a bot's record; settings a newer twinpost dropped are ignored."""
        known = cls_fields(cls)
        return cls(**{k: v for k, v in saved.items() if k in known})

    def to_dict(self) -> dict:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def help(cls, name: str) -> str:
        return cls_fields(cls)[name].metadata["help"]

    @classmethod
    def allowed(cls, name: str) -> Range:
        return cls_fields(cls)[name].metadata["range"]

    def _parse(self, name: str, value: Any) -> Any:
        return value


def cls_fields(cls: type) -> dict[str, dataclasses.Field]:
    return {f.name: f for f in fields(cls)}


def flag_name(name: str) -> str:
    return "--" + name.replace("_", "-")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _type_problem(default: object, value: object) -> str | None:
    if isinstance(default, bool) and not isinstance(value, bool):
        return "must be true or false"
    whole = isinstance(default, int) and not isinstance(default, bool)
    if whole and (isinstance(value, bool) or not isinstance(value, int)):
        return "must be a whole number"
    if isinstance(default, str) and not isinstance(value, str):
        return "must be text"
    return None


@dataclass(frozen=True)
class TrainConfig(_Settings):
    base: str | None = setting(
        None, "Base model: a local Hugging Face folder, a GGUF file or a hub id; default: the "
        "embedded SmolLM2-135M.",
    )  # fmt: skip
    method: Method = setting(
        "top", "Which weights train: full, lora, or top (the top --top-layers blocks).",
        Range(choices=("full", "lora", "top")),
    )  # fmt: skip
    # With method=top: how many of the 30 blocks train. 10 gave the lowest held-out loss at
    # 60 s (4.22 against 4.29 for 20 and 4.31 for 30, BENCHMARKS.md): each step costs a third
    # of a full one, so more steps fit the budget. 8 lost at 150 s; 12 and more win there on
    # small accounts but fall below 4x the established recipe's tokens/s.
    top_layers: int = setting(10, "Blocks trained by --method top.", Range(low=1, high=1000))
    # With method=lora; alpha is twice the rank. 4-64 is the useful range for 135M weights.
    lora_rank: int = setting(16, "LoRA rank for --method lora.", Range(low=1, high=1024))
    # The whole run, reading to written bot (scoring and the card included), in seconds.
    # None, the default, trains all the epochs on any CPU, so a slow machine makes the same
    # bot as a fast one, later (a 300 s default bought 0.8 of a pass on an AVX2-only CPU and
    # 2 on an AVX512 one, BENCHMARKS.md). A cap the user sets, never a target; the run says
    # how long its epochs will take once its first steps are timed.
    time_budget: float | None = setting(
        None, "A cap on the whole run, reading to written bot (e.g. 90s, 5m); default: none, "
        "train all the epochs (the time they take is shown once training starts).",
        Range(above=0, high=7 * 24 * 3600),
    )  # fmt: skip
    # Held-out loss is best at 1.5-2 passes and rises after: 70M trainable weights start
    # memorising a few thousand posts (BENCHMARKS.md).
    epochs: float = setting(2.0, "Passes over the training posts.", Range(above=0, high=100))
    # Peak learning rate, warm-up then cosine decay. With batches of 2 blocks, 7e-4 beat 1e-3
    # and 5e-4 at 150 s (BENCHMARKS.md); above 1e-2 training diverges.
    lr: float = setting(7e-4, "Peak learning rate.", Range(above=0, high=0.1))
    warmup: float = setting(
        0.05, "Share of the training spent warming up the learning rate.", Range(low=0, high=0.5),
        flag=False,
    )  # fmt: skip
    # None: 2 blocks of 256 tokens on a CPU (twice the optimizer steps of 4 for the same
    # tokens, and a lower held-out loss at 150 s; 8 lost to 4 at 60 s, BENCHMARKS.md), and
    # on a GPU the most its memory holds (training/device.py).
    batch_size: int | None = setting(
        None, "Blocks per step; default: 2 on a CPU, sized to the GPU's memory on CUDA.",
        Range(low=1, high=512), like=2,
    )  # fmt: skip
    # Posts are packed whole; 128-1024 is the useful range (most posts are under 100 tokens).
    # 16 is the shortest block a post and its end fit in; 8192 is SmolLM2's context.
    block_size: int = setting(256, "Tokens per packed block.", Range(low=16, high=8192))
    # A cyborg's posts that name their account (`[@handle]` before the text), so it can write
    # as one account (`generate --as`); the rest keep the blend. Measured in BENCHMARKS.md.
    speaker_tags: float = setting(
        0.75, "Share of a cyborg's training posts prefixed with their account.",
        Range(low=0, high=1), flag=False,
    )  # fmt: skip
    # How a cyborg's accounts are evened out in each epoch: each account's posts drawn again
    # until it has as many posts as the largest ("posts"), or as many tokens ("tokens": an
    # account of short posts then weighs as much in the loss, which averages over tokens).
    balance: str = setting(
        "posts", "How a cyborg's accounts are evened out in each epoch: posts or tokens.",
        Range(choices=("posts", "tokens")), flag=False,
    )  # fmt: skip
    # Each reply reads what it answers first: the parent's text where known, else its author
    # (training/dataset.reply_context). Measured in BENCHMARKS.md, "Conversations".
    reply_context: bool = setting(
        True, "Train each reply after the post it answers.", flag=False
    )  # fmt: skip
    mask_across_posts: bool = setting(True, "Keep attention inside each packed post.", flag=False)
    cache_frozen: bool = setting(
        True, "With --method top, run the frozen lower blocks once per post.", flag=False
    )
    # Its compile time on 2 cores outweighs its gain within any budget we measured
    # (BENCHMARKS.md), so only the recipe sweep turns it on.
    torch_compile: bool = setting(False, "torch.compile the model.", flag=False)
    # 10%: about 100 posts of a small account, enough for a loss that moves by 0.01 at most
    # between seeds, while leaving 90% to learn from.
    held_out: float = setting(
        0.1, "Share of posts held out to measure the loss.", Range(above=0, high=0.5)
    )
    seed: int = setting(42, "Seed for the split and training.", Range(low=0, high=2**32 - 1))
    device: Literal["auto", "cpu", "cuda"] = setting(
        "auto", "Where to train: auto, cpu or cuda.", Range(choices=("auto", "cpu", "cuda"))
    )
    bf16: bool | None = setting(
        None, "bf16 autocast; default: where the hardware has it.", flag=False
    )
    strict_seed_rules: bool = setting(
        False, "Count words exactly as the established tool did, also for Chinese, Japanese, "
        "Thai.",
    )  # fmt: skip
    fetch_parents: bool = setting(
        False, "Fetch the posts replies answer that the export lacks, from Mastodon and "
        "Bluesky (never X); a live source keeps them in its snapshot.",
    )  # fmt: skip
    # Personal data replaced before training (data/personal.py, measured in BENCHMARKS.md).
    scrub: str = setting(
        "personal", "Replace personal data before training: personal (email addresses, "
        "phone, card and IBAN numbers), handles (also other people's @handles) or off.",
        Range(choices=("personal", "handles", "off")),
    )  # fmt: skip
    report_to: str = setting(
        "none", "Track the run: none, wandb, mlflow, tensorboard.",
        Range(choices=("none", "wandb", "mlflow", "tensorboard")),
    )  # fmt: skip

    def _parse(self, name: str, value: Any) -> Any:
        if name == "time_budget" and isinstance(value, str):
            return parse_duration(value)
        return value


@dataclass(frozen=True)
class GenerateConfig(_Settings):
    # The established tool sampled with top_p=0.95 at temperature 1.0.
    # At least 0.01: logits divided by less overflow float32 (1e-300 gave inf, then NaN).
    temperature: float = setting(1.0, "Sampling temperature.", Range(low=0.01, high=100))
    top_p: float = setting(0.95, "Nucleus sampling mass.", Range(above=0, high=1))
    # Posts fit in 80 tokens more than 99% of the time in the shared samples; 120 leaves
    # room for long ones. 2048 keeps one call's cache under a GB for the 135M model.
    max_new_tokens: int = setting(120, "Longest post, in tokens.", Range(low=1, high=2048))
    n: int = setting(10, "How many posts.", Range(low=1, high=10_000))
    seed: int | None = setting(None, "Seed for reproducible posts.", Range(low=0, high=2**63 - 1))
    allow_copies: bool = setting(False, "Keep posts that repeat 8+ words of a real one.")
    speaker: str | None = setting(
        None, "Write as this account of a cyborg (its handle, with or without @); default: "
        "the blend of all its accounts.", flag=False,
    )  # fmt: skip
    # The text of a post to answer: each post is written as a reply to it, read as training
    # read a reply's parent (its first 64 tokens). Capped at 10 posts' worth of characters.
    reply_to: str | None = setting(
        None, "Answer this post: its text.", flag=False, like=""
    )  # fmt: skip
    reply_to_author: str | None = setting(
        None, "The handle of the post's author, where known.", flag=False, like=""
    )  # fmt: skip

    def check(self) -> None:
        super().check()
        if self.reply_to is not None and not 0 < len(self.reply_to) <= MAX_REPLY_TO_CHARS:
            raise TwinpostError(
                f"--reply-to: give the post to answer, 1 to {MAX_REPLY_TO_CHARS:,} characters "
                f"(got {len(self.reply_to):,})"
            )


# X's posts run to 280 characters (25,000 for long ones); only the first 64 tokens are read.
MAX_REPLY_TO_CHARS = 5_000


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(h|m|s)?", re.IGNORECASE)
_SECONDS_PER = {"h": 3600, "m": 60, "s": 1, None: 1}


def describe_duration(seconds: float) -> str:
    """Seconds as people say them: '45 s', '3 min', '1 h 20 min'."""
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60} min"


def parse_duration(text: str, option: str = "--time-budget") -> float | None:
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
        raise TwinpostError(f"{option} {text!r}: not a duration; use e.g. 90s, 5m, 1m30s or none")
    return total
