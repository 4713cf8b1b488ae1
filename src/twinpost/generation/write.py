"""Writing posts with a bot: the one sampler every face uses (the CLI, the Python API, the
server's batches, the card's samples), with the copy guard written once.

Randomness is per call: a request with a seed samples from its own `torch.Generator`, so a
seed gives the same posts through any face and whatever else the process is doing, and
nothing here touches the process-wide torch seed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import torch

from twinpost.config import GenerateConfig
from twinpost.generation.load import LoadedBot, load_bot
from twinpost.generation.nucleus import sample_next

# Copies are rare (BENCHMARKS.md), so a few rounds of re-sampling almost always fill the batch.
MAX_RESAMPLE_ROUNDS = 4


@dataclass(frozen=True)
class PostRequest:
    """`n` posts starting with `prompt`, as one caller asked for them."""

    prompt: str
    n: int
    max_new_tokens: int
    temperature: float
    top_p: float
    seed: int | None = None
    allow_copies: bool = False

    @classmethod
    def from_config(cls, prompt: str, config: GenerateConfig) -> PostRequest:
        return cls(prompt, config.n, config.max_new_tokens, config.temperature, config.top_p,
                   config.seed, config.allow_copies)  # fmt: skip

    def joins(self, other: PostRequest) -> bool:
        """Whether both can be sampled in one batch: unseeded, same temperature and top-p."""
        return (
            self.seed is None
            and other.seed is None
            and (self.temperature, self.top_p) == (other.temperature, other.top_p)
        )


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


@dataclass
class Written:
    """What one request got: its samples, and how many copies were dropped for it."""

    samples: list[Sample] = field(default_factory=list)
    copies_dropped: int = 0


@dataclass
class Generation:
    posts: list[str]
    copies_dropped: int  # sampled posts discarded for repeating a real post's 8-word run
    steps: int = 0  # decoding steps over all sampling passes, each as many as its longest row


def generate(
    bot: LoadedBot | Path | str, prompt: str = "", config: GenerateConfig | None = None
) -> Generation:
    """`config.n` posts that start with `prompt`; copies of real posts re-sampled unless allowed."""
    config = config or GenerateConfig()
    if not isinstance(bot, LoadedBot):
        bot = load_bot(bot)
    written, steps = write_posts(bot, [PostRequest.from_config(prompt, config)])
    return Generation([s.text for s in written[0].samples], written[0].copies_dropped, steps)


def generate_posts(
    bot: LoadedBot | Path | str, prompt: str = "", config: GenerateConfig | None = None
) -> list[str]:
    """`config.n` posts that start with `prompt`, as plain strings."""
    return generate(bot, prompt, config).posts


def write_posts(bot: LoadedBot, requests: list[PostRequest]) -> tuple[list[Written], int]:
    """Each request's posts, sampled together, and the decoding steps taken. Posts repeating
    8+ consecutive words of a real post are re-sampled, up to MAX_RESAMPLE_ROUNDS rounds,
    unless the request allows copies. Requests share temperature and top-p; a seed is taken
    from the first (the server samples a seeded request on its own)."""
    first = requests[0]
    generator = torch.Generator()
    if first.seed is None:
        generator.seed()  # fresh entropy, never the process-wide generator
    else:
        generator.manual_seed(first.seed)
    results = [Written() for _ in requests]
    steps = 0
    for _ in range(MAX_RESAMPLE_ROUNDS):
        rows = [i for i, r in enumerate(requests) for _ in range(r.n - len(results[i].samples))]
        if not rows:
            break
        samples = sample_rows(
            bot, [requests[i].prompt for i in rows], [requests[i].max_new_tokens for i in rows],
            first.temperature, first.top_p, generator,
        )  # fmt: skip
        steps += max(s.steps for s in samples)
        for i, sample in zip(rows, samples, strict=True):
            guard = None if requests[i].allow_copies else bot.copy_guard
            if guard is not None and guard.copies(sample.text):
                results[i].copies_dropped += 1
            else:
                results[i].samples.append(sample)
    return results, steps


@torch.inference_mode()
def sample_rows(
    bot: LoadedBot,
    prompts: list[str],
    max_new_tokens: list[int],
    temperature: float,
    top_p: float,
    generator: torch.Generator | None = None,
) -> list[Sample]:
    """One sampling pass, a row per prompt, each cut at its end-of-post token or its own
    `max_new_tokens`.

    A plain decoding loop over the KV cache rather than `model.generate`: it is the same
    computation, but lets the sampler skip sorting the whole vocabulary (see nucleus.py), and
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
        token[~done] = sample_next(logits[~done], temperature, top_p, generator)
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
