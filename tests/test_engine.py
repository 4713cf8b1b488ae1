"""`--engine`: llama.cpp (llama-cpp-python) writing from the bot's GGUF, behind the same
copy guard, framing, streaming and seeds as twinpost's own decoder.

Most tests drive the adapter with a stand-in for llama-cpp-python's `Llama` (which records
what it is handed and samples from a seeded generator), so they run wherever twinpost does;
the tests marked `needs_llama_cpp` run the real llama.cpp on the tiny bot where
llama-cpp-python is installed (it compiles llama.cpp: `pip install 'twinpost[llamacpp]'`).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from twinpost.config import GenerateConfig
from twinpost.errors import TwinpostError
from twinpost.generation import llama_engine
from twinpost.generation.load import load_bot
from twinpost.generation.write import PostRequest, PostText, PostWritten, generate, write_posts
from twinpost.training.dataset import post_start_id, text_ids

needs_llama_cpp = pytest.mark.skipif(
    not llama_engine.llama_cpp_available(),
    reason="llama-cpp-python is not installed (pip install 'twinpost[llamacpp]')",
)


class FakeLlama:
    """llama-cpp-python's `Llama.set_seed` / `generate`, sampling uniformly over the tiny
    vocabulary from the seed it was given, after the logits processors had their say."""

    def __init__(self, vocab: int, eos: int, end_after: int | None = None) -> None:
        self.vocab, self.eos, self.end_after = vocab, eos, end_after
        self.seed, self.prompts, self.banned_seen = None, [], set()

    def set_seed(self, seed: int) -> None:
        self.seed = seed

    def generate(self, tokens, top_k, top_p, min_p, temp, repeat_penalty, logits_processor):
        assert (top_k, min_p, repeat_penalty) == (0, 0.0, 1.0)  # only top-p and temperature
        self.prompts.append(list(tokens))
        rng = random.Random(self.seed)
        for step in range(10_000):
            if self.end_after is not None and step == self.end_after:
                yield self.eos
                continue
            scores = np.zeros(self.vocab, dtype=np.float32)
            for processor in logits_processor:
                scores = processor(list(tokens), scores)
            allowed = [i for i in range(self.vocab) if scores[i] > -np.inf and i != self.eos]
            self.banned_seen |= {i for i in range(self.vocab) if scores[i] == -np.inf}
            yield rng.choice(allowed)


@pytest.fixture
def fake_bot(tiny_bot):
    bot = load_bot(tiny_bot.bot_dir)
    fake = FakeLlama(len(bot.tokenizer), bot.tokenizer.eos_token_id, end_after=6)
    bot.llama, bot.model = fake, None  # nothing may reach the torch model
    return bot


def test_the_prompt_is_framed_as_twinpost_frames_it_and_handed_over_as_ids(fake_bot):
    result = generate(fake_bot, "Wind NW", GenerateConfig(n=3, seed=4, max_new_tokens=20))
    tokenizer = fake_bot.tokenizer
    expected = [post_start_id(tokenizer), *text_ids(tokenizer, "Wind NW")]
    assert fake_bot.llama.prompts[:3] == [expected] * 3
    assert len(result.posts) == 3 and all(p.startswith("Wind NW") for p in result.posts)
    assert result.finished == [True, True, True]  # each ended at its end-of-post token


def test_control_tokens_are_never_sampled(fake_bot):
    generate(fake_bot, "", GenerateConfig(n=2, seed=1, max_new_tokens=8))
    assert fake_bot.llama.banned_seen == set(fake_bot.control_ids) and fake_bot.control_ids


def test_a_seed_gives_the_same_posts_again_and_another_seed_others(fake_bot):
    config = GenerateConfig(n=4, seed=7, max_new_tokens=12)
    first = generate(fake_bot, "", config).posts
    assert generate(fake_bot, "", config).posts == first
    assert generate(fake_bot, "", GenerateConfig(n=4, seed=8, max_new_tokens=12)).posts != first
    assert len(set(first)) > 1  # each post has its own seed


def test_max_new_tokens_cuts_a_post_and_says_so(fake_bot):
    fake_bot.llama.end_after = None  # never ends by itself
    result = generate(fake_bot, "", GenerateConfig(n=2, seed=0, max_new_tokens=5))
    assert result.finished == [False, False]
    request = PostRequest("", 2, 5, 1.0, 0.95, seed=0, allow_copies=True)
    written, _ = write_posts(fake_bot, [request])
    assert [s.new_tokens for s in written[0].samples] == [5, 5]


def test_the_copy_guard_resamples_what_llama_cpp_copied(fake_bot, monkeypatch):
    seen = []

    def copies(text: str) -> bool:  # the first two posts written are "copies"
        seen.append(text)
        return len(seen) <= 2

    monkeypatch.setattr(fake_bot.copy_guard, "copies", copies)
    result = generate(fake_bot, "", GenerateConfig(n=3, seed=2, max_new_tokens=8))
    assert result.copies_dropped == 2 and len(result.posts) == 3
    assert result.posts == seen[2:]


def test_posts_stream_as_llama_cpp_writes_them(fake_bot):
    heard = []
    request = PostRequest("Wind", 2, 10, 1.0, 0.95, seed=3, allow_copies=True)
    written, _ = write_posts(fake_bot, [request], on_writing=heard.append)
    texts = [e for e in heard if isinstance(e, PostText)]
    ends = [e for e in heard if isinstance(e, PostWritten)]
    assert [e.sample.text for e in ends] == [s.text for s in written[0].samples]
    assert texts and all(ends[e.index].sample.text.startswith(e.text) for e in texts)


def test_an_unknown_engine_and_a_missing_llama_cpp_are_one_line(cli, tiny_bot, monkeypatch):
    result = cli("generate", tiny_bot.bot_dir, "--engine", "vllm")
    assert result.exit_code == 2 and "--engine vllm: must be one of" in result.stderr
    monkeypatch.setattr(llama_engine, "llama_cpp_available", lambda: False)
    result = cli("generate", tiny_bot.bot_dir, "--engine", "llama.cpp")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "pip install 'twinpost[llamacpp]'" in result.stderr
    # auto falls back to twinpost's decoder, and says nothing
    result = cli("generate", tiny_bot.bot_dir, "-n", "2", "--max-new-tokens", "5", "--json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 2


def test_auto_picks_llama_cpp_only_for_a_llama_bot_where_it_is_installed(
    tiny_bot, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(llama_engine, "llama_cpp_available", lambda: True)
    assert llama_engine.resolve_engine("auto", tiny_bot.bot_dir) == "llama.cpp"
    assert llama_engine.resolve_engine("twinpost", tiny_bot.bot_dir) == "twinpost"
    other = tmp_path / "gpt2-bot"
    other.mkdir()
    (other / "config.json").write_text(json.dumps({"model_type": "gpt2"}))
    assert llama_engine.resolve_engine("auto", other) == "twinpost"
    with pytest.raises(TwinpostError, match="Llama-architecture"):
        llama_engine.resolve_engine("llama.cpp", other)
    monkeypatch.setattr(llama_engine, "llama_cpp_available", lambda: False)
    assert llama_engine.resolve_engine("auto", tiny_bot.bot_dir) == "twinpost"


@needs_llama_cpp
def test_llama_cpp_writes_the_tiny_bot_s_posts_once_exported(bot_copy, cli):
    exported = []
    bot = load_bot(bot_copy, engine="llama.cpp", on_export=lambda: exported.append(1))
    assert bot.engine == "llama.cpp" and exported == [1]
    config = GenerateConfig(n=3, seed=5, max_new_tokens=16)
    posts = generate(bot, "Wind NW", config).posts
    assert len(posts) == 3 and all(p.startswith("Wind NW") for p in posts)
    again = load_bot(bot_copy, engine="llama.cpp", on_export=lambda: exported.append(2))
    assert exported == [1]  # the GGUF is kept, by the weights' content
    assert generate(again, "Wind NW", config).posts == posts
    result = cli("generate", bot_copy, "Wind NW", "-n", "3", "--seed", "5",
                 "--max-new-tokens", "16", "--engine", "llama.cpp", "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == posts


def test_serve_loads_its_bots_with_the_engine_and_weights_asked_for(tiny_bot, monkeypatch, cli):
    from twinpost.server import bots as server_bots

    asked = []

    def recording_load(folder, engine="twinpost", shared=None, weights="auto"):
        asked.append((engine, weights))
        return load_bot(folder, shared=shared)

    monkeypatch.setattr(server_bots, "load_bot", recording_load)
    registry = server_bots.BotRegistry(tiny_bot.bot_dir.parent, engine="llama.cpp", weights="full")
    registry.load(tiny_bot.bot_dir.name)
    assert asked == [("llama.cpp", "full")]
    result = cli("serve", "--engine", "vllm")
    assert result.exit_code == 2 and "--engine vllm: must be one of" in result.stderr
    monkeypatch.setattr(llama_engine, "llama_cpp_available", lambda: False)
    result = cli("serve", "--engine", "llama.cpp")
    assert result.exit_code == 2 and "pip install 'twinpost[llamacpp]'" in result.stderr


@needs_llama_cpp
def test_the_server_writes_with_llama_cpp(bot_copy, serve):
    import httpx

    from twinpost.server import ServeSettings, create_app

    settings = ServeSettings(bots_dir=bot_copy.parent / "none", bot_dirs=[bot_copy],
                             engine="llama.cpp")  # fmt: skip
    url = serve(create_app(settings))
    body = {"prompt": "Wind", "n": 2, "seed": 3, "max_new_tokens": 12}
    first = httpx.post(f"{url}/bots/{bot_copy.name}/generate", json=body, timeout=120)
    again = httpx.post(f"{url}/bots/{bot_copy.name}/generate", json=body, timeout=120)
    assert first.status_code == 200, first.text
    assert first.json() == again.json() and len(first.json()["posts"]) == 2
