"""The `twinpost` command: parse arguments, call the library, print. No logic lives here."""

from __future__ import annotations

import dataclasses
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer

from twinpost.errors import TwinpostError, one_line
from twinpost.version import __version__

app = typer.Typer(
    help="Turn the posts of one to three accounts into a small model that writes like them.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable)


def user_errors(command: F) -> F:
    """Turn a TwinpostError into one line on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except TwinpostError as e:
            typer.echo(f"twinpost: error: {one_line(str(e))}", err=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def _help(name: str) -> str:
    """A training option's help, declared once in twinpost.config, with its default."""
    from twinpost.config import TrainConfig

    default = TrainConfig().to_dict()[name]
    if default is None or isinstance(default, bool):
        return TrainConfig.help(name)
    shown = f"{default:g}s" if name == "time_budget" else f"{default:g}" if isinstance(
        default, float) else str(default)  # fmt: skip
    return f"{TrainConfig.help(name)} (default: {shown})"


def _generate_help(name: str, typer_shows_default: bool = False) -> str:
    """A writing option's help from twinpost.config, with its default where it has one."""
    from twinpost.config import GenerateConfig

    default = GenerateConfig().to_dict()[name]
    if default is None or isinstance(default, bool) or typer_shows_default:
        return GenerateConfig.help(name)
    return f"{GenerateConfig.help(name)} (default: {default:g})"


ENGINE_HELP = (
    "What writes: twinpost (its own decoder), llama.cpp (llama-cpp-python, from the bot's "
    "GGUF; 3-5x faster for one post), or auto: llama.cpp where it is installed."
)
WEIGHTS_HELP = (
    "How twinpost's decoder holds the weights: int8 (one byte a weight: a quarter of fp32's, "
    "half of bf16's; one post 1.6x faster than fp32 on an x86 CPU), full (the bot's "
    "precision, in the CPU's dtype), or auto: int8 on x86-64."
)
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
Force = Annotated[
    bool,
    typer.Option(
        "--force", help="Replace what --out holds (a bot is kept until the new one is complete)."
    ),
]
JsonResult = Annotated[
    bool,
    typer.Option("--json", help="Print the result as JSON on stdout (progress stays on stderr)."),
]
StrictSeedRules = Annotated[
    bool, typer.Option("--strict-seed-rules", help=_help("strict_seed_rules"))
]
FetchParents = Annotated[bool, typer.Option("--fetch-parents", help=_help("fetch_parents"))]
Scrub = Annotated[str | None, typer.Option("--scrub", help=_help("scrub"))]
NoScrub = Annotated[
    bool, typer.Option("--no-scrub", help="Train on the posts as written: no scrubbing.")
]


def _scrub_level(scrub: str | None, no_scrub: bool) -> str | None:
    """--scrub LEVEL or --no-scrub (the same as --scrub off); None leaves the default."""
    if no_scrub and scrub not in (None, "off"):
        raise TwinpostError(f"--scrub {scrub} and --no-scrub: pass one of them")
    return "off" if no_scrub else scrub


@app.command()
@user_errors
def data(
    sources: Sources,
    out: Annotated[
        Path | None, typer.Option(help="Write the cleaned posts.jsonl and report.json here.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON only.")] = False,
    strict_seed_rules: StrictSeedRules = False,
    fetch_parents: FetchParents = False,
    scrub: Scrub = None,
    no_scrub: NoScrub = False,
    limit: Limit = None,
    force: Force = False,
) -> None:
    """Read and clean posts, and show the data report."""
    from twinpost.console import ConsoleReport, err, show_read
    from twinpost.console import out as stdout
    from twinpost.data.corpus import build_corpus, check_data_out
    from twinpost.events import reporting

    if out is not None:
        check_data_out(out, sources, force)  # before reading: nothing to lose a minute for
    report = ConsoleReport(err)
    with reporting(report):
        level = _scrub_level(scrub, no_scrub) or "personal"
        corpus = build_corpus(sources, strict_seed_rules, limit, fetch_parents, level)
    report.close()
    if out is not None:
        corpus.save(out)
    if as_json:
        typer.echo(json.dumps(corpus.table(), ensure_ascii=False))
        for warning in corpus.warnings:
            err.print(f"[yellow]warning:[/yellow] {warning}", markup=False)
    else:
        show_read(corpus.read_event(), stdout)
        if out is not None:
            stdout.print(f"\nWrote {out / 'posts.jsonl'} and {out / 'report.json'}")


def _print_version(value: bool) -> None:
    if value:
        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_print_version, is_eager=True,
                     help="Print twinpost's version and exit."),
    ] = None,
) -> None:  # fmt: skip
    """Turn the posts of one to three accounts into a small model that writes like them."""


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
        str | None, typer.Option(envvar="TWINPOST_TIME_BUDGET", help=_help("time_budget"))
    ] = None,
    epochs: Annotated[float | None, typer.Option(help=_help("epochs"))] = None,
    method: Annotated[
        str | None, typer.Option(envvar="TWINPOST_METHOD", help=_help("method"))
    ] = None,
    top_layers: Annotated[int | None, typer.Option(help=_help("top_layers"))] = None,
    lora_rank: Annotated[int | None, typer.Option(help=_help("lora_rank"))] = None,
    lr: Annotated[float | None, typer.Option(help=_help("lr"))] = None,
    batch_size: Annotated[int | None, typer.Option(help=_help("batch_size"))] = None,
    block_size: Annotated[int | None, typer.Option(help=_help("block_size"))] = None,
    seed: Annotated[int | None, typer.Option(help=_help("seed"))] = None,
    held_out: Annotated[float | None, typer.Option(help=_help("held_out"))] = None,
    base: Annotated[str | None, typer.Option(envvar="TWINPOST_BASE", help=_help("base"))] = None,
    device: Annotated[
        str | None, typer.Option(envvar="TWINPOST_DEVICE", help=_help("device"))
    ] = None,
    strict_seed_rules: StrictSeedRules = False,
    fetch_parents: FetchParents = False,
    scrub: Scrub = None,
    no_scrub: NoScrub = False,
    report_to: Annotated[
        str | None, typer.Option(envvar="TWINPOST_REPORT_TO", help=_help("report_to"))
    ] = None,
    recipe: Annotated[
        Path | None,
        typer.Option(help="A recipe.json from twinpost sweep; options given here still win."),
    ] = None,
    limit: Limit = None,
    force: Force = False,
    as_json: JsonResult = False,
) -> None:
    """Train a bot on up to 3 accounts' posts and write it, with its card, to --out."""
    from twinpost.config import TrainConfig
    from twinpost.training.recipe import read_recipe

    chosen = read_recipe(recipe, base) if recipe is not None else {}
    config = TrainConfig.from_settings(**chosen).replace(
        time_budget=time_budget, epochs=epochs, method=method, top_layers=top_layers,
        lora_rank=lora_rank, lr=lr, batch_size=batch_size, block_size=block_size, seed=seed,
        held_out=held_out, base=base, device=device, strict_seed_rules=strict_seed_rules or None,
        fetch_parents=fetch_parents or None, scrub=_scrub_level(scrub, no_scrub),
        report_to=report_to,
    )  # fmt: skip
    made = _make_bot(sources, out, config, limit, force=force)
    if as_json:
        typer.echo(json.dumps(made.to_dict(), indent=2, ensure_ascii=False))


