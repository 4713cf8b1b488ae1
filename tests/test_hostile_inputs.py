"""The hostile corpus: every reader is total. For any bytes it returns posts or raises the
one-line user error naming the file; never a traceback, a hang or a parse without bounds.

Each case is built here, at test time (no committed binaries), and goes through
`twinpost data` with the contract of tests/test_bad_input.py (exit 2, one line on stderr naming
the file, nothing written), or, where the input is odd but readable, must parse correctly.
Property-based tests (hypothesis) then throw arbitrary bytes at every reader and arbitrary
text at cleaning. A server upload of the same corpus is in tests/test_serve_guard.py.
"""

from __future__ import annotations

import json
import os
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.live_fakes import build_car
from tests.test_bad_input import (
    GOOD_COUNT,
    X_ACCOUNT_JS,
    Bad,
    assert_refused,
    jsonl_content,
    mastodon_files,
    sentences,
    txt_content,
    write_text,
    write_tree,
    write_zip,
    x_files,
)
from twinpost.data.clean import clean_text
from twinpost.data.sources import read_source
from twinpost.data.sources._json import MAX_JSON_VALUES
from twinpost.errors import BadSourceError

# --------------------------------------------------------------------------------------------
# Zips whose entries cannot be unpacked
# --------------------------------------------------------------------------------------------


def _zip_with_patched_entry(path: Path, patch) -> Path:
    """An X archive zip whose tweets.js entry is changed by `patch(data, header_offset,
    central_offset, compressed_start, compressed_size)`."""
    write_zip(path, x_files())
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("data/tweets.js")
    local = info.header_offset
    name_len, extra_len = struct.unpack("<HH", data[local + 26 : local + 30])
    start = local + 30 + name_len + extra_len
    central = data.find(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(b"data/tweets.js")] != b"data/tweets.js":
        central = data.find(b"PK\x01\x02", central + 4)
        assert central >= 0, "the entry's central directory header"
    patch(data, local, central, start, info.compress_size)
    path.write_bytes(bytes(data))
    return path


def corrupt_deflate(path: Path) -> Path:
    def patch(data, local, central, start, size):
        for i in range(start + 10, start + min(size, 400), 7):
            data[i] ^= 0x5A  # garbage in the middle of the deflate stream

    return _zip_with_patched_entry(path, patch)


def encrypted_entry(path: Path) -> Path:
    def patch(data, local, central, start, size):
        for offset in (local + 6, central + 8):  # general purpose flags: bit 0, encrypted
            data[offset] |= 1

    return _zip_with_patched_entry(path, patch)


def unknown_method(path: Path) -> Path:
    def patch(data, local, central, start, size):
        for offset in (local + 8, central + 10):  # compression method 98: PPMd
            data[offset : offset + 2] = struct.pack("<H", 98)

    return _zip_with_patched_entry(path, patch)


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (corrupt_deflate, r"corrupt|truncated"),
        (encrypted_entry, r"encrypted"),
        (unknown_method, r"compression|unpack"),
    ],
    ids=["corrupt-deflate", "encrypted-entry", "unsupported-compression"],
)
def test_a_zip_entry_that_cannot_be_unpacked(make, problem, cli, tmp_path: Path, out) -> None:
    bad = make(tmp_path / "in" / "x.zip")
    assert_refused(cli, tmp_path, out, Bad(bad, problem=problem, names=("tweets.js",)))


# --------------------------------------------------------------------------------------------
# JSON: depth, size, wrong types
# --------------------------------------------------------------------------------------------


def test_json_nested_100000_deep(cli, tmp_path: Path, out) -> None:
    deep = "window.YTD.tweets.part0 = " + "[" * 100_000 + "]" * 100_000
    folder = write_tree(tmp_path / "in" / "x", x_files(tweets_js=deep))
    assert_refused(cli, tmp_path, out, Bad(folder, problem=r"nested too deeply"))


def test_a_small_zip_of_json_with_too_many_values_is_refused_before_parsing(
    cli, tmp_path: Path, out
) -> None:
    values = MAX_JSON_VALUES + 1  # 40 MB of "0," that zip to about 40 KB
    bomb = "window.YTD.tweets.part0 = [" + "0," * values + "0]"
    path = write_zip(tmp_path / "in" / "bomb.zip", x_files(tweets_js=bomb))
    assert path.stat().st_size < 200_000
    assert_refused(cli, tmp_path, out, Bad(path, problem=r"JSON values"))


