"""The draft queue: the posts a bot may post, each approved by its person first.

One SQLite database under TWINPOST_HOME (`posting/queue.sqlite`, WAL, as the server's jobs),
one row per draft. A draft is written by the bot (it has passed the copy guard and the
personal-data guard, generation/write.py), then approved, rejected or edited by its person,
then posted once:

    draft ──approve──▶ approved ──claim──▶ sending ──▶ posted
      │                   │                   └──────▶ failed (after its tries; approve again)
      └──reject──▶ rejected ◀──reject───┘

An edited draft keeps both texts (`text`, what the bot wrote; `edited`, what is posted). Each
draft gets its post key when it is written (`key`, a UUID): the platform's idempotency key
(Mastodon's `Idempotency-Key`, Bluesky's record key), so a draft sent again after a retry, a
kill or a restart is the same post, never a second one. A draft is `sending` from just before
its first try until the platform's answer is recorded: a restart finds it there and sends it
again with the same key.

sqlite3 is the standard library's; every change is one statement, written through.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from twinpost.errors import TwinpostError

STATES = ("draft", "approved", "rejected", "sending", "posted", "failed")

SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bot TEXT NOT NULL,              -- the bot folder, absolute
    text TEXT NOT NULL,             -- what the bot wrote
    edited TEXT,                    -- what its person made of it, if they edited it
    state TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,       -- the idempotency / record key of its post
    prompt TEXT NOT NULL DEFAULT '',
    speaker TEXT,
    reply_to_url TEXT,              -- reply drafts: the post they answer
    reply_to_id TEXT,               -- ... its id on the account's platform
    reply_to_text TEXT,             -- ... its text, which the bot read (and tune reads)
    reply_to_author TEXT,           -- ... its author's handle
    account TEXT,                   -- where it was posted (or is being)
    url TEXT,                       -- the posted post
    error TEXT,
    tries INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    posted_at TEXT
);
-- A post is answered at most once per bot.
CREATE UNIQUE INDEX IF NOT EXISTS one_reply ON drafts (bot, reply_to_url);
-- Where `watch` stopped reading each account's mentions.
CREATE TABLE IF NOT EXISTS cursors (account TEXT PRIMARY KEY, seen TEXT NOT NULL);
-- What `twinpost serve` posts for each bot, and whether it answers mentions (runner.py).
CREATE TABLE IF NOT EXISTS plans (
    bot TEXT PRIMARY KEY,           -- the bot folder, absolute
    account TEXT NOT NULL,
    every REAL NOT NULL,
    jitter REAL NOT NULL,
    daily_cap INTEGER NOT NULL,
    visibility TEXT NOT NULL,
    watch INTEGER NOT NULL,         -- answer mentions (reply drafts)
    auto INTEGER NOT NULL,          -- ... approved as written, within max_per_hour
    max_per_hour INTEGER NOT NULL,
    enabled INTEGER NOT NULL,
    watched_at TEXT,                -- when the mentions were last read
    error TEXT,                     -- the last thing that went wrong, shown in the web app
    updated TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Draft:
    id: int
    bot: str
    text: str
    edited: str | None
    state: str
    key: str
    prompt: str
    speaker: str | None
    reply_to_url: str | None
    reply_to_id: str | None
    reply_to_text: str | None
    reply_to_author: str | None
    account: str | None
    url: str | None
    error: str | None
    tries: int
    created: str
    updated: str
    posted_at: str | None

    @property
    def final_text(self) -> str:
        """What is posted: the edited text where there is one."""
        return self.edited if self.edited is not None else self.text

    def to_dict(self) -> dict:
        return {**self.__dict__, "final_text": self.final_text}


@dataclass(frozen=True)
class Plan:
    """What the server posts for one bot (runner.py): its approved drafts to `account` on a
    schedule, and, with `watch`, reply drafts for the account's mentions."""

    bot: str
    account: str
    every: float
    jitter: float
    daily_cap: int
    visibility: str
    watch: bool
    auto: bool
    max_per_hour: int
    enabled: bool = True
    watched_at: str | None = None
    error: str | None = None
    updated: str = ""

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def queue_path() -> Path:
    from twinpost.home import user_home

    return user_home() / "posting" / "queue.sqlite"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class DraftQueue:
    def __init__(self, path: Path | None = None) -> None:
        path = path or queue_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a posted URL is never lost to a crash
        self._db.executescript(SCHEMA)
        self._add_columns()

    def _add_columns(self) -> None:
        """A queue written before a column existed gains it, empty (SQLite's ADD COLUMN)."""
        have = {row["name"] for row in self._db.execute("PRAGMA table_info(drafts)")}
        for column in ("reply_to_text", "reply_to_author"):
            if column not in have:
                self._db.execute(f"ALTER TABLE drafts ADD COLUMN {column} TEXT")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> DraftQueue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(
        self,
        bot: Path,
        texts: list[str],
        prompt: str = "",
        speaker: str | None = None,
        reply_to_url: str | None = None,
        reply_to_id: str | None = None,
        state: str = "draft",
        reply_to_text: str | None = None,
        reply_to_author: str | None = None,
    ) -> list[Draft]:
        """Queue `texts` as drafts. A reply to a post already answered is not queued again
        (one reply per post and bot): the draft already there is returned. A reply draft
        keeps the text and author of what it answers, so judging it labels a reply."""
        now = _now()
        ids = []
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            for text in texts:
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO drafts (bot, text, state, key, prompt, speaker, "
                    "reply_to_url, reply_to_id, reply_to_text, reply_to_author, created, "
                    "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (str(Path(bot).absolute()), text, state, str(uuid.uuid4()), prompt, speaker,
                     reply_to_url, reply_to_id, reply_to_text, reply_to_author, now, now),
                )  # fmt: skip
                if cursor.rowcount:
                    ids.append(cursor.lastrowid)
            self._db.execute("COMMIT")
        return [self.get(i) for i in ids]

    def answered(self, bot: Path, reply_to_url: str) -> bool:
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM drafts WHERE bot = ? AND reply_to_url = ?",
                (str(Path(bot).absolute()), reply_to_url),
            ).fetchone()
        return row is not None

    def replies_since(self, bot: Path, since: str, states: tuple[str, ...]) -> int:
        marks = ",".join("?" * len(states))
        with self._lock:
            row = self._db.execute(
                f"SELECT COUNT(*) FROM drafts WHERE bot = ? AND reply_to_url IS NOT NULL "
                f"AND created >= ? AND state IN ({marks})",
                (str(Path(bot).absolute()), since, *states),
            ).fetchone()
        return row[0]

    def cursor(self, account: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT seen FROM cursors WHERE account = ?", (account,))
            found = row.fetchone()
        return found[0] if found else None

    def set_cursor(self, account: str, seen: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO cursors (account, seen) VALUES (?, ?) "
                "ON CONFLICT(account) DO UPDATE SET seen = excluded.seen",
                (account, seen),
            )

    def get(self, draft_id: int) -> Draft:
        with self._lock:
            row = self._db.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise TwinpostError(f"draft {draft_id}: no such draft (twinpost drafts BOT lists them)")
        return Draft(**dict(row))

    def list(self, bot: Path | None = None, states: tuple[str, ...] = STATES) -> list[Draft]:
        marks = ",".join("?" * len(states))
        query = f"SELECT * FROM drafts WHERE state IN ({marks})"
        params: list = list(states)
        if bot is not None:
            query += " AND bot = ?"
            params.append(str(Path(bot).absolute()))
        with self._lock:
            rows = self._db.execute(query + " ORDER BY id", params).fetchall()
        return [Draft(**dict(r)) for r in rows]

    def approve(self, draft_id: int) -> Draft:
        """Its person's "yes", kept as a label too (bot/labels.py)."""
        draft = self._move(draft_id, ("draft", "rejected", "failed"), "approved")
        _label(draft, True)
        return draft

    def reject(self, draft_id: int) -> Draft:
        """Its person's "not me", kept as a label too."""
        draft = self._move(draft_id, ("draft", "approved", "failed"), "rejected")
        _label(draft, False)
        return draft

    def edit(self, draft_id: int, text: str) -> Draft:
        """Keep the person's text beside the bot's; an edit is also an approval."""
        text = text.strip()
        if not text:
            raise TwinpostError(f"draft {draft_id}: the edited text is empty; nothing changed")
        draft = self.get(draft_id)
        if draft.state in ("sending", "posted"):
            raise TwinpostError(f"draft {draft_id}: already {draft.state}; it cannot be edited")
        with self._lock:
            self._db.execute(
                "UPDATE drafts SET edited = ?, state = 'approved', updated = ? WHERE id = ?",
                (None if text == draft.text else text, _now(), draft_id),
            )
        edited = self.get(draft_id)
        _label(edited, True, weight=2.0 if edited.edited is not None else 1.0)
        return edited

    def claim(self, draft_id: int, account: str) -> Draft:
        """Mark a draft as being sent to `account`, before the first try (a restart that finds
        it `sending` sends it again, with the same key)."""
        with self._lock:
            changed = self._db.execute(
                "UPDATE drafts SET state = 'sending', account = ?, tries = tries + 1, "
                "updated = ? WHERE id = ? AND state IN ('approved', 'sending')",
                (account, _now(), draft_id),
            ).rowcount
        if not changed:
            raise TwinpostError(f"draft {draft_id}: not approved; approve it first")
        return self.get(draft_id)

    def posted(self, draft_id: int, url: str) -> Draft:
        with self._lock:
            self._db.execute(
                "UPDATE drafts SET state = 'posted', url = ?, error = NULL, posted_at = ?, "
                "updated = ? WHERE id = ?",
                (url, _now(), _now(), draft_id),
            )
        return self.get(draft_id)

    def failed(self, draft_id: int, error: str) -> Draft:
        with self._lock:
            self._db.execute(
                "UPDATE drafts SET state = 'failed', error = ?, updated = ? WHERE id = ?",
                (error, _now(), draft_id),
            )
        return self.get(draft_id)

    def posted_since(self, account: str, since: str) -> list[Draft]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM drafts WHERE account = ? AND state = 'posted' AND posted_at >= ? "
                "ORDER BY posted_at",
                (account, since),
            ).fetchall()
        return [Draft(**dict(r)) for r in rows]

    def _move(self, draft_id: int, allowed: tuple[str, ...], to: str) -> Draft:
        draft = self.get(draft_id)
        if draft.state == to:
            return draft
        if draft.state not in allowed:
            raise TwinpostError(f"draft {draft_id}: {draft.state}; it cannot be {to} now")
        with self._lock:
            self._db.execute(
                "UPDATE drafts SET state = ?, updated = ? WHERE id = ?", (to, _now(), draft_id)
            )
        return self.get(draft_id)

    # --- the server's plans (runner.py) ---------------------------------------------------

    def set_plan(self, plan: Plan) -> Plan:
        """Keep `plan` for its bot (enabled), replacing the one there."""
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO plans (bot, account, every, jitter, daily_cap, "
                "visibility, watch, auto, max_per_hour, enabled, watched_at, error, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, NULL, ?)",
                (str(Path(plan.bot).absolute()), plan.account, plan.every, plan.jitter,
                 plan.daily_cap, plan.visibility, int(plan.watch), int(plan.auto),
                 plan.max_per_hour, _now()),
            )  # fmt: skip
        found = self.plan(Path(plan.bot))
        assert found is not None
        return found

    def plan(self, bot: Path) -> Plan | None:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM plans WHERE bot = ?", (str(Path(bot).absolute()),)
            ).fetchone()
        return _plan(row) if row else None

    def plans(self) -> list[Plan]:
        """The enabled plans, the server's work."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM plans WHERE enabled = 1 ORDER BY bot")
            return [_plan(r) for r in rows.fetchall()]

    def stop_plan(self, bot: Path) -> Plan | None:
        with self._lock:
            self._db.execute(
                "UPDATE plans SET enabled = 0, updated = ? WHERE bot = ?",
                (_now(), str(Path(bot).absolute())),
            )
        return self.plan(bot)

    def note_plan(self, bot: str, error: str | None = None, watched_at: str | None = None) -> None:
        """Record what a pass of the runner found: its error (None: it went well), and when
        the mentions were read."""
        with self._lock:
            self._db.execute(
                "UPDATE plans SET error = ?, watched_at = COALESCE(?, watched_at) WHERE bot = ?",
                (error, watched_at, bot),
            )


def _label(draft: Draft, label: bool, weight: float = 1.0) -> None:
    """A judgement of a draft is a label of the bot (`twinpost tune` learns from it); an edit
    is a strong "sounds like me" of the person's own text. A reply draft is labelled as a
    reply to what it answers, which tune reads before it, as the bot did; one queued before
    the queue kept that text is labelled as a post."""
    from twinpost.bot.labels import label_quietly

    if Path(draft.bot).is_dir():
        label_quietly(Path(draft.bot), draft.final_text, label, "queue", prompt=draft.prompt,
                      speaker=draft.speaker, weight=weight, reply_to=draft.reply_to_text,
                      reply_to_author=draft.reply_to_author)  # fmt: skip


def _plan(row: sqlite3.Row) -> Plan:
    data = dict(row)
    for flag in ("watch", "auto", "enabled"):
        data[flag] = bool(data[flag])
    return Plan(**data)
