"""What the CLI shows people, drawn with rich: the only module of twinpost that knows rich.

`ConsoleReport` draws a run's events (`twinpost.events`): the counts table when the posts
are read, a bar per stage, the training bar with its loss and time left, fetch progress, rate
limit waits, warnings. Progress, tables and warnings go to stderr so that stdout stays clean
for --json and pipes.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.tree import Tree

from twinpost import events
from twinpost.card.render import attributed, reply_rows
from twinpost.data.corpus import table_rows, table_value

out = Console()
err = Console(stderr=True)


def counts_table(accounts: list[dict]) -> Table:
    """The established tool's table: one column per account."""
    table = Table(title="Data report", title_justify="left")
    table.add_column("")
    for account in accounts:
        table.add_column(f"{account['display_name']}\n@{account['handle']}", justify="right")
    for label, key in table_rows(accounts):
        table.add_row(label, *(table_value(a[key]) for a in accounts))
    return table


def drafts_table(drafts: list) -> Table:
    """A bot's posting queue: each draft, its state, and where it was posted."""
    table = Table(title="Drafts", title_justify="left")
    for column in ("id", "state", "text", "posted"):
        table.add_column(column, overflow="fold")
    for d in drafts:
        text = d.final_text if d.edited is None else f"{d.final_text} (edited)"
        if d.reply_to_url:  # what its person judges the reply against
            text = f"{answers(d.reply_to_text or d.reply_to_url, d.reply_to_author)}\n{text}"
        posted = d.url or (d.error or "")
        table.add_row(str(d.id), d.state, escape(text), escape(posted))
    if not drafts:
        table.caption = "No drafts yet: twinpost drafts BOT -n 10"
    return table


# The answered post is shown cut to this, on one line: enough to judge the reply by.
ANSWERS_SHOWN = 120


def answers(post: str, author: str | None) -> str:
    """One line naming what a reply draft answers."""
    from textwrap import shorten

    who = f"@{author.lstrip('@')}: " if author else ""
    return f"↳ answers {who}{shorten(post, ANSWERS_SHOWN, placeholder='…')}"


def show_read(read: events.CorpusRead, console: Console) -> None:
    console.print(counts_table(read.accounts))
    for handle, posts in read.samples.items():
        console.print(f"\n[bold]Sample kept posts from @{escape(handle)}[/bold]")
        for post in posts:
            console.print(f"  • {post}", markup=False, highlight=False)
    for warning in read.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}")


class ConsoleReport:
    """Draws a run's events on `console`; `table_on` gets the counts table (the demo shows it
    on stdout, `train` with the progress on stderr).

    Bars redraw when they advance, with no redraw thread: on 2 cores rich's 10 Hz thread held
    the GIL often enough to slow every training step by 9%.
    """

    def __init__(self, console: Console | None = None, table_on: Console | None = None) -> None:
        self.console = console or err
        self.table_on = table_on or self.console
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._fetch: dict[str, tuple[Progress, TaskID]] = {}

    def __call__(self, event) -> None:
        match event:
            case events.StageStarted():
                self._start_stage(event)
            case events.StageProgress():
                self._update(completed=event.done, total=event.total)
            case events.TrainingStep():
                self._update(
                    completed=event.step, total=event.steps,
                    speed=f"{event.tokens_per_second:,.0f} tok/s",
                    loss="-" if event.loss is None else f"{event.loss:.3f}",
                    left=_format_seconds(event.seconds_left),
                )  # fmt: skip
            case events.CorpusRead():
                self._stop()
                show_read(event, self.table_on)
            case events.Fetched():
                self._fetched(event)
            case events.Waiting():
                self.console.print(
                    f"{event.spec}: {event.service} rate limit reached; waiting "
                    f"{event.seconds:.0f} s before going on...", markup=False, highlight=False,
                )  # fmt: skip
            case events.Notice():
                label = "[yellow]warning:[/yellow] " if event.warning else ""
                # Above a live bar (the training's estimate comes mid-stage), which goes on
                where = self._progress.console if self._progress is not None else self.console
                where.print(f"{label}{escape(event.text)}")
                if self._progress is not None:
                    self._progress.refresh()
            case events.Finished():
                self._stop()

    def close(self) -> None:
        self._stop()
        for progress, _ in self._fetch.values():
            progress.stop()

    def _start_stage(self, event: events.StageStarted) -> None:
        self._stop()
        if event.stage in ("reading", "writing", "card", "loading"):
            return  # quick stages: no bar
        if event.stage == "training":
            columns = [
                TextColumn("[bold]Training[/bold]"), BarColumn(),
                TextColumn("step {task.completed:.0f}/{task.total:.0f}"),
                TextColumn("{task.fields[speed]}"), TextColumn("loss {task.fields[loss]}"),
                TimeElapsedColumn(), TextColumn("left {task.fields[left]}"),
            ]  # fmt: skip
        else:
            columns = [
                TextColumn(f"[bold]{escape(event.label)}[/bold]"), BarColumn(),
                MofNCompleteColumn(), TextColumn(event.unit or ""), TimeElapsedColumn(),
            ]  # fmt: skip
        self._progress = Progress(*columns, console=self.console, auto_refresh=False)
        total = 0 if event.stage == "training" else None  # its columns format the total
        self._task = self._progress.add_task(
            event.stage, total=total, speed="-", loss="-", left="-"
        )
        self._progress.start()

    def _update(self, **fields) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, refresh=True, **fields)

    def _stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = self._task = None

    def _fetched(self, event: events.Fetched) -> None:
        if not self.console.is_terminal:  # logs and pipes: one line once done
            if event.finished:
                self.console.print(f"Fetched {event.posts:,} posts from {event.spec}",
                                   markup=False, highlight=False)  # fmt: skip
            return
        if event.spec not in self._fetch:
            columns = [TextColumn(f"[bold]Fetching[/bold] {escape(event.spec)}")]
            if event.limit is not None:
                columns.append(BarColumn())
            columns += [TextColumn("{task.completed:,.0f} posts"), TimeElapsedColumn()]
            progress = Progress(*columns, console=self.console)
            self._fetch[event.spec] = (progress, progress.add_task("fetch", total=event.limit))
            progress.start()
        progress, task = self._fetch[event.spec]
        progress.update(task, completed=event.posts)
        if event.finished:
            progress.stop()
            del self._fetch[event.spec]


