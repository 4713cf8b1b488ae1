"""The held-out loss: the one quality figure every comparison in twinpost uses.

Definition (keep it exactly so): the mean per-token cross-entropy over all held-out posts,
each scored on its own as `eos + text + eos` with the bot's own tokenizer, the first token
not predicted, texts truncated to 254 tokens. Scored in float32 so figures compare across
training precisions. A reply is scored after what it answers (its context, dataset.py's
`reply_context`), which is read and not scored.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
import torch.nn.functional as F

from twinpost.training.dataset import visible

OnProgress = Callable[[int, int], None]  # (done, total)

MAX_SCORED_TOKENS = 254
_BATCH = 16  # posts per forward pass: fits memory easily for 135M params, keeps CPUs busy


@torch.no_grad()
def held_out_loss(
    model, sequences: list[list[int]], pad_id: int, on_progress: OnProgress | None = None
) -> float:
    """Mean cross-entropy per predicted token over `sequences` (each eos + text + eos).
    `on_progress(done, total)` hears of each batch of posts scored."""
    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    device = next(model.parameters()).device
    seqs = sorted((s[:MAX_SCORED_TOKENS] for s in sequences), key=len)
    for start in range(0, len(seqs), _BATCH):
        batch = seqs[start : start + _BATCH]
        width = max(len(s) for s in batch)
        ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        scored = torch.zeros((len(batch), width), dtype=torch.bool)
        for row, seq in enumerate(batch):
            tokens, predicted = visible(seq)  # a reply's context is read, not scored
            ids[row, : len(seq)] = torch.tensor(tokens)
            mask[row, : len(seq)] = 1
            scored[row, : len(seq)] = torch.tensor(predicted)
        ids, mask, scored = ids.to(device), mask.to(device), scored.to(device)
        logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1].float()
        targets = ids[:, 1:].masked_fill((mask[:, 1:] == 0) | ~scored[:, 1:], -100)
        total += F.cross_entropy(
            logits.reshape(-1, logits.size(-1)), targets.reshape(-1), reduction="sum"
        ).item()
        count += int((targets != -100).sum())
        if on_progress is not None:
            on_progress(start + len(batch), len(seqs))
    model.train(was_training)
    return total / max(count, 1)
