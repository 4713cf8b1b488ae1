"""Keep transformers' own progress bars and warnings out of twinpost's output.

twinpost shows its own progress for long work; transformers' per-file "Loading weights"
bars and advice aimed at library developers would only bury it.
"""

from __future__ import annotations

import os


def quiet_transformers() -> None:
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from transformers.utils import logging

    logging.disable_progress_bar()
    logging.set_verbosity_error()
