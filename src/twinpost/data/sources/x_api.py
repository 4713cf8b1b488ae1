"""`x:@handle`: an account's recent posts from the X API v2 (paid; bearer token required).

`GET /2/users/by/username/:username` gives the account, then `GET /2/users/:id/tweets` pages
back through its timeline, 100 posts a page, following `meta.next_token`. X serves only the
3,200 most recent posts this way. Retweets and replies are recognised from
`referenced_tweets`; posts over 280 characters take their full text from `note_tweet`.

Settings: `X_BEARER_TOKEN` (required), `TWINPOST_X_API_URL` (default https://api.x.com).
"""

from __future__ import annotations

import os
from typing import Any

from twinpost.data.posts import Account, Export, Post
from twinpost.data.sources import register_live
from twinpost.data.sources._json import parse_iso_time
from twinpost.data.sources.http import ApiClient
from twinpost.data.sources.live import LiveRequest, required_secret

DEFAULT_URL = "https://api.x.com"
TOKEN_ENV = "X_BEARER_TOKEN"
# X API v2 docs: the user timeline endpoint returns "up to the 3,200 most recent Tweets".
TIMELINE_CAP = 3_200
PAGE_SIZE = 100  # the endpoint's max_results ceiling
TWEET_FIELDS = "created_at,referenced_tweets,lang,entities,in_reply_to_user_id,note_tweet"


def fetch_x(request: LiveRequest) -> Export:
    username = request.target.lstrip("@")
    token = required_secret(
        request, TOKEN_ENV,
        "an X API bearer token (developer.x.com; the API is paid), or use your X archive instead",
    )  # fmt: skip
    base = os.environ.get("TWINPOST_X_API_URL") or DEFAULT_URL
    headers = {"Authorization": f"Bearer {token}"}
    with ApiClient(base, request.spec, "the X API", headers, token_hint=TOKEN_ENV) as api:
        user = _lookup_user(api, username)
        account = Account(
            handle=str(user.get("username") or username),
            display_name=str(user.get("name") or username),
            avatar_url=user.get("profile_image_url"),
            source=request.spec,
        )
        posts = _timeline(api, str(user["id"]), account.handle, request)
    return Export(account=account, posts=posts)


def _lookup_user(api: ApiClient, username: str) -> dict[str, Any]:
    path = f"/2/users/by/username/{username}"
    body, _ = api.get_json(path, {"user.fields": "name,profile_image_url"})
    if isinstance(body, dict) and "data" not in body and body.get("errors"):
        # X answers 200 with an "errors" list for a missing or suspended user.
        error = body["errors"][0] if isinstance(body["errors"][0], dict) else {}
        detail = error.get("detail") or error.get("title") or "no such user"
        raise api.error(f"no X account @{username} ({detail})")
    user = body.get("data") if isinstance(body, dict) else None
    if not isinstance(user, dict) or "id" not in user:
        raise api.malformed(path, 'no "data.id"')
    return user


def _timeline(api: ApiClient, user_id: str, handle: str, request: LiveRequest) -> list[Post]:
    path = f"/2/users/{user_id}/tweets"
    cap = min(request.limit or TIMELINE_CAP, TIMELINE_CAP)
    params: dict[str, Any] = {
        "max_results": PAGE_SIZE,
        "tweet.fields": TWEET_FIELDS,
        "since_id": request.since.id if request.since else None,
    }
    posts: list[Post] = []
    while len(posts) < cap:
        body, _ = api.get_json(path, params)
        if not isinstance(body, dict) or not isinstance(body.get("meta", {}), dict):
            raise api.malformed(path, "expected an object with data and meta")
        page = body.get("data", [])
        if not isinstance(page, list):
            raise api.malformed(path, '"data" is not a list')
        new = [_post_from_tweet(api, path, t, handle) for t in page][: cap - len(posts)]
        posts += new
        request.progress(len(new))
        next_token = body.get("meta", {}).get("next_token")
        if not next_token or not page:
            break
        params["pagination_token"] = next_token
    return posts


def _post_from_tweet(api: ApiClient, path: str, tweet: Any, handle: str) -> Post:
    if not isinstance(tweet, dict) or not isinstance(tweet.get("text"), str) or "id" not in tweet:
        raise api.malformed(path, "a post has no id or text")
    references = [r for r in tweet.get("referenced_tweets") or [] if isinstance(r, dict)]
    kinds = {r.get("type") for r in references}
    note = tweet.get("note_tweet")
    text = note["text"] if isinstance(note, dict) and isinstance(note.get("text"), str) else None
    # Only the parent's id: X's developer rules forbid storing its posts to train models, so
    # a parent's text is never fetched from X (the account's own posts still give threads).
    parent = next((r.get("id") for r in references if r.get("type") == "replied_to"), None)
    return Post(
        id=str(tweet["id"]),
        text=text or tweet["text"],
        created_at=parse_iso_time(tweet.get("created_at")) if tweet.get("created_at") else None,
        is_repost="retweeted" in kinds,
        is_reply="replied_to" in kinds or bool(tweet.get("in_reply_to_user_id")),
        account=handle,
        reply_to=str(parent) if parent else None,
    )


register_live("x", fetch_x)
