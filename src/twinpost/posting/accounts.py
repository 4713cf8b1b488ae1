"""Connected accounts: who a bot posts as, and the secret that lets it.

An account is named `mastodon:USER@SERVER` or `bluesky:HANDLE`. What is known about it (its
platform, server, handle; nothing secret) is in `TWINPOST_HOME/posting/accounts.json`. Its
secret (a Mastodon access token, a Bluesky app password, and a reusable Bluesky session) is
in the OS keyring (the `keyring` library, service "twinpost"), or, where no keyring exists, in
`TWINPOST_HOME/posting/credentials.json`, written 0600. A secret never reaches a bot folder, a
card, a log line, a URL or an error: `scrub_secret` takes it out of any message shown.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from twinpost.errors import TwinpostError
from twinpost.fileio import write_text_atomic

SERVICE = "twinpost"
PLATFORMS = ("mastodon", "bluesky")


@dataclass(frozen=True)
class Account:
    id: str  # mastodon:USER@SERVER, bluesky:HANDLE
    platform: str
    server: str  # Mastodon: https://SERVER; Bluesky: the PDS, https://bsky.social by default
    handle: str
    url: str = ""  # the profile's page


def posting_dir() -> Path:
    from twinpost.home import user_home

    folder = user_home() / "posting"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _accounts_file() -> Path:
    return posting_dir() / "accounts.json"


def _read_accounts() -> dict[str, dict]:
    try:
        data = json.loads(_accounts_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_account(account: Account) -> None:
    accounts = _read_accounts()
    accounts[account.id] = asdict(account)
    write_text_atomic(_accounts_file(), json.dumps(accounts, indent=1) + "\n")


def connected() -> list[Account]:
    return [Account(**a) for _, a in sorted(_read_accounts().items())]


def find_account(name: str) -> Account:
    """The connected account `name` names: its id, or its handle when only one has it."""
    accounts = connected()
    wanted = name.strip().lstrip("@").lower()
    hits = [a for a in accounts if a.id.lower() == name.strip().lower()]
    hits = hits or [a for a in accounts if a.handle.lower().lstrip("@") == wanted]
    hits = hits or [a for a in accounts if a.handle.lower().split("@")[0] == wanted]
    if len(hits) == 1:
        return hits[0]
    known = ", ".join(a.id for a in accounts) or "none"
    if not hits:
        raise TwinpostError(
            f"--to {name}: no connected account of that name (connected: {known}); "
            "twinpost connect mastodon https://SERVER or twinpost connect bluesky HANDLE"
        )
    raise TwinpostError(f"--to {name}: names {len(hits)} accounts; give one of {known}")


# --- secrets ---------------------------------------------------------------------------------


def _keyring():
    """The OS keyring, or None where there is none (a headless server, a container)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or type(backend).__name__ == "NullKeyring":
        return None
    return keyring


def _secrets_file() -> Path:
    return posting_dir() / "credentials.json"


def _read_file() -> dict[str, str]:
    try:
        data = json.loads(_secrets_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_file(data: dict[str, str]) -> None:
    path = _secrets_file()
    # Created 0600 before a byte is written: never readable by others, even for a moment.
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f)
        f.flush()
        os.fsync(f.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def store_secret(key: str, secret: str) -> str:
    """Keep `secret` under `key`; return where ("the OS keyring" or the file's path)."""
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(SERVICE, key, secret)
            return "the OS keyring"
        except Exception:  # a locked or broken keyring: keep it in the 0600 file instead
            pass
    data = _read_file()
    data[key] = secret
    _write_file(data)
    return str(_secrets_file())


def load_secret(key: str) -> str | None:
    ring = _keyring()
    if ring is not None:
        try:
            value = ring.get_password(SERVICE, key)
        except Exception:
            value = None
        if value:
            return value
    return _read_file().get(key)


def scrub_secret(message: str, *secrets: str | None) -> str:
    """`message` with every secret taken out, for anything shown or logged."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            message = message.replace(secret, "[secret]")
    return message
