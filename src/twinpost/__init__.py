"""twinpost: turn an account's posts into a small model that writes like them.

The Python API is these few names; paths may be `str` or `Path`, and a single source may
be given as a string:

    import twinpost

    corpus = twinpost.read("twitter-2024-11-01.zip")           # up to 3 sources
    made = twinpost.make_bot(corpus, "bots/me", twinpost.TrainConfig(time_budget=90))
    bot = twinpost.load_bot("bots/me")
    print(twinpost.generate(bot, "My dream is", twinpost.GenerateConfig(n=3, seed=0)).posts)
    print(twinpost.evaluate("bots/me").discriminator)   # does it sound like them?

The names are imported when first used, so `import twinpost` stays quick (torch and
transformers take seconds to import).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from twinpost.version import __version__

# name -> the module it lives in
_API = {
    "read": "twinpost.data.corpus",
    "Corpus": "twinpost.data.corpus",
    "make_bot": "twinpost.pipeline",
    "MadeBot": "twinpost.pipeline",
    "load_bot": "twinpost.generation.load",
    "LoadedBot": "twinpost.generation.load",
    "generate": "twinpost.generation.write",
    "generate_threads": "twinpost.generation.write",
    "Generation": "twinpost.generation.write",
    "evaluate": "twinpost.voice",
    "VoiceReport": "twinpost.voice",
    "TrainConfig": "twinpost.config",
    "GenerateConfig": "twinpost.config",
    "TwinpostError": "twinpost.errors",
}
__all__ = [*_API, "__version__"]

if TYPE_CHECKING:  # for type checkers and editors; at run time __getattr__ imports them
    from twinpost.config import GenerateConfig as GenerateConfig
    from twinpost.config import TrainConfig as TrainConfig
    from twinpost.data.corpus import Corpus as Corpus
    from twinpost.data.corpus import read as read
    from twinpost.errors import TwinpostError as TwinpostError
    from twinpost.generation.load import LoadedBot as LoadedBot
    from twinpost.generation.load import load_bot as load_bot
    from twinpost.generation.write import Generation as Generation
    from twinpost.generation.write import generate as generate
    from twinpost.generation.write import generate_threads as generate_threads
    from twinpost.pipeline import MadeBot as MadeBot
    from twinpost.pipeline import make_bot as make_bot
    from twinpost.voice import VoiceReport as VoiceReport
    from twinpost.voice import evaluate as evaluate


def __getattr__(name: str):
    if name in _API:
        value = getattr(import_module(_API[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'twinpost' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
