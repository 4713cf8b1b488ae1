"""`twinpost serve` with many compact bots: the server's memory, and how fast a bot not yet
in memory answers its first request.

    python bench/serve_many.py bench/out/voice/andreruffert-300s --bots 100

From one trained bot it makes `--bots` distinct compact bots of the embedded base (each its
own top 10 blocks: the bot's, plus seeded noise of 1e-3 of each tensor's spread, stored in
bf16; the unchanged lower blocks hard-linked from one shard in TWINPOST_HOME/shards, as
`twinpost train` writes them), starts `twinpost serve --engine twinpost --weights W`
(`--weights`, default auto: int8 on x86-64) over them as a subprocess, and asks every bot
for one post in turn, streamed through its own route,
so that each request is that bot's first, then the same post again (the same seed: what the
bot's not being in memory adds is the difference). It records, per request, the seconds to the first
streamed token and to the whole post, and the server's resident memory after it (VmRSS)
and at its peak (VmHWM, /proc). Then it asks the last bot again (in memory: the warm
figure), and, in this process, loads ten of the bots whole and on shared layers in turn
(the side-by-side ratio of what sharing saves on a load).

The bots are synthetic (the noise makes each one distinct for memory and load time; what
they write is not the point). The machine's page cache holds the bots' files after they
are written: the figures are for a server whose disk is warm, which a server that has run
for a while is.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bot", type=Path, help="a trained bot of the embedded base")
    parser.add_argument("--bots", type=int, default=100)
    parser.add_argument("--memory", default="2GiB", help="serve --memory")
    parser.add_argument("--max-tokens", type=int, default=40)
    parser.add_argument("--weights", default="auto", help="serve --weights (auto: int8 on x86)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--work", type=Path, help="where the bots go (default: a temp folder)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="twinpost-serve-many-"))
    try:
        bots = make_bots(args.bot, work / "bots", args.bots)
        figures = serve_and_ask(work / "bots", bots, args.memory, args.max_tokens, args.weights)
        figures["loads"] = load_side_by_side(work / "bots", bots[:10], args.weights)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    report(figures, args)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


def make_bots(source: Path, out: Path, count: int) -> list[str]:
    """`count` compact bots from `source`: its trained tensors, each with its own noise."""
    import torch
    from safetensors.torch import save_file
    from transformers import AutoModelForCausalLM

    from twinpost.bot.weights import INDEX_FILE, OWN_SHARD, save_weights
    from twinpost.training.base_model import resolve_base

    base = AutoModelForCausalLM.from_pretrained(resolve_base(None), dtype=torch.float32)
    model = AutoModelForCausalLM.from_pretrained(source, dtype=torch.float32)
    base_state = base.state_dict()
    frozen = frozenset(n for n, t in model.state_dict().items()
                       if n in base_state and torch.equal(t, base_state[n]))  # fmt: skip
    first = out / "bot-000"
    first.mkdir(parents=True)
    for path in source.iterdir():
        if path.is_file() and path.suffix != ".safetensors":
            shutil.copyfile(path, first / path.name)
    save_weights(model, first, frozen)  # the shared shard goes to TWINPOST_HOME/shards
    own = _own(first / OWN_SHARD)
    names = [first.name]
    generator = torch.Generator().manual_seed(0)
    for i in range(1, count):
        folder = out / f"bot-{i:03d}"
        folder.mkdir()
        for path in first.iterdir():
            if path.name == OWN_SHARD:
                continue
            if path.suffix == ".safetensors":  # the shared shard: the same file
                os.link(path, folder / path.name)
            else:
                shutil.copyfile(path, folder / path.name)
        noisy = {}
        for name, tensor in own.items():
            spread = tensor.float().std().item() if tensor.numel() > 1 else 0.0
            noise = torch.randn(tensor.shape, generator=generator) * 1e-3 * spread
            noisy[name] = (tensor.float() + noise).to(tensor.dtype)
        save_file(noisy, folder / OWN_SHARD, metadata={"format": "pt"})
        assert (folder / INDEX_FILE).is_file()
        names.append(folder.name)
    own_mb = (first / OWN_SHARD).stat().st_size / 1e6
    print(f"made {count} bots in {out} ({own_mb:.0f} MB of own weights each)", flush=True)
    return names


def _own(path: Path):
    from safetensors.torch import load_file

    return load_file(path)


def serve_and_ask(
    bots_dir: Path, bots: list[str], memory: str, max_tokens: int, weights: str
) -> dict:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "twinpost", "serve", "--bots-dir", str(bots_dir),
               "--port", str(port), "--engine", "twinpost", "--memory", memory,
               "--weights", weights]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_up(url, server)
        idle_rss = _memory(server.pid)["VmRSS"]
        rows = []
        for name in bots:
            first, whole = _ask(url, name, max_tokens)  # the bot's first request: cold
            _, again = _ask(url, name, max_tokens)  # the same post again, the bot in memory
            rows.append({"bot": name, "first_token_s": first, "whole_s": whole,
                         "warm_s": again, **_memory(server.pid)})  # fmt: skip
            if len(rows) % 10 == 0:
                print(
                    f"  {len(rows)} bots asked: last cold {whole:.2f} s, warm {again:.2f} s, "
                    f"server {rows[-1]['VmRSS'] / 2**30:.2f} GiB",
                    flush=True,
                )
        warm = [_ask(url, bots[-1], max_tokens) for _ in range(3)]
        peak = _memory(server.pid)["VmHWM"]
    finally:
        server.terminate()
        server.wait(timeout=30)
    warm_rows = [{"first_token_s": f, "whole_s": w} for f, w in warm]
    return {"bots": len(bots), "memory": memory, "weights": weights, "idle_rss": idle_rss,
            "peak_rss": peak, "requests": rows, "warm": warm_rows}  # fmt: skip


def _wait_up(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not start in 120 s")


def _ask(url: str, name: str, max_tokens: int) -> tuple[float, float]:
    """Seconds to the first streamed piece of text and to the end of one post, through the
    bot's own route (`event: delta` as each token is sampled, once the copy guard can no
    longer reject the post)."""
    body = {"prompt": "My dream is", "n": 1, "max_new_tokens": max_tokens, "stream": True,
            "seed": 0}  # fmt: skip
    started = time.perf_counter()
    first, event = None, None
    with httpx.stream("POST", f"{url}/bots/{name}/generate", json=body, timeout=120) as response:
        if response.status_code != 200:
            raise SystemExit(f"{name}: HTTP {response.status_code}: {response.read()[:300]}")
        for line in response.iter_lines():
            if line.startswith("event: "):
                event = line[len("event: ") :]
            elif line.startswith("data: ") and first is None and event in ("delta", "post"):
                first = time.perf_counter() - started
    whole = time.perf_counter() - started
    return (first if first is not None else whole), whole


def _memory(pid: int) -> dict[str, int]:
    """The process's resident memory now and at its peak, in bytes."""
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) * 1024
    return found


