"""A bot as one GGUF file, for llama.cpp, Ollama and LM Studio, with an Ollama `Modelfile`.

Written with the `gguf` package (llama.cpp's own writer, on PyPI), so no llama.cpp build is
needed. llama.cpp's `convert_hf_to_gguf.py` is a script of the llama.cpp repository, not part
of any package, and it refuses a bot folder: the bot's tokenizer starts every text with the
start-of-post token (so `pipeline` frames a prompt as training did), which changes the token
ids its pre-tokenizer check hashes. The mapping it does for Llama models is small and done
here: tensor names by `gguf`'s own table, q/k rows permuted to GGML's rotary layout, the
architecture's numbers, and the tokenizer with the bot's own framing (`add_bos_token`: every
post starts after the start-of-post token, as in training).

Only Llama-architecture bots (the embedded SmolLM2 base and its family) are written: another
architecture needs its own tensor and metadata mapping, and is refused in one line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from twinpost.bot.files import CONFIG_FILE
from twinpost.bot.folder import read_record
from twinpost.errors import TwinpostError
from twinpost.fileio import atomic_dir
from twinpost.training.base_model import EOS_TOKEN, PAD_TOKEN

# The kinds of weights a user can ask for. f16 is the default: lossless for a bot's fp32
# weights at the precision the posts need, and read by every llama.cpp build.
GGUF_TYPES = ("f16", "q8_0", "bf16", "f32")
DEFAULT_GGUF_TYPE = "f16"
MODELFILE = "Modelfile"
# Chat-control tokens a post never holds, written out should they ever be sampled
# (twinpost's own sampler never samples them; llama.cpp and Ollama have no such ban).
CHAT_TURN_OPENER = "<|im_start|>"
STOP_STRINGS = (EOS_TOKEN, CHAT_TURN_OPENER, PAD_TOKEN)  # PAD_TOKEN is <|im_end|>


@dataclass
class Exported:
    folder: Path
    gguf: Path
    modelfiles: dict[str, Path]  # "" (the blend) or a handle -> its Modelfile
    gguf_type: str
    size: int


def export_gguf(
    bot_dir: Path, out_dir: Path, gguf_type: str | None = None, force: bool = False
) -> Exported:
    """Write `out_dir/NAME.TYPE.gguf` and its Ollama Modelfile(s); `out_dir` appears whole."""
    gguf_type = gguf_type or DEFAULT_GGUF_TYPE
    if gguf_type not in GGUF_TYPES:
        raise TwinpostError(f"--type {gguf_type}: must be one of {', '.join(GGUF_TYPES)}")
    record = read_record(bot_dir)
    config = json.loads((bot_dir / CONFIG_FILE).read_text(encoding="utf-8"))
    if config.get("model_type") != "llama":
        raise TwinpostError(
            f"{bot_dir}: GGUF export writes Llama-architecture bots (the embedded SmolLM2 "
            f"base); this bot's model is {config.get('model_type')!r}"
        )
    _check_out(out_dir, force)
    name = bot_dir.resolve().name
    file_name = f"{name}.{gguf_type}.gguf"
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(bot_dir)  # saved with the bot's post framing
    with atomic_dir(out_dir) as tmp:
        _write_gguf(bot_dir, tmp / file_name, config, tokenizer, record, gguf_type)
        modelfiles = _write_modelfiles(tmp, file_name, record)
    return Exported(
        folder=out_dir, gguf=out_dir / file_name,
        modelfiles={k: out_dir / v for k, v in modelfiles.items()}, gguf_type=gguf_type,
        size=(out_dir / file_name).stat().st_size,
    )  # fmt: skip


def export_standalone(bot_dir: Path, out_dir: Path, force: bool = False) -> int:
    """A copy of the bot folder with no file shared with the store (bot/weights.py), that
    loads, verifies (`twinpost lineage`) and writes the same posts as the bot. Returns its
    size in bytes. An existing bot at `out_dir` is replaced only with `force`."""
    from twinpost.bot.folder import check_writable
    from twinpost.bot.weights import copy_standalone

    read_record(bot_dir)  # one line if it is not a bot
    if out_dir.resolve() == bot_dir.resolve():
        raise TwinpostError(f"{out_dir}: is the bot itself; pick another --out")
    check_writable(out_dir, force)
    with atomic_dir(out_dir) as tmp:
        copy_standalone(bot_dir, tmp)
    return sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())


def _check_out(out_dir: Path, force: bool) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise TwinpostError(f"{out_dir}: exists and is not a folder; pick another --out")
    if out_dir.is_dir() and any(out_dir.iterdir()):
        ours = all(p.suffix == ".gguf" or p.name.startswith(MODELFILE) for p in out_dir.iterdir())
        if not ours:
            raise TwinpostError(f"{out_dir}: folder holds other files; pick another --out")
        if not force:
            raise TwinpostError(
                f"{out_dir}: an export is already there; pass --force to replace it"
            )


def _write_gguf(bot_dir, path, config, tokenizer, record, gguf_type) -> None:
    import gguf

    writer = gguf.GGUFWriter(path, gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.LLAMA])
    _add_metadata(writer, config, record, bot_dir, gguf_type)
    _add_tokenizer(writer, tokenizer, bot_dir)
    for name, array, qtype in _tensors(bot_dir, config, gguf_type):
        writer.add_tensor(name, array, raw_dtype=qtype)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def _add_metadata(writer, config: dict, record, bot_dir: Path, gguf_type: str) -> None:
    import gguf

    from twinpost.config import GenerateConfig
    from twinpost.training.base_model import display_name
    from twinpost.version import __version__

    file_types = {
        "f32": gguf.LlamaFileType.ALL_F32,
        "f16": gguf.LlamaFileType.MOSTLY_F16,
        "bf16": gguf.LlamaFileType.MOSTLY_BF16,
        "q8_0": gguf.LlamaFileType.MOSTLY_Q8_0,
    }
    heads = config["num_attention_heads"]
    writer.add_name(bot_dir.resolve().name)
    writer.add_description(
        f"twinpost bot writing posts in the voice of {', '.join(record.handles)}"
    )
    if record.base_license:
        writer.add_license(record.base_license)
    writer.add_base_model_count(1)
    writer.add_base_model_name(0, display_name(record.base_model))
    writer.add_context_length(config["max_position_embeddings"])
    writer.add_embedding_length(config["hidden_size"])
    writer.add_block_count(config["num_hidden_layers"])
    writer.add_feed_forward_length(config["intermediate_size"])
    writer.add_head_count(heads)
    writer.add_head_count_kv(config.get("num_key_value_heads") or heads)
    writer.add_rope_freq_base(_rope_theta(config))
    writer.add_layer_norm_rms_eps(config["rms_norm_eps"])
    writer.add_rope_dimension_count(config.get("head_dim") or config["hidden_size"] // heads)
    writer.add_vocab_size(config["vocab_size"])
    writer.add_file_type(file_types[gguf_type])
    # The bot's sampling defaults, which llama.cpp reads as its own defaults.
    defaults = GenerateConfig()
    writer.add_sampling_temp(defaults.temperature)
    writer.add_sampling_top_p(defaults.top_p)
    writer.add_array("twinpost.accounts", record.handles)
    writer.add_string("twinpost.version", __version__)


def _rope_theta(config: dict) -> float:
    # transformers 5 keeps it in rope_parameters; earlier folders at the top level.
    parameters = config.get("rope_parameters") or {}
    if parameters.get("rope_type", "default") != "default":
        raise TwinpostError(f"rope scaling {parameters['rope_type']!r} is not exported")
    return float(parameters.get("rope_theta") or config.get("rope_theta") or 10000.0)


def _add_tokenizer(writer, tokenizer, bot_dir: Path) -> None:
    import gguf

    from twinpost.training.dataset import post_start_id

    spec = json.loads(tokenizer.backend_tokenizer.to_str())
    model = spec["model"]
    if model.get("type") != "BPE":
        raise TwinpostError(f"{bot_dir}: only byte-level BPE tokenizers are exported")
    vocab = model["vocab"]
    added = {t["id"]: t for t in spec.get("added_tokens", [])}
    size = max([*vocab.values(), *added]) + 1
    tokens = [f"[PAD{i}]" for i in range(size)]  # ids with no token, as llama.cpp's converter
    types = [gguf.TokenType.UNUSED] * size
    for token, i in vocab.items():
        tokens[i], types[i] = token, gguf.TokenType.NORMAL
    for i, token in added.items():
        tokens[i] = token["content"]
        types[i] = gguf.TokenType.CONTROL if token["special"] else gguf.TokenType.USER_DEFINED
    merges = [m if isinstance(m, str) else " ".join(m) for m in model["merges"]]
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre(_pre_tokenizer(spec, bot_dir))
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_token_merges(merges)
    # Every post starts after this token, as in training (llama.cpp adds it to the prompt).
    writer.add_bos_token_id(post_start_id(tokenizer))
    writer.add_add_bos_token(True)
    writer.add_eos_token_id(tokenizer.eos_token_id)
    if tokenizer.unk_token_id is not None:
        writer.add_unk_token_id(tokenizer.unk_token_id)
    if tokenizer.pad_token_id is not None:
        writer.add_pad_token_id(tokenizer.pad_token_id)
    opener = tokenizer.convert_tokens_to_ids(CHAT_TURN_OPENER)
    if isinstance(opener, int) and opener != tokenizer.unk_token_id:
        # The chat-turn opener the Instruct base writes after an end of text: llama.cpp has
        # no way to ban a token, so it is declared an end of turn and ends the post instead.
        writer.add_eot_token_id(opener)


def _pre_tokenizer(spec: dict, bot_dir: Path) -> str:
    """llama.cpp's name for how the tokenizer splits text before BPE."""
    pre = spec.get("pre_tokenizer") or {}
    steps = pre.get("pretokenizers", []) if pre.get("type") == "Sequence" else [pre]
    kinds = [s.get("type") for s in steps]
    byte_level = steps and steps[-1].get("use_regex", True) and not steps[-1].get(
        "add_prefix_space", False
    )  # fmt: skip
    if kinds == ["ByteLevel"] and byte_level:
        return "gpt-2"  # GPT-2's split, which the embedded base's converted tokenizer uses
    if kinds == ["Digits", "ByteLevel"] and byte_level and steps[0].get("individual_digits"):
        return "smollm"  # SmolLM2's own tokenizer.json: digits one by one, then GPT-2's
    raise TwinpostError(
        f"{bot_dir}: its tokenizer splits text in a way llama.cpp has no name for "
        f"({'/'.join(map(str, kinds)) or 'none'}); it cannot be exported"
    )


