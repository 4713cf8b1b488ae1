"""What the worst inputs just under twinpost's caps cost to refuse or read: peak memory and time
of `twinpost data` on each, in a fresh process (RELIABILITY.md).

    .venv/bin/python bench/hostile.py            # builds the inputs in a temp folder

Each input is built here (nothing is committed): zips that unpack to JSON shaped to cost the
most memory per byte (a flat array of empty objects), just under and just over the JSON value
cap; a zip just over the 1 GiB decompressed cap; JSON nested past the recursion limit; a 2 GB
sparse text file; a FIFO. Peak memory is the child's maximum resident set (getrusage).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from twinpost.data.sources._json import MAX_JSON_VALUES  # noqa: E402
from twinpost.data.sources.archive_files import MAX_UNCOMPRESSED_BYTES  # noqa: E402

ACCOUNT = 'window.YTD.account.part0 = [{"account": {"username": "bomb"}}]'


def zip_of(path: Path, tweets_js: str | bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("data/account.js", ACCOUNT)
        archive.writestr("data/tweets.js", tweets_js)
    return path


def objects(n: int) -> str:
    """A flat array of n empty objects: about 3 bytes and a Python dict each."""
    return "window.YTD.tweets.part0 = [" + "{}," * (n - 1) + "{}]"


def build(folder: Path) -> dict[str, Path]:
    inputs = {
        "objects just under the value cap": zip_of(folder / "under.zip",
                                                   objects(MAX_JSON_VALUES // 2 - 10)),
        "objects just over the value cap": zip_of(folder / "over.zip",
                                                  objects(MAX_JSON_VALUES // 2 + 10)),
        "nested 100,000 deep": zip_of(folder / "deep.zip",
                                      "window.YTD.tweets.part0 = " + "[" * 100_000),
        "spaces past the 1 GiB cap": zip_of(folder / "big.zip",
                                            b" " * (MAX_UNCOMPRESSED_BYTES + 1)),
    }  # fmt: skip
    sparse = folder / "sparse.txt"
    with sparse.open("wb") as f:
        f.truncate(2 << 30)
    inputs["2 GB sparse .txt"] = sparse
    fifo = folder / "fifo.txt"
    os.mkfifo(fifo)
    inputs["a FIFO"] = fifo
    return inputs


# Runs `twinpost data PATH` and reports its own children's peak: one measuring process per
# input, as a process's RUSAGE_CHILDREN keeps the largest child it ever waited for.
PEAK_OF = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=600)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(done.returncode, peak, (done.stderr.strip().splitlines() or [""])[-1][:160], sep="\t")
"""


def measure(path: Path) -> dict:
    started = time.perf_counter()
    child = [sys.executable, "-m", "twinpost", "data", str(path)]
    done = subprocess.run([sys.executable, "-c", PEAK_OF, *child], capture_output=True,
                          text=True, check=True)  # fmt: skip
    code, peak_kib, line = done.stdout.rstrip("\n").split("\t", 2)
    return {"exit": int(code), "seconds": round(time.perf_counter() - started, 1),
            "peak_mib": round(int(peak_kib) / 1024), "size": path.stat().st_size,
            "line": line}  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for name, path in build(Path(tmp)).items():
            results[name] = measure(path)
            print(f"{name}: {results[name]}", flush=True)
    out = ROOT / "bench" / "out" / "hostile.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
