"""The Bluesky repository export (.car): read like the other exports, built here in code."""

from __future__ import annotations

import json

from tests.live_fakes import DID, bluesky_records, build_car, serve_bluesky
from twinpost.data.sources import read_source


def write_car(path, records) -> str:
    path.write_bytes(build_car(records))
    return str(path)


def test_posts_reposts_replies_and_profile(tmp_path):
    car = write_car(tmp_path / "alice.bsky.social.car", bluesky_records(40))
    export = read_source(car)
    assert len(export.posts) == 40 + 8
    assert sum(p.is_repost for p in export.posts) == 8
    assert sum(p.is_reply for p in export.posts) == len([i for i in range(40) if i % 6 == 0])
    post_ids = [p.id for p in export.posts if not p.is_repost]
    assert post_ids[0] == f"at://{DID}/app.bsky.feed.post/3k00000000000"
    account = export.account
    assert (account.handle, account.display_name, account.source) == (
        "alice.bsky.social", "Alice Sky", car,
    )  # fmt: skip


def test_a_car_gives_the_same_table_as_the_live_fetch(tmp_path, live_server, cli):
    records = bluesky_records(150)
    car = write_car(tmp_path / "alice.bsky.social.car", records)
    serve_bluesky(live_server, records)
    from_car = cli("data", car, "--json")
    live = cli("data", "bluesky:alice.bsky.social", "--json")
    assert from_car.exit_code == 0 and live.exit_code == 0, from_car.output + live.output
    assert json.loads(from_car.stdout) == json.loads(live.stdout)
    car_ids = {p.id for p in read_source(car).posts}
    assert car_ids == {p.id for p in read_source("bluesky:alice.bsky.social").posts}


def test_detected_by_content_and_named_by_did_without_a_handle(tmp_path):
    car = write_car(tmp_path / "repo", bluesky_records(10))  # no extension at all
    export = read_source(car)
    assert export.account.handle == DID and len(export.posts) == 12


def test_corrupt_car_is_one_line(tmp_path, cli):
    data = build_car(bluesky_records(10))
    car = tmp_path / "alice.bsky.social.car"
    car.write_bytes(data[: len(data) // 2])
    result = cli("data", car)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert str(car) in result.stderr


def test_a_repository_without_posts(tmp_path, cli):
    records = {k: v for k, v in bluesky_records(3).items() if "feed" not in k}
    result = cli("data", write_car(tmp_path / "a.car", records))
    assert result.exit_code == 2 and "has no posts" in result.stderr
