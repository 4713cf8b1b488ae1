"""Making a bot, start to end: read -> clean -> train -> write -> card."""

from __future__ import annotations

from pathlib import Path

from twinpost.config import TrainConfig
from twinpost.data.corpus import Corpus


def prepare_training(
    sources: list[str], out_dir: Path, config: TrainConfig, limit: int | None = None
) -> Corpus:
    """Every check a training run can fail, done before anything is shown or written."""
    from twinpost.bot.folder import check_writable
    from twinpost.data.corpus import build_corpus
    from twinpost.training.base_model import resolve_base

    check_writable(out_dir)
    resolve_base(config.base)
    return build_corpus(sources, strict_seed_rules=config.strict_seed_rules, limit=limit)
