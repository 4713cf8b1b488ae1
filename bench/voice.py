"""Does a bot sound like its account? `twinpost eval`'s figures on the shared accounts.

    .venv/bin/python bench/voice.py all                   # everything below, in order
    .venv/bin/python bench/voice.py bots --budgets 30,300 # single-account bots (kept, reused)
    .venv/bin/python bench/voice.py cyborg --budget 300   # the three accounts in one bot
    .venv/bin/python bench/voice.py eval                  # eval every bot, 200 posts each
    .venv/bin/python bench/voice.py residue --posts 1000  # chat residue, control tokens
                                                          # banned and (for contrast) allowed
    .venv/bin/python bench/voice.py sampling              # eval at other temperature/top-p
    .venv/bin/python bench/voice.py bases --base-gguf gemma-3-270m-q4_k_m.gguf \
        --budgets 60,150,300 --accounts andreruffert
        # another base against the embedded one, interleaved budget by budget: each trained
        # with `--base FILE.gguf` (twinpost converts it once) and evaluated

Bots are trained with `twinpost train` as users run it (default settings but the budget),
one at a time, into --dir (default bench/out/voice); a bot already there is reused. Each
account's impostors are the other two shared accounts and the bundled sample account, so
attribution is against three impostors and the base model. Figures accumulate in
--dir/voice.json; `report` prints them as the tables in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from accounts import ACCOUNTS, ROOT  # bench/accounts.py

SAMPLING = [(0.7, 0.95), (0.85, 0.95), (1.0, 0.9), (1.0, 0.95), (1.0, 1.0)]
CYBORG = "cyborg"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("phase", choices=["all", "bots", "cyborg", "eval", "residue",
                                          "sampling", "bases", "report"])  # fmt: skip
    parser.add_argument("--base-gguf", type=Path, help="bases: a GGUF file of another base")
    parser.add_argument("--dir", type=Path, default=ROOT / "bench" / "out" / "voice")
    parser.add_argument(
        "--budgets",
        default="30,300",
        help="seconds, comma-separated; none: the default, all epochs",
    )
    parser.add_argument("--budget", default="300", help="the cyborg's, seconds, or none")
    parser.add_argument("--posts", type=int, default=1000, help="posts per bot for residue")
    parser.add_argument("--n", type=int, default=200, help="posts per eval")
    parser.add_argument("--accounts", default=",".join(ACCOUNTS))
    parser.add_argument("--only", help="residue/eval: bots whose name holds this text")
    args = parser.parse_args()
    try:
        budgets = [None if b == "none" else float(b) for b in args.budgets.split(",")]
        args.budget = None if args.budget == "none" else float(args.budget)
    except ValueError:
        parser.error(f"--budgets {args.budgets!r}: seconds, e.g. 30,300")
    accounts = args.accounts.split(",")
    unknown = [a for a in accounts if a not in ACCOUNTS]
    if unknown:
        parser.error(f"--accounts: unknown {', '.join(unknown)}; use {', '.join(ACCOUNTS)}")
    missing = [str(p) for a, p in ACCOUNTS.items() if a in accounts and not p.is_dir()]
    if missing:
        parser.error(f"shared exports missing: {', '.join(missing)}")
    args.dir.mkdir(parents=True, exist_ok=True)
    phases = ["bots", "cyborg", "eval", "residue", "sampling", "report"]
    for phase in phases if args.phase == "all" else [args.phase]:
        if phase == "bots":
            for budget in budgets:
                for account in accounts:
                    name = f"{account}-{budget_label(budget)}"
                    train(args.dir, name, [ACCOUNTS[account]], budget)
        elif phase == "cyborg":
            train(args.dir, f"{CYBORG}-{budget_label(args.budget)}", list(ACCOUNTS.values()),
                  args.budget)  # fmt: skip
            cyborg_losses(args.dir, args.budget)
        elif phase == "eval":
            for bot in bots(args.dir, args.only):
                voice(args.dir, bot, args.n)
        elif phase == "residue":
            for bot in bots(args.dir, args.only):
                residue(args.dir, bot, args.posts)
        elif phase == "bases":
            if args.base_gguf is None or not args.base_gguf.is_file():
                parser.error("bases: --base-gguf FILE (a GGUF of another base model) is needed")
            gguf = args.base_gguf.resolve()
            from twinpost.training.base_model import resolve_base

            resolve_base(), resolve_base(str(gguf))  # converted once, outside every budget
            for budget in budgets:
                for account in accounts:
                    for name, more in ((f"{account}-{budget:g}s", []),
                                       (f"{account}-{budget:g}s-{gguf.stem}",
                                        ["--base", str(gguf)])):  # fmt: skip
                        train(args.dir, name, [ACCOUNTS[account]], budget, more)
                        if name not in evaluated(args.dir):
                            voice(args.dir, args.dir / name, args.n)
        elif phase == "sampling":
            for bot in bots(args.dir):
                if bot.name.endswith(f"-{max(budgets):g}s") and not bot.name.startswith(CYBORG):
                    for temperature, top_p in SAMPLING:
                        voice(args.dir, bot, args.n, temperature, top_p)
        else:
            report(args.dir)


def budget_label(budget: float | None) -> str:
    """A bot's name part for its budget: "300s", or "epochs" for the default (no cap)."""
    return "epochs" if budget is None else f"{budget:g}s"


