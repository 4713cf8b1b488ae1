"""`twinpost update BOT_DIR`: fetch a live bot's new posts and continue training from it.

For each account the bot was trained on (`twinpost.json` → `accounts[i].source`, a spec such
as `bluesky:alice.bsky.social`), the snapshot it was trained from is found (through
`lineage.json`, else the latest stored for that spec), only posts newer than its newest are
fetched (X `since_id`, Mastodon `min_id`, Bluesky stop-at-known, Community Archive
`tweet_id > newest`), and a new snapshot holding old + new posts is stored. The bot then trains
on all of them, starting from its own weights: the bot folder is the base model.

Versions: the old bot is first copied to `BOT_DIR.prev-<n>` (n = 1, 2, ...: the highest is the
newest), then the new version replaces `BOT_DIR` atomically; with `--out` the new version goes
there and `BOT_DIR` stays as it is. The new version's `twinpost.json` names the previous one
(`"previous": {"path", "sha256" of its model.safetensors, "created"}`), and in its
`lineage.json` the previous version is the `previous-model` its weights were made from.

Bots trained from exports (archives, files, .car) cannot be updated: an export cannot be
fetched again; retrain with a newer export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from twinpost import events
from twinpost.bot.folder import check_writable, read_record
from twinpost.bot.lineage import removed_posts, snapshots_of
from twinpost.data.posts import Export
from twinpost.data.sources.live import fetch_live, is_live_spec, newest_mark, split_spec
from twinpost.errors import TwinpostError
from twinpost.events import Report
from twinpost.pipeline import MadeBot, continued_config, make_bot, next_version


@dataclass
class UpdateResult:
    bot_dir: Path  # where the new version is (BOT_DIR, or --out)
    new_posts: dict[str, int] = field(default_factory=dict)  # handle -> posts fetched
    snapshots: list[str] = field(default_factory=list)  # sha256 of each account's snapshot
    previous: Path | None = None  # the previous version, kept
    made: MadeBot | None = None  # None: nothing new, the bot is unchanged


def update_bot(
    bot_dir: Path | str,
    out: Path | str | None = None,
    limit: int | None = None,
    time_budget: str | None = None,
    epochs: float | None = None,
    report: Report | None = None,
    force: bool = False,
) -> UpdateResult:
    """Fetch the posts newer than the bot's, then train a new version from the bot.

    In place, the new version replaces `bot_dir` (the old one is kept as `.prev-N`); with
    `out`, a bot already there is replaced only with `force`."""
    bot_dir = Path(bot_dir)
    record = read_record(bot_dir)
    sources = [a.source for a in record.accounts]
    _check_updatable(bot_dir, sources)
    target = Path(out or bot_dir).absolute()
    in_place = target == bot_dir.absolute()
    check_writable(target, force=force or in_place)
    config = continued_config(record, time_budget, epochs)  # checked before any fetch
    known = snapshots_of(bot_dir)
    result = UpdateResult(bot_dir=target)
    with events.reporting(report):
        removed = removed_posts(bot_dir)
        for spec in sources:
            handle, digest, new = _fetch_new_posts(spec, known.get(spec), limit, removed)
            result.new_posts[handle] = new
            result.snapshots.append(digest)
    if not any(result.new_posts.values()):
        return result
    update = {"new_posts": result.new_posts, "snapshots": result.snapshots}
    result.previous, result.made = next_version(bot_dir, out, lambda previous: make_bot(
        [f"snapshot:{d}" for d in result.snapshots], target, config, report=report,
        previous=previous, update=update, force=True,
    ))  # fmt: skip
    return result


def _check_updatable(bot_dir: Path, sources: list[str]) -> None:
    for spec in sources:
        parts = split_spec(spec)
        if not is_live_spec(spec) or (parts and parts[0] == "snapshot"):
            raise TwinpostError(
                f"{bot_dir}: trained from the export {spec or '(unknown)'}, which cannot be "
                "fetched again; retrain with a newer export: twinpost train NEW_EXPORT --out ..."
            )


def _fetch_new_posts(
    spec: str, digest: str | None, limit: int | None, removed: dict | None = None
) -> tuple[str, str, int]:
    """Fetch what is newer than the snapshot; store old + new. (handle, snapshot, new count).
    Posts `twinpost forget` removed (`removed`: their ids) are not fetched back."""
    from twinpost.data.sources.snapshots import (
        export_from_snapshot,
        latest_snapshot_of,
        load_snapshot,
        save_snapshot,
    )

    digest = digest or latest_snapshot_of(spec)
    if digest is None:
        raise TwinpostError(
            f"{spec}: no snapshot of its posts on this machine to update from; "
            f"retrain instead: twinpost train {spec} --out ..."
        )
    digest, snapshot = load_snapshot(digest)
    old = export_from_snapshot(digest, snapshot)
    fetched = fetch_live(spec, limit=limit, since=newest_mark(old.posts))
    known = {p.id for p in old.posts} | set((removed or {}).get("ids") or [])
    new = [p for p in fetched.posts if p.id not in known]
    if not new:
        return old.account.handle, digest, 0
    old.account.display_name = fetched.account.display_name or old.account.display_name
    old.account.avatar_url = fetched.account.avatar_url or old.account.avatar_url
    merged = Export(account=old.account, posts=new + old.posts)  # newest first, as fetched
    return (
        old.account.handle,
        save_snapshot(merged, updated_from=digest, new_posts=len(new)),
        len(new),
    )
