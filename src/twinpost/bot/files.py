"""Every file of a bot folder, named here and nowhere else.

A bot folder is a standard Hugging Face model folder (`config.json`, `model.safetensors`,
the tokenizer files, `generation_config.json`), so `pipeline("text-generation", model=DIR)`
loads it, plus twinpost's own files below.
"""

from __future__ import annotations

CONFIG_FILE = "config.json"  # the model's; its presence marks a model folder
WEIGHTS_FILE = "model.safetensors"
RECORD_FILE = "twinpost.json"  # the typed record (bot/record.py)
HELD_OUT_FILE = "held_out.json"  # hashes of the posts held out of training
# Their texts, beside them, for `twinpost eval`: kept on this machine, never pushed.
HELD_OUT_POSTS_FILE = "held_out_posts.jsonl"
GUARD_FILE = "copy_guard.bin"  # hashes of every 8-word run of the posts (bot/copy_guard.py)
LINEAGE_FILE = "lineage.json"  # what it was made from, with sha256 hashes (bot/lineage.py)
CARD_FILE = "README.md"  # the model card
LICENSE_FILE = "LICENSE.md"
PREVIEW_FILE = "predictions.png"  # the preview image: a few sample posts as post cards
LOSS_CURVE_FILE = "loss_curve.png"  # the training loss per step, drawn for the card
RECIPE_FILE = "recipe.json"  # the recipe `twinpost sweep` chose (training/recipe.py)
SWEEP_FILE = "sweep.json"  # every trial of the sweep that chose it, for its card
SWEEP_PLOT_FILE = "sweep.png"  # the trials' objective, drawn for the card
CARD_RECORD_FILE = "card.json"  # the card's prompt, seed, samples, repo and chosen preview
# Version 1 folders: the web app's choice of preview posts, now kept in card.json.
OLD_PREVIEW_CHOICE_FILE = "preview.json"
AVATAR_PREFIX = "avatar-"  # avatar-<handle slug>.<jpg|png|gif|webp>
# Hidden files are temporary leftovers (atomic writes), never part of a bot.
HIDDEN_PATTERNS = [".*", "**/.*"]
# What stays on this machine when a bot is pushed: hidden leftovers and real posts' texts.
LOCAL_ONLY_PATTERNS = [*HIDDEN_PATTERNS, HELD_OUT_POSTS_FILE]


def avatar_stem(slug: str) -> str:
    return f"{AVATAR_PREFIX}{slug}"
