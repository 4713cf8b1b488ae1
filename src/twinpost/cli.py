"""The `twinpost` command: parse arguments, call the library, print. No logic lives here."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from twinpost import __version__
from twinpost.errors import TwinpostError

app = typer.Typer(
    help="Turn the posts of one to three accounts into a small model that writes like them.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

F = TypeVar("F", bound=Callable)


def user_errors(command: F) -> F:
    """Turn a TwinpostError into one line on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except TwinpostError as e:
            typer.echo(f"twinpost: error: {e}", err=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


Sources = Annotated[
    list[str],
    typer.Argument(
        help="Export folders or zips (X, Mastodon), or .txt/.jsonl/.csv files; up to 3."
    ),
]
StrictSeedRules = Annotated[
    bool,
    typer.Option(
        "--strict-seed-rules",
        help="Count words exactly as the established tool did, also for Chinese, Japanese, Thai.",
    ),
]


@app.command()
@user_errors
def data(
    sources: Sources,
    out: Annotated[
        Path | None, typer.Option(help="Write the cleaned posts.jsonl and report.json here.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON only.")] = False,
    strict_seed_rules: StrictSeedRules = False,
) -> None:
    """Read and clean posts, and show the data report."""
    from twinpost.console import err, show_corpus
    from twinpost.console import out as stdout
    from twinpost.corpus import build_corpus

    corpus = build_corpus(sources, strict_seed_rules=strict_seed_rules)
    if out is not None:
        corpus.save(out)
    if as_json:
        typer.echo(json.dumps(corpus.table(), ensure_ascii=False))
        for warning in corpus.warnings:
            err.print(f"[yellow]warning:[/yellow] {warning}")
    else:
        show_corpus(corpus, stdout)
        if out is not None:
            stdout.print(f"\nWrote {out / 'posts.jsonl'} and {out / 'report.json'}")


@app.command()
def version() -> None:
    """Print twinpost's version."""
    typer.echo(__version__)


@app.command()
@user_errors
def train(
    sources: Sources,
    out: Annotated[Path, typer.Option(help="The bot folder to write.")],
    time_budget: Annotated[
        str | None,
        typer.Option(envvar="TWINPOST_TIME_BUDGET", help="Training time, e.g. 90s, 5m, none."),
    ] = None,
    epochs: Annotated[float | None, typer.Option(help="Passes over the posts.")] = None,
    method: Annotated[
        str | None,
        typer.Option(envvar="TWINPOST_METHOD", help="full, lora or top (top N blocks)."),
    ] = None,
    top_layers: Annotated[int | None, typer.Option(help="Blocks trained by --method top.")] = None,
    lora_rank: Annotated[int | None, typer.Option(help="LoRA rank for --method lora.")] = None,
    lr: Annotated[float | None, typer.Option(help="Peak learning rate.")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Blocks per step.")] = None,
    block_size: Annotated[int | None, typer.Option(help="Tokens per packed block.")] = None,
    seed: Annotated[int | None, typer.Option(help="Seed for the split and training.")] = None,
    base: Annotated[
        str | None,
        typer.Option(envvar="TWINPOST_BASE", help="Local HF folder or hub id; default embedded."),
    ] = None,
    device: Annotated[
        str | None, typer.Option(envvar="TWINPOST_DEVICE", help="auto, cpu or cuda.")
    ] = None,
    strict_seed_rules: StrictSeedRules = False,
) -> None:
    """Train a bot on up to 3 accounts' posts and write it to --out."""
    from twinpost.config import build_train_config
    from twinpost.console import err, show_corpus, show_training
    from twinpost.train import prepare_training, train_on_corpus

    config = build_train_config(
        time_budget=time_budget, epochs=epochs, method=method, top_layers=top_layers,
        lora_rank=lora_rank, lr=lr, batch_size=batch_size, block_size=block_size, seed=seed,
        base=base, device=device, strict_seed_rules=strict_seed_rules,
    )  # fmt: skip
    corpus = prepare_training(sources, out, config)
    show_corpus(corpus, err)
    result = train_on_corpus(corpus, out, config)
    show_training(result, err)


@app.command()
@user_errors
def generate(
    bot_dir: Annotated[Path, typer.Argument(help="A bot folder written by `twinpost train`.")],
    prompt: Annotated[str, typer.Argument(help="How each post starts.")] = "",
    n: Annotated[int, typer.Option("-n", "--n", help="How many posts.")] = 10,
    seed: Annotated[int | None, typer.Option(help="Seed for reproducible posts.")] = None,
    temperature: Annotated[float | None, typer.Option(help="Sampling temperature.")] = None,
    top_p: Annotated[float | None, typer.Option(help="Nucleus sampling mass.")] = None,
    max_new_tokens: Annotated[int | None, typer.Option(help="Longest post, in tokens.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
) -> None:
    """Write new posts in the bot's voice."""
    from twinpost.config import build_generate_config
    from twinpost.generate import generate_posts

    config = build_generate_config(
        n=n, seed=seed, temperature=temperature, top_p=top_p, max_new_tokens=max_new_tokens
    )
    posts = generate_posts(bot_dir, prompt, config)
    if as_json:
        typer.echo(json.dumps(posts, ensure_ascii=False))
    else:
        for i, post in enumerate(posts, start=1):
            typer.echo(f"{i:>2}. {post}")


@app.command()
@user_errors
def demo(
    out: Annotated[Path, typer.Option(help="Where to write the demo bot.")] = Path("bots/demo"),
    time_budget: Annotated[str, typer.Option(help="Training time.")] = "60s",
    prompt: Annotated[str, typer.Option(help="How each post starts.")] = "My dream is",
) -> None:
    """The established demo's three steps on the bundled sample account."""
    from twinpost.demo import run_demo

    run_demo(out, time_budget, prompt)
