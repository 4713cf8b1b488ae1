"""Writing posts with a bot: the one sampler every face uses (the CLI, the Python API, the
server's batches, the card's samples), with the copy guard written once.

Randomness is per call: a request with a seed samples from its own `torch.Generator`, so a
seed gives the same posts through any face and whatever else the process is doing, and
nothing here touches the process-wide torch seed.

Streaming (`write_posts(..., on_writing=...)`) reports only what the request keeps: a post's
text as each token is sampled where nothing can reject it (copies allowed, or no copy
guard), and otherwise each post once it has passed the copy guard, so a post the guard
re-samples is never reported. Listening changes nothing that is sampled.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import torch

from twinpost.config import GenerateConfig
from twinpost.data import personal
from twinpost.errors import TwinpostError
from twinpost.generation.load import LoadedBot, load_bot
from twinpost.generation.nucleus import sample_next
from twinpost.training.dataset import (
    post_start_id,
    prefix_ids,
    reply_context,
    strip_speaker,
    text_ids,
)

# Copies are rare (BENCHMARKS.md), so a few rounds of re-sampling almost always fill the batch.
MAX_RESAMPLE_ROUNDS = 4
OnProgress = Callable[[int, int], None]  # (posts finished, posts in all)
# After each decoding step: the tokens sampled so far [rows, steps], which rows are done, and
# a function giving a row's Sample as it stands (its final one once the row is done).
OnStep = Callable[[torch.Tensor, torch.Tensor, Callable[[int], "Sample"]], None]
# Finished rows leave the batch once they are this share of it: each step then costs what the
# posts still being written need, and the cache is copied only a few times per pass.
COMPACT_SHARE = 0.25


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
    speaker: str | None = None  # write as this account of a cyborg; None: the blend
    reply_to: str | None = None  # the text of the post each post answers
    reply_to_author: str | None = None  # its author's handle, where known

    @classmethod
    def from_config(cls, prompt: str, config: GenerateConfig) -> PostRequest:
        return cls(prompt, config.n, config.max_new_tokens, config.temperature, config.top_p,
                   config.seed, config.allow_copies, config.speaker, config.reply_to,
                   config.reply_to_author)  # fmt: skip

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
    personal_dropped: int = 0  # posts redrawn for writing personal data (data/personal.py)


@dataclass(frozen=True)
class PostText:
    """A post being written, its text so far. Reported after each token, and only for a
    request whose posts nothing can reject (copies allowed, or a bot without a copy guard);
    each text of a post starts with the one before and is a start of its final text."""

    request: int  # the request's place in the `write_posts` call
    index: int  # the post's place among the request's posts
    text: str


@dataclass(frozen=True)
class PostWritten:
    """A post the request keeps, at its final place, reported once: for a guarded request
    after it and the posts before it have passed the copy guard (so in order), otherwise as
    soon as it ends."""

    request: int
    index: int
    sample: Sample


OnWriting = Callable[[PostText | PostWritten], None]


@dataclass
class Generation:
    posts: list[str]
    copies_dropped: int  # sampled posts discarded for repeating a real post's 8-word run
    steps: int = 0  # decoding steps over all sampling passes, each as many as its longest row
    finished: list[bool] = field(default_factory=list)  # each post ended at its end-of-post
    personal_dropped: int = 0  # sampled posts discarded for writing personal data


def generate(
    bot: LoadedBot | Path | str,
    prompt: str = "",
    config: GenerateConfig | None = None,
    on_progress: OnProgress | None = None,
    *,
    reply_to: str | None = None,
) -> Generation:
    """`config.n` posts that start with `prompt`; copies of real posts re-sampled unless allowed.
    With `reply_to` (or `config.reply_to`), each post answers that post's text.
    `on_progress(done, total)` hears how many posts are finished after each decoding step."""
    config = config or GenerateConfig()
    if reply_to is not None:
        config = config.replace(reply_to=reply_to)
    if not isinstance(bot, LoadedBot):
        bot = load_bot(bot)
    written, steps = write_posts(bot, [PostRequest.from_config(prompt, config)], on_progress)
    samples = written[0].samples
    return Generation([s.text for s in samples], written[0].copies_dropped, steps,
                      [s.finished for s in samples], written[0].personal_dropped)  # fmt: skip


# The most posts a thread may have: each is one more sampling pass.
MAX_THREAD_POSTS = 25


def check_thread_length(length: int) -> None:
    if not 1 <= length <= MAX_THREAD_POSTS:
        raise TwinpostError(f"--thread {length}: a thread has 1 to {MAX_THREAD_POSTS} posts")


def generate_threads(
    bot: LoadedBot | Path | str,
    prompt: str = "",
    length: int = 3,
    config: GenerateConfig | None = None,
    on_progress: OnProgress | None = None,
) -> list[list[str]]:
    """`config.n` threads of `length` posts: the first starts with `prompt` (and answers
    `config.reply_to`, if given), and each further post continues the one before it, read as
    training read a reply to one of the account's own posts. The threads are written side by
    side, one post of each per pass; with a seed, each pass draws from seed + its index."""
    config = config or GenerateConfig()
    check_thread_length(length)
    if not isinstance(bot, LoadedBot):
        bot = load_bot(bot)
    # Who wrote the post a further one continues: the account (one, or the one written as).
    handles = bot.record.handles if bot.record else []
    own = bot.speaker(config.speaker) or (handles[0] if len(handles) == 1 else None)
    first = PostRequest.from_config(prompt, config)
    threads = [[s.text] for s in write_posts(bot, [first])[0][0].samples]
    for index in range(1, length):
        requests = [
            replace(first, prompt="", n=1, reply_to=thread[-1], reply_to_author=own,
                    seed=None if first.seed is None else first.seed + index)
            for thread in threads
        ]  # fmt: skip
        written, _ = write_posts(bot, requests)
        threads = [thread + [w.samples[0].text] for thread, w in zip(threads, written, strict=True)
                   if w.samples]  # fmt: skip
        if on_progress is not None:
            on_progress(index + 1, length)
    return threads


def generate_posts(
    bot: LoadedBot | Path | str, prompt: str = "", config: GenerateConfig | None = None
) -> list[str]:
    """`config.n` posts that start with `prompt`, as plain strings."""
    return generate(bot, prompt, config).posts


def write_posts(
    bot: LoadedBot,
    requests: list[PostRequest],
    on_progress: OnProgress | None = None,
    on_writing: OnWriting | None = None,
) -> tuple[list[Written], int]:
    """Each request's posts, sampled together, and the decoding steps taken. Posts repeating
    8+ consecutive words of a real post are re-sampled, up to MAX_RESAMPLE_ROUNDS rounds,
    unless the request allows copies. Requests share temperature and top-p; a seed is taken
    from the first (the server samples a seeded request on its own). `on_writing` hears the
    posts as they are written (`PostText`, `PostWritten`); the posts are the same without it."""
    first = requests[0]
    generator = torch.Generator()
    if first.seed is None:
        generator.seed()  # fresh entropy, never the process-wide generator
    else:
        generator.manual_seed(first.seed)
    results = [Written() for _ in requests]
    speakers = [bot.speaker(r.speaker) for r in requests]
    contexts = [reply_context(bot.tokenizer, r.reply_to, r.reply_to_author) for r in requests]
    steps = 0
    for _ in range(MAX_RESAMPLE_ROUNDS):
        rows = [i for i, r in enumerate(requests) for _ in range(r.n - len(results[i].samples))]
        if not rows:
            break
        watch = _RoundWatch(bot, requests, rows, results, on_writing) if on_writing else None
        samples = sample_rows(
            bot, [requests[i].prompt for i in rows], [requests[i].max_new_tokens for i in rows],
            first.temperature, first.top_p, generator, [speakers[i] for i in rows],
            _kept_so_far(results, on_progress), watch and watch.step,
            [contexts[i] for i in rows],
        )  # fmt: skip
        steps += max(s.steps for s in samples)
        for i, sample in zip(rows, samples, strict=True):
            if (kept := _verdict(bot, requests[i], sample)) is not None:
                results[i].samples.append(kept)
            elif _personal(sample.text, requests[i].prompt):
                results[i].personal_dropped += 1
            else:
                results[i].copies_dropped += 1
    return results, steps


def _guarded(bot: LoadedBot, request: PostRequest) -> bool:
    """Whether the request's posts may be dropped and redrawn (copies not allowed, and a copy
    guard to check them), so they are reported only once they have passed."""
    return not request.allow_copies and bot.copy_guard is not None


def _verdict(bot: LoadedBot, request: PostRequest, sample: Sample) -> Sample | None:
    """The post a request keeps, or None to draw another.

    A guarded request drops a post that repeats 8+ words of a real one or writes personal
    data (data/personal.py). An unguarded one (its posts shown as they are written) keeps
    each post, with any personal data it wrote replaced by placeholders: its text was held
    back from the first character that could start such data (`_shown_so_far`), so the text
    shown stays a start of the post kept."""
    if _guarded(bot, request):
        if bot.copy_guard.copies(sample.text) or _personal(sample.text, request.prompt):
            return None
        return sample
    if not _personal(sample.text, request.prompt):
        return sample
    return replace(sample, text=_scrub_written(sample.text, request.prompt))


def _personal(text: str, prompt: str) -> bool:
    """Whether the post wrote personal data: a found item that ends past the prompt (what the
    caller gave is theirs to give)."""
    after = len(prompt.strip())
    return any(found.end > after for found in personal.find(text))


def _scrub_written(text: str, prompt: str) -> str:
    head = len(prompt.strip())
    spans = [f for f in personal.find(text) if f.end > head]
    for found in reversed(spans):
        start = max(found.start, head)
        text = text[:start] + personal.PLACEHOLDERS[found.kind] + text[found.end :]
    return text


@torch.inference_mode()
def sample_rows(
    bot: LoadedBot,
    prompts: list[str],
    max_new_tokens: list[int],
    temperature: float,
    top_p: float,
    generator: torch.Generator | None = None,
    speakers: list[str | None] | None = None,
    on_progress: OnProgress | None = None,
    on_step: OnStep | None = None,
    contexts: list[list[int]] | None = None,
) -> list[Sample]:
    """One sampling pass, a row per prompt, each cut at its end-of-post token or its own
    `max_new_tokens`; a row with a speaker starts with that account's prefix (a cyborg's), and
    a reply reads what it answers (its `contexts` row, dataset.reply_context) before its
    prompt, as training read it.
    Special tokens other than the end of a post are never sampled (`control_token_ids`).
    `on_step` is told each step's tokens (streaming); it does not change what is sampled.

    A plain decoding loop over the KV cache rather than `model.generate`: it is the same
    computation, but lets the sampler skip sorting the whole vocabulary (see nucleus.py), and
    a prompt shared by every row is run once, its cache copied to the rows.
    """
    tokenizer, model = bot.tokenizer, bot.model
    eos, start = tokenizer.eos_token_id, post_start_id(tokenizer)
    speakers = speakers or [None] * len(prompts)
    contexts = contexts or [[] for _ in prompts]
    # What comes between the start and the post's own text: neither is part of the post.
    prefixes = [prefix_ids(tokenizer, s) + c for s, c in zip(speakers, contexts, strict=True)]
    encoded = [
        [start, *pre, *text_ids(tokenizer, p)] for p, pre in zip(prompts, prefixes, strict=True)
    ]
    if bot.llama is not None:
        return _llama_rows(bot, encoded, prefixes, max_new_tokens, temperature, top_p,
                           generator, on_progress, on_step)  # fmt: skip
    banned = torch.tensor(bot.control_ids, dtype=torch.long)
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
    batch = torch.arange(n)  # the rows the model still runs, in the order of `logits`

    def row_sample(row: int) -> Sample:  # a row as it stands now (`new` is the loop's latest)
        tokens = new[row].tolist()[: max_new_tokens[row]]
        return _sample(tokenizer, encoded[row], len(prefixes[row]), tokens, eos)

    for step in range(max(max_new_tokens)):
        # Finished rows only repeat eos: they are not sampled (their next-token distribution,
        # often flat after the end of a post, would send sampling to its slow path), and once
        # they are a share of the batch, they leave it with their cache.
        token = torch.full((n,), eos, dtype=torch.long)
        live = ~done[batch]
        scores = logits[live].index_fill_(-1, banned, float("-inf"))
        token[batch[live]] = sample_next(scores, temperature, top_p, generator)
        new = torch.cat([new, token[:, None]], dim=1)
        done |= (token == eos) | (limits <= step + 1)
        if on_progress is not None:
            on_progress(int(done.sum()), n)
        if on_step is not None:
            on_step(new, done, row_sample)
        if done.all():
            break
        keep = ~done[batch]
        if int((~keep).sum()) >= COMPACT_SHARE * len(batch):
            kept = keep.nonzero().squeeze(-1)
            cache.batch_select_indices(kept)
            batch = batch[kept]
            if mask is not None:
                mask, positions = mask[kept], positions[kept]
        if mask is not None:
            mask = torch.cat([mask, torch.ones(len(batch), 1, dtype=mask.dtype)], dim=1)
            positions = positions + 1
        out = model(input_ids=token[batch][:, None], attention_mask=mask,
                    position_ids=positions, cache=cache, use_cache=True)  # fmt: skip
        cache, logits = out.cache, out.logits[:, -1]
    rows = zip(encoded, prefixes, new, max_new_tokens, strict=True)
    return [_sample(tokenizer, ids, len(pre), row.tolist()[:limit], eos)
            for ids, pre, row, limit in rows]  # fmt: skip


def _llama_rows(
    bot: LoadedBot,
    encoded: list[list[int]],
    prefixes: list[list[int]],
    max_new_tokens: list[int],
    temperature: float,
    top_p: float,
    generator: torch.Generator | None,
    on_progress: OnProgress | None,
    on_step: OnStep | None,
) -> list[Sample]:
    """`sample_rows` with llama.cpp doing the decoding (llama_engine.py): the rows are
    written one after another, so `on_step` sees the rows not yet written as empty (their
    tokens padded with eos, and not done) and the rows written in full."""
    from twinpost.generation.llama_engine import sample_rows_llama

    tokenizer, eos, n = bot.tokenizer, bot.tokenizer.eos_token_id, len(encoded)
    written: list[list[int]] = [[] for _ in encoded]
    done = torch.zeros(n, dtype=torch.bool)

    def row_sample(row: int) -> Sample:
        return _sample(tokenizer, encoded[row], len(prefixes[row]), written[row], eos)

    def on_token(row: int, tokens: list[int], finished: bool) -> None:
        written[row], done[row] = tokens, finished
        if on_progress is not None:
            on_progress(int(done.sum()), n)
        if on_step is not None:
            width = max(len(t) for t in written)
            new = torch.tensor([t + [eos] * (width - len(t)) for t in written], dtype=torch.long)
            on_step(new, done, row_sample)

    sample_rows_llama(bot, encoded, max_new_tokens, temperature, top_p, generator, on_token)
    return [row_sample(row) for row in range(n)]


def _kept_so_far(results: list[Written], on_progress: OnProgress | None) -> OnProgress | None:
    """A pass's progress as the caller counts it: posts kept before the pass, plus its rows."""
    if on_progress is None:
        return None
    kept = sum(len(r.samples) for r in results)
    return lambda done, rows: on_progress(kept + done, kept + rows)


