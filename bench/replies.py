"""Replies trained after what they answer, against replies trained alone (today's recipe before
issue 27), on the same split, base model and machine.

    .venv/bin/python bench/replies.py --accounts alrocar,andreruffert,dealingwith

For each account it keeps the posts as twinpost reads them, splits them 80/20 (seed 0), and
trains one bot on the 80% with each setting of `reply_context` (default settings otherwise,
`make_bot` in this process, the settings interleaved per account). Each bot is scored on the
20% it never saw: all held-out posts as the run scores them, and the held-out replies whose
parent is known, each scored after its parent and alone (the reply's own tokens only, in
fp32). Writes the figures as JSON with --json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
from pathlib import Path

from accounts import ACCOUNTS  # bench/accounts.py

HELD_OUT, SEED = 0.2, 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", default="alrocar", help="comma-separated")
    parser.add_argument("--budget", type=float, default=300.0, help="each run's time budget")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    accounts = args.accounts.split(",")
    if unknown := [a for a in accounts if a not in ACCOUNTS]:
        parser.error(f"--accounts: unknown {', '.join(unknown)}; use {', '.join(ACCOUNTS)}")
    rows = []
    for account in accounts:
        for reply_context in (False, True):
            row = run(account, reply_context, args.budget)
            rows.append(row)
            print(
                f"{account:13} reply_context={reply_context!s:5}  held-out {row['held_out']:.4f}"
                f"  replies with their parent {row['replies_with_parent']:.4f}  alone "
                f"{row['replies_alone']:.4f}  ({row['replies']} replies; steps {row['steps']},"
                f" epochs {row['epochs']:.2f})",
                flush=True,
            )
    if args.json:
        machine = {"platform": platform.platform(), "cpus": os.cpu_count()}
        args.json.write_text(json.dumps({"machine": machine, "runs": rows}, indent=2) + "\n")


def run(account: str, reply_context: bool, budget: float) -> dict:
    import torch
    from transformers import AutoModelForCausalLM

    import twinpost
    from twinpost.data.corpus import Corpus
    from twinpost.training.dataset import (
        load_post_tokenizer,
        sequence_ids,
        split_posts,
    )
    from twinpost.training.dataset import (
        reply_context as context_of,
    )
    from twinpost.training.held_out import held_out_loss

    corpus = twinpost.read(str(ACCOUNTS[account]))
    split = split_posts(corpus.posts, HELD_OUT, SEED)
    (cleaned,) = corpus.accounts
    cleaned.posts = split.train
    config = twinpost.TrainConfig(time_budget=budget, reply_context=reply_context)
    with tempfile.TemporaryDirectory(prefix="twinpost-replies-") as scratch:
        made = twinpost.make_bot(Corpus([cleaned]), Path(scratch) / "bot", config)
        tokenizer = load_post_tokenizer(made.bot_dir)
        model = AutoModelForCausalLM.from_pretrained(made.bot_dir, dtype=torch.float32)
        pad = tokenizer.pad_token_id
        replies = [p for p in split.held_out if p.is_reply and p.parent_text]

        def score(posts, with_context: bool) -> float:
            return held_out_loss(model, [
                sequence_ids(tokenizer, p.text, context=context_of(
                    tokenizer, p.parent_text, p.reply_to_author) if with_context else None)
                for p in posts
            ], pad)  # fmt: skip

        training = made.training
        return {
            "account": account,
            "reply_context": reply_context,
            "held_out": made.record.held_out_loss["after"],
            "replies": len(replies),
            "replies_with_parent": score(replies, True),
            "replies_alone": score(replies, False),
            "steps": training.steps,
            "epochs": training.epochs_done,
        }


if __name__ == "__main__":
    main()
