"""Writing posts with a bot: batched sampling, each post cut at its end-of-post token."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

from twinpost.bot.copy_guard import CopyGuard
from twinpost.bot.folder import read_record
from twinpost.config import GenerateConfig
from twinpost.errors import TwinpostError
from twinpost.generation.nucleus import sample_next
from twinpost.hf import quiet_transformers


@dataclass
class LoadedBot:
    path: Path
    model: object
    tokenizer: object
    record: dict
    copy_guard: CopyGuard | None = None


def inference_dtype() -> torch.dtype:
    """bf16 where the CPU computes in it natively (AVX512-BF16/AMX): sampling reads every
    weight once per token, so half the bytes is nearly twice the speed (BENCHMARKS.md)."""
    if torch.cuda.is_available():
        return torch.bfloat16
    return torch.bfloat16 if torch.ops.mkldnn._is_mkldnn_bf16_supported() else torch.float32


def load_bot(bot_dir: Path | str, dtype: torch.dtype | None = None) -> LoadedBot:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from twinpost.generation import attention  # import transformers: loaded here, not at start-up
    from twinpost.generation import packing as decoding

    path = Path(bot_dir)
    record = read_record(path)
    quiet_transformers()
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(
        path, dtype=dtype or inference_dtype(), attn_implementation=attention.register()
    )
    model.eval()
    decoding.pack_linears(model)
    guard = CopyGuard.load(path)
    return LoadedBot(path=path, model=model, tokenizer=tokenizer, record=record, copy_guard=guard)


@dataclass
class Generation:
    posts: list[str]
    copies_dropped: int  # sampled posts discarded for repeating a real post's 8-word run
    steps: int = 0  # decoding steps over all sampling passes, each as many as its longest row


# Copies are rare (BENCHMARKS.md), so a few rounds of re-sampling almost always fill the batch.
MAX_RESAMPLE_ROUNDS = 4


def generate(
    bot: LoadedBot | Path | str, prompt: str = "", config: GenerateConfig | None = None
) -> Generation:
    """`config.n` posts that start with `prompt`; copies of real posts re-sampled unless allowed."""
    config = config or GenerateConfig()
    _check(config)
    if not isinstance(bot, LoadedBot):
        bot = load_bot(bot)
    if config.seed is not None:
        torch.manual_seed(config.seed)
    guard = None if config.allow_copies else bot.copy_guard
    posts: list[str] = []
    dropped = steps = 0
    for _ in range(MAX_RESAMPLE_ROUNDS if guard else 1):
        wanted = config.n - len(posts)
        samples = sample_rows(bot, [prompt] * wanted, [config.max_new_tokens] * wanted,
                              config.temperature, config.top_p)  # fmt: skip
        steps += max(s.steps for s in samples)
        batch = [s.text for s in samples]
        fresh = [p for p in batch if guard is None or not guard.copies(p)]
        dropped += len(batch) - len(fresh)
        posts += fresh
        if len(posts) >= config.n:
            break
    return Generation(posts=posts, copies_dropped=dropped, steps=steps)


def generate_posts(
    bot: LoadedBot | Path | str, prompt: str = "", config: GenerateConfig | None = None
) -> list[str]:
    """`config.n` posts that start with `prompt`, as plain strings."""
    return generate(bot, prompt, config).posts


@dataclass
class Sample:
    text: str  # the whole post, prompt included
    finished: bool  # ended at its end-of-post token, not cut at max_new_tokens
    new_tokens: int
    prompt_tokens: int  # end-of-post token included

    @property
    def steps(self) -> int:
        """Decoding steps this row needed: its new tokens, and its end-of-post token if any."""
        return self.new_tokens + self.finished


@torch.inference_mode()
def sample_rows(
    bot: LoadedBot,
    prompts: list[str],
    max_new_tokens: list[int],
    temperature: float,
    top_p: float,
) -> list[Sample]:
    """One sampling pass, a row per prompt, each cut at its end-of-post token or its own
    `max_new_tokens`. `twinpost generate` and the server's batches both sample here, so a seed
    gives the same posts through either.

    A plain decoding loop over the KV cache rather than `model.generate`: it is the same
    computation, but lets the sampler skip sorting the whole vocabulary (see sampling.py), and
    a prompt shared by every row is run once, its cache copied to the rows.
    """
    tokenizer, model = bot.tokenizer, bot.model
    eos = tokenizer.eos_token_id
    encoded = [[eos, *tokenizer(p, add_special_tokens=False)["input_ids"]] for p in prompts]
    n, width = len(encoded), max(len(ids) for ids in encoded)
    mask = positions = None
    if all(ids == encoded[0] for ids in encoded):
        out = model(input_ids=torch.tensor(encoded[:1]), use_cache=True, logits_to_keep=1)
        out.cache.batch_repeat_interleave(n)
        logits = out.logits[:, -1].expand(n, -1)
    else:  # different prompts: padded on the left, each row's positions from its first token
        pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eos
        input_ids = torch.tensor([[pad] * (width - len(ids)) + ids for ids in encoded])
        mask = torch.tensor([[0] * (width - len(ids)) + [1] * len(ids) for ids in encoded])
        position_ids = (mask.cumsum(-1) - 1).clamp(min=0)
        out = model(input_ids=input_ids, attention_mask=mask, position_ids=position_ids,
                    use_cache=True, logits_to_keep=1)  # fmt: skip
        logits, positions = out.logits[:, -1], position_ids[:, -1:]
    cache, limits = out.cache, torch.tensor(max_new_tokens)
    new = torch.empty((n, 0), dtype=torch.long)
    done = torch.zeros(n, dtype=torch.bool)
    for step in range(max(max_new_tokens)):
        # Finished rows only repeat eos: their next-token distribution, often flat after the
        # end of a post, must not send the live rows' sampling to its slow full-vocabulary path.
        token = torch.full((n,), eos, dtype=torch.long)
        token[~done] = sample_next(logits[~done], temperature, top_p)
        new = torch.cat([new, token[:, None]], dim=1)
        done |= (token == eos) | (limits <= step + 1)
        if done.all():
            break
        if mask is not None:
            mask = torch.cat([mask, torch.ones(n, 1, dtype=mask.dtype)], dim=1)
            positions = positions + 1
        out = model(input_ids=token[:, None], attention_mask=mask, position_ids=positions,
                    cache=cache, use_cache=True)  # fmt: skip
        cache, logits = out.cache, out.logits[:, -1]
    return [_sample(tokenizer, ids, row.tolist()[:limit], eos)
            for ids, row, limit in zip(encoded, new, max_new_tokens, strict=True)]  # fmt: skip


def _sample(tokenizer, prompt_ids: list[int], new: list[int], eos: int) -> Sample:
    finished = eos in new
    end = new.index(eos) if finished else len(new)
    # The leading end-of-post token is not text; the prompt is kept at the start of the post.
    text = tokenizer.decode(prompt_ids[1:] + new[:end], skip_special_tokens=True).strip()
    return Sample(text, finished, end, len(prompt_ids))


def _check(config: GenerateConfig) -> None:
    if config.n < 1:
        raise TwinpostError("-n must be at least 1")
    if config.temperature <= 0:
        raise TwinpostError("--temperature must be above 0")
    if not 0 < config.top_p <= 1:
        raise TwinpostError("--top-p must be in (0, 1]")
    if config.max_new_tokens < 1:
        raise TwinpostError("--max-new-tokens must be at least 1")
