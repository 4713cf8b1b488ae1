"""Training: the dataset pieces, the run itself on a tiny model, and the bot folder it writes."""

from __future__ import annotations

import json
import os
import random
import re
import stat
from pathlib import Path

import pytest

from twinpost.bot.weights import INDEX_FILE, OWN_SHARD, SHARED_SHARD
from twinpost.config import GenerateConfig, TrainConfig, describe_duration, parse_duration
from twinpost.data.posts import Post
from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.errors import TwinpostError
from twinpost.events import RunClock
from twinpost.pipeline import make_bot
from twinpost.training.dataset import (
    IGNORE_INDEX,
    balanced_epoch,
    build_blocks,
    pack,
    run_order,
    split_posts,
)
from twinpost.training.run import LONG_RUN_SECONDS, lr_factor

BOT_FILES = {
    "config.json", "model.safetensors", "generation_config.json", "tokenizer.json",
    "tokenizer_config.json", "twinpost.json", "held_out.json",
}  # fmt: skip


def posts(account: str, n: int) -> list[Post]:
    return [Post(str(i), f"{account} post {i}", None, False, False, account) for i in range(n)]


def test_split_is_seeded_per_account_and_never_empty():
    many, few = posts("many", 200), posts("few", 3)
    split = split_posts(many + few, held_out=0.1, seed=7)
    assert split == split_posts(many + few, held_out=0.1, seed=7)
    assert split != split_posts(many + few, held_out=0.1, seed=8)
    held = [p.account for p in split.held_out]
    assert 10 <= held.count("many") <= 30 and held.count("few") == 1  # about 10%, at least 1
    assert len(split.train) + len(split.held_out) == 203
    assert not {p.id + p.account for p in split.train} & {p.id + p.account for p in split.held_out}


def test_split_of_a_post_never_changes_when_newer_posts_arrive():
    old = posts("acct", 300)
    newer = [Post(f"n{i}", f"newer post {i}", None, False, False, "acct") for i in range(100)]
    before = split_posts(old, held_out=0.1, seed=1)
    after = split_posts(old + newer, held_out=0.1, seed=1)
    assert {p.id for p in before.held_out} <= {p.id for p in after.held_out}
    assert {p.id for p in before.train} <= {p.id for p in after.train}


def test_smaller_accounts_are_oversampled_to_the_largest():
    train = {"big": [[1, 2]] * 30, "small": [[3, 4, 5]] * 4}
    epoch = balanced_epoch(train, random.Random(0))
    assert sum(s == [1, 2] for s in epoch) == 30
    assert sum(s == [3, 4, 5] for s in epoch) == 30


def test_accounts_of_short_posts_can_be_evened_out_by_tokens():
    train = {"long": [[1] * 10] * 30, "short": [[2, 2]] * 40}  # 300 tokens against 80
    epoch = balanced_epoch(train, random.Random(0), by="tokens")
    assert sum(s == [1] * 10 for s in epoch) == 30  # the largest by tokens stays as it is
    assert sum(len(s) for s in epoch if s == [2, 2]) == 300  # drawn again up to its tokens
    by_posts = balanced_epoch(train, random.Random(0))
    assert sum(s == [1] * 10 for s in by_posts) == 40 and len(by_posts) == 80


@pytest.mark.parametrize("mask", [True, False])
def test_pack_keeps_every_post_whole_inside_blocks(mask):
    rng = random.Random(1)
    seqs = [[0, *[rng.randrange(3, 99) for _ in range(rng.randrange(1, 40))], 0] for _ in range(50)]
    blocks = pack(seqs, block_size=64, pad_id=2, mask_across_posts=mask)
    assert all(len(b["input_ids"]) == len(b["labels"]) == 64 for b in blocks)
    real = [t for b in blocks for t in b["input_ids"]]
    assert len(real) - real.count(2) == sum(len(s) for s in seqs)  # nothing lost, nothing added
    predicted = sum(sum(label != IGNORE_INDEX for label in b["labels"]) for b in blocks)
    assert predicted == sum(len(s) - 1 for s in seqs)  # all but each post's first token
    assert len(blocks) <= sum(len(s) for s in seqs) // 64 + 2  # tightly packed
    for b in blocks:
        restarts = sum(p == 0 for p in b["position_ids"])
        assert restarts > 1 if mask else b["position_ids"] == list(range(64))


