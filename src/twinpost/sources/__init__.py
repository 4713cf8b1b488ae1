"""Where posts come from. Each source is one module that registers a detector and a reader.

`read_source(path)` tries the registered sources in order and uses the first whose detector
recognises the content; adding a source means adding one module and importing it below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from twinpost.errors import BadSourceError
from twinpost.posts import Export
from twinpost.sources.archive_files import ExportFiles, open_export


@dataclass(frozen=True)
class ArchiveSource:
    """A source read from export files (a folder or a zip)."""

    name: str
    detect: Callable[[ExportFiles], bool]
    read: Callable[[ExportFiles], Export]


@dataclass(frozen=True)
class FileSource:
    """A source that is one plain file."""

    name: str
    detect: Callable[[Path, str], bool]  # (path, its text) -> recognised?
    read: Callable[[Path, str], Export]


ARCHIVE_SOURCES: list[ArchiveSource] = []
FILE_SOURCES: list[FileSource] = []


def register_archive(name: str, detect: Callable[[ExportFiles], bool]):
    def decorator(read: Callable[[ExportFiles], Export]) -> Callable[[ExportFiles], Export]:
        ARCHIVE_SOURCES.append(ArchiveSource(name, detect, read))
        return read

    return decorator


def register_file(name: str, detect: Callable[[Path, str], bool]):
    def decorator(read: Callable[[Path, str], Export]) -> Callable[[Path, str], Export]:
        FILE_SOURCES.append(FileSource(name, detect, read))
        return read

    return decorator


def read_source(spec: str | Path) -> Export:
    """Read one source (an export folder or zip, or a plain file) into an `Export`."""
    path = Path(spec).expanduser()
    if not path.exists():
        raise BadSourceError(f"{path}: no such file or folder")
    if path.is_dir() or _is_zip(path):
        return _read_archive(open_export(path))
    return _read_plain_file(path)


def _read_archive(files: ExportFiles) -> Export:
    for source in ARCHIVE_SOURCES:
        if source.detect(files):
            return source.read(files)
    if not files.names():
        raise BadSourceError(f"{files.describe()}: the export is empty")
    known = ", ".join(s.name for s in ARCHIVE_SOURCES)
    raise BadSourceError(f"{files.describe()}: unknown export format (expected one of: {known})")


def _read_plain_file(path: Path) -> Export:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise BadSourceError(
            f"{path}: unknown format (not an export folder or zip, and not valid UTF-8 text: "
            f"byte {e.start})"
        ) from None
    for source in FILE_SOURCES:
        if source.detect(path, text):
            return source.read(path, text)
    known = ", ".join(s.name for s in FILE_SOURCES)
    raise BadSourceError(f"{path}: unknown format (expected an export folder or zip, or {known})")


def _is_zip(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) in (b"PK\x03\x04", b"PK\x05\x06") or path.suffix.lower() == ".zip"


# Registration order is detection order: archives first, then plain files.
from twinpost.sources import mastodon_archive, plain, x_archive  # noqa: E402,F401
