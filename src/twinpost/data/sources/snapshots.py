"""Raw snapshots of live fetches, and the `snapshot:<sha256>` source that reads one back.

Every live fetch is stored as JSON under `user_home()/snapshots/<sha256>.json`, named by the
sha256 of its bytes: the source spec, when it was fetched, the account, the newest post (where
`twinpost update` resumes) and every post as fetched, reposts included. Tokens are never part
of it: specs and API answers hold none. A snapshot never changes; an update writes a new one
that names the one it grew from (`updated_from`).

`snapshot:<sha256>` (or a unique prefix of 8+ characters) is a source like any other, read
offline: `twinpost train snapshot:3f2a9c1b --out bots/again` retrains on exactly those posts.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from twinpost.data.posts import Account, Export, Post
from twinpost.data.sources import register_live
from twinpost.data.sources._json import parse_iso_time
from twinpost.data.sources.live import LiveRequest, newest_mark
from twinpost.errors import TwinpostError
from twinpost.fileio import write_bytes_atomic

FORMAT = "twinpost-snapshot/1"
_MIN_PREFIX = 8  # shorter sha256 prefixes are too likely to name two snapshots


def snapshot_dir() -> Path:
    from twinpost.home import user_home

    return user_home() / "snapshots"


def save_snapshot(
    export: Export,
    limit: int | None = None,
    updated_from: str | None = None,
    new_posts: int | None = None,
) -> str:
    """Store the export's posts as a snapshot; return its sha256."""
    account = export.account
    newest = newest_mark(export.posts)
    snapshot = {
        "format": FORMAT,
        "source": account.source,
        "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "account": {
            "handle": account.handle,
            "display_name": account.display_name,
            "avatar_url": account.avatar_url,
        },
        "newest": None
        if newest is None
        else {"id": newest.id, "created_at": _iso(newest.created_at)},
        "limit": limit,
        "updated_from": updated_from,
        "new_posts": len(export.posts) if new_posts is None else new_posts,
        "posts": [_post_record(p) for p in export.posts],
    }
    if export.other_posts:  # the texts of posts the replies answer, where the source gave them
        snapshot["other_posts"] = export.other_posts
    data = (json.dumps(snapshot, indent=1, ensure_ascii=False) + "\n").encode()
    digest = hashlib.sha256(data).hexdigest()
    path = snapshot_dir() / f"{digest}.json"
    if not path.is_file():
        write_bytes_atomic(path, data)
    return digest


def load_snapshot(ref: str) -> tuple[str, dict[str, Any]]:
    """(sha256, content) of the stored snapshot `ref` names (its sha256 or a unique prefix)."""
    ref = ref.strip().lower()
    if len(ref) < _MIN_PREFIX:
        raise TwinpostError(f"snapshot:{ref}: give at least {_MIN_PREFIX} characters of its sha256")
    if not all(c in "0123456789abcdef" for c in ref):
        # Hex digits only: the reference becomes a file-name pattern below, and "*" or
        # "../" would reach files that are not snapshots.
        raise TwinpostError(f"snapshot:{ref}: not a sha256 (hex digits 0-9, a-f)")
    folder = snapshot_dir()
    hits = sorted(folder.glob(f"{ref}*.json")) if folder.is_dir() else []
    if not hits:
        raise TwinpostError(f"snapshot:{ref}: no such snapshot in {folder}")
    if len(hits) > 1:
        raise TwinpostError(f"snapshot:{ref}: {len(hits)} snapshots start so; give more of it")
    path = hits[0]
    try:
        snapshot = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise TwinpostError(f"{path}: unreadable snapshot ({e})") from None
    if not isinstance(snapshot, dict) or snapshot.get("format") != FORMAT:
        raise TwinpostError(f"{path}: not a {FORMAT} snapshot")
    return path.stem, snapshot


def snapshot_files(digest: str) -> dict[str, bytes] | None:
    """The snapshot as lineage stores a raw dataset: {"snapshot.json": its bytes}."""
    path = snapshot_dir() / f"{digest}.json"
    return {"snapshot.json": path.read_bytes()} if path.is_file() else None


def latest_snapshot_of(spec: str) -> str | None:
    """The sha256 of the most recent snapshot fetched from `spec`, if any is stored."""
    folder = snapshot_dir()
    found: list[tuple[str, str]] = []
    for path in folder.glob("*.json") if folder.is_dir() else []:
        try:
            snapshot = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(snapshot, dict) and snapshot.get("source") == spec:
            found.append((str(snapshot.get("fetched_at", "")), path.stem))
    return max(found)[1] if found else None


def export_from_snapshot(digest: str, snapshot: dict[str, Any]) -> Export:
    """The snapshot as the `Export` its live source returned, tied to the snapshot."""
    info = snapshot.get("account") or {}
    handle = str(info.get("handle") or "")
    account = Account(
        handle=handle,
        display_name=str(info.get("display_name") or handle),
        avatar_url=info.get("avatar_url"),
        source=str(snapshot.get("source") or f"snapshot:{digest}"),
        snapshot=digest,
    )
    posts = [
        Post(
            id=str(p["id"]),
            text=str(p["text"]),
            created_at=parse_iso_time(p["created_at"]) if p.get("created_at") else None,
            is_repost=bool(p.get("is_repost")),
            is_reply=bool(p.get("is_reply")),
            account=handle,
            reply_to=_text_or_none(p.get("reply_to")),
            reply_to_author=_text_or_none(p.get("reply_to_author")),
        )
        for p in snapshot.get("posts") or []
    ]
    others = snapshot.get("other_posts")
    others = {str(k): str(v) for k, v in others.items()} if isinstance(others, dict) else {}
    return Export(account=account, posts=posts, other_posts=others)


def _text_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def read_snapshot_source(request: LiveRequest) -> Export:
    digest, snapshot = load_snapshot(request.target)
    return export_from_snapshot(digest, snapshot)


def _post_record(post: Post) -> dict[str, Any]:
    return {
        "id": post.id,
        "text": post.text,
        "created_at": _iso(post.created_at),
        "is_repost": post.is_repost,
        "is_reply": post.is_reply,
        # Only where set: a snapshot of posts that answer nothing stays as it was.
        **({"reply_to": post.reply_to} if post.reply_to else {}),
        **({"reply_to_author": post.reply_to_author} if post.reply_to_author else {}),
    }


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


register_live("snapshot", read_snapshot_source, fetches=False)
