"""Every bad input to `twinpost data` is refused properly.

The contract, for every hostile SOURCE: exit code 2; exactly one non-empty line, on stderr,
that names the offending file and says what is wrong; no traceback; and nothing written
(an `--out` folder that did not exist still does not, one that was empty stays empty, and no
file appears anywhere next to the inputs).

Every hostile input is built here, in `tmp_path`: no fixture files are committed. Where a
bad input could be refused for a lazier reason (say "too little data" instead of the broken
JSON), the rest of it is a valid archive with plenty of posts, so that only the defect under
test can explain the refusal.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import struct
import subprocess
import sys
import tempfile
import traceback
import uuid
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

# --------------------------------------------------------------------------------------------
# Building sources
# --------------------------------------------------------------------------------------------

X_DATE = "Tue Mar 04 09:12:33 +0000 2014"
X_ACCOUNT_JS = (
    "window.YTD.account.part0 = "
    '[{"account": {"username": "tester", "accountDisplayName": "Tester", "accountId": "1"}}]'
)
MASTODON_ACTOR = {
    "type": "Person",
    "preferredUsername": "tester",
    "name": "Tester",
    "url": "https://example.social/@tester",
}
GOOD_COUNT = 300  # about 20,000 characters: far above the 6,000 a bot needs
FEW_COUNT = 20  # about 1,300 characters: too little
MIB = 1 << 20

_VOCAB = (  # noqa: SIM905 (a word list reads better as one string)
    "weather sea garden market train library river kitchen morning evening coffee bread "
    "harbour mountain bicycle letter window lantern orchard meadow island bridge festival "
    "quiet bright slow early late small warm cold green blue walked found painted cooked "
    "read wrote watched"
).split()


def sentences(n: int, start: int = 0) -> list[str]:
    """`n` ordinary, distinct posts (no links, mentions or reposts) of about 65 characters."""
    out = []
    for i in range(start, start + n):
        words = random.Random(i).sample(_VOCAB, 8)
        out.append(
            f"post number {i} about the {words[0]} and the {words[1]} " + " ".join(words[2:])
        )
    return out


def x_tweets_js(texts: list[str]) -> str:
    tweets = [
        {"tweet": {"id_str": str(i + 1), "full_text": t, "created_at": X_DATE}}
        for i, t in enumerate(texts)
    ]
    return "window.YTD.tweets.part0 = " + json.dumps(tweets, indent=2)


def x_files(texts: list[str] | None = None, *, tweets_js: str | bytes | None = None) -> dict:
    """The files of a minimal X archive export, as {relative path: content}."""
    if tweets_js is None:
        tweets_js = x_tweets_js(sentences(GOOD_COUNT) if texts is None else texts)
    return {"data/account.js": X_ACCOUNT_JS, "data/tweets.js": tweets_js}


def mastodon_outbox(texts: list[str]) -> dict:
    items = [
        {
            "type": "Create",
            "id": f"https://example.social/users/tester/statuses/{i + 1}/activity",
            "published": "2023-01-01T00:00:00Z",
            "object": {
                "type": "Note",
                "id": f"https://example.social/users/tester/statuses/{i + 1}",
                "content": f"<p>{t}</p>",
                "inReplyTo": None,
            },
        }
        for i, t in enumerate(texts)
    ]
    return {
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "OrderedCollection",
        "totalItems": len(items),
        "orderedItems": items,
    }


def mastodon_files(
    texts: list[str] | None = None,
    *,
    outbox: object = None,
    actor: object = None,
) -> dict:
    """The files of a minimal Mastodon archive, as {relative path: content}."""
    if outbox is None:
        outbox = mastodon_outbox(sentences(GOOD_COUNT) if texts is None else texts)
    if actor is None:
        actor = MASTODON_ACTOR
    return {
        "outbox.json": outbox if isinstance(outbox, str | bytes) else json.dumps(outbox),
        "actor.json": actor if isinstance(actor, str | bytes) else json.dumps(actor),
    }


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def write_tree(root: Path, files: dict) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_bytes(content))
    root.mkdir(parents=True, exist_ok=True)
    return root


def write_zip(path: Path, files: dict, top: str = "") -> Path:
    """Zip `files`, under one top-level folder `top/` when given."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel, content in files.items():
            zf.writestr(f"{top}/{rel}" if top else rel, _bytes(content))
    return path


def write_text(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_bytes(content))
    return path


def txt_content(texts: list[str]) -> str:
    return "".join(t + "\n" for t in texts)


def jsonl_content(texts: list[str]) -> str:
    return "".join(json.dumps({"text": t}) + "\n" for t in texts)


