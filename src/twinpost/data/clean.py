"""Cleaning with the established tool's semantics, and the data report.

huggingtweets dropped retweets, fixed three HTML entities, removed links, collapsed
whitespace, and dropped "boring" posts with fewer than 3 words free of `http`, `@` and `#`.
Its counts table (downloaded / retweets / short / kept) is what users know, so the rules
are the same here, defined once in this module.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field, replace

from twinpost.data.personal import scrub
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
    # Kept posts with personal data replaced (data/personal.py), and the items by kind; None
    # when scrubbing is off.
    scrubbed: int | None = 0
    scrubbed_items: dict[str, int] = field(default_factory=dict)

    def table_row(self, strict_seed_rules: bool = False) -> dict[str, str | int]:
        """The counts as the table shows them; the seed's rules keep the seed's table (no
        conversation or scrubbing rows: the card still says what was scrubbed)."""
        row = asdict(self)
        del row["kept_characters"], row["scrubbed_items"]
        if strict_seed_rules:
            del row["replies"], row["replies_known"], row["scrubbed"]
        return row


@dataclass
class CleanAccount:
    account: Account
    report: AccountReport
    posts: list[Post] = field(default_factory=list)  # kept posts, text cleaned


def clean_export(
    export: Export, strict_seed_rules: bool = False, scrub_level: str = "personal"
) -> CleanAccount:
    """The posts kept by the established rules, each reply with its parent's text where the
    export holds it: one of the account's own posts (a self-thread, short ones included) or
    a post the export carries (`Export.other_posts`), cleaned the same way.

    Then each kept post and each parent has its personal data replaced (`scrub_level`,
    data/personal.py), after the rules, so the established counts are unchanged."""
    account = export.account
    report = AccountReport(account.handle, account.display_name, downloaded=len(export.posts))
    if scrub_level == "off":
        report.scrubbed = None
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
    if scrub_level != "off":
        kept = _scrubbed(kept, report, scrub_level, account.handle)
    report.kept = len(kept)
    report.kept_characters = sum(len(p.text) for p in kept)
    return CleanAccount(account=account, report=report, posts=kept)


def _scrubbed(posts: list[Post], report: AccountReport, level: str, handle: str) -> list[Post]:
    items: Counter = Counter()
    out = []
    for post in posts:
        text, found = scrub(post.text, level, [handle])
        parent, in_parent = (
            scrub(post.parent_text, level, [handle]) if post.parent_text else (None, Counter())
        )
        author = post.reply_to_author
        if level == "handles" and author and author.lstrip("@").lower() != handle.lower():
            author = None  # another person's handle, named in the reply's context
        report.scrubbed += bool(found)
        items += found + in_parent
        out.append(replace(post, text=text, parent_text=parent, reply_to_author=author))
    report.scrubbed_items = dict(sorted(items.items()))
    return out


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
