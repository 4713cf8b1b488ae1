"""Nucleus (top-p) sampling that does not sort the whole vocabulary at every step.

transformers' top-p warper sorts all 49,152 logits of every row and then draws from the full
vocabulary; on a CPU that was a third of the time to write 10 posts (BENCHMARKS.md). The
nucleus of a fine-tuned model is almost always a few dozen tokens, so we take the top
`CANDIDATES` with `topk`, apply the same rule there (keep the smallest set of most likely
tokens whose mass reaches `top_p`), try more candidates when they hold less than `top_p` of
the mass, and sort the full rows only when even those do not. The result is the same
distribution as the warper's.
"""

from __future__ import annotations

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
    indices, weights = nucleus(logits, temperature, top_p)
    choice = torch.multinomial(weights, 1, generator=generator)
    return indices.gather(-1, choice).squeeze(-1)


def nucleus(
    logits: torch.Tensor, temperature: float, top_p: float
) -> tuple[torch.Tensor, torch.Tensor]:
    """Candidate token ids and their unnormalised weights, zero outside the nucleus."""
    logits = logits.float() / temperature
    log_total = torch.logsumexp(logits, dim=-1, keepdim=True)
    vocab = logits.shape[-1]
    for k in [c for c in CANDIDATES if c < vocab] + [vocab]:
        if k < vocab:
            values, indices = logits.topk(k, dim=-1)  # sorted, most likely first
        else:  # rare: the nucleus reaches beyond every candidate count
            values, indices = logits.sort(dim=-1, descending=True)
        probs = (values - log_total).exp()
        if k == vocab or not (probs.sum(-1) < top_p).any():
            break
    # Keep a token while the mass before it is below top_p: the smallest set reaching top_p,
    # always at least the most likely token.
    before = probs.cumsum(-1) - probs
    return indices, probs.masked_fill(before >= top_p, 0.0)
