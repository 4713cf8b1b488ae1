"""Where a run trains, and what differs on a GPU.

`--device auto` trains on CUDA where torch sees a GPU, else on the CPU. On CUDA a run uses
bf16 autocast (where the GPU has it, `run.use_bf16`), transformers' SDPA attention (its
default; on a CPU too), fused AdamW (everywhere) and a batch sized to the GPU's memory:
on a CPU the default batch is 2 blocks (more optimizer steps in a budget, BENCHMARKS.md),
which would leave a GPU nearly idle.

The batch is measured, not guessed from a formula: two probe steps (forward and backward
at 1 and at 2 blocks, nothing updated) give the peak memory of a step, which grows linearly
with the batch; the batch is the largest whose step, plus the optimizer's state, fits in
`MEMORY_SHARE` of the GPU, capped at `MAX_GPU_BATCH` and at a quarter of the run's blocks
(so that a small account still takes several optimizer steps). A batch the user sets is
kept as it is, on either device.

What calls CUDA goes through `on_gpu` and `CudaMeter`, so tests run these code paths on a
CPU with the device forced (tests/test_device.py).
"""

from __future__ import annotations

from typing import Protocol

import torch

from twinpost.errors import TwinpostError

DEFAULT_CPU_BATCH = 2
MAX_GPU_BATCH = 64
MEMORY_SHARE = 0.85  # of the GPU's memory; the rest for the allocator's fragments and cuDNN
PROBE_BATCHES = (1, 2)


def resolve_device(device: str) -> torch.device:
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device == "cuda" and not torch.cuda.is_available():
        raise TwinpostError("--device cuda: no CUDA GPU is available here; use --device cpu")
    return torch.device(device)


def on_gpu(device: torch.device) -> bool:
    return device.type == "cuda"


class MemoryMeter(Protocol):
    def total(self) -> int: ...
    def reset(self) -> None: ...
    def peak(self) -> int: ...


class CudaMeter:
    """The GPU's memory as torch's caching allocator counts it."""

    def __init__(self, device: torch.device) -> None:
        self.device = device

    def total(self) -> int:
        return torch.cuda.get_device_properties(self.device).total_memory

    def reset(self) -> None:
        torch.cuda.synchronize(self.device)
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats(self.device)

    def peak(self) -> int:
        torch.cuda.synchronize(self.device)
        return torch.cuda.max_memory_allocated(self.device)


def batch_for_memory(peaks: dict[int, int], optimizer_bytes: int, total: int, blocks: int) -> int:
    """The largest batch that fits, from the peak memory of probe steps at two batch sizes."""
    (small, low), (large, high) = sorted(peaks.items())
    per_block = max((high - low) / (large - small), 1.0)
    fixed = low - small * per_block + optimizer_bytes
    fits = int((MEMORY_SHARE * total - fixed) // per_block)
    if fits < 1:
        raise TwinpostError(
            f"the GPU's {total / 2**30:.1f} GiB cannot hold one training step of this model "
            f"({(fixed + per_block) / 2**30:.1f} GiB); use --device cpu or a smaller "
            "--block-size"
        )
    return max(1, min(fits, MAX_GPU_BATCH, max(1, blocks // 4)))


def batch_size_for(
    wanted: int | None,
    device: torch.device,
    model,
    blocks: list[dict],
    bf16: bool,
    meter: MemoryMeter | None = None,
) -> int:
    """The run's batch: the user's, else 2 blocks on a CPU, else sized to the GPU's memory."""
    if wanted is not None:
        return wanted
    if not on_gpu(device) or not blocks:
        return DEFAULT_CPU_BATCH
    meter = meter or CudaMeter(device)
    peaks = {n: probe_step(model, blocks, n, bf16, meter) for n in PROBE_BATCHES}
    trained = sum(p.numel() for p in model.parameters() if p.requires_grad)
    # AdamW keeps two fp32 moments per trained weight; the probe made no optimizer step.
    return batch_for_memory(peaks, 8 * trained, meter.total(), len(blocks))


def probe_step(model, blocks: list[dict], batch: int, bf16: bool, meter: MemoryMeter) -> int:
    """The peak memory of one forward and backward pass over `batch` blocks. The weights are
    untouched and the gradients dropped after."""
    on = next(model.parameters()).device
    rows = [blocks[i % len(blocks)]["input_ids"] for i in range(batch)]
    ids = torch.tensor(rows, device=on)
    meter.reset()
    was_training = model.training
    model.train()
    try:
        with torch.autocast(on.type, dtype=torch.bfloat16, enabled=bf16):
            loss = model(input_ids=ids, labels=ids).loss
        loss.backward()
        return meter.peak()
    finally:
        model.zero_grad(set_to_none=True)
        model.train(was_training)