def bots(folder: Path, only: str | None = None) -> list[Path]:
    return sorted(p for p in folder.iterdir() if (p / "twinpost.json").is_file()
                  and (only is None or only in p.name))  # fmt: skip


def evaluated(folder: Path) -> set[str]:
    path = folder / "voice.json"
    return set(json.loads(path.read_text()).get("eval", {})) if path.is_file() else set()


def train(
    folder: Path, name: str, sources: list[Path], budget: float | None, more: list[str] = ()
) -> None:
    out = folder / name
    if (out / "twinpost.json").is_file():
        print(f"{name}: kept from an earlier run", flush=True)
        return
    command = [sys.executable, "-m", "twinpost", "train", *map(str, sources), "--out", str(out),
               "--time-budget", "none" if budget is None else f"{budget:g}s", *more]  # fmt: skip
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    record = json.loads((out / "twinpost.json").read_text())
    row = {"wall": round(wall, 1), "budget": budget, "steps": record["training"]["steps"],
           "epochs_done": record["training"]["epochs_done"],
           "held_out_after": record["held_out_loss"]["after"]}  # fmt: skip
    save(folder, ["train", name], row)
    print(f"{name}: {row}", flush=True)


def impostors_of(bot: Path) -> list[str]:
    from twinpost.bot.folder import read_record
    from twinpost.demo import SAMPLE_ACCOUNT

    own = {account_of(h) for h in read_record(bot).handles}
    return [str(p) for a, p in ACCOUNTS.items() if a not in own] + [str(SAMPLE_ACCOUNT)]


def account_of(handle: str) -> str:
    """The shared account a handle belongs to: `dealingwith@indieweb.social` -> dealingwith."""
    return handle.split("@")[0]


def voice(folder: Path, bot: Path, n: int, temperature=None, top_p=None) -> None:
    from twinpost.config import GenerateConfig
    from twinpost.voice import evaluate

    config = GenerateConfig.from_settings(temperature=temperature, top_p=top_p)
    report = evaluate(bot, impostors_of(bot), n=n, config=config)
    key = "eval" if temperature is None else f"sampling t={temperature:g} p={top_p:g}"
    row = report.summary()
    save(folder, [key, bot.name], row)
    print(f"{bot.name} [{key}]: attribution {row['attribution']} blend "
          f"{row['blend_attribution']} discriminator {row['discriminator']['accuracy']} "
          f"residue {row['residue']} in {row['seconds']} s", flush=True)  # fmt: skip


def residue(folder: Path, bot_dir: Path, posts: int) -> None:
    """Chat residue in `posts` posts written as `twinpost generate` writes them, and, for
    contrast, with the control tokens allowed (what writing did before they were banned)."""
    from twinpost.config import GenerateConfig
    from twinpost.generation.load import load_bot
    from twinpost.generation.write import generate
    from twinpost.voice.residue import residue_count

    bot = load_bot(bot_dir)
    row = {}
    banned = bot.control_ids
    for label, ids, n in (("banned", banned, posts), ("allowed", [], min(posts, 100))):
        bot.control_ids = ids
        written, started = [], time.perf_counter()
        for i in range(0, n, 100):
            config = GenerateConfig(n=min(100, n - i), seed=1000 + i)
            written += generate(bot, "", config).posts
        row[label] = {"posts": len(written), "residue": residue_count(written),
                      "seconds": round(time.perf_counter() - started, 1)}  # fmt: skip
    save(folder, ["residue", bot_dir.name], row)
    print(f"{bot_dir.name} residue: {row}", flush=True)