# A blend's post that may still become a speaker line (`strip_speaker` drops one): held back.
_SPEAKER_SO_FAR = re.compile(r"\[(@[^\]\n]{0,200}\]?)?")


class _RoundWatch:
    """Tells `on_writing` about one sampling round's posts while they are written: a post
    that the copy guard may still drop is reported only once it has passed."""

    def __init__(
        self,
        bot: LoadedBot,
        requests: list[PostRequest],
        rows: list[int],
        results: list[Written],
        on_writing: OnWriting,
    ) -> None:
        self.bot, self.requests, self.rows, self.on_writing = bot, requests, rows, on_writing
        self.guarded = [_guarded(bot, requests[i]) for i in rows]
        self.base = [len(r.samples) for r in results]  # posts each request kept before
        self.order: dict[int, list[int]] = {}  # each request's rows in this round, in order
        self.place = []  # a row's place if the rows before it are kept: certain if unguarded
        for row, i in enumerate(rows):
            self.place.append(self.base[i] + len(self.order.setdefault(i, [])))
            self.order[i].append(row)
        self.ended: list[Sample | None] = [None] * len(rows)
        self.kept = [False] * len(rows)
        self.released = dict.fromkeys(self.order, 0)  # rows decided and reported, in order
        self.reported = dict.fromkeys(self.order, 0)  # posts reported
        self.shown = [""] * len(rows)

    def step(
        self, new: torch.Tensor, done: torch.Tensor, row_sample: Callable[[int], Sample]
    ) -> None:
        finished = done.tolist()
        for row in range(len(self.rows)):
            if self.ended[row] is not None:
                continue
            if finished[row]:
                self._ended(row, row_sample(row))
            elif not self.guarded[row]:
                self._grew(row, row_sample(row))

    def _grew(self, row: int, sample: Sample) -> None:
        text = _shown_so_far(sample, self.requests[self.rows[row]].prompt)
        if len(text) > len(self.shown[row]) and text.startswith(self.shown[row]):
            self.shown[row] = text
            self.on_writing(PostText(self.rows[row], self.place[row], text))

    def _ended(self, row: int, sample: Sample) -> None:
        i = self.rows[row]
        self.ended[row] = sample
        if not self.guarded[row]:
            kept = _verdict(self.bot, self.requests[i], sample)
            # What was held back (from a word that may have held personal data) comes now,
            # checked: the text reported last is the post kept.
            if len(kept.text) > len(self.shown[row]) and kept.text.startswith(self.shown[row]):
                self.shown[row] = kept.text
                self.on_writing(PostText(i, self.place[row], kept.text))
            self.on_writing(PostWritten(i, self.place[row], kept))
            return
        self.kept[row] = _verdict(self.bot, self.requests[i], sample) is not None
        order = self.order[i]
        while self.released[i] < len(order) and (post := self.ended[order[self.released[i]]]):
            if self.kept[order[self.released[i]]]:
                self.on_writing(PostWritten(i, self.base[i] + self.reported[i], post))
                self.reported[i] += 1
            self.released[i] += 1


