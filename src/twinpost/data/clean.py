"""Cleaning with the established tool's semantics, and the data report.

huggingtweets dropped retweets, fixed three HTML entities, removed links, collapsed
whitespace, and dropped "boring" posts with fewer than 3 words free of `http`, `@` and `#`.
Its counts table (downloaded / retweets / short / kept) is what users know, so the rules
are the same here, defined once in this module.
"""

from __future__ import annotations

import re
import unicodedata
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


def clean_text(text: str, tidy: bool = False) -> str:
    """Fix the three entities, drop links, collapse whitespace (line breaks are kept).

    With `tidy`, what a removed link leaves behind goes too (`without_links`); without it the
    text is the established tool's, which the counts and `--strict-seed-rules` keep.

    Idempotent: cleaning a cleaned text changes nothing. Entities are fixed until none is
    left, since "&amp;lt;" (an escaped "&lt;") fixed once is "&lt;", which would be fixed again
    on a second pass."""
    while any(entity in text for entity, _ in _ENTITIES):
        for entity, char in _ENTITIES:
            text = text.replace(entity, char)
    text = without_links(text) if tidy else _URL.sub("", text)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


# A link in brackets: the brackets go with it.
_BRACKETED_URL = re.compile(r"[(\[（【]\s*(https?:[^\s)\]）】]+)\s*[)\]）】]")
# A colon ending the word before a link that ended its line ("Slides: https://…").
_ATTACHED_COLON = re.compile(r"(?<=\w)[:：︰﹕]\s*$")
# Characters that point at what follows: arrows (the Unicode arrow blocks and the dingbat
# arrows), pointing hands, play signs and the link sign.
_POINTERS = re.compile(
    "[\u2190-\u21ff\u2794-\u27bf\u27f0-\u27ff\u2900-\u297f\u2b00-\u2bff"
    "\u261b\u261e\u25b6\u25b8\u25ba\U0001f446-\U0001f449\U0001f517\U0001f53d]"
)


def _is_separator(token: str) -> bool:
    """A token that only leads to what follows it: dashes, bars, colons, ellipses, arrows,
    math signs like "=>", pointing hands, in any script (by Unicode category). Brackets are
    not, so emoticons like ":)" stay; emoji selectors, joiners and skin tones do not count."""
    core = [c for c in token if unicodedata.category(c) not in ("Mn", "Cf", "Sk")]
    return bool(core) and all(
        unicodedata.category(c) in ("Pd", "Po", "Pi", "Pf", "Sm") or _POINTERS.match(c)
        for c in core
    )


def without_links(text: str) -> str:
    """The text with its links removed, and what they leave behind: 32% of one shared
    account's kept posts ended in " -" once the link after it was gone, and its bot learned to
    end posts so. Drops the separators right before each link ("Title - https://…", "more →
    https://…", "👇 https://…", also on the line before a link alone on its line), brackets
    around a link, and a colon ending the word before a link that ended its line. Written by
    hand: no library knows what a link leaves."""
    text = _BRACKETED_URL.sub(r" \1 ", text)
    lines: list[str] = []
    for line in text.splitlines(keepends=True):
        parts = _URL.split(line)
        kept = parts[0]
        for i, piece in enumerate(parts[1:], start=1):
            ends_line = not "".join(parts[i:]).strip()
            kept = _without_remnant(kept, colon=ends_line)
            if not kept.strip():  # the link began its line: separators after it go
                while (words := piece.split(None, 1)) and _is_separator(words[0]):
                    piece = " " + words[1] if len(words) == 2 else ""
            kept += piece if kept and piece[:1].isspace() or not kept else " " + piece
        if len(parts) > 1 and not kept.strip():  # links alone on their line: "aquí 👇\n\nURL"
            before = next((j for j in range(len(lines) - 1, -1, -1) if lines[j].strip()), None)
            if before is not None:
                content = lines[before].rstrip("\r\n")
                ending = lines[before][len(content) :]
                lines[before] = _without_remnant(content, colon=True) + ending
        lines.append(kept)
    return "".join(lines)


def _without_remnant(text: str, colon: bool) -> str:
    """`text` without the separators ending it, and with `colon`, a colon ending its word."""
    while (words := text.rstrip().rsplit(None, 1)) and _is_separator(words[-1]):
        text = words[0] if len(words) == 2 else ""
    return _ATTACHED_COLON.sub("", text.rstrip()) if colon else text


def ends_in_separator(text: str) -> bool:
    """Whether a post ends as if something should follow ("… Operator -", "Slides:")."""
    words = text.split()
    if not words or _ATTACHED_COLON.search(text):
        return bool(words)
    return _is_separator(words[-1]) and not set(words[-1]) <= _ENDINGS


# Punctuation that ends a sentence or a quote; a post may end in it alone ("rewrite ?").
_ENDINGS = set("?!.…\"”'’»。！？")


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
    # The rules judge the established text, so the counts stay the seed's; what trains is
    # tidied of what removed links left behind, except under the seed's rules.
    tidy = (lambda raw, seed: seed) if strict_seed_rules else _tidied
    known = {i: tidy(text, clean_text(text)) for i, text in export.other_posts.items()}
    known.update(
        (p.id, tidy(p.text, t))
        for p, t in zip(export.posts, texts, strict=True)
        if t is not None and p.id
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
        text = known[post.id] if post.id in known else tidy(post.text, text)
        kept.append(replace(post, text=text, is_repost=False, parent_text=parent))
        report.replies += post.is_reply
        report.replies_known += parent is not None
    if scrub_level != "off":
        kept = _scrubbed(kept, report, scrub_level, account.handle)
    report.kept = len(kept)
    report.kept_characters = sum(len(p.text) for p in kept)
    return CleanAccount(account=account, report=report, posts=kept)


def _tidied(raw: str, seed: str) -> str:
    """The text tidied of link remnants; the seed's where the tidied text would be short, so
    a kept post read back from `posts.jsonl` is kept again."""
    tidied = clean_text(raw, tidy=True)
    return seed if is_short(tidied) and not is_short(seed) else tidied


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