def _tweets(entries: list) -> str:
    good = [{"tweet": {"id_str": str(i), "full_text": t, "created_at": "x"}}
            for i, t in enumerate(sentences(GOOD_COUNT))]  # fmt: skip
    return "window.YTD.tweets.part0 = " + json.dumps(entries + good)


def _notes(note: object) -> dict:
    return {**x_files(), "data/note-tweet.js": "window.YTD.note_tweet.part0 = "
            + json.dumps([{"noteTweet": note}])}  # fmt: skip


WRONG_TYPES = {
    "tweet-null": (x_files(tweets_js=_tweets([{"tweet": None}])), r'"tweet"'),
    "tweet-string": (x_files(tweets_js=_tweets([{"tweet": "hello"}])), r'"tweet"'),
    "entry-number": (x_files(tweets_js=_tweets([7])), r"each entry"),
    "note-number": (_notes(12), r'"noteTweet"'),
    "note-list": (_notes([1, 2]), r'"noteTweet"'),
    "account-string": (
        {**x_files(), "data/account.js": 'window.YTD.account.part0 = [{"account": "x"}]'},
        r'"account"',
    ),
    "outbox-items-string": (mastodon_files(outbox={"orderedItems": "x"}), r"orderedItems"),
    "actor-list": (mastodon_files(actor=[1]), r"actor"),
}


@pytest.mark.parametrize("case", WRONG_TYPES)
def test_wrong_types_inside_a_valid_export(case: str, cli, tmp_path: Path, out) -> None:
    files, problem = WRONG_TYPES[case]
    folder = write_tree(tmp_path / "in" / "export", files)
    assert_refused(cli, tmp_path, out, Bad(folder, problem=problem))


def test_a_note_without_a_core_is_ignored_not_a_crash(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "x", _notes({"core": "not an object", "createdAt": 3}))
    assert len(read_source(folder).posts) == GOOD_COUNT


def test_a_malformed_url_in_actor_json_keeps_the_bare_username(tmp_path: Path) -> None:
    actor = {"preferredUsername": "tester", "id": "http://[::1", "name": "T"}
    folder = write_tree(tmp_path / "m", mastodon_files(actor=actor))
    export = read_source(folder)
    assert export.account.handle == "tester" and len(export.posts) == GOOD_COUNT


