"""Personal data in posts: found, replaced before training, and kept out of what a bot writes.

A bot learns whatever its posts hold, and people's posts hold other people's data: an email
address or a phone number given to a friend, a card or bank account number. One detector
finds them, for cleaning (`scrub`, on by default) and for every written post
(`holds_personal_data`, the output guard of generation/write.py).

- Phone numbers: Google's libphonenumber (`phonenumbers`), a number valid for its region,
  read in the regions of `PHONE_REGIONS` (a number written with + and its country code is
  found in any).
- Card numbers: 13-19 digits that pass the Luhn check (`stdnum.luhn`) and start as a card
  network's numbers do; IBANs: the country's length and the mod-97 check (`stdnum.iban`).
- Email addresses: a pattern, written here because no maintained library finds addresses in
  free text (email-validator checks one given address; Presidio's recognizer is a pattern
  too). A fediverse handle (`@user@server.social`) is not an address: its local part follows
  an `@`.
- With `handles`, other people's @handles (and fediverse handles) are replaced as well; the
  account's own handles stay.

A found item is replaced by a placeholder of its kind ("[email]"), measured against dropping
the post in BENCHMARKS.md ("Personal data"). Street addresses and names are not found here:
no library finds them in short posts without also flagging place and product names.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# What `scrub` and the output guard look for, in the order overlapping finds are settled.
KINDS = ("iban", "card", "email", "phone")
PLACEHOLDERS = {
    "email": "[email]",
    "phone": "[phone]",
    "card": "[card number]",
    "iban": "[IBAN]",
    "handle": "@[handle]",
}
# --scrub: what cleaning replaces. "personal" is the default.
SCRUB_LEVELS = ("personal", "handles", "off")

# National numbers (written without +) are read as numbers of these regions: the countries
# whose people post most on Mastodon, Bluesky and X, and those of the languages the readers
# meet. A number that is valid in none of them and has no + is missed (BENCHMARKS.md).
PHONE_REGIONS = (
    "US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PT", "MX", "AR", "IN", "JP", "RU",
    "AE", "SA", "EG", "AU", "CA", "CH", "AT", "BE", "SE", "PL", "TR", "KR", "CN", "ID",
)  # fmt: skip

# Links hold long ids (status ids, tracking numbers) that are no one's data.
_LINK = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_EMAIL = re.compile(
    r"(?<![\w.+@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w@-])", re.UNICODE
)
# An @handle that is not the domain of an address: @alice, or @alice@server.social.
_HANDLE = re.compile(r"(?<![\w@.+-])@(\w{1,64})(?:@[\w-]+(?:\.[\w-]+)+)?", re.UNICODE)
# Candidates only; each is checked by its library before it counts.
# (Letters of unspaced scripts may touch a number: "番号3530111333300000で".)
_CARD = re.compile(r"(?<![\d.,/:-])\d(?:[ -]?\d){12,18}(?![\d.,]\d|-\d|[A-Za-z0-9_])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
_DIGITS_FOR_A_PHONE = 7
# Card networks' first digits (ISO/IEC 7812 issuer ranges: Visa 4, Mastercard 51-55 and
# 2221-2720, Amex 34/37, Discover 6011/644-649/65, JCB 3528-3589, Diners 36/38/300-305,
# UnionPay 62, Maestro 50/56-69): a Luhn-valid number without one is an id, not a card (one
# in ten random numbers passes Luhn).
_CARD_START = re.compile(r"^(?:4|5[0-9]|2[2-7]|3[4-8]|30[0-5]|6)")


@dataclass(frozen=True)
class Found:
    kind: str
    start: int
    end: int


def find(text: str) -> list[Found]:
    """The personal data in `text`, as non-overlapping spans in order."""
    masked = _LINK.sub(lambda m: " " * len(m.group()), text)
    candidates = [*_ibans(masked), *_cards(masked), *_emails(masked), *_phones(masked)]
    kept: list[Found] = []
    for found in sorted(candidates, key=lambda f: (KINDS.index(f.kind), f.start)):
        if all(found.end <= k.start or found.start >= k.end for k in kept):
            kept.append(found)
    return sorted(kept, key=lambda f: f.start)


def holds_personal_data(text: str) -> bool:
    """Whether a written post holds an email address, a phone, card or IBAN number."""
    return bool(find(text))


def scrub(
    text: str, level: str = "personal", own_handles: Iterable[str] = ()
) -> tuple[str, Counter]:
    """`text` with each found item replaced by its kind's placeholder, and the count of each
    kind replaced. `level` "handles" also replaces @handles other than `own_handles`."""
    if level == "off":
        return text, Counter()
    spans = find(text)
    if level == "handles":
        own = {h.lstrip("@").lower() for h in own_handles}
        taken = [(f.start, f.end) for f in spans]
        for match in _HANDLE.finditer(text):
            if match.group(1).lower() in own:
                continue
            if any(match.start() < end and match.end() > start for start, end in taken):
                continue
            spans.append(Found("handle", match.start(), match.end()))
        spans.sort(key=lambda f: f.start)
    counts: Counter = Counter()
    pieces, last = [], 0
    for found in spans:
        pieces += [text[last : found.start], PLACEHOLDERS[found.kind]]
        last = found.end
        counts[found.kind] += 1
    return "".join([*pieces, text[last:]]), counts


def check_level(level: str) -> str:
    from twinpost.errors import TwinpostError

    if level not in SCRUB_LEVELS:
        raise TwinpostError(f"--scrub {level!r}: use one of {', '.join(SCRUB_LEVELS)}")
    return level


def _emails(text: str) -> Iterable[Found]:
    for match in _EMAIL.finditer(text):
        yield Found("email", match.start(), match.end())


def _cards(text: str) -> Iterable[Found]:
    from stdnum import luhn

    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and _CARD_START.match(digits) and luhn.is_valid(digits):
            yield Found("card", match.start(), match.end())


def _ibans(text: str) -> Iterable[Found]:
    from stdnum import iban

    for match in _IBAN.finditer(text):
        candidate = match.group()
        # The pattern may run on into a following capitalised word; shorten it a character
        # at a time until the country's length and checksum fit, or nothing is left.
        for end in range(len(candidate), 14, -1):
            if candidate[end - 1] != " " and iban.is_valid(candidate[:end]):
                yield Found("iban", match.start(), match.start() + end)
                break


def _phones(text: str) -> Iterable[Found]:
    if sum(c.isdigit() for c in text) < _DIGITS_FOR_A_PHONE:
        return
    seen: set[tuple[int, int]] = set()
    for region in PHONE_REGIONS:
        for match in _matcher()(text, region):
            span = (match.start, match.end)
            if span not in seen and _phone_shaped(text, *span):
                seen.add(span)
                yield Found("phone", *span)


# What libphonenumber accepts but a post means otherwise: an IPv4 address, a decimal or a
# coordinate (one dot between digits), a date (12.03.2026), and numbers inside a longer token
# (order numbers "#A-2024-369479", versions "1.2.3.4", times "14:30", a handle "@1234567890").
_NOT_A_PHONE = re.compile(
    r"\d{1,3}(?:\.\d{1,3}){3}|\d+\.\d+|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}(?: \d{4}){3}"
)
_E164_MAX_DIGITS = 15


def _phone_shaped(text: str, start: int, end: int) -> bool:
    raw = text[start:end]
    digits = sum(c.isdigit() for c in raw)
    if digits > _E164_MAX_DIGITS or _NOT_A_PHONE.fullmatch(raw):
        return False
    # A bare run of digits is a count or an id ("collected 160353104 pixel events") unless it
    # is written as a number is dialled: from its trunk 0, or ten digits and more.
    if raw.isdigit() and not raw.startswith("0") and digits < 10:
        return False
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    # Scripts without spaces (Japanese, Chinese) put letters right before a number.
    if before.isdigit() or (before.isascii() and before.isalpha()) or before in "#-./:_°@":
        return False
    return not re.match(r"[.:,]\d|°|\w", after)


@functools.cache
def _matcher():
    import phonenumbers

    def matches(text: str, region: str):
        return phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)

    return matches
