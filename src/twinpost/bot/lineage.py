"""Lineage: what a bot was made from, as artifacts with sha256 hashes, and their check.

Four artifact types make a chain: `raw-dataset` (the export files as read, one per account)
-> `train-dataset` (the cleaned posts, split and tokenized) -> `finetuned-model` (the bot's
weights), which is also made from the `pretrained-model` (the base). `lineage.json` in the
bot folder lists them with every file's sha256 and size.

The two datasets are stored content-addressed under `user_home()/artifacts/<sha256>/`, so
bots built from the same archive share one snapshot. The base model is not copied (it is
hundreds of MB): its path and hash are recorded, and its hash is computed once and cached by
(path, size, mtime). The bot's weights live in the bot folder itself.

An artifact's sha256 is the hash of its manifest: one line per file, "sha256 size path",
sorted by path, so it names the content of every file and nothing else.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from twinpost.bot.files import LINEAGE_FILE
from twinpost.errors import TwinpostError
from twinpost.fileio import write_text_atomic

if TYPE_CHECKING:
    from twinpost.bot.record import Weights
    from twinpost.data.corpus import Corpus
    from twinpost.data.posts import Account
    from twinpost.training.dataset import Split

STORE_MANIFEST = "artifact.json"  # in each stored artifact's folder, for people browsing it
HASH_CACHE = "hash-cache.json"
# The files that make a model: what from_pretrained reads (models.HUB_FILES, less .index).
MODEL_FILES = (
    "config.json", "generation_config.json", "*.safetensors", "*.safetensors.index.json",
    "tokenizer*",
    "special_tokens_map.json", "vocab.json", "merges.txt", "chat_template.jinja",
)  # fmt: skip
_CHUNK = 1 << 20


@dataclass
class FileHash:
    path: str  # relative to the artifact's folder, with "/"
    sha256: str
    size: int


def store_root() -> Path:
    from twinpost.home import user_home

    return user_home() / "artifacts"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def manifest_digest(files: list[FileHash]) -> str:
    lines = sorted(f"{f.sha256} {f.size} {f.path}\n" for f in files)
    return hashlib.sha256("".join(lines).encode()).hexdigest()


def artifact(
    kind: str, name: str, files: list[FileHash], made_from: list[str], **where: str
) -> dict:
    return {
        "type": kind,
        "name": name,
        "sha256": manifest_digest(files),
        "size": sum(f.size for f in files),
        "made_from": made_from,
        **where,
        "files": [asdict(f) for f in sorted(files, key=lambda f: f.path)],
    }


# --- the store ---------------------------------------------------------------------------


def store_artifact(kind: str, contents: dict[str, bytes]) -> tuple[str, list[FileHash]]:
    """Store `contents` (relative path -> bytes) under its digest; reuse an intact copy."""
    files = [FileHash(p, hashlib.sha256(d).hexdigest(), len(d)) for p, d in contents.items()]
    digest = manifest_digest(files)
    target = store_root() / digest
    if target.is_dir() and not _changed_files(target, files):
        return digest, files
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{digest[:12]}-"))
    try:
        for relative, data in contents.items():
            (temp / relative).parent.mkdir(parents=True, exist_ok=True)
            (temp / relative).write_bytes(data)
        manifest = {"type": kind, "sha256": digest, "files": [asdict(f) for f in files]}
        (temp / STORE_MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
        shutil.rmtree(target, ignore_errors=True)  # a damaged copy is replaced
        os.replace(temp, target)
    except OSError:
        shutil.rmtree(temp, ignore_errors=True)
        if not target.is_dir():  # another process stored the same artifact first, or not
            raise
    return digest, files


def _changed_files(folder: Path, files: list[dict] | list[FileHash]) -> list[str]:
    """What differs from the recorded hashes: 'PATH is missing' or 'PATH differs'."""
    problems = []
    for f in files:
        entry = f if isinstance(f, dict) else asdict(f)
        path = folder / entry["path"]
        if not path.is_file():
            problems.append(f"{entry['path']} is missing")
        elif path.stat().st_size != entry["size"] or sha256_file(path) != entry["sha256"]:
            problems.append(f"{entry['path']} differs")
    return problems


# --- hashing folders, with a cache for the base model -------------------------------------


def model_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and any(fnmatch.fnmatch(p.name, pat) for pat in MODEL_FILES)
    )  # fmt: skip


def hash_files(paths: list[Path], cached: bool = False) -> list[FileHash]:
    return [
        FileHash(p.name, cached_sha256(p) if cached else sha256_file(p), p.stat().st_size)
        for p in paths
    ]


def cached_sha256(path: Path) -> str:
    """sha256 of a large file that rarely changes, cached by (path, size, mtime)."""
    cache_path = store_root() / HASH_CACHE
    try:
        cache = json.loads(cache_path.read_text())
    except (OSError, ValueError):
        cache = {}
    stat = path.stat()
    key = str(path.absolute())
    hit = cache.get(key)
    if hit and hit["size"] == stat.st_size and hit["mtime_ns"] == stat.st_mtime_ns:
        return hit["sha256"]
    digest = sha256_file(path)
    cache[key] = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": digest}
    write_text_atomic(cache_path, json.dumps(cache, indent=1) + "\n")
    return digest


# --- what a bot was made from ------------------------------------------------------------


def raw_dataset(account: Account) -> dict:
    """The export as read: its files, or for a live source the snapshot its fetch stored."""
    from twinpost.data.sources.snapshots import snapshot_files

    handle, source, snapshot = account.handle, account.source, account.snapshot
    contents = snapshot_files(snapshot) if snapshot else account.files_read
    where = {"account": handle, "source": source, **({"snapshot": snapshot} if snapshot else {})}
    if contents is None:
        return {"type": "raw-dataset", "name": f"@{handle}", "sha256": None, "size": 0,
                "made_from": [], **where, "files": []}  # fmt: skip
    digest, files = store_artifact("raw-dataset", contents)
    return artifact("raw-dataset", f"@{handle}", files, [], **where, store=digest)


def train_dataset(
    split: Split, tokenizer, made_from: list[str], speaker_share: float = 0.0, replies: bool = True
) -> dict:
    """The posts as split and the token ids trained on (from the dataset cache)."""
    from twinpost.home import user_home
    from twinpost.training.dataset import tokenize_split

    posts = [
        {"split": side, "account": p.account, "id": p.id, "text": p.text}
        for side, group in (("train", split.train), ("held_out", split.held_out))
        for p in group
    ]
    tokens = tokenize_split(
        split, tokenizer, user_home() / "datasets", speaker_share=speaker_share, replies=replies
    )
    contents = {
        "posts.jsonl": "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts).encode(),
        "tokens.json": json.dumps({"train": tokens.train, "held_out": tokens.held_out}).encode(),
    }
    digest, files = store_artifact("train-dataset", contents)
    name = f"{len(split.train):,} train + {len(split.held_out):,} held-out posts"
    return artifact("train-dataset", name, files, made_from, store=digest)


def pretrained_model(name: str, base_dir: Path) -> dict:
    files = hash_files(model_files(base_dir), cached=True)
    return artifact("pretrained-model", name, files, [], path=str(base_dir.absolute()))


def finetuned_model(bot_dir: Path, name: str, made_from: list[str]) -> dict:
    files = hash_files(model_files(bot_dir))
    return artifact("finetuned-model", name, files, made_from, path=".")


def write_lineage(
    bot_dir: Path,
    corpus: Corpus,
    split: Split,
    tokenizer,
    weights: Weights,
    bot_name: str,
    speaker_share: float = 0.0,
    replies: bool = True,
    removed: dict | None = None,
    tuned: dict | None = None,
) -> dict:
    """Snapshot the datasets, hash the models, and write `lineage.json` into `bot_dir`.

    The model the weights continued from is the `pretrained-model` (the base), or, for a
    bot's next version, the `previous-model`: the version it continued training from.
    `removed` (`twinpost forget`): the posts kept out of this version, as ids and hashes;
    a next version keeps its previous version's.
    """
    raws = [raw_dataset(a.account) for a in corpus.accounts]
    raw_hashes = [r["sha256"] for r in raws if r["sha256"]]
    train = train_dataset(split, tokenizer, raw_hashes, speaker_share, replies)
    base = pretrained_model(weights.name, weights.folder)
    if weights.continues:
        base["type"] = "previous-model"
    bot = finetuned_model(bot_dir, bot_name, [base["sha256"], train["sha256"]])
    lineage = {
        "about": "artifacts this bot was made from; `twinpost lineage BOT_DIR` checks them",
        "store": "stored artifacts are in TWINPOST_HOME/artifacts/<store>/",
        "artifacts": [bot, base, train, *raws],
    }
    if removed is None and weights.previous is not None:
        removed = removed_posts(Path(weights.previous.path))
    if removed:
        lineage["removed"] = removed
    if tuned:  # `twinpost tune`: the labels it learned from, by hash and counts, never text
        lineage["tuned"] = tuned
    text = json.dumps(lineage, indent=1, ensure_ascii=False) + "\n"
    write_text_atomic(bot_dir / LINEAGE_FILE, text)
    return lineage


def removed_posts(bot_dir: Path) -> dict:
    """The posts `twinpost forget` kept out of this bot: {"posts", "ids", "sha256"}, or {}."""
    try:
        lineage = json.loads((bot_dir / LINEAGE_FILE).read_text())
    except (OSError, ValueError):
        return {}
    removed = lineage.get("removed") if isinstance(lineage, dict) else None
    return removed if isinstance(removed, dict) else {}


def snapshots_of(bot_dir: Path) -> dict[str, str]:
    """spec -> the snapshot each live account was trained from, as `lineage.json` says."""
    try:
        lineage = json.loads((bot_dir / LINEAGE_FILE).read_text())
    except (OSError, ValueError):
        return {}
    return {
        a["source"]: a["snapshot"]
        for a in lineage.get("artifacts", [])
        if a.get("type") == "raw-dataset" and a.get("snapshot") and a.get("source")
    }


# --- checking ----------------------------------------------------------------------------


@dataclass
class Check:
    artifact: dict
    status: str  # "verified", "changed" or "missing" (not on this machine)
    detail: str


def read_lineage(bot_dir: Path) -> dict:
    path = bot_dir / LINEAGE_FILE
    if not path.is_file():
        raise TwinpostError(f"{bot_dir}: no {LINEAGE_FILE}; retrain the bot to record one")
    try:
        return json.loads(path.read_text())
    except ValueError:
        raise TwinpostError(f"{path}: not valid JSON; retrain the bot to record it") from None


def verify_lineage(bot_dir: Path) -> list[Check]:
    """Check every artifact's files against the hashes in `lineage.json`."""
    return [verify_artifact(bot_dir, a) for a in read_lineage(bot_dir)["artifacts"]]


