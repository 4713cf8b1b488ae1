"""`x:@handle`: the X API v2 client against a loopback server, and how live specs are parsed."""

from __future__ import annotations

import json
import time

import pytest
from werkzeug import Response

from tests.live_fakes import serve_x, x_tweets
from twinpost.data.sources import read_source
from twinpost.data.sources import x_api as x_module
from twinpost.errors import TwinpostError

TOKEN = "AAAAAAAAAAAAAAAAAAAAAFakeBearerToken0123456789"
TIMELINE = "/2/users/2244994945/tweets"


@pytest.fixture
def x_server(live_server, monkeypatch):
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    return live_server


def test_pages_through_the_timeline(x_server):
    serve_x(x_server, "someone", x_tweets(250))
    export = read_source("x:@someone")
    assert len(export.posts) == 250
    assert export.posts[0].id == "1700000000000000249"  # newest first, as X serves them
    assert sum(p.is_repost for p in export.posts) == 50
    assert sum(p.is_reply for p in export.posts) == len(
        [i for i in range(250) if i % 7 == 0 and i % 5]
    )
    account = export.account
    assert (account.handle, account.display_name, account.source) == (
        "someone", "Some One", "x:@someone",
    )  # fmt: skip
    assert account.avatar_url.startswith("https://pbs.twimg.com/")
    pages = [r for r, _ in x_server.log if r.path == TIMELINE]
    assert len(pages) == 3
    assert [r.args.get("pagination_token") for r in pages] == [None, "100", "200"]
    assert all(r.args["max_results"] == "100" for r in pages)
    assert "referenced_tweets" in pages[0].args["tweet.fields"]
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r, _ in x_server.log)
    assert not any(TOKEN in r.url for r, _ in x_server.log)  # never in a URL


def test_data_gives_the_archive_table(x_server, cli):
    serve_x(x_server, "someone", x_tweets(250))
    result = cli("data", "x:@someone", "--json")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)["accounts"]
    assert set(row) == {"handle", "display_name", "downloaded", "retweets", "short", "kept",
                        "replies", "replies_known", "scrubbed"}  # fmt: skip
    assert (row["downloaded"], row["retweets"]) == (250, 50)
    assert row["short"] == len([i for i in range(250) if i % 11 == 0 and i % 5 and i % 7])
    assert row["kept"] == 250 - 50 - row["short"]
    # Replies answer post 43, which the account never posted, and X's API is never asked for
    # a parent's text (its rules forbid storing posts to train on): no parent known.
    assert (row["replies"], row["replies_known"]) == (len([i for i in range(250) if i % 7 == 0
                                                           and i % 5]), 0)  # fmt: skip
    table = cli("data", "x:someone")
    assert "Posts downloaded" in table.stdout and "@someone" in table.stdout


def test_limit_stops_fetching(x_server, cli):
    serve_x(x_server, "someone", x_tweets(250))
    assert len(read_source("x:@someone", limit=150).posts) == 150
    assert len([r for r, _ in x_server.log if r.path == TIMELINE]) == 2
    result = cli("data", "x:@someone", "--json", "--limit", "120")
    assert json.loads(result.stdout)["accounts"][0]["downloaded"] == 120


def test_the_3200_cap_is_respected(x_server, monkeypatch):
    monkeypatch.setattr(x_module, "TIMELINE_CAP", 130)  # the same rule, at a test's scale
    serve_x(x_server, "someone", x_tweets(250))
    assert len(read_source("x:@someone").posts) == 130


