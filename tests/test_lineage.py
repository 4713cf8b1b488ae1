"""Lineage: the artifact chain of a bot, the content-addressed store, and `twinpost lineage`."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.conftest import tiny_config
from twinpost.bot import lineage
from twinpost.data.corpus import build_corpus
from twinpost.data.sources import read_source
from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.pipeline import make_bot

SAMPLE_FILES_READ = {
    "data/account.js", "data/profile.js", "data/tweets.js",
    "data/profile_media/900000000000000001-avatar.png",
}  # fmt: skip


@pytest.fixture(scope="module")
def store_home(tiny_bot_home) -> Path:
    return tiny_bot_home


@pytest.fixture(scope="module")
def bots(tiny_bot, tiny_base, store_home, tmp_path_factory) -> tuple[Path, Path]:
    """Two bots from the same export in one TWINPOST_HOME, split with different seeds: the
    suite's shared bot and one more."""
    second = tmp_path_factory.mktemp("bots") / "second"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TWINPOST_HOME", str(store_home))
        make_bot(SAMPLE_ACCOUNT, second, tiny_config(tiny_base, seed=2, epochs=0.1))
    return tiny_bot.bot_dir, second


@pytest.fixture
def home(store_home, monkeypatch) -> Path:
    monkeypatch.setenv("TWINPOST_HOME", str(store_home))
    return store_home


def artifacts(bot_dir: Path) -> dict[str, dict]:
    entries = json.loads((bot_dir / "lineage.json").read_text())["artifacts"]
    return {a["type"]: a for a in entries}


def test_lineage_chains_the_four_artifact_types(bots, tiny_base):
    chain = artifacts(bots[0])
    assert set(chain) == {"raw-dataset", "train-dataset", "pretrained-model", "finetuned-model"}
    bot, base = chain["finetuned-model"], chain["pretrained-model"]
    assert bot["made_from"] == [base["sha256"], chain["train-dataset"]["sha256"]]
    assert chain["train-dataset"]["made_from"] == [chain["raw-dataset"]["sha256"]]
    assert base["path"] == str(tiny_base) and base["made_from"] == []
    for entry in chain.values():
        assert len(entry["sha256"]) == 64
        assert entry["size"] == sum(f["size"] for f in entry["files"])
    weights = next(f for f in bot["files"] if f["path"] == "model.safetensors")
    data = (bots[0] / "model.safetensors").read_bytes()
    assert weights["sha256"] == hashlib.sha256(data).hexdigest() and weights["size"] == len(data)


def test_datasets_are_stored_content_addressed(bots, home):
    chain = artifacts(bots[0])
    raw = home / "artifacts" / chain["raw-dataset"]["sha256"]
    stored = {p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file()}
    assert stored == SAMPLE_FILES_READ | {lineage.STORE_MANIFEST}  # what was read, no more
    train = home / "artifacts" / chain["train-dataset"]["sha256"]
    posts = (train / "posts.jsonl").read_text().splitlines()
    assert len(posts) == 435  # the sample account's kept posts
    assert {json.loads(p)["split"] for p in posts} == {"train", "held_out"}
    tokens = json.loads((train / "tokens.json").read_text())
    assert len(tokens["held_out"]) == sum('"held_out"' in p for p in posts)


def test_two_bots_from_the_same_archive_share_the_raw_snapshot(bots, home):
    first, second = artifacts(bots[0]), artifacts(bots[1])
    assert first["raw-dataset"]["sha256"] == second["raw-dataset"]["sha256"]
    assert first["pretrained-model"]["sha256"] == second["pretrained-model"]["sha256"]
    assert first["train-dataset"]["sha256"] != second["train-dataset"]["sha256"]  # other seed
    stored = [p for p in (home / "artifacts").iterdir() if p.is_dir()]
    assert len(stored) == 3  # one raw snapshot and two train datasets


def test_lineage_command_verifies_every_artifact(bots, home, cli):
    result = cli("lineage", bots[0])
    assert result.exit_code == 0, result.output
    assert " ".join(result.stdout.split()).count("✓ verified") == 4
    for kind in ("finetuned-model", "pretrained-model", "train-dataset", "raw-dataset"):
        assert kind in result.stdout


def test_lineage_json_lists_each_artifact_with_its_check(bots, home, cli, tmp_path):
    result = cli("lineage", bots[0], "--json")
    assert result.exit_code == 0, result.output
    shown = {a["type"]: a for a in json.loads(result.stdout)}
    assert set(shown) == {"finetuned-model", "pretrained-model", "train-dataset", "raw-dataset"}
    assert {a["status"] for a in shown.values()} == {"verified"}
    assert shown["finetuned-model"]["sha256"] == artifacts(bots[0])["finetuned-model"]["sha256"]
    bot = tmp_path / "bot"  # a changed file: the JSON says which, and the run still fails
    shutil.copytree(bots[0], bot)
    (bot / "model.safetensors").write_bytes(b"changed")
    result = cli("lineage", bot, "--json")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert {a["type"]: a["status"] for a in json.loads(result.stdout)}["finetuned-model"] == (
        "changed"
    )


