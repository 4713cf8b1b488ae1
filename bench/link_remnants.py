"""What a removed link leaves behind: train one account's bot three ways and compare voices.

    .venv/bin/python bench/link_remnants.py --accounts andreruffert --json F

- `seed`: the established tool's text (links removed, " -" and "Slides:" left behind);
- `tidy`: twinpost's default (data/clean.without_links drops the remnants);
- `placeholder`: each link kept as the word `<link>` the bot can write.

Each bot trains with the default settings in this process (the variants swap
`clean._tidied`, the one place the training text is chosen), then `twinpost eval`'s figures
are taken on 200 written posts: attribution, the discriminator, held-out loss (each on its
own text, so compare losses within a variant only), and the share of written posts that end
in a dangling separator or hold the placeholder. Variants run in turn, accounts outside.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import re
import tempfile
import time
from pathlib import Path

from accounts import ACCOUNTS  # bench/accounts.py

import twinpost
from twinpost.data import clean
from twinpost.demo import SAMPLE_ACCOUNT
from twinpost.voice import evaluate

PLACEHOLDER = "<link>"
_URL = re.compile(r"https?:\S+")


def placeholder(raw: str, seed: str) -> str:
    return clean.clean_text(_URL.sub(PLACEHOLDER, raw))


VARIANTS = {
    "seed": lambda raw, seed: seed,
    "tidy": clean._tidied,
    "placeholder": placeholder,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", default="andreruffert")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--budget", default="600s", help="a cap; the defaults' epochs end first")
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    # every written post kept in the report's samples, so the placeholder can be counted
    importlib.import_module("twinpost.voice.evaluate").SHOWN_SAMPLES = 100_000
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for account in args.accounts.split(","):
            impostors = [str(p) for a, p in ACCOUNTS.items() if a != account]
            for variant in args.variants.split(","):
                clean._tidied = VARIANTS[variant]
                out = Path(scratch) / f"{account}-{variant}"
                started = time.perf_counter()
                config = twinpost.TrainConfig.from_settings(time_budget=args.budget)
                made = twinpost.make_bot(ACCOUNTS[account], out, config)
                report = evaluate(out, [*impostors, str(SAMPLE_ACCOUNT)], n=args.n)
                style = report.style
                row = {
                    "account": account,
                    "variant": variant,
                    "epochs_done": made.record.training.epochs_done,
                    "held_out_loss": report.held_out_loss,
                    "attribution": report.attribution,
                    "discriminator": report.discriminator["accuracy"],
                    "dangling_real": style["real"]["dangling_endings"],
                    "dangling_written": style["generated"]["dangling_endings"],
                    "placeholder_written": round(
                        sum(PLACEHOLDER in s for s in report.samples) / len(report.samples), 3
                    ),
                    "seconds": round(time.perf_counter() - started, 1),
                }
                rows.append(row)
                print(json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(
            json.dumps(
                {"machine": platform.processor() or platform.machine(), "rows": rows}, indent=1
            )
            + "\n"  # fmt: skip
        )


if __name__ == "__main__":
    main()