def test_long_posts_are_truncated_to_the_block():
    (block,) = pack([list(range(3, 200))], block_size=32, pad_id=2, mask_across_posts=True)
    assert block["input_ids"] == list(range(3, 35))


def test_fractional_epochs():
    train = {"a": [[0, 5, 0]] * 40}
    one = build_blocks(train, 1, 16, 2, True, seed=0)
    half = build_blocks(train, 1.5, 16, 2, True, seed=0)
    assert len(half) == len(one) + round(len(one) / 2)


@pytest.mark.parametrize("seed", [0, 7])
def test_blocks_are_read_in_the_order_the_trainers_random_sampler_drew(tiny_base, tmp_path, seed):
    """A run reads its blocks in one fixed order (so a resumed run can skip those trained),
    and that order is the Trainer's own shuffle of them: the same permutation, not merely
    another one."""
    import torch
    from transformers import AutoModelForCausalLM, Trainer, TrainingArguments

    train = {"a": [[0, i, 0] for i in range(3, 60)], "b": [[0, 5, 6, 7, 0]] * 9}
    blocks = build_blocks(train, 2.5, 16, 2, True, seed=seed)
    assert blocks == build_blocks(train, 2.5, 16, 2, True, seed=seed)  # rebuilt the same
    assert len(blocks) > 8
    numbered = [{"input_ids": [i]} for i in range(len(blocks))]
    args = TrainingArguments(tmp_path, per_device_train_batch_size=1, use_cpu=True,
                             report_to="none", seed=seed)  # fmt: skip
    model = AutoModelForCausalLM.from_pretrained(tiny_base)
    loader = Trainer(model=model, args=args, train_dataset=numbered).get_train_dataloader()
    drawn = [int(batch["input_ids"]) for batch in loader]
    assert drawn != list(range(len(blocks)))
    assert torch.equal(torch.tensor(drawn), torch.tensor(run_order(len(blocks), seed)))


def test_schedule_warms_up_then_decays_to_zero():
    assert lr_factor(0.0, 0.1) == 0
    assert lr_factor(0.1, 0.1) == pytest.approx(1)
    assert lr_factor(0.55, 0.1) == pytest.approx(0.5)
    assert lr_factor(1.0, 0.1) == pytest.approx(0)


def test_clock_takes_the_further_of_time_and_steps():
    clock = RunClock(budget=None)
    clock.open_training(planned_steps=10, reserve=0)
    clock.step = 5
    assert clock.training_done == 0.5 and not clock.out_of_training_time
    timed = RunClock(budget=1e-9)
    timed.open_training(planned_steps=10, reserve=0)
    assert timed.training_done == 1.0 and timed.out_of_training_time


def test_training_ends_early_enough_for_what_follows_it(monkeypatch):
    """The budget covers the whole run: training stops `reserve` seconds before its end."""
    import twinpost.events as events

    now = [1000.0]
    monkeypatch.setattr(events.time, "perf_counter", lambda: now[0])
    clock = RunClock(budget=100)
    now[0] += 20  # reading, loading the base, scoring: 20 s
    clock.open_training(planned_steps=1000, reserve=15)
    assert clock.training_deadline == 85
    now[0] += 64
    assert not clock.out_of_training_time and clock.share == pytest.approx(0.84, abs=0.2)
    now[0] += 1
    assert clock.out_of_training_time and clock.training_done == 1.0
    shares = []
    for _ in range(3):
        now[0] += 5
        shares.append(clock.share)
    assert shares == sorted(shares) and shares[-1] <= 0.99  # rises, never 1 before the end