@app.command("train-many")
@user_errors
def train_many(
    spec: Annotated[
        Path, typer.Argument(help='JSON lines, one bot a line: {"name", "sources", ...}.')
    ],
    out: Annotated[Path, typer.Option(help="Folder of the bots (DIR/NAME) and the manifest.")],
    address: Annotated[
        str | None,
        typer.Option(
            envvar="RAY_ADDRESS",
            help="A Ray cluster to run on (e.g. ray://head:10001); default: a local "
            "Ray instance for this run.",
        ),
    ] = None,
    cpus_per_bot: Annotated[
        int | None, typer.Option(help="CPUs each bot reserves (default: a node's, up to 4).")
    ] = None,
    gpus_per_bot: Annotated[
        float,
        typer.Option(
            min=0, help="GPUs each bot reserves (e.g. 1, or 0.5 for two bots a GPU); 0: none."
        ),
    ] = 0,
    retries: Annotated[
        int, typer.Option(help="Tries more for a bot whose task crashed or whose worker died.")
    ] = 1,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Replace bot folders already in --out that this spec has not finished."
        ),
    ] = False,
    as_json: JsonResult = False,
) -> None:
    """Train many bots as Ray tasks; a rerun skips the bots done and resumes the rest."""
    from twinpost.console import ManyView, show_many
    from twinpost.many import read_spec
    from twinpost.many import train_many as run

    names = [s.name for s in read_spec(spec)]  # a wrong spec fails here, before Ray starts
    view = None if as_json else ManyView(names, [])
    try:
        result = run(spec, out, address=address, cpus_per_bot=cpus_per_bot,
                     gpus_per_bot=gpus_per_bot, retries=retries, force=force,
                     on_progress=view)  # fmt: skip
    except KeyboardInterrupt:
        if view is not None:
            view.close()
        typer.echo("Stopped. The bots done are kept; run the same command again to train "
                   "the rest (an interrupted bot continues from its checkpoint).",
                   err=True)  # fmt: skip
        raise typer.Exit(130) from None
    finally:
        if view is not None:
            view.close()
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        show_many(result)
    if result.failed:
        raise typer.Exit(1)


def _make_bot(sources, out: Path, config, limit: int | None = None, force: bool = False):
    """make_bot, drawn on stderr."""
    from twinpost.console import ConsoleReport, err, show_made
    from twinpost.pipeline import make_bot

    report = ConsoleReport(err)
    try:
        made = make_bot(sources, out, config, limit=limit, report=report, force=force)
    except KeyboardInterrupt:
        report.close()
        _stopped(out)
    finally:
        report.close()
    show_made(made, err)
    return made


def _stopped(out: Path) -> NoReturn:
    """Ctrl-C during a run: say what is kept, exit 130 (the shell's code for an interrupt)."""
    from twinpost.console import err
    from twinpost.training.checkpoint import INFO_FILE, checkpoint_dir

    kept = (checkpoint_dir(out) / INFO_FILE).is_file()
    err.print("Stopped. " + ("The training so far is saved: run the same command again to "
              "continue it." if kept else "Nothing was written."), markup=False)  # fmt: skip
    raise typer.Exit(130)