def test_rate_limit_is_waited_out(x_server, sleeps, cli):
    reset = int(time.time()) + 40
    x_server.expect_oneshot_request(TIMELINE).respond_with_response(
        Response("{}", 429, {"x-rate-limit-reset": str(reset)})
    )
    serve_x(x_server, "someone", x_tweets(250))
    result = cli("data", "x:@someone", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["accounts"][0]["downloaded"] == 250
    assert len(sleeps) == 1 and 30 <= sleeps[0] <= 41
    assert "rate limit reached; waiting" in result.stderr


def test_server_errors_are_retried(x_server, sleeps):
    x_server.expect_oneshot_request(TIMELINE).respond_with_data("oops", 500)
    x_server.expect_oneshot_request(TIMELINE).respond_with_data("oops", 503)
    serve_x(x_server, "someone", x_tweets(30))
    assert len(read_source("x:@someone").posts) == 30
    assert sleeps == [1.0, 2.0]  # exponential backoff


def test_persistent_server_error_is_one_line(x_server, sleeps, cli):
    x_server.expect_request("/2/users/by/username/someone").respond_with_data("down", 502)
    result = cli("data", "x:@someone")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "502" in result.stderr
    assert len(sleeps) == 4  # bounded: 5 attempts


def test_missing_account(x_server, cli):
    x_server.expect_request("/2/users/by/username/nobody").respond_with_json(
        {"errors": [{"title": "Not Found Error", "detail": "Could not find user: [nobody]."}]}
    )
    result = cli("data", "x:@nobody")
    assert result.exit_code == 2
    assert "no X account @nobody" in result.stderr and result.stderr.count("\n") == 1


def test_bad_token_is_named_but_not_shown(x_server, cli):
    x_server.expect_request("/2/users/by/username/someone").respond_with_json(
        {"title": "Unauthorized", "detail": f"Bad token {TOKEN}", "status": 401}, status=401
    )
    result = cli("data", "x:@someone")
    assert result.exit_code == 2
    assert "401" in result.stderr and "X_BEARER_TOKEN" in result.stderr
    assert TOKEN not in result.output  # even when the server echoes it


def test_missing_token(live_server, monkeypatch, cli):
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    result = cli("data", "x:@someone")
    assert result.exit_code == 2 and "set X_BEARER_TOKEN" in result.stderr


def test_malformed_body(x_server, cli):
    serve_x(x_server, "someone", [])
    x_server.expect_oneshot_request(TIMELINE).respond_with_data("<html>gateway</html>")
    result = cli("data", "x:@someone")
    assert result.exit_code == 2 and "malformed answer" in result.stderr


def test_empty_account(x_server, cli):
    serve_x(x_server, "someone", [])
    result = cli("data", "x:@someone")
    assert result.exit_code == 2 and "has no public posts" in result.stderr


def test_unreachable_server_is_retried_then_reported(live_server, sleeps, monkeypatch):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the block ends: nothing listens there
    monkeypatch.setenv("TWINPOST_X_API_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    with pytest.raises(TwinpostError, match="cannot reach") as caught:
        read_source("x:@someone")
    assert len(sleeps) == 4 and TOKEN not in str(caught.value)


@pytest.mark.parametrize("spec", ["foo:bar", "http://example.com/feed"])
def test_unknown_scheme_is_one_line(cli, spec):
    result = cli("data", spec)
    assert result.exit_code == 2
    assert "unknown source" in result.stderr and "bluesky:" in result.stderr


def test_windows_path_is_not_a_spec(cli):
    result = cli("data", "C:\\Users\\me\\posts.txt")
    assert result.exit_code == 2 and "no such file or folder" in result.stderr


def test_token_never_written_or_shown(x_server, cli, tmp_path, twinpost_home, monkeypatch):
    """Fetch, data --out and the snapshot: the token is in no file and no output, debug log
    included. (tests/test_update.py does the same through training and an update.)"""
    serve_x(x_server, "someone", x_tweets(250))
    outputs = [cli("data", "x:@someone", "--out", tmp_path / "data")]
    monkeypatch.setenv("TWINPOST_HTTP_DEBUG", "1")
    outputs.append(cli("data", "x:@someone", "--json"))
    assert "'authorization': '[redacted]'" in outputs[1].stderr
    assert all(r.exit_code == 0 for r in outputs), outputs[0].output
    # One per fetch, content-addressed: two fetches within one second may share one.
    snapshots = list((twinpost_home / "snapshots").glob("*.json"))
    assert 1 <= len(snapshots) <= 2
    for path in snapshots:
        snapshot = json.loads(path.read_text())
        assert snapshot["source"] == "x:@someone" and len(snapshot["posts"]) == 250
        assert snapshot["newest"]["id"] == "1700000000000000249"
    assert_token_nowhere(TOKEN, [tmp_path, twinpost_home], outputs)


def assert_token_nowhere(token: str, folders, outputs) -> None:
    written = [p for root in folders for p in root.rglob("*") if p.is_file()]
    assert written
    for path in written:
        assert token.encode() not in path.read_bytes(), path
    assert not any(token in r.output for r in outputs)