def test_a_lone_surrogate_is_replaced_and_the_posts_are_written(cli, tmp_path: Path) -> None:
    lines = jsonl_content(sentences(GOOD_COUNT)) + '{"text": "broken \\ud800 surrogate here"}\n'
    source = write_text(tmp_path / "posts.jsonl", lines)
    result = cli("data", source, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    written = (tmp_path / "out" / "posts.jsonl").read_bytes().decode("utf-8")  # valid UTF-8
    assert "broken \ufffd surrogate here" in written


# --------------------------------------------------------------------------------------------
# Plain files: long lines, huge, unreadable, not regular
# --------------------------------------------------------------------------------------------


def test_a_txt_whose_first_line_is_over_csvs_field_limit_is_read(tmp_path: Path) -> None:
    first = "word " * 30_000  # 150,000 characters, over csv's 131,072
    path = write_text(tmp_path / "posts.txt", first + "\n" + txt_content(sentences(GOOD_COUNT)))
    assert len(read_source(path).posts) == GOOD_COUNT + 1


def test_utf16_text_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    # What Windows' Notepad saves as "Unicode": UTF-16 LE with a byte-order mark.
    text = txt_content(sentences(GOOD_COUNT)) + "\nemoji too 🌊 and accents: café\n"
    for encoding in ("utf-16", "utf-16-be", "utf-8-sig"):
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(data)
        posts = read_source(path).posts
        assert len(posts) == GOOD_COUNT + 1 and posts[-1].text.endswith("café"), encoding


def test_a_file_name_with_a_line_break_still_gets_one_line(cli, tmp_path: Path) -> None:
    path = tmp_path / "in" / "my\nposts.txt"
    path.parent.mkdir()
    path.write_bytes(b"\xff\xfe\x00 not text")
    result = cli("data", path)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1, result.output
    assert "my\\nposts.txt" in lines[0] and "Traceback" not in result.output


def test_a_sparse_2_gb_txt_is_refused_without_reading_it(cli, tmp_path: Path, out) -> None:
    path = tmp_path / "in" / "huge.txt"
    path.parent.mkdir()
    with path.open("wb") as f:
        f.truncate(2 << 30)  # sparse: no disk used
    assert_refused(cli, tmp_path, out, Bad(path, problem=r"cap"))


def test_a_fifo_is_refused_not_waited_on(cli, tmp_path: Path, out) -> None:
    path = tmp_path / "in" / "posts.txt"
    path.parent.mkdir()
    os.mkfifo(path)
    assert_refused(cli, tmp_path, out, Bad(path, problem=r"not a regular file"))


def test_an_unreadable_file_is_one_line(cli, tmp_path: Path, out, monkeypatch) -> None:
    path = write_text(tmp_path / "in" / "posts.txt", txt_content(sentences(GOOD_COUNT)))
    real_open = Path.open

    def refuse(self, *args, **kwargs):  # root reads any file: deny it as a normal user's OS would
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert_refused(cli, tmp_path, out, Bad(path, problem=r"permission denied"))


# --------------------------------------------------------------------------------------------
# Bluesky repositories with a malformed tree
# --------------------------------------------------------------------------------------------


def _posts(n: int = 40) -> dict[str, dict]:
    return {f"app.bsky.feed.post/3k{i:04d}": {"$type": "app.bsky.feed.post", "text": t,
            "createdAt": "2024-01-01T00:00:00Z"} for i, t in enumerate(sentences(n))}  # fmt: skip


def _mutated_car(mutate) -> bytes:
    """A valid repository CAR whose first MST node is changed by `mutate(node)`."""
    import libipld

    data = build_car(_posts())
    # Decode every block, mutate the first MST node (a map with an "e" list), encode again.
    header_len, offset = _varint(data)
    header = data[offset : offset + header_len]
    pos, blocks = offset + header_len, []
    while pos < len(data):
        length, used = _varint(data[pos:])
        pos += used
        blocks.append(data[pos : pos + length])
        pos += length
    out, done = [], False
    for block in blocks:
        cid, body = block[:36], block[36:]
        value = libipld.decode_dag_cbor(body)
        if not done and isinstance(value, dict) and "e" in value:
            value, done = mutate(value), True
            body = libipld.encode_dag_cbor(value)  # the CID no longer matches: also hostile
        out.append(_varint_bytes(len(cid) + len(body)) + cid + body)
    return _varint_bytes(len(header)) + header + b"".join(out)


def _varint(data: bytes) -> tuple[int, int]:
    value = 0
    for i, byte in enumerate(data):
        value |= (byte & 0x7F) << (7 * i)
        if not byte & 0x80:
            return value, i + 1
    raise ValueError("no varint")


def _varint_bytes(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


MST_MUTATIONS = {
    "entry-not-a-map": lambda node: {**node, "e": [1, 2, 3]},
    "prefix-past-the-key": lambda node: {**node, "e": [{**e, "p": 999} for e in node["e"]]},
    "prefix-negative": lambda node: {**node, "e": [{**e, "p": -1} for e in node["e"]]},
    "key-not-bytes": lambda node: {**node, "e": [{**e, "k": "text"} for e in node["e"]]},
    "entries-not-a-list": lambda node: {**node, "e": {"a": 1}},
    "left-link-garbage": lambda node: {**node, "l": b"\x00\x01garbage"},
    "left-link-a-string": lambda node: {**node, "l": "bafy"},
    "subtree-link-a-number": lambda node: {**node, "e": [{**e, "t": 5} for e in node["e"]]},
    "value-link-a-list": lambda node: {**node, "e": [{**e, "v": [1]} for e in node["e"]]},
    "no-entries": lambda node: {"l": node.get("l")},
    "one-node-linked-twice": lambda node: {
        **node,
        "e": [{**e, "t": node.get("l")} for e in node["e"]],
    },  # fmt: skip
}


@pytest.mark.parametrize("mutation", MST_MUTATIONS)
def test_a_malformed_repository_tree_is_one_line(mutation: str, tmp_path: Path) -> None:
    pytest.importorskip("libipld")
    path = tmp_path / "alice.bsky.social.car"
    path.write_bytes(_mutated_car(MST_MUTATIONS[mutation]))
    try:
        export = read_source(path)
    except BadSourceError as e:
        assert str(path) in str(e) and "\n" not in str(e)
    else:  # a mutation the reader can live with must still give real posts
        assert export.posts and all(isinstance(p.text, str) for p in export.posts)


# --------------------------------------------------------------------------------------------
# Properties: arbitrary bytes at every reader, arbitrary text at cleaning
# --------------------------------------------------------------------------------------------

SUFFIXES = [".txt", ".jsonl", ".csv", ".car", ".zip", ""]
HYPOTHESIS = settings(max_examples=150, deadline=None,
                      suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


@HYPOTHESIS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_give_posts_or_a_one_line_error(tmp_path: Path, data: bytes, suffix) -> None:
    path = tmp_path / f"source{suffix}"
    path.write_bytes(data)
    _posts_or_one_line(path)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "tweet",
                    "full_text",
                    "text",
                    "noteTweet",
                    "core",
                    "created_at",
                    "id_str",
                    "account",
                    "username",
                ]
            ),
            children,
            max_size=4,
        )
    ),  # fmt: skip
    max_leaves=20,
)


