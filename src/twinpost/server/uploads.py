"""Uploaded exports: saved to disk under a size cap, then read by the CLI's own readers
(`read_source`), so a zip gets the same checks for paths outside the archive and zip bombs."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from twinpost.data.clean import check_enough_text, clean_export
from twinpost.data.corpus import MAX_ACCOUNTS
from twinpost.data.sources import read_source
from twinpost.errors import TwinpostError
from twinpost.server.limits import MAX_UPLOAD_BYTES

SAMPLE_POSTS = 3  # per account in the preview, as the established demo showed a few
_CHUNK = 1 << 20


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


def name_uploads(message: str, paths: list[Path], names: list[str]) -> str:
    """`message` with each saved upload's path replaced by the name the user uploaded."""
    for path, name in zip(paths, names, strict=True):
        message = message.replace(str(path), name)
    return message


def preview_sources(paths: list[Path], names: list[str]) -> dict:
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
