"""Training jobs: queued in order, each run in its own process (multiprocessing `spawn`), one
at a time by default, so the server keeps answering while a bot trains.

A dispatcher thread starts the next job when a slot is free; a supervisor thread per running
job applies the worker's events (see `worker.py`) to the job. A job whose process dies without
a final event is reported as failed, with its exit code. With a `JobStore` every job is also
kept on disk (job_store.py): a server that stops or is killed finds its unfinished jobs again
when it starts, and runs them (training continues from its checkpoint).
"""

from __future__ import annotations

import glob
import multiprocessing
import queue
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from math import inf
from pathlib import Path

from twinpost.config import describe_duration
from twinpost.server.job_store import FIELDS, JobStore, StoredJob
from twinpost.server.uploads import remove_folder
from twinpost.server.worker import JobSpec, run_training_job

LOG_LINES = 40  # lines of a job's log kept for GET /jobs/{id}
STOP_GRACE_SECONDS = 5  # after SIGTERM, before SIGKILL
EVENT_POLL_SECONDS = 0.2

Worker = Callable[[JobSpec, object], None]


# Jobs waiting for the training slot. A job is minutes of both cores; past a handful the
# wait is an hour, and a script looping on POST /jobs would fill the disk with uploads.
MAX_QUEUED_JOBS = 8


class QueueFull(Exception):
    """Too many jobs wait already. The API answers 429."""


class JobConflict(Exception):
    """The job cannot do that in its state (e.g. cancel a finished job). The API answers 409."""


@dataclass
class Job:
    id: str
    spec: JobSpec
    uploads_dir: Path
    state: str = "queued"  # queued | running | done | failed | cancelled
    stage: str = "waiting"  # waiting | reading | training | writing | finished
    progress: float = 0.0
    report: list[dict] | None = None
    warnings: list[str] = field(default_factory=list)
    log: deque[str] = field(default_factory=lambda: deque(maxlen=LOG_LINES))
    error: str | None = None
    held_out_loss: dict | None = None
    training_warnings: list[str] = field(default_factory=list)  # e.g. it barely trained
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    started: float | None = None
    made: float = field(default_factory=time.monotonic)
    finished: float | None = None
    process: multiprocessing.process.BaseProcess | None = None

    @property
    def bot_name(self) -> str:
        return self.spec.bot_dir.name

    @property
    def active(self) -> bool:
        return self.state in ("queued", "running")

    def status(self) -> dict:
        """What GET /jobs/{id} shows."""
        start = self.started or self.made
        return {
            "id": self.id,
            "state": self.state,
            "stage": self.stage,
            "progress": round(self.progress, 4),
            "bot_name": self.bot_name,
            "sources": list(self.spec.names),
            "report": self.report,
            "warnings": list(self.warnings),
            "log": list(self.log),
            "error": self.error,
            "held_out_loss": self.held_out_loss,
            "training_warnings": list(self.training_warnings),
            "created": self.created,
            "seconds": round((self.finished or time.monotonic()) - start, 1),
        }


