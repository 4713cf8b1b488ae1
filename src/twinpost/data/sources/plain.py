"""Plain files of posts: `.txt` (one post per line), `.jsonl` (`{"text": ...}` per line), `.csv`
(a `text` column). They carry no reposts; the account is named after the file.

A JSON line may also say what the post answers, with the keys `twinpost data` writes in
posts.jsonl: `reply_to` (the parent's id), `reply_to_author` and `parent_text`. So cleaned
posts read again keep their conversations."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

from twinpost.data.posts import Account, Export, Post
from twinpost.data.sources import register_file
from twinpost.data.sources._json import parse_json
from twinpost.data.sources.archive_files import iter_lines
from twinpost.errors import BadSourceError

_TEXT_SUFFIXES = {".txt", ".text", ""}


def _first_line(text: str) -> str:
    return next((line for _, line in iter_lines(text)), "")


def _looks_like_jsonl(path: Path, text: str) -> bool:
    if path.suffix.lower() in {".jsonl", ".ndjson"}:
        return True
    try:
        first = json.loads(_first_line(text))
        return isinstance(first, dict) and "text" in first
    except (json.JSONDecodeError, RecursionError):
        return False


def _looks_like_csv(path: Path, text: str) -> bool:
    if path.suffix.lower() == ".csv":
        return True
    try:
        header = next(csv.reader([_first_line(text)]), [])
    except csv.Error:  # a first line over csv's field limit (131,072 characters) is no header
        return False
    return len(header) > 1 and "text" in header


def _looks_like_txt(path: Path, text: str) -> bool:
    return path.suffix.lower() in _TEXT_SUFFIXES


def _export(path: Path, texts: list[str]) -> Export:
    if not texts:
        raise BadSourceError(f"{path}: the file has no posts")
    account = Account(handle=path.stem, display_name=path.stem, source=str(path))
    posts = [
        Post(id=str(i), text=t, created_at=None, is_repost=False, is_reply=False, account=path.stem)
        for i, t in enumerate(texts, start=1)
    ]
    return Export(account=account, posts=posts)


@register_file("JSON lines (.jsonl)", _looks_like_jsonl)
def read_jsonl(path: Path, text: str) -> Export:
    texts, replies, parents = [], {}, {}
    for number, line in iter_lines(text):
        where = f"{path}: line {number}"
        record = parse_json(line, where)
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise BadSourceError(f'{path}: line {number} has no "text" string')
        texts.append(record["text"])
        fields = {k: record.get(k) for k in ("reply_to", "reply_to_author", "parent_text")}
        for key, value in fields.items():
            if value is not None and not isinstance(value, str):
                raise BadSourceError(f'{where}: "{key}" must be a string')
        if fields["reply_to"] or fields["parent_text"]:
            # A parent given by its text alone gets an id of its own, for this file only.
            parent = fields["reply_to"] or f"{path.name}:{number}:parent"
            replies[len(texts)] = (parent, fields["reply_to_author"] or None)
            if fields["parent_text"]:
                parents[parent] = fields["parent_text"]
    export = _export(path, texts)
    export.posts = [replace(p, is_reply=True, reply_to=replies[i][0],
                            reply_to_author=replies[i][1]) if i in replies else p
                    for i, p in enumerate(export.posts, start=1)]  # fmt: skip
    export.other_posts = parents
    return export


@register_file("CSV with a text column (.csv)", _looks_like_csv)
def read_csv(path: Path, text: str) -> Export:
    try:
        reader = csv.DictReader(io.StringIO(text))
        if "text" not in (reader.fieldnames or []):
            raise BadSourceError(f'{path}: no "text" column (columns: {reader.fieldnames})')
        texts = [row["text"] for row in reader if row.get("text")]
    except csv.Error as e:
        raise BadSourceError(f"{path}: invalid CSV ({e})") from None
    return _export(path, texts)


@register_file("text, one post per line (.txt)", _looks_like_txt)
def read_txt(path: Path, text: str) -> Export:
    return _export(path, [line.strip() for _, line in iter_lines(text)])
