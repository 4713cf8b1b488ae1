"""`mastodon:@user@instance`: an account's public posts from its Mastodon server's API.

`GET /api/v1/accounts/lookup?acct=` gives the account, then
`GET /api/v1/accounts/:id/statuses` pages back 40 at a time, following the `Link` header's
`next` (its `max_id`); an update pages forward from the newest known post with `min_id`.
Boosts (`reblog`) count as reposts; post HTML becomes text as in the Mastodon archive.

Settings: `TWINPOST_MASTODON_URL` (replaces `https://<instance>`), `TWINPOST_MASTODON_TOKEN`
(optional: an access token, for servers that require sign-in to read).
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import parse_qs, urlparse

from twinpost.data.posts import Account, Export, Post
from twinpost.data.sources import register_live
from twinpost.data.sources._json import parse_iso_time
from twinpost.data.sources.html_text import html_to_text
from twinpost.data.sources.http import ApiClient
from twinpost.data.sources.live import LiveRequest
from twinpost.errors import TwinpostError

TOKEN_ENV = "TWINPOST_MASTODON_TOKEN"
PAGE_SIZE = 40  # the statuses endpoint's maximum `limit`


def fetch_mastodon(request: LiveRequest) -> Export:
    user, instance = _parse_account(request)
    base = os.environ.get("TWINPOST_MASTODON_URL") or f"https://{instance}"
    token = os.environ.get(TOKEN_ENV, "").strip()
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    with ApiClient(base, request.spec, f"Mastodon ({instance})", headers, TOKEN_ENV) as api:
        found, _ = api.get_json("/api/v1/accounts/lookup", {"acct": f"{user}@{instance}"})
        if not isinstance(found, dict) or "id" not in found:
            raise api.malformed("/api/v1/accounts/lookup", "no account id")
        handle = f"{found.get('username') or user}@{instance}"
        account = Account(
            handle=handle,
            display_name=str(found.get("display_name") or found.get("username") or user),
            avatar_url=found.get("avatar"),
            source=request.spec,
        )
        posts = _statuses(api, str(found["id"]), handle, request)
    return Export(account=account, posts=posts)


def _parse_account(request: LiveRequest) -> tuple[str, str]:
    user, _, instance = request.target.lstrip("@").partition("@")
    if not user or not instance or "/" in instance:
        raise TwinpostError(
            f"{request.spec}: write the account as mastodon:@user@instance, "
            "e.g. mastodon:@alice@mastodon.social"
        )
    return user, instance.lower()


def _statuses(api: ApiClient, account_id: str, handle: str, request: LiveRequest) -> list[Post]:
    path = f"/api/v1/accounts/{account_id}/statuses"
    forward = request.since is not None  # an update pages towards newer posts
    params: dict[str, Any] = {"limit": PAGE_SIZE}
    if forward:
        params["min_id"] = request.since.id
    posts: list[Post] = []
    while request.limit is None or len(posts) < request.limit:
        page, response = api.get_json(path, params)
        if not isinstance(page, list):
            raise api.malformed(path, "expected a list of statuses")
        if not page:
            break
        new = [_post_from_status(api, path, s, handle) for s in page]
        posts += new[: None if request.limit is None else request.limit - len(posts)]
        request.progress(len(new))
        cursor = _page_cursor(response, new, forward)
        if cursor is None:
            break
        params["min_id" if forward else "max_id"] = cursor
    return posts


def _page_cursor(response, page: list[Post], forward: bool) -> str | None:
    """The next page's min_id/max_id: from the Link header, else from the page's ids."""
    rel, key = ("prev", "min_id") if forward else ("next", "max_id")
    if "link" in response.headers:
        url = response.links.get(rel, {}).get("url")
        values = parse_qs(urlparse(url).query).get(key) if url else None
        return values[0] if values else None  # a Link without `rel` means the last page
    ids = [int(p.id) for p in page if p.id.isdigit()]
    if not ids:
        return None
    return str(max(ids) if forward else min(ids))


def _post_from_status(api: ApiClient, path: str, status: Any, handle: str) -> Post:
    if not isinstance(status, dict) or "id" not in status:
        raise api.malformed(path, "a status has no id")
    boosted = status.get("reblog")
    shown = boosted if isinstance(boosted, dict) else status
    parent = status.get("in_reply_to_id")
    return Post(
        id=str(status["id"]),
        text=html_to_text(str(shown.get("content") or "")),
        created_at=parse_iso_time(status.get("created_at")) if status.get("created_at") else None,
        is_repost=isinstance(boosted, dict),
        is_reply=bool(parent),
        account=handle,
        reply_to=str(parent) if parent else None,
        reply_to_author=_replied_account(status, handle) if parent else None,
    )


def _replied_account(status: dict[str, Any], handle: str) -> str | None:
    """user@instance of the account a status answers: itself, or one it mentions by id
    (`in_reply_to_account_id`; a mention's `acct` has no instance when it is a local one)."""
    wanted = status.get("in_reply_to_account_id")
    own = status.get("account") if isinstance(status.get("account"), dict) else {}
    if wanted is not None and str(wanted) == str(own.get("id")):
        return handle
    instance = handle.partition("@")[2]
    for mention in status.get("mentions") or []:
        if isinstance(mention, dict) and str(mention.get("id")) == str(wanted):
            acct = str(mention.get("acct") or "")
            return acct if "@" in acct or not acct else f"{acct}@{instance}"
    return None


register_live("mastodon", fetch_mastodon)
