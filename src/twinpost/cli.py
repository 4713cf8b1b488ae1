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
        help="Export folders or zips (X, Mastodon), Bluesky .car, .txt/.jsonl/.csv files, or "
        "live accounts: x:@handle, mastodon:@user@instance, bluesky:handle, "
        "community-archive:handle; up to 3."
    ),
]
Limit = Annotated[
    int | None, typer.Option(help="Newest posts per account to use (live sources fetch no more).")
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
    limit: Limit = None,
) -> None:
    """Read and clean posts, and show the data report."""
    from twinpost.console import err, show_corpus
    from twinpost.console import out as stdout
    from twinpost.data.corpus import build_corpus

    corpus = build_corpus(sources, strict_seed_rules=strict_seed_rules, limit=limit)
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
    held_out: Annotated[
        float | None, typer.Option(help="Share of posts held out to measure the loss.")
    ] = None,
    base: Annotated[
        str | None,
        typer.Option(envvar="TWINPOST_BASE", help="Local HF folder or hub id; default embedded."),
    ] = None,
    device: Annotated[
        str | None, typer.Option(envvar="TWINPOST_DEVICE", help="auto, cpu or cuda.")
    ] = None,
    strict_seed_rules: StrictSeedRules = False,
    report_to: Annotated[
        str | None,
        typer.Option(envvar="TWINPOST_REPORT_TO", help="Track: none, wandb, mlflow, tensorboard."),
    ] = None,
    limit: Limit = None,
) -> None:
    """Train a bot on up to 3 accounts' posts and write it to --out."""
    from twinpost.config import build_train_config
    from twinpost.console import err, show_corpus, show_training
    from twinpost.pipeline import prepare_training
    from twinpost.training.run import train_on_corpus
    from twinpost.training.tracking import require_tracker

    config = build_train_config(
        time_budget=time_budget, epochs=epochs, method=method, top_layers=top_layers,
        lora_rank=lora_rank, lr=lr, batch_size=batch_size, block_size=block_size, seed=seed,
        held_out=held_out, base=base, device=device, strict_seed_rules=strict_seed_rules,
        report_to=report_to,
    )  # fmt: skip
    require_tracker(config.report_to)
    corpus = prepare_training(sources, out, config, limit=limit)
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
    allow_copies: Annotated[
        bool, typer.Option("--allow-copies", help="Keep posts that repeat 8+ words of a real one.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
) -> None:
    """Write new posts in the bot's voice."""
    from twinpost.config import build_generate_config
    from twinpost.console import err
    from twinpost.generation.write import generate

    config = build_generate_config(
        n=n, seed=seed, temperature=temperature, top_p=top_p, max_new_tokens=max_new_tokens,
        allow_copies=allow_copies,
    )  # fmt: skip
    result = generate(bot_dir, prompt, config)
    if as_json:
        typer.echo(json.dumps(result.posts, ensure_ascii=False))
    else:
        for i, post in enumerate(result.posts, start=1):
            typer.echo(f"{i:>2}. {post}")
    if result.copies_dropped:
        err.print(
            f"Re-sampled {result.copies_dropped} post(s) that repeated 8+ consecutive words "
            "of a real post (--allow-copies keeps them)."
        )
    if len(result.posts) < n:
        err.print(f"[yellow]warning:[/yellow] only {len(result.posts)} of {n} posts were new.")


@app.command()
@user_errors
def demo(
    out: Annotated[Path, typer.Option(help="Where to write the demo bot.")] = Path("bots/demo"),
    time_budget: Annotated[str, typer.Option(help="Training time.")] = "60s",
    prompt: Annotated[str, typer.Option(help="How each post starts.")] = "My dream is",
    base: Annotated[
        str | None,
        typer.Option(envvar="TWINPOST_BASE", help="Local HF folder or hub id; default embedded."),
    ] = None,
) -> None:
    """The established demo's three steps on the bundled sample account."""
    from twinpost.demo import run_demo

    run_demo(out, time_budget, prompt, base)


BotDir = Annotated[Path, typer.Argument(help="A bot folder written by `twinpost train`.")]


@app.command()
@user_errors
def card(
    bot_dir: BotDir,
    prompt: Annotated[str | None, typer.Option(help="Prompt of the samples and widget.")] = None,
    seed: Annotated[int | None, typer.Option(help="Seed of the sample posts.")] = None,
) -> None:
    """Redraw the bot's model card (README.md) and predictions.png."""
    from twinpost.card import CARD_FILE, PREVIEW_FILE, card_settings, write_card
    from twinpost.generation.write import load_bot

    bot = load_bot(bot_dir)
    samples = write_card(bot, card_settings(bot_dir, prompt, seed))
    for i, post in enumerate(samples, start=1):
        typer.echo(f"{i:>2}. {post}")
    typer.echo(f"Wrote {bot_dir / CARD_FILE} and {bot_dir / PREVIEW_FILE}")


@app.command()
@user_errors
def lineage(bot_dir: BotDir) -> None:
    """Show what the bot was made from, and check every artifact's sha256."""
    from twinpost.bot.lineage import lineage_tree, verify_lineage
    from twinpost.console import out

    checks = verify_lineage(bot_dir)
    out.print(lineage_tree(checks))
    changed = [c for c in checks if c.status == "changed"]
    if changed:
        first = changed[0]
        raise TwinpostError(
            f"{bot_dir}: {first.artifact['type']} {first.artifact['name']} does not match "
            f"its sha256 in lineage.json ({first.detail})"
        )


@app.command()
@user_errors
def push(
    bot_dir: BotDir,
    repo: Annotated[str, typer.Option(help="The Hub model repo: user/name.")],
    private: Annotated[bool, typer.Option("--private", help="Create the repo private.")] = False,
) -> None:
    """Upload the bot folder to the Hugging Face Hub (token: HF_TOKEN or `hf auth login`)."""
    from twinpost.card.publish import push_bot

    pushed = push_bot(bot_dir, repo, private=private)
    typer.echo(f"Pushed {len(pushed.files)} files to {pushed.url}")


@app.command()
@user_errors
def serve(
    bot_dirs: Annotated[
        list[Path] | None, typer.Argument(help="Bot folders to serve, besides --bots-dir's.")
    ] = None,
    bots_dir: Annotated[
        Path | None,
        typer.Option(help="Folder of bots; jobs write new bots here. Default: TWINPOST_HOME/bots."),
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 for all.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(envvar="TWINPOST_TOKEN", help="Require Authorization: Bearer TOKEN."),
    ] = None,
    no_batching: Annotated[
        bool, typer.Option("--no-batching", help="Sample one request at a time.")
    ] = False,
    base: Annotated[
        str | None,
        typer.Option(envvar="TWINPOST_BASE", help="Base model of training jobs; default embedded."),
    ] = None,
) -> None:
    """Serve the web app and the HTTP API (also OpenAI and Hugging Face shapes)."""
    from twinpost.bot.folder import read_record
    from twinpost.server import ServeSettings, run_server

    for folder in bot_dirs or []:
        read_record(folder)  # a TwinpostError naming the folder if it is not a bot
    settings = ServeSettings(
        bots_dir=bots_dir, bot_dirs=list(bot_dirs or []), token=token,
        batching=not no_batching, base=base,
    )  # fmt: skip
    run_server(settings, host, port)


@app.command()
@user_errors
def update(
    bot_dir: BotDir,
    out: Annotated[
        Path | None,
        typer.Option(help="Where to write it (default: BOT_DIR; the old one is kept as .prev-N)."),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many new posts each.")] = None,
    time_budget: Annotated[
        str | None,
        typer.Option(envvar="TWINPOST_TIME_BUDGET", help="Training time; default: the bot's."),
    ] = None,
    epochs: Annotated[float | None, typer.Option(help="Passes; default: the bot's.")] = None,
) -> None:
    """Fetch a live bot's new posts and train its next version from it."""
    from twinpost.console import err, show_training
    from twinpost.update import update_bot

    result = update_bot(bot_dir, out, limit=limit, time_budget=time_budget, epochs=epochs)
    news = ", ".join(f"@{handle} {n:,}" for handle, n in result.new_posts.items())
    if result.training is None:
        err.print(f"No new posts ({news}): {bot_dir} is unchanged.", markup=False)
        return
    err.print(f"New posts: {news}", markup=False)
    show_training(result.training, err)
    err.print(f"Previous version kept at {result.previous}", markup=False)
