"""A bot loaded for writing: its weights in the fastest dtype here, linear layers packed,
its tokenizer and its copy guard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import torch

from twinpost.bot.copy_guard import CopyGuard
from twinpost.bot.folder import read_record
from twinpost.bot.record import BotRecord
from twinpost.errors import TwinpostError
from twinpost.generation.shared import SharedBase, SharedLayers, tensor_bytes
from twinpost.hf import quiet_transformers
from twinpost.training.dataset import control_token_ids


@dataclass
class LoadedBot:
    path: Path
    model: object
    tokenizer: object
    record: BotRecord | None  # None: a base model loaded to write as one (`twinpost eval`)
    copy_guard: CopyGuard | None = None
    control_ids: list[int] = field(default_factory=list)  # never sampled (control_token_ids)
    llama: object | None = None  # llama.cpp writes instead of `model` (llama_engine.py)
    # The memory it takes beyond what it shares with other loaded bots, and what it shares
    # (shared.py): a server keeps as many bots as its memory allows by these.
    own_bytes: int = 0
    shared: SharedBase | None = None
    weights: str = "full"  # how twinpost's decoder holds them: "int8" or "full" (packing.py)

    @property
    def engine(self) -> str:
        return "twinpost" if self.llama is None else "llama.cpp"

    @property
    def speakers(self) -> list[str]:
        """The accounts it can write as one by one: a cyborg's trained with speaker tags."""
        if self.record is None:
            return []
        return self.record.handles if self.record.speaker_tagged else []

    def speaker(self, wanted: str | None) -> str | None:
        return resolve_speaker(self.record, wanted)


def resolve_speaker(record: BotRecord | None, wanted: str | None) -> str | None:
    """The account to write as, from a handle given with or without `@`; None for the blend
    (or for the one account of a single-account bot, which needs no prefix)."""
    if wanted is None:
        return None
    handles = record.handles if record else []
    match = find_handle(wanted, handles)
    if match is None:
        shown = ", ".join(f"@{h}" for h in handles) or "none"
        raise TwinpostError(f"--as {wanted}: no such account in this bot (its accounts: {shown})")
    if len(handles) == 1:
        return None
    if not record.speaker_tagged:
        raise TwinpostError(
            f"--as {wanted}: this bot was trained before twinpost could tell its accounts "
            "apart; train it again (or `twinpost update` it) to write as one account"
        )
    return match


def find_handle(wanted: str, handles: list[str]) -> str | None:
    """The handle `wanted` names, with or without `@`, case-insensitively."""
    key = wanted.strip().lstrip("@").casefold()
    return next((h for h in handles if h.lstrip("@").casefold() == key), None)


def inference_dtype() -> torch.dtype:
    """bf16 where the CPU computes in it natively (AVX512-BF16/AMX): sampling reads every
    weight once per token, so half the bytes is nearly twice the speed (BENCHMARKS.md).
    Bots write on the CPU also where a GPU trained them: a post is a few dozen small steps,
    and the CPU's dtype is what counts, not the GPU's."""
    return torch.bfloat16 if torch.ops.mkldnn._is_mkldnn_bf16_supported() else torch.float32


def load_bot(
    bot_dir: Path | str,
    dtype: torch.dtype | None = None,
    engine: str = "twinpost",
    on_export: Callable[[], None] | None = None,
    shared: SharedLayers | None = None,
    weights: str = "auto",
) -> LoadedBot:
    """The bot, ready to write. `engine`: "twinpost" (its own decoder over the weights),
    "llama.cpp" or "auto" (llama_engine.py); `on_export` hears when llama.cpp's GGUF has to
    be written first (once per bot). With `shared`, a compact bot's unchanged layers are the
    ones already loaded for another bot of the same base (shared.py). `weights`: how
    twinpost's decoder holds them, "int8", "full" (the bot's, in `dtype`) or "auto" (int8 on
    x86-64 CPUs; packing.py)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    # These import transformers: loaded here, not when twinpost starts.
    from twinpost.generation import attention, llama_engine, packing

    path = Path(bot_dir)
    weights = packing.resolve_weights(weights)
    record = read_record(path)
    quiet_transformers()
    if shared is not None:
        tokenizer = shared.tokenizer(path, AutoTokenizer.from_pretrained)
    else:
        tokenizer = AutoTokenizer.from_pretrained(path)
    if llama_engine.resolve_engine(engine, path) == "llama.cpp":
        gguf = llama_engine.engine_gguf(path, on_export)
        llama = llama_engine.load_llama(gguf)
        guard = CopyGuard.load(path)
        return LoadedBot(path, None, tokenizer, record, guard, control_token_ids(tokenizer),
                         llama, own_bytes=gguf.stat().st_size)  # fmt: skip
    dtype, attn = dtype or inference_dtype(), attention.register()

    def prepare(model) -> None:
        model.eval()
        if weights == "int8":
            packing.quantize_linears(model)
        packing.pack_linears(model)  # what int8 does not take

    built = shared.build(path, dtype, attn, prepare, weights) if shared is not None else None
    if built is None:
        model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype, attn_implementation=attn)
        prepare(model)
        base, own = None, tensor_bytes([model])
    else:
        model, base = built
        own = tensor_bytes([model]) - base.nbytes
    guard = CopyGuard.load(path)
    return LoadedBot(path, model, tokenizer, record, guard, control_token_ids(tokenizer),
                     own_bytes=own, shared=base, weights=weights)  # fmt: skip


def load_base_writer(base_dir: Path, dtype: torch.dtype | None = None) -> LoadedBot:
    """A base model, framed as a bot writes (a post starts after eos), with no copy guard:
    what the base writes untrained, the reference `twinpost eval` tells a bot apart from."""
    from transformers import AutoModelForCausalLM

    from twinpost.generation import attention
    from twinpost.training.dataset import load_post_tokenizer

    quiet_transformers()
    tokenizer = load_post_tokenizer(base_dir)
    model = AutoModelForCausalLM.from_pretrained(
        base_dir, dtype=dtype or inference_dtype(), attn_implementation=attention.register()
    )
    model.eval()
    return LoadedBot(base_dir, model, tokenizer, None, None, control_token_ids(tokenizer))
