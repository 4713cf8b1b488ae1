"""Training jobs on disk: one SQLite database under TWINPOST_HOME, so jobs outlive the server.

Every change of a job (queued, started, an event, finished) is written through, in WAL mode
(readers never wait for the writer; a kill mid-write loses at most that write). When a server
starts, jobs that were queued or running when the last one stopped are queued again: their
uploads are still on disk, and a job that was training continues from its checkpoint
(training/checkpoint.py). A job whose uploads are gone is marked failed, saying so. No job is
ever left "running" with nothing running it.

sqlite3 is the standard library's; one table, one row per job, JSON in text columns.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from twinpost.config import TrainConfig
from twinpost.server.worker import JobSpec

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,      -- submission order, for requeueing in order
    spec TEXT NOT NULL,             -- JSON: bot_dir, sources, names, config
    uploads_dir TEXT NOT NULL,
    state TEXT NOT NULL,
    fields TEXT NOT NULL            -- JSON: stage, progress, report, log, error, ...
)
"""
# What a job's `fields` column holds: everything GET /jobs/{id} shows but its id and state.
FIELDS = ("stage", "progress", "report", "warnings", "log", "error", "held_out_loss",
          "training_warnings", "created")  # fmt: skip


@dataclass
class StoredJob:
    id: str
    spec: JobSpec
    uploads_dir: Path
    state: str
    fields: dict


class JobStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        # One connection shared by the server's threads, each use under the lock.
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL: durable at each checkpoint
        self._db.execute(SCHEMA)

    def add(self, job_id: str, spec: JobSpec, uploads_dir: Path, state: str, fields: dict):
        with self._lock:
            position = self._db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM jobs")
            self._db.execute(
                "INSERT INTO jobs VALUES (?, ?, ?, ?, ?, ?)",
                (job_id, position.fetchone()[0], _spec_json(spec), str(uploads_dir), state,
                 json.dumps(fields)),
            )  # fmt: skip

    def update(self, job_id: str, state: str, fields: dict) -> None:
        with self._lock:
            self._db.execute("UPDATE jobs SET state = ?, fields = ? WHERE id = ?",
                             (state, json.dumps(fields), job_id))  # fmt: skip

    def all(self) -> Iterator[StoredJob]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, spec, uploads_dir, state, fields FROM jobs ORDER BY position"
            ).fetchall()
        for job_id, spec, uploads_dir, state, fields in rows:
            yield StoredJob(job_id, _spec_from_json(spec), Path(uploads_dir), state,
                            json.loads(fields))  # fmt: skip

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _spec_json(spec: JobSpec) -> str:
    # A path is a string, a live spec (`snapshot:...`) {"spec": ...}: a path is never read
    # back as a spec, nor a spec as a path.
    sources = [str(s) if isinstance(s, Path) else {"spec": s} for s in spec.sources]
    return json.dumps({"bot_dir": str(spec.bot_dir), "sources": sources,
                       "names": list(spec.names), "config": spec.config.to_dict()})  # fmt: skip


def _spec_from_json(text: str) -> JobSpec:
    data = json.loads(text)
    sources = [Path(s) if isinstance(s, str) else str(s["spec"]) for s in data["sources"]]
    return JobSpec(bot_dir=Path(data["bot_dir"]), sources=sources,
                   names=data["names"], config=TrainConfig.from_dict(data["config"]))  # fmt: skip
