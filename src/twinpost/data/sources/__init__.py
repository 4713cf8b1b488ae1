"""Where posts come from. Each source is one module that registers a detector and a reader.

`read_source(path)` tries the registered sources in order and uses the first whose detector
recognises the content; adding a source means adding one module and importing it below.
A spec `scheme:target` (`x:@handle`, `bluesky:alice.bsky.social`) goes to the live source
registered for its scheme instead (see `live.py`).
"""

from __future__ import annotations

import codecs
import lzma
import stat
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from twinpost.data.posts import Export
from twinpost.data.sources.archive_files import (
    ExportFiles,
    RecordingFiles,
    open_export,
    read_file_capped,
)
from twinpost.data.sources.live import (
    LiveRequest,
    check_limit,
    fetch_live,
    is_live_spec,
    newest_posts,
    split_spec,
)
from twinpost.errors import BadSourceError, TwinpostError


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


@dataclass(frozen=True)
class BinaryFileSource:
    """A source that is one binary file (a Bluesky repository .car), detected by its bytes."""

    name: str
    detect: Callable[[Path, bytes], bool]
    read: Callable[[Path, bytes], Export]


@dataclass(frozen=True)
class LiveSource:
    """A source named by a spec `scheme:target`, fetched rather than read from a path."""

    scheme: str
    fetch: Callable[[LiveRequest], Export]
    fetches: bool = True  # False: reads stored data (no network, no snapshot, no progress)


ARCHIVE_SOURCES: list[ArchiveSource] = []
FILE_SOURCES: list[FileSource] = []
BINARY_FILE_SOURCES: list[BinaryFileSource] = []
LIVE_SOURCES: dict[str, LiveSource] = {}

# What parsing hostile bytes can raise from the standard library and the format libraries
# when a reader's own checks miss a case. Such a file is broken, not twinpost: the user gets
# one line naming it (exit 2), never a traceback. Readers still check what they can first,
# to say more precisely what is wrong; this is the net under them, for every source.
_PARSE_ERRORS = (
    KeyError, IndexError, TypeError, ValueError, AttributeError, RecursionError, OverflowError,
    UnicodeError, EOFError, NotImplementedError, zlib.error, lzma.LZMAError, struct.error,
)  # fmt: skip


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


def register_binary_file(name: str, detect: Callable[[Path, bytes], bool]):
    def decorator(read: Callable[[Path, bytes], Export]) -> Callable[[Path, bytes], Export]:
        BINARY_FILE_SOURCES.append(BinaryFileSource(name, detect, read))
        return read

    return decorator


def register_live(scheme: str, fetch: Callable[[LiveRequest], Export], fetches: bool = True):
    LIVE_SOURCES[scheme] = LiveSource(scheme, fetch, fetches)


def read_source(spec: str | Path, limit: int | None = None, parents: bool = False) -> Export:
    """Read one source (an export folder or zip, a file, or a live spec) into an `Export`.

    `limit` keeps the newest posts only (a live source fetches no more than that). With
    `parents`, the posts its replies answer that it does not hold are fetched from Mastodon
    and Bluesky (parents.py; a live source keeps them in its snapshot).
    """
    if is_live_spec(spec) or (split_spec(spec) and not Path(spec).expanduser().exists()):
        return read_live(str(spec), limit, parents)  # an unknown scheme: one line there
    check_limit(limit)
    path = Path(spec).expanduser()
    try:
        export = _read_path(path)
    except TwinpostError:
        raise
    except RecursionError:
        raise BadSourceError(f"{path}: cannot read it (its data is nested too deeply)") from None
    except PermissionError:
        raise BadSourceError(f"{path}: cannot read it (permission denied)") from None
    except OSError as e:
        raise BadSourceError(f"{path}: cannot read it ({e.strerror or e})") from None
    except _PARSE_ERRORS as e:
        raise BadSourceError(f"{path}: malformed, cannot read it ({_one_line(e)})") from None
    export.posts = [p if (t := valid_unicode(p.text)) is p.text else replace(p, text=t)
                    for p in export.posts]  # fmt: skip
    export.account.handle = valid_unicode(export.account.handle)
    export.account.display_name = valid_unicode(export.account.display_name)
    export.posts = newest_posts(export.posts, limit)
    if parents:
        from twinpost.data.sources.parents import fetch_parents

        export.other_posts.update(fetch_parents(export, str(spec)))
    return export


def _read_path(path: Path) -> Export:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise BadSourceError(f"{path}: no such file or folder") from None
    if stat.S_ISDIR(mode):
        files = RecordingFiles(open_export(path))
    elif not stat.S_ISREG(mode):  # a FIFO would block forever, a device never end
        raise BadSourceError(f"{path}: not a regular file (a pipe, socket or device?)")
    elif _is_zip(path):
        files = RecordingFiles(open_export(path))
    else:
        data = read_file_capped(path, path)
        export = _read_plain_file(path, data)
        export.account.files_read = {path.name: data}
        return export
    export = _read_archive(files)
    export.account.files_read = files.read
    return export


def valid_unicode(text: str) -> str:
    """`text` with lone surrogates (which JSON's \\ud800 escapes can make, and no UTF-8 file can
    hold) replaced by U+FFFD, so that writing the posts never fails."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())[:200]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def read_live(spec: str, limit: int | None = None, parents: bool = False) -> Export:
    """A live source for `twinpost data`/`train`: fetched, checked, and stored as a snapshot
    (with the parents fetched for its replies, where asked)."""
    from twinpost.data.sources.parents import fetch_parents
    from twinpost.data.sources.snapshots import save_snapshot

    export = fetch_live(spec, limit)
    if not export.posts:
        raise TwinpostError(f"{spec.strip()}: the account has no public posts")
    fetches = LIVE_SOURCES[split_spec(spec)[0]].fetches
    if parents and fetches:  # a snapshot read again already holds what was fetched
        export.other_posts.update(fetch_parents(export, spec.strip()))
    if fetches:
        export.account.snapshot = save_snapshot(export, limit=limit)
    return export


def _read_archive(files: ExportFiles) -> Export:
    for source in ARCHIVE_SOURCES:
        if source.detect(files):
            return source.read(files)
    if not files.names():
        raise BadSourceError(f"{files.describe()}: the export is empty")
    known = ", ".join(s.name for s in ARCHIVE_SOURCES)
    raise BadSourceError(f"{files.describe()}: unknown export format (expected one of: {known})")


def _decode_text(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), or UTF-16 where the file starts with its
    byte-order mark: what Windows' Notepad saves as "Unicode"."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def _read_plain_file(path: Path, data: bytes) -> Export:
    for binary in BINARY_FILE_SOURCES:
        if binary.detect(path, data):
            return binary.read(path, data)
    try:
        text = _decode_text(data)
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
from twinpost.data.sources import mastodon_archive, plain, x_archive  # noqa: E402,F401

# isort: split
# A binary export, and the live sources by spec scheme (`live.py`).
from twinpost.data.sources import (  # noqa: E402,F401
    bluesky_api,
    bluesky_car,
    community_archive,
    mastodon_api,
    snapshots,
    x_api,
)