def verify_artifact(bot_dir: Path, entry: dict) -> Check:
    files = entry.get("files", [])
    recorded = [FileHash(f["path"], f["sha256"], f["size"]) for f in files]
    if entry.get("sha256") is None:
        return Check(entry, "missing", "not snapshotted (not read from files)")
    if manifest_digest(recorded) != entry["sha256"]:
        return Check(entry, "changed", f"{LINEAGE_FILE}: its file list does not match its sha256")
    folder, cached = _artifact_folder(bot_dir, entry)
    if folder is None or not folder.is_dir():
        return Check(entry, "missing", f"looked in {folder}" if folder else "no location recorded")
    if cached:
        problems = [
            f"{f.path} differs" for f in recorded
            if not (folder / f.path).is_file() or cached_sha256(folder / f.path) != f.sha256
        ]  # fmt: skip
    else:
        problems = _changed_files(folder, files)
    if problems:
        return Check(entry, "changed", "; ".join(problems))
    return Check(entry, "verified", str(folder))


def _artifact_folder(bot_dir: Path, entry: dict) -> tuple[Path | None, bool]:
    """Where an artifact's files are, and whether the hash cache may be used for them."""
    if entry.get("store"):
        return store_root() / entry["store"], False
    if entry.get("path") == ".":
        return bot_dir, False
    if entry.get("path"):
        return Path(entry["path"]), True  # the base model: cached by (path, size, mtime)
    return None, False


def trained_posts(bot_dir: Path) -> dict[str, list[str]]:
    """The texts of the posts a bot was trained on, by account, from its `train-dataset`
    snapshot in this machine's artifact store; {} where the store does not hold it (a bot
    copied from elsewhere)."""
    try:
        lineage = json.loads((bot_dir / LINEAGE_FILE).read_text())
    except (OSError, ValueError):
        return {}
    for a in lineage.get("artifacts", []):
        path = store_root() / str(a.get("store")) / "posts.jsonl"
        if a.get("type") == "train-dataset" and a.get("store") and path.is_file():
            posts: dict[str, list[str]] = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                if item.get("split") == "train":
                    posts.setdefault(item["account"], []).append(item["text"])
            return posts
    return {}
