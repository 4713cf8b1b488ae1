"""The nucleus sampler must give exactly the distribution of transformers' top-p warper."""

from __future__ import annotations

import math

import pytest
import torch
from transformers.generation.logits_process import TemperatureLogitsWarper, TopPLogitsWarper

from twinpost.generation.nucleus import CANDIDATES, nucleus, nucleus_groups, sample_next


def reference(logits: torch.Tensor, temperature: float, top_p: float) -> torch.Tensor:
    warped = TemperatureLogitsWarper(temperature)(None, logits.clone())
    warped = TopPLogitsWarper(top_p)(None, warped)
    return warped.softmax(-1)


def ours(logits: torch.Tensor, temperature: float, top_p: float) -> torch.Tensor:
    full = nucleus(logits, temperature, top_p)
    return full / full.sum(-1, keepdim=True)


# peaked, typical, flat (beyond the first candidates), nearly uniform (beyond them all)
@pytest.mark.parametrize("spread", [8.0, 3.0, 0.4, 0.05])
@pytest.mark.parametrize(("temperature", "top_p"), [(1.0, 0.95), (0.7, 0.9), (1.3, 0.5)])
def test_same_distribution_as_the_top_p_warper(spread, temperature, top_p):
    torch.manual_seed(0)
    logits = torch.randn(6, 6000) * spread
    assert torch.allclose(ours(logits, temperature, top_p), reference(logits, temperature, top_p),
                          atol=1e-6)  # fmt: skip


@pytest.mark.parametrize("width", [CANDIDATES[0] * 4, CANDIDATES[-1] * 4])
def test_flat_rows_reach_beyond_the_candidates(width):
    logits = torch.zeros(2, width)
    weights = nucleus(logits, 1.0, 0.95)
    assert int((weights > 0).sum(-1)[0]) == math.ceil(0.95 * width)


def test_a_flat_row_does_not_widen_the_others():
    """Rows needing more candidates are grouped apart, each with the same distribution."""
    torch.manual_seed(2)
    logits = torch.randn(5, 6000) * 8.0
    logits[2] = torch.randn(6000) * 0.05  # nearly uniform: beyond every candidate count
    widths = {len(rows): indices.shape[-1] for rows, indices, _ in nucleus_groups(logits, 1, 0.95)}
    assert widths == {4: CANDIDATES[0], 1: 6000}
    assert torch.allclose(ours(logits, 1.0, 0.95), reference(logits, 1.0, 0.95), atol=1e-6)


def test_sampling_is_seeded_and_stays_in_the_nucleus():
    torch.manual_seed(1)
    logits = torch.randn(4, 1000) * 4
    torch.manual_seed(7)
    first = sample_next(logits, 1.0, 0.9)
    torch.manual_seed(7)
    assert torch.equal(first, sample_next(logits, 1.0, 0.9))
    allowed = reference(logits, 1.0, 0.9) > 0
    assert allowed.gather(-1, first[:, None]).all()
