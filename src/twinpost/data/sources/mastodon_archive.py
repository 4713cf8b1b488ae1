"""The Mastodon archive ("Request your archive"): `outbox.json` and `actor.json`, folder or zip.

The outbox is an ActivityStreams collection: a `Create` activity is a post, an `Announce`
is a boost, which we count as a repost. A reply's note names the post it answers by URL
(`inReplyTo`); its author is read from that URL (`https://HOST/users/NAME/statuses/ID` or
`https://HOST/@NAME/ID` is NAME@HOST).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

from twinpost.data.posts import Account, Avatar, Export, Post
from twinpost.data.sources import register_archive
from twinpost.data.sources._json import expect, parse_iso_time, parse_json
from twinpost.data.sources.archive_files import ExportFiles
from twinpost.data.sources.html_text import html_to_text
from twinpost.errors import BadSourceError


def _is_mastodon_archive(files: ExportFiles) -> bool:
    return files.find("outbox.json") is not None and files.find("actor.json") is not None


@register_archive("Mastodon archive", _is_mastodon_archive)
def read_mastodon_archive(files: ExportFiles) -> Export:
    account = _read_actor(files)
    name = files.find("outbox.json")
    where = files.describe(name)
    outbox = expect(parse_json(files.read_text(name), where), dict, where, "the outbox")
    items = expect(outbox.get("orderedItems", []), list, where, '"orderedItems"')
    posts = [
        post
        for item in items
        if (post := _post_from_activity(expect(item, dict, where, "each activity"), account))
    ]
    if not posts:
        raise BadSourceError(f"{where}: the archive has no posts")
    return Export(account=account, posts=posts)


def _read_actor(files: ExportFiles) -> Account:
    name = files.find("actor.json")
    where = files.describe(name)
    actor = expect(parse_json(files.read_text(name), where), dict, where, "the actor")
    username = str(actor.get("preferredUsername") or files.origin.stem)
    host = _host_of(str(actor.get("id") or actor.get("url") or ""))
    return Account(
        handle=f"{username}@{host}" if host else username,
        display_name=str(actor.get("name") or username),
        avatar=_read_avatar(files, actor.get("icon")),
        source=str(files.origin),
    )


def _host_of(url: str) -> str | None:
    try:
        return urlparse(url).hostname
    except ValueError:  # "http://[::1": not a URL; the handle is then the bare username
        return None


def _read_avatar(files: ExportFiles, icon: Any) -> Avatar | None:
    url = icon.get("url") if isinstance(icon, dict) else None
    if not isinstance(url, str) or "://" in url:
        return None
    name = files.find(url.lstrip("/"))
    if name is None:
        return None
    return Avatar(filename=name.rpartition("/")[2], data=files.read_bytes(name))


def _post_from_activity(activity: dict[str, Any], account: Account) -> Post | None:
    kind = activity.get("type")
    published = parse_iso_time(activity.get("published"))
    if kind == "Announce":
        target = activity.get("object")
        return Post(
            id=str(activity.get("id") or ""),
            text=target if isinstance(target, str) else "",
            created_at=published,
            is_repost=True,
            is_reply=False,
            account=account.handle,
        )
    note = activity.get("object")
    if kind != "Create" or not isinstance(note, dict):
        return None  # likes, deletes and other activities are not posts
    parent = note.get("inReplyTo")
    parent = parent if isinstance(parent, str) and parent else None
    return Post(
        id=str(note.get("id") or activity.get("id") or ""),
        text=html_to_text(str(note.get("content") or "")),
        created_at=published,
        is_repost=False,
        is_reply=bool(note.get("inReplyTo")),
        account=account.handle,
        reply_to=parent,
        reply_to_author=author_of_post_url(parent) if parent else None,
    )


# The paths Mastodon (and most ActivityPub servers) give a post: /users/NAME/statuses/ID
# (its ActivityPub id) and /@NAME/ID (its web page).
_POST_PATH = re.compile(r"^/(?:users/([^/]+)/statuses|@([^/]+))/([^/]+)/?$")


def post_url_parts(url: str) -> tuple[str, str, str] | None:
    """(HOST, NAME, ID) of a post URL of a known shape; None for any other."""
    try:
        parsed = urlparse(url)
    except ValueError:
        return None
    match = _POST_PATH.match(parsed.path or "")
    if not parsed.hostname or not match:
        return None
    return parsed.hostname.lower(), match.group(1) or match.group(2), match.group(3)


def author_of_post_url(url: str) -> str | None:
    """NAME@HOST for a post URL of a known shape; None for any other."""
    parts = post_url_parts(url)
    return f"{parts[1]}@{parts[0]}" if parts else None
