"""`bluesky:handle.bsky.social`: an account's posts from Bluesky's public AppView (no sign-in).

`app.bsky.actor.getProfile` gives the display name and avatar, then
`app.bsky.feed.getAuthorFeed` pages back through the account's posts, replies and reposts,
100 at a time, following `cursor`. A feed item whose `reason` is a repost counts as a
retweet; a post whose record has `reply` is a reply. An update stops at the first item no
newer than the newest post already held (the feed is newest first).

Settings: `TWINPOST_BLUESKY_URL` (default https://public.api.bsky.app).
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any

from twinpost.data.posts import Account, Export, Post
from twinpost.data.sources import register_live
from twinpost.data.sources._json import parse_iso_time
from twinpost.data.sources.bluesky_car import reply_parent_uri, uri_author
from twinpost.data.sources.http import ApiClient
from twinpost.data.sources.live import LiveRequest, Since

DEFAULT_URL = "https://public.api.bsky.app"
PAGE_SIZE = 100  # getAuthorFeed's maximum `limit`
REPOST_REASON = "app.bsky.feed.defs#reasonRepost"
PROFILE = "/xrpc/app.bsky.actor.getProfile"
AUTHOR_FEED = "/xrpc/app.bsky.feed.getAuthorFeed"


def fetch_bluesky(request: LiveRequest) -> Export:
    actor = request.target.lstrip("@")
    base = os.environ.get("TWINPOST_BLUESKY_URL") or DEFAULT_URL
    with ApiClient(base, request.spec, "the Bluesky AppView") as api:
        profile, _ = api.get_json(PROFILE, {"actor": actor})
        if not isinstance(profile, dict) or not profile.get("did"):
            raise api.malformed(PROFILE, "no did")
        handle = str(profile.get("handle") or actor)
        account = Account(
            handle=handle,
            display_name=str(profile.get("displayName") or handle),
            avatar_url=profile.get("avatar"),
            source=request.spec,
        )
        parents: dict[str, str] = {}
        posts = _author_feed(api, str(profile["did"]), handle, request, parents)
    return Export(account=account, posts=posts, other_posts=parents)


def _author_feed(
    api: ApiClient, did: str, handle: str, request: LiveRequest, parents: dict[str, str]
) -> list[Post]:
    """The account's posts; the texts of the posts its replies answer go into `parents`
    (a feed item carries its parent's post view)."""
    params: dict[str, Any] = {"actor": did, "limit": PAGE_SIZE}
    posts: list[Post] = []
    while request.limit is None or len(posts) < request.limit:
        body, _ = api.get_json(AUTHOR_FEED, params)
        feed = body.get("feed") if isinstance(body, dict) else None
        if not isinstance(feed, list):
            raise api.malformed(AUTHOR_FEED, 'no "feed" list')
        page = [_post_from_item(api, item, handle) for item in feed]
        parents.update(p for item in feed if (p := _parent_of_item(item)))
        new = [p for p in page if not _already_held(p, request.since)]
        new = new[: None if request.limit is None else request.limit - len(posts)]
        posts += new
        request.progress(len(new))
        cursor = body.get("cursor")
        if not cursor or not feed or len(new) < len(page):
            break  # the end of the feed, or of what is new
        params["cursor"] = cursor
    return posts


def _already_held(post: Post, since: Since | None) -> bool:
    if since is None:
        return False
    if post.id == since.id:
        return True
    return _comparable(post.created_at) <= _comparable(since.created_at)


def _comparable(when: datetime | None) -> float:
    return when.timestamp() if when else float("-inf")


def _post_from_item(api: ApiClient, item: Any, handle: str) -> Post:
    post = item.get("post") if isinstance(item, dict) else None
    record = post.get("record") if isinstance(post, dict) else None
    if not isinstance(record, dict) or not post.get("uri"):
        raise api.malformed(AUTHOR_FEED, "a feed item has no post uri or record")
    reason = item.get("reason") if isinstance(item.get("reason"), dict) else {}
    if reason.get("$type") == REPOST_REASON:
        # The repost record's own uri where the AppView gives it, so ids match the .car export.
        reposted = reason.get("uri") or f"{post['uri']}#repost"
        return Post(
            id=str(reposted),
            text=str(record.get("text") or ""),
            created_at=parse_iso_time(reason.get("indexedAt")),
            is_repost=True,
            is_reply=False,
            account=handle,
        )
    parent = reply_parent_uri(record)
    return Post(
        id=str(post["uri"]),
        text=str(record.get("text") or ""),
        created_at=parse_iso_time(record.get("createdAt")),
        is_repost=False,
        is_reply=isinstance(record.get("reply"), dict),
        account=handle,
        reply_to=parent,
        reply_to_author=_parent_author(item, parent) if parent else None,
    )


def _parent_view(item: dict[str, Any]) -> dict[str, Any]:
    reply = item.get("reply")
    parent = reply.get("parent") if isinstance(reply, dict) else None
    return parent if isinstance(parent, dict) else {}


def _parent_author(item: dict[str, Any], uri: str) -> str:
    """The parent's author's handle where the feed item carries it, else its DID."""
    author = _parent_view(item).get("author")
    handle = author.get("handle") if isinstance(author, dict) else None
    return str(handle) if handle else uri_author(uri)


def _parent_of_item(item: Any) -> tuple[str, str] | None:
    """(uri, text) of the post a feed item answers, where the item carries it."""
    view = _parent_view(item) if isinstance(item, dict) else {}
    record = view.get("record")
    text = record.get("text") if isinstance(record, dict) else None
    if isinstance(view.get("uri"), str) and isinstance(text, str) and text:
        return view["uri"], text
    return None


register_live("bluesky", fetch_bluesky)
