"""`twinpost.json`, typed: what a bot was trained on, how, and what came of it.

Version 2 of the record. Version 1 (bots written before the layout redesign) had no
`record_version`, no `base_license`, no `training.epochs_done` and no `training.losses`;
`from_json` fills what it can so old bot folders still load, and writes version 2 back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from twinpost.errors import TwinpostError

RECORD_VERSION = 2


@dataclass
class AccountRecord:
    handle: str
    display_name: str = ""
    source: str = ""


@dataclass
class TrainingRecord:
    steps: int = 0
    tokens_seen: int = 0
    seconds: float = 0.0  # training alone
    stopped_by: str = "epochs"  # "budget" or "epochs"
    epochs_planned: float | None = None  # None: a version-1 record, which did not say
    epochs_done: float | None = None
    run_seconds: float | None = None  # the whole run, reading to written bot
    losses: list[list[float]] = field(default_factory=list)  # [seconds into the run, loss]
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # e.g. it ended before one epoch
    batch_size: int | None = None  # blocks per step as trained (train_config's may be auto)


@dataclass
class PreviousVersion:
    """The version of the bot this one continued training from (`twinpost update`)."""

    path: str
    sha256: str  # of its model.safetensors
    created: str | None = None


@dataclass
class Weights:
    """Where a bot's weights started: the base model, or its own previous version."""

    name: str  # as the card and lineage show it: a hub id or a folder's name
    folder: Path  # the folder they were loaded from
    base_model: str  # the chain's base: "smollm2-135m", a hub id or a folder
    base_license: str | None
    previous: PreviousVersion | None = None  # the version this one follows
    from_base: bool = False  # trained from the base model anyway (`twinpost forget`)

    @property
    def continues(self) -> bool:
        """Whether training started from the previous version's weights."""
        return self.previous is not None and not self.from_base


@dataclass
class BotRecord:
    twinpost_version: str
    created: str
    base_model: str  # what the chain started from: "smollm2-135m", a hub id or a folder
    base_model_path: str  # the folder its weights were loaded from for this version
    base_license: str | None  # the licence of the base weights, where known
    accounts: list[AccountRecord]
    data_report: dict
    languages: list[str]
    train_config: dict
    held_out_loss: dict[str, float]  # "before" and "after"
    training: TrainingRecord
    machine: dict[str, str]
    previous: PreviousVersion | None = None
    update: dict | None = None  # new posts and snapshots of the update that made it
    record_version: int = RECORD_VERSION

    voice: dict | None = None  # the latest `twinpost eval` figures (twinpost.voice)

    @property
    def handles(self) -> list[str]:
        return [a.handle for a in self.accounts]

    @property
    def speaker_tagged(self) -> bool:
        """Whether its training posts named their account (a cyborg that can write as one)."""
        return len(self.accounts) > 1 and bool(self.train_config.get("speaker_tags"))

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, where: str) -> BotRecord:
        try:
            data = json.loads(text)
            return cls.from_dict(data)
        except (ValueError, TypeError, KeyError, AttributeError) as e:
            raise TwinpostError(f"{where}: not a readable twinpost record ({e})") from None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BotRecord:
        training = dict(data.get("training") or {})
        known = set(TrainingRecord.__dataclass_fields__)
        previous = data.get("previous")
        return cls(
            twinpost_version=data.get("twinpost_version", "?"),
            created=data.get("created", ""),
            base_model=data.get("base_model", ""),
            base_model_path=data.get("base_model_path", ""),
            base_license=data.get("base_license", _v1_license(data)),
            accounts=[
                AccountRecord(a["handle"], a.get("display_name") or "", a.get("source") or "")
                for a in data["accounts"]
            ],
            data_report=data.get("data_report") or {"accounts": []},
            languages=list(data.get("languages") or []),
            train_config=dict(data.get("train_config") or {}),
            held_out_loss=dict(data.get("held_out_loss") or {}),
            training=TrainingRecord(**{k: v for k, v in training.items() if k in known}),
            machine=dict(data.get("machine") or {}),
            previous=PreviousVersion(**previous) if previous else None,
            update=data.get("update"),
            record_version=data.get("record_version", 1),
            voice=data.get("voice"),
        )


def _v1_license(data: dict) -> str | None:
    from twinpost.training.base_model import DEFAULT_BASE, DEFAULT_BASE_LICENSE

    return DEFAULT_BASE_LICENSE if data.get("base_model") == DEFAULT_BASE else None
