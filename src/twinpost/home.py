"""The user data dir: the cached base model, snapshots, datasets, artifacts and bots."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def user_home() -> Path:
    """The user data dir (cached base model, snapshots, datasets): TWINPOST_HOME or the OS's."""
    import platformdirs

    configured = os.environ.get("TWINPOST_HOME")
    if configured:
        home = Path(configured).expanduser()
    else:
        # appauthor=False: on Windows the default would nest twinpost\twinpost.
        home = Path(platformdirs.user_data_dir("twinpost", appauthor=False))
    home.mkdir(parents=True, exist_ok=True)
    # It holds posts (snapshots, datasets, uploads, labels): its owner's alone, so nothing
    # under it is readable by others whatever the files' own modes.
    mode = stat.S_IMODE(home.stat().st_mode)
    if mode & 0o077:
        home.chmod(mode & 0o700)
    return home


def default_bots_dir() -> Path:
    """Where `twinpost serve` and `twinpost list` look for bots by default."""
    return user_home() / "bots"
