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