def _announced(monkeypatch, budget, planned, training_ends):
    """The notice a run gives once its first steps are timed: training opened 20 s in,
    `reserve` 15 s, and its steps' pace says it will end `training_ends` s into the run."""
    import twinpost.events as events
    from twinpost.training.run import announce_estimate

    monkeypatch.setattr(events.time, "perf_counter", lambda: 1000.0)
    clock = RunClock(budget=budget)
    clock.started -= 20
    clock.open_training(planned_steps=planned, reserve=15)
    said = []
    with events.reporting(said.append, clock):
        announce_estimate(clock, 2.0, training_ends)
    (notice,) = said
    assert clock.estimate == training_ends + 15
    return notice


def test_a_run_says_how_long_its_epochs_take_and_what_to_do_when_long(monkeypatch):
    plain = _announced(monkeypatch, None, planned=140, training_ends=165)
    assert not plain.warning and plain.text == (
        "2 epochs (140 steps): about 3 min for the whole run on this machine"
    )
    long = _announced(monkeypatch, None, planned=900, training_ends=LONG_RUN_SECONDS + 60)
    assert long.warning and "about 31 min" in long.text and "--time-budget 30m" in long.text
    assert "the same command continues it" in long.text
    # A budget that will end training early says so before, not after, the run
    short = _announced(monkeypatch, 120, planned=900, training_ends=600)
    assert short.warning and "ends training after about 0.3 epochs" in short.text
    assert "leave out --time-budget" in short.text


@pytest.mark.parametrize(("seconds", "said"), [(0.2, "1 s"), (45, "45 s"), (150, "2 min"),
                                               (4000, "1 h 7 min")])  # fmt: skip
def test_durations_are_described_as_people_say_them(seconds, said):
    assert describe_duration(seconds) == said


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90), ("5m", 300), ("1m30s", 90),
                                               ("2", 2), ("none", None)])  # fmt: skip
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["soon", "-3s", "5x", "", "10 minutes"])
def test_bad_durations(text):
    with pytest.raises(TwinpostError, match="not a duration"):
        parse_duration(text)


@pytest.fixture
def trained(tiny_bot):
    """The suite's shared tiny bot: where it is, and its training's figures."""
    return tiny_bot.bot_dir, tiny_bot.training


def test_training_lowers_the_held_out_loss(trained):
    _, result = trained
    assert result.held_out_after < result.held_out_before - 0.5
    assert result.stopped_by == "epochs" and result.steps > 0 and result.tokens_seen > 0


def test_bot_folder_is_a_complete_hf_model_with_its_record(trained):
    out, result = trained
    assert {p.name for p in out.iterdir()} >= BOT_FILES
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no temp left
    record = json.loads((out / "twinpost.json").read_text())
    assert record["held_out_loss"] == {
        "before": result.held_out_before, "after": result.held_out_after,
    }  # fmt: skip
    assert record["accounts"][0]["handle"] == "marigold_keeps"
    assert record["data_report"]["accounts"][0]["kept"] == 435
    assert record["train_config"]["method"] == "full"
    held = json.loads((out / "held_out.json").read_text())["held_out"]
    assert 25 <= len(held) <= 65 and all(len(h) == 64 for h in held)  # about 10% of 435
    generation = json.loads((out / "generation_config.json").read_text())
    assert generation["do_sample"] is True and generation["top_p"] == 0.95
    assert generation["eos_token_id"] == 0


def test_pipeline_loads_the_bot_and_writes_one_post(trained):
    from transformers import pipeline

    out, _ = trained
    generator = pipeline("text-generation", model=str(out))
    results = generator("My dream is", num_return_sequences=3)
    assert len(results) == 3
    for r in results:
        assert r["generated_text"].startswith("My dream is")
        assert "<|" not in r["generated_text"]


def test_generate_api_returns_posts_that_start_with_the_prompt(trained):
    from twinpost.config import GenerateConfig
    from twinpost.generation.write import generate_posts

    out, _ = trained
    texts = generate_posts(out, "The sea", GenerateConfig(n=4, seed=3, max_new_tokens=40))
    assert len(texts) == 4 and all(isinstance(t, str) for t in texts)
    assert all(t.startswith("The sea") and "<|" not in t for t in texts)
    again = generate_posts(out, "The sea", GenerateConfig(n=4, seed=3, max_new_tokens=40))
    assert texts == again  # seeded


