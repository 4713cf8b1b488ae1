"""Chat-template residue: what is left of a chat turn in a post. A post holding any of these
was written in the base model's assistant voice, not the account's."""

from __future__ import annotations

import re

# A line that is only a chat role (what `<|im_start|>user` decodes to with special tokens
# skipped), or a chat-control token written out.
CHAT_RESIDUE = re.compile(
    r"(^|\n)\s*(user|assistant|system)\s*(\n|$)|<\|im_(start|end)\|>|<\|(system|user|assistant)\|>",
    re.IGNORECASE,
)


def has_chat_residue(text: str) -> bool:
    return CHAT_RESIDUE.search(text) is not None


def residue_count(texts: list[str]) -> int:
    return sum(has_chat_residue(t) for t in texts)
