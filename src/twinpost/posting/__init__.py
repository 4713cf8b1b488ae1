"""The bot posts: a queue of drafts its person approves (queue.py), accounts connected with
their secrets kept in the OS keyring (accounts.py), and approved drafts posted on a schedule
(schedule.py) from an account marked as automated (mastodon.py, bluesky.py).

X is not supported for posting: its API is paid, and its rules require prior approval for
AI-written replies.
"""

from __future__ import annotations

from collections.abc import Callable

from twinpost.errors import TwinpostError
from twinpost.posting.accounts import Account, load_secret, save_account, store_secret


def connect_mastodon(
    server: str, token: str, confirm: Callable[[str], bool]
) -> tuple[Account, str]:
    """Check the account behind `token` (marked as automated, saying its posts are written by
    a language model; `confirm` is asked before either is changed), then keep it and its
    token. Returns the account and where the token is kept."""
    from twinpost.posting.mastodon import MastodonPoster, server_url

    token = token.strip()
    if not token:
        raise TwinpostError("no access token given; make one under Preferences → Development")
    poster = MastodonPoster(server_url(server), token)
    account = poster.connect(confirm)
    where = store_secret(account.id, token)
    save_account(account)
    return account, where


def connect_bluesky(
    handle: str, password: str, confirm: Callable[[str], bool], pds: str | None = None
) -> tuple[Account, str]:
    """Log in with an app password (the session is kept and reused), check the profile's
    `bot` self-label and its description (`confirm` is asked before either is changed), then
    keep the account and its app password."""
    from twinpost.posting.bluesky import DEFAULT_PDS, BlueskyPoster, check_handle
    from twinpost.posting.mastodon import server_url

    password = password.strip()
    if not password:
        raise TwinpostError("no app password given; make one under Settings → App passwords")
    poster = BlueskyPoster(check_handle(handle), password, server_url(pds or DEFAULT_PDS))
    account = poster.connect(confirm)
    where = store_secret(account.id, password)
    save_account(account)
    return account, where


def poster_for(account: Account):
    """The client that posts as `account`, with its kept secret."""
    from twinpost.posting.mastodon import MastodonPoster

    secret = load_secret(account.id)
    if not secret:
        raise TwinpostError(
            f"{account.id}: its secret is no longer kept here; run twinpost connect again"
        )
    if account.platform == "mastodon":
        return MastodonPoster(account.server, secret)
    if account.platform == "bluesky":
        from twinpost.posting.bluesky import BlueskyPoster

        return BlueskyPoster(account.handle, secret, account.server)
    raise TwinpostError(f"{account.id}: posting to {account.platform} is not supported yet")
