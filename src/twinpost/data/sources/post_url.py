"""One public post, by its URL, for a bot to answer (`twinpost generate --reply-to URL`).

- Mastodon: `https://HOST/@user/ID` (a post's page) or `https://HOST/users/user/statuses/ID`
  (its ActivityPub id): `GET /api/v1/statuses/ID` on HOST, the text read from its HTML as the
  readers read posts, the author as user@HOST.
- Bluesky: `https://bsky.app/profile/HANDLE/post/KEY`: `app.bsky.feed.getPostThread` for
  `at://HANDLE/app.bsky.feed.post/KEY` on the public AppView (no sign-in).

The live sources' client fetches them (retries, rate-limit waits, one-line errors), and their
settings point it elsewhere: `TWINPOST_MASTODON_URL`, `TWINPOST_BLUESKY_URL`. Other URLs are
refused in one line; X's included: its developer rules forbid storing its posts to train
models, and twinpost reads nothing from X for conversations.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from twinpost.data.sources.bluesky_api import DEFAULT_URL as BLUESKY_URL
from twinpost.data.sources.html_text import html_to_text
from twinpost.data.sources.http import ApiClient
from twinpost.data.sources.mastodon_archive import post_url_parts
from twinpost.errors import TwinpostError

_BLUESKY_POST = re.compile(r"^/profile/([^/]+)/post/([A-Za-z0-9]+)/?$")
BLUESKY_WEB_HOSTS = {"bsky.app", "www.bsky.app"}
POST_THREAD = "/xrpc/app.bsky.feed.getPostThread"


@dataclass(frozen=True)
class FetchedPost:
    text: str
    author: str | None


def looks_like_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://"))


def fetch_post(url: str) -> FetchedPost:
    """The text and author of the public post at `url`; a TwinpostError (one line) if it
    cannot be had."""
    url = url.strip()
    shown = f"--reply-to {url[:200]}"
    try:
        parsed = urlparse(url)
        host = (parsed.hostname or "").lower()
    except ValueError:
        raise TwinpostError(f"{shown}: not a URL") from None
    if host in BLUESKY_WEB_HOSTS and (match := _BLUESKY_POST.match(parsed.path)):
        return _bluesky_post(shown, *match.groups())
    if (parts := post_url_parts(url)) and parts[2].isdigit():  # a Mastodon status id
        return _mastodon_post(shown, *parts)
    raise TwinpostError(
        f"{shown}: not a post URL twinpost can fetch; give a public Mastodon "
        "(https://HOST/@user/ID) or Bluesky (https://bsky.app/profile/HANDLE/post/KEY) post, "
        "or the post's text"
    )


def _mastodon_post(shown: str, host: str, user: str, status_id: str) -> FetchedPost:
    base = os.environ.get("TWINPOST_MASTODON_URL") or f"https://{host}"
    with ApiClient(base, shown, f"Mastodon ({host})") as api:
        status, _ = api.get_json(f"/api/v1/statuses/{status_id}")
    if not isinstance(status, dict):
        raise TwinpostError(f"{shown}: Mastodon ({host}) answered something that is not a post")
    account = status.get("account") if isinstance(status.get("account"), dict) else {}
    acct = str(account.get("acct") or user.lstrip("@"))
    return _fetched(shown, html_to_text(str(status.get("content") or "")),
                    acct if "@" in acct else f"{acct}@{host}")  # fmt: skip


def _bluesky_post(shown: str, handle: str, key: str) -> FetchedPost:
    base = os.environ.get("TWINPOST_BLUESKY_URL") or BLUESKY_URL
    uri = f"at://{handle}/app.bsky.feed.post/{key}"
    with ApiClient(base, shown, "the Bluesky AppView") as api:
        body, _ = api.get_json(POST_THREAD, {"uri": uri, "depth": 0, "parentHeight": 0})
    thread = body.get("thread") if isinstance(body, dict) else None
    post = thread.get("post") if isinstance(thread, dict) else None
    if not isinstance(post, dict):
        raise TwinpostError(f"{shown}: no such post, or it is not public")
    record: Any = post.get("record")
    author: Any = post.get("author")
    text = record.get("text") if isinstance(record, dict) else None
    who = author.get("handle") if isinstance(author, dict) else None
    return _fetched(shown, str(text or ""), str(who or handle))


def _fetched(shown: str, text: str, author: str | None) -> FetchedPost:
    if not text.strip():
        raise TwinpostError(f"{shown}: the post has no text to answer")
    return FetchedPost(text, author)
