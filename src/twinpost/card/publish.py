"""`twinpost push`: the bot folder, with its card, uploaded to the Hugging Face Hub.

The Hugging Face token comes from `HF_TOKEN` or the user's stored login
(`huggingface_hub.get_token()`). It is handed to `HfApi` and nowhere else: never printed,
logged or written, and scrubbed from any error message before that message goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from twinpost.bot.files import HELD_OUT_POSTS_FILE, LOCAL_ONLY_PATTERNS
from twinpost.bot.record import BotRecord
from twinpost.errors import TwinpostError

PUSH_IGNORE = LOCAL_ONLY_PATTERNS  # leftovers of atomic writes and real posts stay here
NO_TOKEN = (
    "no Hugging Face token: set HF_TOKEN or run `hf auth login` (a token with write access), "
    "then push again"
)


@dataclass
class Pushed:
    url: str
    files: list[str]
    commit_message: str


def push_bot(bot_dir: Path, repo_id: str, private: bool = False, api=None) -> Pushed:
    """Upload the bot folder to the Hub model repo `repo_id`, creating it if needed.

    `api` stands in for `huggingface_hub.HfApi` (tests pass a fake one).
    """
    from twinpost.bot.folder import read_record
    from twinpost.card import name_repo_in_card
    from twinpost.training.base_model import HUB_ID

    record = read_record(bot_dir)
    if not HUB_ID.match(repo_id) or "/" not in repo_id:
        raise TwinpostError(f"--repo {repo_id!r}: use the form user/name, e.g. me/my-bot")
    token = hub_token()
    if not token:
        raise TwinpostError(NO_TOKEN)
    name_repo_in_card(bot_dir, repo_id)
    message = commit_message(record)
    try:
        api = api or _hub_api(token)
        api.create_repo(repo_id=repo_id, repo_type="model", private=private, exist_ok=True)
        api.upload_folder(
            repo_id=repo_id, folder_path=str(bot_dir), repo_type="model",
            commit_message=message, ignore_patterns=PUSH_IGNORE,
        )  # fmt: skip
    except Exception as error:  # every error is scrubbed of the token
        _raise_without(token, error, repo_id)
    return Pushed(f"https://huggingface.co/{repo_id}", files_to_push(bot_dir), message)


def hub_token() -> str | None:
    from huggingface_hub import get_token

    return get_token()


def _hub_api(token: str):
    from huggingface_hub import HfApi

    return HfApi(token=token)


def commit_message(record: BotRecord) -> str:
    handles = ", ".join(f"@{h}" for h in record.handles)
    return f"twinpost bot of {handles} (twinpost {record.twinpost_version})"


def files_to_push(bot_dir: Path) -> list[str]:
    """The files `push` uploads: everything in the bot folder but hidden files and the
    held-out posts' texts."""
    return sorted(
        p.relative_to(bot_dir).as_posix() for p in bot_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(bot_dir).parts)
        and p.name != HELD_OUT_POSTS_FILE
    )  # fmt: skip


def _raise_without(token: str, error: Exception, repo_id: str):
    """Re-raise `error` with the token scrubbed: a Hub or network error as a TwinpostError,
    anything else (a bug) as itself, its traceback kept but its message scrubbed."""
    from huggingface_hub.errors import HfHubHTTPError

    message = _scrub(str(error), token)
    if isinstance(error, (HfHubHTTPError, OSError, *_network_errors())):
        raise TwinpostError(f"push to {repo_id} failed: {message}") from None
    error.args = tuple(_scrub(str(a), token) for a in error.args)
    raise error from None  # its cause or context could hold the token too


def _network_errors() -> tuple[type[Exception], ...]:
    try:
        import httpx
    except ImportError:  # huggingface_hub before 1.0 used requests, whose errors are OSErrors
        return ()
    return (httpx.HTTPError,)


def _scrub(text: str, token: str) -> str:
    text = text.replace(token, "***")
    return " ".join(text.split())  # one line, as every TwinpostError message
