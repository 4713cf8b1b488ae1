"""The normalized records every source returns: one `Account` with its `Post`s."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Post:
    id: str
    text: str  # as the platform stored it, before cleaning
    created_at: datetime | None
    is_repost: bool  # a retweet or a boost: counted as "Retweets" and dropped
    is_reply: bool
    account: str  # handle of the source account
    # What it answers, where the export says: the parent's id (an X id, a Mastodon post's
    # URL, an at:// URI) and the parent's author (a handle, a Mastodon user@host, a DID).
    reply_to: str | None = None
    reply_to_author: str | None = None
    # The parent's text, cleaned, where it is known: one of the account's own posts (a
    # self-thread) or a post the export carries (X's like.js). Filled in by clean.py.
    parent_text: str | None = None


@dataclass(frozen=True)
class Avatar:
    """A profile picture as found in an export."""

    filename: str  # keeps the original extension (.jpg, .png)
    data: bytes


@dataclass
class Account:
    handle: str
    display_name: str
    avatar: Avatar | None = None  # image from the export, if it has one
    avatar_url: str | None = None  # for live sources
    source: str = ""  # what was read: a path or a source spec
    snapshot: str | None = None  # live sources: sha256 of the stored raw snapshot
    # Files sources: the files reading used, by name, kept for the bot's lineage.
    files_read: dict[str, bytes] | None = field(default=None, repr=False)


@dataclass
class Export:
    """What a source yields: one account and all of its posts, reposts included, and the
    texts of other people's posts it carries, by id (parents its replies may answer)."""

    account: Account
    posts: list[Post] = field(default_factory=list)
    other_posts: dict[str, str] = field(default_factory=dict)
