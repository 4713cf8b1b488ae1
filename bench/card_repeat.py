"""The card's promise, as a user checks it: train bots, then run each card's own command again
and again in fresh processes and compare what it writes with the card's samples.

    .venv/bin/python bench/card_repeat.py ../shared/data/x-archive/andreruffert --bots 2 --runs 20

Each bot is trained by `twinpost train SOURCE --time-budget B` (a child process, so the card
is drawn as a user's run draws it); the command is read from the bot's README.md, under its
samples, and run as it stands with `--json` added. Prints, per bot, how many runs wrote all
of the card's posts; writes the figures as JSON with --json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

TWINPOST = str(Path(sys.executable).with_name("twinpost"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("--bots", type=int, default=2, help="bots to train")
    parser.add_argument("--runs", type=int, default=20, help="fresh runs of each card's command")
    parser.add_argument("--budget", default="60s", help="each bot's --time-budget")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    if not Path(args.source).exists():
        parser.error(f"{args.source}: no such file or folder")
    rows = []
    with tempfile.TemporaryDirectory(prefix="twinpost-card-") as scratch:
        for i in range(args.bots):
            bot = Path(scratch) / f"bot-{i}"
            subprocess.run([TWINPOST, "train", args.source, "--out", str(bot), "--time-budget",
                            args.budget], check=True, capture_output=True)  # fmt: skip
            card = json.loads((bot / "card.json").read_text())
            words = command(bot)
            matched = 0
            for _ in range(args.runs):
                done = subprocess.run([TWINPOST, *words[1:], "--json"], cwd=bot.parent,
                                      check=True, capture_output=True, text=True)  # fmt: skip
                matched += json.loads(done.stdout) == card["samples"]
            rows.append({"bot": i, "command": shlex.join(words), "runs": args.runs,
                         "matched": matched, "dtype": card.get("dtype")})  # fmt: skip
            print(f"bot {i}: {matched} of {args.runs} runs wrote the card's posts "
                  f"({shlex.join(words)})", flush=True)  # fmt: skip
    if args.json:
        machine = {"platform": platform.platform(), "cpus": os.cpu_count()}
        args.json.write_text(json.dumps({"machine": machine, "bots": rows}, indent=2) + "\n")


def command(bot: Path) -> list[str]:
    """The command the card shows under its samples."""
    text = (bot / "README.md").read_text(encoding="utf-8").split("## Sample posts")[1]
    return shlex.split(text.split("```console\n")[1].split("\n")[0])


if __name__ == "__main__":
    main()
