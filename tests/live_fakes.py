"""Fake live APIs for the loopback test server, answering in each platform's documented format,
and a builder for small Bluesky repository (.car) files.

Each fake serves a list of posts with real paging, so tests see what a client would see.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta

from werkzeug import Request, Response

START = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
WORDS = [
    "sea",
    "sky",
    "light",
    "morning",
    "coffee",
    "garden",
    "river",
    "window",
    "letter",
    "music",
    "train",
    "bread",
    "rain",
]


def post_text(i: int) -> str:
    """A post long enough to be kept: 9-12 plain words, different for every i."""
    words = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(9 + i % 4)]
    return f"Note {i}: " + " ".join(words) + "."


def when(i: int) -> datetime:
    """Post i's time: larger i is newer."""
    return START + timedelta(hours=i)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def json_response(body, status: int = 200, headers: dict | None = None) -> Response:
    return Response(json.dumps(body), status, headers, content_type="application/json")


# --- X API v2 ------------------------------------------------------------------------------


def x_tweets(n: int, start: int = 0) -> list[dict]:
    """n tweets, newest first: every 5th a retweet, every 7th a reply, every 11th short."""
    tweets = []
    for i in reversed(range(start, start + n)):
        tweet = {
            "id": str(1_700_000_000_000_000_000 + i),
            "text": post_text(i),
            "created_at": iso(when(i)),
            "lang": "en",
            "edit_history_tweet_ids": [str(1_700_000_000_000_000_000 + i)],
        }
        if i % 5 == 0:
            tweet["text"] = f"RT @friend: {post_text(i)}"
            tweet["referenced_tweets"] = [{"type": "retweeted", "id": "42"}]
        elif i % 7 == 0:
            tweet["referenced_tweets"] = [{"type": "replied_to", "id": "43"}]
            tweet["in_reply_to_user_id"] = "99"
        elif i % 11 == 0:
            tweet["text"] = "so true"
        tweets.append(tweet)
    return tweets


def serve_x(server, username: str, tweets: list[dict], page_size: int = 100) -> None:
    """`/2/users/by/username/:u` and `/2/users/:id/tweets`, paging by next_token."""
    server.expect_request(f"/2/users/by/username/{username}").respond_with_json(
        {
            "data": {
                "id": "2244994945",
                "name": "Some One",
                "username": username,
                "profile_image_url": "https://pbs.twimg.com/profile_images/1/a_normal.jpg",
            }
        }
    )

    def timeline(request: Request) -> Response:
        since = request.args.get("since_id")
        shown = [t for t in tweets if since is None or int(t["id"]) > int(since)]
        start = int(request.args.get("pagination_token") or 0)
        size = min(int(request.args["max_results"]), page_size)
        page = shown[start : start + size]
        meta = {"result_count": len(page)}
        if page:
            meta |= {"newest_id": page[0]["id"], "oldest_id": page[-1]["id"]}
        if start + size < len(shown):
            meta["next_token"] = str(start + size)
        return json_response({"data": page, "meta": meta} if page else {"meta": meta})

    server.expect_request("/2/users/2244994945/tweets").respond_with_handler(timeline)


# --- Mastodon ------------------------------------------------------------------------------


def mastodon_statuses(n: int, start: int = 0) -> list[dict]:
    """n statuses, newest first: every 4th a boost, every 6th a reply; content is HTML."""
    statuses = []
    for i in reversed(range(start, start + n)):
        status = {
            "id": str(110_000_000_000_000_000 + i),
            "created_at": iso(when(i)),
            "in_reply_to_id": "1" if i % 6 == 0 else None,
            "content": f"<p>{post_text(i)} &amp; more</p>",
            "reblog": None,
        }
        if i % 4 == 0:
            status["content"] = ""
            status["reblog"] = {"id": "5", "content": f"<p>{post_text(i)}</p>"}
        statuses.append(status)
    return statuses


def serve_mastodon(server, statuses: list[dict], link_header: bool = True) -> None:
    """lookup and statuses, paging by max_id (Link: rel=next) or min_id (rel=prev)."""
    server.expect_request("/api/v1/accounts/lookup").respond_with_json(
        {
            "id": "109",
            "username": "alice",
            "acct": "alice",
            "display_name": "Alice 🌊",
            "avatar": "https://files.example.social/avatars/alice.png",
        }
    )

    def page(request: Request) -> Response:
        limit = int(request.args.get("limit", 20))
        max_id, min_id = request.args.get("max_id"), request.args.get("min_id")
        if min_id is not None:  # the oldest `limit` statuses after min_id, shown newest first
            newer = [s for s in statuses if int(s["id"]) > int(min_id)]
            chosen = newer[-limit:]
        else:
            older = [s for s in statuses if max_id is None or int(s["id"]) < int(max_id)]
            chosen = older[:limit]
        headers = {}
        if link_header and chosen:
            base = f"https://example.social/api/v1/accounts/109/statuses?limit={limit}"
            headers["Link"] = (
                f'<{base}&max_id={chosen[-1]["id"]}>; rel="next", '
                f'<{base}&min_id={chosen[0]["id"]}>; rel="prev"'
            )
        return json_response(chosen, headers=headers)

    server.expect_request("/api/v1/accounts/109/statuses").respond_with_handler(page)


