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
from pathlib import Path
from typing import TYPE_CHECKING

from twinpost.errors import TwinpostError

if TYPE_CHECKING:
    from twinpost.config import TrainConfig

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


def log_run_artifacts(bot_dir: Path, config: TrainConfig) -> None:
    """At the end of a run: for W&B, log the datasets and the bot as artifacts and finish."""
    if config.report_to != "wandb":
        return
    import wandb

    from twinpost.bot.folder import read_record
    from twinpost.bot.lineage import read_lineage, store_root
    from twinpost.card.avatars import handle_slugs

    record = read_record(bot_dir)
    run = wandb.run or wandb.init(project=os.environ.get("WANDB_PROJECT", WANDB_PROJECT))
    slug = "-".join(handle_slugs([a["handle"] for a in record["accounts"]]))
    for entry in read_lineage(bot_dir)["artifacts"]:
        folder = _artifact_folder(entry, bot_dir, store_root())
        if folder is None:
            continue
        artifact = wandb.Artifact(
            _wandb_name(entry, slug),
            type=entry["type"],
            metadata={"sha256": entry["sha256"], "name": entry["name"]},
        )
        if entry["type"] == "finetuned-model":
            artifact.metadata.update(held_out_loss=record["held_out_loss"], **record["training"])
        # immutable: W&B reads the files in place instead of copying hundreds of MB to stage
        # them; the store's folders and the finished bot are not changed afterwards.
        artifact.add_dir(str(folder), policy="immutable")
        run.log_artifact(artifact)
    run.summary.update({f"held_out_loss/{k}": v for k, v in record["held_out_loss"].items()})
    run.finish()


def _wandb_name(entry: dict, bot_slug: str) -> str:
    """W&B artifact names: letters, digits, "-", "_" and "."; the handles' slugs are."""
    from twinpost.card.avatars import handle_slugs

    if entry["type"] == "raw-dataset":
        return f"raw-{handle_slugs([entry['account']])[0]}"
    return f"{'train' if entry['type'] == 'train-dataset' else 'bot'}-{bot_slug}"


def _artifact_folder(entry: dict, bot_dir: Path, store: Path) -> Path | None:
    """The folder to log for a lineage entry; the base model is named, not logged."""
    if entry["type"] == "finetuned-model":
        return bot_dir.absolute()
    if entry["type"] in ("raw-dataset", "train-dataset") and entry.get("store"):
        folder = store / entry["store"]
        return folder if folder.is_dir() else None
    return None
