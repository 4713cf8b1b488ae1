"""`twinpost tune BOT`: the bot's next version, trained on its person's labels.

The labels (bot/labels.py) of the bot's current version are read; labels given to an earlier
version are not used, since they judge posts this version did not write. The posts the bot
was trained on are read again as `forget` reads them (a live account's snapshot, or its
export), less any post `forget` removed, so the split, the held-out posts and the held-out
loss are the bot's own. Training is KTO on the labels and as many real posts of the account
(training/preference.py), from the bot's own weights, on the trained blocks the bot trained,
so the next version stays as compact as the bot.

Versions as `update` makes them: in place, the old bot is kept as `BOT_DIR.prev-N`; with
`--out`, the new version goes there. The record and the lineage name the labels by their
sha256 and counts (never their text); `push` never uploads them, as they are not in the bot
folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from twinpost.bot.folder import check_writable, read_record
from twinpost.bot.labels import Label, LabelStore, bot_version, labels_digest
from twinpost.data.corpus import corpus_of
from twinpost.data.personal import scrub
from twinpost.errors import TwinpostError
from twinpost.events import Report
from twinpost.forget import trained_export
from twinpost.pipeline import MadeBot, continued_config, make_bot, next_version
from twinpost.training.preference import Judged, TuneSettings

# The fewest labels a tune reads, and of each kind: 50 is the fewest measured to move a shared
# account's bot (andreruffert: its discriminator 0.618 to 0.578; BENCHMARKS.md, "Learning from
# picks"). Fewer were not measured.
MIN_LABELS = 50
MIN_EACH = 10


@dataclass
class TuneResult:
    bot_dir: Path  # the new version (BOT_DIR, or --out)
    labels: dict  # {"positive", "negative", "sha256"}
    previous: Path | None = None
    made: MadeBot | None = None

    def to_dict(self) -> dict:
        return {"bot_dir": str(self.bot_dir), "labels": self.labels,
                "previous": str(self.previous) if self.previous else None}  # fmt: skip


def labels_for_tune(bot_dir: Path) -> list[Label]:
    """The current version's labels, refused in one line where a tune cannot learn from them."""
    version = bot_version(bot_dir)
    with LabelStore() as store:
        labels = store.labels(bot_dir, version)
        given = store.labels(bot_dir)
    if not labels:
        if given:
            raise TwinpostError(
                f"{bot_dir}: its {len(given)} label(s) were given to another version of the bot "
                f"(it has changed since); label this one: twinpost rate {bot_dir}"
            )
        raise TwinpostError(
            f"{bot_dir}: no labels yet; give some with twinpost rate {bot_dir}, the web app's "
            "Sounds like me / Not me, or by approving and rejecting drafts"
        )
    good = sum(x.label == 1 for x in labels)
    bad = len(labels) - good
    if len(labels) < MIN_LABELS:
        raise TwinpostError(
            f"{bot_dir}: {len(labels)} label(s); a tune needs at least {MIN_LABELS} "
            f"(twinpost rate {bot_dir})"
        )
    if good < MIN_EACH or bad < MIN_EACH:
        raise TwinpostError(
            f"{bot_dir}: {good} 'sounds like me' and {bad} 'not me'; a tune needs at least "
            f"{MIN_EACH} of each"
        )
    return labels


def judged_label(label: Label, level: str, handles: list[str]) -> Judged:
    """A label as tune trains on it, scrubbed as training scrubs the posts (`--scrub`): an edit
    is its person's own text, and a judged reply's parent (a mention `watch` answered, a post
    pasted into the web app) is someone else's, so neither brings personal data in."""
    text = scrub(label.text, level, handles)[0]
    parent = scrub(label.reply_to, level, handles)[0] if label.reply_to else label.reply_to
    return Judged(text, bool(label.label), label.weight, label.speaker, parent,
                  label.reply_to_author)  # fmt: skip


def tune_bot(
    bot_dir: Path | str,
    out: Path | str | None = None,
    time_budget: str | None = None,
    settings: TuneSettings | None = None,
    report: Report | None = None,
    force: bool = False,
) -> TuneResult:
    """Train the bot's next version on its labels (KTO); the old version is kept."""
    bot_dir = Path(bot_dir)
    record = read_record(bot_dir)
    labels = labels_for_tune(bot_dir)
    target = Path(out or bot_dir).absolute()
    in_place = target == bot_dir.absolute()
    check_writable(target, force=force or in_place)
    config = continued_config(record, time_budget, None)
    exports = [trained_export(bot_dir, a.source) for a in record.accounts]
    corpus = corpus_of(exports, config.strict_seed_rules, config.scrub)
    judged = [judged_label(x, config.scrub, record.handles) for x in labels]
    good = sum(j.label for j in judged)
    counts = {"positive": good, "negative": len(judged) - good, "sha256": labels_digest(labels)}
    result = TuneResult(bot_dir=target, labels=counts)
    update = {"tuned": {**counts, "method": "kto", "version_labelled": bot_version(bot_dir)}}
    result.previous, result.made = next_version(bot_dir, out, lambda previous: make_bot(
        corpus, target, config, report=report, previous=previous, update=update, force=True,
        judged=judged, tune=settings or TuneSettings(),
    ))  # fmt: skip
    return result