# --- Bluesky: one set of records, served by a fake AppView or packed into a .car ----------

DID = "did:plc:abcdefghijklmnopqrstuvwx"


def bluesky_records(n: int, start: int = 0) -> dict[str, dict]:
    """Repository records by key: the profile, n posts (every 6th a reply, every 9th short),
    and a repost after every 5th post."""
    records: dict[str, dict] = {
        "app.bsky.actor.profile/self": {
            "$type": "app.bsky.actor.profile",
            "displayName": "Alice Sky",
            "description": "hello",
        }
    }
    for i in range(start, start + n):
        post = {"$type": "app.bsky.feed.post", "text": post_text(i), "createdAt": iso(when(i))}
        if i % 6 == 0:
            parent = {"uri": f"at://did:plc:other/app.bsky.feed.post/{i}", "cid": "bafyparent"}
            post["reply"] = {"root": parent, "parent": parent}
        if i % 9 == 0:
            post["text"] = "yes!"
        records[f"app.bsky.feed.post/3k{i:011d}"] = post
        if i % 5 == 0:
            records[f"app.bsky.feed.repost/3r{i:011d}"] = {
                "$type": "app.bsky.feed.repost",
                "subject": {"uri": f"at://did:plc:other/app.bsky.feed.post/r{i}", "cid": "bafy"},
                "createdAt": iso(when(i) + timedelta(minutes=30)),
            }
    return records


def author_feed(records: dict[str, dict]) -> list[dict]:
    """getAuthorFeed items for the records, newest first, as the AppView shows them."""
    items = []
    author = {"did": DID, "handle": "alice.bsky.social"}
    for key, record in records.items():
        uri = f"at://{DID}/{key}"
        if record["$type"] == "app.bsky.feed.post":
            post = {"uri": uri, "cid": "bafypost", "author": author, "record": record}
            items.append((record["createdAt"], {"post": post}))
        elif record["$type"] == "app.bsky.feed.repost":
            other = {"did": "did:plc:other", "handle": "bob.bsky.social"}
            original = {"$type": "app.bsky.feed.post", "text": "theirs", "createdAt": iso(START)}
            post = {"uri": record["subject"]["uri"], "author": other, "record": original}
            reason = {
                "$type": "app.bsky.feed.defs#reasonRepost",
                "by": author,
                "uri": uri,
                "indexedAt": record["createdAt"],
            }
            items.append((record["createdAt"], {"post": post, "reason": reason}))
    return [item for _, item in sorted(items, key=lambda pair: pair[0], reverse=True)]


def serve_bluesky(server, records: dict[str, dict], page_size: int = 100) -> None:
    profile = records["app.bsky.actor.profile/self"]
    server.expect_request("/xrpc/app.bsky.actor.getProfile").respond_with_json(
        {
            "did": DID,
            "handle": "alice.bsky.social",
            "displayName": profile["displayName"],
            "avatar": "https://cdn.bsky.app/img/avatar/plain/did/cid@jpeg",
        }
    )
    feed = author_feed(records)

    def page(request: Request) -> Response:
        assert request.args["actor"] == DID
        start = int(request.args.get("cursor") or 0)
        size = min(int(request.args["limit"]), page_size)
        body: dict = {"feed": feed[start : start + size]}
        if start + size < len(feed):
            body["cursor"] = str(start + size)
        return json_response(body)

    server.expect_request("/xrpc/app.bsky.feed.getAuthorFeed").respond_with_handler(page)


# --- Community Archive (PostgREST) ---------------------------------------------------------


def archive_rows(n: int, start: int = 0) -> list[dict]:
    """n tweets rows: every 5th a retweet ("RT @"), every 7th a reply."""
    rows = []
    for i in range(start, start + n):
        text = post_text(i)
        rows.append(
            {
                "tweet_id": str(1_600_000_000_000_000_000 + i),
                "account_id": "777",
                "created_at": when(i).isoformat(),
                "full_text": f"RT @friend: {text}" if i % 5 == 0 else text,
                "reply_to_tweet_id": "1" if i % 7 == 0 else None,
            }
        )
    return rows


