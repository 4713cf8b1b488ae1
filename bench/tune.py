"""Learning from picks (issue 30): what 50, 100 and 200 labels do to a bot, on the shared
accounts, with a simulated person.

    .venv/bin/python bench/tune.py bots                   # one default bot per account (reused)
    .venv/bin/python bench/tune.py run --labels 50,100,200 --seeds 0,1,2
    .venv/bin/python bench/tune.py report                 # the tables in BENCHMARKS.md

The simulated person is a judge that knows the account: a character n-gram classifier
(`twinpost eval`'s own kind) trained on the account's real posts from the bot's training side
of the split (never its held-out posts, which `twinpost eval` scores) against 200 posts the
bot wrote under other seeds. It reads the posts the bot writes and calls the more real-looking
half "sounds like me" and the rest "not me", as a person asked to sort them would.

By default the bot writes posts and the judge labels posts. With --replies, it writes as
`twinpost eval` writes: the account's share of replies as replies, here to what replies of
the training side answer, and each reply is labelled with the post it answers (tune reads it
first, as the bot did).

Each run: the bot writes N posts (a seed of its own), the judge labels them into the bot's
label store, `twinpost tune` (the library call, default settings) makes the next version into
--dir, and `twinpost eval` scores both the bot and its tuned version the same way (200 posts,
seed 0, the other shared accounts and the sample account as impostors). Figures accumulate in
--dir/tune.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from accounts import ACCOUNTS, ROOT  # bench/accounts.py

JUDGE_POSTS = 200
JUDGE_SEED = 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("phase", choices=["bots", "run", "report"])
    parser.add_argument("--dir", type=Path, default=ROOT / "bench" / "out" / "tune")
    parser.add_argument("--accounts", default=",".join(ACCOUNTS))
    parser.add_argument("--labels", default="100", help="label counts, comma-separated")
    parser.add_argument("--seeds", default="0", help="seeds, comma-separated")
    parser.add_argument("--lr", type=float, help="tune's learning rate (default: twinpost's)")
    parser.add_argument("--epochs", type=float, help="tune's passes (default: twinpost's)")
    parser.add_argument("--tag", default="", help="a name for this setting in the figures")
    parser.add_argument(
        "--replies",
        action="store_true",
        help="write and label the account's share of replies, as eval writes",
    )
    parser.add_argument("--n", type=int, default=200, help="posts per eval")
    args = parser.parse_args()
    accounts = args.accounts.split(",")
    args.dir.mkdir(parents=True, exist_ok=True)
    if args.phase == "bots":
        for account in accounts:
            train(args.dir, account)
    elif args.phase == "run":
        for account in accounts:
            bot = args.dir / account
            baseline(args.dir, bot, args.n)
            for count in [int(x) for x in args.labels.split(",")]:
                for seed in [int(x) for x in args.seeds.split(",")]:
                    run(args, bot, count, seed)
    report(args.dir)


def figures_path(folder: Path) -> Path:
    return folder / "tune.json"


def load(folder: Path) -> dict:
    path = figures_path(folder)
    data = json.loads(path.read_text()) if path.is_file() else {}
    data["machine"] = {"platform": platform.platform(), "cpus": __import__("os").cpu_count(),
                       "bf16": _bf16()}  # fmt: skip
    return data


def save(folder: Path, key: list[str], value) -> None:
    data = load(folder)
    node = data
    for part in key[:-1]:
        node = node.setdefault(part, {})
    node[key[-1]] = value
    figures_path(folder).write_text(json.dumps(data, indent=1) + "\n")


def _bf16() -> bool:
    import torch

    return bool(torch.backends.mkldnn.is_available()
                and torch.ops.mkldnn._is_mkldnn_bf16_supported())  # fmt: skip


def train(folder: Path, account: str) -> None:
    out = folder / account
    if (out / "twinpost.json").is_file():
        print(f"{account}: reusing {out}", flush=True)
        return
    command = [sys.executable, "-m", "twinpost", "train", str(ACCOUNTS[account]), "--out",
               str(out), "--json"]  # fmt: skip
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    print(f"{account}: trained in {time.perf_counter() - started:.0f} s", flush=True)


def impostors_of(bot: Path) -> list[str]:
    from twinpost.bot.folder import read_record
    from twinpost.demo import SAMPLE_ACCOUNT

    own = {h.split("@")[0] for h in read_record(bot).handles}
    return [str(p) for a, p in ACCOUNTS.items() if a not in own] + [str(SAMPLE_ACCOUNT)]


def voice(bot: Path, n: int) -> dict:
    from twinpost.voice import evaluate

    full = evaluate(bot, impostors_of(bot), n=n).to_dict()
    return {
        "attribution": full["attribution"],
        "discriminator": full["discriminator"]["accuracy"],
        "discriminator_ci": [full["discriminator"]["low"], full["discriminator"]["high"]],
        "held_out_loss": full["held_out_loss"],
        "distinct_2": full["diversity"]["generated"]["distinct_2"],
        "self_bleu": full["diversity"]["generated"]["self_bleu"],
    }


def baseline(folder: Path, bot: Path, n: int) -> None:
    data = load(folder)
    if bot.name in data.get("baseline", {}):
        return
    save(folder, ["baseline", bot.name], voice(bot, n))
    print(f"{bot.name} baseline: {load(folder)['baseline'][bot.name]}", flush=True)


def written_like_eval(
    bot: Path, count: int, seed: int, replies: bool = True
) -> list[tuple[str, dict | None]]:
    """`count` posts written as `twinpost eval` writes them: the held-out posts' share of
    replies written as replies, here to what replies of the training side answer (the judge
    and the tune never read a held-out post); all as posts without `replies`. (text, what it
    answers or None)."""
    import random

    from twinpost.bot.folder import _own_parent, held_out_posts, held_out_replies, read_record
    from twinpost.config import GenerateConfig, TrainConfig
    from twinpost.data.corpus import corpus_of
    from twinpost.forget import trained_export
    from twinpost.generation.load import load_bot
    from twinpost.generation.write import PostRequest, generate, write_posts
    from twinpost.training.dataset import split_posts
    from twinpost.voice.replies import reply_requests

    record = read_record(bot)
    config = TrainConfig.from_dict(record.train_config)
    held = held_out_posts(bot)
    share = len(held_out_replies(bot, with_parent=False)) / max(1, sum(map(len, held.values())))
    answering = round(count * share) if replies else 0
    out: list[tuple[str, dict | None]] = [
        (t, None) for t in generate(bot, "", GenerateConfig(n=count - answering, seed=seed)).posts
    ]
    if answering:
        exports = [trained_export(bot, a.source) for a in record.accounts]
        corpus = corpus_of(exports, config.strict_seed_rules, config.scrub)
        train = split_posts(corpus.posts, config.held_out, config.seed).train
        replies = [_own_parent(p, record.handles) for p in train if p.is_reply]
        replies = [r for r in replies if r.get("parent_text") or r.get("reply_to_author")]
        answered = random.Random(seed).sample(replies, min(answering, len(replies)))
        first = PostRequest.from_config("", GenerateConfig(n=1, seed=seed))
        written, _ = write_posts(load_bot(bot), reply_requests(first, answered))
        out += [(w.samples[0].text, r) for w, r in zip(written, answered, strict=True)
                if w.samples]  # fmt: skip
    return out


def judge_of(bot: Path, replies: bool = True):
    """The simulated person: P(real) for a post, from a classifier that saw the account's
    training-side posts and the bot's own posts under other seeds, written as eval writes."""
    from twinpost.bot.lineage import trained_posts
    from twinpost.voice.classify import _classifier

    real = [t for texts in trained_posts(bot).values() for t in texts]
    if not real:
        raise SystemExit(f"{bot}: its training posts are not in this machine's artifact store")
    written = [t for t, _ in written_like_eval(bot, JUDGE_POSTS, JUDGE_SEED, replies)]
    model = _classifier(0).fit(real + written, [1] * len(real) + [0] * len(written))
    return lambda texts: list(model.predict_proba(texts)[:, 1])


