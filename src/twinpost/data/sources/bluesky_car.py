"""The Bluesky account export: the repository `.car` file from Settings → "Export my data".

A CAR (content-addressable archive, v1) holds the account's repository: a signed commit whose
`data` is the root of a Merkle search tree (MST) that maps keys `collection/record-key` to
records. We walk the tree from the commit, so each post keeps its key and gets the same id
as from the live API (`at://<did>/app.bsky.feed.post/<rkey>`):

- `app.bsky.feed.post` records are posts (a `reply` field makes one a reply);
- `app.bsky.feed.repost` records count as retweets (they hold no text);
- `app.bsky.actor.profile/self` gives the display name.

The repository names the account by its DID only; handles live in the DID document, not in
the export. So the handle is the file name when it looks like one (`alice.bsky.social.car`),
else the DID. The file is recognised by its content (a CAR v1 header), whatever its name.
It is decoded with atproto's CAR reader (the `atproto` package), imported only when needed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from twinpost.data.posts import Account, Export, Post
from twinpost.data.sources import register_binary_file
from twinpost.data.sources._json import parse_iso_time
from twinpost.errors import BadSourceError

POST = "app.bsky.feed.post"
REPOST = "app.bsky.feed.repost"
PROFILE_KEY = "app.bsky.actor.profile/self"
# A handle is a domain name: labels of letters, digits and hyphens, at least two of them.
_HANDLE = re.compile(r"^(?!did[:.])([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*$", re.I)
_HEADER_PROBE = 64  # a CAR v1 header with one root CID is about 60 bytes


def is_car_v1(path: Path, data: bytes) -> bool:
    """A CAR v1 file starts with a varint length, then a DAG-CBOR map {roots, version: 1}."""
    length, offset = _varint(data[:10])
    header = data[offset : offset + min(length, _HEADER_PROBE * 4)]
    return (
        0 < length <= len(data)
        and header[:1] in (b"\xa2", b"\xa1")  # a CBOR map of 2 (or 1) entries
        and b"\x65roots" in header
        and b"\x67version\x01" in header
    )


@register_binary_file("Bluesky repository export (.car)", is_car_v1)
def read_bluesky_car(path: Path, data: bytes) -> Export:
    blocks, root = _decode(path, data)
    commit = blocks.get(root)
    if not isinstance(commit, dict) or "data" not in commit or "did" not in commit:
        raise BadSourceError(f"{path}: not a Bluesky repository (its root is not a commit)")
    did = str(commit["did"])
    records = dict(_walk_mst(path, blocks, commit["data"]))
    handle = path.stem if _HANDLE.match(path.stem) else did
    profile = records.get(PROFILE_KEY) or {}
    account = Account(
        handle=handle,
        display_name=str(profile.get("displayName") or handle),
        source=str(path),
    )
    posts = [
        post
        for key, record in records.items()
        if (post := _post_from_record(did, key, record, handle)) is not None
    ]
    if not posts:
        raise BadSourceError(f"{path}: the repository has no posts")
    return Export(account=account, posts=posts)


def _decode(path: Path, data: bytes) -> tuple[_Blocks, Any]:
    """The blocks, and the root (the commit) CID."""
    try:
        from atproto_core.car import CAR
        from atproto_core.cid import CID
    except ImportError:
        raise BadSourceError(
            f"{path}: reading Bluesky .car exports needs atproto: pip install 'twinpost[bluesky]'"
        ) from None
    try:
        car = CAR.from_bytes(data)
    except Exception as e:  # libipld raises plain ValueErrors and its own decode errors
        raise BadSourceError(f"{path}: corrupt or truncated .car file ({e})") from None
    return _Blocks(car.blocks, CID), car.root


class _Blocks:
    """Blocks by CID; links inside decoded blocks are raw CID bytes."""

    def __init__(self, blocks: dict, cid_class: type) -> None:
        self._blocks = blocks
        self._cid = cid_class

    def get(self, link: Any) -> Any:
        if isinstance(link, bytes):
            link = self._cid.from_decoded_bytes(link)
        return self._blocks.get(link)


def _walk_mst(path: Path, blocks: _Blocks, node_cid: Any, depth: int = 0, seen=None):
    """(key, record) for every entry of the MST under `node_cid`, in key order.

    Each node is visited once: a hostile tree that links one node from many places would
    otherwise be walked 2**depth times."""
    seen = set() if seen is None else seen
    if depth > 64:  # real trees are a few levels deep; more means a cycle
        raise BadSourceError(f"{path}: the repository tree is malformed (too deep)")
    node = blocks.get(node_cid)
    if not isinstance(node, dict) or not isinstance(node.get("e"), list):
        raise BadSourceError(f"{path}: the repository tree is missing a node (truncated file?)")
    if id(node) in seen:
        raise BadSourceError(f"{path}: the repository tree is malformed (a node linked twice)")
    seen.add(id(node))
    if node.get("l") is not None:
        yield from _walk_mst(path, blocks, node["l"], depth + 1, seen)
    key = b""
    for entry in node["e"]:
        if not (isinstance(entry, dict) and isinstance(entry.get("p"), int)
                and isinstance(entry.get("k"), bytes) and 0 <= entry["p"] <= len(key)):  # fmt: skip
            raise BadSourceError(f"{path}: the repository tree is malformed (a bad entry)")
        key = key[: entry["p"]] + entry["k"]  # keys share a prefix with the previous one
        record = blocks.get(entry.get("v"))
        if isinstance(record, dict):  # a record left out of a partial export is skipped
            yield key.decode("utf-8", "replace"), record
        if entry.get("t") is not None:
            yield from _walk_mst(path, blocks, entry["t"], depth + 1, seen)


def _post_from_record(did: str, key: str, record: dict[str, Any], handle: str) -> Post | None:
    collection = key.partition("/")[0]
    kind = record.get("$type")
    if collection == POST and kind == POST:
        parent = reply_parent_uri(record)
        return Post(
            id=f"at://{did}/{key}",
            text=str(record.get("text") or ""),
            created_at=parse_iso_time(record.get("createdAt")),
            is_repost=False,
            is_reply=isinstance(record.get("reply"), dict),
            account=handle,
            reply_to=parent,
            reply_to_author=uri_author(parent) if parent else None,
        )
    if collection == REPOST and kind == REPOST:
        return Post(
            id=f"at://{did}/{key}",
            text="",
            created_at=parse_iso_time(record.get("createdAt")),
            is_repost=True,
            is_reply=False,
            account=handle,
        )
    return None  # likes, follows, blocks, lists...


def uri_author(uri: str) -> str:
    """The DID (or handle) an at:// URI names its record's author by."""
    return uri.removeprefix("at://").partition("/")[0]


def reply_parent_uri(record: dict[str, Any]) -> str | None:
    """The at:// URI of the post a post record answers (`reply.parent.uri`), if any; its
    author is the DID that follows at://."""
    reply = record.get("reply")
    parent = reply.get("parent") if isinstance(reply, dict) else None
    uri = parent.get("uri") if isinstance(parent, dict) else None
    return uri if isinstance(uri, str) and uri.startswith("at://") else None


def _varint(data: bytes) -> tuple[int, int]:
    """An unsigned LEB128 varint at the start of `data`: (value, bytes used); (0, 0) if none."""
    value = 0
    for i, byte in enumerate(data):
        value |= (byte & 0x7F) << (7 * i)
        if not byte & 0x80:
            return value, i + 1
    return 0, 0
