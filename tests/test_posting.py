"""The bot posts (issue 29): drafts, approval, a connected Mastodon account, posting once.

Mastodon is a loopback fake (pytest-httpserver) with the real client library, Mastodon.py,
pointed at it. The fake keeps what was posted and honours `Idempotency-Key` as Mastodon does
(the same key returns the post it made), and can answer 429, 5xx or slowly first.
"""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path

import pytest
from werkzeug import Request, Response

TOKEN = "planted-Secret-Token-0123456789abcdef"


class FakeMastodon:
    def __init__(self, server, bot: bool = False, note: str = "") -> None:
        self.server = server
        self.account = {"id": "1", "username": "botty", "acct": "botty", "bot": bot,
                        "note": f"<p>{note}</p>", "source": {"note": note},
                        "url": server.url_for("/@botty")}  # fmt: skip
        self.statuses: list[dict] = []
        self.keys: dict[str, dict] = {}
        self.failures: list[Response | float] = []  # posting: answered (or slept) first
        self.requests: list[str] = []
        server.expect_request("/api/v1/accounts/verify_credentials").respond_with_handler(self.me)
        server.expect_request(
            "/api/v1/accounts/update_credentials", method="PATCH"
        ).respond_with_handler(self.update)
        server.expect_request("/api/v1/statuses", method="POST").respond_with_handler(self.post)
        server.expect_request("/api/v1/notifications").respond_with_handler(self.notifications)
        self.mentions: list[dict] = []

    def mention(self, note_id: int, status_id: int, author: str, text: str) -> None:
        status = {"id": str(status_id), "url": self.server.url_for(f"/@{author}/{status_id}"),
                  "content": f"<p>@botty {text}</p>", "account": {"acct": author}}  # fmt: skip
        self.mentions.append({"id": str(note_id), "type": "mention", "status": status,
                              "account": {"acct": author}})  # fmt: skip

    def notifications(self, request: Request) -> Response:
        if refused := self._auth(request):
            return refused
        since = int(request.args.get("since_id") or 0)
        newer = [m for m in self.mentions if int(m["id"]) > since]
        return Response(json.dumps(sorted(newer, key=lambda m: -int(m["id"]))), 200)

    def _auth(self, request: Request, failing: bool = False) -> Response | None:
        self.requests.append(f"{request.method} {request.full_path}")
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return Response(json.dumps({"error": "The access token is invalid"}), 401)
        if failing and self.failures:
            failure = self.failures.pop(0)
            if isinstance(failure, float):
                time.sleep(failure)  # the client gives up; the server goes on
            else:
                return failure
        return None

    def me(self, request: Request) -> Response:
        return self._auth(request) or Response(json.dumps(self.account), 200)

    def update(self, request: Request) -> Response:
        if refused := self._auth(request):
            return refused
        form = request.form
        if "bot" in form:
            self.account["bot"] = form["bot"].lower() in ("1", "true")
        if "note" in form:
            self.account["note"] = f"<p>{form['note']}</p>"
            self.account["source"] = {"note": form["note"]}
        return Response(json.dumps(self.account), 200)

    def post(self, request: Request) -> Response:
        refused = self._auth(request, failing=True)
        key = request.headers.get("Idempotency-Key")
        if refused is not None:
            return refused
        if key in self.keys:  # Mastodon: the same key answers with the post it made
            return Response(json.dumps(self.keys[key]), 200)
        n = len(self.statuses) + 1
        status = {"id": str(n), "content": request.form["status"],
                  "visibility": request.form.get("visibility"),
                  "in_reply_to_id": request.form.get("in_reply_to_id"),
                  "url": self.server.url_for(f"/@botty/{n}"), "uri": f"tag:fake,{n}"}  # fmt: skip
        self.statuses.append(status)
        if key:
            self.keys[key] = status
        return Response(json.dumps(status), 200)


@pytest.fixture
def no_sleep(monkeypatch) -> list[float]:
    from twinpost.posting import mastodon

    waits: list[float] = []
    monkeypatch.setattr(mastodon, "sleep", waits.append)
    return waits


@pytest.fixture
def fake(httpserver, no_sleep) -> FakeMastodon:
    return FakeMastodon(httpserver, bot=True, note="Posts written by a language model.")


