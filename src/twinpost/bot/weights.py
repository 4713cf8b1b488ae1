"""A bot's weights on disk: only what it changed is its own.

A bot trained on its top blocks (the default) leaves the embeddings and the lower blocks as
the base had them. Its folder is a standard sharded Hugging Face checkpoint, so
`pipeline("text-generation", model=BOT_DIR)` and `from_pretrained` load it as they load any:

    model.safetensors.index.json       which tensor is in which shard
    model-00001-of-00002.safetensors   the unchanged tensors: a hard link to the shared store
    model-00002-of-00002.safetensors   the bot's own tensors, in bf16 (STORED_DTYPE)

The unchanged shard lives once in `TWINPOST_HOME/shards/`, named by the sha256 of its
tensors (names, dtypes, shapes and bytes), read-only; every bot from the same base with the
same frozen blocks hard-links the same file, so an additional bot costs its own tensors
(71 MB for the 135M base's top 10 blocks) and its small files, not 517 MB. A hard link is a
whole file: zipping, copying or pushing the folder gives all of it, and removing the store
(or another bot) never breaks a bot. Where the store is on another filesystem than the bot
(no hard link possible), the shard is copied instead: the bot is whole, only not compact.
A bot that trained every weight (full fine-tuning, merged LoRA) is one `model.safetensors`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import torch

from twinpost.bot.files import WEIGHTS_FILE
from twinpost.errors import TwinpostError

INDEX_FILE = "model.safetensors.index.json"
SHARED_SHARD = "model-00001-of-00002.safetensors"
OWN_SHARD = "model-00002-of-00002.safetensors"
SHARDS_DIR = "shards"


def shard_store() -> Path:
    from twinpost.home import user_home

    return user_home() / SHARDS_DIR


def save_weights(model, folder: Path, frozen: frozenset[str], stored_dtype=torch.bfloat16) -> int:
    """Write the model's config and weights into `folder`: shared and own shards when some
    weights are frozen, else one file. Returns the bytes the bot's own weights take."""
    from safetensors.torch import save_file

    model.config.save_pretrained(folder)
    state = _state(model)
    if not frozen:
        save_file(state, folder / WEIGHTS_FILE, metadata={"format": "pt"})
        return (folder / WEIGHTS_FILE).stat().st_size
    shared = {k: v for k, v in state.items() if k in frozen}
    own = {k: v.to(stored_dtype) if v.is_floating_point() else v
           for k, v in state.items() if k not in frozen}  # fmt: skip
    _link_or_copy(_stored_shard(shared), folder / SHARED_SHARD)
    save_file(own, folder / OWN_SHARD, metadata={"format": "pt"})
    total = sum(v.numel() * v.element_size() for v in (*shared.values(), *own.values()))
    weight_map = {**dict.fromkeys(sorted(shared), SHARED_SHARD),
                  **dict.fromkeys(sorted(own), OWN_SHARD)}  # fmt: skip
    index = {"metadata": {"total_size": total}, "weight_map": weight_map}
    (folder / INDEX_FILE).write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")
    return (folder / OWN_SHARD).stat().st_size


def _state(model) -> dict[str, torch.Tensor]:
    """The tensors `save_pretrained` would write: a tied output layer is the embedding's."""
    state = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
    if getattr(model.config, "tie_word_embeddings", False):
        state.pop("lm_head.weight", None)
    return state


def tensors_digest(tensors: dict[str, torch.Tensor]) -> str:
    digest = hashlib.sha256()
    for name in sorted(tensors):
        tensor = tensors[name].contiguous()
        digest.update(f"{name}\0{tensor.dtype}\0{tuple(tensor.shape)}\0".encode())
        digest.update(tensor.view(torch.uint8).numpy().data if tensor.numel() else b"")
    return digest.hexdigest()


def _stored_shard(tensors: dict[str, torch.Tensor]) -> Path:
    """The store's file holding `tensors`, written once (atomically) and read-only after."""
    from safetensors.torch import save_file

    store = shard_store()
    path = store / f"{tensors_digest(tensors)}.safetensors"
    if path.is_file():
        return path
    store.mkdir(parents=True, exist_ok=True)
    partial = store / f".{path.name}.{os.getpid()}.partial"
    save_file(tensors, partial, metadata={"format": "pt"})
    partial.chmod(0o444)  # a hard-linked file changed in place would change every bot
    os.replace(partial, path)
    return path


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another filesystem, or one without hard links: a whole copy
        shutil.copyfile(source, target)


def weight_files(bot_dir: Path) -> list[Path]:
    """The files that hold the weights: one file, or the index and its shards."""
    index = bot_dir / INDEX_FILE
    if index.is_file():
        shards = sorted(set(_read_index(index)["weight_map"].values()))
        return [index, *(bot_dir / s for s in shards)]
    if (bot_dir / WEIGHTS_FILE).is_file():
        return [bot_dir / WEIGHTS_FILE]
    raise TwinpostError(f"{bot_dir}: no weights ({WEIGHTS_FILE} or {INDEX_FILE})")


def weights_sha256(bot_dir: Path) -> str:
    """One sha256 for the weights in either form: of the file, or of the index and shards."""
    files = weight_files(bot_dir)
    if len(files) == 1:
        from twinpost.bot.lineage import sha256_file

        return sha256_file(files[0])
    digest = hashlib.sha256()
    for path in files:
        with path.open("rb") as f:
            while chunk := f.read(1 << 22):
                digest.update(chunk)
    return digest.hexdigest()


def iter_tensors(bot_dir: Path) -> Iterator[tuple[str, torch.Tensor]]:
    """Every stored tensor, by name, from whichever form the folder has."""
    from safetensors import safe_open

    for path in weight_files(bot_dir):
        if path.name == INDEX_FILE:
            continue
        with safe_open(path, framework="pt") as weights:
            for key in weights.keys():  # noqa: SIM118 (safe_open has no __iter__)
                yield key, weights.get_tensor(key)


def copy_standalone(bot_dir: Path, out_dir: Path) -> None:
    """A copy of the bot whose every file is its own (no hard link to the store), for a
    disk, a machine or a person without this TWINPOST_HOME."""
    shutil.copytree(bot_dir, out_dir, copy_function=shutil.copyfile, dirs_exist_ok=True)


def _read_index(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        raise TwinpostError(f"{path}: not valid JSON; the bot's weights index is damaged") from None
