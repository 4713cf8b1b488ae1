"""The everyday commands: `twinpost list`, `twinpost rm`, `--version`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from twinpost.version import __version__


def test_list_shows_each_bot_with_its_figures(tiny_bot, cli, tmp_path: Path) -> None:
    bots = tmp_path / "bots"
    for name in ("b-second", "a-first"):
        shutil.copytree(tiny_bot.bot_dir, bots / name)
    (bots / "not-a-bot").mkdir()
    result = cli("list", bots, "--json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [b["name"] for b in listed] == ["a-first", "b-second"]
    record = json.loads((tiny_bot.bot_dir / "twinpost.json").read_text())
    first = listed[0]
    assert first["accounts"] == ["marigold_keeps"]
    assert first["held_out_loss"] == record["held_out_loss"]["after"]
    assert first["created"] == record["created"] and first["base_model"] == record["base_model"]
    files = [p for p in (bots / "a-first").rglob("*") if p.is_file()]
    assert first["size"] == sum(p.stat().st_size for p in files) > 0
    table = cli("list", bots)
    assert table.exit_code == 0 and "a-first" in table.stdout and "b-second" in table.stdout
    assert f"{first['held_out_loss']:.3f}" in table.stdout and "not-a-bot" not in table.stdout


def test_list_looks_in_the_home_bots_folder_by_default(tiny_bot, cli, tmp_path, monkeypatch):
    monkeypatch.setenv("TWINPOST_HOME", str(tmp_path / "home"))
    empty = cli("list")
    assert empty.exit_code == 0 and "No bots in" in empty.stdout
    shutil.copytree(tiny_bot.bot_dir, tmp_path / "home" / "bots" / "mine")
    assert [b["name"] for b in json.loads(cli("list", "--json").stdout)] == ["mine"]
    assert json.loads(cli("list", tiny_bot.bot_dir, "--json").stdout)[0]["name"] == "marigold"


def test_list_of_a_file_is_one_line(cli, tmp_path: Path) -> None:
    (tmp_path / "posts.txt").write_text("hello")
    result = cli("list", tmp_path / "posts.txt")
    assert result.exit_code == 2 and "not a bot folder" in result.stderr


def test_rm_asks_first_and_deletes_only_a_bot(bot_copy: Path, cli, tmp_path: Path) -> None:
    kept = cli("rm", bot_copy, input="n\n")
    assert kept.exit_code == 1 and bot_copy.is_dir() and "Nothing deleted" in kept.stdout
    gone = cli("rm", bot_copy, input="y\n")
    assert gone.exit_code == 0 and "Deleted" in gone.stdout, gone.output
    assert not bot_copy.exists() and list(bot_copy.parent.iterdir()) == []  # no temporary left
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "mine.txt").write_text("mine")
    refused = cli("rm", folder, "--yes")
    assert refused.exit_code == 2 and "not a twinpost bot folder" in refused.stderr
    assert (folder / "mine.txt").read_text() == "mine"


def test_rm_yes_needs_no_answer(bot_copy: Path, cli) -> None:
    result = cli("rm", bot_copy, "--yes")
    assert result.exit_code == 0 and not bot_copy.exists()


def test_version_flag_and_command(cli) -> None:
    for args in (["--version"], ["version"]):
        result = cli(*args)
        assert result.exit_code == 0 and result.stdout.strip() == __version__


def test_shell_completion_is_offered(cli) -> None:
    result = cli("--help")
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout
