"""The HTTP client every live source shares: timeouts, bounded retries, rate limits, errors.

One `ApiClient` per fetch. It retries connection errors and 5xx answers with exponential
backoff, waits out HTTP 429 for as long as the server asks (within `MAX_RATE_LIMIT_WAIT`,
saying so on stderr), and turns every other failure into a one-line `LiveSourceError` that
names the source and what to do. Tokens travel only in headers, never in URLs; they are kept
out of every message, and `TWINPOST_HTTP_DEBUG=1` logs requests with those headers redacted.

`sleep` is a module attribute so tests can replace it and never wait.
"""

from __future__ import annotations

import email.utils
import json
import os
import sys
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from twinpost.errors import TwinpostError

if TYPE_CHECKING:
    import httpx

sleep = time.sleep  # replaced in tests

# Connection + read timeouts: public APIs answer a page in well under a second; 30 s rides
# out a slow instance without hanging forever on a dead one.
TIMEOUT_SECONDS = 30.0
CONNECT_TIMEOUT_SECONDS = 10.0
# 5 attempts with 1, 2, 4, 8 s between them: a 15 s outage is survived, a real one reported.
MAX_ATTEMPTS = 5
BACKOFF_SECONDS = 1.0
# X's rate-limit windows are 15 minutes, Mastodon's 5; a longer wait than 15 min means
# "come back later", which we say instead of blocking.
MAX_RATE_LIMIT_WAIT = 15 * 60
# A `ratelimit-reset` below this is a number of seconds; above it, a Unix time (2001+).
_EPOCH_THRESHOLD = 1_000_000_000
_SECRET_HEADERS = {"authorization", "apikey", "x-api-key", "cookie"}
_HINTS = {
    401: "the token was refused; check {token}",
    403: "access denied: the account is private or suspended, or the token lacks access",
    404: "not found: check the handle (or the account no longer exists)",
}
USER_AGENT = "twinpost (+https://github.com/twinpost/twinpost)"


class LiveSourceError(TwinpostError):
    """A live source that could not be fetched: unreachable, refused, or malformed."""


