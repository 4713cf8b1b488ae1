"""`twinpost train-many SPEC --out DIR`: many bots, each trained by `make_bot`, as Ray tasks.

SPEC is JSON lines, one bot a line (a format with no dependency, that `jq` and any language
write; `#` lines and blank lines are skipped):

    {"name": "alice", "sources": ["exports/alice.zip"], "time_budget": "150s"}
    {"name": "bob-and-carol", "sources": ["bluesky:bob.bsky.social", "carol.jsonl"]}

`name` (the bot's folder under DIR) and `sources` (1 to 3, as `twinpost train` takes them;
paths relative to the SPEC's folder) are required; `limit` and every `twinpost train` setting
(`time_budget`, `epochs`, `method`, `top_layers`, `lr`, `seed`, `base`, ...) are optional.

The scheduling is Ray's (core tasks), never twinpost's own: a local Ray instance by default,
started for the run and stopped after it, or an existing cluster with `--address`. Each task
reserves the CPUs and the memory one training run needs (`TRAIN_PEAK_MEMORY`, measured), so
Ray runs as many at once as the machines hold. The base model is prepared once, before any
task starts. A bot whose input is wrong (a TwinpostError: a missing or broken export, too few
posts) fails at once with its one-line reason; a task that crashed or whose worker died is
retried by Ray (`--retries`); neither stops the other bots.

`DIR/train-many.json` (the manifest) records each bot's state and result, written after
every change. A rerun skips the bots already done, and a bot that was interrupted continues
from its checkpoint (`make_bot` resumes a run that left one beside its folder).
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from twinpost.config import TrainConfig
from twinpost.data.corpus import MAX_ACCOUNTS
from twinpost.errors import TwinpostError, one_line
from twinpost.fileio import write_text_atomic

MANIFEST_FILE = "train-many.json"
# Peak resident memory of one `make_bot` run on the embedded 135M base (bench/train_many.py
# measured 2.81 GiB at a 60 s budget and 2.95 GiB at half an epoch over the three shared
# exports), with headroom: what a task reserves.
TRAIN_PEAK_MEMORY = 7 * 2**29  # 3.5 GiB
DEFAULT_RETRIES = 1  # a crashed task or a dead worker is tried once more
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_NOT_SETTINGS = {"name", "sources", "limit"}


@dataclass
class BotSpec:
    name: str
    sources: list[str]
    settings: dict = field(default_factory=dict)  # TrainConfig settings, as the CLI takes them
    limit: int | None = None


@dataclass
class BotState:
    """One bot's line in the manifest."""

    status: str = "pending"  # pending, running, done, failed
    attempts: int = 0
    error: str | None = None
    held_out_loss: dict | None = None
    seconds: float | None = None
    stage: str | None = None
    share: float = 0.0
    notes: list[str] = field(default_factory=list)  # the run's notices ("Continuing ...")
    started: str | None = None  # when its last attempt began and ended (UTC, ISO 8601)
    finished: str | None = None


def read_spec(path: Path) -> list[BotSpec]:
    """The SPEC's bots, every line checked before anything runs (one line per mistake)."""
    if not path.is_file():
        raise TwinpostError(f"{path}: no such spec file")
    specs, names = [], set()
    text = path.read_text(encoding="utf-8-sig")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{number}"
        try:
            entry = json.loads(line)
        except ValueError as e:
            raise TwinpostError(f"{where}: not a JSON object ({e.msg})") from None
        if not isinstance(entry, dict):
            raise TwinpostError(f"{where}: not a JSON object")
        name, sources = entry.get("name"), entry.get("sources")
        if not isinstance(name, str) or not _NAME.match(name):
            raise TwinpostError(f'{where}: "name" must be a folder name (letters, digits, . _ -)')
        if name in names:
            raise TwinpostError(f"{where}: the name {name!r} is used twice")
        if isinstance(sources, str):
            sources = [sources]
        if not (isinstance(sources, list) and sources and all(isinstance(s, str) for s in sources)):
            raise TwinpostError(f'{where}: "sources" must list 1 to {MAX_ACCOUNTS} sources')
        if len(sources) > MAX_ACCOUNTS:
            raise TwinpostError(f"{where}: {len(sources)} sources: at most {MAX_ACCOUNTS} accounts")
        limit = entry.get("limit")
        if limit is not None and (not isinstance(limit, int) or limit < 1):
            raise TwinpostError(f'{where}: "limit" must be a whole number of posts')
        settings = {k: v for k, v in entry.items() if k not in _NOT_SETTINGS}
        try:
            TrainConfig.from_settings(**settings)
        except TwinpostError as e:
            raise TwinpostError(f"{where}: {e}") from None
        except TypeError:
            unknown = sorted(set(settings) - set(TrainConfig().to_dict()))
            raise TwinpostError(f"{where}: unknown setting(s) {', '.join(unknown)}") from None
        specs.append(BotSpec(name, [_resolve(s, path.parent) for s in sources], settings, limit))
        names.add(name)
    if not specs:
        raise TwinpostError(f"{path}: lists no bots (one JSON object a line)")
    return specs


