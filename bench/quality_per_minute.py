"""Speed and quality, side by side in one run: the established recipe against twinpost's.

    python bench/quality_per_minute.py ../shared/data/x-archive/andreruffert

On one account's kept posts (80/20 split, seeded) and the embedded SmolLM2-135M it runs:
1. the established recipe for 300 s, scoring the held-out loss at checkpoints;
2. `twinpost train` (defaults) once per budget: 30 s, 60 s, 150 s;
3. generation: 10 posts for "My dream is", twinpost's path against the plain `pipeline`,
   judged on equal work (time per decoding step), whole passes reported beside it;
4. memorization: 200+ posts from the 150 s bot, with and without the copy guard;
5. peak memory (RSS) of `twinpost train` and `twinpost generate` as child processes.
It prints every target with pass/fail and writes `results.json` and `loss.png` to --out.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from recipes import (  # noqa: E402
    SEED,
    Curve,
    benchmark_split,
    established_recipe,
    measured_run,
    twinpost_recipe,
)

from twinpost.bot.copy_guard import CopyGuard  # noqa: E402
from twinpost.config import GenerateConfig  # noqa: E402
from twinpost.data.corpus import build_corpus  # noqa: E402
from twinpost.errors import TwinpostError  # noqa: E402

PROMPT = "My dream is"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("--budgets", default="30,60,150", type=_seconds_list,
                        help="twinpost budgets, seconds, comma-separated")  # fmt: skip
    parser.add_argument("--baseline-budget", type=float, default=300)
    parser.add_argument("--posts", type=int, default=200, help="posts for the copy rate")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--report-only", action="store_true", help="Redraw and reprint from --out's results.json"
    )
    parser.add_argument(
        "--generation-only",
        action="store_true",
        help="Re-measure generation, memorization and generate's memory on --out's bot, "
        "keeping the training results in --out's results.json",
    )
    parser.add_argument(
        "--training-only",
        action="store_true",
        help="Measure the two recipes' training only (no generation, memorization or "
        "generate's memory)",
    )
    args = parser.parse_args()
    name = Path(args.source).name
    out = args.out or Path(__file__).parent / "out" / name
    if (args.report_only or args.generation_only) and not (out / "results.json").is_file():
        parser.error(f"no results.json in {out}: run the benchmark first, or pass --out")
    budgets = args.budgets
    corpus = None
    if not args.report_only:
        try:
            corpus = build_corpus([args.source])
        except TwinpostError as e:
            parser.error(str(e))
    out.mkdir(parents=True, exist_ok=True)
    if args.report_only:
        results = json.loads((out / "results.json").read_text())
        established, twinpost = (Curve(**results[k]) for k in ("established", "twinpost"))
        plot(established, twinpost, out / "loss.png", name)
        report(results, budgets, args.baseline_budget)
        return
    if args.generation_only:
        results = json.loads((out / "results.json").read_text())
        results.update(measure_bot(out / "bot", corpus, args.posts, results["rss_gib"]["train"]))
        (out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
        report(results, budgets, args.baseline_budget)
        return

    print(f"== {name}: established recipe, {args.baseline_budget:.0f} s", flush=True)
    checkpoints = sorted({30, 60, 90, 150, 210, args.baseline_budget, *budgets})
    checkpoints = [c for c in checkpoints if c <= args.baseline_budget]
    established = established_recipe(corpus, args.baseline_budget, checkpoints)
    print(f"== {name}: twinpost, budgets {budgets}", flush=True)
    twinpost, train_rss = twinpost_recipe(args.source, budgets, keep=out / "bot")

    results = {
        "source": name,
        "established": established.__dict__,
        "twinpost": twinpost.__dict__,
        **(
            {"rss_gib": {"train": train_rss}}
            if args.training_only
            else measure_bot(out / "bot", corpus, args.posts, train_rss)
        ),
    }
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    plot(established, twinpost, out / "loss.png", name)
    report(results, budgets, args.baseline_budget)


def _seconds_list(text: str) -> list[float]:
    try:
        budgets = [float(b) for b in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: not seconds, e.g. 30,60,150") from None
    if any(b <= 0 for b in budgets):
        raise argparse.ArgumentTypeError(f"{text!r}: budgets must be above 0 seconds")
    return budgets


def measure_bot(bot_dir: Path, corpus, n_posts: int, train_rss: float) -> dict:
    """Generation speed, the copy rate and `twinpost generate`'s peak memory, on one bot."""
    print("== generation speed", flush=True)
    speed = generation_speed(bot_dir)
    generate_rss = measured_run(
        [sys.executable, "-m", "twinpost", "generate", str(bot_dir), PROMPT, "-n", "10"]
    )
    print("== memorization", flush=True)
    copies = memorization(bot_dir, corpus, n_posts)
    return {"generation": speed, "memorization": copies,
            "rss_gib": {"train": train_rss, "generate": generate_rss}}  # fmt: skip


