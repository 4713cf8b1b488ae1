"""`--fetch-parents`: the texts of the posts an export's replies answer, where the export does
not hold them, fetched from Mastodon's and Bluesky's public APIs (opt-in).

- A Mastodon reply names its parent by URL (archives: `https://HOST/users/NAME/statuses/ID`)
  or, from the live API, by its id on the account's own server: `GET /api/v1/statuses/ID` on
  that server.
- A Bluesky reply names an at:// URI: `app.bsky.feed.getPosts`, 25 at a time, on the public
  AppView.
- X is never asked: its developer rules forbid storing its posts to train models.

Each request goes through the live sources' client (retries, rate-limit waits, one-line
errors). A parent that is gone, private or unreadable is skipped (the reply keeps its author
only); a server that cannot be reached at all stops the read in one line. A live source stores
what was fetched in its snapshot (`other_posts`), so training on that snapshot reads offline.
"""

from __future__ import annotations

import os
from collections import defaultdict
from urllib.parse import urlparse

from twinpost import events
from twinpost.data.posts import Export
from twinpost.data.sources.bluesky_api import DEFAULT_URL as BLUESKY_URL
from twinpost.data.sources.html_text import html_to_text
from twinpost.data.sources.http import ApiClient, LiveSourceError
from twinpost.data.sources.mastodon_archive import post_url_parts

GET_POSTS = "/xrpc/app.bsky.feed.getPosts"
BLUESKY_BATCH = 25  # getPosts' maximum


def fetch_parents(export: Export, spec: str) -> dict[str, str]:
    """{parent id: text} for the export's replies whose parent it does not hold."""
    held = {p.id for p in export.posts} | set(export.other_posts)
    missing = sorted({p.reply_to for p in export.posts
                      if p.reply_to and not p.is_repost and p.reply_to not in held})  # fmt: skip
    mastodon: dict[str, list[tuple[str, str]]] = defaultdict(list)  # base URL -> (id, status)
    bluesky: list[str] = []
    own_server = _own_mastodon_server(export)
    for parent in missing:
        if parent.startswith("at://"):
            bluesky.append(parent)
        elif (parts := post_url_parts(parent)) and parts[2].isdigit():  # a Mastodon status
            base = os.environ.get("TWINPOST_MASTODON_URL") or f"https://{parts[0]}"
            mastodon[base].append((parent, parts[2]))
        elif parent.isdigit() and own_server:  # the live API's id on the account's server
            mastodon[own_server].append((parent, parent))
    total = sum(len(v) for v in mastodon.values()) + len(bluesky)
    if not total:
        return {}
    events.stage("parents", "Fetching the posts replies answer", "posts")
    found: dict[str, str] = {}
    done = 0
    for base, wanted in mastodon.items():
        with ApiClient(base, spec, f"Mastodon ({urlparse(base).hostname})") as api:
            for parent, status_id in wanted:
                if text := _mastodon_text(api, status_id):
                    found[parent] = text
                done += 1
                events.progress("parents", done, total)
    if bluesky:
        base = os.environ.get("TWINPOST_BLUESKY_URL") or BLUESKY_URL
        with ApiClient(base, spec, "the Bluesky AppView") as api:
            for start in range(0, len(bluesky), BLUESKY_BATCH):
                batch = bluesky[start : start + BLUESKY_BATCH]
                found.update(_bluesky_texts(api, batch))
                done += len(batch)
                events.progress("parents", done, total)
    return found


def _own_mastodon_server(export: Export) -> str | None:
    """The server a live Mastodon source read from, whose ids its replies' parents carry."""
    source = export.account.source
    if not source.startswith("mastodon:"):
        return None
    instance = export.account.handle.partition("@")[2]
    return os.environ.get("TWINPOST_MASTODON_URL") or (f"https://{instance}" if instance else None)


def _mastodon_text(api: ApiClient, status_id: str) -> str | None:
    try:
        status, _ = api.get_json(f"/api/v1/statuses/{status_id}")
    except LiveSourceError as e:
        if "cannot reach" in str(e):
            raise
        return None  # gone, private or refused: the reply keeps its author only
    text = html_to_text(str(status.get("content") or "")) if isinstance(status, dict) else ""
    return text or None


def _bluesky_texts(api: ApiClient, uris: list[str]) -> dict[str, str]:
    body, _ = api.get_json(GET_POSTS, {"uris": uris})
    posts = body.get("posts") if isinstance(body, dict) else None
    found = {}
    for post in posts if isinstance(posts, list) else []:
        record = post.get("record") if isinstance(post, dict) else None
        text = record.get("text") if isinstance(record, dict) else None
        if isinstance(post.get("uri"), str) and isinstance(text, str) and text:
            found[post["uri"]] = text
    return found
