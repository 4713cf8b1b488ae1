"""The schedule and the watcher as `twinpost serve` runs them, in the background.

Each bot may have one plan (queue.py's `plans` table, set from the web app, the HTTP API or
`twinpost schedule`): the account it posts as, its schedule, and whether it answers mentions.
The plans live in the queue's database, not in the server, so a restarted server carries on
where it stopped: a draft left `sending` by a kill is sent again first with its own key (no
second post), and the mentions are read from the account's cursor (none missed or answered
twice).

`Runner.run_once` is one pass over the enabled plans: per plan, at most one post (the first
due, as `twinpost post` would send it) and, every POLL_SECONDS with `watch`, one read of the
mentions. What goes wrong is kept with the plan (`error`) for the web app and the log, and the
next pass tries again; one plan's failure never stops another's.

The jitter is drawn from a generator seeded by the account's last post, so every pass (and
the web app's "next post at") sees the same time for the next post until it is made.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from twinpost.errors import TwinpostError
from twinpost.posting.accounts import Account, find_account
from twinpost.posting.queue import Draft, DraftQueue, Plan
from twinpost.posting.schedule import (
    DEFAULT_DAILY_CAP,
    DEFAULT_EVERY,
    DEFAULT_JITTER,
    Planned,
    Schedule,
    plan,
    send,
)
from twinpost.posting.watch import DEFAULT_MAX_PER_HOUR, POLL_SECONDS, check_mentions

TICK_SECONDS = 30.0  # how often `twinpost serve` looks for due posts
SHOWN = 5  # upcoming and last posts the web app shows

log = logging.getLogger("twinpost.posting")


def _now() -> datetime:
    return datetime.now(UTC)


def new_plan(
    bot: Path,
    to: str,
    every: float = DEFAULT_EVERY,
    jitter: float = DEFAULT_JITTER,
    daily_cap: int = DEFAULT_DAILY_CAP,
    visibility: str = "unlisted",
    watch: bool = False,
    auto: bool = False,
    max_per_hour: int = DEFAULT_MAX_PER_HOUR,
) -> Plan:
    """A plan checked as `twinpost post` and `twinpost watch` check their options."""
    from twinpost.posting.mastodon import VISIBILITIES

    Schedule(every, jitter, daily_cap).check()
    if visibility not in VISIBILITIES:
        raise TwinpostError(f"--visibility {visibility}: use one of {', '.join(VISIBILITIES)}")
    if not 1 <= max_per_hour <= 60:
        raise TwinpostError("--max-per-hour: between 1 and 60")
    if auto and not watch:
        raise TwinpostError("--auto approves replies to mentions; it needs --watch")
    account = find_account(to)
    return Plan(str(Path(bot).absolute()), account.id, every, jitter, daily_cap, visibility,
                watch, auto, max_per_hour)  # fmt: skip


def upcoming(
    queue: DraftQueue, schedule_of: Plan, account: Account, now: datetime
) -> list[Planned]:
    """When the plan's approved drafts go out, the same answer on every pass until the next
    post is made."""
    posted = queue.posted_since(account.id, "")
    last = posted[-1].posted_at if posted else ""
    rng = random.Random(f"{account.id}|{last}")
    schedule = Schedule(schedule_of.every, schedule_of.jitter, schedule_of.daily_cap)
    return plan(queue, Path(schedule_of.bot), account, schedule, now, rng)


def last_posts(queue: DraftQueue, bot: Path, n: int = SHOWN) -> list[Draft]:
    posted = [d for d in queue.list(bot, ("posted",)) if d.posted_at]
    return sorted(posted, key=lambda d: d.posted_at or "", reverse=True)[:n]


class Runner:
    """The server's posting: `run_once` every TICK_SECONDS, on a worker thread."""

    def __init__(
        self,
        queue_path: Path | None = None,
        now: Callable[[], datetime] = _now,
        poster_for: Callable[[Account], object] | None = None,
    ) -> None:
        from twinpost.posting import poster_for as default_poster_for

        self._queue_path = queue_path
        self._now = now
        self._poster_for = poster_for or default_poster_for
        self._posters: dict[str, object] = {}  # account id -> its client, checked once

    def run_once(self) -> list[Draft]:
        """One pass over the enabled plans; the drafts posted."""
        posted: list[Draft] = []
        with DraftQueue(self._queue_path) as queue:
            for item in queue.plans():
                try:
                    sent, watched_at = self._run(queue, item)
                except TwinpostError as e:
                    self._posters.pop(item.account, None)  # checked again on the next pass
                    if str(e) != (item.error or ""):
                        log.warning("posting for %s: %s", item.bot, e)
                    queue.note_plan(item.bot, error=str(e))
                    continue
                except Exception as e:  # a bug must not stop the other plans, nor the server
                    log.exception("posting for %s failed", item.bot)
                    queue.note_plan(item.bot, error=f"unexpected error: {type(e).__name__}")
                    continue
                posted += sent
                queue.note_plan(item.bot, error=None, watched_at=watched_at)
        return posted

    def _run(self, queue: DraftQueue, item: Plan) -> tuple[list[Draft], str | None]:
        bot = Path(item.bot)
        if not (bot / "twinpost.json").is_file():
            raise TwinpostError(f"{bot}: the bot is no longer there; stop its schedule")
        account = find_account(item.account)
        poster = self._poster(account)
        now = self._now()
        sent = []
        due = upcoming(queue, item, account, now)
        if due and due[0].at <= now:
            sent.append(send(queue, due[0].draft, account, poster, item.visibility))
        watched_at = None
        last = datetime.fromisoformat(item.watched_at) if item.watched_at else None
        if item.watch and (last is None or now - last >= timedelta(seconds=POLL_SECONDS)):
            check_mentions(queue, bot, account, poster, item.auto, item.max_per_hour)
            watched_at = now.isoformat(timespec="seconds")
        return sent, watched_at

    def _poster(self, account: Account):
        poster = self._posters.get(account.id)
        if poster is None:
            poster = self._poster_for(account)
            poster.check(account)  # still labelled as a bot, still saying so
            self._posters[account.id] = poster
        return poster
