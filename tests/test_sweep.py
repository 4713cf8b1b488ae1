"""twinpost sweep: trials scored on held-out posts, the winner with its recipe and card, a
resumed sweep that loses no trial, and train --recipe with its refusals."""

from __future__ import annotations

import json

import pytest

from tests.conftest import tiny_config
from twinpost.bot.files import CARD_FILE, RECIPE_FILE, SWEEP_FILE, SWEEP_PLOT_FILE
from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.errors import TwinpostError

SWEEP_POSTS = 10  # posts written per trial: the fewest eval scores, quick on the tiny model


@pytest.fixture(scope="module")
def swept(tiny_base, tmp_path_factory):
    from twinpost.sweep import sweep

    out = tmp_path_factory.mktemp("sweep") / "marigold"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TWINPOST_HOME", str(tmp_path_factory.mktemp("home")))
        result = sweep([SAMPLE_ACCOUNT], out, 3, base=_base(tiny_base), posts=SWEEP_POSTS)
    return out, result


def _base(tiny_base):
    return tiny_config(tiny_base, batch_size=8, block_size=128)


def test_the_first_trial_is_the_defaults_and_every_trial_is_scored(swept):
    from twinpost.config import TrainConfig
    from twinpost.sweep import objective

    out, result = swept
    assert [t.number for t in result.trials] == [0, 1, 2]
    defaults = TrainConfig()
    assert result.default.settings["lr"] == defaults.lr
    assert result.default.settings["epochs"] == defaults.epochs
    assert len({json.dumps(t.settings, sort_keys=True) for t in result.trials}) == 3
    for t in result.trials:
        assert 0 <= t.figures["discriminator"] <= 1 and 0 <= t.figures["attribution"] <= 1
        assert t.objective == objective(t.figures)  # the one objective, from the figures
        record = json.loads((out / "trials" / t.bot / "twinpost.json").read_text())
        assert record["train_config"]["lr"] == pytest.approx(t.settings["lr"])
    # The 3 best (all three here) and the defaults scored again with the next seed; the
    # winner has the lowest mean of both scores.
    for t in result.trials:
        assert t.confirmed == pytest.approx((t.objective + objective(t.confirm_figures)) / 2,
                                            abs=1e-4)  # fmt: skip
    assert result.best.confirmed == min(t.confirmed for t in result.trials)


def test_the_winner_is_published_with_its_recipe_table_and_plot(swept):
    out, result = swept
    bot = out / "bot"
    recipe = json.loads((bot / RECIPE_FILE).read_text())
    assert recipe["settings"]["lr"] == pytest.approx(result.best.settings["lr"])
    assert recipe["base"] == "tiny-base" or recipe["base"]  # named by the base it was made for
    assert "time_budget" not in recipe["settings"] and "device" not in recipe["settings"]
    table = json.loads((bot / SWEEP_FILE).read_text())
    assert len(table["trials"]) == 3 and table["best"]["number"] == result.best.number
    assert (bot / SWEEP_PLOT_FILE).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    card = (bot / CARD_FILE).read_text()
    assert "## How its recipe was chosen" in card and f"({SWEEP_PLOT_FILE})" in card
    assert card.count(" (chosen) |") == 1
    from transformers import AutoModelForCausalLM

    AutoModelForCausalLM.from_pretrained(bot)  # still a plain Hugging Face folder


def test_an_interrupted_sweep_resumes_without_losing_a_trial(tiny_base, tmp_path, monkeypatch):
    import twinpost.sweep as sweep_module

    monkeypatch.setenv("TWINPOST_HOME", str(tmp_path / "home"))
    out = tmp_path / "sweep"
    scored, trained = [], []
    real_score, real_train = sweep_module._score, sweep_module._train_here

    def score(bot, *args):
        if len(scored) == 1:  # killed while scoring the second trial, its bot written
            scored.append("killed")
            raise KeyboardInterrupt
        scored.append(bot.name)
        return real_score(bot, *args)

    def train(corpus, bot, *args):
        trained.append(bot.name)
        return real_train(corpus, bot, *args)

    monkeypatch.setattr(sweep_module, "_score", score)
    monkeypatch.setattr(sweep_module, "_train_here", train)
    with pytest.raises(KeyboardInterrupt):
        sweep_module.sweep([SAMPLE_ACCOUNT], out, 2, base=_base(tiny_base), posts=SWEEP_POSTS,
                           confirm=0)  # fmt: skip
    interrupted = trained[-1]
    result = sweep_module.sweep([SAMPLE_ACCOUNT], out, 2, base=_base(tiny_base),
                                posts=SWEEP_POSTS, confirm=0)  # fmt: skip
    assert [t.bot for t in result.trials] == [scored[0], interrupted]
    # the cut trial was asked again with its settings, found its bot and was only scored
    assert trained.count(interrupted) == 2 and scored[-1] == interrupted
    assert len(list((out / "trials").iterdir())) == 2


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--trials", "0"], "--trials 0: a sweep needs at least 1 trial"),
        (["--posts", "3"], "--posts 3: at least 10 posts to score a trial"),
        (["--confirm", "-1"], "--confirm -1: 0 or more trials to score again"),
        # the impostors are read once, before any trial trains
        (["--against", "no-such-export"], "no-such-export: no such file or folder"),
        (["--time-budget", "soon"], "--time-budget 'soon': not a duration"),
    ],
)
def test_a_sweep_refuses_bad_input_in_one_line(cli, tiny_base, tmp_path, args, said):
    result = cli("sweep", SAMPLE_ACCOUNT, "--out", tmp_path / "s", "--base", tiny_base, *args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"twinpost: error: {said}")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "s").exists()


