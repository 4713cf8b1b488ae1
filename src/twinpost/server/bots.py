"""The bots a server can see: the folders inside its bots folder, plus any named on the command
line. A request names a bot by folder name only; a name is checked against `BOT_NAME` and its
resolved path must stay inside the bots folder, so no request reaches another folder."""

from __future__ import annotations

import ctypes
import functools
import threading
from collections import OrderedDict
from pathlib import Path

from twinpost.bot.files import CONFIG_FILE
from twinpost.bot.folder import is_bot, read_record
from twinpost.bot.record import BotRecord
from twinpost.generation.load import LoadedBot, load_bot
from twinpost.generation.shared import SharedLayers
from twinpost.server.limits import BOT_NAME

# The memory the loaded bots' weights may take, by default (`serve --memory`). A bot stored
# whole takes ~0.55 GB in fp32 (the 135M base), 0.25 GB in int8; compact bots of one base
# share its unchanged layers (0.51 GB once in fp32, 0.21 GB in int8) and each adds its own
# (142 MB in fp32, 36 MB in int8): about 10 of them stay loaded in fp32, 50 in int8.
DEFAULT_BOT_MEMORY = 2 * 2**30


def return_freed_memory() -> None:
    """Hand the heap's free pages back to the system after a bot is loaded or unloaded.

    glibc keeps freed chunks of the size a bot's tensors come in (a few MB, under its
    adaptive mmap threshold) in its heap, so a server that unloads and loads bots grew by
    0.8 GB more than its weights (3.55 GiB against 2.73 GiB resident after loading 30 bots
    in turn within 2 GiB). Loading leaves such chunks too: a bot's own tensors are read in
    bf16, widened and then packed or rounded to int8, and with int8 bots the server grew by
    about 200 MB a bot loaded for a 36 MB bot (5.4 GiB peak for 100 bots). `malloc_trim`
    returns them; no library wraps it, so ctypes calls it where the C library is glibc, and
    elsewhere nothing is done."""
    if (trim := _malloc_trim()) is not None:
        trim(0)


@functools.cache
def _malloc_trim():
    """glibc's malloc_trim, opened once; None where the C library is not glibc."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


class UnknownBot(LookupError):
    """No bot of that name (or a name no bot could have). The API answers 404."""


class BotRegistry:
    def __init__(
        self,
        bots_dir: Path,
        bot_dirs: list[Path] | None = None,
        engine: str = "twinpost",
        memory: int = DEFAULT_BOT_MEMORY,
        weights: str = "auto",
    ) -> None:
        self.bots_dir = bots_dir.resolve()
        self.engine = engine  # what writes: twinpost, llama.cpp or auto (llama_engine.py)
        self.memory = memory  # bytes of weights kept loaded; the least recently used go first
        self.weights = weights  # how twinpost's decoder holds them: int8, full or auto
        # Folders named on the command line, by their folder name; they win over bots_dir.
        self.named = {p.resolve().name: p.resolve() for p in bot_dirs or []}
        self._loaded: OrderedDict[Path, tuple[float, LoadedBot]] = OrderedDict()
        self.shared = SharedLayers()
        self._lock = threading.Lock()

    def names(self) -> list[str]:
        found = set(self.named)
        if self.bots_dir.is_dir():
            found |= {p.name for p in self.bots_dir.iterdir()}
        return sorted((n for n in found if self.serves(n)), key=str.lower)

    def serves(self, name: str) -> bool:
        try:
            self.path(name)
        except UnknownBot:
            return False
        return True

    def path(self, name: str) -> Path:
        """The bot folder of `name`; UnknownBot unless it is a bot this server serves."""
        if name in self.named and is_bot(self.named[name]):
            return self.named[name]
        if not BOT_NAME.match(name):
            raise UnknownBot(name)
        folder = (self.bots_dir / name).resolve()
        if folder.parent != self.bots_dir or not is_bot(folder):
            raise UnknownBot(name)
        return folder

    def record(self, name: str) -> BotRecord:
        return read_record(self.path(name))

    def is_taken(self, name: str) -> bool:
        return name in self.named or (self.bots_dir / name).exists()

    def load(self, name: str) -> LoadedBot:
        """The loaded bot, from memory unless its folder was rewritten since it was loaded."""
        folder = self.path(name)
        stamp = (folder / CONFIG_FILE).stat().st_mtime
        with self._lock:
            cached = self._loaded.get(folder)
            if cached and cached[0] == stamp:
                self._loaded.move_to_end(folder)
                return cached[1]
            self._loaded.pop(folder, None)  # rewritten: its old weights go before the new load
        bot = load_bot(folder, engine=self.engine, shared=self.shared, weights=self.weights)
        with self._lock:
            self._loaded[folder] = (stamp, bot)
            self._loaded.move_to_end(folder)
            while len(self._loaded) > 1 and self.memory_used() > self.memory:
                self._loaded.popitem(last=False)
            self.shared.keep({b.shared.key for _, b in self._loaded.values() if b.shared})
        return_freed_memory()  # what the load and any unloading freed
        return bot

    def loaded(self) -> list[str]:
        """The bots in memory, least recently used first."""
        return [folder.name for folder in self._loaded]

    def memory_used(self) -> int:
        """Bytes the loaded bots' weights take: each bot's own, and each shared base once."""
        bots = [bot for _, bot in self._loaded.values()]
        bases = {bot.shared.key: bot.shared.nbytes for bot in bots if bot.shared}
        return sum(bot.own_bytes for bot in bots) + sum(bases.values())
