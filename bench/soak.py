"""The soak test (`make soak`): `twinpost serve` on a loopback port under mixed traffic for a
few minutes, with hostile clients among the good ones. Loopback only; under 10 minutes.

    .venv/bin/python bench/soak.py --seconds 240

What it drives, all at once:
- good clients asking for posts (POST /bots/NAME/generate, the OpenAI route);
- bad clients: malformed JSON, wrong types, NaN, unknown bots, an oversized chunked upload,
  hostile zips from the hostile corpus;
- slow clients that trickle their headers, and clients that drop half-way through a body;
- training jobs from uploads (the bundled sample account, 30 s budget), one of them cancelled;
- /health twice a second, with its latency.

It passes when /health answered every time, no request got a 5xx or no answer, every job
ended done or cancelled with its bot in the bots folder, and the server's memory stayed under
its cap. Figures go to bench/out/soak.json and RELIABILITY.md.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MEMORY_CAP_MIB = 3072  # the server process: the 135M model, batches, uploads in flight


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=240.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="twinpost-soak-") as tmp:
        home = Path(tmp)
        env = {**os.environ, "TWINPOST_HOME": str(home)}
        print("training the bot the soak serves (30 s budget)...", flush=True)
        subprocess.run([sys.executable, "-m", "twinpost", "train", str(sample_account()),
                        "--out", str(home / "bots" / "soak"), "--time-budget", "30s"],
                       env=env, check=True, capture_output=True)  # fmt: skip
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "twinpost", "serve", "--port", str(port)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}"
            wait_until_up(url, server)
            result = Soak(url, server.pid, home, args.seconds).run()
        finally:
            server.terminate()
            server.wait(30)
    out = ROOT / "bench" / "out" / "soak.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))
    if result["failures"]:
        sys.exit("soak failed: " + "; ".join(result["failures"]))


def sample_account() -> Path:
    from twinpost.demo import SAMPLE_ACCOUNT

    return SAMPLE_ACCOUNT


def sample_zip() -> bytes:
    buffer = io.BytesIO()
    account = sample_account()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(account.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(account.parent).as_posix())
    return buffer.getvalue()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server exited: {server.stderr.read()[-2000:]}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.5)
    sys.exit("the server did not answer /health within 120 s")


class Soak:
    def __init__(self, url: str, pid: int, home: Path, seconds: float) -> None:
        self.url, self.pid, self.home = url, pid, home
        self.until = time.monotonic() + seconds
        self.counts: Counter[str] = Counter()
        self.failures: list[str] = []
        self.health_latencies: list[float] = []
        self.peak_rss_mib = 0.0
        self.jobs: list[str] = []
        self.cancelled: set[str] = set()
        self.lock = threading.Lock()

    def run(self) -> dict:
        workers = [self.health, self.memory, self.good_clients, self.good_clients,
                   self.bad_clients, self.slow_and_dropped_clients, self.job_clients]  # fmt: skip
        threads = [threading.Thread(target=w, daemon=True) for w in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=max(1.0, self.until - time.monotonic() + 600))
        self.check_jobs()
        latencies = sorted(self.health_latencies) or [0.0]
        if self.peak_rss_mib > MEMORY_CAP_MIB:
            self.failures.append(f"server memory {self.peak_rss_mib:.0f} MiB > {MEMORY_CAP_MIB}")
        return {
            "requests": dict(self.counts), "total": sum(self.counts.values()),
            "health_checks": len(self.health_latencies),
            "health_p50_ms": round(1000 * latencies[len(latencies) // 2], 1),
            "health_max_ms": round(1000 * latencies[-1], 1),
            "server_peak_rss_mib": round(self.peak_rss_mib), "jobs": len(self.jobs),
            "failures": self.failures,
        }  # fmt: skip

    def running(self) -> bool:
        return time.monotonic() < self.until

    def count(self, kind: str, response: httpx.Response | None, expected: set[int]) -> None:
        with self.lock:
            if response is None:
                self.failures.append(f"{kind}: no answer")
                return
            self.counts[f"{kind} {response.status_code}"] += 1
            if response.status_code >= 500 or response.status_code not in expected:
                self.failures.append(f"{kind}: {response.status_code} {response.text[:200]}")

    def health(self) -> None:
        while self.running():
            started = time.monotonic()
            try:
                ok = httpx.get(f"{self.url}/health", timeout=5).status_code == 200
            except httpx.HTTPError as e:
                ok = False
                self.failures.append(f"/health: {type(e).__name__}")
            self.health_latencies.append(time.monotonic() - started)
            if not ok:
                self.failures.append("/health did not answer 200")
            time.sleep(0.5)

    def memory(self) -> None:
        while self.running():
            self.peak_rss_mib = max(self.peak_rss_mib, rss_mib(self.pid))
            time.sleep(1.0)

    def good_clients(self) -> None:
        rng = random.Random(threading.get_ident())
        with httpx.Client(base_url=self.url, timeout=120) as client:
            while self.running():
                if rng.random() < 0.5:
                    body = {"prompt": rng.choice(["", "Today", "The sea"]), "n": rng.randint(1, 4),
                            "max_new_tokens": 24}  # fmt: skip
                    self.count("generate", safe(client.post, "/bots/soak/generate", json=body),
                               {200})  # fmt: skip
                else:
                    body = {"model": "soak", "prompt": "Hello", "max_tokens": 16, "n": 2}
                    self.count("openai", safe(client.post, "/v1/completions", json=body), {200})

    def bad_clients(self) -> None:
        from tests.test_hostile_inputs import corrupt_deflate, encrypted_entry

        hostile = []
        with tempfile.TemporaryDirectory() as tmp:
            for make in (corrupt_deflate, encrypted_entry):
                hostile.append(make(Path(tmp) / "x.zip").read_bytes())
        bodies = ['{"n": ', '{"n": "many"}', '{"n": 1, "temperature": NaN}', "[]", "\x00\xff",
                  '{"prompt": ' + '"a" ' * 10 + "}"]  # fmt: skip
        rng = random.Random(1)
        with httpx.Client(base_url=self.url, timeout=60) as client:
            while self.running():
                choice = rng.random()
                if choice < 0.5:
                    response = safe(client.post, "/bots/soak/generate",
                                    content=rng.choice(bodies),
                                    headers={"Content-Type": "application/json"})  # fmt: skip
                    self.count("malformed", response, {422})
                elif choice < 0.6:
                    self.count("unknown bot", safe(client.post, "/bots/nope/generate",
                                                   json={"n": 1}), {404})  # fmt: skip
                elif choice < 0.9:
                    files = {"files": ("hostile.zip", rng.choice(hostile))}
                    self.count("hostile upload", safe(client.post, "/jobs", files=files), {422})
                else:
                    response = self.oversized(client)
                    if response is None:  # the server answered 413 and closed mid-upload
                        with self.lock:
                            self.counts["oversized upload closed"] += 1
                    else:
                        self.count("oversized upload", response, {413})
                time.sleep(0.05)

    def oversized(self, client: httpx.Client) -> httpx.Response | None:
        boundary = "soakboundary"

        def body():
            yield (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
                   'filename="big.zip"\r\n\r\n').encode()  # fmt: skip
            chunk = b"x" * (1 << 20)
            for _ in range(700):  # 700 MiB, past the 3 x 200 MB cap, with no Content-Length
                yield chunk

        form = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        return safe(client.post, "/jobs", content=body(), headers=form)

    def slow_and_dropped_clients(self) -> None:
        host, port = self.url.removeprefix("http://").split(":")
        while self.running():
            try:
                slow = socket.create_connection((host, int(port)), timeout=10)
                slow.sendall(b"POST /bots/soak/generate HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                for _ in range(10):  # a header every half second, never finishing
                    time.sleep(0.5)
                    slow.sendall(b"X-Slow: 1\r\n")
                slow.close()
                dropped = socket.create_connection((host, int(port)), timeout=10)
                dropped.sendall(b"POST /jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                                b"100000\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                                b"\r\n--b\r\n")  # fmt: skip
                dropped.close()  # half a body, then gone
                with self.lock:
                    self.counts["slow+dropped"] += 1
            except OSError as e:
                self.failures.append(f"slow client: {e}")

    def job_clients(self) -> None:
        upload = sample_zip()
        with httpx.Client(base_url=self.url, timeout=120) as client:
            while self.running() and len(self.jobs) < 4:
                response = safe(client.post, "/jobs", files={"files": ("me.zip", upload)},
                                data={"time_budget": "30s"})  # fmt: skip
                self.count("job", response, {202, 429})
                if response is not None and response.status_code == 202:
                    self.jobs.append(response.json()["id"])
                    if len(self.jobs) == 2:  # one cancelled while it waits or runs
                        safe(client.delete, f"/jobs/{self.jobs[-1]}")
                        self.cancelled.add(self.jobs[-1])
                time.sleep(20)

    def check_jobs(self) -> None:
        deadline = time.monotonic() + 600
        with httpx.Client(base_url=self.url, timeout=30) as client:
            for job_id in self.jobs:
                while time.monotonic() < deadline:
                    job = client.get(f"/jobs/{job_id}").json()
                    if job["state"] not in ("queued", "running"):
                        break
                    time.sleep(2)
                want = "cancelled" if job_id in self.cancelled else "done"
                if job["state"] != want:
                    self.failures.append(f"job {job_id}: {job['state']} ({job.get('error')})")
                elif want == "done" and not (self.home / "bots" / job["bot_name"]).is_dir():
                    self.failures.append(f"job {job_id}: done but its bot is missing")


def safe(call, *args, **kwargs) -> httpx.Response | None:
    try:
        return call(*args, **kwargs)
    except httpx.HTTPError:
        return None


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


if __name__ == "__main__":
    main()
