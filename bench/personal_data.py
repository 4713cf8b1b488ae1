"""Personal data: the detector on the planted corpora, and scrubbing on the shared accounts.

    .venv/bin/python bench/personal_data.py [--json FILE] [--show N]

1. Recall per planted kind and the share of look-alikes left alone, on each corpus in
   tests/data/personal_data_*.json (invented posts; `_corpus` was used to tune the detector,
   `_heldout` was built apart from it and never tuned on).
2. On the three shared accounts, as cleaning reads them: the share of kept posts the default
   scrubbing changes (what dropping those posts would lose), the items by kind, and with
   --show N, N changed posts per account printed to the terminal (never to the JSON), to be
   checked by eye.
3. The time it takes per post.

Nothing here trains; it runs in seconds.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections import Counter
from pathlib import Path

from accounts import ACCOUNTS, ROOT  # bench/accounts.py

from twinpost.data.clean import clean_export
from twinpost.data.personal import find, scrub
from twinpost.data.sources import read_source


def corpus_figures(path: Path) -> dict:
    posts = json.loads(path.read_text(encoding="utf-8"))["posts"]
    hits: dict[str, list[bool]] = {}
    clean = []
    for post in posts:
        spans = [(f.kind, post["text"][f.start : f.end]) for f in find(post["text"])]
        for item in post["planted"]:
            hit = any(k == item["kind"] and item["value"] in v for k, v in spans)
            hits.setdefault(item["kind"], []).append(hit)
        if not post["planted"]:
            clean.append(not spans)
    return {
        "posts": len(posts),
        "recall": {k: round(sum(v) / len(v), 4) for k, v in sorted(hits.items())},
        "planted": {k: len(v) for k, v in sorted(hits.items())},
        "look_alikes": len(clean),
        "look_alikes_left_alone": round(sum(clean) / max(1, len(clean)), 4),
    }


def account_figures(name: str, source: Path, show: int) -> dict:
    cleaned = clean_export(read_source(source), scrub_level="off")
    changed, items = [], Counter()
    start = time.perf_counter()
    for post in cleaned.posts:
        text, found = scrub(post.text, "personal", [cleaned.account.handle])
        if found:
            changed.append((post.text, text))
            items += found
    seconds = time.perf_counter() - start
    if show:
        print(f"\n@{name}: {len(changed)} of {len(cleaned.posts)} kept posts changed")
        for before, after in changed[:show]:
            print(f"  - {before!r}\n    {after!r}")
    return {
        "kept": len(cleaned.posts),
        "scrubbed": len(changed),
        "share": round(len(changed) / max(1, len(cleaned.posts)), 4),
        "items": dict(sorted(items.items())),
        "ms_per_post": round(1000 * seconds / max(1, len(cleaned.posts)), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--show", type=int, default=0, help="print N changed posts per account")
    args = parser.parse_args()
    corpora = sorted((ROOT / "tests" / "data").glob("personal_data_*.json"))
    result = {
        "machine": {"platform": platform.platform(), "cpu": platform.processor() or "?"},
        "corpora": {p.stem: corpus_figures(p) for p in corpora},
        "accounts": {n: account_figures(n, s, args.show) for n, s in ACCOUNTS.items()},
    }
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
