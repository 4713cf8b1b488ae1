"""What the server refuses before any route runs, and the headers every answer carries.

A server on 127.0.0.1 without a token is reachable from any page the user's browser opens:
- a page on another site can POST to it (a form or `fetch` in no-cors mode needs no
  permission), so a state-changing request whose `Origin` is not the server itself is
  refused (403), and so is one the browser marks `Sec-Fetch-Site: cross-site`;
- a site can point its own name at 127.0.0.1 (DNS rebinding) and then read the answers as
  same-origin, so on a loopback bind the `Host` header must name the loopback (421).
With a token none of this is needed for safety (the browser cannot add the header), but the
checks stay on: they cost nothing and refuse nothing a real client sends.

The web app gets a Content-Security-Policy (its own scripts and styles only, no framing) and
every answer `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`.
"""

from __future__ import annotations

import ipaddress
import json
from urllib.parse import urlsplit

LOOPBACK_NAMES = {"localhost", "localhost.", "ip6-localhost"}
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
FOREIGN_HOST = (
    "host {host!r} is not this server's: it answers to localhost and 127.0.0.1 only "
    "(a DNS rebinding attempt?)"
)
CROSS_SITE = (
    "cross-site request refused: this server takes changes only from its own pages and from "
    "clients outside a browser"
)
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
]


def is_loopback(host: str) -> bool:
    """Whether a bind address or a Host header's name means this machine only."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def host_name(host_header: str) -> str:
    """`example.com:8000` -> `example.com`; `[::1]:8000` -> `::1`."""
    try:
        return urlsplit(f"//{host_header}").hostname or ""
    except ValueError:
        return ""


class RequestGuard:
    """ASGI middleware: refuse foreign hosts and cross-site writes; add security headers."""

    def __init__(self, app, loopback_only: bool) -> None:
        self.app = app
        self.loopback_only = loopback_only

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if self.loopback_only and not is_loopback(host_name(host)):
            return await _refuse(send, 421, FOREIGN_HOST.format(host=host))
        if scope["method"] not in SAFE_METHODS and _cross_site(headers, host):
            return await _refuse(send, 403, CROSS_SITE)

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []),
                                                  *SECURITY_HEADERS]}  # fmt: skip
            await send(message)

        await self.app(scope, receive, with_headers)


def _cross_site(headers: dict[str, str], host: str) -> bool:
    if headers.get("sec-fetch-site") == "cross-site":
        return True
    origin = headers.get("origin")
    if origin is None:  # not a browser's cross-origin request (curl, the OpenAI client...)
        return False
    try:
        return origin == "null" or urlsplit(origin).netloc.lower() != host.lower()
    except ValueError:
        return True


async def _refuse(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        *SECURITY_HEADERS,
    ]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})
