"""Serving many compact bots (generation/shared.py, server/bots.py): bots of one base share
its unchanged layers in memory, each bot's own layers are built around them, the server
keeps as many bots loaded as `--memory` holds, and a bot built on shared layers writes what
it writes when loaded whole, batched or not."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import torch

from tests.conftest import tiny_config
from twinpost.config import GenerateConfig
from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.generation.load import load_bot
from twinpost.generation.shared import SharedLayers, tensor_bytes
from twinpost.generation.write import generate, sample_rows
from twinpost.server import ServeSettings, create_app
from twinpost.server.bots import BotRegistry

NAMES = ("ada", "bea", "cy")


@pytest.fixture(scope="module")
def many(tiny_base, tmp_path_factory) -> Path:
    """A bots folder of three compact bots of the tiny base (each trained its top block)."""
    home = tmp_path_factory.mktemp("many-home")
    old = os.environ.get("TWINPOST_HOME")
    os.environ["TWINPOST_HOME"] = str(home)
    from twinpost.pipeline import make_bot

    try:
        folder = tmp_path_factory.mktemp("many-bots")
        for seed, name in enumerate(NAMES, start=1):
            config = tiny_config(tiny_base, method="top", top_layers=1, seed=seed, lr=3e-2)
            make_bot(SAMPLE_ACCOUNT, folder / name, config)
    finally:
        if old is None:
            os.environ.pop("TWINPOST_HOME")
        else:
            os.environ["TWINPOST_HOME"] = old
    return folder


def test_bots_of_one_base_share_its_unchanged_layers(many):
    shared = SharedLayers()
    first, second = (load_bot(many / name, shared=shared) for name in NAMES[:2])
    a, b = first.model, second.model
    assert a.model.embed_tokens is b.model.embed_tokens
    assert a.model.layers[0] is b.model.layers[0]  # frozen while training: the base's
    assert a.lm_head is b.lm_head  # tied to the embeddings
    assert a.model.layers[1] is not b.model.layers[1]  # each bot's own block
    assert first.shared is second.shared and len(shared.bases) == 1
    assert first.tokenizer is second.tokenizer  # the same tokenizer files: read once
    # What a bot takes beyond the base is exactly its own modules.
    assert second.own_bytes == tensor_bytes([b]) - second.shared.nbytes
    assert 0 < second.own_bytes < second.shared.nbytes
    assert second.own_bytes == tensor_bytes([b.model.layers[1], b.model.norm])


# In either dtype a CPU writes in (fp32 on AVX2, bf16 on AVX512-BF16 and AMX), on every CPU.
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["fp32", "bf16"])
@pytest.mark.parametrize("name", NAMES[:2])  # the first loaded whole, the second built
def test_a_bot_on_shared_layers_writes_what_it_writes_alone(many, name, dtype):
    shared = SharedLayers()
    load_bot(many / NAMES[2], dtype=dtype, shared=shared)  # another bot of the base came first
    built = load_bot(many / name, dtype=dtype, shared=shared)
    whole = load_bot(many / name, dtype=dtype)
    assert built.shared is not None and whole.shared is None
    ids = whole.tokenizer("I love the new release", return_tensors="pt").input_ids
    with torch.no_grad():
        assert torch.equal(built.model(ids).logits, whole.model(ids).logits)
    config = GenerateConfig(n=3, max_new_tokens=16, seed=5)
    assert generate(built, "I love", config).posts == generate(whole, "I love", config).posts


def test_bots_differ_from_each_other(many):
    """Sharing must not leak one bot's own layers into another's."""
    shared = SharedLayers()
    bots = [load_bot(many / name, shared=shared) for name in NAMES]
    ids = bots[0].tokenizer("My cat loves", return_tensors="pt").input_ids
    with torch.no_grad():
        logits = [bot.model(ids).logits for bot in bots]
    assert not torch.equal(logits[0], logits[1]) and not torch.equal(logits[1], logits[2])
    for name, got in zip(NAMES, logits, strict=True):
        with torch.no_grad():
            assert torch.equal(got, load_bot(many / name).model(ids).logits)


def test_the_registry_keeps_the_bots_its_memory_holds(many, tiny_bot):
    registry = BotRegistry(many, bot_dirs=[tiny_bot.bot_dir])
    first = registry.load("ada")
    base = first.shared.nbytes
    assert registry.memory_used() == base + first.own_bytes
    # Room for the base and two bots' own layers: the third load unloads the oldest.
    registry.memory = base + 2 * first.own_bytes + first.own_bytes // 2
    registry.load("bea")
    registry.load("cy")
    assert registry.loaded() == ["bea", "cy"]
    assert registry.memory_used() <= registry.memory
    registry.load("bea")  # used: now the most recent
    registry.load("ada")
    assert registry.loaded() == ["bea", "ada"]
    # A bot stored whole shares nothing; with room for one bot, the base goes with its bots.
    registry.memory = 1
    whole = registry.load(tiny_bot.bot_dir.name)
    assert whole.shared is None and whole.own_bytes == tensor_bytes([whole.model])
    assert registry.loaded() == [tiny_bot.bot_dir.name]
    assert registry.shared.bases == {}


def test_a_rewritten_bot_is_loaded_again(many, tmp_path):
    import shutil

    registry = BotRegistry(tmp_path)
    shutil.copytree(many / "ada", tmp_path / "ada")
    old = registry.load("ada")
    assert registry.load("ada") is old
    config = tmp_path / "ada" / "config.json"
    os.utime(config, ns=(config.stat().st_atime_ns, config.stat().st_mtime_ns + 10**9))
    assert registry.load("ada") is not old


@pytest.fixture
def url(serve, many, tiny_base, tmp_path):
    """A server over the three bots with memory for the base and about one bot's own."""
    probe = load_bot(many / "ada", shared=SharedLayers())
    settings = ServeSettings(bots_dir=many, base=str(tiny_base), uploads_dir=tmp_path / "up",
                             bot_memory=probe.shared.nbytes + probe.own_bytes * 3 // 2)  # fmt: skip
    app = create_app(settings)
    return serve(app), app.state.server.registry


def test_serving_bots_in_turn_unloads_and_reloads_them(url, many):
    address, registry = url
    body = {"prompt": "I love", "n": 2, "max_new_tokens": 12, "seed": 3}
    for _ in range(2):  # the second round loads each bot again
        for name in NAMES:
            response = httpx.post(f"{address}/bots/{name}/generate", json=body, timeout=60)
            assert response.status_code == 200, response.text
            expected = generate(many / name, "I love", GenerateConfig(n=2, max_new_tokens=12,
                                                                     seed=3)).posts  # fmt: skip
            assert response.json()["posts"] == expected
            assert registry.loaded() == [name]
    assert registry.memory_used() <= registry.memory


def test_requests_to_one_bot_on_shared_layers_are_still_batched(url, monkeypatch):
    import twinpost.generation.write as writer

    address, registry = url
    batch_rows: list[tuple[str, int]] = []

    def counted(bot, prompts, *args):
        batch_rows.append((bot.path.name, len(prompts)))
        return sample_rows(bot, prompts, *args)

    monkeypatch.setattr(writer, "sample_rows", counted)
    httpx.post(f"{address}/bots/ada/generate", json={"prompt": "I", "n": 1,
                                                     "max_new_tokens": 2})  # fmt: skip
    httpx.post(f"{address}/bots/bea/generate", json={"prompt": "I", "n": 1,
                                                     "max_new_tokens": 2})  # fmt: skip
    assert registry.loaded() == ["bea"]  # so "bea" is built on the shared layers
    batch_rows.clear()

    # Threads, not asyncio.run: a Playwright test earlier in the run may have left an event
    # loop running in this thread.
    def ask(i: int) -> httpx.Response:
        body = {"prompt": f"Prompt {i}", "n": 1, "max_new_tokens": 8}
        return httpx.post(f"{address}/bots/bea/generate", json=body, timeout=60)

    with ThreadPoolExecutor(max_workers=6) as pool:
        responses = list(pool.map(ask, range(6)))
    for response in responses:
        assert response.status_code == 200 and len(response.json()["posts"]) == 1
    assert {name for name, _ in batch_rows} == {"bea"}
    rows = [n for _, n in batch_rows]
    assert sum(rows) == 6 and max(rows) > 1, rows


@pytest.mark.parametrize("value", ["lots", "-1GiB", "10KB"])
def test_serve_memory_must_be_a_size(cli, value):
    result = cli("serve", "--memory", value)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "--memory" in result.output


def test_bots_share_a_tokenizer_only_where_its_files_are_the_same(many, tmp_path):
    import json
    import shutil

    shutil.copytree(many / "ada", tmp_path / "ada")
    config = tmp_path / "ada" / "tokenizer_config.json"
    settings = json.loads(config.read_text())
    settings["model_max_length"] = 77
    config.write_text(json.dumps(settings))
    shared = SharedLayers()
    same, changed = load_bot(many / "ada", shared=shared), load_bot(tmp_path / "ada", shared=shared)
    assert same.tokenizer is not changed.tokenizer
    assert changed.tokenizer.model_max_length == 77
    assert load_bot(many / "bea", shared=shared).tokenizer is same.tokenizer


def _linear_bytes(bot, paths) -> int:
    return sum(tensor_bytes([bot.model.get_submodule(path)]) for path in paths)


# Full weights in the dtype a CPU loads them in: fp32 (AVX2 only) or bf16 (AVX512-BF16, AMX).
# Both are loaded on every CPU, so each kind checks what int8 saves against either.
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["fp32", "bf16"])
def test_int8_bots_share_int8_layers_and_hold_a_byte_a_weight(many, dtype):
    from twinpost.generation.packing import Int8Linear

    shared = SharedLayers()
    full = [load_bot(many / n, dtype=dtype, shared=shared, weights="full") for n in NAMES[:2]]
    int8 = [load_bot(many / n, dtype=dtype, shared=shared, weights="int8") for n in NAMES[:2]]
    assert len(shared.bases) == 2  # the base once in each form, never mixed
    assert int8[0].shared is int8[1].shared is not full[0].shared
    assert int8[0].model.model.layers[0] is int8[1].model.model.layers[0]
    assert int8[0].weights == "int8" and full[0].weights == "full"
    assert isinstance(int8[1].model.model.layers[1].mlp.up_proj, Int8Linear)  # its own layers
    assert isinstance(int8[1].model.lm_head, Int8Linear)
    # The bot's own int8 layers: one byte a weight and a bf16 scale per output row, against
    # the full weights' bytes in the dtype they were loaded in (a quarter of fp32's, half of
    # bf16's); everything else it holds (norms) is the same in both.
    own = {path: m for path, m in int8[1].model.named_modules()
           if isinstance(m, Int8Linear) and m is not int8[0].model.get_submodule(path)}  # fmt: skip
    assert own and all(m.weight.dtype == torch.int8 for m in own.values())
    weights = sum(m.weight.numel() for m in own.values())
    rows = sum(m.out_features for m in own.values())
    assert _linear_bytes(int8[1], own) == weights + 2 * rows
    assert _linear_bytes(full[1], own) == weights * dtype.itemsize
    rest = full[1].own_bytes - _linear_bytes(full[1], own)
    assert int8[1].own_bytes == rest + weights + 2 * rows
    assert int8[1].own_bytes < (1 / dtype.itemsize + 0.1) * full[1].own_bytes
    config = GenerateConfig(n=3, max_new_tokens=16, seed=5)
    alone = load_bot(many / NAMES[1], dtype=dtype, weights="int8")
    assert generate(int8[1], "I love", config).posts == generate(alone, "I love", config).posts


@pytest.mark.parametrize("command", [["generate", "{bot}"], ["serve"], ["eval", "{bot}"]])
def test_weights_must_be_known_to_the_cli(cli, command, tiny_bot):
    args = [a.format(bot=tiny_bot.bot_dir) for a in command]
    result = cli(*args, "--weights", "fp4")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "--weights 'fp4'" in result.output


def test_the_registry_hands_freed_memory_back_after_each_load(many, monkeypatch):
    from twinpost.server import bots as server_bots

    trims = []
    monkeypatch.setattr(server_bots, "return_freed_memory", lambda: trims.append(1))
    registry = BotRegistry(many)
    registry.load("ada")
    assert len(trims) == 1  # loading widens and rounds tensors: their chunks go back
    registry.load("ada")
    assert len(trims) == 1  # from memory: nothing was freed
