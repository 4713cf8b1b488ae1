"""Compact bots (bot/weights.py): a bot trained on its top blocks stores only them, in bf16,
and hard-links the unchanged tensors from one content-addressed file in TWINPOST_HOME, while
`pipeline` and `from_pretrained` load the folder as any sharded checkpoint. A standalone copy
(`twinpost export --format folder`) shares nothing, verifies and writes the same posts."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import torch

from tests.conftest import tiny_config
from twinpost.bot.catalog import folder_size
from twinpost.bot.weights import (
    INDEX_FILE,
    OWN_SHARD,
    SHARED_SHARD,
    shard_store,
    weights_sha256,
)
from twinpost.config import GenerateConfig
from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.generation.write import generate
from twinpost.pipeline import make_bot
from twinpost.training.held_out import held_out_loss


@pytest.fixture(scope="module")
def two_bots(tiny_base, tmp_path_factory):
    """Two bots from the tiny base, each trained on its top block only."""
    home = tmp_path_factory.mktemp("compact-home")
    old = os.environ.get("TWINPOST_HOME")
    os.environ["TWINPOST_HOME"] = str(home)
    try:
        folder = tmp_path_factory.mktemp("compact")
        made = [make_bot(SAMPLE_ACCOUNT, folder / name,
                         tiny_config(tiny_base, method="top", top_layers=1, seed=seed))
                for name, seed in (("first", 1), ("second", 2))]  # fmt: skip
    finally:
        if old is None:
            os.environ.pop("TWINPOST_HOME")
        else:
            os.environ["TWINPOST_HOME"] = old
    return home, made


def test_a_top_block_bot_stores_its_own_tensors_and_links_the_rest(two_bots):
    home, (first, second) = two_bots
    for made in (first, second):
        assert not (made.bot_dir / "model.safetensors").exists()
        index = json.loads((made.bot_dir / INDEX_FILE).read_text())["weight_map"]
        assert index["model.layers.1.mlp.up_proj.weight"] == OWN_SHARD  # the top block
        assert index["model.layers.0.mlp.up_proj.weight"] == SHARED_SHARD  # frozen
        assert index["model.embed_tokens.weight"] == SHARED_SHARD
    stored = list((home / "shards").glob("*.safetensors"))
    assert len(stored) == 1  # one file for both bots
    inode = stored[0].stat().st_ino
    assert {(m.bot_dir / SHARED_SHARD).stat().st_ino for m in (first, second)} == {inode}
    assert not os.access(stored[0], os.W_OK) or os.geteuid() == 0  # read-only (root writes)
    assert stored[0].stat().st_mode & 0o222 == 0
    own = folder_size(second.bot_dir)
    assert own < sum(p.stat().st_size for p in second.bot_dir.iterdir() if p.is_file())
    assert (second.bot_dir / OWN_SHARD).stat().st_size < (
        second.bot_dir / SHARED_SHARD
    ).stat().st_size


def test_the_folder_loads_with_pipeline_and_scores_as_recorded(two_bots):
    from transformers import AutoModelForCausalLM, pipeline

    from twinpost.training.dataset import post_start_id, text_ids

    _, (first, _) = two_bots
    writer = pipeline("text-generation", model=str(first.bot_dir))
    text = writer("Wind NW", max_new_tokens=5, do_sample=False)[0]["generated_text"]
    assert text.startswith("Wind NW")
    model = AutoModelForCausalLM.from_pretrained(first.bot_dir, dtype=torch.float32)
    own = model.model.layers[1].mlp.up_proj.weight
    assert torch.equal(own, own.to(torch.bfloat16).float())  # stored in bf16
    tokenizer = writer.tokenizer
    posts = [[post_start_id(tokenizer), *text_ids(tokenizer, text), tokenizer.eos_token_id]
             for text in first_held_out(first)]  # fmt: skip
    assert posts
    # What was scored after training is what the folder holds: the same held-out loss.
    recomputed = held_out_loss(model, posts, tokenizer.pad_token_id)
    assert recomputed == pytest.approx(first.record.held_out_loss["after"], abs=1e-4)


def first_held_out(made) -> list[str]:
    lines = (made.bot_dir / "held_out_posts.jsonl").read_text().splitlines()
    return [json.loads(line)["text"] for line in lines]


def test_a_standalone_copy_shares_nothing_verifies_and_writes_the_same_posts(
    two_bots, cli, tmp_path, monkeypatch
):
    home, (first, _) = two_bots
    monkeypatch.setenv("TWINPOST_HOME", str(home))
    out = tmp_path / "standalone"
    result = cli("export", first.bot_dir, "--format", "folder", "--out", out)
    assert result.exit_code == 0, result.output
    assert all(p.stat().st_nlink == 1 for p in out.rglob("*") if p.is_file())
    assert weights_sha256(out) == weights_sha256(first.bot_dir)
    for bot in (first.bot_dir, out):
        checked = cli("lineage", bot, "--json")
        assert checked.exit_code == 0, checked.output
        statuses = {a["type"]: a["status"] for a in json.loads(checked.stdout)}
        assert statuses["finetuned-model"] == "verified"
    config = GenerateConfig(n=3, seed=11, max_new_tokens=12)
    assert generate(out, "Wind", config).posts == generate(first.bot_dir, "Wind", config).posts
    again = cli("export", first.bot_dir, "--format", "folder", "--out", out)
    assert again.exit_code == 2 and "--force" in again.stderr  # never replaced silently


def test_a_compact_bot_exports_to_gguf_and_continues_training(two_bots, tmp_path, monkeypatch):
    from twinpost.bot.export import export_gguf

    home, (first, _) = two_bots
    monkeypatch.setenv("TWINPOST_HOME", str(home))
    done = export_gguf(first.bot_dir, tmp_path / "gguf", "f32")
    assert done.size > 0
    stored = set(shard_store().glob("*.safetensors"))
    config = tiny_config(Path(first.bot_dir), method="top", top_layers=1)
    # the bot as the base of the next version, as `twinpost update` does it
    nxt = make_bot(SAMPLE_ACCOUNT, tmp_path / "next", config, previous=first.bot_dir)
    assert set(shard_store().glob("*.safetensors")) == stored  # the same frozen tensors
    assert (nxt.bot_dir / SHARED_SHARD).stat().st_ino == (
        first.bot_dir / SHARED_SHARD).stat().st_ino  # fmt: skip
    assert nxt.record.previous.sha256 == weights_sha256(first.bot_dir)
