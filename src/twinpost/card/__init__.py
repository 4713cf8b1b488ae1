"""The bot's public page: the model card README.md, LICENSE.md, predictions.png and avatars.

`write_card` writes them all into a bot folder: `write_bot` calls it before the folder is
renamed into place, and `twinpost card` calls it again to redraw them with another prompt
or seed. `card.json` keeps the prompt, seed, Hub repo and sample posts, so that
`twinpost push` can name the repo in the card without loading the model.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from twinpost.fileio import write_bytes_atomic, write_text_atomic

if TYPE_CHECKING:
    from twinpost.data.posts import Avatar
    from twinpost.generation.write import LoadedBot

CARD_FILE = "README.md"
PREVIEW_FILE = "predictions.png"
CARD_RECORD = "card.json"
LINEAGE_FILE = "lineage.json"
DEFAULT_PROMPT = "My dream is"  # the established tool's demo prompt, and the Hub widget's text
DEFAULT_SEED = 0
SAMPLE_POSTS = 5  # on the card; the preview image shows the first 3
SAMPLE_MAX_NEW_TOKENS = 60  # keeps 5 samples to ~3 s for the 135M model on 2 CPU cores


@dataclass
class CardSettings:
    prompt: str = DEFAULT_PROMPT
    seed: int = DEFAULT_SEED
    repo_id: str | None = None  # set by `twinpost push`, so the card's snippet names the repo


def read_card_record(bot_dir: Path) -> dict:
    path = bot_dir / CARD_RECORD
    return json.loads(path.read_text()) if path.is_file() else {}


def card_settings(
    bot_dir: Path, prompt: str | None = None, seed: int | None = None
) -> CardSettings:
    """The bot's card settings (or the defaults), with `prompt` and `seed` if given."""
    stored = read_card_record(bot_dir)
    return CardSettings(
        prompt=stored.get("prompt", DEFAULT_PROMPT) if prompt is None else prompt,
        seed=stored.get("seed", DEFAULT_SEED) if seed is None else seed,
        repo_id=stored.get("repo_id"),
    )


def write_card(
    bot: LoadedBot,
    settings: CardSettings | None = None,
    avatars: Sequence[Avatar | None] | None = None,
    folder_name: str | None = None,
) -> list[str]:
    """Write the avatars, sample posts, README.md, LICENSE.md and predictions.png; return
    the sample posts. `avatars` come from the exports when the bot is first written;
    `folder_name` is the bot folder's final name when `bot.path` is a temporary one."""
    from twinpost.card.avatars import place_avatars
    from twinpost.config import GenerateConfig
    from twinpost.generation.write import generate_posts

    settings = settings or card_settings(bot.path)
    files = place_avatars(bot.path, bot.record["accounts"], avatars)
    config = GenerateConfig(
        n=SAMPLE_POSTS, seed=settings.seed, max_new_tokens=SAMPLE_MAX_NEW_TOKENS
    )
    samples = generate_posts(bot, settings.prompt, config)
    record = {**asdict(settings), "folder": folder_name or bot.path.name, "samples": samples}
    write_text_atomic(bot.path / CARD_RECORD, json.dumps(record, indent=2, ensure_ascii=False))
    write_card_text(bot.path, bot.record, files, record)
    write_preview(bot.path, bot.record, files, settings.prompt, samples)
    return samples


def write_card_text(bot_dir: Path, record: dict, avatars: list[str], card: dict) -> None:
    """README.md and LICENSE.md from the training record and the card record."""
    from twinpost.card.render import LICENSE_FILE, render_card, render_license

    lineage_path = bot_dir / LINEAGE_FILE
    lineage = json.loads(lineage_path.read_text()) if lineage_path.is_file() else None
    text = render_card(
        record, avatars, card["samples"], card["prompt"], card["seed"],
        folder=card["folder"], repo_id=card.get("repo_id"), lineage=lineage,
    )  # fmt: skip
    write_text_atomic(bot_dir / CARD_FILE, text)
    write_text_atomic(bot_dir / LICENSE_FILE, render_license(record))


def write_preview(
    bot_dir: Path, record: dict, avatars: list[str], prompt: str, samples: list[str]
) -> None:
    from twinpost.card.avatars import load_avatar
    from twinpost.card.preview import Identity, render_preview

    identity = Identity(
        names=[a.get("display_name") or a["handle"] for a in record["accounts"]],
        handles=[a["handle"] for a in record["accounts"]],
        avatars=[load_avatar(bot_dir / name) for name in avatars],
    )
    buffer = io.BytesIO()
    render_preview(identity, prompt, samples).save(buffer, format="PNG", optimize=True)
    write_bytes_atomic(bot_dir / PREVIEW_FILE, buffer.getvalue())


def name_repo_in_card(bot_dir: Path, repo_id: str) -> None:
    """Re-render README.md so its snippets load the bot from `repo_id` (no model needed)."""
    from twinpost.bot.folder import read_record
    from twinpost.card.avatars import place_avatars

    card = read_card_record(bot_dir)
    if not card.get("samples"):
        return  # a bot written before cards existed: run `twinpost card` to make one
    card["repo_id"] = repo_id
    record = read_record(bot_dir)
    write_text_atomic(bot_dir / CARD_RECORD, json.dumps(card, indent=2, ensure_ascii=False))
    write_card_text(bot_dir, record, place_avatars(bot_dir, record["accounts"]), card)
