"""Labels: every "sounds like me" and "not me" its person gave a bot's posts.

One SQLite database under TWINPOST_HOME (`labels/labels.sqlite`, WAL, as the queue and the
server's jobs), never in the bot folder, so `push` cannot upload them. A label belongs to one
version of one bot: `version` is the sha256 of the weights that wrote the post
(`bot_version`), so `twinpost tune` can refuse labels given to another version, whose posts
the labels no longer judge.

Where labels come from (`source`):
- `web`: "Sounds like me" / "Not me" on a written post in the web app;
- `rate`: `twinpost rate BOT` in the terminal;
- `queue`: approving (positive) or rejecting (negative) a draft; an edit is a strong positive
  of the edited text (`weight` 2). The bot's own text is not then labelled "not me": an edit
  is often a small mend of a post that mostly sounded right;
- `card`: a post picked for the card in the web app.

The same text labelled twice for a version keeps the latest answer (a person may change their
mind), so repeated clicks do not weigh a post twice.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from twinpost.errors import TwinpostError

SOURCES = ("web", "rate", "queue", "card")
MAX_TEXT = 5000  # characters of one labelled post

SCHEMA = """
CREATE TABLE IF NOT EXISTS labels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bot TEXT NOT NULL,              -- the bot folder, absolute
    version TEXT NOT NULL,          -- sha256 of the weights that wrote the post
    prompt TEXT NOT NULL DEFAULT '',
    speaker TEXT NOT NULL DEFAULT '', -- a cyborg's account it was written as ('': none)
    reply_to TEXT NOT NULL DEFAULT '',        -- a reply: the post it answers ('': none)
    reply_to_author TEXT NOT NULL DEFAULT '', -- ... and its author, where known
    text TEXT NOT NULL,
    label INTEGER NOT NULL,         -- 1: sounds like me, 0: not me
    weight REAL NOT NULL DEFAULT 1, -- 2: the person's own edit
    source TEXT NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (bot, version, speaker, reply_to, text)
)
"""


@dataclass(frozen=True)
class Label:
    id: int
    bot: str
    version: str
    prompt: str
    speaker: str | None
    reply_to: str | None
    reply_to_author: str | None
    text: str
    label: int
    weight: float
    source: str
    created: str

    def to_dict(self) -> dict:
        return dict(self.__dict__)


_versions: dict[tuple, str] = {}  # (weight files' stats) -> sha256, for this process


def bot_version(bot_dir: Path) -> str:
    """The sha256 of the bot's weights (bot/weights.py), kept while the files are unchanged."""
    from twinpost.bot.weights import weight_files, weights_sha256

    files = weight_files(Path(bot_dir))
    key = tuple((str(p.absolute()), p.stat().st_size, p.stat().st_mtime_ns) for p in files)
    if key not in _versions:
        _versions[key] = weights_sha256(Path(bot_dir))
    return _versions[key]


def labels_path() -> Path:
    from twinpost.home import user_home

    return user_home() / "labels" / "labels.sqlite"


class LabelStore:
    def __init__(self, path: Path | None = None) -> None:
        path = path or labels_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(SCHEMA)
            self._db.execute("SELECT COUNT(*) FROM labels").fetchone()
        except sqlite3.DatabaseError as e:
            raise TwinpostError(
                f"{path}: the label store is damaged ({e}); move it away to start again"
            ) from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> LabelStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(
        self,
        bot_dir: Path,
        text: str,
        label: bool,
        source: str,
        prompt: str = "",
        speaker: str | None = None,
        weight: float = 1.0,
        version: str | None = None,
        reply_to: str | None = None,
        reply_to_author: str | None = None,
    ) -> Label:
        """Keep one judgement of `text`, written by the bot's current version (or `version`);
        a reply's judgement keeps the post it answers (`reply_to`), which tune reads before
        it, as the bot did when it wrote the reply."""
        text = text.strip()
        if not text:
            raise TwinpostError("an empty post cannot be labelled")
        if len(text) > MAX_TEXT:
            raise TwinpostError(f"a labelled post holds at most {MAX_TEXT} characters")
        if source not in SOURCES:
            raise TwinpostError(f"label source {source!r}: one of {', '.join(SOURCES)}")
        version = version or bot_version(bot_dir)
        bot = str(Path(bot_dir).absolute())
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock:
            self._db.execute(
                "INSERT INTO labels (bot, version, prompt, speaker, reply_to, reply_to_author, "
                "text, label, weight, source, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (bot, version, speaker, reply_to, text) DO UPDATE SET "
                "label = excluded.label, weight = excluded.weight, source = excluded.source, "
                "created = excluded.created",
                (bot, version, prompt, speaker or "", reply_to or "", reply_to_author or "",
                 text, int(bool(label)), weight, source, now),
            )  # fmt: skip
            row = self._db.execute(
                "SELECT * FROM labels WHERE bot = ? AND version = ? AND speaker = ? "
                "AND reply_to = ? AND text = ?",
                (bot, version, speaker or "", reply_to or "", text),
            ).fetchone()
        return _label(row)

    def labels(self, bot_dir: Path, version: str | None = None) -> list[Label]:
        """The bot's labels, of one version (or all versions, oldest first)."""
        query, params = "SELECT * FROM labels WHERE bot = ?", [str(Path(bot_dir).absolute())]
        if version is not None:
            query += " AND version = ?"
            params.append(version)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY id", params).fetchall()
        return [_label(r) for r in rows]

    def clear(self, bot_dir: Path) -> int:
        """Forget every label of the bot (all versions); how many there were."""
        with self._lock:
            return self._db.execute(
                "DELETE FROM labels WHERE bot = ?", (str(Path(bot_dir).absolute()),)
            ).rowcount

    def counts(self, bot_dir: Path, version: str) -> dict[str, int]:
        kept = self.labels(bot_dir, version)
        return {"positive": sum(x.label == 1 for x in kept),
                "negative": sum(x.label == 0 for x in kept)}  # fmt: skip


def _label(row: sqlite3.Row) -> Label:
    data = dict(row)
    for key in ("speaker", "reply_to", "reply_to_author"):
        data[key] = data[key] or None  # NULLs are never equal in a UNIQUE key: '' is kept
    return Label(**data)


def labels_digest(labels: list[Label]) -> str:
    """One sha256 for a set of labels (the lineage keeps it, never their text)."""
    rows = sorted((x.speaker or "", x.prompt, x.reply_to or "", x.reply_to_author or "", x.text,
                   x.label, x.weight) for x in labels)  # fmt: skip
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


def label_quietly(bot_dir: Path, text: str, label: bool, source: str, **kwargs) -> None:
    """A label given in passing (an approval, a card pick): kept when it can be, never the
    reason the act itself fails."""
    try:
        with LabelStore() as store:
            store.add(bot_dir, text, label, source, **kwargs)
    except (TwinpostError, OSError, sqlite3.Error) as e:
        logging.getLogger("twinpost").warning("the %s label was not kept: %s", source, e)
