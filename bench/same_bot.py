"""The same bot on a slower machine: the default run with two cores, with one, and (for
contrast) one core under the old 300 s default, each account in turn.

    .venv/bin/python bench/same_bot.py --json bench/figures/same_bot.json

One core is the same CPU made about twice as slow (`taskset -c 0`, one torch thread). Each
run is `python -m twinpost train SOURCE --out DIR --json` with the defaults; it reports its
steps, epochs, held-out loss, its first estimate of the whole run and the run's real length.
The same bot means the same steps and epochs, and a held-out loss within float noise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

from accounts import ACCOUNTS  # bench/accounts.py

VARIANTS = {
    "2 cores": ([], []),
    "1 core": (["taskset", "-c", "0"], []),
    "1 core at 300 s (the old default)": (["taskset", "-c", "0"], ["--time-budget", "300s"]),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", default=",".join(ACCOUNTS))
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for account in args.accounts.split(","):
            for variant in args.variants.split(","):
                prefix, more = VARIANTS[variant]
                threads = "1" if prefix else str(os.cpu_count())
                env = {**os.environ, "OMP_NUM_THREADS": threads}
                out = Path(scratch) / f"{account}-{len(rows)}"
                command = [*prefix, sys.executable, "-m", "twinpost", "train",
                           str(ACCOUNTS[account]), "--out", str(out), "--json", *more]  # fmt: skip
                done = subprocess.run(command, env=env, capture_output=True, text=True)
                if done.returncode:
                    sys.exit(f"{account} {variant}: {done.stderr.strip().splitlines()[-1]}")
                made = json.loads(done.stdout)
                row = {"account": account, "variant": variant, "steps": made["steps"],
                       "epochs_done": made["epochs_done"],
                       "held_out_after": round(made["held_out_loss"]["after"], 4),
                       "estimated_seconds": made["estimated_seconds"],
                       "seconds": round(made["seconds"], 1)}  # fmt: skip
                rows.append(row)
                print(json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(
            {"machine": platform.processor() or platform.machine(), "rows": rows}, indent=1
        ) + "\n")  # fmt: skip


if __name__ == "__main__":
    main()
