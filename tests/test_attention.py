"""twinpost's decoding attention must compute exactly what SDPA computes."""

from __future__ import annotations

import pytest
import torch
from transformers import AutoModelForCausalLM

from twinpost.generation.attention import register


@pytest.fixture(scope="module")
def models(tiny_base):
    """The tiny model twice, in fp32 so that the two attentions agree to rounding."""
    name = register()
    return {
        attention: AutoModelForCausalLM.from_pretrained(
            tiny_base, dtype=torch.float32, attn_implementation=attention
        ).eval()
        for attention in ("sdpa", name)
    }


def decode(model, rows: list[list[int]], steps: int = 3) -> list[torch.Tensor]:
    """Logits of a prompt pass (left-padded rows) and of `steps` decoding steps after it."""
    width = max(len(r) for r in rows)
    ids = torch.tensor([[2] * (width - len(r)) + r for r in rows])
    mask = torch.tensor([[0] * (width - len(r)) + [1] * len(r) for r in rows])
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    padded = bool((mask == 0).any())
    with torch.no_grad():
        out = model(input_ids=ids, attention_mask=mask if padded else None,
                    position_ids=positions, use_cache=True)  # fmt: skip
        logits = [out.logits[:, -1]]
        for step in range(steps):
            token = torch.full((len(rows), 1), 7 + step)
            mask = torch.cat([mask, torch.ones(len(rows), 1, dtype=mask.dtype)], dim=1)
            positions = positions[:, -1:] + 1
            out = model(input_ids=token, attention_mask=mask if padded else None,
                        position_ids=positions, cache=out.cache, use_cache=True)  # fmt: skip
            logits.append(out.logits[:, -1])
    return logits


@pytest.mark.parametrize(
    "rows",
    [
        [[0, 11, 12, 13, 14]] * 3,  # one prompt for every row: no mask
        [[0, 11, 12, 13, 14, 15, 16], [0, 20], [0, 30, 31, 32]],  # left-padded: masked
    ],
)
def test_decoding_attention_gives_sdpas_logits(models, rows):
    theirs, ours = (decode(m, rows) for m in models.values())
    for step, (expected, got) in enumerate(zip(theirs, ours, strict=True)):
        torch.testing.assert_close(got, expected, rtol=1e-4, atol=1e-4, msg=f"step {step}")
