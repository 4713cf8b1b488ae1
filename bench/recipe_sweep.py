"""The recipe sweep behind `twinpost train`'s defaults: held-out loss at a fixed wall-clock
budget for each variant, on the same 80/20 split of one account.

    python bench/recipe_sweep.py ../shared/data/x-archive/andreruffert --budget 60 \
        '{"method": "top", "top_layers": 10, "lr": 1e-3, "batch_size": 4}' \
        '{"method": "full", "lr": 5e-4, "batch_size": 4}'

Each argument is a JSON object of `TrainConfig` fields; the rest are twinpost's defaults.
One line of JSON per variant goes to stdout and is appended to --out (default
bench/out/sweep.jsonl). Quality first: the variant with the lowest loss at the budget wins.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from twinpost.config import TrainConfig
from twinpost.data.corpus import build_corpus
from twinpost.errors import TwinpostError
from twinpost.pipeline import make_bot

HELD_OUT = 0.2  # the benchmarks' split, as in bench/recipes.py
SEED = 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("variants", nargs="+", help="JSON objects of TrainConfig fields")
    parser.add_argument(
        "--budget", type=float, default=60.0, help="seconds of the whole run, as `twinpost train`"
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "sweep.jsonl")
    args = parser.parse_args()
    fields = set(TrainConfig().to_dict())
    try:
        variants = [json.loads(v) for v in args.variants]
    except json.JSONDecodeError as e:
        parser.error(f"a variant is not JSON: {e}")
    for variant in variants:
        if not isinstance(variant, dict) or not set(variant) <= fields:
            parser.error(f"{json.dumps(variant)}: not an object of TrainConfig fields")
    try:
        corpus = build_corpus([args.source])
    except TwinpostError as e:
        parser.error(str(e))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    for variant in variants:
        config = TrainConfig(**{**TrainConfig().to_dict(), **variant, "time_budget": args.budget,
                                "held_out": HELD_OUT, "seed": SEED})  # fmt: skip
        started = time.perf_counter()
        with tempfile.TemporaryDirectory() as scratch:
            result = make_bot(corpus, Path(scratch) / "bot", config).training
        line = {
            **variant,
            "source": Path(args.source).name,
            "budget": args.budget,
            "before": round(result.held_out_before, 4),
            "after": round(result.held_out_after, 4),
            "steps": result.steps,
            "tokens_per_second": round(result.tokens_seen / result.train_seconds),
            "wall_seconds": round(time.perf_counter() - started, 1),
        }
        print(json.dumps(line), flush=True)
        with args.out.open("a") as f:
            f.write(json.dumps(line) + "\n")


if __name__ == "__main__":
    main()
