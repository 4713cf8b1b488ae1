"""Linear layers laid out once for oneDNN, for writing posts on a CPU.

A decoding step of 10 rows reads every weight of the model once, in matmuls of 10 rows each.
ATen's CPU matmul hands oneDNN a plain weight, which it reorders into its blocked layout on
every call. `PackedLinear` reorders each weight once, when the bot is loaded, as
`torch.compile` does for CPU inference with freezing on (its `mkldnn._linear_pointwise` op),
without the compile. The arithmetic is the same and so are the logits; the step is faster
(`bench/decode_costs.py`, figures in BENCHMARKS.md).

A KV cache that grows in place rather than by concatenation was tried as well and lost: the
step was 1.03x slower with it (DESIGN.md).
"""

from __future__ import annotations

import platform

import torch
from torch import nn


class PackedLinear(nn.Module):
    """An inference-only `nn.Linear` whose weight is laid out once for oneDNN. The packed
    weight is no parameter: a packed model writes posts, and is neither trained nor saved."""

    def __init__(self, linear: nn.Linear, rows: int) -> None:
        super().__init__()
        self.in_features, self.out_features = linear.in_features, linear.out_features
        # `rows` only tunes the layout; any number of rows computes correctly.
        self.packed = torch.ops.mkldnn._reorder_linear_weight(linear.weight.detach(), rows)
        self.bias = None if linear.bias is None else linear.bias.detach()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        flat = x.reshape(-1, self.in_features)
        out = torch.ops.mkldnn._linear_pointwise(flat, self.packed, self.bias, "none", [], "")
        return out.reshape(*x.shape[:-1], self.out_features)


def packing_supported(dtype: torch.dtype) -> bool:
    """oneDNN packs fp32 on x86 CPUs, and bf16 where the CPU computes in it. Elsewhere (ARM)
    the plain layers stay: the packing was measured on x86 only."""
    if (
        platform.machine().lower() not in ("x86_64", "amd64")
        or not torch.backends.mkldnn.is_available()
    ):
        return False
    return dtype == torch.float32 or (
        dtype == torch.bfloat16 and torch.ops.mkldnn._is_mkldnn_bf16_supported()
    )


@torch.no_grad()
def pack_linears(model: nn.Module, rows: int = 10) -> int:
    """Replace every `nn.Linear` of a CPU model, for inference, by a `PackedLinear`; returns
    how many were replaced (none where oneDNN cannot pack the model's dtype)."""
    if model.device.type != "cpu" or not packing_supported(model.dtype):
        return 0
    swaps = [(parent, name, child)
             for parent in model.modules()
             for name, child in parent.named_children() if type(child) is nn.Linear]  # fmt: skip
    for parent, name, child in swaps:
        setattr(parent, name, PackedLinear(child, rows))
    return len(swaps)