def load_side_by_side(bots_dir: Path, bots: list[str], weights: str) -> dict:
    """Seconds to load each bot whole and on shared layers, interleaved, after one bot of
    the shared base is loaded (a server's state once it has answered anyone)."""
    from twinpost.generation.load import load_bot
    from twinpost.generation.shared import SharedLayers

    shared = SharedLayers()
    keep = load_bot(bots_dir / bots[0], shared=shared, weights=weights)  # noqa: F841 (holds the base)
    whole, built = [], []
    for name in bots[1:]:
        started = time.perf_counter()
        load_bot(bots_dir / name, weights=weights)
        whole.append(time.perf_counter() - started)
        started = time.perf_counter()
        load_bot(bots_dir / name, shared=shared, weights=weights)
        built.append(time.perf_counter() - started)
    return {"whole_s": whole, "shared_s": built}


def report(figures: dict, args) -> None:
    rows = figures["requests"]
    first = [r["first_token_s"] for r in rows]
    whole = [r["whole_s"] for r in rows]
    cold_first, cold_rest = first[0], first[1:]

    def q(values, share):
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    print(f"{figures['bots']} bots, serve --memory {figures['memory']} --weights "
          f"{figures['weights']}:")  # fmt: skip
    print(
        f"  server memory: idle {figures['idle_rss'] / 2**30:.2f} GiB, after the last bot "
        f"{rows[-1]['VmRSS'] / 2**30:.2f} GiB, peak {figures['peak_rss'] / 2**30:.2f} GiB"
    )
    print(
        f"  the very first request (the base loaded too): first token {cold_first:.2f} s, "
        f"whole post {whole[0]:.2f} s"
    )
    print(
        f"  each further bot's first request: first token median "
        f"{statistics.median(cold_rest):.2f} s, p95 {q(cold_rest, 0.95):.2f} s, max "
        f"{max(cold_rest):.2f} s; whole post median {statistics.median(whole[1:]):.2f} s, "
        f"max {max(whole[1:]):.2f} s"
    )
    extra = [r["whole_s"] - r["warm_s"] for r in rows[1:]]
    again = [r["warm_s"] for r in rows[1:]]
    print(
        f"  the same post again, the bot in memory: median {statistics.median(again):.2f} s; "
        f"what not being in memory adds: median {statistics.median(extra):.2f} s, p95 "
        f"{q(extra, 0.95):.2f} s, max {max(extra):.2f} s"
    )
    warm = figures["warm"]
    print(
        f"  a bot in memory: first token median "
        f"{statistics.median(w['first_token_s'] for w in warm):.2f} s, whole post "
        f"{statistics.median(w['whole_s'] for w in warm):.2f} s"
    )
    loads = figures["loads"]
    whole_load, shared_load = (statistics.median(loads[k]) for k in ("whole_s", "shared_s"))
    print(
        f"  loading a bot (median of {len(loads['whole_s'])}, interleaved): whole "
        f"{whole_load:.2f} s, on shared layers {shared_load:.2f} s "
        f"({whole_load / shared_load:.1f}x faster)"
    )


if __name__ == "__main__":
    main()
