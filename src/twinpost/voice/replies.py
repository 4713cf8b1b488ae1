"""`twinpost eval`'s reply figures, from the held-out replies kept with the post they answer.

- loss: the replies' held-out loss scored after their parent and alone (the reply's own
  tokens only, fp32), so how much the bot reads what it answers, with a 95% interval of the
  gap between the two (a paired bootstrap over the replies);
- relevance: the bot answers each parent, and each reply, written or real, ranks its own
  parent among `DISTRACTORS` other held-out parents by TF-IDF cosine similarity of word
  unigrams and bigrams (scikit-learn). Top-1 is reported for the written replies, for the
  real ones (the ceiling on this measure) and for chance (1 in DISTRACTORS + 1).
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from twinpost import events

DISTRACTORS = 9  # other parents each reply is ranked against: chance is 10%
MAX_REPLIES = 60  # replies answered for relevance: one batch, a few seconds on 2 cores
RESAMPLES = 2000  # bootstrap draws for the loss gap's interval


def reply_figures(bot, bot_dir: Path, replies: list[dict], config, seed: int) -> dict | None:
    """The figures for `replies` (held_out_replies), or None where there are too few."""
    if len(replies) < DISTRACTORS + 1:
        return None
    rng = random.Random(seed)
    chosen = rng.sample(replies, min(MAX_REPLIES, len(replies)))
    with_parent, alone = _losses(bot_dir, replies)
    low, high = gap_interval(with_parent, alone, seed)
    written = _answer(bot, chosen, config)
    parents = [r["parent_text"] for r in chosen]
    return {
        "replies": len(replies),
        "loss_with_parent": round(_mean(with_parent), 4),
        "loss_alone": round(_mean(alone), 4),
        "gap_low": round(low, 4),  # the 95% interval of loss_alone - loss_with_parent
        "gap_high": round(high, 4),
        "relevance": {
            "replies": len(chosen),
            "written_top1": _top1(written, parents, seed),
            "real_top1": _top1([r["text"] for r in chosen], parents, seed),
            "chance": round(1 / (DISTRACTORS + 1), 3),
        },
    }


Losses = list[tuple[float, int]]  # per reply: its summed loss and its scored tokens


def _mean(losses: Losses) -> float:
    return sum(s for s, _ in losses) / max(1, sum(n for _, n in losses))


def gap_interval(with_parent: Losses, alone: Losses, seed: int) -> tuple[float, float]:
    """The 95% interval of how much lower the replies score with their parent: the same
    replies drawn with replacement for both scorings (paired), RESAMPLES times."""
    import numpy as np

    rng = np.random.default_rng(seed)
    w, a = np.array(with_parent, dtype=float), np.array(alone, dtype=float)
    draws = rng.integers(0, len(w), size=(RESAMPLES, len(w)))
    gaps = a[draws, 0].sum(1) / a[draws, 1].sum(1) - w[draws, 0].sum(1) / w[draws, 1].sum(1)
    low, high = np.quantile(gaps, [0.025, 0.975])
    return float(low), float(high)


def _losses(bot_dir: Path, replies: list[dict]) -> tuple[Losses, Losses]:
    import torch
    from transformers import AutoModelForCausalLM

    from twinpost.training.dataset import load_post_tokenizer, reply_context, sequence_ids
    from twinpost.training.held_out import HeldOutScorer

    events.stage("reply-loss", "Scoring held-out replies, with and without their parent")
    tokenizer = load_post_tokenizer(bot_dir)
    model = AutoModelForCausalLM.from_pretrained(bot_dir, dtype=torch.float32)
    pad = tokenizer.pad_token_id

    def score(with_parent: bool) -> Losses:
        scorer = HeldOutScorer([
            sequence_ids(tokenizer, r["text"], context=reply_context(
                tokenizer, r["parent_text"], r.get("reply_to_author")) if with_parent else None)
            for r in replies
        ], pad)  # fmt: skip
        scorer.loss(model)
        return scorer.per_post

    return score(True), score(False)


def reply_requests(first, replies: list[dict]) -> list:
    """One request like `first` (a PostRequest) per held-out reply, answering what it
    answers: its parent where kept, else its author alone."""
    return [replace(first, reply_to=r.get("parent_text"), reply_to_author=r.get("reply_to_author"))
            for r in replies]  # fmt: skip


def _answer(bot, replies: list[dict], config) -> list[str]:
    """One reply of the bot to each parent, in one batch."""
    from twinpost.generation.write import PostRequest, write_posts

    events.stage("replies", "Answering held-out parents", "replies")
    first = PostRequest.from_config("", config.replace(n=1))
    written, _ = write_posts(bot, reply_requests(first, replies), lambda done, total: (
        events.progress("replies", done, total)))  # fmt: skip
    return [w.samples[0].text if w.samples else "" for w in written]


def _top1(replies: list[str], parents: list[str], seed: int) -> float:
    """The share of replies whose own parent is the most similar of it and DISTRACTORS
    others drawn from `parents` (seeded)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    vectors = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(parents + replies)
    p, r = vectors.transform(parents), vectors.transform(replies)
    rng = random.Random(seed)
    hits = 0
    for i in range(len(replies)):
        others = rng.sample([j for j in range(len(parents)) if j != i], DISTRACTORS)
        scores = cosine_similarity(r[i], p[[i, *others]])[0]
        hits += scores[0] > max(scores[1:])  # a tie is no hit
    return round(hits / max(1, len(replies)), 3)