class ApiClient:
    """GET JSON from one API, for one source spec (named in every error)."""

    def __init__(
        self,
        base_url: str,
        spec: str,
        service: str,
        headers: dict[str, str] | None = None,
        token_hint: str = "your token",
    ) -> None:
        import httpx

        self.spec = spec
        self.service = service
        self.token_hint = token_hint
        self._secrets = _secret_values(headers or {})
        self._client = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})},
            timeout=httpx.Timeout(TIMEOUT_SECONDS, connect=CONNECT_TIMEOUT_SECONDS),
            follow_redirects=True,  # httpx drops Authorization when a redirect leaves the host
        )

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()

    def __repr__(self) -> str:
        return f"ApiClient({self._client.base_url!s}, headers redacted)"

    def get(
        self, path: str, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        """A 2xx response to GET `path`, after retries; raise LiveSourceError otherwise."""
        import httpx

        params = {k: v for k, v in (params or {}).items() if v is not None}
        for attempt in range(1, MAX_ATTEMPTS + 1):
            _debug("GET", f"{self._client.base_url}{path}", params, self._client.headers)
            try:
                response = self._client.get(path, params=params, headers=headers)
            except httpx.TransportError as e:
                if attempt == MAX_ATTEMPTS:
                    raise self.error(
                        f"cannot reach {self._client.base_url} ({type(e).__name__}: "
                        f"{e or 'no answer'}) after {MAX_ATTEMPTS} attempts; check the "
                        "network or the server address"
                    ) from None
                sleep(_backoff(attempt))
                continue
            if response.status_code == 429:
                self._wait_for_rate_limit(response, path)
                continue
            if response.status_code >= 500 and attempt < MAX_ATTEMPTS:
                sleep(_backoff(attempt))
                continue
            if response.is_success:
                return response
            raise self.error(self._describe_failure(response, path))
        raise self.error(f"{path}: still rate limited after {MAX_ATTEMPTS} attempts; try later")

    def get_json(
        self, path: str, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None
    ) -> tuple[Any, httpx.Response]:
        response = self.get(path, params, headers)
        try:
            return json.loads(response.content), response
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise self.malformed(path, f"not JSON ({e})") from None

    def malformed(self, path: str, problem: str) -> LiveSourceError:
        return self.error(f"{self.service} sent a malformed answer to {path}: {problem}")

    def error(self, message: str) -> LiveSourceError:
        return LiveSourceError(self.scrub(f"{self.spec}: {message}"))

    def scrub(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        return text

    def _describe_failure(self, response: httpx.Response, path: str) -> str:
        status = response.status_code
        hint = _HINTS.get(status, "").format(token=self.token_hint)
        said = _api_message(response)
        message = f"{self.service} answered {status} {response.reason_phrase} for {path}"
        if said:
            message += f' ("{said}")'
        return f"{message}; {hint}" if hint else message

    def _wait_for_rate_limit(self, response: httpx.Response, path: str) -> None:
        wait = rate_limit_wait(response.headers)
        if wait > MAX_RATE_LIMIT_WAIT:
            raise self.error(
                f"{self.service} rate limit reached; it resets in {wait / 60:.0f} min. "
                "Try again then (or use --limit to fetch fewer posts)"
            )
        from twinpost import events

        events.emit(events.Waiting(self.spec, self.service, wait))
        sleep(wait)


def rate_limit_wait(headers: httpx.Headers, now: float | None = None) -> float:
    """Seconds to wait after a 429: `Retry-After`, else the reset headers, else a minute."""
    now = time.time() if now is None else now
    retry_after = headers.get("retry-after")
    if retry_after:
        seconds = _to_seconds(retry_after, now, epoch_allowed=False)
        if seconds is not None:
            return seconds
    for name in ("x-rate-limit-reset", "ratelimit-reset", "x-ratelimit-reset"):
        value = headers.get(name)
        if value:
            seconds = _to_seconds(value, now, epoch_allowed=True)
            if seconds is not None:
                return seconds
    return 60.0  # no hint at all: a minute is the shortest window any of these APIs uses


def _to_seconds(value: str, now: float, epoch_allowed: bool) -> float | None:
    """A header value as seconds from now: a delta, a Unix time, an HTTP or ISO date."""
    value = value.strip()
    try:
        number = float(value)
    except ValueError:
        when = _parse_date(value)
        return None if when is None else max(0.0, when - now)
    if epoch_allowed and number >= _EPOCH_THRESHOLD:
        return max(0.0, number - now)
    return max(0.0, number)


def _parse_date(value: str) -> float | None:
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()  # Retry-After's HTTP date
    except (TypeError, ValueError):
        pass
    try:  # Mastodon's X-RateLimit-Reset: "2024-01-01T00:00:00.000Z"
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


def _secret_values(headers: dict[str, str]) -> list[str]:
    """What must never be shown: each secret header's value, and a bearer token on its own."""
    values = []
    for name, value in headers.items():
        if name.lower() in _SECRET_HEADERS and value:
            values += [value, value.split(" ", 1)[-1]]
    return sorted(set(values), key=len, reverse=True)  # longest first: "Bearer t" before "t"


def _backoff(attempt: int) -> float:
    return BACKOFF_SECONDS * 2 ** (attempt - 1)


def _api_message(response: httpx.Response) -> str:
    """The error text an API put in its body (X, Mastodon, Bluesky, PostgREST), shortened."""
    try:
        body = response.json()
    except ValueError:
        return ""
    if not isinstance(body, dict):
        return ""
    for key in ("detail", "message", "error_description", "error", "title"):
        if isinstance(body.get(key), str) and body[key]:
            return body[key][:200]
    return ""


def _debug(method: str, url: str, params: dict, headers: httpx.Headers) -> None:
    if os.environ.get("TWINPOST_HTTP_DEBUG") not in {"1", "true", "yes"}:
        return
    shown = {k: ("[redacted]" if k.lower() in _SECRET_HEADERS else v) for k, v in headers.items()}
    print(f"twinpost: {method} {url} params={params} headers={shown}", file=sys.stderr)
