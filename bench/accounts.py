"""The shared accounts the benchmarks train on, read in place from ../shared/data."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
X_ACCOUNTS = {
    "andreruffert": SHARED / "x-archive" / "andreruffert",
    "alrocar": SHARED / "x-archive" / "alrocar",
}
ACCOUNTS = {**X_ACCOUNTS, "dealingwith": SHARED / "mastodon-archive" / "dealingwith"}
