"""How often each shared account's own real posts are attributed to it: the ceiling of
`twinpost eval`'s attribution.

    .venv/bin/python bench/attribution_ceiling.py --json bench/figures/attribution_ceiling.json

Each account's kept posts (as `twinpost train` reads them) are split into 5 folds. Each fold
is attributed by `twinpost eval`'s classifier (voice/classify.py) trained on the other four
folds, the other shared accounts, the bundled sample account and the embedded base model's
own posts: the classes a bot of that account is told apart from by `bench/voice.py eval`.
The share of an account's posts attributed to it is what a bot that writes exactly like the
account would reach. Seeds 0-2 give the spread over the classifier's own sampling.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from accounts import ACCOUNTS  # bench/accounts.py

FOLDS = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", default=",".join(ACCOUNTS))
    parser.add_argument("--seeds", default="0,1,2")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()
    accounts = args.accounts.split(",")
    unknown = [a for a in accounts if a not in ACCOUNTS]
    if unknown:
        parser.error(f"--accounts: unknown {', '.join(unknown)}; use {', '.join(ACCOUNTS)}")

    from twinpost.data.corpus import build_corpus
    from twinpost.demo import SAMPLE_ACCOUNT
    from twinpost.training.base_model import embedded_base
    from twinpost.voice.classify import attribute
    from twinpost.voice.evaluate import BASE_CLASS, _base_posts

    posts = {}
    for source in [*ACCOUNTS.values(), SAMPLE_ACCOUNT]:
        for account in build_corpus(source).accounts:
            posts[account.account.handle] = [p.text for p in account.posts]
    base = _base_posts(str(embedded_base()), 0)
    figures = {}
    for name in accounts:
        handle = next(h for h in posts if h.split("@")[0] == name)
        others = {h: p for h, p in posts.items() if h != handle}
        shares = []
        for seed in map(int, args.seeds.split(",")):
            own = posts[handle][:]
            random.Random(seed).shuffle(own)
            right = 0
            for fold in range(FOLDS):
                held, kept = own[fold::FOLDS], [p for i, p in enumerate(own) if i % FOLDS != fold]
                said = attribute({handle: kept, **others, BASE_CLASS: base}, held, seed)
                right += sum(s == handle for s in said)
            shares.append(round(right / len(own), 4))
        figures[name] = {"posts": len(posts[handle]), "real_attributed": shares}
        print(f"{name}: {len(posts[handle])} posts, attributed to the account: "
              + ", ".join(f"{s:.1%}" for s in shares) + " (seeds " + args.seeds + ")",
              flush=True)  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
