"""JSON parsing with errors that name the file and say what is wrong."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from twinpost.errors import BadSourceError

# What one JSON file may hold, counted as its arrays, objects and commas (a cheap upper bound
# on its values, taken before parsing). A Python value costs 50-100 bytes, so the cap keeps a
# parse under about 2 GB however the file is shaped; an X archive's tweets.js has about 50 of
# these per post (34 bytes each), so the cap holds some 400,000 posts (680 MB of tweets.js),
# beyond the busiest accounts we know.
MAX_JSON_VALUES = 20_000_000


def parse_json(text: str, where: str) -> Any:
    values = text.count("[") + text.count("{") + text.count(",")
    if values > MAX_JSON_VALUES:
        raise BadSourceError(
            f"{where}: refused, over {MAX_JSON_VALUES:,} JSON values (a decompression bomb?)"
        )
    try:
        return json.loads(text)
    except RecursionError:
        raise BadSourceError(f"{where}: JSON nested too deeply") from None
    except json.JSONDecodeError as e:
        problem = "truncated JSON" if e.pos >= len(text.rstrip()) else "invalid JSON"
        raise BadSourceError(
            f"{where}: {problem} ({e.msg}: line {e.lineno}, column {e.colno})"
        ) from None


def expect(value: Any, kind: type, where: str, what: str) -> Any:
    if not isinstance(value, kind):
        raise BadSourceError(
            f"{where}: expected {what} to be a JSON {_json_name(kind)}, "
            f"got {_json_name(type(value))}"
        )
    return value


def _json_name(kind: type) -> str:
    names = {dict: "object", list: "array", str: "string", int: "number", float: "number"}
    return names.get(kind, "null" if kind is type(None) else kind.__name__)


def parse_iso_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp such as "2023-10-13T14:58:50.000Z", or None if it is not one."""
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
