"""`mastodon:@user@instance`: the Mastodon API client against a loopback server."""

from __future__ import annotations

import json

import pytest
from werkzeug import Response

from tests.live_fakes import mastodon_statuses, serve_mastodon
from twinpost.data.sources import read_source
from twinpost.data.sources.live import Since, fetch_live
from twinpost.errors import TwinpostError

SPEC = "mastodon:@alice@example.social"
STATUSES = "/api/v1/accounts/109/statuses"


@pytest.mark.parametrize("link_header", [True, False])
def test_pages_back_through_the_statuses(live_server, link_header):
    serve_mastodon(live_server, mastodon_statuses(100), link_header=link_header)
    export = read_source(SPEC)
    assert len(export.posts) == 100
    assert sum(p.is_repost for p in export.posts) == 25
    assert sum(p.is_reply for p in export.posts) == len([i for i in range(100) if i % 6 == 0])
    assert export.posts[1].text.endswith("& more") and "<p>" not in export.posts[1].text
    account = export.account
    assert (account.handle, account.display_name) == ("alice@example.social", "Alice 🌊")
    assert account.avatar_url.endswith("alice.png") and account.source == SPEC
    lookup = next(r for r, _ in live_server.log if r.path == "/api/v1/accounts/lookup")
    assert lookup.args["acct"] == "alice@example.social"
    pages = [r for r, _ in live_server.log if r.path == STATUSES]
    assert [r.args.get("max_id") for r in pages][:2] == [None, "110000000000000060"]
    assert all(r.args["limit"] == "40" for r in pages)


def test_data_table(live_server, cli):
    serve_mastodon(live_server, mastodon_statuses(100))
    result = cli("data", SPEC, "--json")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)["accounts"]
    assert (row["handle"], row["downloaded"], row["retweets"]) == ("alice@example.social", 100, 25)
    assert row["kept"] == 75 and row["short"] == 0


def test_update_pages_forward_from_min_id(live_server):
    statuses = mastodon_statuses(100)
    serve_mastodon(live_server, statuses)
    newest = Since(statuses[30]["id"], None)  # 30 statuses are newer than this one
    export = fetch_live(SPEC, since=newest)
    assert sorted(p.id for p in export.posts) == sorted(s["id"] for s in statuses[:30])
    pages = [r for r, _ in live_server.log if r.path == STATUSES]
    assert pages[0].args["min_id"] == statuses[30]["id"] and "max_id" not in pages[0].args


def test_rate_limit_with_mastodons_reset_header(live_server, sleeps):
    live_server.expect_oneshot_request(STATUSES).respond_with_response(
        Response("{}", 429, {"X-RateLimit-Reset": "2000-01-01T00:00:00.000Z"})  # already past
    )
    serve_mastodon(live_server, mastodon_statuses(50))
    assert len(read_source(SPEC).posts) == 50
    assert sleeps == [0.0]


def test_server_error_then_success(live_server, sleeps):
    live_server.expect_oneshot_request("/api/v1/accounts/lookup").respond_with_data("", 500)
    serve_mastodon(live_server, mastodon_statuses(50))
    assert len(read_source(SPEC).posts) == 50 and sleeps == [1.0]


def test_missing_account(live_server, cli):
    live_server.expect_request("/api/v1/accounts/lookup").respond_with_json(
        {"error": "Record not found"}, status=404
    )
    result = cli("data", SPEC)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "404" in result.stderr and "Record not found" in result.stderr


def test_malformed_statuses(live_server):
    serve_mastodon(live_server, [])
    live_server.expect_oneshot_request(STATUSES).respond_with_json({"not": "a list"})
    with pytest.raises(TwinpostError, match="malformed answer"):
        read_source(SPEC)


def test_empty_account(live_server, cli):
    serve_mastodon(live_server, [])
    result = cli("data", SPEC)
    assert result.exit_code == 2 and "has no public posts" in result.stderr


def test_bad_spec(live_server, cli):
    result = cli("data", "mastodon:alice")
    assert result.exit_code == 2 and "mastodon:@user@instance" in result.stderr
