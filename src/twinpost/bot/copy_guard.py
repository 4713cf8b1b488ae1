"""The copy guard: does a generated post repeat 8 or more consecutive words of a real post?

Bots keep no post text. They keep the hashes of every run of 8 consecutive words of the posts
they were trained on (`copy_guard.bin`, sorted 64-bit hashes), which is enough to recognise a
copied run and not enough to read the posts back.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from twinpost.bot.files import GUARD_FILE

COPY_RUN_WORDS = 8  # a run this long copied verbatim is a quote, not a voice (issue 4)

# Words are letters/digits runs, case-folded: a copy that differs only in punctuation or
# capitals is still a copy.
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _run_hash(run: list[str]) -> int:
    digest = hashlib.blake2b(" ".join(run).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def run_hashes(text: str, n: int = COPY_RUN_WORDS) -> set[int]:
    w = words(text)
    return {_run_hash(w[i : i + n]) for i in range(len(w) - n + 1)}


class CopyGuard:
    def __init__(self, hashes: Iterable[int]) -> None:
        self._hashes = set(hashes)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> CopyGuard:
        return cls(h for text in texts for h in run_hashes(text))

    @classmethod
    def load(cls, bot_dir: Path) -> CopyGuard | None:
        path = bot_dir / GUARD_FILE
        if not path.exists():
            return None
        return cls(np.fromfile(path, dtype="<u8").tolist())

    def save(self, bot_dir: Path) -> None:
        np.array(sorted(self._hashes), dtype="<u8").tofile(bot_dir / GUARD_FILE)

    def copies(self, text: str) -> bool:
        return not self._hashes.isdisjoint(run_hashes(text))

    def __len__(self) -> int:
        return len(self._hashes)