def show_made(made, console: Console) -> None:
    """The figures every run reports: held-out loss before and after, steps, speed, time."""
    result = made.training
    speed = result.tokens_seen / max(result.train_seconds, 1e-9)
    console.print(
        f"\n[bold]Held-out loss[/bold] {result.held_out_before:.3f} → "
        f"[bold]{result.held_out_after:.3f}[/bold]  "
        f"({result.steps} steps, {result.epochs_done:.2f} epochs, {result.tokens_seen:,} tokens "
        f"in {result.train_seconds:.0f} s, {speed:,.0f} tok/s, stopped by {result.stopped_by}; "
        f"whole run {made.seconds:.0f} s)"
    )
    console.print(f"Bot written to [bold]{escape(str(made.bot_dir))}[/bold]")


# --- lineage ------------------------------------------------------------------------------

_STATUS = {
    "verified": "[green]✓ verified[/green]",
    "changed": "[red]✗ changed[/red]",
    "missing": "[yellow]? not on this machine[/yellow]",
}


def lineage_tree(checks: list) -> Tree:
    """A tree from the bot's weights down to the exports, each artifact with its check."""
    by_digest = {c.artifact["sha256"]: c for c in checks if c.artifact.get("sha256")}
    root = next((c for c in checks if c.artifact["type"] == "finetuned-model"), checks[0])
    tree = Tree(_label(root))
    shown = {id(root)}

    def add(node, check) -> None:
        for digest in check.artifact.get("made_from", []):
            child = by_digest.get(digest)
            if child is not None and id(child) not in shown:
                shown.add(id(child))
                add(node.add(_label(child)), child)

    add(tree, root)
    for check in checks:  # anything the chain does not reach, such as an unsnapshotted source
        if id(check) not in shown:
            tree.add(_label(check))
    return tree


def _label(check) -> str:
    entry = check.artifact
    digest = (entry.get("sha256") or "-")[:16]
    detail = "" if check.status == "verified" else f" [dim]{escape(check.detail)}[/dim]"
    return (
        f"[bold]{entry['type']}[/bold] {escape(entry['name'])} "
        f"[dim]{digest} {_size(entry.get('size', 0))}[/dim] {_STATUS[check.status]}{detail}"
    )


def bots_table(bots) -> Table:
    """`twinpost list`: one row a bot."""
    from twinpost.training.base_model import display_name

    table = Table(box=None, header_style="bold")
    table.add_column("name", overflow="fold")
    table.add_column("accounts", overflow="fold")
    table.add_column("base", overflow="fold")
    table.add_column("held-out loss", justify="right", no_wrap=True)
    table.add_column("size", justify="right", no_wrap=True)
    table.add_column("created", no_wrap=True)
    for bot in bots:
        loss = "-" if bot.held_out_loss is None else f"{bot.held_out_loss:.3f}"
        table.add_row(escape(bot.name), escape(", ".join(bot.accounts)),
                      escape(display_name(bot.base_model)), loss, _size(bot.size),
                      bot.created.replace("T", " ")[:16])  # fmt: skip
    return table


