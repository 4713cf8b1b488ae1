"""Posting to Bluesky, with the `atproto` SDK: an account self-labelled `bot`, posts sent once.

An account may post only while its profile carries the `bot` self-label and says that its
posts are written by a language model: `connect` checks both and offers to add them (a
`putRecord` of the profile, swapped against the record it read); every posting run checks
them again.

One session is reused: Bluesky limits logins (about 30 per 5 minutes, 300 a day), so the
session `connect` made is kept with the app password (`accounts.store_secret`) and refreshed
by the SDK; a run logs in again only when it has expired past refreshing.

A post's record key is chosen before its first try, from its draft's key (`record_key`), and
looked up before each try: a retry, a kill or a restart finds the post it made instead of
making a second one.

Mentions (`mentions`, for `watch`) are read from the account's notifications. Bluesky has no
`since_id`: a notification's `indexedAt` time is its id, and those not after the last one read
are skipped. A reply draft carries what its reply record needs in its `reply_to_id`, as compact
JSON (`reply_refs`): the post it answers (`parent`), its thread's first post (`root`) and the
author to name, {"root":{"uri","cid"},"parent":{"uri","cid"},"author":{"did","handle"}}.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime

from twinpost.data.sources.http import rate_limit_wait
from twinpost.errors import TwinpostError
from twinpost.posting.accounts import Account, load_secret, scrub_secret, store_secret
from twinpost.posting.mastodon import _DISCLOSED, DISCLOSURE, PostingError
from twinpost.posting.retries import Failure, Retrying

sleep = time.sleep  # replaced in tests
DEFAULT_PDS = "https://bsky.social"
PROFILE = "app.bsky.actor.profile"
POST = "app.bsky.feed.post"
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
# A post is at most 300 graphemes; characters are a close, safe count for the check.
MAX_POST_CHARS = 300
# Which notifications `watch` answers: a post that tags the account ("mention"), and one that
# answers one of its own posts ("reply", kept only where the parent is the bot's). Bluesky asks
# bots to interact only with people who addressed them first; both of these did, and on
# Mastodon an answer to the bot arrives as a mention too. A reply further down a thread the
# bot started, between other people, also notifies it as "reply": that one is not answered.
MENTION_REASONS = ("mention", "reply")
MENTIONS_PER_PAGE = 50  # listNotifications takes 1 to 100; 50 is its own default
# At most 200 new mentions a check (every 2 minutes): past that it is a flood, and the older
# ones are skipped, as Mastodon's `since_id` page of 40 skips them.
MAX_MENTION_PAGES = 4


def record_key(draft_key: str, created: str) -> str:
    """A TID (the record key Bluesky posts use) fixed by the draft: its creation time in
    microseconds, made distinct by the draft key's hash, and a clock id from the same hash."""
    when = datetime.fromisoformat(created)
    digest = int.from_bytes(hashlib.sha256(draft_key.encode()).digest()[:4], "big")
    micros = int(when.timestamp()) * 1_000_000 + digest % 1_000_000
    value = (micros << 10) | (digest >> 22 & 0x3FF)
    return "".join(_TID_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(13)))


def session_key(account_id: str) -> str:
    return f"{account_id}#session"