# Every kind of personal data holds a digit or an @ (data/personal.py): an unfinished post
# shows nothing from the word that holds the first one it wrote, until it has ended and been
# checked.
_MAY_START_PERSONAL = re.compile(r"\S*[\d@]")


def _shown_so_far(sample: Sample, prompt: str = "") -> str:
    """What an unfinished post may show: its text less what may still change, a character's
    bytes not all sampled yet (decoded as U+FFFD), a blend's possible speaker line, and what
    may be the start of personal data."""
    text = sample.text.rstrip("\ufffd").rstrip()
    if sample.prompt_tokens == 1 and _SPEAKER_SO_FAR.fullmatch(text):
        return ""
    head = len(prompt.strip())
    if risky := _MAY_START_PERSONAL.search(text, head):
        text = text[: max(head, risky.start())].rstrip()
    return text


def _sample(tokenizer, prompt_ids: list[int], prefix: int, new: list[int], eos: int) -> Sample:
    finished = eos in new
    end = new.index(eos) if finished else len(new)
    # The leading end-of-post token and a speaker's prefix are not text; the prompt is kept at
    # the start of the post. A blend row may name a speaker itself: that is not text either.
    text = tokenizer.decode(prompt_ids[1 + prefix :] + new[:end], skip_special_tokens=True)
    if len(prompt_ids) == 1:
        text = strip_speaker(text)
    return Sample(text.strip(), finished, end, len(prompt_ids))
