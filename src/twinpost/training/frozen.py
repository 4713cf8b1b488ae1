"""The frozen lower blocks, run once per post instead of once per step.

With `--method top` the lower blocks never change, and with attention kept inside each post
(position ids restart at every post) a post's hidden state after them does not depend on the
block it was packed into or on the epoch. So twinpost runs them once per distinct post, keeps
the states, and every training step runs only the top blocks on them. Per token, that skips
the lower (L - N) / L of the forward pass in every epoch after the first (BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import torch

from twinpost.training.dataset import pack

OnProgress = Callable[[int, int], None]  # (done, total)

_BATCH = 8  # blocks per forward pass of the lower blocks
# Posts packed at a time, taken in the order training first uses them: when the budget stops
# the pass early, the posts it reached are the first blocks' and training can start on them.
_CHUNK_POSTS = 512


class FrozenPrefix:
    def __init__(self, model, top_layers: int, sequences: list[list[int]]) -> None:
        self.model = model
        self.sequences = sequences
        self.all_layers = model.model.layers
        self.split = len(self.all_layers) - top_layers
        self.states: dict[tuple[int, ...], torch.Tensor] = {}

    @torch.no_grad()
    def compute(
        self,
        block_size: int,
        pad_id: int,
        bf16: bool,
        on_progress: OnProgress | None = None,
        out_of_time: Callable[[], bool] | None = None,
    ) -> bool:
        """Run the lower blocks over every distinct sequence once, keeping its states.
        `on_progress(done, total)` hears of each batch, counted in posts. Stops early when
        `out_of_time()` says so; returns whether every post has its states."""
        distinct = [list(s) for s in dict.fromkeys(tuple(s[:block_size]) for s in self.sequences)]
        blocks = [
            block
            for start in range(0, len(distinct), _CHUNK_POSTS)
            for block in pack(distinct[start : start + _CHUNK_POSTS], block_size, pad_id, True)
        ]
        device = next(self.model.parameters()).device
        captured: list[torch.Tensor] = []
        last = self.all_layers[self.split - 1]
        hook = last.register_forward_hook(
            lambda _m, _i, out: captured.append(out[0] if isinstance(out, tuple) else out)
        )
        try:
            with (
                only_layers(self.model.model, self.all_layers[: self.split]),
                torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16),
            ):
                for start in range(0, len(blocks), _BATCH):
                    batch = blocks[start : start + _BATCH]
                    captured.clear()
                    self.model.model(
                        input_ids=torch.tensor([b["input_ids"] for b in batch], device=device),
                        position_ids=torch.tensor(
                            [b["position_ids"] for b in batch], device=device
                        ),
                        use_cache=False,
                    )
                    self._keep(batch, captured[0].float())
                    if on_progress is not None:
                        on_progress(len(self.states), len(distinct))
                    if out_of_time is not None and out_of_time():
                        return False
        finally:
            hook.remove()
        return True

    def covers(self, block: dict) -> bool:
        """Whether every post of a packed block has its states."""
        offset = 0
        for length in block["lengths"]:
            if tuple(block["input_ids"][offset : offset + length]) not in self.states:
                return False
            offset += length
        return True

    def _keep(self, blocks: list[dict], hidden: torch.Tensor) -> None:
        for row, block in enumerate(blocks):
            offset = 0
            for length in block["lengths"]:
                key = tuple(block["input_ids"][offset : offset + length])
                self.states[key] = hidden[row, offset : offset + length].cpu()
                offset += length

    def embeds(self, block: dict) -> torch.Tensor:
        """The lower blocks' output for a packed block: its posts' states, zeros for padding."""
        parts, offset = [], 0
        for length in block["lengths"]:
            parts.append(self.states[tuple(block["input_ids"][offset : offset + length])])
            offset += length
        width = len(block["input_ids"])
        if offset < width:
            parts.append(torch.zeros(width - offset, parts[0].shape[-1]))
        return torch.cat(parts)

    @contextmanager
    def top_only(self) -> Iterator[None]:
        """The model with only its top blocks, for training on the kept states."""
        with only_layers(self.model.model, self.all_layers[self.split :]):
            yield


@contextmanager
def only_layers(decoder, layers) -> Iterator[None]:
    """`decoder` (a model's stack of blocks) running only `layers`, then all of them again.
    Fed the states below the first of them as `inputs_embeds`, it runs the rest of the model
    as it would (the final norm included): the frozen pass and held-out scoring use it."""
    every = decoder.layers
    decoder.layers = torch.nn.ModuleList(layers)
    try:
        yield
    finally:
        decoder.layers = every
