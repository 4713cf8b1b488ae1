"""The README's examples run, and the command reference (docs/CLI.md) matches `--help`."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.conftest import tiny_config
from twinpost.demo import SAMPLE_ACCOUNT

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
EXPORT = "~/Downloads/twitter-2024-11-01.zip"  # the README's export: the sample account here


def section_block(heading: str, language: str) -> str:
    section = README.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return re.search(rf"```{language}\n(.*?)```", section, re.DOTALL).group(1)


def test_the_readme_command_line_example_runs(cli, tiny_base, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    commands = [line[2:] for line in section_block("Command line", "console").splitlines()
                if line.startswith("$ twinpost ")]  # fmt: skip
    assert [shlex.split(c)[1] for c in commands] == ["data", "train", "generate"]
    outputs = []
    for command in commands:
        args = shlex.split(command.split("  #")[0])[1:]
        args = [str(SAMPLE_ACCOUNT) if a == EXPORT else a for a in args]
        if args[0] == "train":  # the tiny model, for a moment, instead of SmolLM2's epochs
            args += ["--base", str(tiny_base), "--method", "full", "--epochs", "0.3"]
        result = cli(*args)
        assert result.exit_code == 0, (command, result.output)
        outputs.append(result)
    assert "Posts kept" in outputs[0].stdout and "Held-out loss" in outputs[1].stderr
    numbered = re.findall(r"^ ?(\d)\. My dream is", outputs[2].stdout, re.MULTILINE)
    assert numbered == ["1", "2", "3"]


def test_the_readme_python_examples_run(tiny_base, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = section_block("Python", "python")
    budget = "twinpost.TrainConfig(epochs=2)"
    assert budget in code and '"twitter-2024-11-01.zip"' in code
    code = code.replace('"twitter-2024-11-01.zip"', repr(str(SAMPLE_ACCOUNT)))
    code = code.replace(budget, "TINY")
    exec(compile(code, "README.md", "exec"), {"TINY": tiny_config(tiny_base)})
    printed = capsys.readouterr().out.splitlines()
    assert "'handle': 'marigold_keeps'" in printed[0]
    posts = eval(printed[-1])  # the list of posts it printed
    assert len(posts) == 3 and all(p.startswith("My dream is") for p in posts)
    pipeline_code = README.split("the established tool's own snippet works:", 1)[1]
    snippet = re.search(r"```python\n(.*?)```", pipeline_code, re.DOTALL).group(1)
    exec(compile(f"results = {snippet.strip().splitlines()[-1]}", "README.md", "exec"),
         scope := {"pipeline": __import__("transformers").pipeline})  # fmt: skip
    assert len(scope["results"]) == 5


def test_the_command_reference_matches_the_help(tmp_path):
    typer = Path(sys.executable).parent / "typer"
    fresh = tmp_path / "CLI.md"
    subprocess.run(
        [str(typer), "twinpost.cli", "utils", "docs", "--name", "twinpost",
         "--title", "twinpost command reference", "--output", str(fresh)],
        check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    assert (ROOT / "docs" / "CLI.md").read_text() == fresh.read_text(), "run `make docs`"


def test_the_readme_export_example_runs(cli, tiny_bot, tmp_path, monkeypatch):
    import shutil

    monkeypatch.chdir(tmp_path)
    shutil.copytree(tiny_bot.bot_dir, tmp_path / "bots" / "me")
    block = section_block("Take it anywhere: llama.cpp, Ollama, LM Studio", "console")
    lines = block.splitlines()
    export = [line[2:] for line in lines if line.startswith("$ twinpost ")]
    assert export == ["twinpost export bots/me"]
    result = cli(*shlex.split(export[0])[1:])
    assert result.exit_code == 0, result.output
    # What it printed, as the README shows it (the tiny bot's size aside).
    shown = [line for line in lines if line.startswith("Wrote ")]
    printed = [line for line in result.stdout.splitlines() if line.startswith("Wrote ")]
    assert [re.sub(r"\(\d+ MiB", "(N MiB", p) for p in printed] == [
        re.sub(r"\(\d+ MiB", "(N MiB", s) for s in shown
    ]
    # The files the ollama and llama.cpp commands name are the ones written.
    for line in lines:
        if line.startswith(("$ ollama", "$ llama-completion")):
            named = [a for a in shlex.split(line) if a.startswith("bots/")]
            assert named and all(Path(a).is_file() for a in named), line