def generation_speed(bot_dir: Path, repeats: int = 8) -> dict:
    """10 posts: twinpost's generate against `pipeline(...)` with equal settings.

    A pass of 10 posts takes as long as its longest post, and both sides draw post lengths at
    random, so whole-pass times swing from run to run with the lengths drawn. The target is
    judged on equal work: each side's seconds over its passes' decoding steps (a pass takes as
    many steps as its longest post). The whole passes' medians are reported beside it.
    """
    from transformers import pipeline

    from twinpost.generation.load import load_bot
    from twinpost.generation.write import generate

    config = GenerateConfig(n=10)
    bot = load_bot(bot_dir)
    plain = pipeline("text-generation", model=str(bot_dir))
    settings = {
        "num_return_sequences": 10,
        "do_sample": True,
        "top_p": config.top_p,
        "temperature": config.temperature,
        "max_new_tokens": config.max_new_tokens,
        "return_tensors": True,  # token ids, to count the pass's steps
    }
    prompt_tokens = len(plain.tokenizer(PROMPT)["input_ids"])

    def time_twinpost() -> tuple[float, int]:
        t0 = time.perf_counter()
        steps = generate(bot, PROMPT, config).steps
        return time.perf_counter() - t0, steps

    def time_pipeline() -> tuple[float, int]:
        t0 = time.perf_counter()
        rows = plain(PROMPT, **settings)
        seconds = time.perf_counter() - t0
        # generate pads every row to the pass's length; the pipeline returns prompt + new.
        return seconds, max(len(r["generated_token_ids"]) for r in rows) - prompt_tokens

    time_twinpost(), time_pipeline()  # warm both up
    passes: dict[str, list[tuple[float, int]]] = {"twinpost": [], "pipeline": []}
    for _ in range(repeats):  # interleaved, so drift hits both alike
        passes["twinpost"].append(time_twinpost())
        passes["pipeline"].append(time_pipeline())
    result = {"repeats": repeats}
    for side, timed in passes.items():
        result[f"{side}_s"] = statistics.median(s for s, _ in timed)
        result[f"{side}_ms_per_step"] = 1000 * sum(s for s, _ in timed) / sum(n for _, n in timed)
        result[f"{side}_passes"] = timed
    result["speedup"] = result["pipeline_ms_per_step"] / result["twinpost_ms_per_step"]
    result["speedup_whole_passes"] = result["pipeline_s"] / result["twinpost_s"]
    return result


def memorization(bot_dir: Path, corpus, n_posts: int) -> dict:
    """Share of posts with an 8-word run from the training posts, guard off and on."""
    from twinpost.generation.load import load_bot
    from twinpost.generation.write import generate

    bot = load_bot(bot_dir)
    training = CopyGuard.from_texts(p.text for p in benchmark_split(corpus).train)
    rates, seconds, dropped = {}, {}, 0
    for label, allow in (("off", True), ("on", False)):
        posts, t0 = [], time.perf_counter()
        batch_seed = SEED
        while len(posts) < n_posts:
            config = GenerateConfig(n=25, seed=batch_seed, allow_copies=allow)
            result = generate(bot, "", config)
            posts += result.posts
            dropped += result.copies_dropped if not allow else 0
            batch_seed += 1
        seconds[label] = time.perf_counter() - t0
        rates[label] = sum(training.copies(p) for p in posts) / len(posts)
        print(f"  guard {label}: {rates[label]:.2%} copies, {seconds[label]:.0f} s", flush=True)
    return {"posts": n_posts, "rate_guard_off": rates["off"], "rate_guard_on": rates["on"],
            "seconds_off": seconds["off"], "seconds_on": seconds["on"],
            "resampled": dropped, "time_cost": seconds["on"] / seconds["off"]}  # fmt: skip


