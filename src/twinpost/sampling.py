"""Nucleus (top-p) sampling that does not sort the whole vocabulary at every step.

transformers' top-p warper sorts all 49,152 logits of every row and then draws from the full
vocabulary; on a CPU that was a third of the time to write 10 posts (BENCHMARKS.md). The
nucleus of a fine-tuned model is almost always a few dozen tokens, so we take the top
`CANDIDATES` with `topk`, apply the same rule there (keep the smallest set of most likely
tokens whose mass reaches `top_p`), and sort the full rows only in the rare case the candidates
hold less than `top_p` of the mass. The result is the same distribution as the warper's.
"""

from __future__ import annotations

import torch

# A nucleus at top_p=0.95 is far smaller in practice; a batch that needs more falls back.
CANDIDATES = 256


def sample_next(logits: torch.Tensor, temperature: float, top_p: float) -> torch.Tensor:
    """One token id per row of `logits` [rows, vocab], by nucleus sampling."""
    indices, weights = nucleus(logits, temperature, top_p)
    choice = torch.multinomial(weights, 1)
    return indices.gather(-1, choice).squeeze(-1)


def nucleus(
    logits: torch.Tensor, temperature: float, top_p: float
) -> tuple[torch.Tensor, torch.Tensor]:
    """Candidate token ids and their unnormalised weights, zero outside the nucleus."""
    logits = logits.float() / temperature
    log_total = torch.logsumexp(logits, dim=-1, keepdim=True)
    k = min(CANDIDATES, logits.shape[-1])
    values, indices = logits.topk(k, dim=-1)  # sorted, most likely first
    probs = (values - log_total).exp()
    if (probs.sum(-1) < top_p).any():  # rare: the nucleus reaches beyond the candidates
        values, indices = logits.sort(dim=-1, descending=True)
        probs = (values - log_total).exp()
    # Keep a token while the mass before it is below top_p: the smallest set reaching top_p,
    # always at least the most likely token.
    before = probs.cumsum(-1) - probs
    return indices, probs.masked_fill(before >= top_p, 0.0)