def test_time_budget_stops_cleanly_and_still_writes_a_bot(tiny_base, tmp_path):
    out = tmp_path / "bot"
    config = TrainConfig(base=str(tiny_base), method="top", top_layers=1, time_budget=0.5,
                         epochs=50, batch_size=2, block_size=64)  # fmt: skip
    made = make_bot(SAMPLE_ACCOUNT, out, config)
    assert made.training.stopped_by == "budget"
    assert made.training.train_seconds < 10
    compact = BOT_FILES - {"model.safetensors"} | {INDEX_FILE, SHARED_SHARD, OWN_SHARD}
    assert {p.name for p in out.iterdir()} >= compact  # top blocks only: bot/weights.py
    assert made.warnings and "longer --time-budget" in made.warnings[0]


@pytest.mark.parametrize("method", ["lora", "top"])
def test_methods_train_and_save_plain_weights(tiny_base, tmp_path, method):
    from transformers import AutoModelForCausalLM

    out = tmp_path / method
    config = TrainConfig(base=str(tiny_base), method=method, top_layers=1, lora_rank=4,
                         time_budget=None, epochs=0.5, lr=3e-3, block_size=128)  # fmt: skip
    result = make_bot(SAMPLE_ACCOUNT, out, config).training
    assert result.held_out_after < result.held_out_before
    model = AutoModelForCausalLM.from_pretrained(out)  # LoRA merged: loads without peft
    assert not any("lora" in name for name, _ in model.named_parameters())