def plot(established, twinpost, path: Path, name: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=120)
    for curve, style in ((established, "o-"), (twinpost, "s-")):
        # A twinpost run that finished its epochs before its budget is drawn where it ended.
        ends = curve.actual_seconds or [t for t, _ in curve.points]
        xs = [0.0] + [min(t, end) for (t, _), end in zip(curve.points, ends, strict=True)]
        ys = [curve.before] + [loss for _, loss in curve.points]
        ax.plot(xs, ys, style, label=f"{curve.name} ({curve.tokens_per_second:,.0f} tok/s)")
    ax.set_xlabel("wall-clock training seconds (2-core CPU)")
    ax.set_ylabel("held-out loss (nats/token)")
    ax.set_title(f"Held-out loss against training time: {name}")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)


def report(results: dict, budgets: list[float], baseline_budget: float) -> None:
    est, tw = results["established"], results["twinpost"]
    est_points, tw_points = dict(map(tuple, est["points"])), dict(map(tuple, tw["points"]))
    est_final = _loss_at(est["points"], baseline_budget)
    reach = next((b for b in sorted(tw_points) if tw_points[b] < est_final), None)
    # Throughput as the established recipe's is measured: over one whole run, the longest.
    tw_speed = (tw.get("run_tokens_per_second") or [tw["tokens_per_second"]])[-1]
    rows = [
        (f"twinpost 150 s loss < established {baseline_budget:.0f} s loss",
         f"{tw_points.get(150.0, float('nan')):.4f} vs {est_final:.4f}",
         tw_points.get(150.0, 99) < est_final),
        (f"(aim) twinpost 60 s loss < established {baseline_budget:.0f} s loss",
         f"{tw_points.get(60.0, float('nan')):.4f} vs {est_final:.4f}",
         tw_points.get(60.0, 99) < est_final),
        ("training throughput >= 4x established (twinpost's longest run)",
         f"{tw_speed:,.0f} vs {est['tokens_per_second']:,.0f} tok/s = "
         f"{tw_speed / est['tokens_per_second']:.2f}x (all runs together: "
         f"{tw['tokens_per_second'] / est['tokens_per_second']:.2f}x)",
         tw_speed >= 4 * est["tokens_per_second"]),
    ]  # fmt: skip
    if "generation" in results:  # not measured with --training-only
        rows += [
        ("10 posts >= 2x faster than pipeline, equal work (per decoding step)",
         _generation_figure(results["generation"]),
         results["generation"]["speedup"] >= 2),
        ("copies with the guard on < 1%",
         f"{results['memorization']['rate_guard_on']:.2%} (off: "
         f"{results['memorization']['rate_guard_off']:.2%}, cost "
         f"{results['memorization']['time_cost']:.2f}x time)",
         results["memorization"]["rate_guard_on"] < 0.01),
        ("peak RSS twinpost generate < 1.5 GiB", f"{results['rss_gib']['generate']:.2f} GiB",
         results["rss_gib"]["generate"] < 1.5),
        ]  # fmt: skip
    rows.append(("peak RSS twinpost train < 4 GiB", f"{results['rss_gib']['train']:.2f} GiB",
                 results["rss_gib"]["train"] < 4))  # fmt: skip
    print(f"\nHeld-out loss by budget (established / twinpost), {results['source']}:")
    for b in sorted(set(budgets) | set(est_points)):
        e, t = _loss_at(est["points"], b), tw_points.get(b)
        print(f"  {b:5.0f} s   {e:.4f}   {t if t is None else f'{t:.4f}'}")
    within = f"{reach:.0f} s" if reach else "not within its budgets"
    print(f"  twinpost reaches the established {baseline_budget:.0f} s loss within: {within}")
    print("\nTargets:")
    for label, figure, ok in rows:
        print(f"  [{'PASS' if ok else 'FAIL'}] {label}: {figure}")


def _generation_figure(speed: dict) -> str:
    if "twinpost_ms_per_step" not in speed:  # results.json from before steps were counted
        return (f"{speed['twinpost_s']:.2f} s vs {speed['pipeline_s']:.2f} s = "
                f"{speed['speedup']:.2f}x (whole passes)")  # fmt: skip
    return (f"{speed['twinpost_ms_per_step']:.1f} vs {speed['pipeline_ms_per_step']:.1f} ms "
            f"= {speed['speedup']:.2f}x (whole passes, medians of {speed['repeats']}: "
            f"{speed['twinpost_s']:.2f} s vs {speed['pipeline_s']:.2f} s = "
            f"{speed['speedup_whole_passes']:.2f}x)")  # fmt: skip


def _loss_at(points, seconds: float) -> float:
    done = [loss for t, loss in points if t <= seconds + 1e-6]
    return done[-1] if done else float("nan")


if __name__ == "__main__":
    main()
