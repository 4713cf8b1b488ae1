"""Experiment tracking, optional: `--report-to wandb|mlflow|tensorboard|none` (default none).

The Trainer's own integrations log the run's metrics. For W&B, twinpost also logs the
lineage's datasets and the bot as W&B artifacts at the end of the run, as the established
tool did. The trackers are the optional extra `pip install 'twinpost[track]'`; none is needed
to train. Settings are the trackers' own environment variables (`WANDB_MODE=offline`,
`WANDB_PROJECT`, `MLFLOW_TRACKING_URI`, `TENSORBOARD_LOGGING_DIR`); twinpost only picks
defaults for two of them, below.
"""

from __future__ import annotations

import importlib.util
import os
import time

from twinpost.errors import TwinpostError

# --report-to value -> the module its Trainer integration imports (None: nothing to track).
TRACKERS = {"none": None, "wandb": "wandb", "mlflow": "mlflow", "tensorboard": "tensorboard"}
WANDB_PROJECT = "twinpost"  # the W&B project runs go to unless WANDB_PROJECT says otherwise
_tensorboard_dir_set: str | None = None  # the TENSORBOARD_LOGGING_DIR twinpost set, if any


def require_tracker(name: str) -> None:
    """Fail with one line, before training, if `name` is unknown or not installed."""
    if name not in TRACKERS:
        raise TwinpostError(f"--report-to {name!r}: use one of {', '.join(TRACKERS)}")
    module = TRACKERS[name]
    if module and importlib.util.find_spec(module) is None:
        raise TwinpostError(
            f"--report-to {name}: {module} is not installed; run `pip install 'twinpost[track]'`"
            f" or `pip install {module}`"
        )


def trainer_report_to(name: str) -> str:
    """The Trainer's `report_to` for `--report-to name`, with the tracker set up for it."""
    global _tensorboard_dir_set
    require_tracker(name)
    if name == "wandb":
        os.environ.setdefault("WANDB_PROJECT", WANDB_PROJECT)
    if name == "tensorboard" and os.environ.get("TENSORBOARD_LOGGING_DIR") in (
        None, _tensorboard_dir_set,
    ):  # fmt: skip
        # The Trainer's default is inside its output folder, a temp folder twinpost deletes.
        from twinpost.home import user_home

        folder = user_home() / "tensorboard" / time.strftime("%Y%m%d-%H%M%S")
        _tensorboard_dir_set = os.environ["TENSORBOARD_LOGGING_DIR"] = str(folder)
    return name