def _size(size: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "B" else f"{size:,.1f} {unit}"
        size /= 1000
    return ""


def _format_seconds(seconds: float) -> str:
    if seconds == float("inf"):
        return "-"
    minutes, secs = divmod(int(seconds + 0.5), 60)
    return f"{minutes}:{secs:02d}"


def show_voice(voice, console: Console = out) -> None:
    """`twinpost eval`'s report: the figures, the style side by side, and sample posts."""
    disc = voice.discriminator
    figures = Table(title=f"Voice of {', '.join('@' + h for h in voice.accounts)}",
                    title_justify="left", show_header=False)  # fmt: skip
    figures.add_column("")
    figures.add_column("")
    against = ", ".join("@" + h for h in voice.impostors) or "no other account"
    for handle, share in voice.attribution.items():
        figures.add_row(f"Written as @{handle}, attributed to @{handle}",
                        attributed(share, voice.real_attribution, handle))  # fmt: skip
    if voice.blend_attribution:
        spread = ", ".join(f"@{h} {s:.0%}" for h, s in voice.blend_attribution.items())
        figures.add_row("The blend, attributed to", spread)
    figures.add_row("Told apart from", f"{against} and the base model")
    figures.add_row(
        "Real vs generated, told apart",
        f"{disc['accuracy']:.1%} (95% CI {disc['low']:.1%}-{disc['high']:.1%}; "
        "50% = indistinguishable)",
    )
    figures.add_row("Copies re-sampled", f"{voice.copy_rate:.1%}")
    figures.add_row(
        "Personal data written, re-sampled",
        f"{voice.personal_rate:.1%} ({voice.personal_written} left in the posts)",
    )
    figures.add_row("Chat-template residue", f"{voice.residue} of {voice.posts} posts")
    if voice.held_out_loss is not None:
        figures.add_row("Held-out loss", f"{voice.held_out_loss:.3f}")
    for row in reply_rows(voice.replies):
        figures.add_row(*row)
    figures.add_row(
        "Measured in", f"{voice.seconds:.0f} s ({voice.posts} posts, seed {voice.seed})"
    )
    console.print(figures)

    style = Table(title="Style, real and generated", title_justify="left")
    style.add_column("")
    style.add_column("real", justify="right")
    style.add_column("generated", justify="right")
    real, gen = voice.style["real"], voice.style["generated"]
    for key in real:
        if key in ("posts", "languages"):
            continue
        style.add_row(key.replace("_", " "), _figure(real[key]), _figure(gen.get(key)))
    for key in ("distinct_1", "distinct_2", "self_bleu"):
        style.add_row(key.replace("_", "-"), _figure(voice.diversity["real"].get(key)),
                      _figure(voice.diversity["generated"].get(key)))  # fmt: skip
    style.add_row("languages", _languages(real["languages"]), _languages(gen["languages"]))
    console.print(style)
    console.print("Sample posts:")
    for i, post in enumerate(voice.samples, start=1):
        console.print(f"{i:>2}. {escape(post)}", highlight=False)


def _figure(value) -> str:
    if value is None:
        return "-"
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def _languages(shares: dict) -> str:
    return ", ".join(f"{lang} {share:.0%}" for lang, share in shares.items())


# --- train-many -----------------------------------------------------------------------------


class ManyView:
    """`twinpost train-many`'s one view of all its bots: a bar per bot, its stage or result."""

    def __init__(self, names: list[str], skipped: list[str], console: Console = err) -> None:
        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[state]}"),
            TimeElapsedColumn(), console=console, auto_refresh=False,
        )  # fmt: skip
        self.tasks = {}
        for name in names:
            state = "done before" if name in skipped else "waiting"
            self.tasks[name] = self.progress.add_task(
                escape(name), total=1.0, state=state, completed=1.0 if name in skipped else 0
            )
        self.progress.start()

    def __call__(self, bots: dict) -> None:
        for name, bot in bots.items():
            state = {"done": "[green]done[/green]", "failed": "[red]failed[/red]"}.get(
                bot.status, escape(bot.stage or bot.status)
            )
            if bot.attempts > 1 and bot.status != "done":
                state += f" (try {bot.attempts})"
            share = 1.0 if bot.status in ("done", "failed") else bot.share
            self.progress.update(self.tasks[name], completed=share, state=state)
        self.progress.refresh()

    def close(self) -> None:
        self.progress.stop()


def show_many(result, console: Console = err) -> None:
    done = [n for n, b in result.bots.items() if b.status == "done"]
    before = f"{len(result.skipped)} done before this run"
    console.print(f"\n[bold]{len(done)} of {len(result.bots)} bots done[/bold] in "
                  f"{escape(str(result.out))} ({before})")  # fmt: skip
    for name, error in result.failed.items():
        console.print(f"[red]failed[/red] {escape(name)}: {escape(error)}")
