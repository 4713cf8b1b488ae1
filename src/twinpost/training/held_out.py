"""The held-out loss: the one quality figure every comparison in twinpost uses.

Definition (keep it exactly so): the mean per-token cross-entropy over all held-out posts,
each scored on its own as `eos + text + eos` with the bot's own tokenizer, the first token
not predicted, texts truncated to 254 tokens. Scored in float32 so figures compare across
training precisions. A reply is scored after what it answers (its context, dataset.py's
`reply_context`), which is read and not scored.

A run scores the same posts twice, before training and after. With `--method top` the lower
blocks never change, so `HeldOutScorer` keeps the posts' states below the trained blocks from
the first scoring and runs only the blocks above them (and the head) the second time: the
same float32 arithmetic on the same inputs, in 0.43 of the time on alrocar (BENCHMARKS.md).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import torch
import torch.nn.functional as F

from twinpost.training.dataset import visible
from twinpost.training.frozen import only_layers

OnProgress = Callable[[int, int], None]  # (done, total)

MAX_SCORED_TOKENS = 254
_BATCH = 16  # posts per forward pass: fits memory easily for 135M params, keeps CPUs busy
# The most the kept states may take (float32); past it the second scoring runs every block.
# 10% of a 10,000-post account is about 0.15 GiB at the 135M model's width.
MAX_KEPT_BYTES = 1 << 30


def held_out_loss(
    model, sequences: list[list[int]], pad_id: int, on_progress: OnProgress | None = None
) -> float:
    """Mean cross-entropy per predicted token over `sequences` (each eos + text + eos).
    `on_progress(done, total)` hears of each batch of posts scored."""
    return HeldOutScorer(sequences, pad_id).loss(model, on_progress)


class HeldOutScorer:
    """`held_out_loss` over the same posts, scored more than once.

    With `frozen_below=k` (the model's lower k blocks stay as they are between scorings), the
    first scoring keeps every post's state after block k, and later ones start from there.
    `upper_seconds` is how long the first scoring spent above block k: what a later one costs.
    """

    def __init__(self, sequences: list[list[int]], pad_id: int, frozen_below: int = 0) -> None:
        seqs = [s[:MAX_SCORED_TOKENS] for s in sequences]
        self.order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))  # batches of alike
        seqs = [seqs[i] for i in self.order]
        self.batches = [_batch(seqs[i : i + _BATCH], pad_id) for i in range(0, len(seqs), _BATCH)]
        self.posts = len(seqs)
        self.frozen_below = frozen_below
        self.kept: list[torch.Tensor] | None = None
        self.upper_seconds: float | None = None
        # After a scoring, each post's summed loss and predicted tokens, in `sequences`' order.
        self.per_post: list[tuple[float, int]] = []

    @torch.no_grad()
    def loss(self, model, on_progress: OnProgress | None = None) -> float:
        was_training = model.training
        model.eval()
        device = next(model.parameters()).device
        decoder, head = model.get_decoder(), model.get_output_embeddings()
        layers = getattr(decoder, "layers", ())
        resume = self.kept is not None
        keep = not resume and 0 < self.frozen_below < len(layers) and self._fits(model)
        kept: list[torch.Tensor] = []
        reached: list[float] = []  # when each batch came out of the frozen blocks

        def capture(_module, _inputs, out) -> None:  # returns None: the output is unchanged
            kept.append((out[0] if isinstance(out, tuple) else out).cpu())
            reached.append(time.perf_counter())

        hook = layers[self.frozen_below - 1].register_forward_hook(capture) if keep else None
        upper, total, count, done = 0.0, 0.0, 0, 0
        sums: list[float] = []
        counts: list[int] = []
        try:
            for index, (ids, mask, scored) in enumerate(self.batches):
                ids, mask, scored = ids.to(device), mask.to(device), scored.to(device)
                started = time.perf_counter()
                if resume:
                    hidden = self._upper(decoder, layers, self.kept[index].to(device), mask)
                else:
                    hidden = decoder(input_ids=ids, attention_mask=mask, use_cache=False)
                    hidden = hidden.last_hidden_state
                    started = reached[-1] if keep else started
                # The head only where a token is predicted: the same figures as scoring
                # every position, without a (posts x width x vocabulary) logits tensor.
                predicted = (mask[:, 1:] == 1) & scored[:, 1:]
                logits = head(hidden[:, :-1][predicted]).float()
                losses = F.cross_entropy(logits, ids[:, 1:][predicted], reduction="none")
                total += losses.sum().item()
                count += int(predicted.sum())
                rows = predicted.nonzero()[:, 0]  # the post of each scored token, in order
                sums += torch.zeros(ids.size(0)).index_add_(0, rows.cpu(), losses.cpu()).tolist()
                counts += predicted.sum(1).tolist()
                upper += time.perf_counter() - started
                done += ids.size(0)
                if on_progress is not None:
                    on_progress(done, self.posts)
        finally:
            if hook is not None:
                hook.remove()
        if keep:
            self.kept, self.upper_seconds = kept, upper
        self.per_post = [(0.0, 0)] * self.posts
        for position, index in enumerate(self.order):
            self.per_post[index] = (sums[position], counts[position])
        model.train(was_training)
        return total / max(count, 1)

    def _upper(self, decoder, layers, states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The blocks above the frozen ones (and the final norm), from their kept input."""
        with only_layers(decoder, layers[self.frozen_below :]):
            out = decoder(inputs_embeds=states, attention_mask=mask, use_cache=False)
        return out.last_hidden_state

    def _fits(self, model) -> bool:
        width = model.config.hidden_size
        tokens = sum(ids.numel() for ids, _, _ in self.batches)
        return tokens * width * 4 <= MAX_KEPT_BYTES


def _batch(seqs: list[list[int]], pad_id: int) -> tuple[torch.Tensor, ...]:
    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    scored = torch.zeros((len(seqs), width), dtype=torch.bool)
    for row, seq in enumerate(seqs):
        tokens, predicted = visible(seq)  # a reply's context is read, not scored
        ids[row, : len(seq)] = torch.tensor(tokens)
        mask[row, : len(seq)] = 1
        scored[row, : len(seq)] = torch.tensor(predicted)
    return ids, mask, scored
