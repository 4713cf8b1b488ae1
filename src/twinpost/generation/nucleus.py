"""Nucleus (top-p) sampling that does not sort the whole vocabulary at every step.

transformers' top-p warper sorts all 49,152 logits of every row and then draws from the full
vocabulary; on a CPU that was a third of the time to write 10 posts (BENCHMARKS.md). The
nucleus of a fine-tuned model is almost always a few dozen tokens, so we take the top
`CANDIDATES` with `topk`, apply the same rule there (keep the smallest set of most likely
tokens whose mass reaches `top_p`), try more candidates for the rows whose candidates hold
less than `top_p` of the mass, and sort the full rows only for those that even then fall
short. The result is the same distribution as the warper's.

Rows are taken in groups by how many candidates they need, so one flat row in a batch of 200
(common when `twinpost eval` writes 200 posts at once) does not send all 200 to a full sort.
"""

from __future__ import annotations

from collections.abc import Iterator

import torch

# Candidate counts tried in turn. A nucleus at top_p=0.95 is nearly always within the first;
# a bot whose next-token distribution is flat (long, varied posts) needs the second at many
# steps, where a top-4096 costs a fifth of a full sort and keeps the draw small too.
CANDIDATES = (256, 4096)


def sample_next(
    logits: torch.Tensor,
    temperature: float,
    top_p: float,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """One token id per row of `logits` [rows, vocab], by nucleus sampling, drawn from
    `generator` (the caller's own, never the process-wide one when given)."""
    tokens = torch.empty(logits.shape[0], dtype=torch.long)
    for rows, indices, weights in nucleus_groups(logits, temperature, top_p):
        choice = torch.multinomial(weights, 1, generator=generator)
        tokens[rows] = indices.gather(-1, choice).squeeze(-1)
    return tokens


def nucleus_groups(
    logits: torch.Tensor, temperature: float, top_p: float
) -> Iterator[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]:
    """Groups of rows, each with its candidate token ids and their unnormalised weights,
    zero outside the nucleus: (rows, indices [len(rows), k], weights [len(rows), k])."""
    logits = logits.float() / temperature
    log_total = torch.logsumexp(logits, dim=-1, keepdim=True)
    vocab = logits.shape[-1]
    pending = torch.arange(logits.shape[0])
    for k in [c for c in CANDIDATES if c < vocab] + [vocab]:
        rows = logits[pending]
        if k < vocab:
            values, indices = rows.topk(k, dim=-1)  # sorted, most likely first
        else:  # rare: the nucleus reaches beyond every candidate count
            values, indices = rows.sort(dim=-1, descending=True)
        probs = (values - log_total[pending]).exp()
        enough = probs.sum(-1) >= top_p if k < vocab else torch.ones_like(pending, dtype=bool)
        if enough.any():
            probs, indices = probs[enough], indices[enough]
            # Keep a token while the mass before it is below top_p: the smallest set reaching
            # top_p, always at least the most likely token.
            before = probs.cumsum(-1) - probs
            yield pending[enough], indices, probs.masked_fill(before >= top_p, 0.0)
        pending = pending[~enough]
        if len(pending) == 0:
            return


def nucleus(logits: torch.Tensor, temperature: float, top_p: float) -> torch.Tensor:
    """The nucleus as dense weights [rows, vocab], zero outside it (for checking)."""
    dense = torch.zeros_like(logits, dtype=torch.float32)
    for rows, indices, weights in nucleus_groups(logits, temperature, top_p):
        dense[rows] = dense[rows].scatter(-1, indices, weights)
    return dense
