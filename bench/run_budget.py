"""The whole run within its budget: `twinpost train` as users run it, timed from outside.

    .venv/bin/python bench/run_budget.py ../shared/data/x-archive/andreruffert

For each budget it runs `python -m twinpost train SOURCE --time-budget B --epochs 20` as a
child process (20 epochs, so the budget, not the epochs, ends training) and times the child
from start to exit: interpreter start-up and imports, reading, the base model, scoring,
training, scoring again, writing and the card. It prints the wall-clock time against the
budget and where the time went (the bot's recorded timings).

`--compare-src DIR` also runs an earlier twinpost from its `src` folder (PYTHONPATH), each
budget interleaved with this one, to show how far it went past the same budget.
Writes the figures as JSON with --json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EPOCHS = "20"  # more than any budget here can train: the budget ends every run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("--budgets", default="30,60,150", help="seconds, comma-separated")
    parser.add_argument("--compare-src", type=Path, help="an earlier twinpost's src folder")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    try:
        budgets = [float(b) for b in args.budgets.split(",")]
    except ValueError:
        parser.error(f"--budgets {args.budgets!r}: seconds, e.g. 30,60,150")
    if not Path(args.source).exists():
        parser.error(f"{args.source}: no such file or folder")
    if args.compare_src and not (args.compare_src / "twinpost").is_dir():
        parser.error(f"--compare-src {args.compare_src}: no twinpost package in it")
    sides = [("this", None)] + ([("earlier", args.compare_src)] if args.compare_src else [])
    rows = []
    for budget in budgets:
        for side, src in sides:  # interleaved, so both see the same machine
            row = {"side": side, "budget": budget, **timed_run(args.source, budget, src)}
            rows.append(row)
            print(
                f"{side:8} budget {budget:5.0f} s  wall {row['wall']:6.1f} s  "
                f"over {row['wall'] - budget:+6.1f} s  training {row['train']:5.1f} s  "
                f"steps {row['steps']}",
                flush=True,
            )
    if args.json:
        machine = {"platform": platform.platform(), "cpus": os.cpu_count()}
        args.json.write_text(json.dumps({"machine": machine, "runs": rows}, indent=2) + "\n")


def timed_run(source: str, budget: float, src: Path | None) -> dict:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src.resolve())
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "bot"
        command = [sys.executable, "-m", "twinpost", "train", source, "--out", str(out),
                   "--time-budget", f"{budget:g}s", "--epochs", EPOCHS]  # fmt: skip
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)  # fmt: skip
        wall = time.perf_counter() - started
        record = json.loads((out / "twinpost.json").read_text())
    training = record["training"]
    return {
        "wall": round(wall, 2),
        "train": training["seconds"],
        "steps": training["steps"],
        "epochs_done": training.get("epochs_done"),
        "timings": training.get("timings", {}),
        "held_out_after": record["held_out_loss"]["after"],
    }


if __name__ == "__main__":
    main()
