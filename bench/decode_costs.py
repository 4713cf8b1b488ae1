"""What a decoding step of `twinpost generate` costs, with and without each of its speed-ups:
twinpost's attention for the single query (`twinpost.generation.attention`) and linear layers packed
for oneDNN (`twinpost.generation.packing`).

    python bench/decode_costs.py bench/out/alrocar/bot

Samples 10 posts for "My dream is" from a bot, once per seed with each variant, interleaved
so that drift on the machine hits all alike, and prints the median milliseconds per decoding
step (a pass's time over its longest row's steps: posts differ in length from run to run, so
whole-pass times do not compare).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM

from twinpost.generation.attention import register
from twinpost.generation.load import load_bot
from twinpost.generation.packing import PackedLinear, packing_supported
from twinpost.generation.write import sample_rows

PROMPT, ROWS, MAX_NEW_TOKENS = "My dream is", 10, 120


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bot", help="a bot folder, e.g. bench/out/alrocar/bot")
    parser.add_argument("--seeds", type=int, default=8, help="sampling passes per variant")
    args = parser.parse_args()
    if not (Path(args.bot) / "config.json").is_file():
        parser.error(f"{args.bot}: not a bot folder (no config.json); train one first")
    variants = {
        "SDPA, plain linears": ("sdpa", False),
        "twinpost attention, plain linears": (register(), False),
        "twinpost attention, packed linears (default)": (register(), True),
    }
    bots = {}
    for name, (attention, packed) in variants.items():
        # Full weights (int8, the default on x86-64, takes every layer packing would): twinpost's
        # attention, packed linears where oneDNN packs the CPU's dtype.
        bot = load_bot(args.bot, weights="full")
        if packed and not packing_supported(bot.model.dtype):
            print(f"{name}: skipped, oneDNN does not pack {bot.model.dtype} on this CPU")
            continue
        if not packed:
            bot.model = AutoModelForCausalLM.from_pretrained(args.bot, dtype=bot.model.dtype).eval()
        bot.model.set_attn_implementation(attention)
        assert any(isinstance(m, PackedLinear) for m in bot.model.modules()) == packed
        bots[name] = bot
    per_step: dict[str, list[float]] = {name: [] for name in bots}
    for seed in range(-1, args.seeds):  # seed -1 warms all up
        for name, bot in bots.items():
            torch.manual_seed(seed + 1)
            started = time.perf_counter()
            samples = sample_rows(bot, [PROMPT] * ROWS, [MAX_NEW_TOKENS] * ROWS, 1.0, 0.95)
            seconds = time.perf_counter() - started
            steps = max(s.steps for s in samples)
            if seed >= 0:
                per_step[name].append(1000 * seconds / steps)
    first = statistics.median(next(iter(per_step.values())))
    dtype = str(next(iter(bots.values())).model.dtype).removeprefix("torch.")
    print(f"median ms per decoding step, {ROWS} rows, {dtype}, {args.seeds} passes each:")
    for name, times in per_step.items():
        median = statistics.median(times)
        print(f"  {name:46s} {median:6.2f} ms  {first / median:.2f}x")


if __name__ == "__main__":
    main()
