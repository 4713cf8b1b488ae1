"""Load test for `twinpost serve`: requests/s and latency with and without dynamic batching.

Starts the server twice on a free loopback port (once as is, once with `--no-batching`), and
drives it from this process with httpx's async client at 1, 8 and 32 concurrent clients. Each
request asks for one post of up to 32 new tokens, with one of four prompts (so batches mix
prompt lengths and need left padding). Request counts are bounded; nothing leaves loopback.

    .venv/bin/twinpost train src/twinpost/data/demo_account/marigold --out /tmp/load-bot \
        --time-budget 20s
    .venv/bin/python bench/serve_load.py /tmp/load-bot

Prints a markdown table, and writes the figures as JSON with --json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

PROMPTS = ["My dream is", "Today I", "The sea was calm and", "Note to self:"]
CONCURRENCY = [1, 8, 32]
MAX_NEW_TOKENS = 32
ROUNDS = 2  # each client sends this many requests (at least MIN_REQUESTS in all)
MIN_REQUESTS = 8
START_TIMEOUT = 180  # s: the server imports torch and loads the bot


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bot_dir", type=Path)
    parser.add_argument("--json", type=Path, help="Write the figures here.")
    parser.add_argument("--clients", default=",".join(map(str, CONCURRENCY)))
    args = parser.parse_args()
    if not (args.bot_dir / "config.json").is_file():
        parser.error(f"{args.bot_dir}: not a bot folder (no config.json); train one first")
    try:
        clients = [int(c) for c in args.clients.split(",")]
    except ValueError:
        parser.error(f"--clients {args.clients!r}: not whole numbers, e.g. 1,8,32")
    results = []
    for batching in (True, False):
        with running_server(args.bot_dir, batching) as url:
            name = args.bot_dir.resolve().name
            asyncio.run(drive(url, name, 1, 2))  # warm-up: loads the model
            for c in clients:
                requests = max(MIN_REQUESTS, c * ROUNDS)
                figures = asyncio.run(drive(url, name, c, requests))
                figures.update(batching=batching, clients=c)
                print(json.dumps(figures), file=sys.stderr)
                results.append(figures)
    print(markdown(results))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "results": results}, indent=2))


async def drive(url: str, bot: str, clients: int, requests: int) -> dict:
    """`clients` loops sending requests back to back until `requests` are done."""
    latencies: list[float] = []
    failures: list[str] = []
    remaining = iter(range(requests))

    async def client_loop(client: httpx.AsyncClient) -> None:
        for i in remaining:
            body = {"prompt": PROMPTS[i % len(PROMPTS)], "n": 1, "max_new_tokens": MAX_NEW_TOKENS}
            started = time.perf_counter()
            try:
                response = await client.post(f"/bots/{bot}/generate", json=body)
                response.raise_for_status()
                assert len(response.json()["posts"]) == 1
            except Exception as e:  # counted and reported, not raised
                failures.append(f"{type(e).__name__}: {e}")
                continue
            latencies.append(time.perf_counter() - started)

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=600, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(client_loop(client) for _ in range(clients)))
        seconds = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "failed": len(failures),
        "seconds": round(seconds, 2),
        "requests_per_s": round(len(latencies) / seconds, 2),
        "p50_s": round(statistics.median(latencies), 3) if latencies else None,
        "p95_s": round(latencies[max(0, int(0.95 * len(latencies)) - 1)], 3) if latencies else None,
    }


class running_server:
    """`twinpost serve BOT_DIR` in a child process on a free loopback port."""

    def __init__(self, bot_dir: Path, batching: bool) -> None:
        self.bot_dir = bot_dir
        self.batching = batching

    def __enter__(self) -> str:
        port = free_port()
        command = [str(Path(sys.executable).with_name("twinpost")), "serve", str(self.bot_dir),
                   "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
        if not self.batching:
            command.append("--no-batching")
        self.process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    return url
            except httpx.TransportError:
                time.sleep(0.5)
        self.process.kill()
        raise SystemExit("the server did not start")

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def machine() -> dict:
    return {
        "platform": platform.platform(),
        "processor": platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
    }


def markdown(results: list[dict]) -> str:
    lines = [
        "| batching | clients | requests | failed | requests/s | p50 latency | p95 latency |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {'on' if r['batching'] else 'off'} | {r['clients']} | {r['requests']} | "
            f"{r['failed']} | {r['requests_per_s']:.2f} | {r['p50_s']:.2f} s | {r['p95_s']:.2f} s |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
