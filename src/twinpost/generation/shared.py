"""Compact bots in memory: the unchanged layers once, each bot's own layers around them.

A server with a hundred bots of one base would hold the base a hundred times if each bot
were loaded whole (0.5 GB each for the 135M base in fp32). A compact bot's folder says which
tensors are its own and which are the base's, unchanged (bot/weights.py: the index, the
shared shard hard-linked from the store, the own shard). `SharedLayers` keeps the modules
whose tensors all come from the shared shard once per shard file, and builds every further
bot of that shard around the very same module objects: only its own modules are new,
filled from its own shard. So a further bot costs its own tensors in memory (142 MB in fp32
for the default top 10 blocks) and loading it reads its own shard (71 MB), not 470 MB.

What is shared is decided by the bot's index, module by module: a module none of whose
tensors is in the own shard is the base's (embeddings, the lower blocks, the rotary
embedding, the tied output layer). Bots share a base when their shared shard is one file
(the same device and inode: hard links of one store file) loaded in the same dtype; a copy
on another filesystem loads on its own, whole. The shared modules are only read: writing
posts runs them forward, never trains or changes them.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from twinpost.bot.weights import INDEX_FILE, OWN_SHARD, SHARED_SHARD

BaseKey = tuple


@dataclass
class SharedBase:
    key: BaseKey
    modules: dict[str, nn.Module]  # dotted path in the model -> the one module every bot uses
    nbytes: int  # what its tensors take in memory


def shared_key(bot_dir: Path, dtype: torch.dtype, weights: str) -> BaseKey | None:
    """What a bot's unchanged layers are, in memory: its shared shard's file, the dtype and
    how the weights are held (int8 or full). None for a bot stored whole (one weights file)."""
    shard = bot_dir / SHARED_SHARD
    if not (bot_dir / INDEX_FILE).is_file() or not shard.is_file():
        return None
    stat = shard.stat()
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, str(dtype), weights)


def own_keys(bot_dir: Path) -> set[str]:
    index = json.loads((bot_dir / INDEX_FILE).read_text(encoding="utf-8"))
    return {name for name, shard in index["weight_map"].items() if shard == OWN_SHARD}


def shared_paths(model: nn.Module, own: set[str]) -> list[str]:
    """The largest modules of `model` that hold none of the `own` tensors, by dotted path."""
    # Every module on the way to an own tensor is (partly) the bot's: '', 'model',
    # 'model.layers', 'model.layers.20', 'model.layers.20.mlp', ...
    owned = {".".join(key.split(".")[:i]) for key in own for i in range(key.count(".") + 1)}
    paths: list[str] = []

    def walk(module: nn.Module, path: str) -> None:
        for name, child in module.named_children():
            child_path = f"{path}.{name}" if path else name
            if child_path in owned:
                walk(child, child_path)
            else:
                paths.append(child_path)

    walk(model, "")
    return paths


def tensor_bytes(modules) -> int:
    """Bytes of the tensors the modules hold (parameters, buffers and packed weights), each
    storage once."""
    seen: dict[int, int] = {}
    for top in modules:
        for module in top.modules():
            tensors = [*module._parameters.values(), *module._buffers.values(),
                       getattr(module, "packed", None)]  # fmt: skip
            for tensor in tensors:
                if isinstance(tensor, torch.Tensor) and tensor.device.type != "meta":
                    try:
                        storage = tensor.untyped_storage()
                        seen[storage.data_ptr()] = storage.nbytes()
                    except NotImplementedError:  # oneDNN's packed weights have no storage
                        seen[id(tensor)] = tensor.numel() * tensor.element_size()
    return sum(seen.values())


# Files a tokenizer is read from; bots whose files are the same bytes share one tokenizer.
_TOKENIZER_FILES = (
    "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "added_tokens.json",
    "vocab.json", "merges.txt", "chat_template.jinja",
)  # fmt: skip
MAX_TOKENIZERS = 16


class SharedLayers:
    """The unchanged layers of the compact bots a process has loaded, once per shared shard,
    and their tokenizers, once per set of tokenizer files."""

    def __init__(self) -> None:
        self._bases: dict[BaseKey, SharedBase] = {}
        self._tokenizers: OrderedDict[str, object] = OrderedDict()
        self._lock = threading.Lock()

    def tokenizer(self, bot_dir: Path, load):
        """The bot's tokenizer, `load(bot_dir)` only for files not seen before: reading one
        takes 0.27 s here, more than building the bot's model on shared layers. Writing
        only reads a tokenizer, so bots share the object."""
        digest = hashlib.sha256()
        for name in _TOKENIZER_FILES:
            if (path := bot_dir / name).is_file():
                digest.update(f"{name}\0{path.stat().st_size}\0".encode() + path.read_bytes())
        key = digest.hexdigest()
        with self._lock:
            if key in self._tokenizers:
                self._tokenizers.move_to_end(key)
                return self._tokenizers[key]
        tokenizer = load(bot_dir)
        with self._lock:
            self._tokenizers[key] = tokenizer
            while len(self._tokenizers) > MAX_TOKENIZERS:
                self._tokenizers.popitem(last=False)
        return tokenizer

    @property
    def bases(self) -> dict[BaseKey, SharedBase]:
        return dict(self._bases)

    def keep(self, keys: set[BaseKey]) -> None:
        """Forget the bases no loaded bot uses any more (their memory goes with the last bot)."""
        with self._lock:
            for key in set(self._bases) - keys:
                del self._bases[key]

    def build(
        self, bot_dir: Path, dtype: torch.dtype, attn: str, prepare, weights: str
    ) -> tuple | None:
        """(model, base) for a compact bot, its shared modules the base's; None where the
        bot is stored whole or its layout does not split (load it whole then). `prepare`
        readies a model for writing (eval, packing or int8 `weights`) and runs before the
        base is taken."""
        from transformers import AutoConfig, AutoModelForCausalLM

        key = shared_key(bot_dir, dtype, weights)
        if key is None:
            return None
        own = own_keys(bot_dir)
        with self._lock:
            base = self._bases.get(key)
            if base is None:  # the first bot of this shard: loaded whole, its shared modules kept
                model = AutoModelForCausalLM.from_pretrained(
                    bot_dir, dtype=dtype, attn_implementation=attn
                )
                prepare(model)
                modules = {p: model.get_submodule(p) for p in shared_paths(model, own)}
                base = SharedBase(key, modules, tensor_bytes(modules.values()))
                self._bases[key] = base
                return model, base
        config = AutoConfig.from_pretrained(bot_dir)
        with torch.device("meta"):  # no memory and no initialisation: every tensor is replaced
            model = AutoModelForCausalLM.from_config(config, dtype=dtype, attn_implementation=attn)
        paths = shared_paths(model, own)
        if set(paths) != set(base.modules):
            return None
        for path in paths:
            model.set_submodule(path, base.modules[path])
        loaded = model.load_state_dict(_own_tensors(bot_dir, dtype), strict=False, assign=True)
        if loaded.unexpected_keys or any(
            t.device.type == "meta" for t in (*model.parameters(), *model.buffers())
        ):
            return None  # a tensor neither shared nor the bot's own: not a layout we split
        prepare(model)
        return model, base


def _own_tensors(bot_dir: Path, dtype: torch.dtype) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    return {name: t.to(dtype) if t.is_floating_point() else t
            for name, t in load_file(bot_dir / OWN_SHARD).items()}  # fmt: skip