def test_tampered_weights_fail_the_check(bots, home, cli, tmp_path):
    bot = tmp_path / "bot"
    shutil.copytree(bots[0], bot)
    weights = bytearray((bot / "model.safetensors").read_bytes())
    weights[-1] ^= 1
    (bot / "model.safetensors").write_bytes(bytes(weights))
    result = cli("lineage", bot)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "finetuned-model" in result.stderr and "model.safetensors differs" in result.stderr


def test_a_tampered_snapshot_fails_the_check(bots, store_home, cli, tmp_path, monkeypatch):
    home = tmp_path / "home"
    shutil.copytree(store_home, home)
    monkeypatch.setenv("TWINPOST_HOME", str(home))
    raw = home / "artifacts" / artifacts(bots[0])["raw-dataset"]["sha256"]
    tweets = raw / "data" / "tweets.js"
    tweets.write_text(tweets.read_text().replace("lighthouse", "lamppost", 1))
    result = cli("lineage", bots[0])
    assert result.exit_code == 2
    assert "raw-dataset @marigold_keeps" in result.stderr and "tweets.js differs" in result.stderr


def test_snapshots_missing_here_are_reported_not_failed(bots, cli, tmp_path, monkeypatch):
    monkeypatch.setenv("TWINPOST_HOME", str(tmp_path / "elsewhere"))
    result = cli("lineage", bots[0])
    assert result.exit_code == 0, result.output
    shown = " ".join(result.stdout.split())  # rich wraps lines at the runner's 80 columns
    assert shown.count("not on this machine") == 2  # the two datasets
    assert shown.count("✓ verified") == 2  # the bot's weights and the base


def test_a_bot_without_lineage_is_refused(bots, home, cli, tmp_path):
    bot = tmp_path / "bot"
    shutil.copytree(bots[0], bot)
    (bot / "lineage.json").unlink()
    result = cli("lineage", bot)
    assert result.exit_code == 2 and "no lineage.json" in result.stderr


def test_the_base_model_hash_is_cached_by_path_size_and_mtime(home, tmp_path, monkeypatch):
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"x" * 1000)
    first = lineage.cached_sha256(weights)
    assert first == hashlib.sha256(b"x" * 1000).hexdigest()

    def no_hashing(path):
        raise AssertionError("hashed again")

    monkeypatch.setattr(lineage, "sha256_file", no_hashing)
    assert lineage.cached_sha256(weights) == first  # from the cache
    weights.write_bytes(b"y" * 1000)
    os.utime(weights, ns=(1, 1))
    with pytest.raises(AssertionError, match="hashed again"):
        lineage.cached_sha256(weights)  # same size, other mtime: hashed anew


def files_read(source: Path) -> dict[str, bytes]:
    return read_source(source).account.files_read


def test_snapshot_keeps_only_the_files_read(tmp_path):
    export = tmp_path / "export"
    shutil.copytree(SAMPLE_ACCOUNT, export)
    (export / "data" / "direct-messages.js").write_text("window.YTD.dms.part0 = []")
    (export / "data" / "tweets_media").mkdir()
    (export / "data" / "tweets_media" / "photo.jpg").write_bytes(b"\xff\xd8" * 100)
    assert set(files_read(export)) == SAMPLE_FILES_READ
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in export.rglob("*"):
            if path.is_file():
                z.write(path, "twitter-2024/" + path.relative_to(export).as_posix())
    assert set(files_read(archive)) == {f"twitter-2024/{n}" for n in SAMPLE_FILES_READ}
    plain = tmp_path / "posts.txt"
    plain.write_text("one post\n")
    assert files_read(plain) == {"posts.txt": b"one post\n"}


def test_provenance_is_recorded_when_the_sources_are_read(tiny_base, tmp_path):
    """The raw dataset is what reading used, kept as it was read: the export is not opened
    again after training (it used to be, and a moved export left no snapshot)."""
    export = tmp_path / "export"
    shutil.copytree(SAMPLE_ACCOUNT, export)
    corpus = build_corpus(export)  # one source, as a plain path
    shutil.rmtree(export)
    made = make_bot(corpus, tmp_path / "bot", tiny_config(tiny_base, epochs=0.1))
    raw = artifacts(made.bot_dir)["raw-dataset"]
    assert raw["sha256"] is not None
    assert {f["path"] for f in raw["files"]} == SAMPLE_FILES_READ
