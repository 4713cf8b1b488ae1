"""`twinpost export`: a bot as one GGUF file with its Ollama Modelfile.

The GGUF is read back with transformers' own GGUF loader (a second, independent reader of the
format, which undoes llama.cpp's q/k layout as llama.cpp expects it): the model it gives must
compute the bot's logits, and its tokenizer the bot's token ids.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from twinpost.bot.export import STOP_STRINGS, export_gguf
from twinpost.errors import TwinpostError

TEXT = "I love open source software! #python tips at 7am ☀️"


def bot_and_gguf_logits(bot_dir: Path, gguf: Path):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(bot_dir)
    ids = torch.tensor([tokenizer(TEXT)["input_ids"]])
    bot = AutoModelForCausalLM.from_pretrained(bot_dir, dtype=torch.float32)
    read_back = AutoModelForCausalLM.from_pretrained(
        gguf.parent, gguf_file=gguf.name, dtype=torch.float32
    )
    with torch.no_grad():
        return bot(ids).logits[0], read_back(ids).logits[0]


def test_an_f32_export_computes_the_bots_logits_and_tokens(tiny_bot, tmp_path: Path) -> None:
    from transformers import AutoTokenizer

    done = export_gguf(tiny_bot.bot_dir, tmp_path / "out", "f32")
    assert done.gguf.name == "marigold.f32.gguf" and done.gguf.stat().st_size == done.size
    bot, read_back = bot_and_gguf_logits(tiny_bot.bot_dir, done.gguf)
    assert (bot - read_back).abs().max().item() < 1e-4
    ours = AutoTokenizer.from_pretrained(tiny_bot.bot_dir)
    theirs = AutoTokenizer.from_pretrained(done.gguf.parent, gguf_file=done.gguf.name)
    text_ids = ours(TEXT, add_special_tokens=False)["input_ids"]
    assert theirs(TEXT, add_special_tokens=False)["input_ids"] == text_ids
    assert theirs.decode(text_ids) == TEXT


@pytest.mark.parametrize(("gguf_type", "tolerance"), [("f16", 0.02), ("bf16", 0.1), ("q8_0", 0.1)])
def test_smaller_exports_stay_close_to_the_bot(
    tiny_bot, tmp_path: Path, gguf_type: str, tolerance: float
) -> None:
    f32 = export_gguf(tiny_bot.bot_dir, tmp_path / "f32", "f32")
    done = export_gguf(tiny_bot.bot_dir, tmp_path / gguf_type, gguf_type)
    assert done.size < 0.7 * f32.size
    bot, read_back = bot_and_gguf_logits(tiny_bot.bot_dir, done.gguf)
    # Every token's next-token choice is the bot's, and the logits within the format's rounding.
    assert (bot - read_back).abs().max().item() < tolerance
    assert (bot.argmax(-1) == read_back.argmax(-1)).all()


def test_the_gguf_says_how_posts_start_and_end(tiny_bot, tmp_path: Path) -> None:
    from gguf import GGUFReader
    from transformers import AutoTokenizer

    done = export_gguf(tiny_bot.bot_dir, tmp_path / "out")
    fields = GGUFReader(done.gguf).fields
    value = {k: f.contents() for k, f in fields.items() if not k.startswith("tokenizer.ggml.t")}
    tokenizer = AutoTokenizer.from_pretrained(tiny_bot.bot_dir)
    end_of_post = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    assert value["general.architecture"] == "llama"
    assert value["tokenizer.ggml.add_bos_token"] is True  # each post starts as in training
    assert value["tokenizer.ggml.bos_token_id"] == end_of_post
    assert value["tokenizer.ggml.eos_token_id"] == end_of_post
    # The chat-turn opener ends a post in llama.cpp, where it cannot be banned.
    assert value["tokenizer.ggml.eot_token_id"] == tokenizer.convert_tokens_to_ids("<|im_start|>")
    assert value["tokenizer.ggml.pre"] == "gpt-2"  # llama.cpp's name
    assert value["twinpost.accounts"] == ["marigold_keeps"]
    assert "tokenizer.chat_template" not in value  # a bot continues posts; it does not chat
    assert value["general.sampling.top_p"] == pytest.approx(0.95)


def test_the_modelfile_runs_the_gguf_as_raw_completion(tiny_bot, tmp_path: Path) -> None:
    done = export_gguf(tiny_bot.bot_dir, tmp_path / "out")
    assert list(done.modelfiles) == [""]  # one account: no per-account files
    lines = done.modelfiles[""].read_text().splitlines()
    assert f"FROM ./{done.gguf.name}" in lines
    assert 'TEMPLATE "{{ .Prompt }}"' in lines  # no chat template around the prompt
    assert "PARAMETER temperature 1" in lines and "PARAMETER top_p 0.95" in lines
    assert [f'PARAMETER stop "{s}"' for s in STOP_STRINGS] == [
        line for line in lines if line.startswith("PARAMETER stop")
    ]


def test_a_cyborg_gets_a_modelfile_per_account(bot_copy: Path, tmp_path: Path) -> None:
    record = json.loads((bot_copy / "twinpost.json").read_text())
    record["accounts"].append({"handle": "harbourmaster_jo", "display_name": "", "source": ""})
    record["train_config"]["speaker_tags"] = True
    (bot_copy / "twinpost.json").write_text(json.dumps(record))
    done = export_gguf(bot_copy, tmp_path / "out")
    assert set(done.modelfiles) == {"", "marigold_keeps", "harbourmaster_jo"}
    text = done.modelfiles["harbourmaster_jo"].read_text()
    assert 'TEMPLATE "[@harbourmaster_jo]\\n{{ .Prompt }}"' in text.splitlines()
    assert "[@" not in done.modelfiles[""].read_text()


def test_an_export_is_replaced_only_with_force(tiny_bot, cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = cli("export", tiny_bot.bot_dir, "--out", out, "--json")
    assert first.exit_code == 0, first.output
    written = json.loads(first.stdout)
    assert Path(written["gguf"]).is_file() and written["type"] == "f16"
    assert Path(written["modelfiles"]["blend"]).is_file()
    before = sorted(p.name for p in out.iterdir())
    again = cli("export", tiny_bot.bot_dir, "--out", out)
    assert again.exit_code == 2 and "--force" in again.stderr
    forced = cli("export", tiny_bot.bot_dir, "--out", out, "--type", "q8_0", "--force")
    assert forced.exit_code == 0, forced.output
    assert (
        sorted(p.name for p in out.iterdir())
        == sorted(["Modelfile", "marigold.q8_0.gguf"])
        != before
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporaries left


def test_the_export_goes_beside_the_bot_by_default(bot_copy: Path, cli) -> None:
    result = cli("export", bot_copy)
    assert result.exit_code == 0, result.output
    folder = bot_copy.with_name(f"{bot_copy.name}-gguf")
    assert (folder / "marigold.f16.gguf").is_file() and "ollama create marigold" in result.stdout
    assert "gguf" not in " ".join(p.name for p in bot_copy.iterdir())  # the bot is unchanged


def test_a_folder_of_other_files_is_never_written_into(tiny_bot, cli, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    result = cli("export", tiny_bot.bot_dir, "--out", out, "--force")
    assert result.exit_code == 2 and "other files" in result.stderr
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--type", "q4_0"], "--type q4_0: must be one of"), (["--format", "onnx"], "--format onnx")],
)
def test_bad_options_are_one_line(tiny_bot, cli, tmp_path: Path, args, message) -> None:
    result = cli("export", tiny_bot.bot_dir, "--out", tmp_path / "out", *args)
    assert result.exit_code == 2 and message in result.stderr, result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_a_bot_of_another_architecture_is_refused(bot_copy: Path, cli, tmp_path: Path) -> None:
    config = json.loads((bot_copy / "config.json").read_text())
    config["model_type"] = "gemma3_text"
    (bot_copy / "config.json").write_text(json.dumps(config))
    result = cli("export", bot_copy, "--out", tmp_path / "out")
    assert result.exit_code == 2 and "'gemma3_text'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_not_a_bot_is_one_line(cli, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = cli("export", tmp_path / "empty")
    assert result.exit_code == 2 and "not a twinpost bot folder" in result.stderr


def test_an_export_refuses_a_type_it_does_not_know_before_reading(tmp_path: Path) -> None:
    with pytest.raises(TwinpostError, match="--type"):
        export_gguf(tmp_path, tmp_path / "out", "q2_k")