def _resolve(source: str, folder: Path) -> str:
    """A relative path is relative to the spec's folder; a live spec (x:@a) stays as it is."""
    from twinpost.data.sources.live import is_live_spec

    if is_live_spec(source) or Path(source).expanduser().is_absolute():
        return source
    return str(folder / source)


class Manifest:
    """`DIR/train-many.json`: each bot's state, written whole after every change."""

    def __init__(self, out: Path, specs: list[BotSpec]) -> None:
        self.path = out / MANIFEST_FILE
        old = {}
        if self.path.is_file():
            try:
                old = json.loads(self.path.read_text(encoding="utf-8")).get("bots", {})
            except ValueError:
                old = {}  # unreadable: every bot's folder tells again whether it is done
        self.bots: dict[str, BotState] = {}
        for spec in specs:
            state = BotState(**{k: v for k, v in old.get(spec.name, {}).items()
                                if k in BotState.__dataclass_fields__})  # fmt: skip
            done = state.status == "done" and (out / spec.name / "twinpost.json").is_file()
            if not done:  # interrupted, failed or new: to run (a checkpoint resumes it)
                state.status, state.stage, state.share = "pending", None, 0.0
            self.bots[spec.name] = state

    def save(self) -> None:
        counts = {s: sum(b.status == s for b in self.bots.values())
                  for s in ("pending", "running", "done", "failed")}  # fmt: skip
        text = json.dumps({"counts": counts, "bots": {n: asdict(b) for n, b in self.bots.items()}},
                          indent=2, ensure_ascii=False)  # fmt: skip
        write_text_atomic(self.path, text + "\n")


@dataclass
class ManyResult:
    out: Path
    bots: dict[str, BotState]
    skipped: list[str]  # done before this run

    @property
    def failed(self) -> dict[str, str]:
        return {n: b.error or "failed" for n, b in self.bots.items() if b.status == "failed"}

    def to_dict(self) -> dict:
        return {"out": str(self.out), "skipped": self.skipped,
                "bots": {n: asdict(b) for n, b in self.bots.items()}}  # fmt: skip


OnProgress = Callable[[dict[str, BotState]], None]


def train_many(
    spec_path: Path,
    out: Path,
    *,
    address: str | None = None,
    cpus_per_bot: int | None = None,
    gpus_per_bot: float = 0,
    memory_per_bot: int = TRAIN_PEAK_MEMORY,
    retries: int = DEFAULT_RETRIES,
    on_progress: OnProgress | None = None,
    poll_seconds: float = 1.0,
    force: bool = False,
) -> ManyResult:
    """Train every bot of the spec that is not done yet under `out`, as Ray tasks. A bot
    folder already there that this spec did not finish is replaced only with `force`."""
    specs = read_spec(spec_path)
    out.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(out, specs)
    skipped = [n for n, b in manifest.bots.items() if b.status == "done"]
    todo = [s for s in specs if manifest.bots[s.name].status != "done"]
    manifest.save()
    if not todo:
        return ManyResult(out, manifest.bots, skipped)
    _prepare_bases(todo)
    ray = _start_ray(address)
    try:
        resources = {"num_cpus": cpus_per_bot, "num_gpus": gpus_per_bot, "memory": memory_per_bot}
        _run(ray, todo, out, manifest, resources, retries, on_progress, poll_seconds, force)
    finally:
        for state in manifest.bots.values():
            if state.status == "running":  # stopped under it (Ctrl-C): resumes on a rerun
                state.status = "pending"
        manifest.save()
        ray.shutdown()
    return ManyResult(out, manifest.bots, skipped)


def _prepare_bases(specs: list[BotSpec]) -> None:
    """Each base the bots start from, converted or fetched once here rather than by every
    task at the same time."""
    from twinpost.training.base_model import resolve_base

    for base in {s.settings.get("base") for s in specs}:
        resolve_base(base)


def _start_ray(address: str | None):
    try:
        import ray
    except ImportError:
        raise TwinpostError("train-many needs Ray: pip install 'twinpost[scale]'") from None
    # Ray's own log lines would bury the progress view; its errors still reach the manifest.
    os.environ.setdefault("RAY_DEDUP_LOGS", "0")
    kwargs = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
    if address:
        try:
            ray.init(address=address, **kwargs)
        except (ConnectionError, RuntimeError, ValueError) as e:
            raise TwinpostError(f"--address {address}: no Ray cluster there ({e})") from None
    else:
        # A local instance for this run only; its object store holds results, not models.
        ray.init(object_store_memory=100 * 2**20, **kwargs)
    return ray


