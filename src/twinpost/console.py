"""What the CLI shows people: the counts table and sample posts, drawn with rich."""

from __future__ import annotations

import random

from rich.console import Console
from rich.table import Table

from twinpost.data.corpus import Corpus

# Progress, tables and warnings go to stderr so that stdout stays clean for --json and pipes.
out = Console()
err = Console(stderr=True)

TABLE_ROWS = (
    ("Posts downloaded", "downloaded"),
    ("Retweets", "retweets"),
    ("Short posts", "short"),
    ("Posts kept", "kept"),
)


def counts_table(corpus: Corpus) -> Table:
    """The established tool's table: one column per account."""
    table = Table(title="Data report", title_justify="left")
    table.add_column("")
    for account in corpus.accounts:
        table.add_column(
            f"{account.account.display_name}\n@{account.account.handle}", justify="right"
        )
    for label, key in TABLE_ROWS:
        table.add_row(label, *(f"{getattr(a.report, key):,}" for a in corpus.accounts))
    return table


def show_corpus(corpus: Corpus, console: Console, samples: int = 3, seed: int = 0) -> None:
    console.print(counts_table(corpus))
    rng = random.Random(seed)
    for account in corpus.accounts:
        picked = rng.sample(account.posts, min(samples, len(account.posts)))
        console.print(f"\n[bold]Sample kept posts from @{account.account.handle}[/bold]")
        for post in picked:
            console.print(f"  • {post.text}", markup=False, highlight=False)
    for warning in corpus.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")


def show_training(result, console: Console) -> None:
    """The figures every run reports: held-out loss before and after, steps, speed."""
    speed = result.tokens_seen / max(result.train_seconds, 1e-9)
    console.print(
        f"\n[bold]Held-out loss[/bold] {result.held_out_before:.3f} → "
        f"[bold]{result.held_out_after:.3f}[/bold]  "
        f"({result.steps} steps, {result.tokens_seen:,} tokens in {result.train_seconds:.0f} s, "
        f"{speed:,.0f} tok/s, stopped by {result.stopped_by})"
    )
    console.print(f"Bot written to [bold]{result.bot_dir}[/bold]")
