"""One to three sources read, cleaned and checked: the posts a bot is trained on."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from twinpost.data.clean import (
    MIN_KEPT_CHARACTERS,
    CleanAccount,
    check_enough_text,
    clean_export,
)
from twinpost.data.personal import check_level
from twinpost.data.posts import Export, Post
from twinpost.data.sources import read_source
from twinpost.errors import TwinpostError
from twinpost.events import CorpusRead
from twinpost.fileio import write_text_atomic

# The established tool made one "AI CYBORG" from up to 3 accounts; more dilutes every voice.
MAX_ACCOUNTS = 3
# The established tool's counts table: its rows, and the report key of each.
TABLE_ROWS = (
    ("Posts downloaded", "downloaded"),
    ("Retweets", "retweets"),
    ("Short posts", "short"),
    ("Posts kept", "kept"),
)
# twinpost's rows under them: kept posts that answer a post, and those whose parent is known.
CONVERSATION_ROWS = (
    ("Replies", "replies"),
    ("Replies, parent known", "replies_known"),
)


# Kept posts whose personal data was replaced (data/personal.py); "off" under --no-scrub. Not
# under --strict-seed-rules, which keeps the seed's table (the card says what was scrubbed).
SCRUB_ROW = ("Posts scrubbed", "scrubbed")


def table_rows(accounts: list[dict]) -> tuple[tuple[str, str], ...]:
    """The rows a counts table shows: the established tool's, the conversation rows where the
    counts have them (not under --strict-seed-rules, nor in a report from before them), and
    the scrubbing row where they have it."""

    def every(key: str) -> bool:
        return bool(accounts) and all(key in a for a in accounts)

    return (
        TABLE_ROWS
        + (CONVERSATION_ROWS if every("replies") else ())
        + ((SCRUB_ROW,) if every("scrubbed") else ())
    )


def table_value(value: int | None) -> str:
    """A count as the table shows it: 1,234; a count that was not made (scrubbing off) is
    "off"."""
    return "off" if value is None else f"{value:,}"


@dataclass
class Corpus:
    accounts: list[CleanAccount]
    warnings: list[str] = field(default_factory=list)
    strict_seed_rules: bool = False
    scrub: str = "personal"

    @property
    def posts(self) -> list[Post]:
        return [post for account in self.accounts for post in account.posts]

    def table(self) -> dict:
        """The counts table as `twinpost data --json` prints it."""
        return {"accounts": [a.report.table_row(self.strict_seed_rules) for a in self.accounts]}

    def samples(self, per_account: int = 3, seed: int = 0) -> dict[str, list[str]]:
        """A few kept posts of each account, picked at random (seeded)."""
        rng = random.Random(seed)
        return {
            a.account.handle: [p.text for p in rng.sample(a.posts, min(per_account, len(a.posts)))]
            for a in self.accounts
        }

    def read_event(self, share: float = 0.0) -> CorpusRead:
        """The event that reports this corpus: the counts table, a few posts, warnings."""
        return CorpusRead(self.table()["accounts"], self.samples(), self.warnings, share)

    def report(self) -> dict:
        """The table plus what else a reader of `report.json` needs."""
        return {
            **self.table(),
            "kept_characters": {a.report.handle: a.report.kept_characters for a in self.accounts},
            "sources": [a.account.source for a in self.accounts],
            "rules": "strict-seed" if self.strict_seed_rules else "seed+unspaced-scripts",
            # What scrubbing replaced, by kind and count, never the values.
            "scrub": self.scrub,
            "scrubbed_items": {a.report.handle: a.report.scrubbed_items for a in self.accounts},
            "min_kept_characters": MIN_KEPT_CHARACTERS,
            "warnings": self.warnings,
        }

    def save(self, out_dir: Path) -> None:
        """Write `posts.jsonl` and `report.json` into `out_dir`, each atomically."""
        lines = [
            json.dumps(
                {
                    "account": p.account,
                    "id": p.id,
                    "text": p.text,
                    "created_at": p.created_at.isoformat() if p.created_at else None,
                    "is_reply": p.is_reply,
                    **{
                        k: v
                        for k, v in (
                            ("reply_to", p.reply_to),
                            ("reply_to_author", p.reply_to_author),
                            ("parent_text", p.parent_text),
                        )
                        if v
                    },  # fmt: skip
                },
                ensure_ascii=False,
            )
            for p in self.posts
        ]
        write_text_atomic(out_dir / "posts.jsonl", "".join(line + "\n" for line in lines))
        report = json.dumps(self.report(), indent=2, ensure_ascii=False) + "\n"
        write_text_atomic(out_dir / "report.json", report)


DATA_FILES = ("posts.jsonl", "report.json")


def check_data_out(out_dir: Path, sources: Sequence[str | Path], force: bool = False) -> None:
    """Refuse, before anything is read, to overwrite files `twinpost data` did not write, or
    one of its own sources, unless `force`."""
    out_dir = Path(out_dir).expanduser().absolute()
    if out_dir.exists() and not out_dir.is_dir():
        raise TwinpostError(f"{out_dir}: exists and is not a folder; pick another --out")
    targets = [out_dir / name for name in DATA_FILES]
    if force:
        return
    for source in sources:
        path = Path(str(source)).expanduser().absolute()
        if path in targets:
            raise TwinpostError(
                f"{path}: --out would overwrite this source with its cleaned posts; pick "
                "another --out (or pass --force)"
            )
    existing = [t for t in targets if t.exists()]
    if existing and not _written_by_data(out_dir / "report.json"):
        raise TwinpostError(
            f"{existing[0]}: already exists and was not written by `twinpost data`; pick "
            "another --out (or pass --force to overwrite it)"
        )


def _written_by_data(report: Path) -> bool:
    # report.json as `Corpus.save` writes it: these two keys appear in no other tool's file.
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and {"min_kept_characters", "rules"} <= data.keys()


def build_corpus(
    sources: str | Path | Sequence[str | Path],
    strict_seed_rules: bool = False,
    limit: int | None = None,
    fetch_parents: bool = False,
    scrub: str = "personal",
) -> Corpus:
    """Read, clean and check every source; raise a TwinpostError before anything is written.

    `sources` is one source (a path or a live spec) or a list of up to 3. `limit` keeps each
    source's newest posts only (live sources fetch no more). `fetch_parents` fetches the posts
    replies answer that a source does not hold (Mastodon and Bluesky; sources/parents.py).
    `scrub` replaces personal data: "personal" (the default), "handles" (other people's
    @handles too) or "off" (data/personal.py).
    """
    check_level(scrub)
    if isinstance(sources, str | Path):
        sources = [sources]
    if not sources:
        raise TwinpostError("no source given: pass an export folder, a zip or a file of posts")
    if len(sources) > MAX_ACCOUNTS:
        raise TwinpostError(f"{len(sources)} sources given: at most {MAX_ACCOUNTS} accounts")
    exports = [read_source(s, limit, fetch_parents) for s in sources]
    return corpus_of(exports, strict_seed_rules, scrub)


def corpus_of(exports: list[Export], strict_seed_rules: bool = False, scrub: str = "personal"):
    """Exports already read, cleaned and checked as `build_corpus` does."""
    accounts = [clean_export(e, strict_seed_rules, scrub) for e in exports]
    _check_distinct_handles(accounts)
    warnings = [w for a in accounts if (w := check_enough_text(a))]
    return Corpus(accounts, warnings, strict_seed_rules, scrub)


def read(
    sources: str | Path | Sequence[str | Path],
    limit: int | None = None,
    strict_seed_rules: bool = False,
    fetch_parents: bool = False,
    scrub: str = "personal",
) -> Corpus:
    """The posts of up to 3 sources, read and cleaned (`twinpost.read` in the Python API)."""
    return build_corpus(sources, strict_seed_rules, limit, fetch_parents, scrub)


def _check_distinct_handles(accounts: list[CleanAccount]) -> None:
    seen: dict[str, str] = {}
    for a in accounts:
        handle = a.account.handle
        if handle in seen:
            raise TwinpostError(
                f"{a.account.source}: account @{handle} is also read from {seen[handle]}"
            )
        seen[handle] = a.account.source
