"""The bot folder's one owner: it checks where a bot may go, writes it whole, and reads its
record back.

Writing saves the weights, the tokenizer, the generation defaults, the typed record, the
held-out hashes, the copy guard, the exports' avatars and the lineage: no sampling, no
drawing. The folder is filled as a temporary sibling and renamed into place, so nothing
looks like a bot unless it is one. The card (README.md, predictions.png) is drawn afterwards
from the bot as it loads (`twinpost.card`), so its seeded samples are what `generate` writes.
"""

from __future__ import annotations

import glob
import io
import json
import os
import platform
import re
import shutil
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from twinpost.bot.copy_guard import CopyGuard
from twinpost.bot.files import (
    CONFIG_FILE,
    HELD_OUT_FILE,
    HELD_OUT_POSTS_FILE,
    RECORD_FILE,
    avatar_stem,
)
from twinpost.bot.record import (
    AccountRecord,
    BotRecord,
    PreviousVersion,
    TrainingRecord,
    Weights,
)
from twinpost.config import GenerateConfig, TrainConfig
from twinpost.errors import TwinpostError
from twinpost.fileio import atomic_dir, write_text_atomic
from twinpost.training.dataset import control_token_ids, post_hash, post_start_id

if TYPE_CHECKING:
    from twinpost.data.corpus import Corpus
    from twinpost.data.posts import Avatar
    from twinpost.training.run import Trained

# The extension each image format is saved with; other formats are not kept.
AVATAR_EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


def check_writable(out_dir: Path, force: bool = False) -> None:
    """Fail before training, not after, if the bot cannot be written where asked.

    An existing bot is replaced only with `force` (and then only once the new one is
    complete: `write_bot` is atomic); a folder that holds anything else never is.
    """
    out_dir = out_dir.absolute()
    if out_dir.exists() and not out_dir.is_dir():
        raise TwinpostError(f"{out_dir}: exists and is not a folder; pick another --out")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / RECORD_FILE).exists():
        raise TwinpostError(f"{out_dir}: folder is not empty and holds no bot; pick another --out")
    if (out_dir / RECORD_FILE).exists() and not force:
        raise TwinpostError(
            f"{out_dir}: a bot is already there; pass --force to replace it (it is kept until "
            "the new one is complete) or pick another --out"
        )
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
    return (folder / RECORD_FILE).is_file() and (folder / CONFIG_FILE).is_file()


def read_record(bot_dir: Path | str) -> BotRecord:
    bot_dir = Path(bot_dir)
    if not is_bot(bot_dir):
        raise TwinpostError(f"{bot_dir}: not a twinpost bot folder (no {RECORD_FILE})")
    path = bot_dir / RECORD_FILE
    return BotRecord.from_json(path.read_text(encoding="utf-8"), str(path))


def write_record(bot_dir: Path, record: BotRecord) -> None:
    """Replace a bot's record (e.g. with `twinpost eval`'s figures added)."""
    write_text_atomic(bot_dir / RECORD_FILE, record.to_json())


def held_out_posts(bot_dir: Path) -> dict[str, list[str]]:
    """The texts of the posts held out of training, by account ({} for bots written before
    they were kept)."""
    path = bot_dir / HELD_OUT_POSTS_FILE
    posts: dict[str, list[str]] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                posts.setdefault(item["account"], []).append(item["text"])
    return posts


def _own_parent(post, handles: list[str]) -> dict:
    """What `twinpost eval` keeps of a held-out reply: that it is one, whom it answers (a
    handle, as its text names it), and the post it answers only when one of the bot's own
    accounts wrote it (a thread): never someone else's post."""
    if not post.is_reply:
        return {}
    kept: dict = {"reply": True}
    if post.reply_to_author:
        kept["reply_to_author"] = post.reply_to_author
    if post.parent_text and post.reply_to_author in handles:
        kept["parent_text"] = post.parent_text
    return kept


def held_out_replies(bot_dir: Path, with_parent: bool = True) -> list[dict]:
    """The held-out replies (`_own_parent`): account, text, reply_to_author, and parent_text;
    only those kept with the post they answer unless `with_parent` is False."""
    path = bot_dir / HELD_OUT_POSTS_FILE
    if not path.is_file():
        return []
    items = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip())  # fmt: skip
    return [i for i in items if i.get("parent_text") or (not with_parent and i.get("reply"))]


def next_previous_dir(bot_dir: Path) -> Path:
    """Where the version before a new one is kept: `BOT.prev-N`, N one past the highest."""
    bot_dir = bot_dir.absolute()
    taken = [
        int(m.group(1))
        for p in bot_dir.parent.glob(f"{glob.escape(bot_dir.name)}.prev-*")
        if (m := _PREVIOUS.search(p.name))
    ]
    return bot_dir.with_name(f"{bot_dir.name}.prev-{max(taken, default=0) + 1}")


_PREVIOUS = re.compile(r"\.prev-(\d+)$")


def previous_version(bot_dir: Path) -> tuple[PreviousVersion, BotRecord]:
    """How a bot's next version names this one, and this one's record."""

    record = read_record(bot_dir)
    from twinpost.bot.weights import weights_sha256

    sha = weights_sha256(bot_dir)
    return PreviousVersion(str(bot_dir.absolute()), sha, record.created), record