class JobManager:
    def __init__(
        self, max_running: int = 1, worker: Worker | None = None, store: JobStore | None = None
    ) -> None:
        self.worker = worker or run_training_job
        self.store = store
        self.jobs: dict[str, Job] = {}
        self._pending: queue.Queue[Job | None] = queue.Queue()
        self._slots = threading.Semaphore(max_running)
        self._lock = threading.Lock()
        self._context = multiprocessing.get_context("spawn")
        self._stopping = False
        if store is not None:
            self._restore(store)
        self._dispatcher = threading.Thread(target=self._dispatch, daemon=True)
        self._dispatcher.start()

    def _restore(self, store: JobStore) -> None:
        """The jobs of earlier servers; the unfinished ones queued again, in their order."""
        for stored in store.all():
            job = _job_from_store(stored)
            self.jobs[job.id] = job
            if job.state not in ("queued", "running"):
                continue
            # A live account's snapshot stays in TWINPOST_HOME; uploads may be gone.
            if all(isinstance(s, str) or s.is_file() for s in job.spec.sources):
                job.state, job.stage, job.progress = "queued", "waiting", 0.0
                job.log.append("Queued again: the server restarted")
                self._pending.put(job)
            else:
                job.state, job.stage = "failed", "finished"
                job.error = (
                    "the server stopped while it ran, and its uploads are gone; upload again"
                )
                job.log.append(f"Failed: {job.error}")
            self._save(job)

    def _save(self, job: Job) -> None:
        """Write the job through to the store (callers hold the lock or own the job)."""
        if self.store is not None:
            self.store.update(job.id, job.state, _fields_of(job))

    def check_room(self) -> None:
        """Raise QueueFull if no job can be queued now (checked before an upload is kept)."""
        with self._lock:
            self._check_room()

    def _check_room(self) -> None:
        waiting = sum(1 for j in self.jobs.values() if j.state == "queued")
        if waiting >= MAX_QUEUED_JOBS:
            raise QueueFull(
                f"{waiting} training jobs are waiting already (at most {MAX_QUEUED_JOBS}); "
                "try again when one has started"
            )

    def submit(self, spec: JobSpec, uploads_dir: Path) -> Job:
        job = Job(id=uuid.uuid4().hex[:12], spec=spec, uploads_dir=uploads_dir)
        job.log.append(f"Queued: {', '.join(spec.names)} -> bot {job.bot_name}")
        with self._lock:
            self._check_room()
            self.jobs[job.id] = job
            if self.store is not None:
                self.store.add(job.id, spec, uploads_dir, job.state, _fields_of(job))
        self._pending.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def status(self, job: Job) -> dict:
        with self._lock:
            return job.status()

    def reserved_names(self) -> set[str]:
        with self._lock:
            return {j.bot_name for j in self.jobs.values() if j.active}

    def cancel(self, job: Job) -> None:
        with self._lock:
            if not job.active:
                raise JobConflict(f"job {job.id} is already {job.state}")
            job.state = "cancelled"
            job.stage = "finished"
            job.finished = time.monotonic()
            job.log.append("Cancelled")
            self._save(job)
            process = job.process
        if process is not None:
            _stop(process)
        _remove_partial_bot(job.spec.bot_dir)
        remove_folder(job.uploads_dir)

    def shutdown(self) -> None:
        """Stop every running job's process (the server is exiting). With a store, unfinished
        jobs stay queued there (uploads, partial training and all) for the next server;
        without one they are cancelled."""
        self._pending.put(None)
        if self.store is None:
            for job in list(self.jobs.values()):
                if job.active:
                    self.cancel(job)
            return
        with self._lock:
            self._stopping = True
            running = [j for j in self.jobs.values() if j.active]
            for job in running:
                job.log.append("Stopped with the server: it goes on when the server starts")
                job.state, job.stage = "queued", "waiting"
                self._save(job)
        for job in running:
            if job.process is not None:
                _stop(job.process)
        self.store.close()

    def _dispatch(self) -> None:
        while (job := self._pending.get()) is not None:
            self._slots.acquire()
            if job.state != "queued":  # cancelled while it waited
                self._slots.release()
                continue
            threading.Thread(target=self._supervise, args=(job,), daemon=True).start()

    def _supervise(self, job: Job) -> None:
        try:
            events = self._context.Queue()
            process = self._context.Process(
                target=self.worker, args=(job.spec, events), name=f"twinpost-job-{job.id}"
            )
            with self._lock:
                if job.state != "queued" or self._stopping:
                    return
                job.state, job.started = "running", time.monotonic()
                job.log.append("Started")
                job.process = process
                process.start()
                self._save(job)
            while process.is_alive():
                self._apply_events(job, events, block=True)
            process.join()
            self._apply_events(job, events, block=False)
            self._finish(job, process.exitcode)
        finally:
            self._slots.release()

    def _apply_events(self, job: Job, events, block: bool) -> None:
        while True:
            try:
                event = events.get(timeout=EVENT_POLL_SECONDS) if block else events.get_nowait()
            except (queue.Empty, OSError, EOFError, ValueError):
                return
            with self._lock:
                if job.state == "running":
                    _apply(job, event)
                    self._save(job)
            block = False  # drain what is there, then go back to watching the process

    def _finish(self, job: Job, exitcode: int | None) -> None:
        with self._lock:
            if self._stopping:
                return  # queued again in the store: its uploads and checkpoint stay
            if job.state == "running":
                if job.held_out_loss is not None and job.error is None:
                    job.state, job.progress = "done", 1.0
                    job.log.append(f"Done: bot {job.bot_name}")
                else:
                    job.state = "failed"
                    job.error = job.error or (
                        f"the training process stopped unexpectedly (exit code {exitcode})"
                    )
                    job.log.append(f"Failed: {job.error}")
                job.stage = "finished"
                job.finished = time.monotonic()
                self._save(job)
        if job.state != "done":
            _remove_partial_bot(job.spec.bot_dir)
        remove_folder(job.uploads_dir)


def _apply(job: Job, event: dict) -> None:
    if "stage" in event:
        job.stage = event["stage"]
    if "progress" in event:
        job.progress = max(0.0, min(1.0, float(event["progress"])))
        if event.get("loss") is not None:
            left = event.get("seconds_left")
            left = f"  about {describe_duration(left)} left" if left not in (None, inf) else ""
            job.log.append(f"step {event['step']}/{event['steps']}  loss {event['loss']:.3f}{left}")
    if "report" in event:
        job.report, job.warnings = event["report"], event.get("warnings", [])
    if "log" in event:
        job.log.append(event["log"])
    if "done" in event:
        job.held_out_loss = event["done"]
        job.training_warnings = list(event.get("training_warnings", []))
    if "error" in event:
        job.error = event["error"]


def _stop(process: multiprocessing.process.BaseProcess) -> None:
    process.terminate()
    process.join(STOP_GRACE_SECONDS)
    if process.is_alive():
        process.kill()
        process.join()


def _remove_partial_bot(bot_dir: Path) -> None:
    """The temporary folders a stopped `atomic_dir` leaves beside the bot, and its training
    checkpoint; never the bot."""
    for leftover in bot_dir.parent.glob(f".{glob.escape(bot_dir.name)}.*.tmp"):
        remove_folder(leftover)
    remove_folder(bot_dir.parent / f".{bot_dir.name}.checkpoint")


def _fields_of(job: Job) -> dict:
    fields = {name: getattr(job, name) for name in FIELDS}
    fields["log"] = list(job.log)
    return fields


def _job_from_store(stored: StoredJob) -> Job:
    job = Job(id=stored.id, spec=stored.spec, uploads_dir=stored.uploads_dir, state=stored.state)
    for name in FIELDS:
        if name in stored.fields:
            setattr(job, name, stored.fields[name])
    job.log = deque(stored.fields.get("log", []), maxlen=LOG_LINES)
    job.finished = job.made if not job.active else None
    return job
