"""`twinpost update`: a live bot fetches only its new posts and trains its next version."""

from __future__ import annotations

import hashlib
import json

from tests.conftest import tiny_config
from tests.live_fakes import serve_x, skip_preview, x_tweets
from tests.test_live_x import TIMELINE, TOKEN, assert_token_nowhere
from twinpost.bot.lineage import verify_lineage
from twinpost.pipeline import make_bot


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_update_adds_new_posts_and_continues_from_the_bot(
    live_server, cli, tiny_base, tmp_path, twinpost_home, monkeypatch
):
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    skip_preview(monkeypatch)
    tweets = x_tweets(250)
    serve_x(live_server, "someone", tweets)
    bot = tmp_path / "bots" / "someone"
    make_bot("x:@someone", bot, tiny_config(tiny_base))
    old_model = sha256(bot / "model.safetensors")
    old_record = json.loads((bot / "twinpost.json").read_text())
    assert old_record["accounts"][0]["source"] == "x:@someone"
    # As a bot of the embedded base would say: the update must carry its base and licence.
    old_record.update(base_model="smollm2-135m", base_license="Apache-2.0")
    (bot / "twinpost.json").write_text(json.dumps(old_record))

    tweets[:0] = x_tweets(40, start=250)  # 40 newer posts appear on the account
    live_server.clear_log()
    updated = cli("update", bot, "--epochs", "1")  # a few steps: the first has lr 0
    assert updated.exit_code == 0, updated.output
    assert "New posts: @someone 40" in updated.stderr

    # Only what is newer than the bot's newest post was asked for.
    pages = [r for r, _ in live_server.log if r.path == TIMELINE]
    assert pages and all(r.args["since_id"] == "1700000000000000249" for r in pages)

    # The old version is kept, and the new one names it.
    previous = bot.with_name("someone.prev-1")
    assert sha256(previous / "model.safetensors") == old_model
    record = json.loads((bot / "twinpost.json").read_text())
    assert record["previous"]["path"] == str(previous)
    assert record["previous"]["sha256"] == old_model
    assert record["update"]["new_posts"] == {"someone": 40}
    assert record["base_model_path"] == str(previous)  # trained from the bot's own weights
    # ... and it still names the base model the chain started from, and its licence.
    assert record["base_model"] == "smollm2-135m" and record["base_license"] == "Apache-2.0"
    licence = (bot / "LICENSE.md").read_text()
    assert "HuggingFaceTB/SmolLM2-135M-Instruct" in licence and "Apache-2.0" in licence
    card = (bot / "README.md").read_text()
    assert "| Base model | HuggingFaceTB/SmolLM2-135M-Instruct |" in card
    assert "base_model: HuggingFaceTB/SmolLM2-135M-Instruct" in card
    assert sha256(bot / "model.safetensors") != old_model
    assert record["data_report"]["accounts"][0]["downloaded"] == 290
    kept = record["data_report"]["accounts"][0]["kept"]
    assert kept > old_record["data_report"]["accounts"][0]["kept"]
    # The split is by a seeded hash of each post, so a post never moves between training
    # and held-out from one version to the next, and about 10% is held out.
    held_out = json.loads((bot / "held_out.json").read_text())["held_out"]
    old_held_out = json.loads((previous / "held_out.json").read_text())["held_out"]
    assert set(old_held_out) <= set(held_out)
    assert abs(len(held_out) - kept * 0.1) <= 0.05 * kept
    assert set(record["held_out_loss"]) == {"before", "after"}

    # The new snapshot holds old + new posts and names the one it grew from.
    (digest,) = record["update"]["snapshots"]
    snapshot = json.loads((twinpost_home / "snapshots" / f"{digest}.json").read_text())
    assert len(snapshot["posts"]) == 290 and snapshot["new_posts"] == 40
    assert snapshot["newest"]["id"] == "1700000000000000289"
    old_lineage = json.loads((previous / "lineage.json").read_text())
    (old_raw,) = [a for a in old_lineage["artifacts"] if a["type"] == "raw-dataset"]
    assert snapshot["updated_from"] == old_raw["snapshot"]

    # lineage.json: raw snapshot -> train dataset, previous version -> new weights.
    lineage = json.loads((bot / "lineage.json").read_text())
    by_type = {a["type"]: a for a in lineage["artifacts"]}
    assert by_type["raw-dataset"]["snapshot"] == digest
    assert by_type["previous-model"]["path"] == str(previous)
    assert by_type["previous-model"]["sha256"] in by_type["finetuned-model"]["made_from"]
    assert {c.status for c in verify_lineage(bot)} == {"verified"}
    # The card's lineage table is lineage.json's: it names the previous version as such.
    for entry in lineage["artifacts"]:
        assert f"| {entry['type']}: " in card and f"`{entry['sha256'][:16]}`" in card

    # Nothing new: nothing trained, nothing changed.
    again = cli("update", bot)
    assert again.exit_code == 0 and "No new posts" in again.stderr
    assert json.loads((bot / "twinpost.json").read_text()) == record
    assert not bot.with_name("someone.prev-2").exists()

    assert_token_nowhere(TOKEN, [tmp_path, twinpost_home], [updated, again])


def test_archive_bots_cannot_be_updated(cli, tmp_path):
    bot = tmp_path / "bot"
    bot.mkdir()
    (bot / "config.json").write_text("{}")
    record = {"accounts": [{"handle": "a", "source": str(tmp_path / "twitter-2024.zip")}]}
    (bot / "twinpost.json").write_text(json.dumps(record))
    result = cli("update", bot)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "cannot be fetched again" in result.stderr and "newer export" in result.stderr


def test_update_needs_the_bots_snapshot(cli, tmp_path):
    bot = tmp_path / "bot"
    bot.mkdir()
    (bot / "config.json").write_text("{}")
    record = {"accounts": [{"handle": "a", "source": "bluesky:a.bsky.social"}]}
    (bot / "twinpost.json").write_text(json.dumps(record))
    result = cli("update", bot)
    assert result.exit_code == 2 and "no snapshot" in result.stderr
