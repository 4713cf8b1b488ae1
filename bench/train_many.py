"""What `twinpost train-many` (Ray) costs against training the same bots one after another in
one process, and the peak memory of one training run (what each Ray task reserves).

    python bench/train_many.py --budget 60s

The three shared exports plus one broken source. Variant A: `make_bot` for each, in turn, in
this process (the broken one fails in a line and is skipped). Variant B: `twinpost
train-many` on a local Ray instance (started and stopped by the run, as a user's would be),
as a subprocess. A and B alternate `--rounds` times; the figures are each round's wall
seconds and their ratio, and the peak resident memory of a training run (the largest of the
children's, from `getrusage`). Each bot's held-out loss is printed too: Ray must not change
what is trained (a budget-bound run trains as many steps as the time allows, so the losses
agree only roughly; with `--epochs` they agree to the digit).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
SOURCES = {
    "andreruffert": SHARED / "x-archive" / "andreruffert",
    "alrocar": SHARED / "x-archive" / "alrocar",
    "dealingwith": SHARED / "mastodon-archive" / "dealingwith",
    "broken": SHARED / "no-such-export.zip",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", default="60s", help="each bot's --time-budget")
    parser.add_argument("--epochs", type=float, help="train by passes instead (no budget)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    settings = ({"time_budget": "none", "epochs": args.epochs} if args.epochs
                else {"time_budget": args.budget})  # fmt: skip
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "bots.jsonl"
        spec.write_text("".join(json.dumps({"name": n, "sources": [str(s)], **settings}) + "\n"
                                for n, s in SOURCES.items()))  # fmt: skip
        for round_ in range(args.rounds):
            one = _in_one_process(spec, Path(tmp) / f"seq-{round_}")
            ray = _train_many(spec, Path(tmp) / f"ray-{round_}")
            rows.append({"one_process_s": one["seconds"], "ray_s": ray["seconds"],
                         "overhead": ray["seconds"] / one["seconds"] - 1,
                         "losses_one_process": one["losses"], "losses_ray": ray["losses"],
                         "ray_failed": ray["failed"]})  # fmt: skip
            print(f"round {round_ + 1}: one process {one['seconds']:.1f} s, train-many "
                  f"{ray['seconds']:.1f} s ({rows[-1]['overhead']:+.1%}); failed: "
                  f"{ray['failed']}")  # fmt: skip
            for name in one["losses"]:
                print(
                    f"  {name:14s} held-out after: one process "
                    f"{one['losses'][name]:.4f}, train-many {ray['losses'].get(name, 0):.4f}"
                )
            rows[-1]["disk"] = _disk(Path(tmp) / f"ray-{round_}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 2**20  # KiB -> GiB
    print(f"peak resident memory of a training run: {peak:.2f} GiB")
    if args.json:
        args.json.write_text(json.dumps({"rounds": rows, "peak_gib": peak}, indent=2))


def _disk(out: Path) -> dict:
    """What the bots take on disk (each inode once, as `du`), and one bot against its
    standalone copy: the same held-out loss and the same posts per seed."""
    code = f"""
import json, tempfile
from pathlib import Path
from twinpost.bot.catalog import folder_size
from twinpost.bot.export import export_standalone
from twinpost.bot.weights import shard_store
from twinpost.config import GenerateConfig
from twinpost.generation.write import generate
out = Path({str(out)!r})
bots = sorted(p for p in out.iterdir() if (p / "twinpost.json").is_file())
own = {{b.name: folder_size(b) for b in bots}}
shards = {{p.name: p.stat().st_size for p in shard_store().glob("*.safetensors")}}
whole = sum(p.stat().st_size for p in bots[0].rglob("*") if p.is_file())
with tempfile.TemporaryDirectory() as tmp:
    alone = Path(tmp) / "standalone"
    export_standalone(bots[0], alone)
    config = GenerateConfig(n=10, seed=0)
    same_posts = generate(bots[0], "My dream is", config).posts == generate(
        alone, "My dream is", config).posts
print(json.dumps({{"own_bytes": own, "shared_shards": shards, "one_bot_whole_bytes": whole,
                  "standalone_same_posts": same_posts}}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)  # fmt: skip
    disk = json.loads(done.stdout.strip().splitlines()[-1])
    mib = {n: f"{b / 2**20:.1f}" for n, b in disk["own_bytes"].items()}
    print(f"  disk: each bot's own MiB {mib}; shared shard(s) "
          f"{[f'{b / 2**20:.0f} MiB' for b in disk['shared_shards'].values()]}; one bot whole "
          f"{disk['one_bot_whole_bytes'] / 2**20:.0f} MiB; standalone copy writes the same "
          f"posts: {disk['standalone_same_posts']}")  # fmt: skip
    return disk


def _in_one_process(spec: Path, out: Path) -> dict:
    """make_bot for each bot in turn, in one child process (so its peak memory is measured
    like train-many's tasks, and this process stays small)."""
    code = f"""
import json, sys
from pathlib import Path
from twinpost.config import TrainConfig
from twinpost.errors import TwinpostError
from twinpost.pipeline import make_bot
losses = {{}}
for line in Path({str(spec)!r}).read_text().splitlines():
    entry = json.loads(line)
    name, sources = entry.pop("name"), entry.pop("sources")
    try:
        made = make_bot(sources, Path({str(out)!r}) / name, TrainConfig.from_settings(**entry))
    except TwinpostError as e:
        print(name, "failed:", e, file=sys.stderr)
        continue
    losses[name] = made.record.held_out_loss["after"]
print(json.dumps(losses))
"""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)  # fmt: skip
    return {"seconds": time.perf_counter() - started,
            "losses": json.loads(done.stdout.strip().splitlines()[-1])}  # fmt: skip


def _train_many(spec: Path, out: Path) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "twinpost", "train-many", str(spec), "--out",
                           str(out), "--json"], capture_output=True, text=True)  # fmt: skip
    seconds = time.perf_counter() - started
    result = json.loads(done.stdout)
    losses = {n: b["held_out_loss"]["after"] for n, b in result["bots"].items()
              if b["status"] == "done"}  # fmt: skip
    failed = {n: b["error"] for n, b in result["bots"].items() if b["status"] == "failed"}
    return {"seconds": seconds, "losses": losses, "failed": failed}


if __name__ == "__main__":
    main()
