"""For `--report-to wandb`: the lineage's datasets and the bot logged as W&B artifacts at the
end of a run, as the established tool did. The Trainer's own integration logs the metrics."""

from __future__ import annotations

import os
from pathlib import Path

from twinpost.bot.folder import handle_slugs, read_record
from twinpost.bot.lineage import read_lineage, store_root
from twinpost.config import TrainConfig


def log_run_artifacts(bot_dir: Path, config: TrainConfig) -> None:
    """At the end of a run: for W&B, log the datasets and the bot as artifacts and finish."""
    if config.report_to != "wandb":
        return
    import wandb

    from twinpost.training.tracking import WANDB_PROJECT

    record = read_record(bot_dir)
    run = wandb.run or wandb.init(project=os.environ.get("WANDB_PROJECT", WANDB_PROJECT))
    slug = "-".join(handle_slugs(record.handles))
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
            artifact.metadata.update(
                held_out_loss=record.held_out_loss, steps=record.training.steps,
                tokens_seen=record.training.tokens_seen, seconds=record.training.seconds,
            )  # fmt: skip
        # immutable: W&B reads the files in place instead of copying hundreds of MB to stage
        # them; the store's folders and the finished bot are not changed afterwards.
        artifact.add_dir(str(folder), policy="immutable")
        run.log_artifact(artifact)
    run.summary.update({f"held_out_loss/{k}": v for k, v in record.held_out_loss.items()})
    run.finish()


def _wandb_name(entry: dict, bot_slug: str) -> str:
    """W&B artifact names: letters, digits, "-", "_" and "."; the handles' slugs are."""
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