@pytest.fixture
def server_url(httpserver) -> str:
    return httpserver.url_for("").rstrip("/")


def _connect(cli, server_url: str, monkeypatch, *extra: str, answers: str | None = None):
    monkeypatch.setenv("TWINPOST_MASTODON_TOKEN", TOKEN)
    return cli("connect", "mastodon", server_url, *extra, input=answers)


@pytest.fixture
def queued(bot_copy, cli) -> Path:
    """The tiny bot with 3 drafts in its queue, the first two approved."""
    result = cli("drafts", bot_copy, "-n", "3", "--seed", "1", "--json")
    assert result.exit_code == 0, result.output
    assert cli("approve", "1", "2").exit_code == 0
    return bot_copy


def test_drafts_are_written_listed_approved_rejected_and_edited(bot_copy, cli):
    written = cli("drafts", bot_copy, "-n", "4", "--seed", "3", "--json")
    assert written.exit_code == 0, written.output
    drafts = json.loads(written.stdout)
    assert [d["state"] for d in drafts] == ["draft"] * 4 and len({d["key"] for d in drafts}) == 4
    assert cli("approve", "1").exit_code == 0 and cli("reject", "2").exit_code == 0
    edited = cli("edit", "3", "--text", "My own words about the tide")
    assert edited.exit_code == 0, edited.output
    listed = {d["id"]: d for d in json.loads(cli("drafts", bot_copy, "--json").stdout)}
    assert [listed[i]["state"] for i in (1, 2, 3, 4)] == ["approved", "rejected", "approved",
                                                          "draft"]  # fmt: skip
    assert listed[3]["text"] == drafts[2]["text"]  # the bot's text is kept beside the edit
    assert listed[3]["edited"] == listed[3]["final_text"] == "My own words about the tide"
    shown = cli("drafts", bot_copy)
    assert "rejected" in shown.stdout and "(edited)" in shown.stdout
    missing = cli("approve", "99")
    assert missing.exit_code == 2 and "draft 99: no such draft" in missing.output


def test_connect_keeps_the_token_out_of_sight_and_checks_the_account(
    httpserver, cli, server_url, monkeypatch, twinpost_home, no_sleep
):
    fake = FakeMastodon(httpserver, bot=False, note="Just a person")
    refused = _connect(cli, server_url, monkeypatch, answers="n\n")
    assert refused.exit_code == 2 and "not marked as automated" in refused.output
    assert not (twinpost_home / "posting" / "accounts.json").exists()
    assert fake.statuses == [] and fake.account["bot"] is False
    done = _connect(cli, server_url, monkeypatch, "--yes")
    assert done.exit_code == 0, done.output
    assert fake.account["bot"] is True and "language model" in fake.account["source"]["note"]
    assert "Connected mastodon:botty@localhost" in done.stdout
    secrets = twinpost_home / "posting" / "credentials.json"
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600  # no OS keyring here: the 0600 file
    assert json.loads(secrets.read_text()) == {f"mastodon:botty@localhost:{httpserver.port}": TOKEN}


def test_a_refused_token_is_one_line_without_the_token(httpserver, cli, server_url, monkeypatch,
                                                        no_sleep):  # fmt: skip
    FakeMastodon(httpserver, bot=True, note="written by a language model")
    monkeypatch.setenv("TWINPOST_MASTODON_TOKEN", TOKEN + "-wrong")
    result = cli("connect", "mastodon", server_url)
    assert result.exit_code == 2 and "access token was refused" in result.output
    assert TOKEN not in result.output and len(result.output.strip().splitlines()) == 1


def test_approved_drafts_are_posted_once_unlisted_and_recorded(
    fake, queued, cli, server_url, monkeypatch
):
    assert _connect(cli, server_url, monkeypatch).exit_code == 0
    account = f"mastodon:botty@localhost:{fake.server.port}"
    plan = cli("post", queued, "--to", account, "--dry-run")
    assert plan.exit_code == 0, plan.output
    assert "draft 1" in plan.stdout and "draft 2" in plan.stdout and "draft 3" not in plan.stdout
    assert fake.statuses == []  # a dry run posts nothing
    first = cli("post", queued, "--to", account, "--once")
    assert first.exit_code == 0, first.output
    assert len(fake.statuses) == 1 and fake.statuses[0]["visibility"] == "unlisted"
    again = cli("post", queued, "--to", "botty", "--once")  # 4 h have not passed
    assert again.exit_code == 0 and "due at" in again.output and len(fake.statuses) == 1
    drafts = {d["id"]: d for d in json.loads(cli("drafts", queued, "--json").stdout)}
    assert drafts[1]["state"] == "posted" and drafts[1]["url"] == fake.statuses[0]["url"]
    assert drafts[2]["state"] == "approved" and drafts[3]["state"] == "draft"
    assert fake.statuses[0]["content"] == drafts[1]["final_text"]


