"""Each setting declared once: its range is checked on every path, an unknown name is an
error, and the CLI and the server take their help and ranges from the declaration."""

from __future__ import annotations

import math
from dataclasses import fields

import pytest

from twinpost.bot.record import BotRecord
from twinpost.config import GenerateConfig, TrainConfig
from twinpost.errors import TwinpostError
from twinpost.pipeline import continued_config
from twinpost.server import schemas
from twinpost.server.limits import GENERATE_CAPS, TRAIN_CAPS


def test_an_unknown_setting_is_an_error_not_silently_dropped():
    with pytest.raises(TwinpostError, match="unknown setting epoch"):
        TrainConfig.from_settings(epoch=3)  # kept epochs at 2 before
    with pytest.raises(TwinpostError, match="unknown setting temprature"):
        GenerateConfig.from_settings(temprature=0.7)
    assert TrainConfig.from_settings(epochs=3).epochs == 3


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"lr": -1.0}, "--lr -1.0: must be above 0"),
        ({"epochs": math.inf}, "--epochs inf: must be a finite number"),
        ({"epochs": math.nan}, "--epochs nan: must be a finite number"),
        ({"block_size": 8}, "--block-size 8: must be at least 16"),
        ({"batch_size": 2.5}, "--batch-size 2.5: must be a whole number"),
        ({"method": "half"}, "--method 'half': use one of full, lora, top"),
        ({"held_out": 0.9}, "--held-out 0.9: must be at most 0.5"),
        ({"seed": 2**70}, "--seed"),
    ],
)
def test_a_config_built_in_python_is_checked(settings, message):
    with pytest.raises(TwinpostError) as error:
        TrainConfig(**settings)
    assert str(error.value).startswith(message)


@pytest.mark.parametrize(
    "settings",
    [{"temperature": math.nan}, {"temperature": 0}, {"top_p": 1.5}, {"n": 0}, {"seed": 2**70}],
)
def test_generation_settings_are_checked(settings):
    with pytest.raises(TwinpostError):
        GenerateConfig(**settings)


def test_replacing_a_setting_checks_it_too():
    config = TrainConfig()
    with pytest.raises(TwinpostError, match="--epochs"):
        config.replace(epochs=-1)
    assert config.replace(time_budget="90s").time_budget == 90
    assert config.replace(time_budget="none").time_budget is None
    assert config.replace(epochs=None).epochs == config.epochs  # None keeps the value


def test_update_checks_the_settings_it_is_given():
    record = BotRecord.from_dict({"base_model": "x", "accounts": [{"handle": "a"}],
                                  "train_config": {"epochs": 1.5, "retired": True}})  # fmt: skip
    assert continued_config(record, None, None).epochs == 1.5  # a dropped setting is ignored
    with pytest.raises(TwinpostError, match="--epochs"):
        continued_config(record, None, -2.0)
    with pytest.raises(TwinpostError, match="--time-budget"):
        continued_config(record, "soon", None)


def test_every_cli_option_of_train_is_a_setting_with_its_declared_help():
    import typer

    from twinpost.cli import app

    train = typer.main.get_command(app).commands["train"]
    options = {p.name: p for p in train.params}
    flagged = {f.name for f in fields(TrainConfig) if f.metadata["flag"]}
    # not how; --no-scrub is --scrub off; --recipe is a file of settings
    not_settings = {"sources", "out", "limit", "force", "as_json", "no_scrub", "recipe"}
    assert set(options) - not_settings == flagged
    for name in flagged:
        assert options[name].help.startswith(TrainConfig.help(name)), name
    assert "(default: 2)" in options["epochs"].help  # defaults are shown


def test_the_server_takes_its_ranges_from_the_settings_capped_only_tighter():
    cases = [(TrainConfig, schemas.TrainOptions, TRAIN_CAPS),
             (GenerateConfig, schemas.GenerateRequest, GENERATE_CAPS)]  # fmt: skip
    for config, model, caps in cases:
        for name, info in model.model_fields.items():
            if name not in {f.name for f in fields(config)} or name == "time_budget":
                continue  # the budget is a duration ("90s"): TrainConfig parses and checks it
            allowed = config.allowed(name)
            bounds = {type(m).__name__: m for m in info.metadata}
            if allowed.above is not None:
                assert bounds["Gt"].gt == allowed.above, name
            if allowed.high is not None:
                assert bounds["Le"].le == caps.get(name, allowed.high) <= allowed.high, name