def _tensors(bot_dir: Path, config: dict, gguf_type: str):
    """(GGUF name, array, raw type) for every weight of the bot, in the file's order."""
    import gguf
    import numpy as np

    from twinpost.bot.weights import iter_tensors

    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.LLAMA, config["num_hidden_layers"])
    heads = config["num_attention_heads"]
    kv_heads = config.get("num_key_value_heads") or heads
    quant = {
        "f32": gguf.GGMLQuantizationType.F32,
        "f16": gguf.GGMLQuantizationType.F16,
        "bf16": gguf.GGMLQuantizationType.BF16,
        "q8_0": gguf.GGMLQuantizationType.Q8_0,
    }
    tied = config.get("tie_word_embeddings", False)
    for key, tensor in iter_tensors(bot_dir):  # one file or shards alike (bot/weights.py)
        if tied and key == "lm_head.weight":
            continue  # llama.cpp reads a missing output.weight as tied to token_embd
        name = names.get_name(key, try_suffixes=(".weight", ".bias"))
        if name is None:
            raise TwinpostError(f"{bot_dir}: weight {key} has no GGUF name")
        data = tensor.float().numpy()
        if key.endswith("q_proj.weight"):
            data = _rotary_rows(data, heads)
        elif key.endswith("k_proj.weight"):
            data = _rotary_rows(data, kv_heads)
        # 1-D weights (the norms) stay f32, as llama.cpp's converter keeps them.
        qtype = quant[gguf_type] if data.ndim > 1 else gguf.GGMLQuantizationType.F32
        if qtype == gguf.GGMLQuantizationType.F32:
            yield name, np.ascontiguousarray(data, dtype=np.float32), None
        elif qtype == gguf.GGMLQuantizationType.F16:
            yield name, data.astype(np.float16), None
        else:
            yield name, gguf.quants.quantize(data, qtype), qtype


