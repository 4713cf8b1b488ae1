"""The bots on this machine: `twinpost list` and `twinpost rm`."""

from __future__ import annotations

import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from twinpost.bot.folder import is_bot, read_record
from twinpost.errors import TwinpostError
from twinpost.fileio import remove_stale_temps


@dataclass
class BotSummary:
    name: str
    path: str
    accounts: list[str]
    base_model: str
    held_out_loss: float | None  # after training
    size: int  # bytes on disk
    created: str

    def to_dict(self) -> dict:
        return asdict(self)


def find_bots(places: list[Path]) -> list[BotSummary]:
    """Each place is a bot folder or a folder of bots; a place that is neither is an error."""
    found: dict[Path, BotSummary] = {}
    for place in places:
        if is_bot(place):
            folders = [place]
        elif place.is_dir():
            folders = sorted((p for p in place.iterdir() if is_bot(p)), key=lambda p: p.name)
        elif place.exists():
            raise TwinpostError(f"{place}: not a bot folder nor a folder of bots")
        else:
            folders = []  # the default bots folder before any bot is in it
        for folder in folders:
            found.setdefault(folder.resolve(), summary(folder))
    return list(found.values())


def summary(bot_dir: Path) -> BotSummary:
    record = read_record(bot_dir)
    return BotSummary(
        name=bot_dir.name, path=str(bot_dir.absolute()), accounts=record.handles,
        base_model=record.base_model, held_out_loss=record.held_out_loss.get("after"),
        size=folder_size(bot_dir), created=record.created,
    )  # fmt: skip


def folder_size(folder: Path) -> int:
    """Bytes the bot's own files take: symlinks are not the bot's to count, and a file
    hard-linked elsewhere (a compact bot's unchanged weights, kept by the shared store: see
    bot/weights.py) is not counted, since deleting the bot does not free it."""
    return sum(p.lstat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink() and p.lstat().st_nlink == 1)  # fmt: skip


def remove_bot(bot_dir: Path) -> int:
    """Delete a bot folder (only a bot folder); returns the bytes freed.

    The folder is first renamed to a temporary name beside it, so the bot is gone at once and
    whole: a removal cut short leaves only a temporary that the next write beside it clears.
    """
    if not is_bot(bot_dir):
        raise TwinpostError(f"{bot_dir}: not a twinpost bot folder; nothing removed")
    bot_dir = bot_dir.absolute()
    size = folder_size(bot_dir)
    remove_stale_temps(bot_dir)
    doomed = bot_dir.with_name(f".{bot_dir.name}.{os.getpid()}.removed.tmp")
    os.replace(bot_dir, doomed)
    shutil.rmtree(doomed, ignore_errors=True)
    return size