def test_rate_limits_server_errors_and_timeouts_post_once(fake, queued, cli, server_url,
                                                          monkeypatch, no_sleep):  # fmt: skip
    from twinpost.posting import mastodon

    monkeypatch.setattr(mastodon, "TIMEOUT_SECONDS", 0.5)
    assert _connect(cli, server_url, monkeypatch).exit_code == 0
    fake.failures = [
        Response("{}", 429, headers={"Retry-After": "7"}),
        Response("{}", 503),
        1.0,  # the server posts, but answers after the client has given up
    ]
    result = cli("post", queued, "--to", "botty", "--once")
    assert result.exit_code == 0, result.output
    assert 7.0 in no_sleep  # waited as long as the server asked
    assert len(fake.statuses) == 1  # the retry after the timeout was the same post


def test_a_kill_between_posting_and_recording_never_posts_twice(fake, queued, cli, server_url,
                                                                monkeypatch):  # fmt: skip
    from twinpost.posting import queue as posting_queue

    assert _connect(cli, server_url, monkeypatch).exit_code == 0

    def killed(self, draft_id, url):
        raise KeyboardInterrupt  # the process dies after the post, before it is recorded

    with monkeypatch.context() as patch:
        patch.setattr(posting_queue.DraftQueue, "posted", killed)
        cli("post", queued, "--to", "botty", "--once")
    assert len(fake.statuses) == 1
    states = {d["id"]: d["state"] for d in json.loads(cli("drafts", queued, "--json").stdout)}
    assert states[1] == "sending"  # not lost: sent again first, with its key
    result = cli("post", queued, "--to", "botty", "--once")
    assert result.exit_code == 0, result.output
    assert len(fake.statuses) == 1
    drafts = {d["id"]: d for d in json.loads(cli("drafts", queued, "--json").stdout)}
    assert drafts[1]["state"] == "posted" and drafts[1]["url"] == fake.statuses[0]["url"]


def test_an_account_that_drops_its_bot_label_is_refused(fake, queued, cli, server_url,
                                                        monkeypatch):  # fmt: skip
    assert _connect(cli, server_url, monkeypatch).exit_code == 0
    fake.account["bot"] = False
    result = cli("post", queued, "--to", "botty", "--once")
    assert result.exit_code == 2 and "not marked as automated" in result.output
    assert fake.statuses == []


def test_the_daily_cap_and_the_interval_space_the_posts(bot_copy, tmp_path):
    import random
    from datetime import UTC, datetime

    from twinpost.posting.accounts import Account
    from twinpost.posting.queue import DraftQueue
    from twinpost.posting.schedule import Schedule, plan

    account = Account("mastodon:a@x", "mastodon", "https://x", "a@x")
    with DraftQueue(tmp_path / "q.sqlite") as queue:
        for draft in queue.add(bot_copy, [f"post {i}" for i in range(8)]):
            queue.approve(draft.id)
        now = datetime(2026, 1, 1, tzinfo=UTC)
        hourly = Schedule(every=3600, jitter=0.0, daily_cap=6)
        times = [p.at for p in plan(queue, bot_copy, account, hourly, now, random.Random(0))]
    gaps = [(b - a).total_seconds() / 3600 for a, b in zip(times, times[1:], strict=False)]
    assert gaps[:5] == [1.0] * 5  # one an hour
    assert (times[6] - times[0]).total_seconds() == 24 * 3600  # the 7th waits a day after the 1st