def run(args, bot: Path, count: int, seed: int) -> None:
    from twinpost.bot.labels import LabelStore
    from twinpost.training.preference import TuneSettings
    from twinpost.tune import tune_bot

    name = f"{bot.name}-{args.tag or 'default'}-{count}-s{seed}"
    if name in load(args.dir).get("runs", {}):
        print(f"{name}: done before", flush=True)
        return
    judge = judge_of(bot, args.replies)
    posts = written_like_eval(bot, count, 2000 + seed, args.replies)
    scores = judge([t for t, _ in posts])
    cut = sorted(scores)[len(scores) // 2]
    with LabelStore() as store:
        store.clear(bot)
        for (text, answered), score in zip(posts, scores, strict=True):
            answered = answered or {}
            store.add(bot, text, score >= cut, "rate", reply_to=answered.get("parent_text"),
                      reply_to_author=answered.get("reply_to_author"))  # fmt: skip
    out = args.dir / f"tuned-{name}"
    shutil.rmtree(out, ignore_errors=True)
    settings = TuneSettings(**{k: v for k, v in (("lr", args.lr), ("epochs", args.epochs))
                               if v is not None})  # fmt: skip
    started = time.perf_counter()
    tune_bot(bot, out=out, settings=settings)
    seconds = time.perf_counter() - started
    with LabelStore() as store:
        store.clear(bot)
    row = {"labels": count, "seed": seed, "tag": args.tag or "default",
           "seconds": round(seconds, 1), "settings": settings.__dict__,
           "replies_labelled": sum(a is not None for _, a in posts),
           "timings": json.loads((out / "twinpost.json").read_text())["training"]["timings"],
           **voice(out, args.n)}  # fmt: skip
    save(args.dir, ["runs", name], row)
    shutil.rmtree(out, ignore_errors=True)  # 0.1-0.5 GB each; the figures are kept
    print(f"{name}: {row}", flush=True)


def report(folder: Path) -> None:
    data = load(folder)
    base = data.get("baseline", {})
    print("| account | labels | seed | setting | attribution | discriminator | held-out loss "
          "| distinct-2 | self-BLEU | tune, s |")  # fmt: skip
    print("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for account, b in sorted(base.items()):
        print(
            f"| {account} | 0 | - | bot | {_attr(b, account)} | {b['discriminator']:.3f} | "
            f"{b['held_out_loss']:.4f} | {b['distinct_2']:.3f} | {b['self_bleu']:.3f} | - |"
        )
        for name, r in sorted(data.get("runs", {}).items()):
            if name.startswith(account + "-"):
                print(
                    f"| {account} | {r['labels']} | {r['seed']} | {r['tag']} | "
                    f"{_attr(r, account)} | {r['discriminator']:.3f} | {r['held_out_loss']:.4f} "
                    f"| {r['distinct_2']:.3f} | {r['self_bleu']:.3f} | {r['seconds']:.0f} |"
                )


def _attr(row: dict, account: str) -> str:
    values = list(row["attribution"].values())
    return f"{values[0]:.1%}" if values else "-"


if __name__ == "__main__":
    main()
