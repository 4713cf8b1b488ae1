"""Drafts written by a bot, and approved drafts posted on a schedule.

`write_drafts` asks the bot for posts through `generate` (so each has passed the copy guard and
the personal-data guard) and queues them as drafts. `post_approved` posts a bot's approved
drafts to one connected account, oldest first: one per `every` (4 hours by default, moved by
up to `jitter` of it either way, so posts do not land on the minute), never more than
`daily_cap` in any 24 hours. A draft left `sending` by a kill or a crash is sent again first,
with its own key: the platform answers with the post it already made, so nothing is posted
twice and no draft is lost. `dry_run` says what would be posted, and when, and sends nothing.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from twinpost import events
from twinpost.errors import TwinpostError
from twinpost.posting.accounts import Account
from twinpost.posting.queue import Draft, DraftQueue

# Mastodon and Bluesky both ask automated accounts to post sparingly; 6 a day at most.
DEFAULT_EVERY = 4 * 3600.0
DEFAULT_JITTER = 0.1
DEFAULT_DAILY_CAP = 6
MAX_DRAFTS = 200  # one call's worth of posts to read and approve


def _now() -> datetime:
    return datetime.now(UTC)


def _sleep(seconds: float) -> None:  # replaced in tests
    time.sleep(seconds)


@dataclass(frozen=True)
class Schedule:
    every: float = DEFAULT_EVERY  # seconds between posts
    jitter: float = DEFAULT_JITTER  # share of `every` a post may move either way
    daily_cap: int = DEFAULT_DAILY_CAP

    def check(self) -> None:
        if not 60 <= self.every <= 7 * 24 * 3600:
            raise TwinpostError("--every: between 1 minute and 7 days (e.g. 4h, 90m)")
        if not 0 <= self.jitter <= 0.5:
            raise TwinpostError("--jitter: a share of --every between 0 and 0.5")
        if not 1 <= self.daily_cap <= 100:
            raise TwinpostError("--daily-cap: between 1 and 100 posts a day")


@dataclass(frozen=True)
class Planned:
    draft: Draft
    at: datetime


def write_drafts(
    queue: DraftQueue,
    bot_dir: Path,
    n: int,
    prompt: str = "",
    speaker: str | None = None,
    seed: int | None = None,
) -> list[Draft]:
    from twinpost.config import GenerateConfig
    from twinpost.generation.write import generate

    if not 1 <= n <= MAX_DRAFTS:
        raise TwinpostError(f"-n {n}: write 1 to {MAX_DRAFTS} drafts at a time")
    config = GenerateConfig(n=n, speaker=speaker, seed=seed)
    written = generate(bot_dir, prompt, config)
    return queue.add(bot_dir, written.posts, prompt, speaker)


def plan(
    queue: DraftQueue,
    bot_dir: Path,
    account: Account,
    schedule: Schedule,
    now: datetime,
    rng: random.Random,
) -> list[Planned]:
    """When each approved draft would go out: drafts left `sending` first (at once), then the
    approved ones, `every` apart (jittered) after the account's last post, within the cap."""
    posted = queue.posted_since(account.id, (now - timedelta(days=1)).isoformat())
    times = [datetime.fromisoformat(d.posted_at) for d in posted if d.posted_at]
    pending = [d for d in queue.list(bot_dir, ("sending",)) if d.account in (None, account.id)]
    approved = queue.list(bot_dir, ("approved",))
    out = [Planned(d, now) for d in pending]
    last = max(times, default=None)
    for draft in approved:
        at = now if last is None else max(now, last + _step(schedule, rng))
        # The cap: no more than daily_cap posts in any 24 hours.
        window = sorted([*times, *(p.at for p in out)])
        if len(window) >= schedule.daily_cap:
            at = max(at, window[-schedule.daily_cap] + timedelta(days=1))
        out.append(Planned(draft, at))
        last = at
    return out


def _step(schedule: Schedule, rng: random.Random) -> timedelta:
    spread = schedule.every * schedule.jitter
    return timedelta(seconds=schedule.every + rng.uniform(-spread, spread))


def post_approved(
    queue: DraftQueue,
    bot_dir: Path,
    account: Account,
    poster,
    schedule: Schedule | None = None,
    once: bool = False,
    visibility: str = "unlisted",
    now: Callable[[], datetime] | None = None,
    sleep: Callable[[float], None] | None = None,
    rng: random.Random | None = None,
) -> list[Draft]:
    """Post the bot's approved drafts on the schedule until none is left (or one, with
    `once`); the drafts posted. The account is checked before the first post."""
    schedule = schedule or Schedule()
    schedule.check()
    rng = rng or random.Random()
    now = now or _now
    sleep = sleep or _sleep
    poster.check(account)
    done: list[Draft] = []
    while True:
        planned = plan(queue, bot_dir, account, schedule, now(), rng)
        if not planned:
            return done
        first = planned[0]
        wait = (first.at - now()).total_seconds()
        if wait > 0:
            if once:
                due = f"{first.at:%Y-%m-%d %H:%M} UTC"
                events.emit(events.Notice(f"The next post is due at {due} (--every, --daily-cap)"))
                return done
            events.emit(events.Notice(f"Next post at {first.at:%Y-%m-%d %H:%M} UTC"))
            sleep(wait)
        done.append(send(queue, first.draft, account, poster, visibility))
        if once:
            return done


def send(queue: DraftQueue, draft: Draft, account: Account, poster, visibility: str) -> Draft:
    """One draft posted: claimed before the first try, recorded after the answer."""
    from twinpost.posting.mastodon import PostingError

    claimed = queue.claim(draft.id, account.id)
    try:
        url = poster.post(claimed.final_text, claimed.key, visibility, created=claimed.created,
                          reply_to_id=claimed.reply_to_id)  # fmt: skip
    except PostingError as e:
        queue.failed(draft.id, str(e))
        raise
    posted = queue.posted(draft.id, url)
    events.emit(events.Notice(f"Posted draft {draft.id}: {url}"))
    return posted
