"""`twinpost forget BOT (--post ID | --matching TEXT)`: the bot's next version, without them.

A fine-tune cannot be trusted to unlearn a post, so the next version is trained again from the
base model on the bot's posts less the forgotten ones, with the bot's own settings, and
versioned as `twinpost update` versions (the old bot kept as `BOT.prev-N`, or `--out`). Before
it trains, every copy twinpost made of the forgotten posts on this machine is purged:
- the stored snapshots of a live source that hold them (a new one without them is stored);
- the lineage store's raw and train datasets that hold them, and the token cache;
and the new version stores no copy of an export that still holds them (the export is the
user's own file). Older versions of the bot still hold the posts in their weights and their
held-out texts: they are listed, each with the command that removes it.

`lineage.json` of the new version and of its later versions records that posts were removed:
how many, and their ids (or, for a post without one, the sha256 of its text), so a later
`forget` or `update` keeps them out; never their text.
"""

from __future__ import annotations

import glob
import json
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path

from twinpost import events
from twinpost.bot.folder import check_writable, read_record
from twinpost.bot.lineage import removed_posts, snapshots_of, store_root
from twinpost.data.clean import clean_text
from twinpost.data.corpus import corpus_of
from twinpost.data.posts import Export, Post
from twinpost.data.sources import read_source
from twinpost.data.sources.live import is_live_spec, split_spec
from twinpost.errors import TwinpostError
from twinpost.events import Report
from twinpost.pipeline import MadeBot, continued_config, make_bot, next_version
from twinpost.training.dataset import post_hash

# Shorter text would match most posts: "--matching a" is a slip, not a request.
MIN_MATCHING_CHARS = 3
# Live posts' ids are long (Mastodon, X: 18-19 digits; Bluesky: at:// URIs); a plain file's
# are its line numbers, found by their text instead.
MIN_ID_CHARS = 6


@dataclass
class ForgetResult:
    bot_dir: Path  # the new version (BOT_DIR, or --out)
    removed: int  # posts removed this time
    previous: Path | None = None  # the version before, kept (in place: BOT_DIR.prev-N)
    purged: list[str] = field(default_factory=list)  # stored copies deleted
    older_versions: list[Path] = field(default_factory=list)  # still hold the posts
    made: MadeBot | None = None

    def to_dict(self) -> dict:
        return {
            "bot_dir": str(self.bot_dir),
            "removed_posts": self.removed,
            "previous": str(self.previous) if self.previous else None,
            "purged": self.purged,
            "older_versions": [str(p) for p in self.older_versions],
        }


@dataclass
class _Forgotten:
    """What is kept out: post ids, and the text hashes of posts without one."""

    ids: set[str] = field(default_factory=set)
    sha256: set[str] = field(default_factory=set)

    def holds(self, post: Post) -> bool:
        return (post.id in self.ids) if post.id else post_hash(post.text) in self.sha256

    def add(self, post: Post) -> None:
        if post.id:
            self.ids.add(post.id)
        else:
            self.sha256.add(post_hash(post.text))

    def __len__(self) -> int:
        return len(self.ids) + len(self.sha256)

    def to_dict(self) -> dict:
        return {"posts": len(self), "ids": sorted(self.ids), "sha256": sorted(self.sha256)}


def forget_posts(
    bot_dir: Path | str,
    post_ids: list[str] | None = None,
    matching: str | None = None,
    out: Path | str | None = None,
    time_budget: str | None = None,
    epochs: float | None = None,
    report: Report | None = None,
    force: bool = False,
) -> ForgetResult:
    """Train the bot's next version from the base without the posts named by id or holding
    `matching` (case-insensitive), after purging the stored copies of them."""
    bot_dir = Path(bot_dir)
    record = read_record(bot_dir)
    post_ids = [i.strip() for i in post_ids or [] if i.strip()]
    if not post_ids and matching is None:
        raise TwinpostError("give what to forget: --post ID or --matching TEXT")
    if matching is not None and len(matching.strip()) < MIN_MATCHING_CHARS:
        raise TwinpostError(
            f"--matching {matching!r}: give at least {MIN_MATCHING_CHARS} characters of the post"
        )
    target = Path(out or bot_dir).absolute()
    in_place = target == bot_dir.absolute()
    check_writable(target, force=force or in_place)
    config = continued_config(record, time_budget, epochs)
    before = _forgotten_before(bot_dir)
    exports = [trained_export(bot_dir, a.source) for a in record.accounts]

    def wanted(post: Post) -> bool:
        if post.id and post.id in post_ids:
            return True
        if matching is None:
            return False
        needle = matching.strip().casefold()
        return needle in post.text.casefold() or needle in clean_text(post.text).casefold()

    now = _Forgotten()
    kept_exports = []
    for export in exports:
        for post in export.posts:
            if wanted(post) and not before.holds(post):
                now.add(post)
        kept_exports.append(_without(export, before, now, matching))
    if not len(now):
        what = f"the id(s) {', '.join(post_ids)}" if post_ids else f"{matching!r}"
        raise TwinpostError(
            f"{bot_dir}: no post it was trained on matches {what}; nothing to forget"
        )
    corpus = corpus_of(kept_exports, config.strict_seed_rules, config.scrub)
    everything = _Forgotten(before.ids | now.ids, before.sha256 | now.sha256)
    result = ForgetResult(bot_dir=target, removed=len(now))
    with events.reporting(report):
        result.purged = _purge(exports, kept_exports, now, matching)
        events.emit(events.Notice(
            f"Forgetting {len(now)} post(s); purged {len(result.purged)} stored cop"
            f"{'y' if len(result.purged) == 1 else 'ies'} of them"
        ))  # fmt: skip
    update = {"removed_posts": len(now), "removed": everything.to_dict()}
    result.previous, result.made = next_version(bot_dir, out, lambda previous: make_bot(
        corpus, target, config, report=report, previous=previous, update=update, force=True,
        from_base=True,
    ))  # fmt: skip
    result.older_versions = _older_versions(bot_dir, target)
    return result


