"""Shared fixtures: an isolated TWINPOST_HOME, the CLI runner, the shared real exports, a
tiny random base model and the one tiny bot most tests use."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ANDRERUFFERT = SHARED_DATA / "x-archive" / "andreruffert"
ALROCAR = SHARED_DATA / "x-archive" / "alrocar"
DEALINGWITH = SHARED_DATA / "mastodon-archive" / "dealingwith"


@pytest.fixture(autouse=True)
def twinpost_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own user data dir, so no test sees another's caches."""
    home = tmp_path_factory.mktemp("twinpost-home")
    monkeypatch.setenv("TWINPOST_HOME", str(home))
    return home


@pytest.fixture(params=["out-absent", "out-empty"])
def out(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The --out folder: either not there yet, or there and empty."""
    path = tmp_path / "out"
    if request.param == "out-empty":
        path.mkdir()
    return path


@pytest.fixture
def cli():
    """Run the twinpost CLI in-process: `cli("data", path, "--json")` returns a click Result."""
    from twinpost.cli import app

    runner = CliRunner()

    def invoke(*args: str | Path, input: str | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input)

    return invoke


# SmolLM2's special tokens, in its order, so the tiny tokenizer gives them its ids 0, 1, 2.
TINY_SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
TINY_VOCAB_SIZE = 512  # a ceiling: 256 bytes + 3 specials + the ~140 merges the corpus yields


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random Llama (SmolLM2's family) and tokenizer, saved as a Hugging Face folder.

    The tokenizer is a byte-level BPE trained here on generated sentences, not the embedded
    SmolLM2 tokenizer: reading that from the GGUF takes ~3.5 s (its 49k strings), and a 49k
    vocabulary makes the logits 100x wider, which slows every test that trains. It behaves like
    the real one where twinpost relies on it: byte-level (any text, emoji included, encodes and
    decodes back), nothing added by `tokenizer(text)`, eos <|endoftext|> (id 0, dropped by
    `decode(skip_special_tokens=True)`), pad <|im_end|> (id 2),
    as `twinpost.training.base_model` saves them.
    """
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from twinpost.training.base_model import EOS_TOKEN

    folder = tmp_path_factory.mktemp("tiny-base")
    tokenizer = _tiny_tokenizer()
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,  # grouped-query attention, as SmolLM2 (9 heads, 3 kv heads)
        max_position_embeddings=512,
        rope_theta=100000.0,  # SmolLM2's
        tie_word_embeddings=True,  # SmolLM2's
        bos_token_id=tokenizer.convert_tokens_to_ids(EOS_TOKEN),
        eos_token_id=tokenizer.convert_tokens_to_ids(EOS_TOKEN),
        pad_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(0)  # the same weights in every run, so failures reproduce
    model = LlamaForCausalLM(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def _tiny_tokenizer():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    from twinpost.training.base_model import EOS_TOKEN, PAD_TOKEN

    bpe = Tokenizer(models.BPE())
    # SmolLM2's pre-tokenizer and decoder (see its tokenizer.json): GPT-2 style byte level.
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=TINY_VOCAB_SIZE,
        special_tokens=TINY_SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),  # every byte, so no text is unknown
        show_progress=False,
    )
    bpe.train_from_iterator(_tiny_corpus(), trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        eos_token=EOS_TOKEN,
        bos_token=EOS_TOKEN,
        unk_token=EOS_TOKEN,
        pad_token=PAD_TOKEN,
        model_max_length=512,  # the tiny model's max_position_embeddings
    )


def _tiny_corpus() -> list[str]:
    subjects = ["I", "We", "The team", "My cat", "Everyone here", "Nobody"]
    verbs = ["love", "wrote about", "just shipped", "read", "can't stop thinking about"]
    objects = [
        "the new release",
        "coffee at 7am",
        "open source software",
        "this weather ☀️",
        "#python tips",
        "https://example.com/posts/42",
        "@friend's thread",
    ]
    return [f"{s} {v} {o}!" for s in subjects for v in verbs for o in objects]


