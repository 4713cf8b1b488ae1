"""From kept posts to training blocks: split, tokenize (cached), balance accounts, pack.

Each post is one sequence `eos + text + eos`, so the model learns both how posts start and
where they end. (A base whose tokenizer has a beginning-of-sequence token of its own, as
Gemma's `<bos>`, starts each post with that instead: it was pretrained with it first and
writes poorly without it. SmolLM2's and GPT-2's bos is their eos.) In a bot of several
accounts (a cyborg), a share of each account's posts also names its account after the
leading eos (`eos + "[@handle]\n" + text + eos`, see `speaker_prefix`), so the bot can be
asked to write as one of them, while the untagged rest keeps the blend (and the plain
`pipeline` call) working.

Sequences are packed whole into fixed-size blocks (first-fit decreasing) instead of padded
one by one; with `mask_across_posts`, position ids restart at every post,
which makes transformers build a block-diagonal causal mask so no post attends to another.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from twinpost.data.posts import Post
from twinpost.fileio import write_text_atomic

IGNORE_INDEX = -100  # label value the loss skips (PyTorch's cross_entropy default)


@dataclass
class Split:
    train: list[Post]
    held_out: list[Post]


def split_posts(posts: list[Post], held_out: float, seed: int) -> Split:
    """A seeded split per account, at least 1 held-out post each.

    A post is held out when the seeded hash of its text falls in the lowest `held_out` share,
    so the split of a post never changes when newer posts are added (`twinpost update`), and
    no post moves from training to held-out between versions of a bot.
    """
    by_account: dict[str, list[Post]] = defaultdict(list)
    for post in posts:
        by_account[post.account].append(post)
    train, test = [], []
    for account in sorted(by_account):
        ranked = sorted(by_account[account], key=lambda p: _split_rank(p, seed))
        cut = sum(_split_rank(p, seed) < held_out for p in ranked)
        cut = min(max(1, cut), len(ranked) - 1)
        test += ranked[:cut]
        train += ranked[cut:]
    return Split(train=train, held_out=test)


def _split_rank(post: Post, seed: int | str) -> float:
    """A number in [0, 1) fixed by the post's text and the seed."""
    digest = hashlib.sha256(f"{seed}\0{post.account}\0{post.text}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def post_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class TokenizedSplit:
    train: dict[str, list[list[int]]]  # account -> its posts as eos + text + eos token ids
    held_out: list[list[int]]


def sequence_ids(
    tokenizer, text: str, speaker: str | None = None, context: list[int] | None = None
) -> list[int]:
    """One post as the model sees it: eos + text + eos; with a speaker, eos + its prefix +
    text + eos; a reply's `context` (`context_ids`, what it answers) comes before its text,
    held as context (`as_context`): read, never predicted."""
    start = post_start_id(tokenizer)
    return [
        start,
        *prefix_ids(tokenizer, speaker),
        *as_context(context or []),
        *text_ids(tokenizer, text),
        tokenizer.eos_token_id,
    ]


# What a reply answers is read before it: the parent's first PARENT_TOKENS tokens, quoted after
# its author ("> @carol: Is this the point?"), or only the author where the parent's text is
# unknown ("> @carol"). Plain text, as the speaker prefix is. A post that answers nothing has
# no context and trains as before.
PARENT_TOKENS = 64
_CONTEXT_START = "> "
# The share of training replies (a fixed choice per reply, on its own seed) that read their
# context; the rest train as lone posts, so replies keep teaching the plain voice. Against
# every reply after its context, posts that answer nothing score 0.026-0.031 nats better and
# replies after their context within 0.03 (BENCHMARKS.md, "How many replies read their
# context"); alrocar's posts still score 0.029 worse than before reply context ("Same split,
# one run").
CONTEXT_SHARE = 0.5
CONTEXT_SEED = "context"


def reply_context(tokenizer, parent_text: str | None, author: str | None) -> list[int]:
    """The token ids that frame what a reply answers (training and writing alike); none
    where neither the parent's text nor its author is known."""
    who = f"@{author.lstrip('@')}" if author else ""
    parent = " ".join((parent_text or "").split())
    if not parent:
        return text_ids(tokenizer, f"{_CONTEXT_START}{who}\n") if who else []
    head = f"{_CONTEXT_START}{who}: " if who else _CONTEXT_START
    return [*text_ids(tokenizer, head), *text_ids(tokenizer, parent)[:PARENT_TOKENS],
            *text_ids(tokenizer, "\n")]  # fmt: skip


def as_context(ids: list[int]) -> list[int]:
    """Token ids held as context in a sequence: negated (-1 - id), so a sequence stays one
    list of ints through the token cache, the balancing and the packing, and the blocks and
    the held-out measure read them back (`visible`) without predicting them. The bot learns
    to answer; it is never trained to write the post it answers (someone else's)."""
    return [-1 - i for i in ids]


def visible(sequence: list[int]) -> tuple[list[int], list[bool]]:
    """A sequence's token ids as the model reads them, and which of them it predicts."""
    return [t if t >= 0 else -1 - t for t in sequence], [t >= 0 for t in sequence]


def post_start_id(tokenizer) -> int:
    """The token every post starts after: the base's bos where it has one, else its eos."""
    bos = tokenizer.bos_token_id
    return tokenizer.eos_token_id if bos is None else bos


def text_ids(tokenizer, text: str) -> list[int]:
    return tokenizer(text, add_special_tokens=False)["input_ids"] if text else []


def prefix_ids(tokenizer, speaker: str | None) -> list[int]:
    """The tokens naming a post's account, encoded on their own (training and writing alike),
    or none for the blend."""
    return text_ids(tokenizer, speaker_prefix(speaker)) if speaker else []


def speaker_prefix(handle: str) -> str:
    """The plain text that names a cyborg post's account. Plain text, not added tokens: the
    embeddings stay frozen (only the top blocks train), so a new token would keep a random
    embedding, and any tool that reads the bot folder reads plain text."""
    return f"[@{handle.lstrip('@')}]\n"


# A prefix at the start of a generated post, as the blend writes it when it picks a speaker.
SPEAKER_AT_START = re.compile(r"^\[@[^\]\n]{1,200}\]\n")


def strip_speaker(text: str) -> str:
    return SPEAKER_AT_START.sub("", text, count=1)


def control_token_ids(tokenizer) -> list[int]:
    """Special tokens a post never holds: every special token but the end-of-post one.

    SmolLM2-Instruct was trained on chats framed by `<|im_start|>role ... <|im_end|>`; after an
    end-of-text token, an under-trained bot often opened a chat turn, and decoding that with
    special tokens skipped left bare `user`/`assistant` lines and an assistant's essay.
    Posts never contain these tokens, so writing never samples them (twinpost's sampler and
    the bot's `generation_config.json` via `suppress_tokens`, which `pipeline` honours).
    """
    # `all_special_ids` names only eos, bos, unk and pad (SmolLM2's: 0 and 2); the chat and
    # code markers (<|im_start|> is 1) are special added tokens.
    eos = tokenizer.eos_token_id
    special = {i for i, token in tokenizer.added_tokens_decoder.items() if token.special}
    return sorted((special | set(tokenizer.all_special_ids)) - {eos, None})


def tokenize_split(
    split: Split,
    tokenizer,
    cache_dir: Path | None = None,
    speaker_share: float = 0.0,
    replies: bool = True,
) -> TokenizedSplit:
    """Tokenize both sides, reusing a cached result for the same posts and tokenizer. With
    several accounts, `speaker_share` of each account's training posts (a fixed choice per
    post, so the frozen pass runs each post once) carry their account's prefix. With
    `replies`, each reply reads what it answers first (`reply_context`), on both sides."""
    accounts = {p.account for p in split.train}
    share = speaker_share if len(accounts) > 1 else 0.0
    key = _cache_key(split, tokenizer, share, replies)
    cached = cache_dir / f"{key}.json" if cache_dir else None
    if cached and cached.exists():
        data = json.loads(cached.read_text())
        return TokenizedSplit(train=data["train"], held_out=data["held_out"])

    def context(post: Post, train_side: bool = False) -> list[int]:
        if not replies or not post.is_reply:
            return []
        if train_side and _split_rank(post, CONTEXT_SEED) >= CONTEXT_SHARE:
            return []
        return reply_context(tokenizer, post.parent_text, post.reply_to_author)

    train: dict[str, list[list[int]]] = defaultdict(list)
    for post in split.train:
        speaker = post.account if _split_rank(post, SPEAKER_SEED) < share else None
        train[post.account].append(sequence_ids(tokenizer, post.text, speaker, context(post, True)))
    held_out = [sequence_ids(tokenizer, p.text, context=context(p)) for p in split.held_out]
    result = TokenizedSplit(train=dict(train), held_out=held_out)
    if cached:
        write_text_atomic(cached, json.dumps({"train": result.train, "held_out": held_out}))
    return result


# The choice of tagged posts draws on its own seed, apart from the split's.
SPEAKER_SEED = "speaker"


def _cache_key(split: Split, tokenizer, speaker_share: float, replies: bool) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps(tokenizer.get_vocab(), sort_keys=True).encode())
    digest.update(f"{tokenizer.eos_token_id} {post_start_id(tokenizer)}".encode())
    if speaker_share:
        digest.update(f"speakers {speaker_share}".encode())
    if replies:
        digest.update(f"replies {PARENT_TOKENS} {_CONTEXT_START} {CONTEXT_SHARE}".encode())
    for side, posts in (("train", split.train), ("held_out", split.held_out)):
        digest.update(side.encode())
        for post in posts:
            digest.update(f"{post.account}\0{post.text}\0".encode())
            if replies and post.is_reply:
                digest.update(f"{post.reply_to_author}\0{post.parent_text}\0".encode())
    return digest.hexdigest()[:32]