def _rotary_rows(weights, heads: int):
    """q/k projection rows reordered from Hugging Face's rotary layout (halves) to GGML's
    (interleaved pairs): llama.cpp's LlamaModel.permute."""
    return (
        weights.reshape(heads, 2, weights.shape[0] // heads // 2, *weights.shape[1:])
        .swapaxes(1, 2)
        .reshape(weights.shape)
    )


def _write_modelfiles(folder: Path, gguf_name: str, record) -> dict[str, str]:
    """`Modelfile` (the blend) and, for a cyborg, `Modelfile.HANDLE` writing as each account."""
    from twinpost.training.dataset import speaker_prefix

    files = {"": MODELFILE}
    (folder / MODELFILE).write_text(_modelfile(gguf_name, record, ""), encoding="utf-8")
    if record.speaker_tagged:
        for handle in record.handles:
            slug = handle.lstrip("@").replace("/", "_")
            files[handle] = f"{MODELFILE}.{slug}"
            text = _modelfile(gguf_name, record, speaker_prefix(handle))
            (folder / files[handle]).write_text(text, encoding="utf-8")
    return files


def _modelfile(gguf_name: str, record, prefix: str) -> str:
    from twinpost.config import GenerateConfig

    defaults = GenerateConfig()
    voice = ", ".join(record.handles)
    # Raw completion: the prompt is the start of a post, with no chat template around it.
    template = json.dumps(prefix + "{{ .Prompt }}")
    lines = [
        f"# A twinpost bot: posts in the voice of {voice}.",
        "# ollama create NAME -f THIS_FILE && ollama run NAME 'My dream is'",
        f"FROM ./{gguf_name}",
        f"TEMPLATE {template}",
        f"PARAMETER temperature {defaults.temperature:g}",
        f"PARAMETER top_p {defaults.top_p:g}",
        "PARAMETER top_k 0",
        f"PARAMETER num_predict {defaults.max_new_tokens}",
        *(f'PARAMETER stop "{s}"' for s in STOP_STRINGS),
    ]
    return "\n".join(lines) + "\n"
