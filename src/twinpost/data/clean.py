"""Cleaning with the established tool's semantics, and the data report.

huggingtweets dropped retweets, fixed three HTML entities, removed links, collapsed
whitespace, and dropped "boring" posts with fewer than 3 words free of `http`, `@` and `#`.
Its counts table (downloaded / retweets / short / kept) is what users know, so the rules
are the same here, defined once in this module.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace

from twinpost.data.posts import Account, Export, Post
from twinpost.errors import TooLittleDataError

# huggingtweets: a post with fewer than 3 "interesting" words is too short to learn from.
SHORT_POST_MIN_WORDS = 3
_BORING_MARKERS = ("http", "@", "#")
# huggingtweets refused to train below 6,000 characters and warned below 40,000: less
# text than that gives a bot that mostly repeats its base model or its few posts.
MIN_KEPT_CHARACTERS = 6_000
WARN_KEPT_CHARACTERS = 40_000

_URL = re.compile(r"https?:\S+")
_ENTITIES = (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"))
# Scripts written without spaces between words: Han, Hiragana, Katakana, Hangul is spaced so
# it is not here, Thai, Lao, Khmer, Myanmar. In them one character stands in for a word.
_UNSPACED_SCRIPT = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f]"
)


def clean_text(text: str) -> str:
    """Fix the three entities, drop links, collapse whitespace (line breaks are kept).

    Idempotent: cleaning a cleaned text changes nothing. Entities are fixed until none is
    left, since "&amp;lt;" (an escaped "&lt;") fixed once is "&lt;", which would be fixed again
    on a second pass."""
    while any(entity in text for entity, _ in _ENTITIES):
        for entity, char in _ENTITIES:
            text = text.replace(entity, char)
    text = _URL.sub("", text)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def word_count(text: str, strict_seed_rules: bool = False) -> int:
    """Words free of `http`, `@` and `#`; in unspaced scripts each character counts."""
    count = 0
    for word in text.split():
        lowered = word.lower()
        if any(marker in lowered for marker in _BORING_MARKERS):
            continue
        unspaced = 0 if strict_seed_rules else len(_UNSPACED_SCRIPT.findall(word))
        count += max(1, unspaced)
    return count


def is_short(cleaned_text: str, strict_seed_rules: bool = False) -> bool:
    return word_count(cleaned_text, strict_seed_rules) < SHORT_POST_MIN_WORDS


@dataclass
class AccountReport:
    """One column of the counts table."""

    handle: str
    display_name: str
    downloaded: int = 0
    retweets: int = 0
    short: int = 0
    kept: int = 0
    kept_characters: int = 0
    replies: int = 0  # kept posts that answer a post
    replies_known: int = 0  # ... whose parent's text is known

    def table_row(self, strict_seed_rules: bool = False) -> dict[str, str | int]:
        """The counts as the table shows them; the seed's rules keep the seed's table (no
        conversation rows)."""
        row = asdict(self)
        del row["kept_characters"]
        if strict_seed_rules:
            del row["replies"], row["replies_known"]
        return row


@dataclass
class CleanAccount:
    account: Account
    report: AccountReport
    posts: list[Post] = field(default_factory=list)  # kept posts, text cleaned


def clean_export(export: Export, strict_seed_rules: bool = False) -> CleanAccount:
    """The posts kept by the established rules, each reply with its parent's text where the
    export holds it: one of the account's own posts (a self-thread, short ones included) or
    a post the export carries (`Export.other_posts`), cleaned the same way."""
    account = export.account
    report = AccountReport(account.handle, account.display_name, downloaded=len(export.posts))
    texts = [None if p.is_repost else clean_text(p.text) for p in export.posts]  # once each
    known = {i: clean_text(text) for i, text in export.other_posts.items()}
    known.update(
        (p.id, t) for p, t in zip(export.posts, texts, strict=True) if t is not None and p.id
    )
    kept = []
    for post, text in zip(export.posts, texts, strict=True):
        if text is None:
            report.retweets += 1
            continue
        if is_short(text, strict_seed_rules):
            report.short += 1
            continue
        parent = (known.get(post.reply_to) or None) if post.reply_to else None
        kept.append(replace(post, text=text, is_repost=False, parent_text=parent))
        report.replies += post.is_reply
        report.replies_known += parent is not None
    report.kept = len(kept)
    report.kept_characters = sum(len(p.text) for p in kept)
    return CleanAccount(account=account, report=report, posts=kept)


def check_enough_text(cleaned: CleanAccount) -> str | None:
    """Raise below the minimum; return a warning below the comfortable amount."""
    chars = cleaned.report.kept_characters
    where = cleaned.account.source or cleaned.account.handle
    if chars < MIN_KEPT_CHARACTERS:
        raise TooLittleDataError(
            f"{where}: too little data: {chars:,} characters kept, "
            f"need at least {MIN_KEPT_CHARACTERS:,}"
        )
    if chars < WARN_KEPT_CHARACTERS:
        return (
            f"{where}: only {chars:,} characters kept; bots learn a voice better from "
            f"{WARN_KEPT_CHARACTERS:,} or more"
        )
    return None
