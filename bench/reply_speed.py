"""A reply written in the time of a post: decoding steps and seconds for 10 posts, against 10
replies to a held-out parent, with the same bot, seeds and length cap, interleaved.

    .venv/bin/python bench/reply_speed.py BOT_DIR --seeds 5

The parents are the bot's held-out replies' parents (`twinpost eval`'s), or, where it keeps
none, a fixed question. Prints the medians and the ratios (replies over posts).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from twinpost.bot.folder import held_out_replies
from twinpost.config import GenerateConfig
from twinpost.generation.load import load_bot
from twinpost.generation.write import generate

FALLBACK = "What is the one tool you could not work without, and why?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bot", type=Path)
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    if not (args.bot / "config.json").is_file():
        parser.error(f"{args.bot}: not a bot folder")
    bot = load_bot(args.bot)
    parents = [r["parent_text"] for r in held_out_replies(args.bot)] or [FALLBACK]
    figures = {"posts": {"steps": [], "seconds": []}, "replies": {"steps": [], "seconds": []}}
    for seed in range(-1, args.seeds):  # seed -1 warms both up
        for kind in figures:
            config = GenerateConfig(n=10, seed=seed + 1)
            reply_to = parents[(seed + 1) % len(parents)] if kind == "replies" else None
            started = time.perf_counter()
            written = generate(bot, "", config, reply_to=reply_to)
            seconds = time.perf_counter() - started
            if seed >= 0:
                figures[kind]["steps"].append(written.steps)
                figures[kind]["seconds"].append(seconds)
    posts, replies = ({k: statistics.median(v) for k, v in figures[kind].items()}
                      for kind in ("posts", "replies"))  # fmt: skip
    print(f"{args.bot.name}, {args.seeds} seeds, 10 at a time (medians):")
    print(f"  posts    {posts['steps']:5.0f} steps  {posts['seconds']:.2f} s")
    print(f"  replies  {replies['steps']:5.0f} steps  {replies['seconds']:.2f} s")
    print(f"  replies / posts: steps {replies['steps'] / posts['steps']:.2f}x, "
          f"seconds {replies['seconds'] / posts['seconds']:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
