"""The order of training blocks: the same data and steps, trained by several twinpost commits.

    .venv/bin/python bench/training_order.py f143c80 784a234 HEAD

For each shared X account it keeps the posts as twinpost reads them, splits them 80/20 (seed
0), writes the 80% as JSON lines to a scratch folder, and runs `python -m twinpost train
TRAIN.jsonl --time-budget 150s` from each commit's `src` (a `git worktree` of it, on
PYTHONPATH, each with a TWINPOST_HOME of its own), accounts outside, commits inside, so every
commit sees the same machine. Each bot is then scored here, outside twinpost, on the 20% it
never saw (the mean loss per predicted token of `eos + post + eos`, in fp32), beside the
steps, epochs and tokens it reports and its own held-out figure.

The posts stay in the scratch folder and are deleted with it; nothing here is committed.
Writes the figures as JSON with --json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from accounts import ROOT
from accounts import X_ACCOUNTS as ACCOUNTS  # bench/accounts.py

HELD_OUT, SEED = 0.2, 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commits", nargs="+", help="commits to compare, e.g. f143c80 HEAD")
    parser.add_argument("--budget", default="150s", help="each run's --time-budget")
    parser.add_argument("--accounts", default=",".join(ACCOUNTS), help="comma-separated")
    parser.add_argument(
        "--conversations",
        action="store_true",
        help="train on lines that keep what each reply answers, and score the "
        "held-out posts and replies apart (replies also after their context)",
    )
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    accounts = args.accounts.split(",")
    if unknown := [a for a in accounts if a not in ACCOUNTS]:
        parser.error(f"--accounts: unknown {', '.join(unknown)}; use {', '.join(ACCOUNTS)}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="twinpost-order-") as scratch_dir:
        scratch = Path(scratch_dir)
        trees = {commit: worktree(commit, scratch / f"tree-{i}")
                 for i, commit in enumerate(args.commits)}  # fmt: skip
        try:
            for account in accounts:
                train, held = split_account(account, scratch, args.conversations)
                for commit, tree in trees.items():
                    home = scratch / f"home-{tree.name}"
                    bot = scratch / f"bot-{tree.name}-{account}"
                    figures = train_and_score(tree, home, train, held, bot, args.budget)
                    row = {"account": account, "commit": commit, **figures}
                    rows.append(row)
                    apart = ""
                    if args.conversations:
                        apart = (f"  posts {row['posts']:.4f}  replies alone "
                                 f"{row['replies_alone']:.4f}  after context "
                                 f"{row['replies_context']:.4f}")  # fmt: skip
                    print(
                        f"{account:13} {commit:9} outside {row['outside']:.4f}{apart}  own "
                        f"{row['own']:.4f}  steps {row['steps']}  epochs {row['epochs']:.2f}  "
                        f"tokens {row['tokens']}",
                        flush=True,
                    )
        finally:
            for tree in trees.values():
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(tree)], check=False)  # fmt: skip
    if args.json:
        machine = {"platform": platform.platform(), "cpus": os.cpu_count(),
                   "cpu": cpu_name()}  # fmt: skip
        args.json.write_text(json.dumps({"machine": machine, "runs": rows}, indent=2) + "\n")


def worktree(commit: str, path: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(path),
                    commit], check=True)  # fmt: skip
    return path


def split_account(account: str, scratch: Path, conversations: bool = False) -> tuple[Path, list]:
    """The account's kept posts split 80/20; the 80% written as JSON lines (with what each
    reply answers, where `conversations`: commits that predate it read the text alone)."""
    import twinpost

    corpus = twinpost.read(str(ACCOUNTS[account]))
    from twinpost.training.dataset import split_posts

    split = split_posts(corpus.posts, HELD_OUT, SEED)
    train = scratch / f"{account}-train.jsonl"
    keys = ("reply_to", "reply_to_author", "parent_text") if conversations else ()
    train.write_text("".join(
        json.dumps({"text": p.text, **{k: getattr(p, k) for k in keys if getattr(p, k)}}) + "\n"
        for p in split.train
    ))  # fmt: skip
    return train, split.held_out


def train_and_score(tree: Path, home: Path, train: Path, held: list, bot: Path,
                    budget: str) -> dict:  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "TWINPOST_HOME": str(home)}
    command = [sys.executable, "-m", "twinpost", "train", str(train), "--out", str(bot),
               "--time-budget", budget]  # fmt: skip
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    record = json.loads((bot / "twinpost.json").read_text())
    training = record["training"]
    row = {
        **score(bot, held),
        "own": record["held_out_loss"]["after"],
        "steps": training["steps"],
        "epochs": training.get("epochs_done") or 0.0,
        "tokens": training["tokens_seen"],
    }
    shutil.rmtree(bot)
    return row


def score(bot: Path, held: list) -> dict[str, float]:
    """Mean loss per predicted token on posts the bot never saw, in fp32: all of them as lone
    posts ("outside"); and apart, the posts that answer nothing, and the replies alone and
    after what they answer (`reply_context`)."""
    import torch
    from transformers import AutoModelForCausalLM

    from twinpost.training.dataset import load_post_tokenizer, reply_context, sequence_ids
    from twinpost.training.held_out import held_out_loss

    tokenizer = load_post_tokenizer(bot)
    model = AutoModelForCausalLM.from_pretrained(bot, dtype=torch.float32)
    pad = tokenizer.pad_token_id

    def loss(posts, context: bool = False) -> float:
        return held_out_loss(model, [sequence_ids(tokenizer, p.text, context=reply_context(
            tokenizer, p.parent_text, p.reply_to_author) if context else None)
            for p in posts], pad) if posts else float("nan")  # fmt: skip

    replies = [p for p in held if p.is_reply]
    return {"outside": loss(held), "posts": loss([p for p in held if not p.is_reply]),
            "replies_alone": loss(replies), "replies_context": loss(replies, True)}  # fmt: skip


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


if __name__ == "__main__":
    main()
