"""The established tool's three-step demo, on the bundled fictional account:
1. read the posts and show the counts table; 2. train; 3. write 10 posts for a prompt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from twinpost.config import GenerateConfig, TrainConfig
from twinpost.errors import TwinpostError
from twinpost.events import Report
from twinpost.generation.write import generate_posts
from twinpost.pipeline import MadeBot, make_bot

# A fictional lighthouse keeper written for twinpost (CC0): data/demo_account/marigold/README.md
SAMPLE_ACCOUNT = Path(__file__).parent / "data" / "demo_account" / "marigold"
DEMO_PROMPT = "My dream is"  # the established tool's demo prompt
DEMO_BUDGET = "60s"  # the whole run; `make demo` should be over in about a minute
DEMO_POSTS = 10


@dataclass
class Demo:
    made: MadeBot
    posts: list[str]


def run_demo(
    out_dir: Path | str,
    time_budget: str = DEMO_BUDGET,
    prompt: str = DEMO_PROMPT,
    base: str | None = None,
    report: Report | None = None,
) -> Demo:
    config = TrainConfig.from_settings(time_budget=time_budget, base=base)
    # Run again, the demo replaces its own earlier bot, and only that: not a user's bot.
    made = make_bot(SAMPLE_ACCOUNT, out_dir, config, report=report, force=_is_demo_bot(out_dir))
    posts = generate_posts(made.bot_dir, prompt, GenerateConfig(n=DEMO_POSTS, seed=0))
    return Demo(made, posts)


def _is_demo_bot(folder: Path | str) -> bool:
    from twinpost.bot.folder import is_bot, read_record

    folder = Path(folder)
    if not is_bot(folder):
        return False
    try:
        sources = [a.source for a in read_record(folder).accounts]
    except TwinpostError:
        return False
    # By the folder's last two names: another install of twinpost has the same sample elsewhere.
    return [Path(s).parts[-2:] for s in sources] == [SAMPLE_ACCOUNT.parts[-2:]]
