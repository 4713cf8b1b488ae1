"""Writing posts with a bot: batched sampling, each post cut at its end-of-post token."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

from twinpost.bot import read_record
from twinpost.config import GenerateConfig
from twinpost.errors import TwinpostError
from twinpost.hf import quiet_transformers


@dataclass
class LoadedBot:
    path: Path
    model: object
    tokenizer: object
    record: dict


def load_bot(bot_dir: Path | str) -> LoadedBot:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = Path(bot_dir)
    record = read_record(path)
    quiet_transformers()
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    model.eval()
    return LoadedBot(path=path, model=model, tokenizer=tokenizer, record=record)


@torch.inference_mode()
def generate_posts(
    bot: LoadedBot | Path | str, prompt: str = "", config: GenerateConfig | None = None
) -> list[str]:
    """`config.n` posts that start with `prompt`, as plain strings."""
    config = config or GenerateConfig()
    _check(config)
    if not isinstance(bot, LoadedBot):
        bot = load_bot(bot)
    tokenizer, model = bot.tokenizer, bot.model
    eos = tokenizer.eos_token_id
    prompt_ids = [eos, *tokenizer(prompt, add_special_tokens=False)["input_ids"]]
    if config.seed is not None:
        torch.manual_seed(config.seed)
    # Every row shares the prompt, so the batch needs no padding.
    input_ids = torch.tensor([prompt_ids] * config.n)
    output = model.generate(
        input_ids=input_ids,
        attention_mask=torch.ones_like(input_ids),
        do_sample=True,
        temperature=config.temperature,
        top_p=config.top_p,
        top_k=0,
        max_new_tokens=config.max_new_tokens,
        eos_token_id=eos,
        pad_token_id=tokenizer.pad_token_id,
    )
    return [_post_text(tokenizer, row.tolist(), len(prompt_ids), eos) for row in output]


def _post_text(tokenizer, ids: list[int], prompt_len: int, eos: int) -> str:
    new = ids[prompt_len:]
    end = new.index(eos) if eos in new else len(new)
    return tokenizer.decode(ids[1 : prompt_len + end], skip_special_tokens=True).strip()


def _check(config: GenerateConfig) -> None:
    if config.n < 1:
        raise TwinpostError("-n must be at least 1")
    if config.temperature <= 0:
        raise TwinpostError("--temperature must be above 0")
    if not 0 < config.top_p <= 1:
        raise TwinpostError("--top-p must be in (0, 1]")
    if config.max_new_tokens < 1:
        raise TwinpostError("--max-new-tokens must be at least 1")
