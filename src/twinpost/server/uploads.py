"""Uploaded exports: saved to disk under a size cap, then read by the CLI's own readers
(`read_source`), so a zip gets the same checks for paths outside the archive and zip bombs.
Live accounts (`bluesky:alice.bsky.social`) are named beside them, and read by the same
reader; a request can name only a live account, never a path on the server."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from twinpost.data.clean import check_enough_text, clean_export
from twinpost.data.corpus import MAX_ACCOUNTS
from twinpost.data.sources import LIVE_SOURCES, is_live_spec, read_source, split_spec
from twinpost.errors import TwinpostError
from twinpost.server.limits import MAX_SPEC_CHARS, MAX_UPLOAD_BYTES

SAMPLE_POSTS = 3  # per account in the preview, as the established demo showed a few
_CHUNK = 1 << 20
_SNAPSHOT_REF = re.compile(r"[0-9a-fA-F]{8,64}")


class UploadTooLarge(TwinpostError):
    """An upload past MAX_UPLOAD_BYTES. The API answers 413."""


@dataclass
class Upload:
    filename: str  # as the browser sent it, for messages
    file: BinaryIO


def safe_filename(name: str | None, index: int) -> str:
    """A file name that cannot leave its folder, keeping the extension readers look at."""
    base = Path((name or "").replace("\\", "/")).name
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip(".")[:100]
    return cleaned or f"upload-{index}"


def gather_sources(
    uploads: list[Upload], specs: list[str], folder: Path
) -> tuple[list[Path | str], list[str]]:
    """The sources of a request, the uploads saved into `folder`, then the live accounts;
    and the name of each as the user gave it, for messages."""
    specs = [spec for text in specs if (spec := check_spec(text))]
    if not uploads and not specs:
        raise TwinpostError(
            "no source given: upload an export zip or a .txt/.jsonl/.csv/.car file, or name a "
            "live account such as bluesky:alice.bsky.social"
        )
    if len(uploads) + len(specs) > MAX_ACCOUNTS:
        raise TwinpostError(
            f"{len(uploads) + len(specs)} sources given: at most {MAX_ACCOUNTS} accounts"
        )
    paths = save_uploads(uploads, folder) if uploads else []
    return [*paths, *specs], [*(u.filename for u in uploads), *specs]


def check_spec(text: str) -> str:
    """`text` stripped, or "" if blank; a TwinpostError unless it names a live account."""
    spec = text.strip()
    if len(spec) > MAX_SPEC_CHARS:
        raise TwinpostError(f"a live account of {len(spec)} characters: at most {MAX_SPEC_CHARS}")
    if spec and (any(c.isspace() for c in spec) or not is_live_spec(spec)):
        known = ", ".join(f"{scheme}:" for scheme in LIVE_SOURCES)
        raise TwinpostError(
            f"{' '.join(spec.split())}: not a live account (a spec starting with one of "
            f"{known}, e.g. bluesky:alice.bsky.social); upload an export as a file"
        )
    scheme, target = split_spec(spec) or ("", "")
    # A snapshot is looked up by a glob of its name: only hex digits, so that no request
    # reaches a file outside the snapshots folder, nor picks one with `*`.
    if scheme == "snapshot" and not _SNAPSHOT_REF.fullmatch(target):
        raise TwinpostError(f"{spec}: name a snapshot by 8 to 64 hex digits of its sha256")
    return spec


def save_uploads(uploads: list[Upload], folder: Path) -> list[Path]:
    """Copy each upload into its own subfolder of `folder`; refuse past the caps."""
    if not uploads:
        raise TwinpostError("no file uploaded: add an export zip or a .txt/.jsonl/.csv file")
    if len(uploads) > MAX_ACCOUNTS:
        raise TwinpostError(f"{len(uploads)} files uploaded: at most {MAX_ACCOUNTS} accounts")
    paths = []
    for i, upload in enumerate(uploads, start=1):
        target = folder / str(i) / safe_filename(upload.filename, i)
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy_capped(upload, target)
        paths.append(target)
    return paths


def _copy_capped(upload: Upload, target: Path) -> None:
    written = 0
    with target.open("wb") as out:
        while chunk := upload.file.read(_CHUNK):
            written += len(chunk)
            if written > MAX_UPLOAD_BYTES:
                raise UploadTooLarge(
                    f"{upload.filename}: larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB; "
                    "upload the archive without media (the posts are in data/tweets.js)"
                )
            out.write(chunk)


def name_uploads(message: str, paths: list[Path | str], names: list[str]) -> str:
    """`message` with each saved upload's path replaced by the name the user uploaded."""
    for path, name in zip(paths, names, strict=True):
        message = message.replace(str(path), name)
    return message


def preview_sources(paths: list[Path | str], names: list[str]) -> dict:
    """The counts table, a few kept posts per account, and what would stop training."""
    accounts, samples, warnings, problems = [], {}, [], []
    for path, name in zip(paths, names, strict=True):
        try:
            cleaned = clean_export(read_source(path))
        except TwinpostError as e:
            problems.append(name_uploads(str(e), paths, names))
            continue
        cleaned.account.source = name
        accounts.append(cleaned.report.table_row())
        step = max(1, len(cleaned.posts) // SAMPLE_POSTS)  # spread over the whole export
        samples[cleaned.account.handle] = [p.text for p in cleaned.posts[::step][:SAMPLE_POSTS]]
        try:
            warning = check_enough_text(cleaned)
        except TwinpostError as e:
            problems.append(str(e))
        else:
            if warning:
                warnings.append(warning)
    handles = [a["handle"] for a in accounts]
    problems += [
        f"account @{h} is uploaded twice" for h in sorted(set(handles)) if handles.count(h) > 1
    ]
    return {"accounts": accounts, "samples": samples, "warnings": warnings, "problems": problems}


def remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
