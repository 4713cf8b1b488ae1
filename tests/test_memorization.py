"""The copy guard: generated posts that repeat 8+ consecutive words of a real post."""

from __future__ import annotations

import pytest

from twinpost.bot.copy_guard import GUARD_FILE, CopyGuard
from twinpost.config import GenerateConfig
from twinpost.demo import SAMPLE_ACCOUNT

REAL = "Wind NW 6. The supply boat came early and brought three sacks of flour for the winter."


def test_eight_word_runs_are_copies_and_seven_are_not():
    guard = CopyGuard.from_texts([REAL])
    assert guard.copies("Today the supply boat came early and brought three sacks of tea")
    assert not guard.copies("the supply boat came early and brought cake")  # 7 words in a row
    assert guard.copies("THE SUPPLY BOAT, came early... and brought three sacks!")  # case/punct
    assert not guard.copies("")


def test_guard_round_trips_through_the_bot_folder(tmp_path):
    guard = CopyGuard.from_texts([REAL, "one two three four five six seven eight nine"])
    guard.save(tmp_path)
    loaded = CopyGuard.load(tmp_path)
    assert len(loaded) == len(guard) == 10 + 2
    assert loaded.copies("one two three four five six seven eight")
    assert CopyGuard.load(tmp_path / "missing") is None


@pytest.fixture
def bot(tiny_bot):
    from twinpost.generation.load import load_bot

    return load_bot(tiny_bot.bot_dir)  # loaded anew: tests replace its guard


def test_trained_bots_carry_a_guard_built_from_their_posts(bot):
    assert (bot.path / GUARD_FILE).exists()
    sample_post = next(
        line for line in (SAMPLE_ACCOUNT / "data" / "tweets.js").read_text().splitlines()
        if "Barometer" in line and "full_text" in line
    )  # fmt: skip
    text = sample_post.split('"full_text" : "', 1)[1].rsplit('"', 1)[0]
    assert bot.copy_guard.copies(text)


def test_generate_resamples_copies_and_counts_them(bot):
    from twinpost.generation.write import generate

    config = GenerateConfig(n=4, seed=5, max_new_tokens=24)
    free = generate(bot, "The lamp", config.replace(allow_copies=True))
    assert free.copies_dropped == 0 and len(free.posts) == 4
    # A guard that knows exactly these posts must reject them all on a re-run with the seed.
    bot.copy_guard = CopyGuard.from_texts([p + " x x x x x x x x" for p in free.posts])
    guarded = generate(bot, "The lamp", config)
    known = sum(map(bot.copy_guard.copies, free.posts))  # those of 8 words or more
    assert known > 0 and guarded.copies_dropped >= known
    assert not any(bot.copy_guard.copies(p) for p in guarded.posts)