def serve_community_archive(server, rows: list[dict], key: str) -> None:
    def account(request: Request) -> Response:
        assert request.headers.get("apikey") == key
        match = request.args["username"].removeprefix("ilike.").lower() == "defender_of"
        found = [{"account_id": "777", "username": "Defender_Of", "account_display_name": "DoB"}]
        return json_response(found if match else [])

    def tweets(request: Request) -> Response:
        assert request.args["order"] == "created_at.desc,tweet_id.desc"
        newer = request.args.get("tweet_id", "gt.0").removeprefix("gt.")
        chosen = sorted(
            (r for r in rows if int(r["tweet_id"]) > int(newer)),
            key=lambda r: (r["created_at"], r["tweet_id"]),
            reverse=True,
        )
        offset, limit = int(request.args["offset"]), int(request.args["limit"])
        return json_response(chosen[offset : offset + limit])

    server.expect_request("/rest/v1/account").respond_with_handler(account)
    server.expect_request("/rest/v1/profile").respond_with_json(
        [{"avatar_media_url": "https://pbs.twimg.com/profile_images/9/b.jpg"}]
    )
    server.expect_request("/rest/v1/tweets").respond_with_handler(tweets)


# --- a minimal DAG-CBOR encoder and CAR v1 writer ----------------------------------------


class Link(bytes):
    """A CID link (its raw bytes), encoded as CBOR tag 42."""


def cbor(value) -> bytes:
    if isinstance(value, Link):
        return b"\xd8\x2a" + cbor(b"\x00" + bytes(value))
    if value is None:
        return b"\xf6"
    if value is True or value is False:
        return b"\xf5" if value else b"\xf4"
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        data = value.encode()
        return _head(3, len(data)) + data
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(cbor(v) for v in value)
    if isinstance(value, dict):
        # DAG-CBOR's canonical key order: shorter encoded keys first, then bytewise.
        keys = sorted(value, key=lambda k: (len(cbor(k)), cbor(k)))
        return _head(5, len(value)) + b"".join(cbor(k) + cbor(value[k]) for k in keys)
    raise TypeError(type(value))


def _head(major: int, n: int) -> bytes:
    if n < 24:
        return bytes([major << 5 | n])
    for extra, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if n < 1 << (8 * size):
            return bytes([major << 5 | extra]) + n.to_bytes(size, "big")
    raise ValueError(n)


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def build_car(records: dict[str, dict], did: str = DID) -> bytes:
    """A repository CAR: commit -> MST (two levels, using both `l` and `t` links) -> records."""
    blocks: dict[bytes, bytes] = {}

    def put(value) -> Link:
        data = cbor(value)
        cid = Link(b"\x01\x71\x12\x20" + hashlib.sha256(data).digest())  # CIDv1 dag-cbor sha256
        blocks[cid] = data
        return cid

    items = sorted((key.encode(), put(record)) for key, record in records.items())

    def node(chunk: list) -> Link | None:
        if not chunk:
            return None
        if len(chunk) <= 3:
            return put({"l": None, "e": _entries([(k, v, None) for k, v in chunk])})
        pivots = chunk[3::4]  # each pivot's right subtree holds the three keys after it
        rest = [node(chunk[4 * i + 4 : 4 * i + 7]) for i in range(len(pivots))]
        entries = [(k, v, t) for (k, v), t in zip(pivots, rest, strict=True)]
        return put({"l": node(chunk[:3]), "e": _entries(entries)})

    commit = put({"did": did, "version": 3, "data": node(items), "rev": "3kabc", "prev": None,
                  "sig": b"\x00" * 64})  # fmt: skip
    header = cbor({"version": 1, "roots": [commit]})
    body = b"".join(_varint(len(cid) + len(data)) + cid + data for cid, data in blocks.items())
    return _varint(len(header)) + header + body


def _entries(triples: list) -> list[dict]:
    entries, previous = [], b""
    for key, value, tree in triples:
        shared = 0
        while shared < min(len(key), len(previous)) and key[shared] == previous[shared]:
            shared += 1
        entries.append({"p": shared, "k": key[shared:], "v": value, "t": tree})
        previous = key
    return entries


def skip_preview(monkeypatch) -> None:
    """Bots trained here skip predictions.png: drawing it is the card's business
    (tests/test_card.py) and the slowest part of writing a tiny bot."""
    import twinpost.card

    monkeypatch.setattr(twinpost.card, "write_preview", lambda *args, **kwargs: None)
