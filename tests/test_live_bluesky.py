"""`bluesky:handle`: the public AppView client against a loopback server."""

from __future__ import annotations

import json
import time

import pytest
from werkzeug import Response

from tests.live_fakes import DID, author_feed, bluesky_records, serve_bluesky
from twinpost.data.sources import read_source
from twinpost.data.sources._json import parse_iso_time
from twinpost.data.sources.live import Since, fetch_live
from twinpost.errors import TwinpostError

SPEC = "bluesky:alice.bsky.social"
FEED = "/xrpc/app.bsky.feed.getAuthorFeed"


def test_pages_through_the_author_feed(live_server):
    records = bluesky_records(230)
    serve_bluesky(live_server, records)
    export = read_source(SPEC)
    assert len(export.posts) == 230 + 46
    assert sum(p.is_repost for p in export.posts) == 46
    assert sum(p.is_reply for p in export.posts) == len([i for i in range(230) if i % 6 == 0])
    reposts = [p.id for p in export.posts if p.is_repost]
    assert all(i.startswith(f"at://{DID}/app.bsky.feed.repost/") for i in reposts)
    account = export.account
    assert (account.handle, account.display_name, account.source) == (
        "alice.bsky.social", "Alice Sky", SPEC,
    )  # fmt: skip
    assert account.avatar_url.startswith("https://cdn.bsky.app/")
    pages = [r for r, _ in live_server.log if r.path == FEED]
    assert [r.args.get("cursor") for r in pages] == [None, "100", "200"]
    assert all(r.args["limit"] == "100" for r in pages)
    assert not any("Authorization" in r.headers for r, _ in live_server.log)  # no sign-in


def test_limit(live_server):
    serve_bluesky(live_server, bluesky_records(230))
    assert len(read_source(SPEC, limit=120).posts) == 120
    assert len([r for r, _ in live_server.log if r.path == FEED]) == 2


def test_update_stops_at_the_newest_known_post(live_server):
    records = bluesky_records(230)
    serve_bluesky(live_server, records)
    feed = author_feed(records)
    known = feed[150]  # the 150 items above it are new
    when = (known.get("reason") or known["post"]["record"]).get("indexedAt")
    since = Since("at://known", parse_iso_time(when or known["post"]["record"]["createdAt"]))
    assert len(fetch_live(SPEC, since=since).posts) == 150
    assert len([r for r, _ in live_server.log if r.path == FEED]) == 2  # stopped early


def test_rate_limit_then_success(live_server, sleeps):
    reset = int(time.time()) + 20
    live_server.expect_oneshot_request(FEED).respond_with_response(
        Response('{"error":"RateLimitExceeded"}', 429, {"ratelimit-reset": str(reset)})
    )
    serve_bluesky(live_server, bluesky_records(50))
    assert len(read_source(SPEC).posts) == 60
    assert len(sleeps) == 1 and 10 <= sleeps[0] <= 21


def test_too_long_a_rate_limit_is_reported_not_waited(live_server, sleeps, cli):
    live_server.expect_request(FEED).respond_with_response(
        Response("{}", 429, {"Retry-After": "7200"})
    )
    serve_bluesky(live_server, bluesky_records(50))
    result = cli("data", SPEC)
    assert result.exit_code == 2 and "resets in 120 min" in result.stderr and sleeps == []


def test_server_error_then_success(live_server, sleeps):
    live_server.expect_oneshot_request(FEED).respond_with_data("bad gateway", 502)
    serve_bluesky(live_server, bluesky_records(50))
    assert len(read_source(SPEC).posts) == 60 and sleeps == [1.0]


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (400, {"error": "InvalidRequest", "message": "Profile not found"}, "Profile not found"),
        (404, {"error": "NotFound"}, "check the handle"),
    ],
)
def test_missing_account(live_server, cli, status, body, expected):
    live_server.expect_request("/xrpc/app.bsky.actor.getProfile").respond_with_json(
        body, status=status
    )
    result = cli("data", "bluesky:nobody.bsky.social")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert str(status) in result.stderr and expected in result.stderr


def test_malformed_feed(live_server):
    serve_bluesky(live_server, bluesky_records(5))
    live_server.expect_oneshot_request(FEED).respond_with_json({"feed": [{"post": {}}]})
    with pytest.raises(TwinpostError, match="malformed answer"):
        read_source(SPEC)


def test_empty_account(live_server, cli):
    serve_bluesky(live_server, bluesky_records(0))
    result = cli("data", SPEC)
    assert result.exit_code == 2 and "has no public posts" in result.stderr


def test_data_table(live_server, cli):
    serve_bluesky(live_server, bluesky_records(230))
    result = cli("data", SPEC, "--json")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)["accounts"]
    assert (row["downloaded"], row["retweets"]) == (276, 46)