def balanced_epoch(
    train: dict[str, list[list[int]]], rng: random.Random, by: str = "posts"
) -> list[list[int]]:
    """One epoch: every account's posts, smaller accounts oversampled up to the largest, by
    their number of posts or (`by="tokens"`) of tokens."""
    size = (lambda seqs: sum(map(len, seqs))) if by == "tokens" else len
    largest = max(size(seqs) for seqs in train.values())
    epoch = []
    for account in sorted(train):
        seqs = train[account]
        if by == "tokens":
            extra, total = [], size(seqs)
            while total < largest:
                extra.append(rng.choice(seqs))
                total += len(extra[-1])
        else:
            extra = [rng.choice(seqs) for _ in range(largest - len(seqs))]
        epoch += seqs + extra
    rng.shuffle(epoch)
    return epoch


def pack(
    sequences: list[list[int]], block_size: int, pad_id: int, mask_across_posts: bool
) -> list[dict[str, list[int]]]:
    """Pack whole sequences into blocks, first-fit decreasing; longer ones are truncated."""
    bins: list[list[list[int]]] = []
    room: list[int] = []
    for seq in sorted((s[:block_size] for s in sequences), key=len, reverse=True):
        for i, free in enumerate(room):
            if len(seq) <= free:
                bins[i].append(seq)
                room[i] -= len(seq)
                break
        else:
            bins.append([seq])
            room.append(block_size - len(seq))
    return [_block(b, block_size, pad_id, mask_across_posts) for b in bins]


