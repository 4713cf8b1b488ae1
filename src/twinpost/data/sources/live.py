"""Source specs (`scheme:target`) and fetching from live sources, reporting progress.

A SOURCE is a path unless it reads `scheme:target` where the target does not start with a
slash or backslash, so a Windows path such as `C:\\posts.txt` (or `X:\\exports`) stays a path.
`read_source` sends specs here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from twinpost import events
from twinpost.data.posts import Export, Post
from twinpost.errors import TwinpostError

_SPEC = re.compile(r"^([A-Za-z][A-Za-z0-9-]*):(?![\\/])(.+)$", re.DOTALL)
_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+)://(.*)$", re.DOTALL)  # refused, with the list


@dataclass(frozen=True)
class Since:
    """The newest post already held: a fetch for `twinpost update` stops there."""

    id: str
    created_at: datetime | None


def _ignore(count: int) -> None:
    pass


@dataclass
class LiveRequest:
    """What a live source's fetch function is asked for."""

    spec: str  # the whole spec as the user wrote it, e.g. "bluesky:alice.bsky.social"
    target: str  # the part after the scheme: "alice.bsky.social"
    limit: int | None = None  # at most this many posts (newest first)
    since: Since | None = None  # only posts newer than this one
    progress: Callable[[int], None] = field(default=_ignore)  # called with each page's count


def split_spec(spec: str | Path) -> tuple[str, str] | None:
    """(scheme, target) for a `scheme:target` string, else None (a path)."""
    if not isinstance(spec, str):
        return None
    match = _SPEC.match(spec.strip()) or _URL.match(spec.strip())
    return (match.group(1).lower(), match.group(2).strip()) if match else None


def check_limit(limit: int | None) -> None:
    if limit is not None and limit < 1:
        raise TwinpostError(f"--limit {limit}: must be at least 1")


def fetch_live(spec: str, limit: int | None = None, since: Since | None = None) -> Export:
    """Fetch one live source with a progress bar; `since` keeps only newer posts."""
    from twinpost.data.sources import LIVE_SOURCES

    check_limit(limit)
    scheme, target = _known_spec(spec)
    source = LIVE_SOURCES[scheme]
    with _FetchProgress(spec.strip(), limit, enabled=source.fetches) as progress:
        request = LiveRequest(spec.strip(), target, limit, since, progress.advance)
        export = source.fetch(request)
    export.posts = newest_posts(export.posts, limit)
    return export


def is_live_spec(spec: str | Path) -> bool:
    from twinpost.data.sources import LIVE_SOURCES

    parts = split_spec(spec)
    return parts is not None and parts[0] in LIVE_SOURCES


def _known_spec(spec: str) -> tuple[str, str]:
    from twinpost.data.sources import LIVE_SOURCES

    parts = split_spec(spec)
    if parts is None or parts[0] not in LIVE_SOURCES:
        known = ", ".join(f"{s}:" for s in LIVE_SOURCES)
        scheme = parts[0] if parts else spec
        raise TwinpostError(
            f"{spec}: unknown source {scheme!r}: not a file or folder, and not a spec "
            f"starting with one of {known}"
        )
    if not parts[1]:
        raise TwinpostError(f"{spec}: say which account, e.g. bluesky:alice.bsky.social")
    return parts


def newest_posts(posts: Sequence[Post], limit: int | None) -> list[Post]:
    """The `limit` newest posts (by date where posts have one), in their original order."""
    if limit is None or len(posts) <= limit:
        return list(posts)
    keep = sorted(range(len(posts)), key=lambda i: _age(posts[i]), reverse=True)[:limit]
    return [posts[i] for i in sorted(keep)]


def newest_mark(posts: Sequence[Post]) -> Since | None:
    """The newest post, reposts included (a retweet's id is a tweet id too)."""
    if not posts:
        return None
    newest = max(posts, key=_age)
    return Since(newest.id, newest.created_at)


def _age(post: Post) -> tuple[datetime, int]:
    # Naive and aware dates compare alike; undated posts count as oldest. X, Mastodon and
    # Community Archive ids grow with time and break ties; Bluesky's are URIs (0 here).
    created = post.created_at
    if created is None:
        stamp = datetime.min
    else:
        stamp = created.astimezone(UTC).replace(tzinfo=None) if created.tzinfo else created
    return stamp, int(post.id) if post.id.isdigit() else 0


class _FetchProgress:
    """Reports the posts fetched so far as `Fetched` events (the CLI draws them as a bar on
    a terminal, or one line once done elsewhere)."""

    def __init__(self, spec: str, limit: int | None, enabled: bool) -> None:
        self.spec, self.limit, self.enabled = spec, limit, enabled
        self.fetched = 0

    def __enter__(self) -> _FetchProgress:
        if self.enabled:
            events.emit(events.Fetched(self.spec, 0, self.limit))
        return self

    def __exit__(self, error_type: type | None, *exc: object) -> None:
        if self.enabled:
            done = error_type is None
            events.emit(events.Fetched(self.spec, self.fetched, self.limit, finished=done))

    def advance(self, count: int) -> None:
        self.fetched += count
        if self.enabled:
            events.emit(events.Fetched(self.spec, self.fetched, self.limit))


def required_secret(request: LiveRequest, env: str, how: str) -> str:
    """The secret in `env`, or one line naming the variable and how to get one."""
    value = os.environ.get(env, "").strip()
    if not value:
        raise TwinpostError(f"{request.spec}: set {env} to {how}")
    return value