@app.command()
@user_errors
def generate(
    bot_dir: Annotated[Path, typer.Argument(help="A bot folder written by `twinpost train`.")],
    prompt: Annotated[str, typer.Argument(help="How each post starts.")] = "",
    n: Annotated[
        int, typer.Option("-n", "--n", help=_generate_help("n", typer_shows_default=True))
    ] = 10,
    seed: Annotated[int | None, typer.Option(help=_generate_help("seed"))] = None,
    temperature: Annotated[float | None, typer.Option(help=_generate_help("temperature"))] = None,
    top_p: Annotated[float | None, typer.Option(help=_generate_help("top_p"))] = None,
    max_new_tokens: Annotated[
        int | None, typer.Option(help=_generate_help("max_new_tokens"))
    ] = None,
    allow_copies: Annotated[
        bool, typer.Option("--allow-copies", help=_generate_help("allow_copies"))
    ] = False,
    speaker: Annotated[str | None, typer.Option("--as", help=_generate_help("speaker"))] = None,
    reply_to: Annotated[
        str | None,
        typer.Option(
            "--reply-to",
            help="Answer this post: its text, or the URL of a public Mastodon or Bluesky post. "
            "Each post is a reply.",
        ),
    ] = None,
    thread: Annotated[
        int | None,
        typer.Option(
            "--thread",
            help="Write threads of this many posts, each continuing the last (-n threads).",
        ),
    ] = None,
    engine: Annotated[str, typer.Option(help=ENGINE_HELP)] = "auto",
    weights: Annotated[str, typer.Option(help=WEIGHTS_HELP)] = "auto",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON list (of lists, with --thread).")
    ] = False,
) -> None:
    """Write new posts in the bot's voice: posts, replies to a post, or threads."""
    from twinpost.config import GenerateConfig
    from twinpost.console import err
    from twinpost.data.sources.post_url import fetch_post, looks_like_url
    from twinpost.generation.load import load_bot
    from twinpost.generation.write import check_thread_length, generate, generate_threads

    if thread is not None:
        check_thread_length(thread)  # before the bot loads
    author = None
    if reply_to is not None and looks_like_url(reply_to):  # a public Mastodon or Bluesky post
        fetched = fetch_post(reply_to)
        reply_to, author = fetched.text, fetched.author
    config = GenerateConfig.from_settings(
        n=n, seed=seed, temperature=temperature, top_p=top_p, max_new_tokens=max_new_tokens,
        allow_copies=allow_copies or None, speaker=speaker, reply_to=reply_to,
        reply_to_author=author,
    )  # fmt: skip

    def exporting() -> None:
        err.print(f"Writing {bot_dir.name} as GGUF for llama.cpp (once for this bot)…",
                  markup=False, highlight=False)  # fmt: skip

    bot = load_bot(bot_dir, engine=engine, on_export=exporting, weights=weights)
    if thread is not None:
        threads = generate_threads(bot, prompt, thread, config)
        if as_json:
            typer.echo(json.dumps(threads, ensure_ascii=False))
            return
        for i, posts in enumerate(threads, start=1):
            typer.echo(f"Thread {i}:")
            for j, post in enumerate(posts, start=1):
                typer.echo(f"  {j}/{len(posts)} {post}")
        return
    result = generate(bot, prompt, config)
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
    time_budget: Annotated[str, typer.Option(help="The whole run's time, e.g. 60s.")] = "60s",
    prompt: Annotated[str, typer.Option(help="How each post starts.")] = "My dream is",
    base: Annotated[str | None, typer.Option(envvar="TWINPOST_BASE", help=_help("base"))] = None,
) -> None:
    """The established demo's three steps on the bundled sample account."""
    from twinpost.console import ConsoleReport, err, show_made
    from twinpost.console import out as stdout
    from twinpost.demo import run_demo
    from twinpost.events import StageStarted

    steps = {"reading": "[bold]1. Download[/bold]: the bundled sample account",
             "loading": f"[bold]2. Train[/bold]: {time_budget} on this machine"}  # fmt: skip
    console = ConsoleReport(err, table_on=stdout)

    def report(event) -> None:
        if isinstance(event, StageStarted) and event.stage in steps:
            console.close()
            stdout.rule(steps[event.stage])
        console(event)

    try:
        shown = run_demo(out, time_budget, prompt, base, report)
    finally:
        console.close()
    show_made(shown.made, err)
    stdout.rule(f"[bold]3. Predict[/bold]: 10 posts for {prompt!r}")
    for i, post in enumerate(shown.posts, start=1):
        stdout.print(f"{i:>2}. {post}", markup=False, highlight=False)
    stdout.print(
        f'\nTry your own: [bold]twinpost generate {out} "{prompt}"[/bold], or train on '
        "your archive: [bold]twinpost train ARCHIVE.zip --out bots/me[/bold]"
    )


BotDir = Annotated[Path, typer.Argument(help="A bot folder written by `twinpost train`.")]


@app.command()
@user_errors
def card(
    bot_dir: BotDir,
    prompt: Annotated[str | None, typer.Option(help="Prompt of the samples and widget.")] = None,
    seed: Annotated[int | None, typer.Option(help="Seed of the sample posts.")] = None,
    as_json: JsonResult = False,
) -> None:
    """Redraw the bot's model card (README.md) and predictions.png. Posts chosen for the
    preview in the web app are kept unless --prompt changes."""
    from twinpost.bot.files import CARD_FILE, PREVIEW_FILE
    from twinpost.card import draw_card
    from twinpost.generation.load import load_bot

    drawn = draw_card(load_bot(bot_dir), prompt, seed)
    if as_json:
        written = {"card": str(bot_dir / CARD_FILE), "preview": str(bot_dir / PREVIEW_FILE),
                   "samples": drawn.samples, "preview_posts": drawn.preview,
                   "chosen_in_web_app": drawn.chosen}  # fmt: skip
        typer.echo(json.dumps(written, indent=2, ensure_ascii=False))
        return
    for i, post in enumerate(drawn.samples, start=1):
        typer.echo(f"{i:>2}. {post}")
    kept = " (keeping the posts chosen for its preview)" if drawn.chosen else ""
    typer.echo(f"Wrote {bot_dir / CARD_FILE} and {bot_dir / PREVIEW_FILE}{kept}")