class BlueskyPoster(Retrying):
    def __init__(self, handle: str, password: str, pds: str = DEFAULT_PDS) -> None:
        from atproto import Client

        self.handle, self.pds, self._password = handle.lstrip("@"), pds.rstrip("/"), password
        self.client = Client(base_url=f"{self.pds}/xrpc")
        self.did: str | None = None
        self._account_id = f"bluesky:{self.handle}"

    def login(self) -> None:
        """Reuse the kept session where it still refreshes; log in with the password where
        none is kept or it has expired."""
        from atproto_client.exceptions import AtProtocolError

        kept = load_secret(session_key(self._account_id))
        self.client.on_session_change(self._keep_session)
        if kept:
            try:
                self.client.login(session_string=kept, fetch_bsky_profile=False)
                self.did = self.client.me.did if self.client.me else self._session_did()
                self._call("check the session", self._describe_repo)
                return
            except (AtProtocolError, PostingError, ValueError):
                pass  # expired past refreshing: log in again, once
        self._call(
            "log in",
            lambda: self.client.login(self.handle, self._password, fetch_bsky_profile=False),
        )
        self.did = self._session_did()
        self._keep_session(None, None)

    def _session_did(self) -> str:
        return self.client._session.did  # the SDK's session: where login put the account's DID

    def _keep_session(self, event, session) -> None:
        store_secret(session_key(self._account_id), self.client.export_session_string())

    def _describe_repo(self):
        return self.client.com.atproto.repo.describe_repo({"repo": self.did})

    def connect(self, confirm: Callable[[str], bool]) -> Account:
        self.login()
        record, cid = self._profile()
        labels = _self_labels(record)
        changed = False
        if "bot" not in labels:
            if not confirm(f"@{self.handle} does not carry the bot self-label. Add it?"):
                raise PostingError(
                    f"@{self.handle}: not labelled as a bot; twinpost posts only from accounts "
                    "that carry the bot self-label"
                )
            values = [*({"val": v} for v in labels), {"val": "bot"}]
            record["labels"] = {"$type": "com.atproto.label.defs#selfLabels", "values": values}
            changed = True
        description = record.get("description") or ""
        if not _DISCLOSED.search(description):
            question = (
                f"@{self.handle}'s profile does not say its posts are written by a language "
                f'model. Add "{DISCLOSURE}" to it?'
            )
            if not confirm(question):
                raise PostingError(
                    f"@{self.handle}: its profile must say that its posts are written by a "
                    "language model; add that to its description"
                )
            record["description"] = f"{description}\n\n{DISCLOSURE}".strip()
            changed = True
        if changed:
            record.setdefault("$type", PROFILE)
            self._call("update the profile", lambda: self.client.com.atproto.repo.put_record(
                {"repo": self.did, "collection": PROFILE, "rkey": "self", "record": record,
                 "swapRecord": cid}))  # fmt: skip
        url = f"https://bsky.app/profile/{self.handle}"
        return Account(self._account_id, "bluesky", self.pds, self.handle, url)

    def check(self, account: Account) -> None:
        self.login()
        record, _ = self._profile()
        if "bot" not in _self_labels(record):
            raise PostingError(f"{account.id}: no longer labelled as a bot; run twinpost "
                               f"connect bluesky {self.handle} again")  # fmt: skip
        if not _DISCLOSED.search(record.get("description") or ""):
            raise PostingError(f"{account.id}: its profile no longer says its posts are "
                               "written by a language model")  # fmt: skip

    def mentions(self, since: str | None) -> list[dict]:
        """The posts that tag the account or answer one of its posts, notified after `since`
        (an `indexedAt` time), oldest first: {"id" (the notification's `indexedAt`),
        "status_id" (`reply_refs`), "url", "author" (a handle), "text"}."""
        if self.did is None:
            self.login()
        out, seen = [], set()
        for note in self._notifications_since(since):
            if note.uri in seen or note.author.did == self.did or not self._addressed(note):
                continue
            seen.add(note.uri)
            handle, text = note.author.handle, getattr(note.record, "text", "") or ""
            out.append({"id": note.indexed_at, "status_id": reply_refs(note),
                        "url": f"https://bsky.app/profile/{handle}/post/{_rkey(note.uri)}",
                        "author": handle, "text": text})  # fmt: skip
        return sorted(out, key=lambda m: _instant(m["id"]))

    def _notifications_since(self, since: str | None) -> list:
        """Pages of notifications, newest first, until one reaches `since` (the first read:
        one page)."""
        found, cursor = [], None
        for _ in range(MAX_MENTION_PAGES):
            page = self._call("read the mentions", self._notifications_page(cursor))
            notes = page.notifications or []
            newer = [n for n in notes if since is None or _instant(n.indexed_at) > _instant(since)]
            found += newer
            cursor = page.cursor
            if since is None or len(newer) < len(notes) or not cursor:
                break
        return found

    def _notifications_page(self, cursor: str | None) -> Callable:
        params = {"reasons": list(MENTION_REASONS), "limit": MENTIONS_PER_PAGE, "cursor": cursor}
        return lambda: self.client.app.bsky.notification.list_notifications(params)

    def _addressed(self, note) -> bool:
        """Tagged, or answered directly (see MENTION_REASONS)."""
        if note.reason == "mention":
            return True
        reply = getattr(note.record, "reply", None)
        parent = reply.parent.uri if reply else ""
        return note.reason == "reply" and parent.startswith(f"at://{self.did}/")

    def post(
        self,
        text: str,
        key: str,
        visibility: str = "unlisted",
        created: str = "",
        reply_to_id: str | None = None,
    ) -> str:
        """Post `text` once: under the record key fixed by `key`, found again if it exists; as
        a reply to the post `reply_to_id` names (`reply_refs`) if given."""
        refs = _read_reply_refs(reply_to_id) if reply_to_id else None
        if len(text) > MAX_POST_CHARS:
            raise PostingError(f"a Bluesky post holds {MAX_POST_CHARS} characters; this draft "
                               f"has {len(text)} (edit it: twinpost edit ID)")  # fmt: skip
        rkey = record_key(key, created or datetime.now(UTC).isoformat())
        if self.did is None:
            self.login()

        def send():
            found = self._existing(rkey)
            if found is not None:
                return found
            now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
            record = {"$type": POST, "text": text, "createdAt": now}
            if refs is not None:
                record["reply"] = {"root": refs["root"], "parent": refs["parent"]}
                record.update(_mention_facets(text, refs.get("author")))
            return self.client.com.atproto.repo.create_record(
                {"repo": self.did, "collection": POST, "rkey": rkey, "record": record}
            ).uri

        uri = self._call("post", send)
        return f"https://bsky.app/profile/{self.handle}/post/{_rkey(uri)}"

    def _existing(self, rkey: str) -> str | None:
        from atproto_client.exceptions import BadRequestError

        try:
            return self.client.com.atproto.repo.get_record(
                {"repo": self.did, "collection": POST, "rkey": rkey}
            ).uri
        except BadRequestError as e:
            if _error_name(e).startswith("RecordNotFound"):
                return None
            raise

    def _profile(self) -> tuple[dict, str | None]:
        from atproto_client.exceptions import BadRequestError

        try:
            got = self._call("read the profile", lambda: self.client.com.atproto.repo.get_record(
                {"repo": self.did, "collection": PROFILE, "rkey": "self"}))  # fmt: skip
        except PostingError as e:
            if "RecordNotFound" in str(e):
                return {"$type": PROFILE}, None
            raise
        except BadRequestError:
            return {"$type": PROFILE}, None
        value = got.value
        record = (
            value if isinstance(value, dict) else value.model_dump(by_alias=True, exclude_none=True)
        )
        return dict(record), got.cid

    def _sleep(self, seconds: float) -> None:
        sleep(seconds)  # the module's, so tests can replace it

    def _classify(self, what: str, error: Exception) -> Failure | None:
        from atproto_client.exceptions import (
            InvokeTimeoutError,
            NetworkError,
            RequestException,
            UnauthorizedError,
        )

        if isinstance(error, UnauthorizedError):
            why = _error_name(error) or "unauthorized"
            return Failure("final", f"could not {what}: the app password or session was refused "
                           f"({why}); make a new app password under Settings → Privacy and "
                           "security → App passwords")  # fmt: skip
        if isinstance(error, InvokeTimeoutError | NetworkError):
            return Failure("transient", f"could not {what}: {type(error).__name__}")
        if isinstance(error, RequestException):
            response = getattr(error, "response", None)
            status = getattr(response, "status_code", None)
            if status == 429:
                return Failure(
                    "rate-limit", "rate limited", rate_limit_wait(response.headers or {})
                )
            detail = _error_name(error) or (f"HTTP {status}" if status else type(error).__name__)
            kind = "transient" if status is not None and status >= 500 else "final"
            return Failure(kind, f"could not {what}: {detail}")
        return None

    def _error(self, message: str) -> PostingError:
        session = load_secret(session_key(self._account_id))
        return PostingError(scrub_secret(f"{self.pds}: {message}", self._password, session))


