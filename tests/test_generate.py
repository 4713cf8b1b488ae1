"""Writing posts: one sampler for every face, per-call randomness, and the copy guard."""

from __future__ import annotations

import json

import pytest
import torch

from twinpost.bot.copy_guard import CopyGuard
from twinpost.config import GenerateConfig
from twinpost.generation.load import load_bot
from twinpost.generation.write import PostRequest, generate, write_posts

# A known run of 8 words, planted in a guard: any post holding it is a copy.
PLANTED = "the keeper polished every brass fitting twice before dawn"


@pytest.fixture
def bot(tiny_bot):
    return load_bot(tiny_bot.bot_dir)  # loaded anew: tests replace its guard


def test_a_seed_gives_the_same_posts_and_another_seed_others(bot):
    config = GenerateConfig(n=4, seed=11, max_new_tokens=20)
    first = generate(bot, "The sea", config).posts
    assert len(first) == 4 and all(p.startswith("The sea") for p in first)
    assert generate(bot, "The sea", config).posts == first
    assert generate(bot, "The sea", config.replace(seed=12)).posts != first


def test_sampling_never_touches_the_process_wide_random_generator(bot):
    torch.manual_seed(123)
    state = torch.get_rng_state()
    generate(bot, "The sea", GenerateConfig(n=3, seed=5, max_new_tokens=8))
    generate(bot, "The sea", GenerateConfig(n=3, max_new_tokens=8))  # unseeded too
    assert torch.equal(torch.get_rng_state(), state)


def test_unseeded_calls_differ(bot):
    config = GenerateConfig(n=4, max_new_tokens=20)
    assert generate(bot, "", config).posts != generate(bot, "", config).posts


def test_a_planted_eight_word_run_is_never_written(bot):
    bot.copy_guard = CopyGuard.from_texts([f"Log: {PLANTED}, as always."])
    # Every post starts with the prompt, so every sample holds the planted run.
    guarded = generate(bot, PLANTED, GenerateConfig(n=3, seed=1, max_new_tokens=6))
    assert guarded.posts == [] and guarded.copies_dropped == 3 * 4  # 4 rounds of 3
    allowed = generate(bot, PLANTED, GenerateConfig(n=3, seed=1, max_new_tokens=6,
                                                    allow_copies=True))  # fmt: skip
    assert len(allowed.posts) == 3 and allowed.copies_dropped == 0
    # Seven of its words are not a copy.
    seven = " ".join(PLANTED.split()[:7])
    assert len(generate(bot, seven, GenerateConfig(n=2, seed=1, max_new_tokens=1)).posts) >= 1


def test_batched_requests_use_the_same_guard_loop(bot):
    bot.copy_guard = CopyGuard.from_texts([PLANTED])
    requests = [PostRequest(PLANTED, 2, 4, 1.0, 0.95), PostRequest("Fog", 2, 4, 1.0, 0.95)]
    written, steps = write_posts(bot, requests)
    assert [len(w.samples) for w in written] == [0, 2] and written[0].copies_dropped == 8
    assert steps >= 1


def test_the_cli_writes_json_and_says_when_posts_were_dropped(tiny_bot, cli):
    result = cli("generate", tiny_bot.bot_dir, "Fog", "-n", "3", "--seed", "2", "--json")
    assert result.exit_code == 0, result.output
    posts = json.loads(result.stdout)
    assert len(posts) == 3 and all(p.startswith("Fog") for p in posts)
    bad = cli("generate", tiny_bot.bot_dir, "--temperature", "nan")
    assert bad.exit_code == 2 and bad.stderr.count("\n") == 1 and "--temperature" in bad.stderr