@HYPOTHESIS
@given(entries=st.lists(JSONISH, max_size=5))
def test_any_json_in_an_x_archive_gives_posts_or_a_one_line_error(
    tmp_path: Path, entries: list
) -> None:
    folder = tmp_path / "x"
    folder.mkdir(exist_ok=True)
    ytd = "window.YTD.part0 = " + json.dumps(entries)
    files = {"data/account.js": X_ACCOUNT_JS, "data/tweets.js": ytd, "data/note-tweet.js": ytd}
    write_tree(folder, files)
    _posts_or_one_line(folder)


@HYPOTHESIS
@given(items=st.lists(JSONISH, max_size=5), actor=JSONISH)
def test_any_json_in_a_mastodon_archive_gives_posts_or_a_one_line_error(
    tmp_path: Path, items: list, actor
) -> None:
    folder = tmp_path / "m"
    folder.mkdir(exist_ok=True)
    write_tree(folder, mastodon_files(outbox={"orderedItems": items}, actor=json.dumps(actor)))
    _posts_or_one_line(folder)


@HYPOTHESIS
@given(texts=st.lists(st.text(max_size=60), min_size=1, max_size=5))
def test_any_jsonl_texts_read_back_as_written(tmp_path: Path, texts: list[str]) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    try:
        export = read_source(path)
    except BadSourceError as e:
        assert "\n" not in str(e)
        return
    assert [p.text for p in export.posts] == texts


@settings(max_examples=500, deadline=None)
@given(text=st.text())
def test_cleaning_never_raises_and_is_idempotent(text: str) -> None:
    for tidy in (False, True):
        once = clean_text(text, tidy)
        assert clean_text(once, tidy) == once


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("&amplgt;# @htps:/x\n -(→)")), max_size=40))
def test_cleaning_is_idempotent_on_entity_and_link_soup(text: str) -> None:
    for tidy in (False, True):
        once = clean_text(text, tidy)
        assert clean_text(once, tidy) == once


def _posts_or_one_line(path: Path) -> None:
    try:
        export = read_source(path)
    except BadSourceError as e:
        message = str(e)
        assert "\n" not in message and message.startswith(str(path)), message
    else:
        assert all(isinstance(p.text, str) for p in export.posts)
        for p in export.posts:
            p.text.encode("utf-8")  # always writable


@pytest.mark.parametrize("make", [corrupt_deflate, encrypted_entry, unknown_method])
def test_train_refuses_the_hostile_corpus_in_one_line_before_writing(
    make, cli, tmp_path: Path
) -> None:
    bad = make(tmp_path / "in" / "x.zip")
    result = cli("train", bad, "--out", tmp_path / "bot")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1, result.output
    assert str(bad) in lines[0] and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