def reply_refs(note) -> str:
    """What a reply to the notified post needs, as compact JSON: that post (`parent`), the
    first post of its thread (`root`: its own reply's root, else the post itself), and its
    author (`author`, for the @handle's mention facet)."""
    parent = {"uri": note.uri, "cid": note.cid}
    reply = getattr(note.record, "reply", None)
    root = {"uri": reply.root.uri, "cid": reply.root.cid} if reply else parent
    author = {"did": note.author.did, "handle": note.author.handle}
    return json.dumps({"root": root, "parent": parent, "author": author}, separators=(",", ":"))


def _read_reply_refs(reply_to_id: str) -> dict:
    try:
        refs = json.loads(reply_to_id)
        for part in ("root", "parent"):
            if not (refs[part]["uri"].startswith("at://") and refs[part]["cid"]):
                raise ValueError(part)
    except (ValueError, TypeError, KeyError, AttributeError):
        raise PostingError(f"this draft answers {reply_to_id[:80]!r}, not a Bluesky post; "
                           "reject it (twinpost reject ID)") from None  # fmt: skip
    return refs


def _mention_facets(text: str, author: dict | None) -> dict:
    """The leading @handle of a reply as a mention of its author (a facet spans UTF-8 bytes),
    where the text still starts with it."""
    if not isinstance(author, dict) or not author.get("did") or not author.get("handle"):
        return {}
    mention = f"@{author['handle']}"
    if not re.match(rf"{re.escape(mention)}(?![\w.-])", text):
        return {}
    span = {"byteStart": 0, "byteEnd": len(mention.encode())}
    feature = {"$type": "app.bsky.richtext.facet#mention", "did": author["did"]}
    return {"facets": [{"index": span, "features": [feature]}]}


def _rkey(uri: str) -> str:
    return uri.rsplit("/", 1)[-1]


def _instant(iso: str) -> datetime:
    when = datetime.fromisoformat(iso)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _self_labels(record: dict) -> list[str]:
    labels = record.get("labels") or {}
    values = labels.get("values") if isinstance(labels, dict) else None
    return [v.get("val") for v in values or [] if isinstance(v, dict) and v.get("val")]


def _error_name(error: Exception) -> str:
    content = getattr(getattr(error, "response", None), "content", None)
    name = getattr(content, "error", None)
    message = getattr(content, "message", None)
    if name and message:
        return f"{name}: {message}"[:200]
    return str(name or "")[:200]


def check_handle(handle: str) -> str:
    handle = handle.strip().lstrip("@")
    if not handle or "." not in handle or "/" in handle:
        raise TwinpostError(f"{handle or '(empty)'}: not a Bluesky handle (e.g. alice.bsky.social)")
    return handle