def test_a_sweep_never_takes_a_folder_that_is_not_its_own(cli, tiny_base, tmp_path):
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "mine.txt").write_text("keep me")
    result = cli("sweep", SAMPLE_ACCOUNT, "--out", taken, "--base", tiny_base, "--trials", "1")
    assert result.exit_code == 2 and "--force" in result.stderr
    assert (taken / "mine.txt").read_text() == "keep me"


def test_train_reuses_a_recipe_and_options_given_still_win(cli, swept, tiny_base, tmp_path):
    out, result = swept
    recipe = out / "bot" / RECIPE_FILE
    bot = tmp_path / "again"
    made = cli("train", SAMPLE_ACCOUNT, "--out", bot, "--recipe", recipe, "--base", tiny_base,
               "--epochs", "0.2", "--json")  # fmt: skip
    assert made.exit_code == 0, made.output
    config = json.loads((bot / "twinpost.json").read_text())["train_config"]
    assert config["lr"] == pytest.approx(result.best.settings["lr"])  # from the recipe
    assert config["block_size"] == result.best.settings["block_size"]
    assert config["epochs"] == 0.2  # given here


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda r: r.update(base="google/gemma-3-270m"), "chosen for the base model"),
        (lambda r: r["settings"].update(warp_speed=9), "unknown setting 'warp_speed'"),
        (lambda r: r["settings"].update(lr=-1.0), "lr"),
        (lambda r: r.pop("format"), "not a twinpost recipe"),
    ],
)
def test_train_refuses_a_recipe_it_cannot_use(cli, swept, tiny_base, tmp_path, change, said):
    out, _ = swept
    recipe = json.loads((out / "bot" / RECIPE_FILE).read_text())
    change(recipe)
    path = tmp_path / "recipe.json"
    path.write_text(json.dumps(recipe))
    result = cli("train", SAMPLE_ACCOUNT, "--out", tmp_path / "never", "--recipe", path,
                 "--base", tiny_base)  # fmt: skip
    assert result.exit_code == 2, result.output
    assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output and not (tmp_path / "never").exists()


def test_recipe_reading_refuses_a_missing_file(tmp_path):
    from twinpost.training.recipe import read_recipe

    with pytest.raises(TwinpostError, match="no such file"):
        read_recipe(tmp_path / "absent.json", None)


def test_a_sweep_runs_its_trials_as_train_manys_ray_tasks(tiny_base, tmp_path, monkeypatch):
    pytest.importorskip("ray")
    from twinpost.sweep import sweep

    monkeypatch.setenv("TWINPOST_HOME", str(tmp_path / "home"))
    out = tmp_path / "sweep"
    result = sweep([SAMPLE_ACCOUNT], out, 2, base=_base(tiny_base), posts=SWEEP_POSTS,
                   on_ray=True, parallel=2)  # fmt: skip
    manifest = json.loads((out / "trials" / "train-many.json").read_text())
    assert {t.bot for t in result.trials} == set(manifest["bots"])  # trained as Ray tasks
    assert all(b["status"] == "done" for b in manifest["bots"].values())
    assert (out / "bot" / RECIPE_FILE).is_file()


def test_the_winner_is_chosen_by_both_scores_and_a_resumed_sweep_keeps_them(
    tiny_base, tmp_path, monkeypatch
):
    """A trial that won the first score by luck loses to the defaults once both score again
    on fresh posts; resuming the finished sweep scores nothing again."""
    import twinpost.sweep as sweep_module

    monkeypatch.setenv("TWINPOST_HOME", str(tmp_path / "home"))
    first = [0.8, 0.6, 0.7]  # trial 1 looks best
    second = {0: 0.8, 1: 1.2}  # but not on fresh posts
    numbers, calls = {}, []

    def score(bot, against, posts, seed):
        calls.append((bot.name, seed))
        if seed == 0:
            numbers[bot.name] = len(numbers)
            value = first[numbers[bot.name]]
        else:
            value = second[numbers[bot.name]]
        return {"discriminator": value, "attribution": 1.0, "distinct_2_gap": 0.0,
                "held_out_loss": 0.0, "seconds": 0.0}  # fmt: skip

    monkeypatch.setattr(sweep_module, "_score", score)

    def run():
        return sweep_module.sweep([SAMPLE_ACCOUNT], tmp_path / "s", 3, base=_base(tiny_base),
                                  posts=SWEEP_POSTS, confirm=1)  # fmt: skip

    result = run()
    assert [seed for _, seed in calls] == [0, 0, 0, 1, 1]  # the best one and the defaults
    assert [t.confirmed for t in result.trials] == [0.8, 0.9, None]
    assert result.best.number == 0
    recipe = json.loads((tmp_path / "s" / "bot" / RECIPE_FILE).read_text())
    assert recipe["confirmed"] == 0.8 and recipe["default_confirmed"] == 0.8
    card = (tmp_path / "s" / "bot" / CARD_FILE).read_text()
    assert "scored again" in card and "| 0 (chosen) | 0.8000 | 0.8000 |" in card
    again = run()
    assert len(calls) == 5 and again.best.number == 0
    assert [t.confirmed for t in again.trials] == [0.8, 0.9, None]