def tiny_config(tiny_base: Path, **changes):
    """Settings that train the tiny model for a moment: a third of an epoch, full weights,
    fp32 (bf16 autocast is slower than fp32 for a model this tiny), no time budget."""
    from twinpost.config import TrainConfig

    settings = dict(base=str(tiny_base), method="full", time_budget=None, epochs=0.3, lr=3e-3,
                    batch_size=8, block_size=128, bf16=False)  # fmt: skip
    return TrainConfig(**{**settings, **changes})


@pytest.fixture(scope="session")
def tiny_bot_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The TWINPOST_HOME the shared tiny bot was made in (its stored lineage artifacts)."""
    return tmp_path_factory.mktemp("tiny-bot-home")


@pytest.fixture(scope="session")
def tiny_bot(tiny_base: Path, tiny_bot_home: Path, tmp_path_factory: pytest.TempPathFactory):
    """The one tiny bot of the suite: two epochs of the bundled sample account, trained by
    `make_bot` on the tiny model, with its card (a `MadeBot`). Read-only: a test that
    changes a bot takes `bot_copy`."""
    from twinpost.demo import SAMPLE_ACCOUNT
    from twinpost.pipeline import make_bot

    out = tmp_path_factory.mktemp("tiny-bot") / "marigold"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TWINPOST_HOME", str(tiny_bot_home))
        return make_bot(SAMPLE_ACCOUNT, out, tiny_config(tiny_base, epochs=2))


@pytest.fixture
def bot_copy(tiny_bot, tmp_path: Path) -> Path:
    """A copy of the shared tiny bot this test may change."""
    copy = tmp_path / "bots" / tiny_bot.bot_dir.name
    shutil.copytree(tiny_bot.bot_dir, copy)
    return copy


@pytest.fixture(scope="session")
def embedded_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A TWINPOST_HOME holding the real embedded base model, converted once per session (~20 s).

    Deleted afterwards: pytest keeps the temp folders of its last three runs, and each copy of
    the converted model is 0.5 GB.
    """
    home = tmp_path_factory.mktemp("embedded-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TWINPOST_HOME", str(home))
        from twinpost.training.base_model import resolve_base

        resolve_base()
    yield home
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def use_embedded(embedded_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point this test's TWINPOST_HOME at the session's converted embedded model."""
    monkeypatch.setenv("TWINPOST_HOME", str(embedded_home))
    return embedded_home


LIVE_URL_VARS = (
    "TWINPOST_X_API_URL",
    "TWINPOST_MASTODON_URL",
    "TWINPOST_BLUESKY_URL",
    "TWINPOST_COMMUNITY_ARCHIVE_URL",
)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits live sources asked for (retries, rate limits), recorded instead of slept."""
    from twinpost.data.sources import http

    waits: list[float] = []
    monkeypatch.setattr(http, "sleep", waits.append)
    return waits


@pytest.fixture
def live_server(httpserver, sleeps, monkeypatch: pytest.MonkeyPatch):
    """A loopback HTTP server (pytest-httpserver) standing in for every live API.

    Every TWINPOST_*_URL points at it, and any client built for another host fails the test,
    so no test ever reaches a real service.
    """
    from urllib.parse import urlparse

    from twinpost.data.sources import http

    for name in LIVE_URL_VARS:
        monkeypatch.setenv(name, httpserver.url_for("").rstrip("/"))
    real_init = http.ApiClient.__init__

    def loopback_only(self, base_url: str, *args, **kwargs) -> None:
        host = urlparse(base_url).hostname
        assert host in {"localhost", "127.0.0.1", "::1"}, f"a test tried to reach {base_url}"
        real_init(self, base_url, *args, **kwargs)

    monkeypatch.setattr(http.ApiClient, "__init__", loopback_only)
    return httpserver


@pytest.fixture
def serve() -> Iterator:
    """Run an ASGI app (twinpost's server) with uvicorn on a free loopback port, in a thread:
    `url = serve(app)`. Every server started is stopped when the test ends."""
    import socket
    import threading
    import time

    import uvicorn

    running: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(app) -> str:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        running.append((server, thread))
        deadline = time.monotonic() + 30
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
            time.sleep(0.01)
        return f"http://127.0.0.1:{sock.getsockname()[1]}"

    yield start
    for server, thread in running:
        server.should_exit = True
        thread.join(timeout=30)