def test_cli_train_and_generate(cli, tiny_base, tmp_path):
    out = tmp_path / "bot"
    result = cli("train", SAMPLE_ACCOUNT, "--out", out, "--base", tiny_base, "--epochs", "0.3",
                 "--time-budget", "none", "--block-size", "64", "--top-layers", "1",
                 "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Posts kept" in result.stderr and "Held-out loss" in result.stderr
    made = json.loads(result.stdout)  # --json: the result alone on stdout, progress on stderr
    record = json.loads((out / "twinpost.json").read_text())
    assert made["bot_dir"] == str(out) and made["held_out_loss"] == record["held_out_loss"]
    assert made["steps"] == record["training"]["steps"] > 0 and len(made["samples"]) == 5
    # Once its first steps are timed, the run says how long it will take
    assert re.search(r"0\.3 epochs \(\d+ steps\): about \d+ s for the whole run", result.stderr)
    assert 0 < made["estimated_seconds"] < 600
    assert re.search(r"Training .*step (\d+)/\1 ", result.stderr)  # the bar went on after it
    # Every stage of the run shows its progress, to the end.
    for stage in ("Scoring before training", "Frozen lower blocks", "Scoring after training"):
        assert re.search(rf"{stage}.* (\d+)/\1 ", result.stderr), result.stderr
    generated = cli("generate", out, "Wind NW", "-n", "3", "--seed", "1", "--json",
                    "--max-new-tokens", "20")  # fmt: skip
    assert generated.exit_code == 0, generated.output
    texts = json.loads(generated.stdout)
    assert len(texts) == 3 and all(t.startswith("Wind NW") for t in texts)


def bad_train(cli, tmp_path, *args):
    out = tmp_path / "never"
    result = cli("train", *args, "--out", out)
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()
    return result.stderr


def test_train_refuses_bad_input(cli, tiny_base, tmp_path):
    few = tmp_path / "few.txt"
    few.write_text("\n".join(f"just a few words here {i}" for i in range(10)))
    assert "too little data" in bad_train(cli, tmp_path, few, "--base", tiny_base)
    assert "no such model folder" in bad_train(
        cli, tmp_path, SAMPLE_ACCOUNT, "--base", tmp_path / "nope"
    )
    assert "not a duration" in bad_train(
        cli, tmp_path, SAMPLE_ACCOUNT, "--base", tiny_base, "--time-budget", "soonish"
    )
    assert "--method" in bad_train(cli, tmp_path, SAMPLE_ACCOUNT, "--method", "magic")


def test_train_refuses_an_unwritable_out_dir(cli, tiny_base, tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    for out in (a_file / "bot", Path("/proc/twinpost-bot")):  # not writable, even by root
        result = cli("train", SAMPLE_ACCOUNT, "--base", tiny_base, "--out", out)
        assert result.exit_code == 2 and "cannot write" in result.stderr, result.output
        assert not out.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through permission bits")
def test_train_refuses_a_read_only_parent(cli, tiny_base, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = cli("train", SAMPLE_ACCOUNT, "--base", tiny_base, "--out", locked / "bot")
        assert result.exit_code == 2 and "cannot write" in result.stderr
    finally:
        locked.chmod(stat.S_IRWXU)


def test_train_refuses_to_overwrite_a_folder_that_is_not_a_bot(cli, tiny_base, tmp_path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    result = cli("train", SAMPLE_ACCOUNT, "--base", tiny_base, "--out", precious)
    assert result.exit_code == 2 and "holds no bot" in result.stderr
    assert (precious / "notes.txt").read_text() == "keep me"


def test_generate_refuses_a_folder_that_is_not_a_bot(cli, tmp_path):
    result = cli("generate", tmp_path, "hello")
    assert result.exit_code == 2 and "not a twinpost bot" in result.stderr


def test_frozen_lower_blocks_give_the_same_loss_from_their_kept_states(tiny_base):
    """Training on kept states must see exactly what a full forward pass sees."""
    import torch
    from transformers import AutoModelForCausalLM

    from twinpost.training.frozen import FrozenPrefix
    from twinpost.training.loss import collate_blocks as _collate_blocks

    model = AutoModelForCausalLM.from_pretrained(tiny_base, dtype=torch.float32)
    rng = random.Random(0)
    seqs = [
        [0, *[rng.randrange(3, 300) for _ in range(rng.randrange(2, 30))], 0] for _ in range(40)
    ]
    blocks = pack(seqs + seqs[:5], block_size=64, pad_id=2, mask_across_posts=True)
    frozen = FrozenPrefix(model, top_layers=1, sequences=seqs)
    frozen.compute(block_size=64, pad_id=2, bf16=False)
    assert len(frozen.states) == len({tuple(s) for s in seqs})
    with torch.no_grad():
        full = model(**_collate_blocks(True)(blocks)).loss
        with frozen.top_only():
            assert len(model.model.layers) == 1
            kept = model(**_collate_blocks(True, frozen)(blocks)).loss
    assert len(model.model.layers) == 2  # restored
    assert kept.item() == pytest.approx(full.item(), rel=1e-4)


def test_a_frozen_pass_cut_short_has_covered_the_first_blocks_training_uses(tiny_base, monkeypatch):
    """Cut by the budget, the frozen pass has run the posts of the first blocks to be
    trained (it takes them in training order), so training can start on those."""
    import torch
    from transformers import AutoModelForCausalLM

    from twinpost.training import frozen as frozen_module
    from twinpost.training.frozen import FrozenPrefix
    from twinpost.training.run import posts_in_training_order

    monkeypatch.setattr(frozen_module, "_CHUNK_POSTS", 12)
    model = AutoModelForCausalLM.from_pretrained(tiny_base, dtype=torch.float32)
    rng = random.Random(2)
    seqs = [
        [0, *[rng.randrange(3, 300) for _ in range(rng.randrange(2, 30))], 0] for _ in range(60)
    ]
    blocks = pack(seqs, block_size=64, pad_id=2, mask_across_posts=True)
    rng.shuffle(blocks)
    order = posts_in_training_order(blocks)
    assert sorted(map(tuple, order)) == sorted(map(tuple, seqs))
    frozen = FrozenPrefix(model, top_layers=1, sequences=order)
    complete = frozen.compute(64, 2, False, out_of_time=lambda: len(frozen.states) >= 12)
    assert not complete and 12 <= len(frozen.states) < len(seqs)
    first = [tuple(s) for s in order[: sum(1 for _ in blocks[0]["lengths"])]]
    assert set(first) <= set(frozen.states) and frozen.covers(blocks[0])
    assert not all(frozen.covers(b) for b in blocks)


def test_loss_over_predicted_tokens_only_is_the_models_loss(tiny_base):
    """twinpost's training loss skips the output layer where nothing is predicted; it must
    still be transformers' loss, and give the same gradients."""
    import torch
    from transformers import AutoModelForCausalLM

    from twinpost.training.loss import collate_blocks as _collate_blocks
    from twinpost.training.loss import predicted_tokens_loss

    model = AutoModelForCausalLM.from_pretrained(tiny_base, dtype=torch.float32)
    rng = random.Random(1)
    seqs = [
        [0, *[rng.randrange(3, 300) for _ in range(rng.randrange(2, 30))], 0] for _ in range(12)
    ]
    batch = _collate_blocks(True)(pack(seqs, block_size=64, pad_id=2, mask_across_posts=True))
    assert (batch["labels"] == -100).any()  # padding and first tokens: rows skipped

    def loss_and_grads(loss_fn):
        model.zero_grad()
        loss = loss_fn()
        loss.backward()
        return loss.item(), [p.grad.clone() for p in model.parameters()]

    ours, our_grads = loss_and_grads(lambda: predicted_tokens_loss(model, batch))
    theirs, their_grads = loss_and_grads(lambda: model(**batch).loss)
    assert ours == pytest.approx(theirs, rel=1e-5)
    for mine, other in zip(our_grads, their_grads, strict=True):
        torch.testing.assert_close(mine, other, rtol=1e-4, atol=1e-6)

    # With a frozen copy of the output layer, the loss computes its gradient itself: the same.
    frozen = model.get_output_embeddings().weight.detach().clone()
    fused, fused_grads = loss_and_grads(lambda: predicted_tokens_loss(model, batch, frozen))
    assert fused == pytest.approx(theirs, rel=1e-5)
    for mine, other, param in zip(fused_grads, their_grads, model.parameters(), strict=True):
        if param is not model.get_output_embeddings().weight:  # the copy gets no gradient
            torch.testing.assert_close(mine, other, rtol=1e-4, atol=1e-6)

    # With a frozen bf16 copy of the output layer, under bf16 autocast: close to the same.
    head = model.get_output_embeddings().weight.detach().to(torch.bfloat16)
    with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
        cast = predicted_tokens_loss(model, batch, head).item()
    assert cast == pytest.approx(theirs, rel=2e-2)


@pytest.mark.parametrize("bf16", [True, False])
def test_training_steps_run_under_bf16_autocast_when_asked(tiny_base, tmp_path, monkeypatch, bf16):
    """The loss calls the decoder itself, outside the forward accelerate wraps in autocast:
    it must enter autocast itself, or bf16 training silently runs in fp32 (half the speed)."""
    import torch

    import twinpost.training.loss as loss

    seen = []

    def spy(*args, **kwargs):
        seen.append(torch.is_autocast_enabled("cpu"))
        return predicted_tokens_loss(*args, **kwargs)

    predicted_tokens_loss = loss.predicted_tokens_loss
    monkeypatch.setattr(loss, "predicted_tokens_loss", spy)
    config = TrainConfig(base=str(tiny_base), method="top", top_layers=1, time_budget=None,
                         epochs=0.2, block_size=64, bf16=bf16, device="cpu")  # fmt: skip
    make_bot(SAMPLE_ACCOUNT, tmp_path / "bot", config)
    assert seen and set(seen) == {bf16}


def test_steps_on_kept_states_use_eager_attention_and_then_the_default_again(
    tiny_base, tmp_path, monkeypatch
):
    """Eager attention is a training-speed choice for the top blocks only: scoring after
    training (and anything done with the model later) is back on the default."""
    import twinpost.training.loss as loss
    import twinpost.training.run as train

    seen, scored = [], []

    def spy(model, *args, **kwargs):
        seen.append(model.config._attn_implementation)
        return predicted_tokens_loss(model, *args, **kwargs)

    def scoring(self, model, *args, **kwargs):
        scored.append(model.config._attn_implementation)
        return held_out_loss(self, model, *args, **kwargs)

    predicted_tokens_loss, held_out_loss = loss.predicted_tokens_loss, train.HeldOutScorer.loss
    monkeypatch.setattr(loss, "predicted_tokens_loss", spy)
    monkeypatch.setattr(train.HeldOutScorer, "loss", scoring)
    config = TrainConfig(base=str(tiny_base), method="top", top_layers=1, time_budget=None,
                         epochs=0.2, block_size=64, device="cpu")  # fmt: skip
    make_bot(SAMPLE_ACCOUNT, tmp_path / "bot", config)
    assert seen and set(seen) == {"eager"}
    assert scored == ["sdpa", "sdpa"]  # before and after training


def test_bots_write_with_the_decoding_attention(trained):
    """`twinpost.generation.attention` is measured faster for decoding; bots must load with it."""
    from twinpost.generation.attention import DECODE_ATTENTION
    from twinpost.generation.load import load_bot

    out, _ = trained
    assert load_bot(out).model.config._attn_implementation == DECODE_ATTENTION


def test_bots_write_with_packed_or_int8_linear_layers(trained):
    """Packed and int8 weights are measured faster for decoding; a loaded bot keeps no plain
    Linear, whichever weights it writes with."""
    from torch import nn

    from twinpost.generation.load import load_bot
    from twinpost.generation.packing import Int8Linear, PackedLinear, packing_supported

    int8 = load_bot(trained[0], weights="int8")
    kinds = {type(m) for m in int8.model.modules()}
    assert int8.weights == "int8" and Int8Linear in kinds and nn.Linear not in kinds
    model = load_bot(trained[0], weights="full").model
    if not packing_supported(model.dtype):
        pytest.skip("oneDNN cannot pack this dtype on this CPU")
    kinds = {type(m) for m in model.modules()}
    assert PackedLinear in kinds and nn.Linear not in kinds and Int8Linear not in kinds


def test_finished_rows_are_not_sampled(trained, monkeypatch):
    """A row past its end samples nothing: its flat distribution after eos would otherwise send
    the whole batch to the sampler's full-vocabulary sort."""
    import twinpost.generation.write as gen
    from twinpost.generation.load import load_bot
    from twinpost.generation.write import sample_rows

    rows_sampled = []
    real = gen.sample_next

    def spy(logits, temperature, top_p, generator=None):
        rows_sampled.append(logits.shape[0])
        return real(logits, temperature, top_p, generator)

    monkeypatch.setattr(gen, "sample_next", spy)
    out, _ = trained
    samples = sample_rows(load_bot(out), ["The", "The", "The"], [1, 4, 4], 1.0, 0.95)
    assert rows_sampled[0] == 3 and all(n <= 2 for n in rows_sampled[1:])
    assert samples[0].new_tokens <= 1


def test_generate_counts_its_passes_decoding_steps(trained, monkeypatch):
    """A pass takes as many decoding steps as its longest row; the benchmark divides by them."""
    import twinpost.generation.write as gen

    longest = []
    real = gen.sample_rows

    def spy(*args):
        samples = real(*args)
        longest.append(max(s.new_tokens + s.finished for s in samples))
        return samples

    monkeypatch.setattr(gen, "sample_rows", spy)
    config = GenerateConfig(n=3, seed=1, max_new_tokens=6, allow_copies=True)
    result = gen.generate(gen.load_bot(trained[0]), "The", config)
    assert len(longest) == 1 and 1 <= result.steps == longest[0] <= 6


def test_a_second_scoring_starts_above_the_frozen_blocks_and_gives_the_same_figure(tiny_base):
    """With the lower blocks unchanged, scoring again from their kept states is the figure
    held_out_loss gives, and no lower block runs again."""
    import torch
    from transformers import AutoModelForCausalLM

    from twinpost.training.dataset import load_post_tokenizer, reply_context, sequence_ids
    from twinpost.training.held_out import HeldOutScorer, held_out_loss

    tok = load_post_tokenizer(tiny_base)
    model = AutoModelForCausalLM.from_pretrained(tiny_base, dtype=torch.float32)
    texts = ["the tide is low today", "a much longer post about the garden and its beans", "ok"]
    seqs = [sequence_ids(tok, t) for t in texts]
    seqs.append(sequence_ids(tok, "yes, that", context=reply_context(tok, "Is it?", "carol")))
    pad = tok.pad_token_id
    scorer = HeldOutScorer(seqs, pad, frozen_below=1)
    assert scorer.loss(model) == pytest.approx(held_out_loss(model, seqs, pad), rel=1e-6)
    assert scorer.upper_seconds is not None and scorer.upper_seconds > 0
    with torch.no_grad():  # "training" the top block only
        model.model.layers[1].mlp.down_proj.weight.mul_(1.5)
    lower_calls = []
    model.model.layers[0].register_forward_hook(lambda *_: lower_calls.append(1))
    again = scorer.loss(model)
    assert lower_calls == []
    assert again == pytest.approx(held_out_loss(model, seqs, pad), rel=1e-6)
    assert len(lower_calls) > 0  # the plain measure runs it, so the hook can see it


def test_each_posts_loss_is_kept_in_the_order_the_posts_came(tiny_base):
    """The scorer sorts posts by length for its batches; what it keeps per post comes back in
    the caller's order, each the post's own figure, and adds up to the mean it returns."""
    import torch
    from transformers import AutoModelForCausalLM

    from twinpost.training.dataset import load_post_tokenizer, sequence_ids
    from twinpost.training.held_out import HeldOutScorer, held_out_loss

    tok = load_post_tokenizer(tiny_base)
    model = AutoModelForCausalLM.from_pretrained(tiny_base, dtype=torch.float32)
    texts = ["a much longer post about the garden and its beans", "ok", "the tide is low today"]
    seqs = [sequence_ids(tok, t) for t in texts]
    scorer = HeldOutScorer(seqs, tok.pad_token_id)
    mean = scorer.loss(model)
    assert [n for _, n in scorer.per_post] == [len(s) - 1 for s in seqs]
    for (total, n), seq in zip(scorer.per_post, seqs, strict=True):
        alone = held_out_loss(model, [seq], tok.pad_token_id)
        assert total / n == pytest.approx(alone, rel=1e-5)
    summed = sum(t for t, _ in scorer.per_post) / sum(n for _, n in scorer.per_post)
    assert summed == pytest.approx(mean, rel=1e-6)


def test_the_held_out_loss_after_a_bf16_run_is_scored_in_float32(tiny_base, tmp_path):
    """The Trainer's accelerate wraps the model's forward in bf16 autocast; the figure after
    training must be the float32 one held_out.py defines, as a fresh model scores it."""
    import torch
    from transformers import AutoModelForCausalLM

    from twinpost.data.corpus import build_corpus
    from twinpost.training.dataset import load_post_tokenizer, split_posts, tokenize_split
    from twinpost.training.held_out import held_out_loss
    from twinpost.training.run import train_model

    config = TrainConfig(base=str(tiny_base), method="top", top_layers=1, time_budget=None,
                         epochs=0.3, block_size=64, device="cpu", bf16=True)  # fmt: skip
    corpus = build_corpus([SAMPLE_ACCOUNT])
    trained = train_model(corpus, tiny_base, config)
    fresh = AutoModelForCausalLM.from_pretrained(tiny_base, dtype=torch.float32)
    fresh.load_state_dict(trained.model.state_dict())
    tok = load_post_tokenizer(tiny_base)
    split = split_posts(corpus.posts, config.held_out, config.seed)
    held = tokenize_split(
        split, tok, tmp_path, speaker_share=config.speaker_tags, replies=config.reply_context
    ).held_out
    expected = held_out_loss(fresh, held, tok.pad_token_id)
    assert trained.result.held_out_after == pytest.approx(expected, rel=1e-6)
    assert trained.result.held_out_after != trained.result.held_out_before
    ids = torch.tensor([held[0]])
    with torch.no_grad():  # and whatever calls the model afterwards gets float32 too
        assert torch.equal(trained.model(input_ids=ids).logits, fresh(input_ids=ids).logits)
