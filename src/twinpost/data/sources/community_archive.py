"""`community-archive:handle`: an account's tweets from the Community Archive (read-only API).

The Community Archive (community-archive.org) holds X archives that people uploaded, served
by Supabase: PostgREST tables under `/rest/v1/`. `account` (`account_id`, `username`,
`account_display_name`) gives the account, `profile` its avatar, and `tweets` (`tweet_id`,
`account_id`, `created_at`, `full_text`, `reply_to_tweet_id`) its posts, fetched 1,000 rows
a page (the server's row cap) by `offset`, newest first with `tweet_id` breaking ties, so the
order is stable, until a short page. An update asks only for `tweet_id > newest`. Retweets
are recognised as in the X archive: their text starts with "RT @".

Settings: `TWINPOST_COMMUNITY_ARCHIVE_URL` (default the archive's Supabase project) and
`TWINPOST_COMMUNITY_ARCHIVE_KEY`, the public read-only ("anon") key from the archive's API
docs, sent as the `apikey` header.
"""

from __future__ import annotations

import os
from typing import Any

from twinpost.data.posts import Account, Export, Post
from twinpost.data.sources import register_live
from twinpost.data.sources._json import parse_iso_time
from twinpost.data.sources.http import ApiClient
from twinpost.data.sources.live import LiveRequest, required_secret

# From the archive's docs/api-doc.md (github.com/TheExGenesis/community-archive).
DEFAULT_URL = "https://fabxmporizzqflnftavs.supabase.co"
KEY_ENV = "TWINPOST_COMMUNITY_ARCHIVE_KEY"
API_DOCS = "https://github.com/TheExGenesis/community-archive/blob/main/docs/api-doc.md"
PAGE_SIZE = 1_000  # Supabase's default max rows per request: a shorter page is the last
ACCOUNT = "/rest/v1/account"
PROFILE = "/rest/v1/profile"
TWEETS = "/rest/v1/tweets"


def fetch_community_archive(request: LiveRequest) -> Export:
    username = request.target.lstrip("@")
    key = required_secret(
        request, KEY_ENV, f"the Community Archive's public read-only key (see {API_DOCS})"
    )
    base = os.environ.get("TWINPOST_COMMUNITY_ARCHIVE_URL") or DEFAULT_URL
    headers = {"apikey": key, "Authorization": f"Bearer {key}"}
    with ApiClient(base, request.spec, "the Community Archive", headers, KEY_ENV) as api:
        row = _lookup_account(api, username)
        account_id = str(row["account_id"])
        handle = str(row.get("username") or username)
        account = Account(
            handle=handle,
            display_name=str(row.get("account_display_name") or handle),
            avatar_url=_avatar_url(api, account_id),
            source=request.spec,
        )
        posts = _tweets(api, account_id, handle, request)
    return Export(account=account, posts=posts)


def _lookup_account(api: ApiClient, username: str) -> dict[str, Any]:
    # ilike: usernames are case-insensitive. Its `_` is a wildcard, so match exactly here.
    rows = _rows(api, ACCOUNT, {
        "select": "account_id,username,account_display_name", "username": f"ilike.{username}",
    })  # fmt: skip
    exact = [r for r in rows if str(r.get("username", "")).lower() == username.lower()]
    if not exact or "account_id" not in exact[0]:
        raise api.error(
            f"no account @{username} in the Community Archive (only accounts whose owners "
            "uploaded their archive are there)"
        )
    return exact[0]


def _avatar_url(api: ApiClient, account_id: str) -> str | None:
    rows = _rows(api, PROFILE, {
        "select": "avatar_media_url", "account_id": f"eq.{account_id}", "limit": 1,
    })  # fmt: skip
    url = rows[0].get("avatar_media_url") if rows else None
    return url if isinstance(url, str) and url else None


def _tweets(api: ApiClient, account_id: str, handle: str, request: LiveRequest) -> list[Post]:
    params: dict[str, Any] = {
        "select": "tweet_id,created_at,full_text,reply_to_tweet_id",
        "account_id": f"eq.{account_id}",
        "order": "created_at.desc,tweet_id.desc",
        "limit": PAGE_SIZE,
        "offset": 0,
    }
    if request.since is not None:
        # Ids since 2010 are same-length snowflakes: ">" is "newer", compared as text or number.
        params["tweet_id"] = f"gt.{request.since.id}"
    posts: list[Post] = []
    while request.limit is None or len(posts) < request.limit:
        rows = _rows(api, TWEETS, params)
        new = [_post_from_row(api, row, handle) for row in rows]
        posts += new[: None if request.limit is None else request.limit - len(posts)]
        request.progress(len(new))
        if len(rows) < PAGE_SIZE:
            break
        params["offset"] += PAGE_SIZE
    return posts


def _rows(api: ApiClient, path: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    rows, _ = api.get_json(path, params)
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise api.malformed(path, "expected a list of rows")
    return rows


def _post_from_row(api: ApiClient, row: dict[str, Any], handle: str) -> Post:
    text = row.get("full_text")
    if not isinstance(text, str) or row.get("tweet_id") is None:
        raise api.malformed(TWEETS, "a tweet has no tweet_id or full_text")
    parent = row.get("reply_to_tweet_id")
    return Post(
        id=str(row["tweet_id"]),
        text=text,
        created_at=parse_iso_time(row.get("created_at")) if row.get("created_at") else None,
        is_repost=text.startswith("RT @"),
        is_reply=parent is not None,
        account=handle,
        reply_to=str(row["reply_to_tweet_id"])
        if row.get("reply_to_tweet_id") is not None
        else None,
    )


register_live("community-archive", fetch_community_archive)
