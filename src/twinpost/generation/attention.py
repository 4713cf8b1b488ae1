"""Attention for writing posts: SDPA, except for a decoding step's single query.

When a bot writes, each step attends one new token per row to a short cache (a post's few
dozen to 130 tokens). PyTorch's SDPA kernel on CPU handles that shape poorly, the more so
the longer the cache. SmolLM2 has 9 query heads over 3 key/value heads: grouping the query
heads by the key/value head they share turns the step into two small batched matmuls, with
no copy of the cache. A decoding step of 10 rows in bf16 on 2 cores is 1.16x faster on the
alrocar bot (long posts) and 1.04x on the andreruffert bot (`bench/decode_costs.py`, plain
linear layers; 1.09x and 1.05x in a first run); eager attention gains nothing there. Prompts
(more than one query) still go to SDPA.

It is registered with transformers' AttentionInterface, the library's way to add an
attention function, under `DECODE_ATTENTION`, with SDPA's mask.
"""

from __future__ import annotations

import torch
from transformers import AttentionInterface
from transformers.integrations.sdpa_attention import sdpa_attention_forward
from transformers.masking_utils import ALL_MASK_ATTENTION_FUNCTIONS, sdpa_mask

DECODE_ATTENTION = "twinpost_decode"


def decode_attention(
    module: torch.nn.Module,
    query: torch.Tensor,
    key: torch.Tensor,
    value: torch.Tensor,
    attention_mask: torch.Tensor | None,
    dropout: float = 0.0,
    scaling: float | None = None,
    **kwargs,
) -> tuple[torch.Tensor, None]:
    """query [batch, heads, queries, dim], key and value [batch, kv_heads, length, dim];
    returns [batch, queries, heads, dim], as transformers' attention functions do."""
    batch, heads, queries, dim = query.shape
    kv_heads = key.shape[1]
    if queries != 1 or module.training or heads % kv_heads:
        return sdpa_attention_forward(
            module, query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs
        )
    scale = scaling if scaling is not None else dim**-0.5
    # Query head h uses key/value head h // (heads / kv_heads), as transformers' repeat_kv
    # has it: so [batch, heads, 1, dim] regroups to [batch, kv_heads, heads / kv_heads, dim].
    grouped = query.reshape(batch, kv_heads, heads // kv_heads, dim)
    scores = torch.matmul(grouped, key.transpose(-1, -2)) * scale  # [batch, kv, group, length]
    if attention_mask is not None:  # SDPA's mask: [batch, 1, 1, length], bool or additive
        if attention_mask.dtype == torch.bool:
            scores = scores.masked_fill(~attention_mask, float("-inf"))
        else:
            scores = scores + attention_mask
    weights = torch.softmax(scores.float(), dim=-1).to(value.dtype)
    out = torch.matmul(weights, value)  # [batch, kv, group, dim]
    return out.reshape(batch, heads, 1, dim).transpose(1, 2).contiguous(), None


def register() -> str:
    """Make `DECODE_ATTENTION` an `attn_implementation` transformers knows; returns its name."""
    AttentionInterface.register(DECODE_ATTENTION, decode_attention)
    ALL_MASK_ATTENTION_FUNCTIONS.register(DECODE_ATTENTION, sdpa_mask)
    return DECODE_ATTENTION
