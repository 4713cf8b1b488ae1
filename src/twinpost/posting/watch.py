"""Answering mentions, opt-in: `twinpost watch BOT --to ACCOUNT`.

Each new mention of the account becomes one reply draft, written by the bot as a reply to
that post (generation's `reply_to`, with its author), starting with the author's @handle so
they are notified. A post is answered at most once: the queue keeps one reply per post and bot
(`one_reply`), and where the account's mentions were last read (`cursors`), so a restart
neither misses nor repeats one.

Nothing is posted unapproved unless `auto`: then each reply draft is approved as it is written,
at most `max_per_hour` in any hour (the rest wait for their person), and posted by `post`.
The bot still answers only people who addressed it.

On Mastodon and on Bluesky alike: each platform's client reads its own mentions (`mentions`:
Mastodon's notifications after a `since_id`; Bluesky's after an `indexedAt` time, with the
posts that answer the bot's own) and posts the reply (`post(..., reply_to_id=...)`: a status
id; Bluesky's reply refs, bluesky.reply_refs).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from twinpost import events
from twinpost.errors import TwinpostError
from twinpost.posting.accounts import Account
from twinpost.posting.queue import Draft, DraftQueue

DEFAULT_MAX_PER_HOUR = 5
POLL_SECONDS = 120.0  # Mastodon allows 300 calls in 5 minutes, Bluesky 3,000: this is sparing


@dataclass
class Watched:
    drafts: list[Draft] = field(default_factory=list)  # reply drafts written
    approved: int = 0  # of them, approved by --auto


def check_mentions(
    queue: DraftQueue,
    bot_dir: Path,
    account: Account,
    poster,
    auto: bool = False,
    max_per_hour: int = DEFAULT_MAX_PER_HOUR,
    speaker: str | None = None,
) -> Watched:
    """Read the new mentions once and queue a reply draft for each post not yet answered."""
    from twinpost.config import GenerateConfig
    from twinpost.generation.write import generate

    if not 1 <= max_per_hour <= 60:
        raise TwinpostError("--max-per-hour: between 1 and 60")
    watched = Watched()
    since = queue.cursor(account.id)
    for mention in poster.mentions(since):
        if mention["url"] and not queue.answered(bot_dir, mention["url"]):
            handle = mention["author"].lstrip("@")
            config = GenerateConfig(n=1, speaker=speaker, reply_to=mention["text"] or " ",
                                    reply_to_author=handle)  # fmt: skip
            written = generate(bot_dir, f"@{handle}", config).posts
            if written:
                hour_ago = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
                recent = queue.replies_since(bot_dir, hour_ago, ("approved", "sending", "posted"))
                state = "approved" if auto and recent < max_per_hour else "draft"
                new = queue.add(bot_dir, written[:1], speaker=speaker, reply_to_url=mention["url"],
                                reply_to_id=mention["status_id"], state=state,
                                reply_to_text=mention["text"] or None,
                                reply_to_author=handle)  # fmt: skip
                watched.drafts += new
                watched.approved += sum(d.state == "approved" for d in new)
                for draft in new:
                    events.emit(events.Notice(f"Draft {draft.id} answers {mention['url']} "
                                              f"({draft.state})"))  # fmt: skip
        queue.set_cursor(account.id, mention["id"])  # read: never answered twice
    return watched


def watch(
    queue: DraftQueue,
    bot_dir: Path,
    account: Account,
    poster,
    auto: bool = False,
    max_per_hour: int = DEFAULT_MAX_PER_HOUR,
    once: bool = False,
    speaker: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Watched:
    """Check the mentions every POLL_SECONDS (once, with `once`) until stopped."""
    poster.check(account)
    total = Watched()
    while True:
        found = check_mentions(queue, bot_dir, account, poster, auto, max_per_hour, speaker)
        total.drafts += found.drafts
        total.approved += found.approved
        if once:
            return total
        sleep(POLL_SECONDS)