def _forgotten_before(bot_dir: Path) -> _Forgotten:
    removed = removed_posts(bot_dir)
    return _Forgotten(set(removed.get("ids") or []), set(removed.get("sha256") or []))


def trained_export(bot_dir: Path, source: str) -> Export:
    """The posts an account was trained from: its snapshot for a live source, else its export,
    which must still be where it was read."""
    from twinpost.data.sources.snapshots import (
        export_from_snapshot,
        latest_snapshot_of,
        load_snapshot,
    )

    parts = split_spec(source)
    if parts and parts[0] == "snapshot":
        return export_from_snapshot(*load_snapshot(parts[1]))
    if is_live_spec(source):
        digest = snapshots_of(bot_dir).get(source) or latest_snapshot_of(source)
        if digest is None:
            raise TwinpostError(
                f"{source}: no snapshot of its posts on this machine to retrain from"
            )
        return export_from_snapshot(*load_snapshot(digest))
    if not source or not Path(source).exists():
        raise TwinpostError(
            f"{bot_dir}: its export {source or '(unknown)'} is gone; forget retrains from it, so "
            "put it back there, or train a new bot from a copy without the posts"
        )
    return read_source(source)


def _without(export: Export, before: _Forgotten, now: _Forgotten, matching: str | None) -> Export:
    """The export less the forgotten posts, and less the texts of other people's posts that
    match (a reply to one is kept, without what it answers). An export that still holds them
    is not copied into the lineage store (`files_read` dropped)."""
    posts = [p for p in export.posts if not (before.holds(p) or now.holds(p))]
    others = export.other_posts
    if matching is not None:
        needle = matching.strip().casefold()
        others = {k: v for k, v in others.items() if needle not in v.casefold()}
    account = replace(export.account, files_read=None)
    if export.account.snapshot:
        from twinpost.data.sources.snapshots import save_snapshot

        trimmed = Export(account=export.account, posts=posts, other_posts=others)
        account = replace(account, snapshot=save_snapshot(trimmed, new_posts=0))
    return Export(account=account, posts=posts, other_posts=others)


def _purge(
    exports: list[Export], kept: list[Export], now: _Forgotten, matching: str | None
) -> list[str]:
    """Delete every stored copy of the forgotten posts: snapshots of the same sources that
    hold them, stored datasets that hold them, and the token cache. Returns what went."""
    from twinpost.data.sources.snapshots import snapshot_dir
    from twinpost.home import user_home

    keep = {e.account.snapshot for e in kept if e.account.snapshot}
    texts = [p.text for e in exports for p in e.posts if now.holds(p)]
    needles = [json.dumps(t, ensure_ascii=False)[1:-1] for t in texts]
    needles += [json.dumps(t)[1:-1] for t in texts]  # files written with ensure_ascii
    if matching is not None:
        needles.append(matching.strip())
    purged = []
    folder = snapshot_dir()
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        if path.stem not in keep and _holds(path, needles, now.ids):
            path.unlink(missing_ok=True)
            purged.append(f"snapshot {path.stem[:12]}")
    store = store_root()
    for artifact in sorted(store.iterdir()) if store.is_dir() else []:
        files = [f for f in artifact.rglob("*") if f.is_file() and f.name != "artifact.json"]
        if any(_holds(f, needles, now.ids) for f in files):
            shutil.rmtree(artifact, ignore_errors=True)
            purged.append(f"stored dataset {artifact.name[:12]}")
    cache = user_home() / "datasets"
    if cache.is_dir() and any(cache.iterdir()):
        shutil.rmtree(cache, ignore_errors=True)  # token ids of the posts; rebuilt when needed
        purged.append("token cache")
    return purged


def _holds(path: Path, needles: list[str], ids: set[str]) -> bool:
    """Whether a stored file holds one of the texts, or a post record with one of the ids."""
    try:
        data = path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return False
    lowered = data.casefold()
    if any(n and n.casefold() in lowered for n in needles):
        return True
    # An id alone names a post only when it is long enough not to be any number ("3").
    return any(f'"{i}"' in data for i in ids if len(i) >= MIN_ID_CHARS)


def _older_versions(bot_dir: Path, target: Path) -> list[Path]:
    """The bot's other versions on disk (`BOT.prev-N`, and BOT itself when --out was given):
    trained on the forgotten posts."""
    bot_dir = bot_dir.absolute()
    found = sorted(bot_dir.parent.glob(f"{glob.escape(bot_dir.name)}.prev-*"))
    if target != bot_dir:
        found.insert(0, bot_dir)
    return [p for p in found if p.is_dir()]
