"""Read the files of an export, whether the user hands over the folder or its `.zip`.

Zips are untrusted input: names that climb out (`../`) or are absolute are refused, the
decompressed size is capped while reading (declared sizes can lie), and a truncated or
corrupt zip, an encrypted entry or an unknown compression method is refused in one line.
Folders and plain files are capped the same way, and only regular files are read (a FIFO
would block forever). Nothing is ever extracted to disk.
"""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from twinpost.errors import BadSourceError

# The largest real exports we know of are a few hundred MB of JSON once unpacked (media
# excluded); 1 GiB of decompressed data leaves room for them and refuses zip bombs early.
MAX_UNCOMPRESSED_BYTES = 1 << 30
MAX_FILE_BYTES = MAX_UNCOMPRESSED_BYTES  # one plain file, or all a folder's files read
# X archives hold a file per media item: tens of thousands for the busiest accounts. A zip
# of a million empty entries costs ~0.5 GB of bookkeeping before a byte is read.
MAX_ENTRIES = 200_000
_CHUNK = 1 << 20


class ExportFiles:
    """The files of one export, addressed by their POSIX path relative to the export root."""

    def __init__(self, origin: Path) -> None:
        self.origin = origin

    def names(self) -> list[str]:
        raise NotImplementedError

    def read_bytes(self, name: str) -> bytes:
        raise NotImplementedError

    def find(self, suffix: str) -> str | None:
        """The shortest name that is `suffix` or ends with `/suffix` (zips may add a folder)."""
        hits = [n for n in self.names() if n == suffix or n.endswith("/" + suffix)]
        return min(hits, key=len) if hits else None

    def read_text(self, name: str) -> str:
        data = self.read_bytes(name)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise BadSourceError(
                f"{self.describe(name)}: not valid UTF-8 (byte {e.start})"
            ) from None

    def describe(self, name: str | None = None) -> str:
        """How to name a file in an error message: the export path, then the inner name."""
        return str(self.origin) if name is None else f"{self.origin}: {name}"


class FolderFiles(ExportFiles):
    def __init__(self, origin: Path) -> None:
        super().__init__(origin)
        self._names: list[str] | None = None
        self._read_so_far = 0

    def names(self) -> list[str]:
        if self._names is None:
            names = []
            for p in self.origin.rglob("*"):
                if p.is_file():  # regular files only (and links to them)
                    names.append(p.relative_to(self.origin).as_posix())
                    if len(names) > MAX_ENTRIES:
                        raise BadSourceError(
                            f"{self.origin}: refused, more than {MAX_ENTRIES:,} files"
                        )
            self._names = sorted(names)
        return self._names

    def read_bytes(self, name: str) -> bytes:
        data = read_file_capped(self.origin / name, self.describe(name),
                                MAX_FILE_BYTES - self._read_so_far)  # fmt: skip
        self._read_so_far += len(data)
        return data


class ZipFiles(ExportFiles):
    def __init__(self, origin: Path) -> None:
        super().__init__(origin)
        try:
            self._zip = zipfile.ZipFile(origin)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, EOFError) as e:
            raise BadSourceError(f"{origin}: not a readable zip file ({e})") from None
        if len(infos) > MAX_ENTRIES:
            raise BadSourceError(f"{origin}: refused, more than {MAX_ENTRIES:,} entries")
        self._infos = {}
        for info in infos:
            _check_member_name(origin, info.filename)
            if not info.is_dir():
                self._infos[info.filename] = info
        declared = sum(i.file_size for i in self._infos.values())
        if declared > MAX_UNCOMPRESSED_BYTES:
            raise _too_big(origin)
        self._read_so_far = 0

    def names(self) -> list[str]:
        return sorted(self._infos)

    def read_bytes(self, name: str) -> bytes:
        # Count what really comes out rather than trusting the declared sizes.
        parts = []
        try:
            with self._zip.open(self._infos[name]) as member:
                while chunk := member.read(_CHUNK):
                    self._read_so_far += len(chunk)
                    if self._read_so_far > MAX_UNCOMPRESSED_BYTES:
                        raise _too_big(self.origin)
                    parts.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as e:
            raise BadSourceError(f"{self.describe(name)}: corrupt or truncated zip ({e})") from None
        except NotImplementedError as e:  # zipfile's "That compression method is not supported"
            raise BadSourceError(
                f"{self.describe(name)}: cannot unpack this entry ({e}); re-zip it with "
                "ordinary (deflate) compression"
            ) from None
        except RuntimeError:  # zipfile's "File ... is encrypted, password required"
            raise BadSourceError(
                f"{self.describe(name)}: the entry is encrypted; unzip it with its password "
                "and pass the folder"
            ) from None
        return b"".join(parts)


def read_file_capped(path: Path, where: str, cap: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, refused in one line if it is something else or over `cap`
    (read as it grows, not trusted from its size: a file can grow while being read)."""
    with path.open("rb") as f:
        status = os.fstat(f.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise BadSourceError(f"{where}: not a regular file (a pipe, socket or device?)")
        data = f.read(cap + 1) if status.st_size <= cap else b""
    if status.st_size > cap or len(data) > cap:
        raise BadSourceError(
            f"{where}: refused, over the {MAX_FILE_BYTES:,}-byte cap on what one export may hold"
        )
    return data


def _check_member_name(origin: Path, name: str) -> None:
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (path.parts and ":" in path.parts[0]):
        raise BadSourceError(
            f"{origin}: refused zip entry {name!r} (it points outside the archive)"
        )


def _too_big(origin: Path) -> BadSourceError:
    return BadSourceError(
        f"{origin}: refused, it unpacks to more than the {MAX_UNCOMPRESSED_BYTES:,}-byte cap "
        "(a zip bomb?)"
    )


def open_export(path: Path) -> ExportFiles:
    """Open a folder or zip as an export; raise BadSourceError for anything else."""
    if path.is_dir():
        return FolderFiles(path)
    if zipfile.is_zipfile(path) or path.suffix.lower() == ".zip":
        return ZipFiles(path)
    raise BadSourceError(f"{path}: not an export folder or zip")


def iter_lines(text: str) -> Iterator[tuple[int, str]]:
    """Non-blank lines with their 1-based line numbers."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


class RecordingFiles(ExportFiles):
    """An export whose every file read is kept, by name: the bot's provenance (lineage's
    raw dataset) is what reading used, recorded as it is read, not read again later.
    Exports hold much more than posts (messages, media); only what twinpost used is kept."""

    def __init__(self, inner: ExportFiles) -> None:
        super().__init__(inner.origin)
        self.inner = inner
        self.read: dict[str, bytes] = {}

    def names(self) -> list[str]:
        return self.inner.names()

    def read_bytes(self, name: str) -> bytes:
        data = self.inner.read_bytes(name)
        self.read[name] = data
        return data

    def describe(self, name: str | None = None) -> str:
        return self.inner.describe(name)
