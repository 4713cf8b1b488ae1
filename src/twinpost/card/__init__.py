"""The bot's public page: the model card README.md, LICENSE.md, predictions.png and avatars.

`draw_card` draws them from the bot as it loads, after its folder is written: its sample
posts are written by `generation.generate` with the card's seed, so
`twinpost generate BOT PROMPT -n 5 --seed 0 --engine twinpost --weights int8` writes the
same posts (the engine and weights named: llama.cpp, where installed, and full weights draw
other posts from the same seed), in a fresh process and with any number of threads
(tests/test_card.py runs it). It asks for the posts the card asked for (`n`), not the ones it
kept: a card left with fewer after the copy guard's redraws is written again by the same
request. The posts depend on the dtype the CPU writes in (`dtype`: bf16 with AVX512-BF16 or
AMX, fp32 on AVX2), so the card names it. They are
written to the usual cap (120 tokens), so they end where the post ends; one that still
reaches the cap is marked as cut (`samples_finished`) rather than shown as if it ended there.
`card.json` is the card's one record: prompt, seed, samples, Hub repo, and the posts chosen
for predictions.png in the web app (kept until the prompt changes), so that `twinpost card`
and `twinpost push` redraw the card without losing any of it.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from twinpost.bot.files import (
    CARD_FILE,
    CARD_RECORD_FILE,
    LICENSE_FILE,
    LINEAGE_FILE,
    LOSS_CURVE_FILE,
    OLD_PREVIEW_CHOICE_FILE,
    PREVIEW_FILE,
    SWEEP_FILE,
    SWEEP_PLOT_FILE,
)
from twinpost.bot.folder import read_record
from twinpost.bot.record import BotRecord
from twinpost.fileio import write_bytes_atomic, write_text_atomic

if TYPE_CHECKING:
    from twinpost.generation.load import LoadedBot

DEFAULT_PROMPT = "My dream is"  # the established tool's demo prompt, and the Hub widget's text
DEFAULT_SEED = 0
SAMPLE_POSTS = 5  # on the card; the preview image shows the first 3
# The writing default: posts fit in 80 tokens more than 99% of the time, so the samples end at
# a post's end (60, used before, cut long posts mid-sentence). A pass costs its longest post.
SAMPLE_MAX_NEW_TOKENS = 120
OLD_SAMPLE_MAX_NEW_TOKENS = 60  # what cards drawn before the cap was recorded used


@dataclass
class Drawn:
    samples: list[str]
    preview: list[str]  # the posts predictions.png shows
    chosen: bool  # whether those were chosen in the web app rather than the first samples


def read_card_record(bot_dir: Path) -> dict:
    """The card record; a version-1 folder's web-app choice (preview.json) is read into it."""
    path = bot_dir / CARD_RECORD_FILE
    card = json.loads(path.read_text()) if path.is_file() else {}
    old_choice = bot_dir / OLD_PREVIEW_CHOICE_FILE
    if "preview" not in card and old_choice.is_file():
        card["preview"] = json.loads(old_choice.read_text())
    return card


def draw_card(bot: LoadedBot, prompt: str | None = None, seed: int | None = None) -> Drawn:
    """Sample the card's posts from the loaded bot and write card.json, the avatars,
    README.md, LICENSE.md and predictions.png; `prompt`/`seed` change the stored ones."""
    from twinpost.card.avatars import place_avatars
    from twinpost.config import GenerateConfig
    from twinpost.generation.write import generate

    card = read_card_record(bot.path)
    prompt = card.get("prompt", DEFAULT_PROMPT) if prompt is None else prompt
    seed = card.get("seed", DEFAULT_SEED) if seed is None else seed
    config = GenerateConfig(n=SAMPLE_POSTS, seed=seed, max_new_tokens=SAMPLE_MAX_NEW_TOKENS)
    written = generate(bot, prompt, config)
    samples = written.posts
    choice = card.get("preview")
    chosen = bool(choice and choice.get("prompt") == prompt and choice.get("posts"))
    card.update(prompt=prompt, seed=seed, n=SAMPLE_POSTS, samples=samples,
                samples_finished=written.finished, max_new_tokens=SAMPLE_MAX_NEW_TOKENS,
                weights=bot.weights, dtype=str(bot.model.dtype).removeprefix("torch."))  # fmt: skip
    if not chosen:
        card.pop("preview", None)  # a choice made for another prompt no longer fits
    avatars = place_avatars(bot.path, bot.record)
    _write_card_record(bot.path, card)
    write_loss_curve(bot.path, bot.record)
    write_card_text(bot.path, bot.record, avatars, card)
    preview = card["preview"]["posts"] if chosen else samples
    write_preview(bot.path, bot.record, avatars, prompt, preview)
    return Drawn(samples=samples, preview=preview, chosen=chosen)