def csv_content(texts: list[str], column: str = "text") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", column])
    for i, t in enumerate(texts):
        writer.writerow([i + 1, t])
    return buf.getvalue()


def write_cut_zip(path: Path, files: dict, cut: int | None = 100, top: str = "") -> Path:
    """A zip of `files` with its last `cut` bytes cut off (or its second half, if None)."""
    data = write_zip(path, files, top).read_bytes()
    path.write_bytes(data[: -cut if cut else len(data) // 2])
    return path


def random_bytes(n: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(n)


# Raw zips, for entries no `zipfile` writer can make cheaply: a deflate stream of a huge run of
# one byte (built from one compressed block repeated, so a 1 GiB entry costs about 1 MB and a
# CRC pass), and entries whose declared size is a lie.


@dataclass
class RawEntry:
    name: str
    compressed: bytes  # raw deflate stream
    crc: int
    size: int  # the uncompressed size the headers declare


def deflated_entry(name: str, data: bytes) -> RawEntry:
    co = zlib.compressobj(6, zlib.DEFLATED, -15)
    return RawEntry(name, co.compress(data) + co.flush(), zlib.crc32(data), len(data))


def deflated_run_entry(name: str, prefix: bytes, run_mib: int, suffix: bytes) -> RawEntry:
    """An entry `prefix + b" " * run_mib MiB + suffix`, without ever holding the run in memory.

    After a full flush the compressor forgets its history, so the block for 1 MiB of spaces
    is the same every time and can be repeated as bytes.
    """
    chunk = b" " * MIB
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = co.compress(prefix) + co.flush(zlib.Z_FULL_FLUSH)
    block = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
    tail = co.compress(suffix) + co.flush(zlib.Z_FINISH)
    crc = zlib.crc32(prefix)
    for _ in range(run_mib):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(suffix, crc)
    size = len(prefix) + run_mib * MIB + len(suffix)
    return RawEntry(name, head + block * run_mib + tail, crc, size)


def write_raw_zip(path: Path, entries: list[RawEntry]) -> Path:
    """A plain (non-zip64) zip of deflated entries, headers written by hand."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = bytearray()
    central = bytearray()
    for e in entries:
        name = e.name.encode("ascii")
        offset = len(body)
        common = struct.pack(
            "<HHHHHIII", 20, 0, 8, 0, 0x21, e.crc, len(e.compressed), e.size
        )  # version needed, flags, method=deflate, time, date (1980-01-01), crc, sizes
        body += b"PK\x03\x04" + common + struct.pack("<HH", len(name), 0) + name + e.compressed
        central += (
            b"PK\x01\x02"
            + struct.pack("<H", 20)
            + common
            + struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, offset)
            + name
        )
    end = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(body), 0
    )
    path.write_bytes(bytes(body) + bytes(central) + end)
    return path


# --------------------------------------------------------------------------------------------
# Checking refusals
# --------------------------------------------------------------------------------------------

TOO_LITTLE = r"too little data"


@dataclass
class Bad:
    """A hostile source and what its refusal must say."""

    path: Path
    names: tuple[str, ...] = ()  # the message must contain one of these (or the path's name)
    problem: str | None = None  # regex the message must match (case-insensitive)
    not_problem: str | None = None  # regex it must not match: a refusal for the wrong reason

    @property
    def accepted_names(self) -> tuple[str, ...]:
        return (str(self.path), self.path.name, *self.names)


def snapshot(root: Path) -> dict[str, int]:
    """Every path under root, with file sizes (-1 for folders)."""
    return {
        str(p.relative_to(root)): (-1 if p.is_dir() else p.stat().st_size) for p in root.rglob("*")
    }


def _describe(result) -> str:
    text = f"exit code {result.exit_code}\n--- output ---\n{result.output}"
    if result.exc_info is not None and not isinstance(result.exception, SystemExit):
        text += "--- exception ---\n" + "".join(traceback.format_exception(*result.exc_info))
    return text


def check_message(line: str, bad: Bad, root: Path) -> None:
    names = bad.accepted_names
    assert any(n in line for n in names), f"the message names none of {names}: {line!r}"
    rest = line.replace(str(root), "")
    for n in sorted(names, key=len, reverse=True):
        rest = rest.replace(n, "")
    assert len(re.findall(r"[A-Za-z]{2,}", rest)) >= 2, f"the message says no problem: {line!r}"
    if bad.problem:
        assert re.search(bad.problem, line, re.IGNORECASE), (
            f"the message does not match {bad.problem!r}: {line!r}"
        )
    if bad.not_problem:
        assert not re.search(bad.not_problem, line, re.IGNORECASE), (
            f"refused for the wrong reason ({bad.not_problem!r}): {line!r}"
        )


def assert_refused(cli, tmp_path: Path, out: Path, bad: Bad, *sources: Path, extra=()) -> str:
    """Run `twinpost data SOURCES --out OUT`, check every point of the contract, return the line.

    `sources` defaults to `bad.path` alone.
    """
    out_existed = out.exists()
    before = snapshot(tmp_path)
    result = cli("data", *(sources or (bad.path,)), "--out", out, *extra)

    assert "Traceback" not in result.output, _describe(result)
    assert result.exit_code == 2, _describe(result)
    assert isinstance(result.exception, SystemExit), _describe(result)

    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, f"expected exactly one line, got {len(lines)}:\n{result.output}"
    err_lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert err_lines == lines, (
        f"the line must go to stderr\n--- stdout ---\n{result.stdout}"
        f"\n--- stderr ---\n{result.stderr}"
    )
    check_message(lines[0], bad, tmp_path)

    if out_existed:
        assert out.is_dir() and not any(out.iterdir()), f"wrote into --out: {list(out.iterdir())}"
    else:
        assert not out.exists(), f"--out was created: {list(out.rglob('*'))}"
    assert snapshot(tmp_path) == before, "files were written next to the inputs"
    return lines[0]


@pytest.fixture
def src(tmp_path: Path) -> Path:
    path = tmp_path / "in"
    path.mkdir()
    return path


# --------------------------------------------------------------------------------------------
# Sanity: the builders make sources the CLI accepts, so each refusal below is for its defect
# --------------------------------------------------------------------------------------------


GOOD_SOURCES = {
    "x-folder": lambda d: write_tree(d / "x-export", x_files()),
    "x-zip": lambda d: write_zip(d / "x-export.zip", x_files()),
    "x-zip-top-folder": lambda d: write_zip(d / "x-export.zip", x_files(), top="twitter-2024"),
    "mastodon-folder": lambda d: write_tree(d / "mastodon-export", mastodon_files()),
    "mastodon-zip": lambda d: write_zip(d / "mastodon-export.zip", mastodon_files()),
    "txt": lambda d: write_text(d / "posts.txt", txt_content(sentences(GOOD_COUNT))),
    "jsonl": lambda d: write_text(d / "posts.jsonl", jsonl_content(sentences(GOOD_COUNT))),
    "csv": lambda d: write_text(d / "posts.csv", csv_content(sentences(GOOD_COUNT))),
}


@pytest.mark.parametrize("kind", GOOD_SOURCES)
def test_control_good_source_is_accepted(kind: str, cli, src: Path, tmp_path: Path) -> None:
    source = GOOD_SOURCES[kind](src)
    result = cli("data", source, "--out", tmp_path / "out")
    assert result.exit_code == 0, _describe(result)
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------------------------
# 1. A path that does not exist
# --------------------------------------------------------------------------------------------

MISSING = r"not exist|no such|not found|missing|cannot find|can't find|doesn't exist"


@pytest.mark.parametrize("name", ["does-not-exist.zip", "no-such-folder", "gone.txt"])
def test_missing_path(name: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    assert_refused(cli, tmp_path, out, Bad(src / name, problem=MISSING))


# --------------------------------------------------------------------------------------------
# 2. Unknown formats
# --------------------------------------------------------------------------------------------


def _random_folder(d: Path) -> Bad:
    folder = write_tree(
        d / "random-stuff",
        {
            "notes.md": "# notes\n\nnothing to see here\n",
            "blob.dat": random_bytes(2048, 1),
            "pics/cat.png": random_bytes(4096, 2),
        },
    )
    return Bad(folder)


UNKNOWN_FORMATS = {
    "folder-of-random-files": _random_folder,
    "pdf-random-bytes": lambda d: Bad(write_text(d / "report.pdf", random_bytes(4096, 3))),
    "pdf-header-random-bytes": lambda d: Bad(
        write_text(d / "paper.pdf", b"%PDF-1.4\n" + random_bytes(4096, 4))
    ),
    "bin-random-bytes": lambda d: Bad(write_text(d / "blob.bin", random_bytes(4096, 5))),
    "json-neither-archive": lambda d: Bad(
        write_text(d / "settings.json", json.dumps({"hello": "world", "items": [1, 2, 3]}))
    ),
    "json-list-neither-archive": lambda d: Bad(
        write_text(d / "numbers.json", json.dumps(list(range(100))))
    ),
    "zip-of-random-files": lambda d: Bad(
        write_zip(d / "photos.zip", {"a.jpg": random_bytes(999, 6), "b.bin": random_bytes(99, 7)})
    ),
}


@pytest.mark.parametrize("case", UNKNOWN_FORMATS)
def test_unknown_format(case: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    assert_refused(cli, tmp_path, out, UNKNOWN_FORMATS[case](src))


# --------------------------------------------------------------------------------------------
# 3. Truncated JSON
# --------------------------------------------------------------------------------------------

CUT_TWEETS_JS = 'window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1", "full_te'


def _half(s: str) -> str:
    return s[: len(s) // 2]


TRUNCATED = {
    "x-tweets-js-cut-early": lambda d: Bad(
        write_tree(d / "x-export", x_files(tweets_js=CUT_TWEETS_JS)), ("tweets.js",)
    ),
    "x-tweets-js-cut-in-half": lambda d: Bad(
        write_tree(d / "x-export", x_files(tweets_js=_half(x_tweets_js(sentences(GOOD_COUNT))))),
        ("tweets.js",),
    ),
    "x-zip-tweets-js-cut-in-half": lambda d: Bad(
        write_zip(d / "x-export.zip", x_files(tweets_js=_half(x_tweets_js(sentences(GOOD_COUNT))))),
        ("tweets.js",),
    ),
    "x-account-js-cut": lambda d: Bad(
        write_tree(d / "x-export", {**x_files(), "data/account.js": _half(X_ACCOUNT_JS)}),
        ("account.js",),
    ),
    "mastodon-outbox-cut-in-half": lambda d: Bad(
        write_tree(
            d / "mastodon-export",
            mastodon_files(outbox=_half(json.dumps(mastodon_outbox(sentences(GOOD_COUNT))))),
        ),
        ("outbox.json",),
    ),
    "mastodon-zip-outbox-cut-in-half": lambda d: Bad(
        write_zip(
            d / "mastodon-export.zip",
            mastodon_files(outbox=_half(json.dumps(mastodon_outbox(sentences(GOOD_COUNT))))),
        ),
        ("outbox.json",),
    ),
    "mastodon-actor-cut": lambda d: Bad(
        write_tree(d / "mastodon-export", mastodon_files(actor=_half(json.dumps(MASTODON_ACTOR)))),
        ("actor.json",),
    ),
}


@pytest.mark.parametrize("case", TRUNCATED)
def test_truncated_json(case: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    bad = TRUNCATED[case](src)
    bad.not_problem = TOO_LITTLE
    assert_refused(cli, tmp_path, out, bad)


# --------------------------------------------------------------------------------------------
# 4. Wrong top-level types
# --------------------------------------------------------------------------------------------

WRONG_TYPES = {
    "x-tweets-js-object": lambda d: Bad(
        write_tree(d / "x-export", x_files(tweets_js="window.YTD.tweets.part0 = {}")),
        ("tweets.js",),
    ),
    "x-tweets-js-list-of-strings": lambda d: Bad(
        write_tree(
            d / "x-export",
            x_files(tweets_js="window.YTD.tweets.part0 = " + json.dumps(sentences(GOOD_COUNT))),
        ),
        ("tweets.js",),
    ),
    "x-account-js-string": lambda d: Bad(
        write_tree(
            d / "x-export", {**x_files(), "data/account.js": 'window.YTD.account.part0 = "me"'}
        ),
        ("account.js",),
    ),
    "mastodon-ordered-items-string": lambda d: Bad(
        write_tree(
            d / "mastodon-export",
            mastodon_files(
                outbox={**mastodon_outbox([]), "totalItems": 3, "orderedItems": "not a list"}
            ),
        ),
        ("outbox.json",),
    ),
    "mastodon-outbox-list": lambda d: Bad(
        write_tree(
            d / "mastodon-export",
            mastodon_files(
                outbox=json.dumps(mastodon_outbox(sentences(GOOD_COUNT))["orderedItems"])
            ),
        ),
        ("outbox.json",),
    ),
    "mastodon-actor-list": lambda d: Bad(
        write_tree(d / "mastodon-export", mastodon_files(actor=[MASTODON_ACTOR])),
        ("actor.json",),
    ),
}


@pytest.mark.parametrize("case", WRONG_TYPES)
def test_wrong_top_level_type(case: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    bad = WRONG_TYPES[case](src)
    bad.not_problem = TOO_LITTLE
    assert_refused(cli, tmp_path, out, bad)


# --------------------------------------------------------------------------------------------
# 5. Invalid UTF-8
# --------------------------------------------------------------------------------------------

BAD_BYTES = b"\xff\xfe\xfa"
ENCODING = r"utf-?8|encod|decod|unicode|byte|charset"


def _tweets_js_with_bad_bytes() -> bytes:
    texts = sentences(GOOD_COUNT)
    texts[GOOD_COUNT // 2] = "BADBYTESHERE"
    return x_tweets_js(texts).encode().replace(b"BADBYTESHERE", b"caf" + BAD_BYTES + b" time")


def _outbox_with_bad_bytes() -> bytes:
    texts = sentences(GOOD_COUNT)
    texts[7] = "BADBYTESHERE"
    outbox = json.dumps(mastodon_outbox(texts)).encode()
    return outbox.replace(b"BADBYTESHERE", b"caf" + BAD_BYTES + b" time")


def _txt_with_bad_bytes() -> bytes:
    texts = [t.encode() for t in sentences(GOOD_COUNT)]
    texts[GOOD_COUNT // 2] = b"a line with " + BAD_BYTES + b" in it"
    return b"".join(t + b"\n" for t in texts)


INVALID_UTF8 = {
    "x-folder-tweets-js": lambda d: Bad(
        write_tree(d / "x-export", x_files(tweets_js=_tweets_js_with_bad_bytes())), ("tweets.js",)
    ),
    "x-zip-tweets-js": lambda d: Bad(
        write_zip(d / "x-export.zip", x_files(tweets_js=_tweets_js_with_bad_bytes())),
        ("tweets.js",),
    ),
    "mastodon-outbox": lambda d: Bad(
        write_tree(d / "mastodon-export", mastodon_files(outbox=_outbox_with_bad_bytes())),
        ("outbox.json",),
    ),
    "txt": lambda d: Bad(write_text(d / "posts.txt", _txt_with_bad_bytes())),
}


@pytest.mark.parametrize("case", INVALID_UTF8)
def test_invalid_utf8(case: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    bad = INVALID_UTF8[case](src)
    bad.problem = ENCODING
    bad.not_problem = TOO_LITTLE
    assert_refused(cli, tmp_path, out, bad)


# --------------------------------------------------------------------------------------------
# 6. Empty archives and files
# --------------------------------------------------------------------------------------------

NO_POSTS = r"too little data|no posts|empty|nothing"

EMPTY = {
    "x-archive-no-tweets": lambda d: Bad(
        write_tree(d / "x-export", x_files(tweets_js="window.YTD.tweets.part0 = []")), (), NO_POSTS
    ),
    "x-zip-no-tweets": lambda d: Bad(
        write_zip(d / "x-export.zip", x_files(tweets_js="window.YTD.tweets.part0 = []")),
        (),
        NO_POSTS,
    ),
    "mastodon-no-items": lambda d: Bad(
        write_tree(d / "mastodon-export", mastodon_files([])), (), NO_POSTS
    ),
    "zip-with-no-entries": lambda d: Bad(write_zip(d / "empty.zip", {})),
    "empty-folder": lambda d: Bad(write_tree(d / "empty-folder", {})),
    "empty-txt": lambda d: Bad(write_text(d / "posts.txt", b""), (), NO_POSTS),
    "blank-lines-txt": lambda d: Bad(write_text(d / "posts.txt", "\n \n\t\n\n"), (), NO_POSTS),
    "empty-jsonl": lambda d: Bad(write_text(d / "posts.jsonl", b""), (), NO_POSTS),
    "header-only-csv": lambda d: Bad(write_text(d / "posts.csv", "id,text\n"), (), NO_POSTS),
}


@pytest.mark.parametrize("case", EMPTY)
def test_empty(case: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    assert_refused(cli, tmp_path, out, EMPTY[case](src))


# --------------------------------------------------------------------------------------------
# 7. Only reposts (enough of them that, were they kept, they would pass the 6,000 bar)
# --------------------------------------------------------------------------------------------

REPOST_COUNT = 200


def _only_boosts() -> dict:
    items = [
        {
            "type": "Announce",
            "id": f"https://example.social/users/tester/statuses/{i}/activity",
            "published": "2023-01-01T00:00:00Z",
            "object": f"https://other.social/users/someone/statuses/{i}",
        }
        for i in range(REPOST_COUNT)
    ]
    return {**mastodon_outbox([]), "totalItems": len(items), "orderedItems": items}


ONLY_REPOSTS = {
    "x-retweets": lambda d: write_tree(
        d / "x-export",
        x_files([f"RT @someone: {t}" for t in sentences(REPOST_COUNT)]),
    ),
    "x-zip-retweets": lambda d: write_zip(
        d / "x-export.zip",
        x_files([f"RT @someone: {t}" for t in sentences(REPOST_COUNT)]),
    ),
    "mastodon-boosts": lambda d: write_tree(
        d / "mastodon-export", mastodon_files(outbox=_only_boosts())
    ),
}


@pytest.mark.parametrize("case", ONLY_REPOSTS)
def test_only_reposts(case: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    path = ONLY_REPOSTS[case](src)
    bad = Bad(path, problem=r"too little data|no posts|repost|retweet|boost")
    assert_refused(cli, tmp_path, out, bad)


# --------------------------------------------------------------------------------------------
# 8. Too little data
# --------------------------------------------------------------------------------------------

TOO_FEW = {
    "x-folder": lambda d: write_tree(d / "x-export", x_files(sentences(FEW_COUNT))),
    "x-zip": lambda d: write_zip(d / "x-export.zip", x_files(sentences(FEW_COUNT))),
    "mastodon-folder": lambda d: write_tree(
        d / "mastodon-export", mastodon_files(sentences(FEW_COUNT))
    ),
    "txt": lambda d: write_text(d / "posts.txt", txt_content(sentences(FEW_COUNT))),
    "jsonl": lambda d: write_text(d / "posts.jsonl", jsonl_content(sentences(FEW_COUNT))),
    "csv": lambda d: write_text(d / "posts.csv", csv_content(sentences(FEW_COUNT))),
}


@pytest.mark.parametrize("case", TOO_FEW)
def test_too_little_data(case: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    path = TOO_FEW[case](src)
    line = assert_refused(cli, tmp_path, out, Bad(path, problem=TOO_LITTLE))
    assert "6,000" in line, line


# --------------------------------------------------------------------------------------------
# 9. Zip safety: path traversal, bombs, lying headers, truncated zips
# --------------------------------------------------------------------------------------------


def _zip_with_entries(path: Path, normal: dict, odd: dict) -> Path:
    """A zip of `normal` files plus `odd` entries whose names are written exactly as given."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in normal.items():
            zf.writestr(name, _bytes(content))
        for name, content in odd.items():
            zf.writestr(zipfile.ZipInfo(name), _bytes(content))
    return path


TRAVERSAL_STYLES = [
    "dotdot-extra-file",  # a whole good archive plus ../evil.txt
    "dotdot-tweets-js",  # a whole good archive plus ../../x/data/tweets.js
    "dotdot-only-tweets-js",  # account.js plus ../../x/data/tweets.js, and no data/tweets.js
    "absolute-tweets-js",  # a whole good archive plus /<tmp>/abs/data/tweets.js
    "absolute-only-tweets-js",  # account.js plus /<tmp>/abs/data/tweets.js
]


@pytest.mark.parametrize("style", TRAVERSAL_STYLES)
def test_zip_path_traversal(style: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    """Unsafe entry names are refused even when the rest of the zip is a good archive."""
    token = uuid.uuid4().hex[:12]
    good = x_files()
    # deep inside tmp_path, so that ../ and ../../ from the zip's folder still land in it
    zip_path = src / "a" / "b" / "c" / "evil.zip"
    tweets = good["data/tweets.js"]
    if style == "dotdot-extra-file":
        odd = {f"../evil-{token}.txt": "gotcha"}
    elif style.startswith("dotdot"):
        odd = {f"../../x-{token}/data/tweets.js": tweets}
    else:
        odd = {f"{tmp_path / f'abs-{token}'}/data/tweets.js": tweets}
    normal = {"data/account.js": good["data/account.js"]} if "-only-" in style else good
    _zip_with_entries(zip_path, normal, odd)
    (odd_name,) = odd

    assert_refused(
        cli, tmp_path, out, Bad(zip_path, names=(odd_name, odd_name.lstrip("./")), problem=None)
    )

    # nothing escaped: not next to the zip, not above tmp_path, not in the temp or working dir
    places = [
        tmp_path.parent,
        Path(tempfile.gettempdir()),
        Path.cwd(),
        Path.cwd().parent,
        Path("/tmp"),
    ]
    escaped = [p for place in places if place.is_dir() for p in place.glob(f"*{token}*")]
    escaped += [p for p in tmp_path.rglob(f"*{token}*")]
    assert not escaped, f"zip entries were written outside: {escaped}"
    assert not (tmp_path.parent / f"evil-{token}.txt").exists()
    assert not (tmp_path / f"abs-{token}").exists()


SIZE_CAP = r"too (big|large)|exceed|limit|\bcap\b|size|\bGiB\b|\bMiB\b|\bMB\b|\bGB\b|bytes"
PATCHED_CAP = 1_000_000


def _x_bomb_zip(path: Path, run_mib: int) -> Path:
    """A valid X archive whose tweets.js carries `run_mib` MiB of spaces before its closing ]."""
    tweets = x_tweets_js(sentences(GOOD_COUNT))
    assert tweets.endswith("]")
    entries = [
        deflated_entry("data/account.js", X_ACCOUNT_JS.encode()),
        deflated_run_entry("data/tweets.js", tweets[:-1].encode(), run_mib, b"]"),
    ]
    return write_raw_zip(path, entries)


def _mastodon_bomb_zip(path: Path, run_mib: int) -> Path:
    outbox = json.dumps(mastodon_outbox(sentences(GOOD_COUNT)))
    assert outbox.endswith("]}")
    entries = [
        deflated_entry("actor.json", json.dumps(MASTODON_ACTOR).encode()),
        deflated_run_entry("outbox.json", outbox[:-2].encode(), run_mib, b"]}"),
    ]
    return write_raw_zip(path, entries)


def test_raw_zip_builder_makes_valid_zips(tmp_path: Path) -> None:
    """The hand-made bombs are real zips: Python reads them back, CRC and all."""
    path = _x_bomb_zip(tmp_path / "small-bomb.zip", 3)
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        data = zf.read("data/tweets.js")
    assert len(data) > 3 * MIB and data.endswith(b" ]")
    assert json.loads(data.decode().split("=", 1)[1])[0]["tweet"]["id_str"] == "1"


@pytest.mark.parametrize("kind", ["x", "mastodon"])
def test_zip_bomb_over_patched_cap(
    kind: str, cli, src: Path, tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """10 MiB inside a ~1 MB-capped reader: refused for its size, not read whole."""
    monkeypatch.setattr("twinpost.data.sources.archive_files.MAX_UNCOMPRESSED_BYTES", PATCHED_CAP)
    if kind == "x":
        path, inner = _x_bomb_zip(src / "x-bomb.zip", 10), "tweets.js"
    else:
        path, inner = _mastodon_bomb_zip(src / "mastodon-bomb.zip", 10), "outbox.json"
    assert_refused(cli, tmp_path, out, Bad(path, names=(inner,), problem=SIZE_CAP))


def test_zip_bomb_over_default_cap(cli, src: Path, tmp_path: Path) -> None:
    """A real bomb: about 1.1 GiB of tweets.js in a ~1 MB zip, against the default 1 GiB cap."""
    path = _x_bomb_zip(src / "x-bomb.zip", 1024 + 64)
    assert path.stat().st_size < 5 * MIB
    assert_refused(
        cli, tmp_path, tmp_path / "out", Bad(path, names=("tweets.js",), problem=SIZE_CAP)
    )


def test_zip_declared_sizes_lie(
    cli, src: Path, tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Headers claim 1,000 bytes; the stream inflates to 10 MiB. Trusting the header fails."""
    monkeypatch.setattr("twinpost.data.sources.archive_files.MAX_UNCOMPRESSED_BYTES", PATCHED_CAP)
    tweets = x_tweets_js(sentences(GOOD_COUNT))
    entry = deflated_run_entry("data/tweets.js", tweets[:-1].encode(), 10, b"]")
    entry.size = 1000
    path = write_raw_zip(
        src / "liar.zip", [deflated_entry("data/account.js", X_ACCOUNT_JS.encode()), entry]
    )
    assert_refused(cli, tmp_path, out, Bad(path, names=("tweets.js",)))


TRUNCATED_ZIPS = {
    "x-last-100-bytes": lambda d: write_cut_zip(d / "x-export.zip", x_files()),
    "x-zip-top-folder-last-100-bytes": lambda d: write_cut_zip(
        d / "x-export.zip", x_files(), top="twitter-2024"
    ),
    "x-cut-in-half": lambda d: write_cut_zip(d / "x-export.zip", x_files(), cut=None),
    "mastodon-last-100-bytes": lambda d: write_cut_zip(d / "mastodon-export.zip", mastodon_files()),
}


@pytest.mark.parametrize("case", TRUNCATED_ZIPS)
def test_truncated_zip(case: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    assert_refused(cli, tmp_path, out, Bad(TRUNCATED_ZIPS[case](src)))


# --------------------------------------------------------------------------------------------
# 10. Plain files with bad lines or columns
# --------------------------------------------------------------------------------------------


def _jsonl_with_line(line: str) -> str:
    lines = jsonl_content(sentences(GOOD_COUNT)).splitlines()
    lines.insert(GOOD_COUNT // 2, line)
    return "\n".join(lines) + "\n"


BAD_PLAIN = {
    "jsonl-line-not-json": lambda d: write_text(
        d / "posts.jsonl", _jsonl_with_line('{"text": "this line is cut')
    ),
    "jsonl-line-plain-text": lambda d: write_text(
        d / "posts.jsonl", _jsonl_with_line("just some words, not json")
    ),
    "jsonl-line-without-text": lambda d: write_text(
        d / "posts.jsonl", _jsonl_with_line(json.dumps({"body": "no text key here"}))
    ),
    "jsonl-line-not-an-object": lambda d: write_text(
        d / "posts.jsonl", _jsonl_with_line(json.dumps(["a", "list"]))
    ),
    "jsonl-text-not-a-string": lambda d: write_text(
        d / "posts.jsonl", _jsonl_with_line(json.dumps({"text": {"nested": True}}))
    ),
    "csv-without-text-column": lambda d: write_text(
        d / "posts.csv", csv_content(sentences(GOOD_COUNT), column="body")
    ),
}


@pytest.mark.parametrize("case", BAD_PLAIN)
def test_bad_plain_file(case: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    path = BAD_PLAIN[case](src)
    assert_refused(cli, tmp_path, out, Bad(path, not_problem=TOO_LITTLE))


# --------------------------------------------------------------------------------------------
# 11. A good source next to a bad one: refused as a whole, nothing written
# --------------------------------------------------------------------------------------------

MIXED_BAD = {
    "missing": lambda d: Bad(d / "does-not-exist.zip", problem=MISSING),
    "truncated-x": lambda d: Bad(
        write_tree(d / "broken-x-export", x_files(tweets_js=CUT_TWEETS_JS)), ("tweets.js",)
    ),
    "bad-jsonl": lambda d: Bad(
        write_text(d / "broken.jsonl", _jsonl_with_line("not json at all")),
    ),
    "truncated-zip": lambda d: Bad(write_cut_zip(d / "broken.zip", x_files())),
}


@pytest.mark.parametrize("order", ["good-first", "bad-first"])
@pytest.mark.parametrize("case", MIXED_BAD)
def test_good_and_bad_source(
    case: str, order: str, cli, src: Path, tmp_path: Path, out: Path
) -> None:
    good = write_tree(src / "good-x-export", x_files())
    good_txt = write_text(src / "good-posts.txt", txt_content(sentences(GOOD_COUNT, 1000)))
    bad = MIXED_BAD[case](src)
    sources = (good, good_txt, bad.path) if order == "good-first" else (bad.path, good, good_txt)
    assert_refused(cli, tmp_path, out, bad, *sources)


# --------------------------------------------------------------------------------------------
# --json changes nothing about a refusal
# --------------------------------------------------------------------------------------------

JSON_FLAG_CASES = {
    "missing": lambda d: Bad(d / "does-not-exist.zip", problem=MISSING),
    "truncated-x": lambda d: TRUNCATED["x-tweets-js-cut-early"](d),
    "too-little-data": lambda d: Bad(TOO_FEW["txt"](d), problem=TOO_LITTLE),
}


@pytest.mark.parametrize("case", JSON_FLAG_CASES)
def test_json_flag_refusal(case: str, cli, src: Path, tmp_path: Path, out: Path) -> None:
    assert_refused(cli, tmp_path, out, JSON_FLAG_CASES[case](src), extra=("--json",))


# --------------------------------------------------------------------------------------------
# End to end: the real console entry point, in a subprocess
# --------------------------------------------------------------------------------------------

SUBPROCESS_CASES = {
    "missing": lambda d: Bad(d / "does-not-exist.zip", problem=MISSING),
    "truncated-zip": lambda d: Bad(write_cut_zip(d / "broken.zip", x_files())),
    "too-little-data": lambda d: Bad(TOO_FEW["txt"](d), problem=TOO_LITTLE),
}


@pytest.mark.parametrize("case", SUBPROCESS_CASES)
def test_subprocess_refusal(case: str, src: Path, tmp_path: Path) -> None:
    bad = SUBPROCESS_CASES[case](src)
    out = tmp_path / "out"
    before = snapshot(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "twinpost", "data", str(bad.path), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ.copy(),  # carries the isolated TWINPOST_HOME
    )
    described = (
        f"rc {proc.returncode}\n--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}"
    )
    assert "Traceback" not in proc.stdout + proc.stderr, described
    assert proc.returncode == 2, described
    assert not proc.stdout.strip(), described
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, described
    check_message(lines[0], bad, tmp_path)
    assert not out.exists()
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("ref", ["********", "../../../../etc/passwd", "0123abcd*"])
def test_a_snapshot_reference_is_hex_digits_only(cli, ref):
    """The reference becomes a file-name pattern: a glob or a path never reaches a file that
    is not a snapshot."""
    result = cli("data", f"snapshot:{ref}")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.output
    assert "not a sha256" in result.stderr
