"""The caps every request is held to. Past a cap the API answers 422 (413 for uploads).

Settings are declared once, in `twinpost.config`; the server takes their ranges from there
and caps some tighter, each below with its reason (`GENERATE_CAPS`, `TRAIN_CAPS`).
"""

from __future__ import annotations

import re

# A post's opening words; X's own limit for a whole post is 280 characters.
MAX_PROMPT_CHARS = 500
# Rows sampled per request: the web app asks for 10, and 32 is one full batch (below).
MAX_POSTS = 32
# Tokens per post: posts fit in 80 tokens more than 99% of the time (config.GenerateConfig);
# 256 leaves room for long posts without letting one request hold the CPU for minutes.
MAX_NEW_TOKENS = 256
# Stop sequences per request: OpenAI's own limit; each at most as long as a prompt.
MAX_STOP_SEQUENCES = 4
MAX_STOP_CHARS = MAX_PROMPT_CHARS
MAX_TEMPERATURE = 5.0  # above ~2 the 135M model writes noise; 5 is a generous ceiling
# The generation settings the server caps tighter than `twinpost generate` does.
GENERATE_CAPS = {"n": MAX_POSTS, "max_new_tokens": MAX_NEW_TOKENS, "temperature": MAX_TEMPERATURE}
# The training settings a job may set, capped so one job cannot hold the server's only
# training slot (both cores of a 2-core CPU) for hours or run it out of memory: 20 epochs
# of a 30,000-post account is already a day; lr above 0.01 diverges; 64 blocks of 1024
# tokens is ~6 GB of activations for the 135M model.
TRAIN_CAPS = {"epochs": 20, "lr": 0.01, "batch_size": 64, "block_size": 1024}

# Per uploaded file. X archives with media run to GBs, but the post files (tweets.js) of a
# 30,000-post account are ~60 MB; 200 MB fits the text-only exports users are told to make.
MAX_UPLOAD_BYTES = 200 * 1024 * 1024

# A live account spec (`bluesky:alice.bsky.social`): a handle is at most a domain name, 253
# characters; 300 leaves room for the scheme and a Mastodon instance.
MAX_SPEC_CHARS = 300

# Bot names are folder names inside the bots folder: no separators, no leading dot.
BOT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", re.ASCII)

# Dynamic batching: requests arriving within this window of the first are sampled together.
# 20 ms is under 5% of the ~0.5 s a 32-token post takes on 2 CPU cores.
BATCH_WINDOW_SECONDS = 0.02
# Rows per batch: on 2 CPU cores the 135M model's requests/s stop growing past ~32 rows.
MAX_BATCH_ROWS = 32