def choose_preview(bot_dir: Path, prompt: str, posts: list[str]) -> None:
    """Keep the posts chosen for predictions.png (the web app's pick) and redraw it."""
    from twinpost.card.avatars import place_avatars

    record = read_record(bot_dir)
    card = read_card_record(bot_dir)
    card["preview"] = {"prompt": prompt, "posts": posts}
    _write_card_record(bot_dir, card)
    write_preview(bot_dir, record, place_avatars(bot_dir, record), prompt, posts)


def _write_card_record(bot_dir: Path, card: dict) -> None:
    write_text_atomic(bot_dir / CARD_RECORD_FILE, json.dumps(card, indent=2, ensure_ascii=False))
    (bot_dir / OLD_PREVIEW_CHOICE_FILE).unlink(missing_ok=True)  # now in card.json


def write_card_text(bot_dir: Path, record: BotRecord, avatars: list[str], card: dict) -> None:
    """README.md and LICENSE.md from the bot's record, its lineage and the card record."""
    from twinpost.card.render import render_card, render_license

    lineage_path = bot_dir / LINEAGE_FILE
    lineage = json.loads(lineage_path.read_text()) if lineage_path.is_file() else None
    card.setdefault("max_new_tokens", OLD_SAMPLE_MAX_NEW_TOKENS)
    curve = LOSS_CURVE_FILE if (bot_dir / LOSS_CURVE_FILE).is_file() else None
    # A bot `twinpost sweep` chose: the search's table and plot (sweep.py)
    search = (
        json.loads((bot_dir / SWEEP_FILE).read_text()) if (bot_dir / SWEEP_FILE).is_file() else None
    )
    plot = SWEEP_PLOT_FILE if search and (bot_dir / SWEEP_PLOT_FILE).is_file() else None
    text = render_card(record, avatars, card, folder=bot_dir.name, lineage=lineage,
                       loss_curve=curve, search=search, search_plot=plot)  # fmt: skip
    write_text_atomic(bot_dir / CARD_FILE, text)
    write_text_atomic(bot_dir / LICENSE_FILE, render_license(record))


def write_loss_curve(bot_dir: Path, record: BotRecord) -> None:
    """loss_curve.png from the record's per-step losses (none for a bot of under 2 steps)."""
    from twinpost.card.loss_curve import loss_curve_png

    png = loss_curve_png(record)
    if png is None:
        (bot_dir / LOSS_CURVE_FILE).unlink(missing_ok=True)
    else:
        write_bytes_atomic(bot_dir / LOSS_CURVE_FILE, png)


def write_preview(
    bot_dir: Path, record: BotRecord, avatars: list[str], prompt: str, posts: list[str]
) -> None:
    from twinpost.card.avatars import load_avatar
    from twinpost.card.preview import Identity, render_preview

    identity = Identity(
        names=[a.display_name or a.handle for a in record.accounts],
        handles=record.handles,
        avatars=[load_avatar(bot_dir / name) for name in avatars],
    )
    buffer = io.BytesIO()
    render_preview(identity, prompt, posts).save(buffer, format="PNG", optimize=True)
    write_bytes_atomic(bot_dir / PREVIEW_FILE, buffer.getvalue())


def rewrite_card_text(bot_dir: Path) -> None:
    """Re-render README.md from the record as it is now (e.g. with `twinpost eval`'s
    figures), keeping the card's samples."""
    from twinpost.card.avatars import place_avatars

    card = read_card_record(bot_dir)
    if not card.get("samples"):
        return  # a bot written before cards existed: `twinpost card` draws one
    record = read_record(bot_dir)
    write_card_text(bot_dir, record, place_avatars(bot_dir, record), card)


def name_repo_in_card(bot_dir: Path, repo_id: str) -> None:
    """Re-render README.md so its snippets load the bot from `repo_id` (no model needed)."""
    from twinpost.card.avatars import place_avatars

    card = read_card_record(bot_dir)
    if not card.get("samples"):
        return  # a bot written before cards existed: run `twinpost card` to make one
    card["repo_id"] = repo_id
    record = read_record(bot_dir)
    _write_card_record(bot_dir, card)
    write_card_text(bot_dir, record, place_avatars(bot_dir, record), card)
