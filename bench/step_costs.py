"""What one training step of the default recipe costs, and what each speed-up in it buys.

    python bench/step_costs.py

A step of `twinpost train`'s default recipe: the top 10 of the embedded SmolLM2-135M's 30
blocks, forward and backward under bf16 autocast, over 2 blocks of 256 tokens of states the
frozen lower blocks computed, packed from posts of --post-tokens tokens (andreruffert's mean
is 20), then gradient clipping and fused AdamW. It times, interleaved step by step so that
drift on the machine hits every variant alike:
- the loss: `FrozenHeadCrossEntropy` (the gradient computed in the forward pass) against
  autograd's cross-entropy over fp32 logits from the same frozen bf16 output layer;
- attention: eager against SDPA.
It prints the median seconds per step of each variant and the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch
from transformers import AutoModelForCausalLM

from twinpost.training.base_model import resolve_base
from twinpost.training.dataset import IGNORE_INDEX
from twinpost.training.loss import FrozenHeadCrossEntropy

TOP, BATCH, BLOCK, WIDTH, VOCAB = 10, 2, 256, 576, 49152


def autograd_loss(rows, head, targets):
    """The loss as it was before `FrozenHeadCrossEntropy`: autograd over fp32 logits."""
    logits = torch.nn.functional.linear(rows.to(head.dtype), head)
    return torch.nn.functional.cross_entropy(logits.float(), targets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--post-tokens", type=int, default=20, help="tokens per packed post")
    parser.add_argument("--steps", type=int, default=12, help="timed steps per variant")
    args = parser.parse_args()
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(resolve_base(None), dtype=torch.float32)
    model.requires_grad_(False)
    model.model.layers = torch.nn.ModuleList(model.model.layers[-TOP:])
    model.model.layers.requires_grad_(True)
    model.model.norm.requires_grad_(True)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=1e-6, fused=True)
    head = model.lm_head.weight.detach().to(torch.bfloat16)

    states = torch.randn(BATCH, BLOCK, WIDTH) * 0.5
    positions = torch.arange(BLOCK).repeat(BATCH, 1) % args.post_tokens
    labels = torch.randint(0, VOCAB, (BATCH, BLOCK))
    labels[positions == 0] = IGNORE_INDEX  # a post's first token is not predicted
    targets = labels[:, 1:]
    predicted = targets != IGNORE_INDEX

    def step(loss_fn, attention: str) -> float:
        model.set_attn_implementation(attention)
        started = time.perf_counter()
        with torch.autocast("cpu", dtype=torch.bfloat16):
            hidden = model.model(
                inputs_embeds=states, position_ids=positions, use_cache=False
            ).last_hidden_state
            loss = loss_fn(hidden[:, :-1][predicted], head, targets[predicted])
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        optimizer.zero_grad()
        return time.perf_counter() - started

    variants = {
        "autograd loss, SDPA (before)": (autograd_loss, "sdpa"),
        "fused loss, SDPA": (FrozenHeadCrossEntropy.apply, "sdpa"),
        "fused loss, eager (default)": (FrozenHeadCrossEntropy.apply, "eager"),
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    for round_ in range(args.steps + 2):
        for name, (loss_fn, attention) in variants.items():
            seconds = step(loss_fn, attention)
            if round_ >= 2:  # the first rounds warm oneDNN's kernels up
                times[name].append(seconds)
    before = statistics.median(times["autograd loss, SDPA (before)"])
    tokens = int((positions != 0).sum())
    print(f"median of {args.steps} steps of {BATCH} x {BLOCK} tokens ({tokens} predicted):")
    for name, spent in times.items():
        median = statistics.median(spent)
        print(f"  {name:30s} {median:.3f} s  {tokens / median:5.0f} tok/s  "
              f"{before / median:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
