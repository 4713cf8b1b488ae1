"""The X (Twitter) archive: the export folder, or its zip, from "Download an archive of your data".

Posts are in `data/tweets.js` (older exports: `data/tweet.js`; large ones are split into
`tweets-part1.js`, ...), each a JavaScript assignment `window.YTD.tweets.part0 = [...]`.
Posts longer than 280 characters are truncated there; `data/note-tweet.js` has their full text.
A reply names the post it answers (`in_reply_to_status_id_str`) and its author
(`in_reply_to_screen_name`); `data/like.js` carries the full text of every liked post, which
is often the post a reply answers.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any

from twinpost.data.posts import Account, Avatar, Export, Post
from twinpost.data.sources import register_archive
from twinpost.data.sources._json import expect, parse_iso_time, parse_json
from twinpost.data.sources.archive_files import ExportFiles
from twinpost.errors import BadSourceError

_TWEET_FILE = re.compile(r"(^|/)data/tweets?(-part\d+)?\.js$")
_LIKE_FILE = re.compile(r"(^|/)data/like(-part\d+)?\.js$")
_YTD_PREFIX = re.compile(r"^\s*window\.YTD\.[\w.]+\s*=\s*")
_CREATED_AT = "%a %b %d %H:%M:%S %z %Y"  # "Fri Oct 13 14:58:50 +0000 2023"
# A truncated post ends with "…" and then usually a t.co link to the full post.
_TRUNCATED_TAIL = re.compile(r"…(\s+https?://\S+)?\s*$")
_LEADING_MENTIONS = re.compile(r"(@\w+\s+)*")


def tweet_files(files: ExportFiles) -> list[str]:
    return [n for n in files.names() if _TWEET_FILE.search(n)]


def _is_x_archive(files: ExportFiles) -> bool:
    return bool(tweet_files(files))


@register_archive("X archive", _is_x_archive)
def read_x_archive(files: ExportFiles) -> Export:
    account = _read_account(files)
    notes = _read_note_texts(files)
    posts = []
    for name in tweet_files(files):
        for entry in read_ytd(files, name):
            tweet = expect(entry, dict, files.describe(name), "each entry")
            tweet = expect(tweet.get("tweet", tweet), dict, files.describe(name), '"tweet"')
            posts.append(_post_from_tweet(tweet, account.handle, notes, files.describe(name)))
    if not posts:
        raise BadSourceError(f"{files.describe()}: the archive has no posts")
    return Export(account=account, posts=posts, other_posts=_read_liked_texts(files))


def _read_liked_texts(files: ExportFiles) -> dict[str, str]:
    """The liked posts' texts by id (`data/like.js`: `{"like": {"tweetId", "fullText"}}`)."""
    liked: dict[str, str] = {}
    for name in [n for n in files.names() if _LIKE_FILE.search(n)]:
        where = files.describe(name)
        for entry in read_ytd(files, name):
            like = expect(expect(entry, dict, where, "each entry").get("like", {}), dict,
                          where, '"like"')  # fmt: skip
            tweet_id, text = like.get("tweetId"), like.get("fullText")
            if isinstance(tweet_id, str | int) and isinstance(text, str) and text:
                liked[str(tweet_id)] = text
    return liked


def read_ytd(files: ExportFiles, name: str) -> list[Any]:
    """The array in a `window.YTD.<kind>.partN = [...]` file."""
    where = files.describe(name)
    text = _YTD_PREFIX.sub("", files.read_text(name), count=1)
    return expect(parse_json(text, where), list, where, "the file's content")


def _first_record(files: ExportFiles, suffix: str, key: str) -> dict[str, Any]:
    name = files.find(suffix)
    if name is None:
        return {}
    records = read_ytd(files, name)
    if not records:
        return {}
    record = expect(records[0], dict, files.describe(name), "the first entry")
    return expect(record.get(key, {}), dict, files.describe(name), f'"{key}"')


def _read_account(files: ExportFiles) -> Account:
    account = _first_record(files, "data/account.js", "account")
    profile = _first_record(files, "data/profile.js", "profile")
    handle = str(account.get("username") or files.origin.stem)
    return Account(
        handle=handle,
        display_name=str(account.get("accountDisplayName") or handle),
        avatar=_find_avatar(files, str(profile.get("avatarMediaUrl") or "")),
        source=str(files.origin),
    )


def _find_avatar(files: ExportFiles, avatar_url: str) -> Avatar | None:
    """The profile picture: `data/profile_media/<id>-<basename of avatarMediaUrl>`."""
    basename = PurePosixPath(avatar_url).name
    if not basename:
        return None
    for name in files.names():
        parent, _, filename = name.rpartition("/")
        if parent.endswith("data/profile_media") and (
            filename == basename or filename.endswith("-" + basename)
        ):
            return Avatar(filename=filename, data=files.read_bytes(name))
    return None


def _read_note_texts(files: ExportFiles) -> dict[datetime | None, list[str]]:
    """Full texts of long posts, keyed by creation time (notes carry no tweet id)."""
    name = files.find("data/note-tweet.js")
    notes: dict[datetime | None, list[str]] = {}
    if name is None:
        return notes
    where = files.describe(name)
    for entry in read_ytd(files, name):
        note = expect(expect(entry, dict, where, "each entry").get("noteTweet", {}), dict,
                      where, '"noteTweet"')  # fmt: skip
        core = note.get("core")
        text = core.get("text") if isinstance(core, dict) else None
        if isinstance(text, str):
            notes.setdefault(parse_iso_time(note.get("createdAt")), []).append(text)
    return notes


def _post_from_tweet(
    tweet: dict[str, Any], handle: str, notes: dict[datetime | None, list[str]], where: str
) -> Post:
    text = tweet.get("full_text", tweet.get("text"))
    if not isinstance(text, str):
        raise BadSourceError(f"{where}: a post has no text (id {tweet.get('id_str', '?')})")
    created_at = _parse_twitter_time(tweet.get("created_at"))
    parent = tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id")
    author = tweet.get("in_reply_to_screen_name")
    return Post(
        id=str(tweet.get("id_str") or tweet.get("id") or ""),
        text=_full_text(text, notes.get(created_at, [])),
        created_at=created_at,
        is_repost=text.startswith("RT @") or "retweeted_status" in tweet,
        is_reply=bool(parent),
        account=handle,
        reply_to=str(parent) if parent else None,
        reply_to_author=str(author) if parent and isinstance(author, str) and author else None,
    )


def _full_text(text: str, candidates: list[str]) -> str:
    match = _TRUNCATED_TAIL.search(text)
    if not match:
        return text
    # tweets.js escapes & < > as entities and starts replies with the @mentions it answers;
    # note-tweet.js has neither.
    head = html.unescape(text[: match.start()])
    mentions = _LEADING_MENTIONS.match(head).group()
    for note in candidates:
        if html.unescape(note).startswith(head[len(mentions) :]):
            return mentions + note
    return text


def _parse_twitter_time(value: Any) -> datetime | None:
    try:
        return datetime.strptime(str(value), _CREATED_AT)
    except ValueError:
        return None