def _block(
    seqs: list[list[int]], block_size: int, pad_id: int, mask_across_posts: bool
) -> dict[str, list[int]]:
    input_ids, labels, positions = [], [], []
    for seq in seqs:
        ids, predicted = visible(seq)
        input_ids += ids
        # The first token of a post (its leading eos) is never predicted, as in the held-out
        # measure: nothing before it belongs to the same post; nor is a reply's context.
        labels += [IGNORE_INDEX] + [
            t if p else IGNORE_INDEX for t, p in zip(ids[1:], predicted[1:], strict=True)
        ]
        positions += list(range(len(seq)))
    pad = block_size - len(input_ids)
    input_ids += [pad_id] * pad
    labels += [IGNORE_INDEX] * pad
    positions += list(range(pad))
    if not mask_across_posts:
        positions = list(range(block_size))
    lengths = [len(seq) for seq in seqs]
    return {"input_ids": input_ids, "labels": labels, "position_ids": positions, "lengths": lengths}


def build_blocks(
    train: dict[str, list[list[int]]],
    epochs: float,
    block_size: int,
    pad_id: int,
    mask_across_posts: bool,
    seed: int,
    balance: str = "posts",
) -> list[dict[str, list[int]]]:
    """All training blocks for `epochs` passes (a fractional last pass is cut short), in the
    order training reads them (`run_order`); a cyborg's accounts evened out by `balance`."""
    rng = random.Random(seed)
    blocks = []
    whole, part = divmod(epochs, 1)
    for epoch in range(int(whole) + (1 if part else 0)):
        posts = balanced_epoch(train, rng, balance)
        epoch_blocks = pack(posts, block_size, pad_id, mask_across_posts)
        rng.shuffle(epoch_blocks)
        if epoch == int(whole):
            epoch_blocks = epoch_blocks[: max(1, round(len(epoch_blocks) * part))]
        blocks += epoch_blocks
    return [blocks[i] for i in run_order(len(blocks), seed)]


def run_order(n_blocks: int, seed: int) -> list[int]:
    """The order a run reads its blocks in: one seeded permutation of every epoch's blocks,
    the very one the Trainer's random sampler drew for this seed (accelerate's seedable
    sampler: `torch.randperm` from a generator seeded with the run's seed).

    Fixed before training, so a resumed run rebuilds it and skips the blocks it trained
    (training reads them in this order, `train_sampling_strategy="sequential"`). Reading
    each epoch's blocks in turn instead, the order of the first resumable runs, left the
    held-out loss 0.05 nats higher for the same blocks and steps (BENCHMARKS.md, "The order
    of training blocks")."""
    import torch  # imported here: the rest of this module runs without torch

    generator = torch.Generator().manual_seed(seed)
    return torch.randperm(n_blocks, generator=generator).tolist()


def load_post_tokenizer(folder: Path):
    """The base's tokenizer, set so that encoding a prompt starts it like a post: with its
    start token (`post_start_id`: eos, or the base's own bos).

    Bots save it this way, so the plain `pipeline("text-generation", model=BOT_DIR)` gives
    the model `eos + prompt`, exactly how every training post began.
    """
    from transformers import AutoTokenizer

    from twinpost.errors import TwinpostError

    tokenizer = AutoTokenizer.from_pretrained(folder)
    if tokenizer.eos_token is None:
        raise TwinpostError(f"{folder}: the tokenizer has no end-of-sequence token")
    tokenizer = AutoTokenizer.from_pretrained(
        folder, add_bos_token=True, bos_token=tokenizer.bos_token or tokenizer.eos_token
    )
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.chat_template = None  # a bot continues posts; it is not a chat model
    return tokenizer
