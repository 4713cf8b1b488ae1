"""The bot folder: a standard Hugging Face model folder plus twinpost's own records.

`config.json`, `model.safetensors`, tokenizer files and `generation_config.json` make it
loadable by `pipeline("text-generation", model=BOT_DIR)`; `twinpost.json` holds the full
training record and `held_out.json` the hashes of the posts kept out of training. The folder
is written to a temporary sibling and renamed, so nothing looks like a bot unless it is one.
"""

from __future__ import annotations

import json
import os
import platform
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from twinpost import __version__
from twinpost.bot.copy_guard import CopyGuard
from twinpost.config import GenerateConfig, TrainConfig
from twinpost.errors import TwinpostError
from twinpost.fileio import atomic_dir
from twinpost.training.dataset import Split, post_hash

if TYPE_CHECKING:
    from twinpost.data.corpus import Corpus
    from twinpost.training.run import TrainResult

BOT_RECORD = "twinpost.json"
HELD_OUT_RECORD = "held_out.json"


def check_writable(out_dir: Path) -> None:
    """Fail before training, not after, if the bot cannot be written where asked."""
    out_dir = out_dir.absolute()
    if out_dir.exists() and not out_dir.is_dir():
        raise TwinpostError(f"{out_dir}: exists and is not a folder; pick another --out")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / BOT_RECORD).exists():
        raise TwinpostError(f"{out_dir}: folder is not empty and holds no bot; pick another --out")
    parent = out_dir.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise TwinpostError(f"{out_dir}: cannot write here ({parent} is a file, not a folder)")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise TwinpostError(f"{out_dir}: cannot write here ({parent} is not writable)")
    try:
        with tempfile.TemporaryFile(dir=parent):
            pass
    except OSError as e:
        raise TwinpostError(f"{out_dir}: cannot write here ({e.strerror})") from None


def is_bot(folder: Path) -> bool:
    return (folder / BOT_RECORD).is_file() and (folder / "config.json").is_file()


def read_record(bot_dir: Path) -> dict:
    if not is_bot(bot_dir):
        raise TwinpostError(f"{bot_dir}: not a twinpost bot folder (no {BOT_RECORD})")
    return json.loads((bot_dir / BOT_RECORD).read_text())


def write_bot(
    out_dir: Path,
    model,
    tokenizer,
    corpus: Corpus,
    config: TrainConfig,
    result: TrainResult,
    split: Split,
    base_dir: Path,
) -> None:
    with atomic_dir(out_dir) as tmp:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        generation_config(tokenizer).save_pretrained(tmp)
        record = bot_record(corpus, config, result, base_dir)
        (tmp / BOT_RECORD).write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        hashes = {"hash": "sha256 of the cleaned post text", "held_out": [
            post_hash(p.text) for p in split.held_out
        ]}  # fmt: skip
        (tmp / HELD_OUT_RECORD).write_text(json.dumps(hashes, indent=1) + "\n")
        CopyGuard.from_texts(p.text for p in split.train + split.held_out).save(tmp)
        from twinpost.card.publish import write_public_files

        write_public_files(tmp, out_dir.name, model, tokenizer, corpus, record, split, base_dir)


def generation_config(tokenizer):
    """Sampling as the established tool did, stopping at the end-of-post token."""
    from transformers import GenerationConfig

    defaults = GenerateConfig()
    return GenerationConfig(
        do_sample=True,
        top_p=defaults.top_p,
        temperature=defaults.temperature,
        top_k=0,  # nucleus sampling only, as the established tool
        max_new_tokens=defaults.max_new_tokens,
        eos_token_id=tokenizer.eos_token_id,
        bos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )


def bot_record(corpus: Corpus, config: TrainConfig, result: TrainResult, base_dir: Path) -> dict:
    from twinpost.data.language import detect_languages
    from twinpost.training.base_model import DEFAULT_BASE

    return {
        "twinpost_version": __version__,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "base_model": config.base or DEFAULT_BASE,
        "base_model_path": str(base_dir),
        "accounts": [
            {
                "handle": a.account.handle,
                "display_name": a.account.display_name,
                "source": a.account.source,
            }
            for a in corpus.accounts
        ],  # fmt: skip
        "data_report": corpus.report(),
        "languages": detect_languages(p.text for p in corpus.posts),  # for the model card
        "train_config": config.to_dict(),
        "held_out_loss": {"before": result.held_out_before, "after": result.held_out_after},
        "training": {
            "steps": result.steps,
            "tokens_seen": result.tokens_seen,
            "seconds": round(result.train_seconds, 2),
            "stopped_by": result.stopped_by,
            "timings": {k: round(v, 2) for k, v in result.timings.items()},
        },
        "machine": {"platform": platform.platform(), "processor": platform.machine()},
    }
