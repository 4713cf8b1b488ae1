"""Packed linear layers must compute what `nn.Linear` computes, in every layer of a model;
int8 layers, within their rounding."""

from __future__ import annotations

import pytest
import torch
from torch import nn
from transformers import AutoModelForCausalLM

from twinpost.errors import TwinpostError
from twinpost.generation.packing import (
    Int8Linear,
    PackedLinear,
    pack_linears,
    packing_supported,
    quantize_linears,
    resolve_weights,
)


def _unpacked_because(dtype: torch.dtype) -> str:
    """Why oneDNN does not pack `dtype` here: the CPU feature or library it needs."""
    if not torch.backends.mkldnn.is_available():
        return "needs oneDNN (mkldnn), absent from this torch build"
    if dtype == torch.bfloat16:
        return "needs a CPU with native bf16 (AVX512-BF16 or AMX)"
    return "needs an x86-64 CPU"


DTYPES = [
    pytest.param(
        dtype,
        marks=pytest.mark.skipif(not packing_supported(dtype), reason=_unpacked_because(dtype)),
    )
    for dtype in (torch.float32, torch.bfloat16)
]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("shape", [(1, 1), (10, 1), (3, 7)])  # a step, a batch, a prompt
def test_packed_linear_computes_what_linear_computes(dtype, bias, shape):
    torch.manual_seed(0)
    linear = nn.Linear(48, 80, bias=bias).to(dtype)
    x = torch.randn(*shape, 48).to(dtype)
    with torch.inference_mode():
        expected, got = linear(x), PackedLinear(linear, rows=10)(x)
    assert got.shape == expected.shape == (*shape, 80)
    tolerance = 1e-5 if dtype == torch.float32 else 2e-2
    torch.testing.assert_close(got, expected, rtol=tolerance, atol=tolerance)


@pytest.mark.parametrize("dtype", DTYPES)
def test_packing_keeps_a_models_logits(tiny_base, dtype):
    plain, packed = (
        AutoModelForCausalLM.from_pretrained(tiny_base, dtype=dtype).eval() for _ in range(2)
    )
    linears = sum(type(m) is nn.Linear for m in plain.modules())
    assert pack_linears(packed) == linears > 0
    assert not any(type(m) is nn.Linear for m in packed.modules())
    tolerance = 1e-4 if dtype == torch.float32 else 5e-2
    for expected, got in zip(prompt_and_step(plain), prompt_and_step(packed), strict=True):
        torch.testing.assert_close(got, expected, rtol=tolerance, atol=tolerance)


@torch.inference_mode()
def prompt_and_step(model) -> tuple[torch.Tensor, torch.Tensor]:
    """Logits of a two-row prompt pass and of one decoding step over its cache."""
    ids = torch.tensor([[0, 11, 12, 13], [0, 21, 22, 23]])
    out = model(input_ids=ids, use_cache=True)
    step = model(input_ids=ids[:, -1:], cache=out.cache, use_cache=True)
    return out.logits, step.logits


def test_packing_leaves_other_devices_and_dtypes_alone(tiny_base):
    model = AutoModelForCausalLM.from_pretrained(tiny_base, dtype=torch.float16).eval()
    assert pack_linears(model) == 0
    assert any(type(m) is nn.Linear for m in model.modules())


@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("shape", [(1, 1), (10, 1), (3, 7)])
def test_int8_linear_computes_what_linear_computes_within_its_rounding(bias, shape):
    torch.manual_seed(0)
    linear = nn.Linear(48, 80, bias=bias)
    x = torch.randn(*shape, 48)
    int8 = Int8Linear(linear)
    assert int8.weight.dtype == torch.int8 and int8.weight.shape == (80, 48)
    with torch.inference_mode():
        expected, got = linear(x), int8(x)
    assert got.shape == expected.shape and got.dtype == x.dtype
    # One scale per output row, max |w| / 127 (rounded to bf16): the finest grid that holds
    # the row, so each weight is off by at most half a step of it.
    weight = linear.weight.detach()
    held = int8.weight.float() * int8.scale.float()[:, None]
    step = weight.abs().amax(dim=1, keepdim=True) / 127
    assert ((held - weight).abs() <= step / 2 * 1.01).all()
    assert not torch.equal(held, weight)  # int8, not the full weights
    # And the layer computes with exactly those weights (its input rounded to bf16).
    rounded = x.to(torch.bfloat16).float() @ held.T
    if bias:
        rounded = rounded + linear.bias.detach()
    torch.testing.assert_close(got, rounded, rtol=1e-2, atol=1e-2)
    torch.testing.assert_close(got, expected, rtol=0.05, atol=0.05)


def test_int8_keeps_a_models_logits_and_next_tokens(tiny_base):
    plain, int8 = (
        AutoModelForCausalLM.from_pretrained(tiny_base, dtype=torch.float32).eval()
        for _ in range(2)
    )
    linears = sum(type(m) is nn.Linear for m in plain.modules())
    assert quantize_linears(int8) == linears > 0
    assert not any(type(m) is nn.Linear for m in int8.modules())
    for expected, got in zip(prompt_and_step(plain), prompt_and_step(int8), strict=True):
        torch.testing.assert_close(got, expected, rtol=0.05, atol=0.05)
        agree = (got.argmax(-1) == expected.argmax(-1)).float().mean()
        assert agree >= 0.9


def test_int8_leaves_layers_the_kernel_cannot_take():
    """ATen's int8 kernel crashed or summed wrong on input widths not a multiple of 8."""
    model = nn.Sequential(nn.Linear(30, 16), nn.Linear(16, 8))
    assert quantize_linears(model) == 1
    assert type(model[0]) is nn.Linear and isinstance(model[1], Int8Linear)
    with torch.inference_mode():
        assert model(torch.randn(2, 30)).shape == (2, 8)


@pytest.mark.parametrize("weights", ["auto", "int8", "full"])
def test_weights_resolve_to_int8_or_full(weights, monkeypatch):
    import platform

    monkeypatch.setattr(platform, "machine", lambda: "x86_64")
    assert resolve_weights(weights) == ("full" if weights == "full" else "int8")
    monkeypatch.setattr(platform, "machine", lambda: "arm64")
    assert resolve_weights(weights) == ("int8" if weights == "int8" else "full")


def test_weights_must_be_known():
    with pytest.raises(TwinpostError, match="--weights 'int4'"):
        resolve_weights("int4")