def test_no_output_or_file_holds_the_token(fake, queued, cli, server_url, monkeypatch,
                                           twinpost_home):  # fmt: skip
    outputs = [_connect(cli, server_url, monkeypatch).output]
    fake.failures = [Response("{}", 500)] * 5
    failed = cli("post", queued, "--to", "botty", "--once")
    assert failed.exit_code == 2 and "HTTP 500" in failed.output
    outputs.append(failed.output)
    assert cli("approve", "1").exit_code == 0  # a failed draft is approved again
    outputs.append(cli("post", queued, "--to", "botty", "--once").output)
    outputs.append(cli("drafts", queued, "--json").output)
    assert len(fake.statuses) == 1
    assert not any(TOKEN in o for o in outputs)
    for path in [*twinpost_home.rglob("*"), *queued.rglob("*")]:
        if path.is_file() and path.name != "credentials.json":
            assert TOKEN.encode() not in path.read_bytes(), path


def test_the_readme_posting_example_runs(fake, bot_copy, cli, server_url, monkeypatch):
    """The README's commands, from drafts to posts, against the fake server."""
    import re
    import shlex

    from tests.test_readme import README
    from twinpost.posting import schedule

    waits: list[float] = []
    monkeypatch.setattr(schedule, "_sleep", waits.append)
    monkeypatch.setenv("TWINPOST_MASTODON_TOKEN", TOKEN)
    section = README.split("\n## Posting: ", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL).group(1)
    commands = [shlex.split(line.split("#")[0]) for line in block.splitlines() if line.strip()]
    assert [c[1] for c in commands] == ["drafts", "drafts", "approve", "connect", "post", "post"]
    for command in commands:
        args = [{"bots/alice": str(bot_copy), "https://mastodon.social": server_url,
                 "alice-bot": "botty"}.get(a, a) for a in command[1:]]  # fmt: skip
        result = cli(*args)
        assert result.exit_code == 0, (command, result.output)
    assert len(fake.statuses) == 3 and len(waits) == 2  # 3 approved, 4 h apart
    assert all(4 * 3600 * 0.9 <= w <= 4 * 3600 * 1.1 + 5 for w in waits)


# --- Bluesky: a loopback PDS, with the atproto SDK pointed at it -----------------------------

APP_PASSWORD = "abcd-efgh-ijkl-mnop"
FAKE_CID = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"