def cyborg_losses(folder: Path, budget: float | None) -> None:
    """Each account's held-out loss: the cyborg writing as it (its prefix before each post)
    against the single-account bot of the same budget, on the same held-out posts."""
    import torch
    from transformers import AutoModelForCausalLM

    from twinpost.bot.folder import held_out_posts
    from twinpost.training.dataset import load_post_tokenizer, sequence_ids
    from twinpost.training.held_out import held_out_loss

    cyborg = folder / f"{CYBORG}-{budget_label(budget)}"
    held = held_out_posts(cyborg)
    row = {}
    for account, texts in held.items():
        single = folder / f"{account_of(account)}-{budget_label(budget)}"
        scores = {}
        for label, bot, speaker in (("cyborg_as", cyborg, account), ("cyborg_blend", cyborg, None),
                                    ("single", single, None)):  # fmt: skip
            if not (bot / "twinpost.json").is_file():
                continue
            tokenizer = load_post_tokenizer(bot)
            model = AutoModelForCausalLM.from_pretrained(bot, dtype=torch.float32)
            if speaker:  # the prefix is given, not predicted: score the post's own tokens
                scores[label] = held_out_loss_given_prefix(model, texts, tokenizer, speaker)
            else:
                seqs = [sequence_ids(tokenizer, t) for t in texts]
                scores[label] = round(held_out_loss(model, seqs, tokenizer.pad_token_id), 4)
        row[account] = scores
    save(folder, ["cyborg_losses", cyborg.name], row)
    print(f"{cyborg.name} held-out loss by account: {row}", flush=True)


def held_out_loss_given_prefix(model, texts, tokenizer, speaker) -> float:
    """The held-out loss of `texts` with the speaker's prefix given as context: the mean
    cross-entropy of each post's own tokens and its end, as the held-out loss counts them."""
    import torch
    import torch.nn.functional as F

    from twinpost.training.dataset import prefix_ids, sequence_ids
    from twinpost.training.held_out import MAX_SCORED_TOKENS

    given = 1 + len(prefix_ids(tokenizer, speaker))
    total, count = 0.0, 0
    with torch.no_grad():
        for text in texts:
            ids = sequence_ids(tokenizer, text, speaker)[: MAX_SCORED_TOKENS + given - 1]
            logits = model(input_ids=torch.tensor([ids])).logits[0, :-1].float()
            targets = torch.tensor(ids[1:])
            targets[: given - 1] = -100
            total += F.cross_entropy(logits, targets, reduction="sum").item()
            count += int((targets != -100).sum())
    return round(total / count, 4)


def save(folder: Path, keys: list[str], row: dict) -> None:
    path = folder / "voice.json"
    data = json.loads(path.read_text()) if path.is_file() else {}
    data["machine"] = {"platform": platform.platform(), "cpus": os.cpu_count(),
                       "processor": platform.processor() or platform.machine()}  # fmt: skip
    node = data
    for key in keys[:-1]:
        node = node.setdefault(key, {})
    node[keys[-1]] = row
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def report(folder: Path) -> None:
    path = folder / "voice.json"
    if not path.is_file():
        sys.exit(f"{path}: no figures yet; run a phase first")
    data = json.loads(path.read_text())
    print("| bot | attribution | discriminator (95% CI) | residue | copy rate | eval s |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, row in data.get("eval", {}).items():
        d = row["discriminator"]
        attribution = ", ".join(f"@{h} {s:.0%}" for h, s in row["attribution"].items())
        if row.get("blend_attribution"):
            blend = ", ".join(f"@{h} {s:.0%}" for h, s in row["blend_attribution"].items())
            attribution += f" (blend: {blend})"
        print(
            f"| {name} | {attribution} | {d['accuracy']:.3f} ({d['low']:.3f}-{d['high']:.3f})"
            f" | {row['residue']}/{row['posts']} | {row['copy_rate']:.1%} | {row['seconds']} |"
        )
    for key, rows in data.items():
        if key.startswith("sampling"):
            for name, row in rows.items():
                att = ", ".join(f"{s:.0%}" for s in row["attribution"].values())
                print(f"{key} {name}: attribution {att} discriminator "
                      f"{row['discriminator']['accuracy']:.3f}")  # fmt: skip
    for name, row in data.get("residue", {}).items():
        print(f"residue {name}: {row}")
    for name, row in data.get("cyborg_losses", {}).items():
        print(f"held-out loss by account, {name}: {row}")
    for name, row in data.get("train", {}).items():
        print(f"train {name}: {row}")


if __name__ == "__main__":
    main()
