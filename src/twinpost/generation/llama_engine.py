"""Writing posts with llama.cpp, through llama-cpp-python, from the bot's GGUF export.

`twinpost generate --engine llama.cpp` and `twinpost serve --engine llama.cpp` use it; the
default engine, `auto`, uses it where llama-cpp-python is installed and the bot is a
Llama-architecture model (BENCHMARKS.md, "Engines": llama.cpp writes one post 3-5x faster
than twinpost's decoder and 10 posts as fast, with the same held-out loss).

Only the decoding moves: the prompt is tokenized by the bot's own tokenizer exactly as
twinpost's decoder does (start-of-post token, a cyborg account's prefix, the prompt), the
tokens are handed to llama.cpp as ids, and what it samples is decoded by the same tokenizer,
so a post reads the same whichever engine wrote it; the copy guard, re-sampling, streaming
and progress above `sample_rows` are shared. Each post gets its own llama.cpp seed drawn
from the request's generator, so a seed gives the same posts again with this engine (not
the same posts as twinpost's decoder: the two draw differently).

The GGUF is written once per bot (its weights' sha256) into TWINPOST_HOME/cache/gguf, as
q8_0: as fast as f16 or faster here and with the same held-out loss (BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import torch

from twinpost.errors import TwinpostError
from twinpost.home import user_home

ENGINES = ("auto", "twinpost", "llama.cpp")
ENGINE_GGUF_TYPE = "q8_0"
# The longest prompt plus post the engine's context holds: the writing cap (2048 new tokens)
# and a long prompt. Its cache costs ~90 MB for the 135M model.
CONTEXT_TOKENS = 4096
INSTALL_HINT = "pip install 'twinpost[llamacpp]' (llama-cpp-python)"


def llama_cpp_available() -> bool:
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        return False
    return True


def check_engine(engine: str | None) -> str:
    """`engine` if it is one that can run here (one line otherwise), before any bot loads."""
    engine = engine or "auto"
    if engine not in ENGINES:
        raise TwinpostError(f"--engine {engine}: must be one of {', '.join(ENGINES)}")
    if engine == "llama.cpp" and not llama_cpp_available():
        raise TwinpostError(f"--engine llama.cpp needs llama-cpp-python: {INSTALL_HINT}")
    return engine


def resolve_engine(engine: str | None, bot_dir: Path) -> str:
    """The engine that will write: `auto` is llama.cpp where it is installed and the bot is
    a Llama-architecture model, else twinpost's own decoder."""
    engine = check_engine(engine)
    if engine == "twinpost":
        return engine
    exportable = _is_llama(bot_dir)
    if engine == "llama.cpp":
        if not exportable:
            raise TwinpostError(
                f"{bot_dir}: --engine llama.cpp writes Llama-architecture bots (the embedded "
                "SmolLM2 base); use --engine twinpost"
            )
        return engine
    return "llama.cpp" if exportable and llama_cpp_available() else "twinpost"


def _is_llama(bot_dir: Path) -> bool:
    import json

    try:
        config = json.loads((bot_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return config.get("model_type") == "llama"


def cached_gguf(bot_dir: Path) -> Path:
    """Where the bot's engine GGUF is (or will be) kept: by its weights' content."""
    from twinpost.bot.weights import weights_sha256

    digest = weights_sha256(bot_dir)
    return user_home() / "cache" / "gguf" / f"{digest[:32]}-{ENGINE_GGUF_TYPE}"


def engine_gguf(bot_dir: Path, on_export: Callable[[], None] | None = None) -> Path:
    """The bot's GGUF for llama.cpp, written on first use (`on_export` hears when)."""
    from twinpost.bot.export import export_gguf

    folder = cached_gguf(bot_dir)
    found = sorted(folder.glob("*.gguf")) if folder.is_dir() else []
    if found:
        return found[0]
    if on_export is not None:
        on_export()
    folder.parent.mkdir(parents=True, exist_ok=True)
    return export_gguf(bot_dir, folder, ENGINE_GGUF_TYPE, force=True).gguf


def load_llama(gguf: Path):
    """llama.cpp's model and context for one bot, on torch's threads (the same as twinpost)."""
    from llama_cpp import Llama

    threads = torch.get_num_threads()
    return Llama(
        str(gguf), n_ctx=CONTEXT_TOKENS, n_threads=threads, n_threads_batch=threads,
        verbose=False, seed=0,
    )  # fmt: skip


def sample_rows_llama(
    bot,
    encoded: list[list[int]],
    max_new_tokens: list[int],
    temperature: float,
    top_p: float,
    generator: torch.Generator | None,
    on_token: Callable[[int, list[int], bool], None],
) -> list[list[int]]:
    """Each row's new tokens (its end-of-post token included where it ended), written one
    row after another by llama.cpp: `on_token(row, tokens so far, done)` after each token.

    Every row's seed comes from `generator`, so the rows are the same whatever else runs."""
    import numpy as np

    llm, eos = bot.llama, bot.tokenizer.eos_token_id
    if generator is None:
        generator = torch.Generator()
        generator.seed()
    seeds = torch.randint(0, 2**31 - 1, (len(encoded),), generator=generator).tolist()
    banned = np.array(bot.control_ids, dtype=np.int64)

    def ban(_ids, scores):  # control tokens are never sampled, as in twinpost's decoder
        scores[banned] = -np.inf
        return scores

    rows = []
    for row, (ids, limit, seed) in enumerate(zip(encoded, max_new_tokens, seeds, strict=True)):
        if len(ids) + limit > CONTEXT_TOKENS:
            raise TwinpostError(
                f"prompt of {len(ids)} tokens and {limit} new ones: more than the "
                f"{CONTEXT_TOKENS} llama.cpp holds; shorten the prompt or --max-new-tokens"
            )
        llm.set_seed(seed)
        new: list[int] = []
        tokens = llm.generate(ids, top_k=0, top_p=top_p, min_p=0.0, temp=temperature,
                              repeat_penalty=1.0, logits_processor=[ban])  # fmt: skip
        for token in tokens:
            new.append(int(token))
            done = token == eos or len(new) >= limit
            on_token(row, new, done)
            if done:
                break
        rows.append(new)
    return rows
