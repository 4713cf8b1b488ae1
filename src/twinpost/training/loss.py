"""The training loss: cross-entropy over the predicted tokens only, and the Trainer using it.

transformers' causal-LM loss runs the output layer over every position; twinpost's runs it
where a token is predicted, and for a frozen output layer computes its gradient in the
forward pass (`FrozenHeadCrossEntropy`). Same loss, faster steps (BENCHMARKS.md).
"""

from __future__ import annotations

import torch

from twinpost.training.dataset import IGNORE_INDEX
from twinpost.training.frozen import FrozenPrefix


def unwrapped(model):
    """The transformers model inside a peft (LoRA) wrapper, or the model itself."""
    return model.get_base_model() if hasattr(model, "get_base_model") else model


def predicted_tokens_loss(model, batch: dict, frozen_head: torch.Tensor | None = None):
    """Mean cross-entropy over the predicted tokens of `batch` (labels not IGNORE_INDEX).

    transformers' causal-LM loss runs the output layer (576 x 49,152, the costliest matmul of
    a top-blocks step) over every position, padding and each post's first token included.
    This runs it on the predicted positions only. `frozen_head` is a copy of an output layer
    that does not train (a bf16 one saves recasting it at every step under autocast); with it,
    the loss and its gradient are computed together by `FrozenHeadCrossEntropy`. Same loss.
    """
    inputs = dict(batch)
    labels = inputs.pop("labels")
    base = unwrapped(model)
    hidden = base.get_decoder()(**inputs).last_hidden_state
    targets = labels[:, 1:]
    predicted = targets != IGNORE_INDEX
    rows = hidden[:, :-1][predicted]
    head = base.get_output_embeddings()
    if frozen_head is not None and head.bias is None and rows.requires_grad:
        return FrozenHeadCrossEntropy.apply(rows, frozen_head, targets[predicted])
    if frozen_head is None:
        logits = head(rows)
    else:
        logits = torch.nn.functional.linear(rows.to(frozen_head.dtype), frozen_head, head.bias)
    loss = torch.nn.functional.cross_entropy(logits.float(), targets[predicted], reduction="sum")
    return loss / predicted.sum().clamp(min=1)


class FrozenHeadCrossEntropy(torch.autograd.Function):
    """Mean cross-entropy of `rows @ weight.T` against `targets`, for a weight that does not
    train, with the gradient for `rows` computed in the forward pass.

    The loss is a training step's last op, so its gradient is known in the forward pass:
    softmax(logits) minus one at the targets. Computing it there, in the weight's dtype and a
    chunk of rows at a time, spares autograd's fp32 copy of the 49,152-wide logits, its
    log-softmax and its backward: a default training step is 1.16x faster on 2 cores
    (`bench/step_costs.py`), with the same loss and a gradient within bf16 rounding. Written
    here because the libraries that fuse this (Liger Kernel, Apple's cut-cross-entropy) run
    on GPUs only.
    """

    CHUNK = 256  # rows per pass: 256 x 49,152 bf16 logits are 25 MB

    @staticmethod
    def forward(ctx, rows: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor):
        n = max(rows.shape[0], 1)
        total = torch.zeros((), dtype=torch.float32, device=rows.device)
        grads = torch.empty(rows.shape, dtype=weight.dtype, device=rows.device)
        with torch.autocast(rows.device.type, enabled=False):
            x = rows.detach().to(weight.dtype)
            for start in range(0, rows.shape[0], FrozenHeadCrossEntropy.CHUNK):
                end = min(start + FrozenHeadCrossEntropy.CHUNK, rows.shape[0])
                probs = torch.softmax(x[start:end] @ weight.T, dim=-1)
                at = (torch.arange(end - start, device=rows.device), targets[start:end])
                # Clamped: a target below float's smallest normal would give an infinite loss.
                total -= probs[at].float().clamp(min=torch.finfo(torch.float32).tiny).log().sum()
                probs[at] -= 1
                torch.mm(probs, weight, out=grads[start:end])
        ctx.save_for_backward(grads)
        ctx.scale, ctx.rows_dtype = 1.0 / n, rows.dtype
        return total / n

    @staticmethod
    def backward(ctx, grad_output: torch.Tensor):
        (grads,) = ctx.saved_tensors
        return grads.to(ctx.rows_dtype) * (grad_output * ctx.scale), None, None


def post_trainer_class():
    from transformers import Trainer

    class PostTrainer(Trainer):
        """The Trainer with `predicted_tokens_loss` as its loss."""

        frozen_head: torch.Tensor | None = None

        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            head = unwrapped(model).get_output_embeddings().weight
            if self.frozen_head is None and self.args.bf16 and not head.requires_grad:
                self.frozen_head = head.detach().to(torch.bfloat16)  # cast once, not per step
            # accelerate puts autocast around the model's forward; this loss calls the decoder
            # and the output layer itself, so it enters autocast itself.
            with self.accelerator.autocast():
                loss = predicted_tokens_loss(model, inputs, self.frozen_head)
            return (loss, {"loss": loss}) if return_outputs else loss

    return PostTrainer


def collate_blocks(with_positions: bool, frozen: FrozenPrefix | None = None):
    def collate(blocks: list[dict[str, list[int]]]) -> dict[str, torch.Tensor]:
        batch: dict = {"labels": torch.tensor([b["labels"] for b in blocks]), "use_cache": False}
        if frozen is None:
            batch["input_ids"] = torch.tensor([b["input_ids"] for b in blocks])
        else:
            batch["inputs_embeds"] = torch.stack([frozen.embeds(b) for b in blocks])
        if with_positions:
            # With no attention mask, restarting positions make transformers mask across posts.
            batch["position_ids"] = torch.tensor([b["position_ids"] for b in blocks])
        return batch

    return collate
