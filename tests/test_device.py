"""The GPU path (training/device.py), tested on the CPU with the device forced: `--device
auto`, bf16 where the GPU has it, and a batch sized to the GPU's memory by probe steps."""

from __future__ import annotations

import math

import pytest
import torch

from tests.conftest import tiny_config
from twinpost.config import TrainConfig
from twinpost.errors import TwinpostError
from twinpost.training import device as gpu
from twinpost.training.run import use_bf16

GIB = 2**30


class FakeMeter:
    """A GPU of `total` bytes whose probe steps peak at `fixed + per_block * batch`: the
    batch is read from the probe's input, as the real allocator would see it grow."""

    def __init__(self, total: int, fixed: int, per_block: int) -> None:
        self.total_bytes, self.fixed, self.per_block = total, fixed, per_block
        self.resets = 0
        self.seen: list[int] = []  # the batch of each probe step
        self.blocks = 0  # the run's blocks, as the probe saw them

    def total(self) -> int:
        return self.total_bytes

    def reset(self) -> None:
        self.resets += 1

    def peak(self) -> int:
        return self.fixed + self.per_block * self.seen[-1]


@pytest.fixture
def meter(monkeypatch) -> FakeMeter:
    """Every probe step reports to one fake meter, which learns the batch from the step."""
    fake = FakeMeter(total=4 * GIB, fixed=GIB, per_block=GIB // 10)
    real_probe = gpu.probe_step

    def probe(model, blocks, batch, bf16, meter):
        fake.seen.append(batch)
        fake.blocks = len(blocks)
        return real_probe(model, blocks, batch, bf16, meter)

    monkeypatch.setattr(gpu, "probe_step", probe)
    return fake


def test_auto_picks_cuda_where_torch_sees_a_gpu(monkeypatch):
    assert gpu.resolve_device("cpu").type == "cpu"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert gpu.resolve_device("auto").type == "cpu"
    with pytest.raises(TwinpostError, match="--device cuda: no CUDA GPU"):
        gpu.resolve_device("cuda")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert gpu.resolve_device("auto").type == "cuda"
    assert gpu.resolve_device("cuda").type == "cuda"


@pytest.mark.parametrize("supported", [True, False])
def test_bf16_on_a_gpu_where_it_has_it(monkeypatch, supported):
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda: supported)
    assert use_bf16(TrainConfig(), torch.device("cuda")) is supported
    assert use_bf16(TrainConfig(bf16=False), torch.device("cuda")) is False


@pytest.mark.parametrize("native", [True, False], ids=["AVX512-BF16 or AMX", "AVX2 only"])
def test_a_cpu_trains_and_writes_in_bf16_only_where_it_computes_in_it(monkeypatch, native):
    """Both CPU kinds' choices, checked on every CPU: a CPU without native bf16 emulates it
    300x slower than its fp32 (run.use_bf16), so it trains and writes in fp32."""
    from twinpost.generation.load import inference_dtype
    from twinpost.generation.packing import packing_supported

    monkeypatch.setattr(torch.ops.mkldnn, "_is_mkldnn_bf16_supported", lambda: native)
    assert use_bf16(TrainConfig(), torch.device("cpu")) is (
        native and torch.backends.mkldnn.is_available()
    )
    assert inference_dtype() == (torch.bfloat16 if native else torch.float32)
    if not native:
        assert not packing_supported(torch.bfloat16)  # bf16 weights stay plain layers


def test_writing_uses_the_cpus_dtype_also_beside_a_gpu(monkeypatch):
    from twinpost.generation.load import inference_dtype

    alone = inference_dtype()
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert inference_dtype() == alone


def test_the_batch_is_the_largest_that_fits():
    peaks = {1: GIB + GIB // 10, 2: GIB + 2 * GIB // 10}  # 1 GiB fixed, 0.1 GiB a block
    # (0.85 * 4 GiB - 1 GiB) / 0.1 GiB = 24 blocks
    assert gpu.batch_for_memory(peaks, 0, 4 * GIB, blocks=1000) == 24
    # The optimizer's state counts as fixed memory: 0.5 GiB more leaves 19.
    assert gpu.batch_for_memory(peaks, GIB // 2, 4 * GIB, blocks=1000) == 19
    assert gpu.batch_for_memory(peaks, 0, 80 * GIB, blocks=1000) == gpu.MAX_GPU_BATCH
    assert gpu.batch_for_memory(peaks, 0, 80 * GIB, blocks=40) == 10  # several steps a run
    assert gpu.batch_for_memory(peaks, 0, 80 * GIB, blocks=2) == 1
    with pytest.raises(TwinpostError, match="cannot hold one training step"):
        gpu.batch_for_memory(peaks, 0, GIB, blocks=1000)


def test_a_users_batch_is_kept_and_a_cpu_trains_two_blocks(meter):
    assert gpu.batch_size_for(6, torch.device("cuda"), None, [{}], False, meter) == 6
    assert gpu.batch_size_for(None, torch.device("cpu"), None, [{}], False, meter) == 2
    assert meter.seen == []  # no probe off the GPU


def _tiny_model(tiny_base):
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(tiny_base, dtype=torch.float32)


def test_probe_steps_change_no_weight(tiny_base, meter):
    model = _tiny_model(tiny_base)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    blocks = [{"input_ids": list(range(3, 35))} for _ in range(8)]
    batch = gpu.batch_size_for(None, torch.device("cuda"), model, blocks, False, meter)
    assert meter.seen == [1, 2] and meter.resets == 2
    trained = sum(p.numel() for p in model.parameters())
    expected = int((0.85 * 4 * GIB - (GIB + 8 * trained)) // (GIB // 10))
    assert batch == min(expected, len(blocks) // 4)
    assert all(p.grad is None for p in model.parameters())
    assert all(torch.equal(v, before[k]) for k, v in model.state_dict().items())


def test_a_run_on_a_forced_gpu_trains_with_the_sized_batch(tiny_base, meter, monkeypatch, tmp_path):
    """The whole run, with the device taken for a GPU: the probe sizes the batch, the run
    plans its steps by it, and the record and card say what it trained with."""
    from twinpost.demo import SAMPLE_ACCOUNT
    from twinpost.pipeline import make_bot

    monkeypatch.setattr(gpu, "on_gpu", lambda device: True)
    monkeypatch.setattr(gpu, "CudaMeter", lambda device: meter)
    config = tiny_config(tiny_base, batch_size=None, epochs=2)
    made = make_bot(SAMPLE_ACCOUNT, tmp_path / "bot", config)
    assert meter.seen == [1, 2]
    batch = made.record.training.batch_size
    # 4 GiB, 1 GiB fixed and 0.1 GiB a block: 24 blocks, less the optimizer's state.
    assert 2 < batch < 24 and batch <= meter.blocks // 4
    assert made.record.train_config["batch_size"] is None  # asked: auto
    # The run planned its steps by that batch, and took them all.
    assert made.record.training.steps == math.ceil(meter.blocks / batch)
    assert made.record.training.stopped_by == "epochs"
    card = (made.bot_dir / "README.md").read_text()
    assert f"{batch} blocks of 128 tokens" in card