def write_bot(
    out_dir: Path,
    trained: Trained,
    corpus: Corpus,
    config: TrainConfig,
    weights: Weights,
    warnings: Sequence[str] = (),
    update: dict | None = None,
) -> BotRecord:
    """Write the bot folder at `out_dir`, whole or not at all; return its record."""
    from twinpost.bot.lineage import write_lineage
    from twinpost.bot.weights import save_weights

    record = bot_record(trained, corpus, config, weights, warnings, update)
    with atomic_dir(out_dir) as tmp:
        save_weights(trained.model, tmp, trained.frozen)  # what it changed, and links
        trained.tokenizer.save_pretrained(tmp)
        generation_config(trained.tokenizer).save_pretrained(tmp)
        hashes = {"hash": "sha256 of the cleaned post text", "held_out": [
            post_hash(p.text) for p in trained.split.held_out
        ]}  # fmt: skip
        (tmp / HELD_OUT_FILE).write_text(json.dumps(hashes, indent=1) + "\n")
        (tmp / HELD_OUT_POSTS_FILE).write_text("".join(
            json.dumps({"account": p.account, "hash": post_hash(p.text), "text": p.text,
                        **_own_parent(p, record.handles)}, ensure_ascii=False) + "\n"
            for p in trained.split.held_out
        ), encoding="utf-8")  # fmt: skip
        (tmp / HELD_OUT_POSTS_FILE).chmod(0o600)  # real posts: the owner's alone, as the folder
        texts = (p.text for p in trained.split.train + trained.split.held_out)
        CopyGuard.from_texts(texts).save(tmp)
        keep_avatars(tmp, record.handles, [a.account.avatar for a in corpus.accounts], weights)
        write_lineage(tmp, corpus, trained.split, trained.tokenizer, weights, out_dir.name,
                      config.speaker_tags, config.reply_context,
                      (update or {}).get("removed"), (update or {}).get("tuned"))  # fmt: skip
        (tmp / RECORD_FILE).write_text(record.to_json(), encoding="utf-8")
    return record


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
        bos_token_id=post_start_id(tokenizer),
        pad_token_id=tokenizer.pad_token_id,
        # Chat-control tokens are never part of a post (training.dataset.control_token_ids).
        suppress_tokens=control_token_ids(tokenizer) or None,
    )


def bot_record(
    trained: Trained,
    corpus: Corpus,
    config: TrainConfig,
    weights: Weights,
    warnings: Sequence[str],
    update: dict | None,
) -> BotRecord:
    from twinpost.data.language import detect_languages
    from twinpost.version import __version__

    result = trained.result
    return BotRecord(
        twinpost_version=__version__,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        base_model=weights.base_model,
        base_model_path=str(weights.folder),
        base_license=weights.base_license,
        accounts=[
            AccountRecord(a.account.handle, a.account.display_name, a.account.source)
            for a in corpus.accounts
        ],
        data_report=corpus.report(),
        languages=detect_languages(p.text for p in corpus.posts),  # for the model card
        train_config=config.to_dict(),
        held_out_loss={"before": result.held_out_before, "after": result.held_out_after},
        training=TrainingRecord(
            steps=result.steps,
            tokens_seen=result.tokens_seen,
            seconds=round(result.train_seconds, 2),
            stopped_by=result.stopped_by,
            epochs_planned=result.epochs_planned,
            epochs_done=round(result.epochs_done, 4),
            losses=[[s, round(loss, 4)] for s, loss in result.losses],
            timings={k: round(v, 2) for k, v in result.timings.items()},
            warnings=list(warnings),
            batch_size=result.batch_size,
        ),
        machine={"platform": platform.platform(), "processor": platform.machine()},
        previous=weights.previous,
        update=update,
    )


# --- avatars --------------------------------------------------------------------------------


def handle_slugs(handles: Sequence[str]) -> list[str]:
    """Distinct, file-name-safe slugs: `someone@mastodon.social` -> `someone-mastodon-social`."""
    slugs: list[str] = []
    for handle in handles:
        slug = re.sub(r"[^a-z0-9]+", "-", handle.lower()).strip("-") or "account"
        candidate, n = slug, 2
        while candidate in slugs:
            candidate, n = f"{slug}-{n}", n + 1
        slugs.append(candidate)
    return slugs


def image_extension(data: bytes) -> str | None:
    """The extension for an image in a kept format, or None if `data` is not one."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            return AVATAR_EXTENSIONS.get(image.format or "")
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None


def avatar_files(bot_dir: Path, slug: str) -> list[Path]:
    return sorted(bot_dir.glob(f"{avatar_stem(slug)}.*"))


def keep_avatars(
    folder: Path, handles: list[str], exported: Sequence[Avatar | None], weights: Weights
) -> None:
    """Each account's picture from its export, or else the previous version's, as
    `avatar-<slug>.<ext>`; accounts with neither get a drawn initial with the card."""
    previous = Path(weights.previous.path) if weights.previous else None
    for slug, avatar in zip(handle_slugs(handles), exported, strict=True):
        ext = image_extension(avatar.data) if avatar else None
        if avatar and ext:
            (folder / f"{avatar_stem(slug)}.{ext}").write_bytes(avatar.data)
        elif previous is not None:
            for old in avatar_files(previous, slug):
                shutil.copy2(old, folder / old.name)
