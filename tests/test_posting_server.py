"""`twinpost serve` posts on each bot's schedule and answers its mentions in the background
(posting/runner.py), against the loopback Mastodon fake of test_posting.py; a restarted server
carries on where the last one stopped."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_posting import TOKEN, FakeMastodon, _connect
from test_posting import fake as fake  # the fixtures this file shares
from test_posting import no_sleep as no_sleep
from test_posting import queued as queued
from test_posting import server_url as server_url

from twinpost.server import ServeSettings, create_app

WAIT = 30.0  # s: a ceiling for the background pass, not a wait


@pytest.fixture
def connected(fake, cli, server_url, monkeypatch, queued) -> Path:
    """The tiny bot with two approved drafts and one not, and a connected account."""
    assert _connect(cli, server_url, monkeypatch).exit_code == 0
    return queued


def _app(bot: Path, tick: float = 0.05, posting: bool = True):
    return create_app(ServeSettings(bots_dir=bot.parent, posting=posting, posting_tick=tick))


def _until(check, seconds: float = WAIT):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := check():
            return found
        time.sleep(0.05)
    raise AssertionError("not within the time allowed")


def test_the_server_posts_on_schedule_and_a_restart_carries_on(
    connected: Path, fake: FakeMastodon, cli
):
    from twinpost.posting.queue import DraftQueue

    name = connected.name
    with TestClient(_app(connected)) as client:
        assert client.get("/accounts").json()["accounts"][0]["id"].startswith("mastodon:botty@")
        assert TOKEN not in client.get("/accounts").text
        answer = client.put(f"/bots/{name}/schedule", json={"account": "botty", "every": "1m"})
        assert answer.status_code == 200, answer.text
        assert answer.json()["plan"]["every"] == 60.0
        _until(lambda: fake.statuses)
        shown = client.get(f"/bots/{name}/schedule").json()
        assert [p["url"] for p in shown["last_posts"]] == [fake.statuses[0]["url"]]
        assert [p["draft_id"] for p in shown["upcoming"]] == [2]  # a minute on, give or take
        assert shown["plan"]["error"] is None
    assert len(fake.statuses) == 1 and fake.statuses[0]["visibility"] == "unlisted"

    # Killed while sending draft 2: a new server sends it at once, under the same key.
    with DraftQueue() as queue:
        claimed = queue.claim(2, queue.plans()[0].account)
    fake.keys[claimed.key] = {"id": "2", "url": "https://fake/@botty/2", "content": "x"}
    with TestClient(_app(connected)) as client:
        _until(lambda: len(client.get(f"/bots/{name}/schedule").json()["last_posts"]) == 2)
        assert client.get(f"/bots/{name}/schedule").json()["plan"]["enabled"]
    assert len(fake.statuses) == 1  # the platform had it already: never posted twice
    drafts = {d["id"]: d for d in json.loads(cli("drafts", connected, "--json").stdout)}
    assert drafts[2]["state"] == "posted" and drafts[2]["url"] == "https://fake/@botty/2"
    assert drafts[3]["state"] == "draft"  # never approved, never posted


def test_a_plan_that_fails_says_why_and_posts_nothing_until_it_is_mended(
    connected: Path, fake: FakeMastodon
):
    from twinpost.posting.runner import Runner

    name = connected.name
    fake.account["bot"] = False  # the account lost its bot flag after connecting
    with TestClient(_app(connected, posting=False)) as client:
        assert client.put(f"/bots/{name}/schedule", json={"account": "botty"}).status_code == 200
        runner = Runner()
        assert runner.run_once() == []
        shown = client.get(f"/bots/{name}/schedule").json()
        assert "automated" in shown["plan"]["error"] and fake.statuses == []
        fake.account["bot"] = True
        assert len(runner.run_once()) == 1
        assert client.get(f"/bots/{name}/schedule").json()["plan"]["error"] is None
        stopped = client.delete(f"/bots/{name}/schedule").json()
        assert stopped["plan"]["enabled"] is False and stopped["upcoming"] == []
        assert runner.run_once() == []  # a stopped plan posts nothing


def test_bad_schedules_are_refused_in_one_line(connected: Path):
    name = connected.name
    with TestClient(_app(connected, posting=False)) as client:
        for body, words in [
            ({"account": "nobody"}, "no connected account"),
            ({"account": "botty", "every": "10s"}, "between 1 minute and 7 days"),
            ({"account": "botty", "visibility": "direct"}, "--visibility"),
            ({"account": "botty", "auto": True}, "needs --watch"),
        ]:
            answer = client.put(f"/bots/{name}/schedule", json=body)
            assert answer.status_code in (400, 422) and words in answer.text, answer.text
        assert client.put("/bots/nope/schedule", json={"account": "botty"}).status_code == 404


def test_the_server_answers_mentions_with_drafts_only(connected: Path, fake: FakeMastodon, cli):
    from twinpost.posting.runner import Runner

    fake.mention(10, 100, "carol", "what do you make of the tide today?")
    with TestClient(_app(connected, posting=False)) as client:
        body = {"account": "botty", "watch": True}
        assert client.put(f"/bots/{connected.name}/schedule", json=body).status_code == 200
    with cli_queue(connected) as before:
        approved = [d.id for d in before if d.state == "approved"]
    runner = Runner()
    runner.run_once()  # posts draft 1, then reads the mentions
    runner.run_once()  # draft 2 is not due yet; the mentions were just read
    drafts = json.loads(cli("drafts", connected, "--json").stdout)
    replies = [d for d in drafts if d["reply_to_url"]]
    assert len(replies) == 1 and replies[0]["state"] == "draft"  # not approved unasked
    assert replies[0]["text"].startswith("@carol")
    assert len(fake.statuses) == 1 and approved == [1, 2]


def cli_queue(bot: Path):
    from contextlib import contextmanager

    from twinpost.posting.queue import DraftQueue

    @contextmanager
    def listed():
        with DraftQueue() as queue:
            yield queue.list(bot)

    return listed()


def test_twinpost_schedule_sets_shows_and_stops_what_the_server_posts(connected: Path, cli):
    from twinpost.posting.runner import Runner

    assert "posts nothing" in cli("schedule", connected).stdout
    refused = cli("schedule", connected, "--to", "botty", "--auto")
    assert refused.exit_code == 2 and "needs --watch" in refused.output
    set_ = cli("schedule", connected, "--to", "botty", "--every", "90m", "--watch")
    assert set_.exit_code == 0, set_.output
    assert "one every 90 min" in set_.stdout and "next: draft 1" in set_.stdout
    Runner().run_once()
    shown = json.loads(cli("schedule", connected, "--json").stdout)
    assert shown["plan"]["every"] == 5400 and shown["plan"]["watch"] is True
    assert [d["id"] for d in shown["last_posts"]] == [1]
    assert [p["draft_id"] for p in shown["upcoming"]] == [2]
    assert "posts nothing" in cli("schedule", connected, "--stop").stdout
    assert Runner().run_once() == []
