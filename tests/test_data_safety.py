"""Nothing the user has is destroyed: `data --out` and `train --out` refuse to overwrite what
they did not write (or an existing bot) without `--force`; with it the old bot stays until the
new one is complete. Temporaries of killed runs are cleaned on the next run, and `update`'s
previous versions are complete or absent."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_bad_input import GOOD_COUNT, jsonl_content, sentences, write_text
from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.fileio import atomic_dir, copy_dir_atomic, remove_stale_temps, write_text_atomic


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def one_line_refusal(result, *needles: str) -> str:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# --- twinpost data --out -----------------------------------------------------------------


def test_data_never_overwrites_its_own_source(cli, tmp_path: Path) -> None:
    source = write_text(tmp_path / "posts.jsonl", jsonl_content(sentences(GOOD_COUNT)))
    before = source.read_bytes()
    result = cli("data", source, "--out", tmp_path)
    one_line_refusal(result, str(source), "--force")
    assert source.read_bytes() == before and not (tmp_path / "report.json").exists()

    forced = cli("data", source, "--out", tmp_path, "--force")
    assert forced.exit_code == 0, forced.output
    assert source.read_bytes() != before  # the cleaned posts, as asked


@pytest.mark.parametrize("name", ["report.json", "posts.jsonl"])
def test_data_never_overwrites_a_file_it_did_not_write(cli, tmp_path: Path, name: str) -> None:
    source = write_text(tmp_path / "in" / "posts.txt", "\n".join(sentences(GOOD_COUNT)))
    out = tmp_path / "out"
    theirs = write_text(out / name, '{"mine": "a file of the user\'s"}\n')
    one_line_refusal(cli("data", source, "--out", out), str(theirs), "--force")
    assert theirs.read_text() == '{"mine": "a file of the user\'s"}\n'
    assert sorted(os.listdir(out)) == [name]


def test_data_runs_again_into_its_own_output(cli, tmp_path: Path) -> None:
    source = write_text(tmp_path / "posts.txt", "\n".join(sentences(GOOD_COUNT)))
    out = tmp_path / "out"
    assert cli("data", source, "--out", out).exit_code == 0
    again = cli("data", source, "--out", out)
    assert again.exit_code == 0, again.output
    assert json.loads((out / "report.json").read_text())["min_kept_characters"] > 0


# --- twinpost train --out ----------------------------------------------------------------


def test_train_refuses_an_existing_bot_then_replaces_it_with_force(
    cli, bot_copy: Path, tiny_base: Path
) -> None:
    before = digest(bot_copy)
    args = ("train", SAMPLE_ACCOUNT, "--out", bot_copy, "--base", tiny_base, "--epochs", "0.1",
            "--time-budget", "none", "--block-size", "64", "--top-layers", "1")  # fmt: skip
    one_line_refusal(cli(*args), str(bot_copy), "--force")
    assert digest(bot_copy) == before

    forced = cli(*args, "--force")
    assert forced.exit_code == 0, forced.output
    after = digest(bot_copy)
    # top blocks only: the weights are shards (bot/weights.py)
    assert after.keys() >= {"twinpost.json", "model.safetensors.index.json"} and after != before
    assert [p.name for p in bot_copy.parent.iterdir() if p.name.startswith(".")] == []


def test_a_failed_forced_run_keeps_the_old_bot(
    cli, bot_copy: Path, tiny_base: Path, monkeypatch
) -> None:
    import twinpost.bot.folder

    before = digest(bot_copy)

    def crash_while_writing(*args, **kwargs):
        raise KeyboardInterrupt  # Ctrl-C in the middle of writing the new bot

    monkeypatch.setattr(twinpost.bot.folder.CopyGuard, "save", crash_while_writing)
    result = cli("train", SAMPLE_ACCOUNT, "--out", bot_copy, "--base", tiny_base, "--epochs",
                 "0.1", "--time-budget", "none", "--block-size", "64", "--force")  # fmt: skip
    assert result.exit_code != 0
    assert digest(bot_copy) == before
    assert [p.name for p in bot_copy.parent.iterdir() if p.name.startswith(".")] == []


def test_the_demo_replaces_its_own_bot_but_not_a_users(tmp_path: Path, bot_copy: Path) -> None:
    from twinpost.demo import _is_demo_bot

    assert _is_demo_bot(bot_copy)  # the shared tiny bot is trained on the sample account
    record = json.loads((bot_copy / "twinpost.json").read_text())
    record["accounts"][0]["source"] = str(tmp_path / "my-archive.zip")
    (bot_copy / "twinpost.json").write_text(json.dumps(record))
    assert not _is_demo_bot(bot_copy) and not _is_demo_bot(tmp_path / "nothing")


# --- temporaries and previous versions ---------------------------------------------------

KILLED = """
import os, sys
from pathlib import Path
from twinpost.fileio import atomic_dir
with atomic_dir(Path(sys.argv[1])) as tmp:
    (tmp / "model.safetensors").write_bytes(b"x" * 1000)
    os.kill(os.getpid(), 9)  # SIGKILL: no cleanup runs
"""


def test_a_killed_writers_temporary_folder_is_removed_by_the_next_run(tmp_path: Path) -> None:
    bot = tmp_path / "bot"
    killed = subprocess.run([sys.executable, "-c", KILLED, str(bot)], check=False)
    assert killed.returncode == -9
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".bot.")]
    assert len(leftovers) == 1 and leftovers[0].is_dir()  # what SIGKILL leaves

    with atomic_dir(bot) as tmp:
        (tmp / "twinpost.json").write_text("{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bot"]


def test_a_live_writers_temporary_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "posts.jsonl"
    theirs = tmp_path / f".posts.jsonl.{os.getppid()}.abcdefgh.tmp"  # our parent is alive
    theirs.write_text("being written")
    dead = tmp_path / ".posts.jsonl.999999999.abcdefgh.tmp"  # beyond any pid
    dead.write_text("left by a killed run")
    not_ours = tmp_path / ".posts.jsonl.backup.tmp"  # a name we would never make
    not_ours.write_text("the user's")
    write_text_atomic(target, "new")
    assert theirs.exists() and not_ours.exists() and not dead.exists()
    assert remove_stale_temps(target) == []


def test_a_copy_interrupted_midway_leaves_nothing(tmp_path: Path, bot_copy: Path, monkeypatch):
    dest = tmp_path / "marigold.prev-1"
    real_copytree, copied = shutil.copytree, []

    def copy_then_die(src, dst, **kwargs):
        if len(copied) == 3:
            raise KeyboardInterrupt  # Ctrl-C (or a full disk) after three files
        copied.append(src)
        return shutil.copy2(src, dst, **kwargs)

    def copytree(*args, **kwargs):
        return real_copytree(*args, **kwargs, copy_function=copy_then_die)

    monkeypatch.setattr(shutil, "copytree", copytree)
    with pytest.raises(KeyboardInterrupt):
        copy_dir_atomic(bot_copy, dest)
    assert len(copied) == 3
    assert not dest.exists() and not any(p.name.startswith(".marigold") for p in tmp_path.iterdir())

    monkeypatch.setattr(shutil, "copytree", real_copytree)
    copy_dir_atomic(bot_copy, dest)
    assert digest(dest) == digest(bot_copy)
