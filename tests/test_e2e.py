"""End to end on the real embedded SmolLM2-135M: a few training steps on a real export, then
the established tool's own `pipeline` snippet. Slow (about a minute); `make test` runs them."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ANDRERUFFERT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def real_bot(embedded_home, tmp_path_factory):
    """A bot trained for a handful of steps on andreruffert's archive."""
    from twinpost.config import TrainConfig
    from twinpost.pipeline import make_bot

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TWINPOST_HOME", str(embedded_home))
        out = tmp_path_factory.mktemp("real") / "bot"
        # 12 steps of 4 x 128 tokens: enough to move the held-out loss, short enough for CI.
        config = TrainConfig(time_budget=None, epochs=0.25, batch_size=4, block_size=128, lr=1e-3)
        made = make_bot(ANDRERUFFERT, out, config)
    return out, made.training


def test_a_few_steps_lower_the_held_out_loss(real_bot):
    out, result = real_bot
    assert result.held_out_after < result.held_out_before
    record = json.loads((out / "twinpost.json").read_text())
    assert record["base_model"] == "smollm2-135m"
    assert record["data_report"]["accounts"][0]["kept"] == 1113
    assert record["base_license"] == "Apache-2.0"


def test_the_established_pipeline_snippet_writes_posts(real_bot):
    from transformers import pipeline

    out, _ = real_bot
    generator = pipeline("text-generation", model=str(out))
    posts = [r["generated_text"] for r in generator("My dream is", num_return_sequences=5)]
    assert len(posts) == 5
    for post in posts:
        assert post.startswith("My dream is")
        assert "<|" not in post  # no special token
        assert len(post) < 600  # stopped at a post's end, or at max_new_tokens


def test_twinpost_generate_cuts_posts_at_their_end(real_bot, cli):
    out, _ = real_bot
    result = cli("generate", out, "My dream is", "-n", "4", "--seed", "0", "--json")
    assert result.exit_code == 0, result.output
    posts = json.loads(result.stdout)
    assert len(posts) == 4
    assert all(p.startswith("My dream is") and "<|" not in p for p in posts)