@app.command("eval")
@user_errors
def eval_(
    bot_dir: BotDir,
    impostors: Annotated[
        list[str] | None,
        typer.Argument(
            help="Other accounts (export folders, zips or files) the bot must not sound like: "
            "the attribution classifier learns them too."
        ),
    ] = None,
    n: Annotated[int, typer.Option("-n", "--n", help="Posts to write and measure.")] = 200,
    seed: Annotated[int, typer.Option(help="Seed of the posts and the classifiers.")] = 0,
    prompt: Annotated[str, typer.Option(help="How each post starts.")] = "",
    temperature: Annotated[float | None, typer.Option(help=_generate_help("temperature"))] = None,
    top_p: Annotated[float | None, typer.Option(help=_generate_help("top_p"))] = None,
    save: Annotated[
        bool, typer.Option(help="Keep the figures in the bot's record and card.")
    ] = True,
    weights: Annotated[str, typer.Option(help=WEIGHTS_HELP)] = "auto",
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Measure how much the bot sounds like its accounts: who its posts are attributed to,
    whether they can be told from real ones, their style, diversity, copies and residue."""
    from twinpost.config import GenerateConfig
    from twinpost.console import ConsoleReport, show_voice
    from twinpost.events import reporting
    from twinpost.voice import evaluate, save_to_bot

    config = GenerateConfig.from_settings(temperature=temperature, top_p=top_p)
    report = ConsoleReport()
    try:
        with reporting(report):
            voice = evaluate(bot_dir, impostors or [], n=n, seed=seed, prompt=prompt,
                             config=config, weights=weights)  # fmt: skip
    finally:
        report.close()
    if save:
        save_to_bot(bot_dir, voice)
    if as_json:
        typer.echo(json.dumps(voice.to_dict(), indent=2, ensure_ascii=False))
    else:
        show_voice(voice)


@app.command()
@user_errors
def lineage(bot_dir: BotDir, as_json: JsonResult = False) -> None:
    """Show what the bot was made from, and check every artifact's sha256."""
    from twinpost.bot.lineage import verify_lineage
    from twinpost.console import lineage_tree, out

    checks = verify_lineage(bot_dir)
    if as_json:
        shown = [{"type": c.artifact["type"], "name": c.artifact["name"],
                  "sha256": c.artifact.get("sha256"), "size": c.artifact.get("size", 0),
                  "made_from": c.artifact.get("made_from", []), "status": c.status,
                  "detail": c.detail} for c in checks]  # fmt: skip
        typer.echo(json.dumps(shown, indent=2, ensure_ascii=False))
    else:
        out.print(lineage_tree(checks))
    changed = [c for c in checks if c.status == "changed"]
    if changed:
        first = changed[0]
        raise TwinpostError(
            f"{bot_dir}: {first.artifact['type']} {first.artifact['name']} does not match "
            f"its sha256 in lineage.json ({first.detail})"
        )


@app.command("list")
@user_errors
def list_bots(
    places: Annotated[
        list[Path] | None,
        typer.Argument(help="Bot folders or folders of bots (default: TWINPOST_HOME/bots)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
) -> None:
    """List bots: name, accounts, base model, held-out loss, size on disk, created."""
    from twinpost.bot.catalog import find_bots
    from twinpost.console import bots_table, out
    from twinpost.home import default_bots_dir

    bots = find_bots(places or [default_bots_dir()])
    if as_json:
        typer.echo(json.dumps([b.to_dict() for b in bots], indent=2, ensure_ascii=False))
    elif bots:
        out.print(bots_table(bots))
    else:
        where = ", ".join(map(str, places or [default_bots_dir()]))
        typer.echo(f"No bots in {where}. Make one with `twinpost train SOURCE --out DIR`.")


@app.command()
@user_errors
def rm(
    bot_dir: BotDir,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a bot folder (only a bot folder), after asking."""
    from twinpost.bot.catalog import remove_bot, summary

    bot = summary(bot_dir)  # fails in one line if it is not a bot
    size = bot.size / 2**20
    if not yes and not typer.confirm(
        f"Delete the bot {bot_dir} ({', '.join(bot.accounts)}, {size:,.0f} MiB)?"
    ):
        typer.echo("Nothing deleted.")
        raise typer.Exit(1)
    remove_bot(bot_dir)
    typer.echo(f"Deleted {bot_dir} ({size:,.0f} MiB freed)")


@app.command()
@user_errors
def export(
    bot_dir: BotDir,
    format_: Annotated[
        str,
        typer.Option(
            "--format",
            help="What to write: gguf (llama.cpp, Ollama, LM Studio), or "
            "folder: a standalone copy of the bot folder, every file its own.",
        ),
    ] = "gguf",
    type_: Annotated[
        str, typer.Option("--type", help="Weights: f16, q8_0 (half the size), bf16 or f32.")
    ] = "f16",
    out: Annotated[
        Path | None, typer.Option(help="Folder to write (default: BOT_DIR-gguf beside the bot).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an earlier export.")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print what was written as JSON.")
    ] = False,
) -> None:
    """Write the bot as one GGUF file with an Ollama Modelfile beside it."""
    from twinpost.bot.export import export_gguf, export_standalone

    if format_ not in ("gguf", "folder"):
        raise TwinpostError(f"--format {format_}: must be gguf or folder")
    named = bot_dir if bot_dir.name not in ("", "..") else bot_dir.resolve()  # "." or ".."
    if format_ == "folder":
        folder = out or named.with_name(f"{named.name}-standalone")
        size = export_standalone(bot_dir, folder, force=force)
        if as_json:
            typer.echo(json.dumps({"folder": str(folder), "bytes": size}, indent=2))
        else:
            typer.echo(f"Wrote {folder} ({size / 2**20:,.0f} MiB, every file its own)")
        return
    folder = out or named.with_name(f"{named.name}-gguf")  # shown as the user wrote it
    done = export_gguf(bot_dir, folder, type_, force=force)
    if as_json:
        modelfiles = {k or "blend": str(v) for k, v in done.modelfiles.items()}
        written = {"gguf": str(done.gguf), "type": done.gguf_type, "bytes": done.size,
                   "modelfiles": modelfiles}  # fmt: skip
        typer.echo(json.dumps(written, indent=2))
        return
    typer.echo(f"Wrote {done.gguf} ({done.size / 2**20:,.0f} MiB, {done.gguf_type})")
    for handle, modelfile in done.modelfiles.items():
        typer.echo(f"Wrote {modelfile}" + (f" (writes as {handle})" if handle else ""))
    name = named.name.lower()
    typer.echo(f"Run it: ollama create {name} -f {done.modelfiles['']} && ollama run {name} "
               f"'My dream is'   or: llama-completion -m {done.gguf} -p 'My dream is'")  # fmt: skip


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


def _size(option: str, value: str) -> int:
    """A size such as 2GiB, 1.5GB or 800MB, in bytes (pydantic's ByteSize reads it)."""
    from pydantic import ByteSize, TypeAdapter, ValidationError

    try:
        size = int(TypeAdapter(ByteSize).validate_python(value))
    except ValidationError:
        raise TwinpostError(f"{option} {value}: not a size (e.g. 2GiB, 800MB)") from None
    if size < 2**20:
        raise TwinpostError(f"{option} {value}: too small to hold a bot (at least 1MiB)")
    return size


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
    engine: Annotated[str, typer.Option(help=ENGINE_HELP)] = "auto",
    memory: Annotated[
        str,
        typer.Option(
            help="Memory for loaded bots' weights (e.g. 2GiB, 800MB); the least recently "
            "used bot is unloaded first. Compact bots of one base share its unchanged layers."
        ),
    ] = "2GiB",
    weights: Annotated[str, typer.Option(help=WEIGHTS_HELP)] = "auto",
    no_posting: Annotated[
        bool,
        typer.Option("--no-posting", help="Post nothing on the bots' schedules."),
    ] = False,
) -> None:
    """Serve the web app and the HTTP API (also OpenAI and Hugging Face shapes), and post on
    the bots' schedules (`twinpost schedule`, or the web app's Queue)."""
    from twinpost.bot.folder import read_record
    from twinpost.console import err
    from twinpost.server import ServeSettings, run_server
    from twinpost.server.guard import is_loopback

    for folder in bot_dirs or []:
        read_record(folder)  # a TwinpostError naming the folder if it is not a bot
    if not token and not is_loopback(host):
        err.print(
            f"[bold red]warning:[/bold red] listening on {host} without a token: anyone who "
            "can reach this machine can train bots and read yours. Set --token or "
            "TWINPOST_TOKEN.", highlight=False,
        )  # fmt: skip
    from twinpost.generation.llama_engine import check_engine
    from twinpost.generation.packing import resolve_weights

    check_engine(engine)  # now, not at the first request
    resolve_weights(weights)
    settings = ServeSettings(
        bots_dir=bots_dir, bot_dirs=list(bot_dirs or []), token=token,
        batching=not no_batching, base=base, engine=engine,
        bot_memory=_size("--memory", memory), weights=weights, posting=not no_posting,
    )  # fmt: skip
    run_server(settings, host, port)


# A bot's next version (`update`, `forget`): where it goes, and what may differ from the bot's.
NextOut = Annotated[
    Path | None,
    typer.Option(help="Where to write it (default: BOT_DIR; the old one is kept as .prev-N)."),
]
NextTimeBudget = Annotated[
    str | None,
    typer.Option(envvar="TWINPOST_TIME_BUDGET", help="The whole run's time; default: the bot's."),
]
NextEpochs = Annotated[float | None, typer.Option(help="Passes; default: the bot's.")]
NextForce = Annotated[bool, typer.Option("--force", help="Replace a bot already at --out.")]


@app.command()
@user_errors
def update(
    bot_dir: BotDir,
    out: NextOut = None,
    limit: Annotated[int | None, typer.Option(help="At most this many new posts each.")] = None,
    time_budget: NextTimeBudget = None,
    epochs: NextEpochs = None,
    force: NextForce = False,
    as_json: JsonResult = False,
) -> None:
    """Fetch a live bot's new posts and train its next version from it."""
    from twinpost.console import ConsoleReport, err, show_made
    from twinpost.update import update_bot

    report = ConsoleReport(err)
    try:
        result = update_bot(bot_dir, out, limit, time_budget, epochs, report, force=force)
    finally:
        report.close()
    news = ", ".join(f"@{handle} {n:,}" for handle, n in result.new_posts.items())
    if as_json:
        updated = {"bot_dir": str(result.bot_dir), "new_posts": result.new_posts,
                   "previous": str(result.previous) if result.previous else None,
                   "made": result.made.to_dict() if result.made else None}  # fmt: skip
        typer.echo(json.dumps(updated, indent=2, ensure_ascii=False))
    if result.made is None:
        err.print(f"No new posts ({news}): {bot_dir} is unchanged.", markup=False)
        return
    err.print(f"New posts: {news}", markup=False)
    show_made(result.made, err)
    err.print(f"Previous version kept at {result.previous}", markup=False)


@app.command()
@user_errors
def rate(
    bot_dir: BotDir,
    n: Annotated[int, typer.Option("-n", help="Posts to judge.")] = 20,
    prompt: Annotated[str, typer.Option(help="Start each post with this text.")] = "",
    speaker: Annotated[
        str | None, typer.Option("--as", help="A cyborg's account to write as.")
    ] = None,
    reply_to: Annotated[
        str | None, typer.Option("--reply-to", help="Judge replies to this post.")
    ] = None,
    export: Annotated[
        bool, typer.Option("--export", help="Print the bot's labels as JSON lines; judge none.")
    ] = False,
    seed: Annotated[int | None, typer.Option(help="Seed of the posts shown.")] = None,
) -> None:
    """Judge the bot's posts one at a time: y (sounds like me), n (not me), s (skip),
    q (quit). `twinpost tune` then learns from the answers."""
    from twinpost.bot.folder import read_record
    from twinpost.bot.labels import LabelStore, bot_version
    from twinpost.config import GenerateConfig
    from twinpost.console import err, out
    from twinpost.generation.write import generate

    read_record(bot_dir)
    if export:
        with LabelStore() as store:
            for label in store.labels(bot_dir):
                typer.echo(json.dumps(label.to_dict(), ensure_ascii=False))
        return
    if not 1 <= n <= 500:
        raise TwinpostError(f"-n {n}: judge 1 to 500 posts at a time")
    version = bot_version(bot_dir)
    err.print(f"Writing {n} posts…")
    config = GenerateConfig(n=n, seed=seed, speaker=speaker, reply_to=reply_to)
    posts = generate(bot_dir, prompt, config).posts
    given = {"y": 0, "n": 0}
    with LabelStore() as store:
        for i, text in enumerate(posts, 1):
            out.print(f"\n[{i}/{len(posts)}] {text}", markup=False, soft_wrap=True)
            err.print("Sounds like you? [y]es / [n]o / [s]kip / [q]uit ", end="")
            answer = ""
            while answer not in ("y", "n", "s", "q"):
                answer = typer.getchar().lower() if sys.stdin.isatty() else _read_answer()
            err.print(answer)
            if answer == "q":
                break
            if answer in ("y", "n"):
                store.add(bot_dir, text, answer == "y", "rate", prompt, speaker,
                          version=version, reply_to=reply_to)  # fmt: skip
                given[answer] += 1
        total = store.counts(bot_dir, version)
    out.print(f"{given['y']} sounds like me, {given['n']} not me. This version has "
              f"{total['positive']} and {total['negative']} in all; twinpost tune {bot_dir} "
              "learns from them.", markup=False)  # fmt: skip


def _read_answer() -> str:
    """One answer from a pipe (tests, scripts): the next line's first letter; q at the end."""
    line = sys.stdin.readline()
    return (line.strip()[:1] or "s").lower() if line else "q"


@app.command()
@user_errors
def tune(
    bot_dir: BotDir,
    out: NextOut = None,
    time_budget: NextTimeBudget = None,
    lr: Annotated[float | None, typer.Option(help="Learning rate; default measured.")] = None,
    epochs: Annotated[float | None, typer.Option(help="Passes over the labels.")] = None,
    force: NextForce = False,
    as_json: JsonResult = False,
) -> None:
    """Train the bot's next version on its labels ("sounds like me" / "not me"), by KTO."""
    from twinpost.console import ConsoleReport, err, show_made
    from twinpost.training.preference import TuneSettings
    from twinpost.tune import tune_bot

    settings = TuneSettings()
    if lr is not None:
        if not 0 < lr < 1:
            raise TwinpostError(f"--lr {lr}: a learning rate between 0 and 1, e.g. 2e-5")
        settings = dataclasses.replace(settings, lr=lr)
    if epochs is not None:
        if not 0 < epochs <= 10:
            raise TwinpostError(f"--epochs {epochs}: between 0 and 10 passes")
        settings = dataclasses.replace(settings, epochs=epochs)
    report = ConsoleReport(err)
    try:
        result = tune_bot(bot_dir, out, time_budget, settings, report, force=force)
    finally:
        report.close()
    if as_json:
        made = result.made.to_dict() if result.made else None
        typer.echo(json.dumps({**result.to_dict(), "made": made}, indent=2, ensure_ascii=False))
    labels = result.labels
    err.print(f"Tuned on {labels['positive']} 'sounds like me' and {labels['negative']} "
              "'not me'", markup=False)  # fmt: skip
    if result.made is not None:
        show_made(result.made, err)
    if result.previous is not None and result.previous != Path(bot_dir).absolute():
        err.print(f"Previous version kept at {result.previous}", markup=False)


@app.command()
@user_errors
def sweep(
    sources: Sources,
    out: Annotated[Path, typer.Option(help="The sweep's folder: trials, study, the winner.")],
    trials: Annotated[
        int, typer.Option(help="Trials in all (a resumed sweep counts its own).")
    ] = 12,
    against: Annotated[
        list[str] | None,
        typer.Option(help="Another account the bot must not sound like (repeat for more)."),
    ] = None,
    posts: Annotated[int, typer.Option(help="Posts each trial writes to be scored.")] = 100,
    seed: Annotated[int, typer.Option(help="Seed of the search and the scoring.")] = 0,
    confirm: Annotated[
        int,
        typer.Option(
            help="The best trials scored again on fresh posts (the defaults too) before one "
            "is chosen by the mean of both scores; 0: chosen by the first score."
        ),
    ] = 3,
    on_ray: Annotated[
        bool, typer.Option("--ray", help="Run the trials as Ray tasks, as train-many does.")
    ] = False,
    address: Annotated[
        str | None,
        typer.Option(
            help="A Ray cluster to run the trials on (implies --ray); default: a "
            "local Ray instance."
        ),
    ] = None,
    parallel: Annotated[
        int | None, typer.Option(help="With --ray: trials at a time (default 2).")
    ] = None,
    base: Annotated[str | None, typer.Option(envvar="TWINPOST_BASE", help=_help("base"))] = None,
    method: Annotated[str | None, typer.Option(help=_help("method"))] = None,
    batch_size: Annotated[int | None, typer.Option(help=_help("batch_size"))] = None,
    time_budget: Annotated[
        str | None, typer.Option(help="A cap on each trial's run (e.g. 5m); default: none.")
    ] = None,
    strict_seed_rules: StrictSeedRules = False,
    scrub: Scrub = None,
    force: Force = False,
    as_json: JsonResult = False,
) -> None:
    """Choose the training recipe for these accounts: train and score --trials bots (Optuna),
    keep the best as OUT/bot with its recipe.json (for train --recipe) and the search on its
    card. Run it again to resume."""
    from rich.table import Table

    from twinpost.config import TrainConfig
    from twinpost.console import ConsoleReport, err
    from twinpost.sweep import objective, objective_text
    from twinpost.sweep import sweep as run_sweep

    config = TrainConfig.from_settings(
        base=base, method=method, batch_size=batch_size, time_budget=time_budget,
        strict_seed_rules=strict_seed_rules or None, scrub=scrub,
    )  # fmt: skip

    def on_trial(t, total: int) -> None:
        f = t.figures
        err.print(
            f"Trial {t.number + 1}/{total}: objective {t.objective:.4f} (discriminator "
            f"{f['discriminator']:.3f}, attribution {f['attribution']:.0%}, held-out loss "
            f"{f['held_out_loss']:.3f}) with " + ", ".join(f"{k}={v:g}" if isinstance(v, float)
            else f"{k}={v}" for k, v in sorted(t.settings.items())), markup=False,
        )  # fmt: skip

    def on_confirm(t) -> None:
        err.print(
            f"Trial {t.number} scored again on fresh posts: objective "
            f"{objective(t.confirm_figures):.4f}, mean of both {t.confirmed:.4f}", markup=False,
        )  # fmt: skip

    report = ConsoleReport(err)
    try:
        result = run_sweep(
            sources, out, trials, base=config, against=against or [], posts=posts, seed=seed,
            address=address, on_ray=on_ray, parallel=parallel, report=report,
            on_trial=on_trial, force=force, confirm=confirm, on_confirm=on_confirm,
        )  # fmt: skip
    except KeyboardInterrupt:
        report.close()
        err.print("Stopped. Run the same command again to resume the sweep.", markup=False)
        raise typer.Exit(130) from None
    finally:
        report.close()
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    table = Table(title="Trials", title_justify="left")
    for column in ("trial", "objective", "both scores", "discriminator", "attribution",
                   "loss", "settings"):  # fmt: skip
        table.add_column(column)
    for t in result.trials:
        mark = " (chosen)" if t is result.best else ""
        both = "" if t.confirmed is None else f"{t.confirmed:.4f}"
        table.add_row(f"{t.number}{mark}", f"{t.objective:.4f}", both,
                      f"{t.figures['discriminator']:.3f}", f"{t.figures['attribution']:.0%}",
                      f"{t.figures['held_out_loss']:.3f}",
                      ", ".join(f"{k}={v}" for k, v in sorted(t.settings.items())))  # fmt: skip
    err.print(table)
    err.print(f"Objective: {objective_text()}", markup=False)
    best, default = result.best, result.default
    both = "" if best.confirmed is None else " (the mean of its two scores)"
    err.print(f"Best: trial {best.number}, objective {best.chosen_by:.4f}{both}; the defaults: "
              f"{default.chosen_by:.4f}. Bot: {out / 'bot'}; recipe: "
              f"{out / 'bot' / 'recipe.json'}", markup=False)  # fmt: skip


@app.command()
@user_errors
def forget(
    bot_dir: BotDir,
    post: Annotated[
        list[str] | None,
        typer.Option("--post", help="The id of a post to forget (repeat for more)."),
    ] = None,
    matching: Annotated[
        str | None,
        typer.Option(help="Forget every post holding this text (case-insensitive)."),
    ] = None,
    out: NextOut = None,
    time_budget: NextTimeBudget = None,
    epochs: NextEpochs = None,
    force: NextForce = False,
    as_json: JsonResult = False,
) -> None:
    """Make the bot's next version without some posts: retrained from the base, with every
    stored copy of them purged."""
    from twinpost.console import ConsoleReport, err, show_made
    from twinpost.forget import forget_posts

    report = ConsoleReport(err)
    try:
        result = forget_posts(
            bot_dir, post, matching, out, time_budget, epochs, report, force=force
        )
    finally:
        report.close()
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    show_made(result.made, err)
    err.print(
        f"Removed {result.removed:,} post(s); the previous version is at {result.previous}",
        markup=False,
        soft_wrap=True,
    )
    if result.older_versions:
        err.print("These versions still hold the removed posts; remove each with:", markup=False)
        for folder in result.older_versions:
            err.print(f"  twinpost rm {folder}", markup=False, soft_wrap=True)


# --- posting ---------------------------------------------------------------------------------

DraftIds = Annotated[list[int], typer.Argument(help="Draft ids, as `twinpost drafts BOT` lists.")]


@app.command()
@user_errors
def drafts(
    bot_dir: BotDir,
    n: Annotated[
        int | None, typer.Option("-n", help="Write this many drafts into the queue.")
    ] = None,
    prompt: Annotated[str, typer.Option(help="How each draft starts.")] = "",
    speaker: Annotated[
        str | None, typer.Option("--as", help="A cyborg's account to write as.")
    ] = None,
    seed: Annotated[int | None, typer.Option(help="Seed for reproducible drafts.")] = None,
    as_json: JsonResult = False,
) -> None:
    """Write drafts into the bot's posting queue (-n), or list the queue and its states."""
    from twinpost.bot.folder import read_record
    from twinpost.console import drafts_table, out
    from twinpost.posting.queue import DraftQueue
    from twinpost.posting.schedule import write_drafts

    read_record(bot_dir)  # one line if it is not a bot
    with DraftQueue() as queue:
        if n is not None:
            written = write_drafts(queue, bot_dir, n, prompt, speaker, seed)
            if not as_json:
                out.print(f"Wrote {len(written)} draft(s); approve them with twinpost approve ID")
        shown = queue.list(bot_dir)
    if as_json:
        typer.echo(json.dumps([d.to_dict() for d in shown], indent=2, ensure_ascii=False))
    else:
        out.print(drafts_table(shown))


@app.command()
@user_errors
def approve(ids: DraftIds) -> None:
    """Approve drafts for posting."""
    _judge(ids, "approve")


@app.command()
@user_errors
def reject(ids: DraftIds) -> None:
    """Reject drafts: they are never posted."""
    _judge(ids, "reject")


def _judge(ids: list[int], verdict: str) -> None:
    from twinpost.posting.queue import DraftQueue

    with DraftQueue() as queue:
        for draft_id in ids:
            getattr(queue, verdict)(draft_id)
    typer.echo(f"{verdict.capitalize()}d {', '.join(map(str, ids))}")


@app.command()
@user_errors
def edit(
    draft_id: Annotated[int, typer.Argument(help="The draft's id.")],
    text: Annotated[
        str | None, typer.Option(help="The new text; default: open it in $EDITOR.")
    ] = None,
) -> None:
    """Edit a draft (in $EDITOR): the bot's text is kept beside yours, and yours is approved."""
    from twinpost.posting.queue import DraftQueue

    with DraftQueue() as queue:
        draft = queue.get(draft_id)
        if text is None:
            text = typer.edit(draft.final_text)
            if text is None:
                typer.echo("Nothing changed.")
                raise typer.Exit(1)
        edited = queue.edit(draft_id, text)
    typer.echo(f"Draft {draft_id} edited and approved: {edited.final_text}")


@app.command()
@user_errors
def connect(
    platform: Annotated[str, typer.Argument(help="mastodon or bluesky")],
    where: Annotated[
        str,
        typer.Argument(help="Mastodon: the server (https://mastodon.social); Bluesky: the handle"),
    ],
    pds: Annotated[
        str | None, typer.Option(help="Bluesky: the account's PDS (default https://bsky.social).")
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Label the account and update its bio unasked.")
    ] = False,
) -> None:
    """Connect an account to post from: checks it is labelled as a bot and that its profile
    says its posts are written by a language model; keeps its secret in the OS keyring."""
    import os

    from twinpost.posting import connect_bluesky, connect_mastodon

    def confirm(question: str) -> bool:
        return yes or typer.confirm(question)

    if platform == "mastodon":
        token = os.environ.get("TWINPOST_MASTODON_TOKEN") or typer.prompt(
            "Access token (Preferences → Development → New application, scopes read and write)",
            hide_input=True,
        )
        account, kept = connect_mastodon(where, token, confirm)
    elif platform == "bluesky":
        password = os.environ.get("TWINPOST_BLUESKY_APP_PASSWORD") or typer.prompt(
            "App password (Settings → Privacy and security → App passwords)", hide_input=True
        )
        account, kept = connect_bluesky(where, password, confirm, pds)
    else:
        raise TwinpostError(
            f"connect {platform}: twinpost posts to mastodon and bluesky (not X: its API is "
            "paid and it requires approval for AI-written replies)"
        )
    typer.echo(f"Connected {account.id}; its secret is kept in {kept}")


# The schedule's options, shared by `post` and `schedule`.
Every = Annotated[str, typer.Option(help="Time between posts (e.g. 4h, 90m).")]
Jitter = Annotated[float, typer.Option(help="Share of --every a post may move.")]
DailyCap = Annotated[int, typer.Option(help="At most this many posts a day.")]
Visibility = Annotated[str, typer.Option(help="public, unlisted or private.")]


@app.command()
@user_errors
def post(
    bot_dir: BotDir,
    to: Annotated[str, typer.Option("--to", help="The connected account to post as.")],
    every: Every = "4h",
    jitter: Jitter = 0.1,
    daily_cap: DailyCap = 6,
    visibility: Visibility = "unlisted",
    once: Annotated[
        bool, typer.Option("--once", help="Post the next draft if due, then stop.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would be posted, and when; post nothing.")
    ] = False,
) -> None:
    """Post the bot's approved drafts, one per --every, from a connected account."""
    import random
    from datetime import UTC, datetime

    from twinpost.bot.folder import read_record
    from twinpost.config import parse_duration
    from twinpost.console import ConsoleReport, err, out
    from twinpost.events import reporting
    from twinpost.posting import poster_for
    from twinpost.posting.accounts import find_account
    from twinpost.posting.mastodon import VISIBILITIES
    from twinpost.posting.queue import DraftQueue
    from twinpost.posting.schedule import Schedule, plan, post_approved

    read_record(bot_dir)
    if visibility not in VISIBILITIES:
        raise TwinpostError(f"--visibility {visibility}: use one of {', '.join(VISIBILITIES)}")
    seconds = parse_duration(every, option="--every")
    schedule = Schedule(seconds or 0, jitter, daily_cap)
    schedule.check()
    account = find_account(to)
    with DraftQueue() as queue:
        if dry_run:
            planned = plan(queue, bot_dir, account, schedule, datetime.now(UTC), random.Random())
            if not planned:
                out.print(f"No approved drafts of {bot_dir}: nothing would be posted.")
            for item in planned:
                out.print(f"{item.at:%Y-%m-%d %H:%M} UTC  draft {item.draft.id} to {account.id}: "
                          f"{item.draft.final_text}", markup=False, soft_wrap=True)  # fmt: skip
            return
        report = ConsoleReport(err)
        try:
            with reporting(report):
                posted = post_approved(queue, bot_dir, account, poster_for(account), schedule,
                                       once, visibility)  # fmt: skip
        finally:
            report.close()
    out.print(f"Posted {len(posted)} draft(s).")


@app.command()
@user_errors
def schedule(
    bot_dir: BotDir,
    to: Annotated[
        str | None, typer.Option("--to", help="The connected account to post as.")
    ] = None,
    every: Every = "4h",
    jitter: Jitter = 0.1,
    daily_cap: DailyCap = 6,
    visibility: Visibility = "unlisted",
    watch: Annotated[
        bool, typer.Option("--watch", help="Also write a reply draft for each mention.")
    ] = False,
    auto: Annotated[
        bool, typer.Option("--auto", help="With --watch: approve replies as they are written.")
    ] = False,
    max_per_hour: Annotated[int, typer.Option(help="With --auto: at most this many an hour.")] = 5,
    stop: Annotated[bool, typer.Option("--stop", help="Stop posting for this bot.")] = False,
    as_json: JsonResult = False,
) -> None:
    """Have `twinpost serve` post the bot's approved drafts on a schedule (and answer its
    mentions, with --watch), in the background and across restarts. Without --to or --stop:
    show the schedule, the next posts and the last ones."""
    from datetime import UTC, datetime

    from twinpost.bot.folder import read_record
    from twinpost.config import parse_duration
    from twinpost.console import out
    from twinpost.posting.accounts import find_account
    from twinpost.posting.queue import DraftQueue
    from twinpost.posting.runner import last_posts, new_plan, upcoming

    read_record(bot_dir)
    if stop and to:
        raise TwinpostError("--stop and --to: give one")
    with DraftQueue() as queue:
        if to:
            seconds = parse_duration(every, option="--every") or 0
            queue.set_plan(new_plan(bot_dir, to, seconds, jitter, daily_cap, visibility, watch,
                                    auto, max_per_hour))  # fmt: skip
        elif stop:
            queue.stop_plan(bot_dir)
        found = queue.plan(bot_dir)
        on = found is not None and found.enabled
        coming = []
        if on:
            coming = upcoming(queue, found, find_account(found.account), datetime.now(UTC))
        last = last_posts(queue, bot_dir)
    if as_json:
        out.print_json(data={
            "plan": found.to_dict() if found else None,
            "upcoming": [{"draft_id": p.draft.id, "at": p.at.isoformat(timespec="seconds")}
                         for p in coming],
            "last_posts": [d.to_dict() for d in last],
        })  # fmt: skip
        return
    if not on:
        out.print(f"twinpost serve posts nothing for {bot_dir}.")
    else:
        assert found is not None
        mentions = ""
        if found.watch:
            mentions = "; answers mentions" + (" itself" if found.auto else " with drafts")
        out.print(f"twinpost serve posts for {bot_dir} as {found.account}, one every "
                  f"{found.every / 60:g} min (±{found.jitter:.0%}), at most {found.daily_cap} "
                  f"a day{mentions}.", markup=False)  # fmt: skip
        if found.error:
            out.print(f"The last try failed: {found.error}", markup=False)
        for p in coming[:5]:
            out.print(f"  next: draft {p.draft.id} at {p.at:%Y-%m-%d %H:%M} UTC", markup=False)
        if not coming:
            out.print("  No approved draft is waiting (twinpost approve ID).")
    for d in last:
        out.print(f"  posted {d.posted_at}: {d.url}", markup=False)


@app.command()
@user_errors
def watch(
    bot_dir: BotDir,
    to: Annotated[str, typer.Option("--to", help="The connected account whose mentions to read.")],
    auto: Annotated[
        bool,
        typer.Option("--auto", help="Approve each reply as it is written (within --max-per-hour)."),
    ] = False,
    max_per_hour: Annotated[int, typer.Option(help="With --auto: at most this many an hour.")] = 5,
    speaker: Annotated[
        str | None, typer.Option("--as", help="A cyborg's account to answer as.")
    ] = None,
    once: Annotated[
        bool, typer.Option("--once", help="Read the mentions once, then stop.")
    ] = False,
) -> None:
    """Write a reply draft for each post that mentions the account (Mastodon, Bluesky); `post` posts
    them once approved."""
    from twinpost.bot.folder import read_record
    from twinpost.console import ConsoleReport, err, out
    from twinpost.events import reporting
    from twinpost.posting import poster_for
    from twinpost.posting.accounts import find_account
    from twinpost.posting.queue import DraftQueue
    from twinpost.posting.watch import watch as watch_mentions

    read_record(bot_dir)
    account = find_account(to)
    report = ConsoleReport(err)
    with DraftQueue() as queue:
        try:
            with reporting(report):
                found = watch_mentions(queue, bot_dir, account, poster_for(account), auto,
                                       max_per_hour, once, speaker)  # fmt: skip
        finally:
            report.close()
    out.print(f"{len(found.drafts)} reply draft(s) written, {found.approved} approved.")