def _jwt(claims: dict) -> str:
    import base64

    def part(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


class FakePds:
    """A PDS's few XRPC methods: sessions, the profile record, posts and notifications,
    kept in memory."""

    did = "did:plc:fakebotfakebotfakebot"

    def __init__(self, server, labels: tuple[str, ...] = (), description: str = "") -> None:
        self.server = server
        self.logins = 0
        self.records: dict[tuple[str, str], dict] = {}
        self.notifications: list[dict] = []  # oldest first
        self.failures: list[Response | float] = []  # createRecord: answered (or slept) first
        profile = {"$type": "app.bsky.actor.profile", "description": description}
        if labels:
            profile["labels"] = {"$type": "com.atproto.label.defs#selfLabels",
                                 "values": [{"val": v} for v in labels]}  # fmt: skip
        self.records[("app.bsky.actor.profile", "self")] = profile
        routes = {
            "com.atproto.server.createSession": ("POST", self.create_session),
            "com.atproto.server.refreshSession": ("POST", self.refresh_session),
            "com.atproto.repo.describeRepo": ("GET", self.describe_repo),
            "com.atproto.repo.getRecord": ("GET", self.get_record),
            "com.atproto.repo.putRecord": ("POST", self.put_record),
            "com.atproto.repo.createRecord": ("POST", self.create_record),
            "app.bsky.notification.listNotifications": ("GET", self.list_notifications),
        }
        for name, (method, handler) in routes.items():
            server.expect_request(f"/xrpc/{name}", method=method).respond_with_handler(handler)

    def _tokens(self) -> dict:
        now = int(time.time())
        return {"accessJwt": _jwt({"sub": self.did, "iat": now, "exp": now + 7200,
                                   "scope": "com.atproto.appPass"}),
                "refreshJwt": _jwt({"sub": self.did, "iat": now, "exp": now + 90 * 86400,
                                    "scope": "com.atproto.refresh"}),
                "handle": "botty.example.com", "did": self.did, "active": True}  # fmt: skip

    @staticmethod
    def _error(status: int, name: str, message: str) -> Response:
        body = json.dumps({"error": name, "message": message})
        return Response(body, status, content_type="application/json")

    @staticmethod
    def _ok(body: dict) -> Response:
        return Response(json.dumps(body), 200, content_type="application/json")

    def _authorised(self, request: Request) -> bool:
        return request.headers.get("Authorization", "").startswith("Bearer ")

    def create_session(self, request: Request) -> Response:
        body = request.get_json()
        if body.get("password") != APP_PASSWORD:
            return self._error(401, "AuthenticationRequired", "Invalid identifier or password")
        self.logins += 1
        self.expired = False
        return self._ok(self._tokens())

    def refresh_session(self, request: Request) -> Response:
        if getattr(self, "expired", False):  # the kept session is past refreshing
            return self._error(400, "ExpiredToken", "Token has expired")
        return self._ok(self._tokens())

    def describe_repo(self, request: Request) -> Response:
        if getattr(self, "expired", False):
            return self._error(400, "ExpiredToken", "Token has expired")
        if not self._authorised(request):
            return self._error(401, "AuthenticationRequired", "no session")
        return self._ok({"handle": "botty.example.com", "did": self.did, "didDoc": {},
                         "collections": [], "handleIsCorrect": True})  # fmt: skip

    def _uri(self, collection: str, rkey: str) -> str:
        return f"at://{self.did}/{collection}/{rkey}"

    def get_record(self, request: Request) -> Response:
        args = request.args
        record = self.records.get((args["collection"], args["rkey"]))
        if record is None:
            return self._error(400, "RecordNotFound", "Could not locate record")
        cid = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"
        return self._ok({"uri": self._uri(args["collection"], args["rkey"]), "cid": cid,
                         "value": record})  # fmt: skip

    def put_record(self, request: Request) -> Response:
        body = request.get_json()
        self.records[(body["collection"], body["rkey"])] = body["record"]
        cid = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"
        return self._ok({"uri": self._uri(body["collection"], body["rkey"]), "cid": cid})

    def create_record(self, request: Request) -> Response:
        if self.failures:
            failure = self.failures.pop(0)
            if isinstance(failure, float):
                time.sleep(failure)
            else:
                return failure
        body = request.get_json()
        key = (body["collection"], body["rkey"])
        if key in self.records:
            return self._error(400, "InvalidRequest", "Record already exists")
        self.records[key] = body["record"]
        cid = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"
        return self._ok({"uri": self._uri(*key), "cid": cid})

    def mention(self, handle: str, text: str, reply_to: tuple[str, str] | None = None,
                reason: str = "mention", uri: str | None = None) -> str:  # fmt: skip
        """A post by `handle` that tags the bot (or, `reason="reply"`, answers a post), as a
        reply in the thread (root, parent) `reply_to` if given; notified now. Its uri."""
        did = f"did:plc:{handle.split('.')[0]}"
        n = len(self.notifications) + 1
        uri = uri or f"at://{did}/app.bsky.feed.post/3mention{n:05d}"
        tag = "@botty.example.com " if reason == "mention" else ""
        record = {"$type": "app.bsky.feed.post", "text": f"{tag}{text}",
                  "createdAt": f"2026-01-01T00:{n:02d}:00.000Z"}  # fmt: skip
        if reply_to:
            record["reply"] = {"root": {"uri": reply_to[0], "cid": FAKE_CID},
                               "parent": {"uri": reply_to[1], "cid": FAKE_CID}}  # fmt: skip
        self.notifications.append({"uri": uri, "cid": FAKE_CID, "reason": reason,
                                   "author": {"did": did, "handle": handle}, "record": record,
                                   "isRead": False,
                                   "indexedAt": f"2026-01-01T00:{n:02d}:01.000Z"})  # fmt: skip
        return uri

    def list_notifications(self, request: Request) -> Response:
        if not self._authorised(request):
            return self._error(401, "AuthenticationRequired", "no session")
        reasons = request.args.getlist("reasons")
        wanted = [n for n in reversed(self.notifications) if not reasons or n["reason"] in reasons]
        start, limit = int(request.args.get("cursor") or 0), int(request.args.get("limit") or 50)
        page = wanted[start : start + limit]
        more = start + limit < len(wanted)
        return self._ok({"notifications": page, **({"cursor": str(start + limit)} if more else {})})

    @property
    def posts(self) -> list[dict]:
        return [r for (c, _), r in self.records.items() if c == "app.bsky.feed.post"]


@pytest.fixture
def no_bsky_sleep(monkeypatch) -> list[float]:
    from twinpost.posting import bluesky

    waits: list[float] = []
    monkeypatch.setattr(bluesky, "sleep", waits.append)
    return waits


def _connect_bluesky(cli, httpserver, monkeypatch, *extra: str, answers: str | None = None):
    monkeypatch.setenv("TWINPOST_BLUESKY_APP_PASSWORD", APP_PASSWORD)
    pds = httpserver.url_for("").rstrip("/")
    return cli("connect", "bluesky", "botty.example.com", "--pds", pds, *extra, input=answers)


def test_bluesky_connect_labels_the_account_and_reuses_its_session(
    httpserver, cli, monkeypatch, no_bsky_sleep, queued, twinpost_home
):
    pds = FakePds(httpserver, description="Just a person")
    refused = _connect_bluesky(cli, httpserver, monkeypatch, answers="n\n")
    assert refused.exit_code == 2 and "not labelled as a bot" in refused.output
    done = _connect_bluesky(cli, httpserver, monkeypatch, "--yes")
    assert done.exit_code == 0, done.output
    profile = pds.records[("app.bsky.actor.profile", "self")]
    assert "bot" in [v["val"] for v in profile["labels"]["values"]]
    assert "language model" in profile["description"]
    logins = pds.logins
    for _ in range(2):
        posted = cli("post", queued, "--to", "bluesky:botty.example.com", "--once",
                     "--every", "1m")  # fmt: skip
        assert posted.exit_code == 0, posted.output
    assert pds.logins == logins  # the kept session, not a new login per run
    assert len(pds.posts) == 1  # the second run: the next draft is not due yet
    drafts = {d["id"]: d for d in json.loads(cli("drafts", queued, "--json").stdout)}
    assert drafts[1]["url"].startswith("https://bsky.app/profile/botty.example.com/post/")
    for path in twinpost_home.rglob("*"):
        if path.is_file() and path.name != "credentials.json":
            assert APP_PASSWORD.encode() not in path.read_bytes(), path


def test_bluesky_posts_once_through_errors_timeouts_and_a_kill(
    httpserver, cli, monkeypatch, no_bsky_sleep, queued
):
    from twinpost.posting import queue as posting_queue

    pds = FakePds(httpserver, labels=("bot",), description="Posts written by a language model")
    assert _connect_bluesky(cli, httpserver, monkeypatch).exit_code == 0
    limited = json.dumps({"error": "RateLimitExceeded", "message": "slow down"})
    pds.failures = [
        Response(limited, 429, headers={"Retry-After": "9"}, content_type="application/json"),
        FakePds._error(502, "InternalServerError", "upstream"),
    ]

    def killed(self, draft_id, url):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(posting_queue.DraftQueue, "posted", killed)
        cli("post", queued, "--to", "botty.example.com", "--once")
    assert 9.0 in no_bsky_sleep and len(pds.posts) == 1
    result = cli("post", queued, "--to", "botty.example.com", "--once")
    assert result.exit_code == 0, result.output
    assert len(pds.posts) == 1  # found under its record key, not posted again
    drafts = {d["id"]: d for d in json.loads(cli("drafts", queued, "--json").stdout)}
    assert drafts[1]["state"] == "posted"


def test_a_bluesky_record_key_is_a_tid_fixed_by_its_draft():
    from twinpost.posting.bluesky import record_key

    key = record_key("6f1c0e9e-2b7e-4c1a-9d55-0c7f3a1e2b44", "2026-12-06T23:00:00+00:00")
    assert len(key) == 13 and key[0] in "234567abcdefghij"
    assert key == record_key("6f1c0e9e-2b7e-4c1a-9d55-0c7f3a1e2b44", "2026-12-06T23:00:00+00:00")
    assert key != record_key("another", "2026-12-06T23:00:00+00:00")


def test_watch_drafts_one_reply_per_mention_and_auto_approves_within_its_limit(
    fake, bot_copy, cli, server_url, monkeypatch
):
    assert _connect(cli, server_url, monkeypatch).exit_code == 0
    fake.mention(10, 100, "carol", "what do you make of the tide today?")
    fake.mention(11, 101, "dave@other.social", "is the lamp lit tonight?")
    first = cli("watch", bot_copy, "--to", "botty", "--once")
    assert first.exit_code == 0, first.output
    drafts = json.loads(cli("drafts", bot_copy, "--json").stdout)
    assert [d["state"] for d in drafts] == ["draft", "draft"]  # nothing approved unasked
    assert drafts[0]["text"].startswith("@carol") and drafts[1]["text"].startswith("@dave")
    assert drafts[0]["reply_to_id"] == "100"
    fake.mention(12, 100, "carol", "(edited) what do you make of the tide today?")
    assert cli("watch", bot_copy, "--to", "botty", "--once").exit_code == 0
    assert len(json.loads(cli("drafts", bot_copy, "--json").stdout)) == 2  # once per post
    fake.mention(13, 102, "erin", "any herons this morning?")
    fake.mention(14, 103, "finn", "how is the garden?")
    auto = cli("watch", bot_copy, "--to", "botty", "--once", "--auto", "--max-per-hour", "1")
    assert auto.exit_code == 0, auto.output
    states = [d["state"] for d in json.loads(cli("drafts", bot_copy, "--json").stdout)]
    assert states == ["draft", "draft", "approved", "draft"]  # at most 1 an hour
    assert fake.statuses == []  # watch posts nothing itself
    posted = cli("post", bot_copy, "--to", "botty", "--once")
    assert posted.exit_code == 0, posted.output
    assert len(fake.statuses) == 1 and fake.statuses[0]["in_reply_to_id"] == "102"


def test_judging_a_reply_draft_labels_a_reply_to_the_mention_it_answers(
    fake, bot_copy, cli, server_url, monkeypatch
):
    from twinpost.bot.labels import LabelStore

    assert _connect(cli, server_url, monkeypatch).exit_code == 0
    fake.mention(10, 100, "carol", "what do you make of the tide today?")
    assert cli("watch", bot_copy, "--to", "botty", "--once").exit_code == 0
    (draft,) = json.loads(cli("drafts", bot_copy, "--json").stdout)
    assert draft["reply_to_text"] == "@botty what do you make of the tide today?"
    assert draft["reply_to_author"] == "carol"
    shown = cli("drafts", bot_copy)
    assert "↳ answers @carol: @botty what do you make" in shown.stdout  # the table folds it
    assert cli("approve", str(draft["id"])).exit_code == 0
    with LabelStore() as store:
        (label,) = store.labels(bot_copy)
    assert (label.label, label.source, label.text) == (1, "queue", draft["text"])
    assert label.reply_to == "@botty what do you make of the tide today?"
    assert label.reply_to_author == "carol"


def test_a_queue_written_before_it_kept_what_replies_answer_opens_and_keeps_working(tmp_path):
    import sqlite3

    from twinpost.posting.queue import DraftQueue

    path = tmp_path / "queue.sqlite"
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, bot TEXT NOT NULL, "
        "text TEXT NOT NULL, edited TEXT, state TEXT NOT NULL, key TEXT NOT NULL UNIQUE, "
        "prompt TEXT NOT NULL DEFAULT '', speaker TEXT, reply_to_url TEXT, reply_to_id TEXT, "
        "account TEXT, url TEXT, error TEXT, tries INTEGER NOT NULL DEFAULT 0, "
        "created TEXT NOT NULL, updated TEXT NOT NULL, posted_at TEXT)"
    )
    old.execute(
        "INSERT INTO drafts (bot, text, state, key, reply_to_url, created, updated) "
        "VALUES ('/b', 'an old reply', 'draft', 'k1', 'https://x/1', 'now', 'now')"
    )
    old.commit()
    old.close()
    with DraftQueue(path) as queue:
        (before,) = queue.list()
        assert before.text == "an old reply" and before.reply_to_text is None
        (new,) = queue.add(
            Path("/b"),
            ["a new reply"],
            reply_to_url="https://x/2",
            reply_to_text="is it low tide?",
            reply_to_author="carol",
        )
        assert queue.get(new.id).reply_to_text == "is it low tide?"


