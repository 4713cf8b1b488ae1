"""twinpost's own decoder (full and int8 weights) against llama.cpp (through
llama-cpp-python) on the same bot:
10 posts at once (what `twinpost generate` and the card do) and one post streamed (chat),
side by side in one run, with the held-out loss each engine gives, so a speed-up that costs
quality shows.

    python bench/engines.py bench/out/voice/andreruffert-300s --seeds 5

The bot is exported to GGUF (f16 and q8_0, `twinpost export`) in a temporary folder. Each
seed runs every variant in turn (interleaved, so drift on the machine hits all alike); the
figures are medians over the seeds. Both engines use the same threads (torch's count), the
bot's sampling defaults (temperature 1.0, top-p 0.95, no top-k, no repetition penalty) and
the same 120-token cap. llama.cpp writes 10 posts one after another: the binding's
completion call writes one sequence.

Figures: seconds for 10 posts and tokens/s over them (new tokens, end-of-post included);
single-stream tokens/s for one post and its time to first token; the mean held-out loss
(nats/token) over the bot's held-out posts as each engine scores them.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import tempfile
import time
from pathlib import Path

import torch

from twinpost.bot.export import export_gguf
from twinpost.generation.load import load_bot
from twinpost.generation.write import sample_rows
from twinpost.training.dataset import post_start_id, text_ids

PROMPT, POSTS, MAX_NEW_TOKENS, TEMPERATURE, TOP_P = "My dream is", 10, 120, 1.0, 0.95
HELD_OUT_POSTS = 40


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bot", type=Path, help="a trained bot folder")
    parser.add_argument("--seeds", type=int, default=5, help="runs per variant")
    parser.add_argument(
        "--types", default="f16,q8_0", help="GGUF weight types to try ('' for none)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    types = [t for t in args.types.split(",") if t]
    if types:
        try:
            from llama_cpp import Llama
        except ImportError:
            parser.error("needs llama-cpp-python (pip install llama-cpp-python), or --types ''")
    threads = torch.get_num_threads()
    bot = load_bot(args.bot, weights="full")
    held_out = held_out_ids(bot, args.bot)
    # Full weights in the CPU's dtype: fp32 on AVX2, bf16 on AVX512-BF16 and AMX.
    full = f"twinpost ({str(bot.model.dtype).removeprefix('torch.')})"
    # name -> (the loaded bot, llama.cpp's model or None for twinpost's own decoder)
    engines: dict[str, tuple] = {
        full: (bot, None),
        "twinpost (int8)": (load_bot(args.bot, weights="int8"), None),
    }
    with tempfile.TemporaryDirectory() as tmp:
        for gguf_type in types:
            done = export_gguf(args.bot, Path(tmp) / gguf_type, gguf_type)
            engines[f"llama.cpp ({gguf_type})"] = (bot, Llama(
                str(done.gguf), n_ctx=512, n_threads=threads, n_threads_batch=threads,
                logits_all=True, verbose=False,
            ))  # fmt: skip
        banned = {i: -math.inf for i in bot.control_ids}
        figures = {name: {"posts_s": [], "posts_tok_s": [], "one_tok_s": [], "first_ms": [],
                          "ended": 0, "posts": 0} for name in engines}  # fmt: skip
        for seed in range(-1, args.seeds):  # seed -1 warms every engine up
            for name, (writer, llm) in engines.items():
                many = ten_posts(writer, llm, seed + 1, banned)
                one = one_post(writer, llm, seed + 1000, banned)
                if seed < 0:
                    continue
                f = figures[name]
                f["posts_s"].append(many["seconds"])
                f["posts_tok_s"].append(many["tokens"] / many["seconds"])
                f["ended"] += many["ended"]
                f["posts"] += POSTS
                f["one_tok_s"].append(one["tokens"] / one["seconds"])
                f["first_ms"].append(1000 * one["first"])
        result = {"threads": threads, "seeds": args.seeds, "bot": str(args.bot),
                  "full_dtype": str(bot.model.dtype), "engines": {}}  # fmt: skip
        for name, (writer, llm) in engines.items():
            f = figures[name]
            result["engines"][name] = {
                "ten_posts_s": statistics.median(f["posts_s"]),
                "ten_posts_tok_s": statistics.median(f["posts_tok_s"]),
                "single_stream_tok_s": statistics.median(f["one_tok_s"]),
                "first_token_ms": statistics.median(f["first_ms"]),
                "ended_at_end_of_post": f"{f['ended']}/{f['posts']}",
                "held_out_loss": held_out_loss(writer, llm, held_out),
            }
    base = result["engines"][full]
    print(f"{threads} threads, {args.seeds} seeds, {args.bot.name}; ratios against twinpost:")
    for name, r in result["engines"].items():
        print(f"  {name:18s} 10 posts {r['ten_posts_s']:5.2f} s "
              f"({base['ten_posts_s'] / r['ten_posts_s']:.2f}x, {r['ten_posts_tok_s']:5.1f} tok/s)"
              f"  one post {r['single_stream_tok_s']:5.1f} tok/s "
              f"({r['single_stream_tok_s'] / base['single_stream_tok_s']:.2f}x, first token "
              f"{r['first_token_ms']:.0f} ms)  ended {r['ended_at_end_of_post']}"
              f"  held-out loss {r['held_out_loss']:.4f}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


def held_out_ids(bot, bot_dir: Path) -> list[list[int]]:
    start, eos = post_start_id(bot.tokenizer), bot.tokenizer.eos_token_id
    lines = (bot_dir / "held_out_posts.jsonl").read_text(encoding="utf-8").splitlines()
    posts = [json.loads(line)["text"] for line in lines[:HELD_OUT_POSTS]]
    return [[start, *text_ids(bot.tokenizer, p), eos][:256] for p in posts]


def ten_posts(bot, llm, seed: int, banned: dict) -> dict:
    started = time.perf_counter()
    if llm is None:
        generator = torch.Generator().manual_seed(seed)
        samples = sample_rows(
            bot, [PROMPT] * POSTS, [MAX_NEW_TOKENS] * POSTS, TEMPERATURE, TOP_P, generator
        )
        tokens, ended = sum(s.steps for s in samples), sum(s.finished for s in samples)
    else:
        tokens = ended = 0
        for i in range(POSTS):
            out = complete(llm, seed * POSTS + i, banned)
            tokens += out["usage"]["completion_tokens"]
            ended += out["choices"][0]["finish_reason"] == "stop"
    return {"seconds": time.perf_counter() - started, "tokens": tokens, "ended": ended}


def one_post(bot, llm, seed: int, banned: dict) -> dict:
    """One post, as a chat client streams it: time to its first token and tokens/s."""
    started, first, tokens = time.perf_counter(), None, 0
    if llm is None:
        generator = torch.Generator().manual_seed(seed)

        def on_step(new, done, row_sample):
            nonlocal first
            first = first if first is not None else time.perf_counter() - started

        samples = sample_rows(bot, [PROMPT], [MAX_NEW_TOKENS], TEMPERATURE, TOP_P, generator,
                              on_step=on_step)  # fmt: skip
        tokens = samples[0].steps
    else:
        for _chunk in complete(llm, seed, banned, stream=True):
            first = first if first is not None else time.perf_counter() - started
            tokens += 1
    return {"seconds": time.perf_counter() - started, "tokens": tokens, "first": first or 0.0}


def complete(llm, seed: int, banned: dict, stream: bool = False):
    return llm.create_completion(
        PROMPT, max_tokens=MAX_NEW_TOKENS, temperature=TEMPERATURE, top_p=TOP_P, top_k=0,
        min_p=0.0, repeat_penalty=1.0, seed=seed, logit_bias=banned, stream=stream,
    )  # fmt: skip


def held_out_loss(bot, llm, posts: list[list[int]]) -> float:
    """Mean next-token loss (nats) over the held-out posts' tokens, start token excluded."""
    total = count = 0.0
    for ids in posts:
        if llm is None:
            with torch.inference_mode():
                logits = bot.model(input_ids=torch.tensor([ids])).logits[0, :-1].float()
        else:
            llm.reset()
            llm.eval(ids)
            logits = torch.from_numpy(llm.scores[: len(ids) - 1].copy()).float()
        target = torch.tensor(ids[1:])
        total += float(torch.nn.functional.cross_entropy(logits, target, reduction="sum"))
        count += len(target)
    return total / count


if __name__ == "__main__":
    main()
