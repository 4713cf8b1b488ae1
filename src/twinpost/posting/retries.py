"""One retry policy for every platform client: what a failure means, then what to do.

Each client classifies its library's exceptions (`Failure`): a rate limit with the seconds the
server asked to wait, a transient failure (5xx, a timeout, a dropped connection), or a final
one with its message. A rate limit waits as asked (at most 15 minutes, else it stops and says
when to come back); a transient failure is tried again after 1, 2, 4 and 8 s; a final one
stops at once. Written here, not with a retry library, because the wait comes from the
server's answer and the platforms' SDKs keep that answer to themselves.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from twinpost.data.sources.http import MAX_RATE_LIMIT_WAIT

T = TypeVar("T")
MAX_ATTEMPTS = 5
BACKOFF_SECONDS = 1.0


@dataclass(frozen=True)
class Failure:
    kind: str  # "rate-limit", "transient" or "final"
    message: str
    wait: float = 0.0  # rate-limit: seconds the server asked for


def with_retries(
    request: Callable[[], T],
    classify: Callable[[Exception], Failure | None],
    fail: Callable[[str], Exception],
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """`request()`, tried again as its failures allow; `fail(message)` is raised when it
    cannot be. An exception `classify` does not know (None) goes up as it is."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return request()
        except Exception as error:
            failure = classify(error)
            if failure is None:
                raise
            last = attempt == MAX_ATTEMPTS
            if failure.kind == "rate-limit":
                if failure.wait > MAX_RATE_LIMIT_WAIT or last:
                    later = f"try again in {max(1, round(failure.wait / 60))} min"
                    raise fail(f"rate limited; {later}") from None
                sleep(failure.wait)
            elif failure.kind == "transient" and not last:
                sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
            else:
                tries = f", {attempt} tries" if failure.kind == "transient" else ""
                raise fail(f"{failure.message}{tries}") from None
    raise AssertionError("unreachable")


class Retrying:
    """A platform client whose calls go through `with_retries`: it says what its library's
    failures mean (`_classify`), how a final one reads (`_error`) and how it waits (`_sleep`,
    the client module's `sleep`, so tests can replace it)."""

    def _call(self, what: str, request: Callable[[], T]) -> T:
        return with_retries(request, lambda e: self._classify(what, e), self._error, self._sleep)

    def _classify(self, what: str, error: Exception) -> Failure | None:
        raise NotImplementedError

    def _error(self, message: str) -> Exception:
        raise NotImplementedError

    def _sleep(self, seconds: float) -> None:
        raise NotImplementedError
