"""A bot loaded for writing: its weights in the fastest dtype here, linear layers packed,
its tokenizer and its copy guard."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

from twinpost.bot.copy_guard import CopyGuard
from twinpost.bot.folder import read_record
from twinpost.bot.record import BotRecord
from twinpost.hf import quiet_transformers


@dataclass
class LoadedBot:
    path: Path
    model: object
    tokenizer: object
    record: BotRecord
    copy_guard: CopyGuard | None = None


def inference_dtype() -> torch.dtype:
    """bf16 where the CPU computes in it natively (AVX512-BF16/AMX): sampling reads every
    weight once per token, so half the bytes is nearly twice the speed (BENCHMARKS.md)."""
    if torch.cuda.is_available():
        return torch.bfloat16
    return torch.bfloat16 if torch.ops.mkldnn._is_mkldnn_bf16_supported() else torch.float32


def load_bot(bot_dir: Path | str, dtype: torch.dtype | None = None) -> LoadedBot:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    # These import transformers: loaded here, not when twinpost starts.
    from twinpost.generation import attention, packing

    path = Path(bot_dir)
    record = read_record(path)
    quiet_transformers()
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(
        path, dtype=dtype or inference_dtype(), attn_implementation=attention.register()
    )
    model.eval()
    packing.pack_linears(model)
    guard = CopyGuard.load(path)
    return LoadedBot(path=path, model=model, tokenizer=tokenizer, record=record, copy_guard=guard)