def test_watch_answers_bluesky_mentions_once_each_as_replies_in_their_thread(
    httpserver, bot_copy, cli, monkeypatch, no_bsky_sleep
):
    from twinpost.posting import bluesky

    pds = FakePds(httpserver, labels=("bot",), description="Posts written by a language model")
    assert _connect_bluesky(cli, httpserver, monkeypatch).exit_code == 0
    carol = pds.mention("carol.test", "what do you make of the tide today?")
    pds.mention("dave.test", "is the lamp lit tonight?")
    first = cli("watch", bot_copy, "--to", "botty.example.com", "--once")
    assert first.exit_code == 0, first.output
    drafts = json.loads(cli("drafts", bot_copy, "--json").stdout)
    assert [d["state"] for d in drafts] == ["draft", "draft"]  # nothing approved unasked
    assert drafts[0]["text"].startswith("@carol.test") and drafts[1]["text"].startswith("@dave")
    assert drafts[0]["reply_to_url"] == f"https://bsky.app/profile/carol.test/post/{carol[-13:]}"
    refs = json.loads(drafts[0]["reply_to_id"])
    assert refs["parent"] == refs["root"] == {"uri": carol, "cid": FAKE_CID}  # a thread's start
    bots_post = f"at://{FakePds.did}/app.bsky.feed.post/3botpost00000"
    pds.mention("carol.test", "(again)", (bots_post, bots_post), reason="reply", uri=carol)
    assert cli("watch", bot_copy, "--to", "botty.example.com", "--once").exit_code == 0
    assert len(json.loads(cli("drafts", bot_copy, "--json").stdout)) == 2  # once per post
    root, parent = (
        "at://did:plc:gail/app.bsky.feed.post/3root",
        "at://did:plc:hank/app.bsky.feed.post/3parent",
    )
    erin = pds.mention("erin.test", "any herons this morning?", (root, parent))
    pds.mention("ivan.test", "talking among ourselves", (bots_post, parent), reason="reply")
    pds.mention("finn.test", "how is the garden?", (bots_post, bots_post), reason="reply")
    monkeypatch.setattr(bluesky, "MENTIONS_PER_PAGE", 1)  # read page by page back to the last
    auto = cli("watch", bot_copy, "--to", "botty.example.com", "--once", "--auto",
               "--max-per-hour", "1")  # fmt: skip
    assert auto.exit_code == 0, auto.output
    drafts = json.loads(cli("drafts", bot_copy, "--json").stdout)
    assert [d["state"] for d in drafts] == ["draft", "draft", "approved", "draft"]  # 1 an hour
    assert drafts[2]["text"].startswith("@erin") and drafts[3]["text"].startswith("@finn")
    assert pds.posts == []  # watch posts nothing itself; finn answered the bot, ivan did not
    assert cli("edit", "3", "--text", "@erin.test Two herons, at the weir.").exit_code == 0
    posted = cli("post", bot_copy, "--to", "botty.example.com", "--once")
    assert posted.exit_code == 0, posted.output
    [reply] = pds.posts
    assert reply["text"] == "@erin.test Two herons, at the weir."
    refs = {part: (reply["reply"][part]["uri"], reply["reply"][part]["cid"])
            for part in ("root", "parent")}  # fmt: skip
    assert refs == {"root": (root, FAKE_CID), "parent": (erin, FAKE_CID)}  # answers in the thread
    mention = reply["facets"][0]
    assert mention["features"][0]["did"] == "did:plc:erin"
    assert (mention["index"]["byteStart"], mention["index"]["byteEnd"]) == (0, len("@erin.test"))
    drafts = {d["id"]: d for d in json.loads(cli("drafts", bot_copy, "--json").stdout)}
    assert drafts[3]["state"] == "posted"


def test_an_expired_bluesky_session_logs_in_once_more_and_posts_once(
    httpserver, cli, monkeypatch, no_bsky_sleep, queued
):
    pds = FakePds(httpserver, labels=("bot",), description="Posts written by a language model")
    assert _connect_bluesky(cli, httpserver, monkeypatch).exit_code == 0
    logins = pds.logins
    pds.expired = True  # the session kept since connecting has expired past refreshing
    posted = cli("post", queued, "--to", "botty.example.com", "--once")
    assert posted.exit_code == 0, posted.output
    assert pds.logins == logins + 1 and len(pds.posts) == 1
    assert APP_PASSWORD not in posted.output
