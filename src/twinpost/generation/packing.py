"""Linear layers laid out for writing posts on a CPU: packed once for oneDNN, or in int8.

A decoding step of 10 rows reads every weight of the model once, in matmuls of 10 rows each.
ATen's CPU matmul hands oneDNN a plain weight, which it reorders into its blocked layout on
every call. `PackedLinear` reorders each weight once, when the bot is loaded, as
`torch.compile` does for CPU inference with freezing on (its `mkldnn._linear_pointwise` op),
without the compile. The arithmetic is the same and so are the logits; the step is faster
(`bench/decode_costs.py`, figures in BENCHMARKS.md).

A KV cache that grows in place rather than by concatenation was tried as well and lost: the
step was 1.03x slower with it (DESIGN.md).

`Int8Linear` holds a weight in int8 with one scale per output row (weight-only: the
activations stay in floating point). Writing one post is bound by reading every weight once
a token, so one byte a weight writes one post 1.6x faster than fp32 weights on the AVX2 CPU
of BENCHMARKS.md. A bot's own layers take a quarter of their fp32 memory there, and half of
their bf16 memory on a CPU that writes in bf16 (AVX512-BF16, AMX), for a held-out loss
within 0.01 nats of the full weights' either way (BENCHMARKS.md, "int8 weights").
"""

from __future__ import annotations

import platform

import torch
from torch import nn

from twinpost.errors import TwinpostError

WEIGHTS = ("auto", "int8", "full")
# ATen's int8 kernel reads its rows 8 values at a time: other widths crashed or computed
# wrong sums here (torch 2.13), so such a layer keeps its full weight.
INT8_WIDTH_MULTIPLE = 8


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
    return _replace_linears(model, lambda linear: PackedLinear(linear, rows))


def _replace_linears(model: nn.Module, make, takes=lambda linear: True) -> int:
    """Replace each plain `nn.Linear` of `model` that `takes` by `make(linear)`."""
    swaps = [(parent, name, child)
             for parent in model.modules()
             for name, child in parent.named_children()
             if type(child) is nn.Linear and takes(child)]  # fmt: skip
    for parent, name, child in swaps:
        setattr(parent, name, make(child))
    return len(swaps)


class Int8Linear(nn.Module):
    """An inference-only `nn.Linear` whose weight is held in int8, one scale per output row
    (symmetric, the scale rounded to bf16 first so the int8 values fit the scale used).

    Hand-written over ATen's own kernel (`_weight_int8pack_mm`) rather than torchao's
    `Int8WeightOnlyConfig`: torchao hands the kernel the model's fp32 activations, which it
    computes unvectorized (a decoding step took 123 ms against the full weights' 55 ms,
    measured), and is one more dependency; the kernel is fast with bf16 activations, so
    each input is rounded to bf16 for it and the output returned in the input's dtype."""

    def __init__(self, linear: nn.Linear) -> None:
        super().__init__()
        self.in_features, self.out_features = linear.in_features, linear.out_features
        weight = linear.weight.detach().float()
        tiny = torch.finfo(torch.bfloat16).tiny
        scale = (weight.abs().amax(dim=1) / 127).clamp(min=tiny).to(torch.bfloat16)
        quantized = torch.round(weight / scale.float()[:, None]).clamp(-128, 127)
        self.register_buffer("weight", quantized.to(torch.int8), persistent=False)
        self.register_buffer("scale", scale, persistent=False)
        bias = None if linear.bias is None else linear.bias.detach()
        self.register_buffer("bias", bias, persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        flat = x.reshape(-1, self.in_features).to(torch.bfloat16).contiguous()
        out = torch.ops.aten._weight_int8pack_mm(flat, self.weight, self.scale).to(x.dtype)
        if self.bias is not None:
            out = out + self.bias
        return out.reshape(*x.shape[:-1], self.out_features)


def resolve_weights(weights: str) -> str:
    """What `weights` means here, int8 or full ("auto": int8 on x86-64 CPUs, where measured)."""
    if weights not in WEIGHTS:
        raise TwinpostError(f"--weights {weights!r}: use one of {', '.join(WEIGHTS)}")
    if weights == "auto":
        return "int8" if platform.machine().lower() in ("x86_64", "amd64") else "full"
    return weights


@torch.no_grad()
def quantize_linears(model: nn.Module) -> int:
    """Replace every `nn.Linear` of a CPU model whose input width the int8 kernel takes by an
    `Int8Linear`, for inference; returns how many were replaced."""
    if any(p.device.type != "cpu" for p in model.parameters()):
        return 0
    return _replace_linears(
        model, Int8Linear, lambda linear: linear.in_features % INT8_WIDTH_MULTIPLE == 0
    )
