"""Packed linear layers must compute what `nn.Linear` computes, in every layer of a model."""

from __future__ import annotations

import pytest
import torch
from torch import nn
from transformers import AutoModelForCausalLM

from twinpost.generation.packing import PackedLinear, pack_linears, packing_supported

DTYPES = [
    pytest.param(dtype, marks=pytest.mark.skipif(not packing_supported(dtype), reason="no oneDNN"))
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
