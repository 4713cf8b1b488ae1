"""Does a sweep's choice hold on posts it was never scored on?

    .venv/bin/python bench/sweep_check.py OUT --against ACCOUNT... --seeds 3,4 --posts 200

OUT is a finished `twinpost sweep` folder. The defaults' trial (trial 0) and the chosen bot
(OUT/bot) each write --posts posts with every seed in --seeds and are scored by
`twinpost eval` against the same impostors as the sweep; seeds 0 and 1 are the sweep's own
(its first score and `--confirm`'s), so pick others. Prints the table in BENCHMARKS.md,
"Choosing a recipe", and writes it as JSON with --json.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from statistics import mean

from twinpost.bot.files import SWEEP_FILE
from twinpost.sweep import BEST_DIR, TRIALS_DIR, objective
from twinpost.voice import evaluate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", action="append", default=[])
    parser.add_argument("--seeds", default="3,4")
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    table = json.loads((args.out / BEST_DIR / SWEEP_FILE).read_text())
    seeds = [int(s) for s in args.seeds.split(",")]
    bots = {"defaults": args.out / TRIALS_DIR / table["default"]["bot"],
            "chosen": args.out / BEST_DIR}  # fmt: skip
    if table["best"]["number"] == table["default"]["number"]:
        bots.pop("chosen")  # the defaults were chosen: nothing to compare
    rows: dict[str, dict] = {}
    for seed in seeds:  # interleaved, seed by seed
        for name, bot in bots.items():
            voice = evaluate(bot, args.against, n=args.posts, seed=seed)
            figures = {
                "discriminator": voice.discriminator["accuracy"],
                "attribution": round(mean(voice.attribution.values()), 4),
                "distinct_2_gap": round(voice.diversity["generated"]["distinct_2"]
                                        - voice.diversity["real"]["distinct_2"], 4),
                "held_out_loss": voice.held_out_loss,
            }  # fmt: skip
            figures["objective"] = objective(figures)
            rows.setdefault(name, {})[str(seed)] = figures
            print(f"{name:9} seed {seed}: objective {figures['objective']:.4f}, discriminator "
                  f"{figures['discriminator']:.3f}, attribution {figures['attribution']:.1%}",
                  flush=True)  # fmt: skip
    print(f"\nchosen: trial {table['best']['number']} {table['best']['settings']}")
    print("| bot | " + " | ".join(f"objective, seed {s}" for s in seeds)
          + " | attribution | discriminator | held-out loss |")  # fmt: skip
    for name, by_seed in rows.items():
        f = list(by_seed.values())
        attribution = " / ".join(format(x["attribution"], ".1%") for x in f)
        discriminator = " / ".join(format(x["discriminator"], ".3f") for x in f)
        print(f"| {name} | " + " | ".join(format(x["objective"], ".4f") for x in f)
              + f" | {attribution} | {discriminator} | {f[0]['held_out_loss']:.3f} |")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps({"chosen": table["best"], "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
