"""`twinpost push`: tested at the HfApi boundary, without the network."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
from huggingface_hub import HfApi, constants
from huggingface_hub.errors import HfHubHTTPError
from huggingface_hub.utils import filter_repo_objects

from twinpost import __version__

TOKEN = "hf_plantedSecretToken0123456789abcdef"


@pytest.fixture(scope="module")
def bot(tiny_bot, tmp_path_factory) -> Path:
    """A copy of the shared tiny bot: pushing names the repo in its card."""
    out = tmp_path_factory.mktemp("bots") / "marigold"
    shutil.copytree(tiny_bot.bot_dir, out)
    return out


@pytest.fixture
def hub(monkeypatch) -> list[tuple[str, dict]]:
    """HfApi's two calls, recorded instead of sent; the token it was built with, checked."""
    calls: list[tuple[str, dict]] = []

    def create_repo(self, **kwargs):
        assert self.token == TOKEN
        calls.append(("create_repo", kwargs))
        return f"https://huggingface.co/{kwargs['repo_id']}"

    def upload_folder(self, **kwargs):
        assert self.token == TOKEN
        files = sorted(p.name for p in Path(kwargs["folder_path"]).iterdir())
        calls.append(("upload_folder", {**kwargs, "files": files}))

    monkeypatch.setattr(HfApi, "create_repo", create_repo)
    monkeypatch.setattr(HfApi, "upload_folder", upload_folder)
    return calls


@pytest.fixture
def no_stored_login(monkeypatch, tmp_path):
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("HF_OIDC_RESOURCE", raising=False)
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "no-token"))


def test_push_uploads_the_bot_folder_with_a_commit_message(bot, hub, cli, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    result = cli("push", bot, "--repo", "me/marigold-bot", "--private")
    assert result.exit_code == 0, result.output
    assert "https://huggingface.co/me/marigold-bot" in result.stdout
    (_, create), (_, upload) = hub
    assert create == {"repo_id": "me/marigold-bot", "repo_type": "model", "private": True,
                      "exist_ok": True}  # fmt: skip
    assert upload["repo_id"] == "me/marigold-bot" and upload["folder_path"] == str(bot)
    assert upload["commit_message"] == f"twinpost bot of @marigold_keeps (twinpost {__version__})"
    assert {"README.md", "model.safetensors", "predictions.png", "lineage.json",
            "avatar-marigold-keeps.png", "twinpost.json"} <= set(upload["files"])  # fmt: skip
    # no leftover temp files, and the held-out posts' texts stay on this machine
    assert upload["ignore_patterns"] == [".*", "**/.*", "held_out_posts.jsonl"]
    uploaded = filter_repo_objects(upload["files"], ignore_patterns=upload["ignore_patterns"])
    assert "held_out_posts.jsonl" in upload["files"] and "held_out_posts.jsonl" not in uploaded
    card = (bot / "README.md").read_text()  # now names the repo it is pushed to
    assert 'model="me/marigold-bot"' in card and "hf download me/marigold-bot" in card


def test_push_without_a_token_says_how_to_get_one(bot, hub, cli, no_stored_login):
    result = cli("push", bot, "--repo", "me/marigold-bot")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "no Hugging Face token" in result.stderr
    assert "HF_TOKEN" in result.stderr and hub == []


def test_push_uses_the_stored_login(bot, hub, cli, no_stored_login, tmp_path, monkeypatch):
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN)
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(token_file))
    result = cli("push", bot, "--repo", "me/marigold-bot")
    assert result.exit_code == 0, result.output
    assert [name for name, _ in hub] == ["create_repo", "upload_folder"]


@pytest.mark.parametrize("repo", ["noslash", "me/bad name", "../../etc"])
def test_push_refuses_a_bad_repo_id(bot, hub, cli, repo, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    result = cli("push", bot, "--repo", repo)
    assert result.exit_code == 2 and "user/name" in result.stderr and hub == []


def test_push_refuses_a_folder_that_is_not_a_bot(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    result = cli("push", tmp_path, "--repo", "me/bot")
    assert result.exit_code == 2 and "not a twinpost bot" in result.stderr


def unauthorized(*args, **kwargs):
    request = httpx.Request("POST", "https://huggingface.co/api/repos/create")
    response = httpx.Response(401, request=request)
    raise HfHubHTTPError(f"401 Unauthorized: invalid token {TOKEN}", response=response)


def crash(*args, **kwargs):
    raise RuntimeError(f"unexpected failure, token={TOKEN}")


@pytest.mark.parametrize("failure", [unauthorized, crash])
def test_the_token_is_never_printed_or_written(
    bot, cli, monkeypatch, failure, twinpost_home
):  # fmt: skip
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.setattr(HfApi, "create_repo", failure)
    result = cli("push", bot, "--repo", "me/marigold-bot")
    assert result.exit_code != 0
    assert TOKEN not in result.stdout + result.stderr
    if failure is unauthorized:  # a Hub error: one line, exit 2
        assert result.exit_code == 2 and "401 Unauthorized: invalid token ***" in result.stderr
    else:  # a bug: it may traceback, but its message is scrubbed too
        assert TOKEN not in str(result.exception) and "***" in str(result.exception)
    for folder in (bot, twinpost_home):
        for path in folder.rglob("*"):
            assert not path.is_file() or TOKEN.encode() not in path.read_bytes(), path


def test_push_sends_these_files_and_no_real_posts_text(bot, hub, cli, monkeypatch):
    """Every file `push` would send, listed; none holds a real post's text (the held-out
    posts stay on this machine; the copy guard and held_out.json hold hashes)."""
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    assert cli("push", bot, "--repo", "me/marigold-bot").exit_code == 0
    (_, upload) = hub[-1]
    sent = sorted(filter_repo_objects(upload["files"], ignore_patterns=upload["ignore_patterns"]))
    assert sent == [
        "LICENSE.md", "README.md", "avatar-marigold-keeps.png", "card.json", "config.json",
        "copy_guard.bin", "generation_config.json", "held_out.json", "lineage.json",
        "loss_curve.png", "model.safetensors", "predictions.png", "tokenizer.json",
        "tokenizer_config.json", "twinpost.json",
    ]  # fmt: skip
    texts = [json.loads(line)["text"] for line in (bot / "held_out_posts.jsonl").open()]
    long_texts = [t for t in texts if len(t) > 40]
    assert long_texts
    for name in sent:
        data = (bot / name).read_bytes().decode("utf-8", errors="ignore")
        assert not any(t in data or json.dumps(t)[1:-1] in data for t in long_texts), name