def _run(ray, todo, out, manifest, resources, retries, on_progress, poll, force):
    """`resources`: what each task reserves, as Ray's `num_cpus`, `num_gpus` and `memory`.
    A task given a GPU sees only its own (Ray sets CUDA_VISIBLE_DEVICES), and `--device
    auto` trains on it."""
    cpus = resources["num_cpus"] or _default_cpus(ray)
    board = ray.remote(num_cpus=0)(_Board).remote()
    task = ray.remote(_train_one).options(
        **{**resources, "num_cpus": cpus}, max_retries=retries, retry_exceptions=True
    )
    pending = {}
    for spec in todo:
        ref = task.remote(spec, str(out / spec.name), cpus, board, force)
        pending[ref] = spec.name
        manifest.bots[spec.name].status = "pending"
    manifest.save()
    while pending:
        ready, _ = ray.wait(list(pending), num_returns=1, timeout=poll)
        live = ray.get(board.snapshot.remote())
        for name, (stage, share, attempt) in live.items():
            state = manifest.bots[name]
            if state.status in ("pending", "running"):
                state.status, state.stage, state.share, state.attempts = (
                    "running", stage, share, attempt)  # fmt: skip
        for ref in ready:
            name = pending.pop(ref)
            state = manifest.bots[name]
            try:
                result = ray.get(ref)
            except Exception as e:  # the task crashed on every try, or its worker died
                state.status, state.error = "failed", one_line(f"crashed: {_cause(e)}")
            else:
                state.attempts = max(state.attempts, 1)
                state.notes = result.get("notes", [])
                state.started, state.finished = result.get("started"), result.get("finished")
                if result["ok"]:
                    state.status, state.error, state.share = "done", None, 1.0
                    state.held_out_loss, state.seconds = result["held_out_loss"], result["seconds"]
                else:
                    state.status, state.error = "failed", result["error"]
            state.stage = None
        manifest.save()
        if on_progress is not None:
            on_progress(manifest.bots)


def _default_cpus(ray) -> int:
    """Per bot: the CPUs of one node up to 4 (torch's threads scale little past that for a
    135M model), so a laptop trains one bot at a time on all its cores."""
    total = int(ray.cluster_resources().get("CPU", 1))
    return max(1, min(4, total))


class _Board:
    """A Ray actor the tasks tell their stage to, and the driver reads: the progress view.
    It counts each bot's attempts too, as the tasks start."""

    def __init__(self) -> None:
        self.live: dict[str, tuple[str, float, int]] = {}
        self.attempts: dict[str, int] = {}

    def start(self, name: str) -> None:
        self.attempts[name] = self.attempts.get(name, 0) + 1
        self.live[name] = ("starting", 0.0, self.attempts[name])

    def tell(self, name: str, stage: str, share: float) -> None:
        self.live[name] = (stage, share, self.attempts.get(name, 1))

    def snapshot(self) -> dict[str, tuple[str, float, int]]:
        return dict(self.live)


def _train_one(spec: BotSpec, out: str, cpus: int, board, force: bool) -> dict:
    """One bot, in a Ray worker: `make_bot` with the spec's settings; a wrong input is a
    result (not retried), anything else raises for Ray to retry."""
    import torch

    from twinpost import events
    from twinpost.pipeline import make_bot

    torch.set_num_threads(cpus)
    # Only `.remote()` calls to the board, never `ray.get`: Ray lends a task's CPUs to other
    # tasks while it blocks in `ray.get`, so asking the board anything here once started a
    # second bot on the same two cores, and both trained at half speed (BENCHMARKS.md).
    board.start.remote(spec.name)
    started = _now()
    last = [0.0]

    notes = []

    def report(event) -> None:  # at most twice a second, and every stage change
        if isinstance(event, events.Notice):
            notes.append(event.text)
        stage = getattr(event, "stage", None) or type(event).__name__
        now = time.monotonic()
        if isinstance(event, events.StageStarted) or now - last[0] >= 0.5:
            last[0] = now
            board.tell.remote(spec.name, stage, float(getattr(event, "share", 0.0)))

    try:
        config = TrainConfig.from_settings(**spec.settings)
        made = make_bot(spec.sources, Path(out), config, limit=spec.limit, report=report,
                        force=force)  # fmt: skip
    except TwinpostError as e:
        return {"ok": False, "error": one_line(str(e)), "notes": notes, "started": started,
                "finished": _now()}  # fmt: skip
    return {"ok": True, "held_out_loss": made.record.held_out_loss, "seconds": made.seconds,
            "notes": notes, "started": started, "finished": _now()}  # fmt: skip


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _cause(error: Exception) -> str:
    cause = getattr(error, "cause", None) or error
    return f"{type(cause).__name__}: {cause}".split("\n")[0]
