"""`community-archive:handle`: the Community Archive's PostgREST API on a loopback server."""

from __future__ import annotations

import json

import pytest
from werkzeug import Response

from tests.live_fakes import archive_rows, serve_community_archive
from twinpost.data.sources import read_source
from twinpost.data.sources.live import Since, fetch_live
from twinpost.errors import TwinpostError

KEY = "eyJhbGciOiJIUzI1NiJ9.fake-anon-key.signature"
SPEC = "community-archive:defender_of"
TWEETS = "/rest/v1/tweets"


@pytest.fixture
def archive(live_server, monkeypatch):
    monkeypatch.setenv("TWINPOST_COMMUNITY_ARCHIVE_KEY", KEY)
    return live_server


def test_pages_of_1000_rows_until_a_short_page(archive):
    serve_community_archive(archive, archive_rows(2345), KEY)
    export = read_source(SPEC)
    assert len(export.posts) == 2345
    assert len({p.id for p in export.posts}) == 2345  # stable order: no row twice
    assert export.posts[0].id == str(1_600_000_000_000_000_000 + 2344)  # newest first
    assert sum(p.is_repost for p in export.posts) == 469
    account = export.account
    assert (account.handle, account.display_name, account.source) == ("Defender_Of", "DoB", SPEC)
    assert account.avatar_url.endswith("b.jpg")
    pages = [r for r, _ in archive.log if r.path == TWEETS]
    assert [r.args["offset"] for r in pages] == ["0", "1000", "2000"]
    assert all(r.args["limit"] == "1000" and r.args["account_id"] == "eq.777" for r in pages)
    assert all(r.headers["apikey"] == KEY for r, _ in archive.log)


def test_data_table(archive, cli):
    serve_community_archive(archive, archive_rows(300), KEY)
    result = cli("data", SPEC, "--json", "--limit", "200")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)["accounts"]
    assert (row["handle"], row["downloaded"], row["retweets"]) == ("Defender_Of", 200, 40)


def test_update_asks_only_for_newer_ids(archive):
    serve_community_archive(archive, archive_rows(300), KEY)
    newest = Since(str(1_600_000_000_000_000_000 + 279), None)
    assert len(fetch_live(SPEC, since=newest).posts) == 20
    (page,) = [r for r, _ in archive.log if r.path == TWEETS]
    assert page.args["tweet_id"] == f"gt.{newest.id}"


def test_rate_limit_then_success(archive, sleeps):
    archive.expect_oneshot_request(TWEETS).respond_with_response(
        Response("{}", 429, {"Retry-After": "5"})
    )
    serve_community_archive(archive, archive_rows(30), KEY)
    assert len(read_source(SPEC).posts) == 30 and sleeps == [5.0]


def test_server_error_then_success(archive, sleeps):
    archive.expect_oneshot_request("/rest/v1/account").respond_with_data("", 503)
    serve_community_archive(archive, archive_rows(30), KEY)
    assert len(read_source(SPEC).posts) == 30 and sleeps == [1.0]


def test_missing_account(archive, cli):
    serve_community_archive(archive, archive_rows(30), KEY)
    result = cli("data", "community-archive:someone_else")
    assert result.exit_code == 2 and "no account @someone_else" in result.stderr


def test_refused_key_is_not_shown(archive, cli):
    archive.expect_request("/rest/v1/account").respond_with_json(
        {"message": "Invalid API key", "hint": KEY}, status=401
    )
    result = cli("data", SPEC)
    assert result.exit_code == 2 and "TWINPOST_COMMUNITY_ARCHIVE_KEY" in result.stderr
    assert KEY not in result.output


def test_missing_key(live_server, monkeypatch, cli):
    monkeypatch.delenv("TWINPOST_COMMUNITY_ARCHIVE_KEY", raising=False)
    result = cli("data", SPEC)
    assert result.exit_code == 2 and "set TWINPOST_COMMUNITY_ARCHIVE_KEY" in result.stderr


def test_malformed_rows(archive):
    serve_community_archive(archive, [], KEY)
    archive.expect_oneshot_request(TWEETS).respond_with_json([{"tweet_id": "1"}])
    with pytest.raises(TwinpostError, match="malformed answer"):
        read_source(SPEC)


def test_empty_account(archive, cli):
    serve_community_archive(archive, [], KEY)
    result = cli("data", SPEC)
    assert result.exit_code == 2 and "has no public posts" in result.stderr
