"""The accounts' avatars in the bot folder: the picture from the export, or a drawn initial.

Each account's avatar is `avatar-<handle slug>.<jpg|png|gif|webp>` in the bot folder, so the
model card can show it and `twinpost card` can redraw the preview without the export. A
picture that is not a readable image is ignored, as if the export had none.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw

from twinpost.data.posts import Avatar

AVATAR_SIZE = 400  # px: the card shows 96 px and the preview 120 px; 400 stays sharp on HiDPI
# The extension each image format is saved with; other formats are not kept.
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
# Background colours of drawn avatars (Tailwind's 600 shades: white text on them passes
# WCAG AA contrast), picked by the handle so an account always gets the same one.
PALETTE = ("#DC2626", "#EA580C", "#CA8A04", "#16A34A", "#0D9488", "#0284C7", "#4F46E5",
           "#9333EA", "#DB2777")  # fmt: skip


def handle_slugs(handles: Sequence[str]) -> list[str]:
    """Distinct, file-name-safe slugs: `someone@mastodon.social` -> `someone-mastodon-social`."""
    slugs: list[str] = []
    for handle in handles:
        slug = re.sub(r"[^a-z0-9]+", "-", handle.lower()).strip("-") or "account"
        candidate, n = slug, 2
        while candidate in slugs:
            candidate, n = f"{slug}-{n}", n + 1
        slugs.append(candidate)
    return slugs


def place_avatars(
    bot_dir: Path, accounts: list[dict], exported: Sequence[Avatar | None] | None = None
) -> list[str]:
    """Write each account's avatar into `bot_dir` (unless one is there); return the file names.

    `accounts` are the record's accounts (handle, display_name); `exported` the avatars read
    from the exports, in the same order, when the bot is being written.
    """
    exported = exported or [None] * len(accounts)
    slugs = handle_slugs([a["handle"] for a in accounts])
    colours = avatar_colours([a["handle"] for a in accounts])
    return [
        _place_avatar(bot_dir, slug, account, avatar, colour)
        for account, slug, avatar, colour in zip(accounts, slugs, exported, colours, strict=True)
    ]


def _place_avatar(
    bot_dir: Path, slug: str, account: dict, avatar: Avatar | None, colour: str
) -> str:
    existing = sorted(bot_dir.glob(f"avatar-{slug}.*"))
    ext = image_extension(avatar.data) if avatar else None
    if avatar and ext:
        for old in existing:
            old.unlink()
        (bot_dir / f"avatar-{slug}.{ext}").write_bytes(avatar.data)
        return f"avatar-{slug}.{ext}"
    for path in existing:
        if image_extension(path.read_bytes()):
            return path.name
    drawn = initial_avatar(account.get("display_name") or "", account["handle"], colour)
    drawn.save(bot_dir / f"avatar-{slug}.png")
    return f"avatar-{slug}.png"


def image_extension(data: bytes) -> str | None:
    """The extension for an image in a kept format, or None if `data` is not one."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            return EXTENSIONS.get(image.format or "")
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None


def load_avatar(path: Path) -> Image.Image:
    with Image.open(path) as image:
        return image.convert("RGBA")


def avatar_colours(handles: Sequence[str]) -> list[str]:
    """A colour per account, picked by its handle, and distinct within one bot."""
    colours: list[str] = []
    for handle in handles:
        start = int(hashlib.sha256(handle.encode()).hexdigest(), 16)
        options = [PALETTE[(start + i) % len(PALETTE)] for i in range(len(PALETTE))]
        colours.append(next((c for c in options if c not in colours), options[0]))
    return colours


def initial_avatar(display_name: str, handle: str, colour: str | None = None) -> Image.Image:
    """A coloured square with the account's initial, for accounts without a picture."""
    from twinpost.card.fonts import TextStyle

    colour = colour or avatar_colours([handle])[0]
    image = Image.new("RGB", (AVATAR_SIZE, AVATAR_SIZE), colour)
    letter = initial(display_name) or initial(handle) or "?"
    style = TextStyle(size=AVATAR_SIZE // 2, bold=True)
    face = style.face_for(letter, wants_emoji=False)
    centre = (AVATAR_SIZE / 2, AVATAR_SIZE / 2)
    ImageDraw.Draw(image).text(centre, letter, font=face.font, fill="white", anchor="mm")
    return image


def initial(name: str) -> str:
    """The first letter or digit of `name`, upper-cased."""
    return next((c.upper() for c in name if c.isalnum()), "")
